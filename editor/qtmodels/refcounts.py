"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

The PySide6 6.12.0 wheels return ``None`` from every void method called from Python
(``widget.update()``, ``edit.setText(…)``, ``super().focusOutEvent(e)`` …) and the bool
from ``Signal.emit()``/``disconnect()`` without taking a reference. Each call takes one
reference away from the shared object; after some ten thousand calls CPython aborts
with "none_dealloc: deallocating None" — in the middle of a user's work.

Python 3.12 made these objects immortal, which hides the bug there. On older Pythons
we do the same by hand: one large, harmless addition to their reference counts, made
only when a probe at import shows that the installed PySide6 loses references.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_MARGIN = 1 << 40
"""References added: more calls than a process will ever make (about 10^12)."""


class _Probe(QObject):
    fired = Signal()


def _loses_references() -> bool:
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(16):
        probe.setObjectName("probe")  # a void method: returns None
        probe.fired.emit()  # returns True
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    return lost_none >= 16 or lost_true >= 16


def protect_singletons() -> bool:
    """Make None/True/False practically immortal if PySide6 loses references; return whether it did."""
    if sys.version_info >= (3, 12) or not _loses_references():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object (Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
    return True


PROTECTED: bool = protect_singletons()
"""Whether the workaround was needed (and applied) in this process."""
