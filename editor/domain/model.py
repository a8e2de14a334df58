"""The strategy document as plain data: no Qt, no SQL.

Vocabulary (German where the users say it):

- *Konzept*: a strategy or concept document of the city (one ``Document``).
- *Themenfeld*: one of the eight fields of the integrated urban development process
  (iSTEP), e.g. "Mobilität". The catalogue of Themenfelder is reference data kept in
  every file and edited by users.
- *Leitziel*: a guiding goal. Themenfelder have Leitziele (catalogue data); a
  document's own goal tree starts with Leitziele too.
- *Handlungsziel*, *Maßnahme*: the second and third level of a document's goal tree.
- *Beschlussvorlage*: a council paper (OParl ``Paper``) such as ``B/17/3503-01``.
- *Beratungsfolge*: the bodies that consult a paper, in order (OParl ``Consultation``).
- *Synergie*: a link from one Konzept to another one in the file, or free text.
- *Fassung*: a named, saved version of a document.

Ids are ``None`` until the storage layer assigned one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.domain.settings import IssuingAuthority

STATUSES: tuple[str, ...] = ("Entwurf", "in Abstimmung", "beschlossen", "veröffentlicht")
"""Document status values, in their life-cycle order."""

ARTEN: tuple[str, ...] = ("Konzept", "Strategie", "Masterplan", "Rahmenplan", "Gutachten")
"""Suggested values for a document's Art; users may type others."""

GELTUNGSBEREICHE: tuple[str, ...] = ("Gesamtstadt", "Stadtbezirk", "Quartier", "Teilraum")
"""Suggested values for the räumlicher Geltungsbereich; users may type others."""

PAGE_TEXT_KEYS: tuple[str, ...] = (
    "intro",
    "themenfelder",
    "themenfelder.end",
    "goals",
    "goals.end",
    "synergies",
    "synergies.end",
    "leitziele",
    "papers",
    "papers.end",
    "links",
    "links.end",
)
"""Places of a Konzept page where prose may stand around the generated parts, in page order.

``intro`` is the text between the infobox and the first heading; ``goals`` the text
under the goals heading before the list, ``goals.end`` the text after it; and so on
for the other fixed sections (in the Leitziele section, text under a Themenfeld is a
Leitziel reference's note)."""

GOAL_LEVELS: tuple[str, ...] = ("Leitziel", "Handlungsziel", "Maßnahme")
"""Names of the goal tree's levels by depth; deeper goals are Maßnahmen too."""

GOAL_STATUSES: tuple[str, ...] = ("offen", "in Umsetzung", "umgesetzt", "zurückgestellt")
"""Suggested values for a goal's status."""

CONSULTATION_ROLES: tuple[str, ...] = ("Vorberatung", "Entscheidung", "Kenntnisnahme")
"""Roles a body has in a Beratungsfolge (OParl ``Consultation.role``)."""

PAPER_TYPES: tuple[str, ...] = ("Vorlage", "Antrag", "Anfrage", "Mitteilung")
"""Kinds of council papers as the wiki names them (OParl ``Paper.paperType``)."""


def goal_level(depth: int) -> str:
    """Return the level name of a goal at ``depth`` (0 = Leitziel)."""
    return GOAL_LEVELS[min(depth, len(GOAL_LEVELS) - 1)]


@dataclass(slots=True)
class Leitziel:
    """A guiding goal of a Themenfeld; ``anchor`` is the id of its ``<div>`` on the wiki page."""

    title: str
    anchor: str = ""
    id: int | None = None

    def link_anchor(self) -> str:
        """Return the anchor to link to: the stored one, or the title itself."""
        return self.anchor or self.title


@dataclass(slots=True)
class Themenfeld:
    """A field of the integrated urban development process (iSTEP), with its wiki data."""

    title: str
    wiki_page: str = ""
    icon: str = ""
    category: str = ""
    leitziele: list[Leitziel] = field(default_factory=list[Leitziel])
    id: int | None = None

    def page(self) -> str:
        """Return the wiki page title, falling back to the display title."""
        return self.wiki_page or self.title

    def leitziel(self, leitziel_id: int | None) -> Leitziel | None:
        """Return this Themenfeld's Leitziel with ``leitziel_id``, if any."""
        return next((lz for lz in self.leitziele if lz.id == leitziel_id), None)


@dataclass(slots=True)
class Catalogue:
    """The file's Themenfeld catalogue, in display order."""

    themenfelder: list[Themenfeld] = field(default_factory=list[Themenfeld])

    def by_id(self, themenfeld_id: int | None) -> Themenfeld | None:
        """Return the Themenfeld with ``themenfeld_id``, if any."""
        return next((tf for tf in self.themenfelder if tf.id == themenfeld_id), None)

    def by_title(self, title: str) -> Themenfeld | None:
        """Return the Themenfeld whose title or wiki page is ``title`` (case-insensitive)."""
        wanted = title.strip().casefold()
        for tf in self.themenfelder:
            if wanted in (tf.title.casefold(), tf.page().casefold()):
                return tf
        return None


@dataclass(slots=True)
class Section:
    """A heading of the long text with a Markdown body and nested sub-sections."""

    title: str = ""
    body: str = ""
    children: list[Section] = field(default_factory=list["Section"])
    id: int | None = None


@dataclass(slots=True)
class Indicator:
    """A measurable indicator of a goal: name, unit, baseline, target and target year."""

    name: str = ""
    unit: str = ""
    baseline: str = ""
    target: str = ""
    year: str = ""
    id: int | None = None


@dataclass(slots=True)
class Goal:
    """A goal of the document: Leitziel, Handlungsziel or Maßnahme by its depth."""

    title: str = ""
    description: str = ""
    themenfeld_id: int | None = None
    leitziel_id: int | None = None
    owner: str = ""
    deadline: str = ""
    status: str = ""
    indicators: list[Indicator] = field(default_factory=list[Indicator])
    children: list[Goal] = field(default_factory=list["Goal"])
    id: int | None = None


@dataclass(slots=True)
class Consultation:
    """One step of a paper's Beratungsfolge (OParl ``Consultation`` with its meeting)."""

    organization: str = ""
    meeting_date: str = ""
    role: str = ""
    result: str = ""
    id: int | None = None


@dataclass(slots=True)
class CouncilPaper:
    """A council paper (OParl ``Paper``), usually a Beschlussvorlage.

    ``reference`` is the paper number (``B/17/3503-01``), kept as typed; ``name`` the
    Betreff; ``under_direction_of`` the Federführung; ``decision_proposal`` the
    Beschlussvorschlag with one numbered point per line; ``attachments`` one Anlage
    per line. Follow-up papers may be nested under the paper they follow.
    """

    reference: str = ""
    name: str = ""
    paper_type: str = "Vorlage"
    date: str = ""
    system: str = ""
    url: str = ""
    under_direction_of: str = ""
    involved: str = ""
    public: bool = True
    decision_proposal: str = ""
    reasoning: str = ""
    financial_impact: str = ""
    attachments: str = ""
    consultations: list[Consultation] = field(default_factory=list[Consultation])
    children: list[CouncilPaper] = field(default_factory=list["CouncilPaper"])
    id: int | None = None

    def decision_points(self) -> list[str]:
        """Return the Beschlussvorschlag's numbered points, one per non-empty line."""
        return [line.strip() for line in self.decision_proposal.splitlines() if line.strip()]

    def attachment_list(self) -> list[str]:
        """Return the Anlagen, one per non-empty line."""
        return [line.strip() for line in self.attachments.splitlines() if line.strip()]


@dataclass(slots=True)
class Synergy:
    """A Synergie: another document of the file (``target_document_id``) and/or free text."""

    target_document_id: int | None = None
    text: str = ""
    id: int | None = None


@dataclass(slots=True)
class LeitzielRef:
    """A contribution of the document to a Leitziel (or a whole Themenfeld) with a note.

    A Leitziel that is not in the catalogue is a *free* Leitziel: ``leitziel_id`` is
    ``None`` and ``leitziel_title`` names it, ``leitziel_anchor`` is its anchor on the
    Themenfeld page (empty: the link goes to the page). Imported pages cite such
    Leitziele; they are kept as the page had them.
    """

    themenfeld_id: int | None = None
    leitziel_id: int | None = None
    note: str = ""
    id: int | None = None
    leitziel_title: str = ""
    leitziel_anchor: str = ""

    def is_free(self) -> bool:
        """Return whether this refers to a Leitziel outside the catalogue."""
        return self.leitziel_id is None and bool(self.leitziel_title.strip(" \t\n\r"))

    def label(self, catalogue: Catalogue) -> str:
        """Return "Themenfeld – Leitziel" (a free Leitziel by its title); "" without a known Themenfeld."""
        tf = catalogue.by_id(self.themenfeld_id)
        if tf is None:
            return ""
        lz = tf.leitziel(self.leitziel_id)
        title = lz.title if lz else self.leitziel_title.strip(" \t\n\r") if self.is_free() else ""
        return f"{tf.title} – {title}" if title else tf.title


@dataclass(slots=True)
class Link:
    """A link or download shown under "Weiterführende Links & Downloads"."""

    label: str = ""
    url: str = ""
    id: int | None = None


@dataclass(slots=True)
class Document:
    """A Konzept: metadata, Themenfelder, the three trees and the lists around them.

    ``extra_params`` keeps infobox parameters an import did not understand, so that
    they are written back on export. ``categories`` are the page's further wiki
    categories (besides the profile's page category and the Themenfelder);
    ``themenfeld_icons`` the icon file a page used for a Themenfeld where it differs
    from the catalogue's. ``page_texts`` holds Markdown prose that stands around the
    fixed parts of the page, keyed by :data:`PAGE_TEXT_KEYS`. ``notes`` are notes for
    the author (what an import could not place), one per paragraph; they are never
    published and ``check`` lists them until the author deletes them.
    """

    title: str = ""
    wiki_title: str = ""
    art: str = "Konzept"
    scope: str = ""
    responsible: str = ""
    year: str = ""
    status: str = "Entwurf"
    themenfeld_ids: list[int] = field(default_factory=list[int])
    sections: list[Section] = field(default_factory=list[Section])
    goals: list[Goal] = field(default_factory=list[Goal])
    papers: list[CouncilPaper] = field(default_factory=list[CouncilPaper])
    synergies: list[Synergy] = field(default_factory=list[Synergy])
    leitziel_refs: list[LeitzielRef] = field(default_factory=list[LeitzielRef])
    links: list[Link] = field(default_factory=list[Link])
    extra_params: dict[str, str] = field(default_factory=dict[str, str])
    id: int | None = None
    categories: list[str] = field(default_factory=list[str])
    themenfeld_icons: dict[int, str] = field(default_factory=dict[int, str])
    page_texts: dict[str, str] = field(default_factory=dict[str, str])
    notes: str = ""

    def page_title(self) -> str:
        """Return the wiki page title, falling back to the document title."""
        return self.wiki_title or self.title

    def icon_of(self, themenfeld: Themenfeld) -> str:
        """Return the icon file this document uses for ``themenfeld``."""
        own = self.themenfeld_icons.get(themenfeld.id) if themenfeld.id is not None else None
        return own or themenfeld.icon

    def note_list(self) -> list[str]:
        """Return the notes for the author, one per paragraph."""
        return [" ".join(part.split()) for part in re.split(r"\n\s*\n", self.notes) if part.strip()]


@dataclass(slots=True)
class ExportSource:
    """Everything an exporter needs besides the labels: the document and its context.

    ``document_titles`` maps the id of every document in the file to its wiki page
    title, so that Synergien and links between documents can be written;
    ``authority`` is who issues the file's Beschlussvorlagen (a setting of the file).
    """

    document: Document
    catalogue: Catalogue
    document_titles: dict[int, str] = field(default_factory=dict[int, str])
    authority: IssuingAuthority = field(default_factory=IssuingAuthority)
