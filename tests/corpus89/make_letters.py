#!/usr/bin/env python3
"""corpus89: 12 blind referral letters built from successive consultation notes /
dated follow-up logs, with their gold records (spec/rcp-request.md, "Evaluation record").

Run from /work/main:  .venv/bin/python tests/corpus89/make_letters.py
Checks every gold against the contract, then writes letters/ and gold/ byte-identically.
"""
import datetime
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pdfdocx import write_docx, write_pdf  # noqa: E402

SPEC_DIR = Path("/work/shared/spec")
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
          "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ALL_STATUS = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": ALL_STATUS,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": ALL_STATUS,
    "boneTargetedTherapy": ALL_STATUS,
    "anticoagulation": ALL_STATUS,
    "antiplatelets": ALL_STATUS,
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOM = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIORES = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PAINT = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENT = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {"boneTargetedTherapy": ("M05BA", "M05BX04"),
                "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
                "antiplatelets": ("B01AC",)}


def load_atc():
    ref = {}
    lines = (SPEC_DIR / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if line.strip():
            c = line.split("\t")
            ref[c[0]] = [c[1], c[2]] + [b for b in c[4].split(",") if b] if len(c) > 4 else [c[1], c[2]]
    return ref


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


# --------------------------------------------------------------------------------------
# Letters.  Each entry: id, format, meta (letter date, birth date if the age is not written),
# text, gold (without id and gaps; gaps are derived).
# --------------------------------------------------------------------------------------
LETTERS = []

LETTERS.append(dict(id="ym01", fmt="pdf", letter_date="2025-09-20", birth="1958-11-14", text="""\
CENTRE HOSPITALIER DE VAL-SAINT-ROCH - Service d'Oncologie thoracique
Dr Hélène MARCHAIS-LEDUC - Secrétariat : 03 29 41 77 10

                                         Val-Saint-Roch, le 20/09/2025

À l'attention du Dr Perrotin, coordonnateur RCP Métastases osseuses

Objet : demande de présentation en RCP métastases osseuses
Patient : M. Gérard FONTANILLE, né le 14/11/1958

Cher confrère,

Je vous adresse M. Fontanille, suivi pour un adénocarcinome pulmonaire du lobe
inférieur droit, EGFR muté (délétion exon 19), ALK négatif, métastatique osseux
d'emblée. Pour plus de lisibilité je vous recopie mes dernières consultations.

Consultation du 12/03/2025 :
Douleurs dorsales depuis début février, EVA 7/10, réveils nocturnes. Scanner TAP
du 05/03/2025 : masse LID de 42 mm, lyse du corps vertébral de T8 sans recul du
mur postérieur, pas de signe neurologique. Biopsie bronchique : adénocarcinome
TTF1+, EGFR del19. PS 1.
Introduction de Skenan LP 30 mg matin et soir, Actiskenan 10 mg si besoin,
Doliprane 1 g x 3/j. Début osimertinib (Tagrisso) 80 mg/j le 18/03.

Consultation du 04/06/2025 :
Radiothérapie antalgique de T8, 20 Gy en 5 fractions, réalisée du 07 au
11/04/2025. Nette amélioration : EVA 3/10, plus de réveils nocturnes.
Skenan diminué à 10 mg x 2. Bon contrôle tumoral au scanner du 27/05.
Bilan bucco-dentaire fait le 26/05 (Dr Quéré, pas de contre-indication) :
1ère injection de Xgeva 120 mg le 02/06/2025, avec Cacit D3 1 sachet/j.

HDJ du 15/09/2025 :
Thrombose veineuse surale gauche diagnostiquée le 28/08/2025 au doppler ;
introduction d'Eliquis 10 mg x 2 pendant 7 jours puis 5 mg x 2, bien toléré.
Skenan arrêté le 01/07 (sevrage sans problème). Persiste une gêne dorsale
à la marche prolongée, EVA 1/10. Doliprane 1 g x 3/j maintenu.
Tagrisso poursuivi, réponse partielle maintenue. Xgeva mensuel poursuivi.
PS 0.

Traitement actuel : Tagrisso 80 mg/j ; Eliquis 5 mg x 2/j ; Xgeva 120 mg SC
toutes les 4 semaines ; Cacit D3 1/j ; Doliprane 1 g x 3/j.
Pas d'antécédent cardiovasculaire notable. Père décédé d'un infarctus.

Question posée à la RCP : le patient souhaite reprendre une activité de
randonnée ; faut-il un avis chirurgical sur la stabilité de T8 (score SINS) ?
Le traitement reste à visée palliative (osimertinib en 1ère ligne).

Bien confraternellement,
Dr H. Marchais-Leduc
""", gold=dict(
    patient={"sex": "M"},
    primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma", biomarkers={"EGFR": "positive", "ALK": "negative"}),
    boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
    pain=dict(status="present", types=["mechanical"], intensity=1),
    currentMedications=dict(status="present", atc=["L01EB04", "B01AF02", "M05BX04", "A12AX", "N02BE01"]),
    priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
    boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
    anticoagulation=dict(status="present", atc=["B01AF02"]),
    antiplatelets=dict(status="unknown", atc=[]),
    prognosis=dict(status="present", ecog=0),
    therapeuticProject=dict(status="present", intent="palliative"),
), note="Oncologist, 3 dated notes; morphine started then stopped; Xgeva after dental check; Eliquis for a DVT in between; pain 7 -> 3 -> 1, nocturnal pain gone (only mechanical now); PS 1 -> 0; age from birth date (birthday after letter date)."))

LETTERS.append(dict(id="ym02", fmt="docx", letter_date="2025-06-16", text="""\
## Institut de cancérologie Les Tilleuls - Oncologie médicale
Dr Claire ABOUDARAM - Tél. 02 41 63 08 52
Angers-sur-Loir, le 16 juin 2025
**Demande d'avis RCP métastases osseuses
Patiente : Mme Sylvie BRENAC, 58 ans
Chère consœur, cher confrère,
Mme Brenac, 58 ans, est suivie pour un carcinome lobulaire infiltrant du sein gauche, RE 90 %, RP 40 %, HER2 négatif (score 1+), diagnostiqué en 2019 (mastectomie, curage, radiothérapie pariétale, tamoxifène puis anastrozole jusqu'en 2024). Récidive métastatique osseuse découverte en décembre 2024. Voici le résumé de nos dernières consultations.
## Consultation du 07/01/2025
TEP-TDM de réévaluation systématique du 18/12/2024 (marqueurs en hausse, CA 15-3 à 88) : fixations iliaque droite, sacrée et de L3, sans lésion viscérale. Biopsie iliaque : métastase de carcinome lobulaire, RE+ RP+ HER2-. Douleur iliaque droite modérée, EVA 4/10, à l'appui prolongé. Tramadol LP 100 mg x 2. OMS 1.
Décision : létrozole 2,5 mg + ribociclib (Kisqali) 600 mg J1-J21, début le 13/01/2025. Goséréline non nécessaire (ménopausée).
## Consultation du 18/03/2025
Neutropénie grade 3 à J15 du C2 : ribociclib suspendu une semaine puis repris à 400 mg. Douleur à 2/10. Tramadol arrêté (nausées), remplacé par paracétamol 1 g x 3. Un traitement par acide zolédronique (Zometa) est prévu après avis dentaire.
## Consultation du 10/06/2025
Soins dentaires en cours : extraction de la 36 le 02/06, cicatrisation à contrôler, le Zometa est donc toujours différé ; pas encore de bisphosphonate à ce jour. Plus aucune douleur osseuse, paracétamol arrêté par la patiente depuis un mois. OMS 0. TEP du 02/06 : réponse métabolique partielle, pas de nouvelle lésion.
Aucun traitement local osseux réalisé (ni radiothérapie ni chirurgie sur les lésions osseuses).
## Traitements en cours
|Médicament|Posologie|Depuis
|Létrozole (Femara)|2,5 mg/j|01/2025
|Kisqali (ribociclib)|400 mg/j J1-J21|03/2025 (dose réduite)
|Levothyrox|75 µg/j|2015
## Antécédents
Hypothyroïdie. Appendicectomie. Mère : cancer de l'ovaire à 70 ans.
## Question
Intérêt d'une radiothérapie de consolidation de la lésion de L3 (la plus volumineuse, 28 mm, sans atteinte du mur postérieur) en situation oligométastatique osseuse ? Quel délai raisonnable pour le Zometa après l'extraction ?
Dr C. Aboudaram
""", gold=dict(
    patient={"sex": "F", "age": 58},
    primaryTumor=dict(status="present", site="breast", histology="invasive_lobular_carcinoma", biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
    boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
    pain=dict(status="absent", types=[], intensity=None),
    currentMedications=dict(status="present", atc=["L02BG04", "L01EF02", "H03AA01"]),
    priorLocalTreatments=dict(status="absent", types=[]),
    boneTargetedTherapy=dict(status="absent", atc=[]),
    anticoagulation=dict(status="unknown", atc=[]),
    antiplatelets=dict(status="unknown", atc=[]),
    prognosis=dict(status="present", ecog=0),
    therapeuticProject=dict(status="present", intent=None),
), note="Oncologist DOCX, 3 notes + table; pain 4 -> 2 -> none (absent); tramadol then paracetamol both stopped; Zometa planned and deferred ('pas encore de bisphosphonate': absent); old anastrozole/tamoxifen and breast RT not current/not bone; nothing on anticoagulation."))

LETTERS.append(dict(id="ym03", fmt="txt", encoding="utf-8", newline="\n", letter_date="2025-09-25", birth="1949-05-03", text="""\
Dr Pascal VERNHES
Médecine générale
12 rue des Tanneurs, 81390 Saint-Aurèle
tél 05 63 58 21 90

Saint-Aurèle le 25/09/2025

Cher Confrère,

Je me permets de vous adresser M. Robert CAZALIS, né le 03/05/1949, pour
avis de votre RCP os. Je vous résume son suivi depuis le début de l'année
d'après les courriers que j'ai reçus et mes propres consultations :

- 03/02/2025 (Dr Lafargue, urologue) : lombalgies depuis novembre 2024
  ayant fait pratiquer une scintigraphie -> fixations multiples bassin et
  rachis lombaire. PSA 48 ng/ml. Biopsies : adénocarcinome prostatique
  Gleason 4+4. Début Décapeptyl LP 11,25 mg/3 mois + Xtandi 160 mg/j.
- 14/04/2025 (mon cabinet) : PSA 2,1. Lombalgies très améliorées, ne prend
  plus d'antalgiques.
- 02/07/2025 (Dr Sabatier, cardiologue) : palpitations, ACFA découverte.
  Introduction Xarelto 20 mg le soir, le Kardégic 75 qu'il prenait depuis
  2016 est arrêté à cette occasion.
- 23/09/2025 (mon cabinet) : douleur de hanche droite depuis 3 semaines,
  à la marche et à la montée des escaliers, le réveille aussi la nuit. EVA
  5/10. Radio : lésion lytique du col fémoral droit. PSA remonté à 9,8.
  J'ai ajouté Actiskenan 5 mg jusqu'à 4 fois par jour, et Doliprane 1g x3.

Il n'a jamais été irradié. Il vit avec son épouse, reste autonome mais
limite ses sorties depuis la douleur de hanche.

Traitement actuel :
Décapeptyl LP 11,25 mg (dernière inj 08/09)
Xtandi 40 mg 4 cp/j
Xarelto 20 mg 1/j
Tahor 20 mg
Triatec 5 mg
Actiskenan 5 mg jusqu'à 4/j
Doliprane 1 g x 3/j

ATCD : HTA, dyslipidémie, cholécystectomie 1998. Son frère a été opéré
d'un cancer du colon.

Je m'interroge sur le risque fracturaire du col et sur l'intérêt d'une
radiothérapie ou d'une chirurgie prophylactique. Le Dr Lafargue le revoit
le mois prochain pour discuter de la suite de l'hormonothérapie.

Bien cordialement,
P. Vernhes
""", gold=dict(
    patient={"sex": "M"},
    primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma", biomarkers={"PSA": "positive"}),
    boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
    pain=dict(status="present", types=["mechanical", "nocturnal"], intensity=5),
    currentMedications=dict(status="present", atc=["L02AE04", "L02BB04", "B01AF01", "C10AA05", "C09AA05", "N02AA01", "N02BE01"]),
    priorLocalTreatments=dict(status="absent", types=[]),
    boneTargetedTherapy=dict(status="unknown", atc=[]),
    anticoagulation=dict(status="present", atc=["B01AF01"]),
    antiplatelets=dict(status="absent", atc=[]),
    prognosis=dict(status="unknown"),
    therapeuticProject=dict(status="present", intent=None),
), note="GP TXT, dated bullet log compiled from other doctors' letters; Kardégic stopped when Xarelto started (antiplatelets absent, anticoagulation present); pain gone then new hip pain; PSA falls then rises; no PS; brother's colon cancer; age from birth date."))

LETTERS.append(dict(id="ym04", fmt="pdf", bold=("HISTORIQUE", "TRAITEMENT EN COURS", "QUESTION", "RCP Métastases"), letter_date="2025-06-02", text="""\
CENTRE DE RADIOTHÉRAPIE DU PAYS DE BRAYE
Dr Antoine GUILLERMIN, oncologue radiothérapeute - 02 35 90 14 66

                                              le 2 juin 2025

RCP Métastases osseuses - Fiche de demande
Patient : M. Jean-Luc DESFORGES, 63 ans
Primitif : carcinome rénal à cellules claires du rein droit (néphrectomie
élargie 2021, pT3a, grade ISUP 3)

HISTORIQUE (extraits de mes consultations)

Cs 15/01/2025 - Adressé par le Dr Nahmias (oncologue) pour une douleur
lombaire irradiant dans le membre inférieur droit jusqu'au dos du pied depuis
mi-décembre 2024, à type de brûlures et de décharges électriques, DN4 6/10.
Pas de déficit moteur, ROT présents, pas de trouble sphinctérien. IRM du
10/01/2025 : métastase de L4 avec épidurite antérieure droite, sans
compression médullaire ni radiculaire franche. EVA 7. OMS 2.
Dexaméthasone 8 mg/j, prégabaline (Lyrica) 75 mg x 2, Topalgic LP 100 x 2.
Radiothérapie L3-L5 30 Gy en 10 fractions du 20/01 au 31/01/2025.

Cs 10/03/2025 - Nette amélioration, EVA 2. Dexaméthasone décroissante, arrêtée
le 28/02. Lyrica maintenu. Le Dr Nahmias a débuté le cabozantinib (Cabometyx)
40 mg/j le 03/03/2025. OMS 1.

Cs 26/05/2025 - Réapparition depuis 3 semaines de la douleur L4 avec
brûlures dans la jambe droite, EVA 6/10, DN4 5/10. Cabometyx suspendu 10 jours
pour syndrome main-pied grade 2, repris à 20 mg/j depuis le 19/05. IRM du
22/05 : progression de la lésion L4 avec tassement de 30 % et début de recul du
mur postérieur, épidurite stable. Marche sans aide. OMS 1.

TRAITEMENT EN COURS
Cabometyx 20 mg/j - Lyrica 75 mg x 2 - Topalgic LP 100 mg x 2 - Kardégic 75
mg/j (stent coronaire 2019) - Inexium 20 mg.
Pas d'anticoagulant. Pas de traitement anti-résorptif osseux à ce jour
(clairance 38 ml/min, hypocalcémie à 2,05 en mai).

QUESTION
Après une radiothérapie conventionnelle de L4 il y a 4 mois : cimentoplastie
± ré-irradiation stéréotaxique ? Avis neurochirurgical pour stabilisation ?

Dr A. Guillermin
""", gold=dict(
    patient={"sex": "M", "age": 63},
    primaryTumor=dict(status="present", site="kidney", histology="clear_cell_carcinoma", biomarkers={}),
    boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
    pain=dict(status="present", types=["neuropathic"], intensity=6),
    currentMedications=dict(status="present", atc=["L01EX07", "N03AX16", "N02AX02", "B01AC06", "A02BC05"]),
    priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
    boneTargetedTherapy=dict(status="absent", atc=[]),
    anticoagulation=dict(status="absent", atc=[]),
    antiplatelets=dict(status="present", atc=["B01AC06"]),
    prognosis=dict(status="present", ecog=1),
    therapeuticProject=dict(status="present", intent=None),
), note="Radiation oncologist PDF, 3 dated notes; dexamethasone started then stopped; cabozantinib started, held, resumed at lower dose (current); pain 7 -> 2 -> 6 neuropathic; epiduritis without deficit (circumstance pain, not neurological deficit); PS 2 -> 1; explicit no anticoagulant / no bone agent; Kardégic."))

LETTERS.append(dict(id="ym05", fmt="docx", letter_date="2025-08-04", birth="1960-08-22", text="""\
## CHU de Mont-Corbière - Pneumologie, Hôpital de jour d'oncologie thoracique
Dr Yannick TRÉGUER, Dr Inès BOUAZZA (interne) - HDJ : 04 73 28 55 09
Le 04/08/2025
**Demande d'inscription RCP métastases osseuses
Mme Odile VAUTRIN, née le 22/08/1960
Mme Vautrin est suivie pour un carcinome épidermoïde pulmonaire du LSG, stade IV (os), PD-L1 15 %, diagnostiqué en avril 2025. Tabagisme 40 PA sevré. Nous vous transmettons les comptes-rendus d'HDJ successifs.
## HDJ du 05/05/2025 - C1
TEP du 14/04/2025 (bilan d'extension initial) : masse LSG 5 cm, adénopathies médiastinales, lésions lytiques des 6e et 7e arcs costaux gauches et de l'aile iliaque gauche. Douleur costale gauche majorée à l'inspiration profonde et à la mobilisation, EVA 5/10 sous Oxycontin 10 mg x 2 et Oxynorm 5 mg si besoin. PS 1.
C1 carboplatine AUC5 - paclitaxel - pembrolizumab (Keytruda).
## HDJ du 16/06/2025 - C3
Scanner d'évaluation après C2 : réponse partielle, mais embolie pulmonaire segmentaire droite asymptomatique. Lovenox 0,6 ml x 2/j débuté le 12/06, relais par Innohep 14 000 UI/j le 16/06 (plus simple pour l'IDE à domicile). C3 réalisée.
## HDJ du 29/07/2025
Fin de l'induction après 4 cycles : carboplatine et paclitaxel arrêtés, pembrolizumab seul en maintenance toutes les 3 semaines (dernière cure ce jour). Douleur costale 2/10, Oxycontin arrêté le 10/07 ; garde Oxynorm 5 mg si besoin (environ une prise par semaine). PS 1. Un traitement par dénosumab a été évoqué, bilan dentaire à programmer.
## Traitement à domicile
|Médicament|Posologie
|Keytruda (pembrolizumab)|200 mg IV /3 sem
|Innohep|14 000 UI SC /j
|Oxynorm 5 mg|si besoin
|Inexium 20 mg|1/j
|Ventoline|si besoin
## Question à la RCP
Indication d'une radiothérapie sur la lésion iliaque gauche (risque fracturaire ? Mirels à évaluer) ; place du dénosumab sous anticoagulation.
Dr Y. Tréguer
""", gold=dict(
    patient={"sex": "F"},
    primaryTumor=dict(status="present", site="lung", histology="squamous_cell_carcinoma", biomarkers={"PD-L1": "positive"}),
    boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
    pain=dict(status="present", types=["mechanical"], intensity=2),
    currentMedications=dict(status="present", atc=["L01FF02", "B01AB10", "N02AA05", "A02BC05"]),
    priorLocalTreatments=dict(status="unknown", types=[]),
    boneTargetedTherapy=dict(status="unknown", atc=[]),
    anticoagulation=dict(status="present", atc=["B01AB10"]),
    antiplatelets=dict(status="unknown", atc=[]),
    prognosis=dict(status="present", ecog=1),
    therapeuticProject=dict(status="present", intent=None),
), note="Pulmonology day-hospital DOCX, 3 HDJ notes + table; carboplatin/paclitaxel stopped, pembrolizumab maintenance current; Lovenox switched to Innohep for a PE (only tinzaparin current); Oxycontin stopped, Oxynorm PRN kept (same code); denosumab only evoked; age from birth date (birthday just after letter)."))

LETTERS.append(dict(id="ym06", fmt="txt", encoding="utf-8", newline="\n", letter_date="2025-10-10", text="""\
Objet : RCP métastases osseuses - Mme Nathalie PRIGENT, 52 ans
De : Dr Marc-Olivier ROUSSEL, oncologie médicale, Clinique du Parc Saint-Vaast
Tél 03 21 47 60 33
Date : 10/10/2025

Chers collègues,

Je souhaite vous présenter Mme Prigent, 52 ans, carcinome canalaire infiltrant
du sein droit, RE 10 %, RP 0, HER2 3+, métastatique osseux. Ci-dessous le
copier-coller de mes notes de suivi.

>> CS 09/01/2025
Douleur de l'épaule gauche depuis octobre 2024, traitée comme une tendinopathie,
puis radio et IRM (décembre) : lésion lytique de la tête humérale gauche.
Biopsie : métastase de carcinome canalaire, HER2 3+. TDM TAP : pas d'atteinte
viscérale, tumeur mammaire droite de 3 cm. EVA 6. Début docétaxel-trastuzumab-
pertuzumab (Taxotère, Herceptin, Perjeta) le 15/01. OMS 1.

>> CS 26/03/2025
RT humérus gauche 8 Gy en une fraction faite le 04/03/2025.
Douleur EVA 3. Bilan dentaire normal -> 1ère injection de Xgeva le 24/03,
Cacit D3 1/j et Uvedose 1 amp/mois.

>> CS 18/06/2025
Fin du docétaxel après 6 cures (neuropathie grade 2 des pieds), poursuite
Herceptin + Perjeta toutes les 3 semaines. Hypocalcémie sévère (1,78 mmol/l)
après la 3e injection de Xgeva, hospitalisation 48 h : Xgeva arrêté
définitivement. Cacit D3 arrêté à la sortie, Uvedose poursuivie.

>> CS 06/10/2025
TEP : réponse métabolique complète au niveau mammaire, lésion humérale
stable. Persiste une douleur de l'épaule gauche surtout la nuit, EVA 3/10,
sans irradiation. Doliprane 1 g x 3 en continu. OMS 0.
Pas d'anticoagulant. Pas d'autre traitement au long cours.

Traitement actuel : Herceptin 600 mg SC /3 sem, Perjeta 420 mg IV /3 sem,
Uvedose 100 000 UI/mois, Doliprane 1 g x 3/j.
ATCD familiaux : tante paternelle cancer du sein à 45 ans.

Question : faut-il proposer un autre anti-résorptif (Zometa à dose adaptée ?)
après l'hypocalcémie sous dénosumab, et une chirurgie de la tête humérale
est-elle à discuter ?

MO Roussel
""", gold=dict(
    patient={"sex": "F", "age": 52},
    primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma", biomarkers={"ER": "positive", "PR": "negative", "HER2": "positive"}),
    boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
    pain=dict(status="present", types=["nocturnal"], intensity=3),
    currentMedications=dict(status="present", atc=["L01FD01", "L01FD02", "A11CC05", "N02BE01"]),
    priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
    boneTargetedTherapy=dict(status="absent", atc=[]),
    anticoagulation=dict(status="absent", atc=[]),
    antiplatelets=dict(status="unknown", atc=[]),
    prognosis=dict(status="present", ecog=0),
    therapeuticProject=dict(status="present", intent=None),
), note="Oncologist TXT pasted notes; Xgeva started after dental check then stopped for hypocalcaemia (bone therapy absent, Zometa only asked); Cacit D3 stopped but Uvedose kept; docetaxel stopped, trastuzumab/pertuzumab current; ER 10 % positive, PR 0; single-fraction RT."))

LETTERS.append(dict(id="ym07", fmt="pdf", letter_date="2025-09-25", birth="1944-10-10", text="""\
Équipe Mobile de Soins Palliatifs et Consultation Douleur
Hôpital Sainte-Marguerite de Lormes - Dr Françoise OUDIN-PELLETIER
Tél. équipe : 03 86 22 71 45

                                                  Lormes, le 25/09/2025

Objet : demande d'avis RCP métastases osseuses (radiothérapie antalgique ?)
Patient : M. Lucien BARRAULT, né le 10/10/1944

Chers collègues,

M. Barrault présente un adénocarcinome de prostate (Gleason 9) diagnostiqué
en mars 2022 avec métastases osseuses d'emblée sur la scintigraphie de bilan
initial, résistant à la castration depuis 2024. Dernier PSA 312 ng/ml.
Il a reçu une RT de T10 (20 Gy/5 fr) en 2023 et de la 8e côte droite (8 Gy)
en juin 2024. Je résume nos consultations de l'année :

Consultation douleur du 02/04/2025
Douleurs diffuses rachis et bassin, EVA 7/10, réveils nocturnes
pluriquotidiens, majorées à la mobilisation. Sous docétaxel (C5).
Skenan LP 60 mg x 2 + Actiskenan 20 mg, 4 à 5 interdoses/j.
Fragmine 5000 UI/j depuis mars (TVP poplitée droite). Xgeva mensuel
depuis 2022. OMS 2.

Consultation du 08/07/2025
Progression biologique et scintigraphique : docétaxel arrêté après C8.
Composante neuropathique (décharges électriques dans la fesse et la cuisse
gauches, DN4 5/10) : introduction gabapentine (Neurontin) 300 mg x 3.
Rotation morphine -> oxycodone : Oxycontin 40 mg x 2, Oxynormoro 10 mg.

Visite à domicile du 22/09/2025
La RCP d'uro-oncologie du 15/09 a retenu des soins de support exclusifs,
accord du patient et de sa fille. Fragmine arrêtée fin août à la fin des
6 mois de traitement de la TVP, pas de récidive. Plus de réveils nocturnes
depuis la rotation ; douleurs surtout à la mobilisation et aux transferts,
EVA 4/10, décharges moins fréquentes. Oxycontin augmenté à 60 mg x 2.
OMS 3, alité la moitié de la journée. Espérance de vie estimée à quelques
mois.

Traitement actuel :
- Oxycontin LP 60 mg x 2/j, Oxynormoro 10 mg si besoin
- Neurontin 300 mg x 3/j
- Dectancyl 0,5 mg : 4 cp le matin
- Eligard 45 mg tous les 6 mois (maintenu)
- Xgeva 120 mg /4 semaines (poursuivi)
- Movicol 2 sachets/j

Question : une radiothérapie antalgique en fraction unique du bassin
(sacro-iliaque gauche) est-elle envisageable, avec transport couché ?

Dr F. Oudin-Pelletier
""", gold=dict(
    patient={"sex": "M"},
    primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma", biomarkers={"PSA": "positive"}),
    boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
    pain=dict(status="present", types=["neuropathic", "mechanical"], intensity=4),
    currentMedications=dict(status="present", atc=["N02AA05", "N03AX12", "H02AB02", "L02AE02", "M05BX04", "A06AD65"]),
    priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
    boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
    anticoagulation=dict(status="absent", atc=[]),
    antiplatelets=dict(status="unknown", atc=[]),
    prognosis=dict(status="present", ecog=3),
    therapeuticProject=dict(status="present", intent="supportive"),
), note="Palliative-care/pain team PDF, 3 visits; docetaxel stopped; morphine rotated to oxycodone (morphine not current); Fragmine stopped at 6 months (anticoagulation absent); nocturnal pain gone; best supportive care with Eligard and Xgeva maintained; PS 2 -> 3; age from birth date (80, birthday 2 weeks after letter)."))

LETTERS.append(dict(id="ym08", fmt="docx", letter_date="2025-07-22", text="""\
## Centre Hospitalier Intercommunal de Haute-Brévenne - Pneumologie
Dr Sophie ALLEMAND-ROCHE - Tél. 04 77 35 12 98
Le 22 juillet 2025
**Demande RCP métastases osseuses
Patiente : Mme Amandine CHEVROT, 47 ans
Cher confrère,
Je vous adresse Mme Chevrot, 47 ans, non fumeuse, pour un adénocarcinome pulmonaire ALK réarrangé (FISH et IHC positives), EGFR sauvage, PD-L1 < 1 %, diagnostiqué en septembre 2023 avec d'emblée des métastases osseuses (sacrum, bassin, rachis) sur la TEP de bilan initial. Alectinib (Alecensa) 600 mg x 2 en 1ère ligne à partir d'octobre 2023, et Xgeva mensuel depuis novembre 2023, espacé toutes les 12 semaines depuis janvier 2025.
## Consultation du 11/02/2025
TDM d'évaluation : progression osseuse isolée au niveau de l'aile sacrée gauche, asymptomatique. Poursuite Alecensa. PS 0.
## Consultation du 24/04/2025
IRM cérébrale : 3 métastases infra-centimétriques. Douleur sacrée gauche EVA 3. Arrêt de l'Alecensa, relais par lorlatinib (Lorviqua) 100 mg/j le 28/04/2025.
## Consultation du 30/06/2025
Bonne réponse cérébrale. Hypercholestérolémie sous lorlatinib : Tahor 20 mg débuté. Douleur fessière gauche irradiant à la face postérieure de la cuisse et du mollet, radiculalgie S1 gauche, EVA 5/10, sans déficit. Lyrica 75 mg x 2 introduit.
## Complément du 21/07/2025 (appel téléphonique)
Lyrica arrêté le 15/07 pour vertiges et prise de poids, remplacé par Laroxyl 10 gouttes le soir. Douleur inchangée, EVA 5. PS 1.
## Traitement actuel
Lorviqua 100 mg/j ; Xgeva 120 mg /12 sem. (dernière injection 02/07) avec Cacit D3 ; Tahor 20 mg ; Laroxyl 10 gtt le soir ; Doliprane 1 g x 3/j.
La patiente dit prendre « un Kardégic de temps en temps pour la circulation », ce qui ne figure sur aucune ordonnance : à vérifier.
Pas d'anticoagulant actuellement (Eliquis pendant 6 mois en 2022 pour une phlébite sous pilule, arrêté).
Aucun traitement local osseux à ce jour.
## Question
Radiothérapie (stéréotaxique ?) de l'aile sacrée gauche pour la radiculalgie ?
Dr S. Allemand-Roche
""", gold=dict(
    patient={"sex": "F", "age": 47},
    primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma", biomarkers={"ALK": "positive", "EGFR": "negative", "PD-L1": "negative"}),
    boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
    pain=dict(status="present", types=["neuropathic"], intensity=5),
    currentMedications=dict(status="present", atc=["L01ED05", "M05BX04", "A12AX", "C10AA05", "N06AA09", "N02BE01"]),
    priorLocalTreatments=dict(status="absent", types=[]),
    boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
    anticoagulation=dict(status="absent", atc=[]),
    antiplatelets=dict(status="uncertain", atc=["B01AC06"]),
    prognosis=dict(status="present", ecog=1),
    therapeuticProject=dict(status="present", intent=None),
), note="Pulmonologist DOCX, 3 notes + phone addendum; alectinib -> lorlatinib; Lyrica started then stopped, replaced by amitriptyline; Kardégic taken 'de temps en temps' per patient, to verify (antiplatelets uncertain, kept out of current meds); Eliquis stopped in 2022 (anticoagulation absent); Xgeva spaced but ongoing."))

LETTERS.append(dict(id="ym09", fmt="txt", encoding="utf-8", newline="\r\n", letter_date="2025-09-12", text="""\
SERVICE D'HEPATO-GASTRO-ENTEROLOGIE ET ONCOLOGIE DIGESTIVE
Hopital Nord-Est de Clairvaux-la-Rive - Dr Mehdi BENSALAH (CCA)
Tel secretariat 04 50 62 37 81

Le 12/09/2025

Demande de passage en RCP MO (metastases osseuses)

M. Henri LOUVEAU, 71 ans
Adenocarcinome colique sigmoidien, KRAS G12D mute, MSS, operé en 2022
(sigmoidectomie), recidive hepatique 2023 traitee par FOLFOX puis
metastases osseuses 2025.

Chronologie (notes de consultation) :

CS 06/05/2025 : chute de sa hauteur le 28/04/2025 avec fracture du col
femoral droit ; l'examen anatomopathologique de la tete femorale montre une
metastase d'adenocarcinome d'origine colique. Prothese totale de hanche
droite le 30/04 (Pr Gaultier). Lovenox 4000 UI/j 35 jours post-op. Bilan :
autres lesions osseuses bassin et L2, foie stable. Chimio en pause.

CS 17/06/2025 : Lovenox arrêté le 04/06 comme prevu. Marche avec canne.
OMS 2. Decision de reprise d'une chimiotherapie palliative par capecitabine
seule (Xeloda 1000 mg/m2 x2 J1-J14) a partir du 23/06.

CS 09/09/2025 : 4e cycle de Xeloda bien tolere. Douleurs residuelles de
hanche droite a la marche, EVA 2/10. OMS 1. La RT post-operatoire du
femur reste a discuter avec les radiotherapeutes. Acide zoledronique
propose, en attente du panoramique dentaire.

TT actuel : Xeloda 1500 mg matin et soir J1-J14/21j, Kardegic 75 mg
(stent 2019, poursuivi), Glucophage 1000 x2, Dafalgan 1 g x 3/j.
Pas d'autre anticoagulant que le Lovenox post-op (termine).

Question : indication d'une RT de la lesion de L2 et du femur opere,
et d'un traitement anti-resorptif ?

Dr M. Bensalah
""", gold=dict(
    patient={"sex": "M", "age": 71},
    primaryTumor=dict(status="present", site="colorectal", histology="adenocarcinoma", biomarkers={"KRAS": "positive"}),
    boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
    pain=dict(status="present", types=["mechanical"], intensity=2),
    currentMedications=dict(status="present", atc=["L01BC06", "B01AC06", "A10BA02", "N02BE01"]),
    priorLocalTreatments=dict(status="present", types=["surgery"]),
    boneTargetedTherapy=dict(status="unknown", atc=[]),
    anticoagulation=dict(status="absent", atc=[]),
    antiplatelets=dict(status="present", atc=["B01AC06"]),
    prognosis=dict(status="present", ecog=1),
    therapeuticProject=dict(status="present", intent="palliative"),
), note="Digestive oncology fellow TXT, CRLF, no accents (typed on a QWERTY keyboard); pathological hip fracture then arthroplasty; post-op Lovenox finished (anticoagulation absent); capecitabine restarted; zoledronic acid and post-op RT only proposed; PS 2 -> 1; Kardégic current."))

LETTERS.append(dict(id="ym10", fmt="pdf", letter_date="2025-09-29", birth="1967-09-29", text="""\
CHU de Sablières - Dermatologie / Onco-dermatologie
Dr Julien PASQUET-AUBRY - Hôpital de jour : 05 49 71 33 02

Sablières, le 29/09/2025

FICHE RCP MÉTASTASES OSSEUSES
Nom : M. Frédéric OLLIVIER        Né le : 29/09/1967
Primitif : mélanome cutané (dos), superficiel extensif, Breslow 3,1 mm,
opéré en 2021. BRAF V600E muté.
Anticoagulant : non          Antiagrégant : non renseigné

Chers collègues,

Voici le résumé de nos consultations depuis la rechute.

Consultation du 11/03/2025 : TEP de surveillance du 20/02/2025 :
adénopathies axillaires gauches et lésion lytique de T11 (douleur dorsale
modérée en fait présente depuis janvier selon le patient). IRM : pas
d'épidurite. Début ipilimumab-nivolumab (Yervoy-Opdivo) le 14/03. OMS 0.

Consultation du 16/06/2025 : après les 4 cures d'induction, réponse
partielle ganglionnaire, T11 stable. Radiothérapie stéréotaxique de T11
(27 Gy/3 fr) réalisée du 22 au 28/04/2025. Nivolumab seul en entretien.
Embolie pulmonaire bilatérale le 02/06 (hospitalisation) : Eliquis
10 mg x 2 pendant 7 j puis 5 mg x 2 au long cours.

Consultation du 25/09/2025 : colite immuno-induite grade 3 fin août ;
nivolumab arrêté définitivement. Solupred 1 mg/kg en décroissance,
actuellement 20 mg/j. La RCP mélanome du 18/09 a décidé de débuter
dabrafénib + tramétinib dès que la corticothérapie sera < 10 mg/j.
Douleur dorsale résiduelle EVA 2/10, à la mobilisation du tronc.
OMS 1. Pas de traitement anti-résorptif.

Traitement actuel : Solupred 20 mg/j ; Eliquis 5 mg x 2/j ;
Mopral 20 mg/j ; Efferalgan 1 g x 3/j.

Question : faut-il associer un anti-résorptif (dénosumab) à la thérapie
ciblée ? Surveillance de T11 ?

Dr J. Pasquet-Aubry
""", gold=dict(
    patient={"sex": "M"},
    primaryTumor=dict(status="present", site="melanoma", histology="other", biomarkers={"BRAF": "positive"}),
    boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
    pain=dict(status="present", types=["mechanical"], intensity=2),
    currentMedications=dict(status="present", atc=["H02AB06", "B01AF02", "A02BC01", "N02BE01"]),
    priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
    boneTargetedTherapy=dict(status="absent", atc=[]),
    anticoagulation=dict(status="conflicting", atc=["B01AF02"]),
    antiplatelets=dict(status="unknown", atc=[]),
    prognosis=dict(status="present", ecog=1),
    therapeuticProject=dict(status="present", intent=None),
), note="Dermato-oncology PDF form + 3 notes; header box 'Anticoagulant : non' left stale while Eliquis was started for a PE (conflicting, Eliquis kept in current meds); ipi-nivo then nivolumab stopped; decided targeted therapy (not in ATC table); 'Antiagrégant : non renseigné' is unknown; letter written on the patient's birthday (age 58); melanoma histology 'other'."))

LETTERS.append(dict(id="ym11", fmt="docx", letter_date="2025-09-26", text="""\
## Clinique Saint-Éloi de Marvejac - Médecine interne
Dr Thibault RENOUARD - 04 66 31 90 27
Marvejac, le 26/09/2025
**Demande d'avis RCP métastases osseuses - M. Alain PEYRAT, 69 ans
Cher ami,
Je t'adresse M. Peyrat, 69 ans, ancien chauffeur routier, tabagique actif (45 PA), que je suis depuis cet été. Je recopie mes notes, le dossier n'est pas encore complet.
## CS du 20/08/2025
Lombalgies inflammatoires depuis juin, avec dérouillage matinal d'une heure et réveils nocturnes. IRM lombaire du 14/08 : lésion de L2 infiltrant le corps vertébral et le pédicule gauche, sans épidurite. VS 64. EVA 6. Tramadol 50 mg x 3.
## CS du 03/09/2025
TEP-TDM du 01/09 : masse lobaire supérieure droite de 35 mm hypermétabolique, adénopathies hilaires, fixations de L2, de l'ischion gauche et de 2 côtes. Tramadol arrêté (nausées, vertiges) : Skenan LP 10 mg x 2 et Doliprane 1 g x 4. Préviscan (ACFA) relayé par Lovenox 0,8 x 2 pour la biopsie.
## CS du 24/09/2025
Biopsie de L2 sous scanner le 08/09 : métastase d'adénocarcinome TTF1+, CK7+, en faveur d'une origine pulmonaire (fibroscopie non encore faite). Biologie moléculaire en cours (EGFR, ALK, ROS1, PD-L1 en attente). Préviscan repris le 10/09 (INR 2,4 le 22/09), Lovenox arrêté. Douleur améliorée, EVA 4/10, persiste un réveil nocturne vers 4 h. PS 1.
Le projet thérapeutique sera défini en RCP thoracique à réception de la biologie moléculaire.
## Traitement actuel
Skenan LP 10 mg matin et soir, Doliprane 1 g x 4/j, Préviscan 20 mg 1 cp le soir (INR cible 2-3), Cardensiel 2,5 mg.
## Antécédents
ACFA, HTA, BPCO stade 2. Frère décédé d'un cancer ORL.
## Question
Faut-il irradier L2 dès maintenant ou attendre la décision thoracique ? Place d'un anti-résorptif ?
Amitiés,
T. Renouard
""", gold=dict(
    patient={"sex": "M", "age": 69},
    primaryTumor=dict(status="uncertain", site="lung", histology="adenocarcinoma", biomarkers={"EGFR": "pending", "ALK": "pending", "ROS1": "pending", "PD-L1": "pending"}),
    boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
    pain=dict(status="present", types=["inflammatory", "nocturnal"], intensity=4),
    currentMedications=dict(status="present", atc=["N02AA01", "N02BE01", "B01AA12", "C07AB07"]),
    priorLocalTreatments=dict(status="unknown", types=[]),
    boneTargetedTherapy=dict(status="unknown", atc=[]),
    anticoagulation=dict(status="present", atc=["B01AA12"]),
    antiplatelets=dict(status="unknown", atc=[]),
    prognosis=dict(status="present", ecog=1),
    therapeuticProject=dict(status="unknown", intent=None),
), note="Internist DOCX to a colleague ('cher ami'), 3 notes; primary only 'en faveur d'une origine pulmonaire' (uncertain); 4 biomarkers pending; tramadol -> morphine; Préviscan bridged with Lovenox for the biopsy then resumed (only fluindione current); project to be defined (unknown)."))

LETTERS.append(dict(id="ym12", fmt="txt", encoding="cp1252", newline="\r\n", letter_date="2025-10-20", birth="1971-03-15", text="""\
Mme Carole DUVIGNAUD née le 15/03/1971
IDE de coordination en cancérologie - Centre Hospitalier de Pont-Morand
pour le Dr Élodie VASSEUR (oncologie) - tél. 05 55 18 42 76
le 20/10/2025

Objet : inscription RCP métastases osseuses du 06/11

Bonjour,
À la demande du Dr Vasseur, je vous transmets le résumé du suivi de
Mme Duvignaud (cancer du sein gauche, carcinome canalaire infiltrant
grade 2, RE 100 % RP 0 % HER2 négatif, traité en 2018 : tumorectomie,
radiothérapie mammaire, tamoxifène 5 ans).

Mars 2023 : fracture spontanée d'une côte (8e G) en se retournant dans
son lit, bilan -> métastases osseuses multiples (côtes, L1, bassin).
Cimentoplastie de L1 en avril 2023. Femara + Ibrance à partir de mai
2023, Prolia qu'elle avait pour son ostéoporose remplacé par Xgeva.

Consult. du 15/07/2025 (Dr Vasseur) : progression osseuse (bassin,
sacrum), douleurs sacrées EVA 6, Skenan LP 20 mg x 2. Arrêt Femara et
Ibrance. Début Faslodex + Verzenios (abémaciclib 150 x 2) le 22/07.

HDJ du 08/09/2025 : diarrhées grade 2, Verzenios réduit à 100 mg x 2.
Douleur EVA 3. Skenan arrêté le 12/09, Efferalgan 1 g x 3 seul.

HDJ du 06/10/2025 : thrombose du membre supérieur gauche sur PAC
(écho-doppler du 02/10), HBPM à dose curative débutée le 02/10, le PAC
est laissé en place. Douleur EVA 1, uniquement à l'effort. Pas
d'antiagrégant.

Traitement actuel :
- Faslodex 500 mg IM /mois
- Verzenios 100 mg x 2/j
- Xgeva 120 mg SC /4 semaines + Orocal D3 1/j
- HBPM curative (nom de la spécialité non précisé sur le CR d'HDJ)
- Efferalgan 1 g x 3/j

Question du Dr Vasseur : intérêt d'une radiothérapie antalgique du
sacrum ou de la surveillance simple, vu l'amélioration ?

Cordialement,
Stéphanie Merle, IDE de coordination
""", gold=dict(
    patient={"sex": "F"},
    primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma", biomarkers={"ER": "positive", "PR": "negative", "HER2": "negative"}),
    boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
    pain=dict(status="present", types=["mechanical"], intensity=1),
    currentMedications=dict(status="present", atc=["L02BA03", "L01EF03", "M05BX04", "A12AX", "N02BE01"]),
    priorLocalTreatments=dict(status="present", types=["cementoplasty"]),
    boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
    anticoagulation=dict(status="present", atc=[]),
    antiplatelets=dict(status="absent", atc=[]),
    prognosis=dict(status="unknown"),
    therapeuticProject=dict(status="present", intent=None),
), note="Coordination nurse TXT (cp1252, CRLF); letrozole+palbociclib stopped, fulvestrant+abemaciclib current (dose reduced); morphine stopped; pain 6 -> 3 -> 1 at effort; catheter thrombosis with unnamed LMWH (anticoagulation present, no agent -> incomplete gap); Prolia replaced by Xgeva; breast RT/tamoxifen old; no PS; age from birth date."))


# --------------------------------------------------------------------------------------
def derive_gaps(g):
    """The spec's gap rule, applied to a gold record (order of the nine items)."""
    gaps = []
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st == "unknown":
            gaps.append([item, "missing"])
        elif st == "uncertain":
            gaps.append([item, "uncertain"])
        elif st == "conflicting":
            gaps.append([item, "conflicting"])
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


def age_at(birth, date):
    b = datetime.date.fromisoformat(birth)
    d = datetime.date.fromisoformat(date)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def fail(msg):
    print("CONTRACT VIOLATION: " + msg)
    sys.exit(1)


def build_gold(L):
    g = json.loads(json.dumps(L["gold"]))
    if "birth" in L:
        if "age" in g["patient"]:
            fail(f"{L['id']}: age given by hand although a birth date is used")
        g["patient"]["age"] = age_at(L["birth"], L["letter_date"])
    for name in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        g[name]["atc"] = sorted(set(g[name]["atc"]))
    g["primaryTumor"]["biomarkers"] = dict(sorted(g["primaryTumor"]["biomarkers"].items()))
    g["boneDiagnosis"].setdefault("circumstances", [])
    g["boneDiagnosis"].setdefault("dated", False)
    g["pain"].setdefault("types", [])
    g["pain"].setdefault("intensity", None)
    g["priorLocalTreatments"].setdefault("types", [])
    g["pain"]["types"] = sorted(g["pain"]["types"])
    g["priorLocalTreatments"]["types"] = sorted(g["priorLocalTreatments"]["types"])
    g["boneDiagnosis"]["circumstances"] = sorted(g["boneDiagnosis"]["circumstances"])
    g["prognosis"].setdefault("ecog", None)
    g["therapeuticProject"].setdefault("intent", None)
    prog = g["prognosis"]
    if prog.get("kps") is not None:
        prog.pop("ecog", None) if prog.get("ecog") is None else None
    else:
        prog.pop("kps", None)
    if prog["status"] == "unknown":
        prog = {"status": "unknown", "ecog": None}
        g["prognosis"] = prog
    out = {"id": L["id"], "patient": g["patient"]}
    for k in ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
              "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject"]:
        out[k] = g[k]
    out["gaps"] = derive_gaps(out)
    return out


def check(L, g, atc):
    i = L["id"]
    text = L["text"]
    ft = fold(text)
    def need(cond, msg):
        if not cond:
            fail(f"{i}: {msg}")
    need(g["patient"].get("sex") in ("F", "M"), "sex")
    need(isinstance(g["patient"].get("age"), int) and 18 <= g["patient"]["age"] <= 110, "age")
    if "birth" in L:
        b = datetime.date.fromisoformat(L["birth"]).strftime("%d/%m/%Y")
        need(b in text, f"birth date {b} not in letter")
        need(f"{g['patient']['age']} ans" not in text, "age both written and computed")
    else:
        need(f"{g['patient']['age']} ans" in text, "written age not found in letter")
    d = datetime.date.fromisoformat(L["letter_date"])
    need(d.strftime("%d/%m/%Y") in text or f"{d.day} " in text, "letter date not in letter")
    for item, allowed in ALLOWED.items():
        need(g[item]["status"] in allowed, f"{item} status {g[item]['status']} not allowed")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], "primary unknown with values")
    need(pt["site"] in SITES | {None}, "site code")
    need(pt["histology"] in HISTO | {None}, "histology code")
    for k, v in pt["biomarkers"].items():
        need(k in BIOM and v in BIORES, f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    need(all(c in CIRC for c in bd["circumstances"]), "circumstance code")
    need(isinstance(bd["dated"], bool), "dated bool")
    if bd["status"] == "unknown":
        need(not bd["circumstances"] and not bd["dated"], "bone diagnosis unknown with values")
    else:
        need(bd["circumstances"], "bone diagnosis present without circumstance")
    p = g["pain"]
    need(all(t in PAINT for t in p["types"]), "pain type")
    need(p["intensity"] is None or (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10), "intensity")
    if p["status"] in ("absent", "unknown"):
        need(not p["types"] and p["intensity"] in (None, 0), "pain absent/unknown with values")
    if p["intensity"] is not None:
        need(f"{p['intensity']}/10" in text or f"EVA {p['intensity']}" in text, "pain intensity not written")
    pl = g["priorLocalTreatments"]
    need(all(t in LOCAL for t in pl["types"]), "local treatment type")
    if pl["status"] in ("absent", "unknown"):
        need(not pl["types"], "prior local absent/unknown with types")
    if pl["status"] == "present":
        need(pl["types"], "prior local present without type")
    meds = g["currentMedications"]
    for c in meds["atc"]:
        need(c in atc, f"ATC {c} not in atc-reference.tsv")
        need(any(fold(n) in ft for n in atc[c]), f"no name of {c} ({atc[c]}) in letter")
    if meds["status"] != "present":
        need(not meds["atc"], "current medications not present but codes")
    for name, prefixes in AGENT_PREFIX.items():
        sec = g[name]
        for c in sec["atc"]:
            need(c in atc, f"{name} ATC {c} not in reference")
            need(c.startswith(prefixes), f"{name} ATC {c} outside the section's classes")
            need(any(fold(n) in ft for n in atc[c]), f"no name of {c} in letter")
        if sec["status"] in ("absent", "unknown"):
            need(not sec["atc"], f"{name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            need(set(sec["atc"]) <= set(meds["atc"]), f"{name} agents missing from currentMedications")
        if sec["status"] == "uncertain":
            need(not set(sec["atc"]) & set(meds["atc"]), f"{name} doubtful agent listed as current medication")
    for c in meds["atc"]:
        for name, prefixes in AGENT_PREFIX.items():
            if c.startswith(prefixes):
                need(g[name]["status"] in ("present", "conflicting") and c in g[name]["atc"],
                     f"current {c} not reflected in {name}")
    pr = g["prognosis"]
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and pr.get("kps") is None, "prognosis unknown with values")
    if pr.get("ecog") is not None:
        need(pr["ecog"] in range(6), "ecog range")
        need(pr.get("kps") is None, "both ecog and kps")
    if pr.get("kps") is not None:
        need(pr["kps"] in range(0, 101, 10), "kps range")
    tp = g["therapeuticProject"]
    need(tp["intent"] in INTENT | {None}, "intent code")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "intent without project")
    words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support exclusifs"}
    if tp["intent"]:
        need(words[tp["intent"]] in ft, "intent word absent from letter")
    need(g["gaps"] == derive_gaps(g), "gaps")
    for gi, kind in g["gaps"]:
        need(gi in ITEMS9 and kind in ("missing", "uncertain", "conflicting", "incomplete"), "gap item/kind")
    need(set(g) == {"id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
                    "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation", "antiplatelets",
                    "prognosis", "therapeuticProject", "gaps"}, "keys")


def docx_blocks(text):
    blocks = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if line.startswith("## "):
            blocks.append(("h", line[3:]))
        elif line.startswith("**"):
            blocks.append(("b", line[2:]))
        elif line.startswith("|"):
            row = line[1:].split("|")
            if blocks and blocks[-1][0] == "t":
                blocks[-1][1].append(row)
            else:
                blocks.append(("t", [row]))
        else:
            blocks.append(("p", line))
    return blocks


def plain(text):
    return "\n".join(l[3:] if l.startswith("## ") else l[2:] if l.startswith("**") else
                     "  ".join(l[1:].split("|")) if l.startswith("|") else l for l in text.split("\n"))


def main():
    atc = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids) or len(ids) != 12:
        fail("ids")
    golds = {}
    for L in LETTERS:
        g = build_gold(L)
        L["plain"] = plain(L["text"]) if L["fmt"] == "docx" else L["text"]
        check(dict(L, text=L["plain"]), g, atc)
        if L["fmt"] == "txt" and L.get("encoding") == "cp1252":
            L["plain"].encode("cp1252")
        if L["fmt"] == "pdf":
            L["plain"].encode("cp1252")
        golds[L["id"]] = g
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for L in LETTERS:
        stem = L["id"]
        if L["fmt"] == "pdf":
            write_pdf(HERE / "letters" / f"{stem}.pdf", L["text"], title=f"Demande RCP {stem}",
                      bold_prefixes=L.get("bold", ()))
        elif L["fmt"] == "docx":
            write_docx(HERE / "letters" / f"{stem}.docx", docx_blocks(L["text"]))
        else:
            data = L["text"].replace("\n", L["newline"]).encode(L["encoding"])
            (HERE / "letters" / f"{stem}.txt").write_bytes(data)
        (HERE / "gold" / f"{stem}.json").write_text(
            json.dumps(golds[stem], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"ok: {len(LETTERS)} letters and golds written to {HERE}")


if __name__ == "__main__":
    main()
