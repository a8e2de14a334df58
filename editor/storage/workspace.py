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
import stat
import struct
import tempfile
from collections.abc import Generator
from datetime import datetime
from pathlib import Path

from editor.domain.messages import Message, UserError, message
from editor.storage.integrity import (
    describe_database_error,
    rebuild_search_index,
    schema_problems,
    search_content_ok,
    search_shape_ok,
    use_temporary_search_index,
)
from editor.storage.lock import FileLock, LockHolder, real_path
from editor.storage.places import PRIVATE_FILE, write_private_text
from editor.storage.schema import APPLICATION_ID, CURRENT_VERSION, apply_migrations
from editor.storage.sql import Database

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


def journal_path(path: Path) -> Path:
    """Return the rollback journal SQLite keeps beside ``path`` while a write is under way."""
    real = real_path(path)
    return real.with_name(f"{real.name}-journal")


def pending_journal(path: Path) -> Path | None:
    """Return the journal beside ``path`` if there is one with content (a write was interrupted)."""
    journal = journal_path(path)
    try:
        return journal if journal.stat().st_size > 0 else None
    except OSError:
        return None


def recover_journal(path: Path) -> bool:
    """Finish an interrupted write: let SQLite roll a journal left beside ``path`` back.

    A journal is left by a process killed in mid-write; the file is consistent only
    together with it. SQLite rolls it back when it next reads the file with the right
    to write; this does that at once, so that no read-only reader, copy or restore
    ever sees the file without its journal. Returns whether there was a journal.
    """
    journal = pending_journal(path)
    if journal is None:
        return False
    try:
        with contextlib.closing(sqlite3.connect(f"{real_path(path).as_uri()}?mode=rw", uri=True, timeout=5.0)) as conn:
            conn.execute("PRAGMA schema_version").fetchone()  # reading page 1 rolls a hot journal back
    except sqlite3.Error as error:
        raise StorageError(
            "„{name}“ wurde mitten in einem Schreibvorgang unterbrochen (daneben liegt noch „{journal}“). "
            "Das lässt sich nur mit Schreibrecht auf die Datei und ihren Ordner abschließen ({reason}).",
            name=path.name,
            journal=journal.name,
            reason=error,
        ) from None
    return True


def refuse_leftover_journal(path: Path) -> None:
    """Refuse to put a new file where a journal of an earlier file of that name still lies."""
    journal = pending_journal(path)
    if journal is not None:
        raise StorageError(
            "Neben „{name}“ liegt noch „{journal}“, der Rest eines abgebrochenen Schreibvorgangs einer "
            "früheren Datei dieses Namens. SQLite würde ihn in die neue Datei zurückspielen und sie damit "
            "beschädigen. Bitte wählen Sie einen anderen Namen oder löschen Sie „{journal}“.",
            name=path.name,
            journal=journal.name,
        )


def same_file(first: Path, second: Path) -> bool:
    """Return whether two paths name the same file (through links, too)."""
    try:
        a, b = os.stat(first), os.stat(second)
    except (OSError, ValueError):
        return real_path(first) == real_path(second)
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = f"{real_path(path).as_uri()}?mode={'ro' if read_only else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, timeout=5.0, check_same_thread=False)
    _configure(conn)
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA synchronous = FULL")


def _database(conn: sqlite3.Connection) -> Database:
    return Database(conn)


def _file_state(path: Path) -> str:
    """Return what identifies the file's current content: inode, size, time and SQLite's change counter."""
    info = os.stat(real_path(path))
    with real_path(path).open("rb") as handle:
        header = handle.read(28)
    counter = struct.unpack(">I", header[24:28])[0] if len(header) == 28 else 0
    return f"{info.st_dev}:{info.st_ino}:{info.st_size}:{info.st_mtime_ns}:{counter}"


class Workspace:
    """An open workspace file: its connection (``Database``) and how it was opened."""

    def __init__(self, db: Database, path: Path | None, read_only: bool, lock: FileLock | None = None) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        self.lock = lock
        self.notes: list[Message] = []
        """What opening repaired or could not do, for the user (German; the window translates)."""
        self._index_marker: Path | None = None

    @property
    def name(self) -> str:
        """The file name for messages."""
        return self.path.name if self.path else "Datei"

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
            if recover_journal(path):
                version = check_header(path)
            conn = _connect(path, read_only)
        except StorageError:
            if lock is not None:
                lock.release()
            raise
        except sqlite3.Error as error:
            if lock is not None:
                lock.release()
            raise StorageError("„{name}“ kann nicht geöffnet werden: {reason}.", name=path.name, reason=error) from None
        workspace = cls(_database(conn), path, read_only, lock)
        try:
            workspace._check()
            if version < CURRENT_VERSION:
                if read_only:
                    workspace._upgrade_in_memory()
                else:
                    workspace._upgrade(version)
            workspace._check_schema()
            workspace._check_search_shape()
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
        if path.exists() or path.is_symlink():
            raise StorageError("„{path}“ gibt es schon; eine bestehende Datei wird nicht überschrieben.", path=path)
        directory = path.parent if str(path.parent) else Path(".")
        if not directory.is_dir():
            raise StorageError("Den Ordner „{directory}“ gibt es nicht.", directory=directory)
        refuse_leftover_journal(path)
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
            temp.unlink()  # SQLite makes the file itself, with the user's umask
            conn = sqlite3.connect(temp, check_same_thread=False)
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _configure(conn)
            db = _database(conn)
            apply_migrations(db)
            db.execute(f"PRAGMA user_version = {CURRENT_VERSION}")
            conn.close()
            _publish_new(temp, path)
        except FileExistsError:
            raise StorageError(
                "„{path}“ gibt es schon; eine bestehende Datei wird nicht überschrieben.", path=path
            ) from None
        except (OSError, sqlite3.Error) as error:
            raise StorageError("„{name}“ kann nicht angelegt werden: {reason}.", name=path.name, reason=error) from None
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
        return cls.open(path)

    def _check(self) -> None:
        """Refuse files whose schema could run code or is not ours, and damaged files."""
        name = self.name
        foreign = [
            f"{row['type']} {row['name']}"
            for row in self.db.query("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')")
        ]
        if foreign:
            raise NotAWorkspaceError(
                "„{name}“ enthält fremde Datenbank-Objekte ({objects}) und wird aus Sicherheitsgründen nicht geöffnet.",
                name=name,
                objects=", ".join(foreign),
            )
        tables = {row["name"] for row in self.db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = {"document", "section", "goal", "paper", "themenfeld", "search"} - tables
        if missing:
            raise CorruptWorkspaceError(
                "„{name}“ ist unvollständig: Es fehlen Tabellen ({tables}).",
                name=name,
                tables=", ".join(sorted(missing)),
            )
        result = [row[0] for row in self.db.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            raise CorruptWorkspaceError("„{name}“ ist beschädigt: {reason}", name=name, reason="; ".join(result[:3]))
        mode = self.db.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() == "wal" and not self.read_only:
            # Only a file someone else switched to WAL gets here; it must go back to one file.
            self.db.execute("PRAGMA journal_mode = DELETE")

    def _check_schema(self) -> None:
        """Refuse a file whose tables differ from ours in a column, a type or strictness."""
        problems = schema_problems(self.db)
        if problems:
            raise CorruptWorkspaceError(
                "„{name}“ hat nicht den Aufbau einer Strategie-Datei und wird nicht geöffnet: {problems}.",
                name=self.name,
                problems="; ".join(problems[:4]) + (" …" if len(problems) > 4 else ""),
            )

    def _check_search_shape(self) -> None:
        """Rebuild a search index that is not our FTS5 table (in memory for a read-only file)."""
        if search_shape_ok(self.db):
            return
        self._repair_search_index()

    def repair_search_index(self) -> None:
        """Rebuild a search index that failed in use (in memory for a read-only file); notes say so."""
        try:
            self._repair_search_index()
        except sqlite3.Error as error:
            raise StorageError(
                "Der Suchindex von „{name}“ ist beschädigt und lässt sich nicht neu aufbauen ({reason}).",
                name=self.name,
                reason=error,
            ) from None

    def _repair_search_index(self) -> None:
        if self.read_only:
            use_temporary_search_index(self.db)
            self.notes.append(
                message(
                    "Der Suchindex von „{name}“ ist beschädigt. Die Suche nutzt vorerst einen Index im "
                    "Arbeitsspeicher; wenn Sie die Datei zum Bearbeiten öffnen, wird er in der Datei neu aufgebaut.",
                    name=self.name,
                )
            )
            return
        rebuild_search_index(self.db)
        self.notes.append(
            message(
                "Der Suchindex von „{name}“ war beschädigt und wurde aus den Texten neu aufgebaut; "
                "an den Texten selbst hat sich nichts geändert.",
                name=self.name,
            )
        )

    def check_search_index(self, marker: Path | None = None) -> None:
        """Run FTS5's integrity check and rebuild a damaged index (with a note in ``notes``).

        The check reads the whole index (a quarter of a second for a 50 MB file), so a
        ``marker`` file may record the state in which this program last left the file:
        when the file is still exactly in that state, the check is skipped.
        """
        if self.read_only or self.path is None:
            return
        try:
            if marker is not None and marker.read_text(encoding="ascii") == _file_state(self.path):
                self._index_marker = marker
                return
        except (OSError, ValueError):
            pass
        if not search_content_ok(self.db):
            try:
                self._repair_search_index()
            except sqlite3.DatabaseError as error:
                raise CorruptWorkspaceError(
                    "„{name}“ ist beschädigt und kann nicht gelesen werden ({reason}).", name=self.name, reason=error
                ) from None
        self._index_marker = marker

    def _upgrade(self, version: int) -> None:
        """Apply pending migrations after taking a backup copy of the old file."""
        if self.path is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            self.backup_to(
                self.path.with_name(f"{self.path.stem}.vor-format-{CURRENT_VERSION}-{stamp}{self.path.suffix}")
            )
        apply_migrations(self.db)
        self.db.execute(f"PRAGMA user_version = {CURRENT_VERSION}")

    def _upgrade_in_memory(self) -> None:
        """Read an older format without changing the file: a copy in memory is brought up to date."""
        memory = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.conn.backup(memory)
        self.db.close()
        _configure(memory)
        self.db = _database(memory)
        apply_migrations(self.db)
        self.db.execute(f"PRAGMA user_version = {CURRENT_VERSION}")

    def backup_to(self, target: Path, mode: int | None = None) -> None:
        """Write a consistent copy of the workspace to ``target`` (SQLite backup API).

        The copy gets ``mode`` as its permissions, else those of the workspace file: a
        copy is never readable by more people than the file itself. A target that is the
        workspace itself, that another session holds, or beside which a journal lies is
        refused.
        """
        target = Path(target)
        if self.path is not None and same_file(self.path, target):
            raise StorageError("Die Kopie kann nicht die Datei „{name}“ selbst sein.", name=target.name)
        real = real_path(target)
        refuse_leftover_journal(real)
        if mode is None:
            mode = self._mode()
        lock = FileLock(real)
        holder = lock.acquire()
        if holder is not None:
            raise WorkspaceLockedError(
                "„{name}“ wird gerade bearbeitet von {holder} und wird deshalb nicht überschrieben.",
                holder,
                name=target.name,
                holder=holder.describe(),
            )
        temp = real.with_name(f".{real.name}.{os.urandom(4).hex()}.tmp")
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode))
            os.chmod(temp, mode)
            with contextlib.closing(sqlite3.connect(temp)) as copy:
                self.db.conn.backup(copy)
            os.replace(temp, real)
        except (OSError, sqlite3.Error) as error:
            raise StorageError(
                "Die Kopie „{name}“ konnte nicht geschrieben werden: {reason}.", name=target.name, reason=error
            ) from None
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
            lock.release()

    def _mode(self) -> int:
        if self.path is None:
            return PRIVATE_FILE
        try:
            return stat.S_IMODE(os.stat(real_path(self.path)).st_mode) & 0o666
        except OSError:
            return PRIVATE_FILE

    @contextlib.contextmanager
    def transaction(self) -> Generator[Database]:
        """Run a block as one durable transaction; refuse on read-only files.

        Every SQLite error becomes a ``StorageError`` with a German message; the
        transaction is rolled back, so nothing of a failed change stays in the file.
        """
        if self.read_only:
            raise ReadOnlyError(
                "„{name}“ ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.", name=self.name
            )
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as error:
            self._index_marker = None  # something is wrong: check the index again next time
            if isinstance(error, sqlite3.DatabaseError) and self._repaired_only_the_index():
                raise StorageError(
                    "Der Suchindex von „{name}“ war beschädigt; er wurde eben aus den Texten neu aufgebaut. "
                    "Die Änderung wurde nicht gespeichert; bitte führen Sie sie noch einmal aus.",
                    name=self.name,
                ) from error
            raise StorageError(describe_database_error(error)) from error

    def _repaired_only_the_index(self) -> bool:
        """After a failed write: if only the search index is damaged, rebuild it and say True."""
        try:
            if self.db.execute("PRAGMA quick_check").fetchone()[0] != "ok" or search_content_ok(self.db):
                return False
            rebuild_search_index(self.db)
        except sqlite3.Error:
            return False
        return True

    def close(self) -> None:
        """Close the connection, note the state the file was left in, and give the file's lock back."""
        self.db.close()
        marker, self._index_marker = self._index_marker, None
        if marker is not None and self.path is not None:
            with contextlib.suppress(OSError):
                write_private_text(marker, _file_state(self.path))
        if self.lock is not None:
            self.lock.release()


def _publish_new(temp: Path, path: Path) -> None:
    """Put the finished new file at ``path`` without ever replacing a file that appeared meanwhile."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:
        if path.exists():  # no hard links on this file system (FAT, some shares)
            raise FileExistsError(path) from None
        os.replace(temp, path)
