"""The file menu's work: new, open (with the lock and the daily backup), a copy, restoring a backup, close.

What happens to the file is done by the services; this part asks the user (file
dialogs, "open read-only?"), says what went wrong in the UI language, and remembers
the recent files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from editor.domain.messages import Message
from editor.services import (
    StorageError,
    Workspace,
    WorkspaceLockedError,
    backups_of,
    new_workspace,
    open_for_editing,
    restore_from_backup,
    save_copy,
)
from editor.views.i18n import describe_error, tr, translate_message
from editor.views.places import settings
from editor.views.session import EditorSession

MAX_RECENT = 8


class FileHost(Protocol):
    """What the file controller needs of the window."""

    session: EditorSession | None

    def set_workspace(self, workspace: Workspace) -> None: ...
    def close_session(self) -> None: ...
    def flush(self) -> None: ...
    def show_status(self, text: str) -> None: ...


class FileController(QObject):
    """Opens, creates, copies, restores and closes the window's file; keeps the recent files."""

    file_opened = Signal(str)
    """The path of a file that was opened."""

    def __init__(self, window: QWidget, host: FileHost, recent_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._host = host
        self._recent_menu = recent_menu

    def open_path(self, path: Path) -> bool:
        """Open a workspace file; say why in the UI language and keep the current file on failure."""
        session = self._host.session
        current = session.workspace.path if session is not None else None
        if current is not None and path.exists() and current.resolve() == path.resolve():
            return True  # already open here; a second connection would only meet our own lock
        warning: Message | None = None
        try:
            workspace, warning = open_for_editing(path)  # locks the file, takes today's backup copy
        except WorkspaceLockedError as error:
            answer = QMessageBox.question(
                self._window,
                tr("Datei wird gerade bearbeitet"),
                describe_error(error) + "\n\n" + tr("Schreibgeschützt öffnen?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            try:
                workspace, warning = open_for_editing(path, read_only=True)
            except StorageError as again:
                QMessageBox.critical(self._window, tr("Datei kann nicht geöffnet werden"), describe_error(again))
                return False
        except StorageError as error:
            QMessageBox.critical(self._window, tr("Datei kann nicht geöffnet werden"), describe_error(error))
            return False
        self._host.set_workspace(workspace)
        self._remember(path)
        if warning:  # a repair made while opening, or a backup that failed
            QMessageBox.warning(self._window, tr("Hinweis"), translate_message(warning))
        self.file_opened.emit(str(path))
        return True

    def new_file(self) -> None:
        """Ask for a name, create an empty file there and open it."""
        path = self._ask_path(tr("Neue Strategie-Datei"), save=True)
        if path is None:
            return
        try:
            new_workspace(path).close()
        except StorageError as error:
            QMessageBox.critical(self._window, tr("Datei kann nicht angelegt werden"), describe_error(error))
            return
        self.open_path(path)

    def open_file(self) -> None:
        """Ask for a file and open it."""
        path = self._ask_path(tr("Strategie-Datei öffnen"), save=False)
        if path is not None:
            self.open_path(path)

    def save_copy(self) -> None:
        """Ask for a name and write a copy of the open file there (Datei › Kopie speichern unter)."""
        session = self._host.session
        if session is None:
            return
        self._host.flush()
        path = self._ask_path(tr("Kopie speichern unter"), save=True)
        if path is None:
            return
        if session.workspace.path is not None and path.resolve() == session.workspace.path.resolve():
            QMessageBox.warning(
                self._window, tr("Kopie speichern"), tr("Die Kopie kann nicht die geöffnete Datei selbst sein.")
            )
            return
        try:
            save_copy(session.workspace, path)
        except StorageError as error:
            QMessageBox.critical(self._window, tr("Kopie speichern"), describe_error(error))
            return
        self._host.show_status(tr("Kopie gespeichert: {path}").format(path=path))

    def restore_backup(self) -> None:
        """Let the user pick a backup copy and put it in place of the open file (which is saved first)."""
        session = self._host.session
        if session is None or session.workspace.path is None:
            return
        path = session.workspace.path
        backups = backups_of(path)
        title = tr("Sicherung wiederherstellen")
        if not backups:
            QMessageBox.information(self._window, title, tr("Für diese Datei gibt es noch keine Sicherung."))
            return
        labels = [f"{backup.made:%d.%m.%Y %H:%M} – {backup.name}" for backup in backups]
        label, chosen = QInputDialog.getItem(
            self._window,
            title,
            tr("Welche Sicherung soll die Datei ersetzen? Der jetzige Stand wird vorher selbst gesichert."),
            labels,
            0,
            False,
        )
        if not chosen or label not in labels:
            return
        self._host.flush()
        self._host.close_session()  # gives the lock back: a restore replaces the whole file
        try:
            safety = restore_from_backup(path, backups[labels.index(label)])
        except StorageError as error:
            QMessageBox.critical(self._window, title, describe_error(error))
            self.open_path(path)
            return
        if self.open_path(path):
            self._host.show_status(
                tr("Sicherung wiederhergestellt; der vorherige Stand liegt in {path}").format(path=safety)
            )

    def close_file(self) -> None:
        """Save what the form still holds and close the file."""
        self._host.flush()
        self._host.close_session()

    def title(self) -> str:
        """Return the window title for the open file."""
        session = self._host.session
        name = session.workspace.path.name if session is not None and session.workspace.path is not None else ""
        suffix = tr(" (schreibgeschützt)") if session is not None and session.read_only else ""
        return f"{name}{suffix} – Strategie-Editor" if name else "Strategie-Editor"

    # --- recent files -----------------------------------------------------------------

    def recent_files(self) -> list[str]:
        """Return the recently opened files, newest first."""
        value: Any = settings().value("recent_files", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value or []] if isinstance(value, list) else []

    def _remember(self, path: Path) -> None:
        files = [str(path.resolve())] + [f for f in self.recent_files() if f != str(path.resolve())]
        store = settings()
        store.setValue("recent_files", files[:MAX_RECENT])
        store.setValue("last_file", str(path.resolve()))
        self.update_recent_menu()

    def update_recent_menu(self) -> None:
        """List the recent files in the menu (Datei › Zuletzt geöffnet)."""
        self._recent_menu.clear()
        files = self.recent_files()
        for n, name in enumerate(files, start=1):
            action = self._recent_menu.addAction(f"&{n} {name}" if n < 10 else name)
            action.triggered.connect(lambda _c=False, name=name: self.open_path(Path(name)))
        self._recent_menu.setEnabled(bool(files))

    def _ask_path(self, title: str, save: bool) -> Path | None:
        recent = self.recent_files()
        directory = str(Path(recent[0]).parent) if recent else ""
        filter_ = tr("Strategie-Dateien (*.strategie);;Alle Dateien (*)")
        if save:
            name, _ = QFileDialog.getSaveFileName(self._window, title, directory, filter_)
        else:
            name, _ = QFileDialog.getOpenFileName(self._window, title, directory, filter_)
        if not name:
            return None
        path = Path(name)
        return path.with_suffix(".strategie") if save and not path.suffix else path
