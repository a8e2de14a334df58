"""Where the window keeps its own things: its settings and the copy of the sample for a first start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def settings() -> QSettings:
    """Return the application's settings store (window state, recent files, language)."""
    return QSettings()


def sample_path() -> Path:
    """Return where the bundled sample is copied for a first start."""
    base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    return base / "Beispiel.strategie"
