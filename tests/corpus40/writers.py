"""Deterministic writers for corpus40: text PDF (embedded DejaVu Sans, WinAnsi), image PDF (Pillow), DOCX, TXT."""
import io, random, time, zlib, zipfile, datetime
from pathlib import Path
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PDF_DATE = "D:20250101120000+00'00'"


def _widths(path):
    f = ImageFont.truetype(path, 1000)
    w = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            ch = " "
        w.append(int(round(f.getlength(ch))))
    return w


def _esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(line, font_path, size, maxw):
    f = ImageFont.truetype(font_path, size)
    words, out, cur = line.split(" "), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if f.getlength(t) <= maxw or not cur:
            cur = t
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    return out


def write_text_pdf(path, text, title="Courrier"):
    """Lines starting with '# ' are bold headings; '\f' on its own line forces a page break."""
    size, lead, left, top, maxw = 10, 13.5, 56, 790, 483
    pages, cur, y = [], [], top
    for raw in text.split("\n"):
        if raw.strip() == "\f":
            pages.append(cur); cur, y = [], top; continue
        bold = raw.startswith("# ")
        line = raw[2:] if bold else raw
        fp = FONT_B if bold else FONT
        for seg in (_wrap(line, fp, size, maxw) if line else [""]):
            if y < 60:
                pages.append(cur); cur, y = [], top
            cur.append(("F2" if bold else "F1", y, seg)); y -= lead
    pages.append(cur)
    objs = {}
    fonts = {}
    nid = [1]
    def new(body=None):
        i = nid[0]; nid[0] += 1; objs[i] = body; return i
    catalog = new(); pages_id = new()
    for key, fpth, name in (("F1", FONT, "DejaVuSans"), ("F2", FONT_B, "DejaVuSans-Bold")):
        data = Path(fpth).read_bytes()
        comp = zlib.compress(data, 9)
        ff = new(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(data)) + comp + b"\nendstream")
        desc = new(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % (name, ff)).encode())
        w = " ".join(str(x) for x in _widths(fpth))
        fonts[key] = new(("<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 /Widths [%s] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % (name, w, desc)).encode())
    kids = []
    for lines in pages:
        ops = []
        for fk, y, seg in lines:
            ops.append(b"BT /%s %d Tf %d %.1f Td (" % (fk.encode(), size, left, y) + _esc(seg) + b") Tj ET")
        content = zlib.compress(b"\n".join(ops), 9)
        cid = new(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        pid = new(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, fonts["F1"], fonts["F2"], cid)).encode())
        kids.append(pid)
    objs[catalog] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()
    objs[pages_id] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    info = new(b"<< /Title (" + _esc(title) + b") /Producer (corpus40 make_letters) /Creator (corpus40) /CreationDate (" + PDF_DATE.encode() + b") /ModDate (" + PDF_DATE.encode() + b") >>")
    out = io.BytesIO(); out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell(); n = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % n)
    for i in range(1, n):
        out.write(b"%010d 00000 n \n" % offs[i])
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, catalog, info, xref))
    Path(path).write_bytes(out.getvalue())


def write_image_pdf(path, text, seed):
    rnd = random.Random(seed)
    W, H, dpi = 1240, 1754, 150
    f = ImageFont.truetype(FONT, 23); fb = ImageFont.truetype(FONT_B, 23)
    pages, img, y = [], None, 0
    def newpage():
        im = Image.new("L", (W, H), 250); return im, ImageDraw.Draw(im), 110
    img, d, y = newpage()
    for raw in text.split("\n"):
        bold = raw.startswith("# "); line = raw[2:] if bold else raw
        for seg in (_wrap(line, FONT_B if bold else FONT, 23, W - 220) if line else [""]):
            if y > H - 120:
                pages.append(img); img, d, y = newpage()
            d.text((110 + rnd.randint(-2, 2), y), seg, font=fb if bold else f, fill=rnd.randint(15, 45))
            y += 34
    pages.append(img)
    done = []
    for im in pages:
        px = im.load()
        for _ in range(2500):
            px[rnd.randrange(W), rnd.randrange(H)] = rnd.randint(120, 200)
        im = im.rotate(rnd.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=250).filter(ImageFilter.GaussianBlur(0.5))
        done.append(im.convert("L"))
    buf = io.BytesIO()
    done[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=done[1:],
                 producer="corpus40 scan", creator="corpus40", title="scan",
                 creationDate=time.strptime("2025-01-01 12:00:00", "%Y-%m-%d %H:%M:%S"),
                 modDate=time.strptime("2025-01-01 12:00:00", "%Y-%m-%d %H:%M:%S"))
    Path(path).write_bytes(buf.getvalue())


def write_docx(path, blocks):
    """blocks: list of ('h', text) | ('p', text) | ('table', [[cells]])."""
    import docx
    doc = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 1, 1, 12, 0, 0)
    cp.author = "Secrétariat"; cp.last_modified_by = "Secrétariat"; cp.created = fixed; cp.modified = fixed
    cp.revision = 1; cp.title = ""; cp.comments = ""
    buf = io.BytesIO(); doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    Path(path).write_bytes(out.getvalue())


def docx_text(blocks):
    parts = []
    for kind, val in blocks:
        if kind == "table":
            parts.extend(" ".join(r) for r in val)
        else:
            parts.append(val)
    return "\n".join(parts)
