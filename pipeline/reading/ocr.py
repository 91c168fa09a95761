"""OCR of scanned pages (Tesseract, French). Placeholder until OCR lands: reports it as missing."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OcrText:
    text: str
    confidence: float  # mean word confidence, 0-100


def available() -> bool:
    return False


def read_pdf_page(path, index: int) -> OcrText:  # pragma: no cover - replaced by the OCR issue
    raise NotImplementedError
