#!/usr/bin/env python3
"""Blind evaluation corpus 19: DPI-exported RCP request forms and short GP notes.

Holds every letter's text and its gold record as Python data, derives the gold
gaps with one function implementing the spec's gap rule, checks every gold
against the contract (shared/spec/rcp-request.md) and the drug annotations
against shared/spec/atc-reference.tsv, and only then writes letters/ and gold/.
Exits with "CONTRACT VIOLATION: ..." on the first failure.

Output is byte-identical on every run: fixed PDF creation dates and producer,
fpdf2 font subsetting, fixed random seed for the scan noise.

Run from /work/main:
    /work/main/.venv/bin/python tests/corpus19/make_letters.py
"""
from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ATC_TSV = REPO.parent / "shared" / "spec" / "atc-reference.tsv"  # /work/shared/spec/atc-reference.tsv
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
UTC = dt.timezone.utc


def fail(msg: str) -> None:
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


# ---------------------------------------------------------------------------
# Contract constants (spec: rcp-request.md)
# ---------------------------------------------------------------------------
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
# drug annotation states: which ones count as taken now
DRUG_STATES = {"current", "conflict", "doubt", "stopped", "planned", "question", "once"}
CURRENT_STATES = {"current", "conflict"}


# ---------------------------------------------------------------------------
# The gap rule (spec, "Gaps"): the only place gaps come from
# ---------------------------------------------------------------------------
def derive_gaps(g: dict) -> list[list[str]]:
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
            or (item == "primaryTumor" and sec["histology"] is None)
            or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
        )
        if incomplete:
            gaps.append([item, "incomplete"])
    return gaps


# ---------------------------------------------------------------------------
# Gold builders (keep the JSON shape of the dev gold files)
# ---------------------------------------------------------------------------
def PT(status, site=None, histology=None, **bm):
    return {"status": status, "site": site, "histology": histology,
            "biomarkers": {k.replace("PD_L1", "PD-L1"): v for k, v in bm.items()}}


def BD(status, circumstances=(), dated=False):
    return {"status": status, "circumstances": sorted(circumstances), "dated": dated}


def PAIN(status, types=(), intensity=None):
    return {"status": status, "types": sorted(types), "intensity": intensity}


def ATC(status, *codes):
    return {"status": status, "atc": sorted(codes)}


def LOCAL(status, *types):
    return {"status": status, "types": sorted(types)}


def PROG(status, ecog=None, kps=None):
    if kps is not None:
        return {"status": status, "kps": kps}
    return {"status": status, "ecog": ecog}


def PROJ(status, intent=None):
    return {"status": status, "intent": intent}


def GOLD(sex, age, pt, bd, pain, meds, local, btt, ac, ap, prog, proj):
    return {"patient": {"sex": sex, "age": age}, "primaryTumor": pt, "boneDiagnosis": bd,
            "pain": pain, "currentMedications": meds, "priorLocalTreatments": local,
            "boneTargetedTherapy": btt, "anticoagulation": ac, "antiplatelets": ap,
            "prognosis": prog, "therapeuticProject": proj}


D = dt.date
LETTERS: list[dict] = []

# ===========================================================================
# c01: pneumology DPI form, text PDF, 2 pages
# ===========================================================================
LETTERS.append(dict(
    id="c01", ext="pdf", kind="form",
    date=D(2025, 5, 12), birth=D(1951, 3, 4), age_written=None,
    producer="Hélios DPI v7.4 (module RCP)", creation=dt.datetime(2025, 5, 12, 16, 42, 11, tzinfo=UTC),
    title="Demande RCP - MARCHAND Gérard", author="LEFEBVRE Amandine",
    inst=["CHU de Valmont — Hôpital Saint-Éloi", "Pôle Thorax – Service de Pneumologie B",
          "Fiche de demande d'inscription en RCP"],
    label=["MARCHAND Gérard", "Né(e) le 04/03/1951   Sexe : M", "IPP : 0045123781   UF 2104"],
    footer="Imprimé le 12/05/2025 16:42 par LEFEBVRE Amandine — Hélios DPI v7.4 — Document confidentiel",
    pages=2, label_w=62,
    blocks=[
        ("title", "DEMANDE D'INSCRIPTION EN RÉUNION DE CONCERTATION PLURIDISCIPLINAIRE"),
        ("field", "RCP", "Métastases osseuses (RCP régionale Os – Rachis)"),
        ("field", "Date de la demande", "12/05/2025"),
        ("field", "Date de RCP souhaitée", "22/05/2025"),
        ("field", "Type de présentation", "Première présentation"),
        ("field", "Médecin demandeur", "Dr Amandine LEFEBVRE, pneumologue — poste 6190 — 03 84 27 61 90"),
        ("field", "Médecin traitant", "Dr Paul RIGAUD, 12 rue des Tanneurs, 39150 Saint-Aubin-les-Forges"),
        ("field", "Présence du demandeur", "Oui (visio)"),
        ("section", "1. Tumeur primitive"),
        ("field", "Organe", "Poumon – lobe supérieur droit"),
        ("field", "Histologie", "Adénocarcinome (biopsie bronchique du 18/02/2025)"),
        ("field", "Stade / TNM", "cT3 N2 M1c (os, surrénale gauche)"),
        ("field", "Biologie moléculaire",
         "EGFR : non muté — ALK : négatif (IHC) — ROS1 : non réalisé — KRAS : mutation G12C — PD-L1 : 5 %"),
        ("field", "Date du diagnostic", "18/02/2025"),
        ("section", "2. Métastases osseuses"),
        ("field", "Circonstances de découverte", "Bilan d'extension initial (TEP-TDM du 03/03/2025)"),
        ("field", "Localisations",
         "L3 (lyse corporéale ~50 %, mur postérieur respecté), aile iliaque droite, 7e arc costal gauche"),
        ("field", "Score SINS", "Non renseigné"),
        ("field", "Déficit neurologique", "Non"),
        ("field", "Hypercalcémie", "Non"),
        ("section", "3. Douleur"),
        ("field", "Douleur", "Oui"),
        ("field", "EVA actuelle", "5/10"),
        ("field", "Caractéristiques", "Lombalgies d'horaire mécanique, majorées à la marche et au port de charges"),
        ("field", "Antalgiques", "cf. traitements en cours"),
        ("pagebreak",),
        ("section", "4. Traitements en cours"),
        ("para", "- Keytruda (pembrolizumab) 200 mg + carboplatine AUC 5 + pémétrexed 500 mg/m², J1=J22 — "
                 "C1 le 03/04/2025, C3 prévue le 15/05/2025\n"
                 "- Doliprane 1 g x 3/j\n"
                 "- Lamaline 1 gélule si douleur (max 4/j)\n"
                 "- Kardégic 75 mg/j\n"
                 "- Inexium 20 mg/j\n"
                 "- Spéciafoldine 0,4 mg/j ; vitamine B12 IM toutes les 9 semaines"),
        ("field", "Traitement anticoagulant", "Non"),
        ("field", "Traitement antiagrégant", "Oui (Kardégic — stent coronaire 2019)"),
        ("field", "Traitement anti-résorptif osseux (bisphosphonate / dénosumab)", "Non renseigné"),
        ("section", "5. Traitements locaux antérieurs des lésions osseuses"),
        ("field", "Radiothérapie", "Non"),
        ("field", "Chirurgie", "Non"),
        ("field", "Cimentoplastie", "Non"),
        ("field", "Radiologie interventionnelle (RF, cryo)", "Non"),
        ("section", "6. État général – Pronostic"),
        ("field", "OMS (PS)", "1"),
        ("field", "Poids / IMC", "71 kg (−4 kg en 3 mois) / 23,4"),
        ("field", "Espérance de vie estimée", "Non renseigné"),
        ("field", "Antécédents",
         "HTA, cardiopathie ischémique (stent IVA 2019), BPCO stade 2, tabagisme sevré (45 PA). "
         "Père : cancer de vessie."),
        ("section", "7. Projet thérapeutique"),
        ("field", "Traitement oncologique actuel",
         "1ère ligne carboplatine-pémétrexed-pembrolizumab débutée le 03/04/2025, à visée palliative"),
        ("field", "Question posée à la RCP",
         "Indication d'une radiothérapie antalgique et/ou d'une cimentoplastie de L3 ? "
         "Place d'un traitement anti-résorptif ?"),
        ("field", "Pièces jointes", "CR TEP-TDM du 03/03/2025 ; CR anatomopathologique"),
        ("sign", "Dr A. LEFEBVRE — validé électroniquement le 12/05/2025 à 16:40"),
    ],
    drugs=[
        ("Keytruda (pembrolizumab)", "L01FF02", "current"),
        ("pembrolizumab", "L01FF02", "current"),
        ("carboplatine", "L01XA02", "current"),
        ("pémétrexed", "L01BA04", "current"),
        ("Doliprane 1 g", "N02BE01", "current"),
        ("Lamaline", None, "current"),
        ("Kardégic", "B01AC06", "current"),
        ("Inexium 20 mg", "A02BC05", "current"),
        ("Spéciafoldine", None, "current"),
        ("dénosumab", "M05BX04", "question"),
    ],
    gold=GOLD("M", 74,
              PT("present", "lung", "adenocarcinoma", EGFR="negative", ALK="negative", KRAS="positive",
                 PD_L1="positive"),
              BD("present", ["staging_imaging"], True),
              PAIN("present", ["mechanical"], 5),
              ATC("present", "L01FF02", "L01XA02", "L01BA04", "N02BE01", "B01AC06", "A02BC05"),
              LOCAL("absent"),
              ATC("unknown"),
              ATC("absent"),
              ATC("present", "B01AC06"),
              PROG("present", ecog=1),
              PROJ("present", "palliative")),
    notes="2-page DPI form, header/footer on both pages; ROS1 'non réalisé' (no result); PD-L1 5 % positive; "
          "bone therapy 'Non renseigné' (unknown) and only asked in the question; Lamaline not in the table; "
          "current chemo-immunotherapy cycles are current drugs.",
))

# ===========================================================================
# c02: medical oncology, grid form (two fields per row), text PDF, 1 page
# ===========================================================================
LETTERS.append(dict(
    id="c02", ext="pdf", kind="form",
    date=D(2025, 5, 6), birth=D(1962, 8, 17), age_written=None,
    producer="OncoLink 3.2 — export PDF", creation=dt.datetime(2025, 5, 6, 9, 15, 2, tzinfo=UTC),
    title="Fiche RCP Os", author="TANGUY Yann",
    inst=["Centre de Cancérologie Armor-Océan", "12 boulevard des Goélands – 56270 Port-Kerhervé",
          "Oncologie médicale – Sénologie"],
    label=["KERBRAT née LE GOFF Maryvonne", "Née le 17/08/1962 — F", "IPP 7720019 — Séjour 25041877"],
    footer="OncoLink — Fiche RCP v3 — édité le 06/05/2025 par TANGUY Y.",
    pages=1, label_w=40, font_size=8.6,
    blocks=[
        ("title", "FICHE RCP — MÉTASTASES OSSEUSES"),
        ("pair", ("Date de la demande", "06/05/2025"), ("Date RCP", "22/05/2025")),
        ("pair", ("Médecin référent", "Dr Yann TANGUY (oncologie médicale)"), ("Tél.", "02 97 41 63 08")),
        ("pair", ("Nouveau dossier", "Oui"), ("Médecin traitant", "Dr Morvan, Riec-sur-Ellé")),
        ("section", "Tumeur primitive"),
        ("pair", ("Organe", "Sein"), ("Latéralité", "Gauche")),
        ("pair", ("Histologie", "Carcinome lobulaire infiltrant"), ("Grade SBR", "2")),
        ("pair", ("RE", "90 %"), ("RP", "20 %")),
        ("pair", ("HER2", "score 0"), ("Ki67", "15 %")),
        ("pair", ("Diagnostic initial", "03/2016 — pT2 N1a M0"), ("Rechute métastatique", "02/2025")),
        ("section", "Maladie osseuse"),
        ("pair", ("Circonstances de découverte", "Douleurs lombaires"),
         ("Durée d'évolution", "2 mois avant le diagnostic")),
        ("pair", ("Sites osseux", "L4, sacrum, ailes iliaques, fémur D"), ("Autres sites", "Aucun")),
        ("pair", ("Douleur", "Oui"), ("EVA / EN", "3/10")),
        ("field", "Type de douleur", "Inflammatoire : dérouillage matinal ~30 min, réveils nocturnes vers 4 h"),
        ("pair", ("Compression médullaire", "Non"), ("Fracture", "Non")),
        ("section", "Traitements"),
        ("pair", ("Anticoagulant", "Non renseigné"), ("Antiagrégant plaquettaire", "Non")),
        ("pair", ("Anti-résorptif osseux", "Non"),
         ("Commentaire", "Xgeva prévu après avis dentaire (panoramique le 14/05)")),
        ("pair", ("Radiothérapie antérieure", "Oui — sein G, adjuvante, 2016"),
         ("Chirurgie antérieure", "Tumorectomie G + ganglion sentinelle, 2016")),
        ("field", "Traitements antérieurs",
         "Épirubicine-cyclophosphamide puis paclitaxel adjuvants (2016) ; tamoxifène 2016 → 2021 (arrêté)"),
        ("field", "Traitements en cours",
         "Kisqali 600 mg/j 21 j/28 + Femara 2,5 mg/j depuis le 24/02/2025 ; Lévothyrox 75 µg ; "
         "Cacit D3 1 sachet/j ; Doliprane 1 g si besoin"),
        ("section", "État général / projet"),
        ("pair", ("OMS", "0"), ("Espérance de vie", "> 1 an")),
        ("pair", ("Traitement systémique actuel", "1ère ligne métastatique : ribociclib + létrozole"),
         ("Intention", "Non renseigné")),
        ("field", "Antécédents", "Hypothyroïdie. Sœur : cancer du sein à 48 ans."),
        ("field", "Question posée",
         "Radiothérapie antalgique / de consolidation L4-sacrum ? Avis chirurgical pour la lésion lytique "
         "corticale du fémur D (score de Mirels 8) ?"),
    ],
    drugs=[
        ("Xgeva", "M05BX04", "planned"),
        ("Épirubicine", None, "stopped"),
        ("cyclophosphamide", None, "stopped"),
        ("paclitaxel", "L01CD01", "stopped"),
        ("tamoxifène", "L02BA01", "stopped"),
        ("Kisqali", "L01EF02", "current"),
        ("ribociclib", "L01EF02", "current"),
        ("Femara", "L02BG04", "current"),
        ("létrozole", "L02BG04", "current"),
        ("Lévothyrox", "H03AA01", "current"),
        ("Cacit D3", "A12AX", "current"),
        ("Doliprane 1 g si besoin", "N02BE01", "current"),
    ],
    gold=GOLD("F", 62,
              PT("present", "breast", "invasive_lobular_carcinoma", ER="positive", PR="positive",
                 HER2="negative"),
              BD("present", ["pain"], True),
              PAIN("present", ["inflammatory", "nocturnal"], 3),
              ATC("present", "L01EF02", "L02BG04", "H03AA01", "A12AX", "N02BE01"),
              LOCAL("unknown"),
              ATC("absent"),
              ATC("unknown"),
              ATC("absent"),
              PROG("present", ecog=0),
              PROJ("present", None)),
    notes="Grid layout (two label/value pairs per line); only breast irradiation and tumorectomy under "
          "'Radiothérapie/Chirurgie antérieure' (bone local treatment unknown); anti-resorptive 'Non' with Xgeva "
          "only planned; 'Anticoagulant : Non renseigné' next to 'Antiagrégant : Non'; tamoxifen stopped; "
          "'Intention : Non renseigné'.",
))

# ===========================================================================
# c03: GP, plain text cp1252 + CRLF
# ===========================================================================
LETTERS.append(dict(
    id="c03", ext="txt", kind="text", encoding="cp1252", newline="\r\n", bom=False,
    date=D(2025, 4, 28), birth=None, age_written=81,
    text="""Dr Jean-Michel FOURCADE
Médecine générale
3 place de la Halle
24370 Carlux-sur-Dordogne
Tél : 05 53 29 84 17

                                        Carlux, le 28 avril 2025

Cher Confrère,

Je me permets de vous adresser M. Raymond DELPEYRAT, 81 ans, pour avis de votre RCP métastases osseuses.

Cancer de la prostate connu depuis 2019, suivi par le Dr Sarrazin (urologue à Sarlat), sous Eligard tous les 6 mois. Le PSA est remonté à 48 ng/ml en mars (0,8 il y a un an). La scintigrpahie osseuse du 2 avril, demandée par l'urologue devant cette remontée, retrouve des fixations multiples du bassin, du rachis lombaire et de la 6e côte droite.

Depuis une quinzaine de jours il se plaint de douleurs de la hanche droite à la marche, calmées par le paracétamol.
Il est possiblement sous Prolia pour son ostéoporose (prescrit par le rhumatologue ?), à vérifier.

Traitement : Eligard 45 mg /6 mois, Tahor 20, Kardegic 75, Doliprane 1g x3/j, Forlax 1 sachet le matin.
Pas d'anticoagulant.

Merci de ce que vous pourrez faire pour lui.
Bien confraternellement,

Dr J-M. Fourcade
""",
    drugs=[
        ("Eligard", "L02AE02", "current"),
        ("paracétamol", "N02BE01", "current"),
        ("Prolia", "M05BX04", "doubt"),
        ("Tahor", "C10AA05", "current"),
        ("Kardegic", "B01AC06", "current"),
        ("Doliprane", "N02BE01", "current"),
        ("Forlax", "A06AD15", "current"),
    ],
    gold=GOLD("M", 81,
              PT("present", "prostate", None, PSA="positive"),
              BD("present", ["staging_imaging"], True),
              PAIN("present", ["mechanical"], None),
              ATC("present", "L02AE02", "N02BE01", "C10AA05", "B01AC06", "A06AD15"),
              LOCAL("unknown"),
              ATC("uncertain", "M05BX04"),
              ATC("absent"),
              ATC("present", "B01AC06"),
              PROG("unknown"),
              PROJ("present", None)),
    notes="Short GP letter, cp1252 with CRLF; no histology; bone disease found on follow-up scintigraphy "
          "for a PSA rise (pain came later); 'possiblement sous Prolia ... à vérifier' (uncertain, kept code, "
          "not a current drug); Kardegic without accent; typo 'scintigrpahie'.",
))

# ===========================================================================
# c04: orthopaedic surgery, ASCII checkbox DPI form, text PDF, 2 pages
# ===========================================================================
LETTERS.append(dict(
    id="c04", ext="pdf", kind="form",
    date=D(2025, 5, 5), birth=D(1958, 9, 22), age_written=None,
    producer="MédiLogis 5.2 / PDF export", creation=dt.datetime(2025, 5, 5, 14, 3, 40, tzinfo=UTC),
    title="Demande RCP MO", author="CORNUAULT Mathieu",
    inst=["Hôpital Privé du Val-de-Sèvre", "Chirurgie Orthopédique et Traumatologique",
          "Dr Mathieu CORNUAULT"],
    label=["M. BERTHOMÉ Alain", "Né le 22/09/1958 (M)", "NIP 58092204417"],
    footer="MédiLogis 5.2 — Demande RCP — 05/05/2025 — CORNUAULT M.",
    pages=2, label_w=52,
    blocks=[
        ("title", "DEMANDE D'AVIS RCP MÉTASTASES OSSEUSES"),
        ("field", "Date", "05/05/2025"),
        ("field", "Demandeur", "Dr Mathieu CORNUAULT, chirurgien orthopédiste — secrétariat 05 49 63 20 14"),
        ("field", "Oncologue référent", "Dr Nadia GUÉRIN (Centre d'oncologie du Val-de-Sèvre)"),
        ("field", "Motif", "Avis sur la suite de la prise en charge d'une métastase fémorale opérée"),
        ("section", "TUMEUR PRIMITIVE"),
        ("field", "Localisation", "Rein droit"),
        ("field", "Histologie",
         "Carcinome rénal à cellules claires, grade ISUP 3 (néphrectomie élargie droite 06/2022, pT3a N0)"),
        ("field", "Biomarqueurs", "Sans objet"),
        ("section", "MÉTASTASES OSSEUSES"),
        ("check", "Circonstances de découverte",
         [("Douleur", 0), ("Fracture pathologique", 1), ("Compression médullaire", 0), ("Hypercalcémie", 0),
          ("Bilan d'extension / suivi", 0), ("Découverte fortuite", 0)], "", "ascii"),
        ("field", "Date / détail",
         "11/03/2025 : chute de sa hauteur, fracture sous-trochantérienne gauche sur lésion lytique"),
        ("field", "Bilan d'extension (03/2025)",
         "TDM TAP + scintigraphie : D11 (envahissement du mur postérieur, asymptomatique), 9e côte G ; "
         "micronodules pulmonaires bilatéraux"),
        ("section", "TRAITEMENTS LOCAUX ANTÉRIEURS"),
        ("check", "Chirurgie", [("Oui", 1), ("Non", 0)],
         "enclouage centromédullaire du fémur G (clou gamma long) le 12/03/2025", "ascii"),
        ("check", "Radiothérapie", [("Oui", 1), ("Non", 0)],
         "fémur G post-opératoire, 20 Gy en 5 fractions, terminée le 10/04/2025", "ascii"),
        ("check", "Cimentoplastie", [("Oui", 0), ("Non", 1)], "", "ascii"),
        ("check", "Ablation (RF / cryo)", [("Oui", 0), ("Non", 1)], "", "ascii"),
        ("section", "DOULEUR"),
        ("check", "Douleur", [("Oui", 1), ("Non", 0)], "EVA 3/10", "ascii"),
        ("field", "Type", "mécanique : cuisse G à l'appui, boiterie ; pas de douleur nocturne"),
        ("pagebreak",),
        ("section", "TRAITEMENTS EN COURS"),
        ("para", "Opdivo (nivolumab) 240 mg toutes les 2 semaines + Cabometyx (cabozantinib) 40 mg/j "
                 "depuis le 22/04/2025\n"
                 "Oxycontin LP 10 mg matin et soir — Oxynormoro 5 mg si besoin\n"
                 "Movicol 1 sachet/j\n"
                 "Amlor 5 mg/j — Triatec 2,5 mg/j"),
        ("check", "Anticoagulant", [("Oui", 0), ("Non", 1)],
         "Lovenox 4000 UI/j post-opératoire, arrêté le 16/04/2025", "ascii"),
        ("check", "Antiagrégant plaquettaire", [("Oui", 0), ("Non", 0)], "", "ascii"),
        ("check", "Bisphosphonate / dénosumab", [("Oui", 0), ("Non", 0)], "à discuter en RCP", "ascii"),
        ("section", "ÉTAT GÉNÉRAL"),
        ("check", "OMS", [("0", 0), ("1", 1), ("2", 0), ("3", 0), ("4", 0)], "", "ascii"),
        ("field", "Autonomie", "Marche avec une canne, autonome pour les actes de la vie quotidienne"),
        ("section", "PROJET / QUESTION"),
        ("field", "Projet thérapeutique",
         "1ère ligne métastatique nivolumab-cabozantinib (Dr N. Guérin), intention palliative"),
        ("field", "Question",
         "Traitement local de D11 (mur postérieur envahi, asymptomatique) : radiothérapie ? cimentoplastie ? "
         "Dénosumab ou acide zolédronique ?"),
    ],
    drugs=[
        ("Opdivo (nivolumab)", "L01FF01", "current"),
        ("nivolumab", "L01FF01", "current"),
        ("Cabometyx (cabozantinib)", "L01EX07", "current"),
        ("cabozantinib", "L01EX07", "current"),
        ("Oxycontin LP", "N02AA05", "current"),
        ("Oxynormoro", "N02AA05", "current"),
        ("Movicol", "A06AD65", "current"),
        ("Amlor", None, "current"),
        ("Triatec", "C09AA05", "current"),
        ("Lovenox", "B01AB05", "stopped"),
        ("dénosumab", "M05BX04", "question"),
        ("acide zolédronique", "M05BA08", "question"),
    ],
    gold=GOLD("M", 66,
              PT("present", "kidney", "clear_cell_carcinoma"),
              BD("present", ["pathological_fracture"], True),
              PAIN("present", ["mechanical"], 3),
              ATC("present", "L01FF01", "L01EX07", "N02AA05", "A06AD65", "C09AA05"),
              LOCAL("present", "surgery", "radiotherapy"),
              ATC("unknown"),
              ATC("absent"),
              ATC("unknown"),
              PROG("present", ecog=1),
              PROJ("present", "palliative")),
    notes="ASCII checkbox form ([X]/[ ]): only ticked options count; antiplatelet and bone-therapy boxes both "
          "blank (unknown); anticoagulant 'Non' with Lovenox stopped; nailing + post-op RT; 'pas de douleur "
          "nocturne' denied; denosumab/zoledronate only in the question.",
))

# ===========================================================================
# c05: urology DPI form, faxed then scanned (image-only PDF)
# ===========================================================================
LETTERS.append(dict(
    id="c05", ext="pdf", kind="scan",
    date=D(2025, 5, 14), birth=D(1947, 11, 9), age_written=None,
    producer="FaxServer ImageExport 2.1", creation=dt.datetime(2025, 5, 14, 11, 7, 0, tzinfo=UTC),
    title="FAX 0471582390", author="",
    scan_lines=[
        ("small", "14/05/2025 11:07   FAX 04 71 58 23 90   CH ST-ALBAN UROLOGIE          P.001/001"),
        ("gap", 10),
        ("bold", "Centre Hospitalier de Saint-Alban-sur-Lignon"),
        ("normal", "Service d'Urologie — Dr Hélène CHAPUIS — Tél. 04 71 58 23 88"),
        ("rule", 0),
        ("title", "DEMANDE DE RCP — MÉTASTASES OSSEUSES"),
        ("box", "VIALLON Bernard — né le 09/11/1947 — Sexe : M — IPP 330418"),
        ("normal", "Date de la demande : 14/05/2025"),
        ("gap", 8),
        ("field", "Tumeur primitive : ", "Prostate"),
        ("field", "Histologie : ", "Adénocarcinome, Gleason 8 (4+4), ISUP 4 — biopsies du 21/01/2025"),
        ("field", "PSA : ", "112 ng/mL au diagnostic — 6,4 ng/mL le 05/05/2025"),
        ("field", "Stade : ", "hormonosensible métastatique (mHSPC), haut volume"),
        ("field", "Métastases osseuses : ",
         "découvertes sur le bilan d'extension (TEP-PSMA du 06/02/2025) — rachis, bassin, côtes, > 10 lésions"),
        ("field", "Douleur : ", "NON"),
        ("field", "Traitement local antérieur (RT, chirurgie, cimentoplastie) : ", "NON"),
        ("field", "Anticoagulant : ", "OUI — Préviscan 20 mg, 3/4 cp le soir (ACFA, INR cible 2-3)"),
        ("field", "Antiagrégant : ", "NON"),
        ("field", "Bisphosphonate / dénosumab : ", "NON"),
        ("field", "Traitements en cours : ",
         "Firmagon 80 mg/mois (depuis 02/2025), Nubeqa 300 mg 2 cp matin et soir (depuis 03/2025), "
         "Préviscan, Glucophage 1000 mg x2, Triatec 5 mg, Cardensiel 2,5 mg"),
        ("field", "OMS : ", "0"),
        ("field", "Projet thérapeutique : ", "poursuite dégarélix + darolutamide"),
        ("field", "Question : ",
         "Indication d'un traitement anti-résorptif (dénosumab ou zolédronate) ? Lésion de L1 : risque "
         "fracturaire ?"),
        ("gap", 30),
        ("normal", "Dr H. CHAPUIS"),
    ],
    drugs=[
        ("Préviscan", "B01AA12", "current"),
        ("dénosumab", "M05BX04", "question"),
        ("Firmagon", "L02BX02", "current"),
        ("Nubeqa", "L02BB06", "current"),
        ("Glucophage", "A10BA02", "current"),
        ("Triatec", "C09AA05", "current"),
        ("Cardensiel", "C07AB07", "current"),
        ("dégarélix", "L02BX02", "current"),
        ("darolutamide", "L02BB06", "current"),
    ],
    gold=GOLD("M", 77,
              PT("present", "prostate", "adenocarcinoma", PSA="positive"),
              BD("present", ["staging_imaging"], True),
              PAIN("absent"),
              ATC("present", "B01AA12", "L02BX02", "L02BB06", "A10BA02", "C09AA05", "C07AB07"),
              LOCAL("absent"),
              ATC("absent"),
              ATC("present", "B01AA12"),
              ATC("absent"),
              PROG("present", ecog=0),
              PROJ("present", None)),
    notes="Faxed form scanned as an image-only PDF (OCR needed); all answers explicit (no gaps); "
          "Préviscan brand; PSA still above normal; anti-resorptive only asked about.",
))

# ===========================================================================
# c06: GP, plain text UTF-8, cancer of unknown primary
# ===========================================================================
LETTERS.append(dict(
    id="c06", ext="txt", kind="text", encoding="utf-8", newline="\n", bom=False,
    date=D(2025, 5, 19), birth=None, age_written=68,
    text="""Dr Sophie ARNAUD-BLIN
Médecin généraliste – Maison de santé des Chaumes
8 allée des Tilleuls, 71640 Givry-sur-Orbize
Tél : 03 85 44 17 62

Le 19/05/2025

Chère consoeur, cher confrère,

Je vous adresse Mme Josiane PERRAUDIN, 68 ans, pour avis de la RCP.
Découverte fortuite sur un scanner abdominal fait le 14/03/2025 pour une colique néphrétique gauche de lésions lytiques de L2, de l'aile iliaque droite et du sacrum. Biopsie scanno-guidée de l'aile iliaque le 28/04 : métastase d'un adénocarcinome, CK7+, TTF1-, GATA3-, primitif non retrouvé à ce jour (mammographie et FOGD normales, TEP prévu le 27/05).
Elle ne se plaint d'aucune douleur.
ATCD : HTA, FA paroxystique, cholécystectomie. Sa mère a eu un cancer du sein.
Traitement : Eliquis 5 mg x2, bisoprolol 2,5 mg, Inexium 20 mg le soir.
Merci de votre avis sur la conduite à tenir.
Bien cordialement
S. Arnaud-Blin
""",
    drugs=[
        ("Eliquis", "B01AF02", "current"),
        ("bisoprolol", "C07AB07", "current"),
        ("Inexium", "A02BC05", "current"),
    ],
    gold=GOLD("F", 68,
              PT("present", "unknown_primary", "adenocarcinoma"),
              BD("present", ["incidental_imaging"], True),
              PAIN("absent"),
              ATC("present", "B01AF02", "C07AB07", "A02BC05"),
              LOCAL("unknown"),
              ATC("unknown"),
              ATC("present", "B01AF02"),
              ATC("unknown"),
              PROG("unknown"),
              PROJ("unknown")),
    notes="Very short GP note; cancer of unknown primary proven by bone biopsy (adenocarcinoma); CK7/TTF1/GATA3 "
          "not recorded; mother's breast cancer; incidental CT for renal colic; PET is a diagnostic plan, no "
          "therapeutic project; Eliquis only in the drug list (anticoagulation present).",
))

# ===========================================================================
# c07: neurosurgery, two-column DPI form, text PDF, 2 pages, 'cf. courrier joint'
# ===========================================================================
LETTERS.append(dict(
    id="c07", ext="pdf", kind="form",
    date=D(2025, 5, 9), birth=D(1960, 12, 11), age_written=64,
    producer="Sagesse DPI 11.0 — moteur d'édition", creation=dt.datetime(2025, 5, 9, 18, 5, 33, tzinfo=UTC),
    title="Fiche RCP", author="NGUYEN Thomas",
    inst=["Groupe Hospitalier des Trois-Cols", "Service de Neurochirurgie – Unité Rachis",
          "Secrétariat : 04 76 93 45 10"],
    label=["ROUSSET Michel", "Né le 11/12/1960 (64 ans) — M", "IPP 10293847 — Lit 412-B"],
    footer="Sagesse DPI — Fiche RCP — imprimé le 09/05/2025 18:05 — NGUYEN Thomas (interne)",
    pages=2, label_w=33, font_size=8.6,
    blocks=[
        ("title", "FICHE DE DEMANDE RCP — MÉTASTASES OSSEUSES (URGENT)"),
        ("field", "Demandeur",
         "Dr Thomas NGUYEN (interne), Dr Claire AUBERT (PH neurochirurgie) — DECT 45 12"),
        ("field", "Date de la demande", "09/05/2025 — passage demandé à la RCP du 15/05/2025"),
        ("columns", [
            ("section", "Tumeur primitive"),
            ("field", "Organe", "Poumon (masse hilaire gauche 52 mm)"),
            ("field", "Histologie", "cf. CR anapath joint"),
            ("field", "Date diagnostic", "05/2025"),
            ("field", "Biomarqueurs", "PD-L1 : 70 % — autres : en cours (NGS)"),
            ("section", "Métastases osseuses"),
            ("field", "Circonstances",
             "Compression médullaire D8 révélatrice : paraparésie 3/5, rétention urinaire, le 02/05/2025"),
            ("field", "Autres lésions osseuses", "D3, D12, aile iliaque D"),
            ("field", "Autres sites", "Foie, surrénales"),
            ("section", "Antécédents"),
            ("field", "Personnels", "Tabagisme actif 50 PA, BPCO, AOMI stentée en 2021"),
            ("field", "Familiaux", "Non renseigné"),
        ], [
            ("section", "Prise en charge locale"),
            ("field", "Chirurgie", "Laminectomie D7-D9 + ostéosynthèse percutanée D6-D10 le 03/05/2025"),
            ("field", "Radiothérapie", "D6-D10, 30 Gy / 10 fr, en cours (5/10 au 09/05)"),
            ("field", "Cimentoplastie", "Non"),
            ("section", "Douleur"),
            ("field", "Douleur", "Oui"),
            ("field", "Type", "cf. courrier joint"),
            ("field", "EVA", "Non renseigné"),
            ("section", "Traitements"),
            ("field", "Traitements en cours", "cf. courrier joint"),
            ("field", "Corticothérapie", "Oui — Dectancyl 8 mg/j depuis le 02/05 (décroissance prévue)"),
            ("field", "Anticoagulant", "Oui (HBPM préventive)"),
            ("field", "Antiagrégant", "Non renseigné"),
            ("field", "Anti-résorptif", "Non"),
        ]),
        ("pagebreak",),
        ("section", "État général / pronostic"),
        ("field", "OMS", "3"),
        ("field", "Autonomie",
         "Marche avec déambulateur depuis l'intervention, récupération motrice partielle (4-/5)"),
        ("section", "Projet"),
        ("field", "Projet thérapeutique", "cf. courrier joint"),
        ("field", "Question posée",
         "Chimio-immunothérapie à discuter avec l'oncologue thoracique après la fin de la radiothérapie. "
         "Indication d'un dénosumab ? Surveillance de D3 et D12 ?"),
        ("section", "Commentaire"),
        ("para", "Patient admis le 02/05/2025 par les urgences pour une paraparésie d'installation rapide. "
                 "IRM : épidurite métastatique D8 compressive, SINS 13. Décompression chirurgicale en urgence "
                 "le 03/05, puis radiothérapie débutée le 05/05/2025, bien tolérée. TDM TAP : masse hilaire "
                 "gauche, lésions hépatiques et surrénaliennes bilatérales."),
        ("sign", "Dr T. NGUYEN / Dr C. AUBERT"),
    ],
    drugs=[
        ("Dectancyl", "H02AB02", "current"),
        ("dénosumab", "M05BX04", "question"),
    ],
    gold=GOLD("M", 64,
              PT("present", "lung", None, PD_L1="positive"),
              BD("present", ["neurological_deficit"], True),
              PAIN("present", [], None),
              ATC("present", "H02AB02"),
              LOCAL("present", "surgery", "radiotherapy"),
              ATC("absent"),
              ATC("present"),
              ATC("unknown"),
              PROG("present", ecog=3),
              PROJ("unknown")),
    notes="Two-column form over 2 pages; histology, pain type, medications and project all 'cf. courrier "
          "joint' (the attached letter is not part of the file); cord compression; decompression + RT in "
          "progress; 'HBPM préventive' without a name; NGS 'en cours' without a named marker; chemo-"
          "immunotherapy only 'à discuter'.",
))

# ===========================================================================
# c08: breast oncology form with free comment contradicting the pain field, 2 pages
# ===========================================================================
LETTERS.append(dict(
    id="c08", ext="pdf", kind="form",
    date=D(2025, 5, 20), birth=D(1971, 2, 2), age_written=None,
    producer="Onco-DPI 4 (ICVA)", creation=dt.datetime(2025, 5, 20, 17, 48, 0, tzinfo=UTC),
    title="RCP Os - SALOMON", author="VASSEUR Elodie",
    inst=["Institut de Cancérologie du Val d'Argent (ICVA)", "Département d'oncologie médicale — Sénologie",
          "RCP Métastases osseuses — fiche de présentation"],
    label=["SALOMON Nadia", "Née le 02/02/1971 — F", "N° dossier 2023-118842"],
    footer="ICVA — Onco-DPI 4 — Fiche RCP Os — 20/05/2025 — Dr É. VASSEUR",
    pages=2, label_w=44,
    blocks=[
        ("title", "RCP MÉTASTASES OSSEUSES — FICHE DE PRÉSENTATION"),
        ("pair", ("Date de la demande", "20/05/2025"), ("RCP du", "27/05/2025")),
        ("pair", ("Médecin", "Dr Élodie VASSEUR"), ("Tél.", "03 29 58 40 12")),
        ("section", "Tumeur primitive"),
        ("field", "Organe", "Sein droit"),
        ("field", "Histologie", "Carcinome canalaire infiltrant (NST), grade 3"),
        ("pair", ("RE", "négatif (0 %)"), ("RP", "négatif (0 %)")),
        ("pair", ("HER2", "3+ (positif)"), ("Ki67", "40 %")),
        ("field", "Diagnostic", "05/2023, d'emblée métastatique (os, foie)"),
        ("section", "Métastases osseuses"),
        ("field", "Circonstances de découverte", "Bilan d'extension initial (TEP-TDM du 22/05/2023)"),
        ("field", "Sites", "Rachis dorsal, sternum, côtes, bassin"),
        ("pair", ("Douleur osseuse", "Non"), ("EVA", "—")),
        ("field", "Traitements locaux antérieurs", "Radiothérapie antalgique D10, 8 Gy en 1 fraction (07/2023)"),
        ("field", "Anti-résorptif",
         "Oui — Xgeva 120 mg toutes les 4 semaines depuis 06/2023, espacé toutes les 12 semaines depuis 01/2025"),
        ("pair", ("Anticoagulant", "Non"), ("Antiagrégant", "Non renseigné")),
        ("section", "Traitements"),
        ("field", "Traitements antérieurs",
         "1ère ligne docétaxel-trastuzumab-pertuzumab (Taxotère, Herceptin, Perjeta) 06/2023 → 10/2024, "
         "arrêt pour progression hépatique"),
        ("field", "Traitements en cours",
         "Enhertu (trastuzumab déruxtécan) 5,4 mg/kg J1=J21, 2e ligne depuis le 12/11/2024 ; Xgeva ; "
         "Cacit D3 1 sachet/j ; Inexium 40 mg ; Imovane 7,5 mg le soir ; Doliprane 1 g si douleur"),
        ("pagebreak",),
        ("section", "État général / projet"),
        ("pair", ("OMS", "1"), ("Espérance de vie", "Non renseigné")),
        ("field", "Projet thérapeutique", "Poursuite du T-DXd, intention palliative"),
        ("section", "Commentaire du médecin"),
        ("para", "Lors de la consultation du 16/05/2025, la patiente signale depuis 3 semaines des douleurs "
                 "costales droites, EVA 4/10, surtout la nuit. TDM TAP du 18/05 : lésion lytique nouvelle de "
                 "l'arc antérieur de la 7e côte droite ; lésions hépatiques stables, reste du squelette stable. "
                 "Sa mère a été traitée pour un cancer de l'ovaire."),
        ("field", "Question posée",
         "Radiothérapie antalgique de la 7e côte D ? Progression osseuse isolée : poursuite du T-DXd ?"),
    ],
    drugs=[
        ("Xgeva", "M05BX04", "current"),
        ("docétaxel", "L01CD02", "stopped"),
        ("trastuzumab", "L01FD01", "stopped"),
        ("pertuzumab", "L01FD02", "stopped"),
        ("Taxotère", "L01CD02", "stopped"),
        ("Herceptin", "L01FD01", "stopped"),
        ("Perjeta", "L01FD02", "stopped"),
        ("Enhertu", None, "current"),
        ("trastuzumab déruxtécan", None, "current", "not_table"),
        ("Cacit D3", "A12AX", "current"),
        ("Inexium 40 mg", "A02BC05", "current"),
        ("Imovane", "N05CF01", "current"),
        ("Doliprane", "N02BE01", "current"),
    ],
    gold=GOLD("F", 54,
              PT("present", "breast", "invasive_ductal_carcinoma", ER="negative", PR="negative",
                 HER2="positive"),
              BD("present", ["staging_imaging"], True),
              PAIN("conflicting", ["nocturnal"], 4),
              ATC("present", "M05BX04", "A12AX", "A02BC05", "N05CF01", "N02BE01"),
              LOCAL("present", "radiotherapy"),
              ATC("present", "M05BX04"),
              ATC("absent"),
              ATC("unknown"),
              PROG("present", ecog=1),
              PROJ("present", "palliative")),
    notes="'Douleur osseuse : Non' in the form vs rib pain EVA 4/10 at night in the free comment (conflicting); "
          "trastuzumab deruxtecan (Enhertu) is not trastuzumab (not in the table); first-line "
          "docetaxel-trastuzumab-pertuzumab stopped; Xgeva current (spaced); mother's ovarian cancer.",
))

# ===========================================================================
# c09: GP, plain text UTF-8 with BOM and CRLF
# ===========================================================================
LETTERS.append(dict(
    id="c09", ext="txt", kind="text", encoding="utf-8", newline="\r\n", bom=True,
    date=D(2025, 6, 3), birth=None, age_written=77,
    text="""Dr Philippe GAUTHERON
Cabinet médical du Parc - 15 avenue Foch - 42190 Roche-Vallon
Tél. 04 77 62 08 31

Le 03/06/2025

Cher confrère,

Je vous adresse M. Lucien BARRAL, 77 ans, pour discussion en RCP os.
Rappel : CBPC (cancer bronchique à petites cellules) diagnostiqué en janvier 2025 au CH de Roche-Vallon, stade étendu. 4 cures de carboplatine-étoposide + Imfinzi terminées en avril, Imfinzi seul en entretien toutes les 4 semaines depuis.
Depuis une quinzaine de jours, douleurs de l'épaule gauche à type de brûlures irradiant dans le bras, qui le réveillent la nuit, EN 6/10. Le scanner du 28/05 montre une lésion lytique de la tête humérale G et de l'arc postérieur de la 5e côte G évoquant des métastases.
Pas de radiothérapie à ce jour.
Il reste autonome à domicile ; d'après son pneumologue le pronostic est de quelques mois.
Ttt : Imfinzi, Topalgic LP 100 x2, Lyrica 75 mg x2 (introduit par moi le 27/05), Doliprane 1g x3, Mopral 20. Il serait sous Xarelto pour une phlébite ancienne, je crois arrêté mais à vérifier avec son cardiologue.
Merci de votre aide.
Confraternellement,
Dr Gautheron
""",
    drugs=[
        ("carboplatine", "L01XA02", "stopped"),
        ("étoposide", "L01CB01", "stopped"),
        ("Imfinzi", "L01FF03", "current"),
        ("Topalgic LP", "N02AX02", "current"),
        ("Lyrica", "N03AX16", "current"),
        ("Doliprane", "N02BE01", "current"),
        ("Mopral", "A02BC01", "current"),
        ("Xarelto", "B01AF01", "doubt"),
    ],
    gold=GOLD("M", 77,
              PT("present", "lung", "small_cell_carcinoma"),
              BD("present", ["pain"], True),
              PAIN("present", ["neuropathic", "nocturnal"], 6),
              ATC("present", "L01FF03", "N02AX02", "N03AX16", "N02BE01", "A02BC01"),
              LOCAL("absent"),
              ATC("unknown"),
              ATC("uncertain", "B01AF01"),
              ATC("unknown"),
              PROG("present"),
              PROJ("present", None)),
    notes="GP note (UTF-8 with BOM, CRLF); carboplatin-etoposide finished, durvalumab maintenance current; "
          "burning pain waking him at night; 'Il serait sous Xarelto ... je crois arrêté mais à vérifier' "
          "(uncertain, code kept, not a current drug); prognosis in months without performance status.",
))

# ===========================================================================
# c10: nuclear medicine / endocrinology, Unicode checkbox form, text PDF, 1 page
# ===========================================================================
LETTERS.append(dict(
    id="c10", ext="pdf", kind="form",
    date=D(2025, 5, 26), birth=D(1967, 1, 30), age_written=58,
    producer="CliniSoft DPI 9 — PDF", creation=dt.datetime(2025, 5, 26, 11, 20, 5, tzinfo=UTC),
    title="Demande RCP", author="MASSONNEAU P.",
    inst=["Hôpital Sainte-Marthe-des-Pins",
          "Endocrinologie, Diabétologie et Médecine Nucléaire", "Dr Pierre MASSONNEAU — 02 41 66 30 72"],
    label=["DUCHÊNE-ROLLAND Catherine", "Née le 30/01/1967 (58 ans) F", "IPP 5508142"],
    footer="CliniSoft DPI — impression du 26/05/2025 — Dr P. MASSONNEAU",
    pages=1, label_w=48, font_size=8.6,
    blocks=[
        ("title", "DEMANDE D'INSCRIPTION — RCP MÉTASTASES OSSEUSES"),
        ("field", "Date de la demande", "26/05/2025"),
        ("field", "Tumeur primitive",
         "Thyroïde — carcinome vésiculaire (folliculaire) largement invasif ; thyroïdectomie totale 09/2019 "
         "puis IRAthérapie 100 mCi 11/2019"),
        ("field", "Biomarqueurs", "Non renseigné (thyroglobuline 245 ng/mL, AC anti-Tg négatifs, en ascension)"),
        ("field", "Découverte des MO",
         "TEP-FDG de surveillance devant l'ascension de la thyroglobuline, 10/2024 ; lésions osseuses non "
         "fixantes à l'iode (réfractaires)"),
        ("field", "Sites osseux", "L2, aile iliaque G, 4e côte D"),
        ("check", "Douleur", [("Oui", 1), ("Non", 0)], "EVA 2/10, fesse G à la marche", "uni"),
        ("field", "Traitements locaux antérieurs",
         "Cimentoplastie L2 (14/02/2025), radiothérapie stéréotaxique L2 27 Gy/3 fr (03/2025)"),
        ("check", "Anti-résorptif", [("Oui", 1), ("Non", 0)],
         "Zométa 4 mg IV toutes les 12 semaines (dernière perfusion le 28/04/2025)", "uni"),
        ("check", "Anticoagulant", [("Oui", 0), ("Non", 1)], "", "uni"),
        ("check", "Antiagrégant", [("Oui", 0), ("Non", 1)], "", "uni"),
        ("field", "Traitements en cours",
         "Lenvima 14 mg/j (dose réduite) depuis 01/2025 ; Levothyrox 150 µg ; Lasilix 20 mg ; Amlor 10 mg ; "
         "Uvedose 100 000 UI tous les 3 mois"),
        ("check", "OMS", [("0", 0), ("1", 1), ("2", 0), ("3", 0), ("4", 0)], "Espérance de vie > 2 ans", "uni"),
        ("field", "Projet thérapeutique", "Poursuite du lenvatinib"),
        ("field", "Question",
         "Lésion iliaque G en progression (TEP 05/2025) : radiothérapie stéréotaxique ou "
         "radiofréquence / cryoablation ?"),
        ("sign", "Dr P. MASSONNEAU"),
    ],
    drugs=[
        ("Zométa", "M05BA08", "current"),
        ("Lenvima", "L01EX08", "current"),
        ("lenvatinib", "L01EX08", "current"),
        ("Levothyrox", "H03AA01", "current"),
        ("Lasilix", "C03CA01", "current"),
        ("Amlor", None, "current"),
        ("Uvedose", "A11CC05", "current"),
    ],
    gold=GOLD("F", 58,
              PT("present", "thyroid", "other"),
              BD("present", ["staging_imaging"], True),
              PAIN("present", ["mechanical"], 2),
              ATC("present", "M05BA08", "L01EX08", "H03AA01", "C03CA01", "A11CC05"),
              LOCAL("present", "cementoplasty", "radiotherapy"),
              ATC("present", "M05BA08"),
              ATC("absent"),
              ATC("absent"),
              PROG("present", ecog=1),
              PROJ("present", None)),
    notes="Unicode checkbox form (☒/☐), one dense page; follicular thyroid carcinoma (histology 'other'); "
          "radioiodine was for the thyroid, bone lesions treated by cementoplasty + SBRT; Zometa every 12 "
          "weeks; radiofrequency/cryoablation only asked; no gap expected.",
))

# ===========================================================================
# c11: internal medicine, minimal form full of 'Non renseigné', text PDF, 1 page
# ===========================================================================
LETTERS.append(dict(
    id="c11", ext="pdf", kind="form",
    date=D(2025, 5, 15), birth=D(1957, 5, 30), age_written=None,
    producer="QuoVadis DPI 2.9", creation=dt.datetime(2025, 5, 15, 10, 12, 44, tzinfo=UTC),
    title="Demande RCP", author="BENSAID Leila",
    inst=["Centre Hospitalier Intercommunal des Deux-Vallées", "Médecine Interne et Polyvalente — 3e étage",
          "Tél. 04 75 81 22 60"],
    label=["GRANGIER Serge — M", "Né le 30/05/1957", "IPP 880214773"],
    footer="QuoVadis DPI 2.9 — Formulaire « Demande RCP » — 15/05/2025 10:12 — Dr L. BENSAÏD",
    pages=1, label_w=55,
    blocks=[
        ("title", "Demande de présentation en RCP"),
        ("field", "RCP", "Métastases osseuses"),
        ("field", "Date", "15/05/2025"),
        ("field", "RCP souhaitée", "26/05/2025"),
        ("field", "Demandeur", "Dr Leïla BENSAÏD, médecine interne"),
        ("field", "Motif",
         "Hypercalcémie révélant des lésions osseuses lytiques multiples — suspicion de néoplasie pulmonaire"),
        ("field", "Tumeur primitive", "Poumon probable (masse lobaire inférieure G de 45 mm au TDM) — non confirmée"),
        ("field", "Histologie", "En attente (fibroscopie bronchique avec biopsies le 13/05/2025)"),
        ("field", "Biomarqueurs", "Non renseigné"),
        ("field", "Circonstances de découverte",
         "Hypercalcémie (calcémie corrigée 3,42 mmol/L) à l'admission le 28/04/2025, corrigée par "
         "hyperhydratation IV"),
        ("field", "Localisations osseuses",
         "Multiples : rachis, bassin, côtes, voûte crânienne. EPP normale, pas de pic monoclonal."),
        ("field", "Douleur", "Non renseigné"),
        ("field", "Traitements locaux antérieurs", "Non renseigné"),
        ("field", "Traitements en cours",
         "Kardégic 160 mg/j, Tahor 40 mg/j, Inipomp 40 mg/j (traitement habituel poursuivi) ; "
         "Lovenox 4000 UI/j SC (prévention, hospitalisation)"),
        ("field", "Anticoagulant", "Oui"),
        ("field", "Antiagrégant", "Oui"),
        ("field", "Traitement osseux spécifique", "Non renseigné"),
        ("field", "OMS", "2"),
        ("field", "Projet thérapeutique", "En attente de l'histologie"),
        ("field", "Question",
         "Avis sur la prise en charge osseuse (lésions à risque fracturaire ? indication d'une radiothérapie ?)"),
    ],
    drugs=[
        ("Kardégic", "B01AC06", "current"),
        ("Tahor", "C10AA05", "current"),
        ("Inipomp", "A02BC02", "current"),
        ("Lovenox", "B01AB05", "current"),
    ],
    gold=GOLD("M", 67,
              PT("uncertain", "lung"),
              BD("present", ["hypercalcemia"], True),
              PAIN("unknown"),
              ATC("present", "B01AC06", "C10AA05", "A02BC02", "B01AB05"),
              LOCAL("unknown"),
              ATC("unknown"),
              ATC("present", "B01AB05"),
              ATC("present", "B01AC06"),
              PROG("present", ecog=2),
              PROJ("unknown")),
    notes="Minimal internal-medicine form, most fields 'Non renseigné'; probable lung primary not confirmed "
          "(uncertain); hypercalcaemia as circumstance; 'Anticoagulant : Oui' / 'Antiagrégant : Oui' answered "
          "by the drug list (Lovenox, Kardégic); age from birth date, birthday 15 days after the letter.",
))

# ===========================================================================
# c12: digestive oncology, two-column DPI form, text PDF, 2 pages
# ===========================================================================
LETTERS.append(dict(
    id="c12", ext="pdf", kind="form",
    date=D(2025, 6, 2), birth=D(1955, 7, 14), age_written=None,
    producer="Sigma DPI — Editique", creation=dt.datetime(2025, 6, 2, 15, 30, 0, tzinfo=UTC),
    title="Fiche RCP", author="CASTAGNE Remi",
    inst=["Clinique Mutualiste Les Tilleuls", "Oncologie digestive — Dr Rémi CASTAGNÉ",
          "Tél. 04 77 31 56 90"],
    label=["FERRANDO Lucia", "Née le 14/07/1955 — F", "IPP 00731905"],
    footer="Sigma DPI — Fiche RCP — 02/06/2025 — CASTAGNÉ R.",
    pages=2, label_w=30, font_size=8.6,
    blocks=[
        ("title", "DEMANDE DE PASSAGE EN RCP — MÉTASTASES OSSEUSES"),
        ("pair", ("Date de la demande", "02/06/2025"), ("RCP souhaitée", "12/06/2025")),
        ("columns", [
            ("section", "Tumeur primitive"),
            ("field", "Organe", "Côlon sigmoïde"),
            ("field", "Histologie", "Adénocarcinome lieberkühnien moyennement différencié"),
            ("field", "Chirurgie", "Colectomie gauche 10/2023 (pT3 N1b)"),
            ("field", "Biologie moléculaire",
             "KRAS muté (G12D), NRAS sauvage, BRAF V600E non muté, MSS (pMMR) ; HER2 non fait"),
            ("field", "Évolution", "Rechute hépatique et pulmonaire 09/2024"),
            ("section", "Métastase osseuse"),
            ("field", "Site", "Sacrum (S1-S2 droit, lyse avec extension au foramen S1)"),
            ("field", "Circonstances de découverte",
             "Radiculalgie S1 droite depuis février 2025 → IRM du bassin le 18/03/2025"),
            ("field", "Autres lésions osseuses", "Aucune (TEP 04/2025)"),
            ("section", "Traitements locaux antérieurs (os)"),
            ("field", "RT / chirurgie / cimentoplastie", "Aucun"),
        ], [
            ("section", "Douleur"),
            ("field", "Douleur", "Oui"),
            ("field", "Intensité", "EN 6/10 (DN4 5/10)"),
            ("field", "Description",
             "Sciatalgie S1 droite à type de décharges électriques, aggravée la nuit avec réveils nocturnes ; "
             "non mécanique"),
            ("section", "Traitements en cours"),
            ("para", "FOLFIRI + bévacizumab (2e ligne depuis 10/2024, C14 le 26/05/2025)\n"
                     "Skenan LP 30 mg x 2/j\n"
                     "Actiskenan 10 mg si besoin (3 à 4/j)\n"
                     "Neurontin 300 mg x 3/j\n"
                     "Laroxyl 10 gouttes le soir\n"
                     "Innohep 14 000 UI/j (EP 01/2025)\n"
                     "Movicol 1 sachet/j ; Primpéran si nausées"),
            ("field", "Anticoagulant", "Non"),
            ("field", "Antiagrégant", "Non"),
            ("field", "Anti-résorptif osseux", "Non renseigné"),
        ]),
        ("pagebreak",),
        ("section", "État général"),
        ("field", "Karnofsky", "70 %"),
        ("field", "Poids", "58 kg (stable)"),
        ("section", "Projet"),
        ("field", "Projet thérapeutique", "Poursuite de la 2e ligne FOLFIRI-bévacizumab, palliative"),
        ("field", "Question posée", "Radiothérapie antalgique du sacrum ? Sacroplastie ? Intérêt d'un anti-résorptif ?"),
        ("field", "Antécédents",
         "Embolie pulmonaire 01/2025. Diabète de type 2 (régime seul). Frère : cancer colorectal à 60 ans."),
        ("sign", "Dr R. CASTAGNÉ"),
    ],
    drugs=[
        ("FOLFIRI", None, "current"),
        ("bévacizumab", None, "current"),
        ("Skenan LP", "N02AA01", "current"),
        ("Actiskenan", "N02AA01", "current"),
        ("Neurontin", "N03AX12", "current"),
        ("Laroxyl", "N06AA09", "current"),
        ("Innohep", "B01AB10", "conflict"),
        ("Movicol", "A06AD65", "current"),
        ("Primpéran", None, "current"),
    ],
    gold=GOLD("F", 69,
              PT("present", "colorectal", "adenocarcinoma", KRAS="positive", BRAF="negative"),
              BD("present", ["pain"], True),
              PAIN("present", ["neuropathic", "nocturnal"], 6),
              ATC("present", "N02AA01", "N03AX12", "N06AA09", "B01AB10", "A06AD65"),
              LOCAL("absent"),
              ATC("unknown"),
              ATC("conflicting", "B01AB10"),
              ATC("absent"),
              PROG("present", kps=70),
              PROJ("present", "palliative")),
    notes="Two-column form; Innohep in the drug list (post-PE) while 'Anticoagulant : Non' (conflicting); "
          "DN4 5/10 next to EN 6/10; 'non mécanique' denied; NRAS/MSS/HER2 'non fait' not recorded; "
          "Karnofsky only; FOLFIRI-bevacizumab not in the table.",
))


# ---------------------------------------------------------------------------
# ATC reference and drug-name matching
# ---------------------------------------------------------------------------
def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("’", "'")
    return re.sub(r"\s+", " ", s)


def load_atc() -> tuple[dict, dict]:
    codes, names = {}, {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        f = line.split("\t")
        code, dci, inn, group = f[0].strip(), f[1], f[2], f[3]
        brands = [b for b in (f[4].split(",") if len(f) > 4 else []) if b.strip()]
        codes[code] = group
        for n in [dci, inn, *brands]:
            n = norm(n.strip())
            if n and names.get(n, code) != code:
                fail(f"atc-reference name {n!r} maps to two codes")
            if n:
                names[n] = code
    return codes, names


def name_hits(text_n: str, names: dict) -> list[tuple[int, int, str, str]]:
    hits = []
    for n, code in names.items():
        for m in re.finditer(r"(?<![0-9a-z])" + re.escape(n) + r"(?![0-9a-z])", text_n):
            hits.append((m.start(), m.end(), n, code))
    return hits


def in_ref(code: str, ref: dict) -> bool:
    return code in ref


# ---------------------------------------------------------------------------
# Contract checks
# ---------------------------------------------------------------------------
def age_at(birth: dt.date, when: dt.date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def letter_text(L: dict) -> str:
    if L["kind"] == "text":
        return L["text"]
    parts = []
    if L["kind"] == "scan":
        for ln in L["scan_lines"]:
            parts.extend(str(x) for x in ln[1:])
        return "\n".join(parts)
    parts += L["inst"] + L["label"] + [L["footer"]]

    def walk(blocks):
        for b in blocks:
            t = b[0]
            if t in ("title", "section", "para", "sign"):
                parts.append(b[1])
            elif t == "field":
                parts.append(f"{b[1]} : {b[2]}")
            elif t == "pair":
                parts.append(f"{b[1][0]} : {b[1][1]}")
                parts.append(f"{b[2][0]} : {b[2][1]}")
            elif t == "check":
                parts.append(b[1] + " " + " ".join(o for o, _ in b[2]) + " " + b[3])
            elif t == "columns":
                walk(b[1])
                walk(b[2])
    walk(L["blocks"])
    return "\n".join(parts)


def check_letter(L: dict, ref: dict, names: dict) -> None:
    lid = L["id"]
    g = L["gold"]
    where = f"{lid}:"
    expected_keys = {"id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
                     "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation", "antiplatelets",
                     "prognosis", "therapeuticProject", "gaps"}
    if set(g) != expected_keys:
        fail(f"{where} gold keys {sorted(set(g) ^ expected_keys)}")
    if g["id"] != lid:
        fail(f"{where} id {g['id']}")
    text = letter_text(L)
    tn = norm(text)

    # --- patient
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        fail(f"{where} sex {p['sex']}")
    if not isinstance(p["age"], int):
        fail(f"{where} age not an int")
    if L["birth"] is not None:
        if age_at(L["birth"], L["date"]) != p["age"]:
            fail(f"{where} age {p['age']} but birth date gives {age_at(L['birth'], L['date'])}")
        if L["birth"].strftime("%d/%m/%Y") not in text:
            fail(f"{where} birth date not in the letter")
    if L["age_written"] is not None:
        if p["age"] != L["age_written"] or f"{L['age_written']} ans" not in text:
            fail(f"{where} written age mismatch")
    if L["birth"] is None and L["age_written"] is None:
        fail(f"{where} no source for the age")
    d = L["date"]
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
              "octobre", "novembre", "décembre"]
    if d.strftime("%d/%m/%Y") not in text and f"{d.day} {months[d.month - 1]} {d.year}" not in text:
        fail(f"{where} letter date not in the letter")
    sexword = {"F": ("née", "mme", " f", "— f", "chère"), "M": ("né ", "m.", " m", "— m")}
    if not any(w in tn for w in sexword[p["sex"]]):
        fail(f"{where} nothing in the text supports sex {p['sex']}")

    # --- statuses
    for item, allowed in ALLOWED_STATUS.items():
        st = g[item].get("status")
        if st not in allowed:
            fail(f"{where} {item}.status {st!r} not in {sorted(allowed)}")

    # --- primary tumour
    pt = g["primaryTumor"]
    if set(pt) != {"status", "site", "histology", "biomarkers"}:
        fail(f"{where} primaryTumor keys")
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            fail(f"{where} unknown primary tumour with values")
    else:
        if pt["site"] not in SITES:
            fail(f"{where} site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(f"{where} histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            fail(f"{where} biomarker {k}={v}")
        if k not in text and not (k == "ER" and "RE" in text) and not (k == "PR" and "RP" in text):
            fail(f"{where} biomarker {k} not named in the letter")

    # --- bone diagnosis
    bd = g["boneDiagnosis"]
    if set(bd) != {"status", "circumstances", "dated"} or not isinstance(bd["dated"], bool):
        fail(f"{where} boneDiagnosis shape")
    if not set(bd["circumstances"]) <= CIRCUMSTANCES:
        fail(f"{where} circumstances {bd['circumstances']}")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(f"{where} bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(f"{where} unknown bone diagnosis with values")

    # --- pain
    pn = g["pain"]
    if set(pn) != {"status", "types", "intensity"}:
        fail(f"{where} pain shape")
    if not set(pn["types"]) <= PAIN_TYPES:
        fail(f"{where} pain types {pn['types']}")
    if pn["intensity"] is not None and (not isinstance(pn["intensity"], int) or not 0 <= pn["intensity"] <= 10):
        fail(f"{where} pain intensity {pn['intensity']}")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"] is not None):
        fail(f"{where} pain {pn['status']} with types/intensity")
    if pn["intensity"] is not None and not re.search(rf"(?<!\d){pn['intensity']}\s*/\s*10", text):
        fail(f"{where} pain intensity {pn['intensity']}/10 not in the letter")

    # --- drug annotations against the table and the text
    annotated = []
    for a in L["drugs"]:
        term, code, state = a[0], a[1], a[2]
        flags = a[3:] if len(a) > 3 else ()
        if state not in DRUG_STATES:
            fail(f"{where} drug state {state}")
        t = norm(term)
        if t not in tn:
            fail(f"{where} drug term {term!r} not in the letter text")
        inner = name_hits(t, names)
        if code is None:
            if inner and "not_table" not in flags:
                fail(f"{where} {term!r} has no code but contains table name {inner[0][2]!r}")
        else:
            if code not in ref:
                fail(f"{where} {term!r}: code {code} not in atc-reference.tsv")
            if not inner:
                fail(f"{where} {term!r}: no table name inside the term")
            longest = max(inner, key=lambda h: (h[1] - h[0], -h[0]))
            if longest[3] != code:
                fail(f"{where} {term!r}: table says {longest[3]}, annotation says {code}")
        for m in re.finditer(re.escape(t), tn):
            annotated.append((m.start(), m.end()))
    for s, e, n, code in name_hits(tn, names):
        if not any(a0 <= s and e <= a1 for a0, a1 in annotated):
            fail(f"{where} table drug {n!r} ({code}) in the letter but not annotated")

    current = sorted({a[1] for a in L["drugs"] if a[1] and a[2] in CURRENT_STATES})
    cm = g["currentMedications"]
    if set(cm) != {"status", "atc"}:
        fail(f"{where} currentMedications shape")
    if cm["atc"] != sorted(set(cm["atc"])):
        fail(f"{where} currentMedications.atc not sorted/unique")
    if cm["atc"] != current:
        fail(f"{where} currentMedications.atc {cm['atc']} != annotated current drugs {current}")
    for c in cm["atc"]:
        if not in_ref(c, ref):
            fail(f"{where} {c} not in atc-reference.tsv")
    if cm["status"] != "present" and (cm["atc"] or any(a[2] in CURRENT_STATES for a in L["drugs"])):
        fail(f"{where} currentMedications {cm['status']} while drugs are taken")
    if cm["status"] == "present" and not any(a[2] in CURRENT_STATES for a in L["drugs"]):
        fail(f"{where} currentMedications present without any current drug annotated")

    # --- agent sections
    for sec_name, prefixes in AGENT_PREFIXES.items():
        sec = g[sec_name]
        if set(sec) != {"status", "atc"}:
            fail(f"{where} {sec_name} shape")
        if sec["atc"] != sorted(set(sec["atc"])):
            fail(f"{where} {sec_name}.atc not sorted/unique")
        for c in sec["atc"]:
            if c not in ref or not c.startswith(prefixes):
                fail(f"{where} {sec_name} agent {c} not allowed")
        in_group = {a[1]: a[2] for a in L["drugs"] if a[1] and a[1].startswith(prefixes)}
        taken = sorted({a[1] for a in L["drugs"]
                        if a[1] and a[1].startswith(prefixes) and a[2] in ("current", "conflict", "doubt")})
        st = sec["status"]
        if st in ("absent", "unknown"):
            if sec["atc"]:
                fail(f"{where} {sec_name} {st} with agents")
            if taken:
                fail(f"{where} {sec_name} {st} while {taken} is annotated as taken/doubtful")
        else:
            if sec["atc"] != taken:
                fail(f"{where} {sec_name}.atc {sec['atc']} != annotated {taken}")
        if st in ("present", "conflicting"):
            for c in sec["atc"]:
                if c not in cm["atc"]:
                    fail(f"{where} {sec_name} agent {c} missing from currentMedications")
                if in_group.get(c) == "doubt":
                    fail(f"{where} {sec_name} {st} agent {c} only doubtful")
        if st == "uncertain":
            for c in sec["atc"]:
                if c in cm["atc"]:
                    fail(f"{where} doubtful {sec_name} agent {c} listed as current")
        if st == "conflicting" and not any(a[2] == "conflict" for a in L["drugs"]
                                           if a[1] and a[1].startswith(prefixes)) and sec["atc"]:
            fail(f"{where} {sec_name} conflicting but its agent is not annotated as a conflict")

    # --- prior local treatments
    lt = g["priorLocalTreatments"]
    if set(lt) != {"status", "types"} or not set(lt["types"]) <= LOCAL_TYPES:
        fail(f"{where} priorLocalTreatments {lt}")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        fail(f"{where} priorLocalTreatments {lt['status']} with types")
    if lt["status"] == "present" and not lt["types"]:
        fail(f"{where} priorLocalTreatments present without type")

    # --- prognosis
    pg = g["prognosis"]
    if "status" not in pg or len(pg) != 2 or not ({"ecog"} == set(pg) - {"status"} or {"kps"} == set(pg) - {"status"}):
        fail(f"{where} prognosis shape {pg}")
    if "ecog" in pg and pg["ecog"] is not None and pg["ecog"] not in range(5):
        fail(f"{where} ecog {pg['ecog']}")
    if "kps" in pg and (pg["kps"] not in range(0, 101, 10)):
        fail(f"{where} kps {pg['kps']}")
    if pg["status"] == "unknown" and (pg.get("ecog") is not None or pg.get("kps") is not None):
        fail(f"{where} prognosis unknown with a performance status")

    # --- therapeutic project
    tp = g["therapeuticProject"]
    if set(tp) != {"status", "intent"} or (tp["intent"] is not None and tp["intent"] not in INTENTS):
        fail(f"{where} therapeuticProject {tp}")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        fail(f"{where} intent without a project")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] and intent_words[tp["intent"]] not in tn:
        fail(f"{where} intent {tp['intent']} not stated in the letter")

    # --- gaps come from the rule only
    if g["gaps"] != derive_gaps(g):
        fail(f"{where} gaps differ from the gap rule")
    for item, kind in g["gaps"]:
        if item not in GAP_ITEMS or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            fail(f"{where} gap {item}/{kind}")

    # --- text encodability
    if L["kind"] == "text":
        try:
            L["text"].encode(L["encoding"])
        except UnicodeEncodeError as e:
            fail(f"{where} text not encodable in {L['encoding']}: {e}")


# ---------------------------------------------------------------------------
# PDF writers
# ---------------------------------------------------------------------------
class FormPDF(FPDF):
    def __init__(self, L):
        super().__init__(format="A4", unit="mm")
        self.L = L
        self.fs = L.get("font_size", 9)
        self.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("DV", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.set_margins(12, 12, 12)
        self.set_auto_page_break(False)
        self.set_creation_date(L["creation"])
        self.set_producer(L["producer"])
        self.set_creator(L["producer"])
        self.set_title(L["title"])
        if L.get("author"):
            self.set_author(L["author"])
        self.set_lang("fr-FR")

    def header(self):
        L = self.L
        self.set_xy(12, 9)
        for i, line in enumerate(L["inst"]):
            self.set_font("DV", "B" if i == 0 else "", 10 if i == 0 else 8)
            self.set_x(12)
            self.cell(105, 4.6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(60, 60, 60)
        self.rect(124, 8, 74, 17)
        self.set_xy(126, 9.3)
        for i, line in enumerate(L["label"]):
            self.set_font("DV", "B" if i == 0 else "", 8.5 if i == 0 else 7.5)
            self.set_x(126)
            self.cell(70, 4.6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_line_width(0.4)
        self.line(12, 28, 198, 28)
        self.set_line_width(0.2)
        self.set_xy(12, 31)

    def footer(self):
        self.set_line_width(0.2)
        self.line(12, 284, 198, 284)
        self.set_xy(12, 285)
        self.set_font("DV", "", 6.8)
        self.cell(150, 4, self.L["footer"])
        self.set_xy(160, 285)
        self.cell(38, 4, f"Page {self.page_no()}/{{nb}}", align="R")

    # -- blocks
    BOTTOM = 279

    def ensure(self, h):
        if self.get_y() + h > self.BOTTOM:
            fail(f"{self.L['id']}: content overflows page {self.page_no()} (rearrange the pagebreaks)")

    def text_h(self, w, text, style="", size=None, lh=4.2):
        self.set_font("DV", style, size or self.fs)
        return self.multi_cell(w, lh, text, dry_run=True, output="HEIGHT")

    def draw_field(self, x, w, label, value, lw):
        lh = self.fs * 0.47
        h = max(self.text_h(lw - 1, label + " :", "B", lh=lh), self.text_h(w - lw, value, lh=lh))
        self.ensure(h)
        y0 = self.get_y()
        self.set_font("DV", "B", self.fs)
        self.set_xy(x, y0)
        self.multi_cell(lw - 1, lh, label + " :", align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_font("DV", "", self.fs)
        self.set_xy(x + lw, y0)
        self.multi_cell(w - lw, lh, value, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        self.set_xy(x, y0 + h + 0.8)

    def draw_blocks(self, blocks, x, w, lw):
        lh = self.fs * 0.47
        for b in blocks:
            t = b[0]
            if t == "title":
                self.set_font("DV", "B", self.fs + 2.5)
                h = self.text_h(w, b[1], "B", self.fs + 2.5, lh=6)
                self.ensure(h + 3)
                self.set_x(x)
                self.multi_cell(w, 6, b[1], align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
                self.set_y(self.get_y() + 2.5)
            elif t == "section":
                self.ensure(12)
                self.set_y(self.get_y() + 1.2)
                self.set_fill_color(218, 224, 232)
                self.set_font("DV", "B", self.fs + 0.5)
                self.set_x(x)
                self.cell(w, 5.4, " " + b[1], fill=True, new_x=XPos.LEFT, new_y=YPos.NEXT)
                self.set_y(self.get_y() + 1.2)
            elif t == "field":
                self.draw_field(x, w, b[1], b[2], lw)
            elif t == "pair":
                y0 = self.get_y()
                half = (w - 4) / 2
                self.draw_field(x, half, b[1][0], b[1][1], lw)
                y1 = self.get_y()
                self.set_xy(x + half + 4, y0)
                self.draw_field(x + half + 4, half, b[2][0], b[2][1], lw)
                self.set_xy(x, max(y1, self.get_y()))
            elif t == "check":
                label, opts, detail, style = b[1], b[2], b[3], b[4]
                if style == "ascii":
                    boxes = "  ".join(("[X] " if on else "[ ] ") + o for o, on in opts)
                else:
                    boxes = "   ".join(("☒ " if on else "☐ ") + o for o, on in opts)
                value = boxes + (("   — " + detail) if detail else "")
                self.draw_field(x, w, label, value, lw)
            elif t == "para":
                h = self.text_h(w, b[1], lh=lh)
                self.ensure(h)
                self.set_font("DV", "", self.fs)
                self.set_x(x)
                self.multi_cell(w, lh, b[1], align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
                self.set_y(self.get_y() + 1)
            elif t == "sign":
                self.ensure(12)
                self.set_y(self.get_y() + 5)
                self.set_font("DV", "I", self.fs)
                self.set_x(x)
                self.cell(w, 5, b[1], align="R", new_x=XPos.LEFT, new_y=YPos.NEXT)
            elif t == "pagebreak":
                self.add_page()
            elif t == "columns":
                y0, page0 = self.get_y(), self.page_no()
                cw = (w - 6) / 2
                self.set_xy(x, y0)
                self.draw_blocks(b[1], x, cw, lw)
                yl = self.get_y()
                self.set_xy(x + cw + 6, y0)
                self.draw_blocks(b[2], x + cw + 6, cw, lw)
                yr = self.get_y()
                if self.page_no() != page0:
                    fail(f"{self.L['id']}: a column block crosses a page")
                self.set_draw_color(150, 150, 150)
                self.line(x + cw + 3, y0, x + cw + 3, max(yl, yr))
                self.set_xy(x, max(yl, yr) + 1)
            else:
                fail(f"unknown block {t}")


def write_form_pdf(L: dict, path: Path) -> None:
    pdf = FormPDF(L)
    pdf.add_page()
    pdf.draw_blocks(L["blocks"], 12, 186, L.get("label_w", 50))
    if pdf.page_no() != L["pages"]:
        fail(f"{L['id']}: {pdf.page_no()} pages, expected {L['pages']}")
    path.write_bytes(bytes(pdf.output()))


def render_scan(L: dict) -> Image.Image:
    dpi = 200
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    f = {
        "normal": ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 27),
        "bold": ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 29),
        "title": ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 36),
        "small": ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), 21),
        "label": ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 27),
    }
    x0, right = 150, W - 150
    y = 70

    def wrap(words, font, width):
        lines, cur = [], ""
        for wd in words.split(" "):
            cand = (cur + " " + wd).strip()
            if dr.textlength(cand, font=font) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = wd
        lines.append(cur)
        return lines

    for ln in L["scan_lines"]:
        kind = ln[0]
        if kind == "gap":
            y += ln[1]
        elif kind == "rule":
            y += 8
            dr.line((x0, y, right, y), fill=40, width=3)
            y += 18
        elif kind == "small":
            dr.text((60, y), ln[1], font=f["small"], fill=30)
            y += 34
        elif kind in ("normal", "bold"):
            for t in wrap(ln[1], f[kind], right - x0):
                dr.text((x0, y), t, font=f[kind], fill=10)
                y += 40
        elif kind == "title":
            tw = dr.textlength(ln[1], font=f["title"])
            dr.text(((W - tw) / 2, y + 10), ln[1], font=f["title"], fill=0)
            y += 70
        elif kind == "box":
            dr.rectangle((x0, y, right, y + 56), outline=20, width=3)
            dr.text((x0 + 20, y + 12), ln[1], font=f["bold"], fill=0)
            y += 78
        elif kind == "field":
            lab, val = ln[1], ln[2]
            lw = dr.textlength(lab, font=f["label"])
            dr.text((x0, y), lab, font=f["label"], fill=0)
            first_w = right - x0 - lw
            words = val.split(" ")
            cur, lines, width = "", [], first_w
            for wd in words:
                cand = (cur + " " + wd).strip()
                if dr.textlength(cand, font=f["normal"]) <= width or not cur:
                    cur = cand
                else:
                    lines.append(cur)
                    cur, width = wd, right - x0 - 40
            lines.append(cur)
            dr.text((x0 + lw, y), lines[0], font=f["normal"], fill=10)
            for t in lines[1:]:
                y += 38
                dr.text((x0 + 40, y), t, font=f["normal"], fill=10)
            y += 50
    if y > H - 100:
        fail(f"{L['id']}: scan content overflows the page")
    rng = random.Random(19_05)
    px = img.load()
    for _ in range(6000):  # fax specks
        px[rng.randrange(W), rng.randrange(H)] = rng.choice((0, 60, 120))
    for _ in range(40):  # short horizontal streaks
        yy, xx = rng.randrange(H), rng.randrange(W - 200)
        for k in range(rng.randrange(20, 180)):
            px[xx + k, yy] = 90
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(-0.55, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.point(lambda v: 0 if v < 110 else (255 if v > 200 else v))
    return img


def write_scan_pdf(L: dict, path: Path) -> None:
    img = render_scan(L)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False, compress_level=9)
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(L["creation"])
    pdf.set_producer(L["producer"])
    pdf.set_creator(L["producer"])
    pdf.set_title(L["title"])
    pdf.set_auto_page_break(False)
    pdf.add_page()
    buf.seek(0)
    pdf.image(buf, x=0, y=0, w=210, h=297)
    path.write_bytes(bytes(pdf.output()))


def write_text(L: dict, path: Path) -> None:
    text = L["text"].replace("\n", L["newline"])
    data = text.encode(L["encoding"])
    if L["bom"]:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)


# ---------------------------------------------------------------------------
# Output checks (the files, not the converter)
# ---------------------------------------------------------------------------
def check_output(L: dict, path: Path, names: dict) -> None:
    if L["ext"] != "pdf":
        raw = path.read_bytes()
        if L["bom"]:
            raw = raw[3:]
        if norm(raw.decode(L["encoding"]).replace("\r\n", "\n")) != norm(L["text"]):
            fail(f"{L['id']}: text file does not round-trip")
        return
    from pypdf import PdfReader
    r = PdfReader(str(path))
    if L["kind"] == "scan":
        if len(r.pages) != 1 or "".join(p.extract_text() or "" for p in r.pages).strip():
            fail(f"{L['id']}: scan must be one image-only page")
        return
    if len(r.pages) != L["pages"]:
        fail(f"{L['id']}: {len(r.pages)} pages in the PDF")
    alltext = ""
    for i, page in enumerate(r.pages, 1):
        t = page.extract_text() or ""
        alltext += t + "\n"
        nt = norm(t)
        if f"page {i}/{L['pages']}" not in nt or norm(L["inst"][0]) not in nt or norm(L["label"][0]) not in nt:
            fail(f"{L['id']}: header/footer missing on page {i}")
    na = norm(alltext)
    for a in L["drugs"]:
        if norm(a[0]) not in na:
            fail(f"{L['id']}: drug term {a[0]!r} not extractable from the PDF")


# ---------------------------------------------------------------------------
def main() -> int:
    ref, names = load_atc()
    ids = [L["id"] for L in LETTERS]
    if ids != [f"c{i:02d}" for i in range(1, len(LETTERS) + 1)]:
        fail(f"ids {ids}")
    for L in LETTERS:
        L["gold"] = {"id": L["id"], **L["gold"]}
        L["gold"]["gaps"] = derive_gaps(L["gold"])
        check_letter(L, ref, names)
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for old in list(letters_dir.iterdir()) + list(gold_dir.iterdir()):
        old.unlink()
    for L in LETTERS:
        out = letters_dir / f"{L['id']}.{L['ext']}"
        if L["kind"] == "text":
            write_text(L, out)
        elif L["kind"] == "scan":
            write_scan_pdf(L, out)
        else:
            write_form_pdf(L, out)
        check_output(L, out, names)
        (gold_dir / f"{L['id']}.json").write_text(
            json.dumps(L["gold"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and gold records to {HERE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
