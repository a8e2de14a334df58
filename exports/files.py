"""Writing export files all or nothing, with German messages for what can go wrong."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
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


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write ``path`` through a temporary file beside it and rename it into place.

    A failure (disk full, no permission) leaves no partial file and the old file intact.
    """
    directory = path.parent if str(path.parent) else Path(".")
    temp_name: str | None = None
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".~{path.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, 0o666 & ~_umask())  # mkstemp makes 0600; an export is an ordinary file
        os.replace(temp_name, path)
        temp_name = None
    except OSError as error:
        raise ExportWriteError(
            error.errno,
            "Die Datei „{name}“ konnte nicht geschrieben werden: {reason}",
            name=path.name,
            reason=describe_os_error(error),
        ) from None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
