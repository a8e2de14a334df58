"""Edit benchmark: one edit in the window of the 100-document workspace, main-thread time.

Opens the large workspace of ``bench_storage.py`` (100 documents × 200 sections, 50 goals
each) in the editor window and times single edits as a user makes them: a body save, a
keystroke in a 52 KB body with the preview shown and saving that body, a rename in the
tree, adding, moving and deleting a section, the undo of each, and a jump to a search hit
in a document not shown yet. Each time is measured in-process on the main thread, from
the call until the event loop is idle again (repaints and posted events included, the
500 ms typing debounce not). Two numbers per edit: the main thread's CPU time (the
target: under 16 ms, one frame at 60 Hz) and the wall-clock time, which adds the waits
for the disk (every edit is durable at once: ``fsync``). Two rounds: one document loaded
in the tree, and all 100 loaded and expanded (800 rows shown). Exits 1 on a miss.

    python bench/bench_edits.py [--repeat 9] [--keep FILE]

Runs headless (``QT_QPA_PLATFORM=offscreen`` unless a display is set).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 16.0
BODY_KB = 52
INFO = "  (ohne Ziel) "
"""Lines shown for information: the body editor's own conversions of a 52 KB body (see the README)."""


def _idle(app: Any) -> None:
    """Let the event loop run until nothing is pending (repaints, posted events, deferred deletes)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _settle(app: Any, milliseconds: int) -> None:
    """Let the event loop run for a while (timers of typing fire), outside any measurement."""
    end = time.perf_counter() + milliseconds / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)
    _idle(app)


def timed(app: Any, action: Callable[[], object]) -> tuple[float, float]:
    """Return the main thread's CPU and wall milliseconds from calling ``action`` until the loop is idle again."""
    _idle(app)
    cpu, wall = time.thread_time(), time.perf_counter()
    action()
    _idle(app)
    return (time.thread_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000


class Round:
    """The timings of one round, by operation: main-thread CPU time and wall time."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.cpu: dict[str, list[float]] = {}
        self.wall: dict[str, list[float]] = {}

    def add(self, label: str, value: tuple[float, float]) -> None:
        self.cpu.setdefault(label, []).append(value[0])
        self.wall.setdefault(label, []).append(value[1])


def _body(size_kb: int) -> str:
    paragraph = (
        "Die Stadt **stärkt** die Quartiere, fördert den Radverkehr und schafft Grünflächen "
        "für alle Bürgerinnen und Bürger; Beteiligung ist _selbstverständlich_. "
    )
    parts: list[str] = []
    while sum(len(p) for p in parts) < size_kb * 1000:
        parts.append(paragraph * 4)
    return "\n\n".join(parts)


def _press(widget: Any, text: str) -> None:
    """Send one key press and release that types ``text`` (an umlaut too)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text))


def _type_into(editor: Any, text: str) -> None:
    """Add ``text`` at the end of a body editor as typing does (the save waits for its debounce)."""
    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.End)
    editor.edit.insertPlainText(text)


def run_round(app: Any, window: Any, name: str, repeat: int, unloaded: list[int]) -> Round:
    """Time every operation ``repeat`` times in the last document of the file."""
    from editor.views.forms.forms import SectionForm

    result = Round(name)
    session = window.session
    reader = session.reader
    doc_id = session.model.document_ids()[-1]
    sections = reader.document(doc_id).sections
    big, usual = sections[0], sections[2]
    assert big.id is not None and usual.id is not None

    # Body save: the changed text of a section saved as one operation (what the typing debounce calls).
    window.select_key(("section", usual.id))
    form = window.current_form
    assert isinstance(form, SectionForm)
    for n in range(repeat):
        _type_into(form.body, f" Änderung {n}")
        result.add("Text speichern", timed(app, form.body.flush))
        result.add("  rückgängig: Text", timed(app, window.undo_action.trigger))

    # A keystroke in a 52 KB body with the preview shown, then saving that body.
    window.select_key(("section", big.id))
    form = window.current_form
    assert isinstance(form, SectionForm)
    form.body.preview_action.setChecked(True)
    form.body.edit.setFocus()
    form.body.edit.moveCursor(form.body.edit.textCursor().MoveOperation.End)
    _idle(app)
    for _ in range(repeat):
        result.add("Tastendruck im 52-KB-Text (Vorschau an)", timed(app, lambda: _press(form.body.edit, "ä")))
    _settle(app, 700)  # the preview and the save after the pause in typing: not part of what follows
    for n in range(repeat):
        _type_into(form.body, f" Änderung {n}")
        result.add(INFO + "Text speichern (52 KB)", timed(app, form.body.flush))
        result.add(INFO + "  rückgängig: 52-KB-Text", timed(app, window.undo_action.trigger))
    form.body.preview_action.setChecked(False)

    # Rename in place, as the tree's editor commits it.
    target = sections[5]
    assert target.id is not None
    for n in range(repeat):
        window.select_key(("section", target.id))
        _idle(app)
        index = window.tree.currentIndex()
        result.add(
            "Umbenennen in der Gliederung", timed(app, lambda i=index, n=n: session.model.setData(i, f"Titel {n}"))
        )
        result.add("  rückgängig: Umbenennen", timed(app, window.undo_action.trigger))

    # Add a section after the current one (then the title editor opens, as for a user).
    for _ in range(repeat):
        window.select_key(("section", target.id))
        _idle(app)
        result.add("Abschnitt hinzufügen", timed(app, window.add_sibling_action.trigger))
        window.tree.closePersistentEditor(window.tree.currentIndex())
        window.tree.setFocus()
        result.add("  rückgängig: Hinzufügen", timed(app, window.undo_action.trigger))

    # Move a section down, delete a leaf (a sub-section: no question); take each back.
    leaf = sections[7].children[1]
    assert leaf.id is not None
    for node_id, action, label, undo_label in (
        (target.id, window.move_down_action, "Abschnitt nach unten", "  rückgängig: Verschieben"),
        (leaf.id, window.delete_action, "Unterabschnitt löschen", "  rückgängig: Löschen"),
    ):
        for _ in range(repeat):
            window.select_key(("section", node_id))
            window.tree.setFocus()
            _idle(app)
            result.add(label, timed(app, action.trigger))
            result.add(undo_label, timed(app, window.undo_action.trigger))

    # Jump to a search hit in a document the tree has not loaded yet (when there is one).
    from editor.storage.repository import SearchHit

    hits: list[SearchHit] = []
    for document_id in unloaded[:repeat] or session.model.document_ids()[-repeat:]:
        found = [h for h in reader.search("Unterabschnitt", document_id=document_id) if h.kind == "section"]
        if found:
            hits.append(found[0])
    for hit in hits:
        window.select_key(("stammdaten", doc_id))
        _idle(app)
        result.add(
            "Sprung zu einem Suchtreffer",
            timed(app, lambda h=hit: window.go_to(h.document_id, h.kind, h.node_id, "", h.snippet)),
        )
    return result


def main() -> int:
    """Build (or reuse) the workspace, time the rounds, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--keep", type=Path, help="build the workspace here once and reuse it on later runs")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from bench.bench_storage import build
    from editor.services import Operations, Reader
    from editor.storage import Workspace

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ["STRATEGIE_BACKUP_DIR"] = str(home / "backups")
        path = home / "gross.strategie"
        if args.keep is not None and args.keep.exists():
            path.write_bytes(args.keep.read_bytes())
        else:
            started = time.perf_counter()
            build(path)
            workspace = Workspace.open(path)
            last = Reader(workspace).documents()[-1].id
            first = Reader(workspace).document(last).sections[0]
            assert first.id is not None
            Operations(workspace).update_node("section", first.id, body=_body(BODY_KB))
            workspace.close()
            print(f"(großer Arbeitsbereich aufgebaut in {time.perf_counter() - started:.0f} s)")
            if args.keep is not None:
                args.keep.write_bytes(path.read_bytes())

        from PySide6.QtCore import QCoreApplication, QSettings

        QCoreApplication.setOrganizationName("strategie-editor-bench")
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / "settings"))
        from editor.views.main_window import MainWindow

        window = MainWindow()
        window.resize(1280, 800)
        window.show()
        assert window.open_path(path)
        _idle(app)
        ids = window.session.model.document_ids()
        one = run_round(app, window, "1 geladen", args.repeat, unloaded=ids[-1 - args.repeat : -1])
        model = window.session.model
        for row in range(model.rowCount()):
            window.tree.expand(model.index(row, 0))  # loads every document's parts and trees
        _idle(app)
        window.tree.collapseAll()
        _idle(app)
        assert all(model.is_loaded(model.index(row, 0)) for row in range(model.rowCount()))
        every = run_round(app, window, "alle 100 geladen", args.repeat, unloaded=[])
        for row in range(model.rowCount()):
            window.tree.expand(model.index(row, 0))
        _idle(app)
        shown = run_round(app, window, "alle aufgeklappt", args.repeat, unloaded=[])
        window.close_session()
        window.close()

    print(
        "Bearbeiten im großen Arbeitsbereich (100 Dokumente), im Prozess: Hauptthread vom Aufruf bis zur Ruhe,\n"
        f"Median über {args.repeat} Läufe in ms – Rechenzeit des Hauptthreads / Wanduhr (mit dem fsync jeder Änderung)."
    )
    print(f"{'Messung':<42}{one.name:>18}{every.name:>18}{shown.name:>18}{'Ziel':>8}")
    missed = False
    for label in one.cpu:
        cells: list[str] = []
        for result in (one, every, shown):
            cpu, wall = statistics.median(result.cpu[label]), statistics.median(result.wall[label])
            gated = result is not shown and not label.startswith(INFO)
            missed = missed or (gated and cpu >= TARGET_MS)
            cells.append(f"{cpu:6.1f} / {wall:5.1f}")
        target = "" if label.startswith(INFO) else "< 16"
        print(f"{label:<42}{cells[0]:>18}{cells[1]:>18}{cells[2]:>18}{target:>8}")
    print(
        "Ziel: 1 geladen und alle 100 geladen. Aufgeklappt (800 Zeilen im Baum) ohne Ziel: Qt legt bei jeder\n"
        "eingefügten oder entfernten Zeile alle aufgeklappten Zeilen neu an (QTreeView, etwa 4 ms bei 800)."
    )
    print("Ziele NICHT erreicht." if missed else "Alle Ziele erreicht.")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
