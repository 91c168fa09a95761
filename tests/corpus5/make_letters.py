"""Held-out corpus 5 for rcp-intake: 14 referral letters and their gold records.

Run from the repository root:

    .venv/bin/python tests/corpus5/make_letters.py

It (re)writes tests/corpus5/letters/ and tests/corpus5/gold/.  All patients,
physicians and places are fictitious.  Gold records follow the
"Evaluation record" format of shared/spec/rcp-request.md; gaps are derived
from statuses and values by the spec's Gaps rule (``derive_gaps``), never
written by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "letters"
GOLD = HERE / "gold"
SPEC_DIR = HERE.parents[2] / "shared" / "spec"
if not SPEC_DIR.is_dir():  # repository at /work/main, shared/ at /work/shared
    SPEC_DIR = Path("/work/shared/spec")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = FONT_DIR / "DejaVuSans.ttf"
SANS_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
MONO = FONT_DIR / "DejaVuSansMono.ttf"

# --------------------------------------------------------------------------
# Contract code lists (shared/spec/rcp-request.md)
# --------------------------------------------------------------------------
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


def load_atc() -> dict[str, str]:
    table = {}
    lines = (SPEC_DIR / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if line.strip():
            cols = line.split("\t")
            table[cols[0]] = cols[1]
    return table


ATC = load_atc()


def is_anticoagulant(code: str) -> bool:
    return code.startswith(("B01AA", "B01AB", "B01AE", "B01AF")) or code == "B01AX05"


def is_antiplatelet(code: str) -> bool:
    return code.startswith("B01AC")


def is_bone_agent(code: str) -> bool:
    return code.startswith("M05BA") or code == "M05BX04"


# --------------------------------------------------------------------------
# Gaps rule
# --------------------------------------------------------------------------
def derive_gaps(rec: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to a gold record (without gaps)."""
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in GAP_ITEMS:
        sec = rec[item]
        status = sec["status"]
        if status in kind_of:
            gaps.append([item, kind_of[status]])
            continue
        if status != "present":
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


# --------------------------------------------------------------------------
# Gold builder
# --------------------------------------------------------------------------
def age_at(birth: str, letter_date: str) -> int:
    b = dt.datetime.strptime(birth, "%d/%m/%Y").date()
    d = dt.datetime.strptime(letter_date, "%d/%m/%Y").date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def gold(id_, *, sex, age, tumor, bone, pain, meds, local, bta, ac, ap, prog, project):
    """Build a gold record.  Short positional tuples keep the table below readable:

    tumor   = (status, site, histology, {biomarker: result})
    bone    = (status, [circumstances], dated)
    pain    = (status, [types], intensity)
    meds    = (status, [atc])
    local   = (status, [types])
    bta/ac/ap = (status, [atc])
    prog    = (status, ecog) or (status, None, kps)
    project = (status, intent)
    """
    rec = {
        "id": id_,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": tumor[0], "site": tumor[1], "histology": tumor[2],
                         "biomarkers": dict(tumor[3])},
        "boneDiagnosis": {"status": bone[0], "circumstances": list(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": bta[0], "atc": sorted(bta[1])},
        "anticoagulation": {"status": ac[0], "atc": sorted(ac[1])},
        "antiplatelets": {"status": ap[0], "atc": sorted(ap[1])},
    }
    if len(prog) == 3:
        rec["prognosis"] = {"status": prog[0], "kps": prog[2]}
    else:
        rec["prognosis"] = {"status": prog[0], "ecog": prog[1]}
    rec["therapeuticProject"] = {"status": project[0], "intent": project[1]}
    check(rec)
    rec["gaps"] = derive_gaps(rec)
    return rec


def check(rec: dict) -> None:
    """Refuse a gold record that breaks the contract's code lists or its own logic."""
    rid = rec["id"]
    for item, allowed in STATUSES.items():
        assert rec[item]["status"] in allowed, (rid, item, rec[item]["status"])
    assert rec["patient"]["sex"] in {"F", "M"}
    pt = rec["primaryTumor"]
    assert pt["site"] is None or pt["site"] in SITES, rid
    assert pt["histology"] is None or pt["histology"] in HISTOLOGIES, rid
    for k, v in pt["biomarkers"].items():
        assert k in BIOMARKERS and v in BIO_RESULTS, (rid, k, v)
    assert set(rec["boneDiagnosis"]["circumstances"]) <= CIRCUMSTANCES, rid
    assert set(rec["pain"]["types"]) <= PAIN_TYPES, rid
    if rec["pain"]["status"] != "present":
        assert not rec["pain"]["types"] and rec["pain"]["intensity"] is None, rid
    assert set(rec["priorLocalTreatments"]["types"]) <= LOCAL_TYPES, rid
    if rec["priorLocalTreatments"]["status"] in {"absent", "unknown"}:
        assert not rec["priorLocalTreatments"]["types"], rid
    assert rec["therapeuticProject"]["intent"] in INTENTS | {None}, rid
    meds = set(rec["currentMedications"]["atc"])
    assert meds <= set(ATC), (rid, meds - set(ATC))
    for sec, pred in (("anticoagulation", is_anticoagulant), ("antiplatelets", is_antiplatelet),
                      ("boneTargetedTherapy", is_bone_agent)):
        codes = set(rec[sec]["atc"])
        assert codes <= set(ATC), (rid, sec)
        assert all(pred(c) for c in codes), (rid, sec, codes)
        st = rec[sec]["status"]
        if st in {"present", "conflicting"}:
            assert codes <= meds, (rid, sec, "agent taken now must be in currentMedications")
        if st in {"absent", "unknown"}:
            assert not codes, (rid, sec)
        if st == "uncertain":
            assert not codes & meds, (rid, sec, "doubtful drug kept out of currentMedications")
        # every current drug of the group must be reflected in the section
        group = {c for c in meds if pred(c)}
        if group:
            assert st in {"present", "conflicting"} and group <= codes, (rid, sec, group)


# --------------------------------------------------------------------------
# Letters
# --------------------------------------------------------------------------
# Each entry: format, content, gold.  Formats:
#   fax   : image-only PDF, content = list of pages (str), fax header data
#   txt   : UTF-8 text
#   tpdf  : text PDF (fpdf2)
#   docx  : list of blocks ("h", text) | ("p", text) | ("table", [rows])
CORPUS: dict[str, dict] = {}

# ---------------------------------------------------------------- q01 fax
CORPUS["q01"] = dict(
    format="fax",
    fax=dict(number="02 41 55 18 20", when="12/05/2025 14:32", angle=0.8, seed=101),
    pages=["""\
CENTRE HOSPITALIER DE VALLON-SUR-LOIRE
Service de Pneumologie - Dr Hélène MARCHAND
Secrétariat : 02 41 55 18 10

                                          Vallon, le 12 mai 2025

À l'attention du Dr Roussel
Coordonnateur RCP métastases osseuses - CHU

Objet : demande d'avis RCP métastases osseuses
Patient : M. GUILLOU Bernard, né le 14/09/1960

Cher confrère,

Je vous adresse M. Guillou pour un adénocarcinome pulmonaire du lobe
inférieur droit de stade IV diagnostiqué en février 2025, muté EGFR
(délétion de l'exon 19), ALK négatif, PD-L1 < 1 %.

Les lésions osseuses ont été révélées par des lombalgies apparues début
février 2025. Le scanner et l'IRM ont montré une lyse du corps de L3 avec
atteinte du mur postérieur, sans compression neurologique, ainsi que des
lésions iliaques et costales.

Il a reçu une radiothérapie antalgique de L3 (20 Gy en 5 fractions),
terminée le 21/03/2025.
Traitement actuel : osimertinib (Tagrisso) 80 mg/j depuis le 03/03/2025,
bien toléré. Embolie pulmonaire segmentaire en janvier 2025 : il est sous
apixaban 5 mg matin et soir. Dénosumab (Xgeva) 120 mg SC toutes les
4 semaines depuis le 10/03/2025, avec Cacit D3 1 sachet/j. Inexium 20 mg/j.

Il persiste des douleurs lombaires à la marche et en station debout
prolongée, EN 5/10, sans irradiation radiculaire, soulagées en partie par
paracétamol 1 g x 3/j et tramadol LP 100 mg x 2/j.
État général conservé, ECOG 1.

Le scanner de réévaluation d'avril montre une réponse pulmonaire partielle
mais un tassement de L3 de 30 % avec majoration du recul du mur postérieur.

Projet : poursuite de l'osimertinib, prise en charge à visée palliative.
Questions : indication d'une cimentoplastie ou d'une fixation de L3 ?
Faut-il interrompre l'apixaban en cas de geste ?

Bien confraternellement,
Dr H. Marchand
"""],
    gold=dict(
        sex="M", age=age_at("14/09/1960", "12/05/2025"),
        tumor=("present", "lung", "adenocarcinoma",
               {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
        bone=("present", ["pain"], True),
        pain=("present", ["mechanical"], 5),
        meds=("present", ["L01EB04", "B01AF02", "M05BX04", "A12AX", "A02BC05",
                          "N02BE01", "N02AX02"]),
        local=("present", ["radiotherapy"]),
        bta=("present", ["M05BX04"]),
        ac=("present", ["B01AF02"]),
        ap=("unknown", []),
        prog=("present", 1),
        project=("present", "palliative"),
    ),
)

# ---------------------------------------------------------------- q02 fax, 2 pages
CORPUS["q02"] = dict(
    format="fax",
    fax=dict(number="02 98 44 61 07", when="07/05/2025 09:15", angle=-1.2, seed=202),
    pages=["""\
CLINIQUE UROLOGIQUE DU LÉON
Dr Yann KERBRAT - Urologue
12 rue des Tamaris - 29870 Plouzenec

                                          Plouzenec, le 7 mai 2025

Au Dr Roussel - RCP métastases osseuses

Concerne : M. LE GALL Joseph, 78 ans

Cher ami,

Je te confie M. Le Gall pour avis sur la prise en charge de ses
métastases osseuses.

Histoire oncologique :
- Adénocarcinome prostatique diagnostiqué en novembre 2023 (biopsies :
  score de Gleason 8 (4+4), ISUP 4), PSA initial 96 ng/mL.
- La scintigraphie osseuse et le TEP-PSMA du bilan d'extension initial
  (novembre 2023) ont montré des métastases osseuses multiples : rachis
  dorso-lombaire, bassin, col fémoral droit.
- Décapeptyl 11,25 mg tous les 3 mois depuis décembre 2023, associé à
  l'enzalutamide (Xtandi) 160 mg/j depuis janvier 2024.
- Radiothérapie prostatique (74 Gy) en 2024 pour contrôle local.
- Cimentoplastie de L1 en juin 2024 pour un tassement douloureux.
- Acide zolédronique 4 mg toutes les 12 semaines de janvier 2024 à
  février 2025, arrêté devant une ostéonécrose de la mandibule.

Situation actuelle :
PSA remonté à 14,2 ng/mL en avril 2025 (nadir 1,1 ng/mL en 2024).
Depuis 6 semaines, douleurs de la hanche droite avec réveils nocturnes,
EVA 7/10 malgré la morphine.
Le scanner du 28/04/2025 montre une lyse du col fémoral droit atteignant
la corticale médiale (score de Mirels à 9).

(suite page 2)
""", """\
M. LE GALL Joseph - page 2/2

Antécédents : remplacement valvulaire aortique mécanique (2015), HTA,
angioplastie coronaire avec stent (2019).

Traitement en cours :
- Coumadine 5 mg : 1 cp le soir, INR cible 2,5-3,5 (valve mécanique)
- Kardégic 75 mg : 1 sachet/j
- Décapeptyl 11,25 mg IM tous les 3 mois
- Xtandi 40 mg : 4 cp/j
- Skenan LP 30 mg matin et soir, Actiskenan 10 mg si besoin
- Doliprane 1 g x 3/j
- Movicol 1 sachet/j
- Cardensiel 2,5 mg/j

État général : OMS 2. Vit avec son épouse, autonome pour les gestes du
quotidien, marche avec une canne.
Espérance de vie estimée supérieure à 6 mois.

Projet : prise en charge palliative ; une chimiothérapie par docétaxel
sera discutée en RCP d'uro-oncologie.

Questions :
1. Ostéosynthèse préventive du fémur droit ou radiothérapie antalgique ?
2. Gestion de la Coumadine (valve mécanique) en cas de chirurgie ?
3. Reprise d'un traitement anti-résorptif envisageable malgré l'ONJ ?

Amitiés,
Dr Y. Kerbrat
"""],
    gold=dict(
        sex="M", age=78,
        tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["nocturnal"], 7),
        meds=("present", ["B01AA03", "B01AC06", "L02AE04", "L02BB04", "N02AA01",
                          "N02BE01", "A06AD65", "C07AB07"]),
        local=("present", ["cementoplasty"]),
        bta=("absent", []),
        ac=("present", ["B01AA03"]),
        ap=("present", ["B01AC06"]),
        prog=("present", 2),
        project=("present", "palliative"),
    ),
)

# ---------------------------------------------------------------- q03 fax
CORPUS["q03"] = dict(
    format="fax",
    fax=dict(number="04 90 92 37 15", when="14/05/2025 16:48", angle=1.4, seed=303),
    pages=["""\
CLINIQUE SAINT-ROCH DES ALPILLES
Chirurgie orthopédique et traumatologique
Dr Antoine FERRAND

                                          Le 14 mai 2025

Demande d'avis - RCP métastases osseuses

Mme BERTHIER Colette, née le 02/03/1967

Mme Berthier est suivie pour un carcinome rénal à cellules claires du rein
gauche, traité par néphrectomie élargie en juin 2021 (pT3a N0), en
surveillance simple jusqu'en 2024.

Le 11/03/2025, elle s'est fracturé la diaphyse humérale gauche en
soulevant un sac de courses : fracture pathologique révélant une
métastase osseuse. Le bilan d'extension retrouve deux autres lésions
(aile iliaque droite, D9) et des nodules pulmonaires infracentimétriques.

Prise en charge :
- enclouage centromédullaire de l'humérus gauche le 18/03/2025
  (histologie : métastase de carcinome à cellules claires) ;
- radiothérapie du foyer huméral, 20 Gy en 5 fractions, terminée le
  25/04/2025 ;
- cabozantinib (Cabometyx) 40 mg/j débuté le 02/05/2025 par son
  oncologue, le Dr Vidal ;
- bisphosphonate IV toutes les 4 semaines en hôpital de jour depuis avril
  (molécule non précisée dans le courrier d'oncologie).

Elle ne décrit plus aucune douleur depuis l'ostéosynthèse et ne prend
plus d'antalgique.
Anticoagulation : HBPM prescrite en post-opératoire ; d'après la patiente
elle serait encore sous Innohep, à vérifier auprès de son médecin traitant.
Autres traitements : Levothyrox 75 µg/j, Triatec 5 mg/j.

Indice de Karnofsky : 80 %.

Question : prise en charge des lésions iliaque droite et de D9,
asymptomatiques : surveillance ou radiothérapie stéréotaxique ?

Dr A. Ferrand
"""],
    gold=dict(
        sex="F", age=age_at("02/03/1967", "14/05/2025"),
        tumor=("present", "kidney", "clear_cell_carcinoma", {}),
        bone=("present", ["pathological_fracture"], True),
        pain=("absent", [], None),
        meds=("present", ["L01EX07", "H03AA01", "C09AA05"]),
        local=("present", ["surgery", "radiotherapy"]),
        bta=("present", []),
        ac=("uncertain", ["B01AB10"]),
        ap=("unknown", []),
        prog=("present", None, 80),
        project=("present", None),
    ),
)

# ---------------------------------------------------------------- q04 text form [X] Oui [ ] Non
CORPUS["q04"] = dict(
    format="txt",
    text="""\
==================================================================
   FICHE DE DEMANDE D'AVIS - RCP MÉTASTASES OSSEUSES
   Institut de cancérologie de la Côte d'Opale
==================================================================
Date de la demande : 05/05/2025
Médecin demandeur : Dr Claire VASSEUR, oncologue médicale
Téléphone : 03 21 44 90 12

PATIENT
Nom : DELATTRE            Prénom : Sophie
Sexe : [ ] M   [X] F
Date de naissance : 21/11/1972
Médecin traitant : Dr Pruvost (Berck)

TUMEUR PRIMITIVE
Localisation : sein droit
Histologie : carcinome canalaire infiltrant (NST), grade 2
RE : [X] positif  [ ] négatif   (80 %)
RP : [ ] positif  [X] négatif
HER2 : [ ] positif  [X] négatif  (score 0)
Diagnostic initial : 03/2019 - tumorectomie, radiothérapie mammaire,
hormonothérapie adjuvante

MALADIE OSSEUSE
Date du diagnostic des métastases osseuses : 02/2025
Circonstances de découverte :
  [ ] Douleur   [ ] Fracture pathologique   [ ] Déficit neurologique
  [ ] Hypercalcémie   [X] Imagerie de bilan / suivi   [ ] Découverte fortuite
Localisations : sacrum, D6, côtes droites, humérus droit (lésions mixtes)
Autres sites métastatiques : [ ] Oui  [X] Non

DOULEUR
Douleur : [X] Oui  [ ] Non
Type : [ ] neuropathique  [X] nocturne  [X] mécanique  [ ] inflammatoire
Intensité (EN /10) : 4
Antalgiques :

TRAITEMENTS LOCAUX ANTÉRIEURS DES LÉSIONS OSSEUSES
Radiothérapie : [ ] Oui  [X] Non
Chirurgie : [ ] Oui  [X] Non
Cimentoplastie : [ ] Oui  [X] Non
Autre :

TRAITEMENT À VISÉE OSSEUSE
Bisphosphonate / dénosumab : [X] Oui  [ ] Non
Lequel : Prolia 60 mg SC tous les 6 mois (ostéoporose, depuis 2021),
dernière injection 01/2025
Bilan dentaire fait : [ ] Oui  [ ] Non

ANTICOAGULANTS / ANTIAGRÉGANTS
Anticoagulant : [ ] Oui  [X] Non
Antiagrégant plaquettaire : [ ] Oui  [ ] Non
Si oui, lequel :

TRAITEMENTS EN COURS
Kisqali 600 mg/j (3 semaines sur 4) + Femara 2,5 mg/j depuis 03/2025
Doliprane 1 g x 3/j
Uvedose 100 000 UI tous les 3 mois

ÉTAT GÉNÉRAL
Performance status (OMS) : 1
Espérance de vie estimée :
Poids :            Taille :

PROJET THÉRAPEUTIQUE
Intention : [X] palliative  [ ] curative  [ ] soins de support exclusifs
Traitement oncologique actuel : ribociclib + létrozole (1re ligne métastatique)
Question posée à la RCP : radiothérapie antalgique du sacrum ?
Faut-il remplacer le Prolia par du Xgeva ?
""",
    gold=dict(
        sex="F", age=age_at("21/11/1972", "05/05/2025"),
        tumor=("present", "breast", "invasive_ductal_carcinoma",
               {"ER": "positive", "PR": "negative", "HER2": "negative"}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["nocturnal", "mechanical"], 4),
        meds=("present", ["L01EF02", "L02BG04", "M05BX04", "N02BE01", "A11CC05"]),
        local=("absent", []),
        bta=("present", ["M05BX04"]),
        ac=("absent", []),
        ap=("unknown", []),
        prog=("present", 1),
        project=("present", "palliative"),
    ),
)

# ---------------------------------------------------------------- q05 DOCX form Oui (x) Non ( )
CORPUS["q05"] = dict(
    format="docx",
    blocks=[
        ("p", "Centre hospitalier de Montclar-les-Pins — Pneumologie et oncologie thoracique"),
        ("h", "DEMANDE D'INSCRIPTION EN RCP MÉTASTASES OSSEUSES"),
        ("p", "Date : 09/05/2025        Demandeur : Dr Mathieu OLLIVIER (rédigé par M. Sabatier, interne)"),
        ("p", "Patient : M. FAURE Jean-Claude        Sexe : M        Âge : 67 ans"),
        ("h", "1. Tumeur primitive"),
        ("p", "Carcinome épidermoïde bronchique du lobe supérieur gauche, cT3N2M1c, diagnostiqué en 12/2024. "
              "PD-L1 (22C3) : 60 %. EGFR / ALK : non recherchés (épidermoïde, tabagisme 50 PA)."),
        ("h", "2. Maladie osseuse"),
        ("p", "Circonstances de découverte : douleur ( )  fracture ( )  déficit neurologique (x)  "
              "hypercalcémie ( )  imagerie de bilan ( )"),
        ("p", "Commentaire : paraparésie d'installation brutale le 14/01/2025 révélant une épidurite "
              "métastatique D8 avec compression médullaire. Autres lésions : D12, L4, bassin."),
        ("h", "3. Traitements locaux déjà réalisés"),
        ("p", "Chirurgie : Oui (x)  Non ( )  — laminectomie décompressive et ostéosynthèse D6-D10 le 15/01/2025"),
        ("p", "Radiothérapie : Oui (x)  Non ( )  — 30 Gy en 10 fractions sur D7-D9, terminée le 21/02/2025"),
        ("p", "Cimentoplastie : Oui ( )  Non (x)"),
        ("h", "4. Douleur"),
        ("p", "Douleur actuelle : Oui (x)  Non ( )"),
        ("p", "Type : neuropathique (x)  mécanique ( )  nocturne ( )  inflammatoire ( )"),
        ("p", "Précisions : douleurs en ceinture à type de brûlures, niveau D8."),
        ("p", "EN actuelle : 6/10 (8/10 en janvier)"),
        ("h", "5. Traitement à visée osseuse"),
        ("p", "Bisphosphonate : Oui ( )  Non (x)"),
        ("p", "Dénosumab : Oui ( )  Non (x)"),
        ("p", "Remarque : Xgeva à prévoir après avis dentaire."),
        ("h", "6. Anticoagulants / antiagrégants"),
        ("p", "Anticoagulant : Oui ( )  Non (x)"),
        ("p", "Antiagrégant plaquettaire : Oui ( )  Non (x)"),
        ("h", "7. Traitement en cours (ordonnance du 02/05/2025)"),
        ("p", "- Carboplatine AUC 5 + paclitaxel + pembrolizumab J1=J21, 4e cycle prévu le 13/05/2025"),
        ("p", "- Lixiana 60 mg : 1 cp/j (embolie pulmonaire post-opératoire, 01/2025)"),
        ("p", "- Lyrica 75 mg matin et soir"),
        ("p", "- Oxycontin LP 20 mg x 2/j, Oxynorm 5 mg si accès douloureux"),
        ("p", "- Inipomp 40 mg/j, Forlax 2 sachets/j"),
        ("h", "8. État général"),
        ("p", "OMS : 2"),
        ("p", "Espérance de vie : "),
        ("p", "Marche avec déambulateur, récupération partielle du déficit moteur."),
        ("h", "9. Projet"),
        ("p", "Intention : palliative (x)  curative ( )"),
        ("p", "Questions à la RCP : réirradiation possible de D8 ? Radiothérapie de L4 (lyse de 50 % du "
              "corps vertébral) ou cimentoplastie de L4 ?"),
    ],
    gold=dict(
        sex="M", age=67,
        tumor=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
        bone=("present", ["neurological_deficit"], True),
        pain=("present", ["neuropathic"], 6),
        meds=("present", ["L01XA02", "L01CD01", "L01FF02", "B01AF03", "N03AX16", "N02AA05",
                          "A02BC02", "A06AD15"]),
        local=("present", ["surgery", "radiotherapy"]),
        bta=("absent", []),
        ac=("conflicting", ["B01AF03"]),
        ap=("absent", []),
        prog=("present", 2),
        project=("present", "palliative"),
    ),
)

# ---------------------------------------------------------------- q06 text form OUI / NON, partly blank
CORPUS["q06"] = dict(
    format="txt",
    text="""\
RCP MÉTASTASES OSSEUSES - FORMULAIRE DE DEMANDE
(répondre OUI ou NON puis préciser)

Service demandeur : Hépato-gastro-entérologie, Hôpital Saint-Jacques de Corvol
Médecin : Dr Nadia BENSALEM
Date : 12/05/2025

Nom / prénom : ROCHE Gérard
Sexe : M
Âge : 71 ans

Tumeur primitive : adénocarcinome lieberkühnien du côlon sigmoïde,
sigmoïdectomie en 06/2023
Statut moléculaire : KRAS muté (G12D), BRAF non muté, MSS
Métastases hépatiques (OUI / NON) : OUI

Métastases osseuses - circonstances de découverte : scanner TAP de suivi
Date de découverte :
Localisations : L2, aile iliaque gauche

Douleur (OUI / NON) : OUI
Type de douleur :
EVA : 3/10

Traitement local antérieur des lésions osseuses (OUI / NON) :
Précisez :

Bisphosphonate / dénosumab (OUI / NON) : NON

Anticoagulant (OUI / NON) : OUI - Eliquis 5 mg x2 (FA)
Antiagrégant (OUI / NON) :

Autres traitements : Glucophage 1000 mg x2, Tahor 20 mg, Doliprane 1 g x3/j

Traitement oncologique en cours : FOLFIRI + bévacizumab (2e ligne depuis 01/2025)

Performance status (OMS) :
Espérance de vie estimée : > 6 mois

Intention du traitement :
Question à la RCP : radiothérapie de L2 ? Intérêt d'un traitement anti-résorptif ?

Signature :
""",
    gold=dict(
        sex="M", age=71,
        tumor=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
        bone=("present", ["staging_imaging"], False),
        pain=("present", [], 3),
        meds=("present", ["B01AF02", "A10BA02", "C10AA05", "N02BE01"]),
        local=("unknown", []),
        bta=("absent", []),
        ac=("present", ["B01AF02"]),
        ap=("unknown", []),
        prog=("present", None),
        project=("present", None),
    ),
)

# ---------------------------------------------------------------- q07 terse note (lung ALK)
CORPUS["q07"] = dict(
    format="txt",
    text="""\
RCP os - demande - Dr P. Lemaire (onco) - 06/05/25

Mme AUBRY Nathalie, 49 a.
K pulm ADK LID, st IV, dg 10/2024. ALK+ (EML4-ALK), EGFR wt, ROS1 nég, PD-L1 NR.
Mets os multiples (rachis, bassin, fémur G) vues au TEP de bilan initial 10/2024
+ mets cérébrales (x3, infracm, asympto).
ATCD : EP 2019, FA sous AOD, HTA, appendicectomie. ATCD fam : K sein (sœur).
TTT : alectinib 600 x2 depuis 11/2024 (pas de CTH) → RP pulm + cérébrale.
Cardensiel 2,5. AOD. Doliprane 1 g x3.
Xgeva ? (pas trouvé sur l'ordo, à vérifier avec MT)
Os : lyse iliaque G 45 mm + lyse corticale fémorale G (Mirels 8).
RT os : Ø. Chir : Ø. Cimento : Ø.
Dlr : EN 2/10, mécanique (à la marche), pas de réveil nocturne.
PS 0.
Q : RTE iliaque G + fémur G ? Enclouage préventif fémur G ? Arrêt AOD si chir ?
""",
    gold=dict(
        sex="F", age=49,
        tumor=("present", "lung", "adenocarcinoma",
               {"ALK": "positive", "EGFR": "negative", "ROS1": "negative"}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 2),
        meds=("present", ["L01ED03", "C07AB07", "N02BE01"]),
        local=("absent", []),
        bta=("uncertain", ["M05BX04"]),
        ac=("present", []),
        ap=("unknown", []),
        prog=("present", 0),
        project=("present", None),
    ),
)

# ---------------------------------------------------------------- q08 terse note (prostate), text PDF
CORPUS["q08"] = dict(
    format="tpdf",
    text="""\
Oncologie médicale - CH de Rocheval
Note de demande RCP métastases osseuses - 02/05/2025 - Dr S. Nguyen

M. PERRIN Alain, 73 a.
Dg : K prostate ADK Gleason 9 (4+5), M1b d'emblée, dg 12/2024.
Découverte : hyperCa sévère (Ca corrigée 3,3 mmol/L) + AEG 12/2024 → bilan →
mets os diffuses + masse prostatique.
PSA 312 au dg → 0,6 ng/mL (04/2025).
ATCD : TVP MID 2022 → AC 6 mois, arrêtée. Coronaropathie, stent IVA 2018. HTA. DT2.
TTT : HT (Eligard 45 mg /6 mois) + Zytiga 1000 + Cortancyl 5 mg depuis 01/2025.
Zometa 4 mg /4 sem depuis 12/2024. Plavix 75. Triatec 5. Glucophage 850 x2.
Lésions : D11 lyse + épidurite sans compression → SBRT D11 3 x 9 Gy (02/2025).
Bassin, côtes, fémurs : lésions condensantes.
Dlr : Ø. Neuro : Ø.
Ca 2,35 mmol/L (04/2025).
OMS 1.
Q : lésion L4 restant hypermétabolique au TEP-PSMA 04/2025 → SBRT L4 ?
Espacement Zometa /12 sem ?
""",
    gold=dict(
        sex="M", age=73,
        tumor=("present", "prostate", "adenocarcinoma", {"PSA": "negative"}),
        bone=("present", ["hypercalcemia"], True),
        pain=("absent", [], None),
        meds=("present", ["L02AE02", "L02BX03", "H02AB07", "M05BA08", "B01AC04", "C09AA05",
                          "A10BA02"]),
        local=("present", ["radiotherapy"]),
        bta=("present", ["M05BA08"]),
        ac=("absent", []),
        ap=("present", ["B01AC04"]),
        prog=("present", 1),
        project=("present", None),
    ),
)

# ---------------------------------------------------------------- q09 terse note (thyroid)
CORPUS["q09"] = dict(
    format="txt",
    text="""\
Consult. onco - 13/05/25 - Dr É. Castel
Mme SIMONNET Odile, 66 a.

K thyroïde vésiculaire peu différencié : thyroïdectomie totale 2020 + IRAthérapie x3
(cumul 11,1 GBq) → réfractaire à l'iode 2023. BRAF wt.
Mets os : sacrum + aile iliaque D + fémur D, + nodules pulm.
Découverte fortuite 09/2024 sur IRM lombaire faite pour lombosciatique (attribuée
à une hernie discale L5-S1).
Dlr ++ fessière D, irradiation face post. cuisse D, brûlures + décharges électriques.
DN4 6/10. EN 7/10 (EN 4 il y a 1 mois).
RTE sacrum 30 Gy/10 fr 10/2024. Cimento : non.
Xgeva 12/2024 → stop 03/2025 (hypoCa sévère).
Antiagrégant : NR.
TTT : lenvatinib 24 mg/j depuis 11/2024 (→ 18 mg/j 02/2025 pour HTA). Levothyrox 150.
Lyrica 75 x2. Topalgic LP 100 x2. Uvedose 1 amp/mois. Amlor 10.
PS 2 (était 1).
Projet : poursuite lenvatinib. Visée palliative.
Q : réirradiation sacrum ? cimentoplastie / ablation sacrée ? RT fémur D ?
""",
    gold=dict(
        sex="F", age=66,
        tumor=("present", "thyroid", "other", {"BRAF": "negative"}),
        bone=("present", ["incidental_imaging"], True),
        pain=("present", ["neuropathic"], 7),
        meds=("present", ["L01EX08", "H03AA01", "N03AX16", "N02AX02", "A11CC05"]),
        local=("present", ["radiotherapy"]),
        bta=("absent", []),
        ac=("unknown", []),
        ap=("unknown", []),
        prog=("present", 2),
        project=("present", "palliative"),
    ),
)

# ---------------------------------------------------------------- q10 DOCX + treatment table
CORPUS["q10"] = dict(
    format="docx",
    blocks=[
        ("p", "Hôpital privé des Quatre-Vents — Oncologie médicale"),
        ("p", "Dr Isabelle FONTAINE"),
        ("p", "Le 12 mai 2025"),
        ("p", "Objet : RCP métastases osseuses — Mme GARNIER Monique, née le 30/07/1955"),
        ("p", "Chère consœur, cher confrère,"),
        ("p", "Je vous présente le dossier de Mme Garnier, 69 ans, suivie pour un carcinome lobulaire "
              "infiltrant du sein gauche diagnostiqué en 2016 (RE 90 %, RP 20 %, HER2 négatif), traité par "
              "mastectomie, radiothérapie pariétale et hormonothérapie adjuvante."),
        ("p", "La rechute osseuse a été révélée en février 2023 par des dorsalgies ; l'IRM a montré des "
              "lésions de D10, D12, du sacrum et du bassin. Radiothérapie de D10 (8 Gy en une fraction) en "
              "mars 2023. Première ligne métastatique par létrozole-palbociclib jusqu'en décembre 2024 "
              "(progression osseuse)."),
        ("p", "Actuellement, douleurs dorsales à la mobilisation et au passage assis-debout, EN 5/10 sous "
              "oxycodone, sans radiculalgie. OMS 1."),
        ("p", "Une biopsie de D12 est programmée le 13/05/2025 pour recaractérisation (RE, HER2, ESR1). "
              "Traitement relu avec la patiente le 09/05/2025 :"),
        ("table", [
            ["Médicament", "Posologie", "Depuis", "Commentaire"],
            ["Faslodex 500 mg", "2 inj. IM / mois", "01/2025", ""],
            ["Verzenios 150 mg", "1 cp matin et soir", "01/2025", ""],
            ["Femara 2,5 mg", "1 cp/j", "03/2023", "arrêté 12/2024 (progression)"],
            ["Ibrance 125 mg", "1 gél/j, 21 j/28", "03/2023", "stop 12/2024"],
            ["Zometa 4 mg", "IV toutes les 12 sem.", "03/2023", "arrêté 01/2025 (clairance 38 mL/min)"],
            ["Xgeva 120 mg", "SC toutes les 4 sem.", "02/2025", "relais du Zometa"],
            ["Xarelto 20 mg", "1 cp le soir", "06/2023 (TVP)",
             "suspendu depuis le 09/05/2025 pour la biopsie, reprise prévue le 14/05"],
            ["Lovenox 6000 UI", "1 inj. SC x 2/j", "09/05/2025", "relais pendant la suspension du Xarelto"],
            ["Oxycontin LP 10 mg", "matin et soir", "03/2025", ""],
            ["Doliprane 1 g", "x 3/j", "2023", ""],
            ["Cacit D3", "1 sachet/j", "02/2025", ""],
            ["Kardégic 75 mg", "1 sachet/j", "—", "traitement de son époux, recopié par erreur"],
        ]),
        ("p", "Projet : poursuite du fulvestrant-abémaciclib en 2e ligne, à visée palliative."),
        ("p", "Questions : cimentoplastie de D12 dans le même temps que la biopsie ? Réirradiation de D10 ?"),
        ("p", "Confraternellement,"),
        ("p", "Dr I. Fontaine"),
    ],
    gold=dict(
        sex="F", age=age_at("30/07/1955", "12/05/2025"),
        tumor=("present", "breast", "invasive_lobular_carcinoma",
               {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        bone=("present", ["pain"], True),
        pain=("present", ["mechanical"], 5),
        meds=("present", ["L02BA03", "L01EF03", "M05BX04", "B01AB05", "N02AA05", "N02BE01",
                          "A12AX"]),
        local=("present", ["radiotherapy"]),
        bta=("present", ["M05BX04"]),
        ac=("present", ["B01AB05"]),
        ap=("unknown", []),
        prog=("present", 1),
        project=("present", "palliative"),
    ),
)

# ---------------------------------------------------------------- q11 DOCX + treatment table (CUP)
CORPUS["q11"] = dict(
    format="docx",
    blocks=[
        ("p", "CHU de Belleroche — Service de Rhumatologie"),
        ("p", "Dr Marc-Antoine LEBLANC, praticien hospitalier"),
        ("p", "Belleroche, le 6 mai 2025"),
        ("p", "Objet : demande d'avis — RCP métastases osseuses — M. COLIN Patrick, né le 08/01/1963"),
        ("p", "Cher collègue,"),
        ("p", "M. Colin, sans antécédent oncologique, a consulté en décembre 2024 pour des lombalgies "
              "d'horaire inflammatoire. L'IRM de janvier 2025 a montré des lésions ostéolytiques de L2, L5, "
              "de l'aile iliaque droite et du 4e arc costal droit."),
        ("p", "Bilan étiologique : électrophorèse des protéines sériques sans pic monoclonal, chaînes "
              "légères libres normales, un myélome est donc écarté. Biopsie scanno-guidée de l'aile iliaque "
              "(03/2025) : métastase d'adénocarcinome, CK7+, CK20-, TTF1-, GATA3-, PSA négatif en "
              "immunohistochimie. TEP-FDG, scanner TAP, coloscopie et fibroscopie : primitif non retrouvé à "
              "ce jour. Il s'agit donc d'une métastase osseuse d'adénocarcinome de primitif inconnu."),
        ("p", "Hypercalcémie à 2,95 mmol/L le 12/03/2025, traitée aux urgences par hydratation et une "
              "perfusion unique d'acide zolédronique (Zometa 4 mg). Pas de traitement anti-résorptif au long "
              "cours à ce jour."),
        ("p", "Aucune radiothérapie ni aucun geste chirurgical ou percutané sur les lésions osseuses."),
        ("p", "Douleur actuelle : EN 4/10, toujours d'horaire inflammatoire avec réveils nocturnes."),
        ("p", "Traitement actuel (relevé par l'infirmière de consultation le 05/05/2025) :"),
        ("table", [
            ["Médicament", "Posologie", "Depuis", "Commentaire"],
            ["Paracétamol 1 g", "1 cp x 4/j", "12/2024", ""],
            ["Bi-Profénid 100 mg", "1 cp x 2/j", "01/2025", "arrêté le 20/03/2025 (gastralgies)"],
            ["Inexium 40 mg", "1 cp/j", "01/2025", ""],
            ["Acupan 20 mg", "1 amp. per os x 3/j", "03/2025", ""],
            ["Stagid 700 mg", "1 cp x 2/j", "2019", "diabète"],
            ["Amlor 5 mg", "1 cp/j", "2017", ""],
            ["Kardégic 75 mg", "1 sachet/j", "2016", "AOMI"],
            ["Eliquis 2,5 mg", "1 cp x 2/j", "—", "traitement de son épouse, noté par erreur"],
        ]),
        ("p", "Il est adressé en parallèle en consultation d'oncologie médicale (rendez-vous le 20/05)."),
        ("p", "Questions : radiothérapie de L2 (lyse de 60 % du corps vertébral, mur postérieur respecté) ? "
              "Faut-il débuter dès maintenant un dénosumab ou un bisphosphonate ?"),
        ("p", "Bien cordialement,"),
        ("p", "Dr M.-A. Leblanc"),
    ],
    gold=dict(
        sex="M", age=age_at("08/01/1963", "06/05/2025"),
        tumor=("present", "unknown_primary", "adenocarcinoma", {"PSA": "negative"}),
        bone=("present", ["pain"], True),
        pain=("present", ["inflammatory", "nocturnal"], 4),
        meds=("present", ["N02BE01", "A02BC05", "N02BG06", "A10BA02", "B01AC06"]),
        local=("absent", []),
        bta=("absent", []),
        ac=("unknown", []),
        ap=("present", ["B01AC06"]),
        prog=("unknown", None),
        project=("unknown", None),
    ),
)

# ---------------------------------------------------------------- q12 traps (SCLC), text
CORPUS["q12"] = dict(
    format="txt",
    text="""\
De : Dr Laurent PEYRAC, pneumologue - Centre hospitalier de Saint-Ambroise
À : secrétariat RCP métastases osseuses
Date : 09/05/2025
Objet : M. TESSIER Didier, 59 ans - demande d'avis

Chers collègues,

M. Tessier, 59 ans, ancien tabagique (40 PA), présente un carcinome bronchique
à petites cellules du lobe supérieur droit diagnostiqué en mars 2025 (biopsie
bronchique : carcinome à petites cellules, TTF1+, synaptophysine+).
Antécédents familiaux : antécédent de cancer du sein chez la mère, frère traité
pour un cancer de la prostate.

Le TEP-TDM du bilan initial (18/03/2025) a montré, outre la maladie thoracique
et ganglionnaire, des fixations osseuses multiples (D4, L1, sacrum, col fémoral
gauche). Devant une boiterie, une suspicion de fracture du col fémoral gauche a
été éliminée au scanner du 25/03/2025 (lésion lytique de 18 mm, corticales
intactes).

Douleur ? Non, aucune, y compris à la marche ; la boiterie est ancienne
(coxarthrose gauche).
Il n'a jamais été irradié et n'a eu aucun geste sur l'os. Une radiothérapie
thoracique de consolidation est envisagée en fin de chimiothérapie.

Traitement :
- carboplatine-étoposide-durvalumab, 3e cycle reçu le 05/05/2025 ;
- pas d'AOD (thrombopénie, interactions) mais HBPM préventive par Innohep
  4 500 UI/j pendant la chimiothérapie (score de Khorana élevé) ;
- Mopral 20 mg/j, Imovane 7,5 mg au coucher.
À prévoir : Xgeva après avis dentaire (rendez-vous le 22/05).

PS 1, perte de 4 kg depuis mars.
Prise en charge palliative (maladie étendue).

Question : radiothérapie préventive du col fémoral gauche compte tenu du risque
fracturaire, ou réévaluation après le 4e cycle ?

Bien à vous,
Dr L. Peyrac
""",
    gold=dict(
        sex="M", age=59,
        tumor=("present", "lung", "small_cell_carcinoma", {}),
        bone=("present", ["staging_imaging"], True),
        pain=("absent", [], None),
        meds=("present", ["L01XA02", "L01CB01", "L01FF03", "B01AB10", "A02BC01", "N05CF01"]),
        local=("absent", []),
        bta=("unknown", []),
        ac=("present", ["B01AB10"]),
        ap=("unknown", []),
        prog=("present", 1),
        project=("present", "palliative"),
    ),
)

# ---------------------------------------------------------------- q13 traps (breast HER2+), text PDF
CORPUS["q13"] = dict(
    format="tpdf",
    text="""\
Dr Camille ROUSSEAU - Oncologie médicale
Polyclinique du Val d'Orge - 91 Saint-Erme-sur-Orge

Le 13/05/2025

À l'attention de la RCP métastases osseuses

Objet : Mme LAMBERT Françoise, née le 17/04/1961

Chers confrères,

Je vous adresse Mme Lambert, traitée en 2020 pour un cancer du sein gauche
HER2 positif (HER2 3+ en immunohistochimie), RE négatif, RP négatif :
chimiothérapie néoadjuvante avec trastuzumab, mastectomie, radiothérapie
pariétale, trastuzumab adjuvant pendant un an.
Zometa : 6 perfusions (tous les 6 mois) en adjuvant jusqu'en 2022, non repris.

En mars 2025, le TEP-TDM de surveillance, demandé devant une ascension du
CA 15-3, a montré une récidive osseuse hypermétabolique unique de la branche
ilio-pubienne droite, confirmée par biopsie (HER2 3+, RE et RP négatifs).
Une suspicion de fracture, évoquée devant une gêne de l'aine, a été éliminée
au scanner du 02/04/2025. Aucun geste local (radiothérapie, chirurgie,
cimentoplastie) n'a été réalisé sur l'os.

Pas de douleur sauf la nuit, où elle est réveillée par une douleur de l'aine
droite.

Depuis le 15/04/2025 : paclitaxel hebdomadaire + Herceptin + Perjeta
(1re ligne métastatique).
Autres traitements : Levothyrox 50 µg, Cacit D3 1 sachet/j.
Elle ne prend ni Xarelto ni Eliquis ; ancien traitement par Préviscan pour une
phlébite (arrêté en 2019).

OMS 0, indice de Karnofsky 90 %.

Questions : radiothérapie stéréotaxique de la lésion ilio-pubienne ?
Reprise d'un traitement anti-résorptif à discuter.

Bien confraternellement,
Dr C. Rousseau
""",
    gold=dict(
        sex="F", age=age_at("17/04/1961", "13/05/2025"),
        tumor=("present", "breast", None, {"HER2": "positive", "ER": "negative", "PR": "negative"}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["nocturnal"], None),
        meds=("present", ["L01CD01", "L01FD01", "L01FD02", "H03AA01", "A12AX"]),
        local=("absent", []),
        bta=("absent", []),
        ac=("absent", []),
        ap=("unknown", []),
        prog=("present", 0),
        project=("present", None),
    ),
)

# ---------------------------------------------------------------- q14 traps (kidney, curative), DOCX prose
CORPUS["q14"] = dict(
    format="docx",
    blocks=[
        ("p", "Hôpital Pasteur-Valmont — Service d'urologie"),
        ("p", "Dr Olivier MERCIER, chirurgien urologue"),
        ("p", "Le 15 mai 2025"),
        ("p", "Objet : demande d'avis RCP métastases osseuses — M. DUBOIS-MARTEL René, 74 ans"),
        ("p", "Cher confrère,"),
        ("p", "M. Dubois-Martel a eu une néphrectomie partielle droite en septembre 2022 pour un carcinome "
              "rénal à cellules claires, grade ISUP 3, pT1b N0. Une petite tumeur du rein gauche a été traitée "
              "par cryoablation percutanée en 2023. Il était depuis en surveillance, sans traitement systémique."),
        ("p", "En février 2025 sont apparues des douleurs thoraciques droites ; le scanner a montré une lésion "
              "lytique isolée de l'arc postérieur de la 7e côte droite, avec une masse des parties molles de "
              "35 mm, hypervascularisée. Le TEP-FDG ne montre aucune autre localisation."),
        ("p", "Actuellement douleurs ++, à type de brûlures en hémiceinture droite, EN 6/10, partiellement "
              "soulagées par Topalgic et Doliprane."),
        ("p", "Antécédents : fibrillation atriale permanente, insuffisance cardiaque à FEVG préservée, HTA."),
        ("p", "Traitement : Eliquis 5 mg matin et soir, Cardensiel 5 mg, Lasilix 40 mg, Amlor 5 mg, "
              "Topalgic 50 mg x 3/j, Doliprane 1 g x 3/j. Pas d'antiagrégant. Pas de bisphosphonate ni de "
              "dénosumab."),
        ("p", "OMS 0, patient autonome et actif."),
        ("p", "Projet : après discussion en RCP d'uro-oncologie, résection en bloc de la 7e côte droite à "
              "visée curative, programmée début juin, sans traitement systémique adjuvant. L'Eliquis sera "
              "arrêté 48 h avant le geste, relais HBPM prévu selon le risque thrombo-embolique ; la reprise "
              "de l'anticoagulation sera à discuter après le geste."),
        ("p", "Questions : une embolisation préopératoire est-elle souhaitable ? Radiothérapie stéréotaxique "
              "en alternative si contre-indication anesthésique ?"),
        ("p", "Bien confraternellement,"),
        ("p", "Dr O. Mercier"),
    ],
    gold=dict(
        sex="M", age=74,
        tumor=("present", "kidney", "clear_cell_carcinoma", {}),
        bone=("present", ["pain"], True),
        pain=("present", ["neuropathic"], 6),
        meds=("present", ["B01AF02", "C07AB07", "C03CA01", "N02AX02", "N02BE01"]),
        local=("unknown", []),
        bta=("absent", []),
        ac=("present", ["B01AF02"]),
        ap=("absent", []),
        prog=("present", 0),
        project=("present", "curative"),
    ),
)


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
def write_txt(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def write_text_pdf(path: Path, text: str) -> None:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 5, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("DejaVu", "", str(SANS))
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", size=10.5)
    for line in text.splitlines():
        if line.strip():
            pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(4)
    pdf.output(str(path))


def write_docx(path: Path, blocks: list) -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.core_properties.author = "corpus5"
    doc.core_properties.created = dt.datetime(2025, 5, 1)
    for kind, content in blocks:
        if kind == "h":
            para = doc.add_paragraph()
            run = para.add_run(content)
            run.bold = True
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "table":
            table = doc.add_table(rows=0, cols=len(content[0]))
            table.style = "Table Grid"
            for i, row in enumerate(content):
                cells = table.add_row().cells
                for cell, value in zip(cells, row):
                    cell.text = value
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(kind)
    doc.save(str(path))


DPI = 200
PAGE_W, PAGE_H = int(8.27 * DPI), int(11.69 * DPI)  # A4
BODY_PX = 33      # 33 px at 200 dpi = 11.9 pt
LINE_PX = 46
MARGIN_X, MARGIN_TOP = 140, 150


def wrap(line: str, font, width: int) -> list[str]:
    if font.getlength(line) <= width:
        return [line]
    out, cur = [], ""
    indent = line[: len(line) - len(line.lstrip())]
    for word in line.split(" "):
        trial = (cur + " " + word) if cur else word
        if font.getlength(trial) <= width or not cur:
            cur = trial
        else:
            out.append(cur)
            cur = indent + word
    out.append(cur)
    return out


def render_fax_page(text: str, header: str, angle: float, rng: random.Random) -> Image.Image:
    img = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(img)
    head_font = ImageFont.truetype(str(MONO), 30)
    body = ImageFont.truetype(str(SANS), BODY_PX)
    bold = ImageFont.truetype(str(SANS_BOLD), BODY_PX)
    draw.text((MARGIN_X - 60, 40), header, font=head_font, fill=20)
    draw.line((MARGIN_X - 60, 88, PAGE_W - MARGIN_X + 60, 88), fill=60, width=2)
    y = MARGIN_TOP
    width = PAGE_W - 2 * MARGIN_X
    for i, raw in enumerate(text.splitlines()):
        font = bold if i < 2 else body
        for line in wrap(raw, font, width):
            draw.text((MARGIN_X, y), line, font=font, fill=rng.randint(0, 35))
            y += LINE_PX
    assert y < PAGE_H - 80, "fax page overflow"
    # slight skew, as fed through a fax machine
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    # grey speckle noise and a few toner streaks
    px = img.load()
    for _ in range(4000):
        x, yy = rng.randrange(PAGE_W), rng.randrange(PAGE_H)
        val = rng.randint(110, 200)
        size = rng.choice((1, 1, 1, 2))
        for dx in range(size):
            for dy in range(size):
                if x + dx < PAGE_W and yy + dy < PAGE_H:
                    px[x + dx, yy + dy] = min(px[x + dx, yy + dy], val)
    draw = ImageDraw.Draw(img)
    for _ in range(3):
        sy = rng.randrange(PAGE_H)
        draw.line((0, sy, PAGE_W, sy), fill=rng.randint(200, 225), width=1)
    return img


def write_fax(path: Path, pages: list[str], fax: dict) -> None:
    rng = random.Random(fax["seed"])
    n = len(pages)
    images = []
    for i, text in enumerate(pages, 1):
        header = f"FAX  {fax['number']}  {fax['when']}  P.{i:03d}/{n:03d}"
        images.append(render_fax_page(text, header, fax["angle"], rng))
    images[0].save(str(path), "PDF", resolution=DPI, save_all=True, append_images=images[1:])


EXT = {"fax": "pdf", "tpdf": "pdf", "txt": "txt", "docx": "docx"}


def main() -> None:
    for d in (LETTERS, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    assert sorted(CORPUS) == [f"q{i:02d}" for i in range(1, 15)]
    for id_, entry in CORPUS.items():
        path = LETTERS / f"{id_}.{EXT[entry['format']]}"
        fmt = entry["format"]
        if fmt == "fax":
            write_fax(path, entry["pages"], entry["fax"])
        elif fmt == "txt":
            write_txt(path, entry["text"])
        elif fmt == "tpdf":
            write_text_pdf(path, entry["text"])
        elif fmt == "docx":
            write_docx(path, entry["blocks"])
        rec = gold(id_, **entry["gold"])
        (GOLD / f"{id_}.json").write_text(
            json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{path.relative_to(HERE)}  gaps={rec['gaps']}")


if __name__ == "__main__":
    main()
