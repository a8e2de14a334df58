"""The check dock (F7, Prüfen): every finding of the whole file in words; a finding jumps to its field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QStyle

from editor.views.i18n import tr, translate_message
from editor.views.search_dock import ResultsDock
from editor.views.session import EditorSession


class CheckDock(ResultsDock):
    """The findings of Prüfen: severity, message (in the UI language) and document."""

    def __init__(self, window: QMainWindow, session: Callable[[], EditorSession | None]) -> None:
        super().__init__(window, "check_dock", session)
        self.results.setColumnCount(3)
        self.setWidget(self.results)

    def run(self) -> int:
        """List the validation findings of the whole file; return their number."""
        self.results.clear()
        session = self._session()
        if session is None:
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large file takes a second or two
        try:
            findings = session.reader.check()
        finally:
            QApplication.restoreOverrideCursor()
        titles = session.reader.titles()
        severity = {"Fehler": tr("Fehler"), "Warnung": tr("Warnung")}
        icons = {"Fehler": QStyle.StandardPixmap.SP_MessageBoxCritical}
        for finding in findings:
            where = titles.get(finding.document_id or 0, "")
            place = (finding.document_id or 0, finding.kind, finding.node_id, finding.field, "")
            texts = [severity.get(finding.severity, finding.severity), translate_message(finding.text), where]
            item = self.add_result(texts, place)
            icon = icons.get(finding.severity, QStyle.StandardPixmap.SP_MessageBoxWarning)
            item.setIcon(0, self.style().standardIcon(icon))
        if not findings:
            self.add_result([tr("Keine"), tr("Keine Befunde: Die Datei ist in Ordnung."), ""], None)
        for column in range(3):
            self.results.resizeColumnToContents(column)
        return len(findings)

    def open(self) -> int:
        """Run the check, show the dock with the focus on the findings; return their number."""
        count = self.run()
        self.show()
        self.raise_()
        self.results.setFocus()
        return count

    def retranslate(self) -> None:
        """Set the dock's texts in the current language."""
        self.setWindowTitle(tr("Prüfergebnisse"))
        self.results.setHeaderLabels([tr("Schwere"), tr("Meldung"), tr("Ort")])
        self.results.setAccessibleName(tr("Prüfergebnisse"))
