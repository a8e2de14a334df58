"""Fuzzing the command line: any arguments give exit code 0, 1 or 2, never a traceback."""

from __future__ import annotations

import io
import os
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor import cli
from editor.commands import COMMANDS

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))

words = st.sampled_from(
    [
        *COMMANDS,
        "--document",
        "-d",
        "--profile",
        "--kind",
        "--paper",
        "--template",
        "-o",
        "--json",
        "save",
        "list",
        "diff",
        "restore",
        "strategie",
        "vorlage",
        "1",
        "2",
        "-1",
        "99999999999999999999",
        "B/17/3503-01",
        "-",
        "",
        "--",
        "-h",
    ]
)
argument = st.one_of(words, words, st.text(max_size=20), st.sampled_from(["FILE", "OUT", "MISSING", "DIR"]))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(argument, max_size=7))
def test_any_arguments_end_in_a_known_exit_code(tmp_path_factory, sample_file, monkeypatch, args):
    work = tmp_path_factory.mktemp("fuzz")
    monkeypatch.chdir(work)  # argument words like "new" become file names: keep them out of the checkout
    monkeypatch.setenv("STRATEGIE_BACKUP_DIR", str(work / "sicherungen"))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"==Kurzbeschreibung==\nText\n")))
    shutil.copyfile(sample_file, work / "f.strategie")
    replace = {
        "FILE": str(work / "f.strategie"),
        "OUT": str(work / "out.x"),
        "MISSING": str(work / "fehlt"),
        "DIR": str(work),
    }
    argv = [replace.get(a, a) for a in args]
    if argv and argv[0] not in COMMANDS and argv[0] not in ("-h", "--help"):
        argv.insert(0, "list")
    try:
        code = cli.main(argv, out=io.StringIO())
    except SystemExit as done:
        code = done.code
    assert code in (0, 1, 2, None), argv


@pytest.mark.slow
def test_long_cli_fuzz_run(monkeypatch):
    """Behind --long: the same property with many more examples (FUZZ_EXAMPLES)."""
    monkeypatch.setenv("FUZZ_EXAMPLES", "3000")
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            __file__ + "::test_any_arguments_end_in_a_known_exit_code",
        ],
        env={**os.environ, "FUZZ_EXAMPLES": "3000"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]
