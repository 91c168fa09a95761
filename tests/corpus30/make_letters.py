#!/usr/bin/env python3
"""Blind corpus 30: short and incomplete referrals to the RCP « métastases osseuses ».

Holds every letter's text and gold record as Python data, derives the gold
gaps with one function implementing the spec's gap rule, checks every gold
against the contract (exits with "CONTRACT VIOLATION: ..." on failure), then
writes letters/ and gold/ byte-identically on every run.

Run from /work/main:  .venv/bin/python tests/corpus30/make_letters.py
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
ROOT = HERE.parents[1]
SPEC = Path("/work/shared/spec")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

# ---------------------------------------------------------------- contract
NINE = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
        "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
        "prognosis", "therapeuticProject"]
ITEMS = NINE[:7] + ["antiplatelets"] + NINE[7:]
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
    ref = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        while len(cols) < 5:
            cols.append("")
        code, dci, inn, group, brands = cols[:5]
        names = [dci, inn] + [b for b in brands.split(",") if b]
        ref[code.strip()] = [n.strip() for n in names if n.strip()]
    return ref


ATC = load_atc()


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def derive_gaps(g: dict) -> list:
    """The spec's gap rule, applied to the gold values (nine items, no antiplatelets)."""
    out = []
    for item in NINE:
        sec = g[item]
        st = sec["status"]
        if st == "unknown":
            out.append([item, "missing"])
        elif st in ("uncertain", "conflicting"):
            out.append([item, st])
        elif st == "present":
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


def violation(msg: str):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def age_at(birth: dt.date, when: dt.date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def check(letter: dict, text: str):
    g = letter["gold"]
    lid = letter["id"]

    def need(cond, msg):
        if not cond:
            violation(f"{lid}: {msg}")

    need(g["id"] == lid, "id differs from stem")
    need(set(g) == {"id", "patient", "gaps", *ITEMS}, f"keys {sorted(set(g))}")
    p = g["patient"]
    need(p.get("sex") in ("F", "M", None), "sex")
    need(p.get("age") is None or (isinstance(p["age"], int) and 0 < p["age"] < 120), "age")
    if letter.get("birth") and letter.get("date"):
        need(p["age"] == age_at(letter["birth"], letter["date"]),
             f"age {p['age']} != {age_at(letter['birth'], letter['date'])} from birth date")
    if letter.get("birth"):
        need(letter["birth"].strftime("%d/%m/%Y") in text, "birth date not in text")
    if letter.get("age_text"):
        need(letter["age_text"] in text and p["age"] == int(re.search(r"\d+", letter["age_text"]).group()),
             "written age")
    if p.get("age") is not None:
        need(letter.get("age_text") or (letter.get("birth") and letter.get("date")), "age without source")
    for item in ITEMS:
        need(g[item]["status"] in STATUSES[item], f"{item} status {g[item]['status']}")
    # primary tumour
    pt = g["primaryTumor"]
    need(set(pt) == {"status", "site", "histology", "biomarkers"}, "primaryTumor keys")
    need(pt["site"] is None or pt["site"] in SITES, "site code")
    need(pt["histology"] is None or pt["histology"] in HISTOLOGIES, "histology code")
    for k, v in pt["biomarkers"].items():
        need(k in BIOMARKERS and v in BIORESULTS, f"biomarker {k}={v}")
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], "unknown tumour with values")
    else:
        need(pt["site"] is not None, "tumour without site")
    # bone diagnosis
    bd = g["boneDiagnosis"]
    need(set(bd) == {"status", "circumstances", "dated"}, "boneDiagnosis keys")
    need(all(c in CIRCUMSTANCES for c in bd["circumstances"]), "circumstance code")
    need(isinstance(bd["dated"], bool), "dated bool")
    if bd["status"] == "unknown":
        need(not bd["circumstances"] and not bd["dated"], "unknown bone diagnosis with values")
    else:
        need(bd["circumstances"] or bd["dated"], "present bone diagnosis with nothing")
    # pain
    pn = g["pain"]
    need(set(pn) == {"status", "types", "intensity"}, "pain keys")
    need(all(t in PAIN_TYPES for t in pn["types"]), "pain type code")
    need(pn["intensity"] is None or (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10), "intensity")
    if pn["status"] in ("unknown", "absent"):
        need(not pn["types"] and pn["intensity"] in (None, 0), "pain values with unknown/absent")
    if pn["intensity"] is not None:
        need(re.search(rf"\b{pn['intensity']}\s*/\s*10|EVA\s*(?:à\s*)?{pn['intensity']}\b|EN\s*(?:à\s*)?{pn['intensity']}\b",
                       text), "intensity not in text")
    # medications
    cm = g["currentMedications"]
    need(set(cm) == {"status", "atc"}, "currentMedications keys")
    need(cm["atc"] == sorted(set(cm["atc"])), "meds atc sorted/unique")
    for code in cm["atc"]:
        need(code in ATC, f"ATC {code} not in atc-reference.tsv")
        need(any(fold(n) in fold(text) for n in ATC[code]), f"no name of {code} in the letter")
    if cm["status"] in ("absent", "unknown"):
        need(not cm["atc"], "meds codes with absent/unknown")
    # local treatments
    lt = g["priorLocalTreatments"]
    need(set(lt) == {"status", "types"}, "priorLocalTreatments keys")
    need(all(t in LOCAL_TYPES for t in lt["types"]), "local treatment code")
    if lt["status"] in ("absent", "unknown"):
        need(not lt["types"], "local types with absent/unknown")
    if lt["status"] == "present":
        need(lt["types"], "present local treatment without type")
    # agent sections
    for name, prefixes in AGENT_PREFIXES.items():
        sec = g[name]
        need(set(sec) == {"status", "atc"}, f"{name} keys")
        need(sec["atc"] == sorted(set(sec["atc"])), f"{name} atc sorted/unique")
        for code in sec["atc"]:
            need(code in ATC, f"{name} ATC {code} not in reference")
            need(code.startswith(prefixes), f"{name} holds {code} of another class")
        if sec["status"] in ("absent", "unknown"):
            need(not sec["atc"], f"{name} codes with absent/unknown")
        if sec["status"] in ("present", "conflicting"):
            need(set(sec["atc"]) <= set(cm["atc"]), f"{name} agent not in currentMedications")
            if sec["atc"]:
                need(cm["status"] == "present", f"{name} agent while meds not present")
        if sec["status"] == "uncertain":
            need(not set(sec["atc"]) & set(cm["atc"]), f"{name} doubtful agent listed as current")
        # every current drug of the class must be in the section
        cls = {c for c in cm["atc"] if c.startswith(prefixes)}
        need(cls <= set(sec["atc"]), f"{name}: current {sorted(cls - set(sec['atc']))} missing from section")
        if cls:
            need(sec["status"] in ("present", "conflicting"), f"{name}: current agent but status {sec['status']}")
    if cm["status"] == "absent":
        for name in AGENT_PREFIXES:
            need(g[name]["status"] not in ("present", "conflicting"), f"meds absent but {name} present")
    # prognosis
    pg = g["prognosis"]
    need(pg["status"] in ("present", "unknown"), "prognosis status")
    need(set(pg) in ({"status", "ecog"}, {"status", "kps"}), "prognosis keys")
    if "ecog" in pg:
        need(pg["ecog"] is None or pg["ecog"] in range(0, 6), "ecog")
    else:
        need(isinstance(pg["kps"], int) and 0 <= pg["kps"] <= 100 and pg["kps"] % 10 == 0, "kps")
    if pg["status"] == "unknown":
        need(pg.get("ecog") is None and pg.get("kps") is None, "unknown prognosis with value")
    # project
    tp = g["therapeuticProject"]
    need(set(tp) == {"status", "intent"}, "therapeuticProject keys")
    need(tp["intent"] is None or tp["intent"] in INTENTS, "intent code")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "intent without project")
    if tp["intent"]:
        word = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}[tp["intent"]]
        need(word in fold(text), "intent word not in the letter")
    # gaps
    need(g["gaps"] == derive_gaps(g), "gaps differ from the gap rule")
    # evidence strings the author relies on
    for s in letter.get("evidence", []):
        need(s in text, f"evidence {s!r} not in letter text")


# ---------------------------------------------------------------- helpers for golds
def gold(lid, sex, age, *, tumor=("unknown", None, None, None), bone=("unknown", [], False),
         pain=("unknown", [], None), meds=("unknown", []), local=("unknown", []),
         btt=("unknown", []), anticoag=("unknown", []), antiplat=("unknown", []),
         prognosis=("unknown", None), project=("unknown", None)):
    pg = {"status": prognosis[0]}
    if isinstance(prognosis[1], tuple):
        pg["kps"] = prognosis[1][1]
    else:
        pg["ecog"] = prognosis[1]
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": tumor[0], "site": tumor[1], "histology": tumor[2],
                         "biomarkers": dict(tumor[3] or {})},
        "boneDiagnosis": {"status": bone[0], "circumstances": sorted(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplat[0], "atc": sorted(antiplat[1])},
        "prognosis": pg,
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }
    g["gaps"] = derive_gaps(g)
    return g


D = dt.date
LETTERS = []

# ---------------------------------------------------------------- zd01  GP note, drug list only (TXT)
LETTERS.append(dict(
    id="zd01", fmt="txt", encoding="utf-8", age_text="68 ans",
    text="""Dr Armelle QUÉMÉNEUR
Médecine générale
4 rue des Goélands - 29870 Landéda-Plage
Tél 02 98 71 40 63

Le 16/11/2026

Cher confrère,

Je vous adresse Mme Lucienne MORVAN, 68 ans, suivie pour un cancer du sein, pour avis de votre RCP métastases osseuses à la demande de son oncologue.

Traitement actuel :
- Létrozole 2,5 mg : 1 cp/j
- Levothyrox 75 µg : 1 cp le matin
- Kardégic 75 mg : 1 sachet/j
- Inexium 20 mg : 1 cp le soir
- Doliprane 1 g si besoin (max 3/j)

Je reste a votre disposition.
Bien confraternellement,

Dr A. Quéméneur
""",
    evidence=["Létrozole", "Kardégic 75", "Doliprane 1 g si besoin"],
    gold=lambda: gold("zd01", "F", 68,
                      tumor=("present", "breast", None, None),
                      meds=("present", ["L02BG04", "H03AA01", "B01AC06", "A02BC05", "N02BE01"]),
                      antiplat=("present", ["B01AC06"]),
                      project=("present", None)),
))

# ---------------------------------------------------------------- zd02  oncologist e-mail (TXT)
LETTERS.append(dict(
    id="zd02", fmt="txt", encoding="utf-8", birth=D(1957, 9, 12), date=D(2026, 11, 17),
    text="""De : Dr Thibault Garnier-Vasseur <t.garnier-vasseur@ch-valdargent.fr>
Envoyé : mardi 17 novembre 2026 08:42
À : secretariat.rcp-mo@chu-boisjoli.fr
Objet : inscription RCP MO jeudi - LE GALL Pierre-Yves

Bonjour,

Pouvez-vous inscrire M. Pierre-Yves LE GALL (né le 12/09/1957) à la RCP MO de jeudi svp ?
ADK prostatique, mHSPC, sous Eligard + Xtandi depuis 02/2026, PSA en baisse.
Question : RT antalgique sur la lésion iliaque G, qui le gêne (douleur), ou surveillance ?
Je vous envoie le CR du TEP-PSMA dès que je l'ai.

Merci d'avance, bonne journée
Thibault Garnier-Vasseur
Oncologie médicale - CH du Val d'Argent
""",
    evidence=["sous Eligard + Xtandi depuis 02/2026", "gêne (douleur)"],
    gold=lambda: gold("zd02", "M", 69,
                      tumor=("present", "prostate", "adenocarcinoma", None),
                      pain=("present", [], None),
                      meds=("present", ["L02AE02", "L02BB04"]),
                      project=("present", None)),
))

# ---------------------------------------------------------------- zd03  form, most fields empty / cf. courrier / NR (DOCX)
LETTERS.append(dict(
    id="zd03", fmt="docx", birth=D(1961, 4, 3), date=D(2026, 11, 20),
    blocks=[
        ("h", "CHU de Boisjoli – RCP Métastases osseuses"),
        ("p", "FICHE DE DEMANDE D'INSCRIPTION"),
        ("table", [
            ["Date de la demande", "20/11/2026"],
            ["Médecin demandeur", "Dr Hélène Vautrin-Sallé (pneumologie, CH de Port-Mirande)"],
            ["Nom / Prénom", "DUCLOS-ARNAUD Martine"],
            ["Date de naissance", "03/04/1961"],
            ["Sexe", "F"],
            ["Tumeur primitive / histologie", "Poumon – ADK, EGFR muté (del19)"],
            ["Circonstances de découverte des lésions osseuses", "cf. courrier joint"],
            ["Date de découverte", ""],
            ["Douleur", "NR"],
            ["Type de douleur", ""],
            ["EVA / EN", ""],
            ["Traitements en cours", "cf. ordonnance jointe"],
            ["Traitements locaux antérieurs (RT, chirurgie, cimentoplastie)", ""],
            ["Bisphosphonate / dénosumab", "Non"],
            ["Anticoagulant", "NR"],
            ["Antiagrégant plaquettaire", ""],
            ["Etat général (OMS)", "1"],
            ["Projet thérapeutique", "Osimertinib poursuivi"],
            ["Question posée", "Indication d'une cimentoplastie de L2 ?"],
        ]),
        ("p", "NR : non renseigné"),
    ],
    evidence=["Osimertinib poursuivi", "cf. courrier joint"],
    gold=lambda: gold("zd03", "F", 65,
                      tumor=("present", "lung", "adenocarcinoma", {"EGFR": "positive"}),
                      meds=("present", ["L01EB04"]),
                      btt=("absent", []),
                      prognosis=("present", 1),
                      project=("present", None)),
))

# ---------------------------------------------------------------- zd04  nurse's phone summary (TXT)
LETTERS.append(dict(
    id="zd04", fmt="txt", encoding="utf-8", age_text="79 ans",
    text="""RCP MO - note téléphonique
23/11/2026 14h10 - appel de Mme Sandrine Pélissier, IDE de coordination (Oncologie, Clinique des Tilleuls)

M. Roger BAUDOUIN, 79 ans, K bronchique épidermoïde connu, suivi par le Dr Kervella.
Douleurs dorsales depuis 3 semaines, le réveillent la nuit, EVA 7 ce matin.
IRM du rachis faite en ville le 19/11 : métastase de T9, pas d'épidurite d'après l'IDE.
Sous Eliquis 5 mg x2/j pour une FA.
Le Dr Kervella demande s'il relève d'une RT ou d'une cimentoplastie.
Courrier et CR d'IRM à suivre par messagerie sécurisée.

Noté par : F. Roussel, secrétariat RCP
""",
    evidence=["le réveillent la nuit", "EVA 7", "Sous Eliquis 5 mg"],
    gold=lambda: gold("zd04", "M", 79,
                      tumor=("present", "lung", "squamous_cell_carcinoma", None),
                      bone=("present", ["pain"], True),
                      pain=("present", ["nocturnal"], 7),
                      meds=("present", ["B01AF02"]),
                      anticoag=("present", ["B01AF02"])),
))

# ---------------------------------------------------------------- zd05  GP letter, incidental lesion, explicit negatives (PDF)
LETTERS.append(dict(
    id="zd05", fmt="pdf", age_text="81 ans",
    lines=[
        ("b", "Docteur Bertrand FALIGOT"),
        "Médecin généraliste",
        "12, place du Marché-aux-Grains - 41390 Sainte-Ondine",
        "Tél. : 02 54 81 07 36",
        "",
        "Sainte-Ondine, le 18 novembre 2026",
        "",
        "Chère Consœur, cher Confrère,",
        "",
        "Je vous adresse Madame Simone ACHARD, 81 ans, pour avis de la RCP métastases osseuses.",
        "Une radiographie de l'épaule droite faite le 2 octobre 2026 après une chute de sa hauteur (sans",
        "fracture) a montré de façon fortuite une lésion lytique de la métaphyse humérale droite,",
        "confirmée au scanner. Elle a été traitée en 2009 d'un cancer du sein gauche (tumorectomie et",
        "radiothérapie), considérée en rémission depuis. Il s'agit probablement d'une rechute osseuse",
        "de ce cancer, mais rien n'est prouvé.",
        "Pas de douleur. Aucun traitement au long cours.",
        "Merci de me dire s'il faut une biopsie et qui doit la faire.",
        "",
        "Bien confraternellement,",
        "Dr B. Faligot",
    ],
    evidence=["Pas de douleur. Aucun traitement au long cours.", "probablement d'une rechute osseuse"],
    gold=lambda: gold("zd05", "F", 81,
                      tumor=("uncertain", "breast", None, None),
                      bone=("present", ["incidental_imaging"], True),
                      pain=("absent", [], None),
                      meds=("absent", []),
                      btt=("absent", []),
                      anticoag=("absent", []),
                      antiplat=("absent", [])),
))

# ---------------------------------------------------------------- zd06  complete oncologist letter (DOCX)
LETTERS.append(dict(
    id="zd06", fmt="docx", birth=D(1955, 2, 27), date=D(2026, 11, 12),
    blocks=[
        ("h", "Institut de cancérologie Anne-Méhaignerie – Oncologie médicale"),
        ("p", "Dr Claire Lemoigne-Faucher – Tél. secrétariat 02 40 55 19 82"),
        ("p", "Saint-Herblon, le 12 novembre 2026"),
        ("p", "Objet : demande d'avis RCP métastases osseuses – M. Gilbert FOURCADE, né le 27/02/1955"),
        ("p", "Cher collègue,"),
        ("p", "Je souhaite vous présenter M. Fourcade, que je suis pour un carcinome rénal à cellules claires "
              "du rein gauche (néphrectomie élargie en 2021, pT3a N0, grade ISUP 3)."),
        ("h2", "Histoire osseuse"),
        ("p", "La maladie osseuse a été révélée le 14 mai 2026 par une fracture pathologique du col fémoral droit "
              "survenue en descendant de voiture. Il a été opéré le 16/05/2026 (prothèse intermédiaire de hanche "
              "par le Dr Bréhaut) puis a reçu une radiothérapie post-opératoire du fémur droit (20 Gy en 5 "
              "fractions, terminée le 24/06/2026). Le bilan d'extension a montré deux autre lésions, en T11 "
              "et sur l'aile iliaque gauche."),
        ("h2", "Situation actuelle"),
        ("p", "Il garde des douleurs de la hanche droite à la marche et à l'appui prolongé, EN à 3/10, sans "
              "réveil nocturne et sans composante neuropathique. La TDM de réévaluation d'octobre montre une "
              "progression isolée de la lésion de T11 (mur postérieur respecté), le reste étant stable."),
        ("p", "Il a reçu du sunitinib de 2023 à 2025 (arrêté pour progression pulmonaire). Il est actuellement "
              "sous cabozantinib depuis mars 2025, bien toléré. Le Xgeva a été débuté en juin 2026. "
              "Il n'a plus de traitement anticoagulant : le Lovenox préventif post-opératoire a été arrêté "
              "fin juin."),
        ("p", "OMS 1. Espérance de vie estimée supérieure à un an."),
        ("h2", "Traitements en cours"),
        ("table", [
            ["Médicament", "Posologie"],
            ["Cabometyx (cabozantinib) 40 mg", "1 cp/j"],
            ["Xgeva 120 mg SC", "toutes les 4 semaines"],
            ["Cacit D3", "1 sachet/j"],
            ["Oxycontin LP 10 mg", "matin et soir"],
            ["Oxynormoro 5 mg", "si douleur, max 4/j"],
            ["Triatec 5 mg", "1 cp/j"],
            ["Tahor 20 mg", "1 cp le soir"],
        ]),
        ("p", "Antécédents familiaux : père décédé d'un cancer du poumon."),
        ("h2", "Question à la RCP"),
        ("p", "Dans ce contexte palliatif d'oligoprogression, une radiothérapie stéréotaxique de T11 vous "
              "semble-t-elle indiquée, en poursuivant le cabozantinib ?"),
        ("p", "Bien confraternellement,"),
        ("p", "Dr C. Lemoigne-Faucher"),
    ],
    evidence=["fracture pathologique du col fémoral droit", "EN à 3/10", "a été arrêté"],
    gold=lambda: gold("zd06", "M", 71,
                      tumor=("present", "kidney", "clear_cell_carcinoma", None),
                      bone=("present", ["pathological_fracture"], True),
                      pain=("present", ["mechanical"], 3),
                      meds=("present", ["L01EX07", "M05BX04", "A12AX", "N02AA05", "C09AA05", "C10AA05"]),
                      local=("present", ["surgery", "radiotherapy"]),
                      btt=("present", ["M05BX04"]),
                      anticoag=("absent", []),
                      prognosis=("present", 1),
                      project=("present", "palliative")),
))

# ---------------------------------------------------------------- zd07  question only (TXT, cp1252)
LETTERS.append(dict(
    id="zd07", fmt="txt", encoding="cp1252", age_text="58 ans",
    text="""DEMANDE D'INSCRIPTION RCP METASTASES OSSEUSES

Patient : M. Hamid BENALI, 58 ans
Demandeur : Dr Sophie Arnoult-Pradel, oncologue, Clinique Sainte-Véronique (tél. 04 71 62 35 90)

Question posée : indication d'une radiothérapie sur la lésion sacrée ?

Dossier complet (CR consultation, imagerie) transmis séparément par le Dr Arnoult-Pradel.
""",
    evidence=["Question posée : indication d'une radiothérapie"],
    gold=lambda: gold("zd07", "M", 58),
))

# ---------------------------------------------------------------- zd08  urology form, many NR (PDF)
LETTERS.append(dict(
    id="zd08", fmt="pdf", birth=D(1950, 11, 30), date=D(2026, 11, 24),
    lines=[
        ("b", "Service d'Urologie – Hôpital Saint-Clair de Vernoux"),
        "Fiche de présentation RCP métastases osseuses",
        "",
        ("kv", "Date", "24/11/2026"),
        ("kv", "Demandeur", "Dr Jean-Marc Tissandier, urologue"),
        ("kv", "Patient", "M. Marcel RIBOULET"),
        ("kv", "Né le", "30/11/1950"),
        ("kv", "Primitif", "Adénocarcinome prostatique, Gleason 8 (4+4), biopsies 09/2026"),
        ("kv", "PSA initial", "48 ng/mL"),
        ("kv", "Circonstances", "Scintigraphie osseuse du bilan initial (09/2026) : lésions"),
        ("kv", "", "de L4, de l'aile iliaque droite et de 2 côtes"),
        ("kv", "Douleur", "Non, asymptomatique"),
        ("kv", "Traitements en cours", "Décapeptyl 11,25 mg (1re injection le 05/10/2026)"),
        ("kv", "", "Casodex 50 mg pendant 1 mois (terminé)"),
        ("kv", "Traitements locaux", "NR"),
        ("kv", "Anti-résorptif", "NR"),
        ("kv", "Anticoagulant", "NR"),
        ("kv", "Antiagrégant", "NR"),
        ("kv", "OMS", "NR"),
        ("kv", "Projet", "Hormonothérapie en cours ; ajout de Nubeqa à discuter en RCP uro"),
        ("kv", "Question", "Intérêt d'un traitement anti-résorptif ? RT de L4 ?"),
        "",
        "NR = non renseigné",
    ],
    evidence=["Non, asymptomatique", "Décapeptyl 11,25 mg"],
    gold=lambda: gold("zd08", "M", 75,
                      tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
                      bone=("present", ["staging_imaging"], True),
                      pain=("absent", [], None),
                      meds=("present", ["L02AE04"]),
                      project=("present", None)),
))

# ---------------------------------------------------------------- zd09  normal-length pneumologist letter (DOCX)
LETTERS.append(dict(
    id="zd09", fmt="docx", age_text="63 ans",
    blocks=[
        ("h", "Centre hospitalier de Pont-Aubel – Service de pneumologie"),
        ("p", "Dr Yannick Le Bihan – secrétariat 02 96 40 77 18"),
        ("p", "Pont-Aubel, le 25/11/2026"),
        ("p", "Cher confrère,"),
        ("p", "Je vous adresse pour discussion en RCP métastases osseuses Mme Odile FERRAND, 63 ans, "
              "ancienne fumeuse (30 PA), suivie pour un adénocarcinome pulmonaire du LSD, KRAS G12C muté, "
              "EGFR et ALK négatifs, PD-L1 à 5 %."),
        ("p", "La maladie a été révélée début septembre 2026 par une radiculalgie L5 gauche avec déficit "
              "des releveurs du pied gauche, en rapport avec une métastase de L5 avec épidurite. Elle a "
              "été opérée en urgence le 08/09/2026 (laminectomie décompresive et ostéosynthèse L4-S1) "
              "puis a reçu une radiothérapie post-opératoire de 20 Gy en 5 séances. Le déficit a "
              "récupéré en partie."),
        ("p", "Elle décrit encore des brûlures du mollet gauche, EVA à 4 (elle était à 8 avant la chirurgie). "
              "La corticothérapie a été arrêtée mi-octobre."),
        ("p", "Sur le plan oncologique, elle est sous carboplatine-pémétrexed-pembrolizumab, 3e cure le "
              "18/11/2026, en situation palliative. Le Kardégic a été arrêté avant la chirurgie et n'a pas été "
              "repris. Elle aurait été mise sous Innohep à la sortie de neurochirurgie, à vérifier avec "
              "le centre de rééducation (pas sur l'ordonnance que j'ai). Un traitement par Xgeva est "
              "envisagé après avis dentaire."),
        ("p", "Traitement : Lyrica 75 mg matin et soir, Skenan LP 30 mg x 2/j, Actiskenan 10 mg si besoin, "
              "Movicol 1 sachet/j, Spéciafoldine, vitamine B12 toutes les 9 semaines."),
        ("p", "ATCD : HTA, tabagisme sevré en 2019. Mère traitée pour un cancer du sein à 70 ans."),
        ("p", "PS 2 (marche avec une canne)."),
        ("p", "Question : faut-il compléter par une irradiation de la lésion de l'aile iliaque droite, "
              "non douloureuse, ou attendre l'évaluation de la chimio-immunothérapie ?"),
        ("p", "Amicalement,"),
        ("p", "Y. Le Bihan"),
    ],
    evidence=["brûlures du mollet gauche, EVA à 4", "aurait été mise sous Innohep", "PS 2"],
    gold=lambda: gold("zd09", "F", 63,
                      tumor=("present", "lung", "adenocarcinoma",
                             {"KRAS": "positive", "EGFR": "negative", "ALK": "negative", "PD-L1": "positive"}),
                      bone=("present", ["neurological_deficit", "pain"], True),
                      pain=("present", ["neuropathic"], 4),
                      meds=("present", ["L01XA02", "L01BA04", "L01FF02", "N03AX16", "N02AA01", "A06AD65"]),
                      local=("present", ["surgery", "radiotherapy"]),
                      anticoag=("uncertain", ["B01AB10"]),
                      antiplat=("absent", []),
                      prognosis=("present", 2),
                      project=("present", "palliative")),
))

# ---------------------------------------------------------------- zd10  GP short note, tutoiement, hypothesis (TXT)
LETTERS.append(dict(
    id="zd10", fmt="txt", encoding="utf-8", age_text="74 ans",
    text="""Cher Marc,

Je t'adresse M. Lucien TERRASSON, 74 ans, que je vois pour des douleurs osseuses diffuses depuis 2 mois, surtout la nuit, avec des lésions condensantes du bassin et du rachis sur le scanner du 09/11. PSA à 212 ng/mL. Probable cancer de prostate métastatique, l'urologue le voit la semaine prochaine pour les biopsies.
Il est sous Topalgic 50 mg x3/j et Doliprane 1 g x3/j, partielement soulagé. Sous Préviscan 20 mg pour une ACFA (INR 2,6 la semaine dernière).
Peux-tu le faire discuter à ta RCP pour la prise en charge des douleurs et de l'os ?

Amitiés,
Paul Chabrerie
Cabinet médical des Vignes, 7 chemin des Vignes, 63450 Montrabel - 04 73 39 12 84
le 26/11/2026
""",
    evidence=["surtout la nuit", "PSA à 212", "Préviscan 20 mg"],
    gold=lambda: gold("zd10", "M", 74,
                      tumor=("uncertain", "prostate", None, {"PSA": "positive"}),
                      bone=("present", ["pain"], True),
                      pain=("present", ["nocturnal"], None),
                      meds=("present", ["N02AX02", "N02BE01", "B01AA12"]),
                      anticoag=("present", ["B01AA12"])),
))

# ---------------------------------------------------------------- zd11  radiation oncologist, conflicting anticoagulation (PDF)
LETTERS.append(dict(
    id="zd11", fmt="pdf", birth=D(1966, 1, 15), date=D(2026, 11, 19),
    lines=[
        ("b", "Centre de radiothérapie du Haut-Verdier"),
        "Dr Nathalie Ohanessian – Radiothérapie oncologique – 05 61 48 23 07",
        "",
        "Le 19/11/2026",
        "",
        ("b", "Objet : Mme Véronique DELAUNAY-PUJOL, née le 15/01/1966"),
        "",
        "Chers collègues,",
        "",
        "Mme Delaunay-Pujol est suivie pour un carcinome lobulaire infiltrant du sein droit, RE+ (90 %),",
        "RP négatifs, HER2 négatif (score 1+), traité en 2019 par mastectomie et radiothérapie pariétale.",
        "Les métastases osseuses ont été découvertes sur le TEP-scanner de suivi de janvier 2024.",
        "",
        "Antécédents de traitements locaux osseux : radiothérapie de T7 (8 Gy en une fraction, avril",
        "2025) et cimentoplastie de L1 en mars 2026.",
        "",
        "Elle décrit des douleurs du rachis dorso-lombaire à la mobilisation et à l'effort, EVA 5/10,",
        "sans réveil nocturne. Pas de radiculalgie.",
        "",
        "Traitement en cours :",
        "  - Kisqali 600 mg/j 3 semaines sur 4 + Femara 2,5 mg/j (depuis 02/2024)",
        "  - Zometa 4 mg IV toutes les 12 semaines",
        "  - Lovenox 4000 UI/j",
        "  - Dafalgan 1 g x 3/j, Acupan 20 mg si besoin",
        "",
        "Pas de traitement anticoagulant. Index de Karnofsky 70 %.",
        "",
        "La situation est palliative. Question posée à la RCP : ré-irradiation de T7 (récidive douloureuse",
        "en regard du champ) ou cimentoplastie ?",
        "",
        "Bien cordialement,",
        "Dr N. Ohanessian",
    ],
    evidence=["Lovenox 4000 UI/j", "Pas de traitement anticoagulant", "Karnofsky 70"],
    gold=lambda: gold("zd11", "F", 60,
                      tumor=("present", "breast", "invasive_lobular_carcinoma",
                             {"ER": "positive", "PR": "negative", "HER2": "negative"}),
                      bone=("present", ["staging_imaging"], True),
                      pain=("present", ["mechanical"], 5),
                      meds=("present", ["L01EF02", "L02BG04", "M05BA08", "B01AB05", "N02BE01", "N02BG06"]),
                      local=("present", ["radiotherapy", "cementoplasty"]),
                      btt=("present", ["M05BA08"]),
                      anticoag=("conflicting", ["B01AB05"]),
                      prognosis=("present", ("kps", 70)),
                      project=("present", "palliative")),
))

# ---------------------------------------------------------------- zd12  short oncologist note, bladder (DOCX)
LETTERS.append(dict(
    id="zd12", fmt="docx", age_text="55 ans",
    blocks=[
        ("p", "Hôpital privé du Grand-Ormeau – Oncologie – Dr Karim Saadi-Vernet"),
        ("p", "Le 27/11/2026"),
        ("p", "RCP MO – Mme Brigitte LAMOUREUX, 55 ans"),
        ("p", "Carcinome urothélial de vessie, cystectomie en 2025, récidive métastatique ganglionnaire "
              "traitée par enfortumab-pembrolizumab, actuellement sous pembrolizumab seul en entretien. "
              "Métastases osseuses multiples (rachis, bassin) découvertes au TEP de réévaluation du 04/11/2026. "
              "Asymptomatique sur le plan osseux. ECOG 0. Pas de traitement anticoagulant ni antiagrégant. "
              "Pas de traitement anti-résorptif à ce jour."),
        ("p", "Question : faut-il introduire le denosumab, et y a-t-il une indication de RT préventive ?"),
        ("p", "Merci – K. Saadi-Vernet"),
    ],
    evidence=["Asymptomatique sur le plan osseux", "ECOG 0", "Pas de traitement anti-résorptif à ce jour"],
    gold=lambda: gold("zd12", "F", 55,
                      tumor=("present", "bladder", "other", None),
                      bone=("present", ["staging_imaging"], True),
                      pain=("absent", [], None),
                      meds=("present", ["L01FF02"]),
                      btt=("absent", []),
                      anticoag=("absent", []),
                      antiplat=("absent", []),
                      prognosis=("present", 0),
                      project=("present", None)),
))


# ---------------------------------------------------------------- writers
def write_txt(letter, path):
    data = letter["text"].encode(letter["encoding"])
    path.write_bytes(data)
    return letter["text"]


FIXED_DT = dt.datetime(2026, 11, 27, 9, 0, 0)


def write_docx(letter, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    texts = []
    for b in letter["blocks"]:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=1)
            texts.append(b[1])
        elif kind == "h2":
            d.add_heading(b[1], level=2)
            texts.append(b[1])
        elif kind == "p":
            d.add_paragraph(b[1])
            texts.append(b[1])
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                texts.append(" ".join(r))
    cp = d.core_properties
    cp.author = "Secrétariat"
    cp.last_modified_by = "Secrétariat"
    cp.title = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 27, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    path.write_bytes(out.getvalue())
    return "\n".join(texts)


def _font_widths(font_path):
    from PIL import ImageFont
    f = ImageFont.truetype(str(font_path), 1000)
    w = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            ch = " "
        w.append(int(round(f.getlength(ch))))
    return w


def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def write_pdf(letter, path):
    """Text PDF, WinAnsi TrueType fonts (DejaVu Sans, embedded), fixed metadata."""
    size, lead, top, left = 10.5, 15, 800, 60
    page_lines, cur, y = [], [], top
    for ln in letter["lines"]:
        if y < 60:
            page_lines.append(cur)
            cur, y = [], top
        cur.append((ln, y))
        y -= lead
    page_lines.append(cur)
    texts = []
    objs = {}
    fonts = [(FONT, "DejaVuSans"), (FONT_BOLD, "DejaVuSans-Bold")]
    # object numbering: 1 catalog, 2 pages, 3 info, 4.. fonts (3 objs each), then pages
    n = 4
    font_refs = []
    for fp, name in fonts:
        data = fp.read_bytes()
        fobj, dobj, fileobj = n, n + 1, n + 2
        n += 3
        widths = " ".join(str(w) for w in _font_widths(fp))
        objs[fobj] = (f"<< /Type /Font /Subtype /TrueType /BaseFont /{name} /FirstChar 32 /LastChar 255 "
                      f"/Widths [{widths}] /FontDescriptor {dobj} 0 R /Encoding /WinAnsiEncoding >>").encode()
        objs[dobj] = (f"<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                      f"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 "
                      f"/FontFile2 {fileobj} 0 R >>").encode()
        comp = zlib.compress(data, 9)
        objs[fileobj] = (f"<< /Length {len(comp)} /Length1 {len(data)} /Filter /FlateDecode >>\nstream\n").encode() + comp + b"\nendstream"
        font_refs.append(fobj)
    page_ids = []
    for pl in page_lines:
        ops = []
        for ln, y in pl:
            if isinstance(ln, str):
                if ln:
                    ops.append(b"BT /F1 %s Tf %d %d Td " % (str(size).encode(), left, y) + _pdf_str(ln) + b" Tj ET")
                texts.append(ln)
            elif ln[0] == "b":
                ops.append(b"BT /F2 %s Tf %d %d Td " % (str(size + 1).encode(), left, y) + _pdf_str(ln[1]) + b" Tj ET")
                texts.append(ln[1])
            elif ln[0] == "kv":
                if ln[1]:
                    ops.append(b"BT /F2 %s Tf %d %d Td " % (str(size).encode(), left, y) + _pdf_str(ln[1] + " :") + b" Tj ET")
                ops.append(b"BT /F1 %s Tf %d %d Td " % (str(size).encode(), left + 150, y) + _pdf_str(ln[2]) + b" Tj ET")
                texts.append((ln[1] + " : " if ln[1] else "") + ln[2])
        content = b"\n".join(ops)
        cid, pid = n, n + 1
        n += 2
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {cid} 0 R "
                     f"/Resources << /Font << /F1 {font_refs[0]} 0 R /F2 {font_refs[1]} 0 R >> >> >>").encode()
        page_ids.append(pid)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = (f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {len(page_ids)} >>").encode()
    objs[3] = b"<< /Producer (corpus30 make_letters.py) /Creator (Traitement de texte) /CreationDate (D:20261127090000Z) /ModDate (D:20261127090000Z) >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, n):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for i in range(1, n):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    path.write_bytes(bytes(out))
    return "\n".join(texts)


def read_back(letter, path):
    """Text as a reader of the written file sees it (to check the files carry the evidence)."""
    if letter["fmt"] == "txt":
        return path.read_bytes().decode(letter["encoding"])
    if letter["fmt"] == "docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    import pypdf
    r = pypdf.PdfReader(str(path))
    return "\n".join(pg.extract_text() for pg in r.pages)


def main():
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    ids = [l["id"] for l in LETTERS]
    if len(set(ids)) != len(ids):
        violation("duplicate ids")
    writers = {"txt": write_txt, "docx": write_docx, "pdf": write_pdf}
    golds = {}
    for letter in LETTERS:
        g = letter["gold"]()
        letter["gold"] = g
        path = letters_dir / f"{letter['id']}.{letter['fmt']}"
        # build text first for checking (write to memory path then check)
        text = writers[letter["fmt"]](letter, path)
        check(letter, text)
        back = read_back(letter, path)
        for s in letter.get("evidence", []):
            if " ".join(s.split()) not in " ".join(back.split()):
                violation(f"{letter['id']}: evidence {s!r} not readable back from {path.name}")
        golds[letter["id"]] = g
    for lid, g in golds.items():
        (gold_dir / f"{lid}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # no stray files
    expected = {f"{l['id']}.{l['fmt']}" for l in LETTERS}
    for p in letters_dir.iterdir():
        if p.name not in expected:
            violation(f"stray letter file {p.name}")
    for p in gold_dir.iterdir():
        if p.stem not in golds:
            violation(f"stray gold file {p.name}")
    print(f"ok: {len(LETTERS)} letters, {len(golds)} golds")


if __name__ == "__main__":
    main()
