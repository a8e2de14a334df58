"""Smoke test of an installed or frozen Strategie-Editor, run from outside the checkout.

    python packaging/smoke_test.py [--window-only] PROGRAM [ARG …]

PROGRAM is how the installed program is started: ``/tmp/venv/bin/strategie-editor`` for
the wheel, ``dist/strategie-editor/strategie-editor`` for the PyInstaller build. The
script imports nothing of the project: it only runs the program, in a fresh folder with
its own HOME, the way an official or a script would, and checks what comes out:

- ``--version`` names the version of ``editor/__init__.py``;
- ``sample``, ``list``, ``export-wiki`` (both bundled profiles; the default profile must
  give ``shared/reference/smart-city-strategie.wiki`` where that file is beside the repo),
  ``export-docx`` of both kinds (the bundled template, the Themenfeld icons inside),
  ``export-html`` (Python-Markdown's extensions, the icons embedded);
- a missing file is a German message with exit code 2;
- the window's first paint (needs a display: run under ``xvfb-run -a``), in German and
  in English (the bundled translation found), with the app icon and the desktop id, and
  the bundled files read from the installation, not from this checkout.

``--window-only`` checks only the window (for the frozen build's windowed program).

Exit code 0 when all of it works; otherwise each failure is printed and the code is 1.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference" / "smart-city-strategie.wiki"
DESKTOP_ID = "de.oberhausen.StrategieEditor"


class Smoke:
    """Runs the program and collects failures."""

    def __init__(self, program: list[str], work: Path) -> None:
        self.program = program
        self.work = work
        self.failures: list[str] = []
        self.env = {
            **os.environ,
            "HOME": str(work / "home"),
            "XDG_CONFIG_HOME": str(work / "home" / "config"),
            "XDG_DATA_HOME": str(work / "home" / "data"),
            "STRATEGIE_BACKUP_DIR": str(work / "home" / "Sicherungen"),
            "PYTHONIOENCODING": "utf-8",
        }
        self.env.pop("QT_QPA_PLATFORM", None)  # a real (virtual) display for the window

    def run(
        self, *args: str, timeout: float = 180, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """Run the program with ``args`` in the work folder."""
        started = time.perf_counter()
        result = subprocess.run(
            [*self.program, *args],
            cwd=self.work,
            env=env or self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
        )
        print(f"  {time.perf_counter() - started:5.2f} s  exit {result.returncode}  {' '.join(args)}")
        return result

    def check(self, ok: bool, what: str, detail: str = "") -> None:
        """Record a failure unless ``ok``."""
        if not ok:
            self.failures.append(f"{what}{': ' + detail.strip()[-2000:] if detail else ''}")

    def command_line(self) -> None:
        """Every command of the issue, with their outputs checked."""
        expected = re.search(r'__version__ = "([^"]+)"', (ROOT / "editor" / "__init__.py").read_text(encoding="utf-8"))
        result = self.run("--version")
        self.check(
            result.returncode == 0 and expected is not None and result.stdout.strip().endswith(expected.group(1)),
            "--version nennt nicht die Version",
            result.stdout + result.stderr,
        )
        result = self.run("--help")
        self.check(result.returncode == 0 and "Aufruf:" in result.stdout, "--help ist nicht deutsch", result.stderr)

        result = self.run("sample", "x.strategie")
        self.check(result.returncode == 0 and (self.work / "x.strategie").is_file(), "sample", result.stderr)
        result = self.run("list", "x.strategie")
        self.check(
            len(result.stdout.splitlines()) == 2, "list zeigt nicht zwei Dokumente", result.stdout + result.stderr
        )

        result = self.run("export-wiki", "x.strategie", "-o", "x.wiki")
        wiki = self.work / "x.wiki"
        self.check(result.returncode == 0 and wiki.is_file(), "export-wiki", result.stderr)
        if wiki.is_file():
            text = wiki.read_text(encoding="utf-8")
            self.check("{{Konzeption" in text, "export-wiki: Profil mediawikiob nicht angewandt")
            if REFERENCE.is_file():
                self.check(text == REFERENCE.read_text(encoding="utf-8"), "export-wiki weicht von der Referenz ab")
        result = self.run("export-wiki", "x.strategie", "--profile", "standard")
        self.check(result.returncode == 0 and '{| class="wikitable' in result.stdout, "export-wiki --profile standard")

        for kind, out, expect in (
            ("strategie", "strategie.docx", "Smart City Strategie"),
            ("vorlage", "vorlage.docx", "Beschlussvorschlag"),
        ):
            result = self.run("export-docx", "x.strategie", "--kind", kind, "-o", out)
            path = self.work / out
            self.check(result.returncode == 0 and path.is_file(), f"export-docx --kind {kind}", result.stderr)
            if path.is_file():
                with zipfile.ZipFile(path) as archive:
                    names = archive.namelist()
                    body = archive.read("word/document.xml").decode("utf-8")
                self.check(expect in body, f"export-docx --kind {kind}: „{expect}“ fehlt im Dokument")
                self.check("word/styles.xml" in names, f"export-docx --kind {kind}: keine Formatvorlagen")
                if kind == "strategie":
                    icons = [n for n in names if n.startswith("word/media/")]
                    self.check(len(icons) >= 3, "export-docx: die Themenfeld-Symbole fehlen", str(names))

        result = self.run("export-html", "x.strategie", "-o", "x.html")
        page = self.work / "x.html"
        self.check(result.returncode == 0 and page.is_file(), "export-html", result.stderr)
        if page.is_file():
            text = page.read_text(encoding="utf-8")
            self.check(
                '<html lang="de">' in text and "Smart City Strategie" in text, "export-html: Seite unvollständig"
            )
            self.check(text.count('src="data:image/png;base64') >= 3, "export-html: die Themenfeld-Symbole fehlen")

        result = self.run("show", "fehlt.strategie")
        self.check(
            result.returncode == 2 and "gibt es nicht" in result.stderr and "Traceback" not in result.stderr,
            "ein Fehler ist keine deutsche Meldung mit Rückgabewert 2",
            result.stderr,
        )
        leftovers = sorted(p.name for p in self.work.iterdir() if p.name.startswith((".neu-", "fehlt")))
        self.check(leftovers == [], "halbe Dateien liegen herum", str(leftovers))

    def window(self) -> None:
        """The window's first paint, in German and English."""
        if not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
            self.failures.append("kein Bildschirm: unter xvfb-run -a starten")
            return
        for language, menu in (("de", "&Datei"), ("en", "&File")):
            shot = self.work / f"fenster-{language}.png"
            env = {**self.env, "STRATEGIE_SMOKE": str(shot)}
            args = ["x.strategie"] + (["--english"] if language == "en" else [])
            result = self.run(*args, timeout=120, env=env)
            written = shot.with_suffix(".json")  # also there when the program has no console
            if result.returncode != 0 or not written.is_file():
                self.failures.append(f"Fenster ({language}) nicht gezeichnet: {result.stderr.strip()[-2000:]}")
                continue
            report = json.loads(written.read_text(encoding="utf-8"))
            print(f"          {report}")
            self.check(menu in report["menus"], f"Fenster ({language}): Menü {menu} fehlt", str(report["menus"]))
            self.check(report["icon"], f"Fenster ({language}): kein Programmsymbol")
            self.check(report["desktop_file"] == DESKTOP_ID, f"Fenster ({language}): falscher Desktop-Name")
            self.check(shot.is_file() and shot.stat().st_size > 5000, f"Fenster ({language}): kein Bildschirmfoto")
            resources = Path(report["resources"]).resolve()
            self.check(
                resources != (ROOT / "resources").resolve() and resources.name == "strategie_resources",
                "die Programmdateien kommen aus dem Quellordner, nicht aus der Installation",
                str(resources),
            )


def main(argv: list[str]) -> int:
    """Run every check against the program named in ``argv``."""
    window_only = "--window-only" in argv
    argv = [arg for arg in argv if arg != "--window-only"]
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    program = [str(Path(argv[0]).resolve()) if Path(argv[0]).exists() else argv[0], *argv[1:]]
    keep = os.environ.get("SMOKE_KEEP")
    with tempfile.TemporaryDirectory(prefix="strategie-smoke-") as folder:
        work = Path(keep) if keep else Path(folder)
        work.mkdir(parents=True, exist_ok=True)
        print(f"Smoke-Test von {' '.join(program)} in {work}")
        smoke = Smoke(program, work)
        if window_only:
            smoke.run("sample", "x.strategie")
        else:
            smoke.command_line()
        smoke.window()
    for failure in smoke.failures:
        print(f"FEHLER: {failure}")
    print("Smoke-Test bestanden." if not smoke.failures else f"Smoke-Test: {len(smoke.failures)} Fehler.")
    return 1 if smoke.failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
