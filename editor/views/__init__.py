"""Widgets of the editor window: main window, forms, dialogs."""
