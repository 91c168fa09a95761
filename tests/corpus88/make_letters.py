#!/usr/bin/env python3
"""Blind corpus 88: eight text PDFs exported from hospital software whose text
layer reads in an awkward order (labels then values, label/value interleaved,
wrapped table cells, right-hand columns and stickers read mid-paragraph,
repeated headers and page numbers). Writes letters/ and gold/ deterministically.

Run from /work/main:  .venv/bin/python tests/corpus88/make_letters.py
"""
import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
import zlib
from PIL import ImageFont

# --------------------------------------------------------------------------- PDF writer
from PIL import ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_pil = ImageFont.truetype(FONT, 1000)
WIDTHS = []
for code in range(32, 256):
    try:
        ch = bytes([code]).decode("cp1252")
        WIDTHS.append(int(round(_pil.getlength(ch))))
    except UnicodeDecodeError:
        WIDTHS.append(0)


def text_width(s, size):
    return sum(WIDTHS[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000.0


def wrap(text, width, size):
    lines, cur = [], ""
    for word in text.split(" "):
        cand = (cur + " " + word) if cur else word
        if cur and text_width(cand, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


def _esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def build_pdf(pages, title, created="D:20251101090000+01'00'", producer="DxPrint 4.2 (export PDF)"):
    """pages: list of lists of runs; run = (x, y, size, text) or ("line", x1, y1, x2, y2)."""
    font_data = open(FONT, "rb").read()
    objs = []  # index 0 -> obj 1

    def add(body):
        objs.append(body)
        return len(objs)

    ff = zlib.compress(font_data, 9)
    ff_id = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(ff), len(font_data)) + ff + b"\nendstream")
    desc_id = add(b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                  b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff_id)
    font_id = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
                  b"/Widths [" + b" ".join(str(w).encode() for w in WIDTHS) + b"] /Encoding /WinAnsiEncoding "
                  b"/FontDescriptor %d 0 R >>" % desc_id)
    pages_id_placeholder = len(objs) + 1
    add(b"")  # pages, filled later
    kids = []
    for runs in pages:
        ops = []
        for r in runs:
            if r[0] == "line":
                _, x1, y1, x2, y2 = r
                ops.append(b"0.5 w %.2f %.2f m %.2f %.2f l S" % (x1, y1, x2, y2))
            else:
                x, y, size, s = r
                ops.append(b"BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm (" % (size, x, y) + _esc(s) + b") Tj ET")
        content = zlib.compress(b"\n".join(ops), 9)
        c_id = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        p_id = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                   b"/Contents %d 0 R >>" % (pages_id_placeholder, font_id, c_id))
        kids.append(p_id)
    objs[pages_id_placeholder - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    cat_id = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)

    def pdfstr(s):
        return b"(" + _esc(s) + b")"
    info_id = add(b"<< /Title " + pdfstr(title) + b" /Producer " + pdfstr(producer) + b" /Creator " + pdfstr(producer)
                  + b" /CreationDate " + pdfstr(created) + b" /ModDate " + pdfstr(created) + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    fid = zlib.crc32(title.encode("utf-8"))
    idhex = ("%08x" % fid * 4).encode()
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat_id, info_id, idhex, idhex, xref)
    return bytes(out)

ATC_REF = Path("/work/shared/spec/atc-reference.tsv")

# --------------------------------------------------------------------------- layout helpers


def para(runs, x, y, width, text, size=9.5, leading=12.0):
    for line in wrap(text, width, size):
        runs.append((x, y, size, line))
        y -= leading
    return y


def para_lines(x, y, width, text, size=9.5, leading=12.0):
    out = []
    for line in wrap(text, width, size):
        out.append((x, y, size, line))
        y -= leading
    return out, y


def table(runs, x0, y, cols, rows, size=8.5, leading=10.5, rule=True):
    """cols: list of (width); rows: list of cell texts. Cells wrap; every
    physical line of a row is written across all columns before the next one
    (what exports give: the text layer mixes the cells' lines)."""
    xs = [x0]
    for w in cols[:-1]:
        xs.append(xs[-1] + w)
    right = x0 + sum(cols)
    for row in rows:
        cells = [wrap(t, w - 6, size) if t else [] for t, w in zip(row, cols)]
        n = max(1, max(len(c) for c in cells))
        if rule:
            runs.append(("line", x0, y + size + 2, right, y + size + 2))
        for i in range(n):
            for cx, c in zip(xs, cells):
                if i < len(c):
                    runs.append((cx + 3, y - i * leading, size, c[i]))
        y -= n * leading + 4
    if rule:
        runs.append(("line", x0, y + size + 2, right, y + size + 2))
    return y


# --------------------------------------------------------------------------- contract data

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
          "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
STATUS_ALLOWED = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "boneTargetedTherapy": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "anticoagulation": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "antiplatelets": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIORESULTS = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
        "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {"boneTargetedTherapy": ("M05BA", "M05BX04"),
                "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
                "antiplatelets": ("B01AC",)}


def load_atc():
    lines = ATC_REF.read_text(encoding="utf-8").splitlines()[1:]
    return {ln.split("\t", 1)[0].strip() for ln in lines if ln.strip()}


def derive_gaps(g):
    """The spec's Gaps rule, applied to the gold values."""
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


def age_at(birth, on):
    b = dt.date(*map(int, reversed(birth.split("/"))))
    d = dt.date(*map(int, reversed(on.split("/"))))
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def fail(msg):
    print("CONTRACT VIOLATION: " + msg)
    sys.exit(1)


def check(letter, atc):
    lid, g = letter["id"], letter["gold"]
    need = ["patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
            "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject"]
    for k in need:
        if k not in g:
            fail(f"{lid}: missing {k}")
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        fail(f"{lid}: sex")
    if not isinstance(p["age"], int) or not 18 <= p["age"] <= 105:
        fail(f"{lid}: age")
    if letter.get("birth"):
        if age_at(letter["birth"], letter["date"]) != p["age"]:
            fail(f"{lid}: age {p['age']} != computed {age_at(letter['birth'], letter['date'])}")
        if letter["birth"] not in letter["_text"] or letter["date"] not in letter["_text"]:
            fail(f"{lid}: birth date or letter date not written in the letter")
    for item, allowed in STATUS_ALLOWED.items():
        if g[item]["status"] not in allowed:
            fail(f"{lid}: {item} status {g[item]['status']}")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail(f"{lid}: unknown primary with values")
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(f"{lid}: site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTO:
        fail(f"{lid}: histology")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIORESULTS:
            fail(f"{lid}: biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRC or not isinstance(bd["dated"], bool):
        fail(f"{lid}: boneDiagnosis")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(f"{lid}: boneDiagnosis present without circumstance")
    pn = g["pain"]
    if not set(pn["types"]) <= PAIN_TYPES:
        fail(f"{lid}: pain types")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        fail(f"{lid}: pain intensity")
    if pn["status"] in ("absent", "unknown") and pn["types"]:
        fail(f"{lid}: pain types without pain")
    if pn["status"] == "absent" and pn["intensity"] not in (None, 0):
        fail(f"{lid}: absent pain with intensity")
    if not set(g["priorLocalTreatments"]["types"]) <= LOCAL:
        fail(f"{lid}: local types")
    if g["priorLocalTreatments"]["status"] in ("absent", "unknown") and g["priorLocalTreatments"]["types"]:
        fail(f"{lid}: local types with absent/unknown")
    cm = g["currentMedications"]
    for c in cm["atc"]:
        if c not in atc:
            fail(f"{lid}: ATC {c} not in atc-reference.tsv")
    if cm["atc"] != sorted(set(cm["atc"])):
        fail(f"{lid}: currentMedications.atc not sorted/unique")
    if cm["status"] != "present" and cm["atc"]:
        fail(f"{lid}: medications listed while status {cm['status']}")
    for name, prefixes in AGENT_PREFIX.items():
        sec = g[name]
        for c in sec["atc"]:
            if c not in atc:
                fail(f"{lid}: {name} ATC {c} not in reference")
            if not c.startswith(prefixes):
                fail(f"{lid}: {name} ATC {c} wrong class")
            if sec["status"] in ("present", "conflicting") and c not in cm["atc"]:
                fail(f"{lid}: {name} agent {c} not in currentMedications")
            if sec["status"] in ("absent", "unknown"):
                fail(f"{lid}: {name} agent with status {sec['status']}")
        if sec["status"] == "uncertain":
            for c in sec["atc"]:
                if c in cm["atc"]:
                    fail(f"{lid}: doubtful {name} agent {c} must not be a current medication")
    # a current medication of an agent class must show in its section
    for c in cm["atc"]:
        for name, prefixes in AGENT_PREFIX.items():
            if c.startswith(prefixes) and c not in g[name]["atc"]:
                fail(f"{lid}: current {c} missing from {name}")
    pg = g["prognosis"]
    if pg.get("ecog") is not None and pg["ecog"] not in range(0, 5):
        fail(f"{lid}: ecog")
    if pg.get("kps") is not None and pg["kps"] not in range(0, 101, 10):
        fail(f"{lid}: kps")
    if pg["status"] == "unknown" and (pg.get("ecog") is not None or pg.get("kps") is not None):
        fail(f"{lid}: prognosis unknown with score")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(f"{lid}: intent")
    if tp["status"] == "unknown" and tp["intent"]:
        fail(f"{lid}: intent without project")
    if "gaps" in g:
        fail(f"{lid}: gaps must be derived, not written by hand")


def gold_record(lid, d):
    g = {"id": lid, "patient": d["patient"]}
    pt = d["primaryTumor"]
    g["primaryTumor"] = {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": pt[3]}
    bd = d["boneDiagnosis"]
    g["boneDiagnosis"] = {"status": bd[0], "circumstances": bd[1], "dated": bd[2]}
    pn = d["pain"]
    g["pain"] = {"status": pn[0], "types": sorted(pn[1]), "intensity": pn[2]}
    g["currentMedications"] = {"status": d["currentMedications"][0], "atc": sorted(d["currentMedications"][1])}
    g["priorLocalTreatments"] = {"status": d["priorLocalTreatments"][0], "types": sorted(d["priorLocalTreatments"][1])}
    for name in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        g[name] = {"status": d[name][0], "atc": sorted(d[name][1])}
    pr = d["prognosis"]
    g["prognosis"] = {"status": pr[0]}
    if pr[0] == "unknown" or pr[1] is not None or pr[2] is None:
        g["prognosis"]["ecog"] = pr[1]
    if pr[2] is not None:
        g["prognosis"]["kps"] = pr[2]
    g["therapeuticProject"] = {"status": d["therapeuticProject"][0], "intent": d["therapeuticProject"][1]}
    return g


# --------------------------------------------------------------------------- the letters

W = 595


def header(runs, lines, y=805, size=9):
    for i, s in enumerate(lines):
        runs.append((40, y - i * 11, size + (2 if i == 0 else 0), s))
    return y - len(lines) * 11 - 8


def build_yl01():
    r = []
    y = header(r, ["CENTRE HOSPITALIER DE KERLANN", "Service de Pneumologie - Oncologie thoracique",
                   "Tél. secrétariat 02 97 41 63 20 - Fax 02 97 41 63 29"])
    r.append((40, y, 12, "DEMANDE DE PRÉSENTATION EN RCP MÉTASTASES OSSEUSES"))
    y -= 22
    rows = [
        ("Date de la demande", "14/10/2025"),
        ("Nom / Prénom", "LE GUELLEC Yannick"),
        ("Sexe", "M"),
        ("Date de naissance", "23/11/1958"),
        ("Médecin demandeur", "Dr Soizic AR GALL (pneumologue)"),
        ("Localisation primitive", "Poumon - lobe inférieur droit"),
        ("Histologie", "Adénocarcinome (TTF1+)"),
        ("Biologie moléculaire", "EGFR : délétion exon 19 ; ALK : négatif ; PD-L1 : 5 %"),
        ("Date découverte méta. osseuses", "juin 2025"),
        ("Circonstances de découverte", "Lombalgies d'aggravation progressive"),
        ("Douleur actuelle", "Oui - EVA 5/10, mécanique (à la marche, au lever)"),
        ("Anticoagulant", "Oui - Eliquis 5 mg x 2/j (EP le 02/07/2025)"),
        ("Antiagrégant plaquettaire", "Non"),
        ("Traitement anti-résorptif", "Xgeva 120 mg SC / 4 sem. depuis 07/2025"),
        ("Trt local osseux antérieur", "RT L3 8 Gy / 1 fraction le 10/07/2025"),
        ("Etat général (OMS)", "1"),
        ("Traitement oncologique actuel", "Tagrisso (osimertinib) 80 mg/j depuis le 05/07/2025"),
        ("Objectif", "Palliatif"),
    ]
    ys = [y - i * 15 for i in range(len(rows))]
    for (lab, _), yy in zip(rows, ys):          # the export writes every label first ...
        r.append((40, yy, 9, lab + " :"))
    for (_, val), yy in zip(rows, ys):          # ... then every value
        r.append((215, yy, 9, val))
    y = ys[-1] - 24
    r.append((40, y, 10, "Histoire de la maladie"))
    y -= 14
    y = para(r, 40, y, 515, "Patient de 66 ans, ancien fumeur (30 PA, sevré en 2015), ATCD : HTA, RGO. Père décédé d'un "
             "cancer de la prostate. Adénocarcinome pulmonaire LID diagnostiqué en juin 2025 devant des lombalgies "
             "d'horaire mécanique ; le TEP-TDM de bilan montre une lyse de L3 avec recul du mur postérieur, des lésions "
             "costales et de l'aile iliaque gauche. Pas de déficit neurologique. Radiothérapie antalgique L3 8 Gy le "
             "10/07/2025 avec amélioration partielle. Embolie pulmonaire segmentaire découverte le 02/07/2025, sous "
             "apixaban depuis. Bonne réponse sous osimertinib au TEP d'octobre, mais persistance d'une douleur "
             "lombaire à la marche, sans radiculalgie, EVA 5/10 ce jour malgré les morphiniques.")
    y -= 6
    r.append((40, y, 10, "Ordonnance en cours (01/10/2025)"))
    y -= 14
    for s in ["Tagrisso 80 mg : 1 cp le matin", "Eliquis 5 mg : 1 cp matin et soir", "Xgeva 120 mg : 1 inj. SC toutes les 4 semaines",
              "Doliprane 1 g : 1 cp x 3/j", "Skenan LP 20 mg : 1 gél. matin et soir", "Actiskenan 10 mg : si douleur, max 4/j",
              "Cacit D3 : 1 sachet/j", "Inexium 20 mg : 1 cp le soir"]:
        r.append((55, y, 9, "- " + s))
        y -= 11
    y -= 6
    y = para(r, 40, y, 515, "Question posée à la RCP : indication d'une cimentoplastie de L3 (tassement 40 %, douleur "
             "persistante) ? Avis sur la stabilité (score SINS 9).")
    r.append((40, 40, 8, "Imprimé le 14/10/2025 10:42 - DxPrint - page 1/1"))
    return [r]


def build_yl02():
    r = []
    y = header(r, ["CLINIQUE SAINTE-BERTHE", "Oncologie médicale - Hôpital de jour",
                   "8 rue des Glycines, 29870 Plouguerneau-Vraz - 02 98 37 11 50"])
    r.append((40, y, 12, "Synthèse pour RCP Métastases osseuses du 23/10/2025"))
    y -= 24
    rows = [
        (["Patiente"], "Mme RIOUAL Annick, 72 ans"),
        (["Oncologue référent"], "Dr Katell PRIGENT"),
        (["Tumeur primitive"], "Sein gauche - carcinome lobulaire infiltrant, grade 2"),
        (["Récepteurs / HER2"], "RE + (90 %), RP + (20 %), HER2 négatif (score 1+)"),
        (["Antécédents oncologiques"], "2017 : tumorectomie G + ganglion sentinelle, RT mammaire, létrozole 5 ans (arrêté en 2022)"),
        (["Découverte des métastases", "osseuses"], "TEP-TDM de surveillance le 03/09/2025 (ascension du CA 15-3)"),
        (["Sites osseux"], "T7, T11, sacrum, aile iliaque droite, arcs costaux"),
        (["Douleur"], "Non. Pas de douleur osseuse, EVA 0"),
        (["Traitement oncologique", "en cours"], "Faslodex 500 mg IM/mois + Kisqali 600 mg/j 21 j/28 depuis le 01/10/2025"),
        (["Traitement anti-résorptif osseux", "(bisphosphonate / dénosumab)"], "Non débuté - bilan dentaire en cours, Xgeva prévu ensuite"),
        (["Anticoagulant"], "Non"),
        (["Antiagrégant plaquettaire"], "Oui - Kardégic 75 mg/j (AOMI)"),
        (["Traitements locaux osseux", "antérieurs"], "Aucun"),
        (["Autres traitements"], "Levothyrox 75 µg, Tahor 20 mg, Uvedose 1 amp./3 mois"),
        (["ECOG"], "0"),
        (["Question à la RCP"], "Radiothérapie préventive de T11 (atteinte du mur postérieur, non douloureuse) ?"),
    ]
    for labs, val in rows:
        # label line(s) on the row, value in a field whose baseline sits lower:
        # the text layer alternates label / value / second label line.
        r.append((40, y, 9, labs[0]))
        vals = wrap(val, 330, 9)
        r.append((215, y - 10, 9, vals[0]))
        for i, lab2 in enumerate(labs[1:], 1):
            r.append((40, y - 10 * i - 10, 9, lab2))
        for i, v2 in enumerate(vals[1:], 1):
            r.append((215, y - 10 - 11 * i, 9, v2))
        y -= 12 + 11 * max(len(labs), len(vals)) + 4
        r.append(("line", 40, y + 10, 555, y + 10))
    y -= 6
    y = para(r, 40, y, 515, "Commentaire : patiente en très bon état général, autonome, sans plainte douloureuse. La "
             "maladie osseuse a été découverte sur l'imagerie de surveillance. Le dénosumab sera débuté après les "
             "extractions dentaires. Sa soeur est suivie pour un cancer du sein et est sous Zometa.")
    r.append((40, 40, 8, "Document validé électroniquement par Dr K. PRIGENT le 23/10/2025 - 1/1"))
    return [r]


def build_yl03():
    r = []
    y = header(r, ["CENTRE DE CANCÉROLOGIE DU LÉON", "Département d'oncologie médicale",
                   "Dr Erwan QUÉMÉNER - RPPS 10009876543 - secrétariat 02 98 69 20 40"])
    r.append((360, y + 4, 9, "Saint-Pol-de-Léon, le 20/10/2025"))
    y -= 14
    r.append((40, y, 9, "Objet : M. CORRE Hervé, né le 02/02/1949 - demande d'avis RCP métastases osseuses"))
    y -= 18
    y = para(r, 40, y, 515, "Cher confrère, je vous adresse M. Corre pour un cancer de la prostate métastatique osseux "
             "résistant à la castration. Adénocarcinome prostatique Gleason 8 (4+4) diagnostiqué en 2019, traité par "
             "prostatectomie totale puis radiothérapie de la loge en 2020. Rechute biologique en 2022. Les métastases "
             "osseuses ont été découvertes en mars 2023 sur la scintigraphie osseuse faite devant l'ascension du PSA "
             "(bassin, rachis lombaire, fémur droit). PSA actuel 48 ng/mL (13 ng/mL en juin).")
    y -= 4
    y = para(r, 40, y, 515, "Sur le plan osseux : radiothérapie antalgique de l'aile iliaque droite 8 Gy en avril 2024. "
             "Zométa de 2023 à janvier 2025, arrêté pour ostéonécrose de la mandibule, non repris. Depuis septembre, "
             "coxalgie droite avec douleurs à la marche et réveils nocturnes, EVA 6/10. Lésion lytique du col fémoral "
             "droit, Mirels 9.")
    y -= 4
    y = para(r, 40, y, 515, "Thrombose veineuse profonde jambe gauche en août 2025 : le Préviscan qu'il prenait pour une "
             "ancienne phlébite a été remplacé par du Lixiana. Progression sous enzalutamide : docétaxel débuté le "
             "22/09/2025 (C2 le 13/10/2025) avec prednisone, à visée palliative. OMS 2.")
    y -= 6
    r.append((40, y, 10, "Traitement actuel (extrait du dossier - tableau des prescriptions)"))
    y -= 16
    cols = [130, 110, 70, 205]
    r.append((43, y, 8.5, "Médicament")); r.append((173, y, 8.5, "Posologie"))
    r.append((283, y, 8.5, "Début")); r.append((353, y, 8.5, "Statut / commentaire"))
    y -= 14
    rows = [
        ("Décapeptyl LP 11,25 mg", "1 injection IM tous les 3 mois", "03/2022", "en cours"),
        ("Taxotère (docétaxel) 75 mg/m²", "J1 = J21, en HDJ", "22/09/2025", "en cours - C2 le 13/10/2025"),
        ("Cortancyl 5 mg", "2 cp le matin", "22/09/2025", "en cours, avec le docétaxel"),
        ("Xtandi 40 mg", "4 caps/j", "06/2024", "ARRÊTÉ le 10/09/2025 pour progression"),
        ("Zométa 4 mg IV", "1 perfusion toutes les 4 sem. puis toutes les 12 sem.", "03/2023",
         "ARRÊTÉ en 01/2025 - ostéonécrose mandibulaire"),
        ("Préviscan 20 mg", "3/4 cp le soir", "2018", "ARRÊTÉ le 18/08/2025, relais Lixiana"),
        ("Lixiana 60 mg", "1 cp le matin", "18/08/2025", "en cours (TVP membre inférieur gauche)"),
        ("Oxycontin LP 20 mg", "1 cp matin et soir", "09/2025", "en cours"),
        ("Oxynormoro 5 mg", "si douleur, maximum 6 par jour", "09/2025", "en cours"),
        ("Doliprane 1 g", "1 cp x 3/j", "", "en cours"),
        ("Movicol", "1 sachet/j", "09/2025", "en cours"),
    ]
    y = table(r, 40, y, cols, rows)
    y -= 10
    y = para(r, 40, y, 515, "Question : radiothérapie de la hanche droite seule, ou fixation prophylactique du fémur "
             "avant irradiation ? Merci de votre avis. Bien confraternellement, Dr E. Quéméner")
    r.append((270, 40, 8, "1/1"))
    return [r]


def build_yl04():
    r = []
    y = header(r, ["HÔPITAL PRIVÉ DES ABERS", "Pôle de cancérologie - Oncologie médicale",
                   "Allée du Phare, 29214 Landéda-Sant-Yann"])
    side = ["ONCOLOGIE MÉDICALE", "Dr Paol CADIOU", "Dr Morgane TANGUY", "RADIOTHÉRAPIE", "Dr Lena MÉVEL",
            "Dr Tanguy ROUDAUT", "CHIRURGIE DU RACHIS", "Pr Jean-Yves KERHERVÉ", "UNITÉ DOULEUR",
            "Dr Fañch ABGRALL", "CONSULTATION", "ANTICOAGULANTS", "(clinique des AVK)", "02 98 04 77 10",
            "Secrétariat RCP", "02 98 04 77 00"]
    r.append((40, y, 9, "Landéda, le 28/10/2025"))
    y -= 14
    r.append((40, y, 9, "Dr Paol CADIOU à Dr Annaïg LE BRAS, coordinatrice RCP métastases osseuses"))
    y -= 20
    body = ("Chère consoeur, je vous adresse M. Goulven PERHIRIN, 61 ans, suivi pour un carcinome rénal à cellules "
            "claires gauche (néphrectomie élargie en 2021, pT3a, Fuhrman 3). En avril 2025 il a présenté une "
            "paraparésie d'installation rapide révélant une compression médullaire sur métastase de T10 : "
            "laminectomie décompressive et ostéosynthèse T9-T11 le 16/04/2025 par le Pr Kerhervé, suivies d'une "
            "radiothérapie post-opératoire de 30 Gy en 10 fractions. Récupération motrice complète. Il a reçu de "
            "l'acide zolédronique de mai à août 2025, interrompu pour une insuffisance rénale (clairance 38 mL/min) ; "
            "il n'a pas de traitement anti-résorptif actuellement. Il persiste des douleurs en ceinture à type de "
            "décharges électriques, EVA 4/10, sans douleur nocturne. Pas de traitement anticoagulant ni "
            "antiagrégant. Il est sous cabozantinib (Cabometyx 40 mg/j) depuis mai 2025 en deuxième ligne, bien "
            "toléré. Indice de Karnofsky 80 %.")
    lines, y2 = para_lines(40, y, 380, body)
    # sidebar written right after the 4th body line: the text layer reads it mid-paragraph
    for i, ln in enumerate(lines):
        r.append(ln)
        if i == 3:
            sy = y + 6
            for s in side:
                r.append((450, sy, 7.5, s))
                sy -= 10
    y = y2 - 6
    y = para(r, 40, y, 380, "Traitement habituel : Cabometyx 40 mg 1 cp/j, Lyrica 75 mg matin et soir, Doliprane 1 g "
             "3 fois par jour, Triatec 5 mg le matin, Inipomp 40 mg le soir.")
    y -= 6
    y = para(r, 40, y, 380, "Le scanner du 20/10/2025 montre une nouvelle lésion lytique du fémur droit "
             "sous-trochantérienne, asymptomatique pour l'instant. Antécédents : HTA, appendicectomie. Son frère a eu "
             "une radiothérapie pour un cancer ORL.")
    y -= 6
    y = para(r, 40, y, 380, "Je souhaiterais l'avis de la RCP : radiothérapie seule ou enclouage prophylactique du "
             "fémur droit ? Poursuite du cabozantinib. Bien à vous, Dr P. Cadiou")
    r.append((40, 40, 7.5, "*PERHIRIN*GOULVEN*IPP0031877425*"))
    r.append((470, 40, 8, "Page 1 sur 1"))
    return [r]


def build_yl05():
    p1, p2 = [], []
    head = ["CHU DE BREST-MORLAIX - site de Ty Névez", "HDJ Oncologie digestive - Dr Nolwenn GUIVARC'H"]
    sticker = ["MADEC ép. LOAËC", "Josiane", "Née le 30/06/1954  F", "IPP 7700412893", "UF 4120 HDJ ONCO"]
    y = header(p1, head)
    p1.append((40, y, 9, "Brest, le 05/11/2025"))
    y -= 20
    p1.append((40, y, 11, "Compte rendu d'hospitalisation de jour - demande d'avis RCP os"))
    y -= 18
    intro = ("Madame Madec, épouse Loaëc, est suivie pour un adénocarcinome du côlon sigmoïde diagnostiqué en "
             "février 2024 (colectomie gauche, pT3N1), métastatique hépatique d'emblée. Biologie moléculaire : KRAS "
             "muté (G12D), BRAF non muté, statut MSS. Le 15/09/2025 elle a été hospitalisée pour une confusion avec "
             "une hypercalcémie à 3,1 mmol/L, qui a conduit à la découverte de lésions ostéolytiques multiples "
             "(rachis dorsal, bassin, humérus gauche) ; le myélome a été éliminé. Une perfusion unique de Zometa "
             "4 mg a été faite le 18/09/2025 pour l'hypercalcémie, normalisée depuis.")
    lines, y2 = para_lines(40, y, 400, intro)
    for i, ln in enumerate(lines):
        p1.append(ln)
        if i == 2:   # patient sticker glued top-right, read in the middle of the paragraph
            sy = 790
            for s in sticker:
                p1.append((450, sy, 8, s))
                sy -= 10
    y = y2 - 6
    y = para(p1, 40, y, 515, "Douleurs : dorsalgies d'horaire inflammatoire avec réveils nocturnes, cotées à 6/10 à "
             "l'entrée, 3/10 aujourd'hui sous morphine à libération prolongée. Pas de radiculalgie. Aucune irradiation "
             "osseuse à ce jour. Pas de traitement anti-résorptif au long cours pour l'instant, le dénosumab est à "
             "discuter en RCP selon la fonction rénale.")
    y -= 6
    y = para(p1, 40, y, 515, "Antécédents : diabète de type 2, hypertension. Père opéré d'un cancer colique à 60 ans. "
             "Mode de vie : vit avec son mari, aide-ménagère 2 fois par semaine.")
    p1.append((40, 40, 8, "CR HDJ - MADEC Josiane - 05/11/2025"))
    p1.append((500, 40, 8, "Page 1/2"))
    y = header(p2, head)
    p2.append((40, y, 8, "Patient : MADEC ép. LOAËC Josiane - Née le 30/06/1954 - IPP 7700412893"))
    y -= 20
    p2.append((40, y, 10, "Traitement à la sortie de l'HDJ"))
    y -= 14
    y = table(p2, 40, y, [170, 200, 145], [
        ("FOLFIRI + bévacizumab", "J1 = J15 en HDJ, C4 le 27/10/2025", "en cours"),
        ("Skenan LP 30 mg", "1 gélule matin et soir", "depuis le 16/09/2025"),
        ("Lovenox 4000 UI", "1 injection SC par jour (alitement prolongé, prévention)", "en cours"),
        ("Forlax 10 g", "2 sachets/j", ""),
        ("Mopral 20 mg", "1 gélule le matin", ""),
        ("Glucophage 1000 mg", "1 cp matin et soir", "ancien"),
        ("Imovane 7,5 mg", "1 cp au coucher", ""),
    ])
    y -= 10
    y = para(p2, 40, y, 515, "État général : PS 2, amaigrissement de 6 kg. Le projet est la poursuite du FOLFIRI-"
             "bévacizumab, à visée palliative, réévaluation après C6.")
    y -= 6
    y = para(p2, 40, y, 515, "Question posée : indication d'un traitement local de la lésion de l'humérus gauche "
             "(corticale amincie) et choix de l'anti-résorptif. Dr N. Guivarc'h")
    p2.append((40, 40, 8, "CR HDJ - MADEC Josiane - 05/11/2025"))
    p2.append((500, 40, 8, "Page 2/2"))
    return [p1, p2]


def build_yl06():
    p1, p2 = [], []
    head = ["INSTITUT DE CANCÉROLOGIE DE CORNOUAILLE", "Dermatologie - Onco-dermatologie",
            "Consultation du 03/11/2025 - Dr Gaëlle BERTHOU"]
    y = header(p1, head)
    p1.append((40, y, 9, "Patient : M. Loïc KERNÉVEZ, 58 ans - dossier 25-118402"))
    y -= 18
    y = para(p1, 40, y, 515, "Motif : demande d'avis de la RCP métastases osseuses pour un mélanome métastatique.")
    y -= 6
    p1.append((40, y, 10, "Histoire oncologique"))
    y -= 16
    y = table(p1, 40, y, [70, 250, 195], [
        ("2022", "Mélanome nodulaire du dos, Breslow 4,2 mm, ulcéré, exérèse + ganglion sentinelle positif",
         "Surveillance (refus de l'adjuvant)"),
        ("11/2024", "Récidive ganglionnaire axillaire et métastases cérébrales (2 lésions), BRAF V600E muté",
         "Radiothérapie stéréotaxique des 2 lésions cérébrales + Dectancyl (arrêté en 01/2025)"),
        ("12/2024 - 02/2025", "Nivolumab + ipilimumab, 4 cures", "Arrêt de l'ipilimumab, hypophysite de grade 2"),
        ("depuis 03/2025", "Nivolumab (Opdivo) 480 mg toutes les 4 semaines, en entretien", "En cours, dernière cure le 27/10/2025"),
        ("08/2025", "TEP-TDM de réévaluation : réponse cérébrale et ganglionnaire, apparition de lésions de la tête "
         "humérale gauche, de la 6e côte et de l'ischion", "Dossier présenté en RCP"),
    ])
    y -= 8
    y = para(p1, 40, y, 515, "Cliniquement il décrit des douleurs de l'épaule gauche à la mobilisation, surtout pour "
             "lever le bras, EVA 3/10, sans réveil nocturne. Aucun traitement local n'a été réalisé sur les lésions "
             "osseuses. Pas de bisphosphonate ni de dénosumab à ce jour.")
    p1.append((40, 40, 8, "ICC - Dermatologie - KERNÉVEZ Loïc - 03/11/2025"))
    p1.append((500, 40, 8, "1 / 2"))
    y = header(p2, head)
    p2.append((40, y, 9, "Patient : M. Loïc KERNÉVEZ, 58 ans - dossier 25-118402 (suite)"))
    y -= 18
    p2.append((40, y, 10, "Traitement personnel"))
    y -= 14
    for s in ["Opdivo 480 mg IV toutes les 4 semaines (HDJ)", "Levothyrox 100 µg le matin (hypothyroïdie sous immunothérapie)",
              "Hydrocortisone 20 mg/j (insuffisance corticotrope)", "Cardensiel 2,5 mg le matin", "Doliprane 1 g si douleur",
              "Xarelto 20 mg ? (fibrillation atriale selon le patient - ordonnance non apportée, à vérifier auprès du cardiologue)"]:
        y = para(p2, 55, y, 490, "- " + s, size=9, leading=11)
    y -= 6
    y = para(p2, 40, y, 515, "Examen : bon état général, ECOG 1, 82 kg. Pas de déficit neurologique. Sa mère a été "
             "traitée pour un cancer du sein.")
    y -= 6
    y = para(p2, 40, y, 515, "Conclusion : poursuite du nivolumab. Question à la RCP : radiothérapie de la tête "
             "humérale gauche ? Intérêt d'un anti-résorptif ?")
    p2.append((40, 40, 8, "ICC - Dermatologie - KERNÉVEZ Loïc - 03/11/2025"))
    p2.append((500, 40, 8, "2 / 2"))
    return [p1, p2]


def build_yl07():
    r = []
    y = header(r, ["CENTRE HOSPITALIER DU PAYS BIGOUDEN", "Oncologie - Fiche RCP standardisée (export DPI)"])
    rows = [
        ("Date de la fiche", "16/10/2025"),
        ("Patiente", "Mme GLÉMAREC Soazig"),
        ("Date de naissance", "17/10/1980"),
        ("Primitif", "Sein droit"),
        ("Histologie", "Carcinome canalaire infiltrant (NST), grade 3"),
        ("RE / RP / HER2", "RE 0 % / RP 0 % / HER2 3+"),
        ("Circonstance de découverte", "Fracture-tassement L2 après une chute minime (05/2025)"),
        ("Douleur", "[ ] Oui   [X] Non      EVA : 0"),
        ("Traitement local osseux antérieur", "[X] Oui   [ ] Non   -> cimentoplastie L2 le 12/06/2025"),
        ("Anti-résorptif", "[X] Oui   [ ] Non   -> Xgeva 120 mg / 4 sem."),
        ("Anticoagulant", "[ ] Oui   [X] Non"),
        ("Antiagrégant", "[ ] Oui   [X] Non"),
        ("OMS", "0"),
        ("Intention", "[ ] curative   [X] palliative   [ ] soins de support exclusifs"),
    ]
    y -= 6
    ys = [y - i * 15 for i in range(len(rows))]
    for (lab, _), yy in zip(rows, ys):
        r.append((40, yy, 9, lab))
    for (_, val), yy in zip(rows, ys):
        r.append((230, yy, 9, val))
    y = ys[-1] - 26
    r.append((40, y, 10, "Traitements en cours (relevé du DPI)"))
    y -= 14
    for s in ["Herceptin 600 mg SC + Perjeta IV toutes les 3 semaines (entretien, docétaxel arrêté après 6 cycles en 09/2025)",
              "Xgeva 120 mg SC toutes les 4 semaines", "Innohep 14 000 UI SC 1 fois/j - thrombose sur chambre implantable du 22/09/2025",
              "Orocal D3 1 cp matin et soir", "Doliprane 1 g si besoin"]:
        y = para(r, 55, y, 490, "- " + s, size=9, leading=11)
    y -= 8
    y = para(r, 40, y, 515, "Résumé : patiente de 44 ans, carcinome canalaire infiltrant du sein droit RH- HER2+ "
             "métastatique osseux d'emblée, révélé par une fracture-tassement de L2 sur chute minime en mai 2025, "
             "traitée par cimentoplastie. Réponse métabolique complète sous docétaxel-trastuzumab-pertuzumab. "
             "Plus aucune douleur. Pas d'antécédent familial notable. Question : arrêt ou espacement du dénosumab "
             "toutes les 12 semaines ? Indication d'une radiothérapie stéréotaxique des lésions résiduelles ?")
    r.append((40, 40, 8, "Fiche RCP - GLÉMAREC S. - 16/10/2025 - p. 1/1"))
    return [r]


def build_yl08():
    p1, p2 = [], []
    head = ["Dr Yann-Ber LE GOFF - Médecine générale", "Maison de santé du Vern, 12 place de l'Église, 29690 Huelgoat-Bihan",
            "Tél. 02 98 99 41 12"]
    y = header(p1, head)
    p1.append((380, y + 4, 9, "Le 03/11/2025"))
    y -= 10
    p1.append((40, y, 9, "À l'attention du secrétariat de la RCP métastases osseuses, CHU de Brest-Morlaix"))
    y -= 20
    barcode = ["*MC7-2025-11-03-LTR00981*", "MédiCab 7.2 - courrier n° 00981", "Patient : GUILLOU Ronan", "Dossier 4471"]
    body = ("Cher confrère, je vous adresse M. Ronan GUILLOU, 69 ans, ancien marin-pêcheur, tabagisme à 45 PA toujours "
            "actif. Il se plaint depuis deux mois de douleurs costales droites, aggravées par la toux et les "
            "mouvements du tronc, cotées à 7/10, qui le réveillent parfois. Le scanner thoracique du 24/10/2025 "
            "montre une lyse de l'arc postérieur de la 7e côte droite et une masse du lobe supérieur droit de 4 cm "
            "très évocatrice d'un cancer bronchique. La biopsie sous scanner a été faite le 30/10, résultat en attente. "
            "Il a rendez-vous avec le pneumologue le 12/11/2025 pour les résultats. Son frère est décédé d'un cancer "
            "du poumon.")
    lines, y2 = para_lines(40, y, 360, body)
    for i, ln in enumerate(lines):
        p1.append(ln)
        if i == 1:
            sy = y + 2
            for s in barcode:
                p1.append((425, sy, 7, s))
                sy -= 9
    y = y2 - 6
    y = para(p1, 40, y, 515, "Antécédents : diabète de type 2, dyslipidémie, angioplastie coronaire avec stent en 2019. "
             "Pas de traitement anticoagulant.")
    p1.append((40, 40, 7, "Courrier généré par MédiCab 7.2 - GUILLOU Ronan"))
    p1.append((520, 40, 8, "1/2"))
    y = header(p2, head)
    p2.append((40, y, 10, "Ordonnance en cours (renouvelée le 20/10/2025)"))
    y -= 16
    y = table(p2, 40, y, [180, 200, 135], [
        ("DOLIPRANE 1000 mg cp", "1 cp 4 fois par jour si douleur", "ALD non"),
        ("TOPALGIC LP 100 mg cp", "1 cp matin et soir, à augmenter à 150 mg si insuffisant", "depuis le 24/10"),
        ("KARDEGIC 75 mg sachet", "1 sachet le midi", "au long cours (stent)"),
        ("TAHOR 40 mg cp", "1 cp le soir", "au long cours"),
        ("GLUCOPHAGE 850 mg cp", "1 cp matin et soir au milieu du repas", "au long cours"),
        ("INIPOMP 20 mg cp", "1 cp le matin", "au long cours"),
    ])
    y -= 10
    y = para(p2, 40, y, 515, "Je sollicite l'avis de la RCP sur la prise en charge de cette lésion costale douloureuse "
             "(radiothérapie antalgique ?) en parallèle du bilan pneumologique. Confraternellement, Dr Y.-B. Le Goff")
    p2.append((40, 40, 7, "Courrier généré par MédiCab 7.2 - GUILLOU Ronan"))
    p2.append((520, 40, 8, "2/2"))
    return [p1, p2]


P, A, U, UN, C = "present", "absent", "uncertain", "unknown", "conflicting"
LETTERS = [
    dict(id="yl01", build=build_yl01, title="Demande RCP MO - LE GUELLEC Yannick", created="D:20251014104200+02'00'",
         producer="DxPrint 4.2 (export PDF)", birth="23/11/1958", date="14/10/2025",
         gold=dict(patient={"sex": "M", "age": 66},
                   primaryTumor=(P, "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "positive"}),
                   boneDiagnosis=(P, ["pain"], True), pain=(P, ["mechanical"], 5),
                   currentMedications=(P, ["L01EB04", "B01AF02", "M05BX04", "N02BE01", "N02AA01", "A12AX", "A02BC05"]),
                   priorLocalTreatments=(P, ["radiotherapy"]), boneTargetedTherapy=(P, ["M05BX04"]),
                   anticoagulation=(P, ["B01AF02"]), antiplatelets=(A, []), prognosis=(P, 1, None),
                   therapeuticProject=(P, "palliative"))),
    dict(id="yl02", build=build_yl02, title="Synthèse RCP - RIOUAL Annick", created="D:20251023164500+02'00'",
         producer="Hospitalis Reports 11 (PDF)", birth=None, date="23/10/2025",
         gold=dict(patient={"sex": "F", "age": 72},
                   primaryTumor=(P, "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
                   boneDiagnosis=(P, ["staging_imaging"], True), pain=(A, [], 0),
                   currentMedications=(P, ["L02BA03", "L01EF02", "B01AC06", "H03AA01", "C10AA05", "A11CC05"]),
                   priorLocalTreatments=(A, []), boneTargetedTherapy=(A, []), anticoagulation=(A, []),
                   antiplatelets=(P, ["B01AC06"]), prognosis=(P, 0, None), therapeuticProject=(P, None))),
    dict(id="yl03", build=build_yl03, title="Courrier RCP - CORRE Hervé", created="D:20251020113000+02'00'",
         producer="OncoDoc Export PDF 3.1", birth="02/02/1949", date="20/10/2025",
         gold=dict(patient={"sex": "M", "age": 76},
                   primaryTumor=(P, "prostate", "adenocarcinoma", {"PSA": "positive"}),
                   boneDiagnosis=(P, ["staging_imaging"], True), pain=(P, ["mechanical", "nocturnal"], 6),
                   currentMedications=(P, ["L02AE04", "L01CD02", "H02AB07", "B01AF03", "N02AA05", "N02BE01", "A06AD65"]),
                   priorLocalTreatments=(P, ["radiotherapy"]), boneTargetedTherapy=(A, []),
                   anticoagulation=(P, ["B01AF03"]), antiplatelets=(UN, []), prognosis=(P, 2, None),
                   therapeuticProject=(P, "palliative"))),
    dict(id="yl04", build=build_yl04, title="Courrier - PERHIRIN Goulven", created="D:20251028090500+01'00'",
         producer="Crossway Editique 9 PDF", birth=None, date="28/10/2025",
         gold=dict(patient={"sex": "M", "age": 61},
                   primaryTumor=(P, "kidney", "clear_cell_carcinoma", {}),
                   boneDiagnosis=(P, ["neurological_deficit"], True), pain=(P, ["neuropathic"], 4),
                   currentMedications=(P, ["L01EX07", "N03AX16", "N02BE01", "C09AA05", "A02BC02"]),
                   priorLocalTreatments=(P, ["surgery", "radiotherapy"]), boneTargetedTherapy=(A, []),
                   anticoagulation=(A, []), antiplatelets=(A, []), prognosis=(P, None, 80),
                   therapeuticProject=(P, None))),
    dict(id="yl05", build=build_yl05, title="CR HDJ - MADEC Josiane", created="D:20251105153000+01'00'",
         producer="DxCare Editions PDF", birth="30/06/1954", date="05/11/2025",
         gold=dict(patient={"sex": "F", "age": 71},
                   primaryTumor=(P, "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
                   boneDiagnosis=(P, ["hypercalcemia"], True), pain=(P, ["inflammatory", "nocturnal"], 3),
                   currentMedications=(P, ["N02AA01", "B01AB05", "A06AD15", "A02BC01", "A10BA02", "N05CF01"]),
                   priorLocalTreatments=(A, []), boneTargetedTherapy=(A, []),
                   anticoagulation=(P, ["B01AB05"]), antiplatelets=(UN, []), prognosis=(P, 2, None),
                   therapeuticProject=(P, "palliative"))),
    dict(id="yl06", build=build_yl06, title="Consultation - KERNEVEZ Loic", created="D:20251103180000+01'00'",
         producer="Easily Courriers - PDF", birth=None, date="03/11/2025",
         gold=dict(patient={"sex": "M", "age": 58},
                   primaryTumor=(P, "melanoma", "other", {"BRAF": "positive"}),
                   boneDiagnosis=(P, ["staging_imaging"], True), pain=(P, ["mechanical"], 3),
                   currentMedications=(P, ["L01FF01", "H03AA01", "C07AB07", "N02BE01"]),
                   priorLocalTreatments=(A, []), boneTargetedTherapy=(A, []),
                   anticoagulation=(U, ["B01AF01"]), antiplatelets=(UN, []), prognosis=(P, 1, None),
                   therapeuticProject=(P, None))),
    dict(id="yl07", build=build_yl07, title="Fiche RCP - GLEMAREC Soazig", created="D:20251016120000+02'00'",
         producer="DPI Bigouden - export fiche", birth="17/10/1980", date="16/10/2025",
         gold=dict(patient={"sex": "F", "age": 44},
                   primaryTumor=(P, "breast", "invasive_ductal_carcinoma", {"ER": "negative", "PR": "negative", "HER2": "positive"}),
                   boneDiagnosis=(P, ["pathological_fracture"], True), pain=(A, [], 0),
                   currentMedications=(P, ["L01FD01", "L01FD02", "M05BX04", "B01AB10", "A12AX", "N02BE01"]),
                   priorLocalTreatments=(P, ["cementoplasty"]), boneTargetedTherapy=(P, ["M05BX04"]),
                   anticoagulation=(C, ["B01AB10"]), antiplatelets=(A, []), prognosis=(P, 0, None),
                   therapeuticProject=(P, "palliative"))),
    dict(id="yl08", build=build_yl08, title="Courrier MG - GUILLOU Ronan", created="D:20251103191200+01'00'",
         producer="MédiCab 7.2 impression PDF", birth=None, date="03/11/2025",
         gold=dict(patient={"sex": "M", "age": 69},
                   primaryTumor=(U, "lung", None, {}),
                   boneDiagnosis=(P, ["pain"], True), pain=(P, ["mechanical", "nocturnal"], 7),
                   currentMedications=(P, ["N02BE01", "N02AX02", "B01AC06", "C10AA05", "A10BA02", "A02BC02"]),
                   priorLocalTreatments=(UN, []), boneTargetedTherapy=(UN, []),
                   anticoagulation=(A, []), antiplatelets=(P, ["B01AC06"]), prognosis=(UN, None, None),
                   therapeuticProject=(UN, None))),
]


def main():
    atc = load_atc()
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    import io
    import pypdf
    for L in LETTERS:
        pages = L["build"]()
        text = "\n".join(r[3] for p in pages for r in p if r[0] != "line")
        L["_text"] = text
        g = gold_record(L["id"], L["gold"])
        L["gold_full"] = g
        check({**L, "gold": g}, atc)
        g["gaps"] = derive_gaps(g)
        pdf = build_pdf(pages, L["title"], created=L["created"], producer=L["producer"])
        # the file must have a readable text layer
        layer = "".join(pg.extract_text() for pg in pypdf.PdfReader(io.BytesIO(pdf)).pages)
        if len(layer) < 400:
            fail(f"{L['id']}: text layer too short")
        for must in L.get("must_read", []):
            if must not in text:
                fail(f"{L['id']}: letter does not contain {must!r}")
        (HERE / "letters" / f"{L['id']}.pdf").write_bytes(pdf)
        (HERE / "gold" / f"{L['id']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds")


if __name__ == "__main__":
    main()
