"""The reading view (*Ansicht › Leseansicht*): the whole document as one page, to read before it goes out.

The page is the HTML export (:func:`exports.html_export.export_html`: Steckbrief,
Themenfelder with icons, sections, goals with indicators, Leitziel references, Synergien,
papers, links; bodies rendered with Python-Markdown) shown in a ``QTextBrowser``. Its table
of contents leads into the editor: a click on an entry scrolls the page there and selects
that entry in the tree, with its form. The page follows every change shortly after it is
saved, at the same place.

Nothing is loaded from outside: images come only from ``data:`` addresses in the page,
scripts do not run (a ``QTextBrowser`` has none), and a web link opens in the browser only
when it is clicked.
"""

from __future__ import annotations

import base64
import re
import time
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from editor.views.i18n import tr

READING_STYLE = """
body { font-size: 11pt; }
h1 { font-size: 20pt; margin-bottom: 6px; }
h2 { font-size: 16pt; margin-top: 22px; margin-bottom: 6px; color: #0b5cad; }
h3 { font-size: 13pt; margin-top: 16px; margin-bottom: 4px; }
h4, h5, h6 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }
p.art, p.angaben { color: #4a4a4a; }
table { border-collapse: collapse; margin-top: 6px; margin-bottom: 12px; }
th, td { border: 1px solid #8c8c8c; padding: 3px 6px; }
thead th { background-color: #e7eef7; }
caption { font-weight: bold; }
pre { background-color: #f4f4f4; }
a { color: #0b5cad; }
"""
"""Qt's rich text knows a part of CSS: the page's own stylesheet is replaced by this one."""

_STYLE_ELEMENT = re.compile(r"<style>.*?</style>", re.DOTALL)
_SKIP_LINK = re.compile(r'<a class="sprungmarke"[^>]*>.*?</a>\n?')


class ReadingBrowser(QTextBrowser):
    """A text browser that shows images from ``data:`` addresses only and loads nothing else."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Return an embedded image; anything from a file or the network is not loaded."""
        url = name if isinstance(name, QUrl) else QUrl(name)
        if kind == QTextDocument.ResourceType.ImageResource.value and url.scheme() == "data":
            header, _, data = url.toString().partition(",")
            if header.endswith(";base64"):
                image = QImage()
                image.loadFromData(QByteArray(base64.b64decode(data)))
                return image
        return None


class ReadingView(QWidget):
    """A window with one document as a page; its table of contents jumps to the entries in the editor."""

    def __init__(self, window: Any, document_id: int) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.main_window = window
        self.document_id = document_id
        self.targets: dict[str, tuple[str, int | None]] = {}
        self.setObjectName("reading_view")
        self.resize(900, 900)
        self.browser = ReadingBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(READING_STYLE)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(800)
        self._timer.timeout.connect(self.refresh)
        self._refreshed = 0.0
        session = window.session
        if session is not None:
            session.record_applied.connect(self._on_session_record_applied)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Set the texts in the current language (the page itself is German, like the export)."""
        self.browser.setAccessibleName(tr("Leseansicht"))
        self.browser.setAccessibleDescription(
            tr("Das ganze Dokument als eine Seite. Ein Eintrag im Inhaltsverzeichnis springt zu ihm im Editor.")
        )
        self.hint.setText(tr("Ein Klick auf einen Eintrag im Inhaltsverzeichnis zeigt ihn im Editor."))
        self.refresh_button.setText(tr("&Aktualisieren"))

    def refresh(self) -> None:
        """Show the document as it is now, at the same place of the page."""
        from exports.html_export import export_html

        session = self.main_window.session
        if session is None:
            return
        try:
            source = session.reader.export_source(self.document_id)
        except Exception:  # the document was deleted meanwhile
            self.close()
            return
        targets: dict[str, tuple[str, int | None]] = {}
        page = export_html(source, targets=targets)
        page = _SKIP_LINK.sub("", _STYLE_ELEMENT.sub("", page, count=1), count=1)
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(page)
        bar.setValue(position)
        self.targets = targets
        self._refreshed = time.monotonic()
        title = source.document.title.strip() or tr("Ohne Titel")
        self.setWindowTitle(tr("Leseansicht – {title}").format(title=title))

    def jump(self, anchor: str) -> bool:
        """Scroll the page to ``anchor`` and select its entry in the editor; return whether there is one."""
        self.browser.scrollToAnchor(anchor)
        target = self.targets.get(anchor)
        if target is None:
            return False
        kind, node_id = target
        if not self.main_window.go_to(self.document_id, kind, node_id):
            return False
        self.main_window.raise_()
        self.main_window.activateWindow()
        return True

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if not url.scheme() and url.hasFragment():
            self.jump(url.fragment(QUrl.ComponentFormattingOption.FullyDecoded))
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # only on a click, in the user's browser or mail program

    def _on_session_record_applied(self, *_args: object) -> None:
        # At once after a pause; while the user types, at most every 0.8 s.
        if time.monotonic() - self._refreshed > 0.8:
            self.refresh()
        else:
            self._timer.start()


def show_reading_view(window: Any, document_id: int) -> ReadingView:
    """Open (or bring up) the reading view of ``document_id`` next to the main window."""
    for view in window.findChildren(ReadingView):
        if view.document_id == document_id:
            view.refresh()
            view.show()
            view.raise_()
            view.activateWindow()
            return view
    view = ReadingView(window, document_id)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
