"""Deterministic writers for corpus77: text PDF (embedded DejaVu Sans), DOCX, TXT."""
import zlib, zipfile
from xml.sax.saxutils import escape
from PIL import ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_pil = ImageFont.truetype(FONT, 1000)
WIDTHS = []
for code in range(32, 256):
    try:
        ch = bytes([code]).decode("cp1252")
        WIDTHS.append(int(round(_pil.getlength(ch))))
    except UnicodeDecodeError:
        WIDTHS.append(600)


def _w(s, size):
    return sum(WIDTHS[b - 32] if b >= 32 else 600 for b in s.encode("cp1252")) * size / 1000.0


def _wrap(text, size, maxw):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        indent = len(para) - len(para.lstrip(" "))
        words, line = para.split(" ")[indent:] if indent else para.split(" "), " " * indent
        for w in words:
            cand = (line + " " + w) if line.strip() else (line + w)
            if _w(cand, size) <= maxw or not line.strip():
                line = cand
            else:
                out.append(line)
                line = " " * indent + "  " + w if indent else w
        out.append(line)
    return out


def _pdfstr(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def write_pdf(path, header, body, footer, size=10.5, date="D:20261001090000+02'00'"):
    """header: list of (text, size); body: text; footer: text with {p}/{n}."""
    W, H, M = 595, 842, 60
    lead = size * 1.38
    lines = _wrap(body, size, W - 2 * M)
    pages, cur = [], []
    top_first = H - M - sum(s * 1.4 for _, s in header) - 16
    y = top_first
    for ln in lines:
        if y < M + 40:
            pages.append(cur); cur = []; y = H - M
        cur.append((ln, y)); y -= lead
    pages.append(cur)
    n = len(pages)
    objs = []  # index -> bytes

    def add(b):
        objs.append(b); return len(objs)
    font_data = open(FONT, "rb").read()
    ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (0, 0))  # placeholder
    comp = zlib.compress(font_data, 9)
    objs[ff - 1] = b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(font_data)) + comp + b"\nendstream"
    fd = add(b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff)
    font = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths [" + b" ".join(b"%d" % w for w in WIDTHS) + b"] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % fd)
    pages_id = len(objs) + 1 + 2 * n + 1  # computed below
    page_ids = []
    content_ids = []
    for i, pg in enumerate(pages):
        ops = [b"BT"]
        if i == 0:
            yy = H - M + 10
            for txt, s in header:
                ops.append(b"/F1 %.1f Tf 1 0 0 1 %d %.2f Tm " % (s, M, yy) + _pdfstr(txt) + b" Tj")
                yy -= s * 1.4
        for ln, yy in pg:
            if ln:
                ops.append(b"/F1 %.1f Tf 1 0 0 1 %d %.2f Tm " % (size, M, yy) + _pdfstr(ln) + b" Tj")
        ft = footer.format(p=i + 1, n=n)
        ops.append(b"/F1 7.5 Tf 1 0 0 1 %d %d Tm " % (M, 30) + _pdfstr(ft) + b" Tj")
        ops.append(b"ET")
        st = zlib.compress(b"\n".join(ops), 9)
        content_ids.append(add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(st) + st + b"\nendstream"))
    pages_id = len(objs) + n + 1
    for cid in content_ids:
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, W, H, font, cid)))
    assert add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % n) == pages_id
    info = add(b"<< /Producer (corpus77 make_letters) /Creator (Traitement de texte) /CreationDate (" + date.encode() + b") /ModDate (" + date.encode() + b") >>")
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    open(path, "wb").write(bytes(out))
    return n


def _run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def _para(text):
    import re
    m = re.match(r"\*\*(.+?)\*\*(.*)$", text, re.S)
    if m:
        return "<w:p>%s%s</w:p>" % (_run(m.group(1), True), _run(m.group(2)) if m.group(2) else "")
    return "<w:p>%s</w:p>" % (_run(text) if text else "")


def write_docx(path, blocks, author="Secrétariat", date="2026-10-01T09:00:00Z"):
    """blocks: list of str (paragraph, '**x**' bold) or list-of-rows (table)."""
    body = []
    for b in blocks:
        if isinstance(b, list):
            rows = []
            for r in b:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % _para(c) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>%s</w:tbl>' % "".join(rows))
        else:
            body.append(_para(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>' % "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Demande d\'avis RCP</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>' % (escape(author), escape(author), date, date))
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("docProps/core.xml", core), ("docProps/app.xml", app)]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
