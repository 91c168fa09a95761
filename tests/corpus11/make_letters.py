#!/usr/bin/env python3
"""Build corpus11: 14 fictitious referral letters to a bone-metastasis RCP,
with hand-made gold records, written blind to the converter.

Run from the repository root:

    .venv/bin/python tests/corpus11/make_letters.py

It (re)writes tests/corpus11/letters/ and tests/corpus11/gold/, byte-identical
on every run, after checking every gold record against the contract
(shared/spec/rcp-request.md). Any violation stops the script.

All people, places, institutions and phone numbers are invented.
"""
from __future__ import annotations

import io
import json
import sys
import textwrap
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
LETTERS_DIR = HERE / "letters"
GOLD_DIR = HERE / "gold"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DT = datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc)
ATC_CANDIDATES = [
    Path("/work/shared/spec/atc-reference.tsv"),
    HERE.parents[2] / "shared" / "spec" / "atc-reference.tsv",
]

# --------------------------------------------------------------------------
# Contract (rcp-request.md, version 1)
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
GAP_ITEMS = [
    "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
    "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
    "prognosis", "therapeuticProject",
]
KEY_ORDER = [
    "id", "patient", "primaryTumor", "boneDiagnosis", "pain",
    "currentMedications", "priorLocalTreatments", "boneTargetedTherapy",
    "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject", "gaps",
]
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
    for p in ATC_CANDIDATES:
        if p.exists():
            lines = p.read_text(encoding="utf-8").splitlines()[1:]
            return {ln.split("\t", 1)[0].strip() for ln in lines if ln.strip()}
    sys.exit("atc-reference.tsv not found")


def age_at(dob: date, on: date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to the gold values."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in GAP_ITEMS:
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


class ContractError(Exception):
    pass


def check_gold(letter: dict, g: dict, atc: set[str]) -> None:
    lid = letter["id"]

    def fail(msg):
        raise ContractError(f"{lid}: {msg}")

    if list(g.keys()) != KEY_ORDER:
        fail(f"keys {list(g.keys())}")
    for item, allowed in ALLOWED_STATUS.items():
        if g[item]["status"] not in allowed:
            fail(f"{item}.status {g[item]['status']!r} not allowed")
    p = g["patient"]
    if p["sex"] not in ("F", "M") or not isinstance(p["age"], int) or not 18 <= p["age"] <= 105:
        fail(f"patient {p}")
    if letter.get("dob") and age_at(letter["dob"], letter["date"]) != p["age"]:
        fail(f"age {p['age']} != computed {age_at(letter['dob'], letter['date'])}")
    pt = g["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(f"site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(f"histology {pt['histology']}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail("primaryTumor unknown with values")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            fail(f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCUMSTANCES or not isinstance(bd["dated"], bool):
        fail(f"boneDiagnosis {bd}")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail("boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail("boneDiagnosis unknown with values")
    pain = g["pain"]
    if not set(pain["types"]) <= PAIN_TYPES:
        fail(f"pain types {pain['types']}")
    if pain["intensity"] is not None and not (isinstance(pain["intensity"], int) and 0 <= pain["intensity"] <= 10):
        fail("pain intensity")
    if pain["status"] in ("absent", "unknown") and pain["types"]:
        fail("pain types without pain")
    if pain["status"] == "absent" and pain["intensity"] not in (None, 0):
        fail("absent pain with a score")
    if pain["status"] == "unknown" and pain["intensity"] is not None:
        fail("unknown pain with a score")
    plt = g["priorLocalTreatments"]
    if not set(plt["types"]) <= LOCAL_TYPES:
        fail(f"local treatment types {plt['types']}")
    if plt["status"] in ("absent", "unknown") and plt["types"]:
        fail("local treatment types with absent/unknown")
    if plt["status"] == "present" and not plt["types"]:
        fail("local treatment present without type")
    meds = g["currentMedications"]
    for code in meds["atc"]:
        if code not in atc:
            fail(f"currentMedications code {code} not in atc-reference.tsv")
    if meds["atc"] != sorted(set(meds["atc"])):
        fail("currentMedications.atc not sorted/unique")
    if meds["status"] != "present" and meds["atc"]:
        fail("medication codes with non-present currentMedications")
    for name, prefixes in AGENT_PREFIXES.items():
        sec = g[name]
        if sec["atc"] != sorted(set(sec["atc"])):
            fail(f"{name}.atc not sorted/unique")
        for code in sec["atc"]:
            if code not in atc:
                fail(f"{name} code {code} not in atc-reference.tsv")
            if not code.startswith(prefixes):
                fail(f"{name} code {code} outside {prefixes}")
        st = sec["status"]
        if st in ("absent", "unknown") and sec["atc"]:
            fail(f"{name} {st} with agents")
        if st in ("present", "conflicting"):
            missing = set(sec["atc"]) - set(meds["atc"])
            if missing:
                fail(f"{name} agent(s) {missing} not in currentMedications")
        if st == "uncertain" and set(sec["atc"]) & set(meds["atc"]):
            fail(f"{name} doubtful agent listed as current medication")
        if meds["status"] == "absent" and st in ("present", "conflicting"):
            fail(f"{name} {st} while currentMedications absent")
    for code in letter.get("not_current", []):
        if code not in atc:
            fail(f"not_current code {code} not in atc-reference.tsv")
        if code in meds["atc"]:
            fail(f"stopped/planned/doubtful drug {code} listed as current")
    pr = g["prognosis"]
    ps_keys = [k for k in pr if k != "status"]
    if len(ps_keys) != 1 or ps_keys[0] not in ("ecog", "kps"):
        fail(f"prognosis keys {list(pr)}")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 5):
        fail("ecog")
    if pr.get("kps") is not None and (pr["kps"] not in range(0, 101, 10)):
        fail("kps")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        fail("unknown prognosis with a score")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(f"intent {tp['intent']}")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        fail("unknown project with intent")
    if g["gaps"] != derive_gaps(g):
        fail("gaps do not follow the gap rule")


def gold(lid, sex, age, *, tumor, bone, pain, meds, local, bta, anticoag, antiplat, prog, project):
    """Build a gold record in the dev format. Shorthand arguments:
    tumor=(status, site, histology, {biomarkers}); bone=(status, [circ], dated);
    pain=(status, [types], intensity); meds=(status, [atc]); local=(status, [types]);
    bta/anticoag/antiplat=(status, [atc]); prog=(status, 'ecog'|'kps', value);
    project=(status, intent)."""
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": tumor[0], "site": tumor[1], "histology": tumor[2], "biomarkers": dict(tumor[3])},
        "boneDiagnosis": {"status": bone[0], "circumstances": list(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": bta[0], "atc": sorted(bta[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplat[0], "atc": sorted(antiplat[1])},
        "prognosis": {"status": prog[0], prog[1]: prog[2]},
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }
    g["gaps"] = derive_gaps(g)
    return g


# --------------------------------------------------------------------------
# Letters. Block kinds: ("hdr", [lines]) letterhead, ("p", text), ("h", text),
# ("ul", [items], bullet), ("table", [rows], col_widths_mm), ("sig", [lines]),
# ("kv", [(label, value)]) "Label : value" lines.
# --------------------------------------------------------------------------
LETTERS: list[dict] = []


def letter(**kw):
    LETTERS.append(kw)


# w01 -------------------------------------------------------------------------
letter(
    id="w01", fmt="pdf", date=date(2026, 11, 9), dob=date(1961, 4, 23),
    author="Medical oncologist (breast)",
    exercises="Formal letter with headings and a drug table (brands + DCI); age from birth date; "
              "old breast irradiation (not a bone treatment) vs RT of T10 (counts); tamoxifen stopped 2023; "
              "mother's breast cancer; amlodipine not in the ATC table; antiplatelets not mentioned",
    anticoag="Eliquis 5 mg x2 in the drug table and in the history (PE January 2026)",
    not_current=["L02BA01"],
    blocks=[
        ("hdr", ["INSTITUT DE CANCÉROLOGIE DES MONTS D'ORVILLE",
                 "Département d'Oncologie Médicale",
                 "Dr Hélène VASSEUR-BRUNEL – Oncologue médical",
                 "Secrétariat : 04 00 00 12 34 – oncologie@icmo-orville.fr (fictif)"]),
        ("p", "Orville, le 9 novembre 2026"),
        ("p", "À l'attention des membres de la RCP Métastases osseuses\nCHU de Saint-Aubrac"),
        ("p", "Objet : Mme Martine GALLIEN, née le 23/04/1961 – demande d'avis"),
        ("p", "Chers collègues,"),
        ("p", "Je vous remercie de bien vouloir discuter lors de votre prochaine réunion le dossier de "
              "Mme Gallien, que je suis pour un cancer du sein métastatique osseux."),
        ("h", "Antécédents"),
        ("ul", ["HTA traitée.",
                "Embolie pulmonaire bilatérale en janvier 2026, sous apixaban depuis.",
                "Appendicectomie dans l'enfance.",
                "Familiaux : mère traitée pour un cancer du sein à 70 ans."], "•"),
        ("h", "Histoire oncologique"),
        ("p", "Carcinome canalaire infiltrant du sein droit diagnostiqué en mai 2018, pT2 pN1a, grade II, "
              "RE 90 %, RP 40 %, HER2 score 1+ (négatif). Tumorectomie et curage axillaire, chimiothérapie "
              "adjuvante (EC puis paclitaxel), radiothérapie mammaire 50 Gy puis tamoxifène pendant 5 ans, "
              "arrêté en juin 2023."),
        ("p", "En mars 2025, devant une ascension du CA 15-3, un TEP-scanner de surveillance a mis en évidence "
              "des lésions osseuses hypermétaboliques de T10, L2, du sacrum et de l'aile iliaque gauche. La "
              "biopsie iliaque a confirmé une localisation secondaire du carcinome mammaire (RE+, HER2 négatif). "
              "Une radiothérapie antalgique de T10 (20 Gy en 5 fractions) a été délivrée en avril 2025. "
              "Elle reçoit depuis avril 2025 l'association létrozole + ribociclib et du dénosumab (Xgeva) "
              "toutes les 4 semaines."),
        ("p", "Le TEP-scanner du 20/10/2026 montre une réponse stable des lésions connues mais une nouvelle "
              "lésion lytique du col fémoral gauche, de 28 mm, avec amincissement de la corticale médiale "
              "(score de Mirels estimé à 9)."),
        ("h", "Symptomatologie"),
        ("p", "Depuis trois semaines, douleur de l'aine gauche à la marche et à l'appui, avec des réveils "
              "nocturnes. EVA à 5/10 ce jour malgré la morphine LP. Pas de boiterie à l'examen, mobilisation "
              "de la hanche douloureuse en fin de rotation interne."),
        ("h", "Traitements en cours"),
        ("table", [["Médicament", "Posologie", "Remarque"],
                   ["Kisqali (ribociclib) 200 mg", "3 cp/j, 21 j sur 28", "depuis 04/2025"],
                   ["Femara (létrozole) 2,5 mg", "1 cp/j", "depuis 04/2025"],
                   ["Xgeva (dénosumab) 120 mg SC", "toutes les 4 semaines", "dernière inj. 27/10/2026"],
                   ["Eliquis (apixaban) 5 mg", "1 cp matin et soir", "EP 01/2026"],
                   ["Skenan LP 30 mg", "matin et soir", ""],
                   ["Actiskenan 10 mg", "si douleur, max 4/j", ""],
                   ["Doliprane 1 g", "3 fois par jour", ""],
                   ["Cacit D3", "1 sachet/j", ""],
                   ["Amlor 5 mg", "1 cp/j", "HTA"]], [62, 55, 53]),
        ("h", "État général"),
        ("p", "ECOG 1. Autonome, poids stable (64 kg), bonne tolérance du traitement en cours."),
        ("h", "Projet"),
        ("p", "Compte tenu d'une progression osseuse isolée et limitée, nous poursuivons l'hormonothérapie "
              "et le ribociclib, dans le cadre d'une prise en charge palliative."),
        ("h", "Questions posées à la RCP"),
        ("ul", ["Indication d'une ostéosynthèse préventive du col fémoral gauche, ou radiothérapie seule ?",
                "En cas de chirurgie, modalités d'arrêt et de relais de l'apixaban."], "–"),
        ("p", "Je reste à votre disposition et vous prie de croire, chers collègues, à l'assurance de mes "
              "sentiments confraternels."),
        ("sig", ["Dr Hélène Vasseur-Brunel"]),
    ],
    gold=dict(sex="F", age=65,
              tumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
              bone=("present", ["staging_imaging"], True),
              pain=("present", ["mechanical", "nocturnal"], 5),
              meds=("present", ["L01EF02", "L02BG04", "M05BX04", "B01AF02", "N02AA01", "N02BE01", "A12AX"]),
              local=("present", ["radiotherapy"]),
              bta=("present", ["M05BX04"]),
              anticoag=("present", ["B01AF02"]),
              antiplat=("unknown", []),
              prog=("present", "ecog", 1),
              project=("present", "palliative")),
)

# w02 -------------------------------------------------------------------------
letter(
    id="w02", fmt="docx", date=date(2026, 11, 3),
    author="Medical oncologist (prostate)",
    exercises="Prose letter without headings; prostatectomy and prostate-bed RT not bone treatments, "
              "'jamais fait l'objet d'un traitement local' (absent); asymptomatic; zoledronic acid only planned "
              "with explicit 'aucun traitement anti-résorptif'; no intent word",
    anticoag="Eliquis given 6 months for a DVT, stopped in May 2026 ('n'est plus anticoagulé') → absent; "
             "Kardégic current → antiplatelets present",
    not_current=["B01AF02", "M05BA08"],
    blocks=[
        ("hdr", ["Centre Hospitalier de Valmoreau",
                 "Service d'Oncologie Médicale – Hôpital de jour",
                 "Dr Julien CARRASCO",
                 "Tél. secrétariat 05 00 00 47 80"]),
        ("p", "Valmoreau, le 3 novembre 2026"),
        ("p", "Cher Confrère,"),
        ("p", "Je vous adresse pour discussion en RCP métastases osseuses M. Bernard THOLOZAN, 71 ans, "
              "que je suis pour un adénocarcinome prostatique en rechute osseuse."),
        ("p", "Dans ses antécédents on retient une cardiopathie ischémique avec une angioplastie et pose de "
              "stent sur l'IVA en 2019, traitée depuis par Kardégic 75 mg, une HTA et une dyslipidémie. "
              "Il a présenté en novembre 2025 une thrombose veineuse surale droite traitée par Eliquis "
              "pendant six mois ; le traitement a été arrêté en mai 2026 et il n'est plus anticoagulé depuis."),
        ("p", "Sur le plan oncologique, il s'agit d'un adénocarcinome de la prostate Gleason 7 (4+3), ISUP 3, "
              "traité par prostatectomie totale en mars 2019 (pT3a N0, marges saines), puis par radiothérapie "
              "de rattrapage de la loge prostatique en 2021 pour une rechute biologique. Le PSA est remonté "
              "progressivement depuis le début de l'année pour atteindre 12,4 ng/ml en août 2026. Le TEP-PSMA "
              "réalisé le 14/09/2026 a montré trois lésions osseuses (arc antérieur de la 7e côte droite, "
              "pédicule gauche de L4, ischion gauche), sans atteinte ganglionnaire ni viscérale."),
        ("p", "Un blocage androgénique a été débuté : Eligard 45 mg (une injection tous les 6 mois) depuis le "
              "18/09/2026, associé au darolutamide (Nubeqa 300 mg, 2 cp matin et soir) depuis le 1er octobre. "
              "La tolérance est bonne."),
        ("p", "Le patient est totalement asymptomatique sur le plan osseux : il ne décrit aucune douleur et ne "
              "prend aucun antalgique. Il est en très bon état général, PS 0, et continue de jardiner. Les "
              "lésions osseuses n'ont jamais fait l'objet d'un traitement local."),
        ("p", "Son traitement comporte par ailleurs Kardégic 75 mg/j, Tahor 40 mg/j, Triatec 5 mg/j et "
              "Cardensiel 2,5 mg/j. Il ne reçoit à ce jour aucun traitement anti-résorptif ; nous envisageons "
              "de débuter de l'acide zolédronique une fois le bilan dentaire réalisé."),
        ("p", "S'agissant d'une maladie oligométastatique, je souhaiterais l'avis de la RCP sur l'intérêt "
              "d'une radiothérapie stéréotaxique des trois lésions en complément du traitement systémique, "
              "ainsi que sur le choix de l'agent anti-résorptif."),
        ("p", "Je vous remercie par avance et vous prie de recevoir, cher Confrère, mes salutations "
              "les meilleures."),
        ("sig", ["Dr J. Carrasco", "Oncologie médicale"]),
    ],
    gold=dict(sex="M", age=71,
              tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
              bone=("present", ["staging_imaging"], True),
              pain=("absent", [], None),
              meds=("present", ["L02AE02", "L02BB06", "B01AC06", "C10AA05", "C09AA05", "C07AB07"]),
              local=("absent", []),
              bta=("absent", []),
              anticoag=("absent", []),
              antiplat=("present", ["B01AC06"]),
              prog=("present", "ecog", 0),
              project=("present", None)),
)

# w03 -------------------------------------------------------------------------
letter(
    id="w03", fmt="txt", date=date(2026, 11, 17),
    author="Medical oncologist (thoracic)",
    exercises="Plain-text note with bullet lists; pain revealing the disease; radicular pain with 'décharges' "
              "and DN4 (neuropathic) + mobilisation (mechanical); current score vs earlier score; KRAS G12C "
              "positive and three negatives; chemo-immunotherapy cycles current; denosumab only 'à discuter'; "
              "nothing on prior local treatment, anticoagulant or antiplatelet",
    anticoag="Not mentioned at all; the drug list has no anticoagulant → unknown",
    not_current=["M05BX04"],
    blocks=[
        ("hdr", ["HÔPITAL PRIVÉ DES TILLEULS – Service d'Oncologie Thoracique",
                 "14 rue des Cordiers, 41870 Sermoise-sur-Loir",
                 "Dr Anaïs KERBOUL – tél. 02 00 00 31 18"]),
        ("p", "Sermoise, le 17/11/2026"),
        ("p", "DEMANDE D'AVIS – RCP MÉTASTASES OSSEUSES"),
        ("p", "Patient : M. Rachid BENSAÏD, 58 ans\nMédecin traitant : Dr Morin (Sermoise)"),
        ("p", "Motif : lombo-radiculalgie gauche sur métastase L4 d'un adénocarcinome pulmonaire"),
        ("h", "Histoire"),
        ("ul", ["Tabagisme actif, 30 PA. Diabète de type 2.",
                "Lombalgies gauches apparues début juillet 2026, rapidement irradiées dans la jambe gauche.",
                "IRM rachidienne du 04/08/2026 : lésion lytique du corps de L4 avec épidurite antérieure, "
                "sans compression radiculaire franche ni médullaire.",
                "TDM TAP : masse du lobe supérieur droit de 42 mm, adénopathies médiastinales, pas d'autre "
                "localisation à distance. TEP : fixations L4, 9e côte droite.",
                "Biopsie bronchique (18/08/2026) : adénocarcinome, TTF1+.",
                "Biologie moléculaire : EGFR non muté, ALK négatif, ROS1 négatif, mutation KRAS G12C. "
                "PD-L1 : 60 %.",
                "1re ligne carboplatine – pémétrexed – pembrolizumab depuis le 01/09/2026, 4e cure faite le "
                "10/11/2026. Scanner d'évaluation après C3 : réponse partielle pulmonaire, lésions osseuses "
                "stables."], "-"),
        ("h", "Clinique"),
        ("ul", ["Douleur lombaire majorée à la mobilisation et au passage assis-debout.",
                "Radiculalgie L5 gauche avec décharges électriques dans le mollet, DN4 à 5/10.",
                "EN 6/10 ce jour (8/10 en août, avant les opioïdes).",
                "Pas de déficit moteur, ROT présents et symétriques, pas de trouble sphinctérien.",
                "OMS 1 – travaille à mi-temps."], "-"),
        ("h", "Traitements en cours"),
        ("ul", ["chimio-immunothérapie (cf. ci-dessus), prochaine cure le 01/12",
                "Oxycontin 20 mg x 2/j + Oxynormoro 5 mg si besoin (2 à 3 prises/j)",
                "Lyrica 75 mg matin et soir",
                "Paracétamol 1 g x 4/j",
                "Glucophage 1000 mg x 2/j",
                "Inexium 20 mg/j",
                "Spéciafoldine 0,4 mg/j + vitamine B12 (pémétrexed)"], "-"),
        ("h", "Questions à la RCP"),
        ("ul", ["1) intérêt d'une radiothérapie de L4 : conventionnelle ou stéréotaxique ?",
                "2) indication d'une cimentoplastie associée ?",
                "3) mise en route d'un traitement par dénosumab à discuter"], " "),
        ("p", "Prise en charge à visée palliative. Merci de votre avis.\n\nDr A. Kerboul"),
    ],
    gold=dict(sex="M", age=58,
              tumor=("present", "lung", "adenocarcinoma",
                     {"EGFR": "negative", "ALK": "negative", "ROS1": "negative", "KRAS": "positive", "PD-L1": "positive"}),
              bone=("present", ["pain"], True),
              pain=("present", ["mechanical", "neuropathic"], 6),
              meds=("present", ["L01XA02", "L01BA04", "L01FF02", "N02AA05", "N03AX16", "N02BE01", "A10BA02", "A02BC05"]),
              local=("unknown", []),
              bta=("unknown", []),
              anticoag=("unknown", []),
              antiplat=("unknown", []),
              prog=("present", "ecog", 1),
              project=("present", "palliative")),
)

# w04 -------------------------------------------------------------------------
letter(
    id="w04", fmt="pdf", date=date(2026, 10, 21), dob=date(1955, 11, 30),
    author="Medical oncologist (kidney)",
    exercises="Prose with drugs inline; age from birth date (birthday later in the year); nephrectomy not a "
              "bone treatment; radiofrequency ablation of an iliac lesion; pembrolizumab-axitinib stopped; "
              "inflammatory + nocturnal pain; Karnofsky only; Zometa every 12 weeks",
    anticoag="Curative enoxaparin (Lovenox 8000 UI x2) for a caval thrombosis; Plavix stopped at that time "
             "→ antiplatelets absent",
    not_current=["B01AC04", "L01FF02", "L01EK01"],
    blocks=[
        ("hdr", ["CLINIQUE SAINTE-RADEGONDE",
                 "Oncologie médicale – 2 allée des Marronniers – 86990 Bréville-sur-Clain",
                 "Dr Marc-Olivier LHEUREUX"]),
        ("p", "Bréville, le 21 octobre 2026"),
        ("p", "Objet : Demande de RCP – M. Guy PERRICHON, né le 30/11/1955"),
        ("p", "Cher(e)s collègues,"),
        ("h", "Résumé"),
        ("p", "M. Perrichon est suivi pour un carcinome rénal à cellules claires gauche, traité par "
              "néphrectomie élargie en février 2020 (pT3a N0, grade ISUP 3). Des métastases osseuses ont été "
              "découvertes en mars 2025 sur le scanner de surveillance : lésion lytique de l'aile iliaque "
              "droite et lésion de T8, sans atteinte viscérale. La lésion iliaque, symptomatique, a été "
              "traitée par radiofréquence en mai 2025. Une première ligne par pembrolizumab et axitinib, "
              "débutée en avril 2025, a été arrêtée en août 2026 pour progression osseuse. Il reçoit depuis "
              "le 1er septembre 2026 du cabozantinib (Cabometyx) 40 mg par jour, bien toléré hormis un "
              "syndrome main-pied de grade 1."),
        ("p", "Le 12 septembre 2026 il a présenté une thrombose de la veine cave inférieure étendue aux "
              "veines iliaques, avec embolie pulmonaire segmentaire, traitée par énoxaparine à dose curative "
              "(Lovenox 8000 UI matin et soir). Le clopidogrel (Plavix) qu'il prenait pour une artériopathie "
              "des membres inférieurs a été arrêté à cette occasion. Il reçoit par ailleurs de l'acide "
              "zolédronique (Zometa 4 mg) toutes les 12 semaines depuis juin 2025, dernière perfusion le "
              "15/09/2026, ainsi que Levothyrox 50 µg (hypothyroïdie sous ITK), Cardensiel 2,5 mg et Ixprim "
              "1 cp trois fois par jour."),
        ("p", "Sur le plan fonctionnel, il se plaint d'une douleur de la hanche droite d'horaire inflammatoire, "
              "avec des réveils nocturnes vers 4 h du matin, cotée à 4/10 à l'EVA. Indice de Karnofsky à 80 %."),
        ("p", "L'IRM du 14/10/2026 montre une progression de la lésion de T8 avec envahissement du mur "
              "postérieur et une épidurite débutante, sans signe de compression médullaire. Pas de déficit "
              "neurologique à l'examen."),
        ("h", "Question"),
        ("p", "Quelle prise en charge locale proposer pour la lésion de T8 (radiothérapie stéréotaxique, "
              "chirurgie de décompression et stabilisation préventive) ? Le patient poursuit le cabozantinib ; "
              "merci de préciser la fenêtre thérapeutique éventuelle, ainsi que la gestion de l'anticoagulation "
              "curative en cas de geste."),
        ("p", "Bien confraternellement,"),
        ("sig", ["Dr M.-O. Lheureux"]),
    ],
    gold=dict(sex="M", age=70,
              tumor=("present", "kidney", "clear_cell_carcinoma", {}),
              bone=("present", ["staging_imaging"], True),
              pain=("present", ["inflammatory", "nocturnal"], 4),
              meds=("present", ["L01EX07", "B01AB05", "M05BA08", "H03AA01", "C07AB07", "N02AX02"]),
              local=("present", ["ablation"]),
              bta=("present", ["M05BA08"]),
              anticoag=("present", ["B01AB05"]),
              antiplat=("absent", []),
              prog=("present", "kps", 80),
              project=("present", None)),
)

# w05 -------------------------------------------------------------------------
letter(
    id="w05", fmt="txt", date=date(2026, 11, 5),
    author="General practitioner",
    exercises="Short GP letter; back pain without type or score; bone scan without any date or duration "
              "(dated false); 'AVK' only by class; no performance status; treatment still to be decided by "
              "the urologist (project unknown); nothing on bone agent or prior local treatment",
    anticoag="'ACFA sous AVK', 'AVK (INR surveillé par l'infirmière)' → present without agent (incomplete)",
    not_current=[],
    blocks=[
        ("hdr", ["Dr Patrice LEMARCHAND",
                 "Médecine générale",
                 "3 place de la Halle – 23160 Saint-Fiacre-les-Bois",
                 "Tél. 05 00 00 62 19"]),
        ("p", "Le 5 novembre 2026"),
        ("p", "Chère Consœur, Cher Confrère,"),
        ("p", "Je me permets de vous adresser M. Lucien GAUBERT, 81 ans, que je suis depuis longtemps, pour "
              "un cancer de la prostate avec des métastases osseuses."),
        ("p", "Il se plaint de douleurs dans le dos, et la scintigraphie osseuse que j'ai demandée pour ces "
              "douleurs montre des fixations multiples (rachis, bassin, côtes). Le PSA est à 96 ng/ml. "
              "L'urologue (Dr Roussel) a fait des biopsies : adénocarcinome prostatique, Gleason 8 (4+4). "
              "Il doit le revoir prochainement pour décider du traitement."),
        ("p", "Antécédents : ACFA sous AVK, insuffisance cardiaque, HTA, cataracte opérée."),
        ("p", "Traitement : AVK (INR surveillé par l'infirmière), Lasilix 40 mg le matin, Cardensiel 5 mg, "
              "Doliprane 1 g jusqu'à 3 fois par jour, Tramadol 50 mg le soir si besoin."),
        ("p", "Il vit avec son épouse à la campagne, les trajets sont compliqués pour lui."),
        ("p", "Merci de me dire ce qu'il faut faire pour ses os, notamment s'il faut de la radiothérapie pour "
              "les douleurs."),
        ("p", "Bien confraternellement,"),
        ("sig", ["Dr P. Lemarchand"]),
    ],
    gold=dict(sex="M", age=81,
              tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
              bone=("present", ["pain"], False),
              pain=("present", [], None),
              meds=("present", ["C03CA01", "C07AB07", "N02BE01", "N02AX02"]),
              local=("unknown", []),
              bta=("unknown", []),
              anticoag=("present", []),
              antiplat=("unknown", []),
              prog=("unknown", "ecog", None),
              project=("unknown", None)),
)

# w06 -------------------------------------------------------------------------
letter(
    id="w06", fmt="docx", date=date(2026, 11, 12), dob=date(1949, 2, 2),
    author="General practitioner",
    exercises="GP letter; breast cancer without histology (incomplete); breast RT not a bone treatment; "
              "nocturnal shoulder pain without score; Prolia for osteoporosis counts as bone therapy; "
              "anastrozole as current treatment (project present, no intent); OMS 2 'je l'estime'",
    anticoag="'je pense que c'est du Xarelto ... à vérifier' → uncertain with B01AF01, not a current medication",
    not_current=["B01AF01"],
    blocks=[
        ("hdr", ["Dr Claire FERRANDOU",
                 "Médecin généraliste – Maison de santé des Trois Ponts",
                 "12 avenue du Lavoir, 87370 Vaulmières"]),
        ("p", "Vaulmières, le 12/11/2026"),
        ("p", "Objet : Mme Odette RAMBAUD, née le 02/02/1949"),
        ("p", "Cher Confrère,"),
        ("p", "J'adresse à votre RCP Mme Rambaud, opérée en 2021 d'un cancer du sein gauche (tumorectomie et "
              "radiothérapie, suivie au centre Jean-Bernard de Vaulmières), sous Arimidex depuis."),
        ("p", "Depuis cet été elle se plaint de douleurs de l'épaule droite, surtout la nuit, qui la "
              "réveillent. La radio puis le scanner fin septembre ont montré une lésion lytique de la tête "
              "humérale droite, et l'IRM d'autres lésions sur les vertèbres dorsales. Son oncologue, le "
              "Dr Sabatier, étant absent pour plusieurs semaines, il m'a demandé de vous l'adresser "
              "directement."),
        ("p", "Elle a par ailleurs une ostéoporose traitée par Prolia, une injection tous les 6 mois depuis "
              "2023 (la dernière en juin)."),
        ("p", "Elle prend aussi un anticoagulant, je pense que c'est du Xarelto (prescrit par le cardiologue "
              "pour un trouble du rythme), mais je n'ai pas son ordonnance sous les yeux : à vérifier."),
        ("p", "Autres traitements : Arimidex 1 mg par jour, Efferalgan codéiné 2 cp trois fois par jour, "
              "Zyma D une ampoule par trimestre, Levothyrox 75 µg."),
        ("p", "Elle passe une bonne partie de la journée au fauteuil, je l'estime OMS 2. Elle vit seule, "
              "avec passage d'une aide-ménagère."),
        ("p", "Je vous remercie de votre avis et reste disponible."),
        ("p", "Bien confraternellement,"),
        ("sig", ["Dr C. Ferrandou"]),
    ],
    gold=dict(sex="F", age=77,
              tumor=("present", "breast", None, {}),
              bone=("present", ["pain"], True),
              pain=("present", ["nocturnal"], None),
              meds=("present", ["L02BG03", "M05BX04", "N02AJ06", "A11CC05", "H03AA01"]),
              local=("unknown", []),
              bta=("present", ["M05BX04"]),
              anticoag=("uncertain", ["B01AF01"]),
              antiplat=("unknown", []),
              prog=("present", "ecog", 2),
              project=("present", None)),
)

# w07 -------------------------------------------------------------------------
letter(
    id="w07", fmt="pdf", date=date(2026, 10, 26),
    author="Radiation oncologist",
    exercises="Follicular thyroid carcinoma (histology other); discovery on TEP for rising thyroglobulin "
              "(staging/follow-up imaging); vertebroplasty done (cementoplasty), SBRT only scheduled "
              "(not prior); diagnostic iodine scan is not a treatment; curative intent; pain never mentioned; "
              "zoledronic acid only asked",
    anticoag="'Pas de traitement anticoagulant ni antiagrégant plaquettaire' → both absent",
    not_current=["M05BA08"],
    blocks=[
        ("hdr", ["CENTRE DE RADIOTHÉRAPIE DU VAL D'ESSARTS",
                 "Dr Sophie NGOMA-LAURENT – Oncologue radiothérapeute",
                 "5 rue du Moulin-Neuf, 28990 Essarts-le-Comte – 02 00 00 77 40"]),
        ("p", "Essarts-le-Comte, le 26 octobre 2026"),
        ("p", "Madame, Monsieur, chers collègues,"),
        ("p", "Je souhaite soumettre à la RCP le dossier de Mme Isabelle FOURCADE, 54 ans, suivie pour un "
              "carcinome vésiculaire de la thyroïde."),
        ("p", "Elle a eu une thyroïdectomie totale en mars 2021 pour un carcinome vésiculaire largement "
              "invasif de 38 mm avec emboles vasculaires, suivie d'une irathérapie (3,7 GBq) en mai 2021. "
              "Elle était considérée en rémission jusqu'en 2025."),
        ("p", "Devant une remontée de la thyroglobuline (48 ng/ml sous TSH freinée), un TEP-FDG a été réalisé "
              "le 04/06/2026 : lésion unique, lytique, du corps vertébral de T12 avec atteinte du mur "
              "postérieur, sans épidurite. Aucune autre localisation. Une vertébroplastie de T12 avec biopsie "
              "a été réalisée le 16/07/2026 (Dr Alvès, radiologie interventionnelle) : métastase de carcinome "
              "vésiculaire. La scintigraphie diagnostique à l'iode 131 ne montre pas de fixation de la lésion ; "
              "une nouvelle irathérapie n'est donc pas indiquée."),
        ("p", "Elle est en excellent état général, ECOG 0, et travaille à temps plein."),
        ("p", "Traitement habituel : Levothyrox 175 µg/j, Tahor 10 mg/j. Pas de traitement anticoagulant ni "
              "antiagrégant plaquettaire."),
        ("p", "La maladie étant oligométastatique, une radiothérapie stéréotaxique de T12 (27 Gy en "
              "3 fractions) à visée curative a été décidée avec la patiente et est programmée à partir du "
              "23 novembre 2026."),
        ("p", "Je souhaiterais l'avis de la RCP sur l'intérêt d'associer un traitement par acide zolédronique "
              "et sur les modalités de surveillance (IRM, thyroglobuline)."),
        ("p", "Avec mes remerciements et mes sentiments confraternels,"),
        ("sig", ["Dr S. Ngoma-Laurent"]),
    ],
    gold=dict(sex="F", age=54,
              tumor=("present", "thyroid", "other", {}),
              bone=("present", ["staging_imaging"], True),
              pain=("unknown", [], None),
              meds=("present", ["H03AA01", "C10AA05"]),
              local=("present", ["cementoplasty"]),
              bta=("unknown", []),
              anticoag=("absent", []),
              antiplat=("absent", []),
              prog=("present", "ecog", 0),
              project=("present", "curative")),
)

# w08 -------------------------------------------------------------------------
letter(
    id="w08", fmt="txt", crlf=True, date=date(2026, 11, 24),
    author="Radiation oncologist",
    exercises="Plain text with CRLF line ends; synchronous metastatic prostate cancer (staging imaging 2024); "
              "RT of L3 completed (radiotherapy); pain 7/10 before RT and 2/10 now (current = 2), only on "
              "walking; zoledronic acid current; abiraterone + prednisone + triptorelin",
    anticoag="Generic dabigatran 110 mg x2 for permanent AF → present; 'Pas d'antiagrégant' → absent",
    not_current=[],
    blocks=[
        ("hdr", ["CENTRE D'ONCOLOGIE ET DE RADIOTHÉRAPIE DE LA CÔTE DES PINS",
                 "Dr Thomas AUBINEAU – Oncologue radiothérapeute",
                 "Lestiac-sur-Mer"]),
        ("p", "Lestiac-sur-Mer, le 24/11/2026"),
        ("p", "Objet : M. Jean-Claude MARTINEAU, 77 ans\nDemande d'avis RCP métastases osseuses"),
        ("p", "Cher Confrère,"),
        ("p", "Je vous présente M. Martineau, 77 ans, suivi pour un adénocarcinome prostatique métastatique "
              "osseux d'emblée : diagnostic en février 2024 (PSA 240 ng/ml, Gleason 9 (4+5)), la scintigraphie "
              "du bilan initial montrant des lésions rachidiennes et costales multiples."),
        ("p", "Il est traité par Décapeptyl LP 11,25 mg tous les 3 mois depuis février 2024 et par abiratérone "
              "(Zytiga 1000 mg/j) associée à la prednisone 5 mg/j depuis mars 2024. Il reçoit de l'acide "
              "zolédronique 4 mg IV toutes les 12 semaines depuis mai 2024 (dernière injection le 02/10/2026)."),
        ("p", "Je l'ai pris en charge en octobre pour des douleurs lombaires invalidantes en rapport avec une "
              "lésion de L3 : radiothérapie antalgique de L3, 30 Gy en 10 fractions, terminée le 30/10/2026. "
              "Les douleurs, cotées à 7/10 avant l'irradiation, sont actuellement à 2/10 et ne surviennent "
              "plus qu'à la marche prolongée. Il ne prend plus que du paracétamol si besoin."),
        ("p", "Le PSA est en ascension : 3,1 ng/ml en juillet, 8,7 ng/ml le 10/11/2026 (nadir 0,6). Le TEP-PSMA "
              "du 16/11/2026 montre une nouvelle lésion de l'acétabulum droit avec atteinte du toit, "
              "asymptomatique pour l'instant."),
        ("p", "Antécédents : FA permanente sous dabigatran 110 mg x 2/j, HTA sous ramipril 5 mg, diabète de "
              "type 2 sous metformine 850 mg x 2. Pas d'antiagrégant plaquettaire."),
        ("p", "OMS 1."),
        ("p", "Question posée à la RCP : prise en charge de la lésion acétabulaire droite (radiothérapie ? avis "
              "chirurgical ?) ; place d'un changement de ligne systémique, à discuter avec son oncologue, "
              "le Dr Pélissier."),
        ("p", "Bien confraternellement,"),
        ("sig", ["Dr T. Aubineau"]),
    ],
    gold=dict(sex="M", age=77,
              tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
              bone=("present", ["staging_imaging"], True),
              pain=("present", ["mechanical"], 2),
              meds=("present", ["L02AE04", "L02BX03", "H02AB07", "M05BA08", "N02BE01", "B01AE07", "C09AA05", "A10BA02"]),
              local=("present", ["radiotherapy"]),
              bta=("present", ["M05BA08"]),
              anticoag=("present", ["B01AE07"]),
              antiplat=("absent", []),
              prog=("present", "ecog", 1),
              project=("present", None)),
)

# w09 -------------------------------------------------------------------------
letter(
    id="w09", fmt="docx", date=date(2026, 11, 19),
    author="Orthopaedic surgeon",
    exercises="Discharge letter after nailing of a pathological subtrochanteric fracture (circumstance "
              "pathological_fracture; surgery); sigmoidectomy not a bone treatment; residual pain on weight "
              "bearing; life expectancy without performance status; oncological treatment explicitly unknown; "
              "nothing on bone agent",
    anticoag="Preventive tinzaparin (Innohep 4500 UI/j, 35 days) → present; Kardégic continued "
             "peri-operatively → antiplatelets present",
    not_current=[],
    blocks=[
        ("hdr", ["HÔPITAL SAINT-GILDAS DE PENHOËT",
                 "Service de Chirurgie Orthopédique et Traumatologique",
                 "Dr Yannick MORVAN – Chirurgien orthopédiste",
                 "Secrétariat : 02 00 00 85 21"]),
        ("p", "Penhoët, le 19 novembre 2026"),
        ("p", "Courrier de sortie – Mme Nadine QUÉMÉNEUR, 68 ans\nHospitalisation du 10/11/2026 au 19/11/2026"),
        ("p", "Copie : Dr Guérin (oncologie), Dr Le Goff (médecin traitant), RCP métastases osseuses"),
        ("h", "Motif d'hospitalisation"),
        ("p", "Fracture sous-trochantérienne du fémur droit sur lésion lytique."),
        ("h", "Antécédents"),
        ("p", "Adénocarcinome du côlon sigmoïde opéré (sigmoïdectomie) en mars 2024, métastases hépatiques "
              "découvertes en 2025, suivi par le Dr Guérin. Cardiopathie ischémique stentée en 2020 sous "
              "Kardégic. Dyslipidémie. Cholécystectomie."),
        ("h", "Histoire de la maladie"),
        ("p", "Le 10/11/2026, en se levant de sa chaise, douleur brutale de la cuisse droite avec impotence "
              "fonctionnelle totale, sans traumatisme. Les radiographies montrent une fracture "
              "sous-trochantérienne du fémur droit sur une lésion lytique. Le scanner TAP retrouve d'autres "
              "lésions osseuses (L1, aile iliaque gauche) en plus des lésions hépatiques connues."),
        ("h", "Intervention (12/11/2026)"),
        ("p", "Enclouage centromédullaire long du fémur droit (clou céphalomédullaire verrouillé), avec "
              "prélèvement du foyer : métastase d'un adénocarcinome d'origine colique (CK20+, CDX2+)."),
        ("h", "Suites"),
        ("p", "Suites simples. Appui complet autorisé. À la sortie persiste une douleur de la cuisse à la "
              "mise en charge, EN 3/10, bien contrôlée par les antalgiques. Le Kardégic a été poursuivi en "
              "péri-opératoire. Anticoagulation préventive par Innohep pour 35 jours."),
        ("h", "Traitement de sortie"),
        ("ul", ["Innohep 4500 UI : 1 injection SC par jour jusqu'au 17/12/2026",
                "Kardégic 75 mg : 1 sachet par jour",
                "Doliprane 1 g : 1 cp 4 fois par jour",
                "Topalgic 50 mg : 1 gélule 3 fois par jour si douleur",
                "Inexium 20 mg : 1 cp le soir",
                "Forlax : 1 sachet par jour",
                "Tahor 20 mg : 1 cp le soir"], "•"),
        ("h", "Conclusion"),
        ("p", "Je n'ai pas d'information sur son traitement oncologique actuel ; le Dr Guérin est informé de "
              "l'hospitalisation. D'après lui, l'espérance de vie est estimée à plus d'un an. Je vous adresse "
              "Mme Quéméneur pour discuter de l'indication d'une radiothérapie post-opératoire du fémur et de "
              "la prise en charge de la lésion de L1. Je la reverrai en consultation dans 6 semaines avec une "
              "radiographie de contrôle."),
        ("sig", ["Dr Y. Morvan"]),
    ],
    gold=dict(sex="F", age=68,
              tumor=("present", "colorectal", "adenocarcinoma", {}),
              bone=("present", ["pathological_fracture"], True),
              pain=("present", ["mechanical"], 3),
              meds=("present", ["B01AB10", "B01AC06", "N02BE01", "N02AX02", "A02BC05", "A06AD15", "C10AA05"]),
              local=("present", ["surgery"]),
              bta=("unknown", []),
              anticoag=("present", ["B01AB10"]),
              antiplat=("present", ["B01AC06"]),
              prog=("present", "ecog", None),
              project=("unknown", None)),
)

# w10 -------------------------------------------------------------------------
letter(
    id="w10", fmt="pdf", date=date(2026, 11, 13), dob=date(1962, 11, 8),
    author="Pulmonologist",
    exercises="Two-page formal letter; age from birth date (birthday five days before); EGFR exon 19 "
              "positive, ALK negative, PD-L1 < 1 % negative; bone lesions on the staging CT; 'pas de douleur "
              "osseuse'; 'Aucune irradiation antérieure'; 'Pas de traitement anti-résorptif'; son's sarcoma "
              "is family history",
    anticoag="Apixaban 5 mg x2 for a PE in history and drug list, but the conclusion says 'ne reçoit pas de "
             "traitement anticoagulant ni antiagrégant' → conflicting (B01AF02 kept); antiplatelets absent",
    not_current=[],
    blocks=[
        ("hdr", ["CENTRE HOSPITALIER INTERCOMMUNAL DE MONTCLAR-LÉVÊQUE",
                 "Service de Pneumologie et d'Oncologie Thoracique",
                 "Dr Lucie DESFORGES – Pneumologue",
                 "Tél. 03 00 00 14 62"]),
        ("p", "Montclar, le 13 novembre 2026"),
        ("p", "À Mesdames et Messieurs les membres de la RCP Métastases osseuses"),
        ("p", "Objet : M. Henri DELAPORTE, né le 08/11/1962"),
        ("p", "Chers collègues,"),
        ("p", "Je vous serais reconnaissante de bien vouloir discuter le dossier de M. Delaporte, qui présente "
              "un adénocarcinome pulmonaire avec mutation de l'EGFR, métastatique osseux."),
        ("h", "Antécédents"),
        ("p", "Tabagisme sevré en 2010 (20 PA). HTA. Embolie pulmonaire segmentaire droite découverte sur le "
              "scanner du bilan initial en septembre 2026, traitée par apixaban 5 mg deux fois par jour. "
              "Pas d'antécédent chirurgical notable. Familiaux : son fils a été traité pour un sarcome."),
        ("h", "Histoire de la maladie"),
        ("p", "Toux traînante et asthénie depuis l'été. Le scanner thoraco-abdomino-pelvien du 09/09/2026 "
              "montre une masse du lobe inférieur droit de 35 mm, des adénopathies hilaires et médiastinales, "
              "une embolie pulmonaire segmentaire, et des lésions osseuses mixtes de l'arc postérieur de la "
              "6e côte gauche, de T7 et de l'aile iliaque droite. La biopsie sous fibroscopie (15/09/2026) "
              "conclut à un adénocarcinome TTF1+. En biologie moléculaire : délétion de l'exon 19 de l'EGFR, "
              "absence de réarrangement ALK ; PD-L1 < 1 %."),
        ("p", "Un traitement palliatif de première ligne par osimertinib (Tagrisso 80 mg/j) a été débuté le "
              "06/10/2026, avec une bonne tolérance (rash grade 1). Le scanner d'évaluation est prévu début "
              "janvier."),
        ("h", "Examen clinique"),
        ("p", "Patient en bon état général, PS 1, 78 kg. Pas de douleur osseuse, pas de prise d'antalgique. "
              "Examen neurologique normal. Percussion des épineuses indolore."),
        ("h", "Traitement actuel"),
        ("ul", ["Tagrisso 80 mg : 1 cp le matin",
                "Apixaban 5 mg : 1 cp matin et soir",
                "Inexium 20 mg : 1 cp le soir",
                "Amlor 5 mg : 1 cp le matin"], "–"),
        ("h", "Imagerie osseuse"),
        ("p", "L'IRM du rachis du 28/10/2026 montre une lésion de T7 occupant environ 40 % du corps vertébral, "
              "sans atteinte du mur postérieur ni épidurite (score SINS 8). Les lésions costale et iliaque ne "
              "présentent pas de risque fracturaire. Aucune irradiation antérieure. Pas de traitement "
              "anti-résorptif à ce jour."),
        ("h", "Conclusion"),
        ("p", "M. Delaporte, 64 ans, adénocarcinome pulmonaire EGFR muté, métastatique osseux, sous "
              "osimertinib. Le patient ne reçoit pas de traitement anticoagulant ni antiagrégant, ce qui "
              "simplifierait un éventuel geste de cimentoplastie."),
        ("p", "Questions : indication d'une cimentoplastie préventive de T7 et/ou d'une radiothérapie ? "
              "Faut-il débuter un traitement anti-résorptif (dénosumab ou acide zolédronique) ?"),
        ("p", "Je vous prie d'agréer, chers collègues, l'expression de mes sentiments les meilleurs."),
        ("sig", ["Dr Lucie Desforges"]),
    ],
    gold=dict(sex="M", age=64,
              tumor=("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
              bone=("present", ["staging_imaging"], True),
              pain=("absent", [], None),
              meds=("present", ["L01EB04", "B01AF02", "A02BC05"]),
              local=("absent", []),
              bta=("absent", []),
              anticoag=("conflicting", ["B01AF02"]),
              antiplat=("absent", []),
              prog=("present", "ecog", 1),
              project=("present", "palliative")),
)

# w11 -------------------------------------------------------------------------
letter(
    id="w11", fmt="txt", date=date(2026, 11, 2),
    author="Urologist",
    exercises="Urothelial bladder carcinoma (histology other); incidental discovery on an emergency CT for "
              "renal colic; cystectomy not a bone treatment; sciatic pain with electric shocks, worst at night; "
              "gemcitabine-carboplatin current, avelumab only planned; Karnofsky only; nothing on prior local "
              "treatment or antiplatelets; bone agent only asked",
    anticoag="Coumadine 5 mg/j for a mechanical aortic valve → warfarin present",
    not_current=[],
    blocks=[
        ("hdr", ["Dr Arnaud PEYRELONGUE",
                 "Urologue – Clinique du Parc Saint-Hilaire",
                 "9 boulevard des Cèdres, 31990 Saint-Hilaire-des-Combes"]),
        ("p", "Saint-Hilaire-des-Combes, le 2 novembre 2026"),
        ("p", "RCP métastases osseuses – demande d'avis"),
        ("p", "Mme Colette VIDALENC, 72 ans."),
        ("p", "Carcinome urothélial de vessie infiltrant le muscle (pT3b N1), traité par cystectomie totale avec "
              "dérivation urinaire de type Bricker en janvier 2025. Pas de chimiothérapie néoadjuvante en "
              "raison d'une insuffisance rénale modérée."),
        ("p", "En août 2026, scanner aux urgences pour suspicion de colique néphrétique gauche : pas "
              "d'obstacle, mais découverte fortuite d'une lésion lytique de l'aile sacrée gauche. Biopsie "
              "scanno-guidée le 28/08/2026 : métastase de carcinome urothélial. TEP-FDG : lésion sacrée "
              "unique, associée à deux adénopathies latéro-aortiques."),
        ("p", "Chimiothérapie gemcitabine-carboplatine depuis le 15/09/2026 (Dr Sarrazin, oncologue), 2e cycle "
              "le 06/10/2026, 3e cycle le 27/10/2026 ; une maintenance par avélumab est prévue ensuite."),
        ("p", "Depuis 3 semaines : douleur sacrée irradiant à la face postérieure de la cuisse gauche jusqu'au "
              "talon, avec des décharges électriques, maximale la nuit avec réveils nocturnes. EVA 7/10. Pas "
              "de déficit moteur."),
        ("p", "Traitement actuel :\n"
              "  Coumadine 5 mg/j (valve mécanique aortique depuis 2012, INR cible 2,5-3,5)\n"
              "  Skenan LP 30 mg x 2/j + Actiskenan 10 mg si besoin\n"
              "  Neurontin 300 mg x 3/j\n"
              "  Paracétamol 1 g x 3/j\n"
              "  Forlax 1 sachet/j\n"
              "  Chimiothérapie : cf. ci-dessus"),
        ("p", "Karnofsky 70 %."),
        ("p", "Je sollicite l'avis de la RCP sur une radiothérapie de la lésion sacrée et sur l'intérêt d'un "
              "traitement anti-ostéoclastique (dénosumab ou acide zolédronique, clairance de la créatinine "
              "à 42 ml/min). Merci de tenir compte de l'anticoagulation par AVK pour tout geste."),
        ("p", "Bien cordialement,\nDr A. Peyrelongue"),
    ],
    gold=dict(sex="F", age=72,
              tumor=("present", "bladder", "other", {}),
              bone=("present", ["incidental_imaging"], True),
              pain=("present", ["neuropathic", "nocturnal"], 7),
              meds=("present", ["B01AA03", "N02AA01", "N03AX12", "N02BE01", "A06AD15", "L01BC05", "L01XA02"]),
              local=("unknown", []),
              bta=("unknown", []),
              anticoag=("present", ["B01AA03"]),
              antiplat=("unknown", []),
              prog=("present", "kps", 70),
              project=("present", None)),
)

# w12 -------------------------------------------------------------------------
letter(
    id="w12", fmt="docx", date=date(2026, 11, 20),
    author="Palliative-care physician",
    exercises="Carcinoma of unknown primary (adenocarcinoma; ER negative kept, CK7/TTF1/GATA3 not); "
              "hypercalcaemia as circumstance; single Zometa infusion + 'pas de traitement anti-résorptif "
              "depuis' (absent); single-fraction RT done; burning pain (neuropathic) worse on mobilisation "
              "(mechanical), current 4/10 vs 8/10 at admission; best supportive care only",
    anticoag="Dalteparin (Fragmine 12 500 UI/j) for a DVT → present; 'Pas d'antiagrégant' → absent",
    not_current=["M05BA08"],
    blocks=[
        ("hdr", ["HÔPITAL DE BELRUPT-EN-ARGONNE",
                 "Unité de Soins Palliatifs – Équipe mobile de soins palliatifs",
                 "Dr Sylvie THOUVENOT",
                 "Tél. USP : 03 00 00 59 02"]),
        ("p", "Belrupt, le 20/11/2026"),
        ("p", "Objet : Mme Ginette HUMBLOT, 83 ans – demande d'avis RCP métastases osseuses"),
        ("p", "Chère Consœur, Cher Confrère,"),
        ("p", "Nous accueillons Mme Humblot dans l'unité depuis le 02/11/2026 pour la prise en charge d'une "
              "maladie osseuse métastatique diffuse d'un adénocarcinome de primitif inconnu. La biopsie "
              "iliaque du 14/10/2026 a montré un adénocarcinome CK7+, CK20−, TTF1−, GATA3−, RE négatif ; le "
              "bilan (TEP-scanner, mammographie, endoscopies) n'a pas retrouvé de primitif."),
        ("p", "La maladie a été révélée début octobre 2026 par une hypercalcémie à 3,4 mmol/l avec confusion, "
              "corrigée par hydratation et une perfusion unique de Zometa 4 mg le 08/10/2026. Pas de "
              "traitement anti-résorptif depuis."),
        ("p", "Compte tenu de l'âge, de l'état général (OMS 3) et des comorbidités, la décision collégiale "
              "prise avec l'oncologue le 15/10/2026 a été de ne pas proposer de traitement spécifique : la "
              "patiente relève de soins de support exclusifs. Une radiothérapie antalgique du sacrum (8 Gy en "
              "une fraction) a été réalisée le 22/10/2026, avec un bénéfice partiel."),
        ("p", "Une thrombose veineuse profonde fémorale gauche a été diagnostiquée le 28/10/2026 et est "
              "traitée par daltéparine (Fragmine 12 500 UI/j en sous-cutané). Pas d'antiagrégant plaquettaire."),
        ("p", "Sur le plan douloureux : douleurs polytopiques du bassin et du rachis lombaire, majorées aux "
              "mobilisations et lors des soins, avec une composante neuropathique (brûlures de la fesse et de "
              "la face postérieure de la cuisse droites, DN4 à 6/10). Sous traitement, l'EN est à 4/10 au "
              "repos, contre 8/10 à l'entrée."),
        ("p", "Traitement actuel :"),
        ("ul", ["Durogesic 50 µg/h, un patch tous les 3 jours",
                "Abstral 100 µg en cas d'accès douloureux (2 à 3 par jour)",
                "Laroxyl 10 gouttes le soir",
                "Dectancyl 4 mg le matin",
                "Fragmine 12 500 UI/j SC",
                "Movicol 2 sachets/j",
                "Imovane 7,5 mg le soir"], "-"),
        ("p", "L'espérance de vie est estimée à quelques semaines à quelques mois. La patiente et sa fille "
              "souhaitent un retour à domicile."),
        ("p", "Question : une nouvelle radiothérapie antalgique en fraction unique de l'hémibassin droit et de "
              "L5-S1 est-elle envisageable, compatible avec ce projet de retour à domicile ?"),
        ("p", "Merci de votre avis. Bien confraternellement,"),
        ("sig", ["Dr S. Thouvenot"]),
    ],
    gold=dict(sex="F", age=83,
              tumor=("present", "unknown_primary", "adenocarcinoma", {"ER": "negative"}),
              bone=("present", ["hypercalcemia"], True),
              pain=("present", ["mechanical", "neuropathic"], 4),
              meds=("present", ["N02AB03", "N06AA09", "H02AB02", "B01AB04", "A06AD65", "N05CF01"]),
              local=("present", ["radiotherapy"]),
              bta=("absent", []),
              anticoag=("present", ["B01AB04"]),
              antiplat=("absent", []),
              prog=("present", "ecog", 3),
              project=("present", "supportive")),
)

# w13 -------------------------------------------------------------------------
letter(
    id="w13", fmt="docx", date=date(2026, 11, 6), dob=date(1968, 12, 17),
    author="Structured request form (CHU de Saint-Aubrac), filled by a medical oncologist",
    exercises="DOCX form in a table with ☒/☐; age from birth date (birthday in December); pain ticked 'Oui' "
              "with a score but no type ticked (incomplete); RT and cementoplasty both ticked; denosumab "
              "ticked; unticked options must not count; ER+ PR− HER2−",
    anticoag="'Anticoagulant : ☐ Oui ☒ Non' → absent; dual antiplatelet therapy Kardégic + Brilique → present",
    not_current=[],
    blocks=[
        ("hdr", ["CHU DE SAINT-AUBRAC – Pôle de Cancérologie",
                 "FICHE DE DEMANDE DE PASSAGE EN RCP MÉTASTASES OSSEUSES",
                 "À retourner au secrétariat de la RCP au plus tard le mardi 12 h – rcp-os@chu-saint-aubrac.fr (fictif)"]),
        ("table", [
            ["Rubrique", "Renseignements"],
            ["Date de la demande", "06/11/2026"],
            ["Médecin demandeur", "Dr Camille ROUX-DELBOS – Oncologie médicale, CH de Vernazac"],
            ["Nom / Prénom", "MARCHETTI Sandrine"],
            ["Sexe", "☐ M   ☒ F"],
            ["Date de naissance", "17/12/1968"],
            ["Tumeur primitive", "Sein droit, diagnostiqué en 2019"],
            ["Histologie", "Carcinome lobulaire infiltrant"],
            ["Biomarqueurs", "RE 95 %, RP 0 %, HER2 négatif (score 0)"],
            ["Circonstances de découverte des lésions osseuses",
             "☐ Douleur  ☐ Fracture pathologique  ☐ Compression médullaire / déficit  ☐ Hypercalcémie  "
             "☒ Imagerie de bilan ou de surveillance  ☐ Découverte fortuite  ☐ Autre"],
            ["Date de découverte", "06/2025"],
            ["Sites osseux", "T5, T9, bassin, col fémoral gauche, côtes"],
            ["Douleur", "☒ Oui  ☐ Non\nType : ☐ mécanique  ☐ nocturne  ☐ neuropathique  ☐ inflammatoire\n"
                        "EVA / EN : 3/10"],
            ["Traitement oncologique en cours",
             "Fulvestrant (Faslodex) 500 mg/mois + abémaciclib (Verzenios) 150 mg x 2/j depuis 07/2025"],
            ["Traitements locaux antérieurs sur l'os",
             "☒ Radiothérapie (T9, 8 Gy, 09/2025)  ☐ Chirurgie  ☒ Cimentoplastie (T5, 10/2025)  "
             "☐ Ablation  ☐ Aucun"],
            ["Traitement ostéo-protecteur",
             "☐ Aucun  ☐ Acide zolédronique  ☒ Dénosumab  ☐ Autre – depuis 07/2025"],
            ["Anticoagulant", "☐ Oui   ☒ Non      Lequel : –"],
            ["Antiagrégant plaquettaire",
             "☒ Oui   ☐ Non      Lequel : Kardégic 75 mg + Brilique 90 mg x 2/j (stent actif 03/2026)"],
            ["Autres traitements", "Tahor 40 mg, bisoprolol 2,5 mg, Doliprane 1 g si besoin, Cacit D3"],
            ["Performance status (OMS)", "☐ 0  ☒ 1  ☐ 2  ☐ 3  ☐ 4"],
            ["Espérance de vie estimée", "> 12 mois"],
            ["Intention du traitement", "☐ Curative   ☒ Palliative"],
            ["Question posée",
             "Progression de la lésion du col fémoral gauche (lyse corticale de 30 mm) : chirurgie "
             "prophylactique ou radiothérapie ? Gestion de la double antiagrégation en cas de chirurgie."],
        ], [60, 110]),
        ("p", "Signature du médecin demandeur : Dr C. Roux-Delbos"),
    ],
    gold=dict(sex="F", age=57,
              tumor=("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
              bone=("present", ["staging_imaging"], True),
              pain=("present", [], 3),
              meds=("present", ["L02BA03", "L01EF03", "M05BX04", "B01AC06", "B01AC24", "C10AA05", "C07AB07", "N02BE01", "A12AX"]),
              local=("present", ["radiotherapy", "cementoplasty"]),
              bta=("present", ["M05BX04"]),
              anticoag=("absent", []),
              antiplat=("present", ["B01AC06", "B01AC24"]),
              prog=("present", "ecog", 1),
              project=("present", "palliative")),
)

# w14 -------------------------------------------------------------------------
letter(
    id="w14", fmt="pdf", date=date(2026, 11, 27), dob=date(1959, 11, 29),
    author="Structured request form (Groupe Hospitalier Nord-Vendelais), 'Label : value' lines",
    exercises="PDF form with 'Label : value' lines; age from birth date (birthday two days after the form); "
              "small-cell lung cancer with 'Biomarqueurs : non applicable'; pathological humeral fracture; "
              "'Traitement local antérieur : aucun' (sling is not a local treatment); bone agent 'non'; "
              "OMS and life expectancy left blank (prognosis unknown); chemo-immunotherapy current",
    anticoag="'Anticoagulant : oui – Lixiana 60 mg/j' → edoxaban present; 'Antiagrégant : non' → absent",
    not_current=[],
    blocks=[
        ("hdr", ["GROUPE HOSPITALIER NORD-VENDELAIS",
                 "RCP Métastases osseuses – Formulaire de présentation de dossier",
                 "Tous les champs sont obligatoires"]),
        ("kv", [("Date de la demande", "27/11/2026"),
                ("Médecin référent", "Dr Étienne VACHON-MOREAU (pneumo-oncologie, site de Lormes-la-Forêt)"),
                ("Nom", "LEBRETON"),
                ("Prénom", "Francis"),
                ("Sexe", "M"),
                ("Date de naissance", "29/11/1959"),
                ("Tumeur primitive", "poumon (lobe supérieur gauche)"),
                ("Histologie", "carcinome à petites cellules"),
                ("Biomarqueurs", "non applicable"),
                ("Date du diagnostic", "08/10/2026"),
                ("Circonstances de découverte osseuse",
                 "fracture pathologique du col chirurgical de l'humérus gauche (chute de sa hauteur le 02/10/2026)"),
                ("Sites osseux", "humérus gauche, T11, L2, bassin"),
                ("Douleur", "oui – mécanique (mobilisation de l'épaule) – EN 4/10"),
                ("Traitement local antérieur", "aucun (immobilisation coude au corps)"),
                ("Traitement oncologique en cours",
                 "carboplatine – étoposide – atézolizumab, C2 le 19/11/2026"),
                ("Intention", "palliative"),
                ("Traitement anti-résorptif (bisphosphonate / dénosumab)", "non"),
                ("Anticoagulant", "oui – Lixiana 60 mg/j (FA paroxystique)"),
                ("Antiagrégant", "non"),
                ("Autres traitements", "Oxynorm 5 mg si besoin, Doliprane 1 g x 4/j, Inexium 40 mg, Xanax 0,25 mg le soir"),
                ("OMS", ""),
                ("Espérance de vie estimée", ""),
                ("Question posée",
                 "Ostéosynthèse de l'humérus gauche ou radiothérapie seule ? Risque fracturaire de T11 "
                 "(lyse du pédicule droit) ?"),
                ("Signature", "Dr É. Vachon-Moreau")]),
    ],
    gold=dict(sex="M", age=66,
              tumor=("present", "lung", "small_cell_carcinoma", {}),
              bone=("present", ["pathological_fracture"], True),
              pain=("present", ["mechanical"], 4),
              meds=("present", ["L01XA02", "L01CB01", "L01FF05", "B01AF03", "N02AA05", "N02BE01", "A02BC05", "N05BA12"]),
              local=("absent", []),
              bta=("absent", []),
              anticoag=("present", ["B01AF03"]),
              antiplat=("absent", []),
              prog=("unknown", "ecog", None),
              project=("present", "palliative")),
)


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------
def render_txt(lt: dict) -> bytes:
    out: list[str] = []

    def para(text):
        for line in text.split("\n"):
            out.extend(textwrap.wrap(line, 92) or [""])

    for b in lt["blocks"]:
        kind = b[0]
        if kind == "hdr":
            out.extend(b[1])
        elif kind == "h":
            out.append(b[1])
            continue
        elif kind == "p":
            para(b[1])
        elif kind == "ul":
            for item in b[1]:
                prefix = (b[2] + " ") if b[2].strip() else ""
                wrapped = textwrap.wrap(item, 90 - len(prefix)) or [""]
                out.append(prefix + wrapped[0])
                out.extend(" " * len(prefix) + w for w in wrapped[1:])
        elif kind == "table":
            for row in b[1]:
                out.append(" | ".join(c.replace("\n", " ; ") for c in row))
        elif kind == "kv":
            for k, v in b[1]:
                out.append(f"{k} : {v}".rstrip())
        elif kind == "sig":
            out.extend(b[1])
        out.append("")
    text = "\n".join(out).rstrip("\n") + "\n"
    if lt.get("crlf"):
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def render_pdf(lt: dict) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_producer("corpus11")
    pdf.set_creator("corpus11")
    pdf.set_author("")
    pdf.set_title(f"Courrier {lt['id']}")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    nl = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for b in lt["blocks"]:
        kind = b[0]
        if kind == "hdr":
            for i, line in enumerate(b[1]):
                pdf.set_font("DejaVu", "B" if i == 0 else "", 11 if i == 0 else 9)
                pdf.multi_cell(w, 5, line, **nl)
            pdf.ln(6)
        elif kind == "h":
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 6, b[1], **nl)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(w, 5, b[1], **nl)
            pdf.ln(2)
        elif kind == "ul":
            pdf.set_font("DejaVu", "", 10)
            for item in b[1]:
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(w - 4, 5, f"{b[2]} {item}".strip(), **nl)
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(col_widths=tuple(b[2]), text_align="LEFT", line_height=5,
                           first_row_as_headings=True) as table:
                for row in b[1]:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(3)
        elif kind == "kv":
            for k, v in b[1]:
                pdf.set_font("DejaVu", "B", 10)
                label = f"{k} : "
                pdf.write(6, label)
                pdf.set_font("DejaVu", "", 10)
                pdf.write(6, v if v else "")
                pdf.ln(7)
        elif kind == "sig":
            pdf.set_font("DejaVu", "", 10)
            pdf.ln(4)
            for line in b[1]:
                pdf.multi_cell(w, 5, line, **nl)
    if pdf.page_no() > 3:
        raise ContractError(f"{lt['id']}: {pdf.page_no()} pages")
    return bytes(pdf.output())


def render_docx(lt: dict) -> bytes:
    import docx
    from docx.shared import Pt, Mm

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = f"Courrier {lt['id']}"
    cp.created = cp.modified = cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    for b in lt["blocks"]:
        kind = b[0]
        if kind == "hdr":
            for i, line in enumerate(b[1]):
                p = d.add_paragraph()
                run = p.add_run(line)
                run.bold = i == 0
                p.paragraph_format.space_after = Pt(0)
            d.add_paragraph()
        elif kind == "h":
            p = d.add_paragraph()
            run = p.add_run(b[1])
            run.bold = True
            run.underline = True
            p.paragraph_format.space_after = Pt(2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = cell
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
                    c.width = Mm(b[2][j])
            d.add_paragraph()
        elif kind == "kv":
            for k, v in b[1]:
                p = d.add_paragraph()
                p.add_run(f"{k} : ").bold = True
                p.add_run(v)
        elif kind == "sig":
            for line in b[1]:
                d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and order so DOCX bytes are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 28, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(name))
    return out.getvalue()


RENDER = {"txt": render_txt, "pdf": render_pdf, "docx": render_docx}


def main() -> int:
    atc = load_atc()
    ids = [lt["id"] for lt in LETTERS]
    if ids != [f"w{i:02d}" for i in range(1, 15)]:
        raise ContractError(f"ids {ids}")
    fmts = [lt["fmt"] for lt in LETTERS]
    for f in ("txt", "docx", "pdf"):
        if fmts.count(f) < 4:
            raise ContractError(f"fewer than 4 {f} letters")
    golds = {}
    for lt in LETTERS:
        gkw = dict(lt["gold"])
        g = gold(lt["id"], gkw.pop("sex"), gkw.pop("age"), **gkw)
        check_gold(lt, g, atc)
        golds[lt["id"]] = g
    LETTERS_DIR.mkdir(parents=True, exist_ok=True)
    GOLD_DIR.mkdir(parents=True, exist_ok=True)
    for old in list(LETTERS_DIR.iterdir()) + list(GOLD_DIR.iterdir()):
        old.unlink()
    for lt in LETTERS:
        (LETTERS_DIR / f"{lt['id']}.{lt['fmt']}").write_bytes(RENDER[lt["fmt"]](lt))
        (GOLD_DIR / f"{lt['id']}.json").write_text(
            json.dumps(golds[lt["id"]], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and gold records to {HERE}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except ContractError as e:
        sys.exit(f"CONTRACT VIOLATION: {e}")
