"""Rotating backup copies: one per day when a file is opened for editing, the newest N kept.

Copies are made with SQLite's backup API, so they are consistent even while the file is
in use, and live on the local disk (not beside the file, which may sit on a network
share that fails together with the file). Restoring first saves the current state, so a
restore can itself be undone by restoring that copy.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from editor.storage.lock import FileLock, real_path
from editor.storage.places import PRIVATE_FILE, backup_folder, backup_root, make_private_folder
from editor.storage.workspace import (
    StorageError,
    Workspace,
    WorkspaceLockedError,
    journal_path,
    pending_journal,
    recover_journal,
)

__all__ = [
    "DEFAULT_KEEP",
    "Backup",
    "backup_folder",
    "backup_root",
    "find_backup",
    "index_marker",
    "keep_count",
    "list_backups",
    "make_daily_backup",
    "restore_backup",
]

DEFAULT_KEEP = 7
"""Daily copies kept per file: a working week and a weekend (and as many safety copies)."""

_DAILY = re.compile(r" (\d{4}-\d{2}-\d{2})\.strategie$")
_SAFETY = re.compile(r" vor Wiederherstellung \d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2}( \(\d+\))?\.strategie$")


def keep_count() -> int:
    """Return how many daily copies to keep (``STRATEGIE_BACKUP_KEEP``, default 7)."""
    try:
        return max(1, int(os.environ.get("STRATEGIE_BACKUP_KEEP", DEFAULT_KEEP)))
    except ValueError:
        return DEFAULT_KEEP


def index_marker(path: Path) -> Path:
    """Return the small record of the state in which this program last left ``path`` (see ``check_search_index``)."""
    return backup_folder(path) / ".suchindex-geprueft"


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup copy: its file, and when it was made."""

    path: Path
    made: datetime

    @property
    def name(self) -> str:
        """The file name, which is also how users pick it for restoring."""
        return self.path.name


def list_backups(path: Path) -> list[Backup]:
    """Return the backups of ``path``, newest first."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    found: list[Backup] = []
    for copy in folder.glob("*.strategie"):
        with contextlib.suppress(OSError):
            if copy.is_file():
                found.append(Backup(copy, datetime.fromtimestamp(copy.stat().st_mtime)))
    return sorted(found, key=lambda b: (b.made, b.name), reverse=True)


def _rotate(folder: Path, kind: re.Pattern[str], keep: int, newest: Path) -> None:
    """Keep the ``keep`` newest copies of one kind by file date; the copy just made always stays.

    If the computer's clock went back, the copy just made carries an older date than
    the others; it is kept all the same, and the oldest of the others go.
    """
    others: list[tuple[float, str, Path]] = []
    for copy in folder.glob("*.strategie"):
        if copy != newest and kind.search(copy.name):
            with contextlib.suppress(OSError):
                others.append((copy.stat().st_mtime, copy.name, copy))
    others.sort(reverse=True)
    for _made, _name, old in others[max(0, keep - 1) :]:
        with contextlib.suppress(OSError):
            old.unlink()


def make_daily_backup(workspace: Workspace, keep: int | None = None, today: date | None = None) -> Path | None:
    """Copy the workspace once per day into its backup folder and drop the oldest copies.

    Copies are readable by the user alone (files 0600 in folders 0700), whatever the
    rights of the workspace file.
    """
    if workspace.path is None:
        return None
    keep = keep if keep is not None else keep_count()
    today = today or date.today()
    folder = backup_folder(workspace.path)
    target = folder / f"{real_path(workspace.path).stem} {today.isoformat()}.strategie"
    if target.exists():
        return None
    try:
        make_private_folder(folder)
    except OSError as error:
        raise StorageError(
            "Der Sicherungsordner „{folder}“ kann nicht angelegt werden: {reason}.",
            folder=folder,
            reason=error.strerror or error,
        ) from None
    workspace.backup_to(target, mode=PRIVATE_FILE)
    _rotate(folder, _DAILY, keep, target)
    return target


def find_backup(path: Path, name: str) -> Backup:
    """Return the backup called ``name`` (file name or its date), or raise a German error."""
    backups = list_backups(path)
    for backup in backups:
        if name in (backup.name, backup.path.stem) or backup.name.endswith(f" {name}.strategie"):
            return backup
    known = ", ".join(b.name for b in backups) or "keine"
    raise StorageError(
        "Eine Sicherung „{backup}“ gibt es für „{name}“ nicht (vorhanden: {known}).",
        backup=name,
        name=path.name,
        known=known,
    )


def restore_backup(path: Path, backup: Backup) -> Path:
    """Replace the content of ``path`` by ``backup``; the current state is saved as a backup first.

    The file is taken like an editing session takes it (its lock, through links), an
    interrupted write is rolled back first, the safety copy is consistent (SQLite's
    backup API, or byte for byte with its journal if the file is damaged), and the
    backup is written *into* the file with the backup API in one transaction: the file
    keeps its name, its permissions and its links, and a failure leaves it as it was.
    Returns the path of the safety copy.
    """
    real = real_path(path)
    lock = FileLock(real)
    holder = lock.acquire()
    if holder is not None:
        raise WorkspaceLockedError(
            "„{name}“ wird gerade bearbeitet von {holder}; bitte dort schließen und dann wiederherstellen.",
            holder,
            name=path.name,
            holder=holder.describe(),
        )
    try:
        source = Workspace.open(backup.path, read_only=True)  # refuse a damaged copy before touching anything
        try:
            folder = backup_folder(real)
            make_private_folder(folder)
            stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
            safety = folder / f"{real.stem} vor Wiederherstellung {stamp}.strategie"
            number = 1
            while safety.exists():  # two restores in one second keep both earlier states
                number += 1
                safety = folder / f"{real.stem} vor Wiederherstellung {stamp} ({number}).strategie"
            if real.exists():
                _save_current(real, safety)
                _rotate(folder, _SAFETY, keep_count(), safety)
            _write_into(source, real)
        finally:
            source.close()
        return safety
    except (OSError, sqlite3.Error) as error:
        raise StorageError("Die Sicherung konnte nicht wiederhergestellt werden: {reason}.", reason=error) from None
    finally:
        lock.release()


def _save_current(real: Path, safety: Path) -> None:
    """Keep the current state as ``safety``: consistently if it opens, else byte for byte with its journal."""
    with contextlib.suppress(StorageError):
        recover_journal(real)
    try:
        current = Workspace.open(real, read_only=True)
    except StorageError:
        shutil.copyfile(real, safety)  # even a damaged file is kept, byte for byte
        os.chmod(safety, PRIVATE_FILE)
        journal = pending_journal(real)
        if journal is not None:  # the copy opens as the file would have, journal and all
            shutil.copyfile(journal, f"{safety}-journal")
            os.chmod(f"{safety}-journal", PRIVATE_FILE)
        return
    try:
        current.backup_to(safety, mode=PRIVATE_FILE)
    finally:
        current.close()


def _write_into(source: Workspace, real: Path) -> None:
    """Write ``source`` into the file at ``real`` as one transaction, or put a new file there."""
    if real.exists():
        try:
            with contextlib.closing(sqlite3.connect(f"{real.as_uri()}?mode=rw", uri=True, timeout=5.0)) as target:
                source.db.conn.backup(target)
            return
        except sqlite3.DatabaseError:
            pass  # the file is too damaged to be written into: it is replaced (its copy is kept)
    mode = PRIVATE_FILE
    with contextlib.suppress(OSError):
        mode = os.stat(real).st_mode & 0o666
    temp = real.with_name(f".{real.name}.wiederherstellen")
    try:
        with contextlib.suppress(OSError):
            temp.unlink()
        if real.exists():
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode))
            os.chmod(temp, mode)
        with contextlib.closing(sqlite3.connect(temp)) as copy:
            source.db.conn.backup(copy)
        with contextlib.suppress(FileNotFoundError):
            journal_path(real).unlink()  # it belonged to the damaged file and would spoil the restored one
        os.replace(temp, real)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
