"""Convert a Word file to a tagged PDF in a running LibreOffice, filling its table of contents.

Not imported by the program: :mod:`exports.pdf_export` runs this file with a Python
that has LibreOffice's ``uno`` module (Debian's python3-uno, the ``python`` that ships
with LibreOffice on Windows), after starting LibreOffice listening on a named pipe::

    python3 pdf_uno.py PIPE IN.docx OUT.pdf

LibreOffice does not fill a table of contents when it converts a file
(``soffice --convert-to pdf`` shows the prepared entries without page numbers);
updating the document's indexes does. The PDF is tagged and marked PDF/UA, so a
screen reader finds headings, lists, tables, alternative texts and the language.

Exit codes: 0 written, 3 LibreOffice could not open the input, 4 no connection.
Only the standard library and ``uno`` may be used here.
"""
# pyright: basic, reportMissingImports=false, reportAttributeAccessIssue=false

from __future__ import annotations

import contextlib
import sys
import time

CONNECT_SECONDS = 90
"""How long to wait for LibreOffice to accept connections (a first start sets up its profile)."""


def prop(name, value):
    """Return a ``com.sun.star.beans.PropertyValue``."""
    from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

    item = PropertyValue()
    item.Name = name
    item.Value = value
    return item


def connect(pipe):
    """Return LibreOffice's component context, waiting until it listens on ``pipe``."""
    import uno  # type: ignore[import-not-found]
    from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + CONNECT_SECONDS
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def update_indexes(document):
    """Fill every table of contents (and other index) with the current page numbers."""
    indexes = document.getDocumentIndexes()
    for index in range(indexes.getCount()):
        indexes.getByIndex(index).update()


def convert(pipe, source, target):
    """Convert ``source`` (.docx) to ``target`` (.pdf); return the exit code."""
    # Imported here: the module is read by tools (translations, import checks) that lack uno.
    import uno  # type: ignore[import-not-found]
    from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]
    from com.sun.star.lang import DisposedException  # type: ignore[import-not-found]

    try:
        context = connect(pipe)
    except NoConnectException:
        return 4
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    try:
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(source),
            "_blank",
            0,
            (prop("Hidden", True), prop("ReadOnly", True), prop("FilterName", "MS Word 2007 XML")),
        )
        if document is None:
            return 3
        try:
            # Twice: the filled table of contents can be longer than the prepared one and
            # push every heading after it onto a later page.
            for _ in range(2):
                update_indexes(document)
                document.getTextFields().refresh()
            settings = uno.Any(
                "[]com.sun.star.beans.PropertyValue",
                (
                    prop("UseTaggedPDF", True),
                    prop("PDFUACompliance", True),
                    prop("ExportBookmarks", True),
                    prop("DisplayPDFDocumentTitle", True),
                    prop("ExportNotes", False),
                    prop("ExportFormFields", False),
                ),
            )
            uno.invoke(
                document,
                "storeToURL",
                (
                    uno.systemPathToFileUrl(target),
                    (prop("FilterName", "writer_pdf_Export"), prop("FilterData", settings)),
                ),
            )
        finally:
            document.close(True)
    finally:
        # DisposedException: LibreOffice is gone already, which is what we asked for.
        with contextlib.suppress(DisposedException):
            desktop.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(convert(sys.argv[1], sys.argv[2], sys.argv[3]))
