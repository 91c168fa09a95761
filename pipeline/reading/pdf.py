"""PDF letters through pypdf: text page by page, letterhead and page footers read once.

pypdf returns a page's text fragments in drawing order; two things need care:
- form checkboxes drawn as a separate run of glyphs ("☒ ☐ ☐") after their labels
  ("Oui    Non    Ne sait pas"): each glyph is put back before its label;
- letterheads and footers repeated on every page: kept once; "page 1/2" lines: removed.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import pypdf
from pypdf.errors import PdfReadError

from pipeline.errors import ScannedDocument, UnreadableDocument

log = logging.getLogger(__name__)

MAX_PAGES = 200
# Below this many letters or digits a page is taken as having no text layer.
MIN_TEXT_CHARS = 10
_GLYPHS = "☐☒☑□■✓✔✗✘"
_GLYPH_RUN = re.compile(rf"^[\s{_GLYPHS}]*[{_GLYPHS}][\s{_GLYPHS}]*$")
_PAGE_NUMBER = re.compile(r"(?:\bpage\s*)?(\d{1,3})\s*(?:/|sur)\s*(\d{1,3})\s*$", re.IGNORECASE)
HEADER_LINES, FOOTER_LINES = 12, 4
MARGIN_SHIFT = 1  # lines a repeated letterhead line may move from one page to the next


@dataclass
class _Fragment:
    text: str
    x: float
    y: float
    char_width: float


def _fragments(page) -> list[_Fragment]:
    frags: list[_Fragment] = []

    def visit(text, cm, tm, _font, font_size):
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[0] * cm[0]) or 1.0
        frags.append(_Fragment(text, x, y, max(font_size * scale * 0.46, 1.0)))

    page.extract_text(visitor_text=visit)
    return frags


def _interleave(glyphs: list[str], label: _Fragment, glyph_x: float) -> str | None:
    """Put each checkbox glyph before its option in a label fragment, or None if unsure."""
    text = label.text
    options = list(re.finditer(r"\S+(?:\s{1,2}\S+)*", text))
    if not options:
        return None
    if len(options) == len(glyphs) and glyph_x <= label.x + label.char_width:
        out, last = [], 0
        for glyph, option in zip(glyphs, options):
            out.append(text[last:option.start()])
            out.append(f"{glyph} ")
            last = option.start()
        out.append(text[last:])
        return "".join(out)
    if len(glyphs) == 1 and glyph_x > label.x:
        index = (glyph_x - label.x) / label.char_width
        nearest = min(options, key=lambda m: abs(m.start() - index))
        return f"{text[:nearest.start()]}{glyphs[0]} {text[nearest.start():]}"
    return None


def _page_text(page) -> str:
    frags = _fragments(page)
    for i, frag in enumerate(frags):
        if not _GLYPH_RUN.match(frag.text):
            continue
        glyphs = [c for c in frag.text if c in _GLYPHS]
        neighbours = [j for j in (i - 1, i + 1, i - 2, i + 2) if 0 <= j < len(frags)]
        for j in neighbours:
            label = frags[j]
            if abs(label.y - frag.y) > 1.5 or _GLYPH_RUN.match(label.text) or not label.text.strip():
                continue
            merged = _interleave(glyphs, label, frag.x)
            if merged is not None:
                label.text, frag.text = merged, ""
                break
    return "".join(f.text for f in frags)


def _line_key(line: str) -> str:
    """A line as compared between pages: spaces and case aside, and its page number ("page 2/3") blanked."""
    return _PAGE_NUMBER.sub("#", re.sub(r"\s+", " ", line.strip().lower()))


def _edge_ranks(lines: list[str], size: int) -> list[tuple[int, int]]:
    """(rank, index) of the first `size` non-blank lines of a page, from its edge."""
    return list(enumerate([index for index, line in enumerate(lines) if line.strip()][:size]))


def _strip_repeated_margins(pages: list[list[str]]) -> list[list[str]]:
    """Keep letterheads and footers once, and drop page numbers.

    A letterhead is a block of lines at the top (or bottom) edge of a page that other pages repeat at
    the same place, give or take a line. It is read once, on the first page (a footer on the last): it
    may hold the patient's label ("Né(e) le 04/03/1951  Sexe : M"). Only the block that starts at the
    edge goes: a sentence that a letter happens to write twice is kept, wherever it stands.
    """
    total = len(pages)
    def placed(lines: list[str], size: int) -> set[tuple[int, str]]:
        return {(rank, _line_key(lines[index])) for rank, index in _edge_ranks(lines, size)}

    tops = [placed(lines, HEADER_LINES) for lines in pages]
    bottoms = [placed(lines[::-1], FOOTER_LINES) for lines in pages]

    def margin(number: int, lines: list[str], edges: list[set], size: int) -> set[int]:
        """Indices (in `lines`) of the block at the edge that another page repeats."""
        block = set()
        for rank, index in _edge_ranks(lines, size):
            key = _line_key(lines[index])
            if not any(other != number and any((rank + shift, key) in edges[other]
                                               for shift in range(-MARGIN_SHIFT, MARGIN_SHIFT + 1))
                       for other in range(total)):
                break
            block.add(index)
        return block

    cleaned = []
    for number, lines in enumerate(pages):
        dropped = margin(number, lines, tops, HEADER_LINES) if number > 0 else set()
        if number < total - 1:
            dropped |= {len(lines) - 1 - i for i in margin(number, lines[::-1], bottoms, FOOTER_LINES)}
        kept = []
        for index, line in enumerate(lines):
            match = _PAGE_NUMBER.search(line)
            if index in dropped or (index >= len(lines) - FOOTER_LINES and match
                                    and int(match.group(1)) == number + 1 and int(match.group(2)) == total):
                continue
            kept.append(line)
        cleaned.append(kept)
    return cleaned


_WORD = re.compile(r"[^\W\d_]{2,}")
# Below this share of word-like characters a text layer is garbled (a bad OCR layer, broken font mapping).
MIN_WORD_SHARE = 0.45


def has_text_layer(text: str) -> bool:
    """Enough text, and text that reads as words: otherwise the page is read with OCR."""
    visible = sum(not c.isspace() for c in text)
    if sum(c.isalnum() for c in text) < MIN_TEXT_CHARS:
        return False
    return sum(len(w) for w in _WORD.findall(text)) >= MIN_WORD_SHARE * visible


def read_pdf_pages(path: Path) -> tuple[list[str], list[float | None]]:
    """Page texts of a PDF (OCR for pages without a text layer) and their OCR confidences."""
    try:
        reader = pypdf.PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise UnreadableDocument("encrypted PDF: a password is required")
            except (NotImplementedError, PdfReadError) as exc:
                raise UnreadableDocument(f"encrypted PDF that cannot be opened ({type(exc).__name__})") from exc
        count = len(reader.pages)
        if count == 0:
            raise UnreadableDocument("PDF without any page")
        if count > MAX_PAGES:
            raise UnreadableDocument(f"PDF of {count} pages, more than the {MAX_PAGES} a letter may have")
        raw = [_page_text(page) for page in reader.pages]
    except UnreadableDocument:
        raise
    except Exception as exc:  # pypdf raises many types on broken files
        raise UnreadableDocument(f"broken or unreadable PDF ({type(exc).__name__})") from exc

    pages = _strip_repeated_margins([text.split("\n") for text in raw])
    texts = ["\n".join(lines) for lines in pages]
    confidences: list[float | None] = [None] * len(texts)
    missing = [i for i, text in enumerate(texts) if not has_text_layer(text)]
    if len(missing) < len(texts):  # a page beside text pages that draws no image is blank, not scanned
        missing = [i for i in missing if _shows_images(reader.pages[i])]
    if missing:
        texts, confidences = _ocr_missing(path, texts, confidences, missing)
    return texts, confidences


def _shows_images(page) -> bool:
    try:
        return bool(page.images)
    except Exception:  # pypdf raises many types on broken image streams: let OCR try the page
        return True


def _ocr_missing(path, texts, confidences, missing):
    """Read pages without a text layer with OCR, when it is installed."""
    from pipeline.reading import ocr

    if not ocr.available():
        if len(missing) == len(texts):
            raise ScannedDocument(
                "scanned PDF without a text layer, and OCR (Tesseract with French) is not installed")
        log.warning("%s: %d page(s) without a text layer skipped (no OCR installed)", path.name, len(missing))
        return texts, confidences
    for index in missing:
        try:
            result = ocr.read_pdf_page(path, index)
        except ScannedDocument:
            if len(missing) == len(texts):
                raise
            log.warning("%s: page %d without a text layer skipped (no OCR renderer)", path.name, index + 1)
            continue
        texts[index], confidences[index] = result.text, result.confidence
    if not any(t.strip() for t in texts):
        raise ScannedDocument("scanned PDF in which OCR found no readable text")
    return texts, confidences
