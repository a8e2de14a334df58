"""The small reads and writes the services make: orders, subtrees, references, settings.

Every statement the services need beyond the ``Recorder`` and loading whole documents
lives here, so that the services speak in ids and rows and never in SQL (a test keeps
SQL out of ``editor/services``).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Generator, Mapping, Sequence
from typing import Any

from editor.domain.model import Catalogue
from editor.storage.repository import Row, SearchHit, query_rows, search
from editor.storage.schema import LIST_OWNERS, TEXT_COLUMNS, TREE_TABLES
from editor.storage.sql import Database
from editor.storage.workspace import StorageError, Workspace

_OWNER_DOCUMENT: dict[str, tuple[str, str]] = {"indicator": ("goal", "goal_id"), "consultation": ("paper", "paper_id")}
"""List tables whose owner is a tree node: the node's table and the owner column."""

REFERENCES: frozenset[tuple[str, str]] = frozenset({
    ("leitziel", "themenfeld_id"), ("document_themenfeld", "themenfeld_id"), ("goal", "themenfeld_id"),
    ("leitziel_ref", "themenfeld_id"), ("goal", "leitziel_id"), ("leitziel_ref", "leitziel_id"),
    ("version", "document_id"), ("indicator", "goal_id"), ("consultation", "paper_id"),
})  # fmt: skip
"""The columns that point to a row of another table, which deletes must follow (``referring_ids``)."""


def _ids(db: Database, sql: str, params: list[Any]) -> list[int]:
    return [int(row[0]) for row in db.execute(sql, params).fetchall()]


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
    if (table, column) not in REFERENCES:
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
        found = db.execute("SELECT id FROM document WHERE id = ?", [row_id]).fetchone()
    elif table in _OWNER_DOCUMENT:
        node_table, column = _OWNER_DOCUMENT[table]
        found = db.execute(
            f"SELECT n.document_id FROM [{table}] t JOIN [{node_table}] n ON n.id = t.[{column}] WHERE t.id = ?",
            [row_id],
        ).fetchone()
    elif table in TREE_TABLES or LIST_OWNERS.get(table) == "document_id":
        found = db.execute(f"SELECT document_id FROM [{table}] WHERE id = ?", [row_id]).fetchone()
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
    found = db.execute(f"SELECT [{column}] FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return int(found[0]) if found is not None and found[0] is not None else None


def defer_foreign_keys(db: Database) -> None:
    """Check foreign keys at COMMIT of the open transaction, so that rows can be written in any order."""
    db.execute("PRAGMA defer_foreign_keys = ON")


def column_names(db: Database, table: str) -> list[str]:
    """Return the columns of one of our tables, in their order."""
    if table not in {*TREE_TABLES, *LIST_OWNERS, "document", "themenfeld", "setting"}:
        raise ValueError(f"unknown table {table!r}")
    return [str(row[1]) for row in db.execute(f"PRAGMA table_info([{table}])").fetchall()]


def document_themenfelder(db: Database, document_id: int) -> list[tuple[int, int]]:
    """Return (row id, Themenfeld id) of a document's Themenfelder, in their order."""
    sql = "SELECT id, themenfeld_id FROM document_themenfeld WHERE document_id = ? ORDER BY position, id"
    return [(int(r[0]), int(r[1])) for r in db.execute(sql, [document_id]).fetchall()]


def version_row(db: Database, document_id: int, name: str) -> Row | None:
    """Return the row of a document's Fassung called ``name``, or None."""
    rows = query_rows(db, "SELECT * FROM version WHERE document_id = ? AND name = ?", [document_id, name])
    return rows[0] if rows else None


def version_list(db: Database, document_id: int) -> list[tuple[str, str]]:
    """Return a document's Fassungen as (name, created), in saving order."""
    sql = "SELECT name, created FROM version WHERE document_id = ? ORDER BY position, id"
    return [(str(r["name"]), str(r["created"])) for r in db.query(sql, [document_id])]


def setting_rows(db: Database) -> dict[str, tuple[int, str]]:
    """Return the stored settings as key → (row id, value); none in a file of format 1 opened read-only."""
    if next(db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'setting'"), None) is None:
        return {}
    return {str(r["key"]): (int(r["id"]), str(r["value"])) for r in db.query("SELECT id, key, value FROM setting")}


def existing_ids(db: Database, table: str, ids: Sequence[int]) -> list[int]:
    """Return which of ``ids`` are rows of ``table`` already (our table names only)."""
    if table not in {*TREE_TABLES, *LIST_OWNERS, "document", "themenfeld"}:
        raise ValueError(f"unknown table {table!r}")
    found: list[int] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        found += _ids(db, f"SELECT id FROM [{table}] WHERE id IN ({marks})", chunk)
    return found


@contextlib.contextmanager
def trial(db: Database) -> Generator[None]:
    """Run writes inside the open transaction and take them back afterwards (a savepoint rolled back)."""
    db.execute("SAVEPOINT trial")
    try:
        yield
    finally:
        db.execute("ROLLBACK TO SAVEPOINT trial")
        db.execute("RELEASE SAVEPOINT trial")


def distinct_values(db: Database, table: str, column: str) -> list[str]:
    """Return the distinct non-empty values of a text column, sorted (for completion)."""
    if column not in TEXT_COLUMNS.get(table, ()):
        raise ValueError(f"{table}.{column} is not a text column")
    sql = f"SELECT DISTINCT [{column}] AS value FROM [{table}] WHERE [{column}] != '' ORDER BY 1"
    return [str(r["value"]) for r in db.query(sql)]


def search_repairing(workspace: Workspace, text: str, limit: int, document_id: int | None) -> list[SearchHit]:
    """Return full-text matches for ``text``; a damaged index is rebuilt once (the workspace notes it)."""
    try:
        return search(workspace.db, text, limit, document_id)
    except sqlite3.DatabaseError:
        workspace.repair_search_index()
    try:
        return search(workspace.db, text, limit, document_id)
    except sqlite3.DatabaseError as error:
        raise StorageError("Die Suche ist nicht möglich: {reason}.", reason=error) from None


def seed_catalogue(workspace: Workspace, catalogue: Catalogue) -> None:
    """Copy a catalogue into an empty file and give its entries their ids (part of creating the file)."""
    with workspace.transaction() as db:
        for n, tf in enumerate(catalogue.themenfelder):
            cursor = db.execute(
                "INSERT INTO themenfeld (position, title, wiki_page, icon, category) VALUES (?, ?, ?, ?, ?)",
                [n, tf.title, tf.wiki_page, tf.icon, tf.category],
            )
            tf_id = int(cursor.lastrowid or 0)
            tf.id = tf_id
            for m, lz in enumerate(tf.leitziele):
                cursor = db.execute(
                    "INSERT INTO leitziel (themenfeld_id, position, title, anchor) VALUES (?, ?, ?, ?)",
                    [tf_id, m, lz.title, lz.anchor],
                )
                lz.id = int(cursor.lastrowid or 0)


def sync_rows(
    db: Database, document_id: int, wiki: str | None = None, title: str | None = None, latest: bool = False
) -> list[Row]:
    """Return a document's wiki bases (``wiki_sync``), on one page or its latest; none in an older file."""
    if next(db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'wiki_sync'"), None) is None:
        return []  # an older file opened read-only: it was never published by this version
    if latest:
        sql = "SELECT * FROM wiki_sync WHERE document_id = ? ORDER BY synced DESC, id DESC LIMIT 1"
        return query_rows(db, sql, [document_id])
    sql = "SELECT * FROM wiki_sync WHERE document_id = ? AND wiki = ? AND title = ?"
    return query_rows(db, sql, [document_id, wiki, title])


_OUTLINE_COLUMNS: dict[str, str] = {
    "section": "id, document_id, parent_id, position, title, '' AS body",
    "goal": "id, document_id, parent_id, position, title, '' AS description, NULL AS themenfeld_id, "
    "NULL AS leitziel_id, '' AS owner, '' AS deadline, '' AS status",
    "paper": "id, document_id, parent_id, position, reference, name, '' AS paper_type, '' AS date, '' AS system, "
    "'' AS url, '' AS under_direction_of, '' AS involved, 1 AS public, '' AS decision_proposal, "
    "'' AS reasoning, '' AS financial_impact, '' AS attachments",
}
"""What the outline shows of each tree's nodes: their place and their names; the texts stay unread."""


def outline_rows(db: Database, document_id: int) -> dict[str, list[Row]]:
    """Return a document's row and its three trees with names only ({} if there is no such document)."""
    document = query_rows(db, "SELECT * FROM document WHERE id = ?", [document_id])
    if not document:
        return {}
    rows: dict[str, list[Row]] = {"document": document}
    for table, columns in _OUTLINE_COLUMNS.items():
        rows[table] = query_rows(db, f"SELECT {columns} FROM [{table}] WHERE document_id = ?", [document_id])
    return rows
