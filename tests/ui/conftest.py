"""Fixtures for the editor window: a sample file, isolated settings, dialogs that never block."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from editor.services import sample_workspace


@pytest.fixture(autouse=True)
def isolated_settings(
    tmp_path_factory: pytest.TempPathFactory, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Keep QSettings, AppData and the daily backups of the tests away from the user's."""
    monkeypatch.setenv("STRATEGIE_BACKUP_DIR", str(tmp_path_factory.mktemp("backups")))
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("strategie-editor-tests")
    QCoreApplication.setApplicationName("Strategie-Editor-Tests")
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    from editor.views.spelling import reset_service

    reset_service()  # each test starts with its own settings and word list
    yield
    QSettings().clear()
    from editor.views.i18n import install_language

    install_language("de")


class Dialogs:
    """Records the message boxes a test caused; answers questions with ``answer``."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def record(self, kind: str) -> Any:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Replace every QMessageBox call by a recorder, so that nothing blocks."""
    recorder = Dialogs()
    for kind in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder.record(kind)))
    return recorder


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    """Return a fresh workspace file holding the bundled sample."""
    path = tmp_path / "Beispiel.strategie"
    sample_workspace(path).close()
    return path


def open_window(qtbot: Any, path: Path) -> Any:
    """Return a shown main window with the file at ``path`` open."""
    from editor.views.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(path)
    return win


@pytest.fixture
def window(qtbot: Any, sample_path: Path) -> Any:
    """Return a shown main window with the sample file open."""
    return open_window(qtbot, sample_path)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key (umlauts too, which keyClicks cannot)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def translation_tool() -> Any:
    """Return ``tools/translations.py`` as a module (it is a script, not a package)."""
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "tools" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
