"""Wiki text import: the text of a Konzept page becomes a new document.

The page is read with mwparserfromhell's tokenizer (:mod:`exports.wiki_tree` builds a
light tree from its tokens), never with regular expressions over the page. We accept
what real pages contain: the ``{{Konzeption}}`` call with old or new parameter names
(or the ``standard`` profile's wikitable), section title variants, empty sections, the
Themenfeld icon table (``.png``/``.jpg``, "2"-suffixed icons, an optional second row of
links), nested goal lists, several council papers, Leitziele in and outside the
catalogue, prose and sub-headings inside sections, categories.

What the page shows stays where it stood: prose around the fixed parts goes into
``Document.page_texts`` (before the first heading, above or below a list), text under a
Themenfeld in the Leitziele section into that Themenfeld's notes, unknown infobox
parameters into ``Document.extra_params`` and further categories into
``Document.categories``; all of them are exported again. The icon file a page used for a
Themenfeld is kept. What the import cannot place is kept in ``Document.notes``, a note
for the author that ``check`` lists and that is never published.

:attr:`ImportResult.report` says in German what happened, including every
normalisation (a renamed heading, an older wording of an intro sentence, the dropped
"Zum Themenfeld" row); :attr:`ImportResult.normalised` holds the visible text each
normalisation replaced.

Escaped text comes back exactly: HTML entities, ``{{!}}`` and ``<nowiki>`` are decoded
into literal characters, and the separators of our own list formats are searched for
only in raw text, never in decoded characters. Time and memory grow linearly with the
page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from editor.domain.messages import Message, Sentence, UserError, message
from editor.domain.model import (
    Catalogue,
    CouncilPaper,
    Document,
    Goal,
    Leitziel,
    LeitzielRef,
    Link,
    Section,
    Synergy,
    Themenfeld,
)
from editor.domain.validation import DOCUMENT_LINK_SCHEME, normalize_page_title
from exports import markdown_ast as md
from exports.batch import cycle_collector_paused
from exports.wiki import PAPER_TYPE_SEPARATOR, category_key, same_name
from exports.wiki_profile import SECTION_KEYS, WikiProfile, default_profile
from exports.wiki_tree import (
    Argument,
    Comment,
    Entity,
    ExternalLink,
    Heading,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
    build,
    source_text,
    tokenize,
)

MAX_INPUT_BYTES = 5 * 1024 * 1024
"""Larger input is not a Konzept page."""

MAX_NESTING = 40
"""Deeper nesting of templates, links or lists is not a Konzept page either."""

UNTITLED = "Importierte Wiki-Seite"
"""Title of an imported document when the caller does not know the page title."""

_FORMAT_TAGS = {"b", "i", "strong", "em", "u", "s", "small", "big", "span", "div", "font", "center", "sup", "sub"}
_LIST_TAGS = {"li", "dt", "dd"}
_CONTAINERS = ("div", "center", "section", "article", "aside")
"""HTML boxes around whole paragraphs: their content is read as blocks of its own."""
_BLANKS = " \t\n\r"
"""What the wiki trims; other white space (no-break space …) is text."""
_MAGIC_WORDS = re.compile(
    r"__(NOTOC|TOC|FORCETOC|NOEDITSECTION|NEWSECTIONLINK|NONEWSECTIONLINK|NOGALLERY|HIDDENCAT|INDEX|NOINDEX|"
    r"STATICREDIRECT|NOTITLECONVERT|NOCONTENTCONVERT|KEIN_INHALTSVERZEICHNIS|INHALTSVERZEICHNIS|"
    r"INHALTSVERZEICHNIS_ERZWINGEN|ABSCHNITTE_NICHT_BEARBEITEN|KEINE_GALERIE|VERSTECKTE_KATEGORIE|KEIN_INDEX)__"
)
_PAGE_SWITCHES = ("defaultsort", "sortierung", "displaytitle", "seitentitel")
"""Parser functions that set how the page is sorted or titled; they show nothing."""


class WikiImportError(UserError, ValueError):
    """The input is not wiki text at all (binary, too large, absurdly nested); German message."""


class ImportCancelled(Exception):
    """Raised by a progress callback to stop the import; nothing has been written."""


ProgressCallback = Callable[[int, int], None]
"""Called with (done, total) now and then; may raise :class:`ImportCancelled`."""


@dataclass(slots=True)
class ImportResult:
    """The imported document (all ids ``None``), German report lines, and what was normalised.

    ``normalised`` holds the visible text of everything the import replaced or left out
    on purpose (an older heading, an older intro sentence, the "Zum Themenfeld" row, what
    went into the notes); each is also named in the report.
    """

    document: Document
    report: list[Sentence] = field(default_factory=list[Sentence])
    """What the import did, line by line: German text that keeps its message for the window's language."""
    normalised: list[str] = field(default_factory=list[str])


def import_wiki(
    text: str,
    catalogue: Catalogue,
    page_ids: Mapping[str, int] | None = None,
    profile: WikiProfile | None = None,
    title: str = "",
    progress: ProgressCallback | None = None,
) -> ImportResult:
    """Return a new document read from the wiki text of a Konzept page, with a report.

    ``page_ids`` maps the wiki page titles of the file's documents to their ids (for
    Synergien and links); ``title`` is the page title, which the text itself does not hold
    (without it the document is called :data:`UNTITLED` and the report says so).
    ``progress`` is called now and then with (done, total); it may raise
    :class:`ImportCancelled` to stop.
    """
    _check_input(text)
    # Pasted from Windows or saved by an editor: line ends and a byte-order mark are not content
    # (our own export writes a typed carriage return as &#13;).
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    importer = _Importer(catalogue, page_ids or {}, profile or default_profile(), progress)
    with cycle_collector_paused():  # the page's tree is hundreds of thousands of small objects
        result = importer.run(text)
    if title.strip():
        result.document.title = result.document.wiki_title = title.strip()
    else:
        # The page text does not hold its own title; a document without one would not validate.
        result.document.title = UNTITLED
        said = message(
            "Der Seitentitel steht nicht im Wiki-Text; das Dokument heißt vorläufig „{untitled}“.", untitled=UNTITLED
        )
        result.report.insert(0, Sentence(said))
    return result


# --- input checks ------------------------------------------------------------------------


def _check_input(text: object) -> None:
    if not isinstance(text, str):
        raise WikiImportError("Die Eingabe ist kein Text.")
    if len(text) > MAX_INPUT_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_INPUT_BYTES:
        raise WikiImportError(
            "Die Eingabe ist größer als {size} MB und keine Wiki-Seite.", size=MAX_INPUT_BYTES // (1024 * 1024)
        )
    controls = len(_CONTROLS.findall(text))
    if "\x00" in text or controls > max(8, len(text) // 20):
        raise WikiImportError("Die Eingabe sieht nach Binärdaten aus, nicht nach Wiki-Text.")
    if _SURROGATES.search(text):
        raise WikiImportError("Die Eingabe enthält ungültige Zeichen (halbe UTF-16-Paare) und ist kein Wiki-Text.")
    depth = deepest = 0
    for token in re.finditer(r"\{\{|\}\}|\[\[|\]\]", text):
        depth = depth + 1 if token.group(0) in ("{{", "[[") else max(0, depth - 1)
        deepest = max(deepest, depth)
    if deepest > MAX_NESTING:
        raise WikiImportError("Vorlagen oder Links sind tiefer als {depth} Ebenen verschachtelt.", depth=MAX_NESTING)
    longest_prefix = max((len(m.group(0)) for m in re.finditer(r"(?m)^[*#:;]+", text)), default=0)
    if longest_prefix > MAX_NESTING:
        raise WikiImportError("Listen sind tiefer als {depth} Ebenen verschachtelt.", depth=MAX_NESTING)


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATES = re.compile("[\ud800-\udfff]")


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*?(/?)>")
_TAG_START = re.compile(r"<[A-Za-z]")
_TABLE_EDGE = re.compile(r"^([ \t:]*)(\{\||\|\})", re.MULTILINE)
_VOID_TAGS = {"br", "hr", "img", "wbr", "meta", "link", "col", "area", "source", "input", "references"}
_EXT_LINK_OPEN = re.compile(
    r"\[(?=(?:https?|ftps?|mailto|irc|news|gopher|telnet|svn|git|ssh|sftp|nntp|worldwind|urn|tel|sms|xmpp|geo|magnet|mms|redis|bitcoin)[:/])",
    re.IGNORECASE,
)


def _close_openers(text: str) -> tuple[str, int]:
    """Return ``text`` with tags and external-link brackets that nothing closes written as text.

    mwparserfromhell reads each unclosed ``<ref>``, ``<div>``, ``<nowiki>`` or ``[http://…``
    to the end of the page (or line) before it gives up and keeps it as text; many of them
    take quadratic time. We find them in one pass (a stack per tag name, brackets per
    line) and write their ``<`` or ``[`` as an entity: the same characters on the page.
    """
    unclosed: list[int] = []
    open_tags: dict[str, list[int]] = {}
    tag_starts: set[int] = set()
    for match in _TAG.finditer(text):
        tag_starts.add(match.start())
        name = match.group(2).lower()
        if match.group(3) or name in _VOID_TAGS:
            continue
        if match.group(1):
            stack = open_tags.get(name)
            if stack:
                stack.pop()
        else:
            open_tags.setdefault(name, []).append(match.start())
    for stack in open_tags.values():
        unclosed.extend(stack)
    # "<span title=…" that never reaches its ">" is text as well.
    unclosed.extend(m.start() for m in _TAG_START.finditer(text) if m.start() not in tag_starts)
    # Wiki tables: "{|" and "|}" at line starts pair up like tags.
    tables: list[int] = []
    for match in _TABLE_EDGE.finditer(text):
        if match.group(2) == "{|":
            tables.append(match.start(2))
        elif tables:
            tables.pop()
    unclosed.extend(tables)
    position = 0
    for line in text.split("\n"):
        if "[" in line:
            last_close = line.rfind("]")
            opened = [m.start() for m in _EXT_LINK_OPEN.finditer(line)]
            # Brackets pair up from the inside; those beyond the last "]" can never close.
            unclosed.extend(position + start for start in opened if start > last_close)
        position += len(line) + 1
    if not unclosed:
        return text, 0
    pieces: list[str] = []
    last = 0
    for start in sorted(unclosed):
        pieces.append(text[last:start])
        pieces.append({"<": "&lt;", "[": "&#91;", "{": "&#123;"}[text[start]])
        last = start + 1
    pieces.append(text[last:])
    return "".join(pieces), len(unclosed)


def _close_comments(text: str) -> tuple[str, int]:
    """Return ``text`` with comment openers that no ``-->`` closes written as text, and their count.

    mwparserfromhell looks for the end of every such opener anew (quadratic in their
    number); it reads each as text anyway, and so do we.
    """
    last_close = text.rfind("-->")
    tail_start = last_close + 3 if last_close >= 0 else 0
    count = text.count("<!--", tail_start)
    if not count:
        return text, 0
    return text[:tail_start] + text[tail_start:].replace("<!--", "&lt;!--"), count


# --- decoding text --------------------------------------------------------------------------


class _Decoded:
    """Decoded text plus which characters came from escapes (entities, ``{{!}}``, nowiki)."""

    __slots__ = ("_literal", "_parts", "_text", "problems")

    def __init__(self) -> None:
        self._parts: list[tuple[str, bool]] = []
        self._text: str | None = ""
        self._literal: list[bool] | None = []
        self.problems: list[Message] = []

    def add(self, text: str, literal: bool) -> None:
        if text:
            self._parts.append((text, literal))
            self._text = None
            self._literal = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(part for part, _ in self._parts)
        return self._text

    @property
    def literal(self) -> list[bool]:
        if self._literal is None:
            flags: list[bool] = []
            for part, literal in self._parts:
                flags.extend([literal] * len(part))
            self._literal = flags
        return self._literal

    def find(self, separator: str, start: int = 0) -> int:
        """Return the first position of ``separator`` made of raw (unescaped) characters."""
        text, literal = self.text, self.literal
        pos = text.find(separator, start)
        while pos >= 0:
            if not any(literal[pos : pos + len(separator)]):
                return pos
            pos = text.find(separator, pos + 1)
        return -1

    def rfind(self, separator: str) -> int:
        text, literal = self.text, self.literal
        pos = text.rfind(separator)
        while pos >= 0:
            if not any(literal[pos : pos + len(separator)]):
                return pos
            pos = text.rfind(separator, 0, pos)
        return -1

    def slice(self, start: int, end: int | None = None) -> _Decoded:
        out = _Decoded()
        text = self.text[start:end]
        flags = self.literal[start:end]
        begin = 0
        for n in range(1, len(text) + 1):
            if n == len(text) or flags[n] != flags[begin]:
                out._parts.append((text[begin:n], flags[begin]))
                begin = n
        out._text = text
        out._literal = flags
        out.problems = self.problems
        return out

    def stripped(self) -> str:
        """Return the text without raw whitespace at its ends (escaped blanks stay)."""
        text, literal = self.text, self.literal
        start, end = 0, len(text)
        while start < end and text[start] in _BLANKS and not literal[start]:
            start += 1
        while end > start and text[end - 1] in _BLANKS and not literal[end - 1]:
            end -= 1
        return text[start:end]

    def after_colon(self) -> str:
        """Return the stripped text after a leading raw ``:`` (our "link: note" format)."""
        text, literal = self.text, self.literal
        start = 0
        while start < len(text) and text[start] in _BLANKS and not literal[start]:
            start += 1
        if start < len(text) and text[start] == ":" and not literal[start]:
            return self.slice(start + 1).stripped()
        return self.stripped()


def _decode(nodes: Iterable[Node], out: _Decoded | None = None) -> _Decoded:
    """Decode wiki nodes into plain text; markup that is not plain text is noted in ``problems``."""
    out = out if out is not None else _Decoded()
    for node in nodes:
        if isinstance(node, Text):
            out.add(node.value, False)
        elif isinstance(node, Entity):
            out.add(node.value, True)
        elif isinstance(node, Template) and _is_pipe(node):
            out.add("|", True)
        elif isinstance(node, Tag) and node.name == "nowiki":
            out.add(html.unescape(source_text(node.contents or [])), True)
        elif isinstance(node, Tag) and node.name == "br":
            out.add("\n", False)
        elif isinstance(node, Tag) and node.name in _FORMAT_TAGS:
            out.problems.append(message("Formatierung {value} als reinen Text übernommen", value=_short(node.source())))
            _decode(node.contents or [], out)
        elif isinstance(node, Wikilink):
            out.problems.append(message("Verweis {value} als reinen Text übernommen", value=_short(node.source())))
            _decode(node.text if node.text is not None else node.title, out)
        elif isinstance(node, ExternalLink):
            if node.brackets:
                out.problems.append(message("Link {value} als reinen Text übernommen", value=_short(node.source())))
                _decode(node.title if node.title is not None else node.url, out)
            else:
                _decode(node.url, out)
        elif isinstance(node, Comment):
            out.problems.append(message("Kommentar {value} entfernt", value=_short(node.source())))
        else:
            out.problems.append(message("Wiki-Markup {value} als reinen Text übernommen", value=_short(node.source())))
            out.add(node.source(), False)
    return out


def _is_pipe(node: Template) -> bool:
    return not node.params and _plain_source(node.name).strip() == "!"


def _plain_source(nodes: Sequence[Node]) -> str:
    return "".join(n.value if isinstance(n, Text) else n.source() for n in nodes)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return "„" + (text if len(text) <= limit else text[: limit - 1] + "…") + "“"


def _plain(nodes: Sequence[Node]) -> str:
    if len(nodes) == 1 and type(nodes[0]) is Text:
        return nodes[0].value.strip(_BLANKS)  # the usual case: plain text
    return _decode(nodes).stripped()


def _norm(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).casefold()


_WORDS = re.compile(r"\w+")
_PARENTHESES = re.compile(r"\([^()]*\)")


def _intro_like(line: str, intro: str, subject: str) -> bool:
    """Return whether ``line`` is ``intro`` in other words: without "(iSTEP)", or most words alike.

    Older pages wrote "… aus dem integrierten Stadtentwicklungsprozess:" or "… des iSTEK:".
    ``subject`` (``themenfeld``, ``leitziel``) must be named, so that a sentence such as
    "Das Konzept hat Bezug zu folgenden Projekten:" stays the page's own text.
    """
    if not intro.strip() or not line.strip():
        return False
    ours = _WORDS.findall(_PARENTHESES.sub(" ", intro).casefold())
    theirs = _WORDS.findall(_PARENTHESES.sub(" ", line).casefold())
    if ours == theirs:
        return True
    shared = set(ours) & set(theirs)
    return (
        line.rstrip().endswith(":")
        and any(word.startswith(subject) for word in shared)
        and len(shared) * 2 >= len(set(ours) | set(theirs))
        and len(theirs) < 3 * len(ours)
    )


# --- lines of a section --------------------------------------------------------------------------


@dataclass(slots=True)
class _Line:
    """One source line: its list prefix (``*``, ``**``, ``*#`` …; empty for other lines) and nodes."""

    prefix: str
    nodes: list[Node]
    markers: list[Node] = field(default_factory=list[Node])
    """The list-marker nodes the prefix came from (to write the line out again)."""

    def is_blank(self) -> bool:
        return not self.prefix and all(isinstance(n, Text) and not n.value.strip(_BLANKS) for n in self.nodes)


def _shows_nothing(markdown: str) -> bool:
    """Return whether Markdown text is only blanks (an entity such as ``&#10;`` that shows nothing)."""
    blocks = md.parse_markdown(markdown)
    return all(
        isinstance(block, md.Paragraph)
        and all(isinstance(item, md.Text | md.LineBreak) for item in block.children)
        and not md.plain_text(block.children).strip()
        for block in blocks
    )


def _lines(nodes: Sequence[Node]) -> list[_Line]:
    lines: list[_Line] = []
    current = _Line("", [])
    at_start = True
    for node in nodes:
        if at_start and isinstance(node, Tag) and node.name in _LIST_TAGS and node.markup:
            current.prefix += node.markup
            current.markers.append(node)
            continue
        if isinstance(node, Text) and "\n" in node.value:
            parts = node.value.split("\n")
            for n, part in enumerate(parts):
                if part:
                    current.nodes.append(Text(part))
                    at_start = False
                if n < len(parts) - 1:
                    lines.append(current)
                    current = _Line("", [])
                    at_start = True
            continue
        current.nodes.append(node)
        at_start = at_start and isinstance(node, Text) and not node.value
    if current.prefix or current.nodes:
        lines.append(current)
    return lines


def _line_nodes(lines: Iterable[_Line]) -> list[Node]:
    """Return lines as one node list again (prefixes as text, lines joined by newlines)."""
    out: list[Node] = []
    for line in lines:
        if out:
            out.append(Text("\n"))
        out.extend(line.markers or ([Text(line.prefix)] if line.prefix else []))
        out.extend(line.nodes)
    return out


def _wikilinks(nodes: Iterable[Node]) -> Iterable[Wikilink]:
    """Yield the links anywhere inside ``nodes`` (table cells are nested tags)."""
    for node in nodes:
        if isinstance(node, Wikilink):
            yield node
        elif isinstance(node, Tag) and node.contents is not None:
            yield from _wikilinks(node.contents)


def _strip_nodes(nodes: Sequence[Node]) -> list[Node]:
    """Drop raw whitespace at both ends of a node list (list items start with a blank)."""
    out = list(nodes)
    while out and isinstance(out[0], Text) and not out[0].value.strip(_BLANKS):
        out.pop(0)
    while out and isinstance(out[-1], Text) and not out[-1].value.strip(_BLANKS):
        out.pop()
    if out and isinstance(out[0], Text):
        out[0] = Text(out[0].value.lstrip(_BLANKS))
    if out and isinstance(out[-1], Text):
        out[-1] = Text(out[-1].value.rstrip(_BLANKS))
    return out


def _after_marker(nodes: Sequence[Node]) -> list[Node]:
    """Drop the single blank we write after a list marker, and the line's trailing blanks."""
    out = list(nodes)
    if out and isinstance(out[0], Text) and out[0].value.startswith(" "):
        out[0] = Text(out[0].value[1:])
    while out and isinstance(out[-1], Text) and not out[-1].value.strip(_BLANKS):
        out.pop()
    if out and isinstance(out[-1], Text) and out[-1].value.endswith(("\t", "\r")):
        out[-1] = Text(out[-1].value.rstrip("\t\r"))
    return out


def _table_rows(node: Tag) -> list[list[tuple[str, list[Node]]]]:
    rows: list[list[tuple[str, list[Node]]]] = [[]]
    for child in node.contents or []:
        if isinstance(child, Tag) and child.name == "tr":
            rows.append([])
            for cell in child.contents or []:
                if isinstance(cell, Tag) and cell.name in ("th", "td"):
                    rows[-1].append((cell.name, list(cell.contents or [])))
        elif isinstance(child, Tag) and child.name in ("th", "td"):
            rows[-1].append((child.name, list(child.contents or [])))
    return [row for row in rows if row]


# --- the importer ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Segment:
    """A heading (``""`` for the text before the first one) and the nodes below it."""

    title: str
    level: int
    nodes: list[Node]


class _Tally:
    """Counts things that happen often (footnotes, comments) for one report line each."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.first: dict[str, tuple[str, str]] = {}

    def add(self, key: str, where: str, example: str = "") -> None:
        self.counts[key] = self.counts.get(key, 0) + 1
        if key not in self.first:
            self.first[key] = (where, example)


PAGE_START = message("Seitenanfang")
"""Where text before the first heading is, in report lines and notes."""

_TALLY_TEXTS: dict[str, Message] = {
    "ref": message("{n} Einzelnachweis(e) (<ref>) in Klammern in den Text übernommen (zuerst in „{where}“)."),
    "ref-repeat": message(
        "{n} wiederholte(r) Einzelnachweis(e) (<ref name=… />) entfernt; der Nachweis steht beim ersten (zuerst in „{where}“)."
    ),
    "comment": message("{n} Kommentar(e) (<!-- … -->) entfernt; sie sind im Wiki unsichtbar (zuerst in „{where}“)."),
    "wikilink": message(
        "{n} Wiki-Link(s) auf Seiten, die kein Dokument der Datei sind, als Text übernommen (zuerst {example} in „{where}“)."
    ),
    "html": message(
        "{n} HTML-Element(e) ohne Markdown-Form (<span>, <small> …) entfernt, ihr Text bleibt (zuerst {example} in „{where}“)."
    ),
    "preformatted": message(
        "{n} vorformatierte Zeile(n) (Leerzeichen am Zeilenanfang) als Text übernommen (zuerst in „{where}“)."
    ),
    "indent": message("{n} eingerückte Zeile(n) (:) als Absatz übernommen (zuerst in „{where}“)."),
    "definition": message(
        "{n} Definitionsliste(n) (; Begriff : Erklärung) als Absatz mit fettem Begriff übernommen (zuerst in „{where}“)."
    ),
    "table-header": message(
        "{n} Tabelle(n) mit Kopf- und Datenzellen in der ersten Zeile: sie ist nun ganz Kopfzeile (zuerst in „{where}“)."
    ),
}


class _Importer:
    def __init__(
        self,
        catalogue: Catalogue,
        page_ids: Mapping[str, int],
        profile: WikiProfile,
        progress: ProgressCallback | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.page_ids = {normalize_page_title(title): doc_id for title, doc_id in page_ids.items()}
        self.profile = profile
        self.progress = progress
        self.doc = Document(art="")
        self.report: list[Sentence] = []
        self.reported: set[str] = set()
        self.normalised: list[str] = []
        self.notes: list[str] = []
        self.tally = _Tally()
        self.categories: list[tuple[str, Wikilink]] = []
        self.section_titles: dict[str, str] = {}
        for key in SECTION_KEYS:
            for title in (profile.sections[key], *profile.section_aliases.get(key, ())):
                self.section_titles.setdefault(_norm(title), key)
        self.file_prefixes = tuple(
            _norm(name) + ":"
            for name in {profile.file_namespace, *profile.file_aliases, "Datei", "File", "Bild", "Image"}
        )
        self.category_prefixes = tuple(
            _norm(name) + ":"
            for name in {profile.category_namespace, *profile.category_aliases, "Kategorie", "Category"}
        )
        self.seen_fixed: set[str] = set()
        self.done = (0, 100)
        self.infobox_found = False

    def say(self, line: Message) -> None:
        said = Sentence(line)
        if said not in self.reported:
            self.reported.add(said)
            self.report.append(said)

    def normalise(self, old: str, line: Message) -> None:
        """Report a normalisation and remember the visible text it replaced."""
        self.normalised.append(old)
        self.say(line)

    def note(self, where: str, what: Message, wiki_text: str) -> None:
        """Keep what cannot be placed as a note for the author (never published)."""
        place = where or PAGE_START
        text = " ".join(wiki_text.split())
        # The note is text of the document (German, like the page); the report line is said in the UI's language.
        self.notes.append(f"Aus „{place}“: {what}: {text}" if text else f"Aus „{place}“: {what}")
        self.normalised.append(wiki_text)
        excerpt = f" {_short(text)}" if text else ""
        self.say(
            message(
                "Aus „{place}“: {what}{excerpt}; steht als Hinweis im Dokument (Stammdaten › Hinweise) und wird nicht veröffentlicht.",
                place=place,
                what=what,
                excerpt=excerpt,
            )
        )

    def problems(self, where: Message, decoded: _Decoded) -> None:
        for problem in decoded.problems:
            self.say(message("{where}: {problem}.", where=where, problem=problem))

    def step(self, done: int, total: int) -> None:
        self.done = (done, total)
        if self.progress is not None:
            self.progress(done, total)

    def tick(self) -> None:
        """Give the progress callback a chance to cancel inside a long section."""
        if self.progress is not None:
            self.progress(*self.done)

    # --- page ------------------------------------------------------------------------

    def run(self, text: str) -> ImportResult:
        text, unclosed = _close_comments(text)
        if unclosed:
            self.say(
                message(
                    "{unclosed} Kommentar-Anfang/Anfänge „<!--“ ohne Ende „-->“ als Text übernommen (im Wiki verbergen sie den Rest der Seite).",
                    unclosed=unclosed,
                )
            )
        text, unclosed = _close_openers(text)
        if unclosed:
            self.say(
                message(
                    "{unclosed} nicht geschlossene Tags oder Link-Klammern („<ref>“, „[http…“) als Text übernommen.",
                    unclosed=unclosed,
                )
            )
        self.step(0, 100)
        tokens = tokenize(text)
        self.step(10, 100)
        nodes = self.take_infobox(self.take_categories(build(tokens)))
        del tokens
        self.step(20, 100)
        segments = self.segments(nodes)
        self.preamble(segments[0].nodes)
        present = {_norm(segment.title) for segment in segments[1:]}
        moved: list[str] = []
        seen_goals_or_later = False
        keys: list[str | None] = []
        for segment in segments[1:]:
            key = self.section_titles.get(_norm(segment.title))
            if key is not None and _norm(segment.title) != _norm(self.profile.sections[key]):
                # An older title counts only if the page does not also have today's title.
                key = None if _norm(self.profile.sections[key]) in present else key
            keys.append(key)
        # A fixed section that stands twice: the one where the export writes it counts (the Themenfelder
        # before all sections, the others after them); the other one stays a section of its own.
        last = {key: n for n, key in enumerate(keys) if key is not None}
        if "themenfelder" in keys:
            last["themenfelder"] = keys.index("themenfelder")
        for number, segment in enumerate(segments[1:], start=1):
            self.step(20 + 75 * number // len(segments), 100)
            key = keys[number - 1]
            if key is not None and last[key] != number - 1:
                self.say(
                    message(
                        "Abschnitt „{title}“ steht mehrfach; der letzte gilt, dieser bleibt ein eigener Abschnitt.",
                        title=segment.title,
                    )
                )
                key = None
            if key is not None:
                if _norm(segment.title) != _norm(self.profile.sections[key]):
                    self.normalise(
                        segment.title,
                        message(
                            "Abschnitt „{title}“ als „{fixed}“ gelesen.",
                            title=segment.title,
                            fixed=self.profile.sections[key],
                        ),
                    )
                seen_goals_or_later = seen_goals_or_later or key != "themenfelder"
                getattr(self, f"section_{key}")(segment)
            else:
                if seen_goals_or_later:
                    moved.append(segment.title)
                self.doc.sections.append(self.free_section(segment))
        if moved:
            self.say(
                message(
                    "Die Abschnitte {titles} standen unter den festen Teilen der Seite (Ziele, Synergien …); "
                    "sie stehen nun bei den anderen Abschnitten, vor den Zielen.",
                    titles=", ".join(f"„{title}“" for title in moved),
                )
            )
        self.apply_categories()
        for key, count in self.tally.counts.items():
            where, example = self.tally.first[key]
            params = {"n": count, "where": where or PAGE_START, "example": example}
            self.say(Message(_TALLY_TEXTS[key].template, params))
        self.doc.notes = "\n\n".join(self.notes)
        self.step(100, 100)
        return ImportResult(self.doc, self.report, self.normalised)

    def segments(self, nodes: list[Node]) -> list[_Segment]:
        headings = [n for n in nodes if isinstance(n, Heading)]
        top = min([h.level for h in headings] + [2])
        if top == 1:
            # A page with "=Titel=" headings: the fixed sections still part the page where they stand.
            fixed = [h.level for h in headings if _norm(_plain(h.title)) in self.section_titles]
            top = min(fixed) if fixed else top
        segments = [_Segment("", 0, [])]
        for node in nodes:
            if isinstance(node, Heading) and node.level <= top:
                decoded = _decode(node.title)
                self.problems(message("Überschrift {value}", value=_short(decoded.stripped())), decoded)
                segments.append(_Segment(decoded.stripped(), node.level, []))
            else:
                segments[-1].nodes.append(node)
        return segments

    def is_category(self, link: Wikilink) -> bool:
        return _norm(_plain_source(link.title)).startswith(self.category_prefixes)

    def take_categories(self, nodes: list[Node]) -> list[Node]:
        """Remove category links from the page (applied at the end: Themenfelder, further categories)."""
        kept: list[Node] = []
        for node in nodes:
            if isinstance(node, Wikilink) and self.is_category(node):
                self.categories.append((_plain(node.title).split(":", 1)[1].strip(), node))
                continue
            kept.append(node)
        return kept

    def apply_categories(self) -> None:
        profile = self.profile
        own: list[str] = []
        seen: set[str] = set()
        for name, link in self.categories:
            if link.text is not None and _plain(link.text):
                self.say(
                    message(
                        "Sortierschlüssel der Kategorie „{name}“ ({value}) nicht übernommen.",
                        name=name,
                        value=_short(link.source()),
                    )
                )
            if not name:
                continue
            if profile.page_category and category_key(name) == category_key(profile.page_category):
                continue
            if profile.art_category and self.doc.art and same_name(name, self.doc.art):
                continue
            tf = self.themenfeld_by_name(name)
            if tf is not None and tf.id is not None and profile.themenfeld_categories:
                if tf.id not in self.doc.themenfeld_ids:
                    self.doc.themenfeld_ids.append(tf.id)
                    self.say(message("Themenfeld „{title}“ nur aus der Kategorie übernommen.", title=tf.title))
                continue
            if profile.art_category and not self.doc.art:
                self.doc.art = name
                self.say(message("Art „{name}“ aus der Kategorie übernommen.", name=name))
                continue
            if category_key(name) not in seen:
                seen.add(category_key(name))
                own.append(name)
        self.doc.categories = own
        if own:
            self.say(message("Weitere Kategorien der Seite übernommen: {own}.", own=", ".join(own)))

    # --- infobox -------------------------------------------------------------------

    def take_infobox(self, nodes: list[Node]) -> list[Node]:
        """Read the infobox template wherever it stands on the page (usually first); a second is a note."""
        kept: list[Node] = []
        for node in nodes:
            if isinstance(node, Template) and self.is_infobox(node):
                if not self.infobox_found:
                    self.infobox_template(node)
                    self.infobox_found = True
                else:
                    self.note("", message("Eine zweite Infobox"), node.source())
                continue
            kept.append(node)
        return kept

    def preamble(self, nodes: list[Node]) -> None:
        rest: list[Node] = []
        for node in nodes:
            if not self.infobox_found and isinstance(node, Tag) and node.name == "table" and self.infobox_table(node):
                self.infobox_found = True
            else:
                rest.append(node)
        if not self.infobox_found:
            self.say(message("Keine Infobox gefunden; Metadaten bitte von Hand ergänzen."))
        self.page_text("intro", "", rest)

    def is_infobox(self, node: Template) -> bool:
        name = _norm(_plain_source(node.name))
        return name in (_norm(self.profile.template), "konzeption") if self.profile.template else name == "konzeption"

    def field_for(self, name: str) -> str | None:
        wanted = _norm(name)
        for field_name, param in self.profile.params.items():
            if _norm(param) == wanted:
                return field_name
        for alias, field_name in self.profile.param_aliases.items():
            if _norm(alias) == wanted:
                return field_name
        return None

    def set_field(self, name: str, field_name: str, decoded: _Decoded, source: str) -> None:
        current = str(getattr(self.doc, field_name))
        value = decoded.stripped()
        if current and current != value:
            self.note(
                "Infobox",
                message(
                    "Parameter „{name}“ steht doppelt; der erste Wert „{current}“ gilt, dieser nicht",
                    name=name,
                    current=current,
                ),
                source,
            )
            return
        setattr(self.doc, field_name, value)
        self.problems(message("Parameter „{name}“", name=name), decoded)
        if _norm(name) not in {_norm(p) for p in self.profile.params.values()}:
            self.say(
                message(
                    "Alter Parameter „{name}“ als „{current}“ übernommen.",
                    name=name,
                    current=self.profile.params[field_name],
                )
            )

    def infobox_template(self, node: Template) -> None:
        unknown: list[str] = []
        for number, (name_nodes, value) in enumerate(node.params, start=1):
            name = _plain(name_nodes) if name_nodes is not None else str(number)
            field_name = self.field_for(name)
            if field_name is not None:
                self.set_field(name, field_name, _decode(value), f"|{name}={source_text(value).strip()}")
            elif name in self.doc.extra_params:
                self.note(
                    "Infobox",
                    message("Parameter „{name}“ steht doppelt; der erste Wert gilt", name=name),
                    source_text(value),
                )
            else:
                self.doc.extra_params[name] = source_text(value).strip(_BLANKS)
                unknown.append(name)
        if len(unknown) <= 10:
            for name in unknown:
                self.say(
                    message(
                        "Unbekannter Infobox-Parameter „{name}“ unverändert behalten; er wird wieder exportiert.",
                        name=name,
                    )
                )
        else:
            self.say(
                message(
                    "{unknown} unbekannte Infobox-Parameter ({value} …) unverändert behalten; sie werden wieder exportiert.",
                    unknown=len(unknown),
                    value=", ".join(f"„{n}“" for n in unknown[:10]),
                )
            )

    def infobox_table(self, node: Tag) -> bool:
        """Read the standard profile's wikitable infobox: rows of one header and one data cell."""
        rows = _table_rows(node)
        pairs = [(row[0], row[1]) for row in rows if len(row) == 2 and row[0][0] == "th" and row[1][0] == "td"]
        if not pairs or len(pairs) != len(rows):
            return False
        known = 0
        for (_, name_nodes), _value in pairs:
            known += self.field_for(_plain(name_nodes)) is not None
        if not known:
            return False  # a table of other data, not our infobox
        unknown: list[str] = []
        for (_, name_nodes), (_, value_nodes) in pairs:
            name = _plain(name_nodes)
            field_name = self.field_for(name)
            if field_name is not None:
                self.set_field(name, field_name, _decode(value_nodes), source_text(value_nodes))
            else:
                self.doc.extra_params[name] = source_text(value_nodes).strip(_BLANKS)
                unknown.append(name)
                self.say(
                    message(
                        "Unbekannte Infobox-Zeile „{name}“ unverändert behalten; sie wird wieder exportiert.", name=name
                    )
                )
        if unknown and self.profile.infobox_style == "template":
            self.say(
                message(
                    "Die Infobox war eine Tabelle; das Profil „{name}“ schreibt sie als Vorlage „{template}“, die die Zeilen {value} womöglich nicht anzeigt.",
                    name=self.profile.name,
                    template=self.profile.template,
                    value=", ".join(f"„{n}“" for n in unknown),
                )
            )
        return True

    # --- prose around the fixed parts -------------------------------------------------

    def page_text(self, key: str, where: str, nodes: Sequence[Node]) -> None:
        """Keep prose at place ``key`` of the page (``Document.page_texts``), where it stood."""
        nodes = self.drop_magic(nodes, where)
        if not any(not line.is_blank() for line in _lines(nodes)):
            return
        text = self.body_markdown(list(nodes), where or "Seitenanfang")
        if not text.strip() or _shows_nothing(text):
            return
        old = self.doc.page_texts.get(key, "")
        self.doc.page_texts[key] = f"{old}\n\n{text}" if old else text

    def drop_magic(self, nodes: Sequence[Node], where: str) -> list[Node]:
        """Remove behaviour switches (``__NOTOC__``) that show nothing; report them."""
        out: list[Node] = []
        for node in nodes:
            if isinstance(node, Text) and "__" in node.value and _MAGIC_WORDS.search(node.value):
                words = sorted(set(_MAGIC_WORDS.findall(node.value)))
                self.say(
                    message(
                        "Schalter {value} in „{where}“ nicht übernommen (er zeigt nichts an).",
                        value=", ".join(f"__{w}__" for w in words),
                        where=where or PAGE_START,
                    )
                )
                node = Text(_MAGIC_WORDS.sub("", node.value))
            elif isinstance(node, Template) and _norm(_plain_source(node.name)).split(":", 1)[0] in _PAGE_SWITCHES:
                self.say(
                    message(
                        "{value} in „{where}“ nicht übernommen (zeigt nichts an).",
                        value=_short(node.source()),
                        where=where or PAGE_START,
                    )
                )
                continue
            out.append(node)
        return out

    def split_around_list(self, key: str, segment: _Segment) -> list[_Line]:
        """Return the list lines of a fixed section; prose above and below them becomes page text."""
        before: list[_Line] = []
        after: list[_Line] = []
        items: list[_Line] = []
        for line in _lines(segment.nodes):
            if line.prefix and all(char in "*#" for char in line.prefix):
                items.append(line)
            elif items:
                after.append(line)
            else:
                before.append(line)
        self.page_text(key, segment.title, _line_nodes(before))
        if any(not line.is_blank() for line in after):
            self.page_text(f"{key}.end", segment.title, _line_nodes(after))
        return items

    # --- Themenfelder ----------------------------------------------------------------

    def themenfeld_by_name(self, name: str) -> Themenfeld | None:
        tf = self.catalogue.by_title(name)
        if tf is not None:
            return tf
        wanted = _norm(name)
        for tf in self.catalogue.themenfelder:
            if wanted in (_norm(tf.category), _norm(tf.page())):
                return tf
        return None

    def themenfeld_by_icon(self, file_name: str) -> Themenfeld | None:
        def key(name: str) -> str:
            stem = re.sub(r"\.(png|jpe?g|svg|gif|webp)$", "", _norm(name))
            stem = stem.rstrip("0123456789 ").replace("&", "und")
            return " ".join(stem.split())

        wanted = key(file_name)
        for tf in self.catalogue.themenfelder:
            if tf.icon and key(tf.icon) == wanted:
                return tf
        for tf in self.catalogue.themenfelder:
            if key(tf.title) == wanted or key(tf.page()) == wanted:
                return tf
        return None

    def file_link_target(self, link: Wikilink) -> tuple[str, str | None]:
        """Return the file name and the ``link=`` page of a file link (``None`` without one)."""
        title = _plain(link.title)
        file_name = title.split(":", 1)[1].strip() if ":" in title else title
        target: str | None = None
        if link.text is not None:
            for part in _plain_source(link.text).split("|"):
                name, equals, value = part.partition("=")
                if equals and _norm(name) in ("link", _norm(self.profile.icon_link_param)):
                    target = html.unescape(value.strip())
        return file_name, target

    def is_file(self, link: Wikilink) -> bool:
        return _norm(_plain_source(link.title)).startswith(self.file_prefixes)

    def themenfeld_of_link(self, link: Wikilink) -> Themenfeld | None:
        if self.is_file(link):
            file_name, target = self.file_link_target(link)
            by_target = self.themenfeld_by_name(target) if target else None
            return by_target or self.themenfeld_by_icon(file_name)
        return self.themenfeld_by_name(_plain(link.title).split("#", 1)[0])

    def add_themenfeld(self, tf: Themenfeld) -> None:
        if tf.id is not None and tf.id not in self.doc.themenfeld_ids:
            self.doc.themenfeld_ids.append(tf.id)

    def section_themenfelder(self, segment: _Segment) -> None:
        before: list[_Line] = []
        after: list[_Line] = []
        table_seen = False
        intro = self.profile.themenfeld_intro
        intro_seen = False
        for line in _lines(segment.nodes):
            content = _strip_nodes(line.nodes)
            if (
                not line.prefix
                and len(content) == 1
                and isinstance(content[0], Tag)
                and content[0].name == "table"
                and self.icon_table(content[0], segment.title)
            ):
                table_seen = True
                continue
            if self.themenfeld_list_line(content, segment.title):
                continue
            if not line.prefix and not intro_seen and not line.is_blank():
                text = _plain(content)
                if intro and _norm(text) == _norm(intro):
                    intro_seen = True
                    continue
                if intro and _intro_like(text, intro, "themenfeld"):
                    intro_seen = True
                    self.normalise(
                        text,
                        message(
                            "Einleitungssatz „{text}“ der Themenfelder durch den des Profils („{intro}“) ersetzt.",
                            text=text,
                            intro=intro,
                        ),
                    )
                    continue
            (after if table_seen else before).append(line)
        self.page_text("themenfelder", segment.title, _line_nodes(before))
        self.page_text("themenfelder.end", segment.title, _line_nodes(after))

    def themenfeld_list_line(self, content: list[Node], where: str) -> bool:
        """Read a line that only names Themenfelder by links or icons (older pages list them so)."""
        links = [n for n in content if isinstance(n, Wikilink)]
        rest = [n for n in content if not isinstance(n, Wikilink) and _plain([n]).strip(" ,;·–-")]
        if not links or rest or any(self.themenfeld_of_link(link) is None for link in links):
            return False
        for link in links:
            if self.is_file(link):
                self.icon(link, where)
            else:
                tf = self.themenfeld_of_link(link)
                if tf is not None:
                    self.add_themenfeld(tf)
        shown = " ".join(_plain(link.text) if link.text is not None else _plain(link.title) for link in links)
        self.normalise(
            shown if any(not self.is_file(link) for link in links) else "",
            message(
                "Themenfelder „{value}“ aus einer Liste gelesen; sie stehen nun in der Symbolzeile.",
                value=" ".join(shown.split()),
            ),
        )
        return True

    def icon_table(self, node: Tag, where: str) -> bool:
        """Read the row of Themenfeld icons (and an old row of "Zum Themenfeld" links); False if it is none."""
        links = list(_wikilinks(node.contents or []))
        if not links or not any(self.themenfeld_of_link(link) is not None for link in links):
            return False
        for row in _table_rows(node):
            row_links = [link for _, cell in row for link in _wikilinks(cell)]
            files = [link for link in row_links if self.is_file(link)]
            pages = [link for link in row_links if not self.is_file(link)]
            for link in files:
                self.icon(link, where)
            for link in pages:
                tf = self.themenfeld_of_link(link)
                if tf is not None:
                    self.add_themenfeld(tf)
                else:
                    self.note(
                        where, message("Ein Verweis im Themenfeld-Block, der zu keinem Themenfeld passt"), link.source()
                    )
            if pages and not files:
                cells = [" ".join(_plain(cell).split()) for _, cell in row]
                labels = list(dict.fromkeys(cell for cell in cells if cell))
                self.normalise(
                    " ".join(cells),
                    message(
                        "Die Zeile mit {value} unter den Themenfeld-Symbolen entfällt; die Symbole verweisen selbst auf die Themenfeld-Seiten.",
                        value=" / ".join(f"„{label}“" for label in labels) or "Links",
                    ),
                )
                continue
            for _, cell in row:
                text = _plain(_without_links(cell))
                if text:
                    self.note(where, message("Text in der Tabelle der Themenfeld-Symbole"), text)
        return True

    def icon(self, link: Wikilink, where: str) -> None:
        tf = self.themenfeld_of_link(link)
        if tf is None:
            self.note(
                where, message("Ein Themenfeld-Symbol, das zu keinem Themenfeld des Katalogs passt"), link.source()
            )
            return
        self.add_themenfeld(tf)
        file_name, _ = self.file_link_target(link)
        if tf.id is not None and file_name and file_name != tf.icon and tf.id not in self.doc.themenfeld_icons:
            self.doc.themenfeld_icons[tf.id] = file_name
            self.say(
                message(
                    "Symbol „{file_name}“ für „{title}“ wie auf der Seite behalten (im Katalog: „{icon}“).",
                    file_name=file_name,
                    title=tf.title,
                    icon=tf.icon,
                )
            )

    # --- free sections and Markdown bodies -------------------------------------------------

    def free_section(self, segment: _Segment) -> Section:
        return self.section_tree(segment.title, segment.nodes, segment.level)

    def section_tree(self, title: str, nodes: list[Node], level: int) -> Section:
        body_nodes: list[Node] = []
        children: list[tuple[Heading, list[Node]]] = []
        for node in nodes:
            if isinstance(node, Heading) and node.level > level:
                children.append((node, []))
            elif children:
                children[-1][1].append(node)
            else:
                body_nodes.append(node)
        section = Section(title, self.body_markdown(self.drop_magic(body_nodes, title), title))
        # Sub-headings nest by level: a heading belongs under the closest shallower one before it.
        stack: list[tuple[int, Section]] = [(level, section)]
        for head, child_nodes in children:
            decoded = _decode(head.title)
            self.problems(message("Überschrift {value}", value=_short(decoded.stripped())), decoded)
            child_title = decoded.stripped()
            while len(stack) > 1 and stack[-1][0] >= head.level:
                stack.pop()
            child = Section(child_title, self.body_markdown(self.drop_magic(child_nodes, child_title), child_title))
            stack[-1][1].children.append(child)
            stack.append((head.level, child))
        return section

    def body_markdown(self, nodes: list[Node], where: str) -> str:
        """Return the Markdown of a section body, reporting formatting Markdown cannot hold there."""
        blocks = _BodyReader(self, where).blocks(nodes)
        text = md.render_markdown(blocks)
        if md.parse_markdown(text) != blocks:
            self.say(
                message(
                    "Abschnitt „{where}“: eine Hervorhebung lässt sich an ihrer Stelle nicht in Markdown schreiben (etwa fett direkt nach einem Buchstaben, mit einem Satzzeichen am Anfang); der Text bleibt, die Hervorhebung entfällt.",
                    where=where or PAGE_START,
                )
            )
        return text

    # --- goals -----------------------------------------------------------------------

    def list_items(self, key: str, segment: _Segment, strip: bool = True) -> list[tuple[int, list[Node]]]:
        """Return (depth, content nodes) of every list line; the prose around them becomes page text.

        With ``strip=False`` only the one blank after the list marker is removed, for formats
        whose separators may stand at the ends of the line (an empty paper type).
        """
        lines = self.split_around_list(key, segment)
        if any("#" in line.prefix for line in lines):
            self.say(
                message(
                    "Nummerierte Liste in „{title}“ als Aufzählung übernommen (die Seite zählt sie nicht mehr).",
                    title=segment.title,
                )
            )
        return [
            (len(line.prefix) - 1, _strip_nodes(line.nodes) if strip else _after_marker(line.nodes)) for line in lines
        ]

    def section_goals(self, segment: _Segment) -> None:
        stack: list[tuple[int, Goal]] = []
        for depth, nodes in self.list_items("goals", segment):
            goal = self.goal(nodes)
            while stack and stack[-1][0] >= depth:
                stack.pop()
            (stack[-1][1].children if stack else self.doc.goals).append(goal)
            stack.append((depth, goal))

    def goal(self, nodes: list[Node]) -> Goal:
        goal = Goal()
        # Our own format: "Titel ([[Themenfeld#Leitziel|Leitziel]])" — the link is always ours,
        # since links typed by users are escaped.
        if (
            len(nodes) >= 3
            and isinstance(nodes[-1], Text)
            and nodes[-1].value.rstrip() == ")"
            and isinstance(nodes[-2], Wikilink)
            and isinstance(nodes[-3], Text)
            and (nodes[-3].value.endswith(" (") or nodes[-3].value == "(")
        ):
            link = nodes[-2]
            tf, lz = self.leitziel_of_link(link)
            if tf is not None and (lz is not None or "#" not in _plain_source(link.title)):
                goal.themenfeld_id = tf.id
                goal.leitziel_id = lz.id if lz is not None else None
                nodes = [*nodes[:-3], Text(nodes[-3].value[:-2])]  # "" when the title was empty
        decoded = _decode(nodes)
        goal.title = decoded.stripped()
        self.problems(message("Ziel {title}", title=_short(goal.title)), decoded)
        return goal

    def leitziel_of_link(self, link: Wikilink) -> tuple[Themenfeld | None, Leitziel | None]:
        target = _plain(link.title)
        page, _, anchor = target.partition("#")
        tf = self.themenfeld_by_name(page)
        if tf is None or not anchor:
            return tf, None
        wanted = _norm(anchor)
        for lz in tf.leitziele:
            if wanted in (_norm(lz.link_anchor()), _norm(lz.title)):
                return tf, lz
        return tf, None

    # --- synergies --------------------------------------------------------------------

    def section_synergies(self, segment: _Segment) -> None:
        for _depth, nodes in self.list_items("synergies", segment):
            synergy = Synergy()
            if nodes and isinstance(nodes[0], Wikilink) and not self.is_special_link(nodes[0]):
                page = _plain(nodes[0].title)
                rest = _decode(nodes[1:])
                text = rest.after_colon()
                doc_id = self.page_ids.get(normalize_page_title(page))
                if doc_id is not None:
                    synergy.target_document_id = doc_id
                    synergy.text = text
                else:
                    label = _plain(nodes[0].text) if nodes[0].text is not None else page
                    synergy.text = f"{label}: {text}" if text else label
                    self.say(
                        message(
                            "Synergie mit „{page}“: diese Seite ist kein Dokument der Datei; als Text übernommen.",
                            page=page,
                        )
                    )
                self.problems(message("Synergie"), rest)
            else:
                decoded = _decode(nodes)
                synergy.text = decoded.stripped()
                self.problems(message("Synergie"), decoded)
            self.doc.synergies.append(synergy)

    def is_special_link(self, link: Wikilink) -> bool:
        return _norm(_plain_source(link.title)).startswith(self.file_prefixes + self.category_prefixes)

    # --- Leitziele ----------------------------------------------------------------------

    def section_leitziele(self, segment: _Segment) -> None:
        current: Themenfeld | None = None
        in_group = False
        before: list[_Line] = []
        intro = self.profile.leitziel_intro
        intro_seen = False
        prose: list[Node] = []

        def flush_prose() -> None:
            if prose and current is not None:
                decoded = _decode(_strip_nodes(prose))
                text = decoded.stripped()
                if text:
                    self.doc.leitziel_refs.append(LeitzielRef(current.id, None, text))
                    self.problems(message("Text unter „{title}“", title=current.title), decoded)
            prose.clear()

        lines = _lines(segment.nodes)
        stripped = [_strip_nodes(line.nodes) for line in lines]
        groups = [False if line.is_blank() else self.leitziel_group(line, nodes, segment.title)
                  for line, nodes in zip(lines, stripped, strict=True)]  # fmt: skip
        for n, group in enumerate(groups):
            # A group line with nothing under it, of a Themenfeld the document does not list, would
            # vanish (the export writes group lines only for the document's Themenfelder): it is text.
            if (
                group is None or (isinstance(group, Themenfeld) and group.id not in self.doc.themenfeld_ids)
            ) and not any(isinstance(node, Heading) for node in stripped[n]):
                following = next((m for m in range(n + 1, len(lines)) if not lines[m].is_blank()), None)
                if (
                    following is None
                    or groups[following] is not False
                    or any(isinstance(node, Heading) for node in stripped[following])
                ):
                    groups[n] = False
            if groups[n] is None:
                self.note(
                    segment.title,
                    message("Eine Themenfeld-Zeile, deren Themenfeld nicht im Katalog steht"),
                    _line_source(lines[n]),
                )
        for line, nodes, group in zip(lines, stripped, groups, strict=True):
            if line.is_blank():
                flush_prose()
                if not in_group:
                    before.append(line)  # it parts the paragraphs of the text above the groups
                continue
            if group is not False:
                flush_prose()
                current = group if isinstance(group, Themenfeld) else None
                in_group = True
                continue
            if not in_group:
                if not line.prefix and not intro_seen and intro:
                    text = _plain(nodes)
                    if _norm(text) == _norm(intro):
                        intro_seen = True
                        continue
                    if _intro_like(text, intro, "leitziel"):
                        intro_seen = True
                        self.normalise(
                            text,
                            message(
                                "Einleitungssatz „{text}“ der Leitziele durch den des Profils („{intro}“) ersetzt.",
                                text=text,
                                intro=intro,
                            ),
                        )
                        continue
                if line.prefix and all(char in "*#" for char in line.prefix) and self.leitziel_link_of(nodes):
                    # A list of Leitziel links without a Themenfeld line above: each names its Themenfeld.
                    flush_prose()
                    self.leitziel_ref(nodes, None, segment.title, line)
                    continue
                before.append(line)
                continue
            if current is None:
                self.note(
                    segment.title,
                    message("Text unter einem Themenfeld, das nicht im Katalog steht"),
                    _line_source(line),
                )
                continue
            if line.prefix and all(char in "*#" for char in line.prefix):
                flush_prose()
                self.leitziel_ref(nodes, current, segment.title, line)
                continue
            if prose:
                prose.append(Text(" "))
            if line.prefix:
                self.say(
                    message(
                        "Eingerückter Text unter „{title}“ als Text unter dem Themenfeld übernommen.",
                        title=current.title,
                    )
                )
            prose.extend(nodes)
        flush_prose()
        self.page_text("leitziele", segment.title, _line_nodes(before))

    def leitziel_link_of(self, nodes: list[Node]) -> Wikilink | None:
        if nodes and isinstance(nodes[0], Wikilink) and not self.is_special_link(nodes[0]):
            tf, _ = self.leitziel_of_link(nodes[0])
            return nodes[0] if tf is not None else None
        return None

    def leitziel_group(self, line: _Line, nodes: list[Node], where: str) -> Themenfeld | bool | None:
        """Return the Themenfeld a group line names, ``None`` for a group of an unknown one, False if no group.

        A group line is an icon and/or bold text (``'''Themenfeld X:'''``), or a sub-heading.
        """
        if line.prefix:
            return False
        if len(nodes) == 1 and isinstance(nodes[0], Heading):
            title = _plain(nodes[0].title)
            tf = self.themenfeld_by_name(title.rstrip(":").removeprefix("Themenfeld").strip())
            if tf is not None:
                self.normalise(
                    title,
                    message(
                        "Zwischenüberschrift „{title}“ im Leitziel-Abschnitt als Themenfeld-Zeile gelesen.", title=title
                    ),
                )
            return tf if tf is not None else False
        bold = [n for n in nodes if isinstance(n, Tag) and n.name in ("b", "strong")]
        icons = [n for n in nodes if isinstance(n, Wikilink) and self.is_file(n)]
        rest = [n for n in nodes if not (n in bold or n in icons or (isinstance(n, Text) and not n.value.strip()))]
        if rest or not (bold or icons):
            return False
        for b in bold:
            text = _plain(b.contents or [])
            before, _, after = self.profile.leitziel_heading.partition("{title}")
            if text.startswith(before) and text.endswith(after):
                tf = self.themenfeld_by_name(text[len(before) : len(text) - len(after) if after else None])
                if tf is not None:
                    self.group_icon(tf, icons)
                    return tf
            tf = self.themenfeld_by_name(text.rstrip(":").removeprefix("Themenfeld").strip())
            if tf is not None:
                self.group_icon(tf, icons)
                return tf
        for link in icons:
            tf = self.themenfeld_of_link(link)
            if tf is not None:
                self.group_icon(tf, icons)
                return tf
        if bold and not any(_plain(b.contents or []).rstrip().endswith(":") for b in bold) and not icons:
            return False  # bold prose, not a group line
        return None  # the caller notes it for the author where the line stays a group line

    def group_icon(self, tf: Themenfeld, icons: list[Wikilink]) -> None:
        for link in icons:
            file_name, _ = self.file_link_target(link)
            ours = self.doc.icon_of(tf)
            if file_name and ours and file_name != ours:
                self.normalised.append(link.source())
                self.say(
                    message(
                        "Symbol „{file_name}“ bei „{title}“ im Leitziel-Abschnitt durch „{ours}“ ersetzt (wie im Themenfeld-Block).",
                        file_name=file_name,
                        title=tf.title,
                        ours=ours,
                    )
                )

    def leitziel_ref(self, nodes: list[Node], current: Themenfeld | None, where: str, line: _Line) -> None:
        ref = LeitzielRef()
        link = nodes[0] if nodes and isinstance(nodes[0], Wikilink) and not self.is_special_link(nodes[0]) else None
        if link is not None:
            tf, lz = self.leitziel_of_link(link)
            target = _plain(link.title)
            page, hash_mark, anchor = target.partition("#")
            label = _plain(link.text) if link.text is not None else target
            rest = _decode(nodes[1:])
            if tf is None:
                # A link to another page: the line stays text under the current Themenfeld.
                if current is None:
                    self.note(where, message("Ein Leitziel-Verweis ohne Themenfeld"), _line_source(line))
                    return
                self.say(
                    message(
                        "Leitziel-Verweis {value} passt zu keinem Themenfeld; als Text übernommen.",
                        value=_short(link.source()),
                    )
                )
                decoded = _decode(nodes)
                self.doc.leitziel_refs.append(LeitzielRef(current.id, None, decoded.stripped()))
                return
            ref.themenfeld_id = tf.id
            if current is not None and tf is not current:
                self.say(
                    message(
                        "Leitziel-Verweis {value} unter „{title}“ gehört zu „{themenfeld}“.",
                        value=_short(link.source()),
                        title=current.title,
                        themenfeld=tf.title,
                    )
                )
            if lz is not None:
                ref.leitziel_id = lz.id
                if not same_name(label, lz.title):
                    self.normalise(
                        label,
                        message(
                            "Leitziel „{label}“ mit dem Titel aus dem Katalog „{title}“ geschrieben.",
                            label=label,
                            title=lz.title,
                        ),
                    )
            elif hash_mark:
                ref.leitziel_title = label
                ref.leitziel_anchor = anchor.strip()
                self.say(
                    message(
                        "Leitziel „{label}“ ({title}) steht nicht im Katalog; als freies Leitziel übernommen.",
                        label=label,
                        title=tf.title,
                    )
                )
            elif not same_name(label, tf.title) or not same_name(page, tf.page()):
                ref.leitziel_title = label
            ref.note = rest.after_colon()
            self.problems(message("Leitziel-Bezug"), rest)
        else:
            if current is None:
                self.note(where, message("Ein Leitziel-Bezug ohne Themenfeld"), _line_source(line))
                return
            rest = _decode(nodes)
            ref.themenfeld_id = current.id
            ref.note = rest.stripped()
            self.problems(message("Leitziel-Bezug"), rest)
            if ref.note:
                self.say(
                    message(
                        "Aufzählungspunkt ohne Leitziel-Verweis unter „{title}“ als Text unter dem Themenfeld übernommen.",
                        title=current.title,
                    )
                )
        self.doc.leitziel_refs.append(ref)

    # --- council papers ---------------------------------------------------------------

    def section_papers(self, segment: _Segment) -> None:
        stack: list[tuple[int, CouncilPaper]] = []
        for depth, nodes in self.list_items("papers", segment, strip=False):
            paper = self.paper(nodes)
            while stack and stack[-1][0] >= depth:
                stack.pop()
            (stack[-1][1].children if stack else self.doc.papers).append(paper)
            stack.append((depth, paper))

    def paper(self, nodes: list[Node]) -> CouncilPaper:
        """Read ``Art - Nummer (System): "Betreff"``; the number may be an external link."""
        paper = CouncilPaper(paper_type="")
        decoded = _Decoded()
        link: ExternalLink | None = None
        for node in nodes:
            if isinstance(node, ExternalLink) and node.brackets and link is None:
                link = node
                decoded.add("\x00", True)  # stands for the link, never matches a separator
            else:
                _decode([node], decoded)
        text = decoded.text
        sep = decoded.find(PAPER_TYPE_SEPARATOR)
        if sep < 0:
            if link is not None:
                decoded = _decode(nodes)
            paper.name = decoded.stripped()
            paper.paper_type = "Vorlage"
            self.say(
                message(
                    'Beschluss {name} nicht im Format „Vorlage - Nummer (System): "Betreff"“; als Betreff übernommen.',
                    name=_short(paper.name),
                )
            )
            self.problems(message("Beschluss {name}", name=_short(paper.name)), decoded)
            return paper
        paper.paper_type = decoded.slice(0, sep).stripped()
        pos = sep + len(PAPER_TYPE_SEPARATOR)
        ends = [p for p in (decoded.find(" (", pos), decoded.find(': "', pos)) if p >= 0]
        end = min(ends) if ends else len(text)
        reference = decoded.slice(pos, end)
        if "\x00" in reference.text and link is not None:
            paper.url = _plain_source(link.url).strip()
            paper.reference = _plain(link.title) if link.title is not None else ""
        else:
            paper.reference = reference.stripped()
        pos = end
        if decoded.find(" (", pos) == pos:
            close = decoded.find(")", pos)
            if close < 0:
                close = len(text)
            paper.system = decoded.slice(pos + 2, close).stripped()
            pos = close + 1
        if decoded.find(': "', pos) == pos:
            name = decoded.slice(pos + 3)
            value = name.text
            if value.endswith('"') and not name.literal[-1]:
                value = value[:-1]
            else:
                self.say(
                    message(
                        "Betreff von Beschluss {reference} endet nicht mit einem Anführungszeichen.",
                        reference=paper.reference,
                    )
                )
            paper.name = value
            pos = len(text)
        leftover = decoded.slice(pos).stripped().replace("\x00", "")
        if leftover:
            paper.name = (paper.name + " " + leftover).strip()
            self.say(
                message(
                    "Beschluss {reference}: unerwarteter Text {leftover} an den Betreff angehängt.",
                    reference=paper.reference,
                    leftover=_short(leftover),
                )
            )
        self.problems(message("Beschluss {reference}", reference=paper.reference), decoded)
        return paper

    # --- links ----------------------------------------------------------------------

    def section_links(self, segment: _Segment) -> None:
        for _depth, nodes in self.list_items("links", segment):
            if len(nodes) == 1 and isinstance(nodes[0], ExternalLink) and nodes[0].brackets:
                node = nodes[0]
                label = _decode(node.title) if node.title is not None else _Decoded()
                self.doc.links.append(Link(label.stripped(), _plain_source(node.url).strip()))
                self.problems(message("Link"), label)
                continue
            bracketed = [n for n in nodes if isinstance(n, ExternalLink) and n.brackets]
            if len(bracketed) == 1:
                # "[https://… Konzept] (PDF, 2 MB)": the address stays, the text around it joins the label.
                link = bracketed[0]
                label = _decode([n if n is not link else Text(_plain(link.title or [])) for n in nodes])
                self.doc.links.append(Link(label.stripped(), _plain_source(link.url).strip()))
                self.problems(message("Link"), label)
                self.say(
                    message(
                        "Link {value}: der Text neben dem Link gehört nun zur Beschriftung.",
                        value=_short(label.stripped()),
                    )
                )
                continue
            decoded = _decode(nodes)
            text = decoded.stripped()
            split = decoded.rfind(" (")
            if split < 0 and decoded.text.startswith("(") and not decoded.literal[0]:
                split = -1  # "(Adresse)" with an empty label
            end = len(decoded.text.rstrip(_BLANKS)) - 1
            inner = decoded.slice(split + 2, end) if split >= 0 or decoded.text.startswith("(") else None
            # "Beschriftung (Adresse)" is ours only if the address has no raw blank (we escape them).
            if (
                inner is not None
                and text.endswith(")")
                and not decoded.literal[end]
                and not any(c in _BLANKS and not lit for c, lit in zip(inner.text, inner.literal, strict=True))
            ):
                self.doc.links.append(Link(decoded.slice(0, max(split, 0)).stripped(), inner.text))
            else:
                self.doc.links.append(Link(text, ""))
                if decoded.problems:
                    self.say(
                        message(
                            "Link {text} ohne erkennbare Adresse; nur die Beschriftung übernommen.", text=_short(text)
                        )
                    )
            self.problems(message("Link"), decoded)


_NOWIKI_LINE_END = re.compile(r"[ \t]*(?:\n[ \t]*)+")


def _tidy(items: list[md.Inline]) -> tuple[md.Inline, ...]:
    """Return ``md.tidy_inlines(items)``, quickly for the usual single piece of text."""
    if not items:
        return ()
    if len(items) == 1:
        item = items[0]
        if type(item) is md.Text:
            text = item.text
            if text and text[0] != " " and text[-1] != " ":
                return (item,)
        elif type(item) is not md.LineBreak:
            return (item,)
    return md.tidy_inlines(items)


def _without_edge_blanks(items: tuple[md.Inline, ...]) -> tuple[md.Inline, ...]:
    """Drop blanks at a paragraph's ends, also those written as entities (``&#10;``): the wiki shows none."""
    first, last = (items[0], items[-1]) if items else (None, None)
    if (type(first) is not md.Text or first.text[0] not in _BLANKS) and (
        type(last) is not md.Text or last.text[-1] not in _BLANKS
    ):
        return items  # the usual paragraph: nothing to drop
    out = list(items)
    if type(out[0]) is md.Text:
        out[0] = md.Text(out[0].text.lstrip(_BLANKS))
    if type(out[-1]) is md.Text:
        out[-1] = md.Text(out[-1].text.rstrip(_BLANKS))
    return tuple(item for item in out if type(item) is not md.Text or item.text)


def _without_links(nodes: Sequence[Node]) -> list[Node]:
    """Return nodes with links left out, also inside formatting tags."""
    out: list[Node] = []
    for node in nodes:
        if isinstance(node, Wikilink):
            continue
        if isinstance(node, Tag) and node.contents is not None and node.name in _FORMAT_TAGS:
            out.extend(_without_links(node.contents))
        else:
            out.append(node)
    return out


def _line_source(line: _Line) -> str:
    return line.prefix + source_text(line.nodes)


# --- wiki to Markdown tree (section bodies) ---------------------------------------------------------


@dataclass(slots=True)
class _Item:
    inlines: list[md.Inline]
    children: list[tuple[str, _Item]] = field(default_factory=list["tuple[str, _Item]"])


class _BodyReader:
    """Turns the nodes of a section body into Markdown blocks, reporting what it simplifies."""

    def __init__(self, importer: _Importer, where: str) -> None:
        self.importer = importer
        self.where = where or str(PAGE_START)

    def say(self, what: Message) -> None:
        self.importer.say(message("Abschnitt „{where}“: {what}", where=self.where, what=what))

    def count(self, key: str, example: Node | str = "") -> None:
        tally = self.importer.tally
        if key in tally.counts:
            tally.counts[key] += 1  # the example is written out only for the first
        else:
            tally.add(key, self.where, _short(example.source()) if isinstance(example, Node) else example)

    def blocks(self, nodes: list[Node]) -> list[md.Block]:
        blocks: list[md.Block] = []
        paragraph: list[md.Inline] = []
        list_lines: list[tuple[str, list[Node]]] = []

        def flush_paragraph() -> None:
            children = _without_edge_blanks(_tidy(paragraph))
            if children:
                blocks.append(md.Paragraph(children))
            paragraph.clear()

        def flush_list() -> None:
            if list_lines:
                blocks.extend(self.lists(list_lines))
                list_lines.clear()

        for number, line in enumerate(_lines(nodes)):
            if number % 2000 == 1999:
                self.importer.tick()
            if line.prefix:
                flush_paragraph()
                if all(char in "*#" for char in line.prefix):
                    list_lines.append((line.prefix, _strip_nodes(line.nodes)))
                    continue
                flush_list()
                if line.prefix.endswith(";"):
                    # "; Begriff : Erklärung": the term in bold, its explanation after a colon.
                    cut = next(
                        (n for n, node in enumerate(line.nodes) if isinstance(node, Tag) and node.name == "dd"),
                        len(line.nodes),
                    )
                    term = _tidy(self.inlines(_strip_nodes(line.nodes[:cut])))
                    explanation = _tidy(self.inlines(_strip_nodes(line.nodes[cut + 1 :])))
                    self.count("definition")
                    if term:
                        paragraph.append(md.Strong(term))
                    if explanation:
                        paragraph.extend([md.Text(": " if term else ""), *explanation])
                else:
                    self.count("indent")
                    paragraph.extend(self.inlines(_strip_nodes(line.nodes)))
                flush_paragraph()
                continue
            flush_list()
            if line.is_blank():
                flush_paragraph()
                continue
            content = _strip_nodes(line.nodes)
            if len(content) == 1 and isinstance(content[0], Tag) and self.is_block_tag(content[0]):
                flush_paragraph()
                blocks.extend(self.block_tag(content[0]))
                continue
            if len(content) == 1 and isinstance(content[0], Heading):
                flush_paragraph()
                blocks.append(md.Heading(max(1, min(6, content[0].level - 2)), _tidy(self.inlines(content[0].title))))
                continue
            if paragraph:
                paragraph.append(md.Text(" "))
            if line.nodes and isinstance(line.nodes[0], Text) and line.nodes[0].value.startswith(" "):
                self.count("preformatted")
            paragraph.extend(self.inlines(content))
        flush_paragraph()
        flush_list()
        return blocks

    @staticmethod
    def is_block_tag(node: Tag) -> bool:
        return node.name in ("table", "pre", "blockquote", "hr", *_CONTAINERS) or (node.markup or "") == "----"

    def block_tag(self, node: Tag) -> list[md.Block]:
        if node.name == "table":
            return self.table(node)
        if node.name == "pre":
            return [md.CodeBlock(html.unescape(source_text(node.contents or [])))]
        if node.name == "blockquote":
            return [md.BlockQuote(tuple(self.blocks(list(node.contents or []))))]
        if node.name in _CONTAINERS:
            # A box around paragraphs and lists: its content stands as it is, the box is gone.
            self.count("html", f"<{node.name}>")
            return self.blocks(list(node.contents or []))
        return [md.ThematicBreak()]

    def table(self, node: Tag) -> list[md.Block]:
        rows = _table_rows(node)
        out: list[md.Block] = []
        if rows and rows[0] and rows[0][0][0] == "td":
            cell = rows[0][0][1]
            if cell and isinstance(cell[0], Text) and cell[0].value.startswith("+"):
                # "|+ Titel" is the table's caption; it stands above the table as a paragraph.
                caption = _tidy(self.inlines(_strip_nodes([Text(cell[0].value[1:]), *cell[1:]])))
                if caption:
                    out.append(md.Paragraph(caption))
                rows[0] = rows[0][1:]
                rows = [row for row in rows if row]
        header: tuple[tuple[md.Inline, ...], ...] = ()
        body: list[tuple[tuple[md.Inline, ...], ...]] = []
        for n, row in enumerate(rows):
            cells = tuple(_tidy(self.inlines(_strip_nodes(c))) for _, c in row)
            if n == 0 and any(kind == "th" for kind, _ in row):
                if not all(kind == "th" for kind, _ in row):
                    self.count("table-header")
                header = cells
            else:
                # A table whose first row holds data cells only has no header: its Markdown
                # header row stays empty, which the wiki export leaves out (Word and HTML show
                # it empty).
                body.append(cells)
        width = max((len(row) for row in (header, *body)), default=0)
        if width:
            # Markdown tables are rectangular: short rows get empty cells.
            header = header + ((),) * (width - len(header))
            body = [row + ((),) * (width - len(row)) for row in body]
            out.append(md.Table(header, tuple(body)))
        return out

    def lists(self, lines: list[tuple[str, list[Node]]]) -> list[md.Block]:
        """Build nested lists from prefixed lines (``*``, ``**``, ``*#`` …)."""
        root: list[tuple[str, _Item]] = []
        stack: list[tuple[str, _Item]] = []
        for prefix, nodes in lines:
            while stack and not (prefix.startswith(stack[-1][0]) and len(prefix) > len(stack[-1][0])):
                stack.pop()
            item = _Item(self.inlines(nodes))
            parent_prefix = stack[-1][0] if stack else ""
            # Skipped levels ("***" under "*") attach to the deepest open item.
            marker = prefix[len(parent_prefix)] if len(prefix) > len(parent_prefix) else prefix[-1]
            (stack[-1][1].children if stack else root).append((marker, item))
            stack.append((prefix, item))

        def build_items(entries: list[tuple[str, _Item]]) -> list[md.Block]:
            out: list[md.Block] = []
            group: list[md.ListItem] = []
            kind = ""
            for marker, item in entries:
                if group and marker != kind:
                    out.append(md.BulletList(tuple(group)) if kind == "*" else md.OrderedList(tuple(group)))
                    group = []
                kind = marker
                blocks: list[md.Block] = []
                children = _without_edge_blanks(_tidy(item.inlines))
                if children:
                    blocks.append(md.Paragraph(children))
                blocks.extend(build_items(item.children))
                group.append(md.ListItem(tuple(blocks)))
            if group:
                out.append(md.BulletList(tuple(group)) if kind == "*" else md.OrderedList(tuple(group)))
            return out

        return build_items(root)

    def inlines(self, nodes: Sequence[Node]) -> list[md.Inline]:
        out: list[md.Inline] = []
        for node in nodes:
            if type(node) is Text:
                out.append(md.Text(node.value.replace("\n", " ")))
            else:
                out.extend(self.inline(node))
        return out

    def inline(self, node: Node) -> list[md.Inline]:
        kind = type(node)
        if kind is Tag:
            return self.tag(node)  # pyright: ignore[reportArgumentType]
        if kind is Wikilink:
            return self.wikilink(node)  # pyright: ignore[reportArgumentType]
        if isinstance(node, Text):
            return [md.Text(node.value.replace("\n", " "))]
        if isinstance(node, Entity):
            return [md.Text(node.value)]
        if isinstance(node, Tag):
            return self.tag(node)
        if isinstance(node, Wikilink):
            return self.wikilink(node)
        if isinstance(node, ExternalLink):
            if not node.brackets:
                return [md.Text(_decode(node.url).text)]
            label = tuple(self.inlines(node.title)) if node.title is not None else ()
            link: list[md.Inline] = [md.Link(_plain_source(node.url).strip(), _tidy(list(label)))]
            # A blank at an end of the label still parts the words around the link.
            title = _plain_source(node.title) if node.title is not None else ""
            if title.startswith(" "):
                link.insert(0, md.Text(" "))
            if title.endswith(" ") and title.strip():
                link.append(md.Text(" "))
            return link
        if isinstance(node, Template):
            if _is_pipe(node):
                return [md.Text("|")]
            if _norm(_plain_source(node.name)).split(":", 1)[0] in _PAGE_SWITCHES:
                self.say(message("{value} nicht übernommen (zeigt nichts an).", value=_short(node.source())))
                return []
            self.say(message("Vorlage {value} als Text übernommen.", value=_short(node.source())))
            return [md.Text(node.source())]
        if isinstance(node, Argument):
            self.say(message("Parameter {value} als Text übernommen.", value=_short(node.source())))
            return [md.Text(node.source())]
        if isinstance(node, Comment):
            self.count("comment")
            return []
        self.say(message("Wiki-Markup {value} als Text übernommen.", value=_short(node.source())))
        return [md.Text(node.source())]

    def wikilink(self, node: Wikilink) -> list[md.Inline]:
        title = _plain(node.title)
        label: list[md.Inline] = self.inlines(node.text) if node.text is not None else [md.Text(title)]
        if _norm(title).startswith(self.importer.file_prefixes):
            self.say(message("Bild {title} nicht übernommen.", title=_short(title)))
            self.importer.normalised.append(node.source())
            return []
        if _norm(title).startswith(self.importer.category_prefixes) and not title.startswith(":"):
            self.importer.categories.append((title.split(":", 1)[1].strip(), node))
            return []
        page = title.split("#", 1)[0].lstrip(":")
        doc_id = self.importer.page_ids.get(normalize_page_title(page))
        if doc_id is not None and "#" not in title:
            return [md.Link(f"{DOCUMENT_LINK_SCHEME}:{doc_id}", _tidy(label))]
        self.count("wikilink", node)
        return label

    def tag(self, node: Tag) -> list[md.Inline]:
        name = node.name
        if name == "ref":
            if node.contents is None or not _plain_source(node.contents).strip():
                self.count("ref-repeat")
                return []
            inner = _tidy(self.inlines(node.contents))
            self.count("ref")
            return [md.Text(" ("), *inner, md.Text(")")]
        if name in ("b", "strong"):
            inner = self.inlines(node.contents or [])
            return [md.Strong(_tidy(inner))] if inner else []
        if name in ("i", "em"):
            inner = self.inlines(node.contents or [])
            return [md.Emphasis(_tidy(inner))] if inner else []
        if name == "br":
            return [md.LineBreak()]
        if name == "nowiki":
            # Its text is shown as it stands, but a line end inside it is a blank like any other.
            return [md.Text(_NOWIKI_LINE_END.sub(" ", html.unescape(source_text(node.contents or []))))]
        if name in ("code", "tt", "kbd", "samp"):
            return [md.Code(_decode(node.contents or []).text)]
        if name == "gallery":
            files = [line.split("|", 1)[0].strip() for line in source_text(node.contents or []).splitlines()]
            files = [f for f in files if f]
            self.say(
                message(
                    "Bildergalerie mit {count} Bild(ern) nicht übernommen ({names}).",
                    count=len(files),
                    names=", ".join(files),
                )
            )
            self.importer.normalised.append(node.source())
            return []
        if name == "references":
            self.say(message("Verzeichnis der Einzelnachweise entfernt; die Nachweise stehen in Klammern im Text."))
            return []
        inner = self.inlines(node.contents or [])
        if name in ("table", "pre", "blockquote"):
            self.say(message("<{name}> mitten im Text zu Text vereinfacht.", name=name))
            return [md.Text(md.plain_text(_tidy(inner)))]
        if name not in _LIST_TAGS:
            self.count("html", f"<{name}>")
        return inner
