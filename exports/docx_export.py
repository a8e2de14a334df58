"""Word documents for the council: the strategy document and the Beschlussvorlage.

Both start from a template (the bundled corporate one or the user's own ``.docx`` /
``.dotx``, see :mod:`exports.docx_template`) and write with python-docx plus the raw
OOXML of :mod:`exports.ooxml`. The body is built element by element with the style
ids looked up once: python-docx's ``add_paragraph(style=…)`` looks a style up by name
on every call, which on a 450-page document would be most of the run time.

Accessibility (BITV 2.0 / EN 301 549 as Word's checker applies them) is built in:
title and subject in the core properties, language de-DE, headings without skipped
levels, a repeated header row on every table, alt text on every picture, and
spacing from styles instead of empty paragraphs.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.parts.document import DocumentPart
from docx.shared import Cm

from editor.domain.fields import WORD, exported
from editor.domain.messages import Message, UserError
from editor.domain.model import (
    Consultation,
    CouncilPaper,
    Document,
    ExportSource,
    Goal,
    Section,
    Themenfeld,
    goal_level,
)
from editor.domain.settings import IssuingAuthority
from editor.domain.tree import walk
from editor.domain.validation import DOCUMENT_LINK_SCHEME
from editor.resources import resource_path
from exports import markdown_ast as md
from exports import ooxml
from exports.batch import cycle_collector_paused
from exports.docx_template import TemplateError, TemplateStyles, load_template
from exports.files import ExportWriteError, write_atomically

Element = ooxml.Element

ICON_DIR = resource_path("icons", "themenfelder")
"""Themenfeld icons, one PNG per Themenfeld named by the slug of its title."""

GENERIC_ICON = "themenfeld.png"

TOC_NOTE = (
    "Dieses Inhaltsverzeichnis wird beim Öffnen in Word automatisch mit Seitenzahlen erstellt. "
    "Erscheint dieser Hinweis noch, bitte in Word „Felder aktualisieren“ (F9) oder in LibreOffice "
    "„Extras › Aktualisieren › Alles aktualisieren“ wählen."
)


class DocxExportError(UserError):
    """The Word export failed; the message is German and says why."""


# --- small helpers ---------------------------------------------------------------------

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "&": " und "})
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def slug(text: str) -> str:
    """Return the ASCII file name stem for ``text`` ("Bildung & Kultur" → "bildung-und-kultur")."""
    ascii_text = text.casefold().translate(_UMLAUTS)
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def german_date(value: str) -> str:
    """Return an ISO date as ``TT.MM.JJJJ``; any other text unchanged."""
    match = _ISO_DATE.fullmatch(value.strip())
    return f"{match[3]}.{match[2]}.{match[1]}" if match else value.strip()


def icon_path(themenfeld: Themenfeld) -> Path:
    """Return the icon file of a Themenfeld (its own, else the generic pictogram)."""
    for stem in (slug(themenfeld.title), slug(Path(themenfeld.icon).stem), slug(themenfeld.page())):
        candidate = ICON_DIR / f"{stem}.png"
        if stem and candidate.is_file():
            return candidate
    return ICON_DIR / GENERIC_ICON


def _join(parts: Sequence[str], sep: str = " · ") -> str:
    return sep.join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class _Segment:
    """A piece of inline text with its formatting and link target."""

    text: str
    fmt: ooxml.RunFormat = ooxml.PLAIN
    url: str = ""


@dataclass(slots=True)
class _TocEntry:
    level: int
    text: str
    bookmark: str


# --- the writer -------------------------------------------------------------------------


@dataclass(slots=True)
class _Writer:
    """Appends headings, paragraphs, lists and tables to a template document's body."""

    document: DocxDocument
    styles: TemplateStyles
    source: ExportSource
    numbered_headings: bool = True
    body: Element = field(init=False)
    part: DocumentPart = field(init=False)
    numbering: Element = field(init=False)
    text_width: int = field(init=False)
    toc: list[_TocEntry] = field(default_factory=list[_TocEntry])
    last_level: int = 0
    counters: list[int] = field(default_factory=lambda: [0] * 9)
    _sect_pr: Element | None = None
    _target: Element | None = None
    _abstract: dict[str, int] = field(default_factory=dict[str, int])
    _bookmarks: int = 0
    _link_fmt: ooxml.RunFormat = ooxml.PLAIN
    _targets: ooxml.HyperlinkTargets | None = None
    _next_num: int = 0
    _pictures: int = 0
    _after_table: bool = False

    def __post_init__(self) -> None:
        self._target = self._body_of(self.document)
        # Build in a detached plain lxml tree: elements created under python-docx's parser
        # get its custom element classes, which costs twice as much per element.
        self.body = ooxml.build_root()
        self.part = self.document.part
        self.numbering = ooxml.element(self.part.numbering_part.element)
        self._next_num = ooxml.next_num_id(self.numbering)
        self._targets = ooxml.HyperlinkTargets(self.part)
        section = self.document.sections[-1]
        width = (section.page_width or Cm(21)) - (section.left_margin or 0) - (section.right_margin or 0)
        self.text_width = max(int(width / 635), 4000)  # EMU → twips
        hyperlink = self.styles.get("hyperlink")
        self._link_fmt = (
            ooxml.RunFormat(style_id=hyperlink) if hyperlink else ooxml.RunFormat(color="0B5CAD", underline=True)
        )
        self._sect_pr = self._target.find(qn("w:sectPr"))
        if self._sect_pr is not None:
            self._target.remove(self._sect_pr)

    @staticmethod
    def _body_of(document: DocxDocument) -> Element:
        body = ooxml.element(document.element).find(qn("w:body"))
        if body is None:
            raise DocxExportError("Die Vorlage hat keinen Dokumentkörper (w:body).")
        return body

    def finish(self) -> None:
        """Move the built content into the document body, section properties last."""
        target = self._target
        if target is None:
            return
        ooxml.move_children(self.body, target)
        if self._sect_pr is not None:
            target.append(self._sect_pr)
            self._sect_pr = None
        self.body = target
        self._target = None

    @property
    def targets(self) -> ooxml.HyperlinkTargets:
        """The hyperlink relationships of the document part."""
        assert self._targets is not None
        return self._targets

    # styles and numbering

    def style(self, key: str, fallback: str = "normal") -> str | None:
        """Return the style id for ``key``, falling back to another role."""
        return self.styles.get(key, fallback)

    def _abstract_for(self, kind: str) -> int:
        """Return the list definition for bullets, decimals, goals or Anlagen (created once)."""
        if kind not in self._abstract:
            template_num = self.styles.list_num_ids.get("list_bullet" if kind == "bullet" else "list_number")
            abstract = None
            if kind in ("bullet", "decimal") and template_num is not None:
                abstract = ooxml.abstract_num_of(self.numbering, template_num)
                # A single-level definition would show nested items without any mark.
                if abstract is not None and ooxml.abstract_num_levels(self.numbering, abstract) < 3:
                    abstract = None
            if abstract is None:
                levels = {
                    "bullet": ooxml.bullet_levels,
                    "decimal": ooxml.decimal_levels,
                    "goals": lambda: ooxml.outline_levels(step=284),
                    "anlagen": _anlagen_levels,
                }[kind]()
                abstract = ooxml.add_abstract_num(self.numbering, levels, f"Strategie-Editor {kind}")
            self._abstract[kind] = abstract
        return self._abstract[kind]

    def new_list(self, kind: str, start: int = 1) -> int:
        """Return a fresh list instance whose numbering starts anew (at ``start``)."""
        num_id = ooxml.add_num(self.numbering, self._abstract_for(kind), start=start, num_id=self._next_num)
        self._next_num += 1
        return num_id

    # paragraphs

    def paragraph(self, style_key: str = "normal", text: str = "", parent: Element | None = None) -> Element:
        """Append a paragraph in the style of role ``style_key`` with plain ``text``."""
        p = ooxml.new_paragraph(self.body if parent is None else parent, self.style(style_key))
        if self._after_table and parent is None:
            # Word puts no space below a table; give the next paragraph some above instead.
            ooxml.set_spacing(p, before=160)
        self._after_table = False
        if text:
            ooxml.add_run(p, text)
        return p

    def segments(self, p: Element, segments: Sequence[_Segment]) -> None:
        """Append formatted segments; consecutive ones with the same URL share one hyperlink."""
        index = 0
        while index < len(segments):
            segment = segments[index]
            if not segment.url:
                ooxml.add_run(p, segment.text, segment.fmt)
                index += 1
                continue
            link = ooxml.add_hyperlink(p, self.targets, segment.url, "")
            while index < len(segments) and segments[index].url == segment.url:
                fmt = segments[index].fmt
                ooxml.add_run(
                    link,
                    segments[index].text,
                    ooxml.RunFormat(
                        fmt.bold,
                        fmt.italic,
                        fmt.monospace,
                        self._link_fmt.style_id,
                        self._link_fmt.color,
                        self._link_fmt.underline,
                    ),
                )
                index += 1

    def link(self, p: Element, url: str, text: str) -> None:
        """Append a hyperlink to ``url``."""
        ooxml.add_hyperlink(p, self.targets, url, text, self._link_fmt)

    def labelled(self, label: str, value: str, style_key: str = "normal", parent: Element | None = None) -> Element:
        """Append "Label: value" with a bold label."""
        p = self.paragraph(style_key, parent=parent)
        ooxml.add_run(p, f"{label}: ", ooxml.RunFormat(bold=True))
        ooxml.add_run(p, value)
        return p

    # headings

    def heading(self, text: str, level: int, numbered: bool | None = None, page_break: bool = False) -> Element:
        """Append a heading; the level is clamped so that no level is ever skipped."""
        available = self.styles.heading_ids()
        level = max(1, min(level, self.last_level + 1, len(available)))
        self.last_level = level
        p = ooxml.new_paragraph(self.body, available[level - 1])
        self._after_table = False
        if page_break:
            ooxml.set_page_break_before(p)
        numbered = self.numbered_headings if numbered is None else numbered
        if self.styles.numbered_headings and not numbered:
            ooxml.set_numbering(p, 0)
        ooxml.add_run(p, text)
        number = ""
        if self.styles.numbered_headings and numbered:
            self.counters[level - 1] += 1
            for deeper in range(level, 9):
                self.counters[deeper] = 0
            number = ".".join(str(n) for n in self.counters[:level])
        if level <= 3:
            self._bookmarks += 1
            name = f"_Toc{self._bookmarks:06d}"
            ooxml.add_bookmark(p, self._bookmarks, name)
            # One en space: repeated blanks are what Word's checker reports as layout by spaces.
            self.toc.append(_TocEntry(level, _join([number, text], "\u2002"), name))
        return p

    # tables

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str | Sequence[_Segment]]],
        proportions: Sequence[float] | None = None,
        indent: int = 0,
    ) -> Element:
        """Append a table with a repeated header row; cells are text or formatted segments."""
        columns = len(header)
        shares = list(proportions or [1.0] * columns)
        total = sum(shares)
        available = self.text_width - indent
        widths = [int(available * share / total) for share in shares]
        tbl = ooxml.add_table(self.body, widths, self.style("table", "table"), indent)
        self._after_table = True
        cell_style = self.style("table_text")
        for cell, text in zip(ooxml.add_table_row(tbl, widths, header=True), header, strict=True):
            p = ooxml.new_paragraph(cell, cell_style)
            ooxml.add_run(p, text, ooxml.RunFormat(bold=True))
        for row in rows:
            for cell, value in zip(ooxml.add_table_row(tbl, widths), row, strict=True):
                p = ooxml.new_paragraph(cell, cell_style)
                if isinstance(value, str):
                    if value:
                        ooxml.add_run(p, value)
                else:
                    self.segments(p, value)
        return tbl

    # markdown

    def markdown(self, text: str, base_level: int, indent: int = 0) -> None:
        """Append a Markdown body; its headings go below ``base_level``."""
        if not text.strip():
            return
        for block in md.parse_markdown(text):
            self.block(block, base_level, indent)

    def block(self, block: md.Block, base_level: int, indent: int = 0, style_key: str = "normal") -> None:
        """Append one Markdown block."""
        if isinstance(block, md.Paragraph):
            p = self.paragraph(style_key)
            if indent:
                ooxml.set_indent(p, indent)
            self.segments(p, self.inline_segments(block.children))
        elif isinstance(block, md.Heading):
            p = self.heading(md.plain_text(block.children), base_level + block.level, numbered=False)
            del p
        elif isinstance(block, md.BulletList | md.OrderedList):
            self.md_list(block, 0, base_level)
        elif isinstance(block, md.Table):
            header = [md.plain_text(cell) for cell in block.header] or [""] * len(block.rows[0] if block.rows else [""])
            rows = [[self.inline_segments(cell) for cell in row] for row in block.rows]
            width = len(header)
            rows = [(list(row) + [[]] * width)[:width] for row in rows]
            self.table(header, rows, indent=indent)
        elif isinstance(block, md.CodeBlock):
            p = self.paragraph("code")
            ooxml.add_run(p, block.text.rstrip("\n"), ooxml.RunFormat(monospace=self.styles.get("code") is None))
        elif isinstance(block, md.BlockQuote):
            for inner in block.blocks:
                self.block(inner, base_level, indent, "quote")
        # A thematic break would need an empty paragraph with a border; it is left out.

    def md_list(self, block: md.BulletList | md.OrderedList, depth: int, base_level: int) -> None:
        """Append a Markdown list; every list (and nested list) restarts its numbering."""
        ordered = isinstance(block, md.OrderedList)
        start = block.start if isinstance(block, md.OrderedList) else 1
        num_id = self.new_list("decimal" if ordered else "bullet", start)
        style_key = "list_number" if ordered else "list_bullet"
        level = min(depth, 8)
        indent = 360 + 360 * (level + 1)
        for item in block.items:
            first = True
            for inner in item.blocks:
                if isinstance(inner, md.Paragraph) and first:
                    p = self.paragraph(style_key)
                    ooxml.set_numbering(p, num_id, level)
                    self.segments(p, self.inline_segments(inner.children))
                    first = False
                elif isinstance(inner, md.BulletList | md.OrderedList):
                    self.md_list(inner, depth + 1, base_level)
                elif isinstance(inner, md.Paragraph):
                    p = self.paragraph("list_continue")
                    ooxml.set_indent(p, indent)
                    self.segments(p, self.inline_segments(inner.children))
                else:
                    self.block(inner, base_level, indent)

    def inline_segments(
        self, inlines: Sequence[md.Inline], fmt: ooxml.RunFormat = ooxml.PLAIN, url: str = ""
    ) -> list[_Segment]:
        """Flatten Markdown inlines into formatted segments."""
        out: list[_Segment] = []
        for inline in inlines:
            if isinstance(inline, md.Text):
                out.append(_Segment(inline.text, fmt, url))
            elif isinstance(inline, md.Strong):
                out += self.inline_segments(inline.children, _with(fmt, bold=True), url)
            elif isinstance(inline, md.Emphasis):
                out += self.inline_segments(inline.children, _with(fmt, italic=True), url)
            elif isinstance(inline, md.Code):
                out.append(_Segment(inline.text, _with(fmt, monospace=True), url))
            elif isinstance(inline, md.LineBreak):
                out.append(_Segment("\n", fmt, url))
            elif isinstance(inline, md.Image):
                out.append(_Segment(f"[Bild: {inline.alt or inline.url}]", fmt, url))
            else:
                out += self._link_segments(inline, fmt)
        return out

    def _link_segments(self, link: md.Link, fmt: ooxml.RunFormat) -> list[_Segment]:
        target = link.url.strip()
        if target.startswith(f"{DOCUMENT_LINK_SCHEME}:"):
            # Links to another document of the file: there is no URL in Word, so name the page.
            ref = target.split(":", 1)[1]
            text = md.plain_text(link.children)
            title = self.source.document_titles.get(int(ref)) if ref.isdigit() else None
            segments = self.inline_segments(link.children, fmt)
            if title and title != text:
                segments.append(_Segment(f" („{title}“)", fmt))
            return segments
        if target.startswith(("http://", "https://", "mailto:")):
            return self.inline_segments(link.children, fmt, target)
        return self.inline_segments(link.children, fmt)

    # pictures

    def picture(self, p: Element, path: Path, width_cm: float, description: str) -> None:
        """Append an inline picture with alternative text to paragraph ``p``."""
        inline = ooxml.element(self.part.new_pic_inline(str(path), Cm(width_cm), None))
        # python-docx numbers pictures by scanning the document part, which does not hold
        # the detached body we build in; number them here so that every id stays unique.
        self._pictures += 1
        ooxml.set_drawing_id(inline, self._pictures, f"Bild {self._pictures}")
        ooxml.set_image_alt(inline, description, description)
        drawing = ooxml.sub(ooxml.sub(p, qn("w:r")), qn("w:drawing"))
        drawing.append(inline)

    # table of contents

    def toc_placeholder(self) -> Element:
        """Append the TOC heading and an anchor paragraph; :meth:`fill_toc` writes the field later."""
        p = self.paragraph("toc_heading", "Inhalt")
        ooxml.set_page_break_before(p)
        return p

    def fill_toc(self, heading: Element) -> None:
        """Write the TOC field after ``heading``: the note and the headings known so far.

        Word rebuilds the field with page numbers when it opens the file (``updateFields``);
        LibreOffice shows this prepared result until the user updates the index.
        """
        anchor = heading
        paragraphs: list[Element] = []
        note = ooxml.new_paragraph(self.body, self.style("toc_note"))
        ooxml.add_run(note, TOC_NOTE)
        paragraphs.append(note)
        for entry in self.toc:
            if entry.level > 3:
                continue
            p = ooxml.new_paragraph(self.body, self.style(f"toc{entry.level}"))
            link = ooxml.add_anchor_link(p, entry.bookmark)
            ooxml.add_run(link, entry.text)
            paragraphs.append(p)
        first, last = paragraphs[0], paragraphs[-1]
        begin_holder = ooxml.w("p")
        ooxml.begin_field(begin_holder, 'TOC \\o "1-3" \\h \\z \\u', dirty=True)
        for index, run in enumerate(list(begin_holder)):
            first.insert(1 + index, run)  # after w:pPr
        ooxml.end_field(last)
        for p in paragraphs:
            anchor.addnext(p)
            anchor = p


def _with(fmt: ooxml.RunFormat, bold: bool = False, italic: bool = False, monospace: bool = False) -> ooxml.RunFormat:
    return ooxml.RunFormat(
        fmt.bold or bold, fmt.italic or italic, fmt.monospace or monospace, fmt.style_id, fmt.color, fmt.underline
    )


def _anlagen_levels() -> list[ooxml.ListLevel]:
    return [ooxml.ListLevel("decimal", "Anlage %1:", 1247, 1247)]


# --- the strategy document ---------------------------------------------------------------


def _themenfelder(source: ExportSource) -> list[Themenfeld]:
    found = (source.catalogue.by_id(tf_id) for tf_id in source.document.themenfeld_ids)
    return [tf for tf in found if tf is not None]


def _leitziel_text(source: ExportSource, themenfeld_id: int | None, leitziel_id: int | None) -> str:
    tf = source.catalogue.by_id(themenfeld_id)
    if tf is None:
        return ""
    lz = tf.leitziel(leitziel_id)
    return f"{tf.title} – {lz.title}" if lz else tf.title


def _title_page(writer: _Writer, doc: Document, stand: dt.date) -> None:
    writer.paragraph("title", doc.title or "Ohne Titel")
    writer.paragraph("subtitle", _join([doc.art, doc.scope]))
    info = "title_info"
    writer.labelled("Zuständigkeit", doc.responsible or "–", info)
    writer.labelled("Status", doc.status or "–", info)
    if doc.year:
        writer.labelled("Jahr der Veröffentlichung", doc.year, info)
    writer.labelled("Stand", stand.strftime("%d.%m.%Y"), info)


def _overview(writer: _Writer, source: ExportSource) -> None:
    doc = source.document
    writer.heading("Steckbrief", 1, page_break=True)
    values = {
        "wiki_title": doc.page_title(),
        "themenfelder": ", ".join(tf.title for tf in _themenfelder(source)),
    }
    # The document's fields that Word shows, labelled and ordered as in the table of fields.
    rows = [
        (str(f.word_label or f.label), values[f.name] if f.name in values else str(getattr(doc, f.name)))
        for f in exported("document", WORD)
    ]
    writer.table(["Merkmal", "Angabe"], [(k, v or "–") for k, v in rows], [1, 2])
    _page_text(writer, doc, "intro", 1)
    themenfelder = _themenfelder(source)
    if themenfelder or _has_page_text(doc, "themenfelder", "themenfelder.end"):
        writer.heading("Themenfelder", 2)
        _page_text(writer, doc, "themenfelder", 2)
        for tf in themenfelder:
            p = writer.paragraph("normal")
            writer.picture(p, icon_path(tf), 1.4, f"Symbol des Themenfelds „{tf.title}“")
            # Inline pictures sit on the baseline; raise the name to the icon's middle.
            ooxml.add_run(p, f"\u2002{tf.title}", ooxml.RunFormat(bold=True, position=26))
        _page_text(writer, doc, "themenfelder.end", 2)


def _has_page_text(doc: Document, *keys: str) -> bool:
    """Return whether the page has prose that shows at one of ``keys`` (``Document.page_texts``)."""
    return any(md.parse_markdown(doc.page_texts.get(key, "")) for key in keys)


def _page_text(writer: _Writer, doc: Document, key: str, level: int) -> None:
    """Append the prose the wiki page has at ``key`` (above or below a list), as the wiki shows it there."""
    writer.markdown(doc.page_texts.get(key, ""), level)


def _sections_with_content(sections: Sequence[Section]) -> set[int]:
    """Return ``id()`` of every section whose body or a descendant's body has text."""
    found: set[int] = set()
    # Children before their parents: the pre-order walk backwards (no recursion, any depth).
    for node, _depth in reversed(list(walk(sections))):
        if node.body.strip() or any(id(child) in found for child in node.children):
            found.add(id(node))
    return found


def _sections(writer: _Writer, doc: Document) -> None:
    # A heading with nothing under it is a placeholder of the outline (the wiki page keeps
    # it); printed for the council it reads as a page that forgot its text.
    with_content = _sections_with_content(doc.sections)
    for section, depth in walk(doc.sections):
        if id(section) not in with_content:
            continue
        writer.heading(section.title or "Ohne Überschrift", depth + 1)
        writer.markdown(section.body, depth + 1)


def _goal_details(writer: _Writer, source: ExportSource, goal: Goal, depth: int, indent: int, title: Element) -> None:
    # The title and the short lines under it stay on one page with what follows them: a
    # goal's title alone at the foot of a page, its details on the next, reads as two goals.
    chain = [title]
    facts = _join(
        [
            goal_level(depth),
            f"Verantwortlich: {goal.owner}" if goal.owner else "",
            f"Frist: {german_date(goal.deadline)}" if goal.deadline else "",
            f"Status: {goal.status}" if goal.status else "",
        ]
    )
    if goal.owner or goal.deadline or goal.status:
        p = writer.paragraph("list_continue", facts)
        ooxml.set_indent(p, indent)
        chain.append(p)
    reference = _leitziel_text(source, goal.themenfeld_id, goal.leitziel_id)
    if reference:
        p = writer.labelled("Bezug", reference, "list_continue")
        ooxml.set_indent(p, indent)
        chain.append(p)
    more = bool(goal.description.strip() or goal.indicators)
    for p in chain if more else chain[:-1]:
        ooxml.set_keep_next(p)
    writer.markdown(goal.description, writer.last_level, indent)
    if goal.indicators:
        writer.table(
            ["Indikator", "Einheit", "Ausgangswert", "Zielwert", "Zieljahr"],
            [(i.name, i.unit, i.baseline, i.target, i.year) for i in goal.indicators],
            [3, 1.2, 1.3, 1.2, 1],
            indent=indent,
        )


def _goals(writer: _Writer, source: ExportSource) -> None:
    doc = source.document
    if not doc.goals and not _has_page_text(doc, "goals", "goals.end"):
        return
    writer.heading("Ziele", 1)
    _page_text(writer, doc, "goals", 1)
    levels = ooxml.outline_levels(step=284)
    num_id = writer.new_list("goals")
    for goal, depth in walk(doc.goals):
        p = writer.paragraph("list_number")
        level = min(depth, 8)
        ooxml.set_numbering(p, num_id, level)
        ooxml.add_run(p, goal.title or "Ohne Titel", ooxml.RunFormat(bold=depth == 0))
        _goal_details(writer, source, goal, depth, levels[level].left, p)
    _page_text(writer, doc, "goals.end", 1)


def _leitziel_refs(writer: _Writer, source: ExportSource) -> None:
    refs = source.document.leitziel_refs
    if not refs and not _has_page_text(source.document, "leitziele"):
        return
    writer.heading("Beitrag zu den Leitzielen", 1)
    _page_text(writer, source.document, "leitziele", 1)
    num_id = writer.new_list("bullet")
    for ref in refs:
        p = writer.paragraph("list_bullet")
        ooxml.set_numbering(p, num_id)
        ooxml.add_run(
            p,
            ref.label(source.catalogue) or "Themenfeld unbekannt",
            ooxml.RunFormat(bold=True),
        )
        if ref.note:
            ooxml.add_run(p, f": {ref.note}")


def _synergies(writer: _Writer, source: ExportSource) -> None:
    synergies = source.document.synergies
    if not synergies and not _has_page_text(source.document, "synergies", "synergies.end"):
        return
    writer.heading("Synergien", 1)
    _page_text(writer, source.document, "synergies", 1)
    num_id = writer.new_list("bullet")
    for synergy in synergies:
        p = writer.paragraph("list_bullet")
        ooxml.set_numbering(p, num_id)
        target = source.document_titles.get(synergy.target_document_id or -1, "")
        if target:
            ooxml.add_run(p, target, ooxml.RunFormat(bold=True))
            if synergy.text:
                ooxml.add_run(p, f": {synergy.text}")
        else:
            ooxml.add_run(p, synergy.text)
    _page_text(writer, source.document, "synergies.end", 1)


def _consultation_rows(consultations: Sequence[Consultation], with_result: bool) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for c in consultations:
        row = (c.organization, german_date(c.meeting_date), c.role)
        rows.append((*row, c.result) if with_result else row)
    return rows


def _papers(writer: _Writer, source: ExportSource) -> None:
    papers = source.document.papers
    if not papers and not _has_page_text(source.document, "papers", "papers.end"):
        return
    writer.heading("Politische Beschlusslage", 1)
    _page_text(writer, source.document, "papers", 1)
    for paper, depth in walk(papers):
        writer.heading(_join([paper.reference, paper.name], ": "), depth + 2, numbered=False)
        facts = _join(
            [
                paper.paper_type,
                f"Datum: {german_date(paper.date)}" if paper.date else "",
                f"Federführung: {paper.under_direction_of}" if paper.under_direction_of else "",
                "öffentlich" if paper.public else "nichtöffentlich",
            ]
        )
        writer.paragraph("normal", facts)
        if paper.url:
            p = writer.paragraph("normal")
            writer.link(
                p,
                paper.url,
                f"Vorlage {paper.reference} im Ratsinformationssystem{f' ({paper.system})' if paper.system else ''}",
            )
        points = paper.decision_points()
        if points:
            writer.paragraph("normal", "Beschlussvorschlag:")
            num_id = writer.new_list("decimal")
            for point in points:
                p = writer.paragraph("list_number", point)  # typed as plain lines: literal
                ooxml.set_numbering(p, num_id)
        if paper.consultations:
            writer.table(
                ["Gremium", "Sitzung", "Rolle", "Ergebnis"],
                _consultation_rows(paper.consultations, with_result=True),
                [3, 1.3, 1.5, 2],
            )
    _page_text(writer, source.document, "papers.end", 1)


def _links(writer: _Writer, source: ExportSource) -> None:
    links = source.document.links
    if not links and not _has_page_text(source.document, "links", "links.end"):
        return
    writer.heading("Weiterführende Links & Downloads", 1)
    _page_text(writer, source.document, "links", 1)
    num_id = writer.new_list("bullet")
    for item in links:
        p = writer.paragraph("list_bullet")
        ooxml.set_numbering(p, num_id)
        if item.url.startswith(("http://", "https://", "mailto:")):
            writer.link(p, item.url, item.label or item.url)
        else:
            ooxml.add_run(p, _join([item.label, item.url], ": "))
    _page_text(writer, source.document, "links.end", 1)


# --- writing the file ----------------------------------------------------------------------


def _open(template: Path | None) -> tuple[DocxDocument, TemplateStyles]:
    try:
        return load_template(template)
    except TemplateError as error:
        raise DocxExportError(error.message) from None


def _finish_document(
    writer: _Writer, title: str, subject: str, author: str, keywords: Sequence[str], stand: dt.date
) -> None:
    writer.finish()
    document = writer.document
    ooxml.set_document_language(ooxml.element(document.styles.element))
    ooxml.set_core_properties(
        document.core_properties,
        title=title,
        subject=subject,
        author=author,
        keywords=keywords,
        when=dt.datetime.combine(stand, dt.time(12, 0)),
    )
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header):
            if not part.is_linked_to_previous:
                ooxml.set_field_results(ooxml.element(part._element), "TITLE", title)  # pyright: ignore[reportPrivateUsage]


def save_atomically(document: DocxDocument, path: Path) -> None:
    """Save to a temporary file beside ``path`` and rename it into place (all or nothing)."""
    buffer = io.BytesIO()
    document.save(buffer)  # in memory first: a full disk then fails on our write, not inside the zip writer
    try:
        write_atomically(path, lambda stream: stream.write(buffer.getbuffer()))
    except ExportWriteError as error:
        raise DocxExportError(error.message) from None


def build_strategie(
    source: ExportSource,
    template: Path | None = None,
    stand: dt.date | None = None,
    notes: list[Message] | None = None,
) -> DocxDocument:
    """Return the strategy document as a python-docx document (not yet saved).

    What the export changed in the template (see :mod:`exports.docx_template`) is added to ``notes``.
    """
    document, styles = _open(template)
    if notes is not None:
        notes.extend(styles.notes)
    stand = stand or dt.date.today()
    writer = _Writer(document, styles, source)
    doc = source.document
    _title_page(writer, doc, stand)
    toc_heading = writer.toc_placeholder()
    _overview(writer, source)
    _sections(writer, doc)
    _goals(writer, source)
    _leitziel_refs(writer, source)
    _synergies(writer, source)
    _papers(writer, source)
    _links(writer, source)
    writer.fill_toc(toc_heading)
    ooxml.set_update_fields(ooxml.element(document.settings.element))
    themen = [tf.title for tf in _themenfelder(source)]
    _finish_document(
        writer,
        doc.title or "Strategiedokument",
        _join([doc.art, doc.responsible], " – ") or "Strategiedokument",
        doc.responsible,
        themen,
        stand,
    )
    return document


def export_strategie(
    source: ExportSource, path: Path, template: Path | None = None, *, stand: dt.date | None = None
) -> list[Message]:
    """Write the strategy document of ``source`` to ``path`` (.docx), from ``template`` if given.

    Returns notes for the user on what the export changed in the template (usually none).
    """
    notes: list[Message] = []
    with cycle_collector_paused():
        save_atomically(build_strategie(source, template, stand, notes), path)
    return notes


# --- the Beschlussvorlage ------------------------------------------------------------------


def find_paper(papers: Sequence[CouncilPaper], paper_id: int) -> CouncilPaper | None:
    """Return the council paper with ``paper_id`` anywhere in the paper tree."""
    return next((paper for paper, _ in walk(papers) if paper.id == paper_id), None)


def _anlagen(paper: CouncilPaper, doc: Document) -> list[str]:
    items = paper.attachment_list()
    title = doc.title.strip()
    described: list[str] = []
    named = False
    for item in items:
        if title and item.casefold() == title.casefold():
            described.append(f"{item} ({doc.art or 'Strategiedokument'})")
            named = True
        else:
            described.append(item)
    if title and not named:
        described.insert(0, f"{title} ({doc.art or 'Strategiedokument'})")
    return described


FACT_LABEL_WIDTH = 2552
"""Width of the label column of the Vorlage's facts (4.5 cm, in twips)."""


def _facts(writer: _Writer, facts: Sequence[tuple[str, str]]) -> None:
    """Append "Label: value" lines with the values in one column, as a form shows them.

    A two-column table would need a header row ("Angabe | Inhalt") that says nothing;
    a hanging indent with a tab stop lines the values up and reads as "Label: value".
    """
    for index, (label, value) in enumerate(facts):
        p = writer.paragraph("normal")
        ooxml.set_hanging_indent(p, FACT_LABEL_WIDTH, FACT_LABEL_WIDTH)
        ooxml.add_tab_stop(p, FACT_LABEL_WIDTH)
        ooxml.set_spacing(p, after=60 if index < len(facts) - 1 else 240)
        ooxml.add_run(p, f"{label}:", ooxml.RunFormat(bold=True))
        ooxml.add_tab(p)
        ooxml.add_run(p, value)


def _vorlage_body(writer: _Writer, paper: CouncilPaper, doc: Document) -> None:
    title = writer.paragraph("title", "Beschlussvorlage")
    ooxml.set_spacing(title, before=0)
    involved = ", ".join(line.strip() for line in paper.involved.splitlines() if line.strip())
    _facts(
        writer,
        [
            ("Vorlagennummer", paper.reference or "–"),
            ("Datum", german_date(paper.date) or "–"),
            ("Federführung", paper.under_direction_of or "–"),
            ("Beteiligte Bereiche", involved or "–"),
            ("Öffentlichkeit", "öffentlich" if paper.public else "nichtöffentlich"),
        ],
    )
    writer.heading("Betreff", 1)
    writer.paragraph("normal", paper.name or "–")
    writer.heading("Beratungsfolge", 1)
    if paper.consultations:
        writer.table(
            ["Gremium", "Sitzungstermin", "Zuständigkeit"],
            _consultation_rows(paper.consultations, with_result=False),
            [3, 1.4, 1.6],
        )
    else:
        writer.paragraph("normal", "Keine Beratungsfolge angegeben.")
    writer.heading("Beschlussvorschlag", 1)
    points = paper.decision_points()
    if points:
        num_id = writer.new_list("decimal")
        for point in points:
            p = writer.paragraph("list_number", point)  # typed as plain lines: literal
            ooxml.set_numbering(p, num_id)
    else:
        writer.paragraph("normal", "Kein Beschlussvorschlag angegeben.")
    for label, text in (
        ("Sachverhalt/Begründung", paper.reasoning),
        ("Finanzielle Auswirkungen", paper.financial_impact),
    ):
        writer.heading(label, 1)
        if text.strip():
            writer.markdown(text, 1)
        else:
            writer.paragraph("normal", "Keine Angaben.")
    writer.heading("Anlagen", 1)
    num_id = writer.new_list("anlagen")
    for item in _anlagen(paper, doc):
        p = writer.paragraph("list_number", item)
        ooxml.set_numbering(p, num_id)


def _letterhead(document: DocxDocument, styles: TemplateStyles, authority: IssuingAuthority) -> None:
    """Show who issues the Vorlage in the header of its first page (the city, its head, the Dezernat).

    A template with a different first page gets it there, any other in its one header;
    what the template's header already shows stays, empty lines of it go.
    """
    lines = authority.lines()
    if not lines:
        return
    section = document.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    header.is_linked_to_previous = False  # creates the header part where the template has none
    root = ooxml.element(header._element)  # pyright: ignore[reportPrivateUsage]
    for p in root.findall(qn("w:p")):
        if ooxml.is_empty_paragraph(p):
            root.remove(p)
    style = styles.get("header")
    for index, line in enumerate(lines):
        p = ooxml.new_paragraph(root, style)
        ooxml.add_run(p, line, ooxml.RunFormat(bold=index == 0))
        if index < len(lines) - 1:
            ooxml.set_keep_next(p)


def build_vorlage(
    source: ExportSource,
    paper_id: int,
    template: Path | None = None,
    stand: dt.date | None = None,
    notes: list[Message] | None = None,
) -> DocxDocument:
    """Return the Beschlussvorlage for council paper ``paper_id`` as a python-docx document.

    What the export changed in the template is added to ``notes``.
    """
    paper = find_paper(source.document.papers, paper_id)
    if paper is None:
        raise DocxExportError(
            "Die Beschlussvorlage mit der Nummer {number} gibt es in diesem Dokument nicht.", number=paper_id
        )
    document, styles = _open(template)
    if notes is not None:
        notes.extend(styles.notes)
    writer = _Writer(document, styles, source, numbered_headings=False)
    _vorlage_body(writer, paper, source.document)
    title = _join(["Beschlussvorlage", paper.reference], " ")
    _finish_document(
        writer,
        f"{title}: {paper.name}" if paper.name else title,
        f"Beschlussvorlage zu „{source.document.title}“",
        paper.under_direction_of,
        [paper.reference, source.document.title],
        stand or dt.date.today(),
    )
    _letterhead(document, styles, source.authority)
    return document


def export_vorlage(
    source: ExportSource, paper_id: int, path: Path, template: Path | None = None, *, stand: dt.date | None = None
) -> list[Message]:
    """Write the Beschlussvorlage for council paper ``paper_id`` to ``path`` (.docx); returns notes as above."""
    notes: list[Message] = []
    with cycle_collector_paused():
        save_atomically(build_vorlage(source, paper_id, template, stand, notes), path)
    return notes
