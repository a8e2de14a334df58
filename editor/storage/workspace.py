"""Opening, creating and checking a workspace file (one SQLite file, many documents).

Journal mode: **DELETE** (the classic rollback journal) with ``synchronous=FULL``.
Users keep their file on network shares, mail it, and copy it with the file manager
while the editor is open. With WAL, committed changes live in a ``-wal`` side file
until a checkpoint, so a copy of the main file alone silently lacks recent work, and
WAL needs shared memory that network filesystems do not provide. With a rollback
journal the main file holds every committed change the moment ``COMMIT`` returns;
the ``-journal`` file exists only while a write is in progress. The cost is a few
fsyncs per edit, which stays far below the 10 ms budget of one durable edit.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import tempfile
from collections.abc import Generator
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from editor.domain.messages import Message, UserError, message
from editor.storage.lock import FileLock, LockHolder
from editor.storage.schema import APPLICATION_ID, CURRENT_VERSION, migrations
from editor.storage.sql import execute, query

SQLITE_HEADER = b"SQLite format 3\x00"


class StorageError(UserError):
    """A problem with a workspace file; ``str(error)`` is a German message for the user."""


class WorkspaceNotFoundError(StorageError):
    """The path does not exist."""


class NotAWorkspaceError(StorageError):
    """The file is not a Strategie-Editor workspace (not SQLite, or another program's)."""


class NewerSchemaError(StorageError):
    """The file was written by a newer version of the program."""


class CorruptWorkspaceError(StorageError):
    """The file is damaged (truncated, flipped pages, failed integrity check)."""


class ReadOnlyError(StorageError):
    """A write was attempted on a file that is open read-only."""


class WorkspaceLockedError(StorageError):
    """Another editor session holds the file; ``holder`` says who."""

    def __init__(self, template: str, holder: LockHolder, /, **params: object) -> None:
        super().__init__(template, **params)
        self.holder = holder


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except FileNotFoundError:
        raise WorkspaceNotFoundError("Die Datei „{path}“ gibt es nicht.", path=path) from None
    except IsADirectoryError:
        raise NotAWorkspaceError("„{path}“ ist ein Ordner, keine Strategie-Datei.", path=path) from None
    except PermissionError:
        raise StorageError("Keine Berechtigung, „{path}“ zu lesen.", path=path) from None
    except OSError as error:
        raise StorageError(
            "„{path}“ kann nicht gelesen werden: {reason}.", path=path, reason=error.strerror or error
        ) from None
    except ValueError:  # a NUL byte in the name
        raise StorageError("Der Dateiname enthält ein unzulässiges Zeichen.") from None


def check_header(path: Path) -> int:
    """Check the file's SQLite header without opening it; return its schema version."""
    header = _read_header(path)
    if not header:
        raise NotAWorkspaceError("„{name}“ ist leer (0 Bytes) und keine Strategie-Datei.", name=path.name)
    if not header.startswith(SQLITE_HEADER):
        raise NotAWorkspaceError(
            "„{name}“ ist keine Strategie-Datei: Sie ist keine SQLite-Datenbank "
            "(vielleicht ein Word-Dokument, ein Export oder eine beschädigte Datei).",
            name=path.name,
        )
    if len(header) < 100:
        raise CorruptWorkspaceError("„{name}“ ist abgeschnitten und beschädigt.", name=path.name)
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    if application_id != APPLICATION_ID:
        raise NotAWorkspaceError(
            "„{name}“ ist eine SQLite-Datenbank eines anderen Programms, keine Strategie-Datei.", name=path.name
        )
    if user_version > CURRENT_VERSION:
        raise NewerSchemaError(
            "„{name}“ wurde mit einer neueren Version des Strategie-Editors gespeichert "
            "(Dateiformat {version}, dieses Programm kennt bis {current}). "
            "Bitte aktualisieren Sie das Programm.",
            name=path.name,
            version=user_version,
            current=CURRENT_VERSION,
        )
    return int(user_version)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _database(conn: sqlite3.Connection) -> Database:
    # No sqlite-utils plugins: third-party code has no business with the user's file
    # (and looking for it costs 30 ms at every start).
    return Database(conn, execute_plugins=False)


class Workspace:
    """An open workspace file: the sqlite-utils ``Database`` and how it was opened."""

    def __init__(self, db: Database, path: Path | None, read_only: bool, lock: FileLock | None = None) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        self.lock = lock

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> Workspace:
        """Open an existing workspace; raise ``StorageError`` with a German message."""
        path = Path(path)
        version = check_header(path)
        if not read_only and not os.access(path, os.W_OK):
            read_only = True
        lock: FileLock | None = None
        if not read_only:
            lock = FileLock(path)
            holder = lock.acquire()
            if holder is not None:
                raise WorkspaceLockedError(
                    "„{name}“ wird gerade bearbeitet von {holder}. Sie können die Datei schreibgeschützt öffnen.",
                    holder,
                    name=path.name,
                    holder=holder.describe(),
                )
        try:
            conn = _connect(path, read_only)
        except sqlite3.Error as error:
            if lock is not None:
                lock.release()
            raise StorageError("„{name}“ kann nicht geöffnet werden: {reason}.", name=path.name, reason=error) from None
        workspace = cls(_database(conn), path, read_only, lock)
        try:
            workspace._check()
            # Read-only, an older format is read as it is (readers cope with the tables it lacks).
            if version < CURRENT_VERSION and not workspace.read_only:
                workspace._upgrade(version)
        except StorageError:
            workspace.close()
            raise
        except sqlite3.DatabaseError as error:
            workspace.close()
            raise CorruptWorkspaceError(
                "„{name}“ ist beschädigt und kann nicht gelesen werden ({reason}).", name=path.name, reason=error
            ) from None
        return workspace

    @classmethod
    def create(cls, path: Path | str) -> Workspace:
        """Create a new, empty workspace at ``path``, which must not exist yet."""
        path = Path(path)
        if "\x00" in str(path):
            raise StorageError("Der Dateiname enthält ein unzulässiges Zeichen.")
        if path.exists():
            raise StorageError("„{path}“ gibt es schon; eine bestehende Datei wird nicht überschrieben.", path=path)
        directory = path.parent if str(path.parent) else Path(".")
        if not directory.is_dir():
            raise StorageError("Den Ordner „{directory}“ gibt es nicht.", directory=directory)
        try:
            handle, temp_name = tempfile.mkstemp(prefix=".neu-", suffix=".strategie", dir=directory)
        except OSError as error:
            raise StorageError(
                "In „{directory}“ kann keine Datei angelegt werden: {reason}.",
                directory=directory,
                reason=error.strerror or error,
            ) from None
        os.close(handle)
        temp = Path(temp_name)
        try:
            temp.unlink()
            conn = sqlite3.connect(temp, check_same_thread=False)
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA synchronous = FULL")
            db = _database(conn)
            migrations.apply(db)
            execute(db, f"PRAGMA user_version = {CURRENT_VERSION}")
            conn.close()
            if path.exists():
                raise FileExistsError(path)
            os.replace(temp, path)
        except (OSError, sqlite3.Error) as error:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise StorageError("„{name}“ kann nicht angelegt werden: {reason}.", name=path.name, reason=error) from None
        return cls.open(path)

    def _check(self) -> None:
        """Refuse files whose schema could run code or is not ours, and damaged files."""
        name = self.path.name if self.path else "Datei"
        foreign = [
            f"{row['type']} {row['name']}"
            for row in query(self.db, "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')")
        ]
        if foreign:
            raise NotAWorkspaceError(
                "„{name}“ enthält fremde Datenbank-Objekte ({objects}) und wird aus Sicherheitsgründen nicht geöffnet.",
                name=name,
                objects=", ".join(foreign),
            )
        tables = {row["name"] for row in query(self.db, "SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = {"document", "section", "goal", "paper", "themenfeld", "search"} - tables
        if missing:
            raise CorruptWorkspaceError(
                "„{name}“ ist unvollständig: Es fehlen Tabellen ({tables}).",
                name=name,
                tables=", ".join(sorted(missing)),
            )
        result = [row[0] for row in execute(self.db, "PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            raise CorruptWorkspaceError("„{name}“ ist beschädigt: {reason}", name=name, reason="; ".join(result[:3]))
        mode = execute(self.db, "PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() == "wal" and not self.read_only:
            # Only a file someone else switched to WAL gets here; it must go back to one file.
            execute(self.db, "PRAGMA journal_mode = DELETE")

    def _upgrade(self, version: int) -> None:
        """Apply pending migrations after taking a backup copy of the old file."""
        name = self.path.name if self.path else "Datei"
        if self.read_only:
            raise StorageError(
                "„{name}“ hat ein älteres Dateiformat ({version}) und muss aktualisiert werden, "
                "ist aber schreibgeschützt.",
                name=name,
                version=version,
            )
        if self.path is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            self.backup_to(
                self.path.with_name(f"{self.path.stem}.vor-format-{CURRENT_VERSION}-{stamp}{self.path.suffix}")
            )
        migrations.apply(self.db)
        execute(self.db, f"PRAGMA user_version = {CURRENT_VERSION}")

    def backup_to(self, target: Path) -> None:
        """Write a consistent copy of the workspace to ``target`` (SQLite backup API)."""
        temp = target.with_name(f".{target.name}.tmp")
        try:
            with contextlib.closing(sqlite3.connect(temp)) as copy:
                self.db.conn.backup(copy)
            os.replace(temp, target)
        except (OSError, sqlite3.Error) as error:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise StorageError(
                "Die Kopie „{name}“ konnte nicht geschrieben werden: {reason}.", name=target.name, reason=error
            ) from None

    @contextlib.contextmanager
    def transaction(self) -> Generator[Database]:
        """Run a block as one durable transaction; refuse on read-only files."""
        if self.read_only:
            name = self.path.name if self.path else "Datei"
            raise ReadOnlyError("„{name}“ ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.", name=name)
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.OperationalError as error:
            raise StorageError(_describe_write_error(error)) from error

    def close(self) -> None:
        """Close the connection and give the file's lock back."""
        self.db.close()
        if self.lock is not None:
            self.lock.release()


def _describe_write_error(error: sqlite3.OperationalError) -> Message:
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        return message("Die Datei ist schreibgeschützt; die Änderung wurde nicht gespeichert.")
    if "full" in text:
        return message("Der Datenträger ist voll; die Änderung wurde nicht gespeichert.")
    if "locked" in text or "busy" in text:
        return message(
            "Die Datei wird gerade von einem anderen Programm benutzt; die Änderung wurde nicht gespeichert."
        )
    return message("Die Änderung konnte nicht gespeichert werden: {reason}.", reason=error)
