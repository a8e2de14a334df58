"""Start the editor window: QApplication, translators, the file to open, the event loop."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenuBar, QWidget

from editor import __version__
from editor.resources import resource_path, resource_root
from editor.views.places import sample_path

ORGANIZATION = "Stadt Oberhausen"
APPLICATION = "Strategie-Editor"
DESKTOP_ID = "de.oberhausen.StrategieEditor"
"""Reverse-DNS id: the name of the .desktop file, the AppStream id and the icon name (packaging/linux/)."""
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the running QApplication, creating it with our names if needed."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setApplicationVersion(__version__)
    # Wayland and the task bars match the window to the installed .desktop file by this name.
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """Return the program's icon in every bundled size."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", "app", f"strategie-editor-{size}.png")), QSize(size, size))
    return icon


def install_translators(app: QApplication, language: str) -> None:
    """Install Qt's own translation (dialog buttons) and ours for ``language``."""
    from editor.views.i18n import install_language

    install_language(language)


def file_to_open(path: Path | None) -> Path | None:
    """Return ``path``, else the last file, else a copy of the bundled sample (made if missing)."""
    if path is not None:
        return path
    last = QSettings().value("last_file")
    if last and Path(str(last)).exists():
        return Path(str(last))
    target = sample_path()
    if not target.exists():
        from editor.services import sample_workspace

        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            sample_workspace(target).close()
        except Exception:  # a first start must still show a window
            return None
    return target


class FirstPaint(QObject):
    """Calls back once, on the first paint of anything in ``window`` (watched from outside the window)."""

    def __init__(self, window: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], object] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Call back on the first paint event of a widget of the window."""
        if (
            self._callback is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            callback, self._callback = self._callback, None
            callback()
        return False


def _report_for_smoke_test(app: QApplication, window: QWidget, screenshot: Path) -> None:
    """``STRATEGIE_SMOKE=<png>`` (packaging/smoke_test.py): after the first paint save a screenshot,
    print what the window shows as one JSON line, and quit."""
    window.grab().save(str(screenshot))
    bar = window.findChild(QMenuBar)
    report = {
        "title": window.windowTitle(),
        "menus": [action.text() for action in bar.actions()] if bar is not None else [],
        "icon": not app.windowIcon().isNull(),
        "desktop_file": app.desktopFileName(),
        "version": app.applicationVersion(),
        "resources": str(resource_root()),
    }
    line = json.dumps(report, ensure_ascii=False)
    screenshot.with_suffix(".json").write_text(line, encoding="utf-8")  # the windowed Windows program cannot print
    print("SMOKE " + line, flush=True)
    QTimer.singleShot(0, app.quit)


def run(path: Path | None, language: str | None = None) -> int:
    """Run the editor on ``path`` (None: last file or the sample) and return the exit code."""
    app = create_application()
    chosen = language or str(QSettings().value("language", "de"))
    if chosen not in ("de", "en"):
        chosen = "de"
    install_translators(app, chosen)
    from editor.views.main_window import MainWindow

    window = MainWindow()
    target = file_to_open(path)
    smoke = os.environ.get("STRATEGIE_SMOKE")
    watcher: FirstPaint | None = None
    if smoke:
        # After the paint, not inside it: grabbing the window repaints it.
        watcher = FirstPaint(
            window, lambda: QTimer.singleShot(0, lambda: _report_for_smoke_test(app, window, Path(smoke)))
        )
        app.installEventFilter(watcher)
    window.show()
    if target is not None:
        window.open_path(target)
    code = app.exec()
    # quit() ends the loop without closing windows: give the file (and its lock) back here.
    window.save_settings()
    window.close_session()
    return code
