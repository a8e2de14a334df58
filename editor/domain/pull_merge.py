"""Pulling a wiki page into a document without losing what the page does not show.

A Konzept page shows much of a document, not all: no document status, no goal owners,
deadlines or indicators, no Beschlussvorschlag or Beratungsfolge of a council paper.
Replacing a document with the imported page would drop those. So a pull takes the page
as the authority for what the page shows and keeps the rest from the document.

What the page shows is not a list written here but measured: the document is exported
and imported again (``roundtrip``); a field whose value does not come back is one the
page does not carry. Those fields are kept from the current document - for the
document itself, and for every goal and council paper that the page still has (goals
matched by title, papers by number, and by place where a title was changed in the
wiki). Everything else comes from the page.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from editor.domain.model import CouncilPaper, Document, Goal

NODE_FIELDS: frozenset[str] = frozenset({"sections", "goals", "papers", "synergies", "leitziel_refs", "links", "id"})
"""Document fields made of nodes: taken from the page (goals and papers keep their hidden fields)."""

N = TypeVar("N", Goal, CouncilPaper)


def merge_pulled(current: Document, pulled: Document, roundtrip: Document) -> Document:
    """Return ``pulled`` with the fields the page does not carry taken from ``current``.

    ``roundtrip`` is ``current`` exported and imported again with the same profile.
    """
    result = copy.deepcopy(pulled)
    for f in dataclasses.fields(Document):
        if f.name in NODE_FIELDS:
            continue
        if _plain(getattr(current, f.name)) != _plain(getattr(roundtrip, f.name)):
            setattr(result, f.name, copy.deepcopy(getattr(current, f.name)))
    _carry(current.goals, roundtrip.goals, result.goals, lambda g: _key(g.title))
    _carry(current.papers, roundtrip.papers, result.papers, lambda p: _key(p.reference) or _key(p.name))
    return result


def same_content(a: Document, b: Document) -> bool:
    """Return whether two documents hold the same content (database ids aside)."""
    return _plain(a) == _plain(b)


def _carry(current: Sequence[N], roundtrip: Sequence[N], pulled: Sequence[N], key: Callable[[N], str]) -> None:
    """Copy the fields that do not survive the page from matching ``current`` nodes into ``pulled``."""
    mine, back = _flat(current), _flat(roundtrip)
    if not mine:
        return
    lost: set[str] = set()
    names = [f.name for f in dataclasses.fields(mine[0]) if f.name not in ("id", "children")]
    for a, b in zip(mine, back, strict=False):
        lost.update(name for name in names if _plain(getattr(a, name)) != _plain(getattr(b, name)))
    # Nodes the page dropped altogether (none came back at their place) lose every field.
    if len(back) < len(mine):
        lost.update(names)
    if not lost:
        return
    for source, node in _pairs(mine, _flat(pulled), key):
        for name in lost:
            if name in ("title", "reference"):
                continue  # the page names the node; that is how it was matched
            if _plain(getattr(node, name)) == _plain(_default(type(node), name)):
                setattr(node, name, _fresh(getattr(source, name)))


def _pairs(mine: Sequence[N], pulled: Sequence[N], key: Callable[[N], str]) -> list[tuple[N, N]]:
    """Pair each pulled node with the current node it came from.

    The two lists are aligned like lines in a diff (difflib): nodes with the same name
    pair up, and where names changed in a run of the same length, nodes pair by place -
    so a goal renamed in the wiki keeps its owner and indicators.
    """
    matcher = difflib.SequenceMatcher(None, [key(n) for n in mine], [key(n) for n in pulled], autojunk=False)
    pairs: list[tuple[N, N]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            pairs.extend(zip(mine[i1:i2], pulled[j1:j2], strict=True))
    return pairs


def _flat(nodes: Iterable[N]) -> list[N]:
    result: list[N] = []
    stack: list[N] = list(reversed(list(nodes)))
    while stack:
        node = stack.pop()
        result.append(node)
        children: list[N] = node.children  # pyright: ignore[reportAssignmentType]
        stack.extend(reversed(children))
    return result


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _default(cls: type[Any], name: str) -> Any:
    """Return a dataclass field's default: what the importer leaves when the page says nothing."""
    for f in dataclasses.fields(cls):
        if f.name == name:
            if f.default is not dataclasses.MISSING:
                return f.default
            if f.default_factory is not dataclasses.MISSING:
                return f.default_factory()
    return None


def _fresh(value: Any) -> Any:
    """Return a copy of a field's value without database ids (rows get new ones)."""
    value = copy.deepcopy(value)
    if isinstance(value, list):
        for item in value:  # pyright: ignore[reportUnknownVariableType]
            if dataclasses.is_dataclass(item) and hasattr(item, "id"):  # pyright: ignore[reportUnknownArgumentType]
                item.id = None  # pyright: ignore[reportAttributeAccessIssue]
    return value  # pyright: ignore[reportUnknownVariableType]


def _plain(value: Any) -> Any:
    """Return a value for comparison: dataclasses as dicts without ids."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name != "id"}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]  # pyright: ignore[reportUnknownVariableType]
    return value
