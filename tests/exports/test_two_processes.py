"""A long document's wiki text in two processes: the same text, whatever the second process does.

The forking runs in a fresh interpreter (a script run with ``subprocess``): the test
process may hold Qt's threads from other tests, and a process with threads must not fork.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from editor.domain.model import Document, Section
from editor.domain.tree import walk
from editor.services import Operations, new_workspace
from exports.batch import processors

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows has no fork; everything runs in one process")


def run_script(code: str) -> str:
    """Run ``code`` in a fresh interpreter with the checkout importable; return what it printed."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


HELPERS = """
    import os, threading
    import exports.batch as batch

    forks = []
    real_fork = os.fork
    def counting_fork():
        forks.append(1)
        return real_fork()
    os.fork = counting_fork
    batch.processors = lambda: 2  # as on any machine with two processors
    parent = os.getpid()
    items = [f"Stück {n}: äöü ß €" for n in range(101)]
    expected = [item.upper() for item in items]
"""


def test_the_second_process_renders_half_and_the_order_is_kept():
    out = run_script(
        HELPERS
        + """
    seen = []
    def render(item):
        if os.getpid() == parent:
            seen.append(item)
        return item.upper()
    print(batch.in_two_processes(render, items) == expected, len(forks), len(seen))
    """
    )
    assert out == "True 1 50"  # the parent rendered only its half (50 of 101): the child did the rest


@pytest.mark.parametrize(
    "failure",
    [
        "raise ValueError('kaputt')",
        "os.kill(os.getpid(), 9)",
        "os._exit(0)",  # gone without a word: the empty answer is not taken for one
    ],
)
def test_whatever_the_second_process_does_the_result_is_complete(failure):
    out = run_script(
        HELPERS
        + f"""
    def render(item):
        if os.getpid() != parent:
            {failure}
        return item.upper()
    print(batch.in_two_processes(render, items) == expected, len(forks))
    """
    )
    assert out == "True 1"


def test_a_failure_in_this_process_stops_the_second_one_at_once():
    out = run_script(
        HELPERS
        + """
    import time
    def render(item):
        if os.getpid() != parent:
            time.sleep(60)  # a long half that nobody needs any more
        raise ValueError("kaputt")
    start = time.monotonic()
    try:
        batch.in_two_processes(render, items)
    except ValueError:
        pass
    print(round(time.monotonic() - start) < 10, len(forks))
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        print("no child left")
    """
    )
    assert out.split("\n") == ["True 1", "no child left"]


def test_no_fork_with_another_thread_one_processor_or_too_little_work():
    out = run_script(
        HELPERS
        + """
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    with_thread = batch.in_two_processes(str.upper, items) == expected
    stop.set()
    worker.join()
    batch.processors = lambda: 1
    one_processor = batch.in_two_processes(str.upper, items) == expected
    batch.processors = lambda: 2
    one_item = batch.in_two_processes(str.upper, items[:1]) == expected[:1]
    print(with_thread, one_processor, one_item, len(forks))
    """
    )
    assert out == "True True True 0"


def test_processors_counts_what_this_process_may_use():
    assert 1 <= processors() <= 4096


def _body(n: int) -> str:
    kind = n % 5
    if kind == 0:
        return f"Absatz **{n}** mit *Kursivem* und einem [Link](https://example.org/{n}).\n\n- eins\n    - zwei"
    if kind == 1:
        return f"## Unterüberschrift {n}\n\nText unter der Überschrift."  # its level depends on the section's
    if kind == 2:
        return f"| A | B |\n| --- | --- |\n| {n} | 2 |"
    if kind == 3:
        return "Gleicher Text in vielen Abschnitten."  # the same body at several levels
    return ""


def test_the_command_line_writes_a_long_document_as_one_process_does(tmp_path, cli):
    sections = []
    for chapter in range(100):
        children = [Section(f"Abschnitt {chapter}.{n}", _body(chapter * 3 + n)) for n in range(3)]
        children[0].children.append(Section("Tiefer", _body(chapter)))
        sections.append(Section(f"Kapitel {chapter}", _body(chapter), children=children))
    doc = Document(title="Lang", art="Konzept", scope="Gesamtstadt", year="2026", sections=sections)
    path = tmp_path / "lang.strategie"
    workspace = new_workspace(path)
    Operations(workspace).insert_document(doc)
    workspace.close()

    result = cli("export-wiki", path)
    assert result.returncode == 0, result.stderr
    single = cli("export-wiki", path, "--jobs", "1")
    assert single.returncode == 0, single.stderr
    assert single.stdout == result.stdout

    from editor.services.files import Reader
    from editor.storage.workspace import Workspace
    from exports.wiki import MIN_BODIES_FOR_TWO, export_wiki

    reader = Reader(Workspace.open(path, read_only=True))
    source = reader.export_source(reader.resolve(None))
    reader.workspace.close()
    bodies = {(section.body, level) for section, level in walk(source.document.sections, 2) if section.body.strip()}
    assert len(bodies) >= MIN_BODIES_FOR_TWO  # long enough for the second process
    assert result.stdout == export_wiki(source)  # in this process, one section after the other
