"""Windows and dialogs sized to the screen they open on, and remembered per screen.

A fixed size (the main window once was 1280×800) runs off a laptop screen at 150 %
scaling (1366×768 shows 911×512 points): the Indikatoren table and a dialog's buttons
were out of reach. A window now opens at its preferred size or, on a smaller screen, at
what the screen has room for, and comes back at the size and place it had the last
time on that screen (``QSettings``, one entry per window and screen size and scaling).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

MARGIN = 0.95
"""The share of the screen's free area a window may take when it opens for the first time."""


def _screen(widget: QWidget) -> QScreen | None:
    parent = widget.parentWidget()
    return widget.screen() or (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()


def screen_key(widget: QWidget) -> str:
    """Return the name under which a geometry on ``widget``'s screen is remembered: size and scaling."""
    screen = _screen(widget)
    if screen is None:
        return "none"
    area = screen.availableGeometry()
    return f"{area.width()}x{area.height()}@{screen.devicePixelRatio():g}"


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Resize ``widget`` to ``preferred``, or smaller where its screen is smaller, and keep it on the screen."""
    screen = _screen(widget)
    if screen is None:
        widget.resize(preferred)
        return
    area = screen.availableGeometry()
    width = min(preferred.width(), int(area.width() * MARGIN))
    height = min(preferred.height(), int(area.height() * MARGIN))
    widget.resize(max(width, 1), max(height, 1))
    frame = widget.frameGeometry()
    parent = widget.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else area.center()
    frame.moveCenter(centre)
    left = min(max(frame.left(), area.left()), max(area.left(), area.right() - frame.width()))
    top = min(max(frame.top(), area.top()), max(area.top(), area.bottom() - frame.height()))
    widget.move(left, top)


def fits_on_screen(widget: QWidget) -> bool:
    """Return whether ``widget``'s frame lies within its screen's free area."""
    screen = _screen(widget)
    return screen is None or screen.availableGeometry().contains(widget.frameGeometry())


def restore_geometry(widget: QWidget, name: str, preferred: QSize) -> None:
    """Give ``widget`` the geometry remembered for this screen, else fit ``preferred`` to the screen."""
    saved = QSettings().value(f"geometry/{name}/{screen_key(widget)}")
    if isinstance(saved, QByteArray) and widget.restoreGeometry(saved) and fits_on_screen(widget):
        return
    fit_to_screen(widget, preferred)


def remember_geometry(widget: QWidget, name: str) -> None:
    """Remember ``widget``'s geometry for the screen it is on."""
    QSettings().setValue(f"geometry/{name}/{screen_key(widget)}", widget.saveGeometry())


class _GeometryKeeper(QObject):
    """Restores a window's geometry when it is first shown and remembers it when it is hidden."""

    def __init__(self, widget: QWidget, name: str, preferred: QSize) -> None:
        super().__init__(widget)
        self.name = name
        self.preferred = preferred
        self.shown = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first show restore, on every hide remember."""
        if isinstance(watched, QWidget):
            if event.type() == QEvent.Type.Show and not self.shown:
                self.shown = True
                restore_geometry(watched, self.name, self.preferred)
            elif event.type() == QEvent.Type.Hide and self.shown:
                remember_geometry(watched, self.name)
        return False


def keep_geometry(widget: QWidget, name: str, preferred: QSize) -> None:
    """Size a dialog to its screen now and when shown, and remember its size per screen."""
    fit_to_screen(widget, preferred)
    _GeometryKeeper(widget, name, preferred)
