"""Wiki text import: the text of a Konzept page becomes a new document.

The page is read with mwparserfromhell, never with regular expressions over the page.
We accept what real pages contain: the ``{{Konzeption}}`` call with old or new
parameter names (or the ``standard`` profile's wikitable), section title variants,
empty sections, the Themenfeld icon table (``.png``/``.jpg``, "2"-suffixed icons, an
optional second row of links), nested goal lists, several council papers, prose and
sub-headings inside sections, categories.

Nothing is dropped silently: what cannot be mapped goes into a free section whose
title says so, unknown infobox parameters are kept in ``Document.extra_params`` and
exported again, and :attr:`ImportResult.report` says in German what happened.

Escaped text comes back exactly: HTML entities, ``{{!}}`` and ``<nowiki>`` are decoded
into literal characters, and the separators of our own list formats are searched
for only in raw text, never in decoded characters.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import mwparserfromhell
from mwparserfromhell.nodes import (
    Argument,
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

from editor.domain.messages import UserError
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
from exports.wiki import PAPER_TYPE_SEPARATOR
from exports.wiki_profile import SECTION_KEYS, WikiProfile, default_profile

MAX_INPUT_BYTES = 5 * 1024 * 1024
"""Larger input is not a Konzept page."""

MAX_NESTING = 40
"""Deeper nesting of templates, links or lists is not a Konzept page either."""

UNTITLED = "Importierte Wiki-Seite"
"""Title of an imported document when the caller does not know the page title."""

UNMAPPED_SUFFIX = " (nicht zugeordnet)"
"""Appended to the title of a free section that holds what the import could not map."""

_FORMAT_TAGS = {"b", "i", "strong", "em", "u", "s", "small", "big", "span", "div", "font", "center", "sup", "sub"}
_LIST_TAGS = {"li", "dt", "dd"}
_BLANKS = " \t\n\r"
"""What the wiki trims; other white space (no-break space …) is text."""


class WikiImportError(UserError, ValueError):
    """The input is not wiki text at all (binary, too large, absurdly nested); German message."""


@dataclass(slots=True)
class ImportResult:
    """The imported document (all ids ``None``) and German report lines."""

    document: Document
    report: list[str] = field(default_factory=list[str])


def import_wiki(
    text: str,
    catalogue: Catalogue,
    page_ids: Mapping[str, int] | None = None,
    profile: WikiProfile | None = None,
    title: str = "",
) -> ImportResult:
    """Return a new document read from the wiki text of a Konzept page, with a report.

    ``page_ids`` maps the wiki page titles of the file's documents to their ids (for
    Synergien and links); ``title`` is the page title, which the text itself does not hold
    (without it the document is called :data:`UNTITLED` and the report says so).
    """
    _check_input(text)
    # Pasted from Windows or saved by an editor: line ends and a byte-order mark are not content
    # (our own export writes a typed carriage return as &#13;).
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    result = _Importer(catalogue, page_ids or {}, profile or default_profile()).run(text)
    if title.strip():
        result.document.title = result.document.wiki_title = title.strip()
    else:
        # The page text does not hold its own title; a document without one would not validate.
        result.document.title = UNTITLED
        result.report.insert(0, f"Der Seitentitel steht nicht im Wiki-Text; das Dokument heißt vorläufig „{UNTITLED}“.")
    return result


# --- input checks ------------------------------------------------------------------------


def _check_input(text: object) -> None:
    if not isinstance(text, str):
        raise WikiImportError("Die Eingabe ist kein Text.")
    if len(text) > MAX_INPUT_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_INPUT_BYTES:
        raise WikiImportError(
            "Die Eingabe ist größer als {size} MB und keine Wiki-Seite.", size=MAX_INPUT_BYTES // (1024 * 1024)
        )
    controls = sum(1 for char in text if (ord(char) < 32 and char not in "\t\n\r") or char == "\x7f")
    if "\x00" in text or controls > max(8, len(text) // 20):
        raise WikiImportError("Die Eingabe sieht nach Binärdaten aus, nicht nach Wiki-Text.")
    depth = deepest = 0
    for token in re.finditer(r"\{\{|\}\}|\[\[|\]\]", text):
        depth = depth + 1 if token.group(0) in ("{{", "[[") else max(0, depth - 1)
        deepest = max(deepest, depth)
    if deepest > MAX_NESTING:
        raise WikiImportError("Vorlagen oder Links sind tiefer als {depth} Ebenen verschachtelt.", depth=MAX_NESTING)
    longest_prefix = max((len(m.group(0)) for m in re.finditer(r"(?m)^[*#:;]+", text)), default=0)
    if longest_prefix > MAX_NESTING:
        raise WikiImportError("Listen sind tiefer als {depth} Ebenen verschachtelt.", depth=MAX_NESTING)


# --- decoding text --------------------------------------------------------------------------


class _Decoded:
    """Decoded text plus which characters came from escapes (entities, ``{{!}}``, nowiki)."""

    __slots__ = ("literal", "problems", "text")

    def __init__(self) -> None:
        self.text = ""
        self.literal: list[bool] = []
        self.problems: list[str] = []

    def add(self, text: str, literal: bool) -> None:
        self.text += text
        self.literal.extend([literal] * len(text))

    def find(self, separator: str, start: int = 0) -> int:
        """Return the first position of ``separator`` made of raw (unescaped) characters."""
        pos = self.text.find(separator, start)
        while pos >= 0:
            if not any(self.literal[pos : pos + len(separator)]):
                return pos
            pos = self.text.find(separator, pos + 1)
        return -1

    def rfind(self, separator: str) -> int:
        pos = self.text.rfind(separator)
        while pos >= 0:
            if not any(self.literal[pos : pos + len(separator)]):
                return pos
            pos = self.text.rfind(separator, 0, pos)
        return -1

    def slice(self, start: int, end: int | None = None) -> _Decoded:
        out = _Decoded()
        out.text = self.text[start:end]
        out.literal = self.literal[start:end]
        out.problems = self.problems
        return out

    def stripped(self) -> str:
        """Return the text without raw whitespace at its ends (escaped blanks stay)."""
        start, end = 0, len(self.text)
        while start < end and self.text[start] in _BLANKS and not self.literal[start]:
            start += 1
        while end > start and self.text[end - 1] in _BLANKS and not self.literal[end - 1]:
            end -= 1
        return self.text[start:end]

    def after_colon(self) -> str:
        """Return the stripped text after a leading raw ``:`` (our "link: note" format)."""
        start = 0
        while start < len(self.text) and self.text[start] in _BLANKS and not self.literal[start]:
            start += 1
        if start < len(self.text) and self.text[start] == ":" and not self.literal[start]:
            return self.slice(start + 1).stripped()
        return self.stripped()


def _tag_name(node: Tag) -> str:
    return str(node.tag).strip().lower()


def _decode(nodes: Iterable[Node], out: _Decoded | None = None) -> _Decoded:
    """Decode wiki nodes into plain text; markup that is not plain text is noted in ``problems``."""
    out = out if out is not None else _Decoded()
    for node in nodes:
        if isinstance(node, Text):
            out.add(node.value, False)
        elif isinstance(node, HTMLEntity):
            out.add(node.normalize(), True)
        elif isinstance(node, Template) and str(node.name).strip() == "!" and not node.params:
            out.add("|", True)
        elif isinstance(node, Tag) and _tag_name(node) == "nowiki":
            out.add(html.unescape(str(node.contents)), True)
        elif isinstance(node, Tag) and _tag_name(node) == "br":
            out.add("\n", False)
        elif isinstance(node, Tag) and _tag_name(node) in _FORMAT_TAGS:
            out.problems.append(f"Formatierung {_short(str(node))}")
            _decode(node.contents.nodes, out)
        elif isinstance(node, Wikilink):
            out.problems.append(f"Verweis {_short(str(node))}")
            _decode((node.text if node.text is not None else node.title).nodes, out)
        elif isinstance(node, ExternalLink):
            if node.brackets:
                out.problems.append(f"Link {_short(str(node))}")
                _decode((node.title if node.title is not None else node.url).nodes, out)
            else:
                _decode(node.url.nodes, out)
        elif isinstance(node, Comment):
            out.problems.append(f"Kommentar {_short(str(node))} entfernt")
        else:
            out.problems.append(f"Wiki-Markup {_short(str(node))}")
            out.add(str(node), False)
    return out


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return "„" + (text if len(text) <= limit else text[: limit - 1] + "…") + "“"


def _plain(nodes: Iterable[Node]) -> str:
    return _decode(nodes).stripped()


def _norm(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).casefold()


# --- lines of a section --------------------------------------------------------------------------


@dataclass(slots=True)
class _Line:
    """One source line: its list prefix (``*``, ``**``, ``*#`` …; empty for other lines) and nodes."""

    prefix: str
    nodes: list[Node]

    def is_blank(self) -> bool:
        return not self.prefix and all(isinstance(n, Text) and not n.value.strip(_BLANKS) for n in self.nodes)


def _lines(nodes: Sequence[Node]) -> list[_Line]:
    lines: list[_Line] = []
    current = _Line("", [])
    at_start = True
    for node in nodes:
        if at_start and isinstance(node, Tag) and _tag_name(node) in _LIST_TAGS and node.wiki_markup:
            current.prefix += str(node.wiki_markup)
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


def _wikilinks(code: Wikicode) -> Iterable[Wikilink]:
    """Yield the links anywhere inside ``code`` (table cells are nested tags)."""
    for node in code.nodes:
        if isinstance(node, Wikilink):
            yield node
        elif isinstance(node, Tag):
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


def _wiki_text(nodes: Sequence[Node]) -> str:
    return "".join(str(node) for node in nodes)


# --- the importer ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Segment:
    """A heading (``None`` for the text before the first one) and the nodes below it."""

    title: str
    level: int
    nodes: list[Node]
    raw_title: str = ""


class _Importer:
    def __init__(self, catalogue: Catalogue, page_ids: Mapping[str, int], profile: WikiProfile) -> None:
        self.catalogue = catalogue
        self.page_ids = {normalize_page_title(title): doc_id for title, doc_id in page_ids.items()}
        self.profile = profile
        self.doc = Document(art="")
        self.report: list[str] = []
        self.unmapped: list[Section] = []
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

    def say(self, line: str) -> None:
        if line not in self.report:
            self.report.append(line)

    def problems(self, where: str, decoded: _Decoded) -> None:
        for problem in decoded.problems:
            self.say(f"{where}: {problem} als reinen Text übernommen.")

    # --- page ------------------------------------------------------------------------

    def run(self, text: str) -> ImportResult:
        code = mwparserfromhell.parse(text)
        nodes = self.take_categories(list(code.nodes))
        segments = self.segments(nodes)
        self.preamble(segments[0].nodes)
        present = {_norm(segment.title) for segment in segments[1:]}
        for segment in segments[1:]:
            key = self.section_titles.get(_norm(segment.title))
            if key is not None and _norm(segment.title) != _norm(self.profile.sections[key]):
                # An older title counts only if the page does not also have today's title.
                key = None if _norm(self.profile.sections[key]) in present else key
            if key is not None and key not in self.seen_fixed:
                self.seen_fixed.add(key)
                if _norm(segment.title) != _norm(self.profile.sections[key]):
                    self.say(f"Abschnitt „{segment.title}“ als „{self.profile.sections[key]}“ gelesen.")
                getattr(self, f"section_{key}")(segment)
            else:
                self.doc.sections.append(self.free_section(segment))
        self.apply_categories()
        self.doc.sections.extend(self.unmapped)
        return ImportResult(self.doc, self.report)

    def segments(self, nodes: list[Node]) -> list[_Segment]:
        headings = [n for n in nodes if isinstance(n, Heading)]
        top = min([h.level for h in headings] + [2])
        segments = [_Segment("", 0, [])]
        for node in nodes:
            if isinstance(node, Heading) and node.level <= top:
                decoded = _decode(node.title.nodes)
                self.problems(f"Überschrift {_short(decoded.stripped())}", decoded)
                segments.append(_Segment(decoded.stripped(), node.level, [], str(node.title)))
            else:
                segments[-1].nodes.append(node)
        return segments

    def take_categories(self, nodes: list[Node]) -> list[Node]:
        """Remove category links from the page and apply them (Art, Themenfelder)."""
        kept: list[Node] = []
        self.categories: list[str] = []
        for node in nodes:
            if isinstance(node, Wikilink) and _norm(str(node.title)).startswith(self.category_prefixes):
                name = _plain(node.title.nodes)
                self.categories.append(name.split(":", 1)[1].strip())
                continue
            kept.append(node)
        return kept

    def apply_categories(self) -> None:
        unknown: list[str] = []
        for name in self.categories:
            tf = self.themenfeld_by_name(name)
            if self.doc.art and _norm(name) == _norm(self.doc.art):
                continue
            if tf is not None and tf.id is not None:
                if tf.id not in self.doc.themenfeld_ids:
                    self.doc.themenfeld_ids.append(tf.id)
                    self.say(f"Themenfeld „{tf.title}“ nur aus der Kategorie übernommen.")
            elif _norm(name) == _norm(self.doc.art):
                continue
            elif not self.doc.art:
                self.doc.art = name
                self.say(f"Art „{name}“ aus der Kategorie übernommen.")
            else:
                unknown.append(name)
        if unknown:
            body = "\n".join(f"- {md.escape_markdown(name)}" for name in unknown)
            self.unmapped.append(Section("Weitere Kategorien" + UNMAPPED_SUFFIX, body))
            self.say(
                f"Unbekannte Kategorien ({', '.join(unknown)}) in den Abschnitt "
                f"„Weitere Kategorien{UNMAPPED_SUFFIX}“ übernommen."
            )

    def add_unmapped(self, where: str, nodes: Sequence[Node]) -> None:
        """Keep nodes the import could not map in a free section named after their origin."""
        lines = [line for line in _lines(nodes) if not line.is_blank()]
        if not lines:
            return
        body = self.body_markdown(list(nodes), where)
        title = (where or "Seitenanfang") + UNMAPPED_SUFFIX
        self.unmapped.append(Section(title, body))
        self.say(f"Nicht zugeordneter Text aus „{where or 'Seitenanfang'}“ steht im Abschnitt „{title}“.")

    # --- infobox -------------------------------------------------------------------

    def preamble(self, nodes: list[Node]) -> None:
        rest: list[Node] = []
        found = False
        for node in nodes:
            if not found and isinstance(node, Template) and self.is_infobox(node):
                self.infobox_template(node)
                found = True
            elif not found and isinstance(node, Tag) and _tag_name(node) == "table" and self.infobox_table(node):
                found = True
            elif isinstance(node, Text) and not node.value.strip():
                continue
            else:
                rest.append(node)
        if not found:
            self.say("Keine Infobox gefunden; Metadaten bitte von Hand ergänzen.")
        magic = [n for n in rest if isinstance(n, Text) and n.value.strip() in ("__NOTOC__", "__TOC__", "__FORCETOC__")]
        rest = [n for n in rest if n not in magic]
        self.add_unmapped("", rest)

    def is_infobox(self, node: Template) -> bool:
        name = _norm(str(node.name))
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

    def set_field(self, name: str, field_name: str, decoded: _Decoded) -> None:
        current = str(getattr(self.doc, field_name))
        value = decoded.stripped()
        if current and current != value:
            self.say(f"Parameter „{name}“ doppelt; der erste Wert „{current}“ bleibt.")
            return
        setattr(self.doc, field_name, value)
        self.problems(f"Parameter „{name}“", decoded)
        if _norm(name) not in {_norm(p) for p in self.profile.params.values()}:
            self.say(f"Alter Parameter „{name}“ als „{self.profile.params[field_name]}“ übernommen.")

    def infobox_template(self, node: Template) -> None:
        for param in node.params:
            name = _plain(param.name.nodes)
            field_name = self.field_for(name)
            if field_name is not None:
                self.set_field(name, field_name, _decode(param.value.nodes))
            else:
                self.doc.extra_params[name] = str(param.value).strip(_BLANKS)
                self.say(f"Unbekannter Infobox-Parameter „{name}“ unverändert behalten; er wird wieder exportiert.")

    def infobox_table(self, node: Tag) -> bool:
        """Read the standard profile's wikitable infobox: rows of one header and one data cell."""
        rows = self.table_rows(node)
        pairs = [(row[0], row[1]) for row in rows if len(row) == 2 and row[0][0] == "th" and row[1][0] == "td"]
        if not pairs or len(pairs) != len(rows):
            return False
        for (_, name_nodes), (_, value_nodes) in pairs:
            name = _plain(name_nodes)
            field_name = self.field_for(name)
            if field_name is not None:
                self.set_field(name, field_name, _decode(value_nodes))
            else:
                self.doc.extra_params[name] = _wiki_text(value_nodes).strip(_BLANKS)
                self.say(f"Unbekannte Infobox-Zeile „{name}“ unverändert behalten; sie wird wieder exportiert.")
        return True

    @staticmethod
    def table_rows(node: Tag) -> list[list[tuple[str, list[Node]]]]:
        rows: list[list[tuple[str, list[Node]]]] = [[]]
        for child in node.contents.nodes:
            if isinstance(child, Tag) and _tag_name(child) == "tr":
                rows.append([])
                for cell in child.contents.nodes:
                    if isinstance(cell, Tag) and _tag_name(cell) in ("th", "td"):
                        contents = list(cell.contents.nodes)
                        rows[-1].append((_tag_name(cell), contents))
            elif isinstance(child, Tag) and _tag_name(child) in ("th", "td"):
                contents = list(child.contents.nodes)
                rows[-1].append((_tag_name(child), contents))
        return [row for row in rows if row]

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
        title = _plain(link.title.nodes)
        file_name = title.split(":", 1)[1].strip() if ":" in title else title
        target: str | None = None
        if link.text is not None:
            for part in str(link.text).split("|"):
                name, _, value = part.partition("=")
                if _norm(name) in ("link", _norm(self.profile.icon_link_param)) and _:
                    target = html.unescape(value.strip())
        return file_name, target

    def themenfeld_of_link(self, link: Wikilink) -> Themenfeld | None:
        if _norm(str(link.title)).startswith(self.file_prefixes):
            file_name, target = self.file_link_target(link)
            by_target = self.themenfeld_by_name(target) if target else None
            return by_target or self.themenfeld_by_icon(file_name)
        return self.themenfeld_by_name(_plain(link.title.nodes).split("#", 1)[0])

    def add_themenfeld(self, tf: Themenfeld) -> None:
        if tf.id is not None and tf.id not in self.doc.themenfeld_ids:
            self.doc.themenfeld_ids.append(tf.id)

    def section_themenfelder(self, segment: _Segment) -> None:
        leftover: list[Node] = []
        intro = _norm(self.profile.themenfeld_intro)
        for node in segment.nodes:
            if isinstance(node, Tag) and _tag_name(node) == "table":
                for link in _wikilinks(node.contents):
                    tf = self.themenfeld_of_link(link)
                    if tf is not None:
                        self.add_themenfeld(tf)
                    elif _norm(str(link.title)).startswith(self.file_prefixes):
                        self.say(f"Themenfeld-Symbol {_short(str(link.title))} passt zu keinem Themenfeld im Katalog.")
                    else:
                        self.say(f"Verweis {_short(str(link))} im Themenfeld-Block passt zu keinem Themenfeld.")
            elif isinstance(node, Wikilink) and self.themenfeld_of_link(node) is not None:
                tf = self.themenfeld_of_link(node)
                if tf is not None:
                    self.add_themenfeld(tf)
            else:
                leftover.append(node)
        text = _norm(_plain(leftover))
        if intro and text.startswith(intro):
            text = text[len(intro) :].strip()
            leftover = [] if not text else leftover
        if text:
            self.add_unmapped(segment.title, leftover)

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
        section = Section(title, self.body_markdown(body_nodes, title))
        # Sub-headings nest by level: a heading belongs under the closest shallower one before it.
        stack: list[tuple[int, Section]] = [(level, section)]
        for head, child_nodes in children:
            decoded = _decode(head.title.nodes)
            self.problems(f"Überschrift {_short(decoded.stripped())}", decoded)
            child_title = decoded.stripped()
            while len(stack) > 1 and stack[-1][0] >= head.level:
                stack.pop()
            child = Section(child_title, self.body_markdown(child_nodes, child_title))
            stack[-1][1].children.append(child)
            stack.append((head.level, child))
        return section

    def body_blocks(self, nodes: list[Node], where: str) -> list[md.Block]:
        return _BodyReader(self, where).blocks(nodes)

    def body_markdown(self, nodes: list[Node], where: str) -> str:
        """Return the Markdown of a section body, reporting formatting Markdown cannot hold there."""
        blocks = self.body_blocks(nodes, where)
        text = md.render_markdown(blocks)
        if md.parse_markdown(text) != blocks:
            self.say(
                f"Abschnitt „{where or 'Seitenanfang'}“: eine Hervorhebung lässt sich an ihrer Stelle nicht in Markdown "
                "schreiben (etwa fett direkt nach einem Buchstaben, mit einem Satzzeichen am Anfang); der Text bleibt, "
                "die Hervorhebung entfällt."
            )
        return text

    # --- goals -----------------------------------------------------------------------

    def list_items(self, segment: _Segment, strip: bool = True) -> tuple[list[tuple[int, list[Node]]], list[Node]]:
        """Return (depth, content nodes) of every list line, and the nodes of all other lines.

        With ``strip=False`` only the one blank after the list marker is removed, for formats
        whose separators may stand at the ends of the line (an empty paper type).
        """
        items: list[tuple[int, list[Node]]] = []
        other: list[Node] = []
        for line in _lines(segment.nodes):
            if line.prefix and all(char in "*#" for char in line.prefix):
                items.append((len(line.prefix) - 1, _strip_nodes(line.nodes) if strip else _after_marker(line.nodes)))
            elif not line.is_blank():
                if other:
                    other.append(Text("\n"))
                other.extend([Text(line.prefix), *line.nodes] if line.prefix else line.nodes)
        return items, other

    def section_goals(self, segment: _Segment) -> None:
        items, other = self.list_items(segment)
        stack: list[tuple[int, Goal]] = []
        for depth, nodes in items:
            goal = self.goal(nodes, segment.title)
            while stack and stack[-1][0] >= depth:
                stack.pop()
            (stack[-1][1].children if stack else self.doc.goals).append(goal)
            stack.append((depth, goal))
        self.add_unmapped(segment.title, other)

    def goal(self, nodes: list[Node], where: str) -> Goal:
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
            if tf is not None and (lz is not None or "#" not in str(link.title)):
                goal.themenfeld_id = tf.id
                goal.leitziel_id = lz.id if lz is not None else None
                nodes = [*nodes[:-3], Text(nodes[-3].value[:-2])]  # "" when the title was empty
        decoded = _decode(nodes)
        goal.title = decoded.stripped()
        self.problems(f"Ziel {_short(goal.title)}", decoded)
        return goal

    def leitziel_of_link(self, link: Wikilink) -> tuple[Themenfeld | None, Leitziel | None]:
        target = _plain(link.title.nodes)
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
        items, other = self.list_items(segment)
        for _depth, nodes in items:
            synergy = Synergy()
            if nodes and isinstance(nodes[0], Wikilink) and not self.is_special_link(nodes[0]):
                page = _plain(nodes[0].title.nodes)
                rest = _decode(nodes[1:])
                text = rest.after_colon()
                doc_id = self.page_ids.get(normalize_page_title(page))
                if doc_id is not None:
                    synergy.target_document_id = doc_id
                    synergy.text = text
                else:
                    synergy.text = f"{page}: {text}" if text else page
                    self.say(f"Synergie mit „{page}“: diese Seite ist kein Dokument der Datei; als Text übernommen.")
                self.problems("Synergie", rest)
            else:
                decoded = _decode(nodes)
                synergy.text = decoded.stripped()
                self.problems("Synergie", decoded)
            self.doc.synergies.append(synergy)
        self.add_unmapped(segment.title, other)

    def is_special_link(self, link: Wikilink) -> bool:
        return _norm(str(link.title)).startswith(self.file_prefixes + self.category_prefixes)

    # --- Leitziele ----------------------------------------------------------------------

    def section_leitziele(self, segment: _Segment) -> None:
        current: Themenfeld | None = None
        other: list[Node] = []
        intro = _norm(self.profile.leitziel_intro)
        for line in _lines(segment.nodes):
            if line.is_blank():
                continue
            nodes = _strip_nodes(line.nodes)
            if line.prefix and all(char in "*#" for char in line.prefix):
                self.leitziel_ref(nodes, current, other)
                continue
            group = self.leitziel_group(nodes)
            if group is not None:
                current = group
                continue
            if not line.prefix and intro and _norm(_plain(nodes)) == intro:
                continue
            if other:
                other.append(Text("\n"))
            other.extend([Text(line.prefix), *line.nodes] if line.prefix else line.nodes)
        self.add_unmapped(segment.title, other)

    def leitziel_group(self, nodes: list[Node]) -> Themenfeld | None:
        """Return the Themenfeld of a group line (icon and/or '''Themenfeld X:'''), if it is one."""
        bold = [n for n in nodes if isinstance(n, Tag) and _tag_name(n) == "b"]
        links = [n for n in nodes if isinstance(n, Wikilink)]
        rest = [
            n for n in nodes if n not in bold and n not in links and not (isinstance(n, Text) and not n.value.strip())
        ]
        if rest or not bold:
            return None
        for b in bold:
            text = _plain(b.contents.nodes)
            before, _, after = self.profile.leitziel_heading.partition("{title}")
            if text.startswith(before) and text.endswith(after):
                tf = self.themenfeld_by_name(text[len(before) : len(text) - len(after) if after else None])
                if tf is not None:
                    return tf
            tf = self.themenfeld_by_name(text.rstrip(":").removeprefix("Themenfeld").strip())
            if tf is not None:
                return tf
        for link in links:
            tf = self.themenfeld_of_link(link)
            if tf is not None:
                return tf
        return None

    def leitziel_ref(self, nodes: list[Node], current: Themenfeld | None, other: list[Node]) -> None:
        ref = LeitzielRef()
        rest_nodes = nodes
        if nodes and isinstance(nodes[0], Wikilink) and not self.is_special_link(nodes[0]):
            tf, lz = self.leitziel_of_link(nodes[0])
            if tf is None:
                tf = current
                self.say(f"Leitziel-Verweis {_short(str(nodes[0]))} passt zu keinem Themenfeld im Katalog.")
            elif "#" in str(nodes[0].title) and lz is None:
                self.say(
                    f"Leitziel {_short(str(nodes[0].title))} steht nicht im Katalog; Bezug aufs Themenfeld gesetzt."
                )
            ref.themenfeld_id = tf.id if tf is not None else None
            ref.leitziel_id = lz.id if lz is not None else None
            rest_nodes = nodes[1:]
            rest = _decode(rest_nodes)
            ref.note = rest.after_colon()
        else:
            rest = _decode(rest_nodes)
            ref.themenfeld_id = current.id if current is not None else None
            ref.note = rest.stripped()
        self.problems("Leitziel-Bezug", rest)
        if ref.themenfeld_id is None:
            other.extend([Text("* "), *nodes, Text("\n")])
            return
        self.doc.leitziel_refs.append(ref)

    # --- council papers ---------------------------------------------------------------

    def section_papers(self, segment: _Segment) -> None:
        items, other = self.list_items(segment, strip=False)
        stack: list[tuple[int, CouncilPaper]] = []
        for depth, nodes in items:
            paper = self.paper(nodes)
            while stack and stack[-1][0] >= depth:
                stack.pop()
            (stack[-1][1].children if stack else self.doc.papers).append(paper)
            stack.append((depth, paper))
        self.add_unmapped(segment.title, other)

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
            paper.name = decoded.stripped()
            paper.paper_type = "Vorlage"
            self.say(
                f'Beschluss {_short(paper.name)} nicht im Format „Vorlage - Nummer (System): "Betreff"“; als Betreff übernommen.'
            )
            return paper
        paper.paper_type = decoded.slice(0, sep).stripped()
        pos = sep + len(PAPER_TYPE_SEPARATOR)
        ends = [p for p in (decoded.find(" (", pos), decoded.find(': "', pos)) if p >= 0]
        end = min(ends) if ends else len(text)
        reference = decoded.slice(pos, end)
        if "\x00" in reference.text and link is not None:
            paper.url = str(link.url).strip()
            paper.reference = _plain(link.title.nodes) if link.title is not None else ""
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
                self.say(f"Betreff von Beschluss {paper.reference} endet nicht mit einem Anführungszeichen.")
            paper.name = value
            pos = len(text)
        leftover = decoded.slice(pos).stripped()
        if leftover:
            paper.name = (paper.name + " " + leftover).strip()
            self.say(f"Beschluss {paper.reference}: unerwarteter Text {_short(leftover)} an den Betreff angehängt.")
        self.problems(f"Beschluss {paper.reference}", decoded)
        return paper

    # --- links ----------------------------------------------------------------------

    def section_links(self, segment: _Segment) -> None:
        items, other = self.list_items(segment)
        for _depth, nodes in items:
            if len(nodes) == 1 and isinstance(nodes[0], ExternalLink) and nodes[0].brackets:
                node = nodes[0]
                label = _decode(node.title.nodes) if node.title is not None else _Decoded()
                self.doc.links.append(Link(label.stripped(), str(node.url).strip()))
                self.problems("Link", label)
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
                    self.say(f"Link {_short(text)} ohne erkennbare Adresse; nur die Beschriftung übernommen.")
            self.problems("Link", decoded)
        self.add_unmapped(segment.title, other)


# --- wiki to Markdown tree (section bodies) ---------------------------------------------------------


class _BodyReader:
    """Turns the nodes of a section body into Markdown blocks, reporting what it simplifies."""

    def __init__(self, importer: _Importer, where: str) -> None:
        self.importer = importer
        self.where = where or "Seitenanfang"

    def say(self, what: str) -> None:
        self.importer.say(f"Abschnitt „{self.where}“: {what}")

    def blocks(self, nodes: list[Node]) -> list[md.Block]:
        blocks: list[md.Block] = []
        paragraph: list[md.Inline] = []
        list_lines: list[tuple[str, list[Node]]] = []

        def flush_paragraph() -> None:
            children = md.tidy_inlines(paragraph)
            if children:
                blocks.append(md.Paragraph(children))
            paragraph.clear()

        def flush_list() -> None:
            if list_lines:
                blocks.extend(self.lists(list_lines))
                list_lines.clear()

        for line in _lines(nodes):
            if line.prefix:
                flush_paragraph()
                if all(char in "*#" for char in line.prefix):
                    list_lines.append((line.prefix, _strip_nodes(line.nodes)))
                    continue
                flush_list()
                if line.prefix.endswith(";"):
                    # "; Begriff : Erklärung": the term in bold, its explanation after a colon.
                    cut = next(
                        (n for n, node in enumerate(line.nodes) if isinstance(node, Tag) and _tag_name(node) == "dd"),
                        len(line.nodes),
                    )
                    term = md.tidy_inlines(self.inlines(_strip_nodes(line.nodes[:cut])))
                    explanation = md.tidy_inlines(self.inlines(_strip_nodes(line.nodes[cut + 1 :])))
                    self.say(
                        f"Definitionsliste {_short(line.prefix + _wiki_text(line.nodes))} als Absatz mit fettem Begriff übernommen."
                    )
                    if term:
                        paragraph.append(md.Strong(term))
                    if explanation:
                        paragraph.extend([md.Text(": " if term else ""), *explanation])
                else:
                    self.say(
                        f"Einrückung/Definitionsliste {_short(line.prefix + _wiki_text(line.nodes))} als Absatz übernommen."
                    )
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
                block = self.block_tag(content[0])
                if block is not None:
                    blocks.append(block)
                continue
            if paragraph:
                paragraph.append(md.Text(" "))
            if line.nodes and isinstance(line.nodes[0], Text) and line.nodes[0].value.startswith(" "):
                self.say("vorformatierte Zeile (Leerzeichen am Zeilenanfang) als Text übernommen.")
            paragraph.extend(self.inlines(content))
        flush_paragraph()
        flush_list()
        return blocks

    @staticmethod
    def is_block_tag(node: Tag) -> bool:
        return _tag_name(node) in ("table", "pre", "blockquote", "hr") or str(node.wiki_markup or "") == "----"

    def block_tag(self, node: Tag) -> md.Block | None:
        name = _tag_name(node)
        if name == "table":
            return self.table(node)
        if name == "pre":
            return md.CodeBlock(html.unescape(str(node.contents)))
        if name == "blockquote":
            inner = self.blocks(list(node.contents.nodes))
            return md.BlockQuote(tuple(inner))
        return md.ThematicBreak()

    def table(self, node: Tag) -> md.Table:
        rows = _Importer.table_rows(node)
        header: tuple[tuple[md.Inline, ...], ...] = ()
        body: list[tuple[tuple[md.Inline, ...], ...]] = []
        for n, row in enumerate(rows):
            cells = tuple(md.tidy_inlines(self.inlines(_strip_nodes(c))) for _, c in row)
            if n == 0 and all(kind == "th" for kind, _ in row):
                header = cells
            else:
                body.append(cells)
        return md.Table(header, tuple(body))

    def lists(self, lines: list[tuple[str, list[Node]]]) -> list[md.Block]:
        """Build nested lists from prefixed lines (``*``, ``**``, ``*#`` …)."""

        @dataclass
        class Item:
            inlines: list[md.Inline]
            children: list[tuple[str, Item]] = field(default_factory=list["tuple[str, Item]"])

        root: list[tuple[str, Item]] = []
        stack: list[tuple[str, Item]] = []
        for prefix, nodes in lines:
            while stack and not (prefix.startswith(stack[-1][0]) and len(prefix) > len(stack[-1][0])):
                stack.pop()
            item = Item(self.inlines(nodes))
            parent_prefix = stack[-1][0] if stack else ""
            # Skipped levels ("***" under "*") attach to the deepest open item.
            marker = prefix[len(parent_prefix)] if len(prefix) > len(parent_prefix) else prefix[-1]
            (stack[-1][1].children if stack else root).append((marker, item))
            stack.append((prefix, item))

        def build(entries: list[tuple[str, Item]]) -> list[md.Block]:
            out: list[md.Block] = []
            group: list[md.ListItem] = []
            kind = ""
            for marker, item in entries:
                if group and marker != kind:
                    out.append(md.BulletList(tuple(group)) if kind == "*" else md.OrderedList(tuple(group)))
                    group = []
                kind = marker
                blocks: list[md.Block] = []
                children = md.tidy_inlines(item.inlines)
                if children:
                    blocks.append(md.Paragraph(children))
                blocks.extend(build(item.children))
                group.append(md.ListItem(tuple(blocks)))
            if group:
                out.append(md.BulletList(tuple(group)) if kind == "*" else md.OrderedList(tuple(group)))
            return out

        return build(root)

    def inlines(self, nodes: Sequence[Node]) -> list[md.Inline]:
        out: list[md.Inline] = []
        for node in nodes:
            out.extend(self.inline(node))
        return out

    def inline(self, node: Node) -> list[md.Inline]:
        if isinstance(node, Text):
            return [md.Text(node.value.replace("\n", " "))]
        if isinstance(node, HTMLEntity):
            return [md.Text(node.normalize())]
        if isinstance(node, Template):
            if str(node.name).strip() == "!" and not node.params:
                return [md.Text("|")]
            self.say(f"Vorlage {_short(str(node))} als Text übernommen.")
            return [md.Text(str(node))]
        if isinstance(node, Argument):
            self.say(f"Parameter {_short(str(node))} als Text übernommen.")
            return [md.Text(str(node))]
        if isinstance(node, Comment):
            self.say(f"Kommentar {_short(str(node))} entfernt.")
            return []
        if isinstance(node, ExternalLink):
            if not node.brackets:
                return [md.Text(_decode(node.url.nodes).text)]
            label = tuple(self.inlines(node.title.nodes)) if node.title is not None else ()
            link: list[md.Inline] = [md.Link(str(node.url).strip(), md.tidy_inlines(list(label)))]
            # A blank at an end of the label still parts the words around the link.
            title = str(node.title or "")
            if title.startswith(" "):
                link.insert(0, md.Text(" "))
            if title.endswith(" ") and title.strip():
                link.append(md.Text(" "))
            return link
        if isinstance(node, Wikilink):
            return self.wikilink(node)
        if isinstance(node, Tag):
            return self.tag(node)
        self.say(f"Wiki-Markup {_short(str(node))} als Text übernommen.")
        return [md.Text(str(node))]

    def wikilink(self, node: Wikilink) -> list[md.Inline]:
        title = _plain(node.title.nodes)
        label: list[md.Inline] = self.inlines(node.text.nodes) if node.text is not None else [md.Text(title)]
        if _norm(title).startswith(self.importer.file_prefixes):
            self.say(f"Bild {_short(title)} nicht übernommen.")
            return []
        page = title.split("#", 1)[0].lstrip(":")
        doc_id = self.importer.page_ids.get(normalize_page_title(page))
        if doc_id is not None and "#" not in title:
            return [md.Link(f"{DOCUMENT_LINK_SCHEME}:{doc_id}", md.tidy_inlines(label))]
        self.say(f"Wiki-Link {_short(str(node))} als Text übernommen.")
        return label

    def tag(self, node: Tag) -> list[md.Inline]:
        name = _tag_name(node)
        if name == "gallery":
            files = [line.split("|", 1)[0].strip() for line in str(node.contents).splitlines() if line.strip()]
            self.say(f"Bildergalerie mit {len(files)} Bild(ern) nicht übernommen ({', '.join(files)}).")
            return []
        if name == "references":
            self.say("Verzeichnis der Einzelnachweise entfernt; die Nachweise stehen in Klammern im Text.")
            return []
        if name == "ref":
            if node.self_closing or not str(node.contents).strip():
                self.say(f"Wiederholter Einzelnachweis {_short(str(node))} entfernt.")
                return []
            inner = md.tidy_inlines(self.inlines(node.contents.nodes))
            self.say(f"Einzelnachweis {_short(str(node))} in Klammern in den Text übernommen.")
            return [md.Text(" ("), *inner, md.Text(")")]
        inner = self.inlines(node.contents.nodes)
        if name in ("b", "strong"):
            return [md.Strong(md.tidy_inlines(inner))] if inner else []
        if name in ("i", "em"):
            return [md.Emphasis(md.tidy_inlines(inner))] if inner else []
        if name == "br":
            return [md.LineBreak()]
        if name == "nowiki":
            return [md.Text(html.unescape(str(node.contents)))]
        if name in ("code", "tt", "kbd", "samp"):
            return [md.Code(_decode(node.contents.nodes).text)]
        if name in ("table", "pre", "blockquote"):
            self.say(f"<{name}> mitten im Text zu Text vereinfacht.")
            return [md.Text(md.plain_text(md.tidy_inlines(inner)))]
        self.say(f"HTML-Element <{name}> entfernt, sein Text bleibt.")
        return inner
