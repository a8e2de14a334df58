"""The command-line subcommands, in a module of their own so that starting the editor need not load the CLI."""

COMMANDS: tuple[str, ...] = (
    "new",
    "sample",
    "list",
    "show",
    "check",
    "search",
    "versions",
    "backups",
    "export-wiki",
    "import-wiki",
    "export-docx",
    "export-html",
    "export-pdf",
    "settings",
    "publish",
    "pull",
)
