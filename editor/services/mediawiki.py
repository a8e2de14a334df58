"""A small typed wrapper around mwclient: the only code that talks to a wiki.

mwclient (a well-kept MediaWiki client) does the HTTP work: the session and its
cookies, the bot-password login, tokens, uploads, and waiting and retrying when the
server is busy. It has no type hints, so everything it returns is turned into our own
frozen dataclasses here, and everything it raises into a :class:`WikiError` with a
German message. Nothing else in the program imports mwclient or requests, and nothing
here runs unless the user starts publishing or pulling.

Limits, so that nothing hangs: every request has a timeout (:class:`WikiOptions`),
requests that fail for a passing reason (no connection, a 5xx answer, ``maxlag``) are
tried again at most ``max_retries`` times with short pauses, and a cancel flag
(``threading.Event``) is looked at before every request and during every pause.
Writing requests are never repeated blindly: an edit whose answer got lost is
reported as such, and the next publish finds out what the wiki holds.
"""

from __future__ import annotations

import functools
import io
import logging
import threading
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast

from editor.domain.messages import UserError

USER_AGENT = "Strategie-Editor/0.1 (Stadtverwaltung; publish and pull of Konzept pages)"


class WikiError(UserError):
    """Talking to the wiki failed; ``str(error)`` is a German message, the file is untouched."""


class WikiUnreachableError(WikiError):
    """No connection, a timeout, or no MediaWiki at the address."""


class WikiLoginError(WikiError):
    """Wrong name or bot password, or the login expired and could not be renewed."""


class WikiPermissionError(WikiError):
    """The account may not do this (protected page, missing grant, blocked account)."""


class WikiBusyError(WikiError):
    """The wiki asks to wait (``maxlag``, rate limit) longer than we retry."""


class WikiCancelled(WikiError):
    """The user cancelled; nothing more was sent."""


class WikiEditLostError(WikiUnreachableError):
    """The connection broke while an edit was on its way; whether it was saved is unknown."""


@dataclass(frozen=True, slots=True)
class WikiOptions:
    """How patient the client is: timeouts in seconds, retries, and the ``maxlag`` it sends."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_retries: int = 2
    retry_wait: float = 2.0
    """Pause before the second try; each further try waits this much longer."""
    max_wait: float = 10.0
    """The longest single pause, whatever the server's ``Retry-After`` asks for."""
    maxlag: int = 5
    """Seconds of database lag at which the wiki should refuse us (a bot's manners)."""


@dataclass(frozen=True, slots=True)
class WikiAddress:
    """Where a wiki's ``api.php`` is."""

    scheme: str
    host: str
    path: str
    """The script path, starting and ending with ``/`` (``/`` or ``/w/``)."""

    @property
    def api_url(self) -> str:
        """The address of ``api.php``."""
        return f"{self.scheme}://{self.host}{self.path}api.php"

    def is_loopback(self) -> bool:
        """Return whether the wiki runs on this computer."""
        host = self.host.rsplit(":", 1)[0] if not self.host.endswith("]") else self.host
        return host in ("localhost", "127.0.0.1", "[::1]") or host.startswith("127.")


def wiki_addresses(text: str) -> list[WikiAddress]:
    """Return where ``api.php`` may be for what a user typed (the wiki's address or its ``api.php``).

    ``https://wiki.example/`` gives ``/api.php`` and ``/w/api.php`` to try, in that
    order; an address ending in ``api.php`` (or ``index.php``) gives exactly that one.
    """
    raw = text.strip()
    if not raw:
        raise WikiError("Bitte die Adresse des Wikis angeben, z. B. https://istek.oberhausen.de/.")
    if "://" not in raw:
        raw = "https://" + raw
    try:
        parts = urllib.parse.urlsplit(raw)
        port = parts.port
    except ValueError:
        raise WikiError("„{address}“ ist keine gültige Adresse eines Wikis.", address=text.strip()) from None
    if parts.scheme not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        raise WikiError(
            "„{address}“ ist keine Adresse eines Wikis; sie muss mit https:// (oder http://) beginnen.",
            address=text.strip(),
        )
    hostname = parts.hostname
    host = f"[{hostname}]" if ":" in hostname else hostname
    if port is not None:
        host += f":{port}"
    path = parts.path or "/"
    last = path.rsplit("/", 1)[-1]
    if last in ("api.php", "index.php"):
        return [WikiAddress(parts.scheme, host, path[: -len(last)])]
    if not path.endswith("/"):
        path += "/"
    candidates = [WikiAddress(parts.scheme, host, path)]
    if not path.endswith("/w/"):
        candidates.append(WikiAddress(parts.scheme, host, path + "w/"))
    return candidates


@dataclass(frozen=True, slots=True)
class LivePage:
    """A page as the wiki holds it right now (``exists`` False: there is no such page)."""

    title: str
    exists: bool
    revision: int = 0
    timestamp: str = ""
    text: str = ""
    user: str = ""
    """Who saved the latest revision."""
    comment: str = ""
    can_edit: bool = True
    """Whether the logged-in account may save the page (False: protected for it)."""
    start_timestamp: str = ""
    """The wiki's clock when the page was read (``starttimestamp`` of the next edit)."""


@dataclass(frozen=True, slots=True)
class SavedEdit:
    """What an edit did: ``changed`` False when the text was the same (no new revision)."""

    title: str
    changed: bool
    revision: int
    timestamp: str
    previous_revision: int


EditMode = Literal["create", "edit"]
"""``create``: the page must not exist yet (``createonly``); ``edit``: it must exist (``nocreate``)."""


class _Sleeper:
    """mwclient's retry counter with bounded, cancellable pauses."""

    def __init__(self, options: WikiOptions, cancel: threading.Event, args: object) -> None:
        self.options = options
        self.cancel = cancel
        self.args = args
        self.retries = 0

    def sleep(self, min_time: float = 0) -> None:
        """Pause before the next try; raise when tries are used up or the user cancelled."""
        from mwclient.errors import MaximumRetriesExceeded  # pyright: ignore[reportMissingTypeStubs]

        self.retries += 1
        if self.retries > self.options.max_retries:
            raise MaximumRetriesExceeded(self, self.args)
        wait = min(max(self.options.retry_wait * self.retries, float(min_time)), self.options.max_wait)
        if self.cancel.wait(wait):
            raise WikiCancelled("Abgebrochen; es wurde nichts mehr an das Wiki geschickt.")


class _Sleepers:
    def __init__(self, options: WikiOptions, cancel: threading.Event) -> None:
        self.options = options
        self.cancel = cancel

    def make(self, args: object = None) -> _Sleeper:
        return _Sleeper(self.options, self.cancel, args)


_PROTECTED = {
    "protectedpage",
    "cascadeprotected",
    "protectednamespace",
    "protectednamespace-interface",
    "protectedtitle",
}
_NOT_ALLOWED = {
    "permissiondenied",
    "writeapidenied",
    "noedit",
    "noedit-anon",
    "cantcreate",
    "cantcreate-anon",
    "mustbeloggedin",
    "noapiwrite",
    "readapidenied",
    "upload-permissiondenied",
    "mwoauth-invalid-authorization",
}
_BLOCKED = {"blocked", "autoblocked", "blockedfrommail", "globalblocking-blockedtext"}
_BUSY = {"maxlag", "ratelimited", "actionthrottledtext", "readonly"}


class WikiConnection:
    """One wiki, one login: read pages, save them, upload files. Not thread-safe; one job at a time."""

    def __init__(self, site: Any, address: WikiAddress, options: WikiOptions, cancel: threading.Event) -> None:
        self._site = site
        self.address = address
        self.options = options
        self.cancel = cancel
        self.user = ""
        """The logged-in account's name (a bot password's ``Name@app`` logs in as ``Name``)."""
        self.rights: frozenset[str] = frozenset()
        self._login: tuple[str, str] | None = None

    # --- connecting -----------------------------------------------------------------

    @classmethod
    def connect(
        cls, address: str, options: WikiOptions | None = None, cancel: threading.Event | None = None
    ) -> WikiConnection:
        """Find the wiki's ``api.php`` under ``address`` and return a connection (not logged in yet)."""
        import mwclient  # pyright: ignore[reportMissingTypeStubs]

        logging.getLogger("mwclient").addHandler(logging.NullHandler())
        logging.getLogger("mwclient").propagate = False  # its English retry notes are no message for users
        options = options or WikiOptions()
        cancel = cancel or threading.Event()
        candidates = wiki_addresses(address)
        last: WikiError | None = None
        for candidate in candidates:
            site: Any = cast(Any, mwclient).Site(
                candidate.host,
                path=candidate.path,
                scheme=candidate.scheme,
                do_init=False,
                max_retries=options.max_retries,
                retry_timeout=options.retry_wait,
                clients_useragent=USER_AGENT,
                connection_options={"timeout": (options.connect_timeout, options.read_timeout)},
            )
            site.sleepers = _Sleepers(options, cancel)
            connection = cls(site, candidate, options, cancel)
            try:
                connection._guard(site.site_init)
            except WikiUnreachableError as error:
                last = error
                if isinstance(error.__cause__, _connection_errors()):
                    raise  # the host itself does not answer; another path will not help
                site.connection.close()
                continue
            except WikiPermissionError:
                pass  # a wiki that only logged-in users may read: the login comes next
            return connection
        assert last is not None
        raise last

    def login(self, name: str, password: str) -> None:
        """Log in with a bot password (``Name@app``); raise ``WikiLoginError`` with a German reason."""
        from mwclient.errors import LoginError  # pyright: ignore[reportMissingTypeStubs]

        if not name.strip():
            raise WikiLoginError("Bitte den Anmeldenamen des Bot-Passworts angeben (Name@Anwendung).")
        if not password:
            raise WikiLoginError("Für „{name}“ ist kein Passwort angegeben.", name=name)
        site = self._site
        try:
            self._guard(lambda: site.login(name, password))
        except WikiError:
            raise
        except LoginError as error:  # pyright: ignore[reportUnknownVariableType]
            code = str(getattr(error, "code", ""))  # pyright: ignore[reportUnknownArgumentType]
            if code in ("Aborted", "NotExists", "WrongBotPass", "WrongPass", "Failed"):
                raise WikiLoginError(
                    "Die Anmeldung bei {wiki} ist fehlgeschlagen: Name oder Bot-Passwort stimmen nicht. "
                    "Ein Bot-Passwort legen Sie im Wiki unter Spezial:BotPasswörter an; "
                    "der Anmeldename hat die Form Name@Anwendung.",
                    wiki=self.address.api_url,
                ) from None
            if code == "Throttled":
                raise WikiBusyError(
                    "Zu viele Anmeldeversuche bei {wiki}; bitte in einigen Minuten erneut versuchen.",
                    wiki=self.address.api_url,
                ) from None
            raise WikiLoginError(
                "Die Anmeldung bei {wiki} ist fehlgeschlagen: {reason}",
                wiki=self.address.api_url,
                reason=str(getattr(error, "info", "") or code),  # pyright: ignore[reportUnknownArgumentType]
            ) from None
        self._login = (name, password)
        self.user = str(site.username)
        self.rights = frozenset(str(r) for r in cast(Sequence[Any], site.rights))

    def close(self) -> None:
        """Close the connection's sockets."""
        self._site.connection.close()

    # --- reading ----------------------------------------------------------------------

    def read_page(self, title: str) -> LivePage:
        """Return the page's latest revision with its text, and whether we may edit it."""
        result = self._call(
            "query",
            "GET",
            prop="revisions|info",
            titles=title,
            rvprop="ids|timestamp|content|user|comment",
            rvslots="main",
            intestactions="edit|create",
            curtimestamp="1",
        )
        query = _mapping(result.get("query"))
        pages = _list(query.get("pages"))
        if not pages:
            raise WikiError("Das Wiki hat auf die Frage nach „{title}“ keine Seite genannt.", title=title)
        page = _mapping(pages[0])
        if page.get("invalid"):
            raise WikiError(
                "„{title}“ ist im Wiki kein zulässiger Seitentitel ({reason}).",
                title=title,
                reason=str(page.get("invalidreason", "")),
            )
        name = str(page.get("title") or title)
        actions = _mapping(page.get("actions"))
        start = str(result.get("curtimestamp", ""))
        if page.get("missing"):
            return LivePage(name, False, can_edit=bool(actions.get("create", True)), start_timestamp=start)
        revisions = _list(page.get("revisions"))
        if not revisions:
            raise WikiError("Das Wiki gibt den Text der Seite „{title}“ nicht heraus.", title=name)
        revision = _mapping(revisions[0])
        slot = _mapping(_mapping(revision.get("slots")).get("main"))
        return LivePage(
            title=name,
            exists=True,
            revision=int(revision.get("revid", 0)),
            timestamp=str(revision.get("timestamp", "")),
            text=str(slot.get("content", "")),
            user=str(revision.get("user", "")),
            comment=str(revision.get("comment", "")),
            can_edit=bool(actions.get("edit", True)),
            start_timestamp=start,
        )

    def read_revision(self, revision: int) -> LivePage:
        """Return one revision of a page with its text."""
        result = self._call(
            "query", "GET", prop="revisions", revids=str(revision), rvprop="ids|timestamp|content|user|comment",
            rvslots="main",
        )  # fmt: skip
        pages = _list(_mapping(result.get("query")).get("pages"))
        if not pages or not _list(_mapping(pages[0]).get("revisions")):
            raise WikiError("Die Version {revision} gibt es im Wiki nicht.", revision=revision)
        page = _mapping(pages[0])
        rev = _mapping(_list(page.get("revisions"))[0])
        slot = _mapping(_mapping(rev.get("slots")).get("main"))
        return LivePage(
            title=str(page.get("title", "")),
            exists=True,
            revision=int(rev.get("revid", 0)),
            timestamp=str(rev.get("timestamp", "")),
            text=str(slot.get("content", "")),
            user=str(rev.get("user", "")),
            comment=str(rev.get("comment", "")),
        )

    def missing_files(self, names: Sequence[str]) -> list[str]:
        """Return those of ``names`` (file names without namespace) that the wiki does not have."""
        missing: list[str] = []
        for start in range(0, len(names), 50):
            chunk = list(names[start : start + 50])
            result = self._call("query", "GET", titles="|".join(f"File:{n}" for n in chunk), prop="imageinfo")
            query = _mapping(result.get("query"))
            # The wiki answers with its own spelling of each title; map back to ours.
            spelled = {str(_mapping(n).get("to")): str(_mapping(n).get("from")) for n in _list(query.get("normalized"))}
            for page in map(_mapping, _list(query.get("pages"))):
                if page.get("missing") and not page.get("known"):
                    title = str(page.get("title", ""))
                    original = spelled.get(title, title)
                    missing.append(original.split(":", 1)[1] if ":" in original else original)
        return [n for n in names if n in missing or f"File:{n}" in missing]

    # --- writing ----------------------------------------------------------------------

    def save_page(
        self,
        title: str,
        text: str,
        summary: str,
        mode: EditMode,
        base_timestamp: str = "",
        start_timestamp: str = "",
    ) -> SavedEdit:
        """Save ``text`` as the page; MediaWiki refuses if someone else saved since ``base_timestamp``.

        ``assert=user`` with the expected account name makes sure an expired login
        never saves anonymously; an expired token or login is renewed once.
        """
        params: dict[str, str] = {
            "title": title,
            "text": text,
            "summary": summary,
            "contentmodel": "wikitext",
            "assert": "user",
            "assertuser": self.user,
            "watchlist": "nochange",
        }
        if mode == "create":
            params["createonly"] = "1"
        else:
            params["nocreate"] = "1"
            if base_timestamp:
                params["basetimestamp"] = base_timestamp
        if start_timestamp:
            params["starttimestamp"] = start_timestamp
        result = self._write("edit", params)
        edit = _mapping(result.get("edit"))
        if edit.get("result") != "Success":
            reasons = ", ".join(str(k) for k in edit if k not in ("result", "title", "pageid"))
            raise WikiPermissionError(
                "Das Wiki hat das Speichern von „{title}“ abgelehnt ({reason}).", title=title, reason=reasons or "?"
            )
        if edit.get("nochange") is not None:
            return SavedEdit(str(edit.get("title", title)), False, 0, "", 0)
        return SavedEdit(
            title=str(edit.get("title", title)),
            changed=True,
            revision=int(edit.get("newrevid", 0)),
            timestamp=str(edit.get("newtimestamp", "")),
            previous_revision=int(edit.get("oldrevid", 0)),
        )

    def upload(self, name: str, data: bytes, description: str, summary: str) -> None:
        """Upload ``data`` as file ``name`` (which the wiki must not have yet)."""
        if "upload" not in self.rights:
            raise WikiPermissionError(
                "Ihr Bot-Passwort erlaubt kein Hochladen von Dateien; „{name}“ fehlt im Wiki. "
                "Erlauben Sie unter Spezial:BotPasswörter „Neue Dateien hochladen“ "
                "oder lassen Sie die Datei von jemandem hochladen, der es darf.",
                name=name,
            )
        site = self._site

        def send(ignore: bool) -> Mapping[str, Any]:
            return _mapping(
                site.upload(io.BytesIO(data), filename=name, description=description, comment=summary, ignore=ignore)
            )

        response = self._guard(lambda: send(False))
        warnings = _mapping(response.get("warnings"))
        if response.get("result") == "Warning" and set(warnings) <= {"duplicate", "duplicate-archive", "was-deleted"}:
            # The same picture under another name, or a name deleted once: ours is still wanted.
            response = self._guard(lambda: send(True))
        if response.get("result") != "Success":
            raise WikiError(
                "Die Datei „{name}“ wurde nicht hochgeladen: {reason}.",
                name=name,
                reason=", ".join(str(w) for w in _mapping(response.get("warnings"))) or str(response.get("result")),
            )

    # --- plumbing ---------------------------------------------------------------------

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise WikiCancelled("Abgebrochen; es wurde nichts mehr an das Wiki geschickt.")

    def _call(self, action: str, method: Literal["GET", "POST"] = "GET", **params: str) -> Mapping[str, Any]:
        """Run one reading request (tried again on passing failures)."""
        site = self._site
        params = {**params, "formatversion": "2", "maxlag": str(self.options.maxlag)}
        return _mapping(self._guard(lambda: site.api(action, method, **params)))

    def _write(self, action: str, params: Mapping[str, str]) -> Mapping[str, Any]:
        """Run one writing request: never repeated blindly; an expired token or login is renewed once."""
        from mwclient.errors import APIError  # pyright: ignore[reportMissingTypeStubs]

        site = self._site
        renewed: set[str] = set()
        while True:
            full = {**params, "formatversion": "2", "maxlag": str(self.options.maxlag)}
            try:
                full["token"] = str(self._guard(lambda: site.get_token("csrf", force="token" in renewed)))
                send = functools.partial(site.api, action, "POST", retry_on_error=False, **full)
                return _mapping(self._guard(send))
            except WikiEditLostError:
                raise
            except WikiError as error:
                cause = error.__cause__
                code = str(getattr(cause, "code", "")) if isinstance(cause, APIError) else ""
                if code == "badtoken" and "token" not in renewed:
                    renewed.add("token")
                    continue
                if code == "assertuserfailed" and "login" not in renewed and self._login is not None:
                    renewed.update(("login", "token"))
                    self.login(*self._login)
                    continue
                raise

    def _guard(self, call: Callable[[], Any]) -> Any:
        """Run an mwclient call; turn whatever it raises into a ``WikiError`` with a German message."""
        import requests
        from mwclient import errors  # pyright: ignore[reportMissingTypeStubs]

        self._check_cancel()
        wiki = self.address.api_url
        try:
            return call()
        except WikiError:
            raise
        except errors.LoginError:  # pyright: ignore[reportUnknownMemberType]
            raise
        except errors.MaximumRetriesExceeded as error:  # pyright: ignore[reportUnknownMemberType]
            raise WikiBusyError(
                "Das Wiki {wiki} ist gerade überlastet und bittet zu warten; nach {tries} Versuchen "
                "wurde aufgegeben. Bitte später erneut versuchen.",
                wiki=wiki,
                tries=self.options.max_retries + 1,
            ) from error
        except requests.exceptions.Timeout as error:
            raise WikiUnreachableError(
                "Das Wiki {wiki} antwortet nicht (keine Antwort nach {seconds} Sekunden).",
                wiki=wiki,
                seconds=int(self.options.read_timeout),
            ) from error
        except requests.exceptions.ConnectionError as error:
            if _writing(error):
                raise WikiEditLostError(
                    "Die Verbindung zum Wiki {wiki} brach beim Speichern ab. Ob die Seite gespeichert "
                    "wurde, ist nicht bekannt; das nächste Veröffentlichen prüft es, bevor es etwas schreibt.",
                    wiki=wiki,
                ) from error
            raise WikiUnreachableError(
                "Das Wiki {wiki} ist nicht erreichbar. Besteht eine Netzverbindung, und stimmt die Adresse?",
                wiki=wiki,
            ) from error
        except requests.exceptions.HTTPError as error:
            status = error.response.status_code if error.response is not None else 0
            if status == 404:
                raise WikiUnreachableError(
                    "Unter {wiki} gibt es keine Wiki-Schnittstelle (HTTP 404). Bitte die Adresse prüfen.", wiki=wiki
                ) from error
            if status in (401, 403):
                raise WikiPermissionError(
                    "Das Wiki {wiki} verweigert den Zugang (HTTP {status}).", wiki=wiki, status=status
                ) from error
            raise WikiUnreachableError(
                "Das Wiki {wiki} antwortete mit einem Fehler (HTTP {status}).", wiki=wiki, status=status
            ) from error
        except requests.exceptions.RequestException as error:
            raise WikiUnreachableError(
                "Das Wiki {wiki} ist nicht erreichbar ({reason}).", wiki=wiki, reason=type(error).__name__
            ) from error
        except (errors.InvalidResponse, errors.APIDisabledError, errors.MediaWikiVersionError) as error:  # pyright: ignore[reportUnknownMemberType]
            raise WikiUnreachableError(
                "Unter {wiki} antwortet kein MediaWiki. Bitte die Adresse des Wikis prüfen.", wiki=wiki
            ) from error
        except errors.InsufficientPermission as error:  # pyright: ignore[reportUnknownMemberType]
            raise WikiPermissionError(
                "Ihr Konto darf das im Wiki {wiki} nicht ({what}).", wiki=wiki, what=str(error)
            ) from error
        except errors.APIError as error:  # pyright: ignore[reportUnknownMemberType]
            raise _api_error(str(error.code), str(error.info), wiki) from error  # pyright: ignore[reportUnknownMemberType, reportUnknownArgumentType]


def _connection_errors() -> tuple[type[BaseException], ...]:
    import requests

    return (requests.exceptions.ConnectionError, requests.exceptions.Timeout)


def _writing(error: BaseException) -> bool:
    """Return whether a connection error broke a writing request (an edit or upload) after it was sent."""
    from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

    reason = getattr(error.args[0], "reason", None) if error.args else None
    if isinstance(reason, NewConnectionError | ConnectTimeoutError):
        return False  # no connection was made: nothing reached the wiki
    request = getattr(error, "request", None)
    body = getattr(request, "body", None)
    if isinstance(body, bytes):
        body = body[:4000].decode("latin-1")
    return isinstance(body, str) and ("action=edit" in body or 'name="action"\r\n\r\nupload' in body)


def _api_error(code: str, info: str, wiki: str) -> WikiError:
    if code in _PROTECTED:
        return WikiPermissionError(
            "Die Seite ist im Wiki geschützt; Ihr Konto darf sie nicht bearbeiten. "
            "Bitten Sie eine Administratorin oder einen Administrator des Wikis um Freigabe ({code}).",
            code=code,
        )
    if code in _BLOCKED:
        return WikiPermissionError("Ihr Konto ist im Wiki {wiki} gesperrt ({reason}).", wiki=wiki, reason=info)
    if code in _NOT_ALLOWED:
        return WikiPermissionError(
            "Ihr Konto oder Bot-Passwort darf das im Wiki nicht ({reason}). Prüfen Sie unter "
            "Spezial:BotPasswörter, ob „Seiten bearbeiten“, „Seiten erstellen“ und „Dateien hochladen“ erlaubt sind.",
            reason=info,
        )
    if code in _BUSY:
        return WikiBusyError(
            "Das Wiki {wiki} nimmt gerade keine Änderungen an ({reason}). Bitte später erneut versuchen.",
            wiki=wiki,
            reason=info,
        )
    if code in ("assertuserfailed", "assertnameduserfailed", "notloggedin"):
        return WikiLoginError(
            "Die Anmeldung beim Wiki ist abgelaufen oder gehört einem anderen Konto; es wurde nichts gespeichert."
        )
    if code == "badtoken":
        return WikiLoginError("Die Sitzung beim Wiki ist abgelaufen; es wurde nichts gespeichert.")
    if code == "editconflict":
        return WikiError("Jemand hat die Seite gerade geändert (Bearbeitungskonflikt); es wurde nichts gespeichert.")
    if code == "articleexists":
        return WikiError("Die Seite wurde gerade im Wiki angelegt; es wurde nichts überschrieben.")
    if code == "missingtitle" or code == "pagedeleted":
        return WikiError("Die Seite wurde gerade im Wiki gelöscht; es wurde nichts gespeichert.")
    return WikiError("Das Wiki meldet einen Fehler: {reason} ({code}).", reason=info, code=code)


def _mapping(value: object) -> Mapping[str, Any]:
    return cast(Mapping[str, Any], value) if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return list(cast(Sequence[Any], value)) if isinstance(value, list | tuple) else []
