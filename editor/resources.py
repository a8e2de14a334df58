"""Paths to the files under ``resources/`` and readers for the JSON ones."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a file below ``resources/``."""
    return RESOURCES.joinpath(*parts)


def read_json(name: str) -> dict[str, Any]:
    """Return the parsed JSON file ``resources/<name>``."""
    with resource_path(name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data
