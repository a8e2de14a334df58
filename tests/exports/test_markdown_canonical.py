"""The canonical form of a body: what the body editor saves, and what the schema migration writes."""

from __future__ import annotations

import difflib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exports.markdown_ast import (
    BulletList,
    Code,
    Emphasis,
    Heading,
    LineBreak,
    Link,
    ListItem,
    OrderedList,
    Paragraph,
    Run,
    Strong,
    Table,
    Text,
    build_blocks,
    canonical_blocks,
    canonical_markdown,
    flatten_blocks,
    inline_runs,
    nest_runs,
    parse_markdown,
    plain_text,
    write_markdown,
)


def para(*runs: Run) -> Paragraph:
    return Paragraph(nest_runs(list(runs)))


def chars(blocks: tuple[object, ...] | list[object]) -> list[tuple[object, ...]]:
    """Every visible character of paragraphs with its formats (bold, italic, link, code)."""
    out: list[tuple[object, ...]] = []
    for block in blocks:
        assert isinstance(block, Paragraph)
        for run in inline_runs(block.children):
            piece = run.piece
            if isinstance(piece, str | Code):
                text = piece if isinstance(piece, str) else piece.text
                out += [(c, run.strong, run.emphasis, run.link, isinstance(piece, Code)) for c in text]
            else:
                out.append((type(piece).__name__,))
        out.append(("¶",))
    return out


# --- what the issue found -------------------------------------------------------------------


def test_a_blank_selected_with_the_word_stays_outside_the_bold_markers() -> None:
    # Ctrl+Shift+→ takes the blank after the word; Ctrl+B makes both bold.
    text = write_markdown([para(Run("Untersucht ", strong=True), Run("wurden die Gebäude."))])
    assert text == "**Untersucht** wurden die Gebäude."
    assert parse_markdown(text) == [Paragraph((Strong((Text("Untersucht"),)), Text(" wurden die Gebäude.")))]


def test_shift_enter_is_a_hard_break_both_readers_know() -> None:
    text = write_markdown([para(Run("Stadt Oberhausen"), Run(LineBreak()), Run("Bereich 4-4"))])
    assert text == "Stadt Oberhausen  \nBereich 4-4"
    assert parse_markdown(text) == [Paragraph((Text("Stadt Oberhausen"), LineBreak(), Text("Bereich 4-4")))]


@pytest.mark.parametrize(
    "typed",
    [
        "_a_b_",
        "__NOTOC__",
        "> Zitat",
        "    vier Blanks vorne",
        "* kein Punkt",
        "1. kein Punkt",
        "# keine Überschrift",
        "#hashtag",
        "[[Seite]] und [x](y)",
        "<https://example.org> <b>fett</b> &amp; &#32;",
        "a | b",
        "`Code` ~~~ \\ \\* ***",
        "---",
        "Text am Ende mit Blank ",
    ],
)
def test_typed_markdown_characters_stay_characters(typed: str) -> None:
    text = write_markdown([Paragraph((Text(typed),))])
    assert parse_markdown(text) == [Paragraph((Text(typed),))]
    assert "\n" not in text


def test_a_paragraph_is_one_line_however_long() -> None:
    words = " ".join(["Klimaanpassung"] * 40)
    assert write_markdown([Paragraph((Text(words),))]) == words


def test_a_one_word_edit_changes_one_line() -> None:
    before = canonical_markdown(
        "Einleitung mit *Kursivem* und **Fettem**.\n\nDie Gebäude sollen *saniert* werden, sagt der Rat.\n\n"
        "- erster Punkt\n- zweiter Punkt\n    - Unterpunkt\n\n| A | B |\n| --- | --- |\n| 1 | 2 |"
    )
    blocks = list(parse_markdown(before))
    second = blocks[1]
    assert isinstance(second, Paragraph)
    runs = inline_runs(second.children)
    runs[-1] = Run(" werden, sagt die Rätin.")
    blocks[1] = Paragraph(nest_runs(runs))
    after = write_markdown(blocks)
    changed = list(difflib.unified_diff(before.split("\n"), after.split("\n"), lineterm="", n=0))[2:]
    assert [line for line in changed if line[:1] in "+-"] == [
        "-Die Gebäude sollen *saniert* werden, sagt der Rat.",
        "+Die Gebäude sollen *saniert* werden, sagt die Rätin.",
    ]


def test_canonical_lists_read_alike_in_python_markdown_terms() -> None:
    # Four blanks for nested content and a blank line before a list: Python-Markdown's rules.
    text = canonical_markdown("Vorher\n- a\n  - b\n    1. c\n- d")
    assert text == "Vorher\n\n-   a\n    -   b\n        1. c\n- d"
    assert canonical_markdown(text) == text


def test_a_table_in_a_list_item_stands_after_the_item_and_the_numbering_goes_on() -> None:
    text = canonical_markdown("1. a\n\n   | x |\n   | - |\n   | 1 |\n2. b")
    assert text == "1. a\n\n| x |\n| --- |\n| 1 |\n\n2. b"


def test_two_line_breaks_in_a_row_part_the_paragraph() -> None:
    blocks = canonical_blocks([para(Run("a"), Run(LineBreak()), Run(LineBreak()), Run("b"))])
    assert blocks == (Paragraph((Text("a"),)), Paragraph((Text("b"),)))


def test_bold_around_a_link_and_a_link_around_bold_are_the_same_text() -> None:
    # The nesting follows from the formats: a wiki's '''[[Seite]]''' and the editor's bold link agree.
    one = canonical_blocks([Paragraph((Strong((Link("dokument:3", (Text("Seite"),)),)),))])
    other = canonical_blocks([Paragraph((Link("dokument:3", (Strong((Text("Seite"),)),)),))])
    assert one == other
    assert write_markdown(one) == "**[Seite](dokument:3)**"


def test_bold_cannot_start_between_a_letter_and_a_parenthesis_so_the_parenthesis_stands_outside() -> None:
    text = write_markdown([para(Run("Stadt"), Run("(Ost)", strong=True), Run(" wächst"))])
    assert text == "Stadt(**Ost)** wächst"
    assert chars(list(canonical_blocks(parse_markdown(text))))[5] == ("(", False, False, None, False)


def test_italic_right_before_bold_keeps_both_where_commonmark_can_hold_them() -> None:
    # Found by the body editor's state machine: the bold "u" was dropped ("*a*und").
    blocks = [para(Run("mit "), Run("Lin", link="https://www.oberhausen.de"), Run("a", emphasis=True),
                   Run("u", strong=True), Run("nd kursiv"))]  # fmt: skip
    text = write_markdown(blocks)
    assert text == "mit [Lin](https://www.oberhausen.de)*a***u**nd kursiv"
    assert canonical_blocks(parse_markdown(text)) == canonical_blocks(blocks)
    assert write_markdown(parse_markdown(text)) == text


@pytest.mark.parametrize("before", ["Unterpunkt _zwei_", "Preis: ", "zwei"])
def test_a_format_on_punctuation_alone_gives_way_to_bold_on_the_letter_after_it(before: str) -> None:
    # Found by the body editor's state machine: italic "€" right before bold "u" could not be
    # marked, and the bold "u" was lost with it ("€und").
    blocks = [para(Run(before), Run("€", emphasis=True), Run("u", strong=True), Run("nd kursiv"))]
    text = write_markdown(blocks)
    assert "€**u**nd kursiv" in text
    (read,) = canonical_blocks(parse_markdown(text))
    assert [(run.piece, run.strong) for run in inline_runs(read.children) if run.strong] == [("u", True)]
    assert plain_text(read.children) == before + "€und kursiv"


def test_a_blank_that_cannot_keep_its_bold_does_not_cost_the_letters_theirs() -> None:
    # Found by the body editor's state machine: with bold " m" (the blank bold too) later in the
    # paragraph, "*a***u**nd" was refused because the blank reads back plain, and the bold "u" went.
    blocks = [para(Run("a", emphasis=True), Run("u", strong=True), Run("nd"), Run(" m", strong=True), Run("it"))]
    text = write_markdown(blocks)
    (read,) = canonical_blocks(parse_markdown(text))
    letters = [
        (char, run.strong, run.emphasis) for run in inline_runs(read.children) for char in run.piece if char.isalnum()
    ]
    assert letters == [("a", False, True), ("u", True, False), ("n", False, False), ("d", False, False),
                       ("m", True, False), ("i", False, False), ("t", False, False)]  # fmt: skip


def test_italic_ending_on_punctuation_leaves_it_outside_where_bold_follows() -> None:
    # Found by the body editor's state machine: italic "a€" right before bold "u" lost the bold
    # ("*a*€und" read as "*a€*und"); the "€" may lose its italic, the letters keep theirs.
    blocks = [para(Run("a€", emphasis=True), Run("u", strong=True), Run("nd kursiv"))]
    text = write_markdown(blocks)
    assert text == "*a*€**u**nd kursiv"
    (read,) = canonical_blocks(parse_markdown(text))
    assert [(run.piece, run.strong, run.emphasis) for run in inline_runs(read.children)][:3] == [
        ("a", False, True),
        ("€", False, False),
        ("u", True, False),
    ]


def test_bold_and_italic_around_a_link_before_a_letter_both_go_inside_the_link() -> None:
    # Found by the body editor's state machine: bold italic link text right before "nd" lost
    # its bold ("[*Fett u*](…)nd"): CommonMark cannot close "***" between ")" and a letter.
    url = "https://www.oberhausen.de/a_b"
    blocks = [para(Run("Fett u", strong=True, emphasis=True, link=url), Run("nd mehr"))]
    text = write_markdown(blocks)
    assert text.startswith("[") and text.endswith(f"]({url})nd mehr")
    assert canonical_blocks(parse_markdown(text)) == canonical_blocks(blocks)
    assert write_markdown(parse_markdown(text)) == text


def test_italic_around_a_link_goes_inside_it_where_bold_follows() -> None:
    # Found by the body editor's state machine: italic link text right before bold "u" lost
    # the bold ("[*Fett*](…)und"); with the italic inside the link, the bold fits after it.
    url = "https://www.oberhausen.de/a_b"
    blocks = [para(Run("Fett", emphasis=True, link=url), Run("u", strong=True), Run("nd kursiv"))]
    text = write_markdown(blocks)
    assert text == f"[*Fett*]({url})**u**nd kursiv"
    assert canonical_blocks(parse_markdown(text)) == canonical_blocks(blocks)


@pytest.mark.parametrize(
    "typed",
    [
        "a<!a_>a",
        "a<!aa<_>a",  # a "<" inside a declaration
        "x <b <span title='y_z'>",  # a tag after a "<" that opens none
        "Kommentar <!-- x_y --> Ende",
        'ein <span title="x_y">Tag</span>',
        "<b>fett_1</b> bleibt",
    ],
)
def test_text_that_looks_like_raw_html_reads_back_as_typed(typed: str) -> None:
    # Found by the body editor's state machine: inside what CommonMark takes for raw HTML a
    # backslash escapes nothing, so "_" escaped there showed "\\_" and gained a backslash at every save.
    text = write_markdown([Paragraph((Text(typed),))])
    assert parse_markdown(text) == [Paragraph((Text(typed),))]
    assert write_markdown(parse_markdown(text)) == text


def test_blanks_at_the_ends_of_a_line_are_entities_and_come_back() -> None:
    blocks = [Paragraph((Text("  eingerückt"), LineBreak(), Text("\tmit Tab "))), Heading(2, (Text(" Titel "),))]
    text = write_markdown(blocks)
    assert text == "&#32; eingerückt  \n&#9;mit Tab&#32;\n\n## &#32;Titel&#32;"
    assert canonical_blocks(parse_markdown(text)) == canonical_blocks(blocks)


def test_nested_structure_reads_back_through_the_editors_lines() -> None:
    blocks = parse_markdown(
        "> - a\n>     - b\n\n1. x\n\n    weiter\n\n    ```\n    code\n    ```\n2. y\n\n- \n    - nur verschachtelt"
    )
    assert build_blocks(flatten_blocks(blocks)) == canonical_blocks(blocks)
    assert isinstance(canonical_blocks(blocks)[-1], BulletList)
    item = canonical_blocks(blocks)[-1]
    assert isinstance(item, BulletList) and item.items[0] == ListItem(
        (BulletList((ListItem((Paragraph((Text("nur verschachtelt"),)),)),)),)
    )


def test_an_ordered_list_keeps_its_start() -> None:
    assert canonical_blocks(parse_markdown("3. drei\n4. vier")) == (
        OrderedList((ListItem((Paragraph((Text("drei"),)),)), ListItem((Paragraph((Text("vier"),)),))), 3),
    )


def test_a_table_keeps_a_pipe_typed_into_a_cell() -> None:
    table = Table(((Text("a|b"),),), (((Code("x|y"),),),))
    assert canonical_blocks(parse_markdown(write_markdown([table]))) == (table,)


# --- properties -----------------------------------------------------------------------------

_PIECES = [
    *"abc äöü AB 12 .,;:-()'\"?%&/=+\n\n\n   \t*_[]#>|`!\\~<",
    *["1. ", "- ", "&amp;", "    ", "===", "---", "\r\n", "\u00a0", "+ ", "* ", "1) ", "> ", "\n    ", "&#32;"],
    *["http://x.de", "**", "\n\n- a\n", "\n\n1. b\n", "  \n", "\n\n", "\n\n  - c", "<div>", "```", "~~~", "\\\n"],
    *["| a | b |\n| --- | --- |\n| 1 | 2 |", "[x](https://y.de)", "![a](b.png)", "<https://a.de>", "# ", "\n---\n"],
]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_canonical_form_is_stable(text: str) -> None:
    # The migration writes it once; the editor writes it again without a change.
    once = canonical_markdown(text)
    assert canonical_markdown(once) == once


_LETTERS = st.sampled_from([*"ab (),.!?*_`[]<>#&|\\-1", "\u00a0", " ", "ä", "ß", "€", "\t", "&#32;"])
_RUNS = st.builds(
    lambda text, strong, emphasis, link, code: Run(Code(text) if code else text, strong, emphasis, link),
    st.lists(_LETTERS, min_size=1, max_size=4).map("".join),
    st.booleans(),
    st.booleans(),
    st.sampled_from([None, None, "https://a.de", "dokument:2"]),
    st.booleans(),
)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.one_of(_RUNS, _RUNS, _RUNS, st.just(Run(LineBreak()))), max_size=8))
def test_any_formatted_text_keeps_every_character_and_writes_stably(runs: list[Run]) -> None:
    # Markdown characters right at the edges of formats: whatever the writer must do there,
    # no character is lost, added or turned into markup, and writing again keeps the bytes.
    blocks = canonical_blocks([Paragraph(nest_runs(runs))])
    text = write_markdown(blocks)
    back = canonical_blocks(parse_markdown(text))
    assert [c[0] for c in chars(list(back))] == [c[0] for c in chars(list(blocks))]
    assert write_markdown(back) == text


_WORD = st.lists(
    st.sampled_from([*"abcäöüßABÄ€19", "a_b", "5*3", "x|y", "C:\\", "&amp;", "<b>"]), min_size=1, max_size=3
).map("".join)
_SENTENCE_END = st.sampled_from(["", "", ",", ".", "!", "?", ":", ")"])
_WORDS = st.builds(
    lambda word, end, strong, emphasis, link: Run(word + end, strong, emphasis, link),
    _WORD,
    _SENTENCE_END,
    st.booleans(),
    st.booleans(),
    st.sampled_from([None, None, None, "https://a.de"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.one_of(_WORDS, _WORDS, _WORDS, st.just(Run(LineBreak()))), min_size=1, max_size=10))
def test_words_formatted_as_an_official_selects_them_keep_their_formats(runs: list[Run]) -> None:
    # Bold, italic and links set on whole words (with their trailing punctuation), blanks between.
    spaced: list[Run] = []
    for run in runs:
        if spaced and not isinstance(run.piece, LineBreak) and not isinstance(spaced[-1].piece, LineBreak):
            spaced.append(Run(" "))
        spaced.append(run)
    blocks = canonical_blocks([Paragraph(nest_runs(spaced))])
    text = write_markdown(blocks)
    assert canonical_blocks(parse_markdown(text)) == blocks, text


def test_emphasis_inside_other_emphasis_keeps_both() -> None:
    blocks = [para(Run("a"), Run("b", strong=True, emphasis=True), Run("c", emphasis=True))]
    text = write_markdown(blocks)
    assert chars(list(canonical_blocks(parse_markdown(text)))) == chars(list(canonical_blocks(blocks)))
    assert canonical_blocks(parse_markdown(text)) == canonical_blocks(
        [Paragraph((Text("a"), Emphasis((Strong((Text("b"),)), Text("c")))))]
    )


def test_blanks_kept_at_line_ends_are_blanks_in_the_html_export_too() -> None:
    from exports.html_markdown import BodyRenderer, PageState

    text = write_markdown([Paragraph((Text("  eingerückt "), LineBreak(), Text("&#32; getippt "), Code("a&#32;")))])
    rendered = BodyRenderer(PageState()).render(text, 2)
    assert rendered == "<p>&#32; eingerückt&#32;<br>\n&amp;#32; getippt <code>a&amp;#32;</code></p>"


def _visible_lines(blocks: list[object]) -> list[str]:
    from exports.markdown_ast import Code, LineBreak, Paragraph, Text

    paragraphs: list[str] = []
    for block in blocks:
        assert isinstance(block, Paragraph)
        parts: list[str] = []
        for item in block.children:
            assert isinstance(item, Text | Code | LineBreak), item  # no format appears from typed characters
            parts.append("\n" if isinstance(item, LineBreak) else item.text)
        paragraphs.append("".join(parts))
    return paragraphs


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab äß€*_#>\\|[]()<&~`!-+.1:\n\t"), max_size=40))
def test_literal_markdown_reads_back_as_the_typed_characters(typed: str) -> None:
    """A plain field brought over to formatted text keeps every character; lines stay lines."""
    import re

    from exports.markdown_ast import literal_markdown

    expected = [
        re.sub(r"^([ \t]*\n)+|(\n[ \t]*)+$", "", p) for p in re.split(r"\n[ \t]*\n", typed) if p.strip()
    ]  # blank lines at a paragraph's edges show nothing
    written = literal_markdown(typed)
    assert _visible_lines(parse_markdown(written)) == expected
    assert literal_markdown(typed) == written
