"""What a screen reader hears of the outline: the right row after a collapse, and expand/collapse.

Qt's accessible tree (``QAccessibleTree``) keeps the accessible objects of its rows by
their visible row number. When a branch collapses or expands, the rows below move but
the kept objects do not: "Ziele" is announced as the section that was hidden, and the
last rows drop out of the accessible tree (a plain ``QTreeView`` does the same). Telling
the accessibility layer that the model was reset makes it forget those objects. This
happens once the view's own (miscounted) row events are out, in the next turn of the
event loop, and once for any number of branches opened together (restoring a tree).

Qt's AT-SPI bridge forwards no "expanded" state change, so Right and Left were silent:
the focused row, when it is the one that opened or closed, is reported focused anew
and the screen reader reads it with its new state. A state-change event goes out too,
for bridges that do forward it. The row's nesting level is part of its accessible
description (``StrategieTreeModel``).

The box in which a title is typed (Einfg, F2) gets a name and says which keys it takes.
When the focus comes back to the outline (or to a table, a list of findings), the
entry it stands on is reported, not only the view (``CurrentItemOnFocus``).
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QModelIndex, QObject, QPersistentModelIndex, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleStateChangeEvent, QAccessibleTableModelChangeEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QTreeView

from editor.views.i18n import tr


class CurrentItemOnFocus(QObject):
    """Reports a list's, table's or tree's current item when the view gets the focus.

    Qt reports only the view itself ("Gliederung, Baum") when the focus comes back to it
    (Tab, F6, a closed editor or menu); screen readers then do not say on which entry the
    user stands. Once the view's own event is out, its current item is reported focused.
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After the view got the focus, report its current item."""
        if event.type() == QEvent.Type.FocusIn and QAccessible.isActive():
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        """Send the focus event of the current item (if the view still has the focus)."""
        view = self.view
        current = view.currentIndex()
        if not view.hasFocus() or not current.isValid() or not QAccessible.isActive():
            return
        event = QAccessibleEvent(view, QAccessible.Event.Focus)
        event.setChild(item_child_number(view, current))
        QAccessible.updateAccessibility(event)


def item_child_number(view: QAbstractItemView, index: QModelIndex) -> int:
    """Return the accessible child number of ``index`` in ``view`` (Qt counts its header cells first)."""
    model = view.model()
    columns = max(1, model.columnCount(index.parent())) if model is not None else 1
    if isinstance(view, QTreeView):
        row = 0
        above = view.indexAbove(index.siblingAtColumn(0))
        while above.isValid():
            row += 1
            above = view.indexAbove(above)
        return (row + 1) * columns + index.column()
    vertical = 1 if isinstance(view, QTableView) else 0
    return (index.row() + 1) * (columns + vertical) + vertical + index.column()


def follow_current_item(view: QAbstractItemView) -> None:
    """Have ``view`` report its current item to screen readers whenever it gets the focus."""
    CurrentItemOnFocus(view)


class OutlineAccessibility(QObject):
    """Keeps the accessible rows of ``tree`` true when branches expand or collapse."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree
        self._changed: list[QPersistentModelIndex] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        tree.expanded.connect(self._on_tree_branch_changed)
        tree.collapsed.connect(self._on_tree_branch_changed)
        tree.viewport().installEventFilter(self)
        follow_current_item(tree)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Name the title editor that the view opens on its viewport (Einfg, F2)."""
        if event.type() == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            editor = event.child()
            if isinstance(editor, QLineEdit):
                editor.setAccessibleName(tr("Titel des Eintrags"))
                editor.setAccessibleDescription(
                    tr("Enter übernimmt, Esc bricht ab; Tab und Umschalt+Tab rücken den Eintrag ein und aus")
                )
        return False

    def _on_tree_branch_changed(self, index: QModelIndex) -> None:
        if QAccessible.isActive():
            self._changed.append(QPersistentModelIndex(index))
            self._timer.start()

    def flush(self) -> None:
        """Drop the stale accessible rows; report the changed rows' state and the focused row again."""
        changed = [QModelIndex(index) for index in self._changed if index.isValid()]  # pyright: ignore[reportArgumentType]
        self._changed.clear()
        tree = self.tree
        if not QAccessible.isActive() or tree.model() is None:
            return
        reset = QAccessibleTableModelChangeEvent(tree, QAccessibleTableModelChangeEvent.ModelChangeType.ModelReset)
        QAccessible.updateAccessibility(reset)
        current = tree.currentIndex()
        if tree.hasFocus() and current.isValid() and current in changed:
            focus = QAccessibleEvent(tree, QAccessible.Event.Focus)
            focus.setChild(item_child_number(tree, current))
            QAccessible.updateAccessibility(focus)
        for index in changed:
            state = QAccessible.State()
            state.expanded = True
            state.collapsed = True
            event = QAccessibleStateChangeEvent(tree, state)
            event.setChild(item_child_number(tree, index))
            QAccessible.updateAccessibility(event)
