"""Deterministic writers for the corpus85 letters: text PDF (embedded DejaVu
Sans subset, WinAnsiEncoding) and DOCX (fixed core properties and zip times)."""
from __future__ import annotations

import io
import zipfile

from PIL import ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _subset(path: str, chars: str) -> bytes:
    import logging
    from fontTools import subset
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    from fontTools.ttLib import TTFont

    font = TTFont(path, recalcTimestamp=False)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.recalc_timestamp = False
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted({ord(c) for c in chars}))
    sub.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()


def _esc(raw: bytes) -> bytes:
    out = bytearray()
    for b in raw:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return bytes(out)


def write_pdf(path, text: str, *, title: str, size=10.0, leading=13.5, margin=62,
              created="D:20250315090000+04'00'", producer="Hopital - editique courrier 4.2"):
    """`text`: lines; a line starting with '# ' is bold; '\f' forces a page."""
    fonts = {"F1": ImageFont.truetype(FONT, 1000), "F2": ImageFont.truetype(FONT_BOLD, 1000)}
    width_avail = 595 - 2 * margin

    def w(s, f):
        return fonts[f].getlength(s) * size / 1000

    pages, cur = [], []
    y = 842 - margin
    for raw in text.split("\n"):
        if raw == "\f":
            pages.append(cur); cur = []; y = 842 - margin
            continue
        f = "F1"
        if raw.startswith("# "):
            f, raw = "F2", raw[2:]
        indent = len(raw) - len(raw.lstrip(" "))
        words = raw.strip().split(" ")
        lines, line = [], ""
        for wd in words:
            cand = (line + " " + wd) if line else wd
            if w(" " * indent + cand, f) > width_avail and line:
                lines.append(line); line = wd
            else:
                line = cand
        lines.append(line)
        for i, ln in enumerate(lines):
            if y < margin:
                pages.append(cur); cur = []; y = 842 - margin
            x = margin + w(" " * (indent if i == 0 else indent + 2), f)
            if ln:
                cur.append((f, x, y, ln))
            y -= leading
    pages.append(cur)
    used = {"F1": set(" "), "F2": set(" ")}
    for p in pages:
        for f, _, _, ln in p:
            ln.encode("cp1252")  # raises on characters outside WinAnsi
            used[f].update(ln)
    objs = []

    def add(b):
        objs.append(b); return len(objs)

    font_ids = {}
    for f, fpath, base in (("F1", FONT, "AAAAAA+DejaVuSans"), ("F2", FONT_BOLD, "AAAAAB+DejaVuSans-Bold")):
        data = _subset(fpath, "".join(sorted(used[f])) + "".join(chr(c) for c in range(32, 127)))
        ff = add(b"<< /Length %d /Length1 %d >>\nstream\n" % (len(data), len(data)) + data + b"\nendstream")
        widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
            except UnicodeDecodeError:
                widths.append(0); continue
            widths.append(round(fonts[f].getlength(ch)))
        fd = add(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                  "/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>"
                  % (base, ff)).encode())
        font_ids[f] = add(("<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 "
                           "/Widths [%s] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>"
                           % (base, " ".join(map(str, widths)), fd)).encode())
    pages_id_placeholder = len(objs) + 1 + 2 * len(pages)
    page_ids = []
    for p in pages:
        cs = bytearray()
        for f, x, y, ln in p:
            fs = size + (0.5 if f == "F2" else 0)
            cs += b"BT /%s %.1f Tf %.2f %.2f Td (" % (f.encode(), fs, x, y) + _esc(ln.encode("cp1252")) + b") Tj ET\n"
        c = add(b"<< /Length %d >>\nstream\n" % len(cs) + bytes(cs) + b"\nendstream")
        page_ids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                             "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                             % (pages_id_placeholder, c, font_ids["F1"], font_ids["F2"])).encode()))
    pid = add(("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % i for i in page_ids), len(pages))).encode())
    assert pid == pages_id_placeholder
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pid)
    info = add(b"<< /Title (" + _esc(title.encode("cp1252")) + b") /Producer (" + _esc(producer.encode("cp1252"))
               + b") /Creator (" + _esc(producer.encode("cp1252")) + b") /CreationDate (" + created.encode()
               + b") /ModDate (" + created.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + b + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    with open(path, "wb") as fh:
        fh.write(bytes(out))


def write_docx(path, blocks, *, author, title, when):
    """blocks: list of ("h", text) | ("p", text) | ("b", text) bold para | ("table", rows)."""
    import datetime
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
        elif kind == "b":
            para = d.add_paragraph()
            para.add_run(val).bold = True
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
    dt = datetime.datetime(*when)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt
    cp.modified = dt
    cp.last_printed = dt
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())
