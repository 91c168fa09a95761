#!/usr/bin/env python3
"""corpus82: 12 blind referral letters centred on anticoagulation before a
bone procedure, with their gold records (spec: shared/spec/rcp-request.md).

Run from /work/main:  .venv/bin/python tests/corpus82/make_letters.py
Checks every gold against the contract, then writes letters/ and gold/
byte-identically on every run.
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
SHARED = Path("/work/shared")
ATC_TSV = SHARED / "spec" / "atc-reference.tsv"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# ---------------------------------------------------------------- letters
# Each letter: id, fmt (pdf/docx/txt), encoding/newline for txt, date,
# birth (optional, for age computation), age (gold), text, gold, and
# `mentioned_not_current`: ATC codes whose names occur in the text but are
# not current (stopped, planned, doubtful, someone else's, one-off) with why.

LETTERS = []


def L(**kw):
    LETTERS.append(kw)


L(id="yf01", fmt="pdf", date=dt.date(2026, 3, 12), birth=dt.date(1957, 9, 17), sex="F",
  author="Pneumologue (courrier formel)",
  text="""# Centre Hospitalier de Valmont-sur-Loire
Service de Pneumologie - Dr Hélène MARQUET
Tél. secrétariat : 02 47 90 31 58

Valmont, le 12 mars 2026

À l'attention de la RCP « métastases osseuses »
Hôpital Pasteur-Ferrand

# Objet : Mme PERRICHON Josiane, née le 17/09/1957

Chère Consœur, cher Confrère,

Je vous adresse Mme Perrichon, que je suis pour un adénocarcinome pulmonaire du lobe supérieur droit diagnostiqué en septembre 2025 (biopsie bronchique), stade IV d'emblée. En biologie moléculaire : délétion de l'exon 19 de l'EGFR, pas de réarrangement ALK, PD-L1 < 1 %. Elle est traitée par osimertinib (Tagrisso 80 mg/j) depuis le 06/10/2025 avec une bonne réponse thoracique au scanner de décembre.

Sur le plan osseux, la patiente se plaint depuis décembre 2025 de lombalgies d'horaire mécanique, majorées à la marche et au lever. L'IRM du 08/01/2026 retrouve une lyse du corps vertébral de L2 avec un discret recul du mur postérieur, sans épidurite, sans signe de compression. Pas de déficit neurologique. La douleur est actuellement cotée à 6/10 (EN) malgré le traitement antalgique.

Elle a été hospitalisée du 20 au 26/02/2026 pour une pneumopathie, avec alitement prolongé ; elle est depuis sous Lovenox 4000 UI/0,4 ml, une injection sous-cutanée par jour, à titre préventif, poursuivi à domicile tant que la mobilité reste réduite. Pas d'antiagrégant plaquettaire. Aucun traitement local osseux à ce jour (ni radiothérapie ni cimentoplastie). Pas de traitement anti-résorptif pour l'instant ; le Xgeva est envisagé après le bilan dentaire.

Traitement actuel :
- Tagrisso 80 mg 1 cp/j
- Lovenox 4000 UI 1 inj SC/j
- Doliprane 1 g 3 fois/j
- Oxynorm 5 mg si douleur, jusqu'à 4/j
- Inexium 20 mg le soir

Antécédents : HTA ancienne non traitée, cholécystectomie (2004). Père décédé d'un infarctus à 70 ans (il était sous Kardégic). Ancienne fumeuse (25 PA), sevrée.

Etat général : OMS 1, poids stable. Situation palliative, poursuite de l'osimertinib.

Question posée : indication d'une cimentoplastie de L2, éventuellement associée à une radiothérapie ? Merci de préciser la conduite à tenir pour le Lovenox (suspension la veille du geste ?).

Bien confraternellement,

Dr H. Marquet
""",
  gold=dict(
      primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma",
                        biomarkers={"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
      boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
      pain=dict(status="present", types=["mechanical"], intensity=6),
      currentMedications=dict(status="present", atc=["L01EB04", "B01AB05", "N02BE01", "N02AA05", "A02BC05"]),
      priorLocalTreatments=dict(status="absent", types=[]),
      boneTargetedTherapy=dict(status="absent", atc=[]),
      anticoagulation=dict(status="present", atc=["B01AB05"]),
      antiplatelets=dict(status="absent", atc=[]),
      prognosis=dict(status="present", ecog=1),
      therapeuticProject=dict(status="present", intent="palliative")),
  mentioned_not_current={"M05BX04": "Xgeva only envisaged", "B01AC06": "father's Kardégic (family history)"},
  tricky="preventive-dose Lovenox 4000 UI/j is still a current anticoagulant; Xgeva only envisaged with explicit 'pas de traitement anti-résorptif'; father's Kardégic; birth date only")

L(id="yf02", fmt="docx", date=dt.date(2026, 2, 3), sex="M",
  author="Radiothérapeute (DOCX, sections)",
  text="""# Institut de Radiothérapie des Trois-Rivières
Dr Marc-Antoine GUIVARC'H - Oncologue radiothérapeute
Tél : 05 55 18 62 40

Le 3 février 2026

# Demande d'avis RCP métastases osseuses
Patient : M. Gérard LHERMITTE, 79 ans

# Histoire oncologique
Adénocarcinome prostatique Gleason 8 (4+4) diagnostiqué en mars 2023 sur biopsies, PSA initial à 48 ng/ml. Radiothérapie prostatique associée à une hormonothérapie longue (Décapeptyl) en 2023. Remontée du PSA à 9,4 ng/ml en octobre 2025 malgré la castration : introduction de l'enzalutamide (Xtandi 160 mg/j) le 25/11/2025.

# Lésions osseuses
La TEP-PSMA de réévaluation du 18/11/2025, faite pour la remontée du PSA, a mis en évidence trois fixations osseuses : aile iliaque droite, cotyle droit et 7e côte gauche. Le patient décrit depuis une douleur de la hanche droite à l'appui avec réveils nocturnes, EVA 4/10 ce jour. Il a reçu une radiothérapie antalgique de 8 Gy en fraction unique sur l'aile iliaque droite le 05/12/2025, avec bon effet partiel.

# Anticoagulation / antiagrégants
ACFA permanente sous Coumadine 5 mg/j (3/4 cp un jour sur deux en alternance), dernier INR le 28/01/2026 à 2,6 (cible 2-3). Stent coronaire actif posé en 2019 : Kardégic 75 mg/j maintenu en association, bithérapie validée par son cardiologue (Dr Pellegrin).
Si un geste est retenu, le schéma proposé par le cardiologue est : arrêt de la Coumadine à J-5 et relais par Lovenox 0,6 ml x 2/j (dose curative) à partir de J-3, dernière injection 24 h avant le geste. Ce relais n'est pas encore débuté.

# Traitements en cours
| Médicament | Posologie |
| Décapeptyl 11,25 mg | 1 inj / 3 mois |
| Xtandi 40 mg | 4 cp/j |
| Coumadine 5 mg | selon INR |
| Kardégic 75 mg | 1 sachet/j |
| Cardensiel 2,5 mg | 1 cp/j |
| Tahor 20 mg | 1 cp/j |
| Doliprane 1 g | si besoin, max 3/j |

# Etat général
OMS 1. Vit avec son épouse, autonome.

# Projet
Poursuite de l'enzalutamide et de l'agoniste de la LH-RH.

# Question à la RCP
Intérêt d'une cimentoplastie du cotyle droit ? Le cas échéant merci de valider le relais Coumadine / Lovenox.

Dr M.-A. Guivarc'h
""",
  gold=dict(
      patient_age=79,
      primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma",
                        biomarkers={"PSA": "positive"}),
      boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
      pain=dict(status="present", types=["mechanical", "nocturnal"], intensity=4),
      currentMedications=dict(status="present", atc=["L02AE04", "L02BB04", "B01AA03", "B01AC06", "C07AB07", "C10AA05", "N02BE01"]),
      priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
      boneTargetedTherapy=dict(status="unknown", atc=[]),
      anticoagulation=dict(status="present", atc=["B01AA03"]),
      antiplatelets=dict(status="present", atc=["B01AC06"]),
      prognosis=dict(status="present", ecog=1),
      therapeuticProject=dict(status="present", intent=None)),
  mentioned_not_current={"B01AB05": "Lovenox is the bridging plan, not started"},
  tricky="VKA with INR; curative Lovenox 0,6 ml x2 only as a future bridging plan; VKA + aspirin dual therapy; prostate RT not a bone treatment; nothing on bone agents")

L(id="yf03", fmt="txt", encoding="utf-8", newline="\n", date=dt.date(2026, 4, 21), sex="F",
  author="Médecin généraliste (courrier court)",
  text="""Dr Sylvie BONNARDEL
Médecine générale
4 place du Marché - 49630 Saint-Aubin-des-Landes
Tél 02 41 57 09 83

Saint-Aubin, le 21/04/2026

Cher confrère,

Je vous adresse Mme RAVANEL Colette, 71 ans, pour avis de votre RCP.

Elle a été opérée en 2018 d'un carcinome lobulaire infiltrant du sein gauche (RE+ RP+, HER2 négatif) : tumorectomie, radiothérapie du sein, puis hormonothérapie par Femara qu'elle prend toujours.

Depuis février elle se plaint de douleurs dorsales, surtout la nuit, qui la réveillent. EN à 5 ce jour. Le scanner du 02/04/2026 montre des lésions lytiques de T8, T11 et de l'arc postérieur de la 9e côte droite, évocatrices de métastses. Son oncologue (Dr Fauchère) la revoit le 5 mai mais je préférais qu'elle vous soit présentée rapidement.

Elle n'a jamais été irradiée au niveau osseux (seulement le sein en 2018).

ATCD : hypothyroïdie, phlébite du mollet gauche en mars 2025 traitée par Xarelto pendant 6 mois, arrêté fin septembre 2025, plus d'anticoagulant depuis. Sa soeur est sous Préviscan pour une valve mécanique (la patiente m'en parle beaucoup, elle craint d'y avoir droit aussi).

Traitement actuel :
Femara 2,5 mg 1/j
Doliprane 1g 3/j
Levothyrox 75 µg
Uvedose 1 ampoule tous les 3 mois

Merci de me dire s'il faut une biopsie et si oui où la faire.

Bien confraternellement,
Dr S. Bonnardel
""",
  gold=dict(
      patient_age=71,
      primaryTumor=dict(status="present", site="breast", histology="invasive_lobular_carcinoma",
                        biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
      boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
      pain=dict(status="present", types=["nocturnal"], intensity=5),
      currentMedications=dict(status="present", atc=["L02BG04", "N02BE01", "H03AA01", "A11CC05"]),
      priorLocalTreatments=dict(status="absent", types=[]),
      boneTargetedTherapy=dict(status="unknown", atc=[]),
      anticoagulation=dict(status="absent", atc=[]),
      antiplatelets=dict(status="unknown", atc=[]),
      prognosis=dict(status="unknown", ecog=None),
      therapeuticProject=dict(status="present", intent=None)),
  mentioned_not_current={"B01AF01": "Xarelto course finished in 2025", "B01AA12": "sister's Préviscan"},
  tricky="finished Xarelto course for a past DVT ('plus d'anticoagulant depuis' = absent); sister's Préviscan; breast RT not a bone treatment; no performance status")

L(id="yf04", fmt="pdf", date=dt.date(2026, 3, 9), birth=dt.date(1950, 3, 2), sex="M",
  author="Chirurgien orthopédiste (consultation)",
  text="""# Clinique orthopédique du Val-Rosier
Dr Thibault ANCELIN - Chirurgie orthopédique et traumatologique
12 avenue des Tilleuls, 63410 Val-Rosier - Tél. 04 73 62 18 90

Le 09/03/2026

Compte rendu de consultation adressé à la RCP métastases osseuses

Patient : M. DELACOURT Raymond, né le 02/03/1950

Monsieur Delacourt, suivi par le Dr Nguyen-Lafarge (oncologie) pour un carcinome rénal à cellules claires (néphrectomie élargie gauche en 2021), présente depuis octobre 2025 des douleurs de la cuisse droite à la marche. La radiographie puis le scanner de décembre retrouvent une lésion lytique sous-trochantérienne droite de 35 mm, avec atteinte corticale de plus de 50 %, score de Mirels à 9. Il a bénéficié d'une radiothérapie de 20 Gy en 5 fractions sur le fémur droit, terminée le 13/02/2026. La douleur persiste à l'appui : EVA 7/10 à la marche.

Sur le plan oncologique il est sous cabozantinib (Cabometyx 40 mg/j) depuis novembre 2025. L'acide zolédronique (Zometa 4 mg toutes les 12 semaines) a été débuté le 20/02/2026.

Anticoagulation : ACFA connue depuis 2018. Il était sous Préviscan jusqu'en décembre 2025 mais les INR étaient très instables sous Cabometyx ; l'Eliquis a été introduit le 12/01/2026 à 2,5 mg matin et soir (dose réduite : âge, créatininémie à 138 µmol/l). Pas d'antiagrégant plaquettaire.

Ordonnance actuelle :
Cabometyx 40 mg 1/j ; Eliquis 2,5 mg 1-0-1 ; Topalgic 50 mg LP 1-0-1 ; Doliprane 1 g x 3 ; Triatec 5 mg 1/j ; Lasilix 40 mg 1/j ; Zometa 4 mg IV / 12 semaines.

État général conservé, OMS 1. Espérance de vie estimée supérieure à un an par son oncologue.

Projet : enclouage centromédullaire prophylactique du fémur droit programmé le 23/03/2026, avec arrêt de l'Eliquis 48 heures avant, sans relais par héparine. Poursuite du Cabometyx, suspendu 3 semaines autour du geste pour la cicatrisation.

Je souhaite l'avis de la RCP sur la stratégie (enclouage seul ou associé à une cimentoplastie ?) et sur la gestion de l'anticoagulant.

Dr T. Ancelin
""",
  gold=dict(
      primaryTumor=dict(status="present", site="kidney", histology="clear_cell_carcinoma", biomarkers={}),
      boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
      pain=dict(status="present", types=["mechanical"], intensity=7),
      currentMedications=dict(status="present", atc=["L01EX07", "B01AF02", "N02AX02", "N02BE01", "C09AA05", "C03CA01", "M05BA08"]),
      priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
      boneTargetedTherapy=dict(status="present", atc=["M05BA08"]),
      anticoagulation=dict(status="present", atc=["B01AF02"]),
      antiplatelets=dict(status="absent", atc=[]),
      prognosis=dict(status="present", ecog=1),
      therapeuticProject=dict(status="present", intent=None)),
  mentioned_not_current={"B01AA12": "Préviscan stopped December 2025", "B01AB01": "'héparine' only as the bridging that will not be done"},
  tricky="VKA switched to reduced-dose Eliquis 2,5 with dates; 'sans relais par héparine'; birth date a week before the letter; planned nailing is not a prior treatment")

L(id="yf05", fmt="docx", date=dt.date(2026, 4, 14), sex="F",
  author="Oncologue médicale (DOCX structuré, tableau)",
  text="""# Centre de Cancérologie des Hauts-Fourneaux
Dr Anne-Laure KERBRAT - Oncologie médicale
Secrétariat : 03 82 47 15 26

Le 14 avril 2026

# Présentation RCP métastases osseuses
Mme BELKACEM Nadia, 52 ans

# Diagnostic
Carcinome canalaire infiltrant (NST) du sein droit, grade 3, RE 0 %, RP 0 %, HER2 3+, métastatique d'emblée (os, ganglions) au diagnostic en septembre 2025 : les lésions osseuses (rachis dorsal, bassin, sternum) ont été découvertes sur le TEP-TDM du bilan d'extension initial.

# Traitement oncologique
6 cures de docétaxel-trastuzumab-pertuzumab de septembre 2025 à janvier 2026 (docétaxel arrêté après la 6e cure, neuropathie grade 2), puis maintenance par Herceptin + Perjeta toutes les 3 semaines, en cours. Réponse partielle.
Xgeva 120 mg SC toutes les 4 semaines depuis octobre 2025, avec Orocal D3.

# Evènement intercurrent
Embolie pulmonaire segmentaire droite le 02/03/2026 : Innohep 14 000 UI/j SC (175 UI/kg, dose curative), prévu pour au moins 6 mois.

# Douleur
Pas de douleur osseuse, pas d'antalgique.

# Traitements locaux
Aucune irradiation ni aucun geste osseux à ce jour.

# Ordonnance en cours
| Médicament | Posologie |
| Herceptin 600 mg SC | toutes les 3 semaines |
| Perjeta 420 mg IV | toutes les 3 semaines |
| Innohep 14 000 UI | 1 inj SC/j |
| Xgeva 120 mg | 1 inj / 4 semaines |
| Orocal D3 | 1 cp/j |

# Etat général
OMS 0, poursuit son activité professionnelle à mi-temps.

# Question
Apparition d'une lésion iliaque gauche isolée, discordante (hypermétabolique) sous traitement : biopsie osseuse scannoguidée pour nouvelle détermination RH / HER2 ? Quel délai d'arrêt de l'Innohep recommandez-vous avant le geste ?

Dr A.-L. Kerbrat
""",
  gold=dict(
      patient_age=52,
      primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                        biomarkers={"ER": "negative", "PR": "negative", "HER2": "positive"}),
      boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
      pain=dict(status="absent", types=[], intensity=None),
      currentMedications=dict(status="present", atc=["L01FD01", "L01FD02", "B01AB10", "M05BX04", "A12AX"]),
      priorLocalTreatments=dict(status="absent", types=[]),
      boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
      anticoagulation=dict(status="present", atc=["B01AB10"]),
      antiplatelets=dict(status="unknown", atc=[]),
      prognosis=dict(status="present", ecog=0),
      therapeuticProject=dict(status="present", intent=None)),
  mentioned_not_current={"L01CD02": "docétaxel stopped after 6 cycles"},
  tricky="curative Innohep 14 000 UI for a recent PE; docetaxel stopped, trastuzumab/pertuzumab current; no pain; bone lesions found on initial staging")

L(id="yf06", fmt="txt", encoding="cp1252", newline="\r\n", date=dt.date(2026, 5, 27), sex="M",
  author="Pneumologue (note télégraphique, cp1252)",
  text="""CH de Kerlaouen - Pneumologie - Dr Y. MORVAN (poste 4417)
27/05/2026

RCP os - demande d'avis

Pt : M. LEMARREC Pascal, 66 ans
Carcinome épidermoïde pulmonaire LIG, T3N2M1c, dg 01/2026. PD-L1 5 %. EGFR/ALK non recherchés (épidermoïde, non fumeur... si, ex-fumeur 40 PA).
Ttt : carbo-paclitaxel-pembrolizumab, C4 le 19/05. Bonne tolérance.

Os : hypercalcémie à 3,1 mmol/l le 12/04/2026 (urgences, confusion) -> bilan -> lyse sacrée S1-S2 G + iliaque G. Reçu 1 perf de Zometa aux urgences pour l'hypercalcémie, pas de ttt anti-résorptif au long cours pour l'instant.
Dlr : sacrée, brûlures irradiant dans la fesse et la face post de cuisse G, DN4 5/10. EN 4 sous ttt.
Pas de RT osseuse antérieure.

Anticoag : le pt dit prendre "un anticoagulant pour le coeur" prescrit par son cardio de ville (Dr Le Goff, Quimperlé), il pense que c'est du Pradaxa 110 mais n'a pas son ordonnance -> à vérifier. Pas d'antiagrégant.

Ordo :
- Keytruda 200 mg / 3 sem
- carboplatine AUC5 + Taxol 200 mg/m2 / 3 sem
- Lyrica 75 mg x2
- Skenan LP 30 mg x2, Actiskenan 10 mg si besoin
- Mopral 20
- Solupred 20 mg/j (décroissance)

PS 1.
Projet : poursuite chimio-immuno jusqu'à C6 puis maintenance pembro.

Question : RT antalgique sacrée ? cimentoplastie / sacroplastie ? Si geste : gestion anticoag à préciser une fois la molécule connue.
""",
  gold=dict(
      patient_age=66,
      primaryTumor=dict(status="present", site="lung", histology="squamous_cell_carcinoma",
                        biomarkers={"PD-L1": "positive"}, pdl1_value=5),
      boneDiagnosis=dict(status="present", circumstances=["hypercalcemia"], dated=True),
      pain=dict(status="present", types=["neuropathic"], intensity=4),
      currentMedications=dict(status="present", atc=["L01FF02", "L01XA02", "L01CD01", "N03AX16", "N02AA01", "A02BC01", "H02AB06"]),
      priorLocalTreatments=dict(status="absent", types=[]),
      boneTargetedTherapy=dict(status="absent", atc=[]),
      anticoagulation=dict(status="uncertain", atc=["B01AE07"]),
      antiplatelets=dict(status="absent", atc=[]),
      prognosis=dict(status="present", ecog=1),
      therapeuticProject=dict(status="present", intent=None)),
  mentioned_not_current={"M05BA08": "single Zometa infusion, no long-term agent", "B01AE07": "Pradaxa told only by the patient, to be checked"},
  tricky="anticoagulant reported only by the patient ('il pense que c'est du Pradaxa 110… à vérifier': uncertain, kept in the section but not in current drugs); one-off Zometa with explicit no long-term agent; cp1252 + CRLF")

L(id="yf07", fmt="pdf", date=dt.date(2026, 6, 18), birth=dt.date(1961, 6, 30), sex="F",
  author="Neurochirurgien (courrier post-opératoire)",
  text="""# CHU de Montbrison-les-Bains - Service de Neurochirurgie
Dr Romain VASSEUR-TELLIER
Secrétariat : 04 77 31 86 02

Le 18 juin 2026

Objet : Mme GRANGER Odile, née le 30/06/1961 - demande de discussion en RCP métastases osseuses

Cher confrère,

Mme Granger est suivie depuis janvier 2026 pour un carcinome pulmonaire à petites cellules, stade étendu, traité par carboplatine-étoposide-atézolizumab (4 cycles) puis atézolizumab (Tecentriq) d'entretien, en cours.

Elle a été admise en urgence le 02/06/2026 pour une paraparésie d'installation rapide (force 3/5 aux membres inférieurs) avec un niveau sensitif T10. L'IRM a retrouvé une épidurite métastatique compressive T9 sur lyse vertébrale. Elle a été opérée le 03/06/2026 : laminectomie décompressive T8-T10 avec ostéosynthèse percutanée T7-T11. Les suites ont été simples, récupération motrice quasi complète (4+/5), marche avec déambulateur.

Douleurs : persistance de douleurs en ceinture de type radiculalgie T9, bien soulagées, EN 2/10.

Anticoagulation : antécédent de thrombopénie induite par l'héparine (TIH de type 2) en 2019 ; la prophylaxie post-opératoire est donc assurée par fondaparinux (Arixtra 2,5 mg/j SC), en cours, durée prévue 6 semaines. Le Kardégic qu'elle prenait en prévention primaire a été arrêté 7 jours avant l'intervention et n'a pas été repris.

Traitement de sortie :
Arixtra 2,5 mg 1 inj/j - Dectancyl 8 mg/j en décroissance - Oxycontin 10 mg matin et soir - Inipomp 40 mg - Forlax 2 sachets/j - Tecentriq 1200 mg toutes les 3 semaines (prochaine cure le 24/06/2026).

Karnofsky 60 % à la sortie.

Le projet, discuté avec son oncologue, reste palliatif : poursuite de l'atézolizumab, prochaine cure à J21 de l'intervention.

Question : radiothérapie post-opératoire du site opéré ? Place d'un traitement anti-résorptif ?

Bien à vous,
Dr R. Vasseur-Tellier
""",
  gold=dict(
      primaryTumor=dict(status="present", site="lung", histology="small_cell_carcinoma", biomarkers={}),
      boneDiagnosis=dict(status="present", circumstances=["neurological_deficit"], dated=True),
      pain=dict(status="present", types=["neuropathic"], intensity=2),
      currentMedications=dict(status="present", atc=["B01AX05", "H02AB02", "N02AA05", "A02BC02", "A06AD15", "L01FF05"]),
      priorLocalTreatments=dict(status="present", types=["surgery"]),
      boneTargetedTherapy=dict(status="unknown", atc=[]),
      anticoagulation=dict(status="present", atc=["B01AX05"]),
      antiplatelets=dict(status="absent", atc=[]),
      prognosis=dict(status="present", kps=60),
      therapeuticProject=dict(status="present", intent="palliative")),
  mentioned_not_current={"B01AB01": "héparine only in 'thrombopénie induite par l'héparine'",
                         "B01AC06": "Kardégic stopped before surgery, not resumed",
                         "L01XA02": "carboplatin induction finished", "L01CB01": "etoposide induction finished"},
  tricky="fondaparinux (Arixtra) because of a past HIT (the word héparine is not a drug taken); aspirin stopped before surgery; Karnofsky only; birthday twelve days after the letter; atezolizumab maintenance counts as current (resumed at D21)")

L(id="yf08", fmt="docx", date=dt.date(2026, 7, 6), sex="M",
  author="Gastro-entérologue (patient hospitalisé)",
  text="""Hôpital Saint-Eutrope de Marsac
Service d'Hépato-gastro-entérologie et d'Oncologie digestive
Dr Fabienne ORSONI - Tél. 05 46 92 70 13

Marsac, le 6 juillet 2026

# Demande d'avis - RCP métastases osseuses
M. VIDALENC Jean-Claude, 73 ans, actuellement hospitalisé (chambre 412)

Adénocarcinome du sigmoïde pT4N2, opéré en 2024, récidive hépatique et péritonéale en 2025. Biologie moléculaire : KRAS G12D muté, BRAF non muté, statut MSS. Traité par FOLFIRI-bévacizumab depuis septembre 2025.

Le scanner de réévaluation du 15/06/2026 a montré une lésion lytique de l'aile iliaque gauche de 4 cm, non connue, asymptomatique à ce moment-là. Depuis une semaine le patient décrit une douleur inguinale gauche à la mobilisation et à la marche, EVA 3/10.

Hospitalisé le 24/06/2026 pour une thrombose veineuse profonde fémorale droite, avec insuffisance rénale aiguë (DFG 22 ml/min). Il est sous héparine non fractionnée à la seringue électrique, anti-Xa dans la cible (0,3-0,7). Un relais par AVK (Coumadine) est envisagé dès stabilisation de la fonction rénale ; en attendant on reste sous HNF. Pas d'antiagrégant plaquettaire.
Pas de bisphosphonate compte tenu de la fonction rénale, pas de dénosumab non plus pour le moment.

Traitement actuel à l'hôpital :
- Héparine sodique IVSE (adaptée à l'anti-Xa)
- Doliprane 1 g x 4/j
- Acupan 20 mg x 3/j
- Movicol 1 sachet/j
- Glucophage suspendu depuis l'admission

OMS 2 pendant l'hospitalisation (1 auparavant).
Le FOLFIRI-bévacizumab est suspendu pendant l'hospitalisation ; le projet est sa reprise dès la sortie, à visée palliative.

Questions : radiothérapie antalgique ou cimentoplastie de l'aile iliaque ? Dans quel délai, compte tenu de l'héparine IV ?

Dr F. Orsoni
""",
  gold=dict(
      patient_age=73,
      primaryTumor=dict(status="present", site="colorectal", histology="adenocarcinoma",
                        biomarkers={"KRAS": "positive", "BRAF": "negative"}),
      boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
      pain=dict(status="present", types=["mechanical"], intensity=3),
      currentMedications=dict(status="present", atc=["B01AB01", "N02BE01", "N02BG06", "A06AD65"]),
      priorLocalTreatments=dict(status="unknown", types=[]),
      boneTargetedTherapy=dict(status="absent", atc=[]),
      anticoagulation=dict(status="present", atc=["B01AB01"]),
      antiplatelets=dict(status="absent", atc=[]),
      prognosis=dict(status="present", ecog=2),
      therapeuticProject=dict(status="present", intent="palliative")),
  mentioned_not_current={"B01AA03": "Coumadine relay only envisaged", "A10BA02": "Glucophage suspended",
                         "M05BX04": "'pas de dénosumab' (denial)"},
  tricky="IV unfractionated heparin (HNF, anti-Xa) with a VKA relay only envisaged; Glucophage suspended; FOLFIRI suspended but its resumption is the decided project; ECOG 2 now vs 1 before; nothing on prior local treatment")

L(id="yf09", fmt="txt", encoding="utf-8", newline="\r\n", date=dt.date(2026, 9, 3), sex="M",
  author="Médecin généraliste (modèle de courrier avec rubriques)",
  text="""Cabinet médical de Plouzidec
Dr Bernard QUILLÉVÉRÉ - 6 rue de l'Aber - 29870 Plouzidec - 02 98 04 52 71

Le 03/09/2026

Objet : M. COSTECALDE André, 84 ans - demande d'avis RCP métastases osseuses

Cher confrère,

Je vous adresse M. Costecalde, 84 ans, suivi pour un adénocarcinome prostatique (Gleason 7) diagnostiqué en 2020, sous Eligard depuis. Le PSA est remonté à 12 ng/ml en juin (0,8 en 2025). La scintigraphie osseuse faite le 21/07/2026 pour cette remontée montre des fixations multiples du bassin et du rachis lombaire.

Il ne se plaint d'aucune douleur osseuse, marche avec une canne comme avant.

Allergies : aucune connue.
Anticoagulant : non.
Antiagrégant : non (Kardégic arrêté en 2024 à l'introduction du Lixiana).

Traitement habituel :
LIXIANA 30 mg 1 cp le soir (FA, insuffisance rénale modérée)
ELIGARD 22,5 mg 1 inj tous les 3 mois
BISOPROLOL 2,5 mg 1/j
LASILIX 20 mg 1/j
PROLIA 60 mg 1 inj tous les 6 mois pour ostéoporose (depuis 2022, dernière en juin)

OMS 2, vit seul avec passage d'une aide ménagère.
On poursuit l'hormonothérapie en attendant votre avis.

Question : faut-il ajouter un traitement (hormonothérapie de nouvelle génération, radiothérapie) ? Il est très attaché à rester chez lui.

Confraternellement,
Dr B. Quillévéré
""",
  gold=dict(
      patient_age=84,
      primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma",
                        biomarkers={"PSA": "positive"}),
      boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
      pain=dict(status="absent", types=[], intensity=None),
      currentMedications=dict(status="present", atc=["B01AF03", "L02AE02", "C07AB07", "C03CA01", "M05BX04"]),
      priorLocalTreatments=dict(status="unknown", types=[]),
      boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
      anticoagulation=dict(status="conflicting", atc=["B01AF03"]),
      antiplatelets=dict(status="absent", atc=[]),
      prognosis=dict(status="present", ecog=2),
      therapeuticProject=dict(status="present", intent=None)),
  mentioned_not_current={"B01AC06": "Kardégic stopped in 2024"},
  tricky="template field 'Anticoagulant : non' while Lixiana 30 mg is in the drug list (conflicting, kept in current drugs); Kardégic stopped; Prolia for osteoporosis counts as bone therapy; CRLF")

L(id="yf10", fmt="pdf", date=dt.date(2026, 9, 22), birth=dt.date(1948, 11, 11), sex="F",
  author="Radiologue interventionnelle (demande avant cimentoplastie)",
  text="""# Hôpital privé des Tilleuls - Radiologie interventionnelle
Dr Clémence HAUDRY - Tél. 01 64 28 73 05

DEMANDE D'AVIS RCP AVANT CIMENTOPLASTIE - 22/09/2026

Patiente : Mme DORVAL Lucienne, née le 11/11/1948
Médecin traitant : Dr Assouline (Melun-Sud)

Tumeur primitive : carcinome vésiculaire de la thyroïde, thyroïdectomie totale en 2015 puis deux cures d'iode 131 (2015, 2019). Devenu réfractaire à l'iode ; lenvatinib (Lenvima 14 mg/j) depuis mars 2025.

Circonstances : tassement de T12 survenu lors d'un effort de toux le 14/08/2026, fracture pathologique sur lyse métastatique à l'IRM du 20/08.

Douleur : rachialgies au lever et à la mobilisation, EN 7/10 malgré Topalgic. Pas de radiculalgie.

Traitements locaux osseux antérieurs : aucun (ni radiothérapie externe, ni chirurgie, ni cimentoplastie).
Traitement anti-résorptif : aucun.

Anticoagulant : Pradaxa 110 mg x 2/j pour ACFA (dose réduite, âge > 75 ans, clairance 45 ml/min).
Antiagrégant : Kardégic 75 mg/j (stent coronaire actif posé en février 2026) - bithérapie à ne pas interrompre sans avis du cardiologue.

Traitement en cours : Lenvima 14 mg ; Levothyrox 150 µg ; Pradaxa 110 mg matin et soir ; Kardégic 75 mg ; Topalgic 100 mg LP x 2 ; Doliprane 1 g x 3 ; Orocal D3 1/j.

OMS 2.

Projet proposé : vertébroplastie T12 sous anesthésie locale. Arrêt du Pradaxa 48 h avant le geste (clairance 45 ml/min), Kardégic maintenu. Poursuite du lenvatinib (arrêt 1 semaine avant le geste).

Question à la RCP : validation de l'indication de cimentoplastie T12 et de la gestion péri-procédurale des antithrombotiques.

Dr C. Haudry
""",
  gold=dict(
      primaryTumor=dict(status="present", site="thyroid", histology="other", biomarkers={}),
      boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
      pain=dict(status="present", types=["mechanical"], intensity=7),
      currentMedications=dict(status="present", atc=["L01EX08", "H03AA01", "B01AE07", "B01AC06", "N02AX02", "N02BE01", "A12AX"]),
      priorLocalTreatments=dict(status="absent", types=[]),
      boneTargetedTherapy=dict(status="absent", atc=[]),
      anticoagulation=dict(status="present", atc=["B01AE07"]),
      antiplatelets=dict(status="present", atc=["B01AC06"]),
      prognosis=dict(status="present", ecog=2),
      therapeuticProject=dict(status="present", intent=None)),
  mentioned_not_current={},
  tricky="dabigatran 110 mg (reduced dose) + aspirin dual therapy before a vertebroplasty; follicular thyroid carcinoma (histology other); radioiodine is not a local bone treatment; 'Pas de radiculalgie' denies the neuropathic type; birth date only")

L(id="yf11", fmt="docx", date=dt.date(2026, 10, 15), birth=dt.date(1955, 10, 15), sex="M",
  author="Oncologue thoracique (lettre longue avec tableau)",
  text="""# Centre Hospitalier de Ferrières-la-Motte
Unité d'Oncologie thoracique - Dr Samuel BENHAMOU-RICARD
Tél. 03 86 41 27 95 - oncothorax@ch-ferrieres-lamotte.example

Ferrières, le 15 octobre 2026

# Demande de présentation en RCP métastases osseuses
M. PAILLARDON Lucien, né le 15/10/1955

Cher collègue,

M. Paillardon, ancien agriculteur, non-fumeur, est suivi depuis mars 2024 pour un adénocarcinome pulmonaire du lobe inférieur gauche, stade IV (plèvre, os), avec réarrangement ALK (FISH et IHC positives), EGFR non muté, PD-L1 à 40 %. Il est traité en première ligne par alectinib (Alecensa 600 mg x 2/j) avec une réponse prolongée sur les sites thoraciques et pleuraux.

Histoire osseuse : l'atteinte osseuse a été révélée en mars 2024 par une fracture-tassement pathologique de L1, traitée par kyphoplastie en avril 2024. Depuis juillet 2026 il décrit une radiculalgie L5 gauche, à type de décharges électriques dans la jambe, DN4 à 6/10. L'IRM du 29/07/2026 retrouve une lésion de L4 avec atteinte foraminale gauche, sans épidurite. Douleur actuelle EN 5/10 (8/10 en août avant l'introduction de la gabapentine). Il n'y a pas de déficit moteur. Le scanner TAP ne retrouve pas d'autre progression.

Antécédents : ACFA depuis 2022, insuffisance rénale chronique (clairance 42 ml/min), HTA. Sa mère a eu un cancer du sein.

Anticoagulation : Xarelto 15 mg/j (dose adaptée à la fonction rénale). Lors de son hospitalisation d'août il avait reçu du Lovenox à dose préventive en plus, arrêté à la sortie (erreur corrigée par le pharmacien).

Traitement actuel :
| Médicament | Posologie | Depuis |
| Alecensa 150 mg | 4 gél. matin et soir | 03/2024 |
| Xarelto 15 mg | 1 cp le soir | 2022 |
| Neurontin 300 mg | 1-1-1 | 08/2026 |
| Doliprane 1 g | 1 x 3/j | 07/2026 |
| Triatec 2,5 mg | 1/j | 2019 |

Etat général : Karnofsky 70 %, perte de 3 kg.

Projet : poursuite de l'alectinib compte tenu de la progression osseuse isolée. Un traitement par dénosumab (Xgeva) est à discuter avec vous, ainsi qu'une radiothérapie stéréotaxique de L4.

Question : radiothérapie stéréotaxique de L4 (oligoprogression) ? Faut-il suspendre le Xarelto pour un éventuel geste percutané ?

Dr S. Benhamou-Ricard
""",
  gold=dict(
      primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma",
                        biomarkers={"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}, pdl1_value=40),
      boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
      pain=dict(status="present", types=["neuropathic"], intensity=5),
      currentMedications=dict(status="present", atc=["L01ED03", "B01AF01", "N03AX12", "N02BE01", "C09AA05"]),
      priorLocalTreatments=dict(status="present", types=["cementoplasty"]),
      boneTargetedTherapy=dict(status="unknown", atc=[]),
      anticoagulation=dict(status="present", atc=["B01AF01"]),
      antiplatelets=dict(status="unknown", atc=[]),
      prognosis=dict(status="present", kps=70),
      therapeuticProject=dict(status="present", intent=None)),
  mentioned_not_current={"B01AB05": "Lovenox during August stay, stopped at discharge", "M05BX04": "Xgeva only to be discussed"},
  tricky="reduced-dose Xarelto 15 mg current while a preventive Lovenox was stopped; L1 fracture at diagnosis (first circumstance) vs later L4 radiculalgia; EN 5 now vs 8 before; Xgeva and SBRT only to discuss; age = birthday on the letter's date")

L(id="yf12", fmt="txt", encoding="utf-8", newline="\n", date=dt.date(2026, 10, 30), sex="F",
  author="Interniste (courrier de sortie abrégé)",
  text="""CH de Saint-Géraud - Médecine polyvalente
Dr Inès LACOMBE-ROUVIER, PH - 04 71 55 20 38

Saint-Géraud, 30/10/2026

Madame, Monsieur, chers collègues de la RCP os,

Mme FERRAND Paulette, 81 ans, sortie ce jour de notre service.

Carcinome urothélial de vessie, résection en 2024 puis récidive ganglionnaire, sous pembrolizumab (Keytruda) toutes les 3 semaines depuis mars 2026 (Dr Aubrac, oncologue).

Lésion lytique de l'extrémité supérieure de l'humérus droit découverte fortuitement sur un scanner abdomino-pelvien réalisé le 12/09/2026 pour suspicion de colique néphrétique (bilan complété par une TEP : lésion unique). Douleur de l'épaule à la mobilisation, EN 3, pas de douleur nocturne.

ATCD : EP en 2023 sous Sintrom au long cours. Sintrom arrété le 08/10/2026 (INR labiles entre 1,4 et 5,8, saignement digestif) : actuellement HBPM à dose curative, à poursuivre, une injection le soir. Pas d'aspirine.
Pas de traitement anti-résorptif.

Ttt de sortie : HBPM dose curative 1 inj SC le soir ; Keytruda (HDJ) ; Doliprane 1 g x 3 ; Inexium 40 ; Levothyrox 50 ; Imovane 7,5 le soir.

OMS 3 (déambulation dans la chambre seulement).
Projet : poursuite du Keytruda si l'état général le permet.

Question : faut-il une biopsie de l'humérus (lésion unique) ou traiter directement (radiothérapie) ? Risque fracturaire ?

Dr I. Lacombe-Rouvier
""",
  gold=dict(
      patient_age=81,
      primaryTumor=dict(status="present", site="bladder", histology="other", biomarkers={}),
      boneDiagnosis=dict(status="present", circumstances=["incidental_imaging"], dated=True),
      pain=dict(status="present", types=["mechanical"], intensity=3),
      currentMedications=dict(status="present", atc=["L01FF02", "N02BE01", "A02BC05", "H03AA01", "N05CF01"]),
      priorLocalTreatments=dict(status="unknown", types=[]),
      boneTargetedTherapy=dict(status="absent", atc=[]),
      anticoagulation=dict(status="present", atc=[]),
      antiplatelets=dict(status="absent", atc=[]),
      prognosis=dict(status="present", ecog=3),
      therapeuticProject=dict(status="present", intent=None)),
  mentioned_not_current={"B01AA07": "Sintrom stopped 08/10/2026", "B01AC06": "'Pas d'aspirine' (denial)"},
  tricky="VKA stopped and replaced by a curative LMWH named only by class (present, no agent: incomplete gap); 'pas d'aspirine'; 'pas de douleur nocturne' denies the nocturnal type; incidental discovery; typo 'arrété'")

# ---------------------------------------------------------------- contract
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
          "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTOS = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
          "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
RESULTS = {"positive", "negative", "pending"}
CIRCS = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
         "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
SECTION_PREFIX = {
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
}


class Violation(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Violation(msg)


def load_atc():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        code, dci, inn, group, brands = (line.split("\t") + [""] * 5)[:5]
        names = [dci, inn] + [b for b in brands.split(",") if b.strip()]
        rows[code.strip()] = [n.strip() for n in names if n.strip()]
    return rows


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace("œ", "oe")


def mentioned_codes(text, atc):
    """ATC codes whose name (dci, INN or brand) occurs as a whole word."""
    t = fold(text)
    found = {}
    for code, names in atc.items():
        for n in names:
            pat = r"(?<![a-z0-9])" + re.escape(fold(n)) + r"(?![a-z0-9])"
            if re.search(pat, t):
                found.setdefault(code, []).append(n)
    # a combination's name also contains its component's; Cacit D3 contains Cacit
    return found


def age_at(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def gaps_for(g):
    """The spec's Gaps rule, applied to a gold record."""
    out = []
    kind = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in kind:
            out.append([item, kind[st]])
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


def build_gold(letter):
    g = letter["gold"]
    rec = {"id": letter["id"]}
    if letter.get("birth"):
        age = age_at(letter["birth"], letter["date"])
        need("patient_age" not in g, f"{letter['id']}: both birth date and written age")
        need(letter["birth"].strftime("%d/%m/%Y") in letter["text"], f"{letter['id']}: birth date not in text")
    else:
        age = g["patient_age"]
        need(re.search(rf"\b{age} ans\b", letter["text"]), f"{letter['id']}: written age {age} not in text")
    rec["patient"] = {"sex": letter["sex"], "age": age}
    pt = g["primaryTumor"]
    rec["primaryTumor"] = {"status": pt["status"], "site": pt.get("site"), "histology": pt.get("histology"),
                           "biomarkers": dict(pt.get("biomarkers", {}))}
    bd = g["boneDiagnosis"]
    rec["boneDiagnosis"] = {"status": bd["status"], "circumstances": list(bd["circumstances"]), "dated": bd["dated"]}
    p = g["pain"]
    rec["pain"] = {"status": p["status"], "types": sorted(p["types"]), "intensity": p["intensity"]}
    for item in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        rec[item] = {"status": g[item]["status"], "atc": sorted(g[item]["atc"])}
        if item == "currentMedications":
            pass
    rec["priorLocalTreatments"] = {"status": g["priorLocalTreatments"]["status"],
                                   "types": sorted(g["priorLocalTreatments"]["types"])}
    pr = g["prognosis"]
    if "kps" in pr:
        rec["prognosis"] = {"status": pr["status"], "kps": pr["kps"]}
    else:
        rec["prognosis"] = {"status": pr["status"], "ecog": pr.get("ecog")}
    tp = g["therapeuticProject"]
    rec["therapeuticProject"] = {"status": tp["status"], "intent": tp.get("intent")}
    ordered = {"id": rec["id"], "patient": rec["patient"]}
    for item in ALL_ITEMS:
        ordered[item] = rec[item]
    ordered["gaps"] = gaps_for(ordered)
    return ordered


def check(letter, rec, atc):
    lid = letter["id"]
    text = letter["text"]
    need(rec["id"] == lid and re.fullmatch(r"yf\d\d", lid), f"{lid}: bad id")
    need(rec["patient"]["sex"] in ("F", "M"), f"{lid}: sex")
    need(isinstance(rec["patient"]["age"], int) and 18 <= rec["patient"]["age"] <= 100, f"{lid}: age")
    need(("Mme " in text) == (rec["patient"]["sex"] == "F"), f"{lid}: sex vs civility")
    for item in ALL_ITEMS:
        need(rec[item]["status"] in ALLOWED_STATUS[item], f"{lid}: {item} status {rec[item]['status']!r} not allowed")
    pt = rec["primaryTumor"]
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], f"{lid}: unknown tumour with values")
    else:
        need(pt["site"] in SITES, f"{lid}: site {pt['site']}")
    need(pt["histology"] is None or pt["histology"] in HISTOS, f"{lid}: histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        need(k in BIOMARKERS and v in RESULTS, f"{lid}: biomarker {k}={v}")
    pdl1 = letter["gold"]["primaryTumor"].get("pdl1_value")
    if pdl1 is not None:
        need(pt["biomarkers"].get("PD-L1") == ("positive" if pdl1 >= 1 else "negative"), f"{lid}: PD-L1 threshold")
        need(f"{pdl1} %" in text, f"{lid}: PD-L1 value not in text")
    bd = rec["boneDiagnosis"]
    need(all(c in CIRCS for c in bd["circumstances"]), f"{lid}: circumstance code")
    need(isinstance(bd["dated"], bool), f"{lid}: dated not bool")
    if bd["status"] == "present":
        need(bd["circumstances"], f"{lid}: bone diagnosis present without circumstance")
    else:
        need(not bd["circumstances"] and bd["dated"] is False, f"{lid}: unknown bone diagnosis with values")
    p = rec["pain"]
    need(all(t in PAIN_TYPES for t in p["types"]), f"{lid}: pain type")
    need(p["intensity"] is None or (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10), f"{lid}: intensity")
    if p["status"] in ("absent", "unknown"):
        need(not p["types"] and p["intensity"] in (None, 0), f"{lid}: pain {p['status']} with types/intensity")
    if p["intensity"]:
        need(re.search(rf"\b{p['intensity']}(/10| sous| ce jour|\b)", text), f"{lid}: intensity not in text")
    lt = rec["priorLocalTreatments"]
    need(all(t in LOCAL_TYPES for t in lt["types"]), f"{lid}: local treatment type")
    if lt["status"] == "present":
        need(lt["types"], f"{lid}: prior local present without type")
    if lt["status"] in ("absent", "unknown"):
        need(not lt["types"], f"{lid}: prior local {lt['status']} with types")
    cm = rec["currentMedications"]
    for c in cm["atc"]:
        need(c in atc, f"{lid}: currentMedications ATC {c} not in atc-reference.tsv")
    need(len(set(cm["atc"])) == len(cm["atc"]), f"{lid}: duplicate ATC")
    if cm["status"] != "present":
        need(not cm["atc"], f"{lid}: currentMedications {cm['status']} with codes")
    else:
        need(cm["atc"], f"{lid}: currentMedications present without codes")
    for sec, prefixes in SECTION_PREFIX.items():
        s = rec[sec]
        for c in s["atc"]:
            need(c in atc, f"{lid}: {sec} ATC {c} not in atc-reference.tsv")
            need(c.startswith(prefixes), f"{lid}: {c} does not belong in {sec}")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], f"{lid}: {sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                need(c in cm["atc"], f"{lid}: {sec} agent {c} ({s['status']}) missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                need(c not in cm["atc"], f"{lid}: doubtful agent {c} listed as current")
        if s["status"] == "conflicting":
            need(s["atc"], f"{lid}: {sec} conflicting without the contradicted agent")
    # every current drug of a section's class must also be in that section
    for c in cm["atc"]:
        for sec, prefixes in SECTION_PREFIX.items():
            if c.startswith(prefixes):
                need(c in rec[sec]["atc"], f"{lid}: current {c} not in {sec}")
    pr = rec["prognosis"]
    need(not ("ecog" in pr and "kps" in pr), f"{lid}: both ecog and kps")
    if "ecog" in pr and pr["ecog"] is not None:
        need(pr["ecog"] in range(0, 5) and re.search(rf"(OMS|PS|ECOG) {pr['ecog']}\b", text), f"{lid}: ecog not in text")
    if "kps" in pr:
        need(pr["kps"] in range(0, 101, 10) and re.search(rf"Karnofsky {pr['kps']}", text), f"{lid}: kps not in text")
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and pr.get("kps") is None, f"{lid}: unknown prognosis with a value")
    tp = rec["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, f"{lid}: intent")
    if tp["intent"] == "palliative":
        need(re.search(r"palliati", text), f"{lid}: palliative intent not written")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, f"{lid}: unknown project with intent")
    # gaps: recompute and compare, and check shape
    need(rec["gaps"] == gaps_for(rec), f"{lid}: gaps differ from the rule")
    for item, kind in rec["gaps"]:
        need(item in ITEMS9 and kind in ("missing", "uncertain", "conflicting", "incomplete"), f"{lid}: gap {item}/{kind}")
    # drug names vs text: every coded drug is named in the letter, and every
    # drug of the table named in the letter is either current, in a section
    # with doubt/contradiction, or declared not current with a reason.
    found = mentioned_codes(text, atc)
    coded = set(cm["atc"]) | {c for s in SECTION_PREFIX for c in rec[s]["atc"]}
    for c in coded:
        need(c in found, f"{lid}: {c} coded but none of {atc[c]} occurs in the letter")
    nc = letter["mentioned_not_current"]
    for c in nc:
        need(c in found, f"{lid}: declared-not-current {c} is not named in the letter")
        need(c not in cm["atc"], f"{lid}: {c} declared not current but in currentMedications")
    for c, names in found.items():
        need(c in cm["atc"] or c in nc, f"{lid}: {c} ({names}) named in the letter but neither current nor explained")


# ---------------------------------------------------------------- writers
FIXED_DT = (2026, 1, 1, 0, 0, 0)


def text_lines(text):
    return text.rstrip("\n").split("\n")


def write_txt(letter, path):
    body = "\n".join(text_lines(letter["text"])) + "\n"
    body = body.replace("# ", "") if False else body
    body = "\n".join(l[2:] if l.startswith("# ") else l for l in body.split("\n"))
    body = body.replace("\n", letter["newline"])
    path.write_bytes(body.encode(letter["encoding"]))


def pdf_widths():
    from PIL import ImageFont
    f = ImageFont.truetype(str(FONT), 1000)
    widths = []
    for b in range(32, 256):
        try:
            ch = bytes([b]).decode("cp1252")
            widths.append(int(round(f.getlength(ch))))
        except UnicodeDecodeError:
            widths.append(0)
    return widths


def write_pdf(letter, path, widths):
    def w(s, size):
        return sum(widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000.0

    def wrap(line, size, maxw):
        words = line.split(" ")
        out, cur = [], ""
        for word in words:
            cand = word if not cur else cur + " " + word
            if w(cand, size) <= maxw or not cur:
                cur = cand
            else:
                out.append(cur)
                cur = word
        out.append(cur)
        return out

    rendered = []  # (size, text)
    for line in text_lines(letter["text"]):
        if line.startswith("# "):
            for part in wrap(line[2:], 12, 495):
                rendered.append((12, part))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rendered.append((10, "    ".join(cells)))
        elif not line.strip():
            rendered.append((10, ""))
        else:
            for part in wrap(line, 10, 495):
                rendered.append((10, part))
    pages, cur, y = [], [], 0
    for size, t in rendered:
        h = 16 if size == 12 else 13
        if y + h > 730:
            pages.append(cur)
            cur, y = [], 0
        cur.append((size, t, y))
        y += h
    pages.append(cur)

    def esc(s):
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objs = {}
    font_data = FONT.read_bytes()
    ff = zlib.compress(font_data, 9)
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
               + b" ".join(str(x).encode() for x in widths) + b"] /FontDescriptor 4 0 R /Encoding /WinAnsiEncoding >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    objs[5] = b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(ff), len(font_data)) + ff + b"\nendstream"
    d = letter["date"]
    stamp = f"D:{d:%Y%m%d}090000+01'00'".encode()
    objs[6] = b"<< /Producer (corpus82 make_letters.py) /Creator (Traitement de texte) /CreationDate (" + stamp + b") /ModDate (" + stamp + b") >>"
    kids = []
    n = 7
    for pg in pages:
        parts = [b"BT"]
        for size, t, yy in pg:
            if not t:
                continue
            parts.append(b"/F1 %d Tf 1 0 0 1 50 %.1f Tm (" % (size, 790 - yy) + esc(t) + b") Tj")
        parts.append(b"ET")
        content = zlib.compress(b"\n".join(parts), 9)
        objs[n] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % n)
        kids.append(n + 1)
        n += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for i in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
    path.write_bytes(out.getvalue())


def write_docx(letter, path):
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    lines = text_lines(letter["text"])
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip("|").split("|")])
                i += 1
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            continue
        if line.startswith("# "):
            para = doc.add_paragraph()
            run = para.add_run(line[2:])
            run.bold = True
            run.font.size = Pt(12)
        elif line.strip():
            doc.add_paragraph(line)
        i += 1
    cp = doc.core_properties
    stamp = dt.datetime(letter["date"].year, letter["date"].month, letter["date"].day, 9, 0, 0)
    cp.author = "Secrétariat médical"
    cp.last_modified_by = "Secrétariat médical"
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    cp.revision = 1
    cp.title = "Demande d'avis RCP"
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


def main():
    atc = load_atc()
    records = []
    try:
        ids = [l["id"] for l in LETTERS]
        need(len(ids) == len(set(ids)) == 12, "expected 12 distinct letters")
        for letter in LETTERS:
            need(letter["fmt"] in ("pdf", "docx", "txt"), f"{letter['id']}: format")
            if letter["fmt"] == "pdf":
                letter["text"].encode("cp1252")
            if letter["fmt"] == "txt":
                letter["text"].encode(letter["encoding"])
            rec = build_gold(letter)
            check(letter, rec, atc)
            records.append(rec)
    except (Violation, UnicodeEncodeError) as e:
        print(f"CONTRACT VIOLATION: {e}")
        sys.exit(1)
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    widths = pdf_widths()
    for letter, rec in zip(LETTERS, records):
        ext = letter["fmt"]
        p = HERE / "letters" / f"{letter['id']}.{ext}"
        if ext == "txt":
            write_txt(letter, p)
        elif ext == "pdf":
            write_pdf(letter, p, widths)
        else:
            write_docx(letter, p)
        (HERE / "gold" / f"{letter['id']}.json").write_text(
            json.dumps(rec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"ok: {len(records)} letters and golds written")


if __name__ == "__main__":
    main()
