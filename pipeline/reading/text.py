"""Plain-text letters: UTF-8 (with or without BOM), else Windows-1252, any line ends."""
from __future__ import annotations

from pipeline.errors import UnreadableDocument


def decode_text(data: bytes) -> str:
    if b"\x00" in data:
        raise UnreadableDocument("binary file, not text (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f")
    if controls > max(10, len(text) // 100) or text.count("\ufffd") > max(10, len(text) // 100):
        raise UnreadableDocument("binary file, not text (control characters or undecodable bytes)")
    return text
