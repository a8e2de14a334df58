"""Wiki import: hand-written pages in the style of the real wiki, checked field by field."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from editor.domain.model import Catalogue, ExportSource
from editor.domain.validation import validate_document
from editor.services.sample import build_sample
from exports.markdown_ast import BulletList, OrderedList, Paragraph, Strong, Table, Text, parse_markdown
from exports.wiki import export_wiki
from exports.wiki_import import ImportResult, WikiImportError, import_wiki
from exports.wiki_profile import default_profile

PAGES = Path(__file__).resolve().parent / "wiki_pages"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return build_sample()[0]


PAGE_IDS = {"Smart City Strategie": 1, "Beispielkonzept Digitale Quartiere": 2}


def load(name: str, catalogue: Catalogue) -> ImportResult:
    return import_wiki((PAGES / name).read_text(encoding="utf-8"), catalogue, PAGE_IDS, title=name)


def tf_id(catalogue: Catalogue, title: str) -> int:
    tf = catalogue.by_title(title)
    assert tf is not None and tf.id is not None
    return tf.id


def lz_id(catalogue: Catalogue, themenfeld: str, leitziel: str) -> int:
    tf = catalogue.by_title(themenfeld)
    assert tf is not None
    found = next(lz.id for lz in tf.leitziele if lz.title == leitziel)
    assert found is not None
    return found


def test_old_revision_with_fachbereich_jpg_icons_and_link_row(catalogue: Catalogue) -> None:
    result = load("alte-fassung-klimaanpassung.wiki", catalogue)
    doc = result.document
    assert (doc.scope, doc.art, doc.responsible, doc.year) == (
        "Gesamtstadt",
        "Konzept",
        "Bereich 2-2 Umweltschutz",
        "2019",
    )
    assert doc.extra_params == {"Übergeordnetes Handlungsfeld": "Umwelt, Freiraum, Klima"}
    assert doc.themenfeld_ids == [
        tf_id(catalogue, "Umwelt, Freiraum, Klima"),
        tf_id(catalogue, "Gesundheit, Sport und Bewegung"),
    ]
    assert [(s.title, s.body) for s in doc.sections] == [
        (
            "Kurzbeschreibung",
            "Das Klimaanpassungskonzept beschreibt, wie sich die Stadt auf Hitze und Starkregen vorbereitet.",
        ),
        ("Analyseschwerpunkte im Konzept", "- Hitzebelastung in den Stadtteilen\n- Überflutungsgefahr bei Starkregen"),
    ]
    assert [(g.title, [c.title for c in g.children]) for g in doc.goals] == [
        ("Die Stadt an den Klimawandel anpassen", ["Hitzeinseln verringern", "Regenwasser vor Ort halten"]),
        ("Gesundheit der Bevölkerung schützen", []),
    ]
    assert [(p.paper_type, p.reference, p.system, p.name, p.url) for p in doc.papers] == [
        ("Vorlage", "B/16/1234-01", "Allris", "Klimaanpassungskonzept der Stadt", "")
    ]
    assert doc.synergies == [] and doc.leitziel_refs == []
    assert [(li.label, li.url) for li in doc.links] == [
        ("Klimaanpassung in Oberhausen", "https://www.oberhausen.de/klima")
    ]
    assert "Alter Parameter „Fachbereich“ als „Zuständigkeit“ übernommen." in result.report
    assert any("Übergeordnetes Handlungsfeld" in line for line in result.report)
    assert any("Ziele" in line and "gelesen" in line for line in result.report)
    exported = export_wiki(ExportSource(doc, catalogue))
    assert "|Übergeordnetes Handlungsfeld=Umwelt, Freiraum, Klima\n}}" in exported


def test_leitziele_aus_dem_istek_nested_goals_and_several_papers(catalogue: Catalogue) -> None:
    result = load("mobilitaet-leitziele-istek.wiki", catalogue)
    doc = result.document
    assert (doc.scope, doc.art, doc.responsible, doc.year) == (
        "Gesamtstadt",
        "Strategie",
        "Bereich 5-6 Mobilität",
        "2021",
    )
    assert doc.title == doc.wiki_title == "mobilitaet-leitziele-istek.wiki"
    assert doc.themenfeld_ids == [tf_id(catalogue, "Mobilität"), tf_id(catalogue, "Stadtstruktur & Stadtgestalt")]
    assert [(s.title, s.body, s.children) for s in doc.sections] == [
        ("Kurzbeschreibung", "", []),
        ("Analyseschwerpunkte", "", []),
    ]
    top = doc.goals[0]
    assert top.title == "Den Umweltverbund stärken"
    assert [c.title for c in top.children] == ["Radverkehrsanteil erhöhen", "Busangebot verdichten"]
    assert [c.title for c in top.children[0].children] == ["Radwegenetz lückenlos ausbauen"]
    assert doc.goals[1].title == "Verkehrssicherheit verbessern"
    stadt = tf_id(catalogue, "Stadtstruktur & Stadtgestalt")
    assert [(r.themenfeld_id, r.leitziel_id, r.note) for r in doc.leitziel_refs] == [
        (
            stadt,
            lz_id(catalogue, "Stadtstruktur & Stadtgestalt", "Erhalt der Polyzentralität"),
            "Kurze Wege zwischen den Zentren",
        ),
        (stadt, lz_id(catalogue, "Stadtstruktur & Stadtgestalt", "Innen- vor Außenentwicklung"), ""),
    ]
    assert [(p.paper_type, p.reference, p.system, p.name, p.url) for p in doc.papers] == [
        ("Vorlage", "B/17/0815", "Allris", "Mobilitätsstrategie – Grundsatzbeschluss", ""),
        (
            "Vorlage",
            "B/17/0815-01",
            "Allris",
            "Mobilitätsstrategie – Beschluss",
            "https://ratsinfo.oberhausen.de/vo0050.asp?__kvonr=4711",
        ),
        ("Antrag", "A/17/0042", "Allris", "Antrag der Fraktion zur Mobilitätsstrategie", ""),
    ]
    assert [(li.label, li.url) for li in doc.links] == [
        ("Mobilitätsstrategie (PDF)", "https://www.oberhausen.de/mobilitaet"),
        ("Radverkehr", "https://www.oberhausen.de/rad"),
    ]
    assert doc.extra_params == {}


def test_standard_profile_table_infobox_and_english_namespaces(catalogue: Catalogue) -> None:
    result = load("standard-profil-tabelle.wiki", catalogue)
    doc = result.document
    assert (doc.scope, doc.art, doc.responsible, doc.year) == (
        "Quartier",
        "Rahmenplan",
        "Bereich 5-1 Stadtplanung",
        "2024",
    )
    assert doc.extra_params == {"Ansprechperson": "Frau Muster"}
    assert doc.themenfeld_ids == [tf_id(catalogue, "Wohnen")]
    assert [(s.title, s.body) for s in doc.sections] == [("Kurzbeschreibung", "Ein Rahmenplan für das Quartier.")]
    assert [g.title for g in doc.goals] == ["Wohnraum schaffen"]
    assert (doc.papers, doc.synergies, doc.leitziel_refs, doc.links) == ([], [], [], [])


def test_prose_sub_headings_tables_and_links_inside_sections(catalogue: Catalogue) -> None:
    result = load("prosa-und-unterabschnitte.wiki", catalogue)
    doc = result.document
    assert (doc.scope, doc.art, doc.responsible, doc.year) == (
        "Stadtbezirk Sterkrade",
        "Konzept",
        "Bereich 5-1 Stadtplanung",
        "2022",
    )
    assert doc.themenfeld_ids == []
    kurz, analyse = doc.sections
    assert kurz.title == "Kurzbeschreibung"
    assert kurz.body == (
        "Das Konzept für **Sterkrade** baut auf der [Smart-City-Strategie](dokument:1) auf und ergänzt das "
        "*Integrierte Handlungskonzept*. Es wurde 2022 beschlossen.\n\n"
        "Mehr unter [sterkrade.de](https://www.oberhausen.de/sterkrade) und im Stadtteilportal."
    )
    assert [c.title for c in kurz.children] == ["Ausgangslage", "Handlungsfelder"]
    ausgangslage, felder = kurz.children
    blocks = parse_markdown(ausgangslage.body)
    assert isinstance(blocks[1], OrderedList) and len(blocks[1].items) == 2
    assert isinstance(blocks[1].items[1].blocks[1], BulletList)
    table = parse_markdown(felder.body)[0]
    assert isinstance(table, Table) and len(table.header) == 2 and len(table.rows) == 2
    assert [c.title for c in felder.children] == ["Handel"]
    assert "Vorlage:Hinweis" in felder.children[0].body
    assert (analyse.title, analyse.body) == ("Analyseschwerpunkte", "- Einzelhandel")
    assert [g.title for g in doc.goals] == ["Die Innenstadt beleben"]
    assert [(li.label, li.url) for li in doc.links] == [("Sterkrade", "https://www.oberhausen.de/sterkrade")]
    report = "\n".join(result.report)
    assert "[[Stadtteilportal]]" in report and "Kommentar" in report and "Vorlage" in report


def test_untidy_page_keeps_everything_and_says_what_it_did(catalogue: Catalogue) -> None:
    result = load("unordentliche-seite.wiki", catalogue)
    doc = result.document
    assert (doc.scope, doc.art, doc.responsible, doc.year) == (
        "Gesamtstadt",
        "Masterplan",
        "Bereich 4-4 IT / Smart City Oberhausen",
        "2025",
    )
    assert doc.extra_params == {"Status": "in Bearbeitung"}
    teilhabe = tf_id(catalogue, "Gesellschaftliche Teilhabe und Chancengleichheit")
    stadt = tf_id(catalogue, "Stadtstruktur & Stadtgestalt")
    assert doc.themenfeld_ids == [teilhabe, stadt]
    # Prose stays where it stood; nothing is published as an odd section of its own.
    assert [(s.title, s.body) for s in doc.sections] == [("Kurzbeschreibung", "Ein Masterplan für digitale Teilhabe.")]
    assert doc.page_texts == {
        "intro": "Diese Seite wird gerade überarbeitet.",
        "goals": "Die Ziele wurden im Workshop erarbeitet:",
    }
    assert doc.categories == ["Masterplan", "Digitalisierung"]
    # The icon that fits no Themenfeld is a note for the author, never published.
    assert doc.note_list() == [
        "Aus „Themenfeld(er)“: Ein Themenfeld-Symbol, das zu keinem Themenfeld des Katalogs passt: "
        "[[Datei:Unbekannt.png|rahmenlos|120x120px]]"
    ]
    assert doc.themenfeld_icons == {stadt: "Stadtstruktur und Stadtgestalt2.png"}
    first = doc.goals[0]
    assert (first.title, first.themenfeld_id, first.leitziel_id) == (
        "Digitale Teilhabe für alle",
        stadt,
        lz_id(catalogue, "Stadtstruktur & Stadtgestalt", "Erhalt und Ausbau der kleinräumigen Funktionsmischung"),
    )
    assert [c.title for c in first.children] == ["Quartierszentren mit WLAN ausstatten"]
    assert doc.goals[1].title == "Beratungsangebote ausbauen"
    assert [(s.target_document_id, s.text) for s in doc.synergies] == [
        (1, "Baut auf der Strategie auf."),
        (None, "Klimaanpassungskonzept: Gemeinsame Datenplattform."),
        (None, "Enge Abstimmung mit dem Quartiersmanagement."),
    ]
    assert [(r.themenfeld_id, r.leitziel_id, r.note) for r in doc.leitziel_refs] == [
        (
            stadt,
            lz_id(catalogue, "Stadtstruktur & Stadtgestalt", "Innen- vor Außenentwicklung"),
            "Angebote in bestehenden Zentren",
        ),
        (teilhabe, None, "Digitale Angebote barrierefrei gestalten"),
    ]
    main, other = doc.papers
    assert (main.reference, main.name, [c.reference for c in main.children]) == (
        "B/18/0001",
        "Masterplan Digitale Teilhabe",
        ["B/18/0001-01"],
    )
    assert main.children[0].name == "Masterplan Digitale Teilhabe – Ergänzung"
    assert (other.reference, other.name) == ("", "Beschluss des Rates vom 12.05.2025")
    assert [(li.label, li.url) for li in doc.links] == [
        ("Digitale Teilhabe", "https://www.oberhausen.de/teilhabe"),
        ("Flyer (liegt im Bürgerbüro aus)", ""),
    ]
    report = "\n".join(result.report)
    for expected in (
        "Status",
        "Seitenanfang",
        "Unbekannt.png",
        "Klimaanpassungskonzept",
        "Beschluss des Rates",
        "Digitalisierung",
    ):
        assert expected in report


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.wiki")))
def test_imported_pages_export_import_export_identically(name: str, catalogue: Catalogue) -> None:
    titles = {doc_id: title for title, doc_id in PAGE_IDS.items()}
    first = export_wiki(ExportSource(load(name, catalogue).document, catalogue, titles))
    again = import_wiki(first, catalogue, PAGE_IDS).document
    assert export_wiki(ExportSource(again, catalogue, titles)) == first


def test_there_are_at_least_five_hand_written_pages() -> None:
    assert len(list(PAGES.glob("*.wiki"))) >= 5


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("\x00\x01\x02binär" * 10, "Binärdaten"),
        ("{{a" * 100 + "}}" * 100, "verschachtelt"),
        ("*" * 200 + " tief", "verschachtelt"),
        ("x" * (5 * 1024 * 1024 + 1), "MB"),
    ],
)
def test_input_that_is_not_wiki_text_raises_a_german_error(text: str, message: str, catalogue: Catalogue) -> None:
    with pytest.raises(WikiImportError, match=message):
        import_wiki(text, catalogue)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "nur Text",
        "==",
        "{{Konzeption",
        "{|\n|}",
        "* a\n** b",
        "[[",
        "<div>",
        "==A==\n===B===\n=C=",
        "{{Konzeption|=}}",
        "{| {{Tabellenstil}}\n|a\n|}",  # a template or a link among a table's attributes
        "{|[[Datei:Mobilität.png|link=Mobilität]]\n|}",
        "<div {{x|a=b}}>Text</div>",
    ],
)
def test_odd_but_harmless_input_imports_without_traceback(text: str, catalogue: Catalogue) -> None:
    result = import_wiki(text, catalogue)
    assert isinstance(result.report, list)
    export_wiki(ExportSource(result.document, catalogue))


def test_windows_line_ends_and_byte_order_mark_read_like_plain_pages(catalogue: Catalogue) -> None:
    text = (PAGES / "mobilitaet-leitziele-istek.wiki").read_text(encoding="utf-8")
    plain = import_wiki(text, catalogue, PAGE_IDS).document
    pasted = import_wiki("\ufeff" + text.replace("\n", "\r\n"), catalogue, PAGE_IDS).document
    assert pasted == plain


def test_footnotes_galleries_and_definition_lists_read_as_an_official_would(catalogue: Catalogue) -> None:
    text = (
        "{{Konzeption}}\n==Kurzbeschreibung==\n"
        'Die Stadt heizt sich auf.<ref name="dwd">DWD, 2023</ref> Mehr dazu<ref name="dwd" /> folgt.\n\n'
        "; Hitzeinsel : Bereich, der sich stärker aufheizt\n\n"
        "<gallery>\nDatei:Park.jpg|Stadtpark\nDatei:Dach.jpg|Gründach\n</gallery>\n"
        "==Einzelnachweise==\n<references />\n"
    )
    result = import_wiki(text, catalogue, PAGE_IDS)
    blocks = parse_markdown(result.document.sections[0].body)
    assert blocks[0] == Paragraph((Text("Die Stadt heizt sich auf. (DWD, 2023) Mehr dazu folgt."),))
    assert blocks[1] == Paragraph((Strong((Text("Hitzeinsel"),)), Text(": Bereich, der sich stärker aufheizt")))
    assert len(blocks) == 2  # the gallery's pictures are not taken over …
    report = "\n".join(result.report)
    assert "Datei:Park.jpg, Datei:Dach.jpg" in report  # … and the report names them
    assert "Einzelnachweis" in report and "Definitionsliste" in report


def test_text_in_nowiki_reads_as_the_wiki_shows_it(catalogue: Catalogue) -> None:
    """Inside ``<nowiki>`` a line end is a blank (MediaWiki shows "Text [[kein Link]] * keine Liste Ende")."""
    text = "{{Konzeption}}\n==Kurzbeschreibung==\nText <nowiki>[[kein Link]]\n\n* keine Liste</nowiki> Ende\n"
    result = import_wiki(text, catalogue, PAGE_IDS)
    assert parse_markdown(result.document.sections[0].body) == [
        Paragraph((Text("Text [[kein Link]] * keine Liste Ende"),))
    ]
    assert not any("Hervorhebung" in line for line in result.report)


def export_of(doc, catalogue: Catalogue) -> str:
    return export_wiki(ExportSource(doc, catalogue, {doc_id: title for title, doc_id in PAGE_IDS.items()}))


def test_leitziele_outside_the_catalogue_are_kept_with_title_and_anchor(catalogue: Catalogue) -> None:
    result = load("leitziele-ausserhalb-des-katalogs.wiki", catalogue)
    doc = result.document
    mobil, umwelt = tf_id(catalogue, "Mobilität"), tf_id(catalogue, "Umwelt, Freiraum, Klima")
    stadt = tf_id(catalogue, "Stadtstruktur & Stadtgestalt")
    assert [
        (r.themenfeld_id, r.leitziel_id, r.leitziel_title, r.leitziel_anchor, r.note) for r in doc.leitziel_refs
    ] == [
        (
            mobil,
            None,
            "Stärkung des Umweltverbunds",
            "Stärkung des Umweltverbunds",
            "Radverkehr als Teil des Umweltverbunds",
        ),
        (mobil, None, "Mehr Sicherheit für alle Verkehrsteilnehmenden", "Verkehrssicherheit", ""),
        (umwelt, None, "Klimaschutz durch weniger Autoverkehr", "Klimaschutz", ""),
        (umwelt, None, "Grüne Wege", "Grüne Wege", ""),
        (
            stadt,
            lz_id(catalogue, "Stadtstruktur & Stadtgestalt", "Erhalt der Polyzentralität"),
            "",
            "",
            "Die Hauptrouten verbinden die drei Stadtmitten.",
        ),
    ]
    assert sum("steht nicht im Katalog; als freies Leitziel übernommen" in line for line in result.report) == 4
    exported = export_of(doc, catalogue)
    assert "* [[Mobilität#Verkehrssicherheit|Mehr Sicherheit für alle Verkehrsteilnehmenden]]\n" in exported
    assert "* [[Umwelt, Freiraum, Klima#Grüne Wege|Grüne Wege]]\n" in exported


def test_text_under_a_themenfeld_stays_under_it(catalogue: Catalogue) -> None:
    doc = load("quartierskonzept-einleitungssaetze.wiki", catalogue).document
    wohnen, umwelt = tf_id(catalogue, "Wohnen"), tf_id(catalogue, "Umwelt, Freiraum, Klima")
    assert [(r.themenfeld_id, r.leitziel_id, r.note) for r in doc.leitziel_refs] == [
        (wohnen, None, "Modernisierung ohne Verdrängung der heutigen Mieterinnen und Mieter."),
        (umwelt, None, "Mehr Grün in einem der am dichtesten bebauten Quartiere der Stadt."),
    ]
    exported = export_of(doc, catalogue)
    assert (
        "'''Themenfeld Wohnen:'''\nModernisierung ohne Verdrängung der heutigen Mieterinnen und Mieter.\n\n" in exported
    )
    assert doc.page_texts == {
        "themenfelder.end": "Im Quartier überschneiden sich beide Themenfelder besonders stark, weil Wohnungen und "
        "Grünflächen knapp sind."
    }
    assert "(nicht zugeordnet)" not in exported


def test_older_intro_sentences_are_recognised_replaced_and_reported(catalogue: Catalogue) -> None:
    result = load("quartierskonzept-einleitungssaetze.wiki", catalogue)
    exported = export_of(result.document, catalogue)
    profile = default_profile()
    assert exported.count(profile.themenfeld_intro) == 1 and exported.count(profile.leitziel_intro) == 1
    assert "Stadtentwicklungsprozess:" not in exported and "iSTEK" not in exported
    assert result.normalised == [
        "Das Konzept hat Bezug zu folgenden Themenfeldern aus dem integrierten Stadtentwicklungsprozess:",
        "Das Konzept zahlt auf folgende Leitziele aus dem iSTEK ein:",
    ]
    assert sum(line.startswith("Einleitungssatz „") for line in result.report) == 2


@pytest.mark.parametrize(
    "variant",
    [
        "Das Konzept hat Bezug zu folgenden Themenfeldern aus dem integrierten Stadtentwicklungsprozess:",
        "Das Konzept hat Bezug zu folgenden Themenfeldern des iSTEK:",
        "Das Konzept hat Bezug zu folgenden Themenfeldern aus dem integrierten Stadtentwicklungskonzept (iSTEK):",
    ],
)
def test_intro_variants_give_no_extra_sections_and_no_second_intro(variant: str, catalogue: Catalogue) -> None:
    text = (
        "{{Konzeption|Art=Konzept}}\n==Themenfeld(er)==\n"
        + variant
        + "\n{|\n![[Datei:Wohnen.png|rahmenlos|120x120px]]\n|}\n"
    )
    result = import_wiki(text, catalogue)
    assert result.document.sections == [] and result.document.page_texts == {}
    exported = export_of(result.document, catalogue)
    assert variant not in exported and exported.count(default_profile().themenfeld_intro) == 1


def test_page_category_is_kept_whatever_the_art_and_further_categories_too(catalogue: Catalogue) -> None:
    doc = load("bildungsbericht-kategorien-und-absaetze.wiki", catalogue).document
    assert doc.art == "Bericht"
    assert doc.categories == ["Bericht", "Schule & Ausbildung"]
    exported = export_of(doc, catalogue)
    assert exported.endswith(
        "[[Kategorie:Konzept]]\n[[Kategorie:Bildung & Kultur]]\n"
        "[[Kategorie:Gesellschaftliche Teilhabe und Chancengleichheit]]\n"
        "[[Kategorie:Bericht]]\n[[Kategorie:Schule & Ausbildung]]\n"
    )
    assert "Weitere Kategorien" not in exported


def test_a_page_without_the_art_category_does_not_gain_it(catalogue: Catalogue) -> None:
    doc = load("wohnraumbericht-art-bericht.wiki", catalogue).document
    exported = export_of(doc, catalogue)
    assert doc.art == "Bericht" and "[[Kategorie:Bericht]]" not in exported
    assert "[[Kategorie:Konzept]]" in exported


def test_icon_files_are_kept_as_the_page_had_them_and_the_link_row_is_reported(catalogue: Catalogue) -> None:
    result = load("kulturentwicklungsplan-jpg-und-kategorien.wiki", catalogue)
    doc = result.document
    assert doc.themenfeld_icons == {
        tf_id(catalogue, "Bildung & Kultur"): "Bildung & Kultur.jpg",
        tf_id(catalogue, "Stadtstruktur & Stadtgestalt"): "Stadtstruktur & Stadtgestalt.jpg",
        tf_id(catalogue, "Arbeit, Wirtschaft und Tourismus"): "Arbeit, Wirtschaft und Tourismus.jpg",
    }
    exported = export_of(doc, catalogue)
    assert "![[Datei:Bildung & Kultur.jpg|rahmenlos|120x120px|link=Bildung & Kultur|" in exported
    assert "[[Datei:Stadtstruktur & Stadtgestalt.jpg|rahmenlos|40x40px|" in exported
    assert "Zum Themenfeld" not in exported
    report = "\n".join(result.report)
    assert "„Zum Themenfeld“ unter den Themenfeld-Symbolen entfällt" in report
    assert "Symbol „Bildung & Kultur.jpg“ für „Bildung & Kultur“ wie auf der Seite behalten" in report


def test_prose_above_and_below_lists_stays_there(catalogue: Catalogue) -> None:
    doc = load("tourismuskonzept-text-um-listen.wiki", catalogue).document
    assert doc.page_texts == {
        "intro": "Diese Seite fasst das Tourismuskonzept zusammen; die Langfassung steht unten zum Herunterladen bereit.",
        "goals": "Die Ziele wurden mit Hotels, Gastronomie und Kultureinrichtungen abgestimmt.",
        "goals.end": "Über die Umsetzung berichtet die Tourismus GmbH jährlich im Ausschuss.",
        "synergies": "Das Konzept greift Vorhaben anderer Fachplanungen auf:",
        "papers": "Der Ausschuss für Wirtschaft hat das Konzept zur Kenntnis genommen.",
        "links.end": "Gedruckte Exemplare gibt es in der Tourist-Information am Hauptbahnhof.",
    }
    assert [g.title for g in doc.goals] == [
        "Übernachtungen bis 2027 um ein Fünftel steigern",
        "Industriekultur als Marke stärken",
        "Radtouristen mit Angeboten am Kanal ansprechen",
    ]
    exported = export_of(doc, catalogue)
    assert (
        "==Im Konzept formulierte Ziele==\nDie Ziele wurden mit Hotels, Gastronomie und Kultureinrichtungen "
        "abgestimmt.\n\n* Übernachtungen" in exported
    )
    assert "* Radtouristen mit Angeboten am Kanal ansprechen\nÜber die Umsetzung berichtet" in exported
    assert exported.startswith("{{Konzeption\n") and "}}\nDiese Seite fasst" in exported


def test_what_cannot_be_placed_is_a_note_that_check_lists_and_the_wiki_never_shows(catalogue: Catalogue) -> None:
    text = (
        "{{Konzeption|Art=Konzept|Art=Bericht}}\n==Themenfeld(er)==\n{|\n![[Datei:Wohnen.png|rahmenlos|120x120px]]"
        "\n![[Datei:Hafen.png|rahmenlos|120x120px]]\n|}\n"
        "==Bezug zu Leitzielen der Stadtentwicklung==\n'''Themenfeld Hafen:'''\n* Hafenflächen neu nutzen\n"
    )
    result = import_wiki(text, catalogue)
    doc = result.document
    notes = doc.note_list()
    leitziele = "Aus „Bezug zu Leitzielen der Stadtentwicklung“: "
    assert notes == [
        "Aus „Infobox“: Parameter „Art“ steht doppelt; der erste Wert „Konzept“ gilt, dieser nicht: |Art=Bericht",
        "Aus „Themenfeld(er)“: Ein Themenfeld-Symbol, das zu keinem Themenfeld des Katalogs passt: "
        "[[Datei:Hafen.png|rahmenlos|120x120px]]",
        leitziele + "Eine Themenfeld-Zeile, deren Themenfeld nicht im Katalog steht: '''Themenfeld Hafen:'''",
        leitziele + "Text unter einem Themenfeld, das nicht im Katalog steht: * Hafenflächen neu nutzen",
    ]
    assert sum("steht als Hinweis im Dokument" in line for line in result.report) == 4
    exported = export_of(doc, catalogue)
    assert "Hafen" not in exported and "Bericht" not in exported and "Hinweis" not in exported
    findings = validate_document(doc, catalogue)
    assert [f.message for f in findings if f.field == "notes"] == [f"Offener Hinweis: {note}" for note in notes]


def test_unclosed_comment_openers_and_bad_entities_import_quickly(catalogue: Catalogue) -> None:
    result = import_wiki("==Kurzbeschreibung==\nA &#xD800; B &#x110000; C\n" + "<!-- " * 20000, catalogue)
    body = result.document.sections[0].body
    assert parse_markdown(body) == [Paragraph((Text("A &#xD800; B &#x110000; C " + "<!-- " * 19999 + "<!--"),))]
    assert any("ohne Ende" in line for line in result.report)


LARGE_INPUTS = {
    "Einzelnachweise": "==Kurzbeschreibung==\n" + "Wort<ref>Quelle</ref> " * 16000,
    "Infobox-Parameter": "{{Konzeption\n" + "".join(f"|p{i}=v\n" for i in range(50000)) + "}}",
    "Kommentar-Anfänge": "<!-- " * 100000,
    "offene Einzelnachweise": "==K==\n" + "<ref>x " * 20000,
    "offene Links": "==K==\n" + "[http://a.de/ " * 20000,
    "offene Tags": "==K==\n" + "<div>" * 20000 + '<span title="' * 20000,
    "offene Tabellen": "==K==\n" + "{|\n| a\n" * 20000,
    "Kategorien": "".join(f"[[Kategorie:K{i}]]\n" for i in range(20000)),
}


@pytest.mark.parametrize("name", LARGE_INPUTS)
def test_large_and_odd_input_imports_in_linear_time(name: str, catalogue: Catalogue) -> None:
    # Each takes well under a second; quadratic work (as mwparserfromhell does on unclosed
    # openers) took minutes. The bound is a hundred times the linear time, so load cannot flake it.
    started = time.process_time()
    result = import_wiki(LARGE_INPUTS[name], catalogue)
    assert time.process_time() - started < 30
    assert len(result.report) < 20


def test_a_sentence_that_only_resembles_the_intro_stays_the_pages_text(catalogue: Catalogue) -> None:
    own = "Das Konzept hat Bezug zu folgenden Projekten:"
    text = "{{Konzeption}}\n==Themenfeld(er)==\n" + own + "\n{|\n![[Datei:Wohnen.png|rahmenlos|120x120px]]\n|}\n"
    result = import_wiki(text, catalogue)
    assert result.document.page_texts == {"themenfelder": own}
    assert result.normalised == []


def test_free_leitziele_of_an_imported_page_show_in_word_and_html(catalogue: Catalogue, tmp_path: Path) -> None:
    import docx

    from exports.docx_export import export_strategie
    from exports.html_export import export_html

    doc = load("leitziele-ausserhalb-des-katalogs.wiki", catalogue).document
    source = ExportSource(doc, catalogue)
    path = tmp_path / "plan.docx"
    export_strategie(source, path)
    word = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    html = export_html(source)
    for shown in ("Mobilität – Stärkung des Umweltverbunds", "Umwelt, Freiraum, Klima – Grüne Wege"):
        assert shown in word and shown in html


def test_boxes_captions_and_tables_without_header_keep_their_content(catalogue: Catalogue) -> None:
    result = load("spielplatzkonzept-kaesten-und-tabellen.wiki", catalogue)
    kurz = result.document.sections[0]
    blocks = parse_markdown(kurz.body)
    # The box is gone, its paragraph and list stand as they were.
    assert isinstance(blocks[0], Paragraph) and isinstance(blocks[1], BulletList)
    bestand, bewertung = kurz.children
    caption, table = parse_markdown(bestand.body)
    assert caption == Paragraph((Text("Spielplätze je Stadtbezirk (Stand 2023)"),))
    assert isinstance(table, Table) and len(table.header) == 3 and len(table.rows) == 3
    (headless,) = parse_markdown(bewertung.body)
    # The wiki table has no header row: every row stays a data row, and the Markdown table's
    # header row stays empty ("no header"), which the wiki export writes as no header again.
    assert isinstance(headless, Table)
    assert headless.header == ((), ())
    assert headless.rows[0] == ((Text("Gut"),), (Text("61"),)) and len(headless.rows) == 3
    assert not any("Kopfzeile" in line for line in result.report)
    page = export_wiki(ExportSource(result.document, catalogue))
    assert '===Bewertung===\n{| class="wikitable"\n| Gut\n| 61\n|-\n| Mittel' in page
    assert "! Gut" not in page and "! Bezirk" in page


def test_a_first_row_of_header_and_data_cells_becomes_the_header_and_the_report_says_so(
    catalogue: Catalogue,
) -> None:
    page = "==Zahlen==\n{|\n! Jahr\n| 2024\n|-\n| Kosten || 5\n|}\n"
    result = import_wiki(page, catalogue)
    (table,) = parse_markdown(result.document.sections[0].body)
    assert isinstance(table, Table)
    assert table.header == ((Text("Jahr"),), (Text("2024"),)) and table.rows == (((Text("Kosten"),), (Text("5"),)),)
    assert any("Kopf- und Datenzellen in der ersten Zeile" in line for line in result.report)


def test_themenfelder_listed_as_links_are_read_and_named_in_the_report(catalogue: Catalogue) -> None:
    result = load("spielplatzkonzept-kaesten-und-tabellen.wiki", catalogue)
    assert result.document.themenfeld_ids == [
        tf_id(catalogue, "Umwelt, Freiraum, Klima"),
        tf_id(catalogue, "Gesellschaftliche Teilhabe und Chancengleichheit"),
    ]
    assert result.document.page_texts == {}
    assert sum("aus einer Liste gelesen" in line for line in result.report) == 2


def test_a_link_with_text_beside_it_keeps_its_address(catalogue: Catalogue) -> None:
    doc = load("spielplatzkonzept-kaesten-und-tabellen.wiki", catalogue).document
    assert [(li.label, li.url) for li in doc.links] == [
        ("Spielplatzkonzept (PDF, 4 MB)", "https://www.oberhausen.de/spielplaetze/konzept.pdf"),
        ("Karte aller Spielplätze", "https://www.oberhausen.de/spielplaetze"),
    ]


def test_an_intro_after_the_icons_is_not_written_twice(catalogue: Catalogue) -> None:
    intro = default_profile().themenfeld_intro
    text = "{{Konzeption}}\n==Themenfeld(er)==\n{|\n![[Datei:Wohnen.png|rahmenlos|120x120px]]\n|}\n" + intro + "\n"
    doc = import_wiki(text, catalogue).document
    assert doc.page_texts == {} and export_of(doc, catalogue).count(intro) == 1


def test_a_page_with_a_level_one_title_still_has_its_infobox_and_fixed_sections(catalogue: Catalogue) -> None:
    text = "=Radverkehr=\n{{Konzeption|Art=Konzept|Jahr der Veröffentlichung=2020}}\n==Kurzbeschreibung==\nText.\n==Ziele==\n* Mehr Rad\n"
    result = import_wiki(text, catalogue)
    doc = result.document
    assert (doc.art, doc.year) == ("Konzept", "2020")
    assert [s.title for s in doc.sections] == ["Radverkehr", "Kurzbeschreibung"]
    assert [g.title for g in doc.goals] == ["Mehr Rad"]
