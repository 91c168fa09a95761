#!/usr/bin/env python3
"""Blind held-out corpus 29: 12 French referral letters to an RCP
« métastases osseuses » (clinically complex patients) and their gold records.

Run from /work/main:  .venv/bin/python tests/corpus29/make_letters.py
Every letter's text and gold is held below as Python data; the
script checks each gold against the contract of shared/spec/rcp-request.md,
derives the gaps with one function, and writes letters/ and gold/
byte-identically on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import struct
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

SPEC_DIR = Path("/work/shared/spec")
ATC_TSV = SPEC_DIR / "atc-reference.tsv"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

# ----------------------------------------------------------------- contract
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
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


def load_atc():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        code, dci, inn = parts[0], parts[1], parts[2]
        brands = [b.strip() for b in (parts[4].split(",") if len(parts) > 4 else []) if b.strip()]
        rows[code] = [dci, inn] + brands
    return rows


ATC = load_atc()


class ContractViolation(Exception):
    pass


def fail(lid, msg):
    raise ContractViolation(f"{lid}: {msg}")


def derive_gaps(g):
    """The spec's Gaps rule, applied to the gold values (nine items, not antiplatelets)."""
    gaps = []
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st == "unknown":
            gaps.append([item, "missing"])
        elif st == "uncertain":
            gaps.append([item, "uncertain"])
        elif st == "conflicting":
            gaps.append([item, "conflicting"])
        elif st == "present":
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


def age_at(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def letter_plain_text(blocks) -> str:
    out = []
    for b in blocks:
        if b[0] == "table":
            out.extend(" ".join(r) for r in b[1])
        else:
            out.append(b[1])
    return "\n".join(out)


def check(lid, L):
    g = L["gold"]
    want_keys = {"id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
                 "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation", "antiplatelets",
                 "prognosis", "therapeuticProject", "gaps"}
    if set(g) != want_keys:
        fail(lid, f"keys {sorted(set(g) ^ want_keys)}")
    if g["id"] != lid:
        fail(lid, "id differs from stem")
    text = letter_plain_text(L["blocks"])
    ftext = fold(text)
    # patient
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        fail(lid, "sex")
    if not isinstance(p["age"], int) or not 18 <= p["age"] <= 110:
        fail(lid, "age")
    ld = L["letter_date"]
    if L.get("birth_date"):
        if age_at(L["birth_date"], ld) != p["age"]:
            fail(lid, f"age {p['age']} != computed {age_at(L['birth_date'], ld)}")
        if L["birth_date"].strftime("%d/%m/%Y") not in text:
            fail(lid, "birth date not written in the letter")
    elif f"{p['age']} ans" not in text:
        fail(lid, "age neither written nor derivable from a birth date")
    if L["letter_date"].strftime("%d/%m/%Y") not in text:
        fail(lid, "letter date not in the letter")
    # statuses
    for item, allowed in STATUSES.items():
        st = g[item]["status"]
        if st not in allowed:
            fail(lid, f"{item}.status {st} not allowed")
    pt = g["primaryTumor"]
    if set(pt) != {"status", "site", "histology", "biomarkers"}:
        fail(lid, "primaryTumor keys")
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            fail(lid, "unknown primaryTumor with values")
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(lid, f"site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(lid, f"histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            fail(lid, f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if set(bd) != {"status", "circumstances", "dated"}:
        fail(lid, "boneDiagnosis keys")
    if not set(bd["circumstances"]) <= CIRCUMSTANCES or len(set(bd["circumstances"])) != len(bd["circumstances"]):
        fail(lid, "circumstances")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(lid, "boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(lid, "boneDiagnosis unknown with values")
    if not isinstance(bd["dated"], bool):
        fail(lid, "dated must be bool")
    pn = g["pain"]
    if set(pn) != {"status", "types", "intensity"}:
        fail(lid, "pain keys")
    if not set(pn["types"]) <= PAIN_TYPES:
        fail(lid, "pain types")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        fail(lid, "pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"]):
        fail(lid, "pain absent/unknown with types or positive intensity")
    cm = g["currentMedications"]
    if set(cm) != {"status", "atc"}:
        fail(lid, "currentMedications keys")
    if cm["status"] != "present" and cm["atc"]:
        fail(lid, "currentMedications not present but codes listed")
    if cm["atc"] != sorted(set(cm["atc"])):
        fail(lid, "currentMedications.atc must be sorted and unique")
    for c in cm["atc"]:
        if c not in ATC:
            fail(lid, f"ATC {c} not in atc-reference.tsv")
    lt = g["priorLocalTreatments"]
    if set(lt) != {"status", "types"} or not set(lt["types"]) <= LOCAL_TYPES:
        fail(lid, "priorLocalTreatments")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        fail(lid, "priorLocalTreatments absent/unknown with types")
    if lt["status"] == "present" and not lt["types"]:
        fail(lid, "priorLocalTreatments present without a type")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        if set(s) != {"status", "atc"}:
            fail(lid, f"{sec} keys")
        for c in s["atc"]:
            if c not in ATC:
                fail(lid, f"{sec} ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                fail(lid, f"{sec} agent {c} outside its ATC groups")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            fail(lid, f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                if c not in cm["atc"]:
                    fail(lid, f"{sec} agent {c} missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                if c in cm["atc"]:
                    fail(lid, f"{sec} doubtful agent {c} must not be a current medication")
        if s["status"] == "present" and sec == "antiplatelets" and not s["atc"]:
            pass
    # every current code of an agent group must be reflected in its section
    for c in cm["atc"]:
        for sec, prefixes in AGENT_PREFIXES.items():
            if c.startswith(prefixes) and c not in g[sec]["atc"]:
                fail(lid, f"current {c} not listed in {sec}")
    if cm["status"] == "absent":
        for sec in AGENT_PREFIXES:
            if g[sec]["status"] == "present":
                fail(lid, f"no current medication yet {sec} present")
    # every gold code (current or agent) must be named in the letter
    for c in set(cm["atc"]) | {c for s in AGENT_PREFIXES for c in g[s]["atc"]}:
        names = ATC[c]
        if not any(fold(n) in ftext for n in names if n):
            fail(lid, f"ATC {c} ({names[0]}) not named in the letter")
    pr = g["prognosis"]
    if set(pr) != {"status", "ecog", "kps"}:
        fail(lid, "prognosis keys")
    if pr["ecog"] is not None and pr["ecog"] not in range(0, 6):
        fail(lid, "ecog")
    if pr["kps"] is not None and (pr["kps"] not in range(0, 101, 10)):
        fail(lid, "kps")
    if pr["status"] == "unknown" and (pr["ecog"] is not None or pr["kps"] is not None):
        fail(lid, "prognosis unknown with a score")
    tp = g["therapeuticProject"]
    if set(tp) != {"status", "intent"}:
        fail(lid, "therapeuticProject keys")
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(lid, "intent")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        fail(lid, "intent without project")
    if g["gaps"] != derive_gaps(g):
        fail(lid, f"gaps {g['gaps']} != rule {derive_gaps(g)}")
    for it, kind in g["gaps"]:
        if it == "antiplatelets":
            fail(lid, "antiplatelets never gets a gap")
    # no forbidden words (no real identifiers are used; invented names only)
    if re.search(r"\b0[1-9](?:[ .]?\d\d){4}\b", text) is None and L.get("has_phone", True):
        fail(lid, "letter has no (invented) phone number")


def finish_gold(lid, L):
    g = dict(L["gold"])
    g["id"] = lid
    g["currentMedications"] = dict(g["currentMedications"])
    g["currentMedications"]["atc"] = sorted(set(g["currentMedications"]["atc"]))
    for s in AGENT_PREFIXES:
        g[s] = dict(g[s])
        g[s]["atc"] = sorted(set(g[s]["atc"]))
    g["gaps"] = derive_gaps(g)
    order = ["id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation", "antiplatelets",
             "prognosis", "therapeuticProject", "gaps"]
    return {k: g[k] for k in order}


# ------------------------------------------------------------------ data
import datetime as _dt

D = _dt.date


def G(sex, age, pt, bd, pain, meds, local, btt, ac, ap, prog, proj):
    """Gold skeleton; gaps are derived later by derive_gaps()."""
    return {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": pt[3]},
        "boneDiagnosis": {"status": bd[0], "circumstances": bd[1], "dated": bd[2]},
        "pain": {"status": pain[0], "types": pain[1], "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": meds[1]},
        "priorLocalTreatments": {"status": local[0], "types": local[1]},
        "boneTargetedTherapy": {"status": btt[0], "atc": btt[1]},
        "anticoagulation": {"status": ac[0], "atc": ac[1]},
        "antiplatelets": {"status": ap[0], "atc": ap[1]},
        "prognosis": {"status": prog[0], "ecog": prog[1], "kps": prog[2]},
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
        "gaps": None,
    }


P = lambda s: ("p", s)  # noqa: E731
H = lambda s: ("h", s)  # noqa: E731
B = lambda s: ("b", s)  # noqa: E731
T = lambda rows: ("table", rows)  # noqa: E731

LETTERS = {}

# zc01 -- TXT, medical oncologist: cured breast cancer (2009) + current EGFR lung
# adenocarcinoma; Prolia for osteoporosis switched to Xgeva (same molecule).
LETTERS["zc01"] = dict(
    format="txt", author="Dr Hélène Vasseur-Mion", letter_date=D(2026, 5, 18),
    blocks=[
        P("Centre Hospitalier de Saint-Aubrac - Service d'Oncologie médicale\n"
          "Dr Hélène VASSEUR-MION - secrétariat 04 71 38 52 90"),
        P("Saint-Aubrac, le 18/05/2026"),
        P("A l'attention du Dr Castagné, coordonnateur RCP métastases osseuses, CHU de Rodanne"),
        P("Objet : Mme Odile FERRANDIER, 67 ans - demande d'avis RCP os"),
        P("Cher confrère,"),
        P("Je vous adresse Mme Ferrandier, 67 ans, que je suis pour un adénocarcinome pulmonaire "
          "du lobe inférieur gauche métastatique, avec mutation EGFR (délétion de l'exon 19), "
          "ALK non réarrangé, PD-L1 < 1 %."),
        P("Antécédents : carcinome canalaire infiltrant du sein droit en 2009 (pT1cN0, RH+), traité par "
          "tumorectomie, radiothérapie mammaire et tamoxifène 5 ans, arrêté en 2014 ; en rémission "
          "complète depuis, dernière mammographie normale en janvier. Ostéoporose fracturaire avec "
          "tassement L1 ancien en 2022 (chute dans l'escalier), traitée par Prolia 60 mg/6 mois "
          "prescrit par son rhumatologue. HTA. Mère décédée d'un cancer du pancréas."),
        P("Histoire : découverte en mars 2026 de la masse pulmonaire sur une radio pour toux traînante. "
          "Le TEP-scanner de bilan du 24/03/2026 a montré des fixations osseuses multiples (T7, T11, "
          "aile iliaque gauche, 6e arc costal droit). Biopsie de l'aile iliaque le 02/04/2026 : "
          "métastase d'un adénocarcinome TTF1+, GATA3 négatif, RE négatif, donc d'origine "
          "pulmonaire et non une rechute du cancer du sein. Le tassement L1 est ancien, sans "
          "hyperfixation, et considéré comme ostéoporotique."),
        P("Osimertinib (Tagrisso) 80 mg/j débuté le 10/04/2026, bien toléré. Le Prolia a été "
          "remplacé par Xgeva 120 mg toutes les 4 semaines depuis le 15/04/2026 (3e injection "
          "faite le 11/05), avec Cacit D3 1 sachet/j. Bilan dentaire fait avant."),
        P("Sur le plan douloureux : dorsalgies basses mécaniques, majorées à la marche et au port de "
          "charges, EVA 3/10 sous Doliprane 1 g x 3/j. Pas de réveil nocturne. Pas de déficit "
          "neurologique."),
        P("Aucune irradiation osseuse à ce jour. Pas de traitement anticoagulant."),
        P("Traitement actuel : Tagrisso 80 mg 1/j, Xgeva 120 mg SC /4 sem, Cacit D3 1/j, Doliprane "
          "1 g x3/j, Amlor 5 mg 1/j."),
        P("Etat général conservé, ECOG 1, poids stable. Le traitement est à visée palliative."),
        P("Question : indication d'une radiothérapie antalgique de T11 (lésion la plus "
          "symptomatique) ? Faut-il poursuivre l'Xgeva au rythme mensuel ou espacer à 12 semaines "
          "compte tenu de l'ostéoporose ?"),
        P("Bien confraternellement,\nDr H. Vasseur-Mion"),
    ],
    gold=G("F", 67,
           ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
           ("present", ["staging_imaging"], True),
           ("present", ["mechanical"], 3),
           ("present", ["L01EB04", "M05BX04", "A12AX", "N02BE01"]),
           ("absent", []),
           ("present", ["M05BX04"]),
           ("absent", []),
           ("unknown", []),
           ("present", 1, None),
           ("present", "palliative")),
)

# zc02 -- DOCX, internist: hypercalcaemia work-up, myeloma ruled out, clear-cell kidney
# cancer; old cured colon cancer; hospital stay with many drug changes; one Zometa
# infusion for hypercalcaemia only.
LETTERS["zc02"] = dict(
    format="docx", author="Dr Marc Ollivier-Daunas", letter_date=D(2026, 1, 28),
    birth_date=D(1953, 2, 3),
    blocks=[
        B("Hôpital Sainte-Ursule de Montclar - Service de Médecine interne"),
        P("Dr Marc OLLIVIER-DAUNAS - Tél. 05 62 19 47 03 - Fax 05 62 19 47 10"),
        P("Montclar, le 28/01/2026"),
        P("Compte rendu d'hospitalisation et demande de présentation en RCP métastases osseuses"),
        P("Patient : M. Gérard POUJADE, né le 03/02/1953"),
        H("Motif d'hospitalisation"),
        P("Hospitalisé du 12/01/2026 au 27/01/2026 pour hypercalcémie à 3,41 mmol/L (calcémie "
          "corrigée) avec confusion et déshydratation, adressé par son médecin traitant."),
        H("Antécédents"),
        P("- Adénocarcinome du colon droit pT3N0 opéré en 2015 (hémicolectomie droite), sans "
          "chimiothérapie adjuvante, surveillance terminée en 2020, pas de récidive.\n"
          "- Fibrillation atriale paroxystique sous Préviscan.\n"
          "- Cardiopathie ischémique, stent IVA en 2017.\n"
          "- Diabète de type 2, dyslipidémie.\n"
          "- Coxarthrose gauche connue."),
        H("Bilan étiologique"),
        P("PTH effondrée, PTHrp augmentée. Le scanner TAP retrouve de multiples lésions lytiques "
          "(bassin, col fémoral gauche, T12, côtes) et une masse rénale droite de 7 cm. "
          "Un myélome a été évoqué en premier lieu mais écarté : électrophorèse et immunofixation "
          "des protéines sériques normales, chaînes légères libres normales, myélogramme normal. "
          "Pas d'argument pour un lymphome (pas d'adénopathie, LDH normales). La biopsie "
          "scanno-guidée de l'aile iliaque droite (20/01/2026) conclut à une métastase d'un "
          "carcinome rénal à cellules claires. Pas de récidive du cancer colique."),
        H("Evolution et traitements"),
        P("Hyperhydratation et une perfusion unique de Zometa 4 mg le 13/01/2026 pour "
          "l'hypercalcémie, avec normalisation de la calcémie (2,48 mmol/L à la sortie). "
          "Pas de traitement anti-résorptif au long cours à ce jour."),
        P("Plusieurs modifications au cours du séjour : le Préviscan a été arrêté (INR instables) et "
          "relayé par Eliquis 5 mg x 2/j ; le Kardégic a été arrêté, l'association avec "
          "l'anticoagulant n'étant plus justifiée à distance du stent (avis cardiologique) ; la "
          "metformine a été suspendue (DFG 38 mL/min) ; le Lasilix a été arrêté."),
        P("Douleurs de la hanche gauche à la marche et réveils nocturnes, cotées à 7/10 à l'entrée, "
          "améliorées à 4/10 sous oxycodone. La coxarthrose est connue mais la lésion lytique du col "
          "fémoral gauche est jugée responsable (score de Mirels 8)."),
        H("Traitement de sortie"),
        T([["Médicament", "Posologie"],
           ["Eliquis 5 mg", "1 cp matin et soir"],
           ["Oxycontin LP 10 mg", "1 cp x 2/j"],
           ["Oxynorm 5 mg", "si douleur, max 4/j"],
           ["Doliprane 1 g", "1 cp x 3/j"],
           ["Cardensiel 2,5 mg", "1 cp le matin"],
           ["Tahor 40 mg", "1 cp le soir"],
           ["Inexium 20 mg", "1 cp le soir"],
           ["Insuline Lantus", "14 UI le soir"]]),
        H("Conclusion"),
        P("Métastases osseuses multiples révélées par une hypercalcémie, d'un carcinome rénal à "
          "cellules claires. Etat général altéré, OMS 2, autonome au domicile avec un déambulateur."),
        P("Nous souhaiterions l'avis de la RCP sur : l'indication d'une chirurgie prophylactique du "
          "col fémoral gauche ou d'une radiothérapie, et le choix du traitement anti-résorptif "
          "(dénosumab ou acide zolédronique) compte tenu de la fonction rénale. Le patient sera vu "
          "en consultation d'oncologie médicale pour le traitement systémique."),
        P("Dr M. Ollivier-Daunas, praticien hospitalier"),
    ],
    gold=G("M", 72,
           ("present", "kidney", "clear_cell_carcinoma", {}),
           ("present", ["hypercalcemia"], True),
           ("present", ["mechanical", "nocturnal"], 4),
           ("present", ["B01AF02", "N02AA05", "N02BE01", "C07AB07", "C10AA05", "A02BC05"]),
           ("unknown", []),
           ("absent", []),
           ("present", ["B01AF02"]),
           ("absent", []),
           ("present", 2, None),
           ("unknown", None)),
)

# zc03 -- PDF, rheumatologist: Paget of the pelvis (old Aclasta), osteoporosis on Prolia,
# late lobular breast relapse found on inflammatory back pain; myeloma ruled out.
LETTERS["zc03"] = dict(
    format="pdf", author="Dr Sylvie Renaudat", letter_date=D(2026, 2, 9),
    blocks=[
        B("Cabinet de Rhumatologie des Tilleuls"),
        P("Dr Sylvie RENAUDAT - 12 rue des Tanneurs, 71480 Vergy-sur-Saône - Tél 03 85 41 27 66"),
        P("Vergy, le 09/02/2026"),
        P("Chère consœur, cher confrère,"),
        P("Je vous adresse pour discussion en RCP métastases osseuses Mme Paulette GRANDJACQUES, "
          "78 ans, que je suis depuis 2011 pour une maladie de Paget de l'hémibassin droit et une "
          "ostéoporose post-ménopausique."),
        H("Antécédents"),
        P("Cancer du sein gauche en 2012 : mastectomie et curage, pas de radiothérapie, anastrozole "
          "pendant 5 ans, considéré guéri. Maladie de Paget du bassin traitée par une perfusion "
          "d'Aclasta en 2019, phosphatases alcalines normalisées depuis. Ostéoporose traitée par "
          "Prolia 60 mg tous les 6 mois depuis 2021 (dernière injection le 08/12/2025). "
          "Gonarthrose bilatérale peu symptomatique. Hypothyroïdie."),
        H("Histoire récente"),
        P("Depuis septembre 2025, rachialgies lombaires d'horaire inflammatoire avec dérouillage "
          "matinal d'environ 30 minutes et réveils nocturnes, EVA 6/10 actuellement malgré le "
          "tramadol. L'IRM du rachis (14/11/2025) montre des lésions de L2, L4 et S1 en hyposignal T1, "
          "distinctes du Paget iliaque. Un myélome a été écarté (EPP et chaînes légères normales). "
          "La biopsie de L4 (02/12/2025) retrouve une métastase d'un carcinome lobulaire "
          "infiltrant d'origine mammaire, RE positif 90 %, RP négatif, HER2 négatif (score 1+). "
          "Il s'agit donc d'une rechute tardive, 13 ans après le cancer initial."),
        P("Elle n'a reçu ni radiothérapie ni cimentoplastie sur ces lésions. Pas de déficit "
          "neurologique, pas de fracture."),
        H("Traitement en cours"),
        T([["Traitement", "Posologie", "Depuis"],
           ["Femara 2,5 mg (létrozole)", "1 cp/j", "05/01/2026"],
           ["Prolia 60 mg", "1 inj SC / 6 mois", "2021"],
           ["Orocal D3", "1 cp x 2/j", "2021"],
           ["Topalgic LP 100 mg", "1 cp x 2/j", "12/2025"],
           ["Levothyrox 75 µg", "1 cp/j", "ancien"],
           ["Kardégic 75 mg", "1 sachet/j", "ancien"]]),
        P("Le létrozole a été instauré par le Dr Moussier, oncologue. Etat général conservé, "
          "OMS 1, marche sans aide."),
        H("Questions à la RCP"),
        P("1) Radiothérapie antalgique des lésions L4-S1 ? 2) Faut-il remplacer le Prolia par "
          "Xgeva 120 mg mensuel, ou par de l'acide zolédronique ? 3) Intérêt d'un inhibiteur de "
          "CDK4/6 en association ?"),
        P("Avec mes remerciements, bien cordialement.\nDr S. Renaudat"),
    ],
    gold=G("F", 78,
           ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
           ("present", ["pain"], True),
           ("present", ["inflammatory", "nocturnal"], 6),
           ("present", ["L02BG04", "M05BX04", "A12AX", "N02AX02", "H03AA01", "B01AC06"]),
           ("absent", []),
           ("present", ["M05BX04"]),
           ("unknown", []),
           ("present", ["B01AC06"]),
           ("present", 1, None),
           ("present", None)),
)

# zc04 -- TXT, geriatrician: prostate cancer (prostate irradiated 2017) + bladder cancer
# in remission; bone metastases on follow-up scan; osteoporotic wrist fracture; many drugs.
LETTERS["zc04"] = dict(
    format="txt", author="Dr Anne-Laure Pélissou", letter_date=D(2025, 12, 3),
    birth_date=D(1939, 12, 14),
    blocks=[
        P("UNITE DE GERIATRIE AIGUE - Hôpital local de Castelroux\n"
          "Dr A-L. PELISSOU, gériatre - poste 05 53 77 20 48"),
        P("Castelroux, le 03/12/2025"),
        P("Demande d'avis RCP métastases osseuses\n"
          "M. Raymond DELPEUCH, né le 14/12/1939, vit seul à domicile avec passage d'une aide "
          "ménagère, fils référent."),
        P("ATCD :\n"
          "- Adénocarcinome prostatique Gleason 7 (4+3) diagnostiqué en 2017, traité par "
          "radiothérapie externe prostatique + hormonothérapie 18 mois.\n"
          "- Tumeur de vessie n'infiltrant pas le muscle (2019), RTUV + BCG, cystoscopies "
          "de contrôle normales.\n"
          "- FA permanente, insuffisance cardiaque à FEVG conservée.\n"
          "- Troubles cognitifs légers (MMS 23/30).\n"
          "- Chute avec fracture du poignet droit en juillet 2025 (fracture ostéoporotique, "
          "plâtre). Fosamax arrêté en 2023 pour problèmes dentaires."),
        P("HDM : ascension du PSA depuis 2024 (PSA 48 ng/mL en septembre 2025, nadir 0,3). La "
          "scintigraphie osseuse du 06/10/2025, demandée par l'urologue dans le cadre de la "
          "surveillance, montre des foyers multiples (rachis dorsal, bassin, côtes). Le TEP-PSMA "
          "confirme. Reprise d'une castration par Décapeptyl 11,25 mg/3 mois (1re injection le "
          "15/10/2025) et darolutamide (Nubeqa) 600 mg x 2/j depuis le 05/11/2025."),
        P("Le patient ne se plaint d'aucune douleur, Algoplus 0/5 à plusieurs reprises durant "
          "le séjour. Aucun traitement local des lésions osseuses n'a été réalisé. Pas de "
          "traitement anti-résorptif actuellement."),
        P("Hospitalisé du 20/11 au 02/12/2025 pour décompensation cardiaque. Le Triatec a été arrêté "
          "(hypotension orthostatique) et le Lasilix augmenté à 40 mg."),
        P("Ttt de sortie : Eliquis 2,5 mg x 2, Lasilix 40 mg le matin, Cardensiel 2,5 mg, Nubeqa "
          "300 mg 2 cp x 2/j, Décapeptyl LP 11,25 mg /3 mois, Doliprane 1 g si besoin, Forlax 1 "
          "sachet/j, Imovane 3,75 mg le soir, Uvedose 100 000 UI/3 mois."),
        P("Evaluation gériatrique : ADL 4/6, G8 à 11/17, dénutrition modérée (albumine 31 g/L). "
          "OMS 3 (au fauteuil plus de la moitié de la journée)."),
        P("Projet : prise en charge palliative, poursuite de l'hormonothérapie (Décapeptyl + "
          "Nubeqa) ; pas de chimiothérapie compte tenu de l'état général."),
        P("Question à la RCP : faut-il introduire un traitement osseux (dénosumab ?) chez ce patient "
          "chuteur, ostéoporotique, avec des problèmes dentaires ? Y a-t-il une lésion à risque "
          "fracturaire justifiant une irradiation préventive ?"),
        P("Cordialement\nDr Pélissou"),
    ],
    gold=G("M", 85,
           ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           ("present", ["staging_imaging"], True),
           ("absent", [], None),
           ("present", ["B01AF02", "C03CA01", "C07AB07", "L02BB06", "L02AE04", "N02BE01",
                        "A06AD15", "N05CF01", "A11CC05"]),
           ("absent", []),
           ("absent", []),
           ("present", ["B01AF02"]),
           ("unknown", []),
           ("present", 3, None),
           ("present", "palliative")),
)

# zc05 -- DOCX, thoracic oncologist: re-presentation after RCP of September 2025 (RT done,
# denosumab never started); lobectomy of the primary; Innohep, Kardégic stopped.
LETTERS["zc05"] = dict(
    format="docx", author="Dr Julien Kervadec", letter_date=D(2026, 1, 19),
    blocks=[
        B("Institut de Cancérologie de l'Ouest-Armor - Département d'Oncologie thoracique"),
        P("Dr Julien KERVADEC - 02 96 54 81 30"),
        P("Le 19/01/2026"),
        H("Nouvelle présentation en RCP métastases osseuses"),
        P("M. Yannick LE BIHAN, 64 ans"),
        H("Rappel"),
        P("Carcinome épidermoïde du lobe supérieur droit, pT2aN1, opéré par lobectomie en mars 2023 "
          "puis chimiothérapie adjuvante (4 cycles cisplatine-vinorelbine). PD-L1 5 %. Pas de "
          "recherche d'altération moléculaire (épidermoïde, non fumeur depuis 2010)."),
        P("Rechute osseuse révélée par des dorsalgies en août 2025 : lésion lytique de T9 avec "
          "épidurite sans compression médullaire. Première présentation en RCP le 12/09/2025. "
          "Décision : radiothérapie de T9 et introduction de dénosumab après avis dentaire, "
          "reprise d'un traitement systémique."),
        H("Ce qui a été fait"),
        P("- Radiothérapie T9 20 Gy en 5 fractions, terminée le 03/10/2025, avec disparition de la "
          "douleur dorsale.\n"
          "- Le dénosumab (Xgeva) n'a finalement jamais été débuté : deux extractions dentaires "
          "ont été nécessaires et la cicatrisation est toujours en cours. Il ne reçoit donc aucun "
          "traitement anti-résorptif.\n"
          "- Carboplatine-paclitaxel-pembrolizumab x 4 cures d'octobre à décembre 2025, puis "
          "maintenance par Keytruda seul toutes les 3 semaines depuis le 29/12/2025.\n"
          "- Embolie pulmonaire segmentaire le 14/11/2025 : Innohep 14 000 UI/j depuis, le "
          "Kardégic a été arrêté à cette occasion."),
        H("Situation actuelle"),
        P("Apparition depuis 3 semaines d'une douleur de la fesse droite irradiant à la face "
          "postérieure de la cuisse, à type de brûlures et de décharges électriques, DN4 5/10, "
          "EN 6/10. Le scanner du 12/01/2026 montre une nouvelle lésion lytique de l'aile iliaque "
          "droite (4 cm) au contact de l'articulation sacro-iliaque, avec atteinte du foramen S1. "
          "Le reste de la maladie est stable. ECOG 1."),
        T([["Traitement en cours", "Posologie"],
           ["Keytruda (pembrolizumab)", "200 mg IV / 3 sem"],
           ["Innohep", "14 000 UI SC 1/j"],
           ["Skenan LP 30 mg", "1 gél x 2/j"],
           ["Actiskenan 10 mg", "si douleur"],
           ["Lyrica 75 mg", "1 gél x 2/j"],
           ["Mopral 20 mg", "1/j"],
           ["Movicol", "1 à 2 sachets/j"]]),
        H("Questions"),
        P("Radiothérapie de la lésion iliaque droite ? Place d'une cimentoplastie ? Peut-on "
          "débuter le Xgeva dès la fin de la cicatrisation dentaire ? Le pembrolizumab est "
          "poursuivi."),
        P("Dr J. Kervadec"),
    ],
    gold=G("M", 64,
           ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
           ("present", ["pain"], True),
           ("present", ["neuropathic"], 6),
           ("present", ["L01FF02", "B01AB10", "N02AA01", "N03AX16", "A02BC01", "A06AD65"]),
           ("present", ["radiotherapy"]),
           ("absent", []),
           ("present", ["B01AB10"]),
           ("absent", []),
           ("present", 1, None),
           ("present", None)),
)

# zc06 -- PDF, medical oncologist, second opinion: cured thyroid cancer + breast cancer
# now metastatic to L3; sacral bone island; Aclasta (osteopenia) vs Zometa question.
LETTERS["zc06"] = dict(
    format="pdf", author="Dr Claire Abensour-Thiel", letter_date=D(2026, 3, 10),
    birth_date=D(1970, 3, 21),
    blocks=[
        B("Clinique du Parc Saint-Exupère - Oncologie médicale"),
        P("Dr Claire ABENSOUR-THIEL - Consultation : 01 39 62 75 18"),
        P("Le 10/03/2026"),
        P("Objet : demande de second avis - Mme Nathalie BROCHARD-LIMA, née le 21/03/1970"),
        P("Chers collègues,"),
        P("Mme Brochard-Lima souhaite un second avis de votre RCP, à sa demande, avant le début "
          "d'un éventuel traitement local. Je l'ai vue pour la première fois le 03/03/2026."),
        H("Antécédents oncologiques"),
        P("1. Carcinome papillaire de la thyroïde en 2018 : thyroïdectomie totale et iode 131, "
          "thyroglobuline indétectable, considéré en rémission.\n"
          "2. Carcinome canalaire infiltrant (NST) du sein gauche, grade 2, RE 95 %, RP 40 %, HER2 "
          "2+ non amplifié en FISH, diagnostiqué en mars 2024 : tumorectomie + ganglion sentinelle, "
          "radiothérapie mammaire, puis létrozole adjuvant."),
        P("Sous létrozole, ostéopénie : Aclasta 5 mg une fois par an, la dernière perfusion date "
          "du 15/01/2026 et le traitement est poursuivi annuellement."),
        H("Découverte de la lésion osseuse"),
        P("Le scanner de surveillance du 02/02/2026 retrouve une lésion ostéolytique du corps "
          "vertébral de L3 et une condensation sacrée de 8 mm. IRM et TEP : L3 hypermétabolique, "
          "le foyer sacré n'est pas fixant et correspond à un îlot osseux condensant (énostose) "
          "bénin. La biopsie de L3 (18/02/2026) confirme une métastase du carcinome mammaire, "
          "RE positif, RP positif, HER2 négatif. Pas d'autre localisation."),
        P("Patiente asymptomatique sur le plan osseux, pas de douleur. Aucune irradiation osseuse "
          "n'a été faite (seule la radiothérapie mammaire de 2024)."),
        H("Traitement"),
        P("Le létrozole a été arrêté fin février. Kisqali 600 mg/j (3 semaines sur 4) + "
          "Faslodex 500 mg ont été débutés le 02/03/2026. Autres : Levothyrox 125 µg, ZymaD "
          "50 000 UI/mois. Pas d'anticoagulant, pas d'antiagrégant plaquettaire."),
        P("ECOG 0. La patiente travaille (professeure des écoles)."),
        H("Question posée"),
        P("Dans ce contexte oligométastatique, une radiothérapie stéréotaxique de L3 est-elle "
          "indiquée en complément du traitement systémique ? Faut-il passer de l'Aclasta annuel "
          "au Zometa 4 mg toutes les 12 semaines ?"),
        P("Je vous remercie de votre avis.\nDr C. Abensour-Thiel"),
    ],
    gold=G("F", 55,
           ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
           ("present", ["staging_imaging"], True),
           ("absent", [], None),
           ("present", ["L01EF02", "L02BA03", "H03AA01", "A11CC05", "M05BA08"]),
           ("absent", []),
           ("present", ["M05BA08"]),
           ("absent", []),
           ("absent", []),
           ("present", 0, None),
           ("present", None)),
)

# zc07 -- TXT, rheumatologist: "osteoporotic" vertebral fracture after a fall turns out to
# be prostate cancer; myeloma ruled out; kyphoplasty; Prolia started before diagnosis.
LETTERS["zc07"] = dict(
    format="txt", author="Dr Bertrand Achard", letter_date=D(2026, 5, 6),
    blocks=[
        P("Dr Bertrand ACHARD\nRhumatologie - Polyclinique du Val d'Orne\nTél : 02 33 81 64 09"),
        P("Le 06/05/2026"),
        P("Cher ami,"),
        P("Je te demande de bien vouloir inscrire à la prochaine RCP os M. Daniel FOUCHEROLLE, 69 ans, "
          "retraité de la SNCF."),
        P("Il a fait une chute de sa hauteur le 02/03/2026 et la radio faite aux urgences a montré "
          "un tassement de L2. J'ai d'abord retenu une fracture ostéoporotique (T-score -2,9 au "
          "rachis) et j'ai débuté du Prolia (1re injection le 15/03/2026), mais l'IRM a montré un "
          "aspect suspect avec d'autres lésions en T10, L4 et dans le bassin."),
        P("Bilan : pas de myélome (EPP normale, immunofixation négative, chaînes légères libres "
          "normales). PSA à 212 ng/ml. La kyphoplastie de L2 a été faite le 08/04/2026 avec "
          "biopsie : métastase d'un adénocarcinome d'origine prostatique. Biopsies prostatiques : "
          "adénocarcinome Gleason 8 (4+4)."),
        P("L'urologue (Dr Sanquer) a débuté une castration par Firmagon le 20/04/2026 ; une "
          "intensification par darolutamide ou docétaxel est en discussion avec l'oncologue."),
        P("Douleurs : lombalgies mécaniques persistantes après la kyphoplastie, surtout en position "
          "debout prolongée, EN 4/10. Pas de radiculalgie. L'Ixprim a été arrêté (nausées), "
          "remplacé par oxycodone."),
        P("ATCD : infarctus en 2019 avec stent, sous Plavix. HTA, dyslipidémie. Lombarthrose "
          "étagée. Frère traité pour un cancer de la prostate à 72 ans. Aucun anticoagulant."),
        P("Traitement actuel :\n"
          "  Firmagon 80 mg SC /mois\n"
          "  Prolia 60 mg SC /6 mois (prochaine en septembre)\n"
          "  Calciprat D3 1 cp/j\n"
          "  Oxycontin 10 mg x2/j + Oxynorm 5 mg si besoin\n"
          "  Doliprane 1g x 3/j\n"
          "  Plavix 75 mg/j\n"
          "  Tahor 40 mg/j\n"
          "  Coversyl 5 mg/j"),
        P("Il est en bon état général, PS 1, il conduit et jardine."),
        P("Mes questions : faut-il remplacer le Prolia par l'Xgeva maintenant que le diagnostic de "
          "métastases est porté ? Y a-t-il une indication de radiothérapie sur T10 ou L4 ?"),
        P("Amitiés,\nBertrand Achard"),
    ],
    gold=G("M", 69,
           ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           ("present", ["pathological_fracture"], True),
           ("present", ["mechanical"], 4),
           ("present", ["L02BX02", "M05BX04", "A12AX", "N02AA05", "N02BE01", "B01AC04", "C10AA05"]),
           ("present", ["cementoplasty"]),
           ("present", ["M05BX04"]),
           ("absent", []),
           ("present", ["B01AC04"]),
           ("present", 1, None),
           ("present", None)),
)

# zc08 -- DOCX, geriatrician: 91-year-old, old colon cancer + breast cancer on anastrozole;
# bone lesions of uncertain origin found on an abdominal CT; hospital drug changes.
LETTERS["zc08"] = dict(
    format="docx", author="Dr Françoise Méjean", letter_date=D(2026, 2, 16),
    birth_date=D(1934, 5, 2),
    blocks=[
        B("Centre Hospitalier de Lusignac - Pôle de Gériatrie - Court séjour gériatrique"),
        P("Dr Françoise MÉJEAN - secrétariat 05 49 88 13 62"),
        P("Lusignac, le 16/02/2026"),
        P("Patiente : Mme Germaine BOUTEILLER, née le 02/05/1934, résidente de l'EHPAD Les Glycines"),
        P("Motif : avis RCP métastases osseuses"),
        H("Antécédents"),
        P("- Adénocarcinome colique sigmoïdien opéré en 2020 (sigmoïdectomie), pas de "
          "chimiothérapie, ACE normal.\n"
          "- Cancer du sein droit diagnostiqué en 2024 (biopsie : carcinome canalaire infiltrant, "
          "RE 90 %, RP 20 %, HER2 négatif), non opéré en raison de l'âge, sous Arimidex depuis.\n"
          "- FA, HTA, insuffisance rénale chronique (DFG 32).\n"
          "- Coxarthrose droite évoluée."),
        H("Histoire"),
        P("Hospitalisée du 27/01 au 12/02/2026 pour douleurs abdominales et suspicion de "
          "diverticulite. Le scanner abdomino-pelvien du 27/01/2026 a découvert de façon fortuite "
          "des lésions ostéolytiques de l'aile iliaque gauche et de L4. La scintigraphie retrouve "
          "aussi deux côtes. Pas de biopsie osseuse, jugée non souhaitable par la patiente et sa "
          "famille. L'origine mammaire est la plus probable, sans certitude (une origine colique "
          "ne peut être totalement exclue). Electrophorèse des protéines normale."),
        P("Pas de douleur osseuse, y compris à la mobilisation. Aucun traitement anti-résorptif : un "
          "bisphosphonate ne pourra être discuté qu'en fonction de la fonction rénale."),
        H("Modifications thérapeutiques au cours du séjour"),
        T([["A l'entrée", "A la sortie", "Commentaire"],
           ["Préviscan 20 mg", "Eliquis 2,5 mg x 2/j", "INR labiles"],
           ["Kardégic 75 mg", "arrêté", "pas d'indication"],
           ["Imovane 7,5 mg", "arrêté", "chutes"],
           ["Xanax 0,25 mg x 2", "Xanax 0,25 mg le soir", "diminution"],
           ["Tahor 20 mg", "arrêté", "déprescription"],
           ["Lasilix 40 mg", "Lasilix 20 mg", ""],
           ["Arimidex 1 mg", "Arimidex 1 mg", "poursuivi"],
           ["", "Uvedose 100 000 UI / 3 mois", "carence en vitamine D"]]),
        H("Synthèse"),
        P("Patiente de 91 ans, OMS 3, ADL 3/6, dépendante pour la toilette. Espérance de vie "
          "estimée à quelques mois. Prise en charge à visée palliative, hormonothérapie par "
          "anastrozole poursuivie."),
        P("Question : une radiothérapie préventive de l'aile iliaque est-elle utile ? Quel "
          "traitement osseux est envisageable avec ce DFG ?"),
        P("Dr F. Méjean"),
    ],
    gold=G("F", 91,
           ("uncertain", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
           ("present", ["incidental_imaging"], True),
           ("absent", [], None),
           ("present", ["B01AF02", "N05BA12", "C03CA01", "L02BG03", "A11CC05"]),
           ("unknown", []),
           ("absent", []),
           ("present", ["B01AF02"]),
           ("absent", []),
           ("present", 3, None),
           ("present", "palliative")),
)

# zc09 -- PDF (2 pages), thoracic oncologist: ALK lung cancer, cured Hodgkin lymphoma
# (lymphoma relapse ruled out), prior SBRT decided by a previous RCP, Prolia -> Xgeva.
LETTERS["zc09"] = dict(
    format="pdf", author="Dr Romain Estrabaut", letter_date=D(2026, 4, 22),
    blocks=[
        B("CHU de Garonne-Sud - Hôpital Larrey-Bastide - Oncologie thoracique"),
        P("Dr Romain ESTRABAUT - Tél. 05 61 30 92 44"),
        P("Toulouse-Lalande, le 22/04/2026"),
        P("Objet : M. Sébastien MARQUÈS, 58 ans - réinscription RCP métastases osseuses"),
        P("Chère collègue, cher collègue,"),
        P("Je vous représente M. Marquès, 58 ans, suivi pour un adénocarcinome pulmonaire avec "
          "réarrangement ALK (EGFR non muté, PD-L1 10 %), diagnostiqué en mars 2025."),
        H("Antécédents"),
        P("Lymphome de Hodgkin à 25 ans traité par ABVD et radiothérapie médiastinale, guéri. "
          "Corticothérapie prolongée pour une sarcoïdose (2019-2022), compliquée d'une ostéoporose "
          "cortisonique traitée par Prolia de 2022 à 2025. Tabagisme sevré."),
        H("Histoire osseuse"),
        P("La lésion iliaque gauche unique a été découverte sur le TEP-scanner de bilan initial "
          "(12/03/2025). Lors de la RCP du 02/05/2025, une radiothérapie stéréotaxique avait été "
          "décidée : elle a été réalisée en juin 2025 (27 Gy en 3 fractions). Le Prolia a été "
          "relayé par Xgeva 120 mg toutes les 4 semaines en juillet 2025, toujours en cours."),
        P("Le scanner du 08/04/2026 montre une nouvelle lésion lytique du tiers proximal du fémur "
          "gauche, corticale atteinte sur 50 %, score de Mirels à 9. Une rechute de lymphome a été "
          "écartée par la biopsie du 15/04/2026, qui confirme une métastase de l'adénocarcinome "
          "ALK+. La lésion iliaque traitée est stable."),
        ("pagebreak", ""),
        H("Clinique"),
        P("Douleur de la cuisse gauche à l'appui et à la marche, EN 5/10, pas de douleur "
          "nocturne, pas de signe neurologique. PS 1."),
        H("Traitements en cours"),
        T([["Spécialité", "Posologie"],
           ["Alecensa 150 mg (alectinib)", "4 gél x 2/j"],
           ["Xgeva 120 mg", "1 inj SC / 4 semaines"],
           ["Cacit D3", "1 sachet/j"],
           ["Dafalgan codéiné", "2 cp x 3/j"],
           ["Inexium 40 mg", "1 cp/j"]]),
        P("Pas d'anticoagulant, ni d'antiagrégant."),
        H("Projet et question"),
        P("L'alectinib est poursuivi car la maladie pulmonaire est contrôlée. Je souhaite l'avis "
          "de la RCP sur une ostéosynthèse prophylactique du fémur gauche (enclouage) suivie "
          "d'une radiothérapie, ou une radiothérapie seule."),
        P("Bien à vous,\nDr R. Estrabaut"),
    ],
    gold=G("M", 58,
           ("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}),
           ("present", ["staging_imaging"], True),
           ("present", ["mechanical"], 5),
           ("present", ["L01ED03", "M05BX04", "A12AX", "N02AJ06", "A02BC05"]),
           ("present", ["radiotherapy"]),
           ("present", ["M05BX04"]),
           ("absent", []),
           ("absent", []),
           ("present", 1, None),
           ("present", None)),
)

# zc10 -- TXT, oncologist e-mail: active melanoma on nivolumab + prostate cancer under
# active surveillance; bone metastasis of melanoma; Xarelto.
LETTERS["zc10"] = dict(
    format="txt", author="Dr Inès Marchetti", letter_date=D(2026, 1, 14),
    blocks=[
        P("De : Dr Inès Marchetti, oncologie dermatologique, CH de Belcourt (poste 03 26 49 71 12)\n"
          "A : secrétariat RCP os\n"
          "Date : 14/01/2026\n"
          "Objet : inscription RCP - M. Alain VERDONCK 74 ans"),
        P("Bonjour,"),
        P("Merci d'inscrire M. Verdonck, 74 ans, à la RCP du 27/01."),
        P("Mélanome nodulaire du dos (Breslow 4,2 mm) opéré en 2023, BRAF V600E muté. Rechute "
          "ganglionnaire et pulmonaire en 2024 : ipilimumab-nivolumab x 4 (arrêt de l'ipilimumab "
          "après la 4e cure pour colite immuno-induite), puis nivolumab seul en entretien, toujours "
          "en cours (Opdivo 480 mg/4 sem). Reste sous Solupred 10 mg/j en fin de décroissance."),
        P("Par ailleurs adénocarcinome prostatique Gleason 6 (3+3) diagnostiqué en 2022, sous "
          "surveillance active par l'urologue, stable."),
        P("Le TEP de réévaluation du 18/12/2025 montre une lésion hypermétabolique de la 8e côte "
          "droite et de l'acétabulum droit. Biopsie costale : métastase de mélanome (SOX10+, "
          "PS100+), donc pas de la prostate."),
        P("Il décrit une douleur costale droite avec réveils nocturnes, EVA 4. Pas de RT osseuse "
          "antérieure. Pas de Xgeva ni d'acide zolédronique pour le moment."),
        P("ATCD : FA sous Xarelto 20 mg/j. Diabète non insulinodépendant sous Glucophage."),
        P("Ttt : Opdivo, Solupred 10 mg, Xarelto 20 mg, Glucophage 1000 x2, Inipomp 40, Doliprane "
          "1 g si besoin (en prend 2 à 3 par jour)."),
        P("PS 0. On poursuit le nivolumab. Question : RT de l'acétabulum (risque fracturaire ?) "
          "et indication d'un traitement osseux."),
        P("Merci, bonne journée\nIM"),
    ],
    gold=G("M", 74,
           ("present", "melanoma", "other", {"BRAF": "positive"}),
           ("present", ["staging_imaging"], True),
           ("present", ["nocturnal"], 4),
           ("present", ["L01FF01", "H02AB06", "B01AF01", "A10BA02", "A02BC02", "N02BE01"]),
           ("absent", []),
           ("absent", []),
           ("present", ["B01AF01"]),
           ("unknown", []),
           ("present", 0, None),
           ("present", None)),
)

# zc11 -- DOCX, rheumatologist: Paget of the pelvis (Aclasta 2011/2016), cured bladder cancer,
# small-cell lung cancer revealed by back pain; RT in progress; chemo only planned.
LETTERS["zc11"] = dict(
    format="docx", author="Dr Philippe Castéran", letter_date=D(2026, 3, 11),
    birth_date=D(1949, 3, 11),
    blocks=[
        B("CHU de Rodanne - Service de Rhumatologie"),
        P("Dr Philippe CASTÉRAN - Tél 04 75 22 86 31"),
        P("Rodanne, le 11/03/2026"),
        P("Demande d'inscription en RCP métastases osseuses (urgent)"),
        P("M. Jean-Claude MAZOYER, né le 11/03/1949"),
        H("Antécédents"),
        P("Maladie de Paget de l'hémibassin droit connue depuis 2010, traitée par Aclasta en 2011 "
          "et en 2016 ; pas de traitement anti-ostéoclastique depuis 2016. Carcinome urothélial de "
          "vessie pTa de haut grade en 2018 (RTUV + BCG), cystoscopies normales. BPCO, tabagisme "
          "60 PA. Diabète de type 2. Cardiopathie ischémique."),
        H("Histoire"),
        P("Dorsalgies apparues il y a 6 semaines, d'horaire inflammatoire, avec réveils nocturnes et "
          "une irradiation en ceinture de type radiculalgie T8, EN 7/10. L'IRM du 24/02/2026 montre "
          "des lésions de T6, T8 (avec épidurite, sans compression médullaire) et L1, distinctes du "
          "Paget pelvien. Le scanner thoracique montre une masse hilaire gauche ; la fibroscopie "
          "bronchique (03/03/2026) conclut à un carcinome à petites cellules. Pas de déficit "
          "neurologique."),
        P("Une radiothérapie antalgique de T6-T8 a débuté le 09/03/2026 (30 Gy en 10 séances), "
          "en cours. Dexaméthasone 8 mg/j débutée le 05/03/2026."),
        P("L'oncologue a programmé une première cure de carboplatine-étoposide-atézolizumab le "
          "16/03/2026."),
        H("Traitement actuel"),
        T([["Médicament", "Posologie"],
           ["Dectancyl (dexaméthasone)", "8 mg le matin"],
           ["Skenan LP 20 mg", "x 2/j"],
           ["Actiskenan 5 mg", "si besoin"],
           ["Laroxyl", "10 gouttes le soir"],
           ["Lovenox 4000 UI", "1 inj SC/j (préventif)"],
           ["Kardégic 75 mg", "1/j, poursuivi"],
           ["Mopral 20 mg", "1/j"],
           ["Metformine", "suspendue sous corticoïdes, relais insuline"]]),
        P("Etat général : OMS 2."),
        H("Questions"),
        P("Faut-il un traitement osseux (Zometa ou Xgeva) dans ce contexte de Paget et de "
          "métastases ? Y a-t-il une indication de stabilisation chirurgicale de T8 ?"),
        P("Dr P. Castéran"),
    ],
    gold=G("M", 77,
           ("present", "lung", "small_cell_carcinoma", {}),
           ("present", ["pain"], True),
           ("present", ["inflammatory", "nocturnal", "neuropathic"], 7),
           ("present", ["H02AB02", "N02AA01", "N06AA09", "B01AB05", "B01AC06", "A02BC01"]),
           ("present", ["radiotherapy"]),
           ("absent", []),
           ("present", ["B01AB05"]),
           ("present", ["B01AC06"]),
           ("present", 2, None),
           ("present", None)),
)

# zc12 -- PDF, endocrine oncologist: follicular thyroid cancer on lenvatinib, cured cervical
# cancer; humerus nailing + post-op RT; Fragmine in the list vs "pas d'anticoagulant";
# Xgeva "?" to check; Karnofsky only.
LETTERS["zc12"] = dict(
    format="pdf", author="Dr Agnès Tournebize", letter_date=D(2026, 4, 2),
    blocks=[
        B("Hôpital Ambroise-Delorme - Oncologie endocrinienne"),
        P("Dr Agnès TOURNEBIZE - Tél 03 80 57 29 14"),
        P("Le 02/04/2026"),
        P("Demande d'avis RCP métastases osseuses - Mme Martine QUERCY, 63 ans"),
        P("Mme Quercy, 63 ans, est suivie pour un carcinome vésiculaire (folliculaire) de la "
          "thyroïde, métastatique osseux et pulmonaire, réfractaire à l'iode 131 depuis 2024. "
          "BRAF non muté."),
        P("ATCD : cancer du col utérin en 2005, traité par radiochimiothérapie et curiethérapie, "
          "guéri. Thyroïdectomie totale en 2021. HTA induite par le lenvatinib."),
        P("Histoire osseuse : fracture pathologique de l'humérus droit en août 2023 (chute "
          "banale), révélatrice de la maladie osseuse. Enclouage centro-médullaire le 29/08/2023 "
          "puis radiothérapie de l'humérus (20 Gy). Deux cures d'iode 131 ensuite, sans fixation."),
        P("Actuellement : douleur scapulaire droite à la mobilisation de l'épaule, EVA 3/10. "
          "Le scanner de mars 2026 montre une progression osseuse modérée (T12, aile iliaque "
          "droite) ; la maladie pulmonaire est stable."),
        P("Traitement osseux : elle serait sous Xgeva, prescrit au CHU ? à vérifier, le "
          "dossier transmis ne le précise pas."),
        P("Pas de traitement anticoagulant."),
        T([["Traitement actuel", "Posologie"],
           ["Lenvima (lenvatinib)", "14 mg/j"],
           ["Levothyrox", "150 µg/j"],
           ["Fragmine 5000 UI", "1 inj SC/j"],
           ["Triatec 5 mg", "1 cp/j"],
           ["Doliprane 1 g", "x 3/j"]]),
        P("Indice de Karnofsky 80 %. Le lenvatinib est poursuivi."),
        P("Question : radiothérapie de T12 et de l'aile iliaque ? Poursuite ou mise en route d'un traitement osseux ?"),
        P("Dr A. Tournebize"),
    ],
    gold=G("F", 63,
           ("present", "thyroid", "other", {"BRAF": "negative"}),
           ("present", ["pathological_fracture"], True),
           ("present", ["mechanical"], 3),
           ("present", ["L01EX08", "H03AA01", "B01AB04", "C09AA05", "N02BE01"]),
           ("present", ["surgery", "radiotherapy"]),
           ("uncertain", ["M05BX04"]),
           ("conflicting", ["B01AB04"]),
           ("unknown", []),
           ("present", None, 80),
           ("present", None)),
)


# ------------------------------------------------------------------ writers
def write_txt(path, blocks, encoding="utf-8", newline="\n"):
    lines = []
    for b in blocks:
        kind = b[0]
        if kind == "table":
            widths = [max(len(r[i]) for r in b[1]) for i in range(len(b[1][0]))]
            for r in b[1]:
                lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
            lines.append("")
        elif kind == "h":
            lines.append(b[1])
            lines.append("")
        else:
            lines.append(b[1])
            lines.append("")
    text = "\n".join(lines).rstrip("\n") + "\n"
    path.write_bytes(text.replace("\n", newline).encode(encoding))


FIXED_DT = dt.datetime(2026, 1, 5, 9, 0, 0)


def write_docx(path, blocks, author):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=2)
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph("")
        elif kind == "b":
            para = d.add_paragraph()
            para.add_run(b[1]).bold = True
        else:
            d.add_paragraph(b[1])
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


class TTF:
    """Minimal TrueType reader: cmap (format 4), widths, a few metrics."""

    def __init__(self, path):
        self.data = path.read_bytes()
        d = self.data
        n = struct.unpack(">H", d[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, _cs, off, ln = struct.unpack(">4sIII", d[12 + 16 * i: 28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        off = self.tables["head"][0]
        self.upem = struct.unpack(">H", d[off + 18: off + 20])[0]
        self.bbox = struct.unpack(">hhhh", d[off + 36: off + 44])
        off = self.tables["hhea"][0]
        self.ascent, self.descent = struct.unpack(">hh", d[off + 4: off + 8])
        nh = struct.unpack(">H", d[off + 34: off + 36])[0]
        off = self.tables["hmtx"][0]
        self.adv = [struct.unpack(">H", d[off + 4 * i: off + 4 * i + 2])[0] for i in range(nh)]
        self.cmap = self._cmap()

    def _cmap(self):
        d = self.data
        base = self.tables["cmap"][0]
        n = struct.unpack(">H", d[base + 2: base + 4])[0]
        sub = None
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", d[base + 4 + 8 * i: base + 12 + 8 * i])
            if pid == 3 and eid == 1:
                sub = base + off
        assert sub is not None and struct.unpack(">H", d[sub: sub + 2])[0] == 4
        segx2 = struct.unpack(">H", d[sub + 6: sub + 8])[0]
        seg = segx2 // 2
        ends = struct.unpack(f">{seg}H", d[sub + 14: sub + 14 + segx2])
        st = sub + 16 + segx2
        starts = struct.unpack(f">{seg}H", d[st: st + segx2])
        deltas = struct.unpack(f">{seg}h", d[st + segx2: st + 2 * segx2])
        ro_off = st + 2 * segx2
        ros = struct.unpack(f">{seg}H", d[ro_off: ro_off + segx2])
        cmap = {}
        for i in range(seg):
            for c in range(starts[i], ends[i] + 1):
                if c == 0xFFFF:
                    continue
                if ros[i] == 0:
                    gid = (c + deltas[i]) & 0xFFFF
                else:
                    a = ro_off + 2 * i + ros[i] + 2 * (c - starts[i])
                    gid = struct.unpack(">H", d[a: a + 2])[0]
                    if gid:
                        gid = (gid + deltas[i]) & 0xFFFF
                if gid:
                    cmap[c] = gid
        return cmap

    def width(self, gid):
        return self.adv[gid] if gid < len(self.adv) else self.adv[-1]


_FONTS = {}


def font(path):
    if path not in _FONTS:
        _FONTS[path] = TTF(path)
    return _FONTS[path]


def write_pdf(path, blocks, title_lines=()):
    """Text PDF, A4, embedded DejaVu Sans (regular + bold) as Type0/Identity-H."""
    reg, bold = font(FONT), font(FONT_BOLD)
    W, H, M = 595.28, 841.89, 56.0
    used = {"F1": set(), "F2": set()}

    def text_width(s, f, size):
        return sum(f.width(f.cmap.get(ord(ch), 0)) for ch in s) * size / f.upem

    def wrap(s, f, size, maxw):
        words, lines, cur = s.split(" "), [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if text_width(t, f, size) <= maxw or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
        return lines

    pages, ops, y = [], [], H - M

    def newpage():
        nonlocal ops, y
        if ops:
            pages.append(ops)
        ops, y = [], H - M

    def show(x, s, fname, size):
        f = reg if fname == "F1" else bold
        gids = [f.cmap.get(ord(ch), 0) for ch in s]
        for ch, gd in zip(s, gids):
            used[fname].add((gd, ch))
        hexs = "".join(f"{gd:04X}" for gd in gids)
        ops.append(f"BT /{fname} {size} Tf {x:.2f} {y:.2f} Td <{hexs}> Tj ET")

    def line(s, fname="F1", size=10.5, lead=14.0, x=M):
        nonlocal y
        if y < M + lead:
            newpage()
        if s:
            show(x, s, fname, size)
        y -= lead

    for b in blocks:
        kind = b[0]
        if kind == "h":
            y -= 4
            for ln in wrap(b[1], bold, 11.5, W - 2 * M):
                line(ln, "F2", 11.5, 16)
        elif kind == "b":
            for sub in b[1].split("\n"):
                for ln in wrap(sub, bold, 10.5, W - 2 * M):
                    line(ln, "F2")
            y -= 4
        elif kind == "table":
            rows = b[1]
            ncol = len(rows[0])
            colw = (W - 2 * M) / ncol
            for ri, r in enumerate(rows):
                wrapped = [wrap(c, reg, 9.5, colw - 6) for c in r]
                nl = max(len(w) for w in wrapped)
                if y < M + 13 * nl:
                    newpage()
                for k in range(nl):
                    for ci, wl in enumerate(wrapped):
                        if k < len(wl) and wl[k]:
                            show(M + ci * colw, wl[k], "F2" if ri == 0 else "F1", 9.5)
                    y -= 13
                y -= 2
            y -= 8
        elif kind == "pagebreak":
            newpage()
        else:
            for sub in b[1].split("\n"):
                for ln in wrap(sub, reg, 10.5, W - 2 * M):
                    line(ln)
            y -= 6
    if ops:
        pages.append(ops)

    objs = []

    def add(obj_bytes):
        objs.append(obj_bytes)
        return len(objs)

    def font_objs(f, fname, basename):
        ff = zlib.compress(f.data, 9)
        ff_id = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(ff), len(f.data))
                    + ff + b"\nendstream")
        sc = 1000.0 / f.upem
        bb = " ".join(str(int(v * sc)) for v in f.bbox)
        fd_id = add((f"<< /Type /FontDescriptor /FontName /{basename} /Flags 32 /FontBBox [{bb}] "
                     f"/ItalicAngle 0 /Ascent {int(f.ascent * sc)} /Descent {int(f.descent * sc)} "
                     f"/CapHeight {int(f.ascent * sc)} /StemV 80 /FontFile2 {ff_id} 0 R >>").encode())
        gl = sorted({gd for gd, _ in used[fname]})
        warr = " ".join(f"{gd} [{int(round(f.width(gd) * sc))}]" for gd in gl)
        cid_id = add((f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{basename} "
                      f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                      f"/FontDescriptor {fd_id} 0 R /DW 600 /W [{warr}] /CIDToGIDMap /Identity >>").encode())
        m = {}
        for gd, ch in sorted(used[fname]):
            m.setdefault(gd, ch)
        entries = [f"<{gd:04X}> <{''.join(f'{u:04X}' for u in struct.unpack('>' + 'H' * (len(ch.encode('utf-16-be')) // 2), ch.encode('utf-16-be')))}>"
                   for gd, ch in sorted(m.items())]
        chunks = []
        for i in range(0, len(entries), 100):
            part = entries[i:i + 100]
            chunks.append(f"{len(part)} beginbfchar\n" + "\n".join(part) + "\nendbfchar")
        cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                + "\n".join(chunks) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode()
        tu_id = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
        return add((f"<< /Type /Font /Subtype /Type0 /BaseFont /{basename} /Encoding /Identity-H "
                    f"/DescendantFonts [{cid_id} 0 R] /ToUnicode {tu_id} 0 R >>").encode())

    f1 = font_objs(reg, "F1", "DejaVuSans")
    f2 = font_objs(bold, "F2", "DejaVuSans-Bold")
    npages = len(pages)
    pages_id = len(objs) + 1 + 2 * npages
    page_ids = []
    for ops_ in pages:
        content = zlib.compress(("\n".join(ops_)).encode("latin-1"), 9)
        c_id = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        p_id = add((f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {W} {H}] "
                    f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {c_id} 0 R >>").encode())
        page_ids.append(p_id)
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {npages} >>".encode()) == pages_id
    cat_id = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    info_id = add(b"<< /Producer (corpus29 make_letters.py) /Creator (corpus29) "
                  b"/CreationDate (D:20260105090000Z) /ModDate (D:20260105090000Z) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, ob in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + ob + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat_id} 0 R /Info {info_id} 0 R "
            f"/ID [<{'0' * 32}> <{'0' * 32}>] >>\nstartxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(bytes(out))


def main():
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    seen = set()
    try:
        for lid, L in LETTERS.items():
            if lid in seen:
                fail(lid, "duplicate id")
            seen.add(lid)
            L = dict(L)
            L["gold"] = finish_gold(lid, L)
            check(lid, L)
            LETTERS[lid]["_final"] = L["gold"]
    except ContractViolation as e:
        print(f"CONTRACT VIOLATION: {e}")
        sys.exit(1)
    for f in list(letters_dir.iterdir()) + list(gold_dir.iterdir()):
        f.unlink()
    for lid, L in LETTERS.items():
        fmt = L["format"]
        if fmt == "txt":
            write_txt(letters_dir / f"{lid}.txt", L["blocks"], L.get("encoding", "utf-8"), L.get("newline", "\n"))
        elif fmt == "docx":
            write_docx(letters_dir / f"{lid}.docx", L["blocks"], L["author"])
        elif fmt == "pdf":
            write_pdf(letters_dir / f"{lid}.pdf", L["blocks"])
        else:
            print(f"CONTRACT VIOLATION: {lid}: unknown format {fmt}")
            sys.exit(1)
        (gold_dir / f"{lid}.json").write_text(
            json.dumps(L["_final"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds")


if __name__ == "__main__":
    main()
