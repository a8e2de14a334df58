"""Spell checking: underlines as the user types, suggestions, the personal word list, the file's own terms."""

from __future__ import annotations

import os
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QTextEdit

from editor.views import spelling
from editor.views.spelling import personal_word_list, service, spelling_menu
from editor.views.widgets import DebouncedTextEdit, MarkdownEditor
from tests.ui.conftest import type_text


def _has_dictionary(language: str) -> bool:
    try:
        import enchant

        return bool(enchant.dict_exists(language))
    except ImportError:
        return False


@pytest.fixture(autouse=True)
def german() -> None:
    """The German dictionary, loaded (a missing one is a failure in CI: .ci/run installs hunspell-de-de)."""
    if not _has_dictionary("de_DE"):
        if os.environ.get("CI"):
            pytest.fail("hunspell-de-de mit libenchant-2-2 fehlt in CI")
        pytest.skip("kein deutsches Wörterbuch (libenchant-2-2, hunspell-de-de)")
    service().start_loading(wait=True)


def underlined(edit: QTextEdit) -> list[str]:
    """Return the words shown with the red underline."""
    found: list[str] = []
    block = edit.document().firstBlock()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.underlineStyle() == spelling.underline_format().underlineStyle():
                found.append(block.text()[span.start : span.start + span.length])
        block = block.next()
    return found


def cursor_at(edit: QTextEdit, word: str) -> QTextCursor:
    cursor = edit.textCursor()
    cursor.setPosition(edit.toPlainText().index(word) + 1)
    return cursor


@pytest.fixture
def body(qtbot: Any) -> tuple[MarkdownEditor, list[str]]:
    widget = MarkdownEditor("Text")
    qtbot.addWidget(widget)
    widget.show()
    saved: list[str] = []
    widget.text_saved.connect(saved.append)
    return widget, saved


def test_misspelt_words_are_underlined_and_names_numbers_and_abbreviations_are_not(
    body: tuple[MarkdownEditor, list[str]],
) -> None:
    widget, saved = body
    text = (
        "Die **Stadtverwaltung** prüft den Entwruf der Klimaanpassungsstrategie (Vorlage B/17/3503-01) mit "
        "dem ÖPNV, iSTEK und Sterkrade; Fragen an info@oberhausen.de oder https://www.oberhausen.de/Strateige."
    )
    widget.set_markdown(text)
    assert underlined(widget.edit) == ["Entwruf"]
    widget.flush()
    assert saved == []  # underlines are no change of the text
    assert widget.markdown() == text


def test_redrawn_underlines_change_nothing_in_the_file(qtbot: Any, body: tuple[MarkdownEditor, list[str]]) -> None:
    """A dictionary loaded later, a word added, the cursor leaving a word: Qt calls each a text change."""
    widget, saved = body
    # Stored before the canonical form: saving it would rewrite the paragraph without a change by the user.
    old = "Der Entwruf der Strategie, den das Programm bei achtzig Zeichen umgebrochen hat, weil er\nlänger ist als eine Zeile."
    widget.set_markdown(old)
    plain = DebouncedTextEdit("Beschlussvorschlag")
    qtbot.addWidget(plain)
    plain.set_text("Der Rat beschließt den Entwruf.")
    service().changed.emit()  # as when the dictionary has loaded or the personal word list changed
    widget.edit.setFocus()
    widget.edit.setTextCursor(cursor_at(widget.edit, "Strategie"))
    widget.edit.setTextCursor(cursor_at(widget.edit, "Zeile"))  # the word left behind is checked again
    assert underlined(widget.edit) == ["Entwruf"] and underlined(plain) == ["Entwruf"]
    assert not plain._timer.isActive()  # pyright: ignore[reportPrivateUsage]
    widget.flush()
    plain.flush()
    assert saved == []
    assert widget.markdown() == old


def test_the_word_being_typed_is_underlined_once_the_cursor_leaves_it(body: tuple[MarkdownEditor, list[str]]) -> None:
    widget, saved = body
    widget.set_markdown("")
    widget.edit.setFocus()
    type_text(widget.edit, "Wir prüfen Gebäude und Strasen")
    assert underlined(widget.edit) == []  # "Strasen" is still being typed
    type_text(widget.edit, " rasch")
    assert underlined(widget.edit) == ["Strasen"]
    widget.flush()
    assert saved == ["Wir prüfen Gebäude und Strasen rasch"]


def test_a_suggestion_replaces_the_word_and_keeps_its_format(body: tuple[MarkdownEditor, list[str]]) -> None:
    widget, saved = body
    widget.set_markdown("Ein **Tesst** der Rechtschreibung.")
    menu = QMenu()
    spelling_menu(widget.edit, cursor_at(widget.edit, "Tesst"), menu)
    texts = [action.text() for action in menu.actions()]
    assert "Test" in texts
    assert "„Tesst“ zum Wörterbuch hinzufügen" in texts and "„Tesst“ ignorieren" in texts
    next(action for action in menu.actions() if action.text() == "Test").trigger()
    widget.flush()
    assert saved == ["Ein **Test** der Rechtschreibung."]
    assert underlined(widget.edit) == []
    widget.edit.undo()  # one step back brings the typed word
    assert widget.edit.toPlainText() == "Ein Tesst der Rechtschreibung."


def test_added_words_are_kept_per_user_outside_the_file_and_ignored_ones_for_the_session(
    body: tuple[MarkdownEditor, list[str]],
) -> None:
    widget, _saved = body
    widget.set_markdown("Das Quartiersbüro und die Quartiersbüros im Holtener Gewerbegebiett.")
    assert underlined(widget.edit) == ["Quartiersbüro", "Quartiersbüros", "Holtener", "Gewerbegebiett"]
    menu = QMenu()
    spelling_menu(widget.edit, cursor_at(widget.edit, "Quartiersbüro "), menu)
    next(a for a in menu.actions() if a.objectName() == "spelling_add").trigger()
    menu = QMenu()
    spelling_menu(widget.edit, cursor_at(widget.edit, "Holtener"), menu)
    next(a for a in menu.actions() if a.objectName() == "spelling_ignore").trigger()
    assert underlined(widget.edit) == ["Quartiersbüros", "Gewerbegebiett"]
    assert "Quartiersbüro" in personal_word_list("de_DE").read_text(encoding="utf-8").split()
    # The next start of the program knows the added word, not the ignored one.
    spelling.reset_service()
    service().start_loading(wait=True)
    again = DebouncedTextEdit("Notiz")
    again.set_text("Quartiersbüro in Holtener Lage")
    assert underlined(again) == ["Holtener"]


def test_plain_text_fields_are_checked_too(qtbot: Any) -> None:
    field = DebouncedTextEdit("Anlagen")
    qtbot.addWidget(field)
    field.set_text("Anlage 1: Lagepaln\nAnlage 2: Kostenschätzung")
    assert underlined(field) == ["Lagepaln"]


def test_keyboard_context_menu_offers_the_suggestions(body: tuple[MarkdownEditor, list[str]]) -> None:
    widget, _saved = body
    widget.set_markdown("Ein Fehlr")
    widget.edit.setTextCursor(cursor_at(widget.edit, "Fehlr"))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), widget.edit.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(widget.edit, event)
    menus = [m for m in widget.edit.findChildren(QMenu) if m.isVisible()]
    assert menus, "no context menu"
    texts = [action.text() for action in menus[-1].actions()]
    assert "Fehler" in texts and "„Fehlr“ zum Wörterbuch hinzufügen" in texts
    assert "edit-copy" in [action.objectName() for action in menus[-1].actions()]  # Qt's own entries stay
    menus[-1].close()


def test_english_is_a_choice_and_spell_checking_can_be_switched_off(body: tuple[MarkdownEditor, list[str]]) -> None:
    widget, _saved = body
    widget.set_markdown("The city council approved the strategy for Sterkrade.")
    assert "council" in underlined(widget.edit)
    if not _has_dictionary("en_US"):
        pytest.skip("kein englisches Wörterbuch (hunspell-en-us)")
    service().set_language("en_US")
    service().start_loading(wait=True)
    assert underlined(widget.edit) == []
    widget.set_markdown("The citty council")
    assert underlined(widget.edit) == ["citty"]
    service().set_enabled(False)
    assert underlined(widget.edit) == []
    spelling.reset_service()
    assert service().language == "en_US" and not service().enabled  # remembered


def test_without_a_dictionary_the_window_says_so_once_and_works_on(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    def missing(*_args: Any) -> Any:
        raise RuntimeError("Dictionary for language 'de_DE' could not be found")

    monkeypatch.setattr(spelling, "Speller", missing)
    spelling.reset_service()
    shown: list[str] = []
    service().unavailable.connect(shown.append)
    window.statusBar().messageChanged.connect(lambda text: text and shown.append(f"Statuszeile: {text}"))
    service().start_loading(wait=True)
    service().start_loading(wait=True)
    assert len([s for s in shown if s.startswith("Statuszeile")]) <= 1
    assert any("Rechtschreibprüfung nicht verfügbar" in s and "hunspell-de-de" in s for s in shown)
    field = MarkdownEditor("Text")
    qtbot.addWidget(field)
    field.set_markdown("Ein Fehlr")
    assert underlined(field.edit) == []


def test_the_files_own_terms_are_never_flagged(qtbot: Any, window: Any) -> None:
    from editor.views.spelling import file_terms

    terms = file_terms(window.session.reader)
    assert {"Polyzentralität", "Smart", "City"} <= terms  # a Leitziel of the catalogue, the sample's title
    field = MarkdownEditor("Text")
    qtbot.addWidget(field)
    field.set_markdown("Polyzentralität in der Smart City; Quartiersentwicklung in Alstaden.")
    assert underlined(field.edit) == []


def test_spelling_menu_in_the_view_menu(window: Any) -> None:
    titles = [action.text() for action in window.view_menu.actions()]
    assert "&Rechtschreibung" in titles
    menu = window.spelling.menu
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["Rechtschreibung &prüfen", "Deutsch", "English"]
    menu.actions()[0].trigger()
    assert not service().enabled


def test_keypress_events_still_type(body: tuple[MarkdownEditor, list[str]]) -> None:
    widget, _saved = body
    widget.set_markdown("")
    widget.edit.setFocus()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget.edit, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "ä"))
    assert widget.edit.toPlainText() == "ä"


# --- one-line fields: titles and the Betreff ---------------------------------------------------


def _red_pixels(field: Any) -> int:
    image = field.grab().toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if (c := image.pixelColor(x, y)).red() > 150 and c.green() < 110 and c.blue() < 110
    )


@pytest.fixture
def title(qtbot: Any) -> tuple[Any, list[str]]:
    from editor.views.fields import SavingLineEdit

    field = SavingLineEdit()
    field.check_spelling()
    qtbot.addWidget(field)
    field.resize(500, field.sizeHint().height())
    field.show()
    saved: list[str] = []
    field.text_saved.connect(saved.append)
    return field, saved


def test_a_title_shows_its_misspelt_words_and_only_those(title: tuple[Any, list[str]]) -> None:
    field, _saved = title
    field.set_value("Klimaanpassung in Sterkrade und Osterfeld")
    assert field.spelling.misspelt() == [] and _red_pixels(field) == 0
    field.set_value("Klimaanpasung in Sterkrade und Osterfeld")
    assert field.spelling.misspelt() == [(0, 13)]
    assert _red_pixels(field) > 10  # the red wavy line is drawn under the word


def test_the_word_being_typed_into_a_title_waits_until_the_cursor_leaves_it(title: tuple[Any, list[str]]) -> None:
    field, _saved = title
    field.setFocus()
    field.set_value("Neue Strasen")
    field.setCursorPosition(len("Neue Strasen"))
    if field.hasFocus():  # the offscreen platform gives the focus only to an active window
        assert field.spelling.misspelt() == []
    field.setCursorPosition(0)
    assert field.spelling.misspelt() == [(5, 12)]


def test_a_suggestion_in_a_titles_menu_replaces_the_word_and_is_saved(title: tuple[Any, list[str]]) -> None:
    field, saved = title
    field.set_value("Ein Tesst für Oberhausen")
    menu = QMenu()
    field.spelling.context_menu(menu, field.text().index("Tesst") + 2)
    texts = [action.text() for action in menu.actions()]
    assert "„Tesst“ zum Wörterbuch hinzufügen" in texts
    next(action for action in menu.actions() if action.text() == "Test").trigger()
    assert field.text() == "Ein Test für Oberhausen"
    field.flush()
    assert saved == ["Ein Test für Oberhausen"]
    field.undo()  # the field's own undo brings the word back
    assert field.text() == "Ein Tesst für Oberhausen"


def test_headings_and_goal_titles_are_checked_names_numbers_and_addresses_are_not(qtbot: Any, window: Any) -> None:
    """Document titles and Betreffe are the file's own names (never flagged anywhere), so not checked."""
    doc = window.session.reader.document(window.session.model.document_ids()[0])
    window.select_key(("section", doc.sections[0].id))
    assert window.current_form.title_edit.spelling is not None
    window.select_key(("goal", doc.goals[0].id))
    assert window.current_form.title_edit.spelling is not None
    window.select_key(("paper", doc.papers[0].id))
    form = window.current_form
    assert form.name_edit.spelling is None and form.reference_edit.spelling is None and form.url_edit.spelling is None
    window.select_key(("stammdaten", doc.id))
    assert window.current_form.title_edit.spelling is None


def _red_in(image: Any, left: int, right: int) -> int:
    return sum(
        1
        for x in range(left, right)
        for y in range(image.height())
        if (c := image.pixelColor(x, y)).red() > 150 and c.green() < 110 and c.blue() < 110
    )


@pytest.fixture
def cells(qtbot: Any) -> Any:
    from editor.views.list_table import Column, ListTable

    table = ListTable("Links", [Column("label", "Bezeichnung", spelling=True), Column("url", "Adresse")])
    qtbot.addWidget(table)
    table.resize(700, 220)
    table.show()
    return table


def test_prose_cells_of_a_form_table_show_their_misspelt_words_and_other_columns_do_not(cells: Any) -> None:
    cells.set_rows([{"id": 1, "label": "Bürgerbeteiligung in Osterfeld", "url": "https://example.org/Tesst"}])
    view = cells.table
    middle = view.columnViewportPosition(1)
    assert _red_in(view.viewport().grab().toImage(), 0, view.viewport().width()) == 0
    cells.set_rows([{"id": 1, "label": "Bürgerbeteiligung in Osterfeld mit Tesst", "url": "Tesst"}])
    image = view.viewport().grab().toImage()
    assert _red_in(image, 0, middle) > 10  # under "Tesst" in the label
    assert _red_in(image, middle, view.viewport().width()) == 0  # an address is never checked
    # The wave stands under the misspelt word, not under the ones before it.
    metrics = view.fontMetrics()
    before = metrics.horizontalAdvance("Bürgerbeteiligung in Osterfeld mit ")
    assert _red_in(image, 0, before - 2) == 0


def test_a_prose_cell_being_edited_offers_suggestions_and_a_replacement_is_saved(qtbot: Any, cells: Any) -> None:
    cells.set_rows([{"id": 7, "label": "Ein Tesst", "url": ""}])
    edited: list[tuple[int, dict[str, Any]]] = []
    cells.field_edited.connect(lambda row_id, fields: edited.append((row_id, fields)))
    view = cells.table
    view.setCurrentCell(0, 0)
    view.editItem(view.item(0, 0))
    editor = view.focusWidget() if view.focusWidget() is not view else None
    editor = editor or next(w for w in view.viewport().findChildren(QLineEdit) if w.isVisible())
    assert editor.spelling is not None
    menu = QMenu()
    editor.spelling.context_menu(menu, editor.text().index("Tesst") + 2)
    next(action for action in menu.actions() if action.text() == "Test").trigger()
    assert editor.text() == "Ein Test"
    cells.flush()  # what the pause after typing would do
    assert edited and edited[-1] == (7, {"label": "Ein Test"}), edited
    view.setCurrentCell(0, 1)
    view.editItem(view.item(0, 1))
    address = next(w for w in view.viewport().findChildren(QLineEdit) if w.isVisible() and w is not editor)
    assert address.spelling is None


def test_the_prose_columns_of_the_forms_are_checked_and_names_numbers_and_addresses_are_not(window: Any) -> None:
    from editor.views.list_table import ListTable

    doc = window.session.reader.document(window.session.model.document_ids()[0])
    checked: dict[str, bool] = {}
    keys = [("goal", doc.goals[0].id), ("paper", doc.papers[0].id)]
    keys += [(group, doc.id) for group in ("themenfelder", "synergies", "links")]
    for key in keys:
        window.select_key(key)
        for table in window.current_form.findChildren(ListTable):
            checked.update({f"{table.table.accessibleName()}/{c.header}": c.spelling for c in table.columns})
    prose = {name for name, on in checked.items() if on}
    assert {name.split("/")[1] for name in prose} == {"Name", "Ergebnis", "Notiz", "Text", "Bezeichnung"}
    assert len(checked) > len(prose) + 8  # units, numbers, years, committees, dates, roles, addresses: not checked
