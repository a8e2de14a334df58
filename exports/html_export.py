"""HTML export: a document as one self-contained, accessible web page in German.

The page holds what the Word document holds — Steckbrief, Themenfelder with their
icons, sections, goals with indicators, Leitziel references, Synergien, council papers
with their Beratungsfolge, links — in one file: the icons are embedded as ``data:``
addresses, the small stylesheet sits in the page, nothing is loaded from elsewhere.

Accessibility (WCAG 2.1 AA / BITV as far as a static document can meet it) is built in:
``lang="de"``, a ``<title>``, the landmarks ``header``/``nav``/``main``/``footer``, a
table of contents as ``<nav>``, headings without skipped levels, tables with a caption
and ``<th scope>`` header cells, alt text on every image, links that say where they go.
The page reads without CSS and prints (``@media print``).

Section bodies and goal descriptions are rendered with Python-Markdown by
:mod:`exports.html_markdown`, which shares the page's ids, heading levels and table of
contents.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markdown.extensions.toc import slugify_unicode

from editor.domain.dates import show_date
from editor.domain.model import Consultation, CouncilPaper, ExportSource, Goal, Themenfeld, goal_level
from editor.domain.tree import walk
from editor.resources import resource_path
from exports.batch import cycle_collector_paused
from exports.html_markdown import (
    TOC_DEPTH,
    BodyRenderer,
    DocumentHref,
    PageState,
    TocEntry,
    esc,
    is_link_url,
)
from exports.markdown_ast import parse_markdown

ICON_DIR = resource_path("icons", "themenfelder")
"""Themenfeld icons, one PNG per Themenfeld named by the slug of its title (as the Word export reads them)."""

GENERIC_ICON = "themenfeld.png"

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "&": " und "})


Target = tuple[str, "int | None"]
"""What a heading of the page shows: the kind of entry (``document``, ``section``, ``goal``,
``paper``, ``document_themenfeld``, ``leitziel_ref``, ``synergy``, ``link``) and its id."""


def export_html(
    source: ExportSource,
    *,
    stand: dt.date | None = None,
    document_href: DocumentHref | None = None,
    targets: dict[str, Target] | None = None,
) -> str:
    """Return ``source.document`` as one self-contained HTML page (text, UTF-8 when written).

    ``targets``, if given, is filled with the entry each heading id belongs to (the reading
    view jumps from a heading to its entry in the editor).
    """
    with cycle_collector_paused():
        page = _Page(source, stand or dt.date.today(), document_href)
        built = page.build()
    if targets is not None:
        targets.update(page.targets)
    return built


# --- small helpers ---------------------------------------------------------------------------


def german_date(value: str) -> str:
    """Return a stored date in German (``17.03.2025``, ``03.2025``); any other text as typed."""
    return show_date(value.strip())


def _join(parts: Iterable[str], sep: str = " · ") -> str:
    return sep.join(part for part in parts if part)


def _icon_slug(text: str) -> str:
    ascii_text = text.casefold().translate(_UMLAUTS)
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def icon_path(themenfeld: Themenfeld) -> Path:
    """Return the icon file of a Themenfeld (its own, else the generic pictogram), as the Word export finds it."""
    for stem in (_icon_slug(themenfeld.title), _icon_slug(Path(themenfeld.icon).stem), _icon_slug(themenfeld.page())):
        candidate = ICON_DIR / f"{stem}.png"
        if stem and candidate.is_file():
            return candidate
    return ICON_DIR / GENERIC_ICON


def _host(url: str) -> str:
    try:
        return urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""


# --- the page ------------------------------------------------------------------------------------

STYLESHEET = """\
:root { color-scheme: light; }
body { font: 1rem/1.55 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1b1b1b; background: #fff;
  max-width: 50rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
a { color: #0b5cad; }
a:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
.unsichtbar { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.sprungmarke { position: absolute; left: -100vw; }
.sprungmarke:focus { position: static; display: inline-block; padding: .25rem .5rem; }
header { border-bottom: 3px solid #0b5cad; padding-bottom: .5rem; }
.art { margin: 0; color: #4a4a4a; text-transform: uppercase; letter-spacing: .06em; font-size: .9rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: .3rem 0 .6rem; }
h2 { font-size: 1.5rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid #c8c8c8; }
h3 { font-size: 1.25rem; margin: 1.6rem 0 .4rem; }
h4 { font-size: 1.1rem; margin: 1.3rem 0 .3rem; }
h5, h6 { font-size: 1rem; margin: 1.1rem 0 .3rem; font-weight: bold; }
.angaben { margin: .2rem 0; color: #4a4a4a; }
nav ul { list-style: none; padding-left: 1.2rem; margin: .2rem 0; }
nav > ul { padding-left: 0; }
nav li { margin: .15rem 0; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0 1.2rem; }
caption { text-align: left; font-weight: bold; padding: .2rem 0; }
th, td { border: 1px solid #8c8c8c; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e7eef7; }
tbody th { font-weight: normal; background: #f5f5f5; }
.themenfelder { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .8rem 1.6rem; }
.themenfelder li { display: flex; align-items: center; gap: .6rem; }
.themenfelder img { width: 3.5rem; height: 3.5rem; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f4f4; padding: .5rem .7rem; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .95em; }
blockquote { margin: .8rem 0; padding-left: 1rem; border-left: 4px solid #c8c8c8; }
footer { margin-top: 3rem; padding-top: .5rem; border-top: 1px solid #c8c8c8; font-size: .9rem; color: #4a4a4a; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .sprungmarke { display: none; }
  a { color: inherit; }
  main a[href^="http"]::after, main a[href^="mailto:"]::after { content: " (" attr(href) ")"; overflow-wrap: anywhere; }
  h2, h3, h4, h5, h6, caption { break-after: avoid; }
  tr, img, li { break-inside: avoid; }
  thead { display: table-header-group; }
  nav { break-after: page; }
}
@page { margin: 2cm; }
"""


class _Page:
    """Builds the page: header, table of contents, main part, footer."""

    def __init__(self, source: ExportSource, stand: dt.date, document_href: DocumentHref | None) -> None:
        self.source = source
        self.doc = source.document
        self.stand = stand
        self.document_href = document_href
        self.state = PageState()
        self.state.claim("inhalt")
        self.state.claim("inhaltsverzeichnis")
        self.bodies = BodyRenderer(self.state, source.document_titles, document_href)
        self.out: list[str] = []
        self._icons: dict[Path, str] = {}
        self.targets: dict[str, Target] = {}
        self.entry: Target = ("document", source.document.id)

    # building blocks

    def add(self, *parts: str) -> None:
        self.out.extend(parts)

    def heading(self, text: str, level: int, anchor: str = "") -> int:
        """Append a heading (level clamped so that none is skipped); return the level used."""
        level = self.state.level(level)
        ident = self.state.claim(anchor) if anchor else self.state.slug(text)
        self.add(f'<h{level} id="{esc(ident)}">{esc(text)}</h{level}>\n')
        self.targets[ident] = self.entry
        if level <= TOC_DEPTH:
            self.state.toc.append(TocEntry(level, ident, text))
        return level

    def body(self, text: str, base_level: int, context: str) -> None:
        before = len(self.state.toc)
        rendered = self.bodies.render(text, base_level, context)
        for entry in self.state.toc[before:]:  # the body's own headings belong to its entry
            self.targets[entry.ident] = self.entry
        if rendered:
            self.add(rendered, "\n")

    def table(
        self,
        caption: str,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        row_headers: bool = True,
    ) -> None:
        """Append a table: caption, a header row of column headers, the first column as row headers."""
        self.state.tables += 1
        self.add(f"<table>\n<caption>Tabelle {self.state.tables}: {esc(caption)}</caption>\n<thead>\n<tr>")
        self.add(*(f'<th scope="col">{esc(cell)}</th>' for cell in header))
        self.add("</tr>\n</thead>\n<tbody>\n")
        for row in rows:
            self.add("<tr>")
            for n, cell in enumerate(row):
                if n == 0 and row_headers:
                    self.add(f'<th scope="row">{esc(cell)}</th>')
                else:
                    self.add(f"<td>{esc(cell)}</td>")
            self.add("</tr>\n")
        self.add("</tbody>\n</table>\n")

    def link(self, url: str, text: str) -> str:
        if is_link_url(url):
            return f'<a href="{esc(url.strip())}">{esc(text or url)}</a>'
        return esc(_join([text, url], ": "))

    def icon(self, themenfeld: Themenfeld) -> str:
        path = icon_path(themenfeld)
        if path not in self._icons:
            try:
                data = base64.b64encode(path.read_bytes()).decode("ascii")
            except OSError:
                data = ""
            self._icons[path] = f"data:image/png;base64,{data}" if data else ""
        return self._icons[path]

    def themenfelder(self) -> list[Themenfeld]:
        found = (self.source.catalogue.by_id(tf_id) for tf_id in self.doc.themenfeld_ids)
        return [tf for tf in found if tf is not None]

    def leitziel_text(self, themenfeld_id: int | None, leitziel_id: int | None) -> str:
        tf = self.source.catalogue.by_id(themenfeld_id)
        if tf is None:
            return ""
        lz = tf.leitziel(leitziel_id)
        return f"{tf.title} – {lz.title}" if lz else tf.title

    def document_name(self, doc_id: int | None) -> str:
        """Return the other document's title as HTML: a link where the caller gave an address, else text."""
        title = self.source.document_titles.get(doc_id, "") if doc_id is not None else ""
        if not title:
            return ""
        href = self.document_href(doc_id) if self.document_href and doc_id is not None else None
        if href and (is_link_url(href) or href.startswith("#")):
            return f'<a href="{esc(href)}">{esc(title)}</a>'
        return f"<strong>{esc(title)}</strong>"

    # the parts of the page

    def build(self) -> str:
        title = self.doc.title.strip() or "Ohne Titel"
        main = self.main_part()
        parts = [
            "<!DOCTYPE html>\n",
            '<html lang="de">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>{esc(title)}</title>\n",
            '<meta name="generator" content="Strategie-Editor">\n',
            f"<style>\n{STYLESHEET}</style>\n</head>\n<body>\n",
            '<a class="sprungmarke" href="#inhalt">Zum Text springen</a>\n',
            self.header(title),
            self.navigation(),
            f'<main id="inhalt">\n{main}</main>\n',
            self.footer(),
            "</body>\n</html>\n",
        ]
        return "".join(parts)

    def header(self, title: str) -> str:
        doc = self.doc
        kicker = _join([doc.art.strip(), doc.scope.strip()])
        facts = _join(
            [
                f"Zuständigkeit: {doc.responsible.strip()}" if doc.responsible.strip() else "",
                f"Status: {doc.status.strip()}" if doc.status.strip() else "",
                f"Stand: {self.stand:%d.%m.%Y}",
            ]
        )
        return (
            "<header>\n"
            + (f'<p class="art">{esc(kicker)}</p>\n' if kicker else "")
            + f"<h1>{esc(title)}</h1>\n"
            + f'<p class="angaben">{esc(facts)}</p>\n</header>\n'
        )

    def navigation(self) -> str:
        """Return the table of contents: nested lists of links to the headings down to :data:`TOC_DEPTH`."""
        root: list[tuple[TocEntry, list[Any]]] = []
        open_entries: list[tuple[TocEntry, list[Any]]] = []
        for entry in self.state.toc:
            while open_entries and open_entries[-1][0].level >= entry.level:
                open_entries.pop()
            node: tuple[TocEntry, list[Any]] = (entry, [])
            (open_entries[-1][1] if open_entries else root).append(node)
            open_entries.append(node)

        def items(nodes: list[tuple[TocEntry, list[Any]]]) -> str:
            parts = ["<ul>\n"]
            for entry, children in nodes:
                parts.append(f'<li><a href="#{esc(entry.ident)}">{esc(entry.text)}</a>')
                if children:
                    parts.append("\n" + items(children))
                parts.append("</li>\n")
            parts.append("</ul>\n")
            return "".join(parts)

        toc = items(root) if root else ""
        return f'<nav aria-labelledby="inhaltsverzeichnis">\n<h2 id="inhaltsverzeichnis">Inhalt</h2>\n{toc}</nav>\n'

    def footer(self) -> str:
        return (
            "<footer>\n"
            f"<p>{esc(_join([self.doc.title.strip(), self.doc.responsible.strip()], ' – '))}"
            f"{' – ' if self.doc.title.strip() or self.doc.responsible.strip() else ''}"
            f"Stand {self.stand:%d.%m.%Y}, erstellt mit dem Strategie-Editor.</p>\n"
            "</footer>\n"
        )

    def main_part(self) -> str:
        self.steckbrief()
        self.sections()
        self.goals()
        self.leitziel_refs()
        self.synergies()
        self.papers()
        self.links()
        return "".join(self.out)

    def steckbrief(self) -> None:
        doc = self.doc
        self.heading("Steckbrief", 2)
        themenfelder = self.themenfelder()
        rows = [
            ("Titel", doc.title),
            ("Wiki-Seite", doc.page_title()),
            ("Art", doc.art),
            ("Räumlicher Geltungsbereich", doc.scope),
            ("Zuständigkeit", doc.responsible),
            ("Jahr der Veröffentlichung", doc.year),
            ("Status", doc.status),
            ("Themenfelder", ", ".join(tf.title for tf in themenfelder)),
        ]
        self.table("Eckdaten", ["Merkmal", "Angabe"], [(key, value.strip() or "–") for key, value in rows])
        self.page_text("intro", 2, "Steckbrief")
        if not themenfelder and not self.has_page_text("themenfelder", "themenfelder.end"):
            return
        self.entry = ("document_themenfeld", doc.id)
        self.heading("Themenfelder", 3)
        self.page_text("themenfelder", 3, "Themenfelder")
        if themenfelder:
            self.add('<ul class="themenfelder">\n')
            for tf in themenfelder:
                icon = self.icon(tf)
                # The name stands next to the icon, so the icon's alt text is empty (WCAG technique H2):
                # a screen reader would read the name twice otherwise.
                image = f'<img src="{icon}" alt="" width="56" height="56"> ' if icon else ""
                self.add(f"<li>{image}<span>{esc(tf.title)}</span></li>\n")
            self.add("</ul>\n")
        self.page_text("themenfelder.end", 3, "Themenfelder")

    def has_page_text(self, *keys: str) -> str:
        """Return the first of ``keys`` at which the page has prose that shows (``Document.page_texts``), or ""."""
        return next((key for key in keys if parse_markdown(self.doc.page_texts.get(key, ""))), "")

    def page_text(self, key: str, level: int, context: str) -> None:
        """Append the prose the wiki page has at ``key`` (above or below a list), as the wiki shows it there.

        Its headings lead the reading view to the field that edits the text.
        """
        entry = self.entry
        self.entry = (f"page_text:{key}", self.doc.id)
        self.body(self.doc.page_texts.get(key, ""), level, context)
        self.entry = entry

    def sections(self) -> None:
        for section, depth in walk(self.doc.sections):
            self.entry = ("section", section.id)
            title = section.title.strip() or "Ohne Überschrift"
            level = self.heading(title, depth + 2)
            self.body(section.body, level, title)

    def goals(self) -> None:
        text = self.has_page_text("goals", "goals.end")
        if not self.doc.goals and not text:
            return
        self.entry = ("goal", self.doc.goals[0].id) if self.doc.goals else (f"page_text:{text}", self.doc.id)
        self.heading("Ziele", 2)
        self.page_text("goals", 2, "Ziele")
        counters: list[int] = []
        for goal, depth in walk(self.doc.goals):
            del counters[depth + 1 :]
            while len(counters) <= depth:
                counters.append(0)
            counters[depth] += 1
            self.entry = ("goal", goal.id)
            number = ".".join(str(n) for n in counters[: depth + 1])
            title = goal.title.strip() or "Ohne Titel"
            level = self.heading(f"{number} {title}", depth + 3, anchor=f"ziel-{number.replace('.', '-')}")
            self.goal_details(goal, depth, level, title)
        self.page_text("goals.end", 2, "Ziele")

    def goal_details(self, goal: Goal, depth: int, level: int, title: str) -> None:
        details = [
            f"Verantwortlich: {goal.owner.strip()}" if goal.owner.strip() else "",
            f"Frist: {german_date(goal.deadline)}" if goal.deadline.strip() else "",
            f"Status: {goal.status.strip()}" if goal.status.strip() else "",
        ]
        if any(details):  # as in the Word document: the level is named where there is more to say
            self.add(f'<p class="angaben">{esc(_join([goal_level(depth), *details]))}</p>\n')
        reference = self.leitziel_text(goal.themenfeld_id, goal.leitziel_id)
        if reference:
            self.add(f"<p><strong>Bezug:</strong> {esc(reference)}</p>\n")
        self.body(goal.description, level, title)
        if goal.indicators:
            self.table(
                f"Indikatoren zu „{title}“",
                ["Indikator", "Einheit", "Ausgangswert", "Zielwert", "Zieljahr"],
                [(i.name.strip() or "–", i.unit, i.baseline, i.target, i.year) for i in goal.indicators],
            )

    def leitziel_refs(self) -> None:
        refs = self.doc.leitziel_refs
        if not refs and not self.has_page_text("leitziele"):
            return
        self.entry = ("leitziel_ref", refs[0].id) if refs else ("page_text:leitziele", self.doc.id)
        self.heading("Beitrag zu den Leitzielen", 2)
        self.page_text("leitziele", 2, "Beitrag zu den Leitzielen")
        if refs:
            self.add("<ul>\n")
            for ref in refs:
                name = ref.label(self.source.catalogue) or "Themenfeld unbekannt"
                note = f": {esc(ref.note.strip())}" if ref.note.strip() else ""
                self.add(f"<li><strong>{esc(name)}</strong>{note}</li>\n")
            self.add("</ul>\n")

    def synergies(self) -> None:
        synergies = self.doc.synergies
        text = self.has_page_text("synergies", "synergies.end")
        if not synergies and not text:
            return
        self.entry = ("synergy", synergies[0].id) if synergies else (f"page_text:{text}", self.doc.id)
        self.heading("Synergien", 2)
        self.page_text("synergies", 2, "Synergien")
        if synergies:
            self.add("<ul>\n")
            for synergy in synergies:
                name = self.document_name(synergy.target_document_id)
                text = esc(synergy.text.strip())
                self.add(f"<li>{_join([name, text], ': ')}</li>\n")
            self.add("</ul>\n")
        self.page_text("synergies.end", 2, "Synergien")

    def papers(self) -> None:
        text = self.has_page_text("papers", "papers.end")
        if not self.doc.papers and not text:
            return
        self.entry = ("paper", self.doc.papers[0].id) if self.doc.papers else (f"page_text:{text}", self.doc.id)
        self.heading("Politische Beschlusslage", 2)
        self.page_text("papers", 2, "Politische Beschlusslage")
        for paper, depth in walk(self.doc.papers):
            self.entry = ("paper", paper.id)
            self.paper(paper, depth)
        self.page_text("papers.end", 2, "Politische Beschlusslage")

    def paper(self, paper: CouncilPaper, depth: int) -> None:
        reference = paper.reference.strip()
        anchor = f"vorlage-{slugify_unicode(reference, '-')}" if slugify_unicode(reference, "-") else "vorlage"
        self.heading(_join([reference, paper.name.strip()], ": ") or "Beschluss ohne Nummer", depth + 3, anchor=anchor)
        facts = _join(
            [
                paper.paper_type.strip(),
                f"Datum: {german_date(paper.date)}" if paper.date.strip() else "",
                f"Federführung: {paper.under_direction_of.strip()}" if paper.under_direction_of.strip() else "",
                "öffentlich" if paper.public else "nichtöffentlich",
            ]
        )
        self.add(f'<p class="angaben">{esc(facts)}</p>\n')
        if is_link_url(paper.url):
            system = f" ({paper.system.strip()})" if paper.system.strip() else ""
            label = (
                f"Vorlage {reference} im Ratsinformationssystem{system}"
                if reference
                else "Vorlage im Ratsinformationssystem"
            )
            self.add(f"<p>{self.link(paper.url, label)}</p>\n")
        elif paper.url.strip():
            self.add(f"<p>Fundstelle: {esc(paper.url.strip())}</p>\n")
        points = paper.decision_points()
        if points:
            self.add("<p>Beschlussvorschlag:</p>\n<ol>\n")
            self.add(*(f"<li>{esc(point)}</li>\n" for point in points))  # typed as plain lines: literal
            self.add("</ol>\n")
        if paper.consultations:
            self.table(
                f"Beratungsfolge {('der Vorlage ' + reference) if reference else 'der Vorlage'}",
                ["Gremium", "Sitzung", "Rolle", "Ergebnis"],
                _consultation_rows(paper.consultations),
            )

    def links(self) -> None:
        links = self.doc.links
        text = self.has_page_text("links", "links.end")
        if not links and not text:
            return
        self.entry = ("link", links[0].id) if links else (f"page_text:{text}", self.doc.id)
        self.heading("Weiterführende Links & Downloads", 2)
        self.page_text("links", 2, "Weiterführende Links & Downloads")
        if links:
            self.add("<ul>\n")
            for item in links:
                label, url = item.label.strip(), item.url.strip()
                if is_link_url(url):
                    host = _host(url)
                    where = f" ({esc(host)})" if host and host.casefold() not in label.casefold() else ""
                    self.add(f"<li>{self.link(url, label)}{where}</li>\n")
                else:
                    self.add(f"<li>{esc(_join([label, url], ': '))}</li>\n")
            self.add("</ul>\n")
        self.page_text("links.end", 2, "Weiterführende Links & Downloads")


def _consultation_rows(consultations: Sequence[Consultation]) -> list[tuple[str, ...]]:
    return [
        (c.organization.strip() or "–", german_date(c.meeting_date), c.role.strip(), c.result.strip())
        for c in consultations
    ]
