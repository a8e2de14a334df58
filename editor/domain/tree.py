"""Walking the nested trees of a document (sections, goals, council papers)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol, Self, TypeVar


class TreeNode(Protocol):
    """Anything with an id and children of its own kind."""

    @property
    def id(self) -> int | None: ...

    @property
    def children(self) -> Sequence[Self]: ...


N = TypeVar("N", bound=TreeNode)


def walk(nodes: Sequence[N], depth: int = 0) -> Iterator[tuple[N, int]]:
    """Yield every node of a forest in document order with its depth (roots at 0)."""
    for node in nodes:
        yield node, depth
        yield from walk(node.children, depth + 1)


def find(nodes: Sequence[N], node_id: int) -> N | None:
    """Return the node with ``node_id`` anywhere in the forest, or ``None``."""
    return next((node for node, _ in walk(nodes) if node.id == node_id), None)


def count(nodes: Sequence[N]) -> int:
    """Return the number of nodes in the forest."""
    return sum(1 for _ in walk(nodes))


def paper_label(reference: str, name: str) -> str:
    """Return what the outline shows for a council paper: its number and its Betreff."""
    return " – ".join(part for part in (reference, name) if part)
