#!/usr/bin/env python3
"""corpus87: 12 blind referral letters (Maghreb / French-speaking Africa trained
physicians working in French hospitals) with their gold records.

Run from /work/main:  .venv/bin/python tests/corpus87/make_letters.py
Writes tests/corpus87/letters/ and tests/corpus87/gold/ byte-identically on
every run, after checking every gold against the contract
(shared/spec/rcp-request.md). Any failure exits with "CONTRACT VIOLATION: ...".
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC = Path("/work/shared/spec")
if not SPEC.exists():
    SPEC = ROOT.parent / "shared" / "spec"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

# --------------------------------------------------------------------------
# contract
# --------------------------------------------------------------------------
NINE = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
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
BIORESULTS = {"positive", "negative", "pending"}
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


def load_atc():
    rows = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        code, dci, inn = parts[0].strip(), parts[1].strip(), parts[2].strip()
        brands = [b.strip() for b in (parts[4] if len(parts) > 4 else "").split(",") if b.strip()]
        rows[code] = [dci, inn] + brands
    return rows


ATC = load_atc()


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def compute_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to gold values (nine items, not antiplatelets)."""
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in NINE:
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


def age_at(birth: str, on: str) -> int:
    b = dt.date.fromisoformat(birth)
    d = dt.date.fromisoformat(on)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def fail(msg: str):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def check(letter: dict, gold: dict):
    lid = letter["id"]
    text = letter_text(letter)
    ftext = fold(text)
    p = gold["patient"]
    if p["sex"] not in ("F", "M"):
        fail(f"{lid}: sex {p['sex']}")
    if not isinstance(p["age"], int) or not 18 <= p["age"] <= 110:
        fail(f"{lid}: age {p['age']}")
    if letter.get("birth"):
        b = dt.date.fromisoformat(letter["birth"])
        if b.strftime("%d/%m/%Y") not in text:
            fail(f"{lid}: birth date {b:%d/%m/%Y} not written in the letter")
        d = dt.date.fromisoformat(letter["date"])
        if d.strftime("%d/%m/%Y") not in text:
            fail(f"{lid}: letter date {d:%d/%m/%Y} not written in the letter")
        if age_at(letter["birth"], letter["date"]) != p["age"]:
            fail(f"{lid}: age {p['age']} != computed {age_at(letter['birth'], letter['date'])}")
    else:
        if f"{p['age']} ans" not in text:
            fail(f"{lid}: age {p['age']} not written and no birth date")
    for item, allowed in ALLOWED.items():
        st = gold[item]["status"]
        if st not in allowed:
            fail(f"{lid}: {item} status {st} not in {sorted(allowed)}")
    pt = gold["primaryTumor"]
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            fail(f"{lid}: unknown primary tumour with values")
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(f"{lid}: site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(f"{lid}: histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIORESULTS:
            fail(f"{lid}: biomarker {k}={v}")
    bd = gold["boneDiagnosis"]
    for c in bd["circumstances"]:
        if c not in CIRCUMSTANCES:
            fail(f"{lid}: circumstance {c}")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(f"{lid}: bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(f"{lid}: unknown bone diagnosis with values")
    if not isinstance(bd["dated"], bool):
        fail(f"{lid}: dated must be bool")
    pain = gold["pain"]
    for t in pain["types"]:
        if t not in PAIN_TYPES:
            fail(f"{lid}: pain type {t}")
    if pain["status"] in ("absent", "unknown") and pain["types"]:
        fail(f"{lid}: pain {pain['status']} with types")
    if pain["intensity"] is not None:
        if not isinstance(pain["intensity"], int) or not 0 <= pain["intensity"] <= 10:
            fail(f"{lid}: pain intensity {pain['intensity']}")
        if pain["status"] == "present" and pain["intensity"] == 0:
            fail(f"{lid}: present pain at 0")
        if f"{pain['intensity']}/10" not in text.replace(" /", "/"):
            fail(f"{lid}: intensity {pain['intensity']}/10 not in letter")
    if pain["status"] == "unknown" and pain["intensity"] is not None:
        fail(f"{lid}: unknown pain with intensity")
    lt = gold["priorLocalTreatments"]
    for t in lt["types"]:
        if t not in LOCAL_TYPES:
            fail(f"{lid}: local treatment {t}")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        fail(f"{lid}: local treatments {lt['status']} with types")
    if lt["status"] == "present" and not lt["types"]:
        fail(f"{lid}: local treatments present without type")
    meds = gold["currentMedications"]
    for code in meds["atc"]:
        if code not in ATC:
            fail(f"{lid}: ATC {code} not in atc-reference.tsv")
    if meds["atc"] != sorted(set(meds["atc"])):
        fail(f"{lid}: currentMedications.atc must be sorted and unique")
    if meds["status"] in ("absent", "unknown") and meds["atc"]:
        fail(f"{lid}: currentMedications {meds['status']} with codes")
    # every gold code must be nameable from the letter
    for name in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        for code in gold[name]["atc"]:
            if code not in ATC:
                fail(f"{lid}: {name} ATC {code} not in atc-reference.tsv")
            if not any(fold(n) in ftext for n in ATC[code]):
                fail(f"{lid}: {name} {code} ({ATC[code][0]}) named nowhere in the letter")
    for name, prefixes in AGENT_PREFIXES.items():
        sec = gold[name]
        if sec["atc"] != sorted(set(sec["atc"])):
            fail(f"{lid}: {name}.atc must be sorted and unique")
        for code in sec["atc"]:
            if not code.startswith(prefixes):
                fail(f"{lid}: {code} does not belong in {name}")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            fail(f"{lid}: {name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            missing = [c for c in sec["atc"] if c not in meds["atc"]]
            if missing:
                fail(f"{lid}: {name} agents {missing} missing from currentMedications")
        if sec["status"] == "uncertain":
            doubt = [c for c in sec["atc"] if c in meds["atc"]]
            if doubt:
                fail(f"{lid}: {name} agents named with doubt {doubt} must not be current")
    # every current drug of an agent class must be in its section
    for code in meds["atc"]:
        for name, prefixes in AGENT_PREFIXES.items():
            if code.startswith(prefixes) and code not in gold[name]["atc"]:
                fail(f"{lid}: current {code} absent from {name}")
    pr = gold["prognosis"]
    has_e, has_k = "ecog" in pr, "kps" in pr
    if has_e == has_k:
        fail(f"{lid}: prognosis needs exactly one of ecog/kps keys")
    if has_e and pr["ecog"] is not None and pr["ecog"] not in range(0, 5):
        fail(f"{lid}: ecog {pr['ecog']}")
    if has_k and pr["kps"] not in range(0, 101, 10):
        fail(f"{lid}: kps {pr['kps']}")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        fail(f"{lid}: unknown prognosis with a value")
    tp = gold["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(f"{lid}: intent {tp['intent']}")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        fail(f"{lid}: unknown project with intent")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] and intent_words[tp["intent"]] not in ftext:
        fail(f"{lid}: intent {tp['intent']} not said in the letter")
    if gold["gaps"] != compute_gaps(gold):
        fail(f"{lid}: gaps differ from the gap rule")
    if letter["fmt"] == "pdf":
        try:
            text.encode("cp1252")
        except UnicodeEncodeError as e:
            fail(f"{lid}: PDF text not WinAnsi-encodable: {e}")
    if letter.get("encoding"):
        text.encode(letter["encoding"])


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------
def letter_text(letter: dict) -> str:
    if letter["fmt"] == "docx":
        out = []
        for block in letter["body"]:
            if isinstance(block, tuple) and block[0] == "table":
                for row in block[1]:
                    out.append(" | ".join(row))
            elif isinstance(block, tuple):
                out.append(block[1])
            else:
                out.append(block)
        return "\n".join(out)
    return letter["body"]


def write_txt(letter: dict, path: Path):
    text = letter["body"]
    if letter.get("crlf"):
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode(letter.get("encoding", "utf-8")))


def write_docx(letter: dict, path: Path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for block in letter["body"]:
        if isinstance(block, tuple) and block[0] == "table":
            rows = block[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        elif isinstance(block, tuple) and block[0] == "h":
            para = d.add_paragraph()
            run = para.add_run(block[1])
            run.bold = True
        else:
            d.add_paragraph(block)
    cp = d.core_properties
    fixed = dt.datetime(2026, 5, 1, 8, 0, 0)
    cp.author = letter.get("author", "Secrétariat")
    cp.last_modified_by = letter.get("author", "Secrétariat")
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = "Demande RCP métastases osseuses"
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
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


_FONT_CACHE = {}


def font_data(fontpath: Path, chars: str):
    """Subset a TrueType font to the WinAnsi characters used; return (bytes, widths, metrics)."""
    import logging

    from fontTools import subset
    from fontTools.ttLib import TTFont

    logging.getLogger("fontTools").setLevel(logging.ERROR)

    key = (fontpath, chars)
    if key in _FONT_CACHE:
        return _FONT_CACHE[key]
    full = TTFont(str(fontpath))
    upem = full["head"].unitsPerEm
    cmap = full.getBestCmap()
    hmtx = full["hmtx"]
    widths = []
    for code in range(32, 256):
        ch = bytes([code]).decode("cp1252", errors="replace")
        g = cmap.get(ord(ch))
        widths.append(round(hmtx[g][0] * 1000 / upem) if g else 0)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.recalc_timestamp = False
    opts.glyph_names = False
    opts.layout_features = []
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted({ord(c) for c in chars} | {32}))
    font = TTFont(str(fontpath))
    sub.subset(font)
    font.recalcTimestamp = False
    b = io.BytesIO()
    font.save(b)
    head = full["head"]
    os2 = full["OS/2"]
    metrics = {
        "bbox": [round(v * 1000 / upem) for v in (head.xMin, head.yMin, head.xMax, head.yMax)],
        "ascent": round(full["hhea"].ascent * 1000 / upem),
        "descent": round(full["hhea"].descent * 1000 / upem),
        "cap": round(getattr(os2, "sCapHeight", 700) * 1000 / upem),
    }
    _FONT_CACHE[key] = (b.getvalue(), widths, metrics)
    return _FONT_CACHE[key]


def pdf_escape(s: str) -> bytes:
    raw = s.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def wrap(line: str, widths, size: float, maxw: float):
    def w(s):
        return sum(widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000

    if w(line) <= maxw:
        return [line]
    indent = len(line) - len(line.lstrip(" "))
    words = line.split(" ")
    out, cur = [], ""
    for word in words:
        cand = (cur + " " + word) if cur else word
        if w(cand) <= maxw or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = " " * indent + word
    if cur:
        out.append(cur)
    return out


def write_pdf(letter: dict, path: Path):
    text = letter["body"]
    bold_lines = set(letter.get("bold", []))
    all_chars = "".join(sorted(set(text)))
    reg, wreg, mreg = font_data(FONT, all_chars)
    bold, wbold, mbold = font_data(FONT_BOLD, all_chars)
    size, lead = 10.0, 13.5
    left, top, bottom, maxw = 62, 790, 60, 470
    pages, cur, y = [], [], top
    for raw in text.split("\n"):
        isbold = raw.strip() in bold_lines and raw.strip() != ""
        ws = wbold if isbold else wreg
        pieces = wrap(raw, ws, size, maxw) if raw.strip() else [""]
        for piece in pieces:
            if y < bottom:
                pages.append(cur)
                cur, y = [], top
            if piece.strip():
                cur.append((left, y, "F2" if isbold else "F1", piece))
            y -= lead
    pages.append(cur)
    objs = {}
    n_pages = len(pages)
    # object numbering
    CAT, PAGES, F1, FD1, FF1, F2, FD2, FF2, INFO = range(1, 10)
    first_page = 10

    def stream(data: bytes, extra: str = "") -> bytes:
        return f"<< /Length {len(data)}{extra} >>\nstream\n".encode() + data + b"\nendstream"

    kids = []
    for i, pg in enumerate(pages):
        pnum = first_page + 2 * i
        cnum = pnum + 1
        kids.append(f"{pnum} 0 R")
        ops = []
        for (x, yy, fnt, s) in pg:
            ops.append(b"BT /" + fnt.encode() + f" {size:.0f} Tf {x} {yy:.1f} Td (".encode()
                       + pdf_escape(s) + b") Tj ET")
        footer = f"Page {i + 1}/{n_pages}"
        ops.append(f"BT /F1 8 Tf 500 30 Td (".encode() + pdf_escape(footer) + b") Tj ET")
        content = b"\n".join(ops)
        objs[pnum] = (f"<< /Type /Page /Parent {PAGES} 0 R /MediaBox [0 0 595 842] "
                      f"/Resources << /Font << /F1 {F1} 0 R /F2 {F2} 0 R >> >> "
                      f"/Contents {cnum} 0 R >>").encode()
        objs[cnum] = stream(content)
    objs[CAT] = f"<< /Type /Catalog /Pages {PAGES} 0 R >>".encode()
    objs[PAGES] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {n_pages} >>".encode()
    for fnum, fdnum, ffnum, data, widths, m, name in (
            (F1, FD1, FF1, reg, wreg, mreg, "AAAAAA+DejaVuSans"),
            (F2, FD2, FF2, bold, wbold, mbold, "AAAAAB+DejaVuSans-Bold")):
        objs[fnum] = (f"<< /Type /Font /Subtype /TrueType /BaseFont /{name} /FirstChar 32 "
                      f"/LastChar 255 /Widths [{' '.join(map(str, widths))}] "
                      f"/Encoding /WinAnsiEncoding /FontDescriptor {fdnum} 0 R >>").encode()
        objs[fdnum] = (f"<< /Type /FontDescriptor /FontName /{name} /Flags 32 "
                       f"/FontBBox [{' '.join(map(str, m['bbox']))}] /ItalicAngle 0 "
                       f"/Ascent {m['ascent']} /Descent {m['descent']} /CapHeight {m['cap']} "
                       f"/StemV 80 /FontFile2 {ffnum} 0 R >>").encode()
        objs[ffnum] = stream(data, f" /Length1 {len(data)}")
    objs[INFO] = (b"<< /Producer (corpus87 make_letters.py) /Creator ("
                  + pdf_escape(letter.get("author", "Secrétariat")) + b") "
                  b"/CreationDate (D:20260501080000+00'00') /ModDate (D:20260501080000+00'00') >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    maxobj = max(objs)
    offsets = {}
    for num in range(1, maxobj + 1):
        offsets[num] = out.tell()
        out.write(f"{num} 0 obj\n".encode() + objs[num] + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {maxobj + 1}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for num in range(1, maxobj + 1):
        out.write(f"{offsets[num]:010d} 00000 n \n".encode())
    ident = letter["id"].encode().hex().ljust(32, "0")[:32]
    out.write(f"trailer\n<< /Size {maxobj + 1} /Root {CAT} 0 R /Info {INFO} 0 R "
              f"/ID [<{ident}> <{ident}>] >>\nstartxref\n{xref}\n%%EOF\n".encode())
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# gold helper
# --------------------------------------------------------------------------
def G(lid, sex, age, *, pt, bd, pain, meds, local, bone, anticoag, antiplat, prog, proj):
    """pt=(status, site, histology, biomarkers); bd=(status, circumstances, dated);
    pain=(status, types, intensity); meds=(status, [atc]); local=(status, [types]);
    bone/anticoag/antiplat=(status, [atc]); prog=(status, 'ecog'|'kps', value);
    proj=(status, intent)"""
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": dict(pt[3])},
        "boneDiagnosis": {"status": bd[0], "circumstances": list(bd[1]), "dated": bd[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": bone[0], "atc": sorted(bone[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplat[0], "atc": sorted(antiplat[1])},
        "prognosis": {"status": prog[0], prog[1]: prog[2]},
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }
    g["gaps"] = compute_gaps(g)
    return g


# ==========================================================================
# the letters and their golds
# ==========================================================================
LETTERS = []


def add(lid, fmt, body, gold, **kw):
    d = {"id": lid, "fmt": fmt, "body": body, "gold": gold}
    d.update(kw)
    LETTERS.append(d)


# yk01 -- pneumologist, text PDF ------------------------------------------------
add("yk01", "pdf", """CENTRE HOSPITALIER INTERCOMMUNAL DE VAL-D'ARGENSE
Service de Pneumologie et Oncologie Thoracique
Dr Karim BENSLIMANE - Praticien Hospitalier
Secrétariat : 01 39 72 48 15 - pneumo.secretariat@chi-valdargense.fr

                                              Val-d'Argense, le 12/05/2026

A l'attention des membres de la RCP « métastases osseuses »
CHU de Saint-Aubin-des-Landes

Objet : demande d'avis RCP - M. HAMMOUDI Rachid, né le 14/03/1958

Chers confrères,

Je vous adresse le dossier de M. HAMMOUDI Rachid, né le 14/03/1958, suivi dans notre service pour un adénocarcinome pulmonaire du lobe inférieur droit de stade IV (métastase osseuse L3).

ATCD :
- HTA sous Amlor 5 mg.
- Tabagisme sevré en 2010 (30 PA).
- TVP surale gauche le 18/02/2026.
- Familiaux : père décédé d'une néoplasie de vessie.

Histoire de la maladie :
Le patient rapporte la notion de lombalgies évoluant depuis décembre 2025, d'abord à la marche puis réveillant le patient la nuit. Le bilan paraclinique (TDM TAP du 03/02/2026) a objectivé une masse du LID de 42 mm avec adénopathies médiastinales et une lésion ostéolytique de L3 avec atteinte du mur postérieur, sans épidurite à l'IRM. La fibroscopie bronchique avec biopsies a conclu à un adénocarcinome TTF1+.
Biologie moléculaire : mutation EGFR exon 21 (L858R), pas de réarrangement ALK, PD-L1 < 1 %.

Le patient est mis sous osimertinib (Tagrisso 80 mg/j) depuis le 02/03/2026, bien toléré (rash grade 1).
L'évolution a été marquée par la survenue d'une TVP surale gauche le 18/02/2026 ; le patient est mis sous AVK (Préviscan 20 mg, INR cible 2-3) après relais HBPM, INR du 05/05 à 2,6.

Sur le plan osseux : RT antalgique monofraction 8 Gy sur L3 le 10/03/2026 avec amélioration partielle. Actuellement persistance d'une douleur lombaire à la marche et à l'effort, EVA 5/10 ce jour (8/10 avant la RT), avec quelques réveils nocturnes. Pas de radiculalgie, pas de déficit sensitivo-moteur, pas de troubles sphinctériens.
Un bilan dentaire a été demandé en vue de l'introduction du dénosumab (Xgeva), non encore débuté.

Examen clinique : OMS 1, poids 71 kg (stable). Auscultation RAS.
Biologie : NFS RAS, BHC normal, créatinine 78 µmol/l, calcémie corrigée 2,41 mmol/l.

Traitement actuel :
- Tagrisso 80 mg : 1 cp/j
- Préviscan 20 mg : selon INR
- Skenan LP 30 mg : 1 gél matin et soir
- Doliprane 1 g : 1 cp x 3/j
- Inexium 20 mg : 1 cp le soir
- Amlor 5 mg : 1 cp/j

Conclusion : adénocarcinome pulmonaire EGFR muté, sous Tagrisso, prise en charge à visée palliative. Lésion lytique L3 persistante douloureuse malgré la RT.
Question posée à la RCP : indication d'une cimentoplastie de L3 ou d'une stabilisation ? Conduite à tenir vis-à-vis de l'anticoagulation en cas de geste.

Je vous remercie de l'attention que vous porterez à ce patient et reste à votre disposition.
Confraternellement,

Dr K. BENSLIMANE
""", G("yk01", "M", 68,
      pt=("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
      bd=("present", ["pain"], True),
      pain=("present", ["mechanical", "nocturnal"], 5),
      meds=("present", ["L01EB04", "B01AA12", "N02AA01", "N02BE01", "A02BC05"]),
      local=("present", ["radiotherapy"]),
      bone=("unknown", []), anticoag=("present", ["B01AA12"]), antiplat=("unknown", []),
      prog=("present", "ecog", 1), proj=("present", "palliative")),
    birth="1958-03-14", date="2026-05-12", author="Dr K. Benslimane",
    bold=["Traitement actuel :", "Histoire de la maladie :", "ATCD :"])

# yk02 -- urologist, DOCX ------------------------------------------------------
add("yk02", "docx", [
    ("h", "Clinique Urologique des Trois-Vallées - Dr Mamadou Lamine DIALLO, urologue"),
    "14 avenue du Maréchal-Lyautey, 41290 Montrevel-la-Forêt - Tél. 02 54 81 26 70",
    "Montrevel, le 06/05/2026",
    "Demande de passage en RCP métastases osseuses",
    "Cher Confrère,",
    "Je vous adresse Monsieur PERRIGNON Jean-Claude, 74 ans, que je suis pour un adénocarcinome prostatique Gleason 8 (4+4), ISUP 4, diagnostiqué en décembre 2025 sur biopsies prostatiques échoguidées (12/12 positives), PSA initial à 86 ng/ml.",
    "Le bilan d'extension (scintigraphie osseuse du 08/01/2026 complétée par un TEP-PSMA) a objectivé des métastases osseuses multiples (rachis dorsal, bassin, 3 arcs costaux), sans atteinte ganglionnaire à distance ni viscérale. Stade M1b, haut volume.",
    "Le patient est mis sous TRT à base d'agoniste LH-RH (Eligard 45 mg/6 mois, 1ère injection le 15/01/2026, après 15 j d'anti-androgène) associé à l'apalutamide (Erleada 240 mg/j) depuis le 10/02/2026. Bonne tolérence en dehors de bouffées de chaleur. PSA de contrôle à 4,1 ng/ml le 20/04/2026.",
    "Sur le plan clinique, le patient ne rapporte aucune douleur osseuse. Examen neurologique RAS. Pas de trouble mictionnel gênant.",
    ("h", "Antécédents"),
    "Diabète de type 2 sous ADO, dyslipidémie, angor stable stenté (IVA) en 2019 sous antiagrégant. Appendicectomie. Pas d'antécédent familial de cancer connu.",
    ("h", "Traitement habituel"),
    ("table", [["Médicament", "Posologie"],
               ["Eligard 45 mg", "1 inj SC / 6 mois"],
               ["Erleada 60 mg", "4 cp/j"],
               ["Kardégic 75 mg", "1 sachet/j"],
               ["Glucophage 1000 mg", "1 cp matin et soir"],
               ["Tahor 20 mg", "1 cp le soir"]]),
    "Pas de traitement anticoagulant. Aucun traitement local sur l'os à ce jour (jamais irradié, pas de chirurgie). Pas de traitement anti-résorptif osseux pour l'instant.",
    "Etat général conservé, OMS 0, autonome.",
    "Question : intérêt d'un traitement par dénosumab ou acide zolédronique à ce stade hormonosensible ? Place d'une radiothérapie de la prostate (haut volume) ?",
    "Je reste à votre disposition pour tout complément.",
    "Bien confraternellement, Dr M. L. DIALLO",
], G("yk02", "M", 74,
     pt=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
     bd=("present", ["staging_imaging"], True),
     pain=("absent", [], None),
     meds=("present", ["L02AE02", "L02BB05", "B01AC06", "A10BA02", "C10AA05"]),
     local=("absent", []),
     bone=("absent", []), anticoag=("absent", []), antiplat=("present", ["B01AC06"]),
     prog=("present", "ecog", 0), proj=("present", None)),
    author="Dr M. L. Diallo")

# yk03 -- internist, TXT UTF-8 -------------------------------------------------
add("yk03", "txt", """Hôpital Saint-Exupère - Service de Médecine Interne
Dr Nadia AIT-OUALI, PH
Tél secrétariat : 03 21 66 40 92

Le 14/04/2026

Objet : demande d'avis RCP métastases osseuses
Patiente : Mme LEMARCHAND Odette, 75 ans

Cher(e)s collègues,

Je vous adresse Mme LEMARCHAND, 75 ans, hospitalisée dans notre service depuis le 28/03/2026 pour une hypercalcémie sévère à 3,45 mmol/l avec syndrome confusionnel, adressée par les urgences.

ATCD : hypothyroïdie substituée, anémie ferriprive sous traitement martial (Tardyferon), HTA. Pas de tabagisme actif (sevrée il y a 20 ans).
ATCD familiaux : frère décédé d'un cancer du poumon, soeur traitée pour un cancer du sein.

Le bilan paraclinique a retrouvé :
- TDM TAP : nodule spiculé du LSD de 25 mm, adénopathies médiastinales, multiples lésions ostéolytiques (rachis, bassin, côtes).
- EPP et chaînes légères libres normales : pas d'argument pour un myélome.
- PTH effondrée, PTHrp en cours.
- Biopsie scanno-guidée d'une lésion iliaque gauche le 03/04 : métastase d'un adénocarcinome TTF1+ CK7+, en faveur d'une origine pulmonaire. PD-L1 5 %. Biologie moléculaire (EGFR, ALK, ROS1) en cours.
Le primitif pulmonaire est donc probable mais non prouvé (pas de biopsie du nodule, fibroscopie non contributive).

L'évolution a été marquée par une normalisation de la calcémie sous hydratation et Zometa 4 mg (perfusion unique le 29/03). Pas de traitement anti-résorptif au long cours pour le moment.
La pateinte a été mise sous Cortancyl 20 mg/j.

Douleurs : la patiente rapporte des douleurs diffuses du rachis et du bassin de rythme inflammatoire, avec un dérouillage matinal d'environ 1 heure. EVA 6/10 ce jour.

Etat général : OMS 2, amaigrissement de 6 kg en 3 mois.
Bio : NFS : Hb 10,2 g/dl, plaquettes normales. BHC RAS. Créat 92 µmol/l.

TRT actuel :
Doliprane 1 g x 3/j
Lovenox 4000 UI/j en préventif (hospitalisation)
Cortancyl 20 mg/j
Levothyrox 75 µg/j
Tardyferon 80 mg/j

Pas de traitement oncologique spécifique débuté à ce jour, dans l'attente des résultats de biologie moléculaire.

Questions : radiothérapie antalgique ? indication d'un traitement anti-résorptif au long cours (Xgeva vs Zometa) ? aide à la prise en charge oncologique.

Bien confraternellement,
Dr N. AIT-OUALI
""", G("yk03", "F", 75,
      pt=("uncertain", "lung", "adenocarcinoma",
          {"PD-L1": "positive", "EGFR": "pending", "ALK": "pending", "ROS1": "pending"}),
      bd=("present", ["hypercalcemia"], True),
      pain=("present", ["inflammatory"], 6),
      meds=("present", ["N02BE01", "B01AB05", "H02AB07", "H03AA01"]),
      local=("unknown", []),
      bone=("absent", []), anticoag=("present", ["B01AB05"]), antiplat=("unknown", []),
      prog=("present", "ecog", 2), proj=("unknown", None)),
    author="Dr N. Ait-Ouali")

# yk04 -- medical oncologist, text PDF ----------------------------------------
add("yk04", "pdf", """INSTITUT DE CANCEROLOGIE DU BOCAGE
Département d'Oncologie Médicale - Dr Fatou NDIAYE
Tél : 02 43 18 55 07 - Fax : 02 43 18 55 09

                                              Le 18/05/2026

Fiche de présentation RCP - Métastases osseuses

Patiente : Mme VALLERAND Sandrine, née le 30/06/1966
Médecin traitant : Dr Lefoulon (Saint-Paterne)

Antécédents :
- Carcinome canalaire infiltrant du QSE du sein gauche diagnostiqué en 2018, grade II, RE 90 %, RP 20 %, HER2 score 1+ (négatif). Tumorectomie + ganglion sentinelle puis radiothérapie mammaire, puis hormonothérapie par tamoxifène pendant 5 ans, arrêtée en 2023.
- Embolie pulmonaire en 2019, traitée par Xarelto pendant 6 mois, arrêté depuis, pas de récidive.
- Syndrome anxieux.
- Mère : cancer de l'ovaire à 70 ans.

Histoire :
Lors du TEP-TDM de surveillance du 20/11/2025, découverte de multiples hyperfixations osseuses (cotyle droit, D11, sacrum), sans lésion viscérale. Biopsie du cotyle droit : métastase du carcinome canalaire connu, profil RH+ HER2- conservé.
La patiente est mise sous ribociclib (Kisqali 600 mg, 3 semaines sur 4) + létrozole (Femara 2,5 mg/j) depuis le 10/12/2025, associé à Xgeva 120 mg SC toutes les 4 semaines (bilan dentaire fait au préalable), avec supplémentation vitamino-calcique. Bonne tolérance, neutropénie grade 2 ayant nécessité une réduction de dose à 400 mg.

Sur le plan clinique :
Douleur de la hanche droite à la marche, EN 4/10, sans réveil nocturne, boiterie à l'effort. Pas de douleur rachidienne. Examen neurologique normal.
ECOG 1.

Traitement actuel :
Kisqali 200 mg : 2 cp/j J1-J21
Femara 2,5 mg : 1 cp/j
Xgeva 120 mg : 1 inj SC/4 sem
Cacit D3 : 1 sachet/j
Xanax 0,25 mg : 1 cp le soir si besoin

Une radiothérapie antalgique du cotyle droit est envisagée.

Question pour la RCP : évaluation du risque fracturaire du cotyle droit (intérêt d'un avis orthopédique) et indication de la radiothérapie.

Dr F. NDIAYE, oncologue médical
""", G("yk04", "F", 59,
      pt=("present", "breast", "invasive_ductal_carcinoma",
          {"ER": "positive", "PR": "positive", "HER2": "negative"}),
      bd=("present", ["staging_imaging"], True),
      pain=("present", ["mechanical"], 4),
      meds=("present", ["L01EF02", "L02BG04", "M05BX04", "A12AX", "N05BA12"]),
      local=("unknown", []),
      bone=("present", ["M05BX04"]), anticoag=("absent", []), antiplat=("unknown", []),
      prog=("present", "ecog", 1), proj=("present", None)),
    birth="1966-06-30", date="2026-05-18", author="Dr F. Ndiaye",
    bold=["Antécédents :", "Histoire :", "Sur le plan clinique :", "Traitement actuel :"])

# yk05 -- pneumologist, short TXT -------------------------------------------
add("yk05", "txt", """Service de Pneumologie - CH Pierre-Mendès
Dr Abdelhamid CHERIF - 04 78 52 31 66
Le 24/04/2026

RCP MO - M. ZERROUKI Abdelkader, 62 ans

CPC (carcinome à petites cellules) stade étendu, diagnostic histo le 08/04/2026 (biopsie bronchique LSG).
Tabac 40 PA, actif. BPCO stade 2.

Mode de découverte : paraparésie d'installation rapide avec niveau sensitif D8 le 06/04/2026 -> IRM : compression médullaire D8 sur épidurite métastatique, autres lésions D4, L1, bassin.
Laminectomie décompressive D7-D9 le 10/04/2026 (neurochir CHU), puis RT 20 Gy en 5 fractions en cours (fin prévue le 28/04).
Recuperation partielle, marche avec deambulateur.

Chimio : carboplatine-étoposide + durvalumab (Imfinzi), C1 le 20/04/2026, C2 prévue le 11/05.

Douleur : radiculalgie en ceinture D8 à type de brûlures, EVA 3/10 ce jour (7/10 à l'admission).

TRT actuel :
- Dectancyl 8 mg/j en décroissance
- Lovenox 4000 UI/j
- Lyrica 75 mg x2/j
- Oxynorm 5 mg si besoin (2-3 prises/j)
- Doliprane 1 g x3/j
- Inipomp 40 mg/j

Pas d'antiagrégant. Pas de TRT osseux spécifique (ni Zometa ni Xgeva) pour le moment.
PS 3 à l'entrée, PS 2 ce jour.

Question : indication d'un TRT anti-résorptif ? Suivi des autres lésions (D4, L1) ?

Dr A. CHERIF
""", G("yk05", "M", 62,
      pt=("present", "lung", "small_cell_carcinoma", {}),
      bd=("present", ["neurological_deficit"], True),
      pain=("present", ["neuropathic"], 3),
      meds=("present", ["L01XA02", "L01CB01", "L01FF03", "H02AB02", "B01AB05", "N03AX16",
                        "N02AA05", "N02BE01", "A02BC02"]),
      local=("present", ["surgery", "radiotherapy"]),
      bone=("absent", []), anticoag=("present", ["B01AB05"]), antiplat=("absent", []),
      prog=("present", "ecog", 2), proj=("present", None)),
    author="Dr A. Cherif")

# yk06 -- urologist, DOCX with a template table that contradicts the text -----
add("yk06", "docx", [
    ("h", "Centre Hospitalier de Brévannes-sur-Loir - Service d'Urologie"),
    "Dr Youssef EL AMRANI - Tél. 02 47 90 13 58",
    "Le 05/05/2026",
    ("h", "Fiche de demande RCP métastases osseuses"),
    ("table", [["Nom / Prénom", "BOUCHARDEAU Thierry"],
               ["Date de naissance", "05/05/1970"],
               ["Primitif", "Rein droit - carcinome à cellules claires"],
               ["Anticoagulants / antiagrégants", "Non"],
               ["Traitement anti-résorptif", "A discuter"],
               ["Indice de Karnofsky", "80 %"]]),
    ("h", "Histoire de la maladie"),
    "Patient de 56 ans aux ATCD de HTA sous Triatec et de fibrillation atriale paroxystique, suivi par son cardiologue, sous Sintrom (acénocoumarol) au long cours.",
    "Néphrectomie élargie droite en 2021 pour un carcinome rénal à cellules claires pT3a N0, ISUP 3, puis surveillance.",
    "Le 02/03/2026, fracture pathologique de la diaphyse humérale droite après un effort minime (port d'un carton). Enclouage centromédullaire le 04/03/2026 ; l'anapath du fragment retrouve une métastase du carcinome rénal à cellules claires. Le bilan d'extension montre d'autres lésions osseuses (D12, aile iliaque gauche) et des nodules pulmonaires bilatéraux infracentimétriques.",
    "Le patient est mis sous cabozantinib (Cabometyx 40 mg/j) + nivolumab (Opdivo 240 mg toutes les 2 semaines) depuis le 01/04/2026, bonne tolérance clinique, TSH à surveiller.",
    "Actuellement douleurs de l'épaule droite à la mobilisation, soulagées par le Topalgic. Pas de douleur rachidienne.",
    ("h", "Traitement en cours"),
    "Cabometyx 40 mg 1/j ; Opdivo 240 mg IV /14 j ; Sintrom 4 mg selon INR ; Topalgic LP 100 mg x2/j ; Triatec 5 mg 1/j ; Inipomp 20 mg 1/j.",
    ("h", "Question"),
    "Indication d'une radiothérapie de la lésion D12 et de l'aile iliaque ? Mise en route d'un anti-résorptif (Zometa ou Xgeva) ?",
    "Confraternellement, Dr Y. EL AMRANI",
], G("yk06", "M", 56,
     pt=("present", "kidney", "clear_cell_carcinoma", {}),
     bd=("present", ["pathological_fracture"], True),
     pain=("present", ["mechanical"], None),
     meds=("present", ["L01EX07", "L01FF01", "B01AA07", "N02AX02", "C09AA05", "A02BC02"]),
     local=("present", ["surgery"]),
     bone=("unknown", []), anticoag=("conflicting", ["B01AA07"]), antiplat=("absent", []),
     prog=("present", "kps", 80), proj=("present", None)),
    birth="1970-05-05", date="2026-05-05", author="Dr Y. El Amrani")

# yk07 -- internist, long text PDF ---------------------------------------------
add("yk07", "pdf", """GROUPE HOSPITALIER DU PAYS DE SERRE
Service de Médecine Interne et Gériatrie aiguë
Dr Hakim MEDDAHI - Dr Salimata TRAORE
Tél : 05 55 40 27 81

                                              Le 20/05/2026

Objet : Mme LAFFONT Germaine, née le 22/11/1944 - demande d'avis RCP métastases osseuses

Chère Consoeur, Cher Confrère,

Nous vous adressons Mme LAFFONT Germaine, née le 22/11/1944, que nous suivons en médecine interne, pour avis concernant une lésion osseuse iliaque secondaire.

Antécédents :
- Carcinome vésiculaire de la thyroïde : thyroïdectomie totale en 2015 suivie d'une IRAthérapie (iode 131), considérée en rémission depuis, suivie par son endocrinologue.
- Fibrillation atriale permanente, la patiente est mise sous AVK (Coumadine) depuis 2019 ; le Kardégic a été arrêté lors de l'introduction des AVK.
- Insuffisance cardiaque à FEVG préservée.
- Ostéoporose fracturaire (tassement L1 en 2016) traitée par Fosamax de 2016 à 2022, arrêté depuis.
- HTA, gonarthrose bilatérale, cataracte opérée.
Mode de vie : veuve, vit seule à domicile avec passage d'une aide ménagère.

Histoire de la maladie :
En janvier 2026, la patiente a consulté aux urgences pour une colique néphrétique gauche. Le scanner abdomino-pelvien réalisé à cette occasion a découvert de façon fortuite une lésion lytique de l'aile iliaque gauche de 35 mm, soufflante, sans fracture. Le bilan a été complété par :
- thyroglobulinémie à 480 ng/ml (anticorps anti-Tg négatifs) ;
- TEP-TDM : lésion iliaque gauche isolée, pas d'autre lésion à distance ;
- biopsie scanno-guidée le 17/02/2026 : métastase d'un carcinome vésiculaire d'origine thyroïdienne (TG+, TTF1+).

Sur le plan clinique, la patiente ne se plaint d'aucune douleur, marche sans aide technique sur un périmètre limité par la dyspnée. Pas de déficit neurologique.
Aucun traitement local (ni radiothérapie ni chirurgie) n'a été réalisé sur la lésion iliaque à ce jour.
OMS 2 (limitation essentiellement cardio-respiratoire).

Bilan biologique : NFS RAS, BHC RAS, créatinine 104 µmol/l (DFG 43 ml/min), calcémie normale, INR 2,4.

Traitement actuel :
- Levothyrox 125 µg : 1 cp le matin
- Coumadine 5 mg : selon INR (cible 2-3)
- Cardensiel 2,5 mg : 1 cp/j
- Lasilix 40 mg : 1 cp le matin
- Uvedose 100 000 UI : 1 ampoule tous les 3 mois

Questions posées à la RCP :
1) Quelle prise en charge de cette métastase iliaque unique : nouvelle IRAthérapie, radiothérapie stéréotaxique, ou exérèse chirurgicale compte tenu de l'âge et des comorbidités ?
2) Y a-t-il une indication à un traitement anti-résorptif ?
3) Gestion des AVK en cas de biopsie ou de geste.

Nous vous remercions de votre avis et restons à votre disposition.
Bien confraternellement,

Dr H. MEDDAHI                         Dr S. TRAORE
""", G("yk07", "F", 81,
      pt=("present", "thyroid", "other", {}),
      bd=("present", ["incidental_imaging"], True),
      pain=("absent", [], None),
      meds=("present", ["H03AA01", "B01AA03", "C07AB07", "C03CA01", "A11CC05"]),
      local=("absent", []),
      bone=("absent", []), anticoag=("present", ["B01AA03"]), antiplat=("absent", []),
      prog=("present", "ecog", 2), proj=("unknown", None)),
    birth="1944-11-22", date="2026-05-20", author="Dr H. Meddahi",
    bold=["Antécédents :", "Histoire de la maladie :", "Traitement actuel :", "Questions posées à la RCP :"])

# yk08 -- digestive oncologist, TXT cp1252 ----------------------------------------
add("yk08", "txt", """Service d'Oncologie Médicale - Hôpital Privé Sainte-Blandine
Dr Ibrahima SOW
Tél : 04 90 27 64 13

Le 07/05/2026

A l'attention de la RCP métastases osseuses

Je vous adresse M. FOURNERET Gilles, 67 ans, pour discussion.

ATCD : diabète type 2, HTA, cholécystectomie.
Pas d'ATCD familial notable.

Histoire oncologique :
- 2022 : adénocarcinome du sigmoïde pT3N1 M0, colectomie gauche puis FOLFOX adjuvant 6 mois.
- 2024 : récidive hépatique (3 lésions) -> FOLFIRI-bevacizumab, réponse partielle.
- Depuis 11/2025 : maintenance par capécitabine (Xeloda) + bevacizumab (Avastin), toujours en cours.
Biologie moléculaire : KRAS muté (G12D), BRAF non muté (sauvage), MSS.

Depuis 2 mois, le patient rapporte la notion de sciatalgies droites de topographie S1, à type de brûlures et de décharges électriques, avec réveils nocturnes. IRM du bassin du 12/03/2026 : lésion lytique de l'aileron sacré droit avec extension au foramen S1, sans autre lésion osseuse au TDM.
RT sacrée 30 Gy en 10 fractions terminée le 02/05/2026.
EVA 4/10 actuellement (7/10 avant la RT).

Par ailleurs EP segmentaire en janvier 2026 : le patient est mis sous tinzaparine (Innohep 14000 UI/j) au long cours.

Concernant le TRT osseux : le patient aurait reçu une injection de Xgeva en ville en avril, à confirmer auprès de l'oncologue de ville (pas de courrier en notre possession).

TRT actuel :
Xeloda 1500 mg matin et soir J1-J14 / 21 j
Avastin 7,5 mg/kg IV / 3 semaines
Innohep 14000 UI SC 1/j
Neurontin 300 mg x3/j
Skenan LP 30 mg x2/j + Actiskenan 10 mg si besoin
Movicol 1 sachet/j
Doliprane 1 g x3/j
Glucophage : arrêté en mars (insuffisance rénale modérée)

OMS 1. Prise en charge à visée palliative, poursuite de la maintenance.

Question : faut-il poursuivre / débuter un TRT anti-résorptif ? Risque fracturaire sacré ?

Cordialement,
Dr I. SOW
""", G("yk08", "M", 67,
      pt=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
      bd=("present", ["pain"], True),
      pain=("present", ["neuropathic", "nocturnal"], 4),
      meds=("present", ["L01BC06", "B01AB10", "N03AX12", "N02AA01", "A06AD65", "N02BE01"]),
      local=("present", ["radiotherapy"]),
      bone=("uncertain", ["M05BX04"]), anticoag=("present", ["B01AB10"]), antiplat=("unknown", []),
      prog=("present", "ecog", 1), proj=("present", "palliative")),
    encoding="cp1252", author="Dr I. Sow")

# yk09 -- pneumologist, DOCX ---------------------------------------------------
add("yk09", "docx", [
    ("h", "Service de Pneumologie - Hôpital Nord-Cévennes"),
    "Dr Aminata KONE, pneumologue - Tél. 04 66 23 71 40",
    "Le 11/05/2026",
    "Objet : RCP métastases osseuses - Mme DESROZIERS Chantal, 58 ans",
    "Chère Consoeur, Cher Confrère,",
    "Je vous adresse Mme DESROZIERS Chantal, 58 ans, tabagique active (35 PA), suivie pour un carcinome épidermoïde bronchique du LSG, PD-L1 40 %. EGFR/ALK non recherchés (histologie épidermoïde).",
    "Bilan d'extension initial : TEP-TDM du 12/02/2026 montrant, outre la masse du LSG et des adénopathies médiastinales, une hyperfixation de l'arc postérieur de la 8e côte gauche et de l'aile iliaque droite, confirmées à l'IRM. Stade IVB.",
    "La patiente est mise sous carboplatine-paclitaxel-pembrolizumab (Keytruda) depuis le 03/03/2026 : 3 cures réalisées, C4 prévue le 14/05. TDM de réévaluation : réponse partielle pulmonaire, lésions osseuses stables.",
    "La patiente rapporte une douleur costale gauche, EN 3/10, partiellement soulagée par le Dafalgan codéiné.",
    "ATCD : BPCO, syndrome dépressif, anémie sous traitement martial. ATCD familiaux : mère décédée d'un cancer du sein ; soeur irradiée pour un lymphome.",
    ("h", "Traitement actuel"),
    ("table", [["Traitement", "Posologie"],
               ["Carboplatine AUC 5 + paclitaxel 200 mg/m2 + Keytruda 200 mg", "J1 = J21"],
               ["Dafalgan codéiné", "2 cp x3/j"],
               ["Mopral 20 mg", "1/j"],
               ["Imovane 7,5 mg", "1 le soir"],
               ["Ferrostrane", "1 c. à café/j"]]),
    "Pas d'anticoagulant ni d'antiagrégant plaquettaire.",
    "Acide zolédronique prévu après avis dentaire (panoramique demandé).",
    "OMS 1. BHC et NFS RAS avant C4.",
    "Questions : radiothérapie de la lésion costale ? Délai pour débuter l'acide zolédronique ?",
    "Confraternellement, Dr A. KONE",
], G("yk09", "F", 58,
     pt=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
     bd=("present", ["staging_imaging"], True),
     pain=("present", [], 3),
     meds=("present", ["L01XA02", "L01CD01", "L01FF02", "N02AJ06", "A02BC01", "N05CF01"]),
     local=("unknown", []),
     bone=("unknown", []), anticoag=("absent", []), antiplat=("absent", []),
     prog=("present", "ecog", 1), proj=("present", None)),
    author="Dr A. Kone")

# yk10 -- urologist, text PDF, undated bone disease ------------------------------
add("yk10", "pdf", """POLYCLINIQUE DU GRAND-MAIL - UROLOGIE
Dr Hichem BOUGHANMI
Tél. 03 87 41 09 62

                                              Le 13/05/2026

Objet : M. ROUSSEAU-DANTEC Marcel, 71 ans

Mon cher confrère,

Je te remercie de bien vouloir présenter en RCP métastases osseuses le dossier de M. ROUSSEAU-DANTEC, 71 ans, que je suis pour un carcinome urothélial de vessie infiltrant, traité par cystoprostatectomie totale avec Bricker en 2024 (pT3 N0, marges saines), sans traitement complémentaire.

Le scanner TAP de réévaluation a objectivé des lésions osseuse lytiques du corps vertébral de L2 et du col fémoral gauche, ainsi que des adénopathies rétro-péritonéales. Il a bénéficié d'une cimentoplastie de L2 au CHU avec bon résultat antalgique sur le rachis.
Il est actuellement sous enfortumab vedotin (Padcev) + pembrolizumab (Keytruda), 3 cycles faits, bonne tolérance hormis une neuropathie grade 1.

Il rapporte une douleur de la hanche gauche à la marche avec réveils nocturnes, EVA 6/10, malgré les morphiniques.

ATCD : FA sous Eliquis 5 mg x2 ; le Plavix (stent coronaire 2017) a été arrêté lors de l'introduction de l'Eliquis sur avis cardio. HTA. Ancien tabagique.

TRT actuel :
Keytruda 200 mg / 3 sem + Padcev J1-J8-J15
Eliquis 5 mg x2/j
Oxycontin LP 20 mg x2/j, Oxynorm 5 mg si besoin
Cardensiel 5 mg/j
Forlax 2 sachets/j

Etat général conservé, autonome, espérance de vie estimée supérieure à 6 mois.
Une radiothérapie de la hanche est proposée par le radiothérapeute.

Question : risque fracturaire du col fémoral gauche : ostéosynthèse préventive vs radiothérapie seule ? Gestion de l'Eliquis en cas de chirurgie.

Amitiés confraternelles,
Dr H. BOUGHANMI
""", G("yk10", "M", 71,
      pt=("present", "bladder", "other", {}),
      bd=("present", ["staging_imaging"], False),
      pain=("present", ["mechanical", "nocturnal"], 6),
      meds=("present", ["L01FF02", "B01AF02", "N02AA05", "C07AB07", "A06AD15"]),
      local=("present", ["cementoplasty"]),
      bone=("unknown", []), anticoag=("present", ["B01AF02"]), antiplat=("absent", []),
      prog=("present", "ecog", None), proj=("present", None)),
    author="Dr H. Boughanmi")

# yk11 -- geriatric internist, short TXT with CRLF ----------------------------------
add("yk11", "txt", """Dr Leila BENCHEIKH - Médecine gériatrique, CH de Montclar-en-Vexin
Tél : 01 34 58 20 77
Le 26/05/2026

Objet : avis RCP métastases osseuses
Mme GUERIN Simone, née le 09/01/1938

Chers confrères,

Je vous adresse Mme GUERIN, actuellement en SSR gériatrique, pour avis.

ATCD : carcinome lobulaire infiltrant du sein droit diagnostiqué en 2020, RE+ RP- HER2 négatif, non opéré vu l'âge et les comorbidités, sous Arimidex depuis.
FA anticoagulée par AVK (INR cible 2-3). HBPM préventive arrêtée à la reprise des AVK.
Ostéoporose : poursuit l'Aclasta 5 mg IV une fois par an depuis 2023 (dernière perfusion en octobre 2025, prochaine prévue en octobre 2026).
Troubles cognitifs légers, HTA.

Le 02/05/2026, chute de sa hauteur avec fracture du col fémoral droit ; PTH droite le 05/05/2026. L'anapath de la tête fémorale retrouve une infiltration métastatique du carcinome lobulaire. TDM TAP : autres lésions condensantes du bassin et du rachis lombaire, pas de lésion viscérale.

Actuellement douleurs de hanche bien controlées, EVA 2/10 à la mobilisation.
OMS 3, rééducation à la marche en cours.

TRT : Arimidex 1 mg/j, AVK selon INR, Doliprane 1 g x3/j, Aclasta annuel.

Projet : poursuite de l'Arimidex.
Question : intérêt d'une RT du bassin ? Faut-il changer le bisphosphonate pour un traitement à dose oncologique ?

Bien à vous,
Dr L. BENCHEIKH
""", G("yk11", "F", 88,
      pt=("present", "breast", "invasive_lobular_carcinoma",
          {"ER": "positive", "PR": "negative", "HER2": "negative"}),
      bd=("present", ["pathological_fracture"], True),
      pain=("present", ["mechanical"], 2),
      meds=("present", ["L02BG03", "N02BE01", "M05BA08"]),
      local=("present", ["surgery"]),
      bone=("present", ["M05BA08"]), anticoag=("present", []), antiplat=("unknown", []),
      prog=("present", "ecog", 3), proj=("present", None)),
    birth="1938-01-09", date="2026-05-26", crlf=True, author="Dr L. Bencheikh")

# yk12 -- medical oncologist, long DOCX ------------------------------------------
add("yk12", "docx", [
    ("h", "Centre de Cancérologie des Hauts-de-Garonne - Oncologie médicale"),
    "Dr Ousmane BA - Tél. 05 61 37 92 04",
    "Le 26/05/2026",
    ("h", "Demande d'avis RCP métastases osseuses"),
    "Patient : M. CASTAGNET Henri, né le 27/05/1951",
    "Cher confrère,",
    "Je vous adresse M. CASTAGNET Henri pour un adénocarcinome prostatique Gleason 9 (4+5) métastatique d'emblée, diagnostiqué en septembre 2019 : la scintigraphie osseuse du bilan initial avait objectivé des lésions du rachis dorso-lombaire et du bassin.",
    ("h", "Antécédents"),
    "Personnels : FA (suivi cardiologique à Toulouse), HTA, ancien ouvrier du BTP. Familiaux : frère suivi pour un cancer de prostate.",
    ("h", "Historique des traitements"),
    "- 2019-2025 : Décapeptyl + Zytiga (abiratérone) avec prednisone, arrêt du Zytiga en novembre 2025 pour progression biologique et osseuse.",
    "- 2023 : radiothérapie antalgique D10-L1 (20 Gy en 5 fractions).",
    "- Xgeva 120 mg / 4 semaines depuis 2020, toujours en cours, sans ostéonécrose de la mâchoire.",
    "- Depuis janvier 2026 : docétaxel (Taxotère 75 mg/m2 toutes les 3 semaines) + prednisone, C5 le 12/05/2026, poursuite du Décapeptyl.",
    "PSA à 312 ng/ml le 05/05/2026 (nadir 0,8 ng/ml en 2021).",
    ("h", "Clinique"),
    "Le patient présente des douleurs dorsales de type mécanique, sans irradiation radiculaire, EVA 5/10, malgré le Topalgic. Pas de déficit. OMS 2.",
    "Concernant l'anticoagulation : le pt serait sous Pradaxa (dabigatran) pour sa FA selon sa fille, ordonnance non fournie, à vérifier auprès du cardiologue. Pas d'antiagrégant.",
    ("h", "Traitement en cours"),
    ("table", [["Médicament", "Posologie"],
               ["Décapeptyl 11,25 mg", "1 inj / 3 mois"],
               ["Taxotère", "75 mg/m2 / 3 sem"],
               ["Cortancyl 5 mg", "2 cp/j"],
               ["Xgeva 120 mg", "1 inj SC / 4 sem"],
               ["Topalgic 50 mg", "1 gél x2/j"],
               ["Cacit D3", "1 sachet/j"]]),
    "Traitement à visée palliative.",
    "Question : progression douloureuse D8-D9 sous docétaxel : indication d'une nouvelle radiothérapie ou d'une cimentoplastie ? Place du Pluvicto ou d'un radium 223 ?",
    "Bien confraternellement, Dr O. BA",
], G("yk12", "M", 74,
     pt=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
     bd=("present", ["staging_imaging"], True),
     pain=("present", ["mechanical"], 5),
     meds=("present", ["L02AE04", "L01CD02", "H02AB07", "M05BX04", "N02AX02", "A12AX"]),
     local=("present", ["radiotherapy"]),
     bone=("present", ["M05BX04"]), anticoag=("uncertain", ["B01AE07"]), antiplat=("absent", []),
     prog=("present", "ecog", 2), proj=("present", "palliative")),
    birth="1951-05-27", date="2026-05-26", author="Dr O. Ba")


def main():
    ids = [l["id"] for l in LETTERS]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")
    golds = {}
    for letter in LETTERS:
        gold = letter["gold"]
        if gold["id"] != letter["id"]:
            fail(f"{letter['id']}: gold id {gold['id']}")
        check(letter, gold)
        golds[letter["id"]] = gold
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    expected = set()
    for letter in LETTERS:
        lid, fmt = letter["id"], letter["fmt"]
        path = ldir / f"{lid}.{fmt}"
        expected.add(path.name)
        if fmt == "txt":
            write_txt(letter, path)
        elif fmt == "docx":
            write_docx(letter, path)
        elif fmt == "pdf":
            write_pdf(letter, path)
        else:
            fail(f"{lid}: format {fmt}")
        (gdir / f"{lid}.json").write_text(
            json.dumps(golds[lid], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for p in ldir.iterdir():
        if p.name not in expected:
            p.unlink()
    print(f"wrote {len(LETTERS)} letters and golds")


if __name__ == "__main__":
    main()
