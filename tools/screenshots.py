"""Take the screenshots in ``docs/screenshots`` (run under Xvfb at 1280×800).

xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshots.py [--english]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _save(widget: QWidget, name: str) -> None:
    _settle()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def _show_body_editor(window: Any) -> None:
    """Show a section whose text has bold, a link and a list; the cursor in the bold word, the wiki text beside."""
    session = window.session
    other = session.model.document_ids()[1]
    section = session.reader.document(other).sections[0]
    body = section.body + "\n\n- Mobilitätsstationen mit *Echtzeitauskunft*\n- Sensoren für das Stadtklima"
    session.apply(lambda: session.ops.update_node("section", section.id, body=body))
    window.select_key(("section", section.id))
    editor = window.current_form.body
    editor.preview_action.setChecked(True)
    cursor = editor.edit.document().find("erfundenes")
    cursor.setPosition(cursor.selectionStart() + 4)
    editor.edit.setTextCursor(cursor)
    editor.edit.setFocus()


def _show_spelling(window: Any, app: Any, name: str) -> None:
    """Show a section with two misspelt words, and the context menu of one of them (the screen is grabbed)."""
    from PySide6.QtCore import QPoint

    from editor.views.spelling import service, spelling_menu

    service().start_loading(wait=True)
    session = window.session
    doc = session.reader.document(session.model.document_ids()[0])
    section = doc.sections[1]
    body = (
        "Die Stadtverwaltung wil die Quartiere in Sterkrade und Osterfeld mit digitalen Angeboten stärken. "
        "**Bürgerinen** und Bürger werden über die Plattform des iSTEK beteiligt.\n\n" + section.body
    )
    session.apply(lambda: session.ops.update_node("section", section.id, title=section.title, body=body))
    window.select_key(("section", section.id))
    edit = window.current_form.body.edit
    cursor = edit.document().find("Bürgerinen")
    cursor.setPosition(cursor.selectionStart() + 3)
    edit.setTextCursor(cursor)
    edit.setFocus()
    _settle()
    menu = edit.createStandardContextMenu()
    spelling_menu(edit, cursor, menu)
    menu.popup(edit.viewport().mapToGlobal(edit.cursorRect(cursor).bottomRight() + QPoint(4, 4)))
    _settle()
    frame = window.frameGeometry()
    app.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(
        str(OUT / f"{name}.png")
    )
    print(OUT / f"{name}.png")
    menu.close()


def main() -> int:
    """Write one PNG per node type and dialog."""
    english = "--english" in sys.argv
    QCoreApplication.setOrganizationName("strategie-editor-screenshots")
    temp = Path(tempfile.mkdtemp(prefix="screens-"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(temp))
    from editor.app import create_application, install_translators

    app = create_application([sys.argv[0]])
    install_translators(app, "en" if english else "de")
    from editor.services import sample_workspace
    from editor.views.dialogs import VersionsDialog
    from editor.views.export_dialogs import DocxExportDialog, WikiPreviewDialog
    from editor.views.main_window import MainWindow

    path = temp / "Beispiel.strategie"
    sample_workspace(path).close()
    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.move(0, 0)  # without a window manager Qt places it at (32, 20): the screen grab would cut it
    window.open_path(path)
    session = window.session
    assert session is not None
    doc_id = session.model.document_ids()[0]
    doc = session.reader.document(doc_id)
    suffix = "-en" if english else ""
    shots = [
        ("stammdaten", ("stammdaten", doc_id)),
        ("themenfelder", ("themenfelder", doc_id)),
        ("abschnitt", ("section", doc.sections[0].id)),
        ("ziel", ("goal", doc.goals[0].id)),
        ("beschluss", ("paper", doc.papers[0].id)),
        ("synergien", ("synergies", doc_id)),
        ("links", ("links", doc_id)),
        ("abschnitte", ("sections", doc_id)),
    ]
    for name, key in shots:
        window.select_key(key)
        if name == "abschnitt" and window.current_form is not None:
            _show_body_editor(window)
        _save(window, f"hauptfenster-{name}{suffix}")
    window.search_action.trigger()
    window.search_edit.setText("Digitalisierung")
    window.run_search()
    window.run_check()
    window.check_dock.show()
    _save(window, f"hauptfenster-suche-pruefen{suffix}")
    window.search_dock.hide()
    window.check_dock.hide()
    _show_spelling(window, app, f"rechtschreibung{suffix}")
    from editor.views.reading_view import show_reading_view

    window.select_key(("stammdaten", doc_id))
    reading = show_reading_view(window, doc_id)
    reading.resize(1000, 780)
    _save(reading, f"leseansicht{suffix}")
    reading.close()
    wiki = WikiPreviewDialog(session, doc_id, window)
    wiki.resize(1000, 700)
    wiki.show()
    _save(wiki, f"wiki-vorschau{suffix}")
    wiki.close()
    export = DocxExportDialog(session, doc_id, None, window)
    export.show()
    _save(export, f"word-export{suffix}")
    export.close()
    versions = VersionsDialog(session, doc_id, window)
    versions.save_version("Erste Fassung")
    session.apply(lambda: session.ops.update_node("section", doc.sections[0].id, title="Kurzbeschreibung (neu)"))
    versions._on_compare_button_clicked()  # pyright: ignore[reportPrivateUsage]
    versions.show()
    _save(versions, f"fassungen{suffix}")
    versions.close()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
