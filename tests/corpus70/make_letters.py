#!/usr/bin/env python3
"""Blind held-out corpus 70: 12 referral letters (Lorraine / Champagne) + gold.

Run from /work/main:  .venv/bin/python tests/corpus70/make_letters.py

Every letter's text and gold live below as Python data. Gold gaps are derived
by one function (derive_gaps) from the spec's Gaps rule; every gold record is
checked against the contract before anything is written; outputs are
byte-identical from run to run (fixed PDF dates/producer, fixed DOCX core
properties and zip timestamps, no randomness).
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
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
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
BIORESULTS = {"positive", "negative", "pending"}
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


def fail(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc():
    ref = {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            f = line.split("\t")
            names = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
            ref[f[0]] = names
    return ref


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def age_at(birth, when):
    b = dt.date.fromisoformat(birth)
    w = dt.date.fromisoformat(when)
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


# ---------------------------------------------------------------------------
# Gap rule (spec "Gaps"): one function, applied to every gold record.
# ---------------------------------------------------------------------------
def derive_gaps(g):
    gaps = []
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in kind_of:
            gaps.append([item, kind_of[st]])
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


# ---------------------------------------------------------------------------
# Letters
# ---------------------------------------------------------------------------
L = []


def letter(id, fmt, date, text, gold, birth=None, author=""):
    L.append(dict(id=id, fmt=fmt, date=date, text=text, gold=gold, birth=birth, author=author))


def G(sex, age, pt, bd, pain, meds, local, bone, anticoag, antiplat, prog, proj):
    return {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": dict(zip(("status", "site", "histology", "biomarkers"), pt)),
        "boneDiagnosis": dict(zip(("status", "circumstances", "dated"), bd)),
        "pain": dict(zip(("status", "types", "intensity"), pain)),
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": bone[0], "atc": sorted(bone[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplat[0], "atc": sorted(antiplat[1])},
        "prognosis": dict({"status": prog[0]}, **prog[1]),
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }


# zzr01 - pneumologist, Nancy, text PDF -------------------------------------
letter("zzr01", "pdf", "2026-03-12", """\
Centre Hospitalier Régional de Vandœuvre-Brabant
Service de Pneumologie – Unité d'oncologie thoracique
Dr Hélène MARCHAL-VOIRIN – Tél. secrétariat 03 83 47 21 90

Vandœuvre-lès-Nancy, le 12 mars 2026

À l'attention du Dr Bastien Keller
RCP Métastases osseuses – Institut de cancérologie de Lorraine-Est

Objet : M. Gérard THIRIET, né le 14/07/1958

Cher confrère,

Je vous adresse M. Thiriet, 67 ans, ancien tourneur-fraiseur, ex-tabagique (30 PA, sevré en 2015), pour avis concernant des lésions osseuses secondaires.

Antécédents : HTA, dyslipidémie, hernie inguinale opérée. Père décédé d'un cancer du poumon à 70 ans.

Histoire oncologique : découverte en janvier 2026 d'une masse lobaire supérieure droite dans un contexte de toux trainante. La biopsie bronchique (27/01/2026) retrouve un adénocarcinome pulmonaire TTF1+. Biologie moléculaire : mutation EGFR délétion exon 19, pas de réarrangement ALK ni ROS1. PD-L1 à 5 %.
Le TEP-scanner de bilan d'extension (04/02/2026) montre, outre la lésion primitive et des adénopathies médiastinales, plusieurs foyers hypermétaboliques osseux : corps vertébral de L2, aile iliaque gauche et 6e arc costal droit. L'IRM rachidienne confirme une lésion lytique de L2 avec atteinte du mur postérieur sans recul, pas d'épidurite.

Sur le plan clinique, M. Thiriet décrit des lombalgies apparues courant février, majorées à la marche et à la station debout prolongée, cotées à 4/10 ce jour. Pas de radiculalgie, pas de trouble sphinctérien, examen neurologique normal.

Il a débuté l'osimertinib (Tagrisso 80 mg/j) le 16/02/2026 à visée palliative, bien toléré (discret rash acnéiforme).

Traitement actuel :
- Tagrisso 80 mg 1 cp/j
- Doliprane 1 g x 3/j
- Inexium 20 mg le soir
- Tahor 20 mg
- Amlor 5 mg
Pas de traitement anticoagulant ni antiagrégant plaquettaire.

L'état général est conservé, PS 1, poids stable à 78 kg. Calcémie corrigée normale, créatinine 82 µmol/L.

Un traitement par dénosumab (Xgeva) est à discuter après bilan dentaire, qui est demandé.

Questions à la RCP : indication d'une radiothérapie antalgique et/ou d'une cimentoplastie de L2 compte tenu de l'atteinte du mur postérieur ? Risque fracturaire de l'aile iliaque ?

Je reste à votre disposition et vous prie de croire, cher confrère, en mes sentiments les meilleurs.

Dr H. Marchal-Voirin
""", G("M", 67,
       ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
       ("present", ["staging_imaging"], True),
       ("present", ["mechanical"], 4),
       ("present", ["L01EB04", "N02BE01", "A02BC05", "C10AA05"]),
       ("unknown", []),
       ("unknown", []),
       ("absent", []),
       ("absent", []),
       ("present", {"ecog": 1}),
       ("present", "palliative")),
       birth="1958-07-14", author="Pneumologist (CHR Vandœuvre, Nancy)")

# zzr02 - oncologist's reply to the RCP secretary, TXT ----------------------
letter("zzr02", "txt", "2026-03-16", """\
De : Dr Claire Aubriot – Oncologie médicale, Clinique Saint-Arnoul, Metz
À : Secrétariat RCP métastases osseuses
Date : 16/03/2026
Objet : RE: Demande de compléments – Mme JACQUEMIN Odile (née le 03/05/1961)

Bonjour,

Suite à votre mail, voici les éléments manquants pour Mme Jacquemin, présentée pour ses métastases osseuses d'un carcinome lobulaire infiltrant du sein gauche (RE+ RP+ HER2 négatif) :

- Anticoagulant : oui, Eliquis 5 mg x2 (TVP du mollet droit en décembre)
- Antiagrégant : non
- Douleur : non
- Traitement osseux : aucun pour l'instant
- Radiothérapie antérieure : oui, 20 Gy en 5 fractions sur L3 en janvier 2026
- OMS : 1
- Traitement en cours : Létrozole 2,5 mg + Kisqali 600 mg (3 sem/4), Eliquis, Inexium 20

Pour le reste le dossier envoyé la semaine dernière est à jour.

Bien confraternellement,
C. Aubriot
Secrétariat : 03 87 55 14 62
""", G("F", 64,
       ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
       ("unknown", [], False),
       ("absent", [], None),
       ("present", ["B01AF02", "L02BG04", "L01EF02", "A02BC05"]),
       ("present", ["radiotherapy"]),
       ("absent", []),
       ("present", ["B01AF02"]),
       ("absent", []),
       ("present", {"ecog": 1}),
       ("present", None)),
       birth="1961-05-03", author="Medical oncologist, reply to the secretary (Metz)")

# zzr03 - urologist, Metz, DOCX ----------------------------------------------
letter("zzr03", "docx", "2026-03-05", """\
# Hôpital Robert-Schuman-Belletanche – Service d'Urologie
Dr Julien Fersing – Consultation d'uro-oncologie – 03 87 39 72 05
Metz, le 5 mars 2026
# Demande d'avis RCP métastases osseuses
Patient | M. SCHNEIDER Albert, 72 ans
Médecin traitant | Dr Paulin, Montigny-lès-Metz
Antécédents | Diabète de type 2, HTA, infarctus du myocarde stenté en 2017, ostéoporose fracturaire (tassement T8 en 2022)
Antécédents familiaux | Père : cancer de la prostate à 80 ans
Cher confrère,
Je vous présente M. Schneider, 72 ans, chez qui a été diagnostiqué en décembre 2025 un adénocarcinome de la prostate, score de Gleason 8 (4+4), ISUP 4, sur biopsies du 18/12/2025. Le PSA initial était à 84 ng/mL.
Le bilan d'extension (scintigraphie osseuse et TEP-PSMA de janvier 2026) a mis en évidence 4 lésions osseuses : ischion droit, cotyle gauche, L4 et 9e côte gauche. Pas d'atteinte viscérale, adénopathies iliaques bilatérales.
Le patient ne présente pas de douleur osseuse, il marche sans aide et reste très actif (jardinage). OMS 0.
Aucun traitement local osseux n'a été réalisé à ce jour. Une radiothérapie prostatique est envisagée.
Il a débuté une hormonothérapie par Décapeptyl LP 22,5 mg (1re injection le 08/01/2026) associée au darolutamide (Nubeqa 300 mg, 2 cp matin et soir) depuis le 22/01/2026. Le PSA est à 6,2 ng/mL le 26/02.
Par ailleurs, il reçoit du Prolia 60 mg une injection tous les 6 mois, prescrit par son rhumatologue pour l'ostéoporose depuis 2023 (dernière injection en novembre 2025).
# Traitement habituel
Médicament | Posologie
Décapeptyl LP 22,5 mg | 1 inj. / 6 mois
Nubeqa 300 mg | 2 cp x 2 / j
Kardégic 75 mg | 1 sachet / j
Prolia 60 mg | 1 inj. / 6 mois
Triatec 5 mg | 1 cp / j
Glucophage 1000 mg | 1 cp x 2 / j
Pas d'anticoagulant.
# Question posée
Maladie hormonosensible oligométastatique (4 lésions) : quelle place pour une radiothérapie des sites osseux ? Faut-il remplacer le Prolia par le Xgeva à dose oncologique ?
Confraternellement,
Dr J. Fersing
""", G("M", 72,
       ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
       ("present", ["staging_imaging"], True),
       ("absent", [], None),
       ("present", ["L02AE04", "L02BB06", "B01AC06", "M05BX04", "C09AA05", "A10BA02"]),
       ("absent", []),
       ("present", ["M05BX04"]),
       ("absent", []),
       ("present", ["B01AC06"]),
       ("present", {"ecog": 0}),
       ("present", None)),
       author="Urologist (Metz)")

# zzr04 - GP, Reims, short TXT ------------------------------------------------
letter("zzr04", "txt", "2026-03-20", """\
Dr Marc-Antoine LEFEVRE
Médecin généraliste
12 rue des Capucins - 51100 Reims
Tél 03 26 40 18 77

Reims le 20/03/2026

Cher Confrère,

Je vous adresse Mme Simone GUERIN née le 29/03/1944 qui présente depuis environ 2 mois des douleurs dorsales, surtout la nuit, qui la reveillent, EVA 6 malgré le Topalgic.

Le scanner thoraco-abdo-pelvien (CH de Reims-Cernay, 11/03/2026) retrouve des lésions lytiques de T9, T11 et de l'aile iliaque droite évoquant des localisations secondaires. Elle a été opérée en 2012 d'un cancer du sein droit (tumorectomie + radiothérapie, puis 5 ans d'hormonothérapie), il pourrait s'agir d'une rechute tardive mais un myélome n'est pas éliminé (électrophorèse des protéines en cours).

ATCD : FA sous AVK, hypothyroïdie, cataracte opérée. Sa soeur a eu un cancer du colon.

Traitement :
PREVISCAN 20 mg 3/4 cp le soir (INR 2,6 le 15/03)
TOPALGIC 50 mg matin et soir
DOLIPRANE 1g 3x/j
LEVOTHYROX 75 µg
CARDENSIEL 2,5 mg

Calcémie normale. Vit seule, aidée par sa fille.

Merci de votre avis et de la prise en charge.

Bien confraternellement

Dr Lefevre
""", G("F", 81,
       ("uncertain", "breast", None, {}),
       ("present", ["pain"], True),
       ("present", ["nocturnal"], 6),
       ("present", ["B01AA12", "N02AX02", "N02BE01", "H03AA01", "C07AB07"]),
       ("unknown", []),
       ("unknown", []),
       ("present", ["B01AA12"]),
       ("unknown", []),
       ("unknown", {"ecog": None}),
       ("unknown", None)),
       birth="1944-03-29", author="General practitioner (Reims)")

# zzr05 - medical oncologist, Reims, text PDF (2 pages) ----------------------
letter("zzr05", "pdf", "2026-03-09", """\
Institut Champenois d'Oncologie – Pôle Médecine
Dr Agathe VAUTRIN, oncologue médicale
Secrétariat : 03 26 50 93 41

Reims, le 9 mars 2026

Demande de passage en RCP métastases osseuses

Patient : M. Didier COLLARD, 63 ans
Motif : avis sur une nouvelle lésion osseuse (aile iliaque droite)

Cher collègue,

M. Collard, 63 ans, est suivi pour un carcinome rénal à cellules claires du rein gauche (néphrectomie élargie en 2021, pT3a N0, grade ISUP 3), métastatique au niveau pulmonaire depuis 2023.

Pour mémoire, le 14/01/2026, il a présenté une fracture pathologique du fémur droit (sous-trochantérienne) en descendant de sa voiture, révélant l'atteinte osseuse. Il a bénéficié d'un enclouage centromédullaire le 16/01/2026 (Dr Henrion, orthopédie), complété par une radiothérapie post-opératoire de 20 Gy en 5 fractions terminée le 10/02/2026. L'anatomopathologie du curetage confirme la localisation secondaire du carcinome rénal.

Une anticoagulation préventive par Lovenox 4000 UI/j a été prescrite en post-opératoire et arrêtée à J35.

Depuis février, il est traité par cabozantinib (Cabometyx 40 mg/j, réduit de 60 à 40 mg pour syndrome main-pied grade 2) et par dénosumab (Xgeva 120 mg SC toutes les 4 semaines, 2e injection le 02/03/2026) avec supplémentation vitamino-calcique.

Sur le plan algique : douleurs de hanche droite à la marche, EVA 3/10, sans réveil nocturne. Il marche avec une canne.

Le scanner de réévaluation du 27/02/2026 montre une stabilité pulmonaire mais une nouvelle lésion lytique de 3 cm de l'aile iliaque droite, asymptomatique.

Traitement actuel :
• Cabometyx 40 mg 1 cp/j
• Xgeva 120 mg SC / 4 semaines
• Cacit D3 1 sachet/j
• Doliprane 1 g si besoin, jusqu'à 3/j
• Amlor 10 mg, Lercan 10 mg

PS 1. Espérance de vie estimée supérieure à 1 an. Le projet reste palliatif, poursuite du cabozantinib.

Question à la RCP : faut-il irradier la lésion iliaque droite (RT stéréotaxique ?) ou surveiller ?

Bien à vous,
Dr A. Vautrin
""", G("M", 63,
       ("present", "kidney", "clear_cell_carcinoma", {}),
       ("present", ["pathological_fracture"], True),
       ("present", ["mechanical"], 3),
       ("present", ["L01EX07", "M05BX04", "A12AX", "N02BE01"]),
       ("present", ["surgery", "radiotherapy"]),
       ("present", ["M05BX04"]),
       ("absent", []),
       ("unknown", []),
       ("present", {"ecog": 1}),
       ("present", "palliative")),
       author="Medical oncologist (Reims)")

# zzr06 - rheumatologist, Metz, DOCX ----------------------------------------
letter("zzr06", "docx", "2026-03-09", """\
# Centre Hospitalier de Metz-Queuleu – Service de Rhumatologie
Dr Sophie Wendling – tél. 03 87 21 66 30
Metz, le 09/03/2026
Objet : M. MULLER Bernard, né le 11/11/1956
Cher confrère,
Je vous adresse M. Muller, hospitalisé dans le service depuis le 26/02/2026 pour des rachialgies d'horaire inflammatoire évoluant depuis décembre 2025, avec dérouillage matinal prolongé, associées à une hypercalcémie à 3,1 mmol/L à l'entrée.
L'IRM du rachis retrouve une lésion de T12 avec tassement de 30 %, ainsi que des lésions de T7 et du sacrum. Le scanner thoracique montre une masse lobaire inférieure gauche de 4 cm.
Une vertébroplastie de T12 a été réalisée le 05/03/2026 (Dr Koenig, radiologie interventionnelle) avec biopsie : localisation osseuse d'un adénocarcinome d'origine pulmonaire (TTF1 positif, CK7+). PD-L1 (22C3) : 60 %. La biologie moléculaire (EGFR, ALK, ROS1) est en cours.
# Antécédents
BPCO stade 2, tabagisme 45 PA actif. Phlébite surale gauche en 2019 traitée 6 mois par Xarelto, arrêté depuis. Cholécystectomie. Pas d'antécédent familial notable.
# Évolution
L'hypercalcémie a été corrigée par hydratation et une perfusion unique de Zometa 4 mg le 27/02/2026. Pas de traitement anti-résorptif au long cours à ce jour.
Douleur actuelle EN 4/10 (7/10 à l'entrée) sous morphinique. Pas de déficit neurologique. Patient autonome au fauteuil et pour les transferts, OMS 2.
# Traitement de sortie
Oxycontin 10 mg matin et soir
Oxynorm 5 mg si douleur, max 4/j
Doliprane 1 g x 3/j
Solupred 20 mg/j pendant 5 jours
Forlax 2 sachets/j
Spiriva 1 inhalation/j
Pas d'anticoagulant, pas d'antiagrégant.
# Demande
Avis RCP métastases osseuses sur la prise en charge des lésions de T7 et du sacrum (radiothérapie ?). Le patient a rendez-vous avec l'oncologue thoracique le 16/03 pour la discussion du traitement systémique.
Bien confraternellement,
Dr S. Wendling
""", G("M", 69,
       ("present", "lung", "adenocarcinoma", {"PD-L1": "positive", "EGFR": "pending", "ALK": "pending", "ROS1": "pending"}),
       ("present", ["pain", "hypercalcemia"], True),
       ("present", ["inflammatory"], 4),
       ("present", ["N02AA05", "N02BE01", "H02AB06", "A06AD15"]),
       ("present", ["cementoplasty"]),
       ("absent", []),
       ("absent", []),
       ("absent", []),
       ("present", {"ecog": 2}),
       ("unknown", None)),
       birth="1956-11-11", author="Rheumatologist (Metz)")

# zzr07 - urologist reply to the secretary, TXT CRLF -------------------------
letter("zzr07", "txt-crlf", "2026-03-18", """\
Dr P. Hablot - Urologie - Polyclinique de la Marne, Épernay
le 18/03/26

Réponse à la demande de la secrétaire de RCP du 13/03

Patient : M. BOUCHERON Jean-Claude, 77 ans
Adénocarcinome prostatique résistant à la castration, PSA 12 ng/ml en hausse (8,4 en janvier).
Métastases osseuses découvertes sur le TEP-PSMA de suivi en décembre 2025 (bassin, L5).

Anticoagulant : oui, Eliquis 5 mg x2 (ACFA)
Antiagrégant : non
Douleur : oui, hanche gauche, à la marche, EVA 5
Traitement osseux : aucun
RT antérieure : non, jamais irradié sur l'os (RT prostatique exclusive en 2019)
OMS : 1
Traitement en cours : Zytiga 1000 mg/j + prednisone 5 mg x2 depuis janvier, Décapeptyl 11,25 tous les 3 mois

Cordialement
P. Hablot
""", G("M", 77,
       ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
       ("present", ["staging_imaging"], True),
       ("present", ["mechanical"], 5),
       ("present", ["B01AF02", "L02BX03", "H02AB07", "L02AE04"]),
       ("absent", []),
       ("absent", []),
       ("present", ["B01AF02"]),
       ("absent", []),
       ("present", {"ecog": 1}),
       ("present", None)),
       author="Urologist, reply to the secretary (Épernay)")

# zzr08 - pneumologist, Metz, small-cell, text PDF ---------------------------
letter("zzr08", "pdf", "2026-03-11", """\
Hôpital de Thionville-Bel-Air – Pneumologie
Dr Nicolas Stamm – Tél. 03 82 55 80 12

Thionville, le 11/03/2026

Madame, Monsieur, chers collègues de la RCP,

Je vous présente Mme Véronique ZIMMER, 58 ans, tabagique active (35 PA).

Le 18/02/2026, elle a présenté une paraparésie d'installation rapide avec niveau sensitif T6 et douleurs en ceinture, révélant une compression médullaire sur lésion de T5 avec épidurite. Le bilan retrouve une masse hilaire droite ; la biopsie (EBUS, 20/02) conclut à un carcinome bronchique à petites cellules, stade étendu (os, foie).

Prise en charge : corticothérapie forte dose puis radiothérapie de T4–T6 (30 Gy en 10 fractions) en cours, 7e séance le 11/03. Pas d'indication chirurgicale retenue par les neurochirurgiens. Récupération motrice partielle, marche avec déambulateur.

Chimio-immunothérapie carboplatine–étoposide–durvalumab débutée le 23/02, C2 prévue le 16/03.

Douleurs : radiculalgies en ceinture à type de décharges électriques, surtout nocturnes, EVA 8/10 à l'admission, 5/10 ce jour.

Traitement actuel :
Dectancyl 8 mg/j (décroissance en cours)
Skenan LP 30 mg x2, Actiskenan 10 mg si besoin
Lyrica 75 mg x2
Lovenox 4000 UI/j (préventif, alitement)
Inipomp 40 mg
Carboplatine – étoposide – durvalumab (Imfinzi) J1 = 23/02/2026

Pas de traitement anti-résorptif à ce stade (avis dentaire en attente). Pas d'antécédent de traitement local osseux avant la radiothérapie actuelle.

PS 3 ce jour. Projet palliatif, poursuite de la chimio-immunothérapie si l'état le permet.

Question : intérêt d'un traitement par dénosumab ou acide zolédronique ? Surveillance de L1 (lésion lytique avec risque de tassement) ?

Confraternellement,
Dr N. Stamm
""", G("F", 58,
       ("present", "lung", "small_cell_carcinoma", {}),
       ("present", ["neurological_deficit"], True),
       ("present", ["neuropathic", "nocturnal"], 5),
       ("present", ["H02AB02", "N02AA01", "N03AX16", "B01AB05", "A02BC02", "L01XA02", "L01CB01", "L01FF03"]),
       ("present", ["radiotherapy"]),
       ("absent", []),
       ("present", ["B01AB05"]),
       ("unknown", []),
       ("present", {"ecog": 3}),
       ("present", "palliative")),
       author="Pneumologist (Thionville, Moselle)")

# zzr09 - medical oncologist, Nancy, DOCX with summary table (conflict) ------
letter("zzr09", "docx", "2026-03-18", """\
# Institut de Cancérologie de Lorraine-Est – Oncologie sénologique
Dr Mathilde Grosjean – 03 83 59 84 00
Nancy, le 18 mars 2026
# Fiche de présentation RCP métastases osseuses
Nom | Mme PERRIN Nathalie
Date de naissance | 22/01/1970
Primitif | Sein droit – carcinome canalaire infiltrant (NST), grade II
Récepteurs | RE 90 %, RP 40 %, HER2 1+ (non amplifié)
OMS | 0
Anticoagulation | Non
Traitement anti-résorptif | Oui
# Histoire
Mme Perrin a été traitée en 2021 pour un carcinome canalaire infiltrant du sein droit : tumorectomie, curage axillaire, chimiothérapie adjuvante, radiothérapie mammaire, puis tamoxifène arrêté à la rechute. Sa mère a eu un cancer du sein à 62 ans.
Rechute osseuse découverte sur le scanner de surveillance de septembre 2025 (L2, 7e côte droite, sacrum). Une radiothérapie antalgique de L2 (8 Gy en 1 fraction) a été faite en octobre 2025.
Depuis octobre 2025 : Femara 2,5 mg/j + Ibrance 125 mg (21 j/28) et Zometa 4 mg IV toutes les 12 semaines (dernière perfusion le 05/02/2026).
En janvier 2026, embolie pulmonaire segmentaire droite, elle est depuis sous Xarelto 20 mg/j.
Actuellement douleur costale droite modérée, EN 2/10, majorée à la mobilisation du tronc. Elle a repris son travail à mi-temps.
# Traitement
Femara 2,5 mg, Ibrance 125 mg, Zometa 4 mg / 12 sem, Xarelto 20 mg, Uvedose 100 000 UI / mois.
# Question
Réponse dissociée au TEP de mars 2026 (progression sacrée isolée) : radiothérapie stéréotaxique du sacrum avant de poursuivre la même ligne ?
""", G("F", 56,
       ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
       ("present", ["staging_imaging"], True),
       ("present", ["mechanical"], 2),
       ("present", ["L02BG04", "L01EF01", "M05BA08", "B01AF01", "A11CC05"]),
       ("present", ["radiotherapy"]),
       ("present", ["M05BA08"]),
       ("conflicting", ["B01AF01"]),
       ("unknown", []),
       ("present", {"ecog": 0}),
       ("present", None)),
       birth="1970-01-22", author="Medical oncologist (Nancy), RCP sheet + narrative")

# zzr10 - GP, Reims area, TXT cp1252 ----------------------------------------
letter("zzr10", "txt-cp1252", "2026-03-23", """\
Cabinet médical des Tilleuls - Dr Françoise MAILLARD
8 place de la Mairie, 51420 Witry-lès-Reims - 03 26 97 31 08

le 23 mars 2026

Cher confrère,

Je me permets de vous adresser M. Roger DUPUIS, 74 ans, suivi au CH de Reims pour un cancer du rein (néphrectomie droite en 2019, carcinome à cellules claires d'après le compte rendu).

En janvier dernier, un scanner abdominal fait aux urgences pour une colique néphrétique a découvert une lésion lytique de l'aile iliaque gauche, puis le bilan a montré d'autres lésions (humérus gauche, côtes). Son oncologue l'a mis sous Inlyta + Keytruda depuis février.

Il se plaint maintenant de douleurs de l'épaule gauche, il prend du Dafalgan codéiné 3 à 4 fois par jour avec un effet partiel.

Pour son ACFA il serait sous Sintrom ? à vérifier avec son cardiologue, je n'ai pas le dernier courrier.

Autres traitements : Tahor 40, Lasilix 40 le matin, Inlyta 5 mg matin et soir, Keytruda toutes les 3 semaines à l'hôpital.

Je souhaiterais votre avis sur l'épaule (risque de fracture ?).

Bien confraternellement,
Dr F. Maillard
""", G("M", 74,
       ("present", "kidney", "clear_cell_carcinoma", {}),
       ("present", ["incidental_imaging"], True),
       ("present", [], None),
       ("present", ["N02AJ06", "L01EK01", "L01FF02", "C10AA05", "C03CA01"]),
       ("unknown", []),
       ("unknown", []),
       ("uncertain", ["B01AA07"]),
       ("unknown", []),
       ("unknown", {"ecog": None}),
       ("present", None)),
       author="General practitioner (Witry-lès-Reims), cp1252")

# zzr11 - medical oncologist, Reims, text PDF --------------------------------
letter("zzr11", "pdf", "2026-03-24", """\
CENTRE HOSPITALIER DE CHÂLONS-EN-CHAMPAGNE
Service d'Oncologie Médicale – Hôpital de jour
Dr Yannick Perrot – 03 26 69 62 15

Châlons, le 24/03/2026

Cher ami,

Je te présente en RCP M. André LAMBERT, né le 02/02/1952, ancien agriculteur, suivi pour un carcinome épidermoïde bronchique du lobe supérieur gauche, PD-L1 < 1 %, EGFR et ALK non recherchés (histologie épidermoïde, ancien fumeur sevré en 2018).

Le TEP-TDM initial (octobre 2025) retrouvait une lésion hypermétabolique unique de la scapula gauche, confirmée en IRM. Il a reçu 4 cycles de carboplatine–paclitaxel–pembrolizumab (novembre 2025 à janvier 2026), et la lésion scapulaire a été traitée par radiothérapie stéréotaxique 3 x 9 Gy en novembre 2025. Maintenance par pembrolizumab (Keytruda) seul depuis le 05/02/2026.

Le dénosumab (Xgeva) débuté en novembre a été arrêté en janvier 2026 pour une hypocalcémie symptomatique.

Le patient ne se plaint d'aucune douleur, EVA 0. Il a un stent coronaire depuis 2020 et reste sous Plavix 75 mg. Pas d'anticoagulant.

Traitement actuel : Keytruda 200 mg / 3 semaines, Plavix 75 mg, Cardensiel 5 mg, Mopral 20 mg, Imovane 7,5 mg le soir.

OMS 1. Il vit avec son épouse et conduit encore.

Le TEP de réévaluation de mars 2026 montre une réponse métabolique complète pulmonaire et une fixation résiduelle faible de la scapula. Question : faut-il une nouvelle irradiation ou une simple surveillance ? Reprise d'un traitement anti-résorptif (acide zolédronique ?) ?

Amitiés,
Yannick
""", G("M", 74,
       ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "negative"}),
       ("present", ["staging_imaging"], True),
       ("absent", [], 0),
       ("present", ["L01FF02", "B01AC04", "C07AB07", "A02BC01", "N05CF01"]),
       ("present", ["radiotherapy"]),
       ("absent", []),
       ("absent", []),
       ("present", ["B01AC04"]),
       ("present", {"ecog": 1}),
       ("present", None)),
       birth="1952-02-02", author="Medical oncologist (Châlons-en-Champagne)")

# zzr12 - pneumologist reply to the secretary, DOCX (table) -----------------
letter("zzr12", "docx", "2026-03-26", """\
# CHR Metz-Thionville – Site de Mercy – Pneumologie
Dr Élodie Bertrand – secrétariat 03 87 34 11 58
Metz, le 26/03/2026
À l'attention du secrétariat de la RCP métastases osseuses
Objet : compléments demandés pour Mme FABBRI Luisa, 62 ans (adénocarcinome pulmonaire ALK réarrangé, EGFR non muté)
Madame,
Voici les réponses à votre demande du 20/03 :
Question | Réponse
Traitement anticoagulant | Oui, Innohep 14 000 UI/j pour embolie pulmonaire (décembre 2025)
Antiagrégant plaquettaire | Aucun
Douleur | Non
Traitement osseux (bisphosphonate / dénosumab) | Aucun – bilan dentaire fait, Xgeva prévu après la RCP
Radiothérapie ou chirurgie osseuse antérieure | Non
État général | OMS 2
Traitement oncologique actuel | Alecensa 600 mg x2/j depuis novembre 2025
Autres traitements | Inexium 40 mg, Levothyrox 50 µg
Cordialement,
Dr É. Bertrand
""", G("F", 62,
       ("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative"}),
       ("unknown", [], False),
       ("absent", [], None),
       ("present", ["B01AB10", "L01ED03", "A02BC05", "H03AA01"]),
       ("absent", []),
       ("absent", []),
       ("present", ["B01AB10"]),
       ("absent", []),
       ("present", {"ecog": 2}),
       ("present", None)),
       author="Pneumologist, reply to the secretary (Metz), DOCX table")


# ---------------------------------------------------------------------------
# Contract check
# ---------------------------------------------------------------------------
def check(l, ref):
    g, lid = l["gold"], l["id"]
    text = fold(l["text"])

    def err(m):
        fail(f"{lid}: {m}")

    if g["patient"]["sex"] not in ("F", "M"):
        err("sex")
    if not isinstance(g["patient"]["age"], int):
        err("age")
    if l["birth"]:
        if age_at(l["birth"], l["date"]) != g["patient"]["age"]:
            err(f"age {g['patient']['age']} != recomputed {age_at(l['birth'], l['date'])}")
        b = dt.date.fromisoformat(l["birth"])
        if b.strftime("%d/%m/%Y") not in l["text"]:
            err("birth date not written in the letter")
    elif f"{g['patient']['age']} ans" not in l["text"]:
        err("age neither written nor derivable")
    for item, allowed in ALLOWED_STATUS.items():
        if g[item]["status"] not in allowed:
            err(f"{item}.status {g[item]['status']} not allowed")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        err("unknown primary with values")
    if pt["site"] is not None and pt["site"] not in SITES:
        err("site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        err("histology code")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIORESULTS:
            err(f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCUMSTANCES:
        err("circumstance code")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        err("unknown boneDiagnosis with values")
    if bd["status"] == "present" and not bd["circumstances"]:
        err("present boneDiagnosis without circumstance")
    p = g["pain"]
    if not set(p["types"]) <= PAIN_TYPES:
        err("pain type code")
    if p["status"] != "present" and p["types"]:
        err("pain types without present pain")
    if p["intensity"] is not None and not (0 <= p["intensity"] <= 10):
        err("pain intensity")
    if p["status"] == "absent" and p["intensity"] not in (None, 0):
        err("absent pain with positive intensity")
    if p["intensity"] is not None and not any(
            s in text for s in (f"{p['intensity']}/10", f"eva {p['intensity']}", f"en {p['intensity']}")):
        err("pain intensity not in text")
    loc = g["priorLocalTreatments"]
    if not set(loc["types"]) <= LOCAL_TYPES:
        err("local treatment type")
    if (loc["status"] == "present") != bool(loc["types"]) and loc["status"] in ("present", "absent", "unknown"):
        err("local treatment types vs status")
    meds = g["currentMedications"]
    if meds["status"] in ("absent", "unknown") and meds["atc"]:
        err("currentMedications codes with absent/unknown status")
    if meds["status"] == "present" and not meds["atc"]:
        err("present medications without any reference code (check)")
    all_codes = list(meds["atc"])
    for sec in AGENT_PREFIXES:
        s = g[sec]
        all_codes += s["atc"]
        for c in s["atc"]:
            if not c.startswith(AGENT_PREFIXES[sec]):
                err(f"{sec} holds {c}")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            err(f"{sec} codes with status {s['status']}")
        if s["status"] in ("present", "conflicting"):
            if not set(s["atc"]) <= set(meds["atc"]):
                err(f"{sec} agents {s['atc']} missing from currentMedications")
        if s["status"] == "uncertain" and set(s["atc"]) & set(meds["atc"]):
            err(f"{sec} doubtful agent listed as current medication")
        if sec == "antiplatelets":
            continue
    # drugs in currentMedications that belong to an agent group must appear in that section
    for c in meds["atc"]:
        for sec, pref in AGENT_PREFIXES.items():
            if c.startswith(pref) and c not in g[sec]["atc"]:
                err(f"current {c} not in {sec}")
    for c in all_codes:
        if c not in ref:
            err(f"ATC {c} not in atc-reference.tsv")
        if not any(fold(n) in text for n in ref[c] if n):
            err(f"ATC {c} ({ref[c][0]}) not named in the letter")
    if len(set(meds["atc"])) != len(meds["atc"]):
        err("duplicate codes")
    prog = g["prognosis"]
    keys = set(prog) - {"status"}
    if not keys or not keys <= {"ecog", "kps"}:
        err("prognosis keys")
    if prog["status"] == "unknown" and any(prog[k] is not None for k in keys):
        err("unknown prognosis with values")
    if prog.get("ecog") is not None and not 0 <= prog["ecog"] <= 4:
        err("ecog range")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        err("intent code")
    if tp["status"] == "unknown" and tp["intent"]:
        err("intent without project")
    word = {"palliative": "palliati", "curative": "curati", "supportive": "support"}
    if tp["intent"] and word[tp["intent"]] not in text:
        err("intent word absent from letter")
    gaps = derive_gaps(g)
    for item, kind in gaps:
        if item not in ITEMS9 or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            err("bad gap")
    return gaps


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def write_txt(path, text, variant):
    if variant == "txt-crlf":
        path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    elif variant == "txt-cp1252":
        path.write_bytes(text.encode("cp1252"))
    else:
        path.write_bytes(text.encode("utf-8"))


def pdf_bytes(text, date):
    from PIL import ImageFont
    font_data = FONT.read_bytes()
    f1000 = ImageFont.truetype(str(FONT), 1000)
    widths = []
    for b in range(32, 256):
        try:
            ch = bytes([b]).decode("cp1252")
            widths.append(int(round(f1000.getlength(ch))))
        except UnicodeDecodeError:
            widths.append(0)

    size, lead, left, top, bottom, maxw = 10, 13.5, 64, 790, 60, 595 - 128

    def w(s):
        return sum(widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000

    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        cur = ""
        for word in para.split(" "):
            cand = word if not cur else cur + " " + word
            if w(cand) <= maxw:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        lines.append(cur)
    per_page = int((top - bottom) // lead)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]

    def esc(s):
        return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 descriptor, 5 fontfile, 6 info, then page/content pairs
    font_stream = zlib.compress(font_data, 9)
    objs[5] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(font_stream), len(font_data))
               + font_stream + b"\nendstream")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
               + b" ".join(str(x).encode() for x in widths)
               + b"] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>")
    d = date.replace("-", "")
    objs[6] = (b"<< /Producer (corpus70 make_letters.py) /Creator (Traitement de texte) /CreationDate (D:"
               + d.encode() + b"093000+01'00') /ModDate (D:" + d.encode() + b"093000+01'00') >>")
    kids = []
    for i, pg in enumerate(pages):
        pid, cid = 7 + 2 * i, 8 + 2 * i
        kids.append(pid)
        body = [b"BT", b"/F1 %d Tf" % size, b"%.1f TL" % lead, b"%d %d Td" % (left, top)]
        for ln in pg:
            body.append(b"(" + esc(ln) + b") '")
        body.append(b"ET")
        if n_pages > 1:
            body += [b"BT", b"/F1 8 Tf", b"280 30 Td", b"(" + esc(f"{i + 1}/{n_pages}") + b") Tj", b"ET"]
        content = zlib.compress(b"\n".join(body), 9)
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                     b"/Contents %d 0 R >>" % cid)
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for num in range(1, n):
        out += b"%010d 00000 n \n" % offsets[num]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    return bytes(out)


def docx_bytes(text, date, author):
    import docx
    doc = docx.Document()
    rows = []

    def flush():
        if rows:
            t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()

    for line in text.split("\n"):
        if " | " in line:
            rows.append([c.strip() for c in line.split(" | ")])
            continue
        flush()
        if line.startswith("# "):
            doc.add_heading(line[2:], level=2)
        elif line.strip():
            doc.add_paragraph(line)
    flush()
    fixed = dt.datetime.fromisoformat(date + "T09:00:00")
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = "Demande RCP métastases osseuses"
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(fixed.year, fixed.month, fixed.day, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def main():
    ref = load_atc()
    ids = [l["id"] for l in L]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    golds = {}
    for l in L:
        gaps = check(l, ref)
        g = {"id": l["id"]}
        g.update(l["gold"])
        g["gaps"] = gaps
        golds[l["id"]] = g
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for l in L:
        fmt = l["fmt"]
        if fmt.startswith("txt"):
            p = HERE / "letters" / f"{l['id']}.txt"
            write_txt(p, l["text"], fmt)
        elif fmt == "pdf":
            (HERE / "letters" / f"{l['id']}.pdf").write_bytes(pdf_bytes(l["text"], l["date"]))
        elif fmt == "docx":
            (HERE / "letters" / f"{l['id']}.docx").write_bytes(docx_bytes(l["text"], l["date"], "Secrétariat médical"))
        else:
            fail(f"{l['id']}: unknown format {fmt}")
        (HERE / "gold" / f"{l['id']}.json").write_text(
            json.dumps(golds[l["id"]], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(L)} letters and golds")


if __name__ == "__main__":
    main()
