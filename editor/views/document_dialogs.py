"""The dialogs the menus open on the file or the selected document.

Themenfeld catalogue, sender of the Beschlussvorlagen, Fassungen, wiki text, reading view,
Word/PDF/HTML export, Beschlussvorlage, wiki import, publish and pull, About. Each dialog is loaded
when first used, so that the window starts without them.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from editor.qtmodels.tree_model import Key, Node
from editor.views.session import EditorSession


class DialogHost(Protocol):
    """What the dialogs need of the window."""

    session: EditorSession | None

    def current_node(self) -> Node | None: ...
    def flush(self) -> None: ...
    def select_key(self, key: Key, fetch: bool = True) -> bool: ...
    def refresh_form(self) -> None: ...


class DocumentDialogs(QObject):
    """Opens each dialog for the open file and the selected document."""

    def __init__(self, window: QWidget, host: DialogHost) -> None:
        super().__init__(window)
        self._window = window
        self._host = host

    def _document(self) -> tuple[EditorSession, int] | None:
        """Return the session and the selected document (after saving the form's pending edits)."""
        session, node = self._host.session, self._host.current_node()
        if session is None or node is None:
            return None
        self._host.flush()
        return session, node.document_id

    def catalogue(self) -> None:
        """Edit the file's Themenfeld catalogue."""
        from editor.views.catalogue_dialog import CatalogueDialog

        session = self._host.session
        if session is None:
            return
        self._host.flush()
        CatalogueDialog(session, self._window).exec()
        self._host.refresh_form()  # a Themenfelder form shows the new catalogue

    def authority(self) -> None:
        """Edit who issues the file's Beschlussvorlagen."""
        from editor.views.settings_dialog import AuthorityDialog

        session = self._host.session
        if session is None:
            return
        self._host.flush()
        AuthorityDialog(session, self._window).exec()

    def versions(self) -> None:
        """Save, compare and restore Fassungen of the selected document."""
        from editor.views.dialogs import VersionsDialog

        if (chosen := self._document()) is not None:
            VersionsDialog(chosen[0], chosen[1], self._window).exec()

    def wiki(self) -> None:
        """Show the selected document's wiki text."""
        from editor.views.wiki_preview import WikiPreviewDialog

        if (chosen := self._document()) is not None:
            WikiPreviewDialog(chosen[0], chosen[1], self._window).exec()

    def reading(self) -> None:
        """Show the selected document as readers see it, next to the window."""
        from editor.views.reading_view import show_reading_view

        if (chosen := self._document()) is not None:
            show_reading_view(self._window, chosen[1])

    def docx(self) -> None:
        """Export the selected document as Word, PDF or HTML."""
        from editor.views.export_dialogs import DocxExportDialog

        if (chosen := self._document()) is not None:
            DocxExportDialog(chosen[0], chosen[1], None, self._window).exec()

    def vorlage(self) -> None:
        """Export the selected council paper as a Beschlussvorlage."""
        from editor.views.export_dialogs import DocxExportDialog

        node = self._host.current_node()
        if node is None or node.kind != "paper" or (chosen := self._document()) is None:
            return
        DocxExportDialog(chosen[0], chosen[1], node.id, self._window).exec()

    def import_wiki(self) -> None:
        """Import wiki text as a new document and select it."""
        from editor.views.import_dialog import WikiImportDialog

        session = self._host.session
        if session is None:
            return
        dialog = WikiImportDialog(session, self._window)
        dialog.exec()
        if dialog.created_id is not None:
            self._host.select_key(("stammdaten", dialog.created_id))

    def publish(self) -> None:
        """Publish the selected document's page in the wiki."""
        from editor.views.publish_dialog import PublishDialog

        if (chosen := self._document()) is not None:
            PublishDialog(chosen[0], chosen[1], self._window).exec()

    def pull(self) -> None:
        """Fetch a page from the wiki into the selected (or a new) document and select it."""
        from editor.views.publish_dialog import PullDialog

        session = self._host.session
        if session is None:
            return
        self._host.flush()
        node = self._host.current_node()
        dialog = PullDialog(session, node.document_id if node is not None else None, self._window)
        pulled: list[int] = []
        dialog.pulled.connect(pulled.append)
        dialog.exec()
        if pulled:
            self._host.select_key(("stammdaten", pulled[-1]))

    def about(self) -> None:
        """Show version, licence, libraries and where the data lives."""
        from editor.views.about_dialog import AboutDialog

        session = self._host.session
        AboutDialog(session.workspace.path if session is not None else None, self._window).exec()
