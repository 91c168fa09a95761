"""Read a letter file into a Document: format detected by content, not by extension."""
from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.errors import EmptyDocument, UnreadableDocument, UnsupportedFormat
from pipeline.normalize import normalize_page
from pipeline.reading.model import Document, Page, assemble

__all__ = ["Document", "Page", "read_document", "sniff_format", "MAX_FILE_BYTES"]

MAX_FILE_BYTES = 50 * 1024 * 1024
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


def sniff_format(head: bytes) -> str:
    """"pdf", "docx" (any ZIP, checked later), "image" or "txt", from the first bytes."""
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        return "docx"
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    return "txt"


def read_document(path: Path) -> Document:
    """Read, normalise and assemble one letter; raises a LetterError with a reason."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size == 0:
            raise EmptyDocument("empty file")
        if size > MAX_FILE_BYTES:
            raise UnreadableDocument(f"file of {size // (1024 * 1024)} MB, larger than the 50 MB a letter may be")
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"cannot read the file ({exc.strerror or type(exc).__name__})") from exc
    fmt = sniff_format(data[:2048])
    confidences = None
    if fmt == "pdf":
        from pipeline.reading.pdf import read_pdf_pages

        pages, confidences = read_pdf_pages(path)
    elif fmt == "docx":
        from pipeline.reading.docx import read_docx_pages

        pages = read_docx_pages(path)
    elif fmt == "image":
        from pipeline.reading import ocr

        if not ocr.available():
            raise UnsupportedFormat("image file, and OCR (Tesseract with French) is not installed")
        results = ocr.read_image(path)
        pages, confidences = [r.text for r in results], [r.confidence for r in results]
    else:
        from pipeline.reading.text import decode_text

        pages = [decode_text(data)]
    texts = [normalize_page(page) for page in pages]
    if not any(t.strip() for t in texts):
        raise EmptyDocument("no text found in the file")
    return assemble(path, fmt, hashlib.sha256(data).hexdigest(), texts, confidences)
