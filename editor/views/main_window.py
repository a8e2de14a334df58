"""The main window: the tree on the left, the form of the selected node on the right."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QTabBar,
    QToolBar,
    QToolButton,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from editor.domain.messages import Message
from editor.qtmodels.tree_model import GROUP_TREES, Key, Node
from editor.services import UndoRecord, new_workspace
from editor.services.files import open_for_editing
from editor.storage.backups import list_backups, restore_backup
from editor.storage.workspace import StorageError, Workspace, WorkspaceLockedError
from editor.views.announce import announce
from editor.views.forms.base import Form
from editor.views.forms.forms import FORMS, create_form
from editor.views.geometry import remember_geometry, restore_geometry
from editor.views.i18n import LANGUAGES, describe_error, install_language, tr, translate_message
from editor.views.keys import install_context_menu_key
from editor.views.locate import Place, place_of
from editor.views.outline_access import OutlineAccessibility, follow_current_item
from editor.views.session import EditorSession
from editor.views.undo_texts import menu_text

MAX_RECENT = 8


def settings() -> QSettings:
    """Return the application's settings store."""
    return QSettings()


class TreeView(QTreeView):
    """The workspace tree; reports the first paint for the startup benchmark."""

    painted = Signal()
    """The tree was painted for the first time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False

    def paintEvent(self, event: Any) -> None:
        """Paint, and tell once that the window is visible."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()


class TreeDelegate(QStyledItemDelegate):
    """Edits titles in the tree; while one is typed, Tab and Shift+Tab indent and outdent it.

    Outliners indent the line being typed with Tab. Only while typing does Tab do that
    here: on a selected entry Tab keeps moving the focus to the form, as keyboard and
    screen-reader users expect, and Ctrl+Right / Ctrl+Left indent and outdent.
    """

    indent_requested = Signal(bool)
    """While editing a title: True = indent (Tab), False = outdent (Shift+Tab)."""

    def __init__(self, tree: QTreeView, tab_indents: Callable[[], bool]) -> None:
        super().__init__(tree)
        self._tab_indents = tab_indents

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Turn Tab / Shift+Tab in the title editor into indent / outdent of the entry."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            and isinstance(editor, QWidget)
            and self._tab_indents()
        ):
            indent = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.indent_requested.emit(indent)
            return True
        return super().eventFilter(editor, event)


class MainWindow(QMainWindow):
    """Strategie-Editor's main window."""

    file_opened = Signal(str)
    """The path of a file that was opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: EditorSession | None = None
        self.current_form: Form | None = None
        self._restore_state: tuple[list[Key], set[Key]] = ([], set())
        self._undoing = False
        self.setObjectName("MainWindow")

        self.tree = TreeView(self)
        self.tree.setObjectName("tree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)
        self.tree.painted.connect(self._on_tree_painted)
        self.tree_delegate = TreeDelegate(self.tree, self._tab_indents)
        self.tree_delegate.indent_requested.connect(self._on_tree_delegate_indent_requested)
        self.tree.setItemDelegate(self.tree_delegate)
        self.outline_access = OutlineAccessibility(self.tree)
        install_context_menu_key()

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
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.form_host = QWidget(self)
        self.form_layout = QVBoxLayout(self.form_host)
        self.form_layout.setContentsMargins(8, 4, 8, 4)
        self.form_layout.addWidget(self.placeholder)

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

        self._build_actions()
        self._build_menus()
        self._build_docks()
        from editor.views.spelling import install_spelling

        self.spelling = install_spelling(self, self.view_menu, lambda: self.session, self.file_opened)
        self.retranslate_ui()
        self._restore_geometry()
        self._update_actions()

    # --- construction -------------------------------------------------------------

    def _icon(self, name: str, fallback: QStyle.StandardPixmap) -> QIcon:
        style = self.style()
        return QIcon.fromTheme(name, style.standardIcon(fallback))

    def _action(
        self, shortcut: Any = None, slot: Any = None, icon: QIcon | None = None, tree_only: bool = False
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if icon is not None:
            action.setIcon(icon)
        if slot is not None:
            action.triggered.connect(slot)
        if tree_only:
            # Keys such as Ctrl+Left or Delete belong to text fields everywhere else.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_action = self._action(QKeySequence.StandardKey.New, self._on_new_action_triggered,
                                       self._icon("document-new", sp.SP_FileIcon))  # fmt: skip
        self.open_action = self._action(QKeySequence.StandardKey.Open, self._on_open_action_triggered,
                                        self._icon("document-open", sp.SP_DialogOpenButton))  # fmt: skip
        self.backup_action = self._action(QKeySequence.StandardKey.SaveAs, self._on_backup_action_triggered,
                                          self._icon("document-save-as", sp.SP_DialogSaveButton))  # fmt: skip
        self.restore_backup_action = self._action(None, self._on_restore_backup_action_triggered)
        self.close_file_action = self._action(QKeySequence.StandardKey.Close, self._on_close_file_action_triggered)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.recent_menu = QMenu(self)

        self.undo_action = self._action([QKeySequence("Ctrl+Z")], icon=self._icon("edit-undo", sp.SP_ArrowBack))
        self.undo_action.triggered.connect(self._on_undo_action_triggered)
        self.redo_action = self._action(
            [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")], icon=self._icon("edit-redo", sp.SP_ArrowForward)
        )
        self.redo_action.triggered.connect(self._on_redo_action_triggered)
        self.add_child_action = self._action(QKeySequence("Ctrl+Shift+N"), self._on_add_child_action_triggered,
                                             self._icon("list-add", sp.SP_FileDialogNewFolder))  # fmt: skip
        self.add_sibling_action = self._action(QKeySequence("Insert"), self._on_add_sibling_action_triggered,
                                               self._icon("document-new", sp.SP_FileDialogNewFolder), tree_only=True)  # fmt: skip
        self.new_document_action = self._action(None, self._on_new_document_action_triggered)
        self.rename_action = self._action(QKeySequence("F2"), self._on_rename_action_triggered, tree_only=True)
        self.delete_action = self._action(QKeySequence.StandardKey.Delete, self._on_delete_action_triggered,
                                          self._icon("edit-delete", sp.SP_TrashIcon), tree_only=True)  # fmt: skip
        self.move_up_action = self._action(QKeySequence("Ctrl+Up"), self._on_move_up_action_triggered,
                                           self._icon("go-up", sp.SP_ArrowUp), tree_only=True)  # fmt: skip
        self.move_down_action = self._action(QKeySequence("Ctrl+Down"), self._on_move_down_action_triggered,
                                             self._icon("go-down", sp.SP_ArrowDown), tree_only=True)  # fmt: skip
        self.indent_action = self._action(QKeySequence("Ctrl+Right"), self._on_indent_action_triggered,
                                          self._icon("format-indent-more", sp.SP_ArrowRight), tree_only=True)  # fmt: skip
        self.outdent_action = self._action(QKeySequence("Ctrl+Left"), self._on_outdent_action_triggered,
                                           self._icon("format-indent-less", sp.SP_ArrowLeft), tree_only=True)  # fmt: skip
        self.search_action = self._action(QKeySequence("Ctrl+Shift+F"), self._on_search_action_triggered,
                                          self._icon("edit-find", sp.SP_FileDialogContentsView))  # fmt: skip
        self.catalogue_action = self._action(None, self._on_catalogue_action_triggered)
        self.authority_action = self._action(None, self._on_authority_action_triggered)
        self.versions_action = self._action(None, self._on_versions_action_triggered,
                                            self._icon("document-revert", sp.SP_BrowserReload))  # fmt: skip
        self.check_action = self._action(QKeySequence("F7"), self._on_check_action_triggered,
                                         self._icon("dialog-information", sp.SP_MessageBoxInformation))  # fmt: skip
        self.wiki_action = self._action(QKeySequence("Ctrl+Shift+W"), self._on_wiki_action_triggered,
                                        self._icon("text-html", sp.SP_FileDialogDetailedView))  # fmt: skip
        self.docx_action = self._action(QKeySequence("Ctrl+Shift+E"), self._on_docx_action_triggered,
                                        self._icon("x-office-document", sp.SP_DriveFDIcon))  # fmt: skip
        self.vorlage_action = self._action(None, self._on_vorlage_action_triggered)
        self.import_action = self._action(None, self._on_import_action_triggered)
        self.publish_action = self._action(None, self._on_publish_action_triggered)
        self.pull_action = self._action(None, self._on_pull_action_triggered)
        self.about_action = self._action(None, self._on_about_action_triggered)
        self.switch_focus_action = self._action(QKeySequence("F6"), self._on_switch_focus_action_triggered)
        self.reading_action = self._action(QKeySequence("Ctrl+Shift+L"), self._on_reading_action_triggered)
        self.addAction(self.switch_focus_action)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            self.language_actions[code] = action
        self.tree.addAction(self.add_child_action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.new_action, self.open_action):
            self.file_menu.addAction(action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_backup_action)
        self.file_menu.addAction(self.close_file_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        for action in (self.undo_action, self.redo_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        for action in (
            self.add_sibling_action,
            self.add_child_action,
            self.new_document_action,
            self.rename_action,
            self.delete_action,
        ):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        for action in (self.move_up_action, self.move_down_action, self.indent_action, self.outdent_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.search_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.catalogue_action)
        self.edit_menu.addAction(self.authority_action)

        self.document_menu = bar.addMenu("")
        for action in (self.versions_action, self.check_action):
            self.document_menu.addAction(action)
        self.document_menu.addSeparator()
        for action in (self.wiki_action, self.docx_action, self.vorlage_action, self.import_action):
            self.document_menu.addAction(action)
        self.document_menu.addSeparator()
        self.document_menu.addAction(self.publish_action)
        self.document_menu.addAction(self.pull_action)

        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.reading_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action in (self.open_action, self.undo_action, self.redo_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (
            self.add_sibling_action,
            self.add_child_action,
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
            self.outdent_action,
            self.indent_action,
        ):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.search_action, self.check_action, self.wiki_action, self.docx_action):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)
        for action in (self.open_action, self.add_sibling_action, self.search_action, self.check_action,
                       self.wiki_action, self.docx_action):  # fmt: skip
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def _build_docks(self) -> None:
        self.search_dock = QDockWidget(self)
        self.search_dock.setObjectName("search_dock")
        search_widget = QWidget(self.search_dock)
        self.search_edit = QLineEdit(search_widget)
        self.search_edit.setClearButtonEnabled(True)
        self.search_results = QTreeWidget(search_widget)
        self.search_results.setRootIsDecorated(False)
        self.search_results.setWordWrap(True)
        search_layout = QVBoxLayout(search_widget)
        search_layout.setContentsMargins(4, 4, 4, 4)
        search_layout.addWidget(self.search_edit)
        search_layout.addWidget(self.search_results)
        self.search_dock.setWidget(search_widget)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.search_results.itemActivated.connect(self._on_result_item_activated)

        self.check_dock = QDockWidget(self)
        self.check_dock.setObjectName("check_dock")
        self.check_results = QTreeWidget(self.check_dock)
        self.check_results.setRootIsDecorated(False)
        self.check_results.setColumnCount(3)
        self.check_results.setWordWrap(True)
        self.check_results.itemActivated.connect(self._on_result_item_activated)
        self.check_dock.setWidget(self.check_results)
        for view in (self.search_results, self.check_results):
            follow_current_item(view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.check_dock)
        self.tabifyDockWidget(self.search_dock, self.check_dock)
        self.check_dock.hide()
        self.view_menu.addAction(self.switch_focus_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.search_dock.toggleViewAction())
        self.view_menu.addAction(self.check_dock.toggleViewAction())
        self.history_dock = QDockWidget(self)
        self.history_dock.setObjectName("history_dock")
        self.history_view = QUndoView(self.history_dock)
        self.history_dock.setWidget(self.history_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.view_menu.addAction(self.history_dock.toggleViewAction())
        for dock in (self.search_dock, self.check_dock, self.history_dock):
            dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        self._on_dock_visibility_changed()

    def _on_dock_visibility_changed(self, _visible: bool = False) -> None:
        # QMainWindow parks the tab bar of tabified docks off screen instead of hiding it;
        # there it would still take a Tab and leave keyboard users nowhere.
        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            bar.setFocusPolicy(Qt.FocusPolicy.TabFocus if bar.count() > 1 else Qt.FocusPolicy.NoFocus)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        texts = {
            self.new_action: tr("&Neu …"),
            self.open_action: tr("Ö&ffnen …"),
            self.backup_action: tr("&Kopie speichern unter …"),
            self.restore_backup_action: tr("Sicherung &wiederherstellen …"),
            self.close_file_action: tr("&Schließen"),
            self.quit_action: tr("&Beenden"),
            self.undo_action: tr("&Rückgängig"),
            self.redo_action: tr("&Wiederholen"),
            self.add_sibling_action: tr("&Eintrag hinzufügen"),
            self.add_child_action: tr("&Unterpunkt hinzufügen"),
            self.new_document_action: tr("Neues &Dokument"),
            self.rename_action: tr("U&mbenennen"),
            self.delete_action: tr("&Löschen …"),
            self.move_up_action: tr("Nach &oben"),
            self.move_down_action: tr("Nach u&nten"),
            self.indent_action: tr("E&inrücken"),
            self.outdent_action: tr("&Ausrücken"),
            self.search_action: tr("&Suchen …"),
            self.catalogue_action: tr("&Themenfeld-Katalog …"),
            self.authority_action: tr("A&bsender der Beschlussvorlagen …"),
            self.versions_action: tr("&Fassungen …"),
            self.check_action: tr("&Prüfen"),
            self.wiki_action: tr("&Wiki-Text …"),
            self.docx_action: tr("Als Word-, PDF- oder HTML-Datei e&xportieren …"),
            self.vorlage_action: tr("&Beschlussvorlage exportieren …"),
            self.import_action: tr("Wiki-Text &importieren …"),
            self.publish_action: tr("Im Wiki &veröffentlichen …"),
            self.pull_action: tr("Aus dem Wiki &holen …"),
            self.about_action: tr("Ü&ber Strategie-Editor"),
            self.switch_focus_action: tr("Zwischen Gliederung und Formular wechseln"),
            self.reading_action: tr("&Leseansicht"),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setIconText(text.replace("&", "").replace(" …", ""))
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "")
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        self.recent_menu.setTitle(tr("&Zuletzt geöffnet"))
        self.file_menu.setTitle(tr("&Datei"))
        self.edit_menu.setTitle(tr("&Bearbeiten"))
        self.document_menu.setTitle(tr("D&okument"))
        self.view_menu.setTitle(tr("&Ansicht"))
        self.language_menu.setTitle(tr("&Sprache"))
        self.help_menu.setTitle(tr("&Hilfe"))
        self.spelling.retranslate()
        self.toolbar.setWindowTitle(tr("Werkzeugleiste"))
        self.search_dock.setWindowTitle(tr("Suche"))
        self.search_edit.setPlaceholderText(tr("Suchbegriff eingeben …"))
        self.search_edit.setAccessibleName(tr("Suchbegriff"))
        self.search_results.setHeaderLabels([tr("Fundstelle")])
        self.search_results.setAccessibleName(tr("Suchergebnisse"))
        self.check_dock.setWindowTitle(tr("Prüfergebnisse"))
        self.check_results.setHeaderLabels([tr("Schwere"), tr("Meldung"), tr("Ort")])
        self.check_results.setAccessibleName(tr("Prüfergebnisse"))
        self.history_dock.setWindowTitle(tr("Verlauf"))
        self.history_view.setAccessibleName(tr("Verlauf der Änderungen"))
        self.history_view.setEmptyLabel(tr("<Datei geöffnet>"))
        self.tree.setAccessibleName(tr("Gliederung"))
        self.tree.setAccessibleDescription(
            tr(
                "Strg+Pfeil hoch/runter verschiebt den Eintrag, Strg+Pfeil rechts/links rückt ihn ein oder aus. "
                "F2 benennt um; beim Umbenennen rücken Tab und Umschalt+Tab ein und aus. "
                "Tab wechselt zum Formular, F6 zurück."
            )
        )
        self.form_host.setAccessibleName(tr("Formular"))
        self.placeholder.setText(tr("Keine Datei geöffnet. Öffnen Sie eine Datei über das Menü Datei."))
        self.banner.setText(tr("Diese Datei ist schreibgeschützt geöffnet. Änderungen sind nicht möglich."))
        self.banner.setAccessibleName(tr("Hinweis: schreibgeschützt"))
        self._update_title()
        self._update_recent_menu()
        if self.session is not None:
            self.session.model.retranslate()
            self.session.retranslate()
            self.history_view.viewport().update()
            self._show_form(self._current_node(), force=True)
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the application's language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- settings -----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        store = settings()
        restore_geometry(self, "window", QSize(1280, 800))  # per screen: a laptop at 150 % has 911×512 points
        state = store.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = store.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        language = str(store.value("language", "de"))
        self.language_actions.get(language, self.language_actions["de"]).setChecked(True)

    def save_settings(self) -> None:
        """Remember window geometry, docks and splitter."""
        store = settings()
        remember_geometry(self, "window")
        store.setValue("window/state", self.saveState())
        store.setValue("window/splitter", self.splitter.saveState())

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
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for n, name in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{n} {name}" if n < 10 else name)
            action.triggered.connect(lambda _c=False, name=name: self.open_path(Path(name)))
        self.recent_menu.setEnabled(bool(files))

    def set_language(self, language: str) -> None:
        """Switch the UI language and remember it."""
        settings().setValue("language", language)
        install_language(language)
        self.language_actions[language].setChecked(True)
        self.retranslate_ui()

    # --- files --------------------------------------------------------------------

    def open_path(self, path: Path) -> bool:
        """Open a workspace file; say why in the UI language and keep the current file on failure."""
        current = self.session.workspace.path if self.session is not None else None
        if current is not None and path.exists() and current.resolve() == path.resolve():
            return True  # already open here; a second connection would only meet our own lock
        warning: Message | None = None
        try:
            workspace, warning = open_for_editing(path)  # locks the file, takes today's backup copy
        except WorkspaceLockedError as error:
            answer = QMessageBox.question(
                self,
                tr("Datei wird gerade bearbeitet"),
                describe_error(error) + "\n\n" + tr("Schreibgeschützt öffnen?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            try:
                workspace, warning = open_for_editing(path, read_only=True)
            except StorageError as again:
                QMessageBox.critical(self, tr("Datei kann nicht geöffnet werden"), describe_error(again))
                return False
        except StorageError as error:
            QMessageBox.critical(self, tr("Datei kann nicht geöffnet werden"), describe_error(error))
            return False
        self.set_workspace(workspace)
        self._remember(path)
        if warning:  # a repair made while opening, or a backup that failed
            QMessageBox.warning(self, tr("Hinweis"), translate_message(warning))
        self.file_opened.emit(str(path))
        return True

    def set_workspace(self, workspace: Workspace) -> None:
        """Show ``workspace`` in the window (closing the one shown before)."""
        self.close_session()
        session = EditorSession(workspace, self)
        self.session = session
        session.failed.connect(self._on_session_failed)
        session.saved.connect(self.status_label.setText)
        session.record_applied.connect(self._on_session_record_applied)
        session.about_to_apply.connect(self._on_session_about_to_apply)
        session.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        session.model.move_handler = self._move_node_to
        session.model.rename_handler = self._rename_node
        self.tree.setModel(session.model)
        self.history_view.setStack(session.undo_stack)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.banner.setVisible(workspace.read_only)
        self.status_label.setText(
            tr("Schreibgeschützt geöffnet: {name}") if workspace.read_only else tr("Geöffnet: {name}")
        )
        self.status_label.setText(self.status_label.text().format(name=workspace.path.name if workspace.path else ""))
        if session.model.rowCount() > 0:
            first = session.model.index(0, 0)
            self.tree.expand(first)
            self.select_key(("stammdaten", session.model.node(first).id))
        self._update_title()
        self._update_actions()

    def close_session(self) -> None:
        """Close the open file, if any."""
        if self.session is None:
            return
        self._replace_form(None)
        self.history_view.setStack(None)  # type: ignore[arg-type]
        self.tree.setModel(None)  # type: ignore[arg-type]
        self.session.close()
        self.session.deleteLater()
        self.session = None
        self.banner.setVisible(False)
        self.search_results.clear()
        self.check_results.clear()
        self._update_title()
        self._update_actions()

    def _update_title(self) -> None:
        name = ""
        if self.session is not None and self.session.workspace.path is not None:
            name = self.session.workspace.path.name
        suffix = tr(" (schreibgeschützt)") if self.session is not None and self.session.read_only else ""
        self.setWindowTitle(f"{name}{suffix} – Strategie-Editor" if name else "Strategie-Editor")

    def _ask_path(self, title: str, save: bool, suffix: str = ".strategie", filter_: str = "") -> Path | None:
        directory = str(Path(self.recent_files()[0]).parent) if self.recent_files() else ""
        if save:
            name, _ = QFileDialog.getSaveFileName(self, title, directory, filter_ or _file_filter())
        else:
            name, _ = QFileDialog.getOpenFileName(self, title, directory, filter_ or _file_filter())
        if not name:
            return None
        path = Path(name)
        if save and not path.suffix:
            path = path.with_suffix(suffix)
        return path

    def _on_new_action_triggered(self) -> None:
        path = self._ask_path(tr("Neue Strategie-Datei"), save=True)
        if path is None:
            return
        try:
            new_workspace(path).close()
        except StorageError as error:
            QMessageBox.critical(self, tr("Datei kann nicht angelegt werden"), describe_error(error))
            return
        self.open_path(path)

    def _on_open_action_triggered(self) -> None:
        path = self._ask_path(tr("Strategie-Datei öffnen"), save=False)
        if path is not None:
            self.open_path(path)

    def _on_backup_action_triggered(self) -> None:
        if self.session is None:
            return
        self._flush_form()
        path = self._ask_path(tr("Kopie speichern unter"), save=True)
        if path is None:
            return
        if self.session.workspace.path is not None and path.resolve() == self.session.workspace.path.resolve():
            QMessageBox.warning(
                self, tr("Kopie speichern"), tr("Die Kopie kann nicht die geöffnete Datei selbst sein.")
            )
            return
        try:
            self.session.workspace.backup_to(path)
        except StorageError as error:
            QMessageBox.critical(self, tr("Kopie speichern"), describe_error(error))
            return
        self.status_label.setText(tr("Kopie gespeichert: {path}").format(path=path))
        announce(self, self.status_label.text())

    def _on_restore_backup_action_triggered(self) -> None:
        if self.session is None or self.session.workspace.path is None:
            return
        path = self.session.workspace.path
        backups = list_backups(path)
        title = tr("Sicherung wiederherstellen")
        if not backups:
            QMessageBox.information(self, title, tr("Für diese Datei gibt es noch keine Sicherung."))
            return
        labels = [f"{backup.made:%d.%m.%Y %H:%M} – {backup.name}" for backup in backups]
        label, chosen = QInputDialog.getItem(
            self,
            title,
            tr("Welche Sicherung soll die Datei ersetzen? Der jetzige Stand wird vorher selbst gesichert."),
            labels,
            0,
            False,
        )
        if not chosen or label not in labels:
            return
        self._flush_form()
        self.close_session()  # gives the lock back: a restore replaces the whole file
        try:
            safety = restore_backup(path, backups[labels.index(label)])
        except StorageError as error:
            QMessageBox.critical(self, title, describe_error(error))
            self.open_path(path)
            return
        if self.open_path(path):
            self.status_label.setText(
                tr("Sicherung wiederhergestellt; der vorherige Stand liegt in {path}").format(path=safety)
            )
            announce(self, self.status_label.text())

    def _on_close_file_action_triggered(self) -> None:
        self._flush_form()
        self.close_session()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save pending edits and settings, then close."""
        self._flush_form()
        self.save_settings()
        self.close_session()
        super().closeEvent(event)

    # --- tree and forms -----------------------------------------------------------

    def _current_node(self) -> Node | None:
        if self.session is None:
            return None
        index = self.tree.currentIndex()
        return self.session.model.node(index) if index.isValid() else None

    def select_key(self, key: Key) -> bool:
        """Select (and reveal) the tree node with ``key``."""
        if self.session is None:
            return False
        index = self.session.model.find(key)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(index)
        return True

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.session.model.node(current) if self.session is not None and current.isValid() else None
        self._show_form(node)
        self._update_actions()

    def _show_form(self, node: Node | None, force: bool = False) -> None:
        if (
            not force
            and node is not None
            and self.current_form is not None
            and self.current_form.node.key() == node.key()
            and type(self.current_form) is FORMS[node.kind]
        ):
            self.current_form.node = node
            return
        if self.session is None or node is None:
            self._replace_form(None)
            return
        form = create_form(self.session, node, self.form_host)
        form.setObjectName(f"form_{node.kind}")
        form.set_read_only(self.session.read_only)
        self._replace_form(form)

    def _replace_form(self, form: Form | None) -> None:
        old = self.current_form
        if old is not None:
            old.flush()
            old.detach()
            self.form_layout.removeWidget(old)
            old.hide()
            old.setParent(None)  # type: ignore[call-overload]
            old.deleteLater()
        self.current_form = form
        self.placeholder.setVisible(form is None)
        if form is not None:
            self.form_layout.addWidget(form)
            form.show()
            self._tab_from_tree_to(form)

    def _tab_from_tree_to(self, form: Form) -> None:
        # A new form joins the focus chain at its end, behind the docks; Tab from the tree
        # should reach it first. Chain its tab stops, in the order they were made, behind the tree.
        previous: QWidget = self.tree
        for widget in form.findChildren(QWidget):
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None
                and widget.window() is self  # not the popups of combo boxes and calendars
            ):
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def _flush_form(self) -> None:
        if self.current_form is not None:
            self.current_form.flush()

    def _expanded_keys(self) -> set[Key]:
        if self.session is None:
            return set()
        model = self.session.model
        keys: set[Key] = set()
        stack = list(model.root.children)
        while stack:
            node = stack.pop()
            if node.children and self.tree.isExpanded(model.index_of(node)):
                keys.add(node.key())
                stack.extend(node.children)
        return keys

    def _on_session_about_to_apply(self, _record: UndoRecord) -> None:
        node = self._current_node()
        chain: list[Key] = []
        while node is not None and node.kind != "root":
            chain.append(node.key())
            node = node.parent
        self._restore_state = (chain, self._expanded_keys())

    def _on_session_record_applied(self, record: UndoRecord, origin: object) -> None:
        if self.session is None:
            return
        chain, expanded = self._restore_state
        model = self.session.model
        stack = list(model.root.children)
        while stack:
            node = stack.pop()
            if node.key() in expanded:
                self.tree.expand(model.index_of(node))
                stack.extend(node.children)
        node = self._current_node()
        lost = chain and (node is None or node.key() != chain[0])
        if lost and not any(self.select_key(key) for key in chain):
            self._show_form(self._current_node())
        if origin is None and self._undoing:
            # Undo/redo brought rows back: show where (a deleted subtree, a mistaken drop).
            tables = ("document", "section", "goal", "paper")
            inserted = sorted(
                (c for c in record.changes if c.before is None and c.table in tables),
                key=lambda c: tables.index(c.table),
            )
            if inserted and inserted[0].table == "document":
                self.select_key(("stammdaten", inserted[0].row_id))
            elif inserted:
                self.select_key((inserted[0].table, inserted[0].row_id))
        if self._current_node() is None and model.rowCount() > 0:
            self.select_key(("stammdaten", model.node(model.index(0, 0)).id))
        self._update_actions()

    def _on_tree_context_menu_requested(self, pos: Any) -> None:
        menu = QMenu(self)
        for action in (
            self.add_sibling_action,
            self.add_child_action,
            self.rename_action,
            self.delete_action,
            None,
            self.move_up_action,
            self.move_down_action,
            self.outdent_action,
            self.indent_action,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.tree.viewport().mapToGlobal(pos))
        menu.setActiveAction(next(a for a in menu.actions() if a.isEnabled() and not a.isSeparator()))  # read aloud

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        session = self.session
        node = self._current_node()
        editable = session is not None and not session.read_only
        tree_node = node is not None and node.is_tree_node()
        for action in (self.backup_action, self.close_file_action, self.search_action, self.check_action):
            action.setEnabled(session is not None)
        self.restore_backup_action.setEnabled(editable)
        self.catalogue_action.setEnabled(session is not None)
        self.authority_action.setEnabled(session is not None)
        has_doc = session is not None and node is not None
        for action in (self.versions_action, self.wiki_action, self.docx_action, self.reading_action):
            action.setEnabled(has_doc)
        self.vorlage_action.setEnabled(has_doc and node is not None and node.kind == "paper")
        self.import_action.setEnabled(editable)
        self.publish_action.setEnabled(has_doc and editable)
        self.pull_action.setEnabled(editable)
        self.new_document_action.setEnabled(editable)
        self.add_sibling_action.setEnabled(editable and node is not None)
        self.add_child_action.setEnabled(editable and node is not None and (tree_node or node.kind in GROUP_TREES))
        self.rename_action.setEnabled(editable and node is not None and (tree_node or node.kind == "document"))
        self.delete_action.setEnabled(editable and node is not None and (tree_node or node.kind == "document"))
        for action in (self.move_up_action, self.move_down_action, self.indent_action, self.outdent_action):
            action.setEnabled(editable and tree_node)
        stack = session.undo_stack if session is not None else None
        undo = stack.undoText() if stack is not None and stack.canUndo() else ""
        redo = stack.redoText() if stack is not None and stack.canRedo() else ""
        # Like word processors, the menu names the step it would take ("Rückgängig: Abschnitt … eingerückt").
        self.undo_action.setEnabled(stack is not None and stack.canUndo())
        self.undo_action.setText(tr("&Rückgängig: {what}").format(what=menu_text(undo)) if undo else tr("&Rückgängig"))
        self.undo_action.setToolTip(
            _with_shortcut(tr("Rückgängig: {what}").format(what=undo) if undo else tr("Rückgängig"), self.undo_action)
        )
        self.redo_action.setEnabled(stack is not None and stack.canRedo())
        self.redo_action.setText(
            tr("&Wiederholen: {what}").format(what=menu_text(redo)) if redo else tr("&Wiederholen")
        )
        self.redo_action.setToolTip(
            _with_shortcut(tr("Wiederholen: {what}").format(what=redo) if redo else tr("Wiederholen"), self.redo_action)
        )

    # --- editing ------------------------------------------------------------------

    def _on_session_failed(self, message: str) -> None:
        announce(self, tr("Nicht möglich: {message}").format(message=message), assertive=True)
        QMessageBox.warning(self, tr("Nicht möglich"), message)

    def _on_undo_action_triggered(self) -> None:
        if self.session is not None:
            self._flush_form()
            what = self.session.undo_stack.undoText()
            self._undoing = True
            try:
                self.session.undo_stack.undo()
            finally:
                self._undoing = False
            if what:
                announce(self, tr("Rückgängig gemacht: {what}").format(what=what))

    def _on_redo_action_triggered(self) -> None:
        if self.session is not None:
            what = self.session.undo_stack.redoText()
            self._undoing = True
            try:
                self.session.undo_stack.redo()
            finally:
                self._undoing = False
            if what:
                announce(self, tr("Wiederholt: {what}").format(what=what))

    def _rename_node(self, node: Node, text: str) -> bool:
        assert self.session is not None
        ops = self.session.ops
        if node.kind == "document":
            record = self.session.apply(lambda: ops.update_document(node.id, title=text))
        elif node.kind == "paper":
            record = self.session.apply(lambda: ops.update_node("paper", node.id, name=text))
        else:
            record = self.session.apply(lambda: ops.update_node(node.kind, node.id, title=text))
        if record is not None and self.current_form is not None and self.current_form.node.key() == node.key():
            self.current_form.reload()
        return record is not None

    def _move_node_to(self, table: str, node_id: int, parent_id: int | None, position: int) -> bool:
        assert self.session is not None
        ops = self.session.ops
        if table == "document":
            record = self.session.apply(lambda: ops.move_document(node_id, position))
        else:
            record = self.session.apply(lambda: ops.move_node(table, node_id, parent_id, position))
        if record is not None:
            self.select_key((table, node_id))
        return record is not None

    def _tree_command(self, name: str) -> None:
        node = self._current_node()
        if self.session is None or node is None or not node.is_tree_node():
            return
        self._flush_form()
        ops = self.session.ops
        method = getattr(ops, name)
        if self.session.apply(lambda: method(node.kind, node.id)) is not None:
            self.select_key(node.key())
            self.tree.setFocus()

    def _on_move_up_action_triggered(self) -> None:
        self._tree_command("move_up")

    def _on_move_down_action_triggered(self) -> None:
        self._tree_command("move_down")

    def _on_indent_action_triggered(self) -> None:
        self._tree_command("indent")

    def _on_outdent_action_triggered(self) -> None:
        self._tree_command("outdent")

    def _tab_indents(self) -> bool:
        node = self._current_node()
        return self.session is not None and not self.session.read_only and node is not None and node.is_tree_node()

    def _on_tree_delegate_indent_requested(self, indent: bool) -> None:
        # The title is saved; indent or outdent, then let the user go on typing.
        self._tree_command("indent" if indent else "outdent")
        self.tree.setFocus()
        self.tree.edit(self.tree.currentIndex())

    def add_node(self, as_child: bool) -> None:
        """Add a section, goal or paper next to or under the current node, then rename it."""
        node = self._current_node()
        if self.session is None or node is None:
            return
        self._flush_form()
        if node.kind in ("document", "stammdaten", "themenfelder", "synergies", "links") and not as_child:
            self._on_new_document_action_triggered()
            return
        tree = node.tree()
        if tree is None:
            return
        ops = self.session.ops
        title = {"section": tr("Neuer Abschnitt"), "goal": tr("Neues Ziel"), "paper": tr("Neuer Beschluss")}[tree]
        fields = {"name": title} if tree == "paper" else {"title": title}
        if node.kind in GROUP_TREES:
            parent_id, position = None, None
        elif as_child:
            parent_id, position = node.id, None
        else:
            parent = node.parent
            parent_id = parent.id if parent is not None and parent.kind == tree else None
            position = node.row() + 1
        record = self.session.apply(lambda: ops.add_node(tree, node.document_id, parent_id, position, **fields))
        if record is not None and record.created_id is not None and self.select_key((tree, record.created_id)):
            self.tree.setFocus()
            self.tree.edit(self.tree.currentIndex())

    def _on_add_child_action_triggered(self) -> None:
        self.add_node(as_child=True)

    def _on_add_sibling_action_triggered(self) -> None:
        self.add_node(as_child=False)

    def _on_new_document_action_triggered(self) -> None:
        if self.session is None:
            return
        ops = self.session.ops
        record = self.session.apply(lambda: ops.create_document(tr("Neues Konzept")))
        if record is not None and record.created_id is not None:
            self.select_key(("stammdaten", record.created_id))
            if self.current_form is not None:
                self.current_form.focus_field("title")

    def _on_rename_action_triggered(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.setFocus()
            self.tree.edit(index)

    def _on_delete_action_triggered(self) -> None:
        node = self._current_node()
        if self.session is None or node is None:
            return
        ops = self.session.ops
        name = node.text or tr("(ohne Titel)")
        if node.kind == "document":
            answer = QMessageBox.question(
                self,
                tr("Dokument löschen"),
                tr(
                    "Das Dokument „{name}“ mit allen Abschnitten, Zielen und Beschlüssen löschen?\n"
                    "Sie können das mit Rückgängig (Strg+Z) zurücknehmen."
                ).format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.session.apply(lambda: ops.delete_document(node.id))
            return
        if not node.is_tree_node():
            return
        if node.children:
            count = sum(1 for _ in _descendants(node))
            answer = QMessageBox.question(
                self,
                tr("Löschen"),
                tr(
                    "„{name}“ mit {count} Unterpunkten löschen?\nSie können das mit Rückgängig (Strg+Z) zurücknehmen."
                ).format(name=name, count=count),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        parent, row = node.parent, node.row()
        if self.session.apply(lambda: ops.delete_node(node.kind, node.id)) is not None and parent is not None:
            siblings = [c for c in (self.session.model.node(self.session.model.find(parent.key())).children)]
            target = siblings[min(row, len(siblings) - 1)].key() if siblings else parent.key()
            self.select_key(target)

    # --- search, check, versions, export -------------------------------------------

    def _on_search_action_triggered(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_search_edit_return_pressed(self) -> None:
        self.run_search()
        first = self.search_results.topLevelItem(0)
        if first is not None:
            self.search_results.setFocus()
            self.search_results.setCurrentItem(first)

    def run_search(self) -> None:
        """Search the file for the text in the search field and list the hits."""
        self._search_timer.stop()
        self.search_results.clear()
        if self.session is None:
            return
        text = self.search_edit.text().strip()
        if not text:
            return
        titles = self.session.reader.titles()
        kinds = _kind_names()
        for hit in self.session.reader.search(text):
            label = f"{kinds.get(hit.kind, hit.kind)} · {titles.get(hit.document_id, '')}: {hit.snippet}"
            item = QTreeWidgetItem([label])
            item.setToolTip(0, label)
            item.setData(0, Qt.ItemDataRole.UserRole, (hit.document_id, hit.kind, hit.node_id, "", hit.snippet))
            self.search_results.addTopLevelItem(item)
        if not self.search_results.topLevelItemCount():
            item = QTreeWidgetItem([tr("Keine Treffer für „{text}“.").format(text=text)])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.search_results.addTopLevelItem(item)

    def _on_result_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if data:
            document_id, kind, node_id, field, text = data
            self.go_to(document_id, kind, node_id, field, text)

    def go_to(self, document_id: int, kind: str, node_id: int | None, field: str = "", text: str = "") -> bool:
        """Select the node of a row of ``kind`` and focus its field ``field``."""
        if self.session is None:
            return False
        try:
            doc = self.session.reader.document(document_id)
        except Exception:  # the document was deleted since the list was made
            return False
        place: Place = place_of(doc, kind, node_id, field, text)
        self._flush_form()
        if not self.select_key((place.kind, place.node_id)):
            return False
        if self.current_form is not None:
            self.current_form.focus_field(place.field)
        return True

    def _on_check_action_triggered(self) -> None:
        self.run_check()
        self.check_dock.show()
        self.check_dock.raise_()
        self.check_results.setFocus()

    def run_check(self) -> int:
        """List the validation findings of the whole file in the Prüfen dock; return their number."""
        self.check_results.clear()
        if self.session is None:
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large file takes a second or two
        try:
            findings = self.session.reader.check()
        finally:
            QApplication.restoreOverrideCursor()
        titles = self.session.reader.titles()
        severity = {"Fehler": tr("Fehler"), "Warnung": tr("Warnung")}
        for finding in findings:
            where = titles.get(finding.document_id or 0, "")
            text = translate_message(finding.text) if finding.text is not None else finding.message
            item = QTreeWidgetItem([severity.get(finding.severity, finding.severity), text, where])
            item.setIcon(
                0,
                self.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxCritical
                    if finding.severity == "Fehler"
                    else QStyle.StandardPixmap.SP_MessageBoxWarning
                ),
            )
            item.setData(
                0,
                Qt.ItemDataRole.UserRole,
                (finding.document_id, finding.kind, finding.node_id, finding.field, ""),
            )
            self.check_results.addTopLevelItem(item)
        if not findings:
            item = QTreeWidgetItem([tr("Keine"), tr("Keine Befunde: Die Datei ist in Ordnung."), ""])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.check_results.addTopLevelItem(item)
        for column in range(3):
            self.check_results.resizeColumnToContents(column)
        self.status_label.setText(tr("Prüfen: {count} Befunde").format(count=len(findings)))
        announce(self, self.status_label.text())
        return len(findings)

    def current_document_id(self) -> int | None:
        """Return the id of the document the current node belongs to."""
        node = self._current_node()
        return node.document_id if node is not None else None

    def _on_catalogue_action_triggered(self) -> None:
        from editor.views.catalogue_dialog import CatalogueDialog

        if self.session is None:
            return
        self._flush_form()
        CatalogueDialog(self.session, self).exec()
        self._show_form(self._current_node(), force=True)  # a Themenfelder form shows the new catalogue

    def _on_authority_action_triggered(self) -> None:
        from editor.views.settings_dialog import AuthorityDialog

        if self.session is None:
            return
        self._flush_form()
        AuthorityDialog(self.session, self).exec()

    def _on_versions_action_triggered(self) -> None:
        from editor.views.dialogs import VersionsDialog

        doc_id = self.current_document_id()
        if self.session is None or doc_id is None:
            return
        self._flush_form()
        VersionsDialog(self.session, doc_id, self).exec()

    def _on_wiki_action_triggered(self) -> None:
        from editor.views.export_dialogs import WikiPreviewDialog

        doc_id = self.current_document_id()
        if self.session is None or doc_id is None:
            return
        self._flush_form()
        WikiPreviewDialog(self.session, doc_id, self).exec()

    def _on_docx_action_triggered(self) -> None:
        from editor.views.export_dialogs import DocxExportDialog

        doc_id = self.current_document_id()
        if self.session is None or doc_id is None:
            return
        self._flush_form()
        DocxExportDialog(self.session, doc_id, None, self).exec()

    def _on_vorlage_action_triggered(self) -> None:
        from editor.views.export_dialogs import DocxExportDialog

        node = self._current_node()
        if self.session is None or node is None or node.kind != "paper":
            return
        self._flush_form()
        DocxExportDialog(self.session, node.document_id, node.id, self).exec()

    def _on_import_action_triggered(self) -> None:
        from editor.views.import_dialog import WikiImportDialog

        if self.session is None:
            return
        dialog = WikiImportDialog(self.session, self)
        dialog.exec()
        if dialog.created_id is not None:
            self.select_key(("stammdaten", dialog.created_id))

    def _on_publish_action_triggered(self) -> None:
        from editor.views.publish_dialog import PublishDialog

        doc_id = self.current_document_id()
        if self.session is None or doc_id is None:
            return
        self._flush_form()
        PublishDialog(self.session, doc_id, self).exec()

    def _on_pull_action_triggered(self) -> None:
        from editor.views.publish_dialog import PullDialog

        if self.session is None:
            return
        self._flush_form()
        dialog = PullDialog(self.session, self.current_document_id(), self)
        pulled: list[int] = []
        dialog.pulled.connect(pulled.append)
        dialog.exec()
        if pulled:
            self.select_key(("stammdaten", pulled[-1]))

    def _on_switch_focus_action_triggered(self) -> None:
        if self.tree.hasFocus() and self.current_form is not None:
            self.current_form.focus_field("")
        else:
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_reading_action_triggered(self) -> None:
        from editor.views.reading_view import show_reading_view

        doc_id = self.current_document_id()
        if self.session is None or doc_id is None:
            return
        self._flush_form()
        show_reading_view(self, doc_id)

    def _on_about_action_triggered(self) -> None:
        from editor.views.about_dialog import AboutDialog

        AboutDialog(self.session.workspace.path if self.session is not None else None, self).exec()

    # --- benchmark ----------------------------------------------------------------

    def _on_tree_painted(self) -> None:
        if os.environ.get("STRATEGIE_BENCH") == "1":
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            if os.environ.get("STRATEGIE_BENCH_EXPAND") == "1":
                QTimer.singleShot(0, self._bench_expand)
            else:
                QTimer.singleShot(0, QApplication.quit)

    def _bench_expand(self) -> None:
        started = time.perf_counter()
        if self.session is not None:
            model = self.session.model
            for row in range(model.rowCount()):
                self.tree.expand(model.index(row, 0))
            QApplication.processEvents()
        print(f"EXPAND_ALL {time.perf_counter() - started:.6f}", flush=True)
        sys.stdout.flush()
        QApplication.quit()


def _file_filter() -> str:
    return tr("Strategie-Dateien (*.strategie);;Alle Dateien (*)")


def _with_shortcut(text: str, action: QAction) -> str:
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({shortcut})" if shortcut else text


def _descendants(node: Node) -> list[Node]:
    result: list[Node] = []
    stack = list(node.children)
    while stack:
        current = stack.pop()
        result.append(current)
        stack.extend(current.children)
    return result


def _kind_names() -> dict[str, str]:
    return {
        "document": tr("Stammdaten"),
        "section": tr("Abschnitt"),
        "goal": tr("Ziel"),
        "indicator": tr("Indikator"),
        "paper": tr("Beschluss"),
        "consultation": tr("Beratung"),
        "synergy": tr("Synergie"),
        "leitziel_ref": tr("Leitziel-Bezug"),
        "link": tr("Link"),
    }
