"""Whole-file services: create, open, the sample, and read-side helpers for views and CLI."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.domain.fields import KINDS
from editor.domain.messages import Message, message
from editor.domain.model import Catalogue, CouncilPaper, Document, ExportSource, Goal, Section
from editor.domain.outline import render_outline
from editor.domain.serialize import catalogue_from_dict, document_from_dict
from editor.domain.settings import IssuingAuthority, with_defaults
from editor.domain.validation import ERROR, Finding, validate_documents
from editor.resources import read_json
from editor.services.errors import OperationError
from editor.storage.integrity import describe_database_error
from editor.storage.places import data_root
from editor.storage.queries import (
    distinct_values,
    document_of,
    node_rows,
    outline_rows,
    owner_id,
    search_repairing,
    seed_catalogue,
    setting_rows,
    version_list,
)
from editor.storage.repository import (
    DocumentSummary,
    SearchHit,
    document_from_rows,
    list_documents,
    load_catalogue,
    load_document,
    structure_problems,
)
from editor.storage.workspace import StorageError, Workspace

if TYPE_CHECKING:
    from editor.storage.backups import Backup


def default_catalogue() -> Catalogue:
    """Return the bundled Themenfeld catalogue (``resources/themenfelder.json``)."""
    return catalogue_from_dict(read_json("themenfelder.json"))


def new_workspace(path: Path | str) -> Workspace:
    """Create an empty workspace holding a copy of the bundled catalogue."""
    catalogue = default_catalogue()  # read first: a broken installation must not leave an empty file
    workspace = Workspace.create(path)
    with removed_on_failure(workspace):
        seed_catalogue(workspace, catalogue)
    return workspace


@contextlib.contextmanager
def removed_on_failure(workspace: Workspace) -> Generator[None]:
    """Close and delete the workspace just created when filling it fails, then re-raise."""
    try:
        yield
    except BaseException:
        workspace.close()
        if workspace.path is not None:
            with contextlib.suppress(OSError):
                workspace.path.unlink()
        raise


def insert_portable_documents(workspace: Workspace, data: dict[str, Any]) -> list[int]:
    """Insert documents from the portable JSON form; Synergien are resolved by page title."""
    from editor.services.operations import Operations

    ops = Operations(workspace)
    catalogue = load_catalogue(workspace.db)
    entries = list(data.get("documents", []))
    ids: list[int] = []
    for entry in entries:
        doc = document_from_dict({**entry, "synergies": []}, catalogue)
        created = ops.insert_document(doc).created_id
        assert created is not None
        ids.append(created)
    page_ids = {
        str(entry.get("wiki_title") or entry.get("title")): doc_id for entry, doc_id in zip(entries, ids, strict=True)
    }
    for entry, doc_id in zip(entries, ids, strict=True):
        for synergy in document_from_dict(entry, catalogue, page_ids).synergies:
            ops.add_item("synergy", doc_id, target_document_id=synergy.target_document_id, text=synergy.text)
    return ids


def sample_workspace(path: Path | str) -> Workspace:
    """Create a workspace holding the bundled sample documents."""
    sample = read_json("sample.json")
    workspace = new_workspace(path)
    with removed_on_failure(workspace):
        insert_portable_documents(workspace, sample)
    return workspace


def open_for_editing(path: Path | str, read_only: bool = False) -> tuple[Workspace, Message | None]:
    """Open a file as the editor does: lock it, check its search index, take today's backup copy.

    Returns the workspace and what the user should be told: a repair made while opening,
    a backup that failed (the file still opens); None if all went well.
    """
    workspace = Workspace.open(path, read_only=read_only)
    if not workspace.read_only:
        from editor.storage.backups import index_marker, make_daily_backup

        try:
            workspace.check_search_index(index_marker(Path(path)))
        except StorageError:
            workspace.close()
            raise
        try:
            make_daily_backup(workspace)
        except StorageError as error:
            workspace.notes.append(
                message("Die tägliche Sicherung wurde nicht angelegt: {reason}", reason=error.message)
            )
    return workspace, join_notes(workspace.notes)


def join_notes(notes: Sequence[Message]) -> Message | None:
    """Return several notes as one message (a paragraph each), or None for none."""
    if not notes:
        return None
    if len(notes) == 1:
        return notes[0]
    return message("{first}\n\n{rest}", first=notes[0], rest=join_notes(notes[1:]))


def stored_settings(workspace: Workspace) -> dict[str, str]:
    """Return the settings stored in the file (none in a file of format 1 opened read-only)."""
    return {key: value for key, (_, value) in setting_rows(workspace.db).items()}


class DocumentNotFoundError(OperationError):
    """The document asked for is not in the file."""


@dataclass(slots=True)
class Reader:
    """Read-side helpers over one workspace, for the CLI and the views."""

    workspace: Workspace

    def documents(self) -> list[DocumentSummary]:
        """Return the document list."""
        return list_documents(self.workspace.db)

    def resolve(self, document_id: int | None) -> int:
        """Return ``document_id`` if it exists, or the first document when None."""
        documents = self.documents()
        if not documents:
            raise DocumentNotFoundError("Die Datei enthält noch kein Dokument.")
        if document_id is None:
            return documents[0].id
        if document_id not in {d.id for d in documents}:
            known = ", ".join(str(d.id) for d in documents)
            raise DocumentNotFoundError(
                "Ein Dokument {id} gibt es in der Datei nicht (vorhanden: {known}).", id=document_id, known=known
            )
        return document_id

    def document(self, document_id: int, trees: bool = True) -> Document:
        """Return one document with its trees (``trees=False``: metadata and lists only, which is quicker)."""
        doc = load_document(self.workspace.db, document_id, trees)
        if doc is None:
            raise DocumentNotFoundError("Ein Dokument {id} gibt es in der Datei nicht.", id=document_id)
        return doc

    def skeleton(self, document_id: int) -> Document:
        """Return a document whose trees hold only the nodes' names (for the tree view; quicker than ``document``)."""
        rows = outline_rows(self.workspace.db, document_id)
        if not rows:
            raise DocumentNotFoundError("Ein Dokument {id} gibt es in der Datei nicht.", id=document_id)
        return document_from_rows(rows)

    def node(self, kind: str, node_id: int) -> Section | Goal | CouncilPaper | None:
        """Return one section, goal or council paper without its children (None if it is gone)."""
        rows = node_rows(self.workspace.db, kind, node_id)
        if not rows:
            return None
        doc = document_from_rows(rows)
        nodes: list[Section] | list[Goal] | list[CouncilPaper] = {
            "section": doc.sections, "goal": doc.goals, "paper": doc.papers
        }[kind]  # fmt: skip
        return nodes[0] if nodes else None

    def document_of(self, kind: str, item_id: int) -> int | None:
        """Return the id of the document a section, goal, paper or list entry belongs to (None: no such item)."""
        return document_of(self.workspace.db, kind, item_id)

    def owner_of(self, kind: str, item_id: int) -> int | None:
        """Return the id of the item a list entry belongs to (the goal of an indicator …; None: no such entry)."""
        return owner_id(self.workspace.db, kind, item_id)

    def catalogue(self) -> Catalogue:
        """Return the file's Themenfeld catalogue."""
        return load_catalogue(self.workspace.db)

    def titles(self) -> dict[int, str]:
        """Return every document's wiki page title by id."""
        return {d.id: d.page_title() for d in self.documents()}

    def export_source(self, document_id: int) -> ExportSource:
        """Return what an exporter needs for one document."""
        return ExportSource(self.document(document_id), self.catalogue(), self.titles(), self.authority())

    def settings(self) -> dict[str, str]:
        """Return every setting of the file, a default where none is stored."""
        return with_defaults(stored_settings(self.workspace))

    def authority(self) -> IssuingAuthority:
        """Return who issues the file's Beschlussvorlagen."""
        return IssuingAuthority.from_settings(self.settings())

    def outline(self, document_id: int, say: Callable[[Message], str] = str) -> str:
        """Return the readable outline of one document (labels through ``say``; German by default)."""
        return render_outline(self.document(document_id), self.catalogue(), self.titles(), say)

    def check(self, document_id: int | None = None) -> list[Finding]:
        """Return validation findings for one document, or for the whole file."""
        docs = [self.document(d.id) for d in self.documents()]
        findings = self.structure_findings() + validate_documents(docs, self.catalogue())
        if document_id is not None:
            findings = [f for f in findings if f.document_id == document_id]
        return findings

    def structure_findings(self) -> list[Finding]:
        """Return a finding for every tree entry shown at the top level because its parent is broken."""
        return [
            Finding(
                ERROR,
                message(
                    "{kind} „{title}“ {reason}; er wird auf oberster Ebene gezeigt. "
                    "Verschieben Sie ihn an die richtige Stelle.",
                    kind=KINDS[p.table],
                    title=p.title,
                    reason=p.reason,
                ),
                p.document_id,
                p.table,
                p.row_id,
                "parent_id",
            )
            for p in structure_problems(self.workspace.db)
        ]

    def values_in_file(self, table: str, column: str) -> list[str]:
        """Return the distinct non-empty values of a text column, sorted (for completion)."""
        return distinct_values(self.workspace.db, table, column)

    def search(self, text: str, document_id: int | None = None, limit: int = 200) -> list[SearchHit]:
        """Return full-text matches for ``text``; a damaged index is rebuilt once (see ``notes``)."""
        return search_repairing(self.workspace, text, limit, document_id)

    def versions(self, document_id: int) -> list[tuple[str, str]]:
        """Return the document's Fassungen as (name, created) in saving order."""
        return version_list(self.workspace.db, document_id)

    def version_diff(self, document_id: int, name: str, say: Callable[[Message], str] = str) -> str:
        """Return a unified diff from Fassung ``name`` to the current state ('' if equal)."""
        import difflib

        from editor.services.operations import Operations

        rows = Operations(self.workspace).version_rows(document_id, name)
        catalogue, titles = self.catalogue(), self.titles()
        old = render_outline(document_from_rows(rows), catalogue, titles, say)
        new = render_outline(self.document(document_id), catalogue, titles, say)
        return "".join(
            difflib.unified_diff(
                old.splitlines(keepends=True),
                new.splitlines(keepends=True),
                fromfile=f"Fassung „{name}“",
                tofile="aktueller Stand",
            )
        )


def document_json(doc: Document) -> str:
    """Return a document as indented JSON (for ``show --json``)."""
    from editor.domain.serialize import to_dict

    return json.dumps(to_dict(doc), ensure_ascii=False, indent=2)


# --- the file as a whole: copies, backups, what went wrong ----------------------------------

EDIT_ERRORS: tuple[type[Exception], ...] = (OperationError, StorageError, sqlite3.Error)
"""What a change of the file can raise: a refused operation, a storage problem, an SQLite error."""


def as_user_error(error: Exception) -> Exception:
    """Return ``error`` as an error the window can say (an SQLite error becomes a German ``StorageError``)."""
    if isinstance(error, sqlite3.Error):
        return StorageError(describe_database_error(error))
    return error


def save_copy(workspace: Workspace, target: Path) -> None:
    """Write a consistent copy of the open file to ``target`` (Datei › Kopie speichern unter)."""
    workspace.backup_to(target)


def backups_of(path: Path) -> list[Backup]:
    """Return the backup copies kept of the file at ``path``, newest first."""
    from editor.storage.backups import list_backups

    return list_backups(path)


def restore_from_backup(path: Path, backup: Backup) -> Path:
    """Replace the (closed) file at ``path`` by ``backup``; return where its state before was saved."""
    from editor.storage.backups import restore_backup

    return restore_backup(path, backup)


def backup_place(path: Path | None) -> Path:
    """Return the folder of the daily backups of ``path`` (or of all files, for none)."""
    from editor.storage.backups import backup_folder, backup_root

    return backup_folder(path) if path is not None else backup_root()


def data_place() -> Path:
    """Return the program's own data folder (the user's word lists live there)."""
    return data_root()


def sqlite_version() -> str:
    """Return the version of the SQLite library that reads and writes the files."""
    return sqlite3.sqlite_version
