#!/usr/bin/env python3
"""Blind held-out corpus 63: re-referrals to the bone-metastasis RCP.

Holds every letter (text) and its gold record as Python data, derives the
gold gaps from the spec's gap rule (one function), checks every gold
against the contract (shared/spec/rcp-request.md) and writes letters/ and
gold/ byte-identically on every run.

    /work/main/.venv/bin/python tests/corpus63/make_letters.py   (from /work/main)
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

from PIL import ImageFont

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = ROOT.parent / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")
ATC_TSV = SHARED / "spec" / "atc-reference.tsv"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIXED_PDF_DATE = "D:20261201090000+01'00'"
PRODUCER = "corpus63 letter writer"
ZIP_DATE = (2026, 12, 1, 9, 0, 0)

# --------------------------------------------------------------------------
# contract
# --------------------------------------------------------------------------
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
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


def load_atc():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        code, dci, brands = parts[0].strip(), parts[1].strip(), parts[4].strip() if len(parts) > 4 else ""
        names = [dci] + [b.strip() for b in brands.split(",") if b.strip()]
        rows[code] = names
    return rows


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def derive_gaps(g: dict) -> list:
    """The spec's gap rule, applied to the gold values."""
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


def age_at(birth: str, date: str) -> int:
    b = dt.datetime.strptime(birth, "%d/%m/%Y").date()
    d = dt.datetime.strptime(date, "%d/%m/%Y").date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


class Violation(Exception):
    pass


def check(letter: dict, gold: dict, atc: dict) -> None:
    lid = letter["id"]

    def fail(msg):
        raise Violation(f"{lid}: {msg}")

    text = letter_text(letter)
    ftext = fold(text)
    if gold["id"] != lid:
        fail("id differs from stem")
    p = gold["patient"]
    if p["sex"] not in ("F", "M"):
        fail("sex")
    if not isinstance(p["age"], int) or not 18 <= p["age"] <= 110:
        fail("age")
    if letter.get("birth"):
        if letter["birth"] not in text or letter["date"] not in text:
            fail("birth date or letter date not written in the letter")
        if age_at(letter["birth"], letter["date"]) != p["age"]:
            fail(f"age {p['age']} != recomputed {age_at(letter['birth'], letter['date'])}")
    elif not re.search(rf"\b{p['age']} ans\b", text):
        fail("age not written in the letter and no birth date")
    for item, allowed in ALLOWED_STATUS.items():
        if gold[item]["status"] not in allowed:
            fail(f"{item} status {gold[item]['status']} not allowed")
    pt = gold["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail("primaryTumor unknown but values")
    if pt["site"] is not None and pt["site"] not in SITES:
        fail("site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail("histology code")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIORESULTS:
            fail(f"biomarker {k}={v}")
    bd = gold["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCUMSTANCES:
        fail("circumstance code")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail("boneDiagnosis unknown with values")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail("boneDiagnosis present without circumstance")
    if not isinstance(bd["dated"], bool):
        fail("dated must be bool")
    pain = gold["pain"]
    if not set(pain["types"]) <= PAIN_TYPES:
        fail("pain type code")
    if pain["status"] in ("absent", "unknown") and (pain["types"] or pain["intensity"] not in (None, 0)):
        fail("pain absent/unknown with types or intensity")
    if pain["intensity"] is not None and not (isinstance(pain["intensity"], int) and 0 <= pain["intensity"] <= 10):
        fail("pain intensity")
    if pain["intensity"] is not None and not re.search(rf"\b{pain['intensity']}\s*/\s*10|EVA\s*(?:à|a|=|:)?\s*{pain['intensity']}\b|EN\s*(?:à|a|=|:)?\s*{pain['intensity']}\b", text):
        fail("pain intensity not written in the letter")
    pl = gold["priorLocalTreatments"]
    if not set(pl["types"]) <= LOCAL_TYPES:
        fail("local treatment type code")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        fail("priorLocalTreatments absent/unknown with types")
    if pl["status"] == "present" and not pl["types"]:
        fail("priorLocalTreatments present without type")
    cm = gold["currentMedications"]
    for c in cm["atc"]:
        if c not in atc:
            fail(f"ATC {c} not in atc-reference.tsv")
        if not any(fold(n) in ftext for n in atc[c]):
            fail(f"ATC {c} ({atc[c]}) named nowhere in the letter")
    if cm["atc"] != sorted(set(cm["atc"])):
        fail("currentMedications.atc must be sorted and unique")
    if cm["status"] != "present" and cm["atc"]:
        fail("currentMedications not present but codes")
    if "N02AJ06" in cm["atc"] and "N02BE01" in cm["atc"] and letter.get("paracetamol_alone") is not True:
        fail("codeine+paracetamol combination also coded as paracetamol")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = gold[sec]
        for c in s["atc"]:
            if c not in atc:
                fail(f"{sec} ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                fail(f"{sec} holds {c}, outside its ATC groups")
            if not any(fold(n) in ftext for n in atc[c]):
                fail(f"{sec} ATC {c} named nowhere in the letter")
        if s["atc"] != sorted(set(s["atc"])):
            fail(f"{sec}.atc must be sorted and unique")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            fail(f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(cm["atc"])
            if missing:
                fail(f"{sec} agents {missing} not in currentMedications")
        if s["status"] == "uncertain":
            doubtful = set(s["atc"]) & set(cm["atc"])
            if doubtful:
                fail(f"{sec} uncertain agents {doubtful} listed as current")
    # every current code of an agent group must sit in its section
    for c in cm["atc"]:
        for sec, prefixes in AGENT_PREFIXES.items():
            if c.startswith(prefixes) and c not in gold[sec]["atc"]:
                fail(f"current {c} missing from {sec}")
    pr = gold["prognosis"]
    keys = set(pr) - {"status"}
    if keys not in ({"ecog"}, {"kps"}):
        fail("prognosis must hold exactly one of ecog / kps")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 5):
        fail("ecog")
    if pr.get("kps") is not None and (pr["kps"] % 10 or not 0 <= pr["kps"] <= 100):
        fail("kps")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        fail("prognosis unknown with a score")
    tp = gold["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail("intent code")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        fail("therapeuticProject unknown with intent")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] and intent_words[tp["intent"]] not in ftext:
        fail("intent not written in the letter")
    if gold["gaps"] != derive_gaps(gold):
        fail("gaps differ from the gap rule")
    for item, kind in gold["gaps"]:
        if item == "antiplatelets" or item not in ITEMS9:
            fail("gap on an item outside the nine")
    if set(gold) != {"id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
                     "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation", "antiplatelets",
                     "prognosis", "therapeuticProject", "gaps"}:
        fail("gold keys")


# --------------------------------------------------------------------------
# gold builder
# --------------------------------------------------------------------------
def G(lid, sex, age, *, tumor=("unknown", None, None, {}), bone=("unknown", [], False),
      pain=("unknown", [], None), meds=("unknown", []), local=("unknown", []),
      btt=("unknown", []), anticoag=("unknown", []), aap=("unknown", []),
      ecog=None, kps=None, prog_status=None, project=("unknown", None)):
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": tumor[0], "site": tumor[1], "histology": tumor[2], "biomarkers": dict(tumor[3])},
        "boneDiagnosis": {"status": bone[0], "circumstances": sorted(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": aap[0], "atc": sorted(aap[1])},
    }
    if kps is not None:
        g["prognosis"] = {"status": prog_status or "present", "kps": kps}
    else:
        g["prognosis"] = {"status": prog_status or ("present" if ecog is not None else "unknown"), "ecog": ecog}
    g["therapeuticProject"] = {"status": project[0], "intent": project[1]}
    g["gaps"] = derive_gaps(g)
    return g


# --------------------------------------------------------------------------
# letters
# --------------------------------------------------------------------------
LETTERS = []


def L(**kw):
    LETTERS.append(kw)


# zzk01 -- medical oncologist, Grenoble, text PDF ---------------------------
L(id="zzk01", fmt="pdf", birth="14/07/1961", date="05/11/2026", blocks=[
    "Institut de Cancérologie du Grésivaudan",
    "Service d'Oncologie Médicale - Dr Hélène VARNIER",
    "12 avenue des Maquis-du-Vercors, 38240 Meylan - Secr. 04 76 90 41 27",
    "",
    "Meylan, le 05/11/2026",
    "",
    "A l'attention des membres de la RCP Métastases osseuses - Grenoble",
    "",
    ("b", "Objet : REPRÉSENTATION - Mme Odile FAVRAUD, née le 14/07/1961"),
    "",
    "Chers collègues,",
    "",
    "Je vous soumets à nouveau le dossier de Mme Favraud, déjà discutée lors de la RCP du 12/03/2026, "
    "pour un nouvel événement osseux.",
    "",
    ("b", "Rappel"),
    "Carcinome canalaire infiltrant du sein gauche, grade II, RE 90 %, RP 40 %, HER2 score 1+ (non amplifié), "
    "traité en 2019 par tumorectomie, curage et radiothérapie mammaire, puis tamoxifène 5 ans (arrêté en 2024). "
    "Rechute osseuse découverte sur le TEP-TDM de bilan d'extension réalisé en janvier 2026 devant une "
    "remontée du CA 15-3 : lésions de L3, du sacrum et de l'aile iliaque droite.",
    "",
    "Conclusion de la RCP du 12/03/2026 (reprise telle quelle) :",
    "« Radiothérapie antalgique L3 8 Gy en fraction unique. Poursuite ribociclib + létrozole. "
    "Introduction du dénosumab après bilan bucco-dentaire. Pas d'indication chirurgicale. "
    "Représentation si nouvel événement. »",
    "",
    ("b", "Depuis"),
    "La radiothérapie de L3 a été réalisée le 20/03/2026 avec un bon effet antalgique. "
    "Le dénosumab (Xgeva 120 mg/4 semaines) a été débuté en avril. Il est SUSPENDU depuis le 02/10/2026 "
    "à la demande de son dentiste en vue d'avulsions dentaires multiples (extractions prévues courant "
    "novembre) ; la date de reprise reste à fixer avec le chirurgien-dentiste.",
    "",
    "Depuis 3 semaines, apparition de douleurs de la hanche droite, à l'appui et à la marche, "
    "sans réveil nocturne, cotées EVA 5/10 sous paracétamol. La radiographie puis le scanner du bassin "
    "(28/10/2026) montrent une lésion lytique du cotyle droit sans fracture, non visible en mars.",
    "",
    ("b", "Traitement actuel"),
    "- Kisqali (ribociclib) 600 mg/j 3 semaines sur 4",
    "- Femara (létrozole) 2,5 mg/j",
    "- Doliprane 1 g jusqu'à 3x/j",
    "- Cacit D3 1 sachet/j",
    "- Xgeva : suspendu (cf. ci-dessus)",
    "Pas de traitement anticoagulant.",
    "",
    "Etat général conservé, ECOG 1. Situation métastatique, prise en charge palliative.",
    "",
    ("b", "Question posée à la RCP"),
    "Indication d'une radiothérapie du cotyle droit et/ou d'un geste de consolidation (cimentoplastie) ? "
    "Délai de reprise du dénosumab après les extractions ?",
    "",
    "Bien confraternellement,",
    "Dr H. Varnier",
])
GOLD = {}
GOLD["zzk01"] = G("zzk01", "F", 65,
    tumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
    bone=("present", ["staging_imaging"], True),
    pain=("present", ["mechanical"], 5),
    meds=("present", ["L01EF02", "L02BG04", "N02BE01", "A12AX"]),
    local=("present", ["radiotherapy"]),
    btt=("absent", []),
    anticoag=("absent", []),
    ecog=1, project=("present", "palliative"))

# zzk02 -- pneumologist, Clermont-Ferrand, DOCX --------------------------------
L(id="zzk02", fmt="docx", blocks=[
    ("b", "Centre Hospitalier de Chamalières-Dômes - Service de Pneumologie"),
    "Dr Lucien ARNAUDET - Dr Margaux PEYRONNET",
    "Tél. secrétariat : 04 73 31 58 02",
    "",
    "Clermont-Ferrand, le 09/11/2026",
    "",
    ("b", "Demande de rediscussion en RCP Métastases osseuses (suite RCP du 18/06/2026)"),
    "",
    "Patient : M. Gérard TOURNADRE, 58 ans",
    "",
    "Cher confrère,",
    "",
    "Je vous remercie de bien vouloir rediscuter le dossier de M. Tournadre, 58 ans, que nous vous "
    "avions présenté le 18/06/2026.",
    "",
    ("b", "Histoire"),
    "Adénocarcinome pulmonaire LID, EGFR muté (délétion exon 19), ALK non réarrangé, PD-L1 5 %, "
    "diagnostiqué en février 2026 à l'occasion de lombalgies rebelles évoluant depuis 2 mois "
    "(lésion lytique de L2 avec recul du mur postérieur). Ancien fumeur 30 PA, sevré.",
    "Suite à la RCP du 18/06, une cimentoplastie de L2 a été réalisée le 03/07/2026 (Dr Sauvat, "
    "radiologie interventionnelle) avec bonne efficacité.",
    "",
    ("b", "Evénements depuis la dernière RCP"),
    "- Embolie pulmonaire segmentaire droite le 21/07/2026 : traitée initialement par Lovenox 8000 UI x2/j, "
    "relayé le 15/09/2026 par apixaban (Eliquis 5 mg x2/j) ; le Lovenox est arrêté.",
    "- Scanner TAP du 28/10/2026 : réponse maintenue en pulmonaire, mais nouvelle lésion lytique de T8 "
    "avec épidurite postérieure, sans compression médullaire. Pas de déficit neurologique à l'examen.",
    "- Douleurs dorsales en ceinture à type de brûlures depuis 3 semaines, avec réveils nocturnes. "
    "EVA 6/10 ce jour malgré la majoration de la morphine.",
    "",
    ("b", "Traitement en cours"),
    ("table", [
        ["Médicament", "Posologie", "Depuis"],
        ["Tagrisso (osimertinib)", "80 mg/j", "03/2026"],
        ["Eliquis (apixaban)", "5 mg matin et soir", "15/09/2026"],
        ["Xgeva (dénosumab)", "120 mg SC / 4 sem", "07/2026"],
        ["Skenan LP", "30 mg x2/j", "10/2026"],
        ["Actiskenan", "10 mg si besoin, max 4/j", "10/2026"],
        ["Lyrica (prégabaline)", "75 mg x2/j", "10/2026"],
        ["Inexium", "20 mg/j", ""],
    ]),
    "",
    "PS 1. Poids stable.",
    "Projet : poursuite de l'osimertinib, la progression étant limitée à T8.",
    "",
    ("b", "Question"),
    "Radiothérapie (stéréotaxique ?) de T8 compte tenu de l'épidurite ? Avis neurochirurgical ?",
    "",
    "Confraternellement,",
    "Dr L. Arnaudet",
])
GOLD["zzk02"] = G("zzk02", "M", 58,
    tumor=("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "positive"}),
    bone=("present", ["pain"], True),
    pain=("present", ["neuropathic", "nocturnal"], 6),
    meds=("present", ["L01EB04", "B01AF02", "M05BX04", "N02AA01", "N03AX16", "A02BC05"]),
    local=("present", ["cementoplasty"]),
    btt=("present", ["M05BX04"]),
    anticoag=("present", ["B01AF02"]),
    ecog=1, project=("present", None))

# zzk03 -- general practitioner, Grenoble area, TXT (UTF-8) -----------------
L(id="zzk03", fmt="txt", encoding="utf-8", newline="\n", blocks=[
    "Dr Bernard CHAMPOLLION-REY",
    "Médecin généraliste",
    "5 place de la Mairie 38320 Eybens",
    "tel 04 76 25 63 90",
    "",
    "Eybens le 16 novembre 2026",
    "",
    "A l'attention du Dr Perrier-Lugand, oncologie, et de la RCP métastases osseuses",
    "",
    "Cher confrère,",
    "",
    "Je me permets de vous readresser M. Marcel BOUVARD, 85 ans, que vous aviez présenté à votre "
    "RCP osseuse au mois de mai dernier, pour son cancer de la prostate (adénocarcinome Gleason 8 (4+4) "
    "diagnostiqué en 2024, avec des métastases osseuses du bassin et du rachis vues sur le bilan d'extension "
    "à l'époque).",
    "",
    "Pour mémoire la RCP de mai avait proposé une radiothérapie du bassin. Elle n'a finalement jamais été "
    "faite : le patient ne s'est pas présenté au rendez-vous de centrage (problème de transport, il vit seul).",
    "",
    "Le 19/09 il a chuté à domicile avec fracture du col du fémur droit sur lésion secondaire. Il a été opéré "
    "le 21/09 à la Clinique des Trois-Pucelles (prothèse intermédiaire de hanche, Dr Vigier). Suites simples, "
    "sortie en SSR puis retour à domicile le 30/10.",
    "",
    "Actuellement il marche avec un déambulateur, il reste douloureux de la hanche à la mobilisation et "
    "au lever du fauteuil, moins au repos. Je n'ai pas d'échelle précise, il dit que ça va mieux qu'avant "
    "l'opération.",
    "Le dernier PSA est remonté à 14 ng/ml (contre 3,2 en avril).",
    "",
    "Son traitement :",
    "ELIGARD 45 mg tous les 6 mois (dernière inj. en août)",
    "XTANDI 160 mg/j",
    "PREVISCAN 20 mg 3/4 cp le soir pour ACFA (relais par Lovenox pendant l'hospit puis repris le Préviscan à la sortie, INR ok)",
    "CARDENSIEL 2,5 mg",
    "DOLIPRANE 1g 3 fois par jour",
    "",
    "Je ne sais pas s'il a reçu du Prolia ou du Xgeva à l'hôpital, il me semble que l'oncologue en avait "
    "parlé, à vérifier dans votre dossier.",
    "",
    "Je souhaiterais savoir s'il faut reprogrammer la radiothérapie, et organiser un transport (VSL) si besoin.",
    "",
    "Bien confraternellement",
    "",
    "Dr Champollion-Rey",
])
GOLD["zzk03"] = G("zzk03", "M", 85,
    tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    bone=("present", ["staging_imaging"], True),
    pain=("present", ["mechanical"], None),
    meds=("present", ["L02AE02", "L02BB04", "B01AA12", "C07AB07", "N02BE01"]),
    local=("present", ["surgery"]),
    btt=("uncertain", ["M05BX04"]),
    anticoag=("present", ["B01AA12"]),
    project=("present", None))

# zzk04 -- radiation oncologist, Clermont-Ferrand, text PDF -----------------
L(id="zzk04", fmt="pdf", birth="02/02/1955", date="10/11/2026", blocks=[
    "CENTRE DE RADIOTHÉRAPIE DU PUY-DE-DÔME NORD",
    "Dr Aurélien MASSEBEUF - Oncologue radiothérapeute",
    "27 rue de l'Oradou, 63000 Clermont-Ferrand - Tél. 04 73 44 17 85",
    "",
    "Clermont-Ferrand, le 10/11/2026",
    "",
    "RCP Métastases osseuses - fiche de représentation",
    "",
    "Patient : M. Jean-Claude ROUGIER     Né le : 02/02/1955",
    "Médecin traitant : Dr Faure (Riom)     Oncologue référent : Dr Estival",
    "",
    ("b", "ANTÉCÉDENTS"),
    "HTA, diabète de type 2 non insulino-requérant, cardiopathie ischémique stentée en 2019. "
    "Hernie discale L5-S1 ancienne.",
    "",
    ("b", "HISTOIRE ONCOLOGIQUE"),
    "Néphrectomie élargie gauche en 2021 : carcinome rénal à cellules claires, grade ISUP 3, pT3a N0. "
    "Surveillance. En mars 2026, IRM lombaire demandée par le rhumatologue pour sa lombosciatique "
    "discale : découverte fortuite d'une lésion de T11 ; biopsie : métastase du carcinome à cellules claires. "
    "Le bilan ne retrouvait pas d'autre localisation.",
    "",
    "Conclusion de la RCP du 04/09/2026 : « Lésion unique de T11. Radiothérapie stéréotaxique T11 "
    "27 Gy en 3 fractions, puis réévaluation en RCP à 2 mois. Pas de traitement systémique dans "
    "l'immédiat. »",
    "",
    ("b", "DEPUIS"),
    "SBRT T11 réalisée du 15/09 au 22/09/2026, bien tolérée. Le TEP-FDG de contrôle du 30/10/2026 montre une "
    "réponse métabolique de T11 mais une nouvelle lésion hypermétabolique de l'aile iliaque gauche (15 mm). "
    "Devant ce deuxième site, l'oncologue référent a débuté le cabozantinib (Cabometyx 40 mg/j) le 04/11/2026.",
    "",
    "Patient totalement indolore, aucun antalgique.",
    "Pas de traitement anti-résorptif à ce jour (l'acide zolédronique avait été évoqué, non débuté).",
    "Pas d'anticoagulant. Antiagrégant : Kardégic 75 mg (stent).",
    "",
    ("b", "TRAITEMENT HABITUEL"),
    "Cabometyx 40 mg/j - Kardégic 75 mg/j - Triatec 5 mg/j - Tahor 20 mg/j - Glucophage 1000 mg x2/j",
    "",
    "Karnofsky 90 %.",
    "Le projet reste à visée curative (maladie oligométastatique, 2 sites).",
    "",
    ("b", "QUESTION"),
    "Radiothérapie stéréotaxique de la lésion iliaque gauche ? Intérêt d'un anti-résorptif ?",
    "",
    "Dr A. Massebeuf",
])
GOLD["zzk04"] = G("zzk04", "M", 71,
    tumor=("present", "kidney", "clear_cell_carcinoma", {}),
    bone=("present", ["incidental_imaging"], True),
    pain=("absent", [], None),
    meds=("present", ["L01EX07", "B01AC06", "C09AA05", "C10AA05", "A10BA02"]),
    local=("present", ["radiotherapy"]),
    btt=("absent", []),
    anticoag=("absent", []),
    aap=("present", ["B01AC06"]),
    kps=90, project=("present", "curative"))

# zzk05 -- thoracic oncologist, Grenoble, DOCX ------------------------------
L(id="zzk05", fmt="docx", blocks=[
    ("b", "Hôpital Universitaire des Alpes-Dauphiné - Clinique de Pneumologie et Oncologie thoracique"),
    "Dr Claire MONTGILBERT, praticien hospitalier - Tél. 04 76 68 20 14 - Fax 04 76 68 20 15",
    "",
    "Grenoble, le 13/11/2026",
    "",
    ("b", "RCP Métastases osseuses - Rediscussion"),
    "Mme Yvette CHAPUIS-BLANC, 67 ans",
    "",
    ("b", "Motif"),
    "Patiente déjà présentée le 16/04/2026 puis le 02/07/2026. Représentée pour une nouvelle "
    "radiculalgie et une progression rachidienne.",
    "",
    ("b", "Résumé"),
    "Carcinome épidermoïde du lobe inférieur gauche, PD-L1 70 %, stade IV osseux d'emblée. "
    "La maladie osseuse s'est révélée le 08/04/2026 par une fracture pathologique de l'humérus droit "
    "(chute de sa hauteur), enclouée le 10/04/2026. En 1re ligne : carboplatine-paclitaxel-pembrolizumab "
    "4 cycles (terminés en juillet), puis maintenance par pembrolizumab seul (Keytruda 200 mg/3 sem), en cours.",
    "",
    "Conclusion de la RCP du 02/07/2026 (copie) : « Radiothérapie post-opératoire de l'humérus droit "
    "20 Gy/5 fr. Acide zolédronique mensuel. Pas de traitement anticoagulant en cours ; vigilance "
    "thromboembolique. À représenter si symptôme rachidien. »",
    "",
    ("b", "Depuis juillet"),
    "Radiothérapie humérale faite en juillet 2026. Zometa 4 mg toutes les 4 semaines depuis le 20/07/2026, "
    "bien toléré (bilan dentaire fait au préalable).",
    "Thrombose veineuse profonde surale gauche le 12/09/2026 : mise sous rivaroxaban (Xarelto 15 mg x2 "
    "pendant 3 semaines puis 20 mg/j, toujours en cours).",
    "Depuis mi-octobre, lombalgies avec radiculalgie L5 gauche, décharges électriques dans le pied, DN4 à 6/10. "
    "EVA à 7/10 à l'arrivée en consultation le 21/10, EVA actuelle 4/10 sous oxycodone et gabapentine.",
    "IRM du 05/11/2026 : lésion de L4 avec envahissement du foramen gauche, pas d'épidurite compressive, "
    "pas de recul du mur.",
    "",
    ("b", "Traitement au 13/11/2026"),
    ("table", [
        ["Keytruda (pembrolizumab)", "200 mg IV / 21 j"],
        ["Zometa (acide zolédronique)", "4 mg IV / 28 j"],
        ["Xarelto (rivaroxaban)", "20 mg/j"],
        ["Oxycontin LP", "20 mg x2/j"],
        ["Oxynormoro", "5 mg si douleur"],
        ["Neurontin (gabapentine)", "300 mg x3/j"],
        ["Movicol", "1 sachet/j"],
    ]),
    "",
    "OMS 2 (fatigabilité, marche avec canne). Projet palliatif, poursuite du pembrolizumab tant que "
    "la maladie thoracique répond.",
    "",
    ("b", "Questions"),
    "1) Radiothérapie de L4 (dose, étalement) ?  2) Place d'un avis chirurgical ?",
    "",
    "Dr C. Montgilbert",
])
GOLD["zzk05"] = G("zzk05", "F", 67,
    tumor=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
    bone=("present", ["pathological_fracture"], True),
    pain=("present", ["neuropathic"], 4),
    meds=("present", ["L01FF02", "M05BA08", "B01AF01", "N02AA05", "N03AX12", "A06AD65"]),
    local=("present", ["surgery", "radiotherapy"]),
    btt=("present", ["M05BA08"]),
    anticoag=("present", ["B01AF01"]),
    ecog=2, project=("present", "palliative"))

# zzk06 -- oncology resident, Clermont-Ferrand, TXT e-mail style -------------
L(id="zzk06", fmt="txt", encoding="utf-8", newline="\r\n", blocks=[
    "De : Thibault Grangeon (interne onco, CH Montferrand-Artière)",
    "A : secretariat.rcp.os@ch-montferrand-artiere.example",
    "Objet : RCP os du 26/11 - rediscussion Mme LAFARGE Simone",
    "Date : 18/11/2026",
    "",
    "Bonjour,",
    "Merci d'inscrire Mme Lafarge (72 ans) à la prochaine RCP os pour rediscussion, dossier déjà passé le 22/10/2026.",
    "",
    "Conclusion RCP 22/10 : \"Lésions osseuses multiples chez une pte aux ATCD de K du sein 2015. "
    "Biopsie osseuse scanno-guidée d'une lésion iliaque pour confirmation histologique et statut RH/HER2. "
    "Représentation avec résultats.\"",
    "",
    "Résultats :",
    "- biopsie iliaque G (29/10) : métastase d'un carcinome lobulaire infiltrant, RE 90 %, RP 0 %, HER2 score 0. "
    "GATA3+.",
    "- rappel : K sein D 2015 = CLI, tumorectomie + RT sein + Arimidex 5 ans.",
    "- découverte des lésions osseuses : hypercalcémie à 3,1 mmol/L en sept 2026 (hospit. en MPU, "
    "réhydratation), scanner TAP -> lésions lytiques rachis, côtes, bassin.",
    "",
    "Depuis la RCP : Dr Ollier a débuté le 28/10 Faslodex 500 + Verzenios 150 x2.",
    "Ttt perso : Levothyrox 75, Uvedose 1 amp/3 mois, Prolia 60 mg/6 mois pour ostéoporose depuis 2019 "
    "(dernière inj. juin 2026, la prochaine est prévue en décembre). "
    "Anticoag : 0. AAP : 0.",
    "",
    "Clinique : dlr costale G mécanique, EVA 3, pas de réveil nocturne. PS 0. Calcémie normalisée (2,45).",
    "Pas de RT osseuse, pas de chir osseuse jusqu'ici.",
    "",
    "Questions : faut-il passer au Xgeva 120 (relais du Prolia) ? RT antalgique costale utile ?",
    "",
    "Merci,",
    "Thibault Grangeon, interne DES oncologie - poste 4 27 19",
])
GOLD["zzk06"] = G("zzk06", "F", 72,
    tumor=("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
    bone=("present", ["hypercalcemia"], True),
    pain=("present", ["mechanical"], 3),
    meds=("present", ["L02BA03", "L01EF03", "H03AA01", "A11CC05", "M05BX04"]),
    local=("absent", []),
    btt=("present", ["M05BX04"]),
    anticoag=("absent", []),
    aap=("absent", []),
    ecog=0, project=("present", None))

# zzk07 -- spine surgeon, Grenoble, text PDF --------------------------------
L(id="zzk07", fmt="pdf", birth="30/11/1949", date="27/11/2026", blocks=[
    "Clinique Belledonne-Isère - Chirurgie du rachis",
    "Dr Pierre-Yves COLLOMB-PATTON",
    "8 rue du Docteur-Mazet, 38100 Grenoble - Consultations : 04 76 12 93 58",
    "",
    "Grenoble, le 27/11/2026",
    "",
    "Compte rendu de consultation - Demande de passage en RCP métastases osseuses",
    "",
    "M. René GIRAUD-MOLLARD, né le 30/11/1949, revu ce jour en consultation, suite à la RCP du 14/05/2026 "
    "qui avait retenu : « cimentoplastie de L1 puis radiothérapie complémentaire L1 ; poursuite du sotorasib ».",
    "",
    "Pour rappel : carcinome bronchique non à petites cellules, sans autre précision (biopsie peu "
    "différenciée, CBNPC NOS), KRAS G12C muté, traité par sotorasib (Lumykras) depuis février 2026. "
    "La maladie osseuse avait été révélée par une fracture vertébrale spontanée de L1 en avril 2026.",
    "",
    "La cimentoplastie de L1 a été réalisée le 02/06/2026 (bonne évolution). En revanche la radiothérapie "
    "complémentaire n'a pas pu être faite (hospitalisation pour pneumopathie en juin) et n'a pas été "
    "reprogrammée.",
    "",
    "Depuis 15 jours, nouvelle douleur lombaire basse d'horaire mécanique, majorée à la marche et à la station "
    "debout, EVA 6/10, sans radiculalgie ni trouble sphinctérien. L'IRM du 20/11/2026 montre un tassement "
    "récent de L3 sur lésion secondaire, recul du mur postérieur de 2 mm, pas de compression.",
    "",
    "Antécédents : FA sous Pradaxa 110 mg x2/j (arrêté 48 h avant la cimentoplastie, repris ensuite, "
    "toujours en cours). Kardégic arrêté en juin par le cardiologue. BPCO. Appendicectomie.",
    "Traitement : Lumykras 960 mg/j, Pradaxa 110 mg x2, Topalgic LP 100 mg x2, Doliprane 1 g x3, Mopral 20 mg.",
    "",
    "Etat général : OMS 2.",
    "",
    "Je propose une cimentoplastie de L3, éventuellement associée à une radiothérapie, à valider en RCP. "
    "La question d'une ostéosynthèse percutanée ne me paraît pas se poser.",
    "",
    "Dr P.-Y. Collomb-Patton",
    "Copie : Dr Berthoin (pneumologue), Dr Anselme (médecin traitant, Saint-Égrève)",
])
GOLD["zzk07"] = G("zzk07", "M", 76,
    tumor=("present", "lung", "nsclc_nos", {"KRAS": "positive"}),
    bone=("present", ["pathological_fracture"], True),
    pain=("present", ["mechanical"], 6),
    meds=("present", ["L01XX73", "B01AE07", "N02AX02", "N02BE01", "A02BC01"]),
    local=("present", ["cementoplasty"]),
    anticoag=("present", ["B01AE07"]),
    aap=("absent", []),
    ecog=2, project=("present", None))

# zzk08 -- medical oncologist, Clermont-Ferrand, DOCX -----------------------
L(id="zzk08", fmt="docx", blocks=[
    ("b", "Pôle de Cancérologie de la Limagne - Oncologie médicale"),
    "Dr Nathalie BESSEYRE - secrétariat 04 73 62 07 39",
    "",
    "Clermont-Ferrand, le 17 novembre 2026",
    "",
    ("b", "Objet : M. Henri DUMONTEIL, 79 ans - représentation RCP Métastases osseuses"),
    "",
    "Cher Confrère,",
    "",
    "Je vous adresse à nouveau M. Dumonteil, 79 ans, dont le dossier a été discuté le 10/09/2026.",
    "",
    "Il présente un adénocarcinome prostatique (Gleason 7 (4+3)) diagnostiqué en 2022, métastatique osseux "
    "d'emblée (scintigraphie osseuse du bilan initial, mai 2022 : lésions costales et du sacrum), devenu "
    "résistant à la castration en 2025. Il a reçu en 2023 une radiothérapie antalgique du sacrum (20 Gy en "
    "5 fractions).",
    "",
    "Conclusion de la RCP du 10/09/2026 :",
    "« Pas d'indication de traitement local à ce jour. Poursuite de l'abiratérone. Débuter le dénosumab "
    "(Xgeva) après avis dentaire. »",
    "",
    "Le bilan dentaire a retrouvé deux foyers infectieux nécessitant des extractions, programmées le 20/11/2026. "
    "Le Xgeva n'a donc pas été débuté à ce jour.",
    "",
    "Depuis octobre, le PSA progresse (48 ng/ml contre 11 en juillet) et le patient décrit des douleurs "
    "diffuses du bassin et des côtes, surtout nocturnes, EVA 5/10. Le TEP-PSMA (06/11/2026) montre de "
    "nouvelles lésions costales et vertébrales (T9, L1) sans risque fracturaire majeur.",
    "",
    ("b", "Traitement actuel"),
    "Décapeptyl 11,25 mg / 3 mois ; Zytiga 1000 mg/j + Cortancyl 5 mg x2/j ; Coumadine au long cours "
    "(valve mitrale mécanique, INR cible 3), un relais par héparine est prévu pour les extractions ; "
    "Skenan LP 10 mg x2 ; Lasilix 40 mg.",
    "",
    "ECOG 1. Cardiopathie valvulaire connue.",
    "",
    ("b", "Questions"),
    "- Indication d'une radiothérapie antalgique (côtes, T9) ?",
    "- Place du 177Lu-PSMA avant une chimiothérapie par docétaxel ?",
    "- Délai avant de débuter le Xgeva après les extractions ?",
    "",
    "Veuillez agréer, cher Confrère, l'expression de mes sentiments les meilleurs.",
    "Dr N. Besseyre",
])
GOLD["zzk08"] = G("zzk08", "M", 79,
    tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    bone=("present", ["staging_imaging"], True),
    pain=("present", ["nocturnal"], 5),
    meds=("present", ["L02AE04", "L02BX03", "H02AB07", "B01AA03", "N02AA01", "C03CA01"]),
    local=("present", ["radiotherapy"]),
    btt=("absent", []),
    anticoag=("present", ["B01AA03"]),
    ecog=1, project=("present", None))

# zzk09 -- pneumologist, Grenoble, text PDF (short) -------------------------
L(id="zzk09", fmt="pdf", blocks=[
    "Dr Sophie REYMOND-GAUTHIER - Pneumologie - Cabinet du Drac",
    "3 quai Claude-Bernard, 38000 Grenoble - 04 76 47 88 31",
    "",
    "Grenoble, le 20/11/2026",
    "",
    "Chère consoeur, cher confrère,",
    "",
    "Pour rediscussion en RCP métastases osseuses : Mme Laetitia BONNARD-VIAL, 52 ans.",
    "",
    "Adénocarcinome pulmonaire ALK réarrangé (EGFR sauvage, PD-L1 < 1 %), métastatique osseux, révélé en "
    "novembre 2024 par une douleur de l'épaule gauche. Radiothérapie de la tête humérale gauche en janvier 2025 "
    "(30 Gy/10 fr). Sous alectinib (Alecensa 600 mg x2/j) depuis décembre 2024, en réponse prolongée. "
    "Déjà présentée en RCP le 19/12/2024 et le 03/04/2025.",
    "",
    "Le scanner de réévaluation du 06/11/2026 décrit une majoration de la condensation de l'aile iliaque "
    "droite, douteuse (remaniement ostéocondensant sous traitement ou progression ?), le reste étant stable. "
    "Pas de douleur. Examen neurologique normal.",
    "",
    "Elle n'est plus anticoagulée depuis juin 2026 (fin du traitement de sa thrombose de la veine jugulaire "
    "sur PAC).",
    "",
    "Ordonnance en cours transmise par la patiente : Alecensa 150 mg 4 gél. matin et soir, Xgeva 120 mg SC "
    "tous les mois, Lixiana 60 mg 1/j, Cacit D3, Doliprane si besoin.",
    "",
    "OMS 0, travaille à mi-temps.",
    "",
    "Question : IRM ou TEP pour trancher ? Faut-il modifier le traitement systémique ou envisager une "
    "radiothérapie stéréotaxique de l'aile iliaque en cas d'oligoprogression ?",
    "",
    "Bien à vous,",
    "Dr S. Reymond-Gauthier",
])
GOLD["zzk09"] = G("zzk09", "F", 52,
    tumor=("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "negative"}),
    bone=("present", ["pain"], True),
    pain=("absent", [], None),
    meds=("present", ["L01ED03", "M05BX04", "B01AF03", "A12AX", "N02BE01"]),
    local=("present", ["radiotherapy"]),
    btt=("present", ["M05BX04"]),
    anticoag=("conflicting", ["B01AF03"]),
    ecog=0, project=("present", None))

# zzk10 -- general practitioner, Clermont-Ferrand area, TXT (cp1252) --------
L(id="zzk10", fmt="txt", encoding="cp1252", newline="\r\n", birth="03/03/1948", date="12/11/2026", blocks=[
    "Docteur Josiane ROCHETTE-MAZUEL",
    "Médecine générale",
    "14 rue des Gravouses - 63170 Aubière",
    "Tél : 04 73 26 51 04",
    "",
    "Aubière, le 12/11/2026",
    "",
    "Objet : Mme Germaine TIXIER, née le 03/03/1948",
    "",
    "Chers confrères,",
    "",
    "Je vous réadresse Mme Tixier que vous avez déja discutée en RCP os il y a un an environ (fin 2025). "
    "Elle est suivie pour un carcinome vésiculaire de la thyroide opéré (thyroïdectomie totale 2019) puis traité "
    "par iode radioactif ; les métastases osseuses (bassin, fémur droit) avaient été découvertes en 2023 sur la "
    "scintigraphie de contrôle post-iode. Elle a eu une radiothérapie du bassin en 2025 suite à votre RCP.",
    "",
    "Elle a reçu du Zometa, arrêté en 2025 pour une ostéonécrose de la machoire.",
    "",
    "Depuis un mois, elle se plaint de douleurs de la fesse droite irradiant à la face postérieure de la cuisse "
    "jusqu'au pied, avec des sensations de décharges électriques, aggravées à la marche. Elle ne dort pas bien "
    "mais plutôt à cause de son anxiété d'après elle.",
    "",
    "Traitement actuel : Levothyrox 125 µg, Doliprane 1 g x 3/j, Lyrica 25 mg matin et soir (débuté par moi "
    "il y a 10 jours, un peu mieux), Aspirine Protect 100 mg (AOMI), Xanax 0,25 le soir.",
    "Je ne crois pas qu'elle prenne d'anticoagulant mais ce serait à vérifier avec le cardiologue, "
    "elle avait eu une phlébite il y a longtemps.",
    "",
    "Pouvez vous la revoir et me dire ce que vous proposez (nouvelle radiothérapie ? IRM ?). "
    "Je vous laisse juger de la suite.",
    "",
    "Bien confraternellement,",
    "Dr Rochette-Mazuel",
])
GOLD["zzk10"] = G("zzk10", "F", 78,
    tumor=("present", "thyroid", "other", {}),
    bone=("present", ["staging_imaging"], True),
    pain=("present", ["neuropathic", "mechanical"], None),
    meds=("present", ["H03AA01", "N02BE01", "N03AX16", "B01AC06", "N05BA12"]),
    local=("present", ["radiotherapy"]),
    btt=("absent", []),
    anticoag=("uncertain", []),
    aap=("present", ["B01AC06"]),
    project=("unknown", None))

# zzk11 -- RCP request form (re-submission), Grenoble, DOCX -----------------
L(id="zzk11", fmt="docx", blocks=[
    ("b", "FICHE DE DEMANDE D'INSCRIPTION - RCP MÉTASTASES OSSEUSES DE L'ARC ALPIN"),
    "Réseau de cancérologie Isère-Savoie - secrétariat RCP : 04 76 03 72 60",
    "",
    ("table", [
        ["Date de la demande", "19/11/2026"],
        ["Médecin demandeur", "Dr Inès FAVRE-MOLLIER, oncologie médicale, Clinique Mutualiste du Rondeau (Échirolles)"],
        ["Patiente", "Mme Aurore DELAGE, 49 ans"],
        ["Type de présentation", "☐ Première présentation   ☒ Représentation (RCP du 09/07/2026)"],
    ]),
    "",
    ("b", "Tumeur primitive"),
    ("table", [
        ["Localisation", "Sein droit"],
        ["Histologie", "Carcinome infiltrant de type non spécifique (NST), grade 3"],
        ["Biomarqueurs", "RE 0 %, RP 0 %, HER2 3+"],
    ]),
    "",
    ("b", "Circonstances de découverte des métastases osseuses"),
    "Compression médullaire T6 révélatrice en juillet 2026 (paraparésie), laminectomie refusée par la patiente, "
    "radiothérapie en urgence. Récupération motrice complète.",
    "",
    ("b", "Douleur"),
    "☒ Oui  ☐ Non    EVA : 2/10",
    "Type : ☐ neuropathique  ☐ nocturne  ☐ mécanique  ☒ inflammatoire (dérouillage matinal dorsal)",
    "",
    ("b", "Traitements locaux antérieurs des lésions osseuses"),
    "☒ Radiothérapie : T6, 30 Gy en 10 fractions, du 11 au 24/07/2026",
    "☐ Chirurgie   ☐ Cimentoplastie   ☐ Radiofréquence / cryothérapie",
    "",
    ("b", "Traitement osseux"),
    "☒ Oui  ☐ Non : Zometa 4 mg / 12 semaines, dernière perfusion le 15/10/2026",
    "",
    ("b", "Anticoagulants"),
    "☒ Oui  ☐ Non : Innohep 14 000 UI/j (thrombose sur PICC-line en août 2026)",
    ("b", "Antiagrégants plaquettaires"),
    "☐ Oui  ☒ Non",
    "",
    ("b", "Traitements en cours"),
    "Herceptin SC 600 mg / 3 sem + Perjeta 420 mg / 3 sem (maintenance après 6 cycles de docétaxel, arrêté "
    "le 30/09/2026), Innohep, Zometa, Dafalgan codéiné 2 cp x3/j si besoin.",
    "",
    ("b", "État général"),
    "ECOG : ☐ 0  ☒ 1  ☐ 2  ☐ 3  ☐ 4",
    "",
    ("b", "Projet thérapeutique"),
    "Intention : ☐ Curatif  ☒ Palliatif  ☐ Soins de support exclusifs",
    "Traitement en cours : trastuzumab + pertuzumab.",
    "",
    ("b", "Rappel de la conclusion de la RCP précédente (09/07/2026)"),
    "« Compression médullaire T6 : radiothérapie 30 Gy/10 fr en urgence, corticothérapie. "
    "Acide zolédronique. Réévaluation IRM à 3 mois et représentation. »",
    "",
    ("b", "Question posée"),
    "IRM du 04/11/2026 : réponse de T6, apparition d'une lésion de T10 asymptomatique sans épidurite. "
    "Irradiation préventive de T10 ? Fréquence du Zometa ?",
])
GOLD["zzk11"] = G("zzk11", "F", 49,
    tumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "negative", "PR": "negative", "HER2": "positive"}),
    bone=("present", ["neurological_deficit"], True),
    pain=("present", ["inflammatory"], 2),
    meds=("present", ["L01FD01", "L01FD02", "B01AB10", "M05BA08", "N02AJ06"]),
    local=("present", ["radiotherapy"]),
    btt=("present", ["M05BA08"]),
    anticoag=("present", ["B01AB10"]),
    aap=("absent", []),
    ecog=1, project=("present", "palliative"))

# zzk12 -- medical oncologist (dermato-oncology), Clermont-Ferrand, text PDF, 2 pages
L(id="zzk12", fmt="pdf", birth="22/11/1970", date="20/11/2026", blocks=[
    "CENTRE DE LUTTE CONTRE LE CANCER DES VOLCANS - Département d'oncologie médicale",
    "Unité de dermato-oncologie - Dr Martin ESCOFFIER",
    "41 boulevard Lavoisier-Montjuzet, 63000 Clermont-Ferrand - Tél. 04 73 09 55 62",
    "",
    "Clermont-Ferrand, le 20/11/2026",
    "",
    "Destinataires : RCP Métastases osseuses ; copie Dr Sagnes (médecin traitant, Cournon)",
    "",
    ("b", "Objet : M. Stéphane VIGNAL, né le 22/11/1970 - troisième présentation en RCP"),
    "",
    "Chers collègues,",
    "",
    "Je vous présente à nouveau M. Vignal, que vous connaissez (RCP du 05/02/2026 et du 23/07/2026).",
    "",
    ("b", "Antécédents"),
    "Personnels : appendicectomie, tabagisme sevré (15 PA), pas d'allergie connue. "
    "Familiaux : mère décédée d'un mélanome à 60 ans ; père sous anticoagulant pour une FA.",
    "",
    ("b", "Histoire de la maladie"),
    "Mélanome nodulaire du dos (Breslow 4,2 mm, ulcéré) réséqué en 2023, BRAF V600E muté, "
    "pT4b N1a, traité par nivolumab adjuvant pendant un an. Lors du TEP-TDM de suivi de janvier 2026, "
    "découverte de lésions osseuses hypermétaboliques (cotyle gauche, L5, côtes) et ganglionnaires.",
    "",
    "Reprise du nivolumab (Opdivo) en février 2026, interrompu en juin pour une colite immuno-induite de "
    "grade 3 ; relais par dabrafénib + tramétinib depuis le 01/07/2026, en cours.",
    "",
    "Conclusion de la RCP du 23/07/2026 (texte du compte rendu) :",
    "« Patient asymptomatique sur le plan osseux. Pas de douleur. Pas de traitement anticoagulant. "
    "Pas d'indication de geste local. Dénosumab non retenu à ce stade. Réévaluation à 3 mois. »",
    "",
    ("b", "Depuis la dernière RCP"),
    "- Embolie pulmonaire bilatérale le 14/08/2026 : daltéparine (Fragmine) 15 000 UI/j en cours, "
    "sans complication hémorragique.",
    "- Douleur de hanche gauche apparue fin août, à l'appui et à la marche, réveillant le patient la nuit ; "
    "radiothérapie antalgique du cotyle gauche 8 Gy en une fraction le 09/09/2026, avec effet "
    "partiel et transitoire.",
    "- Actuellement EVA 7/10, boiterie, utilise une canne.",
    "- Scanner du 10/11/2026 : majoration de l'ostéolyse du cotyle gauche avec rupture corticale du toit "
    "(risque fracturaire élevé), le reste de la maladie étant stable.",
    "",
    ("b", "Traitements actuels"),
    "Dabrafénib 150 mg x2/j, tramétinib 2 mg/j, Fragmine 15 000 UI SC/j, Dectancyl 4 mg/j (pour la colite, "
    "en décroissance), Oxycontin LP 20 mg x2, Oxynorm 10 mg si besoin, Inexium 40 mg.",
    "Il n'a jamais reçu de dénosumab ni de bisphosphonate.",
    "",
    ("b", "Evaluation"),
    "ECOG 1. Espérance de vie estimée supérieure à 6 mois. Prise en charge palliative.",
    "",
    ("b", "Questions"),
    "1. Indication d'une arthroplastie de hanche (prothèse avec reconstruction cotyloïdienne) ? "
    "2. Gestion de la Fragmine en périopératoire ? 3. Faut-il débuter un anti-résorptif ?",
    "",
    "Je reste à votre disposition.",
    "Dr M. Escoffier",
])
GOLD["zzk12"] = G("zzk12", "M", 55,
    tumor=("present", "melanoma", "other", {"BRAF": "positive"}),
    bone=("present", ["staging_imaging"], True),
    pain=("present", ["mechanical", "nocturnal"], 7),
    meds=("present", ["B01AB04", "H02AB02", "N02AA05", "A02BC05"]),
    local=("present", ["radiotherapy"]),
    btt=("absent", []),
    anticoag=("present", ["B01AB04"]),
    ecog=1, project=("present", "palliative"))


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------
def block_lines(blocks):
    """Plain text of a letter, one paragraph per line (tables: cells joined by ' : ')."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "b":
            out.append(b[1])
        elif b[0] == "table":
            for row in b[1]:
                out.append(" : ".join(row))
    return out


def letter_text(letter):
    return "\n".join(block_lines(letter["blocks"]))


def write_txt(letter, path):
    text = "\n".join(block_lines(letter["blocks"])) + "\n"
    text = text.replace("\n", letter.get("newline", "\n"))
    path.write_bytes(text.encode(letter.get("encoding", "utf-8")))


# ---- PDF (text layer, embedded DejaVu Sans, WinAnsiEncoding) ----------------
_FONT_BYTES = None
_WIDTHS = None


def _font():
    global _FONT_BYTES, _WIDTHS
    if _FONT_BYTES is None:
        _FONT_BYTES = _subset_font()
        f = ImageFont.truetype(str(FONT), 1000)
        widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                widths.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                widths.append(0)
        _WIDTHS = widths
    return _FONT_BYTES, _WIDTHS


def _subset_font() -> bytes:
    """DejaVu Sans cut down to the cp1252 repertoire (deterministic); full font if fontTools is absent."""
    try:
        from fontTools import subset
        from fontTools.ttLib import TTFont
    except ImportError:
        return FONT.read_bytes()
    chars = set()
    for code in range(32, 256):
        try:
            chars.add(ord(bytes([code]).decode("cp1252")))
        except UnicodeDecodeError:
            pass
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.recalc_timestamp = False
    opts.glyph_names = True
    opts.legacy_cmap = True
    opts.layout_features = []
    opts.drop_tables += ["FFTM"]
    font = TTFont(str(FONT), recalcTimestamp=False)
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(chars))
    sub.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()


def _text_width(s, size):
    _, widths = _font()
    return sum(widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000.0


def _wrap(s, size, maxw):
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if _text_width(cand, size) <= maxw or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def _pdf_escape(bs: bytes) -> bytes:
    return bs.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(letter, path):
    size, lead, left, top, bottom, width = 10.5, 14.0, 56.0, 790.0, 60.0, 595.0 - 112.0
    pages, cur, y = [], [], top
    for b in letter["blocks"]:
        if isinstance(b, str):
            paras, fsize = [b], size
        elif b[0] == "b":
            paras, fsize = [b[1]], 11.5
        else:
            paras, fsize = [" | ".join(r) for r in b[1]], size
        for para in paras:
            lines = _wrap(para, fsize, width) if para else [""]
            for ln in lines:
                if y < bottom:
                    pages.append(cur)
                    cur, y = [], top
                cur.append((left, y, fsize, ln))
                y -= lead if fsize == size else lead + 2
    pages.append(cur)
    font_bytes, widths = _font()
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 descriptor, 5 fontfile, 6 info, then page/content pairs
    kids = [7 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Count %d /Kids [%s] >>" % (n_pages, " ".join(f"{k} 0 R" for k in kids))).encode()
    objs[3] = ("<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               "/Widths [%s] /FontDescriptor 4 0 R /Encoding /WinAnsiEncoding >>" % " ".join(map(str, widths))).encode()
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    comp = zlib.compress(font_bytes, 9)
    objs[5] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(font_bytes))
               + comp + b"\nendstream")
    objs[6] = ("<< /Producer (%s) /Creator (%s) /CreationDate (%s) /ModDate (%s) >>"
               % (PRODUCER, PRODUCER, FIXED_PDF_DATE, FIXED_PDF_DATE)).encode()
    for i, page in enumerate(pages):
        ops = []
        for x, yy, fs, ln in page:
            if not ln:
                continue
            ops.append(b"BT /F1 %.1f Tf %.2f %.2f Td (" % (fs, x, yy) + _pdf_escape(ln.encode("cp1252")) + b") Tj ET")
        ops.append(("BT /F1 8 Tf 270 30 Td (%d/%d) Tj ET" % (i + 1, n_pages)).encode())
        content = zlib.compress(b"\n".join(ops), 9)
        pn, cn = kids[i], kids[i] + 1
        objs[pn] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    "/Contents %d 0 R >>" % cn).encode()
        objs[cn] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n")
    xref = out.tell()
    total = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % total)
    for num in range(1, total):
        out.write(b"%010d 00000 n \n" % offsets[num])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total, xref))
    path.write_bytes(out.getvalue())


# ---- DOCX ------------------------------------------------------------------
def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _para(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    if not text:
        return "<w:p/>"
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_x(text)}</w:t></w:r></w:p>'


def write_docx(letter, path):
    body = []
    for b in letter["blocks"]:
        if isinstance(b, str):
            body.append(_para(b))
        elif b[0] == "b":
            body.append(_para(b[1], bold=True))
        else:
            rows = []
            for r in b[1]:
                cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{_para(c)}</w:tc>' for c in r)
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>' + "".join(rows) + "</w:tbl>")
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                "<w:body>" + "".join(body) +
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
                'w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
                "</w:body></w:document>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>',
        "word/document.xml": document,
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Courrier RCP</dc:title><dc:creator>secretariat</dc:creator>'
            '<cp:lastModifiedBy>secretariat</cp:lastModifiedBy><cp:revision>1</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-01T09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-01T09:00:00Z</dcterms:modified>'
            '</cp:coreProperties>',
        "docProps/app.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>corpus63</Application></Properties>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))
    path.write_bytes(buf.getvalue())


# --------------------------------------------------------------------------
def main() -> int:
    atc = load_atc()
    ids = [l["id"] for l in LETTERS]
    try:
        if len(ids) != len(set(ids)) or set(ids) != set(GOLD):
            raise Violation("letters and golds do not match one to one")
        for letter in LETTERS:
            check(letter, GOLD[letter["id"]], atc)
            if letter["fmt"] in ("pdf",) or letter.get("encoding") == "cp1252":
                letter_text(letter).encode("cp1252")  # must be encodable
    except (Violation, UnicodeEncodeError) as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for letter in LETTERS:
        lid, fmt = letter["id"], letter["fmt"]
        p = HERE / "letters" / f"{lid}.{fmt}"
        {"pdf": write_pdf, "docx": write_docx, "txt": write_txt}[fmt](letter, p)
        (HERE / "gold" / f"{lid}.json").write_text(
            json.dumps(GOLD[lid], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
