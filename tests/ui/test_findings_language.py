"""Findings of Prüfen and field names speak the UI's language, from their message templates."""

from __future__ import annotations

from typing import Any

from editor.domain.fields import FIELDS
from editor.views.i18n import translate_message


def _plain(caption: str) -> str:
    return caption.replace("&", "").rstrip(":").strip()


def test_the_english_window_shows_findings_in_english(window: Any) -> None:
    doc = window.session.reader.document(window.session.model.document_ids()[0])
    paper = doc.papers[0]
    window.session.apply(lambda: window.session.ops.update_node("paper", paper.id, reference="XYZ"))
    window.set_language("en")
    window.check_action.trigger()
    rows = [window.check_results.topLevelItem(i) for i in range(window.check_results.topLevelItemCount())]
    texts = [row.text(1) for row in rows]
    assert "Paper number “XYZ” does not have the form B/17/3503-01" in texts
    assert not any("Vorlagennummer" in text or "hat nicht die Form" in text for text in texts)
    assert {row.text(0) for row in rows} <= {"Error", "Warning"}
    window.set_language("de")
    window.check_action.trigger()
    rows = [window.check_results.topLevelItem(i) for i in range(window.check_results.topLevelItemCount())]
    assert "Vorlagennummer „XYZ“ hat nicht die Form B/17/3503-01" in [row.text(1) for row in rows]


def test_in_english_too_a_form_caption_names_the_field_as_its_label(window: Any) -> None:
    window.set_language("en")
    for known in FIELDS:
        if known.caption is not None and known.type != "flag":
            caption, label = _plain(translate_message(known.caption)), translate_message(known.label)
            assert caption.startswith(label), (known.kind, known.name, caption, label)


def test_the_english_import_dialog_reports_in_english(qtbot: Any, window: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    from editor.views.import_dialog import WikiImportDialog

    window.set_language("en")
    dialog = WikiImportDialog(window.session, window)
    QGuiApplication.clipboard().setText(
        "Ein Satz ohne Infobox.\n\n== Kurzbeschreibung ==\nText <!-- Notiz --> weiter.\n"
    )
    dialog.paste_button.click()
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        dialog.import_button.click()
    report = dialog.report.toPlainText()
    assert "No infobox found; please add the metadata by hand." in report
    assert "comment(s) (<!-- … -->) removed" in report
    assert "Infobox gefunden" not in report and "Kommentar" not in report


def test_an_import_report_line_is_german_text_that_keeps_its_message() -> None:
    from editor.domain.messages import Sentence, said
    from editor.services.sample import sample_source
    from exports.wiki_import import import_wiki

    result = import_wiki("Ein Satz ohne Infobox.\n", sample_source().catalogue)
    assert "Keine Infobox gefunden; Metadaten bitte von Hand ergänzen." in result.report
    assert all(isinstance(line, Sentence) and str(said(line)) == line for line in result.report)
