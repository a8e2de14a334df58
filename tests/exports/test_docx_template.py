"""Word templates: the bundled one, .dotx, German style names, and broken templates."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from editor.services.sample import sample_source
from exports import ooxml
from exports.docx_check import check_docx
from exports.docx_export import DocxExportError, export_strategie, export_vorlage
from exports.docx_template import DEFAULT_TEMPLATE, load_template, match_styles

ROOT = Path(__file__).resolve().parents[2]
STAND = dt.date(2026, 11, 26)


def _rewrite(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """Copy a .docx zip, replacing (bytes) or dropping (None) the named members."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in change:
                blob = change[info.filename]
                if blob is not None:
                    dst.writestr(info.filename, blob)
            else:
                dst.writestr(info.filename, src.read(info.filename))
    return target


def _german_template(path: Path) -> Path:
    """Build a template whose styles carry German names and ids as German Word writes them."""
    document = docx.Document()
    renames = {
        "Normal": ("Standard", "Standard"),
        "Title": ("Titel", "Titel"),
        "Heading1": ("Überschrift 1", "berschrift1"),
        "Heading2": ("Überschrift 2", "berschrift2"),
        "Heading3": ("Überschrift 3", "berschrift3"),
        "Heading4": ("Überschrift 4", "berschrift4"),
        "ListBullet": ("Aufzählungszeichen", "Aufzhlungszeichen"),
        "ListNumber": ("Listennummer", "Listennummer"),
        "TableGrid": ("Tabellenraster", "Tabellenraster"),
    }
    styles = ooxml.element(document.styles.element)
    for style in styles.iter(qn("w:style")):
        old = style.get(qn("w:styleId")) or ""
        if old in renames:
            name, new_id = renames[old]
            style.set(qn("w:styleId"), new_id)
            name_el = style.find(qn("w:name"))
            assert name_el is not None
            name_el.set(qn("w:val"), name)
    for ref in styles.iter(qn("w:basedOn"), qn("w:next"), qn("w:link")):
        old = ref.get(qn("w:val")) or ""
        if old in renames:
            ref.set(qn("w:val"), renames[old][1])
    document.add_paragraph("Vorlagentext, der beim Export verschwindet.")
    document.save(str(path))
    return path


def test_default_template_has_all_styles_and_an_empty_body() -> None:
    document, styles = load_template()
    assert styles.heading_ids()[:4] == ["Heading1", "Heading2", "Heading3", "Heading4"]
    assert styles.numbered_headings
    assert styles.get("table") == "Strategietabelle"
    body = ooxml.element(document.element).find(qn("w:body"))
    assert body is not None
    assert [str(child.tag).rsplit("}", 1)[-1] for child in body] == ["sectPr"]


def test_default_template_is_german_a4_with_page_x_of_y_footer() -> None:
    document = docx.Document(str(DEFAULT_TEMPLATE))
    assert ooxml.document_language(ooxml.element(document.styles.element)) == "de-DE"
    section = document.sections[0]
    assert section.page_width is not None and abs(section.page_width.cm - 21.0) < 0.05
    footer = ooxml.element(section.footer._element)  # pyright: ignore[reportPrivateUsage]
    text = "".join(t.text or "" for t in footer.iter(qn("w:t")))
    assert text.startswith("\tSeite 1 von 1") or "Seite" in text
    assert ooxml.field_instructions(footer) == ["PAGE", "NUMPAGES"]


def test_default_template_is_reproducible_from_its_script() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_template", ROOT / "tools" / "make_template.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = zipfile.ZipFile(io.BytesIO(module.build()))
    shipped = zipfile.ZipFile(DEFAULT_TEMPLATE)
    # Compare members, not zip bytes: another zlib may compress the same parts differently.
    assert built.namelist() == shipped.namelist()
    for name in shipped.namelist():
        assert built.read(name) == shipped.read(name), f"{name}: tools/make_template.py ausführen und einchecken"


def test_match_styles_finds_german_names_and_ids() -> None:
    styles = ooxml.w("styles")
    for style_id, name in (("berschrift1", "Überschrift 1"), ("Heading2", "heading 2"), ("Titel", "Titel")):
        style = ooxml.w("style", type="paragraph", styleId=style_id)
        style.append(ooxml.w("name", val=name))
        styles.append(style)
    found = match_styles(styles)
    assert found["heading1"] == "berschrift1"
    assert found["heading2"] == "Heading2"
    assert found["title"] == "Titel"
    assert found["heading3"] is None


def test_user_template_with_german_style_names_is_used(tmp_path: Path) -> None:
    template = _german_template(tmp_path / "Vorlage Stadt.docx")
    out = tmp_path / "strategie.docx"
    export_strategie(sample_source(1), out, template, stand=STAND)
    document = docx.Document(str(out))
    used = {p.style.style_id for p in document.paragraphs if p.style is not None}
    assert {"berschrift1", "berschrift2", "Titel", "Aufzhlungszeichen"} <= used
    assert "Vorlagentext" not in "\n".join(p.text for p in document.paragraphs)
    assert check_docx(out) == []


def test_dotx_template_is_opened_as_document(tmp_path: Path) -> None:
    with zipfile.ZipFile(DEFAULT_TEMPLATE) as archive:
        types = archive.read("[Content_Types].xml").decode()
    dotx_types = types.replace("document.main+xml", "template.main+xml").encode()
    template = _rewrite(DEFAULT_TEMPLATE, tmp_path / "stadt.dotx", {"[Content_Types].xml": dotx_types})
    out = tmp_path / "vorlage.docx"
    source = sample_source(1)
    paper_id = source.document.papers[0].id
    assert paper_id is not None
    export_vorlage(source, paper_id, out, template, stand=STAND)
    with zipfile.ZipFile(out) as archive:
        assert b"document.main+xml" in archive.read("[Content_Types].xml")
    assert docx.Document(str(out)).paragraphs[0].text == "Beschlussvorlage"


def _no_styles(tmp_path: Path) -> Path:
    with zipfile.ZipFile(DEFAULT_TEMPLATE) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    rels = re.sub(r'<Relationship [^>]*Target="styles.xml"/>', "", rels)
    types = re.sub(r'<Override PartName="/word/styles.xml"[^>]*/>', "", types)
    return _rewrite(
        DEFAULT_TEMPLATE,
        tmp_path / "ohne-stile.docx",
        {"word/styles.xml": None, "word/_rels/document.xml.rels": rels.encode(), "[Content_Types].xml": types.encode()},
    )


def _missing_headings(tmp_path: Path) -> Path:
    with zipfile.ZipFile(DEFAULT_TEMPLATE) as archive:
        styles = archive.read("word/styles.xml").decode()
    for level in (3, 4):
        styles = re.sub(rf'<w:style w:type="paragraph" w:styleId="Heading{level}">.*?</w:style>', "", styles)
    return _rewrite(DEFAULT_TEMPLATE, tmp_path / "ohne-ueberschriften.docx", {"word/styles.xml": styles.encode()})


def _not_a_zip(tmp_path: Path) -> Path:
    path = tmp_path / "kaputt.docx"
    path.write_bytes(b"Das ist kein Word-Dokument.")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_no_styles, "keine Formatvorlagen"),
        (_missing_headings, "fehlen Formatvorlagen: Überschrift 3, Überschrift 4"),
        (_not_a_zip, "keine Word-Datei"),
        (lambda tmp: tmp / "gibt-es-nicht.docx", "nicht gefunden"),
    ],
    ids=["ohne-styles-part", "ohne-ueberschriften", "kein-zip", "fehlt"],
)
def test_broken_template_gives_german_message_and_no_file(tmp_path: Path, make: object, message: str) -> None:
    template = make(tmp_path)  # type: ignore[operator]
    out = tmp_path / "ausgabe.docx"
    with pytest.raises(DocxExportError, match=message):
        export_strategie(sample_source(0), out, template, stand=STAND)
    assert not out.exists()
    source = sample_source(1)
    paper_id = source.document.papers[0].id
    assert paper_id is not None
    with pytest.raises(DocxExportError, match=message):
        export_vorlage(source, paper_id, out, template, stand=STAND)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_broken_template_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "strategie.docx"
    out.write_bytes(b"alte Fassung")
    with pytest.raises(DocxExportError):
        export_strategie(sample_source(0), out, _not_a_zip(tmp_path), stand=STAND)
    assert out.read_bytes() == b"alte Fassung"


def test_template_bytes_open_in_python_docx() -> None:
    document = docx.Document(io.BytesIO(DEFAULT_TEMPLATE.read_bytes()))
    assert document.core_properties.title


def _plain_template(path: Path, footer: str = "", header_page_number: bool = False) -> Path:
    """A python-docx default document as template: no page numbers unless asked for."""
    document = docx.Document()
    section = document.sections[0]
    if footer:
        section.footer.paragraphs[0].text = footer
    if header_page_number:
        p = ooxml.element(section.header.paragraphs[0]._p)  # pyright: ignore[reportPrivateUsage]
        ooxml.add_field(p, "PAGE", "1")
    document.save(str(path))
    return path


def _footer_paragraphs(path: Path) -> list[ooxml.Element]:
    footer = docx.Document(str(path)).sections[0].footer
    return list(ooxml.element(footer.part.element).iter(qn("w:p")))


def _text(p: ooxml.Element) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def test_template_without_page_numbers_gets_ours_and_says_so(tmp_path: Path) -> None:
    template = _plain_template(tmp_path / "ohne Seitenzahl.docx")
    out = tmp_path / "strategie.docx"
    notes = export_strategie(sample_source(1), out, template, stand=STAND)
    assert [str(n) for n in notes] == [
        "Die Word-Vorlage „ohne Seitenzahl.docx“ hat keine Seitenzahlen; die Fußzeile „Seite X von Y“ wurde ergänzt."
    ]
    paragraphs = _footer_paragraphs(out)
    assert [_text(p) for p in paragraphs] == ["Seite 1 von 1"]
    assert ooxml.field_instructions(paragraphs[0]) == ["PAGE", "NUMPAGES"]
    assert check_docx(out) == []


def test_footer_with_content_keeps_it_and_gets_the_page_number_below(tmp_path: Path) -> None:
    template = _plain_template(tmp_path / "adresse.docx", footer="Stadt Oberhausen · Schwartzstraße 72")
    out = tmp_path / "vorlage.docx"
    source = sample_source(1)
    assert source.document.papers[0].id is not None
    notes = export_vorlage(source, source.document.papers[0].id, out, template, stand=STAND)
    assert len(notes) == 1
    assert [_text(p) for p in _footer_paragraphs(out)] == ["Stadt Oberhausen · Schwartzstraße 72", "Seite 1 von 1"]


def test_page_number_in_the_header_is_enough(tmp_path: Path) -> None:
    template = _plain_template(tmp_path / "kopf.docx", header_page_number=True)
    document, styles = load_template(template)
    assert styles.notes == []
    assert document.sections[0].footer.is_linked_to_previous  # no footer was added


def test_bundled_template_is_left_as_it_is() -> None:
    _, styles = load_template()
    assert styles.notes == []


def test_template_with_normal_and_standard_writes_in_its_default_style(tmp_path: Path) -> None:
    document = docx.Document()
    styles = ooxml.element(document.styles.element)
    normal = next(s for s in styles.iter(qn("w:style")) if s.get(qn("w:styleId")) == "Normal")
    del normal.attrib[qn("w:default")]
    standard = ooxml.w("style", type="paragraph", styleId="Standard", default="1")
    standard.append(ooxml.w("name", val="Standard"))
    normal.addnext(standard)
    template = tmp_path / "normal und standard.docx"
    document.save(str(template))
    out = tmp_path / "strategie.docx"
    export_strategie(sample_source(1), out, template, stand=STAND)
    exported = docx.Document(str(out))
    body = [p for p in exported.paragraphs if "erfundenes" in p.text]
    assert body and body[0].style is not None and body[0].style.style_id == "Standard"
