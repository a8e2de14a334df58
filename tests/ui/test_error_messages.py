"""Errors of storage, services and exports reach the window in the UI language; German stays as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor.domain.messages import Message, UserError, message
from editor.storage.workspace import NotAWorkspaceError
from editor.views.i18n import describe_error, install_language
from exports.files import ExportWriteError
from tests.ui.conftest import Dialogs, translation_tool

ROOT = Path(__file__).resolve().parents[2]


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "leer.strategie"
    empty.write_bytes(b"")
    text = tmp_path / "text.strategie"
    text.write_text("Das ist keine Datenbank\n", encoding="utf-8")
    return {"empty": empty, "text": text, "missing": tmp_path / "fehlt.strategie"}


def _open_and_read_message(window: Any, path: Path, dialogs: Dialogs) -> tuple[str, str]:
    assert not window.open_path(path)
    kind, title, text = dialogs.shown[-1]
    assert kind == "critical"
    return title, text


def test_bad_files_are_explained_in_english(tmp_path: Path, window: Any, dialogs: Dialogs) -> None:
    files = _bad_files(tmp_path)
    before = {p: p.read_bytes() for p in files.values() if p.exists()}
    window.set_language("en")
    expected = {
        "empty": f"“{files['empty'].name}” is empty (0 bytes) and not a strategy file.",
        "text": f"“{files['text'].name}” is not a strategy file: it is not an SQLite database",
        "missing": f"The file “{files['missing']}” does not exist.",
    }
    for key, path in files.items():
        title, text = _open_and_read_message(window, path, dialogs)
        assert title != "Datei kann nicht geöffnet werden"
        assert text.startswith(expected[key]), text
    assert {p: p.read_bytes() for p in before} == before
    assert not files["missing"].exists()


def test_bad_files_are_explained_in_german_as_before(tmp_path: Path, window: Any, dialogs: Dialogs) -> None:
    files = _bad_files(tmp_path)
    expected = {
        "empty": "„leer.strategie“ ist leer (0 Bytes) und keine Strategie-Datei.",
        "text": "„text.strategie“ ist keine Strategie-Datei: Sie ist keine SQLite-Datenbank "
        "(vielleicht ein Word-Dokument, ein Export oder eine beschädigte Datei).",
        "missing": f"Die Datei „{files['missing']}“ gibt es nicht.",
    }
    for key, path in files.items():
        title, text = _open_and_read_message(window, path, dialogs)
        assert title == "Datei kann nicht geöffnet werden"
        assert text == expected[key]


def _refuse_a_move(window: Any, dialogs: Dialogs) -> str:
    doc_id = window.session.model.document_ids()[0]
    first = window.session.reader.document(doc_id).sections[0]
    window.select_key(("section", first.id))
    window.move_up_action.setEnabled(True)  # the window greys it out; the service must refuse anyway
    window.move_up_action.trigger()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning"
    assert window.session.reader.document(doc_id).sections[0].id == first.id
    return text


def test_a_refused_tree_move_is_explained_in_english(window: Any, dialogs: Dialogs) -> None:
    window.set_language("en")
    assert _refuse_a_move(window, dialogs) == "The entry is already first."


def test_a_refused_tree_move_is_explained_in_german(window: Any, dialogs: Dialogs) -> None:
    assert _refuse_a_move(window, dialogs) == "Der Eintrag steht schon an erster Stelle."


def test_nested_reasons_are_translated_too(qapp: Any) -> None:
    error = ExportWriteError(
        28,
        "Die Datei „{name}“ konnte nicht geschrieben werden: {reason}",
        name="a.docx",
        reason=message("Auf dem Datenträger ist nicht genug Platz."),
    )
    assert (
        error.strerror
        == "Die Datei „a.docx“ konnte nicht geschrieben werden: Auf dem Datenträger ist nicht genug Platz."
    )
    assert describe_error(error) == error.strerror
    install_language("en")
    assert describe_error(error) == "The file “a.docx” could not be written: There is not enough space on the disk."
    assert describe_error(ValueError("for developers")) == "for developers"


def test_user_errors_keep_the_german_text_as_str() -> None:
    error = NotAWorkspaceError("„{name}“ ist ein Ordner, keine Strategie-Datei.", name="x")
    assert str(error) == "„x“ ist ein Ordner, keine Strategie-Datei."
    assert isinstance(error, UserError) and error.template.startswith("„{name}“") and error.params == {"name": "x"}
    assert str(Message("{a} und {b}", {"a": 1, "b": message("zwei")})) == "1 und zwei"


def test_every_message_template_has_an_english_translation() -> None:
    tool = translation_tool()
    templates, problems = tool.extract_messages()
    assert problems == []
    assert len(templates) >= 80
    translations = tool.read_ts(tool.TS_DIR / "strategie_en.ts")
    assert [text for text, _, _ in templates if text not in translations] == []
    for text, _, _ in templates:  # the same named arguments on both sides
        assert sorted(_fields(text)) == sorted(_fields(translations[text])), text


def test_the_translation_tool_refuses_an_f_string_template(tmp_path: Path) -> None:
    tool = translation_tool()
    source = tmp_path / "bad.py"
    source.write_text('raise StorageError(f"Die Datei {name} fehlt.")\n', encoding="utf-8")
    templates, problems = tool.extract_messages([source])
    assert templates == [] and problems == [f"{source}:1: Meldung als f-String (nicht übersetzbar)"]


def _fields(text: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(text) if name]
