#!/usr/bin/env python3
"""Blind held-out corpus 79: twelve French referral letters to an RCP
« métastases osseuses », focused on how bone-targeted therapy is told.

Holds every letter's text and gold as data, checks each gold against the
contract (shared/spec/rcp-request.md), then writes letters/ and gold/
byte-identically on every run.  Run from /work/main:

    .venv/bin/python tests/corpus79/make_letters.py
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
SPEC = Path("/work/shared/spec")
ATC_TSV = SPEC / "atc-reference.tsv"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

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
HISTOS = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
          "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
          "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
MARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
           "PD-L1", "ER", "PR", "PSA"}
RESULTS = {"positive", "negative", "pending"}
CIRCS = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
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
# Letters.  Markup used for PDF/DOCX only: "# " heading line, "| a | b" table
# row.  TXT letters are written exactly as given.
# --------------------------------------------------------------------------
LETTERS = []


def letter(**kw):
    LETTERS.append(kw)


# yc01 -- GP, plain text: Prolia for osteoporosis still given
letter(
    id="yc01", fmt="txt", date=dt.date(2025, 10, 14), birth=dt.date(1954, 2, 3), age_written=71,
    sex="F",
    text="""Dr Hélène CASTAGNET
Médecine générale
12 rue des Tilleuls - 71460 Saint-Gengoux-la-Forêt
Tél 03 85 00 41 27

Le 14/10/2025

A l'attention du secrétariat de la RCP métastases osseuses
Centre régional de cancérologie de Bourgogne-Sud

Cher confrère,

Je vous adresse Mme Odile RAVENEAU, 71 ans (née le 03/02/1954), que je suis depuis de nombreuses années, pour avis de la RCP.

ATCD :
- ostéoporose fracturaire (tassement L1 en 2019), traitée depuis par Prolia 60 mg en sous-cutané tous les 6 mois ; dernière injection faite au cabinet le 22/07/2025, la prochaine est prévue en janvier.
- HTA, hypothyroidie.
- Sa soeur a été traitée pour un cancer du sein en 2010.

Histoire : carcinome lobulaire infiltrant du sein gauche diagnostiqué en 2021 (RE+ RP+, HER2 négatif), tumorectomie puis radiothérapie mammaire, puis Arimidex. En juin 2025 sont apparues des douleurs dorsalles et de la hanche droite, surtout à la marche et en se levant du fauteuil. La scintigraphie puis le TEP du 02/07/2025 montrent des lésions osseuses multiples (T9, T11, bassin, col fémoral droit). Biopsie de l'aile iliaque : métastase du carcinome lobulaire, RE+.
L'Arimidex a été arrêté et son oncologue (Dr Ferrand, CH de Montceau-les-Vignes) a débuté Kisqali + Faslodex en août.

Actuellement les douleurs sont mécaniques, EVA 5/10, pas de réveil nocturne. Elle marche avec une canne et reste autonome à domicile (OMS 1 d'après l'oncologue).
Pas de radiothérapie osseuse ni de chirurgie à ce jour.

Traitement actuel :
- Kisqali 600 mg/j 3 semaines sur 4
- Faslodex 500 mg IM mensuel
- Prolia 60 mg tous les 6 mois (poursuivi par l'oncologue pour l'instant)
- Orocal D3 1 cp matin et soir
- Levothyrox 75 µg
- Triatec 5 mg
- Doliprane 1 g x 3/j et Topalgic LP 100 mg x 2/j

Mes questions : y a-t-il une indication de radiothérapie antalgique sur le bassin ou le col fémoral droit, et quel est le risque fracturaire ? Faut-il remplacer le Prolia par du Xgeva à dose oncologique ?

Je reste à votre disposition.
Bien confraternellement,

Dr H. Castagnet
""",
    gold=dict(
        primaryTumor=dict(status="present", site="breast", histology="invasive_lobular_carcinoma",
                          biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=5),
        currentMedications=dict(status="present", atc=["L01EF02", "L02BA03", "M05BX04", "A12AX",
                                                       "H03AA01", "C09AA05", "N02BE01", "N02AX02"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
        anticoagulation=dict(status="unknown", atc=[]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent=None),
    ),
    not_current={"L02BG03"},
    tricky="Prolia 60 mg/6 months for osteoporosis still given (present); Xgeva only asked; Arimidex stopped; sister's breast cancer; breast irradiation not a bone treatment; 'pas de réveil nocturne'; no word on anticoagulation",
)

# yc02 -- thoracic oncologist, text PDF: Xgeva monthly, Eliquis
letter(
    id="yc02", fmt="pdf", date=dt.date(2025, 11, 3), birth=dt.date(1961, 9, 17), age_written=None,
    sex="M",
    text="""# Centre Hospitalier Intercommunal de Val-de-Brienne
Service d'Oncologie thoracique - Dr Matthieu LESTRADE
Secrétariat : 02 41 00 63 18 - oncothorax@chi-valdebrienne.fr

Val-de-Brienne, le 3 novembre 2025

# Objet : demande d'avis - RCP métastases osseuses
Patient : M. Jean-Baptiste GOURVIL, né le 17/09/1961

Chère consoeur, cher confrère,

Je vous remercie de bien vouloir discuter en RCP le dossier de M. Gourvil, ancien fumeur (20 PA, sevré en 2015), suivi pour un adénocarcinome pulmonaire du lobe supérieur droit, stade IV d'emblée, EGFR muté (délétion de l'exon 19), ALK et ROS1 non réarrangés, PD-L1 5 %.

# Histoire de la maladie osseuse
Les lésions osseuses (T8, sacrum, 7e arc costal gauche) ont été découvertes sur le TEP-scanner du bilan initial en février 2024, alors que le patient était asymptomatique. Il a reçu une radiothérapie antalgique de T8 (20 Gy en 5 fractions) en avril 2024 lorsque la lésion est devenue douloureuse.
Le Tagrisso 80 mg/j a été débuté en mars 2024 avec une très bonne réponse. Un traitement par Xgeva 120 mg SC toutes les 4 semaines a été instauré en mars 2024 après bilan dentaire normal ; il est poursuivi, avec une supplémentation par Cacit D3, calcémie normale au dernier bilan.
En juillet 2025, embolie pulmonaire segmentaire droite : Eliquis 5 mg x 2/j depuis, bien toléré.

# Situation actuelle
Depuis septembre, douleur de la hanche gauche à l'appui, avec réveils nocturnes, EVA 6/10 malgré l'oxycodone. Le scanner du 20/10/2025 montre une lésion lytique du toit du cotyle gauche, nouvelle, sans fracture, le reste de la maladie restant stable (oligoprogression).
État général conservé, ECOG 1, poids stable.

# Traitement en cours
| Médicament | Posologie
| Tagrisso (osimertinib) | 80 mg 1/j
| Xgeva (dénosumab) | 120 mg SC / 4 semaines
| Cacit D3 | 1 sachet/j
| Eliquis | 5 mg matin et soir
| Oxycontin LP | 10 mg x 2/j
| Oxynormoro | 5 mg si douleur, max 4/j
| Doliprane | 1 g x 3/j
| Inexium | 20 mg/j
Pas d'antiagrégant plaquettaire.

# Projet et question
Le projet reste la poursuite du Tagrisso, dans une visée palliative. Nous souhaitons l'avis de la RCP sur la prise en charge de la lésion cotyloïdienne : radiothérapie stéréotaxique, cimentoplastie (acétabuloplastie) ou association des deux ? En cas de geste, merci de préciser la conduite à tenir pour l'Eliquis.

Confraternellement,
Dr M. Lestrade
""",
    gold=dict(
        primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma",
                          biomarkers={"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["mechanical", "nocturnal"], intensity=6),
        currentMedications=dict(status="present", atc=["L01EB04", "M05BX04", "A12AX", "B01AF02",
                                                       "N02AA05", "N02BE01", "A02BC05"]),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
        anticoagulation=dict(status="present", atc=["B01AF02"]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    not_current=set(),
    tricky="Xgeva 120 mg every 4 weeks told in text and table with Cacit D3; age only from birth date; PD-L1 5 % positive; Oxycontin and Oxynormoro both oxycodone; explicit 'pas d'antiagrégant'",
)

# yc03 -- radiation oncologist, DOCX: Zometa stopped for ONJ
letter(
    id="yc03", fmt="docx", date=dt.date(2025, 10, 21), birth=None, age_written=78,
    sex="M",
    text="""# Institut de radiothérapie du Haut-Léon
Dr Anne-Sophie PRIGENT, oncologue radiothérapeute
Tél 02 98 00 17 54

Saint-Thégonnec-les-Landes, le 21 octobre 2025

# Fiche de présentation RCP métastases osseuses
Patient : M. Fernand QUILLIVIC, 78 ans

# Antécédents
Cardiopathie ischémique, stent coronaire en 2018 (Kardégic au long cours). Dyslipidémie. Ancien agriculteur. Pas de traitement anticoagulant.

# Histoire oncologique
Adénocarcinome prostatique Gleason 8 (4+4) diagnostiqué en novembre 2019, PSA 46 ng/ml. La scintigraphie osseuse du bilan d'extension (12/2019) retrouvait d'emblée des lésions rachidiennes et costales. Hormonothérapie par Décapeptyl depuis 2019. Résistance à la castration en 2023 : Xtandi depuis mars 2023. Dernier PSA le 02/10/2025 : 12,4 ng/ml (en ascension, 6,1 en juillet).
Il a reçu du Zometa 4 mg toutes les 4 semaines de décembre 2019 à mai 2024. Le Zometa a été arrêté définitivement en mai 2024 en raison d'une ostéonécrose de la mandibule (stade 2), suivie en chirurgie maxillo-faciale. Pas de relais par dénosumab compte tenu de l'ONM.
Radiothérapie antérieure : 8 Gy en séance unique sur l'épaule gauche en 2022 (bon effet antalgique).

# Motif de la demande
Depuis 3 semaines, douleur lombaire basse irradiant à la face latérale de la jambe droite jusqu'au dos du pied, à type de décharges électriques, évocatrice d'une radiculalgie L5, EN 7/10. L'IRM du 14/10/2025 montre une lésion de L5 avec épidurite antérieure, sans compression médullaire ni signe de déficit.
Karnofsky 80 %.

# Traitements actuels
| Décapeptyl LP 22,5 mg | 1 injection / 6 mois
| Xtandi 40 mg | 4 cp/j
| Kardégic 75 mg | 1/j
| Tahor 40 mg | 1/j
| Bisoprolol 2,5 mg | 1/j
| Lyrica 75 mg | matin et soir
| Skenan LP 30 mg | matin et soir
| Actiskenan 10 mg | si besoin
| Forlax | 1 sachet/j
| Cacit D3 | 1/j

# Proposition
Poursuite de l'Xtandi (traitement palliatif). Nous proposons une radiothérapie de L5 (20 Gy en 5 fractions) et demandons l'avis de la RCP sur l'indication d'une chirurgie ou d'une radiothérapie stéréotaxique compte tenu de l'épidurite.

Dr A.-S. Prigent
""",
    gold=dict(
        primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma",
                          biomarkers={"PSA": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["neuropathic"], intensity=7),
        currentMedications=dict(status="present", atc=["L02AE04", "L02BB04", "B01AC06", "C10AA05", "C07AB07",
                                                       "N03AX16", "N02AA01", "A06AD15", "A12AX"]),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="present", atc=["B01AC06"]),
        prognosis=dict(status="present", kps=80),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    not_current={"M05BA08", "M05BX04"},
    tricky="Zometa 4 mg/4 weeks stopped for osteonecrosis of the jaw, no denosumab relay (bone therapy absent); L5 radiculalgia (neuropathic); Karnofsky only; Kardégic antiplatelet with 'pas de traitement anticoagulant'",
)

# yc04 -- pneumologist, telegraphic TXT: 'sous bisphosphonate' without agent
letter(
    id="yc04", fmt="txt", date=dt.date(2025, 11, 5), birth=None, age_written=67,
    sex="M",
    text="""RCP METS OSSEUSES - demande d'inscription
De : Dr P. Ouvrard-Diallo, pneumologie, CH de Pontvieux (poste 4418)
Date : 05/11/2025

Pt : M. R. Tessandier, 67 ans
ATCD : BPCO GOLD 2, tabac actif 45 PA, HTA. Frère : cancer ORL.

Onco : carcinome épidermoïde bronchique LID, cT3N2M1c (os), PD-L1 70 %. EGFR/ALK non recherchés (épidermoïde chez un gros fumeur).
Diag osseux : radiculalgie S1 droite depuis juillet 2025 -> IRM 09/2025 : lyse sacrée aile droite + L5, pas d'épidurite. Biopsie bronchique (fibro 18/09) = épidermoïde.

Ttt onco : carboplatine / paclitaxel / pembrolizumab, C2 faite le 28/10, C3 prévue le 18/11. Visée palliative.
Sous bisphosphonate IV toutes les 4 semaines en HDJ depuis C1 (cf CR HDJ, je n'ai pas le nom du produit).
Lovenox 4000 UI/j SC préventif (alitement partiel).

Douleur : fessière D irradiant face post cuisse jusqu'au talon, brûlures + décharges, DN4 5/10, EVA 6 malgré Skenan. Réveils nocturnes fréquents.
Ttt antalgique : Skenan LP 60 mg x2, Actiskenan 20 mg si accès, Neurontin 300 mg x3, Solupred 20 mg/j, Movicol 2 sachets/j. Lyrica essayé en septembre, mal toléré (vertiges), arrêté.
Pas encore irradié.

PS 2 (passe > 50 % de la journée au fauteuil les mauvais jours, sinon autonome).

Question RCP : RT antalgique sacrum / L5 ? Place d'une cimentoplastie sacrée ?

Merci - PO-D
""",
    gold=dict(
        primaryTumor=dict(status="present", site="lung", histology="squamous_cell_carcinoma",
                          biomarkers={"PD-L1": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["neuropathic", "nocturnal"], intensity=6),
        currentMedications=dict(status="present", atc=["L01XA02", "L01CD01", "L01FF02", "B01AB05",
                                                       "N02AA01", "N03AX12", "H02AB06", "A06AD65"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="present", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AB05"]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=2),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    not_current={"N03AX16"},
    tricky="'Sous bisphosphonate IV' without the agent (present, incomplete gap); EGFR/ALK not tested; current carboplatin-paclitaxel-pembrolizumab cycles; preventive Lovenox; Lyrica tried and stopped; 'pas encore irradié'",
)

# yc05 -- urologist, text PDF: single zoledronate infusion for hypercalcaemia, Xgeva planned
letter(
    id="yc05", fmt="pdf", date=dt.date(2025, 9, 24), birth=dt.date(1950, 9, 30), age_written=None,
    sex="M",
    text="""# Clinique urologique des Coteaux - Marsillac-sur-Loue
Dr Bertrand NOIRCLERC, chirurgien urologue
Consultations : 03 81 00 72 09

Le 24/09/2025

Monsieur le Docteur Vasseur-Ekambi
RCP métastases osseuses - CHU de Franche-Vallée

Cher confrère,

Je vous adresse M. Lucien PERRODIN, né le 30/09/1950, pour discussion en RCP osseuse.

Monsieur Perrodin a été hospitalisé en urgence le 10 juin 2025 pour un syndrome confusionnel en rapport avec une hypercalcémie à 3,4 mmol/l. Le bilan a mis en évidence un PSA à 312 ng/ml et des lésions ostéocondensantes diffuses du rachis et du bassin. L'hypercalcémie a été corrigée par hydratation et une perfusion unique d'acide zolédronique (4 mg) le 12/06/2025. Les biopsies prostatiques du 24/06 concluent à un adénocarcinome prostatique Gleason 9 (4+5), 12 carottes sur 12.

Il est traîté depuis juillet par Eligard 45 mg tous les 6 mois associé à Erleada 240 mg/j. Le PSA est à 8,7 ng/ml le 15/09/2025, en nette baisse.

Sur le plan osseux, il ne se plaint d'aucune douleur ; il est asymptomatique. Pas de traitement anti-résorptif au long cours à ce jour : un traitement par Xgeva est prévu, en attente du bilan bucco-dentaire (panoramique dentaire programmé le 02/10).

# Antécédents et traitements
Fibrillation atriale sous Xarelto 20 mg/j. Diabète de type 2 sous Glucophage 850 mg matin et soir. HTA (amlodipine 5 mg). Pas d'antiagrégant.
Uvedose 100 000 UI tous les 3 mois.
État général conservé, OMS 0, poursuit ses activités (jardinage).

# Question posée
Compte tenu de l'atteinte rachidienne diffuse asymptomatique, y a-t-il une indication de radiothérapie préventive d'une lésion à risque (mur postérieur de T11 ?), et pouvez-vous valider l'introduction du dénosumab ?

Bien cordialement,
Dr B. Noirclerc
""",
    gold=dict(
        primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma",
                          biomarkers={"PSA": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["hypercalcemia"], dated=True),
        pain=dict(status="absent", types=[], intensity=None),
        currentMedications=dict(status="present", atc=["L02AE02", "L02BB05", "B01AF01", "A10BA02", "A11CC05"]),
        priorLocalTreatments=dict(status="unknown", types=[]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AF01"]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=0),
        therapeuticProject=dict(status="present", intent=None),
    ),
    not_current={"M05BA08", "M05BX04"},
    tricky="Single zoledronic-acid infusion for hypercalcaemia in the past plus Xgeva planned after a dental check, with an explicit 'pas de traitement anti-résorptif au long cours' (absent); birthday six days after the letter; no bone pain; nothing on prior local treatment",
)

# yc06 -- rheumatologist, DOCX: Aclasta 5 mg yearly for osteoporosis
letter(
    id="yc06", fmt="docx", date=dt.date(2025, 10, 8), birth=None, age_written=76,
    sex="F",
    text="""# Service de Rhumatologie - Hôpital Saint-Aubert de Lanvaux
Dr Claire MOUTARDIER - Tél 02 97 00 38 61

Le 8 octobre 2025

Chers collègues,

Je vous adresse pour discussion en RCP métastases osseuses Mme Colette BRUNETIÈRE, 76 ans, que je suis pour une ostéoporose post-ménopausique aggravée par l'hormonothérapie adjuvante.

# Antécédents
- Carcinome canalaire infiltrant (NST) du sein droit en 2017, RE+ RP-, HER2 négatif, traité par mastectomie et curage, puis anastrozole (Arimidex) depuis 2017.
- Ostéoporose densitométrique (T-score -3,1 au rachis en 2021) : Aclasta 5 mg en perfusion IV une fois par an depuis 2022 (dernière perfusion le 14/01/2025, la prochaine est prévue en janvier 2026), avec Calciprat D3 1 cp/j.
- Artériopathie des membres inférieurs, sous Plavix 75 mg. Pas de traitement anticoagulant.
- Gastrite : Inipomp 20 mg.

# Histoire récente
Depuis mai 2025, douleurs de la hanche droite d'horaire inflammatoire, avec dérouillage matinal prolongé et réveils nocturnes, majorées à l'appui monopodal. EVA 6/10. La radiographie puis l'IRM du 03/07/2025 ont montré une lésion lytique du cotyle droit et plusieurs lésions vertébrales (T7, L3). La biopsie scanno-guidée du cotyle (22/07/2025) conclut à une métastase d'un carcinome mammaire, RE+, HER2 0.
L'oncologue a arrêté l'anastrozole et débuté Verzenios + Faslodex le 01/09/2025.
Aucun geste local osseux n'a été réalisé à ce jour (ni radiothérapie, ni cimentoplastie, ni chirurgie).

# Traitement actuel
| Verzenios 150 mg | matin et soir
| Faslodex 500 mg | 1 injection IM / mois
| Aclasta 5 mg | 1 perfusion / an (ostéoporose)
| Calciprat D3 | 1 cp/j
| Plavix 75 mg | 1/j
| Inipomp 20 mg | 1/j
| Voltarène 50 mg | matin et soir depuis août (sous IPP)
| Doliprane 1 g | 3 fois/j

# Questions
1) Risque fracturaire du cotyle : indication chirurgicale ou cimentoplastie ?
2) Faut-il poursuivre l'Aclasta annuel ou passer à un traitement à dose oncologique (Zometa 4 mg ou Xgeva) ?

Bien cordialement,
Dr C. Moutardier
""",
    gold=dict(
        primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                          biomarkers={"ER": "positive", "PR": "negative", "HER2": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["inflammatory", "nocturnal", "mechanical"], intensity=6),
        currentMedications=dict(status="present", atc=["L01EF03", "L02BA03", "M05BA08", "A12AX", "B01AC04",
                                                       "A02BC02", "M01AB05", "N02BE01"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="present", atc=["M05BA08"]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="present", atc=["B01AC04"]),
        prognosis=dict(status="unknown"),
        therapeuticProject=dict(status="present", intent=None),
    ),
    not_current={"L02BG03", "M05BX04"},
    tricky="Aclasta 5 mg once a year for osteoporosis, last infusion January, still current (present M05BA08); Zometa/Xgeva only asked; anastrozole stopped; three pain types; Plavix antiplatelet; no performance status",
)

# yc07 -- medical oncologist, text PDF: Xgeva stopped for hypocalcaemia, Zometa every 12 weeks
letter(
    id="yc07", fmt="pdf", date=dt.date(2025, 11, 12), birth=dt.date(1969, 11, 25), age_written=None,
    sex="F",
    text="""# Centre de lutte contre le cancer Léonie-Barrault
Département d'oncologie médicale - Dr Samir HADJ-ABDELLI
Tél 04 73 00 26 90 - Fax 04 73 00 26 91

Clermont-Vézère, le 12/11/2025

# Demande d'avis RCP métastases osseuses
Patiente : Mme Nathalie CORBIÈRE-LANDRY, née le 25/11/1969
Médecin traitant : Dr Faure, Riom-la-Plaine

Madame Corbière-Landry est suivie depuis 2018 pour un carcinome canalaire infiltrant du sein gauche, RE+ (90 %), RP+ (40 %), HER2 négatif (score 1+), traité initialement par chirurgie conservatrice, chimiothérapie adjuvante et radiothérapie mammaire.

La maladie osseuse a été révélée en mars 2021 par une fracture pathologique de la diaphyse humérale droite lors d'une chute de sa hauteur, traitée par enclouage centromédullaire (03/2021) puis radiothérapie de consolidation de l'humérus (20 Gy en 5 fractions). Le bilan retrouvait alors des lésions rachidiennes et costales multiples.

# Traitements systémiques
- 2021-2023 : Ibrance + Femara, arrêtés pour progression en mai 2023.
- 2023-2024 : Taxol hebdomadaire, arrêté pour neuropathie.
- Depuis septembre 2024 : Xeloda 1500 mg matin et soir J1-J14 toutes les 3 semaines, maladie stable.

# Traitement osseux
Xgeva 120 mg toutes les 4 semaines d'avril 2021 à février 2024, interrompu en raison d'une hypocalcémie symptomatique (calcémie corrigée 1,78 mmol/l, paresthésies) malgré la supplémentation. Relais par Zometa 4 mg toutes les 12 semaines depuis mai 2024 (dernière perfusion le 23/09/2025, prochaine le 16/12), avec Cacit D3 et Uvedose. Clairance de la créatinine 74 ml/min. Suivi dentaire semestriel, pas d'ostéonécrose.

# Situation actuelle
Douleurs costales droites et dorsales à la mobilisation, EN 3/10 sous palier 2. Le scanner de réévaluation du 04/11/2025 montre une majoration de la lésion de T10 avec une épidurite postérieure débutante, sans signe neurologique. ECOG 1.

# Ordonnance en cours
Xeloda 500 mg : 3 cp matin et soir J1-J14 / Zometa 4 mg IV / 12 semaines / Cacit D3 1 sachet/j / Uvedose 1 ampoule / 3 mois / Ixprim 1 cp x 3/j / Mopral 20 mg / Xanax 0,25 mg le soir / Imovane 7,5 mg au coucher.

# Question
Poursuite du Xeloda dans une visée palliative. Quelle prise en charge de T10 : radiothérapie conventionnelle, stéréotaxie, avis chirurgical ?

Bien confraternellement,
Dr S. Hadj-Abdelli
""",
    gold=dict(
        primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                          biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=3),
        currentMedications=dict(status="present", atc=["L01BC06", "M05BA08", "A12AX", "A11CC05", "N02AX02",
                                                       "A02BC01", "N05BA12", "N05CF01"]),
        priorLocalTreatments=dict(status="present", types=["surgery", "radiotherapy"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BA08"]),
        anticoagulation=dict(status="unknown", atc=[]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    not_current={"M05BX04", "L01EF01", "L02BG04", "L01CD01"},
    tricky="Xgeva stopped for hypocalcaemia then Zometa 4 mg every 12 weeks (only zoledronic acid current); prescription written inline with slashes; pathological fracture, nailing and consolidation RT; birthday 13 days after the letter; nothing on anticoagulation",
)

# yc08 -- GP, TXT with CRLF: Fosamax stopped for renal failure
letter(
    id="yc08", fmt="txt", crlf=True, date=dt.date(2025, 9, 29), birth=None, age_written=84,
    sex="F",
    text="""Cabinet médical des Trois-Ponts
Dr Gérard LAFFONT-PUJOL - 05 62 00 91 33

le 29/09/25

Cher confrère,

Je me permets de vous adresser Mme Yvonne BELLOCQ, 84 ans, pour avis de la RCP.

Elle a été opérée en 2022 d'un adénocarcinome du colon droit (hémicolectomie droite, KRAS muté), suivie par le Dr Mazerolles.
Depuis 6 semaines elle se plaint de douleurs du bassin et de l'aine gauche à la marche, EVA 7. La radio montre une lésion lytique de la branche ilio-pubienne gauche et le scanner de septembre des lésions osseuses multiples (bassin, rachis lombaire) avec des nodules hépatiques.

Elle prenait du Fosamax 70 mg une fois par semaine depuis 2015 pour une ostéoporose ; il a été arreté en août par le néphrologue devant l'insuffisance rénale chronique (DFG 26 ml/min).
Elle est sous Préviscan 20 mg (3/4 cp) pour une FA, INR stables entre 2 et 3.

Traitement : Préviscan 20 mg 3/4, Lasilix 40 mg, Cardensiel 2,5 mg, Doliprane 1 g x3, Acupan 1 cp x3, Imovane 3,75 le soir.

Etat général altéré, amaigrissement de 6 kg, elle reste alitée une bonne partie de la journée. Le pronostic est réservé, quelques mois selon son oncologue, qui ne propose pas de chimiothérapie vu l'âge et la fonction rénale : soins de support exclusifs, en accord avec la patiente et sa fille.

Questions : une radiothérapie antalgique du bassin est-elle possible (déplacements en ambulance) ? Peut-on lui proposer un traitement osseux type Xgeva malgré le rein ?

Merci d'avance, bien à vous.
Dr Laffont-Pujol
""",
    gold=dict(
        primaryTumor=dict(status="present", site="colorectal", histology="adenocarcinoma",
                          biomarkers={"KRAS": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=7),
        currentMedications=dict(status="present", atc=["B01AA12", "C03CA01", "C07AB07", "N02BE01",
                                                       "N02BG06", "N05CF01"]),
        priorLocalTreatments=dict(status="unknown", types=[]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AA12"]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present"),
        therapeuticProject=dict(status="present", intent="supportive"),
    ),
    not_current={"M05BA04", "M05BX04"},
    tricky="Short GP letter with CRLF and a two-digit year; Fosamax stopped for renal failure (absent), Xgeva only asked; hemicolectomy is primary surgery, not a bone treatment; prognosis as 'quelques mois' without performance status; best supportive care only",
)

# yc09 -- oncology resident, DOCX checkbox form: Xgeva ticked yes, suspended in the text
letter(
    id="yc09", fmt="docx", date=dt.date(2025, 10, 17), birth=dt.date(1958, 4, 2), age_written=None,
    sex="M",
    text="""# FICHE DE DEMANDE RCP « MÉTASTASES OSSEUSES »
Centre hospitalier universitaire de Haute-Garance - Oncologie médicale
Demandeur : Dr Inès Vautrin-Sallah (interne), pour le Dr P. Kervella - bip 6271
Date de la demande : 17/10/2025

| Nom, prénom | DELAHAYE-MORIN Patrick
| Date de naissance | 02/04/1958
| Sexe | M
| Tumeur primitive | Rein droit - carcinome rénal à cellules claires (néphrectomie élargie 2020, pT3a, grade ISUP 3)
| Circonstances de découverte osseuse | Scanner de surveillence de mars 2023 : lésions de T12 et de l'aile iliaque gauche
| Douleur | ☒ Oui ☐ Non
| Type de douleur | ☒ mécanique ☐ nocturne ☐ neuropathique ☐ inflammatoire
| EVA actuelle | 4/10
| Traitement local antérieur | ☒ Radiothérapie ☐ Chirurgie ☐ Cimentoplastie ☐ Ablation
| Détail | Radiothérapie stéréotaxique T12, 27 Gy en 3 fractions, juin 2023
| Traitement anti-résorptif osseux | ☒ Oui ☐ Non - Lequel : Xgeva 120 mg / 4 semaines
| Anticoagulant | ☐ Oui ☒ Non
| Antiagrégant plaquettaire | ☐ Oui ☒ Non
| OMS | 1
| Intention | ☒ Palliative ☐ Curative ☐ Soins de support exclusifs

# Histoire
Sutent de 2023 à 2024, arrêté pour progression ganglionnaire. Cabometyx 40 mg/j depuis novembre 2024, bonne tolérance hormis un syndrome mains-pieds grade 1.
Le dénosumab est suspendu depuis août 2025 pour une hypocalcémie sévère (calcémie corrigée 1,81 mmol/l) avec paresthésies péri-buccales, ayant nécessité une recharge calcique IV. Reprise non décidée à ce jour.
Douleur de la fesse gauche à la marche depuis septembre. Le scanner du 06/10/2025 montre une progression de la lésion iliaque gauche avec atteinte du toit du cotyle.

# Traitements en cours
| Cabometyx 40 mg | 1/j
| Cacit D3 1000 mg/880 UI | matin et soir
| Amlor 5 mg | 1/j
| Tahor 20 mg | 1/j
| Inexium 40 mg | 1/j
| Oxycontin LP 10 mg | matin et soir
| Doliprane 1 g | 4/j

# Question posée à la RCP
Radiothérapie (stéréotaxique ?) de la lésion iliaque gauche vs cimentoplastie. Faut-il reprendre le dénosumab, et à quelle dose ?
""",
    gold=dict(
        primaryTumor=dict(status="present", site="kidney", histology="clear_cell_carcinoma", biomarkers={}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=4),
        currentMedications=dict(status="present", atc=["L01EX07", "A12AX", "C10AA05", "A02BC05", "N02AA05",
                                                       "N02BE01", "M05BX04"]),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="conflicting", atc=["M05BX04"]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    not_current={"L01EX01"},
    tricky="Checkbox form says 'Traitement anti-résorptif: Oui - Xgeva' while the history says denosumab suspended since August for hypocalcaemia (conflicting, agent kept in current drugs by the spec's rule); age from birth date; unticked pain types and intents; surveillance CT as circumstance",
)

# yc10 -- nuclear medicine, text PDF: pamidronate monthly, thyroid cancer
letter(
    id="yc10", fmt="pdf", date=dt.date(2025, 10, 30), birth=dt.date(1957, 6, 11), age_written=68,
    sex="F",
    text="""# Service de Médecine nucléaire et Endocrinologie oncologique
Hôpital Jean-Mermoz-Chaptal - 59 avenue des Hortensias - Lys-en-Flandre
Dr Pauline DESCHAMPS-ABITBOL - Tél 03 20 00 55 84

Lys-en-Flandre, le 30 octobre 2025

Cher confrère,

Je souhaite soumettre à la RCP métastases osseuses le dossier de Mme Rosine APELBAUM, 68 ans (née le 11/06/1957).

# Antécédents
HTA (sous Triatec depuis l'introduction du lenvatinib), hypercholestérolémie non traitée. Pas d'antécédent thrombo-embolique. Pas d'anticoagulant ni d'antiagrégant.

# Histoire oncologique
Carcinome folliculaire peu différencié de la thyroïde, thyroïdectomie totale en 2018, trois administrations d'iode 131 (2018-2020). Les métastases osseuses ont été découvertes en 2019 sur la scintigraphie post-thérapeutique à l'iode 131 (fixations de L2 et de l'aile iliaque gauche). Maladie réfractaire à l'iode depuis 2022. Recherche de mutation BRAF négative. Thyroglobuline 340 ng/ml (en hausse).
Traitements locaux : cimentoplastie de L2 en 2020, radiothérapie de l'aile iliaque gauche (30 Gy en 10 fractions) en 2021.
Lenvima depuis janvier 2023, actuellement 14 mg/j après deux réductions de dose.
Elle reçoit de l'Arédia (pamidronate) 90 mg IV toutes les 4 semaines en hôpital de jour depuis 2020, maintenu à sa demande (bonne tolérance rénale, créatinine 68 µmol/l, suivi dentaire sans particularité).

# Motif
Le TEP-FDG du 13/10/2025 montre une nouvelle lésion lytique corticale du fémur gauche sous-trochantérienne, score de Mirels à 9. Pas de douleur. Karnofsky 90 %.

# Traitement habituel
Lenvima 14 mg/j, Levothyrox 150 µg/j (freinage), Triatec 2,5 mg/j, Arédia 90 mg / 4 semaines, Cacit 500 mg x 2/j, ZymaD 50 000 UI / mois.

# Question
Indication d'une ostéosynthèse préventive du fémur gauche, éventuellement suivie de radiothérapie ? Le Lenvima sera poursuivi.

Bien confraternellement,
Dr P. Deschamps-Abitbol
""",
    gold=dict(
        primaryTumor=dict(status="present", site="thyroid", histology="other", biomarkers={"BRAF": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="absent", types=[], intensity=None),
        currentMedications=dict(status="present", atc=["L01EX08", "H03AA01", "C09AA05", "M05BA03",
                                                       "A12AA04", "A11CC05"]),
        priorLocalTreatments=dict(status="present", types=["cementoplasty", "radiotherapy"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BA03"]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", kps=90),
        therapeuticProject=dict(status="present", intent=None),
    ),
    not_current=set(),
    tricky="Pamidronate (Arédia) every 4 weeks, current; thyroid follicular carcinoma (histology other) with BRAF negative; post-therapeutic iodine scan as circumstance; cementoplasty and RT; 'pas de douleur'; Karnofsky only; calcium alone (Cacit) and vitamin D (ZymaD) as separate codes",
)

# yc11 -- medical oncologist, DOCX: zoledronic acid only reported, to be checked; Actonel stopped
letter(
    id="yc11", fmt="docx", date=dt.date(2025, 11, 6), birth=None, age_written=59,
    sex="M",
    text="""# Hôpital privé de l'Estuaire - Oncologie médicale
Dr Lucie NGUYEN-TRAORÉ
Tél 02 40 00 84 12

Saint-Brévin-des-Grèves, le 6 novembre 2025

Chère consoeur, cher confrère,

Je vous présente M. Thierry KERMARREC, 59 ans, pour avis de la RCP métastases osseuses.

# Antécédents
Maladie de Crohn traitée par corticoïdes au long cours dans les années 2010, avec une ostéoporose cortisonée : Actonel 35 mg hebdomadaire de 2016 à 2021, arrêté par son gastro-entérologue. Cardiopathie : le Kardégic a été arrêté en 2024 sur avis du cardiologue ; pas d'anticoagulant.
Père décédé d'un cancer du poumon.

# Histoire oncologique
Mélanome à extension superficielle du dos, Breslow 2,8 mm, opéré en 2020, BRAF V600E muté. Rechute ganglionnaire axillaire en 2024 traitée par Yervoy + Opdivo (4 cures), arrêtés pour une colite grade 3 et une hypophysite. Les lésions osseuses (tête humérale gauche, T4, côtes) ont été découvertes sur le TEP de réévaluation de janvier 2025. Depuis mars 2025 : dabrafénib 150 mg x 2 + tramétinib 2 mg/j (Tafinlar / Mekinist), réponse partielle.
Sur le plan osseux, il serait actuellement sous acide zolédronique en perfusion tous les 3 mois, prescrit par son oncologue de ville (clinique du Parc-Sainte-Anne) ; je n'ai pas le compte rendu, à vérifier.
Pas de radiothérapie ni de chirurgie osseuse antérieure.

# Clinique
Douleur de l'épaule gauche à la mobilisation, EVA 3/10, soulagée par le paracétamol. Pas de déficit. ECOG 0, poursuit son activité professionnelle à mi-temps.

# Traitements en cours
- Tafinlar 75 mg : 2 gél. matin et soir
- Mekinist 2 mg : 1/j
- Cortancyl 5 mg/j (insuffisance corticotrope séquellaire)
- Levothyrox 50 µg/j
- Dafalgan 1 g jusqu'à 3/j

# Question
Radiothérapie antalgique de la tête humérale gauche ou surveillance ? Faut-il un traitement anti-résorptif à dose oncologique ? La thérapie ciblée sera poursuivie.

Bien confraternellement,
Dr L. Nguyen-Traoré
""",
    gold=dict(
        primaryTumor=dict(status="present", site="melanoma", histology="other", biomarkers={"BRAF": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=3),
        currentMedications=dict(status="present", atc=["H02AB07", "H03AA01", "N02BE01"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="uncertain", atc=["M05BA08"]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=0),
        therapeuticProject=dict(status="present", intent=None),
    ),
    not_current={"M05BA07", "L01FX04", "L01FF01", "B01AC06"},
    tricky="Zoledronic acid only reported by hearsay, 'à vérifier' (uncertain with agent, not a current drug); Actonel for steroid osteoporosis stopped; Kardégic stopped (antiplatelets absent); ipilimumab/nivolumab stopped; dabrafenib/trametinib not in the ATC table; father's lung cancer",
)

# yc12 -- radiation oncologist, TXT: Bonviva for osteoporosis, Xgeva planned after dental check
letter(
    id="yc12", fmt="txt", date=dt.date(2025, 10, 20), birth=dt.date(1949, 12, 14), age_written=None,
    sex="F",
    text="""Service de radiothérapie - Centre hospitalier de Belleroche
Dr Yann LE GOFFIC
tél 04 67 00 19 45

Belleroche, le 20 octobre 2025

Objet : Mme Madeleine FOURCASSIÉ, née le 14/12/1949 - RCP métastases osseuses

Chers collègues,

Je vous soumets le dossier de Mme Fourcassié, que nous avons prise en charge au printemps.

Adénocarcinome pulmonaire du LIG, KRAS G12C muté, EGFR et ALK négatifs, PD-L1 < 1 %. Première ligne par carboplatine-pemetrexed (Alimta) de 11/2024 à 05/2025, arrêtée pour progression. Lumykras 960 mg/j depuis juillet 2025.

La maladie osseuse s'est révélée en avril 2025 par une compression médullaire T6 avec paraparésie. Elle a eu une laminectomie décompressive avec ostéosynthèse T5-T7 le 18/04/2025, puis une radiothérapie de T5-T7 (20 Gy en 5 fractions) en mai. Récupération partielle, marche avec déambulateur. TVP post-opératoire en avril : Innohep 14 000 UI/j, poursuivi.

Elle prend par ailleurs du Bonviva 150 mg une fois par mois pour une ostéoporose (depuis 2020, prescrit par son rhumatologue). Il est prévu de le relayer par Xgeva après avis dentaire (panoramique et consultation de stomatologie le 04/11).

Actuellement pas de douleur rachidienne ; persistance de dysesthésies à type de brûlures en ceinture, EN 2. OMS 2.

Traitement : Lumykras 960 mg/j, Innohep 14 000 UI/j, Bonviva 150 mg/mois, Caltrate D3 1/j, Lyrica 50 mg x 2/j.

Le scanner du 07/10/2025 montre une nouvelle lésion lytique du fémur droit, sans douleur. Projet : poursuite du sotorasib, dans une visée palliative.
Question : radiothérapie ou ostéosynthèse préventive du fémur droit ? Validation du passage au dénosumab.

Bien à vous,
Dr Y. Le Goffic
""",
    gold=dict(
        primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma",
                          biomarkers={"KRAS": "positive", "EGFR": "negative", "ALK": "negative", "PD-L1": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["neurological_deficit"], dated=True),
        pain=dict(status="present", types=["neuropathic"], intensity=2),
        currentMedications=dict(status="present", atc=["L01XX73", "B01AB10", "M05BA06", "A12AX", "N03AX16"]),
        priorLocalTreatments=dict(status="present", types=["surgery", "radiotherapy"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BA06"]),
        anticoagulation=dict(status="present", atc=["B01AB10"]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=2),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    not_current={"L01XA02", "L01BA04", "M05BX04"},
    tricky="Monthly oral ibandronate (Bonviva) for osteoporosis current, Xgeva planned after dental visit (not current); cord compression as circumstance; decompression-fixation and RT; burning dysesthesia EN 2 despite 'pas de douleur rachidienne'; PD-L1 < 1 % negative; birthday in December",
)


# --------------------------------------------------------------------------
# Gaps: the spec's rule, applied to the gold values.
# --------------------------------------------------------------------------
def derive_gaps(g: dict) -> list:
    gaps = []
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st == "unknown":
            gaps.append([item, "missing"])
        elif st in ("uncertain", "conflicting"):
            gaps.append([item, st])
        elif st == "present":
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


def age_at(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# --------------------------------------------------------------------------
# Contract check
# --------------------------------------------------------------------------
def fail(msg: str):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        code, dci, inn, group, brands = (line.split("\t") + [""] * 5)[:5]
        names = [dci, inn] + [b for b in brands.split(",") if b]
        rows[code] = [n.strip() for n in names if n.strip()]
    return rows


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def drug_mentions(text: str, atc: dict) -> set:
    """Codes of atc-reference drugs named in the text (longest names first)."""
    t = fold(text)
    names = sorted(((fold(n), c) for c, ns in atc.items() for n in ns), key=lambda x: -len(x[0]))
    found = set()
    for name, code in names:
        pat = re.compile(r"(?<![\w])" + re.escape(name) + r"(?![\w])")
        while True:
            m = pat.search(t)
            if not m:
                break
            found.add(code)
            t = t[:m.start()] + " " * (m.end() - m.start()) + t[m.end():]
    return found


def plain_text(L: dict) -> str:
    out = []
    for line in L["text"].split("\n"):
        if L["fmt"] != "txt" and line.startswith("# "):
            line = line[2:]
        if L["fmt"] != "txt" and line.startswith("| "):
            line = " ".join(c.strip() for c in line[2:].split(" | "))
        out.append(line)
    return "\n".join(out)


def check(L: dict, gold: dict, atc: dict):
    lid = L["id"]
    def bad(m):
        fail(f"{lid}: {m}")
    if L["fmt"] not in ("txt", "pdf", "docx"):
        bad("format")
    if gold["patient"]["sex"] not in ("F", "M"):
        bad("sex")
    age = gold["patient"]["age"]
    if L["birth"] is not None and age != age_at(L["birth"], L["date"]):
        bad("age differs from birth date")
    if L["age_written"] is not None and age != L["age_written"]:
        bad("age differs from the written age")
    if age is None:
        bad("no age")
    text = plain_text(L)
    if L["birth"] and L["birth"].strftime("%d/%m/%Y") not in text:
        bad("birth date not in text")
    if L["age_written"] and f"{L['age_written']} ans" not in text:
        bad("written age not in text")
    for item, allowed in ALLOWED.items():
        st = gold[item]["status"]
        if st not in allowed:
            bad(f"{item} status {st} not allowed")
    pt = gold["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        bad("site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOS:
        bad("histology code")
    for k, v in pt["biomarkers"].items():
        if k not in MARKERS or v not in RESULTS:
            bad(f"biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        bad("unknown primary with values")
    bd = gold["boneDiagnosis"]
    if any(c not in CIRCS for c in bd["circumstances"]):
        bad("circumstance code")
    if bd["status"] == "present" and not bd["circumstances"]:
        bad("bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        bad("unknown bone diagnosis with values")
    p = gold["pain"]
    if any(t not in PAIN_TYPES for t in p["types"]):
        bad("pain type code")
    if p["intensity"] is not None and not (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10):
        bad("pain intensity")
    if p["status"] in ("absent", "unknown") and (p["types"] or p["intensity"]):
        bad("pain types/intensity without pain")
    lt = gold["priorLocalTreatments"]
    if any(t not in LOCAL_TYPES for t in lt["types"]):
        bad("local treatment type")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        bad("local treatment types while absent/unknown")
    if lt["status"] == "present" and not lt["types"]:
        bad("local treatments present without type")
    cm = gold["currentMedications"]
    for c in cm["atc"]:
        if c not in atc:
            bad(f"ATC {c} not in atc-reference.tsv")
    if len(set(cm["atc"])) != len(cm["atc"]):
        bad("duplicate ATC")
    if cm["status"] != "present" and cm["atc"]:
        bad("current medications codes while not present")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = gold[sec]
        for c in s["atc"]:
            if c not in atc:
                bad(f"{sec} ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                bad(f"{sec} ATC {c} outside its classes")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            bad(f"{sec} agents while {s['status']}")
        if s["status"] in ("present", "conflicting") and not set(s["atc"]) <= set(cm["atc"]):
            bad(f"{sec} agents missing from currentMedications")
        if s["status"] == "uncertain" and set(s["atc"]) & set(cm["atc"]):
            bad(f"{sec} doubtful agent listed as current drug")
    # every current drug of the bone/anticoagulant/antiplatelet classes is in its section
    for c in cm["atc"]:
        for sec, prefixes in AGENT_PREFIXES.items():
            if c.startswith(prefixes) and c not in gold[sec]["atc"]:
                bad(f"current drug {c} missing from {sec}")
    pr = gold["prognosis"]
    if "ecog" in pr and pr["ecog"] is not None and pr["ecog"] not in range(0, 5):
        bad("ecog")
    if "kps" in pr and pr["kps"] is not None and (pr["kps"] not in range(0, 101, 10)):
        bad("kps")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        bad("prognosis unknown with a score")
    tp = gold["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        bad("intent code")
    if tp["status"] == "unknown" and tp["intent"]:
        bad("intent without project")
    # drugs: what the gold lists must be named in the letter, and every drug of the
    # reference table named in the letter must be accounted for.
    named = drug_mentions(text, atc)
    listed = set(cm["atc"]) | {c for s in AGENT_PREFIXES for c in gold[s]["atc"]}
    for c in listed:
        if c not in named:
            bad(f"gold code {c} not named in the letter")
    unaccounted = named - listed - L["not_current"]
    if unaccounted:
        bad(f"drugs named but neither in gold nor declared not current: {sorted(unaccounted)}")
    overlap = L["not_current"] & set(cm["atc"])
    if overlap:
        bad(f"codes declared not current but in currentMedications: {sorted(overlap)}")
    for c in L["not_current"]:
        if c not in named:
            bad(f"not-current code {c} not named in the letter")
    # gaps
    if gold["gaps"] != derive_gaps(gold):
        bad("gaps differ from the rule")
    for it, kind in gold["gaps"]:
        if it == "antiplatelets" or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            bad("gap item/kind")
    if L["fmt"] == "pdf":
        try:
            text.encode("cp1252")
        except UnicodeEncodeError as e:
            bad(f"PDF text not encodable in WinAnsi: {e}")


def build_gold(L: dict) -> dict:
    g = {"id": L["id"], "patient": {"sex": L["sex"],
                                    "age": L["age_written"] if L["age_written"] is not None
                                    else age_at(L["birth"], L["date"])}}
    for item in ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
                 "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject"]:
        sec = dict(L["gold"][item])
        if item == "prognosis" and "ecog" not in sec and "kps" not in sec:
            sec["ecog"] = None
        if item == "currentMedications":
            sec["atc"] = sorted(sec["atc"])
        g[item] = sec
    g["gaps"] = derive_gaps(g)
    return g


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
def write_txt(L, path: Path):
    text = L["text"]
    if L.get("crlf"):
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))


_WIDTHS = None


def font_widths():
    global _WIDTHS
    if _WIDTHS is None:
        from PIL import ImageFont
        f = ImageFont.truetype(str(FONT), 1000)
        w = []
        for b in range(32, 256):
            try:
                ch = bytes([b]).decode("cp1252")
            except UnicodeDecodeError:
                w.append(0)
                continue
            w.append(int(round(f.getlength(ch))))
        _WIDTHS = w
    return _WIDTHS


def text_width(s: str, size: float) -> float:
    w = font_widths()
    return sum(w[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000


def pdf_str(s: str) -> bytes:
    out = bytearray(b"(")
    for b in s.encode("cp1252"):
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return bytes(out + b")")


def wrap(s: str, size: float, width: float):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if text_width(cand, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def write_pdf(L, path: Path):
    W, H, M = 595, 842, 60
    body, head, lead = 10.5, 12, 14.5
    pages, ops, y = [], [], H - M

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops, y = [], H - M

    def put(x, s, size):
        nonlocal y
        if y < M:
            newpage()
        ops.append(b"BT /F1 %s Tf %s %s Td " % (str(size).encode(), str(x).encode(), str(round(y, 2)).encode())
                   + pdf_str(s) + b" Tj ET")

    for line in L["text"].rstrip("\n").split("\n"):
        if line.startswith("# "):
            y -= 4
            for part in wrap(line[2:], head, W - 2 * M):
                put(M, part, head)
                y -= lead + 2
        elif line.startswith("| "):
            cells = [c.strip() for c in line[2:].split(" | ")]
            col = [M + 10, M + 230]
            heights = []
            saved = y
            for i, c in enumerate(cells[:2]):
                y = saved
                for part in wrap(c, body, 210 if i == 0 else W - M - col[1]):
                    put(col[i], part, body)
                    y -= lead
                heights.append(y)
            y = min(heights)
        elif not line.strip():
            y -= lead * 0.6
        else:
            for part in wrap(line, body, W - 2 * M):
                put(M, part, body)
                y -= lead
    pages.append(ops)

    font = FONT.read_bytes()
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    widths = b" ".join(str(w).encode() for w in font_widths())
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
               + widths + b"] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    comp = zlib.compress(font, 9)
    objs[5] = b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(font)) + comp + b"\nendstream"
    objs[6] = (b"<< /Producer (corpus79 make_letters.py) /Creator (corpus79) /CreationDate (D:20251101090000+01'00') "
               b"/ModDate (D:20251101090000+01'00') >>")
    kids, n = [], 7
    for p in pages:
        content = b"\n".join(p)
        cobj, pobj = n, n + 1
        objs[cobj] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[pobj] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> "
                      b"/Contents %d 0 R >>" % (W, H, cobj))
        kids.append(pobj)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    path.write_bytes(bytes(out))


def write_docx(L, path: Path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    rows = []

    def flush():
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        t = d.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
        rows.clear()

    for line in L["text"].rstrip("\n").split("\n"):
        if line.startswith("| "):
            rows.append([c.strip() for c in line[2:].split(" | ")])
            continue
        flush()
        if line.startswith("# "):
            p = d.add_paragraph()
            r = p.add_run(line[2:])
            r.bold = True
            r.font.size = Pt(12)
        elif line.strip():
            d.add_paragraph(line)
    flush()
    cp = d.core_properties
    fixed = dt.datetime(2025, 11, 1, 9, 0, 0)
    cp.author = "Secrétariat"
    cp.last_modified_by = "Secrétariat"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = "Demande RCP métastases osseuses"
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def main() -> int:
    atc = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    golds = {}
    for L in LETTERS:
        g = build_gold(L)
        check(L, g, atc)
        golds[L["id"]] = g
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for L in LETTERS:
        path = HERE / "letters" / f"{L['id']}.{L['fmt']}"
        {"txt": write_txt, "pdf": write_pdf, "docx": write_docx}[L["fmt"]](L, path)
        (HERE / "gold" / f"{L['id']}.json").write_text(
            json.dumps(golds[L["id"]], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(LETTERS)} letters and golds written to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
