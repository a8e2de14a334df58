"""Generate the Themenfeld pictograms under ``resources/icons/themenfelder/``.

Run ``python tools/make_icons.py``. Each icon is a coloured disc with the
Themenfeld's initial in white, 128×128 PNG with transparency, written with zlib and
struct only (Pillow is not a dependency). File names are the slug of the title, as
``exports.docx_export.icon_path`` looks them up; ``themenfeld.png`` is the fallback
for Themenfelder that users add.
"""

from __future__ import annotations

import itertools
import json
import math
import struct
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from exports.docx_export import GENERIC_ICON, ICON_DIR, slug  # noqa: E402

SIZE = 128
SUPERSAMPLE = 4
GLYPH_W, GLYPH_H, STROKE = 52.0, 64.0, 6.5

Point = tuple[float, float]


def _arc(cx: float, cy: float, rx: float, ry: float, t0: float, t1: float, steps: int = 24) -> list[Point]:
    """Return points of an elliptic arc from angle ``t0`` to ``t1`` (degrees, y axis down)."""
    return [
        (
            cx + rx * math.cos(math.radians(t0 + (t1 - t0) * i / steps)),
            cy - ry * math.sin(math.radians(t0 + (t1 - t0) * i / steps)),
        )
        for i in range(steps + 1)
    ]


# Initials as strokes (polylines) in a unit box, x to the right and y downwards.
GLYPHS: dict[str, list[list[Point]]] = {
    "A": [[(0.0, 1.0), (0.5, 0.0), (1.0, 1.0)], [(0.22, 0.64), (0.78, 0.64)]],
    "B": [
        [(0.62, 0.5), (0.0, 0.5), (0.0, 0.0), (0.55, 0.0), *_arc(0.55, 0.25, 0.25, 0.25, 90, -90)],
        [(0.0, 0.5), (0.0, 1.0), (0.6, 1.0), *_arc(0.6, 0.75, 0.27, 0.25, -90, 90), (0.6, 0.5)],
    ],
    "G": [[*_arc(0.5, 0.5, 0.5, 0.5, 40, 360, 40), (0.55, 0.5)]],
    "M": [[(0.0, 1.0), (0.0, 0.0), (0.5, 0.62), (1.0, 0.0), (1.0, 1.0)]],
    "S": [[*_arc(0.5, 0.26, 0.44, 0.26, 25, 270), *_arc(0.5, 0.74, 0.46, 0.26, 90, -155)]],
    "T": [[(0.0, 0.0), (1.0, 0.0)], [(0.5, 0.0), (0.5, 1.0)]],
    "U": [[(0.0, 0.0), (0.0, 0.55), *_arc(0.5, 0.55, 0.5, 0.45, 180, 360), (1.0, 0.0)]],
    "W": [[(0.0, 0.0), (0.25, 1.0), (0.5, 0.3), (0.75, 1.0), (1.0, 0.0)]],
}

# Muted colours that keep white text at a contrast of at least 4.5:1.
COLOURS = [
    (0x00, 0x4B, 0x87),
    (0x8A, 0x3B, 0x12),
    (0x00, 0x6D, 0x5B),
    (0x6A, 0x2C, 0x70),
    (0xA1, 0x26, 0x3A),
    (0x3D, 0x5A, 0x1E),
    (0x1F, 0x5F, 0x8B),
    (0x5A, 0x4A, 0x00),
]


def _png(width: int, height: int, rgba: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + rgba[y * width * 4 : (y + 1) * width * 4] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def _segment_distance(px: float, py: float, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - a[0]) * dx + (py - a[1]) * dy) / length))
    return math.hypot(px - a[0] - t * dx, py - a[1] - t * dy)


def icon(letter: str, colour: tuple[int, int, int]) -> bytes:
    """Return a PNG: a disc in ``colour`` with ``letter`` drawn in white strokes, anti-aliased."""
    x0, y0 = (SIZE - GLYPH_W) / 2, (SIZE - GLYPH_H) / 2
    segments = [
        ((x0 + a[0] * GLYPH_W, y0 + a[1] * GLYPH_H), (x0 + b[0] * GLYPH_W, y0 + b[1] * GLYPH_H))
        for stroke in GLYPHS.get(letter, GLYPHS["T"])
        for a, b in itertools.pairwise(stroke)
    ]
    centre, radius = SIZE / 2, SIZE / 2 - 2
    pixels = bytearray()
    for y in range(SIZE):
        for x in range(SIZE):
            disc = ink = 0
            near = any(_segment_distance(x + 0.5, y + 0.5, a, b) < STROKE + 1 for a, b in segments)
            for sy in range(SUPERSAMPLE):
                for sx in range(SUPERSAMPLE):
                    px, py = x + (sx + 0.5) / SUPERSAMPLE, y + (sy + 0.5) / SUPERSAMPLE
                    if (px - centre) ** 2 + (py - centre) ** 2 <= radius**2:
                        disc += 1
                        if near and any(_segment_distance(px, py, a, b) <= STROKE for a, b in segments):
                            ink += 1
            alpha = round(255 * disc / SUPERSAMPLE**2)
            share = ink / disc if disc else 0.0
            r, g, b = (round(c + (255 - c) * share) for c in colour)
            pixels += bytes((r, g, b, alpha))
    return _png(SIZE, SIZE, bytes(pixels))


def main() -> None:
    """Write one icon per Themenfeld of the bundled catalogue, plus the generic one."""
    catalogue = json.loads((ROOT / "resources" / "themenfelder.json").read_text(encoding="utf-8"))
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    for index, entry in enumerate(catalogue["themenfelder"]):
        title = str(entry["title"])
        (ICON_DIR / f"{slug(title)}.png").write_bytes(icon(title[:1].upper(), COLOURS[index % len(COLOURS)]))
    (ICON_DIR / GENERIC_ICON).write_bytes(icon("T", (0x59, 0x59, 0x59)))
    print(f"geschrieben: {len(catalogue['themenfelder']) + 1} Symbole in {ICON_DIR.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
