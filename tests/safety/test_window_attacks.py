"""The attacks of issue 10 that went through the window: each tried again in the real window."""

from __future__ import annotations

import json
import socket
import sqlite3
from pathlib import Path
from typing import Any

from attacks import age, digest
from PySide6.QtWidgets import QFileDialog
from test_attacks import damage_search_index

from editor.storage import Workspace
from editor.storage.lock import lock_path
from tests.ui import conftest as ui
from tests.ui.conftest import Dialogs

# The window's fixtures (isolated settings, recorded message boxes, the sample open in a window).
isolated_settings = ui.isolated_settings
dialogs = ui.dialogs
sample_path = ui.sample_path
window = ui.window


def _section_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM section").fetchone()[0])


def add_section(win: Any, title: str = "Nach dem Angriff") -> Any:
    """Add a section as the window does (through the session, onto the undo stack)."""
    session = win.session
    doc_id = win.current_document_id()
    return session.apply(lambda: session.ops.add_node("section", doc_id, title=title, body="Wiederaufbau"))


def test_attack_01_wiki_text_saved_onto_the_open_file_is_refused(
    window: Any, sample_path: Path, monkeypatch: Any, dialogs: Dialogs
) -> None:
    from editor.views.export_dialogs import WikiPreviewDialog

    before = digest(sample_path)
    dialog = WikiPreviewDialog(window.session, window.current_document_id(), window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(sample_path), "")))
    dialog.save_button.click()
    assert dialogs.shown and dialogs.shown[-1][0] == "critical"
    assert "Strategie-Datei" in dialogs.shown[-1][2]
    assert digest(sample_path) == before
    count = _section_count(sample_path)
    assert add_section(window) is not None  # and the next edit is saved
    assert _section_count(sample_path) == count + 1
    assert window.status_label.text().startswith("Gespeichert")


def test_attack_01_a_copy_is_not_written_over_a_file_open_elsewhere(
    window: Any, tmp_path: Path, monkeypatch: Any, dialogs: Dialogs
) -> None:
    from editor.services import sample_workspace

    other = tmp_path / "Andere.strategie"
    sample_workspace(other).close()
    elsewhere = Workspace.open(other)
    before = digest(other)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(other), "")))
    window.backup_action.trigger()
    elsewhere.close()
    assert dialogs.shown[-1][0] == "critical" and "gerade bearbeitet" in dialogs.shown[-1][2]
    assert digest(other) == before


def test_attack_06_the_window_repairs_a_damaged_index_and_says_so(
    qtbot: Any, sample_path: Path, dialogs: Dialogs
) -> None:
    from editor.views.main_window import MainWindow

    damage_search_index(sample_path)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(sample_path)
    assert [kind for kind, _title, text in dialogs.shown if "Suchindex" in text] == ["warning"]
    count = _section_count(sample_path)
    assert add_section(win) is not None
    assert _section_count(sample_path) == count + 1
    assert win.status_label.text().startswith("Gespeichert")
    win.search_edit.setText("Wiederaufbau")
    win.run_search()
    assert win.search_results.topLevelItemCount() >= 1
    assert "Keine Treffer" not in win.search_results.topLevelItem(0).text(0)


def test_attack_06_a_failed_write_is_never_called_saved(window: Any, sample_path: Path, dialogs: Dialogs) -> None:
    add_section(window)
    assert window.status_label.text().startswith("Gespeichert")
    with sqlite3.connect(sample_path, timeout=5) as conn:  # the index is damaged while the file is open
        conn.execute("DELETE FROM search_data WHERE id = 10")
    count = _section_count(sample_path)

    assert add_section(window, "Geht verloren?") is None

    assert window.status_label.text().startswith("Nicht gespeichert")
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "Suchindex" in text and "noch einmal" in text
    assert _section_count(sample_path) == count  # nothing half-written
    assert add_section(window, "Noch einmal") is not None  # the index was rebuilt: the repeat works
    assert window.status_label.text().startswith("Gespeichert")
    assert _section_count(sample_path) == count + 1


def test_attack_06_a_write_into_a_damaged_file_names_the_damage(
    window: Any, dialogs: Dialogs, monkeypatch: Any
) -> None:
    def damaged(*_args: Any, **_kwargs: Any) -> Any:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(window.session.ops, "add_node", damaged)
    assert add_section(window) is None
    assert window.status_label.text().startswith("Nicht gespeichert")
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warning" and "beschädigt" in text and "Sicherung wiederherstellen" in text


def test_attack_10_a_lock_file_with_a_huge_pid_in_the_window(qtbot: Any, sample_path: Path, dialogs: Dialogs) -> None:
    from editor.views.main_window import MainWindow

    holder = {"user": "x", "host": socket.gethostname(), "pid": 10**40, "since": "2026-11-26T09:00"}
    lock_path(sample_path).write_text(json.dumps(holder), encoding="utf-8")
    age(lock_path(sample_path))
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_path(sample_path)
    assert not win.session.read_only
    win.close_session()
    assert not lock_path(sample_path).exists()
