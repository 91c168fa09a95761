#!/usr/bin/env python3
"""Build the corpus35 blind evaluation letters and their gold records.

Run from /work/main:  .venv/bin/python tests/corpus35/make_letters.py

Every letter's text and gold live below as Python data.  Gold gaps are
derived by one function (derive_gaps) implementing the spec's gap rule;
every gold is checked against the contract (check_gold) before anything
is written; a failure exits with "CONTRACT VIOLATION: ...".  Output is
byte-identical on every run (fixed PDF dates/producer, fixed DOCX core
properties and zip timestamps, no randomness).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
ATC_TSV = SHARED / "spec" / "atc-reference.tsv"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# --------------------------------------------------------------------------
# Contract constants (spec/rcp-request.md, version 1)
# --------------------------------------------------------------------------
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
STATUSES = {
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
GAP_ITEMS = [
    "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
    "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
    "prognosis", "therapeuticProject",
]
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
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        f = line.split("\t")
        names = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
        rows[f[0]] = names
    return rows


ATC = load_atc()


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", s)


# --------------------------------------------------------------------------
# Gap rule: one function, applied to every gold
# --------------------------------------------------------------------------
def derive_gaps(g: dict) -> list:
    gaps = []
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st == "unknown":
            gaps.append([item, "missing"])
        elif st == "uncertain":
            gaps.append([item, "uncertain"])
        elif st == "conflicting":
            gaps.append([item, "conflicting"])
        elif st == "present":
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


# --------------------------------------------------------------------------
# Contract check
# --------------------------------------------------------------------------
def violation(lid, msg):
    sys.exit(f"CONTRACT VIOLATION: {lid}: {msg}")


def check_gold(L: dict, text: str):
    lid, g = L["id"], L["gold"]
    ntext = norm(text)
    # patient
    p = g["patient"]
    if p.get("sex") not in ("F", "M"):
        violation(lid, "patient.sex")
    if L.get("birth"):
        if p["age"] != age_at(L["birth"], L["date"]):
            violation(lid, f"age {p['age']} != computed {age_at(L['birth'], L['date'])}")
        b = dt.date.fromisoformat(L["birth"]).strftime("%d/%m/%Y")
        if b not in text:
            violation(lid, f"birth date {b} not written in the letter")
    else:
        if not re.search(rf"\b{p['age']} ans\b", text):
            violation(lid, f"age {p['age']} not written and no birth date")
    for item, allowed in STATUSES.items():
        if g[item]["status"] not in allowed:
            violation(lid, f"{item}.status {g[item]['status']!r} not allowed")
    pt = g["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        violation(lid, "site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        violation(lid, "histology code")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIORESULTS:
            violation(lid, f"biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        violation(lid, "primaryTumor unknown with values")
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCUMSTANCES:
        violation(lid, "circumstance code")
    if bd["status"] == "present" and not bd["circumstances"]:
        violation(lid, "boneDiagnosis present needs >=1 circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        violation(lid, "boneDiagnosis unknown with values")
    if not isinstance(bd["dated"], bool):
        violation(lid, "dated must be bool")
    pa = g["pain"]
    if not set(pa["types"]) <= PAIN_TYPES:
        violation(lid, "pain type code")
    if pa["types"] and pa["status"] not in ("present", "conflicting"):
        violation(lid, "pain types without present pain")
    if pa["intensity"] is not None and not (isinstance(pa["intensity"], int) and 0 <= pa["intensity"] <= 10):
        violation(lid, "pain intensity 0..10")
    if pa["intensity"] and pa["status"] == "absent":
        violation(lid, "absent pain with non-zero intensity")
    lt = g["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCAL_TYPES:
        violation(lid, "local treatment type code")
    if lt["types"] and lt["status"] in ("absent", "unknown"):
        violation(lid, "local treatment types with absent/unknown status")
    if lt["status"] == "present" and not lt["types"]:
        violation(lid, "local treatments present without type")
    cm = g["currentMedications"]
    for c in cm["atc"]:
        if c not in ATC:
            violation(lid, f"ATC {c} not in atc-reference.tsv")
    if cm["status"] != "present" and cm["atc"]:
        violation(lid, "currentMedications atc without present status")
    if len(set(cm["atc"])) != len(cm["atc"]) or cm["atc"] != sorted(cm["atc"]):
        violation(lid, "currentMedications atc must be sorted and unique")
    if "N02AJ06" in cm["atc"] and "N02BE01" in cm["atc"] and "N02AJ06" in L.get("combo_only", ()):
        violation(lid, "combination coded twice")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        for c in s["atc"]:
            if c not in ATC:
                violation(lid, f"{sec} ATC {c} not in reference")
            if not c.startswith(prefixes):
                violation(lid, f"{sec} agent {c} outside the section's classes")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            violation(lid, f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                if c not in cm["atc"]:
                    violation(lid, f"{sec} agent {c} missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                if c in cm["atc"]:
                    violation(lid, f"{sec} doubtful agent {c} must not be a current medication")
        # every current drug of the section's class must be in the section
        for c in cm["atc"]:
            if c.startswith(prefixes) and c not in s["atc"]:
                violation(lid, f"current drug {c} missing from {sec}")
        if cm["status"] == "absent" and s["status"] not in ("absent",) and L.get("no_long_term"):
            violation(lid, f"'aucun traitement au long cours' but {sec} not absent")
    pr = g["prognosis"]
    keys = set(pr) - {"status"}
    if not keys <= {"ecog", "kps"} or len(keys) != 1:
        violation(lid, "prognosis must hold exactly one of ecog/kps")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 6):
        violation(lid, "ecog 0..5")
    if pr.get("kps") is not None and (pr["kps"] not in range(0, 101, 10)):
        violation(lid, "kps 0..100 step 10")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        violation(lid, "prognosis unknown with a value")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and (tp["intent"] not in INTENTS or tp["status"] != "present"):
        violation(lid, "intent")
    # text sanity: each gold drug is named in the letter (INN or brand)
    for c in set(cm["atc"]) | {c for s in AGENT_PREFIXES for c in g[s]["atc"]}:
        if not any(re.search(rf"\b{re.escape(norm(n).strip())}\b", ntext) for n in ATC[c]):
            violation(lid, f"drug {c} not named in the letter")
    if tp["intent"]:
        word = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}[tp["intent"]]
        if word not in ntext:
            violation(lid, f"intent {tp['intent']} not written")
    for k in ("ecog", "kps"):
        v = pr.get(k)
        if v is not None and not re.search(rf"\b{v}\b", text):
            violation(lid, f"{k} {v} not in text")
    if pa["intensity"] is not None and not re.search(rf"\b{pa['intensity']}\s*/\s*10", text):
        violation(lid, "pain intensity not written as N/10")
    # gaps
    if g["gaps"] != derive_gaps(g):
        violation(lid, "gaps differ from derived gaps")
    if set(g) != {"patient", "gaps", *STATUSES}:
        violation(lid, f"unexpected gold keys {sorted(set(g))}")


def mentioned_not_current(L, text):
    """Info for the author: table drugs named in the letter but not current."""
    ntext = norm(text)
    out = []
    for c, names in ATC.items():
        if c in L["gold"]["currentMedications"]["atc"]:
            continue
        for n in names:
            nn = norm(n).strip()
            if len(nn) > 3 and re.search(rf"\b{re.escape(nn)}\b", ntext):
                out.append(f"{c}:{n}")
                break
    return out


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
FIXED_PDF_DATE = "D:20261101090000+01'00'"
PRODUCER = "corpus35 make_letters.py"


def _font_widths():
    from PIL import ImageFont
    f = ImageFont.truetype(str(FONT), 1000)
    widths = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            widths.append(0)
            continue
        widths.append(int(round(f.getlength(ch))))
    return widths


WIDTHS = None


def text_width(s: str, size: float) -> float:
    total = 0
    for b in s.encode("cp1252"):
        total += WIDTHS[b - 32] if b >= 32 else 0
    return total * size / 1000.0


def wrap(line: str, size: float, maxw: float):
    if not line.strip():
        return [""]
    m = re.match(r"\s*(?:[-•]\s+|\d+\.\s+)?", line)
    head = m.group(0)
    pad = " " * (len(head) + 1) if head.strip() else head
    out, cur = [], head
    for w in line[len(head):].split(" "):
        cand = (cur + " " + w) if cur.strip() else (cur + w)
        if cur.strip() and text_width(cand, size) > maxw:
            out.append(cur)
            cur = pad + w
        else:
            cur = cand
    out.append(cur)
    return out


def pdf_escape(b: bytes) -> bytes:
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path: Path, text: str, title: str):
    global WIDTHS
    if WIDTHS is None:
        WIDTHS = _font_widths()
    size, lead, left, top, bottom, pagew, pageh = 10.0, 13.6, 62, 790, 60, 595, 842
    lines = []
    for raw in text.split("\n"):
        bold = raw.startswith("# ")
        raw = raw[2:] if bold else raw
        for piece in wrap(raw, size, pagew - 2 * left):
            lines.append(piece)
    pages, cur, y = [], [], top
    for ln in lines:
        if y < bottom:
            pages.append(cur)
            cur, y = [], top
        cur.append((y, ln))
        y -= lead
    pages.append(cur)
    objs = {}
    font_data = FONT.read_bytes()
    comp = zlib.compress(font_data, 9)
    n_pages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 font, 4 descriptor, 5 fontfile, 6 info, 7.. page/content
    objs[5] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(font_data))
               + comp + b"\nendstream")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232]"
               b" /ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255"
               b" /Widths [" + b" ".join(str(w).encode() for w in WIDTHS) + b"]"
               b" /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>")
    kids = []
    for i, pg in enumerate(pages):
        pobj, cobj = 7 + 2 * i, 8 + 2 * i
        kids.append(pobj)
        ops = [b"BT /F1 %.1f Tf" % size]
        for (yy, ln) in pg:
            ops.append(b"1 0 0 1 %d %.1f Tm (%s) Tj" % (left, yy, pdf_escape(ln.encode("cp1252"))))
        ops.append(b"ET")
        if n_pages > 1:
            ops.append(b"BT /F1 8 Tf 1 0 0 1 %d 30 Tm (%s) Tj ET" % (pagew // 2 - 15, b"%d/%d" % (i + 1, n_pages)))
        stream = zlib.compress(b"\n".join(ops), 9)
        objs[cobj] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[pobj] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >>"
                      b" /Contents %d 0 R >>" % (pagew, pageh, cobj))
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    t = "(" + title.replace("(", "").replace(")", "") + ")"
    objs[6] = (b"<< /Title " + t.encode("cp1252") + b" /Producer (" + PRODUCER.encode() + b") /Creator ("
               + PRODUCER.encode() + b") /CreationDate (" + FIXED_PDF_DATE.encode() + b") /ModDate ("
               + FIXED_PDF_DATE.encode() + b") >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = out.tell()
        out.write(b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n")
    xref = out.tell()
    maxn = max(objs)
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (maxn + 1))
    for n in range(1, maxn + 1):
        out.write(b"%010d 00000 n \n" % offsets[n])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (maxn + 1, xref))
    path.write_bytes(out.getvalue())


def write_docx(path: Path, text: str, title: str, author: str):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    rows = []

    def flush_table():
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        t = d.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, cell in enumerate(r):
                t.cell(i, j).text = cell
        rows.clear()

    for line in text.split("\n"):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if line.startswith("# "):
            para = d.add_paragraph()
            run = para.add_run(line[2:])
            run.bold = True
        elif line.startswith("- "):
            d.add_paragraph(line[2:], style="List Bullet")
        else:
            d.add_paragraph(line)
    flush_table()
    cp = d.core_properties
    fixed = dt.datetime(2026, 11, 1, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
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
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def write_txt(path: Path, text: str, encoding: str, crlf: bool):
    t = text.replace("# ", "", 0)
    t = "\n".join(l[2:] if l.startswith("# ") else l for l in t.split("\n"))
    if crlf:
        t = t.replace("\n", "\r\n")
    path.write_bytes(t.encode(encoding))


def plain(text: str) -> str:
    return "\n".join(l[2:] if l.startswith("# ") else l for l in text.split("\n"))


# --------------------------------------------------------------------------
# Letters
# --------------------------------------------------------------------------
def G(sex, age, tumor, bone, pain, meds, local, bta, ac, ap, prog, project):
    """Compact gold builder. tumor=(status, site, histology, biomarkers);
    bone=(status, circumstances, dated); pain=(status, types, intensity);
    meds=(status, [atc]); local=(status, [types]); bta/ac/ap=(status, [atc]);
    prog=(status, {"ecog": n} or {"kps": n}); project=(status, intent)."""
    return {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": tumor[0], "site": tumor[1], "histology": tumor[2], "biomarkers": tumor[3]},
        "boneDiagnosis": {"status": bone[0], "circumstances": sorted(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": bta[0], "atc": sorted(bta[1])},
        "anticoagulation": {"status": ac[0], "atc": sorted(ac[1])},
        "antiplatelets": {"status": ap[0], "atc": sorted(ap[1])},
        "prognosis": dict({"status": prog[0]}, **prog[1]),
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }


LETTERS = []

# ---------------------------------------------------------------- zi01
LETTERS.append(dict(
    id="zi01", format="pdf", date="2026-11-09", birth="1961-03-14",
    title="Re-présentation RCP - Mme Lefaucheux",
    text="""\
Clinique des Tilleuls – Service d'Oncologie Médicale
12 allée des Cormiers – 37992 Saint-Avertin-la-Forêt
Dr Hélène MARCHETTI – secrétariat : 02 47 61 38 90

Saint-Avertin-la-Forêt, le 9 novembre 2026

À l'attention de la RCP « Métastases osseuses » – coordination Dr Fabre

Objet : re-présentation de Mme Brigitte LEFAUCHEUX, née le 14/03/1961

Chère consœur, cher confrère,

Je vous remercie de bien vouloir rediscuter le dossier de Mme Lefaucheux, que nous vous avions présentée le 15/09/2026.

Rappel : carcinome canalaire infiltrant (NST) du sein gauche diagnostiqué en 2017, RE 90 %, RP 40 %, HER2 score 1+ (négatif), traité par tumorectomie, curage axillaire, chimiothérapie adjuvante et radiothérapie mammaire, puis tamoxifène pendant 5 ans (arrêté en 2022). Rechute osseuse découverte sur le TEP-TDM de surveillance du 18/06/2024 (lésions de L2, du sacrum et de l'aile iliaque droite), sans atteinte viscérale. Biopsie de L2 : métastase de carcinome canalaire, RE+, RP+, HER2 négatif. Depuis juillet 2024 : ribociclib (Kisqali) et létrozole, associés au dénosumab toutes les 4 semaines.

Décision de la RCP du 15/09/2026 : radiothérapie antalgique de L2 (douleur mécanique EVA 6) et poursuite du traitement systémique.
=> La radiothérapie a été réalisée du 29/09 au 10/10/2026, 30 Gy en 10 fractions, bien tolérée. La lombalgie a nettement régressé.

Ce qui a changé : depuis 3 semaines, apparition d'une douleur de la hanche droite, à la marche et à l'appui, EVA 5/10, sans douleur nocturne. Le scanner du bassin du 02/11/2026 montre une majoration de la lésion lytique du toit du cotyle droit avec rupture corticale, sans fracture. Les marqueurs sont stables (CA 15-3 à 38 U/ml). Pas de signe neurologique.

Antécédents : HTA traitée par régime seul, cholécystectomie en 2009. Familiaux : mère traitée pour un cancer du sein à 70 ans.

Traitement actuel :
- Kisqali 600 mg/j, 21 jours sur 28
- Femara 2,5 mg/j
- Xgeva 120 mg SC toutes les 4 semaines (dernière injection le 27/10/2026) ; bilan dentaire annuel fait en mai
- Cacit D3 1 sachet/j
- Doliprane 1 g x 3/j
- Topalgic LP 100 mg matin et soir
Pas de traitement anticoagulant ni antiagrégant plaquettaire.

État général conservé, ECOG 1, poids stable à 64 kg.

Question posée : prise en charge de la lésion cotyloïdienne droite – cimentoplastie ? radiothérapie ? avis chirurgical ? Le traitement systémique, à visée palliative, est poursuivi sans changement en l'absence de progression ailleurs.

Bien confraternellement,

Dr H. Marchetti
""",
    gold=G("F", 65,
           ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
           ("present", ["staging_imaging"], True),
           ("present", ["mechanical"], 5),
           ("present", ["L01EF02", "L02BG04", "M05BX04", "A12AX", "N02BE01", "N02AX02"]),
           ("present", ["radiotherapy"]),
           ("present", ["M05BX04"]), ("absent", []), ("absent", []),
           ("present", {"ecog": 1}), ("present", "palliative")),
))

# ---------------------------------------------------------------- zi02
LETTERS.append(dict(
    id="zi02", format="docx", date="2026-11-17", author="Dr O. Vasseur",
    title="Fiche de re-présentation RCP",
    text="""\
# Centre d'Oncologie et de Radiothérapie du Pays de Brenne
Dr Olivier Vasseur, oncologue radiothérapeute – tél. 02 54 28 71 06
Le 17 novembre 2026
# RCP Métastases osseuses – fiche de re-présentation
| Patient | M. Gérard POUILLAUDE, 71 ans |
| Médecin référent | Dr Vasseur (radiothérapie), Dr Ngo (urologie) |
| Déjà présenté en RCP le | 06/10/2026 |
| Décision précédente | Radiothérapie antalgique de T11, poursuite Xtandi |
| Réalisé | RT T11 8 Gy en 1 fraction le 14/10/2026 |
# Rappel
Adénocarcinome prostatique Gleason 8 (4+4) diagnostiqué en mars 2025, métastatique osseux d'emblée (scintigraphie du bilan initial, mars 2025), résistant à la castration depuis février 2026. PSA 48 ng/ml le 05/11/2026 (31 ng/ml en septembre).
# Évolution depuis la dernière RCP
- Douleur dorsale T11 nettement améliorée ; en revanche apparition de douleurs costales gauches, majorées à la toux et à la mobilisation. EVA globale actuelle 4/10 (7/10 avant la RT).
- Embolie pulmonaire segmentaire gauche le 20/10/2026 (angioscanner) : le Préviscan, pris depuis 2019 pour une FA, a été arrêté (INR instables) et remplacé par Eliquis 5 mg x 2/j.
# Traitement en cours
Décapeptyl LP 11,25 mg tous les 3 mois, Xtandi 160 mg/j, Xgeva 120 mg/mois, Eliquis 5 mg matin et soir, Doliprane 1 g x 3/j, Cardensiel 2,5 mg/j.
OMS 1.
# Questions
Intérêt d'une irradiation costale gauche (arcs postérieurs 7-8) ? Discussion d'une 2e ligne (docétaxel ?) au vu de la cinétique du PSA.
""",
    gold=G("M", 71,
           ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           ("present", ["staging_imaging"], True),
           ("present", ["mechanical"], 4),
           ("present", ["L02AE04", "L02BB04", "M05BX04", "B01AF02", "N02BE01", "C07AB07"]),
           ("present", ["radiotherapy"]),
           ("present", ["M05BX04"]), ("present", ["B01AF02"]), ("unknown", []),
           ("present", {"ecog": 1}), ("present", None)),
))

# ---------------------------------------------------------------- zi03
LETTERS.append(dict(
    id="zi03", format="txt", crlf=True, date="2026-11-18", birth="1955-12-02",
    text="""\
Dr Martine COLLINOT
Médecin généraliste
4 rue du Lavoir - 58321 Pougny-les-Vignes
Tél 03 86 52 19 47

Pougny, le 18/11/2026

Chers confrères,

Je vous réadresse Mme Josiane THIBAUDEAU, née le 02/12/1955, que vous avez discutée en RCP le 22/09/2026 pour ses métastases osseuses d'un cancer du rein (carcinome à cellules claires, néphrectomie gauche en 2021).

Pour mémoire la maladie osseuse avait été révélée par une fracture du col fémoral droit sur métastase en janvier 2025, opérée par prothèse totale de hanche (Dr Roussel) puis irradiée.

Depuis votre derniere décision :
- le Cabometyx est poursuivi à 40 mg/j, tolérance correcte (diarrhées gérées par lopéramide)
- le Xgeva a été suspendu le 15/10/2026 à la demande de son dentiste pour deux extractions dentaires (pas d'ostéonécrose à l'examen stomato du 10/11). Pas de reprise pour l'instant.
- pas de douleur actuellement, elle marche sans canne.

Autres traitements : Kardégic 75 mg, Tahor 20 mg, Levothyrox 75 µg. Pas d'anticoagulant.

Merci de me dire quand et si le Xgeva peut être repris, et si un nouveau bilan d'imagerie est nécéssaire avant.

Confraternellement,
M. Collinot
""",
    gold=G("F", 70,
           ("present", "kidney", "clear_cell_carcinoma", {}),
           ("present", ["pathological_fracture"], True),
           ("absent", [], None),
           ("present", ["L01EX07", "B01AC06", "C10AA05", "H03AA01"]),
           ("present", ["surgery", "radiotherapy"]),
           ("absent", []), ("absent", []), ("present", ["B01AC06"]),
           ("unknown", {"ecog": None}), ("present", None)),
))

# ---------------------------------------------------------------- zi04
LETTERS.append(dict(
    id="zi04", format="pdf", date="2026-11-12", birth="1958-11-23",
    title="Demande RCP metastases osseuses - M. Boisserie",
    text="""\
Centre Hospitalier de Villemarsan – Service de Pneumologie
Unité d'oncologie thoracique – Dr Antoine FERRAND – Tél. 04 73 58 20 14

Villemarsan, le 12 novembre 2026

Madame, Monsieur, chers collègues de la RCP métastases osseuses,

Je vous re-présente M. Jean-Claude BOISSERIE, né le 23/11/1958, ancien tabagique (30 PA, sevré en 2015), que vous avez vu en RCP le 28/07/2026.

Histoire oncologique :
- février 2025 : adénocarcinome pulmonaire du lobe inférieur gauche, TTF1+, EGFR muté (délétion exon 19), ALK non réarrangé, PD-L1 5 %. Lésions osseuses multiples (T8, L3, L5, bassin) découvertes sur le TEP-scanner du bilan d'extension initial, asymptomatiques à l'époque.
- mars 2025 : osimertinib (Tagrisso) 80 mg/j, réponse partielle.
- mai 2025 : SBRT de T8 (3 x 9 Gy) pour une lésion avec épidurite débutante.
- 28/07/2026 : RCP : proposition de vertébroplastie L3 – non réalisée, le patient l'ayant refusée ; poursuite de l'acide zolédronique.
- 02/10/2026 : thrombose veineuse profonde fémoro-poplitée droite ; Lovenox 1 mg/kg x 2 pendant 10 jours, relayé le 12/10/2026 par Xarelto 20 mg/j.
- TEP du 04/11/2026 : progression osseuse (nouvelles lésions sacrées et de L5 avec extension foraminale gauche) et ganglionnaire médiastinale ; pas de métastase cérébrale à l'IRM.

Le Tagrisso a donc été arrêté le 10/11/2026. Une chimiothérapie de 2e ligne par carboplatine-pémétrexed, à visée palliative, débutera le 25/11/2026 (re-biopsie en attente).

Sur le plan douloureux : lombalgies avec radiculalgie L5 gauche à type de brûlures et de décharges électriques, réveils nocturnes, EVA 6/10 ce jour (3/10 en juillet). Pas de déficit moteur, pas de troubles sphinctériens.

Traitement actuel :
Xarelto 20 mg le soir
Acide zolédronique 4 mg IV toutes les 12 semaines (dernière perfusion le 03/11/2026)
Skenan LP 30 mg x 2/j, Actiskenan 10 mg si besoin
Lyrica 75 mg x 2/j
Doliprane 1 g x 3/j
Inexium 20 mg/j
Pas d'antiagrégant plaquettaire.

PS 2 (somnolence sous morphiniques, périmètre de marche limité).

Questions : radiothérapie de L5 et du sacrum à visée antalgique ? faut-il reprendre la discussion de la vertébroplastie L3 ?

Avec mes remerciements,
Dr A. Ferrand
""",
    gold=G("M", 67,
           ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "positive"}),
           ("present", ["staging_imaging"], True),
           ("present", ["neuropathic", "nocturnal"], 6),
           ("present", ["B01AF01", "M05BA08", "N02AA01", "N03AX16", "N02BE01", "A02BC05"]),
           ("present", ["radiotherapy"]),
           ("present", ["M05BA08"]), ("present", ["B01AF01"]), ("absent", []),
           ("present", {"ecog": 2}), ("present", "palliative")),
))

# ---------------------------------------------------------------- zi05
LETTERS.append(dict(
    id="zi05", format="docx", date="2026-11-20", author="Dr R. Castagnet",
    title="Consultation post-opératoire",
    text="""\
# Hôpital Privé du Grand Montcel – Chirurgie orthopédique et traumatologique
Dr Rémi Castagnet – consultations : 05 56 83 44 12
Le 20/11/2026
Cher confrère,
J'ai revu en consulation post-opératoire M. Yannick LE GOFF, 58 ans, présenté à votre RCP du 08/09/2026.
Pour rappel, il s'agit d'un patient suivi pour un carcinome vésiculaire de la thyroïde (thyroïdectomie totale en 2019, iode 131 à deux reprises). Une lésion lytique de la diaphyse fémorale gauche a été découverte en juin 2026 sur un scanner réalisé pour des douleurs de cuisse évoluant depuis 2 mois ; la biopsie est en faveur d'une métastase du carcinome vésiculaire. Score de Mirels à 10.
Conformément à la décision de la RCP, j'ai réalisé le 29/09/2026 un enclouage centromédullaire prophylactique du fémur gauche. Suites simples. Il a reçu une thromboprophylaxie par Lovenox 4000 UI/j pendant 35 jours, terminée le 03/11/2026. Le Bi-Profénid donné en post-opératoire a été arrêté à la sortie.
Ce jour : cicatrice propre, marche avec une canne, douleurs mécaniques résiduelles de la cuisse à l'appui, EVA 3/10, pas de douleur nocturne. Radiographies : matériel en place, pas de démontage.
Traitement actuel : Levothyrox 150 µg/j, Doliprane 1 g 3 fois par jour, Lasilix 20 mg/j (oedèmes des chevilles). Aucun traitement anti-résorptif osseux à ce jour.
OMS 1, reprise du travail envisagée à mi-temps thérapeutique.
La radiothérapie post-opératoire du fémur gauche est programmée au Centre de radiothérapie de l'Estuaire à partir du 30/11/2026.
Je vous le re-présente pour avis sur l'introduction d'un traitement par acide zolédronique ou dénosumab, et sur l'opportunité d'une nouvelle irathérapie (Dr Pellerin, médecine nucléaire).
Bien à vous,
Dr R. Castagnet
""",
    gold=G("M", 58,
           ("present", "thyroid", "other", {}),
           ("present", ["pain"], True),
           ("present", ["mechanical"], 3),
           ("present", ["H03AA01", "N02BE01", "C03CA01"]),
           ("present", ["surgery"]),
           ("absent", []), ("absent", []), ("unknown", []),
           ("present", {"ecog": 1}), ("present", None)),
))

# ---------------------------------------------------------------- zi06
LETTERS.append(dict(
    id="zi06", format="txt", date="2026-11-18",
    text="""\
De : Dr Léa VANDAMME (interne, oncologie médicale) - CHU de Haute-Rive
Envoyé : mercredi 18 novembre 2026 16:42
À : secrétariat RCP métastases osseuses
Objet : RCP MO 24/11 - re-présentation M. DESCHAMPS Roland

Bonjour,

Merci d'inscrire à la RCP méta osseuses du 24/11 M. Roland DESCHAMPS, 74 ans, déjà présenté le 09/09/2026.

ATCD : carcinome urothélial de vessie (RTUV 2023, cystectomie refusée par le pt), FGFR3 non muté. Métastases osseuses (sacrum, iliaque G, côtes) découvertes sur TDM TAP de suivi en juillet 2026. Pembrolizumab (Keytruda) de 08/2026 à 10/2026, arrêté pour colite immuno-induite grade 3 -> Solupred.

Depuis la RCP du 09/09 :
- RT sacrum 8 Gy en 1 fraction faite le 15/09 (décision RCP)
- Xgeva débuté le 20/10 après bilan dentaire ok, poursuite mensuelle
- enfortumab vedotin validé en RCP uro du 10/11 -> C1 prévue le 01/12/2026

Clinique : douleur sacrée EN 5/10 à type de brûlure irradiant dans la fesse G, DN4 à 6/10. Pas de déficit. PS 2.

Ttt actuel :
Solupred 20 mg/j en décroissance
Xgeva 120 mg/4 sem
Oxycontin LP 20 mg x2, Oxynorm 5 mg si besoin
Laroxyl 10 gttes le soir
Cacit D3 1/j
Pas d'anticoag.

Question : re-irradiation sacrée ? ou cimentoplastie / radiofréquence du sacrum ?

Bonne journée
Léa Vandamme
poste 4412
""",
    gold=G("M", 74,
           ("present", "bladder", "other", {}),
           ("present", ["staging_imaging"], True),
           ("present", ["neuropathic"], 5),
           ("present", ["H02AB06", "M05BX04", "N02AA05", "N06AA09", "A12AX"]),
           ("present", ["radiotherapy"]),
           ("present", ["M05BX04"]), ("absent", []), ("unknown", []),
           ("present", {"ecog": 2}), ("present", None)),
))

# ---------------------------------------------------------------- zi07
LETTERS.append(dict(
    id="zi07", format="pdf", date="2026-11-19",
    title="Mme Aubertin - demande de re-presentation",
    text="""\
Hôpital Saint-Eutrope de Marvejac – Pneumologie et oncologie thoracique
Dr Claire DUMOUTIER – 05 65 39 77 02

Marvejac, le 19/11/2026

Objet : Mme Sandrine AUBERTIN, 54 ans – demande de re-présentation en RCP métastases osseuses

Chers collègues,

Mme Aubertin, 54 ans, non fumeuse, est suivie pour un adénocarcinome pulmonaire du lobe supérieur droit avec réarrangement ALK (EGFR non muté, PD-L1 < 1 %), métastatique osseux d'emblée. Les métastases osseuses ont été révélées en novembre 2024 par une douleur scapulaire droite ayant fait réaliser une radiographie puis un scanner. Elle est traitée par alectinib depuis décembre 2024, avec une excellente réponse.

Vous l'aviez discutée le 12/05/2026 pour une lésion de T6 : la SBRT de T6 a été réalisée du 02 au 09/06/2026 (3 x 9 Gy). Le dénosumab, débuté en janvier 2025, a été interrompu en juillet 2026 pour une hypocalcémie sévère et n'a pas été repris.

En août 2026, découverte d'une fibrillation atriale paroxystique (Dr Ménard, cardiologue), anticoagulée depuis.

Le scanner de réévaluation du 06/11/2026 montre une réponse maintenue sur le plan thoracique et osseux, à l'exception d'une nouvelle lésion ostéocondensante de l'aile iliaque gauche de 18 mm, isolée (oligoprogression), confirmée en TEP. Pas de douleur osseuse à ce jour, la patiente est asymptomatique.

Antécédents : appendicectomie, migraines. Pas de traitement anticoagulant. Pas d'allergie connue.

Traitements :
• Alecensa 150 mg : 4 gélules matin et soir
• Eliquis 2,5 mg x 2/j
• Cardensiel 2,5 mg/j
• Uvedose 100 000 UI tous les 3 mois
• Mopral 20 mg/j

ECOG 0.

Nous souhaitons poursuivre l'alectinib. Question : SBRT de la lésion iliaque gauche dans le cadre de cette oligoprogression ?

Dr C. Dumoutier
""",
    gold=G("F", 54,
           ("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "negative"}),
           ("present", ["pain"], True),
           ("absent", [], None),
           ("present", ["L01ED03", "B01AF02", "C07AB07", "A11CC05", "A02BC01"]),
           ("present", ["radiotherapy"]),
           ("absent", []), ("conflicting", ["B01AF02"]), ("unknown", []),
           ("present", {"ecog": 0}), ("present", None)),
))

# ---------------------------------------------------------------- zi08
LETTERS.append(dict(
    id="zi08", format="docx", date="2026-11-23", birth="1968-06-30", author="Dr I. Grandjean",
    title="Re-présentation RCP métastases osseuses",
    text="""\
# Institut de Cancérologie de Rochebrune
Dr Isabelle Grandjean, oncologue médicale – tél. 04 90 47 12 63
Le 23/11/2026
# Re-présentation RCP métastases osseuses – Mme Nadine PERRICHON, née le 30/06/1968
Chers confrères,
Mise à jour depuis la RCP du 01/09/2026 (carcinome lobulaire infiltrant du sein droit, RE+ RP- HER2 négatif, métastases osseuses révélées par une hypercalcémie en avril 2023) :
1. Cimentoplastie de L4 réalisée le 14/09/2026 comme proposé : bon résultat sur la lombalgie.
2. Progression osseuse (nouvelles lésions du bassin) et apparition de 2 lésions hépatiques au TDM du 13/10/2026 : arrêt de Ibrance + létrozole le 20/10/2026 ; Xeloda 1000 mg/m² x 2/j J1-J14 débuté le 27/10/2026.
3. Douleur de la hanche gauche à la marche depuis début novembre, EVA 4/10, sans irradiation.
4. Zometa toutes les 12 semaines poursuivi (dernière perfusion le 06/10/2026).
5. Elle m'a dit lors de la dernière consultation avoir été mise « sous anticoagulant » par son cardiologue pour une arythmie découverte en octobre ; je n'ai pas reçu le courrier et elle ne connaissait pas le nom du médicament – à vérifier.
Autres traitements : Doliprane 1 g jusqu'à 3 fois par jour, Inipomp 40 mg, Zymad 50 000 UI/mois.
OMS 1.
Question : radiothérapie antalgique de la hanche gauche (cotyle) ou avis chirurgical ?
Bien cordialement,
Dr I. Grandjean
""",
    gold=G("F", 58,
           ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
           ("present", ["hypercalcemia"], True),
           ("present", ["mechanical"], 4),
           ("present", ["L01BC06", "M05BA08", "N02BE01", "A02BC02", "A11CC05"]),
           ("present", ["cementoplasty"]),
           ("present", ["M05BA08"]), ("uncertain", []), ("unknown", []),
           ("present", {"ecog": 1}), ("present", None)),
))

# ---------------------------------------------------------------- zi09
LETTERS.append(dict(
    id="zi09", format="txt", encoding="cp1252", date="2026-11-16",
    text="""\
Dr Bernard LHERMITTE - Médecine générale
Cabinet médical des Aulnes, 2 place de la Halle, 61442 Saint-Ormel
Tél. 02 33 27 64 18

Le 16 novembre 2026

Cher confrère,

Je me permets de vous réadresser M. Marcel GRUAU, 78 ans, que vous avez vu en RCP le 13/10 pour ses métastases osseuses (cancer de la prostate connu depuis 2024, les métastases avaient été trouvées sur la scintigraphie du bilan initial en mai 2024). La RCP avait conclu à une simple surveillance.

Depuis :
- phlébite du mollet gauche le 05/11, mis sous Innohep 14 000 UI/j par l'angiologue. Le cardiologue a arrêté son Kardégic dans le même temps.
- nouvelles douleurs de l'épaule gauche depuis une quinzaine de jours, qui le réveillent la nuit. Le Topalgic 50 x3/j le soulage partiellement.
- PSA remonté à 12 ng/ml (0,8 en juin).

Il reste sous Eligard tous les 6 mois et Nubeqa 2 cp matin et soir. Glucophage 1000 x2 pour son diabète.

Pouvez vous le revoir rapidement ? Faut-il faire une radiothérapie de l'épaule ?

Bien cordialement
B. Lhermitte
""",
    gold=G("M", 78,
           ("present", "prostate", None, {"PSA": "positive"}),
           ("present", ["staging_imaging"], True),
           ("present", ["nocturnal"], None),
           ("present", ["B01AB10", "N02AX02", "L02AE02", "L02BB06", "A10BA02"]),
           ("unknown", []),
           ("unknown", []), ("present", ["B01AB10"]), ("absent", []),
           ("unknown", {"ecog": None}), ("present", None)),
))

# ---------------------------------------------------------------- zi10
LETTERS.append(dict(
    id="zi10", format="pdf", date="2026-11-16", birth="1950-01-05",
    title="Fin de traitement et re-presentation RCP",
    text="""\
Centre de Radiothérapie et d'Oncologie des Trois-Vallées
Dr Philippe AUMONT, oncologue radiothérapeute – 03 29 46 81 55

Le 16 novembre 2026

Compte rendu de fin de traitement et demande de re-présentation en RCP métastases osseuses

Patient : M. Henri SCHWEITZER, né le 05/01/1950

Rappel : le diagnostic a été porté en août 2026 devant une compression médullaire T4 avec paraparésie (déficit moteur coté 3/5 aux membres inférieurs), révélant un carcinome épidermoïde pulmonaire du lobe supérieur gauche (PD-L1 TPS 70 % ; EGFR et ALK non recherchés compte tenu de l'histologie) avec des métastases osseuses multiples. Il a bénéficié en urgence d'une laminectomie-arthrodèse T3-T5 le 22/08/2026 (Dr Keller, neurochirurgie) puis d'une radiothérapie de T3-T5, 20 Gy en 5 fractions, terminée le 18/09/2026, comme décidé lors de la RCP du 26/08/2026. Pembrolizumab en monothérapie débuté le 01/10/2026.

Évolution : récupération motrice complète, marche sans aide. Plus aucune douleur : le Skenan a été arrêté le 10/10 et la dexaméthasone sevrée fin septembre.

Traitement actuel : Keytruda 200 mg toutes les 3 semaines (C3 le 12/11), Fragmine 5000 UI/j (prophylaxie maintenue par le neurochirurgien), Kardégic 75 mg (stent coronaire en 2018), Triatec 5 mg, Tahor 40 mg.
Pas de traitement anti-résorptif : un bilan dentaire est en cours avant un éventuel dénosumab.

Indice de Karnofsky à 70 %.

Questions à la RCP : indication et calendrier d'un traitement par dénosumab ; durée de la thromboprophylaxie ; modalités de surveillance radiologique du montage.

Dr P. Aumont
""",
    gold=G("M", 76,
           ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
           ("present", ["neurological_deficit"], True),
           ("absent", [], None),
           ("present", ["L01FF02", "B01AB04", "B01AC06", "C09AA05", "C10AA05"]),
           ("present", ["surgery", "radiotherapy"]),
           ("absent", []), ("present", ["B01AB04"]), ("present", ["B01AC06"]),
           ("present", {"kps": 70}), ("present", None)),
))

# ---------------------------------------------------------------- zi11
LETTERS.append(dict(
    id="zi11", format="docx", date="2026-11-27", birth="1977-11-29", author="Dr M. Kerbrat",
    title="Courrier RCP métastases osseuses",
    text="""\
# Centre Hospitalier Intercommunal de Lormes-Valbonne – Oncologie digestive
Dr Mathieu Kerbrat – 02 98 64 30 71
Le 27/11/2026
Chère consœur, cher confrère,
Je vous adresse de nouveau Mme Véronique DELAHAYE, née le 29/11/1977, professeure des écoles, dont le dossier a été discuté en RCP métastases osseuses le 17/03/2026.
# Histoire
- Adénocarcinome du haut rectum diagnostiqué en 2023 (RAS muté : KRAS G12D ; BRAF non muté ; statut MSS), traité par radiochimiothérapie puis résection antérieure du rectum.
- Janvier 2026 : lésions osseuses (L1, iliaque droit) de découverte fortuite sur un scanner abdominal réalisé aux urgences pour une colique néphrétique. Biopsie de L1 : métastase d'adénocarcinome d'origine colorectale.
- RCP du 17/03/2026 : radiothérapie de L1, 30 Gy en 10 fractions, réalisée en mars-avril 2026.
- Depuis avril 2026 : FOLFIRI-bévacizumab, en maintenance par LV5FU2-bévacizumab depuis septembre 2026.
# Motif de la re-présentation
Depuis 3 semaines, douleur du bras droit d'horaire inflammatoire, avec réveils nocturnes, EN 7/10 malgré l'oxycodone. Radiographie et scanner du 20/11/2026 : lésion lytique de la diaphyse humérale droite de 35 mm, atteinte corticale > 2/3 (Mirels 9). Le reste du bilan montre une maladie stable.
# Traitement actuel
- LV5FU2-bévacizumab toutes les 2 semaines (dernière cure le 19/11)
- Oxycontin LP 10 mg x 2/j, Oxynorm 5 mg jusqu'à 4/j
- Doliprane 1 g x 4/j
- Movicol 1 sachet/j
- Xanax 0,25 mg le soir
- Prolia 60 mg tous les 6 mois pour une ostéoporose cortisonique connue depuis 2022 (dernière injection en septembre 2026)
Pas d'anticoagulant, pas d'antiagrégant.
# Antécédents familiaux
Père décédé d'un cancer du poumon ; sœur traitée pour un mélanome in situ.
ECOG 1. Traitement à visée palliative.
# Questions
Ostéosynthèse prophylactique de l'humérus droit et/ou radiothérapie ? Maintien du Prolia ou passage au Xgeva ?
Dr M. Kerbrat
""",
    gold=G("F", 48,
           ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
           ("present", ["incidental_imaging"], True),
           ("present", ["inflammatory", "nocturnal"], 7),
           ("present", ["N02AA05", "N02BE01", "A06AD65", "N05BA12", "M05BX04"]),
           ("present", ["radiotherapy"]),
           ("present", ["M05BX04"]), ("absent", []), ("absent", []),
           ("present", {"ecog": 1}), ("present", "palliative")),
))

# ---------------------------------------------------------------- zi12
LETTERS.append(dict(
    id="zi12", format="txt", date="2026-11-25",
    text="""\
CH de Brévannes-sur-Oise - Pneumologie - Dr S. OUALI - 01 34 66 20 91
Le 25/11/2026

RCP méta os - mise à jour
M. Didier FONTANEL, 63 ans - dossier discuté le 20/10/2026 (ADK pulmonaire KRAS G12C, méta osseuses révélées par une fracture pathologique de L2 en 09/2026).

- Cimentoplastie L2 faite le 04/11/2026 comme décidé : EVA 6 -> 2/10, persiste une petite douleur lombaire mécanique.
- Pradaxa 150 x2 (FA) suspendu 48 h avant le geste, repris le 06/11.
- Lumykras 960 mg/j poursuivi, bonne tolérance. Doliprane 1 g x3.
- PS 1.

Question : RT de consolidation sur L2 ?
Cordialement
""",
    gold=G("M", 63,
           ("present", "lung", "adenocarcinoma", {"KRAS": "positive"}),
           ("present", ["pathological_fracture"], True),
           ("present", ["mechanical"], 2),
           ("present", ["B01AE07", "L01XX73", "N02BE01"]),
           ("present", ["cementoplasty"]),
           ("unknown", []), ("present", ["B01AE07"]), ("unknown", []),
           ("present", {"ecog": 1}), ("present", None)),
))


def main():
    ids = [L["id"] for L in LETTERS]
    if len(ids) != len(set(ids)):
        sys.exit("CONTRACT VIOLATION: duplicate ids")
    for L in LETTERS:
        g = L["gold"]
        g["gaps"] = derive_gaps(g)
        check_gold(L, plain(L["text"]))
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for old in list((HERE / "letters").iterdir()) + list((HERE / "gold").iterdir()):
        old.unlink()
    for L in LETTERS:
        lid, fmt = L["id"], L["format"]
        title = L.get("title", f"Courrier RCP {lid}")
        if fmt == "pdf":
            write_pdf(HERE / "letters" / f"{lid}.pdf", L["text"], title)
        elif fmt == "docx":
            write_docx(HERE / "letters" / f"{lid}.docx", L["text"], title, L.get("author", "Secrétariat"))
        elif fmt == "txt":
            write_txt(HERE / "letters" / f"{lid}.txt", L["text"], L.get("encoding", "utf-8"), L.get("crlf", False))
        else:
            sys.exit(f"CONTRACT VIOLATION: {lid}: unknown format {fmt}")
        gold = {"id": lid}
        gold.update(L["gold"])
        order = ["id", "patient", *STATUSES, "gaps"]
        gold = {k: gold[k] for k in order}
        (HERE / "gold" / f"{lid}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if "-v" in sys.argv:
            print(lid, "named but not current:", ", ".join(mentioned_not_current(L, plain(L["text"]))))
    print(f"ok: {len(LETTERS)} letters written to {HERE / 'letters'}")


if __name__ == "__main__":
    main()
