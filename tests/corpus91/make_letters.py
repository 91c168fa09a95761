#!/usr/bin/env python3
"""Blind held-out corpus 91: referral letters from smaller general hospitals
and GPs of Picardy and upper Normandy to the RCP « métastases osseuses ».

Holds every letter (text + format) and its gold record, derives the gold gaps
from the spec's gap rule (one function), checks every gold against the
contract, then writes letters/ and gold/ deterministically.

Run from /work/main:  .venv/bin/python tests/corpus91/make_letters.py
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
SPEC = Path("/work/shared/spec")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIXED = dt.datetime(2026, 11, 30, 9, 0, 0)

# --------------------------------------------------------------------------
# Contract vocabulary (spec/rcp-request.md, version 1)
# --------------------------------------------------------------------------
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
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
             "prognosis", "therapeuticProject"]
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


def agent_section(code: str) -> str | None:
    if code.startswith("M05BA") or code == "M05BX04":
        return "boneTargetedTherapy"
    if code.startswith(("B01AA", "B01AB", "B01AE", "B01AF")) or code == "B01AX05":
        return "anticoagulation"
    if code.startswith("B01AC"):
        return "antiplatelets"
    return None


def load_atc() -> set[str]:
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {ln.split("\t", 1)[0].strip() for ln in lines if ln.strip()}


# --------------------------------------------------------------------------
# Gap rule (spec "Gaps"): the only place gold gaps come from
# --------------------------------------------------------------------------
def derive_gaps(g: dict) -> list[list[str]]:
    gaps = []
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in GAP_ITEMS:
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
            or (item == "primaryTumor" and sec["histology"] is None)
            or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
        )
        if incomplete:
            gaps.append([item, "incomplete"])
    return gaps


# --------------------------------------------------------------------------
# Gold builder
# --------------------------------------------------------------------------
def gold(id, *, sex, age=None, birth=None, date, tumor, bone, pain, meds, local,
         btt, anticoag, antiplat, prognosis, project):
    """tumor=(status, site, histology, biomarkers); bone=(status, circs, dated);
    pain=(status, types, intensity); meds=(status, atc); local=(status, types);
    btt/anticoag/antiplat=(status, atc); prognosis=(status, ecog, kps);
    project=(status, intent)."""
    g = {"id": id, "_date": date, "_birth": birth, "_age_written": age}
    g["patient"] = {"sex": sex, "age": age}
    g["primaryTumor"] = {"status": tumor[0], "site": tumor[1], "histology": tumor[2],
                         "biomarkers": dict(tumor[3])}
    g["boneDiagnosis"] = {"status": bone[0], "circumstances": sorted(bone[1]), "dated": bone[2]}
    g["pain"] = {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]}
    g["currentMedications"] = {"status": meds[0], "atc": sorted(meds[1])}
    g["priorLocalTreatments"] = {"status": local[0], "types": sorted(local[1])}
    g["boneTargetedTherapy"] = {"status": btt[0], "atc": sorted(btt[1])}
    g["anticoagulation"] = {"status": anticoag[0], "atc": sorted(anticoag[1])}
    g["antiplatelets"] = {"status": antiplat[0], "atc": sorted(antiplat[1])}
    prog = {"status": prognosis[0], "ecog": prognosis[1]}
    if prognosis[2] is not None:
        prog = {"status": prognosis[0], "ecog": None, "kps": prognosis[2]}
    g["prognosis"] = prog
    g["therapeuticProject"] = {"status": project[0], "intent": project[1]}
    return g


def age_at(birth: dt.date, when: dt.date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


# --------------------------------------------------------------------------
# Letters
# --------------------------------------------------------------------------
LETTERS = []  # (id, fmt, payload, gold)

# yp01 - internal medicine, Beauvais, text PDF --------------------------------
YP01 = """Hôpital Saint-Lucien - Beauvais
Service de Médecine Interne - Pr A. Vasseur, Dr C. Delattre
Secrétariat : 03 44 71 58 20

Beauvais, le 9 novembre 2026

Dr Delattre Clémence
à
Secrétariat RCP Métastases osseuses
Centre régional de cancérologie, Amiens

Objet : demande d'avis en RCP - M. LEFEBVRE Gérard, né le 14/03/1945

Chère consœur, cher confrère,

Je vous adresse M. Gérard Lefebvre, 81 ans, hospitalisé dans notre service du 8 au 24 octobre 2026 pour une confusion fébrile chez qui nous avons découvert une hypercalcémie à 3,12 mmol/l (calcémie corrigée), révélant une maladie osseuse métastatique.

Antécédents : fibrillation atriale permanente (CHA2DS2-VASc 4), cardiopathie ischémique stentée en 2016, insuffisance cardiaque à FEVG préservée, hypothyroïdie, RGO, BPCO stade 2 (ancien fumeur 40 PA). Pas d'allergie connue.
Antécédents familiaux : frère décédé d'un cancer de la prostate à 79 ans.

Histoire : le bilan de l'hypercalcémie (PTH effondrée) a montré au scanner TAP du 13/10/2026 des lésions ostéocondensantes multiples du rachis, du bassin et des côtes, une prostate hétérogène. PSA total 146 ng/ml. Les biopsies prostatiques (Dr Hamel, urologue, 16/10) retrouvent un adénocarcinome prostatique Gleason 8 (4+4), ISUP 4, sur 10/12 carottes. La scintigraphie osseuse confirme une atteinte diffuse (> 20 foyers). Pas d'épidurite sur l'IRM rachidienne, pas de déficit neurologique.
L'hypercalcémie a été corrigée par hydratation et une perfusion unique de Zometa 4 mg le 14/10 ; calcémie à 2,41 à la sortie. Pas de traitement osseux de fond instauré à ce jour.

Sur le plan douloureux : lombalgies et douleurs de la ceinture pelvienne d'horaire mécanique, majorées au lever et à la marche, cotées à 5/10 ce jour sous paracétamol. Pas de douleur nocturne, pas de radiculalgie.
Il n'a jamais reçu de radiothérapie ni de geste chirurgical osseux.

Traitement oncologique : blocage androgénique débuté dans le service, bicalutamide 50 mg du 17/10 au 31/10 puis DECAPEPTYL LP 11,25 mg (1re injection le 20/10/2026).

Traitement actuel à la sortie :
- ELIQUIS 2,5 mg matin et soir (le Kardégic a été arrêté lors de l'introduction de l'apixaban en 2023)
- CARDENSIEL 2,5 mg 1/j
- LASILIX 40 mg 1/j
- LEVOTHYROX 75 µg 1/j
- INEXIUM 20 mg 1/j
- Spiriva Respimat 2 bouffées/j
- Doliprane 1 g x 3/j
- Forlax 1 sachet/j
- Imovane 3,75 mg au coucher si besoin

Etat général : patient autonome à domicile avec son épouse, marche avec une canne, état OMS 2. Poids 71 kg.

Questions à la RCP : indication d'un traitement anti-résorptif (dénosumab ou acide zolédronique) compte tenu de l'insuffisance rénale modérée (DFG 42 ml/min) ? Place d'une radiothérapie antalgique du bassin ? Intensification hormonale envisageable à son âge ?

Je reste à votre disposition et vous prie de croire, chère consœur, cher confrère, à l'expression de mes sentiments confraternels.

Dr C. Delattre
Praticien hospitalier, médecine interne
"""
LETTERS.append(("yp01", "pdf", YP01, gold(
    "yp01", sex="M", birth=dt.date(1945, 3, 14), age=81, date=dt.date(2026, 11, 9),
    tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    bone=("present", ["hypercalcemia"], True),
    pain=("present", ["mechanical"], 5),
    meds=("present", ["B01AF02", "C07AB07", "C03CA01", "H03AA01", "A02BC05", "N02BE01",
                      "A06AD15", "N05CF01", "L02AE04"]),
    local=("absent", []),
    btt=("absent", []),
    anticoag=("present", ["B01AF02"]),
    antiplat=("absent", []),
    prognosis=("present", 2, None),
    project=("present", None))))

# yp02 - GP, Dieppe area, short TXT UTF-8 --------------------------------------
YP02 = """Dr Benoît Lemaire
Médecin généraliste
12 rue des Cordiers, 76370 Neuville-lès-Dieppe
Tél 02 35 84 17 63

Le 3 novembre 2026

Cher confrère,

Je vous adresse Mme Odette DUCHEMIN, 88 ans, que je suis depuis longtemps, pour avis au sujet de lésions osseuses.

Elle a eu un cancer du sein droit opéré en 2009 à Rouen (tumorectomie + radiothérapie, puis hormonothérapie 5 ans), je n'ai pas le compte rendu anapath. Plus de suivi onco depuis 2019.

Depuis environ 2 mois elle se plaint de douleurs dorsales qui la réveillent la nuit, cotées 6/10 hier au cabinet, peu calmées par le tramadol. La radio puis le scanner (Clinique du Val d'Arques, 27/10/2026) montrent des lésions lytiques de T8 et L2 et de l'aile iliaque gauche, "évocatrices de localisations secondaires, à confronter aux antécédents". Pas de biopsie faite pour l'instant. Une récidive de son cancer du sein est le plus probable mais le radiologue n'exclut pas un myélome (électrophorèse en cours).

ATCD : FA sous AVK (INR un peu instables ces derniers temps), HTA, hypercholestérolémie, cataracte opérée, prothèse de genou gauche 2015.
Sa soeur a eu un cancer du colon.

Traitement :
Préviscan 20 mg 3/4 cp le soir
Tahor 20 mg
Lasilix 20 mg le matin
Topalgic 50 mg matin et soir
Doliprane 1g si besoin
Uvedose 1 ampoule/3 mois

Vit seule, passage infirmière 1x/j pour les medicaments, une fille à Dieppe.

Merci de me dire ce que vous proposez (biopsie ? radiothérapie ?). Je reste joignable au cabinet.

Bien confraternellement,
Dr B. Lemaire
"""
LETTERS.append(("yp02", "txt", YP02, gold(
    "yp02", sex="F", age=88, date=dt.date(2026, 11, 3),
    tumor=("uncertain", "breast", None, {}),
    bone=("present", ["pain"], True),
    pain=("present", ["nocturnal"], 6),
    meds=("present", ["B01AA12", "C10AA05", "C03CA01", "N02AX02", "N02BE01", "A11CC05"]),
    local=("unknown", []),
    btt=("unknown", []),
    anticoag=("present", ["B01AA12"]),
    antiplat=("unknown", []),
    prognosis=("unknown", None, None),
    project=("unknown", None))))

# yp03 - pneumology, Évreux, DOCX with medication table ----------------------
YP03 = {
    "paras": [
        ("h", "Centre Hospitalier Eure-Seine-Ouest — Site d'Évreux"),
        ("p", "Service de Pneumologie — Dr Thomas Guérin, Dr Sophie Niel"),
        ("p", "Tél. secrétariat : 02 32 61 44 09"),
        ("p", "Évreux, le 4 novembre 2026"),
        ("p", "Objet : RCP métastases osseuses — M. PORCHER Alain, 74 ans"),
        ("p", "Cher(e)s collègues,"),
        ("p", "Je vous présente M. Porcher, 74 ans, retraité (ancien carreleur), tabagisme sevré en 2015 (50 PA), "
              "suivi pour un carcinome épidermoïde bronchique du lobe inférieur gauche diagnostiqué en septembre 2026 "
              "(biopsie bronchique du 09/09/2026). PD-L1 70 %. Pas de recherche d'altération moléculaire compte tenu "
              "de l'histologie épidermoïde chez un gros fumeur."),
        ("p", "Le TEP-scanner du bilan d'extension (15/09/2026) retrouve, outre la tumeur primitive de 52 mm et des "
              "adénopathies médiastinales homolatérales, deux foyers hypermétaboliques osseux : corps vertébral de T11 "
              "(sans atteinte du mur postérieur) et 8e arc costal gauche. Stade IVB. L'IRM rachidienne ne montre pas d'épidurite."),
        ("p", "Il ne se plaint d'aucune douleur osseuse, y compris à l'interrogatoire dirigé. Pas de traitement antalgique."),
        ("p", "Antécédents : diabète de type 2, HTA, coronaropathie avec stent IVA en 2019, BPCO. Embolie pulmonaire "
              "segmentaire droite découverte sur le TEP le 15/09/2026, traitée par rivaroxaban depuis. "
              "Son père est décédé d'un cancer ORL."),
        ("p", "Traitement en cours :"),
        ("t", [["Médicament", "Posologie", "Indication"],
               ["KEYTRUDA (pembrolizumab) 200 mg", "J1 = J21, C2 fait le 28/10/2026", "1re ligne"],
               ["XARELTO 20 mg", "1 cp le soir", "EP septembre 2026"],
               ["KARDEGIC 75 mg", "1 sachet/j", "stent 2019, maintenu par le cardiologue"],
               ["GLUCOPHAGE 1000 mg", "1 matin et soir", "diabète"],
               ["TRIATEC 5 mg", "1/j", "HTA"],
               ["TAHOR 40 mg", "1/j", ""],
               ["INEXIUM 20 mg", "1/j", "protection gastrique"],
               ["SPIRIVA", "1 inhalation/j", "BPCO"]]),
        ("p", "Etat général conservé, PS 1, 78 kg, albumine 36 g/l."),
        ("p", "Le projet est une immunothérapie de première ligne à visée palliative par pembrolizumab seul "
              "(carboplatine-paclitaxel récusé en raison d'une neuropathie diabétique)."),
        ("p", "Question posée : faut-il proposer une radiothérapie de consolidation de T11 (lésion à risque ?) et "
              "débuter un traitement anti-résorptif ? Un Xgeva pourrait être discuté après avis dentaire, mais le "
              "patient a une denture en mauvais état."),
        ("p", "Bien cordialement,"),
        ("p", "Dr Thomas Guérin, pneumologue"),
    ]
}
LETTERS.append(("yp03", "docx", YP03, gold(
    "yp03", sex="M", age=74, date=dt.date(2026, 11, 4),
    tumor=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
    bone=("present", ["staging_imaging"], True),
    pain=("absent", [], None),
    meds=("present", ["L01FF02", "B01AF01", "B01AC06", "A10BA02", "C09AA05", "C10AA05", "A02BC05"]),
    local=("unknown", []),
    btt=("unknown", []),
    anticoag=("present", ["B01AF01"]),
    antiplat=("present", ["B01AC06"]),
    prognosis=("present", 1, None),
    project=("present", "palliative"))))

# yp04 - geriatrics, Amiens, text PDF ----------------------------------------
YP04 = """Hôpital Notre-Dame-des-Prés - Amiens
Pôle Gériatrie - Unité de Soins de Suite et Réadaptation gériatrique
Dr Hélène Carpentier - Tél 03 22 45 90 12

Amiens, le 25 novembre 2026

A l'attention du Dr Marchand, oncologue, et de la RCP métastases osseuses

Madame,
Monsieur et cher confrère,

Patiente : Mme BOURGEOIS Yvette, née le 02/12/1933.

Je vous adresse Mme Bourgeois, hospitalisée en SSR gériatrique après une fracture du col fémoral droit survenue le 21/10/2026 lors d'une chute de sa hauteur à domicile. Une prothèse intermédiaire de hanche a été posée le 23/10/2026 à la Clinique de la Somme. L'analyse de la tête fémorale retrouve, de façon inattendue, une localisation d'adénocarcinome (TTF1+, CK7+, CK20-), la fracture est donc pathologique.
Le scanner thoraco-abdomino-pelvien du 05/11 montre un nodule spiculé du lobe supérieur droit de 18 mm et d'autres lésions lytiques (L1, L4, aile iliaque droite). Une origine pulmonaire est donc très probable, sans preuve histologique sur le poumon (pas de fibroscopie proposée compte tenu du terrain). La recherche d'altérations moléculaires (EGFR, ALK) sur la pièce est en cours.

Antécédents : HTA, hypothyroïdie, troubles cognitifs modérés (MMS 19/30), insuffisance rénale chronique (DFG 38 ml/min), cataracte bilatérale opérée. Pas d'antécédent thrombo-embolique. Jamais de bisphosphonate ni d'autre traitement pour l'ostéoporose. Sa mère avait eu un cancer du sein.

Examen : douleurs de la hanche opérée et lombaires à la mobilisation et lors des transferts, EN 3/10 sous paracétamol. Pas de douleur au repos ni la nuit. Marche avec déambulateur et aide d'une personne, OMS 3. GIR 3.

Traitement actuel :
- LOVENOX 4000 UI SC 1/j jusqu'au 20/12 (prévention post-opératoire)
- DOLIPRANE 1 g x 4/j
- OXYNORM 5 mg si douleur, 2 fois par jour environ avant les soins
- MOVICOL 1 sachet/j
- LEVOTHYROX 75 µg
- amlodipine 5 mg
- CALCIPRAT D3 1 cp/j
- Imovane 3,75 mg le soir

Projet : après discussion avec la patiente et sa fille, il a été décidé de ne pas réaliser de traitement oncologique spécifique ; la prise en charge relève de soins de support exclusifs, avec retour en EHPAD prévu fin décembre.

Question à la RCP : un traitement anti-résorptif (zolédronate ?) est-il raisonnable avec ce DFG ? Une radiothérapie antalgique de L4 serait-elle utile si les douleurs augmentent ?

Avec mes remerciements, bien confraternellement.

Dr H. Carpentier, gériatre
"""
LETTERS.append(("yp04", "pdf", YP04, gold(
    "yp04", sex="F", birth=dt.date(1933, 12, 2), date=dt.date(2026, 11, 25),
    tumor=("uncertain", "lung", "adenocarcinoma", {"EGFR": "pending", "ALK": "pending"}),
    bone=("present", ["pathological_fracture"], True),
    pain=("present", ["mechanical"], 3),
    meds=("present", ["B01AB05", "N02BE01", "N02AA05", "A06AD65", "H03AA01", "A12AX", "N05CF01"]),
    local=("present", ["surgery"]),
    btt=("absent", []),
    anticoag=("present", ["B01AB05"]),
    antiplat=("unknown", []),
    prognosis=("present", 3, None),
    project=("present", "supportive"))))

# yp05 - urology, Dieppe, telegraphic TXT ------------------------------------
YP05 = """CH Jean-Baptiste Fauvel - DIEPPE
Consultation d'urologie - Dr P. Lecoq
Tel 02 35 06 72 40

Fiche de demande RCP MO - 12/11/2026

Pt : M. ROUSSEL Daniel, 77 ans
Urologue référent : Dr Lecoq

ATCD :
- FA paroxystique sous Pradaxa 110 mg x2
- DT2 sous Stagid
- HTA
- ostéoporose fracturaire (tassement D12 2021) suivie par rhumato (Dr Vimont), sous Prolia 60 mg/6 mois depuis 2022, derniere inj sept 2026
- ATCD familial : père K prostate

Histoire onco :
ADK prostatique Gleason 8 (4+4) dg en juillet 2026 sur PSA 38 ng/ml. Scinti + TDM de bilan d'extension (08/2026) : méta osseuses multiples (L3, bassin, 3 côtes), pas d'atteinte viscérale. Haut volume. mHSPC.
Ttt : Eligard 45 mg/6 mois depuis le 05/08/2026 + Nubeqa 300 mg x2 depuis sept 2026. PSA 2,1 en novembre.
RT L3 20 Gy / 5 fr en sept 2026 (lésion lytique à risque du mur post).

Clinique : aucune douleur. ECOG 0. Vit avec son épouse, jardine.

TTT en cours :
Eligard 45 mg
Nubeqa 300 mg 2 cp matin et soir
Pradaxa 110 mg x2
Stagid 700 mg x2
Cardensiel 1,25 mg
Tahor 10 mg
Prolia 60 mg/6 mois
ZymaD 50000 UI/mois
Pas d'antiagrégant.

Question RCP : faut-il remplacer le Prolia par du Xgeva 120 mg/4 sem vu la maladie osseuse métastatique ? ou continuer le Prolia ?
"""
LETTERS.append(("yp05", "txt", YP05, gold(
    "yp05", sex="M", age=77, date=dt.date(2026, 11, 12),
    tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    bone=("present", ["staging_imaging"], True),
    pain=("absent", [], None),
    meds=("present", ["L02AE02", "L02BB06", "B01AE07", "A10BA02", "C07AB07", "C10AA05",
                      "M05BX04", "A11CC05"]),
    local=("present", ["radiotherapy"]),
    btt=("present", ["M05BX04"]),
    anticoag=("present", ["B01AE07"]),
    antiplat=("absent", []),
    prognosis=("present", 0, None),
    project=("present", None))))

# yp06 - internal medicine, Amiens, DOCX -- anticoagulant contradiction ------
YP06 = {
    "paras": [
        ("h", "Clinique Médicale des Hortillonnages — Amiens"),
        ("p", "Médecine interne et polyvalente — Dr Laurence Boulanger"),
        ("p", "Tél : 03 22 33 18 74 — Fax : 03 22 33 18 75"),
        ("p", "Amiens, le 18 novembre 2026"),
        ("p", "Demande d'avis RCP Métastases osseuses"),
        ("p", "Patiente : Mme CAUDRON Martine, 69 ans."),
        ("h2", "Histoire de la maladie"),
        ("p", "Carcinome lobulaire infiltrant du sein gauche diagnostiqué en 2017 (RE 90 %, RP 0 %, HER2 0), traité "
              "par mastectomie, curage, radiothérapie pariétale puis anastrozole jusqu'en 2022."),
        ("p", "Depuis juin 2026, douleurs de la hanche gauche puis du rachis lombaire, d'horaire inflammatoire avec "
              "un dérouillage matinal d'une heure et des réveils nocturnes. L'IRM du bassin (août 2026) puis le TEP "
              "(septembre 2026) ont montré une atteinte osseuse multiple (cotyle gauche, sacrum, L2, L5). La biopsie "
              "du cotyle confirme la récidive du carcinome lobulaire, RE+ RP- HER2 négatif."),
        ("p", "Actuellement EN 7/10 malgré la morphine, avec une composante nocturne persistante. Pas de signe neurologique."),
        ("h2", "Antécédents"),
        ("p", "Thrombose veineuse profonde surale gauche en septembre 2026 ; HTA ; syndrome anxio-dépressif. "
              "Pas de traitement anticoagulant. Pas d'allergie."),
        ("h2", "Traitements"),
        ("t", [["Traitement", "Posologie"],
               ["Femara 2,5 mg", "1/j depuis le 01/10/2026"],
               ["Kisqali 200 mg", "3 cp/j 21 j/28, début 01/10/2026"],
               ["Xgeva 120 mg SC", "1re injection le 15/10/2026, puis toutes les 4 semaines"],
               ["Skenan LP 30 mg", "matin et soir"],
               ["Actiskenan 10 mg", "jusqu'à 4/j"],
               ["Eliquis 5 mg", "matin et soir"],
               ["Laroxyl 40 mg/ml", "10 gouttes le soir"],
               ["Mopral 20 mg", "1/j"],
               ["Forlax 10 g", "2 sachets/j"],
               ["Cacit D3", "1 sachet/j"]]),
        ("p", "Une radiothérapie antalgique du cotyle gauche (30 Gy en 10 fractions) est en cours au centre de "
              "radiothérapie de la Somme, 5e séance faite ce jour."),
        ("h2", "État général"),
        ("p", "Indice de Karnofsky 70 %. Perte de 4 kg en 3 mois."),
        ("h2", "Questions"),
        ("p", "Risque fracturaire du cotyle : indication d'un avis chirurgical (cimentoplastie ?) ? "
              "Faut-il poursuivre l'anticoagulation au long cours ?"),
        ("p", "Confraternellement,"),
        ("p", "Dr L. Boulanger"),
    ]
}
LETTERS.append(("yp06", "docx", YP06, gold(
    "yp06", sex="F", age=69, date=dt.date(2026, 11, 18),
    tumor=("present", "breast", "invasive_lobular_carcinoma",
           {"ER": "positive", "PR": "negative", "HER2": "negative"}),
    bone=("present", ["pain"], True),
    pain=("present", ["inflammatory", "nocturnal"], 7),
    meds=("present", ["L02BG04", "L01EF02", "M05BX04", "N02AA01", "B01AF02", "N06AA09",
                      "A02BC01", "A06AD15", "A12AX"]),
    local=("present", ["radiotherapy"]),
    btt=("present", ["M05BX04"]),
    anticoag=("conflicting", ["B01AF02"]),
    antiplat=("unknown", []),
    prognosis=("present", None, 70),
    project=("present", None))))

# yp07 - GP, Beauvais area, text PDF -- doubtful anticoagulant ----------------
YP07 = """Docteur Jean-Marc PRUVOST
Médecine générale
4 place du Jeu de Paume - 60130 Saint-Just-Trémonville
03 44 19 27 51

Le 6 novembre 2026

Cher confrère,

Je me permet de vous adresser M. Raymond TISSERAND, 83 ans, pour avis.

Il a été opéré en 2018 d'un cancer du rein gauche (néphrectomie élargie au CHU, carcinome à cellules claires, pT3a). Surveillance simple depuis, il n'est plus suivi par l'urologue depuis 2023 car "tout allait bien".

Depuis la mi-septembre il a mal à l'épaule droite, surtout à la mobilisation et surtout la nuit, il ne peut plus se coucher sur ce côté. J'ai fait faire une radio le 20/10 : lésion lytique de la tête humérale droite. Le scanner du 29/10 confirme une lésion de 35 mm avec rupture corticale et retrouve 2 nodules pulmonaires et une lésion de la 5e côte. Pas de radiothérapie antérieure, il n'a jamais été irradié.

ATCD : AVC ischémique 2020 sans séquelle, HTA, dyslipidémie, hypothyroïdie, prostate (adénome).
Il avait du Sintrom pour une phlébite en 2021, je crois qu'il l'a arrêté mais je n'en suis pas sûr, à vérifier avec sa cardiologue (Dr Nivelle).

Traitement habituel :
KARDEGIC 75 mg 1/j
TRIATEC 2,5 mg
LASILIX 20 mg
TAHOR 20 mg
LEVOTHYROX 100
DAFALGAN CODEINE 2 cp x 3/j depuis octobre

Autonome, il conduit encore, OMS 1 à peu près.

Que proposez vous ? biopsie, radiothérapie, chirurgie de l'épaule ? Il est inquiet du risque de fracture.

Bien confraternellement
Dr JM Pruvost
"""
LETTERS.append(("yp07", "pdf", YP07, gold(
    "yp07", sex="M", age=83, date=dt.date(2026, 11, 6),
    tumor=("present", "kidney", "clear_cell_carcinoma", {}),
    bone=("present", ["pain"], True),
    pain=("present", ["mechanical", "nocturnal"], None),
    meds=("present", ["B01AC06", "C09AA05", "C03CA01", "C10AA05", "H03AA01", "N02AJ06"]),
    local=("absent", []),
    btt=("unknown", []),
    anticoag=("uncertain", ["B01AA07"]),
    antiplat=("present", ["B01AC06"]),
    prognosis=("present", 1, None),
    project=("unknown", None))))

# yp08 - pneumology, Beauvais, DOCX structured -------------------------------
YP08 = {
    "paras": [
        ("h", "Hôpital Saint-Lucien — Beauvais — Service de Pneumologie"),
        ("p", "Dr Nadia Ferhat — tél. 03 44 71 60 35"),
        ("p", "Date : 20/11/2026"),
        ("h2", "Fiche de présentation RCP métastases osseuses"),
        ("p", "Nom : LEROUX Monique — Sexe : F — Âge : 71 ans"),
        ("h2", "Tumeur primitive"),
        ("p", "Adénocarcinome pulmonaire lobaire inférieur droit, stade IV d'emblée (mars 2025). "
              "EGFR : délétion exon 19. ALK négatif. PD-L1 5 %."),
        ("p", "Traitement : osimertinib (Tagrisso 80 mg/j) depuis avril 2025, poursuivi."),
        ("h2", "Atteinte osseuse"),
        ("p", "Lésion lytique de L4 apparue sur le scanner de réévaluation du 03/09/2026 (seul site de progression, "
              "oligoprogression). Pas de déficit moteur, réflexes normaux."),
        ("h2", "Douleur"),
        ("p", "Lombalgie mécanique à la marche avec radiculalgie L5 droite à type de brûlure, DN4 5/10. "
              "EVA 7/10 en septembre, 4/10 actuellement sous traitement."),
        ("h2", "Traitements locaux"),
        ("p", "Vertébroplastie de L4 le 20/10/2026 (Dr Hamon, radiologie interventionnelle)."),
        ("h2", "Traitements en cours"),
        ("p", "Tagrisso 80 mg 1/j ; Lyrica 75 mg x 2 ; Oxycontin LP 10 mg x 2 ; Oxynormoro 5 mg si besoin ; "
              "Doliprane 1 g x 3 ; Xgeva 120 mg/4 semaines (1re injection le 02/11/2026) ; Cacit D3 ; "
              "Innohep 10 000 UI/j (TVP fémorale droite en août 2026)."),
        ("p", "Kardégic arrêté en août 2026 à l'introduction de l'Innohep."),
        ("h2", "État général"),
        ("p", "ECOG 1."),
        ("h2", "Question"),
        ("p", "Radiothérapie stéréotaxique de L4 pour contrôle de l'oligoprogression, en poursuivant le Tagrisso ?"),
    ]
}
LETTERS.append(("yp08", "docx", YP08, gold(
    "yp08", sex="F", age=71, date=dt.date(2026, 11, 20),
    tumor=("present", "lung", "adenocarcinoma",
           {"EGFR": "positive", "ALK": "negative", "PD-L1": "positive"}),
    bone=("present", ["staging_imaging"], True),
    pain=("present", ["mechanical", "neuropathic"], 4),
    meds=("present", ["L01EB04", "N03AX16", "N02AA05", "N02BE01", "M05BX04", "A12AX", "B01AB10"]),
    local=("present", ["cementoplasty"]),
    btt=("present", ["M05BX04"]),
    anticoag=("present", ["B01AB10"]),
    antiplat=("absent", []),
    prognosis=("present", 1, None),
    project=("present", None))))

# yp09 - geriatrics, Évreux, long text PDF -- unknown primary ------------------
YP09 = """CENTRE HOSPITALIER EURE-SEINE-OUEST
Site d'Évreux - Court séjour gériatrique
Dr François Aubert - Dr Camille Renard (interne)
Secrétariat : 02 32 61 47 80

Évreux, le 28 novembre 2026

Compte rendu d'hospitalisation et demande d'avis RCP métastases osseuses

Patient : M. DUBOSC Henri
Date de naissance : 30/11/1939
Hospitalisé du 10/11/2026 au 27/11/2026

Motif d'hospitalisation : douleurs abdominales fébriles.

Antécédents médicaux :
- remplacement valvulaire aortique mécanique en 2008, anticoagulé par Coumadine au long cours (INR cible 2-3)
- fibrillation atriale
- insuffisance cardiaque (FEVG 40 %)
- diabète de type 2 non insulinorequérant
- hypothyroïdie post-amiodarone
- syndrome anxieux
- diverticulose sigmoïdienne
Antécédents familiaux : un frère décédé d'un cancer du poumon, père d'un cancer du côlon.

Mode de vie : veuf, vit seul à domicile avec aide ménagère 3 fois par semaine, ancien agriculteur.

Histoire de la maladie :
Admis pour une sigmoïdite diverticulaire non compliquée, d'évolution favorable sous antibiothérapie. Le scanner abdomino-pelvien réalisé aux urgences le 10/11/2026 pour les douleurs abdominales a découvert de façon fortuite des lésions lytiques de l'aile iliaque gauche, de L3 et du col fémoral gauche.
Bilan complémentaire : pas de pic monoclonal à l'électrophorèse, chaînes légères normales. Scanner thoracique : pas de lésion pulmonaire suspecte, emphysème. PSA 1,2 ng/ml (normal). Mammographie non faite (homme).
Biopsie scanno-guidée de l'aile iliaque (18/11/2026) : localisation osseuse d'un adénocarcinome, CK7+, CK20-, TTF1-, PSA négatif en immunohistochimie. Le primitif n'est pas identifié malgré la fibroscopie gastrique (normale). Coloscopie non réalisée compte tenu de la sigmoïdite récente. Un TEP est demandé.

Sur le plan osseux : aucune douleur osseuse, le patient marche sans aide. Le risque fracturaire du col fémoral (score de Mirels 8) nous inquiète. Pas de traitement osseux spécifique à ce jour.

Traitement de sortie :
COUMADINE 5 mg : 1 cp le soir (selon INR)
CORDARONE 200 mg : 1/j 5 j/7
LASILIX 40 mg : 1 le matin
BISOPROLOL 2,5 mg : 1/j
LEVOTHYROX 50 µg : 1/j
METFORMINE 850 mg : 1 matin et soir
INIPOMP 20 mg : 1/j
XANAX 0,25 mg : 1 le soir si anxiété
IMOVANE 7,5 mg : 1/2 cp au coucher
TRANSIPEG 5,9 g : 1 sachet/j
Pas d'antiagrégant plaquettaire (contre-indiqué avec l'AVK selon le cardiologue).

Évaluation gériatrique : MMS 26/30, ADL 6/6, IADL 5/8, OMS 2. Dénutrition modérée (albumine 31 g/l).
Pronostic : espérance de vie estimée à quelques mois si le primitif n'est pas accessible à un traitement.

Le patient ne souhaite pas de chimiothérapie lourde. La suite de la prise en charge est à discuter avec vous selon le TEP.

Questions posées :
1. Faut-il une fixation prophylactique du col fémoral gauche ?
2. Radiothérapie ? Traitement anti-résorptif ?
3. Gestion de l'AVK en cas de geste chirurgical (valve mécanique).

Dr F. Aubert, gériatre
"""
LETTERS.append(("yp09", "pdf", YP09, gold(
    "yp09", sex="M", birth=dt.date(1939, 11, 30), date=dt.date(2026, 11, 28),
    tumor=("present", "unknown_primary", "adenocarcinoma", {"PSA": "negative"}),
    bone=("present", ["incidental_imaging"], True),
    pain=("absent", [], None),
    meds=("present", ["B01AA03", "C03CA01", "C07AB07", "H03AA01", "A10BA02", "A02BC02",
                      "N05BA12", "N05CF01", "A06AD15"]),
    local=("unknown", []),
    btt=("absent", []),
    anticoag=("present", ["B01AA03"]),
    antiplat=("absent", []),
    prognosis=("present", 2, None),
    project=("unknown", None))))

# yp10 - internal medicine, Dieppe, e-mail style TXT, cp1252 + CRLF -----------
YP10 = """De : Dr Agnès Morel - Médecine polyvalente, CH Jean-Baptiste Fauvel, Dieppe
A : secrétariat RCP MO
Date : 16/11/2026
Objet : dossier Mme GOSSELIN Paulette pour RCP

Bonjour,

Je vous envoie le dossier de Mme Gosselin, 79 ans, pour la prochaine RCP.

Résumé : ADK du sigmoïde opéré en 2023 (colectomie gauche, pT3N1), KRAS muté G12D, BRAF non muté, MSS. Récidive hépatique en 2025, 2 lignes de chimio au CHU de Rouen (FOLFOX puis FOLFIRI-bévacizumab), actuellement sous Xeloda en monothérapie depuis août 2026, traitement palliatif.

Le 14/10/2026 elle s'est présentée aux urgences avec une paraparésie d'installation rapide : compression médullaire sur une métastase de T10, première localisation osseuse (le TEP de juin 2026 ne montrait pas d'atteinte osseuse). Laminectomie décompressive et ostéosynthèse T8-T12 le 15/10 (neurochir Rouen), puis radiothérapie post op 20 Gy/5 fractions terminée le 06/11.
Récupération partielle, marche avec déambulateur, OMS 3.

Douleurs : persistance de douleurs en ceinture sous-costales type radiculalgie T10, EN 2/10 aujourd'hui (8/10 à l'entrée).

Anticoagulation : EP bilatérale en 2025, elle était sous Eliquis, relais par Fragmine 10 000 UI/j en péri-op, poursuivi depuis. Pas d'aspirine.
Acide zolédronique ? il me semble qu'elle en a eu à Rouen en 2025 mais je n'ai pas le courrier, à vérifier.

Ttt actuel :
- Xeloda 1000 mg x2/j J1-J14
- Fragmine 10 000 UI sc/j
- Dectancyl 4 mg/j en décroissance (arrêt prévu le 30/11)
- Inexium 40 mg
- Lyrica 25 mg x2
- Doliprane 1g x3
- Movicol 2 sachets
- Levothyrox 25

Question : faut-il un traitement anti-résorptif ? peut-on poursuivre le Xeloda ? Suite de la prise en charge à domicile vs EHPAD.

Bien à vous,
A. Morel
"""
LETTERS.append(("yp10", "txt-cp1252-crlf", YP10, gold(
    "yp10", sex="F", age=79, date=dt.date(2026, 11, 16),
    tumor=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
    bone=("present", ["neurological_deficit"], True),
    pain=("present", ["neuropathic"], 2),
    meds=("present", ["L01BC06", "B01AB04", "H02AB02", "A02BC05", "N03AX16", "N02BE01",
                      "A06AD65", "H03AA01"]),
    local=("present", ["surgery", "radiotherapy"]),
    btt=("uncertain", ["M05BA08"]),
    anticoag=("present", ["B01AB04"]),
    antiplat=("absent", []),
    prognosis=("present", 3, None),
    project=("present", "palliative"))))

# yp11 - urology, Amiens, short text PDF ----------------------------------------
YP11 = """Clinique Urologique de Picardie - Amiens
Dr Olivier Dufour, chirurgien urologue
Tél. 03 22 50 63 11

Amiens, le 10 novembre 2026

Cher confrère,

Je vous adresse pour avis en RCP M. Serge VASSEUR, 68 ans, que j'ai vu en consultation pour des douleurs osseuses diffuses apparues depuis 6 semaines (côtes, bassin), majorées à la marche, sans composante nocturne, EVA 6/10.

Le PSA est à 512 ng/ml. Biopsies prostatiques du 27/10/2026 : adénocarcinome Gleason 9 (4+5), ISUP 5. La scintigraphie montre des métastases osseuses multiples (rachis, bassin, côtes, fémur droit), le scanner ne montre pas de métastase viscérale.

ATCD : HTA (Triatec 5 mg), diabète (Glucophage 850 x 2), ancien fumeur. Pas d'anticoagulant ni d'antiagrégant.

J'ai débuté un Firmagon (dose de charge 240 mg le 03/11/2026) ; l'ajout de Zytiga avec prednisone est prévu dès le bilan hépatique contrôlé. Xgeva prévu après le bilan dentaire. Antalgiques : Doliprane 1 g x 3, Topalgic LP 100 x 2.

ECOG 1.

Merci de discuter une radiothérapie antalgique du bassin.

Confraternellement,
Dr O. Dufour
"""
LETTERS.append(("yp11", "pdf", YP11, gold(
    "yp11", sex="M", age=68, date=dt.date(2026, 11, 10),
    tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    bone=("present", ["pain"], True),
    pain=("present", ["mechanical"], 6),
    meds=("present", ["C09AA05", "A10BA02", "L02BX02", "N02BE01", "N02AX02"]),
    local=("unknown", []),
    btt=("unknown", []),
    anticoag=("absent", []),
    antiplat=("absent", []),
    prognosis=("present", 1, None),
    project=("present", None))))

# yp12 - GP, Somme countryside, rambling DOCX ---------------------------------
YP12 = {
    "paras": [
        ("p", "Docteur Martine Degrave — Médecin généraliste"),
        ("p", "Maison de santé pluriprofessionnelle, 3 rue du Marais, 80300 Albert-sur-Ancre"),
        ("p", "Tél. 03 22 74 05 96"),
        ("p", "Albert, le 16 novembre 2026"),
        ("p", "Chère Consoeur, Cher Confrère,"),
        ("p", "Je vous adresse, à la demande de sa famille et en accord avec son urologue le Dr Hamel, "
              "Mme FOURNIER Jacqueline, née le 17/05/1942, que je suis depuis plus de vingt ans."),
        ("p", "Mme Fournier a été traitée en 2024 pour un carcinome urothélial de vessie (résections endoscopiques "
              "répétées, puis BCG), surveillé par le Dr Hamel. Le scanner de surveillance de juillet 2026 a montré des "
              "lésions osseuses du bassin (cotyle droit, branche ilio-pubienne) et de deux vertèbres lombaires. La "
              "biopsie du cotyle (août 2026) a confirmé une métastase du carcinome urothélial."),
        ("p", "Elle décrit une douleur de l'aine droite à la marche et au lever, cotée 5/10 ce matin, sans réveil "
              "nocturne. Elle reste au fauteuil une bonne partie de la journée. Aucun geste n'a été fait sur l'os "
              "(ni radiothérapie, ni chirurgie)."),
        ("p", "Ses antécédents sont nombreux : fibrillation atriale, insuffisance cardiaque, hypothyroïdie, "
              "ostéoporose avec fracture du poignet en 2019, traitée par Fosamax hebdomadaire depuis 2020, "
              "qu'elle prend toujours. Le Kardégic a été arrêté par le cardiologue quand le Xarelto a été introduit. "
              "Sa fille a eu un cancer du sein."),
        ("p", "Son traitement actuel, tel que je le renouvelle :"),
        ("p", "XARELTO 15 mg 1 cp le soir"),
        ("p", "CARDENSIEL 2,5 mg 1 cp/j"),
        ("p", "LASILIX 40 mg 1 cp le matin"),
        ("p", "LEVOTHYROX 50 µg"),
        ("p", "FOSAMAX 70 mg 1 cp le dimanche"),
        ("p", "OROCAL D3 1 cp/j"),
        ("p", "DOLIPRANE 1 g 3x/j"),
        ("p", "ACUPAN 20 mg 1 cp x 3 (per os sur un sucre)"),
        ("p", "MOVICOL 1 sachet/j"),
        ("p", "MOPRAL 20 mg"),
        ("p", "IMOVANE 3,75 mg"),
        ("p", "Indice de Karnofsky 60 %. Elle vit avec son mari, aide à domicile deux fois par jour."),
        ("p", "Le Dr Hamel ne propose plus de traitement spécifique du cancer compte tenu de l'âge et de la fonction "
              "rénale : la décision a été prise, avec la patiente, de soins de support exclusifs."),
        ("p", "Ma question est simple : une radiothérapie antalgique du cotyle peut-elle l'aider à remarcher, et "
              "faut-il remplacer le Fosamax par un autre traitement pour les os ?"),
        ("p", "Je vous remercie de votre aide et vous prie de croire à mes sentiments les meilleurs."),
        ("p", "Dr M. Degrave"),
    ]
}
LETTERS.append(("yp12", "docx", YP12, gold(
    "yp12", sex="F", birth=dt.date(1942, 5, 17), date=dt.date(2026, 11, 16),
    tumor=("present", "bladder", "other", {}),
    bone=("present", ["staging_imaging"], True),
    pain=("present", ["mechanical"], 5),
    meds=("present", ["B01AF01", "C07AB07", "C03CA01", "H03AA01", "M05BA04", "A12AX",
                      "N02BE01", "N02BG06", "A06AD65", "A02BC01", "N05CF01"]),
    local=("absent", []),
    btt=("present", ["M05BA04"]),
    anticoag=("present", ["B01AF01"]),
    antiplat=("absent", []),
    prognosis=("present", None, 60),
    project=("present", "supportive"))))

# Words the letter must contain to back certain gold values (sanity checks that
# the text and the gold were not edited apart).
EVIDENCE = {
    "yp01": ["3,12 mmol/l", "Gleason 8", "ELIQUIS", "Kardégic a été arrêté", "OMS 2", "5/10",
             "perfusion unique de Zometa", "jamais reçu de radiothérapie", "DECAPEPTYL"],
    "yp02": ["88 ans", "Préviscan", "réveillent la nuit", "6/10", "Depuis environ 2 mois",
             "n'exclut pas un myélome"],
    "yp03": ["PD-L1 70 %", "XARELTO", "KARDEGIC", "aucune douleur", "PS 1", "palliative",
             "TEP-scanner du bilan d'extension"],
    "yp04": ["02/12/1933", "LOVENOX", "OMS 3", "soins de support exclusifs", "pathologique",
             "en cours", "EN 3/10", "très probable"],
    "yp05": ["Pradaxa", "Prolia", "RT L3", "ECOG 0", "Pas d'antiagrégant", "aucune douleur"],
    "yp06": ["Eliquis 5 mg", "Pas de traitement anticoagulant", "Karnofsky 70", "EN 7/10",
             "dérouillage matinal", "en cours", "Xgeva"],
    "yp07": ["Sintrom", "pas sûr", "KARDEGIC", "jamais été irradié", "OMS 1", "DAFALGAN CODEINE"],
    "yp08": ["délétion exon 19", "PD-L1 5 %", "Vertébroplastie", "Innohep", "Kardégic arrêté",
             "4/10 actuellement", "brûlure", "ECOG 1"],
    "yp09": ["30/11/1939", "COUMADINE", "fortuite", "PSA 1,2", "Pas d'antiagrégant", "OMS 2",
             "Pas de traitement osseux spécifique", "aucune douleur osseuse"],
    "yp10": ["KRAS muté", "BRAF non muté", "Fragmine", "Pas d'aspirine", "à vérifier", "OMS 3",
             "paraparésie", "EN 2/10", "palliatif"],
    "yp11": ["PSA est à 512", "Pas d'anticoagulant ni d'antiagrégant", "Firmagon", "Xgeva prévu",
             "sans composante nocturne", "ECOG 1"],
    "yp12": ["17/05/1942", "XARELTO", "Fosamax", "Kardégic a été arrêté", "Karnofsky 60",
             "soins de support exclusifs", "Aucun geste"],
}


# --------------------------------------------------------------------------
# Contract check
# --------------------------------------------------------------------------
def fail(msg: str):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def letter_text(fmt, payload) -> str:
    if isinstance(payload, str):
        return payload
    out = []
    for kind, val in payload["paras"]:
        out.append(" | ".join(" | ".join(r) for r in val) if kind == "t" else val)
    return "\n".join(out)


def check(letters, atc_ref):
    ids = [x[0] for x in letters]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    for lid, fmt, payload, g in letters:
        where = f"{lid}: "
        if g["id"] != lid:
            fail(where + "gold id differs from stem")
        p = g["patient"]
        if p["sex"] not in ("F", "M"):
            fail(where + "sex")
        if g["_birth"] is not None:
            computed = age_at(g["_birth"], g["_date"])
            if p["age"] is None:
                p["age"] = computed
            elif p["age"] != computed:
                fail(where + f"age {p['age']} != computed {computed}")
        if not isinstance(p["age"], int) or not 18 <= p["age"] <= 110:
            fail(where + "age missing or implausible")
        for item, allowed in ALLOWED_STATUS.items():
            st = g[item]["status"]
            if st not in allowed:
                fail(where + f"{item} status {st!r} not allowed")
        t = g["primaryTumor"]
        if t["status"] == "unknown" and (t["site"] or t["histology"] or t["biomarkers"]):
            fail(where + "unknown primary tumour with values")
        if t["site"] is not None and t["site"] not in SITES:
            fail(where + f"site {t['site']}")
        if t["histology"] is not None and t["histology"] not in HISTOLOGIES:
            fail(where + f"histology {t['histology']}")
        for k, v in t["biomarkers"].items():
            if k not in BIOMARKERS or v not in BIO_RESULTS:
                fail(where + f"biomarker {k}={v}")
        b = g["boneDiagnosis"]
        if not set(b["circumstances"]) <= CIRCUMSTANCES:
            fail(where + "circumstance code")
        if b["status"] == "present" and not b["circumstances"]:
            fail(where + "bone diagnosis present without circumstance")
        if b["status"] == "unknown" and (b["circumstances"] or b["dated"]):
            fail(where + "bone diagnosis unknown with values")
        if not isinstance(b["dated"], bool):
            fail(where + "dated must be boolean")
        pn = g["pain"]
        if not set(pn["types"]) <= PAIN_TYPES:
            fail(where + "pain type code")
        if pn["status"] != "present" and (pn["types"] or pn["intensity"]):
            fail(where + "pain types/intensity on a non-present pain")
        if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
            fail(where + "pain intensity")
        lt = g["priorLocalTreatments"]
        if not set(lt["types"]) <= LOCAL_TYPES:
            fail(where + "local treatment type")
        if lt["status"] in ("absent", "unknown") and lt["types"]:
            fail(where + "local treatment types on absent/unknown")
        if lt["status"] == "present" and not lt["types"]:
            fail(where + "local treatment present without type")
        meds = g["currentMedications"]
        for c in meds["atc"]:
            if c not in atc_ref:
                fail(where + f"currentMedications ATC {c} not in atc-reference.tsv")
        if len(set(meds["atc"])) != len(meds["atc"]):
            fail(where + "duplicate medication code")
        if meds["status"] != "present" and meds["atc"]:
            fail(where + "medication codes on non-present currentMedications")
        for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            s = g[sec]
            for c in s["atc"]:
                if c not in atc_ref:
                    fail(where + f"{sec} ATC {c} not in atc-reference.tsv")
                if agent_section(c) != sec:
                    fail(where + f"{c} does not belong in {sec}")
            if s["status"] in ("absent", "unknown") and s["atc"]:
                fail(where + f"{sec} {s['status']} with agents")
            if s["status"] in ("present", "conflicting"):
                for c in s["atc"]:
                    if c not in meds["atc"]:
                        fail(where + f"{sec} agent {c} ({s['status']}) missing from currentMedications")
            if s["status"] == "uncertain":
                for c in s["atc"]:
                    if c in meds["atc"]:
                        fail(where + f"doubtful {sec} agent {c} listed as current medication")
            if s["status"] == "conflicting" and not s["atc"]:
                pass  # allowed (class only), nothing to check
        # every current drug of an agent class must be reflected in its section
        for c in meds["atc"]:
            sec = agent_section(c)
            if sec and (c not in g[sec]["atc"] or g[sec]["status"] not in ("present", "conflicting")):
                fail(where + f"current {c} not recorded as present/conflicting in {sec}")
        if "Dafalgan codéiné".lower() in letter_text(fmt, payload).lower() and "N02BE01" in meds["atc"] \
                and "doliprane" not in letter_text(fmt, payload).lower():
            fail(where + "Dafalgan codéiné must be N02AJ06 only")
        pr = g["prognosis"]
        if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
            fail(where + "prognosis unknown with a score")
        if pr.get("ecog") is not None and pr["ecog"] not in range(0, 5):
            fail(where + "ecog out of range")
        if pr.get("kps") is not None and not (0 <= pr["kps"] <= 100 and pr["kps"] % 10 == 0):
            fail(where + "kps out of range")
        if pr.get("ecog") is not None and pr.get("kps") is not None:
            fail(where + "both ecog and kps")
        tp = g["therapeuticProject"]
        if tp["intent"] is not None and tp["intent"] not in INTENTS:
            fail(where + "intent code")
        if tp["status"] == "unknown" and tp["intent"] is not None:
            fail(where + "intent on unknown project")
        text = letter_text(fmt, payload)
        for w in EVIDENCE[lid]:
            if w.lower() not in text.lower():
                fail(where + f"evidence {w!r} not in the letter")
        for bad in ("≥", "→", "≤", "•"):
            if bad in text and fmt == "pdf":
                fail(where + f"character {bad!r} not encodable in the PDF font encoding")
        if fmt.startswith("txt-cp1252"):
            text.encode("cp1252")
        g["gaps"] = derive_gaps(g)
        for item, kind in g["gaps"]:
            if item not in GAP_ITEMS or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
                fail(where + "gap vocabulary")


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
def write_txt(path: Path, text: str, fmt: str):
    if fmt == "txt":
        path.write_bytes(text.encode("utf-8"))
    else:  # cp1252 with CRLF line ends
        path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))


def font_widths():
    from PIL import ImageFont
    f = ImageFont.truetype(str(FONT), 1000)
    widths = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            ch = " "
        widths.append(int(round(f.getlength(ch))))
    return widths


def wrap(line: str, widths, size: float, maxw: float):
    def w(s):
        return sum(widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000
    if not line:
        return [""]
    out, cur = [], ""
    for word in line.split(" "):
        cand = (cur + " " + word) if cur else word
        if w(cand) <= maxw or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = word
    out.append(cur)
    return out


def pdf_escape(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path: Path, text: str, title: str):
    widths = font_widths()
    size, lead, left, top, bottom, maxw = 10.0, 13.0, 56.0, 790.0, 60.0, 483.0
    lines = []
    for raw in text.split("\n"):
        lines.extend(wrap(raw, widths, size, maxw))
    pages, cur, y = [], [], top
    for ln in lines:
        if y < bottom:
            pages.append(cur)
            cur, y = [], top
        cur.append((y, ln))
        y -= lead
    if cur:
        pages.append(cur)
    fontdata = FONT.read_bytes()
    objs = {}
    n_pages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 font, 4 descriptor, 5 fontfile, 6 info,
    # then per page: content, page
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    comp = zlib.compress(fontdata, 9)
    objs[5] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(fontdata))
               + comp + b"\nendstream")
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + b" ".join(str(x).encode() for x in widths) + b"] "
               b"/Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>")
    objs[6] = (b"<< /Title (" + pdf_escape(title) + b") /Producer (corpus91 make_letters.py) "
               b"/Creator (corpus91) /CreationDate (D:20261130090000Z) /ModDate (D:20261130090000Z) >>")
    kids = []
    for i, pg in enumerate(pages):
        cnum, pnum = 7 + 2 * i, 8 + 2 * i
        parts = [b"BT /F1 %.1f Tf" % size]
        for y, ln in pg:
            parts.append(b"1 0 0 1 %.1f %.1f Tm (" % (left, y) + pdf_escape(ln) + b") Tj")
        parts.append(b"ET")
        stream = zlib.compress(b"\n".join(parts), 9)
        objs[cnum] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[pnum] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                      b"/Contents %d 0 R >>" % cnum)
        kids.append(b"%d 0 R" % pnum)
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % n_pages
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    total = max(objs)
    for num in range(1, total + 1):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (total + 1))
    for num in range(1, total + 1):
        out.write(b"%010d 00000 n \n" % offsets[num])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (total + 1, b"c91" + title.encode("ascii", "ignore").hex()[:26].encode(),
                 b"c91" + title.encode("ascii", "ignore").hex()[:26].encode(), xref))
    path.write_bytes(out.getvalue())


def write_docx(path: Path, payload: dict, title: str):
    from docx import Document
    doc = Document()
    cp = doc.core_properties
    cp.author = "Secrétariat médical"
    cp.last_modified_by = "Secrétariat médical"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    for kind, val in payload["paras"]:
        if kind == "h":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "t":
            table = doc.add_table(rows=len(val), cols=len(val[0]))
            table.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            doc.add_paragraph(val)
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def main():
    atc_ref = load_atc()
    check(LETTERS, atc_ref)
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for lid, fmt, payload, g in LETTERS:
        title = f"Demande RCP {lid}"
        if fmt == "pdf":
            write_pdf(ldir / f"{lid}.pdf", payload, title)
        elif fmt == "docx":
            write_docx(ldir / f"{lid}.docx", payload, title)
        else:
            write_txt(ldir / f"{lid}.txt", payload, fmt)
        rec = {k: v for k, v in g.items() if not k.startswith("_")}
        (gdir / f"{lid}.json").write_text(json.dumps(rec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and gold records")


if __name__ == "__main__":
    main()
