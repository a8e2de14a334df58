"""Wiki profiles: the bundled ones load, user files work, broken ones name the bad key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from editor.services.sample import sample_source
from exports.wiki import export_wiki
from exports.wiki_profile import ProfileError, available_profiles, load_profile


def bundled(name: str) -> dict[str, Any]:
    path = Path(__file__).resolve().parents[2] / "resources" / "wiki-profiles" / f"{name}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, data: dict[str, Any]) -> str:
    path = tmp_path / "mein-wiki.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_bundled_profiles_are_listed_default_first() -> None:
    assert available_profiles() == ["mediawikiob", "standard"]
    for name in available_profiles():
        assert load_profile(name).name == name


def test_user_profile_file_changes_template_and_titles(tmp_path: Path) -> None:
    data = bundled("mediawikiob")
    data["infobox"]["template"] = "Infobox Konzept"
    data["infobox"]["params"]["art"] = "Typ"
    data["sections"]["goals"] = "Ziele"
    data["categories"]["emit"] = False
    text = export_wiki(sample_source(0), load_profile(write(tmp_path, data)))
    assert text.startswith("{{Infobox Konzept\n|Räumlicher Geltungsbereich=Gesamtstadt\n|Typ=Konzept\n")
    assert "\n==Ziele==\n" in text
    assert "Kategorie:" not in text


def test_user_profile_can_extend_a_bundled_one(tmp_path: Path) -> None:
    profile = load_profile(
        write(tmp_path, {"base": "mediawikiob", "name": "klein", "icons": {"themenfeld_size": "60x60px"}})
    )
    assert profile.name == "klein"
    assert "|rahmenlos|60x60px|link=Mobilität|" in export_wiki(sample_source(0), profile)


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda d: d["infobox"].pop("template"), "infobox.template"),
        (lambda d: d["infobox"]["params"].pop("year"), "infobox.params.year"),
        (lambda d: d["infobox"]["params"].update(farbe="Farbe"), "infobox.params.farbe"),
        (lambda d: d["infobox"].update(style="liste"), "infobox.style"),
        (lambda d: d["sections"].update(goals=""), "sections.goals"),
        (lambda d: d["sections"].update(goals="==Ziele=="), "sections.goals"),
        (lambda d: d["icons"].update(themenfeld_size="groß"), "icons.themenfeld_size"),
        (lambda d: d["icons"].update(farbe="rot"), "icons.farbe"),
        (lambda d: d["categories"].update(emit="ja"), "categories.emit"),
        (lambda d: d["namespaces"].update(file="Datei|x"), "namespaces.file"),
        (lambda d: d.update(unbekannt=1), "unbekannt"),
        (lambda d: d["section_aliases"].update(goals="Ziele"), "section_aliases.goals"),
    ],
)
def test_broken_profile_names_the_bad_key(tmp_path: Path, change: Any, key: str) -> None:
    data = bundled("mediawikiob")
    change(data)
    with pytest.raises(ProfileError, match=f"Schlüssel „{key}“"):
        load_profile(write(tmp_path, data))


def test_missing_and_unreadable_profiles_have_german_messages(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match=r"nicht gefunden.*mediawikiob, standard"):
        load_profile("gibtsnicht")
    bad = tmp_path / "kaputt.json"
    bad.write_text("{ kein json", encoding="utf-8")
    with pytest.raises(ProfileError, match="kein gültiges JSON"):
        load_profile(str(bad))
    bad.write_text("[]", encoding="utf-8")
    with pytest.raises(ProfileError, match="JSON-Objekt"):
        load_profile(str(bad))


def test_base_cycle_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"base": str(path)}), encoding="utf-8")
    with pytest.raises(ProfileError, match="Kreis"):
        load_profile(str(path))


def test_the_page_category_is_a_profile_setting_and_the_art_category_optional(tmp_path: Path) -> None:
    data = bundled("mediawikiob")
    data["categories"]["page"] = "Fachplanung"
    data["categories"]["art"] = True
    text = export_wiki(sample_source(0), load_profile(write(tmp_path, data)))
    assert text.endswith(
        "[[Kategorie:Fachplanung]]\n[[Kategorie:Konzept]]\n[[Kategorie:Arbeit, Wirtschaft und Tourismus]]\n"
        "[[Kategorie:Mobilität]]\n[[Kategorie:Gesellschaftliche Teilhabe und Chancengleichheit]]\n"
    )
    del data["categories"]["page"]
    data["categories"]["art"] = False
    text = export_wiki(sample_source(0), load_profile(write(tmp_path, data)))
    assert "[[Kategorie:Konzept]]" not in text
    data["categories"]["page"] = "#Konzept"
    with pytest.raises(ProfileError, match=r"categories\.page"):
        load_profile(write(tmp_path, data))
