"""The editor as a screen reader meets it: a desktop under Xvfb with the AT-SPI bus, and a client.

``Desktop`` starts what a Linux desktop gives an application: an X server (Xvfb), a
window manager (openbox: it activates new windows and gives the focus back when a
dialog closes, as every desktop does), a session bus (``dbus-daemon --session``) and
the accessibility bus (``at-spi-bus-launcher``, which starts at-spi2-registryd).

``Editor`` starts the editor on a copy of the sample with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` and a client in the system Python
(``tests/a11y/atspi_client.py``, python3-pyatspi) that reads the accessible tree, the
focus and the announcements, and presses keys through the accessibility bus.

Every process is started here and ended here, by its own process id.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).with_name("atspi_client.py")
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"
SCREEN = (1366, 768)
"""The screen of the tests: a common office laptop."""


def missing_programs() -> list[str]:
    """Return what the AT-SPI tests need and this machine lacks (Debian package names)."""
    missing = []
    for program, package in (("Xvfb", "xvfb"), ("dbus-daemon", "dbus"), ("dbus-send", "dbus"), ("openbox", "openbox")):
        if shutil.which(program) is None:
            missing.append(package)
    if not os.access(BUS_LAUNCHER, os.X_OK):
        missing.append("at-spi2-core")
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        missing.append("python3")
    else:
        probe = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"],
            capture_output=True,
        )
        if probe.returncode != 0:
            missing.append("python3-pyatspi gir1.2-atspi-2.0")
    return missing


def _die_with_parent() -> None:
    """In a child before exec: end with SIGTERM when the test process ends, however it ends."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _spawn(args: list[str], **kwargs: Any) -> subprocess.Popen[Any]:
    """Start a process that ends with the test process."""
    return subprocess.Popen(args, preexec_fn=_die_with_parent, **kwargs)


def _stop(process: subprocess.Popen[Any] | None, timeout: float = 5) -> None:
    """End ``process`` (started by us) by its id: politely first, then for good."""
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout)


class Desktop:
    """Xvfb, openbox, a session bus and the accessibility bus, for the tests of one session."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.processes: list[subprocess.Popen[Any]] = []
        self.env: dict[str, str] = {}

    def _log(self, name: str) -> Any:
        return open(self.folder / f"{name}.log", "wb")  # closed with the process

    def start(self) -> Desktop:
        """Start everything; raise RuntimeError with the logs if something does not come up."""
        read, write = os.pipe()
        width, height = SCREEN
        xvfb = _spawn(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=self._log("xvfb"),
            stderr=subprocess.STDOUT,
        )
        self.processes.append(xvfb)
        os.close(write)
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise RuntimeError("Xvfb startet nicht: " + (self.folder / "xvfb.log").read_text(errors="replace"))
        home = self.folder / "home"
        home.mkdir()
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "DBUS_", "AT_SPI", "XDG_", "WAYLAND", "DISPLAY"))
        }
        env.update(
            DISPLAY=f":{display}",
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_RUNTIME_DIR=str(self.folder / "run"),
            NO_AT_BRIDGE="0",
            LANG="C.UTF-8",
        )
        (self.folder / "run").mkdir(mode=0o700)
        bus = _spawn(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=self._log("dbus"),
            env=env,
            text=True,
        )
        self.processes.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon startet nicht: " + (self.folder / "dbus.log").read_text(errors="replace"))
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        self.env = env
        self.processes.append(
            _spawn(["openbox", "--sm-disable"], stdout=self._log("openbox"), stderr=subprocess.STDOUT, env=env)
        )
        self.processes.append(
            _spawn([BUS_LAUNCHER, "--launch-immediately"], stdout=self._log("atspi"), stderr=subprocess.STDOUT, env=env)
        )
        # The accessibility bus is up when it answers org.a11y.Bus.GetAddress on the session bus.
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            probe = subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--dest=org.a11y.Bus",
                    "/org/a11y/bus",
                    "org.a11y.Bus.GetAddress",
                ],
                capture_output=True,
                env=env,
            )
            if probe.returncode == 0:
                break
            time.sleep(0.1)
        else:
            raise RuntimeError("at-spi-bus-launcher meldet sich nicht")
        return self

    def stop(self) -> None:
        """End every process this desktop started, newest first."""
        for process in reversed(self.processes):
            _stop(process)
        self.processes.clear()


class ClientError(AssertionError):
    """The AT-SPI client could not do what was asked."""


@dataclass
class Editor:
    """The editor on a file, and the AT-SPI client that watches and types."""

    desktop: Desktop
    path: Path
    language: str = "de"
    scale: float = 1.0
    process: subprocess.Popen[Any] | None = None
    client: subprocess.Popen[str] | None = None
    log: Path | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    _typed_at: float = 0.0

    def start(self, timeout: float = 60) -> Editor:
        """Start the editor and the client; return once the main window is on the bus with the focus."""
        env = {
            **self.desktop.env,
            **self.extra_env,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "QT_SCALE_FACTOR": str(self.scale),
            "STRATEGIE_BACKUP_DIR": str(self.path.parent / "Sicherungen"),
            "PYTHONIOENCODING": "utf-8",
        }
        args = [sys.executable, str(ROOT / "main.py")]
        if self.language == "en":
            args.append("--english")
        self.log = self.path.with_suffix(f".{self.language}.log")
        self.process = _spawn(
            [*args, str(self.path)],
            env=env,
            stdout=open(self.log, "wb"),  # noqa: SIM115  # the child keeps it
            stderr=subprocess.STDOUT,
            cwd=self.path.parent,
        )
        self.client = _spawn(
            [SYSTEM_PYTHON, str(CLIENT)],
            env=self.desktop.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=open(self.path.with_suffix(f".{self.language}.client.log"), "wb"),  # noqa: SIM115
            text=True,
            encoding="utf-8",
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("Der Editor endete beim Start:\n" + self.log.read_text(errors="replace"))
            try:
                focus = self.ask("focus")
            except ClientError:
                focus = None
            if focus is not None and focus["role"] != "?":
                return self
            time.sleep(0.2)
        raise RuntimeError(
            "Der Editor erscheint nicht mit dem Fokus auf dem Bus:\n" + self.log.read_text(errors="replace")
        )

    def stop(self) -> None:
        """End the client and the editor."""
        if self.client is not None and self.client.stdin is not None:
            self.client.stdin.close()
        _stop(self.client)
        _stop(self.process, timeout=10)

    # --- talking to the client ---------------------------------------------------------

    def ask(self, cmd: str, **args: Any) -> Any:
        """Send one command to the client; return its result or raise ClientError."""
        assert self.client is not None and self.client.stdin is not None and self.client.stdout is not None
        self.client.stdin.write(json.dumps({"cmd": cmd, **args}) + "\n")
        self.client.stdin.flush()
        line = self.client.stdout.readline()
        if not line:
            raise ClientError("Der AT-SPI-Client ist beendet")
        answer = json.loads(line)
        if not answer["ok"]:
            raise ClientError(answer["error"] + "\n" + answer.get("trace", ""))
        return answer["result"]

    def focus(self) -> dict[str, Any] | None:
        """Return what has the keyboard focus, as the accessibility bus reports it."""
        return self.ask("focus")

    def keys(self, *combos: str, settle: float = 0.05) -> dict[str, Any] | None:
        """Press keys (``"ctrl+shift+n"``, ``"Tab"``, ``"F2"``); return the focus afterwards."""
        return self.ask("key", keys=list(combos), delay=settle)

    def move(self, *combos: str, timeout: float = 2.0) -> dict[str, Any] | None:
        """Press keys that move the focus, each waiting until the focus moved; return the focus."""
        started = time.monotonic()
        result = self.ask("key", keys=list(combos), delay=0.0, focus_change=True, timeout=timeout)
        if os.environ.get("ATSPI_TRACE"):
            print(f"move {combos} {time.monotonic() - started:.2f}s -> {result and result['name']!r}", file=sys.stderr)
        return result

    def type(self, text: str) -> dict[str, Any] | None:
        """Type ``text`` (umlauts too); return the focus afterwards."""
        return self.ask("type", text=text)

    def events(self, wait: float = 0.0) -> list[dict[str, Any]]:
        """Return the events seen since the last call (focus, states, announcements …)."""
        return self.ask("events", wait=wait)

    def tree(self, window: str | None = None) -> dict[str, Any]:
        """Return the accessible tree of the active window (or the window named ``window``)."""
        return self.ask("tree", window=window or "active")

    def windows(self) -> list[dict[str, Any]]:
        """Return the application's top-level windows."""
        return self.ask("windows")

    def wait_for(self, check: Callable[[], Any], what: str, timeout: float = 10, interval: float = 0.05) -> Any:
        """Poll ``check`` until it returns something true; fail naming ``what`` after ``timeout``."""
        deadline = time.monotonic() + timeout
        last: Any = None
        while time.monotonic() < deadline:
            last = check()
            if last:
                return last
            self.ask("pump", seconds=interval)
        raise AssertionError(f"Zeitüberschreitung: {what} (zuletzt: {last!r})")

    def wait_focus(self, predicate: Callable[[dict[str, Any]], bool], what: str, timeout: float = 10) -> dict[str, Any]:
        """Wait until the focused object satisfies ``predicate``; return it."""

        def check() -> dict[str, Any] | None:
            focus = self.focus()
            return focus if focus is not None and predicate(focus) else None

        return self.wait_for(check, what, timeout)

    def t(self, text: str) -> str:
        """Return the UI text ``text`` (German source) in the editor's language."""
        return translate(text, self.language)

    def in_outline(self, focus: dict[str, Any] | None = None) -> bool:
        """Return whether the focus is in the outline (the tree or one of its rows)."""
        focus = focus if focus is not None else self.focus()
        if focus is None:
            return False
        outline = self.t("Gliederung")
        return (focus["role"] == "tree" and focus["name"] == outline) or any(
            a["role"] == "tree" and a["name"] == outline for a in focus.get("ancestors", [])
        )

    def focus_outline(self) -> dict[str, Any]:
        """Put the focus into the outline with F6 (closing what is open first)."""
        for _ in range(4):
            focus = self.focus()
            if self.in_outline(focus):
                return focus or {}
            if not self.active_title().endswith("Strategie-Editor") or (focus or {}).get("role") == "menu item":
                self.keys("Escape", settle=0.2)  # a dialog or a menu is open
                continue
            self.move("F6")
        raise AssertionError(f"F6 bringt den Fokus nicht in die Gliederung: {self.focus()!r}")

    def goto(self, *path: str) -> dict[str, Any]:
        """Select the outline row reached by ``path`` (row names, each below the one before) by keyboard."""
        focus: dict[str, Any] | None = self.focus_outline()
        if focus is None or focus["role"] != "table cell":
            focus = self.move("Home")
        for depth, name in enumerate(path):
            if not is_row(focus, name):
                # Type the start of the row's name: the outline jumps to the next row that begins so.
                prefix = "".join(itertools.takewhile(lambda c: c.isascii() and c != " ", name))
                if len(prefix) >= 3:
                    # The outline adds what is typed within 0.4 s to one search (Qt's keyboard interval).
                    time.sleep(max(0.0, self._typed_at + 0.45 - time.monotonic()))
                    focus = self.ask("type", text=prefix, focus_change=True)
                    self._typed_at = time.monotonic()
            if not is_row(focus, name):
                focus = self.move("Home") if depth == 0 else focus
                for _ in range(80):
                    if is_row(focus, name):
                        break
                    before = focus
                    focus = self.move("Down")
                    if focus == before:
                        raise AssertionError(f"Zeile „{name}“ nicht gefunden (Ende der Gliederung bei {focus!r})")
                else:
                    raise AssertionError(f"Zeile „{name}“ nicht gefunden")
            if depth < len(path) - 1:
                assert focus is not None
                if "expanded" not in focus["states"]:
                    focus = self.move("Right")
                focus = self.move("Down")
        assert focus is not None
        return focus

    def form_heading(self) -> str:
        """Return the heading of the form on the right (what the window shows as selected)."""
        return self.ask("heading", host=self.t("Formular")) or ""

    def menu(self, menu: str, item: str) -> dict[str, Any]:
        """Choose ``item`` in menu ``menu`` (German texts with their &) by keyboard alone."""
        title = self.t(menu)
        mnemonic = title[title.index("&") + 1].lower()
        wanted = self.t(item).replace("&", "")
        focus = self.move(f"alt+{mnemonic}")
        for _ in range(30):
            if focus is not None and focus["role"] == "menu item" and focus["name"] == wanted:
                return self.keys("Return", settle=0.3) or {}
            focus = self.move("Down")
        raise AssertionError(f"Menüeintrag „{wanted}“ nicht erreicht (zuletzt {focus!r})")

    def active_title(self) -> str:
        """Return the name of the active window."""
        for window in self.windows():
            if "active" in window["states"]:
                return window["name"]
        return ""

    def wait_window(self, title: str, timeout: float = 10) -> dict[str, Any]:
        """Wait until the active window is named ``title`` (or starts with it); return its tree."""
        self.wait_for(lambda: self.active_title().startswith(title), f"Fenster „{title}“ aktiv", timeout)
        return self.tree()


_TRANSLATIONS: dict[str, str] | None = None


def translate(text: str, language: str) -> str:
    """Return the UI text ``text`` (German source, as passed to ``tr``) in ``language``."""
    global _TRANSLATIONS
    if language == "de":
        return text
    if _TRANSLATIONS is None:
        sys.path.insert(0, str(ROOT / "tools"))
        try:
            import translations  # type: ignore[import-not-found]
        finally:
            sys.path.pop(0)
        _TRANSLATIONS = translations.read_ts(ROOT / "resources" / "translations" / "strategie_en.ts")
    return _TRANSLATIONS.get(text, text)


def is_row(focus: dict[str, Any] | None, name: str) -> bool:
    """Return whether ``focus`` is the outline row ``name``."""
    return focus is not None and focus["role"] == "table cell" and focus["name"] == name


def walk(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Yield ``node`` and all its descendants."""
    yield node
    for child in node.get("children", []):
        yield from walk(child)


def find(node: dict[str, Any], role: str | None = None, name: str | None = None) -> dict[str, Any] | None:
    """Return the first descendant with ``role`` and ``name`` (either may be None = any)."""
    for candidate in walk(node):
        if (role is None or candidate["role"] == role) and (name is None or candidate["name"] == name):
            return candidate
    return None


def new_folder(prefix: str) -> Path:
    """Return a fresh temporary folder."""
    return Path(tempfile.mkdtemp(prefix=prefix))


def effective_name(node: dict[str, Any]) -> str:
    """Return what a screen reader announces as the control's name: its labels or its own name.

    A combo box's accessible name is its current value on Linux (Qt leaves the name to the
    label relation there), so a combo box is named only by a label.
    """
    labels = " ".join(name for name in node.get("labelled_by", []) if name.strip())
    if node["role"] == "combo box":
        return labels
    return node["name"].strip() or labels


def controls(window: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the focusable, visible controls of a window (not the rows of lists and tables)."""
    return [
        node
        for node in walk(window)
        if "focusable" in node["states"]
        and "showing" in node["states"]
        and not node["item"]
        and node is not window
        # An empty label (a dialog's message line before there is a message) has nothing to read
        # and only a mouse click focuses it.
        and not (node["role"] == "label" and not node["name"])
    ]


def unnamed(window: dict[str, Any]) -> list[str]:
    """Return a line for every focusable control of ``window`` that has no name."""
    return [f"{node['role']} bei {node['extents']}" for node in controls(window) if not effective_name(node)]


def focus_name(focus: dict[str, Any] | None) -> str:
    """Return the name of the focused control as a screen reader says it (a table's cell counts as its table)."""
    if focus is None:
        return ""
    if focus["item"] and focus.get("ancestors"):
        return focus["ancestors"][0]["name"]
    if focus["role"] == "combo box":
        return " ".join(focus["labelled_by"])
    return focus["name"]


def field_id(node: dict[str, Any]) -> tuple[str, str]:
    """Return a form field's identity: its role and the name a screen reader says."""
    return (node["role"], focus_name(node) if node["role"] == "combo box" else node["name"])


def focused_field(focus: dict[str, Any] | None, host: str) -> tuple[str, str] | None:
    """Return the identity of the focused field of the form ``host``, or None when the focus is outside it."""
    if focus is None or not any(a["role"] == "filler" and a["name"] == host for a in focus["ancestors"]):
        return None
    parent = focus["ancestors"][0]
    if focus["item"]:
        return (parent["role"], parent["name"])
    if focus["role"] == "text" and parent["role"] == "combo box":
        return ("combo box", " ".join(parent.get("labelled_by", [])) or focus["name"])
    return field_id(focus)


def form_fields(window: dict[str, Any], host: str) -> list[tuple[str, str]]:
    """Return the focusable fields of the form ``host`` in reading order: top to bottom, left to right."""
    form = find(window, "filler", host)
    assert form is not None, f"kein Formular „{host}“"
    in_combos = {id(child) for node in walk(form) if node["role"] == "combo box" for child in node["children"]}
    fields = [node for node in controls(form) if id(node) not in in_combos]
    fields.sort(key=lambda n: (n["extents"][1], n["extents"][0]))
    return [field_id(node) for node in fields]
