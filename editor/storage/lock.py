"""Who is editing a file: a small lock file beside it, as LibreOffice does (``.~lock.NAME#``).

SQLite already keeps every single transaction whole when two processes write. The lock
is about *sessions*: a second editor on the same file would interleave two people's
work, so it is told who holds the file (user, host, since when) and may open it
read-only. A lock left by a crashed process on this machine is detected by its dead
process id and cleared.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


def lock_path(path: Path) -> Path:
    """Return the lock file that belongs to ``path``."""
    return path.with_name(f".~lock.{path.name}#")


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a file: user, host, process id and since when (ISO time)."""

    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        """Return a German description: "Erika Muster auf PC-123 seit 26.11.2026, 10:42"."""
        try:
            when = datetime.fromisoformat(self.since).strftime("%d.%m.%Y, %H:%M Uhr")
        except ValueError:
            when = self.since or "unbekannt"
        return f"{self.user or 'unbekannt'} auf {self.host or 'unbekanntem Rechner'} seit {when}"

    def is_stale(self) -> bool:
        """Return whether the holder is a process on this machine that no longer runs."""
        if self.host != socket.gethostname() or self.pid <= 0:
            return False
        if self.pid == os.getpid():
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return True
        except (PermissionError, OSError):
            return False
        return False


def read_holder(path: Path) -> LockHolder | None:
    """Return the holder recorded in ``path``'s lock file, or None if there is none."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockHolder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # An unreadable or half-written lock file still means somebody may hold the file.
        return LockHolder("", "", 0, "")


class FileLock:
    """The lock this process holds on one workspace file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.held = False

    def acquire(self) -> LockHolder | None:
        """Take the lock; return the other holder instead if somebody else has it."""
        target = lock_path(self.path)
        me = LockHolder(
            _user(), socket.gethostname(), os.getpid(), datetime.now().astimezone().isoformat(timespec="seconds")
        )
        for _attempt in range(2):
            try:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_holder(self.path)
                if holder is not None and holder.is_stale():
                    with contextlib.suppress(OSError):
                        target.unlink()
                    continue
                return holder or LockHolder("", "", 0, "")
            except OSError:
                return None  # no lock possible here (read-only folder): SQLite still guards each write
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"user": me.user, "host": me.host, "pid": me.pid, "since": me.since}, handle)
            self.held = True
            return None
        return read_holder(self.path)

    def release(self) -> None:
        """Give the lock back (only if this object took it)."""
        if self.held:
            with contextlib.suppress(OSError):
                lock_path(self.path).unlink()
            self.held = False


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USERNAME", "")
