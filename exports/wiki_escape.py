"""Escaping user text for wiki markup: whatever a user types comes out literal.

Text that needs no escaping is left alone, so ordinary German prose stays readable in
the wiki's edit box. Where escaping is needed we use

- numeric HTML entities for single characters (``&#91;`` for ``[``, ``&lt;`` for ``<``),
  because they work in every context: running text, headings, list items, table cells,
  link labels and template parameters, and mwparserfromhell reads them back as
  ``HTMLEntity`` nodes, which the importer decodes exactly;
- ``&#124;`` for ``|`` inside template parameters, never ``{{!}}``: an infobox is
  usually a table, and ``{{!}}`` becomes a raw ``|`` inside it again, so the text
  before it would be read as cell attributes and vanish (``&#124;`` stays a character
  in every template; the importer still reads ``{{!}}`` on pages);
- entities, not ``<nowiki>``, for line-start markup (``*``, ``#``, ``:``, ``;``, ``=``,
  ``----``, a leading space), since one entity is enough and keeps the line short.
  ``<nowiki>`` is used only for verbatim code (:func:`nowiki`).

Contexts (``where``):

``text``      running text of a paragraph or list item;
``field``     a single-line field value (list items built from fields, headings, link
              labels): newlines and leading/trailing blanks become entities so they
              survive the wiki's trimming;
``template``  a template parameter value: like ``field``, and ``|`` becomes ``&#124;``;
``table``     a table cell: like ``field``, ``|`` and ``!`` become entities.
"""

from __future__ import annotations

import re

_ENTITY_LIKE = re.compile(r"&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")
_ALWAYS = {
    "<": "&lt;",
    "[": "&#91;",
    "]": "&#93;",
    "{": "&#123;",
    "}": "&#125;",
}
_ALWAYS_TABLE = str.maketrans(_ALWAYS)
_ALWAYS_CHARS = re.compile(r"[<\[\]{}]")
_RUNS = re.compile(r"~{3,}|_{2,}|'{2,}")
_LINE_START = {
    "*": "&#42;",
    "#": "&#35;",
    ":": "&#58;",
    ";": "&#59;",
    "=": "&#61;",
    " ": "&#32;",
    "\t": "&#9;",
    "|": "&#124;",
    "!": "&#33;",
    "-": "&#45;",
}
_WHITESPACE = {" ": "&#32;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;", "\x0b": "&#11;", "\x0c": "&#12;"}
_NEEDS_WORK = re.compile(r"[<&\[\]{}|!\x00-\x1f\x7f]")


def _needs_work(text: str, where: str, at_line_start: bool) -> bool:
    """Return whether ``text`` (not empty) holds anything :func:`escape` changes in ``where``.

    One character class and plain substring tests: an alternation with anchors made the
    regular expression try every position, and this test runs on every piece of text.
    Running text keeps blanks and apostrophes at its ends; only fields protect them.
    """
    if _NEEDS_WORK.search(text) is not None or "~~~" in text or "__" in text or "''" in text:
        return True
    if where == "text":
        return at_line_start and text[0] in "*#:;= -"
    return text[0] in "*#:;= '-" or text[-1] == "'" or text[-1].isspace()


def escape_text(text: str, at_line_start: bool = True) -> str:
    """Return :func:`escape` of running text (``where="text"``); the quick test inline, as most text needs nothing."""
    if (
        _NEEDS_WORK.search(text) is None
        and "~~~" not in text
        and "__" not in text
        and "''" not in text
        and not (at_line_start and text and text[0] in "*#:;= -")
    ):
        return text
    return escape(text, "text", at_line_start=at_line_start)


# Control characters cannot stand raw in a page (MediaWiki drops or rejects them); NUL has
# no entity at all and becomes U+FFFD, the only character we cannot keep.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _control(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return "&#65533;" if code == 0 else f"&#{code};"


def _run(match: re.Match[str]) -> str:
    text = match.group(0)
    # One entity per character: a run of '' or ~~~ or __ would otherwise be markup.
    return "".join(f"&#{ord(char)};" for char in text)


def escape(text: str, where: str = "text", extra: str = "", at_line_start: bool = True) -> str:
    """Return ``text`` as wiki markup that shows exactly these characters in context ``where``.

    ``extra`` lists characters that are always written as entities (the exporter uses it
    for the separators of its own list formats, so the importer can find them).
    ``at_line_start`` says whether the text begins a line (only for ``text``).
    """
    if not text:
        return ""
    if not extra and not _needs_work(text, where, at_line_start):
        return text
    out = _ENTITY_LIKE.sub("&amp;", text) if "&" in text else text
    if _ALWAYS_CHARS.search(out):
        out = out.translate(_ALWAYS_TABLE)
    if "~~~" in out or "__" in out or "''" in out:
        out = _RUNS.sub(_run, out)
    if _CONTROL.search(out):
        out = _CONTROL.sub(_control, out)
    # A lone apostrophe next to our own ''/''' would join them: in fields escape it at the
    # ends; running text is joined by the exporter, which puts <nowiki/> between such runs.
    if where != "text" and out.startswith("'"):
        out = "&#39;" + out[1:]
    if where != "text" and out.endswith("'"):
        out = out[:-1] + "&#39;"
    if extra:
        # Entities written so far hold only "&#0-9;" and letters, never a separator character.
        out = out.translate({ord(char): f"&#{ord(char)};" for char in extra})
    if where == "template":
        out = out.replace("|", "&#124;")
    elif where == "table":
        out = out.replace("|", "&#124;").replace("!", "&#33;")
    if where == "text":
        out = out.replace("\r", "&#13;")
        if "\n" not in out:
            out = _escape_line_start(out) if at_line_start else out
        else:
            lines = out.split("\n")
            out = "\n".join(_escape_line_start(line) if n or at_line_start else line for n, line in enumerate(lines))
    else:
        out = _protect_blanks(out)
    return out


def _escape_line_start(line: str) -> str:
    if not line:
        return line
    if line.startswith("----"):
        return "&#45;" + line[1:]
    first = line[0]
    if first in _LINE_START and first != "-":
        return _LINE_START[first] + line[1:]
    return line


def _protect_blanks(text: str) -> str:
    """Make newlines and the blanks at both ends survive: the wiki trims and breaks on them."""
    start = len(text) - len(text.lstrip(" \t\n\r\x0b\x0c"))
    end = len(text.rstrip(" \t\n\r\x0b\x0c"))
    if end <= start:
        return "".join(_WHITESPACE.get(char, char) for char in text)
    head = "".join(_WHITESPACE.get(char, char) for char in text[:start])
    tail = "".join(_WHITESPACE.get(char, char) for char in text[end:])
    middle = text[start:end]
    if any(char in middle for char in "\n\r\x0b\x0c"):
        middle = "".join(_WHITESPACE[char] if char in "\n\r\x0b\x0c" else char for char in middle)
    body = head + middle + tail
    return _escape_line_start(body) if not head else body


def nowiki(text: str) -> str:
    """Return verbatim text inside ``<nowiki>``; only ``&`` and ``<`` need entities there."""
    return "<nowiki>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</nowiki>"


_URL_UNSAFE = re.compile(r"[\x00-\x20\[\]<>\"{}|'\x7f]")


def escape_url(url: str) -> str:
    """Return an address safe inside ``[url label]``: characters that end or break it are percent-encoded."""
    return _URL_UNSAFE.sub(lambda match: "".join(f"%{b:02X}" for b in match.group(0).encode("utf-8")), url)
