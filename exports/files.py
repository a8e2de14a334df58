"""Writing export files all or nothing, with German messages for what can go wrong."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from editor.domain.messages import Message, UserError, message


class ExportWriteError(UserError, OSError):
    """Writing an export failed; ``strerror`` is a German message naming the file."""

    def __init__(self, code: int | None, template: str | Message, /, **params: object) -> None:
        UserError.__init__(self, template, **params)
        self.errno = code
        self.strerror = str(self.message)


def describe_os_error(error: OSError) -> Message:
    """Return a German sentence for an operating-system error while writing."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return message("Auf dem Datenträger ist nicht genug Platz.")
    if error.errno == errno.EROFS:
        return message("Der Datenträger ist schreibgeschützt.")
    if isinstance(error, PermissionError):
        return message("Keine Schreibberechtigung (ist die Datei vielleicht in einem anderen Programm geöffnet?).")
    if isinstance(error, FileNotFoundError):
        return message("Der Ordner existiert nicht.")
    if isinstance(error, IsADirectoryError):
        return message("Unter diesem Namen gibt es schon einen Ordner.")
    return message("{reason}", reason=error.strerror or str(error))


WORKSPACE_SUFFIX = ".strategie"
SQLITE_HEADER = b"SQLite format 3\x00"
_SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


def _not_written(path: Path, error: OSError) -> ExportWriteError:
    return ExportWriteError(
        error.errno,
        "Die Datei „{name}“ konnte nicht geschrieben werden: {reason}",
        name=path.name,
        reason=describe_os_error(error),
    )


class OutputPathError(ExportWriteError):
    """The chosen output path is a workspace (or belongs to one) and is never overwritten."""


def _is_sqlite(path: Path) -> bool:
    """Return whether ``path`` begins with the SQLite header (read through links); False if absent."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False


def check_output_path(path: Path) -> Path:
    """Refuse an output path that is a workspace; return the real file to write (links resolved).

    Refused are: names ending in ``.strategie`` (or its ``-journal`` and the like), and
    files that begin with the SQLite header, that is every workspace, open or not,
    under whatever name or link. One mistyped ``-o`` must never replace a workspace.
    """
    real = Path(os.path.realpath(path))
    for candidate in (path, real):
        name = candidate.name.casefold()
        side = next((s for s in _SIDE_SUFFIXES if name.endswith(WORKSPACE_SUFFIX + s)), None)
        if name.endswith(WORKSPACE_SUFFIX) or side is not None:
            raise OutputPathError(
                errno.EINVAL,
                "„{name}“ ist der Name einer Strategie-Datei; ein Export wird nie unter der Endung "
                "„.strategie“ gespeichert. Bitte wählen Sie eine andere Zieldatei.",
                name=path.name,
            )
    try:
        refused = _is_sqlite(real) or any(
            real.name.endswith(s) and _is_sqlite(real.with_name(real.name.removesuffix(s))) for s in _SIDE_SUFFIXES
        )
    except OSError as error:
        raise _not_written(path, error) from None
    if refused:
        raise OutputPathError(
            errno.EEXIST,
            "„{name}“ ist eine Strategie-Datei (oder gehört zu einer) und wird von einem Export nicht "
            "überschrieben. Bitte wählen Sie eine andere Zieldatei.",
            name=path.name,
        )
    return real


_umask_lock = threading.Lock()


def umask() -> int:
    """Return the process's umask without changing it where the system can say it (Linux)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    with _umask_lock:  # elsewhere the only way is to set it and put it back; not while another thread does
        current = os.umask(0o022)
        os.umask(current)
    return current


def _mode_for(real: Path) -> int:
    """Return the permissions of the file being replaced, or what the umask gives a new file."""
    try:
        return stat.S_IMODE(os.stat(real).st_mode)
    except OSError:
        return 0o666 & ~umask()


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write ``path`` through a temporary file beside it and rename it into place.

    A failure (disk full, no permission) leaves no partial file and the old file intact.
    The target must not be a workspace (:func:`check_output_path`); a link is followed,
    so the link stays and its file is replaced. A replaced file keeps its permissions;
    a new one gets the user's umask.
    """
    real = check_output_path(path)
    directory = real.parent
    temp_name: str | None = None
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".~{real.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, _mode_for(real))  # mkstemp makes 0600
        os.replace(temp_name, real)
        temp_name = None
    except OSError as error:
        raise _not_written(path, error) from None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` all or nothing (see :func:`write_atomically`)."""
    data = text.encode("utf-8")
    write_atomically(path, lambda stream: stream.write(data))
