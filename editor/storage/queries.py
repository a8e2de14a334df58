"""The small reads the services make while they change a file: orders, subtrees, references.

Every statement the services need beyond loading whole documents lives here, so that
the services speak in ids and rows and never in SQL.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from editor.storage.repository import Row, query_rows
from editor.storage.schema import LIST_OWNERS, TREE_TABLES
from editor.storage.sql import execute

_OWNER_DOCUMENT: dict[str, tuple[str, str]] = {"indicator": ("goal", "goal_id"), "consultation": ("paper", "paper_id")}
"""List tables whose owner is a tree node: the node's table and the owner column."""

REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "themenfeld": (("leitziel", "themenfeld_id"), ("document_themenfeld", "themenfeld_id"),
                   ("goal", "themenfeld_id"), ("leitziel_ref", "themenfeld_id")),
    "leitziel": (("goal", "leitziel_id"), ("leitziel_ref", "leitziel_id")),
    "document": (("synergy", "target_document_id"), ("version", "document_id")),
    "goal": (("indicator", "goal_id"),),
    "paper": (("consultation", "paper_id"),),
}  # fmt: skip
"""Which rows point to a row of a table: (table, column) pairs, for deletes that must follow them."""


def _ids(db: Database, sql: str, params: list[Any]) -> list[int]:
    return [int(row[0]) for row in execute(db, sql, params).fetchall()]


def sibling_ids(db: Database, table: str, row: Mapping[str, Any]) -> list[int]:
    """Return the ids of ``row``'s list or tree level (``row`` included, if stored), in display order.

    ``row`` needs the columns that place it: ``document_id`` and ``parent_id`` for a tree
    node, the owner column for a list entry; documents and Themenfelder form one list each.
    """
    if table in TREE_TABLES:
        sql = f"SELECT id FROM [{table}] WHERE document_id = ? AND parent_id IS ? ORDER BY position, id"
        return _ids(db, sql, [row["document_id"], row["parent_id"]])
    if table in LIST_OWNERS:
        owner = LIST_OWNERS[table]
        return _ids(db, f"SELECT id FROM [{table}] WHERE [{owner}] = ? ORDER BY position, id", [row[owner]])
    if table in ("document", "themenfeld"):
        return _ids(db, f"SELECT id FROM [{table}] ORDER BY position, id", [])
    raise ValueError(f"unknown table {table!r}")


def child_ids(db: Database, table: str, document_id: int, parent_id: int | None) -> list[int]:
    """Return the children of tree node ``parent_id`` (None: the top level of the document), in order."""
    return sibling_ids(db, table, {"document_id": document_id, "parent_id": parent_id})


def document_ids(db: Database) -> list[int]:
    """Return the ids of the file's documents in display order."""
    return _ids(db, "SELECT id FROM document ORDER BY position, id", [])


def subtree_ids(db: Database, table: str, node_id: int) -> list[int]:
    """Return ``node_id`` and all its descendants in a tree table, parents before children."""
    if table not in TREE_TABLES:
        raise ValueError(f"unknown tree {table!r}")
    sql = (
        f"WITH RECURSIVE sub(id, depth) AS (SELECT ?, 0 UNION ALL "
        f"SELECT t.id, sub.depth + 1 FROM [{table}] t JOIN sub ON t.parent_id = sub.id "
        f"WHERE sub.depth < 10000) SELECT id FROM sub"
    )
    return list(dict.fromkeys(_ids(db, sql, [node_id])))


def referring_ids(db: Database, table: str, column: str, row_id: int) -> list[int]:
    """Return the ids of the rows of ``table`` whose ``column`` points to ``row_id``."""
    if (table, column) not in {pair for pairs in REFERENCES.values() for pair in pairs}:
        raise ValueError(f"{table}.{column} is no reference")
    return _ids(db, f"SELECT id FROM [{table}] WHERE [{column}] = ? ORDER BY id", [row_id])


def synergies_to(db: Database, document_id: int) -> list[int]:
    """Return the Synergien of other documents that point to ``document_id``."""
    sql = "SELECT id FROM synergy WHERE target_document_id = ? AND document_id != ? ORDER BY id"
    return _ids(db, sql, [document_id, document_id])


def all_ids(db: Database, table: str) -> set[int]:
    """Return the ids of every row of a catalogue or document table (to drop stale references)."""
    if table not in ("themenfeld", "leitziel", "document"):
        raise ValueError(f"unknown table {table!r}")
    return set(_ids(db, f"SELECT id FROM [{table}]", []))


def document_of(db: Database, table: str, row_id: int) -> int | None:
    """Return the document a tree node or list entry belongs to; None if there is no such row."""
    if table == "document":
        found = execute(db, "SELECT id FROM document WHERE id = ?", [row_id]).fetchone()
    elif table in _OWNER_DOCUMENT:
        node_table, column = _OWNER_DOCUMENT[table]
        found = execute(
            db,
            f"SELECT n.document_id FROM [{table}] t JOIN [{node_table}] n ON n.id = t.[{column}] WHERE t.id = ?",
            [row_id],
        ).fetchone()
    elif table in TREE_TABLES or LIST_OWNERS.get(table) == "document_id":
        found = execute(db, f"SELECT document_id FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    else:
        return None
    return int(found[0]) if found is not None and found[0] is not None else None


def node_rows(db: Database, table: str, node_id: int) -> dict[str, list[Row]]:
    """Return one tree node's row with its document's row and its indicators or Beratungsfolge ({} if gone).

    ``document_from_rows`` reads these as a document whose tree holds just this node.
    """
    if table not in TREE_TABLES:
        raise ValueError(f"unknown tree {table!r}")
    node = query_rows(db, f"SELECT * FROM [{table}] WHERE id = ?", [node_id])
    if not node:
        return {}
    document = query_rows(db, "SELECT * FROM document WHERE id = ?", [node[0]["document_id"]])
    rows: dict[str, list[Row]] = {"document": document, table: [{**node[0], "parent_id": None}]}
    for owned, column in (("indicator", "goal_id"), ("consultation", "paper_id")):
        if _OWNER_DOCUMENT[owned][0] == table:
            rows[owned] = query_rows(
                db, f"SELECT * FROM [{owned}] WHERE [{column}] = ? ORDER BY position, id", [node_id]
            )
    return rows


def owner_id(db: Database, table: str, row_id: int) -> int | None:
    """Return the owner of a list entry (the goal of an indicator, the paper of a consultation …); None if gone."""
    column = LIST_OWNERS.get(table)
    if column is None:
        raise ValueError(f"unknown list {table!r}")
    found = execute(db, f"SELECT [{column}] FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return int(found[0]) if found is not None and found[0] is not None else None
