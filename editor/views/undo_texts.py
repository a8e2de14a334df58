"""Undo steps in words: a services ``Description`` as a translated, human label.

The services describe each action in parts (verb, kind of item, its name, the changed
fields' keys) and keep no UI language; this module says it in the UI's language. Kinds
and fields are named from the domain's table of fields, as the forms name them.
"""

from __future__ import annotations

from editor.services import Description
from editor.views.i18n import translate_message


def describe(description: Description) -> str:
    """Return what a user did, in the UI language ("Abschnitt „Ziele“: Text geändert")."""
    return translate_message(description.sentence())


def menu_text(text: str) -> str:
    """Return ``text`` for a menu entry: an ``&`` in a name stays an ``&``, not a mnemonic."""
    return text.replace("&", "&&")
