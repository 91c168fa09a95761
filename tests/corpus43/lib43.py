"""Deterministic writers (text PDF with embedded DejaVu Sans, DOCX, TXT) for corpus43."""
from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from datetime import datetime

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
_W = {}


def _widths(path):
    if path not in _W:
        from PIL import ImageFont
        f = ImageFont.truetype(path, 1000)
        w = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                w.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                w.append(600)
        _W[path] = w
    return _W[path]


def _textwidth(s, size, path):
    w = _widths(path)
    return sum(w[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000.0


def _esc(s):
    b = s.encode("cp1252")  # raises on characters outside WinAnsi: deliberate
    out = bytearray()
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    return out.decode("ascii")


def _wrap(text, size, width, path):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if _textwidth(cand, size, path) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def write_pdf(path, text, title="Courrier"):
    """text: lines; '\\f' alone on a line forces a page break; lines starting
    with '## ' are bold headings; '  ' indented lines keep indentation.
    Long lines are wrapped. A4, DejaVu Sans 10 pt."""
    W, H, M = 595, 842, 56
    pages, cur = [], []
    y = H - M
    for raw in text.split("\n"):
        if raw.strip(" ") == "\f":
            pages.append(cur)
            cur, y = [], H - M
            continue
        bold = raw.startswith("## ")
        s = raw[3:] if bold else raw
        indent = len(s) - len(s.lstrip(" "))
        s = s.strip(" ")
        size = 11 if bold else 9.5
        font = FONT_B if bold else FONT
        lead = size * 1.35
        parts = _wrap(s, size, W - 2 * M - indent * 5, font) if s else [""]
        for p in parts:
            if y - lead < M:
                pages.append(cur)
                cur, y = [], H - M
            y -= lead
            cur.append((M + indent * 5, y, "F2" if bold else "F1", size, p))
    pages.append(cur)
    pages = [p for p in pages if p]

    objs = {}
    # 1 catalog, 2 pages, 3 font F1, 4 desc, 5 fontfile, 6 font F2, 7 desc, 8 file, 9 info
    def font_objs(n, path, name):
        data = open(path, "rb").read()
        comp = zlib.compress(data, 9)
        w = _widths(path)
        objs[n] = (f"<< /Type /Font /Subtype /TrueType /BaseFont /{name} /FirstChar 32 /LastChar 255 "
                   f"/Widths [{' '.join(map(str, w))}] /Encoding /WinAnsiEncoding /FontDescriptor {n+1} 0 R >>").encode()
        objs[n + 1] = (f"<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                       f"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 {n+2} 0 R >>").encode()
        objs[n + 2] = (f"<< /Length {len(comp)} /Length1 {len(data)} /Filter /FlateDecode >>\nstream\n").encode() + comp + b"\nendstream"
    font_objs(3, FONT, "DejaVuSans")
    font_objs(6, FONT_B, "DejaVuSans-Bold")
    objs[9] = (f"<< /Title ({_esc(title)}) /Producer (RedacMed 4.2) /Creator (RedacMed 4.2) "
               f"/CreationDate (D:20250101120000+01'00') /ModDate (D:20250101120000+01'00') >>").encode()
    kids = []
    n = 10
    for pg in pages:
        ops = []
        for x, yy, f, size, s in pg:
            ops.append(f"BT /{f} {size} Tf {x:.1f} {yy:.1f} Td ({_esc(s)}) Tj ET")
        content = zlib.compress("\n".join(ops).encode("ascii"), 9)
        objs[n] = (f"<< /Length {len(content)} /Filter /FlateDecode >>\nstream\n").encode() + content + b"\nendstream"
        objs[n + 1] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W} {H}] /Contents {n} 0 R "
                       f"/Resources << /Font << /F1 3 0 R /F2 6 0 R >> >> >>").encode()
        kids.append(n + 1)
        n += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, n):
        offs[i] = len(out)
        out += f"{i} 0 obj\n".encode() + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {n}\n0000000000 65535 f \n".encode()
    for i in range(1, n):
        out += f"{offs[i]:010d} 00000 n \n".encode()
    fid = hashlib.md5(text.encode("utf-8")).hexdigest()
    out += (f"trailer\n<< /Size {n} /Root 1 0 R /Info 9 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{xref}\n%%EOF\n").encode()
    with open(path, "wb") as fh:
        fh.write(bytes(out))


def write_docx(path, blocks, author="Secrétariat"):
    """blocks: list of ('h', text) | ('p', text) | ('table', [rows])."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    cp = d.core_properties
    fixed = datetime(2025, 1, 1, 12, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    outb = io.BytesIO()
    with zipfile.ZipFile(outb, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(outb.getvalue())


def docx_text(blocks):
    out = []
    for kind, val in blocks:
        if kind == "table":
            out.extend(" | ".join(r) for r in val)
        else:
            out.append(val)
    return "\n".join(out)
