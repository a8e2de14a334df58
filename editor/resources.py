"""The one way to the bundled files: icons, Word template, translations, wiki profiles, JSON data.

The top-level ``resources/`` folder is installed as the package ``strategie_resources``
(``pyproject.toml`` maps it; a name no other distribution uses in site-packages), and
everything in it is found through :mod:`importlib.resources` – in a checkout with an
editable install, in an installed wheel and in the frozen PyInstaller build alike.
No module computes paths from where its own source lies. Qt-free: exports use it too.
"""

from __future__ import annotations

import atexit
import contextlib
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from editor.domain.messages import UserError

PACKAGE = "strategie_resources"
"""The import name under which ``resources/`` is installed."""


class ResourceError(UserError):
    """A bundled file is missing: the installation is incomplete (German message)."""


_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


@cache
def resource_root() -> Path:
    """Return the folder of the bundled files on disk (extracted first if it lies in an archive)."""
    try:
        root = resources.files(PACKAGE)
    except ModuleNotFoundError:
        raise ResourceError(
            "Die Programmdateien (Paket {package}) fehlen; bitte Strategie-Editor neu installieren "
            "(im Quellordner: make oder pip install -e .).",
            package=PACKAGE,
        ) from None
    if isinstance(root, Path):
        return root
    return _extracted.enter_context(resources.as_file(root))  # e.g. a zip import; never so in our builds


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled file or folder, e.g. ``resource_path("templates", "x.docx")``."""
    return resource_root().joinpath(*parts)


def read_bytes(*parts: str) -> bytes:
    """Return the content of a bundled file; a missing one is a :class:`ResourceError`."""
    path = resource_path(*parts)
    try:
        return path.read_bytes()
    except OSError as error:
        raise ResourceError(
            "Die Programmdatei „{name}“ fehlt oder ist nicht lesbar ({reason}); bitte Strategie-Editor neu installieren.",
            name="/".join(parts),
            reason=error.strerror or error.__class__.__name__,
        ) from None


def read_json(name: str) -> dict[str, Any]:
    """Return the parsed bundled JSON file ``name`` (e.g. ``themenfelder.json``)."""
    data: dict[str, Any] = json.loads(read_bytes(*name.split("/")).decode("utf-8"))
    return data
