#!/usr/bin/env python3
"""Blind evaluation corpus 50: twelve referral letters for the Nantes RCP
« métastases osseuses » and their gold records.

Run from /work/main:  .venv/bin/python tests/corpus50/make_letters.py

Letters and golds are held here as Python data; gold gaps are derived by
one function (`derive_gaps`) from the spec's gap rule; every gold is
checked against the contract before anything is written, and the
outputs are byte-identical from one run to the next.
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
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").exists() else Path("/work/shared")
ATC_TSV = SHARED / "spec" / "atc-reference.tsv"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIXED_PDF_DATE = "D:20250331120000+01'00'"
FIXED_DT = dt.datetime(2025, 3, 31, 12, 0, 0)
ZIP_DT = (2025, 3, 31, 12, 0, 0)

# --------------------------------------------------------------------------
# Contract (spec/rcp-request.md)
# --------------------------------------------------------------------------
ITEMS_ALL = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
             "antiplatelets", "prognosis", "therapeuticProject"]
GAP_ITEMS = [i for i in ITEMS_ALL if i != "antiplatelets"]
FIVE = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED_STATUS = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": FIVE,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": FIVE,
    "boneTargetedTherapy": FIVE,
    "anticoagulation": FIVE,
    "antiplatelets": FIVE,
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


class ContractViolation(Exception):
    pass


def fail(msg):
    raise ContractViolation(msg)


def load_atc():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        while len(cols) < 5:
            cols.append("")
        atc, dci, inn, group, brands = cols[:5]
        names = [dci, inn] + [b for b in brands.split(",") if b]
        rows[atc.strip()] = [n.strip() for n in names if n.strip()]
    return rows


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def derive_gaps(g):
    """The spec's Gaps rule, applied to a gold record (the only source of gaps)."""
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


def build_gold(lid, L):
    """Turn a compact letter description into the gold record."""
    gd = L["gold"]
    letter_date = L["date"]
    if L.get("age_written") is not None:
        age = L["age_written"]
        if L.get("birth"):
            if age_at(L["birth"], letter_date) != age:
                fail(f"{lid}: written age {age} disagrees with birth date")
    else:
        if not L.get("birth"):
            fail(f"{lid}: no age and no birth date")
        age = age_at(L["birth"], letter_date)

    def agents(name):
        st, atc = gd.get(name, ("unknown", []))
        return {"status": st, "atc": sorted(atc)}

    pt = gd["primaryTumor"]
    bd = gd["boneDiagnosis"]
    pn = gd["pain"]
    pr = gd["prognosis"]
    g = {
        "id": lid,
        "patient": {"sex": L["sex"], "age": age},
        "primaryTumor": {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": dict(sorted(pt[3].items()))},
        "boneDiagnosis": {"status": bd[0], "circumstances": sorted(bd[1]), "dated": bd[2]},
        "pain": {"status": pn[0], "types": sorted(pn[1]), "intensity": pn[2]},
        "currentMedications": {"status": gd["currentMedications"][0], "atc": sorted(gd["currentMedications"][1])},
        "priorLocalTreatments": {"status": gd["priorLocalTreatments"][0], "types": sorted(gd["priorLocalTreatments"][1])},
        "boneTargetedTherapy": agents("boneTargetedTherapy"),
        "anticoagulation": agents("anticoagulation"),
        "antiplatelets": agents("antiplatelets"),
        "prognosis": {"status": pr[0], pr[1]: pr[2]} if pr[1] else {"status": pr[0], "ecog": None},
        "therapeuticProject": {"status": gd["therapeuticProject"][0], "intent": gd["therapeuticProject"][1]},
    }
    g["gaps"] = derive_gaps(g)
    return g


def check_gold(lid, g, L, atc_ref, text):
    ftext = fold(text)
    if g["id"] != lid:
        fail(f"{lid}: id mismatch")
    if g["patient"]["sex"] not in ("F", "M"):
        fail(f"{lid}: sex")
    if not isinstance(g["patient"]["age"], int) or not 18 <= g["patient"]["age"] <= 110:
        fail(f"{lid}: age")
    for item in ITEMS_ALL:
        st = g[item]["status"]
        if st not in ALLOWED_STATUS[item]:
            fail(f"{lid}: {item} status {st!r} not allowed")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            fail(f"{lid}: unknown primary tumour with values")
    else:
        if pt["site"] not in SITES:
            fail(f"{lid}: site {pt['site']!r}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(f"{lid}: histology {pt['histology']!r}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            fail(f"{lid}: biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCUMSTANCES:
        fail(f"{lid}: circumstances {bd['circumstances']}")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(f"{lid}: unknown bone diagnosis with values")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(f"{lid}: bone diagnosis present without circumstance")
    if not isinstance(bd["dated"], bool):
        fail(f"{lid}: dated must be bool")
    pn = g["pain"]
    if not set(pn["types"]) <= PAIN_TYPES:
        fail(f"{lid}: pain types {pn['types']}")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        fail(f"{lid}: pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"] not in (None, 0)):
        fail(f"{lid}: pain {pn['status']} with types/intensity")
    cm = g["currentMedications"]
    for c in cm["atc"]:
        if c not in atc_ref:
            fail(f"{lid}: ATC {c} not in atc-reference.tsv")
        if not any(fold(n) in ftext for n in atc_ref[c]):
            fail(f"{lid}: current drug {c} not named in the letter")
    if cm["status"] in ("absent", "unknown") and cm["atc"]:
        fail(f"{lid}: medications {cm['status']} with codes")
    if len(set(cm["atc"])) != len(cm["atc"]):
        fail(f"{lid}: duplicate ATC")
    plt = g["priorLocalTreatments"]
    if not set(plt["types"]) <= LOCAL_TYPES:
        fail(f"{lid}: local treatment types")
    if plt["status"] in ("absent", "unknown") and plt["types"]:
        fail(f"{lid}: local treatments {plt['status']} with types")
    if plt["status"] == "present" and not plt["types"]:
        fail(f"{lid}: local treatments present without type")
    for name, prefixes in AGENT_PREFIXES.items():
        sec = g[name]
        for c in sec["atc"]:
            if c not in atc_ref:
                fail(f"{lid}: {name} ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                fail(f"{lid}: {name} agent {c} outside {prefixes}")
            if not any(fold(n) in ftext for n in atc_ref[c]):
                fail(f"{lid}: {name} agent {c} not named in the letter")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            fail(f"{lid}: {name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            missing = set(sec["atc"]) - set(cm["atc"])
            if missing:
                fail(f"{lid}: {name} agents {missing} not in currentMedications")
        if sec["status"] == "uncertain":
            if set(sec["atc"]) & set(cm["atc"]):
                fail(f"{lid}: {name} doubtful agent listed as current medication")
        # every current drug of this class must show in its section
        cls = {c for c in cm["atc"] if c.startswith(prefixes)}
        if not cls <= set(sec["atc"]):
            fail(f"{lid}: current {name} drugs {cls - set(sec['atc'])} missing from section")
        if cls and sec["status"] not in ("present", "conflicting"):
            fail(f"{lid}: current {name} drug but section {sec['status']}")
    pr = g["prognosis"]
    if pr.get("ecog") is not None and pr.get("kps") is not None:
        fail(f"{lid}: both ecog and kps")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 5):
        fail(f"{lid}: ecog")
    if pr.get("kps") is not None and (pr["kps"] % 10 or not 0 <= pr["kps"] <= 100):
        fail(f"{lid}: kps")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        fail(f"{lid}: unknown prognosis with a score")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(f"{lid}: intent")
    if tp["status"] == "unknown" and tp["intent"]:
        fail(f"{lid}: unknown project with an intent")
    if g["gaps"] != derive_gaps(g):
        fail(f"{lid}: gaps not derived from the rule")
    for item, kind in g["gaps"]:
        if item not in GAP_ITEMS or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            fail(f"{lid}: gap {item}/{kind}")
    # birth date / age visible in the letter
    if L.get("birth") and L["birth"].strftime("%d/%m/%Y") not in text:
        fail(f"{lid}: birth date not written as dd/mm/yyyy in the letter")
    if L.get("age_written") is not None and f"{L['age_written']} ans" not in text:
        fail(f"{lid}: written age not in the letter")
    for phrase in L.get("must_contain", []):
        if fold(phrase) not in ftext:
            fail(f"{lid}: expected phrase {phrase!r} missing from letter")


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
def parse_blocks(src):
    """Markup: '# ' heading, '|' table row, '<<PAGE>>' page break, blank = spacer."""
    blocks = []
    for raw in src.strip("\n").split("\n"):
        line = raw.rstrip()
        if line == "<<PAGE>>":
            blocks.append(("page", None))
        elif line.startswith("# "):
            blocks.append(("h", line[2:]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1][0] == "t":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("t", [cells]))
        elif not line.strip():
            blocks.append(("blank", None))
        else:
            blocks.append(("p", line))
    return blocks


def plain_text(src):
    out = []
    for kind, val in parse_blocks(src):
        if kind == "h":
            out.append(val)
        elif kind == "t":
            out.extend(" | ".join(r) for r in val)
        elif kind == "p":
            out.append(val)
        elif kind == "blank":
            out.append("")
    return "\n".join(out)


class PdfFont:
    def __init__(self):
        from PIL import ImageFont
        self.data = FONT.read_bytes()
        f = ImageFont.truetype(str(FONT), 2048)
        self.widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                w = int(round(f.getlength(ch) * 1000 / 2048))
            except UnicodeDecodeError:
                w = 0
            self.widths.append(w)

    def width(self, s, size):
        b = s.encode("cp1252")
        return sum(self.widths[c - 32] if c >= 32 else 0 for c in b) * size / 1000.0


def pdf_escape(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path, src, font, title):
    W, H, M = 595, 842, 56
    pages, ops = [], []
    y = H - M

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops = []
        y = H - M

    def line(text, x, size):
        nonlocal y
        if y < M + 20:
            newpage()
        ops.append(b"BT /F1 %d Tf %.2f %.2f Td (" % (size, x, y) + pdf_escape(text) + b") Tj ET")

    def wrap(text, size, maxw):
        words, cur, out = text.split(" "), "", []
        for w in words:
            cand = (cur + " " + w) if cur else w
            if font.width(cand, size) <= maxw or not cur:
                cur = cand
            else:
                out.append(cur)
                cur = w
        out.append(cur)
        return out

    for kind, val in parse_blocks(src):
        if kind == "page":
            newpage()
        elif kind == "blank":
            y -= 7
        elif kind == "h":
            y -= 4
            for t in wrap(val, 11, W - 2 * M):
                line(t, M, 11)
                y -= 15
        elif kind == "p":
            for t in wrap(val, 10, W - 2 * M):
                line(t, M, 10)
                y -= 13
        elif kind == "t":
            ncol = max(len(r) for r in val)
            colw = []
            for i in range(ncol):
                colw.append(max(font.width(r[i], 9) if i < len(r) else 0 for r in val) + 12)
            if sum(colw) > W - 2 * M:
                raise ValueError(f"{path.name}: table too wide")
            for r in val:
                x = M
                for i, c in enumerate(r):
                    line(c, x, 9)
                    x += colw[i]
                y -= 12
    pages.append(ops)

    objs = {}
    fontfile = zlib.compress(font.data, 9)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
               + b" ".join(str(w).encode() for w in font.widths)
               + b"] /FontDescriptor 4 0 R /Encoding /WinAnsiEncoding >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    objs[5] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(fontfile), len(font.data))
               + fontfile + b"\nendstream")
    objs[6] = (b"<< /Title (" + pdf_escape(title) + b") /Producer (Nantes RCP corpus50 generator) /Creator (corpus50)"
               b" /CreationDate (" + FIXED_PDF_DATE.encode() + b") /ModDate (" + FIXED_PDF_DATE.encode() + b") >>")
    kids = []
    n = 7
    for p in pages:
        content = b"\n".join(p)
        objs[n] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                       % (W, H, n))
        kids.append(n + 1)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        out += b"%010d 00000 n \n" % offsets[i]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<c0a450c0a450c0a450c0a450c0a45050> <c0a450c0a450c0a450c0a450c0a45050>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, xref))
    path.write_bytes(bytes(out))


def write_docx(path, src, author, title):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, val in parse_blocks(src):
        if kind == "h":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.bold = True
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "blank":
            continue
        elif kind == "page":
            d.add_page_break()
        elif kind == "t":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# Letters
# --------------------------------------------------------------------------
D = dt.date
LETTERS = {}

LETTERS["zx01"] = dict(fmt="pdf", title="Demande RCP - pneumologie", author="Dr Le Floch", sex="M",
    date=D(2025, 3, 4), birth=D(1958, 5, 14),
    must_contain=["Keytruda", "pas d'anticoagulant", "Xgeva", "lombalgies"],
    text="""
# Service de Pneumologie - Hôpital Saint-Donatien, Nantes
Dr Yann LE FLOCH - Praticien hospitalier - Secrétariat : 02 40 71 58 36
Nantes, le 4 mars 2025

Chère consœur, cher confrère,

Je vous adresse pour discussion en RCP métastases osseuses M. Gwénaël KERMORVAN, né le 14/05/1958, que je suis pour un adénocarcinome pulmonaire du lobe inférieur gauche, stade IV d'emblée.

# Histoire
Ancien tabagique (40 PA, sevré en 2019). Père décédé d'un cancer bronchique à 70 ans. Diagnostic porté en décembre 2024 sur biopsie bronchique : adénocarcinome TTF1+, mutation KRAS G12C, pas de mutation EGFR, pas de réarrangement ALK ni ROS1, PD-L1 à 5 %.
Le TEP-scanner de bilan initial (18/12/2024) retrouvait, outre la masse pulmonaire et des adénopathies médiastinales, une lésion lytique du corps vertébral de L3 et une lésion de l'aile iliaque droite.
Une radiothérapie antalgique de L3 a été délivrée le 15/01/2025 (8 Gy en une fraction), avec un bénéfice partiel.
Il a débuté une chimio-immunothérapie carboplatine-pémétrexed-pembrolizumab (Keytruda) le 06/01/2025 ; C4 faite le 20/02/2025 avec bonne tolérance, scanner d'évaluation prévu après C4.

# Sur le plan osseux
Persistance de lombalgies mécaniques, majorées à la marche et à la station debout prolongée, EN 4/10 ce jour. Pas de radiculalgie, pas de trouble sphinctérien. L'IRM du 24/02/2025 montre un tassement de L3 de 30 % sans recul du mur postérieur.

# Traitement actuel
| Keytruda (pembrolizumab) | 200 mg IV | J1 = J21 |
| Alimta (pémétrexed) + carboplatine AUC5 | IV | J1 = J21 |
| Doliprane | 1 g | 3 fois par jour |
| Tramadol LP | 100 mg | matin et soir |
| Inexium | 40 mg | le soir |
| Tahor | 20 mg | le soir |
| Kardégic | 75 mg | le midi (stent coronaire 2017) |
Pas d'anticoagulant. Un traitement par Xgeva sera à discuter avec vous.

OMS 1. Le patient vit avec son épouse, reste autonome.
Le traitement systémique est poursuivi à visée palliative.

# Question posée
Indication d'une cimentoplastie de L3 ? Intérêt d'une irradiation de la lésion iliaque ?

# Fiche RCP
| Primitif | Adénocarcinome pulmonaire KRAS G12C |
| Circonstance | TEP de bilan initial 12/2024 |
| Douleur | oui, mécanique, EN 4 |
| Traitement local antérieur | RT L3 8 Gy (15/01/2025) |
| Anticoagulant | non |
| Antiagrégant | Kardégic 75 mg |
| Traitement anti-résorptif | non débuté |
| OMS | 1 |

Bien confraternellement,
Dr Y. Le Floch
""",
    gold=dict(
        primaryTumor=("present", "lung", "adenocarcinoma", {"KRAS": "positive", "EGFR": "negative", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 4),
        currentMedications=("present", ["L01FF02", "L01BA04", "L01XA02", "N02BE01", "N02AX02", "A02BC05", "C10AA05", "B01AC06"]),
        priorLocalTreatments=("present", ["radiotherapy"]),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("absent", []),
        antiplatelets=("present", ["B01AC06"]),
        prognosis=("present", "ecog", 1),
        therapeuticProject=("present", "palliative"),
    ))

LETTERS["zx02"] = dict(fmt="docx", title="Courrier urologie RCP MO", author="Secrétariat Urologie", sex="M",
    date=D(2025, 3, 6), age_written=72,
    must_contain=["Xarelto", "Anticoagulant : non", "Eligard", "Prolia"],
    text="""
# Clinique urologique Nantes-Atlantique - Dr Pierre-Antoine GUIHENEUF
Saint-Herblain, le 06/03/2025
Objet : M. BOURGEOIS Michel, 72 ans - demande d'avis RCP métastases osseuses

Cher confrère,
Je vous remercie de bien vouloir discuter en RCP le dossier de M. Bourgeois, 72 ans, retraité de la SNCF, que j'ai vu en consultation pour un adénocarcinome prostatique découvert sur un PSA à 87 ng/ml en janvier 2025. Biopsies du 22/01/2025 : adénocarcinome prostatique Gleason 8 (4+4), ISUP 4, 10 carottes/12 positives.
La scintigraphie osseuse de bilan du 05/02/2025, complétée d'un TEP-PSMA, montre 4 lésions osseuses (D9, L2, sacrum, branche ilio-pubienne gauche). Pas d'atteinte viscérale.
Sur le plan clinique, le patient est asymptomatique sur le plan osseux : pas de douleur osseuse, il jardine et fait du vélo. ECOG 0.
Antécédents : FA sous anticoagulant depuis 2022, diabète de type 2, HTA. Le Kardégic a été arrêté lors de l'introduction du Xarelto.
Aucun traitement local osseux n'a été réalisé. Pas de traitement anti-résorptif à ce jour ; je n'ai pas prescrit de Prolia dans l'attente de votre avis.
# Traitement en cours
| Médicament | Posologie | Depuis |
| Eligard 45 mg | 1 injection SC tous les 6 mois | 10/02/2025 |
| Erleada (apalutamide) | 240 mg/j | 24/02/2025 |
| Xarelto | 20 mg/j le soir | 2022 |
| Glucophage | 1000 mg matin et soir | |
| Triatec | 5 mg/j | |
| Cardensiel | 2,5 mg/j | |
Le projet est une hormonothérapie de nouvelle génération associée à la suppression androgénique, en situation de maladie hormonosensible oligométastatique.
Question : place d'une radiothérapie stéréotaxique des 4 lésions (oligométastases) ? Faut-il introduire un anti-résorptif ?
# FICHE RCP (à remplir par le médecin demandeur)
| Primitif | Prostate, adénocarcinome ISUP 4 |
| PSA au diagnostic | 87 ng/ml |
| Douleur | Non |
| Anticoagulant : non | Antiagrégant : non |
| Traitement osseux | Non |
| ECOG | 0 |
Dr P.-A. Guiheneuf, urologue
""",
    gold=dict(
        primaryTumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("absent", [], None),
        currentMedications=("present", ["L02AE02", "L02BB05", "B01AF01", "A10BA02", "C09AA05", "C07AB07"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("conflicting", ["B01AF01"]),
        antiplatelets=("absent", []),
        prognosis=("present", "ecog", 0),
        therapeuticProject=("present", None),
    ))

LETTERS["zx03"] = dict(fmt="pdf", title="Oncologie digestive - demande RCP", author="Dr Mahé", sex="F",
    date=D(2025, 3, 10), birth=D(1961, 11, 23),
    must_contain=["Lovenox", "FOLFIRI", "Xeloda", "brûlure", "Xarelto"],
    text="""
# CHU de Nantes - Institut des Maladies de l'Appareil Digestif
Oncologie digestive - Dr Servane MAHÉ - tél. 02 40 08 31 77
Le 10/03/2025

Objet : Mme Nolwenn PERRAUD, née le 23/11/1961

Chers collègues,

Je sollicite l'avis de la RCP pour Mme Perraud, 63 ans, suivie pour un adénocarcinome lieberkühnien du sigmoïde, métastatique hépatique synchrone (2023), statut RAS muté (KRAS G12D), BRAF non muté, MSS.
Antécédents : TVP surale droite en 2019 traitée 6 mois par Xarelto (arrêté depuis), hypothyroïdie. Mère : cancer du sein à 60 ans.
Historique oncologique : colectomie sigmoïdienne en mars 2023 puis FOLFOX 6 mois, puis maintenance par Xeloda arrêtée en octobre 2024 pour progression hépatique. Actuellement 2e ligne par FOLFIRI-bévacizumab depuis le 04/11/2024 (C9 le 03/03/2025).

Elle se plaint depuis début janvier 2025 de dorsalgies en ceinture à type de brûlure, avec réveils nocturnes, EVA 6/10 malgré l'oxycodone. L'IRM rachidienne du 11/02/2025 retrouve une métastase du corps de T8 avec épidurite antérieure sans compression médullaire ; pas de déficit neurologique à l'examen. Le scanner du 24/02 montre d'autres lésions lytiques costales.
Aucune radiothérapie n'a été réalisée à ce jour. La corticothérapie (Dectancyl 8 mg) débutée en urgence en février a été arrêtée après 10 jours.

Traitement à domicile :
- Oxycontin LP 20 mg matin et soir, Oxynorm 5 mg si douleur (3 à 4 par jour)
- Lyrica 75 mg x 2/j
- Movicol 1 sachet/j
- Lovenox 4000 UI/0,4 ml 1 injection SC par jour (prévention, chambre implantable)
- Levothyrox 75 µg
- chimiothérapie FOLFIRI-bévacizumab toutes les 2 semaines

État général : PS 1, poids stable.
Questions : radiothérapie de T8 (épidurite) ? geste de consolidation ?

Bien à vous,
Dr S. Mahé
""",
    gold=dict(
        primaryTumor=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
        boneDiagnosis=("present", ["pain"], True),
        pain=("present", ["neuropathic", "nocturnal"], 6),
        currentMedications=("present", ["N02AA05", "N03AX16", "A06AD65", "B01AB05", "H03AA01"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("unknown", []),
        anticoagulation=("present", ["B01AB05"]),
        antiplatelets=("unknown", []),
        prognosis=("present", "ecog", 1),
        therapeuticProject=("present", None),
    ))

LETTERS["zx04"] = dict(fmt="txt", title="", author="", sex="M",
    date=D(2025, 3, 12), age_written=59,
    must_contain=["Opdivo", "Pas d'anticoagulant ni d'antiagregant", "zoledronique"],
    text="""Nantes, le 12/03/2025
Onco digestive - Dr F. Texier (interne Dr Lucas ROUXEL)
Demande RCP MO

M. Jean-Yves DANIELO, 59 ans
ATCD : OH-tabac sevrés, BPCO, dénutrition
Carcinome épidermoïde de l'oesophage moyen (T3N1), dx juin 2023. RCT exclusive (50 Gy + carbo-taxol) terminée 09/2023, RC initiale.
Récidive ganglionnaire et osseuse 02/2025 : scanner d'évaluation du 03/02/2025 -> lésions lytiques de l'acétabulum D et de la 7e côte G, confirmées au TEP.
Biopsie ganglion sus-clav : carcinome épidermoïde, PD-L1 CPS 12 (TPS 5 %), HER2 non pertinent.

Douleurs : pas de plainte douloureuse, marche sans canne, EN 0.
Pas de traitement local des lésions osseuses pour l'instant.

ttt actuel :
 * Opdivo (nivolumab) + FOLFOX, C1 le 24/02/2025, C2 le 10/03
 * Inipomp 40 mg/j
 * Xanax 0,25 si anxiété
 * Imovane 7,5 au coucher
 * compléments nutritionnels oraux
Pas d'anticoagulant ni d'antiagregant.
Acide zoledronique : 1re perf prevue le 20/03 (bilan dentaire OK).

OMS 1, perte de 8 kg en 3 mois, albumine 31.
Projet : immuno-chimiothérapie de 1re ligne métastatique, à visée palliative.
Question : indication d'une RT de l'acétabulum à visée préventive (risque fracturaire, score de Mirels 8) ?
""",
    gold=dict(
        primaryTumor=("present", "other", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("absent", [], 0),
        currentMedications=("present", ["L01FF01", "A02BC02", "N05BA12", "N05CF01"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("unknown", []),
        anticoagulation=("absent", []),
        antiplatelets=("absent", []),
        prognosis=("present", "ecog", 1),
        therapeuticProject=("present", "palliative"),
    ))

LETTERS["zx05"] = dict(fmt="docx", title="Hépato-gastro - demande RCP", author="Dr Hamon", sex="M",
    date=D(2025, 3, 13), birth=D(1950, 2, 2),
    must_contain=["Lenvima", "Nexavar", "Xgeva", "pas d'anticoagulation", "enclouage"],
    text="""
# Service d'Hépato-Gastroentérologie - Hôpital privé du Confluent (fictif), Nantes
Dr Mathilde HAMON - 02 28 44 90 12
Nantes, le 13 mars 2025
Dossier de M. Raymond TESSIER, né le 02/02/1950
Cher confrère,
Je vous adresse M. Tessier pour la RCP métastases osseuses. Il est suivi depuis 2022 pour un carcinome hépatocellulaire sur cirrhose alcoolique Child-Pugh A6, histologiquement prouvé (CHC moyennement différencié, biopsie 05/2022). Il a été traité par chimio-embolisation puis sorafénib (Nexavar) de 2023 à octobre 2024, arrêté pour progression ; actuellement lenvatinib (Lenvima) 8 mg/j depuis le 15/10/2024.
Le 11/01/2025, fracture pathologique de l'humérus droit sur un geste banal (en enfilant sa veste). Enclouage centromédullaire le 18/01/2025 (Dr Rio, orthopédie), l'histologie per-opératoire confirmant la métastase de CHC. Radiothérapie post-opératoire du foyer, 20 Gy en 5 fractions, terminée le 21/02/2025.
Actuellement, douleurs de l'épaule droite à la mobilisation, EN 3/10, bien calmées par le paracétamol. Pas de douleur de repos.
Le bilan d'extension osseux (TEP-FDG 03/2025) montre deux autres lésions : L4 et ischion gauche, non douloureuses.
Il n'y a pas d'anticoagulation (thrombose porte partielle connue, non traitée en raison de varices oesophagiennes de grade 2).
# Traitement
| Lenvima 4 mg | 2 gélules le matin |
| Avlocardyl 40 mg | 1/2 cp matin et soir |
| Lasilix 40 mg | 1 cp le matin |
| Aldactone 75 mg | 1 cp le matin |
| Doliprane 1 g | jusqu'à 3/j (pas plus) |
| Xgeva 120 mg | 1 inj SC toutes les 4 semaines (depuis le 05/02/2025) |
| Cacit D3 | 1 sachet/j |
ECOG 1. Espérance de vie estimée supérieure à 6 mois.
Le traitement par lenvatinib, à visée palliative, est poursuivi.
Question : faut-il traiter les lésions de L4 et de l'ischion (radiothérapie ? radiofréquence ?) ?
# Fiche RCP
| Tumeur primitive | CHC sur cirrhose |
| Circonstances | Fracture pathologique humérus D le 11/01/2025 |
| Traitements locaux | Enclouage + RT 20 Gy |
| Anti-résorptif | Xgeva |
| Anticoagulant | Non |
| OMS/ECOG | 1 |
Confraternellement,
Dr M. Hamon
""",
    gold=dict(
        primaryTumor=("present", "other", "other", {}),
        boneDiagnosis=("present", ["pathological_fracture"], True),
        pain=("present", ["mechanical"], 3),
        currentMedications=("present", ["L01EX08", "C03CA01", "N02BE01", "M05BX04", "A12AX"]),
        priorLocalTreatments=("present", ["surgery", "radiotherapy"]),
        boneTargetedTherapy=("present", ["M05BX04"]),
        anticoagulation=("absent", []),
        antiplatelets=("unknown", []),
        prognosis=("present", "ecog", 1),
        therapeuticProject=("present", "palliative"),
    ))

LETTERS["zx06"] = dict(fmt="pdf", title="ORL - oncologie cervico-faciale", author="Dr Baudry", sex="F",
    date=D(2025, 3, 17), birth=D(1960, 3, 30),
    must_contain=["Zometa", "Innohep", "Skenan", "hypercalcémie", "aucune irradiation osseuse"],
    text="""
# Oncologie cervico-faciale - Centre René-Gauducheau (site fictif Nord-Laënnec)
Dr Hélène BAUDRY - Tél. 02 40 67 10 54
Nantes, le 17/03/2025

Mme Annick GOURHAN, née le 30/03/1960
Adressée pour RCP métastases osseuses

Madame, Monsieur, chers collègues,

Mme Gourhan est suivie pour un carcinome épidermoïde de l'oropharynx (amygdale droite) p16 positif, traité en 2022 par radio-chimiothérapie exclusive (70 Gy sur l'oropharynx et les aires ganglionnaires + cisplatine), en rémission complète jusqu'à fin 2024.
En février 2025, elle est hospitalisée pour une confusion avec hypercalcémie à 3,1 mmol/l, révélant des lésions ostéolytiques multiples (rachis, bassin, côtes) au scanner du 06/02/2025. La biopsie d'une lésion iliaque confirme une métastase du carcinome épidermoïde, PD-L1 CPS 30.
L'hypercalcémie a été corrigée par hydratation et une perfusion unique de Zometa 4 mg le 07/02/2025 ; pas de traitement anti-résorptif au long cours depuis, c'est une des questions posées.
Au cours de cette hospitalisation, découverte d'une embolie pulmonaire segmentaire, traitée par Innohep 14 000 UI/j (dose curative), poursuivi.

Douleurs : douleurs costales et du bassin, à prédominance nocturne, cotées à 5/10 à l'entrée et 2/10 actuellement sous morphine.
Pas de traitement local à ce jour : aucune irradiation osseuse, pas de chirurgie.

Traitement actuel :
Keytruda 200 mg toutes les 3 semaines (1re cure le 27/02/2025), Skenan LP 30 mg matin et soir, Actiskenan 10 mg si besoin, Innohep 14 000 UI SC/j, Levothyrox 75 µg (hypothyroïdie post-radique), Forlax 2 sachets/j.
Antécédents familiaux : père, cancer du larynx.

PS 2 (fatigue, reste au fauteuil une partie de la journée).
Projet : immunothérapie par pembrolizumab en situation palliative.

Questions à la RCP : indication d'un traitement anti-résorptif au long cours (acide zolédronique ou dénosumab) ? Radiothérapie antalgique du bassin ?

Dr H. Baudry
""",
    gold=dict(
        primaryTumor=("present", "other", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
        boneDiagnosis=("present", ["hypercalcemia"], True),
        pain=("present", ["nocturnal"], 2),
        currentMedications=("present", ["L01FF02", "N02AA01", "B01AB10", "H03AA01", "A06AD15"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("present", ["B01AB10"]),
        antiplatelets=("unknown", []),
        prognosis=("present", "ecog", 2),
        therapeuticProject=("present", "palliative"),
    ))

LETTERS["zx07"] = dict(fmt="docx", title="Endocrinologie - thyroïde", author="Dr Corre", sex="F",
    date=D(2025, 3, 18), age_written=71,
    must_contain=["Prolia", "Préviscan", "à confirmer", "iliaque"],
    text="""
# Service d'Endocrinologie - Unité de pathologie thyroïdienne
Dr Anne-Sophie CORRE - Nantes
Le 18 mars 2025
Chère consoeur,
Je souhaite vous présenter Mme Yvette LE GALL, 71 ans, suivie pour un carcinome vésiculaire de la thyroïde largement invasif, pT3, traité par thyroïdectomie totale en 2019 puis deux cures d'iode 131 (2019 et 2020).
Des métastases osseuses ont été découvertes en 2021 sur la scintigraphie corps entier post-thérapeutique et la surveillance de la thyroglobuline : lésions de l'aile iliaque gauche et de la 5e côte droite, devenues réfractaires à l'iode.
L'aile iliaque gauche a été irradiée en 2023 (radiothérapie externe 30 Gy en 10 fractions). Une cimentoplastie acétabulaire avait été évoquée à l'époque mais n'a pas été faite.
Elle décrit des douleurs de la hanche gauche à la marche prolongée, sans réveil nocturne.
Le dernier scanner (février 2025) montre une progression de la lésion iliaque avec extension vers le toit du cotyle, et une nouvelle lésion de T11.
Traitement :
- Levothyrox 125 µg/j
- Prolia 60 mg une injection tous les 6 mois pour son ostéoporose (dernière injection en janvier 2025)
- Uvedose 100 000 UI tous les 3 mois
- elle serait sous Préviscan pour une FA, à confirmer auprès de son médecin traitant (Dr Moreau, Rezé)
Antécédents : FA, ostéoporose fracturaire (fracture du poignet 2017). Sa sœur a eu un cancer papillaire de la thyroïde.
Je m'interroge sur l'intérêt d'une ré-irradiation ou d'une cimentoplastie de la lésion péri-cotyloïdienne, et sur la place d'un inhibiteur de tyrosine kinase (lenvatinib) ; je souhaite l'avis de la RCP avant toute décision.
Bien amicalement,
Dr A.-S. Corre
""",
    gold=dict(
        primaryTumor=("present", "thyroid", "other", {}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], None),
        currentMedications=("present", ["H03AA01", "M05BX04", "A11CC05"]),
        priorLocalTreatments=("present", ["radiotherapy"]),
        boneTargetedTherapy=("present", ["M05BX04"]),
        anticoagulation=("uncertain", ["B01AA12"]),
        antiplatelets=("unknown", []),
        prognosis=("unknown", None, None),
        therapeuticProject=("unknown", None),
    ))

LETTERS["zx08"] = dict(fmt="txt", title="", author="", sex="M",
    date=D(2025, 3, 19), birth=D(1948, 7, 8),
    must_contain=["Eliquis", "Kardegic", "Decapeptyl", "la nuit"],
    text="""Dr Erwan JOUAN
Médecine générale
12 rue des Hortensias 44300 Nantes
Tél : 02 40 49 27 63

Nantes le 19/03/2025

Cher confrère,

Je vous adresse M. René BOUCHAUD né le 08/07/1948 pour avis en RCP.
Il est suivi pour un cancer de la prostate par le Dr Lemaitre urologue, sous Decapeptyl depuis 2021. Son dernier PSA de février est à 45 ng/ml (il était à 3 en 2023).
Depuis 2 mois il se plaint de douleurs costales droites et dorsales qui le réveillent la nuit, EN à 5. La scintigraphie faite à ma demande le 10/03 montre des fixations multiples (côtes, rachis dorsal, bassin) compatibles avec des métastases.
Il reste autonome a domicile avec son épouse.

Son traitement :
Decapeptyl 11,25 mg tous les 3 mois
Doliprane 1g x3/j
Eliquis 5 mg matin et soir (FA)
Kardegic 75 mg
Tahor 40 mg

Merci de votre avis sur la prise en charge (radiothérapie ? changement de traitement ?).

Bien confraternellement
Dr Jouan
""",
    gold=dict(
        primaryTumor=("present", "prostate", None, {"PSA": "positive"}),
        boneDiagnosis=("present", ["pain"], True),
        pain=("present", ["nocturnal"], 5),
        currentMedications=("present", ["L02AE04", "N02BE01", "B01AF02", "B01AC06", "C10AA05"]),
        priorLocalTreatments=("unknown", []),
        boneTargetedTherapy=("unknown", []),
        anticoagulation=("present", ["B01AF02"]),
        antiplatelets=("present", ["B01AC06"]),
        prognosis=("unknown", None, None),
        therapeuticProject=("present", None),
    ))

LETTERS["zx09"] = dict(fmt="docx", title="Pneumologie - compression médullaire", author="Dr Guérin", sex="F",
    date=D(2025, 3, 21), age_written=58,
    must_contain=["Tecentriq", "Solupred", "Lovenox", "décharges électriques", "Dénosumab"],
    text="""
# CHU de Nantes - Service de Pneumologie, unité d'oncologie thoracique
Dr Clémence GUÉRIN, cheffe de clinique
Nantes, le 21/03/2025
Objet : Mme Sandrine LE BIHAN, 58 ans - RCP métastases osseuses (dossier semi-urgent)
Chers collègues,
Mme Le Bihan, 58 ans, tabagique actif (35 PA), a été hospitalisée le 28/02/2025 pour une paraparésie d'installation rapide. L'IRM a mis en évidence une compression médullaire en regard de D6 sur une lésion lytique avec épidurite. Elle a bénéficié en urgence d'une laminectomie décompressive avec ostéosynthèse D5-D7 le 01/03/2025 (Dr Pennec, neurochirurgie). L'analyse de la pièce a conduit au diagnostic de carcinome bronchique à petites cellules, confirmé par la biopsie de la masse hilaire droite. Stade étendu (foie, surrénale gauche, os).
Une radiothérapie post-opératoire du rachis (20 Gy en 5 fractions) est en cours, séance 3/5 aujourd'hui.
Chimio-immunothérapie carboplatine-étoposide-atézolizumab (Tecentriq) débutée le 07/03/2025, C2 prévue le 28/03.
Douleurs : douleurs en ceinture thoracique de type décharges électriques, nettement améliorées, EN 3/10 (8/10 à l'admission). Récupération motrice partielle, marche avec déambulateur.
# Traitements
| Carboplatine AUC5 J1, étoposide 100 mg/m² J1-J3, atézolizumab 1200 mg J1 | toutes les 3 semaines |
| Solupred 40 mg | le matin, décroissance prévue |
| Lovenox 4000 UI | 1 injection SC/j (prévention) |
| Neurontin 300 mg | 3 fois par jour |
| Oxynorm 5 mg | si douleur |
| Inexium 20 mg | le soir |
Pas d'antiagrégant plaquettaire. Dénosumab à discuter en RCP.
État général : PS 3 depuis la compression (alitée plus de la moitié de la journée).
Question : place d'un traitement anti-résorptif ; consolidation d'une lésion du col fémoral gauche (Mirels 9) ?
# Fiche RCP
| Primitif | CBPC stade étendu |
| Circonstance de découverte osseuse | Compression médullaire D6 (28/02/2025) |
| Traitements locaux | Chirurgie D5-D7 + RT en cours |
| Anticoagulant | HBPM préventive (Lovenox) |
| OMS | 3 |
Dr C. Guérin
""",
    gold=dict(
        primaryTumor=("present", "lung", "small_cell_carcinoma", {}),
        boneDiagnosis=("present", ["neurological_deficit"], True),
        pain=("present", ["neuropathic"], 3),
        currentMedications=("present", ["L01XA02", "L01CB01", "L01FF05", "H02AB06", "B01AB05", "N03AX12", "N02AA05", "A02BC05"]),
        priorLocalTreatments=("present", ["surgery", "radiotherapy"]),
        boneTargetedTherapy=("unknown", []),
        anticoagulation=("present", ["B01AB05"]),
        antiplatelets=("absent", []),
        prognosis=("present", "ecog", 3),
        therapeuticProject=("present", None),
    ))

LETTERS["zx10"] = dict(fmt="pdf", title="Urologie - rein", author="Dr Rousseau", sex="M",
    date=D(2025, 3, 24), birth=D(1967, 3, 15),
    must_contain=["Cabometyx", "Zometa", "ostéonécrose", "dérouillage matinal", "Karnofsky"],
    text="""
# Service d'Urologie - CHU de Nantes
Dr Thibault ROUSSEAU - Secrétariat 02 40 08 72 19
Nantes, le 24 mars 2025

Objet : M. Stéphane JOLIVET, né le 15/03/1967

Cher confrère,

Je vous adresse M. Jolivet, suivi pour un carcinome rénal à cellules claires du rein gauche, grade ISUP 3, traité par néphrectomie élargie en mai 2021.
Évolution métastatique pulmonaire en 2022 traitée par axitinib (Inlyta), arrêté en 2023, puis cryoablation d'un nodule pulmonaire en 2023.
Une lésion lytique de l'aile iliaque droite a été découverte sur le scanner de surveillance de septembre 2024. Il est sous cabozantinib (Cabometyx 40 mg/j) depuis octobre 2024.
Il décrit des douleurs de la fesse droite de rythme inflammatoire, avec un dérouillage matinal d'une demi-heure ; pas de douleur à la marche, pas de sciatalgie.
La lésion iliaque n'a reçu aucun traitement local à ce jour.
Le Zometa, débuté en octobre 2024, a été arrêté en janvier 2025 devant une ostéonécrose de la mâchoire (suivi stomatologique en cours).
Pas d'anticoagulant.

Antécédents : infarctus du myocarde en 2018 avec stent, HTA, dyslipidémie. Le Plavix a été arrêté en 2019, il garde le Kardégic.

Traitement : Cabometyx 40 mg/j, Kardégic 75 mg/j, Amlor 5 mg, Tahor 40 mg, Doliprane à la demande (1 à 2 g/j).

Karnofsky 80 %. Projet : poursuite du cabozantinib.
Question : radiothérapie stéréotaxique ou cryoablation de la lésion iliaque ?

<<PAGE>>
# FICHE DE DEMANDE RCP MÉTASTASES OSSEUSES
| Patient | JOLIVET Stéphane, 15/03/1967 |
| Primitif | Rein, carcinome à cellules claires |
| Découverte osseuse | scanner de surveillance 09/2024 |
| Douleur | oui, inflammatoire |
| Traitement local antérieur | aucun |
| Traitement anti-résorptif | acide zolédronique (Zometa) 4 mg toutes les 12 semaines |
| Anticoagulant | non |
| Antiagrégant | Kardégic |
| Indice de performance | Karnofsky 80 % |

Dr T. Rousseau
""",
    gold=dict(
        primaryTumor=("present", "kidney", "clear_cell_carcinoma", {}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("present", ["inflammatory"], None),
        currentMedications=("present", ["L01EX07", "B01AC06", "C10AA05", "N02BE01", "M05BA08"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("conflicting", ["M05BA08"]),
        anticoagulation=("absent", []),
        antiplatelets=("present", ["B01AC06"]),
        prognosis=("present", "kps", 80),
        therapeuticProject=("present", None),
    ))

LETTERS["zx11"] = dict(fmt="txt", crlf=True, title="", author="", sex="F",
    date=D(2025, 3, 25), birth=D(1952, 12, 12),
    must_contain=["Fosamax", "pas sous anticoagulant", "Ixprim", "probable"],
    text="""Cabinet médical des Dervallières
Dr Claire BARBIN - 02 40 46 13 85
Nantes le 25 mars 2025

Chère Consoeur, Cher Confrère,

Je me permets de vous adresser Mme Josiane PICHON, née le 12/12/1952, pour avis.
Elle a été opérée en 2018 d'un adénocarcinome du côlon droit (hémicolectomie droite + chimiothérapie adjuvante), considérée en rémission, dernier scanner de surveillance normal en 2023.
Elle présente depuis janvier des douleurs de l'épaule droite qui la réveillent la nuit, EN 7, partiellement soulagées par l'Ixprim. La radio puis le scanner (14/03/2025) montrent une lésion lytique de la tête humérale droite et deux lésions vertébrales (L1, L4). L'ACE est remonté à 48.
Il s'agit probablement d'une récidive osseuse de son cancer colique, mais le diagnostic n'est pas prouvé (pas de biopsie), un myélome n'a pas été formellement écarté (EPP en cours).
Elle n'est pas sous anticoagulant. Pas encore de radiothérapie.

Traitement habituel :
Ixprim 1 cp x3/j
Levothyrox 50
Inexium 20
Fosamax 70 mg 1/semaine depuis 2020 (ostéoporose)

Elle vit seule, reste autonome, conduit encore.
Que proposez vous ? biopsie ? radiothérapie de l'épaule ?

Bien cordialement,
Dr Barbin
""",
    gold=dict(
        primaryTumor=("uncertain", "colorectal", "adenocarcinoma", {}),
        boneDiagnosis=("present", ["pain"], True),
        pain=("present", ["nocturnal"], 7),
        currentMedications=("present", ["N02AX02", "H03AA01", "A02BC05", "M05BA04"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("present", ["M05BA04"]),
        anticoagulation=("absent", []),
        antiplatelets=("unknown", []),
        prognosis=("unknown", None, None),
        therapeuticProject=("unknown", None),
    ))

LETTERS["zx12"] = dict(fmt="pdf", title="Oncologie thoracique - RCP", author="Dr Ollivier", sex="F",
    date=D(2025, 3, 27), age_written=49,
    must_contain=["Alecensa", "Pas de douleur", "Douleur : oui", "Xgeva", "ni antiagrégant"],
    text="""
# Hôpital Laënnec (fictif) - Oncologie thoracique
Dr Marie OLLIVIER - Nantes
Nantes, le 27/03/2025

Cher collègue,

Je vous présente le dossier de Mme Élodie MÉNARD, 49 ans, non fumeuse, suivie pour un adénocarcinome pulmonaire du lobe supérieur droit avec réarrangement ALK (IHC et FISH positives). EGFR non muté, ROS1 négatif, PD-L1 < 1 %.
Le TEP de bilan initial de novembre 2024 a montré des lésions osseuses du cotyle droit, de L2 et de l'omoplate gauche. Elle est traitée par alectinib (Alecensa 600 mg matin et soir) depuis le 02/12/2024 avec une excellente réponse pulmonaire et métabolique osseuse.
Pas de douleur. Aucun traitement local à ce jour ; une radiothérapie stéréotaxique du cotyle droit est envisagée.
Elle reçoit du Xgeva 120 mg une fois par mois depuis décembre 2024, avec Cacit D3 1 sachet par jour. Pas de traitement anticoagulant ni antiagrégant.
PS 0, elle a repris son travail d'enseignante à mi-temps.
Projet : poursuite de l'alectinib.
Question : consolidation par SBRT des lésions osseuses résiduelles (oligopersistance) ?

# Fiche RCP
| Primitif | ADK pulmonaire ALK+ |
| Découverte | TEP bilan 11/2024 |
| Douleur : oui | |
| Traitement local | non |
| Anti-résorptif | Xgeva mensuel |
| Anticoagulant / antiagrégant | non / non |
| OMS | 0 |

Dr M. Ollivier
""",
    gold=dict(
        primaryTumor=("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "ROS1": "negative", "PD-L1": "negative"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("conflicting", [], None),
        currentMedications=("present", ["L01ED03", "M05BX04", "A12AX"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("present", ["M05BX04"]),
        anticoagulation=("absent", []),
        antiplatelets=("absent", []),
        prognosis=("present", "ecog", 0),
        therapeuticProject=("present", None),
    ))


def main():
    atc_ref = load_atc()
    golds, texts = {}, {}
    try:
        for lid, L in LETTERS.items():
            txt = plain_text(L["text"]) if L["fmt"] != "txt" else L["text"]
            if L["fmt"] == "pdf":
                txt.encode("cp1252")  # WinAnsi font: every character must exist
            g = build_gold(lid, L)
            check_gold(lid, g, L, atc_ref, txt)
            golds[lid], texts[lid] = g, txt
        if len(LETTERS) != 12:
            fail(f"expected 12 letters, got {len(LETTERS)}")
    except (ContractViolation, UnicodeEncodeError) as e:
        print(f"CONTRACT VIOLATION: {e}")
        sys.exit(1)

    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for p in list((HERE / "letters").iterdir()) + list((HERE / "gold").iterdir()):
        p.unlink()
    font = PdfFont()
    for lid, L in LETTERS.items():
        fmt = L["fmt"]
        dest = HERE / "letters" / f"{lid}.{fmt}"
        if fmt == "txt":
            data = L["text"].lstrip("\n")
            if L.get("crlf"):
                data = data.replace("\n", "\r\n")
            dest.write_bytes(data.encode(L.get("encoding", "utf-8")))
        elif fmt == "pdf":
            write_pdf(dest, L["text"], font, L["title"])
        elif fmt == "docx":
            write_docx(dest, L["text"], L["author"], L["title"])
        (HERE / "gold" / f"{lid}.json").write_text(
            json.dumps(golds[lid], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    # read back PDFs and DOCX: the text layer must carry the key phrases
    try:
        from pypdf import PdfReader
        import docx
        for lid, L in LETTERS.items():
            dest = HERE / "letters" / f"{lid}.{L['fmt']}"
            if L["fmt"] == "pdf":
                got = "\n".join(pg.extract_text() for pg in PdfReader(str(dest)).pages)
            elif L["fmt"] == "docx":
                d = docx.Document(str(dest))
                got = "\n".join(p.text for p in d.paragraphs)
                got += "\n" + "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
            else:
                continue
            for phrase in L.get("must_contain", []):
                if fold(phrase).replace(" ", "") not in fold(got).replace(" ", "").replace("\n", ""):
                    fail(f"{lid}: phrase {phrase!r} not recoverable from the written {L['fmt']}")
    except ContractViolation as e:
        print(f"CONTRACT VIOLATION: {e}")
        sys.exit(1)
    print(f"wrote {len(LETTERS)} letters and golds to {HERE}")


if __name__ == "__main__":
    main()
