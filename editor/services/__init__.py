"""The operations a user performs; the only way anything in a workspace changes."""

from editor.services.changes import OpChanges
from editor.services.files import (
    DocumentNotFoundError,
    Reader,
    new_workspace,
    sample_workspace,
)
from editor.services.operations import Description, History, OperationError, Operations, UndoRecord

__all__ = [
    "Description",
    "DocumentNotFoundError",
    "History",
    "OpChanges",
    "OperationError",
    "Operations",
    "Reader",
    "UndoRecord",
    "new_workspace",
    "sample_workspace",
]
