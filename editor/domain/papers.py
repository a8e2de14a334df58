"""Council paper numbers such as ``B/17/3503-01``.

The number is stored as the user typed it; it is parsed only to validate and warn.
``B`` = Beschlussvorlage der Verwaltung, ``A`` = Antrag, then the electoral period,
the running number and an optional two-digit follow-up number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PAPER_KINDS: dict[str, str] = {
    "B": "Beschlussvorlage der Verwaltung",
    "A": "Antrag",
    "M": "Mitteilungsvorlage",
    "Q": "Anfrage",
}
"""Known leading letters of paper numbers and what they mean."""

_NUMBER = re.compile(r"(?P<kind>[A-Z])/(?P<period>\d{1,2})/(?P<running>\d{1,6})(?:-(?P<followup>\d{2}))?")


@dataclass(frozen=True, slots=True)
class PaperNumber:
    """The parts of a council paper number."""

    kind: str
    period: int
    running: int
    followup: int | None


def parse_paper_number(text: str) -> PaperNumber | None:
    """Return the parts of ``text`` as a paper number, or ``None`` if it is malformed."""
    match = _NUMBER.fullmatch(text.strip())
    if match is None:
        return None
    followup = match["followup"]
    return PaperNumber(
        kind=match["kind"],
        period=int(match["period"]),
        running=int(match["running"]),
        followup=int(followup) if followup is not None else None,
    )
