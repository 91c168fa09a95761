"""Deterministic writers for the corpus90 letters: text PDF (embedded DejaVu Sans), DOCX, TXT."""
import io
import zlib
import zipfile
import datetime
from pathlib import Path

from fontTools.ttLib import TTFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


class _Font:
    def __init__(self, name, path):
        self.name = name
        self.data = path.read_bytes()
        tt = TTFont(io.BytesIO(self.data))
        self.cmap = tt.getBestCmap()
        self.order = tt.getGlyphOrder()
        self.gid = {n: i for i, n in enumerate(self.order)}
        self.upm = tt["head"].unitsPerEm
        self.hmtx = tt["hmtx"].metrics
        self.used = {}

    def glyph(self, ch):
        name = self.cmap.get(ord(ch)) or self.cmap.get(ord("?"))
        g = self.gid[name]
        self.used[g] = ch
        return g

    def width(self, ch):
        name = self.cmap.get(ord(ch)) or self.cmap.get(ord("?"))
        return self.hmtx[name][0] * 1000 / self.upm

    def text_width(self, s, size):
        return sum(self.width(c) for c in s) * size / 1000


def _wrap(font, text, size, maxw):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        trial = w if not cur else cur + " " + w
        if font.text_width(trial, size) <= maxw or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def write_pdf(path, blocks, title="Courrier", author="Secrétariat"):
    """blocks: list of str; '# ' prefix = bold line, '\\f' = page break, '' = blank line."""
    fonts = [_Font("F1", FONT_DIR / "DejaVuSans.ttf"), _Font("F2", FONT_DIR / "DejaVuSans-Bold.ttf")]
    W, H, ML, MT, MB = 595, 842, 60, 60, 60
    size, lead = 10, 13.5
    pages, ops, y = [], [], H - MT

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops, y = [], H - MT

    for blk in blocks:
        if blk == "\f":
            newpage()
            continue
        bold = blk.startswith("# ")
        text = blk[2:] if bold else blk
        f = fonts[1] if bold else fonts[0]
        if text == "":
            y -= lead * 0.6
            continue
        indent = 0
        for i, line in enumerate(_wrap(f, text, size, W - 2 * ML)):
            if y < MB:
                newpage()
            hexs = "".join("%04X" % f.glyph(c) for c in line)
            ops.append("BT /%s %d Tf %.2f %.2f Td <%s> Tj ET" % (f.name, size, ML + indent, y, hexs))
            y -= lead
    pages.append(ops)
    pages = [p for p in pages if p]

    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    font_refs = {}
    for f in fonts:
        ff = zlib.compress(f.data, 9)
        ff_id = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(ff), len(f.data)) + ff + b"\nendstream")
        base = b"DejaVuSans" + (b"-Bold" if f.name == "F2" else b"")
        desc_id = add(b"<< /Type /FontDescriptor /FontName /" + base + b" /Flags 32 /FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff_id)
        gids = sorted(f.used)
        wparts = " ".join("%d [%d]" % (g, round(f.width(f.used[g]))) for g in gids)
        cid_id = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + base + b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /CIDToGIDMap /Identity /DW 600 /W [%s] >>" % (desc_id, wparts.encode()))
        cm = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
              "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
              "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
              "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
        for i in range(0, len(gids), 100):
            chunk = gids[i:i + 100]
            cm.append("%d beginbfchar" % len(chunk))
            for g in chunk:
                cm.append("<%04X> <%04X>" % (g, ord(f.used[g])))
            cm.append("endbfchar")
        cm += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        cmb = "\n".join(cm).encode()
        tu_id = add(b"<< /Length %d >>\nstream\n" % len(cmb) + cmb + b"\nendstream")
        font_refs[f.name] = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /" + base + b" /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid_id, tu_id))
    pages_id_placeholder = len(objs) + 1
    add(b"")  # pages tree, filled later
    page_ids = []
    res = b"<< /Font << " + b" ".join(b"/%s %d 0 R" % (k.encode(), v) for k, v in font_refs.items()) + b" >> >>"
    for p in pages:
        content = zlib.compress("\n".join(p).encode("latin-1"), 9)
        c_id = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>" % (pages_id_placeholder, W, H, res, c_id)))
    objs[pages_id_placeholder - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % i for i in page_ids), len(page_ids))
    cat_id = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)

    def pdfstr(s):
        return "(" + s.encode("latin-1", "replace").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    info_id = add(("<< /Title %s /Author %s /Producer (corpus90 make_letters.py) /CreationDate (D:20251201090000+01'00') /ModDate (D:20251201090000+01'00') >>" % (pdfstr(title), pdfstr(author))).encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat_id, info_id, b"0" * 32, b"0" * 32, xref)
    Path(path).write_bytes(bytes(out))


def write_docx(path, blocks, author="Secrétariat", title="Courrier"):
    """blocks: str paragraphs ('# ' heading-bold, '## ' Heading 2), or ('table', rows)."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
            continue
        if b.startswith("## "):
            d.add_heading(b[3:], level=2)
        elif b.startswith("# "):
            p = d.add_paragraph()
            p.add_run(b[2:]).bold = True
        else:
            d.add_paragraph(b)
    cp = d.core_properties
    fixed = datetime.datetime(2025, 12, 1, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    Path(path).write_bytes(out.getvalue())


def write_txt(path, text, encoding="utf-8", newline="\n"):
    Path(path).write_bytes(text.replace("\n", newline).encode(encoding))
