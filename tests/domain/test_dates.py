"""Dates as officials type them: German forms understood, stored ISO, anything else kept as typed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.domain.dates import is_date, is_year, parse_date, show_date, store_date


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("17.03.2025", "2025-03-17"),
        ("17.3.2025", "2025-03-17"),
        ("17.3.25", "2025-03-17"),
        ("1.1.99", "1999-01-01"),
        ("31.12.68", "2068-12-31"),
        ("1.1.69", "1969-01-01"),
        (" 17. 03. 2025 ", "2025-03-17"),
        ("2025-03-17", "2025-03-17"),
        ("2025-3-7", "2025-03-07"),
        ("2025-03", "2025-03"),
        ("03.2025", "2025-03"),
        ("3/2025", "2025-03"),
        ("2025", "2025"),
        ("17. März 2025", "2025-03-17"),
        ("17. märz 2025", "2025-03-17"),
        ("März 2025", "2025-03"),
        ("Okt. 2026", "2026-10"),
        ("29.02.2024", "2024-02-29"),
    ],
)
def test_german_and_iso_dates_are_understood(typed: str, iso: str) -> None:
    assert parse_date(typed) == iso
    assert store_date(typed) == iso


@pytest.mark.parametrize(
    "typed",
    [
        "31.02.2025",  # no such day
        "29.02.2025",
        "17.13.2025",
        "17.03.",  # no year
        "17.03.20255",
        "Ende 2026",
        "Q3 2026",
        "laufend",
        "2025-03-17T10:00",
        "0000",
        "03/17/2025",  # American order: no month 17
    ],
)
def test_what_is_no_date_is_kept_exactly_as_typed(typed: str) -> None:
    assert parse_date(typed) is None
    assert store_date(typed) == typed
    assert not is_date(typed)
    assert show_date(typed) == typed


@pytest.mark.parametrize(
    ("stored", "shown"),
    [("2025-03-17", "17.03.2025"), ("2025-03", "03.2025"), ("2025", "2025"), ("", ""), ("2025-3-7", "2025-3-7")],
)
def test_stored_dates_are_shown_german_and_other_text_as_it_is(stored: str, shown: str) -> None:
    assert show_date(stored) == shown


def test_empty_is_a_date_field_left_empty() -> None:
    assert is_date("") and is_date("  ")
    assert store_date("") == ""


def test_years() -> None:
    assert is_year("2023") and is_year(" 2023 ")
    assert not is_year("2023/24") and not is_year("23") and not is_year("")


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_every_day_survives_show_and_retyping(day: dt.date) -> None:
    iso = day.isoformat()
    assert parse_date(iso) == iso
    assert parse_date(show_date(iso)) == iso
    assert parse_date(f"{day.day}.{day.month}.{day.year}") == iso
    assert parse_date(show_date(iso[:7])) == iso[:7]


@given(st.text())
def test_any_text_is_stored_as_its_date_or_exactly_as_typed(text: str) -> None:
    stored = store_date(text)
    assert stored == text or parse_date(stored) == stored
    assert parse_date(show_date(stored)) == parse_date(stored)
