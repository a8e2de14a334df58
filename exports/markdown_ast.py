"""Markdown bodies as a small tree of frozen dataclasses, shared by the body editor and the exporters.

Bodies are CommonMark, written by our own writer (:func:`write_markdown`) from the body
editor's document and by the wiki importer; older files hold what Qt's
``QTextDocument.toMarkdown()`` wrote. We read them with pulldown-cmark (through
pyromark), a CommonMark parser written in Rust that hands us its events; we build our
tree from them instead of writing a parser. It reads 2,000 section bodies in about
20 ms, where Python-Markdown needed over a second. GFM tables are on; nothing else
beyond CommonMark is.

Our dialect on top of CommonMark:

- raw HTML and HTML entities are literal text (``<script>`` stays the characters
  ``<script>``, ``&amp;`` the five characters typed; nothing is ever passed through as
  markup) – except ``&#32;`` and ``&#9;``, which our writer puts for a blank or tab at
  the start or end of a line (where CommonMark would drop it) and which read as that
  blank outside code; a typed ``&#32;`` is written ``\\&#32;``;
- soft line breaks inside a paragraph become a single space in :class:`Text`;
- paragraphs and code blocks that hold only blanks are dropped;
- ``[Text](dokument:7)`` is an ordinary :class:`Link` whose url names document 7.

:func:`render_markdown` writes a tree back as Markdown that parses to the same tree
wherever CommonMark can hold it (the wiki importer uses it). :func:`write_markdown`
writes the *canonical form*: the tree as the body editor holds it
(:func:`canonical_blocks`), in the forms CommonMark and Python-Markdown read alike.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
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
    blanks = ""
    if "&#32;" in text or "&#9;" in text:
        # The two entities our writer uses for a blank at the edge of a line (which CommonMark
        # would drop) are the only ones read as what they stand for, and only outside code.
        blanks = next(free, "") + next(free, "")
        if len(blanks) < 2:
            blanks = ""
    stand_ins = {"\\&": sentinel[1], "&": sentinel[0]}
    if blanks:
        stand_ins |= {"&#32;": blanks[0], "&#9;": blanks[1]}
    replaced = _AMPERSAND.sub(lambda m: stand_ins.get(m.group(0), m.group(0)), text)
    blocks = tuple(_build(replaced, sentinel))
    if blanks and (blanks[0] in replaced or blanks[1] in replaced):
        return _shown(_blanks_back(block, blanks) for block in blocks)
    return blocks


def _shown(blocks: Iterable[Any]) -> tuple[Any, ...]:
    """Return ``blocks`` without paragraphs of blanks alone (an empty list item is written ``- &#32;``)."""
    return tuple(
        block
        for block in blocks
        if not (
            isinstance(block, Paragraph)
            and all(isinstance(item, Text) and item.text.isspace() for item in block.children)
        )
    )


# An escaped backslash is skipped, so "\\\\&" is a plain "&"; "\\&#32;" is the typed characters.
_AMPERSAND = re.compile(r"\\[\\&]|&#32;|&#9;|&")


def _blanks_back(node: Any, blanks: str) -> Any:
    """Return ``node`` with the stand-ins for ``&#32;`` and ``&#9;`` as blanks in text, as typed in code and addresses."""
    if isinstance(node, Text):
        return Text(node.text.replace(blanks[0], " ").replace(blanks[1], "\t"))
    if isinstance(node, Code | CodeBlock):
        return type(node)(node.text.replace(blanks[0], "&#32;").replace(blanks[1], "&#9;"))
    if isinstance(node, Image):
        alt = node.alt.replace(blanks[0], " ").replace(blanks[1], "\t")
        return Image(alt, node.url.replace(blanks[0], "&#32;").replace(blanks[1], "&#9;"))
    if isinstance(node, Link):
        url = node.url.replace(blanks[0], "&#32;").replace(blanks[1], "&#9;")
        return Link(url, tuple(_blanks_back(child, blanks) for child in node.children))
    if isinstance(node, BlockQuote):
        return BlockQuote(_shown(_blanks_back(child, blanks) for child in node.blocks))
    if isinstance(node, Strong | Emphasis | Paragraph | Heading):
        return replace(node, children=tuple(_blanks_back(child, blanks) for child in node.children))
    if isinstance(node, BulletList | OrderedList):
        items = tuple(ListItem(_shown(_blanks_back(b, blanks) for b in item.blocks)) for item in node.items)
        return replace(node, items=items)
    if isinstance(node, Table):
        header = tuple(tuple(_blanks_back(i, blanks) for i in cell) for cell in node.header)
        rows = tuple(tuple(tuple(_blanks_back(i, blanks) for i in cell) for cell in row) for row in node.rows)
        return Table(header, rows)
    return node


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
    _nest.cache_clear()
    _paragraphs_cached.cache_clear()
    _render_inlines_cached.cache_clear()


MAX_DEPTH = 24
"""Containers nested deeper than this (lists, quotes, emphasis …) are flattened into their parent.

No real text nests that deep; hostile text ("- - - - …" three thousand times) would
otherwise make every recursive reader of the tree, here and in the exporters, fail.
"""

_FLATTENED = "Flattened"
_TEXT_HOLDERS = frozenset({"Paragraph", "Item", "Strong", "Emphasis", "TableCell"})
_FLATTENABLE = frozenset({"List", "Item", "BlockQuote", "Strong", "Emphasis", "Link", "Image"})


def _build(text: str, sentinel: str, html_depth: int = 0) -> list[Block]:
    """Turn the events of ``text`` into blocks; ``sentinel`` holds the stand-ins of :func:`_parse` (or is empty).

    Every open container is a frame on the stack: its kind, its datum and the list its
    parent collects into. Inline text stays plain ``str`` pieces until its container
    closes (see :func:`_inlines`). The loop runs once per event (about 40 per body), so the
    common cases come first, and paragraphs, items, bold, italic and table cells that hold
    text alone are closed here rather than in :func:`_close`.
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
        value = event.get("Text")
        if value is not None:
            children.append(value)
            continue
        (key,) = event
        value = event[key]
        if key == "End":
            kind, datum, parent = stack.pop()
            if kind in _TEXT_HOLDERS:
                # Most of these hold text alone: closed here as _close would, without its calls.
                try:
                    joined = "".join(children)
                except TypeError:
                    _close(kind, datum, children, parent, sentinel, html_depth)
                else:
                    shown = (_text(joined, sentinel) if sentinel else joined).strip(" ")
                    inlines = (Text(shown),) if shown else ()
                    if kind == "Strong" or kind == "Emphasis":
                        if children and children[0][:1] == " ":
                            parent.append(" ")
                        parent.append(Strong(inlines) if kind == "Strong" else Emphasis(inlines))
                        if children and children[-1][-1:] == " ":
                            parent.append(" ")
                    elif kind == "TableCell":
                        parent.append(inlines)
                    elif kind == "Paragraph":
                        if shown and not shown.isspace():
                            parent.append(Paragraph(inlines))
                    else:  # a tight item's text is loose, without a paragraph
                        parent.append(ListItem((Paragraph(inlines),) if shown and not shown.isspace() else ()))
            elif kind != _FLATTENED:
                _close(kind, datum, children, parent, sentinel, html_depth)
            children = parent
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
        elif key == "Html":
            children.append(value)
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
    tidy = False
    for child in children:
        if type(child) is str:
            pieces.append(child)
            continue
        if pieces:
            out.append(Text(_text("".join(pieces), sentinel)))
            pieces = []
        if type(child) is LineBreak or type(child) is Text:  # a text from bold in bold, merged by tidy_inlines
            tidy = True
        out.append(child)
    if pieces:
        out.append(Text(_text("".join(pieces), sentinel)))
    if tidy:
        return tidy_inlines(out)
    # What tidy_inlines does without line breaks and texts among the children: no two texts
    # are neighbours here, so only the blanks at both ends go, and a text left empty.
    first = out[0]
    if type(first) is Text:
        out[0] = Text(first.text.lstrip(" "))
    last = out[-1]
    if type(last) is Text:
        out[-1] = Text(last.text.rstrip(" "))
    return tuple(item for item in out if type(item) is not Text or item.text)


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
#
# The writer's choices are the canonical form of a body, and they are chosen so that
# CommonMark and Python-Markdown read it alike: a paragraph is one line; a hard line break
# is two blanks at the end of the line; a blank at the start or end of a line (which both
# would drop) is written ``&#32;`` (``&#9;`` for a tab); list content and nested lists are
# indented by four blanks; a Markdown character is escaped with a backslash only where it
# would act.

_THEMATIC = re.compile(r"^ {0,3}([-*_])[ \t]*(\1[ \t]*){2,}$")
_BARE_MARKER = re.compile(r"([-*+]|\d+[.)]) *(\n|$)")
# Emphasis, code, links and escapes act wherever they stand; "<" only where it could open an
# autolink (<https://…>, <name@host>): other tags are text in our dialect. "&" only before
# the two entities our reader takes for blanks; "{" only before an id or language list
# (Python-Markdown's attr_list would make it an attribute).
_AUTOLINK_START = r"<(?=[A-Za-z][A-Za-z0-9+.\-]{1,31}:|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@)"
# "{" only where Python-Markdown's attr_list would take "{#anker}" or "{lang=en}" for attributes.
_ATTRIBUTES_START = r"\{(?=:?[ \t]*(?:#|(?:id|lang)[ \t]*=)[^{}\n]*\})"
_TEXT_SPECIAL = re.compile(r"[\\`*_\[\]]|" + _AUTOLINK_START + r"|&(?=#(?:32|9);)|" + _ATTRIBUTES_START)
_CELL_SPECIAL = re.compile(r"[\\`*_\[\]|]|" + _AUTOLINK_START + r"|&(?=#(?:32|9);)|" + _ATTRIBUTES_START)
# What CommonMark or Python-Markdown reads as the start of a block: a heading (Python-Markdown
# needs no blank after "#"), a quote, a list item, an underline or rule, a fence, an HTML
# block. Anything else at a line start ("1.000 Euro", "-Zeichen") is ordinary text.
_MD_LINE_START = re.compile(
    r"^(?:(#)|(>)|([-+*])(?=[ \t]|$)|(\d{1,9}[.)])(?=[ \t]|$)|([=-])[=-]*[ \t]*$|(-)(?:[ \t]*-){2,}[ \t]*$|(~)~~"
    r"|(<)(?=[A-Za-z/!?]))"
)
# The line under a paragraph's first line that would make it a table header.
_DELIMITER_ROW = re.compile(r"^[ \t]*[|:-][|: \t-]*$")
_EDGE_BLANK = {" ": "&#32;", "\t": "&#9;"}


def escape_markdown(text: str) -> str:
    """Return ``text`` as Markdown that shows these characters (blanks at the ends are dropped)."""
    flat = text.replace("\r", " ").replace("\n", " ").strip(" \t")
    return _render_inlines((Text(flat),)) if flat else ""


def escape_markdown_line_start(text: str) -> str:
    """Escape a character at the start of a line that would make it a heading, list or quote (blanks there are dropped)."""
    return "\n".join(_escape_line_start(line.lstrip(" \t")) for line in text.split("\n"))


def _escape_line_start(line: str) -> str:
    match = _MD_LINE_START.match(line)
    if match is None:
        return line
    if match.group(4):
        number = match.group(4)  # "1." stays readable as "1\."
        return number[:-1] + "\\" + line[len(number) - 1 :]
    return "\\" + line


# Where CommonMark may take what follows for raw HTML: a tag, a closing tag, a comment, a
# declaration, a processing instruction (inline, from "<" to the next ">"; a "<" inside
# starts a span of its own, as a declaration or a quoted attribute may hold one).
_HTML_START = re.compile(r"<(?=[A-Za-z/!?])")


def _escape_text(text: str, cell: bool) -> str:
    flat = text.replace("\r", " ").replace("\n", " ")
    special = _CELL_SPECIAL if cell else _TEXT_SPECIAL
    if "<" not in flat:
        return special.sub(r"\\\g<0>", flat)
    # Inside raw HTML ("<span title='x_y'>", "<!a_>") a backslash escapes nothing: it would show,
    # and gain another one at every save. Where such a span holds a character that needs an
    # escape, its "<" is escaped instead, which makes the whole span text. (Every match of the
    # special characters is one character.)
    positions = {match.start() for match in special.finditer(flat)}
    opens = [match.start() for match in _HTML_START.finditer(flat)]
    if opens and positions:
        closes = [at for at, char in enumerate(flat) if char == ">"]  # found by bisection: linear in all
        escapes = sorted(positions)
        for start in opens:
            close = bisect.bisect_right(closes, start)
            if close == len(closes):
                break  # no ">" after it, nor after any later "<"
            escape = bisect.bisect_right(escapes, start)
            if escape < len(escapes) and escapes[escape] < closes[close]:
                positions.add(start)
    return "".join("\\" + char if at in positions else char for at, char in enumerate(flat))


def _url(url: str, table: bool = False) -> str:
    # A backslash before punctuation would be read as an escape: doubled, it is itself.
    url = url.replace("\\", "\\\\").replace("\r", "%0D").replace("\n", "%0A")
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


def _past_markers(inner: str, char: str) -> tuple[str, str]:
    """Return the first and last character of ``inner`` past runs of ``char`` at its ends.

    A marker of the same kind right inside ours joins our delimiter run, and CommonMark
    decides by the characters beyond the whole run.
    """
    body = inner.lstrip(char)
    first = body[:1] or inner[:1]
    tail = inner.rstrip(char)
    if len(tail) < len(inner) and tail.endswith("\\"):
        return first, char  # an escaped marker is a character, not part of a run
    return first, tail[-1:] or inner[-1:]


def _first_char(item: Inline | None, cell: bool) -> str:
    """Return the first character ``item`` will be written with ("" for none or a line end)."""
    if item is None or isinstance(item, LineBreak):
        return ""
    if isinstance(item, Text):
        return _escape_text(item.text[:1], cell)[:1]
    if isinstance(item, Code):
        return "`"
    if isinstance(item, Link):
        return "["
    if isinstance(item, Image):
        return "!"
    first = item.children[0] if item.children else None
    if isinstance(first, Text) and first.text[:1] == " ":
        return " "
    # Emphasis that follows opens with punctuation; it picks a marker other than ours.
    return "."


def _marker(item: Strong | Emphasis, before: str, inner: str, after: str, touching: bool = False) -> str | None:
    """Return the delimiter that marks ``inner`` as ``item`` between ``before`` and ``after``, if any can.

    A marker never touches one of its own kind outside ("_a___b__" would be read as other
    runs): next to a "*" it is "_", and the other way round. Inside, a "*" at the edge of
    ``inner`` makes "_" the first choice too ("**_x_**"), where CommonMark allows it.
    With ``touching`` a marker may touch its own kind (italic "a" then bold "u" in "*a***u**nd"):
    tried only where nothing else can mark it, and kept only where it reads back right.
    """
    order = "_*" if "*" in inner[0] + inner[-1] else "*_"
    for may_touch in (False, True) if touching else (False,):  # touching only where nothing else marks it
        for char in order:
            if char in (before, after) and not may_touch:
                continue
            first, last = _past_markers(inner, char)
            if _can_wrap(char, before, first, last, after):
                return char * 2 if isinstance(item, Strong) else char
    return None


def _take_char(items: tuple[Inline, ...], last: bool) -> tuple[tuple[Inline, ...], str] | None:
    """Return ``items`` without their first (or ``last``) character and that character, if it is text."""
    if not items:
        return None
    edge = items[-1] if last else items[0]
    rest: tuple[Inline, ...]
    if isinstance(edge, Text) and edge.text:
        char = edge.text[-1] if last else edge.text[0]
        kept = edge.text[:-1] if last else edge.text[1:]
        rest = (Text(kept),) if kept else ()
    elif isinstance(edge, Strong | Emphasis):
        taken = _take_char(edge.children, last)
        if taken is None:
            return None
        inner, char = taken
        rest = (type(edge)(inner),) if inner else ()
    else:
        return None
    return ((*items[:-1], *rest) if last else (*rest, *items[1:])), char


def _split_edge(item: Strong | Emphasis, before: str, after: str, cell: bool) -> list[Inline] | None:
    """Return ``item`` with what keeps it from being marked moved outside it, or None.

    CommonMark cannot open emphasis between a letter and punctuation ("x**(y)**"): the
    punctuation, a link or code at the edge then stands outside the emphasis (a link
    takes the emphasis inside it), so the words keep their emphasis.
    """
    kids = item.children
    node = type(item)
    if not kids:
        return None
    last = _left_flanking(before, _first_char(kids[0], cell))  # the start can open: the end is the trouble
    edge = kids[-1] if last else kids[0]
    others = kids[:-1] if last else kids[1:]
    taken = _take_char(kids, last)
    if taken is not None:
        rest, char = taken
        parts: list[Inline] = [node(rest)] if rest else []
        return [*parts, Text(char)] if last else [Text(char), *parts]
    if isinstance(edge, Link):
        moved: Inline = Link(edge.url, (node(edge.children),))
    elif isinstance(edge, Code | Image):
        moved = edge
    elif isinstance(edge, Strong | Emphasis):
        # Bold around italic around a link ("***[a](u)***nd"): the link takes both inside it.
        split = _split_edge(edge, before, after, cell)
        outer = (split[-1] if last else split[0]) if split else None
        if split is None or not isinstance(outer, Link):
            return None
        inside = split[:-1] if last else split[1:]
        moved = Link(outer.url, (node(outer.children),))
        others = (*others, *inside) if last else (*inside, *others)
    else:
        return None
    parts = [node(others)] if others else []
    return [*parts, moved] if last else [moved, *parts]


def _inline_source(items: list[Inline], mode: str, before: str = "", touching: bool = False) -> str:
    """Return inline Markdown with "\\n" for each line break ("block" mode) or a blank ("line", "cell")."""
    cell = mode == "cell"
    out: list[str] = []
    last = before  # the character written last ("" at a line start)
    last_code: Code | None = None  # the code span written last, if nothing came after it yet
    n = 0
    while n < len(items):
        item = items[n]
        following = items[n + 1] if n + 1 < len(items) else None
        if isinstance(item, Code) and isinstance(following, Code):
            # Code spans cannot touch ("`a``b`" is one span): where a format between them could
            # not be written, they are one span.
            items = [*items[:n], Code(item.text + following.text), *items[n + 2 :]]
            continue
        if isinstance(item, Code) and last_code is not None:
            out.pop()
            item = Code(last_code.text + item.text)
        last_code = None
        piece = ""
        if isinstance(item, Text):
            piece = _escape_text(item.text, cell)
            if piece.endswith("!") and isinstance(following, Link):
                piece = piece[:-1] + "\\!"  # "![" would start an image
        elif isinstance(item, Strong | Emphasis):
            inner = _inline_source(list(item.children), mode, "", touching)
            stripped = inner.strip()
            if stripped:
                lead = inner[: len(inner) - len(inner.lstrip())]
                trail = inner[len(inner.rstrip()) :]
                mark = _marker(item, lead[-1:] or last, stripped, trail[:1] or _first_char(following, cell), touching)
                if mark is not None:
                    piece = f"{lead}{mark}{stripped}{mark}{trail}"
                else:
                    split = _split_edge(item, lead[-1:] or last, trail[:1] or _first_char(following, cell), cell)
                    # Without a way to mark it here, the content stays and loses this one format;
                    # it is written again in its real surroundings.
                    items = [*items[:n], *(split if split is not None else item.children), *items[n + 1 :]]
                    # What came before chose its markers by what follows: all of it is written again.
                    out, last, last_code, n = [], before, None, 0
                    continue
            else:
                piece = inner
        elif isinstance(item, Code) and item.text:
            ticks = "`"
            while ticks in item.text:
                ticks += "`"
            code = item.text.replace("\r", " ").replace("\n", " ")
            # CommonMark takes one blank off each end when both have one, as it takes the padding off.
            padded = code.startswith(" ") and code.endswith(" ") and code.strip(" ")
            pad = " " if code.startswith("`") or code.endswith("`") or padded else ""
            if cell:
                code = code.replace("|", "\\|")  # GFM reads "\|" in a cell as "|", in code too
            piece = f"{ticks}{pad}{code}{pad}{ticks}"
            last_code = item
        elif isinstance(item, Link):
            label = _inline_source(list(item.children), mode, "[", touching)
            piece = f"[{label}]({_url(item.url, cell)})"
        elif isinstance(item, Image):
            piece = f"![{_escape_text(item.alt, cell)}]({_url(item.url, cell)})"
        elif isinstance(item, LineBreak):
            piece = "\n" if mode == "block" else " "
        out.append(piece)
        if piece:
            last = "" if piece[-1] == "\n" else piece[-1]
        n += 1
    return "".join(out)


def _blank_edges(line: str) -> str:
    """Write a blank at either end of ``line`` as an entity: CommonMark would drop it."""
    if line[:1] in _EDGE_BLANK:
        line = _EDGE_BLANK[line[0]] + line[1:]
    if line[-1:] in _EDGE_BLANK:
        line = line[:-1] + _EDGE_BLANK[line[-1]]
    return line


def _render_inlines(items: tuple[Inline, ...] | list[Inline], mode: str = "block") -> str:
    """Return inline content as Markdown (see :func:`_render_inlines_cached`)."""
    return _render_inlines_cached(tuple(items), mode)


@lru_cache(maxsize=8192)
def _render_inlines_cached(items: tuple[Inline, ...], mode: str) -> str:
    """Return inline content as Markdown: lines joined by hard breaks ("block"), or one line ("line", "cell").

    The result is read back once: should the writer ever have put down markers that do
    not read as emphasis (and so would show as characters), the content is written
    again without bold and italic, so that no character is added.
    """
    text = _render_inlines_once(items, mode)
    if not any(isinstance(item, Strong | Emphasis) for item in items):
        return text
    read = _reread(text, mode)
    if _characters(read) != _characters(items):
        return _render_inlines_once(_without_emphasis(items), mode)
    if read != items and canonical_inlines(read) != canonical_inlines(items):
        # A format could not be marked at its place. Other ways to write the same formats:
        # a marker touching its own kind (italic "a" then bold "u": "*a***u**nd"), and the
        # formats around a link inside it ("[*Fett*](…)**u**nd" rather than "*[Fett](…)*"),
        # which leaves room for a format after it. The first that reads back exactly is written.
        wanted = canonical_inlines(items)
        inside = _formats_inside_links(items)
        best, kept = text, _kept_letters(read, items)
        # A format ending on punctuation ("a€" or "€" in italic) may also take the place a format
        # on a word needs (then bold "u": lost in "*a€*und"); with the punctuation outside the
        # formats, the words' formats may fit. Of the ways that do not read back exactly, the one
        # where most letters keep their formats is written (blanks and punctuation may lose one).
        shapes = dict.fromkeys((items, inside, _formats_off_symbols(items), _formats_off_symbols(inside)))
        for shape in shapes:
            for touching in (False, True):
                if shape is items and not touching:
                    continue  # that is ``text``
                candidate = _render_inlines_once(shape, mode, touching=touching)
                again = _reread(candidate, mode)
                if canonical_inlines(again) == wanted:
                    return candidate
                if _characters(again) == _characters(items) and _kept_letters(again, items) > kept:
                    best, kept = candidate, _kept_letters(again, items)
        return best
    return text


def _formats_inside_links(items: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Return ``items`` with bold and italic that hold a link and nothing else moved inside that link."""
    out: list[Inline] = []
    for item in items:
        if isinstance(item, Strong | Emphasis):
            children = _formats_inside_links(item.children)
            only = children[0] if len(children) == 1 else None
            out.append(Link(only.url, (type(item)(only.children),)) if isinstance(only, Link) else type(item)(children))
        else:
            out.append(item)
    return tuple(out)


def _formats_off_symbols(items: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Return ``items`` with what bold and italic hold at their ends before the first and after the
    last letter or digit moved outside them (a format on nothing else goes); neighbouring texts joined."""
    out: list[Inline] = []
    for item in items:
        if isinstance(item, Strong | Emphasis):
            kids = list(_formats_off_symbols(item.children))
            head = tail = ""
            if kids and isinstance(kids[0], Text):
                text = kids[0].text
                cut = next((n for n, char in enumerate(text) if char.isalnum()), len(text))
                head, kids[0] = text[:cut], Text(text[cut:])
                kids = [kid for kid in kids if not (isinstance(kid, Text) and not kid.text)]
            if kids and isinstance(kids[-1], Text):
                text = kids[-1].text
                cut = next((n + 1 for n in range(len(text) - 1, -1, -1) if text[n].isalnum()), 0)
                kids[-1], tail = Text(text[:cut]), text[cut:]
                kids = [kid for kid in kids if not (isinstance(kid, Text) and not kid.text)]
            out.extend([Text(head)] if head else [])
            out.extend([type(item)(tuple(kids))] if kids else [])
            out.extend([Text(tail)] if tail else [])
        elif isinstance(item, Link):
            out.append(Link(item.url, _formats_off_symbols(item.children)))
        else:
            out.append(item)
    joined: list[Inline] = []
    for item in out:
        if isinstance(item, Text) and joined and isinstance(joined[-1], Text):
            joined[-1] = Text(joined[-1].text + item.text)
        else:
            joined.append(item)
    return tuple(joined)


def _kept_letters(read: tuple[Inline, ...], items: tuple[Inline, ...]) -> int:
    """Return how many letters and digits ``read`` shows with the formats they have in ``items``."""

    def formats(of: tuple[Inline, ...]) -> list[tuple[bool, bool, str | None]]:
        found: list[tuple[bool, bool, str | None]] = []
        for run in inline_runs(of):
            text = run.piece if isinstance(run.piece, str) else run.piece.text if isinstance(run.piece, Code) else ""
            found.extend((run.strong, run.emphasis, run.link) for char in text if char.isalnum())
        return found

    return sum(a == b for a, b in zip(formats(read), formats(items), strict=False))


def _reread(text: str, mode: str) -> tuple[Inline, ...]:
    source = text if mode == "block" else "| " + text + " |\n| --- |" if mode == "cell" else "# " + text
    blocks = parse_markdown(source)
    if len(blocks) != 1:
        return ()
    block = blocks[0]
    if isinstance(block, Table):
        return block.header[0] if block.header else ()
    return block.children if isinstance(block, Paragraph | Heading) else ()


def _characters(items: tuple[Inline, ...]) -> str:
    """Return the characters inline content shows (a line break as a line end, code marked)."""
    out: list[str] = []
    for run in inline_runs(items):
        piece = run.piece
        if isinstance(piece, str):
            out.append(piece)
        elif isinstance(piece, Code):
            out.append("\x00" + piece.text + "\x00")
        elif isinstance(piece, Image):
            out.append("\x01" + piece.alt)
        else:
            out.append("\n")
    return "".join(out).strip()


def _without_emphasis(items: tuple[Inline, ...]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for item in items:
        if isinstance(item, Strong | Emphasis):
            out.extend(_without_emphasis(item.children))
        elif isinstance(item, Link):
            out.append(Link(item.url, _without_emphasis(item.children)))
        else:
            out.append(item)
    return tuple(out)


def _render_inlines_once(items: tuple[Inline, ...], mode: str, touching: bool = False) -> str:
    source = _inline_source(list(items), mode, touching=touching).strip("\n")
    if mode != "block":
        return _blank_edges(source)
    lines = [_escape_line_start(_blank_edges(line)) if line else line for line in source.split("\n")]
    if len(lines) > 1 and _DELIMITER_ROW.match(lines[1]) and "-" in lines[1]:
        lines[1] = lines[1].replace("-", "\\-", 1)  # the first line would become a table header
    # Two blanks end a line with a break; an empty line (two breaks in a row) needs the backslash form.
    return "".join(line + ("\\\n" if not line else "  \n") for line in lines[:-1]) + lines[-1]


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in text.split("\n"))


def _has_break(items: tuple[Inline, ...]) -> bool:
    return any(
        isinstance(item, LineBreak) or (isinstance(item, Strong | Emphasis | Link) and _has_break(item.children))
        for item in items
    )


def _render_blocks(blocks: tuple[Block, ...] | list[Block], item: bool = False) -> str:
    """Return blocks one after the other, a blank line between them; a list right after a list of its kind gets the other marker.

    CommonMark ends a list where the marker changes ("-" to "*", "." to ")"); with the same
    marker, two lists in a row would read back as one. Inside a list item (``item``) a
    nested list follows the item's first paragraph directly, as both readers expect.
    """
    parts: list[str] = []
    previous: Block | None = None
    alternate = False
    for block in blocks:
        same_kind = isinstance(block, BulletList | OrderedList) and type(block) is type(previous)
        alternate = not alternate if same_kind else False
        text = _render_block(block, alternate)
        # An empty first item, or a number other than 1, cannot interrupt a paragraph: a blank line must.
        follows = (
            item
            and len(parts) == 1
            and isinstance(previous, Paragraph)
            and isinstance(block, BulletList | OrderedList)
            and not _BARE_MARKER.match(text)
            and (isinstance(block, BulletList) or block.start == 1)
        )
        previous = block
        if not text:
            continue
        parts.append(("\n" if follows else "\n\n") + text if parts else text)
    return "".join(parts)


def _list_indent(marker: str) -> str:
    """Return the column of an item's text: four blanks in, one past a marker of four characters or more.

    Python-Markdown counts nesting in steps of four blanks: eight would be code to it; CommonMark
    needs the text column past the marker (``100. a``: five).
    """
    return " " * max(4, len(marker) + 1)


def _render_block(block: Block, alternate: bool = False) -> str:
    if isinstance(block, Paragraph):
        return _render_inlines(block.children)
    if isinstance(block, Heading):
        level = max(1, min(6, block.level))
        if level <= 2 and _has_break(block.children):
            # Only the underlined form of a heading can hold a line break.
            return _render_inlines(block.children) + ("\n===" if level == 1 else "\n---")
        text = _render_inlines(block.children, "line")
        if text.endswith("#") and not text.endswith("\\#"):
            text = text[:-1] + "\\#"  # a trailing "#" would close the heading
        return "#" * level + (" " + text if text else "")
    if isinstance(block, BulletList | OrderedList):
        lines: list[str] = []
        for n, item in enumerate(block.items):
            if isinstance(block, BulletList):
                marker = "*" if alternate else "-"
            else:
                marker = f"{block.start + n}{')' if alternate else '.'}"
            body = _render_blocks(item.blocks, item=True)
            first, _, rest = body.partition("\n")
            indent = _list_indent(marker)
            if first == "---" and marker == "-":
                first = "***"  # "- ---" would be a rule; "- ***" is an item holding one, for both readers
            elif _THEMATIC.match(f"{marker} {first}"):
                first, rest = "", body  # "- - -" would be a rule: such content starts on the next line
            # An item of more than one line starts its text where the further lines do (four
            # blanks in), so that code and nested lists keep their columns: "-   a", "1.  a".
            gap = indent[len(marker) :] if rest else " "
            # An item without text is "- &#32;": after "- a", a bare "- " would underline it as a
            # heading for Python-Markdown.
            text = f"{marker}{gap}{first}" if first else f"{marker} " if rest else f"{marker} &#32;"
            if rest:
                text += "\n" + _indent(rest, indent)
            lines.append(text)
        return "\n".join(lines)
    if isinstance(block, Table):
        width = max([len(block.header), *(len(row) for row in block.rows)], default=0)
        if width == 0:
            return ""

        def row(cells: tuple[tuple[Inline, ...], ...]) -> str:
            padded = [*cells, *((),) * (width - len(cells))]
            return "| " + " | ".join(_render_inlines(cell, "cell") for cell in padded) + " |"

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


# --- the canonical form of a body --------------------------------------------------------
#
# The body editor keeps formats per character (bold, italic, link, code) and blocks one
# after the other (paragraphs, headings, list items, code lines, tables). A body is in
# canonical form when it is what the editor would save for it: inline nesting follows from
# the per-character formats alone, and the blocks from a flat sequence of lines. The wiki
# importer and the schema migration use the same functions, so that a body the editor
# opens and saves without a change keeps its bytes.

Piece = str | Code | Image | LineBreak
"""One run of inline content: text, or a code span, an image or a line break."""


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of inline content with the formats it carries."""

    piece: Piece
    strong: bool = False
    emphasis: bool = False
    link: str | None = None


_SEPARATORS = re.compile("[\u2028\u2029]")


def inline_runs(items: tuple[Inline, ...] | list[Inline]) -> list[Run]:
    """Return inline content as runs of one format each (a line separator is a line break)."""
    runs: list[Run] = []
    _collect_runs(items, False, False, None, runs)
    return runs


def _collect_runs(
    items: tuple[Inline, ...] | list[Inline], strong: bool, em: bool, link: str | None, out: list[Run]
) -> None:
    for item in items:
        if isinstance(item, Text):
            parts = _SEPARATORS.split(item.text.replace("\r\n", " ").replace("\r", " ").replace("\n", " "))
            for n, part in enumerate(parts):
                if n:
                    out.append(Run(LineBreak()))
                if part:
                    out.append(Run(part, strong, em, link))
        elif isinstance(item, Strong):
            _collect_runs(item.children, True, em, link, out)
        elif isinstance(item, Emphasis):
            _collect_runs(item.children, strong, True, link, out)
        elif isinstance(item, Link):
            _collect_runs(item.children, strong, em, item.url, out)
        elif isinstance(item, Code):
            text = _SEPARATORS.sub(" ", item.text.replace("\r\n", " ").replace("\r", " ").replace("\n", " "))
            if text:
                out.append(Run(Code(text), strong, em, link))
        elif isinstance(item, Image):
            out.append(Run(item, False, False, link))
        else:
            out.append(Run(LineBreak()))


def _same_format(a: Run, b: Run) -> bool:
    return a.strong == b.strong and a.emphasis == b.emphasis and a.link == b.link


def _blanks_outside(
    runs: list[Run], has: Callable[[Run], bool], clear: Callable[[Run], Run], by_link: bool = False
) -> list[Run]:
    """Move blanks at both ends of every stretch with a format (``has``) out of it (``clear``).

    A selection that took the blank after a word makes "**Untersucht **wurden": the markers
    would be read as text. The blank looks the same either way.
    """
    out = list(runs)
    n = 0
    while n < len(out):
        if not has(out[n]):
            n += 1
            continue
        end = n
        while end < len(out) and has(out[end]) and (by_link is False or out[end].link == out[n].link):
            end += 1
        # From the start: whole blank runs lose the format, a run starting with blanks is split.
        k = n
        while k < end and isinstance(out[k].piece, str):
            text = cast(str, out[k].piece)
            stripped = text.lstrip()
            if stripped:
                if stripped != text:
                    blank = replace(clear(out[k]), piece=text[: len(text) - len(stripped)])
                    out[k : k + 1] = [blank, replace(out[k], piece=stripped)]
                    end += 1
                break
            out[k] = clear(out[k])
            k += 1
        k = end - 1
        while k >= n and has(out[k]) and isinstance(out[k].piece, str):
            text = cast(str, out[k].piece)
            stripped = text.rstrip()
            if stripped:
                if stripped != text:
                    blank = replace(clear(out[k]), piece=text[len(stripped) :])
                    out[k : k + 1] = [replace(out[k], piece=stripped), blank]
                    end += 1
                break
            out[k] = clear(out[k])
            k -= 1
        n = end
    return out


def _tidy_runs(runs: list[Run]) -> list[Run]:
    """Return runs with blanks moved out of formats, neighbours of one format merged, empty text dropped."""
    runs = [
        run if not isinstance(run.piece, Image | LineBreak) else replace(run, strong=False, emphasis=False)
        for run in runs
    ]
    runs = [replace(run, link=None) if isinstance(run.piece, LineBreak) else run for run in runs]
    runs = _blanks_outside(runs, lambda r: r.link is not None, lambda r: replace(r, link=None), by_link=True)
    runs = _blanks_outside(runs, lambda r: r.strong, lambda r: replace(r, strong=False))
    runs = _blanks_outside(runs, lambda r: r.emphasis, lambda r: replace(r, emphasis=False))
    merged: list[Run] = []
    for run in runs:
        if isinstance(run.piece, str) and not run.piece:
            continue
        last = merged[-1] if merged else None
        if last is not None and _same_format(last, run):
            if isinstance(last.piece, str) and isinstance(run.piece, str):
                merged[-1] = replace(last, piece=last.piece + run.piece)
                continue
            if isinstance(last.piece, Code) and isinstance(run.piece, Code):
                # Two code spans in a row are one: "`a``b`" would read as one span holding "a``b".
                merged[-1] = replace(last, piece=Code(last.piece.text + run.piece.text))
                continue
        merged.append(run)
    return merged


_NESTING = ("strong", "emphasis", "link")


def _has_format(run: Run, kind: str, link: str | None) -> bool:
    if kind == "strong":
        return run.strong
    if kind == "emphasis":
        return run.emphasis
    return run.link is not None and (link is None or run.link == link)


def nest_runs(runs: list[Run] | tuple[Run, ...], opened: frozenset[str] = frozenset()) -> tuple[Inline, ...]:
    """Return runs as nested inlines: at each place the format that reaches furthest encloses the others.

    Ties go to bold, then italic, then the link: ``'''[[Seite]]'''`` from the wiki and a bold
    link in the editor are both ``**[Seite](…)**``. The nesting depends on the formats
    alone, so a body reads back to the same tree whichever way it was nested before.
    """
    return _nest(tuple(runs), opened)


@lru_cache(maxsize=8192)
def _nest(runs: tuple[Run, ...], opened: frozenset[str]) -> tuple[Inline, ...]:
    # Cached: saving a body walks every paragraph again, and most have not changed.
    out: list[Inline] = []
    n = 0
    while n < len(runs):
        run = runs[n]
        best: tuple[str, int] | None = None
        for kind in _NESTING:
            if kind in opened or not _has_format(run, kind, None):
                continue
            end = n + 1
            while end < len(runs) and _has_format(runs[end], kind, run.link):
                end += 1
            if best is None or end > best[1]:
                best = (kind, end)
        if best is None:
            piece = run.piece
            out.append(Text(piece) if isinstance(piece, str) else piece)
            n += 1
            continue
        kind, end = best
        inner = _nest(runs[n:end], opened | {kind})
        if kind == "strong":
            out.append(Strong(inner))
        elif kind == "emphasis":
            out.append(Emphasis(inner))
        else:
            out.append(Link(cast(str, run.link), inner))
        n = end
    return tuple(out)


def canonical_inlines(items: tuple[Inline, ...] | list[Inline], breaks: bool = True) -> tuple[Inline, ...]:
    """Return inline content in canonical form; without ``breaks`` (a heading, a cell) a line break is a blank."""
    runs = inline_runs(items)
    if not breaks:
        runs = [Run(" ") if isinstance(run.piece, LineBreak) else run for run in runs]
    runs = _tidy_runs(runs)
    while runs and isinstance(runs[0].piece, LineBreak):
        runs.pop(0)
    while runs and isinstance(runs[-1].piece, LineBreak):
        runs.pop()
    return nest_runs(runs)


def _visible(items: tuple[Inline, ...]) -> bool:
    """Return whether inline content shows anything (text other than blanks, code or an image)."""
    return any(
        (isinstance(item, Text) and not item.text.isspace())
        or isinstance(item, Code | Image)
        or (isinstance(item, Strong | Emphasis | Link) and _visible(item.children))
        for item in items
    )


def _paragraphs(items: tuple[Inline, ...] | list[Inline]) -> tuple[Paragraph, ...]:
    """Return canonical paragraphs of inline content (see :func:`_paragraphs_cached`)."""
    return _paragraphs_cached(tuple(items))


@lru_cache(maxsize=8192)
def _paragraphs_cached(items: tuple[Inline, ...]) -> tuple[Paragraph, ...]:
    """Return canonical paragraphs of inline content: two line breaks in a row part it (Markdown has no empty line)."""
    runs = _tidy_runs(inline_runs(items))
    out: list[Paragraph] = []
    start = 0
    for n in range(len(runs) + 1):
        if n == len(runs) or (
            isinstance(runs[n].piece, LineBreak) and n + 1 < len(runs) and isinstance(runs[n + 1].piece, LineBreak)
        ):
            part = runs[start:n]
            while part and isinstance(part[0].piece, LineBreak):
                part.pop(0)
            while part and isinstance(part[-1].piece, LineBreak):
                part.pop()
            inlines = nest_runs(part)
            if _visible(inlines):
                out.append(Paragraph(inlines))
            start = n + 1
    return tuple(out)


# The editor's blocks as a flat sequence: every paragraph, heading, code block, rule and
# table is one line with the quote level and the lists around it.


@dataclass(frozen=True, slots=True)
class ListLevel:
    """One list around a line: which list (``key``), numbered or not, and the number of its current item."""

    key: int
    ordered: bool
    number: int = 1


Leaf = Paragraph | Heading | CodeBlock | ThematicBreak | Table


@dataclass(frozen=True, slots=True)
class Line:
    """A block of the editor with its quote level and lists; ``item`` starts an item of ``lists[-1]``."""

    block: Leaf
    quote: int = 0
    lists: tuple[ListLevel, ...] = ()
    item: bool = False


def _canonical_table(table: Table) -> Table | None:
    width = max([len(table.header), *(len(row) for row in table.rows)], default=0)
    if width == 0:
        return None

    def cells(row: tuple[tuple[Inline, ...], ...]) -> tuple[tuple[Inline, ...], ...]:
        padded = (*row, *((),) * (width - len(row)))
        return tuple(canonical_inlines(cell, breaks=False) for cell in padded)

    return Table(cells(table.header), tuple(cells(row) for row in table.rows))


def flatten_blocks(blocks: tuple[Block, ...] | list[Block]) -> list[Line]:
    """Return blocks as the editor's lines, each block in canonical form."""
    lines: list[Line] = []
    _flatten(blocks, 0, (), lines, iter(range(1, 1 << 62)))
    return lines


def _flatten(
    blocks: tuple[Block, ...] | list[Block],
    quote: int,
    lists: tuple[ListLevel, ...],
    out: list[Line],
    keys: Iterator[int],
) -> None:
    for block in blocks:
        if isinstance(block, Paragraph):
            out.extend(Line(paragraph, quote, lists) for paragraph in _paragraphs(block.children))
        elif isinstance(block, Heading):
            children = canonical_inlines(block.children, breaks=False)
            if _visible(children):
                out.append(Line(Heading(max(1, min(6, block.level)), children), quote, lists))
        elif isinstance(block, CodeBlock):
            text = _SEPARATORS.sub("\n", block.text)
            if text.strip():
                out.append(Line(CodeBlock(text), quote, lists))
        elif isinstance(block, ThematicBreak):
            out.append(Line(block, quote, lists))
        elif isinstance(block, Table):
            table = _canonical_table(block)
            if table is not None:
                out.append(Line(table))  # a table stands outside quotes and lists in the editor
        elif isinstance(block, BlockQuote):
            # The editor nests lists in quotes, not quotes in lists: a quote inside an item is its text.
            _flatten(block.blocks, quote if lists else quote + 1, lists, out, keys)
        else:
            key = next(keys)
            ordered = isinstance(block, OrderedList)
            start = block.start if isinstance(block, OrderedList) else 1
            for n, item in enumerate(block.items):
                inner = (*lists, ListLevel(key, ordered, start + n))
                first = len(out)
                _flatten(item.blocks, quote, inner, out, keys)
                head = out[first] if len(out) > first else None
                if head is not None and head.lists == inner and not isinstance(head.block, Table):
                    out[first] = replace(head, item=True)
                else:
                    out.insert(first, Line(Paragraph(()), quote, inner, item=True))  # an item without text of its own


@dataclass(slots=True)
class _OpenList:
    key: int
    ordered: bool
    start: int
    items: list[list[Block]]


def build_blocks(lines: list[Line]) -> tuple[Block, ...]:
    """Return the blocks the editor's ``lines`` make (the inverse of :func:`flatten_blocks`)."""
    out: list[Block] = []
    n = 0
    while n < len(lines):
        end = n
        quoted = lines[n].quote > 0
        while end < len(lines) and (lines[end].quote > 0) == quoted:
            end += 1
        if quoted:
            inner = build_blocks([replace(line, quote=line.quote - 1) for line in lines[n:end]])
            if inner:
                out.append(BlockQuote(inner))
        else:
            out.extend(_build_lists(lines[n:end]))
        n = end
    return tuple(out)


def _build_lists(lines: list[Line]) -> list[Block]:
    out: list[Block] = []
    stack: list[_OpenList] = []

    def close_to(depth: int) -> None:
        while len(stack) > depth:
            top = stack.pop()
            items = tuple(ListItem(tuple(blocks)) for blocks in top.items)
            node: Block = OrderedList(items, top.start) if top.ordered else BulletList(items)
            (stack[-1].items[-1] if stack else out).append(node)

    for line in lines:
        levels = line.lists
        if isinstance(line.block, Table):
            levels = ()
        same = 0
        while same < len(stack) and same < len(levels) and stack[same].key == levels[same].key:
            same += 1
        close_to(same)
        for level in levels[same:]:
            stack.append(_OpenList(level.key, level.ordered, level.number, [[]]))
        if levels and same == len(levels) and line.item:
            stack[-1].items.append([])
        target = stack[-1].items[-1] if stack else out
        block = line.block
        if not isinstance(block, Paragraph) or block.children:
            target.append(block)
    close_to(0)
    return out


def canonical_blocks(blocks: tuple[Block, ...] | list[Block]) -> tuple[Block, ...]:
    """Return ``blocks`` as the editor holds them: canonical inlines, lists in quotes, tables outside lists."""
    return build_blocks(flatten_blocks(blocks))


def write_markdown(blocks: tuple[Block, ...] | list[Block]) -> str:
    """Return the canonical Markdown of ``blocks``: what the body editor saves for them.

    Where CommonMark cannot write a format at its place (bold right after a letter that
    starts with a parenthesis), the writer moves the edge; the text is written again from
    what it reads back until nothing changes, so writing the result once more keeps its bytes.
    """
    current = canonical_blocks(blocks)
    text = render_markdown(current)
    for _ in range(4):
        again = canonical_blocks(parse_markdown(text))
        if again == current:
            break
        current = again
        text = render_markdown(current)
    return text


def canonical_markdown(text: str) -> str:
    """Return ``text`` in canonical form (the schema migration brings stored bodies to it)."""
    return write_markdown(parse_markdown(text)) if text.strip() else ""


def literal_markdown(text: str) -> str:
    """Return plain typed ``text`` as canonical Markdown that reads back as exactly these characters.

    Lines become hard line breaks, blank lines separate paragraphs; every Markdown-active
    character is escaped where it would act. Fields typed as plain text before they were
    edited with formatting are brought over with this (a ``*`` stays a star).
    """
    paragraphs: list[Block] = []
    for part in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = part.split("\n")
        while lines and not lines[0].strip():
            lines.pop(0)  # a blank line at a paragraph's edge shows nothing
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            continue
        children: list[Inline] = []
        for line in lines:
            if children:
                children.append(LineBreak())
            children.append(Text(line))
        paragraphs.append(Paragraph(tuple(children)))
    return write_markdown(paragraphs) if paragraphs else ""
