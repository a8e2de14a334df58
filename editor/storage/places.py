"""Where the program keeps its own files on this computer: backups and small records.

Nothing here is beside the user's workspace (which may sit on a network share that fails
together with it); everything is private to the user (folders 0700, files 0600).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from editor.storage.lock import real_path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def data_root() -> Path:
    """Return the program's data folder (``STRATEGIE_DATA_DIR`` overrides it)."""
    configured = os.environ.get("STRATEGIE_DATA_DIR")
    if configured:
        return Path(configured)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "strategie-editor"


def backup_root() -> Path:
    """Return the folder that holds all backups (``STRATEGIE_BACKUP_DIR`` overrides it)."""
    configured = os.environ.get("STRATEGIE_BACKUP_DIR")
    if configured:
        return Path(configured)
    return data_root() / "Sicherungen"


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (a backup folder or ours above it) readable only by the user.

    Our own folders that an older version made with wider rights are narrowed; a folder
    the user named in ``STRATEGIE_BACKUP_DIR`` is created private but otherwise left alone.
    """
    root = backup_root()
    ours = [folder]
    if "STRATEGIE_BACKUP_DIR" not in os.environ:
        ours += [root, root.parent]
    root.parent.mkdir(parents=True, exist_ok=True)
    for each in (root, folder):
        each.mkdir(exist_ok=True, mode=PRIVATE_FOLDER)
    for each in ours:
        with contextlib.suppress(OSError):
            if stat.S_IMODE(each.stat().st_mode) & 0o077:
                each.chmod(PRIVATE_FOLDER)


def backup_folder(path: Path) -> Path:
    """Return the backup folder of one workspace file (its name plus a hash of its real path)."""
    import hashlib  # here: OpenSSL's module takes a few milliseconds to load, and only backups need it

    real = real_path(path)
    digest = hashlib.sha1(str(real).encode("utf-8")).hexdigest()[:8]
    return backup_root() / f"{real.stem}-{digest}"


def write_private_text(path: Path, text: str) -> None:
    """Write a small private file (0600) all or nothing; raises OSError, leaving nothing behind."""
    make_private_folder(path.parent)
    temp = path.with_name(f".{path.name}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
