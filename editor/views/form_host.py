"""The right side of the window: the form of the selected node, or a note when no file is open.

One form at a time. The next section, goal or paper is shown by the same form
(``Form.rebind``); a form of those kinds is also kept aside while another kind is shown,
and taken up again when its kind comes back, so going from the Stammdaten to a search
hit in a section builds no widgets. After a change the host asks the form whether the
change touched it, so each change loads a form at most once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from editor.qtmodels.tree_model import Node
from editor.services import UndoRecord
from editor.views.forms.base import Form
from editor.views.forms.forms import FORMS, create_form
from editor.views.i18n import tr
from editor.views.session import EditorSession


class FormHost(QWidget):
    """Shows the form of one node; ``current`` is that form (None without a selection)."""

    def __init__(self, parent: QWidget, tab_from: QWidget) -> None:
        super().__init__(parent)
        self._tab_from = tab_from
        self.current: Form | None = None
        self._spare: dict[type[Form], Form] = {}
        """Rebindable forms kept aside, hidden, while another kind of node is shown."""
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.form_layout = QVBoxLayout(self)
        self.form_layout.setContentsMargins(8, 4, 8, 4)
        self.form_layout.addWidget(self.placeholder)

    def show_node(self, session: EditorSession | None, node: Node | None, force: bool = False) -> None:
        """Show the form of ``node`` (reusing the current form where it can; ``force`` builds it anew)."""
        current = self.current
        if not force and node is not None and current is not None and type(current) is FORMS[node.kind]:
            if current.node.key() == node.key():
                current.node = node
                return
            if current.rebindable and session is not None:
                current.rebind(node)  # the same widgets show the next section, goal or paper
                return
        if session is None or node is None:
            self.replace(None)
            return
        if force:
            self._drop_spares()  # the language or the catalogue changed: build anew
        spare = self._spare.pop(FORMS[node.kind], None)
        if spare is not None:
            spare.rebind(node)
            self.replace(spare)
            return
        form = create_form(session, node, self)
        form.setObjectName(f"form_{node.kind}")
        form.set_read_only(session.read_only)
        self.replace(form, keep=not force)

    def follow(self, session: EditorSession, node: Node | None, record: UndoRecord, origin: object) -> None:
        """After a change: show ``node``'s form, loading it again only if the change touched what it shows."""
        form = self.current
        if form is not None and node is not None and form.node.key() == node.key():
            form.node = node
            form.on_record_applied(record, origin)
        else:
            self.show_node(session, node)

    def replace(self, form: Form | None, keep: bool = True) -> None:
        """Show ``form`` instead of the current one (saving what the current one still holds).

        The current one is kept aside for its kind if it can show another node, unless ``keep``
        is False; ``None`` shows no form and lets go of the forms kept aside too (the file is closed).
        """
        old = self.current
        if old is not None:
            old.flush()
            self.form_layout.removeWidget(old)
            old.hide()
            if keep and form is not None and old.rebindable and type(old) not in self._spare:
                self._spare[type(old)] = old
            else:
                self._discard(old)
        if form is None:
            self._drop_spares()
        self.current = form
        self.placeholder.setVisible(form is None)
        if form is not None:
            self.form_layout.addWidget(form)
            form.show()
            self._chain_tab_stops(form)

    def _drop_spares(self) -> None:
        for spare in self._spare.values():
            self._discard(spare)
        self._spare.clear()

    @staticmethod
    def _discard(form: Form) -> None:
        form.detach()
        form.setParent(None)  # type: ignore[call-overload]
        form.deleteLater()

    def _chain_tab_stops(self, form: Form) -> None:
        # A new form joins the focus chain at its end, behind the docks; Tab from the tree
        # should reach it first. Chain its tab stops, in the order they were made, behind the tree.
        previous = self._tab_from
        for widget in form.findChildren(QWidget):
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None
                and widget.window() is self.window()  # not the popups of combo boxes and calendars
            ):
                QWidget.setTabOrder(previous, widget)
                previous = widget

    def flush(self) -> None:
        """Save edits the form still holds (waiting for their debounce)."""
        if self.current is not None:
            self.current.flush()

    def focus_field(self, name: str) -> None:
        """Put the focus into field ``name`` of the form (or its first field)."""
        if self.current is not None:
            self.current.focus_field(name)

    def retranslate(self) -> None:
        """Set the host's own texts in the current language."""
        self.setAccessibleName(tr("Formular"))
        self.placeholder.setText(tr("Keine Datei geöffnet. Öffnen Sie eine Datei über das Menü Datei."))
