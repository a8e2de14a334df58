"""Where a search hit or a finding lives in the tree, and which field to focus.

Only the hit's own item is read (a section, goal or paper, or a document without its
trees), so a jump costs the same in a file of one or a hundred documents. The fields
come from the domain's table of fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.domain.fields import CHOICE, DATE, LINE, MARKDOWN, TEXT, URL, YEAR, fields_of
from editor.services import DocumentNotFoundError, Reader

_TEXTS = frozenset({LINE, TEXT, MARKDOWN, CHOICE, DATE, YEAR, URL})
"""The kinds of field whose text a search can find."""

_OWNERS = {"indicator": ("goal", "indicators"), "consultation": ("paper", "consultations")}
"""List entries shown in the form of their owner: the owner's kind and the list's field."""

_PARTS = {"synergy": ("synergies", "synergies"), "link": ("links", "links"),
          "leitziel_ref": ("themenfelder", "leitziel_refs"), "document_themenfeld": ("themenfelder", "themenfelder")}  # fmt: skip
"""List entries of a document shown in a part of it: the part and the list's field."""

_PAGE_TEXT_PARTS = {"intro": "stammdaten", "themenfelder": "themenfelder", "leitziele": "themenfelder",
                    "goals": "goals", "papers": "papers", "synergies": "synergies", "links": "links"}  # fmt: skip
"""The part whose form edits the page text at a key of ``Document.page_texts`` (``goals.end`` as ``goals``)."""


@dataclass(frozen=True, slots=True)
class Place:
    """A tree node (kind, id) inside a document, and the form field to focus."""

    document_id: int
    kind: str
    node_id: int
    field: str = ""


def place_of(
    reader: Reader, document_id: int, kind: str, node_id: int | None, field: str = "", text: str = ""
) -> Place | None:
    """Return the tree place of an item of ``kind`` in a document (None if it is gone).

    ``text`` (a search snippet) picks the field when ``field`` is not known.
    """
    words = re.findall(r"»([^«]+)«", text) or [w for w in text.replace("…", " ").split() if len(w) > 2]

    def pick(item: object, of_kind: str) -> str:
        if field:
            return field
        values = {f.name: str(getattr(item, f.name)) for f in fields_of(of_kind) if f.type in _TEXTS}
        for name, value in values.items():
            if any(w.casefold() in value.casefold() for w in words):
                return name
        return next(iter(values), "")

    if kind.startswith("page_text:"):  # the prose of a wiki page around a part (the reading view's target)
        key = kind.split(":", 1)[1]
        part = _PAGE_TEXT_PARTS.get(key.removesuffix(".end"))
        return Place(document_id, part, document_id, kind) if part is not None else None
    if kind in ("section", "goal", "paper") and node_id is not None:
        node = reader.node(kind, node_id)
        return Place(document_id, kind, node_id, pick(node, kind)) if node is not None else None
    if kind in _OWNERS and node_id is not None:
        owner_kind, list_field = _OWNERS[kind]
        owner = reader.owner_of(kind, node_id)
        return Place(document_id, owner_kind, owner, list_field) if owner is not None else None
    if kind in _PARTS or field == "themenfelder":
        part, list_field = _PARTS.get(kind, ("themenfelder", "themenfelder"))
        return Place(document_id, part, document_id, list_field)
    try:
        doc = reader.document(document_id, trees=False)
    except DocumentNotFoundError:
        return None
    return Place(document_id, "stammdaten", document_id, pick(doc, "document"))
