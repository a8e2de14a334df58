"""The throw-away wiki of ``tests/mediawiki.py`` as a server that publish and pull talk to.

``tests/mediawiki.py`` installs the wiki and renders pages; this module adds what the
publishing tests need on top, without changing it: a web server that a test can stop
in the middle of a run (:class:`WikiServer`), users and bot passwords made with
MediaWiki's own maintenance scripts (``createAndPromote.php``,
``createBotPassword.php``), page protection (``protect.php``), and a small Action API
client for what "someone else" does in the wiki meanwhile (edit a page in the browser,
look at its revisions). Everything talks to 127.0.0.1 only.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tests.mediawiki import INSTALL_PATH, MediaWiki, MediaWikiError

EDIT_GRANTS = ("basic", "editpage", "createeditmovepage")
"""Bot-password grants for saving and creating pages."""
UPLOAD_GRANTS = (*EDIT_GRANTS, "uploadfile")
"""Grants for saving pages and uploading files."""


@dataclass(frozen=True, slots=True)
class BotLogin:
    """A bot password as Special:BotPasswords shows it: login name ``User@app`` and password."""

    user: str
    app: str
    password: str

    @property
    def login(self) -> str:
        """The login name (``User@app``)."""
        return f"{self.user}@{self.app}"


def create_user(wiki: MediaWiki, name: str, password: str = "Testpasswort-Nutzer-2026", *groups: str) -> None:
    """Create a wiki account (``createAndPromote.php``); ``groups`` e.g. ``"sysop"``."""
    wiki._run("createAndPromote.php", *(f"--{group}" for group in groups), name, password)  # pyright: ignore[reportPrivateUsage]


def create_bot_password(wiki: MediaWiki, user: str, app: str, grants: tuple[str, ...] = UPLOAD_GRANTS) -> BotLogin:
    """Create a bot password for ``user`` (``createBotPassword.php``) and return its login."""
    password = secrets.token_hex(16)  # 32 characters, as the script wants a given password
    wiki._run("createBotPassword.php", f"--appid={app}", f"--grants={','.join(grants)}", user, password)  # pyright: ignore[reportPrivateUsage]
    return BotLogin(user, app, password)


def protect(wiki: MediaWiki, title: str) -> None:
    """Protect a page fully (only administrators may edit it)."""
    wiki._run("protect.php", "--user=Admin", "--reason=Test", title)  # pyright: ignore[reportPrivateUsage]


def free_port() -> int:
    """Return a free TCP port on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class WikiServer:
    """PHP's web server on an installed wiki, which a test can stop (and start again) mid-run."""

    def __init__(self, wiki: MediaWiki, port: int = 0) -> None:
        self.wiki = wiki
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> WikiServer:
        """Start serving and wait until the Action API answers."""
        log = (self.wiki.folder / f"server-{self.port}.log").open("a")
        self.process = subprocess.Popen(
            ["php", "-S", f"127.0.0.1:{self.port}", "-t", str(INSTALL_PATH)],
            env={**self.wiki._env(), "PHP_CLI_SERVER_WORKERS": "2"},  # pyright: ignore[reportPrivateUsage]
            cwd=self.wiki.folder,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its worker processes in one group, so that stop() ends them all
        )
        log.close()
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(self.url + "api.php?action=query&meta=siteinfo&format=json", timeout=5):
                    return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise MediaWikiError(f"php -S auf Port {self.port} startet nicht") from None
                time.sleep(0.2)

    def stop(self) -> None:
        """Stop the server (connections are refused afterwards)."""
        if self.process is None:
            return
        # PHP_CLI_SERVER_WORKERS forks workers that would go on serving open connections.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)  # a worker that outlived its parent
        self.process = None


class ApiClient:
    """A minimal Action API client for the tests' own edits ("someone in the browser")."""

    def __init__(self, url: str) -> None:
        self.api = url + "api.php"
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def call(self, post: bool = False, **params: Any) -> dict[str, Any]:
        """Run one API request and return its JSON; raise on an API error."""
        params = {**params, "format": "json", "formatversion": "2"}
        data = urllib.parse.urlencode(params).encode()
        if post:
            request = urllib.request.Request(self.api, data=data)
        else:
            request = urllib.request.Request(self.api + "?" + data.decode())
        with self.opener.open(request, timeout=30) as response:
            result: dict[str, Any] = json.loads(response.read().decode("utf-8"))
        if "error" in result:
            raise MediaWikiError(f"API: {result['error']}")
        return result

    def login(self, login: BotLogin) -> ApiClient:
        """Log in with a bot password."""
        token = self.call(action="query", meta="tokens", type="login")["query"]["tokens"]["logintoken"]
        result = self.call(True, action="login", lgname=login.login, lgpassword=login.password, lgtoken=token)
        if result["login"]["result"] != "Success":
            raise MediaWikiError(f"Anmeldung fehlgeschlagen: {result}")
        return self

    def edit(self, title: str, text: str, summary: str = "Im Browser geändert") -> int:
        """Save a page as the logged-in user; return the new revision id."""
        token = self.call(action="query", meta="tokens")["query"]["tokens"]["csrftoken"]
        result = self.call(True, action="edit", title=title, text=text, summary=summary, token=token)
        return int(result["edit"].get("newrevid") or result["edit"].get("oldrevid") or 0)

    def page(self, title: str) -> dict[str, Any]:
        """Return the page's latest revision (revid, user, content), or ``{"missing": True}``."""
        result = self.call(
            action="query", prop="revisions", titles=title, rvprop="ids|user|content|timestamp", rvslots="main"
        )
        page = result["query"]["pages"][0]
        if page.get("missing"):
            return {"missing": True}
        revision = page["revisions"][0]
        return {
            "revid": revision["revid"],
            "user": revision["user"],
            "timestamp": revision["timestamp"],
            "text": revision["slots"]["main"]["content"],
        }

    def revision_count(self, title: str) -> int:
        """Return how many revisions the page has."""
        result = self.call(action="query", prop="revisions", titles=title, rvprop="ids", rvlimit="max")
        page = result["query"]["pages"][0]
        return 0 if page.get("missing") else len(page["revisions"])

    def file_exists(self, name: str) -> bool:
        """Return whether a file of that name was uploaded."""
        result = self.call(action="query", titles=f"File:{name}", prop="imageinfo")
        page = result["query"]["pages"][0]
        return not page.get("missing") and "imageinfo" in page


LAG_SWITCH = """
# Added by tests/mediawiki_api.py: while the file "lag" exists here, the API reports 30 s of
# database lag, so that requests sent with maxlag are refused as on a busy wiki.
if ( file_exists( __DIR__ . '/lag' ) ) {
	$wgHooks['ApiMaxLagInfo'][] = static function ( &$lagInfo ) {
		$lagInfo = [ 'host' => 'db', 'lag' => 30, 'type' => 'db' ];
	};
}
"""


def add_lag_switch(wiki: MediaWiki) -> None:
    """Let tests make the wiki report database lag (see :func:`lagging`); harmless while off."""
    settings = wiki.settings.read_text(encoding="utf-8")
    if "ApiMaxLagInfo" not in settings:
        wiki.settings.write_text(settings + LAG_SWITCH, encoding="utf-8")


@contextlib.contextmanager
def lagging(wiki: MediaWiki) -> Iterator[None]:
    """While inside, the wiki answers requests that carry ``maxlag`` with a maxlag error."""
    flag = wiki.folder / "lag"
    flag.write_text("on", encoding="utf-8")
    try:
        yield
    finally:
        flag.unlink(missing_ok=True)


@dataclass(slots=True)
class PublishWiki:
    """The served test wiki with the accounts the publishing tests use."""

    wiki: MediaWiki
    server: WikiServer
    editor: BotLogin
    """Amtsleitung@editor: may edit, create and upload."""
    text_only: BotLogin
    """Amtsleitung@nurtext: may edit and create, not upload."""
    colleague: BotLogin
    """Kollegin@browser: another person editing in the wiki."""
    browser: BotLogin
    """Amtsleitung@browser: the same person, in the browser."""

    @property
    def url(self) -> str:
        """The wiki's address."""
        return self.server.url

    def api(self, login: BotLogin | None = None) -> ApiClient:
        """Return an API client, logged in as ``login`` if given."""
        client = ApiClient(self.url)
        return client.login(login) if login is not None else client


def prepare_publish_wiki(wiki: MediaWiki) -> PublishWiki:
    """Create the accounts and bot passwords, add the lag switch, start a server."""
    add_lag_switch(wiki)
    create_user(wiki, "Amtsleitung")
    create_user(wiki, "Kollegin")
    editor = create_bot_password(wiki, "Amtsleitung", "editor", UPLOAD_GRANTS)
    text_only = create_bot_password(wiki, "Amtsleitung", "nurtext", EDIT_GRANTS)
    browser = create_bot_password(wiki, "Amtsleitung", "browser", EDIT_GRANTS)
    colleague = create_bot_password(wiki, "Kollegin", "browser", EDIT_GRANTS)
    return PublishWiki(wiki, WikiServer(wiki).start(), editor, text_only, colleague, browser)
