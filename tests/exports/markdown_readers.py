"""The second reader of bodies: Python-Markdown (as the HTML export configures it) read back into our tree.

:func:`python_markdown_blocks` renders a body with :class:`exports.html_markdown.BodyRenderer`
(without the page's own rewriting of heading levels, links and images) and turns the HTML
into :mod:`exports.markdown_ast` blocks, so that the differential test can compare it with
what the CommonMark parser (:func:`exports.markdown_ast.parse_markdown`) reads.
"""

from __future__ import annotations

from typing import Any

import html5lib

from exports.html_markdown import BodyRenderer, PageState
from exports.markdown_ast import (
    Block,
    BlockQuote,
    BulletList,
    Code,
    CodeBlock,
    Emphasis,
    Heading,
    Image,
    Inline,
    LineBreak,
    Link,
    ListItem,
    OrderedList,
    Paragraph,
    Strong,
    Table,
    Text,
    ThematicBreak,
    tidy_inlines,
)

_NS = "{http://www.w3.org/1999/xhtml}"
_BLOCK_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre", "blockquote", "hr", "table", "div"}
)


class UnknownMarkup(AssertionError):
    """Python-Markdown wrote an element that bodies never hold (a reader difference in itself)."""


def python_markdown_html(text: str) -> str:
    """Return the HTML Python-Markdown makes of a body, as the HTML export reads it."""
    return BodyRenderer(PageState(), fit_to_page=False).render(text, 0)


_KEPT_BLANKS = {"&#32;": "\ue000", "&#9;": "\ue001"}


def python_markdown_blocks(text: str) -> tuple[Block, ...]:
    """Return the blocks of a body as Python-Markdown reads it.

    A blank that the page writes as ``&#32;`` (one our writer kept at the edge of a line)
    stays a blank of the text, as the CommonMark reader keeps it: it is not tidied away.
    """
    rendered = python_markdown_html(text)
    for entity, stand_in in _KEPT_BLANKS.items():
        rendered = rendered.replace(entity, stand_in)
    fragment = html5lib.parseFragment(rendered, treebuilder="etree", namespaceHTMLElements=True)
    return tuple(_blanks_back(block) for block in _blocks(fragment))


def _blanks_back(node: Any) -> Any:
    """Return ``node`` with the stand-ins of :data:`_KEPT_BLANKS` as the blanks they are."""
    if isinstance(node, Text):
        return Text(node.text.replace("\ue000", " ").replace("\ue001", "\t"))
    if isinstance(node, tuple):
        return tuple(_blanks_back(child) for child in node)
    if isinstance(node, Paragraph | Strong | Emphasis):
        return type(node)(_blanks_back(node.children))
    if isinstance(node, Heading):
        return Heading(node.level, _blanks_back(node.children))
    if isinstance(node, Link):
        return Link(node.url, _blanks_back(node.children))
    if isinstance(node, BlockQuote):
        return BlockQuote(_blanks_back(node.blocks))
    if isinstance(node, BulletList):
        return BulletList(tuple(ListItem(_blanks_back(item.blocks)) for item in node.items))
    if isinstance(node, OrderedList):
        return OrderedList(tuple(ListItem(_blanks_back(item.blocks)) for item in node.items), node.start)
    if isinstance(node, Table):
        return Table(_blanks_back(node.header), _blanks_back(node.rows))
    return node


def _tag(element: Any) -> str:
    tag = element.tag
    return tag[len(_NS) :] if isinstance(tag, str) and tag.startswith(_NS) else str(tag)


def _blocks(container: Any) -> list[Block]:
    """Return the blocks of an element's children; loose inline content (a tight list item's) is a paragraph."""
    out: list[Block] = []
    pending: list[Inline] = []

    def flush() -> None:
        inlines = tidy_inlines(pending)
        if inlines and not (len(inlines) == 1 and isinstance(inlines[0], Text) and not inlines[0].text.strip()):
            out.append(Paragraph(inlines))
        pending.clear()

    if container.text:
        pending.append(_text(container.text))
    for child in container:
        tag = _tag(child)
        if tag in _BLOCK_TAGS:
            flush()
            out.extend(_block(child))
        else:
            pending.extend(_inline(child))
        if child.tail:
            pending.append(_text(child.tail))
    flush()
    return out


def _block(element: Any) -> list[Block]:
    tag = _tag(element)
    if tag == "p":
        inlines = tidy_inlines(_inline_children(element))
        return [Paragraph(inlines)] if inlines else []
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return [Heading(int(tag[1]), tidy_inlines(_inline_children(element)))]
    if tag in ("ul", "ol"):
        items = tuple(ListItem(tuple(_blocks(li))) for li in element if _tag(li) == "li")
        if tag == "ul":
            return [BulletList(items)]
        return [OrderedList(items, int(element.get("start", "1")))]
    if tag == "pre":
        code = next(iter(element), None)
        if code is None or _tag(code) != "code":
            raise UnknownMarkup(f"<pre> without <code>: {element}")
        text = "".join(code.itertext()).removesuffix("\n")
        return [CodeBlock(text)] if text.strip() else []
    if tag == "blockquote":
        return [BlockQuote(tuple(_blocks(element)))]
    if tag == "hr":
        return [ThematicBreak()]
    if tag == "table":
        header: tuple[tuple[Inline, ...], ...] = ()
        rows: list[tuple[tuple[Inline, ...], ...]] = []
        for part in element:
            for row in part:
                if _tag(row) != "tr":
                    continue
                cells = tuple(tidy_inlines(_inline_children(cell)) for cell in row if _tag(cell) in ("th", "td"))
                if _tag(part) == "thead":
                    header = cells
                else:
                    rows.append(cells)
        return [Table(header, tuple(rows))]
    raise UnknownMarkup(f"<{tag}> in a body")


def _inline_children(element: Any) -> list[Inline]:
    out: list[Inline] = [_text(element.text)] if element.text else []
    for child in element:
        if _tag(child) in _BLOCK_TAGS:
            raise UnknownMarkup(f"<{_tag(child)}> inside <{_tag(element)}>")
        out.extend(_inline(child))
        if child.tail:
            out.append(_text(child.tail))
    return out


def _text(text: str) -> Text:
    """Return HTML text as our tree holds it: a line end inside a paragraph is a blank (a soft break)."""
    return Text(text.replace("\n", " "))


def _inline(element: Any) -> list[Inline]:
    tag = _tag(element)
    if tag in ("strong", "b"):
        return [Strong(tidy_inline_edges(_inline_children(element)))]
    if tag in ("em", "i"):
        return [Emphasis(tidy_inline_edges(_inline_children(element)))]
    if tag == "code":
        return [Code("".join(element.itertext()))]
    if tag == "a":
        return [Link(element.get("href", ""), tidy_inline_edges(_inline_children(element)))]
    if tag == "br":
        return [LineBreak()]
    if tag == "img":
        return [Image(element.get("alt", ""), element.get("src", ""))]
    if tag == "span":
        return _inline_children(element)
    raise UnknownMarkup(f"<{tag}> in a body's text")


def tidy_inline_edges(items: list[Inline]) -> tuple[Inline, ...]:
    """Return the content of a format with neighbouring text merged (blanks at its edges kept)."""
    merged: list[Inline] = []
    for item in items:
        if isinstance(item, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + item.text)
        elif not (isinstance(item, Text) and not item.text):
            merged.append(item)
    return tuple(merged)
