"""The body editor's second pane: the wiki text of the section, as the wiki will get it.

The editor already shows bold, lists and links as they will look; what it cannot show is
the text the wiki receives: escapes such as ``&#42;`` for a typed ``*`` at a line start,
``'''`` for bold, ``[[Seite|…]]`` for a link to another document of the file. Officials
who still paste into the wiki's edit box by hand copy it from here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from editor.domain.model import Catalogue, Document, ExportSource, Section
from exports.wiki import export_wiki, heading
from exports.wiki_profile import WikiProfile

_TOP_HEADING = re.compile(r"^==[^=].*==$")


def section_wiki_text(
    title: str, body: str, document_titles: Mapping[int, str] | None = None, profile: WikiProfile | None = None
) -> str:
    """Return the wiki text of one section (its heading and body) as the wiki export writes it."""
    heading_title = title.strip() or "Abschnitt"
    source = ExportSource(
        Document(title="Vorschau", sections=[Section(heading_title, body)]), Catalogue(), dict(document_titles or {})
    )
    lines = export_wiki(source, profile).split("\n")
    first = heading(heading_title, 2)
    start = next((n for n, line in enumerate(lines) if line == first), None)
    if start is None:
        return ""
    end = next((n for n in range(start + 1, len(lines)) if _TOP_HEADING.match(lines[n])), len(lines))
    return "\n".join(lines[start:end]).strip("\n") + "\n"
