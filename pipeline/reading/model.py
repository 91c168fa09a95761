"""What every reader returns: the letter's text, page by page, with offsets."""
from __future__ import annotations

import bisect
import os
from dataclasses import dataclass, field
from pathlib import Path


def printable(name: str | os.PathLike) -> str:
    """A file name or path as text, even when the file system gave bytes that are not UTF-8."""
    return os.fsencode(name).decode("utf-8", errors="replace")


@dataclass(frozen=True)
class Page:
    """One page of the letter: its span in `Document.text`, and how it was read."""

    number: int
    start: int
    end: int
    ocr_confidence: float | None = None  # mean Tesseract confidence (0-100) for OCR'd pages


@dataclass
class Document:
    """A letter as text. Offsets of every extracted value refer to `text`."""

    path: Path
    format: str  # "pdf", "docx", "txt" or "image"
    sha256: str
    text: str
    pages: list[Page] = field(default_factory=list)

    def page_at(self, offset: int) -> int:
        """Page number (1-based) holding the character at `offset`."""
        starts = [p.start for p in self.pages]
        index = bisect.bisect_right(starts, offset) - 1
        return self.pages[max(index, 0)].number if self.pages else 1

    @property
    def page_count(self) -> int:
        return len(self.pages)


PAGE_SEPARATOR = "\n\n"


def assemble(path: Path, fmt: str, sha256: str, page_texts: list[str],
             confidences: list[float | None] | None = None) -> Document:
    """Join normalised page texts into one Document, keeping each page's span."""
    pages, chunks, offset = [], [], 0
    for index, text in enumerate(page_texts):
        if index:
            chunks.append(PAGE_SEPARATOR)
            offset += len(PAGE_SEPARATOR)
        confidence = confidences[index] if confidences else None
        pages.append(Page(index + 1, offset, offset + len(text), confidence))
        chunks.append(text)
        offset += len(text)
    return Document(path=path, format=fmt, sha256=sha256, text="".join(chunks), pages=pages)
