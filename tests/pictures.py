"""Tiny pictures for tests, made without an image library."""

from __future__ import annotations

import struct
import zlib


def one_pixel_png(rgb: bytes = b"\x22\xaa\x77") -> bytes:
    """Return a 1x1 PNG of colour ``rgb`` (three bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" + rgb))
        + chunk(b"IEND", b"")
    )
