"""The SQLite workspace file: open/create, schema and migrations, recorded writes, reads."""

from editor.storage.repository import (
    Change,
    DocumentSummary,
    Recorder,
    SearchHit,
    document_from_rows,
    document_rows,
    list_documents,
    load_catalogue,
    load_document,
    search,
)
from editor.storage.schema import APPLICATION_ID, CURRENT_VERSION, FILE_SUFFIX
from editor.storage.workspace import (
    CorruptWorkspaceError,
    NewerSchemaError,
    NotAWorkspaceError,
    ReadOnlyError,
    StorageError,
    Workspace,
    WorkspaceLockedError,
    WorkspaceNotFoundError,
)

__all__ = [
    "APPLICATION_ID",
    "CURRENT_VERSION",
    "FILE_SUFFIX",
    "Change",
    "CorruptWorkspaceError",
    "DocumentSummary",
    "NewerSchemaError",
    "NotAWorkspaceError",
    "ReadOnlyError",
    "Recorder",
    "SearchHit",
    "StorageError",
    "Workspace",
    "WorkspaceLockedError",
    "WorkspaceNotFoundError",
    "document_from_rows",
    "document_rows",
    "list_documents",
    "load_catalogue",
    "load_document",
    "search",
]
