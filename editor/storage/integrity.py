"""Checks that a file really has our shape before anything reads it, and the search index.

``quick_check`` proves that SQLite can read a file, not that it is ours: a file built by
hand can have our tables with loose column types (a number or NULL where text belongs),
a ``search`` table that is not a full-text index, or a full-text index whose content no
longer matches its rows. Each of these used to surface as a Python traceback somewhere
far from the cause. Here the file's schema is compared, column by column, with the
schema our migrations build, and the search index, which holds only derived data, is
rebuilt from the rows when it is damaged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from editor.domain.messages import Message, message
from editor.storage.repository import DOCUMENT_TABLES, Row, rebuild_search
from editor.storage.shape import Column, expected_shapes, table_columns, table_shapes
from editor.storage.sql import Database

SEARCH_TABLE = "search"


def _is_search(name: str) -> bool:
    return name == SEARCH_TABLE or name.startswith(f"{SEARCH_TABLE}_")


def _normal(sql: str) -> str:
    return " ".join(sql.replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split()).casefold()


def schema_problems(db: Database) -> list[str]:
    """Return how the file's tables differ from ours (German, one phrase each); the search index aside."""
    actual = table_shapes(db)
    problems: list[str] = []
    for name, want in expected_shapes().items():
        if _is_search(name):
            continue
        have = actual.get(name)
        if have is None:
            problems.append(f"die Tabelle „{name}“ fehlt")
            continue
        if have.kind != want.kind:
            problems.append(f"„{name}“ ist keine gewöhnliche Tabelle")
            continue
        if want.strict and not have.strict:
            problems.append(f"die Tabelle „{name}“ prüft die Datentypen ihrer Spalten nicht (nicht STRICT)")
        for column in want.columns:
            found = have.column(column.name)
            if found is None:
                problems.append(f"die Spalte „{name}.{column.name}“ fehlt")
            elif found.type != column.type:
                problems.append(
                    f"die Spalte „{name}.{column.name}“ hat den Typ {found.type or 'ohne Typ'} statt {column.type}"
                )
            elif found.notnull != column.notnull or found.pk != column.pk:
                what = "darf leer (NULL) sein" if column.notnull and not found.notnull else "ist anders festgelegt"
                problems.append(f"die Spalte „{name}.{column.name}“ {what}")
            elif found.default != column.default:
                problems.append(f"die Spalte „{name}.{column.name}“ hat einen anderen Vorgabewert")
        extra = [c.name for c in have.columns if want.column(c.name) is None]
        if extra:
            problems.append(f"die Tabelle „{name}“ hat fremde Spalten ({', '.join(extra[:5])})")
        if have.foreign_keys != want.foreign_keys:
            problems.append(f"die Verweise der Tabelle „{name}“ sind anders festgelegt")
    return problems


def search_shape_ok(db: Database) -> bool:
    """Return whether ``search`` is our FTS5 table with its own shadow tables, as we create it."""
    actual = table_shapes(db)
    for name, want in expected_shapes().items():
        if not _is_search(name):
            continue
        have = actual.get(name)
        if have is None or have.kind != want.kind or have.columns != want.columns:
            return False
        if name == SEARCH_TABLE and _normal(have.sql) != _normal(want.sql):
            return False
    return True


def search_content_ok(db: Database) -> bool:
    """Run FTS5's own ``integrity-check`` (needs a writable connection; changes nothing)."""
    try:
        db.execute(f"INSERT INTO main.{SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('integrity-check')")
    except sqlite3.DatabaseError:
        return False
    return True


def _search_statement() -> str:
    return expected_shapes()[SEARCH_TABLE].sql


_SHADOWS = ("data", "idx", "content", "docsize", "config")


def rebuild_search_index(db: Database) -> None:
    """Drop the file's search index, whatever is left of it, and build it anew from the rows."""
    with db.atomic():
        names = [
            str(r[0])
            for r in db.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'").fetchall()
            if _is_search(str(r[0]))
        ]
        if SEARCH_TABLE in names:
            try:
                with db.atomic():
                    db.execute(f"DROP TABLE main.{SEARCH_TABLE}")  # an FTS5 table takes its shadow tables along
            except sqlite3.DatabaseError:
                # FTS5 cannot even drop an index whose own records are gone; give it an empty one first.
                _reset_shadow_tables(db)
                db.execute(f"DROP TABLE main.{SEARCH_TABLE}")
        for name in names:
            if name != SEARCH_TABLE:
                db.execute(f'DROP TABLE IF EXISTS main."{name}"')
        db.execute(_search_statement())
        rebuild_search(db)


def _reset_shadow_tables(db: Database) -> None:
    """Fill the search index's shadow tables with the records of a new, empty index."""
    fresh = f"{SEARCH_TABLE}_frisch"
    db.execute(f"DROP TABLE IF EXISTS temp.{fresh}")
    db.execute(_search_statement().replace(f"TABLE {SEARCH_TABLE}", f"TABLE temp.{fresh}", 1))
    for shadow in _SHADOWS:
        statement = db.execute("SELECT sql FROM temp.sqlite_master WHERE name = ?", [f"{fresh}_{shadow}"]).fetchone()[0]
        db.execute(f"DROP TABLE IF EXISTS main.{SEARCH_TABLE}_{shadow}")
        db.execute(str(statement).replace(f"'{fresh}_{shadow}'", f"main.{SEARCH_TABLE}_{shadow}", 1))
        db.execute(f"INSERT INTO main.{SEARCH_TABLE}_{shadow} SELECT * FROM temp.{fresh}_{shadow}")
    db.execute(f"DROP TABLE temp.{fresh}")


def use_temporary_search_index(db: Database) -> None:
    """Build a search index in memory that hides the file's broken one (for read-only files)."""
    db.execute(f"DROP TABLE IF EXISTS temp.{SEARCH_TABLE}")
    db.execute(_search_statement().replace(f"TABLE {SEARCH_TABLE}", f"TABLE temp.{SEARCH_TABLE}", 1))
    rebuild_search(db)


# --- Fassungen ------------------------------------------------------------------------------


class SnapshotError(ValueError):
    """A Fassung's saved rows cannot be used; ``str(error)`` says why, in German."""


def _owner(table: str) -> str | None:
    if table == "indicator":
        return "goal_id"
    if table == "consultation":
        return "paper_id"
    if table == "document":
        return None
    return "document_id"


def _check_value(table: str, column: Column, value: Any) -> Any:
    where = f"{table}.{column.name}"
    if value is None:
        if column.notnull:
            raise SnapshotError(f"„{where}“ ist leer")
        return None
    if column.type == "INTEGER":
        if isinstance(value, bool) or not isinstance(value, int) or not -(2**63) <= value < 2**63:
            raise SnapshotError(f"„{where}“ ist keine ganze Zahl")
        return value
    if column.type == "TEXT":
        if not isinstance(value, str):
            raise SnapshotError(f"„{where}“ ist kein Text")
        return value
    raise SnapshotError(f"„{where}“ hat einen unbekannten Typ")


def _default(table: str, column: Column) -> Any:
    if column.default is None:
        if column.notnull:
            raise SnapshotError(f"„{table}.{column.name}“ fehlt")
        return None
    text = column.default
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1].replace("''", "'")
    try:
        return int(text)
    except ValueError:
        raise SnapshotError(f"„{table}.{column.name}“ fehlt") from None


def validate_snapshot(data: Any, document_id: int) -> dict[str, list[Row]]:
    """Return a Fassung's rows checked against our schema, or raise ``SnapshotError``.

    Only our document tables and their columns pass (column names reach SQL only from
    our schema); every value has its column's type; every row belongs to the document
    and every parent or owner it names is in the Fassung itself.
    """
    if not isinstance(data, dict):
        raise SnapshotError("sie enthält keine Tabellen")
    raw: dict[Any, Any] = data  # pyright: ignore[reportUnknownVariableType]
    result: dict[str, list[Row]] = {}
    for table, rows in raw.items():
        if table not in DOCUMENT_TABLES:
            raise SnapshotError(f"sie enthält eine fremde Tabelle „{str(table)[:40]}“")
        if not isinstance(rows, list):
            raise SnapshotError(f"„{table}“ ist keine Liste von Einträgen")
        columns = table_columns(table)
        cleaned: list[Row] = []
        seen: set[int] = set()
        for row in rows:  # pyright: ignore[reportUnknownVariableType]
            if not isinstance(row, dict):
                raise SnapshotError(f"ein Eintrag in „{table}“ ist kein Datensatz")
            entry: dict[Any, Any] = row  # pyright: ignore[reportUnknownVariableType]
            unknown = [str(key)[:40] for key in entry if key not in columns]
            if unknown:
                raise SnapshotError(f"„{table}“ hat fremde Spalten ({', '.join(unknown[:3])})")
            clean: Row = {}
            for name, column in columns.items():
                clean[name] = _check_value(table, column, entry[name]) if name in entry else _default(table, column)
            if clean["id"] is None or clean["id"] in seen:
                raise SnapshotError(f"ein Eintrag in „{table}“ hat keine eindeutige Nummer")
            seen.add(int(clean["id"]))
            cleaned.append(clean)
        result[table] = cleaned
    for table in DOCUMENT_TABLES:
        result.setdefault(table, [])
    _check_belonging(result, document_id)
    return result


def _check_belonging(rows: Mapping[str, Sequence[Row]], document_id: int) -> None:
    documents = rows["document"]
    if len(documents) != 1 or documents[0]["id"] != document_id:
        raise SnapshotError("sie gehört nicht zu diesem Dokument")
    ids = {table: {int(r["id"]) for r in table_rows} for table, table_rows in rows.items()}
    owners = {"indicator": "goal", "consultation": "paper"}
    for table, table_rows in rows.items():
        owner = _owner(table)
        for r in table_rows:
            if owner == "document_id" and r["document_id"] != document_id:
                raise SnapshotError(f"ein Eintrag in „{table}“ gehört zu einem anderen Dokument")
            if owner in ("goal_id", "paper_id") and r[owner] not in ids[owners[table]]:
                raise SnapshotError(f"ein Eintrag in „{table}“ hängt an einem Eintrag außerhalb der Fassung")
            if "parent_id" in r and r["parent_id"] is not None and r["parent_id"] not in ids[table]:
                raise SnapshotError(f"ein Eintrag in „{table}“ hängt an einem Eintrag außerhalb der Fassung")


def describe_database_error(error: sqlite3.Error) -> Message:
    """Return a German sentence for an SQLite error during a write; nothing was saved."""
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        return message("Die Datei ist schreibgeschützt; die Änderung wurde nicht gespeichert.")
    if "full" in text:
        return message("Der Datenträger ist voll; die Änderung wurde nicht gespeichert.")
    if "locked" in text or "busy" in text:
        return message(
            "Die Datei wird gerade von einem anderen Programm benutzt; die Änderung wurde nicht gespeichert."
        )
    if isinstance(error, sqlite3.IntegrityError):
        return message(
            "Die Änderung passt nicht zum Inhalt der Datei ({reason}); sie wurde nicht gespeichert.", reason=error
        )
    if "malformed" in text or "corrupt" in text or "not a database" in text or "disk i/o" in text:
        return message(
            "Die Datei ist beschädigt ({reason}); die Änderung wurde nicht gespeichert. "
            "Bitte stellen Sie eine Sicherung wieder her (Datei › Sicherung wiederherstellen).",
            reason=error,
        )
    return message("Die Änderung konnte nicht gespeichert werden: {reason}.", reason=error)
