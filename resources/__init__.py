"""The bundled files of Strategie-Editor, installed as the package ``strategie_resources``.

Icons, the Word template, translations, wiki profiles, the Themenfeld catalogue and the
sample. Read them only through :mod:`editor.resources` (``importlib.resources``).
"""
