#!/usr/bin/env python3
"""corpus46: 12 blind referral letters (Lille area, one ordinary month) and their gold.

Run from /work/main:  .venv/bin/python tests/corpus46/make_letters.py
Checks every gold against the contract (spec/rcp-request.md) and exits with
"CONTRACT VIOLATION: ..." on failure; then writes letters/ and gold/
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

NINE = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
        "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIORESULTS = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PAINTYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCALTYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
SECTION_PREFIX = {"boneTargetedTherapy": ("M05BA", "M05BX04"),
                  "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
                  "antiplatelets": ("B01AC",)}


def fail(msg: str):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc():
    rows = {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        f = line.split("\t")
        names = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
        rows[f[0]] = [n.strip() for n in names if n.strip()]
    return rows


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace("\u2019", "'")


def age_at(birth: dt.date, when: dt.date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def derive_gaps(g: dict) -> list:
    """The spec's gap rule, applied to gold values (antiplatelets never gets a gap)."""
    gaps = []
    kind = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in NINE:
        sec = g[item]
        st = sec["status"]
        if st in kind:
            gaps.append([item, kind[st]])
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


# ---------------------------------------------------------------- letters
L = []


def letter(**kw):
    L.append(kw)


# zt01 -- regional cancer centre, medical oncologist, long polite, text PDF
letter(id="zt01", fmt="pdf", date=dt.date(2025, 3, 4), birth=dt.date(1961, 6, 17), stated_age=None,
       author="Medical oncologist, regional cancer centre",
       text="""CENTRE RÉGIONAL DE CANCÉROLOGIE JEAN-BAPTISTE LESTIBOUDOIS
Département d'Oncologie Médicale – Unité Sein
3 allée des Tisserands – 59037 Lille-Fives Cedex – Secrétariat : 03 20 61 48 27

Dr Hélène VANDERBEKEN
Oncologue médicale

à l'attention du Dr Philippe Moreel-Dutoit
Coordonnateur de la RCP « Métastases osseuses »

Lille, le 4 mars 2025

Objet : Mme Véronique DELCOURT, née le 17/06/1961 – demande d'avis RCP métastases osseuses

Cher Confrère,

Je me permets de vous adresser, pour discussion lors de votre prochaine réunion de concertation pluridisciplinaire consacrée aux métastases osseuses, Madame Véronique Delcourt, que je suis depuis 2019 pour un carcinome canalaire infiltrant du sein gauche, et je vous remercie par avance de l'attention que vous voudrez bien porter à son dossier.

Antécédents : hypothyroïdie substituée, cholécystectomie en 2008. Pas d'antécédent thrombo-embolique. Sur le plan familial, sa mère est décédée d'un cancer de l'ovaire à 72 ans.

Histoire oncologique : le diagnostic a été porté en septembre 2019 (pT2 N1a, grade II de Elston-Ellis, RE 90 %, RP 40 %, HER2 score 1+ non amplifié). Elle a bénéficié d'une tumorectomie avec curage axillaire, d'une chimiothérapie adjuvante séquentielle EC puis paclitaxel hebdomadaire, d'une radiothérapie mammaire et ganglionnaire, puis d'une hormonothérapie adjuvante par anastrozole, interrompue en juin 2024 pour arthralgies.

En octobre 2024, le scanner thoraco-abdomino-pelvien de surveillance a mis en évidence des lésions ostéolytiques de l'aile iliaque droite et de L3, confirmées par la TEP-FDG du 28/10/2024, sans atteinte viscérale. La biopsie osseuse du 12/11/2024 a confirmé une localisation secondaire du carcinome mammaire, RE 80 %, RP 10 %, HER2 score 0.

Depuis le 2 décembre 2024, elle reçoit en première ligne métastatique l'association létrozole 2,5 mg/j et ribociclib (Kisqali) 600 mg/j trois semaines sur quatre, bien tolérée en dehors d'une neutropénie de grade 2. Un traitement par dénosumab (Xgeva 120 mg SC toutes les 4 semaines) a été débuté le 5 décembre 2024 après bilan bucco-dentaire, avec une supplémentation par Cacit D3.

Elle a reçu une radiothérapie antalgique de L3 (20 Gy en 5 fractions, terminée le 20/12/2024), avec une bonne efficacité sur les lombalgies.

Sur le plan douloureux, elle décrit actuellement une douleur de la fesse droite à la marche et à la montée des escaliers, cotée à 4/10 en EN, sans réveil nocturne. Elle prend du paracétamol (Doliprane 1 g trois fois par jour) et du tramadol LP 100 mg matin et soir.

Autres traitements : Levothyrox 75 µg/j, Inexium 20 mg/j. Elle ne reçoit aucun traitement anticoagulant.

L'état général est conservé, OMS 1, poids stable.

Question posée à la RCP : compte tenu de la persistance de douleurs mécaniques et d'un risque fracturaire que j'estime non négligeable (score de Mirels à 8), une radiothérapie de l'aile iliaque droite ou une cimentoplastie vous paraissent-elles indiquées ? Le traitement systémique, dans ce contexte palliatif, serait bien entendu poursuivi.

Je reste à votre disposition pour tout renseignement complémentaire et vous prie de croire, Cher Confrère, à l'assurance de mes sentiments les meilleurs.

Dr H. Vanderbeken
""",
       gold=dict(
           sex="F",
           primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                             biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
           boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
           pain=dict(status="present", types=["mechanical"], intensity=4),
           currentMedications=dict(status="present", atc=["L02BG04", "L01EF02", "M05BX04", "A12AX", "N02BE01", "N02AX02", "H03AA01", "A02BC05"]),
           priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
           boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
           anticoagulation=dict(status="absent", atc=[]),
           antiplatelets=dict(status="unknown", atc=[]),
           prognosis=dict(status="present", ecog=1),
           therapeuticProject=dict(status="present", intent="palliative")),
       not_current={"L01CD01": "adjuvant paclitaxel, past", "L02BG03": "anastrozole stopped June 2024",
                    "A12AA04": "'Cacit' only as part of Cacit D3 (A12AX)"},
       tricky="age from birth date only; anastrozole and adjuvant paclitaxel stopped; breast irradiation not a bone treatment; 'sans réveil nocturne' denies nocturnal type; 'aucun traitement anticoagulant'; nothing on antiplatelets")

# zt02 -- GP, hurried TXT
letter(id="zt02", fmt="txt", date=dt.date(2025, 3, 6), birth=None, stated_age=74,
       author="General practitioner, hurried note",
       text="""Dr Bruno WATTEBLED
Médecine générale
12 rue du Moulin-Rouge - 59134 Verlinghem-sur-Deûle
Tél 03 20 08 71 36

Le 06/03/2025

Cher confrère,

Je t'adresse M. Gérard DUFOSSEZ, 74 ans, pour avis de la RCP MO.

ATCD : HTA, DT2 sous ADO, IDM en 2017 (stent IVA), BPCO stade 2 (ex-tabac 40 PA), cholécystectomie. Père décédé d'un K du poumon.
TTT : Kardégic 75 1/j, Glucophage 1000 x2, Triatec 5 mg, Tahor 40, Doliprane 1g x3/j, Topalgic 50 x2 depuis 15j (peu efficace).

HDM : lombalgies d'horaire inflammatoire depuis début janvier avec réveils nocturnes, EN 6/10 ce jour. AEG avec -5 kg en 2 mois, asthénie. Pas de déficit moteur, pas de trouble sphinctérien. RAS par ailleurs à l'examen, TR : prostate dure, irrégulière.
Bio du 20/02 : PSA 148 ng/mL (!), Ca corrigée 2,41, créat 98, PAL 412.
TDM TAP du 27/02 : multiples lésions ostéocondensantes rachis, bassin et côtes, prostate hétérogène, pas de lésion viscérale secondaire. Scinti os demandée.

=> très probable néoplasie prostatique métastatique osseuse, RDV en urologie (Dr Ghesquière) le 13/03 pour biopsies.

Pas de ttt anticoagulant. Jamais irradié.

Merci de ton avis sur la prise en charge de la douleur et sur l'intérêt d'un ttt local.
Confraternellement,

B. Wattebled
""",
       gold=dict(
           sex="M",
           primaryTumor=dict(status="uncertain", site="prostate", histology=None, biomarkers={"PSA": "positive"}),
           boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
           pain=dict(status="present", types=["inflammatory", "nocturnal"], intensity=6),
           currentMedications=dict(status="present", atc=["B01AC06", "A10BA02", "C09AA05", "C10AA05", "N02BE01", "N02AX02"]),
           priorLocalTreatments=dict(status="absent", types=[]),
           boneTargetedTherapy=dict(status="unknown", atc=[]),
           anticoagulation=dict(status="absent", atc=[]),
           antiplatelets=dict(status="present", atc=["B01AC06"]),
           prognosis=dict(status="unknown"),
           therapeuticProject=dict(status="unknown", intent=None)),
       not_current={},
       tricky="primary only 'très probable' (biopsies pending, no histology); PSA above normal; AEG is not a performance status; no oncological treatment yet; 'Jamais irradié'")

# zt03 -- pneumologist, general hospital, text PDF
letter(id="zt03", fmt="pdf", date=dt.date(2025, 3, 10), birth=None, stated_age=58,
       author="Pneumologist (thoracic oncology), general hospital",
       text="""CENTRE HOSPITALIER DE MERVILLE-EN-FLANDRE
Service de Pneumologie et Oncologie thoracique
Dr Antoine DESMETTRE – Tél. secrétariat 03 28 42 17 90

Merville-en-Flandre, le 10/03/2025

Objet : demande d'avis RCP Métastases osseuses
Patiente : Mme Sylvie CARON, 58 ans

Cher confrère,

Je vous adresse Mme Caron, 58 ans, suivie pour un adénocarcinome pulmonaire du lobe inférieur droit diagnostiqué en juillet 2023, stade IV d'emblée en raison d'un épanchement pleural métastatique. Biologie moléculaire : EGFR muté (délétion de l'exon 19), ALK et ROS1 non réarrangés, PD-L1 10 %.
Elle est traitée par osimertinib (Tagrisso 80 mg/j) depuis août 2023, avec réponse partielle puis stabilité prolongée.

Le 14/01/2025, survenue d'une fracture pathologique de la diaphyse humérale droite lors d'un effort minime (port d'un sac de courses), sur une lésion lytique jusque-là non connue. Enclouage centromédullaire le 16/01/2025 à la Clinique du Pévèle (Dr Lecomte). Le TEP-scanner de réévaluation retrouve deux autres lésions osseuses, T9 (avec discrète épidurite, sans signe neurologique) et aile iliaque gauche.
Pas de radiothérapie post-opératoire réalisée à ce jour.

Douleurs : épaule droite à la mobilisation, et douleurs dorsales plus récentes avec quelques décharges électriques en ceinture ; EN globale à 4/10.
Traitement actuel : Tagrisso 80 mg/j, Oxycontin 10 mg matin et soir, Doliprane 1 g x 4/j, Mopral 20 mg/j.
Elle a reçu du Lovenox 4000 UI/j en prévention pendant six semaines après la chirurgie, terminé le 28/02/2025. Pas d'antiagrégant plaquettaire.
Un traitement par dénosumab (Xgeva) est prévu, le bilan dentaire est programmé le 20/03.

PS 1. Vit avec son mari, travaille à mi-temps.

Questions : radiothérapie de l'humérus opéré ? prise en charge de la lésion T9 (radiothérapie stéréotaxique ?) ; poursuite du Tagrisso.

Bien confraternellement,
Dr A. Desmettre
""",
       gold=dict(
           sex="F",
           primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma",
                             biomarkers={"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
           boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
           pain=dict(status="present", types=["mechanical", "neuropathic"], intensity=4),
           currentMedications=dict(status="present", atc=["L01EB04", "N02AA05", "N02BE01", "A02BC01"]),
           priorLocalTreatments=dict(status="present", types=["surgery"]),
           boneTargetedTherapy=dict(status="unknown", atc=[]),
           anticoagulation=dict(status="absent", atc=[]),
           antiplatelets=dict(status="absent", atc=[]),
           prognosis=dict(status="present", ecog=1),
           therapeuticProject=dict(status="present", intent=None)),
       not_current={"B01AB05": "Lovenox stopped 28/02/2025", "M05BX04": "Xgeva only planned"},
       tricky="bone disease revealed by a fracture 18 months after a stage IV (pleural) diagnosis; Lovenox finished before the letter (absent); Xgeva planned only; no intent word")

# zt04 -- DOCX form, private clinic radiation oncology
letter(id="zt04", fmt="docx", date=dt.date(2025, 3, 12), birth=dt.date(1956, 3, 2), stated_age=None,
       author="Radiation oncologist, private clinic (RCP form, DOCX)",
       form=[
           ("Établissement demandeur", "Clinique Saint-Vaast des Dunes – Service de radiothérapie – 59210 Coudekerque-Plage"),
           ("Médecin demandeur", "Dr Camille VERHAEGHE, oncologue radiothérapeute – Tél. 03 28 59 40 12"),
           ("Date de la demande", "12/03/2025"),
           ("Patient", "M. Jean-Luc BAILLEUL, né le 02/03/1956"),
           ("Sexe", "☒ M   ☐ F"),
           ("Tumeur primitive", "Rein gauche – carcinome à cellules claires (néphrectomie élargie 2021, pT3a N0, grade ISUP 3)"),
           ("Biomarqueurs", "Sans objet"),
           ("Traitements oncologiques antérieurs", "1re ligne métastatique : sunitinib (Sutent) de 01/2022 à 03/2024, arrêté pour progression"),
           ("Circonstances de découverte des métastases osseuses",
            "☐ Douleur   ☐ Fracture   ☐ Compression médullaire   ☐ Hypercalcémie   ☒ Imagerie de suivi   ☐ Découverte fortuite"),
           ("Date de découverte", "mars 2024 (TDM de suivi : lésion lytique T11)"),
           ("Douleur", "☒ Oui   ☐ Non      EN : 3/10"),
           ("Type de douleur", "☒ Mécanique   ☐ Nocturne   ☐ Neuropathique   ☐ Inflammatoire"),
           ("Traitements en cours", "Cabometyx 40 mg/j (depuis 04/2024)\nXarelto 20 mg/j (TVP poplitée G en 12/2024)\nDetensiel 5 mg/j\nDoliprane 1 g x 3/j"),
           ("Anticoagulant", "☒ Oui   ☐ Non      Lequel : rivaroxaban"),
           ("Antiagrégant plaquettaire", "☐ Oui   ☒ Non"),
           ("Traitement osseux (bisphosphonate / dénosumab)", "☐ Oui   ☒ Non"),
           ("Traitements locaux antérieurs des lésions osseuses",
            "☒ Radiothérapie (SBRT T11, 27 Gy / 3 fr., juin 2024)   ☐ Chirurgie   ☐ Cimentoplastie   ☐ Thermoablation"),
           ("Performance status (OMS)", "1"),
           ("Projet thérapeutique", "☐ Curatif   ☒ Palliatif   ☐ Soins de support exclusifs\nPoursuite du cabozantinib"),
           ("Question posée", "Nouvelle lésion lytique du cotyle gauche (25 mm), douloureuse à l'appui : SBRT ou cimentoplastie acétabulaire ?"),
       ],
       gold=dict(
           sex="M",
           primaryTumor=dict(status="present", site="kidney", histology="clear_cell_carcinoma", biomarkers={}),
           boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
           pain=dict(status="present", types=["mechanical"], intensity=3),
           currentMedications=dict(status="present", atc=["L01EX07", "B01AF01", "C07AB07", "N02BE01"]),
           priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
           boneTargetedTherapy=dict(status="absent", atc=[]),
           anticoagulation=dict(status="present", atc=["B01AF01"]),
           antiplatelets=dict(status="absent", atc=[]),
           prognosis=dict(status="present", ecog=1),
           therapeuticProject=dict(status="present", intent="palliative")),
       not_current={"L01EX01": "sunitinib stopped 03/2024", "M05BX04": "'dénosumab' only in the form's label, box 'Non' ticked"},
       tricky="checkbox form in a table; age from birth date (birthday ten days before); unticked options must not be read; anticoagulant given by DCI in the box and by brand in the list; sunitinib stopped")

# zt05 -- medical oncologist, general hospital, hurried TXT
letter(id="zt05", fmt="txt", date=dt.date(2025, 3, 13), birth=None, stated_age=61,
       author="Medical oncologist, general hospital, telegraphic note",
       text="""CH de l'Artois-Minier - Service d'oncologie médicale
Dr Sophie Lamarcq - 03 21 64 55 09

13/03/25
Objet : RCP MO - M. Rachid BENHAMMOU, 61 ans

Résumé :
- K bronchique épidermoïde LSG cT3N2M1c, dg 11/2024. PD-L1 5 %. Pas de biologie moléculaire (épidermoïde, ex-fumeur 45 PA).
- Révélation : compression médullaire T6 le 18/11/2024 (paraparésie, Frankel C) -> laminectomie décompressive + ostéosynthèse T4-T8 le 19/11/24 (neurochir CHU), puis RT complémentaire 20 Gy/5 fr terminée le 10/12/24. Récupération partielle, marche avec déambulateur.
- Carboplatine-paclitaxel-pembrolizumab depuis le 20/12/24 en situation palliative. C3 le 14/02, C4 reportée au 14/03 (neutropénie). Ensuite maintenance pembrolizumab.
- TDM TAP 03/25 : RP pulmonaire, rachis stable, nouvelle lésion lytique du cotyle D.

Douleurs : radiculalgie en ceinture T6 persistante, à type de brûlures, DN4 6/10 ; hanche D douloureuse à l'appui depuis 3 semaines. EN 4 ce jour. Pas de douleur nocturne.

TTT : Skenan LP 30 mg x2, Actiskenan 10 mg si besoin, Lyrica 75 x2, Dectancyl 2 mg/j (décroissance en cours), Inexium 40, Movicol 1 sachet/j.
ATCD : EP en 2019 sous Préviscan, arrêté en 2020, plus d'anticoagulant depuis. Pas d'antiagrégant. HTA non traitée. Appendicectomie.
Os : Zometa ?? le patient dit avoir eu "une perfusion pour les os tous les mois" en HDJ au CHU, à vérifier avec le Dr Fontaine.

PS 2.

Question : RT antalgique cotyle D ? avis chirurgical (risque fracturaire) ?

Dr S. Lamarcq
""",
       gold=dict(
           sex="M",
           primaryTumor=dict(status="present", site="lung", histology="squamous_cell_carcinoma", biomarkers={"PD-L1": "positive"}),
           boneDiagnosis=dict(status="present", circumstances=["neurological_deficit"], dated=True),
           pain=dict(status="present", types=["neuropathic", "mechanical"], intensity=4),
           currentMedications=dict(status="present", atc=["L01XA02", "L01CD01", "L01FF02", "N02AA01", "N03AX16", "H02AB02", "A02BC05", "A06AD65"]),
           priorLocalTreatments=dict(status="present", types=["surgery", "radiotherapy"]),
           boneTargetedTherapy=dict(status="uncertain", atc=["M05BA08"]),
           anticoagulation=dict(status="absent", atc=[]),
           antiplatelets=dict(status="absent", atc=[]),
           prognosis=dict(status="present", ecog=2),
           therapeuticProject=dict(status="present", intent="palliative")),
       not_current={"B01AA12": "Préviscan stopped in 2020", "M05BA08": "Zometa named only with doubt"},
       tricky="cord compression as circumstance; surgery plus RT; chemo-immunotherapy cycles current; 'Pas de douleur nocturne'; old AVK stopped; 'Zometa ??... à vérifier' is uncertain with agent and stays out of the drug list; EGFR/ALK not tested")

# zt06 -- GP, very polite and long, text PDF
letter(id="zt06", fmt="pdf", date=dt.date(2025, 3, 17), birth=dt.date(1947, 3, 18), stated_age=None,
       author="General practitioner, long and very polite",
       text="""Docteur Marie-Christine LEMAIRE-VASSEUR
Médecine générale – Ostéopathie
4 place de l'Église – 59283 Saint-Amand-sur-Lys
Tél. : 03 20 77 29 64

Saint-Amand-sur-Lys, le 17 mars 2025

Madame, Monsieur et chers Confrères de la RCP « Métastases osseuses »,

Permettez-moi de vous adresser Madame Jacqueline DEHAENE, née le 18 mars 1947, que je suis depuis de très nombreuses années et dont la situation me préoccupe beaucoup ces dernières semaines. Je me permets de vous résumer son histoire aussi complètement que possible.

Madame Dehaene a présenté en 2012 un carcinome lobulaire infiltrant du sein droit, traité par tumorectomie, radiothérapie du sein et tamoxifène pendant cinq ans, arrêté en 2017. Elle était depuis considérée comme en rémission. Elle présente par ailleurs une ostéoporose fracturaire (fracture du poignet en 2019), pour laquelle elle reçoit du Prolia 60 mg tous les six mois depuis 2020, la dernière injection ayant été faite en janvier 2025, ainsi qu'une hypothyroïdie et une hypercholestérolémie. Sur le plan familial, sa mère a eu un cancer du sein à 70 ans et sa sœur un cancer du côlon.

Depuis décembre 2024, elle se plaint de douleurs dorsales d'horaire inflammatoire, avec un dérouillage matinal d'une demi-heure et des réveils nocturnes. Devant la persistance des douleurs, j'ai fait réaliser une IRM du rachis le 03/02/2025 qui a montré des lésions suspectes de T7 et T10 ; la TEP-TDM a retrouvé de multiples fixations osseuses (rachis, bassin, côtes), sans atteinte viscérale. La biopsie de T10 réalisée le 27/02/2025 a conclu à une métastase d'un carcinome lobulaire, RE positifs à 90 %, RP négatifs, HER2 négatif.

Son oncologue, le Docteur Gaëlle Stienne, du Centre d'Oncologie de la Lys, a débuté le 10 mars une association de létrozole (Femara) et d'abémaciclib (Verzenios).

Les douleurs, cotées à 6/10 en décembre, sont aujourd'hui à 3/10 sous Ixprim, un comprimé trois fois par jour.

Son traitement actuel comprend donc : Femara 2,5 mg/j, Verzenios 150 mg x 2/j, Prolia 60 mg tous les 6 mois, Ixprim 1 cp x 3/j, Levothyrox 50 µg, Tahor 10 mg, Orocal D3 1 cp/j et Imovane 7,5 mg le soir. Elle ne prend ni anticoagulant ni antiagrégant plaquettaire. Aucun geste local (radiothérapie, chirurgie, cimentoplastie) n'a été réalisé sur les lésions osseuses.

Elle reste très autonome, vit seule et jardine encore ; son oncologue la considère OMS 1.

Je souhaiterais savoir s'il y a lieu d'envisager une radiothérapie ou une cimentoplastie des lésions vertébrales, et si le Prolia doit être remplacé par du Xgeva à dose oncologique.

En vous remerciant très sincèrement pour l'attention que vous porterez à ma patiente, je vous prie d'agréer, Madame, Monsieur et chers Confrères, l'expression de mes sentiments confraternels les plus dévoués.

Dr M.-C. Lemaire-Vasseur
""",
       gold=dict(
           sex="F",
           primaryTumor=dict(status="present", site="breast", histology="invasive_lobular_carcinoma",
                             biomarkers={"ER": "positive", "PR": "negative", "HER2": "negative"}),
           boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
           pain=dict(status="present", types=["inflammatory", "nocturnal"], intensity=3),
           currentMedications=dict(status="present", atc=["L02BG04", "L01EF03", "M05BX04", "N02AX02", "H03AA01", "C10AA05", "A12AX", "N05CF01"]),
           priorLocalTreatments=dict(status="absent", types=[]),
           boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
           anticoagulation=dict(status="absent", atc=[]),
           antiplatelets=dict(status="absent", atc=[]),
           prognosis=dict(status="present", ecog=1),
           therapeuticProject=dict(status="present", intent=None)),
       not_current={"L02BA01": "tamoxifen stopped 2017"},
       tricky="age from birth date, letter the day before the 78th birthday (77); Prolia for osteoporosis counts as bone therapy; two pain scores (current 3); tamoxifen stopped; family history; breast RT not a bone treatment; Xgeva mentioned only as a question")

# zt07 -- orthopaedic surgeon, private clinic, text PDF
letter(id="zt07", fmt="pdf", date=dt.date(2025, 3, 18), birth=None, stated_age=71,
       author="Orthopaedic surgeon, private clinic, post-operative letter",
       text="""POLYCLINIQUE DU VAL-DE-MARQUE
Chirurgie orthopédique et traumatologique
Dr Olivier DELANNOY – RPPS 10101234567 – Secrétariat 03 20 45 98 31

Le 18/03/2025

Cher Confrère,

J'ai revu en consultation ce jour Mme Monique VANDAMME, 71 ans, à 6 semaines de sa prothèse totale de hanche gauche cimentée posée le 05/02/2025 pour une fracture pathologique du col fémoral gauche survenue le 02/02/2025 lors d'un simple passage assis-debout, sur une lésion lytique.
L'anatomopathologie de la tête fémorale retrouve une métastase d'un carcinome vésiculaire d'origine thyroïdienne (TTF1+, thyroglobuline+). Pour mémoire, thyroïdectomie totale en 2016 pour un "nodule" dont je n'ai pas le compte-rendu.

Suites simples. La patiente est indolore, marche avec une canne, cicatrice propre. Le Doliprane a pu être arrêté.
Radios de contrôle satisfaisantes. Le scanner post-op montre une deuxième lésion lytique du fût fémoral gauche sous la tige, et une lésion de l'ischion droit.

TTT : Innohep 4500 UI/j jusqu'au 20/03/2025, Kardégic 75 mg repris à J2 (coronarienne), Levothyrox 125 µg, Inipomp 20 mg.
Pas de radiothérapie post-opératoire réalisée.

Je vous l'adresse pour discussion d'une radiothérapie complémentaire du fût fémoral et de la prise en charge oncologique (irathérapie ?). Elle a RDV avec le Dr Hennebelle, endocrinologue, le 02/04.

Bien confraternellemnt,
Dr O. Delannoy
""",
       gold=dict(
           sex="F",
           primaryTumor=dict(status="present", site="thyroid", histology="other", biomarkers={}),
           boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
           pain=dict(status="absent", types=[], intensity=None),
           currentMedications=dict(status="present", atc=["B01AB10", "B01AC06", "H03AA01", "A02BC02"]),
           priorLocalTreatments=dict(status="present", types=["surgery"]),
           boneTargetedTherapy=dict(status="unknown", atc=[]),
           anticoagulation=dict(status="present", atc=["B01AB10"]),
           antiplatelets=dict(status="present", atc=["B01AC06"]),
           prognosis=dict(status="unknown"),
           therapeuticProject=dict(status="unknown", intent=None)),
       not_current={"N02BE01": "Doliprane stopped"},
       tricky="follicular thyroid carcinoma (histology 'other'); arthroplasty is a prior bone surgery; 'indolore'; Innohep still current (ends two days after the letter); Kardégic resumed; Doliprane stopped; iratherapy only a question; no prognosis")

# zt08 -- urologist, private clinic, TXT
letter(id="zt08", fmt="txt", date=dt.date(2025, 3, 19), birth=None, stated_age=79,
       author="Urologist, private clinic",
       text="""CLINIQUE UROLOGIQUE DU BEFFROI
Dr Thierry COUSSEMACQ - Urologue
Tél : 03 27 18 64 02

19 mars 2025

Cher confrère,

Je vous adresse M. Roger DESWARTE, 79 ans, pour la RCP métastases osseuses.

Adénocarcinome prostatique Gleason 8 (4+4), ISUP 4, diagnostiqué en novembre 2024 (biopsies écho-guidées, PSA 212 ng/ml). Bilan d'extension (scintigraphie osseuse + TDM TAP de novembre 2024) : 5 lésions osseuses (bassin, L4, deux côtes), pas d'atteinte viscérale. Maladie hormonosensible de faible volume.
Traitement en cours : Décapeptyl LP 22,5 mg tous les 6 mois (1re injection le 02/12/2024) + darolutamide (Nubeqa) 600 mg x 2/j depuis janvier. PSA à 9,4 ng/ml le 10/03/2025.

ATCD : ACFA sous Eliquis 5 mg x 2, HTA, insuffisance cardiaque à FEVG préservée, cataracte opérée.
Autres TTT : Cardensiel 2,5 mg, Lasilix 40 mg.

Pas de douleur osseuse. Jamais de RT, pas de chirurgie.
Pas de Xgeva pour l'instant (soins dentaires en cours).
OMS 0.

Fiche RCP :
Anticoagulant : non
Antiagrégant : non

Question : intérêt d'une radiothérapie des sites métastatiques (maladie oligométastatique) ?

Bien cordialement,
Dr Coussemacq
""",
       gold=dict(
           sex="M",
           primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma", biomarkers={"PSA": "positive"}),
           boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
           pain=dict(status="absent", types=[], intensity=None),
           currentMedications=dict(status="present", atc=["L02AE04", "L02BB06", "B01AF02", "C07AB07", "C03CA01"]),
           priorLocalTreatments=dict(status="absent", types=[]),
           boneTargetedTherapy=dict(status="absent", atc=[]),
           anticoagulation=dict(status="conflicting", atc=["B01AF02"]),
           antiplatelets=dict(status="absent", atc=[]),
           prognosis=dict(status="present", ecog=0),
           therapeuticProject=dict(status="present", intent=None)),
       not_current={"M05BX04": "'Pas de Xgeva pour l'instant'"},
       tricky="Eliquis in the history while the RCP sheet says 'Anticoagulant : non' (conflicting, Eliquis kept); two PSA values both above normal; 'Pas de Xgeva pour l'instant' is an explicit denial; 'Jamais de RT, pas de chirurgie'")

# zt09 -- digestive oncologist, regional cancer centre, text PDF
letter(id="zt09", fmt="pdf", date=dt.date(2025, 3, 20), birth=dt.date(1958, 11, 30), stated_age=None,
       author="Digestive medical oncologist, regional cancer centre",
       text="""CENTRE RÉGIONAL DE CANCÉROLOGIE JEAN-BAPTISTE LESTIBOUDOIS
Département de Cancérologie digestive
3 allée des Tisserands – 59037 Lille-Fives Cedex – Tél. 03 20 61 48 52

Dr Mathieu DUPRIEZ – Oncologue médical

Lille, le 20 mars 2025

Cher Confrère,

Je vous remercie de bien vouloir discuter en RCP métastases osseuses le dossier de Monsieur Didier HOCHART, né le 30/11/1958.

Il s'agit d'un patient suivi pour un adénocarcinome du côlon sigmoïde, KRAS muté (G12D), BRAF non muté, MSS, diagnostiqué en mai 2022 avec des métastases hépatiques synchrones. Il a bénéficié d'une sigmoïdectomie puis d'une chimiothérapie par FOLFOX-bévacizumab, suivie d'une hépatectomie droite en 2023. Après une récidive hépatique en 2024, il a reçu du FOLFIRI-bévacizumab et est, depuis octobre 2024, en maintenance par capécitabine (Xeloda) et bévacizumab, dans un cadre palliatif.

Les lésions osseuses ont été découvertes de façon fortuite sur un uroscanner réalisé aux urgences pour une colique néphrétique le 03/01/2025 : lésion lytique de l'aile iliaque gauche et de T12, sans recul du mur postérieur. Le TEP-TDM du 15/01/2025 ne retrouve pas d'autre localisation osseuse ; le foie est stable.

Depuis le 27/01/2025, il reçoit de l'acide zolédronique (Zometa 4 mg) toutes les 4 semaines. Aucune lésion osseuse n'a été traitée localement.

Sur le plan fonctionnel, il signale une douleur costale droite modérée, EN 2/10, sans horaire mécanique ni réveil nocturne. Il ne prend pas d'antalgique.

Antécédents : coronaropathie stentée en 2018, sous Aspirine Protect 100 mg ; HTA ; dyslipidémie. Pas d'anticoagulant. Son frère a été traité pour un cancer de la prostate.
Traitement habituel : Xeloda 1000 mg/m² J1-J14 (bévacizumab toutes les 3 semaines), Zometa, Aspirine Protect 100 mg, Tahor 20 mg, Triatec 2,5 mg.

État général excellent, OMS 0.

Question : place d'une radiothérapie stéréotaxique de T12 et de l'aile iliaque, en particulier au regard du risque fracturaire iliaque ?

Avec mes remerciements, je vous prie de croire, Cher Confrère, en mes sentiments les meilleurs.

Dr M. Dupriez
""",
       gold=dict(
           sex="M",
           primaryTumor=dict(status="present", site="colorectal", histology="adenocarcinoma", biomarkers={"KRAS": "positive", "BRAF": "negative"}),
           boneDiagnosis=dict(status="present", circumstances=["incidental_imaging"], dated=True),
           pain=dict(status="present", types=[], intensity=2),
           currentMedications=dict(status="present", atc=["L01BC06", "M05BA08", "B01AC06", "C10AA05", "C09AA05"]),
           priorLocalTreatments=dict(status="absent", types=[]),
           boneTargetedTherapy=dict(status="present", atc=["M05BA08"]),
           anticoagulation=dict(status="absent", atc=[]),
           antiplatelets=dict(status="present", atc=["B01AC06"]),
           prognosis=dict(status="present", ecog=0),
           therapeuticProject=dict(status="present", intent="palliative")),
       not_current={},
       tricky="age from birth date (66); incidental discovery on an uroscanner for renal colic; pain with both types denied (no type, incomplete gap); Aspirine Protect as antiplatelet; bevacizumab and FOLFOX/FOLFIRI drugs outside the table; brother's prostate cancer")

# zt10 -- GP, short, supportive care, text PDF
letter(id="zt10", fmt="pdf", date=dt.date(2025, 3, 21), birth=None, stated_age=83,
       author="General practitioner, short letter, supportive care",
       text="""Dr Jean-Pierre CATTEAU
Médecin généraliste
7 rue des Tilleuls – 59852 Nieppe-Hameau – 03 20 48 12 75

Le 21/03/2025

Cher ami,

Je te confie M. Marcel RAMERY, 83 ans, suivi pour un carcinome épidermoïde bronchique du LID, métastatique osseux d'emblée (TEP du bilan initial, mars 2024). Après RCP thoracique : soins de support exclusifs (refus de la chimio, IRC stade 4, cardiopathie ischémique).
Déjà irradié sur L2-L3 en avril 2024 (8 Gy), bon effet.

Depuis 3 semaines, douleur de hanche G à la marche et la nuit, EVA 7.
TTT : Durogesic 25 µg/h, Actiskenan 5 mg si besoin (4-5/j), Doliprane 1 g x 3, Solupred 20 mg, Forlax, Xanax 0,25 le soir, Lovenox 4000 (alitement), Kardégic 75.
Pas de bisphosphonate ni de Xgeva vu la clairance à 22 ml/min.

OMS 3, vit chez sa fille. Espérance de vie que j'estime à quelques mois.

Une RT antalgique de la hanche en une séance est-elle possible ? Je crains une fracture (lyse du col à la radio).

Amitiés,
JP Catteau
""",
       gold=dict(
           sex="M",
           primaryTumor=dict(status="present", site="lung", histology="squamous_cell_carcinoma", biomarkers={}),
           boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
           pain=dict(status="present", types=["mechanical", "nocturnal"], intensity=7),
           currentMedications=dict(status="present", atc=["N02AB03", "N02AA01", "N02BE01", "H02AB06", "A06AD15", "N05BA12", "B01AB05", "B01AC06"]),
           priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
           boneTargetedTherapy=dict(status="absent", atc=[]),
           anticoagulation=dict(status="present", atc=["B01AB05"]),
           antiplatelets=dict(status="present", atc=["B01AC06"]),
           prognosis=dict(status="present", ecog=3),
           therapeuticProject=dict(status="present", intent="supportive")),
       not_current={"M05BX04": "Xgeva explicitly not given"},
       tricky="short GP letter; best supportive care; prophylactic Lovenox and Kardégic together; 'Pas de bisphosphonate ni de Xgeva'; prior 8 Gy RT; life expectancy plus OMS")

# zt11 -- internal medicine resident, general hospital, TXT cp1252 CRLF
letter(id="zt11", fmt="txt-cp1252", date=dt.date(2025, 3, 24), birth=None, stated_age=68,
       author="Internal medicine resident, general hospital (cp1252, CRLF)",
       text="""CH de la Vallée de la Lys - Service de Médecine interne
Interne : Léa BOUCHEZ - Senior : Dr François MAES
Tél. service : 03 28 43 60 21

Le 24/03/2025

Objet : demande RCP métastases osseuses - Mme Nadine POLLET, 68 ans

Motif : hypercalcémie révélatrice de lésions osseuses multiples.

Hospitalisée du 10/03 au 21/03/2025 pour syndrome confusionnel + déshydratation. Ca corrigée 3,45 mmol/L à l'entrée. Réhydratation IV, une perfusion unique de Zometa 4 mg le 11/03, calcémie normalisée à J5.
TDM TAP : lésions lytiques multiples (rachis, bassin, côtes, voûte crânienne), nodule surrénalien G de 18 mm, adénopathies médiastinales. EPP et immunofixation normales : myélome écarté.
Biopsie osseuse (crête iliaque D) le 14/03 : localisation secondaire d'un adénocarcinome, CK7+, CK20-, TTF1-, GATA3-, CDX2-. Primitif non retrouvé à ce stade.
Bilan en cours : TEP-TDM demandé, fibroscopie bronchique et coloscopie programmées. Pas de traitement oncologique débuté.

ATCD : HTA, tabagisme sevré (30 PA), hystérectomie. Pas d'ATCD familial notable.
Pas de douleur osseuse (EN 0).
TTT de sortie : Inipomp 20 mg, Imovane 7,5 mg, Cardensiel 1,25 mg. Lovenox préventif pendant l'hospitalisation, arrêté à la sortie. Pas d'antiagrégant.
Aucun traitement anti-résorptif au long cours à ce jour (Xgeva à discuter en RCP).
Aucun traitement local (ni RT ni chirurgie osseuse).
OMS 2 (asthénie ++).

Questions : indication d'un traitement anti-résorptif (Xgeva vs Zometa) ? Risque fracturaire des lésions du bassin ?

L. Bouchez, interne - relu par Dr F. Maes
""",
       gold=dict(
           sex="F",
           primaryTumor=dict(status="present", site="unknown_primary", histology="adenocarcinoma", biomarkers={}),
           boneDiagnosis=dict(status="present", circumstances=["hypercalcemia"], dated=True),
           pain=dict(status="absent", types=[], intensity=0),
           currentMedications=dict(status="present", atc=["A02BC02", "N05CF01", "C07AB07"]),
           priorLocalTreatments=dict(status="absent", types=[]),
           boneTargetedTherapy=dict(status="absent", atc=[]),
           anticoagulation=dict(status="absent", atc=[]),
           antiplatelets=dict(status="absent", atc=[]),
           prognosis=dict(status="present", ecog=2),
           therapeuticProject=dict(status="unknown", intent=None)),
       not_current={"M05BA08": "single Zometa infusion", "B01AB05": "Lovenox stopped at discharge", "M05BX04": "Xgeva only to be discussed"},
       tricky="cp1252 with CRLF; hypercalcaemia as circumstance; cancer of unknown primary (adenocarcinoma); IHC markers outside the list; single Zometa infusion; in-hospital Lovenox stopped; 'Pas de traitement oncologique débuté' (project unknown)")

# zt12 -- medical oncologist, private clinic, polite 2 pages, text PDF
letter(id="zt12", fmt="pdf", date=dt.date(2025, 3, 27), birth=dt.date(1972, 8, 9), stated_age=None,
       author="Medical oncologist, private clinic, long two-page letter",
       text="""CLINIQUE DES TROIS-MOULINS – Institut d'oncologie
Dr Isabelle DESCAMPS-NOYELLE – Oncologie médicale
128 boulevard de la Deûle – 59260 Lezennes-la-Haute – Tél. 03 20 19 33 84

Lezennes-la-Haute, le 27 mars 2025

Objet : Madame Nathalie BRUNIN, née le 09/08/1972
Demande d'avis – RCP Métastases osseuses

Chère Consœur, Cher Confrère,

Je vous serais reconnaissante de bien vouloir examiner lors de votre prochaine RCP le dossier de Madame Nathalie Brunin, âgée de 52 ans, non fumeuse, assistante maternelle, que je suis pour un adénocarcinome pulmonaire avec réarrangement ALK.

Histoire de la maladie
La maladie a été révélée en avril 2023 par des lombalgies d'aggravation progressive, puis par une fracture-tassement pathologique de L2 survenue le 18/04/2023. Le bilan a retrouvé une masse du lobe supérieur gauche, des adénopathies médiastinales et de multiples lésions osseuses (L2, T8, sacrum, bassin). La biopsie bronchique a montré un adénocarcinome TTF1+, ALK réarrangé (IHC et FISH positives), EGFR non muté, PD-L1 < 1 %.

Elle a bénéficié d'une kyphoplastie de L2 en mai 2023 et d'une radiothérapie de T8 (30 Gy en 10 fractions) en juin 2023. Le traitement par alectinib (Alecensa 600 mg deux fois par jour) a été débuté en mai 2023, avec une excellente réponse pulmonaire et ganglionnaire. Elle reçoit du dénosumab (Xgeva 120 mg toutes les 4 semaines) depuis juin 2023, avec Caltrate D3.

Évolution récente
Depuis février 2025, réapparition de douleurs lombo-sacrées à la marche et à la station debout prolongée, associées à des décharges électriques dans le mollet gauche (territoire S1). L'EN était à 8/10 il y a un mois ; elle est à 5/10 aujourd'hui sous Oxycontin et Neurontin. L'IRM du 04/03/2025 montre une progression de la lésion sacrée avec atteinte du foramen S1 gauche, sans compression. Le scanner TAP ne montre pas d'autre progression : il s'agit d'une oligoprogression.

Traitement actuel
- Alecensa 600 mg x 2/j
- Oxycontin 20 mg x 2/j, Oxynormoro 5 mg en cas d'accès douloureux
- Neurontin 300 mg x 3/j
- Xgeva 120 mg SC toutes les 4 semaines
- Caltrate D3 1 cp/j
- Mopral 20 mg/j

Madame Brunin ne prend aucun anticoagulant. Pas d'antiagrégant plaquettaire.
Antécédents familiaux : son père a été traité pour un cancer de vessie.

Son indice de Karnofsky est à 70 %.

Questions posées
Dans ce contexte palliatif, une radiothérapie stéréotaxique de la lésion sacrée permettrait-elle de poursuivre l'alectinib ? À défaut, un passage au lorlatinib (Lorviqua) serait discuté en RCP thoracique.

En vous remerciant de votre avis, je vous prie d'agréer, Chère Consœur, Cher Confrère, l'expression de mes salutations distinguées.

Dr I. Descamps-Noyelle
""",
       gold=dict(
           sex="F",
           primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma",
                             biomarkers={"ALK": "positive", "EGFR": "negative", "PD-L1": "negative"}),
           boneDiagnosis=dict(status="present", circumstances=["pain", "pathological_fracture"], dated=True),
           pain=dict(status="present", types=["mechanical", "neuropathic"], intensity=5),
           currentMedications=dict(status="present", atc=["L01ED03", "N02AA05", "N03AX12", "M05BX04", "A12AX", "A02BC01"]),
           priorLocalTreatments=dict(status="present", types=["cementoplasty", "radiotherapy"]),
           boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
           anticoagulation=dict(status="absent", atc=[]),
           antiplatelets=dict(status="absent", atc=[]),
           prognosis=dict(status="present", kps=70),
           therapeuticProject=dict(status="present", intent="palliative")),
       not_current={"L01ED05": "lorlatinib only a possible switch"},
       tricky="two pages; age from birth date and also written (52); two circumstances (pain then fracture); kyphoplasty + RT; two pain scores (current 5); Karnofsky only; lorlatinib hypothetical; PD-L1 < 1 % negative")

# stated age in zt12 text (52) must match its birth date: checked below
STATED_IN_TEXT = {"zt12": 52}


# ---------------------------------------------------------------- contract check
def check(ltr, atc_rows):
    lid = ltr["id"]
    g = ltr["gold"]
    text = ltr.get("text") or "\n".join(f"{k} : {v}" for k, v in ltr["form"])
    nt = norm(text)
    for item, allowed in ALLOWED.items():
        if item not in g:
            fail(f"{lid}: {item} missing")
        if g[item]["status"] not in allowed:
            fail(f"{lid}: {item} status {g[item]['status']} not allowed")
    if g["sex"] not in ("F", "M"):
        fail(f"{lid}: sex")
    # age
    if ltr["birth"] is not None:
        age = age_at(ltr["birth"], ltr["date"])
        if ltr["stated_age"] is not None and ltr["stated_age"] != age:
            fail(f"{lid}: stated age {ltr['stated_age']} != computed {age}")
        if lid in STATED_IN_TEXT and STATED_IN_TEXT[lid] != age:
            fail(f"{lid}: age written in text differs from birth date")
        bd = ltr["birth"].strftime("%d/%m/%Y")
        if bd not in text and norm(f"{ltr['birth'].day} ") not in nt:
            fail(f"{lid}: birth date not in text")
    else:
        age = ltr["stated_age"]
        if f"{age} ans" not in text:
            fail(f"{lid}: stated age not in text")
    if not isinstance(age, int) or not 18 <= age <= 110:
        fail(f"{lid}: age {age}")
    ltr["age"] = age
    # primary tumour
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            fail(f"{lid}: unknown primary with values")
    else:
        if pt["site"] not in SITES:
            fail(f"{lid}: site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTO:
        fail(f"{lid}: histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIORESULTS:
            fail(f"{lid}: biomarker {k}={v}")
    # bone diagnosis
    bd = g["boneDiagnosis"]
    if bd["status"] == "present":
        if not bd["circumstances"]:
            fail(f"{lid}: bone diagnosis present without circumstance")
    elif bd["circumstances"] or bd["dated"]:
        fail(f"{lid}: bone diagnosis unknown with values")
    if any(c not in CIRC for c in bd["circumstances"]) or not isinstance(bd["dated"], bool):
        fail(f"{lid}: circumstances")
    # pain
    p = g["pain"]
    if any(t not in PAINTYPES for t in p["types"]) or len(set(p["types"])) != len(p["types"]):
        fail(f"{lid}: pain types")
    if p["intensity"] is not None and (not isinstance(p["intensity"], int) or not 0 <= p["intensity"] <= 10):
        fail(f"{lid}: pain intensity")
    if p["status"] in ("absent", "unknown") and p["types"]:
        fail(f"{lid}: pain types with status {p['status']}")
    if p["status"] == "absent" and p["intensity"] not in (None, 0):
        fail(f"{lid}: absent pain with intensity > 0")
    if p["status"] == "present" and p["intensity"] == 0:
        fail(f"{lid}: present pain with intensity 0")
    if p["status"] == "unknown" and p["intensity"] is not None:
        fail(f"{lid}: unknown pain with intensity")
    # local treatments
    lt = g["priorLocalTreatments"]
    if any(t not in LOCALTYPES for t in lt["types"]):
        fail(f"{lid}: local treatment types")
    if lt["status"] == "present" and not lt["types"]:
        fail(f"{lid}: local treatment present without type")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        fail(f"{lid}: local treatment types with status {lt['status']}")
    # drugs
    cm = g["currentMedications"]
    cur = set(cm["atc"])
    if len(cur) != len(cm["atc"]):
        fail(f"{lid}: duplicate ATC in currentMedications")
    for code in cur:
        if code not in atc_rows:
            fail(f"{lid}: ATC {code} not in atc-reference.tsv")
    if cm["status"] in ("absent", "unknown") and cur:
        fail(f"{lid}: currentMedications {cm['status']} with codes")
    if cm["status"] == "present" and not cur:
        fail(f"{lid}: currentMedications present without any table drug")
    for sec, prefixes in SECTION_PREFIX.items():
        s = g[sec]
        for code in s["atc"]:
            if code not in atc_rows:
                fail(f"{lid}: {sec} ATC {code} not in reference")
            if not code.startswith(prefixes):
                fail(f"{lid}: {sec} ATC {code} outside {prefixes}")
        if s["status"] in ("present", "conflicting") and not set(s["atc"]) <= cur:
            fail(f"{lid}: {sec} agents {s['atc']} not all in currentMedications")
        if s["status"] == "uncertain" and set(s["atc"]) & cur:
            fail(f"{lid}: {sec} doubtful agent listed as current")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            fail(f"{lid}: {sec} {s['status']} with agents")
        # every current drug of that class must be an agent of the section
        cls = {c for c in cur if c.startswith(prefixes)}
        if cls and not cls <= set(s["atc"]):
            fail(f"{lid}: current {sec} drug {cls} not in section")
        if cls and s["status"] not in ("present", "conflicting"):
            fail(f"{lid}: current {sec} drug but status {s['status']}")
    # text evidence for drugs: every code named in the letter is current or explained
    mentioned = set()
    for code, names in atc_rows.items():
        for n in names:
            if re.search(r"(?<![a-z0-9])" + re.escape(norm(n)) + r"(?![a-z0-9])", nt):
                mentioned.add(code)
                break
    for sec in SECTION_PREFIX:
        for code in g[sec]["atc"]:
            if code not in mentioned:
                fail(f"{lid}: {sec} agent {code} not named in the letter")
    if not cur <= mentioned:
        fail(f"{lid}: current drugs not named in the letter: {sorted(cur - mentioned)}")
    unexplained = mentioned - cur - set(ltr["not_current"])
    if unexplained:
        fail(f"{lid}: drugs named but neither current nor explained: {sorted(unexplained)}")
    stale = set(ltr["not_current"]) & cur
    if stale:
        fail(f"{lid}: codes both current and not_current: {sorted(stale)}")
    for code in ltr["not_current"]:
        if code not in mentioned:
            fail(f"{lid}: not_current code {code} not named in letter")
    # prognosis
    pr = g["prognosis"]
    keys = set(pr) - {"status"}
    if pr["status"] == "unknown" and any(pr.get(k) is not None for k in keys):
        fail(f"{lid}: unknown prognosis with values")
    if "ecog" in pr and pr["ecog"] is not None and pr["ecog"] not in range(5):
        fail(f"{lid}: ecog")
    if "kps" in pr and (pr["kps"] not in range(0, 101, 10) or pr.get("ecog") is not None):
        fail(f"{lid}: kps")
    # project
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and (tp["intent"] not in INTENTS or tp["status"] != "present"):
        fail(f"{lid}: intent")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support exclusifs"}
    if tp["intent"] and intent_words[tp["intent"]] not in nt:
        fail(f"{lid}: intent {tp['intent']} not worded in letter")
    # absent sections need an explicit denial somewhere: crude check on negation words
    if not re.search(r"\b(pas|aucun|aucune|ni|jamais|non|arrete|indolore|plus d)\b|☒ non", nt) and any(
            g[s]["status"] == "absent" for s in ALLOWED):
        fail(f"{lid}: absent status without any negation in letter")


def build_gold(ltr):
    g = ltr["gold"]
    rec = {"id": ltr["id"], "patient": {"sex": g["sex"], "age": ltr["age"]}}
    for item in ALLOWED:
        sec = dict(g[item])
        for k in ("atc", "types", "circumstances"):
            if k in sec:
                sec[k] = sorted(sec[k])
        if item == "prognosis":
            sec = {"status": sec["status"], **({"kps": sec["kps"]} if "kps" in sec else {"ecog": sec.get("ecog")})}
        rec[item] = sec
    order = ["id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
             "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject"]
    rec = {k: rec[k] for k in order}
    rec["gaps"] = derive_gaps(rec)
    return rec


# ---------------------------------------------------------------- writers
def _subset_font() -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont
    chars = set()
    for b in range(32, 256):
        try:
            chars.add(ord(bytes([b]).decode("cp1252")))
        except UnicodeDecodeError:
            pass
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = True
    opts.drop_tables += ["FFTM"]
    font = TTFont(str(FONT), recalcTimestamp=False)
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(chars))
    sub.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _widths():
    from PIL import ImageFont
    f = ImageFont.truetype(str(FONT), 1000)
    w = []
    for b in range(32, 256):
        try:
            ch = bytes([b]).decode("cp1252")
            w.append(int(round(f.getlength(ch))))
        except UnicodeDecodeError:
            w.append(0)
    return w


def write_pdf(path: Path, text: str, created: dt.date):
    widths = _widths()
    size, lead, left, top, bottom, maxw = 10, 13.5, 56, 790, 56, 483

    def tw(s):
        return sum(widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000

    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        cur = ""
        for word in para.split(" "):
            cand = word if not cur else cur + " " + word
            if tw(cand) <= maxw:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        lines.append(cur)
    per_page = int((top - bottom) / lead)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]

    def esc(s):
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objs = {}
    font_bytes = _subset_font()
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 descriptor, 5 fontfile, 6 info, then page/content pairs
    kids = [7 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
               + b" ".join(str(w).encode() for w in widths) + b"] /FontDescriptor 4 0 R /Encoding /WinAnsiEncoding >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    ff = zlib.compress(font_bytes, 9)
    objs[5] = b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(ff), len(font_bytes)) + ff + b"\nendstream"
    stamp = created.strftime("D:%Y%m%d090000+01'00'").encode()
    objs[6] = b"<< /Producer (corpus46 make_letters.py) /Creator (Traitement de texte) /CreationDate (" + stamp + b") /ModDate (" + stamp + b") >>"
    for i, pg in enumerate(pages):
        body = [b"BT /F1 %d Tf %.1f TL %d %d Td" % (size, lead, left, top)]
        for ln in pg:
            body.append(b"(" + esc(ln) + b") Tj T*")
        body.append(b"ET")
        if n_pages > 1:
            body.append(b"BT /F1 8 Tf 500 30 Td (" + esc(f"Page {i + 1}/{n_pages}") + b") Tj ET")
        content = zlib.compress(b"\n".join(body), 9)
        objs[kids[i]] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                         b"/Contents %d 0 R >>" % (kids[i] + 1))
        objs[kids[i] + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref = len(out)
    total = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % total
    for n in range(1, total):
        out += b"%010d 00000 n \n" % offsets[n]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total, xref)
    path.write_bytes(bytes(out))


def write_docx(path: Path, ltr):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Demande d'avis – RCP Métastases osseuses", level=1)
    d.add_paragraph("Fiche de demande à retourner au secrétariat de la RCP au plus tard le mardi précédant la réunion.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in ltr["form"]:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
    d.add_paragraph("")
    d.add_paragraph("Signature : Dr C. Verhaeghe")
    cp = d.core_properties
    fixed = dt.datetime(2025, 3, 12, 9, 0, 0)
    cp.author = "Secrétariat radiothérapie"
    cp.last_modified_by = "Secrétariat radiothérapie"
    cp.title = "Demande RCP MO"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def main():
    atc_rows = load_atc()
    ids = [l["id"] for l in L]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    golds = {}
    for ltr in L:
        check(ltr, atc_rows)
        golds[ltr["id"]] = build_gold(ltr)
        # gaps must match the rule (re-derived from the written record)
        if golds[ltr["id"]]["gaps"] != derive_gaps(golds[ltr["id"]]):
            fail(f"{ltr['id']}: gaps")
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for ltr in L:
        lid = ltr["id"]
        if ltr["fmt"] == "pdf":
            write_pdf(HERE / "letters" / f"{lid}.pdf", ltr["text"], ltr["date"])
        elif ltr["fmt"] == "docx":
            write_docx(HERE / "letters" / f"{lid}.docx", ltr)
        elif ltr["fmt"] == "txt":
            (HERE / "letters" / f"{lid}.txt").write_bytes(ltr["text"].encode("utf-8"))
        elif ltr["fmt"] == "txt-cp1252":
            (HERE / "letters" / f"{lid}.txt").write_bytes(ltr["text"].replace("\n", "\r\n").encode("cp1252"))
        else:
            fail(f"{lid}: format")
        (HERE / "gold" / f"{lid}.json").write_text(json.dumps(golds[lid], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(L)} letters and golds")


if __name__ == "__main__":
    main()
