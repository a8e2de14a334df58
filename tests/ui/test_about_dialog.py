"""Hilfe › Über: version, licence, libraries and where the data lives, in German and English."""

from __future__ import annotations

from importlib import metadata
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from editor import __version__
from editor.storage.backups import backup_folder
from editor.views.about_dialog import AboutDialog
from editor.views.i18n import install_language


@pytest.fixture
def shown(window: Any, monkeypatch: pytest.MonkeyPatch) -> list[AboutDialog]:
    """Open Hilfe › Über through the menu; return the dialog(s) it showed."""
    dialogs: list[AboutDialog] = []

    def record(dialog: AboutDialog) -> int:
        dialogs.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AboutDialog, "exec", record)
    window.about_action.trigger()
    return dialogs


def test_about_names_version_licence_and_libraries(shown: list[AboutDialog]) -> None:
    (dialog,) = shown
    text = dialog.text.toPlainText()
    assert f"Version: {__version__}" in text
    assert "EUPL-1.2" in text
    plain = dialog.plain_text()
    for name, dist in (
        ("python-docx", "python-docx"),
        ("sqlite-utils", "sqlite-utils"),
        ("PySide6", "PySide6-Essentials"),
    ):
        assert f"{name} {metadata.version(dist)} " in plain
        assert name in text
    assert "Qt " in plain and "(LGPL-3.0)" in plain


def test_about_says_where_the_open_file_and_its_backups_are(window: Any, shown: list[AboutDialog]) -> None:
    (dialog,) = shown
    path = window.session.workspace.path
    plain = dialog.plain_text()
    assert f"Geöffnete Datei: {path}" in plain
    assert f"Tägliche Sicherungen: {backup_folder(path)}" in plain
    assert "Einstellungen: " in plain and "Programmdateien: " in plain


def test_copy_puts_the_facts_on_the_clipboard(shown: list[AboutDialog]) -> None:
    (dialog,) = shown
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.plain_text()
    assert dialog.plain_text().startswith(f"Strategie-Editor {__version__}\n")


def test_about_speaks_english(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert install_language("en")
    dialog = AboutDialog(window.session.workspace.path, window)
    text = dialog.text.toPlainText()
    assert "Libraries used" in text and "Where your data lives" in text and "Licence" in text
    assert "Bibliothek" not in text and "Sicherungen" not in text
    assert dialog.windowTitle() == "About Strategie-Editor"
    assert dialog.copy_button.text() == "&Copy details"


def test_application_names_its_desktop_file_icon_and_version(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from editor.app import DESKTOP_ID, create_application

    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    try:
        app = create_application()
        assert app is qapp
        assert app.desktopFileName() == DESKTOP_ID
        assert app.applicationVersion() == __version__
        assert sorted(size.width() for size in app.windowIcon().availableSizes()) == [16, 24, 32, 48, 64, 128, 256]
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
