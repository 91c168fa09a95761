"""Deterministic writers for the corpus: text PDF with embedded DejaVu Sans, DOCX."""
import io
import logging
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
import zlib
import zipfile
import datetime

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
_FONT_CACHE = {}


def _font(name, chars):
    from fontTools.ttLib import TTFont
    from fontTools import subset
    key = (name, chars)
    if key in _FONT_CACHE:
        return _FONT_CACHE[key]
    full = TTFont(FONT_DIR + name, recalcTimestamp=False)
    cmap = full.getBestCmap()
    upm = full["head"].unitsPerEm
    hmtx = full["hmtx"]
    widths = []
    for code in range(32, 256):
        try:
            u = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            widths.append(0)
            continue
        g = cmap.get(ord(u))
        widths.append(round(hmtx[g][0] * 1000 / upm) if g else 0)
    opts = subset.Options()
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.layout_features = []
    f = TTFont(FONT_DIR + name, recalcTimestamp=False)
    s = subset.Subsetter(opts)
    s.populate(unicodes=sorted({ord(c) for c in chars} | {32}))
    s.subset(f)
    buf = io.BytesIO()
    f.save(buf)
    _FONT_CACHE[key] = (buf.getvalue(), widths)
    return _FONT_CACHE[key]


def _esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path, text, title="Courrier", size=10.0):
    """text: lines; '# ' prefix = bold line; '\\f' alone = page break."""
    text.encode("cp1252")  # raises if a character is outside WinAnsi
    chars = "".join(sorted(set(text.replace("\n", ""))))
    reg, wr = _font("DejaVuSans.ttf", chars)
    bold, wb = _font("DejaVuSans-Bold.ttf", chars)
    W, H, M = 595.28, 841.89, 56.0
    lead = size * 1.35

    def width(s, ws):
        return sum(ws[b - 32] for b in s.encode("cp1252")) * size / 1000

    # layout
    pages, cur, y = [], [], H - M
    for raw in text.split("\n"):
        if raw == "\f":
            pages.append(cur); cur = []; y = H - M
            continue
        isb = raw.startswith("# ")
        line = raw[2:] if isb else raw
        ws = wb if isb else wr
        indent = len(line) - len(line.lstrip(" "))
        words = line.strip(" ").split(" ")
        out, acc = [], ""
        for w in words:
            cand = (acc + " " + w) if acc else w
            if width(" " * indent + cand, ws) > W - 2 * M and acc:
                out.append(acc); acc = w
            else:
                acc = cand
        out.append(acc)
        for i, l in enumerate(out):
            if y < M:
                pages.append(cur); cur = []; y = H - M
            cur.append((isb, M + (width(" " * indent, ws) if i == 0 or True else 0), y, l))
            y -= lead
    pages.append(cur)

    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    fonts = []
    nid = 3
    for fname, data, ws in (("DejaVuSans", reg, wr), ("DejaVuSans-Bold", bold, wb)):
        ff, fd, fo = nid, nid + 1, nid + 2
        nid += 3
        comp = zlib.compress(data, 9)
        objs[ff] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(data))) + comp + b"\nendstream"
        objs[fd] = ("<< /Type /FontDescriptor /FontName /AAAAAA+%s /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                    "/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % (fname, ff)).encode()
        objs[fo] = ("<< /Type /Font /Subtype /TrueType /BaseFont /AAAAAA+%s /FirstChar 32 /LastChar 255 /Widths [%s] "
                    "/Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % (fname, " ".join(map(str, ws)), fd)).encode()
        fonts.append(fo)
    kids = []
    for p in pages:
        ops = [b"BT"]
        for isb, x, yy, l in p:
            ops.append(b"/%s %.1f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj" % (b"F2" if isb else b"F1", size, x, yy, _esc(l.encode("cp1252"))))
        ops.append(b"ET")
        content = zlib.compress(b"\n".join(ops), 9)
        cid, pid = nid, nid + 1
        nid += 2
        objs[cid] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)) + content + b"\nendstream"
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (fonts[0], fonts[1], cid)).encode()
        kids.append(pid)
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    info = nid
    objs[info] = ("<< /Producer (corpus92 make_letters) /Creator (corpus92) /Title (%s) "
                  "/CreationDate (D:20250101120000+01'00') /ModDate (D:20250101120000+01'00') >>" % title).encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for i in range(1, n):
        out += b"%010d 00000 n \n" % offs[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, info, xref)
    with open(path, "wb") as f:
        f.write(bytes(out))


def write_docx(path, blocks, author="Secrétariat"):
    """blocks: list of ('h', text) | ('p', text) | ('table', [[cells], ...])."""
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(val).bold = True
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 1, 12, 0, 0)
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
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
