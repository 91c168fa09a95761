#!/usr/bin/env python3
"""Build corpus66: 12 blind referral letters (radiation oncology, interventional
radiology, spine surgery) and their gold records.

Run from /work/main:  .venv/bin/python tests/corpus66/make_letters.py

Every letter's text and gold live below as Python data. Gold gaps are derived
by one function (``derive_gaps``) implementing the Gaps rule of
shared/spec/rcp-request.md. Each gold is checked against the contract before
anything is written; any failure exits with "CONTRACT VIOLATION: ...".
Outputs (letters/, gold/) are byte-identical on every run.
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
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# ---------------------------------------------------------------- contract
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
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
BM_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
                 "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to the gold values (antiplatelets excluded)."""
    kind = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    out = []
    for item in ITEMS9:
        st = g[item]["status"]
        if st in kind:
            out.append([item, kind[st]])
        elif st == "present":
            sec = g[item]
            incomplete = (
                (item == "pain" and not sec["types"])
                or (item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"])
                or (item == "boneDiagnosis" and not sec["dated"])
                or (item == "primaryTumor" and not sec["histology"])
                or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
            )
            if incomplete:
                out.append([item, "incomplete"])
    return out


def load_atc():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        while len(parts) < 5:
            parts.append("")
        code, dci, inn, group, brands = parts[:5]
        names = [dci, inn] + [b for b in brands.split(",") if b]
        rows[code] = {"group": group, "names": [n.strip() for n in names if n.strip()]}
    return rows


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def age_at(dob: dt.date, on: dt.date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


class Violation(Exception):
    pass


def fail(lid, msg):
    raise Violation(f"{lid}: {msg}")


def name_in(text_n: str, name: str) -> bool:
    n = norm(name)
    return re.search(r"(?<![a-z0-9])" + re.escape(n) + r"(?![a-z0-9])", text_n) is not None


def check(letter: dict, gold: dict, atc: dict):
    lid = letter["id"]
    text = plain_text(letter)
    tn = norm(text)
    if gold["id"] != lid:
        fail(lid, "gold id differs from stem")
    expected_keys = {"id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
                     "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
                     "antiplatelets", "prognosis", "therapeuticProject", "gaps"}
    if set(gold) != expected_keys:
        fail(lid, f"gold keys {sorted(set(gold) ^ expected_keys)}")
    # patient
    p = gold["patient"]
    if p["sex"] not in ("F", "M"):
        fail(lid, "sex")
    if not isinstance(p["age"], int):
        fail(lid, "age must be an int")
    ld = dt.date.fromisoformat(letter["date"])
    if letter["date_text"] not in text:
        fail(lid, f"letter date text {letter['date_text']!r} not in letter")
    if letter.get("dob"):
        dob = dt.date.fromisoformat(letter["dob"])
        if dob.strftime("%d/%m/%Y") not in text:
            fail(lid, "birth date not written dd/mm/yyyy in letter")
        if re.search(r"\b%d ans\b" % p["age"], text):
            pass
        if age_at(dob, ld) != p["age"]:
            fail(lid, f"age {p['age']} != computed {age_at(dob, ld)}")
        if re.search(r"\b\d{2} ans\b", text):
            fail(lid, "letter gives both birth date and an age")
    else:
        if not re.search(r"\b%d ans\b" % p["age"], text):
            fail(lid, "age not written in letter and no birth date")
    if (p["sex"] == "F") != bool(re.search(r"\bMme\b", text)):
        fail(lid, "sex and civility (Mme/M.) disagree")
    # statuses
    for item, allowed in STATUSES.items():
        st = gold[item]["status"]
        if st not in allowed:
            fail(lid, f"{item}.status {st} not allowed")
    # primary tumour
    pt = gold["primaryTumor"]
    if set(pt) != {"status", "site", "histology", "biomarkers"}:
        fail(lid, "primaryTumor keys")
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            fail(lid, "unknown primary with values")
    else:
        if pt["site"] not in SITES:
            fail(lid, f"site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(lid, f"histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BM_RESULTS:
            fail(lid, f"biomarker {k}={v}")
    # bone diagnosis
    bd = gold["boneDiagnosis"]
    if set(bd) != {"status", "circumstances", "dated"}:
        fail(lid, "boneDiagnosis keys")
    if not set(bd["circumstances"]) <= CIRCUMSTANCES:
        fail(lid, "circumstance code")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(lid, "boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(lid, "boneDiagnosis unknown with values")
    # pain
    pn = gold["pain"]
    if set(pn) != {"status", "types", "intensity"}:
        fail(lid, "pain keys")
    if not set(pn["types"]) <= PAIN_TYPES:
        fail(lid, "pain type code")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        fail(lid, "pain intensity")
    if pn["status"] != "present" and pn["types"]:
        fail(lid, "pain types without present pain")
    if pn["status"] == "absent" and pn["intensity"] not in (None, 0):
        fail(lid, "absent pain with nonzero intensity")
    if pn["status"] == "present" and pn["intensity"] == 0:
        fail(lid, "present pain with intensity 0")
    # local treatments
    lt = gold["priorLocalTreatments"]
    if set(lt) != {"status", "types"}:
        fail(lid, "priorLocalTreatments keys")
    if not set(lt["types"]) <= LOCAL_TYPES:
        fail(lid, "local treatment code")
    if lt["status"] == "present" and not lt["types"]:
        fail(lid, "local treatments present without type")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        fail(lid, "local treatment types with absent/unknown")
    # drugs
    cm = gold["currentMedications"]
    if set(cm) != {"status", "atc"}:
        fail(lid, "currentMedications keys")
    for code in cm["atc"]:
        if code not in atc:
            fail(lid, f"ATC {code} not in atc-reference.tsv")
    if cm["status"] != "present" and cm["atc"]:
        fail(lid, "current medications codes with non-present status")
    if len(set(cm["atc"])) != len(cm["atc"]) or cm["atc"] != sorted(cm["atc"]):
        fail(lid, "currentMedications.atc must be sorted and unique")
    for sec, prefixes in AGENT_PREFIX.items():
        s = gold[sec]
        if set(s) != {"status", "atc"}:
            fail(lid, f"{sec} keys")
        for code in s["atc"]:
            if code not in atc:
                fail(lid, f"{sec} ATC {code} not in reference")
            if not code.startswith(prefixes):
                fail(lid, f"{sec} agent {code} outside {prefixes}")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            fail(lid, f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(cm["atc"])
            if missing:
                fail(lid, f"{sec} agents {missing} not in currentMedications")
        if s["status"] == "uncertain" and set(s["atc"]) & set(cm["atc"]):
            fail(lid, f"{sec} uncertain agent listed as current medication")
        if s["status"] == "conflicting" and not s["atc"] and sec != "antiplatelets":
            pass
        # every current drug of this class must be in its section
        for code in cm["atc"]:
            if code.startswith(prefixes) and code not in s["atc"]:
                fail(lid, f"current drug {code} missing from {sec}")
            if code.startswith(prefixes) and s["status"] not in ("present", "conflicting"):
                fail(lid, f"current drug {code} but {sec} is {s['status']}")
    # every gold code is named in the letter, every named table drug is decided
    spans = []
    for code, row in atc.items():
        for n in row["names"]:
            for m in re.finditer(r"(?<![a-z0-9])" + re.escape(norm(n)) + r"(?![a-z0-9])", tn):
                spans.append((m.start(), m.end(), code, n))
    named = {}
    for s0, e0, code, n in spans:
        # a name inside a longer name of another drug (Cacit in "Cacit D3") is that other drug
        if any(s1 <= s0 and e0 <= e1 and (e1 - s1) > (e0 - s0) and c1 != code for s1, e1, c1, _ in spans):
            continue
        named.setdefault(code, []).append(n)
    all_gold_codes = set(cm["atc"])
    for sec in AGENT_PREFIX:
        all_gold_codes |= set(gold[sec]["atc"])
    for code in all_gold_codes:
        if code not in named:
            fail(lid, f"gold code {code} ({atc[code]['names']}) never named in letter")
    not_current = set(letter.get("not_current", []))
    for code in named:
        if code not in all_gold_codes and code not in not_current:
            fail(lid, f"letter names {named[code]} ({code}) but gold neither lists it nor declares it not current")
    for code in not_current:
        if code in cm["atc"]:
            fail(lid, f"{code} declared not current but listed")
        if code not in named:
            fail(lid, f"not_current {code} never named in letter")
    # prognosis / project
    pg = gold["prognosis"]
    if set(pg) - {"status", "ecog", "kps"} or "status" not in pg:
        fail(lid, "prognosis keys")
    if pg.get("ecog") is not None and pg.get("kps") is not None:
        fail(lid, "both ecog and kps")
    if pg.get("ecog") is not None and pg["ecog"] not in range(0, 5):
        fail(lid, "ecog range")
    if pg.get("kps") is not None and pg["kps"] not in range(0, 101, 10):
        fail(lid, "kps range")
    if pg["status"] == "unknown" and (pg.get("ecog") is not None or pg.get("kps") is not None):
        fail(lid, "unknown prognosis with a score")
    tp = gold["therapeuticProject"]
    if set(tp) != {"status", "intent"}:
        fail(lid, "therapeuticProject keys")
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(lid, "intent code")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        fail(lid, "intent with unknown project")
    words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] and words[tp["intent"]] not in tn:
        fail(lid, f"intent {tp['intent']} not worded in letter")
    # gaps
    if gold["gaps"] != derive_gaps(gold):
        fail(lid, "gaps differ from the derived gaps")
    for g_ in gold["gaps"]:
        if g_[0] == "antiplatelets":
            fail(lid, "antiplatelets gap")
    # privacy: no real-looking e-mail; phone numbers fictitious format only
    if "@" in text:
        fail(lid, "e-mail address in letter")


# ---------------------------------------------------------------- letters
def G(lid, sex, age, pt, bd, pain, meds, local, bone, ac, ap, prog, proj):
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": pt[3]},
        "boneDiagnosis": {"status": bd[0], "circumstances": bd[1], "dated": bd[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": bone[0], "atc": sorted(bone[1])},
        "anticoagulation": {"status": ac[0], "atc": sorted(ac[1])},
        "antiplatelets": {"status": ap[0], "atc": sorted(ap[1])},
        "prognosis": {"status": prog[0], **({"kps": prog[2]} if prog[1] == "kps" else {"ecog": prog[2]})},
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }
    g["gaps"] = derive_gaps(g)
    return g


LETTERS = []

# zzn01 -- radiation oncologist, TXT, re-irradiation question after 30 Gy/10 fr
LETTERS.append(dict(
    id="zzn01", fmt="txt", date="2026-11-17", date_text="le 17 novembre 2026", dob="1958-03-14",
    not_current=[],
    text="""Service de Radiothérapie-Oncologie
Centre Hospitalier de Vallon-sur-Arve
Dr Hélène Quéméneur - secrétariat : 04 79 61 38 20

Vallon-sur-Arve, le 17 novembre 2026

Objet : demande d'avis RCP métastases osseuses - question de ré-irradiation de T10

Cher confrère, chère consœur,

Je vous adresse M. Gérard FAUCHEUX, né le 14/03/1958, que je suis pour un adénocarcinome pulmonaire du lobe inférieur droit, mutation EGFR (délétion de l'exon 19), ALK négatif, PD-L1 5 %, diagnostiqué en mars 2024.

Histoire osseuse : dorsalgies depuis février 2024 ayant conduit au diagnostic (IRM : lésion lytique de T10 avec épidurite antérieure, sans compression médullaire). Radiothérapie palliative T9-T11 de 30 Gy en 10 fractions du 02/04 au 15/04/2024 avec une bonne réponse antalgique. Par ailleurs, radiothérapie stéréotaxique de deux métastases cérébrales (frontale droite et cérébelleuse) en mai 2024, 3 x 9 Gy, sans récidive à ce jour.

Depuis septembre 2026, réapparition de douleurs dorsales à la marche et en position assise prolongée, avec une irradiation en ceinture à gauche à type de décharges électriques. EVA 5/10 ce jour (7/10 début octobre avant majoration des antalgiques). L'IRM du 04/11/2026 montre une progression in-field en T10 avec un tassement de 30 % et un recul débutant du mur postérieur, sans hypersignal médullaire. Le reste de la maladie est contrôlé sous osimertinib (TEP du 28/10/2026).

Traitement actuel :
- Tagrisso 80 mg/j depuis avril 2024
- Xgeva 120 mg SC toutes les 4 semaines depuis mai 2024 (bilan dentaire fait)
- Cacit D3 1 sachet/j
- Lyrica 75 mg matin et soir
- Oxycontin LP 20 mg matin et soir, Oxynorm 5 mg si besoin (2 à 3 prises/j)
- Doliprane 1 g x 3/j
Pas d'anticoagulant ni d'antiagrégant plaquettaire.

Antécédents : HTA traitée par régime seul, appendicectomie. Tabac sevré (20 PA). Mère traitée pour un cancer du sein (radiothérapie en 1995).

Etat général conservé, OMS 1, poids stable, vit avec son épouse.

Question posée à la RCP : ré-irradiation stéréotaxique de T10 (dose cumulée à la moelle à discuter) ou cimentoplastie / stabilisation en première intention ? Un avis de chirurgie du rachis serait souhaitable. Le traitement reste palliatif ; l'osimertinib est poursuivi.

Bien confraternellement,

Dr H. Quéméneur
Oncologue radiothérapeute
""",
    gold=lambda: G("zzn01", "M", 68,
                   ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "positive"}),
                   ("present", ["pain"], True),
                   ("present", ["mechanical", "neuropathic"], 5),
                   ("present", ["L01EB04", "M05BX04", "A12AX", "N03AX16", "N02AA05", "N02BE01"]),
                   ("present", ["radiotherapy"]),
                   ("present", ["M05BX04"]),
                   ("absent", []), ("absent", []),
                   ("present", "ecog", 1), ("present", "palliative")),
))

# zzn02 -- interventional radiologist, PDF, after cryoablation + cementoplasty; lung RFA not bone
LETTERS.append(dict(
    id="zzn02", fmt="pdf", date="2026-11-09", date_text="Date : 09/11/2026",
    not_current=["B01AC06", "M05BX04"],
    text="""Service d'Imagerie Interventionnelle - Hôpital Saint-Aubert, Montbrison-les-Eaux
Dr Karim Belhadj-Lorieux, radiologue interventionnel - Tél. 04 77 52 19 63

COMPTE RENDU DE CONSULTATION ET DEMANDE DE DISCUSSION EN RCP MÉTASTASES OSSEUSES
Date : 09/11/2026
Patient : M. Roland VERDIER, 71 ans
Médecin traitant : Dr Anne-Laure Poizat, Saint-Galmier-le-Haut

Motif : nouvelle lésion de l'humérus proximal gauche chez un patient déjà traité par cryoablation osseuse.

Histoire oncologique :
- 2019 : néphrectomie partielle gauche pour carcinome rénal à cellules claires, grade ISUP 3.
- 2022 : métastase pulmonaire unique du lobe supérieur droit traitée par radiofréquence percutanée, en rémission locale.
- Juin 2025 : lésion lytique du cotyle droit découverte sur le scanner de surveillance. Biopsie : métastase de carcinome à cellules claires.
- Septembre 2025 : cryoablation de la lésion cotyloïdienne droite (4 cryosondes) associée dans le même temps à une cimentoplastie acétabulaire. Bon résultat, pas de récidive locale sur l'IRM d'octobre 2026.
- Depuis janvier 2026 : cabozantinib (Cabometyx 40 mg/j) pour une progression pulmonaire, bien toléré (syndrome main-pied grade 1).

Situation actuelle : lésion ostéolytique de 28 mm de la métaphyse humérale proximale gauche, découverte sur le scanner TAP du 22/10/2026, sans rupture corticale (score de Mirels 7). Douleur de l'épaule gauche à la mobilisation et au port de charges, EVA 3/10, sans réveil nocturne. Pas de déficit neurologique.

Traitements en cours : Cabometyx 40 mg/j, Eliquis 5 mg matin et soir (fibrillation atriale), Cardensiel 2,5 mg/j, Lasilix 20 mg/j, Triatec 5 mg/j, Doliprane 1 g si douleur. Le Kardégic a été arrêté en 2023 lors de l'introduction de l'apixaban.
Traitement osseux : aucun, ni bisphosphonate ni dénosumab à ce jour.

Etat général : Karnofsky 80 %, autonome, conduit encore.

Question à la RCP : cryoablation de la lésion humérale (avec fenêtre thérapeutique de l'apixaban 48 h avant le geste) ou radiothérapie externe ? Faut-il débuter un traitement anti-résorptif ?

Dr K. Belhadj-Lorieux
""",
    gold=lambda: G("zzn02", "M", 71,
                   ("present", "kidney", "clear_cell_carcinoma", {}),
                   ("present", ["staging_imaging"], True),
                   ("present", ["mechanical"], 3),
                   ("present", ["L01EX07", "B01AF02", "C07AB07", "C03CA01", "C09AA05", "N02BE01"]),
                   ("present", ["ablation", "cementoplasty"]),
                   ("absent", []),
                   ("present", ["B01AF02"]), ("absent", []),
                   ("present", "kps", 80), ("present", None)),
))

# zzn03 -- spine surgeon, DOCX, post-op laminectomy + fixation; primary only probable
LETTERS.append(dict(
    id="zzn03", fmt="docx", date="2026-11-20", date_text="Rochebrune, le 20/11/2026",
    not_current=["B01AC06"],
    text="""# Service de Neurochirurgie - Unité de chirurgie du rachis
CHU de Rochebrune - Pr Antoine Mercadier / Dr Inès Vasseur (interne)
Secrétariat : 03 84 29 70 41
Rochebrune, le 20/11/2026
Chers collègues,
Nous vous adressons Mme Odile PRADEAU-LACOMBE, 64 ans, opérée en urgence le 29/10/2026 d'une compression médullaire thoracique.
# Histoire
Paraparésie d'installation rapide sur 48 heures (Frankel C) le 28/10/2026, révélant une lésion tumorale de T6 avec épidurite compressive. Aucun antécédent néoplasique connu jusque-là. Le scanner TAP retrouve une masse pulmonaire du lobe supérieur gauche de 35 mm, des adénopathies médiastinales et d'autres lésions osseuses (T2, L3, aile iliaque droite).
Intervention du 29/10/2026 : laminectomie T5-T7 de décompression et ostéosynthèse postérieure percutanée T4-T8. Anatomopathologie de la pièce opératoire : métastase d'adénocarcinome, TTF1 positif, CK7 positif, en faveur d'une origine pulmonaire probable. Analyses moléculaires (EGFR, ALK, ROS1) et PD-L1 en cours.
Suites : récupération motrice partielle (Frankel D), marche avec un déambulateur, rééducation en cours. Douleurs dorsales résiduelles à la mobilisation, EVA 2/10 ; plus de douleur radiculaire depuis l'intervention.
# Antécédents
Stent coronaire en 2019. Diabète de type 2. Tabagisme actif à 40 PA.
# Traitement de sortie
| Médicament | Posologie
| Lovenox 4000 UI | 1 injection SC/j (prévention, jusqu'à reprise complète de la marche)
| Dexaméthasone (Dectancyl) | 8 mg/j, décroissance sur 3 semaines
| Doliprane 1 g | 1 cp x 3/j
| Inexium 20 mg | 1 cp/j
| Forlax 10 g | 1 à 2 sachets/j
| Glucophage 850 mg | 1 cp matin et soir
| Kardégic 75 mg | suspendu depuis l'intervention, reprise à l'appréciation du cardiologue
État général : OMS 2 à ce jour.
# Projet
Radiothérapie post-opératoire du foyer T4-T8 programmée au centre de radiothérapie de Rochebrune (consultation prévue le 25/11/2026). Prise en charge oncologique systémique à définir après les résultats moléculaires.
Question à la RCP : validation de la radiothérapie post-opératoire (dose ? inclure T2 ?), indication d'un traitement anti-résorptif, conduite à tenir pour la lésion de L3.
Pr A. Mercadier
""",
    gold=lambda: G("zzn03", "F", 64,
                   ("uncertain", "lung", "adenocarcinoma",
                    {"EGFR": "pending", "ALK": "pending", "ROS1": "pending", "PD-L1": "pending"}),
                   ("present", ["neurological_deficit"], True),
                   ("present", ["mechanical"], 2),
                   ("present", ["B01AB05", "H02AB02", "N02BE01", "A02BC05", "A06AD15", "A10BA02"]),
                   ("present", ["surgery"]),
                   ("unknown", []),
                   ("present", ["B01AB05"]), ("absent", []),
                   ("present", "ecog", 2), ("present", None)),
))

# zzn04 -- radiation oncologist, TXT CRLF telegraphic, prostate, two prior RTs, prostate-bed RT not bone
LETTERS.append(dict(
    id="zzn04", fmt="txt", newline="\r\n", date="2026-11-12", date_text="12/11/26",
    not_current=["L01CD02"],
    text="""RADIOTHERAPIE - CLINIQUE DU PARC DES TILLEULS - Dr F. Nguyen-Ballester
Fiche de demande RCP MO - 12/11/26
Tel sec. 05 56 38 91 12

Pt : M. Lucien ABGRALL, 82 ans
ADK prostate Gleason 4+3 (2018). Prostatectomie radicale 2018 puis RT de la loge 66 Gy en 2019 pour récidive biologique.
Mtx osseuses découvertes sur TEP-PSMA en mars 2023 (bilan d'une remontée du PSA). Résistance à la castration depuis 2025.
PSA 48 ng/ml le 02/11 (12 en juin).

Ttt local osseux déjà réalisé :
 - aile iliaque G : RT 8 Gy fraction unique 02/2025
 - L3 : RT 20 Gy / 5 fr 01/2026 (bon effet antalgique pendant 6 mois)

Ttt en cours : Xtandi 160 mg/j + Décapeptyl LP 11,25 mg tous les 3 mois ; Xgeva 120 mg /4 sem depuis 2023 ; Skenan LP 30 mg x2 + Actiskenan 10 mg si besoin ; Doliprane 1g x3 ; Movicol 1 sachet.
Pas d'anticoag. Pas d'antiagrégant.

ATCD : BPCO stade 2, cataracte bilat opérée. Frère décédé d'un cancer de la prostate.

Clinique : dlr lombaires basses et sacrées, surtout la nuit (réveils 2-3 fois par nuit), EN 6/10. Pas de signe neuro, pas de trouble sphinctérien. PS 1.
IRM 05/11 : progression en L3 (zone déjà irradiée) + nouvelle lésion S1.

Q RCP : ré-irradiation L3 (SBRT ?) + RT S1 ? Discussion d'un changement de ligne (docétaxel ?) avec l'oncologue référent. Prise en charge palliative.

Dr FNB
""",
    gold=lambda: G("zzn04", "M", 82,
                   ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
                   ("present", ["staging_imaging"], True),
                   ("present", ["nocturnal"], 6),
                   ("present", ["L02BB04", "L02AE04", "M05BX04", "N02AA01", "N02BE01", "A06AD65"]),
                   ("present", ["radiotherapy"]),
                   ("present", ["M05BX04"]),
                   ("absent", []), ("absent", []),
                   ("present", "ecog", 1), ("present", "palliative")),
))

# zzn05 -- interventional radiologist, PDF, before kyphoplasty; Préviscan reported by patient only
LETTERS.append(dict(
    id="zzn05", fmt="pdf", date="2026-11-24", date_text="Lorvignac, le 24 novembre 2026", dob="1951-11-30",
    not_current=["L02BG03", "B01AA12", "M05BX04"],
    text="""Unité de Radiologie Interventionnelle Ostéo-articulaire
Clinique Sainte-Mathilde - 14 rue des Tanneurs - Lorvignac - Tél. 05 49 63 07 88
Dr Pauline Estrade-Morin

Lorvignac, le 24 novembre 2026

Demande d'avis RCP métastases osseuses avant geste de kyphoplastie

Madame, Monsieur, chers confrères,

Je vous demande de discuter le dossier de Mme Jacqueline THIBAUDEAU, née le 30/11/1951, adressée par son oncologue le Dr Garnier-Tessier.

Carcinome lobulaire infiltrant du sein gauche, RE 95 %, RP 40 %, HER2 score 1+ (négatif), diagnostiqué en 2017 : mastectomie gauche avec curage axillaire, chimiothérapie adjuvante puis radiothérapie pariétale, hormonothérapie par anastrozole pendant 5 ans (arrêtée en 2022).

Rechute osseuse en février 2025, révélée par des lombalgies (IRM : L1, sacrum, ilium droit). Radiothérapie de L1 à la dose de 30 Gy en 10 séances en mars 2025 (Centre Ambroise-Vidal). Depuis, Kisqali 600 mg/j 3 semaines sur 4 et Femara 2,5 mg/j.

Actuellement : tassement de L1 de 50 % apparu en octobre 2026. Douleur lombaire mécanique, majorée en station debout et à la marche, avec des réveils nocturnes, EVA 7/10 malgré Topalgic 100 mg matin et soir et Doliprane 1 g x 3. Pas de radiculalgie, pas de déficit.
Autres traitements : Levothyrox 75 µg.

Traitement osseux : elle a reçu du Prolia pour une ostéoporose de 2019 à 2022 (arrêté par son rhumatologue) ; aucun traitement anti-résorptif depuis la rechute.
Anticoagulation : la patiente dit prendre du Préviscan pour une arythmie, ce qui ne figure pas sur l'ordonnance transmise : à vérifier auprès du médecin traitant avant le geste (INR à prévoir).

OMS 2. Vit seule, passage d'une aide à domicile.

Proposition : kyphoplastie de L1 sous anesthésie générale, éventuellement associée à une radiofréquence, sur un os déjà irradié. Merci de valider l'indication en RCP et de discuter l'introduction du dénosumab.

Dr P. Estrade-Morin
""",
    gold=lambda: G("zzn05", "F", 74,
                   ("present", "breast", "invasive_lobular_carcinoma",
                    {"ER": "positive", "PR": "positive", "HER2": "negative"}),
                   ("present", ["pain"], True),
                   ("present", ["mechanical", "nocturnal"], 7),
                   ("present", ["L01EF02", "L02BG04", "N02AX02", "N02BE01", "H03AA01"]),
                   ("present", ["radiotherapy"]),
                   ("absent", []),
                   ("uncertain", ["B01AA12"]), ("unknown", []),
                   ("present", "ecog", 2), ("present", None)),
))

# zzn06 -- spine surgeon, DOCX, pre-op consultation: no prior local treatment, zoledronate only planned
LETTERS.append(dict(
    id="zzn06", fmt="docx", date="2026-11-18", date_text="Consultation du 18/11/2026", dob="1960-02-02",
    not_current=["L01XA01", "L01CA04", "M05BA08"],
    text="""# Service d'Orthopédie-Traumatologie - Unité Rachis
Hôpital Nord-Ouest de Kerlédan - Dr Mathieu Rocheteau, chirurgien du rachis - Tél. 02 98 44 61 30
Consultation du 18/11/2026
M. Patrice LE GOASCOZ, né le 02/02/1960
Cher confrère,
Je vois ce patient adressé par son pneumologue, le Dr Salaün, pour une lésion lytique de T12.
# Antécédents
Carcinome épidermoïde pulmonaire du lobe inférieur droit pT2bN1, opéré par lobectomie en juin 2024, suivi d'une chimiothérapie adjuvante par cisplatine-vinorelbine (4 cycles). Récidive osseuse et ganglionnaire sur le TEP de réévaluation du 15/09/2026. PD-L1 70 %. Pembrolizumab (Keytruda) en monothérapie depuis le 01/10/2026, 3e cure faite le 12/11.
Embolie pulmonaire segmentaire en août 2026, sous Xarelto 20 mg/j.
Pas d'antiagrégant. Cardiopathie hypertensive sous bisoprolol 5 mg ; dyslipidémie sous Tahor 20 mg.
# Clinique
Douleurs thoraco-lombaires d'horaire mécanique, à la marche et aux changements de position, avec une irradiation en hémi-ceinture droite : radiculalgie T12. EVA 6/10. Pas de déficit moteur, pas de trouble sphinctérien.
Traitement antalgique : Oxycontin 20 mg x 2/j, Oxynorm 10 mg si besoin, Neurontin 300 mg x 3/j, paracétamol 1 g x 4/j.
# Imagerie
Ostéolyse du corps de T12 et du pédicule droit, SINS 13 (instabilité potentielle), épidurite sans compression médullaire.
Aucun traitement local osseux à ce jour (ni radiothérapie, ni chirurgie, ni cimentoplastie).
Un traitement par acide zolédronique est envisagé par son oncologue après les soins dentaires.
PS OMS 1.
# Proposition
Ostéosynthèse percutanée T11-L1 avec cimentoplastie de T12, puis radiothérapie (stéréotaxique ?). Question à la RCP : séquence chirurgie / radiothérapie et gestion du rivaroxaban en péri-opératoire.
Bien cordialement,
Dr M. Rocheteau
""",
    gold=lambda: G("zzn06", "M", 66,
                   ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
                   ("present", ["staging_imaging"], True),
                   ("present", ["mechanical", "neuropathic"], 6),
                   ("present", ["L01FF02", "B01AF01", "C07AB07", "C10AA05", "N02AA05", "N03AX12", "N02BE01"]),
                   ("absent", []),
                   ("unknown", []),
                   ("present", ["B01AF01"]), ("absent", []),
                   ("present", "ecog", 1), ("present", None)),
))

# zzn07 -- radiation oncologist, TXT, end of SBRT; melanoma; cerebral SBRT not bone; curative
LETTERS.append(dict(
    id="zzn07", fmt="txt", date="2026-11-26", date_text="Date : 26/11/2026",
    not_current=["L01FF01", "M05BX04"],
    text="""Institut de Cancérologie des Hauts-de-Brume
Département de Radiothérapie - Dr Yann Le Bihan
Tél : 02 96 70 12 84

COMPTE RENDU DE FIN DE RADIOTHERAPIE ET DEMANDE DE RCP METASTASES OSSEUSES

Date : 26/11/2026
Patiente : Mme Sandrine ROUSSELOT-KERN, 49 ans
Copie : Dr Morvan (dermato-oncologie), Dr Lebrun (médecin traitant)

Diagnostic : mélanome cutané du dos (2021, Breslow 2,4 mm), BRAF V600E muté. Exérèse large + ganglion sentinelle en 2021, puis nivolumab adjuvant pendant 1 an (terminé en 2022).

Mai 2026 : lésion de l'acétabulum droit découverte fortuitement sur une IRM du bassin réalisée pour une sciatique (hernie discale L5-S1, sciatique résolue depuis). Biopsie : métastase de mélanome. Bilan d'extension : 2 métastases cérébrales infracentimétriques, pas d'autre lésion.
Traitement systémique : dabrafenib 150 mg x 2/j + trametinib 2 mg/j (Tafinlar / Mekinist) depuis juin 2026, très bonne réponse.
Radiothérapie stéréotaxique cérébrale (2 lésions, 1 x 20 Gy) le 03/07/2026.
Radiothérapie stéréotaxique de l'acétabulum droit : 27 Gy en 3 fractions du 10/11 au 17/11/2026, bien tolérée (asthénie modérée).

Sur le plan osseux la patiente est indolore (EVA 0), marche sans boiterie.
Pas de traitement anti-résorptif à ce jour ; l'introduction du Xgeva est à discuter.
Autres traitements : Kardégic 75 mg (occlusion veineuse rétinienne en 2023), Triatec 2,5 mg/j.
OMS 0, reprise du travail à mi-temps.

Conclusion : maladie oligométastatique, prise en charge à visée curative. Merci de discuter en RCP la consolidation de la lésion acétabulaire (exérèse chirurgicale ? surveillance ?) et l'intérêt du dénosumab.

Dr Y. Le Bihan
""",
    gold=lambda: G("zzn07", "F", 49,
                   ("present", "melanoma", "other", {"BRAF": "positive"}),
                   ("present", ["incidental_imaging"], True),
                   ("absent", [], 0),
                   ("present", ["B01AC06", "C09AA05"]),
                   ("present", ["radiotherapy"]),
                   ("absent", []),
                   ("unknown", []), ("present", ["B01AC06"]),
                   ("present", "ecog", 0), ("present", "curative")),
))

# zzn08 -- interventional radiologist, PDF, thyroid: THA for fracture, RFA + cement, RT; Xgeva stopped (ONJ)
LETTERS.append(dict(
    id="zzn08", fmt="pdf", date="2026-11-05", date_text="Le 05/11/2026",
    not_current=["M05BX04"],
    text="""Pôle d'Imagerie - Radiologie interventionnelle
Centre Hospitalier de Saint-Rémy-des-Landes - Dr Claire Aubespin - Tél. 05 58 71 40 26

LETTRE DE LIAISON - DEMANDE DE RCP MÉTASTASES OSSEUSES
Le 05/11/2026

Patient : M. Bernard CHASTAGNOL, 77 ans

Histoire :
Cancer vésiculaire (folliculaire) de la thyroïde : thyroïdectomie totale en 2021 puis 2 cures d'iode 131 (IRAthérapie) en 2021-2022.
Mars 2023 : fracture pathologique du col fémoral gauche révélant une métastase, traitée par prothèse totale de hanche gauche cimentée (Dr Morvan-Guidel).
Juillet 2025 : métastase de l'aile iliaque droite, réfractaire à l'iode ; radiofréquence et cimentoplastie le 18/07/2025, puis radiothérapie externe de 30 Gy en 10 fractions sur l'iliaque droit en septembre 2025.
Lenvatinib (Lenvima 14 mg/j) depuis octobre 2025.
Xgeva de 2023 à mars 2026, arrêté pour une ostéonécrose de la mâchoire (stade 2), suivie en stomatologie.
Maladie thromboembolique : TVP fémorale droite en août 2026, Lovenox à dose curative (1 injection matin et soir) en cours.

Actuellement : nouvelle lésion lytique de la branche ilio-pubienne gauche sur le scanner d'octobre ; douleur inguinale gauche à la marche, EVA 2/10, marche avec une canne.
Autres traitements : Levothyrox 175 µg/j, Doliprane 1 g x 3/j, Inexium 40 mg/j, Imovane 7,5 mg le soir.
Karnofsky 70 %.

Question : une nouvelle ablation (cryoablation) est-elle préférable à la radiothérapie pour la lésion ilio-pubienne ? Merci de préciser la gestion de l'anticoagulation curative avant ponction.

Dr C. Aubespin
""",
    gold=lambda: G("zzn08", "M", 77,
                   ("present", "thyroid", "other", {}),
                   ("present", ["pathological_fracture"], True),
                   ("present", ["mechanical"], 2),
                   ("present", ["L01EX08", "B01AB05", "H03AA01", "N02BE01", "A02BC05", "N05CF01"]),
                   ("present", ["surgery", "ablation", "cementoplasty", "radiotherapy"]),
                   ("absent", []),
                   ("present", ["B01AB05"]), ("unknown", []),
                   ("present", "kps", 70), ("present", None)),
))

# zzn09 -- radiation oncologist, DOCX, third irradiation of T8 question; Fragmine listed vs "pas d'anticoagulant"
LETTERS.append(dict(
    id="zzn09", fmt="docx", date="2026-11-16", date_text="Aurignac-sur-Loue, le 16/11/2026",
    not_current=["L01CD02"],
    text="""# Service de Radiothérapie - Centre François-Delmas
Aurignac-sur-Loue - Dr Élise Carpentier-Hu - Tél. 03 81 47 22 90
Aurignac-sur-Loue, le 16/11/2026
Objet : Mme Nadia BENSAÏD, 58 ans - troisième irradiation de T8 ?
Chère consœur, cher confrère,
# Antécédents oncologiques
Avril 2023 : carcinome canalaire infiltrant du sein droit, RE 90 %, RP 20 %, HER2 3+, d'emblée métastatique à l'os (T8, 7e côte droite) sur le bilan d'extension initial (TEP-TDM d'avril 2023). Chimiothérapie docétaxel + trastuzumab + pertuzumab (6 cycles), puis maintenance Herceptin + Perjeta et anastrozole. Tumorectomie et radiothérapie du sein (50 Gy) en 2024 dans le cadre d'une stratégie oligométastatique.
Irradiations osseuses :
- T8 : 8 Gy en 1 fraction, 06/2023
- T8 (ré-irradiation) : SBRT 27 Gy en 3 fractions, 03/2025
- 7e côte droite : 20 Gy en 5 fractions, 03/2025
# Situation actuelle
Récidive en T8 avec épidurite postérieure de 4 mm, sans compression. Douleurs en hémi-ceinture gauche à type de décharges électriques et de brûlures, insomniantes (réveils nocturnes), EN 5/10.
# Traitement actuel
| Traitement | Posologie
| Herceptin SC 600 mg | toutes les 3 semaines
| Perjeta 420 mg IV | toutes les 3 semaines
| Arimidex 1 mg | 1 cp/j
| Zometa 4 mg | toutes les 12 semaines depuis 2023
| Fragmine 5000 UI | 1 injection SC/j
| Laroxyl | 10 gouttes le soir
| Skenan LP 30 mg | matin et soir
| Levothyrox 50 µg | 1 cp/j
Pas d'anticoagulant, pas d'antiagrégant.
Antécédents personnels : thyroïdite d'Hashimoto. Antécédents familiaux : mère et tante maternelle traitées pour un cancer du sein ; recherche de mutation BRCA négative.
OMS 1.
# Question
Nouvelle ré-irradiation de T8 (dose cumulée à la moelle ?), avis chirurgical (décompression-stabilisation) ou surveillance ? Le traitement systémique, palliatif, n'est pas modifié.
Dr É. Carpentier-Hu
""",
    gold=lambda: G("zzn09", "F", 58,
                   ("present", "breast", "invasive_ductal_carcinoma",
                    {"ER": "positive", "PR": "positive", "HER2": "positive"}),
                   ("present", ["staging_imaging"], True),
                   ("present", ["neuropathic", "nocturnal"], 5),
                   ("present", ["L01FD01", "L01FD02", "L02BG03", "M05BA08", "B01AB04", "N06AA09",
                                "N02AA01", "H03AA01"]),
                   ("present", ["radiotherapy"]),
                   ("present", ["M05BA08"]),
                   ("conflicting", ["B01AB04"]), ("absent", []),
                   ("present", "ecog", 1), ("present", "palliative")),
))

# zzn10 -- spine surgeon, TXT, after vertebroplasty + RT; liver RFA not bone; prognosis without PS
LETTERS.append(dict(
    id="zzn10", fmt="txt", date="2026-11-10", date_text="Sablières, le 10/11/2026",
    not_current=["N02AX02", "M05BA08"],
    text="""Dr Olivier Gendrot
Chirurgie orthopédique et rachidienne
Polyclinique des Quatre-Vents - Sablières
Tél. 02 41 87 55 06

Sablières, le 10/11/2026

Dr Pommeret
Oncologie digestive

Mon cher confrère,

Je revois en consultation post-opératoire M. Jean-Claude MAZURIER, 69 ans, porteur d'un adénocarcinome du colon sigmoïde (colectomie en 2024), KRAS muté G12D, BRAF non muté, métastatique au foie (radiofréquence hépatique de 2 lésions en janvier 2025) et à l'os.
Les lombalgies ont débuté en juillet 2026 et ont conduit à l'IRM montrant une lyse de L4 avec tassement.
Je lui ai réalisé le 14/10/2026 une vertébroplastie de L4 par voie bipédiculaire, suivie d'une radiothérapie de L4 (20 Gy en 5 fractions) au centre de radiothérapie de Sablières, terminée le 06/11.
Il est nettement soulagé, ne garde qu'une douleur résiduelle à la marche cotée à 1/10 (EVA). Le Contramal a pu étre arrêté.
Traitement : Xeloda et Avastin en maintenance (que vous lui prescrivez), Innohep 14000 UI/j pour une TVP du mollet en octobre, Doliprane si besoin. Pas d'antiagrégant. Pas de Zometa pour l'instant.
Le pronostic reste réservé, survie estimée à quelques mois selon vos derniers éléments.
Je souhaite que le dossier soit présenté à la RCP pour décider d'une éventuelle cimentoplastie préventive de L2 (lésion de 15 mm asymptomatique). Prise en charge palliative.

Bien amicalement,

Dr O. Gendrot
""",
    gold=lambda: G("zzn10", "M", 69,
                   ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
                   ("present", ["pain"], True),
                   ("present", ["mechanical"], 1),
                   ("present", ["L01BC06", "B01AB10", "N02BE01"]),
                   ("present", ["cementoplasty", "radiotherapy"]),
                   ("absent", []),
                   ("present", ["B01AB10"]), ("absent", []),
                   ("present", "ecog", None), ("present", "palliative")),
))

# zzn11 -- radiation oncologist, PDF, first consultation: never irradiated; Prolia for osteoporosis; anticoagulant unnamed & doubtful
LETTERS.append(dict(
    id="zzn11", fmt="pdf", date="2026-11-19", date_text="Port-Maurand, le 19/11/2026", dob="1955-08-07",
    not_current=[],
    text="""Service de Radiothérapie - Hôpital Privé de la Côte Grise
Dr Vincent Ollivier-Danis, oncologue radiothérapeute - Tél. 02 35 29 84 17

Port-Maurand, le 19/11/2026

CONSULTATION DE RADIOTHÉRAPIE - Mme Yvette CAILLEBOTTE, née le 07/08/1955

Cher confrère,

J'ai vu en consultation Mme Caillebotte pour une métastase fémorale droite.

Carcinome urothélial de haut grade de la vessie, cystectomie avec dérivation de type Bricker en février 2025. Récidive ganglionnaire et osseuse en 2026 : lésion de la diaphyse fémorale proximale droite découverte sur le scanner de réévaluation du 08/09/2026, asymptomatique à ce moment-là. Traitement par enfortumab vedotin + pembrolizumab (Keytruda) depuis le 01/10/2026.

Depuis mi-octobre : douleur de la cuisse droite à la mise en charge, EVA 6/10, présente également la nuit. Score de Mirels à 9 : risque fracturaire élevé.
Elle n'a jamais été irradiée (ni sur l'os, ni sur le pelvis).

Traitements : Keytruda et enfortumab vedotin toutes les 3 semaines, Prolia 60 mg tous les 6 mois pour une ostéoporose depuis 2020 (dernière injection en août 2026), Orocal D3 1 cp/j, Oxynorm 5 mg x 4/j, Doliprane 1 g x 3/j, Inipomp 40 mg/j.
Elle serait sous anticoagulant (pour une phlébite ancienne ?), nom du produit inconnu, ordonnance non disponible : à vérifier.

OMS 2.

Proposition : avis orthopédique pour un enclouage prophylactique du fémur, puis radiothérapie (20 Gy en 5 fractions ou 8 Gy en fraction unique). Projet palliatif. Merci de présenter le dossier en RCP.

Dr V. Ollivier-Danis
""",
    gold=lambda: G("zzn11", "F", 71,
                   ("present", "bladder", "other", {}),
                   ("present", ["staging_imaging"], True),
                   ("present", ["mechanical", "nocturnal"], 6),
                   ("present", ["L01FF02", "M05BX04", "A12AX", "N02AA05", "N02BE01", "A02BC02"]),
                   ("absent", []),
                   ("present", ["M05BX04"]),
                   ("uncertain", []), ("unknown", []),
                   ("present", "ecog", 2), ("present", "palliative")),
))

# zzn12 -- interventional radiology RCP form, DOCX table; SBRT of primary and adrenal are not bone
LETTERS.append(dict(
    id="zzn12", fmt="docx", date="2026-11-23", date_text="23/11/2026", dob="1972-11-21",
    not_current=[],
    text="""# FICHE DE DEMANDE RCP MÉTASTASES OSSEUSES
Radiologie interventionnelle - CHU de Bellerive-sur-Ondaine - Tél. 04 73 15 62 09
| Date de la demande | 23/11/2026
| Demandeur | Dr Sophie Hamelin-Ketterer, radiologue interventionnelle
| Patient | M. Thomas VAN DER LINDEN
| Date de naissance | 21/11/1972
| Tumeur primitive | Adénocarcinome pulmonaire, réarrangement ALK (FISH positive), EGFR sauvage, PD-L1 < 1 %
| Circonstances de découverte des lésions osseuses | Hypercalcémie à 3,1 mmol/l en janvier 2026, bilan révélant des lésions osseuses multiples
| Douleur | Non
| Traitements locaux osseux antérieurs | Aucun
| Autres traitements locaux | SBRT de la tumeur primitive (LSD, 3 x 18 Gy) 02/2026 ; SBRT surrénale gauche 04/2026
| Traitement anti-résorptif | Xgeva 120 mg toutes les 4 semaines depuis 01/2026
| Anticoagulant | Non
| Antiagrégant plaquettaire | Kardégic 160 mg (AIT en 2021)
| Traitements en cours | Alecensa 600 mg x 2/j, Xgeva, Kardégic 160, Mopral 20 mg, Imovane 7,5 mg
| Performance status | OMS 0
| Projet thérapeutique | Poursuite de l'alectinib
| Question posée | Oligoprogression osseuse : lésion iliaque gauche de 22 mm hypermétabolique, asymptomatique. Ablation par micro-ondes ou SBRT ?
Commentaire : patient sportif, très bonne tolérance de l'alectinib.
""",
    gold=lambda: G("zzn12", "M", 54,
                   ("present", "lung", "adenocarcinoma",
                    {"ALK": "positive", "EGFR": "negative", "PD-L1": "negative"}),
                   ("present", ["hypercalcemia"], True),
                   ("absent", [], None),
                   ("present", ["L01ED03", "M05BX04", "B01AC06", "A02BC01", "N05CF01"]),
                   ("absent", []),
                   ("present", ["M05BX04"]),
                   ("absent", []), ("present", ["B01AC06"]),
                   ("present", "ecog", 0), ("present", None)),
))


# ---------------------------------------------------------------- rendering
def plain_text(letter: dict) -> str:
    out = []
    for line in letter["text"].split("\n"):
        if line.startswith("# "):
            line = line[2:]
        elif line.startswith("| "):
            line = " : ".join(c.strip() for c in line[2:].split(" | "))
        out.append(line)
    return "\n".join(out)


def write_txt(letter, path: Path):
    text = letter["text"]
    nl = letter.get("newline", "\n")
    path.write_bytes(text.replace("\n", nl).encode(letter.get("encoding", "utf-8")))


# --- PDF with embedded DejaVu Sans (simple TrueType font, WinAnsiEncoding)
_FONT_CACHE = {}


def _font_data():
    if not _FONT_CACHE:
        from PIL import ImageFont
        f = ImageFont.truetype(str(FONT), 1000)
        widths = []
        for b in range(32, 256):
            try:
                ch = bytes([b]).decode("cp1252")
                widths.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                widths.append(0)
        _FONT_CACHE["widths"] = widths
        _FONT_CACHE["ttf"] = FONT.read_bytes()
    return _FONT_CACHE


def _wrap(text, size, maxw, widths):
    def w(s):
        return sum(widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000
    words = text.split(" ")
    lines, cur = [], ""
    for word in words:
        cand = word if not cur else cur + " " + word
        if w(cand) <= maxw or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = word
    lines.append(cur)
    return lines


def _esc(b: bytes) -> bytes:
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(letter, path: Path):
    fd = _font_data()
    size, lead, left, top, bottom, maxw = 10.5, 14.5, 62, 790, 60, 595 - 124
    pages, cur, y = [], [], top
    for raw in plain_text(letter).split("\n"):
        chunks = _wrap(raw, size, maxw, fd["widths"]) if raw.strip() else [""]
        for c in chunks:
            if y < bottom:
                pages.append(cur)
                cur, y = [], top
            if c:
                cur.append((left, y, c))
            y -= lead
    pages.append(cur)
    objs = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    ttf_comp = zlib.compress(fd["ttf"], 9)
    ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(ttf_comp), len(fd["ttf"]))
             + ttf_comp + b"\nendstream")
    desc = add(b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff)
    font = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + b" ".join(str(x).encode() for x in fd["widths"]) + b"] "
               b"/Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % desc)
    pages_id_placeholder = len(objs) + 1
    add(b"")  # pages object, filled later
    page_ids = []
    for items in pages:
        ops = [b"BT /F1 %s Tf" % str(size).encode()]
        for x, yy, t in items:
            ops.append(b"1 0 0 1 %d %s Tm (%s) Tj" % (x, ("%.1f" % yy).encode(), _esc(t.encode("cp1252"))))
        ops.append(b"ET")
        content = zlib.compress(b"\n".join(ops), 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                  b"/Contents %d 0 R >>" % (pages_id_placeholder, font, cid))
        page_ids.append(pid)
    objs[pages_id_placeholder - 1] = (b"<< /Type /Pages /Count %d /Kids [" % len(page_ids)
                                      + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] >>")
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)
    info = add(b"<< /Producer (Scribe-Courrier 3.2) /Creator (Dossier patient) "
               b"/CreationDate (D:%s090000+01'00') >>" % letter["date"].replace("-", "").encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, catalog, info, xref))
    path.write_bytes(out.getvalue())


# --- DOCX written by hand (fixed core properties and zip timestamps)
def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _para(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_x(text)}</w:t></w:r></w:p>'


def _table(rows):
    ncol = max(len(r) for r in rows)
    grid = "".join('<w:gridCol w:w="%d"/>' % (9000 // ncol) for _ in range(ncol))
    body = []
    for r in rows:
        cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{9000 // ncol}" w:type="dxa"/></w:tcPr>{_para(c)}</w:tc>'
            for c in r + [""] * (ncol - len(r)))
        body.append(f"<w:tr>{cells}</w:tr>")
    borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{"".join(body)}</w:tbl>')


def write_docx(letter, path: Path):
    parts, rows = [], []
    for line in letter["text"].split("\n"):
        if line.startswith("| "):
            rows.append([c.strip() for c in line[2:].split(" | ")])
            continue
        if rows:
            parts.append(_table(rows))
            rows = []
        if not line.strip():
            continue
        if line.startswith("# "):
            parts.append(_para(line[2:], bold=True))
        else:
            parts.append(_para(line))
    if rows:
        parts.append(_table(rows))
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>'
           + "".join(parts)
           + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
             'w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
             '</w:body></w:document>')
    stamp = letter["date"] + "T08:30:00Z"
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
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
        "word/document.xml": doc,
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>Demande RCP métastases osseuses</dc:title><dc:creator>Secrétariat</dc:creator>'
        '<cp:lastModifiedBy>Secrétariat</cp:lastModifiedBy><cp:revision>1</cp:revision>'
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        '</cp:coreProperties>',
        "docProps/app.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        '<Application>Microsoft Office Word</Application></Properties>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    path.write_bytes(buf.getvalue())


WRITERS = {"txt": write_txt, "pdf": write_pdf, "docx": write_docx}


def main() -> int:
    atc = load_atc()
    golds = []
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids):
        print("CONTRACT VIOLATION: duplicate ids")
        return 1
    try:
        for L in LETTERS:
            g = L["gold"]()
            check(L, g, atc)
            golds.append(g)
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for L, g in zip(LETTERS, golds):
        WRITERS[L["fmt"]](L, HERE / "letters" / f"{L['id']}.{L['fmt']}")
        (HERE / "gold" / f"{L['id']}.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
