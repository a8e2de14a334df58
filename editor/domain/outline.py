"""A document as readable plain text: what ``show`` prints and Fassungen are compared on."""

from __future__ import annotations

from collections.abc import Mapping

from editor.domain.model import Catalogue, Document, goal_level
from editor.domain.tree import walk


def _indent(text: str, prefix: str) -> list[str]:
    return [prefix + line if line else prefix.rstrip() for line in text.splitlines()]


def render_outline(doc: Document, catalogue: Catalogue, titles: Mapping[int, str] | None = None) -> str:
    """Return the whole document as an indented German outline, one field per line."""
    titles = titles or {}
    out: list[str] = [f"Dokument {doc.id}: {doc.title}"]
    for label, value in (
        ("Wiki-Seitentitel", doc.wiki_title),
        ("Art", doc.art),
        ("Räumlicher Geltungsbereich", doc.scope),
        ("Zuständigkeit", doc.responsible),
        ("Jahr der Veröffentlichung", doc.year),
        ("Status", doc.status),
    ):
        out.append(f"  {label}: {value}")
    for key, value in doc.extra_params.items():
        out.append(f"  Weiterer Infobox-Parameter {key}: {value}")
    names = [tf.title if (tf := catalogue.by_id(i)) else f"(Themenfeld {i})" for i in doc.themenfeld_ids]
    out.append(f"  Themenfelder: {', '.join(names) if names else '—'}")

    out.append("Abschnitte")
    for section, depth in walk(doc.sections):
        pad = "  " * (depth + 1)
        out.append(f"{pad}{'#' * (depth + 1)} {section.title}")
        out.extend(_indent(section.body, pad + "  "))

    out.append("Ziele")
    for goal, depth in walk(doc.goals):
        pad = "  " * (depth + 1)
        out.append(f"{pad}- {goal_level(depth)}: {goal.title}")
        details = [
            f"{label}: {value}"
            for label, value in (("Verantwortlich", goal.owner), ("Frist", goal.deadline), ("Status", goal.status))
            if value
        ]
        tf = catalogue.by_id(goal.themenfeld_id)
        if tf is not None:
            lz = tf.leitziel(goal.leitziel_id)
            details.append(f"Bezug: {tf.title}" + (f" – {lz.title}" if lz else ""))
        if details:
            out.append(f"{pad}  ({'; '.join(details)})")
        out.extend(_indent(goal.description, pad + "  "))
        for ind in goal.indicators:
            out.append(
                f"{pad}  Indikator: {ind.name} [{ind.unit}] Ausgangswert {ind.baseline}, Ziel {ind.target} ({ind.year})"
            )

    out.append("Beschlüsse")
    for paper, depth in walk(doc.papers):
        pad = "  " * (depth + 1)
        visibility = "öffentlich" if paper.public else "nichtöffentlich"
        out.append(
            f"{pad}- {paper.paper_type} {paper.reference}: {paper.name} ({paper.date or 'ohne Datum'}, {visibility})"
        )
        for label, value in (
            ("System", paper.system),
            ("Link", paper.url),
            ("Federführung", paper.under_direction_of),
            ("Beteiligt", paper.involved),
            ("Beschlussvorschlag", paper.decision_proposal),
            ("Sachverhalt", paper.reasoning),
            ("Finanzielle Auswirkungen", paper.financial_impact),
            ("Anlagen", paper.attachments),
        ):
            if value:
                lines = value.splitlines() or [""]
                out.append(f"{pad}  {label}: {lines[0]}")
                out.extend(_indent("\n".join(lines[1:]), pad + "    "))
        for c in paper.consultations:
            out.append(f"{pad}  Beratung: {c.organization}, {c.meeting_date}, {c.role}, {c.result}".rstrip(", "))

    out.append("Synergien")
    for synergy in doc.synergies:
        target = ""
        if synergy.target_document_id is not None:
            target = titles.get(synergy.target_document_id, f"Dokument {synergy.target_document_id}")
        out.append("  - " + " – ".join(part for part in (target, synergy.text) if part))

    out.append("Leitziel-Bezüge")
    for ref in doc.leitziel_refs:
        tf = catalogue.by_id(ref.themenfeld_id)
        lz = tf.leitziel(ref.leitziel_id) if tf else None
        name = (tf.title if tf else "?") + (f" – {lz.title}" if lz else "")
        out.append(f"  - {name}" + (f": {ref.note}" if ref.note else ""))

    out.append("Links & Downloads")
    for link in doc.links:
        out.append(f"  - {link.label} <{link.url}>")
    return "\n".join(out) + "\n"
