"""The workspace tree: documents, their parts and the three trees, loaded lazily.

The model only translates between the services' read side and Qt. A document's
children are built when first asked for (on expansion), so a file with a hundred
documents opens at once. After every change (an ``UndoRecord``) the views call
``apply_record``: pure text edits become ``dataChanged``; anything structural
rebuilds the affected document's subtree inside ``beginRemoveRows``/``beginInsertRows``.
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
from editor.services import Reader, UndoRecord
from editor.views.i18n import tr

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

    def key(self) -> Key:
        """Return the identity of this node across rebuilds."""
        return (self.kind, self.id)

    def row(self) -> int:
        """Return this node's row under its parent."""
        if self.parent is None:
            return 0
        return next(i for i, child in enumerate(self.parent.children) if child is self)

    def is_tree_node(self) -> bool:
        """Return whether this is a section, goal or paper."""
        return self.kind in TREE_GROUPS

    def tree(self) -> str | None:
        """Return the table of the tree this node belongs to or holds (None for other parts)."""
        if self.kind in TREE_GROUPS:
            return self.kind
        return GROUP_TREES.get(self.kind)


def _paper_text(paper: CouncilPaper) -> str:
    return " – ".join(part for part in (paper.reference, paper.name) if part)


def _node_text(kind: str, row: dict[str, Any]) -> str:
    if kind == "paper":
        return " – ".join(str(row[k]) for k in ("reference", "name") if row.get(k))
    return str(row.get("title") or "")


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
        self._load_documents()

    # --- building -----------------------------------------------------------------

    def _load_documents(self) -> None:
        self.root.children = [
            Node("document", d.id, d.id, d.title or tr("(ohne Titel)"), self.root, loaded=False)
            for d in self.reader.documents()
        ]

    def _build_document(self, node: Node) -> list[Node]:
        doc = self.reader.document(node.id)
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
            text = _paper_text(item) if isinstance(item, CouncilPaper) else item.title
            node = Node(kind, item.id, doc.id, text, parent, depth=depth)
            if isinstance(item, CouncilPaper):
                node.edit_text = item.name
            node.children = self._tree_nodes(kind, item.children, node, doc, depth + 1)  # type: ignore[arg-type]
            nodes.append(node)
        return nodes

    # --- navigation ---------------------------------------------------------------

    def node(self, index: Index) -> Node:
        """Return the node behind ``index`` (the invisible root for an invalid index)."""
        if not index.isValid():
            return self.root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    def index_of(self, node: Node) -> QModelIndex:
        """Return the index of ``node``."""
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def find(self, key: Key, fetch: bool = True) -> QModelIndex:
        """Return the index of the node with ``key``; load its document if needed."""
        kind, node_id = key
        if kind == "document":
            for doc in self.root.children:
                if doc.id == node_id:
                    return self.index_of(doc)
            return QModelIndex()
        for doc in self.root.children:
            if not doc.loaded:
                continue
            found = self._find_in(doc, key)
            if found is not None:
                return self.index_of(found)
        if fetch:
            for doc in self.root.children:
                if doc.loaded:
                    continue
                if kind in GROUPS and doc.id != node_id:
                    continue
                self._ensure_loaded(doc)
                found = self._find_in(doc, key)
                if found is not None:
                    return self.index_of(found)
        return QModelIndex()

    def find_node(self, kind: str, node_id: int, document_id: int) -> QModelIndex:
        """Return the index of a node inside ``document_id``, loading that document first."""
        for doc in self.root.children:
            if doc.id == document_id:
                self._ensure_loaded(doc)
                found = self._find_in(doc, (kind, node_id))
                return self.index_of(found) if found is not None else QModelIndex()
        return QModelIndex()

    def _find_in(self, node: Node, key: Key) -> Node | None:
        stack = list(node.children)
        while stack:
            current = stack.pop()
            if current.key() == key:
                return current
            stack.extend(current.children)
        return None

    def document_ids(self) -> list[int]:
        """Return the ids of the documents in display order."""
        return [doc.id for doc in self.root.children]

    # --- QAbstractItemModel -------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Return the index of ``row`` under ``parent``."""
        if column != 0 or row < 0:
            return QModelIndex()
        node = self.node(parent)
        self._ensure_loaded(node)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Return the parent of ``index``."""
        if not index.isValid():
            return QModelIndex()
        node = self.node(index)
        if node.parent is None or node.parent is self.root:
            return QModelIndex()
        return self.index_of(node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of loaded children."""
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self.node(parent)
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

    def is_loaded(self, index: Index) -> bool:
        """Return whether a document's parts have been built already."""
        return self.node(index).loaded

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text, icon and tooltip of a node."""
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.EditRole and node.edit_text is not None:
            return node.edit_text
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.DisplayRole and not node.text and node.is_tree_node():
                return tr("(ohne Titel)")
            return node.text
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(node.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.kind_label(node)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
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
        if node.kind == "document":
            return tr("Dokument")
        if node.kind == "section":
            return tr("Abschnitt")
        if node.kind == "goal":
            return (tr("Leitziel"), tr("Handlungsziel"), tr("Maßnahme"))[min(node.depth, 2)]
        if node.kind == "paper":
            return tr("Beschluss")
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
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.read_only else Qt.ItemFlag.NoItemFlags
        node = self.node(index)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if node.kind == "document" or node.is_tree_node():
            flags |= Qt.ItemFlag.ItemIsEditable
        if node.is_tree_node():
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if node.kind == "document":
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if node.kind in GROUP_TREES:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

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
            if target is not self.root or self._find_in(self.root, ("document", node_id)) is None:
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
        source = self._find_in(self.root, (table, node_id))
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
        # False keeps the view from removing the source rows itself: the rebuild did that.
        return False

    # --- refresh after a change ---------------------------------------------------

    def apply_record(self, record: UndoRecord) -> None:
        """Bring the tree in line with what ``record`` changed."""
        structural_docs: set[int] = set()
        documents_changed = False
        for change in record.changes:
            before, after = change.before, change.after
            if change.table == "document":
                if before is None or after is None or before.get("position") != after.get("position"):
                    documents_changed = True
                else:
                    self._retitle(("document", change.row_id), str(after.get("title") or tr("(ohne Titel)")))
            elif change.table in TREE_GROUPS:
                row = after or before or {}
                if (
                    before is None
                    or after is None
                    or before.get("parent_id") != after.get("parent_id")
                    or before.get("position") != after.get("position")
                ):
                    structural_docs.add(int(row["document_id"]))
                else:
                    name = str(after.get("name") or "") if change.table == "paper" else None
                    self._retitle((change.table, change.row_id), _node_text(change.table, after), name)
        if documents_changed:
            self._sync_documents()
        for document_id in structural_docs:
            self.rebuild_document(document_id)

    def _retitle(self, key: Key, text: str, edit_text: str | None = None) -> None:
        index = self.find(key, fetch=False)
        if not index.isValid():
            return
        node = self.node(index)
        if node.text != text or node.edit_text != edit_text:
            node.text = text
            node.edit_text = edit_text
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])

    def _sync_documents(self) -> None:
        """Reload the document list (documents added, deleted or moved).

        A reset rather than remove/insert: views may fetch a new document's parts while
        handling ``rowsInserted``, which would nest one insertion inside another.
        Views restore expansion and selection by key afterwards.
        """
        self.beginResetModel()
        self._load_documents()
        self.endResetModel()

    def rebuild_document(self, document_id: int) -> None:
        """Reload one document's parts and trees (after a structural change)."""
        doc = next((d for d in self.root.children if d.id == document_id), None)
        if doc is None or not doc.loaded:
            return
        index = self.index_of(doc)
        if doc.children:
            self.beginRemoveRows(index, 0, len(doc.children) - 1)
            doc.children = []
            self.endRemoveRows()
        children = self._build_document(doc)
        self.beginInsertRows(index, 0, len(children) - 1)
        doc.children = children
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

    def reload(self) -> None:
        """Reload everything (another file was opened into the same model)."""
        self.beginResetModel()
        self.read_only = self.reader.workspace.read_only
        self._load_documents()
        self.endResetModel()
