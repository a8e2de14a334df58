"""The operations a user performs; the only way anything in a workspace changes.

The views reach the file only through this package: operations and their change sets,
the read side (``Reader``), opening, copies and backups, and the errors all of these
raise (the storage layer's, passed on).

Each name is imported from its module when first used (PEP 562), so that a command that
only reads (``export-wiki``, ``list``) does not load the operations and change sets.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.services.changes import OpChanges
    from editor.services.errors import OperationError
    from editor.services.files import (
        EDIT_ERRORS,
        DocumentNotFoundError,
        Reader,
        as_user_error,
        backup_place,
        backups_of,
        new_workspace,
        open_for_editing,
        restore_from_backup,
        sample_workspace,
        save_copy,
        sqlite_version,
    )
    from editor.services.operations import Description, History, Operations, UndoRecord
    from editor.storage.backups import Backup
    from editor.storage.workspace import StorageError, Workspace, WorkspaceLockedError

_HOMES = {
    "editor.services.changes": ("OpChanges",),
    "editor.services.errors": ("OperationError",),
    "editor.services.files": (
        "EDIT_ERRORS",
        "DocumentNotFoundError",
        "Reader",
        "as_user_error",
        "backup_place",
        "backups_of",
        "new_workspace",
        "open_for_editing",
        "restore_from_backup",
        "sample_workspace",
        "save_copy",
        "sqlite_version",
    ),
    "editor.services.operations": ("Description", "History", "Operations", "UndoRecord"),
    "editor.storage.backups": ("Backup",),
    "editor.storage.workspace": ("StorageError", "Workspace", "WorkspaceLockedError"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "EDIT_ERRORS",
    "Backup",
    "Description",
    "DocumentNotFoundError",
    "History",
    "OpChanges",
    "OperationError",
    "Operations",
    "Reader",
    "StorageError",
    "UndoRecord",
    "Workspace",
    "WorkspaceLockedError",
    "as_user_error",
    "backup_place",
    "backups_of",
    "new_workspace",
    "open_for_editing",
    "restore_from_backup",
    "sample_workspace",
    "save_copy",
    "sqlite_version",
]


def __getattr__(name: str) -> Any:
    """Import ``name`` from its module on first use and keep it here."""
    home = _HOME_OF.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the names this package offers, imported or not (for ``dir()``, ``help()`` and completion)."""
    return sorted(set(globals()) | set(__all__))
