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
from lxml import etree

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

_SKIPPED_TAGS = frozenset(
    {
        "head",
        "title",
        "meta",
        "link",
        "style",
        "script",
        "noscript",
        "template",
        "img",
        "picture",
        "svg",
        "math",
        "object",
        "embed",
        "iframe",
        "video",
        "audio",
        "canvas",
        "map",
        "area",
        "button",
        "input",
        "select",
        "textarea",
        "xml",
    }
)
_SKIPPED_CLASSES = frozenset(
    {
        "mw-editsection",  # MediaWiki's "[Bearbeiten | Quelltext bearbeiten]"
        "mw-jump-link",
        "toc",
        "mw-cite-backlink",
        "MsoCommentReference",  # Word's comment marks and the comment list
        "msocomanchor",
        "msocomoff",
        "msocomtxt",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "nav",
        "aside",
        "figure",
        "figcaption",
        "address",
        "center",
        "body",
        "html",
        "form",
        "fieldset",
        "legend",
        "details",
        "summary",
        "dl",
        "dt",
        "dd",
        "caption",
    }
)
_CODE_TAGS = frozenset({"code", "kbd", "samp", "tt"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLANKS = re.compile(r"[ \t\n\r\f]+")
_INVISIBLE = re.compile("[\u200b\ufeff\u00ad\x00-\x08\x0b\x0e-\x1f\x7f]")
_WORD_LIST = re.compile(r"mso-list\s*:\s*l(\d+)\s+level(\d+)\s+lfo(\d+)", re.IGNORECASE)
_CONDITIONAL = re.compile(r"<!\[(?:if[^\]]*|endif)\]>", re.IGNORECASE)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_NUMBER_MARKER = re.compile(r"^\(?(\d{1,9})[.)]?$|^\(?([a-zA-Z])[.)]$|^\(?([ivxlcdmIVXLCDM]+)[.)]$")


def html_blocks(html: str) -> list[Block]:
    """Return the blocks that clipboard ``html`` shows, without what a body cannot hold."""
    start = html.find("<!--StartFragment-->")
    end = html.find("<!--EndFragment-->")
    if 0 <= start < end:
        html = html[start + len("<!--StartFragment-->") : end]
    # Word's "downlevel-revealed" conditions: the markers go, their content (list numbers,
    # picture fallbacks) is judged like any other.
    html = _CONDITIONAL.sub("", html)
    if not html.strip():
        return []
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return text_blocks(html)
    reader = _Reader()
    reader.visit(root, _Style())
    reader.flush(hard=True)
    return list(build_blocks(_tidy_lines(reader.lines)))


def text_blocks(text: str) -> list[Block]:
    """Return plain ``text`` as paragraphs, one per line, every character as it is."""
    lines = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")).split("\n")
    return [Paragraph((Text(line),)) for line in lines if line.strip()]


@dataclass(frozen=True, slots=True)
class _Style:
    """The inline formats in force: bold, italic, link, code."""

    strong: bool = False
    emphasis: bool = False
    link: str | None = None
    code: bool = False


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

    def visit(self, element: etree._Element, style: _Style) -> None:  # pyright: ignore[reportPrivateUsage]
        tag = element.tag
        # A comment (LibreOffice writes a Word comment so) or processing instruction is left out.
        if isinstance(tag, str) and not _skipped(element, tag.lower()):
            self.element(element, tag.lower(), style)
        self._tail(element, style)

    def element(self, element: etree._Element, tag: str, style: _Style) -> None:  # pyright: ignore[reportPrivateUsage]
        if tag == "br":
            self.runs.append(Run(LineBreak()))
            return
        word = _WORD_LIST.search(element.get("style") or "")
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
        elif tag in _HEADINGS:
            self.flush()
            self.end_word_lists()
            self.heading = _HEADINGS[tag]
            self.children(element, style)
            self.flush()
            self.heading = 0
        elif tag in _BLOCK_TAGS:
            self.flush()
            if tag == "p":
                self.end_word_lists()
            self.children(element, style)
            self.flush()
        else:
            self.children(element, _inline_style(tag, _css(element.get("style") or ""), element, style))

    def _tail(self, element: etree._Element, style: _Style) -> None:  # pyright: ignore[reportPrivateUsage]
        """Read the text after ``element`` (it belongs to the parent, in the parent's formats)."""
        if element.tail:
            self.text(element.tail, style)

    def children(self, element: etree._Element, style: _Style) -> None:  # pyright: ignore[reportPrivateUsage]
        if element.text:
            self.text(element.text, style)
        for child in element:
            self.visit(child, style)

    def text(self, value: str, style: _Style) -> None:
        value = _INVISIBLE.sub("", value)
        if not value or (not self.runs and not value.strip(" \t\n\r\f")):
            return  # nothing, or the blanks between blocks
        # Browsers write the blank at the edge of a copied element as a non-breaking one; one typed
        # between words ("§ 5") stays.
        if value[0] == "\u00a0":
            value = " " + value[1:]
        if value[-1] == "\u00a0":
            value = value[:-1] + " "
        if style.code:
            self.runs.append(Run(Code(_BLANKS.sub(" ", value)), style.strong, style.emphasis, style.link))
        else:
            self.runs.append(Run(_BLANKS.sub(" ", value), style.strong, style.emphasis, style.link))

    # --- lists ---------------------------------------------------------------------------

    def list(self, element: etree._Element, style: _Style, ordered: bool) -> None:  # pyright: ignore[reportPrivateUsage]
        self.flush()
        self.end_word_lists()
        start = _int(element.get("start"), 1) if ordered else 1
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

    def item(self, element: etree._Element, style: _Style) -> None:  # pyright: ignore[reportPrivateUsage]
        self.flush(hard=True)
        if not self.lists:
            self.lists.append(_OpenList(next(self.keys), False, 0))  # an item outside a list
        current = self.lists[-1]
        current.number = _int(element.get("value"), current.number + 1)
        self.item_pending = True
        self.children(element, style)
        self.flush(hard=True)

    def word_paragraph(self, element: etree._Element, style: _Style, word: re.Match[str] | None) -> None:  # pyright: ignore[reportPrivateUsage]
        """Read a Word list paragraph: its level and list from the style, its kind from the marker."""
        self.flush()
        if word is None:
            # A paragraph in a list's indent without a number of its own: more text of the item.
            self.children(element, style)
            self.flush()
            return
        ident = f"{word.group(1)}-{word.group(3)}"
        level = max(1, int(word.group(2)))
        marker = _word_marker(element)
        number = _marker_number(marker)
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

    def table(self, element: etree._Element, style: _Style) -> None:  # pyright: ignore[reportPrivateUsage]
        self.flush()
        self.end_word_lists()
        rows: list[tuple[tuple[Inline, ...], ...]] = []
        for row in _rows(element):
            cells: list[tuple[Inline, ...]] = []
            for cell in row:
                reader = _Reader(keys=self.keys)
                reader.visit_cell(cell, style)
                cells.append(nest_runs(_cell_runs(reader)))
            if cells:
                rows.append(tuple(cells))
        if rows:
            self.lines.append(Line(Table(rows[0], tuple(rows[1:]))))

    def visit_cell(self, cell: etree._Element, style: _Style) -> None:  # pyright: ignore[reportPrivateUsage]
        self.children(cell, style)
        self.flush()


def _skipped(element: etree._Element, tag: str) -> bool:  # pyright: ignore[reportPrivateUsage]
    """Return whether ``element`` and what it holds are left out of a paste (the text after it stays)."""
    if tag in _SKIPPED_TAGS or (":" in tag and tag.split(":")[0] in ("v", "w", "m")):
        return True
    if set((element.get("class") or "").split()) & _SKIPPED_CLASSES or element.get("id") == "toc":
        return True
    css = _css(element.get("style") or "")
    if "ignore" in css.get("mso-list", "").lower() or css.get("mso-element", "").startswith("comment"):
        return True  # Word's list numbers with their padding, and its comments
    return css.get("display", "").strip().lower() == "none"


def _rows(table: etree._Element) -> list[list[etree._Element]]:  # pyright: ignore[reportPrivateUsage]
    """Return the cells of each row of ``table`` (rows of nested tables excluded)."""
    rows: list[list[etree._Element]] = []  # pyright: ignore[reportPrivateUsage]
    for child in table:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag in ("thead", "tbody", "tfoot"):
            rows.extend(_rows(child))
        elif tag == "tr":
            rows.append([cell for cell in child if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")])
    return rows


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


def _word_marker(element: etree._Element) -> str:  # pyright: ignore[reportPrivateUsage]
    """Return the bullet or number Word wrote in the paragraph's ``mso-list:Ignore`` span."""
    for node in element.iter():
        if isinstance(node.tag, str) and "ignore" in _css(node.get("style") or "").get("mso-list", "").lower():
            return node.text_content().replace("\xa0", " ").strip()
    return ""


def _marker_number(marker: str) -> int | None:
    """Return the number a list marker stands for ("3." 3, "b)" 2, "iv." 4), None for a bullet."""
    match = _NUMBER_MARKER.match(marker)
    if match is None:
        return None
    if match.group(1):
        return int(match.group(1))
    letter = match.group(2)
    if letter and letter.lower() != "i":
        return ord(letter.lower()) - ord("a") + 1  # "i" alone starts a roman list, other letters count
    roman = (letter or match.group(3)).lower()
    total = 0
    for n, char in enumerate(roman):
        value = _ROMAN[char]
        following = _ROMAN[roman[n + 1]] if n + 1 < len(roman) else 0
        total += -value if value < following else value
    return total if total > 0 else None


def _css(style: str) -> dict[str, str]:
    """Return the declarations of a ``style`` attribute (property names lower case)."""
    found: dict[str, str] = {}
    for declaration in style.split(";"):
        name, colon, value = declaration.partition(":")
        if colon:
            found[name.strip().lower()] = value.strip()
    return found


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _inline_style(tag: str, css: dict[str, str], element: etree._Element, style: _Style) -> _Style:  # pyright: ignore[reportPrivateUsage]
    """Return the formats inside an inline element: its tag, then its style attribute."""
    strong, emphasis, link, code = style.strong, style.emphasis, style.link, style.code
    if tag in ("b", "strong"):
        strong = True
    elif tag in ("i", "em", "cite", "dfn", "var"):
        emphasis = True
    elif tag in _CODE_TAGS:
        code = True
    elif tag == "a":
        href = (element.get("href") or "").strip()
        if href and _keeps_link(href):
            link = href
    weight = css.get("font-weight", "").lower()
    if weight in ("bold", "bolder") or (weight.isdigit() and int(weight) >= 600):
        strong = True
    elif weight in ("normal", "lighter") or (weight.isdigit() and int(weight) < 600):
        strong = False  # Google Docs wraps everything in <b style="font-weight:normal">
    font_style = css.get("font-style", "").lower()
    if font_style in ("italic", "oblique"):
        emphasis = True
    elif font_style == "normal":
        emphasis = False
    return _Style(strong, emphasis, link, code)


def _keeps_link(href: str) -> bool:
    """Return whether a pasted link is kept: not a script, a jump inside the page or a wiki's edit link."""
    lowered = href.lower()
    if lowered.startswith(("javascript:", "#", "data:", "file:")):
        return False
    return "action=edit" not in lowered and "veaction=edit" not in lowered


# --- tidying --------------------------------------------------------------------------------

_PADDING = re.compile("[ \u00a0]{2,}")


def _tidy_lines(lines: list[Line]) -> list[Line]:
    """Return lines with HTML's blank rules applied and padding dropped; headings start at level 1."""
    out: list[Line] = []
    for line in lines:
        block = line.block
        if isinstance(block, Paragraph | Heading):
            runs = _tidy_blanks(inline_runs(block.children))
            inlines = nest_runs(runs)
            if not runs and not line.item:
                continue  # an empty paragraph (Word's <p>&nbsp;</p>) shows nothing
            block = Heading(block.level, inlines) if isinstance(block, Heading) else Paragraph(inlines)
            line = Line(block, line.quote, line.lists, line.item)
        elif isinstance(block, Table):
            cells = lambda row: tuple(nest_runs(_tidy_blanks(inline_runs(cell))) for cell in row)  # noqa: E731
            line = Line(Table(cells(block.header), tuple(cells(row) for row in block.rows)))
        out.append(line)
    levels = [line.block.level for line in out if isinstance(line.block, Heading)]
    if levels and min(levels) > 1:
        shift = min(levels) - 1
        out = [
            Line(Heading(line.block.level - shift, line.block.children), line.quote, line.lists, line.item)
            if isinstance(line.block, Heading)
            else line
            for line in out
        ]
    return out


def _tidy_blanks(runs: list[Run]) -> list[Run]:
    """Collapse blanks as a browser shows them and drop non-breaking padding at the ends of lines."""
    out: list[Run] = []
    previous_blank = True  # at the start of a line
    for run in runs:
        piece = run.piece
        if isinstance(piece, LineBreak):
            _trim_end(out)
            out.append(run)
            previous_blank = True
            continue
        if not isinstance(piece, str):
            out.append(run)
            previous_blank = False
            continue
        text = _PADDING.sub(" ", piece)
        if previous_blank:
            text = text.lstrip(" \u00a0")
        if text:
            out.append(Run(text, run.strong, run.emphasis, run.link))
            previous_blank = text[-1] in " \u00a0"
    _trim_end(out)
    return out


def _trim_end(runs: list[Run]) -> None:
    while runs and isinstance(runs[-1].piece, str):
        text = runs[-1].piece.rstrip(" \u00a0")
        if text:
            runs[-1] = Run(text, runs[-1].strong, runs[-1].emphasis, runs[-1].link)
            return
        runs.pop()
