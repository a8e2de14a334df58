"""Accessibility pieces that need no screen reader to check (tests/a11y checks them through AT-SPI).

These run everywhere, also where the AT-SPI bus is missing (Windows, a bare machine):
names of the editors that open on demand, announcements, Shift+F10, Enter past a
suggestion list, translated choices that store German values, per-screen geometry.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QMenu, QTableView, QWidget

from editor.services import Operations
from editor.storage import Workspace
from editor.views import announce as announce_module
from editor.views.forms.forms import DocumentForm, GoalForm, PaperForm
from editor.views.geometry import keep_geometry, remember_geometry, restore_geometry, screen_key
from editor.views.keys import open_context_menu
from tests.ui.conftest import type_text


@pytest.fixture
def heard() -> Iterator[list[tuple[str, bool]]]:
    """The announcements made during a test: (message, assertive)."""
    said: list[tuple[str, bool]] = []
    listener = lambda message, assertive: said.append((message, assertive))  # noqa: E731
    announce_module.listeners.append(listener)
    yield said
    announce_module.listeners.remove(listener)


def select(window: Any, kind: str, node_id: int) -> Any:
    assert window.select_key((kind, node_id))
    return window.current_form


def test_the_title_editor_of_the_outline_has_a_name(window: Any, qtbot: Any) -> None:
    """F2 opens a box named for screen readers (it had no name)."""
    window.select_key(("section", 1))
    window.tree.setFocus()
    window.rename_action.trigger()
    editor = window.tree.viewport().findChild(QLineEdit)
    qtbot.waitUntil(lambda: editor is not None and editor.accessibleName() != "")
    assert editor.accessibleName() == "Titel des Eintrags"
    assert "Tab" in editor.accessibleDescription()


def test_outline_rows_tell_their_nesting_level(window: Any) -> None:
    """A section's row says what it is and how deep it lies (Qt's rows report no level)."""
    model = window.session.model
    index = model.find(("section", 1))
    assert model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole) == "Abschnitt, Ebene 3"
    document = model.find(("document", 1))
    assert model.data(document, Qt.ItemDataRole.AccessibleDescriptionRole) == "Dokument, Ebene 1"


def test_editable_drop_downs_name_their_text_box(window: Any) -> None:
    """Art and Räumlicher Geltungsbereich: the text box inside, where the focus lands, has the field's name."""
    form = select(window, "stammdaten", 1)
    assert isinstance(form, DocumentForm)
    assert form.art_box.lineEdit().accessibleName() == "Art"
    assert form.scope_box.lineEdit().accessibleName() == "Räumlicher Geltungsbereich"


def test_the_calendar_grid_has_a_name(window: Any, qtbot: Any) -> None:
    """Alt+↓ in Frist opens a calendar whose grid of days (where the focus goes) is named."""
    goal_id = window.session.reader.document(2).goals[0].children[0].id
    form = select(window, "goal", goal_id)
    assert isinstance(form, GoalForm)
    form.deadline_edit.open_calendar()
    menu = form.deadline_edit.calendar_menu
    assert menu is not None
    days = menu.findChild(QTableView)
    assert days is not None and days.accessibleName() == "Kalender: Tag wählen"
    menu.close()


def test_a_drop_down_in_a_table_cell_is_labelled_by_its_column(window: Any, qtbot: Any) -> None:
    """On Linux a combo box is named by its label; the one in a cell gets its column header as label."""
    form = select(window, "paper", window.session.reader.document(2).papers[0].id)
    assert isinstance(form, PaperForm)
    table = form.consultations.table
    table.setFocus()
    table.setCurrentCell(0, 2)
    table.edit(table.currentIndex())
    combo = table.viewport().findChild(QComboBox)
    assert combo is not None
    labels = [w for w in combo.parentWidget().findChildren(QLabel) if w.buddy() is combo]
    assert [label.text() for label in labels] == ["Rolle"]
    assert combo.lineEdit().accessibleName() == "Rolle"


def test_shift_f10_opens_the_context_menu_of_the_outline(window: Any, qtbot: Any) -> None:
    """Shift+F10 asks the focused widget for its context menu, as the Menu key does."""
    window.select_key(("section", 1))
    window.tree.setFocus()
    opened: list[QPoint] = []
    window.tree.customContextMenuRequested.connect(opened.append)
    QApplication.sendEvent(
        window.tree, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    )
    assert len(opened) == 1
    menus = [m for m in window.findChildren(QMenu) if m.isVisible()]
    assert menus and menus[-1].activeAction() is not None  # the first entry is chosen: read aloud
    for menu in menus:
        menu.close()


def test_open_context_menu_reaches_a_text_field(qtbot: Any) -> None:
    """Any focused widget gets the keyboard context-menu request (here a line edit)."""
    edit = QLineEdit()
    qtbot.addWidget(edit)
    asked: list[Any] = []
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    edit.customContextMenuRequested.connect(asked.append)
    open_context_menu(edit)
    assert len(asked) == 1


def test_enter_in_a_cell_with_suggestions_ends_the_cell_at_once(window: Any, qtbot: Any) -> None:
    """'Rat' typed in Gremium (suggestions open) and Enter: the cell holds 'Rat' and is closed."""
    paper = window.session.reader.document(2).papers[0]
    form = select(window, "paper", paper.id)
    table = form.consultations.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    table.edit(table.currentIndex())
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    type_text(editor, "Rat")
    popup = editor.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    QApplication.sendEvent(popup, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: table.item(0, 0).text() == "Rat")
    assert not popup.isVisible()
    assert table.state() != QTableView.State.EditingState
    qtbot.waitUntil(lambda: window.session.reader.document(2).papers[0].consultations[0].organization == "Rat")


def test_pruefen_announces_the_number_of_findings(window: Any, heard: list[tuple[str, bool]]) -> None:
    """The count of Prüfen goes to the screen reader, not only to the status bar."""
    window._on_check_action_triggered()
    assert heard[-1] == ("Prüfen: 0 Befunde", False)


def test_a_change_that_fails_is_announced_assertively(window: Any, heard: list[tuple[str, bool]]) -> None:
    """A change the file refuses interrupts the screen reader (as well as showing a message)."""
    window.session.failed.emit("Die Datei ist schreibgeschützt.")
    assert heard[-1] == ("Nicht möglich: Die Datei ist schreibgeschützt.", True)


def test_undo_says_what_it_undid(window: Any, heard: list[tuple[str, bool]]) -> None:
    """Strg+Z is not silent: the step it took back is announced."""
    form = select(window, "stammdaten", 1)
    form.year_edit.setText("2024")
    form.year_edit.flush()
    window._on_undo_action_triggered()
    assert heard[-1][0].startswith("Rückgängig gemacht: ")


def test_english_choices_show_english_and_store_the_german_value(qtbot: Any, sample_path: Path) -> None:
    """Art in the English UI lists "Strategy"; choosing it stores "Strategie" (the wiki is German)."""
    from editor.views.i18n import install_language
    from editor.views.main_window import MainWindow

    install_language("en")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(sample_path)
    form = select(win, "stammdaten", 1)
    box = form.art_box
    assert box.currentText() == "Concept"  # the sample's "Konzept"
    assert [box.itemText(i) for i in range(box.count())][:2] == ["Concept", "Strategy"]
    box.setCurrentIndex(1)
    box.activated.emit(1)
    qtbot.waitUntil(lambda: win.session.reader.document(1).art == "Strategie")
    box.setEditText("Leitbild")  # typed text that is no list entry is kept as typed
    box.flush()
    assert win.session.reader.document(1).art == "Leitbild"
    win.close()


def test_findings_are_shown_in_the_english_ui_in_english(qtbot: Any, sample_path: Path) -> None:
    """Prüfen in the English UI lists English findings (the command line keeps German)."""
    workspace = Workspace.open(sample_path)
    try:
        Operations(workspace).update_document(1, year="zwanzig")
    finally:
        workspace.close()
    from editor.views.i18n import install_language
    from editor.views.main_window import MainWindow

    install_language("en")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(sample_path)
    assert win.run_check() == 1
    assert win.check_results.topLevelItem(0).text(1) == "Year of publication is not a year: zwanzig"
    win.close()


# --- geometry -------------------------------------------------------------------------------


def test_a_window_larger_than_the_screen_opens_fitted_to_it(qtbot: Any) -> None:
    """A preferred size beyond the screen is cut to what the screen has room for."""
    widget = QWidget()
    qtbot.addWidget(widget)
    area = widget.screen().availableGeometry()
    keep_geometry(widget, "test", QSize(area.width() * 2, area.height() * 2))
    widget.show()
    assert widget.width() <= area.width() and widget.height() <= area.height()
    assert area.contains(widget.frameGeometry())


def test_the_size_is_remembered_per_screen(qtbot: Any) -> None:
    """A size chosen on this screen comes back on it; another screen's entry is separate."""
    widget = QWidget()
    qtbot.addWidget(widget)
    restore_geometry(widget, "remembered", QSize(300, 200))
    widget.resize(420, 260)
    remember_geometry(widget, "remembered")
    assert QSettings().contains(f"geometry/remembered/{screen_key(widget)}")
    again = QWidget()
    qtbot.addWidget(again)
    restore_geometry(again, "remembered", QSize(300, 200))
    assert again.size() == QSize(420, 260)
    keys = QSettings().allKeys()
    assert [k for k in keys if k.startswith("geometry/remembered/")] == [f"geometry/remembered/{screen_key(widget)}"]
