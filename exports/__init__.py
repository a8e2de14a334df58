"""Qt-free writers and readers: wiki text (``wiki``, ``wiki_import``) and Word documents."""
