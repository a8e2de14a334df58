"""Markdown bodies as a small tree of frozen dataclasses, shared by the wiki and Word exporters.

The body editor is Qt's ``QTextEdit``; ``QTextDocument.toMarkdown()`` writes CommonMark.
We parse with Python-Markdown (``tables``, ``sane_lists``, ``fenced_code``) and walk its
ElementTree instead of writing a Markdown parser. Python-Markdown is not CommonMark, so
:func:`normalize_commonmark` first rewrites the few things that differ (see there).

Our dialect on top of Python-Markdown:

- raw HTML and HTML entities are literal text (``<script>`` stays the characters
  ``<script>``; nothing is ever passed through as markup);
- every ASCII punctuation character can be backslash-escaped, as in CommonMark;
- soft line breaks inside a paragraph become a single space in :class:`Text`;
- ``[Text](dokument:7)`` is an ordinary :class:`Link` whose url names document 7.

:func:`render_markdown` writes a tree back as Markdown that parses to the same tree
(the wiki importer uses it).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from functools import cache, lru_cache
from string import punctuation
from threading import Lock

import markdown
from markdown.util import HTML_PLACEHOLDER_RE

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

# --- CommonMark (Qt) to Python-Markdown -----------------------------------------------

_LIST_ITEM = re.compile(r"^( *)([-+*]|\d{1,9}[.)])( +|$)(.*)$")
_THEMATIC = re.compile(r"^ {0,3}([-*_])( *\1){2,} *$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r"^ {0,3}> ?")


def normalize_commonmark(text: str) -> str:
    """Rewrite CommonMark list layout into the layout Python-Markdown understands.

    Qt writes nested list items indented to the parent's content column (two spaces
    after ``- ``, four after ``1.  ``) and lets a list follow a paragraph directly.
    Python-Markdown wants four spaces per nesting level and a blank line before a
    list, and knows only ``1.`` (not ``1)``). We re-indent items to four spaces per
    level and put a blank line before every item. Everything else is left as it is;
    fenced code blocks are copied untouched.
    """
    out: list[str] = []
    columns: list[int] = []  # content column of each open list item, outermost first
    fence = ""
    previous_blank = True
    previous_list = False
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    index = 0
    while index < len(raws):
        raw = raws[index]
        index += 1
        line = raw.expandtabs(4)
        if not fence and not columns and _QUOTE.match(line):
            # A block quote: normalize what it holds the same way, then quote it again.
            quoted = [_QUOTE.sub("", line, count=1)]
            while index < len(raws) and _QUOTE.match(raws[index].expandtabs(4)):
                quoted.append(_QUOTE.sub("", raws[index].expandtabs(4), count=1))
                index += 1
            if not previous_blank:
                out.append("")
            out.extend("> " + inner if inner else ">" for inner in normalize_commonmark("\n".join(quoted)).split("\n"))
            previous_blank = False
            previous_list = False
            continue
        if fence:
            out.append(raw)
            if line.strip().startswith(fence):
                fence = ""
            continue
        if not line.strip():
            out.append("")
            previous_blank = True
            continue
        fence_match = _FENCE.match(line)
        match = _LIST_ITEM.match(line) if not _THEMATIC.match(line) else None
        indent = len(line) - len(line.lstrip(" "))
        if match and not (match.group(4) == "" and match.group(3) == "" and not previous_list and not columns):
            indent = len(match.group(1))
            while columns and indent < columns[-1]:
                columns.pop()
            if not previous_blank:
                # A blank line before every item: Python-Markdown needs one before a list and
                # between a bullet and a numbered list (CommonMark splits them by the marker);
                # the looser list it makes does not show in our tree.
                out.append("")
            marker = match.group(2)
            if marker[-1] == ")":
                marker = marker[:-1] + "."
            out.append(" " * (4 * len(columns)) + marker + " " + match.group(4))
            spaces = len(match.group(3))
            columns.append(indent + len(match.group(2)) + (spaces if 0 < spaces <= 4 else 1))
            previous_list = True
            previous_blank = False
            continue
        if columns and (indent >= columns[0] or not previous_blank):
            # continuation of a list item (indented, or a lazy line right after it)
            depth = sum(1 for col in columns if col <= indent) or len(columns)
            extra = max(0, indent - columns[depth - 1]) if indent >= columns[0] else 0
            out.append(" " * (4 * depth + extra) + line.lstrip(" "))
            previous_blank = False
            continue
        columns.clear()
        previous_list = False
        previous_blank = False
        if fence_match:
            fence = fence_match.group(1)
        out.append(raw)
    return "\n".join(out)


# --- Python-Markdown ElementTree to our tree ------------------------------------------


def _new_markdown() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["tables", "sane_lists", "fenced_code"])
    # Raw HTML, entities and obfuscated mail links would reach us as stashed HTML;
    # without these processors their source stays literal text.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.deregister("entity")
    md.inlinePatterns.deregister("automail")
    # Reference-style links ([a][b] and "[b]: url" lines) are never written by Qt; as literal
    # text they show what the user typed, and four fewer inline patterns save a fifth of the time.
    for name in ("reference", "image_reference", "short_reference", "short_image_ref"):
        md.inlinePatterns.deregister(name)
    md.parser.blockprocessors.deregister("reference")
    md.treeprocessors.deregister("prettify")
    # CommonMark lets every ASCII punctuation character be escaped; Qt relies on that.
    md.ESCAPED_CHARS = list(punctuation)
    return md


@cache
def _markdown() -> markdown.Markdown:
    # One instance, reset per body: building it costs far more than a small body.
    return _new_markdown()


_LOCK = Lock()  # the one Markdown instance is not thread-safe


def _unescape_code(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


_PRE_CODE = re.compile(r"^<pre[^>]*><code[^>]*>(.*)</code></pre>\s*$", re.DOTALL)


def parse_markdown(text: str) -> list[Block]:
    """Return the blocks of a Markdown body (CommonMark as Qt writes it, or hand-typed)."""
    return list(_parse(text))


@lru_cache(maxsize=4096)
def _parse(text: str) -> tuple[Block, ...]:
    # Cached: the wiki preview exports the whole page again after every edit, and the tree
    # is immutable. Python-Markdown's own pipeline without its HTML serializer, which we
    # do not need.
    with _LOCK:
        md = _markdown()
        md.reset()
        lines = normalize_commonmark(text).split("\n")
        for preprocessor in md.preprocessors:
            lines = preprocessor.run(lines)
        root: etree.Element | None = md.parser.parseDocument(lines).getroot()
        for treeprocessor in md.treeprocessors:
            if root is None:
                break
            new_root = treeprocessor.run(root)
            if new_root is not None:
                root = new_root
        if root is None:
            return ()
        stash = [str(block) for block in md.htmlStash.rawHtmlBlocks]
        return tuple(_blocks(root, stash))


def clear_cache() -> None:
    """Forget cached parse results (benchmarks measure cold parsing with it)."""
    _parse.cache_clear()


def _blocks(parent: etree.Element, stash: list[str]) -> list[Block]:
    blocks: list[Block] = []
    for el in parent:
        block = _block(el, stash)
        if block is not None:
            blocks.append(block)
    return blocks


def _block(el: etree.Element, stash: list[str]) -> Block | None:
    tag = el.tag
    if tag == "p":
        placeholder = HTML_PLACEHOLDER_RE.fullmatch((el.text or "").strip()) if len(el) == 0 else None
        if placeholder is not None:
            index = int(placeholder.group(1))
            html = stash[index] if index < len(stash) else ""
            code = _PRE_CODE.match(html)
            return CodeBlock(_unescape_code(code.group(1)).removesuffix("\n") if code else html)
        children = _inlines(el)
        return Paragraph(children) if children else None
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return Heading(int(tag[1]), _inlines(el))
    if tag in ("ul", "ol"):
        items = tuple(ListItem(tuple(_item_blocks(li, stash))) for li in el if li.tag == "li")
        if tag == "ul":
            return BulletList(items)
        start = el.get("start", "1")
        return OrderedList(items, int(start) if start.isdigit() else 1)
    if tag == "table":
        return _table(el)
    if tag == "pre":
        code = el.find("code")
        text = "".join((code if code is not None else el).itertext())
        return CodeBlock(_unescape_code(text).removesuffix("\n"))
    if tag == "blockquote":
        return BlockQuote(tuple(_blocks(el, stash)))
    if tag == "hr":
        return ThematicBreak()
    children = _inlines(el)
    return Paragraph(children) if children else None


_BLOCK_TAGS = {"p", "ul", "ol", "table", "pre", "blockquote", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "div"}


def _item_blocks(li: etree.Element, stash: list[str]) -> list[Block]:
    """Return a list item's blocks; a tight item's loose text becomes a paragraph."""
    blocks: list[Block] = []
    pending: list[Inline] = []
    _append_text(pending, li.text or "")
    for child in li:
        if child.tag in _BLOCK_TAGS:
            if pending:
                blocks.append(Paragraph(tidy_inlines(pending)))
                pending = []
            block = _block(child, stash)
            if block is not None:
                blocks.append(block)
        else:
            pending.extend(_inline(child))
        _append_text(pending, child.tail or "")
    if pending and tidy_inlines(pending):
        blocks.append(Paragraph(tidy_inlines(pending)))
    return blocks


def _table(el: etree.Element) -> Table:
    header: tuple[tuple[Inline, ...], ...] = ()
    rows: list[tuple[tuple[Inline, ...], ...]] = []
    for tr in el.iter("tr"):
        cells = tuple(_inlines(cell) for cell in tr if cell.tag in ("th", "td"))
        if not header and not rows and all(cell.tag == "th" for cell in tr):
            header = cells
        else:
            rows.append(cells)
    return Table(header, tuple(rows))


_SOFT_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def _append_text(out: list[Inline], text: str) -> None:
    if text:
        out.append(Text(_SOFT_BREAK.sub(" ", text)))


def _inlines(el: etree.Element) -> tuple[Inline, ...]:
    out: list[Inline] = []
    _append_text(out, el.text or "")
    for child in el:
        out.extend(_inline(child))
        _append_text(out, child.tail or "")
    return tidy_inlines(out)


def _inline(el: etree.Element) -> list[Inline]:
    tag = el.tag
    if tag in ("strong", "b"):
        return [Strong(_inlines(el))]
    if tag in ("em", "i"):
        return [Emphasis(_inlines(el))]
    if tag == "code":
        # As in CommonMark, a line end inside a code span is a blank.
        return [Code(_unescape_code("".join(el.itertext())).replace("\n", " "))]
    if tag == "a":
        return [Link(el.get("href", ""), _inlines(el))]
    if tag == "br":
        return [LineBreak()]
    if tag == "img":
        return [Image(el.get("alt", ""), el.get("src", ""))]
    return list(_inlines(el))


def tidy_inlines(items: list[Inline]) -> tuple[Inline, ...]:
    """Merge neighbouring text, drop blanks after a line break, trim the ends (as the parser does)."""
    merged: list[Inline] = []
    for item in items:
        if isinstance(item, Text) and merged and isinstance(merged[-1], LineBreak):
            item = Text(item.text.lstrip(" "))
        if isinstance(item, Text) and not item.text:
            continue
        if isinstance(item, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + item.text)
        else:
            merged.append(item)
    while merged and isinstance(merged[0], LineBreak):
        merged.pop(0)
    while merged and isinstance(merged[-1], LineBreak):
        merged.pop()
    for n in range(1, len(merged)):
        before = merged[n - 1]
        if isinstance(merged[n], LineBreak) and isinstance(before, Text):
            merged[n - 1] = Text(before.text.rstrip(" "))
    if merged and isinstance(merged[0], Text):
        merged[0] = Text(merged[0].text.lstrip(" "))
    if merged and isinstance(merged[-1], Text):
        merged[-1] = Text(merged[-1].text.rstrip(" "))
    return tuple(item for item in merged if not (isinstance(item, Text) and not item.text))


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

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|!{}])")
_MD_LINE_START = re.compile(r"^(#|>|[-+=~]|\d+[.)])")


def escape_markdown(text: str) -> str:
    """Return ``text`` as Markdown that shows these characters (blanks at the start are dropped)."""
    flat = text.replace("\r", " ").replace("\n", " ")
    return escape_markdown_line_start(_MD_SPECIAL.sub(r"\\\1", flat))


def _url(url: str) -> str:
    if not any(char in url for char in " ()<>"):
        return url
    # The angle-bracket form keeps spaces and parentheses without changing the address.
    return "<" + url.replace("<", "%3C").replace(">", "%3E") + ">"


def _render_inlines(items: tuple[Inline, ...], table: bool = False) -> str:
    parts: list[str] = []
    for n, item in enumerate(items):
        if isinstance(item, Text):
            text = _MD_SPECIAL.sub(r"\\\1", item.text.replace("\r", " ").replace("\n", " "))
            parts.append(text)
        elif isinstance(item, Strong | Emphasis):
            inner = _render_inlines(item.children, table)
            mark = "**" if isinstance(item, Strong) else "*"
            stripped = inner.strip(" ")
            if stripped:
                lead = inner[: len(inner) - len(inner.lstrip(" "))]
                trail = inner[len(inner.rstrip(" ")) :]
                parts.append(f"{lead}{mark}{stripped}{mark}{trail}")
        elif isinstance(item, Code) and item.text:
            ticks = "`"
            while ticks in item.text:
                ticks += "`"
            pad = " " if item.text.startswith("`") or item.text.endswith("`") else ""
            code = item.text.replace("\n", " ")
            parts.append(f"{ticks}{pad}{code}{pad}{ticks}")
        elif isinstance(item, Link):
            parts.append(f"[{_render_inlines(item.children, table)}]({_url(item.url)})")
        elif isinstance(item, Image):
            alt = _MD_SPECIAL.sub(r"\\\1", item.alt)
            parts.append(f"![{alt}]({_url(item.url)})")
        elif isinstance(item, LineBreak) and n + 1 < len(items):
            parts.append(" " if table else "  \n")
    text = "".join(parts)
    return escape_markdown_line_start(text)


def escape_markdown_line_start(text: str) -> str:
    """Escape a character at the start of a line that would make it a heading, list or quote."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        stripped = line.lstrip(" \t")
        match = _MD_LINE_START.match(stripped)
        if match:
            first = match.group(1)
            stripped = first[:-1] + "\\" + stripped[len(first) - 1 :] if first[-1] in ".)" else "\\" + stripped
        out.append(stripped)
    return "\n".join(out)


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line else line for line in text.split("\n"))


def _render_block(block: Block, nested: bool = False) -> str:
    if isinstance(block, Paragraph):
        return _render_inlines(block.children)
    if isinstance(block, Heading):
        return "#" * max(1, min(6, block.level)) + " " + _render_inlines(block.children)
    if isinstance(block, BulletList | OrderedList):
        lines: list[str] = []
        for n, item in enumerate(block.items):
            marker = "-" if isinstance(block, BulletList) else f"{block.start + n}."
            body = ""
            for b in item.blocks:
                separator = "\n" if isinstance(b, BulletList | OrderedList) else "\n\n"
                body = body + separator + _render_block(b, True) if body else _render_block(b, True)
            if item.blocks and not isinstance(item.blocks[0], Paragraph):
                body = "\n" + body  # "- - -" would be a rule: a nested list starts on the next line
            first, _, rest = body.partition("\n")
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
            return "| " + " | ".join(_render_inlines(cell, table=True) for cell in padded) + " |"

        header = row(block.header)
        return "\n".join([header, "| " + " | ".join(["---"] * width) + " |", *(row(r) for r in block.rows)])
    if isinstance(block, CodeBlock) and nested:
        # Python-Markdown knows fences only at the top level; inside lists and quotes it is indented.
        return "\n".join("    " + line if line else "" for line in block.text.split("\n"))
    if isinstance(block, CodeBlock):
        fence = "```"
        while fence in block.text:
            fence += "`"
        return f"{fence}\n{block.text}\n{fence}"
    if isinstance(block, BlockQuote):
        inner = "\n\n".join(_render_block(b, True) for b in block.blocks)
        return "\n".join("> " + line if line else ">" for line in inner.split("\n"))
    return "---"


def render_markdown(blocks: list[Block] | tuple[Block, ...]) -> str:
    """Return Markdown source for ``blocks`` that :func:`parse_markdown` reads back as the same tree."""
    return "\n\n".join(text for text in (_render_block(b) for b in blocks) if text)
