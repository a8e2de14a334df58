"""The one entry point: ``main.py`` and the installed ``strategie-editor`` script.

A known subcommand (or ``--help``) runs the command line, which never imports Qt;
anything else starts the editor window.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the command line or the editor; return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    from editor.commands import COMMANDS

    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version")):
        from editor.cli import main as cli_main

        return cli_main(args)
    language = None
    if "--english" in args:
        args.remove("--english")
        language = "en"
    if len(args) > 1 or (args and args[0].startswith("-")):
        from editor.cli import main as cli_main

        return cli_main(args)  # lets argparse explain the mistake in German
    from editor.app import run

    return run(Path(args[0]) if args else None, language)


if __name__ == "__main__":
    raise SystemExit(main())
