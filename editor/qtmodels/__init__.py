"""Qt item models over the services' read side."""

from editor.qtmodels.tree_model import Node, StrategieTreeModel

__all__ = ["Node", "StrategieTreeModel"]
