"""Pausing Python's cycle collector while an export builds its many small objects.

An export of a long document creates tens of thousands of short-lived, acyclic objects
(Markdown trees, text pieces, XML elements). Each allocation burst triggers the cyclic
garbage collector, which then walks every live object of the process: a fifth of a
cold wiki export of 2,000 sections. Reference counting still frees everything at once;
only the search for cycles waits until the export is done.

The collector is one for the whole process, so the pause is only taken on the main
thread, where a command-line export is all the process does. An export on a worker
thread (the window's Word and PDF export) leaves it running: the window goes on working
meanwhile and must not lose its collector to it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Generator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Generator[None]:
    """Run the block with the cycle collector off (main thread only), and on again afterwards if it was on."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
