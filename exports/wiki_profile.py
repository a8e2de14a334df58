"""Wiki profiles: how a document becomes wiki text on one particular wiki.

A profile is a JSON file (bundled ones in ``resources/wiki-profiles/``, or any path a
user names). It holds everything that differs between wikis: the infobox template and
its parameter names, section titles and the titles older pages used, intro sentences,
icon sizes, namespace prefixes and whether categories are written. A profile may name
a ``base`` profile and override only some keys.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from editor.domain.messages import Message, UserError, message
from editor.resources import resource_path

PROFILE_DIR = resource_path("wiki-profiles")
DEFAULT_PROFILE = "mediawikiob"

INFOBOX_FIELDS: tuple[str, ...] = ("scope", "art", "responsible", "year")
"""Document fields that the infobox shows, in the order they are written."""

SECTION_KEYS: tuple[str, ...] = ("themenfelder", "goals", "synergies", "leitziele", "papers", "links")
"""The fixed sections of a Konzept page, in page order (free sections go after themenfelder)."""

_ICON_KEYS = ("frame", "themenfeld_size", "leitziel_size", "link_param", "alt_param", "alt_text")
_TOP_KEYS = {
    "about",
    "name",
    "label",
    "base",
    "infobox",
    "namespaces",
    "sections",
    "section_aliases",
    "intros",
    "icons",
    "leitziel_heading",
    "categories",
}


class ProfileError(UserError, ValueError):
    """A wiki profile that cannot be used; the message (German) names the bad key."""


@dataclass(frozen=True, slots=True)
class WikiProfile:
    """A loaded, checked wiki profile."""

    name: str
    label: str
    infobox_style: str  # "template" or "table"
    template: str
    table_class: str
    params: Mapping[str, str]  # document field -> parameter name
    param_aliases: Mapping[str, str]  # older parameter name -> document field
    file_namespace: str
    category_namespace: str
    file_aliases: tuple[str, ...]
    category_aliases: tuple[str, ...]
    sections: Mapping[str, str]
    section_aliases: Mapping[str, tuple[str, ...]]
    themenfeld_intro: str
    leitziel_intro: str
    icon_frame: str
    themenfeld_icon_size: str
    leitziel_icon_size: str
    icon_link_param: str
    icon_alt_param: str
    icon_alt_text: str
    leitziel_heading: str
    emit_categories: bool
    art_category: bool
    themenfeld_categories: bool
    page_category: str = ""
    """The category every Konzept page carries (``Konzept``), whatever its Art."""

    def alt_text(self, title: str) -> str:
        """Return the alt text of a Themenfeld icon."""
        return self.icon_alt_text.replace("{title}", title)

    def heading_for(self, title: str) -> str:
        """Return the bold line that introduces a Themenfeld's Leitziel references."""
        return self.leitziel_heading.replace("{title}", title)


def available_profiles() -> list[str]:
    """Return the names of the bundled profiles, default first."""
    names = sorted(path.stem for path in PROFILE_DIR.glob("*.json"))
    return sorted(names, key=lambda name: name != DEFAULT_PROFILE)


def _read(name_or_path: str) -> tuple[dict[str, Any], str]:
    bundled = PROFILE_DIR / f"{name_or_path}.json"
    path = bundled if name_or_path in available_profiles() else Path(name_or_path)
    if not path.is_file():
        known = ", ".join(available_profiles())
        raise ProfileError(
            "Wiki-Profil „{name}“ nicht gefunden. Mitgeliefert sind: {known}.", name=name_or_path, known=known
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError("Wiki-Profil „{path}“ kann nicht gelesen werden: {reason}", path=path, reason=exc) from exc
    except RecursionError:
        raise ProfileError("Wiki-Profil „{path}“ ist zu tief verschachtelt und kein Wiki-Profil.", path=path) from None
    except json.JSONDecodeError as exc:
        raise ProfileError(
            "Wiki-Profil „{path}“ ist kein gültiges JSON (Zeile {line}): {reason}",
            path=path,
            line=exc.lineno,
            reason=exc.msg,
        ) from exc
    if not isinstance(data, dict):
        raise ProfileError("Wiki-Profil „{path}“ muss ein JSON-Objekt sein.", path=path)
    return cast(dict[str, Any], data), str(path)


def _merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        old = merged.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            merged[key] = _merge(cast(dict[str, Any], old), cast(dict[str, Any], value))
        else:
            merged[key] = value
    return merged


class _Checker:
    """Reads typed values out of the raw dict and names the key in every error."""

    def __init__(self, data: Mapping[str, Any], source: str) -> None:
        self.data = data
        self.source = source

    def fail(self, key: str, problem: Message) -> ProfileError:
        return ProfileError(
            "Wiki-Profil „{source}“: Schlüssel „{key}“ {problem}", source=self.source, key=key, problem=problem
        )

    def get(self, key: str) -> Any:
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise self.fail(key, message("fehlt."))
            node = cast(dict[str, Any], node)[part]
        return node

    def text(self, key: str, *, empty: bool = False) -> str:
        value = self.get(key)
        if not isinstance(value, str):
            raise self.fail(key, message("muss ein Text sein."))
        if not empty and not value.strip():
            raise self.fail(key, message("darf nicht leer sein."))
        return value

    def flag(self, key: str) -> bool:
        value = self.get(key)
        if not isinstance(value, bool):
            raise self.fail(key, message("muss true oder false sein."))
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in cast(list[Any], value)):
            raise self.fail(key, message("muss eine Liste von Texten sein."))
        return tuple(cast(list[str], value))

    def mapping(self, key: str) -> dict[str, Any]:
        value = self.get(key)
        if not isinstance(value, dict):
            raise self.fail(key, message("muss ein Objekt sein."))
        return cast(dict[str, Any], value)


def _title_safe(checker: _Checker, key: str, value: str) -> str:
    # Names that end up inside [[…]] or {{…}} must not carry markup of their own.
    if any(token in value for token in ("|", "{", "}", "[", "]", "<", ">", "\n")):
        raise checker.fail(
            key, message("enthält ein Zeichen, das in Wiki-Titeln nicht erlaubt ist: „{value}“.", value=value)
        )
    return value.strip()


def profile_from_dict(data: Mapping[str, Any], source: str = "(Profil)") -> WikiProfile:
    """Return a checked profile from its dict form; raises ProfileError naming the bad key."""
    check = _Checker(data, source)
    for key in data:
        if key not in _TOP_KEYS:
            raise check.fail(key, message("ist unbekannt."))
    style = check.text("infobox.style")
    if style not in ("template", "table"):
        raise check.fail("infobox.style", message("muss „template“ oder „table“ sein, nicht „{style}“.", style=style))
    raw_params = check.mapping("infobox.params")
    params: dict[str, str] = {}
    for field in INFOBOX_FIELDS:
        name = check.text(f"infobox.params.{field}")
        params[field] = _title_safe(check, f"infobox.params.{field}", name)
        if "=" in name:
            raise check.fail(f"infobox.params.{field}", message("darf kein „=“ enthalten."))
    for key in raw_params:
        if key not in INFOBOX_FIELDS:
            raise check.fail(
                f"infobox.params.{key}",
                message("ist unbekannt; erlaubt sind {fields}.", fields=", ".join(INFOBOX_FIELDS)),
            )
    aliases: dict[str, str] = {}
    raw_aliases = check.mapping("infobox.aliases") if "aliases" in check.mapping("infobox") else {}
    for alias, field in raw_aliases.items():
        if field not in INFOBOX_FIELDS:
            raise check.fail(
                f"infobox.aliases.{alias}", message("muss eines von {fields} sein.", fields=", ".join(INFOBOX_FIELDS))
            )
        aliases[alias] = str(field)
    template = ""
    if style == "template":
        template = _title_safe(check, "infobox.template", check.text("infobox.template"))
    table_class = ""
    if "table_class" in check.mapping("infobox"):
        table_class = _title_safe(check, "infobox.table_class", check.text("infobox.table_class", empty=True))
    sections: dict[str, str] = {}
    for key in SECTION_KEYS:
        title = check.text(f"sections.{key}")
        if "\n" in title or title.strip() != title or title.startswith("=") or title.endswith("="):
            raise check.fail(f"sections.{key}", message("muss eine einzeilige Überschrift ohne „=“ am Rand sein."))
        sections[key] = title
    section_aliases: dict[str, tuple[str, ...]] = {}
    for key in SECTION_KEYS:
        if "section_aliases" in data and key in check.mapping("section_aliases"):
            section_aliases[key] = check.texts(f"section_aliases.{key}")
        else:
            section_aliases[key] = ()
    if "section_aliases" in data:
        for key in check.mapping("section_aliases"):
            if key not in SECTION_KEYS:
                raise check.fail(f"section_aliases.{key}", message("ist unbekannt."))
    icons = check.mapping("icons")
    for key in icons:
        if key not in _ICON_KEYS:
            raise check.fail(f"icons.{key}", message("ist unbekannt."))
    for key in ("themenfeld_size", "leitziel_size"):
        size = check.text(f"icons.{key}")
        if not size.endswith("px") or not size[:-2].replace("x", "").isdigit():
            raise check.fail(
                f"icons.{key}", message("muss eine Größe wie „120x120px“ sein, nicht „{size}“.", size=size)
            )
    return WikiProfile(
        name=check.text("name"),
        label=str(data.get("label", data.get("name", ""))),
        infobox_style=style,
        template=template,
        table_class=table_class,
        params=params,
        param_aliases=aliases,
        file_namespace=_title_safe(check, "namespaces.file", check.text("namespaces.file")),
        category_namespace=_title_safe(check, "namespaces.category", check.text("namespaces.category")),
        file_aliases=check.texts("namespaces.file_aliases") if "file_aliases" in check.mapping("namespaces") else (),
        category_aliases=(
            check.texts("namespaces.category_aliases") if "category_aliases" in check.mapping("namespaces") else ()
        ),
        sections=sections,
        section_aliases=section_aliases,
        themenfeld_intro=check.text("intros.themenfelder", empty=True),
        leitziel_intro=check.text("intros.leitziele", empty=True),
        icon_frame=_title_safe(check, "icons.frame", check.text("icons.frame")),
        themenfeld_icon_size=check.text("icons.themenfeld_size"),
        leitziel_icon_size=check.text("icons.leitziel_size"),
        icon_link_param=_title_safe(check, "icons.link_param", check.text("icons.link_param")),
        icon_alt_param=_title_safe(check, "icons.alt_param", check.text("icons.alt_param")),
        icon_alt_text=check.text("icons.alt_text", empty=True),
        leitziel_heading=check.text("leitziel_heading"),
        emit_categories=check.flag("categories.emit"),
        art_category=check.flag("categories.art"),
        themenfeld_categories=check.flag("categories.themenfelder"),
        page_category=_page_category(check),
    )


def _page_category(check: _Checker) -> str:
    if "page" not in check.mapping("categories"):
        return ""
    name = _title_safe(check, "categories.page", check.text("categories.page", empty=True))
    if name and ("#" in name or ":" in name[:1]):
        raise check.fail("categories.page", message("muss ein Kategorienname ohne „#“ sein."))
    return name


def load_profile(name_or_path: str) -> WikiProfile:
    """Return the bundled profile ``name_or_path`` or the profile in that file."""
    data, source = _read(name_or_path)
    seen = {source}
    while "base" in data:
        base_name = data.pop("base")
        if not isinstance(base_name, str):
            raise ProfileError("Wiki-Profil „{source}“: Schlüssel „base“ muss ein Profilname sein.", source=source)
        base, base_source = _read(base_name)
        if base_source in seen:
            raise ProfileError(
                "Wiki-Profil „{source}“: Schlüssel „base“ verweist im Kreis auf „{base}“.",
                source=source,
                base=base_name,
            )
        seen.add(base_source)
        data = _merge(base, data)
    return profile_from_dict(data, source)


def default_profile() -> WikiProfile:
    """Return the default profile (MediawikiOB)."""
    return load_profile(DEFAULT_PROFILE)
