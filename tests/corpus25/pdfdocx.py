"""Deterministic writers: text PDF (embedded DejaVu Sans, WinAnsi) and DOCX."""
import io
import textwrap
import zipfile
import zlib
from datetime import datetime

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _widths():
    from PIL import ImageFont
    f = ImageFont.truetype(FONT, 1000)
    out = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
            out.append(int(round(f.getlength(ch))))
        except UnicodeDecodeError:
            out.append(0)
    return out


def _esc(b: bytes) -> bytes:
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path, text, title="Courrier", size=10, wrap=92):
    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        indent = len(para) - len(para.lstrip(" "))
        lines.extend(textwrap.wrap(para, wrap, subsequent_indent=" " * indent) or [""])
    lead = size * 1.35
    pages, cur, y = [], [], 800
    for ln in lines:
        if y < 60:
            pages.append(cur)
            cur, y = [], 800
        cur.append((y, ln))
        y -= lead
    pages.append(cur)
    objs = {}
    n_pages = len(pages)
    font_data = open(FONT, "rb").read()
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
               + b" ".join(str(w).encode() for w in _widths())
               + b"] /FontDescriptor 4 0 R /Encoding /WinAnsiEncoding >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    comp = zlib.compress(font_data, 9)
    objs[5] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(font_data))
               + comp + b"\nendstream")
    objs[6] = (b"<< /Producer (corpus25 make_letters) /Creator (corpus25) /Title (" + _esc(title.encode("cp1252"))
               + b") /CreationDate (D:20250101120000+01'00') /ModDate (D:20250101120000+01'00') >>")
    kids = []
    nxt = 7
    for pg in pages:
        ops = [b"BT", b"/F1 %d Tf" % size]
        for y, ln in pg:
            ops.append(b"1 0 0 1 56 %.2f Tm (" % y + _esc(ln.encode("cp1252")) + b") Tj")
        ops.append(b"ET")
        content = zlib.compress(b"\n".join(ops), 9)
        objs[nxt + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[nxt] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                     b"/Contents %d 0 R >>" % (nxt + 1))
        kids.append(nxt)
        nxt += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    size_ = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size_
    for i in range(1, size_):
        out += b"%010d 00000 n \n" % offsets[i]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<c25c25c25c25c25c25c25c25c25c25c2> "
            b"<c25c25c25c25c25c25c25c25c25c25c2>] >>\nstartxref\n%d\n%%%%EOF\n" % (size_, xref))
    with open(path, "wb") as fh:
        fh.write(bytes(out))


def write_docx(path, blocks, author="Secrétariat"):
    """blocks: list of ('p', text) | ('h', text) | ('table', [[cells], ...])."""
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_paragraph().add_run(val).bold = True
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
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
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())
