"""Deterministic writers for corpus55: text PDF (embedded DejaVu Sans, WinAnsi), DOCX, TXT."""
import io
import zlib
import zipfile
import datetime

from PIL import ImageFont

FONT_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _widths(path):
    f = ImageFont.truetype(path, 1000)
    w = []
    for b in range(32, 256):
        try:
            ch = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            w.append(0)
            continue
        w.append(int(round(f.getlength(ch))))
    return w


def _esc(s):
    b = s.encode("cp1252")
    out = bytearray()
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        else:
            out.append(c)
    return bytes(out)


def _wrap(text, width_pts, size, widths):
    words = text.split(" ")
    lines, cur = [], ""
    def wlen(s):
        return sum(widths[c - 32] if c >= 32 else 0 for c in s.encode("cp1252")) * size / 1000.0
    for w in words:
        cand = w if not cur else cur + " " + w
        if wlen(cand) <= width_pts or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def write_pdf(path, blocks, title="Courrier"):
    """blocks: list of (kind, payload): ('h', str) bold line, ('p', str) paragraph,
    ('table', [[cells]]) rows, ('blank', None)."""
    W, H = 595, 842
    ml, mr, mt, mb = 60, 60, 60, 60
    size, lead = 10, 13.5
    fw = {"F1": _widths(FONT_PATH), "F2": _widths(BOLD_PATH)}
    pages, ops, y = [], [], H - mt

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops, y = [], H - mt

    def line(txt, font="F1", x=ml):
        nonlocal y
        if y < mb:
            newpage()
        ops.append(b"BT /" + font.encode() + b" %d Tf %.2f %.2f Td (" % (size, x, y) + _esc(txt) + b") Tj ET")

    for kind, payload in blocks:
        if kind == "blank":
            y -= lead * 0.6
            continue
        if kind == "h":
            for ln in _wrap(payload, W - ml - mr, size, fw["F2"]):
                line(ln, "F2")
                y -= lead
            continue
        if kind == "p":
            for raw in payload.split("\n"):
                for ln in _wrap(raw, W - ml - mr, size, fw["F1"]):
                    line(ln)
                    y -= lead
            y -= lead * 0.4
            continue
        if kind == "table":
            ncol = len(payload[0])
            colw = (W - ml - mr) / ncol
            for i, row in enumerate(payload):
                if y < mb:
                    newpage()
                top = y + lead - 3
                maxl = 1
                wrapped = [_wrap(c, colw - 6, size, fw["F2" if i == 0 else "F1"]) for c in row]
                maxl = max(len(w) for w in wrapped)
                for j, cell in enumerate(wrapped):
                    for k, ln in enumerate(cell):
                        yy = y - k * lead
                        ops.append(b"BT /" + (b"F2" if i == 0 else b"F1") + b" %d Tf %.2f %.2f Td (" % (size, ml + j * colw + 3, yy) + _esc(ln) + b") Tj ET")
                y -= maxl * lead
                bot = y + lead - 3
                ops.append(b"0.5 w %.2f %.2f %.2f %.2f re S" % (ml, bot, W - ml - mr, top - bot))
            y -= lead * 0.6
            continue
        raise ValueError(kind)
    pages.append(ops)

    objs = {}
    font_objs = {}
    n = 3
    fontdata = {}
    for name, p in (("F1", FONT_PATH), ("F2", BOLD_PATH)):
        fontdata[name] = open(p, "rb").read()
    # object numbering
    ids = {}
    def alloc(key):
        nonlocal n
        n += 1
        ids[key] = n
        return n
    for name in ("F1", "F2"):
        alloc(name + "file"); alloc(name + "desc"); alloc(name)
    page_ids = []
    for i in range(len(pages)):
        alloc("c%d" % i); page_ids.append(alloc("p%d" % i))
    info_id = alloc("info")
    out = {}
    out[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    out[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % len(page_ids)
    out[3] = b"<< /F1 %d 0 R /F2 %d 0 R >>" % (ids["F1"], ids["F2"])
    for name, base in (("F1", b"DejaVuSans"), ("F2", b"DejaVuSans-Bold")):
        data = fontdata[name]
        comp = zlib.compress(data, 9)
        out[ids[name + "file"]] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(data))) + comp + b"\nendstream"
        out[ids[name + "desc"]] = (b"<< /Type /FontDescriptor /FontName /" + base + b" /Flags 32 /FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ids[name + "file"])
        out[ids[name]] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /" + base + b" /FirstChar 32 /LastChar 255 /Widths [" + b" ".join(b"%d" % w for w in fw[name]) + b"] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % ids[name + "desc"])
    for i, ops_ in enumerate(pages):
        content = zlib.compress(b"\n".join(ops_), 9)
        out[ids["c%d" % i]] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
        out[ids["p%d" % i]] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font 3 0 R >> /Contents %d 0 R >>" % (W, H, ids["c%d" % i])
    out[info_id] = b"<< /Title (" + _esc(title) + b") /Producer (corpus55 make_letters) /Creator (corpus55) /CreationDate (D:20250301090000+01'00') /ModDate (D:20250301090000+01'00') >>"
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(out):
        offs[k] = len(buf)
        buf += b"%d 0 obj\n" % k + out[k] + b"\nendobj\n"
    xref = len(buf)
    total = max(out) + 1
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % total
    for k in range(1, total):
        buf += b"%010d 00000 n \n" % offs[k]
    buf += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total, info_id, xref)
    with open(path, "wb") as fh:
        fh.write(bytes(buf))


def write_docx(path, blocks, author="Secrétariat"):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, payload in blocks:
        if kind == "blank":
            d.add_paragraph("")
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(payload)
            r.bold = True
        elif kind == "p":
            for raw in payload.split("\n"):
                d.add_paragraph(raw)
        elif kind == "table":
            t = d.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
        else:
            raise ValueError(kind)
    cp = d.core_properties
    fixed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    bio = io.BytesIO()
    d.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    outb = io.BytesIO()
    with zipfile.ZipFile(outb, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(outb.getvalue())


def blocks_to_text(blocks):
    out = []
    for kind, payload in blocks:
        if kind == "blank":
            out.append("")
        elif kind in ("h", "p"):
            out.append(payload)
        elif kind == "table":
            for row in payload:
                out.append(" | ".join(row))
    return "\n".join(out) + "\n"


def write_txt(path, blocks, encoding="utf-8", newline="\n"):
    text = blocks_to_text(blocks).replace("\n", newline)
    with open(path, "wb") as fh:
        fh.write(text.encode(encoding))
