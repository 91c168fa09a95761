"""Deterministic writers for corpus54: text PDF (embedded DejaVu Sans), DOCX, TXT.

Content model: a list of blocks
  ("h", text)              bold heading line
  ("p", text)              paragraph (wrapped)
  ("t", rows, widths)      table; rows = list of lists of cell strings; widths = fractions
  ("sp",)                  blank line
  ("pb",)                  page break
"""
from __future__ import annotations

import io
import zipfile
import datetime as _dt
from fontTools import subset
from fontTools.ttLib import TTFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
PAGE_W, PAGE_H = 595.0, 842.0
MARGIN = 56.0
FS = 9.6
LH = 12.6


class _Font:
    def __init__(self, filename: str, chars: set[str], tag: str):
        font = TTFont(FONT_DIR + filename, recalcTimestamp=False)
        opts = subset.Options()
        opts.name_IDs = ["*"]
        opts.notdef_outline = True
        opts.recalc_timestamp = False
        opts.drop_tables = ["DSIG", "FFTM"]
        sub = subset.Subsetter(opts)
        sub.populate(text="".join(sorted(chars)))
        sub.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        self.data = buf.getvalue()
        self.tag = tag
        self.base = f"{tag}+{filename.rsplit('.', 1)[0]}"
        upm = font["head"].unitsPerEm
        cmap = font.getBestCmap()
        hmtx = font["hmtx"]
        self.gid: dict[str, int] = {}
        self.width: dict[str, float] = {}
        for cp, name in cmap.items():
            ch = chr(cp)
            self.gid[ch] = font.getGlyphID(name)
            self.width[ch] = hmtx[name][0] * 1000.0 / upm
        self.bbox = [int(v * 1000 / upm) for v in (font["head"].xMin, font["head"].yMin, font["head"].xMax, font["head"].yMax)]
        self.ascent = int(font["hhea"].ascent * 1000 / upm)
        self.descent = int(font["hhea"].descent * 1000 / upm)

    def w(self, s: str, size: float) -> float:
        return sum(self.width.get(c, 600.0) for c in s) * size / 1000.0

    def hex(self, s: str) -> str:
        return "".join(f"{self.gid.get(c, 0):04X}" for c in s)


def _wrap(font: _Font, text: str, size: float, width: float) -> list[str]:
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for wd in words:
            cand = wd if not line else line + " " + wd
            if font.w(cand, size) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = wd
        out.append(line)
    return out


def _esc_pdf_str(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(path, blocks, title: str, author: str, chars_all: set[str],
              created: str = "D:20250301090000+01'00'"):
    reg = _Font("DejaVuSans.ttf", chars_all, "AAAAAA")
    bold = _Font("DejaVuSans-Bold.ttf", chars_all, "AAAAAB")
    pages: list[list[str]] = [[]]
    y = PAGE_H - MARGIN
    used = {"F1": set(), "F2": set()}

    def newpage():
        nonlocal y
        pages.append([])
        y = PAGE_H - MARGIN

    def text_at(x, yy, s, f, key, size=FS):
        used[key].update(s)
        pages[-1].append(f"BT /{key} {size:.1f} Tf {x:.2f} {yy:.2f} Td <{f.hex(s)}> Tj ET")

    usable = PAGE_W - 2 * MARGIN
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            newpage()
            continue
        if kind == "sp":
            y -= LH * 0.6
            continue
        if kind in ("h", "p"):
            f, key = (bold, "F2") if kind == "h" else (reg, "F1")
            lines = _wrap(f, b[1], FS, usable)
            if kind == "h":
                y -= LH * 0.4
            for ln in lines:
                if y < MARGIN + LH:
                    newpage()
                y -= LH
                text_at(MARGIN, y, ln, f, key)
            continue
        if kind == "t":
            rows, widths = b[1], b[2]
            colw = [usable * fr for fr in widths]
            for ri, row in enumerate(rows):
                cells = [_wrap(reg, c, FS, cw - 6) for c, cw in zip(row, colw)]
                h = max(len(c) for c in cells) * LH + 5
                if y - h < MARGIN:
                    newpage()
                top = y
                x = MARGIN
                for ci, (cl, cw) in enumerate(zip(cells, colw)):
                    pages[-1].append(f"0.5 w {x:.2f} {top - h:.2f} {cw:.2f} {h:.2f} re S")
                    yy = top - 2
                    for ln in cl:
                        yy -= LH
                        text_at(x + 3, yy + 2, ln, reg, "F1")
                    x += cw
                y = top - h
            y -= 4
            continue
        raise ValueError(kind)

    objs: list[bytes] = []

    def add(data: bytes) -> int:
        objs.append(data)
        return len(objs)

    def font_objs(f: _Font, chars: set[str]) -> int:
        ff = add(b"<< /Length %d /Length1 %d >>\nstream\n" % (len(f.data), len(f.data)) + f.data + b"\nendstream")
        desc = add((f"<< /Type /FontDescriptor /FontName /{f.base} /Flags 32 /FontBBox [{' '.join(map(str, f.bbox))}] "
                    f"/ItalicAngle 0 /Ascent {f.ascent} /Descent {f.descent} /CapHeight {f.ascent} /StemV 80 /FontFile2 {ff} 0 R >>").encode())
        gl = sorted({(f.gid[c], c) for c in chars if c in f.gid})
        wparts = " ".join(f"{g} [{f.width[c]:.0f}]" for g, c in gl)
        cid = add((f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{f.base} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                   f"/FontDescriptor {desc} 0 R /DW 600 /W [{wparts}] /CIDToGIDMap /Identity >>").encode())
        lines = []
        for i in range(0, len(gl), 100):
            chunk = gl[i:i + 100]
            lines.append(f"{len(chunk)} beginbfchar")
            for g, c in chunk:
                lines.append(f"<{g:04X}> <{ord(c):04X}>")
            lines.append("endbfchar")
        cm = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
              "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
              + "\n".join(lines) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").encode()
        tu = add(b"<< /Length %d >>\nstream\n" % len(cm) + cm + b"\nendstream")
        return add((f"<< /Type /Font /Subtype /Type0 /BaseFont /{f.base} /Encoding /Identity-H "
                    f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu} 0 R >>").encode())

    f1 = font_objs(reg, used["F1"] | {" "})
    f2 = font_objs(bold, used["F2"] | {" "})
    pages_id = len(objs) + 1
    objs.append(b"")  # placeholder for Pages
    kids = []
    for content in pages:
        data = "\n".join(content).encode("ascii")
        c = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        p = add((f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {PAGE_W:.0f} {PAGE_H:.0f}] "
                 f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {c} 0 R >>").encode())
        kids.append(p)
    objs[pages_id - 1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    cat = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    info = add((f"<< /Title ({_esc_pdf_str(title)}) /Author ({_esc_pdf_str(author)}) /Producer (corpus54 make_letters) "
                f"/Creator (Traitement de texte) /CreationDate ({created}) /ModDate ({created}) >>").encode("latin-1"))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
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


def write_docx(path, blocks, title: str, author: str, when: _dt.datetime):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif kind == "p":
            lines = b[1].split("\n")
            p = d.add_paragraph()
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                if i < len(lines) - 1:
                    r.add_break()
        elif kind == "sp":
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
        elif kind == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def blocks_to_text(blocks) -> str:
    out = []
    for b in blocks:
        if b[0] in ("h", "p"):
            out.append(b[1])
        elif b[0] == "sp":
            out.append("")
        elif b[0] == "pb":
            out.append("")
        elif b[0] == "t":
            for row in b[1]:
                out.append(" | ".join(c for c in row))
    return "\n".join(out) + "\n"
