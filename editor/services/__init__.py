"""The operations a user performs; the only way anything in a workspace changes."""

from editor.services.files import (
    DocumentNotFoundError,
    Reader,
    new_workspace,
    sample_workspace,
)
from editor.services.operations import History, OperationError, Operations, UndoRecord

__all__ = [
    "DocumentNotFoundError",
    "History",
    "OperationError",
    "Operations",
    "Reader",
    "UndoRecord",
    "new_workspace",
    "sample_workspace",
]
