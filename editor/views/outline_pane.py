"""The outline on the left: the tree of documents and their parts, and the commands on it.

Adding, renaming, deleting, moving, indenting and outdenting entries; dragging them;
and where the selection goes after a change. The tree model follows each change row
by row, so expansion and selection survive by themselves; only when the selected entry
is removed does the pane choose another one: the one that took its place, else the
nearest ancestor still there (never a removed one, never by searching other documents).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QMessageBox,
    QStyledItemDelegate,
    QTreeView,
    QWidget,
)

from editor.qtmodels.tree_model import GROUP_TREES, Key, Node
from editor.services import UndoRecord
from editor.views.i18n import tr
from editor.views.outline_access import OutlineAccessibility
from editor.views.session import EditorSession

_DOCUMENT_PARTS = ("document", "stammdaten", "themenfelder", "synergies", "links")
"""Nodes next to which Einfg adds a document (they hold no tree of entries)."""


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


class OutlinePane(QObject):
    """The tree view of the open file and every command that changes its entries."""

    current_changed = Signal(object)
    """The selected node (or None) changed by the user, not by a change being shown."""

    def __init__(self, parent: QWidget, flush: Callable[[], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._flush = flush
        self.session: EditorSession | None = None
        self.tree = QTreeView(parent)
        self.tree.setObjectName("tree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.delegate = TreeDelegate(self.tree, self.tab_indents)
        self.delegate.indent_requested.connect(self._on_delegate_indent_requested)
        self.tree.setItemDelegate(self.delegate)
        self.access = OutlineAccessibility(self.tree)
        self._selected_chain: list[Key] = []
        """The current node and its ancestors before a change: where the selection goes if it is removed."""
        self._select_after: Key | None = None
        """Where the selection goes after the change being made (a sibling of a deleted entry)."""
        self.applying = False
        """A change is being shown: a new current row waits for the change to settle."""

    # --- the open file ------------------------------------------------------------

    def attach(self, session: EditorSession) -> None:
        """Show ``session``'s tree, select the first document's Stammdaten."""
        self.session = session
        session.model.move_handler = self.move_to
        session.model.rename_handler = self.rename
        self.tree.setModel(session.model)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        if session.model.rowCount() > 0:
            first = session.model.index(0, 0)
            self.tree.expand(first)
            self.select_key(("stammdaten", session.model.node(first).id))

    def detach(self) -> None:
        """Show no file."""
        self.tree.setModel(None)  # type: ignore[arg-type]
        self.session = None

    def current_node(self) -> Node | None:
        """Return the selected node, if any."""
        index = self.tree.currentIndex()
        return self.session.model.node(index) if self.session is not None and index.isValid() else None

    def select_key(self, key: Key, fetch: bool = True) -> bool:
        """Select (and reveal) the tree node with ``key``; ``fetch`` loads its document if needed."""
        if self.session is None:
            return False
        index = self.session.model.find(key, fetch)
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
        if not self.applying:  # during a change the node is shown once the selection has settled
            self.current_changed.emit(self.current_node())

    # --- where the selection goes after a change -----------------------------------

    def before_change(self, _record: UndoRecord) -> None:
        """Remember the selected node and its ancestors (the tree is about to change)."""
        node = self.current_node()
        chain: list[Key] = []
        while node is not None and node.kind != "root":
            chain.append(node.key())
            node = node.parent
        self._selected_chain = chain
        self.applying = True

    def after_change(self, record: UndoRecord, undoing: bool) -> Node | None:
        """Select where the user expects to be after ``record``; return the node selected now."""
        try:
            if self.session is not None:
                self._restore_selection(record, undoing)
        finally:
            self.applying = False
            self._selected_chain, self._select_after = [], None
        return self.current_node()

    def _restore_selection(self, record: UndoRecord, undoing: bool) -> None:
        assert self.session is not None
        model = self.session.model
        chain, target = self._selected_chain, self._select_after
        node = self.current_node()
        if target is not None and self.select_key(target, fetch=False):
            pass
        elif chain and (node is None or node.key() != chain[0]):
            # The selected entry went away: select the nearest of its ancestors that is still there.
            removed = record.changes.removed_keys()
            for key in chain:
                if key not in removed and self.select_key(key, fetch=False):
                    break
        if undoing:
            # Undo/redo brought rows back: show where (a deleted subtree, a mistaken drop).
            kinds = ("document", "section", "goal", "paper")
            inserted = sorted(
                (entry.item for entry in record.changes.inserted if entry.item.kind in kinds),
                key=lambda item: kinds.index(item.kind),
            )
            if inserted and inserted[0].kind == "document":
                self.select_key(("stammdaten", inserted[0].id))
            elif inserted:
                self.select_key(inserted[0].key())
        if self.current_node() is None and model.rowCount() > 0:
            self.select_key(("stammdaten", model.node(model.index(0, 0)).id))

    # --- commands -------------------------------------------------------------------

    def rename(self, node: Node, text: str) -> bool:
        """Rename ``node`` (the tree's in-place editor committed ``text``)."""
        assert self.session is not None
        ops = self.session.ops
        if node.kind == "document":
            record = self.session.apply(lambda: ops.update_document(node.id, title=text))
        elif node.kind == "paper":
            record = self.session.apply(lambda: ops.update_node("paper", node.id, name=text))
        else:
            record = self.session.apply(lambda: ops.update_node(node.kind, node.id, title=text))
        return record is not None

    def move_to(self, table: str, node_id: int, parent_id: int | None, position: int) -> bool:
        """Move a dropped node under ``parent_id`` at ``position`` (one undoable step)."""
        assert self.session is not None
        ops = self.session.ops
        if table == "document":
            record = self.session.apply(lambda: ops.move_document(node_id, position))
        else:
            record = self.session.apply(lambda: ops.move_node(table, node_id, parent_id, position))
        if record is not None:
            self.select_key((table, node_id))
        return record is not None

    def command(self, name: str) -> None:
        """Run ``move_up``, ``move_down``, ``indent`` or ``outdent`` on the selected entry."""
        node = self.current_node()
        if self.session is None or node is None or not node.is_tree_node():
            return
        self._flush()
        method = getattr(self.session.ops, name)
        if self.session.apply(lambda: method(node.kind, node.id)) is not None:
            self.select_key(node.key())
            self.tree.setFocus()

    def tab_indents(self) -> bool:
        """Return whether Tab in the title editor indents (an entry of a tree, in an editable file)."""
        node = self.current_node()
        return self.session is not None and not self.session.read_only and node is not None and node.is_tree_node()

    def _on_delegate_indent_requested(self, indent: bool) -> None:
        # The title is saved; indent or outdent, then let the user go on typing.
        self.command("indent" if indent else "outdent")
        self.tree.setFocus()
        self.tree.edit(self.tree.currentIndex())

    def add(self, as_child: bool) -> int | None:
        """Add a section, goal or paper next to or under the selection, then rename it in place.

        Next to a document or one of its lists, a new document is added instead: its id is returned.
        """
        node = self.current_node()
        if self.session is None or node is None:
            return None
        self._flush()
        if node.kind in _DOCUMENT_PARTS and not as_child:
            return self.add_document()
        tree = node.tree()
        if tree is None:
            return None
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
        return None

    def add_document(self) -> int | None:
        """Add a new document at the end, select its Stammdaten and return its id."""
        if self.session is None:
            return None
        ops = self.session.ops
        record = self.session.apply(lambda: ops.create_document(tr("Neues Konzept")))
        if record is None or record.created_id is None:
            return None
        self.select_key(("stammdaten", record.created_id))
        return record.created_id

    def edit_title(self) -> None:
        """Start renaming the selected entry in place (F2)."""
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.setFocus()
            self.tree.edit(index)

    def delete(self) -> None:
        """Delete the selected document or entry (asking first when more than one entry goes)."""
        node = self.current_node()
        if self.session is None or node is None:
            return
        ops = self.session.ops
        name = node.text or tr("(ohne Titel)")
        if node.kind == "document":
            question = tr(
                "Das Dokument „{name}“ mit allen Abschnitten, Zielen und Beschlüssen löschen?\n"
                "Sie können das mit Rückgängig (Strg+Z) zurücknehmen."
            ).format(name=name)
            if self._ask(tr("Dokument löschen"), question):
                self.session.apply(lambda: ops.delete_document(node.id))
            return
        if not node.is_tree_node():
            return
        if node.children:
            count = sum(1 for _ in _descendants(node))
            question = tr(
                "„{name}“ mit {count} Unterpunkten löschen?\nSie können das mit Rückgängig (Strg+Z) zurücknehmen."
            ).format(name=name, count=count)
            if not self._ask(tr("Löschen"), question):
                return
        parent, row = node.parent, node.row()
        if parent is not None:
            # Then the entry that takes its place is selected: the next one, else the one before, else the parent.
            siblings = [child for child in parent.children if child is not node]
            self._select_after = siblings[min(row, len(siblings) - 1)].key() if siblings else parent.key()
        record = self.session.apply(lambda: ops.delete_node(node.kind, node.id))
        if record is None or not record.changes:
            self._select_after = None

    def _ask(self, title: str, question: str) -> bool:
        return QMessageBox.question(self._parent, title, question) == QMessageBox.StandardButton.Yes

    def show_menu(self, menu: Any, pos: Any) -> None:
        """Pop the context menu up at ``pos`` in the tree, its first enabled entry active (read aloud)."""
        menu.popup(self.tree.viewport().mapToGlobal(pos))
        menu.setActiveAction(next(a for a in menu.actions() if a.isEnabled() and not a.isSeparator()))

    def retranslate(self) -> None:
        """Name the tree for screen readers and say its keys, in the current language."""
        self.tree.setAccessibleName(tr("Gliederung"))
        self.tree.setAccessibleDescription(
            tr(
                "Strg+Pfeil hoch/runter verschiebt den Eintrag, Strg+Pfeil rechts/links rückt ihn ein oder aus. "
                "F2 benennt um; beim Umbenennen rücken Tab und Umschalt+Tab ein und aus. "
                "Tab wechselt zum Formular, F6 zurück."
            )
        )
        if self.session is not None:
            self.session.model.retranslate()


def _descendants(node: Node) -> list[Node]:
    result: list[Node] = []
    stack = list(node.children)
    while stack:
        current = stack.pop()
        result.append(current)
        stack.extend(current.children)
    return result
