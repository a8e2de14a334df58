"""Section bodies and goal descriptions as HTML, rendered with Python-Markdown.

The HTML export (and the reading view) read a body with Python-Markdown and its
extensions ``toc`` (heading ids), ``tables``, ``sane_lists`` and ``attr_list``, plus
our own (:class:`LiteralTextExtension`, :class:`FencedCodeExtension`,
:class:`AttrListGuardExtension`, :class:`DocumentLinkExtension`). They read a body as
the wiki and Word exporters do (see :mod:`exports.markdown_ast`):

- raw HTML and entities are literal text: ``<script>`` comes out as ``&lt;script&gt;``,
  ``&amp;`` as the five characters typed;
- every ASCII punctuation character can be escaped with a backslash, a backslash at a
  line end is a line break, and code fences are code blocks (as in CommonMark);
- ``attr_list`` sets only an id (``{#anker}``) or a language (``{lang=en}``, for a
  passage in another language); any other braces stay text, so neither script
  attributes nor lost words can come out of a typed ``{…}``;
- ``[Text](dokument:7)`` names document 7 of the file: the other document is not part
  of the page, so the link text is followed by that document's wiki page title in
  parentheses (as in the Word document) — unless the caller maps document ids to
  addresses (``document_href``), then it is a link;
- headings in a body nest below their section's heading and never skip a level;
  images become a link to the image (nothing is loaded from the network); only
  ``http(s):``, ``mailto:`` and ``#`` addresses become links, others stay text;
  every id is unique on the page, every table has a caption and header cells with ``scope``.
"""

from __future__ import annotations

import html
import re
import string
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

import markdown
from markdown import util
from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor, ListIndentProcessor
from markdown.extensions import Extension
from markdown.extensions.attr_list import get_attrs_and_remainder
from markdown.extensions.sane_lists import SaneOListProcessor, SaneUListProcessor
from markdown.extensions.tables import TableProcessor
from markdown.extensions.toc import TocExtension, slugify_unicode
from markdown.inlinepatterns import BACKTICK_RE, BacktickInlineProcessor, InlineProcessor
from markdown.treeprocessors import Treeprocessor

from editor.domain.validation import DOCUMENT_LINK_SCHEME

DocumentHref = Callable[[int], "str | None"]
"""Maps a document id of the file to the address of its page, or None where it has none."""

TOC_DEPTH = 3
"""Headings down to this level (``<h3>``) are listed in the table of contents."""

MAX_HEADING = 6
"""Deeper levels stay ``<h6>``: HTML has no ``<h7>``, and screen readers do not all announce ``aria-level`` past 6."""

_LINK_SCHEMES = ("http://", "https://", "mailto:")

# Characters HTML does not allow in text (C0/C1 controls but tab and line ends, lone
# surrogates, noncharacters): a browser shows them as boxes or stops at them.
_NONCHARACTERS = "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17))
_NOT_IN_HTML = re.compile(f"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{_NONCHARACTERS}]|\r(?!\n)")


def esc(text: str) -> str:
    """Return ``text`` escaped for HTML text and attribute values, with characters HTML forbids replaced."""
    return html.escape(clean(text), quote=True)


def clean(text: str) -> str:
    """Return ``text`` with characters that HTML does not allow replaced by U+FFFD."""
    return _NOT_IN_HTML.sub("\ufffd", text)


def is_link_url(url: str) -> bool:
    """Return whether ``url`` may be a link on the page: http(s) or mailto with an address after the scheme."""
    lowered = url.strip().lower()
    return any(lowered.startswith(scheme) and len(lowered) > len(scheme) for scheme in _LINK_SCHEMES)


@dataclass(slots=True)
class TocEntry:
    """A heading in the table of contents: its level, id and text."""

    level: int
    ident: str
    text: str


@dataclass(slots=True)
class PageState:
    """What the page and its bodies share: used ids, the running heading level, the table of contents."""

    ids: set[str] = field(default_factory=set[str])
    last_level: int = 1
    toc: list[TocEntry] = field(default_factory=list[TocEntry])
    tables: int = 0

    def claim(self, wanted: str) -> str:
        """Return ``wanted`` (or ``wanted-2``, ``-3`` …) as an id no other element of the page has."""
        base = re.sub(r"\s+", "-", wanted.strip()) or "abschnitt"
        ident, number = base, 2
        while ident in self.ids:
            ident, number = f"{base}-{number}", number + 1
        self.ids.add(ident)
        return ident

    def snapshot(self) -> tuple[set[str], int, int, int]:
        """Return what :meth:`restore` needs to forget everything claimed after this call."""
        return set(self.ids), self.last_level, len(self.toc), self.tables

    def restore(self, saved: tuple[set[str], int, int, int]) -> None:
        """Go back to a :meth:`snapshot`: a body that could not be rendered leaves no ids or entries behind."""
        self.ids, self.last_level, entries, self.tables = set(saved[0]), saved[1], saved[2], saved[3]
        del self.toc[entries:]

    def level(self, wanted: int) -> int:
        """Return the heading level to use for ``wanted``: never more than one below the last heading."""
        level = max(2, min(wanted, self.last_level + 1, MAX_HEADING))
        self.last_level = level
        return level

    def slug(self, text: str) -> str:
        """Return a fresh id made from ``text`` (its first words)."""
        return self.claim(slugify_unicode(text, "-")[:60].rstrip("-"))


# --- Python-Markdown: how our bodies are read -------------------------------------------------

_ASCII_PUNCTUATION = string.punctuation
_BRACE_GROUP = re.compile(r"\{([^{}\n]*)\}")
_ID_VALUE = re.compile(r"[\w.:-]+")
_LANG_VALUE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_ESCAPED_BRACES = str.maketrans({"{": f"{util.STX}123{util.ETX}", "}": f"{util.STX}125{util.ETX}"})
_SENTINELS = [chr(code) for code in range(0xE000, 0xF900)]
"""Private-use characters; one that a body does not contain stands in for its "&" while it is read."""

_CODE_END = f"{util.STX}code-end{util.ETX}"
"""Ends a code block while it is read, so that Python-Markdown keeps its trailing blanks (no text holds STX)."""

# An entity for a blank not escaped by a backslash (an even number of them before it).
_BLANK_ENTITY = re.compile(r"((?<!\\)(?:\\\\)*)&#(32|9);")
_CODE = re.compile(r"(<code[^>]*>.*?</code>)", re.DOTALL)


def _blanks_back(rendered: str, blanks: str) -> str:
    """Return HTML with the blank stand-ins as blanks in text, and as the typed entity inside code."""
    parts = _CODE.split(rendered)
    for n, part in enumerate(parts):
        if n % 2:
            parts[n] = part.replace(blanks[0], "&amp;#32;").replace(blanks[1], "&amp;#9;")
        else:
            parts[n] = part.replace(blanks[0], "&#32;").replace(blanks[1], "&#9;")
    return "".join(parts)


class _HardBreakProcessor(InlineProcessor):
    """A backslash at the end of a line is a line break (CommonMark), as two trailing blanks are."""

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element, int, int]:
        """Return a ``<br>`` for the backslash and line end."""
        return etree.Element("br"), m.start(0), m.end(0)


class _CodeSpanProcessor(BacktickInlineProcessor):
    """A code span keeps its blanks as in CommonMark: one blank is taken off each end only when both have one.

    Python-Markdown strips all white space at both ends (``` ` a ` ``` is ``a``), which
    would make ``Code(" a")`` and ``Code("a")`` one; our writer pads a code span with a
    blank where CommonMark takes one off.
    """

    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element | str | None, int | None, int | None]:
        """Return the ``<code>`` element of the span (escaped backslashes as Python-Markdown does)."""
        if m.group(1):
            return m.group(1).replace("\\\\", self.ESCAPED_BSLASH), m.start(0), m.end(0)
        begin = m.start(0)
        start, end = cast(Any, self).find_code_spans(begin, data)  # not in the type stubs
        start, end = int(start), cast("int | None", end)
        if end is None:
            return None, begin, start
        code = data[start:end].replace("\n", " ")
        if len(code) >= 2 and code[0] == " " and code[-1] == " " and code.strip(" "):
            code = code[1:-1]
        element = etree.Element(self.tag)
        element.text = util.AtomicString(util.code_escape(code))
        return element, begin, end + (start - begin)


class LiteralTextExtension(Extension):
    """Raw HTML and entities stay text; every ASCII punctuation character can be escaped (as in CommonMark).

    Python-Markdown passes raw HTML through by default; its block preprocessor and its
    inline HTML and entity patterns are taken out, so that ``<script>`` is escaped by the
    serializer like any other text. ``&`` is handled by :class:`BodyRenderer`.
    """

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        """Deregister the HTML handling and widen the escapable characters."""
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.deregister("entity")
        for char in _ASCII_PUNCTUATION:
            if char not in md.ESCAPED_CHARS:
                md.ESCAPED_CHARS.append(char)
        md.inlinePatterns.register(_HardBreakProcessor(r"\\\n", md), "backslash_break", 185)
        md.inlinePatterns.register(_CodeSpanProcessor(BACKTICK_RE), "backtick", 190)


class _FencedCodeProcessor(BlockProcessor):
    """A code block between fences (three or more backticks or tildes), as in CommonMark.

    Python-Markdown's own ``fenced_code`` extension reads fences in the whole text at
    once, also inside lists where they belong to an item, and turns ``{…}`` after the
    fence into attributes of the code element; this block processor does neither.
    """

    OPEN = re.compile(r"^( {0,3})(`{3,}|~{3,})([^\n]*)$", re.MULTILINE)
    _PARAGRAPH_LINE = re.compile(r"^(?![ \t]|[-*+>]|\d{1,9}[.)])")

    def _opening(self, block: str) -> re.Match[str] | None:
        for match in self.OPEN.finditer(block):
            if match.group(2)[0] == "`" and "`" in match.group(3):
                continue  # a backtick fence's info string holds no backtick: this is inline code
            before = block[: match.start()].split("\n")[:-1]
            # Only after plain paragraph lines: lists and quotes read their own content (and fences in it).
            if all(self._PARAGRAPH_LINE.match(line) for line in before):
                return match
            return None
        return None

    def test(self, parent: etree.Element, block: str) -> bool:
        """Return whether a fence opens in ``block``."""
        return self._opening(block) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        """Turn the fenced lines into ``<pre><code>``; what stands before the fence is read as usual."""
        block = blocks.pop(0)
        match = self._opening(block)
        assert match is not None
        before = block[: match.start()].rstrip("\n")
        if before:
            self.parser.parseBlocks(parent, [before])
        indent, fence = len(match.group(1)), match.group(2)
        closing = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        lines = block[match.end() + 1 :].split("\n") if match.end() < len(block) else []
        code: list[str] = []
        while True:
            for n, line in enumerate(lines):
                if closing.match(line):
                    self._code_block(parent, code)
                    rest = "\n".join(lines[n + 1 :])
                    if rest.strip():
                        blocks.insert(0, rest)
                    return
                blanks = len(line) - len(line.lstrip(" "))
                code.append(line[min(indent, blanks) :])
            if not blocks:
                break  # never closed: the code runs to the end of its container, as in CommonMark
            code.append("")  # the blank line that parted the blocks
            lines = blocks.pop(0).split("\n")
        self._code_block(parent, code)

    @staticmethod
    def _code_block(parent: etree.Element, lines: list[str]) -> None:
        pre = etree.SubElement(parent, "pre")
        inner = etree.SubElement(pre, "code")
        inner.text = util.AtomicString(util.code_escape("\n".join(lines)) + _CODE_END)  # prettify adds the line end


class FencedCodeExtension(Extension):
    """Register :class:`_FencedCodeProcessor` ahead of paragraphs and indented code."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        """Add the fence reader to the block parser."""
        parser: BlockParser = md.parser
        parser.blockprocessors.register(_FencedCodeProcessor(parser), "our_fenced_code", 95)


_MARKER = "data-strategie-marker"
"""A list's marker character while the body is read; taken off before the HTML is written."""


class _ListMarkers:
    """CommonMark's list rules that Python-Markdown lacks, shared by the two list readers below.

    - A list whose marker differs from the list right above (``-`` after ``*``, ``1)`` after
      ``1.``) is a new list, as in CommonMark; our writer marks two adjacent lists so.
    - ``1)`` numbers an item as ``1.`` does.
    - The lines of an item's first block are taken with the item's indentation removed
      (Python-Markdown keeps it, which puts a code fence in an item out of its column).
    - An item's further block ends where the next item starts (:class:`_ListIndentProcessor`).
    """

    tab_length: int
    SIBLING_TAGS: list[str]
    RE: re.Pattern[str]

    def _marker(self, block: str) -> str:
        match = _LIST_ITEM.match(block)
        return match.group(2)[-1] if match else ""

    def _split_from_sibling(self, parent: etree.Element, block: str, run: Callable[[], object]) -> None:
        sibling = parent[-1] if len(parent) else None
        marker = self._marker(block)
        if sibling is not None and sibling.get(_MARKER, marker) != marker:
            tags, self.SIBLING_TAGS = self.SIBLING_TAGS, []  # pyright: ignore[reportConstantRedefinition]
            try:
                run()
            finally:
                self.SIBLING_TAGS = tags  # pyright: ignore[reportConstantRedefinition]
        else:
            run()
        new = parent[-1] if len(parent) else None
        if new is not None and new.tag in ("ol", "ul") and new.get(_MARKER) is None:
            new.set(_MARKER, marker)

    def _items(self, block: str, child: re.Pattern[str], indent: re.Pattern[str]) -> list[str]:
        items: list[str] = []
        widths: list[int] = []
        fence = ""  # the fence of a code block open in the current item: its lines are code
        for line in block.split("\n"):
            in_code = bool(fence)
            match = None if in_code else child.match(line)
            item = _LIST_ITEM.match(line) if match else None
            if in_code:
                if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                    fence = ""
            elif match and item and (opened := _FENCE.match(line[len(item.group(0)) :])):
                fence = opened.group(1)
            if match and item:
                items.append(match.group(3))
                widths.append(len(item.group(0)))
            elif indent.match(line) and items and not in_code:
                if items[-1].startswith(" " * self.tab_length):
                    items[-1] = f"{items[-1]}\n{line}"
                else:
                    items.append(line)
                    widths.append(0)
            elif items:
                width = widths[-1]
                if width and not items[-1].startswith(" " * self.tab_length):
                    blanks = len(line) - len(line.lstrip(" "))
                    line = line[min(blanks, width) :]  # the item's own column, as in CommonMark
                items[-1] = f"{items[-1]}\n{line}"
            else:
                items.append(line)
                widths.append(0)
        return items


_LIST_ITEM = re.compile(r"^( {0,3})([-*+]|\d{1,9}[.)])( +|$)")
_FENCE = re.compile(r"^(`{3,}|~{3,})")


def _indent_re(tab: int) -> re.Pattern[str]:
    """Return the pattern of a nested item (either kind, "1)" too), indented one step."""
    return re.compile(rf"^[ ]{{{tab},{tab * 2 - 1}}}((\d+[.)])|[*+-])[ ]+.*")


class _OListProcessor(_ListMarkers, SaneOListProcessor):
    """Numbered lists with ``1.`` or ``1)``; see :class:`_ListMarkers`."""

    def __init__(self, parser: BlockParser) -> None:
        super().__init__(parser)
        limit = self.tab_length - 1
        self.RE = re.compile(rf"^[ ]{{0,{limit}}}\d+[.)][ ]+(.*)")
        self.CHILD_RE = re.compile(rf"^[ ]{{0,{limit}}}((\d+[.)]))[ ]+(.*)")
        self.INDENT_RE = _indent_re(self.tab_length)

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        """Read the list, a new one where the delimiter changes."""
        self._split_from_sibling(parent, blocks[0], lambda: SaneOListProcessor.run(self, parent, blocks))

    def get_items(self, block: str) -> list[str]:
        """Break a block into items (each item's first block without the item's indentation)."""
        first = self.CHILD_RE.match(block)
        if first:
            self.STARTSWITH = re.match(r"\s*(\d+)", first.group(1)).group(1)  # type: ignore[union-attr]
        return self._items(block, self.CHILD_RE, self.INDENT_RE)


class _UListProcessor(_ListMarkers, SaneUListProcessor):
    """Bullet lists; a new one where the bullet changes; see :class:`_ListMarkers`."""

    def __init__(self, parser: BlockParser) -> None:
        super().__init__(parser)
        self.INDENT_RE = _indent_re(self.tab_length)

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        """Read the list, a new one where the bullet changes."""
        self._split_from_sibling(parent, blocks[0], lambda: SaneUListProcessor.run(self, parent, blocks))

    def get_items(self, block: str) -> list[str]:
        """Break a block into items (each item's first block without the item's indentation)."""
        return self._items(block, self.CHILD_RE, self.INDENT_RE)


_ANY_LIST_ITEM = re.compile(r"^( *)(?:[-*+]|\d{1,9}[.)])(?: |$)")


class _ListIndentProcessor(ListIndentProcessor):
    """An indented block (an item's further paragraph) ends where a less indented list item starts.

    In CommonMark a list item interrupts a paragraph; Python-Markdown would read the next
    item (``- c`` after ``-   a``, a blank line and ``    b``) as text of the paragraph.
    """

    def looseDetab(self, text: str, level: int = 1) -> str:
        """Remove the indentation of ``level`` steps, and blanks (up to three) that all lines have beyond it.

        An item of ``100.`` has its text five columns in: its further blocks are indented by
        five, one more than Python-Markdown's step of four (CommonMark allows up to three
        blanks before any block).
        """
        text = super().looseDetab(text, level)
        lines = text.split("\n")
        extra = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
        if 0 < extra < self.tab_length:
            lines = [line[extra:] for line in lines]
        return "\n".join(lines)

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        """Read the indented part; the lines from the next outer item on are read as a block of their own."""
        lines = blocks[0].split("\n")
        indent = len(lines[0]) - len(lines[0].lstrip(" "))
        for n, line in enumerate(lines[1:], 1):
            item = _ANY_LIST_ITEM.match(line)
            if item and len(item.group(1)) < indent:
                blocks[0:1] = ["\n".join(lines[:n]), "\n".join(lines[n:])]
                break
        super().run(parent, blocks)


class _TableProcessor(TableProcessor):
    """GFM tables: a header row alone has no body row (Python-Markdown adds an empty one); ``\\|`` is a pipe."""

    def _split_row(self, row: str) -> list[str]:
        """Split a row into cells; ``\\|`` in a cell is a pipe, also in code (as in GFM)."""
        cells: list[str] = cast(Any, super())._split_row(row)  # not in the type stubs
        return [cell.replace("\\|", "|") for cell in cells]

    def _build_empty_row(self, parent: etree.Element, align: Any) -> None:
        """Add nothing: CommonMark reads no row here."""

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        """Read the table; an empty body is left out."""
        super().run(parent, blocks)
        table = parent[-1]
        for body in table.findall("tbody"):
            if not len(body):
                table.remove(body)


class _DropMarkers(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        """Take the list markers off again."""
        for element in root.iter():
            element.attrib.pop(_MARKER, None)


class CommonMarkBlocksExtension(Extension):
    """Lists and tables read as CommonMark (and GFM) read them, where Python-Markdown differs.

    Replaces ``sane_lists``' list readers (:class:`_OListProcessor`, :class:`_UListProcessor`)
    and the ``tables`` reader (:class:`_TableProcessor`); load it after both.
    """

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        """Register the list and table readers under the names of the ones they replace."""
        parser: BlockParser = md.parser
        parser.blockprocessors.register(_ListIndentProcessor(parser), "indent", 90)
        parser.blockprocessors.register(_OListProcessor(parser), "olist", 40)
        parser.blockprocessors.register(_UListProcessor(parser), "ulist", 30)
        parser.blockprocessors.register(_TableProcessor(parser, {"use_align_attribute": False}), "table", 75)
        # Our writer writes every link inline and escapes a typed "[": a line "[\\]: …" is text.
        # Python-Markdown's reader of reference definitions would take it for one (the escape
        # does not count there) and drop the line.
        parser.blockprocessors.deregister("reference")
        md.treeprocessors.register(_DropMarkers(md), "drop_list_markers", 100)


def _allowed_attributes(inner: str) -> bool:
    """Return whether ``{inner}`` is an attribute list we honour: only ids and languages."""
    attrs, remainder = get_attrs_and_remainder(inner.lstrip(":").strip())
    if remainder or not attrs:
        return False
    for key, value in attrs:
        value = value or ""  # a valueless attribute ({hidden}) is None at run time
        if key == "id" and _ID_VALUE.fullmatch(value):
            continue
        if key == "lang" and _LANG_VALUE.fullmatch(value):
            continue
        return False
    return True


def _guard_braces(text: str, after_inline: bool = False) -> str:
    """Return ``text`` with every brace escaped that does not enclose an id or language list.

    After an inline element (``*x*{lang=en}``) only a list right at the start counts:
    ``attr_list`` reads there up to the last closing brace, and would move text around
    if a second list followed.
    """
    if "{" not in text and "}" not in text:
        return text
    if after_inline:
        match = _BRACE_GROUP.match(text)
        if match and _allowed_attributes(match.group(1)):
            return match.group(0) + text[match.end() :].translate(_ESCAPED_BRACES)
        return text.translate(_ESCAPED_BRACES)
    parts: list[str] = []
    position = 0
    for match in _BRACE_GROUP.finditer(text):
        parts.append(text[position : match.start()].translate(_ESCAPED_BRACES))
        whole = match.group(0)
        parts.append(whole if _allowed_attributes(match.group(1)) else whole.translate(_ESCAPED_BRACES))
        position = match.end()
    parts.append(text[position:].translate(_ESCAPED_BRACES))
    return "".join(parts)


class _BraceGuard(Treeprocessor):
    """Escapes every brace that does not belong to an id or language list, before ``attr_list`` reads them."""

    def run(self, root: etree.Element) -> None:
        """Escape the braces of all text outside code."""
        for element in root.iter():
            if element.text and element.tag != "code":
                element.text = _guard_braces(element.text)
            if element.tail:
                element.tail = _guard_braces(element.tail, not self.md.is_block_level(element.tag))


class AttrListGuardExtension(Extension):
    """``attr_list`` limited to ``{#id}`` and ``{lang=…}``: other braces stay literal text."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        """Register the guard between the inline patterns (20) and attr_list (8)."""
        md.treeprocessors.register(_BraceGuard(md), "attr_list_guard", 9)


class _PageTreeprocessor(Treeprocessor):
    """Fits a rendered body into the page: heading levels and ids, links, images, tables, attributes."""

    ALLOWED = frozenset({"id", "lang", "href", "title", "start", "style", "scope"})
    _ALIGN = re.compile(r"text-align: (?:left|right|center);")

    def __init__(self, md: markdown.Markdown, renderer: BodyRenderer) -> None:
        super().__init__(md)
        self.renderer = renderer

    def run(self, root: etree.Element) -> None:
        """Rewrite the body tree in place."""
        renamed: dict[str, str] = {}
        fragment_links: list[etree.Element] = []
        self._images(root, False)
        self._walk(root, False, renamed, fragment_links)
        for link in fragment_links:
            target = link.get("href", "#")[1:]
            target = renamed.get(target, target)
            if target in self.renderer.state.ids:
                link.set("href", f"#{target}")
            else:
                _to_text(link)  # a target the page does not have

    def _walk(
        self, element: etree.Element, in_link: bool, renamed: dict[str, str], fragment_links: list[etree.Element]
    ) -> None:
        for child in list(element):
            tag = child.tag
            self._sanitize(child)
            if re.fullmatch(r"h[1-6]", str(tag)):
                if not "".join(child.itertext()).strip():
                    _remove(element, child)  # "#" alone: a heading without words names nothing
                    continue
                self._heading(child, int(tag[1]), renamed)
            elif child.get("id"):
                old = child.get("id", "")
                renamed[old] = self.renderer.state.claim(old)
                child.set("id", renamed[old])
            if tag == "a":
                self._link(child, in_link, fragment_links)
            elif tag == "table":
                self._table(child)
            self._walk(child, in_link or child.tag == "a", renamed, fragment_links)

    def _images(self, element: etree.Element, in_link: bool) -> None:
        for child in element:
            if child.tag == "img":
                self._image(child, in_link)
            else:
                self._images(child, in_link or child.tag == "a")

    def _sanitize(self, element: etree.Element) -> None:
        for key in list(element.attrib):
            value = element.attrib[key] or ""  # None for a valueless attribute
            keep = key in self.ALLOWED and bool(value)
            if key == "style":
                keep = element.tag in ("th", "td") and bool(self._ALIGN.fullmatch(value))
            elif key == "class":
                keep = value == "unsichtbar"  # set by _table; attr_list cannot set classes (see _BraceGuard)
            if not keep:
                del element.attrib[key]

    def _heading(self, element: etree.Element, level: int, renamed: dict[str, str]) -> None:
        state = self.renderer.state
        level = state.level(self.renderer.base_level + level)
        old = element.get("id", "")
        text = "".join(element.itertext()).strip()
        ident = state.claim(old) if old else state.slug(text)
        if old:
            renamed[old] = ident
        element.tag = f"h{level}"
        element.set("id", ident)
        if level <= TOC_DEPTH:
            state.toc.append(TocEntry(level, ident, text))

    def _link(self, element: etree.Element, in_link: bool, fragment_links: list[etree.Element]) -> None:
        url = element.get("href", "").strip()
        if util.AMP_SUBSTITUTE in url:  # an e-mail address that the automail pattern wrote as entities
            url = html.unescape(url.replace(util.AMP_SUBSTITUTE, "&"))
            element.set("href", url)
        if in_link:
            _to_text(element)
        elif url.startswith(f"{DOCUMENT_LINK_SCHEME}:"):
            self._document_link(element, url.split(":", 1)[1].strip())
        elif url.startswith("#") and len(url) > 1:
            fragment_links.append(element)
        elif not is_link_url(url):
            _to_text(element)  # javascript:, relative and other addresses: the text stays, no link
        if element.tag == "a" and not "".join(element.itertext()).strip():
            element.text = url  # a link needs a name; the address says where it goes

    def _document_link(self, element: etree.Element, ref: str) -> None:
        doc_id = int(ref) if ref.isdigit() else None
        title = self.renderer.titles.get(doc_id) if doc_id is not None else None
        href = self.renderer.document_href(doc_id) if doc_id is not None and self.renderer.document_href else None
        text = "".join(element.itertext()).strip()
        if href and (is_link_url(href) or href.startswith("#")):
            element.set("href", href)
            if title and title != text:
                element.set("title", self.renderer.literal(title))
            return
        _to_text(element)
        if title and title != text:
            element.tail = f" („{self.renderer.literal(title)}“){element.tail or ''}"

    def _image(self, element: etree.Element, in_link: bool) -> None:
        url = (element.get("src") or "").strip()
        alt = element.get("alt") or ""
        label = f"Bild: {alt}" if alt else "Bild"
        element.attrib.clear()
        element.text = label
        if is_link_url(url) and not in_link:
            element.tag = "a"
            element.set("href", url)  # shown on request, never loaded with the page
        else:
            element.tag = "span"

    def _table(self, element: etree.Element) -> None:
        state = self.renderer.state
        state.tables += 1
        caption = etree.Element("caption")
        caption.text = (
            f"Tabelle {state.tables}: {self.renderer.literal(self.renderer.context)}"
            if self.renderer.context
            else f"Tabelle {state.tables}"
        )
        element.insert(0, caption)
        cells = [cell for head in element.iter("thead") for cell in head.iter("th")]
        named = [bool("".join(cell.itertext()).strip()) for cell in cells]
        for number, (cell, has_name) in enumerate(zip(cells, named, strict=True), 1):
            if has_name:
                cell.set("scope", "col")
            elif any(named):
                cell.tag = "td"  # an empty cell beside named ones heads nothing (a row-header column)
            else:
                # No column has a name: say which column it is, for screen readers only.
                cell.set("scope", "col")
                hidden = etree.SubElement(cell, "span", {"class": "unsichtbar"})
                hidden.text = f"Spalte {number}"


def _remove(parent: etree.Element, child: etree.Element) -> None:
    """Remove ``child`` from ``parent``, keeping the text that follows it."""
    index = list(parent).index(child)
    if child.tail:
        if index:
            parent[index - 1].tail = (parent[index - 1].tail or "") + child.tail
        else:
            parent.text = (parent.text or "") + child.tail
    parent.remove(child)


def _to_text(element: etree.Element) -> None:
    """Turn an element into a plain ``<span>``: its text stays, it is no longer a link or image."""
    element.tag = "span"
    element.attrib.clear()


class DocumentLinkExtension(Extension):
    """``[Text](dokument:7)`` and the rest of :class:`_PageTreeprocessor`'s rewriting, after all others."""

    def __init__(self, renderer: BodyRenderer) -> None:
        super().__init__()
        self.renderer = renderer

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        """Register the page rewriting after ``unescape`` (0), when the text is final."""
        md.treeprocessors.register(_PageTreeprocessor(md, self.renderer), "strategie_page", -1)


class BodyRenderer:
    """Renders section bodies and goal descriptions to HTML fragments of one page."""

    def __init__(
        self,
        state: PageState,
        titles: dict[int, str] | None = None,
        document_href: DocumentHref | None = None,
        *,
        fit_to_page: bool = True,
    ) -> None:
        """``fit_to_page`` False leaves out :class:`DocumentLinkExtension`: the body as Python-Markdown reads it
        (heading levels, links and images as written), for the test that compares it with the CommonMark reader."""
        self.state = state
        self.titles = titles or {}
        self.document_href = document_href
        self.base_level = 1
        self.context = ""
        self._sentinel = _SENTINELS[0]
        self.md = markdown.Markdown(
            extensions=[
                TocExtension(marker="", slugify=slugify_unicode),
                "tables",
                "sane_lists",
                "attr_list",
                LiteralTextExtension(),
                FencedCodeExtension(),
                CommonMarkBlocksExtension(),
                AttrListGuardExtension(),
                *([DocumentLinkExtension(self)] if fit_to_page else []),
            ],
            output_format="html",
        )
        self.md.ESCAPED_CHARS.append(self._sentinel)

    def render(self, text: str, base_level: int, context: str = "") -> str:
        """Return ``text`` as HTML; its headings go below ``base_level``, its tables are captioned with ``context``."""
        if not text.strip():
            return ""
        self.base_level = base_level
        self.context = context
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        saved = self.state.snapshot()
        try:
            if not self._choose_sentinel(text + context):
                raise RecursionError  # a text holding all 6,400 private-use characters: shown as plain text
            self.md.reset()
            # "&#32;" and "&#9;" are the blanks our writer keeps at a line's ends (see
            # exports.markdown_ast): stand-ins carry them past the "&" handling.
            blanks = "".join(char for char in _SENTINELS[-64:] if char not in text and char != self._sentinel)[:2]
            if len(blanks) == 2 and ("&#32;" in text or "&#9;" in text):
                text = _BLANK_ENTITY.sub(lambda m: m.group(1) + blanks[m.group(2) == "9"], text)
            text, spaces = self._hide_spaces(text, blanks)
            rendered = self.md.convert(text.replace("&", self._sentinel)).replace(_CODE_END, "")
            if len(blanks) == 2 and (blanks[0] in rendered or blanks[1] in rendered):
                rendered = _blanks_back(rendered, blanks)
            for space, stand_in in spaces.items():
                rendered = rendered.replace(stand_in, space)
        except RecursionError:
            # Python-Markdown reads nested containers recursively; text nested thousands deep
            # is shown as what it is, plain paragraphs.
            self.state.restore(saved)
            return "\n".join(
                f"<p>{esc(part).replace(chr(10), '<br>')}</p>" for part in text.split("\n\n") if part.strip()
            )
        return clean(rendered.replace(self._sentinel, "&amp;"))

    def _hide_spaces(self, text: str, taken: str) -> tuple[str, dict[str, str]]:
        """Return ``text`` with white space that is not Markdown's own in stand-ins, and the stand-ins.

        CommonMark counts only blanks, tabs and line ends as white space of the syntax; any
        other (a no-break space, a thin space) is a character of the text. Python-Markdown
        strips all of Python's white space at the ends of paragraphs, headings and items, and
        turns tabs into blanks; stand-ins that are no white space keep them as typed. (Our
        writer indents with blanks only: a tab in a body is always a character of its text.)
        """
        spaces = sorted({char for char in text if char.isspace() and char not in " \n"})
        if not spaces:
            return text, {}
        free = (
            char for char in _SENTINELS[-160:-64] if char not in text and char != self._sentinel and char not in taken
        )
        stand_ins = {space: stand_in for space, stand_in in zip(spaces, free, strict=False)}
        if len(stand_ins) < len(spaces):
            return text, {}  # a text of thousands of private-use characters: as Python-Markdown reads it
        return text.translate(str.maketrans(stand_ins)), stand_ins

    def literal(self, text: str) -> str:
        """Return ``text`` to be put into the tree as it is: its "&" shown as typed, not read as an entity."""
        return text.replace("&", self._sentinel)

    def _choose_sentinel(self, text: str) -> bool:
        """Pick a stand-in for "&" that ``text`` does not contain; False if there is none."""
        if self._sentinel not in text:
            return True
        fresh = next((char for char in _SENTINELS if char not in text), None)
        if fresh is None:
            return False
        self.md.ESCAPED_CHARS.remove(self._sentinel)
        self.md.ESCAPED_CHARS.append(fresh)
        self._sentinel = fresh
        return True
