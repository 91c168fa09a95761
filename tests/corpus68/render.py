"""Deterministic renderers (text PDF with embedded DejaVu Sans, DOCX, TXT) for corpus68."""
import io, zlib, zipfile
from PIL import ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_pil = ImageFont.truetype(FONT, 1000)
_W = {}


def width(s, size):
    return sum(_cw(c) for c in s) * size / 1000.0


def _cw(c):
    if c not in _W:
        _W[c] = _pil.getlength(c)
    return _W[c]


def wrap(text, size, maxw):
    out, cur = [], ""
    for word in text.split(" "):
        t = (cur + " " + word) if cur else word
        if width(t, size) <= maxw or not cur:
            cur = t
        else:
            out.append(cur)
            cur = word
    out.append(cur)
    return out


def _esc(s):
    b = s.encode("cp1252")  # raises on characters outside WinAnsi
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def layout_pdf_pages(blocks, header, footer_left):
    """Return list of pages, each a list of (x, y, size, text) or ('line', x1,y1,x2,y2)."""
    W, H, M = 595, 842, 56
    pages, cur, y = [], [], None

    def newpage():
        nonlocal cur, y
        if cur:
            pages.append(cur)
        cur = []
        yy = H - 40
        for i, hl in enumerate(header):
            cur.append((M, yy, 9 if i else 11, hl))
            yy -= 13
        cur.append(("line", M, yy + 4, W - M, yy + 4))
        y = yy - 14

    def need(h):
        if y - h < 70:
            newpage()

    newpage()
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            newpage()
        elif kind == "sp":
            y -= 8
        elif kind == "h":
            need(30)
            y -= 6
            cur.append((M, y, 11, b[1].upper()))
            cur.append(("line", M, y - 3, M + width(b[1].upper(), 11), y - 3))
            y -= 16
        elif kind == "p":
            for ln in wrap(b[1], 10, W - 2 * M):
                need(13)
                cur.append((M, y, 10, ln))
                y -= 13
            y -= 3
        elif kind == "kv":
            lines = wrap(b[2], 10, W - 2 * M - 160)
            for i, ln in enumerate(lines):
                need(13)
                if i == 0:
                    cur.append((M, y, 10, b[1] + " :"))
                cur.append((M + 160, y, 10, ln))
                y -= 13
        elif kind == "t":
            cols, rows, colw = b[1], b[2], b[3]
            need(30)
            xs = [M]
            for cw in colw[:-1]:
                xs.append(xs[-1] + cw)
            cur.append(("line", M, y + 11, W - M, y + 11))
            for x, c in zip(xs, cols):
                cur.append((x + 2, y, 9, c))
            y -= 4
            cur.append(("line", M, y, W - M, y))
            y -= 11
            for r in rows:
                cells = [wrap(c, 9, cw - 6) for c, cw in zip(r, colw)]
                n = max(len(c) for c in cells)
                need(12 * n + 4)
                for k in range(n):
                    for x, c in zip(xs, cells):
                        if k < len(c) and c[k]:
                            cur.append((x + 2, y, 9, c[k]))
                    y -= 12
                cur.append(("line", M, y + 8, W - M, y + 8))
                y -= 2
            y -= 6
    pages.append(cur)
    n = len(pages)
    for i, pg in enumerate(pages):
        pg.append(("line", M, 52, W - M, 52))
        pg.append((M, 40, 8, footer_left))
        s = f"Page {i + 1}/{n}"
        pg.append((W - M - width(s, 8), 40, 8, s))
    return pages


def write_pdf(path, blocks, header, footer_left, title, date_pdf):
    pages = layout_pdf_pages(blocks, header, footer_left)
    fontdata = open(FONT, "rb").read()
    objs = {}
    # 1 catalog, 2 pages, 3 font, 4 descriptor, 5 fontfile, 6 info; pages from 7
    widths = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
            widths.append(str(round(_cw(ch))))
        except UnicodeDecodeError:
            widths.append("0")
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
               + " ".join(widths).encode() + b"] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    comp = zlib.compress(fontdata, 9)
    objs[5] = (b"<< /Length " + str(len(comp)).encode() + b" /Length1 " + str(len(fontdata)).encode()
               + b" /Filter /FlateDecode >>\nstream\n" + comp + b"\nendstream")
    objs[6] = ("<< /Title (" + title + ") /Producer (DxEdit Export 4.2) /Creator (Dossier patient informatise)"
               " /CreationDate (D:" + date_pdf + ") /ModDate (D:" + date_pdf + ") >>").encode("latin-1")
    kids = []
    n = 7
    for pg in pages:
        ops = []
        for it in pg:
            if it[0] == "line":
                ops.append(f"0.5 w {it[1]:.1f} {it[2]:.1f} m {it[3]:.1f} {it[4]:.1f} l S".encode())
            else:
                x, y, size, text = it
                ops.append(f"BT /F1 {size} Tf {x:.1f} {y:.1f} Td (".encode() + _esc(text) + b") Tj ET")
        content = zlib.compress(b"\n".join(ops), 9)
        objs[n + 1] = b"<< /Length " + str(len(content)).encode() + b" /Filter /FlateDecode >>\nstream\n" + content + b"\nendstream"
        objs[n] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                   f"/Contents {n + 1} 0 R >>").encode()
        kids.append(f"{n} 0 R")
        n += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = out.tell()
        out.write(f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n")
    xref = out.tell()
    total = max(objs) + 1
    out.write(f"xref\n0 {total}\n0000000000 65535 f \n".encode())
    for k in range(1, total):
        out.write(f"{offs[k]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {total} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    open(path, "wb").write(out.getvalue())
    return len(pages)


def write_docx(path, blocks, header, footer_left, title, when):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header[0]
    for hl in header[1:]:
        sec.header.add_paragraph(hl)
    sec.footer.paragraphs[0].text = footer_left
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            d.add_page_break()
        elif kind == "sp":
            d.add_paragraph("")
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.underline = True
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "kv":
            p = d.add_paragraph()
            r = p.add_run(b[1] + " : ")
            r.bold = True
            p.add_run(b[2])
        elif kind == "t":
            cols, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(cols))
            t.style = "Table Grid"
            for j, c in enumerate(cols):
                t.cell(0, j).text = c
                for r in t.cell(0, j).paragraphs[0].runs:
                    r.bold = True
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i + 1, j).text = c
    cp = d.core_properties
    cp.author = "Secrétariat médical"
    cp.last_modified_by = "Secrétariat médical"
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    open(path, "wb").write(out.getvalue())


def render_txt(blocks, header, footer_left):
    lines = list(header) + ["=" * 72]
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            lines += ["", footer_left, "-" * 72] + list(header) + ["=" * 72]
        elif kind == "sp":
            lines.append("")
        elif kind == "h":
            lines += ["", b[1].upper(), "-" * len(b[1])]
        elif kind == "p":
            lines.append(b[1])
        elif kind == "kv":
            lines.append(f"{b[1]:<28}: {b[2]}")
        elif kind == "t":
            lines.append(" | ".join(b[1]))
            for r in b[2]:
                lines.append(" | ".join(r))
    lines += ["", footer_left]
    return "\n".join(lines) + "\n"
