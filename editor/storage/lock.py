"""Who is editing a file: a small lock file beside it, as LibreOffice does (``.~lock.NAME#``).

SQLite already keeps every single transaction whole when two processes write. The lock
is about *sessions*: a second editor on the same file would interleave two people's
work, so it is told who holds the file (user, host, since when) and may open it
read-only.

How the lock stays correct when several programs try at once:

- The lock belongs to the file's **resolved path**, so a symlink and the real name
  share one lock.
- A new lock file is written completely into a temporary file first and then linked
  into place (``os.link`` fails if the name exists): nobody ever reads half a lock,
  and a full disk leaves no empty lock file behind.
- The holder keeps an **OS file lock** (``flock``; ``msvcrt.locking`` on Windows) on
  its lock file for as long as it holds the workspace; the operating system drops it
  when the process dies. A lock file whose OS lock is free and that names a process on
  this machine (or holds garbage) is stale. It is taken over by renaming a fresh lock
  file over it while holding the OS lock of the old one, and only after checking that
  the name still points at the file we locked; so two processes can never both take
  over one stale lock (a check-then-unlink could).
- A lock of another machine is respected: its process cannot be checked from here.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

MAX_LOCK_BYTES = 4096
"""A lock file is a line of JSON; anything longer is garbage and is not read further."""

YOUNG_SECONDS = 5.0
"""Garbage in a lock file younger than this may be a writer without hard links mid-write."""


def real_path(path: Path) -> Path:
    """Return ``path`` with every symlink resolved (the file's one true name)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return path.absolute()


def lock_path(path: Path) -> Path:
    """Return the lock file that belongs to ``path`` (beside the real file, not beside a link)."""
    real = real_path(path)
    return real.with_name(f".~lock.{real.name}#")


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

    def on_this_machine(self) -> bool:
        """Return whether the holder names this computer."""
        return bool(self.host) and self.host == _host()

    def is_stale(self) -> bool:
        """Return whether the holder is a process on this machine that no longer runs."""
        if not self.on_this_machine() or self.pid <= 0 or self.pid == os.getpid():
            return False
        return not _process_alive(self.pid)


UNKNOWN = LockHolder("", "", 0, "")
"""The holder of a lock file that cannot be read: somebody may hold the file."""


def parse_holder(data: bytes) -> LockHolder | None:
    """Return the holder written in a lock file's bytes, or None for garbage."""
    try:
        raw: Any = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(raw, dict):
        return None
    fields: dict[str, Any] = {str(k): v for k, v in raw.items()}  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
    texts = [fields.get(key) for key in ("user", "host", "since")]
    pid = fields.get("pid")
    if not all(isinstance(text, str) and len(text) <= 256 for text in texts):
        return None
    if not isinstance(pid, int) or isinstance(pid, bool) or not 0 < pid < 2**31:
        return None
    return LockHolder(str(texts[0]), str(texts[1]), pid, str(texts[2]))


def read_holder(path: Path) -> LockHolder | None:
    """Return the holder recorded in ``path``'s lock file, or None if there is none."""
    try:
        with lock_path(path).open("rb") as handle:
            data = handle.read(MAX_LOCK_BYTES + 1)
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return UNKNOWN
    # An unreadable or garbled lock file still means somebody may hold the file.
    return parse_holder(data) or UNKNOWN


class FileLock:
    """The lock this process holds on one workspace file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.held = False
        self._fd: int | None = None

    def acquire(self) -> LockHolder | None:
        """Take the lock; return the other holder instead if somebody else has it.

        Where no lock file can be written (a read-only folder, a full disk) the file is
        opened without one: SQLite still keeps every single write whole.
        """
        target = lock_path(self.path)
        me = LockHolder(_user(), _host(), os.getpid(), datetime.now().astimezone().isoformat(timespec="seconds"))
        payload = json.dumps({"user": me.user, "host": me.host, "pid": me.pid, "since": me.since}).encode("utf-8")
        holder: LockHolder | None = UNKNOWN
        for attempt in range(20):
            try:
                self._fd = _publish(target, payload)
            except FileExistsError:
                pass
            except OSError:
                return None
            else:
                self.held = True
                return None
            outcome = self._take_over_if_stale(target, payload)
            if outcome is True:
                self.held = True
                return None
            if isinstance(outcome, LockHolder):
                return outcome
            holder = read_holder(self.path) or UNKNOWN
            time.sleep(0.01 * (attempt + 1))  # the lock file changed under us; look again
        return holder

    def _take_over_if_stale(self, target: Path, payload: bytes) -> LockHolder | bool | None:
        """Inspect an existing lock: its holder, True once taken over, None to look again."""
        try:
            fd = os.open(target, os.O_RDONLY)
        except FileNotFoundError:
            return None
        except OSError:
            return UNKNOWN
        try:
            os_lock = _try_os_lock(fd)
            try:
                data = os.read(fd, MAX_LOCK_BYTES + 1)
                info = os.fstat(fd)
            except OSError:
                return UNKNOWN
            holder = parse_holder(data)
            if os_lock is False:
                return holder or UNKNOWN  # a live process keeps it
            if not _same_file(info, target):
                return None  # replaced meanwhile: look at the new one
            if not _stale(holder, os_lock, time.time() - info.st_mtime):
                return holder or UNKNOWN
            try:
                new_fd, temp = _write_temp(target, payload)
            except OSError:
                return holder or UNKNOWN
            try:
                os.replace(temp, target)  # atomic; we still hold the old file's OS lock
            except OSError:
                os.close(new_fd)
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                return None
            self._fd = new_fd
            return True
        finally:
            os.close(fd)

    def release(self) -> None:
        """Give the lock back (only if this object took it and it is still ours)."""
        if not self.held:
            return
        target = lock_path(self.path)
        fd = self._fd
        self.held = False
        self._fd = None
        try:
            if (fd is not None and _same_file(os.fstat(fd), target)) or fd is None:
                target.unlink()
        except OSError:
            pass
        finally:
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        if sys.platform == "win32" and target.exists():
            # Windows cannot remove a file that is still open: close first, then remove.
            with contextlib.suppress(OSError):
                target.unlink()


def _write_temp(target: Path, payload: bytes) -> tuple[int, Path]:
    """Write ``payload`` into a new hidden file beside ``target``; return its locked descriptor and name."""
    temp = target.with_name(f"{target.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
    fd = os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        _try_os_lock(fd)  # a new file: nobody else can hold it
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return fd, temp


def _publish(target: Path, payload: bytes) -> int:
    """Create the lock file with its whole content at once; FileExistsError if there is one."""
    fd, temp = _write_temp(target, payload)
    try:
        os.link(temp, target)
    except FileExistsError:
        os.close(fd)
        raise
    except OSError:
        # No hard links here (FAT, some network shares): an exclusive create instead.
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(temp)
        return _publish_exclusive(target, payload)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)
    return fd


def _publish_exclusive(target: Path, payload: bytes) -> int:
    fd = os.open(target, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        _try_os_lock(fd)
        os.write(fd, payload)
        os.fsync(fd)
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            target.unlink()  # no empty lock file may stay behind (a full disk)
        raise
    return fd


def _stale(holder: LockHolder | None, os_lock: bool | None, age: float) -> bool:
    """Decide whether a lock whose OS lock we got (or cannot tell: None) is left over."""
    if holder is None:
        # Garbage: a crashed writer of an old version, or a disk that filled up.
        return age > YOUNG_SECONDS or (os_lock is True and age > 1.0)
    if not holder.on_this_machine():
        return False
    if os_lock is True:
        # Nobody on this machine keeps the OS lock: the holder is gone, unless it is a running
        # older version of this program (which took no OS lock) rather than a reused process id.
        return holder.is_stale() or not _runs_this_program(holder.pid)
    return holder.is_stale()


def _same_file(info: os.stat_result, target: Path) -> bool:
    try:
        now = os.stat(target)
    except OSError:
        return False
    return (now.st_dev, now.st_ino) == (info.st_dev, info.st_ino)


def _try_os_lock(fd: int) -> bool | None:
    """Take the OS lock of an open file without waiting: True, False if held, None if unsupported."""
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 1 << 30, os.SEEK_SET)  # a byte far past the content: readers are not blocked
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except PermissionError:
            return False
        except OSError:
            return None
        finally:
            with contextlib.suppress(OSError):
                os.lseek(fd, 0, os.SEEK_SET)
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return None
    return True


def _process_alive(pid: int) -> bool:
    """Return whether a process ``pid`` runs on this machine (without touching it)."""
    if sys.platform == "win32":
        import ctypes

        kernel32: Any = getattr(ctypes, "windll").kernel32  # noqa: B009  # Windows only
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # access denied: it runs
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True
    return True


def _runs_this_program(pid: int) -> bool:
    """Return whether process ``pid`` may be this program (True where the system cannot tell)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return not Path("/proc/self/cmdline").exists()
    return b"strategie" in command.lower()


# getpass and socket are imported where used: a command that only reads never takes a lock.


def _host() -> str:
    import socket

    return socket.gethostname()


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USERNAME", "")
