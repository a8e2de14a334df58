"""The file's connection (``editor.storage.sql.Database``): transactions as sqlite-utils gave them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from editor.storage import Workspace
from editor.storage.sql import Database


@pytest.fixture
def db() -> Database:
    database = Database(sqlite3.connect(":memory:"))
    database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    return database


def names(db: Database) -> list[str]:
    return [row["name"] for row in db.query("SELECT name FROM t ORDER BY id")]


def test_a_statement_outside_a_change_is_committed_at_once_and_a_failed_one_leaves_nothing_open(db):
    db.execute("INSERT INTO t (name) VALUES (?)", ["Straße"])
    assert not db.conn.in_transaction
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (name) VALUES (NULL)")
    assert not db.conn.in_transaction
    assert names(db) == ["Straße"]


def test_a_failed_inner_block_is_undone_and_the_outer_one_goes_on(db):
    with db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('außen')")
        with pytest.raises(sqlite3.IntegrityError), db.atomic():
            db.execute("INSERT INTO t (name) VALUES ('innen')")
            db.execute("INSERT INTO t (name) VALUES (NULL)")
        assert db.conn.in_transaction
    assert names(db) == ["außen"]
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('verworfen')")
        raise RuntimeError
    assert names(db) == ["außen"] and not db.conn.in_transaction


def test_a_repeated_column_name_loses_no_value(db):
    assert list(db.query("SELECT 1 AS id, 2 AS id, 3 AS id_2")) == [{"id": 1, "id_3": 2, "id_2": 3}]


def test_opening_and_checking_a_file_leaves_it_free_for_a_second_writer(sample_file: Path):
    """FTS5's integrity check is a write statement: it must not keep the file's write lock."""
    workspace = Workspace.open(sample_file)
    try:
        workspace.check_search_index()
        assert not workspace.db.conn.in_transaction
        other = sqlite3.connect(sample_file, timeout=0)
        other.execute("BEGIN IMMEDIATE")  # would fail with "database is locked"
        other.rollback()
        other.close()
    finally:
        workspace.close()
