#!/usr/bin/env python3
"""Blind held-out corpus 67: short letters and e-mails from GPs, nurses and a
home-hospitalisation (HAD) team in rural Auvergne and Limousin.

Holds every letter's text and gold record, derives the gold gaps from the
spec's gap rule (one function), checks each gold against the contract, and
writes letters/ and gold/ byte-identically on every run.

    /work/main/.venv/bin/python tests/corpus67/make_letters.py   (from /work/main)
"""
from __future__ import annotations

import io
import json
import random
import sys
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
ALL_ITEMS = ITEMS9[:7] + ["antiplatelets"] + ITEMS9[7:]
ALLOWED_STATUS = {
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


def fail(msg: str) -> None:
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc() -> set[str]:
    codes = set()
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            codes.add(line.split("\t", 1)[0].strip())
    return codes


def agent_group_ok(section: str, code: str) -> bool:
    if section == "boneTargetedTherapy":
        return code.startswith("M05BA") or code == "M05BX04"
    if section == "anticoagulation":
        return code[:5] in {"B01AA", "B01AB", "B01AE", "B01AF"} or code == "B01AX05"
    if section == "antiplatelets":
        return code.startswith("B01AC")
    raise ValueError(section)


# --------------------------------------------------------------------------
# Gap rule of the spec ("Gaps"): the single function that derives gold gaps.
# --------------------------------------------------------------------------
def derive_gaps(g: dict) -> list[list[str]]:
    gaps = []
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in kinds:
            gaps.append([item, kinds[st]])
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


def age_at(birth: date, when: date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


# --------------------------------------------------------------------------
# Letters. Each entry: id, fmt, text, gold (without id/gaps), and checks:
#   evidence: {atc: words as written in the letter} for every ATC code used
#   birth/letter_date: when the age is only given as a birth date
# --------------------------------------------------------------------------
def G(sex, age, pt, bd, pain, meds, plt, btt, ac, ap, prog, tp):
    return {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": dict(zip(["status", "site", "histology", "biomarkers"], pt)),
        "boneDiagnosis": dict(zip(["status", "circumstances", "dated"], bd)),
        "pain": dict(zip(["status", "types", "intensity"], pain)),
        "currentMedications": dict(zip(["status", "atc"], meds)),
        "priorLocalTreatments": dict(zip(["status", "types"], plt)),
        "boneTargetedTherapy": dict(zip(["status", "atc"], btt)),
        "anticoagulation": dict(zip(["status", "atc"], ac)),
        "antiplatelets": dict(zip(["status", "atc"], ap)),
        "prognosis": prog,
        "therapeuticProject": dict(zip(["status", "intent"], tp)),
    }


LETTERS = []

# ---------------------------------------------------------------- zzo01 TXT
LETTERS.append(dict(id="zzo01", fmt="txt", author="GP, e-mail", text="""\
Objet : demande RCP os - M. VERNIERES Gilbert
De : cabinet.medical.stfargeol@mssante-fictif.fr
Date : 17/03/2026

Bonjour,

je vous adresse M. Vernières Gilbert, 78 ans, agriculteur retraité à St-Fargeol-d'Allagnat, pour avis en RCP métastases osseuses.
K prostate connu depuis 2019 suivi par le Dr Bessière (urologue, Clinique de la Sioule), sous Eligard 45 mg tous les 6 mois.
PSA remonté à 48 ng/ml en février (était à 2 l'an dernier) -> scinti os début mars 2026 : fixations multiples rachis lombaire, bassin, côtes.
Depuis une quinzaine de jours il se plaint du dos, surtout la nuit, ça le réveille. EVA 5 d'après lui.
Ttt : Eligard, Doliprane 1g 3x/j, et il est sous anticoagulant pour sa FA, je ne sais plus lequel, c'est le cardio de Riom qui gère.
Pas d'autre info, je n'ai pas le compte rendu anapath.
Merci de me dire ce que vous proposez.

Bien confraternellement
Dr Aurélie Chabrol
Médecin généraliste - Maison de santé des Combrailles
04 73 00 41 17
""", gold=G("M", 78,
            ("present", "prostate", None, {"PSA": "positive"}),
            ("present", ["staging_imaging"], True),
            ("present", ["nocturnal"], 5),
            ("present", ["L02AE02", "N02BE01"]),
            ("unknown", []), ("unknown", []),
            ("present", []), ("unknown", []),
            {"status": "unknown", "ecog": None},
            ("present", None)),
    evidence={"L02AE02": "Eligard", "N02BE01": "Doliprane"},
    tricky="anticoagulant affirmed but not named ('je ne sais plus lequel': present, no agent, incomplete); rising PSA found the bone disease (staging imaging); no histology"))

# ---------------------------------------------------------------- zzo02 TXT (dictation)
LETTERS.append(dict(id="zzo02", fmt="txt", author="GP, voice-recognition dictation", text="""\
courrier dicté le 09/04/2026 - cabinet du docteur lacombe - eymoutiers

cher confrère virgule

je vous adresse madame peyrat jacqueline virgule 66 ans virgule pour discussion en rcp métastases osseuses point à la ligne
antécédents deux points cancer du sein gauche diagnostiqué en 2023 virgule carcinome canal air infiltrant virgule récepteurs aux oestrogènes positifs virgule récepteurs à la progestérone positifs virgule her 2 négatif point
en janvier 2026 virgule fracture de l'humérus droit en portant un seau d'eau point la radio et le scanner ont montré une lyse sur métastase point elle a été enclouée à limoges le 14 janvier point à la ligne
actuellement elle a encore des douleurs à la mobilisation de l'épaule virgule en à 4 point pas de douleur la nuit point à la ligne
traitement deux points lé trozole 2,5 mg virgule kiss qualité 600 mg 3 semaines sur 4 virgule x geva une injection par mois virgule ell iquis 5 mg matin et soir pour une embolie pulmonaire de l'an dernier virgule doliprane 1 g si besoin virgule oxy norm 5 mg si douleur forte point à la ligne
elle reste autonome virgule oms 1 point à la ligne
la question est de savoir s'il faut irradier l'humérus après l'enclouage point
bien confraternellement point

docteur françois lacombe
""", gold=G("F", 66,
            ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
            ("present", ["pathological_fracture"], True),
            ("present", ["mechanical"], 4),
            ("present", ["L02BG04", "L01EF02", "M05BX04", "B01AF02", "N02BE01", "N02AA05"]),
            ("present", ["surgery"]),
            ("present", ["M05BX04"]),
            ("present", ["B01AF02"]), ("unknown", []),
            {"status": "present", "ecog": 1},
            ("present", None)),
    evidence={"L02BG04": "lé trozole", "L01EF02": "kiss qualité", "M05BX04": "x geva",
              "B01AF02": "ell iquis", "N02BE01": "doliprane", "N02AA05": "oxy norm"},
    tricky="voice-recognition artefacts ('virgule', 'canal air', 'kiss qualité' = Kisqali, 'ell iquis' = Eliquis, 'x geva', 'oxy norm'); nocturnal pain denied; nailing counts as surgery"))

# ---------------------------------------------------------------- zzo03 DOCX (HAD nurse)
LETTERS.append(dict(id="zzo03", fmt="docx", author="HAD nurse coordinator", paragraphs=[
    ("b", "HAD Haute-Corrèze – Antenne d'Ussel"),
    ("", "Infirmière coordinatrice : Mme Sandrine Faucher – tél 05 55 00 72 38"),
    ("", "Ussel, le 10/02/2026"),
    ("", "A l'attention du secrétariat de la RCP métastases osseuses, CHU de Limoges"),
    ("b", "Objet : demande d'avis – M. MAZIÈRE Roger, né le 12/12/1941"),
    ("", "Madame, Monsieur,"),
    ("", "Nous suivons en HAD depuis le 5 janvier M. Mazière, pour un cancer du poumon (épidermoïde d'après le compte-rendu de Tulle). Les métastases osseuses ont été vues sur le scanner de suivi en octobre 2025 (bassin et fémur gauche)."),
    ("", "Depuis une semaine il a plus mal à la hanche gauche : EVA 7 ce matin (4 la semaine dernière), avec des brûlures qui descendent dans la jambe. Il a eu de la radiothérapie sur la hanche en décembre (5 séances à Limoges)."),
    ("b", "Traitement actuel (plan de soins HAD) :"),
    ("table", [["Médicament", "Posologie", "Remarque"],
               ["Durogesic 25 µg/h", "1 patch / 72 h", "augmenté le 06/02"],
               ["Actiskenan 10 mg", "si douleur, max 6/j", ""],
               ["Lyrica 75 mg", "1 matin 1 soir", ""],
               ["Lovenox 4000 UI", "1 inj SC / jour", "alitement"],
               ["Cortancyl 20 mg", "1 le matin", ""],
               ["Movicol", "1 sachet/j", ""],
               ["Kardégic 75", "ARRÊTÉ le 02/02", "par le Dr Mons (risque hémorragique)"]]),
    ("", "Il n'a plus de chimio depuis décembre, prise en charge en soins de support exclusifs décidée avec son oncologue et la famille. État général très altéré, alité la plupart du temps, le médecin traitant parle de quelques semaines."),
    ("", "Question du Dr Mons (médecin traitant) : une nouvelle séance de rayons est-elle possible pour la hanche ?"),
    ("", "Cordialement,"),
    ("", "S. Faucher, IDEC"),
], gold=G("M", 84,
          ("present", "lung", "squamous_cell_carcinoma", {}),
          ("present", ["staging_imaging"], True),
          ("present", ["neuropathic"], 7),
          ("present", ["N02AB03", "N02AA01", "N03AX16", "B01AB05", "H02AB07", "A06AD65"]),
          ("present", ["radiotherapy"]),
          ("unknown", []),
          ("present", ["B01AB05"]), ("absent", []),
          {"status": "present", "ecog": None},
          ("present", "supportive")),
    evidence={"N02AB03": "Durogesic", "N02AA01": "Actiskenan", "N03AX16": "Lyrica",
              "B01AB05": "Lovenox", "H02AB07": "Cortancyl", "A06AD65": "Movicol"},
    birth=date(1941, 12, 12), letter_date=date(2026, 2, 10),
    tricky="age from birth date; Kardégic marked ARRÊTÉ in the table (antiplatelets absent, not current); two pain scores (current 7); prognosis in words only (incomplete); best supportive care"))

# ---------------------------------------------------------------- zzo04 TXT (GP e-mail)
LETTERS.append(dict(id="zzo04", fmt="txt", author="GP, short e-mail", text="""\
De: dr.roux.murat@orange-fictif.fr
Envoyé: lundi 4 mai 2026 19:52
Objet: Mme Delmas - tassement D12

Cher collègue,

Mme DELMAS Odette 71 ans, de Murat (15).
ATCD : cancer du sein G opéré en 2015 (tumorectomie + rayons à Aurillac), je n'ai pas le CR anapath. Osteoporose.
Tassement de D12 il y a 3 semaines en se relevant d'une chaise. Le scanner montre d'autres lésions (D8, L2, aile iliaque) "suspectes de localisations secondaires". Pas de biopsie pour l'instant, l'oncologue pense à une rechute de son K du sein mais un myélome n'est pas éliminé (EPP en cours).
Douleurs dorsales à la marche et au lever, calmées couchée.
Ttt : Topalgic 50 x3, Doliprane 1g x3, Inexium 20, Levothyrox 75.
Elle prenait du Fosamax pour l'ostéoporose, arrêté il y a 2 ans.
Elle est sous anticoagulant aussi je crois, à vérifier avec la pharmacie (je la vois peu, elle est suivie à Aurillac).
Jamais eu de radiothérapie ni de vertébroplastie sur ces lésions.
Une cimentoplastie est-elle envisageable ?

Merci, bonne soirée
Dr P. Roux
""", gold=G("F", 71,
            ("uncertain", "breast", None, {}),
            ("present", ["pathological_fracture"], True),
            ("present", ["mechanical"], None),
            ("present", ["N02AX02", "N02BE01", "A02BC05", "H03AA01"]),
            ("absent", []),
            ("absent", []),
            ("uncertain", []), ("unknown", []),
            {"status": "unknown", "ecog": None},
            ("unknown", None)),
    evidence={"N02AX02": "Topalgic", "N02BE01": "Doliprane", "A02BC05": "Inexium", "H03AA01": "Levothyrox"},
    tricky="primary only presumed (breast relapse vs myeloma: uncertain); breast irradiation 2015 is not a bone treatment; Fosamax stopped (bone therapy absent); 'sous anticoagulant aussi je crois, à vérifier' (uncertain, no agent); no score"))

# ---------------------------------------------------------------- zzo05 scanned fax
LETTERS.append(dict(id="zzo05", fmt="fax", author="GP, faxed letter (scanned)", text="""\
03/03/2026 10:42   CABINET MEDICAL DE NEXON   05 55 00 19 63   P.001/001

Dr Michel BARRAUD
Médecine générale
2 place de la Mairie - 87800 Nexon
                                        Nexon, le 2 mars 2026

                        A l'attention de la RCP métastases osseuses
                        Fax : 05 55 00 66 10

Cher confrère,

Je vous adresse M. LAGARDE Henri, 69 ans, pour avis.

ATCD : néphrectomie G en 2021 pour carcinome à cellules
claires du rein. HTA. Dyslipidémie. Coronarien stenté 2018.

Depuis 2 mois, douleur de l'épaule droite, permanente, avec
réveils nocturnes. EVA 6. Radio : lyse de la tête humérale.
Scanner TAP : pas d'autre lésion osseuse, 2 nodules pulm.

Il est sous Cabometyx 40 mg/j depuis janvier (Dr Teyssier,
traitement palliatif).
Autres ttt : Triatec 5 mg, Tahor 20 mg, Kardégic 75 mg,
Skenan LP 30 mg matin et soir.
Pas d'anticoagulant. Jamais irradié.
L'oncologue a prévu de l'acide zolédronique.
OMS 1, il conduit encore.

Question : radiothérapie de l'épaule ? chirurgie préventive ?

Confraternellement,
Dr M. Barraud
""", gold=G("M", 69,
            ("present", "kidney", "clear_cell_carcinoma", {}),
            ("present", ["pain"], True),
            ("present", ["nocturnal"], 6),
            ("present", ["L01EX07", "C09AA05", "C10AA05", "B01AC06", "N02AA01"]),
            ("absent", []),
            ("unknown", []),
            ("absent", []), ("present", ["B01AC06"]),
            {"status": "present", "ecog": 1},
            ("present", "palliative")),
    evidence={"L01EX07": "Cabometyx", "C09AA05": "Triatec", "C10AA05": "Tahor",
              "B01AC06": "Kardégic", "N02AA01": "Skenan"},
    tricky="image-only fax (OCR); zoledronic acid only planned (bone therapy unknown); Kardégic antiplatelet beside 'Pas d'anticoagulant'; 'Jamais irradié'"))

# ---------------------------------------------------------------- zzo06 DOCX (HAD physician)
LETTERS.append(dict(id="zzo06", fmt="docx", author="HAD physician (médecin coordonnateur)", paragraphs=[
    ("b", "Hospitalisation à domicile de la Creuse – Guéret"),
    ("", "Dr Hélène Aubusson, médecin coordonnateur – 05 55 00 84 02"),
    ("", "Guéret, le 23 mars 2026"),
    ("b", "Demande de passage en RCP métastases osseuses"),
    ("", "Patiente : Mme BOUDET Nathalie, 58 ans"),
    ("", "Adénocarcinome pulmonaire ALK réarrangé (ROS1 négatif, PD-L1 5 %), diagnostiqué en nov. 2025 devant une compression médullaire D8 avec paraparésie : laminectomie décompressive D7-D9 au CHU puis radiothérapie D6-D10 (30 Gy)."),
    ("", "Sous Alecensa 600 mg x2/j depuis décembre. Embolie pulmonaire en décembre, sous Innohep 14 000 UI/j. Xgeva 120 mg une fois par mois depuis janvier (dents vues)."),
    ("", "Douleurs : en ceinture thoracique, type décharges électriques, EN 3 sous traitement."),
    ("", "Autres traitements : Neurontin 300 mg x3, Oxycontin 10 mg x2, Solupred 20 mg/j, pas d'antiagrégant."),
    ("", "Karnofsky 50 %. Marche avec déambulateur, kiné à domicile 5 fois/semaine."),
    ("", "Questions : récupération neurologique attendue ? intérêt d'une cimentoplastie D8 ? durée du Xgeva ?"),
    ("", "Merci d'avance."),
    ("", "Dr H. Aubusson"),
], gold=G("F", 58,
          ("present", "lung", "adenocarcinoma", {"ALK": "positive", "ROS1": "negative", "PD-L1": "positive"}),
          ("present", ["neurological_deficit"], True),
          ("present", ["neuropathic"], 3),
          ("present", ["L01ED03", "B01AB10", "M05BX04", "N03AX12", "N02AA05", "H02AB06"]),
          ("present", ["surgery", "radiotherapy"]),
          ("present", ["M05BX04"]),
          ("present", ["B01AB10"]), ("absent", []),
          {"status": "present", "kps": 50},
          ("present", None)),
    evidence={"L01ED03": "Alecensa", "B01AB10": "Innohep", "M05BX04": "Xgeva",
              "N03AX12": "Neurontin", "N02AA05": "Oxycontin", "H02AB06": "Solupred"},
    tricky="cord compression as circumstance; decompression + RT; PD-L1 5 % positive; Karnofsky only; 'pas d'antiagrégant' explicit; cementoplasty only asked"))

# ---------------------------------------------------------------- zzo07 TXT (dictation, CUP)
LETTERS.append(dict(id="zzo07", fmt="txt", author="GP, voice-recognition dictation", text="""\
Dr Jean-Pierre Ollier - Médecine générale - 63 Ardes-sur-Couze - tel 04 73 00 27 55
Le 21 avril 2026

objet : monsieur chassang marcel 74 ans

cher confrère

je me permets de vous adresser monsieur chassang point on a découvert sur un scanner thoracique fait pour une pneumopathie en février des lésions osseuses lytiques des côtes et du bassin point biopsie de la 7e côte à clermont : adéno carcinome d'origine indéterminée virgule ttf1 négatif virgule ck7 positif virgule ck20 négatif point le psa est normal à 1,2 point pas de primitif retrouvé au scanner point le tep est demandé point à la ligne
il n'a pas mal point à la ligne
ses traitements : metformine 1000 deux fois par jour virgule bisoprolol 2,5 virgule atorvastatine 20 virgule pré viscan trois quarts de comprimé pour une fa point le cardiologue a arrêté le plavix en janvier point à la ligne
oms 0 virgule il fait encore son jardin point
son frère a eu un cancer du poumon point
qu'est-ce que vous proposez en attendant le tep question

bien cordialement
""", gold=G("M", 74,
            ("present", "unknown_primary", "adenocarcinoma", {"PSA": "negative"}),
            ("present", ["incidental_imaging"], True),
            ("absent", [], None),
            ("present", ["A10BA02", "C07AB07", "C10AA05", "B01AA12"]),
            ("unknown", []),
            ("unknown", []),
            ("present", ["B01AA12"]), ("absent", []),
            {"status": "present", "ecog": 0},
            ("unknown", None)),
    evidence={"A10BA02": "metformine", "C07AB07": "bisoprolol", "C10AA05": "atorvastatine",
              "B01AA12": "pré viscan"},
    tricky="cancer of unknown primary; incidental finding on CT for pneumonia; normal PSA = negative; TTF1/CK7 not recorded; 'pré viscan' split by dictation; Plavix stopped (antiplatelets absent); brother's lung cancer; TEP pending, no project"))

# ---------------------------------------------------------------- zzo08 TXT (nurse)
LETTERS.append(dict(id="zzo08", fmt="txt", author="Home-care nurse (IDEL), e-mail", text="""\
bonjour,

je suis l'infirmiere liberale de mme TRONCHE Paulette (80 ans, Meymac), le Dr Sarre m'a demandé de vous envoyer les infos pour la rcp car il est en congés.

elle a un cancer du sein métastatique (os) suivie a limoges, les métastases ont été découvertes sur le scanner de contrôle en 2024.
depuis 10 jours elle a très mal au bassin, EVA 8 ce matin, surtout quand on la mobilise pour la toilette et les transferts.
traitements : Femara 2,5 mg 1/j, Doliprane 1g 3x/j, actiskenan 5mg si douleur (elle en prend 4/j en ce moment), Kardegic 75. pas d'anticoagulant.
elle a aussi une piqure pour les os tous les mois à l'hopital de jour, je ne connais pas le nom.
je n'ai pas d'autre info, le dossier est a Limoges.

cordialement
Isabelle Gaillard IDE
06 00 38 12 90
""", gold=G("F", 80,
            ("present", "breast", None, {}),
            ("present", ["staging_imaging"], True),
            ("present", ["mechanical"], 8),
            ("present", ["L02BG04", "N02BE01", "N02AA01", "B01AC06"]),
            ("unknown", []),
            ("present", []),
            ("absent", []), ("present", ["B01AC06"]),
            {"status": "unknown", "ecog": None},
            ("present", None)),
    evidence={"L02BG04": "Femara", "N02BE01": "Doliprane", "N02AA01": "actiskenan", "B01AC06": "Kardegic"},
    tricky="nurse writing for an absent GP; monthly bone injection with no name (bone therapy present, no agent: incomplete); Kardegic without accent; lower case; no prognosis"))

# ---------------------------------------------------------------- zzo09 DOCX (GP, bladder)
LETTERS.append(dict(id="zzo09", fmt="docx", author="GP, typed letter with typos", paragraphs=[
    ("", "Docteur Bernard Fayolle"),
    ("", "Médecin généraliste – 12 rue des Tilleuls – 03390 Montmarault (fictif) – 04 70 00 52 81"),
    ("", "Montmarault, le 28/05/2026"),
    ("b", "Objet : M. GIRAUDON Lucien, 63 ans – RCP métastases osseuses"),
    ("", "Cher confrére,"),
    ("", "Je vous adresse M. Giraudon, suivi pour un carcinome urothélial de vessie infiltrant diagnostiqué en 2024 (RTUV puis radio-chimiothérapie vésicale à Moulins)."),
    ("", "En avril 2026 il a été hospitalisé pour une hypercalcémie à 3,1 mmol/l (confusion, vomissements) ; le bilan a retrouvé des lésions osseuses multiples (côtes, rachis, bassin). Il a reçu une perfusion de Zometa aux urgences pour l'hypercalcémie, pas de traitement osseux au long cours depuis."),
    ("", "Il est maintenant sous Keytruda toutes les 3 semaines en situation palliative (Dr Mallet, CH de Moulins)."),
    ("", "Il decrit des douleurs costales de rythme inflammatoire avec un dérouillage matinal d'une heure. Pas de radiothérapie osseuse à ce jour."),
    ("", "ATCD : phlébite en 2019 traitée 6 mois par Xarelto, arrêté depuis. Tabac sevré. Pére décédé d'un cancer de la prostate."),
    ("", "Traitement : Keytruda, Dafalgan codéiné 2 cp x3/j, Mopral 20, Xanax 0,25 le soir."),
    ("", "PS 2."),
    ("", "Merci de discuter l'intérêt d'une radiothérapie antalgique et d'un traitement anti-résorptif."),
    ("", "Bien confraternellement,"),
    ("", "Dr B. Fayolle"),
], gold=G("M", 63,
          ("present", "bladder", "other", {}),
          ("present", ["hypercalcemia"], True),
          ("present", ["inflammatory"], None),
          ("present", ["L01FF02", "N02AJ06", "A02BC01", "N05BA12"]),
          ("absent", []),
          ("absent", []),
          ("absent", []), ("unknown", []),
          {"status": "present", "ecog": 2},
          ("present", "palliative")),
    evidence={"L01FF02": "Keytruda", "N02AJ06": "Dafalgan codéiné", "A02BC01": "Mopral", "N05BA12": "Xanax"},
    tricky="hypercalcaemia as circumstance; single Zometa infusion not current and 'pas de traitement osseux au long cours' (absent); Xarelto stopped in 2019 (anticoagulation absent); bladder RT is not bone RT; Dafalgan codéiné = N02AJ06 only; father's cancer"))

# ---------------------------------------------------------------- zzo10 TXT (dictation, prostate)
LETTERS.append(dict(id="zzo10", fmt="txt", author="GP, voice-recognition dictation", text="""\
dr colette maisonneuve point médecin généraliste point bourganeuf
le 2 avril 2026

objet deux points monsieur LAVAUD Émile virgule né le 14/05/1938

chère consœur virgule cher confrère virgule

je vous adresse monsieur lavaud pour son cancer de la prostate connu depuis 2018 virgule adéno carcinome gleason 7 virgule traité par décapeptyl tous les trois mois point il a eu de l'ex tandis de 2023 à décembre 2025 virgule arrêté pour fatigue point à la ligne
depuis l'été dernier il se plaint de la hanche gauche point douleur à la marche virgule pas de douleur la nuit point eva 4 sur 10 point scintigraphie osseuse deux points hyperfixations multiples bassin et fémur gauche point psa à 35 point à la ligne
traitement deux points décapeptyl virgule doliprane 1 g trois fois par jour point il prendrait du préviscan d'après sa femme virgule à vérifier point pas de traitement pour les os point à la ligne
il vit seul virgule marche avec une canne virgule oms 2 point
merci de me dire si une radiothérapie est possible point
""", gold=G("M", 87,
            ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
            ("present", ["pain"], True),
            ("present", ["mechanical"], 4),
            ("present", ["L02AE04", "N02BE01"]),
            ("unknown", []),
            ("absent", []),
            ("uncertain", ["B01AA12"]), ("unknown", []),
            {"status": "present", "ecog": 2},
            ("present", None)),
    evidence={"L02AE04": "décapeptyl", "N02BE01": "doliprane", "B01AA12": "préviscan"},
    birth=date(1938, 5, 14), letter_date=date(2026, 4, 2),
    tricky="age from birth date (birthday after letter: 87); 'ex tandis' = Xtandi, stopped; 'il prendrait du préviscan… à vérifier' (uncertain with agent, not in current meds); nocturnal pain denied; 'depuis l'été dernier' dates the bone disease"))

# ---------------------------------------------------------------- zzo11 TXT (HAD nurse e-mail)
LETTERS.append(dict(id="zzo11", fmt="txt", author="HAD nurse coordinator, e-mail", text="""\
Objet : RCP os - Mme FAUGERE Corinne 52 ans
De : idec.had-livradois@fictif-sante.fr
Date : 15/01/2026 14:07

Bonjour,

Suite à l'appel du Dr Roche (oncologue, Clermont), voici les éléments pour la RCP de jeudi.

- Cancer du sein D triple négatif (RE-, RP-, HER2 0), carcinome canalaire infiltrant, dg septembre 2025. Métastases osseuses découvertes sur le bilan d'extension initial (sacrum, L5, iliaque G).
- Chimio palliative par Xeloda (J1-J14 / 21 j), C4 en cours.
- RT sacrum 20 Gy/5 fr terminée le 12/01.
- Douleurs sacrées avec décharges dans la jambe G, EVA à 5 aujourd'hui.
- Traitements : Oxycontin 20 mg x2, Oxynorm 5 mg si besoin, Laroxyl 10 gouttes le soir, Fragmine 5000 UI/j (thrombose sur PICC en décembre), Forlax 2 sachets, Zyma D 1 amp/mois.
- Xgeva prévu mais pas commencé (attente soins dentaires).
- OMS 3, lit médicalisé à domicile.

Merci,
Élodie Marcheix, IDEC - HAD Livradois-Forez (fictif) - 04 73 00 95 14
""", gold=G("F", 52,
            ("present", "breast", "invasive_ductal_carcinoma", {"ER": "negative", "PR": "negative", "HER2": "negative"}),
            ("present", ["staging_imaging"], True),
            ("present", ["neuropathic"], 5),
            ("present", ["L01BC06", "N02AA05", "N06AA09", "B01AB04", "A06AD15", "A11CC05"]),
            ("present", ["radiotherapy"]),
            ("unknown", []),
            ("present", ["B01AB04"]), ("unknown", []),
            {"status": "present", "ecog": 3},
            ("present", "palliative")),
    evidence={"L01BC06": "Xeloda", "N02AA05": "Oxycontin", "N06AA09": "Laroxyl",
              "B01AB04": "Fragmine", "A06AD15": "Forlax", "A11CC05": "Zyma D"},
    tricky="triple negative receptors (three negatives); Xgeva planned, not started (bone therapy unknown, not in meds); Fragmine as anticoagulant; RT just finished counts"))

# ---------------------------------------------------------------- zzo12 DOCX (GP, contradiction)
LETTERS.append(dict(id="zzo12", fmt="docx", author="GP, short note with prescription copied", paragraphs=[
    ("", "Dr Yves Cournil – Médecin généraliste – La Souterraine – 05 55 00 63 47"),
    ("", "Le 11/06/2026"),
    ("", "Cher confrère,"),
    ("", "Merci de discuter en RCP le dossier de M. PRADEAU Alain, 67 ans, opéré en 2019 d'un cancer vésiculaire de la thyroïde (thyroïdectomie totale + iode)."),
    ("", "Fracture du col du fémur G le 3 mars 2026 en descendant du tracteur : métastase sur l'anapath, prothèse de hanche à Limoges. Plus de douleur depuis l'intervention, il remarche."),
    ("", "ATCD : HTA, pas de traitement anticoagulant, ulcère gastrique 2010."),
    ("", "Il n'a pas encore revu l'oncologue, on attend son avis."),
    ("b", "Ordonnance en cours (recopiée) :"),
    ("", "- Levothyrox 150 µg 1/j"),
    ("", "- Eliquis 2,5 mg 1 matin 1 soir"),
    ("", "- Doliprane 1 g si douleur"),
    ("", "Bien à vous,"),
    ("", "Dr Cournil"),
], gold=G("M", 67,
          ("present", "thyroid", "other", {}),
          ("present", ["pathological_fracture"], True),
          ("absent", [], None),
          ("present", ["H03AA01", "B01AF02", "N02BE01"]),
          ("present", ["surgery"]),
          ("unknown", []),
          ("conflicting", ["B01AF02"]), ("unknown", []),
          {"status": "unknown", "ecog": None},
          ("unknown", None)),
    evidence={"H03AA01": "Levothyrox", "B01AF02": "Eliquis", "N02BE01": "Doliprane"},
    tricky="'pas de traitement anticoagulant' in the history vs Eliquis in the copied prescription (conflicting, Eliquis kept); follicular thyroid = histology other; hip prosthesis on metastasis counts as surgery; pain gone since surgery (absent)"))


# --------------------------------------------------------------------------
# Contract check
# --------------------------------------------------------------------------
def letter_text(L) -> str:
    if "text" in L:
        return L["text"]
    out = []
    for kind, val in L["paragraphs"]:
        if kind == "table":
            out.extend(" ".join(row) for row in val)
        else:
            out.append(val)
    return "\n".join(out)


def check(L, atc_ref: set[str]) -> None:
    lid = L["id"]
    g = L["gold"]

    def err(msg):
        fail(f"{lid}: {msg}")

    if set(g) != {"patient", *ALL_ITEMS}:
        err(f"keys {sorted(g)}")
    text = letter_text(L).lower()
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        err("sex")
    if not isinstance(p["age"], int) or not 18 <= p["age"] <= 110:
        err("age")
    if "birth" in L:
        if age_at(L["birth"], L["letter_date"]) != p["age"]:
            err(f"age {p['age']} != computed {age_at(L['birth'], L['letter_date'])}")
        if L["birth"].strftime("%d/%m/%Y") not in letter_text(L):
            err("birth date not in letter")
    elif f"{p['age']} ans" not in text:
        err("age neither written nor derivable")
    for item in ALL_ITEMS:
        st = g[item]["status"]
        if st not in ALLOWED_STATUS[item]:
            err(f"{item} status {st} not allowed")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        err("primaryTumor unknown with values")
    if pt["site"] is not None and pt["site"] not in SITES:
        err("site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        err("histology code")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            err(f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCUMSTANCES or len(set(bd["circumstances"])) != len(bd["circumstances"]):
        err("circumstances")
    if bd["status"] == "present" and not bd["circumstances"]:
        err("boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        err("boneDiagnosis unknown with values")
    if not isinstance(bd["dated"], bool):
        err("dated must be bool")
    pn = g["pain"]
    if not set(pn["types"]) <= PAIN_TYPES:
        err("pain types")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        err("pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or (pn["intensity"] not in (None, 0))):
        err("pain absent/unknown with types or intensity")
    cm = g["currentMedications"]
    for c in cm["atc"]:
        if c not in atc_ref:
            err(f"ATC {c} not in atc-reference.tsv")
    if len(set(cm["atc"])) != len(cm["atc"]):
        err("duplicate ATC")
    if cm["status"] == "present" and not cm["atc"]:
        err("currentMedications present but empty")
    if cm["status"] != "present" and cm["atc"]:
        err("currentMedications not present but codes listed")
    lt = g["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCAL_TYPES:
        err("local treatment types")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        err("priorLocalTreatments absent/unknown with types")
    if lt["status"] == "present" and not lt["types"]:
        err("priorLocalTreatments present without type")
    for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        s = g[sec]
        for c in s["atc"]:
            if c not in atc_ref:
                err(f"{sec} ATC {c} not in reference")
            if not agent_group_ok(sec, c):
                err(f"{sec} agent {c} not of that group")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            err(f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(cm["atc"])
            if missing:
                err(f"{sec} agents {missing} not in currentMedications")
        if s["status"] == "uncertain":
            doubtful = set(s["atc"]) & set(cm["atc"])
            if doubtful:
                err(f"{sec} doubtful agents {doubtful} listed as current")
    # every current drug of an agent group must appear in its section
    for c in cm["atc"]:
        for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            if agent_group_ok(sec, c) and c not in g[sec]["atc"]:
                err(f"current {c} missing from {sec}")
    pr = g["prognosis"]
    if set(pr) - {"status", "ecog", "kps"}:
        err("prognosis keys")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 6):
        err("ecog")
    if pr.get("kps") is not None and (pr["kps"] not in range(0, 101, 10)):
        err("kps")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        err("prognosis unknown with PS")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        err("intent")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        err("project unknown with intent")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support exclusifs"}
    if tp["intent"] and intent_words[tp["intent"]] not in text:
        err("intent not worded in the letter")
    # evidence: every code used appears in the letter as written
    used = set(cm["atc"]) | {c for s in ("boneTargetedTherapy", "anticoagulation", "antiplatelets") for c in g[s]["atc"]}
    ev = L["evidence"]
    if set(ev) != used:
        err(f"evidence keys {sorted(set(ev) ^ used)}")
    for c, words in ev.items():
        if words.lower() not in text:
            err(f"evidence '{words}' for {c} not in letter")
    if not L.get("tricky"):
        err("no description")


# --------------------------------------------------------------------------
# Writers (deterministic)
# --------------------------------------------------------------------------
ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def docx_bytes(paragraphs, title: str) -> bytes:
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def run(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'

    body = []
    for kind, val in paragraphs:
        if kind == "table":
            rows = []
            for i, row in enumerate(val):
                cells = "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p>{run(c, i == 0)}</w:p></w:tc>'
                    for c in row)
                rows.append(f"<w:tr>{cells}</w:tr>")
            borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                              for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>'
                        f'<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
                        f'{"".join(rows)}</w:tbl>')
        else:
            body.append(f"<w:p>{run(val, kind == 'b')}</w:p>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
                + "".join(body)
                + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
                  '</w:body></w:document>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(title)}</dc:title><dc:creator>secretariat</dc:creator>'
            '<cp:lastModifiedBy>secretariat</cp:lastModifiedBy><cp:revision>1</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>corpus67</Application></Properties>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                           ("word/document.xml", document), ("docProps/core.xml", core),
                           ("docProps/app.xml", app)):
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def fax_pdf_bytes(text: str, seed: int) -> bytes:
    from PIL import Image, ImageDraw, ImageFont
    rng = random.Random(seed)
    W, H = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), 24)
    small = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), 18)
    y = 40
    for i, line in enumerate(text.splitlines()):
        d.text((70, y), line, fill=20, font=small if i == 0 else font)
        y += 26 if i == 0 else 36
    img = img.rotate(0.45, resample=Image.BICUBIC, fillcolor=255)
    px = img.load()
    for _ in range(2500):  # fax speckle
        x, yy = rng.randrange(W), rng.randrange(H)
        px[x, yy] = rng.choice((0, 60, 120))
    for _ in range(3):  # faint horizontal streaks
        yy = rng.randrange(200, H - 50)
        for x in range(W):
            if rng.random() < 0.3:
                px[x, yy] = min(px[x, yy], 170)
    img = img.point(lambda v: 0 if v < 150 else 255).convert("1").convert("L")
    buf = io.BytesIO()
    fixed = datetime(2026, 3, 3, 10, 42, 0, tzinfo=timezone.utc).timetuple()
    img.save(buf, "PDF", resolution=150.0, title="fax", author="fax",
             creationDate=fixed, modDate=fixed, producer="Scan-to-PDF")
    return buf.getvalue()


def main() -> int:
    atc_ref = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids) or len(ids) != 12:
        fail("letter ids")
    for L in LETTERS:
        check(L, atc_ref)
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for L in LETTERS:
        lid = L["id"]
        if L["fmt"] == "txt":
            (letters_dir / f"{lid}.txt").write_bytes(L["text"].encode("utf-8"))
        elif L["fmt"] == "docx":
            (letters_dir / f"{lid}.docx").write_bytes(docx_bytes(L["paragraphs"], f"Courrier {lid}"))
        elif L["fmt"] == "fax":
            (letters_dir / f"{lid}.pdf").write_bytes(fax_pdf_bytes(L["text"], seed=67))
        else:
            fail(f"{lid}: format {L['fmt']}")
        gold = {"id": lid, **L["gold"], "gaps": derive_gaps(L["gold"])}
        for sec in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            gold[sec]["atc"] = sorted(gold[sec]["atc"])
        (gold_dir / f"{lid}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
