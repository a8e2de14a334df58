"""What an imported page holds around its fixed parts shows in the forms and can be edited there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor.views.widgets import MarkdownEditor
from exports.wiki_import import import_wiki

PAGES = Path(__file__).resolve().parents[1] / "exports" / "wiki_pages"


def _import(window: Any, name: str) -> int:
    session = window.session
    text = (PAGES / name).read_text(encoding="utf-8")
    result = import_wiki(text, session.reader.catalogue(), title=name.removesuffix(".wiki"))
    record = session.apply(lambda: session.ops.insert_document(result.document))
    assert record is not None and record.created_id is not None
    return record.created_id


def _editor(window: Any, key: str) -> MarkdownEditor:
    widget = window.current_form.fields[f"page_text:{key}"]
    assert isinstance(widget, MarkdownEditor)
    return widget


def _row_shown(window: Any, widget: Any) -> bool:
    return not widget.isHidden()


def test_texts_around_the_goals_show_in_the_goals_form_and_only_there(window: Any) -> None:
    doc_id = _import(window, "tourismuskonzept-text-um-listen.wiki")
    window.select_key(("goals", doc_id))
    above, below = _editor(window, "goals"), _editor(window, "goals.end")
    assert "Hotels, Gastronomie" in above.edit.toPlainText()
    assert "berichtet die Tourismus GmbH" in below.edit.toPlainText()
    assert _row_shown(window, above) and _row_shown(window, below)
    window.select_key(("papers", doc_id))
    assert _row_shown(window, _editor(window, "papers"))
    assert not _row_shown(window, _editor(window, "papers.end"))  # the page has no text there
    window.select_key(("stammdaten", doc_id))
    assert "Tourismuskonzept zusammen" in _editor(window, "intro").edit.toPlainText()


def test_editing_a_page_text_saves_it_as_one_undoable_step(window: Any, qtbot: Any) -> None:
    doc_id = _import(window, "tourismuskonzept-text-um-listen.wiki")
    window.select_key(("links", doc_id))
    editor = _editor(window, "links.end")
    editor.edit.setPlainText("Flyer gibt es im Rathaus.")
    editor.flush()
    assert window.session.reader.document(doc_id).page_texts["links.end"].strip() == "Flyer gibt es im Rathaus."
    window.undo_action.trigger()
    assert "Tourist-Information" in window.session.reader.document(doc_id).page_texts["links.end"]


def test_notes_and_categories_are_fields_of_the_stammdaten(window: Any) -> None:
    doc_id = _import(window, "unordentliche-seite.wiki")
    window.select_key(("stammdaten", doc_id))
    form = window.current_form
    assert "Unbekannt.png" in form.notes_edit.toPlainText()
    assert form.categories_edit.text() == "Masterplan; Digitalisierung"
    form.categories_edit.setText("Masterplan; Digitalisierung; Kultur & Freizeit")
    form.categories_edit.setModified(True)
    form.categories_edit.editingFinished.emit()
    assert window.session.reader.document(doc_id).categories == ["Masterplan", "Digitalisierung", "Kultur & Freizeit"]
    form.notes_edit.setPlainText("")
    form.notes_edit.flush()
    assert window.session.reader.document(doc_id).notes == ""


def test_free_leitziele_are_listed_with_their_title(window: Any) -> None:
    doc_id = _import(window, "leitziele-ausserhalb-des-katalogs.wiki")
    window.select_key(("themenfelder", doc_id))
    table = window.current_form.refs.table
    titles = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert titles[:2] == ["Stärkung des Umweltverbunds", "Mehr Sicherheit für alle Verkehrsteilnehmenden"]
