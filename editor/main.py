"""The one entry point: ``main.py`` and the installed ``strategie-editor`` script.

A known subcommand (or ``--help``) runs the command line, which never imports Qt;
anything else starts the editor window.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn


def command_line_args(args: Sequence[str]) -> list[str] | None:
    """Return the arguments for the command line, or None when ``args`` ask for the editor window."""
    from editor.commands import COMMANDS

    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version")):
        return list(args)
    rest = [arg for arg in args if arg != "--english"]
    if len(rest) > 1 or (rest and rest[0].startswith("-")):
        return rest  # lets argparse explain the mistake in German
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the command line or the editor; return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    cli_args = command_line_args(args)
    if cli_args is not None:
        from editor.cli import main as cli_main

        return cli_main(cli_args)
    from editor.app import run

    rest = [arg for arg in args if arg != "--english"]
    return run(Path(rest[0]) if rest else None, "en" if "--english" in args else None)


def run_script() -> NoReturn:
    """Run ``main`` as a program (the installed script, ``main.py``, the frozen build) and exit.

    A command-line run is short: Python's cycle collector stays off (an export builds
    hundreds of thousands of small acyclic objects, which it would walk again and again),
    and the process ends without tearing them down one by one once every output is
    written, flushed and closed – together about a third of a whole-process wiki export.
    The editor window exits normally (Qt and QSettings clean up on the way out).
    """
    import contextlib
    import os

    args = sys.argv[1:]
    if command_line_args(args) is None:
        sys.exit(main(args))
    import gc

    gc.disable()
    code = main(args)
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader (`… | head`) went away: nothing more to say
        code = code or 1
    except (OSError, ValueError) as error:  # e.g. a full disk behind `> seite.wiki`
        reason = getattr(error, "strerror", None) or error
        print(f"strategie-editor: Die Ausgabe konnte nicht geschrieben werden: {reason}.", file=sys.stderr)
        code = 2
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run_script()
