"""The operations a user performs; the only way anything in a workspace changes.

The views reach the file only through this package: operations and their change sets,
the read side (``Reader``), opening, copies and backups, and the errors all of these
raise (the storage layer's, passed on).
"""

from editor.services.changes import OpChanges
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
from editor.services.operations import Description, History, OperationError, Operations, UndoRecord
from editor.storage.backups import Backup
from editor.storage.workspace import StorageError, Workspace, WorkspaceLockedError

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
