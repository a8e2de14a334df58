"""Data sovereignty in the window: opening, editing, previews and exports open no socket."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool

from editor.views.export_dialogs import DocxExportDialog, WikiPreviewDialog


def test_main_flows_in_the_window_open_no_network_connection(
    qtbot: Any, sample_path: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    attempts: list[str] = []

    class NoSocket(socket.socket):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            attempts.append(f"socket{args}")
            raise OSError("Netzwerk im Test verboten")

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(f"connect{args}")
        raise OSError("Netzwerk im Test verboten")

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

    from editor.views.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(sample_path)
    doc_id = window.session.model.document_ids()[0]
    section = window.session.reader.document(doc_id).sections[0]
    assert window.select_key(("section", section.id))
    body = "![Bild aus dem Netz](https://example.org/bild.png) und [Link](https://example.org)"
    window.session.apply(lambda: window.session.ops.update_node("section", section.id, body=body))
    assert window.select_key(("section", section.id))  # the editor shows the picture (a grey box)
    qtbot.wait(50)
    WikiPreviewDialog(window.session, doc_id, window)
    dialog = DocxExportDialog(window.session, doc_id, None, window)
    dialog.target_edit.setText(str(tmp_path / "s.docx"))
    dialog.template_edit.setText("")
    # The job runs right here rather than in the pool: the question is only whether it opens a socket.
    monkeypatch.setattr(QThreadPool, "start", lambda _pool, job, *args: job.run())
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start_export()
    assert (tmp_path / "s.docx").exists()
    assert attempts == []


def test_the_publish_and_pull_dialogs_connect_only_when_the_user_starts(
    qtbot: Any, window: Any, monkeypatch: Any, memory_keyring: Any
) -> None:
    """Opening, filling in and closing the dialogs opens no socket; Prüfen and Holen are the first that do."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(f"connect{args}")
        raise OSError("Netzwerk im Test verboten")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    from editor.views.publish_dialog import PublishDialog, PullDialog

    doc_id = window.session.model.document_ids()[0]
    publish = PublishDialog(window.session, doc_id, window)
    pull = PullDialog(window.session, doc_id, window)
    for dialog in (publish, pull):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.user_edit.setText("Amtsleitung@editor")
        dialog.password_edit.setText("geheim")
        qtbot.wait(50)
    publish.close()
    pull.close()
    assert attempts == []
    from tests.ui.test_publish_dialog import wait_for

    publish.start_check()
    wait_for(publish, 30)
    assert attempts, "Prüfen is where the connection starts"
    assert "nicht erreichbar" in publish.status.text()
