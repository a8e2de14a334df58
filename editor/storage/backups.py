"""Rotating backup copies: one per day when a file is opened for editing, the newest N kept.

Copies are made with SQLite's backup API, so they are consistent even while the file is
in use, and live on the local disk (not beside the file, which may sit on a network
share that fails together with the file). Restoring first saves the current state, so a
restore can itself be undone by restoring that copy.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from editor.storage.lock import FileLock
from editor.storage.workspace import StorageError, Workspace, WorkspaceLockedError

DEFAULT_KEEP = 7
"""Daily copies kept per file: a working week and a weekend."""

_DAILY = re.compile(r" (\d{4}-\d{2}-\d{2})\.strategie$")


def backup_root() -> Path:
    """Return the folder that holds all backups (``STRATEGIE_BACKUP_DIR`` overrides it)."""
    configured = os.environ.get("STRATEGIE_BACKUP_DIR")
    if configured:
        return Path(configured)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "strategie-editor" / "Sicherungen"


def keep_count() -> int:
    """Return how many daily copies to keep (``STRATEGIE_BACKUP_KEEP``, default 7)."""
    try:
        return max(1, int(os.environ.get("STRATEGIE_BACKUP_KEEP", DEFAULT_KEEP)))
    except ValueError:
        return DEFAULT_KEEP


def backup_folder(path: Path) -> Path:
    """Return the backup folder of one workspace file (its name plus a hash of its full path)."""
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:8]
    return backup_root() / f"{path.stem}-{digest}"


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
    found = [Backup(p, datetime.fromtimestamp(p.stat().st_mtime)) for p in folder.glob("*.strategie") if p.is_file()]
    return sorted(found, key=lambda b: (b.made, b.name), reverse=True)


def make_daily_backup(workspace: Workspace, keep: int | None = None, today: date | None = None) -> Path | None:
    """Copy the workspace once per day into its backup folder and drop the oldest copies."""
    if workspace.path is None:
        return None
    keep = keep if keep is not None else keep_count()
    today = today or date.today()
    folder = backup_folder(workspace.path)
    target = folder / f"{workspace.path.stem} {today.isoformat()}.strategie"
    if target.exists():
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            "Der Sicherungsordner „{folder}“ kann nicht angelegt werden: {reason}.",
            folder=folder,
            reason=error.strerror or error,
        ) from None
    workspace.backup_to(target)
    dailies = sorted((p for p in folder.glob("*.strategie") if _DAILY.search(p.name)), key=lambda p: p.name)
    for old in dailies[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
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
    """Replace ``path`` by ``backup``; the current file is saved as a backup first.

    Returns the path of that safety copy.
    """
    lock = FileLock(path)
    holder = lock.acquire()
    if holder is not None:
        raise WorkspaceLockedError(
            "„{name}“ wird gerade bearbeitet von {holder}; bitte dort schließen und dann wiederherstellen.",
            holder,
            name=path.name,
            holder=holder.describe(),
        )
    try:
        Workspace.open(backup.path, read_only=True).close()  # refuse a damaged copy before touching anything
        folder = backup_folder(path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
        safety = folder / f"{path.stem} vor Wiederherstellung {stamp}.strategie"
        if path.exists():
            try:
                current = Workspace.open(path, read_only=True)
            except StorageError:
                shutil.copyfile(path, safety)  # even a damaged file is kept, byte for byte
            else:
                current.backup_to(safety)
                current.close()
        temp = path.with_name(f".{path.name}.wiederherstellen")
        try:
            with (
                contextlib.closing(sqlite3.connect(backup.path)) as source,
                contextlib.closing(sqlite3.connect(temp)) as copy,
            ):
                source.backup(copy)
            os.replace(temp, path)
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
        return safety
    except (OSError, sqlite3.Error) as error:
        raise StorageError("Die Sicherung konnte nicht wiederhergestellt werden: {reason}.", reason=error) from None
    finally:
        lock.release()
