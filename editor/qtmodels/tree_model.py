"""The workspace tree: documents, their parts and the three trees, loaded lazily.

The model only translates between the services' read side and Qt. A document's
children are built when first asked for (on expansion), so a file with a hundred
documents opens at once. After every change the views pass the operation's change set
(``OpChanges``) to ``apply_changes``, which touches only the rows it names:
``beginRemoveRows``, ``beginInsertRows``, ``beginMoveRows`` and ``dataChanged`` — never
a reset, and never a walk over the whole tree. Every loaded node is found by its key
in a dictionary, so one edit costs the same in a file of one or a hundred documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from editor.domain.model import CouncilPaper, Document, Goal, Section
from editor.domain.tree import paper_label
from editor.qtmodels.translate import kind_name, tr
from editor.services import OpChanges, Reader
from editor.services.changes import Inserted, Order

MIME_TYPE = "application/x-strategie-node"
"""Drag payload: ``<table>:<id>`` of the dragged tree node."""

GROUPS: tuple[str, ...] = ("stammdaten", "themenfelder", "sections", "goals", "papers", "synergies", "links")
"""The fixed parts under every document, in display order."""

GROUP_TREES: dict[str, str] = {"sections": "section", "goals": "goal", "papers": "paper"}
"""Which groups hold a tree, and the table of its nodes."""

TREE_GROUPS: dict[str, str] = {table: group for group, table in GROUP_TREES.items()}

Index = QModelIndex | QPersistentModelIndex
Key = tuple[str, int]
"""A node's identity that survives rebuilding: (kind, id); groups use the document id."""


def group_label(kind: str) -> str:
    """Return the translated name of a document part."""
    return {
        "stammdaten": tr("Stammdaten"),
        "themenfelder": tr("Themenfelder & Leitziele"),
        "sections": tr("Abschnitte"),
        "goals": tr("Ziele"),
        "papers": tr("Beschlüsse"),
        "synergies": tr("Synergien"),
        "links": tr("Links & Downloads"),
    }[kind]


@dataclass(eq=False, slots=True)
class Node:
    """One row of the tree: a document, a document part, or a section/goal/paper."""

    kind: str
    id: int
    document_id: int
    text: str = ""
    parent: Node | None = field(default=None, repr=False)
    children: list[Node] = field(default_factory=list["Node"], repr=False)
    loaded: bool = True
    depth: int = 0
    edit_text: str | None = None
    """What renaming in place edits when it differs from ``text`` (a paper's Betreff)."""
    row_hint: int = field(default=0, repr=False)
    """Where this node stood under its parent when last asked (checked before it is trusted)."""

    def key(self) -> Key:
        """Return the identity of this node across rebuilds."""
        return (self.kind, self.id)

    def row(self) -> int:
        """Return this node's row under its parent."""
        parent = self.parent
        if parent is None:
            return 0
        siblings = parent.children
        hint = self.row_hint
        if hint < len(siblings) and siblings[hint] is self:
            return hint
        # Rows moved since: note every sibling's row at once, so the next questions are answered at once.
        for row, child in enumerate(siblings):
            child.row_hint = row
        return self.row_hint

    def is_tree_node(self) -> bool:
        """Return whether this is a section, goal or paper."""
        return self.kind in TREE_GROUPS

    def tree(self) -> str | None:
        """Return the table of the tree this node belongs to or holds (None for other parts)."""
        if self.kind in TREE_GROUPS:
            return self.kind
        return GROUP_TREES.get(self.kind)


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_EDIT = int(Qt.ItemDataRole.EditRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_DESCRIPTION = int(Qt.ItemDataRole.AccessibleDescriptionRole.value)

_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_LEAF_PARTS = frozenset(set(GROUPS) - set(GROUP_TREES))
"""Document parts that never hold rows (Stammdaten, Themenfelder, Synergien, Links): the view need not ask."""
_ROOT_FLAGS = {False: Qt.ItemFlag.ItemIsDropEnabled, True: Qt.ItemFlag.NoItemFlags}
_FLAGS: dict[tuple[str, bool], Qt.ItemFlag] = {
    **{("document", False): _EDITABLE | Qt.ItemFlag.ItemIsDragEnabled, ("document", True): _SELECTABLE},
    **{
        (kind, False): _EDITABLE | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled for kind in TREE_GROUPS
    },
    **{(kind, True): _SELECTABLE for kind in TREE_GROUPS},
    **{(group, False): _SELECTABLE | Qt.ItemFlag.ItemIsDropEnabled for group in GROUP_TREES},
    **{(group, True): _SELECTABLE for group in GROUP_TREES},
    **{
        (part, read_only): _SELECTABLE | Qt.ItemFlag.ItemNeverHasChildren
        for part in _LEAF_PARTS
        for read_only in (False, True)
    },
}
"""The flags of each kind of row, in an editable and in a read-only file."""


def _depth_in_model(node: Node) -> int:
    """Return how many ancestors ``node`` has in the model (its distance from the root)."""
    depth = 0
    while node.parent is not None:
        node = node.parent
        depth += 1
    return depth


def _child_depth(parent: Node) -> int:
    """Return the tree depth of a node placed under ``parent`` (0 under a document part)."""
    return parent.depth + 1 if parent.is_tree_node() else 0


def _target_icon() -> QIcon | None:
    """Return a small target (concentric rings) for goals; no standard icon says "goal"."""
    if QApplication.instance() is None:
        return None
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    painter.setPen(QPen(colour, 2.5))
    for radius in (13, 8):
        painter.drawEllipse(QPointF(16, 16), radius, radius)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(16, 16), 3, 3)
    painter.end()
    return QIcon(pixmap)


class StrategieTreeModel(QAbstractItemModel):
    """Qt item model over a workspace's documents and their trees."""

    def __init__(self, reader: Reader, parent: Any = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.root = Node("root", 0, 0)
        self.move_handler: Callable[[str, int, int | None, int], bool] | None = None
        self.rename_handler: Callable[[Node, str], bool] | None = None
        self.read_only = reader.workspace.read_only
        self._icons: dict[str, Any] = {}
        self._nodes: dict[Key, Node] = {}
        """Every node in the tree by its key."""
        self._load_documents()

    # --- building -----------------------------------------------------------------

    def _load_documents(self) -> None:
        self.root.children = [
            Node("document", d.id, d.id, d.title or tr("(ohne Titel)"), self.root, loaded=False)
            for d in self.reader.documents()
        ]
        self._nodes = {node.key(): node for node in self.root.children}

    def _register(self, node: Node) -> None:
        """Make ``node``'s subtree findable by key."""
        stack = list(node.children)
        while stack:
            current = stack.pop()
            self._nodes[current.key()] = current
            stack.extend(current.children)

    def _forget(self, node: Node) -> None:
        """Drop ``node`` and its subtree from the keys (they left the tree)."""
        stack = [node]
        while stack:
            current = stack.pop()
            if self._nodes.get(current.key()) is current:
                del self._nodes[current.key()]
            stack.extend(current.children)

    def _build_document(self, node: Node) -> list[Node]:
        doc = self.reader.skeleton(node.id)
        node.text = doc.title or tr("(ohne Titel)")
        children: list[Node] = []
        for kind in GROUPS:
            group = Node(kind, node.id, node.id, group_label(kind), node)
            if kind == "sections":
                group.children = self._tree_nodes("section", doc.sections, group, doc)
            elif kind == "goals":
                group.children = self._tree_nodes("goal", doc.goals, group, doc)
            elif kind == "papers":
                group.children = self._tree_nodes("paper", doc.papers, group, doc)
            children.append(group)
        return children

    def _tree_nodes(
        self, kind: str, items: Sequence[Section | Goal | CouncilPaper], parent: Node, doc: Document, depth: int = 0
    ) -> list[Node]:
        nodes: list[Node] = []
        for item in items:
            assert item.id is not None and doc.id is not None
            text = paper_label(item.reference, item.name) if isinstance(item, CouncilPaper) else item.title
            node = Node(kind, item.id, doc.id, text, parent, depth=depth)
            if isinstance(item, CouncilPaper):
                node.edit_text = item.name
            node.children = self._tree_nodes(kind, item.children, node, doc, depth + 1)  # type: ignore[arg-type]
            nodes.append(node)
        return nodes

    # --- navigation ---------------------------------------------------------------

    def node(self, index: Index) -> Node:
        """Return the node behind ``index`` (the invisible root for an invalid index)."""
        node: Node | None = index.internalPointer()
        return node if node is not None else self.root

    def index_of(self, node: Node) -> QModelIndex:
        """Return the index of ``node``."""
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def find(self, key: Key, fetch: bool = True) -> QModelIndex:
        """Return the index of the node with ``key``; with ``fetch``, load the one document that holds it."""
        node = self._nodes.get(key)
        if node is None and fetch:
            kind, node_id = key
            document_id = node_id if kind in GROUPS else self.reader.document_of(kind, node_id)
            document = self._nodes.get(("document", document_id)) if document_id is not None else None
            if document is not None:
                self._ensure_loaded(document)
                node = self._nodes.get(key)
        return self.index_of(node) if node is not None else QModelIndex()

    def document_ids(self) -> list[int]:
        """Return the ids of the documents in display order."""
        return [doc.id for doc in self.root.children]

    # --- QAbstractItemModel -------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Return the index of ``row`` under ``parent``."""
        if column != 0 or row < 0:
            return QModelIndex()
        node = self.node(parent)
        if not node.loaded:
            self._ensure_loaded(node)
        children = node.children
        if row >= len(children):
            return QModelIndex()
        child = children[row]
        child.row_hint = row
        return self.createIndex(row, 0, child)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Return the parent of ``index``."""
        node: Node | None = index.internalPointer()  # None for the invalid index
        above = node.parent if node is not None else None
        if above is None or above is self.root:
            return QModelIndex()
        return self.createIndex(above.row(), 0, above)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of loaded children."""
        node: Node | None = parent.internalPointer()
        if node is None:
            return len(self.root.children)
        if parent.column() != 0:
            return 0
        if not node.loaded:
            self._ensure_loaded(node)
        return len(node.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return 1: the tree has one column."""
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Return whether ``parent`` has (or will have, once loaded) children."""
        node = self.node(parent)
        if node.kind == "document" and not node.loaded:
            return True
        return bool(node.children)

    def _ensure_loaded(self, node: Node) -> None:
        """Build a document's parts the first time anyone asks for them.

        No insert signals: nobody has seen these rows before, so from the views' side
        they were always there. (``fetchMore`` with signals would nest insertions
        inside the model testers' and views' own signal handling.)
        """
        if node.kind == "document" and not node.loaded:
            node.children = self._build_document(node)
            node.loaded = True
            self._register(node)

    def is_loaded(self, index: Index) -> bool:
        """Return whether a document's parts have been built already."""
        return self.node(index).loaded

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """Return the text, icon and tooltip of a node."""
        # Roles compared as plain ints: the view asks for several roles of every visible row on each paint.
        node: Node | None = index.internalPointer()
        if node is None:
            return None
        if role == _DISPLAY:
            return node.text if node.text or not node.is_tree_node() else tr("(ohne Titel)")
        if role == _EDIT:
            return node.edit_text if node.edit_text is not None else node.text
        if role == _DECORATION:
            return self._icon(node.kind)
        if role == _TOOLTIP:
            return self.kind_label(node)
        if role == _DESCRIPTION:
            # Screen readers learn the nesting level here: Qt's tree rows do not report it.
            return tr("{kind}, Ebene {level}").format(kind=self.kind_label(node), level=self.level(node))
        return None

    def level(self, node: Node) -> int:
        """Return the nesting level of ``node`` in the outline (documents are level 1)."""
        level = 0
        while node.parent is not None:
            level += 1
            node = node.parent
        return level

    def kind_label(self, node: Node) -> str:
        """Return what kind of thing ``node`` is, in words (for tooltips and screen readers)."""
        if node.kind == "goal":
            return (tr("Leitziel"), tr("Handlungsziel"), tr("Maßnahme"))[min(node.depth, 2)]
        if node.kind in ("document", "section", "paper"):
            return kind_name(node.kind)
        return group_label(node.kind) if node.kind in GROUPS else ""

    def _icon(self, kind: str) -> Any:
        if kind == "goal" and kind not in self._icons:
            self._icons[kind] = _target_icon()
        if kind not in self._icons:
            pixmap = {
                "document": QStyle.StandardPixmap.SP_FileIcon,
                "stammdaten": QStyle.StandardPixmap.SP_FileDialogDetailedView,
                "themenfelder": QStyle.StandardPixmap.SP_FileDialogListView,
                "sections": QStyle.StandardPixmap.SP_DirIcon,
                "goals": QStyle.StandardPixmap.SP_DirIcon,
                "papers": QStyle.StandardPixmap.SP_DirIcon,
                "synergies": QStyle.StandardPixmap.SP_FileLinkIcon,
                "links": QStyle.StandardPixmap.SP_FileLinkIcon,
                "section": QStyle.StandardPixmap.SP_FileDialogContentsView,
                "paper": QStyle.StandardPixmap.SP_FileDialogInfoView,
            }[kind]
            style = QApplication.style() if QApplication.instance() is not None else None
            self._icons[kind] = style.standardIcon(pixmap) if style is not None else None
        return self._icons[kind]

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Return the item flags: tree nodes and documents are editable and draggable."""
        # Looked up, not computed: the tree view asks for every visible row on each layout.
        if not index.isValid():
            return _ROOT_FLAGS[self.read_only]
        return _FLAGS[(index.internalPointer().kind, self.read_only)]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename a node in place through the rename handler (the services)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.rename_handler is None:
            return False
        node = self.node(index)
        if node.kind != "document" and not node.is_tree_node():
            return False
        if str(value) == (node.edit_text if node.edit_text is not None else node.text):
            return False
        return self.rename_handler(node, str(value))

    # --- drag and drop ------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        """Return MoveAction: nodes are moved, never copied."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Return MoveAction."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Return the one MIME type this model drags."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        """Encode the first dragged tree node (or document) as ``table:id``."""
        data = QMimeData()
        for index in indexes:
            node = self.node(index)
            if node.is_tree_node() or node.kind == "document":
                data.setData(MIME_TYPE, QByteArray(f"{node.kind}:{node.id}".encode()))
                break
        return data

    def _drop_target(self, data: QMimeData, row: int, parent: Index) -> tuple[str, int, int | None, int] | None:
        if self.read_only or not data.hasFormat(MIME_TYPE):
            return None
        try:
            table, raw_id = bytes(data.data(MIME_TYPE).data()).decode().split(":")
            node_id = int(raw_id)
        except ValueError:
            return None
        target = self.node(parent)
        if table == "document":
            # Documents are reordered among themselves, at the top level only.
            if target is not self.root or ("document", node_id) not in self._nodes:
                return None
            source_row = self.document_ids().index(node_id)
            position = len(self.root.children) if row < 0 else row
            if source_row < position:
                position -= 1
            return table, node_id, None, position
        if target.is_tree_node():
            if target.kind != table:
                return None
            parent_id: int | None = target.id
        elif GROUP_TREES.get(target.kind) == table:
            parent_id = None
        else:
            return None
        source = self._nodes.get((table, node_id))
        if source is None or source.document_id != target.document_id:
            return None
        walker: Node | None = target
        while walker is not None:
            if walker is source:
                return None
            walker = walker.parent
        position = len(target.children) if row < 0 else row
        if source.parent is target and source.row() < position:
            position -= 1  # the node leaves its old place first
        return table, node_id, parent_id, position

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Return whether the dragged node may be dropped under ``parent`` at ``row``."""
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Move the dragged node through the move handler (one undoable operation)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        target = self._drop_target(data, row, parent)
        if target is None or self.move_handler is None:
            return False
        self.move_handler(*target)
        # False keeps the view from removing the source rows itself: the move did that.
        return False

    # --- refresh after a change ---------------------------------------------------

    def apply_changes(self, changes: OpChanges) -> None:
        """Bring the loaded part of the tree in line with ``changes``, row by row.

        Removed rows go with ``beginRemoveRows``, new ones come with ``beginInsertRows``,
        moved ones travel with ``beginMoveRows`` (keeping their subtree, expansion and
        selection), retitled ones get ``dataChanged``. Documents the tree has not loaded
        are left alone: they are read as they are when first expanded.
        """
        broken: set[int] = set()
        self._remove(changes)
        inserted = {entry.item.key(): entry for entry in changes.inserted}
        pending = list(changes.orders)
        while pending:
            progress = False
            for order in list(pending):
                parent = self._order_parent(order)
                if parent is None and not self._known_parent(order, inserted):
                    pending.remove(order)  # not loaded (or gone): nothing to show
                    progress = True
                elif parent is not None:
                    pending.remove(order)
                    progress = True
                    if not self._apply_order(parent, order, inserted):
                        broken.add(order.document_id or 0)
            if not progress:
                break
        for entry in changes.retitled:
            self._retitle(entry.item.key(), entry.label, entry.title)
        for document_id in broken:
            self.rebuild_document(document_id)

    def _remove(self, changes: OpChanges) -> None:
        nodes = [self._nodes[key] for key in changes.removed_keys() if key in self._nodes]
        for node in sorted(nodes, key=_depth_in_model):
            if self._nodes.get(node.key()) is not node or node.parent is None:
                continue  # went with its parent already
            parent, row = node.parent, node.row()
            self.beginRemoveRows(self.index_of(parent), row, row)
            parent.children.pop(row)
            node.parent = None
            self._forget(node)
            self.endRemoveRows()

    def _order_parent(self, order: Order) -> Node | None:
        """Return the loaded node whose children ``order`` lists (None if it is not in the tree)."""
        if order.kind == "document":
            return self.root
        if order.parent_id is None:
            group = self._nodes.get((TREE_GROUPS[order.kind], order.document_id or 0))
            return group
        return self._nodes.get((order.kind, order.parent_id))

    def _known_parent(self, order: Order, inserted: dict[Key, Inserted]) -> bool:
        """Return whether ``order``'s parent is about to come into the tree (a new node of a loaded document)."""
        if order.parent_id is None or (order.kind, order.parent_id) not in inserted:
            return False
        return (TREE_GROUPS[order.kind], order.document_id or 0) in self._nodes

    def _apply_order(self, parent: Node, order: Order, inserted: dict[Key, Inserted]) -> bool:
        """Give ``parent`` the children ``order`` lists, in that order; False if the tree was out of step."""
        kind = order.kind
        for row, node_id in enumerate(order.ids):
            key = (kind, node_id)
            if row < len(parent.children) and parent.children[row].key() == key:
                continue
            node = self._nodes.get(key)
            parent_index = self.index_of(parent)
            if node is not None and node.parent is not None:
                source = node.parent
                source_row = node.row()
                if not self.beginMoveRows(self.index_of(source), source_row, source_row, parent_index, row):
                    return False
                source.children.pop(source_row)
                parent.children.insert(row, node)
                node.parent = parent
                self.endMoveRows()
                self._set_depth(node)
                continue
            entry = inserted.get(key)
            if entry is None:
                return False
            document_id = node_id if kind == "document" else (order.document_id or 0)
            if kind == "document":
                node = Node(kind, node_id, document_id, entry.label or tr("(ohne Titel)"), parent, loaded=False)
            else:
                node = Node(kind, node_id, document_id, entry.label, parent, depth=_child_depth(parent))
                node.edit_text = entry.title if kind == "paper" else None
            self.beginInsertRows(parent_index, row, row)
            parent.children.insert(row, node)
            self._nodes[key] = node
            self.endInsertRows()
        return True

    def _set_depth(self, node: Node) -> None:
        """Give a moved node and its subtree their new depth (a goal's level depends on it)."""
        depth = _child_depth(node.parent) if node.parent is not None else 0
        if node.depth == depth or not node.is_tree_node():
            return
        stack = [(node, depth)]
        while stack:
            current, level = stack.pop()
            current.depth = level
            stack.extend((child, level + 1) for child in current.children)
            index = self.index_of(current)
            self.dataChanged.emit(
                index, index, [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole]
            )

    def _retitle(self, key: Key, label: str, title: str) -> None:
        node = self._nodes.get(key)
        if node is None or node.parent is None:
            return
        text = label or tr("(ohne Titel)") if node.kind == "document" else label
        edit_text = title if node.kind == "paper" else None
        if node.text != text or node.edit_text != edit_text:
            node.text = text
            node.edit_text = edit_text
            index = self.index_of(node)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])

    def rebuild_document(self, document_id: int) -> None:
        """Reload one document's parts and trees (only if the tree was ever out of step with the file)."""
        doc = self._nodes.get(("document", document_id))
        if doc is None or not doc.loaded:
            return
        index = self.index_of(doc)
        if doc.children:
            self.beginRemoveRows(index, 0, len(doc.children) - 1)
            for child in doc.children:
                self._forget(child)
            doc.children = []
            self.endRemoveRows()
        children = self._build_document(doc)
        self.beginInsertRows(index, 0, len(children) - 1)
        doc.children = children
        self._register(doc)
        self.endInsertRows()
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def retranslate(self) -> None:
        """Relabel the document parts in the current language."""
        for doc in self.root.children:
            for group in doc.children:
                if group.kind in GROUPS:
                    group.text = group_label(group.kind)
            if doc.children:
                first, last = self.index_of(doc.children[0]), self.index_of(doc.children[-1])
                self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole])
