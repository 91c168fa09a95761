#!/usr/bin/env python3
"""corpus37: 12 blind RCP request forms from six invented hospitals.

Holds every letter (as form blocks) and its gold record, derives the gaps
from the spec's rule, checks every gold against the contract and writes
letters/ and gold/ byte-identically. Run from /work/main:
    /work/main/.venv/bin/python tests/corpus37/make_letters.py
"""
from __future__ import annotations

import datetime
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import render  # noqa: E402

ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")

X, O = True, False  # ticked / not ticked


def yn(yes):
    return [("Oui", yes is True), ("Non", yes is False)]


# ====================================================================== letters
# Each letter: id, hospital, fmt, date (letter date), birth (or None),
# age_written (or None), blocks, gold (without id/gaps), not_current
# (drugs of the ATC table named in the letter but deliberately not current,
# with the reason), notes (what is tricky).

H1 = "Centre Hospitalier de Valmont-sur-Loire"
H2 = "CHU de Brénac-les-Vignes"
H3 = "Clinique Sainte-Aldegonde, Lorvignac"
H4 = "Institut de Cancérologie du Haut-Vercors (ICHV)"
H5 = "Hôpital privé des Tilleuls, Montferrand-le-Bas"
H6 = "Centre Hospitalier Intercommunal du Pays de Sarlange"

LETTERS = []

# ---------------------------------------------------------------- zk01
LETTERS.append(dict(
    id="zk01", hospital=H1, fmt="docx", boxes="uni", date="2026-02-10", birth="1957-03-14", age_written=None,
    author="Pneumologue (DOCX form, ☒/☐ tables)",
    blocks=[
        ("title", "FICHE DE DEMANDE D'AVIS – RCP MÉTASTASES OSSEUSES"),
        ("p", f"{H1} – Service de Pneumologie et Oncologie thoracique – Tél. secrétariat 01 99 41 27 60"),
        ("p", "Date de la demande : 10/02/2026        RCP souhaitée le : 17/02/2026"),
        ("h", "1. Identification"),
        ("row", "Nom / Prénom", "FERRAND-LUCAS Gilbert"),
        ("row", "Date de naissance", "14/03/1957"),
        ("check", "Sexe", [("F", O), ("M", X)], ""),
        ("row", "Médecin demandeur", "Dr Hélène Marsac, pneumologue"),
        ("row", "Médecin traitant", "Dr Patrice Oudinot, 12 rue des Tanneurs, Valmont"),
        ("h", "2. Tumeur primitive"),
        ("row", "Localisation", "Poumon – LSD"),
        ("row", "Histologie", "Adénocarcinome (biopsie bronchique 27/11/2025), TTF1+"),
        ("row", "Biologie moléculaire", "EGFR non muté, ALK négatif (IHC), ROS1 en cours. PD-L1 45 %"),
        ("row", "Stade", "cT2b N2 M1c (os, surrénale G)"),
        ("h", "3. Atteinte osseuse"),
        ("check", "Circonstances de découverte", [("Douleur", O), ("Fracture", O), ("Compression / déficit", O),
                                              ("Hypercalcémie", O), ("Bilan d'extension", X), ("Découverte fortuite", O)], ""),
        ("row", "Date / imagerie", "TEP-TDM de bilan du 03/12/2025 : lésions L3, aile iliaque D, 7e côte G"),
        ("check", "Douleur", yn(True), ""),
        ("check", "Type de douleur", [("Mécanique", X), ("Nocturne", O), ("Neuropathique", O)], ""),
        ("row", "Intensité (EN/10)", "5"),
        ("h", "4. Traitements"),
        ("row", "Traitements en cours", "Carboplatine AUC5 – pémétrexed (Alimta) – pembrolizumab (Keytruda), C3 le 02/02/2026 ; "
         "Doliprane 1 g x3/j ; Topalgic LP 50 mg x2/j ; Inexium 20 mg ; Tahor 40 mg ; Eliquis 5 mg x2/j"),
        ("check", "Traitement local antérieur (os)", yn(False), ""),
        ("check", "Traitement osseux (anti-résorptif)", [("Acide zolédronique", O), ("Dénosumab", O), ("Aucun", X)],
         "Xgeva à discuter selon avis RCP (soins dentaires en cours)"),
        ("check", "Anticoagulant", yn(True), "Eliquis 5 mg x2 – TVP fémorale G le 20/12/2025"),
        ("check", "Antiagrégant plaquettaire", yn(False), ""),
        ("h", "5. État général / projet"),
        ("check", "OMS", [("0", O), ("1", X), ("2", O), ("3", O), ("4", O)], ""),
        ("check", "Visée", [("Curative", O), ("Palliative", X)], ""),
        ("row", "Question posée", "Indication d'une radiothérapie antalgique de L3 ? Risque fracturaire de l'aile iliaque ?"),
        ("p", ""),
        ("p", "ATCD : tabagisme 40 PA sevré 2019, HTA, dyslipidémie. Mère décédée d'un cancer du sein."),
    ],
    gold={
        "patient": {"sex": "M", "age": 68},
        "primaryTumor": {"status": "present", "site": "lung", "histology": "adenocarcinoma",
                         "biomarkers": {"EGFR": "negative", "ALK": "negative", "ROS1": "pending",
                                        "PD-L1": "positive"}},
        "boneDiagnosis": {"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        "pain": {"status": "present", "types": ["mechanical"], "intensity": 5},
        "currentMedications": {"status": "present", "atc": ["L01XA02", "L01BA04", "L01FF02", "N02BE01", "N02AX02",
                                                             "A02BC05", "C10AA05", "B01AF02"]},
        "priorLocalTreatments": {"status": "absent", "types": []},
        "boneTargetedTherapy": {"status": "absent", "atc": []},
        "anticoagulation": {"status": "present", "atc": ["B01AF02"]},
        "antiplatelets": {"status": "absent", "atc": []},
        "prognosis": {"status": "present", "ecog": 1},
        "therapeuticProject": {"status": "present", "intent": "palliative"},
    },
    not_current={"M05BX04": "Xgeva only 'à discuter'", "M05BA08": "unticked option"},
    notes="unticked options (Nocturne, Neuropathique, Dénosumab...) must not be read; 'Aucun' bone therapy ticked while Xgeva is 'à discuter'; ROS1 'en cours' = pending; age from birth date (birthday next month)",
))

# ---------------------------------------------------------------- zk02
LETTERS.append(dict(
    id="zk02", hospital=H1, fmt="docx", boxes="uni", date="2026-03-05", birth=None, age_written=71,
    author="Oncologue médicale (DOCX form, half-filled, 'cf. courrier' with no letter attached)",
    blocks=[
        ("title", "FICHE DE DEMANDE D'AVIS – RCP MÉTASTASES OSSEUSES"),
        ("p", f"{H1} – Hôpital de jour d'oncologie – Tél. 01 99 41 27 88"),
        ("p", "Date de la demande : 05/03/2026"),
        ("h", "1. Identification"),
        ("row", "Nom / Prénom", "Mme BESNIER Odile"),
        ("row", "Âge", "71 ans"),
        ("check", "Sexe", [("F", X), ("M", O)], ""),
        ("row", "Médecin demandeur", "Dr Claire Vauthier-Nègre"),
        ("h", "2. Tumeur primitive"),
        ("row", "Localisation", "Sein gauche"),
        ("row", "Histologie", "Carcinome lobulaire infiltrant, RE+ (100%) RP+ (20%) HER2 négatif (score 1+)"),
        ("row", "Biologie moléculaire", ""),
        ("h", "3. Atteinte osseuse"),
        ("check", "Circonstances de découverte", [("Douleur", X), ("Fracture", O), ("Compression / déficit", O),
                                              ("Hypercalcémie", O), ("Bilan d'extension", O), ("Découverte fortuite", O)], ""),
        ("row", "Date / imagerie", "cf. courrier"),
        ("check", "Douleur", yn(True), ""),
        ("check", "Type de douleur", [("Mécanique", O), ("Nocturne", O), ("Neuropathique", O)], ""),
        ("row", "Intensité (EN/10)", "?"),
        ("h", "4. Traitements"),
        ("row", "Traitements en cours", "cf. ordonnance jointe"),
        ("check", "Traitement local antérieur (os)", yn(None), "cf. courrier"),
        ("check", "Traitement osseux (anti-résorptif)", [("Acide zolédronique", O), ("Dénosumab", X), ("Aucun", O)],
         "Prolia 60 mg/6 mois depuis 2019 (ostéoporose) – dernière inj. 01/2026"),
        ("check", "Anticoagulant", yn(None), ""),
        ("check", "Antiagrégant plaquettaire", yn(None), ""),
        ("h", "5. État général / projet"),
        ("check", "OMS", [("0", O), ("1", O), ("2", O), ("3", O), ("4", O)], ""),
        ("row", "Pronostic", "Espérance de vie estimée > 1 an"),
        ("check", "Visée", [("Curative", O), ("Palliative", O)], ""),
        ("row", "Traitement oncologique actuel", "Létrozole (Femara) 2,5 mg + ribociclib (Kisqali) 600 mg 3 sem/4 depuis 11/2025"),
        ("row", "Question posée", "Avis sur la prise en charge de la lésion du col fémoral G (risque fracturaire ?)"),
    ],
    gold={
        "patient": {"sex": "F", "age": 71},
        "primaryTumor": {"status": "present", "site": "breast", "histology": "invasive_lobular_carcinoma",
                         "biomarkers": {"ER": "positive", "PR": "positive", "HER2": "negative"}},
        "boneDiagnosis": {"status": "present", "circumstances": ["pain"], "dated": False},
        "pain": {"status": "present", "types": [], "intensity": None},
        "currentMedications": {"status": "present", "atc": ["L02BG04", "L01EF02", "M05BX04"]},
        "priorLocalTreatments": {"status": "unknown", "types": []},
        "boneTargetedTherapy": {"status": "present", "atc": ["M05BX04"]},
        "anticoagulation": {"status": "unknown", "atc": []},
        "antiplatelets": {"status": "unknown", "atc": []},
        "prognosis": {"status": "present", "ecog": None},
        "therapeuticProject": {"status": "present", "intent": None},
    },
    not_current={"M05BA08": "unticked option"},
    notes="half-filled: 'cf. courrier' / 'cf. ordonnance jointe' with nothing attached; no date for bone disease; pain ticked without type or score; Prolia for osteoporosis counts as bone therapy and as a current drug; prognosis only as life expectancy",
))

# ---------------------------------------------------------------- zk03
LETTERS.append(dict(
    id="zk03", hospital=H2, fmt="pdf", style="inline", boxes="ascii", date="2026-01-19", birth="1949-11-02",
    age_written=None, author="Urologue (PDF exported from hospital software, 'label : answer' lines)",
    producer="OncoLien Export 4.2 (CHU Brénac)", creation="20260119103012+01'00'",
    header="CHU de Brénac-les-Vignes – Dossier patient informatisé – Imprimé le 19/01/2026 10:30 – page 1",
    blocks=[
        ("title", "Demande d'avis RCP – Métastases osseuses"),
        ("row", "Établissement", H2 + " – Service d'Urologie"),
        ("row", "Demandeur", "Dr Arnaud Quéméner (urologue) – poste 4512 – tél. 01 99 63 45 12"),
        ("row", "Date de la demande", "19/01/2026"),
        ("row", "Patient", "M. RIBOULET Marcel – né le 02/11/1949 – IPP 000481233"),
        ("row", "Sexe", "Masculin"),
        ("row", "Antécédents", "Adénocarcinome prostatique localisé traité par radiothérapie externe prostatique 74 Gy en 2016 + "
         "hormonothérapie courte. Diabète type 2. Cardiopathie ischémique stentée (2021). Père : cancer de la prostate."),
        ("row", "Tumeur primitive", "Prostate – adénocarcinome, score de Gleason 8 (4+4) sur les biopsies de 2016"),
        ("row", "Marqueurs", "PSA 86 ng/mL le 02/12/2025 (0,9 en 2023)"),
        ("row", "Circonstances de découverte osseuse", "Ascension du PSA -> scintigraphie osseuse de surveillance le 05/12/2025 : "
         "3 foyers (L4, sacrum, 9e arc costal D), confirmés au TEP-PSMA du 18/12/2025"),
        ("row", "Douleur", "Non"),
        ("row", "Traitements en cours", "Décapeptyl LP 22,5 mg (1ère injection 15/12/2025) ; Nubeqa 300 mg 2 cp matin et soir ; "
         "Kardégic 75 mg/j ; Bisoprolol 2,5 mg ; Metformine 1000 mg x2"),
        ("row", "Traitements locaux antérieurs (os)", "Aucun"),
        ("row", "Traitement anti-résorptif", "Non (bilan bucco-dentaire en cours avant introduction de Xgeva)"),
        ("row", "Anticoagulant", "Non"),
        ("row", "Antiagrégant", "Oui – Kardégic 75 mg"),
        ("row", "Performance status (OMS)", "0"),
        ("row", "Projet thérapeutique", "Hormonothérapie de nouvelle génération (triptoréline + darolutamide) débutée mi-décembre"),
        ("row", "Question posée à la RCP", "Patient oligométastatique (3 lésions) : place d'une radiothérapie stéréotaxique des lésions osseuses ?"),
        ("p", ""),
        ("p", "Document généré automatiquement – validé électroniquement par Dr A. Quéméner"),
    ],
    gold={
        "patient": {"sex": "M", "age": 76},
        "primaryTumor": {"status": "present", "site": "prostate", "histology": "adenocarcinoma",
                         "biomarkers": {"PSA": "positive"}},
        "boneDiagnosis": {"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        "pain": {"status": "absent", "types": [], "intensity": None},
        "currentMedications": {"status": "present", "atc": ["L02AE04", "L02BB06", "B01AC06", "C07AB07", "A10BA02"]},
        "priorLocalTreatments": {"status": "absent", "types": []},
        "boneTargetedTherapy": {"status": "absent", "atc": []},
        "anticoagulation": {"status": "absent", "atc": []},
        "antiplatelets": {"status": "present", "atc": ["B01AC06"]},
        "prognosis": {"status": "present", "ecog": 0},
        "therapeuticProject": {"status": "present", "intent": None},
    },
    not_current={"M05BX04": "Xgeva planned after dental check"},
    notes="prostate radiotherapy of 2016 is treatment of the primary, not a bone treatment; bone lesions found on surveillance imaging after PSA rise; Xgeva only planned; father's prostate cancer; no intent word",
))

# ---------------------------------------------------------------- zk04
LETTERS.append(dict(
    id="zk04", hospital=H2, fmt="pdf", style="inline", boxes="ascii", date="2026-01-27", birth=None, age_written=58,
    author="Oncologue médical (PDF software export, 'label : answer'; field contradicts drug list)",
    producer="OncoLien Export 4.2 (CHU Brénac)", creation="20260127164507+01'00'",
    header="CHU de Brénac-les-Vignes – Dossier patient informatisé – Imprimé le 27/01/2026 16:45",
    blocks=[
        ("title", "Demande d'avis RCP – Métastases osseuses"),
        ("row", "Établissement", H2 + " – Oncologie médicale"),
        ("row", "Demandeur", "Dr Séverine Kolb – tél. 01 99 63 47 30"),
        ("row", "Date de la demande", "27/01/2026"),
        ("row", "Patient", "Mme DAUVERGNE Nadine, 58 ans"),
        ("row", "Sexe", "Féminin"),
        ("row", "Antécédents", "Hypothyroïdie. Néphrectomie élargie droite 2021."),
        ("row", "Tumeur primitive", "Rein droit – carcinome rénal à cellules claires, grade ISUP 3 (pT3a N0)"),
        ("row", "Marqueurs", "Non applicable"),
        ("row", "Circonstances de découverte osseuse", "Fracture pathologique de l'humérus D le 28/10/2025 (chute de sa hauteur)"),
        ("row", "Traitements locaux antérieurs (os)", "Enclouage centromédullaire huméral D le 30/10/2025 puis radiothérapie "
         "post-opératoire 20 Gy/5 fr terminée le 05/12/2025"),
        ("row", "Douleur", "Oui, EN 3/10, à la mobilisation de l'épaule ; pas de composante neuropathique"),
        ("row", "Traitements en cours", "Cabometyx 40 mg/j (2e ligne depuis 11/2025) ; Lovenox 4000 UI/j SC (post-op, à poursuivre "
         "jusqu'à nouvel ordre) ; Oxynorm 5 mg si besoin ; Levothyrox 75 µg ; Movicol 1 sachet/j"),
        ("row", "Traitement anti-résorptif", "A discuter"),
        ("row", "Anticoagulant", "Non"),
        ("row", "Antiagrégant", "Non"),
        ("row", "Performance status (OMS)", "1"),
        ("row", "Projet thérapeutique", "Poursuite cabozantinib, visée palliative"),
        ("row", "Question posée à la RCP", "Lésion lytique acétabulaire G asymptomatique découverte sur le scanner de réévaluation : "
         "radiothérapie ? cimentoplastie ? Indication d'un anti-résorptif (Xgeva vs Zométa) ?"),
    ],
    gold={
        "patient": {"sex": "F", "age": 58},
        "primaryTumor": {"status": "present", "site": "kidney", "histology": "clear_cell_carcinoma", "biomarkers": {}},
        "boneDiagnosis": {"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        "pain": {"status": "present", "types": ["mechanical"], "intensity": 3},
        "currentMedications": {"status": "present", "atc": ["L01EX07", "B01AB05", "N02AA05", "H03AA01", "A06AD65"]},
        "priorLocalTreatments": {"status": "present", "types": ["surgery", "radiotherapy"]},
        "boneTargetedTherapy": {"status": "unknown", "atc": []},
        "anticoagulation": {"status": "conflicting", "atc": ["B01AB05"]},
        "antiplatelets": {"status": "absent", "atc": []},
        "prognosis": {"status": "present", "ecog": 1},
        "therapeuticProject": {"status": "present", "intent": "palliative"},
    },
    not_current={"M05BX04": "question to the board", "M05BA08": "question to the board"},
    notes="'Anticoagulant : Non' while Lovenox is in the drug list (conflicting, code kept, drug kept as current); bone therapy only 'à discuter'; nailing + post-op RT; 'pas de composante neuropathique'",
))

# ---------------------------------------------------------------- zk05
LETTERS.append(dict(
    id="zk05", hospital=H3, fmt="docx", sdt=True, date="2026-03-02", birth="1962-06-21", age_written=None,
    author="Oncologue (DOCX form with Word content controls: checkbox and text controls)",
    blocks=[
        ("title", "Clinique Sainte-Aldegonde – Département d'oncologie"),
        ("p", "14 allée des Cordiers, 29990 Lorvignac – Tél. 01 99 27 18 00 – rcp.os@ste-aldegonde.example"),
        ("title", "Fiche de demande d'avis RCP métastases osseuses"),
        ("row", "Date", "02/03/2026"),
        ("row", "Patiente / patient", "Mme LE GALLOIS Françoise"),
        ("row", "Date de naissance", "21/06/1962"),
        ("check", "Sexe", [("Femme", X), ("Homme", O)], None),
        ("row", "Médecin référent", "Dr Yannick Trévidic"),
        ("h", "Tumeur primitive"),
        ("row", "Organe", "Sein droit"),
        ("row", "Anatomopathologie", "Carcinome canalaire infiltrant (NST), grade 2"),
        ("row", "Récepteurs / HER2", "RE 90 %, RP 10 %, HER2 2+ FISH non amplifiée"),
        ("h", "Maladie osseuse"),
        ("check", "Mode de découverte", [("Douleur", O), ("Fracture pathologique", O), ("Compression médullaire", O),
                                     ("Hypercalcémie", X), ("Imagerie", O)], None),
        ("row", "Date de découverte / évolution", "Hypercalcémie à 3,1 mmol/L aux urgences le 12/01/2026 ; scanner TAP : lyses "
         "vertébrales D9-D11 et bassin, primitif mammaire découvert dans le même temps"),
        ("check", "Douleur actuelle", [("Oui", X), ("Non", O)], None),
        ("row", "Description de la douleur", "Dorsalgies d'horaire inflammatoire avec réveils nocturnes, EVA 6/10"),
        ("h", "Traitements"),
        ("row", "Traitement oncologique", "Palbociclib (Ibrance) 125 mg J1-J21 + létrozole 2,5 mg depuis le 26/01/2026"),
        ("row", "Autres traitements", "Skenan LP 30 mg matin et soir, Actiskenan 10 mg si douleur, Doliprane 1 g x3, Cymbalta 60 mg"),
        ("check", "Traitement anti-résorptif en cours", [("Oui", O), ("Non", X)],
         "1 perfusion de Zométa 4 mg le 12/01/2026 pour l'hypercalcémie. Xgeva envisagé après avis dentaire."),
        ("check", "Anticoagulant", [("Oui", O), ("Non", X)], None),
        ("check", "Antécédent de traitement local osseux", [("Radiothérapie", O), ("Chirurgie", O), ("Cimentoplastie", O),
                                                          ("Aucun", X)], None),
        ("h", "Pronostic et projet"),
        ("row", "OMS", "2"),
        ("check", "Objectif", [("Curatif", O), ("Palliatif", X)], None),
        ("row", "Question", "Radiothérapie antalgique D9-D11 ? Cimentoplastie ?"),
        ("p", "Antécédents familiaux : mère traitée pour un cancer du sein à 60 ans. Dépression traitée."),
    ],
    gold={
        "patient": {"sex": "F", "age": 63},
        "primaryTumor": {"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma",
                         "biomarkers": {"ER": "positive", "PR": "positive", "HER2": "negative"}},
        "boneDiagnosis": {"status": "present", "circumstances": ["hypercalcemia"], "dated": True},
        "pain": {"status": "present", "types": ["inflammatory", "nocturnal"], "intensity": 6},
        "currentMedications": {"status": "present", "atc": ["L01EF01", "L02BG04", "N02AA01", "N02BE01", "N06AX21"]},
        "priorLocalTreatments": {"status": "absent", "types": []},
        "boneTargetedTherapy": {"status": "absent", "atc": []},
        "anticoagulation": {"status": "absent", "atc": []},
        "antiplatelets": {"status": "unknown", "atc": []},
        "prognosis": {"status": "present", "ecog": 2},
        "therapeuticProject": {"status": "present", "intent": "palliative"},
    },
    not_current={"M05BA08": "single Zometa infusion for hypercalcaemia", "M05BX04": "Xgeva envisaged"},
    notes="answers inside Word content controls (w:sdt, w14:checkbox); single past Zometa infusion + planned Xgeva with 'Non' ticked; HER2 2+ FISH non amplified = negative; no antiplatelet field",
))

# ---------------------------------------------------------------- zk06
LETTERS.append(dict(
    id="zk06", hospital=H3, fmt="docx", sdt=True, date="2026-02-17", birth="1959-09-30", age_written=None,
    author="Neurochirurgien (DOCX content-control form, several controls left on their placeholder)",
    blocks=[
        ("title", "Clinique Sainte-Aldegonde – Neurochirurgie du rachis"),
        ("p", "14 allée des Cordiers, 29990 Lorvignac – Tél. 01 99 27 18 40"),
        ("title", "Fiche de demande d'avis RCP métastases osseuses"),
        ("row", "Date", "17/02/2026"),
        ("row", "Patiente / patient", "M. HAMELIN Joël"),
        ("row", "Date de naissance", "30/09/1959"),
        ("check", "Sexe", [("Femme", O), ("Homme", X)], None),
        ("row", "Médecin référent", "Dr Bertrand Aubusson-Ly"),
        ("h", "Tumeur primitive"),
        ("row", "Organe", "Primitif pulmonaire suspecté (masse LSG spiculée 32 mm au scanner) – non prouvé"),
        ("row", "Anatomopathologie", "Biopsie de la pièce d'épidurite en cours d'analyse (résultat attendu fin février)"),
        ("row", "Récepteurs / HER2", None),
        ("h", "Maladie osseuse"),
        ("check", "Mode de découverte", [("Douleur", O), ("Fracture pathologique", O), ("Compression médullaire", X),
                                     ("Hypercalcémie", O), ("Imagerie", O)], None),
        ("row", "Date de découverte / évolution", "Paraparésie d'installation progressive sur 10 jours ; IRM du 03/02/2026 : "
         "épidurite métastatique D8 avec compression médullaire"),
        ("check", "Douleur actuelle", [("Oui", X), ("Non", O)], None),
        ("row", "Description de la douleur", "Radiculalgie en ceinture D8, DN4 à 5/10 ; EN 4/10 ce jour"),
        ("h", "Traitements"),
        ("row", "Traitement oncologique", "Aucun pour le moment (en attente de l'histologie)"),
        ("row", "Autres traitements", "Dectancyl 8 mg/j en décroissance, Lyrica 75 mg x2, Oxycontin LP 20 mg x2, Inipomp 40 mg, "
         "Lovenox 4000 UI/j préventif"),
        ("check", "Traitement anti-résorptif en cours", [("Oui", O), ("Non", O)], None),
        ("check", "Anticoagulant", [("Oui", O), ("Non", O)], None),
        ("check", "Antécédent de traitement local osseux", [("Radiothérapie", O), ("Chirurgie", X), ("Cimentoplastie", O),
                                                          ("Aucun", O)],
         "Laminectomie décompressive D8 + arthrodèse D6-D10 le 05/02/2026"),
        ("h", "Pronostic et projet"),
        ("row", "OMS", "3 (alitement > 50 % depuis l'intervention, récupération motrice partielle)"),
        ("check", "Objectif", [("Curatif", O), ("Palliatif", O)], None),
        ("row", "Question", "Indication et modalités d'une radiothérapie post-opératoire D6-D10 ? Suite selon histologie."),
        ("p", "Tabagisme actif 35 PA. Épouse suivie pour un lymphome."),
    ],
    gold={
        "patient": {"sex": "M", "age": 66},
        "primaryTumor": {"status": "uncertain", "site": "lung", "histology": None, "biomarkers": {}},
        "boneDiagnosis": {"status": "present", "circumstances": ["neurological_deficit"], "dated": True},
        "pain": {"status": "present", "types": ["neuropathic"], "intensity": 4},
        "currentMedications": {"status": "present", "atc": ["H02AB02", "N03AX16", "N02AA05", "A02BC02", "B01AB05"]},
        "priorLocalTreatments": {"status": "present", "types": ["surgery"]},
        "boneTargetedTherapy": {"status": "unknown", "atc": []},
        "anticoagulation": {"status": "present", "atc": ["B01AB05"]},
        "antiplatelets": {"status": "unknown", "atc": []},
        "prognosis": {"status": "present", "ecog": 3},
        "therapeuticProject": {"status": "unknown", "intent": None},
    },
    not_current={},
    notes="controls left on 'Cliquez ou appuyez ici…' placeholder; anticoagulant boxes both empty but preventive Lovenox in the drug list (present); primary only suspected; cord compression operated (surgery); no oncologic treatment and no decided plan",
))

# ---------------------------------------------------------------- zk07
LETTERS.append(dict(
    id="zk07", hospital=H4, fmt="pdf", style="cols", boxes="ascii", date="2026-04-07", birth="1971-04-08",
    age_written=None, author="Endocrinologue (PDF form, two columns label | answer, [X] ticks)",
    producer="ICHV Formulaires 2.1", creation="20260407081530+02'00'",
    header="ICHV – Formulaire F-RCP-OS v3 – Confidentiel",
    footer="ICHV – 2 rue du Pic-Sauvage, 38999 Saint-Amblard – Secrétariat RCP 01 99 52 80 10",
    blocks=[
        ("title", "DEMANDE D'AVIS RCP MÉTASTASES OSSEUSES"),
        ("row", "Date de la demande", "07/04/2026"),
        ("row", "Médecin demandeur", "Dr Isabelle Ferracci, endocrinologie, CH de Mauriac-la-Haute"),
        ("row", "Patient", "M. SOUBEYRAND Laurent"),
        ("row", "Né(e) le", "08/04/1971"),
        ("check", "Sexe", [("F", O), ("M", X)], ""),
        ("h", "TUMEUR PRIMITIVE"),
        ("row", "Site", "Thyroïde"),
        ("row", "Histologie", "Carcinome vésiculaire (folliculaire) largement invasif, angio-invasion > 4 vaisseaux"),
        ("row", "Biomarqueurs", "BRAF non muté (NGS). Thyroglobuline 412 ng/mL sous TSH freinée"),
        ("row", "Antécédents", "Thyroïdectomie totale le 14/10/2025 puis IRA-thérapie (iode 131, 3,7 GBq) le 02/12/2025. "
         "HTA. Frère : carcinome papillaire thyroïdien opéré."),
        ("h", "ATTEINTE OSSEUSE"),
        ("check", "Circonstances", [("Douleur", O), ("Fracture", O), ("Déficit neurologique", O), ("Hypercalcémie", O),
                                    ("Bilan initial/suivi", O), ("Fortuite", X)],
         "scanner abdominal pour colique néphrétique (septembre 2025) : lésion lytique iliaque G de 4 cm"),
        ("row", "Autres localisations", "Aucune (TEP-FDG et scintigraphie post-thérapeutique : fixation iliaque G isolée)"),
        ("check", "Douleur", [("Oui", O), ("Non", X)], ""),
        ("row", "Type / EVA", ""),
        ("h", "TRAITEMENTS"),
        ("row", "Traitement actuel", "Levothyrox 150 µg/j (freinage), Tahor 20 mg, Triatec 5 mg"),
        ("check", "Traitement local osseux antérieur", [("Radiothérapie", O), ("Chirurgie", O), ("Cimentoplastie", O),
                                                     ("Radiofréquence/cryo", O), ("Aucun", X)], ""),
        ("check", "Bisphosphonate / dénosumab", [("Oui", O), ("Non", X)], ""),
        ("check", "Anticoagulant", [("Oui", O), ("Non", X)], ""),
        ("check", "Antiagrégant", [("Oui", O), ("Non", X)], ""),
        ("h", "ÉTAT GÉNÉRAL – PROJET"),
        ("row", "Indice de Karnofsky", "90 %"),
        ("check", "Intention", [("Curative", X), ("Palliative", O), ("Soins de support", O)], ""),
        ("row", "Projet", "Traitement local à visée curative de la métastase iliaque unique, puis nouvelle IRA-thérapie"),
        ("row", "Question à la RCP", "Chirurgie d'exérèse vs radiothérapie stéréotaxique vs cryoablation de la lésion iliaque G ?"),
    ],
    gold={
        "patient": {"sex": "M", "age": 54},
        "primaryTumor": {"status": "present", "site": "thyroid", "histology": "other", "biomarkers": {"BRAF": "negative"}},
        "boneDiagnosis": {"status": "present", "circumstances": ["incidental_imaging"], "dated": True},
        "pain": {"status": "absent", "types": [], "intensity": None},
        "currentMedications": {"status": "present", "atc": ["H03AA01", "C10AA05", "C09AA05"]},
        "priorLocalTreatments": {"status": "absent", "types": []},
        "boneTargetedTherapy": {"status": "absent", "atc": []},
        "anticoagulation": {"status": "absent", "atc": []},
        "antiplatelets": {"status": "absent", "atc": []},
        "prognosis": {"status": "present", "kps": 90},
        "therapeuticProject": {"status": "present", "intent": "curative"},
    },
    not_current={"M05BX04": "form label 'Bisphosphonate / dénosumab', ticked Non"},
    notes="two-column PDF; birthday the day after the letter (54 not 55); thyroidectomy and radioiodine are treatments of the primary, not bone treatments; incidental discovery on CT for renal colic; Karnofsky only; curative intent",
))

# ---------------------------------------------------------------- zk08
LETTERS.append(dict(
    id="zk08", hospital=H4, fmt="scan", style="cols", boxes="ascii", date="2026-04-02", birth=None, age_written=79,
    author="Gériatre (same ICHV two-column form, printed, filled and scanned: image-only PDF)",
    producer="Canon iR-ADV C5535 scan", creation=(2026, 4, 2, 15, 12, 0),
    header="ICHV – Formulaire F-RCP-OS v3 – Confidentiel",
    footer="ICHV – 2 rue du Pic-Sauvage, 38999 Saint-Amblard – Secrétariat RCP 01 99 52 80 10",
    blocks=[
        ("title", "DEMANDE D'AVIS RCP MÉTASTASES OSSEUSES"),
        ("row", "Date de la demande", "02/04/2026"),
        ("row", "Médecin demandeur", "Dr Marc-Antoine Pélissier, court séjour gériatrique"),
        ("row", "Patient", "Mme JOUBERT Raymonde, 79 ans"),
        ("check", "Sexe", [("F", X), ("M", O)], ""),
        ("h", "TUMEUR PRIMITIVE"),
        ("row", "Site", "Côlon sigmoïde (colectomie 2023)"),
        ("row", "Histologie", "Adénocarcinome lieberkühnien"),
        ("row", "Biomarqueurs", "KRAS muté (G12D), BRAF non muté, MSS"),
        ("h", "ATTEINTE OSSEUSE"),
        ("check", "Circonstances", [("Douleur", X), ("Fracture", O), ("Déficit neurologique", O), ("Hypercalcémie", O),
                                    ("Bilan initial/suivi", O), ("Fortuite", O)],
         "lombalgies depuis 2 mois -> IRM : lyse L2 + lésions sacrées"),
        ("check", "Douleur", [("Oui", X), ("Non", O)], ""),
        ("row", "Type / EVA", "[X] mécanique  [X] nocturne  [ ] neuropathique – EVA 7/10 à l'entrée, 4/10 ce jour sous morphine"),
        ("h", "TRAITEMENTS"),
        ("row", "Traitement actuel", "Préviscan 20 mg (ACFA), Skenan LP 20 mg x2, Doliprane 1 g x3, Forlax, Lasilix 40 mg"),
        ("check", "Traitement local osseux antérieur", [("Radiothérapie", X), ("Chirurgie", O), ("Cimentoplastie", O),
                                                     ("Radiofréquence/cryo", O), ("Aucun", O)], "L2 : 8 Gy en 1 fraction le 20/03/2026"),
        ("check", "Bisphosphonate / dénosumab", [("Oui", O), ("Non", X)], ""),
        ("check", "Anticoagulant", [("Oui", X), ("Non", O)], "Préviscan, INR 2,4 le 31/03"),
        ("check", "Antiagrégant", [("Oui", O), ("Non", O)], ""),
        ("h", "ÉTAT GÉNÉRAL – PROJET"),
        ("row", "OMS", "3"),
        ("check", "Intention", [("Curative", O), ("Palliative", O), ("Soins de support", X)],
         "FOLFIRI-bévacizumab arrêté en 01/2026 (AEG) ; pas de reprise de chimiothérapie"),
        ("row", "Question à la RCP", "Lésions sacrées douloureuses : nouvelle irradiation ? cimentoplastie sacrée envisageable ?"),
    ],
    gold={
        "patient": {"sex": "F", "age": 79},
        "primaryTumor": {"status": "present", "site": "colorectal", "histology": "adenocarcinoma",
                         "biomarkers": {"KRAS": "positive", "BRAF": "negative"}},
        "boneDiagnosis": {"status": "present", "circumstances": ["pain"], "dated": True},
        "pain": {"status": "present", "types": ["mechanical", "nocturnal"], "intensity": 4},
        "currentMedications": {"status": "present", "atc": ["B01AA12", "N02AA01", "N02BE01", "A06AD15", "C03CA01"]},
        "priorLocalTreatments": {"status": "present", "types": ["radiotherapy"]},
        "boneTargetedTherapy": {"status": "absent", "atc": []},
        "anticoagulation": {"status": "present", "atc": ["B01AA12"]},
        "antiplatelets": {"status": "unknown", "atc": []},
        "prognosis": {"status": "present", "ecog": 3},
        "therapeuticProject": {"status": "present", "intent": "supportive"},
    },
    not_current={"M05BX04": "form label, ticked Non"},
    notes="scanned (OCR needed); two pain scores (current 4); antiplatelet boxes both blank; FOLFIRI stopped; best supportive care ticked",
))

# ---------------------------------------------------------------- zk09
LETTERS.append(dict(
    id="zk09", hospital=H5, fmt="docx", boxes="ascii", date="2026-01-08", birth="1953-12-12", age_written=None,
    author="Pneumologue libéral (DOCX form answered 'cf. courrier' + covering letter pasted after)",
    blocks=[
        ("title", "HÔPITAL PRIVÉ DES TILLEULS – RCP ONCOLOGIE OSSEUSE"),
        ("p", "Fiche de demande d'avis – à retourner au secrétariat RCP (fax 01 99 70 33 21) au plus tard le lundi 12h"),
        ("row", "Nom, prénom", "PERRIGAULT Alain"),
        ("row", "Date de naissance", "12/12/1953"),
        ("row", "Sexe", "M"),
        ("row", "Médecin demandeur", "Dr Sophie Lemarquis, pneumologue, 3 place du Marché, Montferrand-le-Bas"),
        ("row", "Cancer primitif (organe, histologie, biomarqueurs)", "Carcinome épidermoïde pulmonaire LIG, PD-L1 < 1 %"),
        ("row", "Circonstances de découverte des métastases osseuses", "cf. courrier"),
        ("row", "Douleur (oui/non, type, EVA)", "cf. courrier"),
        ("row", "Traitements en cours", "cf. courrier"),
        ("row", "Traitements locaux déjà réalisés", "RT épaule G"),
        ("row", "Bisphosphonate / dénosumab", "cf. courrier"),
        ("row", "Anticoagulant (oui/non, lequel)", "cf. courrier"),
        ("row", "Antiagrégant", ""),
        ("row", "OMS / Karnofsky", "1"),
        ("row", "Projet thérapeutique", "cf. courrier"),
        ("row", "Question posée", "Lésion lytique du corps vertébral de D12 sans recul du mur : cimentoplastie préventive ?"),
        ("page",),
        ("p", "Montferrand-le-Bas, le 8 janvier 2026"),
        ("p", "Chère consoeur, cher confrère,"),
        ("p", "Je vous adresse pour avis en RCP M. Alain PERRIGAULT, 72 ans, ancien couvreur, tabagique (45 PA, toujours fumeur), "
              "suivi pour un carcinome épidermoïde du lobe inférieur gauche diagnostiqué en novembre 2025 (biopsie sous "
              "fibroscopie, PD-L1 < 1 %, pas de biologie moléculaire réalisée)."),
        ("p", "Les métastases osseuses ont été révélées par des douleurs de l'épaule gauche apparues début novembre 2025, "
              "avec réveils nocturnes ; la radio puis le scanner ont montré une lyse de l'acromion et de la glène. Le TEP de "
              "bilan retrouve en outre une fixation de D12. Il a recu une radiothérapie antalgique de l'épaule gauche (8 Gy en "
              "une séance le 18/12/2025) avec une nette améliortion ; il garde une douleur à 3/10, surtout la nuit. Pas de "
              "douleur neuropathique ni de douleur dorsale."),
        ("p", "Traitement actuel : carboplatine-paclitaxel-pembrolizumab (Keytruda), 2e cure le 29/12/2025, chimio-immunothérapie "
              "de première ligne à visée palliative. Par ailleurs : Kardégic 75 mg (stent coronaire 2019), Tahor 40, Inexium 20, "
              "Dafalgan codéiné 2 cp x3/j, Imovane le soir."),
        ("p", "Pas d'anticoagulant. Aucun traitement osseux pour l'instant, je m'en remets à votre avis. Son frère est décédé "
              "d'un cancer bronchique."),
        ("p", "Bien confraternellement,"),
        ("p", "Dr S. Lemarquis"),
    ],
    gold={
        "patient": {"sex": "M", "age": 72},
        "primaryTumor": {"status": "present", "site": "lung", "histology": "squamous_cell_carcinoma",
                         "biomarkers": {"PD-L1": "negative"}},
        "boneDiagnosis": {"status": "present", "circumstances": ["pain"], "dated": True},
        "pain": {"status": "present", "types": ["nocturnal"], "intensity": 3},
        "currentMedications": {"status": "present", "atc": ["L01XA02", "L01CD01", "L01FF02", "B01AC06", "C10AA05",
                                                             "A02BC05", "N02AJ06", "N05CF01"]},
        "priorLocalTreatments": {"status": "present", "types": ["radiotherapy"]},
        "boneTargetedTherapy": {"status": "absent", "atc": []},
        "anticoagulation": {"status": "absent", "atc": []},
        "antiplatelets": {"status": "present", "atc": ["B01AC06"]},
        "prognosis": {"status": "present", "ecog": 1},
        "therapeuticProject": {"status": "present", "intent": "palliative"},
    },
    not_current={"M05BX04": "form label only"},
    notes="form answers 'cf. courrier' and the answers are in the covering letter on page 2; antiplatelet field empty but Kardégic in the letter; PD-L1 < 1 % negative; molecular biology not done (no EGFR/ALK); 'pas de douleur neuropathique'; brother's lung cancer",
))

# ---------------------------------------------------------------- zk10
LETTERS.append(dict(
    id="zk10", hospital=H5, fmt="docx", boxes="ascii", date="2026-01-22", birth=None, age_written=64,
    author="Chirurgien orthopédiste (DOCX form filled + covering letter that contradicts the pain answer)",
    blocks=[
        ("title", "HÔPITAL PRIVÉ DES TILLEULS – RCP ONCOLOGIE OSSEUSE"),
        ("p", "Fiche de demande d'avis – à retourner au secrétariat RCP (fax 01 99 70 33 21) au plus tard le lundi 12h"),
        ("row", "Date", "22/01/2026"),
        ("row", "Nom, prénom", "MAZURIER Évelyne"),
        ("row", "Date de naissance", "64 ans"),
        ("row", "Sexe", "F"),
        ("row", "Médecin demandeur", "Dr Thibault Garnerin, chirurgie orthopédique"),
        ("row", "Cancer primitif (organe, histologie, biomarqueurs)", "Adénocarcinome de primitif inconnu (CK7+, CK20-, TTF1-, "
         "GATA3-) sur la pièce de résection fémorale"),
        ("row", "Circonstances de découverte des métastases osseuses", "Fracture pathologique du col fémoral G le 14/11/2025"),
        ("row", "Douleur (oui/non, type, EVA)", "Non"),
        ("row", "Traitements en cours", "Eliquis 2,5 mg x2, Doliprane 1 g x3, Levothyrox 50, Uvedose 1 amp/3 mois, Xanax 0,25 le soir"),
        ("row", "Traitements locaux déjà réalisés", "PTH G cimentée le 16/11/2025"),
        ("row", "Bisphosphonate / dénosumab", "Non (Fosamax arrêté)"),
        ("row", "Anticoagulant (oui/non, lequel)", "Oui, Eliquis"),
        ("row", "Antiagrégant", ""),
        ("row", "OMS / Karnofsky", "KPS 70 %"),
        ("row", "Projet thérapeutique", "A définir selon bilan"),
        ("row", "Question posée", "Radiothérapie post-opératoire du fémur G ? Conduite à tenir vis-à-vis de la lésion de l'aile iliaque droite ?"),
        ("page",),
        ("p", "Cher confrère,"),
        ("p", "Mme MAZURIER, 64 ans, a été opérée le 16/11/2025 d'une prothèse totale de hanche gauche cimentée pour une fracture "
              "pathologique du col fémoral survenue le 14/11/2025 après une chute de sa hauteur. L'analyse anatomopathologique "
              "retrouve une métastase d'adénocarcinome sans orientation évidente. Le bilan (scanner TAP, mammographie, "
              "fibroscopie) n'a pas retrouvé de primitif ; un TEP-scanner est programmé le 29/01/2026."),
        ("p", "À la consultation post-opératoire de ce jour, elle garde des douleurs de la cuisse gauche à la marche, cotées à "
              "3/10, sans irradiation. Elle est sous Eliquis 2,5 mg deux fois par jour depuis l'intervention."),
        ("p", "Elle a pris du Fosamax de 2018 à 2023 pour une ostéoporose, arreté par son rhumatologue. Pas d'autre antécédent "
              "notable en dehors d'une hypothyroïdie. Aucun traitement oncologique n'a été débuté à ce jour."),
        ("p", "Je vous remercie de votre avis."),
        ("p", "Dr T. Garnerin"),
    ],
    gold={
        "patient": {"sex": "F", "age": 64},
        "primaryTumor": {"status": "present", "site": "unknown_primary", "histology": "adenocarcinoma", "biomarkers": {}},
        "boneDiagnosis": {"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        "pain": {"status": "conflicting", "types": ["mechanical"], "intensity": 3},
        "currentMedications": {"status": "present", "atc": ["B01AF02", "N02BE01", "H03AA01", "A11CC05", "N05BA12"]},
        "priorLocalTreatments": {"status": "present", "types": ["surgery"]},
        "boneTargetedTherapy": {"status": "absent", "atc": []},
        "anticoagulation": {"status": "present", "atc": ["B01AF02"]},
        "antiplatelets": {"status": "unknown", "atc": []},
        "prognosis": {"status": "present", "kps": 70},
        "therapeuticProject": {"status": "unknown", "intent": None},
    },
    not_current={"M05BA04": "Fosamax stopped in 2023", "M05BX04": "form label only"},
    notes="form 'Douleur : Non' vs covering letter 'douleurs de la cuisse à la marche 3/10' (conflicting); unknown primary adenocarcinoma (CK7/TTF1/GATA3 not recorded); Fosamax stopped; no oncologic treatment and project 'à définir'; KPS only",
))

# ---------------------------------------------------------------- zk11
LETTERS.append(dict(
    id="zk11", hospital=H6, fmt="pdf", style="cols", boxes="ascii", date="2026-01-25", birth="1960-01-25",
    age_written=None, author="Pneumologue (PDF: two-column oui/non form on page 1, covering letter on page 2)",
    producer="Sillage DPI - module RCP", creation="20260125173344+01'00'",
    header="CHI du Pays de Sarlange – Demande RCP – M. TROUILLARD Gérard",
    blocks=[
        ("title", "RCP MÉTASTASES OSSEUSES – FICHE DE DEMANDE"),
        ("row", "Établissement", H6 + " – Pneumologie, 1 avenue de l'Hôpital, 61999 Sarlange – 01 99 84 12 00"),
        ("row", "Date", "25/01/2026"),
        ("row", "Patient", "TROUILLARD Gérard, né le 25/01/1960, homme"),
        ("row", "Médecin demandeur", "Dr Nathalie Ordonneau"),
        ("row", "Primitif", "Poumon – carcinome à petites cellules, stade étendu (diagnostic 10/2025)"),
        ("row", "Découverte des lésions osseuses", "bilan d'extension initial (TEP-TDM 14/10/2025)"),
        ("row", "Douleur", "oui"),
        ("row", "Type de douleur", "brûlures costales droites (arc postérieur de la 6e côte)"),
        ("row", "EVA", "5"),
        ("row", "Radiothérapie antérieure (os)", "non"),
        ("row", "Chirurgie antérieure (os)", "non"),
        ("row", "Cimentoplastie antérieure", "non"),
        ("row", "Traitement anti-ostéoclastique", "oui – dénosumab (Xgeva) 120 mg/4 sem. depuis le 20/11/2025"),
        ("row", "Anticoagulant", "non"),
        ("row", "Antiagrégant", "non"),
        ("row", "OMS", "1"),
        ("row", "Traitement en cours", "durvalumab (Imfinzi) 1500 mg/4 sem. en maintenance"),
        ("row", "Question", "Radiothérapie antalgique de la 6e côte D ?"),
        ("page",),
        ("p", "Sarlange, le 25 janvier 2026"),
        ("p", "Cher confrère,"),
        ("p", "Je vous adresse M. TROUILLARD, 66 ans ce jour, pour un carcinome bronchique à petites cellules de stade étendu "
              "avec métastases osseuses multiples (rachis, bassin, côtes) découvertes sur le TEP-TDM de bilan initial en octobre "
              "2025. Il a reçu 4 cures de carboplatine-étoposide-durvalumab, terminées le 22/12/2025, avec une réponse "
              "partielle ; il poursuit le durvalumab seul en maintenance."),
        ("p", "Il décrit depuis 3 semaines une douleur costale droite à type de brûlure, avec quelques décharges électriques "
              "à l'inspiration profonde, EVA 5/10 malgré le traitement. Traitement actuel : Durogesic 25 µg/72 h, Neurontin "
              "300 mg x3, Doliprane 1 g si besoin, Mopral 20 mg, Xgeva mensuel."),
        ("p", "ATCD : infarctus stenté en 2018 ; le Kardégic a été arrêté en 2024 sur avis cardiologique après des hémoptysies. "
              "BPCO. Une irradiation thoracique de consolidation est en discussion."),
        ("p", "Merci de votre avis. Bien à vous,"),
        ("p", "Dr N. Ordonneau"),
    ],
    gold={
        "patient": {"sex": "M", "age": 66},
        "primaryTumor": {"status": "present", "site": "lung", "histology": "small_cell_carcinoma", "biomarkers": {}},
        "boneDiagnosis": {"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        "pain": {"status": "present", "types": ["neuropathic"], "intensity": 5},
        "currentMedications": {"status": "present", "atc": ["L01FF03", "N02AB03", "N03AX12", "N02BE01", "A02BC01", "M05BX04"]},
        "priorLocalTreatments": {"status": "absent", "types": []},
        "boneTargetedTherapy": {"status": "present", "atc": ["M05BX04"]},
        "anticoagulation": {"status": "absent", "atc": []},
        "antiplatelets": {"status": "absent", "atc": []},
        "prognosis": {"status": "present", "ecog": 1},
        "therapeuticProject": {"status": "present", "intent": None},
    },
    not_current={"L01XA02": "carboplatin finished 12/2025", "L01CB01": "etoposide finished 12/2025",
                 "B01AC06": "Kardégic stopped 2024"},
    notes="form page + covering letter page; birthday on the letter date (66); carboplatin-etoposide finished, durvalumab maintenance current; Kardégic stopped; thoracic irradiation only discussed; no intent word",
))

# ---------------------------------------------------------------- zk12
LETTERS.append(dict(
    id="zk12", hospital=H6, fmt="txt", date="2026-02-16", birth=None, age_written=47,
    author="Interne d'oncologie (plain-text e-mail: the CHI form copied from the software, oui/non answers)",
    blocks=[
        ("p", "De : interne.onco@chi-sarlange.example"),
        ("p", "À : secretariat.rcp.os@chi-sarlange.example"),
        ("p", "Objet : demande RCP os - Mme CORDONNIER"),
        ("p", ""),
        ("p", "Bonjour, ci-dessous la fiche pour la RCP de jeudi (copiée depuis Sillage, le PDF ne s'exporte pas). Merci !"),
        ("p", "Louise Dantec, interne, poste 1234"),
        ("p", ""),
        ("p", "RCP METASTASES OSSEUSES - FICHE DE DEMANDE"),
        ("row", "Date", "16/02/2026"),
        ("row", "Patient", "CORDONNIER Aurélie, 47 ans, femme"),
        ("row", "Médecin demandeur", "Dr Nathalie Ordonneau / L. Dantec (interne)"),
        ("row", "Primitif", "Sein G - carcinome canalaire infiltrant, RE 0 %, RP 0 %, HER2 3+"),
        ("row", "Découverte des lésions osseuses", "scanner de réévaluation du 04/02/2026 (progression osseuse D11 + L1)"),
        ("row", "Douleur", "non"),
        ("row", "Type de douleur", ""),
        ("row", "EVA", ""),
        ("row", "Radiothérapie antérieure (os)", "non (RT mammaire adjuvante 2023 seulement)"),
        ("row", "Chirurgie antérieure (os)", "non"),
        ("row", "Cimentoplastie antérieure", "non"),
        ("row", "Traitement anti-ostéoclastique", "oui - Zometa 4 mg/12 sem depuis 03/2025"),
        ("row", "Anticoagulant", "oui ?? HBPM pour thrombose sur PAC en 2025, a verifier si toujours en cours"),
        ("row", "Antiagrégant", "non"),
        ("row", "OMS", "0"),
        ("row", "Traitement en cours", "Enhertu (trastuzumab deruxtecan) toutes les 3 sem, C4 le 10/02, 2e ligne palliative"),
        ("row", "Autres ttt", "ZymaD 50 000 UI/mois, Imovane 7,5 mg le soir"),
        ("row", "Question", "SBRT D11 et L1 vu progression osseuse isolée sous Enhertu ? ou changement de ligne ?"),
        ("p", ""),
        ("p", "ATCD : tumorectomie G + curage 2023, chimio adjuvante (EC-paclitaxel-Herceptin), Herceptin arrêté 2024. "
              "Tante maternelle : cancer de l'ovaire. Pas d'allergie."),
        ("p", ""),
        ("p", "--"),
        ("p", "Envoyé depuis la messagerie sécurisée du CHI"),
    ],
    gold={
        "patient": {"sex": "F", "age": 47},
        "primaryTumor": {"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma",
                         "biomarkers": {"ER": "negative", "PR": "negative", "HER2": "positive"}},
        "boneDiagnosis": {"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        "pain": {"status": "absent", "types": [], "intensity": None},
        "currentMedications": {"status": "present", "atc": ["M05BA08", "A11CC05", "N05CF01"]},
        "priorLocalTreatments": {"status": "absent", "types": []},
        "boneTargetedTherapy": {"status": "present", "atc": ["M05BA08"]},
        "anticoagulation": {"status": "uncertain", "atc": []},
        "antiplatelets": {"status": "absent", "atc": []},
        "prognosis": {"status": "present", "ecog": 0},
        "therapeuticProject": {"status": "present", "intent": "palliative"},
    },
    not_current={"L01CD01": "adjuvant paclitaxel 2023", "L01FD01": "Herceptin stopped 2024"},
    notes="e-mail with pasted form; breast irradiation is not a bone treatment; anticoagulant 'oui ??… à vérifier' class only (uncertain, no agent); Enhertu (trastuzumab deruxtecan) is not in the ATC table; adjuvant Herceptin stopped",
))


# ====================================================================== contract
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
          "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ALL_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
             "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject"]
FIVE = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": FIVE,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": FIVE,
    "boneTargetedTherapy": FIVE,
    "anticoagulation": FIVE,
    "antiplatelets": FIVE,
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
MARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
RESULTS = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
        "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENT = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {"boneTargetedTherapy": ("M05BA", "M05BX04"),
                "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
                "antiplatelets": ("B01AC",)}


def fail(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def derive_gaps(g):
    """The spec's Gaps rule, applied to gold values."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in kinds:
            gaps.append([item, kinds[st]])
        elif st == "present":
            inc = ((item == "pain" and not sec["types"])
                   or (item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"])
                   or (item == "boneDiagnosis" and not sec["dated"])
                   or (item == "primaryTumor" and not sec["histology"])
                   or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None))
            if inc:
                gaps.append([item, "incomplete"])
    return gaps


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


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def age_at(birth, date):
    b = datetime.date.fromisoformat(birth)
    d = datetime.date.fromisoformat(date)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def letter_text(L):
    return render.blocks_to_text(L["blocks"], L.get("boxes", "ascii"))


def mentioned_codes(text, atc):
    """ATC codes of the table whose DCI/INN/brand appears in the text (longest names win)."""
    t = fold(text)
    found = {}
    spans = []
    names = sorted(((fold(n), code) for code, ns in atc.items() for n in ns), key=lambda x: -len(x[0]))
    for n, code in names:
        for m in re.finditer(r"(?<![a-z0-9])" + re.escape(n) + r"(?![a-z0-9])", t):
            if any(a <= m.start() < b for a, b in spans):
                continue
            spans.append((m.start(), m.end()))
            found.setdefault(code, n)
    return found


def check(L, atc):
    lid = L["id"]
    g = L["gold"]

    def err(m):
        fail(f"{lid}: {m}")

    for item in ALL_ITEMS:
        if item not in g:
            err(f"missing {item}")
        st = g[item]["status"]
        if st not in ALLOWED[item]:
            err(f"{item} status {st} not allowed")
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        err("sex")
    want_age = age_at(L["birth"], L["date"]) if L["birth"] else L["age_written"]
    if p["age"] != want_age:
        err(f"age {p['age']} != {want_age}")
    text = letter_text(L)
    if L["birth"]:
        b = datetime.date.fromisoformat(L["birth"])
        if b.strftime("%d/%m/%Y") not in text:
            err("birth date not in letter text")
    else:
        if f"{L['age_written']} ans" not in text:
            err("written age not in letter text")
    d = datetime.date.fromisoformat(L["date"])
    if d.strftime("%d/%m/%Y") not in text and f"{d.day} " not in text:
        err("letter date not in text")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            err("unknown primary tumor with values")
    else:
        if pt["site"] not in SITES:
            err("site code")
        if pt["histology"] is not None and pt["histology"] not in HISTO:
            err("histology code")
    for k, v in pt["biomarkers"].items():
        if k not in MARKERS or v not in RESULTS:
            err(f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if bd["status"] == "present":
        if not bd["circumstances"] or not set(bd["circumstances"]) <= CIRC:
            err("circumstances")
        if not isinstance(bd["dated"], bool):
            err("dated")
    elif bd["circumstances"] or bd["dated"]:
        err("unknown boneDiagnosis with values")
    pn = g["pain"]
    if not set(pn["types"]) <= PAIN_TYPES or len(set(pn["types"])) != len(pn["types"]):
        err("pain types")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        err("pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"]):
        err("absent/unknown pain with types or intensity")
    lt = g["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCAL:
        err("local treatment types")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        err("absent/unknown local treatments with types")
    if lt["status"] == "present" and not lt["types"]:
        err("present local treatments without type")
    meds = g["currentMedications"]
    for c in meds["atc"]:
        if c not in atc:
            err(f"ATC {c} not in atc-reference.tsv")
    if len(set(meds["atc"])) != len(meds["atc"]):
        err("duplicate med")
    if meds["status"] in ("absent", "unknown") and meds["atc"]:
        err("absent/unknown medications with codes")
    if meds["status"] == "present" and not meds["atc"]:
        err("present medications without any table code")
    for sec, prefixes in AGENT_PREFIX.items():
        s = g[sec]
        for c in s["atc"]:
            if c not in atc:
                err(f"{sec} ATC {c} not in reference")
            if not c.startswith(prefixes):
                err(f"{sec} ATC {c} outside {prefixes}")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            err(f"{sec} absent/unknown with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                if c not in meds["atc"]:
                    err(f"{sec} agent {c} (affirmed) missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                if c in meds["atc"]:
                    err(f"{sec} doubtful agent {c} must not be a current medication")
        # every current drug of that class must show in the section
        for c in meds["atc"]:
            if c.startswith(prefixes) and (s["status"] not in ("present", "conflicting") or c not in s["atc"]):
                err(f"current drug {c} not reflected in {sec}")
    pr = g["prognosis"]
    ecog, kps = pr.get("ecog"), pr.get("kps")
    if ecog is not None and kps is not None:
        err("both ecog and kps")
    if ecog is not None and ecog not in range(0, 5):
        err("ecog")
    if kps is not None and (kps not in range(0, 101) or kps % 10):
        err("kps")
    if pr["status"] == "unknown" and (ecog is not None or kps is not None):
        err("unknown prognosis with values")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENT:
        err("intent")
    if tp["status"] == "unknown" and tp["intent"]:
        err("unknown project with intent")
    # every table drug named in the letter is either current or explicitly set aside
    found = mentioned_codes(text, atc)
    for c, name in sorted(found.items()):
        if c not in meds["atc"] and c not in L["not_current"] and not any(c in g[s]["atc"] for s in AGENT_PREFIX):
            err(f"letter names {name!r} ({c}) but gold neither lists it nor sets it aside")
        if c in meds["atc"] and c in L["not_current"]:
            err(f"{c} both current and set aside")
    for c in meds["atc"]:
        if c not in found:
            err(f"current drug {c} not named in the letter text")
    for sec in AGENT_PREFIX:
        for c in g[sec]["atc"]:
            if c not in found:
                err(f"{sec} agent {c} not named in the letter text (class-only mention has no agent)")
    for c in L["not_current"]:
        if c not in found:
            err(f"set-aside drug {c} not named in the letter text")


def build_gold(L):
    g = {"id": L["id"]}
    for k in ["patient"] + ALL_ITEMS:
        sec = dict(L["gold"][k])
        if "atc" in sec:
            sec["atc"] = sorted(sec["atc"])
        if "types" in sec:
            sec["types"] = sorted(sec["types"])
        if "circumstances" in sec:
            sec["circumstances"] = sorted(sec["circumstances"])
        if k == "prognosis":
            if sec.get("kps") is not None:
                sec.pop("ecog", None)
            else:
                sec.setdefault("ecog", None)
                sec.pop("kps", None)
        g[k] = sec
    g["gaps"] = derive_gaps(L["gold"])
    return g


def main():
    atc = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids) or ids != [f"zk{i:02d}" for i in range(1, len(ids) + 1)]:
        fail("letter ids")
    for L in LETTERS:
        check(L, atc)
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for old in list((HERE / "letters").iterdir()) + list((HERE / "gold").iterdir()):
        old.unlink()
    for i, L in enumerate(LETTERS):
        stem = L["id"]
        fmt = L["fmt"]
        if fmt == "docx":
            d = datetime.date.fromisoformat(L["date"])
            render.write_docx(HERE / "letters" / f"{stem}.docx", L["blocks"], boxes=L.get("boxes", "uni"),
                              sdt=L.get("sdt", False), meta={"author": L["hospital"].split(",")[0], "title": "Demande RCP os"},
                              date_tuple=(d.year, d.month, d.day, 9, 30, 0))
        elif fmt == "pdf":
            pages = render.layout(L["blocks"], style=L["style"], boxes=L["boxes"], header=L.get("header"),
                                  footer=L.get("footer"))
            render.write_text_pdf(HERE / "letters" / f"{stem}.pdf", pages, L["producer"], L["creation"],
                                  "Demande RCP metastases osseuses")
        elif fmt == "scan":
            pages = render.layout(L["blocks"], style=L["style"], boxes=L["boxes"], header=L.get("header"),
                                  footer=L.get("footer"))
            cs = time.struct_time(L["creation"] + (0, 0, 0))
            render.write_image_pdf(HERE / "letters" / f"{stem}.pdf", pages, 3700 + i, L["producer"], cs, stem)
        elif fmt == "txt":
            (HERE / "letters" / f"{stem}.txt").write_bytes(letter_text(L).encode("utf-8"))
        else:
            fail(f"{stem}: format {fmt}")
        gold = build_gold(L)
        (HERE / "gold" / f"{stem}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and gold records")


if __name__ == "__main__":
    main()
