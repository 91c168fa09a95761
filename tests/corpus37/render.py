"""Deterministic writers for corpus37: text PDF (embedded DejaVu Sans subset),
image-only PDF (Pillow), DOCX (python-docx, fixed core properties and zip
timestamps, optional content controls) and plain text.

Document model: a list of blocks
  ("title", text)            big bold line
  ("h", text)                section heading
  ("p", text)                free paragraph ("" = blank line)
  ("row", label, value)      form field (value None = left empty)
  ("check", label, [(option, ticked), ...], extra)   tick boxes
  ("page",)                  page break
"""
from __future__ import annotations

import io
import random
import time
import zipfile
from copy import deepcopy

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {"R": FONT_DIR + "DejaVuSans.ttf", "B": FONT_DIR + "DejaVuSans-Bold.ttf"}
PLACEHOLDER = "Cliquez ou appuyez ici pour entrer du texte."

# ---------------------------------------------------------------- metrics
_metrics = {}


def _font(key):
    if key not in _metrics:
        from fontTools.ttLib import TTFont
        f = TTFont(FONTS[key], recalcTimestamp=False, lazy=False)
        cmap = f.getBestCmap()
        hmtx = f["hmtx"]
        upm = f["head"].unitsPerEm
        _metrics[key] = (f, cmap, hmtx, upm)
    return _metrics[key]


def text_width(s, key, size):
    f, cmap, hmtx, upm = _font(key)
    w = 0
    for ch in s:
        g = cmap.get(ord(ch))
        w += hmtx[g][0] if g else upm // 2
    return w * size / upm


def wrap(s, key, size, width):
    out = []
    s = s.replace("[ ] ", "[\x00]\x00").replace("[X] ", "[X]\x00").replace("[ ]", "[\x00]")
    for para in s.split("\n"):
        words = [w.replace("\x00", " ") for w in para.split(" ")]
        line = ""
        for w in words:
            cand = w if not line else line + " " + w
            if text_width(cand, key, size) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def box(ticked, style):
    if style == "uni":
        return "☒" if ticked else "☐"
    return "[X]" if ticked else "[ ]"


def check_text(options, extra, style):
    s = "   ".join(f"{box(t, style)} {o}" for o, t in options)
    if extra:
        s += " – " + extra
    return s


# ---------------------------------------------------------------- layout
PAGE_W, PAGE_H = 595.28, 841.89


def layout(blocks, style="inline", boxes="ascii", header=None, footer=None):
    """Return pages: list of list of (x, y, text, fontkey, size)."""
    pages, cur = [], []
    left, right, top, bottom = 50, PAGE_W - 50, PAGE_H - 55, 60
    y = top

    def newpage():
        nonlocal cur, y
        pages.append(cur)
        cur = []
        y = top
        if header:
            cur.append((left, y, header, "R", 7.5))
            y -= 18

    if header:
        cur.append((left, y, header, "R", 7.5))
        y -= 18

    def emit(x, s, key, size, lead):
        nonlocal y
        if y < bottom:
            newpage()
        cur.append((x, y, s, key, size))
        y -= lead

    for b in blocks:
        kind = b[0]
        if kind == "page":
            newpage()
        elif kind == "title":
            for ln in wrap(b[1], "B", 13, right - left):
                emit(left, ln, "B", 13, 18)
            y -= 4
        elif kind == "h":
            y -= 5
            for ln in wrap(b[1], "B", 10.5, right - left):
                emit(left, ln, "B", 10.5, 15)
        elif kind == "p":
            if not b[1]:
                y -= 8
                continue
            for ln in wrap(b[1], "R", 9.5, right - left):
                emit(left, ln, "R", 9.5, 13)
        elif kind in ("row", "check"):
            label = b[1]
            if kind == "row":
                value = b[2] if b[2] is not None else ""
            else:
                value = check_text(b[2], b[3], boxes)
            if style == "inline":
                lines = wrap(f"{label} : {value}", "R", 9.5, right - left)
                for i, ln in enumerate(lines):
                    emit(left + (0 if i == 0 else 12), ln, "R", 9.5, 13)
            else:  # two columns
                col = 205
                ll = wrap(label, "B", 9, col - left - 8)
                vl = wrap(value, "R", 9.5, right - col) if value else [""]
                n = max(len(ll), len(vl))
                for i in range(n):
                    if y < bottom:
                        newpage()
                    if i < len(ll):
                        cur.append((left, y, ll[i], "B", 9))
                    if i < len(vl) and vl[i]:
                        cur.append((col, y, vl[i], "R", 9.5))
                    y -= 13
                y -= 3
    if footer:
        cur.append((left, 35, footer, "R", 7))
    pages.append(cur)
    return pages


# ---------------------------------------------------------------- text PDF
def _pdfstr(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def write_text_pdf(path, pages, producer, creation, title):
    import logging
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    from fontTools import subset
    from fontTools.ttLib import TTFont
    used = {"R": set(), "B": set()}
    for pg in pages:
        for _, _, s, k, _ in pg:
            used[k].update(s)
    objs = []  # index+1 = object number

    def add(data):
        objs.append(data)
        return len(objs)

    font_refs = {}
    for k in ("R", "B"):
        if not used[k]:
            continue
        f, cmap, hmtx, upm = _font(k)
        chars = sorted(used[k] | {" "})
        glyph_ids = {}
        for ch in chars:
            gname = cmap.get(ord(ch))
            if gname is None:
                raise SystemExit(f"glyph missing for {ch!r}")
            glyph_ids[ch] = f.getGlyphID(gname)
        font = TTFont(FONTS[k], recalcTimestamp=False)
        opts = subset.Options()
        opts.retain_gids = True
        opts.notdef_outline = True
        opts.name_IDs = ["*"]
        opts.layout_features = []
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=[ord(c) for c in chars])
        sub.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        fdata = buf.getvalue()
        ff = add(b"<< /Length %d /Length1 %d >>\nstream\n" % (len(fdata), len(fdata)) + fdata + b"\nendstream")
        base = "AAAAA" + k + "+DejaVuSans" + ("-Bold" if k == "B" else "")
        desc = add((f"<< /Type /FontDescriptor /FontName /{base} /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                    f"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 {ff} 0 R >>").encode())
        warr = " ".join(f"{glyph_ids[c]} [{round(hmtx[cmap[ord(c)]][0] * 1000 / upm)}]"
                        for c in sorted(chars, key=lambda c: glyph_ids[c]))
        cid = add((f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} "
                   f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                   f"/FontDescriptor {desc} 0 R /W [{warr}] /CIDToGIDMap /Identity >>").encode())
        entries = sorted((glyph_ids[c], ord(c)) for c in chars)
        cm = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
              "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
              "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
              "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
        for i in range(0, len(entries), 100):
            chunk = entries[i:i + 100]
            cm.append(f"{len(chunk)} beginbfchar")
            cm += [f"<{g:04X}> <{u:04X}>" for g, u in chunk]
            cm.append("endbfchar")
        cm += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        cmb = "\n".join(cm).encode()
        tu = add(b"<< /Length %d >>\nstream\n" % len(cmb) + cmb + b"\nendstream")
        f0 = add((f"<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H "
                  f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu} 0 R >>").encode())
        font_refs[k] = (f0, glyph_ids)
    res = "<< /Font << " + " ".join(f"/F{k} {v[0]} 0 R" for k, v in font_refs.items()) + " >> >>"
    pages_num = len(objs) + 2 * len(pages) + 1
    page_nums = []
    for pg in pages:
        ops = []
        for x, y, s, k, size in pg:
            gids = font_refs[k][1]
            hexs = "".join(f"{gids[c]:04X}" for c in s)
            ops.append(f"BT /F{k} {size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{hexs}> Tj ET")
        data = "\n".join(ops).encode()
        c = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        p = add((f"<< /Type /Page /Parent {pages_num} 0 R /MediaBox [0 0 595.28 841.89] "
                 f"/Resources {res} /Contents {c} 0 R >>").encode())
        page_nums.append(p)
    assert add(("<< /Type /Pages /Kids [" + " ".join(f"{p} 0 R" for p in page_nums)
                + f"] /Count {len(page_nums)} >>").encode()) == pages_num
    cat = add(f"<< /Type /Catalog /Pages {pages_num} 0 R >>".encode())
    info = add(f"<< /Producer {_pdfstr(producer)} /Creator {_pdfstr(producer)} /Title {_pdfstr(title)} "
               f"/CreationDate (D:{creation}) /ModDate (D:{creation}) >>".encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# ---------------------------------------------------------------- image PDF
def write_image_pdf(path, pages, seed, producer, creation_struct, title):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rng = random.Random(seed)
    dpi = 150
    sc = dpi / 72
    W, H = int(PAGE_W * sc), int(PAGE_H * sc)
    ims = []
    fonts = {}
    for pg in pages:
        im = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(im)
        for x, y, s, k, size in pg:
            key = (k, size)
            if key not in fonts:
                fonts[key] = ImageFont.truetype(FONTS[k], int(round(size * sc)))
            d.text((x * sc + rng.randint(-1, 1), (PAGE_H - y - size) * sc), s, fill=rng.randint(15, 45), font=fonts[key])
        for _ in range(1800):
            px, py = rng.randrange(W), rng.randrange(H)
            im.putpixel((px, py), rng.randint(120, 200))
        im = im.rotate(0.5 if seed % 2 else -0.4, resample=Image.BICUBIC, fillcolor=248)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        ims.append(im.convert("RGB"))
    ims[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=ims[1:],
                title=title, producer=producer, creator=producer,
                creationDate=creation_struct, modDate=creation_struct)


# ---------------------------------------------------------------- DOCX
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"


def _w(tag):
    return f"{{{W_NS}}}{tag}"


def _sdt(text, alias, tag, placeholder=False, checkbox=None):
    from lxml import etree
    nsmap = {"w": W_NS, "w14": W14_NS}
    sdt = etree.Element(_w("sdt"), nsmap=nsmap)
    pr = etree.SubElement(sdt, _w("sdtPr"))
    etree.SubElement(pr, _w("alias")).set(_w("val"), alias)
    etree.SubElement(pr, _w("tag")).set(_w("val"), tag)
    if placeholder:
        etree.SubElement(pr, _w("showingPlcHdr"))
    if checkbox is not None:
        cb = etree.SubElement(pr, f"{{{W14_NS}}}checkbox")
        etree.SubElement(cb, f"{{{W14_NS}}}checked").set(f"{{{W14_NS}}}val", "1" if checkbox else "0")
        etree.SubElement(cb, f"{{{W14_NS}}}checkedState").set(f"{{{W14_NS}}}val", "2612")
        etree.SubElement(cb, f"{{{W14_NS}}}uncheckedState").set(f"{{{W14_NS}}}val", "2610")
    else:
        etree.SubElement(pr, _w("text"))
    content = etree.SubElement(sdt, _w("sdtContent"))
    r = etree.SubElement(content, _w("r"))
    if placeholder:
        rpr = etree.SubElement(r, _w("rPr"))
        etree.SubElement(rpr, _w("color")).set(_w("val"), "808080")
    t = etree.SubElement(r, _w("t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return sdt


def write_docx(path, blocks, boxes="uni", sdt=False, meta=None, date_tuple=(2026, 1, 1, 9, 0, 0)):
    import datetime
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    table = None
    counter = [0]

    def new_tag(prefix):
        counter[0] += 1
        return f"{prefix}{counter[0]:02d}"

    for b in blocks:
        kind = b[0]
        if kind not in ("row", "check"):
            table = None
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(11)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "page":
            d.add_page_break()
        else:
            if table is None:
                table = d.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            cells = table.add_row().cells
            cells[0].text = b[1]
            cells[0].paragraphs[0].runs[0].bold = True
            para = cells[1].paragraphs[0]
            if kind == "row":
                if sdt:
                    val = b[2]
                    para._p.append(_sdt(val if val else PLACEHOLDER, b[1][:30], new_tag("txt"), placeholder=not val))
                else:
                    para.add_run(b[2] or "")
            else:
                if sdt:
                    for i, (opt, t) in enumerate(b[2]):
                        para._p.append(_sdt("☒" if t else "☐", opt, new_tag("chk"), checkbox=t))
                        para.add_run(f" {opt}" + ("   " if i < len(b[2]) - 1 else ""))
                    if b[3]:
                        para.add_run("   ")
                        para._p.append(_sdt(b[3], "Précisions", new_tag("txt")))
                else:
                    para.add_run(check_text(b[2], b[3], boxes))
    cp = d.core_properties
    meta = meta or {}
    dt = datetime.datetime(*date_tuple)
    cp.author = meta.get("author", "secretariat")
    cp.last_modified_by = meta.get("author", "secretariat")
    cp.title = meta.get("title", "Fiche RCP")
    cp.created = dt
    cp.modified = dt
    cp.last_printed = dt
    cp.revision = 2
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=date_tuple)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# ---------------------------------------------------------------- text
def blocks_to_text(blocks, boxes="ascii"):
    lines = []
    for b in blocks:
        if b[0] in ("title", "h"):
            lines.append(b[1])
        elif b[0] == "p":
            lines.append(b[1])
        elif b[0] == "row":
            lines.append(f"{b[1]} : {b[2] or ''}".rstrip())
        elif b[0] == "check":
            lines.append(f"{b[1]} : {check_text(b[2], b[3], boxes)}")
        elif b[0] == "page":
            lines.append("")
    return "\n".join(lines) + "\n"
