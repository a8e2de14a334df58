"""The reading view: the whole document as one page; its table of contents leads into the editor."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QApplication

from editor.views.reading_view import ReadingView


def _view(window: Any) -> ReadingView:
    window.reading_action.trigger()
    views = window.findChildren(ReadingView)
    assert len(views) == 1
    return views[0]


def test_the_reading_view_shows_the_whole_document_with_icons(window: Any) -> None:
    assert "Ansicht" in window.view_menu.title() and window.reading_action in window.view_menu.actions()
    view = _view(window)
    assert view.isVisible() and view.windowTitle() == "Leseansicht – Smart City Strategie"
    text = view.browser.toPlainText()
    for part in (
        "Inhalt",
        "Steckbrief",
        "Themenfelder",
        "Kurzbeschreibung",
        "Ziele",
        "Politische Beschlusslage",
        "B/17/3503-01",
        "Weiterführende Links",
    ):
        assert part in text, part
    assert text.index("Inhalt") < text.index("Steckbrief") < text.index("Kurzbeschreibung")
    assert "Zum Text springen" not in text and "sprungmarke" not in text  # the page's skip link is for browsers
    images = []
    block = view.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                images.append(QTextImageFormat(fmt).name())
            it += 1
        block = block.next()
    assert images and all(name.startswith("data:image/png;base64,") for name in images)
    loaded = view.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(images[0]))
    assert isinstance(loaded, QImage) and not loaded.isNull()  # the Themenfeld icons show


def test_nothing_is_loaded_from_outside(window: Any) -> None:
    view = _view(window)
    kind = QTextDocument.ResourceType.ImageResource.value
    assert view.browser.loadResource(kind, QUrl("https://example.org/bild.png")) is None
    assert view.browser.loadResource(kind, QUrl("file:///etc/passwd")) is None


def test_a_click_in_the_table_of_contents_selects_the_entry_in_the_editor(window: Any) -> None:
    view = _view(window)
    doc = window.session.reader.document(view.document_id)
    view.browser.anchorClicked.emit(QUrl("#kurzbeschreibung"))
    node = window._current_node()
    assert (node.kind, node.id) == ("section", doc.sections[0].id)
    view.browser.anchorClicked.emit(QUrl("#ziel-3"))
    node = window._current_node()
    assert (node.kind, node.id) == ("goal", doc.goals[2].id)
    view.browser.anchorClicked.emit(QUrl("#vorlage-b173503-01"))
    assert window._current_node().kind == "paper"
    view.browser.anchorClicked.emit(QUrl("#steckbrief"))
    assert window._current_node().kind == "stammdaten"
    view.browser.anchorClicked.emit(QUrl("#themenfelder"))
    assert window._current_node().kind == "themenfelder"


def test_web_links_open_only_when_clicked(window: Any, monkeypatch: Any) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    view = _view(window)
    assert opened == []
    view.browser.anchorClicked.emit(QUrl("https://www.oberhausen.de/"))
    view.browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert opened == ["https://www.oberhausen.de/"]


def test_the_page_follows_the_changes(qtbot: Any, window: Any) -> None:
    view = _view(window)
    doc = window.session.reader.document(view.document_id)
    ops = window.session.ops
    record = window.session.apply(lambda: ops.update_node("section", doc.sections[0].id, title="Kurz gesagt"))
    assert record is not None, (window.session.read_only, window.banner.text())
    # Polled with processEvents: an earlier test of the run may have quit the application's
    # event loop, after which qtbot's waits return at once.
    deadline = time.monotonic() + 5
    while "Kurz gesagt" not in view.browser.toPlainText() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    assert "Kurz gesagt" in view.browser.toPlainText()
    window.reading_action.trigger()  # the same document again: the same window
    assert len(window.findChildren(ReadingView)) == 1


def test_the_reading_view_speaks_english_in_the_english_ui(window: Any) -> None:
    window.set_language("en")
    view = _view(window)
    assert window.reading_action.text() == "&Reading view"
    assert view.refresh_button.text() == "&Refresh"
    assert view.windowTitle().startswith("Reading view – ")


def test_a_heading_in_the_text_around_a_list_leads_to_the_field_that_edits_it(window: Any) -> None:
    # The prose an imported page has around its lists (Document.page_texts) is edited in the
    # form of the part it belongs to; a heading in it leads there, not to the list's last entry.
    doc_id = window.session.model.document_ids()[0]
    ops = window.session.ops
    for key, text in (
        ("goals.end", "# Umsetzung\n\nJährlich im Ausschuss."),
        ("synergies", "# Abstimmung\n\nMit allen."),
    ):
        assert window.session.apply(lambda key=key, text=text: ops.set_page_text(doc_id, key, text)) is not None
    view = _view(window)
    view.refresh()
    assert "Jährlich im Ausschuss." in view.browser.toPlainText()
    assert view.jump("umsetzung")
    assert window._current_node().kind == "goals"
    assert window.current_form.fields["page_text:goals.end"].isVisible()
    assert view.jump("abstimmung")
    assert window._current_node().kind == "synergies"
