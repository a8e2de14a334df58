"""The main window: the outline on the left, the form of the selected node on the right.

The window puts its parts together and passes each change between them; every part
does one job on its own:

- ``WindowActions`` (window_actions.py): actions, menus, toolbar, their texts and states;
- ``FileController`` (file_controller.py): new, open, lock, copy, backups, recent files;
- ``OutlinePane`` (outline_pane.py): the tree, its commands and where the selection goes;
- ``FormHost`` (form_host.py): the form of the selected node;
- ``SearchDock`` and ``CheckDock`` (search_dock.py, check_dock.py): search and Prüfen;
- ``DocumentDialogs`` (document_dialogs.py): the dialogs of the menus.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabBar,
    QTreeWidgetItem,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from editor.qtmodels.tree_model import Key, Node
from editor.services import UndoRecord, Workspace
from editor.views.announce import announce
from editor.views.check_dock import CheckDock
from editor.views.document_dialogs import DocumentDialogs
from editor.views.file_controller import FileController
from editor.views.form_host import FormHost
from editor.views.forms.base import Form
from editor.views.geometry import remember_geometry, restore_geometry
from editor.views.i18n import install_language, tr
from editor.views.keys import install_context_menu_key
from editor.views.locate import place_of
from editor.views.outline_pane import OutlinePane
from editor.views.places import settings
from editor.views.search_dock import SearchDock
from editor.views.session import EditorSession
from editor.views.window_actions import ActionState, WindowActions


class MainWindow(QMainWindow):
    """Strategie-Editor's main window.

    The parts' actions, menus and result lists can also be reached from the window
    (``window.undo_action``, ``window.search_results`` …), as scripts and tests do.
    """

    file_opened = Signal(str)
    """The path of a file that was opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: EditorSession | None = None
        self._undoing = False
        self.setObjectName("MainWindow")
        self.outline = OutlinePane(self, self.flush)
        self.tree = self.outline.tree
        self.outline_access = self.outline.access
        install_context_menu_key()
        self.form_host = FormHost(self, self.tree)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setAutoFillBackground(True)
        self.banner.setMargin(6)
        # Tooltip colours: the system's own pairing, which high-contrast themes keep readable.
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        banner_font = self.banner.font()
        banner_font.setBold(True)
        self.banner.setFont(banner_font)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.form_host)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 900])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)

        self.window_actions = WindowActions(self, self.tree)
        self.files = FileController(self, self, self.window_actions.recent_menu)
        self.files.file_opened.connect(self.file_opened)
        self.dialogs = DocumentDialogs(self, self)
        self._build_docks()
        from editor.views.spelling import install_spelling

        self.spelling = install_spelling(self, self.window_actions.view_menu, lambda: self.session, self.file_opened)
        self._connect()
        self.retranslate_ui()
        self._restore_geometry()
        self._update_actions()

    def _build_docks(self) -> None:
        self.search_dock = SearchDock(self, lambda: self.session)
        self.check_dock = CheckDock(self, lambda: self.session)
        self.history_dock = QDockWidget(self)
        self.history_dock.setObjectName("history_dock")
        self.history_view = QUndoView(self.history_dock)
        self.history_dock.setWidget(self.history_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.check_dock)
        self.tabifyDockWidget(self.search_dock, self.check_dock)
        self.check_dock.hide()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        for dock in (self.search_dock, self.check_dock, self.history_dock):
            dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        self.window_actions.add_view_entries((self.search_dock, self.check_dock, self.history_dock))
        self._on_dock_visibility_changed()
        # The docks' lists and runs, reachable from the window as before the split.
        self.search_edit, self.search_results = self.search_dock.edit, self.search_dock.results
        self.check_results = self.check_dock.results

    def _connect(self) -> None:
        outline, files, dialogs = self.outline, self.files, self.dialogs
        self.window_actions.connect_slots(
            {
                "new": files.new_file,
                "open": files.open_file,
                "backup": files.save_copy,
                "restore_backup": files.restore_backup,
                "close_file": files.close_file,
                "quit": self.close,
                "undo": self._on_undo_action_triggered,
                "redo": self._on_redo_action_triggered,
                "add_sibling": lambda: self.add_node(as_child=False),
                "add_child": lambda: self.add_node(as_child=True),
                "new_document": self._on_new_document_action_triggered,
                "rename": outline.edit_title,
                "delete": outline.delete,
                "move_up": lambda: outline.command("move_up"),
                "move_down": lambda: outline.command("move_down"),
                "indent": lambda: outline.command("indent"),
                "outdent": lambda: outline.command("outdent"),
                "search": self.search_dock.open,
                "check": self._on_check_action_triggered,
                "catalogue": dialogs.catalogue,
                "authority": dialogs.authority,
                "versions": dialogs.versions,
                "wiki": dialogs.wiki,
                "docx": dialogs.docx,
                "vorlage": dialogs.vorlage,
                "import": dialogs.import_wiki,
                "publish": dialogs.publish,
                "pull": dialogs.pull,
                "about": dialogs.about,
                "switch_focus": self._on_switch_focus_action_triggered,
                "reading": dialogs.reading,
            },
            self.set_language,
        )
        outline.current_changed.connect(self._on_outline_current_changed)
        self.tree.customContextMenuRequested.connect(
            lambda pos: outline.show_menu(self.window_actions.tree_menu(self), pos)
        )
        for dock in (self.search_dock, self.check_dock):
            dock.place_chosen.connect(self.go_to)

    def __getattr__(self, name: str) -> Any:
        # ``window.undo_action``, ``window.edit_menu`` …: the actions' and menus' own part holds them.
        if name.endswith(("_action", "_menu")) and "window_actions" in self.__dict__:
            return getattr(self.__dict__["window_actions"], name)
        raise AttributeError(name)

    def _on_dock_visibility_changed(self, _visible: bool = False) -> None:
        # QMainWindow parks the tab bar of tabified docks off screen instead of hiding it;
        # there it would still take a Tab and leave keyboard users nowhere.
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            bar.setFocusPolicy(Qt.FocusPolicy.TabFocus if bar.count() > 1 else Qt.FocusPolicy.NoFocus)

    # --- language and settings ----------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.window_actions.retranslate()
        self.spelling.retranslate()
        self.search_dock.retranslate()
        self.check_dock.retranslate()
        self.history_dock.setWindowTitle(tr("Verlauf"))
        self.history_view.setAccessibleName(tr("Verlauf der Änderungen"))
        self.history_view.setEmptyLabel(tr("<Datei geöffnet>"))
        self.outline.retranslate()
        self.form_host.retranslate()
        self.banner.setText(tr("Diese Datei ist schreibgeschützt geöffnet. Änderungen sind nicht möglich."))
        self.banner.setAccessibleName(tr("Hinweis: schreibgeschützt"))
        self.setWindowTitle(self.files.title())
        self.files.update_recent_menu()
        if self.session is not None:
            self.session.retranslate()
            self.history_view.viewport().update()
            self.refresh_form()
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the application's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Switch the UI language and remember it."""
        settings().setValue("language", language)
        install_language(language)
        self.window_actions.language_actions[language].setChecked(True)
        self.retranslate_ui()

    def _restore_geometry(self) -> None:
        store = settings()
        restore_geometry(self, "window", QSize(1280, 800))  # per screen: a laptop at 150 % has 911×512 points
        state = store.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = store.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        languages = self.window_actions.language_actions
        languages.get(str(store.value("language", "de")), languages["de"]).setChecked(True)

    def save_settings(self) -> None:
        """Remember window geometry, docks and splitter."""
        store = settings()
        remember_geometry(self, "window")
        store.setValue("window/state", self.saveState())
        store.setValue("window/splitter", self.splitter.saveState())

    # --- the open file ------------------------------------------------------------------

    def open_path(self, path: Path) -> bool:
        """Open a workspace file; say why in the UI language and keep the current file on failure."""
        return self.files.open_path(path)

    def recent_files(self) -> list[str]:
        """Return the recently opened files, newest first."""
        return self.files.recent_files()

    def set_workspace(self, workspace: Workspace) -> None:
        """Show ``workspace`` in the window (closing the one shown before)."""
        self.close_session()
        session = EditorSession(workspace, self)
        self.session = session
        session.failed.connect(self._on_session_failed)
        session.saved.connect(self.status_label.setText)
        session.about_to_apply.connect(self.outline.before_change)
        session.record_applied.connect(self._on_session_record_applied)
        session.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.history_view.setStack(session.undo_stack)
        self.banner.setVisible(workspace.read_only)
        opened = tr("Schreibgeschützt geöffnet: {name}") if workspace.read_only else tr("Geöffnet: {name}")
        self.status_label.setText(opened.format(name=workspace.path.name if workspace.path else ""))
        self.outline.attach(session)
        self.setWindowTitle(self.files.title())
        self._update_actions()

    def close_session(self) -> None:
        """Close the open file, if any."""
        if self.session is None:
            return
        self.form_host.replace(None)
        self.history_view.setStack(None)  # type: ignore[arg-type]
        self.outline.detach()
        self.session.close()
        self.session.deleteLater()
        self.session = None
        self.banner.setVisible(False)
        self.search_dock.clear()
        self.check_dock.clear()
        self.setWindowTitle(self.files.title())
        self._update_actions()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save pending edits and settings, then close."""
        self.flush()
        self.save_settings()
        self.close_session()
        super().closeEvent(event)

    def show_status(self, text: str) -> None:
        """Say ``text`` in the status line (and to screen readers)."""
        self.status_label.setText(text)
        announce(self, text)

    # --- outline and form -----------------------------------------------------------------

    @property
    def current_form(self) -> Form | None:
        """The form shown on the right (None without a selection)."""
        return self.form_host.current

    def current_node(self) -> Node | None:
        """Return the selected node, if any."""
        return self.outline.current_node()

    _current_node = current_node

    def select_key(self, key: Key, fetch: bool = True) -> bool:
        """Select (and reveal) the tree node with ``key``; ``fetch`` loads its document if needed."""
        return self.outline.select_key(key, fetch)

    def current_document_id(self) -> int | None:
        """Return the id of the document the current node belongs to."""
        node = self.current_node()
        return node.document_id if node is not None else None

    def flush(self) -> None:
        """Save edits the form still holds."""
        self.form_host.flush()

    def refresh_form(self) -> None:
        """Build the selected node's form anew (the language or the catalogue changed)."""
        self.form_host.show_node(self.session, self.current_node(), force=True)

    def add_node(self, as_child: bool) -> None:
        """Add a section, goal or paper next to or under the current node, then rename it."""
        if self.outline.add(as_child) is not None:
            self.form_host.focus_field("title")  # a new document: its title first

    def _on_new_document_action_triggered(self) -> None:
        if self.outline.add_document() is not None:
            self.form_host.focus_field("title")

    def _on_outline_current_changed(self, node: Node | None) -> None:
        self.form_host.show_node(self.session, node)
        self._update_actions()

    def _on_session_record_applied(self, record: UndoRecord, origin: object) -> None:
        if self.session is None:
            return
        node = self.outline.after_change(record, undoing=origin is None and self._undoing)
        self.form_host.follow(self.session, node, record, origin)
        self._update_actions()

    def _on_session_failed(self, text: str) -> None:
        announce(self, tr("Nicht möglich: {message}").format(message=text), assertive=True)
        QMessageBox.warning(self, tr("Nicht möglich"), text)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        if not self.outline.applying:  # a change being shown updates the actions once it has settled
            self._update_actions()

    def _on_undo_action_triggered(self) -> None:
        self._step(back=True)

    def _on_redo_action_triggered(self) -> None:
        self._step(back=False)

    def _step(self, back: bool) -> None:
        """Undo (``back``) or redo the last step; the outline then shows what came back."""
        if self.session is None:
            return
        if back:
            self.flush()
        stack = self.session.undo_stack
        what = stack.undoText() if back else stack.redoText()
        self._undoing = True
        try:
            (stack.undo if back else stack.redo)()
        finally:
            self._undoing = False
        if what:
            said = tr("Rückgängig gemacht: {what}") if back else tr("Wiederholt: {what}")
            announce(self, said.format(what=what))

    def _update_actions(self) -> None:
        session = self.session
        editable = session is not None and not session.read_only
        stack = session.undo_stack if session is not None else None
        self.window_actions.update(ActionState(session is not None, editable, self.current_node(), stack))

    def _on_switch_focus_action_triggered(self) -> None:
        if self.tree.hasFocus() and self.current_form is not None:
            self.current_form.focus_field("")
        else:
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- search and Prüfen --------------------------------------------------------------

    def run_search(self) -> None:
        """Search the file for the text in the search field and list the hits."""
        self.search_dock.run()

    def run_check(self) -> int:
        """List the validation findings of the whole file in the Prüfen dock; return their number."""
        count = self.check_dock.run()
        if self.session is not None:
            self._say_check(count)
        return count

    def _on_check_action_triggered(self) -> None:
        self._say_check(self.check_dock.open())

    def _say_check(self, count: int) -> None:
        self.status_label.setText(tr("Prüfen: {count} Befunde").format(count=count))
        announce(self, self.status_label.text())

    def _on_result_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.search_dock.choose(item)

    def go_to(self, document_id: int, kind: str, node_id: int | None, field: str = "", text: str = "") -> bool:
        """Select the node of a row of ``kind`` and focus its field ``field``."""
        if self.session is None:
            return False
        place = place_of(self.session.reader, document_id, kind, node_id, field, text)
        if place is None:  # the item was deleted since the list was made
            return False
        self.flush()
        if not self.select_key((place.kind, place.node_id)):
            return False
        self.form_host.focus_field(place.field)
        return True
