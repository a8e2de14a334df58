"""The window's actions, menus and toolbar: keys, icons, texts in the UI language, when each is enabled.

The actions do nothing by themselves; the window connects each to the part that carries
it out (the file controller, the outline, the docks, the dialogs) by name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QToolButton, QTreeView, QWidget

from editor.qtmodels.tree_model import GROUP_TREES, Node
from editor.views.i18n import LANGUAGES, tr
from editor.views.undo_texts import menu_text

_SP = QStyle.StandardPixmap

# name: (shortcut(s), theme icon and fallback, only while the outline has the focus)
_ACTIONS: dict[str, tuple[Any, tuple[str, QStyle.StandardPixmap] | None, bool]] = {
    "new": (QKeySequence.StandardKey.New, ("document-new", _SP.SP_FileIcon), False),
    "open": (QKeySequence.StandardKey.Open, ("document-open", _SP.SP_DialogOpenButton), False),
    "backup": (QKeySequence.StandardKey.SaveAs, ("document-save-as", _SP.SP_DialogSaveButton), False),
    "restore_backup": (None, None, False),
    "close_file": (QKeySequence.StandardKey.Close, None, False),
    "quit": (QKeySequence.StandardKey.Quit, None, False),
    "undo": ([QKeySequence("Ctrl+Z")], ("edit-undo", _SP.SP_ArrowBack), False),
    "redo": ([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")], ("edit-redo", _SP.SP_ArrowForward), False),
    "add_sibling": (QKeySequence("Insert"), ("document-new", _SP.SP_FileDialogNewFolder), True),
    "add_child": (QKeySequence("Ctrl+Shift+N"), ("list-add", _SP.SP_FileDialogNewFolder), False),
    "new_document": (None, None, False),
    "rename": (QKeySequence("F2"), None, True),
    "delete": (QKeySequence.StandardKey.Delete, ("edit-delete", _SP.SP_TrashIcon), True),
    "move_up": (QKeySequence("Ctrl+Up"), ("go-up", _SP.SP_ArrowUp), True),
    "move_down": (QKeySequence("Ctrl+Down"), ("go-down", _SP.SP_ArrowDown), True),
    "indent": (QKeySequence("Ctrl+Right"), ("format-indent-more", _SP.SP_ArrowRight), True),
    "outdent": (QKeySequence("Ctrl+Left"), ("format-indent-less", _SP.SP_ArrowLeft), True),
    "search": (QKeySequence("Ctrl+Shift+F"), ("edit-find", _SP.SP_FileDialogContentsView), False),
    "catalogue": (None, None, False),
    "authority": (None, None, False),
    "versions": (None, ("document-revert", _SP.SP_BrowserReload), False),
    "check": (QKeySequence("F7"), ("dialog-information", _SP.SP_MessageBoxInformation), False),
    "wiki": (QKeySequence("Ctrl+Shift+W"), ("text-html", _SP.SP_FileDialogDetailedView), False),
    "docx": (QKeySequence("Ctrl+Shift+E"), ("x-office-document", _SP.SP_DriveFDIcon), False),
    "vorlage": (None, None, False),
    "import": (None, None, False),
    "publish": (None, None, False),
    "pull": (None, None, False),
    "about": (None, None, False),
    "switch_focus": (QKeySequence("F6"), None, False),
    "reading": (QKeySequence("Ctrl+Shift+L"), None, False),
}

_TREE_MENU = ("add_sibling", "add_child", "rename", "delete", None, "move_up", "move_down", "outdent", "indent")
"""The outline's context menu (None: a separator)."""


def _texts() -> dict[str, str]:
    return {
        "new": tr("&Neu …"),
        "open": tr("Ö&ffnen …"),
        "backup": tr("&Kopie speichern unter …"),
        "restore_backup": tr("Sicherung &wiederherstellen …"),
        "close_file": tr("&Schließen"),
        "quit": tr("&Beenden"),
        "undo": tr("&Rückgängig"),
        "redo": tr("&Wiederholen"),
        "add_sibling": tr("&Eintrag hinzufügen"),
        "add_child": tr("&Unterpunkt hinzufügen"),
        "new_document": tr("Neues &Dokument"),
        "rename": tr("U&mbenennen"),
        "delete": tr("&Löschen …"),
        "move_up": tr("Nach &oben"),
        "move_down": tr("Nach u&nten"),
        "indent": tr("E&inrücken"),
        "outdent": tr("&Ausrücken"),
        "search": tr("&Suchen …"),
        "catalogue": tr("&Themenfeld-Katalog …"),
        "authority": tr("A&bsender der Beschlussvorlagen …"),
        "versions": tr("&Fassungen …"),
        "check": tr("&Prüfen"),
        "wiki": tr("&Wiki-Text …"),
        "docx": tr("Als Word-, PDF- oder HTML-Datei e&xportieren …"),
        "vorlage": tr("&Beschlussvorlage exportieren …"),
        "import": tr("Wiki-Text &importieren …"),
        "publish": tr("Im Wiki &veröffentlichen …"),
        "pull": tr("Aus dem Wiki &holen …"),
        "about": tr("Ü&ber Strategie-Editor"),
        "switch_focus": tr("Zwischen Gliederung und Formular wechseln"),
        "reading": tr("&Leseansicht"),
    }


@dataclass(frozen=True, slots=True)
class ActionState:
    """What decides which actions are enabled: an open file, whether it may change, the selected node."""

    open: bool = False
    editable: bool = False
    node: Node | None = None
    stack: QUndoStack | None = None


class WindowActions(QObject):
    """Every action of the window (``undo_action``, ``delete_action`` …), its menus and toolbar."""

    def __init__(self, window: QMainWindow, tree: QTreeView) -> None:
        super().__init__(window)
        self._window = window
        self.actions: dict[str, QAction] = {}
        for name, (shortcut, icon, tree_only) in _ACTIONS.items():
            action = QAction(window)
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            elif shortcut is not None:
                action.setShortcut(shortcut)
            if icon is not None:
                action.setIcon(QIcon.fromTheme(icon[0], window.style().standardIcon(icon[1])))
            if tree_only:
                # Keys such as Ctrl+Left or Delete belong to text fields everywhere else.
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                tree.addAction(action)
            self.actions[name] = action
            setattr(self, f"{name}_action", action)
        tree.addAction(self.actions["add_child"])
        window.addAction(self.actions["switch_focus"])
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setData(code)
            self.language_actions[code] = action
        self._build_menus(window)

    def __getattr__(self, name: str) -> QAction:
        # The actions are also attributes by name (``undo_action``); set in __init__, this only helps the types.
        raise AttributeError(name)

    def connect_slots(self, slots: Mapping[str, Callable[[], object]], language: Callable[[str], object]) -> None:
        """Let each action run its slot (by name), and each language action switch to its language."""
        for name, slot in slots.items():
            self.actions[name].triggered.connect(lambda _checked=False, slot=slot: slot())
        for code, action in self.language_actions.items():
            action.triggered.connect(lambda _checked=False, code=code: language(code))

    def _build_menus(self, window: QMainWindow) -> None:
        a = self.actions
        bar = window.menuBar()
        self.recent_menu = QMenu(window)
        self.file_menu = bar.addMenu("")
        self._fill(self.file_menu, ("new", "open"))
        self.file_menu.addMenu(self.recent_menu)
        self._fill(self.file_menu, (None, "backup", "restore_backup", "close_file", None, "quit"))
        self.edit_menu = bar.addMenu("")
        self._fill(self.edit_menu, ("undo", "redo", None, "add_sibling", "add_child", "new_document", "rename",
                                    "delete", None, "move_up", "move_down", "indent", "outdent", None, "search",
                                    None, "catalogue", "authority"))  # fmt: skip
        self.document_menu = bar.addMenu("")
        self._fill(self.document_menu, ("versions", "check", None, "wiki", "docx", "vorlage", "import", None,
                                        "publish", "pull"))  # fmt: skip
        self.view_menu = bar.addMenu("")
        self._fill(self.view_menu, ("reading", None))
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a["about"])
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._fill(self.toolbar, ("open", "undo", "redo", None, "add_sibling", "add_child", "delete", "move_up",
                                  "move_down", "outdent", "indent", None, "search", "check", "wiki", "docx"))  # fmt: skip
        window.addToolBar(self.toolbar)
        for name in ("open", "add_sibling", "search", "check", "wiki", "docx"):
            button = self.toolbar.widgetForAction(a[name])
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def _fill(self, target: QMenu | QToolBar, names: tuple[str | None, ...]) -> None:
        for name in names:
            if name is None:
                target.addSeparator()
            else:
                target.addAction(self.actions[name])

    def add_view_entries(self, docks: tuple[QWidget, ...]) -> None:
        """Put the focus switch and the docks' show/hide entries into the View menu."""
        self.view_menu.addAction(self.actions["switch_focus"])
        self.view_menu.addSeparator()
        for dock in docks:
            toggle = getattr(dock, "toggleViewAction", None)
            if toggle is not None:
                self.view_menu.addAction(toggle())

    def tree_menu(self, parent: QWidget) -> QMenu:
        """Return the outline's context menu (its entries are the actions themselves)."""
        menu = QMenu(parent)
        self._fill(menu, _TREE_MENU)
        return menu

    def retranslate(self) -> None:
        """Set every action's text, tooltip and the menus' titles in the current language."""
        for name, text in _texts().items():
            action = self.actions[name]
            action.setText(text)
            action.setIconText(text.replace("&", "").replace(" …", ""))
            action.setToolTip(_with_shortcut(text.replace("&", ""), action))
        self.recent_menu.setTitle(tr("&Zuletzt geöffnet"))
        self.file_menu.setTitle(tr("&Datei"))
        self.edit_menu.setTitle(tr("&Bearbeiten"))
        self.document_menu.setTitle(tr("D&okument"))
        self.view_menu.setTitle(tr("&Ansicht"))
        self.language_menu.setTitle(tr("&Sprache"))
        self.help_menu.setTitle(tr("&Hilfe"))
        self.toolbar.setWindowTitle(tr("Werkzeugleiste"))

    def update(self, state: ActionState) -> None:
        """Enable what can be done now; name the undo and redo steps as word processors do."""
        a, node, editable = self.actions, state.node, state.editable
        tree_node = node is not None and node.is_tree_node()
        for name in ("backup", "close_file", "search", "check", "catalogue", "authority"):
            a[name].setEnabled(state.open)
        a["restore_backup"].setEnabled(editable)
        has_doc = state.open and node is not None
        for name in ("versions", "wiki", "docx", "reading"):
            a[name].setEnabled(has_doc)
        a["vorlage"].setEnabled(has_doc and node is not None and node.kind == "paper")
        for name in ("import", "pull", "new_document"):
            a[name].setEnabled(editable)
        a["publish"].setEnabled(has_doc and editable)
        a["add_sibling"].setEnabled(editable and node is not None)
        a["add_child"].setEnabled(editable and node is not None and (tree_node or node.kind in GROUP_TREES))
        for name in ("rename", "delete"):
            a[name].setEnabled(editable and node is not None and (tree_node or node.kind == "document"))
        for name in ("move_up", "move_down", "indent", "outdent"):
            a[name].setEnabled(editable and tree_node)
        stack = state.stack
        undo = stack.undoText() if stack is not None and stack.canUndo() else ""
        redo = stack.redoText() if stack is not None and stack.canRedo() else ""
        # Like word processors, the menu names the step it would take ("Rückgängig: Abschnitt … eingerückt").
        a["undo"].setEnabled(stack is not None and stack.canUndo())
        a["undo"].setText(tr("&Rückgängig: {what}").format(what=menu_text(undo)) if undo else tr("&Rückgängig"))
        a["undo"].setToolTip(
            _with_shortcut(tr("Rückgängig: {what}").format(what=undo) if undo else tr("Rückgängig"), a["undo"])
        )
        a["redo"].setEnabled(stack is not None and stack.canRedo())
        a["redo"].setText(tr("&Wiederholen: {what}").format(what=menu_text(redo)) if redo else tr("&Wiederholen"))
        a["redo"].setToolTip(
            _with_shortcut(tr("Wiederholen: {what}").format(what=redo) if redo else tr("Wiederholen"), a["redo"])
        )


def _with_shortcut(text: str, action: QAction) -> str:
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({shortcut})" if shortcut else text
