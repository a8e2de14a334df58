"""Messages for the user that the window can say in its own language.

The Qt-free layers (storage, services, exports) write their errors in German, the
language of the command line. The window also speaks English, so an error keeps its
sentence as a template with named arguments: ``str(error)`` is the German text, and
the views translate the template (``editor.views.i18n.describe_error``).
``tools/translations.py`` collects every template written as a literal in a
``Message(…)`` or ``raise SomeUserError(…)`` call into the .ts file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Message:
    """A German sentence as a ``str.format`` template and its named arguments.

    An argument may itself be a ``Message`` (a reason inside a sentence), which a view
    translates too; anything else is inserted as it is (file names, numbers, OS texts).
    """

    template: str
    params: Mapping[str, object] = field(default_factory=lambda: dict[str, object]())

    def __str__(self) -> str:
        return self.template.format(**{key: str(value) for key, value in self.params.items()})


def message(template: str, /, **params: object) -> Message:
    """Return a ``Message`` of ``template`` with the named arguments ``params``."""
    return Message(template, params)


class UserError(Exception):
    """An error meant for the user; ``str(error)`` is German, ``message`` can be translated."""

    def __init__(self, template: str | Message, /, **params: object) -> None:
        text = template if isinstance(template, Message) else Message(template, params)
        super().__init__(str(text))
        self.message = text

    @property
    def template(self) -> str:
        """Return the German ``str.format`` template of the message."""
        return self.message.template

    @property
    def params(self) -> Mapping[str, object]:
        """Return the named arguments of the template."""
        return self.message.params
