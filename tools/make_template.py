"""Generate the default corporate Word template ``resources/templates/strategie-vorlage.docx``.

Run ``python tools/make_template.py``; the output is byte-for-byte reproducible (fixed
timestamps, fixed zip order), so a changed template shows up as a real diff.

The template is accessible and German: language de-DE in the document defaults,
Title, Heading 1–6 with native multilevel numbering (1, 1.1, 1.1.1 …), list styles
linked to list definitions, a table style whose header row is set off, TOC styles,
and header/footer with the document title and "Seite X von Y". Spacing comes from
paragraph styles, never from empty paragraphs.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Twips

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from exports import ooxml  # noqa: E402

OUTPUT = ROOT / "resources" / "templates" / "strategie-vorlage.docx"

BLUE = "004B87"  # dark blue: 8.6:1 against white, readable as text and as header fill
GREY = "595959"
FONT = "Calibri"  # LibreOffice renders it with the metric-compatible Carlito

PAGE_W, PAGE_H = 11906, 16838  # A4 in twips
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 1417, 1417, 1417, 1134
TEXT_WIDTH = PAGE_W - MARGIN_L - MARGIN_R

HEADING_NUM_ID, BULLET_NUM_ID, DECIMAL_NUM_ID = 1, 2, 3


def _style(
    kind: str,
    style_id: str,
    name: str,
    ppr: str = "",
    rpr: str = "",
    based_on: str = "Normal",
    next_style: str = "",
    extra: str = "",
    ui_priority: int = 10,
) -> str:
    parts = [f'<w:style w:type="{kind}" w:styleId="{style_id}">', f'<w:name w:val="{name}"/>']
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    parts.append(f'<w:uiPriority w:val="{ui_priority}"/><w:qFormat/>')
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if rpr:
        parts.append(f"<w:rPr>{rpr}</w:rPr>")
    parts.append(extra)
    parts.append("</w:style>")
    return "".join(parts)


def _heading(level: int, size: int, before: int, after: int, color: str, italic: bool = False) -> str:
    ppr = (
        f'<w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="{level - 1}"/><w:numId w:val="{HEADING_NUM_ID}"/>'
        f'</w:numPr><w:spacing w:before="{before}" w:after="{after}"/><w:outlineLvl w:val="{level - 1}"/>'
    )
    rpr = f'<w:b/><w:bCs/>{"<w:i/>" if italic else ""}<w:color w:val="{color}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    return _style("paragraph", f"Heading{level}", f"heading {level}", ppr, rpr, next_style="Normal", ui_priority=9)


def styles_xml() -> str:
    """Return the whole styles part: defaults de-DE, the paragraph, character and table styles."""
    toc_tab = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
    styles = [
        f"<w:styles {nsdecls('w')}>",
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{FONT}" w:eastAsia="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="de-DE" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault>"
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>",
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        "<w:pPr><w:widowControl/></w:pPr></w:style>",
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
        _style(
            "paragraph",
            "Title",
            "Title",
            f'<w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="8" w:color="{BLUE}"/></w:pBdr>'
            '<w:spacing w:before="2835" w:after="240" w:line="240" w:lineRule="auto"/>',
            f'<w:b/><w:bCs/><w:color w:val="{BLUE}"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/>',
            next_style="Subtitle",
        ),
        _style(
            "paragraph",
            "Subtitle",
            "Subtitle",
            '<w:spacing w:before="120" w:after="720"/>',
            f'<w:color w:val="{GREY}"/><w:sz w:val="32"/><w:szCs w:val="32"/>',
            next_style="Normal",
        ),
        _style(
            "paragraph",
            "Titelblattangabe",
            "Titelblatt-Angabe",
            '<w:spacing w:after="80"/>',
            '<w:sz w:val="24"/><w:szCs w:val="24"/>',
        ),
        _heading(1, 32, 480, 160, BLUE),
        _heading(2, 28, 360, 120, BLUE),
        _heading(3, 24, 280, 100, "1F1F1F"),
        _heading(4, 22, 240, 80, "1F1F1F"),
        _heading(5, 22, 200, 60, "1F1F1F", italic=True),
        _heading(6, 22, 200, 60, GREY, italic=True),
        _style(
            "paragraph",
            "TOCHeading",
            "TOC Heading",
            '<w:keepNext/><w:spacing w:before="0" w:after="240"/>',
            f'<w:b/><w:bCs/><w:color w:val="{BLUE}"/><w:sz w:val="32"/><w:szCs w:val="32"/>',
            next_style="Normal",
            ui_priority=39,
        ),
        _style(
            "paragraph", "TOC1", "toc 1", f'{toc_tab}<w:spacing w:before="120" w:after="40"/>', "<w:b/>", ui_priority=39
        ),
        _style(
            "paragraph", "TOC2", "toc 2", f'{toc_tab}<w:spacing w:after="40"/><w:ind w:left="284"/>', ui_priority=39
        ),
        _style(
            "paragraph", "TOC3", "toc 3", f'{toc_tab}<w:spacing w:after="40"/><w:ind w:left="567"/>', ui_priority=39
        ),
        _style(
            "paragraph",
            "Verzeichnishinweis",
            "Verzeichnis-Hinweis",
            '<w:spacing w:after="240"/>',
            f'<w:i/><w:color w:val="{GREY}"/><w:sz w:val="20"/><w:szCs w:val="20"/>',
        ),
        _style("paragraph", "ListParagraph", "List Paragraph", '<w:ind w:left="720"/><w:contextualSpacing/>'),
        _style(
            "paragraph",
            "ListBullet",
            "List Bullet",
            f'<w:numPr><w:numId w:val="{BULLET_NUM_ID}"/></w:numPr><w:spacing w:after="60"/>',
        ),
        _style(
            "paragraph",
            "ListNumber",
            "List Number",
            f'<w:numPr><w:numId w:val="{DECIMAL_NUM_ID}"/></w:numPr><w:spacing w:after="60"/>',
        ),
        _style("paragraph", "ListContinue", "List Continue", '<w:spacing w:after="60"/><w:ind w:left="360"/>'),
        _style(
            "paragraph",
            "Quote",
            "Quote",
            f'<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="{BLUE}"/></w:pBdr>'
            '<w:ind w:left="426" w:right="426"/>',
            f'<w:i/><w:color w:val="{GREY}"/>',
            ui_priority=29,
        ),
        _style(
            "paragraph",
            "SourceCode",
            "Source Code",
            '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/><w:spacing w:before="60" w:after="160" w:line="240" w:lineRule="auto"/>',
            '<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:sz w:val="19"/><w:szCs w:val="19"/>',
        ),
        _style(
            "paragraph",
            "Tabellentext",
            "Tabellentext",
            '<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>',
            '<w:sz w:val="20"/><w:szCs w:val="20"/>',
        ),
        _style(
            "paragraph",
            "Caption",
            "caption",
            '<w:spacing w:after="200"/>',
            f'<w:i/><w:color w:val="{GREY}"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
            next_style="Normal",
            ui_priority=35,
        ),
        _style(
            "paragraph",
            "Header",
            "header",
            f'<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="{BLUE}"/></w:pBdr>'
            f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs><w:spacing w:after="0"/>',
            f'<w:color w:val="{GREY}"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
            ui_priority=99,
        ),
        _style(
            "paragraph",
            "Footer",
            "footer",
            f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs><w:spacing w:after="0"/>',
            f'<w:color w:val="{GREY}"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
            ui_priority=99,
        ),
        _style(
            "character",
            "Hyperlink",
            "Hyperlink",
            rpr='<w:color w:val="0B5CAD"/><w:u w:val="single"/>',
            based_on="DefaultParagraphFont",
            ui_priority=99,
        ),
        _style("character", "Strong", "Strong", rpr="<w:b/><w:bCs/>", based_on="DefaultParagraphFont", ui_priority=22),
        _style(
            "character", "Emphasis", "Emphasis", rpr="<w:i/><w:iCs/>", based_on="DefaultParagraphFont", ui_priority=20
        ),
        _style(
            "table",
            "Strategietabelle",
            "Strategie-Tabelle",
            ppr='<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>',
            rpr='<w:sz w:val="20"/><w:szCs w:val="20"/>',
            based_on="TableNormal",
            ui_priority=59,
            extra=(
                "<w:tblPr><w:tblBorders>"
                + "".join(
                    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
                    for side in ("top", "left", "bottom", "right", "insideH", "insideV")
                )
                + '</w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
                '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'
                '<w:tblStylePr w:type="firstRow"><w:pPr><w:keepNext/></w:pPr>'
                '<w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr><w:tblPr/>'
                f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{BLUE}"/></w:tcPr></w:tblStylePr>'
                '<w:tblStylePr w:type="band2Horz"><w:tblPr/>'
                '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EEF3F8"/></w:tcPr></w:tblStylePr>'
            ),
        ),
        "</w:styles>",
    ]
    return "".join(styles)


def build_numbering(numbering: ooxml.Element) -> None:
    """Replace all list definitions: heading outline, bullets, ordered lists."""
    for child in list(numbering):
        numbering.remove(child)
    headings = ooxml.outline_levels(trailing_dot=False)
    heading_abs = ooxml.add_abstract_num(
        numbering, headings, "Überschriften", styles=[f"Heading{n}" for n in range(1, 10)]
    )
    bullet_abs = ooxml.add_abstract_num(numbering, ooxml.bullet_levels(), "Aufzählung")
    decimal_abs = ooxml.add_abstract_num(numbering, ooxml.decimal_levels(), "Nummerierung")
    for abstract in (heading_abs, bullet_abs, decimal_abs):
        ooxml.add_num(numbering, abstract, restart=False)


def _footer_paragraph(paragraph: ooxml.Element) -> None:
    ooxml.add_run(paragraph, "\t")
    ooxml.add_run(paragraph, "Seite ")
    ooxml.add_field(paragraph, "PAGE", "1")
    ooxml.add_run(paragraph, " von ")
    ooxml.add_field(paragraph, "NUMPAGES", "1")


def build() -> bytes:
    """Return the template as .docx bytes."""
    document = docx.Document()
    styles = document.styles.element
    for child in list(styles):
        styles.remove(child)
    for child in parse_xml(styles_xml()):
        styles.append(child)
    build_numbering(document.part.numbering_part.element)

    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)

    section = document.sections[0]
    section.page_width, section.page_height = Twips(PAGE_W), Twips(PAGE_H)
    section.left_margin, section.right_margin = Twips(MARGIN_L), Twips(MARGIN_R)
    section.top_margin, section.bottom_margin = Twips(MARGIN_T), Twips(MARGIN_B)
    section.header_distance, section.footer_distance = Twips(709), Twips(567)
    section.different_first_page_header_footer = True

    header = section.header.paragraphs[0]
    header.style = document.styles.get_by_id("Header", header.style.type)  # type: ignore[union-attr]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ooxml.add_field(header._p, "TITLE", "Titel des Dokuments")  # pyright: ignore[reportPrivateUsage]
    for footer in (section.footer, section.first_page_footer):
        paragraph = footer.paragraphs[0]
        paragraph.style = document.styles.get_by_id("Footer", paragraph.style.type)  # type: ignore[union-attr]
        _footer_paragraph(paragraph._p)  # pyright: ignore[reportPrivateUsage]
    first_header = section.first_page_header.paragraphs[0]
    # The title page has no running header, so its (required) paragraph carries no rule.
    first_header.style = document.styles.get_by_id("Footer", first_header.style.type)  # type: ignore[union-attr]

    # The body must not be empty for Word; one paragraph explains the template.
    note = document.add_paragraph(
        "Vorlage des Strategie-Editors. Beim Export wird dieser Text durch das Dokument ersetzt; "
        "Formatvorlagen, Seitenränder, Kopf- und Fußzeile bleiben erhalten."
    )
    note.style = document.styles.get_by_id("Normal", note.style.type)  # type: ignore[union-attr]

    settings = document.settings.element
    for tag in ("w:rsids", "w:proofState"):
        for found in settings.findall(
            tag.replace("w:", "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}")
        ):
            settings.remove(found)
    theme_lang = settings.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}themeFontLang")
    if theme_lang is not None:
        theme_lang.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", "de-DE")

    ooxml.set_core_properties(
        document.core_properties,
        title="Strategie-Editor – Vorlage",
        subject="Vorlage für Strategiedokumente und Beschlussvorlagen",
        author="Strategie-Editor",
        when=dt.datetime(2026, 1, 1),
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return _repack(buffer.getvalue())


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><Application>Strategie-Editor</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def _repack(data: bytes) -> bytes:
    """Drop parts the template does not need and fix zip timestamps for reproducible bytes."""
    dropped = {
        "docProps/thumbnail.jpeg",
        "word/stylesWithEffects.xml",
        "customXml/item1.xml",
        "customXml/itemProps1.xml",
        "customXml/_rels/item1.xml.rels",
    }
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in dropped:
                continue
            blob = source.read(info.filename)
            if info.filename.endswith(".rels") or info.filename == "[Content_Types].xml":
                text = blob.decode("utf-8")
                text = re.sub(
                    r"<Relationship [^>]*(thumbnail\.jpeg|stylesWithEffects\.xml|customXml/item1\.xml)\"/>", "", text
                )
                text = re.sub(
                    r"<Override [^>]*(thumbnail\.jpeg|stylesWithEffects\.xml|itemProps1\.xml)\"[^>]*/>", "", text
                )
                blob = text.encode("utf-8")
            elif info.filename == "docProps/app.xml":
                # python-docx's default claims to come from "Microsoft Macintosh Word".
                blob = APP_XML.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, blob)
    return out.getvalue()


def main() -> None:
    """Write the template next to the other resources."""
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(build())
    print(f"geschrieben: {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
