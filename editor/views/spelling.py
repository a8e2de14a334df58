"""Spell checking in the text fields: red underlines, suggestions, a personal word list.

German (de-DE) by default, English as a choice (*Ansicht › Rechtschreibung*, or the
context menu of any text field). The words come from Hunspell through pyenchant, as in
novelWriter; where no dictionary is installed the editor says so once in the status bar
and works on without underlines.

- **Incremental:** a ``QSyntaxHighlighter`` re-checks only the paragraphs that changed,
  and every word is looked up once per session (a cache in :class:`Speller`). The word
  being typed is not underlined until the cursor leaves it, as in Word.
- **Never flagged:** the file's own terms (Themenfeld and Leitziel names, document titles,
  Zuständigkeiten, Gremien, paper subjects, the sender of the Vorlagen), the city's words
  (``resources/spelling/stadt.txt``), words with digits (``B/17/3503-01``), words in
  capitals (``ÖPNV``) or of mixed case (``iSTEK``), web and mail addresses.
- **Personal word list:** *Zum Wörterbuch hinzufügen* writes the word to a file per user
  and language in the program's data folder (``…/strategie-editor/Wörterbuch/de_DE.txt``),
  never into the strategy file. *Ignorieren* ignores the word until the program ends.

The dictionary loads in a worker thread, so that it does not delay the start of the window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QTextEdit, QWidget

from editor.views.i18n import tr
from editor.views.speller import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Speller,
    city_words,
    file_terms,
    personal_word_list,
    words,
)


class _Loaded(QObject):
    done = Signal(object, str)
    """(the Speller or None, what went wrong)."""


class SpellingService(QObject):
    """The program's one spell checker: language, on/off, the dictionary and the file's terms."""

    changed = Signal()
    """Words are judged differently now (language, word list, terms): underlines are redrawn."""
    unavailable = Signal(str)
    """No dictionary could be loaded: what to tell the user (emitted once per language)."""

    def __init__(self) -> None:
        super().__init__()
        store = QSettings()
        language = str(store.value("spelling/language", DEFAULT_LANGUAGE))
        self.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        self.enabled = str(store.value("spelling/enabled", "true")).lower() != "false"
        self.speller: Speller | None = None
        self.problem = ""
        self._loading = False
        self._said: set[str] = set()
        self._terms: set[str] = city_words()
        self._loaded = _Loaded()
        self._loaded.done.connect(self._on_loaded_done)

    # --- the dictionary -------------------------------------------------------------------

    def checker(self) -> Speller | None:
        """Return the speller to use now (None: off, not loaded yet, or no dictionary)."""
        if not self.enabled:
            return None
        if self.speller is None and not self._loading and not self.problem:
            self.start_loading()
        return self.speller

    def start_loading(self, wait: bool = False) -> None:
        """Load the dictionary of the chosen language in a worker thread (``wait``: here and now)."""
        language = self.language
        self._loading = True

        def load() -> None:
            try:
                speller: Speller | None = Speller(language, personal_word_list(language))
                problem = ""
            except Exception as error:  # no enchant library, no dictionary, an unreadable word list
                speller, problem = None, _problem_text(language, error)
            self._loaded.done.emit(speller, problem)

        if wait:
            load()
        else:
            threading.Thread(target=load, name="Wörterbuch laden", daemon=True).start()

    def _on_loaded_done(self, speller: Speller | None, problem: str) -> None:
        if speller is not None and speller.language != self.language:
            speller.close()
            return  # the language changed while it loaded; the other load follows
        self._loading = False
        if self.speller is not None and self.speller is not speller:
            self.speller.close()
        self.speller = speller
        self.problem = problem
        if speller is not None:
            speller.set_terms(self._terms)
        elif self.language not in self._said:
            self._said.add(self.language)
            self.unavailable.emit(problem)
        self.changed.emit()

    # --- choices --------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Check in ``language`` (a key of :data:`LANGUAGES`) from now on, and remember it."""
        if language not in LANGUAGES or language == self.language:
            return
        QSettings().setValue("spelling/language", language)
        self.language = language
        if self.speller is not None:
            self.speller.close()
        self.speller = None
        self.problem = ""
        self._loading = False
        self.changed.emit()  # underlines go until the other dictionary is there
        if self.enabled:
            self.start_loading()

    def set_enabled(self, enabled: bool) -> None:
        """Switch spell checking on or off, and remember it."""
        if enabled == self.enabled:
            return
        QSettings().setValue("spelling/enabled", "true" if enabled else "false")
        self.enabled = enabled
        self.changed.emit()

    def set_terms(self, terms: set[str]) -> None:
        """Use the file's own words (names, titles) as right."""
        self._terms = terms | city_words()
        if self.speller is not None and self.speller.set_terms(self._terms):
            self.changed.emit()

    def add(self, word: str) -> None:
        """Add ``word`` to the personal word list."""
        if self.speller is not None:
            self.speller.add(word)
            self.changed.emit()

    def ignore(self, word: str) -> None:
        """Ignore ``word`` until the program ends."""
        if self.speller is not None:
            self.speller.ignore(word)
            self.changed.emit()


def _problem_text(language: str, error: BaseException) -> str:
    package = "hunspell-de-de" if language == "de_DE" else "hunspell-en-us"
    if isinstance(error, ImportError):
        return tr(
            "Rechtschreibprüfung nicht verfügbar: Die Bibliothek Enchant fehlt (unter Debian/Ubuntu: "
            "sudo apt install libenchant-2-2 {package})."
        ).format(package=package)
    return tr(
        "Rechtschreibprüfung nicht verfügbar: Kein Wörterbuch für {language} installiert "
        "(unter Debian/Ubuntu: sudo apt install {package})."
    ).format(language=LANGUAGES.get(language, language), package=package)


_service: SpellingService | None = None
_retired: list[SpellingService] = []


def service() -> SpellingService:
    """Return the program's spell checker (made on first use)."""
    global _service
    if _service is None:
        _service = SpellingService()
    return _service


def reset_service() -> None:
    """Forget the spell checker (tests start each with the settings of their own)."""
    global _service
    if _service is not None:
        # Kept alive: a dictionary may still be loading for it in a worker thread, and fields
        # made before are still connected to it.
        _retired.append(_service)
    _service = None


# --- the text fields ---------------------------------------------------------------------------


def underline_format() -> QTextCharFormat:
    """Return the format of a misspelt word: a red wavy underline, as in Word."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor(220, 0, 0))
    return fmt


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelt words of one text field; only changed paragraphs are checked again.

    The underlines are formats of the layout, not of the text: they are never saved, never
    copied and never undone.
    """

    def __init__(self, edit: QTextEdit) -> None:
        super().__init__(edit.document())
        self.edit = edit
        self.underline = underline_format()
        self._skipped: tuple[int, int] | None = None  # (block, end) of the word left alone while typed
        self.restyling = False
        """True while underlines are redrawn: Qt then counts a new revision and says the text changed."""
        edit.cursorPositionChanged.connect(self._on_edit_cursor_position_changed)
        service().changed.connect(self._on_service_changed)

    def highlightBlock(self, text: str) -> None:
        """Underline the misspelt words of one paragraph (Qt calls this for each changed one)."""
        speller = service().checker()
        if speller is None or not text:
            return
        block = self.currentBlock()
        skip_end = -1
        cursor = self.edit.textCursor()
        if self.edit.hasFocus() and not cursor.hasSelection() and cursor.block() == block:
            skip_end = cursor.positionInBlock()  # the word being typed
            self._skipped = (block.blockNumber(), skip_end)
        for start, end in speller.misspelt(text, skip_end):
            self.setFormat(start, end - start, self.underline)

    def _on_edit_cursor_position_changed(self) -> None:
        if self._skipped is None:
            return
        cursor = self.edit.textCursor()
        number, end = self._skipped
        if cursor.blockNumber() == number and cursor.positionInBlock() == end:
            return
        self._skipped = None
        block = self.edit.document().findBlockByNumber(number)
        if block.isValid():
            self._restyle(lambda: self.rehighlightBlock(block))

    def _on_service_changed(self) -> None:
        self._restyle(self.rehighlight)

    def _restyle(self, redraw: Callable[[], None]) -> None:
        self.restyling = True
        try:
            redraw()
        finally:
            self.restyling = False


def word_at(cursor: QTextCursor) -> QTextCursor | None:
    """Return a cursor selecting the checked word at ``cursor`` (None where there is none)."""
    block = cursor.block()
    position = cursor.positionInBlock()
    for start, end, _word in words(block.text()):
        if start <= position <= end:
            found = QTextCursor(block)
            found.setPosition(block.position() + start)
            found.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            return found
    return None


def replace_word(word: QTextCursor, replacement: str) -> None:
    """Replace the selected word, keeping the format of its first letter (bold stays bold), as one undo step."""
    probe = QTextCursor(word.document())
    probe.setPosition(word.selectionStart() + 1)
    fmt = probe.charFormat()
    word.beginEditBlock()
    word.insertText(replacement, fmt)
    word.endEditBlock()


def spelling_menu(edit: QTextEdit, at: QTextCursor, menu: QMenu) -> None:
    """Put suggestions, *Zum Wörterbuch hinzufügen* and *Ignorieren* for the word at ``at`` on top of ``menu``."""
    word = word_at(at)

    def replace(suggestion: str) -> None:
        if word is not None:
            replace_word(word, suggestion)

    _word_actions(menu, word.selectedText() if word is not None else "", edit.isReadOnly(), replace)


def _word_actions(menu: QMenu, text: str, read_only: bool, replace: Callable[[str], None]) -> None:
    checker = service()
    speller = checker.checker()
    first = menu.actions()[0] if menu.actions() else None
    added: list[QAction] = []

    def add(action: QAction) -> None:
        menu.insertAction(first, action)  # type: ignore[arg-type]
        added.append(action)

    if speller is not None and text and not speller.is_correct(text):
        suggestions = speller.suggest(text)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.setEnabled(not read_only)
            action.triggered.connect(lambda _c=False, s=suggestion: replace(s))
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            add(action)
        if not suggestions:
            none = QAction(tr("(keine Vorschläge)"), menu)
            none.setEnabled(False)
            add(none)
        add(_separator(menu))
        add_action = QAction(tr("„{word}“ zum Wörterbuch hinzufügen").format(word=text), menu)
        add_action.setObjectName("spelling_add")
        add_action.triggered.connect(lambda _c=False, w=text: checker.add(w))
        add(add_action)
        ignore_action = QAction(tr("„{word}“ ignorieren").format(word=text), menu)
        ignore_action.setObjectName("spelling_ignore")
        ignore_action.triggered.connect(lambda _c=False, w=text: checker.ignore(w))
        add(ignore_action)
        add(_separator(menu))
    menu.addSeparator()
    menu.addMenu(choices_menu(menu))


def _separator(menu: QMenu) -> QAction:
    action = QAction(menu)
    action.setSeparator(True)
    return action


def choices_menu(parent: QWidget) -> QMenu:
    """Return the *Rechtschreibung* menu: on/off and the language (in the current UI language)."""
    menu = QMenu(tr("&Rechtschreibung"), parent)
    checker = service()
    toggle = menu.addAction(tr("Rechtschreibung &prüfen"))
    toggle.setCheckable(True)
    toggle.setChecked(checker.enabled)
    toggle.toggled.connect(checker.set_enabled)
    menu.addSeparator()
    group = QActionGroup(menu)
    for code, name in LANGUAGES.items():
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == checker.language)
        action.setActionGroup(group)
        action.setData(code)
        action.triggered.connect(lambda _c=False, code=code: checker.set_language(code))
    menu.aboutToShow.connect(lambda: _sync_choices(menu))
    return menu


def _sync_choices(menu: QMenu) -> None:
    checker = service()
    actions = menu.actions()
    actions[0].setChecked(checker.enabled)
    for action in actions[2:]:
        action.setChecked(action.data() == checker.language)


class _ContextMenus(QObject):
    """Shows a text field's context menu with the spelling entries (mouse on the viewport, keyboard on the field)."""

    def __init__(self, edit: QTextEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.last_menu: QMenu | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Replace Qt's context menu by ours."""
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        edit = self.edit
        if watched is edit.viewport() and event.reason() != QContextMenuEvent.Reason.Keyboard:
            at = edit.cursorForPosition(event.pos())
            global_pos = event.globalPos()
        else:
            at = edit.textCursor()
            global_pos = edit.viewport().mapToGlobal(edit.cursorRect().bottomLeft())
        menu = edit.createStandardContextMenu()
        menu.setParent(edit, menu.windowFlags())  # owned by the field; the one shown before goes
        spelling_menu(edit, at, menu)
        if self.last_menu is not None:
            self.last_menu.deleteLater()
        self.last_menu = menu
        menu.popup(global_pos)
        return True


def attach_spelling(edit: QTextEdit) -> SpellHighlighter:
    """Check the spelling of ``edit`` as the user types; add the suggestions to its context menu."""
    highlighter = SpellHighlighter(edit)
    menus = _ContextMenus(edit)
    edit.installEventFilter(menus)
    edit.viewport().installEventFilter(menus)
    edit.setProperty("spelling", True)
    return highlighter


def draw_wave(painter: QPainter, left: float, right: float, y: float) -> None:
    """Draw one red wavy line from ``left`` to ``right`` at height ``y``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(220, 30, 30), 1.0))
    wave = QPolygonF()
    x, up = float(left), True
    while x <= right:
        wave.append(QPointF(x, y - 1.2 if up else y + 1.2))
        x, up = x + 2.0, not up
    painter.drawPolyline(wave)
    painter.restore()


def draw_waves(
    painter: QPainter, text: str, spans: list[tuple[int, int]], origin: float, y: float, metrics: QFontMetrics
) -> None:
    """Draw a red wavy line at height ``y`` under each span of one line of ``text`` drawn from x = ``origin``."""
    for start, end in spans:
        left = origin + metrics.horizontalAdvance(text[:start])
        draw_wave(painter, left, origin + metrics.horizontalAdvance(text[:end]), y)


def misspelt_in(text: str) -> list[tuple[int, int]]:
    """Return the spans of the misspelt words of a text that is only shown (a table cell); none without a dictionary."""
    speller = service().checker()
    return speller.misspelt(text, -1) if speller is not None and text else []


class SpellingLineEdit(QLineEdit):
    """A one-line field that can underline its misspelt words and offer suggestions (:meth:`check_spelling`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spelling: LineSpelling | None = None

    def check_spelling(self) -> None:
        """Underline misspelt words and offer suggestions in the context menu."""
        self.spelling = LineSpelling(self)
        self.cursorPositionChanged.connect(lambda _old, _new: self.update())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the field, then the spelling underlines over it."""
        super().paintEvent(event)
        if self.spelling is not None:
            self.spelling.paint()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Show the standard menu, with the spelling suggestions for the word under the mouse (or at the cursor)."""
        if self.spelling is None:
            super().contextMenuEvent(event)
            return
        menu = self.createStandardContextMenu()
        mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        self.spelling.context_menu(menu, self.cursorPositionAt(event.pos()) if mouse else self.cursorPosition())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())


class LineSpelling(QObject):
    """Spell checking for a one-line field (a title, a Betreff): underlines and the context menu.

    A ``QLineEdit`` has no highlighter; the field calls :meth:`paint` after painting itself
    and :meth:`context_menu` for its menu. The whole line is checked at every paint (a title
    is a few words, each looked up once per session); the word being typed is left alone.
    """

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.setProperty("spelling", True)
        service().changed.connect(edit.update)

    def misspelt(self) -> list[tuple[int, int]]:
        """Return the spans of the misspelt words shown in the field."""
        speller = service().checker()
        edit = self.edit
        if speller is None or not edit.text() or edit.echoMode() != QLineEdit.EchoMode.Normal:
            return []
        typing = edit.hasFocus() and not edit.hasSelectedText() and not edit.isReadOnly()
        return speller.misspelt(edit.text(), edit.cursorPosition() if typing else -1)

    def paint(self) -> None:
        """Draw a red wavy line under every misspelt word (over the field's own painting)."""
        spans = self.misspelt()
        if not spans:
            return
        edit = self.edit
        text = edit.text()
        metrics = edit.fontMetrics()
        cursor = edit.cursorRect()
        # x of a position: from the cursor's (the line may be scrolled), by the width of the text between.
        origin = cursor.center().x() - metrics.horizontalAdvance(text[: edit.cursorPosition()])
        y = cursor.top() + metrics.ascent() + 2.5
        painter = QPainter(edit)
        painter.setClipRect(edit.contentsRect())
        draw_waves(painter, text, spans, origin, y, metrics)
        painter.end()

    def context_menu(self, menu: QMenu, position: int) -> None:
        """Put the suggestions for the word at ``position`` (and the spelling choices) on ``menu``."""
        edit = self.edit
        span = next(((a, b) for a, b, _w in words(edit.text()) if a <= position <= b), None)
        text = edit.text()[span[0] : span[1]] if span else ""

        def replace(suggestion: str) -> None:
            if span is not None:
                edit.setSelection(span[0], span[1] - span[0])
                edit.insert(suggestion)  # one step of the field's own undo; the field saves as after typing

        _word_actions(menu, text, edit.isReadOnly(), replace)


# --- the window ------------------------------------------------------------------------------


class _WindowHook(QObject):
    """Ties spell checking to the main window: the Ansicht menu, the status bar, the file's terms."""

    def __init__(self, window: QMainWindow, view_menu: QMenu, session: Callable[[], Any]) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.view_menu = view_menu
        self.menu = choices_menu(window)
        view_menu.addSeparator()
        view_menu.addMenu(self.menu)
        self._watched: Any = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1000)  # a title typed in changes the terms once, not per keystroke
        self._timer.timeout.connect(self.refresh_terms)
        checker = service()
        checker.unavailable.connect(self._on_service_unavailable)
        checker.checker()  # start loading the dictionary now, in the background

    def retranslate(self) -> None:
        """Set the menu's texts in the current language."""
        self.menu.setTitle(tr("&Rechtschreibung"))
        self.menu.actions()[0].setText(tr("Rechtschreibung &prüfen"))

    def _on_service_unavailable(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 15000)

    def refresh_terms(self) -> None:
        """Read the file's terms again (after it was opened or changed)."""
        current = self.session()
        if current is None:
            service().set_terms(set())
            return
        if current is not self._watched:
            self._watched = current
            current.record_applied.connect(lambda *_args: self._timer.start())
        service().set_terms(file_terms(current.reader))


def install_spelling(window: QMainWindow, view_menu: QMenu, session: Callable[[], Any], opened: Any) -> _WindowHook:
    """Add *Ansicht › Rechtschreibung* to ``window``; keep the file's terms (``opened``: a signal per opened file).

    The window calls the returned hook's ``retranslate()`` when its language changes.
    """
    hook = _WindowHook(window, view_menu, session)
    opened.connect(lambda *_args: hook.refresh_terms())
    return hook
