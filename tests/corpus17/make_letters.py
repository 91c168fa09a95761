#!/usr/bin/env python3
"""corpus17: twelve blind referral letters to a bone-metastasis tumour board.

Every letter's text and its gold record live in this file as Python data.
The script

1. checks every gold record against the contract (spec/rcp-request.md and
   spec/atc-reference.tsv) and cross-checks it with the letter's own text
   (every drug of the ATC table the letter names is either current or
   explicitly accounted for as stopped / planned / doubtful / other; ages
   recomputed from birth dates; gaps derived by one function from the
   spec's gap rule); any failure exits with "CONTRACT VIOLATION: ...";
2. writes letters/aNN.<ext> and gold/aNN.json, byte-identical on every run
   (fixed PDF dates, producer and file identifiers, fixed DOCX core
   properties and zip timestamps, seeded noise for the scanned letter).

Run from the repository root:
    /work/main/.venv/bin/python tests/corpus17/make_letters.py
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import random
import re
import sys
import unicodedata
import zipfile
import zlib
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("RCP_SHARED", HERE.parent.parent.parent / "shared"))
SPEC_DIR = SHARED / "spec"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def die(msg: str) -> None:
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


# ---------------------------------------------------------------------------
# Contract (spec/rcp-request.md, version 1)
# ---------------------------------------------------------------------------

ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
         "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
         "antiplatelets", "prognosis", "therapeuticProject"]
GAP_ITEMS = [i for i in ITEMS if i != "antiplatelets"]
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
STATUSES = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": ALL5,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": ALL5,
    "boneTargetedTherapy": ALL5,
    "anticoagulation": ALL5,
    "antiplatelets": ALL5,
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder",
         "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
               "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
               "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
              "PD-L1", "ER", "PR", "PSA"}
BIO_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
                 "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}
GOLD_KEYS = ["id", "patient"] + ITEMS + ["gaps"]


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to a gold record (nine items, no antiplatelets)."""
    gaps = []
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st == "unknown":
            gaps.append([item, "missing"])
        elif st == "uncertain":
            gaps.append([item, "uncertain"])
        elif st == "conflicting":
            gaps.append([item, "conflicting"])
        elif st == "present":
            incomplete = (
                (item == "pain" and not sec["types"])
                or (item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"])
                or (item == "boneDiagnosis" and not sec["dated"])
                or (item == "primaryTumor" and sec["histology"] is None)
                or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
            )
            if incomplete:
                gaps.append([item, "incomplete"])
    return gaps


def age_at(birth: date, when: date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def load_atc() -> dict[str, dict]:
    path = SPEC_DIR / "atc-reference.tsv"
    if not path.exists():
        die(f"cannot find {path} (set RCP_SHARED to the folder holding spec/)")
    rows = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        if not line.strip():
            continue
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rec = dict(zip(header, cells))
        rows[rec["atc"].strip()] = rec
    return rows


ATC = load_atc()


def norm(s: str) -> str:
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ").lower()
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _drug_patterns():
    pats = []
    for code, rec in ATC.items():
        names = [rec.get("dci_fr", ""), rec.get("inn_en", "")]
        names += [b for b in rec.get("brands_fr", "").split(",")]
        for n in names:
            n = n.strip()
            if not n or "," in n:
                continue
            pats.append((norm(n), code))
    pats.sort(key=lambda p: -len(p[0]))
    return [(re.compile(r"(?<![a-z0-9])" + re.escape(n) + r"(?![a-z0-9])"), n, code) for n, code in pats]


DRUG_PATTERNS = _drug_patterns()


def drugs_named(text: str) -> dict[str, list[str]]:
    """ATC codes of the reference table named in a text (longest name wins)."""
    t = re.sub(r"\s+", " ", norm(text))
    taken = [False] * len(t)
    found: dict[str, list[str]] = {}
    for rx, name, code in DRUG_PATTERNS:
        for m in rx.finditer(t):
            if any(taken[m.start():m.end()]):
                continue
            for k in range(m.start(), m.end()):
                taken[k] = True
            found.setdefault(code, []).append(name)
    return found


# ---------------------------------------------------------------------------
# PDF writer (text PDFs with embedded, subsetted DejaVu Sans; image-only PDFs)
# ---------------------------------------------------------------------------

from fontTools import subset as _ft_subset          # noqa: E402  (in the repo venv)
from fontTools.ttLib import TTFont                  # noqa: E402
import logging                                      # noqa: E402
logging.getLogger("fontTools").setLevel(logging.ERROR)

FACES = {"R": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
_FULL_FONTS: dict[str, TTFont] = {}


def full_font(face: str) -> TTFont:
    if face not in _FULL_FONTS:
        _FULL_FONTS[face] = TTFont(str(FONT_DIR / FACES[face]), recalcTimestamp=False)
    return _FULL_FONTS[face]


class Metrics:
    def __init__(self, face: str):
        f = full_font(face)
        self.cmap = f.getBestCmap()
        self.hmtx = f["hmtx"]
        self.upem = f["head"].unitsPerEm

    def width(self, text: str, size: float) -> float:
        w = 0
        for ch in text:
            g = self.cmap.get(ord(ch))
            if g is None:
                raise ValueError(f"glyph missing for {ch!r}")
            w += self.hmtx[g][0]
        return w * size / self.upem


_METRICS: dict[str, Metrics] = {}


def metrics(face: str) -> Metrics:
    if face not in _METRICS:
        _METRICS[face] = Metrics(face)
    return _METRICS[face]


def pdf_str(s: str) -> bytes:
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return ("(" + s + ")").encode("latin-1")


class PdfObjects:
    def __init__(self):
        self.objs: list[bytes | None] = []

    def reserve(self) -> int:
        self.objs.append(None)
        return len(self.objs)

    def put(self, num: int, body: bytes) -> None:
        self.objs[num - 1] = body

    def add(self, body: bytes) -> int:
        n = self.reserve()
        self.put(n, body)
        return n

    def stream(self, data: bytes, extra: bytes = b"", compress: bool = True) -> int:
        if compress:
            data = zlib.compress(data, 9)
            extra = b"/Filter /FlateDecode " + extra
        return self.add(b"<< " + extra + b"/Length %d >>\nstream\n" % len(data) + data + b"\nendstream")

    def serialize(self, root: int, info: int, file_id: bytes) -> bytes:
        out = io.BytesIO()
        out.write(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objs, 1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1))
        for off in offsets:
            out.write(b"%010d 00000 n \n" % off)
        hexid = file_id.hex().encode()
        out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
                  % (len(self.objs) + 1, root, info, hexid, hexid))
        out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
        return out.getvalue()


def embed_font(objs: PdfObjects, face: str, chars: set[str]) -> tuple[int, dict[str, int]]:
    """Subset one DejaVu face to `chars`, embed it as a Type0/CIDFontType2 font."""
    font = TTFont(str(FONT_DIR / FACES[face]), recalcTimestamp=False)
    opts = _ft_subset.Options()
    opts.layout_features = []
    opts.hinting = False
    opts.notdef_outline = True
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    sub = _ft_subset.Subsetter(opts)
    sub.populate(unicodes=sorted(ord(c) for c in chars | {" "}))
    sub.subset(font)
    buf = io.BytesIO()
    font.save(buf, reorderTables=True)
    data = buf.getvalue()
    cmap = font.getBestCmap()
    gid_of = {chr(u): font.getGlyphID(name) for u, name in cmap.items()}
    upem = font["head"].unitsPerEm
    hmtx = font["hmtx"]
    tag = "".join(chr(65 + b % 26) for b in hashlib.sha1((face + "".join(sorted(chars))).encode()).digest()[:6])
    base = f"{tag}+{font['name'].getDebugName(6) or 'DejaVuSans'}".encode()
    head = font["head"]
    scale = 1000 / upem
    bbox = [int(v * scale) for v in (head.xMin, head.yMin, head.xMax, head.yMax)]
    hhea = font["hhea"]
    ff = objs.stream(data, b"/Length1 %d " % len(data))
    desc = objs.add(
        b"<< /Type /FontDescriptor /FontName /" + base + b" /Flags 32 /FontBBox [%d %d %d %d]" % tuple(bbox)
        + b" /ItalicAngle %d /Ascent %d /Descent %d /CapHeight 729 /StemV %d /FontFile2 %d 0 R >>"
        % (-11 if face == "I" else 0, int(hhea.ascent * scale), int(hhea.descent * scale),
           120 if face == "B" else 80, ff))
    widths = []
    for ch, gid in sorted(gid_of.items(), key=lambda kv: kv[1]):
        widths.append(b"%d [%d]" % (gid, round(hmtx[font.getGlyphName(gid)][0] * scale)))
    cid = objs.add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + base
        + b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        + b" /FontDescriptor %d 0 R /CIDToGIDMap /Identity /DW 600 /W [" % desc
        + b" ".join(widths) + b"] >>")
    lines = [f"<{gid:04X}> <{ord(ch):04X}>" for ch, gid in sorted(gid_of.items(), key=lambda kv: kv[1])]
    chunks = []
    for i in range(0, len(lines), 100):
        part = lines[i:i + 100]
        chunks.append(f"{len(part)} beginbfchar\n" + "\n".join(part) + "\nendbfchar")
    tounicode = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                 "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                 "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                 "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                 + "\n".join(chunks) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    tu = objs.stream(tounicode.encode("ascii"))
    t0 = objs.add(b"<< /Type /Font /Subtype /Type0 /BaseFont /" + base
                  + b" /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, tu))
    return t0, gid_of


PAGE_W, PAGE_H = 595.28, 841.89


class TextPdf:
    """A tiny page-layout engine: left/right lines, wrapped paragraphs, bullets, tables."""

    def __init__(self, margin_l=62, margin_r=56, top=56, bottom=64, size=10.0, leading=13.6,
                 footer: str | None = None):
        self.ml, self.mr, self.top, self.bottom = margin_l, margin_r, top, bottom
        self.size, self.leading = size, leading
        self.pages: list[list[tuple]] = [[]]
        self.y = PAGE_H - top
        self.footer = footer
        self.text_lines: list[str] = []     # reading-order text, for the contract checks

    # -- primitives
    @property
    def width(self):
        return PAGE_W - self.ml - self.mr

    def _text(self, x, y, s, face="R", size=None):
        self.pages[-1].append(("T", x, y, s, face, size or self.size))

    def _rule(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("L", x1, y1, x2, y2, w))

    def new_page(self):
        self.pages.append([])
        self.y = PAGE_H - self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def wrap(self, text, width, face="R", size=None):
        size = size or self.size
        m = metrics(face)
        out = []
        for para in text.split("\n"):
            words = para.split(" ")
            line = ""
            for w in words:
                cand = w if not line else line + " " + w
                if m.width(cand, size) <= width or not line:
                    line = cand
                else:
                    out.append(line)
                    line = w
            out.append(line)
        return out

    # -- blocks
    def line(self, s, face="R", size=None, align="left", x=None, gap=None):
        size = size or self.size
        lead = gap or max(self.leading, size * 1.3)
        self.need(lead)
        if align == "right":
            xx = PAGE_W - self.mr - metrics(face).width(s, size)
        elif align == "center":
            xx = (PAGE_W - metrics(face).width(s, size)) / 2
        else:
            xx = self.ml if x is None else x
        self.y -= lead
        self._text(xx, self.y, s, face, size)
        self.text_lines.append(s)

    def space(self, h):
        self.y -= h

    def para(self, text, face="R", indent=0, first=None, size=None, after=4):
        """Wrapped paragraph; `first` is a bold run-in label ("Antécédents : ")."""
        size = size or self.size
        x0 = self.ml + indent
        width = self.width - indent
        if first:
            fw = metrics("B").width(first, size)
            lines = self._wrap_with_label(first, text, width, face, size)
        else:
            lines = self.wrap(text, width, face, size)
        for i, ln in enumerate(lines):
            self.need(self.leading)
            self.y -= self.leading
            if i == 0 and first:
                self._text(x0, self.y, first, "B", size)
                self._text(x0 + fw, self.y, ln, face, size)
                self.text_lines.append(first + ln)
            else:
                self._text(x0, self.y, ln, face, size)
                self.text_lines.append(ln)
        self.y -= after

    def _wrap_with_label(self, label, text, width, face, size):
        fw = metrics("B").width(label, size)
        m = metrics(face)
        words = text.split(" ")
        lines, line, avail = [], "", width - fw
        for w in words:
            cand = w if not line else line + " " + w
            if m.width(cand, size) <= avail or not line:
                line = cand
            else:
                lines.append(line)
                line, avail = w, width
        lines.append(line)
        return lines

    def bullets(self, items, indent=14, bullet="–", after=4):
        for it in items:
            lines = self.wrap(it, self.width - indent - 10)
            for i, ln in enumerate(lines):
                self.need(self.leading)
                self.y -= self.leading
                if i == 0:
                    self._text(self.ml + indent, self.y, bullet)
                self._text(self.ml + indent + 10, self.y, ln)
                self.text_lines.append((bullet + " " if i == 0 else "") + ln)
        self.y -= after

    def table(self, rows, widths, header=True, size=None, pad=3.5, after=8):
        size = size or self.size - 0.5
        lead = size * 1.3
        total = sum(widths)
        widths = [w * self.width / total for w in widths]
        for r, row in enumerate(rows):
            face = "B" if (header and r == 0) else "R"
            cells = [self.wrap(str(c), w - 2 * pad, face, size) for c, w in zip(row, widths)]
            h = max(len(c) for c in cells) * lead + 2 * pad
            if self.y - h < self.bottom:
                self.new_page()
            top = self.y
            x = self.ml
            for c, w in zip(cells, widths):
                yy = top - pad
                for ln in c:
                    yy -= lead
                    self._text(x + pad, yy + 2, ln, face, size)
                x += w
            self.text_lines.append(" | ".join(" ".join(c) for c in cells))
            # grid
            self._rule(self.ml, top, self.ml + sum(widths), top)
            self._rule(self.ml, top - h, self.ml + sum(widths), top - h)
            x = self.ml
            for w in widths + [0]:
                self._rule(x, top, x, top - h)
                x += w
            self.y = top - h
        self.y -= after

    # -- output
    def build(self, info: dict) -> bytes:
        objs = PdfObjects()
        pages_num = objs.reserve()
        chars: dict[str, set] = {}
        npages = len(self.pages)
        if self.footer:
            for i, ops in enumerate(self.pages, 1):
                s = self.footer.format(page=i, pages=npages)
                ops.append(("T", PAGE_W - self.mr - metrics("R").width(s, 8), 34, s, "R", 8))
        for ops in self.pages:
            for op in ops:
                if op[0] == "T":
                    chars.setdefault(op[4], set()).update(op[3])
        fonts = {}
        for k, face in enumerate(sorted(chars)):
            ref, gids = embed_font(objs, face, chars[face])
            fonts[face] = (f"F{k + 1}", ref, gids)
        res = b"<< /Font << " + b" ".join(
            b"/%s %d 0 R" % (name.encode(), ref) for name, ref, _ in fonts.values()) + b" >> >>"
        kids = []
        for ops in self.pages:
            cs = io.BytesIO()
            for op in ops:
                if op[0] == "T":
                    _, x, y, s, face, size = op
                    name, _, gids = fonts[face]
                    hexs = "".join(f"{gids[c]:04X}" for c in s)
                    cs.write(f"BT /{name} {size:.2f} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{hexs}> Tj ET\n".encode())
                else:
                    _, x1, y1, x2, y2, w = op
                    cs.write(f"{w:.2f} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S\n".encode())
            content = objs.stream(cs.getvalue())
            kids.append(objs.add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Resources " % pages_num
                + res + b" /Contents %d 0 R >>" % content))
        objs.put(pages_num, b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                 + b"] /Count %d >>" % len(kids))
        return finish_pdf(objs, pages_num, info)


def finish_pdf(objs: PdfObjects, pages_num: int, info: dict) -> bytes:
    root = objs.add(b"<< /Type /Catalog /Pages %d 0 R /Lang (fr-FR) >>" % pages_num)

    def enc(v: str) -> bytes:
        try:
            return pdf_str(v) if all(ord(c) < 128 for c in v) else b"<FEFF" + v.encode("utf-16-be").hex().upper().encode() + b">"
        except UnicodeEncodeError:
            return b"<FEFF" + v.encode("utf-16-be").hex().upper().encode() + b">"
    inf = objs.add(b"<< " + b" ".join(b"/" + k.encode() + b" " + enc(v) for k, v in info.items()) + b" >>")
    body = b"".join(o or b"" for o in objs.objs)
    file_id = hashlib.md5(body).digest()
    return objs.serialize(root, inf, file_id)


def image_pdf(pages_jpeg: list[tuple[bytes, int, int]], info: dict, dpi: int) -> bytes:
    """Image-only PDF: one grey JPEG per A4 page, no text layer (a scan)."""
    objs = PdfObjects()
    pages_num = objs.reserve()
    kids = []
    for k, (jpg, w, h) in enumerate(pages_jpeg):
        im = objs.add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                      b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, len(jpg))
                      + jpg + b"\nendstream")
        pw, ph = w * 72 / dpi, h * 72 / dpi
        content = objs.stream(f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im{k} Do Q\n".encode())
        kids.append(objs.add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im%d %d 0 R >> >>"
            % (pages_num, pw, ph, k, im) + b" /Contents %d 0 R >>" % content))
    objs.put(pages_num, b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
             + b"] /Count %d >>" % len(kids))
    return finish_pdf(objs, pages_num, info)


def rasterize(doc: TextPdf, seed: int, dpi: int = 200, angle: float = 0.5) -> list[tuple[bytes, int, int]]:
    """Print the laid-out pages, then 'scan' them: tilt, grey background, speckles, blur, JPEG."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    scale = dpi / 72
    W, H = round(PAGE_W * scale), round(PAGE_H * scale)
    fonts: dict = {}
    out = []
    npages = len(doc.pages)
    if doc.footer:
        for i, ops in enumerate(doc.pages, 1):
            s = doc.footer.format(page=i, pages=npages)
            ops.append(("T", PAGE_W - doc.mr - metrics("R").width(s, 8), 34, s, "R", 8))
        doc.footer = None
    for ops in doc.pages:
        img = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(img)
        for op in ops:
            if op[0] == "T":
                _, x, y, s, face, size = op
                key = (face, size)
                if key not in fonts:
                    fonts[key] = ImageFont.truetype(str(FONT_DIR / FACES[face]), round(size * scale))
                d.text((x * scale, (PAGE_H - y) * scale), s, font=fonts[key], fill=25, anchor="ls")
            else:
                _, x1, y1, x2, y2, w = op
                d.line([(x1 * scale, (PAGE_H - y1) * scale), (x2 * scale, (PAGE_H - y2) * scale)],
                       fill=40, width=max(1, round(w * scale)))
        a = angle * (1 if rnd.random() < 0.5 else -1) * (0.6 + 0.4 * rnd.random())
        img = img.rotate(a, resample=Image.BICUBIC, fillcolor=255, translate=(rnd.randint(-12, 12), rnd.randint(-8, 14)))
        px = img.load()
        for _ in range(W * H // 900):                 # dust and toner speckles
            x, y = rnd.randrange(W), rnd.randrange(H)
            v = rnd.randint(60, 170)
            px[x, y] = min(px[x, y], v)
            if rnd.random() < 0.3 and x + 1 < W:
                px[x + 1, y] = min(px[x + 1, y], v)
        # faint grey band on the left edge, as from a feeder scanner
        band = Image.new("L", (18, H), 215)
        img.paste(band, (0, 0))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.point(lambda v: 236 if v > 236 else v)   # paper is never white
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72, optimize=False, progressive=False, dpi=(dpi, dpi))
        out.append((buf.getvalue(), W, H))
    return out


# ---------------------------------------------------------------------------
# DOCX writer (raw WordprocessingML: tables, content controls, checkboxes,
# legacy form fields, text boxes)
# ---------------------------------------------------------------------------

NSDECL = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"')
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def esc(s: str) -> str:
    return _xml_escape(s, {'"': "&quot;"})


class X(str):
    """Raw XML fragment (not to be escaped)."""


def rpr(b=False, i=False, sz=None, color=None, font=None, style=None, u=False):
    parts = []                                  # CT_RPr child order
    if style:
        parts.append(f'<w:rStyle w:val="{style}"/>')
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>')
    if b:
        parts.append("<w:b/><w:bCs/>")
    if i:
        parts.append("<w:i/><w:iCs/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if sz:
        parts.append(f'<w:sz w:val="{int(sz * 2)}"/><w:szCs w:val="{int(sz * 2)}"/>')
    if u:
        parts.append('<w:u w:val="single"/>')
    return "<w:rPr>" + "".join(parts) + "</w:rPr>" if parts else ""


def r(text: str, **kw) -> X:
    """One run; \\t becomes a tab, \\n a line break."""
    pieces = []
    for k, chunk in enumerate(text.split("\n")):
        if k:
            pieces.append("<w:br/>")
        for j, sub in enumerate(chunk.split("\t")):
            if j:
                pieces.append("<w:tab/>")
            if sub:
                pieces.append(f'<w:t xml:space="preserve">{esc(sub)}</w:t>')
    return X("<w:r>" + rpr(**kw) + "".join(pieces) + "</w:r>")


def rich(text: str, **kw) -> X:
    """Runs from a string where **...** is bold."""
    out = []
    for k, part in enumerate(re.split(r"\*\*", text)):
        if part:
            out.append(r(part, b=(k % 2 == 1) or kw.get("b", False), **{a: v for a, v in kw.items() if a != "b"}))
    return X("".join(out))


def p(*parts, style=None, align=None, after=None, before=None, ind=None, keep=False, tabs=None, size=None) -> X:
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if keep:
        ppr.append("<w:keepNext/>")
    if tabs:
        ppr.append("<w:tabs>" + "".join(f'<w:tab w:val="left" w:pos="{t}"/>' for t in tabs) + "</w:tabs>")
    if after is not None or before is not None:
        ppr.append('<w:spacing' + (f' w:before="{before}"' if before is not None else "")
                   + (f' w:after="{after}"' if after is not None else "") + "/>")
    if ind:
        ppr.append(f'<w:ind w:left="{ind}"/>')
    if align:
        ppr.append(f'<w:jc w:val="{align}"/>')
    body = []
    for part in parts:
        if isinstance(part, X):
            body.append(part)
        else:
            body.append(rich(part, sz=size) if size else rich(part))
    return X("<w:p>" + ("<w:pPr>" + "".join(ppr) + "</w:pPr>" if ppr else "") + "".join(body) + "</w:p>")


def tc(content, width, span=1, shade=None, valign=None) -> X:
    if isinstance(content, X) and content.startswith(("<w:p>", "<w:p ", "<w:sdt>", "<w:tbl>")):
        inner = content
    elif isinstance(content, (list, tuple)):
        inner = "".join(c if isinstance(c, X) and c.startswith(("<w:p", "<w:sdt", "<w:tbl")) else p(c) for c in content)
    else:
        inner = p(content)
    if inner.endswith("</w:tbl>"):
        inner += "<w:p/>"                                 # a cell must end with a paragraph
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if shade:
        pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if valign:
        pr += f'<w:vAlign w:val="{valign}"/>'
    return X(f"<w:tc><w:tcPr>{pr}</w:tcPr>{inner}</w:tc>")


def tbl(rows, grid: list[int], borders=True, style="Grilledutableau") -> X:
    """rows: list of rows; a row is a list of cells; a cell is content or (content, span[, shade])."""
    b = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>') if borders else \
        '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>' \
        '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(grid)}" w:type="dxa"/>{b}'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
           + "".join(f'<w:gridCol w:w="{g}"/>' for g in grid) + "</w:tblGrid>"]
    for row in rows:
        out.append("<w:tr>")
        col = 0
        for cell in row:
            if isinstance(cell, tuple):
                content, span = cell[0], cell[1]
                shade = cell[2] if len(cell) > 2 else None
            else:
                content, span, shade = cell, 1, None
            out.append(tc(content, sum(grid[col:col + span]), span, shade))
            col += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return X("".join(out))


_SDT_ID = [100000]


def _sid() -> int:
    _SDT_ID[0] += 7919
    return -(_SDT_ID[0] % 2000000000)


def cb14(checked: bool) -> X:
    """Word 2010+ checkbox content control (w14:checkbox), showing ☒ / ☐."""
    glyph = "\u2612" if checked else "\u2610"
    return X(
        '<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        f'<w:id w:val="{_sid()}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        '</w14:checkbox></w:sdtPr><w:sdtContent>'
        + r(glyph, font="MS Gothic") + "</w:sdtContent></w:sdt>")


def cb_legacy(checked: bool, name: str, explicit_off: bool = False) -> X:
    """Legacy Word form field FORMCHECKBOX; the state lives only in w:ffData."""
    if checked:
        state = "<w:checked/>"
    elif explicit_off:
        state = '<w:checked w:val="0"/>'          # ticked once, then unticked
    else:
        state = ""
    return X(
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}</w:checkBox>'
        '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def ftext(name: str, value: str) -> X:
    """Legacy FORMTEXT field; an empty one shows five en spaces, as Word does."""
    shown = value if value else "\u2002" * 5
    return X(
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
        '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r(shown) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


PLACEHOLDER = "Cliquez ou appuyez ici pour entrer du texte."
PLACEHOLDER_LIST = "Choisissez un élément."


def sdt_text(alias: str, value: str | None, tag: str | None = None, multiline=False) -> X:
    """Run-level plain-text content control; None leaves Word's placeholder showing."""
    pr = (f'<w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag or alias)}"/><w:id w:val="{_sid()}"/>'
          + ("<w:showingPlcHdr/>" if value is None else "") + ('<w:text w:multiLine="1"/>' if multiline else "<w:text/>"))
    content = r(PLACEHOLDER, style="Textedelespacerserv") if value is None else r(value)
    return X(f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>")


def sdt_date(alias: str, d: date, tag: str | None = None) -> X:
    pr = (f'<w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag or alias)}"/><w:id w:val="{_sid()}"/>'
          f'<w:date w:fullDate="{d.isoformat()}T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="fr-FR"/>'
          '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    return X(f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{r(d.strftime('%d/%m/%Y'))}</w:sdtContent></w:sdt>")


def sdt_drop(alias: str, items: list[str], selected: str | None, tag: str | None = None) -> X:
    """Drop-down list content control: every choice sits in sdtPr, only the shown one in sdtContent."""
    li = "".join(f'<w:listItem w:displayText="{esc(i)}" w:value="{esc(i)}"/>' for i in items)
    pr = (f'<w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag or alias)}"/><w:id w:val="{_sid()}"/>'
          + ("<w:showingPlcHdr/>" if selected is None else "") + f"<w:dropDownList>{li}</w:dropDownList>")
    content = r(PLACEHOLDER_LIST, style="Textedelespacerserv") if selected is None else r(selected)
    return X(f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>")


def sdt_block(alias: str, paras: list[X], tag: str | None = None) -> X:
    """Block-level rich-text content control holding whole paragraphs."""
    pr = f'<w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag or alias)}"/><w:id w:val="{_sid()}"/>'
    return X(f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{''.join(paras)}</w:sdtContent></w:sdt>")


_SHAPE_N = [0]


def textbox(paras: list[X], x_cm: float, y_cm: float, w_cm: float, h_cm: float, rel_h="margin",
            rel_v="paragraph", border=True) -> X:
    """A floating text box as Word writes it: DrawingML (wps) with a VML fallback holding the same text."""
    _SHAPE_N[0] += 1
    n = _SHAPE_N[0]
    emu = 360000
    cx, cy, ox, oy = int(w_cm * emu), int(h_cm * emu), int(x_cm * emu), int(y_cm * emu)
    inner = "".join(paras)
    ln = ('<a:ln w="6350"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln>' if border
          else "<a:ln w=\"6350\"><a:noFill/></a:ln>")
    choice = (
        '<mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + n * 1024}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="{rel_h}"><wp:posOffset>{ox}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="{rel_v}"><wp:posOffset>{oy}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{n}" name="Zone de texte {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:schemeClr val="lt1"/></a:solidFill>{ln}</wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>')
    pt = 72 / 2.54
    stroked = "" if border else ' stroked="f"'
    fallback = (
        '<mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Zone de texte {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{x_cm * pt:.1f}pt;margin-top:{y_cm * pt:.1f}pt;width:{w_cm * pt:.1f}pt;'
        f'height:{h_cm * pt:.1f}pt;z-index:{251658240 + n * 1024};visibility:visible;mso-wrap-style:square;'
        f'mso-position-horizontal-relative:{rel_h};mso-position-vertical-relative:{"text" if rel_v == "paragraph" else rel_v}" '
        f'fillcolor="white [3201]" strokeweight=".5pt"{stroked}>'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>')
    return X(f"<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>")


STYLES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Times New Roman"/>'
    '<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="fr-FR" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    '<w:qFormat/><w:pPr><w:spacing w:after="120"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="30"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    '<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="24"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Titre2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
    '<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="40"/><w:outlineLvl w:val="1"/></w:pPr>'
    '<w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="Policepardfaut"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
    '<w:style w:type="character" w:styleId="Textedelespacerserv"><w:name w:val="Placeholder Text"/><w:basedOn w:val="Policepardfaut"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableauNormal"><w:name w:val="Normal Table"/><w:semiHidden/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="Grilledutableau"><w:name w:val="Table Grid"/><w:basedOn w:val="TableauNormal"/>'
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>'
    '</w:styles>')


def build_docx(body: list[X], meta: dict, protect_forms: bool = False) -> bytes:
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
            'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document {NSDECL}><w:body>' + "".join(body) + sect + "</w:body></w:document>")
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                + ('<w:documentProtection w:edit="forms" w:enforcement="1"/>' if protect_forms else "")
                + '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="fr-FR"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(meta["title"])}</dc:title><dc:creator>{esc(meta["author"])}</dc:creator>'
            f'<cp:lastModifiedBy>{esc(meta["author"])}</cp:lastModifiedBy><cp:revision>{meta.get("revision", 2)}</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{meta["created"]}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{meta["modified"]}</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           f'<Template>{esc(meta.get("template", "Normal.dotm"))}</Template><TotalTime>{meta.get("minutes", 12)}</TotalTime>'
           '<Pages>1</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
           f'<Company>{esc(meta.get("company", ""))}</Company><AppVersion>16.0000</AppVersion></Properties>')
    parts = [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", document),
             ("word/_rels/document.xml.rels", doc_rels), ("word/styles.xml", STYLES_XML),
             ("word/settings.xml", settings), ("docProps/core.xml", core), ("docProps/app.xml", app)]
    stamp = tuple(int(v) for v in re.findall(r"\d+", meta["modified"])[:6])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"), compresslevel=6)
    return buf.getvalue()


def docx_text(data: bytes) -> str:
    """Visible text of a DOCX as a reader would see it (for the contract checks only):
    text boxes once (the VML fallback skipped), checkbox states as ☒/☐, cells separated by |."""
    from lxml import etree
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    w = "{%s}" % W_NS
    out: list[str] = []

    def walk(el):
        tag = el.tag
        if tag == "{%s}Fallback" % MC_NS:
            return
        if tag == w + "t":
            out.append(el.text or "")
        elif tag == w + "tab":
            out.append("\t")
        elif tag == w + "br":
            out.append("\n")
        elif tag == w + "fldChar" and el.get(w + "fldCharType") == "begin":
            cb = el.find(f"{w}ffData/{w}checkBox")
            if cb is not None:
                chk = cb.find(w + "checked")
                if chk is not None:
                    on = chk.get(w + "val", "1") not in ("0", "false")
                else:
                    dflt = cb.find(w + "default")
                    on = dflt is not None and dflt.get(w + "val") in ("1", "true")
                out.append("\u2612" if on else "\u2610")
        for child in el:
            walk(child)
        if tag == w + "p":
            out.append("\n")
        elif tag == w + "tc":
            out.append(" | ")
    walk(root)
    return "".join(out)


# ---------------------------------------------------------------------------
# The letters
# ---------------------------------------------------------------------------

LETTERS: list[dict] = []


def letter(**kw) -> None:
    LETTERS.append(kw)


def pdf_info(title: str, author: str, when: str) -> dict:
    return {"Title": title, "Author": author, "Creator": "corpus17 make_letters.py",
            "Producer": "corpus17 make_letters.py / DejaVu Sans", "CreationDate": when, "ModDate": when}


def nbsp_fr(s: str) -> str:
    """French Word autocorrect: a no-break space before : ; ? ! and inside « »."""
    s = re.sub(r" ([:;?!])", "\u00a0\\1", s)
    return s.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


# ---- a01: urologist, text PDF, 2 pages ------------------------------------

def build_a01():
    d = TextPdf(footer="M. PINSONNEAU Gérard – page {page}/{pages}")
    d.line("Clinique Saint-Aubert-du-Lac", "B", 13)
    d.line("Service d’Urologie et d’Andrologie")
    d.line("Dr Hervé LEMARQUIS – Urologue – Ancien chef de clinique")
    d.line("14 rue des Tanneurs – 79410 Verneuil-sur-Sèvre")
    d.line("Secrétariat : 05 36 49 12 70 – Fax : 05 36 49 12 71")
    d.space(10)
    d.line("Verneuil-sur-Sèvre, le 2 juin 2025", align="right")
    d.space(6)
    for s in ["Dr Anne-Laure FICHET", "RCP Métastases osseuses", "Institut de cancérologie Atlantique-Sud",
              "2 avenue des Salines – 17290 Port-Moreau"]:
        d.line(s, x=330)
    d.space(12)
    d.para("demande d’avis RCP métastases osseuses – M. Gérard PINSONNEAU, né le 14/09/1951",
           first="Objet : ")
    d.space(4)
    d.para("Chère consœur, chers collègues,")
    d.para("Je vous adresse M. Gérard Pinsonneau, retraité de la SNCF, que je prends en charge pour un "
           "adénocarcinome prostatique métastatique d’emblée, afin de recueillir l’avis de votre RCP sur la prise "
           "en charge de ses lésions osseuses.")
    d.line("Antécédents", "B", gap=18)
    d.bullets([
        "Fibrillation auriculaire permanente, anticoagulée par apixaban (Eliquis 5 mg matin et soir) depuis 2022.",
        "Cardiopathie ischémique : angioplastie avec stent de l’IVA en 2019 ; le Kardégic a été arrêté en 2022 à "
        "l’introduction de l’Eliquis, sur avis de son cardiologue (Dr Brunetière).",
        "Diabète de type 2 non insulinorequérant, HTA, dyslipidémie.",
        "Cholécystectomie (2008), cure de hernie inguinale droite (2015).",
        "Familiaux : frère aîné traité pour un cancer de la prostate à 68 ans (prostatectomie) ; mère décédée d’un AVC.",
    ])
    d.line("Histoire de la maladie", "B", gap=18)
    d.para("Le patient m’a été adressé en février 2025 par son médecin traitant pour une dysurie d’aggravation "
           "progressive et un PSA à 87 ng/mL (contrôlé à 91 ng/mL). Le toucher rectal retrouvait une prostate "
           "indurée dans son ensemble, classée T3. Les biopsies prostatiques du 04/03/2025 ont mis en évidence un "
           "adénocarcinome acinaire de la prostate, score de Gleason 8 (4+4), ISUP 4, sur 11 des 12 carottes, avec "
           "engainements périnerveux.")
    d.para("Le bilan d’extension par TEP-TDM au PSMA (18/03/2025) retrouve de multiples lésions osseuses "
           "hyperfixantes : rachis dorsal et lombaire (T7, T10, L2, L4), bassin (aile iliaque droite, cotyle droit, "
           "ischion gauche), trois arcs costaux et la tête humérale gauche, ainsi que des adénopathies iliaques "
           "externes et ilio-obturatrices bilatérales. Pas de lésion viscérale. Il s’agit donc d’une maladie "
           "métastatique hormonosensible de haut volume (critères CHAARTED). À la date de ce bilan, le patient ne "
           "décrivait aucune douleur osseuse.")
    d.line("Traitement", "B", gap=18)
    d.para("Une suppression androgénique a été débutée par bicalutamide (15 jours, arrêté) puis une injection "
           "d’Eligard 45 mg le 25/03/2025 (prochaine injection prévue fin septembre). L’apalutamide (Erleada "
           "240 mg/j) a été introduit le 15/04/2025 après la RCP d’uro-oncologie du 10/04/2025, qui a récusé "
           "l’adjonction de docétaxel compte tenu de l’âge et des comorbiditées cardiovasculaires. La tolérance est "
           "correcte (bouffées de chaleur, asthénie modérée, rash cutané grade 1 régressif). Le PSA est à "
           "12,4 ng/mL le 20/05/2025.")
    d.line("Situation actuelle", "B", gap=18)
    d.para("Depuis environ trois semaines, M. Pinsonneau décrit des douleurs de la hanche droite, déclenchées par "
           "la marche et l’appui prolongé, cotées à 5/10, sans réveil nocturne et sans irradiation dans le membre "
           "inférieur. Il n’y a pas de déficit neurologique. Le tramadol, essayé en mai, a été arrêté pour nausées "
           "et vertiges ; il prend actuellement du paracétamol 1 g trois fois par jour avec un soulagement partiel.")
    d.para("Une radiographie du bassin du 26/05/2025 montre une lésion mixte à prédominance ostéolytique du toit "
           "du cotyle droit, sans fracture visible. Il n’a reçu aucune radiothérapie osseuse ni aucun geste sur "
           "ses lésions à ce jour.")
    d.para("Il n’a pas de traitement anti-résorptif osseux à ce jour : un panoramique dentaire et une consultation "
           "chez son chirurgien-dentiste ont été demandés en vue de l’introduction de dénosumab (Xgeva), qui me "
           "semble indiquée.")
    d.line("Traitement actuel", "B", gap=18)
    d.space(4)
    d.table([
        ["Médicament", "Posologie", "Indication"],
        ["Eligard 45 mg (leuproréline)", "1 injection SC / 6 mois (dernière le 25/03/2025)", "Cancer de la prostate"],
        ["Erleada 60 mg (apalutamide)", "4 cp/j", "Cancer de la prostate"],
        ["Eliquis 5 mg (apixaban)", "1 cp matin et soir", "FA"],
        ["Glucophage 1000 mg (metformine)", "1 cp matin et soir", "Diabète"],
        ["Triatec 5 mg (ramipril)", "1 cp/j", "HTA"],
        ["Tahor 20 mg (atorvastatine)", "1 cp le soir", "Dyslipidémie"],
        ["Doliprane 1 g (paracétamol)", "1 g x 3/j", "Douleurs de hanche"],
    ], [36, 40, 24])
    d.para("OMS 1 ; poids 84 kg (stable) ; vit avec son épouse, autonome pour les actes de la vie quotidienne.",
           first="État général : ")
    d.para("Hb 12,9 g/dL, plaquettes 214 G/L, créatinine 98 µmol/L (DFG 67 mL/min), calcémie corrigée "
           "2,38 mmol/L, PAL 187 UI/L.", first="Biologie du 20/05/2025 : ")
    d.line("Questions posées à la RCP", "B", gap=18)
    d.bullets([
        "Indication d’une radiothérapie antalgique du cotyle droit ? Risque fracturaire de cette lésion, intérêt "
        "d’un avis chirurgical ou d’une cimentoplastie ?",
        "Confirmation de l’indication du dénosumab (Xgeva 120 mg toutes les 4 semaines) après avis dentaire.",
        "Conduite à tenir vis-à-vis de l’anticoagulation en cas de geste interventionnel.",
    ], bullet="•")
    d.para("Je reste à votre disposition pour tout renseignement complémentaire et vous remercie de me tenir "
           "informé de la décision de la RCP.")
    d.para("Bien confraternellement,")
    d.space(14)
    d.line("Dr Hervé LEMARQUIS", "B")
    d.space(16)
    d.line("Copie : Dr Marc Ouvrard, médecin traitant, 7 place du Marché, 79410 Verneuil-sur-Sèvre", size=8.5)
    data = d.build(pdf_info("Courrier RCP os - PINSONNEAU", "Dr H. Lemarquis", "D:20250602101500+02'00'"))
    return data, "\n".join(d.text_lines)


letter(
    id="a01", ext="pdf", build=build_a01, date=date(2025, 6, 2), birth=date(1951, 9, 14),
    author="Urologist (private clinic)", fmt="PDF (text), 2 pages",
    tricky="Age only as birth date; bone metastases found on the PSMA PET staging while painless (circumstance "
           "is staging_imaging although he is in pain now); hip pain 'à la marche et à l'appui', 'sans réveil "
           "nocturne'; bicalutamide, tramadol and Kardégic stopped; docetaxel refused by the uro board; Xgeva "
           "only planned after the dental check ('pas de traitement anti-résorptif à ce jour': absent); brother's "
           "prostate cancer; Eligard given every 6 months is current.",
    not_current={"B01AC06": "Kardégic stopped in 2022", "N02AX02": "tramadol stopped",
                 "M05BX04": "dénosumab / Xgeva planned", "L01CD02": "docétaxel refused"},
    gold=dict(
        patient=dict(sex="M", age=73),
        primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma", biomarkers={"PSA": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=5),
        currentMedications=dict(status="present", atc=["L02AE02", "L02BB05", "B01AF02", "A10BA02", "C09AA05",
                                                        "C10AA05", "N02BE01"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AF02"]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent=None),
    ),
)


# ---- a02: urologist, DOCX referral form (tables, w14 checkboxes, text box) --

def cbs(*opts) -> X:
    """One paragraph of checkbox options: opts are (label, checked)."""
    parts = []
    for k, (label, on) in enumerate(opts):
        parts.append(cb14(on))
        parts.append(r(" " + label + ("   " if k < len(opts) - 1 else "")))
    return p(*parts, after=0)


def build_a02():
    G = [2400, 2600, 1900, 2738]
    H = "D9E2F3"

    def sec(title):
        return [(p(r(title, b=True), after=0), 4, H)]

    box = textbox([
        p(r("Cadre réservé au secrétariat RCP", b=True, sz=8), after=0),
        p(r("Reçu le : 18/03/2025", sz=8), after=0),
        p(r("N° de passage : OS-2025-", sz=8), after=0),
        p(r("Dossier complet : \u2610 oui  \u2610 non", sz=8), after=0),
    ], 11.8, 0.0, 5.2, 2.2)
    body = [
        p(r("CENTRE HOSPITALIER INTERCOMMUNAL DES QUATRE-COTEAUX", b=True, sz=12), box, after=0),
        p(r("Pôle de cancérologie – Secrétariat des RCP – 03 53 73 40 00", sz=9), after=0),
        p(r("rcp.os@chi-quatrecoteaux.fr", sz=9), after=360),
        p(r("Demande d’inscription en RCP – Métastases osseuses"), style="Titre"),
        p(r("Formulaire à retourner complété au plus tard le lundi précédant la RCP. Tout dossier incomplet "
            "sera reporté à la séance suivante.", i=True, sz=8.5), align="center", after=200),
        tbl([
            sec("1. Médecin demandeur"),
            ["Nom", "Dr Sophie KARAM-DELVAL", "Spécialité", "Urologie"],
            ["Service", "Urologie – CHI des Quatre-Coteaux, site de Saint-Rémy", "Téléphone", "03 53 73 40 22"],
            ["Date de la demande", "17/03/2025", "RCP souhaitée", "27/03/2025"],
            sec("2. Patient"),
            ["Nom, prénom", "RAMBERT Odile", "Sexe", cbs(("M", False), ("F", True))],
            ["Date de naissance", "03/02/1957", "Âge", "68 ans"],
            ["Médecin traitant", ("Dr Paul Hennequin, 3 rue du Lavoir, 52310 Saint-Rémy-des-Vignes", 3)],
            sec("3. Tumeur primitive"),
            ["Localisation", ("Rein gauche", 3)],
            ["Histologie", ("Carcinome rénal à cellules claires, grade ISUP 3", 3)],
            ["Date du diagnostic", "12/2019", "Stade initial", "pT3a N0 M0"],
            ["Biomarqueurs", (p(sdt_text("Biomarqueurs", None), after=0), 3)],
            ["Historique oncologique", ([
                "Néphrectomie élargie gauche le 02/12/2019 (pT3a N0, marges saines), puis surveillance.",
                "2022 : métastase surrénalienne droite isolée, traitée par radiothérapie stéréotaxique "
                "(3 x 15 Gy), puis sunitinib (Sutent) de 06/2022 à 12/2024, arrêté pour progression osseuse.",
                "Depuis le 08/01/2025 : cabozantinib (Cabometyx) 60 mg/j, réduit à 40 mg/j le 20/02/2025 pour "
                "un syndrome main-pied de grade 2.",
            ], 3)],
            sec("4. Atteinte osseuse"),
            ["Circonstances de découverte", ([
                cbs(("Douleur", False), ("Fracture pathologique", False)),
                cbs(("Compression médullaire / déficit neurologique", False), ("Hypercalcémie", False)),
                cbs(("Imagerie de bilan ou de surveillance", True), ("Découverte fortuite", False), ("Autre", False)),
            ], 3)],
            ["Date, examen", ("Scanner TAP de surveillance du 06/01/2025", 3)],
            ["Localisations", ("T11 (lyse corporéale avec atteinte du mur postérieur, sans épidurite) ; aile iliaque "
                               "droite et toit du cotyle droit (lésion lytique de 4 cm).", 3)],
            sec("5. Douleur"),
            ["Douleur", (cbs(("Oui", True), ("Non", False)), 3)],
            ["Type", (cbs(("Mécanique", True), ("Nocturne", False), ("Neuropathique", False),
                          ("Inflammatoire", False)), 3)],
            ["Intensité (EVA / EN)", "EN 4/10", "Antalgiques", "Doliprane 1 g x 3/j"],
            ["Commentaire", ("Douleur de la hanche droite à la marche, soulagée par le repos, sans irradiation. "
                             "Pas de dorsalgie.", 3)],
            sec("6. Traitements locaux antérieurs des lésions osseuses"),
            [(cbs(("Radiothérapie", False), ("Chirurgie", False), ("Cimentoplastie", False),
                  ("Radiofréquence / cryoablation", False), ("Aucun", True)), 4)],
            ["Précisions", (p(sdt_text("Précisions traitements locaux", None), after=0), 3)],
        ], G),
        p("", after=120),
        p(r("7. Traitements en cours", b=True), after=60),
        tbl([
            [("Médicament", 1, H), ("Posologie", 1, H), ("Depuis", 1, H), ("Prescripteur / remarque", 1, H)],
            ["Cabometyx (cabozantinib)", "40 mg/j", "01/2025", "Dr Karam-Delval"],
            ["Xgeva (dénosumab)", "120 mg SC toutes les 4 semaines", "20/01/2025", "Bilan dentaire fait le 09/01"],
            ["Cacit D3", "1 sachet/j", "01/2025", ""],
            ["Lévothyrox", "50 µg/j", "03/2025", "Hypothyroïdie sous ITK"],
            ["Amlor", "5 mg/j", "2018", "HTA"],
            ["Doliprane", "1 g x 3/j", "02/2025", ""],
        ], G),
        p("", after=60),
        tbl([
            ["Anticoagulant", cbs(("Oui", False), ("Non", True), ("Ne sait pas", False)), "Si oui, lequel",
             p(sdt_text("Anticoagulant", None), after=0)],
            ["Antiagrégant plaquettaire", cbs(("Oui", False), ("Non", False), ("Ne sait pas", False)), "Si oui, lequel",
             p(sdt_text("Antiagrégant", None), after=0)],
            ["Traitement à visée osseuse (bisphosphonate, dénosumab)", cbs(("Oui", True), ("Non", False)),
             "Lequel", "Xgeva 120 mg / 4 semaines depuis le 20/01/2025"],
        ], G),
        p("", after=120),
        tbl([
            sec("8. État général et pronostic"),
            ["Score OMS", (cbs(("0", False), ("1", True), ("2", False), ("3", False), ("4", False)), 3)],
            ["Espérance de vie estimée", ("> 1 an", 3)],
            sec("9. Projet thérapeutique"),
            ["Intention", (cbs(("Curative", False), ("Palliative", True), ("Soins de support exclusifs", False)), 3)],
            ["Traitement oncologique en cours", ("Cabozantinib 40 mg/j, bien toléré depuis la réduction de dose. "
                                                 "Scanner de réévaluation prévu fin avril.", 3)],
            sec("10. Question posée à la RCP"),
            [("Lésion lytique du toit du cotyle droit, douloureuse à la marche : indication d’une radiothérapie "
              "et/ou d’une cimentoplastie ? Avis chirurgical sur le risque fracturaire ? Surveillance simple de T11 ?", 4)],
        ], G),
        p("", after=200),
        p(r("Signature : Dr S. Karam-Delval", i=True), align="right"),
    ]
    data = build_docx(body, dict(title="Demande RCP métastases osseuses", author="Sophie Karam-Delval",
                                 created="2025-03-17T08:02:00Z", modified="2025-03-17T08:41:00Z",
                                 template="Fiche_RCP_os_v4.dotx", company="CHI des Quatre-Coteaux", minutes=38))
    return data, docx_text(data)


letter(
    id="a02", ext="docx", build=build_a02, date=date(2025, 3, 17), birth=date(1957, 2, 3), written_age=[68],
    author="Urologist (hospital)", fmt="DOCX form: tables, w14 checkbox content controls, text box, "
                                         "unfilled placeholders",
    tricky="Answers carried by w14 checkboxes (☒/☐), including the OMS score; bone metastases found on a "
           "surveillance CT; adrenal stereotactic RT is not a bone treatment and 'Aucun' is ticked (absent); "
           "sunitinib stopped; Xgeva current (bone therapy present, in the drug table); anticoagulant 'Non' ticked; "
           "antiplatelet row left entirely unticked (unknown); placeholder text in unfilled content controls; "
           "a secretariat text box with its own dates.",
    not_current={"L01EX01": "sunitinib stopped in 12/2024"},
    gold=dict(
        patient=dict(sex="F", age=68),
        primaryTumor=dict(status="present", site="kidney", histology="clear_cell_carcinoma", biomarkers={}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=4),
        currentMedications=dict(status="present", atc=["L01EX07", "M05BX04", "A12AX", "H03AA01", "N02BE01"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
)


# ---- a03: senologist (gynaecologist), plain text UTF-8 ----------------------

A03 = """Dr Claire VASSEUR-OLLIER
Gynécologie - Sénologie
Centre du Sein - Polyclinique du Clos-Fleuri
3, allée du Clos-Fleuri - 44990 Saint-Hermeland-les-Prés
Tél : 02 61 91 33 08

                                        Saint-Hermeland-les-Prés, le 19 mai 2025

                                        Dr Thomas GAUDIN
                                        Oncologie médicale
                                        RCP Os et Cancer - Hôpital privé des Marais-Blancs


Cher Thomas,

Je te remercie de bien vouloir discutter en RCP métastases osseuses le dossier de Mme Annick TRÉGUIER, 57 ans, que je suis depuis 2016 pour un cancer du sein droit.

Pour mémoire : carcinome canalaire infiltrant (NST) du QSE du sein droit, 18 mm, grade II, RE 90 %, RP 60 %, HER2 négatif (score 1+), Ki67 15 %, pN0(sn). Tumorectomie + ganglion sentinelle en mars 2016, radiothérapie du sein (50 Gy + boost), puis tamoxifène pendant 5 ans, arrêté en avril 2021. Surveillance simple depuis, sans particularité jusqu'à cette année (mammographie et écho de janvier 2025 normales).

ATCD : ostéoporose densitométrique (T-score -2,7 au rachis lombaire) en 2022 ; du risédronate (Actonel 35 mg hebdomadaire) avait été prescrit mais elle l'a arrêté d'elle-même au bout de 4 mois (brûlures gastriques). Appendicectomie dans l'enfance. Deux grossesses, ménopause à 51 ans.
ATCD familiaux : mère décédée d'un cancer de l'ovaire à 62 ans, consultation d'oncogénétique en 2016 : pas de mutation BRCA1/2 identifiée. Tante paternelle : cancer du sein à 70 ans.

Depuis début mars, Mme Tréguier se plaint de douleurs de l'hémithorax gauche (gril costal postérieur) et de la fesse droite, surtout la nuit, la réveillant vers 3-4 h du matin. Pas d'horaire mécanique : elle marche sans difficulté et continue à travailler à mi-temps (elle est institutrice). EN cotée à 4/10 lors de la consultation du 12/05. Pas de signe neurologique.

La scintigraphie osseuse du 07/04/2025 montre des foyers hyperfixants de l'arc postérieur des 6e et 7e côtes gauches, de l'aile iliaque droite, de L3 et du manubrium sternal. Le TEP-TDM au FDG (15/04/2025) confirme des lésions osseuses hypermétaboliques, sans atteinte viscérale ni ganglionnaire. La biopsie scanno-guidée de l'aile iliaque droite (28/04/2025) conclut à une localisation secondaire d'un carcinome d'origine mammaire, RE 80 %, RP 10 %, HER2 score 0. CA 15-3 à 64 U/mL.

Traitement : aucun traitement au long cours à ce jour (elle ne prend aucun médicament, y compris antalgique : elle préfère "tenir" jusqu'au début du traitement).

Après discussion en RCP de sénologie le 13/05/2025, il est prévu de débuter une hormonothérapie par létrozole associée au ribociclib (Kisqali), que tu initieras en consultation le 26/05. Elle a vu son dentiste : pas de contre-indication à un traitement anti-résorptif, dont je te laisse discuter l'indication (acide zolédronique ou dénosumab ?).

Je souhaiterais l'avis de la RCP sur :
 - l'indication d'une radiothérapie des lésions costales douloureuses ;
 - le choix du traitement anti-résorptif ;
 - l'intérêt d'une IRM du rachis pour la lésion de L3.

Je la revois de mon côté dans 3 mois pour la surveillance gynécologique (elle avait une hyperplasie endométriale simple sous tamoxifène, contrôlée normale en 2022).

Amitiés,

Claire Vasseur-Ollier

PS : elle est joignable au 06 39 98 51 27, de préférence après 17 h.
"""


letter(
    id="a03", ext="txt", text=A03, encoding="utf-8", newline="\n", date=date(2025, 5, 19), birth=None,
    author="Gynaecologist-senologist (private clinic)", fmt="TXT (UTF-8), informal letter to a colleague",
    tricky="Relapse of a 2016 ductal carcinoma (breast irradiation is not a bone treatment; nothing said on bone "
           "local treatment: unknown); nocturnal pain with mechanical rhythm denied; 'aucun traitement au long "
           "cours' (medications, anticoagulant, antiplatelet and bone therapy absent); Actonel stopped by the "
           "patient herself and tamoxifen stopped; letrozole + ribociclib only planned (still a decided plan: "
           "project present); zoledronic acid / denosumab only discussed; mother's ovarian cancer and BRCA; no "
           "performance status at all.",
    not_current={"M05BA07": "Actonel stopped by the patient", "L02BA01": "tamoxifen stopped 2021",
                 "L02BG04": "letrozole planned", "L01EF02": "ribociclib planned",
                 "M05BA08": "zoledronic acid discussed", "M05BX04": "denosumab discussed"},
    gold=dict(
        patient=dict(sex="F", age=57),
        primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                          biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["nocturnal"], intensity=4),
        currentMedications=dict(status="absent", atc=[]),
        priorLocalTreatments=dict(status="unknown", types=[]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="unknown", ecog=None),
        therapeuticProject=dict(status="present", intent=None),
    ),
)


# ---- a04: endocrinologist, DOCX legacy form (FORMCHECKBOX / FORMTEXT) -------

_CB_N = [0]


def lcb(label: str, on: bool, off_explicit: bool = False) -> list[X]:
    _CB_N[0] += 1
    return [cb_legacy(on, f"CaseACocher{_CB_N[0]}", off_explicit), r(" " + label + "   ")]


_FT_N = [0]


def lft(value: str) -> X:
    _FT_N[0] += 1
    return ftext(f"Texte{_FT_N[0]}", value)


def build_a04():
    _CB_N[0] = 0
    _FT_N[0] = 0
    G = [3000, 6638]
    H = "E7E6E6"

    def row(label, *parts):
        return [p(r(label, b=True), after=0), p(*parts, after=0)]

    def head(title):
        return [(p(r(title, b=True, sz=11), after=0), 2, H)]

    body = [
        p(r("CENTRE HOSPITALIER DE MONTREVEL-LES-BAINS", b=True, sz=12), after=0),
        p(r("Service d’Endocrinologie, Diabétologie et Maladies métaboliques", sz=10), after=0),
        p(r("Dr Jean-Baptiste ORSONI – Praticien hospitalier – Secrétariat : 04 65 71 20 10", sz=9), after=240),
        p(r("FICHE DE PRÉSENTATION EN RCP MÉTASTASES OSSEUSES", b=True, sz=14), align="center", after=0),
        p(r("(version 3 – 2021 – à compléter par le médecin référent)", i=True, sz=8.5), align="center", after=200),
        tbl([
            head("Identification"),
            row("Date de la fiche", lft("09/04/2025")),
            row("Médecin référent", lft("Dr J.-B. Orsoni, endocrinologue")),
            row("Patient (nom, prénom)", lft("FAUCHEUX Lucien")),
            row("Sexe", *lcb("Homme", True), *lcb("Femme", False)),
            row("Date de naissance", lft("22/11/1948")),
            row("Âge", lft("")),
            head("Tumeur primitive"),
            row("Organe", lft("Thyroïde")),
            row("Histologie", lft("Carcinome vésiculaire de la thyroïde, variante oncocytaire (à cellules de Hürthle)")),
            row("Biologie moléculaire", lft("Mutation NRAS (Q61R). Pas de mutation BRAF. Pas de fusion RET ni NTRK.")),
            head("Atteinte osseuse"),
            row("Circonstances de découverte", *lcb("Douleur", False), *lcb("Fracture", False),
                *lcb("Compression / déficit neurologique", False), *lcb("Hypercalcémie", False),
                *lcb("Bilan d’extension / surveillance", True), *lcb("Fortuite", False), *lcb("Autre", False)),
            row("Date de découverte", lft("21/10/2024 (TEP-FDG)")),
            row("Localisations", lft("Aileron sacré droit (4 cm), arc antérieur de la 7e côte droite")),
            row("Douleur", *lcb("Oui", True), *lcb("Non", False)),
            row("Type de douleur", *lcb("Mécanique", False), *lcb("Nocturne", False), *lcb("Neuropathique", True),
                *lcb("Inflammatoire", False)),
            row("EVA actuelle", lft("3/10 (7/10 avant la radiothérapie)")),
            row("Commentaires", lft("Sciatalgie S1 droite à type de brûlures, nettement améliorée depuis la "
                                    "radiothérapie ; pas de déficit moteur.")),
            row("Traitements locaux antérieurs", *lcb("Radiothérapie", True), *lcb("Chirurgie", False),
                *lcb("Cimentoplastie", False), *lcb("Thermoablation", False), *lcb("Aucun", False)),
            row("Précisions", lft("RT externe de l’aileron sacré droit, 30 Gy en 10 fractions, janvier 2025 "
                                  "(Centre Pierre-Lemonnier, Dr Abitbol)")),
            row("Traitement anti-résorptif (bisphosphonate / dénosumab)", *lcb("Oui", False), *lcb("Non", False)),
            row("Commentaire", lft("Acide zolédronique envisagé après l’extraction dentaire prévue le 15/04/2025.")),
            row("Anticoagulant", *lcb("Oui", False), *lcb("Non", True), r("Lequel : "), lft("")),
            row("Antiagrégant plaquettaire", *lcb("Oui", True), *lcb("Non", False), r("Lequel : "), lft("Kardégic 75 mg")),
            head("Pronostic"),
            row("OMS", lft("")),
            row("Indice de Karnofsky", lft("70 %")),
            row("Espérance de vie estimée", lft("")),
            head("Projet"),
            row("Intention du traitement", *lcb("Curative", False, off_explicit=True), *lcb("Palliative", True),
                *lcb("Soins de support exclusifs", False)),
            row("Traitement oncologique actuel", lft("Lenvatinib (Lenvima) 14 mg/j")),
        ], G),
        p("", after=120),
        p(r("Résumé de l’histoire oncologique", b=True, sz=11), after=60),
        p("Thyroïdectomie totale en mai 2017 (Dr Sarrazin, ORL) pour un carcinome vésiculaire oncocytaire de 4,5 cm "
          "avec emboles vasculaires extensifs (> 4 vaisseaux), suivie d’une IRAthérapie (100 mCi) en juillet 2017. "
          "Scintigraphie post-thérapeutique sans fixation à distance ; thyroglobuline sous stimulation < 1 ng/mL "
          "en 2018."),
        p("Ascension progressive de la thyroglobuline depuis 2023 (4, puis 38, puis 340 ng/mL en octobre 2024, "
          "anticorps anti-Tg négatifs). Le TEP-TDM au FDG du 21/10/2024 montre une lésion lytique hypermétabolique "
          "de l’aileron sacré droit et de l’arc antérieur de la 7e côte droite, et des micronodules pulmonaires "
          "infracentimétriques. Biopsie sacrée (05/11/2024) : métastase d’un carcinome vésiculaire oncocytaire "
          "d’origine thyroïdienne."),
        p("Nouvelle IRAthérapie (150 mCi) en décembre 2024 : lésions non fixantes, maladie réfractaire à l’iode "
          "radioactif. Radiothérapie externe de l’aileron sacré en janvier 2025 pour des douleurs sciatiques "
          "droites. Lenvatinib introduit le 03/03/2025 à 24 mg/j, réduit à 14 mg/j depuis le 24/03 pour HTA et "
          "protéinurie."),
        p(r("Autres antécédents", b=True, sz=11), after=60),
        p("Hypoparathyroïdie définitive post-opératoire (alfacalcidol et carbonate de calcium) ; cardiopathie "
          "ischémique (IDM inférieur en 2012, stent coronaire droit) ; HTA ; dyslipidémie ; adénome prostatique "
          "(alfuzosine)."),
        p(r("Traitement habituel", b=True, sz=11), after=60),
        tbl([
            [("Spécialité", 1, H), ("Posologie", 1, H)],
            ["Lenvima 10 mg + 4 mg", "14 mg/j le matin"],
            ["Levothyrox 175 µg", "1 cp/j (freinage de la TSH)"],
            ["Calciprat 500 mg", "1 cp matin et soir"],
            ["Un-Alfa 0,5 µg", "1 caps/j"],
            ["Uvedose 100 000 UI", "1 ampoule tous les 3 mois"],
            ["Kardégic 75 mg", "1 sachet/j"],
            ["Tahor 40 mg", "1 cp le soir"],
            ["Cardensiel 5 mg", "1 cp/j"],
            ["Xatral LP 10 mg", "1 cp le soir"],
            ["Lyrica 75 mg", "1 gél. matin et soir"],
            ["Doliprane 1 g", "1 cp 3 fois par jour"],
        ], [4200, 5438]),
        p("", after=120),
        p(r("Question posée à la RCP", b=True, sz=11), after=60),
        p("Lésion de la 7e côte droite, asymptomatique : faut-il l’irradier ? Choix du traitement anti-résorptif "
          "(acide zolédronique ou dénosumab) chez un patient hypoparathyroïdien, avec un risque d’hypocalcémie "
          "sévère sous dénosumab ? Risque fracturaire du sacrum après radiothérapie ?"),
        p("", after=200),
        p(r("Dr J.-B. Orsoni", i=True), align="right"),
    ]
    data = build_docx(body, dict(title="Fiche RCP métastases osseuses", author="Secrétariat Endocrinologie",
                                 created="2021-09-02T13:20:00Z", modified="2025-04-09T15:47:00Z",
                                 template="FICHE RCP OS V3.dot", company="CH Montrevel-les-Bains", revision=14,
                                 minutes=95), protect_forms=True)
    return data, docx_text(data)


letter(
    id="a04", ext="docx", build=build_a04, date=date(2025, 4, 9), birth=date(1948, 11, 22),
    author="Endocrinologist (hospital)", fmt="DOCX protected form with legacy FORMCHECKBOX / FORMTEXT fields",
    tricky="Checkbox states only in w:ffData (no visible glyph), one box ticked then unticked "
           "(w:checked w:val=\"0\"), empty FORMTEXT fields for age and OMS (age from the birth date, Karnofsky "
           "only); follicular (Hürthle) thyroid carcinoma = histology 'other'; NRAS is not KRAS, BRAF/RET/NTRK "
           "negative; prostatic adenoma is not a prostate cancer; radioiodine + external RT (radiotherapy present); "
           "burning sciatica (neuropathic) 3/10 now vs 7/10 before; anti-resorptive boxes both unticked and "
           "zoledronic acid only planned (unknown); Kardégic ticked as antiplatelet, anticoagulant 'Non'.",
    not_current={"M05BA08": "zoledronic acid planned", "M05BX04": "denosumab discussed"},
    gold=dict(
        patient=dict(sex="M", age=76),
        primaryTumor=dict(status="present", site="thyroid", histology="other",
                          biomarkers={"BRAF": "negative", "RET": "negative", "NTRK": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["neuropathic"], intensity=3),
        currentMedications=dict(status="present", atc=["L01EX08", "H03AA01", "A12AA04", "A11CC05", "B01AC06",
                                                        "C10AA05", "C07AB07", "N03AX16", "N02BE01"]),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="unknown", atc=[]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="present", atc=["B01AC06"]),
        prognosis=dict(status="present", kps=70),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
)


# ---- a05: dermatologist, text PDF, one dense page ---------------------------

def build_a05():
    d = TextPdf(size=9.4, leading=12.2, top=44, bottom=46)
    d.line("HÔPITAL SAINT-ÉVRARD – VELLEROT-LES-LANDES", "B", 11.5)
    d.line("Service de Dermatologie – Unité d’onco-dermatologie", size=9)
    d.line("Dr Mathilde AVEROUS, praticien hospitalier – Secrétariat : 04 65 71 88 42", size=9)
    d.line("Vellerot, le 11/06/2025", align="right")
    d.para("Mme Isabelle DUCASTEL, 49 ans – demande d’avis RCP métastases osseuses", first="Objet : ")
    d.para("Chers collègues,", after=2)
    d.para("Je vous adresse pour avis Mme Isabelle Ducastel, 49 ans, suivie dans notre unité pour un mélanome "
           "métastatique.")
    d.para("mélanome à extension superficielle du dos (région scapulaire gauche) diagnostiqué en avril 2022, "
           "Breslow 3,2 mm, ulcéré, 6 mitoses/mm², pT3b ; ganglion sentinelle axillaire gauche positif "
           "(micrométastase), stade IIIC ; mutation BRAF V600E. Traitement adjuvant par nivolumab pendant 12 mois "
           "(juin 2022 – juin 2023), bien toléré. Thyroïdite de Hashimoto sous Levothyrox 75 µg. Pas d’autre "
           "antécédent.", first="Antécédents : ")
    d.para("père décédé d’un mélanome à 58 ans ; un frère suivi pour des naevus atypiques.",
           first="Antécédents familiaux : ")
    d.para("apparition en janvier 2025 de lombalgies d’horaire inflammatoire avec réveils nocturnes et dérouillage "
           "matinal d’une demi-heure. L’IRM lombaire du 06/02/2025 a montré des lésions de L2, L4 et de l’aile "
           "iliaque gauche, sans épidurite. Le TEP-TDM du 12/02/2025 a retrouvé en outre trois métastases "
           "hépatiques et des adénopathies médiastinales ; l’IRM cérébrale est normale (une image frontale évoquée "
           "sur le premier scanner n’a pas été confirmée). LDH à 1,5 N.", first="Histoire récente : ")
    d.para("Elle a reçu deux cures d’ipilimumab + nivolumab (28/02 et 21/03/2025), interrompues pour une colite "
           "immuno-induite de grade 3, traitée par prednisolone (Solupred) 1 mg/kg, actuellement en décroissance à "
           "20 mg/j. Un traitement par dabrafénib 150 mg x 2/j + tramétinib 2 mg/j a été débuté le 28/04/2025, avec "
           "une bonne réponse clinique et biologique à 6 semaines.")
    d.para("Une radiothérapie antalgique de L2-L4 (20 Gy en 5 séances) a été réalisée du 10 au 14/03/2025 au "
           "CRLC Val-d’Orbière. Embolie pulmonaire segmentaire droite le 02/04/2025 : anticoagulation par édoxaban "
           "(Lixiana 60 mg/j), à poursuivre au moins 6 mois.")
    d.para("les douleurs ont nettement régressé et ont changé de caractère : plus d’horaire inflammatoire ni de "
           "dérouillage matinal, mais persistance de quelques réveils nocturnes. EVA 2/10 actuellement (7/10 en "
           "février). Pas de trouble neurologique. Pas de traitement anti-résorptif osseux à ce jour (soins "
           "dentaires en cours).", first="Sur le plan osseux : ")
    d.line("Traitement actuel :", "B")
    d.table([
        ["Tafinlar (dabrafénib) 75 mg", "2 gél. matin et soir", "Mekinist (tramétinib) 2 mg", "1 cp/j"],
        ["Solupred 20 mg", "1/j (décroissance de 5 mg/sem.)", "Lixiana 60 mg", "1 cp/j"],
        ["Levothyrox 75 µg", "1 cp/j", "Inexium 20 mg", "1 cp/j"],
        ["Skenan LP 10 mg", "matin et soir", "Actiskenan 5 mg", "si douleur, max 4/j"],
        ["Forlax 10 g", "1 sachet/j", "Doliprane 1 g", "3 fois par jour"],
    ], [30, 22, 28, 20], header=False, size=8.6)
    d.para("OMS 1. Elle travaille à temps partiel (assistante de direction).", first="État général : ")
    d.para("poursuite de la thérapie ciblée anti-BRAF/MEK ; TEP-TDM de réévaluation fin juin.", first="Projet : ")
    d.para("1) indication et choix d’un traitement anti-résorptif (dénosumab ou acide zolédronique), en tenant "
           "compte des soins dentaires en cours ; 2) lésion de l’aile iliaque gauche non irradiée : risque "
           "fracturaire, place d’une radiothérapie ?", first="Questions à la RCP : ")
    d.para("Avec mes remerciements et mes sentiments confraternels.")
    d.line("Dr Mathilde Averous", "I")
    data = d.build(pdf_info("RCP os - Mme DUCASTEL", "M. Averous", "D:20250611174208+02'00'"))
    return data, "\n".join(d.text_lines)


letter(
    id="a05", ext="pdf", build=build_a05, date=date(2025, 6, 11), birth=None,
    author="Dermatologist (onco-dermatology unit)", fmt="PDF (text), one dense page with a four-column drug grid",
    tricky="BRAF V600E melanoma; adjuvant nivolumab and ipilimumab-nivolumab both stopped, dabrafenib/trametinib "
           "current but outside the ATC table; pain changed character ('plus d'horaire inflammatoire', "
           "nocturnal awakenings persist) and 2/10 now vs 7/10 in February; Solupred tapering is current; "
           "edoxaban for a pulmonary embolism; 'pas de traitement anti-résorptif à ce jour' (absent); father's "
           "melanoma; a brain lesion suspected then ruled out.",
    not_current={"L01FF01": "nivolumab stopped", "L01FX04": "ipilimumab stopped",
                 "M05BX04": "denosumab discussed", "M05BA08": "zoledronic acid discussed"},
    gold=dict(
        patient=dict(sex="F", age=49),
        primaryTumor=dict(status="present", site="melanoma", histology="other", biomarkers={"BRAF": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["nocturnal"], intensity=2),
        currentMedications=dict(status="present", atc=["H02AB06", "B01AF03", "H03AA01", "A02BC05", "N02AA01",
                                                        "A06AD15", "N02BE01"]),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AF03"]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent=None),
    ),
)


# ---- a06: digestive oncologist, DOCX letter with text boxes -----------------

def build_a06():
    F = nbsp_fr

    def P(text, **kw):
        return p(F(text), **kw)

    letterhead = textbox([
        p(r("Institut de Cancérologie de Port-Halage", b=True, sz=11, color="1F4E79"), after=0),
        p(r("Département d’oncologie digestive", sz=9), after=0),
        p(r("22, quai des Abeilles – 76600 Port-Halage", sz=9), after=0),
        p(r(F("Tél. : 02 61 91 57 30 – Fax : 02 61 91 57 31"), sz=9), after=0),
    ], 0.0, 0.0, 8.5, 2.3, border=False)
    summary = textbox([
        p(r("RÉSUMÉ POUR LA RCP", b=True, sz=9), after=40),
        p(r(F("Primitif : ADK sigmoïde RAS muté, BRAF sauvage, MSS"), sz=8.5), after=0),
        p(r(F("Os : col fémoral G (fracture 02/06/25, clou gamma 04/06/25), ischion G"), sz=8.5), after=0),
        p(r(F("Anticoagulant : non"), sz=8.5), after=0),
        p(r(F("Antiagrégant : Kardégic (suspendu)"), sz=8.5), after=0),
        p(r(F("PS : 2"), sz=8.5), after=0),
    ], 10.6, 3.2, 6.4, 3.6)
    body = [
        p(letterhead, after=0),
        p("", after=1100),
        p(r("Dr Karim BENHADDOU", b=True), summary, after=0),
        p(r("Oncologue médical – oncologie digestive"), after=0),
        p(r("Consultations : mardi et jeudi"), after=240),
        p(r("Port-Halage, le 30 juin 2025"), after=240),
        P("À l’attention de l’équipe de la RCP Métastases osseuses", after=0),
        P("Objet : M. Robert VIGNERON, né le 30/06/1960", after=240),
        P("Chère consœur, cher confrère,"),
        P("Je vous remercie de discuter le dossier de M. Vigneron, que je suis pour un adénocarcinome lieberkühnien "
          "du côlon sigmoïde métastatique, RAS muté (KRAS G12D), BRAF non muté, MSS."),
        p(r("Historique", b=True, u=True), after=60),
        P("– 03/2023 : diagnostic sur rectorragies ; sigmoïdectomie (pT3 N1b) et métastasectomie hépatique "
          "synchrone (segment VI), puis FOLFOX adjuvant (12 cures, 05/2023 – 11/2023).", ind=284),
        P("– 12/2023 – 09/2024 : entretien par capécitabine (Xeloda) dans le cadre d’un essai, arrêtée en septembre "
          "2024 à la récidive.", ind=284),
        P("– 09/2024 : récidive hépatique et pulmonaire. Deuxième ligne par FOLFIRI + bévacizumab depuis le "
          "02/10/2024 (16 cures, dernière le 26/05/2025), avec une stabilité hépatique et pulmonaire.", ind=284),
        P("– TEP-TDM de réévaluation du 12/05/2025 : apparition d’une lésion ostéolytique hypermétabolique du col "
          "fémoral gauche (SUVmax 9), asymptomatique, et d’une lésion de l’ischion gauche. Un avis orthopédique "
          "avait été demandé.", ind=284),
        P("– 02/06/2025 : fracture pathologique du col fémoral gauche lors d’une chute de sa hauteur, avant même la "
          "consultation d’orthopédie. Ostéosynthèse par clou gamma long le 04/06/2025 au CH de Port-Halage "
          "(Dr Le Goff). L’analyse du produit d’alésage confirme une métastase d’adénocarcinome d’origine colique "
          "(CK20+, CDX2+).", ind=284),
        p(r("Situation actuelle", b=True, u=True), after=60),
        P("Les suites opératoires sont simples . Il persiste des douleurs de la hanche gauche à la mobilisation et "
          "à la mise en charge, EN 4/10, sans composante neuropathique. Il marche avec un déambulateur. Il était "
          "PS 1 avant la fracture ; il est actuellement PS 2."),
        P("Le FOLFIRI-bévacizumab est suspendu depuis la chirurgie ; la reprise du FOLFIRI seul est prévue le "
          "07/07/2025, le bévacizumab ne sera réintroduit qu’à cicatrisation complète. Il s’agit d’une "
          "chimiothérapie palliative de deuxième ligne."),
        P("Traitement en cours :", after=40),
        P("• Lovenox 4000 UI/0,4 mL : 1 injection SC par jour jusqu’au 09/07/2025 (prophylaxie post-opératoire)",
          ind=284, after=0),
        P("• Kardégic 75 mg : suspendu depuis le 02/06 par l’anesthésiste, reprise prévue à l’arrêt du Lovenox",
          ind=284, after=0),
        P("• Oxycontin LP 10 mg matin et soir ; Oxynorm 5 mg si douleur", ind=284, after=0),
        P("• Doliprane 1 g x 4/j", ind=284, after=0),
        P("• Movicol 1 sachet x 2/j ; Mopral 20 mg/j", ind=284, after=0),
        P("• Triatec 2,5 mg/j", ind=284),
        P("Autres antécédents : artériopathie des membres inférieurs (stent iliaque gauche en 2020), HTA, "
          "tabagisme sevré. Sa mère a été opérée d’un cancer colorectal à 75 ans."),
        P("Un traitement par acide zolédronique (Zometa) sera à discuter après cicatrisation et avis dentaire."),
        p(r("Questions", b=True, u=True), after=60),
        P("1) Indication d’une radiothérapie post-opératoire du fémur gauche ? 2) Prise en charge de la lésion "
          "ischiatique gauche (risque fracturaire, radiothérapie, cimentoplastie ?) ? 3) Traitement anti-résorptif : "
          "lequel et quand ?"),
        P("Je vous prie de croire, chère consœur, cher confrère, à l’assurance de mes sentiments les meilleurs."),
        p("", after=240),
        p(r("Dr K. Benhaddou"), align="right"),
    ]
    data = build_docx(body, dict(title="Courrier RCP os VIGNERON", author="Karim Benhaddou",
                                 created="2025-06-30T07:55:00Z", modified="2025-06-30T09:10:00Z",
                                 company="Institut de Cancérologie de Port-Halage"))
    return data, docx_text(data)


letter(
    id="a06", ext="docx", build=build_a06, date=date(2025, 6, 30), birth=date(1960, 6, 30),
    author="Digestive oncologist (cancer institute)", fmt="DOCX letter with two floating text boxes (DrawingML + "
                                                          "VML fallback), French no-break spaces",
    tricky="Letter written on the patient's 65th birthday (age only as birth date); bone lesion found on the "
           "reassessment PET, then a pathological fracture (circumstance is staging_imaging; nailing is a prior "
           "surgery); a stale summary text box says 'Anticoagulant : non' while the body gives Lovenox "
           "(conflicting); Kardégic suspended around surgery (not current); capecitabine stopped; "
           "FOLFIRI-bevacizumab suspended but its resumption decided (project present, palliative; none of its "
           "drugs is in the ATC table); PS 1 before, PS 2 now; zoledronic acid only to be discussed.",
    not_current={"B01AC06": "Kardégic suspended", "L01BC06": "capecitabine stopped 2024",
                 "M05BA08": "zoledronic acid to be discussed"},
    gold=dict(
        patient=dict(sex="M", age=65),
        primaryTumor=dict(status="present", site="colorectal", histology="adenocarcinoma",
                          biomarkers={"KRAS": "positive", "BRAF": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=4),
        currentMedications=dict(status="present", atc=["B01AB05", "N02AA05", "N02BE01", "A06AD65", "A02BC01",
                                                        "C09AA05"]),
        priorLocalTreatments=dict(status="present", types=["surgery"]),
        boneTargetedTherapy=dict(status="unknown", atc=[]),
        anticoagulation=dict(status="conflicting", atc=["B01AB05"]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=2),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
)


# ---- a07: gynaecologist, scanned letter (image-only PDF) --------------------

def layout_a07() -> TextPdf:
    d = TextPdf(size=10.5, leading=14.2, margin_l=70, margin_r=62, top=58)
    d.line("Docteur Hélène MARCHETTI-ROUX", "B", 12)
    d.line("Gynécologie médicale – Ménopause – Sénologie")
    d.line("9, boulevard Carnot – 21570 Valcourtois-sur-Ouche")
    d.line("Tél. 03 53 73 61 19 – Conventionnée secteur 1")
    d.space(12)
    d.line("Valcourtois, le 12 février 2025", align="right")
    d.space(10)
    d.line("À l’attention des médecins de la RCP « os »", x=300)
    d.line("Centre Georges-Fabre – 21490 Montagny-la-Source", x=300)
    d.space(16)
    d.para("Madame, Monsieur, chers confrères,")
    d.para("Je me permets de vous adresser Mme Simone GAUTHEROT, née le 05/01/1944, que je suis depuis de "
           "nombreuses années en gynécologie.")
    d.para("Elle a été traitée en 2019 pour un carcinome lobulaire infiltrant du sein gauche, pT2 N1a, RE 100 %, "
           "RP 40 %, HER2 négatif : mastectomie gauche avec curage axillaire (Dr Fontenay, Clinique des Hauts-de-Vauzelle), pas "
           "de chimiothérapie (refus), radiothérapie pariétale, puis hormonothérapie par anastrozole (Arimidex "
           "1 mg/j), toujours en cours.")
    d.para("Un scanner thoraco-abdomino-pelvien réalisé aux urgences de Valcourtois après une chute à domicile "
           "(recherche de fractures de côtes : il n’y en avait pas) a mis en évidence des lésions condensantes "
           "multiples du rachis dorsal, du sternum et du bassin, d’allure secondaire. La scintigraphie osseuse "
           "confirme une atteinte polyostotique. Le CA 15-3 est à 86 U/mL. Il n’y a pas d’atteinte viscérale. Une "
           "biopsie n’a pas été jugée nécessaire par le radiologue compte tenu du contexte, mais je vous laisse en "
           "juger.")
    d.para("Mme Gautherot ne se plaint d’aucune douleur osseuse ; elle n’a pas de trouble neurologique.")
    d.para("ACFA sous Préviscan (INR suivis par l’infirmière), insuffisance cardiaque à FE préservée, cataracte "
           "opérée, prothèse totale de hanche droite en 2012 pour coxarthrose.", first="Antécédents : ")
    d.para("Arimidex 1 mg/j ; Préviscan 20 mg, ¾ cp le soir ; Lasilix 40 mg/j ; Cordarone 200 mg 5 j/7 ; "
           "Imovane 7,5 mg au coucher ; Cacit D3 1 sachet/j. Kardégic 75 ? la patiente ne sait plus si elle le "
           "prend encore, je n’ai pas l’ordonnance de son cardiologue (à vérifier).", first="Traitement : ")
    d.para("Pas de traitement par bisphosphonate ni dénosumab à ce jour.")
    d.para("Elle vit seule, autonome à domicile avec le passage d’une aide ménagère, OMS 2. Sa sœur cadette a été "
           "traitée pour un cancer du sein à 50 ans.")
    d.para("Je souhaiterais votre avis sur la suite : faut-il modifier l’hormonothérapie (passage au fulvestrant ?) "
           "et introduire un traitement anti-résorptif (dénosumab ?) compte tenu de son âge et de "
           "l’anticoagulant ? La patiente refuse toute chimiothérapie.")
    d.para("Je vous remercie de votre aide et vous prie d’agréer, chers confrères, l’expression de mes salutations "
           "distinguées.")
    d.space(10)
    d.line("Dr H. Marchetti-Roux", "I", 11, x=360)
    return d


def build_a07():
    d = layout_a07()
    text = "\n".join(d.text_lines)
    pages = rasterize(d, seed=1707, dpi=200, angle=0.55)
    return image_pdf(pages, pdf_info("Numérisation", "SCAN-MFP-3", "D:20250214083112+01'00'"), dpi=200), text


letter(
    id="a07", ext="pdf", build=build_a07, scanned=True, date=date(2025, 2, 12), birth=date(1944, 1, 5),
    author="Gynaecologist (private practice)", fmt="PDF scanned (image only, tilted, speckled; needs OCR)",
    tricky="Scanned letter; age only as birth date; bone lesions found incidentally on a CT done after a fall "
           "(incidental_imaging) with no date or duration given (undated); 'ne se plaint d'aucune douleur "
           "osseuse' (pain absent); lobular carcinoma RE/RP positive, HER2 negative; anastrozole current, "
           "fulvestrant and denosumab only asked; Préviscan as anticoagulant; 'Kardégic 75 ? ... à vérifier' "
           "(antiplatelets uncertain, not a current drug); hip arthroplasty for osteoarthritis is not a bone "
           "metastasis treatment; sister's breast cancer.",
    not_current={"B01AC06": "Kardégic named with doubt", "L02BA03": "fulvestrant asked",
                 "M05BX04": "denosumab asked / denied"},
    gold=dict(
        patient=dict(sex="F", age=81),
        primaryTumor=dict(status="present", site="breast", histology="invasive_lobular_carcinoma",
                          biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["incidental_imaging"], dated=False),
        pain=dict(status="absent", types=[], intensity=None),
        currentMedications=dict(status="present", atc=["L02BG03", "B01AA12", "C03CA01", "N05CF01", "A12AX"]),
        priorLocalTreatments=dict(status="unknown", types=[]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AA12"]),
        antiplatelets=dict(status="uncertain", atc=["B01AC06"]),
        prognosis=dict(status="present", ecog=2),
        therapeuticProject=dict(status="present", intent=None),
    ),
)


# ---- a08: urologist, consultation report, plain text cp1252 with CRLF -------

A08 = """CENTRE HOSPITALIER GENERAL DE SAINT-FLAVIEN-SUR-ARVIERE
Service d'Urologie - Dr Pierre LACOMBE
Secrétariat : 04 65 71 03 56 - Fax : 04 65 71 03 57

COMPTE RENDU DE CONSULTATION DU 05/03/2025

Patient : M. BAUDOUIN Marcel, 81 ans
Médecin traitant : Dr Colette ARNAUD (Saint-Flavien)
Copie : RCP métastases osseuses - Centre de radiothérapie des Trois-Chênes

Motif : dorsalgies chez un patient suivi pour un K prostate résistant à la castration.

ATCD :
- Adk prostate Gleason 7 (3+4), ISUP 2, PSA 11 au diag (2014) -> RTE prostatique 74 Gy + HT courte (Eligard 6 mois) 2014-2015
- Récidive biologique 2019 (PSA 4,2) -> Décapeptyl 11,25 mg/3 mois depuis 10/2019
- Résistance à la castraion 05/2023 (PSA 8 -> 25 ng/ml, testostérone castrée) : Xtandi 160 mg/j depuis 06/2023. Scinti os + TDM 06/2023 : pas de méta.
- ACFA (Xarelto 15 mg/j, adapté à la fonction rénale)
- IRC stade 3b (DFG 38 ml/min)
- BPCO stade 2, ex-tabagique 40 PA
- Pas d'allergie connue

HDM :
Depuis environ 3 semaines, dorsalgies basses en barre avec radiculalgie en ceinture T9 à gauche, majorées la nuit et le réveillant, EN 7/10, peu soulagées par le Dafalgan codéiné. Pas de trouble sensitivo-moteur des MI, pas de trouble sphinctérien. PSA 64 ng/ml (02/2025).
IRM rachis entier 28/02/2025 : métastases T9 (tassement 20 %, recul du mur post. 2 mm), T12, L3 ; épidurite T9 antérieure SANS compression médullaire. TDM TAP : pas de lésion viscérale, ADP lombo-aortiques stables.
Solupred 40 mg/j introduit par le MT le 27/02.

Examen : PS 2 (fatigué, se déplace seul avce une canne). Pas de déficit moteur, ROT présents et symétriques, pas de niveau sensitif.

TTT actuel :
- Décapeptyl LP 11,25 mg/3 mois (dernière inj. le 10/02/2025)
- Xtandi 40 mg : 4 cp/j
- Xarelto 15 mg : 1 cp le soir
- Bisoprolol 2,5 mg/j
- Seretide 500 : 1 inh. x 2/j
- Dafalgan codéiné : 2 cp x 3/j
- Solupred 40 mg/j
Pas d'acide zolédronique (IRC), dénosumab non débuté.

Conclusion :
Progression osseuse d'un CPRC sous enzalutamide.
Je sollicite l'avis de la RCP os :
1) RT antalgique +/- décompressive T9 (en urgence ?)
2) Indication d'un ttt anti-résorptif (Xgeva) - bilan dentaire demandé
3) La 2e ligne sera discutée en RCP uro du 13/03 (docétaxel vs 177Lu-PSMA). Espérance de vie estimée > 6 mois.
Poursuite Décapeptyl + Xtandi en attendant.

Dr P. LACOMBE
(dicté, non relu)
"""


letter(
    id="a08", ext="txt", text=A08, encoding="cp1252", newline="\r\n", date=date(2025, 3, 5), birth=None,
    author="Urologist (general hospital)", fmt="TXT (Windows-1252, CRLF), dictated consultation report",
    tricky="Telegraphic abbreviations (Adk, RTE, HT, ttt, MT, CPRC, PS); prostate RT and the 2014 Eligard course "
           "are not bone treatments / current drugs, and nothing is said about bone local treatment (unknown); "
           "'radiculalgie en ceinture, majorées la nuit et le réveillant' (neuropathic + nocturnal); epiduritis "
           "'SANS compression médullaire' (circumstance is pain, not a deficit); Dafalgan codéiné is N02AJ06 "
           "only; 'pas d'acide zolédronique, dénosumab non débuté' (absent), Xgeva only asked; docetaxel / "
           "Lu-PSMA only to be discussed; Xarelto current.",
    not_current={"L02AE02": "Eligard 2014-2015", "M05BA08": "zoledronic acid denied",
                 "M05BX04": "denosumab not started / Xgeva asked", "L01CD02": "docetaxel to be discussed"},
    gold=dict(
        patient=dict(sex="M", age=81),
        primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma", biomarkers={"PSA": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["neuropathic", "nocturnal"], intensity=7),
        currentMedications=dict(status="present", atc=["L02AE04", "L02BB04", "B01AF01", "C07AB07", "N02AJ06",
                                                        "H02AB06"]),
        priorLocalTreatments=dict(status="unknown", types=[]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AF01"]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=2),
        therapeuticProject=dict(status="present", intent=None),
    ),
)


# ---- a09: endocrinologist, DOCX electronic form with content controls -------

def build_a09():
    F = nbsp_fr
    G = [3300, 6338]
    H = "DEEAF6"
    YN = ["Oui", "Non", "Ne sait pas"]

    def row(label, *parts):
        return [p(r(label, b=True), after=0), p(*parts, after=0)]

    def head(title):
        return [(p(r(title, b=True, color="1F3864"), after=0), 2, H)]

    histoire = [
        p(F("M. Chamberland est hospitalisé dans le service depuis le 12/03/2025 pour une hypercalcémie sévère "
            "(calcémie corrigée 3,45 mmol/L), découverte sur un bilan demandé par son médecin traitant devant une "
            "asthénie, un syndrome polyuro-polydipsique et une confusion modérée. La PTH est effondrée "
            "(< 5 pg/mL) et la PTHrp élevée, en faveur d’une hypercalcémie d’origine tumorale."), after=60),
        p(F("Les lésions osseuses ont été découvertes lors du bilan de cette hypercalcémie : TDM TAP du 13/03/2025 "
            "et scintigraphie osseuse du 17/03/2025 montrant de multiples lésions ostéolytiques (diaphyse fémorale "
            "gauche avec lyse corticale de 35 mm, 4e côte gauche, L1, aile iliaque droite) et une masse rénale "
            "droite de 7 cm, hypervascularisée, très évocatrice d’un carcinome rénal. Un myélome a été écarté "
            "(électrophorèse des protéines et chaînes légères libres normales). Une biopsie rénale percutanée est "
            "programmée le 25/03/2025."), after=60),
        p(F("Prise en charge de l’hypercalcémie : hyperhydratation IV et une perfusion unique d’acide zolédronique "
            "(Zometa 4 mg) le 13/03/2025 ; calcémie corrigée normalisée à 2,48 mmol/L le 19/03. Un relais par "
            "dénosumab sera discuté selon l’histologie."), after=60),
        p(F("Il signale depuis quelques semaines une douleur de la cuisse gauche, cotée à 5/10."), after=60),
        p(F("Antécédents : diabète de type 2, HTA, dyslipidémie, nodule thyroïdien droit bénin (cytoponction "
            "Bethesda II en 2020), tabagisme actif à 30 PA. Familiaux : mère opérée d’un cancer papillaire de la "
            "thyroïde ; père décédé d’un infarctus."), after=0),
    ]
    traitements = [
        p(F("Kardégic 75 mg/j ; Tahor 20 mg/j ; Amlor 10 mg/j ; Inipomp 40 mg/j ; Doliprane 1 g x 3/j ; "
            "Lovenox 4000 UI/j SC (prévention, pendant l’hospitalisation) ; hydratation IV (NaCl 0,9 % 3 L/24 h)."),
          after=60),
        p(F("Glucophage 850 mg x 2/j suspendu depuis l’admission (injection de produit de contraste, insuffisance "
            "rénale fonctionnelle) : insulinothérapie transitoire."), after=0),
    ]
    question = [
        p(F("Lésion lytique de la diaphyse fémorale gauche (lyse corticale de 35 mm, score de Mirels à 9) : "
            "indication d’un enclouage prophylactique, avant ou après la biopsie rénale ? Radiothérapie ?"), after=60),
        p(F("Quel traitement anti-résorptif au long cours ?"), after=0),
    ]
    body = [
        p(r("CHU de Valmorin – Hôpital Sud", b=True, sz=12), after=0),
        p(r("Service d’Endocrinologie, Diabétologie, Nutrition – Hospitalisation conventionnelle (4e étage)", sz=9.5),
          after=0),
        p(r("Pr Étienne DUFRESNOY – Dr Anaïs LEBRETON-KOVAC, cheffe de clinique", sz=9.5), after=240),
        p(r("Demande d’avis – RCP Métastases osseuses"), style="Titre"),
        p(r("Formulaire électronique – remplir les champs, ne pas modifier la mise en page", i=True, sz=8.5),
          align="center", after=200),
        tbl([
            head("Demande"),
            row("Date de la demande", sdt_date("Date de la demande", date(2025, 3, 20))),
            row("Médecin demandeur", sdt_text("Médecin demandeur",
                                              "Dr Anaïs Lebreton-Kovac, endocrinologie – 03 53 73 27 18")),
            row("Caractère urgent", sdt_drop("Urgence", ["Oui", "Non"], "Oui")),
            head("Patient"),
            row("Nom, prénom", sdt_text("Nom", "CHAMBERLAND Alain")),
            row("Sexe", sdt_drop("Sexe", ["Féminin", "Masculin"], "Masculin")),
            row("Date de naissance", sdt_date("Date de naissance", date(1957, 8, 11))),
            row("Âge", sdt_text("Âge", None)),
            head("Tumeur primitive"),
            row("Primitif", sdt_text("Primitif", "Probable carcinome rénal (masse rénale droite de 7 cm au "
                                                 "scanner), non prouvé histologiquement")),
            row("Histologie", sdt_text("Histologie", None)),
            row("Biomarqueurs", sdt_text("Biomarqueurs", None)),
        ], G),
        p("", after=60),
        p(r("Histoire de la maladie", b=True, color="1F3864"), after=60),
        sdt_block("Histoire de la maladie", histoire),
        p("", after=60),
        tbl([
            head("Atteinte osseuse"),
            row("Circonstances de découverte", sdt_drop("Circonstances", [
                "Douleur", "Fracture pathologique", "Déficit neurologique", "Hypercalcémie",
                "Bilan d’extension / suivi", "Découverte fortuite", "Autre"], "Hypercalcémie")),
            row("Douleur", sdt_drop("Douleur", YN, "Oui")),
            row("Précisions douleur", sdt_text("Précisions douleur", "Douleur de la cuisse gauche, EVA 5/10")),
            row("Traitements locaux antérieurs", sdt_text("Traitements locaux", "Aucun")),
            row("Traitement anti-résorptif en cours", sdt_drop("Anti-résorptif", YN, None)),
            row("Anticoagulant", sdt_drop("Anticoagulant", YN, None)),
            row("Antiagrégant plaquettaire", sdt_drop("Antiagrégant", YN, "Oui")),
            head("État général"),
            row("OMS", sdt_drop("OMS", ["0", "1", "2", "3", "4"], "1")),
            row("Espérance de vie", sdt_text("Espérance de vie", None)),
            row("Projet thérapeutique", sdt_text("Projet", "À définir après la biopsie rénale (25/03/2025).")),
        ], G),
        p("", after=60),
        p(r("Traitements en cours", b=True, color="1F3864"), after=60),
        sdt_block("Traitements", traitements),
        p("", after=60),
        p(r("Question posée à la RCP", b=True, color="1F3864"), after=60),
        sdt_block("Question", question),
    ]
    data = build_docx(body, dict(title="Demande d'avis RCP Métastases osseuses", author="Lebreton-Kovac Anaïs",
                                 created="2024-01-15T10:00:00Z", modified="2025-03-20T16:22:00Z",
                                 template="RCP_OS_formulaire_2024.dotx", company="CHU de Valmorin", revision=6,
                                 minutes=41))
    return data, docx_text(data)


letter(
    id="a09", ext="docx", build=build_a09, date=date(2025, 3, 20), birth=date(1957, 8, 11),
    author="Endocrinologist (university hospital ward)", fmt="DOCX electronic form: content controls (text, date "
                                                             "picker, drop-down lists, block rich text), placeholders",
    tricky="Drop-down controls list every choice in w:sdtPr but show one (or Word's placeholder); age placeholder "
           "left unfilled (age from the date-picker birth date); bone lesions found in the work-up of a "
           "hypercalcaemia; primary only probable (kidney, no histology: uncertain); his own benign thyroid "
           "nodule and his mother's thyroid cancer must not make a thyroid primary; a single Zometa infusion is "
           "not an ongoing bone therapy and denosumab only discussed (unknown); anticoagulant drop-down unfilled "
           "but preventive Lovenox in the drug list (present); Glucophage suspended; thigh pain without type; "
           "no therapeutic project yet ('à définir').",
    not_current={"M05BA08": "single zoledronic acid infusion", "M05BX04": "denosumab discussed",
                 "A10BA02": "Glucophage suspended"},
    gold=dict(
        patient=dict(sex="M", age=67),
        primaryTumor=dict(status="uncertain", site="kidney", histology=None, biomarkers={}),
        boneDiagnosis=dict(status="present", circumstances=["hypercalcemia"], dated=True),
        pain=dict(status="present", types=[], intensity=5),
        currentMedications=dict(status="present", atc=["B01AC06", "C10AA05", "A02BC02", "N02BE01", "B01AB05"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="unknown", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AB05"]),
        antiplatelets=dict(status="present", atc=["B01AC06"]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="unknown", intent=None),
    ),
)


# ---- a10: digestive oncologist, text PDF, 2 pages ---------------------------

def build_a10():
    d = TextPdf(footer="Dr N. Ferrand-Lucet – M. KERHERVÉ Yves – {page}/{pages}", size=10.2, leading=14)
    d.line("CENTRE HOSPITALIER UNIVERSITAIRE DE LORVANNES", "B", 12)
    d.line("Pôle des maladies de l’appareil digestif – Oncologie digestive")
    d.line("Dr Nadia FERRAND-LUCET – Praticien hospitalier")
    d.line("Secrétariat : 03 53 73 80 14 – Hôpital de jour : 03 53 73 80 20")
    d.space(14)
    d.line("Lorvannes, le 05/06/2025", align="right")
    d.space(6)
    d.line("RCP Métastases osseuses – CHU de Lorvannes", x=320)
    d.line("à l’attention du Dr Yannick Solère", x=320)
    d.space(14)
    d.para("M. Yves KERHERVÉ, 62 ans", first="Objet : ")
    d.para("Cher confrère,")
    d.para("Je vous adresse le dossier de M. Yves Kerhervé, 62 ans, suivi pour un adénocarcinome de la jonction "
           "œsogastrique (Siewert II) métastatique d’emblée (foie, ganglions), HER2 positif (score 3+), PD-L1 CPS 5, "
           "pMMR, diagnostiqué en octobre 2024.")
    d.para("RGO ancien, endobrachyœsophage connu depuis 2015 ; HTA ; éthylisme sevré depuis 2019. Un oncle "
           "paternel est décédé d’un cancer de l’estomac.", first="Antécédents : ")
    d.line("Traitement oncologique", "B", gap=18)
    d.para("Première ligne par FOLFOX + trastuzumab (Herceptin) + pembrolizumab (Keytruda) depuis le 04/11/2024. "
           "L’oxaliplatine a été arrêté après la 6e cure (janvier 2025) pour une neuropathie sensitive de grade 2 "
           "(paresthésies des extrémités, non douloureuses). Le traitement est poursuivi par 5-FU + trastuzumab + "
           "pembrolizumab toutes les 3 semaines ; 11e administration le 26/05/2025. Le scanner de réévaluation de "
           "mars 2025 montrait une réponse partielle hépatique.")
    d.line("Événement osseux", "B", gap=18)
    d.para("Le 03/05/2025, en soulevant un carton, douleur brutale du bras droit avec impotence fonctionnelle ; "
           "la radiographie a montré une fracture pathologique de la diaphyse humérale droite sur une lésion "
           "ostéolytique. Enclouage centromédullaire verrouillé le 06/05/2025 (Dr Marcaurelle, orthopédie). "
           "L’analyse histologique du produit d’alésage retrouve une métastase d’adénocarcinome compatible avec "
           "l’origine œsogastrique, HER2 3+.")
    d.para("Le bilan complémentaire (TEP-TDM du 15/05/2025) montre d’autres lésions osseuses : col fémoral gauche "
           "(lytique, corticale interne atteinte), L4 et deux côtes.")
    d.para("EN 3/10 actuellement (8/10 à l’admission), d’horaire mécanique, à la mobilisation de l’épaule, sans "
           "irradiation. Pas de douleur de hanche à ce jour.", first="Douleur : ")
    d.line("Traitement actuel", "B", gap=18)
    d.space(2)
    d.table([
        ["Traitement", "Posologie", "Commentaire"],
        ["5-FU + trastuzumab (Herceptin) + pembrolizumab (Keytruda)", "toutes les 3 semaines", "HDJ oncologie"],
        ["Xgeva 120 mg SC", "toutes les 4 semaines", "1re injection le 20/05/2025, prochaine le 17/06"],
        ["Cacit D3", "1 sachet/j", ""],
        ["Innohep 14 000 UI", "1 injection SC/j", "thrombose jugulaire interne droite sur PAC (01/2025)"],
        ["Oxycontin LP 20 mg", "matin et soir", ""],
        ["Oxynormoro 5 mg", "si douleur, max 6/j", ""],
        ["Inexium 40 mg", "1/j", ""],
        ["Movicol", "1 sachet/j", ""],
        ["Amlor 5 mg", "1/j", "HTA"],
    ], [40, 24, 36])
    d.para("Pas d’antiagrégant plaquettaire.")
    d.para("OMS 1. Perte de 6 kg depuis le diagnotic, albumine 33 g/L. Espérance de vie estimée supérieure à "
           "6 mois au vu de la réponse.", first="État général : ")
    d.para("poursuite du traitement de 1re ligne à visée palliative (5-FU, trastuzumab, pembrolizumab) ; TEP de "
           "réévaluation en juillet.", first="Projet : ")
    d.line("Questions posées à la RCP", "B", gap=18)
    d.bullets([
        "Radiothérapie post-opératoire de l’humérus droit (8 Gy en une fraction ?)",
        "Lésion lytique du col fémoral gauche : risque fracturaire (score de Mirels à 9 ?) – enclouage "
        "prophylactique ou radiothérapie ?",
        "Gestion de l’Innohep en cas de geste.",
    ])
    d.para("Je vous remercie de votre avis. Bien confraternellement,")
    d.space(8)
    d.line("Dr Nadia FERRAND-LUCET", "B")
    data = d.build(pdf_info("RCP OS KERHERVE", "N. Ferrand-Lucet", "D:20250605121930+02'00'"))
    return data, "\n".join(d.text_lines)


letter(
    id="a10", ext="pdf", build=build_a10, date=date(2025, 6, 5), birth=None,
    author="Digestive oncologist (university hospital)", fmt="PDF (text), 2 pages with a drug table",
    tricky="Oesogastric junction adenocarcinoma (site 'other'), HER2 3+ and PD-L1 given as CPS 5 (expressed: "
           "positive); oxaliplatin stopped for a painless neuropathy (not neuropathic pain); humeral pathological "
           "fracture as circumstance, nailing as prior surgery, post-operative RT only asked; Xgeva started two "
           "weeks earlier with a next injection scheduled (ongoing: present); Innohep for a catheter thrombosis; "
           "'pas d'antiagrégant'; uncle's gastric cancer.",
    not_current={},
    gold=dict(
        patient=dict(sex="M", age=62),
        primaryTumor=dict(status="present", site="other", histology="adenocarcinoma",
                          biomarkers={"HER2": "positive", "PD-L1": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=3),
        currentMedications=dict(status="present", atc=["L01FD01", "L01FF02", "M05BX04", "A12AX", "B01AB10",
                                                        "N02AA05", "A02BC05", "A06AD65"]),
        priorLocalTreatments=dict(status="present", types=["surgery"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
        anticoagulation=dict(status="present", atc=["B01AB10"]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
)


# ---- a11: dermatologist, DOCX form with w14 checkboxes and free-text controls

def build_a11():
    G = [2600, 7038]
    H = "FBE4D5"

    def row(label, *parts):
        cells = []
        for part in parts:
            cells.append(part if isinstance(part, X) and part.startswith("<w:p") else p(part, after=0))
        return [p(r(label, b=True), after=0), cells]

    def head(title):
        return [(p(r(title, b=True), after=0), 2, H)]

    body = [
        p(r("Centre Hospitalier de Porz-Avel", b=True, sz=12), after=0),
        p(r("Service de Dermatologie – Dr Pierre-Yves KERBRAT – 02 61 91 72 05", sz=9.5), after=240),
        p(r("RCP MÉTASTASES OSSEUSES – FICHE DE DEMANDE", b=True, sz=13), align="center", after=200),
        tbl([
            head("Demandeur"),
            row("Médecin", "Dr P.-Y. Kerbrat, dermatologue"),
            row("Date", "10/03/2025"),
            head("Patient"),
            row("Nom", "HAMON Jacques"),
            row("Sexe", cbs(("Homme", True), ("Femme", False))),
            row("Date de naissance", "17/10/1956"),
            row("Âge", ""),
            head("Tumeur primitive"),
            row("Diagnostic", "Mélanome nodulaire du cuir chevelu (vertex), Breslow 6 mm, ulcéré, 2021. Exérèse "
                              "avec reprise à 2 cm, ganglion sentinelle négatif."),
            row("Biologie moléculaire", "BRAF non muté (sauvage). Mutation NRAS (Q61K)."),
            row("Évolution", "Récidive ganglionnaire cervicale et pulmonaire en 08/2024 : nivolumab (Opdivo) "
                             "480 mg toutes les 4 semaines depuis le 12/09/2024 (ipilimumab non associé en raison "
                             "d’une maladie de Crohn)."),
            head("Atteinte osseuse"),
            row("Circonstances de découverte",
                cbs(("Douleur", False), ("Fracture pathologique", False), ("Déficit neurologique", False)),
                cbs(("Hypercalcémie", False), ("Imagerie de suivi", True), ("Découverte fortuite", False))),
            row("Date / examen", "TEP-TDM du 13/01/2025 : lésions de L3 et de l’arc antérieur de la 5e côte droite."),
            row("Douleur", cbs(("Oui", False), ("Non", True))),
            row("Commentaire libre", p(sdt_text("Commentaire douleur",
                                                "Signale depuis une quinzaine de jours des lombalgies à la marche, "
                                                "cotées à 3/10, non invalidantes.", multiline=True), after=0)),
            row("Traitement local antérieur",
                cbs(("Radiothérapie", True), ("Chirurgie", False), ("Cimentoplastie", False), ("Ablation", False))),
            row("Préciser", "Radiothérapie stéréotaxique de L3, 27 Gy en 3 fractions, terminée le 21/02/2025."),
            row("Traitement osseux (bisphosphonate / dénosumab)", cbs(("Oui", False), ("Non", True))),
            row("Anticoagulant", cbs(("Oui", False), ("Non", False), ("Ne sait pas", True)),
                "À vérifier auprès du médecin traitant (ancienne phlébite ?)."),
            row("Antiagrégant", cbs(("Oui", False), ("Non", True))),
            head("Traitements en cours"),
            [(tbl([
                ["Opdivo (nivolumab)", "480 mg IV toutes les 4 semaines (HDJ)"],
                ["Levothyrox 100 µg", "1 cp/j – hypothyroïdie immuno-induite"],
                ["Pentasa 1 g", "1 sachet matin et soir – maladie de Crohn"],
                ["Dafalgan 1 g", "1 cp 3 fois par jour"],
            ], [3000, 6400]), 2)],
            head("Pronostic et projet"),
            row("Score OMS", cbs(("0", True), ("1", False), ("2", False), ("3", False), ("4", False))),
            row("Intention", cbs(("Curative", False), ("Palliative", False), ("Soins de support exclusifs", False))),
            row("Traitement oncologique en cours", "Nivolumab, poursuite prévue (réponse partielle pulmonaire au "
                                                   "TEP de janvier)."),
            head("Question posée"),
            [(p("Lésion costale (5e arc antérieur droit) non traitée : radiothérapie stéréotaxique ? Intérêt d’un "
                "traitement anti-résorptif ?", after=0), 2)],
        ], G),
        p("", after=200),
        p(r("Dr P.-Y. Kerbrat", i=True), align="right"),
    ]
    data = build_docx(body, dict(title="Fiche RCP os", author="PY Kerbrat", created="2025-03-10T12:40:00Z",
                                 modified="2025-03-10T13:05:00Z", company="CH Porz-Avel"))
    return data, docx_text(data)


letter(
    id="a11", ext="docx", build=build_a11, date=date(2025, 3, 10), birth=date(1956, 10, 17),
    author="Dermatologist (general hospital)", fmt="DOCX form: w14 checkboxes, nested drug table, free-text "
                                                   "content control",
    tricky="Pain box ticked 'Non' while the free-text control describes low-back pain on walking, 3/10 "
           "(conflicting, mechanical); anticoagulant 'Ne sait pas ... à vérifier' with no drug named (uncertain, "
           "no agent); BRAF wild type (negative), NRAS outside the list; nodular melanoma = histology 'other'; "
           "stereotactic RT of L3 done; bone therapy and antiplatelet 'Non'; OMS 0 as a ticked box; no intent "
           "box ticked; ipilimumab mentioned but not given; Pentasa is outside the ATC table.",
    not_current={"L01FX04": "ipilimumab not given", "M05BX04": "form label, box 'Non' ticked"},
    gold=dict(
        patient=dict(sex="M", age=68),
        primaryTumor=dict(status="present", site="melanoma", histology="other", biomarkers={"BRAF": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="conflicting", types=["mechanical"], intensity=3),
        currentMedications=dict(status="present", atc=["L01FF01", "H03AA01", "N02BE01"]),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="uncertain", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=0),
        therapeuticProject=dict(status="present", intent=None),
    ),
)


# ---- a12: urologist, e-mail reply with the secretariat's request quoted -----

A12 = """De : Dr Étienne Roussel-Maréchal <e.roussel-marechal@clinique-delavallee-lorvannes.fr>
Envoyé : mardi 17 juin 2025 22:41
À : Secrétariat RCP Os <secretariat.rcp-os@chu-lorvannes.fr>
Objet : RE: demande RCP os Mme MOREAU Josiane

Bonsoir,

Suite à votre mail, voici les éléments pour la RCP de jeudi concernant Mme Josiane MOREAU, 74 ans (dossier clinique n° 48213).

Pour résumer :
- tumeur de vessie : carcinome urothélial de haut grade infiltrant le muscle, cystectomie totale + Bricker en septembre 2023 (pT3b N1). Pas de chimio péri-opératoire (cisplatine contre-indiqué, IRC).
- récidive en avril 2025 : métastases osseuses multiples (T12, bassin, côtes) + adénopathies rétropéritonéales.
- l'atteinte osseuse a été révélée par une fracture-tassement de T12 le 02/04/2025 (douleur brutale en se baissant pour jardiner), IRM en faveur d'un tassement pathologique, biopsie per-cyphoplastie : métastase de carcinome urothélial.
- cyphoplastie T12 le 10/04/2025 au CHU (Dr Pellegrin, radio interventionnelle), avec un bon effet antalgique. Pas de radiothérapie.
- traitement systémique : enfortumab vedotin + pembrolizumab (EV-P) depuis le 06/05/2025, 3 cycles faits, tolérance corecte (rash grade 1). Traitement palliatif de 1re ligne.

Sur le plan douleur : lombalgie résiduelle d'allure mécanique, à la station debout prolongée, EN 2/10. Elle prend Topalgic 50 mg matin et soir et Doliprane 1 g x 3.

Ses autres ttt : Plavix 75 (AOMI, pontage fémoro-poplité G en 2021), Orocal D3 2/j, Eupantol 20, et un AOD pour une FA paroxystique découverte en mai par le cardiologue (je n'ai pas le nom, elle ne l'avait pas sur elle ; je le fais préciser par le MT). Ostéoporose traitée par Prolia 60 mg tous les 6 mois par son rhumatologue depuis 2021 (dernière injection en janvier 2025).

Pronostic difficile à évaluer, probablement plusieurs mois si elle répond à l'EV-P. Elle reste autonome mais fatigable.

Questions : faut-il passer du Prolia au Xgeva 120 mg mensuel ? Indication d'une RT sur les autres lésions (bassin, côtes), qui ne sont pas douloureuses ? Et attention au moindre geste sous Plavix + AOD...

Bien cordialement,

E. Roussel-Maréchal
Urologue - Clinique de la Vallée, Lorvannes
Tél. cabinet : 03 53 73 14 90

Envoyé de mon iPad

-----Message d'origine-----
De : Secrétariat RCP Os <secretariat.rcp-os@chu-lorvannes.fr>
Envoyé : lundi 16 juin 2025 09:12
À : Dr Étienne Roussel-Maréchal
Objet : demande RCP os Mme MOREAU Josiane

Bonjour Docteur,

Pour inscrire votre patiente à la RCP du jeudi 19/06, merci de nous transmettre : traitements en cours (dont anticoagulants et antiagrégants), traitements locaux antérieurs (radiothérapie, chirurgie, cimentoplastie), traitement anti-résorptif éventuel, état général (OMS), projet thérapeutique.

Cordialement,
Nathalie
Secrétariat RCP Os - poste 8 14 02
"""


letter(
    id="a12", ext="txt", text=A12, encoding="utf-8", newline="\n", date=date(2025, 6, 17), birth=None,
    author="Urologist (private clinic), e-mail", fmt="TXT (UTF-8) e-mail reply quoting the secretariat's request",
    tricky="The quoted request lists the items asked (anticoagulants, local treatments, OMS) without answering "
           "them; urothelial bladder carcinoma (histology 'other'); vertebral compression fracture as "
           "circumstance and kyphoplasty (cementoplasty) with 'Pas de radiothérapie'; 'un AOD ... je n'ai pas le "
           "nom' (anticoagulant present without agent); Prolia for osteoporosis every 6 months is a current bone "
           "therapy, Xgeva only asked; Plavix; cisplatin contra-indicated; prognosis without performance status.",
    not_current={"L01XA01": "cisplatin contra-indicated, not given"},
    gold=dict(
        patient=dict(sex="F", age=74),
        primaryTumor=dict(status="present", site="bladder", histology="other", biomarkers={}),
        boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=2),
        currentMedications=dict(status="present", atc=["L01FF02", "N02AX02", "N02BE01", "B01AC04", "A12AX",
                                                        "A02BC02", "M05BX04"]),
        priorLocalTreatments=dict(status="present", types=["cementoplasty"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
        anticoagulation=dict(status="present", atc=[]),
        antiplatelets=dict(status="present", atc=["B01AC04"]),
        prognosis=dict(status="present", ecog=None),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
)


# ---------------------------------------------------------------------------
# Contract checks
# ---------------------------------------------------------------------------

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def check(L: dict, text: str) -> None:
    lid = L["id"]

    def fail(msg):
        die(f"{lid}: {msg}")

    if not re.fullmatch(r"a\d\d", lid):
        fail("id must be aNN")
    g = L["gold"]
    if set(g) != set(GOLD_KEYS) - {"id", "gaps"}:
        fail(f"gold keys {sorted(g)}")
    ntext = norm(text)

    # patient
    pat = g["patient"]
    if pat["sex"] not in ("F", "M"):
        fail("sex must be F or M")
    if not isinstance(pat["age"], int):
        fail("age must be an integer")
    when = L["date"]
    if not (when.strftime("%d/%m/%Y") in text or f"{when.day} {MONTHS[when.month - 1]} {when.year}" in text
            or f"{when.day:02d}/{when.month:02d}/{when.year}" in text
            or f"{when.day} {MONTHS[when.month - 1]}" in text):
        fail(f"letter date {when} not found in the text")
    if L.get("birth"):
        if age_at(L["birth"], when) != pat["age"]:
            fail(f"age {pat['age']} != {age_at(L['birth'], when)} computed from birth date")
        if L["birth"].strftime("%d/%m/%Y") not in text:
            fail("birth date not found in the text")
        for k in L.get("written_age", []):
            if k != pat["age"]:
                fail("the written age contradicts the birth date")
    elif f"{pat['age']} ans" not in text:
        fail("age neither written nor derivable from a birth date")
    titles = {"F": ("mme ", "madame", "\u2612 f", "feminin"),
              "M": ("m. ", "monsieur", "\u2612 homme", "\u2612 m ", "masculin")}[pat["sex"]]
    if not any(t in ntext for t in titles):
        fail("sex not supported by a title in the text")

    # statuses
    for item in ITEMS:
        st = g[item]["status"]
        if st not in STATUSES[item]:
            fail(f"{item}.status {st!r} not allowed (allowed: {sorted(STATUSES[item])})")

    # primary tumour
    pt = g["primaryTumor"]
    if set(pt) != {"status", "site", "histology", "biomarkers"}:
        fail("primaryTumor keys")
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            fail("unknown primary tumour with values")
    else:
        if pt["site"] not in SITES:
            fail(f"site {pt['site']!r}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(f"histology {pt['histology']!r}")
    for name, res in pt["biomarkers"].items():
        if name not in BIOMARKERS or res not in BIO_RESULTS:
            fail(f"biomarker {name}={res}")
        key = {"PD-L1": "pd-l1", "ER": "re ", "PR": "rp ", "HER2": "her2", "PSA": "psa"}.get(name, name.lower())
        if key not in ntext:
            fail(f"biomarker {name} not named in the text")

    # bone diagnosis
    bd = g["boneDiagnosis"]
    if set(bd) != {"status", "circumstances", "dated"}:
        fail("boneDiagnosis keys")
    if bd["status"] == "present":
        if not bd["circumstances"] or not set(bd["circumstances"]) <= CIRCUMSTANCES:
            fail(f"circumstances {bd['circumstances']}")
        if not isinstance(bd["dated"], bool):
            fail("dated must be a boolean")
    elif bd["circumstances"] or bd["dated"]:
        fail("unknown bone diagnosis with values")
    if len(set(bd["circumstances"])) != len(bd["circumstances"]):
        fail("duplicate circumstance")

    # pain
    pn = g["pain"]
    if set(pn) != {"status", "types", "intensity"}:
        fail("pain keys")
    if not set(pn["types"]) <= PAIN_TYPES or len(set(pn["types"])) != len(pn["types"]):
        fail(f"pain types {pn['types']}")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"] is not None):
        fail("pain absent/unknown with types or intensity")
    if pn["intensity"] is not None:
        if not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
            fail("pain intensity must be 0..10")
        if not re.search(rf"(?<![\d,]){pn['intensity']}\s?/\s?10\b", text):
            fail(f"pain intensity {pn['intensity']}/10 not in the text")

    # medications and agent sections
    cm = g["currentMedications"]
    meds = cm["atc"]
    if set(cm) != {"status", "atc"}:
        fail("currentMedications keys")
    for c in meds:
        if c not in ATC:
            fail(f"ATC {c} not in atc-reference.tsv")
    if len(set(meds)) != len(meds):
        fail("duplicate ATC in currentMedications")
    if cm["status"] in ("absent", "unknown") and meds:
        fail("currentMedications absent/unknown with codes")
    if cm["status"] == "present" and not meds:
        fail("currentMedications present without any table drug (allowed by the spec, but unexpected here)")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        if set(s) != {"status", "atc"}:
            fail(f"{sec} keys")
        for c in s["atc"]:
            if c not in ATC:
                fail(f"{sec}: ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                fail(f"{sec}: {c} is not a {sec} agent ({prefixes})")
        if s["status"] in ("present", "conflicting"):
            missing = [c for c in s["atc"] if c not in meds]
            if missing:
                fail(f"{sec} {s['status']} agent(s) {missing} missing from currentMedications")
        if s["status"] == "uncertain":
            doubtful = [c for c in s["atc"] if c in meds]
            if doubtful:
                fail(f"{sec}: agent named with doubt {doubtful} must not be a current medication")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            fail(f"{sec} {s['status']} with agents")
        if s["status"] == "conflicting" and not s["atc"]:
            fail(f"{sec} conflicting without the agent that conflicts")
        for c in meds:
            if c.startswith(prefixes):
                if s["status"] not in ("present", "conflicting") or c not in s["atc"]:
                    fail(f"current drug {c} is a {sec} agent but {sec} is {s['status']} {s['atc']}")
        if cm["status"] == "absent" and s["status"] != "absent":
            fail(f"'aucun traitement au long cours' makes {sec} absent")

    # prior local treatments
    pl = g["priorLocalTreatments"]
    if set(pl) != {"status", "types"}:
        fail("priorLocalTreatments keys")
    if not set(pl["types"]) <= LOCAL_TYPES:
        fail(f"local treatment types {pl['types']}")
    if pl["status"] == "present" and not pl["types"]:
        fail("priorLocalTreatments present without a type")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        fail("priorLocalTreatments absent/unknown with types")

    # prognosis
    pr = g["prognosis"]
    if not (set(pr) == {"status", "ecog"} or set(pr) == {"status", "kps"}):
        fail("prognosis keys must be status + ecog, or status + kps (Karnofsky only)")
    if "ecog" in pr and pr["ecog"] is not None:
        if pr["ecog"] not in range(6):
            fail("ecog out of range")
        if not re.search(rf"(?:oms|ps|ecog)[\s|:]*(?:[^\n]{{0,40}}\u2612\s*)?{pr['ecog']}(?![\d,])", ntext):
            fail(f"ECOG {pr['ecog']} not found next to OMS/PS/ECOG")
    if "kps" in pr:
        if pr["kps"] not in range(0, 101, 10):
            fail("kps must be 0..100 by tens")
        if not re.search(rf"karnofsky[\s\S]{{0,40}}?{pr['kps']}\s*%", ntext):
            fail("KPS not found next to Karnofsky")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        fail("prognosis unknown with a score")

    # therapeutic project
    tp = g["therapeuticProject"]
    if set(tp) != {"status", "intent"}:
        fail("therapeuticProject keys")
    if tp["intent"] is not None:
        if tp["intent"] not in INTENTS:
            fail(f"intent {tp['intent']!r}")
        if tp["status"] != "present":
            fail("intent without a present project")
        word = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support exclusifs"}[tp["intent"]]
        if word not in ntext:
            fail(f"intent {tp['intent']} not stated in the text")

    # every ATC-table drug the letter names is accounted for
    named = drugs_named(text)
    nc = L.get("not_current", {})
    for c in nc:
        if c not in ATC:
            fail(f"not_current {c} not in atc-reference.tsv")
        if c in meds:
            fail(f"{c} is both current and not current")
        if c not in named:
            fail(f"not_current {c} ({nc[c]}) is not named in the letter")
    for c, names in named.items():
        if c not in meds and c not in nc:
            fail(f"the letter names {names[0]!r} ({c}): neither current nor accounted for in not_current")
    for c in meds:
        if c not in named:
            fail(f"current drug {c} is not named in the letter")
    for sec in AGENT_PREFIXES:
        for c in g[sec]["atc"]:
            if c not in named:
                fail(f"{sec} agent {c} not named in the letter")

    # gaps: derived, never written by hand
    gaps = derive_gaps(dict(g))
    for item, kind in gaps:
        if item not in GAP_ITEMS or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            fail(f"bad gap {item}/{kind}")


def gold_json(L: dict) -> str:
    g = L["gold"]
    rec = {"id": L["id"], "patient": {"sex": g["patient"]["sex"], "age": g["patient"]["age"]}}
    pt = g["primaryTumor"]
    rec["primaryTumor"] = {"status": pt["status"], "site": pt["site"], "histology": pt["histology"],
                           "biomarkers": dict(pt["biomarkers"])}
    bd = g["boneDiagnosis"]
    rec["boneDiagnosis"] = {"status": bd["status"], "circumstances": sorted(bd["circumstances"]), "dated": bd["dated"]}
    pn = g["pain"]
    rec["pain"] = {"status": pn["status"], "types": sorted(pn["types"]), "intensity": pn["intensity"]}
    rec["currentMedications"] = {"status": g["currentMedications"]["status"],
                                 "atc": sorted(g["currentMedications"]["atc"])}
    rec["priorLocalTreatments"] = {"status": g["priorLocalTreatments"]["status"],
                                   "types": sorted(g["priorLocalTreatments"]["types"])}
    for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        rec[sec] = {"status": g[sec]["status"], "atc": sorted(g[sec]["atc"])}
    rec["prognosis"] = dict(g["prognosis"])
    rec["therapeuticProject"] = dict(g["therapeuticProject"])
    rec["gaps"] = derive_gaps(rec)
    if list(rec) != GOLD_KEYS:
        die(f"{L['id']}: gold key order")
    return json.dumps(rec, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------
# Build, verify, write
# ---------------------------------------------------------------------------

def render(L: dict) -> tuple[bytes, str]:
    global _SDT_ID, _SHAPE_N
    _SDT_ID[0] = 100000 + int(L["id"][1:]) * 1000      # stable content-control ids per letter
    _SHAPE_N[0] = 0
    if "text" in L:
        text = L["text"]
        try:
            data = text.replace("\n", L["newline"]).encode(L["encoding"])
        except UnicodeEncodeError as e:
            die(f"{L['id']}: text not encodable in {L['encoding']}: {e}")
        return data, text
    return L["build"]()


def verify_file(L: dict, data: bytes, text: str) -> None:
    """The written file reads back as intended (structure only; the converter is never run)."""
    lid = L["id"]
    if L["ext"] == "pdf":
        import pypdf
        reader = pypdf.PdfReader(io.BytesIO(data))
        got = "".join(pg.extract_text() or "" for pg in reader.pages)
        if L.get("scanned"):
            if got.strip():
                die(f"{lid}: a scanned PDF must have no text layer")
            return
        flat = re.sub(r"\s+", "", got)
        for line in text.splitlines():
            for cell in line.split(" | "):
                if re.sub(r"\s+", "", cell) not in flat:
                    die(f"{lid}: PDF text layer lost {cell!r}")
    elif L["ext"] == "docx":
        import docx
        docx.Document(io.BytesIO(data))
    elif L["ext"] == "txt":
        if data.decode(L["encoding"]).replace(L["newline"], "\n") != text:
            die(f"{lid}: text does not round-trip")


def main() -> int:
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids):
        die("duplicate letter ids")
    outputs = {}
    for L in LETTERS:
        data, text = render(L)
        check(L, text)
        verify_file(L, data, text)
        again, _ = render(L)
        if again != data:
            die(f"{L['id']}: the letter is not byte-identical from one build to the next")
        outputs[L["id"]] = (data, gold_json(L))
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    keep = set()
    for L in LETTERS:
        data, gj = outputs[L["id"]]
        name = f"{L['id']}.{L['ext']}"
        (letters_dir / name).write_bytes(data)
        (gold_dir / f"{L['id']}.json").write_text(gj, encoding="utf-8")
        keep |= {name, f"{L['id']}.json"}
    for folder in (letters_dir, gold_dir):
        for f in folder.iterdir():
            if f.name not in keep:
                f.unlink()
    print(f"corpus17: {len(LETTERS)} letters and gold records written, contract checks passed")
    for L in LETTERS:
        g = json.loads(outputs[L["id"]][1])
        print(f"  {L['id']}.{L['ext']:4s} gaps={[tuple(x) for x in g['gaps']]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
