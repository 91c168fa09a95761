"""OCR of scanned pages and image files with Tesseract (French), one page at a time.

Each page goes through the same steps:
- rendered at 300 dpi in grey (PDF pages, with poppler's pdftoppm) or scaled to
  300 dpi (images whose resolution is known; faxes with unequal resolutions are squared);
- cleaned where it pays on scans: skew corrected, speckle removed (3x3 median),
  grey background turned white (Otsu threshold);
- read with Tesseract's automatic layout (--psm 3: columns and paragraphs in
  reading order), TSV output, so text and word confidences come from one run;
- read again after Tesseract's orientation detection when the confidence is low,
  which is what a page scanned sideways or upside down looks like.

Tesseract runs with one thread (OMP_THREAD_LIMIT=1): its OpenMP threads make a
page several times slower, and the batch already runs letters in parallel.
Messages never quote the page's text.
"""
from __future__ import annotations

import functools
import io
import logging
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter, ImageOps, ImageSequence, UnidentifiedImageError

from pipeline.errors import ScannedDocument, UnreadableDocument

log = logging.getLogger(__name__)

LANGUAGE = "fra"
DPI = 300
PAGE_TIME_LIMIT_S = 60.0
MAX_IMAGE_PAGES = 200
# Below this mean word confidence, the page may be sideways or upside down.
ORIENTATION_CHECK_BELOW = 60.0
# Tesseract's own orientation confidence under which its answer is a guess.
MIN_ORIENTATION_CONFIDENCE = 2.0
# Page widths (inches) that make a recorded image resolution believable: A5 to A3.
MIN_PAGE_INCHES, MAX_PAGE_INCHES = 5.0, 12.0
MAX_SKEW_DEGREES = 5.0
MIN_SKEW_DEGREES = 0.2
_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)
_ORIENTATION_CONFIDENCE = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.MULTILINE)


@dataclass(frozen=True)
class OcrText:
    text: str
    confidence: float  # mean word confidence, 0-100


@functools.lru_cache(maxsize=1)
def available() -> bool:
    """True when Tesseract is on PATH with its French model: a scan can then be read."""
    binary = shutil.which("tesseract")
    if binary is None:
        return False
    try:
        listing = subprocess.run([binary, "--list-langs"], capture_output=True, text=True,
                                 timeout=30, env=_single_thread_env())
    except (OSError, subprocess.SubprocessError):
        return False
    languages = {line.strip() for line in listing.stdout.splitlines()[1:]}
    return listing.returncode == 0 and LANGUAGE in languages


def read_pdf_page(path: Path, index: int) -> OcrText:
    """OCR of one PDF page (0-based index), rendered at 300 dpi in grey."""
    deadline = time.monotonic() + PAGE_TIME_LIMIT_S
    page = _render_pdf_page(Path(path), index, deadline)
    return _read_page(page, DPI, deadline, f"page {index + 1}")


def read_image(path: Path) -> list[OcrText]:
    """OCR of an image file (PNG, JPEG, TIFF), one result per frame of a multi-page TIFF."""
    try:
        with Image.open(path) as image:
            frame_count = getattr(image, "n_frames", 1)
            if frame_count > MAX_IMAGE_PAGES:
                raise UnreadableDocument(
                    f"image of {frame_count} pages, more than the {MAX_IMAGE_PAGES} a letter may have")
            results = []
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                deadline = time.monotonic() + PAGE_TIME_LIMIT_S
                page, dpi = _image_at_standard_dpi(frame)
                results.append(_read_page(page, dpi, deadline, f"page {number}"))
            return results
    except (UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise UnreadableDocument(f"image that cannot be opened ({type(exc).__name__})") from exc
    except OSError as exc:  # truncated or corrupt image data
        raise UnreadableDocument(f"broken image file ({type(exc).__name__})") from exc


def _render_pdf_page(path: Path, index: int, deadline: float) -> Image.Image:
    renderer = shutil.which("pdftoppm")
    if renderer is None:
        raise ScannedDocument("scanned PDF page, and pdftoppm (poppler-utils) is not installed to render it for OCR")
    number = str(index + 1)
    command = [renderer, "-r", str(DPI), "-gray", "-f", number, "-l", number, str(path)]
    output = _run(command, deadline, f"rendering page {number}")
    try:
        return Image.open(io.BytesIO(output)).convert("L")
    except (UnidentifiedImageError, OSError) as exc:
        raise UnreadableDocument(f"page {number} of the PDF could not be rendered for OCR") from exc


def _image_at_standard_dpi(frame: Image.Image) -> tuple[Image.Image, int | None]:
    """Grey image at 300 dpi when its resolution is believable, so Tesseract sees usual letter sizes.

    Fax pages are often 204x98 dpi: the vertical axis is stretched to make pixels square.
    Many files carry a default 72 dpi whatever the scan was: a resolution that makes the
    page narrower or wider than paper letters are is ignored, and Tesseract estimates it.
    """
    image = ImageOps.exif_transpose(frame).convert("L")
    x_dpi, y_dpi = (float(v) for v in frame.info.get("dpi", (0, 0)))
    if x_dpi <= 0 or y_dpi <= 0 or not MIN_PAGE_INCHES <= image.width / x_dpi <= MAX_PAGE_INCHES:
        return image, None
    size = (round(image.width * DPI / x_dpi), round(image.height * DPI / y_dpi))
    if size != image.size:
        image = image.resize(size, Image.Resampling.BICUBIC)
    return image, DPI


def _read_page(page: Image.Image, dpi: int | None, deadline: float, where: str) -> OcrText:
    """Clean and read one page; on low confidence, retry in the orientation Tesseract detects."""
    cleaned = _clean(page)
    result = _recognise(cleaned, dpi, deadline, where)
    if result.confidence >= ORIENTATION_CHECK_BELOW:
        return result
    rotation = _detect_rotation(cleaned, dpi, deadline)
    if not rotation:
        return result
    log.info("OCR %s: read again after a %d degree rotation (confidence %.0f)", where, rotation, result.confidence)
    turned = _recognise(_clean(page.rotate(-rotation, expand=True)), dpi, deadline, where)
    return turned if turned.confidence > result.confidence else result


def _clean(page: Image.Image) -> Image.Image:
    """Straighten, despeckle and binarise a grey page: scans come tilted on grey paper."""
    angle = _skew_angle(page)
    if abs(angle) >= MIN_SKEW_DEGREES:
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    page = page.filter(ImageFilter.MedianFilter(3))
    threshold = _otsu_threshold(page)
    return page.point(lambda value: 255 if value > threshold else 0)


def _otsu_threshold(page: Image.Image) -> int:
    """Grey level that best separates ink from paper (Otsu's between-class variance)."""
    histogram = np.asarray(page.histogram()[:256], dtype=float)
    weight = np.cumsum(histogram)
    total = weight[-1]
    ink_sum = np.cumsum(histogram * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        variance = (ink_sum[-1] * weight / total - ink_sum) ** 2 / (weight * (total - weight))
    return int(np.argmax(np.nan_to_num(variance, nan=0.0)))  # 0 on a page of one grey: no ink


def _skew_angle(page: Image.Image) -> float:
    """Rotation (degrees) that makes text lines horizontal: the one whose ink rows are sharpest.

    Ink pixels of a half-size page are projected along each candidate slope (a shear,
    exact and cheaper than rotating the image): a coarse pass over +-5 degrees, then a fine one.
    """
    small = page.reduce(2)
    rows, columns = np.nonzero(np.asarray(small) <= _otsu_threshold(small))
    if rows.size == 0:
        return 0.0  # a blank page: nothing to straighten

    def sharpness(angle: float) -> float:
        projected = np.rint(rows + columns * np.tan(np.radians(angle))).astype(np.int64) + small.width
        return float(np.square(np.bincount(projected).astype(np.float64)).sum())

    coarse = max(np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + 0.01, 0.5), key=sharpness)
    tilt = max(np.arange(coarse - 0.5, coarse + 0.51, 0.1), key=sharpness)
    return -round(float(tilt), 1)


def _recognise(page: Image.Image, dpi: int | None, deadline: float, where: str) -> OcrText:
    tsv = _tesseract(page, dpi, ["-l", LANGUAGE, "--psm", "3", "tsv"], deadline, f"OCR of {where}")
    return _text_from_tsv(tsv.decode("utf-8", errors="replace"))


def _text_from_tsv(tsv: str) -> OcrText:
    """Lines in Tesseract's reading order, a blank line between paragraphs; mean word confidence."""
    lines: list[str] = []
    words: list[str] = []
    confidences: list[float] = []
    current_line = current_paragraph = None
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) < 12 or fields[0] != "5" or not fields[11].strip():
            continue
        paragraph, line = tuple(fields[1:4]), tuple(fields[1:5])
        if line != current_line and words:
            lines.append(" ".join(words))
            words = []
        if paragraph != current_paragraph and lines and not _goes_on(lines[-1], fields[11].strip()):
            lines.append("")
        current_line, current_paragraph = line, paragraph
        words.append(fields[11].strip())
        confidence = float(fields[10])
        if confidence >= 0:
            confidences.append(confidence)
    if words:
        lines.append(" ".join(words))
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrText("\n".join(lines), round(mean, 1))


def _goes_on(line: str, next_word: str) -> bool:
    """Whether a paragraph Tesseract starts is the same sentence going on: the line before it ends without
    punctuation and it starts in lower case ("douleurs … qui la⏎réveillent la nuit")."""
    return bool(line) and line[-1] not in ".:;!?)" and next_word[:1].islower()


def _detect_rotation(page: Image.Image, dpi: int | None, deadline: float) -> int:
    """Clockwise rotation (0, 90, 180, 270) Tesseract's orientation detection asks for, 0 if unsure."""
    try:
        report = _tesseract(page, dpi, ["--psm", "0"], deadline, "orientation detection").decode()
    except UnreadableDocument:
        return 0  # too little text to tell: keep the page as it is
    rotation, confidence = _ROTATE.search(report), _ORIENTATION_CONFIDENCE.search(report)
    if not rotation or not confidence or float(confidence.group(1)) < MIN_ORIENTATION_CONFIDENCE:
        return 0
    return int(rotation.group(1)) % 360


def _tesseract(page: Image.Image, dpi: int | None, options: list[str], deadline: float, step: str) -> bytes:
    binary = shutil.which("tesseract")
    if binary is None:
        raise ScannedDocument("scanned page, and OCR (Tesseract) is not installed")
    image = io.BytesIO()
    page.save(image, format="PPM")
    resolution = ["--dpi", str(dpi)] if dpi else []
    return _run([binary, "stdin", "stdout", *resolution, *options], deadline, step, stdin=image.getvalue())


def _single_thread_env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _run(command: list[str], deadline: float, step: str, stdin: bytes | None = None) -> bytes:
    """Run an OCR tool within the page's time limit; failures become UnreadableDocument."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise UnreadableDocument(f"{step} not started: the page took more than {PAGE_TIME_LIMIT_S:.0f} s")
    try:
        done = subprocess.run(command, input=stdin, capture_output=True, timeout=remaining,
                              env=_single_thread_env())
    except subprocess.TimeoutExpired as exc:
        raise UnreadableDocument(f"{step} stopped: the page took more than {PAGE_TIME_LIMIT_S:.0f} s") from exc
    except OSError as exc:
        raise UnreadableDocument(f"{step} could not start ({type(exc).__name__})") from exc
    if done.returncode != 0:
        raise UnreadableDocument(f"{step} failed ({Path(command[0]).name} exit status {done.returncode})")
    return done.stdout
