"""Undo steps in words: the menu, the tooltip and the history name the item and the field, in the UI language."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from editor.domain.fields import FIELDS
from editor.services import Description
from editor.views.forms.forms import SectionForm
from editor.views.undo_texts import describe
from tests.ui.conftest import type_text


def _rename_first_section(window: Any, title: str) -> None:
    section = window.session.reader.document(window.session.model.document_ids()[0]).sections[0]
    assert window.select_key(("section", section.id))
    form = window.current_form
    assert isinstance(form, SectionForm)
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    type_text(form.title_edit, title)
    form.title_edit.editingFinished.emit()


def test_in_english_the_undo_step_names_the_field_in_english_words(window: Any) -> None:
    window.set_language("en")
    _rename_first_section(window, "Überblick")
    assert window.session.undo_stack.undoText() == "Section “Überblick”: Heading changed"
    assert window.undo_action.text() == "&Undo: Section “Überblick”: Heading changed"
    assert window.undo_action.toolTip().startswith("Undo: Section “Überblick”: Heading changed")
    window.undo_action.trigger()
    assert window.redo_action.text() == "&Redo: Section “Überblick”: Heading changed"
    assert window.undo_action.text() == "&Undo"


def test_in_german_the_undo_step_names_the_field_as_the_form_does(window: Any) -> None:
    _rename_first_section(window, "Überblick")
    assert window.session.undo_stack.undoText() == "Abschnitt „Überblick“: Überschrift geändert"
    assert window.undo_action.text() == "&Rückgängig: Abschnitt „Überblick“: Überschrift geändert"
    assert "title" not in window.undo_action.text()
    assert "Überschrift geändert" in window.status_label.text()


def test_tree_commands_are_named_in_the_ui_language(qtbot: Any, window: Any) -> None:
    window.set_language("en")
    doc = window.session.reader.document(window.session.model.document_ids()[0])
    window.select_key(("section", doc.sections[1].id))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.session.undo_stack.undoText() == f"Section “{doc.sections[1].title}” indented"
    qtbot.keyClick(window.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert window.session.undo_stack.undoText() == f"Section “{doc.sections[1].title}” outdented"
    qtbot.keyClick(window.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.session.undo_stack.undoText() == f"Section “{doc.sections[1].title}” moved up"
    assert window.session.undo_stack.text(0) == f"Section “{doc.sections[1].title}” indented"


def test_switching_language_renames_the_steps_already_taken(window: Any) -> None:
    _rename_first_section(window, "Überblick")
    window.set_language("en")
    assert window.session.undo_stack.text(0) == "Section “Überblick”: Heading changed"
    assert window.undo_action.text().startswith("&Undo: ")
    window.set_language("de")
    assert window.session.undo_stack.text(0) == "Abschnitt „Überblick“: Überschrift geändert"


def test_an_ampersand_in_a_name_is_no_mnemonic(window: Any) -> None:
    _rename_first_section(window, "Bildung & Kultur")
    assert window.undo_action.text() == "&Rückgängig: Abschnitt „Bildung && Kultur“: Überschrift geändert"


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_field_of_every_table_has_a_name_in_words(window: Any, language: str) -> None:
    window.set_language(language)
    for table, column in ((f.kind, f.name) for f in FIELDS):
        text = describe(Description("change", table, "X", (column,)))
        assert text.endswith(" geändert" if language == "de" else " changed"), (table, column)
        # Without a name for the field the text would have no colon; a column name would show as such.
        assert ": " in text, (table, column)
        field = text.split(": ", 1)[1].rsplit(" ", 1)[0]
        assert field != column and "_" not in field, (table, column)
        if language == "de":
            # The window and the command line say the same thing.
            assert text == Description("change", table, "X", (column,)).german(), (table, column)


@pytest.mark.parametrize("verb", ["add", "create", "insert", "change", "delete", "move", "move_up", "move_down",
                                  "indent", "outdent", "save", "restore"])  # fmt: skip
def test_every_verb_reads_the_same_in_the_window_and_on_the_command_line(verb: Any) -> None:
    for description in (
        Description(verb, "goal", "Ziel A"),
        Description(verb, "link"),
        Description(verb, "goal", "B", count=3),
    ):
        assert describe(description) == description.german()
