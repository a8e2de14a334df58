"""The shared Markdown tree: Qt's CommonMark in, our frozen dataclasses out, and back."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exports.markdown_ast import (
    Block,
    BlockQuote,
    BulletList,
    Code,
    CodeBlock,
    Emphasis,
    Heading,
    LineBreak,
    Link,
    ListItem,
    OrderedList,
    Paragraph,
    Strong,
    Table,
    Text,
    parse_markdown,
    render_markdown,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def item(text: str, *nested: Block) -> ListItem:
    return ListItem((Paragraph((Text(text),)), *nested))


def test_paragraph_with_bold_italic_code_and_links() -> None:
    blocks = parse_markdown("A **b** *i* `c<d>` [e](https://x.de/a_b) [f](dokument:7)")
    assert blocks == [
        Paragraph(
            (
                Text("A "),
                Strong((Text("b"),)),
                Text(" "),
                Emphasis((Text("i"),)),
                Text(" "),
                Code("c<d>"),
                Text(" "),
                Link("https://x.de/a_b", (Text("e"),)),
                Text(" "),
                Link("dokument:7", (Text("f"),)),
            )
        )
    ]


def test_raw_html_and_entities_stay_literal_text() -> None:
    blocks = parse_markdown("<script>alert(1)</script> &amp; <b>x</b>\n\n<div>block</div>")
    assert blocks == [
        Paragraph((Text("<script>alert(1)</script> &amp; <b>x</b>"),)),
        Paragraph((Text("<div>block</div>"),)),
    ]


def test_commonmark_nested_list_without_blank_line_is_a_list() -> None:
    text = "Vorher\n- a\n  - b\n    1. c\n- d"
    assert parse_markdown(text) == [
        Paragraph((Text("Vorher"),)),
        BulletList((item("a", BulletList((item("b", OrderedList((item("c"),))),))), item("d"))),
    ]


def test_escaped_ampersand_is_an_ampersand_except_in_code() -> None:
    assert parse_markdown(r"x \&amp; y \\& `a\&b`") == [Paragraph((Text(r"x &amp; y \& "), Code(r"a\&b")))]


def test_rendered_entities_stay_as_typed_and_blank_entities_are_escaped() -> None:
    # Entities are text in our dialect; only the two that stand for blanks at a line's ends act.
    text = render_markdown([Paragraph((Text("Forschung & Entwicklung, &amp; &#65; &#32; &#9;"),))])
    assert text == r"Forschung & Entwicklung, &amp; &#65; \&#32; \&#9;"
    assert parse_markdown(text) == [Paragraph((Text("Forschung & Entwicklung, &amp; &#65; &#32; &#9;"),))]


def test_blanks_at_the_ends_of_lines_are_kept_as_entities() -> None:
    blocks = [Paragraph((Text("    eingerückt "), LineBreak(), Text(" zweite\tZeile\t")))]
    text = render_markdown(blocks)
    assert text == "&#32;   eingerückt&#32;  \n&#32;zweite\tZeile&#9;"
    assert parse_markdown(text) == blocks
    assert parse_markdown("`&#32;` [a](x&#32;y)") == [
        Paragraph((Code("&#32;"), Text(" "), Link("x&#32;y", (Text("a"),))))
    ]


def test_windows_and_old_mac_line_ends_are_line_ends_in_code_too() -> None:
    assert parse_markdown("a\r\nb\r\n\r\n    x\r    y\r") == [Paragraph((Text("a b"),)), CodeBlock("x\ny")]


def test_four_space_nesting_as_typed_by_hand_is_a_list_too() -> None:
    assert parse_markdown("- a\n    - b\n- c") == [BulletList((item("a", BulletList((item("b"),))), item("c")))]


def test_a_number_inside_a_sentence_does_not_start_a_list() -> None:
    # CommonMark: only "1." may interrupt a paragraph; "12. Mai" goes on the sentence.
    assert parse_markdown("Der Rat tagt am\n12. Mai im Rathaus.") == [
        Paragraph((Text("Der Rat tagt am 12. Mai im Rathaus."),))
    ]


def test_markdown_around_an_html_block_still_counts() -> None:
    # The tags are the characters typed; the Markdown between them counts as without them.
    assert parse_markdown("<div>\n**fett**\n</div>") == [
        Paragraph((Text("<div> "), Strong((Text("fett"),)), Text(" </div>")))
    ]


def test_entities_stay_literal_everywhere() -> None:
    blocks = parse_markdown("&auml; [a&amp;b](https://x.de/?a=1&amp;b=2) `&lt;` &#65;")
    assert blocks == [
        Paragraph(
            (
                Text("&auml; "),
                Link("https://x.de/?a=1&amp;b=2", (Text("a&amp;b"),)),
                Text(" "),
                Code("&lt;"),
                Text(" &#65;"),
            )
        )
    ]


def test_backslash_escapes_any_punctuation_like_commonmark() -> None:
    assert parse_markdown(r"\<x\> \*y\* \# \~") == [Paragraph((Text("<x> *y* # ~"),))]


def test_hard_break_and_heading_and_code_block() -> None:
    blocks = parse_markdown("a  \nb\n\n## Titel\n\n```\nx < y\n```")
    assert blocks == [
        Paragraph((Text("a"), LineBreak(), Text("b"))),
        Heading(2, (Text("Titel"),)),
        CodeBlock("x < y"),
    ]


@pytest.mark.parametrize(
    "source",
    [
        "Plain **bold** and *italic* [l](https://a.de/(x)) und [d](dokument:3)",
        "- a\n- b\n    - c\n        1. d\n- e\n\n1. x\n2. y",
        "| A | B |\n| --- | --- |\n| 1 \\| 2 | **3** |",
        "Sonderzeichen: \\* \\_ \\[x\\] \\` \\\\ # 1. - + > < & |",
        "# H1\n\n## H2\n\nText  \nmehr\n\n---\n\n> Zitat",
        "1986\\. war ein Jahr\n\n\\- kein Punkt\n\n\\# keine Überschrift",
        "```\ncode ``` drin\n```",
        "- \n- b",
        "- - - x",
        "> zitat\n> - a\n>   - b",
        "- a\n\n      code im Punkt",
        "**a'** *'b'* c",
    ],
)
def test_render_markdown_parses_back_to_the_same_tree(source: str) -> None:
    blocks = parse_markdown(source)
    assert parse_markdown(render_markdown(blocks)) == blocks


_PIECES = [
    *"abc äöü AB 12 .,;:-()'\"?%&/=+\n\n\n   \t*_[]#>|`!\\~<",
    *["1. ", "- ", "&amp;", "    ", "===", "---", "\r\n", "\u00a0", "+ ", "* ", "1) ", "> ", "\n    "],
    *["http://x.de", "**", "\n\n- a\n", "\n\n1. b\n", "  \n", "\n\n", "\n\n  - c", "<div>", "```", "~~~"],
    *["| a | b |\n| --- | --- |\n| 1 | 2 |", "[x](https://y.de)", "![a](b.png)", "<https://a.de>", "# ", "\n---\n"],
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_any_markdown_renders_back_to_the_same_tree(text: str) -> None:
    # The wiki importer stores what it read through render_markdown: nothing may change on the way.
    blocks = parse_markdown(text)
    assert parse_markdown(render_markdown(blocks)) == blocks


# --- Qt's QTextDocument.toMarkdown() ---------------------------------------------------


@pytest.fixture(scope="module")
def qt_app() -> object:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _qt_markdown() -> str:
    from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument, QTextListFormat

    doc = QTextDocument()
    cursor = QTextCursor(doc)
    plain = QTextCharFormat()
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    italic = QTextCharFormat()
    italic.setFontItalic(True)
    link = QTextCharFormat()
    link.setAnchor(True)
    link.setAnchorHref("https://www.oberhausen.de/a_b")
    doc_link = QTextCharFormat()
    doc_link.setAnchor(True)
    doc_link.setAnchorHref("dokument:7")
    cursor.insertText("Ein ", plain)
    cursor.insertText("fetter", bold)
    cursor.insertText(" und ein ", plain)
    cursor.insertText("kursiver", italic)
    cursor.insertText(" Text mit ", plain)
    cursor.insertText("Link", link)
    cursor.insertText(" und ", plain)
    cursor.insertText("Verweis", doc_link)
    cursor.insertText(" <script>alert(1)</script> | {{x}} * [[y]]", plain)

    def make_list(style: QTextListFormat.Style, indent: int) -> None:
        fmt = QTextListFormat()
        fmt.setStyle(style)
        fmt.setIndent(indent)
        cursor.createList(fmt)

    cursor.insertBlock()
    make_list(QTextListFormat.Style.ListDisc, 1)
    top = cursor.currentList()
    cursor.insertText("Punkt 1")
    cursor.insertBlock()
    cursor.insertText("Punkt 2")
    cursor.insertBlock()
    make_list(QTextListFormat.Style.ListCircle, 2)
    cursor.insertText("Unterpunkt a")
    cursor.insertBlock()
    make_list(QTextListFormat.Style.ListSquare, 3)
    cursor.insertText("Unter-Unterpunkt")
    cursor.insertBlock()
    assert top is not None
    top.add(cursor.block())
    cursor.insertText("Punkt 3")
    cursor.insertBlock()
    top.remove(cursor.block())
    from PySide6.QtGui import QTextBlockFormat

    cursor.setBlockFormat(QTextBlockFormat())
    cursor.insertText("Zwischentext")
    cursor.insertBlock()
    make_list(QTextListFormat.Style.ListDecimal, 1)
    numbered = cursor.currentList()
    cursor.insertText("Erstens")
    cursor.insertBlock()
    make_list(QTextListFormat.Style.ListLowerAlpha, 2)
    cursor.insertText("Erstens a")
    cursor.insertBlock()
    make_list(QTextListFormat.Style.ListDecimal, 3)
    cursor.insertText("Erstens a i")
    cursor.insertBlock()
    assert numbered is not None
    numbered.add(cursor.block())
    cursor.insertText("Zweitens")
    cursor.insertBlock()
    numbered.remove(cursor.block())
    cursor.setBlockFormat(QTextBlockFormat())
    table = cursor.insertTable(3, 2)
    fmt = table.format()
    fmt.setHeaderRowCount(1)
    table.setFormat(fmt)
    for row in range(3):
        for column in range(2):
            cell_cursor = table.cellAt(row, column).firstCursorPosition()
            cell_cursor.insertText(f"Kopf {column}" if row == 0 else f"Z{row}S{column}")
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("Ende")
    return doc.toMarkdown()


def test_qt_markdown_parses_to_the_expected_tree(qt_app: object) -> None:
    blocks = parse_markdown(_qt_markdown())
    assert blocks[0] == Paragraph(
        (
            Text("Ein "),
            Strong((Text("fetter"),)),
            Text(" und ein "),
            Emphasis((Text("kursiver"),)),
            Text(" Text mit "),
            Link("https://www.oberhausen.de/a_b", (Text("Link"),)),
            Text(" und "),
            Link("dokument:7", (Text("Verweis"),)),
            Text(" <script>alert(1)</script> | {{x}} * [[y]]"),
        )
    )
    assert blocks[1] == BulletList(
        (
            item("Punkt 1"),
            item("Punkt 2", BulletList((item("Unterpunkt a", BulletList((item("Unter-Unterpunkt"),))),))),
            item("Punkt 3"),
        )
    )
    assert blocks[2] == Paragraph((Text("Zwischentext"),))
    assert blocks[3] == OrderedList(
        (item("Erstens", OrderedList((item("Erstens a", OrderedList((item("Erstens a i"),))),))), item("Zweitens"))
    )
    assert blocks[4] == Table(
        ((Text("Kopf 0"),), (Text("Kopf 1"),)),
        (((Text("Z1S0"),), (Text("Z1S1"),)), ((Text("Z2S0"),), (Text("Z2S1"),))),
    )
    assert blocks[5] == Paragraph((Text("Ende"),))
    assert len(blocks) == 6


def test_qt_markdown_survives_render_and_parse(qt_app: object) -> None:
    blocks = parse_markdown(_qt_markdown())
    assert parse_markdown(render_markdown(blocks)) == blocks


# --- hostile text ---------------------------------------------------------------------


def _depth(blocks: tuple[Block, ...] | list[Block]) -> int:
    deepest = 0
    for block in blocks:
        if isinstance(block, BulletList | OrderedList):
            deepest = max(deepest, 1 + max((_depth(item.blocks) for item in block.items), default=0))
        elif isinstance(block, BlockQuote):
            deepest = max(deepest, 1 + _depth(block.blocks))
    return deepest


@pytest.mark.parametrize("source", ["- " * 3000 + "x", "1. " * 3000 + "x", "> " * 3000 + "x", "> - " * 1500 + "x"])
def test_nesting_deeper_than_any_real_text_is_flattened_and_keeps_the_text(source: str) -> None:
    from editor.domain.model import Document, ExportSource, Section
    from editor.services.sample import build_sample
    from exports.docx_export import build_strategie
    from exports.markdown_ast import MAX_DEPTH, plain_text
    from exports.wiki import export_wiki

    blocks = parse_markdown(source)
    assert 0 < _depth(blocks) <= MAX_DEPTH

    def texts(blocks: tuple[Block, ...] | list[Block]) -> list[str]:
        found: list[str] = []
        for block in blocks:
            if isinstance(block, Paragraph):
                found.append(plain_text(block.children))
            elif isinstance(block, BulletList | OrderedList):
                found.extend(t for item in block.items for t in texts(item.blocks))
            elif isinstance(block, BlockQuote):
                found.extend(texts(block.blocks))
        return found

    assert texts(blocks) == ["x"]
    assert parse_markdown(render_markdown(blocks)) == blocks
    catalogue, _ = build_sample()
    source_doc = ExportSource(Document(title="T", sections=[Section("S", source)]), catalogue, {})
    assert "x" in export_wiki(source_doc)  # and no RecursionError in either exporter
    build_strategie(source_doc)


def test_thousands_of_html_lines_are_text_without_recursion() -> None:
    blocks = parse_markdown("<div>\n" * 5000)
    assert blocks == [Paragraph((Text(" ".join(["<div>"] * 5000)),))]


@pytest.mark.parametrize("text", ["1.000 Euro im Jahr", "-Zeichen", "+plus", "= Summe", "~ungefähr", "Zahl > 5"])
def test_text_that_cannot_start_a_block_is_written_without_escapes(text: str) -> None:
    assert render_markdown([Paragraph((Text(text),))]) == text


@pytest.mark.parametrize(
    "text", ["1. Ziel", "2) Ziel", "# Titel", "#Hashtag", "- Punkt", "+ Punkt", "---", "- - -", "===", "~~~", "<div>"]
)
def test_text_that_would_start_a_block_is_escaped_and_reads_back(text: str) -> None:
    blocks = [Paragraph((Text(text),))]
    assert render_markdown(blocks) != text
    assert parse_markdown(render_markdown(blocks)) == blocks


def test_a_table_cell_needs_no_line_start_escape() -> None:
    table = Table(((Text("Kosten"),),), (((Text("1.000 €"),),), ((Text("# 3"),),)))
    assert "| 1.000 € |" in render_markdown([table])
    assert parse_markdown(render_markdown([table])) == [table]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Der [Bericht ](dokument:7)zeigt es.",
            (Text("Der "), Link("dokument:7", (Text("Bericht"),)), Text(" zeigt es.")),
        ),
        ("Der[ Bericht](x) zeigt", (Text("Der "), Link("x", (Text("Bericht"),)), Text(" zeigt"))),
        ("[Das ist ](u)[wichtig](u)", (Link("u", (Text("Das ist"),)), Text(" "), Link("u", (Text("wichtig"),)))),
    ],
)
def test_a_blank_qt_writes_inside_a_link_still_parts_the_words(source: str, expected: tuple[object, ...]) -> None:
    # Qt writes the blank of a selection into the link: "[Bericht ](…)zeigt".
    assert parse_markdown(source) == [Paragraph(expected)]


def test_a_pipe_in_code_or_an_address_inside_a_table_cell_stays_in_its_cell() -> None:
    table = Table(((Text("h"),),), (((Code("a|b"), Text(" "), Link("https://x.org/?a|b", (Text("x"),))),),))
    assert parse_markdown(render_markdown([table])) == [table]


def test_a_body_full_of_symbols_and_an_ampersand_still_parses() -> None:
    import unicodedata

    symbols = "".join(chr(c) for c in range(0x2000, 0x1FC00) if unicodedata.category(chr(c)) == "So")
    assert parse_markdown(symbols + " & x")  # no StopIteration when no stand-in is left


def test_qt_bullets_under_a_numbered_item_stay_nested(qt_app: object) -> None:
    from PySide6.QtGui import QTextCursor, QTextDocument, QTextListFormat

    doc = QTextDocument()
    cursor = QTextCursor(doc)
    numbered = QTextListFormat()
    numbered.setStyle(QTextListFormat.Style.ListDecimal)
    numbered.setIndent(1)
    cursor.createList(numbered)
    cursor.insertText("Bestand aufnehmen")
    cursor.insertBlock()
    bullets = QTextListFormat()
    bullets.setStyle(QTextListFormat.Style.ListDisc)
    bullets.setIndent(2)
    cursor.createList(bullets)
    cursor.insertText("Verkehr zählen")
    # Qt writes "1.  Bestand aufnehmen\n  - Verkehr zählen": two spaces, short of the item's text.
    assert parse_markdown(doc.toMarkdown()) == [
        OrderedList((item("Bestand aufnehmen", BulletList((item("Verkehr zählen"),))),))
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [("*a *b* c*", Emphasis), ("**a **b** c**", Strong), ("*Vor *der* Sitzung*  \nam Montag", Emphasis)],
)
def test_bold_inside_bold_is_one_run_of_text(text, kind):
    # The inner run is taken apart into the outer one; its words and the blanks between them
    # become one text again, as if it had been typed once (the reader merges them).
    paragraph = parse_markdown(text)[0]
    assert isinstance(paragraph, Paragraph)
    first = paragraph.children[0]
    assert type(first) is kind
    assert first.children == (Text(first.children[0].text),)
    assert first.children[0].text in ("a b c", "Vor der Sitzung")
