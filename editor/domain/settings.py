"""Settings of one file, shared by all its documents: who issues its Beschlussvorlagen.

A *Beschlussvorlage* goes to the council from the administration, under a letterhead:
the city, the head of the administration ("Der Oberbürgermeister") and the Dezernat or
Bereich that drafted it. A file usually belongs to one department, so this is set once
per file, and every Vorlage exported from it shows it in its page header.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from editor.domain.fields import label as field_label

AUTHORITY_CITY = "authority.city"
AUTHORITY_HEAD = "authority.head"
AUTHORITY_UNIT = "authority.unit"

DEFAULT_CITY = "Stadt Oberhausen"
DEFAULT_HEAD = "Der Oberbürgermeister"


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting of a file: its key and its value in a new file (its label is in the table of fields)."""

    key: str
    default: str = ""

    @property
    def label(self) -> str:
        """Return the German label of the setting."""
        return str(field_label("setting", self.key))


SETTINGS: tuple[Setting, ...] = (
    Setting(AUTHORITY_CITY, DEFAULT_CITY),
    Setting(AUTHORITY_HEAD, DEFAULT_HEAD),
    Setting(AUTHORITY_UNIT),
)
"""Every setting a file can hold, in the order forms and the command line show them."""

SETTING_KEYS: frozenset[str] = frozenset(setting.key for setting in SETTINGS)


def setting_by_key(key: str) -> Setting | None:
    """Return the setting named ``key``, if there is one."""
    return next((setting for setting in SETTINGS if setting.key == key), None)


def with_defaults(stored: Mapping[str, str]) -> dict[str, str]:
    """Return every setting's value: the stored one, else its default (an empty stored value stays empty)."""
    return {setting.key: stored.get(setting.key, setting.default) for setting in SETTINGS}


@dataclass(frozen=True, slots=True)
class IssuingAuthority:
    """Who issues a Beschlussvorlage: city, head of the administration, Dezernat or Bereich."""

    city: str = DEFAULT_CITY
    head: str = DEFAULT_HEAD
    unit: str = ""

    @classmethod
    def from_settings(cls, values: Mapping[str, str]) -> IssuingAuthority:
        """Return the authority from a file's settings (see :func:`with_defaults`)."""
        full = with_defaults(values)
        return cls(full[AUTHORITY_CITY], full[AUTHORITY_HEAD], full[AUTHORITY_UNIT])

    def lines(self) -> list[str]:
        """Return the letterhead lines that are not empty, top to bottom."""
        return [line.strip() for line in (self.city, self.head, self.unit) if line.strip()]
