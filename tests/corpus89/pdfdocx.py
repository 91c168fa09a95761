"""Deterministic writers for text PDFs (embedded DejaVu Sans) and DOCX files."""
import io
import zipfile
import zlib

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _widths(path):
    from PIL import ImageFont
    f = ImageFont.truetype(path, 1000)
    out = []
    for b in range(32, 256):
        try:
            ch = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            ch = " "
        out.append(int(round(f.getlength(ch))))
    return out


def _wrap(text, widths, size, maxw):
    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        indent = len(para) - len(para.lstrip(" "))
        words = para.split(" ")
        cur = ""
        for w in words:
            cand = w if not cur else cur + " " + w
            wd = sum(widths[min(max(ord(c) if ord(c) < 256 else 63, 32), 255) - 32] for c in cand) * size / 1000
            if wd > maxw and cur.strip():
                lines.append(cur)
                cur = " " * indent + w
            else:
                cur = cand
        lines.append(cur)
    return lines


def _esc(s):
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path, text, title="Courrier", size=10.0, bold_prefixes=()):
    """Write text as an A4 PDF; lines starting with one of bold_prefixes use the bold font."""
    W, H, M = 595.28, 841.89, 56
    lead = size * 1.35
    reg_w, bold_w = _widths(FONT), _widths(FONT_BOLD)
    lines = _wrap(text, reg_w, size, W - 2 * M)
    per_page = int((H - 2 * M) // lead)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = []  # list of bytes, index+1 = obj number

    def add(b):
        objs.append(b)
        return len(objs)

    font_objs = []
    fonts = [(FONT, "DejaVuSans", reg_w)]
    if bold_prefixes:
        fonts.append((FONT_BOLD, "DejaVuSans-Bold", bold_w))
    for fpath, name, widths in fonts:
        data = open(fpath, "rb").read()
        comp = zlib.compress(data, 9)
        ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(data)) + comp + b"\nendstream")
        fd = add(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                  "/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % (name, ff)).encode())
        fo = add(("<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 /Widths [%s] "
                  "/Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % (name, " ".join(map(str, widths)), fd)).encode())
        font_objs.append(fo)
    if len(font_objs) == 1:
        font_objs.append(font_objs[0])
    pages_num = len(objs) + 2 * len(pages) + 1
    page_nums = []
    for pi, pl in enumerate(pages):
        parts = [b"BT"]
        y = H - M
        for ln in pl:
            f = "F2" if any(ln.startswith(p) for p in bold_prefixes) and ln.strip() else "F1"
            parts.append(b"/%s %.1f Tf 1 0 0 1 %.2f %.2f Tm (" % (f.encode(), size, M, y) + _esc(ln) + b") Tj")
            y -= lead
        parts.append(b"/F1 8 Tf 1 0 0 1 %.2f 30 Tm (" % (W / 2 - 20) + _esc("Page %d/%d" % (pi + 1, len(pages))) + b") Tj")
        parts.append(b"ET")
        content = zlib.compress(b"\n".join(parts), 9)
        c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        p = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                 % (pages_num, W, H, font_objs[0], font_objs[1], c)).encode())
        page_nums.append(p)
    pn = add(("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_nums), len(page_nums))).encode())
    assert pn == pages_num
    cat = add(("<< /Type /Catalog /Pages %d 0 R >>" % pn).encode())
    info = add(b"<< /Title (" + _esc(title) + b") /Producer (corpus89 make_letters.py) /Creator (corpus89) "
               b"/CreationDate (D:20251001090000Z) /ModDate (D:20251001090000Z) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def write_docx(path, blocks, author="Secrétariat"):
    """blocks: list of ("h", text) heading, ("p", text) paragraph, ("b", text) bold paragraph,
    ("t", [[cells], ...]) table (first row bold)."""
    import datetime
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "b":
            d.add_paragraph().add_run(val).bold = True
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    cp = d.core_properties
    fixed = datetime.datetime(2025, 10, 1, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = "Demande RCP"
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())
