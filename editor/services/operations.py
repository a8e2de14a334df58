"""Every change a user makes, as one transaction that returns its undo record.

The views and the command line change a file only through ``Operations``. Each method
runs one durable transaction and returns an ``UndoRecord``: what changed in domain
terms (``changes``, an ``OpChanges``: items inserted, removed, moved, retitled, fields
changed), which tells a view what to refresh, and the rows before and after, which
``undo``/``redo`` apply backwards and forwards. The UI wraps records in a
``QUndoStack``; ``History`` is the same stack without Qt, for scripts and tests.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal, cast

from editor.domain.fields import KINDS
from editor.domain.fields import field as field_of
from editor.domain.messages import Message, message
from editor.domain.model import PAGE_TEXT_KEYS, Document, Goal, Section
from editor.domain.settings import SETTING_KEYS, SETTINGS, with_defaults
from editor.services.changes import OpChanges, describe_changes
from editor.services.errors import OperationError
from editor.storage.integrity import SnapshotError, validate_snapshot
from editor.storage.queries import (
    all_ids,
    column_names,
    defer_foreign_keys,
    document_themenfelder,
    existing_ids,
    referring_ids,
    setting_rows,
    sibling_ids,
    subtree_ids,
    synergies_to,
    trial,
    version_row,
)
from editor.storage.repository import DOCUMENT_TABLES, Change, Recorder, Row, document_rows, get_row
from editor.storage.schema import LIST_OWNERS, TREE_TABLES
from editor.storage.sql import Database
from editor.storage.workspace import Workspace

_FIXED_COLUMNS = {"id", "position", "parent_id", "document_id", "goal_id", "paper_id"}
_NAME_COLUMNS = ("title", "name", "label", "organization")

Verb = Literal[
    "add", "create", "insert", "change", "delete", "move", "move_up", "move_down", "indent", "outdent", "save",
    "restore", "pull",
]  # fmt: skip
"""What a user did to an item: the first word of an undo step, put into words by the views."""

VERBS: dict[str, Message] = {
    "add": message("{subject} hinzugefügt"),
    "create": message("{subject} angelegt"),
    "insert": message("{subject} eingefügt"),
    "change": message("{subject} geändert"),
    "delete": message("{subject} gelöscht"),
    "move": message("{subject} verschoben"),
    "move_up": message("{subject} nach oben verschoben"),
    "move_down": message("{subject} nach unten verschoben"),
    "indent": message("{subject} eingerückt"),
    "outdent": message("{subject} ausgerückt"),
    "save": message("{subject} gespeichert"),
    "restore": message("{subject} wiederhergestellt"),
    "pull": message("{subject} aus dem Wiki geholt"),
}
"""Each verb as a sentence about its subject (``{subject}``)."""


def _listing(items: Sequence[Message]) -> Message:
    """Return "A, B, C" of several messages, each translatable."""
    if len(items) == 1:
        return items[0]
    return message("{first}, {rest}", first=items[0], rest=_listing(items[1:]))


@dataclass(frozen=True, slots=True)
class Description:
    """What a user did, in parts, so that each view can say it in its own language.

    ``kind`` is the kind of item (``"section"``, ``"link"`` …, a key of the domain's
    ``KINDS``), ``name`` what the tree or list shows for it (may be empty), ``fields`` the
    fields a change touched (names in the domain's table of fields), ``count`` the
    sub-items a delete took along.
    """

    verb: Verb
    kind: str
    name: str = ""
    fields: tuple[str, ...] = ()
    count: int = 0

    def sentence(self) -> Message:
        """Return the description as a sentence fragment ("Abschnitt „Ziele“: Text geändert") to say in any language."""
        kind = KINDS.get(self.kind, Message(""))
        subject = message("{kind} „{name}“", kind=kind, name=self.name) if self.name else kind
        labels = [known.label for f in self.fields if (known := field_of(self.kind, f)) is not None]
        # A field the table does not name stays unnamed: a column name is no word for a user.
        if self.verb == "change" and labels and len(labels) == len(self.fields):
            return message("{subject}: {fields} geändert", subject=subject, fields=_listing(labels))
        if self.verb == "delete" and self.count == 1:
            return message("{subject} mit einem Unterpunkt gelöscht", subject=subject)
        if self.verb == "delete" and self.count > 1:
            return message("{subject} mit {count} Unterpunkten gelöscht", subject=subject, count=self.count)
        return Message(VERBS[self.verb].template, {"subject": subject})

    def german(self) -> str:
        """Return the description as a German sentence fragment (the command line; the window translates)."""
        return str(self.sentence())


@dataclass(frozen=True, slots=True)
class UndoRecord:
    """What one user action changed; undo and redo apply it backwards and forwards."""

    description: Description
    rows: tuple[Change, ...]
    """The rows before and after: what undo and redo apply (the services' business; views read ``changes``)."""
    document_id: int | None = None
    created_id: int | None = None
    replay: Literal["undo", "redo"] | None = None
    """Set on the record an ``undo``/``redo`` returns: this was the action taken back or done again."""
    changes: OpChanges = field(default_factory=OpChanges)
    """What changed, in domain terms: what the views update from."""

    @property
    def label(self) -> str:
        """Return what the action did in German (the command line and scripts; the UI translates)."""
        text = self.description.german()
        if self.replay == "undo":
            return f"Rückgängig gemacht: {text}"
        return f"Wiederholt: {text}" if self.replay == "redo" else text

    def merged(self, later: UndoRecord) -> UndoRecord:
        """Return one record doing this and then ``later`` (consecutive saves of one field, one undo step)."""
        return replace(self, rows=self.rows + later.rows, changes=self.changes.merged(later.changes))


def _updater(table: str, row_id: int, values: Mapping[str, Any]) -> Callable[[Recorder], None]:
    def action(rec: Recorder) -> None:
        rec.update(table, row_id, values)

    return action


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _name_of(table: str, row: Mapping[str, Any]) -> str:
    """Return what the tree or a list shows for ``row``, shortened; "" if it has no name."""
    if table == "paper":
        text = " – ".join(str(row[k]) for k in ("reference", "name") if row.get(k))
    else:
        text = next((str(row[k]) for k in _NAME_COLUMNS if row.get(k)), "")
    return _short(text)


class Operations:
    """The operations a user performs on one open workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._columns: dict[str, list[str]] = {}

    @property
    def db(self) -> Database:
        """The workspace's database."""
        return self.workspace.db

    # --- plumbing -----------------------------------------------------------------

    def _run(
        self, description: Description, document_id: int | None, action: Callable[[Recorder], int | None]
    ) -> UndoRecord:
        with self.workspace.transaction() as db:
            # Foreign keys are checked at COMMIT, so a subtree can be written in any order.
            defer_foreign_keys(db)
            recorder = Recorder(db)
            created = action(recorder)
            changes = describe_changes(db, recorder.changes)
        return UndoRecord(description, tuple(recorder.changes), document_id, created, changes=changes)

    def undo(self, record: UndoRecord) -> UndoRecord:
        """Undo ``record`` in one transaction; return what that changed."""
        inverse = [change.inverted() for change in reversed(record.rows)]
        return replace(self._replay(record, inverse), replay="undo")

    def redo(self, record: UndoRecord) -> UndoRecord:
        """Apply ``record`` again after an undo; return what that changed."""
        return replace(self._replay(record, list(record.rows)), replay="redo")

    def _replay(self, record: UndoRecord, changes: Sequence[Change]) -> UndoRecord:
        def action(rec: Recorder) -> None:
            for change in changes:
                rec.apply(change)

        return self._run(record.description, record.document_id, action)

    def columns(self, table: str) -> list[str]:
        """Return the columns of ``table`` a user may edit."""
        if table not in self._columns:
            owner = LIST_OWNERS.get(table)
            names = column_names(self.db, table)
            self._columns[table] = [name for name in names if name not in _FIXED_COLUMNS and name != owner]
        return self._columns[table]

    def _clean(self, table: str, fields: Mapping[str, Any]) -> dict[str, Any]:
        allowed = self.columns(table)
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key not in allowed:
                raise ValueError(f"{table} has no editable field {key!r}")
            if key == "public":
                clean[key] = 1 if value else 0
            elif key in ("extra_params", "page_texts"):
                clean[key] = json.dumps(dict(value), ensure_ascii=False) if not isinstance(value, str) else value
            elif key == "categories":
                clean[key] = (
                    json.dumps([str(v) for v in value], ensure_ascii=False) if not isinstance(value, str) else value
                )
            elif key.endswith("_id"):
                clean[key] = int(value) if value is not None else None
            else:
                clean[key] = "" if value is None else str(value)
        return clean

    def _row(self, table: str, row_id: int) -> Row:
        row = get_row(self.db, table, row_id)
        if row is None:
            kind = KINDS.get(table, Message(table))
            raise OperationError("{kind} {id} gibt es nicht (mehr).", kind=kind, id=row_id)
        return row

    def _sibling_ids(self, table: str, row: Mapping[str, Any]) -> list[int]:
        return sibling_ids(self.db, table, row)

    @staticmethod
    def _renumber(rec: Recorder, table: str, ids: Sequence[int]) -> None:
        rec.set_positions(table, ids)

    def _insert_at(self, rec: Recorder, table: str, values: dict[str, Any], position: int | None) -> int:
        siblings = self._sibling_ids(table, values)
        new_id = rec.insert(table, {**values, "position": len(siblings)})
        if position is not None and 0 <= position < len(siblings):
            siblings.insert(position, new_id)
            self._renumber(rec, table, siblings)
        return new_id

    def _document_of(self, table: str, row: Mapping[str, Any]) -> int | None:
        if table == "document":
            return int(row["id"])
        if "document_id" in row:
            return int(row["document_id"])
        if table == "indicator":
            return int(self._row("goal", int(row["goal_id"]))["document_id"])
        if table == "consultation":
            return int(self._row("paper", int(row["paper_id"]))["document_id"])
        return None

    # --- documents ----------------------------------------------------------------

    def create_document(self, title: str = "Neues Konzept", skeleton: bool = True, **fields: Any) -> UndoRecord:
        """Add a document at the end; ``skeleton`` adds the sections every Konzept page has."""
        values = self._clean("document", {"title": title, "status": "Entwurf", "art": "Konzept", **fields})

        def action(rec: Recorder) -> int:
            doc_id = self._insert_at(rec, "document", values, None)
            if skeleton:
                for position, heading in enumerate(("Kurzbeschreibung", "Analyseschwerpunkte")):
                    rec.insert(
                        "section",
                        {"document_id": doc_id, "parent_id": None, "position": position, "title": heading, "body": ""},
                    )
            return doc_id

        record = self._run(Description("create", "document", _short(title)), None, action)
        return replace(record, document_id=record.created_id)

    def update_document(self, document_id: int, **fields: Any) -> UndoRecord:
        """Change metadata fields of a document."""
        values = self._clean("document", fields)
        row = self._row("document", document_id)
        what = Description("change", "document", _name_of("document", {**row, **values}), tuple(fields))
        return self._run(what, document_id, _updater("document", document_id, values))

    def delete_document(self, document_id: int) -> UndoRecord:
        """Delete a document with everything in it, and Synergien pointing to it."""
        row = self._row("document", document_id)

        def action(rec: Recorder) -> None:
            for synergy_id in synergies_to(self.db, document_id):
                rec.delete("synergy", synergy_id)
            for version_id in referring_ids(self.db, "version", "document_id", document_id):
                rec.delete("version", version_id)
            rows = document_rows(self.db, document_id)
            for table in reversed(DOCUMENT_TABLES):
                for r in rows[table]:
                    rec.delete(table, int(r["id"]))
            self._renumber(rec, "document", self._sibling_ids("document", row))

        return self._run(Description("delete", "document", _name_of("document", row)), document_id, action)

    def move_document(self, document_id: int, position: int) -> UndoRecord:
        """Move a document to ``position`` in the document list."""
        return self._move_in_list("document", document_id, position)

    def set_themenfelder(self, document_id: int, themenfeld_ids: Sequence[int]) -> UndoRecord:
        """Set the document's Themenfelder to exactly ``themenfeld_ids``, in that order."""
        doc = self._row("document", document_id)
        wanted = list(dict.fromkeys(int(i) for i in themenfeld_ids))
        for tf_id in wanted:
            self._row("themenfeld", tf_id)

        def action(rec: Recorder) -> None:
            current = document_themenfelder(self.db, document_id)
            by_tf = {tf_id: row_id for row_id, tf_id in current}
            for row_id, tf_id in current:
                if tf_id not in wanted:
                    rec.delete("document_themenfeld", row_id)
            ordered: list[int] = []
            for tf_id in wanted:
                if tf_id not in by_tf:
                    by_tf[tf_id] = rec.insert(
                        "document_themenfeld",
                        {"document_id": document_id, "themenfeld_id": tf_id, "position": len(ordered)},
                    )
                ordered.append(by_tf[tf_id])
            self._renumber(rec, "document_themenfeld", ordered)

        what = Description("change", "document", _name_of("document", doc), ("themenfelder",))
        return self._run(what, document_id, action)

    def set_page_text(self, document_id: int, key: str, markdown: str) -> UndoRecord:
        """Set the prose at one place of the page around the fixed parts (``PAGE_TEXT_KEYS``)."""
        if key not in PAGE_TEXT_KEYS:
            raise ValueError(f"unknown page text {key!r}")
        row = self._row("document", document_id)
        try:
            texts: Any = json.loads(row.get("page_texts") or "{}")
        except ValueError:
            texts = {}
        texts = {str(k): str(v) for k, v in cast(dict[Any, Any], texts).items()} if isinstance(texts, dict) else {}
        if markdown.strip():
            texts[key] = markdown
        else:
            texts.pop(key, None)
        ordered = {
            k: texts[k] for k in sorted(texts, key=lambda k: PAGE_TEXT_KEYS.index(k) if k in PAGE_TEXT_KEYS else 99)
        }
        return self.update_document(document_id, page_texts=ordered)

    # --- trees: sections, goals, council papers -------------------------------------

    def _check_tree(self, tree: str) -> str:
        if tree not in TREE_TABLES:
            raise ValueError(f"unknown tree {tree!r}")
        return tree

    def add_node(
        self, tree: str, document_id: int, parent_id: int | None = None, position: int | None = None, **fields: Any
    ) -> UndoRecord:
        """Add a node under ``parent_id`` (None = top level) at ``position`` (None = last)."""
        self._check_tree(tree)
        self._row("document", document_id)
        if parent_id is not None and int(self._row(tree, parent_id)["document_id"]) != document_id:
            raise OperationError(
                "Der übergeordnete Eintrag ({kind}) gehört zu einem anderen Dokument.", kind=KINDS[tree]
            )
        values = {"document_id": document_id, "parent_id": parent_id, **self._clean(tree, fields)}
        return self._run(
            Description("add", tree, _name_of(tree, values)),
            document_id,
            lambda rec: self._insert_at(rec, tree, values, position),
        )

    def update_node(self, tree: str, node_id: int, **fields: Any) -> UndoRecord:
        """Change fields of a node (title, body, owner, …)."""
        row = self._row(self._check_tree(tree), node_id)
        values = self._clean(tree, fields)
        what = Description("change", tree, _name_of(tree, {**row, **values}), tuple(fields))
        return self._run(what, int(row["document_id"]), _updater(tree, node_id, values))

    def subtree_ids(self, tree: str, node_id: int) -> list[int]:
        """Return ``node_id`` and all its descendants, parents before children."""
        return subtree_ids(self.db, self._check_tree(tree), node_id)

    def delete_node(self, tree: str, node_id: int) -> UndoRecord:
        """Delete a node with its whole subtree (and their indicators or Beratungsfolge)."""
        row = self._row(self._check_tree(tree), node_id)
        ids = self.subtree_ids(tree, node_id)

        def action(rec: Recorder) -> None:
            for sub_id in reversed(ids):
                if tree == "goal":
                    for indicator_id in referring_ids(self.db, "indicator", "goal_id", sub_id):
                        rec.delete("indicator", indicator_id)
                elif tree == "paper":
                    for consultation_id in referring_ids(self.db, "consultation", "paper_id", sub_id):
                        rec.delete("consultation", consultation_id)
                rec.delete(tree, sub_id)
            self._renumber(rec, tree, self._sibling_ids(tree, row))

        what = Description("delete", tree, _name_of(tree, row), count=len(ids) - 1)
        return self._run(what, int(row["document_id"]), action)

    def move_node(self, tree: str, node_id: int, parent_id: int | None, position: int) -> UndoRecord:
        """Move a node (with its subtree) under ``parent_id`` at ``position``."""
        return self._move_node(tree, node_id, parent_id, position, "move")

    def _move_node(self, tree: str, node_id: int, parent_id: int | None, position: int, verb: Verb) -> UndoRecord:
        row = self._row(self._check_tree(tree), node_id)
        document_id = int(row["document_id"])
        if parent_id is not None:
            parent = self._row(tree, parent_id)
            if int(parent["document_id"]) != document_id:
                raise OperationError("Ein Eintrag kann nur innerhalb seines Dokuments verschoben werden.")
            if parent_id in self.subtree_ids(tree, node_id):
                raise OperationError("Ein Eintrag kann nicht in sich selbst verschoben werden.")

        def action(rec: Recorder) -> None:
            old = [i for i in self._sibling_ids(tree, row) if i != node_id]
            if parent_id != row["parent_id"]:
                self._renumber(rec, tree, old)
                new = self._sibling_ids(tree, {"document_id": document_id, "parent_id": parent_id})
                rec.update(tree, node_id, {"parent_id": parent_id})
            else:
                new = old
            new.insert(max(0, min(position, len(new))), node_id)
            self._renumber(rec, tree, new)

        return self._run(Description(verb, tree, _name_of(tree, row)), document_id, action)

    def _position(self, table: str, row: Mapping[str, Any]) -> tuple[list[int], int]:
        siblings = self._sibling_ids(table, row)
        return siblings, siblings.index(int(row["id"]))

    def move_up(self, tree: str, node_id: int) -> UndoRecord:
        """Move a node one place up among its siblings."""
        row = self._row(self._check_tree(tree), node_id)
        _, index = self._position(tree, row)
        if index == 0:
            raise OperationError("Der Eintrag steht schon an erster Stelle.")
        return self._move_node(tree, node_id, row["parent_id"], index - 1, "move_up")

    def move_down(self, tree: str, node_id: int) -> UndoRecord:
        """Move a node one place down among its siblings."""
        row = self._row(self._check_tree(tree), node_id)
        siblings, index = self._position(tree, row)
        if index == len(siblings) - 1:
            raise OperationError("Der Eintrag steht schon an letzter Stelle.")
        return self._move_node(tree, node_id, row["parent_id"], index + 1, "move_down")

    def indent(self, tree: str, node_id: int) -> UndoRecord:
        """Make a node the last child of its previous sibling."""
        row = self._row(self._check_tree(tree), node_id)
        siblings, index = self._position(tree, row)
        if index == 0:
            raise OperationError("Der erste Eintrag einer Ebene kann nicht eingerückt werden.")
        new_parent = siblings[index - 1]
        children = self._sibling_ids(tree, {"document_id": row["document_id"], "parent_id": new_parent})
        return self._move_node(tree, node_id, new_parent, len(children), "indent")

    def outdent(self, tree: str, node_id: int) -> UndoRecord:
        """Make a node the next sibling of its parent."""
        row = self._row(self._check_tree(tree), node_id)
        if row["parent_id"] is None:
            raise OperationError("Der Eintrag steht schon auf der obersten Ebene.")
        parent = self._row(tree, int(row["parent_id"]))
        _, index = self._position(tree, parent)
        return self._move_node(tree, node_id, parent["parent_id"], index + 1, "outdent")

    # --- ordered lists: links, synergies, indicators, Beratungsfolge, catalogue ------

    def add_item(self, table: str, owner_id: int | None, position: int | None = None, **fields: Any) -> UndoRecord:
        """Add an entry to an ordered list (a link, a synergy, an indicator, …)."""
        if table not in LIST_OWNERS and table != "themenfeld":
            raise ValueError(f"unknown list {table!r}")
        values = self._clean(table, fields)
        if table in LIST_OWNERS:
            values[LIST_OWNERS[table]] = owner_id
        document_id = self._document_of(table, values) if table in LIST_OWNERS and owner_id is not None else None
        return self._run(
            Description("add", table, _name_of(table, values)),
            document_id,
            lambda rec: self._insert_at(rec, table, values, position),
        )

    def update_item(self, table: str, item_id: int, **fields: Any) -> UndoRecord:
        """Change fields of a list entry (or of a Themenfeld of the catalogue)."""
        row = self._row(table, item_id)
        values = self._clean(table, fields)
        what = Description("change", table, _name_of(table, {**row, **values}), tuple(fields))
        return self._run(what, self._document_of(table, row), _updater(table, item_id, values))

    def delete_item(self, table: str, item_id: int) -> UndoRecord:
        """Delete a list entry; a Themenfeld or Leitziel also loses every reference to it."""
        row = self._row(table, item_id)

        def action(rec: Recorder) -> None:
            if table == "themenfeld":
                for leitziel_id in referring_ids(self.db, "leitziel", "themenfeld_id", item_id):
                    self._drop_leitziel(rec, leitziel_id)
                for row_id in referring_ids(self.db, "document_themenfeld", "themenfeld_id", item_id):
                    rec.delete("document_themenfeld", row_id)
                for row_id in referring_ids(self.db, "goal", "themenfeld_id", item_id):
                    rec.update("goal", row_id, {"themenfeld_id": None})
                for row_id in referring_ids(self.db, "leitziel_ref", "themenfeld_id", item_id):
                    rec.update("leitziel_ref", row_id, {"themenfeld_id": None})
                rec.delete(table, item_id)
            elif table == "leitziel":
                self._drop_leitziel(rec, item_id)
            else:
                rec.delete(table, item_id)
            self._renumber(rec, table, self._sibling_ids(table, row))

        return self._run(Description("delete", table, _name_of(table, row)), self._document_of(table, row), action)

    def _drop_leitziel(self, rec: Recorder, leitziel_id: int) -> None:
        for row_id in referring_ids(self.db, "goal", "leitziel_id", leitziel_id):
            rec.update("goal", row_id, {"leitziel_id": None})
        for row_id in referring_ids(self.db, "leitziel_ref", "leitziel_id", leitziel_id):
            rec.update("leitziel_ref", row_id, {"leitziel_id": None})
        rec.delete("leitziel", leitziel_id)

    def move_item(self, table: str, item_id: int, position: int) -> UndoRecord:
        """Move a list entry to ``position`` within its list."""
        return self._move_in_list(table, item_id, position)

    def _move_in_list(self, table: str, item_id: int, position: int) -> UndoRecord:
        row = self._row(table, item_id)

        def action(rec: Recorder) -> None:
            siblings = [i for i in self._sibling_ids(table, row) if i != item_id]
            siblings.insert(max(0, min(position, len(siblings))), item_id)
            self._renumber(rec, table, siblings)

        return self._run(Description("move", table, _name_of(table, row)), self._document_of(table, row), action)

    # --- whole documents in and out ------------------------------------------------

    def insert_document(self, doc: Document, position: int | None = None) -> UndoRecord:
        """Add a complete document (from the sample or an import); its ids are ignored."""
        record = self._run(
            Description("insert", "document", _short(doc.title)),
            None,
            lambda rec: _write_document(rec, self, doc, position),
        )
        return replace(record, document_id=record.created_id)

    def replace_document(
        self,
        document_id: int | None,
        doc: Document,
        also: Callable[[Recorder, int], None] | None = None,
    ) -> UndoRecord:
        """Give a document the content of ``doc`` (ids ignored) as one undoable step ("aus dem Wiki geholt").

        With ``document_id`` None, ``doc`` becomes a new document at the end. ``also``
        writes further rows of the same step (given the recorder and the document id),
        such as the wiki page's revision that the content came from.
        """
        if document_id is None:

            def insert(rec: Recorder) -> int:
                new_id = _write_document(rec, self, doc, None)
                if also is not None:
                    also(rec, new_id)
                return new_id

            record = self._run(Description("pull", "document", _short(doc.title)), None, insert)
            return replace(record, document_id=record.created_id)
        row = self._row("document", document_id)

        def action(rec: Recorder) -> None:
            target = self._rows_of(doc)
            current = document_rows(self.db, document_id)
            for table in reversed(DOCUMENT_TABLES[1:]):
                for r in current[table]:
                    rec.delete(table, int(r["id"]))
            values = {k: v for k, v in target["document"][0].items() if k not in ("id", "position")}
            rec.update("document", document_id, values)
            for table in DOCUMENT_TABLES[1:]:
                for r in target[table]:
                    rec.insert(table, {**r, "document_id": document_id} if "document_id" in r else r)
            if also is not None:
                also(rec, document_id)

        return self._run(Description("pull", "document", _name_of("document", row)), document_id, action)

    def _rows_of(self, doc: Document) -> dict[str, list[Row]]:
        """Return the rows ``doc`` would have as a new document, without keeping it.

        The document is written exactly as ``insert_document`` writes one and read back
        inside a savepoint that is then rolled back; the ids it got are free again and
        are used for the rows of the replacement.
        """
        with trial(self.db):
            new_id = _write_document(Recorder(self.db), self, doc, None)
            return document_rows(self.db, new_id)

    # --- Fassungen (named versions) -------------------------------------------------

    def save_version(self, document_id: int, name: str) -> UndoRecord:
        """Save the document's current state as a Fassung called ``name``."""
        name = name.strip()
        if not name:
            raise OperationError("Eine Fassung braucht einen Namen.")
        self._row("document", document_id)
        if self._version_row(document_id, name) is not None:
            raise OperationError("Eine Fassung „{name}“ gibt es für dieses Dokument schon.", name=name)
        snapshot = json.dumps(document_rows(self.db, document_id), ensure_ascii=False, sort_keys=True)
        values = {
            "document_id": document_id,
            "name": name,
            "created": datetime.now().astimezone().isoformat(timespec="seconds"),
            "snapshot": snapshot,
        }
        return self._run(
            Description("save", "version", _short(name)),
            document_id,
            lambda rec: self._insert_at(rec, "version", values, None),
        )

    def _version_row(self, document_id: int, name: str) -> Row | None:
        return version_row(self.db, document_id, name)

    def version_rows(self, document_id: int, name: str) -> dict[str, list[Row]]:
        """Return the rows a Fassung saved; raise ``OperationError`` if there is none."""
        row = self._version_row(document_id, name)
        if row is None:
            raise OperationError("Eine Fassung „{name}“ gibt es für dieses Dokument nicht.", name=name)
        try:
            return validate_snapshot(json.loads(str(row["snapshot"])), document_id)
        except SnapshotError as error:
            reason = str(error)
        except RecursionError:
            reason = "sie ist zu tief verschachtelt"
        except ValueError:
            reason = "sie ist kein gültiges JSON"
        raise OperationError(
            "Die Fassung „{name}“ ist beschädigt und kann nicht verwendet werden: {reason}.", name=name, reason=reason
        )

    def restore_version(self, document_id: int, name: str) -> UndoRecord:
        """Bring the document back to a saved Fassung (undoable like any other change)."""
        target = self._restorable(self.version_rows(document_id, name))
        current = document_rows(self.db, document_id)
        for table, rows in target.items():
            mine = {int(r["id"]) for r in current[table]}
            wanted = [int(r["id"]) for r in rows if int(r["id"]) not in mine]
            if wanted and existing_ids(self.db, table, wanted):
                raise OperationError(
                    "Die Fassung „{name}“ passt nicht mehr zur Datei: Einträge von ihr gehören inzwischen "
                    "zu einem anderen Dokument.",
                    name=name,
                )

        def action(rec: Recorder) -> None:
            for table in reversed(DOCUMENT_TABLES):
                keep = {int(r["id"]) for r in target.get(table, [])}
                for r in current[table]:
                    if int(r["id"]) not in keep:
                        rec.delete(table, int(r["id"]))
            for table in DOCUMENT_TABLES:
                have = {int(r["id"]): r for r in current[table]}
                for r in target.get(table, []):
                    row_id = int(r["id"])
                    if row_id not in have:
                        rec.insert(table, r)
                    elif have[row_id] != r:
                        rec.update(table, row_id, {k: v for k, v in r.items() if k != "id"})

        return self._run(Description("restore", "version", _short(name)), document_id, action)

    def _restorable(self, rows: Mapping[str, list[Row]]) -> dict[str, list[Row]]:
        """Drop references a Fassung holds to catalogue entries or documents deleted since."""
        themenfelder = all_ids(self.db, "themenfeld")
        leitziele = all_ids(self.db, "leitziel")
        documents = all_ids(self.db, "document")
        result: dict[str, list[Row]] = {}
        for table, table_rows in rows.items():
            if table not in DOCUMENT_TABLES:
                continue
            cleaned: list[Row] = []
            for r in table_rows:
                r = dict(r)
                if table == "document_themenfeld" and r["themenfeld_id"] not in themenfelder:
                    continue
                if r.get("themenfeld_id") is not None and r["themenfeld_id"] not in themenfelder:
                    r["themenfeld_id"] = None
                if r.get("leitziel_id") is not None and r["leitziel_id"] not in leitziele:
                    r["leitziel_id"] = None
                if r.get("target_document_id") is not None and r["target_document_id"] not in documents:
                    r["target_document_id"] = None
                cleaned.append(r)
            result[table] = cleaned
        return result

    # --- settings of the file --------------------------------------------------------

    def set_settings(self, values: Mapping[str, str]) -> UndoRecord:
        """Store settings of the file (who issues its Beschlussvorlagen) as one undoable step."""
        unknown = sorted(key for key in values if key not in SETTING_KEYS)
        if unknown:
            known = ", ".join(setting.key for setting in SETTINGS)
            raise OperationError(
                "Eine Einstellung „{key}“ gibt es nicht (vorhanden: {known}).", key=unknown[0], known=known
            )
        rows = setting_rows(self.db)
        current = with_defaults({key: value for key, (_, value) in rows.items()})
        changed = tuple(key for key, value in values.items() if current[key] != value)

        def action(rec: Recorder) -> None:
            for key in changed:
                value = str(values[key])
                if key in rows:
                    rec.update("setting", rows[key][0], {"value": value})
                else:
                    rec.insert("setting", {"key": key, "value": value})

        return self._run(Description("change", "setting", "", changed), None, action)


def _write_document(rec: Recorder, ops: Operations, doc: Document, position: int | None) -> int:
    """Insert every row of a domain document; return the new document id."""
    doc_id = ops._insert_at(  # pyright: ignore[reportPrivateUsage]
        rec,
        "document",
        {
            "title": doc.title,
            "wiki_title": doc.wiki_title,
            "art": doc.art,
            "scope": doc.scope,
            "responsible": doc.responsible,
            "year": doc.year,
            "status": doc.status,
            "extra_params": json.dumps(doc.extra_params, ensure_ascii=False),
            "categories": json.dumps(doc.categories, ensure_ascii=False),
            "page_texts": json.dumps(doc.page_texts, ensure_ascii=False),
            "notes": doc.notes,
        },
        position,
    )
    for n, tf_id in enumerate(dict.fromkeys(doc.themenfeld_ids)):
        icon = doc.themenfeld_icons.get(tf_id, "")
        rec.insert("document_themenfeld", {"document_id": doc_id, "themenfeld_id": tf_id, "position": n, "icon": icon})

    def sections(nodes: Iterable[Section], parent: int | None) -> None:
        for n, s in enumerate(nodes):
            new = rec.insert(
                "section", {"document_id": doc_id, "parent_id": parent, "position": n, "title": s.title, "body": s.body}
            )
            sections(s.children, new)

    def goals(nodes: Iterable[Goal], parent: int | None) -> None:
        for n, g in enumerate(nodes):
            new = rec.insert(
                "goal",
                {
                    "document_id": doc_id,
                    "parent_id": parent,
                    "position": n,
                    "title": g.title,
                    "description": g.description,
                    "themenfeld_id": g.themenfeld_id,
                    "leitziel_id": g.leitziel_id,
                    "owner": g.owner,
                    "deadline": g.deadline,
                    "status": g.status,
                },
            )
            for m, ind in enumerate(g.indicators):
                rec.insert(
                    "indicator",
                    {
                        "goal_id": new,
                        "position": m,
                        "name": ind.name,
                        "unit": ind.unit,
                        "baseline": ind.baseline,
                        "target": ind.target,
                        "year": ind.year,
                    },
                )
            goals(g.children, new)

    sections(doc.sections, None)
    goals(doc.goals, None)
    _write_papers(rec, doc_id, doc.papers, None)
    for n, s in enumerate(doc.synergies):
        rec.insert(
            "synergy",
            {"document_id": doc_id, "position": n, "target_document_id": s.target_document_id, "text": s.text},
        )
    for n, r in enumerate(doc.leitziel_refs):
        rec.insert(
            "leitziel_ref",
            {
                "document_id": doc_id,
                "position": n,
                "themenfeld_id": r.themenfeld_id,
                "leitziel_id": r.leitziel_id,
                "note": r.note,
                "leitziel_title": r.leitziel_title,
                "leitziel_anchor": r.leitziel_anchor,
            },
        )
    for n, link in enumerate(doc.links):
        rec.insert("link", {"document_id": doc_id, "position": n, "label": link.label, "url": link.url})
    return doc_id


def _write_papers(rec: Recorder, doc_id: int, papers: Iterable[Any], parent: int | None) -> None:
    for n, p in enumerate(papers):
        new = rec.insert(
            "paper",
            {
                "document_id": doc_id,
                "parent_id": parent,
                "position": n,
                "reference": p.reference,
                "name": p.name,
                "paper_type": p.paper_type,
                "date": p.date,
                "system": p.system,
                "url": p.url,
                "under_direction_of": p.under_direction_of,
                "involved": p.involved,
                "public": 1 if p.public else 0,
                "decision_proposal": p.decision_proposal,
                "reasoning": p.reasoning,
                "financial_impact": p.financial_impact,
                "attachments": p.attachments,
            },
        )
        for m, c in enumerate(p.consultations):
            rec.insert(
                "consultation",
                {
                    "paper_id": new,
                    "position": m,
                    "organization": c.organization,
                    "meeting_date": c.meeting_date,
                    "role": c.role,
                    "result": c.result,
                },
            )
        _write_papers(rec, doc_id, p.children, new)


@dataclass(slots=True)
class History:
    """An undo/redo stack of records without Qt (the UI uses ``QUndoStack`` instead)."""

    operations: Operations
    done: list[UndoRecord] = field(default_factory=list[UndoRecord])
    undone: list[UndoRecord] = field(default_factory=list[UndoRecord])

    def push(self, record: UndoRecord) -> UndoRecord:
        """Remember an action that was just applied."""
        self.done.append(record)
        self.undone.clear()
        return record

    def undo(self) -> UndoRecord | None:
        """Undo the last action, if any."""
        if not self.done:
            return None
        record = self.done.pop()
        self.operations.undo(record)
        self.undone.append(record)
        return record

    def redo(self) -> UndoRecord | None:
        """Redo the last undone action, if any."""
        if not self.undone:
            return None
        record = self.undone.pop()
        self.operations.redo(record)
        self.done.append(record)
        return record
