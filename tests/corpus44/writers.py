"""Deterministic writers for corpus44: TXT, DOCX, text PDF (embedded DejaVu Sans), image-only PDF."""
from __future__ import annotations

import datetime as _dt
import io
import random
import zipfile
import zlib
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_ZIP_TIME = (2026, 11, 1, 8, 0, 0)


# ---------------------------------------------------------------- TXT
def write_txt(path: Path, text: str, encoding: str = "utf-8", crlf: bool = False) -> None:
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    path.write_bytes(text.encode(encoding))


# ---------------------------------------------------------------- DOCX
def write_docx(path: Path, blocks: list, author: str, when: _dt.datetime) -> None:
    """blocks: ("p", text) | ("b", text) bold paragraph | ("h", text) heading | ("table", rows)."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            d.add_paragraph().add_run(val).bold = True
        elif kind == "h":
            d.add_heading(val, level=2)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps and a fixed member order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- text PDF
class _Font:
    def __init__(self, fname: str, tag: str):
        from PIL import ImageFont

        self.path = FONT_DIR / fname
        self.tag = tag
        self.base = fname.rsplit(".", 1)[0]
        f = ImageFont.truetype(str(self.path), 1000)
        self.widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                self.widths.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                self.widths.append(0)

    def width(self, s: str, size: float) -> float:
        w = 0
        for b in s.encode("cp1252"):
            w += self.widths[b - 32] if b >= 32 else 0
        return w * size / 1000.0


def _pdf_str(s: str) -> bytes:
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _wrap(font: _Font, text: str, size: float, width: float) -> list[str]:
    if not text:
        return [""]
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if font.width(cand, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def write_text_pdf(path: Path, frames_spec: dict, title: str, when: str) -> None:
    """frames_spec: {"frames": [(x, width, top, bottom, paragraphs), ...]}.

    Each frame is a column; its paragraphs flow down the column and continue in
    the same column of the next page. A paragraph is (style, text) with style
    "p" (10 pt), "b" (10 pt bold), "h" (12 pt bold), "s" (8 pt, sidebar), "sb" (8 pt bold).
    Frames are drawn one after the other on each page (reading order = frame order).
    """
    reg = _Font("DejaVuSans.ttf", "F1")
    bold = _Font("DejaVuSans-Bold.ttf", "F2")
    styles = {"p": (reg, 10, 13), "b": (bold, 10, 13), "h": (bold, 12, 16), "s": (reg, 8, 10), "sb": (bold, 8, 10)}
    pages: list[list[bytes]] = []

    def page(i):
        while len(pages) <= i:
            pages.append([])
        return pages[i]

    for (x, width, top, bottom, paras) in frames_spec["frames"]:
        pi, y = 0, top
        for style, text in paras:
            font, size, lead = styles[style]
            for line in _wrap(font, text, size, width):
                if y < bottom:
                    pi, y = pi + 1, top
                if line:
                    page(pi).append(b"BT /%s %d Tf %.2f %.2f Td %s Tj ET" % (font.tag.encode(), size, x, y, _pdf_str(line)))
                else:
                    page(pi)
                y -= lead
            y -= lead * 0.45
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    font_ids = {}
    for f in (reg, bold):
        data = f.path.read_bytes()
        comp = zlib.compress(data, 9)
        ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(data)) + comp + b"\nendstream")
        fd = add(
            b"<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-1021 -463 1793 1232] "
            b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % (f.base.encode(), ff)
        )
        w = b" ".join(str(v).encode() for v in f.widths)
        font_ids[f.tag] = add(
            b"<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 /Widths [%s] "
            b"/Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % (f.base.encode(), w, fd)
        )
    pages_id_placeholder = len(objs) + 1
    add(b"")  # pages object, filled below
    page_ids = []
    for ops in pages:
        content = b"\n".join(ops)
        comp = zlib.compress(content, 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
        page_ids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id_placeholder, font_ids["F1"], font_ids["F2"], cid)
            )
        )
    objs[pages_id_placeholder - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % p for p in page_ids),
        len(page_ids),
    )
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)
    info = add(
        b"<< /Title %s /Producer (corpus44 make_letters) /Creator (Traitement de texte) /CreationDate (D:%s) /ModDate (D:%s) >>"
        % (_pdf_str(title), when.encode(), when.encode())
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    path.write_bytes(bytes(out))


# ---------------------------------------------------------------- scanned PDF
def write_scanned_pdf(path: Path, lines: list[str], seed: int, when: _dt.datetime) -> None:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(seed)
    W, H = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 24)
    fb = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 24)
    y = 110
    for line in lines:
        font = fb if line.startswith("**") else f
        text = line[2:] if line.startswith("**") else line
        # wrap
        words, cur = text.split(" "), ""
        out = []
        for w in words:
            cand = w if not cur else cur + " " + w
            if dr.textlength(cand, font=font) <= W - 220 or not cur:
                cur = cand
            else:
                out.append(cur)
                cur = w
        out.append(cur)
        for l in out:
            dr.text((110, y), l, font=font, fill=rnd.randint(10, 40))
            y += 33
        y += 8
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=255)
    px = img.load()
    for _ in range(9000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((90, 140, 190))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    img.save(
        path,
        "PDF",
        resolution=150,
        producer="Scanner copieur",
        creator="Scan",
        title="scan",
        creationDate=when.timetuple(),
        modDate=when.timetuple(),
    )
