"""A document as readable plain text: what ``show`` prints and Fassungen are compared on.

The labels are German :class:`~editor.domain.messages.Message` templates, the fields' from
the table of fields (:mod:`editor.domain.fields`); ``say`` turns each into text (``str``, German, for the command line; the window passes its translator).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from editor.domain.fields import label
from editor.domain.messages import Message, message
from editor.domain.model import Catalogue, Document
from editor.domain.tree import walk

_GOAL_LEVELS = (message("Leitziel"), message("Handlungsziel"), message("Maßnahme"))
_STATUSES = {
    m.template: m
    for m in (
        *(message("Entwurf"), message("in Abstimmung"), message("beschlossen"), message("veröffentlicht")),
        *(message("offen"), message("in Umsetzung"), message("umgesetzt"), message("zurückgestellt")),
    )
}
"""The fixed status values (``STATUSES``, ``GOAL_STATUSES``), so the window can name them in its language."""


PAGE_TEXT_PLACES: dict[str, Message] = {
    "intro": message("Text vor dem ersten Abschnitt"),
    "themenfelder": message("Text über den Themenfeld-Symbolen"),
    "themenfelder.end": message("Text unter den Themenfeld-Symbolen"),
    "goals": message("Text über den Zielen"),
    "goals.end": message("Text unter den Zielen"),
    "synergies": message("Text über den Synergien"),
    "synergies.end": message("Text unter den Synergien"),
    "leitziele": message("Text über den Leitziel-Bezügen"),
    "papers": message("Text über den Beschlüssen"),
    "papers.end": message("Text unter den Beschlüssen"),
    "links": message("Text über den Links"),
    "links.end": message("Text unter den Links"),
}
"""What each place of ``Document.page_texts`` (``PAGE_TEXT_KEYS``) is called for the user."""


def _status(value: str, say: Callable[[Message], str]) -> str:
    known = _STATUSES.get(value)
    return say(known) if known is not None else value


def _indent(text: str, prefix: str) -> list[str]:
    return [prefix + line if line else prefix.rstrip() for line in text.splitlines()]


def render_outline(
    doc: Document, catalogue: Catalogue, titles: Mapping[int, str] | None = None, say: Callable[[Message], str] = str
) -> str:
    """Return the whole document as an indented outline, one field per line, labels through ``say``."""
    titles = titles or {}
    out: list[str] = [say(message("Dokument {id}: {title}", id=doc.id, title=doc.title))]
    for name in ("wiki_title", "art", "scope", "responsible", "year", "status"):
        value = _status(doc.status, say) if name == "status" else str(getattr(doc, name))
        out.append(f"  {say(label('document', name))}: {value}")
    for key, value in doc.extra_params.items():
        out.append("  " + say(message("Weiterer Infobox-Parameter {key}: {value}", key=key, value=value)))
    names = [
        tf.title if (tf := catalogue.by_id(i)) else say(message("(Themenfeld {id})", id=i)) for i in doc.themenfeld_ids
    ]
    out.append(f"  {say(label('document', 'themenfelder'))}: {', '.join(names) if names else '—'}")
    for tf_id, icon in doc.themenfeld_icons.items():
        tf = catalogue.by_id(tf_id)
        name = tf.title if tf else say(message("(Themenfeld {id})", id=tf_id))
        out.append("  " + say(message("Symbol für {themenfeld}: {icon}", themenfeld=name, icon=icon)))
    if doc.categories:
        out.append(f"  {say(label('document', 'categories'))}: {', '.join(doc.categories)}")
    for key, text in doc.page_texts.items():
        place = PAGE_TEXT_PLACES.get(key)
        out.append(f"  {say(place) if place else key}:")
        out.extend(_indent(text, "    "))
    for note in doc.note_list():
        out.append("  " + say(message("Hinweis: {note}", note=note)))

    out.append(say(message("Abschnitte")))
    for section, depth in walk(doc.sections):
        pad = "  " * (depth + 1)
        out.append(f"{pad}{'#' * (depth + 1)} {section.title}")
        out.extend(_indent(section.body, pad + "  "))

    out.append(say(message("Ziele")))
    for goal, depth in walk(doc.goals):
        pad = "  " * (depth + 1)
        out.append(f"{pad}- {say(_GOAL_LEVELS[min(depth, len(_GOAL_LEVELS) - 1)])}: {goal.title}")
        details = [
            f"{say(label('goal', name))}: {value}"
            for name, value in (
                ("owner", goal.owner),
                ("deadline", goal.deadline),
                ("status", _status(goal.status, say)),
            )
            if value
        ]
        tf = catalogue.by_id(goal.themenfeld_id)
        if tf is not None:
            lz = tf.leitziel(goal.leitziel_id)
            details.append(f"{say(message('Bezug'))}: {tf.title}" + (f" – {lz.title}" if lz else ""))
        if details:
            out.append(f"{pad}  ({'; '.join(details)})")
        out.extend(_indent(goal.description, pad + "  "))
        for ind in goal.indicators:
            indicator = message(
                "Indikator: {name} [{unit}] Ausgangswert {baseline}, Ziel {target} ({year})",
                name=ind.name,
                unit=ind.unit,
                baseline=ind.baseline,
                target=ind.target,
                year=ind.year,
            )
            out.append(f"{pad}  {say(indicator)}")

    out.append(say(message("Beschlüsse")))
    for paper, depth in walk(doc.papers):
        pad = "  " * (depth + 1)
        visibility = say(message("öffentlich") if paper.public else message("nichtöffentlich"))
        date = paper.date or say(message("ohne Datum"))
        out.append(f"{pad}- {paper.paper_type} {paper.reference}: {paper.name} ({date}, {visibility})")
        for name in (
            "system", "url", "under_direction_of", "involved", "decision_proposal", "reasoning", "financial_impact",
            "attachments",
        ):  # fmt: skip
            value = str(getattr(paper, name))
            if value:
                lines = value.splitlines() or [""]
                out.append(f"{pad}  {say(label('paper', name))}: {lines[0]}")
                out.extend(_indent("\n".join(lines[1:]), pad + "    "))
        for c in paper.consultations:
            parts = ", ".join((c.organization, c.meeting_date, c.role, c.result)).rstrip(", ")
            out.append(f"{pad}  {say(message('Beratung'))}: {parts}")

    out.append(say(message("Synergien")))
    for synergy in doc.synergies:
        target = ""
        if synergy.target_document_id is not None:
            target = titles.get(synergy.target_document_id) or say(
                message("Dokument {id}", id=synergy.target_document_id)
            )
        out.append("  - " + " – ".join(part for part in (target, synergy.text) if part))

    out.append(say(message("Leitziel-Bezüge")))
    for ref in doc.leitziel_refs:
        tf = catalogue.by_id(ref.themenfeld_id)
        lz = tf.leitziel(ref.leitziel_id) if tf else None
        free = ref.leitziel_title if ref.is_free() else ""
        anchor = f" (#{ref.leitziel_anchor})" if free and ref.leitziel_anchor != free and ref.leitziel_anchor else ""
        name = (tf.title if tf else "?") + (f" – {lz.title}" if lz else f" – {free}{anchor}" if free else "")
        out.append(f"  - {name}" + (f": {ref.note}" if ref.note else ""))

    out.append(say(message("Links & Downloads")))
    for link in doc.links:
        out.append(f"  - {link.label} <{link.url}>")
    return "\n".join(out) + "\n"
