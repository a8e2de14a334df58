"""Documents and the catalogue as plain JSON-ready dicts (Fassungen, the sample, tests).

``document_to_dict`` writes ids as numbers. ``document_from_dict`` also reads the
portable form used by the bundled sample, where Themenfelder and Leitziele are named
by title and Synergien by the target's wiki page title.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, cast

from editor.domain.model import (
    Catalogue,
    Consultation,
    CouncilPaper,
    Document,
    Goal,
    Indicator,
    Leitziel,
    LeitzielRef,
    Link,
    Section,
    Synergy,
    Themenfeld,
)

JsonDict = dict[str, Any]


def to_dict(obj: object) -> JsonDict:
    """Return any domain dataclass as a nested dict."""
    return dataclasses.asdict(cast(Any, obj))


def _text(data: Mapping[str, Any], key: str, default: str = "") -> str:
    value = data.get(key, default)
    return default if value is None else str(value)


def _opt_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def catalogue_from_dict(data: Mapping[str, Any]) -> Catalogue:
    """Return the Themenfeld catalogue from its dict form."""
    return Catalogue(
        [
            Themenfeld(
                title=_text(tf, "title"),
                wiki_page=_text(tf, "wiki_page"),
                icon=_text(tf, "icon"),
                category=_text(tf, "category"),
                leitziele=[
                    Leitziel(title=_text(lz, "title"), anchor=_text(lz, "anchor"), id=_opt_int(lz.get("id")))
                    for lz in tf.get("leitziele", [])
                ],
                id=_opt_int(tf.get("id")),
            )
            for tf in data.get("themenfelder", [])
        ]
    )


class _Resolver:
    """Turns Themenfeld/Leitziel/document references (ids or titles) into ids."""

    def __init__(self, catalogue: Catalogue | None, page_ids: Mapping[str, int]) -> None:
        self.catalogue = catalogue or Catalogue()
        self.page_ids = page_ids

    def themenfeld(self, value: Any) -> int | None:
        if isinstance(value, str):
            tf = self.catalogue.by_title(value)
            return tf.id if tf else None
        return _opt_int(value)

    def leitziel(self, themenfeld_id: int | None, value: Any) -> int | None:
        if isinstance(value, str):
            tf = self.catalogue.by_id(themenfeld_id)
            if tf is None:
                return None
            wanted = value.strip().casefold()
            return next((lz.id for lz in tf.leitziele if lz.title.casefold() == wanted), None)
        return _opt_int(value)

    def document(self, value: Any) -> int | None:
        if isinstance(value, str):
            return self.page_ids.get(value)
        return _opt_int(value)


def _section(data: Mapping[str, Any]) -> Section:
    return Section(
        title=_text(data, "title"),
        body=_text(data, "body"),
        children=[_section(child) for child in data.get("children", [])],
        id=_opt_int(data.get("id")),
    )


def _goal(data: Mapping[str, Any], resolve: _Resolver) -> Goal:
    themenfeld_id = resolve.themenfeld(data.get("themenfeld_id", data.get("themenfeld")))
    return Goal(
        title=_text(data, "title"),
        description=_text(data, "description"),
        themenfeld_id=themenfeld_id,
        leitziel_id=resolve.leitziel(themenfeld_id, data.get("leitziel_id", data.get("leitziel"))),
        owner=_text(data, "owner"),
        deadline=_text(data, "deadline"),
        status=_text(data, "status"),
        indicators=[
            Indicator(
                name=_text(ind, "name"),
                unit=_text(ind, "unit"),
                baseline=_text(ind, "baseline"),
                target=_text(ind, "target"),
                year=_text(ind, "year"),
                id=_opt_int(ind.get("id")),
            )
            for ind in data.get("indicators", [])
        ],
        children=[_goal(child, resolve) for child in data.get("children", [])],
        id=_opt_int(data.get("id")),
    )


def _paper(data: Mapping[str, Any]) -> CouncilPaper:
    return CouncilPaper(
        reference=_text(data, "reference"),
        name=_text(data, "name"),
        paper_type=_text(data, "paper_type", "Vorlage"),
        date=_text(data, "date"),
        system=_text(data, "system"),
        url=_text(data, "url"),
        under_direction_of=_text(data, "under_direction_of"),
        involved=_text(data, "involved"),
        public=bool(data.get("public", True)),
        decision_proposal=_text(data, "decision_proposal"),
        reasoning=_text(data, "reasoning"),
        financial_impact=_text(data, "financial_impact"),
        attachments=_text(data, "attachments"),
        consultations=[
            Consultation(
                organization=_text(c, "organization"),
                meeting_date=_text(c, "meeting_date"),
                role=_text(c, "role"),
                result=_text(c, "result"),
                id=_opt_int(c.get("id")),
            )
            for c in data.get("consultations", [])
        ],
        children=[_paper(child) for child in data.get("children", [])],
        id=_opt_int(data.get("id")),
    )


def document_from_dict(
    data: Mapping[str, Any], catalogue: Catalogue | None = None, page_ids: Mapping[str, int] | None = None
) -> Document:
    """Return a document from its dict form; titles are resolved through ``catalogue``."""
    resolve = _Resolver(catalogue, page_ids or {})
    themenfelder = data.get("themenfeld_ids", data.get("themenfelder", []))
    refs: list[LeitzielRef] = []
    for ref in data.get("leitziel_refs", []):
        tf_id = resolve.themenfeld(ref.get("themenfeld_id", ref.get("themenfeld")))
        refs.append(
            LeitzielRef(
                themenfeld_id=tf_id,
                leitziel_id=resolve.leitziel(tf_id, ref.get("leitziel_id", ref.get("leitziel"))),
                note=_text(ref, "note"),
                id=_opt_int(ref.get("id")),
                leitziel_title=_text(ref, "leitziel_title"),
                leitziel_anchor=_text(ref, "leitziel_anchor"),
            )
        )
    icons: dict[int, str] = {}
    for key, value in dict(data.get("themenfeld_icons", {})).items():
        tf_id = resolve.themenfeld(int(key) if isinstance(key, str) and key.isdigit() else key)
        if tf_id is not None and value:
            icons[tf_id] = str(value)
    return Document(
        title=_text(data, "title"),
        wiki_title=_text(data, "wiki_title"),
        art=_text(data, "art"),
        scope=_text(data, "scope"),
        responsible=_text(data, "responsible"),
        year=_text(data, "year"),
        status=_text(data, "status", "Entwurf"),
        themenfeld_ids=[i for i in (resolve.themenfeld(v) for v in themenfelder) if i is not None],
        sections=[_section(s) for s in data.get("sections", [])],
        goals=[_goal(g, resolve) for g in data.get("goals", [])],
        papers=[_paper(p) for p in data.get("papers", [])],
        synergies=[
            Synergy(
                target_document_id=resolve.document(s.get("target_document_id", s.get("target"))),
                text=_text(s, "text"),
                id=_opt_int(s.get("id")),
            )
            for s in data.get("synergies", [])
        ],
        leitziel_refs=refs,
        links=[
            Link(label=_text(li, "label"), url=_text(li, "url"), id=_opt_int(li.get("id")))
            for li in data.get("links", [])
        ],
        extra_params={str(k): str(v) for k, v in dict(data.get("extra_params", {})).items()},
        id=_opt_int(data.get("id")),
        categories=[str(c) for c in data.get("categories", [])],
        themenfeld_icons=icons,
        page_texts={str(k): str(v) for k, v in dict(data.get("page_texts", {})).items()},
        notes=_text(data, "notes"),
    )
