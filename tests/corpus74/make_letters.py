#!/usr/bin/env python3
"""Build corpus74: 12 blind referral letters (hedged and negated drug/treatment
statements) with their gold records.

Run from /work/main:  .venv/bin/python tests/corpus74/make_letters.py

Every letter's text and gold live below as Python data. Gold gaps are derived
by ``derive_gaps`` (the spec's Gaps rule), every gold is checked against the
contract (``check_gold``) and the script stops with "CONTRACT VIOLATION: ..."
on any failure. Outputs (letters/, gold/) are byte-identical on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import unicodedata
import zlib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC_ATC = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# --------------------------------------------------------------------------
# contract
# --------------------------------------------------------------------------
ITEMS_ORDER = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
               "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
               "antiplatelets", "prognosis", "therapeuticProject"]
GAP_ITEMS = [i for i in ITEMS_ORDER if i != "antiplatelets"]
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
TREATMENTS = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}
GAP_KIND = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}


def load_atc():
    rows = {}
    lines = SPEC_ATC.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        f = line.split("\t")
        while len(f) < 5:
            f.append("")
        rows[f[0].strip()] = {"dci": f[1], "inn": f[2], "group": f[3],
                              "brands": [b.strip() for b in f[4].split(",") if b.strip()]}
    return rows


ATC = load_atc()


def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to a gold record (without its gaps)."""
    gaps = []
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st in GAP_KIND:
            gaps.append([item, GAP_KIND[st]])
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


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c)).replace("œ", "oe")


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


class Violation(Exception):
    pass


def req(cond, msg):
    if not cond:
        raise Violation(msg)


def check_gold(L: dict, g: dict, text: str):
    lid = L["id"]
    p = f"{lid}: "
    req(g["id"] == lid, p + "id differs from stem")
    keys = ["id", "patient"] + ITEMS_ORDER + ["gaps"]
    req(list(g.keys()) == keys, p + f"keys {list(g.keys())}")
    # patient
    req(g["patient"].get("sex") in ("F", "M"), p + "sex")
    age = g["patient"].get("age")
    req(isinstance(age, int) and 18 <= age <= 110, p + "age")
    if L.get("birth"):
        req(age == age_at(L["birth"], L["date"]), p + f"age {age} != computed {age_at(L['birth'], L['date'])}")
        req(L["birth"].strftime("%d/%m/%Y") in text, p + "birth date not in letter text")
    else:
        req(f"{age} ans" in text, p + "written age not in letter text")
    req(L["date"].strftime("%d/%m/%Y") in text or L.get("date_text", "\0") in text, p + "letter date not in text")
    for item in ITEMS_ORDER:
        req(g[item]["status"] in STATUSES[item], p + f"{item} status {g[item]['status']}")
    # primary tumour
    pt = g["primaryTumor"]
    req(set(pt) == {"status", "site", "histology", "biomarkers"}, p + "primaryTumor keys")
    if pt["status"] == "unknown":
        req(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], p + "unknown primary has values")
    req(pt["site"] is None or pt["site"] in SITES, p + "site code")
    req(pt["histology"] is None or pt["histology"] in HISTOLOGIES, p + "histology code")
    for k, v in pt["biomarkers"].items():
        req(k in BIOMARKERS and v in BIO_RESULTS, p + f"biomarker {k}={v}")
    # bone diagnosis
    bd = g["boneDiagnosis"]
    req(set(bd) == {"status", "circumstances", "dated"}, p + "boneDiagnosis keys")
    req(all(c in CIRCUMSTANCES for c in bd["circumstances"]), p + "circumstance code")
    req(isinstance(bd["dated"], bool), p + "dated bool")
    if bd["status"] == "unknown":
        req(not bd["circumstances"] and not bd["dated"], p + "unknown boneDiagnosis has values")
    else:
        req(bd["circumstances"], p + "present boneDiagnosis without circumstance")
    # pain
    pn = g["pain"]
    req(set(pn) == {"status", "types", "intensity"}, p + "pain keys")
    req(all(t in PAIN_TYPES for t in pn["types"]), p + "pain type code")
    req(pn["intensity"] is None or (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10), p + "intensity")
    if pn["status"] in ("absent", "unknown"):
        req(not pn["types"], p + "types on absent/unknown pain")
        req(pn["intensity"] in (None, 0), p + "intensity on absent/unknown pain")
    # lists sorted & unique
    for item, key in (("boneDiagnosis", "circumstances"), ("pain", "types"),
                      ("priorLocalTreatments", "types"), ("currentMedications", "atc"),
                      ("boneTargetedTherapy", "atc"), ("anticoagulation", "atc"), ("antiplatelets", "atc")):
        lst = g[item][key]
        req(lst == sorted(set(lst)), p + f"{item}.{key} not sorted/unique")
    # local treatments
    lt = g["priorLocalTreatments"]
    req(set(lt) == {"status", "types"}, p + "priorLocalTreatments keys")
    req(all(t in TREATMENTS for t in lt["types"]), p + "treatment type code")
    if lt["status"] in ("absent", "unknown"):
        req(not lt["types"], p + "types on absent/unknown local treatment")
    if lt["status"] == "present":
        req(lt["types"], p + "present local treatment without type")
    # medications
    cm = g["currentMedications"]
    req(set(cm) == {"status", "atc"}, p + "currentMedications keys")
    for c in cm["atc"]:
        req(c in ATC, p + f"ATC {c} not in atc-reference.tsv")
    if cm["status"] != "present":
        req(not cm["atc"], p + "codes on non-present currentMedications")
    folded = fold(text)
    for c in cm["atc"]:
        names = [ATC[c]["dci"], ATC[c]["inn"]] + ATC[c]["brands"] + L.get("aliases", {}).get(c, [])
        req(any(fold(n) in folded for n in names if n), p + f"{c} ({ATC[c]['dci']}) not named in letter")
    for c in L.get("not_current", []):
        req(c not in cm["atc"], p + f"{c} listed current but declared stopped/planned/doubtful")
    # agent sections
    for sec, prefixes in AGENT_PREFIX.items():
        s = g[sec]
        req(set(s) == {"status", "atc"}, p + f"{sec} keys")
        for c in s["atc"]:
            req(c in ATC, p + f"{sec} ATC {c} not in table")
            req(c.startswith(prefixes), p + f"{sec} ATC {c} wrong group")
        if s["status"] in ("absent", "unknown"):
            req(not s["atc"], p + f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                req(c in cm["atc"], p + f"{sec} agent {c} missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                req(c not in cm["atc"], p + f"{sec} doubtful agent {c} must not be current")
        if cm["status"] == "absent":
            req(s["status"] in ("absent", "unknown"), p + f"{sec} {s['status']} while no medication")
    # any current drug of an agent group must show in its section (present/conflicting)
    for c in cm["atc"]:
        for sec, prefixes in AGENT_PREFIX.items():
            if c.startswith(prefixes):
                req(g[sec]["status"] in ("present", "conflicting") and c in g[sec]["atc"],
                    p + f"current {c} not reflected in {sec}")
    # prognosis
    pr = g["prognosis"]
    req(pr["status"] in ("present", "unknown"), p + "prognosis status")
    req(set(pr) in ({"status", "ecog"}, {"status", "kps"}), p + "prognosis keys")
    if "ecog" in pr:
        req(pr["ecog"] is None or pr["ecog"] in range(0, 5), p + "ecog range")
        if pr["status"] == "unknown":
            req(pr["ecog"] is None, p + "ecog on unknown prognosis")
    else:
        req(pr["status"] == "present" and pr["kps"] in range(0, 101, 10), p + "kps")
    # project
    tp = g["therapeuticProject"]
    req(set(tp) == {"status", "intent"}, p + "therapeuticProject keys")
    req(tp["intent"] is None or tp["intent"] in INTENTS, p + "intent code")
    if tp["status"] == "unknown":
        req(tp["intent"] is None, p + "intent on unknown project")
    # gaps
    req(g["gaps"] == derive_gaps(g), p + "gaps differ from derived gaps")
    for it, kind in g["gaps"]:
        req(it in GAP_ITEMS and kind in ("missing", "uncertain", "conflicting", "incomplete"), p + "gap code")
    # expected phrases (the traps) really are in the letter
    for phrase in L.get("must_contain", []):
        req(" ".join(phrase.split()) in " ".join(text.split()), p + f"phrase missing from letter: {phrase!r}")


# --------------------------------------------------------------------------
# gold builder
# --------------------------------------------------------------------------
def G(lid, sex, age, *, pt=("unknown", None, None, {}), bd=("unknown", [], False),
      pain=("unknown", [], None), meds=("unknown", []), local=("unknown", []),
      bone=("unknown", []), anticoag=("unknown", []), aap=("unknown", []),
      prog=("unknown", None), kps=None, proj=("unknown", None)):
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": dict(pt[3])},
        "boneDiagnosis": {"status": bd[0], "circumstances": sorted(bd[1]), "dated": bd[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": bone[0], "atc": sorted(bone[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": aap[0], "atc": sorted(aap[1])},
        "prognosis": ({"status": "present", "kps": kps} if kps is not None
                      else {"status": prog[0], "ecog": prog[1]}),
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }
    g["gaps"] = derive_gaps(g)
    return g


D = dt.date
LETTERS = []

# ---------------------------------------------------------------- zzv01 ---
LETTERS.append(dict(
    id="zzv01", fmt="txt", date=D(2025, 3, 12), birth=D(1946, 7, 2),
    not_current=["B01AF01", "M05BX04"],
    must_contain=["Pas d'anticoagulant à ma connaissance", "sous Xarelto"],
    text="""Dr Gérard POUILLON
Médecine générale
4 place du Marché-aux-Toiles, 36210 Chabris-la-Varenne
Tél. 02 54 71 38 09

                                        Chabris, le 12/03/2025

A l'attention du Dr Lemarquand, RCP métastases osseuses
Centre hospitalier de Vierzon-Sologne

Cher confrère,

Je vous adresse M. Raymond BRISSOT, né le 02/07/1946, que je suis depuis
une vingtaine d'années, pour avis de votre RCP.

Il est suivi par le Dr Tessandier (urologue) pour un adénocarcinome de la
prostate (Gleason 4+4) diagnostiqué en 2019, traité alors par radiothérapie
prostatique et hormonothérapie courte. Remontée du PSA depuis l'été dernier :
PSA à 86 ng/mL le 20/01/2025. La scintigraphie osseuse du bilan d'extension
faite le 28/01/2025 retrouve des fixations multiples du rachis lombaire, du
bassin et de la 7e côte droite.

Sur le plan clinique il se plaint de lombalgies qui le gênent à la marche
et le réveillent la nuit depuis environ un mois, EVA à 5/10 ce jour. Pas de
trouble sphinctérien, pas de déficit. Il n'a jamais été irradié sur l'os ni
opéré du rachis.

ATCD : HTA, dyslipidémie, cholécystectomie. Son frère a été traité pour un
cancer de la prostate lui aussi, et est sous Xarelto pour une embolie
pulmonaire (c'est lui qui m'a demandé si Raymond devait en prendre).

Traitement actuel :
- Eligard 45 mg tous les 6 mois (dernière injection en février)
- Tahor 20 mg le soir
- Triatec 5 mg le matin
- Doliprane 1 g trois fois par jour

Pas d'anticoagulant à ma connaissance, ni d'antiagrégant. Il n'a jamais reçu
ni bisphosphonate ni Xgeva.

Il reste très autonome, OMS 1, jardine encore un peu. L'urologue poursuit
l'Eligard et souhaite discuter l'ajout d'une hormonothérapie de nouvelle
génération ; je vous remercie de nous dire si une radiothérapie antalgique
lombaire est indiquée.

Bien confraternellement,

Dr G. Pouillon
"""))
LETTERS[-1]["gold"] = G(
    "zzv01", "M", 78,
    pt=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    bd=("present", ["staging_imaging"], True),
    pain=("present", ["mechanical", "nocturnal"], 5),
    meds=("present", ["L02AE02", "C10AA05", "C09AA05", "N02BE01"]),
    local=("absent", []), bone=("absent", []), anticoag=("absent", []), aap=("absent", []),
    prog=("present", 1), proj=("present", None))

# ---------------------------------------------------------------- zzv02 ---
LETTERS.append(dict(
    id="zzv02", fmt="pdf", date=D(2025, 2, 18),
    not_current=["B01AB05"],
    must_contain=["en dehors d'une HBPM", "arrêtée depuis", "hormis une douleur"],
    text="""INSTITUT DE CANCÉROLOGIE DU VAL-DE-LOING
Service d'oncologie médicale - Dr Hélène CARVALHO-MARCEAU
Secrétariat : 02 38 94 17 62

Montargis, le 18/02/2025

Objet : demande d'avis RCP métastases osseuses
Patiente : Mme Sylvie ROUVRAY, 61 ans

Chère consœur, cher confrère,

Je souhaite présenter à votre RCP Mme Rouvray, 61 ans, suivie pour un
carcinome lobulaire infiltrant du sein gauche, RE 90 %, RP 40 %, HER2
négatif (score 0), traité en 2016 par tumorectomie, curage et radiothérapie
mammaire, puis létrozole pendant 5 ans.

En septembre 2024 elle a présenté une douleur de la hanche gauche ; l'IRM a
montré une lésion lytique du toit du cotyle gauche et le TEP-scanner des
lésions osseuses multiples (rachis, bassin, côtes), sans atteinte viscérale.
La biopsie du cotyle a confirmé l'origine mammaire (lobulaire, RE+ RP+ HER2-).
Elle a reçu une radiothérapie antalgique du cotyle gauche, 8 Gy en une
séance, le 14/10/2024.

Traitement en cours depuis octobre 2024 : Kisqali 600 mg/j (3 semaines sur 4)
et Femara 2,5 mg/j, associés à Xgeva 120 mg toutes les 4 semaines et Cacit D3
une fois par jour. Bonne tolérance, neutropénie grade 2 isolée.
Elle n'a aucun traitement anticoagulant en dehors d'une HBPM (Lovenox) reçue
pendant son hospitalisation de juin pour une pneumopathie, arrêtée depuis.
Elle prend en revanche du Kardégic 75 mg au long cours (stent coronaire 2019),
et de l'Inexium 20 mg.

Actuellement pas de douleur osseuse, hormis une douleur de la hanche gauche à
la marche prolongée, EVA 2/10, qui ne nécessite pas d'antalgique. ECOG 0.

Le scanner de réévaluation de janvier montre une stabilité osseuse mais une
lésion de L2 avec un mur postérieur fragilisé. Question : faut-il proposer une
cimentoplastie ou une radiothérapie de L2 en prévention, en poursuivant
Kisqali-Femara-Xgeva ?

Bien cordialement,

Dr H. Carvalho-Marceau
"""))
LETTERS[-1]["gold"] = G(
    "zzv02", "F", 61,
    pt=("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
    bd=("present", ["pain"], True),
    pain=("present", ["mechanical"], 2),
    meds=("present", ["L01EF02", "L02BG04", "M05BX04", "A12AX", "B01AC06", "A02BC05"]),
    local=("present", ["radiotherapy"]), bone=("present", ["M05BX04"]),
    anticoag=("absent", []), aap=("present", ["B01AC06"]),
    prog=("present", 0), proj=("present", None))

# ---------------------------------------------------------------- zzv03 ---
LETTERS.append(dict(
    id="zzv03", fmt="docx", date=D(2025, 4, 3), birth=D(1958, 11, 27),
    not_current=["B01AA12", "M05BA08"],
    must_contain=["ne prend plus de Préviscan", "Ni Zometa ni Xgeva", "pas de réveil nocturne"],
    paragraphs=[
        ("h", "Service de Pneumologie et Oncologie thoracique"),
        ("p", "Hôpital Saint-Aubert de Lormes-sur-Cure — Dr Antoine VILLEDIEU"),
        ("p", "Tél. : 03 86 22 45 10"),
        ("p", "Lormes, le 03/04/2025"),
        ("p", "Demande de passage en RCP Métastases osseuses"),
        ("p", "Patient : M. Didier FONTANEL, né le 27/11/1958"),
        ("h", "Histoire oncologique"),
        ("p", "Adénocarcinome pulmonaire du lobe inférieur droit, EGFR muté (délétion exon 19), "
              "ALK non réarrangé, PD-L1 < 1 %, diagnostiqué en mars 2023, stade IV d'emblée "
              "(surrénale). Traité par osimertinib (Tagrisso) 80 mg/j depuis avril 2023 avec "
              "bonne réponse."),
        ("p", "Il consulte en février 2025 pour des douleurs dorsales en ceinture à type de décharges "
              "électriques ; l'IRM du 21/02/2025 montre une lésion lytique de T8 avec épidurite "
              "débutante, sans compression médullaire. Pas de déficit."),
        ("h", "Douleur"),
        ("p", "Douleur en ceinture T8, décharges électriques, pas de réveil nocturne, pas de "
              "majoration à la marche. EN à 6/10 malgré le traitement."),
        ("h", "Antécédents"),
        ("p", "Fibrillation atriale paroxystique ; il ne prend plus de Préviscan depuis son passage "
              "sous Eliquis en 2023 (INR instables). Pas d'antiagrégant plaquettaire. Ulcère gastrique "
              "ancien. Père décédé d'un infarctus."),
        ("p", "Ni Zometa ni Xgeva à ce jour : un traitement anti-résorptif sera à discuter après le "
              "bilan dentaire. Aucune radiothérapie ni cimentoplastie jusqu'ici."),
        ("h", "Traitement actuel"),
        ("table", [["Médicament", "Posologie"],
                   ["Tagrisso (osimertinib)", "80 mg/j"],
                   ["Eliquis (apixaban)", "5 mg x 2/j"],
                   ["Lyrica", "75 mg matin et soir"],
                   ["Oxycontin LP", "10 mg x 2/j"],
                   ["Oxynorm", "5 mg si besoin, 2 à 3 prises/j"],
                   ["Mopral", "20 mg/j"]]),
        ("h", "État général / projet"),
        ("p", "OMS 1, poids stable. Poursuite du Tagrisso (pas de progression extra-osseuse)."),
        ("p", "Question à la RCP : radiothérapie de T8 (stéréotaxique ?) ; place d'une "
              "cimentoplastie ; faut-il suspendre l'Eliquis pour un geste ?"),
        ("p", "Dr A. Villedieu"),
    ]))
LETTERS[-1]["gold"] = G(
    "zzv03", "M", 66,
    pt=("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
    bd=("present", ["pain"], True),
    pain=("present", ["neuropathic"], 6),
    meds=("present", ["L01EB04", "B01AF02", "N03AX16", "N02AA05", "A02BC01"]),
    local=("absent", []), bone=("absent", []), anticoag=("present", ["B01AF02"]), aap=("absent", []),
    prog=("present", 1), proj=("present", None))

# ---------------------------------------------------------------- zzv04 ---
LETTERS.append(dict(
    id="zzv04", fmt="txt", encoding="cp1252", newline="\r\n", date=D(2025, 3, 20), birth=D(1953, 5, 14),
    not_current=["B01AC06", "M05BX04"],
    must_contain=["Anticoag : non", "arrêté en janvier", "non repris", "Pas de ttt anti-résorptif"],
    text="""CHU de Rivecourt - Oncologie médicale - interne : Dr Maëlle JOUSSERAND (poste 4417)
Le 20/03/2025

Demande RCP os - M. Jean-Claude PRÉVOTEAU, né le 14/05/1953

ATCD : DT2, HTA, AOMI stentée 2021. Néphrectomie G élargie 2019.
Onco : carcinome rénal à cellules claires G (pT3a, Fuhrman 3), récidive
osseuse découverte sur scanner de surveillance 11/2024 (ilion G + L3).
RT stéréo L3 (3 x 9 Gy) faite en 12/2024. Ilion G non traité.
Depuis 01/2025 : Cabometyx 40 mg/j (dose réduite pour diarrhées).

Clinique : dlr fesse G à la mobilisation et à la marche, EVA 4, pas de
composante neuropathique, pas de réveils nocturnes. KPS 80 %.

ttt :
 - Cabometyx 40 mg 1/j
 - Cardensiel 2.5 mg
 - Glucophage 1000 x2
 - Inexium 20
 - Dafalgan codéiné 1-2 cp si dlr (3/j en moy.)
Anticoag : non. AAP : Kardégic arrêté en janvier avant la biopsie de l'ilion,
non repris depuis (à discuter avec son angiologue).
Pas de ttt anti-résorptif (bilan dentaire en cours avant Xgeva).

Question : RT ilion G vs cimentoplastie / radiofréquence ? Poursuite
Cabometyx.

MJ
"""))
LETTERS[-1]["gold"] = G(
    "zzv04", "M", 71,
    pt=("present", "kidney", "clear_cell_carcinoma", {}),
    bd=("present", ["staging_imaging"], True),
    pain=("present", ["mechanical"], 4),
    meds=("present", ["L01EX07", "C07AB07", "A10BA02", "A02BC05", "N02AJ06"]),
    local=("present", ["radiotherapy"]), bone=("absent", []), anticoag=("absent", []), aap=("absent", []),
    kps=80, proj=("present", None))

# ---------------------------------------------------------------- zzv05 ---
LETTERS.append(dict(
    id="zzv05", fmt="pdf", date=D(2025, 5, 6),
    not_current=["M05BA04"],
    must_contain=["Je ne pense pas qu'elle soit sous anticoagulant", "à vérifier", "qu'elle ne prend plus"],
    text="""Docteur Martine ESCOFFIER-LAB
Médecin généraliste - 12 rue des Tanneurs, 24380 Vergt-de-Mérial
Tél : 05 53 41 86 27

Le 06/05/2025

Cher confrère,

Je me permets de vous adresser Mme Odette CHALAMONT, 83 ans, pour avis
concernant des douleurs de l'épaule droite. Elle a été opérée en 2020 d'un
cancer du sein gauche (je n'ai pas le compte rendu anapath sous la main),
et elle est sous hormonothérapie par Arimidex depuis, suivie par le
Dr Poujade à la clinique du Pont-Vieux.

Depuis deux mois environ elle se plaint de douleurs de l'épaule droite,
surtout la nuit, qui résistent au Doliprane. La radiographie faite le
22/04/2025 montre une lésion lytique de la tête humérale droite et le
scanner parle de « lésions secondaires probables », avec d'autres lésions
du rachis.

Antécédents : hypothyroïdie, ostéoporose (elle a eu du Fosamax pendant des
années, qu'elle ne prend plus depuis 2022), prothèse de genou gauche.

Traitement : Levothyrox 75 µg, Arimidex 1 mg, Doliprane 1 g si besoin.
Je ne pense pas qu'elle soit sous anticoagulant, mais c'est sa fille qui
gère le pilulier et je n'ai pas l'ordonnance de sortie de la clinique,
donc à vérifier. Pas d'aspirine.

Elle vit seule, sa fille passe tous les jours. Je vous remercie de me
dire ce que vous proposez ; je préviens son oncologue.

Bien à vous,

M. Escoffier-Lab
"""))
LETTERS[-1]["gold"] = G(
    "zzv05", "F", 83,
    pt=("present", "breast", None, {}),
    bd=("present", ["pain"], True),
    pain=("present", ["nocturnal"], None),
    meds=("present", ["H03AA01", "L02BG03", "N02BE01"]),
    local=("unknown", []), bone=("absent", []), anticoag=("uncertain", []), aap=("absent", []),
    prog=("unknown", None), proj=("present", None))

# ---------------------------------------------------------------- zzv06 ---
LETTERS.append(dict(
    id="zzv06", fmt="docx", date=D(2025, 3, 14), birth=D(1961, 3, 15),
    not_current=["M05BA08", "B01AC06", "B01AC04"],
    must_contain=["Pas d'anticoagulation", "ni Kardégic ni Plavix", "aucune douleur osseuse"],
    paragraphs=[
        ("h", "Centre Hospitalier de Brévannes-sur-Orge — Oncologie thoracique"),
        ("p", "Dr Nadia BELKACEMI-ROUX — 01 69 48 03 72"),
        ("p", "Le 14/03/2025"),
        ("p", "Fiche de demande RCP Métastases osseuses"),
        ("p", "Nom : M. Patrick LEBRASSEUR     Date de naissance : 15/03/1961"),
        ("h", "Tumeur primitive"),
        ("p", "Carcinome épidermoïde bronchique du lobe supérieur gauche, PD-L1 35 %, "
              "EGFR/ALK non recherchés (histologie épidermoïde, ancien fumeur 45 PA)."),
        ("h", "Découverte des lésions osseuses"),
        ("p", "Au bilan d'extension initial (TEP-TDM du 09/01/2025) : lésions osseuses du "
              "sacrum, de l'aile iliaque droite et de T11. Le patient ne décrit aucune douleur "
              "osseuse, aucun antalgique."),
        ("h", "Traitement oncologique en cours"),
        ("p", "Carboplatine AUC 5 + paclitaxel + pembrolizumab (Keytruda), C3 le 10/03/2025, "
              "intention palliative. Bonne tolérance, ECOG 1."),
        ("p", "Pas de Zometa pour l'instant (clairance à 38 mL/min) ; pas d'antiagrégant, "
              "ni Kardégic ni Plavix."),
        ("h", "Anticoagulation"),
        ("p", "Pas d'anticoagulation."),
        ("h", "Traitements habituels"),
        ("table", [["Traitement", "Dose"],
                   ["Innohep", "14 000 UI/j (TVP sur PICC-line le 20/02)"],
                   ["Inipomp", "40 mg/j"],
                   ["Imovane", "7,5 mg au coucher"],
                   ["Keytruda", "200 mg J1 = J21"]]),
        ("h", "Question posée"),
        ("p", "Indication d'un traitement osseux (dénosumab ?) vu la fonction rénale ; "
              "surveillance ou radiothérapie préventive de T11 ?"),
    ]))
LETTERS[-1]["gold"] = G(
    "zzv06", "M", 63,
    pt=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
    bd=("present", ["staging_imaging"], True),
    pain=("absent", [], None),
    meds=("present", ["L01XA02", "L01CD01", "L01FF02", "B01AB10", "A02BC02", "N05CF01"]),
    local=("unknown", []), bone=("absent", []), anticoag=("conflicting", ["B01AB10"]), aap=("absent", []),
    prog=("present", 1), proj=("present", "palliative"))

# ---------------------------------------------------------------- zzv07 ---
LETTERS.append(dict(
    id="zzv07", fmt="txt", date=D(2025, 1, 29),
    must_contain=["Ni anticoagulant, ni antiagrégant, ni traitement anti-résorptif",
                  "aucun antalgique en dehors du paracétamol", "Jamais irradiée"],
    text="""Service de Radiothérapie - Clinique des Hauts-de-Saône, 70110 Villersexel-le-Haut
Dr François ABGRALL, oncologue radiothérapeute - 03 84 20 61 55

Villersexel, le 29/01/2025

Cher Confrère,

Je vous présente pour la RCP Mme Isabelle QUENTRIC, 58 ans, suivie par le
Dr Marchal pour un adénocarcinome du sigmoïde pT3N1 opéré en 2022, KRAS muté
(G12D), BRAF non muté, MSS, avec récidive hépatique et osseuse fin 2024.

Elle décrit depuis octobre 2024 une douleur sacrée d'horaire inflammatoire,
avec dérouillage matinal d'une demi-heure, sans irradiation radiculaire ni
brûlure, qui a fait demander une IRM du bassin : le 02/12/2024 celle-ci
montre une lésion de l'aileron sacré droit sans envahissement canalaire,
puis le scanner a retrouvé les lésions hépatiques. EN 3/10 ce jour sous
paracétamol.

Jamais irradiée. Pas de chirurgie osseuse.

Traitement en cours : Xeloda (capécitabine) en entretien depuis décembre
après 6 cures de FOLFOX ; aucun antalgique en dehors du paracétamol
(Doliprane 1 g x 3). Ni anticoagulant, ni antiagrégant, ni traitement
anti-résorptif. Pas d'autre traitement au long cours.

OMS 0. Projet palliatif ; une radiothérapie antalgique du sacrum (20 Gy en
5 fractions) est programmée début février, le Xeloda étant poursuivi.
Je souhaite l'avis de la RCP sur l'intérêt d'un acide zolédronique associé.

Confraternellement,
Dr F. Abgrall
"""))
LETTERS[-1]["gold"] = G(
    "zzv07", "F", 58,
    pt=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
    bd=("present", ["pain"], True),
    pain=("present", ["inflammatory"], 3),
    meds=("present", ["L01BC06", "N02BE01"]),
    local=("absent", []), bone=("absent", []), anticoag=("absent", []), aap=("absent", []),
    prog=("present", 0), proj=("present", "palliative"))

# ---------------------------------------------------------------- zzv08 ---
LETTERS.append(dict(
    id="zzv08", fmt="pdf", date=D(2025, 2, 25),
    not_current=["B01AC06", "M05BX04", "M05BA08"],
    must_contain=["Pas d'autre anticoagulant ni d'antiagrégant, hormis", "qui n'a pas été reprise"],
    text="""CLINIQUE ORTHOPÉDIQUE DU BOCAGE - 53200 Château-Gontier-sur-Oudon
Dr Loïc TANGUY-BERTHELOT, chirurgien orthopédiste
Secrétariat 02 43 07 29 84

Château-Gontier, le 25/02/2025

Cher ami,

J'ai opéré le 04/02/2025 M. Thierry LE GOFF, 58 ans, d'une fracture
pathologique sous-trochantérienne du fémur droit survenue le 01/02/2025 en
descendant de sa voiture : enclouage centromédullaire long (clou Gamma) avec
prélèvements. L'anatomopathologie est revenue en faveur d'une métastase d'un
adénocarcinome pulmonaire déjà connu (ALK réarrangé, EGFR non muté), pour
lequel il est sous Alecensa depuis 2023 (Dr Roussel, CH de Laval).

Suites simples. Il marche avec deux cannes ; persiste une douleur à l'appui,
EVA 3/10, sous Doliprane 1 g x 4 et Actiskenan 5 mg si besoin (1 à 2 par
jour).

Il reçoit du Lovenox 4000 UI/j pour 35 jours depuis l'intervention. Pas
d'autre anticoagulant ni d'antiagrégant, hormis l'Aspirine qu'il avait
arrêtée 5 jours avant l'intervention et qui n'a pas été reprise (pas
d'indication retenue par son cardiologue). Il n'a jamais reçu de Xgeva ni de
Zometa.

Traitement : Alecensa 600 mg x 2, Lovenox 4000 UI/j, Doliprane, Actiskenan,
Forlax.

Je vous l'adresse pour discuter une radiothérapie post-opératoire du fémur
et un traitement anti-résorptif, l'Alecensa étant poursuivi par son
oncologue. Je laisse à l'oncologue le soin de préciser le pronostic.

Amitiés,
Dr L. Tanguy-Berthelot
"""))
LETTERS[-1]["gold"] = G(
    "zzv08", "M", 58,
    pt=("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative"}),
    bd=("present", ["pathological_fracture"], True),
    pain=("present", ["mechanical"], 3),
    meds=("present", ["L01ED03", "B01AB05", "N02BE01", "N02AA01", "A06AD15"]),
    local=("present", ["surgery"]), bone=("absent", []), anticoag=("present", ["B01AB05"]), aap=("absent", []),
    prog=("unknown", None), proj=("present", None))

# ---------------------------------------------------------------- zzv09 ---
LETTERS.append(dict(
    id="zzv09", fmt="docx", date=D(2025, 6, 10), birth=D(1950, 9, 3),
    must_contain=["n'a jamais interrompu", "Aucun traitement au long cours en dehors",
                  "ni au repos ni à la marche"],
    paragraphs=[
        ("p", "Dr Claire MONTREDON-VIAL — Rhumatologie"),
        ("p", "Cabinet des Tilleuls, 15 allée des Tilleuls, 63450 Saint-Amant-les-Monts"),
        ("p", "Tél. 04 73 39 52 18"),
        ("p", "Saint-Amant, le 10/06/2025"),
        ("p", "Chère consœur,"),
        ("p", "Je vous adresse Mme Geneviève TARDIEU, née le 03/09/1950, que je suis pour une "
              "ostéoporose fracturaire (tassement L1 en 2018). Elle prend de l'Actonel 35 mg "
              "une fois par semaine, qu'elle n'a jamais interrompu depuis 2018, avec du "
              "Calciprat D3."),
        ("p", "Elle a été traitée en 2021 pour un carcinome canalaire infiltrant du sein droit "
              "(RE+ 80 %, RP négatif, HER2 1+ donc négatif) : tumorectomie, radiothérapie du sein, "
              "puis tamoxifène qu'elle poursuit."),
        ("p", "En février 2025, un scanner abdominal réalisé aux urgences pour une colique "
              "néphrétique a découvert une lésion condensante de l'aile iliaque gauche et une "
              "lésion de L4 ; le TEP confirme deux foyers osseux isolés, sans autre lésion. "
              "La biopsie de l'aile iliaque est en faveur d'une métastase du cancer mammaire."),
        ("p", "Elle n'a pas de douleur, ni au repos ni à la marche, et l'examen rachidien est "
              "normal. OMS 0."),
        ("p", "Aucun traitement au long cours en dehors de l'Actonel, du Calciprat D3 et du "
              "tamoxifène (Nolvadex 20 mg/j)."),
        ("p", "Son oncologue, le Dr Vernet, envisage un changement d'hormonothérapie ; il "
              "souhaite l'avis de la RCP sur un traitement local des deux lésions et sur le "
              "relais de l'Actonel par un traitement anti-résorptif à dose oncologique."),
        ("p", "Bien confraternellement,"),
        ("p", "Dr C. Montredon-Vial"),
    ]))
LETTERS[-1]["gold"] = G(
    "zzv09", "F", 74,
    pt=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
    bd=("present", ["incidental_imaging"], True),
    pain=("absent", [], None),
    meds=("present", ["M05BA07", "A12AX", "L02BA01"]),
    local=("unknown", []), bone=("present", ["M05BA07"]), anticoag=("absent", []), aap=("absent", []),
    prog=("present", 0), proj=("present", None))

# ---------------------------------------------------------------- zzv10 ---
LETTERS.append(dict(
    id="zzv10", fmt="txt", date=D(2025, 4, 15),
    not_current=["B01AF01", "M05BX04", "B01AC06"],
    must_contain=["plus de Xarelto donc", "Pas de Kardégic (jamais)", "Aucune lésion osseuse irradiée"],
    text="""De : Dr Olivier KERMARREC <o.kermarrec@ch-pontaven-ouest.invalid>
À : RCP Métastases osseuses
Date : 15/04/2025
Objet : RCP os - M. Henri DAGORN 74 ans

Bonjour,

Je souhaiterais inscrire M. Dagorn, 74 ans, à la prochaine RCP.

Adénocarcinome prostatique Gleason 7 (4+3) traité en 2018 par
radiothérapie prostatique + 18 mois d'analogues. Rechute biologique 2024,
PSA 12 ng/mL en février 2025 ; le TEP-PSMA du 03/03/2025 (bilan de la
rechute) montre 2 lésions osseuses (ischion D, T10), pas d'adénopathie.
Aucune lésion osseuse irradiée jusqu'ici : seule la loge prostatique l'a
été en 2018.

Pas de douleur à ce jour.

Il était sous Xarelto pour une FA, relayé par Eliquis en décembre (fonction
rénale) ; plus de Xarelto donc. Pas de Kardégic (jamais). Le Prolia qu'il
recevait pour ostéoporose a été arrêté en 2023 et il n'a pas de Xgeva.

Ttt actuel : Décapeptyl 11,25 mg/3 mois, Zytiga 1000 mg + Cortancyl 5 mg
(débutés le 20/03), Eliquis 5 mg x2, Cardensiel 5 mg.

ECOG 0. Question : radiothérapie stéréotaxique des 2 lésions
(oligométastatique) en association à l'hormonothérapie en cours ?

Bien à vous,
O. Kermarrec, oncologie médicale
"""))
LETTERS[-1]["gold"] = G(
    "zzv10", "M", 74,
    pt=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    bd=("present", ["staging_imaging"], True),
    pain=("absent", [], None),
    meds=("present", ["L02AE04", "L02BX03", "H02AB07", "B01AF02", "C07AB07"]),
    local=("absent", []), bone=("absent", []), anticoag=("present", ["B01AF02"]), aap=("absent", []),
    prog=("present", 0), proj=("present", None))

# ---------------------------------------------------------------- zzv11 ---
LETTERS.append(dict(
    id="zzv11", fmt="pdf", date=D(2025, 3, 21), birth=D(1956, 3, 21),
    not_current=["M05BA08", "B01AB05"],
    must_contain=["a priori pas de traitement anticoagulant", "à confirmer", "perfusion unique de Zometa"],
    text="""CENTRE HOSPITALIER DE SAINT-VALÈRE-EN-CAUX
Pneumologie - Dr Bénédicte HAUCHECORNE - 02 35 97 60 13

Saint-Valère, le 21/03/2025

Objet : RCP métastases osseuses - Mme Josiane DUBOC, née le 21/03/1956

Cher confrère,

Mme Duboc est hospitalisée dans le service depuis le 01/03/2025 pour une
hypercalcémie à 3,4 mmol/L révélatrice d'un carcinome bronchique à petites
cellules, stade étendu : masse hilaire gauche, lésions hépatiques et
lésions osseuses diffuses (rachis, bassin, fémurs) au scanner du 03/03.
Elle a reçu une perfusion unique de Zometa 4 mg aux urgences le 02/03 ;
pas de traitement osseux au long cours décidé à ce stade.

Chimio-immunothérapie carboplatine-étoposide-atézolizumab (Tecentriq)
débutée le 06/03, C2 prévue le 27/03. Intention palliative. PS 2.

Pas de douleur. Elle ne prend pas d'antalgique.

Antécédents : phlébite du mollet droit en 2022, HTA. Elle a eu du Lovenox
préventif pendant les premiers jours d'hospitalisation, arrêté dès la
reprise de la marche. A domicile, a priori pas de traitement anticoagulant
au long cours, à confirmer avec son médecin traitant (ordonnance non
retrouvée). Kardégic 75 mg : oui, poursuivi.

Traitement à la sortie : Kardégic 75, Triatec 2,5, Inexium 40, Forlax.

Je n'ai pas de notion de radiothérapie antérieure. Merci de discuter
l'indication d'un traitement anti-résorptif et la surveillance des lésions
fémorales.

Dr B. Hauchecorne
"""))
LETTERS[-1]["gold"] = G(
    "zzv11", "F", 69,
    pt=("present", "lung", "small_cell_carcinoma", {}),
    bd=("present", ["hypercalcemia"], True),
    pain=("absent", [], None),
    meds=("present", ["L01XA02", "L01CB01", "L01FF05", "B01AC06", "C09AA05", "A02BC05", "A06AD15"]),
    local=("unknown", []), bone=("absent", []), anticoag=("uncertain", []), aap=("present", ["B01AC06"]),
    prog=("present", 2), proj=("present", "palliative"))

# ---------------------------------------------------------------- zzv12 ---
LETTERS.append(dict(
    id="zzv12", fmt="docx", date=D(2025, 5, 28),
    not_current=["N02AX02"],
    must_contain=["hormis l'immunothérapie", "ne prend plus d'Ixprim", "ni anticoagulant ni antiagrégant"],
    paragraphs=[
        ("p", "Dr Rémi CASTAGNOS"),
        ("p", "Médecin généraliste — 3 chemin de la Gravette, 31870 Lagardelle-d'Ariège"),
        ("p", "05 61 76 40 92"),
        ("p", "Le 28/05/2025"),
        ("p", "Mon cher confrère,"),
        ("p", "Je vous adresse M. Kévin SERRES, 49 ans, suivi à l'Oncopole pour un mélanome "
              "nodulaire du dos opéré en 2023, BRAF non muté, avec métastases ganglionnaires et "
              "pulmonaires, sous nivolumab (Opdivo) en entretien toutes les 4 semaines."),
        ("p", "Il se plaint depuis 3 semaines d'une douleur costale droite à type de brûlure, EN "
              "à 5/10. Le scanner du 19/05/2025 retrouve une lyse de l'arc postérieur de la 8e "
              "côte droite avec composante tissulaire."),
        ("p", "Il n'a jamais eu de radiothérapie. Il ne prend plus d'Ixprim depuis qu'il a eu des "
              "nausées, et n'a pas voulu de morphinique."),
        ("p", "Traitement habituel : aucun, hormis l'immunothérapie à l'hôpital et du Doliprane "
              "1 g jusqu'à 4 fois par jour ; ni anticoagulant ni antiagrégant."),
        ("p", "Pouvez-vous discuter une radiothérapie antalgique de la côte ? L'Opdivo est "
              "poursuivi en attendant."),
        ("p", "Cordialement,"),
        ("p", "R. Castagnos"),
    ]))
LETTERS[-1]["gold"] = G(
    "zzv12", "M", 49,
    pt=("present", "melanoma", "other", {"BRAF": "negative"}),
    bd=("present", ["pain"], True),
    pain=("present", ["neuropathic"], 5),
    meds=("present", ["L01FF01", "N02BE01"]),
    local=("absent", []), bone=("absent", []), anticoag=("absent", []), aap=("absent", []),
    prog=("unknown", None), proj=("present", None))


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------
FIXED_PDF_DATE = "D:20250101120000+00'00'"
PRODUCER = "corpus74 make_letters.py"


def _font_widths():
    from PIL import ImageFont
    f = ImageFont.truetype(str(FONT), 1000)
    widths = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            widths.append(600)
            continue
        widths.append(int(round(f.getlength(ch))))
    return widths


def _wrap(line, width_pts, size, widths):
    def w(s):
        return sum(widths[b - 32] if 32 <= b < 256 else 600 for b in s.encode("cp1252")) * size / 1000
    if w(line) <= width_pts:
        return [line]
    out, cur = [], ""
    indent = len(line) - len(line.lstrip(" "))
    for word in line.split(" "):
        cand = (cur + " " + word) if cur else word
        if w(cand) <= width_pts or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = " " * indent + word
    out.append(cur)
    return out


def _pdf_str(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def write_pdf(path: Path, text: str):
    widths = _font_widths()
    size, lead, left, top, bottom = 10, 13.2, 56, 790, 56
    lines = []
    for raw in text.split("\n"):
        lines.extend(_wrap(raw.rstrip(), 595 - 2 * left, size, widths) if raw.strip() else [""])
    pages, cur, y = [], [], top
    for ln in lines:
        if y < bottom:
            pages.append(cur)
            cur, y = [], top
        cur.append((y, ln))
        y -= lead
    pages.append(cur)
    font_data = FONT.read_bytes()
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 descriptor, 5 fontfile, 6 info, then page/content pairs
    kids = [7 + 2 * i for i in range(n_pages)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{k} 0 R" for k in kids), n_pages)).encode()
    objs[3] = ("<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               "/Widths [%s] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>" % " ".join(map(str, widths))).encode()
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    ff = zlib.compress(font_data, 9)
    objs[5] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(ff), len(font_data))
               + ff + b"\nendstream")
    objs[6] = ("<< /Producer (%s) /Creator (%s) /CreationDate (%s) /ModDate (%s) >>"
               % (PRODUCER, PRODUCER, FIXED_PDF_DATE, FIXED_PDF_DATE)).encode()
    for i, pg in enumerate(pages):
        pid, cid = 7 + 2 * i, 8 + 2 * i
        parts = [b"BT", b"/F1 %d Tf" % size]
        for y, ln in pg:
            if ln:
                parts.append(b"1 0 0 1 %d %.1f Tm " % (left, y) + _pdf_str(ln) + b" Tj")
        parts.append(b"ET")
        content = zlib.compress(b"\n".join(parts), 9)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid)
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    path.write_bytes(bytes(out))


def write_docx(path: Path, paragraphs, date: dt.date):
    from docx import Document
    doc = Document()
    cp = doc.core_properties
    fixed = dt.datetime(date.year, date.month, date.day, 9, 0, 0)
    cp.author = "secretariat"
    cp.last_modified_by = "secretariat"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = "Demande RCP"
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    for kind, val in paragraphs:
        if kind == "h":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def docx_text(paragraphs):
    out = []
    for kind, val in paragraphs:
        if kind == "table":
            out.extend(" ".join(r) for r in val)
        else:
            out.append(val)
    return "\n".join(out)


def main() -> int:
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    ids = [L["id"] for L in LETTERS]
    try:
        if len(set(ids)) != len(ids):
            raise Violation("duplicate ids")
        for L in LETTERS:
            text = L["text"] if "text" in L else docx_text(L["paragraphs"])
            if L["fmt"] in ("pdf",) or L.get("encoding") == "cp1252":
                text.encode("cp1252")  # raises if a glyph cannot be encoded
            check_gold(L, L["gold"], text)
    except (Violation, UnicodeEncodeError) as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for L in LETTERS:
        stem = L["id"]
        if L["fmt"] == "txt":
            data = L["text"].replace("\n", L.get("newline", "\n")).encode(L.get("encoding", "utf-8"))
            (letters_dir / f"{stem}.txt").write_bytes(data)
        elif L["fmt"] == "pdf":
            write_pdf(letters_dir / f"{stem}.pdf", L["text"])
        elif L["fmt"] == "docx":
            write_docx(letters_dir / f"{stem}.docx", L["paragraphs"], L["date"])
        (gold_dir / f"{stem}.json").write_text(
            json.dumps(L["gold"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
