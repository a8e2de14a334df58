"""Say a result aloud to screen readers: an export written, a failed save, the findings of Prüfen.

A label or the status bar changing is silent for a blind official; Qt (6.8 and newer)
sends an announcement to the screen reader (an AT-SPI ``Announcement`` on Linux, a UIA
notification on Windows). Announce what matters once — a finished export, an import,
a failure — never every autosave.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

listeners: list[Callable[[str, bool], None]] = []
"""Called with (message, assertive) for every announcement (tests listen here)."""


def announce(source: QObject, message: str, assertive: bool = False) -> None:
    """Have screen readers read ``message``; ``assertive`` interrupts them (for failures)."""
    for listener in listeners:
        listener(message, assertive)
    if not message or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if assertive else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
