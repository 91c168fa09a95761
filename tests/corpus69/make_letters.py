#!/usr/bin/env python3
"""Build corpus69: 12 blind referral letters (drug-list layouts) and their gold records.

Run from the repository root:
    .venv/bin/python tests/corpus69/make_letters.py

Every letter's text and gold live below as Python data.  Gold gaps are derived
by ``derive_gaps`` (the spec's Gaps rule); every gold is checked against the
contract before anything is written ("CONTRACT VIOLATION: ..." and exit 1 on
failure).  Output is byte-identical on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zlib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC_DIR = Path("/work/shared/spec")
ATC_TSV = SPEC_DIR / "atc-reference.tsv"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ----------------------------------------------------------------------------
# Contract constants (spec rcp-request.md, version 1)
# ----------------------------------------------------------------------------
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
ALL_STATUSES = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": ALL_STATUSES,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": ALL_STATUSES,
    "boneTargetedTherapy": ALL_STATUSES,
    "anticoagulation": ALL_STATUSES,
    "antiplatelets": ALL_STATUSES,
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


def load_atc() -> set[str]:
    codes = set()
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            codes.add(line.split("\t", 1)[0].strip())
    return codes


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to a gold record (nine items, no antiplatelets)."""
    gaps = []
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS9:
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


def age_at(birth: str, letter: str) -> int:
    b = dt.date.fromisoformat(birth)
    d = dt.date.fromisoformat(letter)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


# ----------------------------------------------------------------------------
# Gold builder: compact spec -> full gold record
# ----------------------------------------------------------------------------
def gold(id_, *, sex, age, tumor, bone_dx, pain, meds, local, bone, anticoag, antiplt,
         prognosis, project):
    st, site, hist, bio = tumor
    rec = {
        "id": id_,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": st, "site": site, "histology": hist, "biomarkers": dict(sorted(bio.items()))},
        "boneDiagnosis": {"status": bone_dx[0], "circumstances": sorted(bone_dx[1]), "dated": bone_dx[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": bone[0], "atc": sorted(bone[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplt[0], "atc": sorted(antiplt[1])},
        "prognosis": {"status": prognosis[0], "ecog": prognosis[1]},
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }
    if len(prognosis) > 2 and prognosis[2] is not None:
        rec["prognosis"]["kps"] = prognosis[2]
    rec["gaps"] = derive_gaps(rec)
    return rec


# ----------------------------------------------------------------------------
# The letters
# ----------------------------------------------------------------------------
LETTERS: list[dict] = []

# ---------------------------------------------------------------- zzq01 (TXT, GP, bullet list)
LETTERS.append(dict(
    id="zzq01", fmt="txt", letter_date="2025-09-12", birth=None,
    aliases={"A12AX": ["Cacit vitamine D3"]},
    text="""Dr Hélène CASTAGNET
Médecin généraliste
12 rue des Tanneurs
47310 Villeréal-sur-Lède
Tél. 05 53 71 28 46

                                        Villeréal, le 12/09/2025

Cher confrère,

Je vous adresse pour avis en RCP métastases osseuses Mme Josiane VERDIER, 71 ans, que je suis depuis de nombreuses années.

ATCD :
- HTA, FA paroxystique découverte en 2023
- cholécystectomie 1998
- mère décédée d'un cancer du côlon
- cancer du sein droit diagnostiqué en février 2025, d'emblée métastatique : carcinome canalaire infiltrant, RE+ (90 %), RP+ (40 %), HER2 négatif. Suivie par le Dr Benarous (oncologie, Clinique Saint-Exupère, Agenville).

Histoire : douleurs de la hanche droite depuis mars 2025, à la marche et à la montée des escaliers. Le bilan (scanner TAP + scintigraphie en avril) a montré des lésions osseuses multiples (cotyle droit, L3, arcs costaux). Elle a eu une radiothérapie du cotyle droit (8 Gy en une séance) le 24/04/2025 avec une nette amélioration.
Actuellement douleur résiduelle à l'appui, EVA 4/10, pas de douleur la nuit. Elle signale depuis 3 semaines des lombalgies basses sans irradiation.

Traitement actuel :
- Femara 2,5 mg : 1 cp/j
- Ibrance 125 mg : 1 gél/j, 21 jours sur 28
- Xgeva 120 mg : 1 inj SC toutes les 4 semaines (depuis mai)
- Cacit vitamine D3 1000 mg/880 UI : 1 sachet le soir
- Eliquis 5 mg : 1 cp matin et soir
- Cardensiel 2,5 mg : 1 cp le matin
- Doliprane 1 g : si besoin, max 3/j
- Kardégic 75 mg : arrêté lors de l'introduction de l'Eliquis (cardiologue)

Elle reste autonome, conduit encore, OMS 1. Le Dr Benarous poursuit l'hormonothérapie + palbociclib.

Question : faut-il discuter une irradiation de L3 devant les lombalgies ? Le Xgeva doit-il être poursuivi au même rythme ?

Je vous remercie de votre avis et vous prie de croire, cher confrère, en mes sentiments les meilleurs.

Dr H. Castagnet
""",
    gold=dict(sex="F", age=71,
              tumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
              bone_dx=("present", ["pain"], True),
              pain=("present", ["mechanical"], 4),
              meds=("present", ["L02BG04", "L01EF01", "M05BX04", "A12AX", "B01AF02", "C07AB07", "N02BE01"]),
              local=("present", ["radiotherapy"]),
              bone=("present", ["M05BX04"]),
              anticoag=("present", ["B01AF02"]),
              antiplt=("absent", []),
              prognosis=("present", 1),
              project=("present", None)),
    note="GP, TXT; bullet list with brands, as-needed Doliprane, Kardégic 'arrêté' inside the same list (antiplatelets absent); 'pas de douleur la nuit' denies nocturnal",
))

# ---------------------------------------------------------------- zzq02 (DOCX, oncologist, statut column)
LETTERS.append(dict(
    id="zzq02", fmt="docx", letter_date="2025-06-18", birth="1961-02-03",
    author="Dr Antoine Lefranc",
    blocks=[
        ("h", "Centre Hospitalier de Valmont-sur-Loire"),
        ("p", "Service d'Oncologie médicale – Dr Antoine LEFRANC – Tél. 02 41 76 30 12"),
        ("p", "Valmont, le 18 juin 2025"),
        ("h", "Objet : demande d'avis RCP métastases osseuses – M. Bernard QUÉMENER, né le 03/02/1961"),
        ("p", "Chers collègues,"),
        ("p", "Je vous présente M. Quéméner, ancien fumeur (40 PA), BPCO stade 2, suivi pour un adénocarcinome pulmonaire du lobe supérieur gauche, stade IVB d'emblée (métastases osseuses et surrénalienne gauche), diagnostiqué en février 2025."),
        ("p", "Biologie moléculaire : EGFR non muté, pas de réarrangement ALK ni ROS1, mutation KRAS G12C. PD-L1 : 5 % (clone 22C3)."),
        ("h", "Circonstances de découverte"),
        ("p", "Lombosciatalgie gauche apparue début janvier 2025. IRM lombaire du 04/02/2025 : lyse du corps vertébral de L5 avec épidurite antérieure, sans compression radiculaire sévère. Le scanner TAP a ensuite retrouvé la masse pulmonaire."),
        ("h", "Situation actuelle"),
        ("p", "Radiculalgie L5 gauche à type de brûlures et de décharges électriques, EN 5/10 malgré le traitement, sans composante nocturne. Pas de déficit moteur, pas de trouble sphinctérien. Il n'a jamais été irradié et n'a eu aucun geste sur le rachis."),
        ("p", "1re ligne par carboplatine-pémétrexed-pembrolizumab depuis le 27/02/2025 (4 cures). Scanner après C4 : réponse partielle pulmonaire, stabilité osseuse. Maintenance pémétrexed-pembrolizumab depuis le 03/06/2025, traitement à visée palliative."),
        ("p", "Embolie pulmonaire segmentaire droite le 22/04/2025, traitée initialement par Xarelto, relayé par Innohep le 03/05/2025 (troubles digestifs). Pas d'antiagrégant plaquettaire."),
        ("p", "État général conservé, ECOG 1, poids stable (68 kg)."),
        ("h", "Traitements"),
        ("table", [
            ["Médicament", "Posologie", "Statut"],
            ["Keytruda (pembrolizumab)", "200 mg IV J1=J21", "en cours"],
            ["Alimta (pémétrexed)", "500 mg/m² IV J1=J21", "en cours"],
            ["Carboplatine", "AUC 5 IV J1=J21", "arrêté après C4 (27/05/2025)"],
            ["Innohep", "14 000 UI SC/j", "en cours"],
            ["Xarelto", "20 mg/j", "arrêté le 03/05/2025"],
            ["Oxycontin LP", "20 mg matin et soir", "en cours"],
            ["Oxynormoro", "5 mg si besoin, max 6/j", "en cours"],
            ["Lyrica", "75 mg matin et soir", "en cours"],
            ["Dectancyl", "8 mg/j", "suspendu depuis le 10/06/2025 (déséquilibre glycémique)"],
            ["Spiriva Respimat", "2 bouffées/j", "en cours"],
            ["Zometa", "4 mg IV /4 sem.", "prévu après avis dentaire"],
        ]),
        ("h", "Question posée à la RCP"),
        ("p", "Indication d'une radiothérapie antalgique de L5 ? Intérêt d'une cimentoplastie ou d'un avis chirurgical ?"),
        ("p", "Bien confraternellement,"),
        ("p", "Dr A. Lefranc"),
    ],
    gold=dict(sex="M", age=64,
              tumor=("present", "lung", "adenocarcinoma", {"EGFR": "negative", "ALK": "negative", "ROS1": "negative", "KRAS": "positive", "PD-L1": "positive"}),
              bone_dx=("present", ["pain"], True),
              pain=("present", ["neuropathic"], 5),
              meds=("present", ["L01FF02", "L01BA04", "B01AB10", "N02AA05", "N03AX16"]),
              local=("absent", []),
              bone=("unknown", []),
              anticoag=("present", ["B01AB10"]),
              antiplt=("absent", []),
              prognosis=("present", 1),
              project=("present", "palliative")),
    note="oncologist, DOCX; table with a 'Statut' column: en cours / arrêté / suspendu / prévu (carboplatin, Xarelto stopped; Dectancyl paused; Zometa planned -> bone therapy unknown); birth date only",
))

# ---------------------------------------------------------------- zzq03 (PDF, GP, matin/midi/soir grid)
LETTERS.append(dict(
    id="zzq03", fmt="pdf", letter_date="2025-09-22", birth="1945-09-30",
    blocks=[
        ("h", "Dr Marc-Olivier TESSIER"),
        ("p", "Médecine générale – 4 place du Marché, 71255 Cluny-les-Prés – 03 85 59 14 02"),
        ("p", "Le 22 septembre 2025"),
        ("h", "Objet : M. Raymond FAUCHEUX, né le 30/09/1945"),
        ("p", "Chère Consœur, Cher Confrère,"),
        ("p", "Je me permets de vous adresser M. Faucheux pour discussion en RCP. Il est suivi pour un adénocarcinome de prostate (Gleason 8, 4+4) diagnostiqué en 2019, traité par radiothérapie prostatique et hormonothérapie pendant 2 ans. Réascension du PSA fin 2024 (PSA 48 ng/ml en janvier 2025). La scintigraphie osseuse faite devant cette remontée (janvier 2025) a montré des fixations du rachis lombaire, du bassin et de plusieurs côtes. Le Dr Ravel (urologue, Mâcon-Sud) a repris le Décapeptyl et introduit l'Xtandi en février."),
        ("p", "Depuis l'été il se plaint de lombalgies à la mobilisation, surtout la nuit, qui le réveillent vers 3 h. Pas de déficit. Le Topalgic le soulage partiellement."),
        ("p", "ATCD : diabète de type 2, cardiopathie ischémique (stent IVA en 2016), dyslipidémie. Frère : cancer de la vessie."),
        ("p", "Il n'est pas anticoagulé. Pas de traitement osseux (ni Xgeva ni Zometa) pour l'instant : soins dentaires en cours, extractions prévues en octobre."),
        ("p", "État général : autonome, vit avec son épouse, OMS 2."),
        ("h", "Ordonnance actuelle"),
        ("table", [
            ["Médicament", "Matin", "Midi", "Soir", "Coucher"],
            ["Kardégic 75 mg", "1", "–", "–", "–"],
            ["Tahor 20 mg", "–", "–", "1", "–"],
            ["Glucophage 850 mg", "1", "–", "1", "–"],
            ["Xtandi 40 mg", "4", "–", "–", "–"],
            ["Topalgic LP 100 mg", "1", "–", "1", "–"],
            ["Imovane 7,5 mg", "–", "–", "–", "1"],
        ], [200, 60, 60, 60, 60]),
        ("p", "+ Movicol 1 sachet si constipation ; Décapeptyl 11,25 mg IM tous les 3 mois (dernière injection le 15/07/2025)."),
        ("p", "L'urologue souhaite poursuivre Xtandi + Décapeptyl."),
        ("p", "Mes questions : une radiothérapie antalgique lombaire est-elle possible ? Faut-il introduire un traitement anti-résorptif une fois les soins dentaires terminés ?"),
        ("p", "Bien confraternellement,"),
        ("p", "Dr M.-O. Tessier"),
    ],
    gold=dict(sex="M", age=79,
              tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
              bone_dx=("present", ["staging_imaging"], True),
              pain=("present", ["mechanical", "nocturnal"], None),
              meds=("present", ["B01AC06", "C10AA05", "A10BA02", "L02BB04", "N02AX02", "N05CF01", "A06AD65", "L02AE04"]),
              local=("unknown", []),
              bone=("absent", []),
              anticoag=("absent", []),
              antiplt=("present", ["B01AC06"]),
              prognosis=("present", 2),
              project=("present", None)),
    note="GP, text PDF; matin/midi/soir/coucher posology grid plus drugs after the grid (Movicol as needed, quarterly Décapeptyl); age from birth date 8 days before the birthday; prostate RT is not a bone treatment",
))

# ---------------------------------------------------------------- zzq04 (TXT, oncologist, prose comma list)
LETTERS.append(dict(
    id="zzq04", fmt="txt", letter_date="2025-07-07", birth=None,
    text="""Service d'oncologie médicale – Institut de cancérologie des Hauts-de-Brenne
Dr Salomé ACHOUR – secrétariat 04 73 62 18 90

Le 7 juillet 2025

Demande d'avis – RCP métastases osseuses du jeudi

Patiente : Mme Nadia BELKACEM, 58 ans

Chère collègue, cher collègue,

Mme Belkacem est suivie pour un carcinome rénal à cellules claires du rein gauche (néphrectomie élargie en mars 2021, pT3a, grade ISUP 3). Récidive métastatique pulmonaire en 2022, traitée par sunitinib (Sutent) de mai 2022 à septembre 2024, arrêté pour progression osseuse : le scanner de suivi d'octobre 2024 a mis en évidence une lyse de T9 et de l'arc postérieur de la 7e côte droite. Elle a eu une cimentoplastie de T9 le 14/11/2024 (Dr Morvan, radiologie interventionnelle). Deuxième ligne par cabozantinib depuis octobre 2024, bien tolérée hormis un syndrome mains-pieds de grade 1 ; dernière évaluation (juin 2025) : stabilité.

Sur le plan osseux elle reçoit du Xgeva mensuel depuis octobre 2024, avec une supplémentation (Calciprat D3, 1 cp/j).

Ses autres traitements sont le Cabometyx 40 mg/j, Lasilix 40 mg le matin, Triatec 5 mg, Levothyrox 75 µg, Inexium 20 mg et Xanax 0,25 mg si besoin. Le Préviscan, introduit en 2023 pour une embolie pulmonaire, a été arrêté au bout de 6 mois.

Elle signale depuis 3 semaines une douleur costale droite, EVA 2/10, sans caractère mécanique ni nocturne, ne nécessitant pas d'antalgique.

Karnofsky 90 %. Elle travaille à temps partiel.

Question : intérêt d'une radiothérapie de l'arc costal droit (7e côte) avant fracture ? Nous poursuivons le cabozantinib et le dénosumab.

Bien cordialement,

Dr S. Achour
""",
    gold=dict(sex="F", age=58,
              tumor=("present", "kidney", "clear_cell_carcinoma", {}),
              bone_dx=("present", ["staging_imaging"], True),
              pain=("present", [], 2),
              meds=("present", ["M05BX04", "A12AX", "L01EX07", "C03CA01", "C09AA05", "H03AA01", "A02BC05", "N05BA12"]),
              local=("present", ["cementoplasty"]),
              bone=("present", ["M05BX04"]),
              anticoag=("absent", []),
              antiplt=("unknown", []),
              prognosis=("present", None, 90),
              project=("present", None)),
    note="oncologist, TXT; drugs as a comma-separated sentence in prose plus Xgeva/Calciprat in another paragraph; sunitinib and Préviscan stopped (anticoagulation absent); pain with both types denied (incomplete); Karnofsky only",
))

# ---------------------------------------------------------------- zzq05 (DOCX, GP, DCI only)
LETTERS.append(dict(
    id="zzq05", fmt="docx", letter_date="2025-08-29", birth=None,
    author="Dr Franck Moulinié",
    blocks=[
        ("h", "Docteur Franck MOULINIÉ"),
        ("p", "Médecin généraliste – Maison de santé des Trois-Vallées"),
        ("p", "12 avenue Jean-Jaurès, 09310 Lavelanet-sur-Hers – 05 61 03 47 22"),
        ("p", "le 29/08/2025"),
        ("p", "À l'attention du Dr Coste, coordinatrice de la RCP os"),
        ("p", "Cher confrère,"),
        ("p", "Je vous adresse M. Gilbert ROUMAGNAC, 73 ans, ancien mineur, tabagique sévré depuis 2010, suivi au CHU pour un carcinome épidermoïde du poumon droit (PD-L1 à 20 %) métastatique, en 2e ligne par nivolumab toutes les 2 semaines en hôpital de jour depuis mai."),
        ("p", "Il se plaint depuis 2 mois de douleurs de l'épaule gauche qui le réveillent la nuit, EN 6/10. Une radio puis un scanner (juillet) ont montré une lésion lytique de la tête humérale gauche et de la glène : c'est ce qui a fait découvrir l'atteinte osseuse."),
        ("p", "Il n'a pas de bisphosphonate à ce jour ; il a un rendez vous chez le dentiste en septembre pour envisager de l'acide zolédronique."),
        ("p", "ATCD : FA (CHA2DS2-VASc 4) ; l'aspirine a été arrêtée quand l'apixaban a été introduit en 2024. IDM en 2012. Insuffisance rénale modérée (DFG 48). Père décédé d'un cancer de l'estomac."),
        ("p", "Ordonnance en cours (renouvelée le 01/08) :"),
        ("bullets", [
            "apixaban 2,5 mg (Apixaban Biogaran) : 1 cp matin et soir",
            "bisoprolol 5 mg : 1 cp le matin",
            "furosémide 40 mg : 1 cp le matin",
            "pantoprazole 40 mg : 1 cp le soir",
            "paracétamol 1 g : 1 cp 3 fois par jour",
            "tramadol 50 mg : 1 à 2 gél. si douleurs, max 8/j",
            "colécalciférol 100 000 UI : 1 ampoule tous les 3 mois",
            "macrogol 4000 : 1 sachet par jour",
        ]),
        ("p", "Il reste autonome pour la toilette mais ne sort plus guère : OMS 2."),
        ("p", "Peut-on lui proposer une radiothérapie de l'épaule ? Y a-t-il un risque fracturaire ?"),
        ("p", "Confraternellement,"),
        ("p", "Dr F. Moulinié"),
    ],
    gold=dict(sex="M", age=73,
              tumor=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
              bone_dx=("present", ["pain"], True),
              pain=("present", ["nocturnal"], 6),
              meds=("present", ["B01AF02", "C07AB07", "C03CA01", "A02BC02", "N02BE01", "N02AX02", "A11CC05", "A06AD15", "L01FF01"]),
              local=("unknown", []),
              bone=("absent", []),
              anticoag=("present", ["B01AF02"]),
              antiplt=("absent", []),
              prognosis=("present", 2),
              project=("present", None)),
    note="GP, DOCX; prescription in DCI only with a generic named by laboratory (Apixaban Biogaran); aspirin stopped in the history (antiplatelets absent); 'pas de bisphosphonate à ce jour' with zoledronic acid only envisaged",
))

# ---------------------------------------------------------------- zzq06 (PDF, oncologist, 'Arrêté le' column)
LETTERS.append(dict(
    id="zzq06", fmt="pdf", letter_date="2025-07-04", birth="1972-07-11",
    blocks=[
        ("h", "Centre de lutte contre le cancer Marie-Laurencin"),
        ("p", "33 avenue des Platanes, 69405 Saint-Rambert-en-Bugey – Dr Claire DUVIVIER-ROUX, oncologue médicale – 04 74 35 88 10"),
        ("p", "Saint-Rambert, le 04/07/2025"),
        ("h", "Demande de discussion en RCP métastases osseuses"),
        ("p", "Patiente : Mme Sandrine OLLIVIER, née le 11/07/1972"),
        ("h", "Diagnostic"),
        ("p", "Carcinome lobulaire infiltrant du sein gauche (2019), pT2N1, RE 90 %, RP 10 %, HER2 négatif (score 1+). Traitement initial : mastectomie avec curage, chimiothérapie adjuvante, radiothérapie pariétale, puis anastrozole."),
        ("h", "Évolution métastatique"),
        ("p", "Métastases osseuses (bassin, rachis dorsal, sacrum) découvertes sur le TEP-scanner de réévaluation demandé en février 2024 pour ré-ascension du CA 15-3. Ligne actuelle : fulvestrant + abémaciclib depuis mars 2024, à visée palliative, efficacité maintenue sur le TEP de mai 2025."),
        ("p", "Thrombose veineuse profonde fémorale droite le 12/05/2025, traitée par daltéparine. Suspicion d'ostéonécrose de la mâchoire (exposition osseuse mandibulaire) en juin 2025 : l'acide zolédronique a été arrêté."),
        ("p", "Radiothérapie du cotyle droit, 20 Gy en 5 fractions, en mai 2025."),
        ("h", "Clinique"),
        ("p", "Douleurs pelviennes à la marche et décharges électriques dans la face antérieure de la cuisse droite. EN 3/10 sous traitement (7/10 en mai). OMS 1, poursuit une activité professionnelle à mi-temps."),
        ("h", "Traitements"),
        ("table", [
            ["Traitement", "Posologie", "Début", "Arrêté le"],
            ["Verzenios (abémaciclib) 150 mg", "1 cp matin et soir", "03/2024", ""],
            ["Faslodex (fulvestrant) 500 mg", "1 inj. IM / mois", "03/2024", ""],
            ["Arimidex 1 mg", "1 cp/j", "2019", "02/2024"],
            ["Zometa 4 mg", "IV toutes les 12 sem.", "04/2024", "16/06/2025"],
            ["Cacit D3", "1 sachet/j", "04/2024", "16/06/2025"],
            ["Fragmine 15 000 UI", "1 inj. SC/j", "05/2025", ""],
            ["Efferalgan codéiné 500/30", "2 cp x 3/j", "05/2025", ""],
            ["Acupan 20 mg", "1 cp si besoin, max 3/j", "05/2025", ""],
            ["Laroxyl 40 mg/ml", "10 gouttes le soir", "06/2025", ""],
        ], [175, 135, 60, 80]),
        ("h", "Questions"),
        ("p", "Quelle alternative au traitement anti-résorptif (dénosumab ?) compte tenu de l'ONM suspectée ? Faut-il irradier les lésions dorsales, pour l'instant peu symptomatiques ?"),
        ("p", "Dr C. Duvivier-Roux"),
    ],
    gold=dict(sex="F", age=52,
              tumor=("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
              bone_dx=("present", ["staging_imaging"], True),
              pain=("present", ["mechanical", "neuropathic"], 3),
              meds=("present", ["L01EF03", "L02BA03", "B01AB04", "N02AJ06", "N02BG06", "N06AA09"]),
              local=("present", ["radiotherapy"]),
              bone=("absent", []),
              anticoag=("present", ["B01AB04"]),
              antiplt=("unknown", []),
              prognosis=("present", 1),
              project=("present", "palliative")),
    note="oncologist, text PDF; table with 'Début' and 'Arrêté le' columns (Arimidex, Zometa, Cacit D3 stopped -> bone therapy absent); Efferalgan codéiné combination; EN 3 now vs 7 in May; birth date a week after the letter",
))

# ---------------------------------------------------------------- zzq07 (TXT CRLF, digestive oncologist, paused drug)
LETTERS.append(dict(
    id="zzq07", fmt="txt", crlf=True, letter_date="2025-09-16", birth=None,
    text="""CH de Port-Ardent – Pôle cancérologie – Hôpital de jour d'oncologie digestive
Dr Yannick LE GOFF – poste 4417 – standard 02 98 44 17 00
Port-Ardent, le 16/09/2025

RCP MÉTASTASES OSSEUSES – FICHE DE PRÉSENTATION

M. Alain PÉRON, 66 ans
Adénocarcinome du côlon sigmoïde, RAS muté (KRAS G12D), BRAF V600E non muté, MSS.

Historique :
- 09/2023 colectomie gauche, pT3N2a, puis FOLFOX adjuvant (oxaliplatine arrêté à C9 pour neuropathie)
- 03/2025 récidive hépatique et osseuse : sacralgies d'horaire inflammatoire depuis février, IRM du 04/04/2025 : lyse de l'aileron sacré gauche
- RT sacrum 30 Gy/10 fr terminée le 20/05/2025
- FOLFIRI-bévacizumab 6 cures (04 -> 07/2025) puis maintenance capécitabine-bévacizumab depuis le 28/07/2025

Clinique : reprise des sacralgies depuis 3 semaines, horaire inflammatoire, réveils nocturnes, EN 4/10. Pas de trouble sphinctérien. PS 1.

Trt en cours :
- Xeloda 500 mg : 3 cp matin et soir J1-J14/21
- Avastin 7,5 mg/kg IV J1=J21 (HDJ)
- Lovenox 6000 UI : 1 inj SC/j (TVP membre inf. gauche 06/2025)
- Neurontin 300 mg : 1 gél x 3/j (neuropathie séquellaire oxaliplatine)
- Skenan LP 30 mg : matin et soir
- Actiskenan 10 mg : si accès douloureux, max 4/j
- Forlax 10 g : 2 sachets/j
- Glucophage 1000 : matin et soir
- Solupred 20 mg : EN PAUSE depuis le 01/09 (hyperglycémie), à reprendre selon avis RCP
- Plavix 75 : arrêté en juillet par son cardiologue (stent 2019) à l'introduction du Lovenox

Os : Xgeva débuté en ville ?? (le patient parle d'une "piqûre pour les os" faite par l'infirmière en août) - à vérifier auprès du Dr Kerhervé, MT.

ATCD familiaux : père cancer du poumon, frère polypes coliques.

Question RCP : progression sacrée symptomatique après RT -> ré-irradiation ? sacroplastie ? Avis sur le traitement anti-résorptif.
Projet : poursuite de la maintenance capécitabine-bévacizumab.

Dr Y. Le Goff
""",
    gold=dict(sex="M", age=66,
              tumor=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
              bone_dx=("present", ["pain"], True),
              pain=("present", ["inflammatory", "nocturnal"], 4),
              meds=("present", ["L01BC06", "B01AB05", "N03AX12", "N02AA01", "A06AD15", "A10BA02"]),
              local=("present", ["radiotherapy"]),
              bone=("uncertain", ["M05BX04"]),
              anticoag=("present", ["B01AB05"]),
              antiplt=("absent", []),
              prognosis=("present", 1),
              project=("present", None)),
    note="digestive oncologist, TXT with CRLF; bullet list mixing current, 'EN PAUSE' (Solupred) and stopped (Plavix) drugs; Xgeva named with doubt (uncertain, kept out of current drugs); bevacizumab not in the ATC table",
))

# ---------------------------------------------------------------- zzq08 (DOCX, GP, conflicting anticoagulant)
LETTERS.append(dict(
    id="zzq08", fmt="docx", letter_date="2025-09-19", birth=None,
    author="Dr Isabelle Faure-Marchand",
    blocks=[
        ("h", "Dr Isabelle FAURE-MARCHAND – Médecin généraliste"),
        ("p", "Cabinet médical du Pont-Vieux, 3 quai Saint-Roch, 26405 Crest-sur-Drôme – Tél. 04 75 25 61 93"),
        ("p", "Crest, le 19 septembre 2025"),
        ("p", "Objet : Mme Élodie RAMBAUD, 48 ans – RCP métastases osseuses"),
        ("p", "Chère consoeur,"),
        ("p", "Je vous adresse Mme Rambaud, 48 ans, non fumeuse, professeure des écoles, suivie par le Dr Nguyen (pneumo-oncologie, CH de Valence-Est) pour un adénocarcinome pulmonaire avec réarrangement ALK (EGFR non muté), diagnostiqué en juillet 2025 à l'occasion de dorsalgies : l'IRM dorsale du 08/07/2025 a montré des lésions vertébrales multiples (T6, T8, T11) sans épidurite. Elle est sous Alecensa depuis le 25/07."),
        ("p", "Elle a présenté en août une thrombose de la veine jugulaire sur PAC, traitée par Inhixa prescrit par l'hôpital."),
        ("p", "Actuellement dorsalgies à EVA 5, surtout la nuit. Pas de radiothérapie ni de chirurgie osseuse à ce jour. Le Dr Nguyen a prévu une première injection de Xgeva le 02/10 après le bilan dentaire."),
        ("h", "Fiche de liaison"),
        ("table", [
            ["Allergies", "pénicilline (urticaire)"],
            ["Anticoagulants", "non"],
            ["Antiagrégants", "non"],
            ["Traitement en cours", "Alecensa 150 mg 4 gél. matin et soir ; Inhixa 6000 UI/0,6 ml 1 inj/j ; Doliprane 1 g si besoin ; Zyma D 50 000 UI 1 amp/mois ; Laroxyl 5 gouttes le soir (sommeil)"],
            ["Antécédents familiaux", "mère : cancer du sein à 62 ans"],
        ]),
        ("p", "La patiente s'inquiète du risque de tassement. Votre avis sur une radiothérapie ou une consolidation de T8 ?"),
        ("p", "Bien à vous,"),
        ("p", "Dr I. Faure-Marchand"),
    ],
    gold=dict(sex="F", age=48,
              tumor=("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative"}),
              bone_dx=("present", ["pain"], True),
              pain=("present", ["nocturnal"], 5),
              meds=("present", ["L01ED03", "B01AB05", "N02BE01", "A11CC05", "N06AA09"]),
              local=("absent", []),
              bone=("unknown", []),
              anticoag=("conflicting", ["B01AB05"]),
              antiplt=("absent", []),
              prognosis=("unknown", None),
              project=("present", None)),
    note="GP, DOCX; semicolon drug list inside a key/value table whose 'Anticoagulants : non' contradicts Inhixa (enoxaparin biosimilar) in the list and the text (conflicting, kept in current drugs); Xgeva only planned; no performance status",
))

# ---------------------------------------------------------------- zzq09 (PDF, urologist, statut column)
LETTERS.append(dict(
    id="zzq09", fmt="pdf", letter_date="2025-10-01", birth="1955-10-01",
    blocks=[
        ("h", "Clinique urologique du Val-de-Sèvre"),
        ("p", "Dr Jean-Baptiste NICOLLEAU – urologue, oncologie urologique – 05 49 63 20 71"),
        ("p", "Saint-Maixent-des-Prés, le 01/10/2025"),
        ("h", "RCP métastases osseuses – M. Patrice GUILLONNEAU, né le 01/10/1955"),
        ("p", "Cher ami,"),
        ("p", "Je te remercie de discuter en RCP le dossier de M. Guillonneau : adénocarcinome prostatique Gleason 9 (4+5), ISUP 5, diagnostiqué en mars 2025 sur un PSA à 112 ng/ml, d'emblée métastatique osseux (haut volume) sur le TEP-PSMA de bilan initial du 20/03/2025 : fixations rachidiennes, costales, iliaques et de l'humérus droit."),
        ("p", "Traitement : ADT (Eligard) + docétaxel (6 cycles, fin le 14/08/2025) + darolutamide, qui est poursuivi. PSA 9,6 ng/ml le 15/09/2025."),
        ("p", "Il décrit une douleur de l'épaule droite à la mobilisation, EN 3/10, sans douleur nocturne. Aucun traitement local osseux n'a été réalisé (ni radiothérapie, ni chirurgie). Il n'a jamais reçu de traitement anti-résorptif : le Xgeva est prévu, bilan dentaire fait le 22/09."),
        ("p", "Anticoagulé par apixaban depuis une embolie pulmonaire en avril 2025 (sous docétaxel). OMS 0."),
        ("table", [
            ["Spécialité (DCI)", "Posologie", "Statut"],
            ["Eligard 45 mg (leuproréline)", "1 inj. SC / 6 mois", "en cours"],
            ["Nubeqa 300 mg (darolutamide)", "2 cp matin et soir", "en cours"],
            ["Docétaxel 75 mg/m²", "IV J1=J21", "arrêté (6 cycles, 14/08)"],
            ["Apixaban Biogaran 5 mg", "1 cp matin et soir", "en cours"],
            ["Ixprim 37,5 mg/325 mg", "1 à 2 cp x 3/j", "arrêté (somnolence)"],
            ["Oxynorm 5 mg (oxycodone)", "1 gél. si douleur, max 4/j", "si besoin"],
            ["Inexium 40 mg", "1 cp le soir", "en cours"],
            ["Xgeva 120 mg (dénosumab)", "1 inj. SC / 4 sem.", "prévu (1re inj. 06/10)"],
            ["Orocal D3", "1 cp/j", "prévu avec le Xgeva"],
        ], [185, 150, 130]),
        ("p", "Question : radiothérapie antalgique de l'épaule droite ? Risque fracturaire huméral (score de Mirels à 8) : avis orthopédique ?"),
        ("p", "Amitiés,"),
        ("p", "J.-B. Nicolleau"),
    ],
    gold=dict(sex="M", age=70,
              tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
              bone_dx=("present", ["staging_imaging"], True),
              pain=("present", ["mechanical"], 3),
              meds=("present", ["L02AE02", "L02BB06", "B01AF02", "N02AA05", "A02BC05"]),
              local=("absent", []),
              bone=("absent", []),
              anticoag=("present", ["B01AF02"]),
              antiplt=("unknown", []),
              prognosis=("present", 0),
              project=("present", None)),
    note="urologist, text PDF; table with 'Statut' column (en cours / arrêté / si besoin / prévu); Apixaban Biogaran generic; stopped Ixprim combination and docetaxel; Xgeva + Orocal planned with 'jamais reçu' (bone therapy absent); letter on the 70th birthday",
))

# ---------------------------------------------------------------- zzq10 (TXT, GP, prose list, osteoporosis bisphosphonate)
LETTERS.append(dict(
    id="zzq10", fmt="txt", letter_date="2025-10-03", birth="1941-11-14",
    text="""Dr Paul-Henri LAMBERTIN
Médecine générale
Le Bourg - 15145 Salers-la-Haute
tel 04 71 40 72 88

le 3/10/2025

Cher confrère,

Merci de bien vouloir voir en RCP ma patiente Mme Germaine COUDERC née le 14/11/1941.

ATCD : cancer du sein gauche en 2009 (tumorectomie + radiothérapie, hormonothérapie 5 ans), HTA, hypothyroidie, AVC ischémique 2017 sans séquelle, ostéoporose.

Le 18/06/2025 chute de sa hauteur avec fracture du col du fémur gauche, opérée au CH d'Aurillac-Nord (clou gamma). L'anapath a montré une métastase d'un carcinome d'origine mammaire, RE positifs. Le scanner a montré d'autres lésions (bassin, L2). L'oncologue (Dr Sabatier) a remis en route du Femara en juillet.
Depuis elle garde une douleur de hanche G d'horaire mécanique, elle marche avec un déambulateur.

Pas d'anticoagulant (ancien Sintrom arrété il y a 10 ans).
Ttt actuel : Kardégic 75, Tahor 10, Levothyrox 50, Femara 2,5, Actonel 35 une fois par semaine (pour l'ostéoporose, depuis 2018), Dafalgan codéiné si douleur, Imovane 1/2 cp au coucher.

Elle vit seule, sa fille est très présente.
Je me pose la question d'un traitement plus adapté pour les os (Prolia ?) et d'une radiothérapie de la hanche.

Bien confraternellement

PH Lambertin
""",
    gold=dict(sex="F", age=83,
              tumor=("present", "breast", None, {"ER": "positive"}),
              bone_dx=("present", ["pathological_fracture"], True),
              pain=("present", ["mechanical"], None),
              meds=("present", ["B01AC06", "C10AA05", "H03AA01", "L02BG04", "M05BA07", "N02AJ06", "N05CF01"]),
              local=("present", ["surgery"]),
              bone=("present", ["M05BA07"]),
              anticoag=("absent", []),
              antiplt=("present", ["B01AC06"]),
              prognosis=("unknown", None),
              project=("present", None)),
    note="GP, TXT; short letter, drug list as one comma-separated line with shorthand doses ('Kardégic 75, Tahor 10'); Actonel for osteoporosis counts as bone therapy; Prolia only a question; old Sintrom stopped; birth date only; no histology",
))

# ---------------------------------------------------------------- zzq11 (DOCX, thoracic oncologist, grid + suspended)
LETTERS.append(dict(
    id="zzq11", fmt="docx", letter_date="2025-09-10", birth=None,
    author="Dr Mathilde Keravec",
    blocks=[
        ("h", "Hôpital privé des Coteaux-de-l'Anjou – Oncologie thoracique"),
        ("p", "Dr Mathilde KERAVEC – Tél. 02 41 88 53 00"),
        ("p", "Le 10 septembre 2025"),
        ("h", "Demande de RCP métastases osseuses – M. Thierry BOISSONNADE, 61 ans"),
        ("h", "Histoire oncologique"),
        ("p", "Adénocarcinome pulmonaire du lobe inférieur droit, stade IV, délétion de l'exon 19 d'EGFR, ALK négatif, PD-L1 < 1 %. Révélé en avril 2025 par un déficit moteur du triceps droit : IRM cervicale du 11/04/2025 montrant une lyse de C7 avec épidurite, sans compression médullaire. Radiothérapie C6-T1 de 20 Gy en 5 fractions (avril 2025), pas de chirurgie. Osimertinib (Tagrisso) depuis le 02/05/2025, réponse partielle au scanner d'août."),
        ("p", "Dénosumab (Xgeva) débuté en mai, suspendu depuis le 01/09/2025 dans l'attente d'extractions dentaires."),
        ("p", "TVP de la jambe droite en mai, traitée par Pradaxa. Pas d'antiagrégant plaquettaire."),
        ("h", "Clinique actuelle"),
        ("p", "Persistance d'une radiculalgie C7 droite à type de brûlures, DN4 à 6/10, EN 4/10. Récupération motrice complète. PS 1."),
        ("h", "Traitement (ordonnance du 01/09/2025)"),
        ("table", [
            ["Médicament", "Matin", "Midi", "Soir", "Remarques"],
            ["Tagrisso 80 mg", "1", "0", "0", ""],
            ["Pradaxa 150 mg", "1", "0", "1", ""],
            ["Sophidone LP 4 mg", "1", "0", "1", ""],
            ["Oramorph 10 mg/5 ml", "", "", "", "si besoin, 5 ml, toutes les 4 h au maximum"],
            ["Lyrica 50 mg", "1", "0", "1", ""],
            ["Mopral 20 mg", "1", "0", "0", ""],
            ["Caltrate D3", "0", "1", "0", ""],
            ["Xgeva 120 mg", "", "", "", "SUSPENDU depuis le 01/09 (soins dentaires)"],
            ["Médrol 16 mg", "0", "0", "0", "arrêté le 15/08 (décroissance terminée)"],
        ]),
        ("h", "Question"),
        ("p", "Réévaluation de la lésion de C7 déjà irradiée devant la radiculalgie persistante : ré-irradiation en conditions stéréotaxiques ? Avis sur la reprise du dénosumab après les soins dentaires. Nous poursuivons l'osimertinib."),
        ("p", "Dr M. Keravec"),
    ],
    gold=dict(sex="M", age=61,
              tumor=("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
              bone_dx=("present", ["neurological_deficit"], True),
              pain=("present", ["neuropathic"], 4),
              meds=("present", ["L01EB04", "B01AE07", "N02AA03", "N02AA01", "N03AX16", "A02BC01", "A12AX"]),
              local=("present", ["radiotherapy"]),
              bone=("absent", []),
              anticoag=("present", ["B01AE07"]),
              antiplt=("absent", []),
              prognosis=("present", 1),
              project=("present", None)),
    note="thoracic oncologist, DOCX; matin/midi/soir grid with a 'Remarques' column: as-needed Oramorph, Xgeva 'SUSPENDU' (bone therapy absent, not current), Médrol stopped; DN4 6/10 is not the pain score (EN 4)",
))

# ---------------------------------------------------------------- zzq12 (PDF, pneumologist, prose with replaced drug)
LETTERS.append(dict(
    id="zzq12", fmt="pdf", letter_date="2025-09-24", birth="1956-03-02",
    blocks=[
        ("h", "Centre hospitalier intercommunal de Montbrison-les-Vignes"),
        ("p", "Service de pneumologie – Dr Olivier GRANDJEAN – secrétariat 04 77 96 12 40"),
        ("p", "Montbrison-les-Vignes, le 24/09/2025"),
        ("h", "Mme Francine DELORME, née le 02/03/1956"),
        ("p", "Madame, Monsieur, chers collègues,"),
        ("p", "Je sollicite l'avis de la RCP pour Mme Delorme, ancienne fumeuse (45 PA), suivie pour un carcinome bronchique à petites cellules, stade étendu, diagnostiqué en juillet 2025. Le TEP-scanner de bilan initial (18/07/2025) a révélé des lésions osseuses multiples (hémibassin droit, L4, sternum) et hépatiques."),
        ("p", "Elle reçoit une chimio-immunothérapie par carboplatine, étoposide et atézolizumab (Tecentriq), C3 le 15/09/2025, à visée palliative. Réponse partielle au scanner intermédiaire. Sur le plan osseux : acide zolédronique 4 mg toutes les 4 semaines depuis août (2e perfusion le 10/09)."),
        ("p", "Elle décrit des douleurs de l'hémibassin droit à l'appui et à la marche, EVA 6 à l'admission en juillet, 3 aujourd'hui sous fentanyl transdermique (Durogesic 25 µg/h, patch changé tous les 3 jours)."),
        ("p", "Elle serait sous Xarelto depuis une phlébite en 2024 ; la patiente n'avait pas son ordonnance lors de la dernière consultation, à vérifier auprès de son médecin traitant. Pas d'aspirine."),
        ("p", "Traitement personnel : Stagid 700 mg x 3/j, Detensiel 10 mg le matin, Laroxyl 25 mg le soir (en remplacement du Cymbalta, arrêté en août pour nausées), Xanax 0,25 mg si anxiété, ondansétron les jours de cure."),
        ("p", "PS 1. Espérance de vie estimée à quelques mois. Mère décédée d'un cancer du poumon, sœur suivie pour un myélome."),
        ("p", "Question : indication d'une radiothérapie de l'hémibassin droit (lésion lytique du cotyle, risque fracturaire) ? Intérêt d'un avis orthopédique ?"),
        ("p", "Avec mes remerciements,"),
        ("p", "Dr O. Grandjean"),
    ],
    gold=dict(sex="F", age=69,
              tumor=("present", "lung", "small_cell_carcinoma", {}),
              bone_dx=("present", ["staging_imaging"], True),
              pain=("present", ["mechanical"], 3),
              meds=("present", ["L01XA02", "L01CB01", "L01FF05", "M05BA08", "N02AB03", "A10BA02", "C07AB07", "N06AA09", "N05BA12"]),
              local=("unknown", []),
              bone=("present", ["M05BA08"]),
              anticoag=("uncertain", ["B01AF01"]),
              antiplt=("absent", []),
              prognosis=("present", 1),
              project=("present", "palliative")),
    note="pneumologist, text PDF; drugs in prose (generic and brand mixed), Laroxyl replacing a stopped Cymbalta in the same parenthesis; 'serait sous Xarelto … à vérifier' (uncertain, not a current drug); EVA 6 then 3",
))


# ----------------------------------------------------------------------------
# Contract check
# ----------------------------------------------------------------------------
def violation(msg: str):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def check(letter: dict, g: dict, atc: set[str]):
    i = g["id"]
    if g["id"] != letter["id"]:
        violation(f"{i}: id mismatch")
    if g["patient"]["sex"] not in ("F", "M"):
        violation(f"{i}: sex")
    if letter.get("birth"):
        want = age_at(letter["birth"], letter["letter_date"])
        if g["patient"]["age"] != want:
            violation(f"{i}: age {g['patient']['age']} != {want} computed from birth date")
    if not isinstance(g["patient"]["age"], int):
        violation(f"{i}: age must be an integer")
    for item, allowed in ALLOWED.items():
        if g[item]["status"] not in allowed:
            violation(f"{i}: {item}.status {g[item]['status']!r} not in {sorted(allowed)}")
    pt = g["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        violation(f"{i}: site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        violation(f"{i}: histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            violation(f"{i}: biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        violation(f"{i}: primaryTumor unknown but filled")
    bd = g["boneDiagnosis"]
    if any(c not in CIRCUMSTANCES for c in bd["circumstances"]):
        violation(f"{i}: circumstance")
    if bd["status"] == "present" and not bd["circumstances"]:
        violation(f"{i}: boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        violation(f"{i}: boneDiagnosis unknown but filled")
    p = g["pain"]
    if any(t not in PAIN_TYPES for t in p["types"]):
        violation(f"{i}: pain type")
    if p["intensity"] is not None and not (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10):
        violation(f"{i}: pain intensity")
    if p["status"] != "present" and (p["types"] or p["intensity"]):
        violation(f"{i}: pain types/intensity without present pain")
    loc = g["priorLocalTreatments"]
    if any(t not in LOCAL_TYPES for t in loc["types"]):
        violation(f"{i}: local treatment type")
    if loc["status"] == "present" and not loc["types"]:
        violation(f"{i}: prior local present without type")
    if loc["status"] in ("absent", "unknown") and loc["types"]:
        violation(f"{i}: prior local {loc['status']} with types")
    meds = g["currentMedications"]
    for c in meds["atc"]:
        if c not in atc:
            violation(f"{i}: currentMedications code {c} not in atc-reference.tsv")
    if len(set(meds["atc"])) != len(meds["atc"]):
        violation(f"{i}: duplicate medication code")
    if meds["status"] != "present" and meds["atc"]:
        violation(f"{i}: medication codes with status {meds['status']}")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        for c in s["atc"]:
            if c not in atc:
                violation(f"{i}: {sec} code {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                violation(f"{i}: {sec} code {c} outside {prefixes}")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            violation(f"{i}: {sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(meds["atc"])
            if missing:
                violation(f"{i}: {sec} agents {sorted(missing)} not in currentMedications")
        if s["status"] == "uncertain":
            extra = set(s["atc"]) & set(meds["atc"])
            if extra:
                violation(f"{i}: {sec} uncertain agents {sorted(extra)} listed as current")
        # reverse: a current drug of this class must be reflected in its section
        cur = {c for c in meds["atc"] if c.startswith(prefixes)}
        if cur and s["status"] not in ("present", "conflicting"):
            violation(f"{i}: current {sorted(cur)} but {sec} is {s['status']}")
        if cur - set(s["atc"]):
            violation(f"{i}: current {sorted(cur - set(s['atc']))} missing from {sec}.atc")
    pr = g["prognosis"]
    if pr["ecog"] is not None and pr["ecog"] not in range(0, 5):
        violation(f"{i}: ecog")
    if pr.get("kps") is not None and pr["kps"] not in range(0, 101, 10):
        violation(f"{i}: kps")
    if pr["status"] == "unknown" and (pr["ecog"] is not None or pr.get("kps") is not None):
        violation(f"{i}: prognosis unknown with a score")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        violation(f"{i}: intent")
    if tp["status"] == "unknown" and tp["intent"]:
        violation(f"{i}: intent without project")
    if g["gaps"] != derive_gaps(g):
        violation(f"{i}: gaps not derived from the rule")
    for item, kind in g["gaps"]:
        if item == "antiplatelets" or item not in ITEMS9:
            violation(f"{i}: gap item {item}")
    # each code must be written in the letter by a brand or DCI of the table
    text = letter_text(letter).lower()
    names = ATC_NAMES
    for c in set(meds["atc"]) | {c for s in AGENT_PREFIXES for c in g[s]["atc"]}:
        cands = names[c] + letter.get("aliases", {}).get(c, [])
        if not any(n and n.lower() in text for n in cands):
            violation(f"{i}: code {c} has no brand or DCI of the table in the letter")
    # nothing outside the expected keys
    expected = {"id", "patient", "gaps", *ALLOWED}
    if set(g) != expected:
        violation(f"{i}: keys {sorted(set(g) ^ expected)}")


def load_atc_names() -> dict[str, list[str]]:
    out = {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        f = line.split("\t")
        out[f[0]] = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
    return out


ATC_NAMES = load_atc_names()


def letter_text(letter: dict) -> str:
    if letter["fmt"] == "txt":
        return letter["text"]
    parts = []
    for b in letter["blocks"]:
        if b[0] in ("h", "p"):
            parts.append(b[1])
        elif b[0] == "bullets":
            parts.extend(b[1])
        elif b[0] == "table":
            for row in b[1]:
                parts.append(" | ".join(row))
    return "\n".join(parts)


# ----------------------------------------------------------------------------
# Writers
# ----------------------------------------------------------------------------
def write_txt(letter: dict, path: Path):
    text = letter["text"]
    if letter.get("crlf"):
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))


FIXED_DT = dt.datetime(2025, 10, 6, 9, 0, 0)


def write_docx(letter: dict, path: Path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for b in letter["blocks"]:
        kind = b[0]
        if kind == "h":
            para = d.add_paragraph()
            run = para.add_run(b[1])
            run.bold = True
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "bullets":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = t.cell(r, c)
                    cell.text = val
                    if r == 0 and len(rows[0]) > 2:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = letter.get("author", "")
    cp.last_modified_by = letter.get("author", "")
    cp.title = "Demande RCP métastases osseuses"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


class PdfFont:
    def __init__(self, path: str, name: str):
        from PIL import ImageFont
        self.name = name
        self.data = Path(path).read_bytes()
        f = ImageFont.truetype(path, 1000)
        self.widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                self.widths.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                self.widths.append(0)

    def width(self, s: str, size: float) -> float:
        total = 0
        for b in s.encode("cp1252"):
            total += self.widths[b - 32] if b >= 32 else 0
        return total * size / 1000.0


_FONTS: dict[str, PdfFont] = {}


def fonts():
    if not _FONTS:
        _FONTS["F1"] = PdfFont(FONT, "DejaVuSans")
        _FONTS["F2"] = PdfFont(FONT_BOLD, "DejaVuSans-Bold")
    return _FONTS


def pdf_escape(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def wrap(text: str, font: PdfFont, size: float, width: float) -> list[str]:
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if font.width(cand, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def write_pdf(letter: dict, path: Path):
    F = fonts()
    W, H, M = 595, 842, 56
    size, lead = 10, 13.5
    pages: list[list[bytes]] = [[]]
    y = H - M

    def newline(n=lead):
        nonlocal y
        y -= n
        if y < M:
            pages.append([])
            y = H - M - n

    def put(x, s, font="F1", sz=size):
        pages[-1].append(b"BT /%s %g Tf %.2f %.2f Td (" % (font.encode(), sz, x, y) + pdf_escape(s) + b") Tj ET")

    for b in letter["blocks"]:
        kind = b[0]
        if kind in ("h", "p"):
            font = "F2" if kind == "h" else "F1"
            if kind == "h":
                newline(4)
            for ln in wrap(b[1], F[font], size, W - 2 * M):
                newline()
                put(M, ln, font)
            newline(3)
        elif kind == "bullets":
            for item in b[1]:
                for k, ln in enumerate(wrap(item, F["F1"], size, W - 2 * M - 14)):
                    newline()
                    if k == 0:
                        put(M, "•")
                    put(M + 14, ln)
        elif kind == "table":
            rows = b[1]
            cols = b[2] if len(b) > 2 else [(W - 2 * M) / len(rows[0])] * len(rows[0])
            for r, row in enumerate(rows):
                cells = [wrap(v, F["F2" if r == 0 else "F1"], size, cols[c] - 6) for c, v in enumerate(row)]
                nlines = max(len(c) for c in cells)
                for k in range(nlines):
                    newline()
                    x = M
                    for c, cl in enumerate(cells):
                        if k < len(cl) and cl[k]:
                            put(x, cl[k], "F2" if r == 0 else "F1")
                        x += cols[c]
            newline(6)

    # assemble
    objs: list[bytes] = []

    def add(o: bytes) -> int:
        objs.append(o)
        return len(objs)

    font_ids = {}
    for key, f in F.items():
        comp = zlib.compress(f.data, 9)
        ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(f.data)) + comp + b"\nendstream")
        desc = add(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                    "/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % (f.name, ff)).encode())
        font_ids[key] = add(("<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 /Widths [%s] "
                             "/Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % (f.name, " ".join(map(str, f.widths)), desc)).encode())
    pages_id_placeholder = len(objs) + 1
    add(b"PAGES")  # placeholder
    page_ids = []
    res = ("<< /Font << /F1 %d 0 R /F2 %d 0 R >> >>" % (font_ids["F1"], font_ids["F2"])).encode()
    for pg in pages:
        content = zlib.compress(b"\n".join(pg), 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources " % (pages_id_placeholder, W, H)
                            + res + b" /Contents %d 0 R >>" % cid))
    objs[pages_id_placeholder - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)
    info = add(b"<< /Producer (RCP corpus69 writer 1.0) /Creator (Traitement de texte) /CreationDate (D:20251006090000+02'00') /ModDate (D:20251006090000+02'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info, xref)
    path.write_bytes(bytes(out))


# ----------------------------------------------------------------------------
def main() -> int:
    atc = load_atc()
    golds = []
    ids = set()
    for L in LETTERS:
        if L["id"] in ids:
            violation(f"duplicate id {L['id']}")
        ids.add(L["id"])
        g = gold(L["id"], **L["gold"])
        check(L, g, atc)
        golds.append(g)
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for old in list(letters_dir.iterdir()) + list(gold_dir.iterdir()):
        old.unlink()
    for L, g in zip(LETTERS, golds):
        path = letters_dir / f"{L['id']}.{L['fmt']}"
        {"txt": write_txt, "docx": write_docx, "pdf": write_pdf}[L["fmt"]](L, path)
        (gold_dir / f"{L['id']}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
