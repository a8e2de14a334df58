"""Start Strategie-Editor: ``python main.py [DATEI]`` or ``python main.py BEFEHL …``."""

from editor.main import run_script

if __name__ == "__main__":
    run_script()
