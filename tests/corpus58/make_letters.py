#!/usr/bin/env python3
"""corpus58: 12 blind letters (day-hospital nurses' coordination notes and
pharmacists' notes) for the RCP « métastases osseuses » converter, with gold.

Written without reading the converter. Run from /work/main:
    /work/main/.venv/bin/python tests/corpus58/make_letters.py
Checks every gold against the contract (shared/spec/rcp-request.md) and exits
with "CONTRACT VIOLATION: ..." on any failure; then writes letters/ and gold/
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
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
ALLOWED = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "boneTargetedTherapy": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "anticoagulation": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "antiplatelets": {"present", "absent", "uncertain", "conflicting", "unknown"},
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


def fail(msg: str) -> None:
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc() -> dict[str, list[str]]:
    """code -> list of names (dci, inn, brands) from the reference table."""
    out = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        while len(cols) < 5:
            cols.append("")
        code, dci, inn, _group, brands = cols[:5]
        names = [dci, inn] + [b for b in brands.split(",") if b]
        out[code.strip()] = [n.strip() for n in names if n.strip()]
    return out


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def age_at(birth: dt.date, when: dt.date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


# ---------------------------------------------------------------- gap rule
def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to a gold record (nine items, no antiplatelets)."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
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


# ---------------------------------------------------------------- gold builder
def gold(id_, sex, age, *, pt, bd, pain, meds, local, btt, ac, ap, prog, proj):
    """pt=(status, site, histology, {biomarkers}); bd=(status, [circ], dated);
    pain=(status, [types], intensity); meds=(status, [atc]); local=(status, [types]);
    btt/ac/ap=(status, [atc]); prog=(status, ('ecog'|'kps'|None, value)); proj=(status, intent)."""
    g = {
        "id": id_,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": dict(pt[3])},
        "boneDiagnosis": {"status": bd[0], "circumstances": sorted(bd[1]), "dated": bd[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": ac[0], "atc": sorted(ac[1])},
        "antiplatelets": {"status": ap[0], "atc": sorted(ap[1])},
        "prognosis": {"status": prog[0]},
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }
    kind, val = prog[1]
    if kind == "kps":
        g["prognosis"]["kps"] = val
    else:
        g["prognosis"]["ecog"] = val
    g["gaps"] = derive_gaps(g)
    return g


# ================================================================ LETTERS
LETTERS = []  # dicts: id, fmt, date, birth (opt), body, gold, aliases (opt)

# ---------------------------------------------------------------- zzf01 TXT
LETTERS.append(dict(
    id="zzf01", fmt="txt", date=dt.date(2025, 6, 12), birth=None,
    body="""HOPITAL DE JOUR D'ONCOLOGIE MEDICALE - Centre hospitalier de Vaubreuil
Infirmière de coordination (IDEC) : Mme Solène Karadec - poste 4 27 18
Tél secrétariat HDJ : 03 88 41 27 00

Vaubreuil, le 12/06/2025

Objet : inscription RCP métastases osseuses du 19/06
Patiente : Mme BERTHOLIN Nadège, 58 ans
Oncologue référent : Dr Ménard

Bonjour,
Le Dr Ménard me demande d'inscrire Mme Bertholin à la prochaine RCP os. Je vous fais le résumé depuis le dossier HDJ :

- K sein gauche, carcinome canalaire infiltrant (NST) grade 2, RH+ (RE 90 %, RP 40 %), HER2 négatif (score 1+, FISH non amplifiée), diagnostiqué en 03/2025.
- Métastases osseuses découvertes d'emblée au scanner TAP + scinti du bilan d'extension (03/2025) : rachis lombaire (L3), bassin, côtes.
- RT antalgique L3 : 20 Gy en 5 fractions, faite en avril 2025.
- Douleurs : lombalgies basses surtout à la marche et à la station debout prolongée, EN 4/10 ce jour (était à 7 avant la RT). Pas de douleur la nuit.
- OMS 1, autonome, travaille à mi-temps.

Traitement en cours (ordonnance HDJ du 02/06) :
  KISQALI (ribociclib) 200 mg : 3 cp le matin, 21 j sur 28 -> C4 J1 le 02/06
  FEMARA (létrozole) 2,5 mg : 1-0-0
  XBRYK 120 mg (dénosumab, biosimilaire de Xgeva) : 1 inj SC toutes les 4 semaines en HDJ, dernière inj le 02/06
  CACIT D3 1000 mg/880 UI : 0-1-0
  DOLIPRANE 1 g : 1-1-1 si douleur
  INEXIUM 20 mg : 0-0-1
NB : Zometa 4 mg IV /4 sem de mars à mai 2025, arrêté (insuffisance rénale modérée, clairance 48), relais par dénosumab biosimilaire depuis le 05/05.
Pas de traitement anticoagulant.

Question du Dr Ménard : nouvelle lésion douloureuse de l'aile iliaque droite sur le scanner de mai -> RT antalgique ? avis chirurgical ?

Merci, bonne journée
S. Karadec, IDEC HDJ onco
""",
    gold=lambda: gold(
        "zzf01", "F", 58,
        pt=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        bd=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 4),
        meds=("present", ["L01EF02", "L02BG04", "M05BX04", "A12AX", "N02BE01", "A02BC05"]),
        local=("present", ["radiotherapy"]),
        btt=("present", ["M05BX04"]),
        ac=("absent", []),
        ap=("unknown", []),
        prog=("present", ("ecog", 1)),
        proj=("present", None)),
    aliases={},
    note="IDEC summary; biosimilar denosumab brand (Xbryk) with DCI; Zometa stopped and replaced; 'pas de douleur la nuit' denies nocturnal; older EN 7 vs current 4",
))

# ---------------------------------------------------------------- zzf02 DOCX
LETTERS.append(dict(
    id="zzf02", fmt="docx", date=dt.date(2025, 6, 18), birth=dt.date(1953, 9, 14),
    blocks=[
        ("h", "Pharmacie à usage intérieur – Clinique Saint-Aubert de Montferrand-sur-Lys"),
        ("p", "Conciliation médicamenteuse – fiche de transmission à la RCP métastases osseuses"),
        ("p", "Rédigée par : Thibault Orsenne, pharmacien assistant – tél. 04 71 58 22 90"),
        ("p", "Date : 18/06/2025"),
        ("t", [["Patient", "M. FAUCHERAND Raymond"],
               ["Né le", "14/09/1953"],
               ["Service", "Oncologie – HDJ (Dr Lebreton-Casals)"],
               ["Sources", "Entretien patient + épouse, ordonnance MT du 26/05/2025, DMP, officine de ville"]]),
        ("p", "Contexte (d'après le dossier) : adénocarcinome de la prostate Gleason 7 (4+3) diagnostiqué en 2019, "
              "prostatectomie totale en 2019 puis hormonothérapie. Résistance à la castration depuis fin 2024. "
              "PSA à 48 ng/mL le 05/06/2025. Métastases osseuses (bassin, cotyle droit, L2) découvertes sur la "
              "TEP-PSMA demandée devant l'ascension du PSA en janvier 2025. Douleurs de hanche droite à la marche, "
              "EN 5/10. Pas d'antécédent de radiothérapie osseuse. OMS 1."),
        ("p", "Traitement actuel concilié :"),
        ("t", [["Médicament (nom commercial)", "DCI / dosage", "Posologie", "Statut"],
               ["Eligard 45 mg", "leuproréline", "1 inj SC tous les 6 mois (dernière 03/2025)", "Poursuivi"],
               ["Xtandi 40 mg", "enzalutamide", "4 cp le matin (160 mg/j)", "Poursuivi"],
               ["Prolia 60 mg", "dénosumab", "1 inj SC tous les 6 mois – ostéoporose (rhumato), dernière 02/2025", "Poursuivi"],
               ["Eliquis 5 mg", "apixaban", "1-0-1 (FA)", "Poursuivi – à suspendre 48 h avant tout geste"],
               ["Kardégic 75 mg", "acide acétylsalicylique", "0-1-0", "ARRÊTÉ le 02/06/2025 par le cardiologue"],
               ["Contramal LP 100 mg", "tramadol", "1-0-1", "Poursuivi"],
               ["Movicol", "macrogol", "1 sachet le matin", "Poursuivi"],
               ["Cardensiel 2,5 mg", "bisoprolol", "1-0-0", "Poursuivi"]]),
        ("p", "Divergence relevée : le Kardégic figurait encore sur l'ordonnance MT du 26/05 ; arrêt confirmé par le "
              "patient et le courrier du cardiologue (association Eliquis + Kardégic jugée non justifiée)."),
        ("p", "Points d'attention pharmaceutiques pour la RCP : si cimentoplastie cotyloïdienne retenue, fenêtre "
              "thérapeutique Eliquis 48 h (pas de relais HBPM nécessaire). Dénosumab déjà en place à dose "
              "ostéoporose : la question du passage à 120 mg/4 sem (Xgeva) est posée au Dr Lebreton-Casals."),
        ("p", "Question posée à la RCP par le Dr Lebreton-Casals : indication de cimentoplastie du cotyle droit ou de "
              "RT antalgique ? L'enzalutamide est poursuivi."),
        ("p", "T. Orsenne, pharmacien"),
    ],
    gold=lambda: gold(
        "zzf02", "M", 71,
        pt=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        bd=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 5),
        meds=("present", ["L02AE02", "L02BB04", "M05BX04", "B01AF02", "N02AX02", "A06AD65", "C07AB07"]),
        local=("absent", []),
        btt=("present", ["M05BX04"]),
        ac=("present", ["B01AF02"]),
        ap=("absent", []),
        prog=("present", ("ecog", 1)),
        proj=("present", None)),
    aliases={},
    note="pharmacist medication reconciliation; Prolia for osteoporosis counts; Eliquis to hold before a procedure is still current; Kardégic stopped (absent); Xgeva only discussed; prostatectomy not a bone treatment",
))

# ---------------------------------------------------------------- zzf03 PDF
LETTERS.append(dict(
    id="zzf03", fmt="pdf", date=dt.date(2025, 6, 20), birth=None,
    lines="""Centre Hospitalier Intercommunal de Lesparre-Vénac
Hôpital de jour d'oncologie thoracique
IDE de coordination : Marion Quéffelec - 05 57 31 64 12

Lesparre, le 20 juin 2025

FICHE DE LIAISON HDJ -> RCP METASTASES OSSEUSES

Patient : M. LAZARIDÈS Georges, 64 ans
Médecin référent : Dr Aubrac (pneumo-oncologue)

Diagnostic : adénocarcinome pulmonaire LSD stade IV, EGFR muté (délétion exon 19), ALK négatif, PD-L1 < 1 %.
Circonstances osseuses : dorsalgies apparues en février 2025, IRM : lésion lytique D7 avec épidurite sans
compression. Pas de déficit neurologique.
Traitement local déjà reçu : radiothérapie D7 30 Gy en 10 fractions, terminée le 15/05/2025.

Douleur (évaluée en HDJ le 18/06) : douleur thoracique en ceinture à type de décharges électriques,
DN4 à 5/10, EN 6/10 malgré le traitement.
Etat général : PS 2 (fatigue ++, au fauteuil une partie de la journée).
EP (embolie pulmonaire) bilatérale le 08/04/2025 -> anticoagulation curative.

Pas de traitement anti-résorptif à ce jour : Xgeva prévu, en attente du bilan dentaire (extraction 36 programmée).

COPIE DE L'ORDONNANCE EN COURS (Dr Aubrac, 02/06/2025)
- TAGRISSO 80 mg (osimertinib) : 1 cp le matin (1-0-0), en continu
- INHIXA 8000 UI/0,8 mL (énoxaparine, biosimilaire) : 1 injection SC matin et soir (1-0-1)
- LYRICA 75 mg (prégabaline) : 1-0-1
- OXYCONTIN LP 10 mg : 1-0-1
- OXYNORMORO 5 mg : 1 cp si douleur, max 4/j
- DOLIPRANE 1 g : 1-1-1-1
- FORLAX 10 g : 1 sachet le matin
IDE à domicile pour les injections. Prise de sang NFS-plaquettes 1 fois/semaine.

Demande du Dr Aubrac : douleur neuropathique persistante après RT -> avis sur une réirradiation ou un geste
(cimentoplastie D7 ?), stabilité rachidienne (score SINS). Osimertinib poursuivi.

M. Quéffelec, IDE coordinatrice
""",
    gold=lambda: gold(
        "zzf03", "M", 64,
        pt=("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
        bd=("present", ["pain"], True),
        pain=("present", ["neuropathic"], 6),
        meds=("present", ["L01EB04", "B01AB05", "N03AX16", "N02AA05", "N02BE01", "A06AD15"]),
        local=("present", ["radiotherapy"]),
        btt=("absent", []),
        ac=("present", ["B01AB05"]),
        ap=("unknown", []),
        prog=("present", ("ecog", 2)),
        proj=("present", None)),
    aliases={},
    intent_words_not_intent=True,  # "anticoagulation curative" is a dose, not the oncological intent
    note="nurse liaison sheet + prescription copy; Inhixa enoxaparin biosimilar 1-0-1; 'pas de traitement anti-résorptif à ce jour' with Xgeva only planned (absent, no code); epidural extension without deficit; PD-L1 <1 %",
))

# ---------------------------------------------------------------- zzf04 TXT
LETTERS.append(dict(
    id="zzf04", fmt="txt", date=dt.date(2025, 6, 24), birth=None,
    body="""AVIS PHARMACEUTIQUE - pré-RCP métastases osseuses
Pharmacie - Hôpital Privé du Val d'Aronne, 12 rue des Tanneurs, 58210 Saint-Véran-d'Aronne
Pharmacienne : Dr Hélène Castagnède - tel 03 86 22 17 45
Date : 24/06/2025

Patient : M. DUVERGÉ-LAMOTHE Alain, 67 ans
Prescripteur onco : Dr Pichereau

Rappel clinique (dossier) : carcinome rénal à cellules claires gauche, néphrectomie élargie 2021. Fracture
pathologique du fémur gauche le 17/10/2024 révélant les métastases osseuses -> ostéosynthèse par clou
gamma le 19/10/2024. Actuellement douleur de hanche droite (nouvelle lésion cotyle D) à l'appui et réveils
nocturnes. Karnofsky 70 %. Traitement palliatif par cabozantinib depuis 11/2024.
Geste discuté en RCP : radiofréquence + cimentoplastie du cotyle droit.

Traitements en cours (ordonnance onco 10/06 + ordonnance MT 02/05) :
 1) CABOMETYX 40 mg   1 cp le soir (0-0-1)  -> à suspendre 7 j avant le geste et 2-3 sem après (cicatrisation)
 2) ZOMETA 4 mg IV     toutes les 12 semaines en HDJ, dernière perf 20/05/2025
 3) PREVISCAN 20 mg    3/4 cp le soir selon INR (cible 2-3) - FA
 4) IXPRIM 37,5/325    1-1-1
 5) LEVOTHYROX 75 µg   1 cp à jeun le matin (hypothyroïdie sous cabozantinib)
 6) TRIATEC 5 mg       1-0-0
 7) INEXIUM 20 mg      0-0-1

!! DISCORDANCE : la fiche de liaison infirmière HDJ du 10/06 indique "Anticoagulant : NON", or le Préviscan
figure sur l'ordonnance du médecin traitant du 02/05/2025 (délivré en officine le 28/05).
Discordance à lever avant tout geste (INR à prévoir, relais HBPM éventuel).
Pas d'antiagrégant plaquettaire.

Interactions / points : Ixprim = tramadol + paracétamol, pas de paracétamol supplémentaire (risque surdosage).
Surveillance calcémie et fonction rénale avant chaque Zometa (clairance 62 mL/min le 20/05).

H. Castagnède, pharmacienne
""",
    gold=lambda: gold(
        "zzf04", "M", 67,
        pt=("present", "kidney", "clear_cell_carcinoma", {}),
        bd=("present", ["pathological_fracture"], True),
        pain=("present", ["mechanical", "nocturnal"], None),
        meds=("present", ["L01EX07", "M05BA08", "B01AA12", "N02AX02", "H03AA01", "C09AA05", "A02BC05"]),
        local=("present", ["surgery"]),
        btt=("present", ["M05BA08"]),
        ac=("conflicting", ["B01AA12"]),
        ap=("absent", []),
        prog=("present", ("kps", 70)),
        proj=("present", "palliative")),
    aliases={},
    note="pharmacist pre-procedure note; Préviscan on the GP prescription vs 'Anticoagulant : NON' on the nurse sheet (conflicting); Ixprim is tramadol only per table; radiofrequency/cementoplasty only planned; drug to suspend before the procedure still current",
))

# ---------------------------------------------------------------- zzf05 DOCX
LETTERS.append(dict(
    id="zzf05", fmt="docx", date=dt.date(2025, 6, 24), birth=dt.date(1961, 3, 3),
    blocks=[
        ("h", "Institut de cancérologie des Hauts-de-Garonde – Hôpital de jour"),
        ("p", "Fiche de liaison IDEC → RCP métastases osseuses"),
        ("t", [["Patiente", "Mme LEBORGNE-VIALAR Christiane"],
               ["Date de naissance", "03/03/1961"],
               ["Date de la fiche", "24/06/2025"],
               ["Oncologue", "Dr Fontanieu"],
               ["IDEC", "Véronique Alzira – 05 62 90 41 08"]]),
        ("t", [["Rubrique", "Renseignements"],
               ["Tumeur primitive", "Carcinome lobulaire infiltrant du sein droit (2016), RE 95 %, RP 0 %, HER2 score 0. "
                                    "Rechute osseuse 2024."],
               ["Découverte des lésions osseuses", "TEP-TDM de surveillance du 14/11/2024 : sacrum, ischion G, D11"],
               ["Douleur", "Patiente indolore depuis la radiothérapie, pas d'antalgique"],
               ["Traitements locaux osseux", "RT sacrum 8 Gy en 1 fraction le 28/11/2024"],
               ["État général", "OMS 1"],
               ["Anticoagulant", "Fragmine 5000 UI/j pour TVP surale (12/2024) – ARRÊTÉE le 30/04/2025 après 4 mois"],
               ["Antiagrégant", "Kardégic 75 mg 0-1-0 (AOMI)"],
               ["Traitement osseux", "Prolia pour ostéoporose de 2019 à 2024, relais par Xgeva 120 mg SC toutes les "
                                     "4 semaines depuis le 06/01/2025 (en HDJ)"],
               ["Projet", "Poursuite Faslodex + Ibrance, réévaluation TEP en septembre"]]),
        ("p", "Plan de prise actuel (ordonnance du 02/06/2025) :"),
        ("t", [["Médicament", "Matin", "Midi", "Soir", "Remarque"],
               ["IBRANCE 125 mg (palbociclib)", "1", "", "", "J1 à J21, reprise J29"],
               ["FASLODEX 250 mg (fulvestrant)", "", "", "", "2 inj IM (500 mg) 1 fois/mois en HDJ"],
               ["XGEVA 120 mg (dénosumab)", "", "", "", "1 inj SC /4 sem en HDJ"],
               ["CACIT D3 1000/880", "", "1", "", ""],
               ["UVEDOSE 100 000 UI", "", "", "", "1 ampoule tous les 3 mois"],
               ["KARDEGIC 75 mg", "", "1", "", ""],
               ["IMOVANE 7,5 mg", "", "", "1", "au coucher"]]),
        ("p", "Motif de la demande : avis RCP sur l'intérêt de poursuivre Xgeva à 4 semaines ou espacer à 12 semaines "
              "(ancienneté du traitement anti-résorptif, ostéoporose), bilan dentaire fait en 05/2025 sans anomalie."),
        ("p", "V. Alzira, IDE coordinatrice"),
    ],
    gold=lambda: gold(
        "zzf05", "F", 64,
        pt=("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
        bd=("present", ["staging_imaging"], True),
        pain=("absent", [], None),
        meds=("present", ["L01EF01", "L02BA03", "M05BX04", "A12AX", "A11CC05", "B01AC06", "N05CF01"]),
        local=("present", ["radiotherapy"]),
        btt=("present", ["M05BX04"]),
        ac=("absent", []),
        ap=("present", ["B01AC06"]),
        prog=("present", ("ecog", 1)),
        proj=("present", None)),
    aliases={},
    note="IDEC form in DOCX tables + morning/noon/evening plan table; Fragmine stopped (absent); 'indolore' (pain absent); Prolia then Xgeva (both denosumab)",
))

# ---------------------------------------------------------------- zzf06 PDF
LETTERS.append(dict(
    id="zzf06", fmt="pdf", date=dt.date(2025, 6, 26), birth=None,
    lines="""Groupe Hospitalier Mont-Auréal - Pôle de cancérologie
Coordination des parcours - IDE : Kevin Tardiveau - 02 41 77 30 52

DEMANDE D'INSCRIPTION RCP "OS" - 26/06/2025

Nom : M. CHAPUISAT Jean-Loup        Age : 69 ans
Demandeur : Dr Rabaste, pneumo

Histoire en bref :
Carcinome épidermoïde bronchique LIG, PD-L1 5 %, diagnostiqué 12/2024. Carboplatine-paclitaxel-
pembrolizumab x4 puis maintenance pembrolizumab (Keytruda 200 mg IV toutes les 3 semaines), C8 faite
le 16/06.
Lésions osseuses découvertes sur une hypercalcémie à 3,1 mmol/L (confusion) le 10/05/2025 aux urgences ->
scanner : lyse costale G et os iliaque D. Hydratation + Zometa 4 mg 1 fois aux urgences le 12/05.
Pas de traitement anti-résorptif au long cours à ce jour.
Douleurs costales gauches, EVA 7/10, à prédominance nocturne (se réveille 2 à 3 fois par nuit).
PS 1.

Traitements (ordo du 16/06) :
Keytruda 200 mg /3 sem (HDJ)
Skenan LP 30 mg 1-0-1
Actiskenan 10 mg : 1 gél. si douleur, jusqu'à 6/j
Doliprane 1 g 1-1-1
Solupred 20 mg le matin (pneumopathie immuno, décroissance en cours)
Anticoagulant : à vérifier auprès du médecin traitant (Xarelto ? signalé par l'épouse, ne figure pas sur
nos ordonnances)

Question : RT antalgique costale ? Mise en route d'un anti-résorptif (Xgeva vs Zometa) ?

K. Tardiveau, IDE coordination
""",
    gold=lambda: gold(
        "zzf06", "M", 69,
        pt=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
        bd=("present", ["hypercalcemia"], True),
        pain=("present", ["nocturnal"], 7),
        meds=("present", ["L01FF02", "N02AA01", "N02BE01", "H02AB06"]),
        local=("unknown", []),
        btt=("absent", []),
        ac=("uncertain", ["B01AF01"]),
        ap=("unknown", []),
        prog=("present", ("ecog", 1)),
        proj=("present", None)),
    aliases={},
    note="short nurse registration form; chemo stopped, pembrolizumab maintenance current; single Zometa for hypercalcaemia + 'pas de traitement anti-résorptif au long cours' (absent); 'Xarelto ?' uncertain with code, not in current drugs",
))

# ---------------------------------------------------------------- zzf07 TXT
LETTERS.append(dict(
    id="zzf07", fmt="txt", date=dt.date(2025, 7, 3), birth=dt.date(1948, 11, 22),
    body="""Clinique du Parc Saint-Lunaire - Oncologie ambulatoire
Copie d'ordonnance + mot de l'infirmière d'HDJ pour la RCP métastases osseuses

Le 03/07/2025
Mr GRANDCLÉMENT Maurice, né le 22/11/1948
Dr Lhermitte-Ozanne, oncologue

Docteur,
Ci-joint la copie de l'ordonnance en cours de M. Grandclément, suivi en HDJ pour un adénocarcinome de prostate
métastatique résistant à la castration. Il présente depuis environ 18 mois des douleurs lombaires irradiant
dans la jambe gauche (radiculalgie L5, sensation de brûlure) qui ont fait découvrir les métastases
vertébrales. Cimentoplastie L4 en septembre 2024 avec bon effet sur la composante rachidienne mais la
radiculalgie persiste, EN 5/10 ce jour.
PSA 12 ng/mL le 24/06 (en remontée, 6,4 en avril).
Traitement à visée palliative.

XGEVA 120 mg SC /4 sem : SUSPENDU depuis le 15/04/2025 (suspicion d'ostéonécrose de la mâchoire, avis
stomato en attente). Le calcium a été arrêté en même temps.
Plavix arrêté en 2023 (remplacé par l'Eliquis).

ORDONNANCE (renouvelée le 24/06/2025)
- DECAPEPTYL LP 22,5 mg : 1 inj IM tous les 6 mois (prochaine 10/2025)
- ZYTIGA 500 mg : 2 cp le matin à jeun
- CORTANCYL 5 mg : 1-0-1
- ELIQUIS 2,5 mg : 1-0-1
- CODOLIPRANE 500/30 : 2 cp 3x/j
- NEURONTIN 300 mg : 1-1-1
- TAHOR 20 mg : 0-0-1

Merci de nous dire si une radiothérapie ou un autre geste est envisageable pour la radiculalgie.
Bien cordialement,
Pour le Dr Lhermitte-Ozanne, Annick Roudil, IDE HDJ
""",
    gold=lambda: gold(
        "zzf07", "M", 76,
        pt=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        bd=("present", ["pain"], True),
        pain=("present", ["neuropathic"], 5),
        meds=("present", ["L02AE04", "L02BX03", "H02AB07", "B01AF02", "N02AJ06", "N03AX12", "C10AA05"]),
        local=("present", ["cementoplasty"]),
        btt=("absent", []),
        ac=("present", ["B01AF02"]),
        ap=("absent", []),
        prog=("unknown", (None, None)),
        proj=("present", "palliative")),
    aliases={},
    note="prescription copy with nurse's cover; birth date only (age 76); Xgeva suspended (absent) and Plavix stopped (absent); Codoliprane is N02AJ06 only; no performance status at all",
))

# ---------------------------------------------------------------- zzf08 DOCX
LETTERS.append(dict(
    id="zzf08", fmt="docx", date=dt.date(2025, 7, 1), birth=None,
    blocks=[
        ("h", "CH de Brévannes-les-Étangs – Pharmacie clinique / Unité de reconstitution des cytotoxiques"),
        ("p", "Bilan de médication en vue de la RCP métastases osseuses du 10/07/2025"),
        ("p", "Le 01/07/2025 – Pharmacien : Dr Youssef Benharrat (poste 5612) – Interne : Léa Marsollier"),
        ("t", [["Patiente", "Mme OZANAM Gilberte, 72 ans"],
               ["Oncologue", "Dr Vasseur-Kheloufi (digestif)"],
               ["Diagnostic", "Adénocarcinome du côlon sigmoïde, KRAS muté (G12D), BRAF non muté, MSS. Colectomie 2023."],
               ["Os", "Lésion lytique de l'aile iliaque gauche vue par hasard sur un scanner fait aux urgences pour "
                      "colique néphrétique le 18/03/2025, biopsie : métastase de l'ADK colique."],
               ["Douleur", "Pas de douleur osseuse, pas d'antalgique au long cours."],
               ["Etat général", "OMS 0"]]),
        ("p", "Plan de prise actuel (vérifié avec la patiente et sa fille) :"),
        ("t", [["Spécialité", "DCI", "Matin", "Midi", "Soir", "Coucher", "Commentaire"],
               ["Xeloda 500 mg", "capécitabine", "3", "", "3", "", "J1–J14 tous les 21 j (cycle 4 débuté le 23/06)"],
               ["Innohep 14 000 UI", "tinzaparine", "", "", "1 inj", "", "TVP fémorale droite 02/2025, durée prévue 6 mois"],
               ["Stagid 700 mg", "metformine", "1", "1", "1", "", ""],
               ["Triatec 2,5 mg", "ramipril", "1", "", "", "", ""],
               ["Mopral 20 mg", "oméprazole", "1", "", "", "", ""],
               ["Xanax 0,25 mg", "alprazolam", "", "", "", "1", "si anxiété"],
               ["Lopéramide 2 mg", "lopéramide", "", "", "", "", "si diarrhée (max 8/j)"]]),
        ("p", "Aspirine Protect 100 mg arrêtée à l'introduction de l'Innohep (02/2025), sur avis du cardiologue."),
        ("p", "Remarques : pas d'interaction majeure capécitabine / tinzaparine ; surveillance plaquettes. "
              "Clairance de la créatinine 58 mL/min (CKD-EPI), à prendre en compte si bisphosphonate IV."),
        ("p", "Question de l'oncologue : quelle prise en charge pour cette lésion iliaque unique asymptomatique "
              "(RT stéréotaxique ? anti-résorptif ?), la chimiothérapie par capécitabine étant poursuivie."),
    ],
    gold=lambda: gold(
        "zzf08", "F", 72,
        pt=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
        bd=("present", ["incidental_imaging"], True),
        pain=("absent", [], None),
        meds=("present", ["L01BC06", "B01AB10", "A10BA02", "C09AA05", "A02BC01", "N05BA12"]),
        local=("unknown", []),
        btt=("unknown", []),
        ac=("present", ["B01AB10"]),
        ap=("absent", []),
        prog=("present", ("ecog", 0)),
        proj=("present", None)),
    aliases={},
    note="pharmacist medication review with matin/midi/soir/coucher table; incidental finding on a CT for renal colic; Innohep current, Aspirine Protect stopped; loperamide outside the table; nothing on bone therapy or local treatment",
))

# ---------------------------------------------------------------- zzf09 PDF
LETTERS.append(dict(
    id="zzf09", fmt="pdf", date=dt.date(2025, 6, 30), birth=None,
    lines="""CHU de Sainte-Eulalie-du-Causse - Hôpital de jour de médecine nucléaire et d'oncologie
Transmission infirmière - dossier pour la RCP métastases osseuses
Rédigé le 30/06/2025 par Audrey Pellissard, IDE coordinatrice (04 67 88 19 63)

Patiente : Mme ROUSSEL-DANJOU Françoise, 61 ans
Oncologue référent : Pr Esquirol

ANTECEDENTS ONCOLOGIQUES
- Carcinome vésiculaire de la thyroïde, thyroïdectomie totale 2019, irathérapie (iode 131) x2.
- Fracture pathologique de l'humérus droit le 07/01/2025 (chute de sa hauteur) révélant une métastase
  humérale -> enclouage centromédullaire le 09/01/2025, puis radiothérapie externe de l'humérus
  30 Gy en 10 fractions (mars 2025).
- Autres localisations : D9, 2 côtes. Réfractaire à l'iode -> lenvatinib depuis 02/2025.

CE JOUR
Douleur résiduelle de l'épaule droite à la mobilisation, EN 3/10. Bon état général, PS 1.
Espérance de vie estimée par l'oncologue supérieure à un an.
Ni anticoagulant ni antiagrégant plaquettaire.

TRAITEMENT EN COURS
- LENVIMA 10 mg + 4 mg (lenvatinib 14 mg/j, dose réduite) : le matin
- LEVOTHYROX 150 µg : 1 cp le matin à jeun (freinage TSH)
- Dénosumab 120 mg (WYOST, biosimilaire) : 1 inj SC toutes les 4 semaines en HDJ
  1re injection faite le 10/06/2025, prochaine le 08/07/2025
- OROCAL VITAMINE D3 500 mg/400 UI : 1-0-1
- Amlodipine 5 mg : 1-0-0 (HTA sous lenvatinib)
- Doliprane 1 g : si douleur, max 3/j

Demande du Pr Esquirol : avis sur la lésion de D9 (asymptomatique, mur postérieur respecté) -
surveillance ou RT stéréotaxique ? Poursuite du lenvatinib.

A. Pellissard
""",
    gold=lambda: gold(
        "zzf09", "F", 61,
        pt=("present", "thyroid", "other", {}),
        bd=("present", ["pathological_fracture"], True),
        pain=("present", ["mechanical"], 3),
        meds=("present", ["L01EX08", "H03AA01", "M05BX04", "A12AX", "N02BE01"]),
        local=("present", ["surgery", "radiotherapy"]),
        btt=("present", ["M05BX04"]),
        ac=("absent", []),
        ap=("absent", []),
        prog=("present", ("ecog", 1)),
        proj=("present", None)),
    aliases={"A12AX": ["Orocal vitamine D3"]},
    note="nurse transmission; follicular thyroid carcinoma (histology other); denosumab biosimilar Wyost started as a 4-weekly regimen (present after a first injection); nailing + RT; radioiodine is not local bone treatment; amlodipine outside the table",
))

# ---------------------------------------------------------------- zzf10 TXT
LETTERS.append(dict(
    id="zzf10", fmt="txt", date=dt.date(2025, 7, 2), birth=None,
    body="""De : IDE HDJ Onco - Hopital Lucien-Ferrandière (Vieux-Brissac)
A : secrétariat RCP métastases osseuses
Date : 02/07/2025
Objet : RCP os - Mme PERRAUDIN Sylvie

Bonjour,
Pouvez-vous inscrire Mme Perraudin Sylvie, 47 ans, à la RCP os de la semaine prochaine svp (demande du
Dr Ghiringhelli).

Carcinome urothélial de vessie métastatique (ganglions + os), diag 04/2025. Lésions osseuses (D12, L1,
sacrum) vues sur le TEP-scanner du bilan initial le 28/04/2025.
Traitement : enfortumab védotin (Padcev) + pembrolizumab (Keytruda) depuis le 02/06/2025, C2 faite le 23/06.
Dorsalgies à recrudescence nocturne, EN 6, se réveille vers 3 h du matin. Pas d'irradiation ni de chirurgie
osseuse jusqu'ici.

Au domicile : Efferalgan 1g 1-1-1, Topalgic 50 mg si besoin (prend 2-3/j), Kardégic 75 mg 1/j (stent
coronaire 2022), crème Dexeryl.
Pas de traitement anticoagulant.

Le Dr Ghiringhelli voudrait l'avis des radiothérapeutes pour D12-L1.

Merci !
Cécile, IDE HDJ onco (poste 3318)
""",
    gold=lambda: gold(
        "zzf10", "F", 47,
        pt=("present", "bladder", "other", {}),
        bd=("present", ["staging_imaging"], True),
        pain=("present", ["nocturnal"], 6),
        meds=("present", ["L01FF02", "N02BE01", "N02AX02", "B01AC06"]),
        local=("absent", []),
        btt=("unknown", []),
        ac=("absent", []),
        ap=("present", ["B01AC06"]),
        prog=("unknown", (None, None)),
        proj=("present", None)),
    aliases={},
    note="e-mail-style nurse request; urothelial bladder carcinoma (histology other); enfortumab vedotin outside the table; Kardégic present with explicit 'pas de traitement anticoagulant'; nothing on bone therapy or performance status",
))

# ---------------------------------------------------------------- zzf11 DOCX
LETTERS.append(dict(
    id="zzf11", fmt="docx", date=dt.date(2025, 7, 1), birth=dt.date(1957, 6, 30),
    blocks=[
        ("h", "Hôpital Nord-Cévennes – Service de pneumologie – HDJ oncologie thoracique"),
        ("p", "Plan de prise pharmaceutique et note IDE pour la RCP métastases osseuses"),
        ("t", [["Patient", "M. ABADIE-CORNU Bernard"],
               ["Date de naissance", "30/06/1957"],
               ["Date", "01/07/2025"],
               ["Médecin", "Dr Sorbier-Kaas"],
               ["Pharmacienne", "Dr Inès Valdeyron – 04 66 52 80 14"]]),
        ("p", "Note IDE (Fabienne Couderc) : cancer bronchique à petites cellules stade étendu diagnostiqué en "
              "mai 2025 à l'occasion d'une compression médullaire D10 (paraparésie, troubles sphinctériens) le "
              "12/05/2025. Laminectomie décompressive D10 en urgence le 13/05 puis radiothérapie D9-D11 20 Gy en "
              "5 fractions. Récupération partielle, marche avec déambulateur, OMS 3. Douleur dorsale EN 2/10, "
              "pas de douleur neuropathique. Chimio-immunothérapie à visée palliative (carboplatine-étoposide-"
              "atézolizumab), C3 le 23/06/2025."),
        ("t", [["Médicament", "Posologie", "Matin", "Midi", "Soir", "Statut / commentaire"],
               ["Carboplatine AUC 5 + étoposide 100 mg/m² J1-J3", "cure toutes les 3 semaines (HDJ)", "", "", "", "C3 J1 le 23/06"],
               ["Tecentriq 1200 mg (atézolizumab)", "IV J1 toutes les 3 semaines", "", "", "", "en cours"],
               ["Dectancyl 0,5 mg (dexaméthasone)", "8 cp = 4 mg/j, décroissance", "8", "", "", "en cours"],
               ["Lovenox 4000 UI (énoxaparine)", "1 inj SC/j", "", "", "1", "prophylaxie (mobilité réduite)"],
               ["Inexium 40 mg (ésoméprazole)", "1/j", "1", "", "", "sous corticoïdes"],
               ["Skenan LP 10 mg", "1-0-1", "1", "", "1", ""],
               ["Forlax 10 g", "1 sachet/j", "1", "", "", ""],
               ["Bactrim forte", "1 cp lundi-mercredi-vendredi", "1", "", "", "prophylaxie pneumocystose"],
               ["Xgeva", "—", "", "", "", "NON : pas débuté, bilan dentaire à faire"]]),
        ("p", "Question du Dr Sorbier-Kaas : indication d'une stabilisation chirurgicale complémentaire (D10) ? "
              "Conduite à tenir pour le traitement anti-résorptif."),
    ],
    gold=lambda: gold(
        "zzf11", "M", 68,
        pt=("present", "lung", "small_cell_carcinoma", {}),
        bd=("present", ["neurological_deficit"], True),
        pain=("present", [], 2),
        meds=("present", ["L01XA02", "L01CB01", "L01FF05", "H02AB02", "B01AB05", "A02BC05", "N02AA01", "A06AD15"]),
        local=("present", ["surgery", "radiotherapy"]),
        btt=("absent", []),
        ac=("present", ["B01AB05"]),
        ap=("unknown", []),
        prog=("present", ("ecog", 3)),
        proj=("present", "palliative")),
    aliases={},
    note="pharmacist plan de prise table + nurse note; cord compression; birth date the day before the letter's date (68); pain without type and 'pas de douleur neuropathique'; 'Xgeva NON' in the table (absent); chemo cycles as current drugs; Bactrim outside the table",
))

# ---------------------------------------------------------------- zzf12 PDF
LETTERS.append(dict(
    id="zzf12", fmt="pdf", date=dt.date(2025, 7, 9), birth=dt.date(1955, 8, 17),
    lines="""Centre Hospitalier de Port-Aventin - Pharmacie / Radiologie interventionnelle
FICHE DE CONCILIATION PRE-GESTE ET DEMANDE D'AVIS RCP METASTASES OSSEUSES

Date : 09/07/2025
Patiente : Mme KERVOAS Danielle, née le 17/08/1955
Pharmacien : Dr Paul-Antoine Mirabel - 02 98 44 71 30
Oncologue : Dr Le Gall-Hernot

Résumé clinique (dossier oncologie) :
Carcinome canalaire infiltrant du sein gauche (2020), RE 80 %, RP 10 %, HER2 3+. Rechute osseuse isolée
de l'aile iliaque gauche : douleurs de la fesse gauche depuis 3 mois, horaire inflammatoire avec
dérouillage matinal d'une demi-heure, EN 5/10. IRM + biopsie : métastase du carcinome mammaire.
Jamais traitée localement sur l'os (la RT de 2020 concernait le sein).
Karnofsky 80 %.
Traitement actuel : trastuzumab SC (Herceptin 600 mg) toutes les 3 semaines + exémestane (Aromasine).
Geste envisagé : radiofréquence + cimentoplastie de l'aile iliaque (à valider en RCP).

Traitement personnel concilié :
  AROMASINE 25 mg ............ 1-0-0
  HERCEPTIN SC 600 mg ........ 1 inj /3 sem (HDJ)
  KARDEGIC 75 mg ............. 0-1-0  -> A ARRETER 5 JOURS AVANT LE GESTE (accord cardiologue)
  ACLASTA 5 mg IV ............ 1 perfusion par an depuis 2021 (ostéoporose), prochaine prévue 09/2025
  DOLIPRANE 1 g .............. 1-1-1
  ACUPAN 20 mg ............... 1 cp si douleur, max 4/j
  CARDENSIEL 2,5 mg .......... 1-0-0
Advil 400 mg : arrêté le 01/07/2025 par l'oncologue (association avec Kardégic, fonction rénale).
Préviscan : arrêté en 2022 (ancienne phlébite), plus d'anticoagulant depuis.

Question à la RCP : validation de la radiofréquence + cimentoplastie ; place d'une RT stéréotaxique ;
adaptation du traitement anti-résorptif (Aclasta annuel vs Xgeva).

Dr P.-A. Mirabel
""",
    gold=lambda: gold(
        "zzf12", "F", 69,
        pt=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "positive"}),
        bd=("present", ["pain"], True),
        pain=("present", ["inflammatory"], 5),
        meds=("present", ["L02BG06", "L01FD01", "B01AC06", "M05BA08", "N02BE01", "N02BG06", "C07AB07"]),
        local=("absent", []),
        btt=("present", ["M05BA08"]),
        ac=("absent", []),
        ap=("present", ["B01AC06"]),
        prog=("present", ("kps", 80)),
        proj=("present", None)),
    aliases={},
    note="pharmacist pre-procedure reconciliation; Kardégic to stop 5 days before (still current); yearly Aclasta for osteoporosis (present); Advil and Préviscan stopped; breast RT is not bone treatment; Karnofsky only; inflammatory pain",
))


# ================================================================ CHECKS
def letter_text(L: dict) -> str:
    if L["fmt"] == "txt":
        return L["body"]
    if L["fmt"] == "pdf":
        return L["lines"]
    parts = []
    for kind, val in L["blocks"]:
        if kind == "t":
            parts.extend(" | ".join(r) for r in val)
        else:
            parts.append(val)
    return "\n".join(parts)


def check(L: dict, g: dict, atc: dict) -> None:
    i = L["id"]
    text = fold(letter_text(L))
    if g["id"] != i:
        fail(f"{i}: gold id {g['id']}")
    keys = {"id", "patient", "gaps", *ALLOWED}
    if set(g) != keys:
        fail(f"{i}: keys {sorted(set(g) ^ keys)}")
    if g["patient"]["sex"] not in ("F", "M"):
        fail(f"{i}: sex")
    age = g["patient"]["age"]
    if not isinstance(age, int) or not 18 <= age <= 110:
        fail(f"{i}: age {age}")
    if L.get("birth"):
        exp = age_at(L["birth"], L["date"])
        if exp != age:
            fail(f"{i}: age {age} but birth date gives {exp}")
        if L["birth"].strftime("%d/%m/%Y") not in letter_text(L):
            fail(f"{i}: birth date not written in the letter")
    elif f"{age} ans" not in letter_text(L):
        fail(f"{i}: age '{age} ans' not written in the letter and no birth date")
    for item, allowed in ALLOWED.items():
        if g[item]["status"] not in allowed:
            fail(f"{i}: {item} status {g[item]['status']} not allowed")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail(f"{i}: primaryTumor unknown with values")
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(f"{i}: site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(f"{i}: histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIORESULTS:
            fail(f"{i}: biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCUMSTANCES:
        fail(f"{i}: circumstances {bd['circumstances']}")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(f"{i}: boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(f"{i}: boneDiagnosis unknown with values")
    if not isinstance(bd["dated"], bool):
        fail(f"{i}: dated not bool")
    p = g["pain"]
    if not set(p["types"]) <= PAIN_TYPES:
        fail(f"{i}: pain types {p['types']}")
    if p["intensity"] is not None and not (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10):
        fail(f"{i}: pain intensity {p['intensity']}")
    if p["status"] in ("absent", "unknown") and (p["types"] or p["intensity"]):
        fail(f"{i}: pain {p['status']} with types/intensity")
    if p["intensity"] is not None and f"{p['intensity']}" not in letter_text(L):
        fail(f"{i}: pain intensity not in text")
    lt = g["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCAL_TYPES:
        fail(f"{i}: local types {lt['types']}")
    if lt["status"] == "present" and not lt["types"]:
        fail(f"{i}: local present without type")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        fail(f"{i}: local {lt['status']} with types")
    meds = g["currentMedications"]
    if meds["status"] != "present" and meds["atc"]:
        fail(f"{i}: currentMedications {meds['status']} with codes")
    for sec in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        codes = g[sec]["atc"]
        if len(codes) != len(set(codes)):
            fail(f"{i}: duplicate code in {sec}")
        for c in codes:
            if c not in atc:
                fail(f"{i}: {sec} code {c} not in atc-reference.tsv")
            names = atc[c] + L.get("aliases", {}).get(c, [])
            if not any(fold(n) in text for n in names):
                fail(f"{i}: {sec} code {c} but none of {names} in the letter")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        for c in s["atc"]:
            if not c.startswith(prefixes):
                fail(f"{i}: {sec} holds {c}, outside {prefixes}")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            fail(f"{i}: {sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(meds["atc"])
            if missing:
                fail(f"{i}: {sec} agents {missing} not in currentMedications")
        if s["status"] == "uncertain":
            doubtful = set(s["atc"]) & set(meds["atc"])
            if doubtful:
                fail(f"{i}: {sec} uncertain agents {doubtful} listed as current drugs")
        # every current drug of the section's classes must be reflected in the section
        for c in meds["atc"]:
            if c.startswith(prefixes) and c not in s["atc"]:
                fail(f"{i}: current drug {c} missing from {sec}")
        if s["status"] == "present" and sec == "antiplatelets" and not s["atc"]:
            pass
    for c in meds["atc"]:
        if c.startswith(("B01AC",)) and g["antiplatelets"]["status"] not in ("present", "conflicting"):
            fail(f"{i}: antiplatelet {c} current but section {g['antiplatelets']['status']}")
        if c.startswith(AGENT_PREFIXES["anticoagulation"]) and g["anticoagulation"]["status"] not in ("present", "conflicting"):
            fail(f"{i}: anticoagulant {c} current but section {g['anticoagulation']['status']}")
        if c.startswith(AGENT_PREFIXES["boneTargetedTherapy"]) and g["boneTargetedTherapy"]["status"] not in ("present", "conflicting"):
            fail(f"{i}: bone agent {c} current but section {g['boneTargetedTherapy']['status']}")
    pr = g["prognosis"]
    ecog, kps = pr.get("ecog"), pr.get("kps")
    if "ecog" in pr and "kps" in pr:
        fail(f"{i}: both ecog and kps keys")
    if ecog is not None and ecog not in range(0, 5):
        fail(f"{i}: ecog {ecog}")
    if kps is not None and (kps not in range(0, 101) or kps % 10):
        fail(f"{i}: kps {kps}")
    if pr["status"] == "unknown" and (ecog is not None or kps is not None):
        fail(f"{i}: prognosis unknown with a score")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(f"{i}: intent {tp['intent']}")
    if tp["status"] == "unknown" and tp["intent"]:
        fail(f"{i}: intent without project")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "support"}
    if tp["intent"] and intent_words[tp["intent"]] not in text:
        fail(f"{i}: intent {tp['intent']} not worded in the letter")
    if tp["intent"] is None and not L.get("intent_words_not_intent") and any(
            w in text for w in ("palliati", "curati", "soins de support exclusifs")):
        fail(f"{i}: intent worded in the letter but null in gold")
    if g["gaps"] != derive_gaps(g):
        fail(f"{i}: gaps differ from the gap rule")
    for item, kind in g["gaps"]:
        if item == "antiplatelets" or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            fail(f"{i}: bad gap {item}/{kind}")
    # encoding: text formats must be encodable as written
    if L["fmt"] == "pdf":
        try:
            L["lines"].encode("cp1252")
        except UnicodeEncodeError as e:
            fail(f"{i}: PDF text not WinAnsi-encodable: {e}")


# ================================================================ WRITERS
def pdf_escape(s: str) -> bytes:
    out = bytearray()
    for b in s.encode("cp1252"):
        if b in b"()\\":
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return bytes(out)


def text_width(s: str, size: float) -> float:
    ws = font_widths()
    return sum(ws[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000


def wrap(line: str, width_pt: float, size: float) -> list[str]:
    if text_width(line, size) <= width_pt:
        return [line]
    indent = len(line) - len(line.lstrip(" "))
    out, cur = [], ""
    for word in line.split(" "):
        if cur and text_width(f"{cur} {word}", size) > width_pt:
            out.append(cur)
            cur = " " * (indent + 2 if indent else 0) + word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        out.append(cur)
    return out


_WIDTHS = None


def font_widths() -> list[int]:
    global _WIDTHS
    if _WIDTHS is None:
        from PIL import ImageFont
        f = ImageFont.truetype(str(FONT), 1000)
        ws = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                ws.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                ws.append(0)
        _WIDTHS = ws
    return _WIDTHS


def make_pdf(text: str, date: dt.date, title: str) -> bytes:
    lines = []
    for raw in text.rstrip("\n").split("\n"):
        lines.extend(wrap(raw, 510, 9.5))
    per_page = 62
    pages = [lines[k:k + per_page] for k in range(0, len(lines), per_page)] or [[]]
    font_data = FONT.read_bytes()
    font_comp = zlib.compress(font_data, 9)
    objs: list[bytes] = []  # index n-1 is object n

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    catalog = add(b"")
    pages_obj = add(b"")
    ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(font_comp), len(font_data))
             + font_comp + b"\nendstream")
    desc = add(b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff)
    widths = " ".join(str(w) for w in font_widths()).encode()
    font = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + widths + b"] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % desc)
    kids = []
    for pl in pages:
        body = bytearray(b"BT\n/F1 9.5 Tf\n12.5 TL\n42 800 Td\n")
        for ln in pl:
            body += b"(" + pdf_escape(ln) + b") Tj\nT*\n"
        body += b"ET\n"
        comp = zlib.compress(bytes(body), 9)
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
        page = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                   b"/Contents %d 0 R >>" % (pages_obj, font, content))
        kids.append(page)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objs[pages_obj - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                           + b"] /Count %d >>" % len(kids))
    stamp = date.strftime("D:%Y%m%d090000+02'00'").encode()
    info = add(b"<< /Producer (corpus58 make_letters.py) /Creator (corpus58) /Title (" + pdf_escape(title)
               + b") /CreationDate (" + stamp + b") /ModDate (" + stamp + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, catalog, info, xref))
    return bytes(out)


def make_docx(blocks, date: dt.date, author: str) -> bytes:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    for kind, val in blocks:
        if kind == "h":
            para = d.add_paragraph()
            run = para.add_run(val)
            run.bold = True
            run.font.size = Pt(12)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for r in val:
                cells = t.add_row().cells
                for k, v in enumerate(r):
                    cells[k].text = v
            d.add_paragraph("")
    cp = d.core_properties
    stamp = dt.datetime(date.year, date.month, date.day, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    cp.revision = 1
    cp.title = "Demande RCP métastases osseuses"
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps and order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


DOCX_AUTHORS = {"zzf02": "T. Orsenne", "zzf05": "V. Alzira", "zzf08": "Y. Benharrat", "zzf11": "I. Valdeyron"}


def main() -> int:
    atc = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(ids) != len(set(ids)) or ids != [f"zzf{k:02d}" for k in range(1, len(ids) + 1)]:
        fail(f"letter ids {ids}")
    golds = {}
    for L in LETTERS:
        g = L["gold"]()
        check(L, g, atc)
        golds[L["id"]] = g
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for L in LETTERS:
        i = L["id"]
        for old in ldir.glob(f"{i}.*"):
            old.unlink()
        if L["fmt"] == "txt":
            (ldir / f"{i}.txt").write_bytes(L["body"].encode("utf-8"))
        elif L["fmt"] == "pdf":
            (ldir / f"{i}.pdf").write_bytes(make_pdf(L["lines"], L["date"], f"RCP os {i}"))
        else:
            (ldir / f"{i}.docx").write_bytes(make_docx(L["blocks"], L["date"], DOCX_AUTHORS[i]))
        (gdir / f"{i}.json").write_text(json.dumps(golds[i], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"corpus58: {len(LETTERS)} letters and golds written, contract checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
