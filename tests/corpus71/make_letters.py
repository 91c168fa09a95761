#!/usr/bin/env python3
"""Blind held-out corpus 71: twelve referral letters from Paris-suburb hospitals.

Run from /work/main:  .venv/bin/python tests/corpus71/make_letters.py
Writes letters/ and gold/ beside this file, byte-identically on every run.
Every letter's text and gold record is below as Python data; gaps are derived
by gaps_for() (the spec's Gaps rule); check_contract() stops the run with
"CONTRACT VIOLATION: ..." on any inconsistency.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import random
import sys
import zlib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = Path("/work/shared") if Path("/work/shared/spec").exists() else ROOT.parent / "shared"
ATC_TSV = SHARED / "spec" / "atc-reference.tsv"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_MONO = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")

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


# --------------------------------------------------------------------------
# gold helpers
# --------------------------------------------------------------------------
def gold(*, sex, age, tumor, bone, pain, meds, local, bta, anticoag, antiplat, prog, project):
    """Build a gold record (without id and gaps) from compact tuples."""
    t_status, site, hist, bio = tumor
    return {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": t_status, "site": site, "histology": hist, "biomarkers": bio},
        "boneDiagnosis": {"status": bone[0], "circumstances": bone[1], "dated": bone[2]},
        "pain": {"status": pain[0], "types": pain[1], "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": local[1]},
        "boneTargetedTherapy": {"status": bta[0], "atc": sorted(bta[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplat[0], "atc": sorted(antiplat[1])},
        "prognosis": dict({"status": prog[0]}, **prog[1]),
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }


def gaps_for(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to a gold record (nine items, in order)."""
    out = []
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in kinds:
            out.append([item, kinds[st]])
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
            out.append([item, "incomplete"])
    return out


def age_at(birth: dt.date, when: dt.date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


# --------------------------------------------------------------------------
# the letters
# --------------------------------------------------------------------------
LETTERS: list[dict] = []

# zzs01 -- emergency department, Créteil, TXT ------------------------------
LETTERS.append(dict(
    id="zzs01", fmt="txt", date=dt.date(2026, 10, 3), birth=None,
    text="""CENTRE HOSPITALIER INTERCOMMUNAL DES COTEAUX - CRETEIL
Service d'Accueil des Urgences adultes
Dr Samia BELKHEIR, PH urgentiste - Tel. secrétariat 01 49 87 62 10

Créteil, le 03/10/2026

Objet : demande d'avis RCP métastases osseuses

Cher confrère,

Je vous adresse M. Moussa DIAKHATE, 68 ans, vu aux urgences cette nuit. Patient d'origine malienne, parle peu le français (soninké), l'interrogatoire a été fait avec son fils Ibrahim qui l'accompagne. Les informations sont donc partielles.

ATCD :
- DT2 sous ADO
- HTA
- "problème de coeur" selon le fils, pas de CR disponible
- Chirurgicaux : RAS, jamais opéré
- Familiaux : frère décédé d'un "cancer du ventre" au Mali

HDM :
Lombalgies depuis environ 3 semaines, d'aggravation progressive, avec AEG (perte de 6 kg en 2 mois d'après le fils). Le fils rapporte des réveils nocturnes fréquents à cause de la douleur. Pas de troubles sphinctériens, pas de déficit.
Consulte ce jour pour douleur non soulagée par le paracétamol.

Examen : EG altéré, apyrétique. EN 7/10 à l'arrivée. Douleur à la palpation des épineuses L2-L4. ROT présents et symétriques, pas de déficit sensitivo-moteur. TR : prostate dure, irrégulière, pierreuse.

Bio : PSA total 864 ng/mL (!). Calcémie corrigée 2,41 mmol/L (normale). Créat 98 µmol/L. Hb 10,9 g/dL.
TDM TAP injecté (02/10/2026) : lésions ostéocondensantes diffuses du rachis lombaire, du bassin et des côtes, évocatrices de métastases. Prostate hétérogène. Pas d'épidurite visible (IRM non réalisée la nuit).

Au total : lombalgies révélant des lésions osseuses diffuses, probable néoplasie prostatique métastatique (pas de preuve histologique à ce stade).

Traitement habituel (boîte à médicaments apportée par le fils) :
- Metformine 1000 mg x2/j
- Amlor 5 mg/j
- Kardégic 75 mg/j
- Doliprane 1 g, 3 fois par jour depuis 2 semaines
Anticoagulant : le fils pense que non, à vérifier auprès du pharmacien de ville (ordonnance non retrouvée).

Aux urgences : Topalgic 50 mg LP x2/j introduit, à poursuivre.

Etat général : OMS 2 (passe une bonne partie de la journée au fauteuil).
Pas de traitement osseux local antérieur (jamais irradié).

Le patient est hospitalisé en médecine interne pour la suite du bilan. Je vous remercie de bien vouloir discuter son dossier en RCP, notamment sur l'intérêt d'une radiothérapie antalgique lombaire et sur le traitement à débuter.

Bien confraternellement,
Dr S. Belkheir
""",
    gold=gold(
        sex="M", age=68,
        tumor=("uncertain", "prostate", None, {"PSA": "positive"}),
        bone=("present", ["pain"], True),
        pain=("present", ["nocturnal"], 7),
        meds=("present", ["A10BA02", "B01AC06", "N02BE01", "N02AX02"]),
        local=("absent", []),
        bta=("unknown", []),
        anticoag=("uncertain", []),
        antiplat=("present", ["B01AC06"]),
        prog=("present", {"ecog": 2}),
        project=("unknown", None)),
    evidence={"A10BA02": "Metformine", "B01AC06": "Kardégic", "N02BE01": "Doliprane",
              "N02AX02": "Topalgic"},
    style="Emergency physician, TXT UTF-8; history through the son (Soninké speaker)",
    tricky="prostate only probable (no histology: uncertain, PSA positive); anticoagulant 'le fils pense que non, à vérifier' (uncertain, no agent); Topalgic introduced at the ED counts as current; 'jamais irradié'; brother's cancer is family history; no therapeutic plan (work-up only)",
))

# zzs02 -- pneumology, Bobigny, DOCX ---------------------------------------
LETTERS.append(dict(
    id="zzs02", fmt="docx", date=dt.date(2026, 10, 7), birth=dt.date(1961, 11, 22),
    paragraphs=[
        ("h", "Centre Hospitalier Louise-Michel – Bobigny"),
        ("p", "Service de Pneumologie et Oncologie thoracique – Pr A. KERVELLA, Dr N. RAJASEKARAN"),
        ("p", "Secrétariat : 01 48 95 27 33 – rcp.pneumo@ch-louisemichel.fr (fictif)"),
        ("p", "Bobigny, le 7 octobre 2026"),
        ("h", "Demande de présentation en RCP Métastases osseuses"),
        ("p", "Patiente : Mme Kalaivani SIVAPALAN, née le 22/11/1961. Origine sri-lankaise, tamoulophone ; consultation réalisée avec l'aide d'une interprète professionnelle (ISM Interprétariat, par téléphone)."),
        ("h", "Antécédents"),
        ("p", "Non-fumeuse. Hypothyroïdie. TVP du membre inférieur gauche en avril 2026 (sous tagrisso). Pas d'antécédent familial de cancer connu."),
        ("h", "Histoire oncologique"),
        ("p", "Adénocarcinome pulmonaire du LID, stade IV d'emblée (février 2026). Biologie moléculaire : délétion de l'exon 19 de l'EGFR ; ALK négatif (IHC et FISH) ; PD-L1 à 5 %."),
        ("p", "Les lésions osseuses ont été découvertes sur le TEP-TDM du bilan d'extension initial (03/03/2026) : cotyle droit, L3, 6e côte gauche."),
        ("p", "Osimertinib (Tagrisso) 80 mg/j depuis le 12/03/2026, bonne réponse thoracique sur le scanner de septembre."),
        ("p", "Radiothérapie antalgique du cotyle droit : 8 Gy en une fraction le 18/06/2026."),
        ("h", "Situation actuelle"),
        ("p", "Douleur de la hanche droite réapparue depuis 3 semaines, à la marche et à l'appui prolongé, EVA 5/10. Pas de douleur nocturne. Marche avec une canne. L'IRM du bassin (29/09) montre une lyse du toit du cotyle droit avec menace fracturaire."),
        ("p", "OMS 1."),
        ("h", "Traitement en cours"),
        ("table", [["Médicament", "Posologie", "Depuis"],
                   ["TAGRISSO 80 mg", "1 cp/j", "03/2026"],
                   ["ELIQUIS 5 mg", "1 cp matin et soir", "04/2026 (TVP)"],
                   ["XGEVA 120 mg", "1 inj SC toutes les 4 semaines", "05/2026"],
                   ["CACIT D3 1000 mg/880 UI", "1 sachet/j", "05/2026"],
                   ["LEVOTHYROX 50 µg", "1 cp/j", "ancien"],
                   ["DOLIPRANE 1 g", "jusqu'à 3/j", ""]]),
        ("h", "Question posée à la RCP"),
        ("p", "Poursuite du Tagrisso (maladie contrôlée par ailleurs). Indication d'une cimentoplastie ou d'un geste chirurgical sur le cotyle droit déjà irradié ? La gestion de l'Eliquis sera à organiser en cas de geste."),
        ("p", "Dr Nirmala RAJASEKARAN, pneumo-oncologue"),
    ],
    gold=gold(
        sex="F", age=None,
        tumor=("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "positive"}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 5),
        meds=("present", ["L01EB04", "B01AF02", "M05BX04", "A12AX", "H03AA01", "N02BE01"]),
        local=("present", ["radiotherapy"]),
        bta=("present", ["M05BX04"]),
        anticoag=("present", ["B01AF02"]),
        antiplat=("unknown", []),
        prog=("present", {"ecog": 1}),
        project=("present", None)),
    evidence={"L01EB04": "TAGRISSO", "B01AF02": "ELIQUIS", "M05BX04": "XGEVA",
              "A12AX": "CACIT D3", "H03AA01": "LEVOTHYROX", "N02BE01": "DOLIPRANE"},
    style="Thoracic oncologist (pneumology), DOCX with headings and a drug table; interpreter by phone",
    tricky="age from birth date (birthday in November, letter in October); PD-L1 5 % is positive; 'Pas de douleur nocturne' (mechanical only); single-fraction RT of the acetabulum; Eliquis + Xgeva in the table; no word on antiplatelets",
))

# zzs03 -- GP Argenteuil, text PDF + photographed drug list ---------------
LETTERS.append(dict(
    id="zzs03", fmt="pdf_mixed", date=dt.date(2026, 10, 9), birth=None,
    text="""Dr Philippe VASSEUR-NDIAYE
Médecin généraliste
14, rue des Glaisières - 95100 Argenteuil
Tél : 01 39 61 48 02

Argenteuil, le 9 octobre 2026

A l'attention du Dr coordinateur de la RCP métastases osseuses
Centre hospitalier Victor-Dupouy (fictif) - Argenteuil

Cher Confrère,

Je me permets de vous adresser mon patient M. Gérard LEFEBVRE, 74 ans, que je suis depuis 15 ans.

ATCD : ACFA sous AVK, HTA, dyslipidémie, adénocarcinome prostatique Gleason 8 (4+4) diagnostiqué en 2019, traité par prostatectomie totale (2019) puis radiothérapie de la loge prostatique en 2021 pour récidive biologique. Père décédé d'un cancer colique.

Depuis le printemps le PSA remonte (12 en avril, 38 ng/mL le 02/09/2026). La scintigraphie osseuse de suivi demandée par son urologue (Dr Amrani) le 12/08/2026 a montré des fixations costales et iliaques multiples, confirmées au TEP-PSMA.
Hormonothérapie par Eligard reprise en juin, Xtandi ajouté en septembre par l'urologue.

Il se plaint de douleurs costales modérées, intermittentes, sans autre précision. Il reste autonome, fait ses courses seul : OMS 1.
Pas de traitement à visée osseuse à ce jour.

Vous trouverez ci-joint la photocopie de son ordonnance en cours (page suivante).

Je souhaiterais avoir l'avis de la RCP sur l'intérêt d'un traitement osseux (dénosumab ?) et sur la prise en charge des douleurs.

Bien confraternellement,

Dr P. Vasseur-Ndiaye
""",
    image_text="""Dr Philippe VASSEUR-NDIAYE - Médecin généraliste - Argenteuil
ORDONNANCE                                   le 01/09/2026
M. LEFEBVRE Gérard

- PREVISCAN 20 mg : 3/4 cp le soir (selon INR)
- ELIGARD 45 mg : 1 injection SC tous les 6 mois
  (dernière le 10/06/2026)
- XTANDI 40 mg : 4 gélules par jour
- BISOPROLOL 2,5 mg : 1 cp le matin
- TAHOR 20 mg : 1 cp le soir
- DOLIPRANE 1 g : 1 cp x 3/j si douleurs

(Kardégic arrêté en 2024 : ne plus délivrer)

QSP 3 mois, à renouveler 1 fois
""",
    gold=gold(
        sex="M", age=74,
        tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", [], None),
        meds=("present", ["B01AA12", "L02AE02", "L02BB04", "C07AB07", "C10AA05", "N02BE01"]),
        local=("unknown", []),
        bta=("absent", []),
        anticoag=("present", ["B01AA12"]),
        antiplat=("absent", []),
        prog=("present", {"ecog": 1}),
        project=("present", None)),
    evidence={"B01AA12": "PREVISCAN", "L02AE02": "ELIGARD", "L02BB04": "XTANDI",
              "C07AB07": "BISOPROLOL", "C10AA05": "TAHOR", "N02BE01": "DOLIPRANE"},
    style="GP, text PDF (page 1) with the prescription as a photocopied image page (page 2, no text layer)",
    tricky="drug list only in the image page (OCR needed: Préviscan, Eligard, Xtandi); 'AVK' in text resolved by Préviscan on the prescription; Kardégic stopped (antiplatelets absent); prostatectomy and prostate-bed RT are not bone treatments (prior local unknown); rising PSA on follow-up scintigraphy (staging_imaging); pain without type; dénosumab only asked about",
))

# zzs04 -- medical oncology, Évry, TXT -------------------------------------
LETTERS.append(dict(
    id="zzs04", fmt="txt", date=dt.date(2026, 10, 12), birth=None,
    text="""Clinique de l'Agora - Oncologie médicale - 91000 Évry-Courcouronnes
Dr Hélène MARCHETTI-DIALLO / Dr Paul OKAFOR
Tél : 01 60 78 44 90

Évry, le 12 octobre 2026

RCP METASTASES OSSEUSES - FICHE DE PRESENTATION

Patiente : Mme Nadia BOURAS, 57 ans
Médecin traitant : Dr Lemoine (Ris-Orangis)

ATCD médicaux : ostéoporose post-ménopausique (Fosamax 2019-2025, arrêté lors du début du dénosumab), HTA.
ATCD familiaux : mère - cancer du sein à 62 ans ; tante maternelle - cancer de l'ovaire. Recherche BRCA négative.

HISTOIRE :
Carcinome lobulaire infiltrant du sein droit, RE 90 %, RP 40 %, HER2 score 0, diagnostiqué en juin 2025, métastatique osseux d'emblée (lésions synchrones découvertes au TEP-FDG du bilan d'extension du 20/06/2025 : T12, L2, sacrum, fémur gauche).
1re ligne métastatique : ribociclib (Kisqali) 600 mg J1-J21 + létrozole (Femara) 2,5 mg/j depuis le 07/2025.
Dénosumab (Xgeva) 120 mg SC toutes les 4 semaines depuis juillet 2025, + Cacit D3.
Vertébroplastie T12 le 16/09/2025 pour tassement douloureux, avec bon résultat.
Dafalgan codéiné arrêté en novembre 2025 (plus de douleur).

CE JOUR :
Patiente asymptomatique, pas de douleur, EVA 0. Examen neurologique normal.
PS 0. Poursuit son activité d'aide-soignante à mi-temps.
Traitement en cours : Kisqali, Femara, Xgeva, Cacit D3, Coversyl 5 mg.
Pas d'anticoagulant, pas d'antiagrégant plaquettaire.

TEP du 30/09/2026 : réponse métabolique complète sur T12, sacrum et fémur ; apparition d'un foyer isolé L2 hypermétabolique (SUV 7,1), sans autre progression.

PROJET : poursuite de la ligne actuelle (Kisqali/Femara).
QUESTION A LA RCP : oligoprogression L2 : radiothérapie stéréotaxique de L2 ?
""",
    gold=gold(
        sex="F", age=57,
        tumor=("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        bone=("present", ["staging_imaging"], True),
        pain=("absent", [], 0),
        meds=("present", ["L01EF02", "L02BG04", "M05BX04", "A12AX"]),
        local=("present", ["cementoplasty"]),
        bta=("present", ["M05BX04"]),
        anticoag=("absent", []),
        antiplat=("absent", []),
        prog=("present", {"ecog": 0}),
        project=("present", None)),
    evidence={"L01EF02": "Kisqali", "L02BG04": "Femara", "M05BX04": "Xgeva", "A12AX": "Cacit D3"},
    style="Medical oncologist, TXT UTF-8 presentation sheet with headings",
    tricky="Fosamax and Dafalgan codéiné stopped (not current); 'pas de douleur, EVA 0' (absent, intensity 0); vertebroplasty = cementoplasty; mother's and aunt's cancers and BRCA are not recorded; SBRT only asked",
))

# zzs05 -- urology Créteil, fully scanned letter ---------------------------
LETTERS.append(dict(
    id="zzs05", fmt="pdf_scan", date=dt.date(2026, 10, 14), birth=None,
    text="""HOPITAL HENRI-VALLES (fictif) - CRETEIL
Service d'Urologie - Dr Marc-Antoine TEIXEIRA
Consultation du 14/10/2026 - Tél 01 45 17 80 63

Objet : M. José PEREIRA DA COSTA, 81 ans
Patient lusophone, l'entretien a été traduit par sa fille.

Madame, Monsieur, chers collègues,

M. Pereira da Costa a fait le 02/09/2026 une chute de sa hauteur
avec fracture du col fémoral gauche. La fracture s'est révélée
pathologique (lésion lytique sur l'imagerie). Il a été opéré le
03/09/2026 (prothèse intermédiaire de hanche gauche, Dr Roussel),
l'anatomopathologie de la tête fémorale est en attente.

Le bilan retrouve un PSA à 412 ng/mL, une prostate dure au TR et
de multiples lésions osseuses condensantes (rachis, bassin).
Biopsies prostatiques non réalisées vu l'âge : cancer de la
prostate très probable, à confirmer par l'histologie osseuse.

Castration débutée : FIRMAGON 240 mg le 15/09/2026 puis 80 mg/mois.

Actuellement douleurs de la hanche opérée à la mobilisation, EN 3.
Déambulation avec déambulateur, aide pour la toilette : OMS 3.

Traitement actuel : Firmagon, Lovenox 4000 UI/j (jusqu'à fin
octobre), Doliprane 1 g x3, Inexium 20 mg.
Un traitement par Xgeva est envisagé après bilan dentaire.

Merci de discuter en RCP l'indication d'une radiothérapie de
l'ensemble du fémur opéré.

Dr M-A. Teixeira
""",
    gold=gold(
        sex="M", age=81,
        tumor=("uncertain", "prostate", None, {"PSA": "positive"}),
        bone=("present", ["pathological_fracture"], True),
        pain=("present", ["mechanical"], 3),
        meds=("present", ["L02BX02", "B01AB05", "N02BE01", "A02BC05"]),
        local=("present", ["surgery"]),
        bta=("unknown", []),
        anticoag=("present", ["B01AB05"]),
        antiplat=("unknown", []),
        prog=("present", {"ecog": 3}),
        project=("present", None)),
    evidence={"L02BX02": "FIRMAGON", "B01AB05": "Lovenox", "N02BE01": "Doliprane",
              "A02BC05": "Inexium"},
    style="Urologist, scanned letter (image-only PDF, OCR needed), patient's daughter interpreting",
    tricky="prostate 'très probable' without histology (uncertain); pathological hip fracture with arthroplasty (surgery of the bone lesion); post-op Lovenox is a current anticoagulant; Xgeva only planned (unknown); degarelix started",
))

# zzs06 -- internal medicine Argenteuil, DOCX ------------------------------
LETTERS.append(dict(
    id="zzs06", fmt="docx", date=dt.date(2026, 10, 16), birth=None,
    paragraphs=[
        ("h", "CH Victor-Dupouy (fictif) – Argenteuil – Service de Médecine Interne"),
        ("p", "Dr Claire NGUYEN-SAADA, Dr Yanis HAMMOUCHE (interne) – Tél : 01 34 23 19 55"),
        ("p", "Argenteuil, le 16/10/2026"),
        ("h", "Courrier de demande d'avis – RCP métastases osseuses"),
        ("p", "Mme Fatoumata CAMARA, 63 ans, hospitalisée dans le service depuis le 28/09/2026."),
        ("p", "Motif d'hospitalisation : AEG + hypercalcémie à 3,4 mmol/L découverte le 28/09/2026 sur un bilan prescrit par son médecin traitant pour asthénie et constipation."),
        ("p", "ATCD : hypothyroïdie, RGO, tabagisme sevré (20 PA). Pas d'ATCD familial connu. Pas de chirurgie."),
        ("h", "Bilan"),
        ("p", "TDM TAP : multiples lésions ostéolytiques (rachis dorsal, côtes, bassin), nodule spiculé du LSG de 22 mm, adénopathies médiastinales."),
        ("p", "Biopsie osseuse de l'aile iliaque droite (06/10) : métastase d'adénocarcinome, TTF1+, CK7+, orientant vers une origine pulmonaire probable. Biologie moléculaire (EGFR, ALK) et PD-L1 en cours."),
        ("p", "L'hypercalcémie a été traitée par hydratation et une perfusion unique de ZOMETA 4 mg le 29/09 ; calcémie normalisée à 2,45."),
        ("h", "Clinique"),
        ("p", "Douleurs dorsales et costales diffuses, à prédominance nocturne, EN 6/10 ce jour malgré le traitement. Pas de signe neurologique. PS 3 (alitée plus de la moitié de la journée)."),
        ("h", "Traitement actuel"),
        ("p", "Levothyrox 75 µg/j ; Inexium 20 mg/j ; Oxycontin LP 10 mg x2/j + Oxynorm 5 mg si besoin ; Forlax 2 sachets/j ; Doliprane 1 g x4/j."),
        ("p", "Anticoagulation : pas d'anticoagulation à dose curative ; Lovenox 4000 UI/j en préventif pendant l'hospitalisation."),
        ("h", "Demande"),
        ("p", "Dossier à discuter dans l'attente des résultats moléculaires : quelle prise en charge antalgique locale (radiothérapie ?) et quel traitement à visée osseuse au long cours ?"),
        ("p", "Dr C. Nguyen-Saada"),
    ],
    gold=gold(
        sex="F", age=63,
        tumor=("uncertain", "lung", "adenocarcinoma", {"EGFR": "pending", "ALK": "pending", "PD-L1": "pending"}),
        bone=("present", ["hypercalcemia"], True),
        pain=("present", ["nocturnal"], 6),
        meds=("present", ["H03AA01", "A02BC05", "N02AA05", "A06AD15", "N02BE01", "B01AB05"]),
        local=("unknown", []),
        bta=("unknown", []),
        anticoag=("present", ["B01AB05"]),
        antiplat=("unknown", []),
        prog=("present", {"ecog": 3}),
        project=("unknown", None)),
    evidence={"H03AA01": "Levothyrox", "A02BC05": "Inexium", "N02AA05": "Oxycontin",
              "A06AD15": "Forlax", "N02BE01": "Doliprane", "B01AB05": "Lovenox"},
    style="Internal medicine (senior + resident), DOCX with headings, no table",
    tricky="primary only 'orientant vers une origine pulmonaire probable' (uncertain lung adenocarcinoma); EGFR/ALK/PD-L1 pending; single Zometa infusion for hypercalcaemia is not a bone therapy (unknown); 'pas d'anticoagulation à dose curative' yet preventive Lovenox (present); TTF1/CK7 not recorded; no therapeutic project yet",
))

# zzs07 -- GP Bobigny, TXT with typos --------------------------------------
LETTERS.append(dict(
    id="zzs07", fmt="txt", date=dt.date(2026, 10, 19), birth=None,
    text="""Cabinet médical du Pont-de-Pierre
Dr Karim OUAZZANI, médecine générale
3 av. Paul-Vaillant-Couturier, 93000 Bobigny  - 01 48 30 77 41

le 19/10/26

Cher confrere,

Je vous adresse Mr Daniel HOARAU 59 ans pour avis RCP osseuse, a la demande de son oncologue le Dr Mbappé-Lorin (Hôp. Louise-Michel) qui est en congés.

ATCD : BPCO stade 2, tabac 40 PA (sevré 2025), AOMI stentée en 2022 sous Plavix, dyslipidémie.
Carcinome épidermoide du poumon droit, PD-L1 70%, dg en janv 2026, traité par carbo-taxol + pembrolizumab x4 puis radiothérapie thoracique, maintenance Keytruda toutes les 3 sem. depuis mai 2026 (derniére cure le 13/10).

Depuis 2 mois douleur de l'épaule gauche, type brulures avec décharges électriques dans le bras gauche, surtout la nuit. EVA 6/10 malgré le ttt. Le scanner du 30/09/2026 montre une lyse de la tête humérale gauche + lésion de C7 avec atteinte foraminale.

Pas d'anticoagulant.
PS 1 d'apres l'oncologue.

TTT actuel :
KEYTRUDA 200 mg / 3 sem
PLAVIX 75 1/j
TAHOR 40 1/j
SKENAN LP 30 mg matin et soir
ACTISKENAN 10 si douleur (3-4/j)
LYRICA 75 mg x2
SPIRIVA 1 inh/j

Pas de traitement local fait sur l'os pour l'instant.

Merci pour votre avis (radiothérapie ? chirurgie de l'humérus ?)
Confraternellement
Dr K. Ouazzani
""",
    gold=gold(
        sex="M", age=59,
        tumor=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
        bone=("present", ["pain"], True),
        pain=("present", ["neuropathic", "nocturnal"], 6),
        meds=("present", ["L01FF02", "B01AC04", "C10AA05", "N02AA01", "N03AX16"]),
        local=("absent", []),
        bta=("unknown", []),
        anticoag=("absent", []),
        antiplat=("present", ["B01AC04"]),
        prog=("present", {"ecog": 1}),
        project=("present", None)),
    evidence={"L01FF02": "KEYTRUDA", "B01AC04": "PLAVIX", "C10AA05": "TAHOR",
              "N02AA01": "SKENAN", "N03AX16": "LYRICA"},
    style="GP writing for the absent oncologist, TXT with typos and missing accents",
    tricky="chemo (carbo-taxol) finished, only Keytruda maintenance current; thoracic RT is of the primary, 'pas de traitement local fait sur l'os' (absent); brûlures/décharges = neuropathic, 'surtout la nuit' = nocturnal; Plavix is antiplatelet with 'Pas d'anticoagulant'; Spiriva not in the ATC table",
))

# zzs08 -- medical oncology Créteil, text PDF -------------------------------
LETTERS.append(dict(
    id="zzs08", fmt="pdf", date=dt.date(2026, 10, 21), birth=dt.date(1960, 10, 21),
    text="""CENTRE HOSPITALIER INTERCOMMUNAL DES COTEAUX - CRETEIL
Département d'Oncologie Médicale
Dr Léa FONTAINE-MBEKI - Tél : 01 49 87 64 02 - Fax : 01 49 87 64 09

Créteil, le 21/10/2026

Objet : M. Thierry BRUNEL, né le 21/10/1960
RCP Métastases osseuses du 29/10/2026

Chère Consoeur, Cher Confrère,

Je vous présente M. Brunel, suivi pour un carcinome rénal à cellules claires du rein gauche (néphrectomie élargie en 2021, grade ISUP 3).

Évolution métastatique osseuse révélée le 10/05/2026 par une fracture pathologique sous-trochantérienne du fémur droit survenue en descendant du bus. Enclouage centromédullaire le 14/05/2026 (Dr Aubry), complété par une radiothérapie post-opératoire du fémur (20 Gy en 5 fractions, juin 2026).

Traitements systémiques :
- nivolumab + ipilimumab de 05/2026 à 08/2026, arrêtés pour colite immuno-induite grade 3 (résolutive, corticothérapie sevrée le 30/09) ;
- cabozantinib (Cabometyx) 40 mg/j depuis le 08/09/2026, bien toléré.

Embolie pulmonaire segmentaire en juillet 2026 : rivaroxaban (Xarelto) 20 mg/j, à poursuivre tant que la maladie est active. Pas d'antiagrégant plaquettaire.

Sur le plan osseux, il reçoit du Prolia 60 mg tous les 6 mois, prescrit par son rhumatologue pour ostéoporose cortisonique (dernière injection le 02/09/2026).

Actuellement indolore, marche sans aide. ECOG 1.
Traitement : Cabometyx 40 mg, Xarelto 20 mg, Prolia, Amlor 10 mg, Zyma D 50 000 UI/mois.

Le scanner du 12/10/2026 montre une nouvelle lésion lytique de l'aile iliaque gauche, 3 cm, non compliquée.
Projet : poursuite du cabozantinib, dans une optique palliative.

Questions à la RCP :
1) radiothérapie stéréotaxique de la lésion iliaque ?
2) faut-il remplacer le Prolia par du dénosumab à dose oncologique (Xgeva) ?

Bien à vous,
Dr L. Fontaine-Mbeki
""",
    gold=gold(
        sex="M", age=None,
        tumor=("present", "kidney", "clear_cell_carcinoma", {}),
        bone=("present", ["pathological_fracture"], True),
        pain=("absent", [], None),
        meds=("present", ["L01EX07", "B01AF01", "M05BX04", "A11CC05"]),
        local=("present", ["surgery", "radiotherapy"]),
        bta=("present", ["M05BX04"]),
        anticoag=("present", ["B01AF01"]),
        antiplat=("absent", []),
        prog=("present", {"ecog": 1}),
        project=("present", "palliative")),
    evidence={"L01EX07": "Cabometyx", "B01AF01": "Xarelto", "M05BX04": "Prolia", "A11CC05": "Zyma D"},
    style="Medical oncologist, one-page text PDF, formal",
    tricky="age from birth date on the birthday itself (66); nivolumab/ipilimumab and steroids stopped; Prolia for osteoporosis counts as bone therapy (present, M05BX04) while Xgeva is only a question; nailing + post-op RT (surgery and radiotherapy); 'indolore'; 'optique palliative'",
))

# zzs09 -- pneumology Évry, DOCX, cord compression -------------------------
LETTERS.append(dict(
    id="zzs09", fmt="docx", date=dt.date(2026, 10, 28), birth=dt.date(1955, 10, 30),
    paragraphs=[
        ("h", "Hôpital des Tarterets (fictif) – Évry-Courcouronnes"),
        ("p", "Service de Pneumologie – Unité d'oncologie thoracique – Dr Rachid BENSALEM – 01 64 97 31 20"),
        ("p", "Le 28/10/2026"),
        ("h", "Demande RCP métastases osseuses – dossier semi-urgent"),
        ("p", "Mme Zohra MEDJAHED, née le 30/10/1955. Arabophone, comprend peu le français ; l'anamnèse a été recueillie auprès de son fils."),
        ("p", "ATCD : HTA, diabète de type 2, cardiopathie ischémique (stent 2019) sous Kardégic, suspendu pour la chirurgie et non repris à ce jour. Pas d'allergie connue."),
        ("p", "HDM : depuis début octobre, douleurs dorsales en ceinture (radiculalgie T8 bilatérale), non explorées, traitées par son médecin traitant comme une névralgie intercostale, puis, le 20/10/2026, apparition d'une paraparésie des membres inférieurs avec troubles mictionnels. IRM : épidurite métastatique T8 compressive, lésions vertébrales multiples. Laminectomie décompressive T7-T9 avec ostéosynthèse le 21/10/2026 (neurochirurgie, Dr Pham)."),
        ("p", "Histologie de la pièce opératoire : carcinome à petites cellules, d'origine pulmonaire (masse hilaire gauche au scanner). Stade étendu."),
        ("p", "Radiothérapie post-opératoire T6-T10 en cours (20 Gy en 5 fractions, 3 séances sur 5 réalisées)."),
        ("p", "1re cure de carboplatine-étoposide-atézolizumab le 27/10/2026."),
        ("p", "Actuellement : douleurs dorsales EN 2/10 (8/10 à l'admission), récupération partielle de la force (marche avec aide du kiné). OMS 3."),
        ("h", "Traitement actuel"),
        ("table", [["Traitement", "Dose"],
                   ["Dexaméthasone (DECTANCYL)", "8 mg/j, décroissance en cours"],
                   ["LOVENOX", "4000 UI/j SC"],
                   ["Oxycodone (OXYNORM)", "5 mg si besoin"],
                   ["Metformine", "850 mg x2"],
                   ["Inexium", "40 mg/j"],
                   ["Carboplatine / étoposide / atézolizumab", "C1 le 27/10, J1=J21"]]),
        ("p", "Le dénosumab est à discuter, la patiente n'a jamais reçu de traitement osseux."),
        ("h", "Question"),
        ("p", "Validation de la séquence et place d'un traitement anti-résorptif (Xgeva ?) en RCP."),
        ("p", "Dr R. Bensalem"),
    ],
    gold=gold(
        sex="F", age=None,
        tumor=("present", "lung", "small_cell_carcinoma", {}),
        bone=("present", ["neurological_deficit"], True),
        pain=("present", ["neuropathic"], 2),
        meds=("present", ["H02AB02", "B01AB05", "N02AA05", "A10BA02", "A02BC05",
                          "L01XA02", "L01CB01", "L01FF05"]),
        local=("present", ["surgery", "radiotherapy"]),
        bta=("absent", []),
        anticoag=("present", ["B01AB05"]),
        antiplat=("absent", []),
        prog=("present", {"ecog": 3}),
        project=("present", None)),
    evidence={"H02AB02": "DECTANCYL", "B01AB05": "LOVENOX", "N02AA05": "OXYNORM",
              "A10BA02": "Metformine", "A02BC05": "Inexium", "L01XA02": "carboplatine",
              "L01CB01": "étoposide", "L01FF05": "atézolizumab"},
    style="Pneumologist, DOCX with table; history from the son (Arabic speaker)",
    tricky="age from birth date two days before the birthday (70); pain began first but the bone disease was revealed by cord compression (taken as neurological_deficit: the radicular pain was not investigated until the deficit); radiculalgie = neuropathic; current pain 2/10 (8 at admission); RT in progress counts; Kardégic suspended and not resumed (absent); 'jamais reçu de traitement osseux' (absent), denosumab only to be discussed",
))

# zzs10 -- ED Argenteuil, TXT CRLF -----------------------------------------
LETTERS.append(dict(
    id="zzs10", fmt="txt_crlf", date=dt.date(2026, 10, 24), birth=None,
    text="""URGENCES - CH Victor-Dupouy (fictif), Argenteuil
Dr Thomas GUILLOT, interne / Dr Aïcha MENSAH, senior
Tél urgences : 01 34 23 10 00

Compte rendu de passage du 24/10/2026 - copie au Dr Morel (oncologie) et à la RCP métastases osseuses

Mme Sandrine COLLET, 45 ans.
ATCD : cancer du sein gauche 2022, carcinome canalaire infiltrant RE+ RP+ HER2 négatif, tumorectomie + curage + chimio + RT mammaire, puis tamoxifène arrêté par la patiente en 2024 (mauvaise tolérance). Pas d'autre ATCD.
TTT habituel : aucun. Ni anticoagulant ni antiagrégant.

HDM : douleur lombaire brutale le 20/10/2026 en soulevant un pack d'eau. Persistance, majorée à la mobilisation et à la marche.
EN 8/10 à l'arrivée, 4/10 après antalgiques.
Pas de déficit sensitivomoteur, pas de trouble sphinctérien, ROT présents.

TDM rachis : fracture-tassement de L1 sur lésion lytique, mur postérieur intact ; autres lésions lytiques de L4 et de l'aile iliaque droite, suspectes de localisations secondaires.

Conclusion : fracture pathologique L1 dans le cadre d'une récidive osseuse multifocale de son cancer du sein.
Pas de traitement local osseux réalisé à ce jour.

Sortie avec : corset en attente, Doliprane 1 g x4/j, Ixprim 1 cp x3/j si besoin.
Consultation rapide avec son oncologue demandée.
Merci d'inscrire la patiente à la prochaine RCP (avis cimentoplastie / radiothérapie).

Dr A. Mensah
""",
    gold=gold(
        sex="F", age=45,
        tumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        bone=("present", ["pathological_fracture"], True),
        pain=("present", ["mechanical"], 4),
        meds=("present", ["N02BE01", "N02AX02"]),
        local=("absent", []),
        bta=("absent", []),
        anticoag=("absent", []),
        antiplat=("absent", []),
        prog=("unknown", {"ecog": None}),
        project=("unknown", None)),
    evidence={"N02BE01": "Doliprane", "N02AX02": "Ixprim"},
    style="Emergency department discharge summary, TXT with CRLF line ends",
    tricky="'TTT habituel : aucun' (bone therapy absent) but discharge prescription of Doliprane and Ixprim makes current medications present; tamoxifen stopped; breast RT not a bone treatment; pain 8 then 4 (current 4); lesions first called 'suspectes' then the relapse affirmed in the conclusion (present); no prognosis, no decided plan",
))

# zzs11 -- internal medicine Évry, text PDF + photographed drug list -------
LETTERS.append(dict(
    id="zzs11", fmt="pdf_mixed", date=dt.date(2026, 10, 26), birth=dt.date(1949, 3, 5),
    text="""Hôpital des Tarterets (fictif) - Évry-Courcouronnes
Service de Médecine Interne et Gériatrie aiguë
Dr Inès ROBERT-KONATE - Tél 01 64 97 30 44

Évry, le 26/10/2026

Chers collègues,

Je vous adresse pour avis Mme Marie-Josée ÉTIENNE, née le 05/03/1949, d'origine haïtienne, créolophone ; l'histoire a été reprise avec sa petite-fille (ordonnances photographiées sur son téléphone, jointes en page 2).

ATCD :
- carcinome vésiculaire de la thyroïde, thyroïdectomie totale + iode 131 en 2023 (CHU de Port-au-Prince, CR partiel) ;
- ostéoporose fracturaire (tassement T10 en 2021) ;
- HTA ; insomnie.

La lésion osseuse a été découverte de façon fortuite le 14/05/2024 sur un scanner abdominal fait aux urgences pour colique néphrétique : lésion lytique de l'aile iliaque gauche. Biopsie : métastase de carcinome vésiculaire thyroïdien. Radiothérapie externe de l'aile iliaque gauche 30 Gy en 10 fractions (juin 2024).
Progression pulmonaire et osseuse (sacrum) en 2026 : lenvatinib (Lenvima) 14 mg/j depuis août 2026, prescrit par l'endocrinologue.

Douleur de la fesse gauche à type de brûlure, irradiant à la face postérieure de la cuisse, DN4 à 5/10. Intensité difficile à chiffrer avec la patiente.
Karnofsky 60 %.

Anticoagulant : elle aurait été mise sous Eliquis au pays après une "phlébite", à vérifier : la petite-fille n'en est pas sûre et le médicament n'apparaît pas sur l'ordonnance.

Projet : poursuite du Lenvima.
Question : radiothérapie de la lésion sacrée ? Ré-irradiation iliaque possible ?

Dr I. Robert-Konaté
""",
    image_text="""Dr B. SAINT-FLEUR - Endocrinologie - Corbeil
ORDONNANCE du 03/08/2026
Mme ETIENNE Marie-Josée

LEVOTHYROX 125 µg : 1 cp le matin à jeun
LENVIMA 4 mg : 3 gélules + 1 gélule de 10 mg = 14 mg/j
COVERSYL 5 mg : 1 cp/j
IMOVANE 7,5 mg : 1/2 cp au coucher
ZYMA D 50 000 UI : 1 ampoule par mois
ACLASTA 5 mg : 1 perfusion par an (ostéoporose)
   depuis 2022 - prochaine perfusion 02/2027

ALD 30 - QSP 3 mois
""",
    gold=gold(
        sex="F", age=None,
        tumor=("present", "thyroid", "other", {}),
        bone=("present", ["incidental_imaging"], True),
        pain=("present", ["neuropathic"], None),
        meds=("present", ["H03AA01", "L01EX08", "N05CF01", "A11CC05", "M05BA08"]),
        local=("present", ["radiotherapy"]),
        bta=("present", ["M05BA08"]),
        anticoag=("uncertain", ["B01AF02"]),
        antiplat=("unknown", []),
        prog=("present", {"ecog": None, "kps": 60}),
        project=("present", None)),
    evidence={"H03AA01": "LEVOTHYROX", "L01EX08": "LENVIMA", "N05CF01": "IMOVANE",
              "A11CC05": "ZYMA D", "M05BA08": "ACLASTA", "B01AF02": "Eliquis"},
    style="Internal medicine/geriatrics, text PDF with the endocrinologist's prescription as a phone-photo image page",
    tricky="thyroid follicular carcinoma (histology 'other'); incidental discovery on CT for renal colic; yearly Aclasta for osteoporosis, ongoing (bone therapy present, only on the image page); 'aurait été mise sous Eliquis … à vérifier' (uncertain, agent kept, not a current drug); iodine-131 is not a local bone treatment, iliac RT is; Karnofsky only; DN4 = neuropathic, no intensity",
))

# zzs12 -- GP Créteil, DOCX, incomplete history -----------------------------
LETTERS.append(dict(
    id="zzs12", fmt="docx", date=dt.date(2026, 10, 30), birth=None,
    paragraphs=[
        ("p", "Dr Sophie TRAN-BENAMAR – Médecine générale – Maison de santé du Mont-Mesly, 94000 Créteil – 01 43 39 52 18"),
        ("p", "Créteil, le 30 octobre 2026"),
        ("p", "Objet : M. Abdelkader ZITOUNI, 52 ans – demande d'avis RCP métastases osseuses"),
        ("p", "Chère consœur, cher confrère,"),
        ("p", "Je vois pour la première fois M. Zitouni, arrivé d'Algérie il y a 6 mois, accompagné de son épouse qui traduit (il parle surtout arabe et un peu français). Il n'a presque aucun document médical avec lui."),
        ("p", "ATCD rapportés : « cancer du côlon » opéré à Oran en 2023, suivi d'une chimiothérapie dont il ne connaît pas le nom (pas de CR). Infarctus en 2021 avec pose de stent : il a pris Kardégic + Brilique, le Brilique a été arrêté fin 2022, il continue le Kardégic 75 mg. "),
        ("p", "Depuis février 2026, douleurs du bassin et de la hanche droite, à horaire inflammatoire avec dérouillage matinal d'une heure et réveils nocturnes, EVA 6/10. Il prend de l'ibuprofène 400 mg 3 fois par jour acheté en pharmacie et du Doliprane 1 g."),
        ("p", "J'ai fait réaliser un scanner TAP (22/10/2026) : lésions ostéolytiques multiples du bassin et du fémur droit, deux nodules hépatiques. PSA 1,2 ng/mL (normal). ACE 85."),
        ("p", "Il s'agit donc de métastases osseuses dont l'origine reste à préciser : récidive de son cancer colique ? Je n'ai pas d'autre élément. Pas d'information sur un éventuel traitement par radiothérapie."),
        ("p", "Il travaille encore comme chauffeur, se dit « fatigué »."),
        ("p", "Je vous remercie de bien vouloir discuter de la conduite à tenir (biopsie ? où ?) et de le convoquer. J'ai arrêté l'ibuprofène ce jour vu le Kardégic, et prescrit du Topalgic 50 mg x2 en remplacement."),
        ("p", "Bien confraternellement,"),
        ("p", "Dr S. Tran-Benamar"),
    ],
    gold=gold(
        sex="M", age=52,
        tumor=("uncertain", "colorectal", None, {"PSA": "negative"}),
        bone=("present", ["pain"], True),
        pain=("present", ["inflammatory", "nocturnal"], 6),
        meds=("present", ["B01AC06", "N02BE01", "N02AX02"]),
        local=("unknown", []),
        bta=("unknown", []),
        anticoag=("unknown", []),
        antiplat=("present", ["B01AC06"]),
        prog=("unknown", {"ecog": None}),
        project=("unknown", None)),
    evidence={"B01AC06": "Kardégic", "N02BE01": "Doliprane", "N02AX02": "Topalgic"},
    style="GP, DOCX plain paragraphs, first visit of a newly arrived patient, wife interpreting",
    tricky="origin only suspected ('récidive de son cancer colique ?': uncertain colorectal, no histology); normal PSA is negative; ibuprofen stopped by the GP the same day and replaced by Topalgic; Brilique stopped in 2022; inflammatory + nocturnal pain; 'Pas d'information sur ... radiothérapie' leaves prior local unknown; nothing said on anticoagulants (unknown); 'fatigué' is not a PS",
))


# --------------------------------------------------------------------------
# ages from birth dates, ids, gaps
# --------------------------------------------------------------------------
def finalise():
    for L in LETTERS:
        g = L["gold"]
        if L["birth"] is not None:
            computed = age_at(L["birth"], L["date"])
            if g["patient"]["age"] is None:
                g["patient"]["age"] = computed
        L["record"] = dict({"id": L["id"]}, **g)
        L["record"]["gaps"] = gaps_for(g)


# --------------------------------------------------------------------------
# contract check
# --------------------------------------------------------------------------
def violation(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc():
    ref = {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            cols = line.split("\t")
            ref[cols[0].strip()] = cols
    return ref


def letter_words(L) -> str:
    if "paragraphs" in L:
        parts = []
        for kind, val in L["paragraphs"]:
            if kind == "table":
                parts.extend(" | ".join(r) for r in val)
            else:
                parts.append(val)
        return "\n".join(parts)
    return L["text"] + "\n" + L.get("image_text", "")


def check_contract():
    ref = load_atc()
    seen = set()
    for L in LETTERS:
        r = L["record"]
        lid = r["id"]
        if lid in seen:
            violation(f"{lid}: duplicate id")
        seen.add(lid)
        if not lid.startswith("zzs") or len(lid) != 5:
            violation(f"{lid}: bad id")
        words = letter_words(L).lower()
        # patient
        p = r["patient"]
        if p["sex"] not in ("F", "M"):
            violation(f"{lid}: sex {p['sex']}")
        if not isinstance(p["age"], int) or not 18 <= p["age"] <= 110:
            violation(f"{lid}: age {p['age']}")
        if L["birth"] is not None:
            if age_at(L["birth"], L["date"]) != p["age"]:
                violation(f"{lid}: age {p['age']} != computed from birth date")
            if L["birth"].strftime("%d/%m/%Y") not in letter_words(L):
                violation(f"{lid}: birth date not written in the letter")
        else:
            if f"{p['age']} ans" not in letter_words(L):
                violation(f"{lid}: age {p['age']} not written as 'N ans'")
        # statuses
        for item, allowed in ALLOWED.items():
            st = r[item]["status"]
            if st not in allowed:
                violation(f"{lid}: {item} status {st} not allowed")
        # tumour
        t = r["primaryTumor"]
        if t["status"] == "unknown":
            if t["site"] or t["histology"] or t["biomarkers"]:
                violation(f"{lid}: unknown primary tumour with values")
        else:
            if t["site"] not in SITES:
                violation(f"{lid}: site {t['site']}")
        if t["histology"] is not None and t["histology"] not in HISTOLOGIES:
            violation(f"{lid}: histology {t['histology']}")
        for k, v in t["biomarkers"].items():
            if k not in BIOMARKERS or v not in BIORESULTS:
                violation(f"{lid}: biomarker {k}={v}")
        # bone diagnosis
        b = r["boneDiagnosis"]
        if b["status"] == "present" and not b["circumstances"]:
            violation(f"{lid}: bone diagnosis present without circumstance")
        if b["status"] == "unknown" and (b["circumstances"] or b["dated"]):
            violation(f"{lid}: bone diagnosis unknown with values")
        if any(c not in CIRCUMSTANCES for c in b["circumstances"]) or not isinstance(b["dated"], bool):
            violation(f"{lid}: circumstances {b}")
        # pain
        pa = r["pain"]
        if any(x not in PAIN_TYPES for x in pa["types"]) or len(set(pa["types"])) != len(pa["types"]):
            violation(f"{lid}: pain types {pa['types']}")
        if pa["intensity"] is not None and (not isinstance(pa["intensity"], int) or not 0 <= pa["intensity"] <= 10):
            violation(f"{lid}: pain intensity {pa['intensity']}")
        if pa["status"] != "present" and pa["types"]:
            violation(f"{lid}: pain types without present pain")
        if pa["status"] in ("unknown", "uncertain") and pa["intensity"] is not None:
            violation(f"{lid}: intensity with pain {pa['status']}")
        if pa["status"] == "absent" and pa["intensity"] not in (None, 0):
            violation(f"{lid}: absent pain with intensity > 0")
        if pa["status"] == "present" and pa["intensity"] == 0:
            violation(f"{lid}: present pain with intensity 0")
        # prior local
        lo = r["priorLocalTreatments"]
        if any(x not in LOCAL_TYPES for x in lo["types"]):
            violation(f"{lid}: local types {lo['types']}")
        if (lo["status"] == "present") != bool(lo["types"]):
            violation(f"{lid}: local treatment status/types mismatch")
        # drugs
        cm = r["currentMedications"]
        for code in cm["atc"]:
            if code not in ref:
                violation(f"{lid}: current medication {code} not in atc-reference.tsv")
        if len(set(cm["atc"])) != len(cm["atc"]):
            violation(f"{lid}: duplicate ATC")
        if cm["status"] != "present" and cm["atc"]:
            violation(f"{lid}: medications {cm['status']} with codes")
        if "N02AJ06" in cm["atc"] and "N02BE01" in cm["atc"] and "doliprane" not in words and "paracétamol" not in words:
            violation(f"{lid}: paracetamol coded beside a codeine combination only")
        for code in list(cm["atc"]) + [c for s in AGENT_PREFIXES for c in r[s]["atc"]]:
            ev = L["evidence"].get(code)
            if ev is None or ev.lower() not in words:
                violation(f"{lid}: {code} has no evidence word in the letter ({ev!r})")
        for sec, prefixes in AGENT_PREFIXES.items():
            s = r[sec]
            for code in s["atc"]:
                if code not in ref:
                    violation(f"{lid}: {sec} agent {code} not in atc-reference.tsv")
                if not code.startswith(prefixes):
                    violation(f"{lid}: {code} does not belong in {sec}")
            if s["status"] in ("absent", "unknown") and s["atc"]:
                violation(f"{lid}: {sec} {s['status']} with agents")
            if s["status"] in ("present", "conflicting"):
                missing = set(s["atc"]) - set(cm["atc"])
                if missing:
                    violation(f"{lid}: {sec} agents {missing} not in currentMedications")
            if s["status"] == "uncertain":
                doubtful = set(s["atc"]) & set(cm["atc"])
                if doubtful:
                    violation(f"{lid}: doubtful {sec} agent {doubtful} listed as current")
            if s["status"] == "present" and cm["status"] == "absent":
                violation(f"{lid}: {sec} present but no current medication")
            # every current drug of this class must appear in the section
            for code in cm["atc"]:
                if code.startswith(prefixes) and code not in s["atc"]:
                    violation(f"{lid}: current {code} missing from {sec}")
        # prognosis
        pr = r["prognosis"]
        ecog, kps = pr.get("ecog"), pr.get("kps")
        if pr["status"] == "unknown" and (ecog is not None or kps is not None):
            violation(f"{lid}: prognosis unknown with a score")
        if ecog is not None and ecog not in range(0, 5):
            violation(f"{lid}: ecog {ecog}")
        if kps is not None and (kps not in range(0, 101, 10) or ecog is not None):
            violation(f"{lid}: kps {kps} (kps only when no ECOG)")
        # project
        tp = r["therapeuticProject"]
        if tp["intent"] is not None and (tp["intent"] not in INTENTS or tp["status"] != "present"):
            violation(f"{lid}: intent {tp['intent']}")
        if tp["intent"] == "palliative" and "palliati" not in words:
            violation(f"{lid}: palliative intent without the word")
        # gaps
        if r["gaps"] != gaps_for(r):
            violation(f"{lid}: gaps not derived by gaps_for")
        for item, kind in r["gaps"]:
            if item not in ITEMS9 or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
                violation(f"{lid}: gap {item}/{kind}")
        # sorted lists (stable output)
        for sec in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            if r[sec]["atc"] != sorted(r[sec]["atc"]):
                violation(f"{lid}: {sec} atc not sorted")
        # letter date written
        d = L["date"]
        if not any(x in letter_words(L) for x in (d.strftime("%d/%m/%Y"), d.strftime("%d/%m/%y"),
                                                   f"{d.day} octobre {d.year}", f"{d.day} octobre")):
            violation(f"{lid}: letter date not written")
        # PDF text must be cp1252-encodable (simple WinAnsi font)
        if L["fmt"].startswith("pdf"):
            try:
                (L["text"] + L.get("image_text", "")).encode("cp1252")
            except UnicodeEncodeError as e:
                violation(f"{lid}: PDF text not WinAnsi-encodable: {e}")
    if len(LETTERS) != 12:
        violation(f"{len(LETTERS)} letters, 12 expected")


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------
PDF_DATE = "D:20261101090000+01'00'"
PRODUCER = "corpus71 make_letters.py"


class PdfWriter:
    def __init__(self):
        self.objs: list[bytes] = []

    def add(self, data: bytes) -> int:
        self.objs.append(data)
        return len(self.objs)

    def stream(self, dict_body: str, raw: bytes, compress=True) -> int:
        if compress:
            data = zlib.compress(raw, 9)
            return self.add(f"<< {dict_body} /Filter /FlateDecode /Length {len(data)} >>\nstream\n".encode()
                            + data + b"\nendstream")
        return self.add(f"<< {dict_body} /Length {len(raw)} >>\nstream\n".encode() + raw + b"\nendstream")

    def render(self, root: int, info: int) -> bytes:
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objs, 1):
            offsets.append(out.tell())
            out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
        xref = out.tell()
        out.write(f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode())
        for off in offsets:
            out.write(f"{off:010d} 00000 n \n".encode())
        out.write(f"trailer\n<< /Size {len(self.objs) + 1} /Root {root} 0 R /Info {info} 0 R "
                  f"/ID [<636f72707573373130303030303030> <636f72707573373130303030303030>] >>\n"
                  f"startxref\n{xref}\n%%EOF\n".encode())
        return out.getvalue()


_WIDTHS = None


def widths():
    global _WIDTHS
    if _WIDTHS is None:
        from PIL import ImageFont
        f = ImageFont.truetype(str(FONT), 1000)
        w = []
        for c in range(32, 256):
            try:
                ch = bytes([c]).decode("cp1252")
            except UnicodeDecodeError:
                ch = " "
            w.append(int(round(f.getlength(ch))))
        _WIDTHS = w
    return _WIDTHS


def text_width(s: str, size: float) -> float:
    w = widths()
    return sum(w[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000


def wrap(text: str, size: float, maxw: float) -> list[str]:
    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        cur = ""
        for word in para.split(" "):
            cand = word if not cur else cur + " " + word
            if text_width(cand, size) <= maxw or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        lines.append(cur)
    return lines


def pdf_escape(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def render_image(text: str, seed: int, angle: float, mono=True):
    """A photocopy-like grayscale page (150 dpi A4) with deterministic noise."""
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1240, 1754
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_MONO if mono else FONT), 25)
    y = 110
    for line in text.split("\n"):
        d.text((110, y), line, fill=25, font=font)
        y += 38
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=235)
    rng = random.Random(seed)
    px = img.load()
    for _ in range(9000):
        x, yy = rng.randrange(W), rng.randrange(H)
        px[x, yy] = rng.choice((90, 140, 180, 200))
    # a darker photocopy band on the left edge
    for x in range(0, 28):
        for yy in range(0, H, 2):
            px[x, yy] = max(0, px[x, yy] - 60)
    return img


def build_pdf(pages: list) -> bytes:
    """pages: ('text', lines) or ('image', PIL image)."""
    w = PdfWriter()
    font_bytes = FONT.read_bytes()
    ff = w.stream(f"/Length1 {len(font_bytes)}", font_bytes)
    fd = w.add(f"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               f"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 {ff} 0 R >>".encode())
    font = w.add(("<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
                  f"/Widths [{' '.join(map(str, widths()))}] /Encoding /WinAnsiEncoding /FontDescriptor {fd} 0 R >>").encode())
    pages_id = len(w.objs) + 1 + 2 * len(pages) + sum(1 for p in pages if p[0] == "image")
    kids = []
    for kind, val in pages:
        if kind == "text":
            ops = [b"BT /F1 10 Tf 13 TL 56 790 Td"]
            for line in val:
                ops.append(b"(" + pdf_escape(line) + b") Tj T*")
            ops.append(b"ET")
            content = w.stream("", b"\n".join(ops))
            res = f"<< /Font << /F1 {font} 0 R >> >>"
        else:
            img = val
            raw = img.tobytes()
            im = w.stream(f"/Type /XObject /Subtype /Image /Width {img.width} /Height {img.height} "
                          f"/ColorSpace /DeviceGray /BitsPerComponent 8", raw)
            content = w.stream("", b"q 595.28 0 0 841.89 0 0 cm /Im1 Do Q")
            res = f"<< /XObject << /Im1 {im} 0 R >> >>"
        kids.append(w.add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595.28 841.89] "
                          f"/Resources {res} /Contents {content} 0 R >>".encode()))
    pid = w.add(f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode())
    assert pid == pages_id, (pid, pages_id)
    cat = w.add(f"<< /Type /Catalog /Pages {pid} 0 R >>".encode())
    info = w.add(f"<< /Producer ({PRODUCER}) /Creator ({PRODUCER}) /CreationDate ({PDF_DATE}) /ModDate ({PDF_DATE}) >>".encode())
    return w.render(cat, info)


def text_pages(text: str) -> list:
    lines = wrap(text, 10, 483)
    per = 56
    return [("text", lines[i:i + per]) for i in range(0, len(lines), per)]


def build_docx(L) -> bytes:
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, val in L["paragraphs"]:
        if kind == "h":
            para = doc.add_paragraph()
            run = para.add_run(val)
            run.bold = True
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    cp = doc.core_properties
    fixed = dt.datetime(2026, 11, 1, 9, 0, 0)
    cp.author = "Secrétariat"
    cp.last_modified_by = "Secrétariat"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def write_all():
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for old in list(ldir.iterdir()) + list(gdir.iterdir()):
        old.unlink()
    for n, L in enumerate(LETTERS):
        lid, fmt = L["id"], L["fmt"]
        if fmt == "txt":
            (ldir / f"{lid}.txt").write_bytes(L["text"].encode("utf-8"))
        elif fmt == "txt_crlf":
            (ldir / f"{lid}.txt").write_bytes(L["text"].replace("\n", "\r\n").encode("utf-8"))
        elif fmt == "docx":
            (ldir / f"{lid}.docx").write_bytes(build_docx(L))
        elif fmt == "pdf":
            (ldir / f"{lid}.pdf").write_bytes(build_pdf(text_pages(L["text"])))
        elif fmt == "pdf_mixed":
            img = render_image(L["image_text"], seed=7100 + n, angle=-0.8 + 0.3 * (n % 3))
            (ldir / f"{lid}.pdf").write_bytes(build_pdf(text_pages(L["text"]) + [("image", img)]))
        elif fmt == "pdf_scan":
            img = render_image(L["text"], seed=7100 + n, angle=0.6, mono=True)
            (ldir / f"{lid}.pdf").write_bytes(build_pdf([("image", img)]))
        else:
            violation(f"{lid}: unknown format {fmt}")
        (gdir / f"{lid}.json").write_text(json.dumps(L["record"], indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")


def main():
    finalise()
    check_contract()
    write_all()
    print(f"wrote {len(LETTERS)} letters and gold records to {HERE}")


if __name__ == "__main__":
    main()
