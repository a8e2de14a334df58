"""strategie-editor export-html, end to end in a separate process."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

from tests.exports.html_checker import check, parse, text_of

ROOT = Path(__file__).resolve().parents[2]


def test_export_html_writes_a_checked_page_of_the_chosen_document(sample_file: Path, tmp_path: Path, cli) -> None:
    out = tmp_path / "Konzept.html"
    result = cli("export-html", sample_file, "--document", "2", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"HTML-Seite gespeichert: {out}"
    page = out.read_text(encoding="utf-8")
    assert check(page) == []
    root, _ = parse(page)
    assert text_of(root.find("head/title")) == "Beispielkonzept Digitale Quartiere"  # type: ignore[arg-type]
    assert stat.S_IMODE(out.stat().st_mode) & 0o044, "an exported page is readable for others like any file"
    assert not list(tmp_path.glob(".~*")), "no temporary file is left behind"


def test_export_html_defaults_to_the_first_document_and_writes_to_stdout_with_dash(sample_file: Path, cli) -> None:
    result = cli("export-html", sample_file, "-o", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith('<!DOCTYPE html>\n<html lang="de">')
    assert "<title>Smart City Strategie</title>" in result.stdout


def test_export_html_errors_are_german_exit_2_and_leave_the_old_file(sample_file: Path, tmp_path: Path, cli) -> None:
    out = tmp_path / "alt.html"
    out.write_text("alte Seite", encoding="utf-8")
    result = cli("export-html", sample_file, "--document", "9", "-o", out)
    assert result.returncode == 2
    assert "Ein Dokument 9 gibt es in der Datei nicht (vorhanden: 1, 2)" in result.stderr
    assert out.read_text(encoding="utf-8") == "alte Seite"

    result = cli("export-html", sample_file, "-o", tmp_path / "fehlt" / "x.html")
    assert result.returncode == 2
    assert "konnte nicht geschrieben werden: Der Ordner existiert nicht." in result.stderr
    assert "Traceback" not in result.stderr

    result = cli("export-html", sample_file)
    assert result.returncode == 2 and "diese Angaben fehlen: -o/--output" in result.stderr

    result = cli("export-html", tmp_path / "gibtsnicht.strategie", "-o", tmp_path / "x.html")
    assert result.returncode == 2 and "gibtsnicht.strategie" in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_export_html_help_is_german_and_listed(cli) -> None:
    result = cli("export-html", "--help")
    assert result.returncode == 0
    assert "Aufruf: strategie-editor export-html" in result.stdout
    assert "barrierearme HTML-Seite" in result.stdout and "--document ID" in result.stdout
    assert "export-html" in cli("--help").stdout


def test_export_html_loads_no_qt(sample_file: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from editor.cli import main\n"
        f"status = main(['export-html', {str(sample_file)!r}, '-o', {str(tmp_path / 'x.html')!r}])\n"
        "print(status, sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.stdout.strip().endswith("0 []"), result.stdout + result.stderr
