"""The words of spell checking, without Qt: what a word is, the dictionary with its caches, the lists.

:class:`Speller` wraps one pyenchant dictionary (Hunspell) with the user's word list, the
file's own terms and a cache of every answer; :mod:`editor.views.spelling` puts it into the
text fields and the window.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from editor.resources import resource_path
from editor.services.files import data_place

LANGUAGES = {"de_DE": "Deutsch", "en_US": "English"}
"""The dictionaries offered, each named in its own language."""

DEFAULT_LANGUAGE = "de_DE"

# Words: letters, joined by hyphens or apostrophes ("E-Mail", "Rhein-Ruhr", "geht's").
_TOKEN = re.compile(r"[\w’'-]+")
_ADDRESS = re.compile(r"(?:https?://|ftp://|www\.|mailto:)\S+|[\w.+-]+@[\w-]+\.[\w.-]+", re.IGNORECASE)
_JOINERS = "-'’"
_ENCHANT = threading.Lock()
"""Enchant's broker is not thread-safe: dictionaries are made, used and freed under this lock."""


def words(text: str) -> Iterable[tuple[int, int, str]]:
    """Return (start, end, word) of every word in ``text`` that spell checking looks at."""
    addresses = (
        [match.span() for match in _ADDRESS.finditer(text)] if ("@" in text or "/" in text or "www" in text) else []
    )
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        token = match.group(0)
        stripped = token.strip(_JOINERS)
        if not stripped:
            continue
        start += len(token) - len(token.lstrip(_JOINERS))
        end = start + len(stripped)
        if any(a <= start < b for a, b in addresses):
            continue
        if any(char.isdigit() or char == "_" for char in stripped) or len(stripped) < 2:
            continue  # numbers, paper numbers, identifiers
        if stripped[1:] != stripped[1:].lower():
            continue  # ÖPNV, iSTEK, MediawikiOB: abbreviations and names
        yield start, end, stripped


def term_words(texts: Iterable[str]) -> set[str]:
    """Return the words of ``texts`` (names and titles) that are never flagged."""
    found: set[str] = set()
    for text in texts:
        for _start, _end, word in words(text):
            found.add(word)
            found.update(part for part in word.split("-") if part)
    return found


def personal_word_list(language: str) -> Path:
    """Return the file of the user's own words for ``language``."""
    return data_place() / "Wörterbuch" / f"{language}.txt"


def city_words() -> set[str]:
    """Return the bundled words of the city (districts, bodies, names of programmes)."""
    try:
        text = resource_path("spelling", "stadt.txt").read_text(encoding="utf-8")
    except OSError:
        return set()
    return term_words(line for line in text.splitlines() if not line.startswith("#"))


class Speller:
    """One dictionary with the user's word list, the file's terms and a cache of every answer."""

    def __init__(self, language: str, personal: Path) -> None:
        import enchant  # pyenchant; raises ImportError without the enchant library

        personal.parent.mkdir(parents=True, exist_ok=True)
        personal.touch(exist_ok=True)
        self.language = language
        with _ENCHANT:
            self.dictionary: Any = enchant.DictWithPWL(language, str(personal))
        self.ignored: set[str] = set()
        self.terms: set[str] = set()
        self._folded_terms: set[str] = set()
        self._known: dict[str, bool] = {}

    def close(self) -> None:
        """Free the dictionary (under the lock: another may be loading in a worker thread)."""
        with _ENCHANT:
            self.dictionary = None

    def set_terms(self, terms: set[str]) -> bool:
        """Use ``terms`` as the file's own words; return whether they changed."""
        if terms == self.terms:
            return False
        self.terms = terms
        self._folded_terms = {term.casefold() for term in terms}
        self._known.clear()
        return True

    def is_correct(self, word: str) -> bool:
        """Return whether ``word`` is spelt right (or one of the file's terms, or ignored)."""
        known = self._known.get(word)
        if known is None:
            known = self._look_up(word)
            self._known[word] = known
        return known

    def _look_up(self, word: str) -> bool:
        if word in self.ignored or word in self.terms or word.casefold() in self._folded_terms:
            return True
        with _ENCHANT:
            if self.dictionary.check(word):
                return True
            parts = [part for part in re.split(r"[-’']", word) if part]
            # "Rhein-Ruhr-Raum": right when each part is (or a part is the file's own term).
            return len(parts) > 1 and all(
                len(part) < 2
                or part in self.terms
                or part.casefold() in self._folded_terms
                or self.dictionary.check(part)
                for part in parts
            )

    def misspelt(self, text: str, skip_end: int = -1) -> list[tuple[int, int]]:
        """Return the spans of misspelt words in ``text``; a word ending at ``skip_end`` is left alone."""
        return [(start, end) for start, end, word in words(text) if end != skip_end and not self.is_correct(word)]

    def suggest(self, word: str) -> list[str]:
        """Return up to seven corrections for ``word``."""
        with _ENCHANT:
            return list(self.dictionary.suggest(word))[:7]

    def add(self, word: str) -> None:
        """Add ``word`` to the user's word list (written at once)."""
        with _ENCHANT:
            self.dictionary.add(word)
        self._known[word] = True

    def ignore(self, word: str) -> None:
        """Ignore ``word`` until the program ends."""
        self.ignored.add(word)
        self._known[word] = True


def file_terms(reader: Any) -> set[str]:
    """Return the words of the file's own names: catalogue, titles, Zuständigkeiten, Gremien, subjects, sender."""
    texts: list[str] = []
    catalogue = reader.catalogue()
    for themenfeld in catalogue.themenfelder:
        texts.append(themenfeld.title)
        texts += [leitziel.title for leitziel in themenfeld.leitziele]
    for table, column in (
        ("document", "title"),
        ("document", "wiki_title"),
        ("document", "scope"),
        ("document", "responsible"),
        ("document", "art"),
        ("paper", "name"),
        ("paper", "under_direction_of"),
        ("consultation", "organization"),
        ("goal", "owner"),
    ):
        try:
            texts += reader.values_in_file(table, column)
        except ValueError:  # a column that this version of the file does not have
            continue
    texts += reader.authority().lines()
    return term_words(texts)
