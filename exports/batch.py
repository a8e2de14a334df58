"""Whole-document runs: pausing Python's cycle collector, and a second process for long documents.

An export of a long document creates tens of thousands of short-lived, acyclic objects
(Markdown trees, text pieces, XML elements). Each allocation burst triggers the cyclic
garbage collector, which then walks every live object of the process: a fifth of a
cold wiki export of 2,000 sections. Reference counting still frees everything at once;
only the search for cycles waits until the export is done.

The collector is one for the whole process, so the pause is only taken on the main
thread, where a command-line export is all the process does. An export on a worker
thread (the window's Word and PDF export) leaves it running: the window goes on working
meanwhile and must not lose its collector to it.

:func:`in_two_processes` lets a command-line export use a second processor: a forked
child renders the second half of the pieces while the process renders the first. The
window never uses it (a process with Qt's threads must not fork).
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import signal
import threading
from collections.abc import Callable, Generator, Sequence
from contextlib import contextmanager
from typing import TypeVar, cast

T = TypeVar("T")


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


def other_threads() -> bool:
    """Return whether this process runs any thread besides the calling one (Qt's and C libraries' too, on Linux)."""
    with contextlib.suppress(OSError):
        return len(os.listdir("/proc/self/task")) > 1  # every thread of the process, not only Python's
    return threading.active_count() > 1


def processors() -> int:
    """Return how many processors this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def in_two_processes(render: Callable[[T], str], items: Sequence[T]) -> list[str]:
    """Return ``[render(item) for item in items]``, the second half rendered by a forked child meanwhile.

    Only where that is safe and can help: a system with ``fork``, more than one processor,
    and no other thread in this process; otherwise everything is rendered here. Whatever
    the child does not hand back whole (it failed, was killed, or the system refused the
    fork) is rendered here as well, so the result is the same in every case. The child
    leaves with ``os._exit``: it never flushes the parent's buffers or runs its clean-up.
    """
    half = len(items) // 2
    if half == 0 or not hasattr(os, "fork") or processors() < 2 or other_threads():
        return [render(item) for item in items]
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return [render(item) for item in items]
    try:
        child = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return [render(item) for item in items]
    if child == 0:  # pragma: no cover - runs in the child, which the coverage of the parent does not see
        code = 1
        try:
            os.close(read_end)
            data = marshal.dumps([render(item) for item in items[half:]])
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        ours = [render(item) for item in items[:half]]
    except BaseException:
        os.kill(child, signal.SIGKILL)  # its half is of no use any more: no waiting for it
        raise
    finally:
        try:
            with os.fdopen(read_end, "rb") as pipe:  # until the child has written all, or is gone
                data = pipe.read()
        finally:
            _, status = os.waitpid(child, 0)
    theirs: list[str] | None = None
    if status == 0:
        with contextlib.suppress(EOFError, ValueError, TypeError):
            loaded: object = marshal.loads(data)
            if isinstance(loaded, list):
                texts = cast("list[object]", loaded)
                if len(texts) == len(items) - half and all(type(text) is str for text in texts):
                    theirs = cast("list[str]", texts)
    return ours + (theirs if theirs is not None else [render(item) for item in items[half:]])
