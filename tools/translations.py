"""Keep the UI translations in step: extract ``tr("…")`` strings into the .ts, compile the .qm.

Usage::

    python tools/translations.py update    # add new strings to resources/translations/*.ts
    python tools/translations.py compile   # write the .qm files with pyside6-lrelease
    python tools/translations.py check     # exit 1 if a string is missing or unfinished

The UI's source strings are German (``editor.views.i18n.tr``, one context "Strategie");
``strategie_en.ts`` holds the English translation. pyside6-lupdate does not see our
module-level ``tr()``, hence this small extractor (Python's ``ast``).

The Qt-free layers' messages for the user (``editor.domain.messages``) are extracted
too: the first argument of every ``Message(…)``/``message(…)`` call and of every
``raise``/call of a ``UserError`` subclass. Such a template must be a plain literal;
``check`` fails on an f-string there, which the window could not translate.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "editor" / "app.py", *sorted((ROOT / "editor" / "views").rglob("*.py")),
           *sorted((ROOT / "editor" / "qtmodels").rglob("*.py"))]  # fmt: skip
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
MESSAGE_SOURCES = [*sorted((ROOT / "editor" / "domain").rglob("*.py")), ROOT / "editor" / "resources.py",
                   *sorted((ROOT / "editor" / "storage").rglob("*.py")),
                   *sorted((ROOT / "editor" / "services").rglob("*.py")),
                   *sorted((ROOT / "exports").rglob("*.py"))]  # fmt: skip
CONTEXT = "Strategie"
MESSAGE_FUNCTIONS = {"Message", "message"}


def extract(paths: list[Path] | None = None) -> list[tuple[str, str, int]]:
    """Return (source text, file, line) of every ``tr("literal")`` call, first occurrence first."""
    found: dict[str, tuple[str, str, int]] = {}
    for path in paths or SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                text = node.args[0].value
                found.setdefault(text, (text, str(path.relative_to(ROOT)), node.lineno))
    return list(found.values())


def user_error_names() -> set[str]:
    """Return the names of every ``UserError`` class of the Qt-free layers."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import importlib

    from editor.domain.messages import UserError

    for path in MESSAGE_SOURCES:
        importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
    names: set[str] = set()
    pending: list[type] = [UserError]
    while pending:
        cls = pending.pop()
        names.add(cls.__name__)
        pending.extend(cls.__subclasses__())
    return names


def _called_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def extract_messages(paths: list[Path] | None = None) -> tuple[list[tuple[str, str, int]], list[str]]:
    """Return the message templates of the Qt-free layers, and where a template is no literal."""
    names = MESSAGE_FUNCTIONS | user_error_names()
    found: dict[str, tuple[str, str, int]] = {}
    problems: list[str] = []
    for path in paths or MESSAGE_SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        where = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called_name(node) not in names or not node.args:
                continue
            # The template is the first text argument (ExportWriteError takes an errno before it).
            first = next((arg for arg in node.args if isinstance(arg, ast.Constant | ast.JoinedStr)), node.args[0])
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value:
                found.setdefault(first.value, (first.value, where, node.lineno))
            elif isinstance(first, ast.JoinedStr):
                problems.append(f"{where}:{node.lineno}: Meldung als f-String (nicht übersetzbar)")
    return list(found.values()), problems


def read_ts(path: Path) -> dict[str, str]:
    """Return the finished translations of a .ts file by source text."""
    if not path.exists():
        return {}
    result: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("unfinished", "obsolete") and translation.text:
            result[source] = translation.text
    return result


def write_ts(path: Path, language: str, strings: list[tuple[str, str, int]], translations: dict[str, str]) -> None:
    """Write a Qt Linguist .ts file for ``language``."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="de")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text, filename, line in strings:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=f"../../{filename}", line=str(line))
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if text in translations:
            translation.text = translations[text]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def lrelease() -> str:
    """Return the lrelease program of the virtual environment (or PATH)."""
    local = Path(sys.executable).parent / "pyside6-lrelease"
    if local.exists():
        return str(local)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease nicht gefunden (PySide6 installieren)")
    return found


def main(argv: list[str]) -> int:
    """Run the command in ``argv[0]``: update, compile or check."""
    command = argv[0] if argv else "check"
    strings = extract()
    templates, problems = extract_messages()
    known = {text for text, _, _ in strings}
    strings += [entry for entry in templates if entry[0] not in known]
    status = 0
    if command == "check":
        for problem in problems:
            print(problem)
        status = 1 if problems else status
    for language in LANGUAGES:
        ts = TS_DIR / f"strategie_{language}.ts"
        translations = read_ts(ts)
        if command == "update":
            write_ts(ts, language, strings, translations)
            missing = [s for s, _, _ in strings if s not in translations]
            print(f"{ts.name}: {len(strings)} Texte, {len(missing)} unübersetzt")
        elif command == "compile":
            qm = ts.with_suffix(".qm")
            subprocess.run([lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
            print(f"{qm.name} geschrieben")
        elif command == "check":
            missing = [s for s, _, _ in strings if s not in translations]
            for text in missing:
                print(f"unübersetzt ({language}): {text!r}")
            status = 1 if missing else status
        else:
            raise SystemExit(f"unbekannter Befehl {command!r}: update, compile oder check")
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
