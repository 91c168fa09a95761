#!/usr/bin/env python3
"""Blind held-out corpus 72: palliative-care / mobile pain team letters to the
bone-metastasis RCP. Holds every letter and its gold; derives gaps from the
spec's gap rule; checks the contract; writes letters/ and gold/ reproducibly.

Run from /work/main:  .venv/bin/python tests/corpus72/make_letters.py
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
ALLOWED = {
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
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
         "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
         "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
              "PD-L1", "ER", "PR", "PSA"}
BIORES = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
        "staging_imaging", "incidental_imaging", "other"}
PAINTYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCALTYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def fail(msg: str):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc():
    rows = {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            f = line.split("\t")
            rows[f[0]] = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
    return rows


def age_at(birth: str, letter: str) -> int:
    b = dt.date.fromisoformat(birth)
    d = dt.date.fromisoformat(letter)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def derive_gaps(g: dict) -> list:
    """The spec's gap rule, applied to gold values (nine items, not antiplatelets)."""
    kind = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in kind:
            gaps.append([item, kind[st]])
        elif st == "present":
            inc = False
            if item == "pain" and not sec["types"]:
                inc = True
            if item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"]:
                inc = True
            if item == "boneDiagnosis" and not sec["dated"]:
                inc = True
            if item == "primaryTumor" and not sec["histology"]:
                inc = True
            if item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None:
                inc = True
            if inc:
                gaps.append([item, "incomplete"])
    return gaps


# ---------------------------------------------------------------- letters
# Each entry: id, fmt, letter date, birth date (or None), text, gold (without gaps/id)

def S(status, **kw):
    d = {"status": status}
    d.update(kw)
    return d


LETTERS = []

# zzt01 -- EMSP, text PDF, lung adenocarcinoma, opioid rotation, PPS only
LETTERS.append(dict(id="zzt01", not_current=['N02AA05', 'M05BX04', 'L01XA02', 'L01BA04', 'L01FF02'], fmt="pdf", date="2026-03-17", birth=None, text="""\
Centre Hospitalier de Valmorel-sur-Loing
Équipe Mobile de Soins Palliatifs (EMSP)
Dr Hélène Castagnet – Tél. 04 71 58 22 40 – emsp@ch-valmorel.example

Valmorel, le 17 mars 2026

À l'attention des membres de la RCP Métastases osseuses
CHU de Brévannes – secrétariat : 04 71 90 13 13

Objet : Mme Odile FERRANDON, 68 ans – demande d'avis RT antalgique / cimentoplastie

Chers confrères,

Nous suivons depuis trois semaines Mme Ferrandon, 68 ans, hospitalisée en médecine polyvalente, pour laquelle nous souhaiterions votre avis sur un geste local antalgique.

Histoire oncologique : adénocarcinome bronchique lobaire inférieur droit, stade IV d'emblée, EGFR non muté, pas de réarrangement ALK, PD-L1 5 %. Les métastases osseuses (rachis dorsal T8-T9, côtes droites, bassin) ont été découvertes sur le TEP-TDM du bilan initial en octobre 2025. Elle a reçu 4 cures de carboplatine-pémétrexed-pembrolizumab puis une maintenance, arrêtée en février 2026 devant une progression et une altération de l'état général. Après discussion avec la patiente et sa fille, il a été décidé de ne pas proposer de nouvelle ligne : projet de soins palliatifs exclusifs, sans traitement spécifique.
Une radiothérapie antalgique de T8 (8 Gy en une séance) a été réalisée en décembre 2025 avec un bénéfice partiel d'environ 6 semaines.

Évaluation douloureuse : douleur dorsale basse irradiant en hémiceinture droite, décrite comme des décharges électriques et des brûlures ; DN4 à 5/10. Majoration nette à la mobilisation et lors des transferts lit-fauteuil, avec 4 à 5 accès douloureux paroxystiques par jour, surtout lors des soins. Pas de réveil nocturne depuis la rotation. EN à 7/10 à l'arrivée de l'équipe ; EN actuelle 4/10 au repos.

Traitement antalgique : Oxycontin 60 mg x 2/j arrêté le 4 mars pour somnolence et myoclonies, rotation vers hydromorphone (Sophidone LP 16 mg matin et soir, Sophidone 4 mg en interdose, 4 à 6 prises/j). Une titration de kétamine à faible dose a été discutée mais non retenue.

Traitement actuel :
- Sophidone LP 16 mg x 2/j + Sophidone 4 mg si ADP
- Lyrica 75 mg matin et soir
- Dectancyl 8 mg le matin
- Doliprane 1 g x 3/j
- Movicol 1 sachet/j
- Innohep 14 000 UI/j (embolie pulmonaire de novembre 2025)
Le Xgeva a été interrompu en janvier 2026 (hypocalcémie symptomatique) et ne sera pas repris.

Concernant l'anticoagulation, nous en avons rediscuté en équipe : pas de saignement, injections bien acceptées, l'Innohep est poursuivi à dose curative pour le moment.

Antécédents : HTA ancienne, tabagisme sevré 30 PA. Mère décédée d'un cancer du sein.

Pronostic : état général très altéré, PPS à 40 %, alitée la majeure partie de la journée. Pronostic estimé à quelques semaines.

Question à la RCP : une ré-irradiation de T8-T9 ou une cimentoplastie est-elle envisageable pour améliorer le confort, compte tenu du pronostic et de la difficulté des transferts ?

Nous restons à votre disposition.
Bien confraternellement,

Dr H. Castagnet, médecin EMSP
""", gold=dict(
    patient={"sex": "F", "age": 68},
    primaryTumor=S("present", site="lung", histology="adenocarcinoma",
                   biomarkers={"EGFR": "negative", "ALK": "negative", "PD-L1": "positive"}),
    boneDiagnosis=S("present", circumstances=["staging_imaging"], dated=True),
    pain=S("present", types=["mechanical", "neuropathic"], intensity=4),
    currentMedications=S("present", atc=["A06AD65", "B01AB10", "H02AB02", "N02AA03", "N02BE01", "N03AX16"]),
    priorLocalTreatments=S("present", types=["radiotherapy"]),
    boneTargetedTherapy=S("absent", atc=[]),
    anticoagulation=S("present", atc=["B01AB10"]),
    antiplatelets=S("unknown", atc=[]),
    prognosis=S("present", ecog=None),
    therapeuticProject=S("present", intent="supportive"),
)))

# zzt02 -- mobile pain team, DOCX, prostate CRPC, apixaban stopped, birth date only
LETTERS.append(dict(id="zzt02", not_current=['L02BX03', 'L01CD02', 'B01AF02'], fmt="docx", date="2026-03-10", birth="1946-09-03", text="""\
CHU de Brévannes – Centre d'Évaluation et de Traitement de la Douleur
Équipe mobile douleur – Dr Marc-Antoine Lhermitte
Poste 4 47 12

Le 10/03/2026

Demande d'avis – RCP métastases osseuses

Patient : M. Gilbert RAMONET, né le 03/09/1946
Service d'hospitalisation : Oncologie médicale, chambre 312

Motif : douleur de hanche gauche rebelle, question d'une radiothérapie antalgique.

Histoire de la maladie
Adénocarcinome prostatique Gleason 8 (4+4) diagnostiqué en 2019, traité par hormonothérapie. Les métastases osseuses ont été révélées en avril 2023 par des douleurs lombaires puis de la hanche. Résistance à la castration en 2024 ; Zytiga arrêté en 2025 pour progression, docétaxel récusé. PSA à 245 ng/mL le 02/03/2026.
Le patient n'a jamais été irradié sur le plan osseux.

Évaluation douleur
Douleur de la hanche et de l'aine gauche, EVA 6/10 ce jour, survenant à la marche et à l'appui, le patient ne peut plus faire que quelques pas avec le déambulateur. Pas de composante neuropathique (DN4 1/10). Sommeil préservé.
Titration morphinique réalisée dans le service puis relais per os ; kétamine IV à faible dose (0,1 mg/kg/h) introduite le 06/03 avec un bénéfice partiel.

Traitement en cours
Skenan LP 60 mg x 2/j, Actiskenan 10 mg en interdoses (3 à 4/j)
Kétamine IVSE 0,1 mg/kg/h
Paracétamol 1 g x 4
Décapeptyl 11,25 mg tous les 3 mois (dernière injection 15/01/2026)
Xgeva 120 mg SC toutes les 4 semaines, poursuivi
Kardégic 75 mg/j
Forlax 2 sachets/j

Anticoagulation : l'Eliquis 5 mg x 2 (FA paroxystique) a été arrêté il y a 10 jours, en accord avec le patient et sa famille, dans le cadre d'une limitation des thérapeutiques (chutes, hématurie). Le Kardégic est maintenu.

Antécédents : FA paroxystique, cardiopathie ischémique stentée en 2015, BPCO. Frère : cancer colique.

État général : Karnofsky 50 %, autonomie limitée au fauteuil. L'oncologue référent (Dr Sauvageot) poursuit l'hormonothérapie seule, sans nouvelle ligne envisagée ; prise en charge palliative.

Question : radiothérapie antalgique de la hanche gauche (fracture à risque ?), et avis sur une éventuelle consolidation chirurgicale ou cimentoplastie du cotyle.

Dr M.-A. Lhermitte
""", gold=dict(
    patient={"sex": "M", "age": 79},
    primaryTumor=S("present", site="prostate", histology="adenocarcinoma", biomarkers={"PSA": "positive"}),
    boneDiagnosis=S("present", circumstances=["pain"], dated=True),
    pain=S("present", types=["mechanical"], intensity=6),
    currentMedications=S("present", atc=["A06AD15", "B01AC06", "L02AE04", "M05BX04", "N02AA01", "N02BE01"]),
    priorLocalTreatments=S("absent", types=[]),
    boneTargetedTherapy=S("present", atc=["M05BX04"]),
    anticoagulation=S("absent", atc=[]),
    antiplatelets=S("present", atc=["B01AC06"]),
    prognosis=S("present", kps=50),
    therapeuticProject=S("present", intent="palliative"),
)))

# zzt03 -- USP, TXT, breast lobular, Algoplus only, Zometa not renewed
LETTERS.append(dict(id="zzt03", not_current=['L02BG04', 'M05BA08'], fmt="txt", date="2026-02-24", birth=None, text="""\
Unite de Soins Palliatifs "Les Tilleuls" - Hopital Saint-Aubert de Cressange
Dr Nadia Berthomieu / IDE coordinatrice Mme Lafforgue - tel 03 29 64 18 02

Cressange, le 24/02/2026

A l'attention de la RCP metastases osseuses - CHU de Brévannes

Chère consoeur, cher confrère,

Je vous adresse le dossier de Mme Jeanne MOURLEVAT, 87 ans, hospitalisée dans notre USP depuis le 09/02/2026.

ATCD : carcinome lobulaire infiltrant du sein gauche (RE 90 %, RP 20 %, HER2 négatif) traité par mastectomie en 2011 + hormonothérapie. Metastases osseuses multiples découvertes en 2019 sur la scintigraphie de bilan (rechute biologique). Vertebroplastie L2 en 2024 pour tassement douloureux.
Letrozole arrêté depuis octobre 2025 (mauvaise tolérance, choix de la patiente). L'acide zolédronique (Zometa) : derniere perfusion il y a environ 4 mois, non reconduit a l'entree.
Troubles cognitifs modérés (MMS 17 en 2024), fille tutrice. Diabete type 2 sous regime seul.

Douleur : patiente peu communicante, EN non réalisable de façon fiable. Algoplus à 3/5 lors de la toilette et des mobilisations (grimace, plaintes, attitude antalgique hanche droite), 0/5 au repos. Pas de plainte nocturne rapportée par l'equipe de nuit.
La radio du bassin retrouve une lyse du col fémoral droit sans fracture.

Traitement :
Durogesic 25 µg/h, changé tous les 3 jours
Abstral 100 µg avant les soins
Doliprane 1g x3
Imovane 3,75 mg le soir
Transipeg 1 sachet/j
L'HBPM préventive a été arretée à l'entrée dans le service.

Pronostic : PPS 30 %, dénutrition sévère, pronostic de quelques semaines selon nous.
Projet : soins de confort exclusifs, décidé avec la fille ; pas de réhospitalisation en oncologie souhaitée.

Question : une radiotherapie antalgique monofraction du col femoral droit (transport en ambulance allongé possible) vous semble-t-elle justifiée pour faciliter les soins ?

Merci de votre retour,
Dr N. Berthomieu
""", gold=dict(
    patient={"sex": "F", "age": 87},
    primaryTumor=S("present", site="breast", histology="invasive_lobular_carcinoma",
                   biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
    boneDiagnosis=S("present", circumstances=["staging_imaging"], dated=True),
    pain=S("present", types=["mechanical"], intensity=None),
    currentMedications=S("present", atc=["A06AD15", "N02AB03", "N02BE01", "N05CF01"]),
    priorLocalTreatments=S("present", types=["cementoplasty"]),
    boneTargetedTherapy=S("absent", atc=[]),
    anticoagulation=S("absent", atc=[]),
    antiplatelets=S("unknown", atc=[]),
    prognosis=S("present", ecog=None),
    therapeuticProject=S("present", intent="supportive"),
)))

# zzt04 -- HAD palliative physician, text PDF, kidney ccRCC, Xarelto listed yet denied
LETTERS.append(dict(id="zzt04", not_current=['L01EX07'], fmt="pdf", date="2026-01-29", birth=None, text="""\
HAD du Val de Saône – Hospitalisation À Domicile
Médecin coordonnateur : Dr Fabrice Oudinot – 03 85 47 60 91

Le 29 janvier 2026

Madame, Monsieur les membres de la RCP métastases osseuses,

Je me permets de vous solliciter au sujet de M. Roland DESCHAMPEAUX, 72 ans, suivi en HAD depuis décembre pour une prise en charge palliative à domicile.

Rappel : carcinome rénal à cellules claires droit, néphrectomie élargie en 2021. Les lésions osseuses ont été révélées par une fracture pathologique du col fémoral gauche en mai 2025, traitée par prothèse totale de hanche gauche. Radiothérapie 20 Gy en 5 fractions sur le cotyle droit en septembre 2025. Le cabozantinib (Cabometyx 40 mg) est suspendu depuis 3 semaines pour altération de l'état général et ne sera probablement pas repris. Il n'a pas reçu de traitement anti-résorptif (insuffisance rénale chronique, clairance 28 mL/min).

Douleurs : douleurs du bassin droit et de la fesse, EN 8/10 malgré la titration, majorées à la mobilisation et aux changements de position, réveils nocturnes fréquents. Quelques paresthésies du pied droit sans véritable brûlure, DN4 à 3/10.
Titration par morphine en PCA sous-cutanée débutée le 20/01 : débit continu 2 mg/h, bolus 1 mg, période réfractaire 15 min ; 8 à 10 bolus/j.

Ordonnance en cours (HAD) :
Morphine PCA SC 2 mg/h + bolus
Neurontin 300 mg x 3/j
Médrol 32 mg/j
Paracétamol 1 g x 3
Xarelto 20 mg/j
Inipomp 40 mg/j
Movicol 2 sachets/j

Il n'a pas d'anticoagulant au long cours. Pas d'antiagrégant plaquettaire.

Antécédents : HTA, goutte, insuffisance rénale chronique stade 4. Père : cancer de la prostate.

État général : OMS 4, grabataire, alimentation minime. Espérance de vie estimée à quelques semaines. Le projet discuté avec le patient et son épouse est celui de soins de support exclusifs à domicile.

Question : une cimentoplastie du cotyle droit (ou une ré-irradiation) peut-elle être proposée en ambulatoire pour réduire les douleurs à la mobilisation ? Le transfert reste difficile.

Confraternellement,
Dr F. Oudinot
""", gold=dict(
    patient={"sex": "M", "age": 72},
    primaryTumor=S("present", site="kidney", histology="clear_cell_carcinoma", biomarkers={}),
    boneDiagnosis=S("present", circumstances=["pathological_fracture"], dated=True),
    pain=S("present", types=["mechanical", "nocturnal"], intensity=8),
    currentMedications=S("present", atc=["A02BC02", "A06AD65", "B01AF01", "H02AB04", "N02AA01", "N02BE01", "N03AX12"]),
    priorLocalTreatments=S("present", types=["radiotherapy", "surgery"]),
    boneTargetedTherapy=S("absent", atc=[]),
    anticoagulation=S("conflicting", atc=["B01AF01"]),
    antiplatelets=S("absent", atc=[]),
    prognosis=S("present", ecog=4),
    therapeuticProject=S("present", intent="supportive"),
)))

# zzt05 -- mobile pain/palliative team, DOCX, bladder urothelial, radiculalgia, Keytruda ongoing
LETTERS.append(dict(id="zzt05", not_current=["N02AA01", 'L01BC05', 'L01XA02', 'M05BA08'], fmt="docx", date="2026-02-12", birth=None, text="""\
Clinique Mutualiste des Hauts-de-Vienne – Équipe Mobile Douleur et Soins Palliatifs
Dr Sophie Varennes, Dr Karim Benhaddou – tél. 05 55 31 76 20

Le 12 février 2026

Demande d'avis RCP métastases osseuses

Patient : M. Thierry GAUDRILLON, 64 ans

Motif : radiculalgie S1 gauche hyperalgique, discussion d'une radiothérapie antalgique sacrée.

Antécédents oncologiques : carcinome urothélial de haut grade de la vessie (cystectomie en 2023), rechute métastatique ganglionnaire rétropéritonéale en 2025. Chimiothérapie de 1ère ligne (gemcitabine-carboplatine) terminée en septembre 2025. Immunothérapie de 2e ligne palliative par Keytruda (pembrolizumab) en cours, 8e cycle le 05/02/2026.
La lésion sacrée S1-S2 a été découverte sur une IRM lombaire demandée en janvier 2026 pour une sciatalgie gauche rebelle, sans déficit moteur (ROT présents, pas de troubles sphinctériens).
Père décédé d'un cancer de vessie (ancien ouvrier dans la teinturerie, comme le patient).

Évaluation de la douleur :
• Douleur fessière irradiant à la face postérieure de la jambe jusqu'au pied gauche, à type de brûlure et de décharges électriques, DN4 6/10.
• EVA 7/10 ce jour, avec réveils nocturnes pluriquotidiens.
• 3 à 4 accès douloureux paroxystiques/j, non prévisibles.
• Rotation morphine → oxycodone en janvier pour nausées.

Traitement actuel :
Oxycontin LP 40 mg x 2/j, Oxynormoro 10 mg si ADP
Lyrica 150 mg x 2/j
Laroxyl 10 gouttes le soir
Dexaméthasone 8 mg/j (depuis le 02/02)
Lovenox 4000 UI/j SC (préventif, alitement)
Keytruda 200 mg toutes les 3 semaines

Pas d'antiagrégant plaquettaire. Un traitement par acide zolédronique est prévu après avis dentaire.

État général : ECOG 2. Pronostic réservé à moyen terme selon son oncologue.

Question : radiothérapie antalgique de S1-S2 ? Place d'une infiltration / bloc en complément ?

Dr S. Varennes
""", gold=dict(
    patient={"sex": "M", "age": 64},
    primaryTumor=S("present", site="bladder", histology="other", biomarkers={}),
    boneDiagnosis=S("present", circumstances=["pain"], dated=True),
    pain=S("present", types=["neuropathic", "nocturnal"], intensity=7),
    currentMedications=S("present", atc=["B01AB05", "H02AB02", "L01FF02", "N02AA05", "N03AX16", "N06AA09"]),
    priorLocalTreatments=S("unknown", types=[]),
    boneTargetedTherapy=S("unknown", atc=[]),
    anticoagulation=S("present", atc=["B01AB05"]),
    antiplatelets=S("absent", atc=[]),
    prognosis=S("present", ecog=2),
    therapeuticProject=S("present", intent="palliative"),
)))

# zzt06 -- EMSP in nursing home, TXT cp1252, prostate without histology, Prolia doubtful
LETTERS.append(dict(id="zzt06", not_current=['B01AA12', 'M05BX04'], fmt="txt-cp1252", date="2026-03-20", birth="1934-11-14", text="""\
EMSP territoriale du Bocage - intervention en EHPAD
Dr Pierre-Yves Lemercier, IDE Mme Chaussat - 02 33 18 54 77

EHPAD Les Glycines, Sainte-Marthe-des-Prés - le 20/03/2026

Objet : M. Émile BOURDAILLET, né le 14/11/1934
Demande d'avis RCP métastases osseuses (radiothérapie antalgique ?)

Cher confrère,

Nous avons été appelés par l'EHPAD pour M. Bourdaillet, résident depuis 2022, pour des douleurs mal contrôlées.
Cancer de la prostate connu depuis 2012, jamais biopsié en raison de l'âge (PSA à 48 ng/ml à l'époque), traité par Enantone LP 11,25 mg tous les 3 mois, toujours injecté par le médecin traitant. Dernier PSA 96 ng/ml (janvier 2026).
Des lésions osseuses condensantes du bassin et du fémur gauche ont été vues sur une radiographie du bassin faite après une chute dans l'établissement en décembre 2025 (pas de fracture).

Douleur : patient dément (Alzheimer évolué), non communicant verbalement. Algoplus à 2/5 au repos, 4/5 à la toilette et lors des transferts (grimaces, cris, raideur du membre inférieur gauche). Nuits calmes d'après l'équipe.

Traitement actuel :
- Durogesic 12 µg/h
- Paracétamol 1 g x 3
- Enantone LP 11,25 mg / 3 mois
- Levothyrox 50 µg
- Forlax 1 sachet/j
Préviscan (FA) arrêté le 02/02/2026 après deux chutes et un INR à 5,8 ; relais par HBPM discuté avec la famille mais non mis en place. Pas d'antiagrégant.
Il serait sous Prolia pour une ostéoporose (injection tous les 6 mois par le médecin traitant ?) : à vérifier, rien dans le classeur de l'EHPAD.

Antécédents : FA, hypothyroïdie, démence type Alzheimer. Fils : cancer colique opéré.

Karnofsky 30 %. Pronostic de quelques semaines à quelques mois.
Prise en charge palliative, hormonothérapie maintenue par le médecin traitant, pas d'autre traitement spécifique.

Question : une radiothérapie antalgique monofraction du bassin/fémur gauche est-elle raisonnable (transport en ambulance depuis l'EHPAD) ?

Bien cordialement,
Dr P.-Y. Lemercier
""", gold=dict(
    patient={"sex": "M", "age": 91},
    primaryTumor=S("present", site="prostate", histology=None, biomarkers={"PSA": "positive"}),
    boneDiagnosis=S("present", circumstances=["incidental_imaging"], dated=True),
    pain=S("present", types=["mechanical"], intensity=None),
    currentMedications=S("present", atc=["A06AD15", "H03AA01", "L02AE02", "N02AB03", "N02BE01"]),
    priorLocalTreatments=S("unknown", types=[]),
    boneTargetedTherapy=S("uncertain", atc=["M05BX04"]),
    anticoagulation=S("absent", atc=[]),
    antiplatelets=S("absent", atc=[]),
    prognosis=S("present", kps=30),
    therapeuticProject=S("present", intent="palliative"),
)))

# zzt07 -- USP, text PDF, breast HER2+, uncertain HBPM, Xgeva ongoing, birth date only
LETTERS.append(dict(id="zzt07", not_current=["N02AA01", 'L01FD01'], fmt="pdf", date="2026-03-05", birth="1967-06-22", text="""\
Hôpital Notre-Dame de Bon-Secours – Unité de Soins Palliatifs
12 rue des Cordeliers, 69990 Saint-Rambert-les-Monts – Secrétariat 04 78 66 03 21

Saint-Rambert, le 5 mars 2026

Dr Claire Aubazac, praticien USP
à
RCP Métastases osseuses – Institut de cancérologie de Brévannes

Objet : Mme Sylvie PONTCHARRA, née le 22/06/1967 – demande de cimentoplastie

Cher confrère,

Mme Pontcharra est hospitalisée dans notre unité depuis le 23/02/2026 pour une prise en charge de douleurs rachidiennes et une altération de l'état général.

Elle présente un carcinome canalaire infiltrant du sein droit, RE 0 %, RP 0 %, HER2 3+, diagnostiqué en 2020, traité par tumorectomie, chimiothérapie et radiothérapie mammaire. La maladie osseuse a été découverte en juin 2023 lors d'une hypercalcémie à 3,4 mmol/L ; le bilan retrouvait des lésions lytiques rachidiennes et costales. Une radiothérapie de L1 (30 Gy en 10 fractions) a été faite en 2024. Le trastuzumab déruxtécan a été arrêté en janvier 2026 pour pneumopathie interstitielle ; décision collégiale d'arrêt des traitements spécifiques, soins de support exclusifs.

Douleur : lombalgie haute en barre sur un tassement de T12 récent (IRM 20/02/2026, recul du mur postérieur sans compression médullaire), de rythme mécanique strict, majorée à l'assise et à la mobilisation, EN 6/10 ce jour (8/10 à l'entrée). DN4 2/10, pas de radiculalgie. Accès douloureux paroxystiques lors des toilettes, prévenus par Oxynorm 30 minutes avant.
Une rotation de la morphine vers l'oxycodone a été faite en décembre pour hallucinations. La corticothérapie a été arrêtée à l'entrée (diabète cortico-induit déséquilibré).

Traitement actuel :
Oxycontin LP 30 mg x 2/j ; Oxynorm 10 mg en interdose (2 à 3/j)
Paracétamol 1 g x 3/j
Xgeva 120 mg/4 semaines (depuis juillet 2023, dernière injection le 10/02/2026)
Glucophage 850 mg x 2/j
Inexium 20 mg/j
Xanax 0,25 mg si anxiété

Anticoagulation : une HBPM aurait été introduite par le médecin traitant en janvier pour une thrombose veineuse du membre supérieur sur PAC, mais elle ne figure pas sur l'ordonnance d'entrée : à vérifier auprès du Dr Faure (MT).

Antécédents familiaux : mère et tante maternelle : cancer du sein.

Évaluation : OMS 3, PPS 40 %. Espérance de vie estimée à quelques semaines à 2-3 mois.

Question posée : vertébroplastie/cimentoplastie de T12 à visée antalgique, réalisable sous anesthésie locale ?

Bien confraternellement,
Dr C. Aubazac
""", gold=dict(
    patient={"sex": "F", "age": 58},
    primaryTumor=S("present", site="breast", histology="invasive_ductal_carcinoma",
                   biomarkers={"ER": "negative", "PR": "negative", "HER2": "positive"}),
    boneDiagnosis=S("present", circumstances=["hypercalcemia"], dated=True),
    pain=S("present", types=["mechanical"], intensity=6),
    currentMedications=S("present", atc=["A02BC05", "A10BA02", "M05BX04", "N02AA05", "N02BE01", "N05BA12"]),
    priorLocalTreatments=S("present", types=["radiotherapy"]),
    boneTargetedTherapy=S("present", atc=["M05BX04"]),
    anticoagulation=S("uncertain", atc=[]),
    antiplatelets=S("unknown", atc=[]),
    prognosis=S("present", ecog=3),
    therapeuticProject=S("present", intent="supportive"),
)))

# zzt08 -- EMSP, DOCX, small-cell lung, curative LMWH kept, aspirin stopped
LETTERS.append(dict(id="zzt08", not_current=['L01XA02', 'L01CB01', 'L01FF05', 'B01AC06'], fmt="docx", date="2026-02-03", birth=None, text="""\
Centre Hospitalier Intercommunal de Lauzières-Montbrand
Équipe Mobile d'Accompagnement et de Soins Palliatifs
Dr Thomas Rigaudière – DECT 6 25 41

Le 03/02/2026

À l'attention du Dr Vernazobres, radiothérapeute, et de la RCP métastases osseuses

Cher confrère,

Nous suivons M. Jean-Claude MAZERAND, 66 ans, hospitalisé en pneumologie, à la demande de l'équipe pour des douleurs thoraciques mal contrôlées.

Il s'agit d'un carcinome bronchique à petites cellules diagnostiqué en août 2025, d'emblée métastatique (foie, os) : les lésions osseuses costales et vertébrales ont été vues sur le TEP du bilan d'extension initial en août 2025. Traité par carboplatine-étoposide-atézolizumab (4 cures) puis atézolizumab de maintenance, arrêté début janvier 2026 pour progression hépatique et cérébrale. Radiothérapie pan-encéphalique en janvier. Pas d'irradiation osseuse à ce jour. Aucune seconde ligne n'a été retenue par l'oncologue, en accord avec le patient : prise en charge palliative.
Frère décédé d'un cancer du poumon.

Douleur : douleur costale gauche (arc postérieur de K7) en hémiceinture, décrite comme une brûlure permanente avec des décharges, allodynie au contact du drap ; DN4 à 5/10. EN 5/10 sous traitement, pics à 8 lors des ADP (quintes de toux). Sommeil correct.

Traitement :
Skenan LP 30 mg matin et soir ; Actiskenan 10 mg si besoin
Lyrica 75 mg x 2/j, augmenté à 100 mg x 2 le 01/02
Solupred 40 mg le matin
Mopral 20 mg
Lovenox 0,6 mL x 2/j (dose curative) pour une thrombose veineuse profonde fémorale gauche du 15/01/2026
Le Kardégic 75 mg a été arrêté à l'introduction de l'anticoagulation curative.

Nous avons discuté avec le patient et son épouse du maintien de l'anticoagulation : TVP récente et symptomatique, pas de saignement, plaquettes normales ; nous avons décidé de poursuivre le Lovenox pour l'instant et de le réévaluer si la voie orale ou l'état cutané se dégradent.

Pronostic : quelques semaines, probablement moins de 3 mois.

Question : radiothérapie antalgique de l'arc costal postérieur de K7 (monofraction 8 Gy ?) ; à défaut, un bloc intercostal ou une radiofréquence sont-ils envisageables ?

Dr T. Rigaudière
""", gold=dict(
    patient={"sex": "M", "age": 66},
    primaryTumor=S("present", site="lung", histology="small_cell_carcinoma", biomarkers={}),
    boneDiagnosis=S("present", circumstances=["staging_imaging"], dated=True),
    pain=S("present", types=["neuropathic"], intensity=5),
    currentMedications=S("present", atc=["A02BC01", "B01AB05", "H02AB06", "N02AA01", "N03AX16"]),
    priorLocalTreatments=S("absent", types=[]),
    boneTargetedTherapy=S("unknown", atc=[]),
    anticoagulation=S("present", atc=["B01AB05"]),
    antiplatelets=S("absent", atc=[]),
    prognosis=S("present", ecog=None),
    therapeuticProject=S("present", intent="palliative"),
)))

# zzt09 -- pain consultation, TXT (UTF-8), melanoma BRAF+, targeted therapy not in ATC table
LETTERS.append(dict(id="zzt09", not_current=['L01FF01', 'L01FX04', 'M05BX04'], fmt="txt", date="2026-01-16", birth=None, text="""\
CONSULTATION DOULEUR CHRONIQUE - CHU de Brévannes, site Pasteur
Dr Anne-Laure Quintanilla - consultation du 16/01/2026

Destinataire : RCP métastases osseuses (copie : Dr Mercadier, dermato-oncologie)

Mme Laetitia ROCHEVAL, 49 ans, adressée par son dermatologue pour douleur de hanche G.

Mélanome nodulaire du dos opéré en 2022, BRAF V600E muté. Rechute métastatique ganglionnaire puis osseuse.
ttt : nivolumab-ipilimumab arrêté en 2024 (colite immuno-induite grade 3). Actuellement dabrafénib + tramétinib (Tafinlar/Mekinist) depuis le 02/01/2026, bien toléré.

Histoire douloureuse : douleurs de hanche G depuis novembre 2025 ; l'IRM du bassin (décembre 2025) montre une lésion du toit du cotyle G et du col, sans trait de fracture. Douleur à la marche et à l'appui (boiterie, canne depuis 15 j), réveils nocturnes 2-3 fois/nuit. Pas de brûlure ni de décharge, DN4 0/10.
EVA 8/10 à la 1ère consultation (05/01) -> 5/10 ce jour après titration par oxycodone.

Ttt actuel :
- Oxycontin LP 20 mg x2
- Oxynormoro 5 mg si besoin (2/j en moyenne)
- Doliprane 1 g x 4
- Bi-Profénid 100 mg x 2 pendant 10 jours (jusqu'au 24/01)
- Forlax

Pas d'anticoagulant ni d'antiagrégant. Pas de radiothérapie ni de chirurgie osseuse antérieure.
Xgeva : une seule injection en décembre 2025, non poursuivi dans l'attente de soins dentaires.

OMS 1, autonome, poursuit une activité professionnelle à mi-temps.

Question : radiothérapie antalgique du cotyle G +/- avis orthopédique (risque fracturaire, score de Mirels ?). Possibilité de cimentoplastie acétabulaire ?

Dr A.-L. Quintanilla, médecin algologue
""", gold=dict(
    patient={"sex": "F", "age": 49},
    primaryTumor=S("present", site="melanoma", histology="other", biomarkers={"BRAF": "positive"}),
    boneDiagnosis=S("present", circumstances=["pain"], dated=True),
    pain=S("present", types=["mechanical", "nocturnal"], intensity=5),
    currentMedications=S("present", atc=["A06AD15", "M01AE03", "N02AA05", "N02BE01"]),
    priorLocalTreatments=S("absent", types=[]),
    boneTargetedTherapy=S("absent", atc=[]),
    anticoagulation=S("absent", atc=[]),
    antiplatelets=S("absent", atc=[]),
    prognosis=S("present", ecog=1),
    therapeuticProject=S("present", intent=None),
)))

# zzt10 -- USP, text PDF, lung squamous, cord compression, Eliquis kept, birth date only
LETTERS.append(dict(id="zzt10", not_current=['L01XA02', 'L01CD01'], fmt="pdf", date="2026-03-27", birth="1951-03-30", text="""\
Groupe Hospitalier du Pays de Marsanne – Unité de Soins Palliatifs (10 lits)
Dr Julien Abadie-Sarrat – Tél. 04 75 02 88 16

Marsanne, le 27/03/2026

RCP métastases osseuses
CHU de Brévannes

Concerne : M. André VIGOUROUX, né le 30/03/1951

Chère consœur, cher confrère,

M. Vigouroux est hospitalisé en USP depuis le 10/03/2026. Carcinome épidermoïde bronchique du lobe supérieur gauche, PD-L1 < 1 %, diagnostiqué en novembre 2025 à l'occasion d'une compression médullaire T6 révélatrice (paraparésie) : laminectomie décompressive T5-T7 avec ostéosynthèse puis radiothérapie 5 x 4 Gy en urgence. Récupération partielle, marche impossible depuis.
Deux cures de carboplatine-paclitaxel, mal tolérées ; décision d'arrêt des traitements spécifiques en février : soins de support exclusifs. Il n'a jamais reçu de dénosumab ni de bisphosphonate.

Douleurs actuelles : douleur thoracique en hémiceinture droite à type de décharges électriques (radiculalgie T9-T10), plus marquée la nuit, le réveillant 2 à 3 fois ; EN 5/10 ce jour. Nouvelle lésion lytique T10 au scanner du 18/03. Pas de douleur mécanique au niveau opéré.

Traitement :
- Sophidone LP 8 mg x 2, Sophidone 2 mg en interdoses
- Neurontin 300 mg x 3/j
- Dectancyl 4 mg/j
- Eliquis 5 mg x 2/j (ACFA)
- Laroxyl 10 gouttes le soir
- Macrogol 2 sachets/j

L'Eliquis est maintenu pour le moment ; la question de son arrêt est en cours de discussion avec le patient et sa famille (risque hémorragique vs confort, pas de saignement à ce jour).

Antécédents : ACFA, BPCO post-tabagique, artériopathie des membres inférieurs.

État général : Karnofsky 40 %. Pronostic réservé, de l'ordre de quelques semaines.

Question : radiothérapie antalgique de T10 (en monofraction) pour la radiculalgie ? Le patient et sa fille y sont favorables si le transport est court.

Confraternellement,
Dr J. Abadie-Sarrat
""", gold=dict(
    patient={"sex": "M", "age": 74},
    primaryTumor=S("present", site="lung", histology="squamous_cell_carcinoma", biomarkers={"PD-L1": "negative"}),
    boneDiagnosis=S("present", circumstances=["neurological_deficit"], dated=True),
    pain=S("present", types=["neuropathic", "nocturnal"], intensity=5),
    currentMedications=S("present", atc=["A06AD15", "B01AF02", "H02AB02", "N02AA03", "N03AX12", "N06AA09"]),
    priorLocalTreatments=S("present", types=["radiotherapy", "surgery"]),
    boneTargetedTherapy=S("absent", atc=[]),
    anticoagulation=S("present", atc=["B01AF02"]),
    antiplatelets=S("unknown", atc=[]),
    prognosis=S("present", kps=40),
    therapeuticProject=S("present", intent="supportive"),
)))

# zzt11 -- EMSP on oncology ward, DOCX, colorectal KRAS, HBPM without name, project not stated
LETTERS.append(dict(id="zzt11", fmt="docx", date="2026-02-18", birth=None, text="""\
Hôpital Privé du Grand Cerf – Service d'Oncologie
Avis de l'Équipe Mobile de Soins Palliatifs – Dr Isabelle Quéméner

18 février 2026

A l'attention de la RCP Métastases Osseuses

Patiente : Mme Martine LABROUSSAC, 61 ans

Madame, Monsieur,

Nous avons vu à plusieurs reprises Mme Labroussac, hospitalisée en oncologie pour des douleurs sacrées invalidantes.

Contexte oncologique : adénocarcinome du colon sigmoïde, KRAS G12D muté, BRAF non muté, opéré en 2022 ; métastases hépatiques puis osseuses. La lésion sacrée (S1-S3, lytique avec extension aux trous sacrés) a été découverte sur le TDM de surveillance de septembre 2025. Elle a reçu 3 lignes de chimiothérapie (dernière : FOLFIRI-bévacizumab). La suite du projet oncologique sera discutée en RCP digestive la semaine prochaine.

Douleur : douleur sacrée et fessière bilatérale, impossibilité de rester assise plus de 10 minutes, majorée à la mobilisation et au passage assis-debout. EVA 7/10 au repos ce matin. DN4 à 1/10 : pas de composante neuropathique. Sommeil perturbé par l'anxiété plus que par la douleur.
Titration morphinique IV par PCA depuis le 14/02 (bolus 1,5 mg, pas de débit continu), relais per os prévu.

Traitement en cours :
Morphine PCA IV
Cortancyl 40 mg/j
Paracétamol IV 1 g x 4
Acide zolédronique 4 mg IV toutes les 12 semaines (dernière perfusion le 08/01/2026)
HBPM à dose curative (embolie pulmonaire en mai 2025)
Eupantol 40 mg
Imovane 7,5 mg au coucher

Le sacrum n'a jamais été irradié et il n'y a pas eu de cimentoplastie.

État général : ECOG 3, amaigrissement de 12 kg. Pronostic réservé.

Question : radiothérapie antalgique du sacrum ou sacroplastie (cimentoplastie sacrée) ? Quel délai ?

Dr I. Quéméner, EMSP
""", gold=dict(
    patient={"sex": "F", "age": 61},
    primaryTumor=S("present", site="colorectal", histology="adenocarcinoma",
                   biomarkers={"KRAS": "positive", "BRAF": "negative"}),
    boneDiagnosis=S("present", circumstances=["staging_imaging"], dated=True),
    pain=S("present", types=["mechanical"], intensity=7),
    currentMedications=S("present", atc=["A02BC02", "H02AB07", "M05BA08", "N02AA01", "N02BE01", "N05CF01"]),
    priorLocalTreatments=S("absent", types=[]),
    boneTargetedTherapy=S("present", atc=["M05BA08"]),
    anticoagulation=S("present", atc=[]),
    antiplatelets=S("unknown", atc=[]),
    prognosis=S("present", ecog=3),
    therapeuticProject=S("unknown", intent=None),
)))

# zzt12 -- short EMSP note, TXT CRLF, unknown primary, PPS only, best supportive care
LETTERS.append(dict(id="zzt12", fmt="txt-crlf", date="2026-03-02", birth=None, text="""\
De : EMSP CH de Roquebrune-sur-Arly (Dr B. Thévenoud)
A : secrétariat RCP MO Brévannes
Date : 02/03/2026
Objet : avis RCP - M. Lucien FARGETTE 80 ans

Bonjour,

Pour la prochaine RCP, M. Fargette, 80 ans, vu à domicile avec l'infirmière libérale.
Carcinome d'origine indéterminée : adénocarcinome sur la biopsie de l'humérus (TTF1 neg, CK7+, CK20 neg), pas de primitif retrouvé au TEP.
Découverte sur une fracture pathologique de l'humérus droit en février 2026 ; ostéosynthèse proposée mais refusée par le patient, traité orthopédiquement (coude au corps). Pas de radiothérapie.

Douleurs : bras droit, EN 3/10 au repos sous traitement, accès douloureux 3x/j lors des mobilisations (toilette, habillage) cotés à 7.
Ttt : Durogesic 25 µg/h, Actiskenan 5 mg si besoin avant la toilette, Dafalgan 1g x3, Cardensiel 2,5 mg, Tahor 20 mg.
Pas d'anticoagulant, pas d'antiagrégant. HBPM préventive arrêtée au retour à domicile.

PPS 50 %. Pronostic de quelques mois.
Pas de traitement spécifique compte tenu de l'âge et des souhaits du patient : prise en charge exclusivement symptomatique (soins de support exclusifs), maintien à domicile.

Question : RT antalgique de l'humérus droit en 1 séance ? Possible sur une seule journée avec transport VSL ?

Merci
Dr Thévenoud
""", gold=dict(
    patient={"sex": "M", "age": 80},
    primaryTumor=S("present", site="unknown_primary", histology="adenocarcinoma", biomarkers={}),
    boneDiagnosis=S("present", circumstances=["pathological_fracture"], dated=True),
    pain=S("present", types=["mechanical"], intensity=3),
    currentMedications=S("present", atc=["C07AB07", "C10AA05", "N02AA01", "N02AB03", "N02BE01"]),
    priorLocalTreatments=S("absent", types=[]),
    boneTargetedTherapy=S("unknown", atc=[]),
    anticoagulation=S("absent", atc=[]),
    antiplatelets=S("absent", atc=[]),
    prognosis=S("present", ecog=None),
    therapeuticProject=S("present", intent="supportive"),
)))


# ---------------------------------------------------------------- contract check

def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def check(letter: dict, atc: dict):
    lid, g, text = letter["id"], letter["gold"], letter["text"]
    where = lambda m: fail(f"{lid}: {m}")
    expected = {"patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
                "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
                "antiplatelets", "prognosis", "therapeuticProject"}
    if set(g) != expected:
        where(f"keys {sorted(set(g) ^ expected)}")
    # patient
    p = g["patient"]
    if p.get("sex") not in ("F", "M"):
        where("sex")
    if not isinstance(p.get("age"), int):
        where("age not int")
    if letter["birth"]:
        if age_at(letter["birth"], letter["date"]) != p["age"]:
            where(f"age {p['age']} != computed {age_at(letter['birth'], letter['date'])}")
        b = dt.date.fromisoformat(letter["birth"]).strftime("%d/%m/%Y")
        if b not in text:
            where(f"birth date {b} not in text")
        if re.search(rf"\b{p['age']} ans\b", text):
            where("age written although only the birth date should give it")
    elif not re.search(rf"\b{p['age']} ans\b", text):
        where(f"age {p['age']} not written in the letter")
    # statuses
    for item, allowed in ALLOWED.items():
        st = g[item].get("status")
        if st not in allowed:
            where(f"{item}.status {st!r} not in {sorted(allowed)}")
    pt = g["primaryTumor"]
    if set(pt) != {"status", "site", "histology", "biomarkers"}:
        where("primaryTumor keys")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        where("primaryTumor unknown but filled")
    if pt["site"] is not None and pt["site"] not in SITES:
        where(f"site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTO:
        where(f"histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIORES:
            where(f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if set(bd) != {"status", "circumstances", "dated"}:
        where("boneDiagnosis keys")
    if any(c not in CIRC for c in bd["circumstances"]):
        where("circumstance code")
    if bd["status"] == "present" and not bd["circumstances"]:
        where("boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        where("boneDiagnosis unknown but filled")
    if not isinstance(bd["dated"], bool):
        where("dated not bool")
    pn = g["pain"]
    if set(pn) != {"status", "types", "intensity"}:
        where("pain keys")
    if any(t not in PAINTYPES for t in pn["types"]):
        where("pain type code")
    if pn["status"] in ("absent", "unknown") and pn["types"]:
        where("pain types with absent/unknown pain")
    if pn["intensity"] is not None:
        if not isinstance(pn["intensity"], int) or not 0 <= pn["intensity"] <= 10:
            where("pain intensity range")
        if pn["status"] == "unknown":
            where("intensity with unknown pain")
        if pn["status"] == "present" and pn["intensity"] == 0:
            where("present pain at 0")
        if not re.search(rf"\b{pn['intensity']}\s*/\s*10\b", text):
            where(f"intensity {pn['intensity']}/10 not in text")
    cm = g["currentMedications"]
    if set(cm) != {"status", "atc"}:
        where("currentMedications keys")
    for item in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        sec = g[item]
        if set(sec) != {"status", "atc"}:
            where(f"{item} keys")
        if sec["atc"] != sorted(set(sec["atc"])):
            where(f"{item}.atc not sorted/unique")
        for c in sec["atc"]:
            if c not in atc:
                where(f"{item}: {c} not in atc-reference.tsv")
            names = [norm(n) for n in atc[c] if n]
            if not any(n in norm(text) for n in names):
                where(f"{item}: no name of {c} ({atc[c]}) in the letter")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            where(f"{item} {sec['status']} with codes")
    if cm["status"] == "absent" and cm["atc"]:
        where("currentMedications absent with codes")
    for item, prefixes in AGENT_PREFIX.items():
        sec = g[item]
        for c in sec["atc"]:
            if not c.startswith(prefixes):
                where(f"{item}: {c} is not an agent of this section")
            if sec["status"] in ("present", "conflicting") and c not in cm["atc"]:
                where(f"{item}: {c} ({sec['status']}) missing from currentMedications")
            if sec["status"] == "uncertain" and c in cm["atc"]:
                where(f"{item}: doubtful {c} must not be a current medication")
        # every current drug of this class must appear in its section
        for c in cm["atc"]:
            if c.startswith(prefixes) and c not in sec["atc"]:
                where(f"current {c} not reported in {item}")
            if c.startswith(prefixes) and sec["status"] not in ("present", "conflicting"):
                where(f"current {c} but {item} is {sec['status']}")
    # drugs the letter names as stopped, planned, one-off or doubtful: never current
    for c in letter.get("not_current", []):
        if c not in atc:
            where(f"not_current {c} not in atc-reference.tsv")
        if not any(norm(n) in norm(text) for n in atc[c] if n):
            where(f"not_current {c} not named in the letter")
        if c in cm["atc"]:
            where(f"{c} is stopped/planned/doubtful but listed as current")
    lt = g["priorLocalTreatments"]
    if set(lt) != {"status", "types"}:
        where("priorLocalTreatments keys")
    if any(t not in LOCALTYPES for t in lt["types"]):
        where("local treatment code")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        where("local treatments listed while absent/unknown")
    if lt["status"] == "present" and not lt["types"]:
        where("local treatment present without type")
    pr = g["prognosis"]
    if not ({"status"} < set(pr) <= {"status", "ecog", "kps"}) or ("ecog" in pr and "kps" in pr):
        where("prognosis keys (ecog or kps, not both)")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 6):
        where("ecog range")
    if pr.get("kps") is not None and (pr["kps"] not in range(0, 101, 10)):
        where("kps range")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        where("prognosis unknown with a score")
    if pr.get("kps") is not None and not re.search(rf"Karnofsky\s*(?:à\s*)?{pr['kps']}\s*%", text):
        where("kps value not in text")
    if pr.get("ecog") is not None and not re.search(rf"(?:OMS|ECOG|PS)\s*(?:à\s*)?{pr['ecog']}\b", text):
        where("ecog value not in text")
    tp = g["therapeuticProject"]
    if set(tp) != {"status", "intent"}:
        where("therapeuticProject keys")
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        where("intent code")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        where("intent without project")
    if pt["status"] != "unknown" and pt["site"] is None:
        where("primary present without site")
    if letter["fmt"] in ("pdf", "txt-cp1252"):
        try:
            text.encode("cp1252")
        except UnicodeEncodeError as e:
            where(f"character not in cp1252: {e}")
    for c in ("\t",):
        if c in text:
            where("tab in text")
    dd = dt.date.fromisoformat(letter["date"])
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
    forms = [dd.strftime("%d/%m/%Y"), f"{dd.day} {months[dd.month - 1]} {dd.year}",
             f"{dd.day:02d} {months[dd.month - 1]} {dd.year}"]
    if not any(f in text for f in forms):
        where("letter date not written in the letter")


# ---------------------------------------------------------------- writers

def write_txt(path: Path, text: str, enc: str = "utf-8", crlf: bool = False):
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode(enc))


def write_pdf(path: Path, text: str, date: str):
    import zlib
    from PIL import ImageFont

    size, lead, margin, pw, ph = 10, 13.2, 56, 595, 842
    font = ImageFont.truetype(FONT, 1000)
    widths = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
            widths.append(int(round(font.getlength(ch))))
        except UnicodeDecodeError:
            widths.append(0)
    wmap = {bytes([c]).decode("cp1252", errors="ignore"): widths[c - 32] for c in range(32, 256)}

    def tw(s):
        return sum(wmap.get(ch, 600) for ch in s) * size / 1000

    lines = []
    maxw = pw - 2 * margin
    for raw in text.split("\n"):
        if not raw.strip():
            lines.append("")
            continue
        indent = "  " if raw.startswith(("- ", "• ")) else ""
        cur = ""
        for word in raw.split(" "):
            cand = (cur + " " + word) if cur else word
            if tw(cand) <= maxw or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = indent + word
        lines.append(cur)
    per_page = int((ph - 2 * margin) // lead)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]

    def esc(s):
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objs = {}
    fontdata = Path(FONT).read_bytes()
    comp = zlib.compress(fontdata, 9)
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + b" ".join(str(w).encode() for w in widths) + b"] "
               b"/Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    objs[5] = (b"<< /Length " + str(len(comp)).encode() + b" /Length1 " + str(len(fontdata)).encode()
               + b" /Filter /FlateDecode >>\nstream\n" + comp + b"\nendstream")
    kids = []
    n = 6
    for pg in pages:
        ops = [b"BT", b"/F1 %d Tf" % size, b"%.1f TL" % lead, b"%d %d Td" % (margin, ph - margin)]
        for i, ln in enumerate(pg):
            ops.append(b"(" + esc(ln) + b") Tj T*")
        ops.append(b"ET")
        content = b"\n".join(ops)
        objs[n + 1] = b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] " % (pw, ph)
                   + b"/Resources << /Font << /F1 3 0 R >> >> /Contents " + str(n + 1).encode() + b" 0 R >>")
        kids.append(n)
        n += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids))
    d = date.replace("-", "")
    info_id = n
    objs[info_id] = (b"<< /Producer (corpus72 make_letters.py) /Creator (Traitement de texte) "
                     b"/CreationDate (D:" + d.encode() + b"100000+01'00') /ModDate (D:" + d.encode()
                     + b"100000+01'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    total = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % total
    for k in range(1, total):
        out += b"%010d 00000 n \n" % offsets[k]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (total, info_id, xref))
    path.write_bytes(bytes(out))


def write_docx(path: Path, text: str, date: str, author: str):
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    lines = text.rstrip("\n").split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith(("• ", "- ")):
            para = doc.add_paragraph(ln[2:], style="List Bullet")
        else:
            para = doc.add_paragraph()
            run = para.add_run(ln)
            if i < 2 or (ln.strip() and len(ln) < 40 and not ln.rstrip().endswith((".", ",", ":")) and ln == ln.strip()
                         and i > 0 and lines[i - 1] == "" and i + 1 < len(lines) and lines[i + 1] != ""
                         and not re.search(r"\d", ln)):
                run.bold = True
    when = dt.datetime.fromisoformat(date + "T09:30:00")
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    path.write_bytes(out.getvalue())


def main():
    atc = load_atc()
    ids = [l["id"] for l in LETTERS]
    if ids != [f"zzt{i:02d}" for i in range(1, len(ids) + 1)]:
        fail(f"ids not consecutive: {ids}")
    golds = {}
    for letter in LETTERS:
        check(letter, atc)
        g = {"id": letter["id"]}
        g.update(letter["gold"])
        g["gaps"] = derive_gaps(g)
        golds[letter["id"]] = g
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for old in list((HERE / "letters").iterdir()) + list((HERE / "gold").iterdir()):
        old.unlink()
    for letter in LETTERS:
        lid, fmt, text = letter["id"], letter["fmt"], letter["text"]
        if fmt == "pdf":
            write_pdf(HERE / "letters" / f"{lid}.pdf", text, letter["date"])
        elif fmt == "docx":

            write_docx(HERE / "letters" / f"{lid}.docx", text, letter["date"], "secretariat")
        elif fmt == "txt":
            write_txt(HERE / "letters" / f"{lid}.txt", text)
        elif fmt == "txt-cp1252":
            write_txt(HERE / "letters" / f"{lid}.txt", text, enc="cp1252")
        elif fmt == "txt-crlf":
            write_txt(HERE / "letters" / f"{lid}.txt", text, crlf=True)
        else:
            fail(f"{lid}: unknown format {fmt}")
        (HERE / "gold" / f"{lid}.json").write_text(
            json.dumps(golds[lid], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds to {HERE}")


if __name__ == "__main__":
    main()
