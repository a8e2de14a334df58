"""The UI's translation calls, below the views so that item models can label their rows.

The UI's source strings are German; ``tools/translations.py`` extracts every ``tr("…")``
of the views and item models into ``resources/translations``. The views install the
translators (``editor.views.i18n``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.domain.fields import KINDS, field
from editor.domain.messages import Message

CONTEXT = "Strategie"
"""The one translation context of the whole UI."""


def tr(text: str) -> str:
    """Return ``text`` (German) in the current UI language."""
    return QCoreApplication.translate(CONTEXT, text)


def translate_message(text: Message) -> str:
    """Return a storage/services/exports message in the current UI language (nested parts too)."""
    params = {
        key: translate_message(value) if isinstance(value, Message) else str(value)
        for key, value in text.params.items()
    }
    return tr(text.template).format(**params)


def field_label(kind: str, name: str) -> str:
    """Return the name of a field in the UI language, from the domain's table of fields ("" if unknown)."""
    known = field(kind, name)
    return translate_message(known.label) if known is not None else ""


def field_caption(kind: str, name: str) -> str:
    """Return a field's caption in a form, with its access key ("A&rt:"), in the UI language."""
    known = field(kind, name)
    if known is None:
        return ""
    return translate_message(known.caption) if known.caption is not None else translate_message(known.label)


def kind_name(kind: str) -> str:
    """Return what items of ``kind`` are called, in the UI language ("" if unknown)."""
    known = KINDS.get(kind)
    return translate_message(known) if known is not None else ""
