"""Where a search hit or a finding lives in the tree, and which field to focus."""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.domain.model import Document
from editor.domain.tree import walk


@dataclass(frozen=True, slots=True)
class Place:
    """A tree node (kind, id) inside a document, and the form field to focus."""

    document_id: int
    kind: str
    node_id: int
    field: str = ""


DOCUMENT_FIELDS = ("title", "wiki_title", "art", "scope", "responsible", "year", "status")


def place_of(doc: Document, kind: str, node_id: int | None, field: str = "", text: str = "") -> Place:
    """Return the tree place of a row of ``kind`` (a table name) in ``doc``.

    ``text`` (a search snippet) picks the field when ``field`` is not known.
    """
    assert doc.id is not None
    words = re.findall(r"»([^«]+)«", text) or [w for w in text.replace("…", " ").split() if len(w) > 2]

    def pick(values: dict[str, str]) -> str:
        if field:
            return field
        for name, value in values.items():
            if any(w.casefold() in value.casefold() for w in words):
                return name
        return next(iter(values), "")

    if kind in ("section", "goal", "paper") and node_id is not None:
        values: dict[str, str] = {}
        if kind == "section":
            for s, _ in walk(doc.sections):
                if s.id == node_id:
                    values = {"title": s.title, "body": s.body}
        elif kind == "goal":
            for g, _ in walk(doc.goals):
                if g.id == node_id:
                    values = {"title": g.title, "description": g.description, "owner": g.owner}
        else:
            for p, _ in walk(doc.papers):
                if p.id == node_id:
                    values = {
                        "reference": p.reference,
                        "name": p.name,
                        "decision_proposal": p.decision_proposal,
                        "reasoning": p.reasoning,
                        "financial_impact": p.financial_impact,
                        "attachments": p.attachments,
                    }
        return Place(doc.id, kind, node_id, pick(values))
    if kind == "indicator":
        for g, _ in walk(doc.goals):
            if any(i.id == node_id for i in g.indicators):
                assert g.id is not None
                return Place(doc.id, "goal", g.id, "indicators")
    if kind == "consultation":
        for p, _ in walk(doc.papers):
            if any(c.id == node_id for c in p.consultations):
                assert p.id is not None
                return Place(doc.id, "paper", p.id, "consultations")
    if kind == "synergy":
        return Place(doc.id, "synergies", doc.id, "synergies")
    if kind == "link":
        return Place(doc.id, "links", doc.id, "links")
    if kind in ("leitziel_ref", "document_themenfeld") or field == "themenfelder":
        return Place(doc.id, "themenfelder", doc.id, "leitziel_refs" if kind == "leitziel_ref" else "themenfelder")
    values = {
        "title": doc.title,
        "wiki_title": doc.wiki_title,
        "art": doc.art,
        "scope": doc.scope,
        "responsible": doc.responsible,
        "year": doc.year,
        "status": doc.status,
    }
    return Place(doc.id, "stammdaten", doc.id, pick(values))
