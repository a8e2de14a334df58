"""A light, read-only tree of wiki text, built fast from mwparserfromhell's tokens.

mwparserfromhell reads wiki text in two steps: its tokenizer (written in C) turns the
text into a flat list of tokens, and its builder (Python) turns those into editable node
objects. The importer only reads, and on a page of MediaWiki's maximum size (2 MB, with
thousands of ``<ref>``) the builder alone takes longer than pandoc's whole run. So we
take the library's tokens, which carry all of its knowledge of wiki syntax, and build
plain slotted nodes from them in one linear pass.

Each node remembers its span of tokens; :meth:`Node.source` gives back the exact wiki
text of the node (through the library's own builder, used only for the few nodes whose
text is needed: templates kept as text, excerpts in the report).

HTML entities are decoded as MediaWiki shows them: a numeric entity for a code point
that cannot stand in a page (a UTF-16 surrogate such as ``&#xD800;``, or beyond
U+10FFFF) stays the literal text it is.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Sequence
from html.entities import name2codepoint
from typing import Any

from mwparserfromhell.parser import tokens as t
from mwparserfromhell.parser.builder import Builder
from mwparserfromhell.parser.errors import ParserError

_Tokenizer: Any
try:  # the C tokenizer ships with the wheels; the Python one reads the same tokens
    from mwparserfromhell.parser._tokenizer import CTokenizer as _Tokenizer  # pyright: ignore
except ImportError:  # pragma: no cover - only without the compiled extension
    from mwparserfromhell.parser.tokenizer import Tokenizer as _Tokenizer  # pyright: ignore

Token = Any
"""A mwparserfromhell token (a dict subclass per kind)."""


class Node:
    """A node of the tree: it knows the tokens it came from."""

    __slots__ = ("end", "start", "tokens")

    def __init__(self, tokens: Sequence[Token], start: int, end: int) -> None:
        self.tokens = tokens
        self.start = start
        self.end = end

    def source(self) -> str:
        """Return the wiki text of this node exactly as it stood."""
        return source_of(self.tokens[self.start : self.end])

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.source()!r})"


class Text(Node):
    """Plain text (may hold newlines)."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:  # no token span: the text is its own source
        self.value = value

    def source(self) -> str:
        """Return the text itself."""
        return self.value

    def __repr__(self) -> str:
        return f"Text({self.value!r})"


class Entity(Node):
    """An HTML entity; ``value`` is what a reader sees."""

    __slots__ = ("value",)

    def __init__(self, value: str, tokens: Sequence[Token], start: int, end: int) -> None:
        super().__init__(tokens, start, end)
        self.value = value


class Comment(Node):
    """``<!-- … -->``."""

    __slots__ = ("value",)

    def __init__(self, value: str, tokens: Sequence[Token], start: int, end: int) -> None:
        super().__init__(tokens, start, end)
        self.value = value


class Template(Node):
    """``{{name|params}}``; each parameter is ``(name or None when positional, value)``."""

    __slots__ = ("name", "params")

    def __init__(
        self,
        name: list[Node],
        params: list[tuple[list[Node] | None, list[Node]]],
        tokens: Sequence[Token],
        start: int,
        end: int,
    ) -> None:
        super().__init__(tokens, start, end)
        self.name = name
        self.params = params


class Argument(Node):
    """``{{{name|default}}}``."""

    __slots__ = ()


class Wikilink(Node):
    """``[[title|text]]``."""

    __slots__ = ("text", "title")

    def __init__(
        self, title: list[Node], text: list[Node] | None, tokens: Sequence[Token], start: int, end: int
    ) -> None:
        super().__init__(tokens, start, end)
        self.title = title
        self.text = text


class ExternalLink(Node):
    """``[url title]`` or a bare address (``brackets`` false)."""

    __slots__ = ("brackets", "title", "url")

    def __init__(
        self,
        url: list[Node],
        title: list[Node] | None,
        brackets: bool,
        tokens: Sequence[Token],
        start: int,
        end: int,
    ) -> None:
        super().__init__(tokens, start, end)
        self.url = url
        self.title = title
        self.brackets = brackets


class Tag(Node):
    """An HTML tag or its wiki form (``'''``, ``*``, ``{|``, ``|-`` …).

    ``name`` is lower case; ``contents`` is ``None`` for a self-closing tag; ``markup``
    is the wiki markup that opened it (``None`` for an HTML tag).
    """

    __slots__ = ("attributes", "contents", "markup", "name")

    def __init__(
        self,
        name: str,
        markup: str | None,
        attributes: list[tuple[str, list[Node]]],
        contents: list[Node] | None,
        tokens: Sequence[Token],
        start: int,
        end: int,
    ) -> None:
        super().__init__(tokens, start, end)
        self.name = name
        self.markup = markup
        self.attributes = attributes
        self.contents = contents

    def attribute(self, name: str) -> list[Node] | None:
        """Return the value of attribute ``name`` (case-insensitive), if present."""
        wanted = name.lower()
        return next((value for key, value in self.attributes if key.lower() == wanted), None)


class Heading(Node):
    """``== title ==``."""

    __slots__ = ("level", "title")

    def __init__(self, level: int, title: list[Node], tokens: Sequence[Token], start: int, end: int) -> None:
        super().__init__(tokens, start, end)
        self.level = level
        self.title = title


def source_of(tokens: Sequence[Token]) -> str:
    """Return the wiki text of a balanced run of tokens (the library's builder writes it)."""
    if all(type(token) is t.Text for token in tokens):
        return "".join(token["text"] for token in tokens)
    builder: Any = Builder()
    return str(builder.build(list(tokens)))


def tokenize(text: str) -> list[Token]:
    """Return mwparserfromhell's tokens of ``text``."""
    tokens: list[Token] = _Tokenizer().tokenize(text, 0, False)
    return tokens


def parse(text: str) -> list[Node]:
    """Return the nodes of ``text``."""
    return build(tokenize(text))


def build(tokens: Sequence[Token]) -> list[Node]:
    """Return the nodes of a balanced run of tokens, in one pass."""
    return _TreeBuilder(tokens).nodes(())


_VALID = ((0x09, 0x0A), (0x0D, 0x0D), (0x20, 0xD7FF), (0xE000, 0xFFFD), (0x10000, 0x10FFFF))


def entity_value(name: str, numeric: bool, hexadecimal: str, raw: str) -> str:
    """Return what a reader sees for an entity: its character, or ``raw`` for one MediaWiki refuses."""
    if not numeric:
        code = name2codepoint.get(name)
        return chr(code) if code is not None else html.unescape(raw)
    try:
        code = int(name, 16 if hexadecimal else 10)
    except ValueError:
        return raw
    # Control characters decode as the exporter wrote them; surrogates and the impossible stay text.
    if code < 0x20 and code not in (0x09, 0x0A, 0x0D):
        return chr(code) if code else raw
    if any(low <= code <= high for low, high in _VALID):
        return chr(code)
    return raw


class _TreeBuilder:
    """Reads the token list once, left to right, keeping an index."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.i = 0

    def nodes(self, stops: tuple[type, ...]) -> list[Node]:
        """Read nodes until a token of a type in ``stops`` (not consumed) or the end."""
        tokens = self.tokens
        out: list[Node] = []
        append = out.append
        text_kind = t.Text
        count = len(tokens)
        while self.i < count:
            token = tokens[self.i]
            kind: Any = token.__class__
            if kind is text_kind:
                append(Text(token["text"]))
                self.i += 1
            elif kind in stops:
                break
            elif kind is t.TagOpenOpen:
                append(self.tag())
            elif kind is t.WikilinkOpen:
                append(self.wikilink())
            elif kind is t.ExternalLinkOpen:
                append(self.external_link())
            elif kind is t.HTMLEntityStart:
                append(self.entity())
            elif kind is t.TemplateOpen:
                append(self.template())
            elif kind is t.CommentStart:
                append(self.comment())
            elif kind is t.HeadingStart:
                append(self.heading())
            elif kind is t.ArgumentOpen:
                append(self.argument())
            else:
                # A closing token without its opening one: keep its text (the tokenizer never does this).
                append(Text(source_of([token])))
                self.i += 1
        return out

    def expect(self, kind: type) -> Token | None:
        i = self.i
        if i < len(self.tokens):
            token = self.tokens[i]
            if type(token) is kind:
                self.i = i + 1
                return token
        return None

    def text_until(self, stops: tuple[type, ...]) -> str:
        tokens = self.tokens
        i = self.i
        count = len(tokens)
        if i + 1 < count and type(tokens[i]) is t.Text and type(tokens[i + 1]) in stops:
            self.i = i + 1  # the usual case: one piece of text
            return tokens[i]["text"]
        start = i
        while i < count and type(tokens[i]) not in stops:
            i += 1
        self.i = i
        run = tokens[start:i]
        try:
            return source_of(run)  # the whole run at once: a template or link in it is written whole
        except ParserError:  # a stop inside something the run opened: keep its text at least
            return "".join(token["text"] for token in run if type(token) is t.Text)

    def template(self) -> Template:
        start = self.i
        self.i += 1
        stops = (t.TemplateParamSeparator, t.TemplateClose)
        name = self.nodes(stops)
        params: list[tuple[list[Node] | None, list[Node]]] = []
        while self.expect(t.TemplateParamSeparator) is not None:
            first = self.nodes((t.TemplateParamEquals, *stops))
            if self.expect(t.TemplateParamEquals) is not None:
                params.append((first, self.nodes(stops)))
            else:
                params.append((None, first))
        self.expect(t.TemplateClose)
        return Template(name, params, self.tokens, start, self.i)

    def argument(self) -> Argument:
        start = self.i
        self.i += 1
        self.nodes((t.ArgumentSeparator, t.ArgumentClose))
        if self.expect(t.ArgumentSeparator) is not None:
            self.nodes((t.ArgumentClose,))
        self.expect(t.ArgumentClose)
        return Argument(self.tokens, start, self.i)

    def wikilink(self) -> Wikilink:
        start = self.i
        self.i += 1
        title = self.nodes((t.WikilinkSeparator, t.WikilinkClose))
        text = self.nodes((t.WikilinkClose,)) if self.expect(t.WikilinkSeparator) is not None else None
        self.expect(t.WikilinkClose)
        return Wikilink(title, text, self.tokens, start, self.i)

    def external_link(self) -> ExternalLink:
        start = self.i
        brackets = bool(self.tokens[self.i].get("brackets"))
        self.i += 1
        url = self.nodes((t.ExternalLinkSeparator, t.ExternalLinkClose))
        title = self.nodes((t.ExternalLinkClose,)) if self.expect(t.ExternalLinkSeparator) is not None else None
        self.expect(t.ExternalLinkClose)
        return ExternalLink(url, title, brackets, self.tokens, start, self.i)

    def entity(self) -> Entity:
        start = self.i
        self.i += 1
        numeric = self.expect(t.HTMLEntityNumeric) is not None
        hex_token = self.expect(t.HTMLEntityHex) if numeric else None
        name = self.text_until((t.HTMLEntityEnd,))
        self.expect(t.HTMLEntityEnd)
        marker = ("#" + (str(hex_token.get("char") or "x") if hex_token is not None else "")) if numeric else ""
        raw = f"&{marker}{name};"
        return Entity(
            entity_value(name, numeric, "x" if hex_token is not None else "", raw), self.tokens, start, self.i
        )

    def comment(self) -> Comment:
        start = self.i
        self.i += 1
        value = self.text_until((t.CommentEnd,))
        self.expect(t.CommentEnd)
        return Comment(value, self.tokens, start, self.i)

    def heading(self) -> Heading:
        start = self.i
        level = int(self.tokens[self.i].get("level") or 1)
        self.i += 1
        title = self.nodes((t.HeadingEnd,))
        self.expect(t.HeadingEnd)
        return Heading(level, title, self.tokens, start, self.i)

    def tag(self) -> Tag:
        start = self.i
        markup = self.tokens[self.i].get("wiki_markup")
        self.i += 1
        ends = (t.TagAttrStart, t.TagCloseOpen, t.TagCloseSelfclose)
        name = self.text_until(ends).strip().lower()
        attributes: list[tuple[str, list[Node]]] = []
        while self.expect(t.TagAttrStart) is not None:
            key = self.text_until((t.TagAttrEquals, *ends)).strip()
            value: list[Node] = []
            if self.expect(t.TagAttrEquals) is not None:
                self.expect(t.TagAttrQuote)
                value = self.nodes(ends)
            attributes.append((key, value))
        contents: list[Node] | None = None
        if self.expect(t.TagCloseSelfclose) is None:
            self.expect(t.TagCloseOpen)
            contents = self.nodes((t.TagOpenClose,))
            if self.expect(t.TagOpenClose) is not None:
                self.text_until((t.TagCloseClose,))
                self.expect(t.TagCloseClose)
        return Tag(name, markup, attributes, contents, self.tokens, start, self.i)


# --- reading helpers -----------------------------------------------------------------------------------


def walk(nodes: Iterable[Node]) -> Iterator[Node]:
    """Yield every node, depth first, including those inside links, tags and templates."""
    stack: list[Iterator[Node]] = [iter(nodes)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            continue
        yield node
        if isinstance(node, Tag):
            for _, value in node.attributes:
                stack.append(iter(value))
            if node.contents is not None:
                stack.append(iter(node.contents))
        elif isinstance(node, Wikilink):
            stack.append(iter(node.title))
            if node.text is not None:
                stack.append(iter(node.text))
        elif isinstance(node, ExternalLink):
            stack.append(iter(node.url))
            if node.title is not None:
                stack.append(iter(node.title))
        elif isinstance(node, Template):
            stack.append(iter(node.name))
            for name, value in node.params:
                stack.append(iter(value))
                if name is not None:
                    stack.append(iter(name))
        elif isinstance(node, Heading):
            stack.append(iter(node.title))


def source_text(nodes: Iterable[Node]) -> str:
    """Return the wiki text of a node list."""
    return "".join(node.source() for node in nodes)
