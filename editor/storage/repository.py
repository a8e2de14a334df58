"""Rows in and out of a workspace: recorded writes, document loading, search.

Every write goes through a ``Recorder``, which keeps the row before and after each
change. That record is what undo, redo and the views' refresh are built on, and it
keeps the full-text index in step with the rows in the same transaction.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, cast

from editor.domain.messages import Message, message
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
from editor.storage.schema import LIST_OWNERS, SEARCH_CODES, TEXT_COLUMNS, TREE_TABLES
from editor.storage.shape import table_columns
from editor.storage.sql import Database

Row = dict[str, Any]


class _HasChildren(Protocol):
    @property
    def children(self) -> list[Any]: ...


T = TypeVar("T", bound=_HasChildren)

KNOWN_TABLES: frozenset[str] = frozenset({"document", "themenfeld", "setting", "wiki_sync", *TREE_TABLES, *LIST_OWNERS})


@dataclass(frozen=True, slots=True)
class Change:
    """One row changed: ``before`` is None for an insert, ``after`` None for a delete."""

    table: str
    row_id: int
    before: Row | None
    after: Row | None

    def inverted(self) -> Change:
        """Return the change that undoes this one."""
        return Change(self.table, self.row_id, self.after, self.before)


def _check_table(table: str) -> str:
    if table not in KNOWN_TABLES:
        raise ValueError(f"unknown table {table!r}")
    return table


def _check_columns(table: str, names: Iterable[str]) -> None:
    """Let only our own column names reach SQL (rows may come from a Fassung in the file)."""
    known = table_columns(table)
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValueError(f"unknown columns of {table}: {unknown!r}")


def get_row(db: Database, table: str, row_id: int) -> Row | None:
    """Return one row of ``table`` as a dict, or None."""
    cursor = db.execute(f"SELECT * FROM [{_check_table(table)}] WHERE id = ?", [row_id])
    values = cursor.fetchone()
    if values is None:
        return None
    return dict(zip([d[0] for d in cursor.description], values, strict=True))


def query_rows(db: Database, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    """Return the rows of a query as dicts."""
    return [dict(row) for row in db.query(sql, params)]


def _owner_document_id(db: Database, table: str, row: Row) -> int | None:
    if table == "document":
        return int(row["id"])
    if table == "indicator":
        found = db.execute("SELECT document_id FROM goal WHERE id = ?", [row["goal_id"]]).fetchone()
        return int(found[0]) if found else None
    if table == "consultation":
        found = db.execute("SELECT document_id FROM paper WHERE id = ?", [row["paper_id"]]).fetchone()
        return int(found[0]) if found else None
    value = row.get("document_id")
    return int(value) if value is not None else None


class Recorder:
    """Writes rows inside an open transaction and remembers each change."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.changes: list[Change] = []

    def insert(self, table: str, values: Mapping[str, Any]) -> int:
        """Insert a row (with or without an explicit id) and return its id."""
        _check_table(table)
        columns = list(values)
        _check_columns(table, columns)
        placeholders = ", ".join("?" for _ in columns)
        names = ", ".join(f"[{c}]" for c in columns)
        cursor = self.db.execute(f"INSERT INTO [{table}] ({names}) VALUES ({placeholders})", list(values.values()))
        row_id = int(values["id"]) if values.get("id") is not None else int(cursor.lastrowid or 0)
        after = get_row(self.db, table, row_id)
        self._index(table, after)
        self.changes.append(Change(table, row_id, None, after))
        return row_id

    def update(self, table: str, row_id: int, values: Mapping[str, Any]) -> bool:
        """Change some columns of a row; return whether anything changed."""
        before = get_row(self.db, _check_table(table), row_id)
        if before is None:
            raise KeyError(f"{table} {row_id} does not exist")
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        if not changed:
            return False
        _check_columns(table, changed)
        assignments = ", ".join(f"[{c}] = ?" for c in changed)
        self.db.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*changed.values(), row_id])
        after = {**before, **changed}
        if any(c in TEXT_COLUMNS.get(table, ()) for c in changed):
            self._index(table, after)
        self.changes.append(Change(table, row_id, before, after))
        return True

    def set_positions(self, table: str, ids: Sequence[int]) -> None:
        """Number the rows ``ids`` 0, 1, 2 … in that order (one read for all; only changed rows are written)."""
        _check_table(table)
        before: dict[int, Row] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ", ".join("?" for _ in chunk)
            for row in query_rows(self.db, f"SELECT * FROM [{table}] WHERE id IN ({marks})", chunk):
                before[int(row["id"])] = row
        moved = [(position, row_id) for position, row_id in enumerate(ids) if before[row_id]["position"] != position]
        if not moved:
            return
        self.db.conn.executemany(f"UPDATE [{table}] SET position = ? WHERE id = ?", moved)
        for position, row_id in moved:
            self.changes.append(Change(table, row_id, before[row_id], {**before[row_id], "position": position}))

    def delete(self, table: str, row_id: int) -> None:
        """Delete one row."""
        before = get_row(self.db, _check_table(table), row_id)
        if before is None:
            return
        self._unindex(table, row_id)
        self.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        self.changes.append(Change(table, row_id, before, None))

    def apply(self, change: Change) -> None:
        """Bring a row to ``change.after`` exactly (used by undo and redo)."""
        if change.after is None:
            self.delete(change.table, change.row_id)
        elif change.before is None or get_row(self.db, change.table, change.row_id) is None:
            self.insert(change.table, change.after)
        else:
            self.update(change.table, change.row_id, {k: v for k, v in change.after.items() if k != "id"})

    def _index(self, table: str, row: Row | None) -> None:
        columns = TEXT_COLUMNS.get(table)
        if row is None or columns is None:
            return
        rowid = int(row["id"]) * 16 + SEARCH_CODES[table]
        self.db.execute("DELETE FROM search WHERE rowid = ?", [rowid])
        text = "\n".join(str(row[c]) for c in columns if row.get(c))
        if text:
            self.db.execute(
                "INSERT INTO search (rowid, text, document_id, kind, node_id) VALUES (?, ?, ?, ?, ?)",
                [rowid, text, _owner_document_id(self.db, table, row), table, row["id"]],
            )

    def _unindex(self, table: str, row_id: int) -> None:
        if table in TEXT_COLUMNS:
            self.db.execute("DELETE FROM search WHERE rowid = ?", [row_id * 16 + SEARCH_CODES[table]])


def rebuild_search(db: Database) -> None:
    """Fill an empty search index from every row, exactly as the ``Recorder`` indexes each one."""
    owners = {
        "document": "t.id",
        "indicator": "(SELECT g.document_id FROM main.goal AS g WHERE g.id = t.goal_id)",
        "consultation": "(SELECT p.document_id FROM main.paper AS p WHERE p.id = t.paper_id)",
    }
    for table, columns in TEXT_COLUMNS.items():
        code = SEARCH_CODES[table]
        owner = owners.get(table, "t.document_id")
        names = ", ".join(f"t.[{c}]" for c in columns)
        entries: list[tuple[int, str, int | None, str, int]] = []
        for row in db.execute(f"SELECT t.id, {owner}, {names} FROM main.[{table}] AS t").fetchall():
            text = "\n".join(str(value) for value in row[2:] if value)
            if text:
                entries.append((int(row[0]) * 16 + code, text, row[1], table, int(row[0])))
        db.conn.executemany(
            "INSERT INTO search (rowid, text, document_id, kind, node_id) VALUES (?, ?, ?, ?, ?)", entries
        )


# --- reading -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One line of the document list."""

    id: int
    title: str
    wiki_title: str
    status: str

    def page_title(self) -> str:
        """Return the wiki page title, falling back to the title."""
        return self.wiki_title or self.title


def list_documents(db: Database) -> list[DocumentSummary]:
    """Return every document of the file in display order."""
    return [
        DocumentSummary(int(r["id"]), r["title"], r["wiki_title"], r["status"])
        for r in db.query("SELECT id, title, wiki_title, status FROM document ORDER BY position, id")
    ]


def load_catalogue(db: Database) -> Catalogue:
    """Return the file's Themenfeld catalogue with its Leitziele."""
    leitziele: dict[int, list[Leitziel]] = defaultdict(list)
    for r in db.query("SELECT * FROM leitziel ORDER BY themenfeld_id, position, id"):
        leitziele[int(r["themenfeld_id"])].append(Leitziel(r["title"], r["anchor"], int(r["id"])))
    return Catalogue(
        [
            Themenfeld(r["title"], r["wiki_page"], r["icon"], r["category"], leitziele[int(r["id"])], int(r["id"]))
            for r in db.query("SELECT * FROM themenfeld ORDER BY position, id")
        ]
    )


DOCUMENT_TABLES: tuple[str, ...] = (
    "document",
    "document_themenfeld",
    "section",
    "goal",
    "indicator",
    "paper",
    "consultation",
    "synergy",
    "leitziel_ref",
    "link",
)
"""The tables whose rows make up one document (a Fassung stores exactly these)."""


TREE_PART_TABLES: frozenset[str] = frozenset({"section", "goal", "indicator", "paper", "consultation"})
"""The tables of a document's three trees (and what hangs on their nodes)."""


def document_rows(db: Database, document_id: int, trees: bool = True) -> dict[str, list[Row]]:
    """Return all rows of one document, table by table, ordered by id (``trees=False``: without the trees)."""
    rows: dict[str, list[Row]] = {}
    for table in DOCUMENT_TABLES:
        if not trees and table in TREE_PART_TABLES:
            continue
        if table == "document":
            sql = "SELECT * FROM document WHERE id = ?"
        elif table == "indicator":
            sql = "SELECT * FROM indicator WHERE goal_id IN (SELECT id FROM goal WHERE document_id = ?)"
        elif table == "consultation":
            sql = "SELECT * FROM consultation WHERE paper_id IN (SELECT id FROM paper WHERE document_id = ?)"
        else:
            sql = f"SELECT * FROM [{table}] WHERE document_id = ?"
        rows[table] = sorted(query_rows(db, sql, [document_id]), key=lambda r: int(r["id"]))
    return rows


def _forest(rows: Iterable[Row], make: Callable[[Row], T]) -> list[T]:
    """Build nested nodes from rows with parent_id/position; orphans and cycles become roots."""
    ordered = sorted(rows, key=lambda r: (r["position"], r["id"]))
    nodes = {int(r["id"]): make(r) for r in ordered}
    parents = ordered_parents(ordered)
    roots: list[T] = []
    for r in ordered:
        node_id = int(r["id"])
        parent = parents[node_id]
        if parent is not None and parent in nodes and _reaches_root(node_id, parents):
            nodes[parent].children.append(nodes[node_id])
        else:
            roots.append(nodes[node_id])
    return roots


def ordered_parents(rows: Sequence[Row]) -> dict[int, int | None]:
    """Return each row's parent id by row id."""
    return {int(r["id"]): (int(r["parent_id"]) if r["parent_id"] is not None else None) for r in rows}


@dataclass(frozen=True, slots=True)
class StructureProblem:
    """A tree row whose parent is missing, in another document, or part of a cycle."""

    table: str
    row_id: int
    document_id: int
    title: str
    reason: Message


def structure_problems(db: Database) -> list[StructureProblem]:
    """Find tree rows that loading shows at the top level because their parent chain is broken.

    A file written by this program cannot contain them (foreign keys, moves check for
    cycles); a damaged or hand-edited one can, and its user must be told.
    """
    problems: list[StructureProblem] = []
    for table in ("section", "goal", "paper"):
        rows = query_rows(db, f"SELECT id, document_id, parent_id, * FROM [{table}]")
        by_id = {int(r["id"]): r for r in rows}
        parents = ordered_parents(rows)
        for r in rows:
            parent = parents[int(r["id"])]
            if parent is None:
                continue
            title = str(r.get("title") or r.get("name") or r.get("reference") or "")
            if parent not in by_id:
                reason = message("verweist auf einen übergeordneten Eintrag {parent}, den es nicht gibt", parent=parent)
            elif by_id[parent]["document_id"] != r["document_id"]:
                reason = message("hängt unter einem Eintrag eines anderen Dokuments")
            elif not _reaches_root(int(r["id"]), parents):
                reason = message("liegt in einem Kreis von Einträgen, die einander enthalten")
            else:
                continue
            problems.append(StructureProblem(table, int(r["id"]), int(r["document_id"]), title, reason))
    return problems


def _reaches_root(node_id: int, parents: Mapping[int, int | None]) -> bool:
    seen: set[int] = set()
    current: int | None = node_id
    while current is not None:
        if current in seen or current not in parents:
            return False
        seen.add(current)
        current = parents[current]
    return True


def _by_position(rows: Iterable[Row]) -> list[Row]:
    return sorted(rows, key=lambda r: (r["position"], r["id"]))


def _json_value(text: Any, default: str) -> Any:
    """Return a JSON column's value; a damaged one reads as its default (rows of an older Fassung lack it)."""
    try:
        return json.loads(text or default)
    except (TypeError, ValueError, RecursionError):
        return json.loads(default)


def document_from_rows(rows: Mapping[str, Sequence[Row]]) -> Document:
    """Build the domain document from its rows (as ``document_rows`` returns them)."""
    d = rows["document"][0]
    indicators: dict[int, list[Indicator]] = defaultdict(list)
    for r in _by_position(rows.get("indicator", [])):
        indicators[int(r["goal_id"])].append(
            Indicator(r["name"], r["unit"], r["baseline"], r["target"], r["year"], int(r["id"]))
        )
    consultations: dict[int, list[Consultation]] = defaultdict(list)
    for r in _by_position(rows.get("consultation", [])):
        consultations[int(r["paper_id"])].append(
            Consultation(r["organization"], r["meeting_date"], r["role"], r["result"], int(r["id"]))
        )
    extra = _json_value(d.get("extra_params"), "{}")
    categories = _json_value(d.get("categories"), "[]")
    page_texts = _json_value(d.get("page_texts"), "{}")
    themenfelder = _by_position(rows.get("document_themenfeld", []))
    return Document(
        title=d["title"],
        wiki_title=d["wiki_title"],
        art=d["art"],
        scope=d["scope"],
        responsible=d["responsible"],
        year=d["year"],
        status=d["status"],
        themenfeld_ids=[int(r["themenfeld_id"]) for r in themenfelder],
        themenfeld_icons={int(r["themenfeld_id"]): str(r["icon"]) for r in themenfelder if r.get("icon")},
        categories=[str(c) for c in cast(list[Any], categories)] if isinstance(categories, list) else [],
        page_texts={str(k): str(v) for k, v in cast(dict[Any, Any], page_texts).items()}
        if isinstance(page_texts, dict)
        else {},
        notes=str(d.get("notes") or ""),
        sections=_forest(rows.get("section", []), lambda r: Section(r["title"], r["body"], [], int(r["id"]))),
        goals=_forest(
            rows.get("goal", []),
            lambda r: Goal(
                r["title"],
                r["description"],
                r["themenfeld_id"],
                r["leitziel_id"],
                r["owner"],
                r["deadline"],
                r["status"],
                indicators[int(r["id"])],
                [],
                int(r["id"]),
            ),
        ),
        papers=_forest(
            rows.get("paper", []),
            lambda r: CouncilPaper(
                reference=r["reference"],
                name=r["name"],
                paper_type=r["paper_type"],
                date=r["date"],
                system=r["system"],
                url=r["url"],
                under_direction_of=r["under_direction_of"],
                involved=r["involved"],
                public=bool(r["public"]),
                decision_proposal=r["decision_proposal"],
                reasoning=r["reasoning"],
                financial_impact=r["financial_impact"],
                attachments=r["attachments"],
                consultations=consultations[int(r["id"])],
                id=int(r["id"]),
            ),
        ),
        synergies=[
            Synergy(r["target_document_id"], r["text"], int(r["id"])) for r in _by_position(rows.get("synergy", []))
        ],
        leitziel_refs=[
            LeitzielRef(
                r["themenfeld_id"],
                r["leitziel_id"],
                r["note"],
                int(r["id"]),
                str(r.get("leitziel_title") or ""),
                str(r.get("leitziel_anchor") or ""),
            )
            for r in _by_position(rows.get("leitziel_ref", []))
        ],
        links=[Link(r["label"], r["url"], int(r["id"])) for r in _by_position(rows.get("link", []))],
        extra_params={str(k): str(v) for k, v in cast(dict[Any, Any], extra).items()}
        if isinstance(extra, dict)
        else {},
        id=int(d["id"]),
    )


def load_document(db: Database, document_id: int, trees: bool = True) -> Document | None:
    """Return one document (with its trees unless ``trees`` is False), or None if there is no such document."""
    rows = document_rows(db, document_id, trees)
    if not rows["document"]:
        return None
    return document_from_rows(rows)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A search result: where it is and a snippet with the match in »…«."""

    document_id: int
    kind: str
    node_id: int
    snippet: str


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """Turn what a user typed into an FTS5 query: all words, the last one as a prefix."""
    words = _WORD.findall(text)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(db: Database, text: str, limit: int = 200, document_id: int | None = None) -> list[SearchHit]:
    """Return the best matches for ``text`` over every text field of the file."""
    match = fts_query(text)
    if not match:
        return []
    sql = (
        "SELECT document_id, kind, node_id, snippet(search, 0, '»', '«', '…', 12) AS snip "
        "FROM search WHERE search MATCH ?"
    )
    params: list[Any] = [match]
    if document_id is not None:
        sql += " AND document_id = ?"
        params.append(document_id)
    sql += " ORDER BY rank LIMIT ?"
    params.append(limit)
    cursor = db.execute(sql, params)
    try:  # a damaged index fails midway: the statement must not stay open (it would block a rebuild)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    return [
        SearchHit(int(document_id), str(kind), int(node_id), " ".join(str(snip).split()))
        for document_id, kind, node_id, snip in rows
        if document_id is not None
    ]
