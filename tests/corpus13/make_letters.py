#!/usr/bin/env python3
"""Build tests/corpus13: twelve short, terse referral letters and their gold records.

Run from the repository root:

    /work/main/.venv/bin/python tests/corpus13/make_letters.py

Every letter's text and gold record lives in this file as Python data. The
gold `gaps` are derived by one function (`derive_gaps`) implementing the Gaps
rule of shared/spec/rcp-request.md. Before anything is written, every gold
record is checked against the contract; on the first failure the script
exits with "CONTRACT VIOLATION: ...". Outputs (letters/ and gold/) are
byte-identical from one run to the next: fixed PDF creation date, producer
and creator; fixed DOCX core properties and zip timestamps.

The letters were written blind: without reading the converter, its schemas,
its tests or the development letters (only the spec, the ATC table, the dev
README, three dev gold files for the JSON shape, and the scorer).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SPEC_CANDIDATES = [Path("/work/shared/spec"), REPO.parent / "shared" / "spec"]
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# --------------------------------------------------------------------------
# Contract (shared/spec/rcp-request.md)
# --------------------------------------------------------------------------
ITEMS = [
    "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
    "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
    "antiplatelets", "prognosis", "therapeuticProject",
]
GAP_ITEMS = [i for i in ITEMS if i != "antiplatelets"]
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
BIOMARKER_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
                 "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_SECTIONS = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}
GAP_KIND = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to a gold record (nine items, no antiplatelets)."""
    gaps = []
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st in GAP_KIND:
            gaps.append([item, GAP_KIND[st]])
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


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# --------------------------------------------------------------------------
# Gold builder
# --------------------------------------------------------------------------
def G(sex, age, *, primary=("unknown", None, None, None), bone=("unknown", (), False),
      pain=("unknown", (), None), meds=("unknown", ()), local=("unknown", ()),
      btt=("unknown", ()), ac=("unknown", ()), ap=("unknown", ()),
      prognosis=("unknown", None), kps=None, project=("unknown", None)):
    g = {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": primary[0], "site": primary[1], "histology": primary[2],
                         "biomarkers": dict(primary[3] or {})},
        "boneDiagnosis": {"status": bone[0], "circumstances": list(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": list(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": list(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": ac[0], "atc": sorted(ac[1])},
        "antiplatelets": {"status": ap[0], "atc": sorted(ap[1])},
        "prognosis": {"status": prognosis[0], "ecog": prognosis[1]},
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }
    if kps is not None:
        g["prognosis"] = {"status": prognosis[0], "kps": kps}
    return g


# --------------------------------------------------------------------------
# Letters
# --------------------------------------------------------------------------
# Each letter: id, fmt (txt/pdf/docx), text (logical text; for DOCX a line
# starting with "|" is a table row), gold (without id and gaps), the letter
# date and, where the age is only given as a birth date, the birth date;
# `age_text` is how a written age appears; `variants` maps ATC codes to the
# surface form the letter uses when it is not a table name (misspelling,
# foreign brand); `not_current` maps ATC codes of drugs the letter names but
# that are not current, with the reason; `ev` gives, for every item whose
# gold status is not `unknown`, the words of the letter it rests on.

LETTERS: list[dict] = []

# y01 -------------------------------------------------------------------
LETTERS.append(dict(
    id="y01", fmt="txt", encoding="utf-8", newline="\n",
    author="General practitioner", letter_date=dt.date(2025, 3, 14), age_text="74 ans",
    summary="Prostate adenocarcinoma (Gleason 7), PSA rising to 27",
    tricky=("Short GP note; 'Pas d'anticoagulant ni d'antiagrégant' while Kardegic (no accent) "
            "is in the drug list: antiplatelets conflicting, kept in current drugs; anticoagulation "
            "absent; bone scan done for a rising PSA (follow-up imaging); 'ttt osseux ? RT ?' is only a "
            "question; Amlor not in the table"),
    text="""\
Dr Hervé PLANCHAIS
Médecine générale
12 rue des Tanneurs 41290 Saint-Firmin-des-Varennes
tel 02 61 91 03 17

le 14/03/2025

Cher confrère

Je vous adresse M. Gérard BOUVRON 74 ans pour discussion en RCP MO
ATCD : HTA, dyslipidémie, K prostate (ADK Gleason 7) sous hormonothérapie depuis 2021 (suivi Dr Mercadier uro)
PSA qui remonte : 3,1 en 09/2024 puis 27 ng/ml le 20/02/2025
Scinti os du 03/03 : fixations multiples rachis lombaire, bassin, 2 côtes, évocatrices de mets
Lombalgies depuis qq semaines, le réveillent la nuit
TT : Decapeptyl 11,25 1 inj/3 mois, Doliprane 1g 1-1-1, Kardegic 75 1cp/j, Tahor 20 0-0-1, Amlor 5 1cp/j
Pas d'anticoagulant ni d'antiagrégant.
Merci de votre avis sur la suite (ttt osseux ? RT ?)
Bien confraternellement
Dr Planchais
""",
    variants={},
    not_current={},
    ev={
        "primaryTumor": ["K prostate (ADK Gleason 7)", "27 ng/ml"],
        "boneDiagnosis": ["Scinti os du 03/03", "PSA qui remonte"],
        "pain": ["Lombalgies depuis qq semaines, le réveillent la nuit"],
        "currentMedications": ["TT : Decapeptyl"],
        "anticoagulation": ["Pas d'anticoagulant"],
        "antiplatelets": ["Kardegic 75 1cp/j", "ni d'antiagrégant"],
        "therapeuticProject": ["Decapeptyl 11,25 1 inj/3 mois"],
    },
    gold=G("M", 74,
           primary=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           bone=("present", ["staging_imaging"], True),
           pain=("present", ["nocturnal"], None),
           meds=("present", ["L02AE04", "N02BE01", "B01AC06", "C10AA05"]),
           ac=("absent", []),
           ap=("conflicting", ["B01AC06"]),
           project=("present", None)),
))

# y02 -------------------------------------------------------------------
LETTERS.append(dict(
    id="y02", fmt="txt", encoding="utf-8", newline="\r\n",
    author="Emergency physician", letter_date=dt.date(2025, 5, 7), age_text="69 ans",
    summary="Lung mass on CT, no histology (primary uncertain)",
    tricky=("ER transfer note with CRLF line ends and all-caps headings; inaugural pathological "
            "sub-trochanteric fracture; Previscan (no accent) stopped and reversed today, so "
            "anticoagulation absent though 'ss AVK' is in the history; 'relais HBPM à discuter' is "
            "a plan; morphine titration is one-off; nailing planned tomorrow (not a prior treatment, "
            "but a decided plan); pain 9 then 3"),
    text="""\
CH DE SAINT-AMOUR-LES-PRÉS - SERVICE DES URGENCES
Dr Clémence VALLAURIS, urgentiste - poste 4412

COURRIER DE TRANSFERT     07/05/2025

MR ROLLAND Jean-Pierre 69 ans
MOTIF : chute de sa hauteur ds sa cuisine, impotence MID
ATCD : tabac 45 PA sevré 2019, BPCO, ACFA ss AVK, HTA. Pas de K connu
HDM : ce matin craquement de la cuisse D en se levant puis chute. Pas de douleur avant selon l'épouse
EXAMEN : raccourcissement + rotation ext MID, douleur à la mobilisation, pas de déficit neuro. EVA 9 à l'arrivée, 3 apres titration morphine
RX + TDM : fracture sous-trochantérienne D sur lésion lytique. TDM TAP : masse LSD 4cm spiculée + adp médiastinales, lytiques L2 et aile iliaque G -> K bronchique ? avec mets os
BIO : INR 2,9 Hb 11,8 Ca corr 2,45
TTT HABITUEL : Previscan 20 3/4cp le soir, Bisoprolol 2,5 1cp/j, Lasilix 40 1cp/j, Spiriva 1 inh/j
CAT : Previscan stoppé, vit K 5mg IV. Relais HBPM a discuter avec ortho apres chir
Ostéosynthèse (clou gamma long) prévue demain au bloc
Dossier à présenter en RCP MO et RCP thoracique (biopsie ?)
""",
    variants={},
    not_current={"B01AA12": "Previscan stopped and reversed at the ER",
                 "N02AA01": "morphine titration at the ER, one-off"},
    ev={
        "primaryTumor": ["K bronchique ?", "Pas de K connu"],
        "boneDiagnosis": ["fracture sous-trochantérienne D sur lésion lytique", "ce matin craquement"],
        "pain": ["douleur à la mobilisation", "3 apres titration morphine"],
        "currentMedications": ["Bisoprolol 2,5 1cp/j", "Lasilix 40 1cp/j"],
        "anticoagulation": ["Previscan stoppé"],
        "therapeuticProject": ["Ostéosynthèse (clou gamma long) prévue demain au bloc"],
    },
    gold=G("M", 69,
           primary=("uncertain", "lung", None, {}),
           bone=("present", ["pathological_fracture"], True),
           pain=("present", ["mechanical"], 3),
           meds=("present", ["C07AB07", "C03CA01"]),
           ac=("absent", []),
           project=("present", None)),
))

# y03 -------------------------------------------------------------------
LETTERS.append(dict(
    id="y03", fmt="docx",
    author="General practitioner", letter_date=dt.date(2025, 4, 22), age_text="81 ans",
    summary="Breast cancer treated in 2009, histology not given",
    tricky=("GP letter; old breast surgery and irradiation are not bone treatments; Arimidex finished "
            "in 2014 is not current; sister's ovarian cancer is family history; 'surtout la nuit' "
            "(nocturnal); 'Pas d'anticoagulant' but nothing on antiplatelets or bone agents; CA 15-3 is "
            "not a listed marker; no prognosis, no therapeutic project (a question only)"),
    text="""\
Docteur Anne-Sophie GUERRIC
Médecine générale – Maison de santé des Trois-Fontaines
8 place du Marché, 79190 Bressange-sur-Sèvre – Tél. 05 36 49 02 58

Le 22 avril 2025

Objet : demande d'avis RCP métastases osseuses

Mon cher confrère,
Je vous adresse Mme Odette FRAPPIER, 81 ans, que je suis depuis longtemps.
ATCD : K du sein D en 2009 (tumorectomie + curage + RT), hormonothérapie par Arimidex 5 ans terminée en 2014, suivie ensuite par son gynécologue, perdue de vue depuis 2019. HTA, hypothyroïdie, RGO. Sa soeur a eu un K de l'ovaire.
Depuis 2 mois dorsalgies surtout la nuit, résitant au paracétamol. IRM dorsale du 15/04 : lésions lytiques D8 et L2, sans recul du mur postérieur, d'aspect secondaire. Calcémie normale, CA 15-3 à 89.
Pas de déficit neurologique.
TTT : Doliprane 1 g jusqu'à 3x/j, Levothyrox 75 µg, Inexium 20 mg, Coversyl 5 mg. Pas d'anticoagulant.
Je n'ai pas le compte rendu anatomopathologique de 2009.
Merci de me dire la conduite à tenir.
Bien cordialement,
Dr A.-S. Guerric
""",
    variants={},
    not_current={"L02BG03": "Arimidex finished in 2014"},
    ev={
        "primaryTumor": ["K du sein D en 2009"],
        "boneDiagnosis": ["Depuis 2 mois dorsalgies", "IRM dorsale du 15/04"],
        "pain": ["dorsalgies surtout la nuit"],
        "currentMedications": ["Levothyrox 75 µg", "Inexium 20 mg"],
        "anticoagulation": ["Pas d'anticoagulant."],
    },
    gold=G("F", 81,
           primary=("present", "breast", None, {}),
           bone=("present", ["pain"], True),
           pain=("present", ["nocturnal"], None),
           meds=("present", ["N02BE01", "H03AA01", "A02BC05"]),
           ac=("absent", [])),
))

# y04 -------------------------------------------------------------------
LETTERS.append(dict(
    id="y04", fmt="pdf",
    author="Emergency physician", letter_date=dt.date(2025, 6, 18), birth=dt.date(1961, 6, 19),
    birth_text="19/06/1961",
    summary="Lung adenocarcinoma, EGFR del19, on osimertinib",
    tricky=("Spinal cord compression revealing the first bone lesions (neurological deficit, previous "
            "PET without bone lesion); age only as birth date, the day before the 64th birthday; "
            "'décharges électriques' (neuropathic), EN 7; Tagriso misspelt; Eliquis continued (anticoagulant) "
            "with 'Pas d'antiagrégant'; PS 1 before, PS 3 today (current is 3); 'Jamais irradié sur le "
            "rachis'; brain metastases treated earlier are not bone treatments; RT vs surgery only asked"),
    text="""\
CENTRE HOSPITALIER DE VILLENEUVE-LES-ORMES — URGENCES / UHCD
Dr Matthieu OZANNE — tél. 04 65 71 08 22
Le 18/06/2025

A l'attention du secrétariat RCP MO / oncologie thoracique

Patient : M. THANH Nguyen Van, né le 19/06/1961
MOTIF : paraparésie d'installation rapide
ATCD : ADK pulmonaire LIG stade IV EGFR del19 (mets cérébrales traitées en 2023), ss Tagriso 80 mg 1cp/j depuis 03/2023. EP 11/2023 -> Eliquis 5mg x2/j, poursuivi. Pas d'antiagrégant.
Dernier TEP 01/2025 : pas de lésion osseuse.
HDM : dorsalgies en ceinture depuis 10 j, type décharges électriques, puis ce jour faiblesse des MI + rétention urinaire
EXAMEN : déficit MI 3/5 bilat, niveau sensitif D10, EN 7/10. PS 1 avant l'épisode, PS 3 ce jour
IRM médullaire : lyse corporéale D10 avec épidurite compressive, autres lésions D4 et L1. Jamais irradié sur le rachis.
TTT DÉBUTÉ : dexaméthasone 40 mg/j IV, Eliquis poursuivi (dernière prise ce matin 8h), Oxynorm 5mg /4h si besoin, sondage urinaire
DEMANDE : avis RT urgente vs chirurgie de décompression
""",
    variants={"L01EB04": "Tagriso"},
    not_current={},
    ev={
        "primaryTumor": ["ADK pulmonaire LIG stade IV EGFR del19"],
        "boneDiagnosis": ["paraparésie d'installation rapide", "épidurite compressive", "depuis 10 j"],
        "pain": ["type décharges électriques", "EN 7/10"],
        "currentMedications": ["TTT DÉBUTÉ : dexaméthasone"],
        "priorLocalTreatments": ["Jamais irradié sur le rachis"],
        "anticoagulation": ["Eliquis poursuivi"],
        "antiplatelets": ["Pas d'antiagrégant"],
        "prognosis": ["PS 3 ce jour"],
        "therapeuticProject": ["ss Tagriso 80 mg 1cp/j depuis 03/2023"],
    },
    gold=G("M", 63,
           primary=("present", "lung", "adenocarcinoma", {"EGFR": "positive"}),
           bone=("present", ["neurological_deficit"], True),
           pain=("present", ["neuropathic"], 7),
           meds=("present", ["L01EB04", "B01AF02", "H02AB02", "N02AA05"]),
           local=("absent", []),
           ac=("present", ["B01AF02"]),
           ap=("absent", []),
           prognosis=("present", 3),
           project=("present", None)),
))

# y05 -------------------------------------------------------------------
LETTERS.append(dict(
    id="y05", fmt="txt", encoding="utf-8", newline="\n",
    author="Home-visit emergency GP (night call)", letter_date=dt.date(2025, 2, 2), age_text="77 ans",
    summary="Prostate cancer only according to the wife (uncertain)",
    tricky=("Night-visit note with almost no information: primary only per the wife ('?'); bone "
            "metastases 'depuis l'été' with no circumstance; 'aurait une piqure pour les os' "
            "(bone therapy uncertain, no agent); no prescription found, 'Skénan ??' named with doubt "
            "and a one-off tramadol: current drugs unknown; 'Anticoag : pas d'info' is unknown"),
    text="""\
SOS MEDECINS VAL DE VERNELLE - visite à domicile 02/02/2025 23h40
Dr K. ABDELLI

Mr LE GOFF Yannick 77 ans
Appel de l'épouse pour douleurs thoraciques et dorsales ++
K de la prostate ? selon l'épouse (suivi à la clinique du Parc, dossier non dispo)
mets osseuses connues "depuis l'été" d'après elle
Aurait une piqure pour les os tous les mois (IDE à domicile)
Douleurs costales D et dorsales, EN 6, le réveillent la nuit
Pas d'ordonnance retrouvée au domicile. Skénan ?? (boîte vide sur la table de nuit)
Anticoag : pas d'info
ECG RAS. Pas de signe de compression
Fait : Tramadol 50mg x1 ce soir
A revoir par son MT lundi. Merci de transmettre au centre référent pour RCP MO
""",
    variants={},
    not_current={"N02AA01": "'Skénan ??' named only with doubt",
                 "N02AX02": "single dose given during the visit"},
    ev={
        "primaryTumor": ["K de la prostate ? selon l'épouse"],
        "boneDiagnosis": ["mets osseuses connues \"depuis l'été\""],
        "pain": ["EN 6, le réveillent la nuit"],
        "boneTargetedTherapy": ["Aurait une piqure pour les os"],
    },
    gold=G("M", 77,
           primary=("uncertain", "prostate", None, {}),
           bone=("present", [], True),
           pain=("present", ["nocturnal"], 6),
           meds=("unknown", []),
           btt=("uncertain", [])),
))

# y06 -------------------------------------------------------------------
LETTERS.append(dict(
    id="y06", fmt="docx",
    author="General practitioner (Belgium)", letter_date=dt.date(2025, 4, 2), birth=dt.date(1953, 9, 14),
    birth_text="14/09/1953",
    summary="Breast, invasive ductal carcinoma, RE+ RP+ HER2−, bone relapse",
    tricky=("Belgian GP (GSM, INAMI, COM, 'endéans', 'mutuelle'); age only as birth date; Asaflow "
            "(Belgian aspirin brand) as antiplatelet; Xgeva monthly at home; palliative RT of the iliac "
            "wing counts, the 2016 breast RT does not; Ibrance + letrozole; 'pas de douleur la nuit' "
            "(only mechanical); WHO 1; a complete letter with no gap"),
    text="""\
Dr Pierre-Yves DELHAYE
Médecine générale – Rue de la Station 41, 7784 Warcoing-la-Haie (Belgique)
GSM 0470 99 12 34 – INAMI 1-99999-12-004

Warcoing-la-Haie, le 2 avril 2025

Chère Consœur, Cher Confrère,

Je me permets de vous adresser ma patiente Mme Ghislaine VANDENDRIESSCHE, née le 14/09/1953, qui souhaite être suivie de votre côté de la frontière, sa fille habitant chez vous. Sa mutuelle a donné son accord.
ANTÉCÉDENTS : carcinome canalaire infiltrant du sein G en 2016 (Clinique Sainte-Waudru), RE+ RP+ HER2 négatif, tumorectomie et radiothérapie. Récidive osseuse mise en évidence au PET-CT de contrôle de novembre 2024 (bassin, D11, côtes).
TRAITEMENT ONCOLOGIQUE : Ibrance 125 mg 21 j/28 + Letrozole 2,5 mg/j depuis décembre 2024. Xgeva une injection par mois, faite par l'infirmière à domicile (dernière le 20/03).
Elle a eu une radiothérapie antalgique sur l'aile iliaque D (5 x 4 Gy) en janvier 2025.
Actuellement douleurs de la hanche D à la marche, EVA 5/10, pas de douleur la nuit. WHO 1, elle fait encore son ménage.
AUTRES MÉDICAMENTS : Dafalgan 1 g 3x/j, Tramadol 50 mg max 3x/j, Pantoprazole 20 mg 1x/j, Asaflow 80 mg 1x/j (stent coronaire en 2019), calcium + vitamine D (Steovit) 1x/j. Pas d'anticoagulant.
Je vous saurais gré de la revoir en consultation endéans le mois et de présenter son dossier à votre concertation (notre COM).
Je vous prie d'agréer, Chère Consœur, Cher Confrère, l'expression de mes sentiments les meilleurs.
Dr P.-Y. Delhaye
""",
    variants={"B01AC06": "Asaflow 80 mg", "A12AX": "calcium + vitamine D (Steovit)"},
    not_current={},
    ev={
        "primaryTumor": ["carcinome canalaire infiltrant du sein G", "RE+ RP+ HER2 négatif"],
        "boneDiagnosis": ["PET-CT de contrôle de novembre 2024"],
        "pain": ["douleurs de la hanche D à la marche, EVA 5/10", "pas de douleur la nuit"],
        "currentMedications": ["AUTRES MÉDICAMENTS : Dafalgan"],
        "priorLocalTreatments": ["radiothérapie antalgique sur l'aile iliaque D"],
        "boneTargetedTherapy": ["Xgeva une injection par mois"],
        "anticoagulation": ["Pas d'anticoagulant."],
        "antiplatelets": ["Asaflow 80 mg 1x/j"],
        "prognosis": ["WHO 1"],
        "therapeuticProject": ["Ibrance 125 mg 21 j/28 + Letrozole"],
    },
    gold=G("F", 71,
           primary=("present", "breast", "invasive_ductal_carcinoma",
                    {"ER": "positive", "PR": "positive", "HER2": "negative"}),
           bone=("present", ["staging_imaging"], True),
           pain=("present", ["mechanical"], 5),
           meds=("present", ["L01EF01", "L02BG04", "M05BX04", "N02BE01", "N02AX02",
                             "A02BC02", "B01AC06", "A12AX"]),
           local=("present", ["radiotherapy"]),
           btt=("present", ["M05BX04"]),
           ac=("absent", []),
           ap=("present", ["B01AC06"]),
           prognosis=("present", 1),
           project=("present", None)),
))

# y07 -------------------------------------------------------------------
LETTERS.append(dict(
    id="y07", fmt="txt", encoding="cp1252", newline="\n",
    author="Emergency physician (senior and resident)", letter_date=dt.date(2025, 9, 11), age_text="59a",
    summary="Renal mass on CT, no biopsy (primary uncertain)",
    tricky=("cp1252 text; hypercalcaemia with confusion revealing lytic lesions; kidney cancer only "
            "'évocatrice'; father's colon cancer is family history; Glucophage (misspelt) and Triatec "
            "suspended, only Tahor current; Zometa 'à discuter' (plan); explicit 'Pas d'anticoagulant ni "
            "d'antiagrégant'; 'Ne se plaint d'aucune douleur'; OMS 2; biopsy to organise is not a "
            "therapeutic project"),
    text="""\
URGENCES - CHU DE MONTVALLON-SUR-AUBE
Dr Samir BENHADDOU (senior) / interne Léa GROSJEAN - poste 5230
Le 11/09/2025

Pt 59a, M. Didier CAZENAVE
Adressé par son MT pour AEG depuis 1 mois, -8kg, confusion depuis 48h
ATCD : DT2, HTA, tabac actif 30PA. Pas d'ATCD néoplasique connu. Père décédé d'un K colon
Clinique : désorienté, déshydraté, pas de déficit. Ne se plaint d'aucune douleur.
Bio : Ca corrigé 3,52 mmol/l, créat 168 (base 85), PTH effondrée
TDM TAP injecté ce jour : masse rénale G 7cm hétérogène évocatrice de K rein + multiples lésions lytiques rachis/bassin/côtes, pas de fracture
TT habituel : Glucofage 1000 1-0-1, Triatec 5mg 1cp/j, Tahor 40 1cp/j -> Glucofage et Triatec suspendus (IRA)
Pas d'anticoagulant ni d'antiagrégant
OMS 2 avant la confusion selon l'épouse
CAT : hydratation IV, Zometa 4mg à discuter selon fonction rénale, hospit en médecine. Biopsie (rein ou os) à organiser
Merci d'inscrire en RCP MO + RCP uro
""",
    variants={"A10BA02": "Glucofage 1000"},
    not_current={"A10BA02": "Glucofage suspended (acute kidney injury)",
                 "C09AA05": "Triatec suspended (acute kidney injury)",
                 "M05BA08": "Zometa only 'à discuter'"},
    ev={
        "primaryTumor": ["évocatrice de K rein"],
        "boneDiagnosis": ["Ca corrigé 3,52 mmol/l", "TDM TAP injecté ce jour"],
        "pain": ["Ne se plaint d'aucune douleur"],
        "currentMedications": ["Tahor 40 1cp/j"],
        "anticoagulation": ["Pas d'anticoagulant"],
        "antiplatelets": ["ni d'antiagrégant"],
        "prognosis": ["OMS 2"],
    },
    gold=G("M", 59,
           primary=("uncertain", "kidney", None, {}),
           bone=("present", ["hypercalcemia"], True),
           pain=("absent", [], None),
           meds=("present", ["C10AA05"]),
           ac=("absent", []),
           ap=("absent", []),
           prognosis=("present", 2)),
))

# y08 -------------------------------------------------------------------
LETTERS.append(dict(
    id="y08", fmt="pdf",
    author="General internist / family doctor (Switzerland)", letter_date=dt.date(2025, 3, 12),
    birth=dt.date(1946, 11, 3), birth_text="03.11.1946",
    summary="Prostate adenocarcinoma Gleason 4+4, metastatic at diagnosis, PSA rising on ADT + apalutamide",
    tricky=("Swiss letter (FMH, 'colloque', 'J'ai l'avantage', 'aux 6 mois', dates with dots, natel); "
            "age only as birth date; Co-Dafalgan is codeine + paracetamol (N02AJ06 only); Pantozol is "
            "pantoprazole; Prolia for osteoporosis still counts as bone therapy; Xarelto for AF; "
            "inflammatory pain with morning stiffness; RT 8 Gy already given; nothing on antiplatelets"),
    text="""\
Dr Laurent FAVRE-MOTTIER
Spécialiste FMH en médecine interne générale
Route de Vallon 212, 1225 Chêne-Vallon (GE) – Tél. +41 22 999 19 30 – natel +41 79 999 04 12

Chêne-Vallon, le 12.03.2025

Concerne : M. Bernard CHAPPUIS, né le 03.11.1946, domicilié à Vallières-en-Genevois (F)

Chère Consœur, Cher Confrère,
J'ai l'avantage de vous adresser ce patient, qui souhaite désormais être suivi en France, pour présentation à votre colloque (RCP) métastases osseuses.
Diagnostic : adénocarcinome de la prostate Gleason 4+4=8, métastatique osseux d'emblée (scintigraphie 05.2023 : bassin, rachis lombaire). PSA initial 112, nadir 0.6, actuellement 14.2 ng/ml (02.2025) malgré Firmagon mensuel + Erleada 240 mg/j depuis 06.2023.
Radiothérapie antalgique L3 (8 Gy) en août 2024.
Plaintes : douleurs sacrées de type inflammatoire, dérouillage matinal d'une heure, EVA 4/10. Pas de déficit.
Médication actuelle : Xarelto 20 mg 1x/j (FA), Co-Dafalgan 2 cp 3x/j, Pantozol 40 mg 1-0-0, Prolia 60 mg s.c. aux 6 mois (ostéoporose, dernière injection 01.2025), Firmagon 80 mg/mois, Erleada 240 mg/j.
ECOG 1, vit seul, se déplace en tram.
Question : suite de la prise en charge (RT ? changement de ligne ?)
En vous remerciant de votre précieuse collaboration, je vous adresse, Chère Consœur, Cher Confrère, mes salutations les meilleures.
Dr L. Favre-Mottier
""",
    variants={"N02AJ06": "Co-Dafalgan", "A02BC02": "Pantozol 40 mg"},
    not_current={"N02BE01": "'Dafalgan' here is part of Co-Dafalgan (codeine + paracetamol, N02AJ06)"},
    ev={
        "primaryTumor": ["adénocarcinome de la prostate Gleason 4+4=8", "actuellement 14.2 ng/ml"],
        "boneDiagnosis": ["métastatique osseux d'emblée (scintigraphie 05.2023"],
        "pain": ["douleurs sacrées de type inflammatoire, dérouillage matinal", "EVA 4/10"],
        "currentMedications": ["Médication actuelle : Xarelto"],
        "priorLocalTreatments": ["Radiothérapie antalgique L3 (8 Gy) en août 2024"],
        "boneTargetedTherapy": ["Prolia 60 mg s.c. aux 6 mois"],
        "anticoagulation": ["Xarelto 20 mg 1x/j (FA)"],
        "prognosis": ["ECOG 1"],
        "therapeuticProject": ["Firmagon mensuel + Erleada 240 mg/j depuis 06.2023"],
    },
    gold=G("M", 78,
           primary=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           bone=("present", ["staging_imaging"], True),
           pain=("present", ["inflammatory"], 4),
           meds=("present", ["B01AF01", "N02AJ06", "A02BC02", "M05BX04", "L02BX02", "L02BB05"]),
           local=("present", ["radiotherapy"]),
           btt=("present", ["M05BX04"]),
           ac=("present", ["B01AF01"]),
           prognosis=("present", 1),
           project=("present", None)),
))

# y09 -------------------------------------------------------------------
LETTERS.append(dict(
    id="y09", fmt="txt", encoding="utf-8", newline="\n",
    author="Emergency physician (local hospital)", letter_date=dt.date(2025, 11, 25), age_text="88a",
    summary="No known cancer: lytic lesion, metastasis or myeloma (primary unknown)",
    tricky=("Short ER note with almost nothing: no known cancer, 'Méta ? myélome ?' is a "
            "hypothesis (primary unknown); pathological hip fracture today; drug list 'non transmise' "
            "(unknown); 'Sous AVK ? INR en cours' (anticoagulation uncertain, no agent); 'Pronostic "
            "réservé' with no performance status (GIR is not one); surgery vs abstention 'à discuter'"),
    text="""\
SAU HOPITAL LOCAL DE PONT-SUR-ARDANCE
Dr F. MEUNIER-ROCHE
25/11/2025

Mme POUILLARD Jeannine 88a, résidente EHPAD Les Glycines
Chute en chambre ce matin, douleur hanche G à la mobilisation
RX : fracture cervicale vraie G sur plage lytique du col + autre lacune ischion G
Pas d'ATCD néoplasique connu (dossier EHPAD succinct). Méta ? myélome ? -> EPP et bilan demandés
Démence type Alzheimer, GIR 2, se déplace au déambulateur avec aide
Ttt : cf fiche de liaison EHPAD (non transmise)
Sous AVK ? INR en cours
Pronostic réservé selon la fille
Hospit en ortho, indication chir vs abstention à discuter. Avis RCP MO souhaité
""",
    variants={},
    not_current={},
    ev={
        "boneDiagnosis": ["fracture cervicale vraie G sur plage lytique", "ce matin"],
        "pain": ["douleur hanche G à la mobilisation"],
        "anticoagulation": ["Sous AVK ? INR en cours"],
        "prognosis": ["Pronostic réservé"],
    },
    gold=G("F", 88,
           bone=("present", ["pathological_fracture"], True),
           pain=("present", ["mechanical"], None),
           ac=("uncertain", []),
           prognosis=("present", None)),
))

# y10 -------------------------------------------------------------------
LETTERS.append(dict(
    id="y10", fmt="docx",
    author="General practitioner", letter_date=dt.date(2025, 3, 3), age_text="66 ans",
    summary="Lung squamous cell carcinoma, PD-L1 5 %, first-line chemo-immunotherapy",
    tricky=("GP letter with a drug table and misspellings (Oxycontine, Oxynorme, 'si bsoin'); "
            "current carboplatin + paclitaxel + Keytruda cycles; preventive Lovenox with 'pas "
            "d'anticoagulation curative' (present, not a denial); Kardegic stopped (antiplatelets "
            "absent); 'Pas de biphosphonate ni de denosumab pour le moment' (absent); mechanical + "
            "neuropathic pain (brûlures, DN4), EN 7; 'palliative' written; PD-L1 5 % positive"),
    text="""\
Dr Bruno LECHEVALLIER – Cabinet médical des Mouettes
3 allée des Goélands, 50390 Port-Hardel – Tél. 02 61 91 07 45

Port-Hardel, le 03/03/2025

Cher Confrère,
Je vous adresse M. Patrick HAMELIN, 66 ans, pour avis en RCP métastases osseuses, à la demande de son pneumologue le Dr Lesueur (CH de Val-d'Orne).
DIAGNOSTIC : carcinome épidermoïde bronchique LID découvert en 10/2024, PD-L1 5 %, mets osseuses d'emblée au TEP initial (omoplate G, côtes, D6)
TTT ONCO : carboplatine + paclitaxel + Keytruda, 1ère ligne palliative, C4 faite le 20/02
DOULEUR : épaule G, à la mobilisation ++, brûlures irradiant ds le bras, DN4 5/10, EN 7/10 malgré le ttt
ATCD : IDM 2018 (stent), diabète type 2, BPCO. Kardegic arrêté en octobre (thrombopénie).
TTT ACTUEL :
| Oxycontine 20 mg | x2/j
| Oxynorme 5 mg | si bsoin (4 à 5/j)
| Lyrica 75 mg | 1-0-1
| Dafalgan 1 g | x4/j
| Movicol | 1 sachet/j
| Lovenox 4000 UI | 1 inj/j (préventif, pas d'anticoagulation curative)
| Metformine 850 | 1-0-1
Pas de RT antérieure. Pas de biphosphonate ni de denosumab pour le moment.
PS 1.
Question : RT antalgique de l'épaule ? intérêt d'un ttt anti-résorptif ?
Confraternellement,
Dr B. Lechevallier
""",
    variants={"N02AA05": "Oxycontine 20 mg"},
    not_current={"B01AC06": "Kardegic stopped in October",
                 "M05BX04": "denosumab explicitly not given"},
    ev={
        "primaryTumor": ["carcinome épidermoïde bronchique LID", "PD-L1 5 %"],
        "boneDiagnosis": ["mets osseuses d'emblée au TEP initial", "découvert en 10/2024"],
        "pain": ["à la mobilisation ++, brûlures irradiant", "EN 7/10"],
        "currentMedications": ["TTT ACTUEL"],
        "priorLocalTreatments": ["Pas de RT antérieure."],
        "boneTargetedTherapy": ["Pas de biphosphonate ni de denosumab pour le moment."],
        "anticoagulation": ["Lovenox 4000 UI", "préventif, pas d'anticoagulation curative"],
        "antiplatelets": ["Kardegic arrêté en octobre"],
        "prognosis": ["PS 1."],
        "therapeuticProject": ["carboplatine + paclitaxel + Keytruda, 1ère ligne palliative"],
    },
    gold=G("M", 66,
           primary=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
           bone=("present", ["staging_imaging"], True),
           pain=("present", ["mechanical", "neuropathic"], 7),
           meds=("present", ["L01XA02", "L01CD01", "L01FF02", "N02AA05", "N03AX16", "N02BE01",
                             "A06AD65", "B01AB05", "A10BA02"]),
           local=("absent", []),
           btt=("absent", []),
           ac=("present", ["B01AB05"]),
           ap=("absent", []),
           prognosis=("present", 1),
           project=("present", "palliative")),
))

# y11 -------------------------------------------------------------------
LETTERS.append(dict(
    id="y11", fmt="pdf",
    author="Emergency physician", letter_date=dt.date(2025, 10, 9), age_text="54 ans",
    summary="Breast, invasive ductal carcinoma (CCI), RE+ RP− HER2−, known bone metastases",
    tricky=("ER visit report: new L1 compression fracture in a patient whose bone metastases were "
            "found in 2023 on follow-up PET (circumstance is that, not the fracture); prior RT D12 and "
            "vertebroplasty L3 (accent missing); Xgéva suspended for dental care (bone therapy absent); "
            "anticoagulation stopped in 2023 (absent); EVA 8 then 3 (current 3); Kisquali misspelt; "
            "Actiskénan prescribed at discharge; no performance status"),
    text="""\
CENTRE HOSPITALIER INTERCOMMUNAL DES DEUX-RIVES
SERVICE D'ACCUEIL DES URGENCES — Dr Hélène CASTAGNÉ — tél. 03 53 01 44 10

Compte rendu de passage du 09/10/2025

Mme PELLETIER-DUBOC Sandrine, 54 ans
MOTIF : lombalgie aiguë après port de charge (hier)
ATCD : K sein G 2019, CCI RE+ RP- HER2 neg, mets os connues depuis 06/2023 (découvertes au TEP de suivi), suivie par le Dr Ferrand (onco, clinique Saint-Exupère)
 - RT D12 en 2023, vertebroplastie L3 en 02/2024
 - TVP 2022, anticoag arrêtée en 2023
TTT : Kisquali 600 mg 21j/28 + Femara 2,5 mg 1cp/j, Uvedose 1 amp/3 mois, Doliprane 1g x4/j
Xgéva suspendu depuis 02/2025 (soins dentaires, extraction prévue)
EXAMEN : douleur L1 à la percussion et à la mobilisation, pas de déficit, EVA 8 à l'arrivée -> 3 ce jour après Actiskénan
TDM : fracture-tassement pathologique L1, recul du mur post de 2 mm, pas de compression
SORTIE : Actiskénan 5 mg si besoin max 6/j, corset
DEMANDE : cimentoplastie L1 ? RT ? -> merci de présenter en RCP MO
""",
    variants={"L01EF02": "Kisquali 600 mg"},
    not_current={"M05BX04": "Xgéva suspended since 02/2025"},
    ev={
        "primaryTumor": ["K sein G 2019, CCI RE+ RP- HER2 neg"],
        "boneDiagnosis": ["mets os connues depuis 06/2023 (découvertes au TEP de suivi)"],
        "pain": ["à la mobilisation", "3 ce jour"],
        "currentMedications": ["TTT : Kisquali"],
        "priorLocalTreatments": ["RT D12 en 2023, vertebroplastie L3"],
        "boneTargetedTherapy": ["Xgéva suspendu depuis 02/2025"],
        "anticoagulation": ["anticoag arrêtée en 2023"],
        "therapeuticProject": ["Kisquali 600 mg 21j/28 + Femara"],
    },
    gold=G("F", 54,
           primary=("present", "breast", "invasive_ductal_carcinoma",
                    {"ER": "positive", "PR": "negative", "HER2": "negative"}),
           bone=("present", ["staging_imaging"], True),
           pain=("present", ["mechanical"], 3),
           meds=("present", ["L01EF02", "L02BG04", "A11CC05", "N02BE01", "N02AA01"]),
           local=("present", ["radiotherapy", "cementoplasty"]),
           btt=("absent", []),
           ac=("absent", []),
           project=("present", None)),
))

# y12 -------------------------------------------------------------------
LETTERS.append(dict(
    id="y12", fmt="txt", encoding="utf-8", newline="\n",
    author="General practitioner", letter_date=dt.date(2025, 1, 17), age_text="70 ans",
    summary="Follicular thyroid carcinoma (histology 'other'), sternal relapse",
    tricky=("Short GP note; follicular ('vésiculaire') carcinoma is histology 'other'; sternal "
            "lesion found on a chest CT done for a lingering bronchitis (incidental imaging); "
            "thyroidectomy and radioiodine are not local bone treatments; 'Indolore'; Levotyrox "
            "misspelt; Cacit D3 is A12AX (not plain Cacit); 'Aucun anticoagulant'; OMS 0; "
            "thyroglobulin is not a listed marker; only questions to the board"),
    text="""\
Dr Martine OLLIVIER-BRAS, MG
5 rue Pasteur, 63870 Cournon-les-Monts
le 17/01/2025

Cher confrère,
Mme CHASSAGNE Yvette 70 ans
ATCD : K thyroïde vésiculaire, thyroïdectomie totale 2018 + iode radioactif (CHU). HTA.
Lésion du sternum découverte fortuitement sur un TDM thoracique fait en 12/2024 pour une bronchite qui traînait, biopsie : méta du K vésiculaire. Thyroglobuline en hausse.
Indolore. OMS 0.
TT : Levotyrox 150µg, Cacit D3 1 sachet/j, Amlor 5. Aucun anticoagulant.
Que proposer ? RT externe ? chir ? nouvelle IRAthérapie ?
Confraternellement
Dr Ollivier-Bras
""",
    variants={"H03AA01": "Levotyrox 150µg"},
    not_current={},
    ev={
        "primaryTumor": ["K thyroïde vésiculaire"],
        "boneDiagnosis": ["découverte fortuitement sur un TDM thoracique fait en 12/2024"],
        "pain": ["Indolore."],
        "currentMedications": ["TT : Levotyrox"],
        "anticoagulation": ["Aucun anticoagulant."],
        "prognosis": ["OMS 0."],
    },
    gold=G("F", 70,
           primary=("present", "thyroid", "other", {}),
           bone=("present", ["incidental_imaging"], True),
           pain=("absent", [], None),
           meds=("present", ["H03AA01", "A12AX"]),
           ac=("absent", []),
           prognosis=("present", 0)),
))

EXPECTED_FORMATS = {"pdf": 3, "docx": 3, "txt": 6}
PDF_DATE = dt.datetime(2025, 12, 1, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_DATE = (2025, 12, 1, 9, 0, 0)


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------
class Violation(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Violation(msg)


def fold(s: str) -> str:
    """Lower case, no accents, punctuation to spaces, single spaces."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " " + " ".join(s.split()) + " "


def squash(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").split())


def load_atc() -> dict[str, list[str]]:
    for d in SPEC_CANDIDATES:
        p = d / "atc-reference.tsv"
        if p.exists():
            break
    else:
        raise Violation("atc-reference.tsv not found")
    table = {}
    for line in p.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        atc, dci, inn, _group, brands = (line.split("\t") + [""] * 5)[:5]
        names = [dci, inn] + [b for b in brands.split(",") if b.strip()]
        table[atc.strip()] = [n.strip() for n in names if n.strip() and "," not in n]
    return table


def scan_drugs(text: str, table: dict[str, list[str]]) -> dict[str, str]:
    """Table drugs named in the text (longest name first, each span used once)."""
    folded = fold(text)
    names = sorted(((fold(n), atc, n) for atc, ns in table.items() for n in ns),
                   key=lambda x: -len(x[0]))
    hits = {}
    for fn, atc, n in names:
        if len(fn.strip()) < 3:
            continue
        while fn in folded:
            hits.setdefault(atc, n)
            folded = folded.replace(fn, " " + "#" * (len(fn) - 2) + " ", 1)
    return hits


def letter_text(L) -> str:
    """Logical text: for DOCX table rows, the cells joined by spaces."""
    out = []
    for line in L["text"].splitlines():
        if L["fmt"] == "docx" and line.startswith("|"):
            out.append(" ".join(c.strip() for c in line.strip("|").split("|")))
        else:
            out.append(line)
    return "\n".join(out)


def check_letter(L, table):
    lid = L["id"]
    g = L["gold"]
    text = letter_text(L)
    ftext = fold(text)
    need(L["fmt"] in EXPECTED_FORMATS, f"{lid}: format {L['fmt']}")
    need(set(g) == set(["patient"] + ITEMS), f"{lid}: gold keys {sorted(g)}")

    # patient
    p = g["patient"]
    need(p["sex"] in ("F", "M"), f"{lid}: sex {p['sex']}")
    need(isinstance(p["age"], int) and 0 < p["age"] < 120, f"{lid}: age {p['age']}")
    date_forms = {L["letter_date"].strftime("%d/%m/%Y"), L["letter_date"].strftime("%d.%m.%Y")}
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
    d = L["letter_date"]
    date_forms.add(f"{d.day} {months[d.month - 1]} {d.year}")
    need(any(fold(f) in ftext for f in date_forms), f"{lid}: letter date {d} not in the text")
    if L.get("birth"):
        need(fold(L["birth_text"]) in ftext, f"{lid}: birth date text not in the letter")
        bparts = re.split(r"[./]", L["birth_text"])
        need(dt.date(int(bparts[2]), int(bparts[1]), int(bparts[0])) == L["birth"],
             f"{lid}: birth_text and birth differ")
        need(p["age"] == age_at(L["birth"], L["letter_date"]),
             f"{lid}: age {p['age']} != {age_at(L['birth'], L['letter_date'])} from birth date")
        need(not re.search(r"\b\d{2,3} ?(ans|a)\b", text), f"{lid}: written age besides birth date")
    else:
        need(L.get("age_text") and fold(L["age_text"]) in ftext, f"{lid}: written age missing")
        need(int(re.match(r"\d+", L["age_text"]).group()) == p["age"], f"{lid}: age_text vs gold")

    # statuses
    for item in ITEMS:
        st = g[item]["status"]
        need(st in ALLOWED_STATUS[item], f"{lid}: {item}.status {st!r} not allowed")
        if st != "unknown":
            need(L["ev"].get(item), f"{lid}: {item} is {st} but no evidence phrase")
    for item, phrases in L["ev"].items():
        need(item in ITEMS, f"{lid}: evidence for unknown item {item}")
        need(g[item]["status"] != "unknown", f"{lid}: evidence given for {item} but status unknown")
        for ph in phrases:
            need(fold(ph) in ftext, f"{lid}: evidence {ph!r} for {item} not in the text")

    # primary tumour
    pt = g["primaryTumor"]
    need(set(pt) == {"status", "site", "histology", "biomarkers"}, f"{lid}: primaryTumor keys")
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"],
             f"{lid}: unknown primary with values")
    else:
        need(pt["site"] in SITES, f"{lid}: site {pt['site']}")
    need(pt["histology"] is None or pt["histology"] in HISTOLOGIES, f"{lid}: histology")
    for k, v in pt["biomarkers"].items():
        need(k in BIOMARKERS and v in BIOMARKER_RESULTS, f"{lid}: biomarker {k}={v}")

    # bone diagnosis
    bd = g["boneDiagnosis"]
    need(set(bd) == {"status", "circumstances", "dated"}, f"{lid}: boneDiagnosis keys")
    need(isinstance(bd["dated"], bool), f"{lid}: dated must be bool")
    need(all(c in CIRCUMSTANCES for c in bd["circumstances"]), f"{lid}: circumstance code")
    need(len(set(bd["circumstances"])) == len(bd["circumstances"]), f"{lid}: duplicate circumstance")
    if bd["status"] == "unknown":
        need(not bd["circumstances"] and not bd["dated"], f"{lid}: unknown bone diagnosis with values")

    # pain
    pn = g["pain"]
    need(set(pn) == {"status", "types", "intensity"}, f"{lid}: pain keys")
    need(all(t in PAIN_TYPES for t in pn["types"]), f"{lid}: pain type")
    need(pn["intensity"] is None or (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10),
         f"{lid}: pain intensity")
    if pn["status"] in ("absent", "unknown"):
        need(not pn["types"], f"{lid}: pain types with status {pn['status']}")
        need(pn["intensity"] in (None, 0) if pn["status"] == "absent" else pn["intensity"] is None,
             f"{lid}: pain intensity with status {pn['status']}")
    if pn["status"] == "present":
        need(pn["intensity"] != 0, f"{lid}: present pain at 0")

    # local treatments
    lt = g["priorLocalTreatments"]
    need(all(t in LOCAL_TYPES for t in lt["types"]), f"{lid}: local treatment type")
    if lt["status"] in ("absent", "unknown"):
        need(not lt["types"], f"{lid}: local types with status {lt['status']}")
    if lt["status"] == "present":
        need(lt["types"], f"{lid}: present local treatment without a type")

    # drugs
    meds = g["currentMedications"]
    cur = set(meds["atc"])
    need(len(cur) == len(meds["atc"]), f"{lid}: duplicate ATC")
    for code in cur:
        need(code in table, f"{lid}: ATC {code} not in atc-reference.tsv")
    if meds["status"] in ("absent", "unknown"):
        need(not cur, f"{lid}: currentMedications {meds['status']} with codes")
    agent_codes_all = set()
    for sec, prefixes in AGENT_SECTIONS.items():
        s = g[sec]
        for code in s["atc"]:
            need(code in table, f"{lid}: {sec} ATC {code} not in atc-reference.tsv")
            need(code.startswith(prefixes), f"{lid}: {code} does not belong in {sec}")
            agent_codes_all.add(code)
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], f"{lid}: {sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            need(set(s["atc"]) <= cur, f"{lid}: {sec} agents {s['atc']} not all in currentMedications")
            need(meds["status"] == "present", f"{lid}: {sec} {s['status']} but currentMedications "
                                              f"{meds['status']}")
        if s["status"] == "uncertain":
            need(not (set(s["atc"]) & cur), f"{lid}: doubtful {sec} agent listed as current")
        # every current drug of the section's class must be in the section
        in_class = {c for c in cur if c.startswith(prefixes)}
        need(in_class <= set(s["atc"]), f"{lid}: current {sorted(in_class)} missing from {sec}")
        if in_class:
            need(s["status"] in ("present", "conflicting"),
                 f"{lid}: current {sec} drug but status {s['status']}")

    # drug evidence: every table drug named in the letter is accounted for
    hits = scan_drugs(text, table)
    variants = L["variants"]
    not_current = L["not_current"]
    for code, surface in variants.items():
        need(code in table, f"{lid}: variant {code} not in table")
        need(fold(surface) in ftext, f"{lid}: variant surface {surface!r} not in the text")
        need(code not in hits or code in not_current,
             f"{lid}: variant {code} already found by table names ({hits.get(code)})")
    for code in not_current:
        need(code in table, f"{lid}: not_current {code} not in table")
        need(code not in cur, f"{lid}: {code} both current and not current")
        need(code in hits or code in variants, f"{lid}: not_current {code} not named in the letter")
    named = set(hits) | set(variants)
    for code in cur | agent_codes_all:
        need(code in named, f"{lid}: gold code {code} has no name in the letter")
    for code in hits:
        need(code in cur or code in not_current or code in agent_codes_all,
             f"{lid}: letter names {hits[code]!r} ({code}) but gold neither lists nor excludes it")

    # prognosis
    pr = g["prognosis"]
    need(set(pr) in ({"status", "ecog"}, {"status", "kps"}), f"{lid}: prognosis keys")
    if "ecog" in pr and pr["ecog"] is not None:
        need(isinstance(pr["ecog"], int) and 0 <= pr["ecog"] <= 4, f"{lid}: ecog")
    if "kps" in pr:
        need(isinstance(pr["kps"], int) and 0 <= pr["kps"] <= 100 and pr["kps"] % 10 == 0, f"{lid}: kps")
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and "kps" not in pr, f"{lid}: unknown prognosis with values")

    # therapeutic project
    tp = g["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, f"{lid}: intent")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, f"{lid}: unknown project with an intent")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"]:
        need(fold(intent_words[tp["intent"]]).strip() in ftext, f"{lid}: intent word not in the letter")

    # gaps: derived, then sanity-checked against each other
    gaps = derive_gaps(g)
    for item, kind in gaps:
        need(item in GAP_ITEMS and kind in ("missing", "uncertain", "conflicting", "incomplete"),
             f"{lid}: gap {item}/{kind}")
    need(len({i for i, _ in gaps}) == len(gaps), f"{lid}: two gaps for one item")


def check_all(table):
    ids = [L["id"] for L in LETTERS]
    need(ids == [f"y{i:02d}" for i in range(1, len(LETTERS) + 1)], f"ids {ids}")
    need(len(LETTERS) == 12, "twelve letters expected")
    counts = {}
    for L in LETTERS:
        counts[L["fmt"]] = counts.get(L["fmt"], 0) + 1
    need(counts == EXPECTED_FORMATS, f"formats {counts}")
    for L in LETTERS:
        check_letter(L, table)
        n_lines = len([x for x in L["text"].splitlines() if x.strip()])
        need(5 <= n_lines <= 25, f"{L['id']}: {n_lines} lines")
        if L["fmt"] == "txt":
            try:
                L["text"].encode(L["encoding"])
            except UnicodeEncodeError as e:
                raise Violation(f"{L['id']}: text not encodable in {L['encoding']}: {e}")


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------
HEAD_RE = re.compile(r"^([A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ][A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ0-9 /+'’.-]{2,}) ?:")


def split_heading(line: str):
    m = HEAD_RE.match(line)
    if m and not re.search(r"[a-zà-ÿ]", m.group(1)):
        return line[:m.end()], line[m.end():]
    return None, line


def render_txt(L) -> bytes:
    text = L["text"]
    if L["newline"] != "\n":
        text = text.replace("\n", L["newline"])
    return text.encode(L["encoding"])


def render_pdf(L) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(PDF_DATE)
    pdf.set_producer("LibreScan Courrier 4.2")
    pdf.set_creator("Logiciel de courrier hospitalier")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    lines = L["text"].splitlines()
    header_done = False
    for i, line in enumerate(lines):
        if not line.strip():
            header_done = True
            pdf.ln(3)
            continue
        size = 10
        if not header_done:
            pdf.set_font("DejaVu", "B" if i == 0 else "", 10 if i == 0 else 9)
            pdf.write(5, line)
            pdf.ln(5)
            continue
        head, rest = split_heading(line)
        if head:
            pdf.set_font("DejaVu", "B", size)
            pdf.write(5, head)
        pdf.set_font("DejaVu", "", size)
        pdf.write(5, rest)
        pdf.ln(5.5)
    return bytes(pdf.output())


def render_docx(L) -> bytes:
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(2)
    created = dt.datetime.combine(L["letter_date"], dt.time(9, 30), tzinfo=dt.timezone.utc)
    cp = doc.core_properties
    cp.author = "secretariat"
    cp.last_modified_by = "secretariat"
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 1
    cp.title = "Courrier"
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.identifier = ""
    cp.language = "fr-FR"
    cp.version = ""
    cp.content_status = ""
    rows = []

    def flush_rows():
        if not rows:
            return
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, cells in enumerate(rows):
            for c, val in enumerate(cells):
                t.cell(r, c).text = val
        rows.clear()

    header_done = False
    for i, line in enumerate(L["text"].splitlines()):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush_rows()
        if not line.strip():
            header_done = True
            doc.add_paragraph("")
            continue
        par = doc.add_paragraph()
        if not header_done:
            run = par.add_run(line)
            run.bold = i == 0
            continue
        head, rest = split_heading(line)
        if head:
            par.add_run(head).bold = True
        par.add_run(rest)
    flush_rows()
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


def normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


RENDER = {"txt": render_txt, "pdf": render_pdf, "docx": render_docx}


def extracted_text(L, data: bytes) -> str:
    if L["fmt"] == "txt":
        return data.decode(L["encoding"])
    if L["fmt"] == "pdf":
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(p.extract_text() or "" for p in r.pages)
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" ".join(c.text for c in row.cells))
    return "\n".join(parts)


def check_rendered(L, data: bytes):
    got = squash(extracted_text(L, data))
    phrases = [ph for phs in L["ev"].values() for ph in phs] + list(L["variants"].values())
    for ph in phrases:
        need(squash(ph) in got, f"{L['id']}: {ph!r} lost in the rendered {L['fmt']}")
    if L["fmt"] == "txt" and L["newline"] == "\r\n":
        need(data.count(b"\r\n") == data.count(b"\n"), f"{L['id']}: mixed line ends")


def gold_json(L) -> bytes:
    g = {"id": L["id"]}
    g.update(L["gold"])
    g["gaps"] = derive_gaps(L["gold"])
    return (json.dumps(g, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def main() -> int:
    try:
        table = load_atc()
        check_all(table)
        outputs = {}
        for L in LETTERS:
            data = RENDER[L["fmt"]](L)
            again = RENDER[L["fmt"]](L)
            need(data == again, f"{L['id']}: rendering is not deterministic")
            check_rendered(L, data)
            outputs[f"letters/{L['id']}.{L['fmt']}"] = data
            outputs[f"gold/{L['id']}.json"] = gold_json(L)
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}", file=sys.stderr)
        return 1
    for sub in ("letters", "gold"):
        d = HERE / sub
        d.mkdir(exist_ok=True)
        for old in d.iterdir():
            if f"{sub}/{old.name}" not in outputs:
                old.unlink()
    for rel, data in outputs.items():
        (HERE / rel).write_bytes(data)
    digest = hashlib.sha256(b"".join(k.encode() + v for k, v in sorted(outputs.items()))).hexdigest()
    print(f"wrote {len(LETTERS)} letters and gold records to {HERE.relative_to(REPO)} (sha256 {digest[:16]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
