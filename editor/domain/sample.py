"""Documents of the portable JSON form as domain objects, with ids assigned in memory.

The builders behind the bundled sample of :mod:`editor.services.sample` (which reads the
files; the domain reads none).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import count
from typing import Any

from editor.domain.model import Catalogue, Document
from editor.domain.serialize import document_from_dict
from editor.domain.tree import walk


def number_catalogue(catalogue: Catalogue) -> Catalogue:
    """Give every Themenfeld and Leitziel without an id a fresh one, in order."""
    ids = count(1)
    leitziel_ids = count(1)
    for tf in catalogue.themenfelder:
        tf.id = tf.id if tf.id is not None else next(ids)
        for lz in tf.leitziele:
            lz.id = lz.id if lz.id is not None else next(leitziel_ids)
    return catalogue


def _number_document(doc: Document, ids: Iterable[int]) -> None:
    numbers = iter(ids)
    for section, _ in walk(doc.sections):
        section.id = next(numbers)
    for goal, _ in walk(doc.goals):
        goal.id = next(numbers)
        for indicator in goal.indicators:
            indicator.id = next(numbers)
    for paper, _ in walk(doc.papers):
        paper.id = next(numbers)
        for consultation in paper.consultations:
            consultation.id = next(numbers)
    for item in (*doc.synergies, *doc.leitziel_refs, *doc.links):
        item.id = next(numbers)


def build_documents(data: Mapping[str, Any], catalogue: Catalogue) -> list[Document]:
    """Return the documents of a portable JSON dict, numbered 1, 2, … in memory."""
    entries = list(data.get("documents", []))
    page_ids = {str(entry.get("wiki_title") or entry.get("title")): n for n, entry in enumerate(entries, 1)}
    documents: list[Document] = []
    node_ids = count(1)
    for n, entry in enumerate(entries, 1):
        doc = document_from_dict(entry, catalogue, page_ids)
        doc.id = n
        _number_document(doc, node_ids)
        documents.append(doc)
    return documents
