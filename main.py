"""Start Strategie-Editor: ``python main.py [DATEI]`` or ``python main.py BEFEHL …``."""

from editor.main import main

if __name__ == "__main__":
    raise SystemExit(main())
