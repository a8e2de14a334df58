"""A throw-away MediaWiki for the tests: install it into a folder, render pages, serve it.

Debian's ``mediawiki`` package (with ``php-cli`` and ``php-sqlite3``) brings the code;
:meth:`MediaWiki.install` runs ``maintenance/install.php --dbtype sqlite`` into a folder
of its own (German content language, so ``Datei:`` and ``Kategorie:`` are the wiki's
own namespaces), creates a stand-in for ``Vorlage:Konzeption`` - a table-based infobox,
as infoboxes usually are - and uploads the Themenfeld icons. Nothing outside the folder
is touched: every MediaWiki process gets the folder's ``LocalSettings.php`` through
``MW_CONFIG_FILE``.

:meth:`MediaWiki.render` parses many pages in one PHP process (``mediawiki_render.php``
does what ``maintenance/parse.php`` does, for a batch) and returns what a reader sees:
the HTML, the visible words, and the categories, templates and images used.
:meth:`MediaWiki.serve` runs PHP's built-in web server on the same wiki, for the Action
API (``api.php``). Installing and serving are separate steps, so that one installed wiki
can serve several test modules.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from tests.pictures import one_pixel_png

INSTALL_PATH = Path(os.environ.get("MW_INSTALL_PATH", "/usr/share/mediawiki"))
RENDER_SCRIPT = Path(__file__).resolve().with_name("mediawiki_render.php")
ADMIN = "Admin"
PASSWORD = "Geheimes-Testpasswort-2026"

KONZEPTION_TEMPLATE = """\
{| class="wikitable infobox" style="float:right"
|+ Steckbrief
|-
! Räumlicher Geltungsbereich
| {{{Räumlicher Geltungsbereich|{{{Geltungsbereich|}}}}}}
|-
! Art
| {{{Art|}}}
|-
! Zuständigkeit
| {{{Zuständigkeit|{{{Fachbereich|}}}}}}
|-
! Jahr der Veröffentlichung
| {{{Jahr der Veröffentlichung|{{{Jahr|}}}}}}
|}<noinclude>Stand-in der Infobox für Konzeptseiten, wie sie das Stadtwiki verwendet.</noinclude>
"""
"""Vorlage:Konzeption as a table, with the old parameter names as fallbacks."""

ICONS: tuple[str, ...] = (
    "Arbeit, Wirtschaft und Tourismus.png",
    "Stadtstruktur und Stadtgestalt.png",
    "Stadtstruktur und Stadtgestalt2.png",
    "Mobilität.png",
    "Wohnen.png",
    "Gesellschaftliche Teilhabe und Chancengleichheit2.png",
    "Bildung und Kultur.png",
    "Umwelt, Freiraum, Klima.png",
    "Gesundheit, Sport & Bewegung.png",
    "Arbeit, Wirtschaft und Tourismus.jpg",
    "Stadtstruktur & Stadtgestalt.jpg",
    "Mobilität.jpg",
    "Wohnen.jpg",
    "Bildung & Kultur.jpg",
    "Umwelt, Freiraum, Klima.jpg",
    "Gesundheit, Sport & Bewegung.jpg",
    "Gesellschaftliche Teilhabe und Chancengleichheit.jpg",
)
"""Icon files of the Themenfelder as pages use them (``.png`` today, ``.jpg`` on older pages)."""

_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwS"
    "ExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAAR"
    "CAABAAEDAREAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAABP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAVAQEBAAAAAAAAAAAAAAAAAAAE"
    "CP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/ACDpUf/Z"
)
"""A 1x1 JPEG: MediaWiki checks that a file's content matches its extension."""


def missing() -> str:
    """Return why MediaWiki cannot run here, or "" when it can."""
    if shutil.which("php") is None:
        return "php fehlt (Debian: php-cli)"
    if not (INSTALL_PATH / "maintenance" / "install.php").is_file():
        return f"MediaWiki fehlt unter {INSTALL_PATH} (Debian: mediawiki)"
    modules = subprocess.run(["php", "-m"], capture_output=True, text=True, check=False).stdout
    if "pdo_sqlite" not in modules.split():
        return "PHP kann kein SQLite (Debian: php-sqlite3)"
    return ""


# --- what a reader sees -----------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_SKIP_CLASSES = {"mw-editsection", "reference", "mw-cite-backlink", "mw-empty-elt"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "area", "col", "source"}
_INLINE = {"a", "b", "i", "strong", "em", "span", "small", "big", "sup", "sub", "u", "s", "code", "abbr", "bdi", "font"}
"""Elements inside a line of text: they part no words."""


class _TextCollector(HTMLParser):
    """Collects the text a reader sees; citation marks, edit links and hidden parts are left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[bool] = []  # per open element: does it hide its content?

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self.parts.append(" ")
            return
        values = dict(attrs)
        classes = set((values.get("class") or "").split())
        hidden = (
            tag in ("style", "script")
            or bool(classes & _SKIP_CLASSES)
            or "display:none" in (values.get("style") or "").replace(" ", "")
        )
        self.stack.append(hidden or (bool(self.stack) and self.stack[-1]))
        if tag not in _INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if self.stack:
            self.stack.pop()
        if tag not in _INLINE:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)


def visible_text(html: str) -> str:
    """Return the text of rendered HTML as a reader sees it, blanks collapsed."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return " ".join("".join(collector.parts).split())


@dataclass(slots=True)
class Rendering:
    """What MediaWiki made of one page."""

    html: str
    categories: list[str] = field(default_factory=list[str])
    """The page's own categories (MediaWiki's tracking categories are in ``tracking_categories``)."""
    templates: list[str] = field(default_factory=list[str])
    images: list[str] = field(default_factory=list[str])
    tracking_categories: list[str] = field(default_factory=list[str])

    @property
    def text(self) -> str:
        """The visible text, blanks collapsed."""
        return visible_text(self.html)

    def words(self) -> Counter[str]:
        """The visible words, counted."""
        return Counter(_WORD.findall(self.text))


# --- the wiki ------------------------------------------------------------------------------------------------


class MediaWikiError(RuntimeError):
    """A MediaWiki maintenance script failed; the message holds its output."""


class MediaWiki:
    """One installed throw-away wiki in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.settings = folder / "LocalSettings.php"

    @classmethod
    def install(cls, folder: Path, language: str = "de", icons: Sequence[str] = ICONS) -> MediaWiki:
        """Install a new wiki into ``folder`` (empty or new) with the infobox stand-in and icons."""
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "data").mkdir(exist_ok=True)
        (folder / "images").mkdir(exist_ok=True)
        wiki = cls(folder)
        wiki._run(
            "install.php",
            "--dbtype=sqlite",
            f"--dbpath={folder / 'data'}",
            "--dbname=testwiki",
            f"--confpath={folder}",
            f"--lang={language}",
            f"--pass={PASSWORD}",
            "--server=http://127.0.0.1",
            "--scriptpath=",
            "--extensions=Cite,ParserFunctions",
            "--skins=",
            "Testwiki",
            ADMIN,
            settings=False,
        )
        with wiki.settings.open("a", encoding="utf-8") as out:
            out.write(
                "\n# Added by the tests: uploads in this folder, no caches, no thumbnailer.\n"
                "$wgEnableUploads = true;\n"
                f"$wgUploadDirectory = {json.dumps(str(folder / 'images'))};\n"
                '$wgUploadPath = "/images";\n'
                "$wgUseImageMagick = false;\n"
                "$wgMainCacheType = CACHE_NONE;\n"
                "$wgParserCacheType = CACHE_NONE;\n"
                "$wgShowExceptionDetails = true;\n"
                "$wgEnableBotPasswords = true;\n"
            )
        wiki.edit("Vorlage:Konzeption", KONZEPTION_TEMPLATE)
        wiki.upload({name: (_JPEG if name.endswith(".jpg") else one_pixel_png()) for name in icons})
        return wiki

    def _env(self) -> dict[str, str]:
        return {**os.environ, "MW_INSTALL_PATH": str(INSTALL_PATH), "MW_CONFIG_FILE": str(self.settings)}

    def _run(self, script: str | Path, *args: str, stdin: str | None = None, settings: bool = True) -> str:
        path = script if isinstance(script, Path) else INSTALL_PATH / "maintenance" / script
        env = self._env() if settings else {**os.environ, "MW_INSTALL_PATH": str(INSTALL_PATH)}
        result = subprocess.run(
            ["php", str(path), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=self.folder,
            timeout=300,
            check=False,
        )
        if result.returncode != 0:
            raise MediaWikiError(f"{path.name} {' '.join(args)}: {result.stdout}\n{result.stderr}")
        return result.stdout

    def edit(self, title: str, text: str, summary: str = "Testaufbau") -> None:
        """Save ``text`` as the page ``title``."""
        self._run("edit.php", f"--user={ADMIN}", f"--summary={summary}", title, stdin=text)

    def upload(self, files: Mapping[str, bytes]) -> None:
        """Upload files under the given names."""
        source = self.folder / "upload"
        source.mkdir(exist_ok=True)
        for name, data in files.items():
            (source / name).write_bytes(data)
        self._run("importImages.php", f"--user={ADMIN}", "--comment=Testaufbau", str(source))
        shutil.rmtree(source)

    def render(self, pages: Sequence[tuple[str, str]]) -> list[Rendering]:
        """Render ``(title, wiki text)`` pairs in one PHP process, in order."""
        if not pages:
            return []
        batch = self.folder / "batch-in.json"
        out = self.folder / "batch-out.json"
        batch.write_text(json.dumps([{"title": t, "text": x} for t, x in pages], ensure_ascii=False), "utf-8")
        self._run(RENDER_SCRIPT, str(batch), str(out))
        results = json.loads(out.read_text(encoding="utf-8"))
        return [
            Rendering(r["html"], r["categories"], r["templates"], r["images"], r["tracking_categories"])
            for r in results
        ]

    def render_one(self, text: str, title: str = "Testseite") -> Rendering:
        """Render one page."""
        return self.render([(title, text)])[0]

    @contextmanager
    def serve(self, port: int = 0) -> Iterator[str]:
        """Run PHP's web server on this wiki; yield its address (``http://127.0.0.1:PORT/``).

        ``api.php`` under that address is the Action API; the server stops on exit.
        """
        from tests.mediawiki_api import WikiServer  # its server stops worker processes too

        server = WikiServer(self, port).start()
        try:
            yield server.url
        finally:
            server.stop()
