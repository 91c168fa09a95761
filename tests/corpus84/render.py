"""Deterministic writers for corpus84: text PDF (embedded DejaVu Sans), DOCX, TXT."""
import io
import zipfile
import zlib
import datetime as dt

from PIL import ImageFont

FONT_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PAGE_W, PAGE_H = 595, 842
MARGIN = 56
SIZE = 10
LEADING = 13.5


def plain_lines(text):
    """Markup -> plain lines: '# ' headings, '|' table rows."""
    out = []
    for line in text.split("\n"):
        if line.startswith("# "):
            out.append(line[2:].upper() if line[2:].isupper() else line[2:])
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            out.append("   ".join(cells))
        else:
            out.append(line)
    return out


def plain_text(text):
    return "\n".join(plain_lines(text))


def _widths():
    font = ImageFont.truetype(FONT_PATH, 1000)
    ws = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            ws.append(600)
            continue
        ws.append(int(round(font.getlength(ch))))
    return ws


def _wrap(lines, widths):
    maxw = (PAGE_W - 2 * MARGIN) * 1000 / SIZE

    def w(s):
        return sum(widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252"))

    out = []
    for line in lines:
        if not line.strip():
            out.append("")
            continue
        indent = len(line) - len(line.lstrip(" "))
        words = line.split(" ")
        cur = ""
        for word in words:
            cand = word if cur == "" else cur + " " + word
            if w(cand) <= maxw or cur == "":
                cur = cand
            else:
                out.append(cur)
                cur = " " * indent + word
        out.append(cur)
    return out


def _esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path, text, title):
    widths = _widths()
    lines = _wrap(plain_lines(text), widths)
    per_page = int((PAGE_H - 2 * MARGIN) // LEADING)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = {}
    font_data = open(FONT_PATH, "rb").read()
    comp_font = zlib.compress(font_data, 9)
    # 1 catalog, 2 pages, 3 font, 4 descriptor, 5 fontfile, 6 info, then page/content pairs
    objs[5] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp_font), len(font_data))
               + comp_font + b"\nendstream")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + b" ".join(str(x).encode() for x in widths) + b"] /Encoding /WinAnsiEncoding "
               b"/FontDescriptor 4 0 R >>")
    objs[6] = (b"<< /Producer (corpus84 make_letters.py) /Creator (corpus84) /Title (" + _esc(title.encode("cp1252"))
               + b") /CreationDate (D:20251101090000+01'00') /ModDate (D:20251101090000+01'00') >>")
    kids = []
    n = 7
    for pi, page in enumerate(pages):
        parts = [b"BT /F1 %d Tf %.1f TL %d %d Td" % (SIZE, LEADING, MARGIN, PAGE_H - MARGIN)]
        for ln in page:
            parts.append(b"(" + _esc(ln.encode("cp1252")) + b") Tj T*")
        if len(pages) > 1:
            parts.append(b"ET BT /F1 8 Tf %d %d Td (Page %d/%d) Tj" % (PAGE_W // 2 - 20, 30, pi + 1, len(pages)))
        parts.append(b"ET")
        content = zlib.compress(b"\n".join(parts), 9)
        objs[n + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> "
                   b"/Contents %d 0 R >>" % (PAGE_W, PAGE_H, n + 1))
        kids.append(n)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    total = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % total)
    for i in range(1, total):
        out.write(b"%010d 00000 n \n" % offsets[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total, xref))
    path.write_bytes(out.getvalue())


def write_docx(path, text, title, author):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            continue
        if line.startswith("# "):
            p = d.add_paragraph()
            p.add_run(line[2:]).bold = True
        else:
            d.add_paragraph(line)
        i += 1
    cp = d.core_properties
    fixed = dt.datetime(2025, 11, 1, 9, 0, 0)
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
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def write_txt(path, text, encoding="utf-8", crlf=False):
    t = plain_text(text)
    if not t.endswith("\n"):
        t += "\n"
    if crlf:
        t = t.replace("\n", "\r\n")
    path.write_bytes(t.encode(encoding))
