#!/usr/bin/env python3
"""Blind corpus 26: 12 referral letters to an RCP « métastases osseuses »,
focused on how letters tell anticoagulation and antiplatelet therapy
(bridging, therapeutic windows, stops after bleeding, reduced-dose DOAC,
preventive vs curative LMWH, INR targets, dual antiplatelet therapy,
drugs only in a table or in a pasted discharge summary, relatives on
anticoagulants) and bone-targeted drugs stopped for osteonecrosis or
dental care.

Holds every letter's text and gold record; derives the gold gaps with one
function (the spec's gap rule); checks every gold against the contract;
then writes letters/ and gold/ deterministically.

Run from /work/main:  .venv/bin/python tests/corpus26/make_letters.py
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
ROOT = HERE.parents[1]
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIXED_DT = dt.datetime(2026, 11, 20, 9, 0, 0)

# --------------------------------------------------------------------------
# Contract (spec/rcp-request.md)
# --------------------------------------------------------------------------
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
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
             "prognosis", "therapeuticProject"]
ITEM_ORDER = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
              "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
              "antiplatelets", "prognosis", "therapeuticProject"]


def load_atc():
    rows = {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        atc, dci, inn = parts[0].strip(), parts[1].strip(), parts[2].strip()
        brands = [b.strip() for b in parts[4].split(",")] if len(parts) > 4 and parts[4].strip() else []
        rows[atc] = [dci, inn] + brands
    return rows


def derive_gaps(g: dict) -> list:
    """The spec's gap rule, applied to a gold record (one function for all letters)."""
    gaps = []
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st in kind_of:
            gaps.append([item, kind_of[st]])
            continue
        if st != "present":
            continue
        incomplete = False
        if item == "pain" and not sec["types"]:
            incomplete = True
        elif item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"]:
            incomplete = True
        elif item == "boneDiagnosis" and not sec["dated"]:
            incomplete = True
        elif item == "primaryTumor" and not sec["histology"]:
            incomplete = True
        elif item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None:
            incomplete = True
        if incomplete:
            gaps.append([item, "incomplete"])
    return gaps


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def build_gold(L: dict) -> dict:
    g = {"id": L["id"]}
    birth = L.get("birth")
    age = L["age"]
    g["patient"] = {"sex": L["sex"], "age": age}
    st, site, hist, bio = L["tumor"]
    g["primaryTumor"] = {"status": st, "site": site, "histology": hist, "biomarkers": dict(bio)}
    st, circ, dated = L["bone"]
    g["boneDiagnosis"] = {"status": st, "circumstances": list(circ), "dated": dated}
    st, types, inten = L["pain"]
    g["pain"] = {"status": st, "types": list(types), "intensity": inten}
    st, atc = L["meds"]
    g["currentMedications"] = {"status": st, "atc": sorted(atc)}
    st, types = L["local"]
    g["priorLocalTreatments"] = {"status": st, "types": list(types)}
    for key, item in (("btt", "boneTargetedTherapy"), ("ac", "anticoagulation"), ("ap", "antiplatelets")):
        st, atc = L[key]
        g[item] = {"status": st, "atc": sorted(atc)}
    st, scale, val = L["prog"]
    if scale == "kps":
        g["prognosis"] = {"status": st, "kps": val}
    else:
        g["prognosis"] = {"status": st, "ecog": val}
    st, intent = L["project"]
    g["therapeuticProject"] = {"status": st, "intent": intent}
    g["gaps"] = derive_gaps(g)
    return g


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())


def violation(lid, msg):
    print(f"CONTRACT VIOLATION: {lid}: {msg}")
    sys.exit(1)


def check(L: dict, g: dict, text: str, atc_ref: dict):
    lid = L["id"]
    ntext = norm(text)
    if g["id"] != lid or not re.fullmatch(r"l\d\d", lid):
        violation(lid, "bad id")
    if L["fmt"] not in ("txt", "docx", "pdf"):
        violation(lid, "bad format")
    # patient
    if g["patient"]["sex"] not in ("F", "M"):
        violation(lid, "sex")
    age = g["patient"]["age"]
    if not isinstance(age, int) or not 18 <= age <= 110:
        violation(lid, "age")
    letter_date = L["date"]
    if L.get("birth"):
        if age_at(L["birth"], letter_date) != age:
            violation(lid, f"age {age} != computed {age_at(L['birth'], letter_date)}")
        if L["birth"].strftime("%d/%m/%Y") not in text:
            violation(lid, "birth date not in letter")
        if re.search(rf"\b{age} ans\b", text):
            violation(lid, "age both written and from birth date")
    else:
        if not re.search(rf"\b{age} ans\b", text):
            violation(lid, f"age '{age} ans' not written in letter")
    # statuses
    for item in ITEM_ORDER:
        st = g[item]["status"]
        if st not in ALLOWED_STATUS[item]:
            violation(lid, f"{item} status {st} not allowed")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        violation(lid, "unknown tumour with values")
    if pt["site"] is not None and pt["site"] not in SITES:
        violation(lid, "site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        violation(lid, "histology code")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            violation(lid, f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if bd["status"] == "present" and not bd["circumstances"]:
        violation(lid, "bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        violation(lid, "unknown bone diagnosis with values")
    if not set(bd["circumstances"]) <= CIRCUMSTANCES or not isinstance(bd["dated"], bool):
        violation(lid, "circumstance code")
    p = g["pain"]
    if not set(p["types"]) <= PAIN_TYPES or len(set(p["types"])) != len(p["types"]):
        violation(lid, "pain type code")
    if p["intensity"] is not None and not (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10):
        violation(lid, "pain intensity")
    if p["status"] != "present" and p["types"]:
        violation(lid, "pain types without present pain")
    if p["status"] == "absent" and p["intensity"] not in (None, 0):
        violation(lid, "absent pain with a score")
    if p["status"] == "present" and p["intensity"] == 0:
        violation(lid, "present pain scored 0")
    lt = g["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCAL_TYPES:
        violation(lid, "local treatment type")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        violation(lid, "local treatment types with absent/unknown")
    if lt["status"] == "present" and not lt["types"]:
        violation(lid, "local treatment present without type")
    # drugs
    meds = g["currentMedications"]
    for code in meds["atc"]:
        if code not in atc_ref:
            violation(lid, f"ATC {code} not in atc-reference.tsv")
    if len(set(meds["atc"])) != len(meds["atc"]):
        violation(lid, "duplicate ATC")
    if meds["status"] != "present" and meds["atc"]:
        violation(lid, "medications listed without present status")
    aliases = L.get("aliases", {})
    for code in meds["atc"]:
        names = atc_ref[code] + aliases.get(code, [])
        if not any(norm(n) in ntext for n in names if n):
            violation(lid, f"{code} ({atc_ref[code][0]}) not named in the letter")
    for item, prefixes in AGENT_PREFIXES.items():
        sec = g[item]
        for code in sec["atc"]:
            if code not in atc_ref:
                violation(lid, f"{item} ATC {code} not in atc-reference.tsv")
            if not code.startswith(prefixes):
                violation(lid, f"{item} ATC {code} outside {prefixes}")
            names = atc_ref[code] + aliases.get(code, [])
            if not any(norm(n) in ntext for n in names if n):
                violation(lid, f"{item} agent {code} not named in the letter")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            violation(lid, f"{item} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            missing = set(sec["atc"]) - set(meds["atc"])
            if missing:
                violation(lid, f"{item} agents {missing} not in currentMedications")
        if sec["status"] == "uncertain":
            doubtful = set(sec["atc"]) & set(meds["atc"])
            if doubtful:
                violation(lid, f"{item} doubtful agents {doubtful} listed as current")
        if sec["status"] == "present" and meds["status"] != "present":
            violation(lid, f"{item} present while currentMedications is {meds['status']}")
    # every agent-class code in current meds must be reflected in its section
    for code in meds["atc"]:
        for item, prefixes in AGENT_PREFIXES.items():
            if code.startswith(prefixes) and code not in g[item]["atc"]:
                violation(lid, f"current {code} missing from {item}")
    pr = g["prognosis"]
    if "kps" in pr:
        if pr["kps"] is None or pr["kps"] % 10 or not 0 <= pr["kps"] <= 100:
            violation(lid, "kps")
        if "ecog" in pr:
            violation(lid, "both ecog and kps")
    else:
        if pr["ecog"] is not None and pr["ecog"] not in range(6):
            violation(lid, "ecog")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        violation(lid, "unknown prognosis with a value")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and (tp["intent"] not in INTENTS or tp["status"] != "present"):
        violation(lid, "intent")
    # gaps: never antiplatelets, well formed, equal to the rule
    kinds = {"missing", "uncertain", "conflicting", "incomplete"}
    for item, kind in g["gaps"]:
        if item not in GAP_ITEMS or kind not in kinds:
            violation(lid, f"bad gap {item}/{kind}")
    if g["gaps"] != derive_gaps(g):
        violation(lid, "gaps differ from the rule")
    if L.get("expect_gaps") is not None and sorted(map(tuple, g["gaps"])) != sorted(L["expect_gaps"]):
        violation(lid, f"gaps {g['gaps']} differ from the author's expectation {L['expect_gaps']}")
    # date of letter written in letter
    d = letter_date
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
    forms = [d.strftime("%d/%m/%Y"), f"{d.day} {months[d.month - 1]} {d.year}",
             f"{d.day:02d} {months[d.month - 1]} {d.year}"]
    if not any(f in text for f in forms):
        violation(lid, "letter date not written in letter")


# --------------------------------------------------------------------------
# Letters.  Blocks: str = paragraph, ("H", s) = heading, ("T", rows) = table
# --------------------------------------------------------------------------
LETTERS = []

# ---- l01: GP, TXT ---------------------------------------------------------
LETTERS.append(dict(
    id="l01", fmt="txt", encoding="utf-8", author="Médecin généraliste",
    date=dt.date(2026, 11, 5), sex="M", age=78,
    text="""Dr Hervé LAMBRECQ
Médecin généraliste
12 rue des Tanneurs - 49380 Saint-Aubin-des-Vignes
Tél. 02 41 77 30 18

                                        Saint-Aubin, le 5 novembre 2026

A l'attention du Dr Morvan
RCP métastases osseuses - Centre hospitalier Loire-Layon

Cher confrère,

Je vous adresse M. Gérard PICHONNEAU, 78 ans, pour avis de votre RCP.

Il est suivi pour un adénocarcinome de la prostate (Gleason 4+4=8) diagnostiqué en 2023 par le Dr Sallé, urologue, et traité depuis par Décapeptyl 11,25 mg tous les 3 mois. Le PSA remonte : 12 ng/ml en juin, 45 ng/ml le 20/10/2026.

Depuis environ trois mois il se plaint de douleurs lombaires basses, majorées à la marche et à la station debout, soulagées par le repos. Pas de réveil nocturne. EVA à 5/10 ce jour malgré le tramadol. Devant ces douleurs j'ai demandé une scintigraphie osseuse (27/10/2026) qui montre des fixations de L3, L4, de l'aile iliaque gauche et de plusieurs côtes. Pas de déficit neurologique, pas de trouble sphinctérien.

ATCD :
- ACFA permanente depuis 2019, anticoagulée par Previscan 20 mg (3/4 cp le soir). Dernier INR le 02/11 : 2,4 pour une cible entre 2 et 3, INR stables depuis des mois. Le Kardégic qu'il prenait auparavant a été arrêté à l'introduction de l'AVK.
- HTA
- Cholécystectomie 1998
Pas de radiothérapie ni de geste sur les os à ce jour. Il n'a jamais reçu de bisphosphonate ni de dénosumab.

Traitement actuel :
Previscan 20 mg 3/4 cp le soir selon INR
Cardensiel 2,5 mg 1/j
Décapeptyl LP 11,25 mg IM tous les 3 mois (dernière injection 15/09)
Doliprane 1 g 3x/j
Contramal LP 100 mg matin et soir
Forlax 1 sachet/j

Sur le plan familial : son frère cadet, qui vit avec lui, est lui aussi sous anticoagulant (Eliquis) pour une phlébite ; père décédé d'un cancer du colon.

Autonome pour les actes de la vie quotidienne mais limite ses déplacements. Je l'estime OMS 2.

Le Dr Sallé envisage d'ajouter de l'enzalutamide et le reverra fin novembre. Je souhaiterais l'avis de la RCP sur l'intérêt d'une radiothérapie antalgique du rachis lombaire et d'un traitement anti-résorptif.

Bien confraternellement,

Dr H. Lambrecq
""",
    tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    bone=("present", ["pain"], True),
    pain=("present", ["mechanical"], 5),
    meds=("present", ["B01AA12", "C07AB07", "L02AE04", "N02BE01", "N02AX02", "A06AD15"]),
    local=("absent", []),
    btt=("absent", []),
    ac=("present", ["B01AA12"]),
    ap=("absent", []),
    prog=("present", "ecog", 2),
    project=("present", None),
    expect_gaps=[],
    tricky="AVK brand without accent (Previscan) with INR value and target; Kardégic stopped when the AVK started; "
           "brother on Eliquis (family); 'Pas de réveil nocturne' denies the nocturnal type; enzalutamide only envisaged",
))

# ---- l02: cardiologist, DOCX ----------------------------------------------
LETTERS.append(dict(
    id="l02", fmt="docx", author="Cardiologue (avis avant geste)",
    date=dt.date(2026, 11, 3), birth=dt.date(1951, 5, 14), sex="F", age=75,
    blocks=[
        ("H", "Dr Anne-Sophie VERNEUIL – Cardiologie"),
        "Cabinet de cardiologie du Parc – 4 allée des Tilleuls – 37100 Tours-Nord – Tél. 02 47 61 09 52",
        "Tours, le 3 novembre 2026",
        ("H", "Objet : Mme Jacqueline HAUDEBOURG, née le 14/05/1951 – avis cardiologique avant présentation en RCP métastases osseuses"),
        "Chère consœur, cher confrère,",
        "J'ai revu ce jour en consultation Mme Haudebourg, que je suis depuis 2009 pour une prothèse valvulaire mitrale "
        "mécanique (remplacement valvulaire en 2009 pour rétrécissement mitral rhumatismal). Son oncologue, le Dr Kerbrat, "
        "m'informe que son dossier est présenté à votre RCP pour une lésion lytique de T9, avec discussion d'une "
        "cimentoplastie, et me demande de préciser la conduite à tenir vis-à-vis des anticoagulants.",
        "Rappel oncologique (d'après le courrier du Dr Kerbrat) : carcinome lobulaire infiltrant du sein gauche opéré en "
        "2018, RE+ RP+ HER2 négatif. Rechute osseuse découverte sur le TEP-scanner de surveillance de juillet 2026 (T9, "
        "sacrum, côtes). Elle reçoit depuis août 2026 du Femara et du Kisqali. Le Xgeva, débuté en août, a été suspendu "
        "en octobre par le Dr Kerbrat dans l'attente de soins dentaires (avulsion de deux molaires programmée).",
        "La patiente me décrit des douleurs dorsales qui la gênent beaucoup ; je n'ai pas d'autre précision.",
        ("H", "Sur le plan cardiologique"),
        "– Anticoagulation au long cours par Coumadine (warfarine), INR cible 3 (zone 2,5 – 3,5) du fait de la valve "
        "mécanique en position mitrale. INR du 30/10 : 3,1. Équilibre satisfaisant, carnet AVK bien tenu.",
        "– Pas d'antiagrégant plaquettaire (l'aspirine avait été discutée en 2015 puis non retenue).",
        "– FEVG conservée à 60 %, prothèse normofonctionnelle à l'ETT du 28/10/2026. Pas d'insuffisance cardiaque.",
        ("H", "Traitement actuel"),
        ("T", [["Médicament", "Posologie"],
               ["Coumadine 5 mg", "1 cp le soir, dose ajustée selon l'INR"],
               ["Cardensiel 2,5 mg", "1 cp le matin"],
               ["Lasilix 40 mg", "1 cp le matin"],
               ["Femara 2,5 mg", "1 cp par jour"],
               ["Kisqali 200 mg", "3 cp par jour, 21 jours sur 28"],
               ["Inexium 20 mg", "1 cp le soir"]]),
        ("H", "Conduite à tenir proposée en cas de cimentoplastie"),
        "Il s'agit d'une patiente à haut risque thrombotique (valve mécanique mitrale). Je propose un arrêt de la "
        "Coumadine à J-5 avec relais par héparine non fractionnée sous-cutanée (Calciparine) dès que l'INR est inférieur "
        "à 2, arrêt de la Calciparine 12 heures avant le geste, contrôle de l'INR la veille (objectif < 1,5), puis reprise "
        "de la Coumadine le soir du geste en chevauchement avec la Calciparine jusqu'à obtention d'un INR > 2,5 sur deux "
        "contrôles successifs. Pas d'HBPM chez cette patiente porteuse d'une valve mécanique.",
        "Je reste bien entendu à votre disposition.",
        "Bien confraternellement,",
        "Dr A.-S. Verneuil",
    ],
    tumor=("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
    bone=("present", ["staging_imaging"], True),
    pain=("present", [], None),
    meds=("present", ["B01AA03", "C07AB07", "C03CA01", "L02BG04", "L01EF02", "A02BC05"]),
    local=("unknown", []),
    btt=("absent", []),
    ac=("present", ["B01AA03"]),
    ap=("absent", []),
    prog=("unknown", "ecog", None),
    project=("present", None),
    expect_gaps=[("pain", "incomplete"), ("priorLocalTreatments", "missing"), ("prognosis", "missing")],
    tricky="Bridging plan (Coumadine stop J-5, Calciparine relay) is future: heparin not current; INR target; "
           "Xgeva suspended for dental care (absent); cementoplasty only discussed; pain without type",
))

# ---- l03: thoracic oncologist, PDF ------------------------------------------
LETTERS.append(dict(
    id="l03", fmt="pdf", author="Oncologue thoracique",
    date=dt.date(2026, 10, 28), sex="M", age=66,
    blocks=[
        ("H", "CENTRE HOSPITALIER UNIVERSITAIRE DE VALMONT"),
        "Service d'oncologie thoracique – Pr Étienne Castagné – Dr Lucie Fauvel",
        "Secrétariat : 03 80 14 62 27",
        "Valmont, le 28 octobre 2026",
        ("H", "Dossier RCP métastases osseuses"),
        "Patient : M. Bruno DELACOUR, 66 ans",
        "Cher confrère,",
        "Je vous soumets le dossier de M. Delacour, 66 ans, ancien fumeur (40 PA, sevré en 2020), ancien chauffeur routier.",
        ("H", "Histoire oncologique"),
        "Adénocarcinome pulmonaire du lobe supérieur droit diagnostiqué en février 2026 (biopsie bronchique), TTF1+. "
        "Biologie moléculaire : mutation KRAS G12C ; pas de mutation d'EGFR, pas de réarrangement ALK ni ROS1. PD-L1 à 5 %. "
        "Stade IV d'emblée : le TEP-scanner du bilan initial (18/02/2026) retrouvait des lésions osseuses du cotyle droit, "
        "de T11 et de l'ilion gauche.",
        "Traitement : carboplatine – pémétrexed – pembrolizumab × 4 cycles (mars à mai 2026), puis maintenance par "
        "pémétrexed (Alimta) + pembrolizumab (Keytruda) toutes les 3 semaines, en cours (dernier cycle le 20/10/2026). "
        "Réponse partielle pulmonaire ; stabilité osseuse, hormis une majoration de la lésion du cotyle droit au scanner "
        "du 15/10/2026.",
        "Radiothérapie antalgique du cotyle droit, 8 Gy en une fraction, le 09/04/2026.",
        "Dénosumab (Xgeva 120 mg SC toutes les 4 semaines) depuis mai 2026 avec Cacit D3, bonne tolérance, bilan "
        "dentaire fait avant l'instauration.",
        ("H", "Maladie thromboembolique"),
        "Embolie pulmonaire segmentaire bilatérale le 02/03/2026. Traitée initialement par Xarelto, remplacé au bout de "
        "10 jours par la tinzaparine (Innohep) à dose curative, 175 UI/kg/j soit 14 000 UI une fois par jour, poursuivie "
        "depuis compte tenu du contexte néoplasique actif. Le Kardégic 75 qu'il prenait en prévention primaire a été "
        "interrompu au moment de l'instauration de l'anticoagulation curative et n'a pas été repris.",
        ("H", "Clinique"),
        "Douleur de la hanche droite à l'appui et à la marche, avec quelques réveils nocturnes, EN 3/10 sous traitement "
        "(6/10 en septembre). Pas de radiculalgie. ECOG 1. Poids stable.",
        ("H", "Traitement actuel"),
        ("T", [["Innohep 14 000 UI/0,7 ml", "1 injection SC par jour"],
               ["Xgeva 120 mg", "1 injection SC toutes les 4 semaines"],
               ["Cacit D3", "1 sachet par jour"],
               ["Alimta + Keytruda", "toutes les 3 semaines (J1 = J22)"],
               ["Doliprane 1 g", "jusqu'à 4 par jour"],
               ["Oxynorm 5 mg", "si douleur, 1 à 2 prises par jour"],
               ["Mopral 20 mg", "1 gélule par jour"]]),
        ("H", "Question posée à la RCP"),
        "Progression isolée du cotyle droit, déjà irradié : intérêt d'une cimentoplastie (acétabuloplastie) ou d'une "
        "ré-irradiation en conditions stéréotaxiques ? Le traitement systémique est poursuivi dans une intention "
        "palliative. Merci de préciser la gestion de l'Innohep en cas de geste.",
        "Bien confraternellement,",
        "Dr Lucie Fauvel",
    ],
    tumor=("present", "lung", "adenocarcinoma",
           {"KRAS": "positive", "EGFR": "negative", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
    bone=("present", ["staging_imaging"], True),
    pain=("present", ["mechanical", "nocturnal"], 3),
    meds=("present", ["B01AB10", "M05BX04", "A12AX", "L01BA04", "L01FF02", "N02BE01", "N02AA05", "A02BC01"]),
    local=("present", ["radiotherapy"]),
    btt=("present", ["M05BX04"]),
    ac=("present", ["B01AB10"]),
    ap=("absent", []),
    prog=("present", "ecog", 1),
    project=("present", "palliative"),
    expect_gaps=[],
    tricky="Xarelto switched to curative tinzaparin (Innohep) — only Innohep current; Kardégic interrupted and not "
           "resumed; carboplatin finished, maintenance current; pain 6/10 earlier vs 3/10 now",
))

# ---- l04: orthopaedic surgeon, TXT ------------------------------------------
LETTERS.append(dict(
    id="l04", fmt="txt", encoding="utf-8", author="Chirurgien orthopédiste",
    date=dt.date(2026, 9, 30), sex="F", age=82,
    text="""CLINIQUE SAINT-ROCH - Chirurgie orthopédique et traumatologique
Dr Marc-Antoine Brézellec
Tel secrétariat 04 67 22 81 40

COURRIER DE SORTIE

Montpellier-Ouest, le 30/09/2026

Mme Odette FOURCADE, 82 ans

Mon cher confrère,

Votre patiente Mme Fourcade a été hospitalisée dans le service du 12/09 au 24/09/2026 pour une fracture sous-trochantérienne pathologique du fémur droit survenue le 12/09 en se levant de son fauteuil, sans traumatisme vrai. Elle est connue pour un carcinome rénal à cellules claires du rein gauche (néphrectomie élargie en 2021), en surveillance simple depuis, sans métastase connue jusqu'ici.

Elle a bénéficié le 14/09 d'un enclouage centromédullaire long (clou gamma) avec biopsie de la lésion : métastase d'un carcinome à cellules claires d'origine rénale. Le bilan d'extension est en cours.

Gestion des anticoagulants : Mme Fourcade est traitée pour une ACFA par apixaban (Eliquis) 2,5 mg matin et soir, posologie réduite justifiée par l'âge supérieur à 80 ans et un poids de 51 kg. L'Eliquis a été interrompu à l'admission (fenêtre thérapeutique de 48 h avant le geste), avec thromboprophylaxie par Lovenox 4000 UI/j en post-opératoire. L'Eliquis a été repris à la même dose à J2 et le Lovenox arrêté le même jour.

Suites simples. Appui complet autorisé, marche avec déambulateur. Douleurs à la mobilisation de la hanche cotées EVA 3/10, pas de douleur au repos.

Traitement de sortie :
- ELIQUIS 2,5 mg : 1 cp matin et soir
- DOLIPRANE 1 g : 1 cp x 3/j
- ACUPAN 20 mg : 1 cp x 3/j si douleurs
- FORLAX 10 g : 1 sachet le matin
- LEVOTHYROX 50 µg : 1 cp à jeun

Je vous l'adresse pour discussion en RCP os d'une radiothérapie complémentaire du fémur opéré. Je n'ai pas d'information sur un éventuel traitement par Zometa ou Xgeva. La suite de la prise en charge oncologique sera vue par le Dr Gazagne, son oncologue, le 8 octobre.

Contrôle radiologique à 6 semaines.

Bien amicalement,
Dr M.-A. Brézellec
""",
    tumor=("present", "kidney", "clear_cell_carcinoma", {}),
    bone=("present", ["pathological_fracture"], True),
    pain=("present", ["mechanical"], 3),
    meds=("present", ["B01AF02", "N02BE01", "N02BG06", "A06AD15", "H03AA01"]),
    local=("present", ["surgery"]),
    btt=("unknown", []),
    ac=("present", ["B01AF02"]),
    ap=("unknown", []),
    prog=("unknown", "ecog", None),
    project=("unknown", None),
    expect_gaps=[("boneTargetedTherapy", "missing"), ("prognosis", "missing"), ("therapeuticProject", "missing")],
    tricky="Reduced-dose apixaban interrupted 48 h (fenêtre thérapeutique) then resumed: present; post-op preventive "
           "Lovenox stopped: not current; Zometa/Xgeva named only as unknown; RT only proposed",
))

# ---- l05: breast oncologist, DOCX ---------------------------------------------
LETTERS.append(dict(
    id="l05", fmt="docx", author="Oncologue médical (sein)",
    date=dt.date(2026, 10, 18), birth=dt.date(1970, 2, 2), sex="F", age=56,
    blocks=[
        ("H", "Institut de cancérologie du Val d'Argent – Oncologie médicale"),
        "Dr Claire Montfaucon – Tél. 03 29 41 58 06",
        "Saint-Dié-sur-Argent, le 18 octobre 2026",
        ("H", "RCP Métastases osseuses – demande d'avis"),
        "Patiente : Mme Nadia BELKACEM épouse ROUSSEL, née le 02/02/1970",
        ("H", "Antécédents"),
        "- Cancer du sein droit en 2016 : tumorectomie et curage axillaire ; carcinome canalaire infiltrant (NST) grade 2, "
        "RE 90 %, RP 0 %, HER2 score 1+ (négatif). Radiothérapie mammaire, tamoxifène puis létrozole jusqu'en 2021.",
        "- Syndrome coronarien aigu ST+ inférieur le 20/08/2026 : angioplastie de la coronaire droite avec pose d'un stent "
        "actif. Double antiagrégation plaquettaire Kardégic 75 mg + ticagrélor (Brilique) 90 mg x2/j pour 12 mois, soit "
        "jusqu'en août 2027. Au bilan cardiologique : ETT normale (FEVG 58 %), pas de trouble du rythme au Holter, pas "
        "d'indication à une anticoagulation.",
        "- Ostéonécrose de la mâchoire (mandibule gauche, stade 2) diagnostiquée en juin 2026 par le Dr Ricard, stomatologue.",
        "- Dyslipidémie. Tabagisme sevré en 2026.",
        "- Mère : cancer du sein à 62 ans, sous fluindione pour une fibrillation atriale.",
        ("H", "Histoire de la maladie osseuse"),
        "Rechute révélée en janvier 2024 par une hypercalcémie à 3,1 mmol/L (asthénie, confusion), le bilan retrouvant "
        "des métastases osseuses diffuses (rachis, bassin, sternum). Pas de localisation viscérale.",
        "1re ligne : létrozole + palbociclib (Ibrance) de 02/2024 à 08/2026, arrêt pour progression osseuse.",
        "Acide zolédronique (Zometa) 4 mg toutes les 4 puis 12 semaines de 03/2024 à 05/2026, définitivement arrêté "
        "après le diagnostic d'ostéonécrose de la mâchoire.",
        "Aucun traitement local osseux (ni radiothérapie, ni chirurgie, ni cimentoplastie).",
        ("H", "Situation actuelle"),
        "2e ligne par fulvestrant (Faslodex) 500 mg + abémaciclib (Verzenios) 150 mg x2/j depuis le 10/09/2026, "
        "intention palliative. Pas de douleur osseuse (EVA 0), pas d'antalgique. OMS 0. Calcémie normale.",
        "Traitement en cours : Kardégic 75 mg 1/j ; Brilique 90 mg 1 cp x2/j ; Tahor 80 mg ; bisoprolol 2,5 mg ; "
        "Triatec 2,5 mg ; Inexium 20 mg ; Faslodex 500 mg IM / 28 j ; Verzenios 150 mg x2/j.",
        ("H", "Questions"),
        "Compte tenu de l'ostéonécrose, faut-il reprendre un traitement anti-résorptif (dénosumab ?) et sous quelles "
        "conditions ? Y a-t-il une place pour une radiothérapie préventive de la lésion de L1 (risque fracturaire) ?",
        "Merci pour votre avis.",
        "Dr C. Montfaucon",
    ],
    tumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
    bone=("present", ["hypercalcemia"], True),
    pain=("absent", [], 0),
    meds=("present", ["B01AC06", "B01AC24", "C10AA05", "C07AB07", "C09AA05", "A02BC05", "L02BA03", "L01EF03"]),
    local=("absent", []),
    btt=("absent", []),
    ac=("absent", []),
    ap=("present", ["B01AC06", "B01AC24"]),
    prog=("present", "ecog", 0),
    project=("present", "palliative"),
    expect_gaps=[],
    tricky="DAPT (Kardégic + ticagrélor) after a stent; 'pas d'indication à une anticoagulation'; mother on "
           "fluindione; zoledronic acid stopped for osteonecrosis; denosumab only a question; letrozole/palbociclib stopped",
))

# ---- l06: cardiologist, PDF --------------------------------------------------
LETTERS.append(dict(
    id="l06", fmt="pdf", author="Cardiologue",
    date=dt.date(2026, 11, 9), sex="M", age=71,
    aliases={},
    blocks=[
        ("H", "Hôpital privé des Trois-Rivières – Service de cardiologie"),
        "Dr Julien Aubertot – Rythmologie et cardiologie interventionnelle – Tél. 05 49 38 12 70",
        "Le 9 novembre 2026",
        "À l'attention de la RCP métastases osseuses – Dr Nguyen-Lebreton, oncologie",
        "Cher confrère,",
        "Je fais suite à votre demande concernant M. Roger TISSERAND, âgé de 71 ans, dont le dossier doit être présenté "
        "à la RCP métastases osseuses.",
        "Rappel : carcinome épidermoïde bronchique du lobe inférieur gauche, PD-L1 < 1 %, diagnostiqué en avril 2026 "
        "devant une radiculalgie L5 gauche révélant une lyse de L4 (IRM du 14/04/2026). Traité par radiothérapie L4-L5 "
        "20 Gy en 5 fractions (mai 2026) puis 4 cycles de carboplatine-paclitaxel terminés en août 2026.",
        "Sur le plan cardiologique, M. Tisserand présente une fibrillation atriale permanente (CHA2DS2-VASc 4). Il était "
        "anticoagulé par Xaralto 20 mg jusqu'au 11/06/2026, date d'une hémorragie digestive haute grave (ulcère bulbaire "
        "Forrest Ib, 3 culots globulaires). Le rivaroxaban a été définitivement arrêté et nous avons retenu une "
        "contre-indication aux anticoagulants au long cours. Une fermeture percutanée de l'auricule gauche a été réalisée "
        "le 15/09/2026 ; il est depuis sous clopidogrel (Plavix) 75 mg seul, à poursuivre 6 mois puis relais par "
        "aspirine à vie. Aucun anticoagulant ni HBPM, y compris à dose préventive.",
        "Sur le plan des douleurs, il décrit des décharges électriques dans la jambe gauche, cotées à 6/10, et des "
        "brûlures du dos du pied gauche (DN4 à 5/10).",
        ("H", "Traitement actuel (ordonnance du 02/11/2026)"),
        ("T", [["Spécialité", "DCI", "Posologie"],
               ["Plavix 75 mg", "clopidogrel", "1 cp/j"],
               ["Inexium 40 mg", "ésoméprazole", "1 cp x2/j"],
               ["Xgeva 120 mg", "dénosumab", "1 inj SC / 4 sem."],
               ["Orocal D3", "calcium + vit D", "1 cp/j"],
               ["Lyrica 75 mg", "prégabaline", "1 gél. x2/j"],
               ["Skenan LP 30 mg", "morphine", "1 gél. x2/j"],
               ["Actiskenan 10 mg", "morphine", "si douleur, max 4/j"],
               ["Bisoprolol 5 mg", "bisoprolol", "1 cp/j"]]),
        "L'état général est correct, PS 1 selon son oncologue. Une 2e ligne par docétaxel est programmée par le "
        "Dr Nguyen-Lebreton à partir du 23/11/2026.",
        "En cas de geste invasif (une cimentoplastie a été évoquée), le clopidogrel ne doit pas être interrompu sans avis "
        "cardiologique, la fermeture d'auricule étant récente.",
        "Je reste à votre disposition. Bien confraternellement,",
        "Dr J. Aubertot",
    ],
    tumor=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "negative"}),
    bone=("present", ["pain"], True),
    pain=("present", ["neuropathic"], 6),
    meds=("present", ["B01AC04", "A02BC05", "M05BX04", "A12AX", "N03AX16", "N02AA01", "C07AB07"]),
    local=("present", ["radiotherapy"]),
    btt=("present", ["M05BX04"]),
    ac=("absent", []),
    ap=("present", ["B01AC04"]),
    prog=("present", "ecog", 1),
    project=("present", None),
    expect_gaps=[],
    tricky="Rivaroxaban (typo 'Xaralto') stopped for good after GI bleeding, 'contre-indication aux anticoagulants'; "
           "LAA closure with clopidogrel alone; future aspirin; drugs in a 3-column table; docetaxel programmed, not current",
))

# ---- l07: oncology resident, TXT e-mail ---------------------------------------
LETTERS.append(dict(
    id="l07", fmt="txt", encoding="utf-8", author="Interne d'oncologie digestive (e-mail)",
    date=dt.date(2026, 11, 16), sex="F", age=63,
    text="""De : Dr Pauline Guéguen (interne, oncologie digestive, CH de Kermor)
À : secrétariat RCP os
Date : 16/11/2026 18:42
Objet : dossier RCP os - Mme LE BIHAN Maryvonne

Bonjour,

Merci d'inscrire à la prochaine RCP os :

Mme LE BIHAN Maryvonne, 63 ans
- ADK colique sigmoidien (colectomie 2024), RAS : KRAS G12D muté, BRAF non muté, MSS
- méta hépatiques synchrones, FOLFOX puis FOLFIRI-bévacizumab depuis 03/2026
- méta osseuses découvertes sur le TDM TAP d'évaluation du 02/10/2026 : lyse sacrée + iliaque G, confirmées en IRM

Clinique : dlr sacrée ++ surtout la nuit, insomniante, EVA 7/10, pas d'irradiation dans les MI. Pas de déficit. PS 2.

ATCD :
- TVP poplitée + fémorale G le 12/09/2026 -> Lovenox à dose curative 6000 UI x2/j (62 kg), pas de relais AOD (interactions, thrombopénie fluctuante sous chimio). A poursuivre tant que la maladie est active.
- pas d'AAP
- HTA
- Fam : mère sous AVK (valve), soeur K sein

Ttt :
lovenox 6000 UI x2/j SC
oxycontin LP 20 mg x2
oxynormoro 5 mg si besoin
laroxyl 10 gouttes le soir
movicol 1 sachet x2
triatec 5 mg
FOLFIRI-bévacizumab / 14 j (C15 le 10/11)

Pas de RT antérieure, pas de bisphosphonate ni dénosumab pour l'instant (Xgeva à discuter en RCP selon bilan dentaire).
Projet : poursuite FOLFIRI-bévacizumab, palliatif.

Questions : RT antalgique sacrum ? cimentoplastie iliaque ? gestion du Lovenox si geste.

Merci !
Pauline Guéguen, interne (pour le Dr Le Floch)
poste 4821
""",
    tumor=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
    bone=("present", ["staging_imaging"], True),
    pain=("present", ["nocturnal"], 7),
    meds=("present", ["B01AB05", "N02AA05", "N06AA09", "A06AD65", "C09AA05"]),
    local=("absent", []),
    btt=("absent", []),
    ac=("present", ["B01AB05"]),
    ap=("absent", []),
    prog=("present", "ecog", 2),
    project=("present", "palliative"),
    expect_gaps=[],
    tricky="Curative-dose enoxaparin, 'pas de relais AOD' (no DOAC); 'pas d'AAP'; mother on AVK (family); "
           "lower-case brands; Xgeva only to be discussed; FOLFIRI-bevacizumab drugs not in the ATC table",
))

# ---- l08: GP + pasted discharge summary, DOCX ----------------------------------
LETTERS.append(dict(
    id="l08", fmt="docx", author="Médecin généraliste (CRH de cardiologie collé en fin de lettre)",
    date=dt.date(2026, 11, 20), birth=dt.date(1948, 11, 23), sex="M", age=77,
    blocks=[
        ("H", "Docteur Sylvie MARCHADIER"),
        "Médecine générale – 3 place de l'Église – 87250 Bessines-les-Monts – 05 55 76 40 92",
        "Le 20 novembre 2026",
        "Cher confrère,",
        "Je vous adresse M. Lucien VERGNAUD, né le 23/11/1948, que je suis depuis de nombreuses années, pour présentation "
        "à votre RCP métastases osseuses, à la demande de son urologue le Dr Pradel qui est en congés.",
        "M. Vergnaud est suivi pour un cancer de la prostate métastatique osseux, connu depuis mars 2024 (scintigraphie "
        "osseuse du bilan initial positive, PSA à 64 à l'époque). Il est traité par Enantone et Zytiga. Le PSA est "
        "remonté à 120 ng/ml le mois dernier.",
        "Il se plaint depuis l'été de douleurs du bassin à la marche qui le limitent beaucoup, sans douleur la nuit.",
        "Il a été hospitalisé en cardiologie à Limoges du 5 au 12 octobre pour une embolie pulmonaire ; je vous joins "
        "ci-dessous le compte rendu d'hospitalisation. Le traitement de sortie n'a pas été modifié depuis.",
        "Je vous remercie de votre avis sur la prise en charge des douleurs et la suite du traitement.",
        "Bien confraternellement,",
        "Dr S. Marchadier",
        "------------------------------------------------------------",
        ("H", "CENTRE HOSPITALIER DE LIMOGES-SUD – Service de cardiologie"),
        "Compte rendu d'hospitalisation du 05/10/2026 au 12/10/2026",
        "Patient : VERGNAUD Lucien, né le 23/11/1948",
        "Motif : dyspnée aiguë.",
        "Diagnostic : embolie pulmonaire bilatérale proximale à risque intermédiaire bas, sans TVP associée. Contexte "
        "néoplasique (adénocarcinome prostatique métastatique osseux).",
        "Antécédents : cancer de la prostate métastatique (Dr Pradel), HTA, diabète de type 2, gonarthrose droite.",
        "Évolution : héparine non fractionnée IVSE 48 h puis relais par apixaban. Bonne évolution clinique.",
        "État général : OMS 1 à la sortie.",
        "Traitement de sortie :",
        ("T", [["ELIQUIS 5 mg", "1 cp matin et soir (dose de charge 10 mg x2 terminée le 12/10)"],
               ["KARDEGIC 75 mg", "ARRÊTÉ (pas d'indication en association à l'anticoagulation)"],
               ["ZYTIGA 500 mg", "2 cp le matin à jeun"],
               ["CORTANCYL 5 mg", "1 cp matin et soir"],
               ["ENANTONE LP 30 mg", "1 inj / 6 mois (dernière en juillet)"],
               ["GLUCOPHAGE 850 mg", "1 cp x2/j"],
               ["TRIATEC 5 mg", "1 cp/j"],
               ["DOLIPRANE 1 g", "si douleur, max 3/j"]]),
        "Durée de l'anticoagulation : au moins 6 mois, à poursuivre tant que le cancer est actif.",
        "Dr F. Vialard, cardiologue",
    ],
    tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    bone=("present", ["staging_imaging"], True),
    pain=("present", ["mechanical"], None),
    meds=("present", ["B01AF02", "L02BX03", "H02AB07", "L02AE02", "A10BA02", "C09AA05", "N02BE01"]),
    local=("unknown", []),
    btt=("unknown", []),
    ac=("present", ["B01AF02"]),
    ap=("absent", []),
    prog=("present", "ecog", 1),
    project=("present", None),
    expect_gaps=[("priorLocalTreatments", "missing"), ("boneTargetedTherapy", "missing")],
    tricky="Anticoagulant (Eliquis), the Kardégic stop, histology and OMS only in the pasted discharge summary; "
           "age from birth date three days before the birthday; heparin IV was one-off; 'sans douleur la nuit'",
))

# ---- l09: spine neurosurgeon, PDF ----------------------------------------------
LETTERS.append(dict(
    id="l09", fmt="pdf", author="Neurochirurgien (rachis)",
    date=dt.date(2026, 10, 21), sex="M", age=59,
    blocks=[
        ("H", "CHU de Rivemont – Service de neurochirurgie – Unité rachis"),
        "Dr Thomas Quémeneur, praticien hospitalier – Secrétariat 02 98 33 71 64",
        "Rivemont, le 21 octobre 2026",
        ("H", "Lettre de liaison – RCP métastases osseuses"),
        "M. Yannick ROLLAND, 59 ans",
        "Cher confrère,",
        "M. Rolland, suivi depuis juin 2025 pour un adénocarcinome pulmonaire du lobe supérieur gauche, BRAF V600E muté "
        "(EGFR non muté, ALK négatif), traité par dabrafénib-tramétinib, a été admis le 02/10/2026 aux urgences pour une "
        "paraparésie d'installation rapide (force 3/5 aux deux membres inférieurs) avec niveau sensitif T7, révélant une "
        "compression médullaire sur épidurite métastatique de T6. Il n'avait jusque-là aucune lésion osseuse connue.",
        "Il a été opéré en urgence le 03/10/2026 : laminectomie T5-T7 de décompression et ostéosynthèse percutanée T4-T8. "
        "Récupération progressive, marche avec aide à J10. Radiothérapie post-opératoire T4-T8, 20 Gy en 5 fractions, "
        "terminée le 17/10/2026.",
        "Bilan d'extension (TEP-TDM du 08/10) : autres lésions osseuses (iliaque droit, C7, côtes), adénopathies médiastinales.",
        ("H", "Antithrombotiques"),
        "- Plavix 75 mg pris depuis 2021 pour une artériopathie des membres inférieurs : arrêté le 02/10 à l'admission, "
        "non repris à ce jour ; la reprise dépend de l'avis du chirurgien vasculaire (consultation le 28/10).",
        "- HBPM à dose préventive par daltéparine (Fragmine 5000 UI/j) depuis le 04/10, à poursuivre jusqu'à la reprise "
        "d'une marche normale.",
        "- Pas d'anticoagulation curative, pas d'antécédent de MTEV.",
        "Le traitement par dénosumab n'a pas été débuté : un bilan bucco-dentaire est en cours.",
        ("H", "Douleurs"),
        "Douleurs en ceinture thoracique à type de brûlures, EN 4/10, sans composante mécanique nette.",
        ("H", "Traitement actuel"),
        "Fragmine 5000 UI 1 inj SC/j – Dexaméthasone (Dectancyl) 8 mg/j, décroissance en cours – Inexium 40 mg/j – "
        "Lyrica 75 mg x2/j – Oxycontin LP 10 mg x2/j – Paracétamol 1 g x4/j.",
        "Le dabrafénib-tramétinib est suspendu depuis l'admission.",
        "État général : Karnofsky 60 %.",
        "Projet oncologique (Dr Salaün, oncologie thoracique) : reprise du dabrafénib-tramétinib dès la cicatrisation "
        "cutanée, décidée en RCP thoracique le 15/10/2026.",
        ("H", "Question"),
        "Indication d'une radiothérapie des lésions de C7 et de l'iliaque droit ; place du dénosumab.",
        "Bien cordialement,",
        "Dr T. Quémeneur",
    ],
    tumor=("present", "lung", "adenocarcinoma", {"BRAF": "positive", "EGFR": "negative", "ALK": "negative"}),
    bone=("present", ["neurological_deficit"], True),
    pain=("present", ["neuropathic"], 4),
    meds=("present", ["B01AB04", "H02AB02", "A02BC05", "N03AX16", "N02AA05", "N02BE01"]),
    local=("present", ["surgery", "radiotherapy"]),
    btt=("absent", []),
    ac=("present", ["B01AB04"]),
    ap=("absent", []),
    prog=("present", "kps", 60),
    project=("present", None),
    expect_gaps=[],
    tricky="Preventive dalteparin is an anticoagulant (present) next to 'pas d'anticoagulation curative'; Plavix "
           "stopped at admission, resumption pending; denosumab 'n'a pas été débuté'; Karnofsky only; targeted therapy suspended",
))

# ---- l10: GP, TXT cp1252 CRLF ---------------------------------------------------
LETTERS.append(dict(
    id="l10", fmt="txt", encoding="cp1252", newline="\r\n", author="Médecin généraliste (patiente en EHPAD)",
    date=dt.date(2026, 11, 12), birth=dt.date(1938, 3, 7), sex="F", age=88,
    text="""Docteur Bernard QUILLET
Médecine générale - 22 route de Mauriac - 15200 Saint-Fréjoux
Tel 04 71 68 05 33

Le 12/11/2026

Cher Confrère,

Je me permets de vous adresser Mme Marcelle ESCURE, née le 07/03/1938, qui vit en EHPAD à Saint-Fréjoux, pour avis de la RCP.

Elle a un cancer du sein gauche connu depuis 2019, non opéré vu l'âge (biopsie : carcinome lobulaire infiltrant, RE positifs, RP négatifs), traité par Arimidex depuis.

En septembre, une radio de thorax faite pour une toux fébrile (pneumopathie, guérie sous Augmentin) a montré par hasard des lésions costales et une lyse de l'humérus gauche ; le scanner du 01/10/2026 confirme plusieurs métastases osseuses (côtes, humérus G, bassin).

Elle ne se plaint d'aucune douleur, même à la mobilisation de l'épaule.

Elle prend un anticoagulant depuis une phlébite il y a quelques années, du Sintrom il me semble, mais l'infirmière de l'EHPAD n'a pas l'ordonnance du cardiologue et la famille n'est pas sûre ; je vérifie et vous tiens au courant.
Elle a eu du Prolia pour une ostéoporose de 2015 à 2020, arrêté par le rhumatologue.

Traitement (fiche EHPAD) :
Arimidex 1 mg 1/j
Kardegic 75 1 sachet/j
Levothyrox 75 µg
Doliprane 1 g si besoin
Imovane 7,5 1/2 cp le soir

Elle est OMS 3, passe la majeure partie de la journée au fauteuil, mais garde une bonne qualité de vie et souhaite rester à l'EHPAD.

Je souhaite savoir s'il y a une indication à un traitement de l'humérus (risque fracturaire ?) et s'il faut modifier l'hormonothérapie.

Confraternellement,
B. Quillet
""",
    tumor=("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative"}),
    bone=("present", ["incidental_imaging"], True),
    pain=("absent", [], None),
    meds=("present", ["L02BG03", "B01AC06", "H03AA01", "N02BE01", "N05CF01"]),
    local=("unknown", []),
    btt=("absent", []),
    ac=("uncertain", ["B01AA07"]),
    ap=("present", ["B01AC06"]),
    prog=("present", "ecog", 3),
    project=("present", None),
    expect_gaps=[("priorLocalTreatments", "missing"), ("anticoagulation", "uncertain")],
    tricky="cp1252 + CRLF; 'du Sintrom il me semble ... je vérifie' (uncertain with agent, not a current drug); "
           "Kardegic without accent in the EHPAD list; Prolia stopped 2020; Augmentin one-off; incidental discovery",
))

# ---- l11: radiation oncologist form, DOCX --------------------------------------
LETTERS.append(dict(
    id="l11", fmt="docx", author="Oncologue radiothérapeute (fiche RCP)",
    date=dt.date(2026, 11, 12), birth=dt.date(1957, 6, 30), sex="M", age=69,
    blocks=[
        ("H", "Centre Henri-Bazin – Service de radiothérapie – Chambéry-le-Lac"),
        "Dr Éloïse Mandrin, oncologue radiothérapeute – Tél. 04 79 62 15 90",
        ("H", "Fiche de présentation RCP métastases osseuses"),
        ("T", [["Date", "12/11/2026"],
               ["Patient", "M. Patrick CHAUVEL, né le 30/06/1957"],
               ["Médecin référent", "Dr Poncet (pneumologie)"],
               ["Tumeur primitive", "Carcinome bronchique à petites cellules, stade étendu (diagnostic 05/2026)"],
               ["Traitement oncologique", "Carboplatine-étoposide-atézolizumab x4 (mai-août 2026) puis maintenance par "
                                          "atézolizumab (Tecentriq) 1200 mg / 3 semaines, en cours. Radiothérapie "
                                          "thoracique de consolidation 30 Gy / 10 fr en septembre 2026."],
               ["Lésions osseuses", "Douleur costale droite apparue fin août 2026 ; scanner : lyse de l'arc postérieur "
                                    "de la 7e côte droite et de l'aile iliaque gauche."],
               ["Douleur", "Costale droite, à type de brûlure en hémiceinture, majorée à la mobilisation du tronc, EVA 5/10."],
               ["Traitements locaux osseux antérieurs", "Aucun (pas d'irradiation osseuse)."],
               ["Anticoagulant", "Non"],
               ["Antiagrégant plaquettaire", "Non"],
               ["Traitement osseux", "Zometa 4 mg, 2 perfusions (juillet et août 2026), suspendu depuis septembre dans "
                                     "l'attente de soins dentaires (avulsion de 2 molaires prévue le 20/11)."],
               ["OMS", "1"],
               ["Intention", "Palliative"]]),
        ("H", "Traitement habituel"),
        "Lixiana 60 mg 1 cp/j (ACFA)",
        "Tecentriq 1200 mg IV / 21 j",
        "Skenan LP 20 mg x2/j",
        "Actiskenan 5 mg si besoin",
        "Neurontin 300 mg x3/j",
        "Inipomp 40 mg/j",
        "Bisoprolol 2,5 mg/j",
        ("H", "Question posée"),
        "Radiothérapie antalgique de la 7e côte droite (8 Gy) ? Reprise du Zometa après les soins dentaires ou passage "
        "au dénosumab ?",
    ],
    tumor=("present", "lung", "small_cell_carcinoma", {}),
    bone=("present", ["pain"], True),
    pain=("present", ["neuropathic", "mechanical"], 5),
    meds=("present", ["B01AF03", "L01FF05", "N02AA01", "N03AX12", "A02BC02", "C07AB07"]),
    local=("absent", []),
    btt=("absent", []),
    ac=("conflicting", ["B01AF03"]),
    ap=("absent", []),
    prog=("present", "ecog", 1),
    project=("present", "palliative"),
    expect_gaps=[("anticoagulation", "conflicting")],
    tricky="Form says 'Anticoagulant : Non' while Lixiana (edoxaban) is in the usual treatment (conflicting); Zometa "
           "suspended for dental care; thoracic consolidation RT is not a bone treatment; carboplatin-etoposide finished",
))

# ---- l12: medical oncologist, PDF ---------------------------------------------
LETTERS.append(dict(
    id="l12", fmt="pdf", author="Oncologue médical (uro-oncologie)",
    date=dt.date(2026, 11, 10), sex="M", age=74,
    aliases={"C07AB07": ["Cardenseil"]},
    blocks=[
        ("H", "Groupe hospitalier Sainte-Gudule – Oncologie médicale"),
        "Dr Arnaud Pellegrin – Tél. 01 64 59 20 86",
        "Melun-Bréau, le 10 novembre 2026",
        ("H", "Objet : M. Jean-Claude BOUVRET, 74 ans – RCP métastases osseuses"),
        "Cher ami,",
        "Je te propose de discuter en RCP le dossier de M. Bouvret, 74 ans, suivi pour un adénocarcinome prostatique "
        "(Gleason 4+5) métastatique osseux d'emblée en 2022, devenu résistant à la castration en 2025.",
        ("H", "Historique"),
        "- 2022 : découverte devant des douleurs lombaires ; scintigraphie : lésions rachidiennes et costales multiples ; PSA 240.",
        "- Hormonothérapie : Décapeptyl + apalutamide (Erleada) de 2022 à 2025, apalutamide arrêté pour progression.",
        "- Cimentoplastie de L2 en mars 2025 pour un tassement douloureux.",
        "- Dénosumab (Xgeva) mensuel depuis 2022, interrompu depuis le 15/09/2026 pour des soins dentaires (avulsion de "
        "3 dents) ; reprise prévue après cicatrisation muqueuse, sur avis du chirurgien-dentiste.",
        "- Docétaxel (Taxotère) 75 mg/m² toutes les 3 semaines avec prednisone depuis le 15/07/2026, C6 le 03/11/2026. "
        "PSA 88 ng/ml (150 en juillet).",
        ("H", "Comorbidités"),
        "- Cardiopathie ischémique, stent actif de l'IVA en 2019. Kardégic 75 poursuivi à vie sur avis du cardiologue.",
        "- FA paroxystique découverte en 2024 : rivaroxaban (Xarelto) 15 mg/j, dose adaptée à la fonction rénale "
        "(clairance 42 ml/min). Le cardiologue maintient l'association Xarelto + Kardégic malgré le risque hémorragique.",
        "- Diabète de type 2, dyslipidémie.",
        "- Son fils est lui-même anticoagulé au long cours pour une thrombophilie (mutation du facteur V Leiden).",
        ("H", "Clinique"),
        "Douleurs costales et dorsales à horaire inflammatoire avec dérouillage matinal d'une heure, EN 4/10 sous palier 2. "
        "Pas de signe neurologique. ECOG 1.",
        ("H", "Traitement actuel"),
        "- Xarelto 15 mg 1 cp le soir",
        "- Kardégic 75 mg 1 sachet/j",
        "- Décapeptyl 22,5 mg / 6 mois",
        "- Taxotère toutes les 3 semaines + Cortancyl 5 mg x2/j",
        "- Glucophage 1000 mg x2, Tahor 20 mg, Cardenseil 2,5 mg",
        "- Ixprim 1 cp x3/j",
        "- Cacit D3 1 sachet/j",
        ("H", "Projet"),
        "Poursuite du docétaxel jusqu'à C8-C10 selon tolérance, intention palliative.",
        ("H", "Question à la RCP"),
        "Progression douloureuse de T8 sans atteinte du mur postérieur : radiothérapie ou nouvelle cimentoplastie ? En "
        "cas de geste, gestion du Xarelto (fenêtre de 48 h, relais par HBPM ?) et du Kardégic.",
        "Amitiés,",
        "Arnaud Pellegrin",
    ],
    tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    bone=("present", ["pain"], True),
    pain=("present", ["inflammatory"], 4),
    meds=("present", ["B01AF01", "B01AC06", "L02AE04", "L01CD02", "H02AB07", "A10BA02", "C10AA05",
                      "C07AB07", "N02AX02", "A12AX"]),
    local=("present", ["cementoplasty"]),
    btt=("absent", []),
    ac=("present", ["B01AF01"]),
    ap=("present", ["B01AC06"]),
    prog=("present", "ecog", 1),
    project=("present", "palliative"),
    expect_gaps=[],
    tricky="Reduced-dose rivaroxaban + aspirin kept together; son anticoagulated (family); Xgeva interrupted for "
           "dental care with planned resumption (absent); HBPM relay only a question; apalutamide stopped; typo Cardenseil",
))


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
def blocks_text(blocks) -> str:
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "H":
            out.append(b[1])
        else:
            for row in b[1]:
                out.append(" | ".join(row))
    return "\n".join(out)


def write_txt(L, path: Path):
    text = L["text"]
    nl = L.get("newline", "\n")
    data = text.replace("\n", nl).encode(L.get("encoding", "utf-8"))
    path.write_bytes(data)


def write_docx(L, path: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for b in L["blocks"]:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "H":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        else:
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = L["author"]
    cp.last_modified_by = "secretariat"
    cp.title = "Courrier RCP métastases osseuses"
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


class PdfFont:
    def __init__(self, chars: set):
        import logging
        from fontTools.ttLib import TTFont
        from fontTools import subset
        logging.getLogger("fontTools").setLevel(logging.ERROR)
        font = TTFont(str(FONT), recalcTimestamp=False)
        self.upm = font["head"].unitsPerEm
        cmap = font.getBestCmap()
        hmtx = font["hmtx"]
        self.gid, self.width = {}, {}
        for ch in sorted(chars):
            cp = ord(ch)
            if cp not in cmap:
                raise SystemExit(f"CONTRACT VIOLATION: character {ch!r} not in DejaVu Sans")
            gname = cmap[cp]
            self.gid[ch] = font.getGlyphID(gname)
            self.width[ch] = round(hmtx[gname][0] * 1000 / self.upm)
        opts = subset.Options()
        opts.retain_gids = True
        opts.notdef_outline = True
        opts.layout_features = []
        opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=[ord(c) for c in chars])
        sub.subset(font)
        font.recalcTimestamp = False
        b = io.BytesIO()
        font.save(b)
        self.data = b.getvalue()

    def text_width(self, s, size):
        return sum(self.width[c] for c in s) * size / 1000

    def hex(self, s):
        return "".join(f"{self.gid[c]:04X}" for c in s)


def wrap(font, text, size, maxw):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if font.text_width(cand, size) <= maxw or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def write_pdf(L, path: Path):
    blocks = L["blocks"]
    chars = set(blocks_text(blocks).replace("\n", "")) | {" "}
    font = PdfFont(chars)
    W, H, margin = 595.28, 841.89, 56
    pages, ops = [], []
    y = H - margin

    def newpage():
        nonlocal ops, y
        if ops:
            pages.append(ops)
        ops, y = [], H - margin

    def line(s, x, size, dy):
        nonlocal y
        if y - dy < margin:
            newpage()
        y -= dy
        ops.append(f"BT /F1 {size} Tf {x:.2f} {y:.2f} Td <{font.hex(s)}> Tj ET")

    for b in blocks:
        if isinstance(b, str):
            for ln in wrap(font, b, 10, W - 2 * margin):
                line(ln, margin, 10, 13)
            y -= 5
        elif b[0] == "H":
            y -= 4
            for ln in wrap(font, b[1], 11, W - 2 * margin):
                line(ln, margin, 11, 15)
            y -= 3
        else:
            rows = b[1]
            ncol = len(rows[0])
            colw = (W - 2 * margin) / ncol if ncol > 2 else None
            widths = [170, W - 2 * margin - 170] if ncol == 2 else [colw] * ncol
            for row in rows:
                cell_lines = [wrap(font, c, 9.5, widths[j] - 8) for j, c in enumerate(row)]
                n = max(len(c) for c in cell_lines)
                for k in range(n):
                    if y - 12 < margin:
                        newpage()
                    y -= 12
                    x = margin
                    for j, cl in enumerate(cell_lines):
                        if k < len(cl) and cl[k]:
                            ops.append(f"BT /F1 9.5 Tf {x:.2f} {y:.2f} Td <{font.hex(cl[k])}> Tj ET")
                        x += widths[j]
                y -= 2
            y -= 6
    pages.append(ops)

    objs = {}
    npages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 type0 font, 4 cidfont, 5 descriptor, 6 fontfile, 7 tounicode, 8 info,
    # then page/content pairs
    page_ids = [9 + 2 * i for i in range(npages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{p} 0 R" for p in page_ids) +
               f"] /Count {npages} >>").encode()
    fname = "RCPAAA+DejaVuSans"
    objs[3] = (f"<< /Type /Font /Subtype /Type0 /BaseFont /{fname} /Encoding /Identity-H "
               f"/DescendantFonts [4 0 R] /ToUnicode 7 0 R >>").encode()
    wentries = " ".join(f"{font.gid[c]} [{font.width[c]}]" for c in sorted(chars, key=lambda c: font.gid[c]))
    objs[4] = (f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{fname} "
               f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
               f"/FontDescriptor 5 0 R /DW 600 /W [{wentries}] /CIDToGIDMap /Identity >>").encode()
    objs[5] = (f"<< /Type /FontDescriptor /FontName /{fname} /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               f"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 6 0 R >>").encode()
    ff = zlib.compress(font.data, 9)
    objs[6] = (f"<< /Length {len(ff)} /Length1 {len(font.data)} /Filter /FlateDecode >>\nstream\n").encode() + ff + b"\nendstream"
    bf = "\n".join(f"<{font.gid[c]:04X}> <{ord(c):04X}>" for c in sorted(chars, key=lambda c: font.gid[c]))
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
    items = bf.split("\n")
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        cmap += f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar\n"
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    cm = zlib.compress(cmap.encode(), 9)
    objs[7] = f"<< /Length {len(cm)} /Filter /FlateDecode >>\nstream\n".encode() + cm + b"\nendstream"
    objs[8] = (b"<< /Producer (RCP corpus26 writer) /Creator (Traitement de texte) "
               b"/CreationDate (D:20261120090000+01'00') /ModDate (D:20261120090000+01'00') >>")
    for i, pops in enumerate(pages):
        pid = page_ids[i]
        content = zlib.compress("\n".join(pops).encode("ascii"), 9)
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W} {H}] "
                     f"/Resources << /Font << /F1 3 0 R >> >> /Contents {pid + 1} 0 R >>").encode()
        objs[pid + 1] = f"<< /Length {len(content)} /Filter /FlateDecode >>\nstream\n".encode() + content + b"\nendstream"
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += f"{n} 0 obj\n".encode() + objs[n] + b"\nendobj\n"
    xref = len(out)
    maxn = max(objs)
    out += f"xref\n0 {maxn + 1}\n0000000000 65535 f \n".encode()
    for n in range(1, maxn + 1):
        out += f"{offsets[n]:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {maxn + 1} /Root 1 0 R /Info 8 0 R "
            f"/ID [<{'%032x' % zlib.crc32(L['id'].encode())}> <{'%032x' % zlib.crc32(L['id'].encode())}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(bytes(out))


def letter_text(L) -> str:
    return L["text"] if "text" in L else blocks_text(L["blocks"])


def main():
    atc_ref = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids) or ids != [f"l{i:02d}" for i in range(1, len(ids) + 1)]:
        violation("-", "letter ids must be l01..lNN without gaps")
    golds = []
    for L in LETTERS:
        g = build_gold(L)
        check(L, g, letter_text(L), atc_ref)
        if L["fmt"] == "txt":
            try:
                L["text"].encode(L.get("encoding", "utf-8"))
            except UnicodeEncodeError as e:
                violation(L["id"], f"text not encodable: {e}")
        golds.append(g)
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for old in list(letters_dir.iterdir()) + list(gold_dir.iterdir()):
        old.unlink()
    for L, g in zip(LETTERS, golds):
        path = letters_dir / f"{L['id']}.{L['fmt']}"
        {"txt": write_txt, "docx": write_docx, "pdf": write_pdf}[L["fmt"]](L, path)
        (gold_dir / f"{L['id']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds in {HERE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
