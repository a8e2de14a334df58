"""The body editor: what is typed, formatted, pasted and reopened is exactly what is saved."""

from __future__ import annotations

import difflib
import io
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QInputDialog

from editor.views.body_document import document_blocks, document_markdown, load_markdown
from editor.views.body_edit import MARKDOWN_MIME
from editor.views.widgets import MarkdownEditor
from exports.markdown_ast import canonical_blocks, parse_markdown, plain_text
from tests.pictures import one_pixel_png
from tests.ui.conftest import type_text

DATA = Path(__file__).parent / "data"


@pytest.fixture
def editor(qtbot: Any) -> tuple[MarkdownEditor, list[str]]:
    widget = MarkdownEditor("Text")
    qtbot.addWidget(widget)
    widget.show()
    saved: list[str] = []
    widget.text_saved.connect(saved.append)
    widget.set_markdown("")
    widget.edit.setFocus()
    return widget, saved


def press(
    widget: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, text: str = ""
) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def enter(widget: Any, shift: bool = False) -> None:
    press(
        widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier, "\r"
    )


def to_end(editor: MarkdownEditor) -> None:
    cursor = editor.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.edit.setTextCursor(cursor)


def reopened(text: str) -> QTextDocument:
    doc = QTextDocument()
    load_markdown(doc, text)
    return doc


# --- typing ---------------------------------------------------------------------------------

TYPED = "    Grüße, ß € * _a_b_ __NOTOC__ # > \\ | [x] <b> &amp; ~~~ ` 1. - + = ! {{x}} "


def test_every_typed_character_is_saved_literally_and_shows_again(editor: tuple[MarkdownEditor, list[str]]) -> None:
    widget, saved = editor
    type_text(widget.edit, TYPED)
    enter(widget.edit, shift=True)
    type_text(widget.edit, "> Zitat nach Umschalt+Eingabe")
    enter(widget.edit)
    type_text(widget.edit, "# keine Überschrift")
    widget.flush()
    text = saved[-1]
    assert [plain_text(block.children) for block in parse_markdown(text)] == [  # type: ignore[union-attr]
        TYPED + " > Zitat nach Umschalt+Eingabe",  # the break reads as a blank in plain text
        "# keine Überschrift",
    ]
    assert text.split("\n")[1] == "\\> Zitat nach Umschalt+Eingabe"  # a hard break, the next line starts a line
    again = reopened(text)
    assert again.toPlainText() == widget.edit.document().toPlainText()
    assert document_markdown(again) == text


def test_opening_and_leaving_without_a_change_writes_nothing(editor: tuple[MarkdownEditor, list[str]]) -> None:
    widget, saved = editor
    old_qt_text = "Ein Absatz, den Qt bei achtzig Zeichen umgebrochen hat, weil er etwas länger\nist als eine Zeile."
    widget.set_markdown(old_qt_text)
    widget.edit.setFocus()
    to_end(widget)
    widget.flush()
    assert saved == []
    assert widget.markdown() == old_qt_text


def test_a_one_word_edit_changes_one_line(editor: tuple[MarkdownEditor, list[str]]) -> None:
    widget, saved = editor
    body = (
        "Einleitung mit *Kursivem*.\n\nDie Gebäude sollen *saniert* werden.\n\n-   Punkt\n    - Unterpunkt\n\n"
        "| A | B |\n| --- | --- |\n| 1 | 2 |"
    )
    widget.set_markdown(body)
    cursor = widget.edit.document().find("werden")
    cursor.clearSelection()
    widget.edit.setTextCursor(cursor)
    type_text(widget.edit, " bald")
    widget.flush()
    diff = [line for line in difflib.unified_diff(body.split("\n"), saved[-1].split("\n"), lineterm="", n=0)][2:]
    assert [line for line in diff if line[:1] in "+-"] == [
        "-Die Gebäude sollen *saniert* werden.",
        "+Die Gebäude sollen *saniert* werden bald.",
    ]


def test_typing_stays_one_paragraph_per_line_however_long(editor: tuple[MarkdownEditor, list[str]]) -> None:
    widget, saved = editor
    type_text(widget.edit, "Klimaanpassung " * 12 + "endet hier.")
    widget.flush()
    assert "\n" not in saved[-1]


# --- word habits ----------------------------------------------------------------------------


def test_ctrl_b_without_a_selection_switches_bold_for_what_is_typed_next(
    editor: tuple[MarkdownEditor, list[str]],
) -> None:
    widget, saved = editor
    type_text(widget.edit, "eins ")
    press(widget.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert widget.bold_action.isChecked()
    type_text(widget.edit, "zwei")
    press(widget.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not widget.bold_action.isChecked()
    type_text(widget.edit, " drei ")
    widget.italic_action.trigger()
    type_text(widget.edit, "vier")
    widget.flush()
    assert saved[-1] == "eins **zwei** drei *vier*"


def test_bold_on_a_selection_that_took_the_blank_keeps_the_markers(editor: tuple[MarkdownEditor, list[str]]) -> None:
    widget, saved = editor
    widget.set_markdown("Untersucht wurden die Gebäude.")
    cursor = widget.edit.textCursor()
    cursor.setPosition(0)
    widget.edit.setTextCursor(cursor)
    press(widget.edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert widget.edit.textCursor().selectedText() == "Untersucht "
    widget.bold_action.trigger()
    widget.flush()
    assert saved[-1] == "**Untersucht** wurden die Gebäude."
    widget.bold_action.trigger()  # all of the selection is bold: Ctrl+B takes it away again
    widget.flush()
    assert saved[-1] == "Untersucht wurden die Gebäude."


def test_typing_after_a_link_does_not_extend_it_but_inside_it_does(editor: tuple[MarkdownEditor, list[str]]) -> None:
    widget, saved = editor
    widget.set_markdown("Siehe [Bericht](https://www.oberhausen.de/bericht)")
    to_end(widget)
    type_text(widget.edit, ". Danach")
    cursor = widget.edit.document().find("Ber")
    cursor.clearSelection()
    widget.edit.setTextCursor(cursor)
    type_text(widget.edit, "-")
    widget.flush()
    assert saved[-1] == "Siehe [Ber-icht](https://www.oberhausen.de/bericht). Danach"


def test_the_toolbar_shows_the_formats_at_the_cursor(editor: tuple[MarkdownEditor, list[str]]) -> None:
    widget, _ = editor
    widget.set_markdown("a **fett** *kursiv* [Link](https://x.de)\n\n- Punkt\n\n1. Erstens")

    def at(word: str) -> tuple[bool, ...]:
        cursor = widget.edit.document().find(word)
        cursor.setPosition(cursor.selectionStart() + 1)
        widget.edit.setTextCursor(cursor)
        actions = (widget.bold_action, widget.italic_action, widget.link_action, widget.bullet_action)
        return (*(a.isChecked() for a in actions), widget.numbered_action.isChecked())

    assert at("fett") == (True, False, False, False, False)
    assert at("kursiv") == (False, True, False, False, False)
    assert at("Link") == (False, False, True, False, False)
    assert at("Punkt") == (False, False, False, True, False)
    assert at("Erstens") == (False, False, False, False, True)


def test_list_actions_make_nested_lists(editor: tuple[MarkdownEditor, list[str]]) -> None:
    widget, saved = editor
    widget.bullet_action.trigger()
    type_text(widget.edit, "Mobilität")
    enter(widget.edit)
    widget.indent_action.trigger()
    type_text(widget.edit, "Radverkehr")
    enter(widget.edit)
    widget.outdent_action.trigger()
    type_text(widget.edit, "Wohnen")
    enter(widget.edit)
    enter(widget.edit)  # Enter on an empty item ends the list
    type_text(widget.edit, "Danach")
    widget.flush()
    assert saved[-1] == "-   Mobilität\n    - Radverkehr\n- Wohnen\n\nDanach"
    cursor = widget.edit.document().find("Wohnen")
    widget.edit.setTextCursor(cursor)
    widget.numbered_action.trigger()  # the whole list becomes numbered, as in Word
    widget.flush()
    assert saved[-1] == "1.  Mobilität\n    - Radverkehr\n2. Wohnen\n\nDanach"


def test_the_link_action_sets_edits_and_removes_a_link(
    editor: tuple[MarkdownEditor, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    widget, saved = editor
    widget.set_markdown("Mehr im Bericht der Stadt.")
    answers = iter([("https://www.oberhausen.de/a", True), ("dokument:7", True), ("", True)])
    asked: list[str] = []

    def ask(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(kwargs.get("text", ""))
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(ask))
    widget.edit.setTextCursor(widget.edit.document().find("Bericht"))
    widget.link_action.trigger()
    widget.flush()
    assert saved[-1] == "Mehr im [Bericht](https://www.oberhausen.de/a) der Stadt."
    cursor = widget.edit.document().find("Beri")
    cursor.clearSelection()
    widget.edit.setTextCursor(cursor)
    widget.link_action.trigger()  # the cursor in the link: its address is offered and changed
    widget.flush()
    assert asked[1] == "https://www.oberhausen.de/a"
    assert saved[-1] == "Mehr im [Bericht](dokument:7) der Stadt."
    widget.link_action.trigger()
    widget.flush()
    assert saved[-1] == "Mehr im Bericht der Stadt."


# --- paste ----------------------------------------------------------------------------------


def paste_html(widget: MarkdownEditor, html: str) -> None:
    data = QMimeData()
    data.setHtml(html)
    data.setText("nur Text")
    widget.edit.insertFromMimeData(data)


def assert_shows_what_is_saved(widget: MarkdownEditor) -> str:
    """Return the Markdown of the editor after checking that reopening it shows the same."""
    text = document_markdown(widget.edit.document())
    again = reopened(text)
    assert canonical_blocks(document_blocks(again)) == canonical_blocks(document_blocks(widget.edit.document()))
    assert again.toPlainText() == widget.edit.document().toPlainText()
    return text


def assert_no_pasted_look(widget: MarkdownEditor) -> None:
    """No font, size or colour came along: only what shows bold, italic, links and code."""
    block = widget.edit.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            it += 1
            assert fmt.fontFamilies() in (None, [], ["monospace"]), fmt.fontFamilies()
            assert fmt.fontPointSize() == 0
            assert not fmt.hasProperty(fmt.Property.ForegroundBrush) or fmt.isAnchor()
        block = block.next()


WORD_RESULT = (
    "**Ziele** der Stadt mit *kursivem* Text und einem [Link zur Strategie](https://www.oberhausen.de/smart-city).\n\n"
    "-   Erster **Punkt**\n    - Unterpunkt mit Courier\n- Zweiter Punkt\n\n"
    "1.  Erstens\n    1. Erstens a\n2. Zweitens\n\n"
    "| **Maßnahme** | **Jahr** |\n| --- | --- |\n| Sensoren \\| Daten | 2025 |\n\n"
    "Sternchen \\* und Unterstrich \\_a\\_b\\_ bleiben Zeichen."
)


@pytest.mark.parametrize("name", ["word-clipboard.html", "word-2016-clipboard.html"])
def test_paste_from_word_keeps_lists_and_formats_and_drops_the_rest(
    editor: tuple[MarkdownEditor, list[str]], name: str
) -> None:
    widget, saved = editor
    paste_html(widget, (DATA / name).read_text(encoding="utf-8"))
    assert assert_shows_what_is_saved(widget) == WORD_RESULT
    assert_no_pasted_look(widget)
    text = widget.edit.document().toPlainText()
    assert "\u00a0" not in text and "·" not in text and "[MU1]" not in text and "Bitte" not in text
    widget.flush()
    assert saved == [WORD_RESULT]


def test_paste_from_a_wiki_page_leaves_out_its_edit_links(editor: tuple[MarkdownEditor, list[str]]) -> None:
    widget, _ = editor
    paste_html(widget, (DATA / "wiki-page.html").read_text(encoding="utf-8"))
    text = assert_shows_what_is_saved(widget)
    assert "Bearbeiten" not in text and "action=edit" not in text
    assert text == (
        "| Räumlicher Geltungsbereich | Gesamtstadt |\n| --- | --- |\n\n"
        "# Kurzbeschreibung\n\n"
        "Die **Smart City Strategie** der Stadt *Oberhausen* beschreibt, wie Digitalisierung und "
        "[Verwaltung](https://www.oberhausen.de) zusammenwirken.\n\n"
        "## Analyseschwerpunkte\n\n"
        "-   Mobilität\n    - Radverkehr\n- Daten & Plattformen\n\n"
        "1. Erstens\n2. Zweitens\n\n"
        "| Maßnahme | Zeitraum |\n| --- | --- |\n| Sensoren | 2025 |"
    )
    assert_no_pasted_look(widget)


def _word_document(path: Path) -> None:
    """Write a .docx as an official would: fonts, colours, lists, a link, a table, a comment, a picture."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    from exports.ooxml import set_numbering

    doc = Document()
    p = doc.add_paragraph()
    run = p.add_run("Ziele")
    run.bold = True
    run.font.color.rgb = RGBColor(0xC0, 0, 0)
    run.font.name = "Arial"
    run.font.size = Pt(14)
    p.add_run(" der Stadt mit ")
    p.add_run("kursivem").italic = True
    p.add_run(" Text, 5 * 3 und a_b_c; mehr unter ")
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), doc.part.relate_to("https://www.oberhausen.de/smart-city", RELATIONSHIP_TYPE.HYPERLINK, True))
    link_run, link_text = OxmlElement("w:r"), OxmlElement("w:t")
    link_text.text = "oberhausen.de"
    link_run.append(link_text)
    link.append(link_run)
    p._p.append(link)  # pyright: ignore[reportPrivateUsage]
    p.add_run(".")
    doc.add_paragraph("Erster Punkt", style="List Bullet")
    nested = doc.add_paragraph("Unterpunkt", style="List Bullet")
    set_numbering(nested._p, 1, 1)  # pyright: ignore[reportPrivateUsage]
    doc.add_paragraph("Zweiter Punkt", style="List Bullet")
    doc.add_paragraph("Erstens", style="List Number")
    doc.add_paragraph("Zweitens", style="List Number")
    table = doc.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    for (r, c), text in {(0, 0): "Maßnahme", (0, 1): "Jahr", (1, 0): "Sensoren", (1, 1): "2025"}.items():
        table.cell(r, c).text = text
    commented = doc.add_paragraph("Mit Kommentar")
    doc.add_comment(commented.runs, text="Bitte prüfen", author="Prüferin")
    doc.add_picture(io.BytesIO(one_pixel_png(b"\xff\x00\x00")))
    doc.save(str(path))


@pytest.mark.needs("soffice")
def test_paste_from_libreoffice_html_of_a_word_file_keeps_lists_links_and_tables(
    editor: tuple[MarkdownEditor, list[str]], tmp_path: Path
) -> None:
    widget, _ = editor
    source = tmp_path / "konzept.docx"
    _word_document(source)
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--convert-to", "html",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    html = (tmp_path / "konzept.html").read_text(encoding="utf-8")
    assert "<ul>" in html  # LibreOffice wrote the lists as HTML lists
    paste_html(widget, html)
    text = assert_shows_what_is_saved(widget)
    assert text.startswith(
        "**Ziele** der Stadt mit *kursivem* Text, 5 \\* 3 und a\\_b\\_c; mehr unter "
        "[oberhausen.de](https://www.oberhausen.de/smart-city).\n\n"
    )
    blocks = parse_markdown(text)
    kinds = [type(block).__name__ for block in blocks]
    assert kinds == ["Paragraph", "BulletList", "OrderedList", "Table", "Paragraph"]
    assert "Unterpunkt" in text.split("\n")[3] and text.split("\n")[3].startswith("    ")  # nested
    assert "Bitte prüfen" not in text and "png" not in text
    assert_no_pasted_look(widget)


def test_plain_text_paste_is_literal(editor: tuple[MarkdownEditor, list[str]]) -> None:
    widget, saved = editor
    data = QMimeData()
    data.setText("**kein Fett** und _a_b_\r\n\r\n- keine Liste\r\n\u0007Ende")
    widget.edit.insertFromMimeData(data)
    widget.flush()
    assert [plain_text(b.children) for b in parse_markdown(saved[-1])] == [  # type: ignore[union-attr]
        "**kein Fett** und _a_b_",
        "- keine Liste",
        "Ende",
    ]


def test_copy_and_paste_inside_bodies_keeps_every_format(editor: tuple[MarkdownEditor, list[str]]) -> None:
    widget, saved = editor
    widget.set_markdown("Ein **fetter** Satz mit `Code` und [Link](dokument:2).\n\n-   Punkt\n    - Unterpunkt")
    widget.edit.selectAll()
    data = widget.edit.createMimeDataFromSelection()
    assert data.hasFormat(MARKDOWN_MIME) and "fetter" in data.text()
    to_end(widget)
    enter(widget.edit)
    enter(widget.edit)
    widget.edit.insertFromMimeData(data)
    widget.flush()
    assert saved[-1] == (
        "Ein **fetter** Satz mit `Code` und [Link](dokument:2).\n\n-   Punkt\n    - Unterpunkt\n\n"
        "Ein **fetter** Satz mit `Code` und [Link](dokument:2).\n\n-   Punkt\n    - Unterpunkt"
    )


# --- the bodies we have ---------------------------------------------------------------------


def _corpus() -> list[tuple[str, str]]:
    from editor.services.sample import build_sample
    from exports.wiki_import import import_wiki

    catalogue, documents = build_sample()
    bodies: list[tuple[str, str]] = []

    def walk(where: str, sections: Any) -> None:
        for section in sections:
            bodies.append((f"{where}/{section.title}", section.body))
            walk(where, section.children)

    for doc in documents:
        walk(f"Beispiel {doc.title}", doc.sections)
    for page in sorted((Path(__file__).parents[1] / "exports" / "wiki_pages").glob("*.wiki")):
        walk(page.name, import_wiki(page.read_text(encoding="utf-8"), catalogue, title=page.stem).document.sections)
    return [(where, body) for where, body in bodies if body.strip()]


CORPUS = _corpus()


@pytest.mark.parametrize(("where", "body"), CORPUS, ids=[where for where, _ in CORPUS])
def test_every_body_we_have_survives_load_and_save_unchanged(where: str, body: str) -> None:
    assert document_markdown(reopened(body)) == body
