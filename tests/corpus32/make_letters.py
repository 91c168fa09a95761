#!/usr/bin/env python3
"""Blind corpus 32: twelve referral letters to the RCP « métastases osseuses »
of an invented regional cancer centre (CRLC Val-de-Lère) and its network of
private clinics and general practitioners, with their gold records.

Run from /work/main:  .venv/bin/python tests/corpus32/make_letters.py

Checks every gold against the contract (shared/spec/rcp-request.md) and exits
with "CONTRACT VIOLATION: ..." on any failure, then writes letters/ and gold/
byte-identically on every run.
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
SHARED = Path("/work/shared")
ATC_TSV = SHARED / "spec" / "atc-reference.tsv"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# --------------------------------------------------------------------------
# Contract
# --------------------------------------------------------------------------
ITEMS_GAP = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
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
KIND = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}


def load_atc():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if line.strip():
            f = line.split("\t")
            names = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
            rows[f[0].strip()] = names
    return rows


ATC = load_atc()


def agent_group_ok(section, code):
    if section == "boneTargetedTherapy":
        return code.startswith("M05BA") or code == "M05BX04"
    if section == "anticoagulation":
        return code[:5] in {"B01AA", "B01AB", "B01AE", "B01AF"} or code == "B01AX05"
    if section == "antiplatelets":
        return code.startswith("B01AC")
    raise KeyError(section)


def derive_gaps(g):
    """The spec's Gaps rule, applied to the gold values (antiplatelets excluded)."""
    gaps = []
    for item in ITEMS_GAP:
        sec = g[item]
        st = sec["status"]
        if st in KIND:
            gaps.append([item, KIND[st]])
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


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def age_at(birth, date):
    return date.year - birth.year - ((date.month, date.day) < (birth.month, birth.day))


class Violation(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Violation(msg)


def check_gold(lid, L, g, text):
    need(g["id"] == lid, f"{lid}: id {g['id']!r}")
    keys = {"id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
            "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation", "antiplatelets",
            "prognosis", "therapeuticProject", "gaps"}
    need(set(g) == keys, f"{lid}: keys {sorted(set(g) ^ keys)}")
    p = g["patient"]
    need(p["sex"] in ("F", "M"), f"{lid}: sex")
    need(isinstance(p["age"], int) and 18 <= p["age"] <= 100, f"{lid}: age")
    ldate = L["date"]
    need(ldate.strftime("%d/%m/%Y") in text or L.get("date_text", "\0") in text,
         f"{lid}: letter date not in text")
    if L.get("birth"):
        need(p["age"] == age_at(L["birth"], ldate), f"{lid}: age {p['age']} != computed {age_at(L['birth'], ldate)}")
        need(L["birth"].strftime("%d/%m/%Y") in text, f"{lid}: birth date not in text")
        need(f"{p['age']} ans" not in text, f"{lid}: age written although birth date used")
    else:
        need(f"{p['age']} ans" in text, f"{lid}: written age '{p['age']} ans' not in text")
    for item, allowed in ALLOWED_STATUS.items():
        need(g[item]["status"] in allowed, f"{lid}: {item} status {g[item]['status']!r} not allowed")
    pt = g["primaryTumor"]
    need(set(pt) == {"status", "site", "histology", "biomarkers"}, f"{lid}: primaryTumor keys")
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], f"{lid}: unknown primary with values")
    else:
        need(pt["site"] in SITES, f"{lid}: site {pt['site']}")
    need(pt["histology"] is None or pt["histology"] in HISTOLOGIES, f"{lid}: histology")
    for k, v in pt["biomarkers"].items():
        need(k in BIOMARKERS and v in BIORESULTS, f"{lid}: biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    need(set(bd) == {"status", "circumstances", "dated"}, f"{lid}: boneDiagnosis keys")
    need(all(c in CIRCUMSTANCES for c in bd["circumstances"]), f"{lid}: circumstance code")
    need(isinstance(bd["dated"], bool), f"{lid}: dated bool")
    if bd["status"] == "present":
        need(bd["circumstances"], f"{lid}: bone diagnosis present without circumstance")
    else:
        need(not bd["circumstances"] and not bd["dated"], f"{lid}: unknown bone diagnosis with values")
    pa = g["pain"]
    need(set(pa) == {"status", "types", "intensity"}, f"{lid}: pain keys")
    need(all(t in PAIN_TYPES for t in pa["types"]), f"{lid}: pain type")
    need(pa["types"] == sorted(set(pa["types"])), f"{lid}: pain types sorted/unique")
    need(pa["intensity"] is None or (isinstance(pa["intensity"], int) and 0 <= pa["intensity"] <= 10), f"{lid}: intensity")
    if pa["status"] in ("absent", "unknown"):
        need(not pa["types"], f"{lid}: types with pain {pa['status']}")
        need(pa["intensity"] in (None, 0), f"{lid}: nonzero intensity with pain {pa['status']}")
    if pa["status"] == "unknown":
        need(pa["intensity"] is None, f"{lid}: intensity with unknown pain")
    if pa["status"] == "present":
        need(pa["intensity"] != 0, f"{lid}: pain present at 0")
    cm = g["currentMedications"]
    need(set(cm) == {"status", "atc"}, f"{lid}: currentMedications keys")
    need(cm["atc"] == sorted(set(cm["atc"])), f"{lid}: current atc sorted/unique")
    for c in cm["atc"]:
        need(c in ATC, f"{lid}: current ATC {c} not in atc-reference.tsv")
        need(any(fold(n) in fold(text) for n in ATC[c]), f"{lid}: no name of {c} in the letter text")
    if cm["status"] != "present":
        need(not cm["atc"], f"{lid}: current meds {cm['status']} with codes")
    else:
        need(cm["atc"] or L.get("meds_outside_table"), f"{lid}: current meds present but empty")
    for c in L.get("not_current", []):
        need(c not in cm["atc"], f"{lid}: {c} declared not current but listed")
        need(any(fold(n) in fold(text) for n in ATC[c]), f"{lid}: not-current {c} not named in letter")
    lt = g["priorLocalTreatments"]
    need(set(lt) == {"status", "types"}, f"{lid}: priorLocalTreatments keys")
    need(all(t in LOCAL_TYPES for t in lt["types"]) and lt["types"] == sorted(set(lt["types"])), f"{lid}: local types")
    if lt["status"] in ("absent", "unknown"):
        need(not lt["types"], f"{lid}: local types with status {lt['status']}")
    if lt["status"] == "present":
        need(lt["types"], f"{lid}: local present without type")
    for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        s = g[sec]
        need(set(s) == {"status", "atc"}, f"{lid}: {sec} keys")
        need(s["atc"] == sorted(set(s["atc"])), f"{lid}: {sec} atc sorted/unique")
        for c in s["atc"]:
            need(c in ATC, f"{lid}: {sec} ATC {c} not in reference")
            need(agent_group_ok(sec, c), f"{lid}: {c} not a {sec} agent")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                need(c in cm["atc"], f"{lid}: {sec} agent {c} ({s['status']}) missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                need(c not in cm["atc"], f"{lid}: doubtful {sec} agent {c} listed as current")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], f"{lid}: {sec} {s['status']} with agents")
            for c in cm["atc"]:
                need(not agent_group_ok(sec, c), f"{lid}: current {c} but {sec} {s['status']}")
        if s["status"] == "present" and cm["status"] == "present":
            pass
    for c in cm["atc"]:
        for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            if agent_group_ok(sec, c):
                need(c in g[sec]["atc"], f"{lid}: current {c} not in {sec}")
    if cm["status"] == "absent":
        for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            need(g[sec]["status"] in ("absent", "uncertain", "conflicting"), f"{lid}: no meds but {sec} {g[sec]['status']}")
    pr = g["prognosis"]
    need(set(pr) in ({"status", "ecog"}, {"status", "kps"}), f"{lid}: prognosis keys {sorted(pr)}")
    if "ecog" in pr:
        need(pr["ecog"] is None or pr["ecog"] in range(5), f"{lid}: ecog")
    if "kps" in pr:
        need(isinstance(pr["kps"], int) and 0 <= pr["kps"] <= 100 and pr["kps"] % 10 == 0, f"{lid}: kps")
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and "kps" not in pr, f"{lid}: unknown prognosis with value")
    tp = g["therapeuticProject"]
    need(set(tp) == {"status", "intent"}, f"{lid}: therapeuticProject keys")
    need(tp["intent"] is None or tp["intent"] in INTENTS, f"{lid}: intent")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, f"{lid}: intent with unknown project")
    need(g["gaps"] == derive_gaps(g), f"{lid}: gaps {g['gaps']} != derived {derive_gaps(g)}")
    for needle in L.get("must_contain", []):
        need(fold(needle) in fold(text), f"{lid}: evidence {needle!r} not in text")


# --------------------------------------------------------------------------
# Gold builder
# --------------------------------------------------------------------------
def gold(lid, *, sex, age, tumor, bone, pain, meds, local, btt, ac, ap, prog, project):
    st, site, hist, bio = tumor
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": st, "site": site, "histology": hist, "biomarkers": dict(sorted(bio.items()))},
        "boneDiagnosis": {"status": bone[0], "circumstances": sorted(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": ac[0], "atc": sorted(ac[1])},
        "antiplatelets": {"status": ap[0], "atc": sorted(ap[1])},
        "prognosis": dict(prog),
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }
    g["gaps"] = derive_gaps(g)
    return g


def ecog(v):
    return {"status": "present", "ecog": v}


def kps(v):
    return {"status": "present", "kps": v}


NOPROG = {"status": "unknown", "ecog": None}

# --------------------------------------------------------------------------
# Letters
# --------------------------------------------------------------------------
CRLC_HEAD = [
    ("title", "CENTRE RÉGIONAL DE LUTTE CONTRE LE CANCER DU VAL-DE-LÈRE"),
    ("small", "14 boulevard Anatole-Ferrière – 58912 Saint-Aurèle Cedex – Standard 03 86 47 20 00"),
    ("small", "Secrétariat RCP Métastases Osseuses (RCP-MO) : 03 86 47 21 58 – rcp.mo@crlc-valdelere.example"),
]

LETTERS = []


def letter(**kw):
    LETTERS.append(kw)


# ---------------------------------------------------------------- zf01
letter(
    id="zf01", fmt="pdf", date=dt.date(2026, 3, 3), birth=dt.date(1961, 6, 14),
    not_current=[],
    must_contain=["Douleur osseuse : non", "mécanique", "pas de réveil nocturne", "Pas de traitement anticoagulant"],
    blocks=CRLC_HEAD + [
        ("sp",),
        ("h", "Département d'Oncologie Médicale – Dr Hélène VASSEROT-KERDAL"),
        ("p", "Saint-Aurèle, le 03/03/2026"),
        ("h", "DEMANDE D'AVIS – RCP MÉTASTASES OSSEUSES du jeudi 12/03/2026"),
        ("box", [
            ("Patiente", "Mme BRÉHAUT Maryvonne, née le 14/06/1961"),
            ("Primitif", "Carcinome canalaire infiltrant (NST) du sein gauche, RE 90 % RP 20 % HER2 score 1+ (négatif)"),
            ("Localisations osseuses", "L3, aile iliaque D, 6e côte G"),
            ("Douleur osseuse", "non"),
            ("PS OMS", "0"),
            ("Traitement en cours", "ribociclib + létrozole, dénosumab"),
            ("Question posée", "indication d'une radiothérapie de L3 ?"),
        ]),
        ("sp",),
        ("p", "Cher confrère,"),
        ("p", "Je vous adresse pour discussion en RCP-MO Mme Bréhaut, que je suis au CRLC depuis 2014."
              " Elle vit en couple, retraitée de La Poste."),
        ("h", "1. ANTÉCÉDENTS"),
        ("li", "HTA traitée, RGO."),
        ("li", "Familiaux : mère décédée d'un cancer du sein à 70 ans ; pas d'autre cas."),
        ("h", "2. HISTOIRE ONCOLOGIQUE"),
        ("p", "2014 : carcinome canalaire infiltrant du sein gauche pT1c N0, RE+ RP+ HER2 négatif, traité par tumorectomie, "
              "radiothérapie mammaire 50 Gy + boost, puis tamoxifène 5 ans (arrêté en 2019)."),
        ("p", "09/2025 : élévation du CA 15-3 au suivi ; le TEP-TDM du 22/09/2025 retrouve des lésions osseuses hypermétaboliques "
              "de L3, de l'aile iliaque droite et de la 6e côte gauche, sans atteinte viscérale. Biopsie de l'aile iliaque "
              "(10/2025) : métastase d'un carcinome d'origine mammaire, RE 90 %, RP 20 %, HER2 score 1+."),
        ("p", "Depuis le 03/11/2025 : 1re ligne métastatique par ribociclib (Kisqali) + létrozole (Femara) associée au "
              "dénosumab (Xgeva), après bilan dentaire normal."),
        ("h", "3. CLINIQUE ACTUELLE"),
        ("p", "La patiente décrit depuis janvier des lombalgies basses d'horaire mécanique, majorées à la marche prolongée et au port de charges, "
              "cotées à 3/10 (EN), pas de réveil nocturne, pas de radiculalgie. Examen neurologique normal. PS OMS 0."),
        ("p", "Aucune irradiation osseuse à ce jour. Pas de traitement anticoagulant ni antiagrégant plaquettaire."),
        ("h", "4. TRAITEMENT ACTUEL"),
        ("li", "KISQALI 200 mg : 3 cp/j, 21 j sur 28"),
        ("li", "FEMARA 2,5 mg : 1 cp/j"),
        ("li", "XGEVA 120 mg : 1 inj SC toutes les 4 semaines"),
        ("li", "CACIT D3 1000 mg/880 UI : 1 sachet/j"),
        ("li", "INEXIUM 20 mg : 1 cp le soir"),
        ("li", "DOLIPRANE 1 g : si douleur, max 3/j"),
        ("h", "5. PROJET / QUESTION"),
        ("p", "Poursuite du ribociclib-létrozole, en situation palliative, la maladie étant stable au TEP de février hormis un "
              "discret remaniement de L3 (pas de recul du mur postérieur, SINS 7). Pourriez-vous discuter l'intérêt d'une "
              "radiothérapie (conventionnelle ou SBRT) de L3 ?"),
        ("p", "Bien confraternellement,"),
        ("p", "Dr H. Vasserot-Kerdal – Oncologie médicale – RPPS 10101234567"),
    ],
    gold=dict(
        sex="F", age=64,
        tumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        bone=("present", ["staging_imaging"], True),
        pain=("conflicting", ["mechanical"], 3),
        meds=("present", ["L01EF02", "L02BG04", "M05BX04", "A12AX", "A02BC05", "N02BE01"]),
        local=("absent", []),
        btt=("present", ["M05BX04"]),
        ac=("absent", []), ap=("absent", []),
        prog=ecog(0), project=("present", "palliative"),
    ),
)

# ---------------------------------------------------------------- zf02
letter(
    id="zf02", fmt="docx", date=dt.date(2026, 3, 5), birth=None,
    not_current=[],
    must_contain=["Lovenox", "Kardégic", "Zométa", "à discuter", "8 Gy"],
    blocks=[
        ("title", "POLYCLINIQUE DES TILLEULS – Service de Pneumologie"),
        ("small", "3 rue des Vanneaux, 58140 Brézolles-sur-Lère – Tél. 03 86 61 40 40 – Fax 03 86 61 40 41"),
        ("small", "Dr Romain ESCOFFIER – Dr Lætitia MONBRUN, pneumologues"),
        ("p", "Brézolles, le 05/03/2026"),
        ("p", "À l'attention du secrétariat de la RCP Métastases Osseuses – CRLC du Val-de-Lère"),
        ("h", "Objet : M. FOURCADE Gérard, 62 ans – demande d'inscription RCP-MO"),
        ("p", "Chère consoeur, cher confrère,"),
        ("p", "Je vous présente M. Fourcade, 62 ans, ancien chauffeur routier, tabagisme sevré en 2020 (45 PA), suivi pour un "
              "adénocarcinome pulmonaire du LSD stade IV (os)."),
        ("h", "ANTÉCÉDENTS"),
        ("p", "Cardiopathie ischémique stentée en 2018 (IVA), dyslipidémie, BPCO stade 2. Pas d'antécédent familial notable."),
        ("h", "HISTOIRE DE LA MALADIE"),
        ("p", "Douleur de l'épaule droite apparue début décembre 2025, d'abord traitée comme une tendinopathie par son MT. "
              "Devant la persistance, radiographie puis scanner le 23/12/2025 : lésion lytique de la tête et du col huméral "
              "droit, masse lobaire supérieure droite de 4 cm. Biopsie bronchique : adénocarcinome TTF1+."),
        ("p", "Biologie moléculaire (NGS) : EGFR non muté, KRAS muté G12C, pas de réarrangement ALK ni ROS1. "
              "PD-L1 : 5 % des cellules tumorales."),
        ("p", "Radiothérapie antalgique de l'humérus droit, 8 Gy en une fraction, le 05/01/2026 au CRLC."),
        ("p", "Chimio-immunothérapie de 1re ligne carboplatine-pémétrexed-pembrolizumab débutée le 20/01/2026 : C1 et C2 "
              "bien tolérées, C3 prévue le 10/03/2026."),
        ("h", "ÉTAT ACTUEL"),
        ("p", "PS 1. Douleur de l'épaule D persistante à la mobilisation et responsable de réveils nocturnes, EVA 6/10 malgré "
              "la morphine. Pas de déficit. Alitement partiel depuis 15 jours d'où une anticoagulation préventive."),
        ("h", "TRAITEMENT EN COURS"),
        ("table", [
            ["Médicament", "Posologie", "Indication"],
            ["Keytruda (pembrolizumab)", "200 mg J1 = J21", "CBNPC"],
            ["Alimta (pémétrexed) + carboplatine AUC 5", "J1 = J21", "CBNPC"],
            ["Skenan LP 30 mg", "1 matin et soir", "douleur"],
            ["Actiskenan 10 mg", "si douleur, 4/j max", "accès douloureux"],
            ["Lovenox 4000 UI", "1 inj SC/j", "prévention TVP"],
            ["Kardégic 75 mg", "1 sachet/j", "coronaropathie"],
            ["Tahor 40 mg", "1 cp/j", "dyslipidémie"],
            ["Spéciafoldine 0,4 mg", "1 cp/j", "supplémentation (Alimta)"],
        ]),
        ("h", "QUESTIONS POSÉES À LA RCP"),
        ("li", "Risque fracturaire de l'humérus droit (score de Mirels ?) : indication d'une ostéosynthèse préventive ?"),
        ("li", "Traitement anti-résorptif : Zométa ou Xgeva, à discuter en RCP."),
        ("p", "Avec mes remerciements. Bien cordialement."),
        ("p", "Dr R. Escoffier"),
    ],
    gold=dict(
        sex="M", age=62,
        tumor=("present", "lung", "adenocarcinoma",
               {"EGFR": "negative", "KRAS": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
        bone=("present", ["pain"], True),
        pain=("present", ["mechanical", "nocturnal"], 6),
        meds=("present", ["L01FF02", "L01BA04", "L01XA02", "N02AA01", "B01AB05", "B01AC06", "C10AA05"]),
        local=("present", ["radiotherapy"]),
        btt=("unknown", []),
        ac=("present", ["B01AB05"]), ap=("present", ["B01AC06"]),
        prog=ecog(1), project=("present", None),
    ),
)

# ---------------------------------------------------------------- zf03
ZF03 = """Dr Bernard QUEYROUX
Médecine générale
2 place de la Halle
58230 Vielmur-la-Côte
Tél 03 86 72 11 09

                                   Vielmur, le 06/03/2026

Chère consoeur, cher confrère

Je me permet de vous adresser M. LAPORTERIE Émile, 81 ans, que je suis depuis
longtemps, pour avis de votre RCP des métastases osseuses.

Il est suivi pour un adénocarcinone de prostate Gleason 8 (4+4) diagnostiqué
en 2019, traité à l'époque par radiothérapie prostatique et hormonothérapie
(Décapeptyl) qu'il poursuit toujours, injection tous les 3 mois, la dernière
le 12 février.

Le PSA remonte depuis l'été : 4,2 en juin, 11 en octobre, 48 ng/ml le
20/01/2026 (testostérone effondrée). L'urologue (Dr Sablayrolles, clinique
Saint-Roch) a fait faire une scintigrahpie osseuse de contrôle, réalisée le
02/02/2026, qui montre des fixations multiples : rachis dorsal, bassin, côtes.

Sur le plan douleur il ne se plaint de rien, il a été interrogé plusieurs
fois : aucune douleur osseuse, il jardine encore.
Il me semble qu'il a eu des rayons sur le dos l'an dernier à la clinique
Saint-Roch, mais je n'ai pas le compte rendu et lui ne s'en souvient plus bien.

ATCD : ACFA, insuffisance cardiaque à FE conservée, hypothyroidie, adénome
prostatique opéré (RTUP) 2008. Frère décédé d'un cancer du côlon.

Ttt actuel :
- Préviscan 20 mg 3/4 cp le soir (INR cible 2-3, dernier INR 2,4)
- Cardensiel 2,5 mg 1/j
- Lasilix 40 mg 1 le matin
- Levothyrox 75 µg
- Forlax 1 sachet/j
- Décapeptyl 11,25 mg /3 mois

Je vous remercie de me dire s'il faut faire quelque chose de plus pour ses os
et s'il peut bénéficier d'un nouveau traitement (l'urologue a parlé
d'enzalutamide).

Bien confraternellement

Dr B. Queyroux
"""
letter(
    id="zf03", fmt="txt", encoding="utf-8", date=dt.date(2026, 3, 6), date_text="le 06/03/2026", birth=None,
    not_current=[], must_contain=["aucune douleur osseuse", "Il me semble", "rayons sur le dos"],
    text=ZF03,
    gold=dict(
        sex="M", age=81,
        tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        bone=("present", ["staging_imaging"], True),
        pain=("absent", [], None),
        meds=("present", ["B01AA12", "C07AB07", "C03CA01", "H03AA01", "A06AD15", "L02AE04"]),
        local=("uncertain", ["radiotherapy"]),
        btt=("unknown", []),
        ac=("present", ["B01AA12"]), ap=("unknown", []),
        prog=NOPROG, project=("present", None),
    ),
)

# ---------------------------------------------------------------- zf04
letter(
    id="zf04", fmt="pdf", date=dt.date(2026, 3, 10), birth=dt.date(1958, 11, 2),
    not_current=["B01AC06"],
    must_contain=["Pas de traitement anti-résorptif", "Kardégic", "arrêté"],
    blocks=CRLC_HEAD + [
        ("sp",),
        ("h", "Département de Radiothérapie – Dr Yannick LE GOASTER"),
        ("p", "Saint-Aurèle, le 10/03/2026"),
        ("h", "FICHE DE PRÉSENTATION RCP-MO"),
        ("h", "1. IDENTITÉ"),
        ("p", "M. ROUQUETTE Jean-Pierre, né le 02/11/1958. IPP 2026-004417. Médecin traitant : Dr Anne Cazals (Lorme)."),
        ("h", "2. ANTÉCÉDENTS"),
        ("p", "HTA, fibrillation atriale paroxystique découverte en 2024 (initialement sous Kardégic), ancien fumeur. "
              "Père : cancer de vessie."),
        ("h", "3. HISTOIRE DE LA MALADIE"),
        ("p", "Carcinome rénal à cellules claires du rein gauche, néphrectomie élargie en 05/2021 (pT3a N0, grade ISUP 3). "
              "Surveillance simple jusqu'au 14/01/2026 : chute de sa hauteur dans la cuisine avec fracture pathologique "
              "sous-trochantérienne du fémur gauche. Prothèse fémorale de reconstruction le 16/01/2026 à la Clinique du "
              "Val d'Orgeval (Dr Pélissier). Histologie de la pièce : métastase de carcinome à cellules claires. "
              "Le bilan d'extension montre 2 autres lésions osseuses (T11, 7e arc costal droit) et 3 nodules pulmonaires."),
        ("p", "Radiothérapie post-opératoire du fémur gauche 20 Gy en 5 fractions, terminée le 20/02/2026."),
        ("p", "Embolie pulmonaire post-opératoire le 25/01/2026 : relais par apixaban ; le Kardégic a été arrêté à "
              "cette occasion par le cardiologue."),
        ("p", "Depuis le 09/02/2026 : nivolumab + cabozantinib (risque intermédiaire IMDC)."),
        ("h", "4. ÉTAT CLINIQUE"),
        ("p", "OMS 1. Marche avec une canne. Douleur résiduelle de la cuisse gauche à la marche, EN 2/10. Pas de douleur "
              "rachidienne, pas de signe neurologique."),
        ("h", "5. TRAITEMENTS EN COURS"),
        ("li", "Opdivo (nivolumab) 480 mg IV toutes les 4 semaines"),
        ("li", "Cabometyx (cabozantinib) 40 mg/j"),
        ("li", "Eliquis 5 mg matin et soir"),
        ("li", "Topalgic LP 100 mg matin et soir"),
        ("li", "Doliprane 1 g x 3/j"),
        ("li", "Amlor 5 mg/j"),
        ("p", "Pas de traitement anti-résorptif osseux à ce jour ; Xgeva à envisager après avis dentaire (extractions prévues)."),
        ("h", "6. QUESTION"),
        ("p", "Lésion de T11 (ostéolyse 40 % du corps vertébral, SINS 9, pas d'épidurite) : SBRT d'emblée ou cimentoplastie "
              "première ? Merci de votre avis."),
        ("p", "Dr Y. Le Goaster"),
    ],
    gold=dict(
        sex="M", age=67,
        tumor=("present", "kidney", "clear_cell_carcinoma", {}),
        bone=("present", ["pathological_fracture"], True),
        pain=("present", ["mechanical"], 2),
        meds=("present", ["L01FF01", "L01EX07", "B01AF02", "N02AX02", "N02BE01"]),
        local=("present", ["radiotherapy", "surgery"]),
        btt=("absent", []),
        ac=("present", ["B01AF02"]), ap=("absent", []),
        prog=ecog(1), project=("present", None),
    ),
)

# ---------------------------------------------------------------- zf05
letter(
    id="zf05", fmt="docx", date=dt.date(2026, 3, 11), birth=None,
    not_current=["M05BA08"],
    must_contain=["Anticoagulant", "Innohep", "une seule perfusion", "brûlures"],
    blocks=[
        ("title", "CLINIQUE DU VAL D'ORGEVAL – Unité d'Oncologie et de Chimiothérapie ambulatoire"),
        ("small", "Avenue du Docteur-Fontanel, 58600 Orgeval – 03 86 90 12 12"),
        ("h", "FICHE DE DEMANDE RCP MÉTASTASES OSSEUSES"),
        ("box", [
            ("Patiente", "Mme DUCHEMIN-ARVIEU Sylvie, 58 ans"),
            ("Médecin demandeur", "Dr Karim BENSALAH-PONS, oncologue"),
            ("Date", "11/03/2026"),
            ("Primitif", "ADK du sigmoïde, KRAS muté G12D, BRAF non muté, MSS"),
            ("Douleur", "oui – EVA 5/10"),
            ("Anticoagulant", "Non"),
            ("Traitement local osseux antérieur", "Non"),
            ("OMS", "2"),
        ]),
        ("h", "HISTOIRE"),
        ("p", "Adénocarcinome du côlon sigmoïde pT3N1b, opéré en 04/2024 (sigmoïdectomie), chimiothérapie adjuvante FOLFOX "
              "6 mois. Récidive hépatique et ganglionnaire en 06/2025 traitée par FOLFOX-bévacizumab (1re ligne) jusqu'en "
              "12/2025."),
        ("p", "Le 14/01/2026, hospitalisation pour confusion et déshydratation : calcémie corrigée 3,1 mmol/L. Le scanner "
              "réalisé dans ce contexte montre des lésions lytiques multiples du rachis dorsal (T6, T8) et du bassin, "
              "nouvelles par rapport à octobre. Traitée par hydratation et acide zolédronique (une seule perfusion, le "
              "16/01/2026), normalisation de la calcémie. Pas de traitement anti-résorptif au long cours à ce jour ; "
              "un relais par dénosumab sera à discuter."),
        ("p", "2e ligne FOLFIRI-bévacizumab depuis le 02/02/2026 (C3 le 02/03), à visée palliative."),
        ("p", "Thrombose veineuse profonde fémorale droite en décembre 2025 : elle est sous Innohep 14 000 UI/j depuis, "
              "injections faites par l'IDE à domicile."),
        ("h", "SYMPTÔMES"),
        ("p", "Dorsalgies en ceinture à type de brûlures, irradiant sous le sein gauche, avec un horaire inflammatoire et un "
              "dérouillage matinal d'une demi-heure. EVA 5/10 sous traitement. Pas de déficit moteur. Aucun geste local "
              "(radiothérapie, cimentoplastie) n'a été réalisé sur les lésions osseuses."),
        ("h", "TRAITEMENT"),
        ("table", [
            ["Traitement", "Posologie"],
            ["FOLFIRI + bévacizumab", "J1 = J15 (C3 le 02/03/2026)"],
            ["Oxycontin LP 20 mg", "1 cp x 2/j"],
            ["Oxynormoro 5 mg", "si besoin, jusqu'à 6/j"],
            ["Lyrica 75 mg", "1 gél x 2/j"],
            ["Solupred 20 mg", "1 cp le matin"],
            ["Innohep 14 000 UI", "1 inj SC/j"],
            ["Motilium", "si nausées"],
        ]),
        ("h", "DEMANDE"),
        ("p", "Avis sur une radiothérapie antalgique du rachis dorsal (T6-T8) et sur le choix de l'anti-résorptif."),
        ("p", "Dr K. Bensalah-Pons"),
    ],
    gold=dict(
        sex="F", age=58,
        tumor=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
        bone=("present", ["hypercalcemia"], True),
        pain=("present", ["inflammatory", "neuropathic"], 5),
        meds=("present", ["N02AA05", "N03AX16", "H02AB06", "B01AB10"]),
        local=("absent", []),
        btt=("absent", []),
        ac=("conflicting", ["B01AB10"]), ap=("unknown", []),
        prog=ecog(2), project=("present", "palliative"),
    ),
)

# ---------------------------------------------------------------- zf06
ZF06 = """CRLC VAL-DE-LERE - ONCOLOGIE THORACIQUE
NOTE DE LIAISON POUR RCP-MO
Redacteur : Dr M. ACHARD-TESSON (CCA)     Date : 17/03/2026

PATIENT : M. KERVADEC Loïc, 49 ans
MT : Dr Poulard (Saint-Aurèle)

DIAGNOSTIC
ADK pulmonaire LIG stade IVB (os), ALK réarrangé (FISH + IHC D5F3),
EGFR sauvage, PD-L1 < 1 %.

CIRCONSTANCES DE DECOUVERTE
Août 2025 : scanner abdo-pelvien aux urgences pour colique néphrétique G ->
découverte fortuite de lésions condensantes de L1 et du sacrum. TDM TAP
puis biopsie bronchique -> ADK.

ATCD
Lithiase urinaire. Pas de tabac. Pas d'ATCD fam. particulier.

TTT ONCO
- Alecensa (alectinib) 600 mg x2/j depuis le 15/09/2025
- SBRT T7 3 x 9 Gy en 11/2025 (lésion apparue sur le 1er TDM d'évaluation,
  traitée d'emblée)
- Xgeva 120 mg/4 sem depuis 10/2025 + Orocal D3 1/j

AUTRES TTT
Aucun. Pas d'AC, pas d'AAP.

CLINIQUE
PS 0, reprise du travail à mi-temps. Pas de dlr osseuse, EN 0.

EVOLUTION
TDM 03/2026 : RP thoracique maintenue, os stable hormis une nouvelle lésion
isolée de la 9e côte D, asymptomatique.

QUESTION RCP
Oligoprogression osseuse unique sous alectinib : SBRT de la côte et
poursuite alectinib ? Quid de l'espacement du Xgeva (12 sem) ?
"""
letter(
    id="zf06", fmt="txt", encoding="utf-8", date=dt.date(2026, 3, 17), birth=None,
    not_current=[], must_contain=["découverte fortuite", "Pas d'AC, pas d'AAP", "EN 0"],
    text=ZF06,
    gold=dict(
        sex="M", age=49,
        tumor=("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "negative"}),
        bone=("present", ["incidental_imaging"], True),
        pain=("absent", [], 0),
        meds=("present", ["L01ED03", "M05BX04", "A12AX"]),
        local=("present", ["radiotherapy"]),
        btt=("present", ["M05BX04"]),
        ac=("absent", []), ap=("absent", []),
        prog=ecog(0), project=("present", None),
    ),
)

# ---------------------------------------------------------------- zf07
letter(
    id="zf07", fmt="pdf", date=dt.date(2026, 2, 27), birth=dt.date(1950, 2, 28),
    not_current=["L02BG03"],
    must_contain=["Sintrom", "à vérifier", "pense avant tout", "Fosamax"],
    blocks=[
        ("title", "Docteur Claire MOUSSIÉ-LAFFONT"),
        ("small", "Médecin généraliste – Maison de santé pluriprofessionnelle des Genêts"),
        ("small", "9 chemin des Écoliers – 58310 Lorme – Tél. 03 86 58 02 77"),
        ("sp",),
        ("p", "Lorme, le 27/02/2026"),
        ("p", "Objet : Mme TEYSSANDIER Odette, née le 28/02/1950"),
        ("p", "Cher Confrère,"),
        ("p", "Je vous adresse Mme Teyssandier, que vous connaissez peut-être puisqu'elle a été traitée au CRLC en 2012 pour un "
              "carcinome lobulaire infiltrant du sein droit, hormonosensible (RE positif), opéré (mastectomie + curage) puis "
              "traité par Arimidex pendant 5 ans, arrêté en 2017. Elle était considérée comme guérie."),
        ("p", "Depuis environ 3 mois elle se plaint d'une douleur de l'aine droite, à l'appui, avec une boiterie, qui était à "
              "7/10 au début et qui est maintenant à 4/10 sous Topalgic. Pas de douleur la nuit. La radio du bassin puis l'IRM "
              "du 16/02/2026 montrent une lésion infiltrante du col fémoral droit et plusieurs plages d'infiltration du bassin "
              "et du rachis lombaire, très évocatrices de métastases. Le radiologue pense avant tout à une récidive "
              "de son cancer du sein lobulaire, mais un autre primitif n'est pas éliminé. Pas de biopsie à ce jour. "
              "L'électrophorèse des protéines est normale (pas de pic), la calcémie normale."),
        ("p", "Antécédents : ostéoporose fracturaire (tassement L1 en 2019), HTA, cardiopathie rythmique. Sa soeur a eu un "
              "cancer de l'ovaire."),
        ("p", "Traitement actuel :"),
        ("li", "Topalgic 50 mg, 1 gélule 3 fois par jour"),
        ("li", "Doliprane 1 g 3 fois par jour"),
        ("li", "Fosamax 70 mg 1 cp par semaine (ostéoporose) depuis 2019"),
        ("li", "Kardégic 75 mg 1/j"),
        ("li", "Amlodipine 5 mg 1/j"),
        ("p", "Elle a eu du Sintrom il y a quelques années pour son coeur, je ne suis pas certaine qu'elle le prenne encore "
              "(ce n'est pas sur ma dernière ordonnance mais c'est le cardiologue qui le prescrit), à vérifier."),
        ("p", "Je vous remercie de bien vouloir la discuter en RCP : faut-il la biopsier, et que faire pour ce col fémoral "
              "qui m'inquiète ? Elle vit seule à la campagne, elle conduit encore."),
        ("p", "Bien confraternellement,"),
        ("p", "Dr C. Moussié-Laffont"),
    ],
    gold=dict(
        sex="F", age=75,
        tumor=("uncertain", "breast", "invasive_lobular_carcinoma", {"ER": "positive"}),
        bone=("present", ["pain"], True),
        pain=("present", ["mechanical"], 4),
        meds=("present", ["N02AX02", "N02BE01", "M05BA04", "B01AC06"]),
        local=("unknown", []),
        btt=("present", ["M05BA04"]),
        ac=("uncertain", ["B01AA07"]), ap=("present", ["B01AC06"]),
        prog=NOPROG, project=("unknown", None),
    ),
)

# ---------------------------------------------------------------- zf08
letter(
    id="zf08", fmt="docx", date=dt.date(2026, 3, 18), birth=None,
    not_current=[],
    must_contain=["Prolia", "à vérifier", "Karnofsky", "Antiagrégant"],
    blocks=[
        ("title", "CLINIQUE SAINT-ROCH – Urologie"),
        ("small", "Dr Thibault SABLAYROLLES – 27 rue du Mail, 58200 Lorme – 03 86 58 30 30"),
        ("p", "Lorme, le 18/03/2026"),
        ("h", "Demande de discussion en RCP Métastases Osseuses"),
        ("table", [
            ["Rubrique", "Renseignements"],
            ["Patient", "M. GAUBERT Francis, 71 ans"],
            ["Tumeur primitive", "Adénocarcinome prostatique ISUP 4, biopsies du 28/11/2025"],
            ["PSA", "312 ng/mL au diagnostic, 41 ng/mL le 10/03/2026"],
            ["Bilan osseux", "TEP-PSMA du 12/12/2025 (bilan initial) : > 10 lésions (rachis, bassin, côtes, fémur G)"],
            ["Douleur", "Non"],
            ["Anticoagulant", "Xarelto 20 mg (FA)"],
            ["Antiagrégant", "Non"],
            ["Traitement local osseux", "Aucun"],
            ["État général", "Karnofsky 90 %"],
        ]),
        ("p", "Cher confrère,"),
        ("p", "M. Gaubert présente un cancer de prostate d'emblée métastatique, à haut volume, hormonosensible, découvert sur le "
              "bilan d'extension initial. Il est asymptomatique sur le plan osseux."),
        ("p", "Il est traité depuis le 15/12/2025 par Eligard 45 mg (tous les 6 mois) associé au darolutamide (Nubeqa) et à "
              "6 cycles de docétaxel : C3 faite le 05/03/2026."),
        ("p", "Il me dit avoir eu il y a quelques années du Prolia prescrit par son rhumatologue pour une ostéoporose ; il ne "
              "sait plus s'il a arrêté. À vérifier."),
        ("p", "Autres traitements : metformine 1000 mg x 2, Triatec 5 mg, Xarelto 20 mg le soir."),
        ("p", "ATCD : diabète de type 2, HTA, FA permanente. Son père est décédé d'un cancer de la prostate."),
        ("p", "Question : la lésion du col fémoral gauche (corticale amincie, 25 mm) justifie-t-elle un geste préventif ou une "
              "radiothérapie ? Quel traitement anti-résorptif proposer ?"),
        ("p", "Confraternellement,"),
        ("p", "Dr T. Sablayrolles"),
    ],
    gold=dict(
        sex="M", age=71,
        tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        bone=("present", ["staging_imaging"], True),
        pain=("absent", [], None),
        meds=("present", ["L02AE02", "L02BB06", "L01CD02", "A10BA02", "C09AA05", "B01AF01"]),
        local=("absent", []),
        btt=("uncertain", ["M05BX04"]),
        ac=("present", ["B01AF01"]), ap=("absent", []),
        prog=kps(90), project=("present", None),
    ),
)

# ---------------------------------------------------------------- zf09
letter(
    id="zf09", fmt="pdf", date=dt.date(2026, 3, 17), birth=dt.date(1966, 3, 17),
    not_current=["L01FD01"],
    must_contain=["interrompu", "décharges électriques", "en cours", "décidée"],
    blocks=CRLC_HEAD + [
        ("sp",),
        ("h", "Département d'Oncologie Digestive – Pr Agnès FONTVIEILLE / Dr Lucas MARTEL-ROUX (interne)"),
        ("p", "Saint-Aurèle, le 17/03/2026"),
        ("box", [
            ("Patient", "M. OLIVERO Sébastien, né le 17/03/1966"),
            ("Primitif", "Adénocarcinome de la jonction œso-gastrique (Siewert II), HER2 3+"),
            ("Révélation osseuse", "compression médullaire T9 (04/02/2026)"),
            ("Geste(s)", "laminectomie + ostéosynthèse T8-T10 ; RT post-op en cours"),
            ("Anticoagulation", "Lovenox préventif"),
            ("PS", "2"),
        ]),
        ("sp",),
        ("h", "1. HISTOIRE DE LA MALADIE"),
        ("p", "Adénocarcinome de la jonction œso-gastrique diagnostiqué en 08/2025, métastatique d'emblée (foie, ganglions), "
              "HER2 positif (IHC 3+), traité en 1re ligne par FOLFOX + trastuzumab (8 cures). Le 04/02/2026, installation "
              "en 48 h d'une paraparésie (force 3/5) révélant une épidurite métastatique T9 : laminectomie décompressive et "
              "ostéosynthèse T8-T10 en urgence le 05/02/2026 (Neurochirurgie, Dr Abgrall). Récupération motrice partielle, "
              "marche avec déambulateur."),
        ("p", "Radiothérapie post-opératoire T8-T10, 30 Gy en 10 fractions, en cours (fin prévue le 20/03/2026)."),
        ("p", "Le FOLFOX-trastuzumab est interrompu depuis la compression (dernière cure le 26/01/2026)."),
        ("h", "2. DOULEUR"),
        ("p", "Douleurs dorsales en ceinture, avec des décharges électriques dans les deux flancs, EN 8/10 à l'admission, "
              "5/10 ce jour sous Sophidone et gabapentine."),
        ("h", "3. TRAITEMENT À L'ENTRÉE EN SSR"),
        ("li", "Sophidone LP 8 mg x 2/j"),
        ("li", "Neurontin 300 mg x 3/j"),
        ("li", "Dexaméthasone 8 mg/j, en décroissance"),
        ("li", "Lovenox 4000 UI/j (prévention, mobilité réduite)"),
        ("li", "Inipomp 40 mg/j"),
        ("li", "Movicol 2 sachets/j"),
        ("li", "Imovane 7,5 mg le soir si besoin"),
        ("h", "4. PROJET"),
        ("p", "Reprise du FOLFOX-trastuzumab décidée en RCP digestive du 10/03 à l'issue de la radiothérapie, à visée palliative."),
        ("h", "5. QUESTIONS À LA RCP-MO"),
        ("p", "Indication d'un traitement anti-résorptif (aucun prescrit pour l'instant, clairance 52 mL/min) ; conduite à tenir "
              "pour une lésion lytique de l'aile iliaque gauche asymptomatique."),
        ("p", "Dr L. Martel-Roux, pour le Pr Fontvieille"),
    ],
    gold=dict(
        sex="M", age=60,
        tumor=("present", "other", "adenocarcinoma", {"HER2": "positive"}),
        bone=("present", ["neurological_deficit"], True),
        pain=("present", ["neuropathic"], 5),
        meds=("present", ["N02AA03", "N03AX12", "H02AB02", "B01AB05", "A02BC02", "A06AD65", "N05CF01"]),
        local=("present", ["radiotherapy", "surgery"]),
        btt=("absent", []),
        ac=("present", ["B01AB05"]), ap=("unknown", []),
        prog=ecog(2), project=("present", "palliative"),
    ),
)

# ---------------------------------------------------------------- zf10
ZF10 = """=====================================================================
CRLC DU VAL-DE-LERE  -  RADIOTHERAPIE  -  DEMANDE DE RCP-MO
=====================================================================
DATE DE LA DEMANDE : 19/03/2026
MEDECIN DEMANDEUR  : Dr Pauline NGUYEN-ESCANDE (radiothérapeute)
PATIENTE           : Mme AUBRESPY Jacqueline - 67 ans

TUMEUR PRIMITIVE
  Carcinome épidermoïde pulmonaire du LID, cT3N2M1c, PD-L1 80 %.
  Pas de recherche d'addiction oncogénique (épidermoïde, tabagisme 50 PA).

CIRCONSTANCES DE DECOUVERTE DES METASTASES OSSEUSES
  TEP-TDM du bilan initial (14/10/2025) : lésions costales D (7e, 8e arcs),
  acétabulum G, T4.

DOULEUR
  EN 6/10, costale droite, responsable de réveils nocturnes.
  DN4 2/10 : pas de composante neuropathique.

TRAITEMENTS EN COURS
  * KEYTRUDA 200 mg / 3 semaines depuis le 04/11/2025 (C7 le 10/03/2026)
  * SKENAN LP 20 mg matin et soir
  * ORAMORPH 10 mg/5 ml : 5 ml si douleur
  * DOLIPRANE 1 g x 4/j
  * LEVOTHYROX 50 µg (hypothyroïdie sous immunothérapie)
  * ZOPICLONE 7,5 mg le soir

ANTICOAGULANT      : non
ANTIAGREGANT       : Kardégic arrêté en 10/2025 (bronchoscopie), non repris
TRAITEMENT OSSEUX  : Xgeva à discuter (soins dentaires en cours)
RADIOTHERAPIE ANT. : aucune
PS (OMS)           : 1
INTENTION          : palliative, poursuite du pembrolizumab (réponse
                     partielle au TDM du 24/02/2026)

QUESTION POSEE
  Radiothérapie antalgique des arcs costaux D 7-8 : 8 Gy x 1 ou 20 Gy/5 ?
  Surveillance simple de l'acétabulum G ?

ATCD : BPCO, HTA. Pas d'ATCD familial de cancer.
=====================================================================
"""
letter(
    id="zf10", fmt="txt", encoding="cp1252", date=dt.date(2026, 3, 19), birth=None,
    not_current=["B01AC06"], must_contain=["réveils nocturnes", "DN4 2/10", "Xgeva à discuter", "ANTICOAGULANT      : non"],
    text=ZF10,
    gold=dict(
        sex="F", age=67,
        tumor=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["nocturnal"], 6),
        meds=("present", ["L01FF02", "N02AA01", "N02BE01", "H03AA01", "N05CF01"]),
        local=("absent", []),
        btt=("unknown", []),
        ac=("absent", []), ap=("absent", []),
        prog=ecog(1), project=("present", "palliative"),
    ),
)

# ---------------------------------------------------------------- zf11
letter(
    id="zf11", fmt="pdf", date=dt.date(2026, 3, 24), birth=dt.date(1979, 9, 5),
    not_current=["L01CD01"],
    must_contain=["suspendue", "jamais reçu", "EVA 3", "Lovenox"],
    blocks=[
        ("title", "CLINIQUE DU VAL D'ORGEVAL"),
        ("small", "Chirurgie orthopédique et traumatologique – Dr Frédéric PÉLISSIER"),
        ("small", "Avenue du Docteur-Fontanel, 58600 Orgeval – Secrétariat 03 86 90 12 40"),
        ("sp",),
        ("p", "Orgeval, le 24/03/2026"),
        ("p", "Compte rendu de consultation post-opératoire adressé à la RCP Métastases Osseuses du CRLC, copie au "
              "Dr Vasserot-Kerdal (oncologue) et au Dr Rigal (médecin traitant)."),
        ("p", "Patiente : Mme CASTAGNÉ Audrey, née le 05/09/1979."),
        ("p", "Mme Castagné est suivie au CRLC pour un carcinome canalaire infiltrant du sein droit triple négatif "
              "(RE 0 %, RP 0 %, HER2 score 0) diagnostiqué en 2024, métastatique osseux et ganglionnaire depuis novembre 2025 (lésions osseuses "
              "découvertes sur le TEP-TDM de réévaluation après la chimiothérapie néo-adjuvante), sous paclitaxel hebdomadaire. Sa mère a eu un cancer du sein à 45 ans, recherche de mutation BRCA en cours."),
        ("p", "Le 08/03/2026, en portant ses courses, fracture pathologique de la diaphyse humérale gauche sur une lésion "
              "lytique connue. Enclouage centromédullaire verrouillé le 10/03/2026. Suites simples."),
        ("p", "À J14 : cicatrice propre, mobilité du coude complète, pas de déficit radial. Douleurs post-opératoires en "
              "nette amélioration, EVA 3."),
        ("p", "La chimiothérapie par paclitaxel a été suspendue pour la chirurgie ; la suite de la prise en charge oncologique "
              "sera définie par son oncologue."),
        ("p", "Elle n'a jamais reçu de traitement anti-résorptif osseux."),
        ("p", "Traitement de sortie :"),
        ("li", "Efferalgan codéiné 500/30 : 2 cp x 3/j"),
        ("li", "Lovenox 4000 UI : 1 injection SC/j pendant 21 jours (jusqu'au 31/03)"),
        ("li", "Inexium 20 mg : 1/j"),
        ("p", "Je sollicite l'avis de la RCP sur l'indication d'une radiothérapie post-opératoire de l'humérus, qui me semble "
              "légitime, et sur la mise en route d'un anti-résorptif."),
        ("p", "Bien confraternellement,"),
        ("p", "Dr F. Pélissier"),
    ],
    gold=dict(
        sex="F", age=46,
        tumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "negative", "PR": "negative", "HER2": "negative"}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", [], 3),
        meds=("present", ["N02AJ06", "B01AB05", "A02BC05"]),
        local=("present", ["surgery"]),
        btt=("absent", []),
        ac=("present", ["B01AB05"]), ap=("unknown", []),
        prog=NOPROG, project=("unknown", None),
    ),
)

# ---------------------------------------------------------------- zf12
letter(
    id="zf12", fmt="docx", date=dt.date(2026, 3, 26), birth=None,
    not_current=[],
    must_contain=["radiofréquence", "Pas de traitement local", "ni douleur nocturne", "pas d'anticoagulant"],
    blocks=[
        ("title", "CRLC DU VAL-DE-LÈRE – ONCOLOGIE DIGESTIVE ET HÉPATOLOGIE"),
        ("small", "Dr Mathilde ROSSIGNEUX – 03 86 47 22 10"),
        ("p", "Saint-Aurèle, le 26/03/2026"),
        ("h", "RCP MÉTASTASES OSSEUSES – PRÉSENTATION DE DOSSIER"),
        ("p", "M. PRADEILLES Raymond, 72 ans."),
        ("h", "1 – ANTÉCÉDENTS"),
        ("li", "Cirrhose alcoolique sevrée depuis 2019, Child-Pugh A6, varices œsophagiennes ligaturées (2024)."),
        ("li", "Diabète non insulino-dépendant, insuffisance rénale modérée."),
        ("li", "Frère : carcinome hépatocellulaire."),
        ("h", "2 – HISTOIRE ONCOLOGIQUE"),
        ("p", "Carcinome hépatocellulaire du segment VI (biopsie 03/2023), traité par radiofréquence hépatique en 04/2023 puis "
              "chimioembolisation en 2024 pour récidive locale. Au scanner de surveillance trimestriel du 08/01/2026 : "
              "lésion lytique de 4 cm de l'aile iliaque droite, biopsiée (métastase de CHC), et 2 nodules hépatiques."),
        ("p", "Atézolizumab-bévacizumab débuté le 02/02/2026 (C3 le 16/03/2026)."),
        ("p", "Acide zolédronique (Zométa) 4 mg IV toutes les 12 semaines depuis le 20/01/2026."),
        ("h", "3 – ÉTAT ACTUEL"),
        ("p", "OMS 1. Douleur fessière droite à la marche et à la montée des escaliers, EN 4/10, ni douleur nocturne ni "
              "radiculalgie. Pas de traitement local de la lésion osseuse à ce jour. Pas d'anticoagulant (thrombopénie à "
              "85 G/L, varices) ni d'antiagrégant."),
        ("h", "4 – TRAITEMENT"),
        ("table", [
            ["Molécule", "Dose", "Rythme"],
            ["Tecentriq (atézolizumab)", "1200 mg", "J1 = J21"],
            ["Avastin (bévacizumab)", "15 mg/kg", "J1 = J21"],
            ["Zométa (acide zolédronique)", "4 mg", "toutes les 12 semaines"],
            ["Propranolol", "40 mg", "x 2/j"],
            ["Lasilix", "40 mg", "1/j"],
            ["Aldactone", "75 mg", "1/j"],
            ["Inexium", "20 mg", "1/j"],
            ["Doliprane", "1 g", "x 3/j max"],
            ["Contramal", "50 mg", "si besoin"],
        ]),
        ("h", "5 – QUESTION"),
        ("p", "Radiothérapie (SBRT ?) de la lésion iliaque droite versus radiothérapie conventionnelle ; place d'une "
              "cimentoplastie (acétabulum respecté) ?"),
        ("p", "Dr M. Rossigneux"),
    ],
    gold=dict(
        sex="M", age=72,
        tumor=("present", "other", "other", {}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 4),
        meds=("present", ["L01FF05", "M05BA08", "C03CA01", "A02BC05", "N02BE01", "N02AX02"]),
        local=("absent", []),
        btt=("present", ["M05BA08"]),
        ac=("absent", []), ap=("absent", []),
        prog=ecog(1), project=("present", None),
    ),
)


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------
def blocks_text(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "small", "h", "p", "li"):
            out.append(b[1])
        elif k == "box":
            out.extend(f"{a} : {v}" for a, v in b[1])
        elif k == "table":
            out.extend(" | ".join(r) for r in b[1])
    return "\n".join(out)


# ---- PDF with embedded, subsetted DejaVu Sans (WinAnsi simple TrueType) ----
FIXED_PDF_DATE = "D:20260301090000+01'00'"
CP1252_CHARS = sorted({bytes([i]).decode("cp1252") for i in range(32, 256)
                       if i not in (0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x7F)})


def font_program(path):
    import logging
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
    from fontTools.subset import Options, Subsetter
    from fontTools.ttLib import TTFont
    font = TTFont(str(path), recalcTimestamp=False, recalcBBoxes=False)
    opts = Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.recalc_timestamp = False
    sub = Subsetter(options=opts)
    sub.populate(unicodes=[ord(c) for c in CP1252_CHARS])
    sub.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    data = buf.getvalue()
    full = TTFont(str(path))
    upem = full["head"].unitsPerEm
    cmap = full.getBestCmap()
    hmtx = full["hmtx"]
    widths = []
    for i in range(32, 256):
        try:
            ch = bytes([i]).decode("cp1252")
        except UnicodeDecodeError:
            widths.append(0)
            continue
        gname = cmap.get(ord(ch))
        widths.append(round(hmtx[gname][0] * 1000 / upem) if gname else 0)
    head = full["head"]
    os2 = full["OS/2"]
    bbox = [round(v * 1000 / upem) for v in (head.xMin, head.yMin, head.xMax, head.yMax)]
    asc = round(os2.sTypoAscender * 1000 / upem)
    desc = round(os2.sTypoDescender * 1000 / upem)
    return data, widths, bbox, asc, desc


_FONTS = {}


def get_fonts():
    if not _FONTS:
        for key, name in (("F1", "DejaVuSans.ttf"), ("F2", "DejaVuSans-Bold.ttf")):
            _FONTS[key] = font_program(FONT_DIR / name)
    return _FONTS


def pdf_escape(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_width(s, font, size):
    widths = get_fonts()[font][1]
    return sum(widths[b - 32] for b in s.encode("cp1252")) * size / 1000


def wrap(s, font, size, maxw):
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if text_width(t, font, size) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def render_pdf(blocks):
    W, H = 595.28, 841.89
    LM, RM, TOP, BOT = 56, 56, 60, 60
    maxw = W - LM - RM
    pages = []
    ops = []
    y = H - TOP

    def newpage():
        nonlocal ops, y
        ops = []
        pages.append(ops)
        y = H - TOP

    def line(s, font="F1", size=10, x=LM, lead=None):
        nonlocal y
        lead = lead or size * 1.35
        if y - lead < BOT:
            newpage()
        y -= lead
        ops.append(f"BT /{font} {size} Tf {x:.2f} {y:.2f} Td (".encode() + pdf_escape(s) + b") Tj ET")

    newpage()
    for b in blocks:
        k = b[0]
        if k == "title":
            for t in wrap(b[1], "F2", 12, maxw):
                line(t, "F2", 12)
        elif k == "small":
            for t in wrap(b[1], "F1", 8, maxw):
                line(t, "F1", 8)
        elif k == "sp":
            y -= 8
        elif k == "h":
            y -= 4
            for t in wrap(b[1], "F2", 10, maxw):
                line(t, "F2", 10)
        elif k == "p":
            for t in wrap(b[1], "F1", 10, maxw):
                line(t)
            y -= 3
        elif k == "li":
            for i, t in enumerate(wrap(b[1], "F1", 10, maxw - 14)):
                line(("- " if i == 0 else "") + t, x=LM + (2 if i == 0 else 14))
        elif k == "box":
            lines = []
            for a, v in b[1]:
                ws = wrap(f"{a} : {v}", "F1", 9, maxw - 16)
                lines.extend(ws)
            hbox = len(lines) * 12.5 + 10
            if y - hbox < BOT:
                newpage()
            top = y - 2
            ops.append(f"0.6 w {LM:.2f} {top - hbox:.2f} {maxw:.2f} {hbox:.2f} re S".encode())
            y = top - 3
            for t in lines:
                line(t, "F1", 9, x=LM + 8, lead=12.5)
            y = top - hbox - 6
        elif k == "table":
            rows = b[1]
            ncol = len(rows[0])
            colw = maxw / ncol
            for ri, r in enumerate(rows):
                cells = [wrap(c, "F2" if ri == 0 else "F1", 9, colw - 8) for c in r]
                nl = max(len(c) for c in cells)
                if y - nl * 12 - 4 < BOT:
                    newpage()
                top = y
                for ci, c in enumerate(cells):
                    yy = top
                    for t in c:
                        yy -= 12
                        ops.append(f"BT /{'F2' if ri == 0 else 'F1'} 9 Tf {LM + ci * colw + 4:.2f} {yy:.2f} Td (".encode()
                                   + pdf_escape(t) + b") Tj ET")
                y = top - nl * 12 - 4
                ops.append(f"0.4 w {LM:.2f} {y + 1:.2f} m {LM + maxw:.2f} {y + 1:.2f} l S".encode())
            y -= 6
    return build_pdf(pages, W, H)


def build_pdf(pages, W, H):
    fonts = get_fonts()
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    font_ids = {}
    for key, base in (("F1", "DejaVuSans"), ("F2", "DejaVuSans-Bold")):
        data, widths, bbox, asc, desc = fonts[key]
        comp = zlib.compress(data, 9)
        ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(data)) + comp + b"\nendstream")
        fd = add((f"<< /Type /FontDescriptor /FontName /AAAAAA+{base} /Flags 32 /FontBBox [{' '.join(map(str, bbox))}] "
                  f"/ItalicAngle 0 /Ascent {asc} /Descent {desc} /CapHeight {asc} /StemV 80 /FontFile2 {ff} 0 R >>").encode())
        fo = add((f"<< /Type /Font /Subtype /TrueType /BaseFont /AAAAAA+{base} /FirstChar 32 /LastChar 255 "
                  f"/Widths [{' '.join(map(str, widths))}] /Encoding /WinAnsiEncoding /FontDescriptor {fd} 0 R >>").encode())
        font_ids[key] = fo
    res = f"<< /Font << /F1 {font_ids['F1']} 0 R /F2 {font_ids['F2']} 0 R >> >>"
    pages_id = len(objs) + 1 + 2 * len(pages)
    page_ids = []
    for ops in pages:
        content = b"\n".join(ops)
        comp = zlib.compress(content, 9)
        c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
        p = add((f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {W} {H}] /Resources {res} "
                 f"/Contents {c} 0 R >>").encode())
        page_ids.append(p)
    pid = add((f"<< /Type /Pages /Kids [{' '.join(f'{i} 0 R' for i in page_ids)}] /Count {len(page_ids)} >>").encode())
    assert pid == pages_id
    cat = add(f"<< /Type /Catalog /Pages {pid} 0 R >>".encode())
    info = add((f"<< /Producer (CRLC-VdL editique 4.2) /Creator (Dossier patient informatise) "
                f"/CreationDate ({FIXED_PDF_DATE}) /ModDate ({FIXED_PDF_DATE}) >>").encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R "
            f"/ID [<5a46434f52505553333200000000{len(objs):04x}> <5a46434f52505553333200000000{len(objs):04x}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# ---- DOCX ----
def render_docx(blocks, author):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for b in blocks:
        k = b[0]
        if k == "title":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
            r.font.size = Pt(13)
        elif k == "small":
            r = d.add_paragraph().add_run(b[1])
            r.font.size = Pt(8)
        elif k == "h":
            r = d.add_paragraph().add_run(b[1])
            r.bold = True
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "sp":
            d.add_paragraph("")
        elif k in ("box", "table"):
            rows = [list(x) for x in b[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(c)
                    if (k == "table" and i == 0) or (k == "box" and j == 0):
                        run.bold = True
            d.add_paragraph("")
    cp = d.core_properties
    fixed = dt.datetime(2026, 3, 1, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    ids = [L["id"] for L in LETTERS]
    if len(ids) != len(set(ids)):
        print("CONTRACT VIOLATION: duplicate ids")
        return 1
    prepared = []
    try:
        for L in LETTERS:
            text = L["text"] if "text" in L else blocks_text(L["blocks"])
            g = gold(L["id"], **L["gold"])
            check_gold(L["id"], L, g, text)
            if L["fmt"] == "txt":
                text.encode(L["encoding"])  # must be encodable
            if L["fmt"] == "pdf":
                text.encode("cp1252")  # WinAnsi font encoding
            prepared.append((L, g))
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    except UnicodeEncodeError as e:
        print(f"CONTRACT VIOLATION: text not encodable: {e}")
        return 1
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for L, g in prepared:
        lid = L["id"]
        if L["fmt"] == "txt":
            data = L["text"].encode(L["encoding"])
            ext = "txt"
        elif L["fmt"] == "pdf":
            data = render_pdf(L["blocks"])
            ext = "pdf"
        else:
            data = render_docx(L["blocks"], author=L.get("author", "Secrétariat"))
            ext = "docx"
        (HERE / "letters" / f"{lid}.{ext}").write_bytes(data)
        (HERE / "gold" / f"{lid}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"ok: {len(prepared)} letters and golds written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
