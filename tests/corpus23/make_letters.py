#!/usr/bin/env python3
"""Build corpus23: 12 blind medical-oncology referral letters and their gold records.

Run from /work/main:  .venv/bin/python tests/corpus23/make_letters.py

Every letter's text and gold live below as Python data. Gold gaps are derived by
`derive_gaps` (the spec's Gaps rule); every gold is checked against the contract
(spec/rcp-request.md, atc-reference.tsv) before anything is written, and the
script exits with "CONTRACT VIOLATION: ..." on the first failure. Output is
byte-identical on every run (fixed PDF dates/producer, fixed DOCX properties
and zip timestamps, no randomness).
"""
from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = Path("/work/shared/spec")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ---------------------------------------------------------------------------
# Contract vocabularies (spec/rcp-request.md)
# ---------------------------------------------------------------------------
ITEMS_GAP = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
             "prognosis", "therapeuticProject"]
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
STATUSES = {
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


def die(msg: str) -> None:
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc():
    rows = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        parts += [""] * (5 - len(parts))
        code, dci, inn, group, brands = (p.strip() for p in parts[:5])
        names = [dci, inn] + [b for b in brands.split(",") if b.strip()]
        rows[code] = [n.strip() for n in names if n.strip()]
    return rows


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())


# ---------------------------------------------------------------------------
# Gap rule (spec "Gaps"), one function
# ---------------------------------------------------------------------------
def derive_gaps(g: dict) -> list:
    gaps = []
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS_GAP:
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
# Gold builder
# ---------------------------------------------------------------------------
def make_gold(lid, sex, age, pt, bd, pain, meds, plt, btt, ac, ap, prog, proj):
    g = {"id": lid, "patient": {"sex": sex, "age": age}}
    g["primaryTumor"] = {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": dict(pt[3])}
    g["boneDiagnosis"] = {"status": bd[0], "circumstances": sorted(bd[1]), "dated": bd[2]}
    g["pain"] = {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]}
    g["currentMedications"] = {"status": meds[0], "atc": sorted(meds[1])}
    g["priorLocalTreatments"] = {"status": plt[0], "types": sorted(plt[1])}
    g["boneTargetedTherapy"] = {"status": btt[0], "atc": sorted(btt[1])}
    g["anticoagulation"] = {"status": ac[0], "atc": sorted(ac[1])}
    g["antiplatelets"] = {"status": ap[0], "atc": sorted(ap[1])}
    pr = {"status": prog[0]}
    ps = prog[1]
    if "kps" in ps:
        pr["kps"] = ps["kps"]
    else:
        pr["ecog"] = ps.get("ecog")
    g["prognosis"] = pr
    g["therapeuticProject"] = {"status": proj[0], "intent": proj[1]}
    g["gaps"] = derive_gaps(g)
    return g


# ---------------------------------------------------------------------------
# The letters.  Markup used by the PDF/DOCX writers:
#   "## text"   heading line
#   "| a | b |" table row
#   anything else: a paragraph line (blank line = paragraph break)
# TXT letters are written as-is (no markup used in them).
# ---------------------------------------------------------------------------
LETTERS = []


def letter(lid, fmt, author, letter_date, text, gold, birth=None, encoding="utf-8", newline="\n",
           tricky=""):
    LETTERS.append(dict(id=lid, fmt=fmt, author=author, date=letter_date, birth=birth, text=text,
                        gold=gold, encoding=encoding, newline=newline, tricky=tricky))


# n01 -- PDF, medical oncologist, kidney clear cell -------------------------
letter("n01", "pdf", "Medical oncologist", date(2026, 3, 3), """\
## Centre Hospitalier Régional de Valmont-sur-Loire
Service d'Oncologie Médicale — Dr Hélène MARCHETTI
Secrétariat : 02 41 77 53 10 — oncologie.secretariat@chr-valmont.example
Valmont, le 3 mars 2026

À l'attention du Dr Caradec, coordination de la RCP Métastases osseuses

Objet : M. Bertrand QUÉMÉNEUR, né le 12/09/1958 — demande de présentation en RCP

Cher confrère,

Je vous adresse M. Quéméneur, que je suis pour un carcinome rénal à cellules claires gauche (néphrectomie élargie en mai 2021, pT3a N0, grade ISUP 3), en rechute métastatique pulmonaire et osseuse.

## Historique oncologique
- 2021 : néphrectomie élargie gauche, puis surveillance simple.
- Mars 2024 : rechute pulmonaire bilatérale ; nivolumab + ipilimumab (4 cycles) puis nivolumab seul en entretien, arrêté en octobre 2025 pour progression (et colite grade 2 corticosensible, résolue).
- Depuis le 10/11/2025 : cabozantinib (Cabometyx) 40 mg/j, bien toléré hormis un syndrome main-pied grade 1.

## Maladie osseuse
Coxalgie gauche apparue fin octobre 2025, ayant conduit à un scanner (14/11/2025) montrant une lyse du cotyle et du col fémoral gauche, avec une atteinte corticale estimée à 60 %. Pas d'autre lésion osseuse sur la TEP-FDG.
Il a reçu une radiothérapie antalgique du cotyle gauche, 8 Gy en une fraction, le 02/12/2025.
Douleur inguinale gauche à la marche et à l'appui, sans douleur de repos. EVA 6/10 en novembre, 3/10 ce jour sous morphine. Marche avec une canne.

## Antécédents
HTA. Embolie pulmonaire bilatérale le 20/12/2025, traitée initialement par Lovenox puis relais par tinzaparine (Innohep) 14 000 UI/j à dose curative, prévue pour au moins 6 mois. Ancien tabagique (30 PA, sevré). Pas d'antiagrégant plaquettaire.
Père décédé d'un cancer de vessie.

## Traitement actuel
| Cabometyx 40 mg | 1 cp/j |
| Innohep 14 000 UI | 1 inj. SC/j |
| Skenan LP 30 mg | matin et soir |
| Actiskenan 10 mg | si douleur, max 4/j |
| Doliprane 1 g | 3 fois/j |
| Triatec 5 mg | 1/j |
| Movicol | 1 sachet/j |
| Xgeva 120 mg | 1 inj. SC toutes les 4 semaines depuis le 08/01/2026 |
| Cacit D3 | 1/j |

État général conservé, ECOG 1, poids stable. Calcémie corrigée 2,31 mmol/L, clairance de la créatinine 68 mL/min.

## Projet et question
Poursuite du cabozantinib dans une optique palliative, la maladie pulmonaire étant stable au scanner de février.
Question à la RCP : indication d'une ostéosynthèse prophylactique (score de Mirels à 9) versus cimentoplastie du cotyle ? Gestion de l'Innohep en périopératoire ?

Bien confraternellement,
Dr H. Marchetti
""", make_gold(
    "n01", "M", 67,
    ("present", "kidney", "clear_cell_carcinoma", {}),
    ("present", ["pain"], True),
    ("present", ["mechanical"], 3),
    ("present", ["L01EX07", "B01AB10", "N02AA01", "N02BE01", "C09AA05", "A06AD65", "M05BX04", "A12AX"]),
    ("present", ["radiotherapy"]),
    ("present", ["M05BX04"]),
    ("present", ["B01AB10"]),
    ("absent", []),
    ("present", {"ecog": 1}),
    ("present", "palliative")),
    birth=date(1958, 9, 12),
    tricky="age from birth date; Lovenox relayed by curative Innohep (only tinzaparin current); "
           "nivo+ipi stopped; pain 6 then 3 (current 3); cementoplasty/osteosynthesis only asked")

# n02 -- DOCX, thoracic oncologist, lung EGFR ex19 ----------------------------
letter("n02", "docx", "Thoracic medical oncologist", date(2026, 2, 12), """\
## Hôpital Saint-Aubert — Oncologie thoracique
Dr Julien FERRANDOU, praticien hospitalier — secrétariat 03 87 42 19 60
Le 12 février 2026
## Demande d'avis RCP os — Mme Nadia BELKACEMI, 58 ans
Motif : lésions osseuses multiples au bilan initial d'un adénocarcinome pulmonaire EGFR muté ; avis sur la prise en charge osseuse.
## Histoire
Patiente non fumeuse de 58 ans, sans antécédent notable hormis une hypothyroïdie substituée. Toux persistante en août 2025, scanner thoracique : masse lobaire inférieure droite. Biopsie bronchique le 02/09/2025 : adénocarcinome, TTF1+.
Biologie moléculaire : délétion de l'exon 19 de l'EGFR ; pas de réarrangement ALK ni ROS1 ; PD-L1 TPS 5 %.
TEP-TDM de bilan (15/09/2025) : fixations de T10, de l'aile iliaque droite et de la 6e côte gauche, sans atteinte du mur postérieur. Ces lésions ont été découvertes sur le bilan d'extension, la patiente n'ayant aucune plainte osseuse.
Osimertinib (Tagrisso) 80 mg/j depuis le 22/09/2025. Réponse partielle pulmonaire au scanner de décembre ; lésions osseuses en voie d'ostéocondensation.
Le 10/10/2025, thrombose veineuse profonde fémorale gauche : Lovenox pendant un mois puis relais par apixaban (Eliquis) 5 mg x 2/j, toujours en cours.
## Clinique
Pas de douleur osseuse, aucun antalgique. OMS 0, elle a repris son travail à mi-temps.
Aucune irradiation osseuse à ce jour. Pas encore de traitement anti-résorptif : le Xgeva est prévu après le bilan bucco-dentaire (panoramique demandé).
Antécédents familiaux : père décédé d'un cancer du poumon (tabagique), sœur suivie pour un cancer du sein.
## Traitement en cours
| Médicament | Posologie |
| Tagrisso 80 mg | 1 cp le matin |
| Eliquis 5 mg | 1 cp matin et soir |
| Levothyrox 75 µg | 1 cp à jeun |
| Inexium 20 mg | 1 cp le soir |
## Question posée
Faut-il proposer une radiothérapie de consolidation de la lésion de T10 ? Quel délai pour débuter le dénosumab ?
Projet oncologique : poursuite du Tagrisso.
Dr J. Ferrandou
""", make_gold(
    "n02", "F", 58,
    ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
    ("present", ["staging_imaging"], True),
    ("absent", [], None),
    ("present", ["L01EB04", "B01AF02", "H03AA01", "A02BC05"]),
    ("absent", []),
    ("absent", []),
    ("present", ["B01AF02"]),
    ("unknown", []),
    ("present", {"ecog": 0}),
    ("present", None)),
    tricky="PD-L1 5 % is positive; Lovenox past, Eliquis current; 'pas encore' of anti-resorptive "
           "(Xgeva only planned) = absent; no pain; sister's breast cancer")

# n03 -- TXT, general practitioner, breast (Enhertu) -------------------------
letter("n03", "txt", "General practitioner", date(2026, 2, 10), """\
Dr Sylvie RAMBAUD
Médecin généraliste
12 rue des Tanneurs, 24310 Brantôme-les-Vignes
Tél 05 53 08 44 71

                                        Le 10/02/2026

Chère consoeur, cher confrère,

Je me permets de vous adresser Mme Colette VIGUIER, née le 20/05/1961, que je suis depuis longtemps, pour avis de votre RCP.

Elle a été traitée pour un cancer du sein droit en 2018 (tumorectomie, radiothérapie et hormonothérapie). Rechute métastatique hépatique en 2024, suivie par le Dr Okafor à l'Institut de cancérologie de Périgueux ; elle reçoit actuellement de l'Enhertu toutes les 3 semaines (je n'ai pas le détail des récepteurs, je crois que c'est un HER2 "low").

Depuis 3 semaines elle se plaint de douleurs du bassin et de la fesse gauche, surtout la nuit, qui la réveillent, cotées à 7/10. Le scanner fait en ville le 28/01/2026 montre des lésions lytiques de l'aile iliaque gauche et du sacrum. Elle n'avait jamais eu de probleme osseux auparavant.

Sur le plan cardiologique : ACFA depuis 2019, elle a longtemps été sous Préviscan, remplacé en janvier par Eliquis 5 mg x2 par son cardiologue. Elle prend aussi du Kardégic 75 depuis un stent en 2020 (je m'interroge sur l'association, à voir avec le cardiologue).

Ordonnance actuelle :
- Enhertu (à l'hôpital de jour)
- Eliquis 5 mg matin et soir
- Kardégic 75 mg 1/j
- Cardensiel 2,5 mg 1/j
- Topalgic LP 100 mg matin et soir
- Doliprane 1 g jusqu'à 3/j

Elle est fatiguée mais reste autonome, vit seule. Sa mère a eu un cancer de l'ovaire.

Je souhaiterais savoir si une radiothérapie antalgique est possible et s'il faut débuter un traitement pour les os.

Bien confraternellement,

Dr S. Rambaud
""", make_gold(
    "n03", "F", 64,
    ("present", "breast", None, {}),
    ("present", ["pain"], True),
    ("present", ["nocturnal"], 7),
    ("present", ["B01AF02", "B01AC06", "C07AB07", "N02AX02", "N02BE01"]),
    ("unknown", []),
    ("unknown", []),
    ("present", ["B01AF02"]),
    ("present", ["B01AC06"]),
    ("unknown", {}),
    ("present", None)),
    birth=date(1961, 5, 20),
    tricky="GP letter; Préviscan replaced by Eliquis (only apixaban current) plus Kardégic; "
           "HER2 'low' only believed (not recorded); breast irradiation is not bone RT; no PS")

# n04 -- PDF, medical oncologist, breast HR+ HER2-low ESR1 ------------------
letter("n04", "pdf", "Medical oncologist (breast)", date(2026, 1, 20), """\
## Institut de Cancérologie des Hautes-Fagnes
Département d'oncologie médicale — Dr Amandine LECLERCQ-MBAYE
Tél. 03 24 61 90 37
Charleville-Fagnes, le 20 janvier 2026

Objet : Mme Françoise DELAHAYE-TURPIN, 61 ans — RCP métastases osseuses du 29/01/2026

Cher collègue,

Mme Delahaye-Turpin, 61 ans, est suivie pour un carcinome canalaire infiltrant (NST) du sein gauche diagnostiqué en 2016 : RE 90 %, RP 0 %, HER2-low (score 1+, FISH non amplifiée). Traitement initial : mastectomie, chimiothérapie adjuvante, radiothérapie pariétale, puis létrozole pendant 5 ans.

Rechute osseuse en mars 2023, découverte sur le TEP-scanner de surveillance demandé pour une élévation du CA 15-3 : lésions de T8, T12, L2 et du bassin.
- Avril 2023 à novembre 2025 : ribociclib (Kisqali) + létrozole, arrêtés pour progression osseuse et hépatique.
- NGS sur ADN circulant (décembre 2025) : mutation ESR1 Y537S et mutation PIK3CA H1047R ; pas de mutation germinale BRCA1/2.
- Depuis le 15/12/2025 : abémaciclib (Verzenios) 150 mg x 2/j + fulvestrant (Faslodex) 500 mg mensuel.

Traitements locaux osseux : radiothérapie de T8 (20 Gy en 5 fractions) en mai 2023 ; vertébroplastie de T12 en février 2024 pour tassement douloureux.

Traitement osseux : dénosumab (Xgeva) 120 mg toutes les 4 semaines depuis avril 2023, bien toléré, pas d'ostéonécrose. Elle recevait auparavant du Prolia pour une ostéoporose (2019-2022), relayé par le Xgeva.

Actuellement : dorsalgies basses mécaniques, à la marche et aux changements de position, EN 4/10, sans irradiation radiculaire et sans réveil nocturne. IRM du 08/01/2026 : progression de L2 avec épidurite antérieure, sans compression médullaire.

Depuis une entorse de cheville (attelle), elle est alitée une partie de la journée et reçoit une HBPM préventive : tinzaparine (Innohep) 4 500 UI/j depuis le 05/01/2026, pour 4 semaines. Pas d'antiagrégant plaquettaire.

Ordonnance : Verzenios 150 mg matin et soir ; Faslodex 500 mg IM/mois ; Xgeva 120 mg SC/4 sem. ; Innohep 4 500 UI/j ; Oxycontin LP 10 mg x 2/j ; Oxynormoro 5 mg si besoin ; Cacit D3 1/j ; lopéramide si diarrhée.

PS ECOG 1. Projet : poursuite abémaciclib-fulvestrant, traitement palliatif.

Question : radiothérapie de L2 (stéréotaxique ?) compte tenu de l'épidurite ? Place d'une nouvelle cimentoplastie ?

Confraternellement,
Dr A. Leclercq-Mbaye
""", make_gold(
    "n04", "F", 61,
    ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
    ("present", ["staging_imaging"], True),
    ("present", ["mechanical"], 4),
    ("present", ["L01EF03", "L02BA03", "M05BX04", "B01AB10", "N02AA05", "A12AX"]),
    ("present", ["radiotherapy", "cementoplasty"]),
    ("present", ["M05BX04"]),
    ("present", ["B01AB10"]),
    ("absent", []),
    ("present", {"ecog": 1}),
    ("present", "palliative")),
    tricky="HER2-low (1+, not amplified) recorded HER2 negative; ESR1/PIK3CA/BRCA not in list; "
           "ribociclib+letrozole stopped; preventive Innohep; 'sans réveil nocturne' denies nocturnal")

# n05 -- DOCX, dermato-oncologist, melanoma BRAF ------------------------------
letter("n05", "docx", "Dermato-oncologist", date(2026, 3, 6), """\
## CHU de Saint-Orens — Unité de dermato-oncologie
Dr Pierre-Yves LE MOAL — tél. 05 61 29 80 14
Saint-Orens, le 06/03/2026
## Fiche de présentation RCP Métastases osseuses
Patient : M. Grégory ANTUNES, 52 ans
Tumeur primitive : mélanome nodulaire du dos (2022), Breslow 4,2 mm, ulcéré ; mutation BRAF V600E.
## Histoire
- 2022 : exérèse large, ganglion sentinelle positif, curage axillaire ; nivolumab adjuvant pendant 1 an.
- 06/2025 : rechute ganglionnaire et pulmonaire, nivolumab + ipilimumab (Opdivo/Yervoy) ; arrêt après 3 cycles pour colite immuno-induite grade 3 (corticothérapie puis infliximab).
- 10/01/2026 : paraparésie d'installation rapide ; IRM : lésion de T11 avec épidurite et compression médullaire. Laminectomie décompressive et ostéosynthèse T9-L1 le 11/01/2026, puis radiothérapie post-opératoire 20 Gy/5 fractions terminée le 02/02/2026.
- Depuis le 12/02/2026 : dabrafénib 150 mg x 2/j + tramétinib 2 mg/j (Tafinlar/Mekinist).
## Etat actuel
Récupération motrice quasi complète, marche avec déambulateur. Persistance d'une radiculalgie intercostale droite en ceinture, à type de brûlures, EVA 3/10. PS 2.
Anticoagulation : fondaparinux (Arixtra) 2,5 mg/j en préventif depuis la chirurgie, mobilité encore réduite.
## Traitement en cours
| Tafinlar 75 mg | 2 gél. x 2/j |
| Mekinist 2 mg | 1 cp/j |
| Arixtra 2,5 mg | 1 inj. SC/j |
| Dectancyl | 2 mg/j (décroissance en cours) |
| Lyrica 75 mg | matin et soir |
| Oxynorm 5 mg | si besoin |
| Inipomp 40 mg | 1/j |
Traitement anti-résorptif : non débuté, à discuter en RCP (Zometa ou Xgeva ?).
## Questions
1) Choix de l'anti-résorptif. 2) Autres lésions (omoplate droite, 9e côte) : radiothérapie stéréotaxique ?
Antécédents familiaux : mère opérée d'un mélanome in situ.
""", make_gold(
    "n05", "M", 52,
    ("present", "melanoma", "other", {"BRAF": "positive"}),
    ("present", ["neurological_deficit"], True),
    ("present", ["neuropathic"], 3),
    ("present", ["B01AX05", "H02AB02", "N03AX16", "N02AA05", "A02BC02"]),
    ("present", ["surgery", "radiotherapy"]),
    ("absent", []),
    ("present", ["B01AX05"]),
    ("unknown", []),
    ("present", {"ecog": 2}),
    ("present", None)),
    tricky="cord compression as circumstance; decompression+fixation and post-op RT; nivo+ipi stopped "
           "(Opdivo/Yervoy not current); dabrafenib/trametinib not in ATC table; preventive Arixtra; "
           "anti-resorptive 'non débuté, à discuter'")

# n06 -- TXT cp1252, oncology resident, lung KRAS G12C ------------------------
letter("n06", "txt", "Oncology resident", date(2026, 1, 27), """\
De : M. Thiébaut, interne onco thoracique, CH de Roncelin-sur-Aire (poste 4412)
Date : 27/01/2026
Objet : demande RCP os - M. FOURNERET Alain 71a

Bonjour,

Je vous présente M. Fourneret, 71 ans, pour la RCP MO du 05/02.

ATCD : RAo opéré, valve mécanique aortique (2012) sous Coumadine au long cours (INR cible 2,5-3,5) ; cardiopathie ischémique stentée (Kardegic 100 maintenu) ; DT2 sous metformine ; BPCO ; ex-tabac 50 PA.

Onco : ADK pulmonaire LSG stade IV dg 03/2025 (biopsie ganglionnaire). Mutation KRAS G12C, EGFR/ALK/ROS1 négatifs, PD-L1 < 1 %.
L1 carbo-pemetrexed-pembro x4 puis pemetrexed-pembro en maintenance ; progression 11/2025.
L2 sotorasib (Lumykras) 960 mg/j depuis le 01/12/2025, actuellement C3.

Os : lésion lytique de l'arc post de la 7e côte G + corps vertébral T6, découvertes sur le scanner de réévaluation du 14/01/2026 (absentes sur le bilan initial).
Clinique : dlr costale G apparue depuis une dizaine de jours, EN 6/10, majorée à la toux et à la mobilisation du tronc, pas de dlr nocturne, pas de signe neuro. PS 1.
Pas de Xgeva ni Zometa pour l'instant (soins dentaires en cours, extractions prévues).

TTT actuel : Lumykras 960 mg/j, Coumadine 5 mg (adapté à l'INR), Kardegic 100, Glucophage 850 x2, Bisoprolol 2,5, Atorvastatine 40, Doliprane 1g x3, Tramadol LP 100 x2.

Question : RT antalgique côte + T6 ? Si geste percutané, gestion de la Coumadine à prévoir (valve mécanique, relais héparine).

Merci,
M. Thiébaut, interne, pour le Dr Ravelonandro
""", make_gold(
    "n06", "M", 71,
    ("present", "lung", "adenocarcinoma", {"KRAS": "positive", "EGFR": "negative", "ALK": "negative", "ROS1": "negative", "PD-L1": "negative"}),
    ("present", ["staging_imaging"], True),
    ("present", ["mechanical"], 6),
    ("present", ["L01XX73", "B01AA03", "B01AC06", "A10BA02", "C07AB07", "C10AA05", "N02BE01", "N02AX02"]),
    ("unknown", []),
    ("absent", []),
    ("present", ["B01AA03"]),
    ("present", ["B01AC06"]),
    ("present", {"ecog": 1}),
    ("present", None)),
    encoding="cp1252",
    tricky="cp1252 telegraphic resident note; Coumadine (warfarin) + Kardegic without accent; "
           "PD-L1 <1 % negative; carbo-pemetrexed-pembro stopped; heparin bridging only a plan; "
           "'pas de dlr nocturne'; nothing on prior local treatment")

# n07 -- PDF, medical oncologist, prostate Lu-PSMA ------------------------------
letter("n07", "pdf", "Medical oncologist (uro-oncology)", date(2026, 2, 16), """\
## Clinique du Parc Montrevel — Oncologie et Médecine nucléaire
Dr Claire VASSEUR-N'DIAYE, oncologue médicale
Tél. 04 72 90 18 46 — Fax 04 72 90 18 47
Montrevel, le 16 février 2026

Objet : M. Roger LEBRETON, 74 ans — adénocarcinome prostatique résistant à la castration, métastatique osseux

Cher confrère,

Je souhaite soumettre à la RCP le dossier de M. Lebreton, 74 ans.

Histoire : adénocarcinome prostatique Gleason 8 (4+4) traité par prostatectomie totale en 2015, puis radiothérapie de la loge en 2017 pour rechute biologique. Rechute osseuse en septembre 2022, découverte sur la TEP-PSMA de restadification réalisée pour ascension du PSA (bassin, rachis lombaire, côtes).

Lignes de traitement : leuproréline (Eligard) depuis 2022, poursuivie ; abiratérone 2022-2023 ; docétaxel 6 cycles en 2024 ; puis, devant une mutation somatique BRCA2, olaparib (Lynparza) de mars à décembre 2025, arrêté pour progression biologique et anémie.
Depuis le 05/01/2026 : 177Lu-PSMA-617 (Pluvicto) 7,4 GBq toutes les 6 semaines ; 2e cycle administré ce jour. PSA 48 ng/mL (112 ng/mL avant le premier cycle).

Traitements locaux osseux : radiothérapie du sacrum et de l'aile iliaque droite (30 Gy en 10 fractions) en avril 2024.
Traitement osseux : le dénosumab (Xgeva) a été arrêté en juin 2025 pour une ostéonécrose de la mâchoire stade 2, non repris.

Douleur : lombalgies et douleurs scapulaires diffuses, d'horaire inflammatoire avec un dérouillage matinal d'environ une heure, EVA 5/10. Pas de déficit neurologique.

Antécédents : ACFA anticoagulée par dabigatran (Pradaxa) 110 mg x 2/j ; HTA ; dyslipidémie. Frère traité pour un cancer colique.

Traitement habituel : Eligard 45 mg tous les 6 mois, Pradaxa 110 mg matin et soir, Tahor 20 mg, Lasilix 20 mg, Doliprane 1 g x 3/j, Cortancyl 5 mg/j.

ECOG 1. Espérance de vie estimée supérieure à 6 mois.
Projet : poursuite du Lu-PSMA (4 cycles restants), traitement palliatif.

Questions : douleur scapulaire droite avec lésion lytique de l'acromion : radiothérapie ? Reprise d'un anti-résorptif envisageable malgré l'antécédent d'ONM ?

Bien à vous,
Dr C. Vasseur-N'Diaye
""", make_gold(
    "n07", "M", 74,
    ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    ("present", ["staging_imaging"], True),
    ("present", ["inflammatory"], 5),
    ("present", ["L02AE02", "B01AE07", "C10AA05", "C03CA01", "N02BE01", "H02AB07"]),
    ("present", ["radiotherapy"]),
    ("absent", []),
    ("present", ["B01AE07"]),
    ("unknown", []),
    ("present", {"ecog": 1}),
    ("present", "palliative")),
    tricky="prostatectomy and prostate-bed RT are not bone treatments; abiraterone, docetaxel, olaparib "
           "stopped; Xgeva stopped for ONJ (absent); Lu-PSMA not in ATC table; BRCA2 not recorded; "
           "inflammatory pain; Pradaxa")

# n08 -- DOCX, medical oncologist, carcinoma of unknown primary ----------------
letter("n08", "docx", "Medical oncologist", date(2026, 3, 9), """\
## Centre Hospitalier de Lannevez — Oncologie médicale
Dr Thomas KERHERVÉ — secrétariat : 02 96 38 71 02
Lannevez, le 9 mars 2026
Objet : Mme Josiane PELLEGRIN, 66 ans. Carcinome de primitif inconnu, métastases osseuses.
Chère consœur,
Je vous adresse Mme Pellegrin pour discussion en RCP métastases osseuses.
## Histoire
Le 12/02/2026, fracture de l'humérus droit sur un mouvement banal (en étendant du linge). Radiographie : lésion lytique diaphysaire. Enclouage centromédullaire le 14/02/2026, avec biopsie : métastase d'adénocarcinome, CK7+, CK20-, TTF1-, GATA3-, PAX8-, récepteurs aux oestrogènes négatifs.
Le bilan (TDM TAP, TEP-FDG, mammographie, fibroscopie, coloscopie) ne retrouve pas de primitif ; lésions osseuses multiples (rachis, bassin, côtes) et adénopathies médiastinales. Profil moléculaire : pas d'altération ciblable ; HER2 négatif ; statut MSS ; PD-L1 CPS 10.
## Antécédents
ACFA, anciennement sous acénocoumarol (Sintrom) ; devant un INR instable et la chirurgie, relais par énoxaparine à dose curative (Lovenox 6000 UI x 2/j), poursuivie depuis. Le Plavix (artériopathie des membres inférieurs) a été suspendu avant la chirurgie et n'a pas été repris. Syndrome anxieux.
## Clinique
Douleur de l'épaule droite à la mobilisation, EVA 7/10 malgré l'oxycodone. Pas de douleur de repos.
Pronostic réservé, espérance de vie estimée à quelques mois ; patiente alitée plus de la moitié de la journée depuis la chirurgie.
## Traitement
Chimiothérapie : carboplatine AUC 5 - paclitaxel, J1 = J21, C1 le 24/02/2026, C2 prévue le 17/03/2026.
Pas de traitement anti-résorptif à ce jour.
| Lovenox 6000 UI | 2 inj./j |
| Oxycontin LP 20 mg | matin et soir |
| Oxynormoro 10 mg | si douleur |
| Doliprane 1 g | 4 fois/j |
| Mopral 20 mg | 1/j |
| Xanax 0,25 mg | le soir |
## Projet et questions
Projet : chimiothérapie palliative par carboplatine-paclitaxel.
Questions : radiothérapie post-opératoire de l'humérus ? Prise en charge de la lésion de T7 avec recul du mur postérieur ? Gestion du Lovenox ?
Dr T. Kerhervé
""", make_gold(
    "n08", "F", 66,
    ("present", "unknown_primary", "adenocarcinoma", {"ER": "negative", "HER2": "negative", "PD-L1": "positive"}),
    ("present", ["pathological_fracture"], True),
    ("present", ["mechanical"], 7),
    ("present", ["L01XA02", "L01CD01", "B01AB05", "N02AA05", "N02BE01", "A02BC01", "N05BA12"]),
    ("present", ["surgery"]),
    ("absent", []),
    ("present", ["B01AB05"]),
    ("absent", []),
    ("present", {"ecog": None}),
    ("present", "palliative")),
    tricky="CUP; pathological fracture then nailing; Sintrom switched to curative Lovenox; Plavix "
           "suspended and not resumed (absent); PD-L1 CPS 10; prognosis without a PS (bedridden "
           ">50 % described in words only); current chemo cycles count")

# n09 -- PDF, endocrine oncologist, thyroid ------------------------------------
letter("n09", "pdf", "Oncologist (thyroid and endocrine tumours)", date(2026, 1, 15), """\
## Centre Léonie-Guérard — Oncologie thyroïdienne et endocrinienne
Dr Irène SOKOLOVA — Tél. 04 50 27 63 80
Vallorcine-Sud, le 15/01/2026

Objet : Mme Marie-Thérèse GRANDCLÉMENT, née le 30/11/1953

Chère consœur, cher confrère,

Je vous présente Mme Grandclément pour un carcinome thyroïdien papillaire, variant vésiculaire, réfractaire à l'iode radioactif, métastatique osseux.

Histoire : thyroïdectomie totale avec curage en 2014 (pT3 N1b), trois cures d'iode 131 (2014, 2015, 2017). Les lésions osseuses (L3, cotyle droit, 4e côte gauche) ont été mises en évidence sur la scintigraphie post-thérapeutique de 2015, fixant initialement l'iode puis devenues réfractaires. Thyroglobuline en ascension (212 ng/mL).
Biologie moléculaire sur la pièce : mutation BRAF V600E ; pas de fusion RET ni NTRK.

Traitements locaux osseux : cimentoplastie de L3 en 2019 ; radiofréquence suivie d'une cimentoplastie du cotyle droit en mars 2025.
Acide zolédronique (Zometa) 4 mg toutes les 12 semaines depuis 2019, dernière perfusion le 18/12/2025.
Depuis octobre 2024 : lenvatinib (Lenvima) 14 mg/j, dose réduite pour HTA et protéinurie ; maladie stable en dehors de l'os.

Cliniquement, pas de douleur osseuse actuellement. Indice de Karnofsky à 80 %.

Anticoagulation : la patiente dit prendre « un anticoagulant pour le cœur », qui serait du Lixiana prescrit récemment par son cardiologue pour une ACFA découverte en novembre ; je n'ai pas l'ordonnance, à confirmer avant tout geste.

Traitement : Lenvima 14 mg/j, Levothyrox 150 µg/j, Amlor 10 mg, Triatec 10 mg, Zometa 4 mg toutes les 12 semaines.

Projet : poursuite du lenvatinib.
Question : nouvelle lésion lytique de T9 avec risque fracturaire (SINS 9) sur le scanner du 07/01/2026 : radiothérapie stéréotaxique ou cimentoplastie ?

Confraternellement,
Dr I. Sokolova
""", make_gold(
    "n09", "F", 72,
    ("present", "thyroid", "other", {"BRAF": "positive", "RET": "negative", "NTRK": "negative"}),
    ("present", ["staging_imaging"], True),
    ("absent", [], None),
    ("present", ["L01EX08", "H03AA01", "C09AA05", "M05BA08"]),
    ("present", ["cementoplasty", "ablation"]),
    ("present", ["M05BA08"]),
    ("uncertain", ["B01AF03"]),
    ("unknown", []),
    ("present", {"kps": 80}),
    ("present", None)),
    birth=date(1953, 11, 30),
    tricky="thyroid papillary (histology other); iodine-131 is systemic, not a local bone treatment; "
           "radiofrequency + cementoplasty; Zometa every 12 weeks current; Lixiana only reported with "
           "doubt (uncertain, kept out of current meds); Karnofsky only; age from birth date")

# n10 -- DOCX, medical oncologist, bladder urothelial ---------------------------
letter("n10", "docx", "Medical oncologist", date(2026, 2, 23), """\
## Polyclinique des Trois-Vallées — Oncologie médicale
Dr Sébastien OUALI — 04 94 55 20 63
## Demande de présentation en RCP Métastases osseuses
Patient : M. Daniel CHAMBONNET, 69 ans
Date de la demande : 23/02/2026
Diagnostic : carcinome urothélial de vessie infiltrant le muscle (pT2 sur RTUV, 06/2024), traité par chimiothérapie néoadjuvante (gemcitabine-cisplatine) puis cystectomie totale en 11/2024.
Rechute : lombalgies d'horaire inflammatoire depuis novembre 2025, avec réveils nocturnes ; TDM TAP du 04/12/2025 : lésions lytiques de L4, du sacrum et de l'ischion gauche, adénopathies lombo-aortiques. Biopsie de L4 : métastase de carcinome urothélial. PD-L1 CPS 15. FGFR3 non muté. HER2 IHC 2+, ISH en cours.
Traitement : enfortumab védotin + pembrolizumab (Padcev + Keytruda) depuis le 22/12/2025, C4 le 16/02/2026.
Douleur actuelle : EVA 6/10, toujours à prédominance nocturne, malgré Skenan 60 mg x 2.
Anticoagulation : embolie pulmonaire segmentaire découverte sur le TDM de décembre, traitée par HBPM à dose curative (injection quotidienne par l'IDE). Pas d'antiagrégant.
Xgeva 120 mg SC mensuel débuté le 05/01/2026.
Pas d'antécédent de radiothérapie ni de chirurgie osseuse.
OMS 2.
## Traitement habituel
| Keytruda 200 mg | J1 = J21 |
| Padcev | J1 et J8 |
| HBPM curative | 1 inj./j |
| Xgeva 120 mg | toutes les 4 semaines |
| Skenan LP 60 mg | matin et soir |
| Actiskenan 20 mg | si besoin |
| Movicol | 2 sachets/j |
| Cacit D3 | 1/j |
| Glucophage 1000 | matin et soir |
## Projet
Poursuite enfortumab-pembrolizumab à visée palliative.
Question : radiothérapie antalgique de L4 et du sacrum ? Indication d'une cimentoplastie de L4 ?
""", make_gold(
    "n10", "M", 69,
    ("present", "bladder", "other", {"PD-L1": "positive", "HER2": "pending"}),
    ("present", ["pain"], True),
    ("present", ["inflammatory", "nocturnal"], 6),
    ("present", ["L01FF02", "M05BX04", "N02AA01", "A06AD65", "A12AX", "A10BA02"]),
    ("absent", []),
    ("present", ["M05BX04"]),
    ("present", []),
    ("absent", []),
    ("present", {"ecog": 2}),
    ("present", "palliative")),
    tricky="urothelial (histology other); HER2 2+ with ISH pending; PD-L1 CPS 15; curative LMWH by "
           "class only (anticoagulation present without agent: incomplete gap); gem-cis neoadjuvant "
           "stopped; inflammatory + nocturnal pain")

# n11 -- TXT CRLF, radiation oncologist, lung ROS1 -------------------------------
letter("n11", "txt", "Radiation oncologist", date(2026, 3, 4), """\
Centre de radiothérapie Pierre-Armand - Castelvieil
Dr Laure MAZZONI, oncologue radiothérapeute
Tél 04 68 12 55 90

RCP métastases osseuses - fiche de demande - 04/03/2026

Patiente : Mme Sandrine HALIMI-ROUX, 63 ans

Primitif : ADK bronchique LSD, ROS1 réarrangé (FISH + NGS), EGFR sauvage, ALK négatif en IHC, PD-L1 TPS 30 %. Dg 06/2024.
TTT onco : crizotinib (Xalkori) 250 mg x2 depuis 07/2024, RP maintenue sur le scanner de 02/2026.

Os : lombosciatalgie S1 G en 09/2025 -> IRM : lésion de L5 envahissant le foramen G. SBRT L5 27 Gy/3 fr en 10/2025.
Actuellement : récidive de la radiculalgie S1 G depuis 3 sem., décharges électriques, DN4 6/10, pire la nuit (réveils), EN 5/10. Pas de déficit moteur. IRM du 24/02 : progression intra-canalaire L5.

ATCD : SCA avec stent actif 09/2025, sous Brilique 90 x2 ; dyslipidémie. Ostéoporose fracturaire : Prolia ? (à vérifier avec le MT, pas retrouvé dans le dossier).

TTT : Xalkori 250 x2, Brilique 90 x2, Neurontin 300 x3, Tahor 40, Doliprane 1g si besoin.

PS 1.

Question : ré-irradiation L5 vs chirurgie de décompression ? Avis neurochir souhaité.

L. Mazzoni
""", make_gold(
    "n11", "F", 63,
    ("present", "lung", "adenocarcinoma", {"ROS1": "positive", "EGFR": "negative", "ALK": "negative", "PD-L1": "positive"}),
    ("present", ["pain"], True),
    ("present", ["neuropathic", "nocturnal"], 5),
    ("present", ["L01ED01", "B01AC24", "N03AX12", "C10AA05", "N02BE01"]),
    ("present", ["radiotherapy"]),
    ("uncertain", ["M05BX04"]),
    ("unknown", []),
    ("present", ["B01AC24"]),
    ("present", {"ecog": 1}),
    ("present", None)),
    newline="\r\n",
    tricky="CRLF telegraphic note; ROS1 rearranged, EGFR 'sauvage'; SBRT already given; Brilique is an "
           "antiplatelet with nothing on anticoagulation (unknown); 'Prolia ? à vérifier' uncertain and "
           "not a current drug; neuropathic + nocturnal")

# n12 -- PDF, medical oncologist, triple-negative breast, Préviscan conflict ------
letter("n12", "pdf", "Medical oncologist (breast)", date(2026, 2, 28), """\
## Hôpital privé Sainte-Agathe de Montclar
Oncologie médicale — Dr Nicolas PERRIN-HADDAD
Tél. 05 62 48 37 15
Montclar, le 28/02/2026

Objet : Mme Laëtitia MOREAU-DIALLO, née le 01/03/1979 — demande d'avis RCP métastases osseuses

Cher confrère,

Je vous adresse Mme Moreau-Diallo, suivie pour un cancer du sein gauche triple négatif : carcinome canalaire infiltrant grade 3, RE 0 %, RP 0 %, HER2 score 0. Mutation germinale BRCA1.
Diagnostic en 2021 à un stade localisé : chimiothérapie néoadjuvante avec pembrolizumab, tumorectomie, radiothérapie mammaire, puis olaparib adjuvant pendant un an (2022-2023).

Rechute en septembre 2025 : douleurs costales, puis TEP-TDM montrant des métastases osseuses (côtes, sternum, rachis dorsal) et ganglionnaires. PD-L1 CPS 15 (22C3) sur la biopsie ganglionnaire.
Première ligne métastatique : paclitaxel + pembrolizumab d'octobre à décembre 2025, arrêtés pour progression.
Depuis le 12/01/2026 : sacituzumab govitecan (Trodelvy) J1-J8 tous les 21 jours, 3e cycle en cours.

Douleurs costales et sternales, majorées à l'inspiration profonde et aux mouvements, EN 3/10 sous tramadol.
Antécédents : thromboses veineuses profondes récidivantes (2023 et 2025) dans le cadre d'un syndrome des antiphospholipides : AVK au long cours par fluindione (Préviscan 20 mg, 3/4 cp le soir), INR cible 2-3.
Acide zolédronique (Zometa) 4 mg toutes les 4 semaines depuis octobre 2025.
ECOG 0, vie quasi normale.

Tableau récapitulatif (formulaire RCP) :
| Anticoagulant | Non |
| Antiagrégant plaquettaire | Non |
| Anti-résorptif osseux | Oui (acide zolédronique) |
| Radiothérapie osseuse antérieure | Non |
| Chirurgie / cimentoplastie osseuse | Non |

Ordonnance : Trodelvy (hôpital de jour), Préviscan 20 mg 3/4 cp, Zometa 4 mg/4 semaines, Topalgic 50 mg x 3/j, Doliprane 1 g x 3/j, ZymaD 50 000 UI 1 ampoule/mois, Inexium 40 mg/j.

Projet : poursuite du sacituzumab govitecan, traitement palliatif.
Question : radiothérapie stéréotaxique de la lésion de T6 (seule lésion évolutive) ?

Bien confraternellement,
Dr N. Perrin-Haddad
""", make_gold(
    "n12", "F", 46,
    ("present", "breast", "invasive_ductal_carcinoma", {"ER": "negative", "PR": "negative", "HER2": "negative", "PD-L1": "positive"}),
    ("present", ["pain"], True),
    ("present", ["mechanical"], 3),
    ("present", ["B01AA12", "M05BA08", "N02AX02", "N02BE01", "A11CC05", "A02BC05"]),
    ("absent", []),
    ("present", ["M05BA08"]),
    ("conflicting", ["B01AA12"]),
    ("absent", []),
    ("present", {"ecog": 0}),
    ("present", "palliative")),
    birth=date(1979, 3, 1),
    tricky="age from birth date the day before the birthday; Préviscan in text and drug list vs "
           "'Anticoagulant : Non' in the form (conflicting, kept in current meds); pembrolizumab, "
           "paclitaxel, olaparib stopped; sacituzumab not in ATC table; breast RT not bone RT")


# ---------------------------------------------------------------------------
# Contract check
# ---------------------------------------------------------------------------
def age_at(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def check(L: dict, atc: dict) -> None:
    g, lid = L["gold"], L["id"]
    text = L["text"]
    ft = fold(text)

    def bad(msg):
        die(f"{lid}: {msg}")

    if g["id"] != lid:
        bad("gold id differs from the letter id")
    keys = ["id", "patient"] + list(STATUSES) + ["gaps"]
    if list(g) != keys:
        bad(f"gold keys {list(g)}")
    # patient
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        bad("sex")
    if not isinstance(p["age"], int) or not 18 <= p["age"] <= 110:
        bad("age")
    if L["birth"]:
        if age_at(L["birth"], L["date"]) != p["age"]:
            bad(f"age {p['age']} but birth date gives {age_at(L['birth'], L['date'])}")
        if L["birth"].strftime("%d/%m/%Y") not in text:
            bad("birth date not written in the letter")
        if re.search(r"\b%d ans\b" % p["age"], text):
            bad("age both written and derived from birth date")
    elif not re.search(r"\b%d (ans|a)\b|\b%da\b" % (p["age"], p["age"]), text):
        bad("age is neither written nor derivable from a birth date")
    sexcue = {"F": ("mme ", "patiente"), "M": ("m. ", "patient ")}
    if not any(c in ft for c in sexcue[p["sex"]]):
        bad("no cue for sex")
    if L["date"].strftime("%d/%m/%Y") not in text and fold(str(L["date"].year)) not in ft:
        bad("letter date not written")
    # statuses
    for item, allowed in STATUSES.items():
        if g[item]["status"] not in allowed:
            bad(f"{item} status {g[item]['status']} not allowed")
    # primary tumour
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            bad("unknown primary tumour with values")
    else:
        if pt["site"] not in SITES:
            bad("site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        bad("histology code")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            bad(f"biomarker {k}={v}")
        if fold(k) not in ft and not (k == "ER" and ("re " in ft or "oestrog" in ft)) and not (k == "PR" and "rp " in ft):
            bad(f"biomarker {k} not mentioned")
    # bone diagnosis
    bd = g["boneDiagnosis"]
    if not all(c in CIRCUMSTANCES for c in bd["circumstances"]):
        bad("circumstance code")
    if bd["status"] == "present" and not bd["circumstances"]:
        bad("bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        bad("unknown bone diagnosis with values")
    if not isinstance(bd["dated"], bool):
        bad("dated must be a boolean")
    # pain
    pa = g["pain"]
    if not all(t in PAIN_TYPES for t in pa["types"]):
        bad("pain type code")
    if pa["status"] in ("absent", "unknown") and (pa["types"] or pa["intensity"] not in (None,)):
        bad("pain absent/unknown with types or intensity")
    if pa["intensity"] is not None:
        if not isinstance(pa["intensity"], int) or not 0 <= pa["intensity"] <= 10:
            bad("pain intensity out of 0-10")
        if not re.search(r"\b%d\s?/\s?10" % pa["intensity"], text):
            bad("pain intensity not written as n/10")
    # medications and agents
    meds = g["currentMedications"]
    for c in meds["atc"]:
        if c not in atc:
            bad(f"ATC {c} not in atc-reference.tsv")
        if not any(fold(n) in ft for n in atc[c]):
            bad(f"ATC {c} has no name of it in the letter")
    if len(set(meds["atc"])) != len(meds["atc"]):
        bad("duplicate ATC in currentMedications")
    if meds["status"] in ("absent", "unknown") and meds["atc"]:
        bad("currentMedications absent/unknown with codes")
    if meds["status"] == "present" and not meds["atc"]:
        bad("currentMedications present but no coded drug (check)")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        for c in s["atc"]:
            if c not in atc:
                bad(f"{sec}: ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                bad(f"{sec}: ATC {c} outside the section's classes")
            if not any(fold(n) in ft for n in atc[c]):
                bad(f"{sec}: {c} not named in the letter")
            if s["status"] in ("present", "conflicting") and c not in meds["atc"]:
                bad(f"{sec}: {c} ({s['status']}) missing from currentMedications")
            if s["status"] == "uncertain" and c in meds["atc"]:
                bad(f"{sec}: doubtful {c} must not be a current medication")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            bad(f"{sec}: {s['status']} with agents")
        # every current drug of the section's classes is listed as agent
        if s["status"] in ("present", "conflicting"):
            for c in meds["atc"]:
                if c.startswith(prefixes) and c not in s["atc"]:
                    bad(f"{sec}: current {c} not listed as agent")
        if s["status"] in ("absent", "unknown"):
            for c in meds["atc"]:
                if c.startswith(prefixes):
                    bad(f"{sec}: {s['status']} but {c} is a current medication")
    # prior local treatments
    pl = g["priorLocalTreatments"]
    if not all(t in LOCAL_TYPES for t in pl["types"]):
        bad("local treatment code")
    if pl["status"] == "present" and not pl["types"]:
        bad("prior local treatments present without type")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        bad("prior local treatments absent/unknown with types")
    # prognosis
    pr = g["prognosis"]
    if "ecog" in pr and "kps" in pr:
        bad("prognosis holds both ecog and kps")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 6):
        bad("ecog out of range")
    if pr.get("kps") is not None and pr["kps"] not in range(0, 101, 10):
        bad("kps out of range")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        bad("unknown prognosis with a performance status")
    if pr.get("kps") is not None and "karnofsky" not in ft:
        bad("kps without Karnofsky in the letter")
    if pr.get("ecog") is not None and not re.search(r"(ecog|oms|ps)\s*%d\b" % pr["ecog"], ft):
        bad("ecog value not written in the letter")
    # project
    tp = g["therapeuticProject"]
    if tp["intent"] is not None:
        if tp["intent"] not in INTENTS or tp["status"] != "present":
            bad("intent")
        cue = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}[tp["intent"]]
        if cue not in ft:
            bad("intent word absent from the letter")
    # gaps
    if g["gaps"] != derive_gaps(g):
        bad("gaps differ from the derived gaps")
    if any(x[0] == "antiplatelets" for x in g["gaps"]):
        bad("antiplatelets must never have a gap")
    # text encodable
    try:
        text.encode(L["encoding"])
    except UnicodeEncodeError as e:
        bad(f"text not encodable in {L['encoding']}: {e}")
    if L["fmt"] == "txt" and ("## " in text or "\n|" in text):
        bad("markup in a plain-text letter")


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def write_txt(L, path):
    data = L["text"].replace("\n", L["newline"]).encode(L["encoding"])
    path.write_bytes(data)


FIXED_DT = datetime(2026, 1, 2, 9, 0, 0, tzinfo=timezone.utc)


def write_docx(L, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    rows = []

    def flush_table():
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        t = d.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, cell in enumerate(r):
                t.cell(i, j).text = cell
        rows.clear()

    for line in L["text"].split("\n"):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if line.startswith("## "):
            d.add_heading(line[3:], level=2)
        elif line.strip():
            d.add_paragraph(line)
    flush_table()
    cp = d.core_properties
    cp.author = "Secrétariat"
    cp.last_modified_by = "Secrétariat"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = "Demande RCP"
    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps and order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


class PdfFont:
    """A DejaVu subset embedded as a Type0/CIDFontType2 font with a ToUnicode map."""

    def __init__(self, ttf_path, chars, tag):
        from fontTools.subset import Options, Subsetter
        from fontTools.ttLib import TTFont
        font = TTFont(ttf_path, recalcTimestamp=False)
        opts = Options()
        opts.name_IDs = ["*"]
        opts.notdef_outline = True
        opts.recalc_timestamp = False
        opts.drop_tables = list(opts.drop_tables) + ["FFTM"]
        sub = Subsetter(options=opts)
        sub.populate(text="".join(sorted(set(chars))))
        sub.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        self.data = buf.getvalue()
        self.upem = font["head"].unitsPerEm
        cmap = font.getBestCmap()
        order = font.getGlyphOrder()
        gid_of = {n: i for i, n in enumerate(order)}
        self.gid = {}
        self.width = {}
        hmtx = font["hmtx"]
        for cp, name in cmap.items():
            g = gid_of[name]
            self.gid[chr(cp)] = g
            self.width[g] = round(hmtx[name][0] * 1000 / self.upem)
        self.tag = tag
        self.name = f"{tag}+DejaVuSans" + ("-Bold" if "Bold" in ttf_path else "")

    def text_width(self, s, size):
        return sum(self.width.get(self.gid.get(c, 0), 600) for c in s) * size / 1000

    def encode(self, s):
        return "".join("%04X" % self.gid.get(c, 0) for c in s)


def wrap(font, text, size, maxw):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        trial = (cur + " " + w) if cur else w
        if font.text_width(trial, size) <= maxw or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def write_pdf(L, path):
    text = L["text"]
    chars = set(text) | {" "}
    reg = PdfFont(FONT, chars, "AAAAAA")
    bold = PdfFont(FONT_BOLD, chars, "AAAAAB")
    W, H, M = 595, 842, 56
    size, lead = 10, 13.5
    pages, ops = [], []
    y = H - M

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops = []
        y = H - M

    def put(font_key, fnt, s, x, fsize):
        ops.append(f"BT /{font_key} {fsize} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{fnt.encode(s)}> Tj ET")

    for raw in text.split("\n"):
        if not raw.strip():
            y -= lead * 0.6
            continue
        if raw.startswith("## "):
            if y < M + 3 * lead:
                newpage()
            y -= 3
            for ln in wrap(bold, raw[3:], 11.5, W - 2 * M):
                put("F2", bold, ln, M, 11.5)
                y -= lead + 2
            continue
        if raw.startswith("|"):
            cells = [c.strip() for c in raw.strip().strip("|").split("|")]
            colw = [190, W - 2 * M - 190] if len(cells) == 2 else [(W - 2 * M) / len(cells)] * len(cells)
            wrapped = [wrap(reg, c, size, colw[i] - 8) for i, c in enumerate(cells)]
            n = max(len(w) for w in wrapped)
            if y - n * lead < M:
                newpage()
            x = M
            top = y
            for i, wl in enumerate(wrapped):
                y = top
                for ln in wl:
                    put("F1", reg, ln, x + 3, size)
                    y -= lead
                x += colw[i]
            y = top - n * lead
            ops.append(f"0.6 w {M} {y + lead - 3:.2f} m {W - M} {y + lead - 3:.2f} l S")
            continue
        indent = 0
        for ln in wrap(reg, raw, size, W - 2 * M - indent):
            if y < M:
                newpage()
            put("F1", reg, ln, M + indent, size)
            y -= lead
    pages.append(ops)

    objs = {}
    # 1 catalog, 2 pages, 3 info, 4.. fonts, then pages
    fonts = []
    nid = 4
    for key, f in (("F1", reg), ("F2", bold)):
        ids = dict(type0=nid, cid=nid + 1, desc=nid + 2, file=nid + 3, tounicode=nid + 4)
        nid += 5
        fonts.append((key, f, ids))
    page_ids = []
    for key, f, ids in fonts:
        gids = sorted(set(f.gid.values()))
        wparts = " ".join(f"{g} [{f.width[g]}]" for g in gids)
        objs[ids["type0"]] = (f"<< /Type /Font /Subtype /Type0 /BaseFont /{f.name} /Encoding /Identity-H "
                              f"/DescendantFonts [{ids['cid']} 0 R] /ToUnicode {ids['tounicode']} 0 R >>").encode()
        objs[ids["cid"]] = (f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{f.name} "
                            f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                            f"/FontDescriptor {ids['desc']} 0 R /DW 600 /W [{wparts}] /CIDToGIDMap /Identity >>").encode()
        objs[ids["desc"]] = (f"<< /Type /FontDescriptor /FontName /{f.name} /Flags 32 "
                             f"/FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 /Ascent 928 /Descent -236 "
                             f"/CapHeight 729 /StemV 80 /FontFile2 {ids['file']} 0 R >>").encode()
        objs[ids["file"]] = ("stream", f.data, f"/Length1 {len(f.data)}")
        inv = sorted((g, c) for c, g in f.gid.items())
        seen, bf = set(), []
        for g, c in inv:
            if g in seen:
                continue
            seen.add(g)
            bf.append(f"<{g:04X}> <{''.join('%04X' % u for u in _utf16(c))}>")
        chunks = [bf[i:i + 100] for i in range(0, len(bf), 100)]
        cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                "1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
        for ch in chunks:
            cmap += f"{len(ch)} beginbfchar\n" + "\n".join(ch) + "\nendbfchar\n"
        cmap += "endcmap CMapName currentdict /CMap defineresource pop end end\n"
        objs[ids["tounicode"]] = ("stream", cmap.encode(), "")
    font_res = " ".join(f"/{key} {ids['type0']} 0 R" for key, f, ids in fonts)
    for ops_ in pages:
        pid, cid = nid, nid + 1
        nid += 2
        content = "\n".join(ops_).encode()
        objs[cid] = ("stream", content, "")
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W} {H}] "
                     f"/Resources << /Font << {font_res} >> >> /Contents {cid} 0 R >>").encode()
        page_ids.append(pid)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = (f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {len(page_ids)} >>").encode()
    objs[3] = (b"<< /Producer (Secretariat PDF export 2.1) /Creator (Traitement de texte) "
               b"/CreationDate (D:20260102090000+01'00') /ModDate (D:20260102090000+01'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    import zlib
    for oid in sorted(objs):
        offsets[oid] = len(out)
        o = objs[oid]
        out += f"{oid} 0 obj\n".encode()
        if isinstance(o, tuple):
            _, data, extra = o
            comp = zlib.compress(data, 9)
            out += f"<< /Length {len(comp)} /Filter /FlateDecode {extra} >>\nstream\n".encode()
            out += comp + b"\nendstream"
        else:
            out += o
        out += b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += f"xref\n0 {n}\n0000000000 65535 f \n".encode()
    for oid in range(1, n):
        out += f"{offsets[oid]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {n} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))


def _utf16(c):
    b = c.encode("utf-16-be")
    return [int.from_bytes(b[i:i + 2], "big") for i in range(0, len(b), 2)]


# ---------------------------------------------------------------------------
def main() -> int:
    atc = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids):
        die("duplicate letter ids")
    for L in LETTERS:
        check(L, atc)
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for L in LETTERS:
        path = letters_dir / f"{L['id']}.{L['fmt']}"
        {"txt": write_txt, "docx": write_docx, "pdf": write_pdf}[L["fmt"]](L, path)
        (gold_dir / f"{L['id']}.json").write_text(
            json.dumps(L["gold"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # post-check: the written letters give back their text
    for L in LETTERS:
        path = letters_dir / f"{L['id']}.{L['fmt']}"
        if L["fmt"] == "pdf":
            from pypdf import PdfReader
            got = "".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
        elif L["fmt"] == "docx":
            import docx
            d = docx.Document(str(path))
            got = "\n".join(p.text for p in d.paragraphs) + "\n".join(
                c.text for t in d.tables for r in t.rows for c in r.cells)
        else:
            got = path.read_bytes().decode(L["encoding"])
        for kw in re.findall(r"[A-Za-zÀ-ÿ]{6,}", L["text"])[:400]:
            if fold(kw) not in fold(got).replace("\n", " "):
                die(f"{L['id']}: written file lost the word {kw!r}")
    print(f"ok: {len(LETTERS)} letters and golds written to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
