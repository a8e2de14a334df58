"""Dates as officials type them, stored in ISO form.

A date field (a goal's Frist, a paper's Datum, a meeting's Sitzung) takes what people
write in German offices — ``17.03.2025``, ``17.3.25``, ``17. März 2025``, ``03.2025``,
``März 2025``, ``2025`` — and ISO (``2025-03-17``, ``2025-03``). A date is stored in ISO
form with as much precision as was typed (``JJJJ-MM-TT``, ``JJJJ-MM`` or ``JJJJ``) and
shown in German (``17.03.2025``, ``03.2025``, ``2025``). Anything else (``Ende 2026``,
``31.02.2025``) is no date: it is stored exactly as typed and ``check`` reports it.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS: dict[str, int] = {
    "januar": 1,
    "jänner": 1,
    "jan": 1,
    "februar": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "mrz": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
}
"""German month names and their usual abbreviations (case does not matter)."""

_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))

_ISO = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?")
_GERMAN_DAY = re.compile(r"(?P<d>\d{1,2})\.\s*(?P<m>\d{1,2})\.\s*(?P<y>\d{4}|\d{2})")
_GERMAN_MONTH = re.compile(r"(?P<m>\d{1,2})\s*[./]\s*(?P<y>\d{4})")
_NAMED = re.compile(rf"(?:(?P<d>\d{{1,2}})\.\s*)?(?P<name>{_MONTH_NAMES})\.?\s+(?P<y>\d{{4}})", re.IGNORECASE)
_YEAR = re.compile(r"\d{4}")

TWO_DIGIT_PIVOT = 69
"""``17.3.25`` means 2025, ``17.3.98`` 1998: two-digit years below 69 are 20xx (as POSIX ``%y``)."""

DATE_EXAMPLES = "17.03.2025, 03.2025 oder 2025"
"""The forms a date field understands, as named in messages and placeholders."""


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
    return year


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str) -> str | None:
    """Return the ISO form (``JJJJ-MM-TT``, ``JJJJ-MM`` or ``JJJJ``) of a typed date, or None."""
    value = " ".join(text.split())
    if match := _ISO.fullmatch(value):
        month, day = match["m"], match["d"]
        return _iso(int(match["y"]), int(month) if month else None, int(day) if day else None)
    if match := _GERMAN_DAY.fullmatch(value):
        return _iso(_full_year(match["y"]), int(match["m"]), int(match["d"]))
    if match := _GERMAN_MONTH.fullmatch(value):
        return _iso(int(match["y"]), int(match["m"]))
    if match := _NAMED.fullmatch(value):
        day = match["d"]
        return _iso(int(match["y"]), _MONTHS[match["name"].casefold()], int(day) if day else None)
    return None


def store_date(text: str) -> str:
    """Return what a date field stores for ``text``: its ISO form, or the text exactly as typed."""
    iso = parse_date(text)
    return iso if iso is not None else text


def show_date(value: str) -> str:
    """Return a stored date in German (``17.03.2025``, ``03.2025``, ``2025``); other text unchanged."""
    match = _ISO.fullmatch(value)
    if match is None or parse_date(value) != value:
        return value
    if match["d"]:
        return f"{match['d']}.{match['m']}.{match['y']}"
    if match["m"]:
        return f"{match['m']}.{match['y']}"
    return match["y"]


def is_date(text: str) -> bool:
    """Return whether ``text`` is empty or a date a date field understands."""
    return not text.strip() or parse_date(text) is not None


def is_year(text: str) -> bool:
    """Return whether ``text`` (blanks aside) is a four-digit year."""
    return _YEAR.fullmatch(text.strip()) is not None


def date_year(text: str) -> int | None:
    """Return the year of a date, or None if ``text`` is no date."""
    iso = parse_date(text)
    return int(iso[:4]) if iso is not None else None
