#!/usr/bin/env python3
"""Blind held-out corpus 48: twelve French referral letters to a bone-metastasis
tumour board (Bordeaux and its region), with their gold records.

Run from the repository root:
    .venv/bin/python tests/corpus48/make_letters.py

Every letter's text and gold are Python data in this file (LETTERS); the
gold gaps are derived by one function (`derive_gaps`) implementing the spec's
gap rule; every gold is checked against the contract before anything is
written (exit "CONTRACT VIOLATION: ..." on failure). Outputs are
byte-identical on every run (fixed PDF dates/producer, fixed DOCX core
properties and zip timestamps).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


# --------------------------------------------------------------------------
# contract
# --------------------------------------------------------------------------
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
             "prognosis", "therapeuticProject"]
ALL_STATUS = {"present", "absent", "uncertain", "conflicting", "unknown"}
STATUSES = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": ALL_STATUS,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": ALL_STATUS,
    "boneTargetedTherapy": ALL_STATUS,
    "anticoagulation": ALL_STATUS,
    "antiplatelets": ALL_STATUS,
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
KEY_ORDER = ["id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation", "antiplatelets",
             "prognosis", "therapeuticProject", "gaps"]


def load_atc():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        code, dci, inn, group, brands = (line.split("\t") + [""] * 5)[:5]
        names = [dci, inn] + [b for b in brands.split(",") if b]
        rows[code.strip()] = [n.strip() for n in names if n.strip()]
    return rows


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'")


def derive_gaps(g: dict) -> list:
    """The spec's gap rule, applied to the gold values (antiplatelets excluded)."""
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st in kind_of:
            gaps.append([item, kind_of[st]])
            continue
        if st != "present":
            continue
        incomplete = (
            (item == "pain" and not sec["types"])
            or (item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"])
            or (item == "boneDiagnosis" and not sec["dated"])
            or (item == "primaryTumor" and not sec["histology"])
            or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
        )
        if incomplete:
            gaps.append([item, "incomplete"])
    return gaps


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def violation(lid, msg):
    sys.exit(f"CONTRACT VIOLATION: {lid}: {msg}")


def check(letter: dict, atc: dict) -> None:
    lid, g, text = letter["id"], letter["gold"], letter["text"]
    ftext = fold(text)
    need = set(KEY_ORDER) - {"id", "gaps"}
    if set(g) != need:
        violation(lid, f"gold keys {sorted(set(g) ^ need)}")
    p = g["patient"]
    if p.get("sex") not in ("F", "M"):
        violation(lid, "sex")
    if not isinstance(p.get("age"), int) or not 18 <= p["age"] <= 105:
        violation(lid, "age")
    if letter.get("birth"):
        a = age_at(letter["birth"], letter["date"])
        if a != p["age"]:
            violation(lid, f"age {p['age']} != {a} recomputed from birth date")
    elif f"{p['age']} ans" not in text:
        violation(lid, "age neither written nor computable")
    for item, allowed in STATUSES.items():
        st = g[item].get("status")
        if st not in allowed:
            violation(lid, f"{item}.status {st!r} not allowed")
    pt = g["primaryTumor"]
    if set(pt) != {"status", "site", "histology", "biomarkers"}:
        violation(lid, "primaryTumor keys")
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            violation(lid, "unknown primary tumour with values")
    else:
        if pt["site"] not in SITES:
            violation(lid, f"site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        violation(lid, f"histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            violation(lid, f"biomarker {k}={v}")
        if fold(k.replace("ER", "RE").replace("PR", "RP")) not in ftext and fold(k) not in ftext:
            violation(lid, f"biomarker {k} not named in the letter")
    bd = g["boneDiagnosis"]
    if set(bd) != {"status", "circumstances", "dated"} or not isinstance(bd["dated"], bool):
        violation(lid, "boneDiagnosis keys")
    if not set(bd["circumstances"]) <= CIRCUMSTANCES:
        violation(lid, "circumstance code")
    if bd["status"] == "present" and not bd["circumstances"]:
        violation(lid, "boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        violation(lid, "boneDiagnosis unknown with values")
    pa = g["pain"]
    if set(pa) != {"status", "types", "intensity"}:
        violation(lid, "pain keys")
    if not set(pa["types"]) <= PAIN_TYPES:
        violation(lid, "pain type code")
    if pa["intensity"] is not None and (not isinstance(pa["intensity"], int) or not 0 <= pa["intensity"] <= 10):
        violation(lid, "pain intensity")
    if pa["status"] in ("absent", "unknown") and pa["types"]:
        violation(lid, "pain types without pain")
    if pa["status"] == "absent" and pa["intensity"] not in (None, 0):
        violation(lid, "absent pain with a score")
    if pa["status"] == "present" and pa["intensity"] == 0:
        violation(lid, "present pain scored 0")
    cm = g["currentMedications"]
    if set(cm) != {"status", "atc"}:
        violation(lid, "currentMedications keys")
    for c in cm["atc"]:
        if c not in atc:
            violation(lid, f"ATC {c} not in atc-reference.tsv")
        if not any(fold(n) in ftext for n in atc[c]):
            violation(lid, f"current drug {c} named nowhere in the letter ({atc[c]})")
    if cm["atc"] != sorted(set(cm["atc"])):
        violation(lid, "currentMedications.atc not sorted/unique")
    if cm["status"] != "present" and cm["atc"]:
        violation(lid, "drugs listed while currentMedications not present")
    if cm["status"] == "present" and not cm["atc"] and not letter.get("meds_outside_table"):
        violation(lid, "currentMedications present but empty")
    for c in letter.get("not_current", []):
        if c in cm["atc"]:
            violation(lid, f"{c} declared stopped/planned/doubtful but listed as current")
        if c not in atc or not any(fold(n) in ftext for n in atc[c]):
            violation(lid, f"not_current {c} not in table or not named in letter")
    pl = g["priorLocalTreatments"]
    if set(pl) != {"status", "types"} or not set(pl["types"]) <= LOCAL_TYPES:
        violation(lid, "priorLocalTreatments")
    if (pl["status"] in ("present", "conflicting", "uncertain")) != bool(pl["types"]):
        violation(lid, "priorLocalTreatments types vs status")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        if set(s) != {"status", "atc"}:
            violation(lid, f"{sec} keys")
        if s["atc"] != sorted(set(s["atc"])):
            violation(lid, f"{sec}.atc not sorted")
        for c in s["atc"]:
            if c not in atc:
                violation(lid, f"{sec} ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                violation(lid, f"{sec} agent {c} outside {prefixes}")
            if not any(fold(n) in ftext for n in atc[c]):
                violation(lid, f"{sec} agent {c} not named in letter")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            violation(lid, f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(cm["atc"])
            if missing:
                violation(lid, f"{sec} agents {missing} not in currentMedications")
        if s["status"] == "uncertain":
            if set(s["atc"]) & set(cm["atc"]):
                violation(lid, f"{sec}: doubtful agent listed as current drug")
        # any current drug of that class must appear in the section
        cur = {c for c in cm["atc"] if c.startswith(prefixes)}
        if cur - set(s["atc"]):
            violation(lid, f"current drugs {cur - set(s['atc'])} missing from {sec}")
    pr = g["prognosis"]
    if pr["status"] == "present":
        if set(pr) not in ({"status", "ecog"}, {"status", "kps"}):
            violation(lid, "prognosis keys")
    elif set(pr) != {"status", "ecog"} or pr["ecog"] is not None:
        violation(lid, "prognosis unknown with values")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 6):
        violation(lid, "ecog range")
    if pr.get("kps") is not None and (pr["kps"] not in range(0, 101) or pr["kps"] % 10):
        violation(lid, "kps range")
    tp = g["therapeuticProject"]
    if set(tp) != {"status", "intent"}:
        violation(lid, "therapeuticProject keys")
    if tp["intent"] is not None:
        if tp["intent"] not in INTENTS or tp["status"] != "present":
            violation(lid, "intent")
        word = {"curative": "curati", "palliative": "palliati", "supportive": "soins de support"}[tp["intent"]]
        if word not in ftext:
            violation(lid, "intent not written in the letter")
    for must in letter.get("evidence", []):
        if fold(must) not in ftext:
            violation(lid, f"evidence {must!r} not in letter text")


def gold_json(letter: dict) -> bytes:
    g = dict(letter["gold"])
    g["id"] = letter["id"]
    g["gaps"] = derive_gaps(letter["gold"])
    out = {k: g[k] for k in KEY_ORDER}
    return (json.dumps(out, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------
FIXED_PDF_DATE = "D:20250301090000+01'00'"


def _font_widths():
    from PIL import ImageFont
    f = ImageFont.truetype(str(FONT), 1000)
    widths = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
            widths.append(int(round(f.getlength(ch))))
        except UnicodeDecodeError:
            widths.append(0)
    return widths


_WIDTHS = None


def text_width(s: str, size: float) -> float:
    return sum(_WIDTHS[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000


def pdf_str(s: str) -> str:
    out = []
    for b in s.encode("cp1252"):
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def wrap(line: str, width: float, size: float) -> list:
    if not line.strip():
        return [""]
    indent = len(line) - len(line.lstrip(" "))
    words, cur, out = line.split(" "), "", []
    for w in words:
        cand = (cur + " " + w) if cur else w
        if cur and text_width(cand, size) > width:
            out.append(cur)
            cur = " " * indent + w
        else:
            cur = cand
    out.append(cur)
    return out


def make_pdf(letter: dict) -> bytes:
    global _WIDTHS
    if _WIDTHS is None:
        _WIDTHS = _font_widths()
    size, lead = 10, 13.2
    W, H, margin = 595.28, 841.89, 60
    header = letter.get("header", [])
    footer = letter.get("footer", [])
    pages_src = letter["text_body"].split("\f")
    pages = []
    top = H - margin - (len(header) * 12 + 18 if header else 0)
    bottom = margin + (len(footer) * 11 + 12 if footer else 0)
    max_lines = int((top - bottom) / lead)
    for chunk in pages_src:
        lines = []
        for raw in chunk.strip("\n").split("\n"):
            lines.extend(wrap(raw, W - 2 * margin, size))
        while lines:
            pages.append(lines[:max_lines])
            lines = lines[max_lines:]
    n = len(pages)
    streams = []
    for i, lines in enumerate(pages, 1):
        ops = []
        y = H - margin
        for h in header:
            ops.append(f"BT /F1 9 Tf {margin:.2f} {y:.2f} Td {pdf_str(h)} Tj ET")
            y -= 12
        if header:
            ops.append(f"0.5 w {margin:.2f} {y + 6:.2f} m {W - margin:.2f} {y + 6:.2f} l S")
        y = top
        for ln in lines:
            if ln:
                ops.append(f"BT /F1 {size} Tf {margin:.2f} {y:.2f} Td {pdf_str(ln)} Tj ET")
            y -= lead
        fy = margin + (len(footer) - 1) * 11
        if footer:
            ops.append(f"0.5 w {margin:.2f} {fy + 12:.2f} m {W - margin:.2f} {fy + 12:.2f} l S")
        for f in footer:
            f = f.replace("{page}", str(i)).replace("{pages}", str(n))
            ops.append(f"BT /F1 8 Tf {margin:.2f} {fy:.2f} Td {pdf_str(f)} Tj ET")
            fy -= 11
        streams.append("\n".join(ops).encode("latin-1"))
    font_bytes = FONT.read_bytes()
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    first_page = 7
    kids = " ".join(f"{first_page + 2 * k} 0 R" for k in range(n))
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode()
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + " ".join(map(str, _WIDTHS)).encode() + b"] /FontDescriptor 4 0 R "
               b"/Encoding /WinAnsiEncoding >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    comp = zlib.compress(font_bytes, 9)
    objs[5] = (f"<< /Length {len(comp)} /Length1 {len(font_bytes)} /Filter /FlateDecode >>\nstream\n".encode()
               + comp + b"\nendstream")
    info = (f"<< /Producer {pdf_str(letter.get('producer', 'Editeur de courrier HospiText 4.2'))} "
            f"/Creator {pdf_str('HospiText')} /Title {pdf_str(letter.get('title', 'Courrier'))} "
            f"/CreationDate ({FIXED_PDF_DATE}) /ModDate ({FIXED_PDF_DATE}) >>")
    objs[6] = info.encode("latin-1")
    for k, st in enumerate(streams):
        pn, cn = first_page + 2 * k, first_page + 2 * k + 1
        objs[pn] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W} {H}] "
                    f"/Resources << /Font << /F1 3 0 R >> >> /Contents {cn} 0 R >>").encode()
        c = zlib.compress(st, 9)
        objs[cn] = f"<< /Length {len(c)} /Filter /FlateDecode >>\nstream\n".encode() + c + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += f"{num} 0 obj\n".encode() + objs[num] + b"\nendobj\n"
    xref = len(out)
    total = max(objs) + 1
    out += f"xref\n0 {total}\n0000000000 65535 f \n".encode()
    for num in range(1, total):
        out += f"{offsets[num]:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {total} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def make_docx(letter: dict) -> bytes:
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for block in letter["docx"]:
        kind = block[0]
        if kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "h":
            para = doc.add_paragraph()
            para.add_run(block[1]).bold = True
        elif kind == "table":
            rows = block[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
    cp = doc.core_properties
    when = dt.datetime(2025, 3, 1, 9, 0, 0)
    cp.author = letter.get("docx_author", "secretariat")
    cp.last_modified_by = letter.get("docx_author", "secretariat")
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.title = letter.get("title", "Courrier")
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_txt(letter: dict) -> bytes:
    t = letter["text"]
    if letter.get("crlf"):
        t = t.replace("\n", "\r\n")
    return t.encode(letter.get("encoding", "utf-8"))


def render(letter: dict) -> bytes:
    return {"pdf": make_pdf, "docx": make_docx, "txt": make_txt}[letter["ext"]](letter)


def full_text(letter: dict) -> str:
    if letter["ext"] == "pdf":
        return "\n".join(letter.get("header", []) + [letter["text_body"]] + letter.get("footer", []))
    if letter["ext"] == "docx":
        parts = []
        for b in letter["docx"]:
            if b[0] == "table":
                parts.extend(" | ".join(r) for r in b[1])
            else:
                parts.append(b[1])
        return "\n".join(parts)
    return letter["text"]


def verify_rendered(letter: dict, data: bytes) -> None:
    """Read the written file back and make sure the text a converter sees is there."""
    lid = letter["id"]
    if letter["ext"] == "pdf":
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        got = "\n".join(p.extract_text() or "" for p in r.pages)
        if "pages" in letter and len(r.pages) != letter["pages"]:
            violation(lid, f"PDF has {len(r.pages)} pages, expected {letter['pages']}")
    elif letter["ext"] == "docx":
        from docx import Document
        d = Document(io.BytesIO(data))
        got = "\n".join(p.text for p in d.paragraphs)
        for t in d.tables:
            for row in t.rows:
                got += "\n" + " | ".join(c.text for c in row.cells)
    else:
        got = data.decode(letter.get("encoding", "utf-8"))
    norm = lambda s: " ".join(fold(s).split())  # noqa: E731
    gotn = norm(got)
    for must in letter.get("evidence", []):
        if norm(must) not in gotn:
            violation(lid, f"evidence {must!r} lost in the rendered {letter['ext']}")


def main() -> int:
    atc = load_atc()
    seen = set()
    for letter in LETTERS:
        if letter["id"] in seen:
            violation(letter["id"], "duplicate id")
        seen.add(letter["id"])
        letter["text"] = full_text(letter)
        for ch in letter["text"]:
            if letter["ext"] == "pdf":
                try:
                    ch.encode("cp1252")
                except UnicodeEncodeError:
                    violation(letter["id"], f"character {ch!r} not encodable in the PDF font encoding")
        check(letter, atc)
    outs = {}
    for letter in LETTERS:
        a, b = render(letter), render(letter)
        if a != b:
            violation(letter["id"], "rendering is not deterministic")
        verify_rendered(letter, a)
        outs[f"letters/{letter['id']}.{letter['ext']}"] = a
        outs[f"gold/{letter['id']}.json"] = gold_json(letter)
    for sub in ("letters", "gold"):
        d = HERE / sub
        d.mkdir(exist_ok=True)
        for old in d.iterdir():
            if f"{sub}/{old.name}" not in outs:
                old.unlink()
    for rel, data in outs.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {len(LETTERS)} letters and golds to {HERE.relative_to(ROOT)}")
    return 0


# --------------------------------------------------------------------------
# letters and golds
# --------------------------------------------------------------------------
D = dt.date


def G(sex, age, pt, bd, pain, meds, plt, btt, ac, ap, prog, proj):
    """Build one gold record (gaps are derived later by derive_gaps)."""
    pr = {"status": prog[0], prog[1] if len(prog) > 1 else "ecog": prog[2] if len(prog) > 2 else None}
    return {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": dict(pt[3])},
        "boneDiagnosis": {"status": bd[0], "circumstances": sorted(bd[1]), "dated": bd[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": plt[0], "types": sorted(plt[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": ac[0], "atc": sorted(ac[1])},
        "antiplatelets": {"status": ap[0], "atc": sorted(ap[1])},
        "prognosis": pr,
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }


LETTERS = []

# zv01 -- urologist, prostate, text PDF 2 pages, repeated header/footer
LETTERS.append(dict(
    id="zv01", ext="pdf", pages=2, date=D(2025, 3, 4), birth=D(1948, 9, 17),
    title="Demande RCP - M. Dubernet",
    header=["Clinique des Quais de Garonne - Service d'urologie",
            "14, quai des Tanneurs - 33000 Bordeaux - Tél. 05 00 41 27 63"],
    footer=["Dr Hugo Lestrade-Bonnal - Chirurgien urologue - RPPS 10000000001",
            "Clinique des Quais de Garonne - Page {page}/{pages}"],
    text_body="""Bordeaux, le 4 mars 2025

Dr Hugo LESTRADE-BONNAL
Chirurgien urologue

À l'attention du Dr Claire Moutier-Daguerre
Secrétariat RCP « métastases osseuses »
Institut Garonne-Atlantique d'oncologie (IGAO)

Objet : M. Jean-Pierre DUBERNET, né le 17/09/1948 - demande d'avis RCP os

Chère consœur,

Je vous adresse M. Dubernet, que je suis pour un adénocarcinome de la prostate métastatique d'emblée, hormonosensible. Il s'agit d'un patient retraité (ancien viticulteur à Saint-Géraud-de-Lisle), marié, autonome.

Antécédents : HTA, dyslipidémie, angor stable stenté en 2016 (IVA), sous antiagrégant depuis. Appendicectomie. Pas d'antécédent thrombo-embolique. Tabagisme sevré (20 PA).
Antécédents familiaux : un frère traité par radiothérapie pour un cancer de la prostate en 2019 ; mère décédée d'un cancer colique.

Histoire : découverte en décembre 2024 d'un PSA à 86 ng/ml lors d'un bilan demandé par son médecin traitant pour une pollakiurie. Biopsies prostatiques le 19/12/2024 : adénocarcinome prostatique Gleason 8 (4+4), ISUP 4, 9 carottes positives sur 12. Le bilan d'extension (scintigraphie osseuse et TDM TAP du 09/01/2025) retrouve des lésions ostéocondensantes du bassin (aile iliaque droite, branche ilio-pubienne gauche), de L2 et de deux arcs costaux ; pas d'atteinte viscérale, adénopathies iliaques infracentimétriques.

Sur le plan clinique le patient ne décrit aucune douleur osseuse, y compris nocturne ; l'examen est sans particularité, pas de déficit neurologique. Etat général conservé, OMS 0, poids stable.
\fTraitement en cours :
- Eligard 45 mg (leuproréline) 1 injection SC tous les 6 mois, première injection le 10/01/2025 (après 15 jours de Casodex, arrêté)
- Nubeqa (darolutamide) 300 mg 2 cp matin et soir depuis le 05/02/2025
- Kardégic 75 mg 1 sachet/j
- Tahor 20 mg 1 cp le soir
- Triatec 5 mg 1 cp/j
Pas de traitement anticoagulant.

Sur le plan osseux, aucune lésion n'a été irradiée ni opérée. Un traitement par Xgeva est prévu après le bilan bucco-dentaire (rendez-vous chez son dentiste le 20/03). Je n'ai pas retenu de chimiothérapie par docétaxel compte tenu de l'âge et du souhait du patient.

Dernier PSA le 25/02/2025 : 11,4 ng/ml (en baisse). Testostérone à taux de castration.

Question posée à la RCP : intérêt d'une radiothérapie des lésions osseuses (maladie de faible volume ?) en complément du traitement systémique ; faut-il attendre les soins dentaires pour débuter le dénosumab ?

Je reste à votre disposition.
Bien confraternellement,

Dr H. Lestrade-Bonnal

Copie : Dr Sabine Peyrolle, médecin traitant, 33990 Saint-Géraud-de-Lisle
""",
    not_current=["M05BX04", "L01CD02"],
    evidence=["Pas de traitement anticoagulant", "Kardégic 75 mg", "Xgeva est prévu", "OMS 0"],
    gold=G("M", 76, ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           ("present", ["staging_imaging"], True), ("absent", [], None),
           ("present", ["L02AE02", "L02BB06", "B01AC06", "C10AA05", "C09AA05"]),
           ("absent", []), ("unknown", []), ("absent", []), ("present", ["B01AC06"]),
           ("present", "ecog", 0), ("present", None)),
))

# zv02 -- urologist, kidney, DOCX with a treatment table (ordonnance)
LETTERS.append(dict(
    id="zv02", ext="docx", date=D(2025, 3, 6), docx_author="Secretariat urologie",
    title="RCP os - M. Escoubet",
    docx=[
        ("h", "Centre hospitalier de la Haute-Lande - Service d'urologie"),
        ("p", "Avenue des Pins-Francs, 40999 Mont-de-Sorlan - Secrétariat : 05 00 63 18 42"),
        ("p", "Mont-de-Sorlan, le 6 mars 2025"),
        ("p", "Objet : demande de discussion en RCP métastases osseuses - M. Alain ESCOUBET, 68 ans"),
        ("p", "Cher confrère,"),
        ("p", "Je vous remercie de bien vouloir discuter en RCP métastases osseuses le dossier de M. Alain Escoubet, 68 ans, "
              "suivi pour un carcinome rénal à cellules claires gauche traité par néphrectomie élargie en mai 2019 "
              "(pT3a N0, grade ISUP 3), en surveillance simple depuis."),
        ("p", "Le 12 janvier 2025, fracture de l'humérus droit en soulevant un carton, sans aucune douleur préalable selon le patient. "
              "Les radiographies retrouvaient une lésion lytique diaphysaire. Enclouage centromédullaire le 15/01/2025 (Dr Pélissou), "
              "avec biopsie peropératoire : métastase de carcinome rénal à cellules claires. Le scanner TAP montre par ailleurs deux "
              "nodules pulmonaires infracentimétriques et une lésion lytique de l'aile iliaque gauche, asymptomatique."),
        ("p", "Radiothérapie post-opératoire de l'humérus : 20 Gy en 5 fractions, terminée le 21/02/2025."),
        ("p", "Un traitement par cabozantinib a été débuté le 24/02/2025 à visée palliative, en accord avec l'oncologue (Dr Marsaguet)."),
        ("p", "Antécédents : fibrillation auriculaire paroxystique, HTA, goutte. Père décédé d'un infarctus."),
        ("p", "Actuellement les douleurs sont bien contrôlées : EN 2/10, uniquement à la mobilisation de l'épaule, pas de réveil nocturne. "
              "Pas de radiculalgie. OMS 1."),
        ("p", "Traitement actuel (recopié de l'ordonnance du 24/02/2025) :"),
        ("table", [
            ["Médicament", "Posologie", "Depuis"],
            ["Cabometyx 40 mg (cabozantinib)", "1 cp/j à jeun", "24/02/2025"],
            ["Eliquis 5 mg (apixaban)", "1 cp matin et soir", "2021"],
            ["Cardensiel 2,5 mg", "1 cp/j", "2021"],
            ["Zyloric 100 mg", "1 cp/j", "2018"],
            ["Zometa 4 mg IV", "toutes les 4 semaines (2e perfusion le 19/02/2025)", "22/01/2025"],
            ["Doliprane 1 g", "si douleur, max 3/j", "01/2025"],
            ["Tramadol LP 100 mg", "arrêté le 20/02/2025", "-"],
        ]),
        ("p", "Pas d'autre traitement. Pas d'allergie connue."),
        ("p", "Question : faut-il proposer une radiothérapie (ou une cimentoplastie) de la lésion iliaque gauche asymptomatique, "
              "et à quel moment interrompre l'Eliquis si un geste est retenu ?"),
        ("p", "Je vous prie d'agréer, cher confrère, l'expression de mes sentiments les meilleurs."),
        ("p", "Dr Thomas Irigoyen-Lafon, urologue"),
        ("p", "CH de la Haute-Lande - RPPS 10000000002"),
    ],
    not_current=["N02AX02"],
    evidence=["Eliquis 5 mg", "Zometa 4 mg IV", "arrêté le 20/02/2025", "EN 2/10"],
    gold=G("M", 68, ("present", "kidney", "clear_cell_carcinoma", {}),
           ("present", ["pathological_fracture"], True), ("present", ["mechanical"], 2),
           ("present", ["L01EX07", "B01AF02", "C07AB07", "M05BA08", "N02BE01"]),
           ("present", ["surgery", "radiotherapy"]), ("present", ["M05BA08"]), ("present", ["B01AF02"]),
           ("unknown", []), ("present", "ecog", 1), ("present", "palliative")),
))

# zv03 -- radiotherapist, breast ILC, TXT, end-of-RT report with pain well controlled
LETTERS.append(dict(
    id="zv03", ext="txt", date=D(2025, 3, 10),
    text="""Service de Radiothérapie - Centre Les Chais-Lumière
12 rue du Docteur-Camblanne, 33999 Bordeaux-Bastide
Tel 05 00 12 88 41 / fax 05 00 12 88 40

Bordeaux, le 10/03/2025

Compte rendu de fin d'irradiation + demande de discussion RCP osseuse

Patiente : Mme Véronique LABARTHE-SOUM, 61 ans
Médecin traitant : Dr P. Castaing (Blanquefort-les-Vignes)

Chère Consoeur,

Je revois ce jour en consultation de fin de traitement Mme Labarthe, 61 ans, suivie pour un carcinome lobulaire infiltrant du sein gauche, RE 90 %, RP 40 %, HER2 score 0, diagnostiqué en sept 2024 d'emblée métastatique osseux.
Les lombalgies ont débuté au printemps 2024 (environ 6 mois avant le diagnostic) et c'est l'IRM lombaire demandée par son MT pour ces douleurs qui a montré l'infiltration de L3 avec épidurite débutante, puis le TEP a retrouvé la lésion mammaire gauche et d'autres lésions osseuses (sacrum, côtes).

ATCD : HTA, ostéoporose densitométrique (2021), cholécystectomie. Mère : cancer du sein à 70 ans. Pas de tabac.

Ttt oncologique : Kisqali 600 mg J1-J21 + Femara 2,5 mg depuis le 02/10/2024, bien toléré (neutropénie grade 2).

Irradiation : L3 + sacrum, 30 Gy en 10 fractions du 29/01 au 12/02/2025, bien tolérée hormis des nausées les premiers jours.

Sur le plan antalgique amélioration nette : EVA 1/10 ce jour (7/10 avant irradiation), plus de réveils nocturnes, persiste une gêne lombaire à la marche prolongée. Le Topalgic a pu etre arrêté fin février; elle prend du Doliprane 1 g le matin si besoin.

Traitement osseux : elle était sous Prolia 60 mg/6 mois pour son ostéoporose depuis 2021, relayé par Xgeva 120 mg mensuel depuis le 15/10/2024, avec Cacit D3 1 sachet/j. Bilan dentaire fait avant.
Pas de traitement anticoagulant ni antiagrégant.
Autres : Amlor 5 mg (HTA).

Examen : OMS 1, pas de déficit neurologique, ROT présents et symétriques.

Le TEP de réévaluation du 03/03/2025 montre une bonne réponse métabolique mais une nouvelle hyperfixation de l'aile iliaque droite, asymptomatique.

Question pour la RCP : irradiation de la lésion iliaque droite, surveillance, ou radiothérapie stéréotaxique ? Poursuite du ribociclib-letrozole inchangée a priori.

Bien confraternellement,

Dr Anne-Sophie Berge-Lasserre
Oncologue radiothérapeute
Centre Les Chais-Lumière - Bordeaux-Bastide
""",
    not_current=["N02AX02"],
    evidence=["Xgeva 120 mg mensuel", "plus de réveils nocturnes", "EVA 1/10"],
    gold=G("F", 61, ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
           ("present", ["pain"], True), ("present", ["mechanical"], 1),
           ("present", ["L01EF02", "L02BG04", "N02BE01", "M05BX04", "A12AX"]),
           ("present", ["radiotherapy"]), ("present", ["M05BX04"]), ("absent", []), ("absent", []),
           ("present", "ecog", 1), ("present", None)),
))

# zv04 -- rheumatologist, unknown primary under work-up, text PDF 1 page
LETTERS.append(dict(
    id="zv04", ext="pdf", pages=1, date=D(2025, 3, 11), birth=D(1957, 11, 2),
    title="Mme Ferrandou - avis RCP",
    header=["Cabinet de rhumatologie des Allées - Dr Marie-Hélène Casteran-Puyo",
            "7 allées de la Vieille-Corderie, 33999 Bordeaux - Tél. 05 00 52 30 17"],
    footer=["Dr M.-H. Casteran-Puyo - Rhumatologie - Secteur 1 - RPPS 10000000003",
            "Ce courrier contient des informations médicales confidentielles."],
    text_body="""Bordeaux, le 11 mars 2025

Madame Odile FERRANDOU, née le 02/11/1957
Adressée à : RCP métastases osseuses, IGAO - Dr Moutier-Daguerre

Chère Consœur,

Je vous adresse Mme Ferrandou, que je suis depuis janvier pour des rachialgies. Elle présente depuis début décembre 2024 des dorsolombalgies d'horaire inflammatoire, avec un dérouillage matinal d'environ 45 minutes et des réveils nocturnes vers 3 h du matin. EN à 6/10 ce jour malgré le traitement. Pas de radiculalgie, pas de trouble sphinctérien.

L'IRM rachidienne du 21/02/2025 montre des lésions en hyposignal T1 de T9, T11, L1 et du sacrum, évocatrices de localisations secondaires ; le mur postérieur est respecté. Electrophorèse des protéines et chaînes légères libres normales (pas d'argument pour un myélome). Calcémie normale.
Le scanner TAP du 28/02/2025 ne retrouve pas de primitif ; mammographie et échographie normales (ACR 1). Le primitif reste donc inconnu à ce stade. Une biopsie osseuse scanno-guidée de l'aile iliaque est programmée le 18/03 ; TEP-TDM demandé.

ATCD : hypothyroïdie substituée, RGO, hystérectomie 2005. Tabac 25 PA sevré en 2015. Père : cancer du poumon ; sœur : lymphome.

Traitement actuel : Profénid LP 100 mg le soir (introduit le 15/01, efficacité partielle), Inexium 20 mg/j, Lamaline 2 gél. x3/j, Levothyrox 75 µg. J'ai volontairement évité la corticothérapie avant la biopsie. Le Topalgic a été mal toléré (vomissements) et arrêté.
Aucun traitement anticoagulant. Pas de bisphosphonate débuté, dans l'attente de l'histologie.

Etat général : perte de 3 kg en 2 mois, reste autonome, OMS 1.

Pas de projet thérapeutique arrêté avant le résultat de la biopsie. Question à la RCP : une radiothérapie antalgique est-elle à envisager dès maintenant sur T11/L1, et faut-il une consolidation préventive ?

Bien confraternellement,
Dr M.-H. Casteran-Puyo
""",
    not_current=["N02AX02"],
    evidence=["Aucun traitement anticoagulant", "Pas de bisphosphonate débuté", "dérouillage matinal", "EN à 6/10"],
    gold=G("F", 67, ("present", "unknown_primary", None, {}),
           ("present", ["pain"], True), ("present", ["inflammatory", "nocturnal"], 6),
           ("present", ["M01AE03", "A02BC05", "H03AA01"]),
           ("unknown", []), ("absent", []), ("absent", []), ("unknown", []),
           ("present", "ecog", 1), ("unknown", None)),
))

# zv05 -- pain-clinic physician, lung adenocarcinoma EGFR, DOCX prose + list
LETTERS.append(dict(
    id="zv05", ext="docx", date=D(2025, 3, 13), docx_author="CETD Saint-Roch",
    title="Avis RCP os - M. Bensalah-Dupin",
    docx=[
        ("h", "Centre d'évaluation et de traitement de la douleur (CETD)"),
        ("p", "Hôpital Saint-Roch-des-Graves - 33999 Talence-Graves"),
        ("p", "Dr Nicolas Bastiat-Ourgaud, médecin algologue - Tél. 05 00 77 41 09"),
        ("p", "Talence-Graves, le 13/03/2025"),
        ("p", "Objet : M. Karim BENSALAH-DUPIN, 58 ans - demande d'avis RCP métastases osseuses"),
        ("p", "Chers collègues,"),
        ("p", "J'ai vu en consultation douleur M. Bensalah-Dupin, 58 ans, adressé par son oncologue thoracique (Dr Lagraulet) "
              "pour des douleurs pelviennes rebelles. Il est suivi depuis juin 2024 pour un adénocarcinome pulmonaire du lobe "
              "supérieur droit, EGFR muté (délétion de l'exon 19), ALK non réarrangé, PD-L1 < 1 %, métastatique osseux d'emblée : "
              "la lésion de l'aile iliaque gauche avait été découverte sur le TEP-scanner du bilan initial (juin 2024), alors asymptomatique."),
        ("p", "Il est traité par Tagrisso 80 mg/j depuis le 01/07/2024 avec bonne réponse pulmonaire. Il a reçu une radiothérapie "
              "antalgique de 8 Gy en une fraction sur l'aile iliaque gauche en novembre 2024, avec un bénéfice de quelques semaines seulement."),
        ("p", "Les douleurs actuelles sont fessières et de la face postérieure de la cuisse gauche, à type de brûlures et de décharges "
              "électriques irradiant jusqu'au talon (radiculalgie S1), DN4 à 6/10, avec une composante mécanique nette à la marche et "
              "en station assise prolongée. EN 7/10 à la première consultation le 27/02, 4/10 ce jour après adaptation du traitement. "
              "Le sommeil est correct."),
        ("p", "Traitements essayés : paracétamol et Topalgic (inefficaces, arrêtés), Laroxyl 10 gouttes (arrêté pour somnolence et "
              "sécheresse buccale), cure courte de Solupred 40 mg pendant 5 jours en février (terminée)."),
        ("p", "Traitement actuel :"),
        ("p", "- Skenan LP 30 mg matin et soir, Actiskenan 10 mg en interdoses (2 à 3/j)"),
        ("p", "- Lyrica 75 mg matin et soir (introduit le 27/02)"),
        ("p", "- Movicol 1 sachet/j"),
        ("p", "- Tagrisso 80 mg/j"),
        ("p", "- Lovenox 8000 UI/0,8 ml 2 injections/j (embolie pulmonaire segmentaire le 12/12/2024)"),
        ("p", "Pas d'antiagrégant. Il n'a jamais reçu de traitement anti-résorptif ; le Xgeva est à discuter avec son oncologue."),
        ("p", "Sur le plan général : PS 2 (limité par la douleur), poids stable. Pas de trouble sphinctérien, force musculaire conservée."),
        ("p", "Scanner du bassin du 05/03/2025 : progression de la lyse de l'aile iliaque gauche avec extension vers le foramen S1 "
              "gauche, sans fracture. Pas d'autre progression."),
        ("p", "Question à la RCP : quelle option locale proposer (ré-irradiation, cimentoplastie ou radiofréquence, chirurgie) ? "
              "Un bloc ou une analgésie intrathécale pourront être discutés secondairement au CETD."),
        ("p", "Dr N. Bastiat-Ourgaud"),
        ("p", "CETD - Hôpital Saint-Roch-des-Graves"),
    ],
    not_current=["N02AX02", "N06AA09", "H02AB06", "M05BX04", "N02BE01"],
    evidence=["Lovenox 8000 UI", "Pas d'antiagrégant", "n'a jamais reçu de traitement anti-résorptif", "PS 2"],
    gold=G("M", 58, ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
           ("present", ["staging_imaging"], True), ("present", ["neuropathic", "mechanical"], 4),
           ("present", ["N02AA01", "N03AX16", "A06AD65", "L01EB04", "B01AB05"]),
           ("present", ["radiotherapy"]), ("absent", []), ("present", ["B01AB05"]), ("absent", []),
           ("present", "ecog", 2), ("present", None)),
))

# zv06 -- urologist, prostate CRPC, short TXT with CRLF, anticoagulant named with doubt
LETTERS.append(dict(
    id="zv06", ext="txt", crlf=True, date=D(2025, 3, 27), birth=D(1941, 3, 30),
    text="""Dr Bernard SALLENAVE-TEULE
Urologue - Polyclinique du Pont-de-Pierre-Est
33999 Lormont-le-Haut
Tél : 05 00 38 64 20

Le 27/03/2025

Cher confrère,

Je vous adresse pour avis RCP M. Roger LAFFITTE-CAZAUX, né le 30/03/1941, que je suis depuis 2017 pour un adénocarcinome de prostate (Gleason 7, 4+3) traité initialement par hormonothérapie seule en raison de l'âge.
En 2021, remontée du PSA à 14 : la scintigraphie osseuse de contrôle (juin 2021) a mis en évidence des métastases osseuses vertébrales et costales. Résistance à la castration en 2023.
Il est actuellement sous Zytiga 1000 mg/j + Cortancyl 5 mg matin et soir (depuis mars 2023), Décapeptyl 22,5 mg tous les 6 mois, Prolia 60 mg tous les 6 mois (derniere injection en janvier).
Autres ttt : Tahor 10, Lasilix 40 le matin, Xanax 0,25 au coucher.
Il est anticoagulé pour une valve mécanique, par Coumadine il me semble, à vérifier auprès du cardiologue.

Le PSA remonte : 12,5 en déc, 31 en février, 48 ng/ml le 20/03/2025. Le patient est asymptomatique sur le plan osseux, pas de douleur. Pas de déficit. Il n'a jamais été irradié sur le plan osseux.

Le TEP-PSMA du 18/03 montre une progression osseuse (4 nouvelles lésions dont une de la tête fémorale droite).

Je souhaiterais l'avis de la RCP sur la suite : changement de ligne (docétaxel ? Pluvicto ?) et prise en charge préventive de la lésion fémorale ?

Confraternellement

Dr B. Sallenave-Teulé
""",
    not_current=["B01AA03", "L01CD02"],
    evidence=["Coumadine il me semble", "pas de douleur", "jamais été irradié"],
    gold=G("M", 83, ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           ("present", ["staging_imaging"], True), ("absent", [], None),
           ("present", ["L02BX03", "H02AB07", "L02AE04", "M05BX04", "C10AA05", "C03CA01", "N05BA12"]),
           ("absent", []), ("present", ["M05BX04"]), ("uncertain", ["B01AA03"]), ("unknown", []),
           ("unknown",), ("present", None)),
))

# zv07 -- radiotherapist, lung squamous, cord compression, text PDF 2 pages
LETTERS.append(dict(
    id="zv07", ext="pdf", pages=2, date=D(2025, 3, 17),
    title="RCP MO - M. Peyrucq-Labat",
    header=["Institut de radiothérapie de l'Estey - Pôle de radiothérapie",
            "3 chemin de l'Estey-Vieux, 33999 Bègles-Estey - Tél. 05 00 90 11 23 - Fax 05 00 90 11 24"],
    footer=["Dr Laurence Harismendy-Caupos - Oncologue radiothérapeute - RPPS 10000000004",
            "Page {page}/{pages}"],
    text_body="""Bègles-Estey, le 17 mars 2025

Objet : M. Guy PEYRUCQ-LABAT, 71 ans - RCP métastases osseuses
Demande d'avis : suite de prise en charge après compression médullaire

Cher Confrère,

Je vous adresse M. Peyrucq-Labat, 71 ans, ancien ostréiculteur, pour discussion en RCP métastases osseuses.

Histoire oncologique :
- Octobre 2024 : carcinome épidermoïde bronchique du lobe inférieur gauche, PD-L1 70 %, EGFR non muté, ALK négatif. Le bilan d'extension (TEP-TDM du 22/10/2024) retrouvait une lésion lytique de l'arc postérieur de la 7e côte gauche et une lésion de T7, asymptomatiques.
- Première ligne par carboplatine-paclitaxel-pembrolizumab (4 cycles, terminés en janvier 2025), puis maintenance par Keytruda 200 mg toutes les 3 semaines, en cours (dernière cure le 07/03/2025).
- 14/02/2025 : dorsalgies en ceinture puis paraparésie (force 3/5 aux membres inférieurs) : compression médullaire T7 ; laminectomie de décompression et ostéosynthèse T5-T9 en urgence le 15/02/2025 (Dr Ospital, neurochirurgie). Récupération motrice partielle, marche avec déambulateur.
- Radiothérapie post-opératoire T5-T9 : 30 Gy en 10 fractions, en cours (6e séance ce jour, fin prévue le 24/03/2025).
\fAntécédents : BPCO stade 2, AOMI (pontage fémoral 2019), tabagisme 50 PA sevré en 2024, éthylisme sevré. Pas d'antécédent familial notable.

Douleurs : la douleur en ceinture thoracique s'est nettement améliorée, EN 3/10 ce jour (8/10 en février) ; persistent quelques décharges électriques intercostales gauches. Pas de réveil nocturne.

Traitement habituel :
Keytruda 200 mg IV / 3 semaines
Dectancyl 4 mg/j en décroissance (1 mg de moins tous les 5 jours)
Oxycontin LP 10 mg matin et soir ; Oxynormoro 5 mg si besoin
Inipomp 40 mg/j
Lovenox 4000 UI/j en prévention (mobilité réduite)
Spiriva 1 inhalation/j
Le Kardégic a été interrompu avant la chirurgie et n'a pas été repris à ce jour (à rediscuter avec le chirurgien vasculaire).

Pas de traitement anti-résorptif actuellement : un traitement par acide zolédronique sera envisagé après avis dentaire.

OMS 2 (déambulateur). Espérance de vie estimée supérieure à 6 mois selon son oncologue (Dr Sarthou-Beyrie).

Projet : poursuite du pembrolizumab à visée palliative.

Questions : 1) faut-il traiter la lésion costale gauche, restée indolore ? 2) avis sur le délai de reprise du Kardégic après le geste rachidien.

Avec mes remerciements, bien confraternellement,

Dr L. Harismendy-Caupos
""",
    not_current=["B01AC06", "M05BA08", "L01XA02", "L01CD01"],
    evidence=["Lovenox 4000 UI/j", "n'a pas été repris", "Pas de traitement anti-résorptif actuellement", "EN 3/10"],
    gold=G("M", 71, ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive", "EGFR": "negative", "ALK": "negative"}),
           ("present", ["staging_imaging"], True), ("present", ["neuropathic"], 3),
           ("present", ["L01FF02", "H02AB02", "N02AA05", "A02BC02", "B01AB05"]),
           ("present", ["surgery", "radiotherapy"]), ("absent", []), ("present", ["B01AB05"]), ("absent", []),
           ("present", "ecog", 2), ("present", "palliative")),
))

# zv08 -- rheumatologist, osteoporosis on risedronate, breast relapse, DOCX
LETTERS.append(dict(
    id="zv08", ext="docx", date=D(2025, 3, 19), docx_author="Rhumato CH Lussac",
    title="Mme Bourru - RCP os",
    docx=[
        ("h", "Centre hospitalier de Lussac-en-Libournais - Service de rhumatologie"),
        ("p", "Dr Françoise Dartigues-Mollat, rhumatologue"),
        ("p", "Lussac-en-Libournais, le 19 mars 2025"),
        ("p", "À l'attention de la RCP métastases osseuses - IGAO, Bordeaux"),
        ("p", "Objet : Mme Jacqueline BOURRU-SAINT-MARC, 74 ans"),
        ("p", "Chère Consœur, cher Confrère,"),
        ("p", "Je vous adresse Mme Bourru, 74 ans, que je suis depuis 2019 pour une ostéoporose fracturaire (fracture du poignet en 2018) "
              "traitée par Actonel 35 mg hebdomadaire, poursuivi à ce jour, avec ZymaD 50 000 UI par mois."),
        ("p", "Antécédent de carcinome canalaire infiltrant du sein droit en 2012, traité par tumorectomie, radiothérapie mammaire et "
              "tamoxifène pendant 5 ans (arrêté en 2017), en rémission depuis."),
        ("p", "Le 08/01/2025, tassement vertébral L1 pour un effort minime (en portant un sac de courses), très douloureux. L'IRM a montré "
              "un aspect suspect (convexité du mur postérieur, atteinte du pédicule gauche) et d'autres anomalies de signal de T12 et L4. "
              "Une kyphoplastie L1 a été réalisée le 05/02/2025 avec biopsie : métastase d'un carcinome d'origine mammaire, RE positifs (80 %), "
              "RP négatifs, HER2 négatif (score 1+). Le TEP-TDM ne retrouve pas de lésion viscérale ; 4 lésions osseuses au total."),
        ("p", "Son oncologue (Dr Cazenave-Brouquet) a débuté le Femara 2,5 mg le 20/02/2025 ; l'adjonction d'un inhibiteur de CDK4/6 est en discussion."),
        ("p", "Actuellement : douleurs lombaires mécaniques résiduelles, EVA 3/10 à la marche, calmées par le Doliprane. Pas de douleur "
              "nocturne, pas de radiculalgie. Karnofsky 80 %."),
        ("p", "Traitement en cours : Actonel 35 mg 1 cp/semaine, ZymaD 50 000 UI 1 ampoule/mois, Femara 2,5 mg/j, Doliprane 1 g x3/j, "
              "Xanax 0,25 mg le soir, Cozaar 50 mg/j."),
        ("p", "Question : faut-il remplacer l'Actonel par un anti-résorptif à dose oncologique (dénosumab 120 mg ou acide zolédronique), "
              "et une radiothérapie des autres lésions (T12, L4) est-elle indiquée ?"),
        ("p", "Je vous remercie de votre avis. Bien à vous,"),
        ("p", "Dr F. Dartigues-Mollat"),
        ("p", "Rhumatologie - CH de Lussac-en-Libournais - secrétariat 05 00 24 57 81"),
    ],
    not_current=["L02BA01", "M05BX04", "M05BA08"],
    evidence=["Actonel 35 mg hebdomadaire, poursuivi à ce jour", "Karnofsky 80 %", "kyphoplastie L1"],
    gold=G("F", 74, ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
           ("present", ["pathological_fracture"], True), ("present", ["mechanical"], 3),
           ("present", ["M05BA07", "A11CC05", "L02BG04", "N02BE01", "N05BA12"]),
           ("present", ["cementoplasty"]), ("present", ["M05BA07"]), ("unknown", []), ("unknown", []),
           ("present", "kps", 80), ("present", None)),
))

# zv09 -- radiotherapist, primary under work-up (probably lung), hypercalcaemia, TXT
LETTERS.append(dict(
    id="zv09", ext="txt", date=D(2025, 3, 20),
    text="""CLINIQUE DE BELCIER-SUD - RADIOTHERAPIE
Dr J. Moncaup-Darrigrand
Fiche de liaison RCP os - envoyée le 20/03/2025

Pt : M. Patrick DUCOS-LAGARDERE, 66 ans
MT : Dr Lassalle-Brana, 33999 Créon-Entre-Deux-Mers

Motif : avis RCP méta osseuses, primitif non encore formellement identifié

Histoire :
Hospitalisé le 26/02/2025 en médecine interne pour confusion + déshydratation : hypercalcémie à 3,1 mmol/l. Bilan : lyse costale G (7e et 8e arcs), lésion lytique de l'aile iliaque D et de l'acétabulum D, nodule pulmonaire LID de 18 mm + ADP médiastinales.
Traité par hydratation + 1 perfusion unique de Zometa 4 mg le 28/02, calcémie normalisée. Pas de bisphosphonate au long cours pour l'instant.
Biopsie de la lésion iliaque (07/03) : métastase d'adénocarcinome, TTF1 +, CK7 +, évoquant en premier lieu une origine pulmonaire ; fibroscopie bronchique non contributive. Biologie moléculaire en cours (EGFR, ALK, ROS1 en attente). PD-L1 en cours.

ATCD : diabète type 2, HTA, tabac 40 PA actif. Aspirine arrêtée en janvier par son cardiologue (pas d'indication). Pas de ttt anticoagulant.
Fam : frère décédé d'un cancer ORL.

Clinique : douleurs costales G modérées, EVA 3/10, surtout la nuit (réveils), soulagées par le Dafalgan codéiné. Pas de douleur de hanche à la marche. PS 1.

Ttt actuel : Dafalgan codéiné 2 cp x3/j, Glucophage 1000 x2, Triatec 5, Imovane 7,5 au coucher. Le Lasilix a été arrêté pendant l'hospitalisation.

Projet : RT antalgique costale 8 Gy/1 fraction programmée le 25/03. Pas de traitement systémique débuté, en attente de la biologie moléculaire et de la RCP thoracique.

Question RCP os : lésion acétabulaire D à risque fracturaire (Mirels 8 ?) : chirurgie prophylactique / cimentoplastie / RT ?

JMD
""",
    not_current=["M05BA08", "B01AC06", "C03CA01"],
    evidence=["1 perfusion unique de Zometa", "Pas de ttt anticoagulant", "Aspirine arrêtée", "surtout la nuit"],
    gold=G("M", 66, ("uncertain", "lung", "adenocarcinoma",
                     {"EGFR": "pending", "ALK": "pending", "ROS1": "pending", "PD-L1": "pending"}),
           ("present", ["hypercalcemia"], True), ("present", ["nocturnal"], 3),
           ("present", ["N02AJ06", "A10BA02", "C09AA05", "N05CF01"]),
           ("unknown", []), ("absent", []), ("absent", []), ("absent", []),
           ("present", "ecog", 1), ("present", None)),
))

# zv10 -- urologist, kidney, ordonnance copied in the middle contradicts "pas d'anticoagulant", PDF 1 page
LETTERS.append(dict(
    id="zv10", ext="pdf", pages=1, date=D(2025, 3, 18), birth=D(1959, 6, 12),
    title="M. Arribehaute",
    header=["Centre d'urologie Médoc-Estuaire - Clinique Sainte-Hermine",
            "18 route des Graves-Blanches, 33999 Pauillac-Saint-Lambert - Tél. 05 00 59 02 36"],
    footer=["Dr Olivier Tauzin-Lacoste - Urologue - RPPS 10000000005 - Consultations sur rendez-vous",
            "Clinique Sainte-Hermine - 18 route des Graves-Blanches - 33999 Pauillac-Saint-Lambert"],
    text_body="""Pauillac-Saint-Lambert, le 18/03/2025

Monsieur Didier ARRIBEHAUTE, né le 12/06/1959

Chère Consœur,

Je vous adresse M. Arribehaute, que j'ai opéré en avril 2022 d'une néphrectomie partielle droite pour un carcinome rénal à cellules claires pT1b, grade ISUP 2.
En novembre 2024, une IRM lombaire prescrite par son médecin traitant pour une lombosciatique gauche commune a découvert fortuitement une lésion lytique du corps vertébral de L4 (la sciatique était en rapport avec une hernie L5-S1). Le TDM TAP a montré deux nodules pulmonaires de 8 et 11 mm. Biopsie vertébrale : métastase de carcinome à cellules claires.
Il a débuté en décembre 2024 une association axitinib-pembrolizumab, bien tolérée en dehors d'une hypothyroïdie substituée.

Il ne présente aucune douleur osseuse ; la sciatique a disparu. Examen neurologique normal. ECOG 0.
Aucune irradiation ni geste osseux à ce jour. Pas de traitement anti-résorptif.
Antécédents : HTA, phlébite du membre inférieur gauche en 2023. Pas de traitement anticoagulant ni antiagrégant.

Copie de la dernière ordonnance (oncologue, 03/03/2025) :
    Inlyta 5 mg : 1 cp matin et soir
    Keytruda 200 mg : perfusion toutes les 3 semaines (HDJ)
    Xarelto 20 mg : 1 cp le soir au cours du repas
    Levothyrox 50 µg : 1 cp le matin à jeun
    Amlor 5 mg : 1 cp/j
    Inexium 20 mg : 1 cp/j

Réponse partielle pulmonaire au scanner du 25/02/2025, lésion de L4 stable.

Question : au vu du caractère oligométastatique, une radiothérapie stéréotaxique de L4 est-elle indiquée ?

Bien confraternellement,
Dr O. Tauzin-Lacoste
""",
    evidence=["Pas de traitement anticoagulant ni antiagrégant", "Xarelto 20 mg", "ECOG 0", "découvert fortuitement"],
    gold=G("M", 65, ("present", "kidney", "clear_cell_carcinoma", {}),
           ("present", ["incidental_imaging"], True), ("absent", [], None),
           ("present", ["L01EK01", "L01FF02", "B01AF01", "H03AA01", "A02BC05"]),
           ("absent", []), ("absent", []), ("conflicting", ["B01AF01"]), ("absent", []),
           ("present", "ecog", 0), ("present", None)),
))

# zv11 -- pain-clinic physician, triple-negative breast, pain well controlled, DOCX
LETTERS.append(dict(
    id="zv11", ext="docx", date=D(2025, 3, 21), docx_author="Unite douleur",
    title="Mme Mercadier - RCP",
    docx=[
        ("h", "Unité douleur et soins de support - Clinique du Bois-de-Saint-Jean"),
        ("p", "Dr Émilie Pouyanne-Darricau, médecin de la douleur - 33999 Saint-Jean-des-Pins"),
        ("p", "Saint-Jean-des-Pins, le 21 mars 2025"),
        ("p", "Objet : Mme Nadia MERCADIER, 52 ans - RCP métastases osseuses"),
        ("p", "Chère Consœur,"),
        ("p", "Je suis en consultation douleur Mme Mercadier, 52 ans, pour des douleurs osseuses liées à un carcinome canalaire infiltrant "
              "du sein gauche triple négatif (RE 0 %, RP 0 %, HER2 0), diagnostiqué en 2022, traité par chimiothérapie néoadjuvante, "
              "mastectomie et radiothérapie pariétale."),
        ("p", "Rechute osseuse en septembre 2024, révélée par une douleur de hanche droite à l'appui : lésion lytique du cotyle droit et "
              "de deux vertèbres dorsales. Paclitaxel hebdomadaire (arrêté en décembre 2024 pour neuropathie grade 2), puis Xeloda depuis "
              "janvier 2025 à visée palliative."),
        ("p", "Une cimentoplastie acétabulaire droite a été faite le 14/10/2024, avec un bon résultat ; elle n'a jamais été irradiée "
              "sur le plan osseux."),
        ("p", "Aujourd'hui la douleur est bien contrôlée : EN 2/10, uniquement à l'appui prolongé, sans composante neuropathique. "
              "Les paresthésies des pieds (neuropathie au paclitaxel) sont améliorées par le Neurontin."),
        ("p", "Traitement antalgique : Durogesic 25 µg/h (patch tous les 3 jours), Actiq 200 µg en cas d'accès douloureux (rarement, "
              "une fois par semaine), Doliprane 1 g x3/j, Neurontin 300 mg x3/j. Laroxyl arrêté (somnolence)."),
        ("p", "Autres traitements : Xeloda 1500 mg matin et soir J1-J14 tous les 21 jours, Xgeva 120 mg SC toutes les 4 semaines "
              "(depuis octobre 2024), Cacit D3, HBPM curative pour une thrombose sur PAC en janvier 2025, Forlax."),
        ("p", "ATCD : pas d'autre antécédent. Sœur traitée pour un cancer de l'ovaire ; recherche de mutation BRCA négative."),
        ("p", "PS 1, elle travaille à mi-temps."),
        ("p", "Le scanner du 10/03/2025 montre une progression lytique de T8 avec recul du mur postérieur, sans signe neurologique."),
        ("p", "Question : prise en charge de T8 (radiothérapie ? vertébroplastie ? avis chirurgical ?) avant l'apparition de symptômes ; "
              "la patiente souhaite préserver son activité professionnelle."),
        ("p", "Dr É. Pouyanne-Darricau"),
        ("p", "Unité douleur - Clinique du Bois-de-Saint-Jean - 05 00 66 70 12"),
    ],
    not_current=["L01CD01", "N06AA09"],
    evidence=["HBPM curative", "cimentoplastie acétabulaire", "EN 2/10", "Xgeva 120 mg"],
    gold=G("F", 52, ("present", "breast", "invasive_ductal_carcinoma", {"ER": "negative", "PR": "negative", "HER2": "negative"}),
           ("present", ["pain"], True), ("present", ["mechanical"], 2),
           ("present", ["N02AB03", "N02BE01", "N03AX12", "L01BC06", "M05BX04", "A12AX", "A06AD15"]),
           ("present", ["cementoplasty"]), ("present", ["M05BX04"]), ("present", []), ("unknown", []),
           ("present", "ecog", 1), ("present", "palliative")),
))

# zv12 -- radiotherapist, oligometastatic prostate relapse, curative SBRT, text PDF 2 pages
LETTERS.append(dict(
    id="zv12", ext="pdf", pages=2, date=D(2025, 3, 24),
    title="M. Lapegue - RCP MO",
    header=["Centre de radiothérapie du Bassin - Oncologie radiothérapie",
            "2 allée des Prés-Salés, 33999 Arès-les-Dunes - Tél. 05 00 83 45 90"],
    footer=["Dr Mathieu Coustet-Haramboure - Radiothérapeute - Centre de radiothérapie du Bassin",
            "Page {page} sur {pages}"],
    text_body="""Arès-les-Dunes, le 24 mars 2025

Docteur Mathieu COUSTET-HARAMBOURE
Oncologue radiothérapeute

à Madame le Docteur Moutier-Daguerre
RCP métastases osseuses - IGAO, Bordeaux

Objet : M. Francis LAPÈGUE, 69 ans

Chère Consœur,

Je souhaiterais présenter à la prochaine RCP métastases osseuses le dossier de M. Lapègue, 69 ans, retraité de la marine marchande.

Antécédents oncologiques : adénocarcinome prostatique Gleason 7 (3+4), prostatectomie totale en mai 2018 (pT3a N0 R1), puis radiothérapie de rattrapage de la loge prostatique en 2020 (66 Gy) associée à 2 ans d'Eligard, arrêté en 2022.

Depuis la fin 2024 le PSA remonte : 0,45 en octobre, 0,9 en décembre, 1,8 ng/ml le 20/02/2025. Le TEP-PSMA du 04/03/2025 montre une fixation isolée de l'arc antérieur de la 6e côte droite, sans autre lésion ganglionnaire ni viscérale.

Cliniquement la lésion est indolore, le patient ne se plaint d'aucune douleur. OMS 0.
\fAutres antécédents : diabète de type 2, hypercholestérolémie, cure de hernie inguinale. Père : cancer du poumon. Pas d'allergie.

Traitements : Glucophage 1000 mg matin et soir, Tahor 10 mg. Pas d'anticoagulant, pas d'antiagrégant plaquettaire. Pas d'hormonothérapie en cours.

La lésion costale n'a jamais été irradiée.

Projet : radiothérapie stéréotaxique de la lésion costale, 3 x 10 Gy, à visée curative (maladie oligométastatique), planifiée la semaine du 07/04/2025.

Question posée : faut-il associer une hormonothérapie courte (6 mois) à l'irradiation stéréotaxique ?

Je vous remercie par avance de votre avis.
Bien confraternellement,

Dr M. Coustet-Haramboure
""",
    not_current=["L02AE02"],
    evidence=["Pas d'anticoagulant, pas d'antiagrégant", "n'a jamais été irradiée", "à visée curative", "loge prostatique"],
    gold=G("M", 69, ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           ("present", ["staging_imaging"], True), ("absent", [], None),
           ("present", ["A10BA02", "C10AA05"]),
           ("absent", []), ("unknown", []), ("absent", []), ("absent", []),
           ("present", "ecog", 0), ("present", "curative")),
))

if __name__ == "__main__":
    raise SystemExit(main())
