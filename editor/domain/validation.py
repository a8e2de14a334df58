"""Validation rules: they return findings and never raise on user data."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from editor.domain.dates import DATE_EXAMPLES, date_year, is_date, is_year
from editor.domain.fields import REQUIRED, checked
from editor.domain.messages import Message, message
from editor.domain.model import STATUSES, Catalogue, CouncilPaper, Document, Themenfeld
from editor.domain.papers import PAPER_KINDS, parse_paper_number
from editor.domain.tree import walk

ERROR = "Fehler"
WARNING = "Warnung"

DOCUMENT_LINK_SCHEME = "dokument"
"""Markdown links ``[Text](dokument:7)`` point to document 7 of the same file."""

MAX_SECTION_DEPTH = 5
"""Deepest section level that both wiki (``======``) and Word can show as a heading."""

_MARKDOWN_LINK = re.compile(r"(?<!!)\[[^\]\n]*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_MARKDOWN_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+\S", re.MULTILINE)
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True, slots=True)
class Finding:
    """One validation finding, located by document, node kind, node id and field.

    ``text`` is a German message template with its arguments, which the window says in
    its own language; ``message`` is the German sentence (the command line).
    """

    severity: str
    text: Message
    document_id: int | None = None
    kind: str = "document"
    node_id: int | None = None
    field: str = ""

    @property
    def message(self) -> str:
        """Return the finding as a German sentence."""
        return str(self.text)


def is_web_url(url: str) -> bool:
    """Return whether ``url`` is an absolute http(s) address with a host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def normalize_page_title(title: str) -> str:
    """Return the form under which MediaWiki treats two page titles as the same page."""
    text = " ".join(title.replace("_", " ").split())
    return text[:1].upper() + text[1:]


def _markdown_link_findings(
    text: str, doc: Document, kind: str, node_id: int | None, field: str, known: set[int]
) -> Iterable[Finding]:
    for match in _MARKDOWN_LINK.finditer(text):
        target = match.group(1)
        if target.startswith(f"{DOCUMENT_LINK_SCHEME}:"):
            ref = target.split(":", 1)[1]
            if not ref.isdigit() or int(ref) not in known:
                said = message("Verweis auf ein Dokument, das es nicht gibt: {target}", target=target)
                yield Finding(WARNING, said, doc.id, kind, node_id, field)
        elif not is_web_url(target):
            yield Finding(WARNING, _no_web_address(target), doc.id, kind, node_id, field)


def _heading_findings(body: str, doc: Document, node_id: int | None) -> Iterable[Finding]:
    previous = 0
    for match in _MARKDOWN_HEADING.finditer(body):
        level = len(match.group(1))
        if level > previous + 1:
            yield Finding(
                WARNING,
                message(
                    "Überschriftenebene springt von {previous} auf {level}: „{heading}“",
                    previous=previous,
                    level=level,
                    heading=match.group(0).strip()[:60],
                ),
                doc.id,
                "section",
                node_id,
                "body",
            )
        previous = level


def _broken_reference(
    catalogue: Catalogue, themenfeld_id: int | None, leitziel_id: int | None
) -> str | Themenfeld | None:
    """Return what a Themenfeld/Leitziel reference lacks: "themenfeld_id" (no such Themenfeld), the
    Themenfeld that has no such Leitziel, or None when it is sound."""
    tf = catalogue.by_id(themenfeld_id)
    if tf is None:
        return "themenfeld_id"
    if leitziel_id is not None and tf.leitziel(leitziel_id) is None:
        return tf
    return None


def _no_web_address(url: str) -> Message:
    return message("Link ist keine http(s)-Adresse: {url}", url=url or message("(leer)"))


def _paper_name(paper: CouncilPaper) -> str | Message:
    """Return how a finding names a council paper: its number, else its Betreff in quotes."""
    return paper.reference.strip() or message("„{name}“", name=paper.name.strip()[:60])


DRAFT_STATUSES: tuple[str, ...] = ("Entwurf", "in Abstimmung")
"""Document statuses in which its Beschlussvorlagen are still being written."""


def is_beschlussvorlage(paper: CouncilPaper) -> bool:
    """Return whether a council paper is a Beschlussvorlage (type Vorlage, number B/… or not yet parseable)."""
    if paper.paper_type.strip() not in ("", "Vorlage"):
        return False
    number = parse_paper_number(paper.reference)
    return number is None or number.kind == "B"


def incomplete_vorlage_findings(doc: Document) -> list[Finding]:
    """Return a warning for each part the council needs that a Beschlussvorlage still lacks.

    Checked while the document is a draft (Entwurf, in Abstimmung): the date, the
    Beratungsfolge and the Beschlussvorschlag. Papers of a decided or published
    document are the record of past decisions, often only cited by number.
    """
    findings: list[Finding] = []
    if doc.status not in DRAFT_STATUSES:
        return findings
    for paper, _depth in walk(doc.papers):
        if not is_beschlussvorlage(paper):
            continue
        name = _paper_name(paper)
        for missing, lacks, field in (
            (not paper.date.strip(), message("das Datum fehlt"), "date"),
            (not paper.consultations, message("die Beratungsfolge fehlt"), "consultations"),
            (not paper.decision_points(), message("der Beschlussvorschlag fehlt"), "decision_proposal"),
        ):
            if missing:
                text = message("Beschlussvorlage {name} ist unvollständig: {lacks}", name=name, lacks=lacks)
                findings.append(Finding(WARNING, text, doc.id, "paper", paper.id, field))
    return findings


def validate_document(
    doc: Document, catalogue: Catalogue, other_page_titles: Sequence[str] = (), document_ids: Iterable[int] = ()
) -> list[Finding]:
    """Return the findings for one document; ``other_page_titles`` are the file's other pages."""
    findings: list[Finding] = []
    known: set[int] = set(document_ids) | ({doc.id} if doc.id is not None else set[int]())

    def add(severity: str, text: Message, kind: str = "document", node_id: int | None = None, field: str = "") -> None:
        findings.append(Finding(severity, text, doc.id, kind, node_id, field))

    for required in checked("document", REQUIRED):
        if not str(getattr(doc, required.name)).strip():
            add(ERROR, message("Pflichtfeld fehlt: {label}", label=required.label), field=required.name)
    if doc.year.strip() and not _YEAR.fullmatch(doc.year.strip()):
        add(WARNING, message("Jahr der Veröffentlichung ist keine Jahreszahl: {year}", year=doc.year), field="year")
    if doc.status not in STATUSES:
        status = doc.status or message("(leer)")
        add(WARNING, message("Unbekannter Status: {status}", status=status), field="status")
    page = normalize_page_title(doc.page_title())
    if page and page in {normalize_page_title(t) for t in other_page_titles}:
        text = message("Der Wiki-Seitentitel „{page}“ kommt in der Datei mehrfach vor", page=doc.page_title())
        add(ERROR, text, field="wiki_title")

    for tf_id in doc.themenfeld_ids:
        if catalogue.by_id(tf_id) is None:
            add(WARNING, message("Themenfeld {id} steht nicht mehr im Katalog", id=tf_id), field="themenfelder")

    for section, depth in walk(doc.sections):
        if not section.title.strip():
            add(ERROR, message("Abschnitt ohne Überschrift"), "section", section.id, "title")
        if depth + 1 > MAX_SECTION_DEPTH:
            add(
                WARNING,
                message(
                    "Abschnitt „{title}“ liegt auf Ebene {level}; Wiki und Word zeigen höchstens {deepest} Ebenen",
                    title=section.title[:60],
                    level=depth + 1,
                    deepest=MAX_SECTION_DEPTH,
                ),
                "section",
                section.id,
                "title",
            )
        findings.extend(_heading_findings(section.body, doc, section.id))
        findings.extend(_markdown_link_findings(section.body, doc, "section", section.id, "body", known))

    for goal, _depth in walk(doc.goals):
        if not goal.title.strip():
            add(ERROR, message("Ziel ohne Titel"), "goal", goal.id, "title")
        broken = _broken_reference(catalogue, goal.themenfeld_id, goal.leitziel_id)
        if goal.themenfeld_id is not None and broken == "themenfeld_id":
            text = message("Ziel verweist auf ein Themenfeld, das nicht im Katalog steht")
            add(WARNING, text, "goal", goal.id, "themenfeld_id")
        elif isinstance(broken, Themenfeld):
            text = message("Ziel verweist auf ein Leitziel, das {themenfeld} nicht hat", themenfeld=broken.title)
            add(WARNING, text, "goal", goal.id, "leitziel_id")
        findings.extend(_markdown_link_findings(goal.description, doc, "goal", goal.id, "description", known))
        for indicator in goal.indicators:
            if not indicator.name.strip():
                text = message("Indikator ohne Namen bei Ziel „{goal}“", goal=goal.title[:60])
                add(ERROR, text, "goal", goal.id, "indicators")

    for paper, _depth in walk(doc.papers):
        if not paper.reference.strip():
            add(ERROR, message("Beschluss ohne Vorlagennummer"), "paper", paper.id, "reference")
        else:
            number = parse_paper_number(paper.reference)
            if number is None:
                text = message(
                    "Vorlagennummer „{reference}“ hat nicht die Form B/17/3503-01", reference=paper.reference
                )
                add(WARNING, text, "paper", paper.id, "reference")
            elif number.kind not in PAPER_KINDS:
                text = message(
                    "Unbekannte Vorlagenart „{kind}“ in {reference}", kind=number.kind, reference=paper.reference
                )
                add(WARNING, text, "paper", paper.id, "reference")
        if not paper.name.strip():
            add(
                ERROR,
                message("Beschluss {reference} ohne Betreff", reference=paper.reference),
                "paper",
                paper.id,
                "name",
            )
        if paper.url.strip() and not is_web_url(paper.url):
            add(WARNING, _no_web_address(paper.url), "paper", paper.id, "url")
        for consultation in paper.consultations:
            if not consultation.organization.strip():
                text = message("Beratungsfolge von {reference} nennt kein Gremium", reference=paper.reference)
                add(ERROR, text, "paper", paper.id, "consultations")

    findings.extend(incomplete_vorlage_findings(doc))

    for synergy in doc.synergies:
        if synergy.target_document_id is None and not synergy.text.strip():
            add(ERROR, message("Leere Synergie"), "synergy", synergy.id, "text")
        elif synergy.target_document_id is not None and synergy.target_document_id not in known:
            text = message("Synergie verweist auf ein Dokument, das es nicht gibt")
            add(WARNING, text, "synergy", synergy.id, "target_document_id")

    for ref in doc.leitziel_refs:
        broken = _broken_reference(catalogue, ref.themenfeld_id, ref.leitziel_id)
        if broken == "themenfeld_id":
            add(WARNING, message("Leitziel-Bezug ohne gültiges Themenfeld"), "leitziel_ref", ref.id, "themenfeld_id")
        elif isinstance(broken, Themenfeld):
            text = message("Leitziel-Bezug auf ein Leitziel, das {themenfeld} nicht hat", themenfeld=broken.title)
            add(WARNING, text, "leitziel_ref", ref.id, "leitziel_id")

    for link in doc.links:
        if not link.label.strip():
            add(ERROR, message("Link ohne Beschriftung"), "link", link.id, "label")
        if not is_web_url(link.url):
            add(WARNING, _no_web_address(link.url), "link", link.id, "url")

    findings.extend(typed_value_findings(doc))
    findings.extend(note_findings(doc))
    return findings


PLAUSIBLE_YEARS = range(1900, 2101)
"""Years a date in a strategy is expected in; others are likely typing slips (``0225``)."""


def _date_finding(
    value: str, label: Message, doc: Document, kind: str, node_id: int | None, field: str
) -> Finding | None:
    """Return a warning if ``value`` of a date field is no date or an unlikely one."""
    if not is_date(value):
        text = message(
            "{label} „{value}“ ist kein Datum (erwartet z. B. {examples})",
            label=label,
            value=value,
            examples=DATE_EXAMPLES,
        )
        return Finding(WARNING, text, doc.id, kind, node_id, field)
    year = date_year(value)
    if year is not None and year not in PLAUSIBLE_YEARS:
        text = message("{label} „{value}“ liegt im Jahr {year} – Tippfehler?", label=label, value=value, year=year)
        return Finding(WARNING, text, doc.id, kind, node_id, field)
    return None


def typed_value_findings(doc: Document) -> list[Finding]:
    """Return warnings for values kept as typed that are not of their field's form (dates, years).

    The forms never refuse or change a keystroke; what does not look like a date or a
    year is stored as typed and reported here instead.
    """
    findings: list[Finding] = []

    def add(finding: Finding | None) -> None:
        if finding is not None:
            findings.append(finding)

    for goal, _depth in walk(doc.goals):
        label = message("Frist von Ziel „{goal}“:", goal=goal.title[:60])
        add(_date_finding(goal.deadline, label, doc, "goal", goal.id, "deadline"))
        for indicator in goal.indicators:
            if indicator.year.strip() and not is_year(indicator.year):
                text = message(
                    "Zieljahr „{year}“ von Indikator „{name}“ ist keine Jahreszahl",
                    year=indicator.year,
                    name=indicator.name[:60],
                )
                add(Finding(WARNING, text, doc.id, "goal", goal.id, "indicators"))
    for paper, _depth in walk(doc.papers):
        name = paper.reference or message("„{name}“", name=paper.name[:60])
        add(
            _date_finding(paper.date, message("Datum von Beschluss {name}:", name=name), doc, "paper", paper.id, "date")
        )
        for consultation in paper.consultations:
            body = consultation.organization or message("Gremium")
            label = message("Sitzung von {body} zu {name}:", body=body, name=name)
            add(_date_finding(consultation.meeting_date, label, doc, "paper", paper.id, "consultations"))
    return findings


_UNSAFE_TITLE = re.compile(
    r"[#<>\[\]|{}\x00-\x1f\x7f]|~~~|&[A-Za-z0-9#]+;|%[0-9A-Fa-f]{2}|^[\s:]|\s$|^$|^\.\.?(/|$)|/\.\.?(/|$)"
)


def is_wiki_title(name: str) -> bool:
    """Return whether MediaWiki can use ``name`` as a page or category title as it stands."""
    return not _UNSAFE_TITLE.search(name) and len(name.encode("utf-8")) <= 255


def note_findings(doc: Document) -> list[Finding]:
    """Return one finding per note for the author (what an import could not place), until it is deleted."""
    return [
        Finding(
            WARNING,
            message("Offener Hinweis: {note}", note=note if len(note) <= 160 else note[:159] + "…"),
            doc.id,
            "document",
            doc.id,
            "notes",
        )
        for note in doc.note_list()
    ] + [
        Finding(
            WARNING,
            message("Kategorie „{name}“ kann im Wiki kein Titel sein und wird nicht geschrieben", name=name),
            doc.id,
            "document",
            doc.id,
            "categories",
        )
        for name in doc.categories
        if not is_wiki_title(name.strip())
    ]


def validate_documents(documents: Sequence[Document], catalogue: Catalogue) -> list[Finding]:
    """Return the findings for every document of a file, including duplicate page titles."""
    ids = [doc.id for doc in documents if doc.id is not None]
    findings: list[Finding] = []
    for doc in documents:
        others = [other.page_title() for other in documents if other is not doc]
        findings.extend(validate_document(doc, catalogue, others, ids))
    return findings
