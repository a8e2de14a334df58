"""Strategie-Editor: the application package (see README.md for the layers)."""

__version__ = "0.1.0"
"""The program's version; pyproject.toml, the About dialog, ``--version`` and the Windows version resource read it."""
