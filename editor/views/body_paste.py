"""What a paste brings into a body: clipboard HTML from Word, LibreOffice and web pages as our tree.

The clipboard's HTML is read with lxml (already installed with python-docx) into the
editor's lines (:class:`exports.markdown_ast.Line`) and built into the Markdown tree, so
that the editor shows at once exactly what will be saved. What a body can hold stays:
bold, italic, links, lists (nested), tables, headings, quotes, code, line breaks. What
it cannot hold is dropped: fonts, sizes, colours, styles, comments, images, a wiki's
"[Bearbeiten]" links and table of contents, and the non-breaking blanks that pad Word's
list numbers and empty paragraphs.

Word writes lists as paragraphs (``class=MsoListParagraph``, ``style='mso-list:l0 level2
lfo1'``) whose bullet or number is text in a ``mso-list:Ignore`` span, often inside
``<![if !supportLists]>``; those paragraphs become real lists, nested by their level,
numbered where the marker is a number or letter.

No Qt here: the module is tested on plain strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import count

import lxml.html
from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]

from editor.views.body_paste_rules import (
    BLANKS,
    BLOCK_TAGS,
    CONDITIONAL,
    HEADINGS,
    INVISIBLE,
    WORD_LIST,
    Style,
    css_of,
    inline_style,
    int_of,
    is_skipped,
    marker_number,
    table_rows,
    tidy_lines,
    word_marker,
)
from exports.markdown_ast import (
    Block,
    Code,
    CodeBlock,
    Heading,
    Inline,
    Line,
    LineBreak,
    ListLevel,
    Paragraph,
    Run,
    Table,
    Text,
    ThematicBreak,
    build_blocks,
    inline_runs,
    nest_runs,
)


def html_blocks(html: str) -> list[Block]:
    """Return the blocks that clipboard ``html`` shows, without what a body cannot hold."""
    start = html.find("<!--StartFragment-->")
    end = html.find("<!--EndFragment-->")
    if 0 <= start < end:
        html = html[start + len("<!--StartFragment-->") : end]
    # Word's "downlevel-revealed" conditions: the markers go, their content (list numbers,
    # picture fallbacks) is judged like any other.
    html = CONDITIONAL.sub("", html)
    if not html.strip():
        return []
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return text_blocks(html)
    reader = _Reader()
    reader.visit(root, Style())
    reader.flush(hard=True)
    return list(build_blocks(tidy_lines(reader.lines)))


def text_blocks(text: str) -> list[Block]:
    """Return plain ``text`` as paragraphs, one per line, every character as it is."""
    lines = INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")).split("\n")
    return [Paragraph((Text(line),)) for line in lines if line.strip()]


@dataclass(slots=True)
class _OpenList:
    key: int
    ordered: bool
    number: int


@dataclass(slots=True)
class _Reader:
    """Walks the HTML tree and collects the editor's lines."""

    keys: count[int] = field(default_factory=lambda: count(1))
    lines: list[Line] = field(default_factory=list[Line])
    runs: list[Run] = field(default_factory=list[Run])
    lists: list[_OpenList] = field(default_factory=list[_OpenList])
    word_lists: list[tuple[str, _OpenList]] = field(default_factory=list[tuple[str, _OpenList]])
    last_closed: tuple[int, bool, int] | None = None  # the list that just ended: key, numbered, depth
    quote: int = 0
    heading: int = 0
    item_pending: bool = False

    # --- lines ---------------------------------------------------------------------------

    def levels(self) -> tuple[ListLevel, ...]:
        open_lists = [*(entry for _, entry in self.word_lists), *self.lists]
        return tuple(ListLevel(entry.key, entry.ordered, entry.number) for entry in open_lists)

    def flush(self, hard: bool = False) -> None:
        """End the current paragraph; ``hard``: an item without any text still becomes one."""
        if not self.runs and not (hard and self.item_pending):
            return
        inlines = nest_runs(self.runs)
        block: Paragraph | Heading = Heading(self.heading, inlines) if self.heading else Paragraph(inlines)
        self.lines.append(Line(block, self.quote, self.levels(), self.item_pending))
        self.runs = []
        self.item_pending = False

    def add_line(self, block: CodeBlock | ThematicBreak | Table) -> None:
        self.flush()
        self.lines.append(Line(block, self.quote, self.levels(), self.item_pending))
        self.item_pending = False

    # --- the tree --------------------------------------------------------------------------

    def visit(self, element: etree._Element, style: Style) -> None:  # pyright: ignore[reportPrivateUsage]
        tag = element.tag
        # A comment (LibreOffice writes a Word comment so) or processing instruction is left out.
        if isinstance(tag, str) and not is_skipped(element, tag.lower()):
            self.element(element, tag.lower(), style)
        self._tail(element, style)

    def element(self, element: etree._Element, tag: str, style: Style) -> None:  # pyright: ignore[reportPrivateUsage]
        if tag == "br":
            self.runs.append(Run(LineBreak()))
            return
        word = WORD_LIST.search(element.get("style") or "")
        classes = (element.get("class") or "").split()
        if tag == "p" and (word or any(c.startswith("MsoList") for c in classes)):
            self.word_paragraph(element, style, word)
        elif tag in ("ul", "ol"):
            self.list(element, style, tag == "ol")
        elif tag == "li":
            self.item(element, style)
        elif tag == "table":
            self.table(element, style)
        elif tag == "pre":
            self.add_line(CodeBlock(element.text_content().strip("\n")))
        elif tag == "hr":
            self.add_line(ThematicBreak())
        elif tag == "blockquote":
            self.flush()
            self.quote += 1
            self.children(element, style)
            self.flush(hard=True)
            self.quote -= 1
        elif tag in HEADINGS:
            self.flush()
            self.end_word_lists()
            self.heading = HEADINGS[tag]
            self.children(element, style)
            self.flush()
            self.heading = 0
        elif tag in BLOCK_TAGS:
            self.flush()
            if tag == "p":
                self.end_word_lists()
            self.children(element, style)
            self.flush()
        else:
            self.children(element, inline_style(tag, css_of(element.get("style") or ""), element, style))

    def _tail(self, element: etree._Element, style: Style) -> None:  # pyright: ignore[reportPrivateUsage]
        """Read the text after ``element`` (it belongs to the parent, in the parent's formats)."""
        if element.tail:
            self.text(element.tail, style)

    def children(self, element: etree._Element, style: Style) -> None:  # pyright: ignore[reportPrivateUsage]
        if element.text:
            self.text(element.text, style)
        for child in element:
            self.visit(child, style)

    def text(self, value: str, style: Style) -> None:
        value = INVISIBLE.sub("", value)
        if not value or (not self.runs and not value.strip(" \t\n\r\f")):
            return  # nothing, or the blanks between blocks
        # Browsers write the blank at the edge of a copied element as a non-breaking one; one typed
        # between words ("§ 5") stays.
        if value[0] == "\u00a0":
            value = " " + value[1:]
        if value[-1] == "\u00a0":
            value = value[:-1] + " "
        if style.code:
            self.runs.append(Run(Code(BLANKS.sub(" ", value)), style.strong, style.emphasis, style.link))
        else:
            self.runs.append(Run(BLANKS.sub(" ", value), style.strong, style.emphasis, style.link))

    # --- lists ---------------------------------------------------------------------------

    def list(self, element: etree._Element, style: Style, ordered: bool) -> None:  # pyright: ignore[reportPrivateUsage]
        self.flush()
        self.end_word_lists()
        start = int_of(element.get("start"), 1) if ordered else 1
        previous = self.lines[-1] if self.lines else None
        key = next(self.keys)
        # LibreOffice writes every item of a Word list as a list of its own: lists of one kind
        # in a row (and not inside an item of theirs) are one list.
        if (
            previous is not None
            and self.last_closed is not None
            and self.last_closed[1] == ordered
            and self.last_closed[2] == len(self.lists)
            and previous.lists
            and len(previous.lists) == len(self.lists) + 1
            and previous.lists[-1].key == self.last_closed[0]
            and not self.runs
        ):
            key = self.last_closed[0]
            if ordered and element.get("start") is None:
                start = previous.lists[-1].number + 1
        entry = _OpenList(key, ordered, start - 1)
        self.lists.append(entry)
        self.children(element, style)
        self.flush(hard=True)
        self.lists.pop()
        self.last_closed = (key, ordered, len(self.lists))

    def item(self, element: etree._Element, style: Style) -> None:  # pyright: ignore[reportPrivateUsage]
        self.flush(hard=True)
        if not self.lists:
            self.lists.append(_OpenList(next(self.keys), False, 0))  # an item outside a list
        current = self.lists[-1]
        current.number = int_of(element.get("value"), current.number + 1)
        self.item_pending = True
        self.children(element, style)
        self.flush(hard=True)

    def word_paragraph(self, element: etree._Element, style: Style, word: re.Match[str] | None) -> None:  # pyright: ignore[reportPrivateUsage]
        """Read a Word list paragraph: its level and list from the style, its kind from the marker."""
        self.flush()
        if word is None:
            # A paragraph in a list's indent without a number of its own: more text of the item.
            self.children(element, style)
            self.flush()
            return
        ident = f"{word.group(1)}-{word.group(3)}"
        level = max(1, int(word.group(2)))
        marker = word_marker(element)
        number = marker_number(marker)
        while len(self.word_lists) > level:
            self.word_lists.pop()
        if len(self.word_lists) == level and self.word_lists[-1][0] != ident:
            self.word_lists.pop()
        while len(self.word_lists) < level:
            depth = len(self.word_lists) + 1
            ordered = number is not None if depth == level else False
            self.word_lists.append((ident, _OpenList(next(self.keys), ordered, (number or 1) - 1)))
        entry = self.word_lists[-1][1]
        entry.number = number if number is not None and entry.ordered else entry.number + 1
        self.item_pending = True
        self.children(element, style)
        self.flush(hard=True)

    def end_word_lists(self) -> None:
        self.word_lists = []

    # --- tables --------------------------------------------------------------------------

    def table(self, element: etree._Element, style: Style) -> None:  # pyright: ignore[reportPrivateUsage]
        self.flush()
        self.end_word_lists()
        rows: list[tuple[tuple[Inline, ...], ...]] = []
        for row in table_rows(element):
            cells: list[tuple[Inline, ...]] = []
            for cell in row:
                reader = _Reader(keys=self.keys)
                reader.visit_cell(cell, style)
                cells.append(nest_runs(_cell_runs(reader)))
            if cells:
                rows.append(tuple(cells))
        if rows:
            self.lines.append(Line(Table(rows[0], tuple(rows[1:]))))

    def visit_cell(self, cell: etree._Element, style: Style) -> None:  # pyright: ignore[reportPrivateUsage]
        self.children(cell, style)
        self.flush()


def _cell_runs(reader: _Reader) -> list[Run]:
    """Return the text of a cell on one line: its paragraphs and items parted by a blank."""
    runs: list[Run] = []
    for line in reader.lines:
        block = line.block
        if isinstance(block, Paragraph | Heading):
            if runs:
                runs.append(Run(" "))
            runs.extend(Run(" ") if isinstance(run.piece, LineBreak) else run for run in inline_runs(block.children))
        elif isinstance(block, CodeBlock):
            if runs:
                runs.append(Run(" "))
            runs.append(Run(Code(block.text.replace("\n", " "))))
        elif isinstance(block, Table):
            for row in (block.header, *block.rows):
                for cell in row:
                    if runs:
                        runs.append(Run(" "))
                    runs.extend(inline_runs(cell))
    return runs
