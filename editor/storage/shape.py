"""The shape of our tables (columns, types, strictness, foreign keys) as the migrations build them.

Used to compare a file's schema with ours on open, and to let only our own column names
reach SQL when rows come from outside the program's own code (a Fassung's snapshot).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from editor.storage.schema import MIGRATIONS
from editor.storage.sql import Database

_INTERNAL = {"sqlite_schema", "sqlite_sequence", "sqlite_temp_schema", "_sqlite_migrations"}


@dataclass(frozen=True, slots=True)
class Column:
    """One column as ``PRAGMA table_xinfo`` describes it."""

    name: str
    type: str
    notnull: bool
    default: str | None
    pk: int


@dataclass(frozen=True, slots=True)
class TableShape:
    """A table's kind (table, virtual, shadow), strictness, columns and foreign keys."""

    kind: str
    strict: bool
    columns: tuple[Column, ...]
    foreign_keys: frozenset[tuple[str, str, str]]
    sql: str

    def column(self, name: str) -> Column | None:
        """Return the column called ``name``, or None."""
        return next((c for c in self.columns if c.name == name), None)


def table_shapes(db: Database) -> dict[str, TableShape]:
    """Return the shape of every table in the file's main schema (internal tables aside)."""
    shapes: dict[str, TableShape] = {}
    sql_by_name = {
        str(r[0]): str(r[1] or "")
        for r in db.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'table'").fetchall()
    }
    for row in db.execute("PRAGMA main.table_list").fetchall():
        name, kind, strict = str(row[1]), str(row[2]), bool(row[5])
        if name in _INTERNAL or kind not in ("table", "virtual", "shadow"):
            continue
        quoted = name.replace('"', '""')
        try:
            info = db.execute(f'PRAGMA main.table_xinfo("{quoted}")').fetchall()
        except sqlite3.DatabaseError:  # a virtual table whose module cannot read its own data
            info = []
        columns = tuple(
            Column(str(c[1]), str(c[2]).upper(), bool(c[3]), None if c[4] is None else str(c[4]), int(c[5]))
            for c in info
        )
        keys = frozenset(
            (str(k[2]), str(k[3]), str(k[4]))
            for k in db.execute(f'PRAGMA main.foreign_key_list("{quoted}")').fetchall()
        )
        shapes[name] = TableShape(kind, strict, columns, keys, sql_by_name.get(name, ""))
    return shapes


@functools.cache
def expected_shapes() -> Mapping[str, TableShape]:
    """Return the shape of every table of the current schema, as the migrations build it."""
    db = Database(sqlite3.connect(":memory:"))
    for migration in MIGRATIONS:  # no bookkeeping needed: the table of applied ones is not compared
        with db.atomic():
            migration(db)
    shapes = table_shapes(db)
    db.close()
    return shapes


@functools.cache
def table_columns(table: str) -> Mapping[str, Column]:
    """Return the columns of one of our tables by name (empty for an unknown table)."""
    shape = expected_shapes().get(table)
    return {c.name: c for c in shape.columns} if shape else {}
