"""The open file's connection: every statement of the storage and service layers goes here.

:class:`Database` is a thin, typed door to a ``sqlite3`` connection with the three things
the code needs: run a statement, read rows as dicts, and a transaction block (nested
blocks become savepoints). It used to be sqlite-utils' ``Database``; importing that costs
about 70 ms at every start of the program (click, dateutil and pluggy come with it), a
quarter of a whole-process wiki export, and it wraps every read in a savepoint of its own.
sqlite-utils stays for what it is best at here, the migrations (``schema.apply_migrations``),
and is imported only when a file is made or brought up to date.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Generator, Iterable, Iterator, Sequence
from typing import Any


class Database:
    """An open SQLite connection: ``execute``, ``query`` (rows as dicts), ``atomic``, ``close``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # Autocommit, as sqlite-utils gave it: a statement outside ``atomic`` is its own
        # transaction, and a failed one leaves none open (Python's default would begin one
        # before a write and keep it open, holding the file's lock).
        if conn.isolation_level is not None:  # setting it commits an open transaction: only once
            conn.isolation_level = None
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils did: triggers may fire triggers

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run one statement and return its cursor."""
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Run a read and yield its rows as dicts (a repeated column name gets ``_2``, ``_3`` …)."""
        cursor = self.conn.execute(sql, params)
        keys = unique_keys(d[0] for d in cursor.description or ())
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database]:
        """Run a block as one transaction; inside another one, as a savepoint of it.

        An error rolls the block back and propagates; if the error already ended the
        transaction (a ``RAISE(ROLLBACK)`` trigger), there is nothing left to undo.
        """
        if self.conn.in_transaction:
            savepoint = f"strategie_{os.urandom(8).hex()}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def unique_keys(keys: Iterable[str]) -> list[str]:
    """Return column names with a repeated one renamed ``name_2``, ``name_3`` … (no name is lost)."""
    names = list(keys)
    taken = set(names)
    if len(taken) == len(names):
        return names
    seen: set[str] = set()
    result: list[str] = []
    for name in names:
        if name in seen:
            n = 2
            while f"{name}_{n}" in taken:
                n += 1
            name = f"{name}_{n}"
            taken.add(name)
        seen.add(name)
        result.append(name)
    return result
