#!/usr/bin/env python3
"""Blind evaluation corpus 60: a month of lung-cancer referrals to the RCP
« métastases osseuses » (pneumologists, thoracic oncologists).

Every letter's text and its gold record live below as Python data. The gold
gaps are derived by one function (``derive_gaps``) implementing the spec's Gaps
rule; ``check_contract`` verifies each gold against the contract and exits with
"CONTRACT VIOLATION: ..." on any failure. Output (letters/, gold/) is
byte-identical on every run.

Run from /work/main:  .venv/bin/python tests/corpus60/make_letters.py
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# ---------------------------------------------------------------------------
# contract constants (from /work/shared/spec/rcp-request.md)
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
KEY_ORDER = ["id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation", "antiplatelets",
             "prognosis", "therapeuticProject", "gaps"]

FIXED_DATE = dt.datetime(2025, 3, 31, 9, 0, 0)


def load_atc():
    table = {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        names = [cols[1], cols[2]] + [b for b in (cols[4].split(",") if len(cols) > 4 else []) if b]
        table[cols[0]] = [n.strip() for n in names if n.strip()]
    return table


ATC = load_atc()

# ---------------------------------------------------------------------------
# letters
# ---------------------------------------------------------------------------
# Each letter: id, fmt (pdf/docx/txt), author, tricky, text, optional
# birth/letter dates (age recomputed), evidence (strings that must be in the
# text), and gold (without id and gaps, which are derived).
# DOCX mini-markup: "## " heading line, lines starting with "|" are table rows.

LETTERS = []


def letter(**kw):
    LETTERS.append(kw)


def A(status="unknown", atc=()):
    return {"status": status, "atc": sorted(atc)}


letter(
    id="zzh01", fmt="pdf", author="Thoracic oncologist (hospital)",
    tricky="Age only as birth date; EGFR del19 with ALK IHC / ROS1 FISH negative and PD-L1 TPS 5 %; "
           "brain stereotactic RT is not a bone treatment ('aucune radiothérapie ni geste sur le squelette'); "
           "bone lesion found on follow-up PET (oligoprogression); 'pas de réveil nocturne' denies nocturnal; "
           "Xgeva only 'pourrait se discuter'; amlodipine not in the table",
    birth=(1958, 9, 14), date=(2025, 3, 4),
    evidence=["14/09/1958", "4 mars 2025", "exon 19", "D5F3", "TPS 5 %", "Pas de traitement anticoagulant",
              "Aucune radiothérapie ni geste sur le squelette", "OMS 1", "pourrait se discuter"],
    text="""Hôpital Saint-Aubert — Service d'Oncologie Thoracique
12 rue des Tilleuls, 41230 Vernay-sur-Cher
Dr Hélène Marquaire — Secrétariat : 02 54 71 38 90

Vernay-sur-Cher, le 4 mars 2025

À l'attention du Pr Delacour
RCP Métastases osseuses

Objet : M. FOUCHARD Gérard, né le 14/09/1958

Cher confrère,

Je vous remercie de bien vouloir discuter en RCP le dossier de M. Gérard Fouchard, que je suis pour un adénocarcinome pulmonaire du lobe inférieur gauche, stade IV d'emblée (diagnostic en mars 2023), porteur d'une mutation activatrice de l'EGFR (délétion de l'exon 19). Pas de réarrangement ALK (IHC D5F3 négative) ni de ROS1 (FISH négative). PD-L1 : TPS 5 %.

Antécédents : tabagisme sevré en 2010 (20 PA), HTA, reflux gastro-oesophagien. Pas d'antécédent thrombo-embolique. Son frère aîné a été opéré d'un cancer du côlon.

Histoire oncologique : au diagnostic, trois métastases cérébrales asymptomatiques ont été traitées par radiothérapie stéréotaxique (avril 2023, 3 x 9 Gy), en réponse complète sur l'IRM cérébrale de janvier 2025. Traitement de première ligne par osimertinib (Tagrisso) 80 mg/j depuis le 12/04/2023, très bien toléré (quelques paronychies).

Le TEP-TDM de réévaluation du 21/01/2025 montre une réponse maintenue sur le plan thoracique, mais une lésion hypermétabolique isolée du corps vertébral de L3 (SUVmax 7,2), ostéolytique au scanner, sans recul du mur postérieur ni épidurite. Pas d'autre lésion osseuse.

Sur le plan clinique, M. Fouchard décrit depuis février des lombalgies d'horaire mécanique, majorées à la marche et en fin de journée, EVA 3/10, sans irradiation radiculaire et sans trouble sensitivo-moteur. Pas de réveil nocturne.
Aucune radiothérapie ni geste sur le squelette à ce jour.

Traitement actuel :
- Tagrisso 80 mg : 1 cp le matin
- Doliprane 1 g : jusqu'à 3 fois par jour si douleurs
- Inexium 20 mg le soir
- Amlodipine 5 mg le matin
Pas de traitement anticoagulant.

Un traitement par dénosumab (Xgeva) pourrait se discuter ; un bilan dentaire est prévu le 20/03.

État général : OMS 1, poids stable à 78 kg.

Je souhaiterais l'avis de la RCP sur l'indication d'une radiothérapie stéréotaxique de L3 dans ce contexte d'oligoprogression, en poursuivant l'osimertinib.

Bien confraternellement,

Dr H. Marquaire
Oncologie thoracique""",
    gold=dict(
        patient={"sex": "M", "age": 66},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["L01EB04", "N02BE01", "A02BC05"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy=A("unknown"),
        anticoagulation=A("absent"),
        antiplatelets=A("unknown"),
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
)

letter(
    id="zzh02", fmt="docx", author="Pneumologist (private clinic)",
    tricky="KRAS G12C with EGFR/ALK/ROS1/BRAF negative, PD-L1 60 %; pemetrexed-pembrolizumab stopped, "
           "sotorasib current; bone disease revealed by a pathological femoral-neck fracture (hip prosthesis + "
           "post-operative RT); Kardégic for arterial disease (antiplatelet) with 'Anticoagulant : non'; "
           "Xgeva in a medication table; Oxynorm as needed; Spiriva not in the table",
    evidence=["71 ans", "KRAS G12C", "TPS 60 %", "fracture pathologique", "Anticoagulant : non", "PS 1",
              "visée palliative", "Xgeva 120 mg"],
    text="""## Clinique du Ponant — Pneumologie
Dr Yann Kerlévéo — 3 quai des Thoniers, 29390 Kerlouan-Plage — Tél. 02 98 44 17 60
Le 06/03/2025
Chère Consœur, Cher Confrère,
## Demande d'avis RCP Métastases osseuses
Patiente : Mme LE BIHAN Josiane, 71 ans
Antécédents : AOMI avec stent iliaque gauche en 2021, hypothyroïdie, BPCO stade 2. Tabagisme sevré (45 PA). Père décédé d'un cancer bronchique à 60 ans.
## Histoire oncologique
06/2023 : adénocarcinome bronchique du lobe supérieur droit, cT3N2M1c (os). Biologie moléculaire (NGS) : mutation KRAS G12C ; EGFR sauvage, pas de réarrangement ALK ni ROS1, BRAF non muté. PD-L1 TPS 60 %.
07/2023 → 11/2024 : carboplatine-pémétrexed-pembrolizumab x 4 puis maintenance pémétrexed-pembrolizumab, arrêtée pour progression osseuse et surrénalienne.
Depuis le 02/12/2024 : sotorasib (Lumykras) 960 mg/j en 2e ligne, bien toléré (diarrhée grade 1).
## Sur le plan osseux
La maladie osseuse a été révélée en juin 2023 par une fracture pathologique du col fémoral gauche lors d'une chute de sa hauteur, traitée par prothèse intermédiaire de hanche (Dr Quéré, 14/06/2023), suivie d'une radiothérapie post-opératoire (20 Gy en 5 fractions).
Elle reçoit du dénosumab (Xgeva 120 mg sc toutes les 4 semaines) depuis août 2023, dernière injection le 21/02/2025, supplémentation calcique arrêtée car calcémie limite haute.
Le TEP de novembre 2024 a montré de nouvelles lésions du cotyle droit et du sacrum.
Douleurs : douleur de la fesse droite à la marche et à l'appui prolongé, EN 4/10, calmée par le repos. Pas de douleur la nuit. Pas de signe neurologique.
## Traitement en cours
| Médicament | Posologie | Indication
| Lumykras 120 mg | 8 cp/j en une prise | Adénocarcinome KRAS G12C
| Kardégic 75 mg | 1 sachet/j | AOMI
| Levothyrox 75 µg | 1 cp/j | Hypothyroïdie
| Xgeva 120 mg | 1 inj sc / 4 semaines | Métastases osseuses
| Oxynorm 5 mg | si besoin, max 4/j | Douleurs
| Paracétamol 1 g | 3 fois/j | Douleurs
| Spiriva Respimat | 2 bouffées/j | BPCO
Anticoagulant : non.
État général : PS 1, autonome, vit avec son mari.
Projet : poursuite du sotorasib, traitement à visée palliative.
Questions posées : radiothérapie antalgique du cotyle droit ? Risque fracturaire ? Intérêt d'un avis chirurgical ?
Je reste à votre disposition.
Dr Y. Kerlévéo""",
    gold=dict(
        patient={"sex": "F", "age": 71},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"KRAS": "positive", "EGFR": "negative", "ALK": "negative",
                                     "ROS1": "negative", "BRAF": "negative", "PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 4},
        currentMedications={"status": "present",
                            "atc": ["L01XX73", "B01AC06", "H03AA01", "M05BX04", "N02AA05", "N02BE01"]},
        priorLocalTreatments={"status": "present", "types": ["surgery", "radiotherapy"]},
        boneTargetedTherapy=A("present", ["M05BX04"]),
        anticoagulation=A("absent"),
        antiplatelets=A("present", ["B01AC06"]),
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
)

letter(
    id="zzh03", fmt="txt", author="Thoracic oncology resident",
    tricky="Telegraphic note; age only as birth date (birthday a few weeks after the letter); ALK by IHC and FISH; "
           "alectinib stopped, lorlatinib current; brain SRS is not bone RT but the 8 Gy iliac RT is; "
           "neuropathic 'décharges électriques' + 'réveils nocturnes'; Dectancyl stopped; "
           "'Pas de Xgeva pour l'instant' (absent); Eliquis for a 2023 PE",
    birth=(1962, 4, 3), date=(2025, 3, 10),
    intent_word_elsewhere="'RT palliative 8 Gy' qualifies a past radiotherapy, not the project",
    evidence=["03/04/1962", "10/03/25", "FISH ALK positive", "décharges électriques", "réveils nocturnes",
              "EN 5/10", "Pas de Xgeva pour l'instant", "stoppé fin décembre", "PS 1", "8 Gy"],
    text="""RCP MTS OSSEUSES - DEMANDE D'AVIS
De : Dr L. Vasseur, interne onco thoracique (service du Pr Morand), CH de Brévilly - poste 4412
Date : 10/03/25

Pt : BENSALEM Karim, né le 03/04/1962
Dg : ADK pulm LIG stade IV (06/2021), réarrangement ALK (IHC D5F3 positive, FISH ALK positive 68 % des cellules). EGFR non muté.

Lignes :
 L1 alectinib (Alecensa) 06/2021 -> 10/2024, stoppé pour progression cérébrale + osseuse
 L2 lorlatinib (Lorviqua) 100 mg/j depuis 11/2024

Cérébral : 3 MTS cérébrales -> RTS (radiothérapie stéréotaxique) 11/2024, bonne réponse sur IRM 02/2025.

Os : lésions osseuses découvertes sur le TEP de réévaluation 10/2024 (T10, aile iliaque G, arcs costaux). RT palliative 8 Gy en 1 fraction sur l'aile iliaque G le 16/12/2024, efficace.

Actuellement : douleur dorsale en ceinture, type décharges électriques, réveils nocturnes, EN 5/10. Paresthésies des 2 MI depuis 10j, pas de déficit moteur, pas de trouble sphinctérien.
IRM du 06/03 : lyse de T10 avec épidurite antérieure, pas de compression médullaire franche (Bilsky 1c). SINS 9.

ttt actuel :
 - Lorviqa 100 mg x1/j
 - Tahor 20 mg (hypercholestérolémie sous lorlatinib)
 - Lyrica 75 mg x2
 - Skenan LP 30 mg x2 + Actiskenan 10 mg si besoin
 - Eliquis 5 mg x2 (EP en 2023)
 - Dectancyl 8 mg -> stoppé fin décembre
Pas de Xgeva pour l'instant (soins dentaires en cours).

PS 1, vit en couple, 2 enfants.

Question : RT stéréotaxique de T10 vs chirurgie de décompression/stabilisation ? Poursuite du lorlatinib.
Merci d'avance
L. Vasseur
""",
    gold=dict(
        patient={"sex": "M", "age": 62},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"ALK": "positive", "EGFR": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["neuropathic", "nocturnal"], "intensity": 5},
        currentMedications={"status": "present",
                            "atc": ["L01ED05", "C10AA05", "N03AX16", "N02AA01", "B01AF02"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy=A("absent"),
        anticoagulation=A("present", ["B01AF02"]),
        antiplatelets=A("unknown"),
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
)

letter(
    id="zzh04", fmt="pdf", author="Thoracic oncologist (general hospital)",
    tricky="Squamous cell carcinoma, PD-L1 < 1 % (negative), no molecular testing; bone disease revealed by "
           "hypercalcaemia; one Zometa infusion at the ER (one-off) then Xgeva monthly (current); current "
           "carboplatin-paclitaxel-pembrolizumab cycles; Kardégic for a coronary stent; 'pas de douleur nocturne'",
    evidence=["74 ans", "PD-L1 < 1 %", "hypercalcémie", "Une perfusion de Zometa", "Pas de traitement anticoagulant",
              "Aucune radiothérapie osseuse", "PS 2", "palliatif", "pas de douleur nocturne"],
    text="""Centre Hospitalier de Montgaillard-les-Bois
Unité d'Oncologie Thoracique — Dr Pierre-Yves Aumont
Tél. 05 62 18 40 77 — Fax 05 62 18 40 78

Montgaillard, le 12/03/2025

Dossier pour la RCP Métastases osseuses

M. TESSIER Roland, 74 ans, ancien maçon, marié.

Diagnostic : carcinome épidermoïde bronchique du lobe supérieur gauche, cT4N2M1c, diagnostiqué en janvier 2025. PD-L1 < 1 % (TPS 0 %). Pas de biologie moléculaire demandée (histologie épidermoïde chez un gros fumeur, 60 PA).

Circonstances de découverte : hospitalisation le 13/01/2025 pour confusion et déshydratation sur hypercalcémie (calcémie corrigée 3,24 mmol/L). Le scanner TAP réalisé dans ce contexte a mis en évidence la masse pulmonaire et des lésions ostéolytiques costales (5e et 7e arcs droits), de l'aile iliaque droite et de T8. Une perfusion de Zometa 4 mg a été faite aux urgences le 13/01, puis relais par dénosumab (Xgeva 120 mg) mensuel débuté le 10/02/2025.

Traitement oncologique : carboplatine AUC 5 - paclitaxel - pembrolizumab, C1 le 30/01/2025, C2 le 20/02/2025, C3 prévue le 13/03/2025. Tolérance correcte (neuropathie grade 1).

Douleurs : douleurs costales droites à la mobilisation et à l'inspiration profonde, EN 4/10 ; pas de douleur nocturne, pas de composante neuropathique. Pas de déficit neurologique.

Antécédents : cardiopathie ischémique stentée en 2019, diabète de type 2, HTA, AOMI.

Traitement habituel :
Kardégic 75 mg 1/j — Cardensiel 2,5 mg 1/j — Triatec 5 mg 1/j — Glucophage 850 mg 2/j — Inipomp 40 mg 1/j — Topalgic 50 mg 3/j — Cacit D3 1/j — Xgeva 120 mg/mois.
Pas de traitement anticoagulant.
Aucune radiothérapie osseuse antérieure.

État général : PS 2 (alité moins de 50 % de la journée), perte de 6 kg en 3 mois.

Projet : poursuite de la chimio-immunothérapie (4 cycles puis maintenance par pembrolizumab), traitement palliatif.

Questions : indication d'une radiothérapie antalgique costale ? La lésion de T8 (lyse du corps vertébral à 40 %) est-elle à risque ?

Dr P.-Y. Aumont""",
    gold=dict(
        patient={"sex": "M", "age": 74},
        primaryTumor={"status": "present", "site": "lung", "histology": "squamous_cell_carcinoma",
                      "biomarkers": {"PD-L1": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["hypercalcemia"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 4},
        currentMedications={"status": "present",
                            "atc": ["L01XA02", "L01CD01", "L01FF02", "B01AC06", "C07AB07", "C09AA05",
                                    "A10BA02", "A02BC02", "N02AX02", "A12AX", "M05BX04"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy=A("present", ["M05BX04"]),
        anticoagulation=A("absent"),
        antiplatelets=A("present", ["B01AC06"]),
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
)

letter(
    id="zzh05", fmt="docx", author="Pneumologist (private practice)",
    tricky="Age only as birth date (birthday in November); EGFR L858R, T790M acquired then lost, MET "
           "amplification (FISH), PD-L1 20 %; erlotinib and osimertinib stopped, carboplatin-pemetrexed current; "
           "brain SRS only; Préviscan in history and drug list but 'Anticoagulants : non' in the summary "
           "(conflicting); Prolia for osteoporosis is a current bone agent; sister's breast cancer",
    birth=(1955, 11, 22), date=(2025, 3, 18),
    evidence=["22/11/1955", "18 mars 2025", "L858R", "amplification de MET", "Préviscan 20 mg",
              "Anticoagulants : non", "Antiagrégants : non", "Prolia 60 mg", "jamais été irradiée sur le squelette",
              "OMS 1", "pas de douleur osseuse"],
    text="""## Dr Anne-Claire Vautrin — Pneumologie
8 place du Marché, 86410 Saint-Lormel — Tél. 05 49 12 87 03
Saint-Lormel, le 18 mars 2025
Chers confrères,
Je vous présente Mme PERRIGAUD Odile, née le 22/11/1955, que je suis pour un adénocarcinome pulmonaire métastatique muté EGFR (exon 21, L858R).
## Antécédents
FA paroxystique sous Préviscan depuis 2017 (suivi Dr Bonnafoux, cardiologue). Ostéoporose fracturaire (tassement de L1 en 2016) traitée par Prolia 60 mg tous les 6 mois par son rhumatologue, dernière injection en janvier 2025. Hypothyroïdie. Sa sœur a été traitée pour un cancer du sein.
## Histoire de la maladie
Mai 2019 : diagnostic ; métastases osseuses multiples (rachis, bassin) découvertes sur le TEP-scanner du bilan initial, asymptomatiques. EGFR L858R. PD-L1 20 %.
2019-2021 : erlotinib (Tarceva), progression en 07/2021. Rebiopsie : mutation T790M détectée.
08/2021 - 01/2025 : osimertinib (Tagrisso). Deux métastases cérébrales traitées par radiothérapie stéréotaxique en mars 2022.
Progression en janvier 2025 (foie, os iliaque). Biopsie hépatique : T790M non retrouvée, amplification de MET (FISH, ratio MET/CEP7 = 4).
Tagrisso arrêté le 30/01/2025. Carboplatine + pémétrexed (Alimta) depuis le 13/02/2025, C2 le 06/03, bien tolérés.
## Sur le plan osseux
Actuellement pas de douleur osseuse, pas de signe neurologique. Elle n'a jamais été irradiée sur le squelette.
## Traitements en cours
Carboplatine-pémétrexed (J1 = J21), Spéciafoldine 0,4 mg/j, Levothyrox 100 µg, Prolia 60 mg/6 mois, Xanax 0,25 mg le soir si besoin, Préviscan 20 mg (dose adaptée à l'INR).
État général : OMS 1, autonome.
## Question posée à la RCP
Nouvelles lésions iliaques : faut-il passer du Prolia (dose ostéoporotique) au Xgeva ? Place d'une radiothérapie ?
## Résumé
| Anticoagulants : non | Antiagrégants : non
| Douleur : non | Traitement anti-résorptif : Prolia
Bien confraternellement,
Dr A.-C. Vautrin""",
    gold=dict(
        patient={"sex": "F", "age": 69},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"EGFR": "positive", "MET": "positive", "PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present",
                            "atc": ["L01XA02", "L01BA04", "H03AA01", "M05BX04", "N05BA12", "B01AA12"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy=A("present", ["M05BX04"]),
        anticoagulation=A("conflicting", ["B01AA12"]),
        antiplatelets=A("absent"),
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
)

letter(
    id="zzh06", fmt="txt", author="Pneumologist (private practice), informal letter to a colleague",
    tricky="ROS1 rearrangement (FISH + NGS) with EGFR/ALK/KRAS/BRAF negative and PD-L1 exactly 1 % (positive); "
           "incidental discovery on a CT for renal colic; 'Pas d'autre traitement au long cours en dehors du "
           "Xalkori' (current meds present, anticoagulant/antiplatelet/bone agent absent); a single past Aclasta "
           "infusion; nothing on prior local treatment; SBRT only asked",
    evidence=["58 ans", "FISH positive", "PD-L1 à 1 %", "fortuite", "Pas d'autre traitement au long cours",
              "perfusion unique d'Aclasta", "PS 0", "aucune douleur"],
    text="""Dr Benoît Chaptal
Pneumologue
14 avenue Jean-Jaurès, 38290 Villard-Haut
Tél : 04 76 55 20 41

Villard-Haut, le 20/03/2025

Cher ami,

Je te remercie de présenter en RCP os le dossier de Mme Sandrine OLLIVIER, 58 ans, non fumeuse, professeure des écoles.

Elle est suivie depuis juin 2024 pour un adénocarcinome pulmonaire du lobe inférieur droit, stade IV (métastase osseuse unique), avec réarrangement de ROS1 (FISH positive, fusion CD74-ROS1 confirmée en NGS). EGFR, ALK, KRAS et BRAF négatifs. PD-L1 à 1 %.

La métastase osseuse (aile iliaque droite, 25 mm, lytique) a été découverte de façon fortuite en mai 2024 sur un scanner abdominal fait aux urgences pour une colique néphrétique ; c'est ce même scanner qui a montré le nodule du lobe inférieur droit (coupes thoraciques basses).

Elle est sous crizotinib (Xalkori) 250 mg x 2/j depuis le 01/07/2024 avec une excellente réponse pulmonaire ; la lésion iliaque est stable et se densifie.
Pas d'autre traitement au long cours en dehors du Xalkori. Elle avait eu une perfusion unique d'Aclasta en 2020 pour une ostéopénie.

Cliniquement elle va très bien, PS 0, aucune douleur, elle a repris le travail à mi-temps. Sa mère a été traitée pour un cancer du sein il y a 10 ans.

Ma question : dans ce contexte oligométastatique, y a-t-il une indication à un traitement local de la lésion iliaque (SBRT ?) et faut-il introduire un traitement anti-résorptif ?

Amitiés,
Benoît
""",
    gold=dict(
        patient={"sex": "F", "age": 58},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"ROS1": "positive", "EGFR": "negative", "ALK": "negative",
                                     "KRAS": "negative", "BRAF": "negative", "PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["incidental_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["L01ED01"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy=A("absent"),
        anticoagulation=A("absent"),
        antiplatelets=A("absent"),
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
    ),
)

letter(
    id="zzh07", fmt="pdf", author="Thoracic oncologist (university hospital)",
    tricky="Extensive small-cell lung cancer, no biomarker; carboplatin-etoposide stopped, atezolizumab "
           "maintenance current; cerebellar SRS (not bone); cord compression as first bone event "
           "(neurological deficit), laminectomy + fixation + 20 Gy RT; burning radicular pain, EVA 8 then 3; "
           "preventive Lovenox; denosumab 'n'a pas été débuté'; Karnofsky only",
    evidence=["67 ans", "compression médullaire", "arthrodèse", "20 Gy", "brûlures", "EVA 3/10", "Karnofsky 60 %",
              "n'a pas été débuté", "Lovenox 4000", "visée palliative"],
    text="""CHU de Sainte-Mélaine — Département d'Oncologie Médicale, Unité Thorax
Dr Claire Nguyen-Lefort — Secrétariat : 03 87 22 64 15

Sainte-Mélaine, le 14 mars 2025

Objet : M. ROUSSEL-MARTY Daniel, 67 ans — CBPC stade étendu

Mon cher collègue,

Je vous adresse M. Roussel-Marty pour discussion en RCP métastases osseuses.

Il s'agit d'un carcinome bronchique à petites cellules diagnostiqué en septembre 2024 (biopsie bronchique : carcinome à petites cellules, Ki67 90 %), stade étendu (foie, surrénale gauche).
Il a reçu 4 cures de carboplatine-étoposide-atézolizumab d'octobre à décembre 2024, avec réponse partielle, puis un entretien par atézolizumab (Tecentriq) 1200 mg toutes les 3 semaines depuis le 02/01/2025. Une métastase cérébelleuse unique a été traitée par radiothérapie stéréotaxique le 20/01/2025.

Le 08/02/2025, il a présenté une paraparésie d'installation rapide avec niveau sensitif T6 : l'IRM retrouvait une compression médullaire sur métastase de T6, première localisation osseuse connue. Il a bénéficié d'une laminectomie décompressive avec arthrodèse postérieure T4-T8 le 09/02/2025 (Dr Fabre, neurochirurgie), suivie d'une radiothérapie de 20 Gy en 5 fractions terminée le 24/02/2025.

Actuellement : récupération partielle, marche avec déambulateur. Persistance d'une radiculalgie en ceinture T6 à type de brûlures, EVA 3/10 (8/10 en février). DN4 à 5/10.

Traitement actuel :
Tecentriq 1200 mg toutes les 3 semaines
Lovenox 4000 UI/j (prévention, mobilité réduite)
Dectancyl 4 mg/j en décroissance
Lyrica 75 mg matin et soir
Doliprane 1 g x 3/j
Inexium 40 mg/j
Forlax 2 sachets/j

Le dénosumab n'a pas été débuté (bilan dentaire en attente).
Pas d'antécédent cardio-vasculaire notable.

Karnofsky 60 %.

Projet : poursuite de l'entretien par atézolizumab à visée palliative, rééducation en SSR.

Questions : faut-il irradier les autres lésions osseuses vues au TEP du 03/03 (L2, bassin), non symptomatiques ? Indication d'un traitement anti-résorptif ?

Bien amicalement,
Dr C. Nguyen-Lefort""",
    gold=dict(
        patient={"sex": "M", "age": 67},
        primaryTumor={"status": "present", "site": "lung", "histology": "small_cell_carcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["neurological_deficit"], "dated": True},
        pain={"status": "present", "types": ["neuropathic"], "intensity": 3},
        currentMedications={"status": "present",
                            "atc": ["L01FF05", "B01AB05", "H02AB02", "N03AX16", "N02BE01", "A02BC05", "A06AD15"]},
        priorLocalTreatments={"status": "present", "types": ["surgery", "radiotherapy"]},
        boneTargetedTherapy=A("absent"),
        anticoagulation=A("present", ["B01AB05"]),
        antiplatelets=A("unknown"),
        prognosis={"status": "present", "kps": 60},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
)

letter(
    id="zzh08", fmt="docx", author="Pneumology resident (general hospital)",
    tricky="Letter written on the patient's birthday (age from birth date); BRAF V600E with negative EGFR/ALK/ROS1 "
           "and PD-L1 10 %; dabrafenib/trametinib not in the ATC table; hip pain as circumstance; EVA 7 then 5 "
           "(current 5); 'un fluidifiant' of unknown name, anticoagulation 'à vérifier' (uncertain, no agent); "
           "explicit no bone agent and no prior RT",
    birth=(1949, 3, 7), date=(2025, 3, 7),
    evidence=["07/03/1949", "Lanvallec, le 07/03/2025", "BRAF V600E", "TPS 10 %", "réveils nocturnes",
              "actuellement 5/10", "Anticoagulation : à vérifier", "ni bisphosphonate ni dénosumab",
              "Pas de radiothérapie antérieure", "ECOG 2"],
    text="""## Centre Hospitalier de Lanvallec — Service de Pneumologie
Dr Thomas Riaux (interne) — Dr Solenn Le Goff (PH) — Tél. 02 96 31 70 08
Lanvallec, le 07/03/2025
## Demande d'avis RCP Métastases Osseuses
Patiente : Mme GOURDON Marie-Thérèse, née le 07/03/1949
Médecin traitant : Dr Le Pennec, Plouzélan
## Histoire de la maladie
Adénocarcinome pulmonaire du lobe supérieur gauche diagnostiqué en août 2024, stade IVB (os, plèvre). Panel NGS : mutation BRAF V600E ; pas de mutation de l'EGFR, pas de fusion ALK ni ROS1. PD-L1 TPS 10 %.
Traitement par dabrafénib (Tafinlar) 150 mg x 2/j + tramétinib (Mekinist) 2 mg/j depuis le 16/09/2024, bien toléré en dehors d'épisodes fébriles ayant nécessité une interruption de 5 jours en novembre.
## Découverte de l'atteinte osseuse
La patiente se plaignait depuis juillet 2024 de douleurs de la hanche droite, d'abord attribuées à une coxarthrose. La radiographie puis le scanner de bilan ont montré une lésion lytique du col fémoral droit et de l'ischion.
## Symptomatologie actuelle
Douleur inguinale droite à l'appui, boiterie, réveils nocturnes. EVA 7/10 en décembre, actuellement 5/10 sous morphine. Pas de radiculalgie, pas de déficit. Score de Mirels : 9.
## Traitements
| Traitement | Posologie
| Tafinlar 75 mg | 2 gél x 2/j
| Mekinist 2 mg | 1 cp/j
| Skenan LP 20 mg | 1 matin et soir
| Actiskenan 5 mg | si besoin, 4/j max
| Doliprane 1 g | 3/j
| Movicol | 1 sachet/j
Anticoagulation : à vérifier — la patiente dit prendre un « fluidifiant » prescrit par son cardiologue mais n'en connaît pas le nom ; ordonnance non disponible, appel au cabinet en cours.
Pas de traitement osseux spécifique (ni bisphosphonate ni dénosumab).
Pas de radiothérapie antérieure.
État général : ECOG 2, vit avec sa fille.
## Projet
Poursuite dabrafénib-tramétinib.
Question : ostéosynthèse préventive du col fémoral droit, puis radiothérapie post-opératoire ?
Dr T. Riaux, pour le Dr S. Le Goff""",
    gold=dict(
        patient={"sex": "F", "age": 76},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"BRAF": "positive", "EGFR": "negative", "ALK": "negative",
                                     "ROS1": "negative", "PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["mechanical", "nocturnal"], "intensity": 5},
        currentMedications={"status": "present", "atc": ["N02AA01", "N02BE01", "A06AD65"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy=A("absent"),
        anticoagulation=A("uncertain"),
        antiplatelets=A("unknown"),
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": None},
    ),
)

letter(
    id="zzh09", fmt="txt", author="Thoracic oncologist, e-mail (CRLF line ends)",
    tricky="E-mail with CRLF; KIF5B-RET fusion, PD-L1 50 %; pembrolizumab line stopped; selpercatinib and "
           "amlodipine not in the ATC table; prior SBRT of L2; new sacral lesion with S1 radicular pain, "
           "4/5 paresis (signs, not the circumstance); Xgeva 'suspendu' for osteonecrosis (absent); "
           "'Pas d'anticoagulant ni d'antiagrégant'",
    crlf=True,
    evidence=["52 ans", "KIF5B-RET", "PD-L1 50 %", "SBRT L2", "suspendu depuis février 2025",
              "décharges électriques", "réveils nocturnes", "EN 6/10", "Pas d'anticoagulant ni d'antiagrégant", "PS 1"],
    text="""Objet : RCP os - M. FERRAND-ABADIE Julien (52 ans) - ADK RET+
De : Dr Nathalie Ségur, oncologie thoracique, Institut Pierre-Lamothe, Castelnau-d'Orbe (05 61 44 09 27)
Envoyé le : vendredi 21 mars 2025 08:47
À : secretariat.rcp-os@ipl-castelnau.fr

Bonjour,

Je souhaiterais présenter à la RCP de mardi M. Ferrand-Abadie, 52 ans, non fumeur, adénocarcinome pulmonaire stade IV diagnostiqué en mars 2023, fusion KIF5B-RET (NGS ARN), EGFR/ALK/ROS1 négatifs, PD-L1 50 %.

- L1 (04/2023 - 02/2024) : carboplatine-pémétrexed-pembrolizumab, progression.
- L2 depuis 03/2024 : selpercatinib (Retsevmo) 160 mg x2/j, réponse partielle.
- 05/2024 : métastase unique de L2 mise en évidence sur le scanner d'évaluation -> SBRT L2 3 x 9 Gy en juin 2024.
- Xgeva débuté en 07/2024, suspendu depuis février 2025 pour ostéonécrose de la mâchoire (stade 2).

Depuis 3 semaines : radiculalgie S1 gauche typique, décharges électriques dans le mollet, réveils nocturnes, EN 6/10, parésie de la flexion plantaire G cotée 4/5, pas de trouble sphinctérien. IRM du 17/03 : lésion sacrée S1-S2 gauche avec envahissement foraminal, pas d'autre lésion nouvelle.

TTT : Retsevmo 160 mg x2, Neurontin 300 mg x3, Oxycontin 20 mg x2, Oxynorm 5 mg si besoin, paracétamol 1 g x4, Amlor 5 mg (HTA sous selpercatinib).
Pas d'anticoagulant ni d'antiagrégant.

PS 1, toujours en activité (architecte).

Projet : on poursuit le selpercatinib (bonne réponse par ailleurs). Question : SBRT sacrée vs RT conventionnelle ? Avis neurochirurgical ?

Bien confraternellement,
N. Ségur
""",
    gold=dict(
        patient={"sex": "M", "age": 52},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"RET": "positive", "EGFR": "negative", "ALK": "negative",
                                     "ROS1": "negative", "PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["neuropathic", "nocturnal"], "intensity": 6},
        currentMedications={"status": "present", "atc": ["N03AX12", "N02AA05", "N02BE01"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy=A("absent"),
        anticoagulation=A("absent"),
        antiplatelets=A("absent"),
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
)

letter(
    id="zzh10", fmt="pdf", author="Pneumologist (general hospital), work-up in progress",
    tricky="Primary only probable (TTF1+ non-small-cell carcinoma on the iliac biopsy, lung origin 'à confirmer'); "
           "EGFR/ALK/ROS1/PD-L1 pending; pain with duration (6 weeks) as circumstance; EN 7; Kardégic stopped for "
           "the biopsy and not resumed (antiplatelets absent); father's lung cancer; treatment to be decided "
           "(project unknown); RT only asked",
    evidence=["63 ans", "depuis 6 semaines", "TTF1+", "à confirmer", "en cours", "arrêté le 15/03",
              "Pas d'anticoagulant", "PS 1", "sera décidé"],
    text="""Centre Hospitalier de Rochemaure — Service de Pneumologie
Dr Fabienne Lacroix-Onfray — Tél. 04 75 09 66 21

Rochemaure, le 25/03/2025

Cher Confrère,

Je vous adresse pour avis M. Alain DESCHAMPS-VIGUIER, 63 ans, chauffeur routier, tabagique actif (40 PA), dont le père est décédé d'un cancer du poumon.

Il consulte pour des lombalgies et une douleur fessière gauche évoluant depuis 6 semaines, d'horaire mixte : douleur à la marche et réveils nocturnes. EN 7/10 malgré le traitement. Pas de radiculalgie, pas de trouble sphinctérien.

Le scanner TAP du 10/03/2025 montre une masse lobaire supérieure droite de 42 mm avec des adénopathies médiastinales, une lésion ostéolytique de l'aile iliaque gauche de 5 cm avec rupture corticale, étendue au toit du cotyle, et une lésion de L4.

La biopsie scannoguidée de la lésion iliaque (18/03) conclut à une métastase d'un carcinome non à petites cellules, TTF1+, CK7+, probablement d'origine pulmonaire : le primitif pulmonaire reste à confirmer. Le typage complémentaire et la biologie moléculaire (EGFR, ALK, ROS1) ainsi que le PD-L1 sont en cours. La fibroscopie bronchique est programmée le 28/03.

Antécédents : infarctus en 2018 (stent IVA), HTA, dyslipidémie. Pas d'antécédent de phlébite.

Traitement : Topalgic LP 100 mg x 2, Doliprane 1 g x 4, Voltarène 50 mg x 2, Tahor 40 mg, Triatec 5 mg. Le Kardégic a été arrêté le 15/03 pour la biopsie et n'a pas encore été repris.
Pas d'anticoagulant.

Il reste autonome, PS 1.

Le traitement oncologique sera décidé en RCP thoracique à réception de la biologie moléculaire.

Je souhaiterais savoir si une radiothérapie antalgique de l'aile iliaque est indiquée dès maintenant et s'il existe un risque fracturaire au niveau du cotyle.

Confraternellement,
Dr F. Lacroix-Onfray""",
    gold=dict(
        patient={"sex": "M", "age": 63},
        primaryTumor={"status": "uncertain", "site": "lung", "histology": "nsclc_nos",
                      "biomarkers": {"EGFR": "pending", "ALK": "pending", "ROS1": "pending", "PD-L1": "pending"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["mechanical", "nocturnal"], "intensity": 7},
        currentMedications={"status": "present", "atc": ["N02AX02", "N02BE01", "M01AB05", "C10AA05", "C09AA05"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy=A("unknown"),
        anticoagulation=A("absent"),
        antiplatelets=A("absent"),
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
)

letter(
    id="zzh11", fmt="docx", author="Thoracic oncologist (cancer centre), RCP presentation sheet",
    tricky="Key/value sheet; KRAS G12V (sotorasib named only as not eligible), six negative drivers, PD-L1 < 1 %; "
           "first-line chemo-immunotherapy stopped, docetaxel current; pathological humerus fracture with nailing "
           "+ RT and a vertebroplasty (three local treatment types); zoledronic acid every 12 weeks; Xarelto for "
           "DVT; pain 'bien contrôlée' without any type (incomplete gap); 'Antiagrégant : aucun'",
    evidence=["69 ans", "KRAS G12V", "PD-L1 négatif (< 1 %)", "fracture pathologique", "enclouage", "vertébroplastie",
              "Xarelto 20 mg", "Antiagrégant : aucun", "ECOG 1", "palliative", "EVA 2/10"],
    text="""## Centre Jean-Bernard-Orsini — Oncologie thoracique
Dr Mathieu Delorme — Tél. 02 35 61 18 44
Le 26/03/2025
## RCP Métastases osseuses — fiche de présentation
| Nom | VAUQUELIN Henri
| Âge | 69 ans
| Sexe | M
| Primitif | Adénocarcinome pulmonaire du LID, stade IV (2023)
| Biomarqueurs | KRAS G12V muté (pas d'éligibilité au sotorasib) ; EGFR, ALK, ROS1, BRAF, MET, RET négatifs ; PD-L1 négatif (< 1 %)
## Historique
1re ligne carboplatine-pémétrexed-pembrolizumab (06/2023 - 10/2024), arrêtée pour progression.
2e ligne docétaxel (Taxotère) 75 mg/m² toutes les 3 semaines depuis le 12/11/2024 : C6 faite le 05/03/2025.
## Événements osseux
09/2023 : fracture pathologique de l'humérus droit (en se levant d'une chaise), révélatrice de la maladie osseuse — enclouage centromédullaire le 21/09/2023, puis radiothérapie 30 Gy en 10 fractions.
01/2025 : tassement douloureux de L4 — vertébroplastie le 14/01/2025.
Acide zolédronique (Zometa) 4 mg toutes les 12 semaines depuis 10/2023.
## Clinique
Douleur : douleurs bien contrôlées, EVA 2/10.
ECOG 1. Poids 71 kg (stable).
## Traitements en cours
Taxotère (cf. supra) ; Durogesic 25 µg/h ; Abstral 100 µg si accès douloureux ; Xarelto 20 mg (TVP fémorale gauche en 11/2024) ; Imovane 7,5 mg ; Tahor 10 mg ; Zometa 4 mg/12 semaines.
Antiagrégant : aucun.
## Projet
Intention : palliative. Poursuite du docétaxel jusqu'à C8 puis surveillance.
Question : nouvelle lésion du cotyle gauche (scanner du 20/03) — radiothérapie ? cimentoplastie ?
Dr M. Delorme""",
    gold=dict(
        patient={"sex": "M", "age": 69},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"KRAS": "positive", "EGFR": "negative", "ALK": "negative", "ROS1": "negative",
                                     "BRAF": "negative", "MET": "negative", "RET": "negative", "PD-L1": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": [], "intensity": 2},
        currentMedications={"status": "present",
                            "atc": ["L01CD02", "N02AB03", "B01AF01", "N05CF01", "C10AA05", "M05BA08"]},
        priorLocalTreatments={"status": "present", "types": ["surgery", "radiotherapy", "cementoplasty"]},
        boneTargetedTherapy=A("present", ["M05BA08"]),
        anticoagulation=A("present", ["B01AF01"]),
        antiplatelets=A("absent"),
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
)

letter(
    id="zzh12", fmt="txt", author="Pneumologist (private clinic), elderly patient",
    tricky="Pembrolizumab monotherapy for PD-L1 90 %; EGFR/ALK negative, ROS1 'non contributif' (not recorded); "
           "Sintrom named with doubt ('serait ... à vérifier', possibly stopped) and Prolia 'aurait reçu' "
           "(both uncertain with agent, left out of current drugs); 'ne décrit pas de douleur osseuse'; "
           "'jamais été irradiée'; secretary typos",
    evidence=["81 ans", "90 %", "non contributif", "Elle serait également sous Sintrom", "à vérifier",
              "elle aurait reçu du Prolia", "ne décrit pas de douleur osseuse", "jamais été irradiée", "PS 2",
              "palliatif"],
    text="""Dr Jean-Marc Pélissier - Pneumologie
Clinique des Trois-Rivières, 2 bd Carnot, 24170 Montbrac - tel 05 53 28 47 90

Montbrac le 28 mars 2025

Mon cher confrère,

Je vous adresse Mme LAFARGUE Germaine, 81 ans, veuve, vivant seule à domicile avec passage d'une IDE, pour avis de la RCP métastases osseuses.

Elle présente un adénocarcinome pulmonaire lobaire supérieur gauche diagnostiqé en décembre 2024, stade IVB d'emblée avec métastases osseuses multiples (rachis dorsal, bassin, fémur gauche) visibles sur le TEP-scanner de bilan du 19/12/2024. Pas de mutation EGFR, pas de réarrangement ALK, ROS1 non contributif (matériel insufisant). PD-L1 exprimé à 90 % (TPS).

Elle est traitée par pembrolizumab (Keytruda) en monothérapie toutes les 6 semaines depuis le 10/01/2025, 3e administration le 21/03, bien tolérée.

Elle ne décrit pas de douleur osseuse, la marche est possible avec une canne (gonarthrose connue). Pas de déficit neurologique. Elle n'a jamais été irradiée.

Ses traitements, d'après le courrier du médecin traitant : Levothyrox 50, Amlor 5, Cacit D3 1/j, Imovane au coucher. Elle serait également sous Sintrom pour une ACFA, mais sa fille pense qu'il a été arrêté par le cardiologue l'an dernier : à vérifier. Par ailleurs elle aurait reçu du Prolia par son rhumatologue pour une ostéoporose, je n'ai pas pu confirmer la date de la dernière injection.

PS 2.

Le traitement est palliatif. La lésion du fémur gauche (corticale latérale amincie) m'inquiète : faut-il une radiothérapie ou un avis orthopédique préventif ? Et quel traitement anti-résorptif proposer ?

Bien à vous,
Dr J.-M. Pélissier
""",
    gold=dict(
        patient={"sex": "F", "age": 81},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"EGFR": "negative", "ALK": "negative", "PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["L01FF02", "H03AA01", "A12AX", "N05CF01"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy=A("uncertain", ["M05BX04"]),
        anticoagulation=A("uncertain", ["B01AA07"]),
        antiplatelets=A("unknown"),
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
)


# ---------------------------------------------------------------------------
# gaps: the spec's Gaps rule, one function
# ---------------------------------------------------------------------------
def derive_gaps(g: dict) -> list:
    gaps = []
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st in kinds:
            gaps.append([item, kinds[st]])
        if st != "present":
            continue
        incomplete = (
            (item == "pain" and not sec.get("types"))
            or (item in ("anticoagulation", "boneTargetedTherapy") and not sec.get("atc"))
            or (item == "boneDiagnosis" and not sec.get("dated"))
            or (item == "primaryTumor" and not sec.get("histology"))
            or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
        )
        if incomplete:
            gaps.append([item, "incomplete"])
    return gaps


# ---------------------------------------------------------------------------
# contract check
# ---------------------------------------------------------------------------
def violation(lid, msg):
    sys.exit(f"CONTRACT VIOLATION: {lid}: {msg}")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def plain_text(L) -> str:
    out = []
    for line in L["text"].split("\n"):
        if line.startswith("## "):
            line = line[3:]
        if line.startswith("|"):
            line = " ".join(c.strip() for c in line.strip("|").split("|"))
        out.append(line)
    return "\n".join(out)


def age_at(birth, date):
    b, d = dt.date(*birth), dt.date(*date)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def check_contract(L, gold):
    lid = L["id"]
    text = plain_text(L)
    ntext = norm(text)
    if gold["id"] != lid:
        violation(lid, "id mismatch")
    if list(gold.keys()) != KEY_ORDER:
        violation(lid, f"keys {list(gold.keys())}")
    p = gold["patient"]
    if p.get("sex") not in ("F", "M"):
        violation(lid, "sex")
    if not isinstance(p.get("age"), int) or not 18 <= p["age"] <= 110:
        violation(lid, "age")
    if "birth" in L:
        if age_at(L["birth"], L["date"]) != p["age"]:
            violation(lid, f"age {p['age']} != {age_at(L['birth'], L['date'])} from birth date")
        if "ans" in text.split("\n\n")[0] and False:
            pass
    else:
        if f"{p['age']} ans" not in text:
            violation(lid, "written age not found in text")
    for item, allowed in ALLOWED_STATUS.items():
        st = gold[item]["status"]
        if st not in allowed:
            violation(lid, f"{item} status {st} not allowed")
    pt = gold["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        violation(lid, "site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        violation(lid, "histology code")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        violation(lid, "unknown primary tumour with values")
    for name, res in pt["biomarkers"].items():
        if name not in BIOMARKERS or res not in BIO_RESULTS:
            violation(lid, f"biomarker {name}={res}")
    bd = gold["boneDiagnosis"]
    if any(c not in CIRCUMSTANCES for c in bd["circumstances"]):
        violation(lid, "circumstance code")
    if bd["status"] == "present" and not bd["circumstances"]:
        violation(lid, "bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        violation(lid, "bone diagnosis unknown with values")
    if not isinstance(bd["dated"], bool):
        violation(lid, "dated must be bool")
    pain = gold["pain"]
    if any(t not in PAIN_TYPES for t in pain["types"]):
        violation(lid, "pain type code")
    if pain["status"] in ("absent", "unknown") and (pain["types"] or pain["intensity"] not in (None,)):
        violation(lid, "pain absent/unknown with types or intensity")
    if pain["intensity"] is not None:
        if not isinstance(pain["intensity"], int) or not 0 <= pain["intensity"] <= 10:
            violation(lid, "pain intensity range")
        if not any(f"{pain['intensity']}/10" in text.replace(" /", "/") for _ in [0]):
            violation(lid, "pain intensity not found as N/10 in text")
    plt = gold["priorLocalTreatments"]
    if any(t not in LOCAL_TYPES for t in plt["types"]):
        violation(lid, "local treatment type code")
    if plt["status"] == "present" and not plt["types"]:
        violation(lid, "prior local present without types")
    if plt["status"] in ("absent", "unknown") and plt["types"]:
        violation(lid, "prior local absent/unknown with types")
    meds = gold["currentMedications"]
    all_codes = set(meds["atc"])
    if len(meds["atc"]) != len(set(meds["atc"])):
        violation(lid, "duplicate med codes")
    if meds["status"] in ("absent", "unknown") and meds["atc"]:
        violation(lid, "currentMedications absent/unknown with codes")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = gold[sec]
        for c in s["atc"]:
            if not c.startswith(prefixes):
                violation(lid, f"{sec} agent {c} outside {prefixes}")
            all_codes.add(c)
        if s["status"] in ("absent", "unknown") and s["atc"]:
            violation(lid, f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(meds["atc"])
            if missing:
                violation(lid, f"{sec} agents {missing} not in currentMedications")
        if s["status"] == "uncertain":
            doubtful = set(s["atc"]) & set(meds["atc"])
            if doubtful:
                violation(lid, f"{sec} doubtful agents {doubtful} listed as current drugs")
        # a current drug of this class must be reflected in the section
        in_meds = {c for c in meds["atc"] if c.startswith(prefixes)}
        if in_meds and s["status"] not in ("present", "conflicting"):
            violation(lid, f"{sec} is {s['status']} but current drugs {in_meds} belong to it")
        if s["status"] in ("present", "conflicting") and in_meds != set(s["atc"]):
            violation(lid, f"{sec} agents {s['atc']} differ from current drugs of the class {in_meds}")
    for c in all_codes:
        if c not in ATC:
            violation(lid, f"ATC {c} not in atc-reference.tsv")
        if not any(norm(n) in ntext for n in ATC[c]):
            violation(lid, f"ATC {c} ({ATC[c][0]}) named nowhere in the letter")
    if meds["status"] == "present" and not meds["atc"]:
        pass  # allowed (drugs outside the table)
    pr = gold["prognosis"]
    extra = set(pr) - {"status", "ecog", "kps"}
    if extra:
        violation(lid, f"prognosis keys {extra}")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        violation(lid, "prognosis unknown with value")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 5):
        violation(lid, "ecog range")
    if pr.get("kps") is not None and (pr["kps"] % 10 or not 0 <= pr["kps"] <= 100):
        violation(lid, "kps")
    tp = gold["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        violation(lid, "intent code")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        violation(lid, "project unknown with intent")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support exclusifs"}
    if tp["intent"] and intent_words[tp["intent"]] not in ntext:
        violation(lid, "intent word not in text")
    if tp["intent"] is None and not L.get("intent_word_elsewhere") and \
            any(w in ntext for w in ("palliati", "curati", "soins de support exclusifs")):
        violation(lid, "text states an intent but gold intent is null")
    for item in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        if set(gold[item]) != {"status", "atc"}:
            violation(lid, f"{item} keys")
    if gold["gaps"] != derive_gaps(gold):
        violation(lid, "gaps differ from the derived gaps")
    for ev in L.get("evidence", []):
        if ev not in text:
            violation(lid, f"evidence string not in text: {ev!r}")
    if "date" in L:
        y, m, d = L["date"]
        if not any(s in text for s in (f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}")) and \
                f"{d} mars {y}" not in text:
            violation(lid, "letter date not found in text")
        b = L["birth"]
        if f"{b[2]:02d}/{b[1]:02d}/{b[0]}" not in text:
            violation(lid, "birth date not found in text")


def build_gold(L):
    g = {"id": L["id"]}
    for k in KEY_ORDER[1:-1]:
        g[k] = json.loads(json.dumps(L["gold"][k]))
    for k in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        g[k]["atc"] = sorted(g[k]["atc"])
    for k in ("boneDiagnosis",):
        g[k]["circumstances"] = sorted(g[k]["circumstances"])
    g["pain"]["types"] = sorted(g["pain"]["types"])
    g["priorLocalTreatments"]["types"] = sorted(g["priorLocalTreatments"]["types"])
    g["gaps"] = derive_gaps(g)
    return g


# ---------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------
def write_txt(L, path):
    text = L["text"]
    if not text.endswith("\n"):
        text += "\n"
    if L.get("crlf"):
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))


_WIDTHS = None


def widths():
    global _WIDTHS
    if _WIDTHS is None:
        from PIL import ImageFont
        f = ImageFont.truetype(str(FONT), 2048)
        w = {}
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
            except UnicodeDecodeError:
                w[code] = 0
                continue
            w[code] = int(round(f.getlength(ch) * 1000 / 2048))
        _WIDTHS = w
    return _WIDTHS


def text_width(s, size):
    w = widths()
    return sum(w.get(b, 600) for b in s.encode("cp1252")) * size / 1000


def pdf_escape(s):
    out = []
    for b in s.encode("cp1252"):
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return "".join(out)


def layout(text, size=10.5, width=483):
    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        words = para.split(" ")
        cur = ""
        for wd in words:
            cand = wd if not cur else cur + " " + wd
            if text_width(cand, size) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = wd
        lines.append(cur)
    return lines


def write_pdf(L, path):
    size, lead, top, bottom, left = 10.5, 14.5, 800, 60, 56
    lines = layout(L["text"], size)
    pages, cur, y = [], [], top
    for ln in lines:
        if y < bottom:
            pages.append(cur)
            cur, y = [], top
        cur.append((y, ln))
        y -= lead
    if cur:
        pages.append(cur)
    font_bytes = FONT.read_bytes()
    objs = {}
    # 1 catalog, 2 pages, 3 font, 4 descriptor, 5 fontfile, 6 info, 7.. page/content pairs
    n_pages = len(pages)
    page_ids = [7 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{p} 0 R" for p in page_ids), n_pages)).encode()
    w = widths()
    objs[3] = ("<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               "/Widths [%s] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>"
               % " ".join(str(w[c]) for c in range(32, 256))).encode()
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    comp = zlib.compress(font_bytes, 9)
    objs[5] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(font_bytes))
               + comp + b"\nendstream")
    objs[6] = (b"<< /Producer (RCP corpus60 generator) /Creator (make_letters.py) "
               b"/CreationDate (D:20250331090000+01'00') /ModDate (D:20250331090000+01'00') "
               b"/Title (" + pdf_escape(f"Courrier RCP {L['id']}").encode() + b") >>")
    for i, pg in enumerate(pages):
        ops = ["BT", f"/F1 {size} Tf"]
        for (yy, ln) in pg:
            if ln:
                ops.append(f"1 0 0 1 {left} {yy:.1f} Tm ({pdf_escape(ln)}) Tj")
        ops.append("ET")
        ops.append(f"BT /F1 8 Tf 1 0 0 1 280 30 Tm ({i + 1}/{n_pages}) Tj ET")
        stream = zlib.compress("\n".join(ops).encode("ascii"), 9)
        pid, cid = page_ids[i], page_ids[i] + 1
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 3 0 R >> >> /Contents {cid} 0 R >>").encode()
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    maxid = max(objs)
    for oid in range(1, maxid + 1):
        offsets[oid] = len(out)
        out += b"%d 0 obj\n" % oid + objs[oid] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (maxid + 1)
    for oid in range(1, maxid + 1):
        out += b"%010d 00000 n \n" % offsets[oid]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (maxid + 1, L["id"].encode().hex().encode(), L["id"].encode().hex().encode(), xref))
    path.write_bytes(bytes(out))


def write_docx(L, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    rows = []

    def flush():
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        t = d.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j in range(ncol):
                t.cell(i, j).text = r[j] if j < len(r) else ""
        rows.clear()

    for line in L["text"].split("\n"):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush()
        if line.startswith("## "):
            para = d.add_paragraph()
            run = para.add_run(line[3:])
            run.bold = True
        else:
            d.add_paragraph(line)
    flush()
    cp = d.core_properties
    cp.author = "Secrétariat médical"
    cp.last_modified_by = "Secrétariat médical"
    cp.title = f"Courrier RCP {L['id']}"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 31, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


WRITERS = {"pdf": write_pdf, "docx": write_docx, "txt": write_txt}


def main():
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids):
        sys.exit("CONTRACT VIOLATION: duplicate ids")
    golds = []
    for L in LETTERS:
        g = build_gold(L)
        check_contract(L, g)
        golds.append(g)
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for old in list(letters_dir.iterdir()) + list(gold_dir.iterdir()):
        old.unlink()
    for L, g in zip(LETTERS, golds):
        WRITERS[L["fmt"]](L, letters_dir / f"{L['id']}.{L['fmt']}")
        (gold_dir / f"{L['id']}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds")


if __name__ == "__main__":
    main()
