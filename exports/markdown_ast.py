"""Markdown bodies as a small tree of frozen dataclasses, shared by the wiki and Word exporters.

The body editor is Qt's ``QTextEdit``; ``QTextDocument.toMarkdown()`` writes CommonMark.
We read it with pulldown-cmark (through pyromark), a CommonMark parser written in Rust
that hands us its events; we build our tree from them instead of writing a parser. It
reads 2,000 section bodies in about 20 ms, where Python-Markdown needed over a second.
GFM tables are on; nothing else beyond CommonMark is.

Our dialect on top of CommonMark:

- raw HTML and HTML entities are literal text (``<script>`` stays the characters
  ``<script>``, ``&amp;`` the five characters typed; nothing is ever passed through as markup);
- soft line breaks inside a paragraph become a single space in :class:`Text`;
- paragraphs and code blocks that hold only blanks are dropped;
- ``[Text](dokument:7)`` is an ordinary :class:`Link` whose url names document 7.

:func:`render_markdown` writes a tree back as Markdown that parses to the same tree
(the wiki importer uses it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

import pyromark

# --- the tree -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    """Plain text, already unescaped."""

    text: str


@dataclass(frozen=True, slots=True)
class Strong:
    """Bold text."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Emphasis:
    """Italic text."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Code:
    """Inline code, verbatim."""

    text: str


@dataclass(frozen=True, slots=True)
class Link:
    """A link; ``url`` is as written (``https://…``, ``dokument:7`` …)."""

    url: str
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class LineBreak:
    """A hard line break inside a paragraph."""


@dataclass(frozen=True, slots=True)
class Image:
    """An image reference with its alt text."""

    alt: str
    url: str


Inline = Text | Strong | Emphasis | Code | Link | LineBreak | Image


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of inline content."""

    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading inside a body; ``level`` 1 is the highest level below the section title."""

    level: int
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class ListItem:
    """One list item with its blocks (usually a paragraph and maybe a nested list)."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class BulletList:
    """An unordered list."""

    items: tuple[ListItem, ...]


@dataclass(frozen=True, slots=True)
class OrderedList:
    """A numbered list starting at ``start``."""

    items: tuple[ListItem, ...]
    start: int = 1


@dataclass(frozen=True, slots=True)
class Table:
    """A table: one header row (may be empty) and body rows; a cell is a tuple of inlines."""

    header: tuple[tuple[Inline, ...], ...]
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]


@dataclass(frozen=True, slots=True)
class CodeBlock:
    """A block of verbatim text."""

    text: str


@dataclass(frozen=True, slots=True)
class BlockQuote:
    """A quoted block."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class ThematicBreak:
    """A horizontal rule."""


Block = Paragraph | Heading | BulletList | OrderedList | Table | CodeBlock | BlockQuote | ThematicBreak

# --- CommonMark (pulldown-cmark's events) to our tree -----------------------------------

_OPTIONS = pyromark.Options.ENABLE_TABLES
_SOFT_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_LINE_START_TAG = re.compile(r"^( {0,3})<", re.MULTILINE)
_BLOCK_TYPES = (Paragraph, Heading, BulletList, OrderedList, Table, CodeBlock, BlockQuote, ThematicBreak)


def parse_markdown(text: str) -> list[Block]:
    """Return the blocks of a Markdown body (CommonMark as Qt writes it, or hand-typed)."""
    return list(_parse(text))


@lru_cache(maxsize=4096)
def _parse(text: str) -> tuple[Block, ...]:
    # Cached: the wiki preview exports the whole page again after every edit, and the tree
    # is immutable.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # line ends as CommonMark counts them
    if _SHORT_INDENTED_ITEM.search(text) and _ORDERED_ITEM.search(text):
        text = _nest_qt_lists(text)  # only numbered items have a text column past three blanks
    if "&" not in text:
        return tuple(_build(text, ""))
    # CommonMark decodes entities (&amp; is "&"); in our dialect they are the characters typed.
    # Characters the text does not contain stand in for "&" and for the escape "\&" while
    # parsing, which keeps every entity literal and changes nothing else: "&" means nothing
    # else in Markdown.
    # They are symbols, as "&" is punctuation, so that emphasis next to them is read alike.
    free = (
        char
        for code in (*range(0x2600, 0x2800), *range(0x1F300, 0x1F600), *range(0x1F600, 0x1FC00), *range(0x2190, 0x2600))
        if unicodedata.category(char := chr(code)) == "So" and char not in text
    )
    first, second = next(free, ""), next(free, "")
    if not second:
        return tuple(_build(text, ""))  # a text holding thousands of symbols: its entities are decoded
    sentinel = first + second
    replaced = _AMPERSAND.sub(lambda m: m.group(0) if m.group(0) == "\\\\" else sentinel[len(m.group(0)) - 1], text)
    return tuple(_build(replaced, sentinel))


_AMPERSAND = re.compile(r"\\[\\&]|&")  # an escaped backslash is skipped, so "\\&" is a plain "&"


def _text(value: str, sentinel: str) -> str:
    """Return text with the stand-ins of :func:`_parse` back as "&" (an escaped one too)."""
    return value.replace(sentinel[0], "&").replace(sentinel[1], "&") if sentinel else value


def _verbatim(value: str, sentinel: str) -> str:
    """Return code with the stand-ins back as typed ("\\&" stays, as escapes do in code)."""
    return value.replace(sentinel[0], "&").replace(sentinel[1], "\\&") if sentinel else value


_SHORT_INDENTED_ITEM = re.compile(r"^ {1,3}(?:[-+*]|\d{1,9}[.)])(?: |$)", re.MULTILINE)
_ORDERED_ITEM = re.compile(r"^ *\d{1,9}[.)](?: |$)", re.MULTILINE)
_ITEM = re.compile(r"^( *)([-+*]|\d{1,9}[.)])( {1,4}|$)")
_FENCE_LINE = re.compile(r"^ *(```|~~~)")


def _nest_qt_lists(text: str) -> str:
    """Move list items that Qt indents short of their parent's text to where CommonMark nests them.

    Qt indents a nested list by its own marker's width per level: a bullet under
    "1.  a" gets two spaces, not the four that would nest it, and the list would read as
    two separate lists. An item indented deeper than the item above it, but short of
    that item's text, moves to the text column; the lines under it move along.
    """
    if any(line.lstrip(" ").startswith(">") for line in text.split("\n")):
        return text  # quotes have their own columns; Qt writes no lists in them
    out: list[str] = []
    stack: list[tuple[int, int, int]] = []  # open items: marker column, text column (as written), shift
    fence = ""
    previous_blank = True
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        shift = stack[-1][2] if stack else 0
        if fence:
            out.append(" " * shift + line if shift and line else line)
            if line.strip().startswith(fence):
                fence = ""
            continue
        if not line.strip():
            out.append(line)
            previous_blank = True
            continue
        item = _ITEM.match(line)
        if item:
            while stack and indent <= stack[-1][0]:
                stack.pop()
            if stack and indent < stack[-1][1]:
                shift = stack[-1][1] + stack[-1][2] - indent  # onto the parent's text column
            else:
                shift = stack[-1][2] if stack else 0
            stack.append((indent, indent + len(item.group(2)) + max(1, len(item.group(3))), shift))
        else:
            while stack and previous_blank and indent < stack[-1][1]:
                stack.pop()  # a paragraph after a blank line, left of the item's text: the list is over
            shift = stack[-1][2] if stack and indent >= stack[-1][1] else 0
            fence_match = _FENCE_LINE.match(line)
            if fence_match:
                fence = fence_match.group(1)
        out.append(" " * shift + line if shift else line)
        previous_blank = False
    return "\n".join(out)


def clear_cache() -> None:
    """Forget cached parse results (benchmarks measure cold parsing with it)."""
    _parse.cache_clear()


MAX_DEPTH = 24
"""Containers nested deeper than this (lists, quotes, emphasis …) are flattened into their parent.

No real text nests that deep; hostile text ("- - - - …" three thousand times) would
otherwise make every recursive reader of the tree, here and in the exporters, fail.
"""

_FLATTENED = "Flattened"
_FLATTENABLE = frozenset({"List", "Item", "BlockQuote", "Strong", "Emphasis", "Link", "Image"})


def _build(text: str, sentinel: str, html_depth: int = 0) -> list[Block]:
    """Turn the events of ``text`` into blocks; ``sentinel`` holds the stand-ins of :func:`_parse` (or is empty).

    Every open container is a frame on the stack: its kind, its datum and the list its
    parent collects into. Inline text stays plain ``str`` pieces until its container
    closes (see :func:`_inlines`).
    """
    root: list[Any] = []
    stack: list[tuple[str, Any, list[Any]]] = []
    children = root
    for event in cast("Iterator[Any]", pyromark.events(text, options=_OPTIONS)):
        if type(event) is str:
            if event == "SoftBreak":
                children.append(" ")  # a line end inside a paragraph is a blank
            elif event == "HardBreak":
                children.append(LineBreak())
            elif event == "Rule":
                children.append(ThematicBreak())
            continue
        (key,) = event
        value = event[key]
        if key == "Text" or key == "Html":
            children.append(value)
        elif key == "Start":
            if type(value) is str:
                kind, datum = value, None
            else:
                ((kind, datum),) = value.items()
            if len(stack) >= MAX_DEPTH and kind in _FLATTENABLE:
                # Too deep: the content goes straight into the container above (in place, so
                # that thousands of levels cost no copying), words kept apart by a blank.
                stack.append((_FLATTENED, kind, children))
                if kind in ("List", "Item", "BlockQuote"):
                    children.append(" ")
                continue
            stack.append((kind, datum, children))
            children = []
        elif key == "End":
            kind, datum, parent = stack.pop()
            if kind != _FLATTENED:
                _close(kind, datum, children, parent, sentinel, html_depth)
            children = parent
        elif key == "Code":
            # As in CommonMark, a line end inside a code span is a blank.
            children.append(Code(_verbatim(value, sentinel)))
        elif key == "InlineHtml":
            # Raw HTML is literal text in our dialect, never markup; a tag across lines
            # has blanks for its line ends.
            children.append(_SOFT_BREAK.sub(" ", value))
        # Footnotes, math and task lists are not enabled; nothing else can come.
    return [block for block in root if isinstance(block, _BLOCK_TYPES)]


def _inlines(children: list[Any], sentinel: str) -> tuple[Inline, ...]:
    """Return the inlines of a container: ``str`` pieces become :class:`Text`, then tidied."""
    try:
        joined = "".join(children)
    except TypeError:
        pass  # not text alone
    else:
        # Most containers hold text only: no merging or break rules needed.
        joined = _text(joined, sentinel).strip(" ")
        return (Text(joined),) if joined else ()
    out: list[Inline] = []
    pieces: list[str] = []
    for child in children:
        if type(child) is str:
            pieces.append(child)
            continue
        if pieces:
            out.append(Text(_text("".join(pieces), sentinel)))
            pieces = []
        out.append(child)
    if pieces:
        out.append(Text(_text("".join(pieces), sentinel)))
    return tidy_inlines(out)


def _outside_blanks(children: list[Any], parent: list[Any], node: Inline) -> None:
    """Add ``node`` to ``parent`` with the blanks at the ends of its text moved outside it.

    Qt writes "[Bericht ](dokument:7)zeigt" when the selection took the blank along; the
    words must stay apart, and the link or bold text needs no blank of its own.
    """
    if children and type(children[0]) is str and children[0][:1] == " ":
        parent.append(" ")
    parent.append(node)
    if children and type(children[-1]) is str and children[-1][-1:] == " ":
        parent.append(" ")


def _paragraph(children: list[Any], parent: list[Any], sentinel: str) -> None:
    inlines = _inlines(children, sentinel)
    if inlines and not (len(inlines) == 1 and type(inlines[0]) is Text and inlines[0].text.isspace()):
        parent.append(Paragraph(inlines))  # a paragraph of nothing but blanks (a no-break space) shows nothing


def _close(kind: str, datum: Any, children: list[Any], parent: list[Any], sentinel: str, html_depth: int) -> None:
    """Add what a finished container of ``kind`` holds to its ``parent``."""
    if kind == "Paragraph":
        _paragraph(children, parent, sentinel)
    elif kind == "Strong" or kind == "Emphasis":
        # Bold inside bold (italic inside italic) looks like bold: one level, no ambiguous "***".
        node = Strong if kind == "Strong" else Emphasis
        if any(type(child) is node for child in children):
            children = [part for child in children for part in (child.children if type(child) is node else (child,))]
        _outside_blanks(children, parent, node(_inlines(children, sentinel)))
    elif kind == "Link":
        url = datum["dest_url"]
        if datum["link_type"] == "Email":
            url = "mailto:" + url
        _outside_blanks(children, parent, Link(_text(url, sentinel), _inlines(children, sentinel)))
    elif kind == "Item":
        parent.append(ListItem(tuple(_item_blocks(children, sentinel))))
    elif kind == "List":
        items = tuple(child for child in children if type(child) is ListItem)
        parent.append(BulletList(items) if datum is None else OrderedList(items, datum))
    elif kind == "Heading":
        parent.append(Heading(int(datum["level"][1]), _inlines(children, sentinel)))
    elif kind == "TableCell":
        parent.append(_inlines(children, sentinel))
    elif kind == "TableHead" or kind == "TableRow":
        parent.append((kind, tuple(children)))
    elif kind == "Table":
        header = next((cells for role, cells in children if role == "TableHead"), ())
        parent.append(Table(header, tuple(cells for role, cells in children if role == "TableRow")))
    elif kind == "Image":
        alt = plain_text(_inlines(children, sentinel))
        parent.append(Image(alt, _text(datum["dest_url"], sentinel)))
    elif kind == "CodeBlock":
        code = _verbatim("".join(children).removesuffix("\n"), sentinel)
        if code.strip():  # an empty box says nothing
            parent.append(CodeBlock(code))
    elif kind == "BlockQuote":
        parent.append(BlockQuote(tuple(child for child in children if isinstance(child, _BLOCK_TYPES))))
    elif kind == "HtmlBlock":
        # An HTML block is text like any other: read it again with its first "<" escaped,
        # so that Markdown around the tags counts as it would without them.
        # Every line that could open one is escaped, so that the text is read once more at most
        # (more only where a quote or list inside it starts with a tag).
        source = "".join(children)
        if html_depth < 3:
            parent.extend(_build(_LINE_START_TAG.sub(r"\1\\<", source), sentinel, html_depth + 1))
        else:
            _paragraph([_SOFT_BREAK.sub(" ", source.strip())], parent, sentinel)
    else:
        parent.extend(children)  # a container we do not model (none is enabled): the content stays


def _item_blocks(children: list[Any], sentinel: str) -> list[Block]:
    blocks: list[Block] = []
    pending: list[Any] = []  # a tight item's loose text becomes a paragraph
    for child in children:
        if isinstance(child, _BLOCK_TYPES):
            if pending:
                _paragraph(pending, blocks, sentinel)
                pending = []
            blocks.append(child)
        else:
            pending.append(child)
    if pending:
        _paragraph(pending, blocks, sentinel)
    return blocks


def tidy_inlines(items: list[Inline]) -> tuple[Inline, ...]:
    """Merge neighbouring text, drop blanks after a line break, trim the ends (as the parser does)."""
    merged: list[Inline] = []
    pieces: list[str] = []  # neighbouring text, joined once (adding up strings one by one is quadratic)
    for item in items:
        if type(item) is Text:
            text = item.text
            if not pieces and merged and type(merged[-1]) is LineBreak:
                text = text.lstrip(" ")
            if text:
                pieces.append(text)
        else:
            if pieces:
                merged.append(Text("".join(pieces)))
                pieces = []
            merged.append(item)
    if pieces:
        merged.append(Text("".join(pieces)))
    while merged and type(merged[0]) is LineBreak:
        merged.pop(0)
    while merged and type(merged[-1]) is LineBreak:
        merged.pop()
    for n in range(1, len(merged)):
        before = merged[n - 1]
        if type(merged[n]) is LineBreak and type(before) is Text:
            merged[n - 1] = Text(before.text.rstrip(" \t"))
    if merged and type(merged[0]) is Text:
        first = merged[0]
        merged[0] = Text(first.text.lstrip(" "))
    if merged and type(merged[-1]) is Text:
        last = merged[-1]
        merged[-1] = Text(last.text.rstrip(" "))
    return tuple(item for item in merged if type(item) is not Text or item.text)


def plain_text(inlines: tuple[Inline, ...]) -> str:
    """Return the visible text of inline content (alt text for images, spaces for breaks)."""
    parts: list[str] = []
    for item in inlines:
        if isinstance(item, Text | Code):
            parts.append(item.text)
        elif isinstance(item, Strong | Emphasis | Link):
            parts.append(plain_text(item.children))
        elif isinstance(item, Image):
            parts.append(item.alt)
        else:
            parts.append(" ")
    return "".join(parts)


# --- our tree back to Markdown --------------------------------------------------------

_THEMATIC = re.compile(r"^ {0,3}([-*_])[ \t]*(\1[ \t]*){2,}$")
_BARE_MARKER = re.compile(r"([-*+]|\d+[.)]) *(\n|$)")
# "&" only where it starts something an entity-decoding reader (Qt's editor) would decode.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|!{}]|&(?=#?[0-9A-Za-z]+;))")
# What CommonMark reads as the start of a block: an ATX heading, a quote, a list item, an
# underline or rule, a fence. Anything else at a line start ("#hashtag", "1.000 Euro",
# "-Zeichen") is ordinary text and keeps its look.
_MD_LINE_START = re.compile(
    r"^(?:(#{1,6})(?=[ \t]|$)|(>)|([-+*])(?=[ \t]|$)|(\d{1,9}[.)])(?=[ \t]|$)|([=-])[=-]*[ \t]*$|(-)(?:[ \t]*-){2,}[ \t]*$|(~)~~)"
)


def escape_markdown(text: str) -> str:
    """Return ``text`` as Markdown that shows these characters (blanks at the start are dropped)."""
    flat = text.replace("\r", " ").replace("\n", " ")
    return escape_markdown_line_start(_MD_SPECIAL.sub(r"\\\1", flat))


def _url(url: str, table: bool = False) -> str:
    if table and "|" in url:
        url = url.replace("|", "\\|")  # a "|" would end the table cell
    if not any(char in url for char in " ()<>"):
        return url
    # The angle-bracket form keeps spaces and parentheses without changing the address.
    return "<" + url.replace("<", "%3C").replace(">", "%3E") + ">"


def _space(char: str) -> bool:
    return char == "" or char.isspace()  # the start or end of a line counts as a blank


def _punctuation(char: str) -> bool:
    return char != "" and unicodedata.category(char)[0] in "PS"


def _left_flanking(before: str, after: str) -> bool:
    return not _space(after) and (not _punctuation(after) or _space(before) or _punctuation(before))


def _right_flanking(before: str, after: str) -> bool:
    return not _space(before) and (not _punctuation(before) or _space(after) or _punctuation(after))


def _can_wrap(char: str, before: str, first: str, last: str, after: str) -> bool:
    """Return whether ``char`` runs around text from ``first`` to ``last`` read as emphasis (CommonMark 6.2)."""
    opens = _left_flanking(before, first)
    closes = _right_flanking(last, after)
    if char == "_":
        opens = opens and (not _right_flanking(before, first) or _punctuation(before))
        closes = closes and (not _left_flanking(last, after) or _punctuation(after))
    return opens and closes


def _render_inlines(items: tuple[Inline, ...], table: bool = False, cell: bool = False) -> str:
    # ``table``: one line of inline text (a cell or a heading); ``cell``: inside a table cell.
    parts: list[str] = []
    for n, item in enumerate(items):
        if isinstance(item, Text):
            text = _MD_SPECIAL.sub(r"\\\1", item.text.replace("\r", " ").replace("\n", " "))
            parts.append(text)
        elif isinstance(item, Strong | Emphasis):
            inner = _render_inlines(item.children, table, cell)
            stripped = inner.strip(" ")
            if stripped:
                lead = inner[: len(inner) - len(inner.lstrip(" "))]
                trail = inner[len(inner.rstrip(" ")) :]
                before = lead[-1:] or (parts[-1][-1:] if parts else "")
                following = items[n + 1] if n + 1 < len(items) else None
                if trail:
                    after = trail[:1]
                elif isinstance(following, Text):
                    after = following.text[:1]
                else:
                    after = "" if following is None or isinstance(following, LineBreak) else "*"
                edges = stripped[0] + stripped[-1]
                # "***" would be ambiguous: then "_" marks this one, where CommonMark allows it.
                ambiguous = (before == "*" or "*" in edges) and before != "_" and "_" not in edges
                chars = [
                    c for c in ("_*" if ambiguous else "*_") if _can_wrap(c, before, stripped[0], stripped[-1], after)
                ]
                if not chars:
                    # CommonMark has no way to mark it here ("x**(y)**": a letter, then punctuation
                    # inside): the text stays, the emphasis is lost.
                    parts.append(inner)
                    continue
                mark = chars[0] * 2 if isinstance(item, Strong) else chars[0]
                parts.append(f"{lead}{mark}{stripped}{mark}{trail}")
        elif isinstance(item, Code) and item.text:
            ticks = "`"
            while ticks in item.text:
                ticks += "`"
            code = item.text
            # CommonMark takes one blank off each end when both have one, as it takes the padding off.
            padded = code.startswith(" ") and code.endswith(" ") and code.strip(" ")
            pad = " " if code.startswith("`") or code.endswith("`") or padded else ""
            code = item.text.replace("\n", " ")
            if cell:
                code = code.replace("|", "\\|")  # GFM reads "\|" in a cell as "|", in code too
            parts.append(f"{ticks}{pad}{code}{pad}{ticks}")
        elif isinstance(item, Link):
            parts.append(f"[{_render_inlines(item.children, table, cell)}]({_url(item.url, cell)})")
        elif isinstance(item, Image):
            alt = _MD_SPECIAL.sub(r"\\\1", item.alt)
            parts.append(f"![{alt}]({_url(item.url, cell)})")
        elif isinstance(item, LineBreak) and n + 1 < len(items):
            parts.append(" " if table else "\\\n")  # the backslash form: blanks at a line end get lost
    text = "".join(parts)
    # A table cell or a heading holds inline text only: nothing in it can start a block.
    return text if table else escape_markdown_line_start(text)


def escape_markdown_line_start(text: str) -> str:
    """Escape a character at the start of a line that would make it a heading, list or quote."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        stripped = line.lstrip(" \t")
        match = _MD_LINE_START.match(stripped)
        if match and match.group(4):
            number = match.group(4)  # "1." stays readable as "1\."
            stripped = number[:-1] + "\\" + stripped[len(number) - 1 :]
        elif match:
            stripped = "\\" + stripped
        out.append(stripped)
    return "\n".join(out)


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in text.split("\n"))


def _has_break(items: tuple[Inline, ...]) -> bool:
    return any(
        isinstance(item, LineBreak) or (isinstance(item, Strong | Emphasis | Link) and _has_break(item.children))
        for item in items
    )


def _render_blocks(blocks: tuple[Block, ...] | list[Block], tight: bool = False) -> str:
    """Return blocks one after the other; a list right after a list of its kind gets the other marker.

    CommonMark ends a list where the marker changes ("-" to "*", "." to ")"); with the same
    marker, two lists in a row would read back as one.
    """
    parts: list[str] = []
    previous: Block | None = None
    alternate = False
    for block in blocks:
        same_kind = isinstance(block, BulletList | OrderedList) and type(block) is type(previous)
        alternate = not alternate if same_kind else False
        text = _render_block(block, alternate)
        previous = block
        if not text:
            continue
        # Inside an item a nested list follows its paragraph directly (a tight list stays tight).
        # An empty first item, or a number other than 1, cannot interrupt a paragraph: a blank line must.
        follows = (
            tight
            and isinstance(block, BulletList | OrderedList)
            and not _BARE_MARKER.match(text)
            and (isinstance(block, BulletList) or block.start == 1)
        )
        separator = "\n" if follows else "\n\n"
        parts.append(separator + text if parts else text)
    return "".join(parts)


def _render_block(block: Block, alternate: bool = False) -> str:
    if isinstance(block, Paragraph):
        return _render_inlines(block.children)
    if isinstance(block, Heading):
        level = max(1, min(6, block.level))
        if level <= 2 and _has_break(block.children):
            # Only the underlined form of a heading can hold a line break.
            return _render_inlines(block.children) + ("\n===" if level == 1 else "\n---")
        text = _render_inlines(block.children, table=True)
        if text.endswith("#") and not text.endswith("\\#"):
            text = text[:-1] + "\\#"  # a trailing "#" would close the heading
        return "#" * level + " " + text
    if isinstance(block, BulletList | OrderedList):
        lines: list[str] = []
        for n, item in enumerate(block.items):
            if isinstance(block, BulletList):
                marker = "*" if alternate else "-"
            else:
                marker = f"{block.start + n}{')' if alternate else '.'}"
            body = _render_blocks(item.blocks, tight=True)
            first, _, rest = body.partition("\n")
            if _THEMATIC.match(f"{marker} {first}"):
                first, rest = "", body  # "- - -" would be a rule: such content starts on the next line
            text = f"{marker} {first}"  # "- " stays: a bare "-" would be a paragraph
            if rest:
                text += "\n" + _indent(rest, " " * (len(marker) + 1))  # the content column, as CommonMark
            lines.append(text)
        return "\n".join(lines)
    if isinstance(block, Table):
        width = max([len(block.header), *(len(row) for row in block.rows)], default=0)
        if width == 0:
            return ""

        def row(cells: tuple[tuple[Inline, ...], ...]) -> str:
            padded = [*cells, *((),) * (width - len(cells))]
            return "| " + " | ".join(_render_inlines(cell, table=True, cell=True) for cell in padded) + " |"

        header = row(block.header)
        return "\n".join([header, "| " + " | ".join(["---"] * width) + " |", *(row(r) for r in block.rows)])
    if isinstance(block, CodeBlock):
        fence = "```"
        while fence in block.text:
            fence += "`"
        return f"{fence}\n{block.text}\n{fence}"
    if isinstance(block, BlockQuote):
        inner = _render_blocks(block.blocks)
        return "\n".join("> " + line if line else ">" for line in inner.split("\n"))
    return "---"


def render_markdown(blocks: list[Block] | tuple[Block, ...]) -> str:
    """Return Markdown source for ``blocks`` that :func:`parse_markdown` reads back as the same tree."""
    return _render_blocks(blocks)
