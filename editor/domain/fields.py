"""One table of the fields a user edits: name, label, kind of value, and who uses each.

Every part of the program that names a field takes the name from here: the forms
(their captions, with the access key), the undo steps ("Abschnitt „Ziele“: Text
geändert"), the outline that ``show`` prints and Fassungen are compared on, the
findings of ``check``, where a search hit is shown, and the Word Steckbrief. Labels are
German :class:`~editor.domain.messages.Message` templates; the window translates them
(``tools/translations.py`` collects them like every other message).

A field's ``name`` is the attribute of the domain object and, by design, the column of
the file; ``kind`` is the kind of item it belongs to (``"document"``, ``"section"``,
``"goal"``, ``"indicator"``, ``"paper"``, ``"consultation"`` …).
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.domain.messages import Message, message

# What kind of value a field holds (how forms edit it and checks read it).
LINE = "line"
"""One line of text."""
TEXT = "text"
"""Several lines of plain text (a Beschlussvorschlag has one point per line)."""
MARKDOWN = "markdown"
"""Formatted text, stored as canonical Markdown (a section's body)."""
DATE = "date"
"""A date: ISO when understood, else kept as typed."""
YEAR = "year"
"""A year, kept as typed."""
CHOICE = "choice"
"""One of suggested values (a status, an Art), or what was typed."""
REFERENCE = "reference"
"""Another item of the file or the catalogue (a Themenfeld, a Leitziel, a document)."""
FLAG = "flag"
"""Yes or no."""
URL = "url"
"""A web address."""
ROWS = "rows"
"""Rows of their own (indicators, Beratungsfolge, the document's Themenfelder)."""
MAPPING = "mapping"
"""Names and values (infobox parameters an import kept)."""

# Who writes a field out.
WIKI = "wiki"
WORD = "word"
HTML = "html"
OUTLINE = "outline"
"""The readable outline of ``show`` and of comparing Fassungen."""

# Which checks of ``check`` read a field.
REQUIRED = "required"
"""An empty value is an error."""
IS_DATE = "date"
"""A value that is no (likely) date is a warning."""
IS_YEAR = "year"
"""A value that is no year is a warning."""
WEB_ADDRESS = "web-address"
"""A value that is no http(s) address is a warning."""
PAPER_NUMBER = "paper-number"
"""A council paper number of another form than B/17/3503-01 is a warning."""
LINKS = "links"
"""Markdown links in the text must point to the web or to a document of the file."""
HEADINGS = "headings"
"""Headings in the text must not skip a level."""


@dataclass(frozen=True, slots=True)
class Field:
    """One field a user edits, with its label and who uses it.

    ``caption`` is the form's caption with its access key (``"A&rt:"``); a field that is
    a column of a table in a form has none. ``word_label`` is set where the Word
    Steckbrief says it differently.
    """

    kind: str
    name: str
    label: Message
    type: str = LINE
    caption: Message | None = None
    exports: frozenset[str] = frozenset()
    checks: frozenset[str] = frozenset()
    word_label: Message | None = None


_EXPORTS = frozenset({WIKI, WORD, HTML, OUTLINE})
_CHECKS = frozenset({REQUIRED, IS_DATE, IS_YEAR, WEB_ADDRESS, PAPER_NUMBER, LINKS, HEADINGS})


def _f(
    kind: str,
    name: str,
    label: Message,
    type: str = LINE,  # the column of the table is called so
    caption: Message | None = None,
    exports: str = "",
    checks: str = "",
    word_label: Message | None = None,
) -> Field:
    written, read = frozenset(exports.split()), frozenset(checks.split())
    assert written <= _EXPORTS and read <= _CHECKS, (kind, name)  # a slip of the pen in the table below
    return Field(kind, name, label, type, caption, written, read, word_label)


FIELDS: tuple[Field, ...] = (
    # A document's Stammdaten, in the order the form and the Word Steckbrief show them.
    _f("document", "title", message("Titel"), LINE, message("&Titel:"), "wiki word html outline", "required"),
    _f("document", "wiki_title", message("Wiki-Seitentitel"), LINE, message("&Wiki-Seitentitel:"),
       "wiki word html outline", "", message("Wiki-Seite")),
    _f("document", "art", message("Art"), CHOICE, message("A&rt:"), "wiki word html outline", "required"),
    _f("document", "scope", message("Räumlicher Geltungsbereich"), CHOICE, message("Räumlicher &Geltungsbereich:"),
       "wiki word html outline", "required"),
    _f("document", "responsible", message("Zuständigkeit"), LINE, message("&Zuständigkeit:"),
       "wiki word html outline", "required"),
    _f("document", "year", message("Jahr der Veröffentlichung"), YEAR, message("&Jahr der Veröffentlichung:"),
       "wiki word html outline", "required year"),
    _f("document", "status", message("Status"), CHOICE, message("&Status:"), "word html outline"),
    _f("document", "themenfelder", message("Themenfelder"), ROWS, message("&Themenfelder:"), "wiki word html outline"),
    _f("document", "extra_params", message("Weitere Infobox-Angaben"), MAPPING, None, "wiki outline"),
    _f("document", "categories", message("Weitere Kategorien"), LINE, message("Weitere &Kategorien:"), "wiki outline"),
    _f("document", "page_texts", message("Texte der Wiki-Seite"), MAPPING, None, "wiki outline"),
    _f("document", "notes", message("Hinweise für die Bearbeitung"), TEXT, message("Hi&nweise für die Bearbeitung:"),
       "outline"),
    # Sections.
    _f("section", "title", message("Überschrift"), LINE, message("&Überschrift:"), "wiki word html outline",
       "required"),
    _f("section", "body", message("Text"), MARKDOWN, message("&Text:"), "wiki word html outline", "links headings"),
    # Goals and their indicators.
    _f("goal", "title", message("Titel"), LINE, message("&Titel:"), "wiki word html outline", "required"),
    _f("goal", "description", message("Beschreibung"), MARKDOWN, message("Beschreib&ung:"),
       "wiki word html outline", "links"),
    _f("goal", "owner", message("Verantwortlich"), LINE, message("&Verantwortlich:"), "word html outline"),
    _f("goal", "deadline", message("Frist"), DATE, message("&Frist:"), "word html outline", "date"),
    _f("goal", "status", message("Status"), CHOICE, message("&Status:"), "word html outline"),
    _f("goal", "themenfeld_id", message("Themenfeld"), REFERENCE, message("The&menfeld:"), "wiki word html outline"),
    _f("goal", "leitziel_id", message("Leitziel"), REFERENCE, message("&Leitziel:"), "wiki word html outline"),
    _f("goal", "indicators", message("Indikatoren"), ROWS, message("&Indikatoren:"), "word html outline"),
    _f("indicator", "name", message("Name"), LINE, None, "word html outline", "required"),
    _f("indicator", "unit", message("Einheit"), LINE, None, "word html outline"),
    _f("indicator", "baseline", message("Ausgangswert"), LINE, None, "word html outline"),
    _f("indicator", "target", message("Zielwert"), LINE, None, "word html outline"),
    _f("indicator", "year", message("Zieljahr"), YEAR, None, "word html outline", "year"),
    # Council papers and their Beratungsfolge.
    _f("paper", "reference", message("Nummer"), LINE, message("&Nummer:"), "wiki word html outline",
       "required paper-number"),
    _f("paper", "name", message("Betreff"), LINE, message("B&etreff:"), "wiki word html outline", "required"),
    _f("paper", "paper_type", message("Art"), CHOICE, message("Ar&t:"), "wiki word html outline"),
    _f("paper", "date", message("Datum"), DATE, message("Dat&um:"), "wiki word html outline", "date"),
    _f("paper", "system", message("System"), LINE, message("&System:"), "wiki word html outline"),
    _f("paper", "url", message("Adresse (URL)"), URL, message("Ad&resse (URL):"), "wiki word html outline",
       "web-address"),
    _f("paper", "under_direction_of", message("Federführung"), LINE, message("&Federführung:"), "word html outline"),
    _f("paper", "involved", message("Beteiligt"), LINE, message("Beteil&igt:"), "word outline"),
    _f("paper", "public", message("öffentlich/nichtöffentlich"), FLAG, message("&öffentlich"),
       "word html outline"),
    _f("paper", "decision_proposal", message("Beschlussvorschlag"), TEXT, message("Beschluss&vorschlag:"),
       "word outline"),
    _f("paper", "reasoning", message("Sachverhalt"), MARKDOWN, message("Sa&chverhalt:"), "word outline"),
    _f("paper", "financial_impact", message("Finanzielle Auswirkungen"), MARKDOWN,
       message("Finanzielle Aus&wirkungen:"), "word outline"),
    _f("paper", "attachments", message("Anlagen"), TEXT, message("An&lagen (eine je Zeile):"), "word outline"),
    _f("paper", "consultations", message("Beratungsfolge"), ROWS, message("Beratun&gsfolge:"),
       "wiki word html outline"),
    _f("consultation", "organization", message("Gremium"), LINE, None, "word html outline", "required"),
    _f("consultation", "meeting_date", message("Sitzung"), DATE, None, "word html outline", "date"),
    _f("consultation", "role", message("Rolle"), CHOICE, None, "word html outline"),
    _f("consultation", "result", message("Ergebnis"), LINE, None, "word html outline"),
    # The lists around a document.
    _f("synergy", "target_document_id", message("Dokument"), REFERENCE, None, "wiki word html outline"),
    _f("synergy", "text", message("Text"), LINE, None, "wiki word html outline"),
    _f("leitziel_ref", "themenfeld_id", message("Themenfeld"), REFERENCE, None, "wiki word html outline"),
    _f("leitziel_ref", "leitziel_id", message("Leitziel"), REFERENCE, None, "wiki word html outline"),
    _f("leitziel_ref", "note", message("Notiz"), LINE, None, "wiki word html outline"),
    _f("leitziel_ref", "leitziel_title", message("Leitziel (nicht im Katalog)"), LINE, None,
       "wiki word html outline"),
    _f("leitziel_ref", "leitziel_anchor", message("Anker des Leitziels"), LINE, None, "wiki"),
    _f("link", "label", message("Bezeichnung"), LINE, None, "wiki word html outline", "required"),
    _f("link", "url", message("Adresse"), URL, None, "wiki word html outline", "web-address"),
    # The catalogue, Fassungen and the file's settings.
    _f("themenfeld", "title", message("Titel"), LINE, None, "wiki word html"),
    _f("themenfeld", "wiki_page", message("Wiki-Seite"), LINE, None, "wiki"),
    _f("themenfeld", "icon", message("Symboldatei"), LINE, None, "wiki word html"),
    _f("themenfeld", "category", message("Kategorie"), LINE, None, "wiki"),
    _f("leitziel", "title", message("Titel"), LINE, None, "wiki word html"),
    _f("leitziel", "anchor", message("Anker auf der Wiki-Seite"), LINE, None, "wiki"),
    _f("version", "name", message("Name"), LINE),
    _f("setting", "authority.city", message("Stadt"), LINE, message("&Stadt:"), "word"),
    _f("setting", "authority.head", message("Verwaltungsspitze"), LINE, message("&Verwaltungsspitze:"), "word"),
    _f("setting", "authority.unit", message("Dezernat/Bereich"), LINE, message("&Dezernat/Bereich:"), "word"),
)  # fmt: skip
"""Every field a user edits, by kind of item, in the order the forms show them."""

KINDS: dict[str, Message] = {
    "document": message("Dokument"),
    "section": message("Abschnitt"),
    "goal": message("Ziel"),
    "paper": message("Beschluss"),
    "indicator": message("Indikator"),
    "consultation": message("Beratung"),
    "synergy": message("Synergie"),
    "leitziel_ref": message("Leitziel-Bezug"),
    "link": message("Link"),
    "themenfeld": message("Themenfeld"),
    "document_themenfeld": message("Themenfeld"),
    "leitziel": message("Leitziel"),
    "version": message("Fassung"),
    "setting": message("Einstellungen"),
}
"""What each kind of item is called (undo steps, search hits, findings)."""

_BY_KEY: dict[tuple[str, str], Field] = {(f.kind, f.name): f for f in FIELDS}


def field(kind: str, name: str) -> Field | None:
    """Return the field ``name`` of items of ``kind``, if there is one."""
    return _BY_KEY.get((kind, name))


def fields_of(kind: str) -> tuple[Field, ...]:
    """Return the fields of items of ``kind`` in the order the forms show them."""
    return tuple(f for f in FIELDS if f.kind == kind)


def label(kind: str, name: str) -> Message:
    """Return the label of a field (its name itself for one the table does not know)."""
    known = _BY_KEY.get((kind, name))
    return known.label if known is not None else Message(name)


def checked(kind: str, check: str) -> tuple[Field, ...]:
    """Return the fields of ``kind`` that the check ``check`` reads, in table order."""
    return tuple(f for f in FIELDS if f.kind == kind and check in f.checks)


def exported(kind: str, export: str) -> tuple[Field, ...]:
    """Return the fields of ``kind`` that ``export`` writes, in table order."""
    return tuple(f for f in FIELDS if f.kind == kind and export in f.exports)
