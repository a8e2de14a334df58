"""A hypothesis state machine types, formats and pastes into the real body editor and checks every step.

After every step the body is saved as the editor saves it, and:

- reopening the saved text shows the same characters with the same formats;
- saving the reopened body writes the same bytes;
- every piece of text in the body appears literally in the wiki text and in the Word
  document's XML (after the wiki's entities are read).

``BODY_EXAMPLES=200 make test`` runs longer sequences than the default 25.
"""

from __future__ import annotations

import html
import os
import re
from typing import Any

from docx.oxml.ns import qn
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from editor.domain.model import Catalogue, Document, ExportSource, Section
from editor.views.body_document import document_blocks, document_markdown, load_markdown
from editor.views.widgets import MarkdownEditor
from exports.docx_export import build_strategie
from exports.markdown_ast import (
    BlockQuote,
    BulletList,
    Code,
    CodeBlock,
    Emphasis,
    Heading,
    Link,
    OrderedList,
    Paragraph,
    Strong,
    Table,
    Text,
    canonical_blocks,
    inline_runs,
)
from exports.wiki import export_wiki
from tests.ui.conftest import type_text

CHARACTERS = [*"aBcxyzäöüÄÖÜß€1.,!?-+=", *"*_#>\\|[]<&~`", " ", " ", "  ", "{{", "}}", "''", "&amp;", "__"]
TYPED = st.lists(st.sampled_from(CHARACTERS), min_size=1, max_size=5).map("".join)
URLS = st.sampled_from(["https://www.oberhausen.de/a_b", "dokument:1", "https://x.de/?a=1&b=(2)"])
SNIPPETS = [
    "<b>Fett</b> und <i>kursiv</i> mit <a href='https://www.oberhausen.de'>Link</a>",
    "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·"
    "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span>Punkt * eins</p>"
    "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>o"
    "&nbsp;&nbsp; </span>Unterpunkt _zwei_</p>",
    "<table><tr><th>Kopf | eins</th><th>zwei</th></tr><tr><td><b>a</b></td><td>b [c]</td></tr></table>",
    "<h2>Ziele<span class='mw-editsection'>[<a href='/x?action=edit'>Bearbeiten</a>]</span></h2><p>Text &lt;b&gt;</p>",
    "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul><ol start=3><li>drei</li></ol>",
    "<span style='font-family:Arial;color:red;font-weight:700'>rot</span><br>zweite Zeile",
]


def _key(
    widget: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, text: str = ""
) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def _texts(blocks: Any) -> list[str]:
    """Return every piece of plain text of a tree (link labels and cells included)."""
    found: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph | Heading):
            found.extend(_inline_texts(block.children))
        elif isinstance(block, BulletList | OrderedList):
            for item in block.items:
                found.extend(_texts(item.blocks))
        elif isinstance(block, BlockQuote):
            found.extend(_texts(block.blocks))
        elif isinstance(block, Table):
            for row in (block.header, *block.rows):
                for cell in row:
                    found.extend(_inline_texts(cell))
    return found


def _inline_texts(items: Any) -> list[str]:
    found: list[str] = []
    for item in items:
        if isinstance(item, Text):
            found.append(item.text)
        elif isinstance(item, Strong | Emphasis | Link):
            found.extend(_inline_texts(item.children))
    return found


_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def _wiki_visible(text: str) -> str:
    """Return wiki text as MediaWiki reads it: entities (with their ";") decoded, <nowiki/> separators gone."""
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text.replace("<nowiki/>", ""))


class BodyEditing(RuleBasedStateMachine):
    """An official at the body editor: typing, breaking lines, formatting, linking, pasting."""

    def __init__(self) -> None:
        super().__init__()
        self.widget = MarkdownEditor("Text")
        self.widget.resize(600, 400)
        self.widget.show()
        self.saved: list[str] = []
        self.widget.text_saved.connect(self.saved.append)
        self.widget.set_markdown("")
        self.widget.edit.setFocus()
        self.edit = self.widget.edit

    def teardown(self) -> None:
        self.widget.close()
        self.widget.deleteLater()

    # --- what the official does --------------------------------------------------------------

    @rule(text=TYPED)
    def type(self, text: str) -> None:
        type_text(self.edit, text)

    @rule()
    def shift_enter(self) -> None:
        _key(self.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier, "\r")

    @rule()
    def enter(self) -> None:
        _key(self.edit, Qt.Key.Key_Return, text="\r")

    @rule()
    def backspace(self) -> None:
        _key(self.edit, Qt.Key.Key_Backspace)

    @rule(where=st.floats(0, 1), length=st.integers(-12, 12))
    def move_or_select(self, where: float, length: int) -> None:
        size = self.edit.document().characterCount() - 1
        cursor = self.edit.textCursor()
        cursor.setPosition(round(where * size))
        cursor.setPosition(max(0, min(size, cursor.position() + length)), QTextCursor.MoveMode.KeepAnchor)
        self.edit.setTextCursor(cursor)

    @rule(word=st.booleans())
    def select_word_with_blank(self, word: bool) -> None:
        keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        _key(self.edit, Qt.Key.Key_Right if word else Qt.Key.Key_Left, keys)

    @rule(which=st.sampled_from(["bold", "italic"]))
    def format(self, which: str) -> None:
        (self.widget.bold_action if which == "bold" else self.widget.italic_action).trigger()

    @rule(ordered=st.booleans())
    def list(self, ordered: bool) -> None:
        (self.widget.numbered_action if ordered else self.widget.bullet_action).trigger()

    @rule(deeper=st.booleans())
    def nest(self, deeper: bool) -> None:
        (self.widget.indent_action if deeper else self.widget.outdent_action).trigger()

    @rule(url=URLS)
    def link(self, url: str) -> None:
        self.widget.insert_link(url)

    @rule()
    def unlink(self) -> None:
        self.widget.insert_link("")

    @rule(snippet=st.sampled_from(SNIPPETS))
    def paste_html(self, snippet: str) -> None:
        data = QMimeData()
        data.setHtml(snippet)
        self.edit.insertFromMimeData(data)

    @rule(text=st.lists(st.sampled_from([*CHARACTERS, "\n", "\r\n"]), max_size=8).map("".join))
    def paste_text(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        self.edit.insertFromMimeData(data)

    @rule()
    def copy_and_paste(self) -> None:
        data = self.edit.createMimeDataFromSelection()
        cursor = self.edit.textCursor()
        cursor.setPosition(cursor.selectionEnd())
        self.edit.setTextCursor(cursor)
        self.edit.insertFromMimeData(data)

    # --- what must hold after every step ----------------------------------------------------

    @invariant()
    def saved_text_reads_back_and_is_literal_everywhere(self) -> None:
        shown = canonical_blocks(document_blocks(self.edit.document()))
        before = len(self.saved)
        self.widget.flush()
        text = self.widget.markdown()
        if len(self.saved) > before:
            assert self.saved[-1] == text
        live = canonical_blocks(document_blocks(self.edit.document()))
        # Saving never changes a character the official sees (the editor shows the saved text).
        assert _characters(live) == _characters(shown), text
        if live != shown:
            # Markdown could not hold a format at its place: it moved off punctuation or a blank.
            event("a format moved off punctuation at its edge")
            for was, now in zip(_formatted(shown), _formatted(live), strict=True):
                assert was == now or not was[0].isalnum(), (text, was, now)
        again = QTextDocument()
        load_markdown(again, text)
        # Reopening shows the same characters with the same formats.
        assert canonical_blocks(document_blocks(again)) == live, text
        # Store → load → store writes the same bytes.
        assert document_markdown(again) == text
        # What is in the body comes out literally in the wiki text and in Word.
        pieces = [piece.strip() for piece in _texts(live) if piece.strip()]
        if not pieces:
            return
        event("body with text")
        source = ExportSource(Document(title="T", sections=[Section("S", text)]), Catalogue(), {1: "Seite Eins"})
        wiki = _wiki_visible(export_wiki(source))
        word = "".join(node.text or "" for node in build_strategie(source).element.iter(qn("w:t")))
        for piece in pieces:
            for part in re.split(r"\s{2,}", piece):  # runs of blanks may be written as entities in between
                assert part.strip() in wiki, (part, text)
                assert part.strip() in word, (part, text)


def _formatted(blocks: Any) -> list[tuple[str, bool, bool, str | None, bool]]:
    """Return every character of a tree with its formats (bold, italic, link, code)."""
    out: list[tuple[str, bool, bool, str | None, bool]] = []

    def inlines(items: Any) -> None:
        for run in inline_runs(items):
            piece = run.piece
            if isinstance(piece, str | Code):
                text = piece if isinstance(piece, str) else piece.text
                out.extend((char, run.strong, run.emphasis, run.link, isinstance(piece, Code)) for char in text)
            else:
                out.append(("\n", False, False, None, False))

    def walk(items: Any) -> None:
        for block in items:
            if isinstance(block, Paragraph | Heading):
                inlines(block.children)
            elif isinstance(block, BulletList | OrderedList):
                for item in block.items:
                    walk(item.blocks)
            elif isinstance(block, BlockQuote):
                walk(block.blocks)
            elif isinstance(block, Table):
                for row in (block.header, *block.rows):
                    for cell in row:
                        inlines(cell)
            elif isinstance(block, CodeBlock):
                out.extend((char, False, False, None, True) for char in block.text)
            out.append(("¶", False, False, None, False))

    walk(blocks)
    return out


def _characters(blocks: Any) -> str:
    return "".join(char for char, *_ in _formatted(blocks))


def test_the_body_editor_keeps_what_is_typed_formatted_and_pasted(qapp: QApplication) -> None:
    examples = int(os.environ.get("BODY_EXAMPLES", "25"))
    run_state_machine_as_test(
        BodyEditing,
        settings=settings(
            max_examples=examples,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
