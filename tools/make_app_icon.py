"""Render the app icon ``resources/icons/app/strategie-editor.svg`` into PNGs and a Windows .ico.

Run ``python tools/make_app_icon.py`` after changing the SVG. It writes
``resources/icons/app/strategie-editor-<N>.png`` for the sizes desktops look for
(the hicolor theme's 16 … 256) and ``packaging/windows/strategie-editor.ico``, which
holds the same PNGs (the ICO format allows PNG entries since Windows Vista).
Rendering uses Qt's own SVG renderer, so no further program is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
SVG = ROOT / "resources" / "icons" / "app" / "strategie-editor.svg"
ICO = ROOT / "packaging" / "windows" / "strategie-editor.ico"


def render(size: int) -> bytes:
    """Return the icon as PNG bytes of ``size`` × ``size`` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """Return a .ico file holding the PNG ``images`` by size."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    """Write every PNG size and the .ico."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    images = {size: render(size) for size in SIZES}
    for size, png in images.items():
        (SVG.parent / f"strategie-editor-{size}.png").write_bytes(png)
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico({size: images[size] for size in (16, 24, 32, 48, 64, 256)}))
    print(f"geschrieben: {len(SIZES)} PNG-Größen in {SVG.parent.relative_to(ROOT)}, {ICO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
