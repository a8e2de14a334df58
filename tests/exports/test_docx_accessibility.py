"""Accessibility (BITV 2.0 / EN 301 549 as Word's checker applies them), asserted on the XML.

Each point is checked twice: directly on the exported XML, and through ``check_docx``,
which must report nothing for the default exports and must find each violation in a
file that has it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree  # pyright: ignore[reportAttributeAccessIssue, reportUnknownVariableType]

from editor.domain.model import Section
from editor.services.sample import sample_source
from exports import ooxml
from exports.docx_check import check_docx
from exports.docx_export import export_strategie, export_vorlage

STAND = dt.date(2026, 11, 26)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "dc": "http://purl.org/dc/elements/1.1/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
}


def _export_all(folder: Path) -> dict[str, Path]:
    paths: dict[str, Path] = {}
    for index in (0, 1):
        source = sample_source(index)
        # A body heading two levels down must still not skip a level in Word.
        source.document.sections[0].body += "\n\n### Tief\n\nText."
        paths[f"strategie{index}"] = folder / f"strategie{index}.docx"
        export_strategie(source, paths[f"strategie{index}"], stand=STAND)
        paper_id = source.document.papers[0].id
        assert paper_id is not None
        paths[f"vorlage{index}"] = folder / f"vorlage{index}.docx"
        export_vorlage(source, paper_id, paths[f"vorlage{index}"], stand=STAND)
    return paths


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _export_all(tmp_path_factory.mktemp("a11y"))


def _xml(path: Path, part: str) -> ooxml.Element:
    with zipfile.ZipFile(path) as archive:
        return ooxml.element(etree.fromstring(archive.read(part)))  # pyright: ignore[reportUnknownMemberType]


def _xpath(root: ooxml.Element, expression: str) -> list[ooxml.Element]:
    return list(root.xpath(expression, namespaces=NS))  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownArgumentType, reportUnknownMemberType]


KINDS = ["strategie0", "strategie1", "vorlage0", "vorlage1"]


@pytest.mark.parametrize("kind", KINDS)
def test_core_properties_have_title_and_subject(exported: dict[str, Path], kind: str) -> None:
    core = _xml(exported[kind], "docProps/core.xml")
    title = _xpath(core, "dc:title")
    subject = _xpath(core, "dc:subject")
    assert title and (title[0].text or "").strip()
    assert subject and (subject[0].text or "").strip()
    language = _xpath(core, "dc:language")
    assert language and language[0].text == "de-DE"


@pytest.mark.parametrize("kind", KINDS)
def test_language_de_in_document_defaults(exported: dict[str, Path], kind: str) -> None:
    styles = _xml(exported[kind], "word/styles.xml")
    lang = _xpath(styles, "w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")
    assert [str(v) for v in lang] == ["de-DE"]


@pytest.mark.parametrize("kind", KINDS)
def test_no_heading_level_is_skipped(exported: dict[str, Path], kind: str) -> None:
    document = _xml(exported[kind], "word/document.xml")
    styles = [str(s) for s in _xpath(document, "//w:body//w:p/w:pPr/w:pStyle/@w:val")]
    levels = [int(s.removeprefix("Heading")) for s in styles if s.startswith("Heading")]
    assert levels and levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, levels


# The Vorlage without a Beratungsfolge (vorlage0) has no table at all.
@pytest.mark.parametrize("kind", ["strategie0", "strategie1", "vorlage1"])
def test_every_table_has_a_repeated_header_row(exported: dict[str, Path], kind: str) -> None:
    document = _xml(exported[kind], "word/document.xml")
    tables = _xpath(document, "//w:tbl")
    assert tables
    for table in tables:
        first_row = _xpath(table, "w:tr[1]")[0]
        assert _xpath(first_row, "w:trPr/w:tblHeader"), "Tabelle ohne Kopfzeile"
        assert not any(_xpath(row, "w:trPr/w:tblHeader") for row in _xpath(table, "w:tr[position()>1]"))


@pytest.mark.parametrize("kind", ["strategie0", "strategie1"])
def test_every_image_has_alt_text(exported: dict[str, Path], kind: str) -> None:
    document = _xml(exported[kind], "word/document.xml")
    pictures = _xpath(document, "//wp:docPr")
    assert pictures, "die Themenfelder haben Symbole"
    for picture in pictures:
        assert (picture.get("descr") or "").startswith("Symbol des Themenfelds")


@pytest.mark.parametrize("kind", KINDS)
def test_no_empty_paragraphs_for_spacing(exported: dict[str, Path], kind: str) -> None:
    document = _xml(exported[kind], "word/document.xml")
    for paragraph in _xpath(document, "/w:document/w:body/w:p"):
        assert not ooxml.is_empty_paragraph(paragraph), etree.tostring(paragraph)  # pyright: ignore[reportUnknownMemberType]
    # Page breaks come from paragraph properties, not from break characters.
    assert not _xpath(document, "//w:br[@w:type='page']")


@pytest.mark.parametrize("kind", KINDS)
def test_check_docx_reports_nothing_for_our_exports(exported: dict[str, Path], kind: str) -> None:
    assert check_docx(exported[kind]) == []


def test_check_docx_finds_every_violation(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = ""
    document.core_properties.subject = ""
    styles = ooxml.element(document.styles.element)
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), "en-US")
    document.add_heading("Eins", 1)
    document.add_paragraph("")
    document.add_paragraph("Name:      Wert")
    document.add_heading("Drei", 3)
    document.add_table(rows=2, cols=2)
    icon = Path(__file__).resolve().parents[2] / "resources" / "icons" / "themenfelder" / "wohnen.png"
    document.add_picture(str(icon))
    path = tmp_path / "schlecht.docx"
    document.save(str(path))
    findings = check_docx(path)
    text = "\n".join(findings)
    assert "Dokumenttitel fehlt" in text
    assert "Betreff fehlt" in text
    assert "nicht Deutsch" in text
    assert "von 1 auf 3" in text
    assert "Tabelle 1 hat keine Kopfzeile" in text
    assert "keinen Alternativtext" in text
    assert "Leerer Absatz als Abstand nach „Eins“" in text
    assert "Mehrere Leerzeichen hintereinander als Abstand in „Name:      Wert“" in text


def test_check_docx_on_a_file_that_is_not_word(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    path.write_text("kein zip")
    assert check_docx(path) == ["„x.docx“ ist keine Word-Datei."]


def test_section_deeper_than_template_headings_is_clamped(tmp_path: Path) -> None:
    source = sample_source(1)
    node = source.document.sections[0]
    for depth in range(8):
        child = Section(title=f"Ebene {depth + 3}", body="Text.")
        node.children.append(child)
        node = child
    path = tmp_path / "tief.docx"
    export_strategie(source, path, stand=STAND)
    assert check_docx(path) == []
