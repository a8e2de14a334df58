"""The editor window end to end: editing, tree commands, undo, search, Fassungen, bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.services import Reader
from editor.storage.workspace import Workspace
from editor.views.forms.forms import DocumentForm, GoalForm, PaperForm, SectionForm
from tests.ui.conftest import Dialogs, type_text


def _doc_id(window: Any) -> int:
    return window.session.model.document_ids()[0]


def _section_titles(window: Any) -> list[str]:
    return [s.title for s in window.session.reader.document(_doc_id(window)).sections]


def _first_section(window: Any) -> Any:
    return window.session.reader.document(_doc_id(window)).sections[0]


def _reread(path: Path) -> Reader:
    return Reader(Workspace.open(path, read_only=True))


def test_opens_on_the_stammdaten_of_the_first_document(window: Any) -> None:
    assert isinstance(window.current_form, DocumentForm)
    assert window.current_form.title_edit.text() == "Smart City Strategie"
    assert "Beispiel.strategie" in window.windowTitle()


def test_typing_umlauts_in_a_title_is_saved_and_undone(window: Any, sample_path: Path) -> None:
    section = _first_section(window)
    assert window.select_key(("section", section.id))
    form = window.current_form
    assert isinstance(form, SectionForm)
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    type_text(form.title_edit, "Überblick für Bürger äöüß")
    form.title_edit.editingFinished.emit()
    assert _reread(sample_path).document(_doc_id(window)).sections[0].title == "Überblick für Bürger äöüß"
    tree_text = window.session.model.find(("section", section.id)).data()
    assert tree_text == "Überblick für Bürger äöüß"
    assert "Überblick für Bürger" in window.status_label.text() and "Gespeichert" in window.status_label.text()
    window.undo_action.trigger()
    assert _reread(sample_path).document(_doc_id(window)).sections[0].title == section.title
    assert window.current_form.title_edit.text() == section.title
    window.redo_action.trigger()
    assert _section_titles(window)[0] == "Überblick für Bürger äöüß"


def test_body_typing_is_saved_after_the_debounce_as_markdown(qtbot: Any, window: Any, sample_path: Path) -> None:
    section = _first_section(window)
    window.select_key(("section", section.id))
    editor = window.current_form.body
    editor.edit.setFocus()
    cursor = editor.edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.edit.setTextCursor(cursor)
    type_text(editor.edit, " Grüße aus Oberhausen")
    qtbot.waitUntil(lambda: "Grüße aus Oberhausen" in _reread(sample_path).document(_doc_id(window)).sections[0].body)
    steps = window.session.undo_stack.count()
    type_text(editor.edit, "!")
    editor.flush()
    assert window.session.undo_stack.count() == steps  # typing in one body is one undo step
    window.undo_action.trigger()
    assert "Grüße" not in _reread(sample_path).document(_doc_id(window)).sections[0].body


def test_bold_button_writes_markdown_emphasis(window: Any) -> None:
    section = _first_section(window)
    window.select_key(("section", section.id))
    editor = window.current_form.body
    editor.set_markdown("eins zwei")
    cursor = editor.edit.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(9, cursor.MoveMode.KeepAnchor)
    editor.edit.setTextCursor(cursor)
    editor.bold_action.trigger()
    editor.flush()
    assert "**zwei**" in window.session.reader.document(_doc_id(window)).sections[0].body


def test_body_images_are_never_loaded_from_the_web_or_disk(window: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    picture = tmp_path / "bild.png"
    QImage(8, 8, QImage.Format.Format_RGB32).save(str(picture))
    window.select_key(("section", _first_section(window).id))
    editor = window.current_form.body
    editor.set_markdown(f"![Bild](https://example.org/x.png) ![lokal]({picture.as_uri()})")
    shown = [editor.edit.loadResource(2, url) for url in ("https://example.org/x.png", picture.as_uri())]
    assert shown[0] is editor.edit._image and shown[1] is editor.edit._image  # the same grey box for both
    assert editor.edit.loadResource(1, "https://example.org/style.css") is None


def test_wiki_text_pane_shows_the_section_as_the_wiki_gets_it(window: Any) -> None:
    section = _first_section(window)
    window.select_key(("section", section.id))
    editor = window.current_form.body
    editor.set_markdown("**fett** und \\* Stern [Link](dokument:1)")
    editor.preview_action.setChecked(True)
    shown = editor.preview.toPlainText()
    assert shown.startswith(f"=={section.title}==\n")
    assert "'''fett''' und * Stern" in shown
    assert editor.preview.isVisible() and editor.preview.isReadOnly()


def test_add_child_and_sibling_then_undo(window: Any) -> None:
    section = _first_section(window)
    window.select_key(("section", section.id))
    window.add_child_action.trigger()
    doc = window.session.reader.document(_doc_id(window))
    assert [c.title for c in doc.sections[0].children][-1] == "Neuer Abschnitt"
    assert window._current_node().kind == "section"
    window.tree.closePersistentEditor(window.tree.currentIndex())
    window.select_key(("section", section.id))
    window.add_sibling_action.trigger()
    assert _section_titles(window)[1] == "Neuer Abschnitt"
    window.undo_action.trigger()
    window.undo_action.trigger()
    doc = window.session.reader.document(_doc_id(window))
    assert "Neuer Abschnitt" not in [s.title for s in doc.sections]
    assert "Neuer Abschnitt" not in [c.title for c in doc.sections[0].children]


def test_rename_in_place_through_the_model(window: Any) -> None:
    section = _first_section(window)
    index = window.session.model.find(("section", section.id))
    assert window.session.model.setData(index, "Kurzfassung", Qt.ItemDataRole.EditRole)
    assert _section_titles(window)[0] == "Kurzfassung"


def test_move_by_keyboard_and_undo(qtbot: Any, window: Any) -> None:
    titles = _section_titles(window)
    window.select_key(("section", _first_section(window).id))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _section_titles(window) == [titles[1], titles[0], *titles[2:]]
    assert window._current_node().text == titles[0]  # the moved node stays selected
    qtbot.keyClick(window.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    doc = window.session.reader.document(_doc_id(window))
    assert doc.sections[0].children[-1].title == titles[0]
    qtbot.keyClick(window.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert _section_titles(window) == [titles[1], titles[0], *titles[2:]]
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _section_titles(window) == titles
    qtbot.keyClick(window.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _section_titles(window) == [titles[1], titles[0], *titles[2:]]


def test_drag_and_drop_moves_and_one_undo_takes_it_back(window: Any) -> None:
    titles = _section_titles(window)
    model = window.session.model
    doc_id = _doc_id(window)
    sections = model.find(("sections", doc_id))
    data = model.mimeData([model.index(0, 0, sections)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(1, 0, sections))
    doc = window.session.reader.document(doc_id)
    assert [s.title for s in doc.sections] == titles[1:]
    assert doc.sections[0].children[-1].title == titles[0]
    window.undo_action.trigger()
    assert _section_titles(window) == titles


def test_deleting_a_subtree_asks_first_and_undo_restores_it(window: Any, dialogs: Dialogs) -> None:
    doc_id = _doc_id(window)
    model = window.session.model
    parent = window.session.reader.document(doc_id).sections[0]
    window.select_key(("section", parent.id))
    window.add_child_action.trigger()
    window.tree.closePersistentEditor(window.tree.currentIndex())
    window.select_key(("section", parent.id))
    dialogs.answer = dialogs.answer.No
    window.delete_action.trigger()
    assert dialogs.shown[-1][0] == "question"
    assert _section_titles(window)[0] == parent.title
    dialogs.answer = dialogs.answer.Yes
    window.delete_action.trigger()
    assert parent.title not in _section_titles(window)
    assert model.find(("section", parent.id)).isValid() is False
    window.undo_action.trigger()
    doc = window.session.reader.document(doc_id)
    assert doc.sections[0].title == parent.title and doc.sections[0].children


def test_deleting_a_leaf_needs_no_question(window: Any, dialogs: Dialogs) -> None:
    titles = _section_titles(window)
    leaf = window.session.reader.document(_doc_id(window)).sections[-1]
    assert not leaf.children
    window.select_key(("section", leaf.id))
    window.delete_action.trigger()
    assert not dialogs.shown
    assert _section_titles(window) == titles[:-1]
    window.undo_action.trigger()
    assert _section_titles(window) == titles


def test_goal_form_status_themenfeld_and_indicator(window: Any) -> None:
    goal = window.session.reader.document(_doc_id(window)).goals[0]
    window.select_key(("goal", goal.id))
    form = window.current_form
    assert isinstance(form, GoalForm)
    form.status_box.activated.emit(form.status_box.findData("in Umsetzung"))
    form.indicators.add_button.click()
    assert form.indicators.table.rowCount() == len(goal.indicators) + 1
    item = form.indicators.table.item(form.indicators.table.rowCount() - 1, 0)
    item.setText("Anteil digitaler Verfahren")
    saved = window.session.reader.document(_doc_id(window)).goals[0]
    assert saved.status == "in Umsetzung"
    assert saved.indicators[-1].name == "Anteil digitaler Verfahren"


def test_paper_form_adds_a_consultation_with_role(window: Any) -> None:
    paper = window.session.reader.document(_doc_id(window)).papers[0]
    window.select_key(("paper", paper.id))
    form = window.current_form
    assert isinstance(form, PaperForm)
    assert form.reference_edit.validator() is None  # unusual numbers are findings, not blocked keys
    form.consultations.add_button.click()
    table = form.consultations.table
    table.item(table.rowCount() - 1, 0).setText("Rat der Stadt")
    table.item(table.rowCount() - 1, 2).setData(Qt.ItemDataRole.UserRole, "Entscheidung")
    saved = window.session.reader.document(_doc_id(window)).papers[0].consultations[-1]
    assert (saved.organization, saved.role) == ("Rat der Stadt", "Entscheidung")


def test_themenfelder_checklist_saves_the_selection(window: Any) -> None:
    window.select_key(("themenfelder", _doc_id(window)))
    form = window.current_form
    before = window.session.reader.document(_doc_id(window)).themenfeld_ids
    item = form.list.item(form.list.count() - 1)
    checked = item.checkState() == Qt.CheckState.Checked
    item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
    after = window.session.reader.document(_doc_id(window)).themenfeld_ids
    assert after != before
    window.undo_action.trigger()
    assert window.session.reader.document(_doc_id(window)).themenfeld_ids == before


def test_search_jumps_to_the_node_and_focuses_the_field(qtbot: Any, window: Any) -> None:
    window.search_action.trigger()
    assert window.search_dock.isVisible()
    window.search_edit.setText("Modellprojekte")
    window.run_search()
    assert window.search_results.topLevelItemCount() >= 1
    item = window.search_results.topLevelItem(0)
    assert "»" in item.text(0)
    window._on_result_item_activated(item)
    assert isinstance(window.current_form, SectionForm)
    assert window.current_form.body.edit.hasFocus() or QApplication.focusWidget() is window.current_form.body.edit


def test_check_lists_findings_in_words_and_jumps(window: Any) -> None:
    section = _first_section(window)
    window.session.apply(lambda: window.session.ops.update_node("section", section.id, title=""))
    window.check_action.trigger()
    rows = [window.check_results.topLevelItem(i) for i in range(window.check_results.topLevelItemCount())]
    match = next(r for r in rows if "Abschnitt ohne Überschrift" in r.text(1))
    assert match.text(0) == "Fehler"
    window.select_key(("stammdaten", _doc_id(window)))
    window._on_result_item_activated(match)
    assert isinstance(window.current_form, SectionForm)
    assert window.current_form.title_edit.hasFocus()


def test_save_compare_and_restore_a_fassung(window: Any, sample_path: Path) -> None:
    from editor.views.dialogs import VersionsDialog

    doc_id = _doc_id(window)
    dialog = VersionsDialog(window.session, doc_id, window)
    assert dialog.save_version("Entwurf März")
    assert dialog.list.topLevelItemCount() == 1
    section = _first_section(window)
    window.session.apply(lambda: window.session.ops.update_node("section", section.id, title="Geändert"))
    dialog._on_compare_button_clicked()
    assert "Geändert" in dialog.diff_view.toPlainText() and "neu:" in dialog.diff_view.toPlainText()
    assert dialog.restore("Entwurf März")
    assert _reread(sample_path).document(doc_id).sections[0].title == section.title
    window.undo_action.trigger()
    assert _reread(sample_path).document(doc_id).sections[0].title == "Geändert"


def test_fassung_comparison_speaks_the_ui_language(window: Any) -> None:
    from editor.views.dialogs import VersionsDialog

    doc_id = _doc_id(window)
    paper = window.session.reader.document(doc_id).papers[0]
    dialog = VersionsDialog(window.session, doc_id, window)
    assert dialog.save_version("Vorher")
    window.session.apply(lambda: window.session.ops.update_node("paper", paper.id, reasoning="Neu begründet"))
    window.set_language("en")
    try:
        dialog._on_compare_button_clicked()
        shown = dialog.diff_view.toPlainText()
        assert "new:" in shown and "Facts and reasons: Neu begründet" in shown  # the user's text stays as typed
        assert "Sachverhalt" not in shown
    finally:
        window.set_language("de")
    dialog._on_compare_button_clicked()
    assert "Sachverhalt: Neu begründet" in dialog.diff_view.toPlainText()
    # The command line keeps German, whatever the window speaks.
    assert "Sachverhalt: Neu begründet" in window.session.reader.version_diff(doc_id, "Vorher")


def test_new_document_and_delete_it_with_undo(window: Any, dialogs: Dialogs) -> None:
    count = len(window.session.model.document_ids())
    window.new_document_action.trigger()
    assert len(window.session.model.document_ids()) == count + 1
    assert isinstance(window.current_form, DocumentForm)
    assert window.current_form.title_edit.text() == "Neues Konzept"
    window.select_key(("document", window.session.model.document_ids()[-1]))
    window.delete_action.trigger()
    assert dialogs.shown[-1][0] == "question"
    assert len(window.session.model.document_ids()) == count
    window.undo_action.trigger()
    assert len(window.session.model.document_ids()) == count + 1


def test_bad_files_show_a_message_and_stay_unchanged(tmp_path: Path, window: Any, dialogs: Dialogs) -> None:
    empty = tmp_path / "leer.strategie"
    empty.write_bytes(b"")
    text = tmp_path / "text.strategie"
    text.write_text("Das ist keine Datenbank\n", encoding="utf-8")
    other = tmp_path / "fremd.strategie"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)")
    before = {p: p.read_bytes() for p in (empty, text, other)}
    current = window.session.workspace.path
    for path in (empty, text, other, tmp_path / "fehlt.strategie"):
        assert not window.open_path(path)
        kind, title, message = dialogs.shown[-1]
        assert kind == "critical" and title == "Datei kann nicht geöffnet werden"
        assert path.name in message
    assert {p: p.read_bytes() for p in before} == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".~lock.") and "Beispiel" not in p.name) == []
    assert window.session.workspace.path == current  # the open file stays open


def test_read_only_file_shows_banner_and_refuses_edits(qtbot: Any, sample_path: Path) -> None:
    from editor.views.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.set_workspace(Workspace.open(sample_path, read_only=True))
    assert win.banner.isVisible() and "schreibgeschützt" in win.banner.text()
    assert not win.add_sibling_action.isEnabled() and not win.delete_action.isEnabled()
    assert win.current_form.title_edit.isReadOnly()
    assert "schreibgeschützt" in win.windowTitle()


def test_new_file_and_backup_copy(tmp_path: Path, window: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog

    copy = tmp_path / "Kopie.strategie"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    window.backup_action.trigger()
    assert Reader(Workspace.open(copy)).documents()[0].title == "Smart City Strategie"
    fresh = tmp_path / "Neu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(fresh), "")))
    window.new_action.trigger()
    assert window.session.workspace.path == fresh.with_suffix(".strategie")
    assert window.recent_files()[0] == str(fresh.with_suffix(".strategie").resolve())


def test_window_state_and_recent_files_persist(qtbot: Any, window: Any, sample_path: Path) -> None:
    from editor.views.main_window import MainWindow

    window.splitter.setSizes([200, 1000])
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.recent_files()[0] == str(sample_path.resolve())
    assert again.splitter.sizes()[0] > 0


def test_renaming_a_paper_in_place_edits_its_betreff(window: Any) -> None:
    paper = window.session.reader.document(_doc_id(window)).papers[0]
    index = window.session.model.find(("paper", paper.id))
    assert index.data(Qt.ItemDataRole.EditRole) == paper.name
    assert window.session.model.setData(index, "Neuer Betreff", Qt.ItemDataRole.EditRole)
    saved = window.session.reader.document(_doc_id(window)).papers[0]
    assert (saved.reference, saved.name) == (paper.reference, "Neuer Betreff")
    assert window.session.model.find(("paper", paper.id)).data() == f"{paper.reference} – Neuer Betreff"


def test_run_opens_the_sample_copy_on_first_start(qtbot: Any, monkeypatch: Any) -> None:
    from PySide6.QtCore import QTimer

    from editor import app

    opened: list[str] = []
    from editor.views.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "open_path", lambda self, path: opened.append(str(path)) or True)
    QTimer.singleShot(100, QApplication.quit)
    assert app.run(None) == 0
    assert opened and opened[0].endswith("Beispiel.strategie")
    assert Path(opened[0]).exists()


def test_a_file_open_elsewhere_can_be_opened_read_only(qtbot: Any, sample_path: Path, dialogs: Dialogs) -> None:
    from editor.views.main_window import MainWindow

    other = Workspace.open(sample_path)  # another editor session holds the lock
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        dialogs.answer = dialogs.answer.No
        assert not win.open_path(sample_path)
        assert dialogs.shown[-1][0] == "question" and "schreibgeschützt" in dialogs.shown[-1][2]
        dialogs.answer = dialogs.answer.Yes
        assert win.open_path(sample_path)
        assert win.session.read_only and win.banner.isVisibleTo(win)
    finally:
        other.close()


def test_opening_the_open_file_again_keeps_it(window: Any, sample_path: Path, dialogs: Dialogs) -> None:
    session = window.session
    assert window.open_path(sample_path)
    assert window.session is session and not dialogs.shown


def test_choosing_a_themenfeld_offers_its_leitziele(window: Any) -> None:
    goal = window.session.reader.document(_doc_id(window)).goals[0]
    window.select_key(("goal", goal.id))
    form = window.current_form
    catalogue = window.session.reader.catalogue()
    tf = next(t for t in catalogue.themenfelder if t.leitziele)
    form.themenfeld_box.activated.emit(form.themenfeld_box.findData(tf.id))
    assert [form.leitziel_box.itemData(i) for i in range(1, form.leitziel_box.count())] == [
        lz.id for lz in tf.leitziele
    ]
    form.leitziel_box.activated.emit(2 if form.leitziel_box.count() > 2 else 1)
    saved = window.session.reader.document(_doc_id(window)).goals[0]
    assert saved.themenfeld_id == tf.id and saved.leitziel_id in [lz.id for lz in tf.leitziele]


def test_undoing_a_delete_selects_what_came_back(window: Any) -> None:
    leaf = window.session.reader.document(_doc_id(window)).sections[-1]
    window.select_key(("section", leaf.id))
    window.delete_action.trigger()
    assert window._current_node().key() != ("section", leaf.id)
    window.undo_action.trigger()
    assert window._current_node().key() == ("section", leaf.id)
    assert isinstance(window.current_form, SectionForm)


def test_f6_switches_between_tree_and_form(qtbot: Any, window: Any) -> None:
    window.tree.setFocus()
    window.switch_focus_action.trigger()
    assert QApplication.focusWidget() is window.current_form.title_edit
    window.switch_focus_action.trigger()
    assert QApplication.focusWidget() is window.tree


def test_opening_for_editing_takes_the_daily_backup(window: Any) -> None:
    import os

    copies = list(Path(os.environ["STRATEGIE_BACKUP_DIR"]).rglob("*.strategie"))
    assert len(copies) == 1 and "Beispiel" in copies[0].name


def test_synergy_and_link_lists_edit_and_undo(window: Any) -> None:
    doc_id = _doc_id(window)
    other = window.session.model.document_ids()[1]
    window.select_key(("synergies", doc_id))
    table = window.current_form.table
    table.add_button.click()
    cell = table.table.item(0, 0)
    cell.setData(Qt.ItemDataRole.UserRole, other)
    table.table.item(0, 1).setText("Gemeinsame Datenplattform")
    synergy = window.session.reader.document(doc_id).synergies[0]
    assert (synergy.target_document_id, synergy.text) == (other, "Gemeinsame Datenplattform")
    window.select_key(("links", doc_id))
    links = window.current_form.table
    count = links.table.rowCount()
    links.add_button.click()
    links.table.item(count, 0).setText("Ratsinformationssystem")
    links.table.setCurrentCell(count, 0)
    links.up_button.click()
    saved = window.session.reader.document(doc_id).links
    assert saved[count - 1].label == "Ratsinformationssystem"
    window.undo_action.trigger()
    assert window.session.reader.document(doc_id).links[count].label == "Ratsinformationssystem"


def test_recent_files_menu_opens_the_file(tmp_path: Path, window: Any, sample_path: Path) -> None:
    from editor.services import sample_workspace

    second = tmp_path / "Zweite.strategie"
    sample_workspace(second).close()
    assert window.open_path(second)
    actions = window.recent_menu.actions()
    assert [a.text().split(" ", 1)[1] for a in actions[:2]] == [str(second.resolve()), str(sample_path.resolve())]
    actions[1].trigger()
    assert window.session.workspace.path.resolve() == sample_path.resolve()


def test_documents_are_reordered_by_drag_and_drop(window: Any) -> None:
    model = window.session.model
    first, second = model.document_ids()
    data = model.mimeData([model.index(0, 0)])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.find(("sections", first)))
    model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, model.index(-1, -1))
    assert model.document_ids() == [second, first]
    window.undo_action.trigger()
    assert window.session.model.document_ids() == [first, second]


def test_restoring_a_backup_from_the_file_menu(window: Any, sample_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QInputDialog

    from editor.services import Operations
    from editor.storage import Workspace
    from editor.storage.backups import list_backups

    assert len(list_backups(sample_path)) == 1  # today's copy, taken when the window opened the file
    ops = Operations(window.session.workspace)
    ops.update_document(1, title="Nach der Sicherung")
    asked: list[list[str]] = []

    def choose(_parent: Any, _title: str, _label: str, items: list[str], *args: Any) -> tuple[str, bool]:
        asked.append(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    window.restore_backup_action.trigger()
    assert asked and "Beispiel" in asked[0][0]
    assert window.session is not None and not window.session.read_only
    window.close_session()
    workspace = Workspace.open(sample_path, read_only=True)
    from editor.services import Reader

    assert Reader(workspace).document(1).title == "Smart City Strategie"
    workspace.close()
    kept = [b for b in list_backups(sample_path) if "vor Wiederherstellung" in b.name]
    assert len(kept) == 1


def test_deadline_calendar_fills_a_german_date_and_saves_it_iso(window: Any, sample_path: Path) -> None:
    from PySide6.QtCore import QDate

    goal = _reread(sample_path).document(_doc_id(window)).goals[0]
    assert window.select_key(("goal", goal.id))
    form = window.current_form
    calendar_action = form.deadline_edit.actions()[-1]
    assert calendar_action.text() == "Kalender"
    calendar_action.trigger()
    calendar = form.deadline_edit.calendar_menu.actions()[0].defaultWidget()
    calendar.activated.emit(QDate(2027, 3, 31))
    assert form.deadline_edit.text() == "31.03.2027"
    assert _reread(sample_path).document(_doc_id(window)).goals[0].deadline == "2027-03-31"
    form.deadline_edit.calendar_menu.close()
