"""The search dock (Strg+Umschalt+F): full-text search over the whole file, a hit jumps to its field.

``ResultsDock`` is what the search and the check dock share: a list of places, and a
signal when the user picks one (Enter or double-click).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLineEdit, QMainWindow, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from editor.views.i18n import kind_name, tr
from editor.views.outline_access import follow_current_item
from editor.views.session import EditorSession

Place = tuple[int, str, int | None, str, str]
"""Where a result lives: (document id, kind, item id, field, search snippet)."""


class ResultsDock(QDockWidget):
    """A dock listing places in the file; picking one emits ``place_chosen``."""

    place_chosen = Signal(int, str, object, str, str)
    """(document id, kind, item id or None, field, snippet): the user picked this result."""

    def __init__(self, window: QMainWindow, name: str, session: Callable[[], EditorSession | None]) -> None:
        super().__init__(window)
        self.setObjectName(name)
        self._session = session
        self.results = QTreeWidget(self)
        self.results.setRootIsDecorated(False)
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self.choose)
        follow_current_item(self.results)

    def add_result(self, texts: list[str], place: Place | None) -> QTreeWidgetItem:
        """Add a row of the list; one without a place (a note such as "no hits") cannot be picked."""
        item = QTreeWidgetItem(texts)
        if place is None:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        else:
            item.setData(0, Qt.ItemDataRole.UserRole, place)
        self.results.addTopLevelItem(item)
        return item

    def choose(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Go to the place of ``item`` (if it has one)."""
        place = item.data(0, Qt.ItemDataRole.UserRole)
        if place:
            self.place_chosen.emit(*place)

    def clear(self) -> None:
        """Empty the list (the file was closed)."""
        self.results.clear()


class SearchDock(ResultsDock):
    """A search field and its hits; the search runs a moment after typing stops, or on Enter."""

    def __init__(self, window: QMainWindow, session: Callable[[], EditorSession | None]) -> None:
        super().__init__(window, "search_dock", session)
        widget = QWidget(self)
        self.edit = QLineEdit(widget)
        self.edit.setClearButtonEnabled(True)
        self.results.setParent(widget)
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        self.setWidget(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.edit.returnPressed.connect(self._on_edit_return_pressed)

    def open(self) -> None:
        """Show the dock and put the focus into the search field."""
        self.show()
        self.raise_()
        self.edit.setFocus()
        self.edit.selectAll()

    def _on_edit_return_pressed(self) -> None:
        self.run()
        first = self.results.topLevelItem(0)
        if first is not None:
            self.results.setFocus()
            self.results.setCurrentItem(first)

    def run(self) -> None:
        """Search the file for the text in the search field and list the hits."""
        self._timer.stop()
        self.results.clear()
        session = self._session()
        text = self.edit.text().strip()
        if session is None or not text:
            return
        titles = session.reader.titles()
        # A hit in a document's own fields is found in its Stammdaten.
        kinds = {"document": tr("Stammdaten")}
        for hit in session.reader.search(text):
            kind = kinds.get(hit.kind) or kind_name(hit.kind) or hit.kind
            label = f"{kind} · {titles.get(hit.document_id, '')}: {hit.snippet}"
            item = self.add_result([label], (hit.document_id, hit.kind, hit.node_id, "", hit.snippet))
            item.setToolTip(0, label)
        if not self.results.topLevelItemCount():
            self.add_result([tr("Keine Treffer für „{text}“.").format(text=text)], None)

    def retranslate(self) -> None:
        """Set the dock's texts in the current language."""
        self.setWindowTitle(tr("Suche"))
        self.edit.setPlaceholderText(tr("Suchbegriff eingeben …"))
        self.edit.setAccessibleName(tr("Suchbegriff"))
        self.results.setHeaderLabels([tr("Fundstelle")])
        self.results.setAccessibleName(tr("Suchergebnisse"))
