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


class Sentence(str):
    """A German sentence that keeps its ``Message``, so that a view can say it in its own language.

    For reports made of lines (what an import did): each line reads as German text where
    text is expected (the command line, comparisons), and ``message`` is its template and
    arguments for the window's translation, as a ``UserError`` carries its message.
    """

    message: Message

    def __new__(cls, text: Message) -> Sentence:
        """Return the German sentence of ``text`` that keeps ``text``."""
        sentence = super().__new__(cls, str(text))
        sentence.message = text
        return sentence


def said(line: str) -> Message:
    """Return the message of a report line: its template if it keeps one, else the text as it is."""
    return line.message if isinstance(line, Sentence) else Message("{line}", {"line": line})


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
