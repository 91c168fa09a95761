"""Deterministic writers: text PDF with embedded DejaVu Sans, DOCX, TXT."""
from __future__ import annotations

import io
import zipfile
import datetime as _dt

from fontTools.ttLib import TTFont
from fontTools import subset as _subset
import logging
logging.getLogger("fontTools").setLevel(logging.ERROR)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_PDF_DATE = "D:20250101120000+01'00'"
PRODUCER = "corpus80 make_letters.py"


class _Font:
    def __init__(self, fname, chars):
        self.path = FONT_DIR + fname
        full = TTFont(self.path, recalcTimestamp=False)
        self.upm = full["head"].unitsPerEm
        cmap = full.getBestCmap()
        hmtx = full["hmtx"]
        self.widths = {}
        for code in range(32, 256):
            ch = bytes([code]).decode("cp1252", errors="ignore")
            if ch and ord(ch) in cmap:
                self.widths[code] = round(hmtx[cmap[ord(ch)]][0] * 1000 / self.upm)
            else:
                self.widths[code] = 0
        opts = _subset.Options()
        opts.name_IDs = ["*"]
        opts.notdef_outline = True
        opts.recalc_timestamp = False
        font = TTFont(self.path, recalcTimestamp=False)
        sub = _subset.Subsetter(opts)
        sub.populate(unicodes=sorted({ord(c) for c in chars} | set(range(32, 127))))
        sub.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        self.data = buf.getvalue()
        self.bbox = [round(v * 1000 / self.upm) for v in (full["head"].xMin, full["head"].yMin, full["head"].xMax, full["head"].yMax)]
        self.ascent = round(full["hhea"].ascent * 1000 / self.upm)
        self.descent = round(full["hhea"].descent * 1000 / self.upm)
        self.name = fname.replace(".ttf", "").replace("-", "")

    def width(self, text, size):
        return sum(self.widths.get(b, 600) for b in text.encode("cp1252")) * size / 1000


def _pdf_str(text):
    out = []
    for b in text.encode("cp1252"):
        if b in (0x5C, 0x28, 0x29):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def write_pdf(path, blocks, title):
    """blocks: list of (style, text); style in 'h' (bold heading), 'p', 'pre' (one line, no wrap), 'blank'."""
    chars = "".join(t for _, t in blocks) + title
    for ch in chars:
        ch.encode("cp1252")  # raises on characters outside WinAnsi
    reg = _Font("DejaVuSans.ttf", chars)
    bold = _Font("DejaVuSans-Bold.ttf", chars)
    W, H, margin = 595, 842, 56
    size, lead = 10, 13.5
    pages, cur, y = [], [], H - margin

    def emit(font_key, text, x, yy, sz):
        cur.append(f"BT /{font_key} {sz} Tf {x:.2f} {yy:.2f} Td {_pdf_str(text)} Tj ET")

    def newline(h=lead):
        nonlocal y, cur
        y -= h
        if y < margin:
            pages.append(cur)
            cur = []
            y = H - margin - h

    for style, text in blocks:
        if style == "blank":
            newline(lead * 0.6)
            continue
        font, key, sz = (bold, "F2", 11) if style == "h" else (reg, "F1", size)
        if style == "pre":
            newline()
            emit(key, text, margin, y, sz)
            continue
        words, line = text.split(" "), ""
        for w in words:
            cand = (line + " " + w) if line else w
            if font.width(cand, sz) > W - 2 * margin and line:
                newline()
                emit(key, line, margin, y, sz)
                line = w
            else:
                line = cand
        newline()
        emit(key, line, margin, y, sz)
    pages.append(cur)

    objs = []

    def add(obj):
        objs.append(obj)
        return len(objs)

    def font_objs(f):
        ff = add(b"<< /Length %d /Length1 %d >>\nstream\n" % (len(f.data), len(f.data)) + f.data + b"\nendstream")
        desc = add((f"<< /Type /FontDescriptor /FontName /{f.name} /Flags 32 /FontBBox [{' '.join(map(str, f.bbox))}] "
                    f"/ItalicAngle 0 /Ascent {f.ascent} /Descent {f.descent} /CapHeight {f.ascent} /StemV 80 /FontFile2 {ff} 0 R >>").encode())
        widths = " ".join(str(f.widths[c]) for c in range(32, 256))
        return add((f"<< /Type /Font /Subtype /TrueType /BaseFont /{f.name} /FirstChar 32 /LastChar 255 "
                    f"/Widths [{widths}] /Encoding /WinAnsiEncoding /FontDescriptor {desc} 0 R >>").encode())

    f1, f2 = font_objs(reg), font_objs(bold)
    pages_id = len(objs) + 1 + 2 * len(pages)
    page_ids = []
    for i, content in enumerate(pages):
        body = ("\n".join(content) + "\n").encode("latin-1")
        cid = add(b"<< /Length %d >>\nstream\n" % len(body) + body + b"endstream")
        page_ids.append(add((f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {W} {H}] "
                             f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {cid} 0 R >>").encode()))
    assert add(f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {len(page_ids)} >>".encode()) == pages_id
    cat = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    info = add(f"<< /Title {_pdf_str(title)} /Producer ({PRODUCER}) /Creator ({PRODUCER}) /CreationDate ({FIXED_PDF_DATE}) /ModDate ({FIXED_PDF_DATE}) >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    fid = "0" * 32  # constant file id
    out += (f"trailer\n<< /Size {len(objs)+1} /Root {cat} 0 R /Info {info} 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{xref}\n%%EOF\n").encode()
    with open(path, "wb") as fh:
        fh.write(bytes(out))


def write_docx(path, blocks, title, author):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    table_rows = []

    def flush_table():
        if not table_rows:
            return
        ncol = max(len(r) for r in table_rows)
        t = d.add_table(rows=len(table_rows), cols=ncol)
        t.style = "Table Grid"
        for i, r in enumerate(table_rows):
            for j, cell in enumerate(r):
                t.cell(i, j).text = cell
        table_rows.clear()

    for style, text in blocks:
        if style == "row":
            table_rows.append([c.strip() for c in text.strip("|").split("|")])
            continue
        flush_table()
        if style == "blank":
            continue
        p = d.add_paragraph()
        run = p.add_run(text)
        if style == "h":
            run.bold = True
    flush_table()
    fixed = _dt.datetime(2025, 1, 1, 12, 0, 0)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())
