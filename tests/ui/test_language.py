"""German by default, English selectable: every visible string of window and dialogs is translated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from editor.views.dialogs import VersionsDialog
from editor.views.export_dialogs import DocxExportDialog, WikiImportDialog, WikiPreviewDialog
from tests.ui.conftest import translation_tool

ROOT = Path(__file__).resolve().parents[2]


def visible_strings(widget: QWidget) -> set[str]:
    """Return the UI texts a user can see or hear in ``widget`` (menus included)."""
    texts: set[str] = set()
    # Qt's own sub-widgets (dock buttons: "qt_dockwidget_closebutton") keep Qt's texts.
    widgets = [w for w in [widget, *widget.findChildren(QWidget)] if not w.objectName().startswith("qt_")]
    for w in widgets:
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.add(w.text())
        elif isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        elif isinstance(w, QDockWidget):
            texts.add(w.windowTitle())
        elif isinstance(w, QMenu):
            texts.add(w.title())
            texts.update(a.text() for a in w.actions())
        elif isinstance(w, QComboBox):
            texts.update(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTableWidget):
            texts.update(w.horizontalHeaderItem(c).text() for c in range(w.columnCount()))
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            texts.update(header.text(c) for c in range(header.columnCount()))
        texts.add(w.accessibleName())
        texts.update(a.text() for a in w.actions())
    return {t for t in texts if t}


def _untranslated(texts: set[str], catalogue: dict[str, str]) -> set[str]:
    return {t for t in texts if t in catalogue and catalogue[t] != t}


def test_every_ui_string_has_a_finished_english_translation() -> None:
    tool = translation_tool()
    catalogue = tool.read_ts(tool.TS_DIR / "strategie_en.ts")
    missing = [s for s, _, _ in tool.extract() if s not in catalogue]
    assert missing == []
    assert (tool.TS_DIR / "strategie_en.qm").stat().st_mtime >= (tool.TS_DIR / "strategie_en.ts").stat().st_mtime - 1


def test_the_ui_starts_in_german(window: Any) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Datei", "&Bearbeiten", "D&okument", "&Ansicht", "&Hilfe"]


def test_switching_to_english_changes_every_visible_string(window: Any) -> None:
    tool = translation_tool()
    catalogue = tool.read_ts(tool.TS_DIR / "strategie_en.ts")
    german = visible_strings(window)
    window.set_language("en")
    assert QSettings().value("language") == "en"
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Document", "&View", "&Help"]
    english = visible_strings(window)
    assert english != german
    assert _untranslated(english, catalogue) == set()
    model = window.session.model
    doc_id = model.document_ids()[0]
    assert model.find(("sections", doc_id)).data() == "Sections"
    doc = window.session.reader.document(doc_id)
    for key in (
        ("themenfelder", doc_id),
        ("section", doc.sections[0].id),
        ("goal", doc.goals[0].id),
        ("paper", doc.papers[0].id),
        ("synergies", doc_id),
        ("links", doc_id),
        ("goals", doc_id),
    ):
        assert window.select_key(key)
        assert _untranslated(visible_strings(window.current_form), catalogue) == set(), key
    for dialog in (
        VersionsDialog(window.session, doc_id, window),
        WikiPreviewDialog(window.session, doc_id, window),
        DocxExportDialog(window.session, doc_id, None, window),
        WikiImportDialog(window.session, window),
    ):
        assert _untranslated(visible_strings(dialog), catalogue) == set(), type(dialog).__name__
    window.set_language("de")
    assert next(a.text() for a in window.menuBar().actions()) == "&Datei"


def test_every_form_control_has_an_accessible_name(window: Any) -> None:
    doc_id = window.session.model.document_ids()[0]
    doc = window.session.reader.document(doc_id)
    for key in (("stammdaten", doc_id), ("section", doc.sections[0].id), ("goal", doc.goals[0].id),
                ("paper", doc.papers[0].id), ("themenfelder", doc_id)):  # fmt: skip
        window.select_key(key)
        for name, field in window.current_form.fields.items():
            assert field.accessibleName(), (key, name)


def test_menus_have_unique_mnemonics(window: Any) -> None:
    for language in ("de", "en"):
        window.set_language(language)
        menus = [window.menuBar(), *[a.menu() for a in window.menuBar().actions() if a.menu()]]
        for menu in menus:
            keys = [
                a.text()[a.text().index("&") + 1].lower()
                for a in menu.actions()
                if "&" in a.text() and not a.isSeparator() and not a.text().startswith("&1")
            ]
            assert len(keys) == len(set(keys)), (language, [a.text() for a in menu.actions()])


def test_form_labels_have_unique_mnemonics(window: Any) -> None:
    from PySide6.QtWidgets import QCheckBox, QLabel

    doc_id = window.session.model.document_ids()[0]
    doc = window.session.reader.document(doc_id)
    for language in ("de", "en"):
        window.set_language(language)
        for key in (
            ("stammdaten", doc_id),
            ("themenfelder", doc_id),
            ("section", doc.sections[0].id),
            ("goal", doc.goals[0].id),
            ("paper", doc.papers[0].id),
        ):
            window.select_key(key)
            texts = [
                w.text() for w in window.current_form.findChildren(QLabel) + window.current_form.findChildren(QCheckBox)
            ]
            texts += [a.text() for a in window.menuBar().actions()]  # Alt+letter must not clash with menus
            keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
            assert len(keys) == len(set(keys)), (language, key, texts)
