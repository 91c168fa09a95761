#!/usr/bin/env python3
"""Blind corpus 27: French-speaking referral letters from outside the big French
university hospitals (Belgium, Switzerland, Québec, overseas departments,
private clinics), with unusual layouts (DOCX tables, content controls, text
boxes; two-column and sidebar PDFs with letterhead and footer on each page).

Run from /work/main:  .venv/bin/python tests/corpus27/make_letters.py

Holds every letter and its gold record, derives the gaps with one function
implementing the spec's gap rule, checks every gold against the contract
(exits with "CONTRACT VIOLATION: ..." on failure), then writes letters/ and
gold/ byte-identically on every run.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# --------------------------------------------------------------------------
# contract
# --------------------------------------------------------------------------
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": ALL5,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": ALL5,
    "boneTargetedTherapy": ALL5,
    "anticoagulation": ALL5,
    "antiplatelets": ALL5,
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder",
         "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
               "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
               "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
              "PD-L1", "ER", "PR", "PSA"}
BIO_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
                 "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def fail(msg: str) -> None:
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc() -> dict[str, list[str]]:
    """code -> names (dci_fr, inn_en, brands) usable to find the drug in a letter."""
    ref = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        code, dci, inn, _group = cols[:4]
        brands = cols[4].split(",") if len(cols) > 4 and cols[4] else []
        ref[code] = [dci, inn] + brands
    return ref


# Names used in these letters that the reference table does not list (Belgian,
# Swiss, Québec brands, local spellings). Only used by the sanity check that
# every gold code is named somewhere in its letter.
EXTRA_NAMES = {
    "A02BC02": ["Pantomed", "Pantozol"],
    "A12AX": ["Calcimagon D3", "Steovit D3"],
    "A11CC05": ["D-Cure"],
    "B01AB05": ["Clexane"],
    "B01AA03": ["Coumadin"],
    "N02BE01": ["Tylenol", "Dafalgan forte"],
    "N02AA03": ["Hydromorph Contin", "Dilaudid"],
    "H02AB02": ["Décadron"],
    "H03AA01": ["Synthroid"],
    "C10AA05": ["Lipitor"],
    "C03CA01": ["Lasix"],
    "B01AB04": ["Fragmin"],
    "B01AC06": ["AAS", "Aspirine cardio", "Asaflow"],
    "N02AA01": ["Skenan LP"],
}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to a gold record."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in kinds:
            gaps.append([item, kinds[st]])
            continue
        if st != "present":
            continue
        if item == "pain" and not sec["types"]:
            gaps.append([item, "incomplete"])
        elif item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"]:
            gaps.append([item, "incomplete"])
        elif item == "boneDiagnosis" and not sec["dated"]:
            gaps.append([item, "incomplete"])
        elif item == "primaryTumor" and not sec["histology"]:
            gaps.append([item, "incomplete"])
        elif item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None:
            gaps.append([item, "incomplete"])
    return gaps


def check(letter: dict, gold: dict, text: str, ref: dict) -> None:
    lid = gold["id"]

    def v(cond, msg):
        if not cond:
            fail(f"{lid}: {msg}")

    ntext = norm(text)
    # patient
    p = gold["patient"]
    v(p["sex"] in ("F", "M"), "sex")
    v(isinstance(p["age"], int) and 18 <= p["age"] <= 110, "age range")
    ldate = letter["date"]
    if letter.get("birth"):
        v(age_at(letter["birth"], ldate) == p["age"], f"age {p['age']} != computed {age_at(letter['birth'], ldate)}")
        v(letter["birth_text"] in text, "birth date text not in letter")
    else:
        v(f"{p['age']} ans" in text, "written age not in letter")
    v(letter["date_text"] in text, "letter date text not in letter")
    # statuses
    for item, allowed in ALLOWED.items():
        v(item in gold, f"missing item {item}")
        v(gold[item]["status"] in allowed, f"{item} status {gold[item]['status']} not allowed")
    pt = gold["primaryTumor"]
    v(pt["site"] in SITES | {None}, "site code")
    v(pt["histology"] in HISTOLOGIES | {None}, "histology code")
    for k, r in pt["biomarkers"].items():
        v(k in BIOMARKERS and r in BIO_RESULTS, f"biomarker {k}={r}")
    if pt["status"] == "unknown":
        v(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], "unknown tumour with values")
    else:
        v(pt["site"] is not None, "tumour without site")
    bd = gold["boneDiagnosis"]
    v(all(c in CIRCUMSTANCES for c in bd["circumstances"]), "circumstance code")
    v(isinstance(bd["dated"], bool), "dated bool")
    if bd["status"] == "unknown":
        v(not bd["circumstances"] and not bd["dated"], "unknown bone diagnosis with values")
    else:
        v(bd["circumstances"], "present bone diagnosis without circumstance")
    pa = gold["pain"]
    v(all(t in PAIN_TYPES for t in pa["types"]), "pain type code")
    v(pa["intensity"] is None or (isinstance(pa["intensity"], int) and 0 <= pa["intensity"] <= 10), "intensity")
    if pa["status"] in ("absent", "unknown"):
        v(not pa["types"], "absent/unknown pain with types")
        v(pa["intensity"] in (None, 0), "absent/unknown pain with intensity")
    pl = gold["priorLocalTreatments"]
    v(all(t in LOCAL_TYPES for t in pl["types"]), "local treatment type")
    if pl["status"] == "present":
        v(pl["types"], "present local treatment without type")
    if pl["status"] in ("absent", "unknown"):
        v(not pl["types"], "absent/unknown local treatment with types")
    meds = gold["currentMedications"]
    v(meds["atc"] == sorted(set(meds["atc"])), "meds atc not sorted/unique")
    for c in meds["atc"]:
        v(c in ref, f"meds code {c} not in atc-reference.tsv")
    if meds["status"] in ("absent", "unknown"):
        v(not meds["atc"], "absent/unknown meds with codes")
    for name, prefixes in AGENT_PREFIXES.items():
        sec = gold[name]
        v(sec["atc"] == sorted(set(sec["atc"])), f"{name} atc not sorted/unique")
        for c in sec["atc"]:
            v(c in ref, f"{name} code {c} not in atc-reference.tsv")
            v(c.startswith(prefixes), f"{name} code {c} outside its ATC group")
        if sec["status"] in ("absent", "unknown"):
            v(not sec["atc"], f"{name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            for c in sec["atc"]:
                v(c in meds["atc"], f"{name} agent {c} missing from currentMedications")
        if sec["status"] == "uncertain":
            for c in sec["atc"]:
                v(c not in meds["atc"], f"{name} doubtful agent {c} must not be a current medication")
        # every current drug of the group must be in its section
        for c in meds["atc"]:
            if c.startswith(prefixes):
                v(sec["status"] in ("present", "conflicting") and c in sec["atc"],
                  f"current {c} not in {name} agents")
    if meds["atc"]:
        v(meds["status"] == "present", "meds codes but status not present")
    pr = gold["prognosis"]
    v(not ("ecog" in pr and "kps" in pr and pr["ecog"] is not None and pr["kps"] is not None), "ecog and kps both")
    if pr.get("ecog") is not None:
        v(pr["ecog"] in range(0, 5), "ecog range")
    if pr.get("kps") is not None:
        v(pr["kps"] in range(0, 101, 10), "kps range")
    if pr["status"] == "unknown":
        v(pr.get("ecog") is None and pr.get("kps") is None, "unknown prognosis with value")
    tp = gold["therapeuticProject"]
    v(tp["intent"] in INTENTS | {None}, "intent code")
    if tp["status"] == "unknown":
        v(tp["intent"] is None, "unknown project with intent")
    # gaps
    v(gold["gaps"] == derive_gaps(gold), "gaps differ from the gap rule")
    # every gold code must be named in the letter
    for c in set(meds["atc"]) | {c for n in AGENT_PREFIXES for c in gold[n]["atc"]}:
        names = ref[c] + EXTRA_NAMES.get(c, [])
        v(any(norm(n) in ntext for n in names if n), f"code {c} not named in the letter")
    # the structure
    keys = ["id", "patient"] + list(ALLOWED) + ["gaps"]
    v(list(gold) == keys, f"keys order {list(gold)}")


def G(lid, sex, age, tumor, bone, pain, meds, local, bta, antico, antiplt, prog, project):
    """Build a gold record; gaps are derived."""
    def agent(sec):
        st, atc = sec
        return {"status": st, "atc": sorted(atc)}
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": tumor[0], "site": tumor[1], "histology": tumor[2], "biomarkers": tumor[3]},
        "boneDiagnosis": {"status": bone[0], "circumstances": sorted(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": agent(bta),
        "anticoagulation": agent(antico),
        "antiplatelets": agent(antiplt),
        "prognosis": dict([("status", prog[0])] + ([(prog[1], prog[2])] if prog[1] else [("ecog", None)])),
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }
    g["gaps"] = derive_gaps(g)
    return g


# --------------------------------------------------------------------------
# writers: text PDF (embedded DejaVu Sans, WinAnsi), DOCX (raw WordprocessingML)
# --------------------------------------------------------------------------
_WIDTHS = None


def widths():
    global _WIDTHS
    if _WIDTHS is None:
        from PIL import ImageFont
        f = ImageFont.truetype(str(FONT), 1000)
        _WIDTHS = {}
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
            except UnicodeDecodeError:
                _WIDTHS[code] = 0
                continue
            _WIDTHS[code] = int(round(f.getlength(ch)))
    return _WIDTHS


def text_width(s: str, size: float) -> float:
    w = widths()
    return sum(w[b] for b in s.encode("cp1252")) * size / 1000


def wrap(s: str, size: float, maxw: float) -> list[str]:
    out = []
    for para in s.split("\n"):
        words = para.split(" ")
        line = ""
        for wd in words:
            cand = wd if not line else line + " " + wd
            if text_width(cand, size) <= maxw or not line:
                line = cand
            else:
                out.append(line)
                line = wd
        out.append(line)
    return out


def pdf_escape(s: str) -> bytes:
    b = s.encode("cp1252")  # raises on anything outside WinAnsi: keeps letters honest
    out = bytearray()
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([ch])
        elif ch < 32 or ch > 126:
            out += b"\\%03o" % ch
        else:
            out.append(ch)
    return bytes(out)


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, size=10, bold=False):
        self.ops.append((x, y, s, size, bold))

    def block(self, x, y, s, size=10, width=480, lead=None, bold=False):
        lead = lead or size * 1.35
        for line in wrap(s, size, width):
            self.text(x, y, line, size, bold)
            y -= lead
        return y

    def rule(self, x1, y1, x2, y2):
        self.ops.append(("line", x1, y1, x2, y2))

    def stream(self) -> bytes:
        parts = []
        for op in self.ops:
            if op[0] == "line":
                _, x1, y1, x2, y2 = op
                parts.append(b"0.5 w %.1f %.1f m %.1f %.1f l S" % (x1, y1, x2, y2))
                continue
            x, y, s, size, bold = op
            mode = b"2 Tr 0.3 w " if bold else b"0 Tr "
            parts.append(b"BT /F1 %.1f Tf " % size + mode + b"%.1f %.1f Td (" % (x, y) + pdf_escape(s) + b") Tj ET")
        return b"\n".join(parts)


def write_pdf(path: Path, pages: list[Page], title: str) -> None:
    font_data = FONT.read_bytes()
    w = widths()
    objs = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    def stream_obj(data: bytes, extra: bytes = b"") -> bytes:
        comp = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(comp), extra) + comp + b"\nendstream"

    catalog = add(b"")
    pages_id = add(b"")
    ff = add(stream_obj(font_data, b" /Length1 %d" % len(font_data)))
    desc = add(b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff)
    wlist = b" ".join(str(w[c]).encode() for c in range(32, 256))
    font = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + wlist + b"] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % desc)
    kids = []
    for pg in pages:
        c = add(stream_obj(pg.stream()))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, font, c)))
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    info = add(b"<< /Producer (corpus27 make_letters) /Creator (corpus27) /Title (" + pdf_escape(title) +
               b") /CreationDate (D:20251001120000+02'00') /ModDate (D:20251001120000+02'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info, xref)
    path.write_bytes(bytes(out))


def page_text(pages: list[Page]) -> str:
    return "\n".join(op[2] for pg in pages for op in pg.ops if op[0] != "line")


# ---- DOCX -----------------------------------------------------------------
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'mc:Ignorable="wps"')


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def run(s: str, bold=False, italic=False, size=None, color=None) -> str:
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{size}"/>'
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    parts = s.split("\t")
    inner = '<w:tab/>'.join(f'<w:t xml:space="preserve">{esc(x)}</w:t>' for x in parts)
    return f"<w:r>{rpr}{inner}</w:r>"


def para(*runs, style=None, align=None) -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    body = "".join(r if r.startswith("<") else run(r) for r in runs)
    return f"<w:p>{ppr}{body}</w:p>"


def P(s: str, bold=False, **kw) -> str:
    return para(run(s, bold=bold), **kw)


def cell(content, width=4500, span=None, shade=None) -> str:
    if isinstance(content, str):
        content = P(content) if not content.startswith("<w:") else content
    elif isinstance(content, list):
        content = "".join(c if c.startswith("<w:") else P(c) for c in content)
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if shade:
        tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{content}</w:tc>"


def table(rows: list[list[str]], grid: list[int]) -> str:
    g = "".join(f'<w:gridCol w:w="{x}"/>' for x in grid)
    borders = ('<w:tblBorders>' + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
               for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')
    body = "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{borders}</w:tblPr><w:tblGrid>{g}</w:tblGrid>{body}</w:tbl>'


def sdt_run(tag: str, value: str | None, placeholder: str = "Cliquez ou appuyez ici pour entrer du texte.") -> str:
    """Inline content control; value None leaves the placeholder showing."""
    ph = "<w:showingPlcHdr/>" if value is None else ""
    txt = run(placeholder, color="808080") if value is None else run(value)
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(tag)}"/><w:tag w:val="{esc(tag)}"/>'
            f'<w:id w:val="{abs(hash_id(tag))}"/>{ph}<w:text/></w:sdtPr><w:sdtContent>{txt}</w:sdtContent></w:sdt>')


def sdt_block(tag: str, paragraphs: list[str]) -> str:
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(tag)}"/><w:tag w:val="{esc(tag)}"/>'
            f'<w:id w:val="{abs(hash_id(tag))}"/></w:sdtPr><w:sdtContent>{"".join(paragraphs)}</w:sdtContent></w:sdt>')


def hash_id(s: str) -> int:
    return zlib.crc32(s.encode("utf-8")) % 2000000000


_SHAPE = [0]


def textbox(paragraphs: list[str], x_mm=0, y_mm=0, w_mm=80, h_mm=40) -> str:
    """A floating text box, as Word writes it: DrawingML with a VML fallback (same text twice)."""
    _SHAPE[0] += 1
    n = _SHAPE[0]
    emu = 36000
    inner = "".join(paragraphs)
    choice = (f'<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
              f'simplePos="0" relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
              f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{x_mm*emu}</wp:posOffset></wp:positionH>'
              f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y_mm*emu}</wp:posOffset></wp:positionV>'
              f'<wp:extent cx="{w_mm*emu}" cy="{h_mm*emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
              f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{n}" name="Zone de texte {n}"/><wp:cNvGraphicFramePr/>'
              f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w_mm*emu}" cy="{h_mm*emu}"/></a:xfrm>'
              f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
              f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square"/>'
              f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>')
    fallback = (f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                f'xmlns:o="urn:schemas-microsoft-com:office:office" path="m,l,21600r21600,l21600,xe"/>'
                f'<v:shape id="Zone de texte {n}" type="#_x0000_t202" style="position:absolute;width:{w_mm}mm;height:{h_mm}mm">'
                f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>')
    return f"<w:p><w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r></w:p>"


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="21"/>'
          '<w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
          '<w:style w:type="table" w:default="1" w:styleId="TableauNormal"><w:name w:val="Normal Table"/></w:style>'
          '</w:styles>')


def write_docx(path: Path, body: str, title: str, author: str, header: str | None = None,
               footer: str | None = None) -> None:
    rels_doc = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    sect = ""
    ct_extra = ""
    files = {}
    if header:
        rels_doc.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        files["word/header1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>{header}</w:hdr>'
        sect += '<w:headerReference w:type="default" r:id="rId2"/>'
        ct_extra += '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    if footer:
        rels_doc.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        files["word/footer1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W_NS}>{footer}</w:ftr>'
        sect += '<w:footerReference w:type="default" r:id="rId3"/>'
        ct_extra += '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    sect = (f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
            f'w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    files = {
        "[Content_Types].xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                '<Default Extension="xml" ContentType="application/xml"/>'
                                '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                                '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                                '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                                '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                                f'{ct_extra}</Types>'),
        "_rels/.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                        '</Relationships>'),
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{body}{sect}</w:body></w:document>',
        "word/_rels/document.xml.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                         + "".join(rels_doc) + '</Relationships>'),
        "word/styles.xml": STYLES,
        "docProps/core.xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                              '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                              'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                              f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(author)}</dc:creator>'
                              f'<cp:lastModifiedBy>{esc(author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>'
                              '<dcterms:created xsi:type="dcterms:W3CDTF">2025-10-01T10:00:00Z</dcterms:created>'
                              '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-01T10:00:00Z</dcterms:modified>'
                              '</cp:coreProperties>'),
        "docProps/app.xml": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                             '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                             '<Application>Microsoft Office Word</Application></Properties>'),
        **files,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files, key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 10, 1, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, files[name].encode("utf-8"))


def docx_text(xml: str) -> str:
    """Plain text of WordprocessingML (for the contract's sanity checks only)."""
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"<w:tab/>", "\t", xml)
    xml = re.sub(r"</w:tc>", " | ", xml)
    t = re.sub(r"<[^>]+>", "", xml)
    return t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


# --------------------------------------------------------------------------
# the letters
# --------------------------------------------------------------------------
D = dt.date
LETTERS: list[dict] = []


def letter(lid, ext, date, date_text, gold, build, birth=None, birth_text=None, note=""):
    LETTERS.append(dict(id=lid, ext=ext, date=date, date_text=date_text, gold=gold, build=build,
                        birth=birth, birth_text=birth_text, note=note))


# ---- za01: Belgian GP-side oncology letter, DOCX, clinical content in a key/value table
def build_za01(path):
    hdr = para(run("CLINIQUE SAINT-HADELIN — Site de Wanze-Hoyoux", bold=True)) + P("Service d'Oncologie médicale — Rue du Vieux-Moulin 41, 4520 Wanze — Tél. 085/27 61 40")
    ftr = P("Clinique Saint-Hadelin asbl — N° INAMI 7-10452-88-300 — Document confidentiel destiné au médecin destinataire")
    rows = [
        [cell("Patient", 2600, shade="D9E2F3"), cell("M. Jean-Pierre Lhoest, né le 14/03/1953 (72 ans), Rue des Fagnes 9, 4520 Wanze", 7000)],
        [cell("Médecin généraliste", 2600, shade="D9E2F3"), cell("Dr Francine Maréchal, Huy", 7000)],
        [cell("Mutuelle", 2600, shade="D9E2F3"), cell("Solidaris — n° d'affiliation 531-2208874-09", 7000)],
        [cell("Diagnostic", 2600, shade="D9E2F3"), cell(["Adénocarcinome prostatique, Gleason 4+4 = 8 (ISUP 4), biopsies de janvier 2025.",
                                                         "PSA au diagnostic : 87 ng/ml ; dernier PSA (22/09/2025) : 12,4 ng/ml."], 7000)],
        [cell("Atteinte osseuse", 2600, shade="D9E2F3"), cell(["Découverte au bilan d'extension (scintigraphie osseuse du 11/03/2025) : lésions condensantes multiples du rachis lombaire, du bassin et de la 6e côte gauche.",
                                                               "Pas de lésion viscérale au PET-PSMA."], 7000)],
        [cell("Douleur", 2600, shade="D9E2F3"), cell("Lombalgies basses d'horaire mécanique, aggravées à la marche et à la station debout prolongée, EVA 5/10. Pas de radiculalgie. Nuits correctes.", 7000)],
        [cell("Traitements antérieurs (os)", 2600, shade="D9E2F3"), cell("Aucune radiothérapie osseuse à ce jour. Pas de geste chirurgical.", 7000)],
        [cell("Traitement oncologique", 2600, shade="D9E2F3"), cell("Eligard 45 mg tous les 6 mois (dernière injection le 03/07/2025) + Xtandi 160 mg/j depuis avril 2025.", 7000)],
        [cell("Autres médicaments", 2600, shade="D9E2F3"), cell(["Dafalgan 1 g 3x/j", "Tramadol 50 mg 2x/j", "Asaflow 80 mg 1x/j (stent coronaire 2019)",
                                                                 "Pantomed 20 mg 1x/j", "Pas d'anticoagulant."], 7000)],
        [cell("Os / ostéoprotection", 2600, shade="D9E2F3"), cell("Prolia proposé, en attente de l'accord du médecin-conseil de la mutuelle et du bilan dentaire.", 7000)],
        [cell("État général", 2600, shade="D9E2F3"), cell("OMS 1 — vit avec son épouse, autonome, jardine encore un peu.", 7000)],
    ]
    body = (P("Wanze, le 02/10/2025", align="right")
            + P("Concerne : demande d'avis — Concertation oncologique multidisciplinaire (COM) « métastases osseuses »", bold=True)
            + P("Chère Consœur, Cher Confrère,")
            + P("Je vous adresse ce patient de septante-deux ans, que je suis pour un cancer prostatique métastatique osseux d'emblée, pour discussion en COM. Vous trouverez les éléments dans le tableau ci-dessous.")
            + table(rows, [2600, 7000])
            + P("")
            + P("Antécédents : cardiopathie ischémique (stent IVA 2019), HTA, hernie hiatale. Père décédé d'un cancer du poumon à septante ans. Tabac sevré depuis 1998.")
            + P("Projet : poursuite de l'hormonothérapie (Eligard + Xtandi), bonne réponse biologique.")
            + P("Question : une radiothérapie antalgique lombaire (L4-L5) vous semble-t-elle indiquée ?")
            + P("Bien confraternellement,")
            + P("Dr Olivier Stassart, oncologue — Clinique Saint-Hadelin"))
    write_docx(path, body, "COM métastases osseuses - Lhoest", "O. Stassart", header=hdr, footer=ftr)
    return docx_text(hdr + body + ftr)


letter("za01", "docx", D(2025, 10, 2), "02/10/2025",
       G("za01", "M", 72,
         ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
         ("present", ["staging_imaging"], True),
         ("present", ["mechanical"], 5),
         ("present", ["L02AE02", "L02BB04", "N02BE01", "N02AX02", "B01AC06", "A02BC02"]),
         ("absent", []),
         ("unknown", []),
         ("absent", []),
         ("present", ["B01AC06"]),
         ("present", "ecog", 1),
         ("present", None)),
       build_za01, birth=D(1953, 3, 14), birth_text="14/03/1953")


# ---- za02: Swiss hospital, text PDF in two columns, letterhead + footer
def build_za02(path):
    pg = Page()
    pg.text(50, 800, "Ensemble hospitalier de la Broye-Lavaux (EHBL)", 13, bold=True)
    pg.text(50, 784, "Service d'oncologie médicale — Site de Moudon-Sud", 9)
    pg.text(50, 772, "Ch. des Tilleuls 12 — 1510 Moudon — Tél. +41 21 905 44 10 — oncologie@ehbl-invent.ch", 8)
    pg.rule(50, 764, 545, 764)
    pg.text(330, 740, "Dresse méd. Sophie Rochat-Blanc", 9)
    pg.text(330, 728, "Centre de radio-oncologie du Léman-Est", 9)
    pg.text(330, 716, "Av. du Casino 3, 1820 Montreux", 9)
    pg.text(50, 700, "Moudon, le 12.09.2025", 9)
    pg.text(50, 682, "Concerne : Mme Christiane Bugnon, née le 03.11.1961 — demande de colloque « métastases osseuses »", 9, bold=True)
    left = [
        ("Diagnostic", True),
        ("Carcinome lobulaire invasif du sein gauche, pT2 pN1a (2/14) M0, diagnostiqué en 2017 ; RE 90 %, RP 10 %, HER2 négatif (score 1+). Tumorectomie, radiothérapie mammaire et létrozole jusqu'en 2022.", False),
        ("Récidive osseuse 2025", True),
        ("Fracture pathologique du col fémoral droit le 28.07.2025 (chute de sa hauteur). Prothèse totale de hanche le 30.07.2025 (Dr méd. P. Jaquier, orthopédie). Histologie : métastase d'un carcinome lobulaire, RE+, HER2 négatif. CT TAP et scintigraphie : autres lésions au bassin et en D9, sans atteinte viscérale.", False),
        ("Traitements locaux", True),
        ("Radiothérapie post-opératoire de la hanche droite 5 x 4 Gy, terminée le 02.09.2025.", False),
        ("Antécédents", True),
        ("Hypothyroïdie substituée. Mère décédée d'un cancer de l'ovaire à 58 ans. Pas d'allergie connue.", False),
    ]
    right = [
        ("Médication actuelle", True),
        ("Kisqali 600 mg/j 3 sem./4 (depuis le 18.08.2025)", False),
        ("Létrozole 2,5 mg/j (repris le 18.08.2025)", False),
        ("Xgeva 120 mg s.c. toutes les 4 semaines (1re dose le 25.08.2025)", False),
        ("Calcimagon D3 1 cp/j", False),
        ("Fragmin 5000 UI s.c. 1x/j, prophylaxie post-opératoire jusqu'au 15.09.2025", False),
        ("Dafalgan 1 g 3x/j", False),
        ("Levothyrox 75 µg/j", False),
        ("Clinique actuelle", True),
        ("Douleurs résiduelles de la hanche droite à la mise en charge, EVA 3/10, pas de douleur nocturne. Marche avec une canne. OMS 1.", False),
        ("Projet", True),
        ("Traitement palliatif de 1re ligne métastatique par létrozole + ribociclib.", False),
    ]
    y = 655
    for s, b in left:
        y = pg.block(50, y, s, 9, width=235, bold=b) - (2 if b else 6)
    y = 655
    for s, b in right:
        y = pg.block(310, y, s, 9, width=235, bold=b) - (2 if b else 6)
    pg.rule(297, 660, 297, 330)
    y = 300
    y = pg.block(50, y, "Question au colloque : faut-il irradier la lésion de D9 (asymptomatique, sans épidurite) en complément du traitement systémique ?", 9.5, width=495)
    y = pg.block(50, y - 8, "Avec mes meilleures salutations.", 9.5, width=495)
    pg.text(50, y - 20, "Dresse méd. Anne-Laure Vuilleumier, médecin adjointe, FMH oncologie médicale", 9)
    pg.rule(50, 60, 545, 60)
    pg.text(50, 48, "EHBL — Ensemble hospitalier de la Broye-Lavaux — Ce document contient des données médicales confidentielles — page 1/1", 7)
    write_pdf(path, [pg], "Colloque metastases osseuses - Bugnon")
    return page_text([pg])


letter("za02", "pdf", D(2025, 9, 12), "12.09.2025",
       G("za02", "F", 63,
         ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
         ("present", ["pathological_fracture"], True),
         ("present", ["mechanical"], 3),
         ("present", ["L01EF02", "L02BG04", "M05BX04", "A12AX", "B01AB04", "N02BE01", "H03AA01"]),
         ("present", ["surgery", "radiotherapy"]),
         ("present", ["M05BX04"]),
         ("present", ["B01AB04"]),
         ("unknown", []),
         ("present", "ecog", 1),
         ("present", "palliative")),
       build_za02, birth=D(1961, 11, 3), birth_text="03.11.1961")


# ---- za03: Québec, plain text e-mail style
ZA03 = """Centre hospitalier régional de Lanaudière-Nord
Clinique d'oncologie — 1420, boul. des Érables, Saint-Charles-de-Joliette (Québec)  J6E 4T2
Tél. : 450 759-8812  Téléc. : 450 759-8890

Le 9 septembre 2025

À : Comité des métastases osseuses (comité de thérapie du cancer)
Objet : M. Réjean Gagnon-Bellerose, 58 ans — NAM GAGR 6704 1215

Chers collègues,

Je vous réfère M. Gagnon-Bellerose, 58 ans, menuisier, pour discussion au comité.

Dx : adénocarcinome pulmonaire LSD stade IV (T2b N2 M1c), dx en juin 2025 par biopsie sous EBUS.
Biologie moléculaire : EGFR négatif, ALK négatif (IHC), ROS1 négatif. PD-L1 TPS 5 %.
Le TEP-scan de stadification (17 juin 2025) montrait des lésions osseuses hypermétaboliques à la hanche gauche (cotyle), en L2 et à l'omoplate droite.

ATCD : FA paroxystique, HTA, dyslipidémie. Ex-fumeur 35 paquets-années. Sa mère a eu un cancer du sein à 70 ans.

Douleur : hanche gauche, pire la nuit (le réveille 2-3 fois), 6/10 actuellement malgré l'analgésie. Pas de douleur irradiée.

Tx local : radiothérapie 8 Gy x 1 à la hanche gauche le 2 août 2025, bénéfice partiel.

Tx systémique : carboplatine-pémétrexed-pembrolizumab (Keytruda) aux 3 semaines, C1 le 7 juillet ; il a reçu 3 cycles, C4 prévu le 18 septembre.

Rx actuelle (liste de la pharmacie, 5 sept.) :
- Tylenol 500 mg 2 co QID
- Dilaudid (hydromorphone) 2 mg q4h PRN, en prend environ 4 par jour
- Eliquis 5 mg BID (FA) — remplace le Coumadin, cessé le 20 juillet
- Lipitor 20 mg die
- Coversyl 4 mg die
- Sennosides 2 co HS
- acide folique 1 mg die, B12 aux 9 semaines (pémétrexed)
L'AAS 80 mg a été cessé à l'introduction de l'Eliquis.

Pas de bisphosphonate ni de dénosumab pour l'instant ; on aimerait votre avis sur le Xgeva vu la fonction rénale limite (DFGe 52).

ECOG 1. Visée palliative.

Questions au comité :
1) Indication d'un traitement ostéoprotecteur (zolédronate vs dénosumab) ?
2) Risque fracturaire du cotyle gauche : avis orthopédique / cimentoplastie ?

Merci de votre aide.

Dre Marie-Ève Tremblay, M.D., FRCPC
Hémato-oncologie — CHR Lanaudière-Nord
"""


def build_za03(path):
    path.write_text(ZA03, encoding="utf-8")
    return ZA03


letter("za03", "txt", D(2025, 9, 9), "9 septembre 2025",
       G("za03", "M", 58,
         ("present", "lung", "adenocarcinoma", {"EGFR": "negative", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
         ("present", ["staging_imaging"], True),
         ("present", ["nocturnal"], 6),
         ("present", ["N02BE01", "N02AA03", "B01AF02", "C10AA05", "L01XA02", "L01BA04", "L01FF02"]),
         ("present", ["radiotherapy"]),
         ("absent", []),
         ("present", ["B01AF02"]),
         ("absent", []),
         ("present", "ecog", 1),
         ("present", "palliative")),
       build_za03)


# ---- za04: French private clinic, DOCX form built from content controls (w:sdt)
def build_za04(path):
    def field(label, tag, value):
        return para(run(label + " : ", bold=True), sdt_run(tag, value))
    body = (P("POLYCLINIQUE DU VAL-DE-SÈVRE", bold=True, align="center")
            + P("Pôle de cancérologie — 14 avenue des Peupliers, 79300 Bressuire-la-Forêt — 05 49 72 18 00", align="center")
            + P("FICHE DE PRÉSENTATION RCP — MÉTASTASES OSSEUSES", bold=True, align="center")
            + field("Date de la demande", "date_demande", "14/10/2025")
            + field("Médecin demandeur", "demandeur", "Dr Hervé Kerjean, neurochirurgien")
            + field("Patient(e)", "patient", "Mme Odette PASQUIER épouse RIVAULT")
            + field("Date de naissance", "ddn", "22/06/1948")
            + field("Sexe", "sexe", "F")
            + P("1. Tumeur primitive", style="Titre1")
            + sdt_block("primitif", [P("Carcinome rénal à cellules claires gauche, néphrectomie élargie en 2019 (pT3a N0, grade ISUP 3). Surveillance simple jusqu'en 2025.")])
            + P("2. Circonstances de découverte de l'atteinte osseuse", style="Titre1")
            + sdt_block("circonstances", [P("Admise le 19/08/2025 pour faiblesse des deux membres inférieurs d'installation rapide (Frankel C) révélant une compression médullaire sur métastase de D12 avec épidurite. IRM : autres lésions en L3 et sur l'aile iliaque droite.")])
            + P("3. Traitements locaux déjà réalisés", style="Titre1")
            + sdt_block("ttt_locaux", [P("Laminectomie D11-L1 décompressive + ostéosynthèse percutanée D10-L2 le 20/08/2025."),
                                        P("Radiothérapie D12 en cours : 30 Gy en 10 fractions, séance 6/10 ce jour.")])
            + P("4. Douleur", style="Titre1")
            + sdt_block("douleur", [P("Radiculalgie L1 gauche à type de brûlures, EVA 4/10 sous traitement. Récupération motrice partielle, marche avec déambulateur.")])
            + P("5. Traitements en cours", style="Titre1")
            + sdt_block("traitements", [P("Cabometyx 40 mg/j (suspendu pendant la période opératoire, repris le 06/10/2025)"),
                                         P("Lovenox 4000 UI/j s.c."),
                                         P("Lyrica 75 mg matin et soir"),
                                         P("Oxynorm 5 mg si douleur, 2 à 3 prises par jour"),
                                         P("Dectancyl 8 mg/j en décroissance"),
                                         P("Inexium 20 mg/j")])
            + field("Traitement anti-résorptif osseux", "antiresorptif", None)
            + field("Anticoagulant", "anticoag", "Oui — Lovenox préventif")
            + field("Antiagrégant plaquettaire", "antiagreg", "Non")
            + P("6. Pronostic", style="Titre1")
            + field("Indice de Karnofsky", "karnofsky", "60 %")
            + field("Intention du traitement", "intention", "Palliative")
            + P("7. Question posée à la RCP", style="Titre1")
            + sdt_block("question", [P("Suite de la prise en charge de la lésion iliaque droite (risque fracturaire ? cimentoplastie ?). Poursuite du cabozantinib.")])
            + P("Dr H. Kerjean — secrétariat : 05 49 72 18 26"))
    write_docx(path, body, "Fiche RCP", "Polyclinique VDS")
    return docx_text(body)


letter("za04", "docx", D(2025, 10, 14), "14/10/2025",
       G("za04", "F", 77,
         ("present", "kidney", "clear_cell_carcinoma", {}),
         ("present", ["neurological_deficit"], True),
         ("present", ["neuropathic"], 4),
         ("present", ["L01EX07", "B01AB05", "N03AX16", "N02AA05", "H02AB02", "A02BC05"]),
         ("present", ["surgery", "radiotherapy"]),
         ("unknown", []),
         ("present", ["B01AB05"]),
         ("absent", []),
         ("present", "kps", 60),
         ("present", "palliative")),
       build_za04, birth=D(1948, 6, 22), birth_text="22/06/1948")


# ---- za05: La Réunion private clinic, 2-page text PDF with a staff sidebar, letterhead and footer on each page
def za05_frame(pg, n):
    pg.text(170, 805, "Clinique Océane des Tamarins", 14, bold=True)
    pg.text(170, 790, "Unité d'oncologie médicale et de soins de support", 9)
    pg.text(170, 778, "12 chemin des Filaos — 97436 Saint-Leu — La Réunion — Tél. 0262 34 71 00", 8)
    pg.rule(40, 770, 555, 770)
    side = ["ÉQUIPE MÉDICALE", "", "Oncologie médicale", "Dr Nadia Payet", "Dr Thierry Hoarau", "",
            "Radiothérapie", "Dr Jean-Claude Técher", "", "Douleur et soins palliatifs", "Dr Mylène Grondin",
            "", "Rhumatologie", "Dr Éric Fontaine", "", "Secrétariat", "0262 34 71 12", "Fax 0262 34 71 19"]
    y = 740
    for s in side:
        if s:
            pg.text(40, y, s, 7.5, bold=s.isupper())
        y -= 11
    pg.rule(150, 760, 150, 80)
    pg.rule(40, 62, 555, 62)
    pg.text(40, 50, f"Clinique Océane des Tamarins — SAS au capital de 1 200 000 € — FINESS 970 4xx xxx — page {n}/2", 7)


def build_za05(path):
    p1, p2 = Page(), Page()
    za05_frame(p1, 1)
    za05_frame(p2, 2)
    x, w = 170, 380
    y = 745
    p1.text(380, y, "Saint-Leu, le 26 septembre 2025", 9)
    y -= 24
    y = p1.block(x, y, "Dr Pierre-Yves Moutou — RCP régionale « Os et cancer »", 9.5, w, bold=True)
    y = p1.block(x, y - 6, "Objet : M. Jean-Luc Hoarau-Lebon, 66 ans, carcinome thyroïdien métastatique osseux", 9.5, w, bold=True)
    y -= 10
    for s in [
        "Cher confrère,",
        "Je te remercie de discuter en RCP le dossier de M. Hoarau-Lebon, 66 ans, retraité de la sucrerie, que je suis pour un carcinome vésiculaire (folliculaire) de la thyroïde largement invasif.",
        "Historique : thyroïdectomie totale en 2022, puis deux cures d'iode 131 (2022 et 2023). Thyroglobuline ré-ascensionnée en 2024. En janvier 2025, découverte fortuite d'une lésion lytique de l'aile iliaque gauche sur une radiographie du bassin réalisée aux urgences pour une chute de scooter (pas de fracture). Le TEP-FDG de février 2025 a retrouvé d'autres lésions en L3 et sur deux côtes, la maladie étant devenue réfractaire à l'iode.",
        "Traitement local : cimentoplastie de L3 le 12/03/2025 (Dr Técher), bon résultat.",
        "Traitement systémique : lenvatinib (Lenvima) 24 mg/j depuis avril 2025, réduit à 14 mg/j en juillet pour HTA et diarrhée. Acide zolédronique (Zometa) 4 mg toutes les 12 semaines depuis avril 2025, dernière perfusion le 2 septembre 2025, calcémie normale.",
    ]:
        y = p1.block(x, y, s, 9.5, w) - 7
    y = 745
    for s in [
        "Antécédents : diabète de type 2, HTA, dyslipidémie. Frère traité pour un cancer de la prostate (radiothérapie). Pas d'antécédent thromboembolique.",
        "Traitement actuel :",
        "- Lenvima 14 mg/j",
        "- Levothyrox 175 µg/j (freinage)",
        "- Glucophage 1000 mg matin et soir",
        "- Tahor 20 mg le soir",
        "- Amlor 10 mg/j",
        "- Zometa 4 mg IV toutes les 12 semaines",
        "Pas de traitement anticoagulant ni antiagrégant.",
        "Clinique : patient actuellement indolore, sans antalgique. Marche normale. PS 0. Poids stable (78 kg).",
        "Question : une radiothérapie stéréotaxique de la lésion iliaque gauche, seule lésion en progression modérée au TEP de septembre, te paraît-elle justifiée, en poursuivant le lenvatinib ?",
        "Bien amicalement,",
        "Dr Nadia Payet, oncologue médicale",
    ]:
        y = p2.block(x, y, s, 9.5, w) - 7
    write_pdf(path, [p1, p2], "RCP os - Hoarau-Lebon")
    return page_text([p1, p2])


letter("za05", "pdf", D(2025, 9, 26), "26 septembre 2025",
       G("za05", "M", 66,
         ("present", "thyroid", "other", {}),
         ("present", ["incidental_imaging"], True),
         ("absent", [], None),
         ("present", ["L01EX08", "H03AA01", "A10BA02", "C10AA05", "M05BA08"]),
         ("present", ["cementoplasty"]),
         ("present", ["M05BA08"]),
         ("absent", []),
         ("absent", []),
         ("present", "ecog", 0),
         ("present", None)),
       build_za05)


# ---- za06: Belgian GP ("généraliste"), short plain text
ZA06 = """Dr Luc VANDENBOSSCHE
Médecine générale
Rue Saint-Nicolas 118 — 5000 Namur
Tél. 081/22 47 93 — GSM 0475/31 62 08

Namur, le 17 septembre 2025

Au Dr Dumont-Lejeune, oncologue
Clinique Sainte-Begge, Service d'oncologie, Andenne

Chère Consoeur,

Je me permets de vous adresser Mme Ghislaine DEWAELE, 84 ans, que je suis depuis plus de vingt ans, pour avis et éventuelle discussion à votre concertation.

Elle a été traitée en 2009 à Mons pour un cancer du sein droit (tumorectomie + rayons, puis comprimés pendant 5 ans), je n'ai malheureusement plus le protocole. Depuis environ 2 mois elle se plaint de douleurs dorso-lombaires qui la réveillent la nuit, elle ne dort plus que 3-4 heures. La radio du 04/09 montre un tassement de D12 d'aspect suspect et la scintigraphie (12/09) des hyperfixations multiples (rachis, bassin, côtes). Le radiologue évoque en premier lieu des métastases, probablement de son ancien cancer du sein, un myélome n'étant pas exclu. Electrophorèse demandée. Pas de biopsie à ce stade.

Antécédents : FA permanente, insuffisance cardiaque modérée, ostéoporose (Fosamax de 2012 à 2021, arrêté par le rhumatologue), prothèse de genou gauche. Sa soeur a eu un cancer du colon.

Traitement actuel :
 - Sintrom 4 mg selon INR (1 cp le soir, 3/4 le dimanche)
 - Bisoprolol 2,5 mg 1/j
 - Lasix 40 mg 1/j
 - Dafalgan forte 1 g 3x/j
 - Contramal 50 mg le soir
 - D-Cure 1 ampoule/mois (vitamine D3)

Elle vit seule avec passage infirmier 2x/j, une aide familiale de la mutuelle 3 matinées par semaine. Sa fille, qui est infirmière, souhaite qu'on évite les traitements trop lourds.

Merci pour votre avis, notamment sur l'intérêt d'une vertébroplastie.

Bien confraternellement,

Dr L. Vandenbossche
"""


def build_za06(path):
    path.write_text(ZA06, encoding="utf-8")
    return ZA06


letter("za06", "txt", D(2025, 9, 17), "17 septembre 2025",
       G("za06", "F", 84,
         ("uncertain", "breast", None, {}),
         ("present", ["pain"], True),
         ("present", ["nocturnal"], None),
         ("present", ["B01AA07", "C07AB07", "C03CA01", "N02BE01", "N02AX02", "A11CC05"]),
         ("unknown", []),
         ("absent", []),
         ("present", ["B01AA07"]),
         ("unknown", []),
         ("unknown", None, None),
         ("unknown", None)),
       build_za06)


# ---- za07: Swiss (Jura) letter, DOCX whose address block and clinical summary sit in text boxes
def build_za07(path):
    addr = textbox([P("Hôpital de la Côte-Jurassienne", bold=True), P("Service d'oncologie et d'hématologie"),
                    P("Rue du Collège 22 — 2800 Delémont-Sud"), P("Tél. +41 32 421 88 00")], 0, 0, 80, 30)
    dest = textbox([P("Monsieur le Dr méd. Bastien Frésard"), P("Centre de radio-oncologie de l'Arc jurassien"),
                    P("Rue de l'Hôpital 7"), P("2300 La Chaux-de-Fonds-Est")], 95, 0, 80, 30)
    summary = textbox([
        P("Diagnostic oncologique", bold=True),
        P("Mélanome nodulaire du dos (Breslow 4,2 mm, ulcéré), exérèse en 2022, BRAF V600E muté. Récidive ganglionnaire axillaire en 2024, curage puis dabrafenib + trametinib (Tafinlar/Mekinist) depuis mars 2024 avec réponse complète ganglionnaire."),
        P("Atteinte osseuse", bold=True),
        P("Lésion lytique de la tête humérale droite découverte au PET-CT de suivi du 14.08.2025, isolée. Pas d'autre site métastatique."),
        P("Médication actuelle", bold=True),
        P("Tafinlar 150 mg 2x/j — Mekinist 2 mg 1x/j — Xarelto 20 mg 1x/j (TVP fémorale droite, juin 2025) — Pantozol 40 mg 1x/j — Dafalgan 1 g 3x/j."),
        P("L'Aspirine cardio 100 mg a été stoppée à l'introduction du Xarelto."),
    ], 0, 40, 175, 90)
    body = (addr + dest + P("") + P("")
            + P("Delémont, le 3 octobre 2025", align="right")
            + P("Concerne : M. Laurent Crevoisier, né le 07.02.1957 — colloque « métastases osseuses » du 09.10.2025", bold=True)
            + P("Cher Collègue,")
            + P("Je vous remercie de présenter au colloque ce patient de 68 ans, dont vous trouverez le résumé ci-dessous.")
            + summary
            + P("Au plan clinique, il décrit des douleurs de l'épaule droite à la mobilisation et au port de charges, EVA 3/10, sans réveil nocturne. Pas de déficit. Radiothérapie : aucune à ce jour. Pas de traitement ostéoprotecteur (Xgeva à discuter en fonction de votre avis). Etat général excellent, ECOG 0, toujours actif comme horloger.")
            + P("Le traitement par Tafinlar/Mekinist est poursuivi (visée palliative). La question est celle d'une radiothérapie stéréotaxique de cette oligoprogression osseuse unique, voire d'une chirurgie si le risque fracturaire est jugé élevé (score de Mirels 8).")
            + P("Antécédents : HTA, appendicectomie. Père décédé d'un mélanome.")
            + P("Avec mes salutations confraternelles,")
            + P("Dr méd. Isabelle Chappuis, cheffe de clinique")
            + P("Prof. Dr méd. Marc-Olivier Joray, médecin-chef"))
    write_docx(path, body, "Colloque os - Crevoisier", "I. Chappuis")
    return docx_text(body)


letter("za07", "docx", D(2025, 10, 3), "3 octobre 2025",
       G("za07", "M", 68,
         ("present", "melanoma", "other", {"BRAF": "positive"}),
         ("present", ["staging_imaging"], True),
         ("present", ["mechanical"], 3),
         ("present", ["B01AF01", "A02BC02", "N02BE01"]),
         ("absent", []),
         ("absent", []),
         ("present", ["B01AF01"]),
         ("absent", []),
         ("present", "ecog", 0),
         ("present", "palliative")),
       build_za07, birth=D(1957, 2, 7), birth_text="07.02.1957")


# ---- za08: Québec, 2-page text PDF, letterhead and footer on each page, ISO dates
def za08_frame(pg, n):
    pg.text(50, 805, "CISSS de la Haute-Matawinie", 13, bold=True)
    pg.text(50, 790, "Hôpital Sainte-Émélie — Département de pneumologie et d'oncologie thoracique", 9)
    pg.text(50, 778, "310, rue Principale, Saint-Michel-des-Saints-Ouest (Québec) J0K 9Z9 — 450 833-6120", 8)
    pg.rule(50, 770, 545, 770)
    pg.rule(50, 62, 545, 62)
    pg.text(50, 50, f"Document confidentiel — CISSS de la Haute-Matawinie — Page {n} de 2", 7)


def build_za08(path):
    p1, p2 = Page(), Page()
    za08_frame(p1, 1)
    za08_frame(p2, 2)
    x, w = 50, 495
    y = 745
    for s, b in [
        ("Date : 2025-09-19", False),
        ("Destinataire : Comité régional des métastases osseuses, Centre intégré de cancérologie de Joliette-Est", False),
        ("Patiente : Mme Lise Beauchemin — DDN : 1960-05-30 — Dossier 00-448-217", True),
        ("Motif de la consultation au comité", True),
        ("Réévaluation d'une métastase dorsale irradiée, dans un contexte de néoplasie pulmonaire à petites cellules de stade étendu.", False),
        ("Histoire oncologique", True),
        ("Carcinome pulmonaire à petites cellules (biopsie bronchique du 2025-03-11), stade étendu d'emblée (atteinte hépatique et surrénalienne). Chimio-immunothérapie carboplatine-étoposide + durvalumab (Imfinzi) : 4 cycles complétés le 2025-06-02, réponse partielle. Depuis, durvalumab d'entretien aux 4 semaines, dernière dose le 2025-09-08.", False),
        ("Début juillet 2025 : faiblesse progressive des membres inférieurs ; l'IRM du 2025-07-09 montre une compression médullaire en D8. Décadron haute dose et radiothérapie D6-D10, 20 Gy en 5 fractions, complétée le 2025-07-16. Récupération motrice quasi complète.", False),
        ("Antécédents", True),
        ("MPOC modérée, hypothyroïdie, FA anciennement sous Coumadin, cessé en 2023 après une chute (hématome sous-dural). Embolie pulmonaire segmentaire le 2025-08-14.", False),
        ("Famille : père décédé d'un cancer du poumon, frère diabétique.", False),
    ]:
        y = p1.block(x, y, s, 9.5, w, bold=b) - (2 if b else 7)
    y = 745
    for s, b in [
        ("Médication actuelle (bilan comparatif des médicaments du 2025-09-15)", True),
        ("- Imfinzi (durvalumab) 1500 mg IV aux 4 semaines", False),
        ("- Fragmin 12 500 UI s.c. die (EP, depuis le 2025-08-14)", False),
        ("- Hydromorph Contin 6 mg BID + Dilaudid 1 mg q4h PRN (1 à 2 par jour)", False),
        ("- Tylenol Arthrite 650 mg 2 co TID", False),
        ("- Décadron 2 mg die, en sevrage (arrêt prévu le 2025-09-29)", False),
        ("- Synthroid 100 mcg die", False),
        ("- Spiriva et Symbicort", False),
        ("Examen et évolution", True),
        ("Douleur dorsale résiduelle 2/10, surtout à la mobilisation et en fin de journée. Marche sans aide. ECOG 2 (fatigue importante).", False),
        ("Traitement ostéoprotecteur : Xgeva à débuter si le comité le juge indiqué.", False),
        ("Plan : poursuite du durvalumab d'entretien, visée palliative.", False),
        ("Questions au comité", True),
        ("1) Le TEP du 2025-09-10 montre une nouvelle lésion en D4, asymptomatique : radiothérapie d'emblée ou surveillance ?", False),
        ("2) Indication du dénosumab chez cette patiente anticoagulée et à risque de chute ?", False),
        ("Dre Catherine Ouellet-Roy, pneumologue", False),
    ]:
        y = p2.block(x, y, s, 9.5, w, bold=b) - (2 if b else 7)
    write_pdf(path, [p1, p2], "Comite metastases osseuses - Beauchemin")
    return page_text([p1, p2])


letter("za08", "pdf", D(2025, 9, 19), "2025-09-19",
       G("za08", "F", 65,
         ("present", "lung", "small_cell_carcinoma", {}),
         ("present", ["neurological_deficit"], True),
         ("present", ["mechanical"], 2),
         ("present", ["L01FF03", "B01AB04", "N02AA03", "N02BE01", "H02AB02", "H03AA01"]),
         ("present", ["radiotherapy"]),
         ("unknown", []),
         ("present", ["B01AB04"]),
         ("unknown", []),
         ("present", "ecog", 2),
         ("present", "palliative")),
       build_za08, birth=D(1960, 5, 30), birth_text="1960-05-30")


# ---- za09: Martinique private clinic, DOCX whose whole content is one big table with merged cells
def build_za09(path):
    H = "C6D9F1"
    rows = [
        [cell([para(run("POLYCLINIQUE DU MORNE-VERT — Centre de radiothérapie et d'oncologie", bold=True)),
               P("Route de Balata, km 4 — 97200 Fort-de-France — Tél. 0596 61 08 40")], 9600, span=2, shade=H)],
        [cell("DEMANDE D'INSCRIPTION EN RCP « MÉTASTASES OSSEUSES » — Séance du 06/11/2025", 9600, span=2)],
        [cell("Date", 2400, shade=H), cell("Fort-de-France, le 30/10/2025", 7200)],
        [cell("Demandeur", 2400, shade=H), cell("Dr Fabrice Lordinot, oncologue radiothérapeute", 7200)],
        [cell("Patient", 2400, shade=H), cell("M. Victor SAINTE-ROSE, 71 ans", 7200)],
        [cell("Tumeur primitive", 2400, shade=H), cell(["Adénocarcinome du côlon droit (hémicolectomie droite en mars 2022, pT3N1b), chimiothérapie adjuvante FOLFOX.",
                                                         "Biologie moléculaire : KRAS muté (G12D), BRAF non muté, statut MSS."], 7200)],
        [cell("Découverte de l'atteinte osseuse", 2400, shade=H), cell("Hospitalisé le 12/05/2025 pour confusion et déshydratation : hypercalcémie à 3,1 mmol/l. Le bilan retrouve des lésions lytiques du sacrum, de l'aile iliaque gauche et de L5. Biopsie sacrée : métastase de l'adénocarcinome colique.", 7200)],
        [cell("Douleur", 2400, shade=H), cell(["Douleurs sacrées d'horaire inflammatoire avec dérouillage matinal d'une heure ; brûlures et décharges électriques dans la face postérieure de la jambe gauche (DN4 6/10).",
                                               "EN 7/10 à l'entrée en mai, 4/10 actuellement."], 7200)],
        [cell("Traitements locaux", 2400, shade=H), cell("Radiothérapie antalgique du sacrum, 8 Gy en 1 fraction, le 04/06/2025.", 7200)],
        [cell("Traitement systémique", 2400, shade=H), cell("FOLFIRI + bévacizumab depuis juin 2025 (cure n°10 le 27/10/2025).", 7200)],
        [cell("Traitement osseux", 2400, shade=H), cell("Une perfusion unique de Zometa 4 mg le 13/05/2025 pour l'hypercalcémie. Pas d'autre anti-résorptif depuis (avis dentaire en attente).", 7200)],
        [cell("Autres traitements", 2400, shade=H), cell(["Skenan LP 30 mg matin et soir", "Actiskenan 10 mg si besoin", "Neurontin 300 mg 3x/j",
                                                          "Inexium 40 mg/j", "Forlax 2 sachets/j", "Kardégic 75 mg/j (AOMI)"], 7200)],
        [cell("Anticoagulant", 2400, shade=H), cell("Non", 7200)],
        [cell("État général", 2400, shade=H), cell("OMS 2. Perte de 6 kg depuis mai. Vit avec son épouse au Lamentin.", 7200)],
        [cell("Projet thérapeutique", 2400, shade=H), cell("Poursuite FOLFIRI-bévacizumab, visée palliative.", 7200)],
        [cell("Question posée", 2400, shade=H), cell("Persistance de douleurs neuropathiques S1 gauche : ré-irradiation sacrée ? cimentoplastie / sacroplastie ?", 7200)],
        [cell("Antécédents", 2400, shade=H), cell("Diabète de type 2 sous régime, AOMI stade II, drépanocytose hétérozygote (AS). Sa mère a eu un cancer du sein.", 7200)],
    ]
    body = table(rows, [2400, 7200]) + P("") + P("Dr F. Lordinot — signature électronique")
    write_docx(path, body, "Demande RCP", "Secretariat radiotherapie")
    return docx_text(body)


letter("za09", "docx", D(2025, 10, 30), "30/10/2025",
       G("za09", "M", 71,
         ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
         ("present", ["hypercalcemia"], True),
         ("present", ["inflammatory", "neuropathic"], 4),
         ("present", ["N02AA01", "N03AX12", "A02BC05", "A06AD15", "B01AC06"]),
         ("present", ["radiotherapy"]),
         ("absent", []),
         ("absent", []),
         ("present", ["B01AC06"]),
         ("present", "ecog", 2),
         ("present", "palliative")),
       build_za09)


# ---- za10: Belgian regional hospital, text PDF with the staff list in a left sidebar
def build_za10(path):
    pg = Page()
    pg.text(40, 805, "CHR Haute-Sambre", 15, bold=True)
    pg.text(40, 790, "Site Sainte-Waudru — Service d'oncologie médicale — Chaussée de Mons 288, 6030 Marchienne-Est", 8)
    pg.rule(40, 782, 555, 782)
    side = ["Oncologie médicale", "Dr A. Dumont-Lejeune", "Dr K. Benali", "Dr S. Van Hove", "", "Radiothérapie",
            "Dr P. Lambotte", "", "Clinique du sein", "Dr M. Verhaegen", "", "Infirmière coordinatrice",
            "Mme C. Delvaux", "071/44 82 10", "", "Rendez-vous", "071/44 82 00", "", "N° INAMI", "1-71044-12-003"]
    y = 760
    for s in side:
        if s:
            pg.text(40, y, s, 7.5)
        y -= 11
    pg.rule(145, 770, 145, 70)
    x, w = 160, 390
    y = 760
    pg.text(400, y, "Charleroi, le 29/09/2025", 9)
    y -= 22
    for s, b in [
        ("Concerne : Mme Valérie DELHAYE, née le 30/09/1970", True),
        ("Réf. : COM métastases osseuses du 06/10/2025", False),
        ("Chère Consoeur, cher Confrère,", False),
        ("Nous discutons pour la COM le dossier de Madame Delhaye, enseignante, suivie pour un carcinome canalaire infiltrant du sein gauche, NST, grade 3, RE 0 %, RP 0 %, HER2 3+ (2019 : tumorectomie, curage, chimiothérapie adjuvante, radiothérapie mammaire et trastuzumab un an).", False),
        ("En janvier 2024, la scintigraphie osseuse et le PET-CT du bilan d'extension réalisés pour une élévation du CA 15-3 ont montré des lésions osseuses multiples (rachis dorsal, bassin, sternum), sans atteinte viscérale. Pas de fracture.", False),
        ("Elle a reçu paclitaxel hebdomadaire + trastuzumab + pertuzumab ; le paclitaxel a été arrêté en avril 2025 pour neuropathie de grade 2. Elle poursuit Herceptin + Perjeta toutes les 3 semaines (dernière cure le 22/09/2025), avec une maladie stable.", False),
        ("Traitement de fond :", True),
        ("Herceptin SC 600 mg / Perjeta IV toutes les 3 semaines ; Xgeva 120 mg toutes les 4 semaines depuis février 2024, espacé à toutes les 12 semaines en juillet 2025 ; Steovit D3 1 co/j ; Cymbalta 60 mg/j pour la neuropathie ; Clexane 40 mg s.c./j depuis une thrombose veineuse du membre supérieur sur PAC en juillet 2025.", False),
        ("Actuellement, aucune douleur osseuse ; elle ne prend pas d'antalgique. PS 0.", False),
        ("Elle n'a jamais été irradiée sur le plan osseux.", False),
        ("Antécédents familiaux : mère et tante maternelle cancer du sein, recherche BRCA négative.", False),
        ("Projet : poursuite du double blocage anti-HER2.", False),
        ("Questions à la COM : 1) peut-on poursuivre le dénosumab au rythme de 12 semaines, voire l'arrêter après deux ans ? 2) durée de l'anticoagulation par Clexane chez cette patiente porteuse d'un PAC ?", False),
        ("Bien confraternellement,", False),
        ("Dr Anne Dumont-Lejeune, oncologue", False),
    ]:
        y = pg.block(x, y, s, 9.3, w, bold=b) - (2 if b else 6)
    pg.rule(40, 60, 555, 60)
    pg.text(40, 48, "CHR Haute-Sambre asbl — www.chr-haute-sambre-invent.be — Les données de ce courrier sont couvertes par le secret médical.", 7)
    write_pdf(path, [pg], "COM - Delhaye")
    return page_text([pg])


letter("za10", "pdf", D(2025, 9, 29), "29/09/2025",
       G("za10", "F", 54,
         ("present", "breast", "invasive_ductal_carcinoma", {"ER": "negative", "PR": "negative", "HER2": "positive"}),
         ("present", ["staging_imaging"], True),
         ("absent", [], None),
         ("present", ["L01FD01", "L01FD02", "M05BX04", "A12AX", "N06AX21", "B01AB05"]),
         ("absent", []),
         ("present", ["M05BX04"]),
         ("present", ["B01AB05"]),
         ("unknown", []),
         ("present", "ecog", 0),
         ("present", None)),
       build_za10, birth=D(1970, 9, 30), birth_text="30/09/1970")


# ---- za11: French Guiana rural health centre GP, plain text typed without much care
ZA11 = """CENTRE DE SANTE DE SAINT-ELIE-SUR-MARONI
Dr Romain Abienso, medecin generaliste
Tel 0594 37 20 81 - fax 0594 37 20 89

Saint-Elie, le 05/11/2025

A l'attention de l'equipe de la RCP metastases osseuses
Centre hospitalier de Cayenne-Ouest, service d'oncologie

Objet : Mr Eudes KAMINSKI-APATOU ne le 12/12/1962

Cher confrere,

Je vous adresse ce patient qui a un cancer du poumon diagnostique a Cayenne en mars 2025 (fibroscopie + biopsie), je n'ai pas recu le compte rendu anapath ni le compte rendu de la RCP thoracique, il devait voir l'oncologue en juin mais n'y est pas allé (probleme de transport, pirogue).
Depuis 3 semaines il a des douleurs de l'hemithorax droit, EN 6/10, sans caractere particulier. Le scanner fait a Saint-Laurent le 29/10 montre une lyse de l'arc posterieur de la 7eme cote droite et une lesion du corps vertebral de D9, sans recul du mur posterieur.
Pas de deficit, pas de fievre.

Atcd: tabagisme 40 PA toujours actif, paludisme x3, HTA non traitee. Son frere a eu un cancer de la gorge.

Traitement actuel : Doliprane 1g 3 fois/jour, Tramadol LP 100 mg matin et soir. Il prend aussi des tisanes (plantes du jardin).
Il serait sous Xarelto ? il a eu une phlebite en 2024 a Cayenne, il ne sait plus s'il le prend encore, je n'ai pas l'ordonnance, a verifier avec la pharmacie de Saint-Laurent. Pas d'aspirine.

Il travaille encore a l'abattis, OMS 1.
Le traitement oncologique n'a pas ete decide, en attente de votre avis.

Merci de le convoquer, je reste joignable par telephone (reseau aleatoire).
Bien confraternellement
Dr R. Abienso
"""


def build_za11(path):
    path.write_text(ZA11, encoding="utf-8")
    return ZA11


letter("za11", "txt", D(2025, 11, 5), "05/11/2025",
       G("za11", "M", 62,
         ("present", "lung", None, {}),
         ("present", ["pain"], True),
         ("present", [], 6),
         ("present", ["N02BE01", "N02AX02"]),
         ("unknown", []),
         ("unknown", []),
         ("uncertain", ["B01AF01"]),
         ("absent", []),
         ("present", "ecog", 1),
         ("unknown", None)),
       build_za11, birth=D(1962, 12, 12), birth_text="12/12/1962")


# ---- za12: Swiss (Valais) private clinic, DOCX form with content controls and a medication table
def build_za12(path):
    def field(label, tag, value):
        return para(run(label + " : ", bold=True), sdt_run(tag, value))
    H = "E2EFD9"
    meds = table([
        [cell("Médicament", 3000, shade=H), cell("Posologie", 3300, shade=H), cell("Depuis", 3300, shade=H)],
        [cell("Zytiga (abiratérone)", 3000), cell("1000 mg/j", 3300), cell("01.2025", 3300)],
        [cell("Prednisone", 3000), cell("5 mg 2x/j", 3300), cell("01.2025", 3300)],
        [cell("Firmagon", 3000), cell("80 mg s.c. mensuel", 3300), cell("2023", 3300)],
        [cell("Prolia", 3000), cell("60 mg s.c. tous les 6 mois (ostéoporose)", 3300), cell("2022, dernière inj. 04.2025", 3300)],
        [cell("Eliquis", 3000), cell("5 mg 2x/j (FA)", 3300), cell("2021", 3300)],
        [cell("Aspirine cardio", 3000), cell("stoppée en 2021 (relais Eliquis)", 3300), cell("—", 3300)],
        [cell("Calcimagon D3", 3000), cell("1 cp/j", 3300), cell("2022", 3300)],
    ], [3000, 3300, 3300])
    body = (P("Clinique Sainte-Agathe — Urologie & uro-oncologie", bold=True)
            + P("Rue du Scex 41 — 1950 Sion-Ouest — Tél. +41 27 329 60 60")
            + P("DEMANDE DE PRÉSENTATION AU TUMOR BOARD « MÉTASTASES OSSEUSES »", bold=True, align="center")
            + field("Date", "date", "19.10.2025")
            + field("Médecin référent", "referent", "Dr méd. Raphaël Zufferey, FMH urologie")
            + field("Patient", "patient", "M. Gérard Antille")
            + field("Date de naissance", "ddn", "19.10.1949")
            + field("Diagnostic", "diagnostic", "Adénocarcinome de la prostate, Gleason 4+3 = 7 (2015), résistant à la castration depuis 2024")
            + field("PSA actuel", "psa", "14,2 µg/l (nadir 0,8 µg/l en 2023)")
            + P("Histoire", style="Titre1")
            + sdt_block("histoire", [
                P("2015 : radiothérapie prostatique curative + hormonothérapie 2 ans. 2023 : récidive biochimique, Firmagon."),
                P("Mars 2024 : au PET-PSMA de suivi, lésion unique de D11, traitée par radiothérapie stéréotaxique 3 x 9 Gy en avril 2024."),
                P("Janvier 2025 : progression osseuse (côtes, bassin), introduction de Zytiga."),
            ])
            + P("Traitement actuel", style="Titre1")
            + meds
            + field("Douleurs", "douleurs", "aucune, patient asymptomatique sur le plan osseux")
            + field("Anticoagulation", "anticoag", "Eliquis 5 mg 2x/j")
            + field("Statut de performance (OMS / Karnofsky)", "ps", None)
            + field("Objectif du traitement", "objectif", None)
            + P("Question au tumor board", style="Titre1")
            + sdt_block("question", [P("PSA en ascension sous Zytiga ; nouvelle fixation PSMA de la tête fémorale gauche. Radiothérapie de cette lésion ou changement de ligne (docétaxel, Pluvicto) ? Zytiga poursuivi dans l'intervalle.")])
            + P("Dr méd. R. Zufferey"))
    write_docx(path, body, "Tumor board os - Antille", "Clinique Sainte-Agathe")
    return docx_text(body)


letter("za12", "docx", D(2025, 10, 19), "19.10.2025",
       G("za12", "M", 76,
         ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
         ("present", ["staging_imaging"], True),
         ("absent", [], None),
         ("present", ["L02BX03", "H02AB07", "L02BX02", "M05BX04", "B01AF02", "A12AX"]),
         ("present", ["radiotherapy"]),
         ("present", ["M05BX04"]),
         ("present", ["B01AF02"]),
         ("absent", []),
         ("unknown", None, None),
         ("present", None)),
       build_za12, birth=D(1949, 10, 19), birth_text="19.10.1949")


# --------------------------------------------------------------------------
def main() -> None:
    ref = load_atc()
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    ids = [lt["id"] for lt in LETTERS]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")
    for lt in LETTERS:
        path = HERE / "letters" / f"{lt['id']}.{lt['ext']}"
        text = lt["build"](path)
        check(lt, lt["gold"], text, ref)
        if lt["ext"] == "pdf":
            from pypdf import PdfReader
            got = "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
            if norm(lt["date_text"]) not in norm(got):
                fail(f"{lt['id']}: text layer of the PDF does not read back")
        if lt["ext"] == "docx":
            import docx as _docx
            _docx.Document(str(path))
        (HERE / "gold" / f"{lt['id']}.json").write_text(
            json.dumps(lt["gold"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    stray = {p.stem for p in (HERE / "gold").glob("*.json")} - set(ids)
    if stray:
        fail(f"stray gold files {sorted(stray)}")
    print(f"ok: {len(LETTERS)} letters and golds written to {HERE}")


if __name__ == "__main__":
    main()
