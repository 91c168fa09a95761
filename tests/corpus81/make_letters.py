#!/usr/bin/env python3
"""Blind corpus 81: six scanned / faxed referral letters (image-only PDFs).

Holds every letter's text and gold record, derives the gold gaps from the
spec's gap rule (one function), checks each gold against the contract and
writes letters/ and gold/ byte-identically on every run.

    /work/main/.venv/bin/python tests/corpus81/make_letters.py   (from /work/main)
"""
from __future__ import annotations

import json
import math
import random
import sys
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
if not ATC_TSV.exists():
    ATC_TSV = ROOT.parent / "shared" / "spec" / "atc-reference.tsv"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
PAGE_BREAK = "<<PAGE>>"

# --------------------------------------------------------------------------
# Letters. Each entry: id, render settings, meta (letter date, birth date,
# written age), text (lines; '## ' = bold line, PAGE_BREAK = new page) and
# the gold record without gaps (gaps are derived).
# --------------------------------------------------------------------------

LETTERS = []

LETTERS.append(dict(
    id="ye01",
    render=dict(dpi=300, mode="L", font="DejaVuSans", size=10.5, angle=-0.6, seed=101,
                fax="De : +33 2 47 83 19 56   CH Montreuil-sur-Loire PNEUMO   03/03/2026 14:32",
                stamp=("CENTRE HOSPITALIER", "MONTREUIL-SUR-LOIRE", "Service de Pneumologie", "Dr H. VASSEUR-BRUNET"),
                signature=True,
                annotation=("Reçu le 04/03 - RCP du 10/03", 0)),
    meta=dict(letter_date=date(2026, 3, 3), birth_date=date(1957, 9, 14), written_age=None),
    text="""## Centre Hospitalier de Montreuil-sur-Loire
Service de Pneumologie et Oncologie thoracique
Dr Hélène VASSEUR-BRUNET - Tél. secrétariat 02 47 83 19 50 - Fax 02 47 83 19 56

                                              Montreuil-sur-Loire, le 03/03/2026

                                 A l'attention du Dr Philippe ARNAUDIN
                                 RCP Métastases osseuses - Institut Loire-Océan

## Objet : Mme GARNIER-LESAGE Odile, née le 14/09/1957

Cher confrère,

Je vous adresse pour discussion en RCP métastases osseuses Mme Garnier-Lesage que je
suis pour un adénocarcinome pulmonaire du lobe supérieur droit, stade IV d'emblée,
diagnostiqué en juin 2025 (biopsie bronchique sous fibroscopie).

## Antécédents
- HTA
- Hypothyroïdie substituée
- Embolie pulmonaire bilatérale en novembre 2025, sous apixaban depuis
- Tabagisme sevré en 2015 (35 PA)
- Familiaux : mère décédée d'un cancer du côlon à 78 ans.

## Histoire oncologique
Biologie moléculaire : mutation EGFR (délétion exon 19). Pas de réarrangement ALK
(IHC négative), ROS1 négatif, PD-L1 à 5 %.
Les lésions osseuses ont été découvertes sur le TEP-scanner du bilan initial en juin
2025 (lyse de T10, de l'aile iliaque gauche et de l'arc postérieur de la 5e côte droite),
la patiente étant alors asymptomatique.
Traitement par osimertinib (TAGRISSO) 80 mg/j débuté le 08/07/2025, bien toléré
(paronychie grade 1). Réponse partielle pulmonaire au scanner de janvier 2026.
Apparition en août 2025 de dorsalgies sur la lésion de T10, traitée par radiothérapie
antalgique 20 Gy en 5 fractions (terminée le 29/08/2025) avec un bon effet.
Dénosumab (XGEVA) débuté en août 2025, 120 mg SC toutes les 4 semaines, poursuivi.
<<PAGE>>
## Motif de la demande
Depuis 3 semaines, douleurs de la fesse et de l'aile iliaque gauche, à la marche et à
l'appui monopodal, EVA à 6/10 malgré les morphiniques. Pas de réveil nocturne.
Le scanner du 24/02/2026 montre une majoration de la lyse iliaque gauche avec
atteinte du cotyle à discuter, sans fracture. Pas de nouvelle lésion.
Etat général conservé, PS 1, 61 kg (stable).

## Traitement actuel
- TAGRISSO 80 mg : 1 cp le matin
- ELIQUIS 5 mg : 1 cp matin et soir
- XGEVA 120 mg : 1 inj SC / 4 semaines (dernière le 17/02)
- CACIT D3 1000 mg/880 UI : 1 sachet/j
- LEVOTHYROX 75 µg : 1 cp/j
- TRIATEC 5 mg : 1 cp/j
- SKENAN LP 30 mg matin et soir, ACTISKENAN 10 mg si douleur (3 à 4/j)
- DOLIPRANE 1 g x 3/j
- FORLAX 1 sachet/j
Pas d'antiagrégant plaquettaire.

## Question posée à la RCP
Dans une optique palliative, avec poursuite de l'osimertinib qui reste efficace,
quelle prise en charge locale de la lésion iliaque gauche : radiothérapie antalgique,
cimentoplastie (cotyle ?) voire avis chirurgical ? Merci de tenir compte de
l'anticoagulation curative par apixaban.

Je vous remercie et reste à votre disposition.
Bien confraternellement,

Dr H. Vasseur-Brunet
""",
    gold={
        "patient": {"sex": "F", "age": 68},
        "primaryTumor": {"status": "present", "site": "lung", "histology": "adenocarcinoma",
                         "biomarkers": {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}},
        "boneDiagnosis": {"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        "pain": {"status": "present", "types": ["mechanical"], "intensity": 6},
        "currentMedications": {"status": "present", "atc": [
            "L01EB04", "B01AF02", "M05BX04", "A12AX", "H03AA01", "C09AA05", "N02AA01", "N02BE01", "A06AD15"]},
        "priorLocalTreatments": {"status": "present", "types": ["radiotherapy"]},
        "boneTargetedTherapy": {"status": "present", "atc": ["M05BX04"]},
        "anticoagulation": {"status": "present", "atc": ["B01AF02"]},
        "antiplatelets": {"status": "absent", "atc": []},
        "prognosis": {"status": "present", "ecog": 1},
        "therapeuticProject": {"status": "present", "intent": "palliative"},
    },
))

LETTERS.append(dict(
    id="ye02",
    render=dict(dpi=200, mode="1", font="DejaVuSans", size=11, angle=0.9, seed=202,
                fax="De : Cabinet Dr TELLIER 02 98 41 27 63        21/01/2026 09:47",
                stamp=("Dr Marc TELLIER", "Médecine générale", "4 rue des Hortensias", "29870 KERLOUAN-PLAGE", "N° 29 1 23456 7"),
                signature=True,
                annotation=("Appeler MT pour Dmab ?", 1)),
    meta=dict(letter_date=date(2026, 1, 21), birth_date=date(1964, 5, 2), written_age=None),
    text="""Dr Marc TELLIER
Médecine générale
4 rue des Hortensias - 29870 Kerlouan-Plage
Tél 02 98 41 27 60 / Fax 02 98 41 27 63
                                                 Le 21 janvier 2026

                         A l'équipe de la RCP métastases osseuses
                         Centre de cancérologie de l'Aber

Chère consoeur, cher confrère,

Je me permets de vous adresser Mme ROUSSEL Sylvie, née le 02/05/1964, pour avis
concernant des métastases osseuses d'un cancer du sein.

ATCD : cancer du sein gauche en 2017, tumorectomie + curage, carcinome canalaire
infiltrant RE+ RP+ HER2 négatif, radiothérapie du sein puis tamoxifène 5 ans
(arrété en 2022). AIT en 2019 (sous Kardégic depuis). Dyslipidémie. RGO.
Sa mère a eu un cancer du sein à 50 ans.

Depuis mi-novembre elle se plaint de lombalgies avec une douleur descendant dans
la jambe droite jusqu'au pied, type sciatique L5, à type de brûlures, qui la
réveillent la nuit. EVA à 7/10 lors de ma dernière consultation (15/01).
L'IRM lombaire du 12/12/2025 a montré des lésions secondaires de L4, L5 et de
l'aileron sacré droit, avec une épidurite L5 sans compression. Le scanner TAP
retrouve d'autres lésions osseuses (bassin, côtes), pas d'atteinte viscérale.
Biopsie de L4 (clinique des Tilleuls) : métastase d'un carcinome d'origine mammaire,
RE+ HER2 négatif.

Son oncologue, le Dr Aubry, a débuté le 08/01/2026 FEMARA 2,5 mg/j et IBRANCE 125 mg
(21 j/28). Pas de radiothérapie sur les lésions osseuses pour l'instant.
Le dénosumab a été évoqué, à discuter avec vous.

Traitement actuel :
  Femara 2,5 mg 1/j
  Ibrance 125 mg 1/j 21j sur 28
  Lyrica 75 mg matin et soir
  Dafalgan codéiné 2 cp x 3/j
  Kardégic 75 mg 1/j
  Tahor 20 mg le soir
  Inexium 20 mg le matin
Le tramadol a été arrêté début janvier (nausées, vertiges).
Pas d'anticoagulant.

Merci de votre avis sur l'intérêt d'une radiothérapie antalgique du rachis lombaire.
Bien cordialement.

Dr M. Tellier
""",
    gold={
        "patient": {"sex": "F", "age": 61},
        "primaryTumor": {"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma",
                         "biomarkers": {"ER": "positive", "PR": "positive", "HER2": "negative"}},
        "boneDiagnosis": {"status": "present", "circumstances": ["pain"], "dated": True},
        "pain": {"status": "present", "types": ["neuropathic", "nocturnal"], "intensity": 7},
        "currentMedications": {"status": "present", "atc": [
            "L02BG04", "L01EF01", "N03AX16", "N02AJ06", "B01AC06", "C10AA05", "A02BC05"]},
        "priorLocalTreatments": {"status": "absent", "types": []},
        "boneTargetedTherapy": {"status": "unknown", "atc": []},
        "anticoagulation": {"status": "absent", "atc": []},
        "antiplatelets": {"status": "present", "atc": ["B01AC06"]},
        "prognosis": {"status": "unknown", "ecog": None},
        "therapeuticProject": {"status": "present", "intent": None},
    },
))

LETTERS.append(dict(
    id="ye03",
    render=dict(dpi=300, mode="1", font="DejaVuSerif", size=11, angle=-1.2, seed=303,
                fax="De : CLINIQUE DU VAL-FLEURI UROLOGIE  04 73 52 08 91   10/02/2026 16:05",
                stamp=("CLINIQUE DU VAL-FLEURI", "Urologie - Dr B. FERRAND", "63540 ROMAGNAT-LES-VIGNES"),
                signature=True,
                annotation=("Préviscan ?? vérifier", 2)),
    meta=dict(letter_date=date(2026, 2, 10), birth_date=None, written_age=74),
    text="""## CLINIQUE DU VAL-FLEURI - Service d'Urologie
Dr Bertrand FERRAND - Chirurgie urologique et oncologie
Secrétariat 04 73 52 08 90 - Fax 04 73 52 08 91

                                                   Romagnat-les-Vignes, le 10/02/2026

## Demande de présentation en RCP métastases osseuses

Patient : M. PONCELET Gérard, 74 ans
Médecin traitant : Dr Isabelle Carrère, Aubière-Haute

Cher confrère,

Je vous adresse M. Poncelet, 74 ans, pour un adénocarcinome prostatique (Gleason 7,
4+3) traité par prostatectomie radicale en 2015 puis radiothérapie de la loge en
2017 pour récidive biologique. Hormonothérapie par DECAPEPTYL depuis 2023.

Evolution vers la résistance à la castration en 2025 : PSA à 48 ng/ml en janvier
2026 (testostérone < 0,2 ng/ml). Le TEP-PSMA réalisé en septembre 2025 dans le cadre
de la surveillance de la remontée du PSA a mis en évidence des fixations osseuses
multiples (rachis dorsal, bassin, col fémoral gauche) sans atteinte viscérale.
Aucune lésion osseuse n'a été irradiée à ce jour.

Le patient est asymptomatique sur le plan osseux, aucune douleur.
Karnofsky 80 %. Vit avec son épouse, autonome.

Traitement anti-résorptif : ZOMETA débuté en octobre 2025, arrêté en décembre 2025
devant une dégradation de la fonction rénale (clairance 38 ml/min).

Traitement en cours :
 - ZYTIGA 1000 mg/j (depuis octobre 2025)
 - CORTANCYL 5 mg matin et soir
 - DECAPEPTYL LP 22,5 mg tous les 6 mois (dernière inj. 12/2025)
 - PREVISCAN 20 mg 3/4 cp le soir (ACFA)
 - CARDENSIEL 2,5 mg/j
 - GLUCOPHAGE 1000 mg x 2/j
 - LASILIX 40 mg le matin

Points d'attention : insuffisance rénale modérée, diabète de type 2.
Pas de traitement anticoagulant ni antiagrégant.

Projet : poursuite de l'abiratérone tant que le PSA est contrôlé ; un passage au
docétaxel sera discuté en cas de progression.
Question : quel traitement ostéoprotecteur proposer (dénosumab ?) compte tenu de
la fonction rénale ? Intérêt d'une radiothérapie préventive du col fémoral gauche ?

Confraternellement,
Dr B. Ferrand
""",
    gold={
        "patient": {"sex": "M", "age": 74},
        "primaryTumor": {"status": "present", "site": "prostate", "histology": "adenocarcinoma",
                         "biomarkers": {"PSA": "positive"}},
        "boneDiagnosis": {"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        "pain": {"status": "absent", "types": [], "intensity": None},
        "currentMedications": {"status": "present", "atc": [
            "L02BX03", "H02AB07", "L02AE04", "B01AA12", "C07AB07", "A10BA02", "C03CA01"]},
        "priorLocalTreatments": {"status": "absent", "types": []},
        "boneTargetedTherapy": {"status": "absent", "atc": []},
        "anticoagulation": {"status": "conflicting", "atc": ["B01AA12"]},
        "antiplatelets": {"status": "absent", "atc": []},
        "prognosis": {"status": "present", "ecog": None, "kps": 80},
        "therapeuticProject": {"status": "present", "intent": None},
    },
))

LETTERS.append(dict(
    id="ye04",
    render=dict(dpi=300, mode="L", font="DejaVuSerif", size=10.5, angle=0.4, seed=404,
                fax="De : ICSA Oncologie med. +33 3 83 60 44 12     27/10/2026 11:18",
                stamp=("INSTITUT DE CANCEROLOGIE", "SAINT-AUBERT", "Oncologie médicale"),
                signature=True,
                annotation=("CR opératoire joint", 0)),
    meta=dict(letter_date=date(2026, 10, 27), birth_date=date(1961, 11, 30), written_age=None),
    text="""## INSTITUT DE CANCÉROLOGIE SAINT-AUBERT
Département d'Oncologie médicale - Dr Claire MAHÉ-DUVAL
Tél 03 83 60 44 10 - Fax 03 83 60 44 12

                                                   Vandières-sur-Meurthe, le 27/10/2026

Madame, Monsieur et chers collègues de la RCP métastases osseuses,

Je vous remercie de bien vouloir discuter le dossier de M. BENSALEM Karim,
né le 30/11/1961, suivi pour un carcinome rénal à cellules claires.

## Antécédents
Médicaux : HTA, thrombose veineuse profonde surale droite en 2024 traitée 6 mois
par Xarelto (arrêté en octobre 2024). Appendicectomie.
Familiaux : père décédé d'un cancer du poumon.
Mode de vie : ancien fumeur, marié, 2 enfants, chauffeur poids lourd en arrêt.

## Histoire de la maladie
- 2021 : néphrectomie élargie gauche, carcinome à cellules claires pT3a N0, grade
  ISUP 3.
- 2023 : métastases pulmonaires, ipilimumab + nivolumab puis nivolumab en
  maintenance, arrêté en mars 2026 pour progression pulmonaire.
- Avril 2026 : introduction du cabozantinib (CABOMETYX) 40 mg/j, en cours.
- 14/08/2026 : fracture pathologique du fémur droit (chute de sa hauteur),
  révélant une métastase diaphysaire. Enclouage centromédullaire le 16/08/2026
  puis radiothérapie post-opératoire du fémur 30 Gy en 10 fractions, terminée le
  25/09/2026.
<<PAGE>>
## Situation actuelle
Le scanner de réévaluation du 20/10/2026 montre une stabilité pulmonaire mais deux
nouvelles lésions lytiques : T12 (mur postérieur respecté, pas d'épidurite) et aile
iliaque gauche. Le patient décrit des douleurs dorsales basses à la mobilisation et
au lever, qui le réveillent aussi en fin de nuit. EVA 7 avant l'introduction de
l'oxycodone, 4/10 actuellement. Pas de déficit neurologique.
Il marche avec une canne depuis la fracture. PS ECOG 2.

## Traitement actuel
CABOMETYX 40 mg/j ; OXYCONTIN LP 20 mg x 2/j ; OXYNORM 5 mg si besoin (2/j en
moyenne) ; paracétamol 1 g x 4/j ; LOVENOX 4000 UI/j (prophylaxie débutée après
l'enclouage, poursuivie compte tenu de la mobilité réduite) ; MOVICOL 1 sachet/j ;
INIPOMP 40 mg/j ; UVEDOSE 100 000 UI tous les 3 mois ; amlodipine 5 mg/j.
Un traitement par acide zolédronique a été envisagé mais il est différé dans
l'attente de soins dentaires (extraction programmée en novembre).

## Projet et questions
Poursuite du cabozantinib en situation palliative. L'espérance de vie est estimée
à plusieurs mois.
Nous souhaiterions votre avis sur :
1. la prise en charge de la lésion T12 : cimentoplastie, radiothérapie
   stéréotaxique ou radiothérapie conventionnelle ?
2. l'indication d'une irradiation de l'aile iliaque gauche ;
3. le délai pour débuter l'acide zolédronique après les soins dentaires.

Bien cordialement,

Dr Claire Mahé-Duval
Oncologue médicale
""",
    gold={
        "patient": {"sex": "M", "age": 64},
        "primaryTumor": {"status": "present", "site": "kidney", "histology": "clear_cell_carcinoma",
                         "biomarkers": {}},
        "boneDiagnosis": {"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        "pain": {"status": "present", "types": ["mechanical", "nocturnal"], "intensity": 4},
        "currentMedications": {"status": "present", "atc": [
            "L01EX07", "N02AA05", "N02BE01", "B01AB05", "A06AD65", "A02BC02", "A11CC05"]},
        "priorLocalTreatments": {"status": "present", "types": ["surgery", "radiotherapy"]},
        "boneTargetedTherapy": {"status": "unknown", "atc": []},
        "anticoagulation": {"status": "present", "atc": ["B01AB05"]},
        "antiplatelets": {"status": "unknown", "atc": []},
        "prognosis": {"status": "present", "ecog": 2},
        "therapeuticProject": {"status": "present", "intent": "palliative"},
    },
))

LETTERS.append(dict(
    id="ye05",
    render=dict(dpi=200, mode="L", font="DejaVuSans", size=11, angle=-0.3, seed=505,
                fax="De : CHG Pneumologie UHCD  05 55 19 70 02    05/06/2026 14:32",
                stamp=None,
                signature=True,
                annotation=("URGENT - rappelé le 05/06 16h", 0)),
    meta=dict(letter_date=date(2026, 6, 5), birth_date=None, written_age=59),
    text="""## Centre Hospitalier Général de Saint-Yrieix-la-Forêt-Haute
Service de Pneumologie - Unité d'hospitalisation
Fax 05 55 19 70 02 - DECT interne 7214

Le 05/06/2026

## FICHE DE LIAISON / DEMANDE D'AVIS RCP OS (URGENT)

Patient : M. MARCHETTI Jean-Luc, 59 ans
Rédacteur : Dr Thomas LEBRAS, interne, pour le Dr N. Fontanel (PH)

Bonjour,
Nous vous sollicitons pour M. Marchetti, hospitalisé dans le service depuis le 28/05.

ATCD : BPCO stade 2, tabagisme actif 40 PA, OH sevré, phlébite du membre inférieur
gauche il y a 2 ans. Frère suivi pour un myélome.

Onco : carcinome épidermoïde bronchique du LID diagnostiqué en mars 2026, PD-L1 50 %
(pas de recherche moléculaire étendue, épidermoïde chez un gros fumeur). TEP initial de
mars sans lésion osseuse. Chimio-immunothérapie carboplatine - paclitaxel -
pembrolizumab, C3 faite le 15/05/2026 (C4 prévue après la RT).

HDM : paraparésie des membres inférieurs d'installation progressive sur 10 jours,
troubles sphinctériens débutants. IRM médullaire du 28/05 : lyse de T6 avec épidurite
et compression médullaire, autres lésions T9 et L2 sans risque. Avis neurochirurgical :
laminectomie non retenue (état général). Radiothérapie décompressive T5-T7 20 Gy en
5 fractions débutée le 01/06, en cours (3e séance ce jour). Amélioration partielle de la
force (cotation 3/5).
Douleurs : radiculalgies en ceinture thoracique, à type de décharges électriques,
EVA 8 à l'admission, 5 ce jour sous traitement.
OMS 3 (alité la majeure partie de la journée).

Ttt en cours : Dexaméthasone 8 mg/j IV ; Oxycontin 20 mg x2 + Oxynorm 5 mg si bsoin ;
Neurontin 300 mg x3 ; Inexium 40 mg ; Spiriva 1 inh/j.
Anticoagulation : le patient dit prendre "un anticoagulant pour sa phlébite" ; d'après
son épouse il s'agirait de XARELTO, non retrouvé sur l'ordonnance d'entrée : à vérifier
auprès du médecin traitant. Pas d'antiagrégant. Pas de traitement anti-résorptif à ce jour.

Questions RCP : intérêt d'une chirurgie de stabilisation secondaire de T6 ? Introduction
d'un dénosumab ? Reprise de la chimio-immunothérapie après la RT.

Merci.  Dr T. Lebras (interne) - DECT 7214
""",
    gold={
        "patient": {"sex": "M", "age": 59},
        "primaryTumor": {"status": "present", "site": "lung", "histology": "squamous_cell_carcinoma",
                         "biomarkers": {"PD-L1": "positive"}},
        "boneDiagnosis": {"status": "present", "circumstances": ["neurological_deficit"], "dated": True},
        "pain": {"status": "present", "types": ["neuropathic"], "intensity": 5},
        "currentMedications": {"status": "present", "atc": [
            "H02AB02", "N02AA05", "N03AX12", "A02BC05", "L01XA02", "L01CD01", "L01FF02"]},
        "priorLocalTreatments": {"status": "present", "types": ["radiotherapy"]},
        "boneTargetedTherapy": {"status": "absent", "atc": []},
        "anticoagulation": {"status": "uncertain", "atc": ["B01AF01"]},
        "antiplatelets": {"status": "absent", "atc": []},
        "prognosis": {"status": "present", "ecog": 3},
        "therapeuticProject": {"status": "present", "intent": None},
    },
))

LETTERS.append(dict(
    id="ye06",
    render=dict(dpi=200, mode="1", font="DejaVuSerif", size=11.5, angle=1.3, seed=606,
                fax="De : 02 97 33 81 05          16/09/2026 18:02",
                stamp=("Docteur Anne-Marie LOZACH", "Médecin généraliste", "56730 SAINT-GUÉNOLÉ-DES-PRÉS"),
                signature=True,
                annotation=("Arimidex depuis 02/09", 1)),
    meta=dict(letter_date=date(2026, 9, 16), birth_date=None, written_age=81),
    text="""Docteur Anne-Marie LOZACH
Médecine générale - 12 place de l'Eglise
56730 Saint-Guénolé-des-Prés - Tél 02 97 33 81 00

                                               Le 16 septembre 2026

                       Cher confrère,

Je vous adresse Mme HUET Jacqueline, 81 ans, que je suis depuis de nombreuses années.

Elle a été traitée en 2012 pour un cancer du sein droit (chirurgie, rayons et
hormonothérapie pendant 5 ans) au CHU, puis surveillée sans problème jusqu'à cette année.

Depuis juin elle se plaint de douleurs de la hanche droite et de la région lombaire.
La scintigraphie osseuse de juillet a montré de multiples fixations (bassin, rachis
lombaire, côtes). La biopsie de l'aile iliaque faite en août a conclu à une métastase
d'un carcinome d'origine mammaire, récepteurs aux oestrogènes positifs.
Elle a vu le Dr Guillou, oncologue, le 2 septembre, qui a débuté de l'Arimidex et
parle d'un traitement par Prolia.

Actuellement les douleurs sont à 4/10, à peu près calmées par le Doliprane.
Le Topalgic a été arrêté en août car elle était confuse.

Elle est sous AVK pour une ACFA depuis des années (INR suivis au laboratoire de
Pont-Scorff, équilibrés).

Traitement habituel :
   Doliprane 1 g jusqu'à 3 fois par jour
   Arimidex 1 mg 1 cp/j
   Levothyrox 50 µg
   Cardensiel 2,5 mg
   Orocal D3 2 cp/j
   Xanax 0,25 mg le soir

Elle vit seule, autonome, marche avec une canne. Sa fille est très présente.
Merci de me dire ce que vous proposez pour ses os.

Bien confraternellement,
Dr A.-M. Lozach
""",
    gold={
        "patient": {"sex": "F", "age": 81},
        "primaryTumor": {"status": "present", "site": "breast", "histology": None,
                         "biomarkers": {"ER": "positive"}},
        "boneDiagnosis": {"status": "present", "circumstances": ["pain"], "dated": True},
        "pain": {"status": "present", "types": [], "intensity": 4},
        "currentMedications": {"status": "present", "atc": [
            "N02BE01", "L02BG03", "H03AA01", "C07AB07", "A12AX", "N05BA12"]},
        "priorLocalTreatments": {"status": "unknown", "types": []},
        "boneTargetedTherapy": {"status": "unknown", "atc": []},
        "anticoagulation": {"status": "present", "atc": []},
        "antiplatelets": {"status": "unknown", "atc": []},
        "prognosis": {"status": "unknown", "ecog": None},
        "therapeuticProject": {"status": "present", "intent": None},
    },
))

# --------------------------------------------------------------------------
# Contract
# --------------------------------------------------------------------------

GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
             "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other",
         "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma",
               "nsclc_nos", "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma",
               "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIORESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
                 "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
TREATMENTS = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def derive_gaps(g: dict) -> list:
    """The spec's gap rule, applied to a gold record."""
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
            or (item == "primaryTumor" and not sec["histology"])
            or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
        )
        if incomplete:
            gaps.append([item, "incomplete"])
    return gaps


def load_atc() -> set:
    codes = set()
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            codes.add(line.split("\t", 1)[0].strip())
    return codes


def fail(lid: str, msg: str):
    sys.exit(f"CONTRACT VIOLATION: {lid}: {msg}")


def age_at(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def check(letter: dict, gold: dict, atc_ref: set):
    lid = letter["id"]
    expected_keys = {"id", "patient", "gaps", *ALLOWED_STATUS}
    if set(gold) != expected_keys:
        fail(lid, f"keys {sorted(set(gold) ^ expected_keys)}")
    if gold["id"] != lid:
        fail(lid, "id differs from stem")
    pat = gold["patient"]
    if pat.get("sex") not in ("F", "M"):
        fail(lid, "sex")
    meta = letter["meta"]
    if meta["birth_date"] is not None:
        if pat["age"] != age_at(meta["birth_date"], meta["letter_date"]):
            fail(lid, f"age {pat['age']} != computed {age_at(meta['birth_date'], meta['letter_date'])}")
    elif pat["age"] != meta["written_age"]:
        fail(lid, "age differs from the written age")
    if not isinstance(pat["age"], int) or not 18 <= pat["age"] <= 110:
        fail(lid, "age out of range")
    for item, allowed in ALLOWED_STATUS.items():
        if gold[item].get("status") not in allowed:
            fail(lid, f"{item}.status {gold[item].get('status')!r} not allowed")
    text = letter["text"]
    # primary tumour
    pt = gold["primaryTumor"]
    if set(pt) != {"status", "site", "histology", "biomarkers"}:
        fail(lid, "primaryTumor keys")
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(lid, "site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(lid, "histology code")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIORESULTS:
            fail(lid, f"biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail(lid, "unknown primary tumour with values")
    # bone diagnosis
    bd = gold["boneDiagnosis"]
    if set(bd) != {"status", "circumstances", "dated"} or not isinstance(bd["dated"], bool):
        fail(lid, "boneDiagnosis keys")
    if any(c not in CIRCUMSTANCES for c in bd["circumstances"]):
        fail(lid, "circumstance code")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(lid, "present boneDiagnosis without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(lid, "unknown boneDiagnosis with values")
    # pain
    pn = gold["pain"]
    if set(pn) != {"status", "types", "intensity"}:
        fail(lid, "pain keys")
    if any(t not in PAIN_TYPES for t in pn["types"]) or len(set(pn["types"])) != len(pn["types"]):
        fail(lid, "pain type code")
    if pn["intensity"] is not None and (not isinstance(pn["intensity"], int) or not 0 <= pn["intensity"] <= 10):
        fail(lid, "pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"]):
        fail(lid, "pain absent/unknown with types or a non-zero intensity")
    # medications
    cm = gold["currentMedications"]
    if set(cm) != {"status", "atc"}:
        fail(lid, "currentMedications keys")
    if len(set(cm["atc"])) != len(cm["atc"]):
        fail(lid, "duplicate ATC in currentMedications")
    for c in cm["atc"]:
        if c not in atc_ref:
            fail(lid, f"currentMedications ATC {c} not in atc-reference.tsv")
    if cm["status"] != "present" and cm["atc"]:
        fail(lid, "currentMedications not present but lists drugs")
    # prior local treatments
    pl = gold["priorLocalTreatments"]
    if set(pl) != {"status", "types"} or any(t not in TREATMENTS for t in pl["types"]):
        fail(lid, "priorLocalTreatments")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        fail(lid, "priorLocalTreatments absent/unknown with types")
    if pl["status"] == "present" and not pl["types"]:
        fail(lid, "priorLocalTreatments present without type")
    # agent sections
    for name, prefixes in AGENT_PREFIXES.items():
        sec = gold[name]
        if set(sec) != {"status", "atc"}:
            fail(lid, f"{name} keys")
        for c in sec["atc"]:
            if c not in atc_ref:
                fail(lid, f"{name} ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                fail(lid, f"{name} ATC {c} outside {prefixes}")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            fail(lid, f"{name} absent/unknown with agents")
        if sec["status"] in ("present", "conflicting"):
            for c in sec["atc"]:
                if c not in cm["atc"]:
                    fail(lid, f"{name} agent {c} ({sec['status']}) missing from currentMedications")
        if sec["status"] == "uncertain":
            for c in sec["atc"]:
                if c in cm["atc"]:
                    fail(lid, f"{name} agent {c} named with doubt must not be a current medication")
    # every current drug of an agent group appears in its section
    for c in cm["atc"]:
        for name, prefixes in AGENT_PREFIXES.items():
            if c.startswith(prefixes) and c not in gold[name]["atc"]:
                fail(lid, f"current drug {c} missing from {name}")
    # prognosis
    pg = gold["prognosis"]
    if not set(pg) <= {"status", "ecog", "kps"} or "ecog" not in pg:
        fail(lid, "prognosis keys")
    if pg["ecog"] is not None and pg["ecog"] not in range(0, 6):
        fail(lid, "ecog")
    if pg.get("kps") is not None and pg["kps"] not in range(0, 101, 10):
        fail(lid, "kps")
    if pg["status"] == "unknown" and (pg["ecog"] is not None or pg.get("kps") is not None):
        fail(lid, "unknown prognosis with a score")
    # therapeutic project
    tp = gold["therapeuticProject"]
    if set(tp) != {"status", "intent"} or (tp["intent"] is not None and tp["intent"] not in INTENTS):
        fail(lid, "therapeuticProject")
    if tp["intent"] is not None and tp["status"] != "present":
        fail(lid, "intent without a present project")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] and intent_words[tp["intent"]] not in text.lower():
        fail(lid, f"intent {tp['intent']} not written in the letter")
    # gaps
    if gold["gaps"] != derive_gaps(gold):
        fail(lid, "gaps differ from the spec's rule")
    for item, kind in gold["gaps"]:
        if item == "antiplatelets" or kind not in {"missing", "uncertain", "conflicting", "incomplete"}:
            fail(lid, f"gap {item}/{kind}")
    # the written evidence: every quoted value of the letter header
    if meta["birth_date"] is not None and meta["birth_date"].strftime("%d/%m/%Y") not in text:
        fail(lid, "birth date not in the letter text")
    if meta["written_age"] is not None and f"{meta['written_age']} ans" not in text:
        fail(lid, "written age not in the letter text")


# --------------------------------------------------------------------------
# Rendering (image-only PDFs)
# --------------------------------------------------------------------------

def font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / f"{name}.ttf"), px)


def layout(text: str, fnt, bold, width: int, line_h: int, top: int, bottom: int):
    """Return pages: list of lists of (y, string, is_bold)."""
    pages, cur, y = [], [], top
    for raw in text.split("\n"):
        if raw.strip() == PAGE_BREAK:
            pages.append(cur)
            cur, y = [], top
            continue
        is_bold = raw.startswith("## ")
        s = raw[3:] if is_bold else raw
        f = bold if is_bold else fnt
        indent = len(s) - len(s.lstrip(" "))
        prefix = " " * indent
        words = s.strip(" ").split(" ")
        chunks, line = [], prefix
        for w in words:
            cand = (line + " " + w) if line.strip() else prefix + w
            if line.strip() and f.getlength(cand) > width:
                chunks.append(line)
                line = " " * min(indent, 4) + w
            else:
                line = cand
        chunks.append(line)
        for c in chunks:
            if y + line_h > bottom:
                pages.append(cur)
                cur, y = [], top
            cur.append((y, c, is_bold))
            y += line_h
    pages.append(cur)
    return [p for p in pages if p]


def draw_stamp(lines, px: int, rng: random.Random, ink: int) -> Image.Image:
    f = font("DejaVuSans-Bold", px)
    w = int(max(f.getlength(s) for s in lines)) + px * 2
    h = int(len(lines) * px * 1.35) + px * 2
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    d.rounded_rectangle([4, 4, w - 5, h - 5], radius=px // 2, outline=ink, width=max(3, px // 8))
    for i, s in enumerate(lines):
        tw = f.getlength(s)
        d.text(((w - tw) / 2, px + i * px * 1.35), s, font=f, fill=ink)
    # uneven inking: knock out random specks
    for _ in range(w * h // 60):
        x, y = rng.randrange(w), rng.randrange(h)
        d.point((x, y), fill=255)
    return im.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC, expand=True, fillcolor=255)


def draw_signature(d: ImageDraw.ImageDraw, x0: int, y0: int, scale: float, rng: random.Random):
    pts = []
    x, y = x0, y0
    for i in range(60):
        t = i / 59
        x = x0 + t * 340 * scale
        y = y0 + math.sin(t * 14 + rng.uniform(-0.3, 0.3)) * 28 * scale * (1 - 0.5 * t) + rng.uniform(-4, 4) * scale
        pts.append((x, y))
    d.line(pts, fill=30, width=max(2, int(3 * scale)), joint="curve")
    d.line([(x0 - 10 * scale, y0 + 45 * scale), (x0 + 300 * scale, y0 + 38 * scale)], fill=40,
           width=max(2, int(2 * scale)))


def draw_annotation(page: Image.Image, txt: str, x: int, y: int, px: int, rng: random.Random):
    f = font("DejaVuSansCondensed-BoldOblique", px)
    w = int(f.getlength(txt)) + px
    h = int(px * 1.8)
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    d.text((px // 2, px // 4), txt, font=f, fill=60)
    d.line([(px // 2, h - px // 4), (w - px // 2, h - px // 3)], fill=80, width=max(2, px // 12))
    im = im.transform((w + h // 3, h), Image.AFFINE, (1, -0.25, -h * 0.1, 0, 1, 0),
                      resample=Image.BICUBIC, fillcolor=255)
    im = im.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, expand=True, fillcolor=255)
    mask = im.point(lambda v: 255 if v < 200 else 0)
    page.paste(im, (x, y), mask)


def render(letter: dict) -> list:
    r = letter["render"]
    dpi = r["dpi"]
    rng = random.Random(r["seed"])
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    px = int(round(r["size"] * dpi / 72))
    fnt = font(r["font"], px)
    bold = font(r["font"] + "-Bold", px)
    line_h = int(px * 1.32)
    mx = int(0.62 * dpi)
    top, bottom = int(1.05 * dpi), H - int(0.9 * dpi)
    pages = layout(letter["text"], fnt, bold, W - 2 * mx, line_h, top, bottom)
    n = len(pages)
    hdr_font = font("DejaVuSansMono", int(round(8.5 * dpi / 72)))
    out = []
    for i, lines in enumerate(pages):
        page = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(page)
        for y, s, b in lines:
            d.text((mx, y), s, font=bold if b else fnt, fill=15)
        # fax header line
        d.text((int(0.35 * dpi), int(0.25 * dpi)), f"{r['fax']}   Page {i + 1}/{n}", font=hdr_font, fill=20)
        d.line([(int(0.35 * dpi), int(0.42 * dpi)), (W - int(0.35 * dpi), int(0.42 * dpi))], fill=60, width=2)
        last_y = lines[-1][0] + line_h
        if i == n - 1:
            sy = min(last_y + int(0.1 * dpi), H - int(1.5 * dpi))
            if r["signature"]:
                draw_signature(d, mx + int(0.2 * dpi), sy + int(0.3 * dpi), dpi / 300, rng)
            if r["stamp"]:
                st = draw_stamp(r["stamp"], int(round(8 * dpi / 72)), rng, ink=70)
                sx = W - mx - st.width
                sy2 = min(sy, H - st.height - int(0.3 * dpi))
                region = page.crop((sx, sy2, sx + st.width, sy2 + st.height))
                page.paste(_darker(region, st), (sx, sy2))
        ann_txt, ann_page = r["annotation"]
        if ann_page == i or (ann_page >= n and i == n - 1):
            draw_annotation(page, ann_txt, W - int(3.9 * dpi), int(0.47 * dpi),
                            int(round(15 * dpi / 72)), rng)
        # rotation (scanner skew) and speckle
        page = page.rotate(r["angle"], resample=Image.BICUBIC, expand=False, fillcolor=255)
        d = ImageDraw.Draw(page)
        for _ in range(int(W * H / 4000)):
            x, y = rng.randrange(W), rng.randrange(H)
            s = rng.choice((1, 1, 1, 2))
            d.rectangle([x, y, x + s - 1, y + s - 1], fill=rng.randrange(0, 120))
        for _ in range(int(W * H / 9000)):  # light grey background dust
            x, y = rng.randrange(W), rng.randrange(H)
            d.point((x, y), fill=rng.randrange(170, 230))
        if r["mode"] == "1":
            page = page.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE)
        out.append(page)
    return out


def _darker(a: Image.Image, b: Image.Image) -> Image.Image:
    from PIL import ImageChops
    return ImageChops.darker(a, b)


def write_pdf(pages: list, path: Path, dpi: int):
    import time
    when = time.gmtime(1767225600)  # 2026-01-01 00:00:00 UTC, fixed
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi),
                  producer="corpus81 scanner", creator="corpus81", title="", author="", subject="",
                  keywords="", creationDate=when, modDate=when)


def main() -> int:
    atc_ref = load_atc()
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    ids = [l["id"] for l in LETTERS]
    if len(set(ids)) != len(ids):
        sys.exit("CONTRACT VIOLATION: duplicate ids")
    golds = {}
    for letter in LETTERS:
        g = {"id": letter["id"], **letter["gold"]}
        g["prognosis"] = dict(g["prognosis"])
        if g["prognosis"].get("kps") is None:
            g["prognosis"].pop("kps", None)
        for name in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            g[name] = {"status": g[name]["status"], "atc": sorted(g[name]["atc"])}
        g["primaryTumor"] = dict(g["primaryTumor"])
        g["gaps"] = derive_gaps(g)
        check(letter, g, atc_ref)
        golds[letter["id"]] = g
    for letter in LETTERS:
        pages = render(letter)
        if not 1 <= len(pages) <= 2:
            sys.exit(f"CONTRACT VIOLATION: {letter['id']}: {len(pages)} pages (1 to 2 wanted)")
        write_pdf(pages, letters_dir / f"{letter['id']}.pdf", letter["render"]["dpi"])
        (gold_dir / f"{letter['id']}.json").write_text(
            json.dumps(golds[letter["id"]], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{letter['id']}: {len(pages)} page(s), gaps {golds[letter['id']]['gaps']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
