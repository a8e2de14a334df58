"""One edit costs one edit's work: nothing else is loaded, rebuilt or rendered on the way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor.domain.model import Document, Section
from editor.services import Operations, Reader, new_workspace
from tests.ui.conftest import open_window


def _many_documents(path: Path, count: int = 8) -> Path:
    workspace = new_workspace(path)
    ops = Operations(workspace)
    for n in range(count):
        children = [Section(f"Unterabschnitt {n}.{j}", f"Text {n}.{j} Datensouveränität") for j in range(3)]
        ops.insert_document(Document(title=f"Konzept {n}", sections=[Section(f"Abschnitt {n}", "", children)]))
    workspace.close()
    return path


def _loaded(window: Any) -> list[int]:
    model = window.session.model
    return [
        model.node(model.index(row, 0)).id for row in range(model.rowCount()) if model.is_loaded(model.index(row, 0))
    ]


def test_jumping_to_a_search_hit_loads_only_its_document(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, _many_documents(tmp_path / "viele.strategie"))
    ids = window.session.model.document_ids()
    hit = next(h for h in window.session.reader.search("Datensouveränität") if h.document_id == ids[-1])
    assert window.go_to(hit.document_id, hit.kind, hit.node_id, "", hit.snippet)
    assert window.current_form.node.key() == ("section", hit.node_id)
    assert _loaded(window) == [ids[0], ids[-1]]


def test_undoing_an_added_entry_selects_its_parent_without_loading_other_documents(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, _many_documents(tmp_path / "viele.strategie"))
    ids = window.session.model.document_ids()
    section = Reader(window.session.workspace).document(ids[-1]).sections[0]
    assert window.select_key(("section", section.id))
    window.add_child_action.trigger()
    window.tree.closePersistentEditor(window.tree.currentIndex())
    assert window.current_form.node.kind == "section" and window.current_form.node.id != section.id
    window.undo_action.trigger()
    assert window.current_form.node.key() == ("section", section.id)
    assert _loaded(window) == [ids[0], ids[-1]]


def test_deleting_an_entry_selects_the_next_one_and_loads_one_form(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from editor.views.forms.forms import SectionForm

    window = open_window(qtbot, _many_documents(tmp_path / "viele.strategie"))
    section = Reader(window.session.workspace).document(window.session.model.document_ids()[0]).sections[0]
    first, second = section.children[0], section.children[1]
    assert window.select_key(("section", first.id))
    loads: list[int] = []
    original = SectionForm.load

    def counting(form: SectionForm) -> None:
        loads.append(form.node.id)
        original(form)

    monkeypatch.setattr(SectionForm, "load", counting)
    window.delete_action.trigger()
    assert window.current_form.node.key() == ("section", second.id)
    assert loads == [second.id]


def test_moving_the_shown_section_keeps_its_text_and_cursor_as_they_are(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, _many_documents(tmp_path / "viele.strategie"))
    section = Reader(window.session.workspace).document(window.session.model.document_ids()[0]).sections[0]
    first = section.children[0]
    assert window.select_key(("section", first.id))
    window.tree.setFocus()
    edit = window.current_form.body.edit
    cursor = edit.textCursor()
    cursor.setPosition(4)
    edit.setTextCursor(cursor)
    revision = edit.document().revision()
    window.move_down_action.trigger()
    moved = Reader(window.session.workspace).document(window.session.model.document_ids()[0]).sections[0]
    assert [c.id for c in moved.children][1] == first.id
    assert window.current_form.node.key() == ("section", first.id)
    assert edit.document().revision() == revision  # the text was not loaded again for a move
    assert edit.textCursor().position() == 4
    window.undo_action.trigger()
    assert edit.document().revision() == revision


def test_a_form_shown_again_for_the_next_section_saves_to_the_right_one(qtbot: Any, tmp_path: Path) -> None:
    from tests.ui.conftest import type_text

    window = open_window(qtbot, _many_documents(tmp_path / "viele.strategie", 1))
    reader = Reader(window.session.workspace)
    doc_id = window.session.model.document_ids()[0]
    first, second = reader.document(doc_id).sections[0].children[:2]
    assert window.select_key(("section", first.id))
    form = window.current_form
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    type_text(form.title_edit, "Erster geändert")
    assert window.select_key(("section", second.id))  # the title is still waiting for its debounce
    assert window.current_form is form and form.title_edit.text() == second.title
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    type_text(form.title_edit, "Zweiter geändert")
    form.flush()
    titles = [s.title for s in reader.document(doc_id).sections[0].children[:2]]
    assert titles == ["Erster geändert", "Zweiter geändert"]
    window.undo_action.trigger()  # two steps: typing in two sections never merges
    titles = [s.title for s in reader.document(doc_id).sections[0].children[:2]]
    assert titles == ["Erster geändert", second.title]


def test_the_preview_of_a_long_body_waits_until_typing_pauses(qtbot: Any, tmp_path: Path) -> None:
    from tests.ui.conftest import type_text

    window = open_window(qtbot, _many_documents(tmp_path / "viele.strategie", 1))
    section = Reader(window.session.workspace).document(window.session.model.document_ids()[0]).sections[0]
    assert window.select_key(("section", section.children[0].id))
    editor = window.current_form.body
    editor.set_markdown("Die Stadt stärkt ihre Quartiere. " * 1600)  # about 52 KB
    editor.preview_action.setChecked(True)
    shown = editor.preview.toPlainText()
    editor.edit.setFocus()
    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.End)
    type_text(editor.edit, "ü")
    assert editor.preview.toPlainText() == shown  # not rendered again on the keystroke
    qtbot.waitUntil(lambda: editor.preview.toPlainText() != shown, timeout=2000)
    assert editor.preview.toPlainText().rstrip().endswith("ü")


def test_the_section_form_is_built_once_and_shows_each_section_it_comes_back_to(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from editor.views.forms.forms import SectionForm

    window = open_window(qtbot, _many_documents(tmp_path / "viele.strategie", 2))
    ids = window.session.model.document_ids()
    built: list[Any] = []
    original = SectionForm.__init__

    def counting(form: Any, *args: Any, **kwargs: Any) -> None:
        built.append(form)
        original(form, *args, **kwargs)

    monkeypatch.setattr(SectionForm, "__init__", counting)
    reader = Reader(window.session.workspace)
    for document_id in ids:
        section = reader.document(document_id).sections[0].children[0]
        assert window.select_key(("stammdaten", document_id))
        assert window.select_key(("section", section.id))
        assert window.current_form.title_edit.text() == section.title
        assert window.current_form.isVisible()
    assert len(built) == 1
    window.set_language("en")  # forms are built anew in the new language
    assert window.select_key(("stammdaten", ids[0]))
    assert window.select_key(("section", reader.document(ids[0]).sections[0].id))
    assert len(built) == 2 and window.current_form.heading.text().startswith("Section")


def test_showing_a_long_text_checks_each_paragraph_once(qtbot: Any) -> None:
    """Loading a body (on selecting it, on undo) is one change of the editor's document.

    Qt re-checks the spelling of a paragraph and re-lays it out at every change of it; the
    loader inserts a paragraph piece by piece (each bold word is one), so without one edit
    step a 52 KB text took a second to show and to undo.
    """
    from editor.views.widgets import MarkdownEditor

    widget = MarkdownEditor("Text")
    qtbot.addWidget(widget)
    widget.show()
    paragraph = "Die Stadt **stärkt** die Quartiere, _fördert_ den Radverkehr und schafft **Grünflächen**. " * 5
    text = "\n\n".join([paragraph.strip()] * 40 + ["- Straße\n- Gebäude"])
    changes: list[int] = []
    widget.edit.document().contentsChange.connect(lambda *_: changes.append(1))
    checked: list[str] = []
    original = widget.spelling.highlightBlock
    widget.spelling.highlightBlock = lambda line: (checked.append(line), original(line))  # type: ignore[method-assign]
    widget.set_markdown(text)
    assert widget.markdown() == text
    paragraphs = widget.edit.document().blockCount()  # 42; piece by piece: about 1,300 changes and checks
    assert len(changes) <= 3  # clearing the old text, the new text as one change
    assert len(checked) < 2 * paragraphs
