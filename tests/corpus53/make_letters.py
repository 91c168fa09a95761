#!/usr/bin/env python3
"""corpus53: 12 blind referral letters (urgent referrals: emergency department,
neurosurgery, orthopaedics, interventional radiology) and their gold records.

Run from /work/main:  .venv/bin/python tests/corpus53/make_letters.py

Everything (letter text, gold values) lives in this file. Gold gaps are derived
by one function (`derive_gaps`) from the spec's Gaps rule; every gold record is
checked against the contract before anything is written; the outputs are
byte-identical from run to run (fixed dates, producer, zip timestamps).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zlib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC_DIR = Path("/work/shared/spec")
ATC_TSV = SPEC_DIR / "atc-reference.tsv"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# --------------------------------------------------------------------------
# Letters.  Each entry: id, fmt, date (letter date), birth (or None),
# text (list of paragraphs; a paragraph starting with "## " is a heading,
# "| a | b |" rows make a table in DOCX), gold (without id and gaps).
# --------------------------------------------------------------------------

LETTERS = []


def letter(**kw):
    LETTERS.append(kw)


# zza01 -- ED night note, TXT, primary only suspected (lung), Eliquis kept
letter(
    id="zza01", fmt="txt", date=dt.date(2025, 3, 14), birth=None,
    text="""CENTRE HOSPITALIER DE VAL-D'ORBE
Service d'Accueil des Urgences - 2 rue des Tanneurs - 41720 Val-d'Orbe
Tél. secrétariat SAU : 02 54 71 38 90

Le 14/03/2025, 03h10

Dr Hélène Marquet, PH urgences
à l'attention du Dr Vasseur, coordination RCP métastases osseuses, CHU de Brévannes

Objet : demande d'avis RCP MO - URGENT

Cher confrère,

Je vous adresse M. PELLETAN Roger, 71 ans, vu cette nuit au SAU pour lombalgies aiguës non traumatiques évoluant depuis 3 semaines, aggravées depuis 48 h, résistantes au palier 2.

ATCD : FA paroxystique sous AOD, HTA, DT2 non insulinoréquérant, BPCO stade 2, tabac 45 PA sevré en 2015. Pas d'ATCD néoplasique connu. Père décédé d'un cancer de la prostate à 80 ans.

TTT habituel (recopié de la fiche d'admission IDE) :
- ELIQUIS 5 mg 1-0-1 (dernière prise le 13/03 à 20h)
- CARDENSIEL 2,5 mg 1/j
- TAHOR 20 mg le soir
- GLUCOPHAGE 1000 mg matin et soir
- IXPRIM 1 cp x3/j depuis 10 jours (MT)

Clinique : douleur lombaire haute EN 8/10 à l'arrivée, franchement mécanique (ne peut plus se lever, majorée au moindre mouvement), avec réveils nocturnes depuis une semaine. Pas de déficit sensitivo-moteur, ROT présents et symétriques, pas de trouble sphinctérien, pas de niveau sensitif.
Bio : Ca corrigé 2,61 mmol/l, créat 98 µmol/l, Hb 11,8 g/dl, CRP 24.

TDM rachis + TAP (cette nuit) : ostéolyse du corps vertébral de L2 avec atteinte du mur postérieur, sans recul ni épidurite visible ; autres lésions lytiques de l'aile iliaque G et de l'arc postérieur de la 7e côte D. Masse du LSD spiculée de 34 mm avec ADP médiastinales, évocatrice d'un primitif pulmonaire. Pas de preuve histologique à ce stade.

Aux urgences : titration morphinique IV, EN 3/10 ce matin. Relais SKENAN LP 30 mg x2/j + ACTISKENAN 10 mg si besoin, DOLIPRANE 1 g x4/j. Ixprim arrêté. ELIQUIS poursuivi pour l'instant, à interrompre selon le geste qui sera retenu (biopsie / cimentoplastie).

Etat général : autonome jusqu'à il y a 15 jours, actuellement OMS 2.

Hospitalisé ce jour en pneumologie (Dr Ribault) pour la suite du bilan.

Questions pour la RCP : indication d'une cimentoplastie de L2 et/ou d'une radiothérapie antalgique ? Biopsie osseuse sous scanner de L2 ou de l'aile iliaque dans le même temps ?

Bien confraternellement,

Dr H. Marquet
""",
    gold=dict(
        patient={"sex": "M", "age": 71},
        primaryTumor={"status": "uncertain", "site": "lung", "histology": None, "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["mechanical", "nocturnal"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["B01AF02", "C07AB07", "C10AA05", "A10BA02", "N02AA01", "N02BE01"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AF02"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
    author="ED physician (night)",
    tricky="primary only suspected on CT (lung, no biopsy); Ixprim stopped in the ED; Eliquis kept until the procedure; pain 8 then 3 after titration; father's prostate cancer",
)

# zza02 -- neurosurgery, DOCX, post-decompression, asks urgent post-op RT
letter(
    id="zza02", fmt="docx", date=dt.date(2025, 3, 5), birth=dt.date(1966, 9, 23),
    text="""## HÔPITAL NEUROLOGIQUE SAINT-ALBAN - Service de Neurochirurgie
Pr Étienne Gaudry - Dr Manon Leclerc-Oudin, CCA
Secrétariat : 04 72 90 13 55

Lyssac, le 05/03/2025

Objet : Mme FERRAND-CAZES Nadine, née le 23/09/1966 - demande d'avis RCP métastases osseuses (radiothérapie post-opératoire en urgence)

Chère consœur, cher confrère,

Nous avons pris en charge en urgence Mme Ferrand-Cazes pour une compression médullaire dorsale.

## Antécédents
Carcinome canalaire infiltrant du sein gauche diagnostiqué en 2019, RE+ (90 %), RP+ (40 %), HER2 négatif (score 1+, FISH non amplifiée), traité par tumorectomie, curage, chimiothérapie adjuvante et radiothérapie mammaire. Rechute osseuse multiple en avril 2023, découverte sur le TEP-TDM de surveillance (rachis dorsal, bassin, côtes). Sous ribociclib + létrozole depuis mai 2023. Sa mère a eu un cancer de l'ovaire.
HTA, coronaropathie stentée en 2018.

## Histoire récente
Dorsalgies en ceinture depuis 3 semaines puis installation rapide, sur 48 h, d'une paraparésie cotée 3/5 avec niveau sensitif T8. IRM le 01/03 : épidurite métastatique T7 avec compression médullaire, tassement de T7 et lyse pédiculaire.
Chirurgie le 02/03/2025 : laminectomie T6-T8 et décompression, ostéosynthèse percutanée T5-T9. Suites simples. Récupération partielle (4/5 aux MI ce jour), marche avec déambulateur.

## Douleur
Douleur dorsale en nette diminution ; persistance d'une radiculalgie T7 gauche à type de brûlures, EN 5/10 ce jour.

## Traitement actuel
| Médicament | Posologie | Remarque |
| KISQALI (ribociclib) | 600 mg/j 21 j/28 | poursuivi |
| FEMARA (létrozole) | 2,5 mg/j | |
| XGEVA | 120 mg SC toutes les 4 semaines | dernière injection le 12/02/2025 |
| LOVENOX | 4000 UI SC/j | prévention post-opératoire |
| DEXAMETHASONE | 8 mg/j | décroissance sur 10 jours |
| OXYNORM | 5 mg si besoin, max 6/j | |
| LYRICA | 75 mg x2/j | |
| INEXIUM | 40 mg/j | |
| KARDEGIC | 75 mg/j | suspendu le 28/02 en pré-opératoire, reprise prévue à J10 |

## État général
OMS 1 avant l'épisode ; actuellement OMS 3 (transferts aidés).

## Demande
Nous souhaitons une radiothérapie post-opératoire du site T6-T8 dans les meilleurs délais (idéalement avant J21), et l'avis de la RCP sur les autres lésions rachidiennes (T11, L4) à risque. La poursuite du traitement systémique sera revue par son oncologue, le Dr Pasquier.

Bien cordialement,

Dr M. Leclerc-Oudin, pour le Pr Gaudry
""",
    gold=dict(
        patient={"sex": "F", "age": 58},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma",
                      "biomarkers": {"ER": "positive", "PR": "positive", "HER2": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["neuropathic"], "intensity": 5},
        currentMedications={"status": "present", "atc": ["L01EF02", "L02BG04", "M05BX04", "B01AB05", "H02AB02", "N02AA05", "N03AX16", "A02BC05"]},
        priorLocalTreatments={"status": "present", "types": ["surgery"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "present", "atc": ["B01AB05"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 3},
        therapeuticProject={"status": "present", "intent": None},
    ),
    author="Neurosurgery fellow (CCA)",
    tricky="bone disease first found on follow-up PET (2023), the cord compression is a later complication; decompression+fixation done (surgery); Kardégic suspended pre-op with planned resumption (absent); OMS 1 before, 3 now; age from birth date; breast RT not a bone treatment; mother's ovarian cancer",
)

# zza03 -- interventional radiology, text PDF, vertebroplasty, Préviscan + bridging
letter(
    id="zza03", fmt="pdf", date=dt.date(2025, 3, 11), birth=None,
    text="""## CLINIQUE DU PARC MONTFLEURY - Imagerie médicale et radiologie interventionnelle
Dr Olivier Santerre - Dr Amina Benhaddou
RDV radiologie interventionnelle : 03 80 45 66 12

Montfleury, le 11 mars 2025

Dossier RCP métastases osseuses - Hôpital Nord-Comtois

Demande de discussion avant vertébroplastie

Patient : M. GROSJEAN Marcel, 79 ans.

Adénocarcinome prostatique Gleason 8 (4+4) diagnostiqué en 2021, traité initialement par radiothérapie prostatique + hormonothérapie. Métastases osseuses révélées par un tassement pathologique de T12 en janvier 2025 (effort de soulèvement), avec à l'IRM du 20/01/2025 un 2e tassement en L1 et des lésions condensantes du bassin. PSA remonté à 12 ng/ml (N < 4) en décembre. Actuellement sous Eligard 45 mg tous les 6 mosi + Erleada 240 mg/j depuis février 2025.

Jamais irradié sur le squelette. Pas de traitement anti-résorptif à ce jour (dénosumab à discuter après bilan dentaire en cours).

Douleur : rachialgies thoraco-lombaires à horaire mécanique, aggravées à la station debout et à la marche, EVA 6/10 malgré le Topalgic. Pas de radiculalgie. Pas de déficit neurologique.

Traitement (ordonnance du MT du 02/03) :
Eligard 45 mg SC /6 mois - Erleada 60 mg 4 cp/j - Préviscan 20 mg 3/4 cp le soir (valve aortique mécanique, INR cible 2,5-3,5) - Topalgic LP 100 mg x2 - Doliprane 1 g x3 - Lasilix 40 mg/j - Triatec 5 mg/j - Forlax 1 sachet/j.
Pas d'antiagrégant plaquettaire.

Gestion de l'anticoagulation : valve mécanique, pas d'arrêt simple possible. Relais par héparine à organiser avec son cardiologue (Dr Fontenay) ; dernier INR 2,8 le 10/03.

OMS 1. Vit avec son épouse, autonome.

Question : indication d'une vertébroplastie T12-L1 (tassements récents, SINS 9) vs radiothérapie antalgique ? Si vertébroplastie retenue : geste envisagé fin mars sous AG courte.

Confraternellement,
Dr O. Santerre
""",
    gold=dict(
        patient={"sex": "M", "age": 79},
        primaryTumor={"status": "present", "site": "prostate", "histology": "adenocarcinoma", "biomarkers": {"PSA": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 6},
        currentMedications={"status": "present", "atc": ["L02AE02", "L02BB05", "B01AA12", "N02AX02", "N02BE01", "C03CA01", "C09AA05", "A06AD15"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AA12"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    author="Interventional radiologist (private clinic)",
    tricky="prostate RT is not a bone treatment ('jamais irradié sur le squelette'); denosumab only 'à discuter' with explicit 'pas de traitement anti-résorptif'; Préviscan with heparin bridging only planned; serum PSA 12 (positive); typo 'mosi'",
)

# zza04 -- orthopaedics, TXT, impending femoral fracture, unknown primary (biopsy adenocarcinoma)
letter(
    id="zza04", fmt="txt", date=dt.date(2025, 3, 17), birth=None,
    text="""CHU de Brévannes - Chirurgie Orthopédique et Traumatologique
Dr Julien Roussel-Maes, chirurgien orthopédiste
Poste 4 87 21

Brévannes, le 17/03/2025

A l'attention de la RCP Métastases osseuses

Madame AUBRAC Sylvie, 66 ans

Je vous présente Mme Aubrac, vue en consultation pour une douleur de cuisse droite évoluant depuis 2 mois, à l'appui et à la marche, avec boiterie, EVA 7/10. Pas de douleur nocturne, pas de signe neurologique.

Radios + TDM : lésion lytique de la diaphyse fémorale D (1/3 proximal), corticale externe amincie sur 60 % de la circonférence, score de Mirels à 9 : risque fracturaire élevé. Décharge stricte avec 2 cannes depuis le 10/03.

Bilan d'extension (TDM TAP, TEP-FDG, mammographie) : autres lésions osseuses (sacrum, 2 côtes), pas de primitif retrouvé.
Biopsie de la lésion fémorale (12/03) : métastase d'un adénocarcinome, CK7+ CK20- TTF1- GATA3-, primitif non identifié à ce jour. Cancer de primitif inconnu.

ATCD : EP bilatérale en décembre 2024 ; hypothyroïdie ; RGO. Appendicectomie.
Aucune radiothérapie ni chirurgie osseuse antérieure.

TTT : Xarelto 20 mg/j (EP déc. 2024) - Levothyrox 75 µg - Mopral 20 mg - Doliprane 1 g x4 - Tramadol LP 100 mg x2.
Pas d'antiagrégant.
Xarelto à arrêter 48 h avant le geste ; reprise à J2 post-op si pas de saignement.

Karnofsky 70 %.

Conduite tenue : ostéosynthèse prophylactique par enclouage centromédullaire long du fémur D programmée le 20/03/2025.

Questions : radiothérapie post-opératoire du fémur ? prise en charge du sacrum ? suite du bilan étiologique (avis oncologique) ?

Dr J. Roussel-Maes
""",
    gold=dict(
        patient={"sex": "F", "age": 66},
        primaryTumor={"status": "present", "site": "unknown_primary", "histology": "adenocarcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 7},
        currentMedications={"status": "present", "atc": ["B01AF01", "H03AA01", "A02BC01", "N02BE01", "N02AX02"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AF01"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "kps": 70},
        therapeuticProject={"status": "present", "intent": None},
    ),
    author="Orthopaedic surgeon",
    tricky="cancer of unknown primary with biopsy adenocarcinoma (IHC markers not recorded); 'pas de douleur nocturne'; Xarelto to be stopped before the nailing (still current); nailing programmed, not prior; Karnofsky only",
)

# zza05 -- IR cementoplasty, DOCX, kidney, Kardégic in list vs 'pas d'antiagrégant'
letter(
    id="zza05", fmt="docx", date=dt.date(2025, 3, 28), birth=dt.date(1962, 4, 2),
    text="""## Service de Radiologie Interventionnelle - Hôpital Lucien-Barthe
Dr Camille Dufresnoy
Tél : 01 64 38 20 71 - Fax : 01 64 38 20 79

Le 28/03/2025

DEMANDE D'AVIS RCP MÉTASTASES OSSEUSES avant cimentoplastie

Patient : M. TESSANDIER Alain - DDN : 02/04/1962

## Histoire oncologique
Carcinome rénal à cellules claires gauche, néphrectomie élargie en 2020 (pT3a N0). Métastases osseuses découvertes sur le scanner de surveillance de mai 2023 (T9, cotyle gauche, côtes). Radiothérapie stéréotaxique de T9 en juillet 2023 (27 Gy en 3 fractions). Actuellement 2e ligne par cabozantinib depuis septembre 2024, à visée palliative.
Acide zolédronique 4 mg IV toutes les 12 semaines depuis 2023 (dernière perfusion le 03/02/2025).

## Motif
Douleur inguinale gauche à la marche et à l'appui, d'aggravation progressive depuis janvier, EN 7/10, malgré palier 2. IRM : progression de la lésion lytique du toit du cotyle gauche, sans fracture. Pas d'atteinte articulaire.

## Traitement en cours
| Médicament | Posologie |
| CABOMETYX | 40 mg/j |
| ZOMETA | 4 mg / 12 semaines |
| KARDÉGIC | 75 mg/j |
| IXPRIM | 1 cp x 3/j |
| AMLOR | 5 mg/j |
| INEXIUM | 20 mg/j |

Pas d'antiagrégant plaquettaire ni d'anticoagulant. Allergie : iode (prémédication).

## État général
OMS 1, poids stable.

## Question
Indication d'une cimentoplastie du cotyle gauche (± radiofréquence associée) ? Cabozantinib à suspendre 3 semaines avant le geste selon l'oncologue (Dr Merlin).

Dr C. Dufresnoy
""",
    gold=dict(
        patient={"sex": "M", "age": 62},
        primaryTumor={"status": "present", "site": "kidney", "histology": "clear_cell_carcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 7},
        currentMedications={"status": "present", "atc": ["L01EX07", "M05BA08", "B01AC06", "N02AX02", "A02BC05"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BA08"]},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "conflicting", "atc": ["B01AC06"]},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    author="Interventional radiologist (hospital)",
    tricky="Kardégic in the drug table but 'pas d'antiagrégant' in the text (conflicting, kept in meds); age from birth date 5 days before the birthday; prior SBRT; Zometa every 12 weeks; RFA only asked; Amlor not in the ATC table",
)

# zza06 -- ED to radiation oncology, text PDF, cord compression, lung EGFR
letter(
    id="zza06", fmt="pdf", date=dt.date(2025, 2, 22), birth=None,
    text="""## CENTRE HOSPITALIER DE SAINT-MAUREL-SUR-LOIRE - URGENCES ADULTES
Dr Thibault Kerninon - Senior SAU
Tél : 02 41 77 60 00 (demander le senior de garde)

Saint-Maurel, le 22/02/2025

Au Dr de garde de radiothérapie / RCP métastases osseuses

URGENT - compression médullaire

Madame LEROUX Patricia, 54 ans.

ATCD : adénocarcinome pulmonaire LID stade IV diagnostiqué en mars 2023, EGFR muté (délétion exon 19), ALK négatif, PD-L1 < 1 %. Métastases osseuses (bassin, rachis dorsal) présentes dès le TEP du bilan initial (mars 2023). Radiothérapie 8 Gy en 1 fraction de l'aile iliaque droite en juin 2024. Sous osimertinib (Tagrisso 80 mg/j) depuis avril 2023, bonne réponse jusqu'ici.
Hypothyroïdie. Pas d'autre ATCD.

HDM : radiculalgie thoracique en ceinture depuis 10 jours, puis depuis hier faiblesse des MI et chutes. A l'examen : paraparésie 3/5, niveau sensitif T5, RAU sondée. EN 6/10.
IRM en urgence : épidurite T4 compressive, lyse du corps et de l'arc postérieur de T4, autres lésions stables.

Avis neurochirurgical (Dr Pellissier, CHU) : pas d'indication chirurgicale (atteinte pluri-étagée, état général). Radiothérapie en urgence préconisée.

Aux urgences : Solumédrol 120 mg IV puis dexaméthasone 16 mg/j PO, Oxynorm 5 mg x6/j si besoin, Doliprane 1 g x4.
Traitement habituel : Tagrisso 80 mg/j, Levothyrox 100 µg, Inexium 20 mg.
Pas de traitement anticoagulant. Prévention thrombo-embolique par bas de contention, HBPM différée en attendant la RT.
Xgeva non débuté (soins dentaires en cours).

PS 0 jusqu'à il y a 15 jours ; actuellement alitée, OMS 3.

Merci de votre avis pour une radiothérapie décompressive en urgence de T3-T5. Patiente hospitalisée en UHCD.

Dr T. Kerninon
""",
    gold=dict(
        patient={"sex": "F", "age": 54},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["neuropathic"], "intensity": 6},
        currentMedications={"status": "present", "atc": ["L01EB04", "H02AB02", "N02AA05", "N02BE01", "H03AA01", "A02BC05"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 3},
        therapeuticProject={"status": "present", "intent": None},
    ),
    author="ED senior physician",
    tricky="cord compression is a complication of bone disease known since the staging PET (circumstance staging_imaging); HBPM only deferred ('pas de traitement anticoagulant'); Xgeva 'non débuté'; one-off Solumédrol bolus vs current dexamethasone; PS 0 before, OMS 3 now; PD-L1 <1 % negative",
)

# zza07 -- neurosurgery discharge note, TXT CRLF, kidney probable, operated
letter(
    id="zza07", fmt="txt", crlf=True, date=dt.date(2025, 3, 10), birth=dt.date(1976, 11, 30),
    text="""NEUROCHIRURGIE - CHU de Brévannes
Dr Paul-Henri Vautrin
Secrétariat : 05 49 22 71 40

Le 10/03/2025

Objet : M. DJEBBAR Karim, né le 30/11/1976
Demande de RCP métastases osseuses - radiothérapie post-op L3 ?

Cher confrère,

Pour rappel, M. Djebbar, sans ATCD notable, s'est présenté le 02/03/2025 aux urgences pour un déficit crural droit (quadriceps 3/5) avec lombo-cruralgie D hyperalgique évoluant depuis environ 1 mois. L'IRM a montré une lésion lytique de L3 avec épidurite compressive.

Il a été opéré le 04/03/2025 : laminectomie L3, exérèse de l'épidurite et arthrodèse L2-L4.
Anapath (extemporanée puis définitive) : métastase d'un carcinome à cellules claires, PAX8+, CD10+, origine rénale probable. Le TDM TAP post-op retrouve une masse rénale droite de 6 cm, non biopsiée.

Suites : récupération du déficit (4+/5). Persistance d'une cruralgie D à type de décharges électriques, DN4 5/10, EN 4/10 ce jour (8/10 avant l'intervention).

Aucun anticoagulant, pas d'antiagrégant (contre-indiqués jusqu'à J15 ; mobilisation précoce).

TTT de sortie :
Acupan 20 mg x3/j
Doliprane 1 g x4/j
Laroxyl 10 gouttes le soir
Oxycontin LP 10 mg x2/j, Oxynormoro 5 mg si besoin
Movicol 1 sachet/j

Il rentre à domicile ce jour. Pas de suivi oncologique organisé pour l'instant : RDV pris en urologie (Dr Chastel) le 18/03.

Question : radiothérapie post-opératoire de L3 ? orientation oncologique ?

Confraternellement,
Dr P.-H. Vautrin
""",
    gold=dict(
        patient={"sex": "M", "age": 48},
        primaryTumor={"status": "uncertain", "site": "kidney", "histology": "clear_cell_carcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["neurological_deficit"], "dated": True},
        pain={"status": "present", "types": ["neuropathic"], "intensity": 4},
        currentMedications={"status": "present", "atc": ["N02BG06", "N02BE01", "N06AA09", "N02AA05", "A06AD65"]},
        priorLocalTreatments={"status": "present", "types": ["surgery"]},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "unknown"},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
    author="Neurosurgeon (discharge letter)",
    tricky="CRLF text; primary only 'origine rénale probable' (uncertain, with clear-cell histology); neurological deficit as circumstance; laminectomy+fusion done; pain 8 before, 4 now; no prognosis, no treatment plan; age from birth date",
)

# zza08 -- orthopaedics, DOCX, thyroid, hemiarthroplasty after fracture
letter(
    id="zza08", fmt="docx", date=dt.date(2025, 3, 3), birth=None,
    text="""## Clinique Orthopédique des Tilleuls
Service de chirurgie orthopédique - Dr Bénédicte Alarcon
Standard : 03 26 51 09 88

Reims-Sainte-Anne, le 3 mars 2025

Objet : Mme VIGUIER Odette, 74 ans - présentation en RCP Métastases osseuses

Cher Confrère,

Je vous adresse Mme Viguier, 74 ans, opérée dans notre service d'une fracture pathologique du col fémoral gauche survenue le 22/02/2025 lors d'une chute de sa hauteur.

Antécédents : carcinome vésiculaire de la thyroïde, thyroïdectomie totale et IRAthérapie en 2016, perdue de vue depuis 2020. Insuffisance cardiaque à FEVG préservée. Cataracte bilatérale opérée.

Intervention le 24/02/2025 : prothèse intermédiaire cimentée de hanche gauche. L'examen anatomopathologique de la tête fémorale retrouve une métastase d'un carcinome vésiculaire thyroïdien (TTF1+, thyroglobuline+).
La scintigraphie osseuse post-opératoire montre d'autres fixations (sacrum, 6e et 8e côtes droites). Thyroglobuline à 850 ng/ml.

Actuellement : verticalisée au déambulateur, douleur de hanche à la mobilisation EVA 3/10.

Traitement actuel :
- Lévothyrox 150 µg/j
- HBPM à dose préventive 1 inj/j SC (prévention post-opératoire, 5 semaines)
- Doliprane 1 g x 4/j
- Contramal 50 mg x 3/j si douleurs
- Lasilix 40 mg/j
- Uvédose 100 000 UI/3 mois

Karnofsky 60 %.

Pas de traitement oncologique en cours.
Merci de discuter : nouvelle IRAthérapie ? radiothérapie du site opéré ou du sacrum ? traitement anti-résorptif ?

Bien confraternellement,

Dr B. Alarcon
""",
    gold=dict(
        patient={"sex": "F", "age": 74},
        primaryTumor={"status": "present", "site": "thyroid", "histology": "other", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["H03AA01", "N02BE01", "N02AX02", "C03CA01", "A11CC05"]},
        priorLocalTreatments={"status": "present", "types": ["surgery"]},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "present", "atc": []},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "kps": 60},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
    author="Orthopaedic surgeon (private clinic)",
    tricky="follicular thyroid carcinoma (histology 'other'); arthroplasty done; thyroid surgery and radio-iodine are not bone treatments; post-operative 'HBPM à dose préventive' without a name (anticoagulant present, no agent: incomplete gap); 'pas de traitement oncologique en cours' and only questions (project unknown); Karnofsky only",
)

# zza09 -- IR RFA request, text PDF, colorectal KRAS, Innohep curative
letter(
    id="zza09", fmt="pdf", date=dt.date(2025, 3, 19), birth=None,
    text="""## INSTITUT DE CANCÉROLOGIE DU VAL D'ARGENS - Radiologie interventionnelle oncologique
Dr Frédéric Lanzmann - Tél. 04 94 60 18 32

Le 19/03/2025

Fiche de demande - RCP Métastases osseuses (séance du 26/03)

Patient : M. CASTELLANI Jean-Pierre, 67 ans

Primitif : adénocarcinome du côlon sigmoïde (colectomie 2022), KRAS muté G12D, BRAF non muté, MSS.
Découverte osseuse : hypercalcémie à 3,1 mmol/l en janvier 2025 (corrigée par hydratation et calcitonine), le bilan retrouvant une lésion lytique sacrée S1-S2 et 2 lésions vertébrales.
Traitements locaux antérieurs : radiothérapie 5 x 4 Gy du sacrum terminée le 14/02/2025.
Traitement osseux : pas de traitement osseux à ce jour, Xgeva prévu après avis dentaire.

Douleur : sacralgie à horaire inflammatoire, réveils nocturnes, EN 6/10 malgré l'irradiation. Composante radiculaire S1 ? non retrouvée à l'examen.

Traitement en cours :
XELODA 1000 mg/m2 J1-J14 + bévacizumab (2e ligne palliative, C3 en cours)
INNOHEP 14 000 UI/j SC (anticoagulation curative pour thrombose sur PAC depuis novembre 2024)
DUROGESIC 25 µg/h + ABSTRAL 100 µg si besoin
DOLIPRANE 1 g x4
MOVICOL 2 sachets/j
PANTOPRAZOLE 40 mg/j
Pas d'antiagrégant.

Gestion péri-procédurale : dernière injection d'Innohep 24 h avant le geste, reprise le soir même si pas de complication.

OMS 1.

Question posée : radiofréquence + cimentoplastie de S1 pour douleur résiduelle après RT ? Prise en charge des lésions vertébrales (T10, L4) ?
""",
    gold=dict(
        patient={"sex": "M", "age": 67},
        primaryTumor={"status": "present", "site": "colorectal", "histology": "adenocarcinoma",
                      "biomarkers": {"KRAS": "positive", "BRAF": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["hypercalcemia"], "dated": True},
        pain={"status": "present", "types": ["inflammatory", "nocturnal"], "intensity": 6},
        currentMedications={"status": "present", "atc": ["L01BC06", "B01AB10", "N02AB03", "N02BE01", "A06AD65", "A02BC02"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AB10"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    author="Interventional radiologist (cancer centre)",
    tricky="hypercalcaemia as circumstance; RT already given, RFA/cementoplasty only asked; 'pas de traitement osseux à ce jour, Xgeva prévu' (absent); curative tinzaparin; bevacizumab and MSS not in the lists; neuropathic component raised then not found",
)

# zza10 -- ED terse note, TXT, fall, breast relapse? Pradaxa + Kardégic
letter(
    id="zza10", fmt="txt", date=dt.date(2025, 3, 8), birth=None,
    text="""SAU - Hôpital Privé Les Cèdres - 12 av. du Lac, 74160 Saint-Jorioz-les-Bains
Dr Maxime Ollivier
le 08/03/25  16h45

Mail à la coordination RCP MO (copie ortho de garde)

Mme BONNEFOY Germaine, 83 ans
Chute de sa hauteur ce matin au domicile, traumatisme minime. Douleur hanche G EN 9/10 à l'arrivée, impotence totale, douloureuse à la moindre mobilisation. EN 4/10 après bloc ilio-fascial.
Radio/TDM : fracture sous-trochantérienne G sur lésion lytique ; 2 autres lésions lytiques (iliaque D, humérus D) sur le TDM TAP.
ATCD : néo du sein D en 2008 (tumorectomie + RT + tamoxifène 5 ans, considérée guérie, pas de CR dispo) ; FA ; IC ; hypothyroïdie ; ostéoporose traitée par Prolia jusqu'en 2022, arrêté depuis.
Origine de la lésion à préciser : récidive du cancer du sein ? myélome ? EPP et chaînes légères envoyées.
Ca 2,48.

TTT à l'entrée (ordonnance apportée par la fille) :
PRADAXA 110 mg x2 (dernière prise ce matin 8h)
KARDEGIC 75 mg
LASILIX 40 mg
LEVOTHYROX 75
XANAX 0,25 le soir
OROCAL D3 1/j

Pradaxa : arrêt, Praxbind dispo à la pharmacie si chirurgie urgente. Avis ortho demandé (Dr Ferrat).

Pour avis RCP sur la prise en charge (chirurgie ? RT ? biopsie ?).

Dr M. Ollivier
""",
    gold=dict(
        patient={"sex": "F", "age": 83},
        primaryTumor={"status": "uncertain", "site": "breast", "histology": None, "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 4},
        currentMedications={"status": "present", "atc": ["B01AC06", "C03CA01", "H03AA01", "N05BA12", "A12AX"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "present", "atc": ["B01AC06"]},
        prognosis={"status": "unknown"},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
    author="ED physician (private hospital, e-mail)",
    tricky="very terse; primary only hypothesised (breast relapse vs myeloma); breast surgery/RT are not bone treatments; Prolia for osteoporosis stopped in 2022 (absent); Pradaxa on the admission list then 'arrêt' in the ED (stopped at the letter: absent, left out of current meds); Kardégic current; pain 9 then 4",
)

# zza11 -- spine surgeon, DOCX, bladder urothelial, Fragmine conflict, Plavix stopped
letter(
    id="zza11", fmt="docx", date=dt.date(2025, 3, 14), birth=dt.date(1965, 3, 14),
    text="""## Unité de Chirurgie du Rachis - Hôpital Ambroise-Delorme
Dr Sébastien Kowalczyk, chirurgien orthopédiste rachis
Tél. 03 87 12 44 60 - Fax 03 87 12 44 61

Metzange, le 14 mars 2025

Objet : M. HUMBERT Didier (DDN 14/03/1965)
Demande d'avis RCP métastases osseuses - métastase T12 à risque d'instabilité

Cher Confrère,

Je vois ce jour M. Humbert pour une lésion lytique de T12.

Il est suivi pour un carcinome urothélial de vessie infiltrant, traité par cystectomie en 2023, avec récidive ganglionnaire et osseuse. La lésion osseuse a été découverte fortuitement sur un scanner réalisé aux urgences pour une colique néphrétique en novembre 2024 (T12, T11). Il a reçu une radiothérapie de T11 (20 Gy en 5 fractions) en janvier 2025. Il est actuellement traité par pembrolizumab (Keytruda, cycle 6 le 05/03).

Il décrit une douleur dorsolombaire mécanique, à la station debout prolongée et à la marche, EN 5/10. Pas de douleur nocturne. Pas de radiculalgie. Examen neurologique normal.
Le scanner montre une lyse de 50 % du corps de T12 avec atteinte pédiculaire droite : SINS 11 (instabilité potentielle).

Traitement :
| Keytruda | 200 mg / 3 semaines |
| Fragmine | 5000 UI/j SC |
| Oxycontin LP | 20 mg x 2/j |
| Doliprane | 1 g x 3/j |
| Tahor | 40 mg/j |
| Plavix | 75 mg/j - arrêté le 01/03 en vue d'un éventuel geste (avis cardio obtenu) |

Pas d'anticoagulant.

OMS 1.

Je propose une ostéosynthèse percutanée T11-L1 associée à une cimentoplastie de T12, à discuter avec une radiothérapie de T12. Merci de présenter son dossier à la prochaine RCP.

Bien cordialement,

Dr S. Kowalczyk
""",
    gold=dict(
        patient={"sex": "M", "age": 60},
        primaryTumor={"status": "present", "site": "bladder", "histology": "other", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["incidental_imaging"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 5},
        currentMedications={"status": "present", "atc": ["L01FF02", "B01AB04", "N02AA05", "N02BE01", "C10AA05"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "conflicting", "atc": ["B01AB04"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    author="Spine surgeon (orthopaedics)",
    tricky="Fragmine in the drug table vs 'Pas d'anticoagulant' (conflicting, kept in meds); Plavix stopped 01/03 (absent); incidental discovery on a CT for renal colic; urothelial carcinoma (histology other); letter written on the 60th birthday; cystectomy is not a bone treatment; 'pas de douleur nocturne'",
)

# zza12 -- IR request form, text PDF, breast lobular, kyphoplasty, Eliquis ? à vérifier
letter(
    id="zza12", fmt="pdf", date=dt.date(2025, 3, 21), birth=None,
    text="""## CHU DE BRÉVANNES - PÔLE IMAGERIE - RADIOLOGIE INTERVENTIONNELLE OSTÉO-ARTICULAIRE
Demande de geste / fiche RCP métastases osseuses
Radiologue : Dr Inès Moreau-Tahar - bip 5512

Date : 21/03/2025
Patiente : Mme LAMBERTIN Josiane - 69 ans - F

Primitif : carcinome lobulaire infiltrant du sein droit (2017), RE+ 95 %, RP négatif, HER2 0.
Circonstances de découverte osseuse : tassement vertébral pathologique de L1 en mars 2024.
Autres sites : T9, T10, bassin. Pas de métastase viscérale.

Traitements locaux antérieurs : kyphoplastie L1 (avril 2024). Pas de radiothérapie osseuse.
Traitement systémique actuel : Faslodex 500 mg/mois + Ibrance 125 mg 21j/28 (palliatif, depuis mai 2024).
Traitement osseux : Xgeva 120 mg/4 semaines depuis mai 2024.
Anticoagulant : Eliquis ? à vérifier (la patiente ne connaît pas son traitement, pas d'ordonnance, MT injoignable ce jour).
Antiagrégant : non.

Autres traitements : Cacit D3 1/j, Doliprane 1 g x3, Topalgic 50 mg x2/j, Imovane 7,5 le soir.

Douleur : dorsalgie T9 d'horaire mécanique depuis 3 semaines, EVA 6/10, pas de radiculalgie. IRM 15/03 : tassement récent de T9 (œdème), recul du mur postérieur < 2 mm, pas d'épidurite.

ECOG 2.

Demande : kyphoplastie de T9 ± cimentoplastie préventive T10. Merci de confirmer le statut anticoagulant avant programmation.
""",
    gold=dict(
        patient={"sex": "F", "age": 69},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_lobular_carcinoma",
                      "biomarkers": {"ER": "positive", "PR": "negative", "HER2": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 6},
        currentMedications={"status": "present", "atc": ["L02BA03", "L01EF01", "M05BX04", "A12AX", "N02BE01", "N02AX02", "N05CF01"]},
        priorLocalTreatments={"status": "present", "types": ["cementoplasty"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "uncertain", "atc": ["B01AF02"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    author="Interventional radiologist (request form)",
    tricky="'Eliquis ? à vérifier' (uncertain with agent, left out of current meds); prior kyphoplasty (cementoplasty) with 'pas de radiothérapie osseuse'; new T9 fracture is not the first circumstance (L1 fracture 2024); HER2 0 negative",
)

# --------------------------------------------------------------------------
# Contract
# --------------------------------------------------------------------------

GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
             "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ALL_ITEMS = GAP_ITEMS[:7] + ["antiplatelets"] + GAP_ITEMS[7:]
ALLSTAT = {"present", "absent", "uncertain", "conflicting", "unknown"}
STATUSES = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": ALLSTAT,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": ALLSTAT,
    "boneTargetedTherapy": ALLSTAT,
    "anticoagulation": ALLSTAT,
    "antiplatelets": ALLSTAT,
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOM = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIORES = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
        "incidental_imaging", "other"}
PAINT = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCT = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENT = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to a gold record (order: item order of the spec)."""
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st in kind_of:
            gaps.append([item, kind_of[st]])
            continue
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


def load_atc():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        code, dci, inn, group = parts[0].strip(), parts[1], parts[2], parts[3]
        brands = [b.strip() for b in parts[4].split(",")] if len(parts) > 4 and parts[4].strip() else []
        rows[code] = {"names": [dci, inn] + brands, "group": group}
    return rows


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def violation(lid, msg):
    sys.exit(f"CONTRACT VIOLATION: {lid}: {msg}")


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def check(L: dict, atc: dict) -> None:
    lid, g, text = L["id"], L["gold"], L["text"]
    ftext = fold(text)
    if not re.fullmatch(r"zza\d\d", lid):
        violation(lid, "bad id")
    if L["fmt"] not in ("txt", "docx", "pdf"):
        violation(lid, "bad format")
    for item in ALL_ITEMS:
        if item not in g:
            violation(lid, f"missing item {item}")
        if g[item]["status"] not in STATUSES[item]:
            violation(lid, f"{item}: status {g[item]['status']} not allowed")
    extra = set(g) - set(ALL_ITEMS) - {"patient"}
    if extra:
        violation(lid, f"unexpected keys {extra}")
    # patient
    p = g["patient"]
    if p.get("sex") not in ("F", "M"):
        violation(lid, "sex")
    if not isinstance(p.get("age"), int) or not 18 <= p["age"] <= 110:
        violation(lid, "age")
    if L["birth"] is not None:
        if age_at(L["birth"], L["date"]) != p["age"]:
            violation(lid, f"age {p['age']} != {age_at(L['birth'], L['date'])} from birth date")
        if L["birth"].strftime("%d/%m/%Y") not in text:
            violation(lid, "birth date not written in the letter")
        if re.search(r"\b%d ans\b" % p["age"], text):
            violation(lid, "age written although only birth date is meant to be given")
    else:
        if not re.search(r"\b%d ans\b" % p["age"], text):
            violation(lid, "age not written in the letter")
    datestr = [L["date"].strftime("%d/%m/%Y"), L["date"].strftime("%d/%m/%y")]
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
              "octobre", "novembre", "décembre"]
    datestr.append(f"{L['date'].day} {months[L['date'].month - 1]} {L['date'].year}")
    datestr.append(f"{L['date'].day:02d} {months[L['date'].month - 1]} {L['date'].year}")
    if not any(d in text for d in datestr):
        violation(lid, "letter date not found in the text")
    # primary tumour
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            violation(lid, "unknown primary tumour with values")
    else:
        if pt["site"] not in SITES:
            violation(lid, f"site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTO:
        violation(lid, f"histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOM or v not in BIORES:
            violation(lid, f"biomarker {k}={v}")
    # bone diagnosis
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRC:
        violation(lid, "circumstance code")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        violation(lid, "unknown bone diagnosis with values")
    if bd["status"] == "present" and not bd["circumstances"]:
        violation(lid, "present bone diagnosis without circumstance")
    if not isinstance(bd["dated"], bool):
        violation(lid, "dated must be bool")
    # pain
    pn = g["pain"]
    if not set(pn["types"]) <= PAINT:
        violation(lid, "pain type code")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        violation(lid, "pain intensity")
    if pn["status"] in ("unknown", "absent") and pn["types"]:
        violation(lid, "pain types with non-present status")
    if pn["intensity"] is not None and not re.search(r"\b%d ?/ ?10\b" % pn["intensity"], text):
        violation(lid, f"pain intensity {pn['intensity']}/10 not in the letter")
    # local treatments
    lt = g["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCT:
        violation(lid, "local treatment type")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        violation(lid, "local treatment types with absent/unknown status")
    if lt["status"] == "present" and not lt["types"]:
        violation(lid, "present local treatment without type")
    # drugs
    meds = g["currentMedications"]
    if len(set(meds["atc"])) != len(meds["atc"]):
        violation(lid, "duplicate ATC in currentMedications")
    for code in meds["atc"]:
        if code not in atc:
            violation(lid, f"ATC {code} not in atc-reference.tsv")
        if not any(fold(n) in ftext for n in atc[code]["names"]):
            violation(lid, f"ATC {code} ({atc[code]['names'][0]}) named nowhere in the letter")
    if meds["status"] in ("absent", "unknown") and meds["atc"]:
        violation(lid, "drug codes with absent/unknown currentMedications")
    for sec, prefixes in AGENT_PREFIX.items():
        s = g[sec]
        for code in s["atc"]:
            if code not in atc:
                violation(lid, f"{sec}: ATC {code} not in atc-reference.tsv")
            if not code.startswith(prefixes):
                violation(lid, f"{sec}: {code} outside the section's ATC classes")
            if not any(fold(n) in ftext for n in atc[code]["names"]):
                violation(lid, f"{sec}: {code} named nowhere in the letter")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            violation(lid, f"{sec}: agents with absent/unknown status")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(meds["atc"])
            if missing:
                violation(lid, f"{sec}: agents {missing} not in currentMedications")
        if s["status"] == "uncertain":
            doubtful = set(s["atc"]) & set(meds["atc"])
            if doubtful:
                violation(lid, f"{sec}: doubtful agents {doubtful} listed as current medications")
    # every current drug of an agent class must appear in its section
    for code in meds["atc"]:
        for sec, prefixes in AGENT_PREFIX.items():
            if code.startswith(prefixes) and code not in g[sec]["atc"]:
                violation(lid, f"current drug {code} missing from {sec}")
    # prognosis
    pr = g["prognosis"]
    ecog, kps = pr.get("ecog"), pr.get("kps")
    if set(pr) - {"status", "ecog", "kps"}:
        violation(lid, "prognosis keys")
    if ecog is not None and not (isinstance(ecog, int) and 0 <= ecog <= 5):
        violation(lid, "ecog")
    if kps is not None and not (isinstance(kps, int) and 0 <= kps <= 100 and kps % 10 == 0):
        violation(lid, "kps")
    if ecog is not None and kps is not None:
        violation(lid, "give ecog or kps, not both")
    if pr["status"] == "unknown" and (ecog is not None or kps is not None):
        violation(lid, "performance status with unknown prognosis")
    if kps is not None and not re.search(r"Karnofsky\s*%d" % kps, text):
        violation(lid, "Karnofsky value not in the letter")
    if ecog is not None and not re.search(r"(OMS|PS|ECOG)\s*%d\b" % ecog, text):
        violation(lid, "ECOG value not in the letter")
    # therapeutic project
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENT:
        violation(lid, "intent code")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        violation(lid, "intent with unknown project")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] is not None and intent_words[tp["intent"]] not in ftext:
        violation(lid, f"intent {tp['intent']} not written in the letter")


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------

FIXED_DT = dt.datetime(2025, 1, 1, 9, 0, 0)


def plain(text: str) -> str:
    return "\n".join(line[3:] if line.startswith("## ") else line for line in text.split("\n"))


def write_txt(path: Path, text: str, crlf: bool) -> None:
    data = plain(text)
    if crlf:
        data = data.replace("\n", "\r\n")
    path.write_bytes(data.encode("utf-8"))


def write_docx(path: Path, text: str) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    lines = text.rstrip("\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c in range(ncol):
                    t.cell(r, c).text = row[c] if c < len(row) else ""
            continue
        if line.startswith("## "):
            par = d.add_paragraph()
            run = par.add_run(line[3:])
            run.bold = True
        elif line.strip() == "":
            pass
        else:
            d.add_paragraph(line)
        i += 1
    cp = d.core_properties
    cp.author = "Secrétariat"
    cp.last_modified_by = "Secrétariat"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


class PdfFont:
    def __init__(self, ttf: Path):
        from PIL import ImageFont

        self.data = ttf.read_bytes()
        f = ImageFont.truetype(str(ttf), 1000)
        self.widths = []
        for b in range(32, 256):
            try:
                ch = bytes([b]).decode("cp1252")
                self.widths.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                self.widths.append(0)
        self.name = ttf.stem.replace("-", "")

    def width(self, s: str, size: float) -> float:
        return sum(self.widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000


def pdf_escape(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path: Path, text: str, fonts) -> None:
    regular, bold = fonts
    W, H, margin, size, lead = 595, 842, 56, 10, 13.5
    maxw = W - 2 * margin
    # layout into lines (font, text)
    lines = []
    for raw in text.rstrip("\n").split("\n"):
        f = bold if raw.startswith("## ") else regular
        s = raw[3:] if raw.startswith("## ") else raw
        if s.strip() == "":
            lines.append((f, ""))
            continue
        words = s.split(" ")
        cur = ""
        for w in words:
            cand = w if not cur else cur + " " + w
            if f.width(cand, size) <= maxw:
                cur = cand
            else:
                lines.append((f, cur))
                cur = w
        lines.append((f, cur))
    per_page = int((H - 2 * margin) // lead)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    objs = []  # list of bytes bodies, obj number = index+1

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    font_ids = []
    for f in (regular, bold):
        comp = zlib.compress(f.data, 9)
        ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(f.data)) + comp + b"\nendstream")
        desc = add(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                    "/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>"
                    % (f.name, ff)).encode())
        fid = add(("<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 /Widths [%s] "
                   "/FontDescriptor %d 0 R /Encoding /WinAnsiEncoding >>"
                   % (f.name, " ".join(map(str, f.widths)), desc)).encode())
        font_ids.append(fid)
    pages_id_placeholder = len(objs) + 1
    add(b"")  # Pages, filled later
    page_ids = []
    for pi, plines in enumerate(pages):
        ops = [b"BT", b"%.1f TL" % lead]
        y = H - margin
        ops.append(b"%d %.1f Td" % (margin, y))
        curf = None
        for f, s in plines:
            if f is not curf:
                ops.append(b"/F%d %d Tf" % (1 if f is regular else 2, size))
                curf = f
            ops.append(b"(" + pdf_escape(s) + b") Tj T*")
        ops.append(b"ET")
        footer = "Page %d/%d" % (pi + 1, len(pages))
        ops.append(b"BT /F1 8 Tf %.1f 30 Td (" % (W / 2 - 15) + pdf_escape(footer) + b") Tj ET")
        content = b"\n".join(ops)
        cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                   "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                   % (pages_id_placeholder, W, H, cid, font_ids[0], font_ids[1])).encode())
        page_ids.append(pid)
    objs[pages_id_placeholder - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                                      % (" ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)
    info = add(b"<< /Producer (corpus53 make_letters.py) /Creator (corpus53) "
               b"/CreationDate (D:20250101090000Z) /ModDate (D:20250101090000Z) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, catalog, info, b"c53" * 10 + b"00", b"c53" * 10 + b"00", xref))
    path.write_bytes(bytes(out))


# --------------------------------------------------------------------------

def main() -> int:
    atc = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids) or ids != sorted(ids):
        sys.exit("CONTRACT VIOLATION: duplicate or unordered ids")
    golds = {}
    for L in LETTERS:
        check(L, atc)
        if L["fmt"] == "pdf":
            try:
                L["text"].encode("cp1252")
            except UnicodeEncodeError as e:
                violation(L["id"], f"PDF text not encodable in WinAnsi: {e}")
        g = {"id": L["id"]}
        g.update(json.loads(json.dumps(L["gold"])))
        for k in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            g[k]["atc"] = sorted(g[k]["atc"])
        for k, key in (("boneDiagnosis", "circumstances"), ("pain", "types"), ("priorLocalTreatments", "types")):
            g[k][key] = sorted(g[k][key])
        g["gaps"] = derive_gaps(g)
        golds[L["id"]] = g
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for old in list(letters_dir.iterdir()) + list(gold_dir.iterdir()):
        old.unlink()
    fonts = (PdfFont(FONT_DIR / "DejaVuSans.ttf"), PdfFont(FONT_DIR / "DejaVuSans-Bold.ttf"))
    for L in LETTERS:
        path = letters_dir / f"{L['id']}.{L['fmt']}"
        if L["fmt"] == "txt":
            write_txt(path, L["text"], L.get("crlf", False))
        elif L["fmt"] == "docx":
            write_docx(path, L["text"])
        else:
            write_pdf(path, L["text"], fonts)
        (gold_dir / f"{L['id']}.json").write_text(
            json.dumps(golds[L["id"]], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
