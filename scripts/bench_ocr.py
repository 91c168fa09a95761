"""Seconds per scanned page, OCR included, on one core (`make bench` calls it).

    python scripts/bench_ocr.py [SCAN.pdf|IMAGE ...]

Without arguments: the scanned letters of the dev corpus (../shared/corpus/dev), or a
generated A4 scan when the corpus is not beside the checkout. Each page is read once
to warm the caches, then timed; the process is pinned to one CPU so the figure does
not depend on the machine's core count. CPU seconds are printed too: unlike wall
time, they do not grow when other work shares the machine.
"""
from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.reading import ocr  # noqa: E402

DEV_SCANS = [ROOT.parent / "shared" / "corpus" / "dev" / "letters" / f"{stem}.pdf" for stem in ("d009", "d015", "d021")]


def generated_scan(folder: Path) -> Path:
    """An A4 grey scan at 200 dpi, tilted by one degree, for when the dev corpus is absent."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (1654, 2339), color=225)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=30)
    sentence = "Patient sous Eliquis 5 mg, douleur EVA 6/10, OMS 1, Xgeva toutes les 4 semaines."
    for line in range(40):
        draw.text((150, 200 + 48 * line), sentence, fill=30, font=font)
    path = folder / "generated-scan.pdf"
    page.rotate(1.0, fillcolor=225).save(path, format="PDF", resolution=200)
    return path


def page_readers(path: Path):
    """One callable per page of a scanned PDF, or one for a whole image file; each returns OcrTexts."""
    if path.suffix.lower() == ".pdf":
        import pypdf

        count = len(pypdf.PdfReader(str(path)).pages)
        return [lambda index=index: [ocr.read_pdf_page(path, index)] for index in range(count)]
    return [lambda: ocr.read_image(path)]


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (pdftoppm, tesseract)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str]) -> int:
    if not ocr.available():
        print("OCR bench skipped: Tesseract with its French model is not installed")
        return 0
    missing = [arg for arg in argv if not Path(arg).is_file()]
    if missing:
        print(f"bench_ocr: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(arg) for arg in argv] or [p for p in DEV_SCANS if p.exists()] or [generated_scan(Path(folder))]
        wall, cpu = [], []
        for path in paths:
            for read in page_readers(path):
                read()
                wall_start, cpu_start = time.perf_counter(), cpu_seconds()
                results = read()
                pages = len(results)
                wall += [(time.perf_counter() - wall_start) / pages] * pages
                cpu += [(cpu_seconds() - cpu_start) / pages] * pages
                print(f"{path.name}: {wall[-1]:.2f} s/page ({cpu[-1]:.2f} s CPU), "
                      f"confidence {statistics.mean(r.confidence for r in results):.1f}")
    print(f"OCR: {statistics.mean(wall):.2f} s per scanned page on one core, {statistics.mean(cpu):.2f} s CPU "
          f"(slowest {max(wall):.2f} s, {len(wall)} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
