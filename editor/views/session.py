"""One open workspace in the window: services, the undo stack and the tree model together."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from editor.qtmodels.tree_model import StrategieTreeModel
from editor.services import EDIT_ERRORS, Operations, Reader, UndoRecord, Workspace, as_user_error
from editor.views.i18n import describe_error, tr
from editor.views.undo_texts import describe

MERGE_TEXT_EDITS = 1
"""Undo command id: consecutive saves of the same text field merge into one step."""


class RecordCommand(QUndoCommand):
    """An undo step over a services ``UndoRecord``; the operation already ran when pushed."""

    def __init__(self, session: EditorSession, record: UndoRecord, merge_key: tuple[Any, ...] | None = None) -> None:
        super().__init__(session.describe(record))
        self.session = session
        self.record = record
        self.merge_key = merge_key
        self._first = True

    def id(self) -> int:
        """Return the merge id for text edits, -1 otherwise."""
        return MERGE_TEXT_EDITS if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Merge a following save of the same field into this step."""
        if not isinstance(other, RecordCommand) or other.merge_key != self.merge_key or self.merge_key is None:
            return False
        self.record = self.record.merged(other.record)
        return True

    def redo(self) -> None:
        """Apply the record again (skipped on the push: it is already applied)."""
        if self._first:
            self._first = False
            return
        self.session.replay(self.session.ops.redo, self.record, tr("Wiederholt: {what}"))

    def undo(self) -> None:
        """Undo the record in the file."""
        self.session.replay(self.session.ops.undo, self.record, tr("Rückgängig gemacht: {what}"))


class EditorSession(QObject):
    """The open workspace: every change goes through ``apply`` and lands on the undo stack."""

    record_applied = Signal(object, object)
    """(UndoRecord, origin): a change is in the file; origin is the widget that made it, or None."""
    about_to_apply = Signal(object)
    """(UndoRecord): the tree is about to change; views remember selection and expansion."""
    failed = Signal(str)
    """A change could not be made: why, in the UI language."""
    saved = Signal(str)
    """The status line after a change: what was saved, and when."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ops = Operations(workspace)
        self.reader = Reader(workspace)
        self.undo_stack = QUndoStack(self)
        self.model = StrategieTreeModel(self.reader, self)

    @property
    def read_only(self) -> bool:
        """Whether the file is open read-only."""
        return self.workspace.read_only

    def apply(
        self,
        action: Callable[[], UndoRecord],
        origin: object | None = None,
        merge_key: tuple[Any, ...] | None = None,
    ) -> UndoRecord | None:
        """Run one operation, put it on the undo stack and tell the views; None on failure."""
        try:
            record = action()
        except EDIT_ERRORS as error:
            self._fail(error)
            return None
        if not record.changes:
            return record
        self.undo_stack.push(RecordCommand(self, record, merge_key))
        self._announce(record, origin)
        return record

    def replay(self, how: Callable[[UndoRecord], UndoRecord], record: UndoRecord, text: str = "{what}") -> None:
        """Undo or redo ``record`` in the file and tell the views."""
        try:
            result = how(record)
        except EDIT_ERRORS as error:
            self._fail(error)
            return
        self._announce(result, None, text.format(what=self.describe(record)))

    def _fail(self, error: Exception) -> None:
        """Say why a change failed, and let the status line no longer say "Gespeichert"."""
        error = as_user_error(error)
        text = describe_error(error)
        self.saved.emit(tr("Nicht gespeichert: {reason}").format(reason=text))
        self.failed.emit(text)

    def _announce(self, record: UndoRecord, origin: object | None, what: str | None = None) -> None:
        self.about_to_apply.emit(record)
        try:
            self.model.apply_changes(record.changes)
        finally:
            self.record_applied.emit(record, origin)
        self.saved.emit(tr("Gespeichert: {label}, {time}").format(label=what or self.describe(record), time=_now()))

    def describe(self, record: UndoRecord) -> str:
        """Return what ``record`` did in the UI language, naming the item and the fields."""
        return describe(record.description)

    def retranslate(self) -> None:
        """Say every step on the undo stack again in the current UI language."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if isinstance(command, RecordCommand):
                command.setText(self.describe(command.record))

    def close(self) -> None:
        """Close the workspace file."""
        self.undo_stack.clear()
        self.workspace.close()


def _now() -> str:
    return datetime.now().strftime("%H:%M")
