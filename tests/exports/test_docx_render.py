"""Both Word documents open in LibreOffice (Word filter forced) and in pandoc.

LibreOffice is slow to start, so one fixture converts every file once per module,
with a private user profile.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from editor.services.sample import sample_source
from exports.docx_export import export_strategie, export_vorlage

STAND = dt.date(2026, 11, 26)

# Expected page counts (LibreOffice layout; Word may differ by a page).
PAGES = {
    "strategie0": range(3, 7),
    "strategie1": range(3, 7),
    "vorlage0": range(1, 3),
    "vorlage1": range(1, 4),
}


def _export(folder: Path) -> dict[str, Path]:
    paths: dict[str, Path] = {}
    for index in (0, 1):
        source = sample_source(index)
        paths[f"strategie{index}"] = folder / f"strategie{index}.docx"
        export_strategie(source, paths[f"strategie{index}"], stand=STAND)
        paper_id = source.document.papers[0].id
        assert paper_id is not None
        paths[f"vorlage{index}"] = folder / f"vorlage{index}.docx"
        export_vorlage(source, paper_id, paths[f"vorlage{index}"], stand=STAND)
    return paths


@pytest.fixture(scope="module")
def docx_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _export(tmp_path_factory.mktemp("render"))


@pytest.fixture(scope="module")
def pdfs(docx_files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    profile = tmp_path_factory.mktemp("lo-profile")
    command = [
        "soffice",
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--infilter=MS Word 2007 XML",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder),
        *(str(path) for path in docx_files.values()),
    ]
    # soffice exits 0 even when a conversion failed; the tests check the PDFs.
    subprocess.run(command, check=False, capture_output=True, timeout=300)
    return {kind: folder / f"{path.stem}.pdf" for kind, path in docx_files.items()}


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    match = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    assert match, info
    return int(match.group(1))


@pytest.mark.needs("soffice")
@pytest.mark.needs("pdfinfo")
@pytest.mark.parametrize("kind", sorted(PAGES))
def test_libreoffice_converts_to_pdf_with_expected_pages(pdfs: dict[str, Path], kind: str) -> None:
    pdf = pdfs[kind]
    assert pdf.is_file() and pdf.stat().st_size > 1000, f"LibreOffice hat {pdf.name} nicht erzeugt"
    assert _pages(pdf) in PAGES[kind]


@pytest.mark.needs("soffice")
@pytest.mark.needs("pdftotext")
def test_pdf_shows_page_x_of_y_and_running_title(pdfs: dict[str, Path]) -> None:
    pdf = pdfs["strategie1"]
    pages = _pages(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert f"Seite 2 von {pages}" in text
    assert "Beispielkonzept Digitale Quartiere" in text
    assert "Bezirksvertretung Alt-Oberhausen" in text


@pytest.mark.needs("pandoc")
@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (
            "strategie0",
            ["Smart City Strategie", "Kurzbeschreibung", "Modellprojekte für Smart Cities", "B/17/3503-01"],
        ),
        ("strategie1", ["Ausgangslage", "Mobilitätsstationen in Betrieb", "Haupt- und Finanzausschuss"]),
        ("vorlage1", ["Beschlussvorlage", "Beschlussvorschlag", "Sachverhalt/Begründung", "Anlagen", "06.10.2026"]),
    ],
)
def test_pandoc_reads_the_text_back(docx_files: dict[str, Path], kind: str, expected: list[str]) -> None:
    assert shutil.which("pandoc")
    text = subprocess.run(
        ["pandoc", "-f", "docx", "-t", "plain", "--standalone", "--wrap=none", str(docx_files[kind])],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    for snippet in expected:
        assert snippet in text, snippet


def _convert(docx_path: Path, folder: Path) -> Path:
    """Convert one Word file with LibreOffice (Word filter forced); return the PDF, which must exist."""
    profile = folder / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--infilter=MS Word 2007 XML",
         "--convert-to", "pdf", "--outdir", str(folder), str(docx_path)],
        check=False, capture_output=True, timeout=300,
    )  # fmt: skip
    pdf = folder / f"{docx_path.stem}.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 1000, f"LibreOffice hat {pdf.name} nicht erzeugt"
    return pdf


def _page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")


@pytest.mark.needs("soffice")
@pytest.mark.needs("pdftotext")
def test_goal_titles_never_end_a_page_without_their_details(tmp_path: Path) -> None:
    from editor.domain.model import Goal

    source = sample_source(1)
    # Goals of uneven length, so that some title falls near the foot of every page.
    source.document.goals = [
        Goal(
            title=f"Zielnummer {n:02d} der Quartiere",
            owner=f"Stelle {n:02d}",
            deadline="2027-12-31",
            description=" ".join(["Die Maßnahme wird mit den Quartieren gemeinsam umgesetzt."] * (1 + n % 7)),
            id=1000 + n,
        )
        for n in range(60)
    ]
    docx_path = tmp_path / "ziele.docx"
    export_strategie(source, docx_path, stand=STAND)
    pages = _page_texts(_convert(docx_path, tmp_path))
    assert len(pages) > 5

    def page_of(text: str) -> int:
        return next(i for i, page in enumerate(pages) if text in page)

    for n in range(60):
        assert page_of(f"Zielnummer {n:02d} der Quartiere") == page_of(f"Verantwortlich: Stelle {n:02d}"), n


@pytest.mark.needs("soffice")
@pytest.mark.needs("pdftotext")
def test_rendered_pages_show_no_empty_heading_and_the_vorlage_letterhead(pdfs: dict[str, Path]) -> None:
    strategie = "\n".join(_page_texts(pdfs["strategie1"]))
    assert "Analyseschwerpunkte" not in strategie  # an empty section of the sample
    first = _page_texts(pdfs["vorlage1"])[0]
    assert "Stadt Oberhausen" in first and "Der Oberbürgermeister" in first
    assert "Vorlagennummer:" in first and "Angabe" not in first
