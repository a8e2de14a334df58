"""The Windows version resource of the frozen program, built from ``editor.__version__``.

``strategie-editor.spec`` writes it as a PyInstaller version file (the text form of
``VSVersionInfo``, which PyInstaller reads on Windows and ignores elsewhere). What it
holds is what Explorer shows under Properties › Details. ``python
packaging/version_info.py`` prints it; with ``--version`` only the version (for the
installer build).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMPANY = "Stadt Oberhausen"
PRODUCT = "Strategie-Editor"
DESCRIPTION = "Strategie-Editor – Strategiepapiere schreiben und veröffentlichen"
LICENCE = "EUPL-1.2"


def version() -> str:
    """Return the program's version as written in ``editor/__init__.py``."""
    text = (ROOT / "editor" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("editor/__init__.py nennt keine __version__")
    return found.group(1)


def numeric(text: str) -> tuple[int, int, int, int]:
    """Return a version such as ``0.1.0`` or ``1.2.3rc1`` as the four numbers Windows wants."""
    release = re.match(r"\d+(?:\.\d+)*", text)  # the release numbers, without rc1, .dev2, +local
    numbers = [int(part) for part in release.group(0).split(".")[:4]] if release else []
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_file_text(file_name: str) -> str:
    """Return the PyInstaller version file for the executable ``file_name`` (e.g. StrategieEditor.exe)."""
    text = version()
    numbers = numeric(text)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": text,
        "InternalName": PRODUCT,
        "LegalCopyright": f"{COMPANY}, Lizenz {LICENCE}",
        "OriginalFilename": file_name,
        "ProductName": PRODUCT,
        "ProductVersion": text,
    }
    table = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040704B0', [
          {table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0407, 1200])])
  ]
)
"""


def write_version_file(folder: Path, file_name: str) -> Path:
    """Write the version file for ``file_name`` into ``folder``; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version-{Path(file_name).stem}.txt"
    path.write_text(version_file_text(file_name), encoding="utf-8")
    return path


if __name__ == "__main__":
    import sys

    print(version() if sys.argv[1:] == ["--version"] else version_file_text("StrategieEditor.exe"))
