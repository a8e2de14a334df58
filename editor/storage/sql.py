"""Typed doors to sqlite-utils: every statement of the storage and service layers goes here.

sqlite-utils types its parameters loosely; these two wrappers give the rest of the code
precise types, so pyright strict holds everywhere else.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, cast

from sqlite_utils import Database


def execute(db: Database, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
    """Run one statement (writes, pragmas, single-value reads) through ``db.execute``."""
    return db.execute(sql, list(params))  # pyright: ignore[reportUnknownMemberType]


def query(db: Database, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
    """Yield the rows of a read as dicts through ``db.query``."""
    for row in db.query(sql, list(params)):  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
        yield cast(dict[str, Any], row)
