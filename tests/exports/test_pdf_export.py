"""PDF export through LibreOffice: tagged PDF/UA, language de-DE, a filled table of contents.

The PDFs are written once per module through the command line, as a user would.
LibreOffice and its Python binding (python3-uno) are outside programs: missing here
the tests skip, in CI (.ci/run installs them) they fail.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from editor.services import sample_workspace
from exports import pdf_export
from tests.conftest import ROOT, run_main

PAGE_NUMBER = re.compile(r"^(?P<entry>\S.*?)\s*\.{3,}\s*(?P<page>\d+)$")


def _require_office() -> None:
    problem = pdf_export.office_problem()
    if problem is not None:
        if os.environ.get("CI"):
            pytest.fail(f"LibreOffice für den PDF-Export fehlt in CI: {problem}")
        pytest.skip(str(problem))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    _require_office()
    folder = tmp_path_factory.mktemp("pdf")
    workspace_path = folder / "beispiel.strategie"
    sample_workspace(workspace_path).close()
    assert run_main("settings", workspace_path, "authority.unit", "Dezernat 5 – Bereich 5-1").returncode == 0
    paths = {"strategie": folder / "Strategie.pdf", "vorlage": folder / "Vorlage.pdf"}
    for kind, path in paths.items():
        result = run_main("export-pdf", workspace_path, "--document", "2", "--kind", kind, "-o", path)
        assert result.returncode == 0, result.stderr
        assert "PDF-Datei gespeichert" in result.stdout
    return paths


def _text(pdf: Path) -> list[str]:
    """Return the text of every page (pdftotext, layout kept)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return out.split("\f")


def _info(pdf: Path, *options: str) -> str:
    return subprocess.run(["pdfinfo", *options, str(pdf)], check=True, capture_output=True, text=True).stdout


def _objects(pdf: Path) -> bytes:
    """Return the PDF's bytes with every Flate stream inflated (to find catalog and metadata entries)."""
    data = pdf.read_bytes()
    inflated = [data]
    for match in re.finditer(rb"stream\r?\n", data):
        try:
            inflated.append(zlib.decompressobj().decompress(data[match.end() : match.end() + 5_000_000]))
        except zlib.error:
            continue
    return b"\n".join(inflated)


@pytest.mark.needs("soffice")
@pytest.mark.needs("pdfinfo")
@pytest.mark.parametrize("kind", ["strategie", "vorlage"])
def test_pdf_is_tagged_pdf_ua_in_german_with_its_title(pdfs: dict[str, Path], kind: str) -> None:
    pdf = pdfs[kind]
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = _info(pdf)
    assert re.search(r"^Tagged:\s+yes$", info, re.MULTILINE), info
    title = "Beispielkonzept Digitale Quartiere" if kind == "strategie" else "Beschlussvorlage B/18/0123"
    assert re.search(rf"^Title:\s+{re.escape(title)}", info, re.MULTILINE), info
    objects = _objects(pdf)
    assert b"/StructTreeRoot" in objects
    assert b"/Lang(de-DE)" in objects
    assert b"pdfuaid:part" in objects  # the PDF/UA identification in the XMP metadata


@pytest.mark.needs("soffice")
@pytest.mark.needs("pdfinfo")
def test_headings_tables_and_lists_are_in_the_structure(pdfs: dict[str, Path]) -> None:
    structure = _info(pdfs["strategie"], "-struct")
    for tag in ("H1", "H2", "Table", "L", "TOC"):
        assert re.search(rf"^\s*{tag}\b", structure, re.MULTILINE), tag


@pytest.mark.needs("soffice")
@pytest.mark.needs("pdftotext")
def test_table_of_contents_is_filled_with_the_right_page_numbers(pdfs: dict[str, Path]) -> None:
    pages = _text(pdfs["strategie"])
    toc_page = next(i for i, page in enumerate(pages) if "Inhalt" in page)
    assert "Felder aktualisieren" not in pages[toc_page]  # the note for Word users is gone
    entries = [m for line in pages[toc_page].splitlines() if (m := PAGE_NUMBER.match(line.strip()))]
    assert len(entries) >= 6, pages[toc_page]
    for entry in entries:
        title = re.sub(r"^[\d.]+\s+", "", entry["entry"]).strip()
        page = int(entry["page"])
        assert page > toc_page + 1
        assert title in pages[page - 1], f"„{title}“ steht nicht auf Seite {page}"


@pytest.mark.needs("soffice")
@pytest.mark.needs("pdftotext")
def test_vorlage_pdf_carries_the_letterhead_of_the_file(pdfs: dict[str, Path]) -> None:
    first = _text(pdfs["vorlage"])[0]
    for line in ("Stadt Oberhausen", "Der Oberbürgermeister", "Dezernat 5 – Bereich 5-1", "Beschlussvorlage"):
        assert line in first
    assert "Angabe" not in first


def test_without_libreoffice_export_pdf_says_what_to_install(sample_file: Path, tmp_path: Path) -> None:
    empty = tmp_path / "leer"
    empty.mkdir()
    out = tmp_path / "x.pdf"
    env = {**os.environ, "PATH": str(empty), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export-pdf", str(sample_file), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    assert "LibreOffice" in result.stderr and "apt install libreoffice-writer python3-uno" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_office_problem_names_a_missing_python_binding(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    soffice = tmp_path / "soffice"
    soffice.write_text("#!/bin/sh\n")
    soffice.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(pdf_export, "_python_candidates", lambda _soffice: [])
    pdf_export.forget_office()
    try:
        problem = pdf_export.office_problem()
        assert problem is not None and "Python-Anbindung (uno)" in str(problem)
        assert pdf_export.find_office() is None
    finally:
        monkeypatch.undo()
        pdf_export.forget_office()


def _stand_in_office(folder: Path, bridge_script: str) -> pdf_export.Office:
    """Return an "office" whose soffice does nothing and whose Python bridge runs ``bridge_script`` (sh)."""
    soffice = folder / "soffice"
    soffice.write_text("#!/bin/sh\nexit 0\n")
    bridge = folder / "python3"
    bridge.write_text("#!/bin/sh\n" + bridge_script)
    for program in (soffice, bridge):
        program.chmod(0o755)
    return pdf_export.Office(soffice, bridge)


def test_a_crash_of_libreoffices_python_bridge_gets_one_more_try(tmp_path: Path) -> None:
    """The bridge segfaulted once in CI (exit -11): a fresh LibreOffice tries again, as a user would."""
    tries = tmp_path / "versuche"
    pdf_text = "%PDF-1.7\n" + "x" * 600
    office = _stand_in_office(
        tmp_path,
        f'echo try >> "{tries}"\n'
        f'if [ "$(wc -l < "{tries}")" -eq 1 ]; then kill -SEGV $$; fi\n'
        f'printf "%s" "{pdf_text}" > "$4"\n',
    )
    target = tmp_path / "dokument.pdf"
    pdf_export.convert_to_pdf(tmp_path / "dokument.docx", target, office, tmp_path)
    assert tries.read_text().count("try") == 2
    assert target.read_text() == pdf_text


def test_a_bridge_that_crashes_twice_is_a_german_message(tmp_path: Path) -> None:
    office = _stand_in_office(tmp_path, "kill -SEGV $$\n")
    with pytest.raises(pdf_export.PdfExportError, match="LibreOffice konnte die PDF-Datei nicht schreiben"):
        pdf_export.convert_to_pdf(tmp_path / "d.docx", tmp_path / "d.pdf", office, tmp_path)
