"""Fields for what an imported wiki page holds around its fixed parts.

A page can have prose before its first heading, above or below the list of goals,
papers, links and Synergien, and next to the Themenfeld icons (``Document.page_texts``).
The import keeps it where it stood; these editors show it in the form of the part it
belongs to, so the author sees and edits it there. An editor is shown only where the
document has such a text (a text emptied while typing stays until the form is shown again).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from editor.domain.model import Document
from editor.domain.outline import PAGE_TEXT_PLACES
from editor.views.forms.base import Form
from editor.views.i18n import translate_message
from editor.views.widgets import MarkdownEditor


class PageTextEditors:
    """One Markdown editor per place of ``Document.page_texts`` in a form."""

    def __init__(self, form: Form, keys: Sequence[str]) -> None:
        self.form = form
        self.editors: dict[str, MarkdownEditor] = {}
        doc_id = form.node.document_id
        ops = form.session.ops
        for key in keys:
            label = translate_message(PAGE_TEXT_PLACES[key])
            editor = MarkdownEditor(label, form)
            editor.edit.setMinimumHeight(90)

            def save(text: str, key: str = key) -> None:
                form.save(lambda: ops.set_page_text(doc_id, key, text), ("page_text", doc_id, key))

            editor.text_saved.connect(save)
            form._add_row(label + ":", editor, f"page_text:{key}")  # pyright: ignore[reportPrivateUsage]
            self.editors[key] = editor

    def load(self, doc: Document) -> None:
        """Show the document's texts; hide the places where it has none."""
        for key, editor in self.editors.items():
            text = doc.page_texts.get(key, "")
            editor.set_markdown(text)
            keep = editor.isVisible() and editor.edit.hasFocus()
            self._set_row_visible(editor, bool(text.strip()) or keep)

    def _set_row_visible(self, editor: QWidget, visible: bool) -> None:
        self.form.form.setRowVisible(editor, visible)
