"""Qt item models over the services' read side."""

# First: keeps None/True/False alive under PySide6 6.12 on Python 3.11 (see refcounts.py).
from editor.qtmodels import refcounts  # noqa: F401  # isort: skip
from editor.qtmodels.tree_model import Node, StrategieTreeModel

__all__ = ["Node", "StrategieTreeModel"]
