"""The UI's translation call, below the views so that item models can label their rows.

The UI's source strings are German; ``tools/translations.py`` extracts every ``tr("…")``
of the views and item models into ``resources/translations``. The views install the
translators (``editor.views.i18n``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Strategie"
"""The one translation context of the whole UI."""


def tr(text: str) -> str:
    """Return ``text`` (German) in the current UI language."""
    return QCoreApplication.translate(CONTEXT, text)
