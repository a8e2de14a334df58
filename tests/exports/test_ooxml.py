"""Unit tests of the raw OOXML helpers (exports.ooxml)."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn

from exports import ooxml


def _new() -> tuple[docx.document.Document, ooxml.Element]:
    document = docx.Document()
    body = ooxml.element(document.element).find(qn("w:body"))
    assert body is not None
    return document, body


def _names(parent: ooxml.Element) -> list[str]:
    return [str(child.tag).rsplit("}", 1)[-1] for child in parent]


def test_set_document_language_writes_doc_defaults_lang() -> None:
    document, _ = _new()
    styles = ooxml.element(document.styles.element)
    ooxml.set_document_language(styles, "de-DE")
    assert ooxml.document_language(styles) == "de-DE"
    rpr = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert rpr is not None
    names = _names(rpr)
    # w:lang comes after w:sz in the schema's order and before w:eastAsianLayout.
    assert names.index("lang") > names.index("sz") if "sz" in names else True


def test_set_document_language_creates_missing_defaults() -> None:
    styles = ooxml.w("styles")
    ooxml.set_document_language(styles)
    assert ooxml.document_language(styles) == "de-DE"
    assert ooxml.document_language(ooxml.w("styles")) is None


def test_add_run_turns_newlines_into_breaks_and_preserves_spaces() -> None:
    p = ooxml.w("p")
    run = ooxml.add_run(p, " a\nb ", ooxml.RunFormat(bold=True, italic=True))
    assert _names(run) == ["rPr", "t", "br", "t"]
    texts = run.findall(qn("w:t"))
    assert texts[0].get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    rpr = run.find(qn("w:rPr"))
    assert rpr is not None and _names(rpr) == ["b", "i"]


def test_add_hyperlink_relates_external_url() -> None:
    document, body = _new()
    p = ooxml.new_paragraph(body)
    targets = ooxml.HyperlinkTargets(document.part)
    link = ooxml.add_hyperlink(p, targets, "https://www.oberhausen.de/", "Stadt", ooxml.RunFormat(style_id="Hyperlink"))
    again = ooxml.add_hyperlink(p, targets, "https://www.oberhausen.de/", "noch einmal")
    r_id = link.get(qn("r:id"))
    assert r_id is not None and again.get(qn("r:id")) == r_id
    rel = document.part.rels[r_id]
    assert rel.is_external and rel.target_ref == "https://www.oberhausen.de/"
    assert "".join(t.text or "" for t in link.iter(qn("w:t"))) == "Stadt"


def test_add_field_writes_begin_instruction_separate_result_end() -> None:
    p = ooxml.w("p")
    ooxml.add_field(p, "PAGE", "1")
    chars = [c.get(qn("w:fldCharType")) for c in p.iter(qn("w:fldChar"))]
    assert chars == ["begin", "separate", "end"]
    assert ooxml.field_instructions(p) == ["PAGE"]
    assert "".join(t.text or "" for t in p.iter(qn("w:t"))) == "1"


def test_set_field_results_replaces_shown_title_only() -> None:
    p = ooxml.w("p")
    ooxml.add_field(p, "TITLE", "alt")
    ooxml.add_field(p, "PAGE", "7")
    assert ooxml.set_field_results(p, "TITLE", "Neu") == 1
    assert [t.text for t in p.iter(qn("w:t"))] == ["Neu", "7"]


def test_mark_header_row_sets_tbl_header_once() -> None:
    row = ooxml.w("tr")
    ooxml.w("tc")
    assert not ooxml.is_header_row(row)
    ooxml.mark_header_row(row)
    ooxml.mark_header_row(row)
    trpr = row.find(qn("w:trPr"))
    assert trpr is not None and _names(trpr) == ["cantSplit", "tblHeader"]
    assert ooxml.is_header_row(row)


def test_add_table_builds_grid_and_header_row() -> None:
    body = ooxml.w("body")
    table = ooxml.add_table(body, [1000, 2000], "Strategietabelle")
    cells = ooxml.add_table_row(table, [1000, 2000], header=True)
    assert len(cells) == 2
    assert [c.get(qn("w:w")) for c in table.iter(qn("w:gridCol"))] == ["1000", "2000"]
    first_row = table.find(qn("w:tr"))
    assert first_row is not None and ooxml.is_header_row(first_row)
    look = table.find(f"{qn('w:tblPr')}/{qn('w:tblLook')}")
    assert look is not None and look.get(qn("w:firstRow")) == "1"


def test_set_image_alt_sets_descr_and_title() -> None:
    document, body = _new()
    from pathlib import Path

    icon = Path(__file__).resolve().parents[2] / "resources" / "icons" / "themenfelder" / "mobilitaet.png"
    inline = ooxml.element(document.part.new_pic_inline(str(icon), None, None))
    ooxml.set_image_alt(inline, "Symbol Mobilität", "Mobilität")
    assert ooxml.image_alt_texts(inline) == ["Symbol Mobilität"]
    doc_pr = inline.find(qn("wp:docPr"))
    assert doc_pr is not None and doc_pr.get("title") == "Mobilität"
    del body


def test_update_fields_goes_before_compat_in_settings() -> None:
    document, _ = _new()
    settings = ooxml.element(document.settings.element)
    ooxml.set_update_fields(settings)
    ooxml.set_update_fields(settings)
    names = _names(settings)
    assert names.count("updateFields") == 1
    assert names.index("updateFields") < names.index("compat")


def test_numbering_restarts_with_a_new_num_per_list() -> None:
    numbering = ooxml.w("numbering")
    abstract = ooxml.add_abstract_num(numbering, ooxml.decimal_levels(), "Test")
    first = ooxml.add_num(numbering, abstract)
    second = ooxml.add_num(numbering, abstract, start=1)
    third = ooxml.add_num(numbering, abstract, start=4, num_id=ooxml.next_num_id(numbering))
    assert third == 3
    third_start = numbering.findall(qn("w:num"))[2].find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
    assert third_start is not None and third_start.get(qn("w:val")) == "4"
    assert first != second
    assert ooxml.abstract_num_of(numbering, second) == abstract
    assert ooxml.abstract_num_levels(numbering, abstract) == 9
    assert ooxml.abstract_num_levels(numbering, 99) == 0
    nums = numbering.findall(qn("w:num"))
    overrides = nums[1].findall(qn("w:lvlOverride"))
    assert len(overrides) == 9
    start = overrides[0].find(qn("w:startOverride"))
    assert start is not None and start.get(qn("w:val")) == "1"
    # Every abstractNum precedes every num (schema order).
    assert _names(numbering) == ["abstractNum", "num", "num", "num"]


def test_set_numbering_and_switch_off() -> None:
    p = ooxml.new_paragraph(ooxml.w("body"), "ListNumber")
    ooxml.set_numbering(p, 5, 2)
    ooxml.set_page_break_before(p)
    ppr = p.find(qn("w:pPr"))
    assert ppr is not None
    assert _names(ppr) == ["pStyle", "pageBreakBefore", "numPr"]
    ooxml.set_numbering(p, 0)
    num_id = ppr.find(f"{qn('w:numPr')}/{qn('w:numId')}")
    assert num_id is not None and num_id.get(qn("w:val")) == "0"


def test_bookmark_wraps_paragraph_content() -> None:
    p = ooxml.new_paragraph(ooxml.w("body"), "Heading1")
    ooxml.add_run(p, "Titel")
    ooxml.add_bookmark(p, 3, "_Toc000003")
    assert _names(p) == ["pPr", "bookmarkStart", "r", "bookmarkEnd"]


def test_is_empty_paragraph() -> None:
    empty = ooxml.w("p")
    assert ooxml.is_empty_paragraph(empty)
    ooxml.add_run(empty, "")
    assert ooxml.is_empty_paragraph(empty)
    with_text = ooxml.w("p")
    ooxml.add_run(with_text, "x")
    assert not ooxml.is_empty_paragraph(with_text)
    with_field = ooxml.w("p")
    ooxml.add_field(with_field, "PAGE", "")
    assert not ooxml.is_empty_paragraph(with_field)


def test_core_properties_title_subject_language() -> None:
    document = docx.Document()
    ooxml.set_core_properties(document.core_properties, title="T", subject="S", keywords=["a", "b"])
    buffer = io.BytesIO()
    document.save(buffer)
    again = docx.Document(buffer)
    assert again.core_properties.title == "T"
    assert again.core_properties.subject == "S"
    assert again.core_properties.language == "de-DE"
    assert again.core_properties.keywords == "a, b"


def test_move_children_keeps_spaces_links_and_namespaces() -> None:
    document, body = _new()
    built = ooxml.build_root()
    table = ooxml.add_table(built, [2000, 2000])
    cell = ooxml.add_table_row(table, [2000, 2000])[0]
    p = ooxml.new_paragraph(cell, "Tabellentext")
    ooxml.add_run(p, "Ein ")
    ooxml.add_run(p, "fettes", ooxml.RunFormat(bold=True))
    ooxml.add_run(p, " Wort")
    targets = ooxml.HyperlinkTargets(document.part)
    ooxml.add_hyperlink(p, targets, "https://www.oberhausen.de/", "Stadt")
    ooxml.add_run(ooxml.new_paragraph(built), "danach")
    ooxml.move_children(built, body)
    assert len(built) == 0
    xml = document.element.xml
    assert '<w:t xml:space="preserve">Ein </w:t>' in xml
    assert '<w:t xml:space="preserve"> Wort</w:t>' in xml
    # The moved blocks use the document's own prefixes and declare nothing themselves.
    assert "xmlns:w=" not in xml.split("<w:body>", 1)[1]
    out = io.BytesIO()
    document.save(out)
    reopened = docx.Document(io.BytesIO(out.getvalue()))
    cell_text = reopened.tables[0].cell(0, 0).paragraphs[0].text
    assert cell_text == "Ein fettes WortStadt"
    assert reopened.paragraphs[-1].text == "danach"
