"""OCR of scanned letters: generated scans (PDF, PNG, multi-page TIFF), mixed PDFs, no Tesseract."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.errors import ScannedDocument, UnreadableDocument, UnsupportedFormat
from pipeline.reading import ocr, read_document

needs_tesseract = pytest.mark.skipif(
    not ocr.available(), reason="Tesseract with its French model is not installed (scripts/install-system-deps.sh)")
needs_pdftoppm = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")

A4_AT_150_DPI = (1240, 1754)


def scanned_page(lines: list[str], angle: float = 0.0) -> Image.Image:
    """A grey A4 page at 150 dpi with dark text, slightly tilted like a scan when asked."""
    page = Image.new("L", A4_AT_150_DPI, color=225)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=30)
    for number, line in enumerate(lines):
        draw.text((120, 200 + 60 * number), line, fill=30, font=font)
    return page.rotate(angle, fillcolor=225) if angle else page


def save_image_pdf(pages: list[Image.Image], path: Path) -> Path:
    pages[0].save(path, format="PDF", resolution=150, save_all=True, append_images=pages[1:])
    return path


def text_page_pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


@pytest.fixture
def without_tesseract(monkeypatch):
    """Tesseract absent from PATH, with the cached availability forgotten before and after."""
    ocr.available.cache_clear()
    real_which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name, *args, **kwargs:
                        None if name == "tesseract" else real_which(name, *args, **kwargs))
    yield
    ocr.available.cache_clear()


@needs_tesseract
@needs_pdftoppm
def test_reading_ocr_generated_scan_finds_the_anticoagulant(tmp_path):
    page = scanned_page(["Cher confrere,", "Patient sous Eliquis 5 mg matin et soir."], angle=1.5)
    document = read_document(save_image_pdf([page], tmp_path / "scan.pdf"))
    assert "Eliquis 5 mg" in document.text
    assert document.pages[0].ocr_confidence > 70


@needs_tesseract
@needs_pdftoppm
def test_reading_ocr_mixed_pdf_keeps_its_text_page_untouched(tmp_path):
    from pypdf import PdfReader, PdfWriter

    text = "Traitement en cours : Kardegic 75 mg par jour."
    text_only = tmp_path / "text.pdf"
    text_only.write_bytes(text_page_pdf(text))
    scan = save_image_pdf([scanned_page(["Patient sous Xarelto 20 mg."])], tmp_path / "scan.pdf")
    writer = PdfWriter()
    for source in (text_only, scan):
        writer.append(PdfReader(source))
    mixed = tmp_path / "mixed.pdf"
    with mixed.open("wb") as out:
        writer.write(out)

    document = read_document(mixed)
    first, second = document.pages
    assert document.text[first.start:first.end] == read_document(text_only).text
    assert first.ocr_confidence is None and second.ocr_confidence is not None
    assert "Xarelto 20 mg" in document.text[second.start:second.end]


def test_reading_ocr_without_tesseract_reports_a_scan(tmp_path, without_tesseract):
    assert not ocr.available()
    scan = save_image_pdf([scanned_page(["Patient sous Eliquis 5 mg."])], tmp_path / "scan.pdf")
    with pytest.raises(ScannedDocument, match="OCR .* not installed"):
        read_document(scan)
    image = tmp_path / "scan.png"
    scanned_page(["Patient sous Eliquis 5 mg."]).save(image)
    with pytest.raises(UnsupportedFormat, match="OCR .* not installed"):
        read_document(image)


@needs_tesseract
@pytest.mark.parametrize("suffix", [".png", ".jpg"])
def test_reading_ocr_png_and_jpeg_are_read(tmp_path, suffix):
    path = tmp_path / f"letter{suffix}"
    scanned_page(["Sous Previscan 20 mg le soir."]).save(path, dpi=(150, 150))
    document = read_document(path)
    assert document.format == "image"
    assert "Previscan 20 mg" in document.text


@needs_tesseract
def test_reading_ocr_multipage_tiff_fax_gives_one_page_each(tmp_path):
    first, second = (scanned_page([line]).convert("1", dither=Image.Dither.NONE)
                     for line in ("Page un : Sintrom 4 mg.", "Page deux : Lovenox 4000 UI."))
    # A fax in standard mode: half the vertical resolution, so pixels are twice as tall.
    first, second = (page.resize((page.width, page.height // 2)) for page in (first, second))
    path = tmp_path / "fax.tiff"
    first.save(path, save_all=True, append_images=[second], dpi=(150, 75), compression="group4")
    document = read_document(path)
    assert document.page_count == 2
    one, two = document.pages
    assert "Sintrom 4 mg" in document.text[one.start:one.end]
    assert "Lovenox 4000" in document.text[two.start:two.end]


@needs_tesseract
def test_reading_ocr_upside_down_page_is_turned(tmp_path):
    path = tmp_path / "upside-down.png"
    lines = ["Cher confrere, je vous adresse ce patient", "pour des metastases osseuses du bassin.",
             "Il est traite par Xgeva et par Eliquis 5 mg.", "Douleur EVA 6/10, OMS 1."]
    scanned_page(lines).rotate(180).save(path)
    document = read_document(path)
    assert "Eliquis 5 mg" in document.text
    assert document.pages[0].ocr_confidence > 70


@needs_tesseract
@needs_pdftoppm
def test_reading_ocr_blank_scan_is_reported_as_without_text(tmp_path):
    blank = save_image_pdf([Image.new("L", A4_AT_150_DPI, color=225)], tmp_path / "blank.pdf")
    with pytest.raises(ScannedDocument, match="no readable text"):
        read_document(blank)


def test_reading_ocr_skew_is_measured_on_a_tilted_page():
    lines = [f"Ligne {n} du courrier de demande d'avis en RCP." for n in range(12)]
    assert ocr._skew_angle(scanned_page(lines, angle=2.0)) == pytest.approx(-2.0, abs=0.3)
    assert ocr._skew_angle(scanned_page(lines)) == pytest.approx(0.0, abs=0.2)


def test_reading_ocr_timeout_is_an_unreadable_document(tmp_path, monkeypatch):
    def too_slow(command, **kwargs):
        raise subprocess.TimeoutExpired(command, kwargs.get("timeout"))

    monkeypatch.setattr(subprocess, "run", too_slow)
    path = tmp_path / "letter.png"
    scanned_page(["Patient sous Eliquis 5 mg."]).save(path)
    with pytest.raises(UnreadableDocument, match="more than 60 s") as error:
        ocr.read_image(path)
    assert "Eliquis" not in str(error.value)


def test_reading_ocr_tesseract_failure_is_an_unreadable_document(tmp_path, monkeypatch):
    monkeypatch.setattr(subprocess, "run", lambda command, **kwargs: subprocess.CompletedProcess(command, 1, b"", b""))
    path = tmp_path / "letter.png"
    scanned_page(["Patient sous Eliquis 5 mg."]).save(path)
    with pytest.raises(UnreadableDocument, match="OCR of page 1 failed"):
        ocr.read_image(path)


def test_reading_ocr_broken_image_is_an_unreadable_document(tmp_path):
    path = tmp_path / "broken.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(UnreadableDocument, match="image"):
        ocr.read_image(path)


def _tsv_row(paragraph: int, line: int, word: int, text: str) -> str:
    """A word row of Tesseract's TSV output (level 5), in block 1."""
    return "\t".join(["5", "1", "1", str(paragraph), str(line), str(word), "0", "0", "10", "10", "90", text])


@pytest.mark.parametrize("second_paragraph, expected", [
    # a paragraph starting in lower case after a line without punctuation is the same sentence going on
    (["réveillent", "la", "nuit."], "douleurs qui la\nréveillent la nuit."),
    # a paragraph after a full stop, or starting with a capital, is a paragraph
    (["Pas", "de", "déficit."], "douleurs qui la\n\nPas de déficit."),
])
def test_reading_ocr_paragraphs_that_go_on_a_sentence_are_joined(second_paragraph, expected):
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [_tsv_row(1, 1, n, w) for n, w in enumerate(["douleurs", "qui", "la"], 1)]
    rows += [_tsv_row(2, 1, n, w) for n, w in enumerate(second_paragraph, 1)]
    assert ocr._text_from_tsv("\n".join([header, *rows])).text == expected
