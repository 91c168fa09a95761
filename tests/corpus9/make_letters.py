#!/usr/bin/env python3
"""Build corpus9: 12 fictitious RCP "métastases osseuses" referral letters
(u01..u12) with their gold records, written blind to the converter.

Run from the repository root:

    .venv/bin/python tests/corpus9/make_letters.py

It (re)writes tests/corpus9/letters/ and tests/corpus9/gold/, byte-identical
on every run (fixed dates and metadata in PDF and DOCX, fixed zip timestamps).
Every gold is checked against the contract (shared/spec/rcp-request.md) before
anything is written; any violation aborts with an error.

All people, places, institutions and phone numbers are fictitious.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "letters"
GOLD = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = dt.datetime(2026, 11, 28, 9, 0, 0, tzinfo=dt.timezone.utc)

# The ATC reference of the contract (a copy of the codes used, checked against
# the shared file when it is reachable).
ATC_REF_PATHS = [p / "shared" / "spec" / "atc-reference.tsv" for p in HERE.parents] + [
    Path("/work/shared/spec/atc-reference.tsv"),
]

# --------------------------------------------------------------------------
# Contract
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal",
         "bladder", "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
               "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
               "invasive_lobular_carcinoma", "clear_cell_carcinoma",
               "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK",
              "HER2", "PD-L1", "ER", "PR", "PSA"}
BM_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit",
                 "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
}


def load_atc() -> set[str]:
    for p in ATC_REF_PATHS:
        if p.exists():
            lines = p.read_text(encoding="utf-8").splitlines()[1:]
            return {ln.split("\t", 1)[0].strip() for ln in lines if ln.strip()}
    sys.exit("atc-reference.tsv not found (expected shared/spec beside the repo)")


def age_at(birth: str, letter: str) -> int:
    b = dt.date.fromisoformat(birth)
    d = dt.date.fromisoformat(letter)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


# ---- gold builders --------------------------------------------------------
def tumor(status, site=None, histology=None, **bm):
    bm = {k.replace("PDL1", "PD-L1"): v for k, v in bm.items()}
    return {"status": status, "site": site, "histology": histology, "biomarkers": bm}


def bone(status, circumstances=(), dated=False):
    return {"status": status, "circumstances": sorted(circumstances), "dated": dated}


def pain(status, types=(), intensity=None):
    return {"status": status, "types": sorted(types), "intensity": intensity}


def drugs(status, *atc):
    return {"status": status, "atc": sorted(atc)}


def local(status, *types):
    return {"status": status, "types": sorted(types)}


def prognosis(status, ecog=None, kps=None):
    if kps is not None:
        return {"status": status, "kps": kps}
    return {"status": status, "ecog": ecog}


def project(status, intent=None):
    return {"status": status, "intent": intent}


def derive_gaps(g: dict) -> list[list[str]]:
    """The contract's Gaps rule applied to a gold record (nine items)."""
    gaps = []
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS9:
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


def check_gold(g: dict, atc_ref: set[str], letter_date: str, birth: str | None) -> None:
    gid = g["id"]
    errs = []

    def err(msg):
        errs.append(f"{gid}: {msg}")

    if g["patient"]["sex"] not in ("F", "M"):
        err("sex")
    if not isinstance(g["patient"]["age"], int) or not 18 <= g["patient"]["age"] <= 110:
        err("age")
    if birth and age_at(birth, letter_date) != g["patient"]["age"]:
        err(f"age {g['patient']['age']} != computed {age_at(birth, letter_date)}")
    for item, allowed in ALLOWED.items():
        if g[item]["status"] not in allowed:
            err(f"{item}.status {g[item]['status']!r} not allowed")
    pt = g["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        err("site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        err("histology code")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BM_RESULTS:
            err(f"biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        err("unknown primary with values")
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCUMSTANCES:
        err("circumstance code")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        err("unknown boneDiagnosis with values")
    if bd["status"] == "present" and not bd["circumstances"]:
        err("boneDiagnosis present without circumstance")
    pn = g["pain"]
    if not set(pn["types"]) <= PAIN_TYPES:
        err("pain type code")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        err("pain intensity")
    if pn["status"] in ("absent", "unknown") and pn["types"]:
        err("pain types without pain")
    if pn["status"] == "unknown" and pn["intensity"] is not None:
        err("pain intensity with unknown pain")
    pl = g["priorLocalTreatments"]
    if not set(pl["types"]) <= LOCAL_TYPES:
        err("local treatment type")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        err("local types with absent/unknown")
    if pl["status"] == "present" and not pl["types"]:
        err("local present without type")
    meds = g["currentMedications"]
    for c in meds["atc"]:
        if c not in atc_ref:
            err(f"currentMedications ATC {c} not in atc-reference.tsv")
    if meds["status"] in ("absent", "unknown") and meds["atc"]:
        err("medications listed with absent/unknown currentMedications")
    if meds["atc"] != sorted(set(meds["atc"])):
        err("duplicate medication")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        for c in s["atc"]:
            if c not in atc_ref:
                err(f"{sec} ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                err(f"{sec} ATC {c} outside {prefixes}")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            err(f"{sec} {s['status']} with agents")
        in_meds = {c for c in meds["atc"] if c.startswith(prefixes)}
        if s["status"] in ("present", "conflicting"):
            # a current (or affirmed-then-denied) agent is also a current drug
            if not set(s["atc"]) <= set(meds["atc"]):
                err(f"{sec} agent(s) {set(s['atc']) - set(meds['atc'])} missing from currentMedications")
            if in_meds != set(s["atc"]):
                err(f"{sec}: currentMedications holds {in_meds - set(s['atc'])} not in the section")
        else:
            # stopped, doubtful, denied or unmentioned: no such drug is current
            if in_meds:
                err(f"{sec} is {s['status']} but currentMedications holds {in_meds}")
            if s["status"] == "uncertain" and set(s["atc"]) & set(meds["atc"]):
                err(f"{sec}: doubtful agent listed as current")
    pg = g["prognosis"]
    if "ecog" in pg and pg["ecog"] is not None and pg["ecog"] not in range(5):
        err("ecog")
    if "kps" in pg and (pg["kps"] not in range(0, 101, 10)):
        err("kps")
    if pg["status"] == "unknown" and (pg.get("ecog") is not None or pg.get("kps") is not None):
        err("performance status with unknown prognosis")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and (tp["intent"] not in INTENTS or tp["status"] != "present"):
        err("intent")
    if g["gaps"] != derive_gaps(g):
        err("gaps differ from the rule")
    for gap in g["gaps"]:
        if gap[0] not in ITEMS9 or gap[1] not in ("missing", "uncertain", "conflicting", "incomplete"):
            err(f"bad gap {gap}")
    if errs:
        sys.exit("GOLD CHECK FAILED\n" + "\n".join(errs))


def make_gold(gid, sex, age, *, primaryTumor, boneDiagnosis, pain, currentMedications,
              priorLocalTreatments, boneTargetedTherapy, anticoagulation, antiplatelets,
              prognosis, therapeuticProject):
    g = {
        "id": gid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": primaryTumor,
        "boneDiagnosis": boneDiagnosis,
        "pain": pain,
        "currentMedications": currentMedications,
        "priorLocalTreatments": priorLocalTreatments,
        "boneTargetedTherapy": boneTargetedTherapy,
        "anticoagulation": anticoagulation,
        "antiplatelets": antiplatelets,
        "prognosis": prognosis,
        "therapeuticProject": therapeuticProject,
    }
    g["gaps"] = derive_gaps(g)
    return g


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
def write_txt(path: Path, text: str, encoding="utf-8", newline="\n") -> None:
    text = text.strip("\n") + "\n"
    data = text.replace("\n", newline).encode(encoding)
    path.write_bytes(data)


def _normalize_zip(raw: bytes) -> bytes:
    """Rewrite a zip (DOCX) with fixed timestamps and a fixed member order."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 28, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


STRIKE = re.compile(r"~~(.+?)~~")


def _add_runs(par, text, bold=False, size=None):
    from docx.shared import Pt
    pos = 0
    for m in STRIKE.finditer(text):
        if m.start() > pos:
            r = par.add_run(text[pos:m.start()])
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        r = par.add_run(m.group(1))
        r.font.strike = True
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        pos = m.end()
    if pos < len(text):
        r = par.add_run(text[pos:])
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def write_docx(path: Path, blocks: list, author: str) -> None:
    """blocks: ("h", text) | ("p", text) | ("b", text) bold paragraph |
    ("table", [[label, answer], ...]) two-column form table, a row with one
    cell spans both columns as a section header. ~~x~~ is struck through."""
    from docx import Document
    from docx.shared import Pt, Cm

    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    cp.title = "Fiche de demande RCP"
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2)
        sec.top_margin = sec.bottom_margin = Cm(1.8)
    for blk in blocks:
        kind = blk[0]
        if kind == "h":
            p = doc.add_paragraph()
            _add_runs(p, blk[1], bold=True, size=13)
        elif kind == "b":
            p = doc.add_paragraph()
            _add_runs(p, blk[1], bold=True)
        elif kind == "p":
            p = doc.add_paragraph()
            _add_runs(p, blk[1])
        elif kind == "table":
            rows = blk[1]
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for row in rows:
                cells = t.add_row().cells
                if len(row) == 1:
                    m = cells[0].merge(cells[1])
                    m.text = ""
                    _add_runs(m.paragraphs[0], row[0], bold=True)
                else:
                    cells[0].text = ""
                    _add_runs(cells[0].paragraphs[0], row[0], bold=True)
                    cells[1].text = ""
                    lines = row[1].split("\n")
                    _add_runs(cells[1].paragraphs[0], lines[0])
                    for ln in lines[1:]:
                        _add_runs(cells[1].add_paragraph(), ln)
            for r in t.rows:
                r.cells[0].width = Cm(6)
                r.cells[1].width = Cm(11)
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalize_zip(buf.getvalue()))


def write_pdf(path: Path, blocks: list, footer: str, author: str) -> None:
    """blocks: ("title", t) | ("small", t) | ("h", t) | ("kv", label, value) |
    ("kv2", (l1, v1), (l2, v2)) two columns | ("p", text) | ("gap", mm)."""
    from fpdf import FPDF

    class Doc(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("DV", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, f"{footer} — page {self.page_no()}/{{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_author(author)
    pdf.set_creator("corpus9/make_letters.py")
    pdf.set_producer("fpdf2")
    pdf.set_title("Demande RCP métastases osseuses")
    pdf.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    W = pdf.w - 32
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            pdf.set_font("DV", "B", 13)
            pdf.multi_cell(W, 7, blk[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "small":
            pdf.set_font("DV", "", 8)
            pdf.multi_cell(W, 4.2, blk[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("DV", "B", 10)
            pdf.set_fill_color(225, 230, 238)
            pdf.multi_cell(W, 6, blk[1], fill=True, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "kv":
            pdf.set_font("DV", "B", 9)
            x, y = pdf.get_x(), pdf.get_y()
            pdf.multi_cell(60, 5, blk[1] + " :", align="L", new_x="RIGHT", new_y="TOP")
            pdf.set_font("DV", "", 9)
            pdf.multi_cell(W - 60, 5, blk[2], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(pdf.get_y(), y + 5))
        elif kind == "kv2":
            half = W / 2
            y = pdf.get_y()
            ends = []
            for i, (lab, val) in enumerate(blk[1:]):
                pdf.set_xy(16 + i * half, y)
                pdf.set_font("DV", "B", 9)
                pdf.multi_cell(40, 5, lab + " :", align="L", new_x="RIGHT", new_y="TOP")
                pdf.set_font("DV", "", 9)
                pdf.multi_cell(half - 42, 5, val, align="L", new_x="LMARGIN", new_y="NEXT")
                ends.append(pdf.get_y())
            pdf.set_y(max(ends + [y + 5]))
        elif kind == "p":
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(W, 5.2, blk[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "gap":
            pdf.ln(blk[1])
        else:
            raise ValueError(kind)
    pdf.output(str(path))


# --------------------------------------------------------------------------
# The letters
# --------------------------------------------------------------------------
CASES = []  # (id, ext, letter_date, birth_date_or_None, writer, gold)


def case(gid, ext, date, birth, writer, gold):
    CASES.append((gid, ext, date, birth, writer, gold))


# ---- u01: DOCX form, ☒/☐, anticoagulant "Oui" without the drug ----------
U01 = [
    ("p", "CENTRE HOSPITALIER DE VALMONT-SUR-LOIRE\nPôle Cancérologie – Service d'Oncologie médicale\n2 allée des Chênes-Verts – 41990 Valmont-sur-Loire – Secrétariat RCP : 02 00 41 17 20"),
    ("h", "FICHE DE DEMANDE D'INSCRIPTION EN RCP « MÉTASTASES OSSEUSES »"),
    ("p", "À retourner au secrétariat au plus tard 5 jours avant la réunion. Cocher les cases utiles."),
    ("table", [
        ["1. DEMANDEUR"],
        ["Médecin demandeur", "Dr Claire VASSEUR-LEMOINE, oncologue médicale"],
        ["Date de la demande", "16/11/2026"],
        ["RCP souhaitée le", "26/11/2026   ☐ urgente  ☒ programmée"],
        ["Médecin traitant", "Dr Paul HENRIOT, 12 place du Marché, Valmont-sur-Loire"],
        ["2. PATIENT"],
        ["Nom, prénom", "RAMBERT-FAUCHER Odile"],
        ["Date de naissance", "22/02/1957"],
        ["Sexe", "☐ M   ☒ F"],
        ["3. TUMEUR PRIMITIVE"],
        ["Organe", "Sein gauche (QSE)"],
        ["Histologie", "CLI"],
        ["Grade / biomarqueurs", "Grade 2 – RO 90 % RP 0 – HER2 score 1+ (négatif)"],
        ["Date du diagnostic", "septembre 2026"],
        ["Antécédents oncologiques", "Carcinome basocellulaire de l'aile du nez opéré en 2011.\nAntécédents familiaux : mère, cancer du sein à 70 ans."],
        ["4. MALADIE OSSEUSE"],
        ["Circonstances de découverte", "☐ Douleur  ☐ Fracture  ☐ Déficit neurologique  ☐ Hypercalcémie\n☒ Bilan d'extension  ☐ Découverte fortuite  ☐ Autre"],
        ["Date / examen", "TEP-TDM du 18/09/2026"],
        ["Sites osseux", "L3 (lyse corporéale sans recul du mur postérieur), aile iliaque droite, arcs costaux G 7-8-9"],
        ["Autres sites métastatiques", "Aucun (foie et poumons indemnes)"],
        ["5. DOULEUR"],
        ["Douleur osseuse", "☒ Oui   ☐ Non"],
        ["Type", "☒ mécanique  ☐ nocturne  ☐ inflammatoire  ☐ neuropathique"],
        ["EVA / EN", "4/10"],
        ["6. TRAITEMENTS"],
        ["Traitements en cours", "cf. ordonnance jointe"],
        ["Antalgiques", "Doliprane 1 g x 3/j"],
        ["Anticoagulant", "☒ Oui   ☐ Non   ☐ NSP\nMolécule : cf. ordonnance jointe"],
        ["Antiagrégant plaquettaire", "☐ Oui   ☒ Non   ☐ NSP"],
        ["Traitement à visée osseuse (bisphosphonate, dénosumab)", "☐ Oui   ☒ Non\nRemarque : Xgeva envisagé après bilan bucco-dentaire"],
        ["Traitement local osseux antérieur", "☐ Radiothérapie  ☐ Chirurgie  ☐ Cimentoplastie  ☐ Radiofréquence / cryothérapie\n☒ Aucun"],
        ["7. ÉTAT GÉNÉRAL – PRONOSTIC"],
        ["Performance status (OMS)", "☐ 0  ☒ 1  ☐ 2  ☐ 3  ☐ 4"],
        ["Espérance de vie estimée", "> 1 an"],
        ["8. PROJET THÉRAPEUTIQUE"],
        ["Traitement oncologique en cours", "Létrozole 2,5 mg/j + Kisqali (ribociclib) 600 mg/j J1-J21, débutés le 05/10/2026 (C2 en cours)"],
        ["Intention", "☐ Curative  ☒ Palliative  ☐ Soins de support exclusifs"],
        ["Question posée à la RCP", "Indication d'une radiothérapie antalgique de L3 ? Évaluation du risque fracturaire de l'aile iliaque droite (score de Mirels) ?"],
    ]),
    ("p", "Signature : Dr C. Vasseur-Lemoine – RPPS 10000000000 (fictif)"),
]
case("u01", "docx", "2026-11-16", "1957-02-22",
     lambda p: write_docx(p, U01, "C. Vasseur-Lemoine"),
     make_gold("u01", "F", 69,
               primaryTumor=tumor("present", "breast", "invasive_lobular_carcinoma", ER="positive", PR="negative", HER2="negative"),
               boneDiagnosis=bone("present", ["staging_imaging"], True),
               pain=pain("present", ["mechanical"], 4),
               currentMedications=drugs("present", "L02BG04", "L01EF02", "N02BE01"),
               priorLocalTreatments=local("absent"),
               boneTargetedTherapy=drugs("absent"),
               anticoagulation=drugs("present"),
               antiplatelets=drugs("absent"),
               prognosis=prognosis("present", ecog=1),
               therapeuticProject=project("present", "palliative")))

# ---- u02: DOCX form [X]/[ ], "Non" in the form, Eliquis in the letter ----
U02 = [
    ("p", "Hôpital Saint-Aubin de Morlanne – Service de Pneumologie et Oncologie thoracique\n14 rue du Docteur-Lescure, 64999 Morlanne – Tél. 05 00 00 64 10"),
    ("h", "Fiche de demande RCP – Métastases osseuses"),
    ("table", [
        ["Date", "09/11/2026"],
        ["Demandeur", "Dr Hugo LARRIEU-ETCHART, pneumologue"],
        ["Patient", "BOUKHARI Nadia"],
        ["Âge / sexe", "58 ans / F"],
        ["Cancer primitif", "Poumon – LID"],
        ["Histologie", "ADK"],
        ["Biologie moléculaire", "EGFR exon 19 del, ALK-, ROS1-"],
        ["PD-L1", ""],
        ["Découverte de l'atteinte osseuse", "[X] Douleur   [ ] Fracture   [ ] Compression   [ ] Bilan d'extension"],
        ["Date / durée", "Lombosciatique G depuis juillet 2026 ; IRM du 28/08/2026"],
        ["Douleur actuelle", "[X] Oui   [ ] Non"],
        ["Type de douleur", "[ ] Mécanique   [X] Nocturne   [X] Neuropathique"],
        ["EN", "6/10 au diagnostic ; 3/10 actuellement"],
        ["Traitements en cours", "cf. courrier joint"],
        ["Anticoagulant", "[ ] Oui   [X] Non"],
        ["Antiagrégant", "[ ] Oui   [ ] Non"],
        ["Traitement anti-résorptif", "à discuter en RCP"],
        ["Traitement local osseux antérieur", ""],
        ["PS (OMS)", "1"],
        ["Traitement oncologique en cours", "Tagrisso 80 mg/j depuis le 15/09/2026"],
        ["Question", "RT de L4-L5 ? Dénosumab ?"],
    ]),
    ("b", "Courrier joint"),
    ("p", "Cher Confrère,"),
    ("p", "Je vous adresse Madame Nadia Boukhari, 58 ans, non fumeuse, enseignante, pour un adénocarcinome pulmonaire du lobe inférieur droit avec mutation EGFR (délétion de l'exon 19), sans réarrangement ALK ni ROS1. Le diagnostic a été porté fin août 2026 devant une lombosciatique gauche évoluant depuis juillet, réveillant la patiente la nuit, avec des décharges électriques dans la jambe gauche. L'IRM du 28/08/2026 a montré une lésion lytique de L5 avec épidurite débutante, sans compression, et deux lésions de l'aile iliaque gauche."),
    ("p", "Le bilan a également mis en évidence une embolie pulmonaire bilatérale, pour laquelle elle est sous Eliquis 5 mg matin et soir depuis août. Aucun traitement local n'a été réalisé à ce jour sur les lésions osseuses."),
    ("p", "Traitement actuel : Tagrisso 80 mg/j, Eliquis 5 mg x 2/j, Skenan LP 30 mg x 2/j, Actiskenan 10 mg si besoin, Lyrica 75 mg x 2/j, Inexium 20 mg/j."),
    ("p", "Sous osimertinib depuis le 15/09/2026, la douleur est passée de 6/10 à 3/10. À noter que son père, décédé d'un cancer bronchique, était lui-même sous Sintrom."),
    ("p", "Je vous remercie de votre avis sur l'intérêt d'une radiothérapie de L4-L5 et d'un traitement par dénosumab. Bien confraternellement,"),
    ("p", "Dr H. Larrieu-Etchart"),
]
case("u02", "docx", "2026-11-09", None,
     lambda p: write_docx(p, U02, "H. Larrieu-Etchart"),
     make_gold("u02", "F", 58,
               primaryTumor=tumor("present", "lung", "adenocarcinoma", EGFR="positive", ALK="negative", ROS1="negative"),
               boneDiagnosis=bone("present", ["pain"], True),
               pain=pain("present", ["nocturnal", "neuropathic"], 3),
               currentMedications=drugs("present", "L01EB04", "B01AF02", "N02AA01", "N03AX16", "A02BC05"),
               priorLocalTreatments=local("absent"),
               boneTargetedTherapy=drugs("unknown"),
               anticoagulation=drugs("conflicting", "B01AF02"),
               antiplatelets=drugs("unknown"),
               prognosis=prognosis("present", ecog=1),
               therapeuticProject=project("present")))

# ---- u03: TXT, Belgian GP, lower case without accents, Sintrom + Asaflow --
U03 = """
dr marc vandenabeele
medecin generaliste
rue des tilleuls 14
4999 ferrieres-la-haute
tel 080 00 00 00

ferrieres, le 27 octobre 2026

a l'attention du dr anne-sophie lejeune
service d'oncologie - clinique sainte-gudule de hautval
concerne : rcp osseuse - monsieur jean-marie lhoest

chere consoeur, cher confrere,

je vous adresse pour discussion a la rcp "metastases osseuses" monsieur jean-marie lhoest, septante-huit ans, que je suis comme medecin de famille depuis de longues annees.

il s'agit d'un adenocarcinome prostatique gleason 8 (4+4) diagnostique en aout par le dr peeters (urologie), avec un psa a 250 au diagnostic.
il se plaint depuis environ trois mois de douleurs dorsales hautes et du bassin qui le reveillent la nuit. c'est d'ailleurs ce qui a motive le bilan. la scintigraphie osseuse du 02/09 montre de multiples fixations (rachis dorsal, bassin, plusieurs cotes). pas de fracture, pas de trouble neurologique. douleur estimee a 5/10 ce jour.

l'urologue a debute un decapeptyl 22,5 mg tous les 6 mois (premiere injection le 15/09), apres 4 semaines de casodex, maintenant arrete.

antecedents :
- fibrillation auriculaire sous sintrom depuis 2018 (inr cible 2-3, je le suis moi-meme)
- stent coronaire en 2015
- hta, goutte
- il n'a jamais ete irradie.

traitement actuel :
sintrom 4 mg selon inr
asaflow 80 mg 1x/j
bisoprolol 5 mg 1x/j
allopurinol 100 mg 1x/j
dafalgan 1 g 3x/j
tramadol 50 mg si besoin (max 3x/j)
decapeptyl 22,5 mg / 6 mois

familial : son frere est decede d'un cancer du poumon.

je me pose la question d'un traitement osseux (xgeva ?) et d'une eventuelle radiotherapie antalgique, a discuter en rcp.

en vous remerciant, je vous prie d'agreer, chere consoeur, cher confrere, mes salutations confraternelles.

dr m. vandenabeele
"""
case("u03", "txt", "2026-10-27", None,
     lambda p: write_txt(p, U03),
     make_gold("u03", "M", 78,
               primaryTumor=tumor("present", "prostate", "adenocarcinoma", PSA="positive"),
               boneDiagnosis=bone("present", ["pain"], True),
               pain=pain("present", ["nocturnal"], 5),
               currentMedications=drugs("present", "B01AA07", "B01AC06", "C07AB07", "N02BE01", "N02AX02", "L02AE04"),
               priorLocalTreatments=local("absent"),
               boneTargetedTherapy=drugs("unknown"),
               anticoagulation=drugs("present", "B01AA07"),
               antiplatelets=drugs("present", "B01AC06"),
               prognosis=prognosis("unknown"),
               therapeuticProject=project("present")))

# ---- u04: PDF web form, two columns, Eliquis suspended -> Lovenox bridge --
U04 = [
    ("small", "Hélios DPI 7.3 – CHU de Montclair-en-Vexin – Module RCP – Imprimé le 20/11/2026 à 14:32 par Dr S. AUBRIOT"),
    ("title", "Fiche RCP — Métastases osseuses"),
    ("small", "Réunion du 27/11/2026 – Salle Pasteur, bâtiment C – Coordination : 01 00 00 95 42"),
    ("h", "Identité"),
    ("kv2", ("Nom", "TOUZELIN Gérard"), ("Sexe", "M")),
    ("kv2", ("Né le", "03/12/1960"), ("IPP", "000 418 227")),
    ("kv2", ("Médecin réf.", "Dr Sophie AUBRIOT (oncologie)"), ("Médecin traitant", "Dr L. Ferrand, Bréval-la-Côte")),
    ("h", "Tumeur primitive"),
    ("kv2", ("Primitif", "Rein droit"), ("Histologie", "CCR à cellules claires, ISUP 3")),
    ("kv2", ("Diagnostic", "2015, néphrectomie élargie droite"), ("Rechute", "osseuse, 03/2026")),
    ("kv", "Autres cancers", "Mélanome superficiel extensif du dos, exérèse 2004, sans récidive"),
    ("h", "Maladie osseuse"),
    ("kv", "Circonstance de découverte", "Fracture pathologique du fémur gauche (chute de sa hauteur) le 06/03/2026"),
    ("kv", "Sites", "Fémur G (enclouage), D9 (lyse corporéale 40 %, mur postérieur respecté), arc antérieur côte 7 D"),
    ("kv2", ("Douleur", "Oui"), ("EVA", "5/10")),
    ("kv2", ("Type", "mécanique (à l'appui, à la marche)"), ("Réveils nocturnes", "non")),
    ("kv", "Traitements locaux antérieurs", "Enclouage centromédullaire fémur G (07/03/2026) ; RT post-opératoire fémur G 20 Gy / 5 fr (avril 2026)"),
    ("h", "Traitements"),
    ("kv", "Traitement oncologique", "Cabometyx (cabozantinib) 40 mg/j depuis le 22/04/2026, 1re ligne métastatique"),
    ("kv", "Traitement osseux", "Zometa : 1 perfusion (04/2026), non poursuivi (clairance 38 mL/min)"),
    ("kv", "Anticoagulant", "Eliquis 5 mg x 2 (FA) — SUSPENDU depuis le 16/11/2026 ; relais HBPM : Lovenox 6000 UI x 2/j SC en vue d'un éventuel geste sur D9"),
    ("kv", "Antiagrégant", "Non"),
    ("kv", "Traitement habituel", "Lovenox 6000 UI/0,6 mL x 2/j SC ; Cabometyx 40 mg/j ; Oxycontin 10 mg x 2/j ; Oxynorm 5 mg si besoin ; Doliprane 1 g x 3/j ; Tahor 20 mg/j ; Cardensiel 2,5 mg/j. (Eliquis : suspendu)"),
    ("kv", "Allergies", "Aucune connue"),
    ("h", "Pronostic et projet"),
    ("kv2", ("PS ECOG", "2"), ("Espérance de vie", "> 6 mois")),
    ("kv2", ("Intention", "Palliative"), ("Urgence", "Non")),
    ("kv", "Question posée", "Cimentoplastie de D9 ? Si oui, gestion de l'anticoagulation péri-procédurale (fenêtre HBPM)."),
    ("kv", "Commentaire", "Patient informé de la présentation de son dossier en RCP. Examens disponibles sur le PACS : TDM TAP 12/11/2026, IRM rachis 14/11/2026."),
]
case("u04", "pdf", "2026-11-20", "1960-12-03",
     lambda p: write_pdf(p, U04, "Hélios DPI – document généré automatiquement – ne pas modifier", "Hélios DPI"),
     make_gold("u04", "M", 65,
               primaryTumor=tumor("present", "kidney", "clear_cell_carcinoma"),
               boneDiagnosis=bone("present", ["pathological_fracture"], True),
               pain=pain("present", ["mechanical"], 5),
               currentMedications=drugs("present", "B01AB05", "L01EX07", "N02AA05", "N02BE01", "C10AA05", "C07AB07"),
               priorLocalTreatments=local("present", "surgery", "radiotherapy"),
               boneTargetedTherapy=drugs("absent"),
               anticoagulation=drugs("present", "B01AB05"),
               antiplatelets=drugs("absent"),
               prognosis=prognosis("present", ecog=2),
               therapeuticProject=project("present", "palliative")))

# ---- u05: TXT franglais, "probablement sous Xarelto, à vérifier" ---------
U05 = """
De : Dr Julien MARCHETTI – Oncologie thoracique, Institut Ligérien de Cancérologie (Saint-Ambroix-sur-Cher)
À : secrétariat RCP métastases osseuses
Date : 12/11/2026
Objet : demande RCP MO – M. Roland PEYRAT, 71 ans

Chers collègues,

Je vous soumets le dossier de M. Peyrat, 71 ans, ex-smoker (45 PA, sevré 2019), suivi pour un NSCLC squamous (CE) du LSD, stade IV d'emblée (pleural) en janvier 2026, PD-L1 < 1 %. EGFR/ALK non testés (histologie épidermoïde chez un ex-fumeur).

History :
- 1L carboplatine-paclitaxel-pembrolizumab x 4 puis pembro maintenance -> PD osseuse sur le TEP de réévaluation du 14/10/2026 : lésions nouvelles de l'arc postérieur de la 6e côte droite et de l'ischion G, le reste en SD.
- 2L docetaxel débutée le 22/10/2026, C2 faite le 12/11.

Bone :
- douleur costale droite à la mobilisation et à la toux, EN 5/10 ce jour, pas de composante neuropathique (DN4 2/10) ;
- pas de RT osseuse antérieure, pas de chirurgie ;
- Zometa/Xgeva non débuté, à discuter en RCP.

PS 2 (fatigue ++ depuis C1).

Comorbidités : BPCO GOLD 3, HTA, ACFA paroxystique découverte en septembre -> probablement sous Xarelto depuis (introduit par le cardiologue de ville, courrier non reçu), à vérifier avec le MT. Kardegic 75 arrêté en septembre.

Tt actuel : docetaxel J1=J21, Oxynorm 5 mg jusqu'à 4x/j si besoin, Doliprane 1 g x 3, Inipomp 40, Triatec 5, Spiriva 1 inhalation/j.

Plan : poursuite docetaxel, palliative intent ; si PD -> best supportive care à discuter avec le patient et sa famille.

Questions pour la RCP :
1. RT antalgique costale droite +/- ischion G ?
2. indication d'un agent osseux (acide zolédronique vs dénosumab) compte tenu d'une clairance à 52 mL/min ?

Thanks a lot, bien confraternellement,

Julien Marchetti
Chef de clinique – oncologie thoracique
Tél. 02 00 00 18 18
"""
case("u05", "txt", "2026-11-12", None,
     lambda p: write_txt(p, U05),
     make_gold("u05", "M", 71,
               primaryTumor=tumor("present", "lung", "squamous_cell_carcinoma", PDL1="negative"),
               boneDiagnosis=bone("present", ["staging_imaging"], True),
               pain=pain("present", ["mechanical"], 5),
               currentMedications=drugs("present", "L01CD02", "N02AA05", "N02BE01", "A02BC02", "C09AA05"),
               priorLocalTreatments=local("absent"),
               boneTargetedTherapy=drugs("absent"),
               anticoagulation=drugs("uncertain", "B01AF01"),
               antiplatelets=drugs("absent"),
               prognosis=prognosis("present", ecog=2),
               therapeuticProject=project("present", "palliative")))

# ---- u06: DOCX "rayer la mention inutile" (struck-through OUI/NON) -------
U06 = [
    ("p", "Hôpital Intercommunal des Trois-Vallées – site de Saint-Germier\nService d'Endocrinologie et de Médecine nucléaire – 3 rue de la Filature, 81999 Saint-Germier"),
    ("h", "FICHE DE DEMANDE D'AVIS – RCP MÉTASTASES OSSEUSES"),
    ("p", "(rayer la mention inutile)"),
    ("table", [
        ["Date", "03/11/2026"],
        ["Médecin demandeur", "Dr Élise CAMBOULIVES, endocrinologue"],
        ["Patient(e)", "Mme MARCHAL Josiane, née le 14/11/1960"],
        ["Cancer primitif", "Thyroïde – carcinome vésiculaire peu différencié (thyroïdectomie totale 02/2026, pT3 N0)"],
        ["Antécédents carcinologiques", "Cancer du sein droit en 1998 (tumorectomie + radiothérapie), considéré guéri.\nSœur traitée pour un cancer papillaire de la thyroïde."],
        ["Découverte des métastases osseuses", "Scintigraphie post-thérapeutique (après IRAthérapie 3,7 GBq) : fixations aile iliaque gauche et D6, confirmées au TEP-FDG"],
        ["Douleur", "OUI / ~~NON~~"],
        ["EVA", "à préciser"],
        ["Type de douleur", "mécanique (boiterie à la marche)"],
        ["Anticoagulant", "OUI / ~~NON~~"],
        ["Si oui, lequel", "xarelo 20 mg/j (TVP récidivantes)"],
        ["Antiagrégant plaquettaire", "~~OUI~~ / NON"],
        ["Traitement anti-résorptif", "OUI / ~~NON~~"],
        ["Si oui, lequel", "Prolia 60 mg tous les 6 mois (ostéoporose, suivi rhumatologique), dernière injection 09/2026"],
        ["Radiothérapie osseuse antérieure", "~~OUI~~ / NON"],
        ["Chirurgie / cimentoplastie osseuse antérieure", "~~OUI~~ / NON"],
        ["Traitements en cours", "Lévothyrox 150 µg/j (freinage), Xarelto 20 mg/j, Prolia 60 mg/6 mois, Cacit D3 1 sachet/j, Imovane 7,5 mg au coucher"],
        ["Performance status OMS", "0"],
        ["Traitement oncologique / projet", "2e IRAthérapie programmée le 12/01/2027.\nLenvatinib (Lenvima) envisagé si progression."],
        ["Intention", ""],
        ["Question posée", "Radiothérapie stéréotaxique de l'aile iliaque gauche avant la 2e IRAthérapie ? Place de la chirurgie ?"],
    ]),
    ("p", "Commentaire : Mme Marchal a refusé la chirurgie de l'aile iliaque proposée par l'orthopédiste. Elle est autonome, continue à travailler à mi-temps."),
    ("p", "Dr É. Camboulives – poste 4417"),
]
case("u06", "docx", "2026-11-03", "1960-11-14",
     lambda p: write_docx(p, U06, "E. Camboulives"),
     make_gold("u06", "F", 65,
               primaryTumor=tumor("present", "thyroid", "other"),
               boneDiagnosis=bone("present", ["staging_imaging"], False),
               pain=pain("present", ["mechanical"], None),
               currentMedications=drugs("present", "H03AA01", "B01AF01", "M05BX04", "A12AX", "N05CF01"),
               priorLocalTreatments=local("absent"),
               boneTargetedTherapy=drugs("present", "M05BX04"),
               anticoagulation=drugs("present", "B01AF01"),
               antiplatelets=drugs("absent"),
               prognosis=prognosis("present", ecog=0),
               therapeuticProject=project("present")))

# ---- u07: PDF web app, anticoagulant "NSP", clopidogrel, hypercalcaemia --
U07 = [
    ("small", "OncoLink 4.2 · Clinique mutualiste du Parc-Ardent · Demande d'inscription RCP · n° 2026-1187"),
    ("title", "Demande d'inscription en RCP Métastases osseuses"),
    ("small", "Date de la demande : 18/11/2026     Statut : transmise     RCP du : 02/12/2026"),
    ("h", "Patient"),
    ("kv2", ("Nom", "QUÉRÉ Bernard"), ("Sexe", "Masculin")),
    ("kv2", ("Date naiss.", "30/05/1957"), ("Âge", "69 ans")),
    ("kv2", ("Demandeur", "Dr Yann LE GOFF, urologue"), ("Spécialité", "Urologie-oncologie")),
    ("h", "Diagnostic"),
    ("kv2", ("Primitif", "Vessie"), ("Histologie", "Carcinome urothélial de haut grade")),
    ("kv2", ("Date diag.", "03/2024"), ("Chirurgie", "Cystoprostatectomie 05/2024, pT3 N1")),
    ("kv", "Biomarqueurs", "FGFR3 non muté ; PD-L1 non réalisé"),
    ("kv", "ATCD carcinologiques", "Adénocarcinome prostatique de découverte fortuite sur la pièce de cystoprostatectomie (pT2, Gleason 6), en rémission"),
    ("h", "Atteinte osseuse"),
    ("kv", "Circonstance", "Hypercalcémie (Ca corrigée 3,05 mmol/L) le 08/10/2026, confusion ; TDM : lyses iliaque droite et L2"),
    ("kv", "Confirmation", "Biopsie osseuse iliaque du 15/10/2026 : métastase de carcinome urothélial"),
    ("kv2", ("Douleur", "Non"), ("EVA", "0")),
    ("kv2", ("Déficit neuro", "Non"), ("Fracture", "Non")),
    ("kv", "Geste local osseux antérieur", "Aucun"),
    ("h", "Traitements"),
    ("kv2", ("Anticoagulant", "NSP"), ("Antiagrégant", "Oui – Clopidogrel 75 mg")),
    ("kv", "Traitement osseux", "Zometa 4 mg : perfusion unique le 09/10/2026 pour l'hypercalcémie ; pas de traitement osseux au long cours ; Xgeva à discuter"),
    ("kv", "Traitement oncologique", "Enfortumab vedotin + pembrolizumab (Keytruda), C1 le 04/11/2026, C2 prévue le 25/11/2026"),
    ("kv", "Traitements habituels", "Plavix 75 mg/j ; Furosémide 40 mg/j ; Metformine 1000 mg x 2/j ; Amlor 5 mg/j ; Keytruda + enfortumab (hôpital de jour)"),
    ("h", "État général / projet"),
    ("kv2", ("Karnofsky", "70 %"), ("Espérance de vie", "quelques mois à 1 an")),
    ("kv2", ("Intention", "Palliative"), ("Décision attendue", "avis")),
    ("kv", "Question", "Radiothérapie préventive de L2 (lyse du pédicule droit) ? Indication du dénosumab ?"),
]
case("u07", "pdf", "2026-11-18", "1957-05-30",
     lambda p: write_pdf(p, U07, "OncoLink – export PDF de la demande", "OncoLink"),
     make_gold("u07", "M", 69,
               primaryTumor=tumor("present", "bladder", "other"),
               boneDiagnosis=bone("present", ["hypercalcemia"], True),
               pain=pain("absent", [], 0),
               currentMedications=drugs("present", "B01AC04", "L01FF02", "C03CA01", "A10BA02"),
               priorLocalTreatments=local("absent"),
               boneTargetedTherapy=drugs("absent"),
               anticoagulation=drugs("unknown"),
               antiplatelets=drugs("present", "B01AC04"),
               prognosis=prognosis("present", kps=70),
               therapeuticProject=project("present", "palliative")))

# ---- u08: TXT lower case, typos (eliquiss, kardegic, zometa), spouse on Xarelto
U08 = """
centre hospitalier de brevanne-les-pins - oncologie medicale
brevanne, le 05/11/2026

a l'attention de la rcp metastases osseuses
objet : mme sandrine colombet, 52 ans

chers collegues,

je vous adresse mme colombet, 52 ans, suivie pour un cancer du sein gauche triple negatif : cci grade 3, ro 0 rp 0 her2 0, pdl1 positif (cps 12), diagnostique en mars 2024 (chimio neoadjuvante, mastectomie + curage, rt paroi et aires ganglionnaires terminee en novembre 2024).

recidive metastatique revelee le 12/05/2026 par une compression medullaire d8 avec paraparesie, operee en urgence (laminectomie decompressive + osteosynthese d6-d10 le 14/05/2026) puis radiotherapie d6-d10 20 gy en 5 fractions en juin. recuperation motrice complete.

actuellement paclitaxel hebdo + pembrolizumab, c6 en cours.

douleurs dorsales en ceinture a type de brulures, dn4 6/10, cotees a 7/10 malgre le traitement. pas de douleur nocturne.

traitement :
- eliquiss 5mg matin et soir (ep en juin 2026)
- kardegic 75 (ancien avc ischemique 2021)
- zometa 4mg toutes les 4 semaines depuis juin
- oxycontin 20 mg x2, oxynormoro 10 si besoin
- lyrica 150 x2
- inexium 40
- paclitaxel 80 mg/m2 hebdo + keytruda 200 mg / 3 sem

elle s'occupe aussi de son mari, lui-meme sous xarelto et insuline, ce qui complique les rendez-vous.
mere decedee d'un cancer de l'ovaire a 60 ans.

question : reirradiation d8 ? cimentoplastie de d11 (nouvelle lesion lytique sur le scanner du 28/10) ?

bien a vous,

dr pauline ostrowski, interne
pour le dr f. kermarrec
"""
case("u08", "txt", "2026-11-05", None,
     lambda p: write_txt(p, U08),
     make_gold("u08", "F", 52,
               primaryTumor=tumor("present", "breast", "invasive_ductal_carcinoma", ER="negative", PR="negative", HER2="negative", PDL1="positive"),
               boneDiagnosis=bone("present", ["neurological_deficit"], True),
               pain=pain("present", ["neuropathic"], 7),
               currentMedications=drugs("present", "B01AF02", "B01AC06", "M05BA08", "N02AA05", "N03AX16", "A02BC05", "L01CD01", "L01FF02"),
               priorLocalTreatments=local("present", "surgery", "radiotherapy"),
               boneTargetedTherapy=drugs("present", "M05BA08"),
               anticoagulation=drugs("present", "B01AF02"),
               antiplatelets=drugs("present", "B01AC06"),
               prognosis=prognosis("unknown"),
               therapeuticProject=project("present")))

# ---- u09: DOCX (x)/( ), "voir CR", form "non" for pain vs text, refusal --
U09 = [
    ("p", "GROUPE HOSPITALIER NORD-ARDELLE – Service de Pneumologie\n1 boulevard des Tisserands – 08999 Ardelle-Nord – Tél. 03 00 00 08 08"),
    ("h", "Demande d'avis RCP Os – formulaire v2"),
    ("table", [
        ["Date", "30/10/2026"],
        ["Médecin", "Dr Karim BELHADJ"],
        ["Identité", "GALLAND Thierry, né le 30/10/1963   (x) H  ( ) F"],
        ["Antécédents", "voir CR"],
        ["Primitif", "poumon (LSG) – histologie : ADK"],
        ["Biomarqueurs", "KRAS G12C muté ; EGFR wt ; ALK- ; PDL1 60%"],
        ["Découverte des métastases osseuses", "( ) douleur  ( ) fracture  ( ) déficit  (x) bilan d'extension  ( ) fortuite\ndate : 03/2026"],
        ["Douleur", "( ) oui  (x) non"],
        ["Type", "( ) mécanique  ( ) nocturne  ( ) neuropathique"],
        ["EVA", ""],
        ["Traitements en cours", "voir CR"],
        ["Anticoagulant", "Non"],
        ["Antiagrégant", "Non"],
        ["Traitement osseux", "( ) acide zolédronique  ( ) dénosumab  (x) aucun"],
        ["Traitement local antérieur", "(x) radiothérapie  ( ) chirurgie  ( ) cimentoplastie  ( ) radiofréquence\npréciser : 8 Gy fraction unique D11"],
        ["PS OMS", "1"],
        ["Intention", "(x) palliative  ( ) curative"],
        ["Traitement en cours", "Lumykras (sotorasib) 960 mg/j depuis le 12/09/2026 (2e ligne)"],
        ["Demande", "(x) avis radiothérapie  ( ) avis chirurgical  ( ) radiologie interventionnelle  ( ) autre"],
    ]),
    ("b", "CR / commentaire libre"),
    ("p", "Patient de 63 ans, tabagisme sevré (40 PA). ATCD : carcinome épidermoïde de l'amygdale droite en 2016, traité par radiochimiothérapie, en rémission complète. Cardiopathie ischémique stentée en 2019 : Kardégic arrêté par le cardiologue en août 2026 (thrombopénie). Pas d'anticoagulant. Son épouse est sous Préviscan."),
    ("p", "ADK pulmonaire LSG découvert en mars 2026, métastatique d'emblée (os : D11, sacrum) au TEP de bilan. 1re ligne carboplatine-pémétrexed-pembrolizumab, progression en août 2026, Lumykras depuis le 12/09/2026, bien toléré."),
    ("p", "Se plaint d'une douleur sacrée à la marche, EVA 3, soulagée par le paracétamol. Radiothérapie de D11, 8 Gy en fraction unique le 08/10/2026 pour douleur, efficace."),
    ("p", "Le Xgeva a été proposé en juin : le patient l'a refusé (crainte de l'ostéonécrose de la mâchoire)."),
    ("p", "Traitement : Lumykras 960 mg/j, Doliprane 1 g x 3/j, Tahor 40 mg, Bisoprolol 2,5 mg, Mopral 20 mg."),
    ("p", "Question : RT du sacrum ou surveillance ? Merci. K. Belhadj"),
]
case("u09", "docx", "2026-10-30", "1963-10-30",
     lambda p: write_docx(p, U09, "K. Belhadj"),
     make_gold("u09", "M", 63,
               primaryTumor=tumor("present", "lung", "adenocarcinoma", KRAS="positive", EGFR="negative", ALK="negative", PDL1="positive"),
               boneDiagnosis=bone("present", ["staging_imaging"], True),
               pain=pain("conflicting", ["mechanical"], 3),
               currentMedications=drugs("present", "L01XX73", "N02BE01", "C10AA05", "C07AB07", "A02BC01"),
               priorLocalTreatments=local("present", "radiotherapy"),
               boneTargetedTherapy=drugs("absent"),
               anticoagulation=drugs("absent"),
               antiplatelets=drugs("absent"),
               prognosis=prognosis("present", ecog=1),
               therapeuticProject=project("present", "palliative")))

# ---- u10: PDF Swiss letter (huitante-deux, Sintrom stopped, Aspirine cardio)
U10 = [
    ("title", "Hôpital régional du Haut-Vully romand"),
    ("small", "Service d'oncologie médicale · Rue du Signal 9 · CH-1999 Prévessin-sur-Broye · Tél. +41 00 000 00 00"),
    ("gap", 4),
    ("p", "Prévessin, le 24 novembre 2026"),
    ("p", "Colloque multidisciplinaire des métastases osseuses\nà l'att. de la Dresse Mathilde Rochat, coordinatrice"),
    ("p", "Concerne : Monsieur Ernest DUCOMMUN, huitante-deux ans, domicilié à Vuissens-le-Bas"),
    ("p", "Chère Consœur, Cher Confrère,"),
    ("p", "Je vous remercie de discuter lors du prochain colloque le dossier de Monsieur Ernest Ducommun, huitante-deux ans, ancien agriculteur, que je suis pour un adénocarcinome acinaire de la prostate Gleason 9 (4+5), diagnostiqué en février 2026 sur un PSA à 86 ng/ml."),
    ("p", "Le bilan initial (scintigraphie osseuse et CT thoraco-abdominal du 03.03.2026) a mis en évidence des métastases osseuses multiples (bassin, fémur proximal gauche, rachis lombaire), sans atteinte viscérale. Il s'agit d'une maladie hormono-sensible à haut volume."),
    ("p", "Il est traité par Firmagon depuis le 10.03.2026, associé à l'abiratérone (Zytiga 1000 mg/j) et à la prednisone 5 mg/j depuis avril. Le PSA est en baisse à 12 ng/ml."),
    ("p", "Le patient se plaint de douleurs inguinales gauches à la marche, VAS 4/10, sans douleurs nocturnes. Il a bénéficié d'une radiothérapie antalgique de la hanche gauche (8 Gy en fraction unique) le 19.08.2026, avec un bénéfice partiel."),
    ("p", "Antécédents : cardiopathie ischémique (PCI de l'IVA en 2017) ; thrombose veineuse profonde du mollet droit en 2024 traitée six mois par Sintrom, stoppé en octobre 2024 ; hypertrophie bénigne de la prostate opérée (TURP) en 2012."),
    ("p", "Médication actuelle : Aspirine cardio 100 mg/j, Zytiga 1000 mg/j, Prednisone 5 mg/j, Firmagon 80 mg/mois s.c., Pantozol 40 mg/j, Dafalgan 1 g 3x/j, Calcimagon D3 1 cp/j."),
    ("p", "Un traitement par Xgeva est envisagé, en attente de l'avis du médecin-dentiste. L'état général est bon, OMS 1 ; il vit avec son épouse, elle-même sous Lixiana, et reste autonome. Son médecin de famille est le Dr Pierre-Alain Jaquier, à Vuissens."),
    ("p", "Objectif : traitement palliatif, maintien de la qualité de vie."),
    ("p", "Questions : indication d'une radiothérapie du fémur proximal gauche (score de Mirels à 8) ou d'une chirurgie prophylactique ?"),
    ("p", "En vous remerciant de votre avis, je vous prie d'agréer, Chère Consœur, Cher Confrère, mes salutations les meilleures."),
    ("gap", 3),
    ("p", "Dr Nicolas Bersier\nMédecin adjoint, oncologie médicale"),
    ("small", "Copie : Dr P.-A. Jaquier, médecin de famille"),
]
case("u10", "pdf", "2026-11-24", None,
     lambda p: write_pdf(p, U10, "HVR – Oncologie – lettre de demande de colloque", "N. Bersier"),
     make_gold("u10", "M", 82,
               primaryTumor=tumor("present", "prostate", "adenocarcinoma", PSA="positive"),
               boneDiagnosis=bone("present", ["staging_imaging"], True),
               pain=pain("present", ["mechanical"], 4),
               currentMedications=drugs("present", "B01AC06", "L02BX03", "H02AB07", "L02BX02", "A02BC02", "N02BE01", "A12AX"),
               priorLocalTreatments=local("present", "radiotherapy"),
               boneTargetedTherapy=drugs("unknown"),
               anticoagulation=drugs("absent"),
               antiplatelets=drugs("present", "B01AC06"),
               prognosis=prognosis("present", ecog=1),
               therapeuticProject=project("present", "palliative")))

# ---- u11: TXT cp1252 CRLF, surgeon, Arixtra post-op, Préviscan stopped ----
U11 = """
Clinique orthopédique des Hauts-de-Salenne
Dr Arnaud BELLEC – Chirurgie orthopédique et traumatologique
12 avenue des Marronniers – 72999 Salenne – Tél. 02 00 00 72 72

Salenne, le 26 novembre 2026

Dr Cécile FONTAINE-ROUX
RCP métastases osseuses
Centre régional de cancérologie du Val-de-Sarthe

Cher ami,

J'ai opéré le 18/11/2026 M. Lucien HARDOUIN, 67 ans, d'une fracture pathologique de la diaphyse humérale droite survenue le 16/11/2026 en enfilant sa veste, révélatrice de la maladie. Ostéosynthèse par clou centromédullaire verrouillé, sans difficulté.

L'analyse anatomopathologique du produit d'alésage conclut à une métastase de carcinome à petites cellules (CPC). Le scanner TAP retrouve une masse hilaire gauche avec adénopathies médiastinales, qui en est le primitif, et d'autres lésions osseuses (bassin, L1).

Antécédents :
- tabagisme actif, environ 50 PA ;
- AOMI avec stent fémoral gauche en 2019, sous Kardégic 160 mg ;
- phlébite surale en 2022 traitée par Préviscan, arrêté en 2023 ;
- adénocarcinome du côlon sigmoïde opéré en 2010 (colectomie gauche), considéré comme guéri.
Sa mère était sous Coumadine pour une valve mécanique.

Suites opératoires simples. Arixtra 2,5 mg, une injection par jour en prévention pendant quatre semaines. Douleurs de l'épaule à la mobilisation cotées à 3/10 sous Topalgic et paracétamol. Pas de déficit radial. L'état général est altéré et le pronostic me semble réservé.

Traitement de sortie :
Arixtra 2,5 mg/j SC
Kardégic 160 mg/j
Topalgic 50 mg x 3/j
Doliprane 1 g x 3/j
Forlax 1 sachet/j

Il a été vu par le Dr Oriol, pneumologue : une chimio-immunothérapie par carboplatine-étoposide-atézolizumab est programmée, C1 le 01/12/2026.

Aucun traitement anti-résorptif n'a été débuté ; je vous laisse juger de l'indication.

Je souhaiterais votre avis sur une radiothérapie post-opératoire de l'humérus et sur la prise en charge de la lésion de L1 (pas de signe neurologique).

Bien amicalement,

Dr Arnaud Bellec
"""
case("u11", "txt", "2026-11-26", None,
     lambda p: write_txt(p, U11, encoding="cp1252", newline="\r\n"),
     make_gold("u11", "M", 67,
               primaryTumor=tumor("present", "lung", "small_cell_carcinoma"),
               boneDiagnosis=bone("present", ["pathological_fracture"], True),
               pain=pain("present", ["mechanical"], 3),
               currentMedications=drugs("present", "B01AX05", "B01AC06", "N02AX02", "N02BE01", "A06AD15"),
               priorLocalTreatments=local("present", "surgery"),
               boneTargetedTherapy=drugs("absent"),
               anticoagulation=drugs("present", "B01AX05"),
               antiplatelets=drugs("present", "B01AC06"),
               prognosis=prognosis("present"),
               therapeuticProject=project("present")))

# ---- u12: PDF e-RCP form, NET, Pradaxa, antiplatelet "à préciser" --------
U12 = [
    ("small", "e-RCP · CHU de Roche-Aiguë · Hépato-gastro-entérologie et oncologie digestive"),
    ("title", "Formulaire de présentation en RCP — Métastases osseuses"),
    ("small", "Saisi le 21/10/2026 par Dr Inès MOREAU-DALBIN · RCP du 29/10/2026"),
    ("h", "Patient"),
    ("kv2", ("Nom", "VELLARD Martine"), ("Sexe", "F")),
    ("kv2", ("Née le", "22/10/1967"), ("Ville", "Pont-Sainte-Aure")),
    ("h", "Tumeur"),
    ("kv2", ("Primitif", "TNE pancréatique (queue)"), ("Histologie", "NET G2, Ki67 8 %")),
    ("kv2", ("Diagnostic", "02/2025"), ("Chirurgie", "Splénopancréatectomie caudale 04/2025")),
    ("kv", "Antécédents", "Diabète de type 2 ; FA paroxystique ; cholécystectomie 2010"),
    ("h", "Os"),
    ("kv", "Découverte", "Fortuite : scanner abdominal pour colique néphrétique droite le 04/09/2026 → lésion condensante de L4"),
    ("kv", "Bilan", "TEP-68Ga-DOTATOC 18/09/2026 : L4, aile iliaque G, sternum ; pas d'autre site"),
    ("kv2", ("Douleur", "Oui (lombalgies modérées)"), ("EVA", "2/10")),
    ("kv", "Traitement local antérieur", "Aucun"),
    ("kv", "Traitement osseux", ""),
    ("h", "Traitements"),
    ("kv2", ("Anticoagulant", "Oui — Pradaxa 110 mg x 2"), ("Antiagrégant", "à préciser")),
    ("kv", "Traitement oncologique", "Somatuline 120 mg / 28 j depuis le 20/09/2026"),
    ("kv", "Traitements habituels", "Pradaxa 110 mg x 2/j ; Glucophage 1000 mg x 2/j ; Somatuline 120 mg/28 j ; Créon 25 000 aux repas"),
    ("h", "Pronostic / projet"),
    ("kv2", ("ECOG", "0"), ("Pronostic", "favorable, survie estimée > 2 ans")),
    ("kv2", ("Intention", ""), ("Projet", "Lutathera envisagé si progression")),
    ("kv", "Question", "Radiothérapie stéréotaxique des 3 lésions osseuses (maladie oligométastatique) ? Intérêt d'un traitement osseux ?"),
]
case("u12", "pdf", "2026-10-21", "1967-10-22",
     lambda p: write_pdf(p, U12, "e-RCP Roche-Aiguë – impression", "e-RCP"),
     make_gold("u12", "F", 58,
               primaryTumor=tumor("present", "other", "neuroendocrine"),
               boneDiagnosis=bone("present", ["incidental_imaging"], True),
               pain=pain("present", [], 2),
               currentMedications=drugs("present", "B01AE07", "A10BA02"),
               priorLocalTreatments=local("absent"),
               boneTargetedTherapy=drugs("unknown"),
               anticoagulation=drugs("present", "B01AE07"),
               antiplatelets=drugs("unknown"),
               prognosis=prognosis("present", ecog=0),
               therapeuticProject=project("present")))


# --------------------------------------------------------------------------
def main() -> int:
    atc_ref = load_atc()
    ids = [c[0] for c in CASES]
    if ids != [f"u{i:02d}" for i in range(1, 13)]:
        sys.exit(f"ids {ids}")
    exts = [c[1] for c in CASES]
    for e in ("txt", "docx", "pdf"):
        if exts.count(e) < 3:
            sys.exit(f"fewer than 3 {e} letters")
    for gid, ext, date, birth, _w, gold in CASES:
        if gold["id"] != gid:
            sys.exit(f"{gid}: gold id {gold['id']}")
        check_gold(gold, atc_ref, date, birth)
    LETTERS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for old in list(LETTERS.iterdir()) + list(GOLD.iterdir()):
        if old.is_file():
            old.unlink()
    for gid, ext, _date, _birth, writer, gold in CASES:
        writer(LETTERS / f"{gid}.{ext}")
        (GOLD / f"{gid}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} letters and golds in {HERE.relative_to(Path.cwd()) if HERE.is_relative_to(Path.cwd()) else HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
