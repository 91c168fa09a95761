#!/usr/bin/env python3
"""Blind held-out corpus 59: geriatric-oncology and palliative-care referrals.

Holds every letter's text and gold record, derives the gold gaps with one
function implementing the spec's gap rule, checks each gold against the
contract (exits with "CONTRACT VIOLATION: ..." on failure) and writes
letters/ and gold/ byte-identically on every run.

Run from /work/main:  .venv/bin/python tests/corpus59/make_letters.py
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import textwrap
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# --------------------------------------------------------------------------
# contract
# --------------------------------------------------------------------------
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
             "prognosis", "therapeuticProject"]
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED_STATUS = {
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
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        f = line.split("\t")
        names = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
        rows[f[0].strip()] = [n.strip() for n in names if n.strip()]
    return rows


ATC = load_atc()


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to a gold record (the only source of gaps)."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in GAP_ITEMS:
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


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def violation(lid, msg):
    sys.exit(f"CONTRACT VIOLATION: {lid}: {msg}")


def check(letter: dict, gold: dict, text: str):
    lid = gold["id"]
    if lid != letter["stem"]:
        violation(lid, "id differs from file stem")
    ftext = fold(text)
    # patient
    p = gold["patient"]
    if p["sex"] not in ("F", "M"):
        violation(lid, "sex")
    if not isinstance(p["age"], int) or not 18 <= p["age"] <= 110:
        violation(lid, "age")
    if letter.get("birth"):
        b = dt.date.fromisoformat(letter["birth"])
        d = dt.date.fromisoformat(letter["date"])
        if age_at(b, d) != p["age"]:
            violation(lid, f"age {p['age']} != computed {age_at(b, d)}")
        if b.strftime("%d/%m/%Y") not in text:
            violation(lid, "birth date not written in the letter")
        if d.strftime("%d/%m/%Y") not in text:
            violation(lid, "letter date not written in the letter")
        if f"{p['age']} ans" in text:
            violation(lid, "age written although derived from birth date")
    else:
        if f"{p['age']} ans" not in text:
            violation(lid, "age not written in the letter")
    for item, allowed in ALLOWED_STATUS.items():
        if item not in gold or gold[item]["status"] not in allowed:
            violation(lid, f"{item} status not allowed")
    pt = gold["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        violation(lid, "unknown primary tumour with values")
    if pt["site"] is not None and pt["site"] not in SITES:
        violation(lid, "site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        violation(lid, "histology code")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIORESULTS:
            violation(lid, f"biomarker {k}={v}")
    bd = gold["boneDiagnosis"]
    if any(c not in CIRCUMSTANCES for c in bd["circumstances"]):
        violation(lid, "circumstance code")
    if bd["status"] == "present" and not bd["circumstances"]:
        violation(lid, "bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        violation(lid, "unknown bone diagnosis with values")
    if not isinstance(bd["dated"], bool):
        violation(lid, "dated must be boolean")
    pain = gold["pain"]
    if any(t not in PAIN_TYPES for t in pain["types"]) or len(set(pain["types"])) != len(pain["types"]):
        violation(lid, "pain type code")
    if pain["status"] in ("absent", "unknown") and pain["types"]:
        violation(lid, "pain types on absent/unknown pain")
    if pain["intensity"] is not None:
        if not (isinstance(pain["intensity"], int) and 0 <= pain["intensity"] <= 10):
            violation(lid, "pain intensity")
        if pain["status"] == "absent" and pain["intensity"] != 0:
            violation(lid, "absent pain with non-zero intensity")
        if pain["status"] == "present" and pain["intensity"] == 0:
            violation(lid, "present pain scored 0")
        if f"{pain['intensity']}/10" not in text.replace(" /", "/") and f"EN {pain['intensity']}" not in text \
                and f"EVA {pain['intensity']}" not in text:
            violation(lid, "pain intensity not found in text")
    cm = gold["currentMedications"]
    for name in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        codes = gold[name]["atc"]
        if codes != sorted(set(codes)):
            violation(lid, f"{name}.atc must be sorted and unique")
        for c in codes:
            if c not in ATC:
                violation(lid, f"{c} not in atc-reference.tsv")
            if not any(fold(n) in ftext for n in ATC[c]):
                violation(lid, f"{c} ({ATC[c][0]}) not named in the letter")
    if cm["status"] != "present" and cm["atc"]:
        violation(lid, "drug codes on non-present currentMedications")
    for name, prefixes in AGENT_PREFIXES.items():
        sec = gold[name]
        for c in sec["atc"]:
            if not c.startswith(prefixes):
                violation(lid, f"{c} does not belong in {name}")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            violation(lid, f"{name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            missing = set(sec["atc"]) - set(cm["atc"])
            if missing:
                violation(lid, f"{name} agents {missing} not in currentMedications")
        if sec["status"] == "uncertain" and set(sec["atc"]) & set(cm["atc"]):
            violation(lid, f"{name}: agent named with doubt must not be a current medication")
    # every current agent-class drug must show in its section
    for c in cm["atc"]:
        for name, prefixes in AGENT_PREFIXES.items():
            if c.startswith(prefixes) and c not in gold[name]["atc"]:
                violation(lid, f"current {c} missing from {name}")
    plt = gold["priorLocalTreatments"]
    if any(t not in LOCAL_TYPES for t in plt["types"]):
        violation(lid, "local treatment type")
    if plt["status"] == "present" and not plt["types"]:
        violation(lid, "prior local treatment present without type")
    if plt["status"] in ("absent", "unknown") and plt["types"]:
        violation(lid, "local treatment types on absent/unknown")
    pr = gold["prognosis"]
    if "ecog" in pr and "kps" in pr:
        violation(lid, "prognosis holds both ecog and kps")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 6):
        violation(lid, "ecog range")
    if pr.get("kps") is not None and pr["kps"] not in range(0, 101, 10):
        violation(lid, "kps range")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        violation(lid, "unknown prognosis with a score")
    tp = gold["therapeuticProject"]
    if tp["intent"] is not None and (tp["intent"] not in INTENTS or tp["status"] != "present"):
        violation(lid, "intent")
    if gold["gaps"] != derive_gaps(gold):
        violation(lid, "gaps differ from derived gaps")
    for w in letter.get("must_contain", []):
        if w not in text:
            violation(lid, f"letter text lacks evidence {w!r}")


# --------------------------------------------------------------------------
# writers (deterministic)
# --------------------------------------------------------------------------
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def write_txt(path: Path, text: str, encoding="utf-8", crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode(encoding))


def write_docx(path: Path, blocks: list, author: str):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "b":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "t":
            rows = content
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    cp = d.core_properties
    fixed = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    path.write_bytes(out.getvalue())


_WIDTHS = None


def _widths():
    global _WIDTHS
    if _WIDTHS is None:
        from PIL import ImageFont
        f = ImageFont.truetype(str(FONT), 1000)
        w = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                w.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                w.append(0)
        _WIDTHS = w
    return _WIDTHS


def _pdf_str(s: str) -> bytes:
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def write_pdf(path: Path, text: str, title: str):
    """Text PDF with embedded DejaVu Sans (TrueType, WinAnsiEncoding)."""
    size, lead, top, left, per_page = 10, 13.5, 800, 56, 56
    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        indent = len(para) - len(para.lstrip(" "))
        wrapped = textwrap.wrap(para.strip(), width=92 - indent) or [""]
        lines += [" " * indent + w for w in wrapped]
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    font_bytes = FONT.read_bytes()
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 descriptor, 5 fontfile, 6 info, then page/content pairs
    kids = [7 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages
    widths = " ".join(str(w) for w in _widths()).encode()
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + widths + b"] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    objs[5] = (b"<< /Length %d /Length1 %d >>\nstream\n" % (len(font_bytes), len(font_bytes))
               + font_bytes + b"\nendstream")
    objs[6] = (b"<< /Title " + _pdf_str(title) + b" /Producer (corpus59 make_letters.py) "
               b"/Creator (corpus59) /CreationDate (D:20250101080000+01'00') "
               b"/ModDate (D:20250101080000+01'00') >>")
    for i, pl in enumerate(pages):
        pid, cid = 7 + 2 * i, 8 + 2 * i
        ops = [b"BT", b"/F1 %d Tf" % size, b"%.1f TL" % lead, b"%d %d Td" % (left, top)]
        for ln in pl:
            ops.append(_pdf_str(ln) + b" Tj T*")
        ops.append(b"ET")
        footer = f"Page {i + 1}/{n_pages}"
        ops += [b"BT", b"/F1 8 Tf", b"280 30 Td", _pdf_str(footer) + b" Tj", b"ET"]
        content = b"\n".join(ops)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid)
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n")
    xref = out.tell()
    total = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % total)
    for num in range(1, total):
        out.write(b"%010d 00000 n \n" % offsets[num])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<c59c59c59c59c59c59c59c59c59c59c5> "
              b"<c59c59c59c59c59c59c59c59c59c59c5>] >>\nstartxref\n%d\n%%%%EOF\n" % (total, xref))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# gold helper
# --------------------------------------------------------------------------
def gold(lid, sex, age, pt, bd, pain, meds, local, btt, ac, ap, prog, proj):
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": pt[3]},
        "boneDiagnosis": {"status": bd[0], "circumstances": bd[1], "dated": bd[2]},
        "pain": {"status": pain[0], "types": pain[1], "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": local[1]},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": ac[0], "atc": sorted(ac[1])},
        "antiplatelets": {"status": ap[0], "atc": sorted(ap[1])},
        "prognosis": dict({"status": prog[0]}, **prog[1]),
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }
    g["gaps"] = derive_gaps(g)
    return g


# --------------------------------------------------------------------------
# letters and gold
# --------------------------------------------------------------------------
LETTERS = []

# ---------------------------------------------------------------- zzg01 TXT
LETTERS.append(dict(stem="zzg01", format="txt", birth="1936-03-12", date="2025-02-04", text="""\
Unité de Coordination en OncoGériatrie (UCOG) Val-de-Loire-Est
Hôpital Saint-Aubin-des-Prés - Dr Hélène Marchadier, gériatre
Tél. secrétariat : 02 47 61 38 90

Saint-Aubin, le 04/02/2025

Objet : demande d'avis RCP métastases osseuses
Patiente : Mme Odette FOURNIVAL, née le 12/03/1936

Chère consoeur, cher confrère,

Je vous adresse Mme Fournival, que j'ai évaluée en consultation d'oncogériatrie à la demande de son oncologue, le Dr Lenoir.

Antécédents : carcinome lobulaire infiltrant du sein gauche diagnostiqué en 2011 (RE+ RP+, HER2 négatif), tumorectomie + radiothérapie mammaire puis tamoxifène 5 ans. Fibrillation atriale permanente, HTA, insuffisance cardiaque à FEVG préservée, hypothyroïdie, insuffisance rénale chronique (DFG 38 mL/min). Arthrose lombaire ancienne. Sa soeur cadette a été traitée pour un cancer du sein.

Histoire : chute de sa hauteur à domicile le 18/11/2024 avec fracture du col fémoral droit. L'analyse anatomopathologique de la tête fémorale retirée a montré une localisation secondaire d'un carcinome lobulaire d'origine mammaire. Prothèse intermédiaire de hanche droite le 20/11/2024. Le TEP-TDM de décembre montre d'autres lésions (bassin, D8, L2, gril costal) sans atteinte viscérale. Reprise d'une hormonothérapie par létrozole (Femara 2,5 mg) depuis le 02/01/2025.

Actuellement : douleurs de hanche et de fesse droites à la mobilisation et à la marche avec le déambulateur, EN 3/10 sous traitement, pas de réveils nocturnes. Pas de déficit neurologique.

Traitement en cours :
- Eliquis 2,5 mg matin et soir (FA)
- Femara 2,5 mg/j
- Cardensiel 2,5 mg/j
- Lasilix 40 mg le matin
- Levothyrox 50 µg
- Doliprane 1 g x 3/j
- Oxynorm 5 mg si douleur, 2 à 3 prises/j
- Forlax 1 sachet/j
- Uvédose 1 ampoule tous les 3 mois
Le Kardégic a été arrêté en 2022 lors de l'introduction de l'Eliquis (avis cardio).
Pas de traitement anti-résorptif osseux à ce jour : un traitement par acide zolédronique serait à discuter mais l'état dentaire est très altéré (avis stomato demandé).

Évaluation gériatrique : vit seule en appartement au 2e étage sans ascenseur, passage IDE 2 fois/j. ADL 4/6, IADL 2/8, MMS 26/30, MNA 19 (risque de dénutrition), G8 à 9/17. Deux chutes dans l'année. ECOG 3 depuis la fracture. Espérance de vie estimée à plus d'un an hors cancer.

Projet : poursuite du Femara, prise en charge à visée palliative centrée sur l'autonomie. La patiente et sa fille souhaitent éviter les hospitalisations et privilégier le retour à domicile.

Questions à la RCP : intérêt d'une radiothérapie antalgique/préventive sur L2 et le cotyle droit ? Faut-il débuter un traitement anti-résorptif une fois les soins dentaires faits, et lequel compte tenu de la fonction rénale ?

Bien confraternellement,
Dr H. Marchadier
""", gold=gold("zzg01", "F", 88,
    ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
    ("present", ["pathological_fracture"], True),
    ("present", ["mechanical"], 3),
    ("present", ["B01AF02", "L02BG04", "C07AB07", "C03CA01", "H03AA01", "N02BE01", "N02AA05", "A06AD15", "A11CC05"]),
    ("present", ["surgery"]),
    ("absent", []),
    ("present", ["B01AF02"]),
    ("absent", []),
    ("present", {"ecog": 3}),
    ("present", "palliative"))))

# ---------------------------------------------------------------- zzg02 PDF
LETTERS.append(dict(stem="zzg02", format="pdf", date="2025-01-21", title="USP - demande RCP", text="""\
CENTRE HOSPITALIER DE MONTFAUCON-SUR-AURE
Unité de Soins Palliatifs « Les Tilleuls » - 12 lits
Dr Bertrand Quéméner, Dr Anne-Sophie Ribault
Secrétariat : 03 86 42 17 55

Montfaucon, le 21 janvier 2025

A l'attention du Dr Castagné, coordonnateur RCP métastases osseuses

Objet : M. Roger VAILLANDET, 84 ans

Cher confrère,

Nous accueillons depuis le 08/01/2025 dans notre unité M. Vaillandet, 84 ans, pour douleurs réfractaires dans le cadre d'un adénocarcinome prostatique métastatique (Gleason 8 (4+4)) résistant à la castration.

ATCD : cardiopathie ischémique (stent 2016), BPCO stade 2, DMLA, chutes à répétition. Ancien agriculteur. Marié, 2 fils.

Histoire oncologique : diagnostic en avril 2021 avec d'emblée des métastases osseuses multiples sur la scintigraphie du bilan d'extension (rachis, bassin, côtes). Décapeptyl depuis 2021, puis adjonction d'enzalutamide (Xtandi) en 2023 arrêté en décembre 2024 pour asthénie majeure et chutes. Pas de chimiothérapie (refus du patient, fragilité). PSA 312 ng/mL le 06/01/2025 (23 en juin 2024). Radiothérapie antalgique du bassin (8 Gy en une fraction) en mars 2023.

Situation actuelle : lombo-sciatalgie droite à type de brûlures et de décharges électriques dans le territoire L5, réveils nocturnes. EN 8/10 à l'entrée, 6/10 ce jour après rotation des opioïdes. Pas de trouble sphinctérien, pas de déficit moteur. L'IRM du 10/01/2025 montre une épidurite L4-L5 sans compression médullaire.

Traitement actuel :
  Skenan LP 60 mg matin et soir
  Actiskenan 20 mg en interdoses (4 à 5/j)
  Lyrica 75 mg x 2/j
  Solupred 20 mg/j
  Décapeptyl 11,25 mg tous les 3 mois (dernière injection 12/2024)
  Xgeva 120 mg/mois, poursuivi (dernière injection le 14/01/2025)
  Lovenox 4000 UI/j en préventif (alitement)
  Movicol 2 sachets/j, Inexium 20 mg/j
Le Durogesic 25 µg/h a été arrêté le 10/01 (somnolence, relais par Skenan). Le Kardégic est suspendu depuis son entrée dans l'unité (thrombopénie à 62 G/L).

Pronostic : PPS (Palliative Performance Scale) à 40 %, alité la majeure partie de la journée. Nous estimons l'espérance de vie à quelques semaines, au mieux deux à trois mois.

Projet : soins de support exclusifs, décidés avec le patient. Son fils aîné souhaiterait « qu'on tente encore quelque chose » ; le patient, lui, souhaite surtout être soulagé et rentrer à domicile si possible.

Question à la RCP : une radiothérapie antalgique courte (une séance) sur L4-L5 est-elle réalisable compte tenu de l'état général, avec transport allongé ?

Nous restons à votre disposition.
Dr B. Quéméner
"""
, gold=gold("zzg02", "M", 84,
    ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    ("present", ["staging_imaging"], True),
    ("present", ["neuropathic", "nocturnal"], 6),
    ("present", ["N02AA01", "N03AX16", "H02AB06", "L02AE04", "M05BX04", "B01AB05", "A06AD65", "A02BC05"]),
    ("present", ["radiotherapy"]),
    ("present", ["M05BX04"]),
    ("present", ["B01AB05"]),
    ("absent", []),
    ("present", {"ecog": None}),
    ("present", "supportive"))))

# ---------------------------------------------------------------- zzg03 DOCX
LETTERS.append(dict(stem="zzg03", format="docx", birth="1939-09-23", date="2025-01-15",
    author="Court séjour gériatrique", must_contain=["probable origine pulmonaire"], blocks=[
    ("p", "Centre Hospitalier Intercommunal de Belcourt-les-Étangs"),
    ("p", "Service de Court Séjour Gériatrique - Dr Myriam Tessandier, Dr Paul Geoffroy-Lamarche"),
    ("p", "Tél : 04 71 58 23 06 - Fax : 04 71 58 23 99"),
    ("p", "Belcourt, le 15/01/2025"),
    ("h", "Demande d'avis - RCP métastases osseuses"),
    ("p", "Patiente : Mme Germaine ROUQUETTE, née le 23/09/1939, résidente de l'EHPAD Les Glycines."),
    ("p", "Mme Rouquette a été hospitalisée dans notre service le 27/12/2024 au décours d'une chute mécanique "
          "nocturne dans sa chambre d'EHPAD. Les radiographies du bassin et du fémur réalisées aux urgences le 28/12/2024 "
          "n'ont pas retrouvé de fracture, mais des lésions ostéolytiques multiples de l'aile iliaque gauche et des "
          "deux fémurs proximaux. Le scanner TAP du 02/01/2025 confirme des lésions lytiques du bassin, du rachis "
          "lombaire (L3) et retrouve un nodule spiculé de 18 mm du lobe supérieur droit avec adénopathies médiastinales, "
          "évoquant une probable origine pulmonaire. Électrophorèse des protéines sériques normale, pas de pic monoclonal. "
          "Calcémie corrigée 2,41 mmol/L."),
    ("p", "Aucune preuve histologique : la biopsie scanno-guidée a été proposée ; la patiente, après discussion avec "
          "ses deux fils, ne la souhaite pas pour le moment."),
    ("h", "Antécédents"),
    ("b", "Troubles neurocognitifs majeurs de type Alzheimer (MMS 17/30)"),
    ("b", "Fibrillation atriale paroxystique, HTA"),
    ("b", "Ostéoporose fracturaire (tassement D12 en 2019)"),
    ("b", "Tabagisme ancien sevré (30 PA), mari décédé d'un cancer bronchique"),
    ("h", "Traitement habituel"),
    ("t", [["Médicament", "Posologie", "Commentaire"],
           ["Préviscan 20 mg", "3/4 cp le soir", "FA ; INR labiles (1,6 à 3,8)"],
           ["Donépézil 10 mg", "1/j", ""],
           ["Mopral 20 mg", "1/j", ""],
           ["Imovane 3,75 mg", "1 au coucher", "réduction en cours"],
           ["Cacit D3", "1 sachet/j", ""],
           ["Doliprane 1 g", "si besoin, max 3/j", ""],
           ["Tahor 20 mg", "ARRÊTÉ le 03/01/2025", "déprescription"]]),
    ("p", "Pas d'antiagrégant plaquettaire."),
    ("h", "Examen clinique"),
    ("p", "La patiente ne se plaint d'aucune douleur, y compris à la mobilisation lors des soins ; échelle Algoplus "
          "négative à plusieurs reprises. Pas de déficit neurologique. Marche avec aide humaine, périmètre réduit."),
    ("p", "Elle n'a jamais reçu de radiothérapie ni de chirurgie osseuse."),
    ("h", "Autonomie et pronostic"),
    ("p", "ADL 3/6, GIR 3. État général : OMS 3. Poids 46 kg, albumine 31 g/L."),
    ("h", "Questions à la RCP"),
    ("p", "1) Faut-il insister pour obtenir une preuve histologique (biopsie de la lésion iliaque ?) compte tenu de "
          "l'âge et des troubles cognitifs ?"),
    ("p", "2) Risque fracturaire des fémurs proximaux : indication d'une radiothérapie ou d'une ostéosynthèse "
          "préventive ?"),
    ("p", "Le projet thérapeutique sera défini avec la patiente et sa famille à l'issue de votre avis."),
    ("p", "Bien cordialement,"),
    ("p", "Dr M. Tessandier"),
], gold=gold("zzg03", "F", 85,
    ("uncertain", "lung", None, {}),
    ("present", ["incidental_imaging"], True),
    ("absent", [], None),
    ("present", ["B01AA12", "A02BC01", "N05CF01", "A12AX", "N02BE01"]),
    ("absent", []),
    ("unknown", []),
    ("present", ["B01AA12"]),
    ("absent", []),
    ("present", {"ecog": 3}),
    ("unknown", None))))

# ---------------------------------------------------------------- zzg04 TXT
LETTERS.append(dict(stem="zzg04", format="txt", date="2025-02-11", text="""\
EMSP - Equipe Mobile de Soins Palliatifs - CHU de Roncières
Dr C. Vautrin-Melki  /  poste 4 51 82
11/02/25

RCP os - fiche de liaison

Pt : M. Lucien ABGRALL, 79 ans, hospitalisé en pneumo (ch. 412)

Onco : carcinome épidermoïde bronchique LID, stade IV dg 07/2024, PD-L1 5 %. EGFR/ALK non recherchés (épidermoïde, ancien fumeur).
1L pembrolizumab (Keytruda) 2 cures -> ARRÊTÉ 11/2024 pour colite immuno-induite grade 3 + AEG. Pas de reprise prévue.

Os : le 24/01/25 paraparésie d'installation rapide (Frankel C) avec niveau sensitif D10 -> IRM : épidurite métastatique D9-D11, compression médullaire. Récusé pour la chirurgie (âge, état général). Corticothérapie forte dose puis RT D8-D12 20 Gy/5 fr en cours (3/5 séances faites au 11/02).
Douleur : douleur en ceinture type radiculaire D10, quelques décharges ; EN 4/10 ce jour (8/10 à l'admission).

ATCD : ACFA, cardiopathie ischémique (stent IVA 2019), BPCO, IRC (clairance 28 mL/min), diabète type 2 sous ADO.

TTT actuel :
 Dectancyl 8 mg le matin
 Oxycontin LP 20 mg x2 + Oxynormoro 5 mg si besoin
 Neurontin 300 mg x3
 Pradaxa 110 mg x2 (FA)
 Plavix 75 mg (stent)
 Forlax, Inipomp 40
 Glucophage 500 x2 (à revoir vu clairance)
Pas de traitement ostéoclastique à ce jour (Zometa CI vu clairance, dénosumab à discuter en RCP).

PS 3, grabataire au fauteuil depuis la compression. Pronostic estimé en mois, probablement < 3 mois.
Projet discuté avec le patient et sa fille le 07/02 : soins de support exclusifs, pas de reprise de traitement spécifique. Retour à domicile avec HAD souhaité par la famille.

Question RCP : indication de dénosumab chez ce patient ? Autre geste local (cimentoplastie D10 ?) pour le confort ?
"""
, gold=gold("zzg04", "M", 79,
    ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
    ("present", ["neurological_deficit"], True),
    ("present", ["neuropathic"], 4),
    ("present", ["H02AB02", "N02AA05", "N03AX12", "B01AE07", "B01AC04", "A06AD15", "A02BC02", "A10BA02"]),
    ("present", ["radiotherapy"]),
    ("absent", []),
    ("present", ["B01AE07"]),
    ("present", ["B01AC04"]),
    ("present", {"ecog": 3}),
    ("present", "supportive"))))

# ---------------------------------------------------------------- zzg05 PDF
LETTERS.append(dict(stem="zzg05", format="pdf", birth="1941-06-02", date="2025-05-30", title="Evaluation oncogeriatrique",
text="""\
GROUPE HOSPITALIER DU PAYS DE SAINTE-LUCE
Pôle de Gériatrie - Consultation d'Oncogériatrie
Dr Isabelle Fauconnier-Dumas - Dr Karim Belhadj
Tél. 05 55 29 70 14 - oncogeriatrie@gh-sainteluce.example.fr

Sainte-Luce, le 30/05/2025

Compte rendu d'évaluation gériatrique approfondie - adressé à la RCP métastases osseuses
Copie : Dr Amélie Prévost (oncologue), Dr Jacques Ollivier (médecin traitant)

Patiente : Mme Simone DELAHAYE-CORBIN, née le 02/06/1941
Adressée par : Dr Prévost

MOTIF
Évaluation avant décision thérapeutique, dans le cadre d'une progression osseuse d'un cancer du sein.

HISTOIRE ONCOLOGIQUE
- 2008 : carcinome canalaire infiltrant (NST) du sein droit, grade II, RE 90 %, RP 20 %, HER2 score 1+ (négatif). Tumorectomie, curage, radiothérapie mammaire, puis anastrozole 5 ans.
- Mars 2023 : rechute osseuse, découverte sur le bilan d'imagerie demandé devant l'ascension du CA 15-3 (scintigraphie puis TEP : lésions du bassin, du cotyle gauche, de L4 et de deux côtes). Pas de biopsie osseuse (aspect typique).
- Avril 2023 : létrozole (Femara) + palbociclib (Ibrance).
- Mars 2025 : l'Ibrance a été arrêté définitivement (neutropénies grade 3 répétées, fatigue, deux chutes). Poursuite du Femara seul.
- Avril 2025 : progression osseuse modérée sur le TEP (cotyle gauche), marqueurs en hausse.

Jamais irradiée ni opérée sur le plan osseux (la radiothérapie de 2008 portait sur le sein).

ANTÉCÉDENTS
Remplacement valvulaire aortique mécanique (2012), HTA, diabète de type 2, ostéoporose densitométrique traitée depuis 2019, cataracte bilatérale opérée, syndrome anxio-dépressif. Mère décédée d'un cancer du côlon, frère suivi pour un myélome.

TRAITEMENT ACTUEL (ordonnance apportée par la patiente)
  Coumadine 5 mg : 1 cp le soir selon INR (cible 2,5 - 3,5)
  Kardégic 75 mg : 1/j (associé à l'AVK pour la valve, avis cardiologique)
  Femara 2,5 mg : 1/j
  Prolia 60 mg : 1 injection SC tous les 6 mois (dernière en janvier 2025), poursuivi
  Topalgic LP 50 mg : 1 matin et soir
  Doliprane 1 g : jusqu'à 3/j
  Triatec 5 mg : 1/j
  Glucophage 850 mg : 1 matin et soir
  Uvédose 100 000 UI : 1 ampoule tous les 3 mois
  Xanax 0,25 mg : au coucher si besoin

DOULEUR
Douleur de la hanche gauche à la marche et à l'appui prolongé, irradiant à l'aine, EVA 5/10 en fin de journée, calmée au repos. Pas de réveil nocturne, pas de brûlure.

ÉVALUATION GÉRIATRIQUE
Vit avec son mari (88 ans, lui-même dépendant). Une fille infirmière très présente.
ADL 6/6, IADL 5/8, MMS 27/30, GDS 4/15, MNA 22,5. Vitesse de marche 0,7 m/s, Timed Up and Go 16 s, deux chutes en 6 mois sans fracture.
G8 10/17. Indice de Charlson 9.
État général : OMS 2.
Espérance de vie estimée supérieure à 2 ans en dehors du cancer.

CONCLUSION ET PROJET
Patiente fragile mais autonome, éligible à un traitement oncologique adapté. Le Dr Prévost propose de poursuivre le Femara à visée palliative ; un passage au fulvestrant sera discuté en cas de nouvelle progression. Le risque hémorragique sous AVK + aspirine et le risque de chute sont à prendre en compte pour tout geste invasif.

QUESTIONS POSÉES À LA RCP
1) Radiothérapie antalgique du cotyle gauche ?
2) Une cimentoplastie acétabulaire est-elle envisageable (relais de l'AVK nécessaire) ?
3) Poursuite du Prolia à dose ostéoporotique ou passage au Xgeva ?

Dr Isabelle Fauconnier-Dumas, gériatre
""", gold=gold("zzg05", "F", 83,
    ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
    ("present", ["staging_imaging"], True),
    ("present", ["mechanical"], 5),
    ("present", ["B01AA03", "B01AC06", "L02BG04", "M05BX04", "N02AX02", "N02BE01", "C09AA05", "A10BA02", "A11CC05", "N05BA12"]),
    ("absent", []),
    ("present", ["M05BX04"]),
    ("present", ["B01AA03"]),
    ("present", ["B01AC06"]),
    ("present", {"ecog": 2}),
    ("present", "palliative"))))

# ---------------------------------------------------------------- zzg06 DOCX
LETTERS.append(dict(stem="zzg06", format="docx", date="2025-03-04", author="LISP", must_contain=["probablement sous Xarelto"], blocks=[
    ("p", "Clinique Sainte-Bernadette de Valmoissy - Lits Identifiés de Soins Palliatifs (LISP), Médecine polyvalente"),
    ("p", "Dr François-Xavier Lemaître - secrétariat 01 39 74 60 28"),
    ("p", "Valmoissy, le 4 mars 2025"),
    ("h", "Demande de passage en RCP métastases osseuses"),
    ("p", "Monsieur Marcel PLANCHON, 91 ans"),
    ("p", "Cher confrère,"),
    ("p", "Je me permets de vous adresser le dossier de M. Planchon, 91 ans, hospitalisé dans nos lits de soins "
          "palliatifs depuis le 20/02/2025 pour douleurs rachidiennes et altération de l'état général."),
    ("p", "Il est suivi depuis 2023 pour un adénocarcinome lieberkühnien du côlon sigmoïde, métastatique hépatique "
          "d'emblée, KRAS muté (G12D), BRAF non muté, statut MSS. Non opéré. Il a reçu de la capécitabine (Xeloda) en "
          "monothérapie à dose adaptée, arrêtée en décembre 2024 devant un syndrome main-pied, une perte de 6 kg et "
          "deux chutes. Aucun traitement oncologique depuis."),
    ("p", "Les douleurs dorsales ont débuté il y a environ deux mois, d'horaire inflammatoire, avec réveils "
          "nocturnes fréquents. Le scanner du 21/02/2025 retrouve des lésions ostéolytiques de D7, D11 et de l'aile "
          "iliaque droite, sans recul du mur postérieur. Pas de déficit, pas de trouble sphinctérien. EN 7/10 ce "
          "jour malgré la titration."),
    ("p", "Il n'a jamais eu de radiothérapie."),
    ("h", "Antécédents"),
    ("p", "Insuffisance cardiaque, BPCO, surdité appareillée, phlébite du membre inférieur gauche en 2024, "
          "prostatectomie pour adénome (1998). Son frère a eu un cancer du côlon à 70 ans."),
    ("h", "Traitements en cours"),
    ("b", "Sophidone LP 8 mg matin et soir, Sophidone 1,3 mg en interdoses"),
    ("b", "Acupan 20 mg x 3/j"),
    ("b", "Laroxyl 10 gouttes le soir"),
    ("b", "Médrol 32 mg le matin (depuis le 22/02)"),
    ("b", "Transipeg 2 sachets/j"),
    ("b", "Lasilix 20 mg/j"),
    ("p", "Concernant l'anticoagulation : à la suite de la phlébite de 2024, le patient serait probablement sous "
          "Xarelto, mais l'ordonnance du médecin traitant n'a pas été retrouvée et le pilulier préparé par sa "
          "belle-fille ne permet pas de conclure ; à vérifier avec le Dr Gaudry (médecin traitant). Pas "
          "d'antiagrégant plaquettaire."),
    ("h", "Pronostic et projet"),
    ("p", "Indice de Karnofsky à 30 %. Le pronostic est estimé à quelques semaines. En accord avec le patient et sa "
          "famille (un fils, une belle-fille), arrêt définitif des traitements spécifiques et prise en charge "
          "palliative. Le patient souhaite finir ses jours chez lui si la douleur le permet."),
    ("h", "Question"),
    ("p", "Une radiothérapie antalgique en une séance sur D7-D11 est-elle envisageable rapidement, avant un retour "
          "à domicile ?"),
    ("p", "Confraternellement, Dr F.-X. Lemaître"),
], gold=gold("zzg06", "M", 91,
    ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
    ("present", ["pain"], True),
    ("present", ["inflammatory", "nocturnal"], 7),
    ("present", ["N02AA03", "N02BG06", "N06AA09", "H02AB04", "A06AD15", "C03CA01"]),
    ("absent", []),
    ("unknown", []),
    ("uncertain", ["B01AF01"]),
    ("absent", []),
    ("present", {"kps": 30}),
    ("present", "palliative"))))

# ---------------------------------------------------------------- zzg07 TXT
LETTERS.append(dict(stem="zzg07", format="txt", date="2025-04-08", must_contain=["ne se plaint d'aucune douleur", "à la mobilisation"], text="""\
Dr Pascale Guérineau
Médecin généraliste - médecin traitant
8 place du Marché, 35890 Saint-Jouan-des-Landes
Tél 02 99 41 07 63

Le 8 avril 2025

A l'équipe de la RCP "métastases osseuses", CHU de Rennes-Vilaine

Chers confrères,

Je vous écris au sujet de Mme Yvonne LE GALL, 87 ans, résidente de l'EHPAD Ker Avel, que je suis depuis de nombreuses années.

Elle est traitée depuis 2022 pour un adénocarcinome pulmonaire avec mutation EGFR (délétion de l'exon 19), par Tagrisso 80 mg/j, prescrit et suivi par le Dr Morvan, pneumologue. Le dernier scanner de controle a montré l'apparition de lésions osseuses (humérus droit, plusieurs vertèbres dorsales), alors que le poumon reste stable. Je n'ai pas le compte-rendu daté sous les yeux.

Elle a fait une chute en septembre dernier, sans fracture, et depuis elle est au lit-fauteuil. Elle a des troubles cognitifs modérés.
Quand je l'interroge elle ne se plaint d'aucune douleur. Pourtant les aides-soignantes de l'EHPAD rapportent des grimaces et des plaintes à la mobilisation de l'épaule droite lors des toilettes et des transferts (Algoplus 3/5).

Ses traitements :
Tagrisso 80 mg 1/j
Eliquis 2,5 mg 2 fois/j (ACFA)
Kardégic 75 mg 1/j (ancien AIT 2015)
Doliprane 500 mg 2 gél 3 fois/j
Movicol 1 sachet/j
Levothyrox 75
Furosémide 20 mg le matin
Seresta 10 le soir

Elle n'a jamais eu de Zometa ni de Prolia.
Je m'interroge sur l'intérêt de garder à la fois Eliquis et Kardégic vu son âge et ses chutes, je laisse la question au cardiologue.

Le pronostic me parait réservé compte tenu de son état général, mais le Dr Morvan souhaite poursuivre le Tagrisso tant que la tolérance est bonne. Son fils, tuteur, souhaite qu'elle ne soit plus hospitalisée sauf nécessité absolue et qu'on privilégie son confort.

Pouvez-vous me dire si un traitement des lésions osseuses (notamment l'humérus) est utile, et sous quelle forme réalisable pour une patiente peu mobilisable ?

Bien confraternellement,
Dr P. Guérineau
""", gold=gold("zzg07", "F", 87,
    ("present", "lung", "adenocarcinoma", {"EGFR": "positive"}),
    ("present", ["staging_imaging"], False),
    ("conflicting", ["mechanical"], None),
    ("present", ["L01EB04", "B01AF02", "B01AC06", "N02BE01", "A06AD65", "H03AA01", "C03CA01"]),
    ("unknown", []),
    ("absent", []),
    ("present", ["B01AF02"]),
    ("present", ["B01AC06"]),
    ("present", {"ecog": None}),
    ("present", None))))

# ---------------------------------------------------------------- zzg08 PDF
LETTERS.append(dict(stem="zzg08", format="pdf", birth="1938-02-14", date="2025-02-14", title="HAD - courrier RCP",
must_contain=["Lixiana est suspendu"], text="""\
HAD Rives de Garonne - Hospitalisation A Domicile
Médecin coordonnateur : Dr Sylvie Carrère-Baudot
Antenne de Castelnau-d'Estrès - 05 63 92 14 70

Castelnau, le 14/02/2025

Objet : demande d'avis RCP métastases osseuses
Patient : M. André LABARTHE, né le 14/02/1938

Cher confrère,

M. Labarthe est pris en charge par notre HAD depuis le 15/01/2025 pour soins palliatifs d'un carcinome urothélial de haut grade de la vessie, diagnostiqué en 2022 (cystectomie récusée, radiothérapie vésicale exclusive en 2022). Il présente une évolution osseuse.

Il se plaint de lombalgies depuis environ 3 mois, d'horaire mécanique, majorées aux transferts et à la marche, sans radiculalgie ni brûlure. Le scanner du 20/12/2024 réalisé pour ces douleurs a montré des lésions lytiques de L2, L3 et du sacrum, sans épidurite. Aucune lésion osseuse n'a été irradiée ni opérée.

Après majoration de la morphine il y a 15 jours, la douleur est actuellement cotée à 5/10 (elle était à 8/10 début février).

Autres problèmes : fibrillation atriale, insuffisance rénale modérée, hématuries récidivantes. Le Lixiana est suspendu depuis le 22/01/2025 suite à une hématurie caillotante ayant nécessité une transfusion, et n'a pas été repris (décision partagée avec le cardiologue). Ancien traitement par Aclasta pour ostéoporose en 2019 ; pas de traitement anti-résorptif actuellement.

Traitement à domicile :
- Moscontin LP 30 mg matin et soir
- Oramorph 10 mg en interdoses si besoin
- Abstral 100 µg si accès douloureux paroxystique (au max 4/j)
- Dafalgan 1 g x 3/j
- Forlax 2 sachets/j
- Inexium 40 mg/j
- Cardensiel 1,25 mg/j

État général : OMS 3, passe plus de la moitié de la journée au lit. Pronostic estimé de quelques semaines à quelques mois. Le patient, veuf, vit avec sa fille qui souhaite le garder à domicile jusqu'au bout ; le patient est du même avis.

Projet : poursuite des soins palliatifs à domicile, pas de traitement oncologique spécifique.

Question : une radiothérapie antalgique en séance unique sur L2-L3 est-elle possible (transport en ambulance couché) ?

Bien à vous,
Dr S. Carrère-Baudot
""", gold=gold("zzg08", "M", 87,
    ("present", "bladder", "other", {}),
    ("present", ["pain"], True),
    ("present", ["mechanical"], 5),
    ("present", ["N02AA01", "N02AB03", "N02BE01", "A06AD15", "A02BC05", "C07AB07"]),
    ("absent", []),
    ("absent", []),
    ("absent", []),
    ("unknown", []),
    ("present", {"ecog": 3}),
    ("present", "palliative"))))

# ---------------------------------------------------------------- zzg09 DOCX
LETTERS.append(dict(stem="zzg09", format="docx", date="2025-01-28", author="Oncogériatrie", blocks=[
    ("p", "Hôpital Privé du Littoral Nord - Oncologie médicale et oncogériatrie"),
    ("p", "Dr Nathalie Ostrowski-Berthelin - 03 21 84 55 12"),
    ("p", "Le 28/01/2025"),
    ("h", "FICHE DE DEMANDE RCP MÉTASTASES OSSEUSES"),
    ("t", [["Nom / prénom", "DUBREUCQ Paulette"],
           ["Âge", "82 ans"],
           ["Médecin référent", "Dr Ostrowski-Berthelin"],
           ["Tumeur primitive", "Carcinome rénal à cellules claires (néphrectomie gauche 2015)"],
           ["Statut OMS", "2"]]),
    ("h", "Histoire de la maladie"),
    ("p", "Néphrectomie élargie gauche en 2015 pour un carcinome à cellules claires pT3a. Rechute pulmonaire en 2022 "
          "traitée par cabozantinib (Cabometyx), arrêté en août 2024 pour altération de l'état général, diarrhées et "
          "perte de 8 kg. Depuis, surveillance seule, à la demande de la patiente."),
    ("p", "Le 06/11/2024, fracture pathologique de la diaphyse humérale gauche en se relevant d'un fauteuil. Enclouage "
          "centromédullaire le 08/11/2024, puis radiothérapie post-opératoire de l'humérus 20 Gy en 5 fractions "
          "terminée le 20/12/2024. Le bilan retrouve une seconde lésion du col fémoral droit (score de Mirels 8)."),
    ("h", "Douleur"),
    ("p", "Indolore depuis l'enclouage, pas d'antalgique hormis du paracétamol occasionnel."),
    ("h", "Comorbidités"),
    ("p", "FA permanente, cardiopathie hypertensive, hypothyroïdie, dyslipidémie, RGO, insomnie. Son mari (86 ans) "
          "est l'aidant principal."),
    ("h", "Traitement actuel"),
    ("t", [["Traitement", "Posologie"],
           ["Xarelto", "15 mg le soir"],
           ["Levothyrox", "88 µg"],
           ["Tahor", "10 mg"],
           ["Triatec", "2,5 mg"],
           ["Inipomp", "20 mg"],
           ["Imovane", "7,5 mg au coucher"],
           ["Cacit D3", "1/j"],
           ["Doliprane", "1 g si besoin"]]),
    ("p", "Le Xarelto a été relayé par Lovenox pendant l'hospitalisation de novembre puis repris à la sortie. Le "
          "Kardégic a été arrêté en novembre (association avec l'anticoagulant jugée à risque chez cette patiente qui chute)."),
    ("p", "Xgeva : une première injection est prévue après le bilan bucco-dentaire du 12/02."),
    ("h", "Projet et question"),
    ("p", "La patiente ne souhaite pas reprendre de traitement systémique : poursuite de la surveillance clinique et "
          "scanographique tous les 3 mois."),
    ("p", "Question : indication d'une ostéosynthèse prophylactique du col fémoral droit ou d'une radiothérapie "
          "seule ? La patiente est réticente à une nouvelle chirurgie."),
    ("p", "Dr N. Ostrowski-Berthelin"),
], gold=gold("zzg09", "F", 82,
    ("present", "kidney", "clear_cell_carcinoma", {}),
    ("present", ["pathological_fracture"], True),
    ("absent", [], None),
    ("present", ["B01AF01", "H03AA01", "C10AA05", "C09AA05", "A02BC02", "N05CF01", "A12AX", "N02BE01"]),
    ("present", ["surgery", "radiotherapy"]),
    ("unknown", []),
    ("present", ["B01AF01"]),
    ("absent", []),
    ("present", {"ecog": 2}),
    ("present", None))))

# ---------------------------------------------------------------- zzg10 TXT cp1252 CRLF
LETTERS.append(dict(stem="zzg10", format="txt", encoding="cp1252", crlf=True, date="2025-03-19",
must_contain=["à vérifier"], text="""\
CENTRE HOSPITALIER DE LA VALLEE DU LOIR - SERVICE DE SOINS PALLIATIFS
Dr Mathieu Garnier-Sallès - Tel 02 43 77 19 05
Dicté le 17/03/2025, tapé le 19/03/2025

Objet: M. Gilbert TRONCHET, 76 ans - demande RCP métastases osseuses

Cher confrere,

Je vous adresse M. Tronchet, 76 ans, hospitalisé dans notre unité depuis le 03/03 pour prise en charge de douleurs costales et d'une altération de l'état général.

Il s'agit d'un carcinome bronchique à petites cellules, stade étendu, diagnostiqué en mai 2024, traité par carboplatine-étoposide-atézolizumab (4 cures) puis atézolizumab en maintenance, arrété en janvier 2025 pour progression et fragilité. Radiothérapie thoracique de consolidation en septembre 2024.

Les lésions osseuses ont été révélées le 12/12/2024 par une hypercalcémie à 3,1 mmol/L (confusion, déshydratation), corrigée par hydratation et une perfusion unique de Zometa 4 mg. Pas d'autre bisphosphonate depuis.

Actuellement douleurs costales droites, majorées à la toux et à la mobilisation, avec des décharges électriques intercostales. EVA 6/10 ce jour.

ATCD: tabagisme 50 PA sevré, AOMI stentée (2020), HTA, éthylisme ancien sevré. Pere décédé d'un cancer de l'estomac.

Traitement actuel :
 - Durogesic 50 µg/h patch tous les 3 jours
 - Instanyl 50 µg en interdose
 - Lyrica 50 mg x 2
 - Dexaméthasone 4 mg/j
 - Lovenox 4000 UI SC/j (préventif)
 - Movicol 1 sachet x2
 - Eupantol 40
Le patient dit prendre aussi du Plavix mais son cardiologue en aurait demandé l'arrêt en janvier ? à vérifier, il n'est pas sur l'ordonnance de sortie.

PS 3. Le patient a refusé une 2e ligne de chimiothérapie ; décision de soins de support exclusifs prise avec lui et son épouse. Pronostic de quelques semaines.

Question : radiothérapie antalgique costale ou bloc intercostal ? Intérêt de reprendre un traitement anti-résorptif ?

Salutations confraternelles
Dr M. Garnier-Sallès
""", gold=gold("zzg10", "M", 76,
    ("present", "lung", "small_cell_carcinoma", {}),
    ("present", ["hypercalcemia"], True),
    ("present", ["mechanical", "neuropathic"], 6),
    ("present", ["N02AB03", "N03AX16", "H02AB02", "B01AB05", "A06AD65", "A02BC02"]),
    ("unknown", []),
    ("absent", []),
    ("present", ["B01AB05"]),
    ("uncertain", ["B01AC04"]),
    ("present", {"ecog": 3}),
    ("present", "supportive"))))

# ---------------------------------------------------------------- zzg11 PDF
LETTERS.append(dict(stem="zzg11", format="pdf", date="2025-03-26", title="HDJ soins palliatifs",
must_contain=["Pas d'anticoagulant", "Préviscan 20 mg"], text="""\
Centre Hospitalier Régional de Port-Lamballe
Hôpital de jour de soins de support et soins palliatifs
Dr Claire Hennebique - Tél. 02 96 31 48 20

Port-Lamballe, le 26/03/2025

Objet : Mme Jeanne KERVOAS, 93 ans
Demande d'avis RCP métastases osseuses

Chère consoeur,

Mme Kervoas, 93 ans, vient régulièrement en hôpital de jour pour transfusions et suivi. Je souhaite votre avis sur la prise en charge de ses lésions osseuses.

Diagnostic en 2022 d'un carcinome lobulaire infiltrant du sein gauche, RE+ (80 %), RP négatif, HER2 négatif, non opéré vu l'âge. Anastrozole mal toléré (arthralgies), arrêté ; Nolvadex 20 mg/j depuis juin 2022, toujours en cours.

En octobre 2024, découverte fortuite de lésions ostéocondensantes du rachis dorsal et des côtes sur une radiographie pulmonaire faite pour une pneumopathie, confirmées au scanner. Aucune douleur osseuse, EN 0/10 à chaque consultation. Ni chirurgie ni radiothérapie sur les lésions osseuses.

Antécédents : ACFA, hémorragie digestive sur angiodysplasies (2023) avec anémie chronique transfusée, insuffisance cardiaque, hypothyroïdie, ostéoporose sous Bonviva 150 mg mensuel depuis 2018, poursuivi.

Traitement (ordonnance du médecin traitant du 02/01/2025) :
  Nolvadex 20 mg 1/j
  Préviscan 20 mg 3/4 cp/j
  Bonviva 150 mg 1 cp/mois
  Inexium 20 mg/j
  Levothyrox 100 µg
  Lasilix 40 mg
  Doliprane 1 g si besoin

Pas d'anticoagulant depuis l'hémorragie digestive de 2023 : l'arrêt définitif avait été décidé par le gastro-entérologue et le cardiologue. Je n'ai pas pu clarifier avec la patiente, qui vit seule, si elle prend encore le Préviscan qui figure sur l'ordonnance.

Indice de Karnofsky 50 %. Pronostic globalement limité par l'âge et les comorbidités. Poursuite du Nolvadex. Sa nièce, personne de confiance, souhaite « qu'on ne l'embête pas avec des examens ».

Question : faut-il une radiothérapie préventive des lésions dorsales, ou une simple surveillance ? Le Bonviva suffit-il ?

Bien cordialement,
Dr C. Hennebique
""", gold=gold("zzg11", "F", 93,
    ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
    ("present", ["incidental_imaging"], True),
    ("absent", [], 0),
    ("present", ["L02BA01", "B01AA12", "M05BA06", "A02BC05", "H03AA01", "C03CA01", "N02BE01"]),
    ("absent", []),
    ("present", ["M05BA06"]),
    ("conflicting", ["B01AA12"]),
    ("unknown", []),
    ("present", {"kps": 50}),
    ("present", None))))

# ---------------------------------------------------------------- zzg12 DOCX
LETTERS.append(dict(stem="zzg12", format="docx", birth="1931-11-30", date="2025-03-10", author="Oncologie médicale",
must_contain=["Prolia ? à confirmer"], blocks=[
    ("p", "Institut de Cancérologie du Haut-Vivarais - Oncologie médicale"),
    ("p", "Dr Olivier Santacreu - Tél 04 75 36 12 80"),
    ("p", "Annonay-sur-Cance, le 10/03/2025"),
    ("h", "Demande d'avis RCP métastases osseuses"),
    ("p", "M. Émile CHAPUISAT, né le 30/11/1931"),
    ("p", "Cher confrère,"),
    ("p", "Je vous présente M. Chapuisat, ancien instituteur, veuf, vivant chez l'une de ses filles."),
    ("p", "En mars 2022, découverte d'un PSA à 480 ng/mL ; la scintigraphie osseuse du bilan initial montre des "
          "métastases osseuses diffuses (rachis, bassin, côtes). Compte tenu de l'âge, il n'a pas été réalisé de "
          "biopsie prostatique : le diagnostic de cancer de la prostate métastatique a été retenu sur le PSA, le "
          "toucher rectal et l'imagerie."),
    ("p", "Traitement par Eligard 45 mg semestriel depuis 2022. Zytiga (abiratérone) + prednisone introduits en 2023, "
          "interrompus en février 2025 pour hypokaliémie sévère, hypertension et deux chutes. Dernier PSA 96 ng/mL."),
    ("p", "Radiothérapie antalgique de la hanche droite, 8 Gy en une séance, en juin 2024."),
    ("h", "Clinique actuelle"),
    ("p", "Douleurs sacrées et de la fesse gauche, à type de brûlures, surtout la nuit, le réveillant. Pas de "
          "déficit. Il est peu mobile (déambulateur), ECOG 3. G8 à 7/17, MMS 24/30."),
    ("h", "Comorbidités"),
    ("p", "FA, insuffisance cardiaque, AVC ischémique en 2023 sans séquelle, IRC (clairance 35 mL/min), "
          "hypoacousie. Le Plavix a été remplacé par l'Eliquis en 2023."),
    ("h", "Traitement"),
    ("b", "Eliquis 2,5 mg x 2/j"),
    ("b", "Eligard 45 mg tous les 6 mois (prochaine injection en mai)"),
    ("b", "Skenan LP 10 mg matin et soir (le Topalgic a été arrêté, mal toléré)"),
    ("b", "Movicol 1 sachet/j"),
    ("b", "Cardensiel 2,5 mg, Lasilix 20 mg"),
    ("b", "Uvedose 1 ampoule/3 mois"),
    ("p", "Traitement osseux : le patient serait sous Prolia ? à confirmer auprès de son rhumatologue, la famille "
          "évoque « une piqûre tous les 6 mois pour les os »."),
    ("h", "Projet"),
    ("p", "Poursuite de l'hormonothérapie seule par Eligard, à visée palliative ; pas de nouvelle ligne. Les deux "
          "filles souhaitent éviter toute hospitalisation et privilégier le confort de leur père."),
    ("h", "Questions"),
    ("p", "Radiothérapie antalgique du sacrum ? Faut-il introduire (ou relayer) un traitement par dénosumab à dose "
          "oncologique ?"),
    ("p", "Dr O. Santacreu"),
], gold=gold("zzg12", "M", 93,
    ("present", "prostate", None, {"PSA": "positive"}),
    ("present", ["staging_imaging"], True),
    ("present", ["neuropathic", "nocturnal"], None),
    ("present", ["B01AF02", "L02AE02", "N02AA01", "A06AD65", "C07AB07", "C03CA01", "A11CC05"]),
    ("present", ["radiotherapy"]),
    ("uncertain", ["M05BX04"]),
    ("present", ["B01AF02"]),
    ("absent", []),
    ("present", {"ecog": 3}),
    ("present", "palliative"))))


def text_of(letter):
    if letter["format"] == "docx":
        parts = []
        for kind, c in letter["blocks"]:
            if kind == "t":
                parts += [" | ".join(r) for r in c]
            else:
                parts.append(c)
        return "\n".join(parts)
    return letter["text"]


def main():
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    seen = set()
    for letter in LETTERS:
        g = letter["gold"]
        if letter["stem"] in seen:
            violation(letter["stem"], "duplicate stem")
        seen.add(letter["stem"])
        text = text_of(letter)
        check(letter, g, text)
        out = HERE / "letters" / f"{letter['stem']}.{letter['format']}"
        if letter["format"] == "txt":
            write_txt(out, text, letter.get("encoding", "utf-8"), letter.get("crlf", False))
        elif letter["format"] == "pdf":
            write_pdf(out, text, letter.get("title", "Courrier"))
        elif letter["format"] == "docx":
            write_docx(out, letter["blocks"], letter.get("author", "Secrétariat"))
        else:
            violation(letter["stem"], "format")
        (HERE / "gold" / f"{letter['stem']}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds; all golds pass the contract check")


if __name__ == "__main__":
    main()
