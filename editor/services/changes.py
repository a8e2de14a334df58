"""What an operation changed, in domain terms: the change set every view updates from.

Like Anki's ``OpChanges``: an operation (and its undo and redo) says which items were
inserted, removed, moved or retitled and which of their fields changed, and where
siblings now stand. Items are named by kind (``"document"``, ``"section"``, ``"goal"``,
``"paper"``, ``"link"``, ``"indicator"`` …) and id; fields by their names in the domain's
table of fields. Views and item models read only this, never the rows the storage
layer recorded, so a column can be renamed without touching a view.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from editor.domain.tree import paper_label
from editor.storage.queries import child_ids, document_ids, document_of
from editor.storage.repository import Change, Row
from editor.storage.schema import LIST_OWNERS, TREE_TABLES
from editor.storage.sql import Database

TREE_KINDS: tuple[str, ...] = TREE_TABLES
"""The kinds of item that form a tree inside a document: sections, goals, council papers."""

_PLACE = frozenset({"position", "parent_id"})
_NAME_FIELDS: dict[str, frozenset[str]] = {
    "document": frozenset({"title"}),
    "section": frozenset({"title"}),
    "goal": frozenset({"title"}),
    "paper": frozenset({"reference", "name"}),
}
"""The fields that make up what the outline shows for an item."""


@dataclass(frozen=True, slots=True)
class Item:
    """One item of a file: its kind, its id, its document and what it hangs under.

    ``parent_id`` is the parent node of a tree node (None at the top level of its tree)
    and the owner of a list entry (the goal of an indicator, the document of a link …).
    """

    kind: str
    id: int
    document_id: int | None = None
    parent_id: int | None = None

    def key(self) -> tuple[str, int]:
        """Return (kind, id), the item's identity."""
        return (self.kind, self.id)


@dataclass(frozen=True, slots=True)
class Inserted:
    """A new item (or one brought back by undo), with what the outline shows for it."""

    item: Item
    label: str = ""
    """What the outline shows (a paper: number and Betreff)."""
    title: str = ""
    """The text that renaming in place edits (a paper: its Betreff)."""


@dataclass(frozen=True, slots=True)
class Removed:
    """An item that is gone (deleted, or taken back by undo)."""

    item: Item


@dataclass(frozen=True, slots=True)
class Moved:
    """An item whose place changed: ``item.parent_id`` is where it hangs now."""

    item: Item
    from_parent_id: int | None


@dataclass(frozen=True, slots=True)
class Retitled:
    """An item the outline names differently now."""

    item: Item
    label: str
    title: str


@dataclass(frozen=True, slots=True)
class FieldsChanged:
    """Fields of an item that have a new value (its title included)."""

    item: Item
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Order:
    """The children of one parent as they stand now, after an insert, removal or move.

    ``kind`` is a tree kind with ``parent_id`` None for the top level of
    ``document_id``'s tree, or ``"document"`` for the file's list of documents.
    """

    kind: str
    document_id: int | None
    parent_id: int | None
    ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class OpChanges:
    """Everything one operation, undo or redo changed, in domain terms."""

    inserted: tuple[Inserted, ...] = ()
    removed: tuple[Removed, ...] = ()
    moved: tuple[Moved, ...] = ()
    retitled: tuple[Retitled, ...] = ()
    changed: tuple[FieldsChanged, ...] = ()
    orders: tuple[Order, ...] = ()

    def merged(self, later: OpChanges) -> OpChanges:
        """Return the changes of this operation followed by ``later``'s."""
        return OpChanges(
            self.inserted + later.inserted,
            self.removed + later.removed,
            self.moved + later.moved,
            self.retitled + later.retitled,
            self.changed + later.changed,
            self.orders + later.orders,
        )

    def __bool__(self) -> bool:
        return bool(self.inserted or self.removed or self.moved or self.changed)

    @property
    def structural(self) -> bool:
        """Whether items came, went or moved (as opposed to fields changing)."""
        return bool(self.inserted or self.removed or self.moved)

    def items(self) -> Iterable[Item]:
        """Yield every item this change touched."""
        for group in (self.inserted, self.removed, self.moved, self.changed):
            for entry in group:
                yield entry.item

    def touches(self, *kinds: str) -> bool:
        """Return whether an item of one of ``kinds`` was touched."""
        return any(item.kind in kinds for item in self.items())

    def touches_item(self, kind: str, item_id: int) -> bool:
        """Return whether the item (kind, id) came, went, moved or changed."""
        return any(item.key() == (kind, item_id) for item in self.items())

    def content_changed(self, kind: str, item_id: int) -> bool:
        """Return whether the item (kind, id) came, went or has a field with a new value (a move alone is no change)."""
        key = (kind, item_id)
        return any(entry.item.key() == key for group in (self.inserted, self.removed, self.changed) for entry in group)

    def touches_children(self, kind: str, parent_id: int) -> bool:
        """Return whether an item of ``kind`` under ``parent_id`` came, went, moved or changed (an indicator of a goal …)."""
        return any(item.kind == kind and item.parent_id == parent_id for item in self.items())

    def changed_fields(self, kind: str, item_id: int) -> tuple[str, ...]:
        """Return the fields of one item that have a new value (empty if none have)."""
        return next((entry.fields for entry in self.changed if entry.item.key() == (kind, item_id)), ())

    def documents(self) -> frozenset[int]:
        """Return the documents whose content this change touched."""
        return frozenset(item.document_id for item in self.items() if item.document_id is not None)

    def removed_keys(self) -> frozenset[tuple[str, int]]:
        """Return (kind, id) of every removed item."""
        return frozenset(entry.item.key() for entry in self.removed)


def _label(kind: str, row: Mapping[str, Any]) -> tuple[str, str]:
    """Return what the outline shows for a row and what renaming it edits."""
    if kind == "paper":
        return paper_label(str(row.get("reference") or ""), str(row.get("name") or "")), str(row.get("name") or "")
    title = str(row.get("title") or "")
    return title, title


def _parent(kind: str, row: Mapping[str, Any]) -> int | None:
    column = "parent_id" if kind in TREE_KINDS else LIST_OWNERS.get(kind)
    value = row.get(column) if column else None
    return int(value) if value is not None else None


def describe_changes(db: Database, changes: Sequence[Change]) -> OpChanges:
    """Return the change set of the recorded ``changes``, read inside their transaction.

    A row changed several times counts once (its first ``before``, its last ``after``);
    a row inserted and deleted again is no change. Where tree nodes or documents came,
    went or moved, the new order of their siblings is read from the file.
    """
    first: dict[tuple[str, int], Row | None] = {}
    last: dict[tuple[str, int], Row | None] = {}
    for change in changes:
        key = (change.table, change.row_id)
        first.setdefault(key, change.before)
        last[key] = change.after
    documents = _documents_of(db, first, last)

    def item(kind: str, row_id: int, row: Mapping[str, Any]) -> Item:
        return Item(kind, row_id, documents.get((kind, row_id)), _parent(kind, row))

    inserted: list[Inserted] = []
    removed: list[Removed] = []
    moved: list[Moved] = []
    retitled: list[Retitled] = []
    changed: list[FieldsChanged] = []
    places: set[tuple[str, int | None, int | None]] = set()

    def place(kind: str, row_id: int, row: Mapping[str, Any]) -> None:
        if kind == "document":
            places.add(("document", None, None))
        elif kind in TREE_KINDS and documents.get((kind, row_id)) is not None:
            places.add((kind, documents[(kind, row_id)], _parent(kind, row)))

    for key, before in first.items():
        after = last[key]
        kind, row_id = key
        if before is None and after is None:
            continue
        if before is None:
            assert after is not None
            label, title = _label(kind, after)
            inserted.append(Inserted(item(kind, row_id, after), label, title))
            place(kind, row_id, after)
            continue
        if after is None:
            removed.append(Removed(item(kind, row_id, before)))
            place(kind, row_id, before)
            continue
        fields = tuple(name for name in after if name != "id" and before.get(name) != after.get(name))
        current = item(kind, row_id, after)
        if _PLACE & set(fields):
            moved.append(Moved(current, _parent(kind, before)))
            place(kind, row_id, before)
            place(kind, row_id, after)
        named = [name for name in fields if name not in _PLACE]
        if named:
            changed.append(FieldsChanged(current, tuple(named)))
        if _NAME_FIELDS.get(kind, frozenset()) & set(named):
            label, title = _label(kind, after)
            retitled.append(Retitled(current, label, title))
    return OpChanges(
        tuple(inserted),
        tuple(removed),
        tuple(moved),
        tuple(retitled),
        tuple(changed),
        _orders(db, places, first, last),
    )


def _documents_of(
    db: Database, first: Mapping[tuple[str, int], Row | None], last: Mapping[tuple[str, int], Row | None]
) -> dict[tuple[str, int], int | None]:
    """Return the document of every changed row (from the rows themselves where they say it)."""
    result: dict[tuple[str, int], int | None] = {}
    for key in first:
        kind, row_id = key
        row = last[key] or first[key] or {}
        if kind == "document":
            result[key] = row_id
        elif row.get("document_id") is not None:
            result[key] = int(row["document_id"])
    for key in first:
        if key in result:
            continue
        kind, row_id = key
        row = last[key] or first[key] or {}
        owner_kind = {"indicator": "goal", "consultation": "paper"}.get(kind)
        owner_id = _parent(kind, row)
        if owner_kind is not None and owner_id is not None:
            owner = last.get((owner_kind, owner_id)) or first.get((owner_kind, owner_id))
            if owner is not None:
                result[key] = int(owner["document_id"])
                continue
            result[key] = document_of(db, owner_kind, owner_id)
        else:
            result[key] = None
    return result


def _orders(
    db: Database,
    places: set[tuple[str, int | None, int | None]],
    first: Mapping[tuple[str, int], Row | None],
    last: Mapping[tuple[str, int], Row | None],
) -> tuple[Order, ...]:
    """Return the new order of the children of every outline parent whose children came, went or moved."""
    gone = {key for key, row in last.items() if row is None}
    new = {key for key, row in first.items() if row is None and last[key] is not None}
    new_children: dict[tuple[str, int | None, int | None], list[tuple[int, int]]] = {}
    for (kind, row_id), row in last.items():
        if (kind, row_id) in new and kind in TREE_KINDS and row is not None:
            place = (kind, int(row["document_id"]), _parent(kind, row))
            new_children.setdefault(place, []).append((int(row["position"]), row_id))
    orders: list[Order] = []
    for kind, document_id, parent_id in sorted(places, key=lambda p: (p[0], p[1] or 0, p[2] or 0)):
        if kind == "document":
            orders.append(Order("document", None, None, tuple(document_ids(db))))
            continue
        assert document_id is not None
        if (parent_id is not None and (kind, parent_id) in gone) or ("document", document_id) in gone:
            continue  # removed along with its parent
        if (parent_id is not None and (kind, parent_id) in new) or ("document", document_id) in new:
            # A new parent has only new children, and their rows say the order.
            ids = tuple(row_id for _, row_id in sorted(new_children.get((kind, document_id, parent_id), [])))
        else:
            ids = tuple(child_ids(db, kind, document_id, parent_id))
        orders.append(Order(kind, document_id, parent_id, ids))
    return tuple(orders)
