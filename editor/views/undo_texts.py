"""Undo steps in words: a services ``Description`` as a translated, human label.

The services describe each action in parts (verb, kind of item, its name, the changed
fields' keys) and keep no UI language; this module says it in the UI's language. Field
names are the forms' own labels, so an undo step names a field as the form does.
"""

from __future__ import annotations

from editor.services import Description
from editor.views.i18n import tr


def describe(description: Description) -> str:
    """Return what a user did, in the UI language ("Abschnitt „Ziele“: Text geändert")."""
    kind = _kinds().get(description.kind, "")
    subject = tr("{kind} „{name}“").format(kind=kind, name=description.name) if description.name else kind
    fields = _fields().get(description.kind, {})
    names = [fields.get(key, "") for key in description.fields]
    # A field without a name here stays unnamed: a column name is no word for a user.
    if description.verb == "change" and names and all(names):
        return tr("{subject}: {fields} geändert").format(subject=subject, fields=", ".join(names))
    if description.verb == "delete" and description.count == 1:
        return tr("{subject} mit einem Unterpunkt gelöscht").format(subject=subject)
    if description.verb == "delete" and description.count > 1:
        return tr("{subject} mit {count} Unterpunkten gelöscht").format(subject=subject, count=description.count)
    return _verbs()[description.verb].format(subject=subject)


def menu_text(text: str) -> str:
    """Return ``text`` for a menu entry: an ``&`` in a name stays an ``&``, not a mnemonic."""
    return text.replace("&", "&&")


def _plain(label: str) -> str:
    """Return a form label as a field name: without its mnemonic and colon."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


def _verbs() -> dict[str, str]:
    return {
        "add": tr("{subject} hinzugefügt"),
        "create": tr("{subject} angelegt"),
        "insert": tr("{subject} eingefügt"),
        "change": tr("{subject} geändert"),
        "delete": tr("{subject} gelöscht"),
        "move": tr("{subject} verschoben"),
        "move_up": tr("{subject} nach oben verschoben"),
        "move_down": tr("{subject} nach unten verschoben"),
        "indent": tr("{subject} eingerückt"),
        "outdent": tr("{subject} ausgerückt"),
        "save": tr("{subject} gespeichert"),
        "restore": tr("{subject} wiederhergestellt"),
        "pull": tr("{subject} aus dem Wiki geholt"),
    }


def _kinds() -> dict[str, str]:
    return {
        "document": tr("Dokument"),
        "section": tr("Abschnitt"),
        "goal": tr("Ziel"),
        "paper": tr("Beschluss"),
        "indicator": tr("Indikator"),
        "consultation": tr("Beratung"),
        "synergy": tr("Synergie"),
        "leitziel_ref": tr("Leitziel-Bezug"),
        "link": tr("Link"),
        "themenfeld": tr("Themenfeld"),
        "document_themenfeld": tr("Themenfeld"),
        "leitziel": tr("Leitziel"),
        "version": tr("Fassung"),
        "setting": tr("Einstellungen"),
    }


def _fields() -> dict[str, dict[str, str]]:
    """Return the name of every editable field by table and column, as the forms label them."""
    return {
        "document": {
            "title": _plain(tr("&Titel:")),
            "wiki_title": _plain(tr("&Wiki-Seitentitel:")),
            "art": _plain(tr("A&rt:")),
            "scope": _plain(tr("Räumlicher &Geltungsbereich:")),
            "responsible": _plain(tr("&Zuständigkeit:")),
            "year": _plain(tr("&Jahr der Veröffentlichung:")),
            "status": _plain(tr("&Status:")),
            "extra_params": tr("Weitere Infobox-Angaben"),
            "themenfelder": _plain(tr("&Themenfelder:")),
            "categories": _plain(tr("Weitere &Kategorien:")),
            "page_texts": tr("Texte der Wiki-Seite"),
            "notes": _plain(tr("Hi&nweise für die Bearbeitung:")),
        },
        "section": {"title": _plain(tr("&Überschrift:")), "body": _plain(tr("&Text:"))},
        "goal": {
            "title": _plain(tr("&Titel:")),
            "description": _plain(tr("Beschreib&ung:")),
            "owner": _plain(tr("&Verantwortlich:")),
            "deadline": _plain(tr("&Frist:")),
            "status": _plain(tr("&Status:")),
            "themenfeld_id": _plain(tr("The&menfeld:")),
            "leitziel_id": _plain(tr("&Leitziel:")),
        },
        "paper": {
            "reference": _plain(tr("&Nummer:")),
            "name": _plain(tr("B&etreff:")),
            "paper_type": _plain(tr("Ar&t:")),
            "date": _plain(tr("Dat&um:")),
            "system": _plain(tr("&System:")),
            "url": _plain(tr("Ad&resse (URL):")),
            "under_direction_of": _plain(tr("&Federführung:")),
            "involved": _plain(tr("Beteil&igt:")),
            "public": tr("öffentlich/nichtöffentlich"),
            "decision_proposal": _plain(tr("Beschluss&vorschlag:")),
            "reasoning": _plain(tr("Sa&chverhalt:")),
            "financial_impact": _plain(tr("Finanzielle Aus&wirkungen:")),
            "attachments": tr("Anlagen"),
        },
        "indicator": {
            "name": tr("Name"),
            "unit": tr("Einheit"),
            "baseline": tr("Ausgangswert"),
            "target": tr("Zielwert"),
            "year": tr("Zieljahr"),
        },
        "consultation": {
            "organization": tr("Gremium"),
            "meeting_date": tr("Sitzung"),
            "role": tr("Rolle"),
            "result": tr("Ergebnis"),
        },
        "synergy": {"target_document_id": tr("Dokument"), "text": tr("Text")},
        "leitziel_ref": {
            "themenfeld_id": tr("Themenfeld"),
            "leitziel_id": tr("Leitziel"),
            "note": tr("Notiz"),
            "leitziel_title": tr("Leitziel (nicht im Katalog)"),
            "leitziel_anchor": tr("Anker des Leitziels"),
        },
        "link": {"label": tr("Bezeichnung"), "url": tr("Adresse")},
        "themenfeld": {
            "title": tr("Titel"),
            "wiki_page": tr("Wiki-Seite"),
            "icon": tr("Symboldatei"),
            "category": tr("Kategorie"),
        },
        "leitziel": {"title": tr("Titel"), "anchor": tr("Anker auf der Wiki-Seite")},
        "version": {"name": tr("Name")},
        "setting": {
            "authority.city": _plain(tr("&Stadt:")),
            "authority.head": _plain(tr("&Verwaltungsspitze:")),
            "authority.unit": _plain(tr("&Dezernat/Bereich:")),
        },
    }
