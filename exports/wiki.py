"""Wiki text export: a document in, MediaWiki text out, shaped by a wiki profile.

The page has this order (titles come from the profile):

1. the infobox (a ``{{Konzeption …}}`` call, or a wikitable in the ``standard`` profile);
2. "Themenfeld(er)" with a row of icons that link to the Themenfeld pages;
3. the document's own sections in tree order, sub-sections as deeper headings;
4. goals ("Im Konzept formulierte Ziele") as nested bullets;
5. Synergien, Leitziel references per Themenfeld, council papers, links;
6. categories: the profile's page category (``Konzept``), the Themenfelder and the
   document's further categories.

Prose that a page has around these fixed parts (``Document.page_texts``: before the
first heading, above or below a list) is written where it stood; the notes for the
author (``Document.notes``) are never written.

Every text a user typed goes through :mod:`exports.wiki_escape`, so it comes out
literal. Section bodies are Markdown and go through :mod:`exports.markdown_ast`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from editor.domain.model import (
    Catalogue,
    CouncilPaper,
    Document,
    ExportSource,
    Goal,
    LeitzielRef,
    Section,
    Themenfeld,
)
from editor.domain.tree import walk
from editor.domain.validation import DOCUMENT_LINK_SCHEME, is_wiki_title
from exports.batch import cycle_collector_paused, in_two_processes
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
    Link,
    OrderedList,
    Paragraph,
    Strong,
    Table,
    Text,
    ThematicBreak,
    parse_markdown,
    plain_text,
)
from exports.wiki_escape import escape, escape_text, escape_url, nowiki
from exports.wiki_profile import INFOBOX_FIELDS, WikiProfile, default_profile

MAX_HEADING_LEVEL = 6
_LINK_SCHEMES = ("http://", "https://", "ftp://", "ftps://", "mailto:")

_RAW_UNSAFE = re.compile(r"''|\{\{|\}\}|\[\[|\]\]|[|<\[\]{}]|~~~|__")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")

PAPER_TYPE_SEPARATOR = " - "
"""Between paper type and number in a council paper line (``Vorlage - B/17/3503-01``)."""


_BOLD = "'" * 3
"""Wiki markup for bold text."""


MIN_BODIES_FOR_TWO = 200
"""From this many section bodies on, ``export_wiki(…, processes=2)`` renders half of them in a second process."""


def export_wiki(source: ExportSource, profile: WikiProfile | None = None, processes: int = 1) -> str:
    """Return the wiki text of ``source.document`` in ``profile`` (default: MediawikiOB).

    ``processes=2`` lets a forked second process render half the section bodies of a long
    document (see :func:`exports.batch.in_two_processes`); the text is the same. Only the
    command line asks for it: the window must not fork.
    """
    with cycle_collector_paused():
        writer = _Writer(source, profile or default_profile())
        if processes > 1:
            # Every section body with text, at the level its section is written (as page() does).
            sections = walk(source.document.sections, 2)
            bodies = list(dict.fromkeys((section.body, level) for section, level in sections if section.body.strip()))
            if len(bodies) >= MIN_BODIES_FOR_TWO:
                writer.rendered = dict(zip(bodies, in_two_processes(writer.section_body, bodies), strict=True))
        return writer.page()


def is_link_url(url: str) -> bool:
    """Return whether ``url`` can be written as an external wiki link ``[url label]``."""
    lowered = url.strip().lower()
    # The wiki needs an address after the scheme: "[ftp://]" is text there, not a link.
    return any(lowered.startswith(scheme) and len(lowered) > len(scheme) for scheme in _LINK_SCHEMES)


def heading(title: str, level: int) -> str:
    """Return a wiki heading line with ``title`` escaped (an empty title stays empty)."""
    marks = "=" * max(2, min(MAX_HEADING_LEVEL, level))
    return f"{marks}{heading_text(title)}{marks}"


def heading_text(title: str) -> str:
    """Return the escaped text of a heading; ``=`` at its ends would change the level."""
    if not title:
        return "<nowiki/>"
    text = escape(title, "field")
    if text.endswith("="):
        text = text[:-1] + "&#61;"
    return text


def raw_value_is_safe(key: str, value: str, table: bool = False) -> bool:
    """Return whether ``value`` can be written as raw wiki text for parameter ``key``.

    Kept parameters hold wiki text from an imported page (links, templates); they are
    written back as they were unless that could reach past the value.
    """
    if value.strip(" \t\n\r") != value or _CONTROL.search(value):
        return False
    if escape(value, "table" if table else "template") == value:
        return True
    if table and any(char in value for char in "|!"):
        return False
    import mwparserfromhell  # only for kept raw values: a plain export starts without it

    code = mwparserfromhell.parse("{{T\n|" + key + "=" + value + "\n}}")
    nodes = code.nodes
    if len(nodes) != 1 or not isinstance(nodes[0], mwparserfromhell.nodes.Template):
        return False
    params = nodes[0].params
    if not (len(params) == 1 and str(params[0].name) == key and str(params[0].value) == value + "\n"):
        return False
    # Links, templates and entities are fine; loose markup ('' or <tags>) could reach past the value.
    allowed = (
        mwparserfromhell.nodes.Text,
        mwparserfromhell.nodes.Wikilink,
        mwparserfromhell.nodes.ExternalLink,
        mwparserfromhell.nodes.Template,
        mwparserfromhell.nodes.HTMLEntity,
    )
    for node in params[0].value.nodes:
        if not isinstance(node, allowed):
            return False
        if isinstance(node, mwparserfromhell.nodes.Text) and _RAW_UNSAFE.search(node.value):
            return False
        # mwparserfromhell lets a bare address run on over "<"; MediaWiki ends it there, and a
        # "<!--" would then open a comment that swallows the rest of the page.
        if isinstance(node, mwparserfromhell.nodes.ExternalLink) and "<" in str(node.url):
            return False
    return True


class _Writer:
    """Builds the page line by line."""

    def __init__(self, source: ExportSource, profile: WikiProfile) -> None:
        self.doc: Document = source.document
        self.catalogue: Catalogue = source.catalogue
        self.titles = source.document_titles
        self.profile = profile
        self.lines: list[str] = []
        self.rendered: dict[tuple[str, int], str] = {}  # section bodies written beforehand, by (body, level)

    # --- page ---------------------------------------------------------------------

    def page(self) -> str:
        self.infobox()
        self.page_text("intro")
        self.themenfelder()
        for section in self.doc.sections:
            self.section(section, 2)
        self.goals()
        self.synergies()
        self.leitziele()
        self.papers()
        self.links()
        self.categories()
        return "\n".join(self.lines).rstrip("\n") + "\n"

    def text_before(self, key: str, has_items: bool) -> None:
        """Write the prose above a list (or a table); without one, the prose below it too, as one text."""
        if has_items:
            self.page_text(key, blank_after=True)
            return
        texts = [self.doc.page_texts.get(k, "").strip(" \t\n\r") for k in (key, f"{key}.end")]
        self.page_text(key, text="\n\n".join(t for t in texts if t))

    def text_after(self, key: str, has_items: bool) -> None:
        """Write the prose below a list (written with the prose above when there is no list)."""
        if has_items:
            self.page_text(f"{key}.end")

    def page_text(self, key: str, blank_after: bool = False, text: str | None = None) -> None:
        """Write the prose the page has at ``key`` (``Document.page_texts``), if any."""
        text = self.doc.page_texts.get(key, "") if text is None else text
        body = self.blocks(parse_markdown(text), 2) if text.strip() else ""
        if not body:
            return
        if key == "leitziele":
            # A bold line alone reads as a Themenfeld line there; an empty nowiki tag keeps it a paragraph.
            body = "\n".join(
                f"{line}<nowiki/>" if line.startswith(_BOLD) and line.endswith(_BOLD) else line
                for line in body.split("\n")
            )
        if body.startswith("="):
            self.lines.append("")
        self.lines.append(body)
        if blank_after:
            self.lines.append("")

    def themenfelder_of_document(self) -> list[Themenfeld]:
        found = (self.catalogue.by_id(tf_id) for tf_id in self.doc.themenfeld_ids)
        return [tf for tf in found if tf is not None]

    def infobox(self) -> None:
        profile = self.profile
        values = [(profile.params[field], str(getattr(self.doc, field))) for field in INFOBOX_FIELDS]
        if profile.infobox_style == "template":
            self.lines.append("{{" + profile.template)
            for name, value in values:
                self.lines.append(f"|{name}={escape(value, 'template')}")
            for key, value in self.extra_params():
                safe_key = escape(key, "template").replace("=", "&#61;")
                text = value if raw_value_is_safe(safe_key, value) else escape(value, "template")
                self.lines.append(f"|{safe_key}={text}")
            self.lines.append("}}")
            return
        self.lines.append('{| class="' + profile.table_class + '"' if profile.table_class else "{|")
        rows = [(name, escape(value, "table")) for name, value in values]
        for key, value in self.extra_params():
            rows.append((key, value if raw_value_is_safe(key, value, table=True) else escape(value, "table")))
        for n, (name, value) in enumerate(rows):
            if n:
                self.lines.append("|-")
            self.lines.append(f"! {escape(name, 'table')}")
            self.lines.append(f"| {value}")
        self.lines.append("|}")

    def extra_params(self) -> list[tuple[str, str]]:
        """Return the kept parameters that do not clash with the profile's own ones."""
        taken = {" ".join(name.split()).casefold() for name in self.profile.params.values()}
        return [
            (key, value)
            for key, value in self.doc.extra_params.items()
            if key.strip() and " ".join(key.split()).casefold() not in taken
        ]

    def fixed_heading(self, key: str) -> None:
        self.lines.append(heading(self.profile.sections[key], 2))

    def end_section(self) -> None:
        self.lines.append("")

    def file_link(self, tf: Themenfeld, size: str, link: str, alt: str) -> str:
        p = self.profile
        return (
            f"[[{p.file_namespace}:{escape(self.doc.icon_of(tf), 'table')}|{p.icon_frame}|{size}"
            f"|{p.icon_link_param}={escape(link, 'table')}|{p.icon_alt_param}={escape(alt, 'table')}]]"
        )

    def themenfelder(self) -> None:
        self.fixed_heading("themenfelder")
        fields = self.themenfelder_of_document()
        if fields and self.profile.themenfeld_intro:
            self.lines.append(escape(self.profile.themenfeld_intro))
        self.text_before("themenfelder", bool(fields))
        if fields:
            self.lines.append("{|")
            for tf in fields:
                if self.doc.icon_of(tf):
                    size = self.profile.themenfeld_icon_size
                    self.lines.append("!" + self.file_link(tf, size, tf.page(), self.profile.alt_text(tf.title)))
                else:
                    self.lines.append(f"![[{escape(tf.page(), 'table')}|{escape(tf.title, 'table')}]]")
            self.lines.append("|}")
        self.text_after("themenfelder", bool(fields))
        self.end_section()

    # --- sections and Markdown bodies ------------------------------------------------

    def section(self, section: Section, level: int) -> None:
        self.lines.append(heading(section.title, level))
        body = self.rendered.get((section.body, level))
        if body is None:
            body = self.section_body((section.body, level))
        if body.startswith("="):
            # The body opens with a sub-heading: write it as an empty section followed by that
            # heading, which is how it reads back (typed "=" at a line start is always escaped).
            self.lines.append("")
        if body:
            self.lines.append(body)
        self.end_section()
        for child in section.children:
            self.section(child, level + 1)

    def section_body(self, body_and_level: tuple[str, int]) -> str:
        """Return the wiki text of a section body for a section written at ``level``."""
        body, level = body_and_level
        return self.blocks(parse_markdown(body), level) if body.strip() else ""

    def blocks(self, blocks: Sequence[Block], level: int) -> str:
        parts: list[str] = []
        last_level = level
        after_heading = False
        for block in blocks:
            if isinstance(block, Heading):
                # Never skip a level, so that the importer rebuilds the same nesting.
                wanted = min(level + block.level, last_level + 1, MAX_HEADING_LEVEL)
                last_level = max(wanted, level + 1)
                # Plain text, like a section title: the importer turns it into a sub-section.
                title = heading(plain_text(block.children), last_level)
                parts.append(("\n\n" if parts else "") + title)
                after_heading = True
            else:
                rendered = self.block(block)
                if rendered:
                    # Like a section heading, a body heading is followed directly by its text.
                    parts.append(("\n" if after_heading else "\n\n" if parts else "") + rendered)
                    after_heading = False
        return "".join(parts)

    def block(self, block: Block) -> str:
        if isinstance(block, Paragraph):
            return self.inlines(block.children)
        if isinstance(block, BulletList | OrderedList):
            lines: list[str] = []
            self.list_lines(block, "", lines)
            return "\n".join(lines)
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, CodeBlock):
            return "<pre>" + block.text.replace("&", "&amp;").replace("<", "&lt;") + "</pre>"
        if isinstance(block, BlockQuote):
            # A heading cannot stand inside <blockquote> on the wiki: it becomes a bold line there.
            quoted = [Paragraph((Strong(b.children),)) if isinstance(b, Heading) else b for b in block.blocks]
            inner = self.blocks(quoted, MAX_HEADING_LEVEL)
            # On lines of their own, so that lists and headings inside start a line.
            return "<blockquote>\n" + inner + "\n</blockquote>"
        if isinstance(block, ThematicBreak):
            return "----"
        return self.inlines(block.children)

    def list_lines(self, block: BulletList | OrderedList, prefix: str, lines: list[str]) -> None:
        marker = prefix + ("*" if isinstance(block, BulletList) else "#")
        for item in block.items:
            texts: list[str] = []
            nested: list[BulletList | OrderedList] = []
            for child in item.blocks:
                if isinstance(child, BulletList | OrderedList):
                    nested.append(child)
                elif isinstance(child, Paragraph | Heading):
                    texts.append(self.inlines(child.children, at_line_start=False))
                elif isinstance(child, CodeBlock):
                    # A list item is one line: the code block becomes inline code there.
                    code = nowiki(child.text.replace("\n", " "))
                    texts.append(f"<code>{code}</code>")
                else:
                    texts.append(escape(" ".join(self.block_plain(child).split()), "text", at_line_start=False))
            text = "<br />".join(t for t in texts if t)
            lines.append(f"{marker} {text}" if text else marker)
            for child in nested:
                self.list_lines(child, marker, lines)

    def block_plain(self, block: Block) -> str:
        if isinstance(block, Paragraph | Heading):
            return plain_text(block.children)
        if isinstance(block, Table):
            return " ".join(plain_text(cell) for row in (block.header, *block.rows) for cell in row)
        if isinstance(block, BlockQuote):
            return " ".join(self.block_plain(b) for b in block.blocks)
        if isinstance(block, CodeBlock):
            return block.text
        if isinstance(block, BulletList | OrderedList):
            return " ".join(self.block_plain(b) for item in block.items for b in item.blocks)
        return ""

    def table(self, table: Table) -> str:
        lines = ['{| class="wikitable"']
        if any(table.header) or not table.rows:  # empty header cells above rows: no header (the wiki table had none)
            lines.extend(f"! {self.inlines(cell, at_line_start=False, table=True)}".rstrip() for cell in table.header)
        for row in table.rows:
            if len(lines) > 1:
                lines.append("|-")
            lines.extend(f"| {self.inlines(cell, at_line_start=False, table=True)}".rstrip() for cell in row)
        lines.append("|}")
        return "\n".join(lines)

    def inlines(
        self,
        items: Sequence[Inline],
        at_line_start: bool = True,
        table: bool = False,
        strong: bool = False,
        em: bool = False,
    ) -> str:
        parts: list[str] = []
        for item in items:
            start = at_line_start and not parts
            if type(item) is Text:
                part = escape_text(item.text, start)
                if table:
                    part = part.replace("|", "&#124;").replace("!", "&#33;")
            elif type(item) is Strong or type(item) is Emphasis:
                is_strong = type(item) is Strong
                # Bold inside bold (or italic inside italic) has no wiki form; it is bold already.
                nested = strong if is_strong else em
                children = item.children
                if len(children) == 1 and type(children[0]) is Text:  # most often: no call needed
                    inner = escape_text(children[0].text, start)
                    if table:
                        inner = inner.replace("|", "&#124;").replace("!", "&#33;")
                else:
                    inner = self.inlines(children, start, table, strong=strong or is_strong, em=em or not is_strong)
                if not inner:
                    continue
                if nested:
                    part = inner
                else:
                    mark = "'''" if is_strong else "''"
                    head = "<nowiki/>" if inner[0] == "'" else ""
                    tail = "<nowiki/>" if inner[-1] == "'" else ""
                    part = f"{mark}{head}{inner}{tail}{mark}"
            elif type(item) is Link:
                part = self.link(item, table)
            elif type(item) is Code:
                if not item.text:
                    continue
                part = "<code>" + nowiki(item.text.replace("\n", " ")) + "</code>"
            elif type(item) is Image:
                url = item.url.strip()
                alt = escape(item.alt, "text", extra="|", at_line_start=start)
                part = f"[{escape_url(url)} {alt}]" if is_link_url(url) else alt
            else:
                part = "<br />"
            if parts and part[:1] == "'" and parts[-1][-1:] == "'":
                parts.append("<nowiki/>")  # '''a''''' would be read as other runs of quotes
            parts.append(part)
        return "".join(parts)

    def link(self, link: Link, table: bool) -> str:
        label = self.inlines(_without_links(link.children), at_line_start=False, table=table).replace("|", "&#124;")
        url = link.url.strip()
        if url.startswith(f"{DOCUMENT_LINK_SCHEME}:"):
            ref = url.split(":", 1)[1].strip()
            title = self.titles.get(int(ref)) if ref.isdigit() else None
            if title is None:
                return label
            target = escape(title, "table")
            return f"[[{target}|{label}]]" if label else f"[[{target}]]"
        if is_link_url(url):
            return f"[{escape_url(url)} {label}]" if label else f"[{escape_url(url)}]"
        # Relative, javascript: and other addresses cannot be links on the wiki: keep the text.
        return label

    # --- goals, synergies, Leitziele, papers, links ------------------------------------

    def goal_ref(self, goal: Goal) -> str:
        tf = self.catalogue.by_id(goal.themenfeld_id)
        if tf is None:
            return ""
        lz = tf.leitziel(goal.leitziel_id)
        if lz is None:
            return f"[[{escape(tf.page(), 'table')}|{escape(tf.title, 'table')}]]"
        return f"[[{escape(tf.page(), 'table')}#{escape(lz.link_anchor(), 'table')}|{escape(lz.title, 'table')}]]"

    def goal_lines(self, goals: Sequence[Goal], prefix: str) -> None:
        for goal in goals:
            text = escape(goal.title, "field")
            ref = self.goal_ref(goal)
            if ref:
                text = f"{text} ({ref})"
            self.lines.append(f"{prefix} {text}")
            self.goal_lines(goal.children, prefix + "*")

    def goals(self) -> None:
        self.fixed_heading("goals")
        self.text_before("goals", bool(self.doc.goals))
        self.goal_lines(self.doc.goals, "*")
        self.text_after("goals", bool(self.doc.goals))
        self.end_section()

    def synergies(self) -> None:
        self.fixed_heading("synergies")
        self.text_before("synergies", bool(self.doc.synergies))
        for synergy in self.doc.synergies:
            title = self.titles.get(synergy.target_document_id) if synergy.target_document_id is not None else None
            text = escape(synergy.text, "field")
            if title is not None:
                link = f"[[{escape(title, 'table')}]]"
                self.lines.append(f"* {link}: {text}" if synergy.text else f"* {link}")
            else:
                self.lines.append(f"* {text}")
        self.text_after("synergies", bool(self.doc.synergies))
        self.end_section()

    def leitziele(self) -> None:
        self.fixed_heading("leitziele")
        fields = self.themenfelder_of_document()
        for ref in self.doc.leitziel_refs:
            tf = self.catalogue.by_id(ref.themenfeld_id)
            if tf is not None and tf not in fields:
                fields.append(tf)
        if fields and self.profile.leitziel_intro:
            self.lines.append(escape(self.profile.leitziel_intro))
            self.lines.append("")
        self.page_text("leitziele", blank_after=True)
        for tf in fields:
            bold = f"'''{escape(self.profile.heading_for(tf.title), 'field')}'''"
            if self.doc.icon_of(tf):
                self.lines.append(self.file_link(tf, self.profile.leitziel_icon_size, "", "") + " " + bold)
            else:
                self.lines.append(bold)
            after_note = False
            for ref in self.doc.leitziel_refs:
                if ref.themenfeld_id != tf.id:
                    continue
                target = self.leitziel_link(tf, ref)
                if target is None:
                    # A note on the Themenfeld as a whole stands under it as a paragraph of its own.
                    if after_note:
                        self.lines.append("")
                    self.lines.append(escape(ref.note, "field"))
                    after_note = True
                    continue
                self.lines.append(f"* {target}: {escape(ref.note, 'field')}" if ref.note else f"* {target}")
                after_note = False
            self.lines.append("")
        if not fields:
            self.end_section()

    def leitziel_link(self, tf: Themenfeld, ref: LeitzielRef) -> str | None:
        """Return the link a Leitziel reference's line starts with; ``None`` for a note on the whole Themenfeld."""
        page = escape(tf.page(), "table")
        lz = tf.leitziel(ref.leitziel_id)
        if lz is not None:
            if not is_link_anchor(lz.link_anchor()):
                return f"[[{page}|{escape(lz.title, 'table')}]]"
            return f"[[{page}#{escape(lz.link_anchor(), 'table')}|{escape(lz.title, 'table')}]]"
        title = ref.leitziel_title.strip(" \t\n\r") if ref.is_free() else ""
        anchor = ref.leitziel_anchor.strip(" \t\n\r") if title else ""
        if title and is_link_anchor(anchor):
            return f"[[{page}#{escape(anchor, 'table')}|{escape(title, 'table')}]]"
        if title and not same_name(title, tf.title):
            return f"[[{page}|{escape(title, 'table')}]]"
        if ref.note:
            return None
        return f"[[{page}|{escape(tf.title, 'table')}]]"

    def paper_line(self, paper: CouncilPaper) -> str:
        kind = escape(paper.paper_type, "field", extra="-")
        reference = escape(paper.reference, "field", extra="(:")
        if paper.url.strip() and is_link_url(paper.url):
            reference = f"[{escape_url(paper.url.strip())} {reference}]" if reference else f"[{escape_url(paper.url)}]"
        text = f"{kind}{PAPER_TYPE_SEPARATOR}{reference}"
        if paper.system:
            text += f" ({escape(paper.system, 'field', extra=')')})"
        if paper.name:
            text += f': "{escape(paper.name, "field")}"'
        return text

    def paper_lines(self, papers: Sequence[CouncilPaper], prefix: str) -> None:
        for paper in papers:
            self.lines.append(f"{prefix} {self.paper_line(paper)}")
            self.paper_lines(paper.children, prefix + "*")

    def papers(self) -> None:
        self.fixed_heading("papers")
        self.text_before("papers", bool(self.doc.papers))
        self.paper_lines(self.doc.papers, "*")
        self.text_after("papers", bool(self.doc.papers))
        self.end_section()

    def links(self) -> None:
        self.fixed_heading("links")
        self.text_before("links", bool(self.doc.links))
        for link in self.doc.links:
            label = escape(link.label, "field")
            if is_link_url(link.url):
                url = escape_url(link.url.strip())
                self.lines.append(f"* [{url} {label}]" if link.label else f"* [{url}]")
            elif link.url:
                label = escape(link.label, "field", extra="(")
                # Blanks in the address are entities, so the importer can tell it from the label.
                url = escape(link.url, "field", extra=") \t")
                self.lines.append(f"* {label} ({url})")
            else:
                self.lines.append(f"* {label}")
        self.text_after("links", bool(self.doc.links))
        self.end_section()

    def categories(self) -> None:
        profile = self.profile
        if not profile.emit_categories:
            return
        names: list[str] = []
        if profile.page_category:
            names.append(profile.page_category)
        if profile.art_category and self.doc.art.strip():
            names.append(self.doc.art.strip())
        if profile.themenfeld_categories:
            names.extend(tf.category or tf.page() for tf in self.themenfelder_of_document())
        names.extend(name.strip() for name in self.doc.categories)
        seen: set[str] = set()
        for name in names:
            # A name MediaWiki cannot use as a title would only show as text; check names it.
            if not is_wiki_title(name):
                continue
            key = category_key(name)
            if key not in seen:
                seen.add(key)
                self.lines.append(f"[[{profile.category_namespace}:{name}]]")


_ANCHOR_UNSAFE = re.compile(r"[<>\[\]{}|\x00-\x1f\x7f]")


def is_link_anchor(anchor: str) -> bool:
    """Return whether ``anchor`` can follow ``#`` in a wiki link (MediaWiki shows other links as text)."""
    return bool(anchor.strip()) and not _ANCHOR_UNSAFE.search(anchor)


def category_key(name: str) -> str:
    """Return the form under which MediaWiki treats two category names as the same category."""
    text = " ".join(name.replace("_", " ").split())
    return text[:1].upper() + text[1:]


def _without_links(items: Sequence[Inline]) -> tuple[Inline, ...]:
    """Return inline content with nested links flattened to their labels (links cannot nest)."""
    out: list[Inline] = []
    for item in items:
        if isinstance(item, Link):
            out.extend(_without_links(item.children))
        elif isinstance(item, Strong):
            out.append(Strong(_without_links(item.children)))
        elif isinstance(item, Emphasis):
            out.append(Emphasis(_without_links(item.children)))
        else:
            out.append(item)
    return tuple(out)


def same_name(a: str, b: str) -> bool:
    """Return whether two names differ only in case and blanks (as the importer compares them)."""
    return " ".join(a.replace("_", " ").split()).casefold() == " ".join(b.replace("_", " ").split()).casefold()
