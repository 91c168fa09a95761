"""Deterministic writers for corpus28: image-only PDFs (Pillow), text PDFs
(hand-written PDF objects, embedded DejaVu Sans, WinAnsiEncoding) and DOCX."""
from __future__ import annotations

import datetime as _dt
import io
import random
import zipfile
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = FONT_DIR / "DejaVuSans.ttf"
SANS_B = FONT_DIR / "DejaVuSans-Bold.ttf"
SERIF_I = FONT_DIR / "DejaVuSerif-Italic.ttf"
FIXED_DATE = _dt.datetime(2026, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------- blocks
# A letter is a list of blocks:
#   ("title", text)  ("h", text)  ("p", text)  ("blank",)  ("page",)
#   ("checks", label, [(option, ticked), ...])
#   ("grid", [[cell, ...], ...])             first row is a header
#   ("sign", text)                           signature line (+ initials drawn)


def _wrap(text, font, width, draw):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def render_scan(blocks, out: Path, *, seed: int, dpi=200, fax_from=None, letterhead=None,
                stamp=None, angle=0.4, grey=False, noise=0.02, pages_hint=None):
    """Render blocks to A4 bitmaps then to an image-only PDF."""
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    px = lambda pt: int(pt * dpi / 72)
    f_body = ImageFont.truetype(str(SANS), px(10.5))
    f_bold = ImageFont.truetype(str(SANS_B), px(10.5))
    f_title = ImageFont.truetype(str(SANS_B), px(13))
    f_small = ImageFont.truetype(str(SANS), px(8.5))
    f_head = ImageFont.truetype(str(SANS_B), px(15))
    f_hand = ImageFont.truetype(str(SERIF_I), px(16))
    margin, lh = px(56), int(px(10.5) * 1.45)
    pages = []

    def new_page():
        im = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(im)
        y = px(30)
        if fax_from:
            n = len(pages) + 1
            d.text((margin, px(14)), f"{fax_from}   Page {n}/{{TOTAL}}", font=f_small, fill=40)
            d.line((margin, px(26), W - margin, px(26)), fill=90, width=1)
            y = px(36)
        if letterhead and not pages:
            d.text((margin, y), letterhead[0], font=f_head, fill=20)
            y += int(px(15) * 1.4)
            for l in letterhead[1:]:
                d.text((margin, y), l, font=f_small, fill=50)
                y += int(px(8.5) * 1.4)
            d.line((margin, y + px(4), W - margin, y + px(4)), fill=60, width=px(1.2))
            y += px(16)
        return im, d, y

    im, d, y = new_page()
    bottom = H - px(60)

    def ensure(h):
        nonlocal im, d, y
        if y + h > bottom:
            pages.append(im)
            im, d, y = new_page()

    for b in blocks:
        kind = b[0]
        if kind == "page":
            pages.append(im)
            im, d, y = new_page()
        elif kind == "blank":
            y += lh // 2
        elif kind in ("title", "h"):
            f = f_title if kind == "title" else f_bold
            for line in _wrap(b[1], f, W - 2 * margin, d):
                ensure(lh)
                if kind == "title":
                    x = (W - d.textlength(line, font=f)) // 2
                else:
                    x = margin
                d.text((x, y), line, font=f, fill=15)
                y += int(lh * (1.2 if kind == "title" else 1.0))
        elif kind == "p":
            for line in _wrap(b[1], f_body, W - 2 * margin, d):
                ensure(lh)
                d.text((margin, y), line, font=f_body, fill=20)
                y += lh
            y += lh // 4
        elif kind == "checks":
            ensure(lh + px(4))
            x = margin
            d.text((x, y), b[1], font=f_bold, fill=15)
            x += int(d.textlength(b[1], font=f_bold)) + px(10)
            box = px(9)
            for opt, ticked in b[2]:
                w_opt = box + px(5) + int(d.textlength(opt, font=f_body)) + px(14)
                if x + w_opt > W - margin:
                    y += lh + px(2)
                    ensure(lh)
                    x = margin + px(20)
                by = y + px(2)
                d.rectangle((x, by, x + box, by + box), outline=20, width=max(2, px(0.9)))
                if ticked:
                    j = lambda: rnd.randint(-px(1), px(1))
                    d.line((x + px(1) + j(), by + px(1) + j(), x + box - px(1) + j(), by + box - px(1) + j()), fill=10, width=px(1.4))
                    d.line((x + box - px(1) + j(), by + px(1) + j(), x + px(1) + j(), by + box - px(1) + j()), fill=10, width=px(1.4))
                d.text((x + box + px(5), y), opt, font=f_body, fill=20)
                x += w_opt
            y += lh + px(4)
        elif kind == "grid":
            rows = b[1]
            ncol = len(rows[0])
            tw = W - 2 * margin
            widths = [tw * w for w in (b[2] if len(b) > 2 else [1 / ncol] * ncol)]
            for ri, row in enumerate(rows):
                cell_lines = [_wrap(c, f_bold if ri == 0 else f_body, widths[i] - px(8), d) for i, c in enumerate(row)]
                hrow = max(len(c) for c in cell_lines) * lh + px(6)
                ensure(hrow)
                x = margin
                for i, lines in enumerate(cell_lines):
                    d.rectangle((x, y, x + widths[i], y + hrow), outline=40, width=2)
                    for k, line in enumerate(lines):
                        d.text((x + px(4), y + px(3) + k * lh), line, font=f_bold if ri == 0 else f_body, fill=20)
                    x += widths[i]
                y += hrow
            y += lh // 2
        elif kind == "sign":
            ensure(lh * 4)
            d.text((W - margin - px(230), y), b[1], font=f_body, fill=20)
            # handwritten-looking initials + a scribble
            ix, iy = W - margin - px(200), y + lh + px(4)
            d.text((ix, iy), b[2] if len(b) > 2 else "", font=f_hand, fill=30)
            pts = [(ix + px(60) + k * px(6), iy + px(12) + rnd.randint(-px(6), px(6))) for k in range(14)]
            d.line(pts, fill=40, width=px(1.1))
            y += lh * 4
    pages.append(im)

    total = len(pages)
    final = []
    for n, im in enumerate(pages):
        if fax_from:
            # rewrite the header with the real page total
            d = ImageDraw.Draw(im)
            d.rectangle((margin, px(12), W - margin, px(25)), fill=255)
            d.text((margin, px(14)), f"{fax_from}   Page {n + 1}/{total}", font=f_small, fill=40)
        if stamp and n == total - 1:
            sw, sh = px(190), px(80)
            st = Image.new("L", (sw, sh), 255)
            sd = ImageDraw.Draw(st)
            sd.rounded_rectangle((2, 2, sw - 3, sh - 3), radius=px(8), outline=110, width=px(1.6))
            sy = px(8)
            for line in stamp:
                sd.text((px(10), sy), line, font=f_small, fill=110)
                sy += int(px(8.5) * 1.35)
            st = st.rotate(rnd.uniform(-8, 8), expand=True, fillcolor=255)
            mask = Image.eval(st, lambda v: 255 - v)
            im.paste(st, (margin + px(10), bottom - px(110)), mask)
        if grey:
            im = Image.eval(im, lambda v: int(v * 0.86 + 18))
        im = im.rotate(angle * (1 if n % 2 == 0 else -0.7), resample=Image.BICUBIC, fillcolor=235 if grey else 255)
        # speckle noise
        pix = im.load()
        for _ in range(int(W * H * noise / 40)):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            pix[x, yy] = rnd.choice((0, 60, 120, 255))
        im = im.filter(ImageFilter.GaussianBlur(0.45))
        final.append(im)
    final[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=final[1:],
                  title="", author="", producer="scan2pdf", creator="MFP scanner",
                  creationDate=FIXED_DATE.timetuple(), modDate=FIXED_DATE.timetuple())


# ---------------------------------------------------------------- text PDF
def _widths_1252():
    f = ImageFont.truetype(str(SANS), 1000)
    w = []
    for b in range(32, 256):
        try:
            ch = bytes([b]).decode("cp1252")
            w.append(int(round(f.getlength(ch))))
        except UnicodeDecodeError:
            w.append(0)
    return w, f


def _pdf_str(s):
    raw = s.encode("cp1252")  # raises on a character outside WinAnsi
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def render_textpdf(blocks, out: Path, *, title="Courrier"):
    widths, fmeas = _widths_1252()
    fb = ImageFont.truetype(str(SANS_B), 1000)
    size, lead = 10, 14
    W, H, margin = 595, 842, 60
    tl = lambda s, f, sz: f.getlength(s) * sz / 1000

    def wrap(text, f, sz, width):
        words, lines, cur = text.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if tl(t, f, sz) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        return lines

    pages, ops, y = [], [], H - margin

    def emit(text, x, yy, font="F1", sz=size):
        ops.append(b"BT /" + font.encode() + b" %d Tf %.2f %.2f Td " % (sz, x, yy) + _pdf_str(text) + b" Tj ET")

    def brk():
        nonlocal ops, y
        pages.append(b"\n".join(ops))
        ops, y = [], H - margin

    for b in blocks:
        k = b[0]
        if k == "page":
            brk(); continue
        if k == "blank":
            y -= lead // 2; continue
        if k in ("title", "h", "p", "sign"):
            f, font, sz = (fb, "F2", 12) if k == "title" else (fb, "F2", size) if k == "h" else (fmeas, "F1", size)
            text = b[1]
            for line in wrap(text, f, sz, W - 2 * margin):
                if y < margin + lead:
                    brk()
                x = (W - tl(line, f, sz)) / 2 if k == "title" else (W - margin - 200 if k == "sign" else margin)
                emit(line, x, y, font, sz)
                y -= lead + (4 if k == "title" else 0)
            y -= 3
        elif k == "checks":
            line = b[1] + "  " + "   ".join(("[X] " if t else "[ ] ") + o for o, t in b[2])
            for l in wrap(line, fmeas, size, W - 2 * margin):
                if y < margin + lead:
                    brk()
                emit(l, margin, y); y -= lead
        elif k == "grid":
            rows = b[1]
            ncol = len(rows[0])
            fr = b[2] if len(b) > 2 else [1 / ncol] * ncol
            cw = [(W - 2 * margin) * w for w in fr]
            for ri, row in enumerate(rows):
                f, font = (fb, "F2") if ri == 0 else (fmeas, "F1")
                cells = [wrap(c, f, size, cw[i] - 6) for i, c in enumerate(row)]
                hrow = max(len(c) for c in cells) * lead + 4
                if y - hrow < margin:
                    brk()
                x = margin
                for i, lines in enumerate(cells):
                    ops.append(b"0.5 w %.2f %.2f %.2f %.2f re S" % (x, y - hrow + lead - 2, cw[i], hrow))
                    for j, l in enumerate(lines):
                        emit(l, x + 3, y - j * lead, font)
                    x += cw[i]
                y -= hrow
            y -= lead // 2
    pages.append(b"\n".join(ops))

    objs = []  # index i -> object i+1

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    def stream(data: bytes, extra=b"") -> bytes:
        c = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(c), extra) + c + b"\nendstream"

    fonts = []
    for path, name in ((SANS, b"DejaVuSans"), (SANS_B, b"DejaVuSans-Bold")):
        data = path.read_bytes()
        ff = add(stream(data, b"/Length1 %d" % len(data)))
        fm = ImageFont.truetype(str(path), 1000)
        wl = []
        for bb in range(32, 256):
            try:
                wl.append(int(round(fm.getlength(bytes([bb]).decode("cp1252")))))
            except UnicodeDecodeError:
                wl.append(0)
        fd = add(b"<< /Type /FontDescriptor /FontName /" + name + b" /Flags 32 /FontBBox [-1021 -463 1793 1232]"
                 b" /ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff)
        fo = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /" + name + b" /FirstChar 32 /LastChar 255 /Widths ["
                 + b" ".join(b"%d" % w for w in wl) + b"] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % fd)
        fonts.append(fo)
    pages_id = len(objs) + 1 + 2 * len(pages)  # reserved below
    kids = []
    for content in pages:
        c = add(stream(content))
        p = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
                b" /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (pages_id, c, fonts[0], fonts[1]))
        kids.append(p)
    assert add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)) == pages_id
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title " + _pdf_str(title) + b" /Producer (Logiciel courrier 4.2) /CreationDate (D:20260101000000Z) /ModDate (D:20260101000000Z) >>")
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(buf.tell())
        buf.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = buf.tell()
    buf.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        buf.write(b"%010d 00000 n \n" % o)
    buf.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref))
    out.write_bytes(buf.getvalue())


# ---------------------------------------------------------------- DOCX
def render_docx(blocks, out: Path, *, author="Secrétariat"):
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for b in blocks:
        k = b[0]
        if k == "title":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(14)
        elif k == "h":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif k in ("p", "sign"):
            doc.add_paragraph(b[1])
        elif k == "blank":
            doc.add_paragraph("")
        elif k == "page":
            doc.add_page_break()
        elif k == "checks":
            doc.add_paragraph(b[1] + " " + "  ".join(("☒ " if t else "☐ ") + o for o, t in b[2]))
        elif k == "grid":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    cp = doc.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = ""; cp.comments = ""
    cp.created = FIXED_DATE; cp.modified = FIXED_DATE; cp.last_printed = FIXED_DATE; cp.revision = 1
    tmp = io.BytesIO(); doc.save(tmp)
    zin = zipfile.ZipFile(io.BytesIO(tmp.getvalue()))
    outb = io.BytesIO()
    with zipfile.ZipFile(outb, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    out.write_bytes(outb.getvalue())
