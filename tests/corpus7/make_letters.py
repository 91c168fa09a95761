"""Corpus 7: held-out referral letters for the RCP "métastases osseuses" intake.

Written blind to the converter, from the contract only
(shared/spec/rcp-request.md and shared/spec/atc-reference.tsv).

Run from the repository root:
    .venv/bin/python tests/corpus7/make_letters.py
It (re)writes tests/corpus7/letters/ and tests/corpus7/gold/.
All people, places and institutions are fictitious.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "letters"
GOLD = HERE / "gold"
SPEC_DIR_CANDIDATES = [
    HERE.parents[2] / "shared" / "spec",      # /work/shared/spec from /work/main/tests/corpus7
    HERE.parents[1] / "shared" / "spec",
    Path("/work/shared/spec"),
]
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = dt.datetime(2026, 11, 29, 8, 0, 0, tzinfo=dt.timezone.utc)

# ---------------------------------------------------------------------------
# Code lists of the contract (rcp-request.md, "Code lists")
# ---------------------------------------------------------------------------
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder",
         "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
               "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
               "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
              "PD-L1", "ER", "PR", "PSA"}
BIOMARKER_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
                 "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
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
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
             "prognosis", "therapeuticProject"]
KIND_OF_STATUS = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}


def load_atc() -> dict[str, dict]:
    for d in SPEC_DIR_CANDIDATES:
        p = d / "atc-reference.tsv"
        if p.exists():
            with p.open(encoding="utf-8") as fh:
                return {row["atc"]: row for row in csv.DictReader(fh, delimiter="\t")}
    sys.exit("atc-reference.tsv not found")


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# ---------------------------------------------------------------------------
# Gaps rule (rcp-request.md, "Gaps")
# ---------------------------------------------------------------------------
def derive_gaps(g: dict) -> list[list[str]]:
    gaps = []
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st in KIND_OF_STATUS:
            gaps.append([item, KIND_OF_STATUS[st]])
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


# ---------------------------------------------------------------------------
# Gold builder
# ---------------------------------------------------------------------------
def gold(id, *, sex, age, primary, bone_dx, pain, meds, local, btt, anticoag, antiplat,
         prognosis, project):
    def drugs(t):
        st, atc = t
        return {"status": st, "atc": sorted(atc)}

    st, site, hist, bm = primary
    pr_st, pr_val = prognosis
    if isinstance(pr_val, tuple):               # ("kps", 80)
        prog = {"status": pr_st, pr_val[0]: pr_val[1]}
    else:
        prog = {"status": pr_st, "ecog": pr_val}
    g = {
        "id": id,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": st, "site": site, "histology": hist, "biomarkers": dict(bm)},
        "boneDiagnosis": {"status": bone_dx[0], "circumstances": list(bone_dx[1]), "dated": bone_dx[2]},
        "pain": {"status": pain[0], "types": list(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(set(meds[1]))},
        "priorLocalTreatments": {"status": local[0], "types": list(local[1])},
        "boneTargetedTherapy": drugs(btt),
        "anticoagulation": drugs(anticoag),
        "antiplatelets": drugs(antiplat),
        "prognosis": prog,
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }
    g["gaps"] = derive_gaps(g)
    return g


def check(g: dict, atc_table: dict) -> None:
    where = g["id"]

    def fail(msg):
        raise SystemExit(f"{where}: {msg}")

    for item, allowed in STATUSES.items():
        if g[item]["status"] not in allowed:
            fail(f"{item} status {g[item]['status']!r} not allowed")
    if g["patient"]["sex"] not in ("F", "M") or not isinstance(g["patient"]["age"], int):
        fail("patient")
    p = g["primaryTumor"]
    if p["site"] is not None and p["site"] not in SITES:
        fail(f"site {p['site']}")
    if p["histology"] is not None and p["histology"] not in HISTOLOGIES:
        fail(f"histology {p['histology']}")
    for k, v in p["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIOMARKER_RESULTS:
            fail(f"biomarker {k}={v}")
    b = g["boneDiagnosis"]
    if not set(b["circumstances"]) <= CIRCUMSTANCES:
        fail("circumstance")
    if b["status"] == "present" and not b["circumstances"]:
        fail("boneDiagnosis present needs a circumstance")
    if b["status"] == "unknown" and (b["circumstances"] or b["dated"]):
        fail("boneDiagnosis unknown with content")
    pa = g["pain"]
    if not set(pa["types"]) <= PAIN_TYPES:
        fail("pain type")
    if pa["intensity"] is not None and not (0 <= pa["intensity"] <= 10):
        fail("pain intensity")
    if pa["status"] in ("absent", "unknown") and (pa["types"] or pa["intensity"] is not None):
        fail("pain content without pain")
    if not set(g["priorLocalTreatments"]["types"]) <= LOCAL_TYPES:
        fail("local type")
    meds = set(g["currentMedications"]["atc"])
    for code in meds:
        if code not in atc_table:
            fail(f"ATC {code} not in atc-reference.tsv")
    if g["currentMedications"]["status"] != "present" and meds:
        fail("medications listed while not present")
    prefixes = {
        "boneTargetedTherapy": ("M05BA", "M05BX04"),
        "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
        "antiplatelets": ("B01AC",),
    }
    for item, pref in prefixes.items():
        sec = g[item]
        for code in sec["atc"]:
            if code not in atc_table:
                fail(f"{item} ATC {code} not in table")
            if not code.startswith(pref):
                fail(f"{item} ATC {code} wrong group")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            fail(f"{item} agents while {sec['status']}")
        # affirmed agents (present / conflicting) are taken now; doubtful ones are not
        if sec["status"] in ("present", "conflicting") and not set(sec["atc"]) <= meds:
            fail(f"{item} agents missing from currentMedications")
        if sec["status"] == "uncertain" and set(sec["atc"]) & meds:
            fail(f"{item} doubtful agent listed as current")
    for code in meds:
        for item, pref in prefixes.items():
            if code.startswith(pref) and code not in g[item]["atc"]:
                fail(f"{code} in currentMedications but not in {item}")
    pr = g["prognosis"]
    if "ecog" in pr and pr["ecog"] is not None and pr["ecog"] not in range(6):
        fail("ecog")
    if "kps" in pr and not (0 <= pr["kps"] <= 100):
        fail("kps")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or "kps" in pr):
        fail("prognosis unknown with value")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail("intent")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        fail("intent without project")


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
# Markup inside the letter strings (DOCX / PDF only):
#   "## text"        -> heading (bold)
#   "|a|b|" rows     -> table (DOCX); consecutive rows form one table
#   ""               -> empty paragraph / line

def write_txt(path: Path, text: str) -> None:
    path.write_text(text.strip("\n") + "\n", encoding="utf-8")


def write_docx(path: Path, text: str) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    doc.core_properties.author = "Secrétariat médical"
    doc.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    doc.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    doc.core_properties.last_modified_by = "Secrétariat médical"
    rows: list[list[str]] = []

    def flush_table():
        if not rows:
            return
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, cell in enumerate(r):
                table.cell(i, j).text = cell
                if i == 0:
                    for run in table.cell(i, j).paragraphs[0].runs:
                        run.bold = True
        rows.clear()

    for line in text.strip("\n").split("\n"):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if line.startswith("## "):
            par = doc.add_paragraph()
            run = par.add_run(line[3:])
            run.bold = True
        else:
            doc.add_paragraph(line)
    flush_table()
    doc.save(path)
    _freeze_zip(path)


def _freeze_zip(path: Path) -> None:
    """Rewrite a DOCX with fixed member timestamps so that reruns are byte-identical."""
    import zipfile

    with zipfile.ZipFile(path) as zin:
        members = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in members:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 29, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_pdf(path: Path, text: str) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_author("Secrétariat médical")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    for line in text.strip("\n").split("\n"):
        if line.startswith("## "):
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(0, 5.5, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line.strip() == "":
            pdf.ln(3)
        else:
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


WRITERS = {"txt": write_txt, "docx": write_docx, "pdf": write_pdf}

# ---------------------------------------------------------------------------
# The letters
# ---------------------------------------------------------------------------
CASES: list[dict] = []


def case(id, fmt, text, **g):
    CASES.append({"id": id, "fmt": fmt, "text": text, "gold": g})


# ============================ s01 ==========================================
# Long consultation report, breast, drug list split habitual / introduced today,
# Kardégic intolerance + Plavix, planned Xgeva, breast RT not a bone treatment.
S01 = """
CENTRE HOSPITALIER DE SAINT-AMAND-DES-ROCHES
Département d'Oncologie Médicale – Unité de Sénologie
Dr Claire MORNET, praticien hospitalier
Secrétariat : 02 47 81 00 00

Saint-Amand-des-Roches, le 18 novembre 2026

À l'attention de la RCP Métastases osseuses (coordination : Dr Bastide)
Copie : Dr Ferrand, médecin traitant ; Dr Olivès, cardiologue

COMPTE RENDU DE CONSULTATION D'ONCOLOGIE

Patiente : Mme VASSEUR-LEBRUN Hélène
Née le 14/03/1961
N° de dossier : 26-118-443

Motif : prise en charge d'une rechute osseuse d'un cancer du sein gauche ; demande d'avis RCP.

ANTÉCÉDENTS MÉDICAUX
- Hypertension artérielle depuis 2010.
- Fibrillation atriale paroxystique découverte en 2023 (CHA2DS2-VASc à 3), anticoagulée au long cours.
- Cardiopathie ischémique : angioplastie de l'IVA avec stent actif en février 2025.
- Ulcère bulbaire en mars 2025, sous double antiagrégation à l'époque.
- Hypothyroïdie d'Hashimoto substituée.
- Dyslipidémie.

ANTÉCÉDENTS CHIRURGICAUX
- Cholécystectomie sous cœlioscopie (1998).
- Tumorectomie du sein gauche et ganglion sentinelle (mai 2019), suivies d'une radiothérapie mammaire gauche (50 Gy + complément de 16 Gy sur le lit tumoral), terminée en septembre 2019.
- Prothèse totale de genou droit (2021).

ANTÉCÉDENTS FAMILIAUX
- Mère : cancer du sein à 72 ans.
- Sœur : cancer de l'ovaire à 58 ans. Recherche de mutation BRCA1/2 chez la patiente en 2019 : négative.
- Père : décédé à 80 ans d'un infarctus ; il était sous anticoagulant pour une valve mécanique.

MODE DE VIE
Retraitée (secrétaire médicale). Mariée, vit avec son époux dans une maison de plain-pied.
Autonome pour les actes de la vie quotidienne. Ancienne fumeuse (15 paquets-années, sevrée en 2005).
Pas de consommation d'alcool. Marchait 30 minutes par jour jusqu'en septembre.

ALLERGIES – INTOLÉRANCES
- Allergie à la pénicilline (urticaire géante en 1990).
- Intolérance au Kardégic (épigastralgies puis ulcère bulbaire en 2025) : remplacé par le clopidogrel par son cardiologue.
- Intolérance au tramadol (vomissements).

TRAITEMENT HABITUEL
- Xarelto 15 mg : 1 cp le soir
- Plavix 75 mg : 1 cp le matin (à poursuivre jusqu'en février 2027 selon le cardiologue)
- Cardensiel 2,5 mg : 1 cp le matin
- Triatec 5 mg : 1 cp le matin
- Levothyrox 75 µg : 1 cp à jeun
- Tahor 40 mg : 1 cp le soir
- Inexium 20 mg : 1 cp le matin
- Doliprane 1 g : 1 cp jusqu'à 3 fois par jour

HISTOIRE DE LA MALADIE
Carcinome canalaire infiltrant (type non spécifique) du sein gauche diagnostiqué en avril 2019, pT1c pN0 (0/2), grade SBR 2, RE 90 %, RP 60 %, HER2 négatif (score 1+), Ki67 15 %.
Traitement conservateur puis radiothérapie comme indiqué ci-dessus ; hormonothérapie adjuvante par anastrozole de juillet 2019 à juillet 2024, arrêtée au terme des 5 ans.
Depuis le début du mois de septembre 2026, apparition de douleurs de la hanche droite, initialement à la marche et à l'appui prolongé, puis avec des réveils nocturnes depuis la fin octobre.
Radiographie du bassin demandée par le médecin traitant le 20/10/2026 : plage lytique du toit du cotyle droit.
IRM du bassin (28/10/2026) : lésion ostéolytique de 35 mm du toit du cotyle droit, rupture corticale interne débutante, sans fracture.
TEP-TDM au 18F-FDG (05/11/2026) : hyperfixations osseuses multiples (cotyle droit, L2, arcs postérieurs des 7e et 8e côtes droites, aileron sacré gauche), pas de lésion viscérale ni ganglionnaire.
Biopsie scanno-guidée du cotyle droit (07/11/2026) : localisation d'un carcinome d'origine mammaire, GATA3 positif, RE 80 %, RP 20 %, HER2 score 0.
Aucun traitement local (radiothérapie, chirurgie, cimentoplastie) n'a été réalisé sur les lésions osseuses à ce jour.

EXAMEN CLINIQUE
Poids 68 kg (stable), taille 163 cm, TA 132/78 mmHg, FC 72/min irrégulière, SpO2 97 %. Apyrétique.
Boiterie d'esquive à droite, marche possible sans aide technique sur une courte distance.
Douleur à la rotation interne de la hanche droite. Pas de douleur à la percussion des épineuses.
Examen neurologique normal, pas de déficit sensitivo-moteur.
Cicatrice de tumorectomie souple, pas de nodule palpable, aires ganglionnaires libres. Pas d'hépatomégalie.
Douleur cotée à 7/10 (EVA) lors de la consultation du médecin traitant le 20/10, à 5/10 ce jour sous paracétamol.
État général : OMS 1 (indice de Karnofsky 80 %).

BIOLOGIE (12/11/2026)
Hémoglobine 12,8 g/dL ; leucocytes 6,9 G/L ; polynucléaires neutrophiles 4,2 G/L ; plaquettes 245 G/L.
Créatinine 78 µmol/L (DFG CKD-EPI 71 mL/min/1,73 m²).
Calcémie corrigée 2,42 mmol/L ; phosphatases alcalines 168 UI/L ; albumine 39 g/L.
ASAT, ALAT normales ; bilirubine totale 9 µmol/L.
CA 15-3 : 62 U/mL (N < 30) ; ACE 4,1 ng/mL.
TSH 1,9 mUI/L ; 25-OH vitamine D 18 ng/mL.

IMAGERIE
Cf. histoire de la maladie.
Avis orthopédique du Dr Renaudin (13/11/2026) : risque fracturaire modéré du toit du cotyle, pas d'indication chirurgicale urgente ; décharge partielle avec une canne.

CONCLUSION
Patiente de 65 ans, OMS 1, en rechute osseuse exclusive (5 sites) d'un carcinome canalaire du sein gauche RE+/RP+/HER2-, deux ans après la fin de l'hormonothérapie adjuvante, avec une lésion douloureuse du cotyle droit à risque fracturaire.
Une hormonothérapie de première ligne métastatique associant létrozole et ribociclib, à visée palliative, est débutée ce jour.
Un traitement par dénosumab (Xgeva 120 mg toutes les 4 semaines) est prévu après l'avis bucco-dentaire (consultation le 02/12/2026) et la correction de la carence en vitamine D.

TRAITEMENT INTRODUIT CE JOUR
- Létrozole 2,5 mg : 1 cp par jour
- Kisqali (ribociclib) 200 mg : 3 cp par jour, 21 jours sur 28 (ECG de ce jour : QTc 418 ms)
- Skenan LP 10 mg : 1 gélule matin et soir ; Actiskenan 5 mg : 1 gélule si douleur, jusqu'à 4 par jour
- Forlax 10 g : 1 sachet par jour
- Cacit vitamine D3 1000 mg/880 UI : 1 sachet par jour

QUESTIONS POSÉES À LA RCP
1. Indication d'une radiothérapie antalgique du cotyle droit et/ou d'une cimentoplastie (cotyloplastie) ?
2. Faut-il traiter localement les autres sites (L2, sacrum), asymptomatiques ?
3. En cas de geste percutané : modalités d'arrêt du Xarelto et du Plavix (avis cardiologique à prévoir).

Je reste à votre disposition pour tout renseignement complémentaire.
Dr Claire MORNET
"""
case("s01", "txt", S01,
     sex="F", age=age_at(dt.date(1961, 3, 14), dt.date(2026, 11, 18)),
     primary=("present", "breast", "invasive_ductal_carcinoma",
              {"ER": "positive", "PR": "positive", "HER2": "negative"}),
     bone_dx=("present", ["pain"], True),
     pain=("present", ["mechanical", "nocturnal"], 5),
     meds=("present", ["B01AF01", "B01AC04", "C07AB07", "C09AA05", "H03AA01", "C10AA05",
                       "A02BC05", "N02BE01", "L02BG04", "L01EF02", "N02AA01", "A06AD15",
                       "A12AX"]),
     local=("absent", []),
     btt=("unknown", []),
     anticoag=("present", ["B01AF01"]),
     antiplat=("present", ["B01AC04"]),
     prognosis=("present", 1),
     project=("present", "palliative"))

# ============================ s02 ==========================================
# Long consultation report (DOCX, habitual drugs in a table), lung adenocarcinoma,
# bone disease found at initial staging, later cord compression (surgery + RT in
# progress), tinzaparin introduced today, old Xarelto stopped.
S02 = """
## HÔPITAL SAINT-GILDAS – KERBRAT
Service de Pneumologie et d'Oncologie Thoracique
Dr Yannick LE BIHAN

Kerbrat, le 9 novembre 2026

## Compte rendu de consultation – Demande d'avis RCP Métastases osseuses

Patient : M. QUÉMÉNEUR Bernard, 58 ans
Médecin traitant : Dr Guégan (Pleumeur-Kerbrat)

## Antécédents médicaux
• BPCO stade GOLD 2, sous Spiriva.
• Diabète de type 2 non insulino-requérant (HbA1c 7,1 %).
• Hypertension artérielle.
• Thrombose veineuse profonde fémorale gauche en 2019 (post-traumatique), traitée 6 mois par Xarelto, arrêté en 2020.

## Antécédents chirurgicaux
• Appendicectomie (1982).
• Laminectomie décompressive D7-D9 et ostéosynthèse postérieure D6-D10 le 14/10/2026 (Pr Castaing, neurochirurgie) pour une compression médullaire métastatique.

## Antécédents familiaux
• Père : cancer bronchique à 65 ans.
• Frère : diabète de type 2.

## Mode de vie
Ancien docker, en invalidité. Marié, deux enfants.
Tabagisme actif, 45 paquets-années, actuellement 5 cigarettes par jour. Alcool sevré depuis 2015.
Vit au 2e étage sans ascenseur.

## Allergies
• Allergie à la pénicilline (œdème de Quincke en 2004).
• Allergie aux produits de contraste iodés : prémédication obligatoire.
• Intolérance au Topalgic (confusion).

## Histoire de la maladie
En mars 2026, hémoptysies de faible abondance conduisant à un scanner thoracique : masse lobaire supérieure droite de 48 mm.
Le TEP-TDM de bilan initial (19/03/2026) montre, outre la masse et des adénopathies médiastinales, des hyperfixations osseuses de D8, de l'aile iliaque gauche et du sacrum, asymptomatiques à ce moment.
Biopsie bronchique (24/03/2026) : adénocarcinome pulmonaire, TTF1 positif.
Biologie moléculaire : EGFR non muté, réarrangement ALK négatif, ROS1 négatif, mutation KRAS G12C. PD-L1 exprimé par 60 % des cellules tumorales.
Stade IVB. Première ligne par carboplatine-pémétrexed-pembrolizumab à partir du 08/04/2026 (4 cycles), puis maintenance par pémétrexed-pembrolizumab depuis juillet 2026 ; 9e cycle le 03/11/2026.
Acide zolédronique 4 mg toutes les 4 semaines depuis avril 2026.
Le 10/10/2026, dorsalgies en ceinture et faiblesse des membres inférieurs : l'IRM médullaire en urgence montre une épidurite D8 avec compression médullaire.
Chirurgie de décompression et ostéosynthèse le 14/10/2026, puis radiothérapie post-opératoire D6-D10 (20 Gy en 5 fractions) débutée le 05/11/2026, en cours (3e séance ce jour).
Actuellement : douleur en ceinture à type de brûlures dans le territoire D8 (radiculalgie, DN4 à 6/10), et douleurs rachidiennes à la mobilisation.
EN à 6/10 avant la chirurgie, à 3/10 ce jour.

## Examen clinique
Poids 71 kg (−6 kg depuis mars). TA 138/84 mmHg. SpO2 94 % en air ambiant.
Cicatrice dorsale propre. Force musculaire cotée 4/5 aux membres inférieurs, en amélioration.
Marche avec un déambulateur. Sensibilité conservée, pas de trouble sphinctérien.
Mollet droit augmenté de volume et douloureux.
Performance status OMS 2.

## Biologie (06/11/2026)
Hb 10,9 g/dL ; plaquettes 189 G/L ; PNN 5,1 G/L.
Créatinine 92 µmol/L, DFG 74 mL/min.
Calcémie corrigée 2,38 mmol/L ; albumine 33 g/L ; PAL 212 UI/L.
Glycémie à jeun 8,4 mmol/L.

## Imagerie
Écho-doppler veineux des membres inférieurs (09/11/2026) : thrombose veineuse surale droite (veines fibulaires).
Scanner TAP d'évaluation (28/10/2026) : réponse partielle thoracique maintenue ; lésions osseuses stables en dehors de D8 ; pas de nouvelle lésion.

## Traitement habituel
| Médicament | Posologie |
| Pémétrexed 500 mg/m² + pembrolizumab 200 mg | J1 = J21 (9e cycle le 03/11/2026) |
| Acide zolédronique (Zometa) 4 mg IV | toutes les 4 semaines (dernière perfusion le 03/11/2026) |
| Dexaméthasone 4 mg | 1 cp par jour, en décroissance |
| Oxycontin LP 20 mg | 1 cp matin et soir |
| Oxynorm 5 mg | 1 gélule si douleur, jusqu'à 6 par jour |
| Lyrica 75 mg | 1 gélule matin et soir |
| Metformine 1000 mg | 1 cp matin et soir |
| Triatec 2,5 mg | 1 cp par jour |
| Inipomp 40 mg | 1 cp par jour |
| Spiriva Respimat | 2 inhalations par jour |
| Spéciafoldine 0,4 mg | 1 cp par jour |

## Traitement introduit ce jour
• Tinzaparine 14 000 UI anti-Xa en sous-cutané, 1 injection par jour (TVP surale droite), pour au moins 6 mois.
• Movicol : 1 sachet par jour.

## Conclusion
Patient de 58 ans, OMS 2, adénocarcinome pulmonaire KRAS G12C, PD-L1 60 %, métastatique osseux, en réponse partielle sous maintenance, opéré d'une compression médullaire D8 avec radiothérapie en cours, et TVP surale diagnostiquée ce jour.
Projet : poursuite de la maintenance pémétrexed-pembrolizumab à l'issue de la radiothérapie. Le sotorasib sera discuté en deuxième ligne en cas de progression.

## Questions à la RCP
• Radiothérapie stéréotaxique des lésions sacrée et iliaque gauche (asymptomatiques) ?
• Poursuite de l'acide zolédronique ou relais par dénosumab ?
• Précautions pour un éventuel geste sous HBPM à dose curative ?

Dr Yannick LE BIHAN
"""
case("s02", "docx", S02,
     sex="M", age=58,
     primary=("present", "lung", "adenocarcinoma",
              {"EGFR": "negative", "ALK": "negative", "ROS1": "negative",
               "KRAS": "positive", "PD-L1": "positive"}),
     bone_dx=("present", ["staging_imaging"], True),
     pain=("present", ["neuropathic", "mechanical"], 3),
     meds=("present", ["L01BA04", "L01FF02", "M05BA08", "H02AB02", "N02AA05", "N03AX16",
                       "A10BA02", "C09AA05", "A02BC02", "B01AB10", "A06AD65"]),
     local=("present", ["surgery", "radiotherapy"]),
     btt=("present", ["M05BA08"]),
     anticoag=("present", ["B01AB10"]),
     antiplat=("unknown", []),
     prognosis=("present", 2),
     project=("present", None))

# ============================ s03 ==========================================
# Long consultation report (PDF), prostate, incidental discovery, no pain,
# Prolia for osteoporosis, explicit "pas d'anticoagulant ni antiagrégant",
# prostatectomy + prostate-bed RT only, Karnofsky only.
S03 = """
## CLINIQUE DU VAL D'ARGENT – Oncologie et Radiothérapie
Dr Isabelle FONTANEL, oncologue médicale
8, allée des Tilleuls – Argentières-sur-Cher

Argentières-sur-Cher, le 23 octobre 2026

Objet : demande d'avis RCP Métastases osseuses
Patient : M. DARRAS-PELLETIER Lucien, né le 02/07/1949

Cher confrère,
Je vous adresse le compte rendu de la consultation de ce jour concernant M. Darras-Pelletier.

## ANTÉCÉDENTS MÉDICAUX
- Ostéoporose fracturaire : tassement vertébral L1 en 2020 après une chute, traité par corset pendant 3 mois.
- Insuffisance rénale chronique modérée (néphroangiosclérose).
- Glaucome chronique à angle ouvert.
- Hernie hiatale symptomatique.
- Colique néphrétique gauche en août 2026.

## ANTÉCÉDENTS CHIRURGICAUX
- Prostatectomie totale avec curage ganglionnaire en mars 2015 pour un adénocarcinome prostatique Gleason 7 (4+3), pT3a N0, marges saines.
- Radiothérapie de la loge prostatique (66 Gy) en 2018 pour une récidive biologique (PSA 0,45 ng/mL).
- Cataracte bilatérale opérée (2019 et 2020).

## ANTÉCÉDENTS FAMILIAUX
- Frère aîné : cancer de la prostate à 70 ans.
- Père : décédé d'un AVC à 76 ans.

## MODE DE VIE
Ancien agriculteur, veuf depuis 2022. Vit seul dans une maison de bourg ; aide ménagère deux fois par semaine, sa fille passe tous les jours.
Non-fumeur, alcool occasionnel. Se déplace avec une canne à l'extérieur.

## ALLERGIES ET INTOLÉRANCES
- Allergie au kétoprofène (Profénid) : œdème de la face.
- Intolérance à la morphine (hallucinations lors d'une hospitalisation en 2018).

## TRAITEMENT HABITUEL
- Prolia 60 mg : 1 injection sous-cutanée tous les 6 mois depuis 2021 (dernière en juin 2026), prescrit par son rhumatologue pour l'ostéoporose
- Orocal D3 : 1 cp matin et soir
- Inexium 40 mg : 1 cp le soir
- Amlor 5 mg : 1 cp le matin
- Xalatan collyre : 1 goutte le soir dans chaque œil
- Eligard 45 mg : 1 injection sous-cutanée tous les 6 mois (1re injection le 02/09/2026)
- Erleada (apalutamide) 60 mg : 4 cp par jour depuis le 15/09/2026
Pas de traitement anticoagulant ni antiagrégant plaquettaire.

## HISTOIRE DE LA MALADIE
Après la radiothérapie de rattrapage de 2018, le PSA est resté indétectable jusqu'en 2024, puis a remonté lentement (0,8 ng/mL en septembre 2025). Le patient ne s'est pas présenté au contrôle suivant.
En août 2026, le scanner abdomino-pelvien réalisé aux urgences pour une colique néphrétique gauche (18/08/2026) découvre de façon fortuite des lésions condensantes de l'aile iliaque droite, de l'ischion gauche et des corps vertébraux L3 et L4. PSA le 20/08/2026 : 34 ng/mL.
TEP-PSMA (29/08/2026) : 6 lésions osseuses (aile iliaque droite, ischion gauche, L3, L4, 9e côte gauche, sternum), sans atteinte ganglionnaire ni viscérale. Pas de biopsie osseuse compte tenu du contexte.
Une suppression androgénique par Eligard a été débutée le 02/09/2026, associée à l'apalutamide depuis le 15/09/2026. La recherche d'une mutation constitutionnelle de BRCA2 est en cours.
Sur le plan osseux, le patient est asymptomatique : aucune douleur, y compris nocturne, pas de limitation fonctionnelle nouvelle.

## EXAMEN CLINIQUE
Poids 74 kg, taille 170 cm. TA 145/80 mmHg. Pouls 68/min, régulier.
Pas de douleur à la palpation du rachis ni du bassin. Mobilité des hanches conservée.
Pas de déficit neurologique des membres inférieurs.
Bouffées de chaleur modérées. Pas d'éruption cutanée.
Indice de Karnofsky : 80 %.

## BIOLOGIE (20/10/2026)
PSA total : 12 ng/mL (34 ng/mL le 20/08/2026).
Testostérone : 0,15 ng/mL.
Hémoglobine 13,1 g/dL ; plaquettes 210 G/L.
Créatinine 135 µmol/L (DFG 43 mL/min/1,73 m²).
Calcémie corrigée 2,21 mmol/L ; phosphatases alcalines 142 UI/L.
25-OH vitamine D 32 ng/mL. TSH 2,4 mUI/L (surveillance sous apalutamide).

## IMAGERIE
Scanner du 18/08/2026 et TEP-PSMA du 29/08/2026 : cf. ci-dessus. Pas de lésion lytique à risque fracturaire ; murs postérieurs de L3 et L4 respectés.
Panoramique dentaire (10/10/2026) : pas de foyer infectieux.

## TRAITEMENT INTRODUIT CE JOUR
- Imovane 3,75 mg : 1 cp au coucher si besoin (insomnie)
- Programme d'activité physique adaptée

## CONCLUSION
Patient de 77 ans, Karnofsky 80 %, présentant une rechute osseuse oligométastatique (6 lésions) d'un adénocarcinome prostatique opéré en 2015, hormonosensible, en réponse biologique sous Eligard et apalutamide ; ce traitement est poursuivi.

## QUESTIONS POSÉES À LA RCP
1. Intérêt d'une radiothérapie stéréotaxique métastase-dirigée des 6 lésions ?
2. Faut-il remplacer le Prolia (dose ostéoporose) par le Xgeva à dose oncologique, la fonction rénale contre-indiquant l'acide zolédronique ?

Bien confraternellement,
Dr Isabelle FONTANEL
"""
case("s03", "pdf", S03,
     sex="M", age=age_at(dt.date(1949, 7, 2), dt.date(2026, 10, 23)),
     primary=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
     bone_dx=("present", ["incidental_imaging"], True),
     pain=("absent", [], None),
     meds=("present", ["M05BX04", "A12AX", "A02BC05", "L02AE02", "L02BB05", "N05CF01"]),
     local=("unknown", []),
     btt=("present", ["M05BX04"]),
     anticoag=("absent", []),
     antiplat=("absent", []),
     prognosis=("present", ("kps", 80)),
     project=("present", None))

# ============================ s04 ==========================================
# RCP slide exported as text: kidney without histology, fracture, AVK by class,
# pain without type, Xgeva ✓.
S04 = """
RCP MÉTASTASES OSSEUSES — séance du 26/11/2026
Dossier 3/8 — présenté par Dr Lanoë (urologie, Clinique du Parc-Verdier)

M. BENSALAH Ahmed — 63 ans — H

• Primitif : cancer du rein gauche, néphrectomie élargie en 2021
   → métastatique osseux + pulmonaire (nodules infracentimétriques) depuis 09/2026
• ATCD : HTA ; FA sous AVK (INR cible 2-3) ; SAOS appareillé ; ulcère gastrique 2010
• Circonstances : fracture pathologique de l'humérus D sur chute de sa hauteur (14/09/2026)
   → enclouage centromédullaire le 16/09/2026 (CHU)
   → RT post-op humérus D 20 Gy / 5 fr, terminée le 12/10/2026
• Douleur : lombaire ++, EN 6/10 malgré palier 2
• PS 1
• TTT :
   – cabozantinib 40 mg/j depuis le 05/10/2026
   – AVK
   – bisoprolol 5 mg
   – Doliprane 1 g x 4/j ; Topalgic LP 100 mg x 2/j
   – Xgeva 120 mg SC / 4 sem
• ✓ Xgeva depuis 10/2026 (bilan dentaire fait)
• Imagerie : IRM rachis (20/11/2026) → lyse du corps de L3 + pédicule G, mur postérieur respecté, pas d'épidurite ; SINS 9
• Bio : Hb 11,2 g/dL ; calcémie corrigée 2,35 mmol/L ; créat 101 µmol/L ; INR 2,6

Q RCP :
→ L3 : cimentoplastie vs RT stéréotaxique vs les deux ?
→ gestion de l'anticoagulation en cas de geste percutané ?

Projet : poursuite du cabozantinib — traitement palliatif
"""
case("s04", "txt", S04,
     sex="M", age=63,
     primary=("present", "kidney", None, {}),
     bone_dx=("present", ["pathological_fracture"], True),
     pain=("present", [], 6),
     meds=("present", ["L01EX07", "C07AB07", "N02BE01", "N02AX02", "M05BX04"]),
     local=("present", ["surgery", "radiotherapy"]),
     btt=("present", ["M05BX04"]),
     anticoag=("present", []),
     antiplat=("unknown", []),
     prognosis=("present", 1),
     project=("present", "palliative"))

# ============================ s05 ==========================================
# RCP slide: oligometastatic squamous lung, "aucun traitement au long cours",
# ✗ checklist, inflammatory pain, decided chemo-immunotherapy, curative intent.
S05 = """
═══ RCP OS — Fiche de présentation ═══
RCP du 03/12/2026 — Demandeur : Dr Hamon (pneumologie, CH de Lorval)

Mme PELTIER-ROUX Josiane — 54 ans

• Primitif : carcinome épidermoïde pulmonaire LIG, cT2b N1 M1b (lésion osseuse unique)
• PD-L1 (TPS) < 1 %
• ATCD : aucun — tabac sevré (30 PA)
• TTT : aucun traitement au long cours
   ✗ anticoagulant    ✗ antiagrégant    ✗ bisphosphonate / dénosumab
• Découverte osseuse : TEP-TDM de bilan initial du 02/11/2026 → hyperfixation isolée de l'aile iliaque D (SUVmax 9,4)
   → biopsie scanno-guidée (10/11/2026) : métastase de carcinome épidermoïde
• Douleur : fessière D, horaire inflammatoire (dérouillage matinal ~20 min), EN 3/10, pas d'antalgique
• ✗ jamais irradiée — aucun geste osseux
• ECOG 0 ; poids stable ; IMC 23
• Bio : calcémie 2,40 mmol/L ; créat 64 µmol/L ; Hb 13,5 g/dL

Projet validé en RCP thoracique (24/11/2026) :
→ chimio-immunothérapie carboplatine-paclitaxel-pembrolizumab, C1 prévue le 07/12/2026
→ intention curative (maladie oligométastatique) ; traitement local de consolidation à discuter

Q RCP :
→ SBRT de la lésion iliaque D ? dose / fractionnement ?
→ place d'une chirurgie ou d'une cimentoplastie ? (pas de risque fracturaire au scanner)
"""
case("s05", "txt", S05,
     sex="F", age=54,
     primary=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "negative"}),
     bone_dx=("present", ["staging_imaging"], True),
     pain=("present", ["inflammatory"], 3),
     meds=("absent", []),
     local=("absent", []),
     btt=("absent", []),
     anticoag=("absent", []),
     antiplat=("absent", []),
     prognosis=("present", 0),
     project=("present", "curative"))

# ============================ s06 ==========================================
# RCP slide (PDF): probable lung primary, pain + hypercalcaemia, Xarelto stopped,
# single Zometa infusion, ✓ drug list, no oncologic project yet.
S06 = """
## RCP Métastases osseuses – 19/11/2026 – Dossier n° 5
Adressé par : Dr Kessler, pneumologie, CH de Vallon-sur-Brèche

## M. FOUQUET-MAILLARD Gérard – 68 ans

• Circonstances : douleurs costales G depuis ~3 semaines + hypercalcémie à 3,1 mmol/L avec confusion → hospitalisé le 05/11/2026
• Scanner TAP (06/11) : masse LSG 42 mm, adénopathies médiastinales, lyse de l'arc postérieur de la 6e côte G, lyses de D11 et de l'aile iliaque D
• Biopsie costale (12/11) : adénocarcinome TTF1+, CK7+ → primitif pulmonaire probable
   → fibroscopie bronchique prévue ; biologie moléculaire (EGFR, ALK, ROS1) et PD-L1 en cours
• ATCD : tabagisme actif 50 PA ; AOMI (stent iliaque 2022) ; FA
• Anticoagulation : Xarelto 20 mg arrêté le 06/11 (hémoptysie), pas de relais
• Zometa 4 mg : 1 perfusion unique le 07/11 (hypercalcémie) → calcémie 2,45 mmol/L le 15/11
• TTT actuel :
   ✓ Kardégic 75 mg
   ✓ Skenan LP 30 mg x 2/j + Actiskenan 10 mg si besoin
   ✓ Laroxyl 10 gouttes le soir
   ✓ Tahor 80 mg ; Lasilix 40 mg
• Douleur : costale G, mécanique (à l'inspiration profonde, à la mobilisation), EN 7/10 à l'entrée → 3/10 sous morphine
• OMS 3
• Aucun traitement local osseux antérieur

## Q RCP :
→ RT antalgique costale G et D11 ?
→ risque fracturaire de l'aile iliaque D ?
→ traitement anti-résorptif au long cours : Xgeva ou Zometa ?

Projet oncologique : en attente de l'histologie définitive et de la biologie moléculaire
"""
case("s06", "pdf", S06,
     sex="M", age=68,
     primary=("uncertain", "lung", "adenocarcinoma",
              {"EGFR": "pending", "ALK": "pending", "ROS1": "pending", "PD-L1": "pending"}),
     bone_dx=("present", ["pain", "hypercalcemia"], True),
     pain=("present", ["mechanical"], 3),
     meds=("present", ["B01AC06", "N02AA01", "N06AA09", "C10AA05", "C03CA01"]),
     local=("absent", []),
     btt=("unknown", []),
     anticoag=("absent", []),
     antiplat=("present", ["B01AC06"]),
     prognosis=("present", 3),
     project=("unknown", None))

# ============================ s07 ==========================================
# GP letter (DOCX), nursing-home resident, all second-hand: hospital report,
# nurse, family. Préviscan uncertain, bisphosphonate by class, no dates.
S07 = """
## Docteur Martine LE GUILLOU
Médecine générale
Cabinet médical des Tilleuls – 4, place de l'Église – Plouzévet
Tél. 02 98 70 00 00

Plouzévet, le 16 novembre 2026

Aux médecins de la RCP Métastases osseuses
Centre hospitalier de Quimperlé-sur-Aven

Objet : Mme KERHERVÉ Yvonne, née le 22/01/1935, résidente de l'EHPAD « Les Hortensias »

Chers confrères,

Je me permets de vous adresser Mme Kerhervé, que je suis à l'EHPAD Les Hortensias où elle réside depuis 2023. Je n'ai pas l'ensemble de son dossier hospitalier et je vous transmets les informations telles que j'ai pu les recueillir.

D'après le compte rendu de l'hôpital qui m'a été transmis (consultation d'oncologie de 2019), elle présente un carcinome lobulaire infiltrant du sein droit, avec des récepteurs aux œstrogènes positifs et HER2 négatif, non opéré en raison de l'âge et traité depuis par hormonothérapie (létrozole).

Les métastases osseuses ont été découvertes lors d'une hospitalisation pour une hypercalcémie ; je n'ai malheureusement pas le compte rendu de ce séjour. Toujours d'après le courrier de l'hôpital, un traitement par bisphosphonate en perfusion a été mis en place, et elle se rend tous les trois mois en hôpital de jour pour cette perfusion.

Sur le plan douloureux, l'évaluation est difficile du fait de ses troubles cognitifs (maladie d'Alzheimer évoluée, MMS 12/30). Selon l'infirmière de l'EHPAD, elle semble parfois inconfortable lors des soins (Algoplus à 2/5), sans que l'on puisse affirmer une douleur ; elle ne se plaint pas spontanément. À réévaluer.

La famille rapporte qu'elle aurait eu « des rayons sur la hanche » à l'hôpital ; je n'en retrouve aucune trace dans les documents en ma possession.

Concernant l'anticoagulation : selon la fiche de liaison de l'EHPAD, elle serait sous Préviscan, mais l'infirmière n'en est pas certaine (il aurait pu être arrêté lors de la dernière hospitalisation). Je vérifie auprès de la pharmacie.

Son traitement actuel, d'après le plan de soins de l'EHPAD, est le suivant :
- Létrozole 2,5 mg : 1 cp par jour
- Kardégic 75 mg : 1 sachet par jour
- Doliprane 500 mg : 2 gélules 3 fois par jour
- Levothyrox 50 µg : 1 cp par jour
- Lasilix 20 mg : 1 cp le matin
- Forlax 10 g : 1 sachet par jour
- Ebixa 10 mg : 1 cp par jour
- Seresta 10 mg : 1/2 cp le soir

Elle se déplace en fauteuil roulant avec l'aide d'un soignant. Son espérance de vie me paraît de l'ordre de quelques mois.

Biologie récente (prise de sang à l'EHPAD le 09/11/2026) : calcémie corrigée 2,52 mmol/L, créatinine 98 µmol/L, hémoglobine 11,0 g/dL.

En accord avec sa fille, personne de confiance, nous souhaitons poursuivre le létrozole et privilégier son confort, sans chimiothérapie ni hospitalisation prolongée.

Mes questions : une radiothérapie antalgique ou un autre geste serait-il utile chez elle ? Le bisphosphonate doit-il être poursuivi ? Les déplacements sont difficiles (transport en ambulance couchée).

Je vous remercie de votre avis et vous prie de croire, chers confrères, en mes sentiments les meilleurs.

Dr Martine LE GUILLOU
"""
case("s07", "docx", S07,
     sex="F", age=age_at(dt.date(1935, 1, 22), dt.date(2026, 11, 16)),
     primary=("present", "breast", "invasive_lobular_carcinoma",
              {"ER": "positive", "HER2": "negative"}),
     bone_dx=("present", ["hypercalcemia"], False),
     pain=("uncertain", [], None),
     meds=("present", ["L02BG04", "B01AC06", "N02BE01", "H03AA01", "C03CA01", "A06AD15"]),
     local=("uncertain", ["radiotherapy"]),
     btt=("present", []),
     anticoag=("uncertain", ["B01AA12"]),
     antiplat=("present", ["B01AC06"]),
     prognosis=("present", None),
     project=("present", None))

# ============================ s08 ==========================================
# GP letter (TXT), patient at home with HAD, second-hand reports; supportive
# care only, zoledronic acid and aspirin stopped, anticoagulation never mentioned.
S08 = """
Dr Philippe AUBRAC
Médecin généraliste
12, rue des Tanneurs – Saint-Maixent-des-Vignes
Tél. 05 49 00 11 22
                                        Saint-Maixent-des-Vignes, le 3 novembre 2026

À l'équipe de la RCP Métastases osseuses
Centre hospitalier de Belleroche

Objet : M. CHASSAGNE René, 82 ans, à domicile (HAD Val-de-Sèvre)

Chères consœurs, chers confrères,

Je vous sollicite pour M. Chassagne, que je suis à domicile avec l'HAD depuis le mois d'octobre.

D'après le compte rendu de l'hôpital (Dr Sorel, oncologie, 15/09/2026) :
- adénocarcinome du côlon sigmoïde opéré en 2022 (pT3N1), KRAS muté, BRAF non muté ;
- métastases hépatiques et osseuses connues depuis mars 2026, découvertes sur le scanner de surveillance ;
- chimiothérapie par FOLFIRI-bevacizumab d'avril à septembre 2026, arrêtée pour mauvaise tolérance et progression ;
- décision de soins de support exclusifs, validée avec le patient et son épouse ;
- radiothérapie de la hanche gauche (col fémoral) en avril 2026 ;
- l'acide zolédronique a été arrêté en juin 2026 en raison d'une ostéonécrose de la mâchoire.

Depuis une quinzaine de jours, la douleur de la cuisse gauche a récidivé. La famille rapporte des réveils nocturnes presque toutes les nuits, et lui-même décrit des brûlures qui descendent le long de la cuisse. Selon l'infirmière de l'HAD, l'EN était à 8/10 la semaine dernière ; elle est à 5/10 ce matin depuis l'augmentation du Durogesic. Il ne se déplace plus qu'avec un déambulateur, du lit au fauteuil.

Traitement actuel :
Durogesic 50 µg/h, 1 patch tous les 3 jours (augmenté le 28/10)
Abstral 100 µg si accès douloureux
Neurontin 300 mg matin, midi et soir
Solupred 20 mg le matin
Movicol 1 sachet matin et soir
Mopral 20 mg le soir
Lasilix 40 mg le matin
L'aspirine (Kardégic 75) a été arrêtée en juin par l'oncologue à cause d'épistaxis répétées.

L'équipe de l'HAD estime son indice de Karnofsky à 40 %. Son espérance de vie me paraît de quelques semaines à quelques mois. Il est lucide et souhaite rester chez lui.

Dernier bilan (HAD, 30/10/2026) : calcémie corrigée 2,48 mmol/L, créatinine 110 µmol/L, hémoglobine 9,8 g/dL, plaquettes 156 G/L.

Ma question : une nouvelle irradiation antalgique de la hanche gauche est-elle possible, éventuellement en une seule séance, ou un autre geste (cimentoplastie ?) ? Le patient ne souhaite plus être hospitalisé.

Je vous remercie de votre aide.
Bien cordialement,

Dr P. Aubrac
"""
case("s08", "txt", S08,
     sex="M", age=82,
     primary=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
     bone_dx=("present", ["staging_imaging"], True),
     pain=("present", ["nocturnal", "neuropathic"], 5),
     meds=("present", ["N02AB03", "N03AX12", "H02AB06", "A06AD65", "A02BC01", "C03CA01"]),
     local=("present", ["radiotherapy"]),
     btt=("absent", []),
     anticoag=("unknown", []),
     antiplat=("absent", []),
     prognosis=("present", ("kps", 40)),
     project=("present", "supportive"))

# ============================ s09 ==========================================
# Urology letter (PDF), drugs in capitals (brands, DCI, combinations), drugs
# outside the ATC table, Calcidose vitamine D3 (A12AX by code).
S09 = """
## CLINIQUE SAINTE-BATHILDE — SERVICE D'UROLOGIE
Dr Fabrice HOUDART, urologue
Montclar-sur-Orne, le 12/11/2026

## DEMANDE D'AVIS — RCP MÉTASTASES OSSEUSES
Patient : M. MERCADIER Jean-Claude — 79 ans

## HISTOIRE
Adénocarcinome prostatique Gleason 8 (4+4), ISUP 4, diagnostiqué en 2022 (PSA 18 ng/mL), traité par radiothérapie prostatique et hormonothérapie pendant 2 ans.
Remontée du PSA fin 2024 → scintigraphie osseuse de janvier 2025 : métastases osseuses du bassin (branche ilio-pubienne D, sacrum) et de L5.
Radiothérapie antalgique de la branche ilio-pubienne droite (8 Gy en 1 fraction) en mars 2025.
Résistance à la castration depuis 06/2026 : PSA 12 ng/mL en juin 2026, 86 ng/mL le 02/11/2026.
Depuis un mois, douleur sacro-iliaque gauche à la marche, EN 5/10 sous DAFALGAN CODEINE. Pas de déficit neurologique.
TEP-PSMA (05/11/2026) : progression osseuse (sacro-iliaque G, col fémoral G avec lyse corticale de 2 cm, côtes).
ECOG 1. Vit avec son épouse, autonome.

## ANTÉCÉDENTS
Cardiopathie ischémique stentée (2019). FA permanente. HTA. Goutte.

## TRAITEMENT ACTUEL
TRIPTORELINE LP 22,5 MG : 1 INJECTION TOUS LES 6 MOIS
ENZALUTAMIDE 40 MG : 4 CP/J (DEPUIS 07/2026)
XGEVA 120 MG SC TOUTES LES 4 SEMAINES (DEPUIS 02/2025)
CALCIDOSE VITAMINE D3 : 1 SACHET/J
ELIQUIS 2,5 MG : 1 CP MATIN ET SOIR
KARDEGIC 75 MG : 1 SACHET/J
DAFALGAN CODEINE : 2 CP X 3/J
ESOMEPRAZOLE 20 MG : 1 CP/J
AMLODIPINE 5 MG : 1 CP/J
ALLOPURINOL 100 MG : 1 CP/J

## BIOLOGIE (02/11/2026)
PSA 86 ng/mL ; testostérone < 0,2 ng/mL ; Hb 11,9 g/dL ; créatinine 118 µmol/L (DFG 52 mL/min) ; calcémie corrigée 2,31 mmol/L ; PAL 310 UI/L.

## PROJET
Poursuite de l'ENZALUTAMIDE et de la TRIPTORELINE dans l'attente de l'avis RCP ; une chimiothérapie par DOCETAXEL ou un traitement par LUTETIUM-PSMA seront discutés en RCP d'uro-oncologie.

## QUESTIONS
1. Radiothérapie antalgique de la sacro-iliaque gauche ?
2. Lésion du col fémoral gauche : fixation prophylactique ?
3. Conduite à tenir pour ELIQUIS et KARDEGIC en cas de chirurgie ?

Dr F. HOUDART
"""
case("s09", "pdf", S09,
     sex="M", age=79,
     primary=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
     bone_dx=("present", ["staging_imaging"], True),
     pain=("present", ["mechanical"], 5),
     meds=("present", ["L02AE04", "L02BB04", "M05BX04", "A12AX", "B01AF02", "B01AC06",
                       "N02AJ06", "A02BC05"]),
     local=("present", ["radiotherapy"]),
     btt=("present", ["M05BX04"]),
     anticoag=("present", ["B01AF02"]),
     antiplat=("present", ["B01AC06"]),
     prognosis=("present", 1),
     project=("present", None))

# ============================ s10 ==========================================
# Oncology letter (DOCX), DCI in capitals, IXPRIM / LAMALINE / CACIT VITAMINE D3,
# warfarin for a mechanical valve, cementoplasty, pain without type or score.
S10 = """
## CENTRE D'ONCOLOGIE LES MIMOSAS – BRÉCOURT
Dr Nadia FERHAT – Oncologie médicale

Brécourt, le 20/11/2026

## Demande d'avis à la RCP Métastases osseuses

Mme LOISEAU Sandrine, née le 30/09/1972

## DIAGNOSTIC
Carcinome canalaire infiltrant du sein droit diagnostiqué en février 2020 (cT2N1), RE 90 %, RP 10 %, HER2 3+ (amplifié en FISH).
Traitement initial : chimiothérapie néoadjuvante (EC puis PACLITAXEL-TRASTUZUMAB), mastectomie avec curage axillaire, radiothérapie pariétale, TRASTUZUMAB adjuvant pendant 1 an, puis TAMOXIFENE de 2020 à 2025 (arrêté en juin 2025).

## RECHUTE
Lombalgies depuis environ 3 mois. IRM rachidienne du 25/09/2026 : métastases de L1 (tassement de 30 %, sans recul du mur postérieur), de L4 et du sacrum. Scanner TAP : pas d'atteinte viscérale.
Cimentoplastie de L1 le 06/10/2026 (Dr Grenier, radiologie interventionnelle), avec biopsie : même phénotype que la tumeur initiale.
Les lombalgies persistent, partiellement soulagées par IXPRIM.

## ANTÉCÉDENTS
Remplacement valvulaire aortique mécanique en 2015 (bicuspidie). Épisode dépressif en 2021.

## TRAITEMENT EN COURS
TRASTUZUMAB 600 MG SC J1 = J21
PERTUZUMAB 420 MG IV J1 = J21
DOCETAXEL 75 MG/M² IV J1 = J21 (C1 LE 20/10/2026, C2 LE 10/11/2026)
ACIDE ZOLEDRONIQUE 4 MG IV TOUTES LES 4 SEMAINES (DEPUIS LE 20/10/2026)
IXPRIM 37,5 MG/325 MG : 1 CP 3 FOIS PAR JOUR
LAMALINE : 1 GÉLULE SI BESOIN, MAXIMUM 6 PAR JOUR
CACIT VITAMINE D3 1000 MG/880 UI : 1 SACHET PAR JOUR
COUMADINE 5 MG : SELON INR (CIBLE 2,5 À 3,5)
PANTOPRAZOLE 40 MG : 1 CP PAR JOUR
ESCITALOPRAM 10 MG : 1 CP PAR JOUR
FILGRASTIM (ZARZIO) : J5 À J9 DE CHAQUE CURE
ONDANSETRON 8 MG : J1 À J3 DE CHAQUE CURE

## EXAMEN
PS OMS 1. Poids 61 kg. Pas de déficit neurologique. Souffle valvulaire mécanique normal.
INR du 18/11/2026 : 2,9. Plaquettes 232 G/L. Calcémie corrigée 2,33 mmol/L.

## PROJET
Première ligne métastatique par DOCETAXEL-TRASTUZUMAB-PERTUZUMAB, à visée palliative, puis entretien par TRASTUZUMAB-PERTUZUMAB associé à une hormonothérapie.

## QUESTIONS À LA RCP
1. Radiothérapie de consolidation de L4 et du sacrum ?
2. En cas de nouveau geste : fenêtre thérapeutique de la COUMADINE et relais par HEPARINE (valve mécanique) ?

Dr N. FERHAT
"""
case("s10", "docx", S10,
     sex="F", age=age_at(dt.date(1972, 9, 30), dt.date(2026, 11, 20)),
     primary=("present", "breast", "invasive_ductal_carcinoma",
              {"ER": "positive", "PR": "positive", "HER2": "positive"}),
     bone_dx=("present", ["pain"], True),
     pain=("present", [], None),
     meds=("present", ["L01FD01", "L01FD02", "L01CD02", "M05BA08", "N02AX02", "A12AX",
                       "B01AA03", "A02BC02"]),
     local=("present", ["cementoplasty"]),
     btt=("present", ["M05BA08"]),
     anticoag=("present", ["B01AA03"]),
     antiplat=("unknown", []),
     prognosis=("present", 1),
     project=("present", "palliative"))

# ============================ s11 ==========================================
# Self-contradiction on anticoagulation ("pas d'anticoagulant" vs Lixiana),
# Plavix with doubt, pain never mentioned, thyroid follicular carcinoma.
S11 = """
CHU DE ROCHEVAL
Service d'Endocrinologie et de Médecine nucléaire
Dr Arnaud PRIVAT

Rocheval, le 6 novembre 2026

Objet : Mme GRANDCLÉMENT Odile, 74 ans — demande d'avis RCP Métastases osseuses

Chère consœur, cher confrère,

Je vous adresse Mme Grandclément, 74 ans, suivie pour un carcinome vésiculaire de la thyroïde.

Antécédents :
- HTA
- Cholécystectomie (2001)
- Angioplastie coronaire avec stent (2023)
- Pas d'antécédent thrombo-embolique, pas d'anticoagulant.

Histoire oncologique :
Thyroïdectomie totale en janvier 2023 pour un carcinome vésiculaire (folliculaire) largement invasif de 45 mm, avec emboles vasculaires. Deux administrations d'iode 131 (2023 et juin 2024).
La scintigraphie post-thérapeutique de juin 2024 a montré des fixations osseuses du sacrum et du fémur droit, révélant l'atteinte osseuse ; thyroglobuline à 850 ng/mL.
Radiothérapie externe du sacrum (30 Gy en 10 fractions) en septembre 2024.
Maladie devenue réfractaire à l'iode, avec progression osseuse en 2025 : lenvatinib (Lenvima) depuis avril 2025, bien toléré à 14 mg/j.

Traitement actuel :
- Lenvima 14 mg/j
- Levothyrox 125 µg/j
- Lixiana 60 mg/j
- Triatec 10 mg/j
- Amlor 10 mg/j
- Plavix ? (la patiente ne se souvient plus s'il a été arrêté par son cardiologue ; à vérifier)
Aucun traitement anti-résorptif osseux à ce jour.

ECOG 2 (asthénie, périmètre de marche de 200 m).

Scanner du 22/10/2026 : lésion lytique du col fémoral droit de 28 mm, lyse corticale > 50 %, score de Mirels à 9 ; lésion sacrée stable ; pas de nouvelle lésion. Thyroglobuline 1 240 ng/mL.

Projet : poursuite du lenvatinib.

Questions à la RCP :
1. Fixation prophylactique du col fémoral droit, suivie d'une radiothérapie ?
2. Introduction d'un traitement anti-résorptif (dénosumab ?) après avis dentaire ?
3. Modalités d'arrêt de l'anticoagulant avant la chirurgie ?

Confraternellement,
Dr A. Privat
"""
case("s11", "txt", S11,
     sex="F", age=74,
     primary=("present", "thyroid", "other", {}),
     bone_dx=("present", ["staging_imaging"], True),
     pain=("unknown", [], None),
     meds=("present", ["L01EX08", "H03AA01", "B01AF03", "C09AA05"]),
     local=("present", ["radiotherapy"]),
     btt=("absent", []),
     anticoag=("conflicting", ["B01AF03"]),
     antiplat=("uncertain", ["B01AC04"]),
     prognosis=("present", 2),
     project=("present", None))

# ============================ s12 ==========================================
# Self-contradiction on prior irradiation ("Jamais irradié" vs L3 irradiated),
# generic apixaban, Prolia with doubt, no PS, nothing on how/when bone disease was found.
S12 = """
## CLINIQUE MUTUALISTE DE LA VÉNERIE – Oncologie médicale
Dr Sophie MARCHAL-DUVAL

Le 24 novembre 2026

Objet : demande de présentation en RCP Métastases osseuses
Patient : M. ROUSSELOT Thierry, né le 15/12/1959

Cher confrère,

Je souhaite présenter en RCP M. Rousselot, suivi pour un carcinome urothélial de vessie métastatique.

## Antécédents
• Diabète de type 2.
• Embolie pulmonaire en juillet 2026, sous apixaban.
• Tabagisme sevré (40 PA).
• Jamais irradié.

## Histoire
Cystectomie totale avec urétérostomie cutanée transiléale (Bricker) en mai 2024 pour un carcinome urothélial infiltrant pT3b N1.
Il présente des métastases osseuses (L3, bassin, arcs costaux) et ganglionnaires rétropéritonéales, traitées en première ligne par enfortumab védotine et pembrolizumab (6e cycle le 17/11/2026), avec une réponse partielle ganglionnaire.
La lésion de L3 a déjà été irradiée (20 Gy en 5 fractions).
Sur le plan douloureux : douleur lombaire basse d'horaire mécanique, sans composante neuropathique ni réveils nocturnes, EN 2/10 sous oxycodone.
Le dernier scanner montre une nouvelle lésion lytique du toit du cotyle gauche de 30 mm, encore peu symptomatique.

## Traitement actuel
• enfortumab védotine 1,25 mg/kg J1 et J8 + pembrolizumab 200 mg J1, cycles de 21 jours
• apixaban 5 mg matin et soir
• oxycodone LP 10 mg matin et soir ; oxycodone 5 mg si besoin
• paracétamol 1 g 3 fois par jour
• prégabaline 50 mg matin et soir (neuropathie périphérique)
• metformine 850 mg matin et soir
• macrogol 1 sachet par jour
Il aurait reçu du Prolia pour une ostéoporose, prescrit par son rhumatologue ; à vérifier.

## Projet
Poursuite de l'association enfortumab védotine-pembrolizumab, dans un objectif palliatif.

## Questions
• Cotyle gauche : radiothérapie ? cimentoplastie ?
• La lésion de L3 est-elle ré-irradiable en cas de progression ?
• Faut-il suspendre l'apixaban en cas de geste ?

Bien confraternellement,
Dr S. Marchal-Duval
"""
case("s12", "docx", S12,
     sex="M", age=age_at(dt.date(1959, 12, 15), dt.date(2026, 11, 24)),
     primary=("present", "bladder", "other", {}),
     bone_dx=("unknown", [], False),
     pain=("present", ["mechanical"], 2),
     meds=("present", ["L01FF02", "B01AF02", "N02AA05", "N02BE01", "N03AX16", "A10BA02",
                       "A06AD15"]),
     local=("conflicting", ["radiotherapy"]),
     btt=("uncertain", ["M05BX04"]),
     anticoag=("present", ["B01AF02"]),
     antiplat=("unknown", []),
     prognosis=("unknown", None),
     project=("present", "palliative"))


# ---------------------------------------------------------------------------
def main() -> None:
    atc_table = load_atc()
    for d in (LETTERS, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    seen = set()
    for c in CASES:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        g = gold(c["id"], **c["gold"])
        check(g, atc_table)
        WRITERS[c["fmt"]](LETTERS / f"{c['id']}.{c['fmt']}", c["text"])
        (GOLD / f"{c['id']}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} letters to {LETTERS} and gold to {GOLD}")


if __name__ == "__main__":
    main()
