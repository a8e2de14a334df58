"""Entry point of the frozen program (PyInstaller): the same as the installed ``strategie-editor`` script."""

import os
import sys

if sys.stdout is None or sys.stderr is None:  # the windowed Windows program has no console
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115  # lives as long as the process
    sys.stdout = sys.stdout or sink
    sys.stderr = sys.stderr or sink

from editor.main import run_script

if __name__ == "__main__":
    run_script()
