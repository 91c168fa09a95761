"""Tiny deterministic text-PDF writer (two-column layout, running header/footer),
embedding a cp1252 subset of DejaVu Sans (regular + bold) as simple TrueType fonts."""
import io
import zlib

from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont

FONTS = {
    "F1": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "F2": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}
CODES = list(range(32, 127)) + list(range(160, 256)) + [
    0x80, 0x82, 0x84, 0x85, 0x86, 0x87, 0x89, 0x8A, 0x8B, 0x8C, 0x8E,
    0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0x9A, 0x9B, 0x9C, 0x9E, 0x9F]
_CACHE = {}


def _font(tag):
    if tag in _CACHE:
        return _CACHE[tag]
    uni = sorted({bytes([c]).decode("cp1252") for c in CODES})
    f = TTFont(FONTS[tag], recalcTimestamp=False)
    opts = Options()
    opts.recalc_timestamp = False
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    sub = Subsetter(opts)
    sub.populate(unicodes=[ord(u) for u in uni])
    sub.subset(f)
    buf = io.BytesIO()
    f.save(buf)
    data = buf.getvalue()
    upm = f["head"].unitsPerEm
    cmap = f.getBestCmap()
    hmtx = f["hmtx"]
    widths = {}
    for c in range(32, 256):
        try:
            ch = bytes([c]).decode("cp1252")
        except UnicodeDecodeError:
            widths[c] = 0
            continue
        g = cmap.get(ord(ch))
        widths[c] = round(hmtx[g][0] * 1000 / upm) if g else 0
    _CACHE[tag] = (data, widths)
    return _CACHE[tag]


def text_width(s, tag, size):
    _, w = _font(tag)
    return sum(w.get(b, 500) for b in s.encode("cp1252")) * size / 1000.0


def _esc(s):
    out = []
    for b in s.encode("cp1252"):
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return "".join(out)


def wrap(text, tag, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if text_width(t, tag, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


PAGE_W, PAGE_H = 595.28, 841.89
ML, MR, MT, MB = 48, 48, 70, 64
GUT = 18


def build(doc):
    """doc: dict(header, footer_lines, top=[(tag,size,text)], body=[(tag,size,text)], title, author, date)."""
    colw = (PAGE_W - ML - MR - GUT) / 2
    pages = []  # each: list of (x, y, tag, size, text)
    cur = []
    y = PAGE_H - MT
    for tag, size, text in doc["top"]:
        if not text:
            y -= size * 0.8
            continue
        for ln in wrap(text, tag, size, PAGE_W - ML - MR):
            cur.append((ML, y, tag, size, ln))
            y -= size * 1.3
    y -= 8
    top_y = y
    col = 0
    for tag, size, text in doc["body"]:
        if not text:
            y -= size * 0.7
            continue
        lines = wrap(text, tag, size, colw)
        for i, ln in enumerate(lines):
            if y < MB + 14:
                col += 1
                if col == 2:
                    pages.append(cur)
                    cur = []
                    col = 0
                    top_y = PAGE_H - MT
                y = top_y
            x = ML + col * (colw + GUT)
            cur.append((x, y, tag, size, ln))
            y -= size * 1.32
        y -= size * 0.35
    pages.append(cur)
    n = len(pages)
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    font_ids = {}
    for tag in ("F1", "F2"):
        data, widths = _font(tag)
        comp = zlib.compress(data, 9)
        ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(data)) + comp + b"\nendstream")
        name = "DJVSAN+DejaVuSans" if tag == "F1" else "DJVSAB+DejaVuSans-Bold"
        fd = add(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                  "/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV %d /FontFile2 %d 0 R >>"
                  % (name, 80 if tag == "F1" else 140, ff)).encode())
        w = " ".join(str(widths[c]) for c in range(32, 256))
        font_ids[tag] = add(("<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 "
                             "/Widths [%s] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % (name, w, fd)).encode())
    pages_id_placeholder = len(objs) + 1
    add(b"")  # pages tree, filled later
    page_ids = []
    for pi, items in enumerate(pages, 1):
        ops = []
        def put(x, yy, tag, size, text):
            ops.append("BT /%s %.1f Tf %.2f %.2f Td (%s) Tj ET" % (tag, size, x, yy, _esc(text)))
        # running header
        put(ML, PAGE_H - 34, "F2", 7.5, doc["header"])
        hr = doc.get("header_right", "")
        if hr:
            put(PAGE_W - MR - text_width(hr, "F1", 7.5), PAGE_H - 34, "F1", 7.5, hr)
        ops.append("0.5 w %.1f %.1f m %.1f %.1f l S" % (ML, PAGE_H - 40, PAGE_W - MR, PAGE_H - 40))
        for x, yy, tag, size, text in items:
            put(x, yy, tag, size, text)
        ops.append("0.5 w %.1f %.1f m %.1f %.1f l S" % (ML, MB - 10, PAGE_W - MR, MB - 10))
        fy = MB - 22
        for fl in doc["footer_lines"]:
            put(ML, fy, "F1", 6.5, fl)
            fy -= 9
        pg = doc.get("page_fmt", "Page {i}/{n}").format(i=pi, n=n)
        put(PAGE_W - MR - text_width(pg, "F1", 7), MB - 22, "F1", 7, pg)
        content = "\n".join(ops).encode("latin-1")
        comp = zlib.compress(content, 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
        page_ids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] "
                             "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                             % (pages_id_placeholder, font_ids["F1"], font_ids["F2"], cid)).encode()))
    objs[pages_id_placeholder - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                                      % (" ".join("%d 0 R" % p for p in page_ids), n)).encode()
    cat = add(("<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder).encode())

    def pstr(s):
        return "(" + _esc(s) + ")"
    info = add(("<< /Title %s /Author %s /Producer (Editique DPI 4.2) /Creator (Editique DPI 4.2) "
                "/CreationDate (D:%s) /ModDate (D:%s) >>" % (pstr(doc["title"]), pstr(doc["author"]),
                                                            doc["date"], doc["date"])).encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + b + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat, info, xref))
    return out.getvalue(), n
