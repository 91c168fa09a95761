#!/usr/bin/env python3
"""Build corpus75: 12 blind referral letters (Brittany / Loire) and their gold records.

Run from /work/main:  .venv/bin/python tests/corpus75/make_letters.py
Checks every gold against the contract (shared/spec/rcp-request.md) and exits with
"CONTRACT VIOLATION: ..." on any failure; output is byte-identical on every run.
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
SPEC = Path("/work/shared/spec")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

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
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
         "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
         "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
              "PD-L1", "ER", "PR", "PSA"}
BIORESULTS = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
        "staging_imaging", "incidental_imaging", "other"}
PAINTYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCALTYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def load_atc():
    rows = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        code = parts[0].strip()
        names = [parts[1], parts[2]] + [b for b in (parts[4] if len(parts) > 4 else "").split(",") if b]
        rows[code] = [n.strip() for n in names if n.strip()]
    return rows


ATC = load_atc()


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------- gap rule
def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to gold values (nine items, not antiplatelets)."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    out = []
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in kinds:
            out.append([item, kinds[st]])
            continue
        if st != "present":
            continue
        incomplete = False
        if item == "pain" and not sec["types"]:
            incomplete = True
        if item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"]:
            incomplete = True
        if item == "boneDiagnosis" and not sec["dated"]:
            incomplete = True
        if item == "primaryTumor" and not sec["histology"]:
            incomplete = True
        if item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None:
            incomplete = True
        if incomplete:
            out.append([item, "incomplete"])
    return out


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# ---------------------------------------------------------------- gold helpers
def G(id_, sex, age, tumor, bone, pain, meds, local, btt, ac, ap, prog, proj):
    g = {"id": id_, "patient": {"sex": sex, "age": age}}
    st, site, hist, bio = tumor
    g["primaryTumor"] = {"status": st, "site": site, "histology": hist, "biomarkers": bio}
    st, circ, dated = bone
    g["boneDiagnosis"] = {"status": st, "circumstances": circ, "dated": dated}
    st, types, inten = pain
    g["pain"] = {"status": st, "types": types, "intensity": inten}
    g["currentMedications"] = {"status": meds[0], "atc": sorted(meds[1])}
    g["priorLocalTreatments"] = {"status": local[0], "types": local[1]}
    g["boneTargetedTherapy"] = {"status": btt[0], "atc": sorted(btt[1])}
    g["anticoagulation"] = {"status": ac[0], "atc": sorted(ac[1])}
    g["antiplatelets"] = {"status": ap[0], "atc": sorted(ap[1])}
    st, scale, val = prog
    g["prognosis"] = {"status": st}
    if scale == "kps":
        g["prognosis"]["kps"] = val
    else:
        g["prognosis"]["ecog"] = val
    g["therapeuticProject"] = {"status": proj[0], "intent": proj[1]}
    g["gaps"] = derive_gaps(g)
    return g


LETTERS = []  # dicts: id, fmt, date, birth (or None), meta..., gold, content


# =========================================================================
# zzw01 — PDF, pneumology, Brest, left sidebar with the department's doctors
# =========================================================================
LETTERS.append(dict(
    id="zzw01", fmt="pdf", layout="sidebar", date=dt.date(2026, 11, 12), birth=dt.date(1956, 3, 14),
    header=["CENTRE HOSPITALIER DE LA RADE — BREST", "Service de Pneumologie et Oncologie thoracique",
            "Pavillon Kerhallet — 3 rue du Vieux-Port, 29200 Brest", "Secrétariat : 02 98 41 27 63"],
    sidebar=["Chef de service", "Dr Anne LE GALL", "Pneumologie", "",
             "Praticiens hospitaliers", "Dr Yann KERVELLA", "Oncologie thoracique",
             "Dr Soazig PRIGENT", "Endoscopie bronchique", "Dr Hugo MADEC", "Pneumologie", "",
             "Praticiens associés", "Dr Claire QUÉMÉNEUR", "Radiothérapie", "Dr Loïc TANGUY",
             "Chirurgie thoracique", "Dr Marion LE BIHAN", "Douleur et soins palliatifs", "",
             "Cadre de santé", "Mme Gaëlle ROPARS", "", "Hôpital de jour", "02 98 41 27 70"],
    body=[
        ("right", "Brest, le 12 novembre 2026"),
        ("p", "Dr Anne LE GALL\nà\nRCP Métastases osseuses\nInstitut de cancérologie de l'Iroise"),
        ("b", "Objet : M. CORRE Jean-Yves, né le 14/03/1956"),
        ("p", "Chère Consœur, cher Confrère,"),
        ("p", "Je vous adresse M. Corre, retraité de l'arsenal, ancien fumeur (40 PA, sevré en 2015), "
              "que je suis pour un adénocarcinome pulmonaire du lobe inférieur droit de stade IV "
              "diagnostiqué en septembre 2026 (biopsie bronchique du 11/09/2026, TTF1+)."),
        ("p", "Biologie moléculaire : pas de mutation EGFR, pas de réarrangement ALK ni ROS1. "
              "PD-L1 exprimé à 45 % des cellules tumorales."),
        ("p", "Le TEP-scanner de bilan initial du 18/09/2026 a mis en évidence, outre la lésion "
              "primitive et des adénopathies médiastinales, une lésion lytique de l'aile iliaque gauche "
              "de 4 cm, sans autre localisation osseuse. Le patient signale depuis octobre des douleurs "
              "de la fesse gauche à l'appui et à la marche, cotées EVA 5/10, sans réveil nocturne, "
              "sans irradiation dans le membre inférieur."),
        ("p", "Sur le plan thérapeutique, il reçoit en situation palliative une chimio-immunothérapie "
              "de première ligne carboplatine - pémétrexed (Alimta) - pembrolizumab (Keytruda), "
              "C3 administrée le 28/10/2026, bien tolérée."),
        ("b", "Traitement habituel :"),
        ("p", "- Doliprane 1 g x 3/j\n- Topalgic LP 100 mg matin et soir\n- Inexium 20 mg le soir\n"
              "- Kardégic 75 mg (AOMI stentée en 2021)\n- Spéciafoldine 0,4 mg/j et vitamine B12 (pémétrexed)"),
        ("p", "Il ne prend pas d'anticoagulant. Aucune radiothérapie osseuse n'a été réalisée à ce jour. "
              "Un traitement par Xgeva est envisagé après l'avis dentaire demandé le 05/11."),
        ("p", "Antécédents : HTA, AOMI, BPCO stade 2. Père décédé d'un cancer de la prostate."),
        ("p", "État général conservé, PS 1, poids stable à 74 kg."),
        ("p", "Je souhaiterais l'avis de la RCP sur l'indication d'une radiothérapie antalgique de la "
              "lésion iliaque et sur le risque fracturaire (score de Mirels), en particulier au niveau "
              "du cotyle."),
        ("p", "Bien confraternellement,\n\nDr Anne Le Gall\nPneumologue"),
    ],
    gold=lambda d: G(d["id"], "M", age_at(d["birth"], d["date"]),
                     ("present", "lung", "adenocarcinoma",
                      {"EGFR": "negative", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
                     ("present", ["staging_imaging"], True),
                     ("present", ["mechanical"], 5),
                     ("present", ["L01XA02", "L01BA04", "L01FF02", "N02BE01", "N02AX02", "A02BC05", "B01AC06"]),
                     ("absent", []), ("unknown", []), ("absent", []), ("present", ["B01AC06"]),
                     ("present", "ecog", 1), ("present", "palliative")),
    tricky="sidebar lists 'Radiothérapie', 'Chirurgie thoracique', 'Douleur' specialties; 'sans réveil nocturne' (not nocturnal); Xgeva only envisaged; father's prostate cancer; explicit 'pas d'anticoagulant'",
    author="Pneumologist (head of department)",
))

# =========================================================================
# zzw02 — DOCX with tables, urology, Le Mans
# =========================================================================
LETTERS.append(dict(
    id="zzw02", fmt="docx", date=dt.date(2026, 11, 9), birth=None,
    title="Centre hospitalier du Maine — Le Mans\nService d'Urologie — Dr Thibault BOUVET, Dr Inès FOUQUERAY",
    blocks=[
        ("p", "Le Mans, le 9 novembre 2026"),
        ("h", "Demande d'avis RCP Métastases osseuses"),
        ("table", [["Patient", "M. HUBERT Marcel"], ["Âge", "78 ans"], ["Médecin traitant", "Dr Rolland, Sablé-sur-Sarthe"],
                   ["Tumeur primitive", "Adénocarcinome prostatique, Gleason 8 (4+4), ISUP 4, biopsies du 02/06/2026"],
                   ["PSA", "86 ng/ml au diagnostic, 4,2 ng/ml le 20/10/2026"]]),
        ("h", "Histoire"),
        ("p", "Patient adressé par son médecin traitant en mai 2026 pour des lombalgies évoluant depuis "
              "l'été 2025, à horaire inflammatoire, avec réveils nocturnes, ayant motivé un dosage de PSA. "
              "La scintigraphie osseuse de juin 2026 retrouve des fixations multiples du rachis lombaire, "
              "du bassin et de deux côtes. Pas de compression médullaire à l'IRM."),
        ("p", "Actuellement les douleurs persistent, moins intenses, cotées EN 4/10, surtout en fin de nuit "
              "avec un dérouillage matinal d'une demi-heure."),
        ("p", "Hormonothérapie débutée en juin 2026 (Eligard 45 mg tous les 6 mois) associée à l'apalutamide "
              "(Erleada 240 mg/j) depuis juillet. Le patient est traité par Prolia depuis septembre 2026 "
              "(prescrit par son rhumatologue pour une ostéoporose fracturaire)."),
        ("h", "Traitements en cours"),
        ("table", [["Médicament", "Posologie", "Indication"],
                   ["Eligard 45 mg", "1 inj. / 6 mois", "Cancer de prostate"],
                   ["Erleada 60 mg", "4 cp / jour", "Cancer de prostate"],
                   ["Xarelto 20 mg", "1 cp le soir", "ACFA"],
                   ["Bisoprolol 2,5 mg", "1 cp / jour", "ACFA"],
                   ["Tahor 20 mg", "1 cp / jour", "Dyslipidémie"],
                   ["Prolia 60 mg", "1 inj. SC / 6 mois", "Ostéoporose"],
                   ["Cacit D3 1000 mg/880 UI", "1 sachet / jour", ""],
                   ["Doliprane 1 g", "si douleurs, max 3 / jour", ""]]),
        ("p", "Antécédents : ACFA anticoagulée, dyslipidémie, tassement vertébral L1 ostéoporotique en 2023. "
              "Frère traité pour un cancer de la prostate."),
        ("p", "OMS 0, patient autonome, jardine encore."),
        ("h", "Question posée"),
        ("p", "Bonne réponse biologique de la maladie. Faut-il proposer une radiothérapie antalgique "
              "des lésions lombaires douloureuses ? Place d'un relais du Prolia par Xgeva ?"),
        ("p", "Dr Thibault Bouvet, urologue"),
    ],
    gold=lambda d: G(d["id"], "M", 78,
                     ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
                     ("present", ["pain"], True),
                     ("present", ["inflammatory", "nocturnal"], 4),
                     ("present", ["L02AE02", "L02BB05", "B01AF01", "C07AB07", "C10AA05", "M05BX04", "A12AX", "N02BE01"]),
                     ("unknown", []), ("present", ["M05BX04"]), ("present", ["B01AF01"]), ("unknown", []),
                     ("present", "ecog", 0), ("present", None)),
    tricky="tables; Prolia for osteoporosis counts as bone therapy; inflammatory + nocturnal pain; Xgeva only asked; brother's prostate cancer; nothing on prior local treatment or antiplatelets",
    author="Urologist",
))

# =========================================================================
# zzw03 — TXT e-mail, GP, Lorient
# =========================================================================
LETTERS.append(dict(
    id="zzw03", fmt="txt", newline="\n", encoding="utf-8", date=dt.date(2026, 11, 16), birth=None,
    text="""De : Dr Erwan Le Floch <cabinet.lefloch@medecins-kervenanec.fr>
À : rcp.os@ch-lorient-scorff.fr
Date : lun. 16 nov. 2026 à 18:42
Objet : demande avis RCP os - Mme GUILLEMOT Josiane

Bonsoir,

Je me permets de vous adresser Mme Guillemot Josiane, 67 ans, que je suis depuis longtemps.

ATCD : cancer du sein gauche opéré en 2015 (tumorectomie + curage, puis radiothérapie du sein), sous Arimidex jusqu'en 2020 puis surveillance simple par son gynéco. Hypothyroïdie. Phlébite du mollet droit en 2024. Sa mère a eu un cancer de l'ovaire.

Je lui ai fait faire un scanner thoraco-abdomino-pelvien le 3 novembre pour une toux trainante depuis 2 mois (poumons normaux) et le radiologue décrit des lésions ostéocondensantes de T9, L2 et de l'aile iliaque droite, évoquant en premier lieu des métastases de son cancer du sein, un myélome ou autre primitif n'étant pas éliminés. Pas de biopsie pour l'instant.

Elle ne se plaint d'aucune douleur, elle marche 5 km par jour avec son chien.
Pas d'autre radiothérapie ni chirurgie depuis 2015.

Traitement actuel : Levothyrox 75, Xanax 0,25 le soir si besoin. Elle a eu du Préviscan après sa phlébite, je crois qu'il a été arrêté mais je n'ai pas le courrier de l'angiologue, à vérifier avec elle.

Merci de me dire la conduite à tenir (biopsie ? bilan complémentaire ? quel spécialiste ?).

Bien confraternellement

Dr E. Le Floch
Médecine générale - 12 rue de Kervénanec, 56100 Lorient
Tél 02 97 64 18 53
""",
    gold=lambda d: G(d["id"], "F", 67,
                     ("uncertain", "breast", None, {}),
                     ("present", ["incidental_imaging"], True),
                     ("absent", [], None),
                     ("present", ["H03AA01", "N05BA12"]),
                     ("absent", []), ("unknown", []), ("uncertain", ["B01AA12"]), ("unknown", []),
                     ("unknown", None, None), ("unknown", None)),
    tricky="GP e-mail; primary only presumed (uncertain); incidental CT for cough; breast irradiation is not bone RT; Préviscan 'je crois arrêté, à vérifier' (uncertain, not current); no PS, question only",
    author="General practitioner (e-mail)",
))

# =========================================================================
# zzw04 — PDF, digestive oncology, Angers, footer block with doctors
# =========================================================================
LETTERS.append(dict(
    id="zzw04", fmt="pdf", layout="footer", date=dt.date(2026, 10, 27), birth=dt.date(1961, 7, 2),
    header=["CHU d'Anjou-Maine — Site de la Maine", "Pôle Digestif — Unité d'Oncologie digestive",
            "4 boulevard des Tanneurs, 49100 Angers"],
    footer=["Équipe médicale : Pr Hélène LEBRETON — Oncologie digestive   |   Dr Mathieu GUILLOUX — Chirurgie digestive",
            "Dr Pauline RIOU — Radiothérapie   |   Dr Sébastien MORVAN — Douleur   |   Dr Nadia BENALI — Gastro-entérologie",
            "Secrétariat 02 41 35 62 90 — Fax 02 41 35 62 99 — Hôpital de jour 02 41 35 62 94"],
    body=[
        ("right", "Angers, le 27/10/2026"),
        ("b", "Dossier RCP métastases osseuses — Mme PASQUIER Nathalie (née le 02/07/1961)"),
        ("p", "Madame, Monsieur, chers collègue,"),
        ("p", "Mme Pasquier, 65 ans, est suivie pour un adénocarcinome du bas rectum, métastatique hépatique "
              "d'emblée (2025), statut RAS muté (KRAS G12D), BRAF sauvage, MSS. Elle a reçu 8 cycles de "
              "FOLFOX-bévacizumab, arrêtés en septembre 2026 pour progression hépatique."),
        ("p", "Le 02/10/2026, elle a présenté en se levant de sa chaise une fracture pathologique du col "
              "fémoral droit, révélatrice d'une métastase osseuse (pas de douleur de hanche rapportée "
              "auparavant). Elle a été opérée le 04/10/2026 (prothèse intermédiaire de hanche, Dr Fleury, "
              "Clinique de l'Anjou). L'anatomopathologie de la tête fémorale confirme la métastase "
              "d'adénocarcinome d'origine colorectale."),
        ("p", "Actuellement : douleurs de hanche résiduelles à la marche, EN 3/10, soulagées par le "
              "paracétamol. Pas de douleur de repos."),
        ("b", "Traitements actuels"),
        ("p", "Lovenox 4000 UI/j SC (prévention post-opératoire, jusqu'au 08/11/2026) ; Doliprane 1 g x 3 ; "
              "Oxynorm 5 mg si besoin (1 à 2 prises/j) ; Mopral 20 mg ; Glucophage 850 mg matin et soir. "
              "Le Kardégic a été interrompu avant la chirurgie et n'a pas été repris (prévention primaire)."),
        ("p", "Pas de traitement anti-résorptif osseux à ce jour."),
        ("p", "OMS 2 (marche avec déambulateur depuis l'intervention). Diabète de type 2."),
        ("p", "Projet : en situation palliative, 2e ligne par FOLFIRI-aflibercept à débuter dès la "
              "cicatrisation, vers le 15/11. Nous sollicitons l'avis de la RCP pour une radiothérapie "
              "post-opératoire du fémur droit, un bilan des autres sites osseux (TEP demandé) et "
              "l'introduction d'un traitement par dénosumab."),
        ("p", "Pr Hélène Lebreton"),
    ],
    gold=lambda d: G(d["id"], "F", age_at(d["birth"], d["date"]),
                     ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
                     ("present", ["pathological_fracture"], True),
                     ("present", ["mechanical"], 3),
                     ("present", ["B01AB05", "N02BE01", "N02AA05", "A02BC01", "A10BA02"]),
                     ("present", ["surgery"]), ("absent", []), ("present", ["B01AB05"]), ("absent", []),
                     ("present", "ecog", 2), ("present", "palliative")),
    tricky="footer block lists 'Radiothérapie', 'Douleur', 'Chirurgie digestive'; FOLFOX stopped and FOLFIRI planned (no current chemo); post-op Lovenox is current; Kardégic stopped; arthroplasty = surgery; post-op RT only asked",
    author="Digestive oncologist",
))

# =========================================================================
# zzw05 — DOCX with tables, gynaecological oncology, Le Mans
# =========================================================================
LETTERS.append(dict(
    id="zzw05", fmt="docx", date=dt.date(2026, 11, 5), birth=None,
    title="Clinique Victor-Hugo Sud — Oncologie gynécologique\n18 avenue Rhin-et-Danube, 72000 Le Mans — 02 43 77 51 08",
    blocks=[
        ("h", "Fiche de demande RCP « Métastases osseuses »"),
        ("table", [["Nom / Prénom", "LEROUX Sandrine"], ["Sexe", "F"], ["Âge", "52 ans"],
                   ["Date de la demande", "05/11/2026"], ["Médecin demandeur", "Dr Claire VASSEUR, oncologue"],
                   ["Primitif", "Carcinome épidermoïde du col utérin (p16+), stade IIIC1 en 2024"],
                   ["Anticoagulant", "Non"], ["Antiagrégant", ""],
                   ["Performance status", "Karnofsky 60 %"]]),
        ("h", "Résumé"),
        ("p", "Radiochimiothérapie pelvienne concomitante (cisplatine hebdomadaire) et curiethérapie en 2024, "
              "en rémission jusqu'en août 2026. Depuis août 2026, douleurs sacrées irradiant à la face "
              "postérieure de la cuisse gauche, à type de brûlures et de décharges électriques, DN4 à 6/10. "
              "L'IRM du 14/09/2026 montre une lyse de l'aileron sacré gauche avec épidurite S1-S2, sans "
              "déficit moteur. La biopsie scannoguidée confirme la récidive épidermoïde."),
        ("p", "La lésion sacrée est en dehors des champs de la radiothérapie de 2024 et n'a pas été irradiée."),
        ("p", "Embolie pulmonaire segmentaire le 12/10/2026 : traitée par Innohep 14 000 UI/j, poursuivi "
              "au moins 6 mois."),
        ("p", "Chimiothérapie en cours : carboplatine - paclitaxel, C2 le 29/10/2026. Acide zolédronique "
              "(Zometa 4 mg) toutes les 4 semaines depuis le 01/09/2026."),
        ("h", "Traitement actuel"),
        ("table", [["Traitement", "Posologie"],
                   ["Skenan LP 30 mg", "matin et soir"],
                   ["Actiskenan 10 mg", "jusqu'à 4 / jour"],
                   ["Lyrica 75 mg", "matin et soir"],
                   ["Innohep 14 000 UI", "1 inj. SC / jour"],
                   ["Movicol", "2 sachets / jour"],
                   ["Zometa 4 mg", "IV / 4 semaines"]]),
        ("p", "EVA actuelle 6/10 malgré le palier 3, réveils nocturnes fréquents."),
        ("h", "Question"),
        ("p", "Indication d'une radiothérapie (stéréotaxique ?) de la lésion sacrée à visée antalgique et "
              "de décompression de l'épidurite ; avis neurochirurgical ?"),
    ],
    gold=lambda d: G(d["id"], "F", 52,
                     ("present", "other", "squamous_cell_carcinoma", {}),
                     ("present", ["pain"], True),
                     ("present", ["neuropathic", "nocturnal"], 6),
                     ("present", ["N02AA01", "N03AX16", "B01AB10", "A06AD65", "M05BA08", "L01XA02", "L01CD01"]),
                     ("absent", []), ("present", ["M05BA08"]), ("conflicting", ["B01AB10"]), ("unknown", []),
                     ("present", "kps", 60), ("present", None)),
    tricky="form table says 'Anticoagulant: Non' while Innohep is prescribed (conflicting); pelvic RT of the primary vs 'lésion sacrée non irradiée' (absent); cervix = site other; neuropathic + nocturnal; empty antiplatelet cell; Karnofsky only",
    author="Gynaecological oncologist (RCP form)",
))

# =========================================================================
# zzw06 — TXT e-mail (CRLF), urology resident, Brest
# =========================================================================
LETTERS.append(dict(
    id="zzw06", fmt="txt", newline="\r\n", encoding="utf-8", date=dt.date(2026, 11, 27), birth=dt.date(1950, 11, 30),
    text="""From: Interne Urologie <interne.uro@ch-rade-brest.fr>
Sent: vendredi 27 novembre 2026 07:58
To: Secrétariat RCP Os
Cc: Dr Kerjean (urologue)
Subject: RE: inscription RCP os du 03/12

Bonjour,

Pour inscription à la RCP os du 3/12 svp, à la demande du Dr Kerjean :

M. LE DREFF Alain, né le 30/11/1950
Carcinome urothélial de vessie, infiltrant (pT2), cystectomie + Bricker en 2023.
Récidive ganglionnaire et osseuse découverte sur le scanner TAP de surveillance du 14/10/2026 : lésions lytiques du corps de L3 et du manubrium sternal, non connues sur le scanner d'avril.
Actuellement sous enfortumab vedotin + pembrolizumab (Keytruda), C2 faite le 20/11.

Pas de douleur osseuse, pas de déficit.
ttt : Triatec 5 mg, Tahor 40 mg, Inexium 40. Pas d'anticoag, pas d'antiagrégant.
Xgeva à discuter en RCP (bilan dentaire fait, RAS).
PS 1.

Question : risque fracturaire L3 (SINS ?), indication de cimentoplastie préventive ou RT ?

Merci
Bonne journée

Maël Quéré
Interne DES urologie - poste 4417

-----Message d'origine-----
De : Secrétariat RCP Os
Envoyé : jeudi 26 novembre 2026 16:10
Objet : inscription RCP os du 03/12
Merci de nous transmettre les dossiers avant vendredi midi.
""",
    gold=lambda d: G(d["id"], "M", age_at(d["birth"], d["date"]),
                     ("present", "bladder", "other", {}),
                     ("present", ["staging_imaging"], True),
                     ("absent", [], None),
                     ("present", ["L01FF02", "C09AA05", "C10AA05", "A02BC05"]),
                     ("unknown", []), ("unknown", []), ("absent", []), ("absent", []),
                     ("present", "ecog", 1), ("present", None)),
    tricky="CRLF e-mail reply with quoted message; age from birth date three days before the birthday; urothelial = histology other; enfortumab not in ATC table; Xgeva 'à discuter' leaves bone therapy unknown; cementoplasty only asked",
    author="Urology resident (e-mail)",
))

# =========================================================================
# zzw07 — PDF, pneumology, Lorient, left sidebar
# =========================================================================
LETTERS.append(dict(
    id="zzw07", fmt="pdf", layout="sidebar", date=dt.date(2026, 11, 18), birth=None,
    header=["CENTRE HOSPITALIER DU SCORFF — LORIENT", "Service de Pneumologie",
            "5 avenue de Keroman, 56100 Lorient — Tél. 02 97 06 41 80"],
    sidebar=["Pneumologie", "Dr Gwenaël JÉGOU", "Chef de service", "Dr Aurélie NICOL", "Dr Paul BELLEC", "",
             "Oncologie thoracique", "Dr Katell LE ROUX", "", "Unité de soins palliatifs", "Dr Ronan GUYADER",
             "Douleur", "", "Correspondants", "Dr F. ALLANO", "Radiothérapie", "Dr M. GOURVÈS",
             "Neurochirurgie", "", "Consultations", "02 97 06 41 85"],
    body=[
        ("right", "Lorient, le 18 novembre 2026"),
        ("p", "Dr Katell Le Roux\nà l'attention de la RCP Métastases osseuses"),
        ("b", "Patient : M. JAFFRÉ Loïc, 64 ans"),
        ("p", "Cher confrère,"),
        ("p", "Je vous présente M. Jaffré, 64 ans, marin-pêcheur retraité, tabagique actif (45 PA), chez qui "
              "a été diagnostiqué un carcinome à petites cellules pulmonaire de stade étendu, révélé le "
              "03/11/2026 par une compression médullaire D8 : paraparésie d'installation rapide et "
              "troubles sphinctériens, précédés depuis trois semaines de douleurs dorsales en ceinture "
              "à type de décharges électriques."),
        ("p", "Il a bénéficié en urgence le 04/11/2026 d'une laminectomie décompressive D7-D9 avec "
              "ostéosynthèse postérieure (Dr Gourvès), puis d'une radiothérapie du rachis dorsal "
              "(20 Gy en 5 fractions), en cours, dernière séance prévue le 20/11. La biopsie de "
              "l'épidurite confirme un carcinome neuroendocrine à petites cellules."),
        ("p", "Récupération motrice partielle (marche avec aide). Douleurs : EN 7/10 à l'admission, "
              "2/10 ce jour sous traitement."),
        ("b", "Traitement à la sortie de l'unité :"),
        ("p", "Dectancyl 8 mg/j en décroissance ; Oxycontin LP 10 mg x 2 ; Oxynorm 5 mg si besoin ; "
              "Lovenox 4000 UI/j (alitement) ; Inexium 40 mg. Son Plavix (stent coronaire 2019) a été "
              "arrêté à l'entrée et ne sera repris qu'après avis du cardiologue."),
        ("p", "Antécédents familiaux : frère traité par radiothérapie pour un cancer ORL."),
        ("p", "PS 3 actuellement, espérance de vie estimée à quelques mois. Une chimio-immunothérapie "
              "carboplatine - étoposide - durvalumab à visée palliative débutera à la fin de la "
              "radiothérapie (C1 prévue le 26/11)."),
        ("p", "Question : place d'un traitement anti-résorptif et suivi de la stabilité du montage."),
        ("p", "Confraternellement,\nDr K. Le Roux"),
    ],
    gold=lambda d: G(d["id"], "M", 64,
                     ("present", "lung", "small_cell_carcinoma", {}),
                     ("present", ["neurological_deficit"], True),
                     ("present", ["neuropathic"], 2),
                     ("present", ["H02AB02", "N02AA05", "B01AB05", "A02BC05"]),
                     ("present", ["surgery", "radiotherapy"]), ("unknown", []), ("present", ["B01AB05"]),
                     ("absent", []), ("present", "ecog", 3), ("present", "palliative")),
    tricky="sidebar with 'Neurochirurgie', 'Radiothérapie', 'Douleur'; cord compression as circumstance; decompression + RT in progress both count; pain 7 then 2 (current 2); chemo only planned; Plavix stopped; brother's RT is family history",
    author="Thoracic oncologist (pneumology)",
))

# =========================================================================
# zzw08 — DOCX with tables, GP, Angers
# =========================================================================
LETTERS.append(dict(
    id="zzw08", fmt="docx", date=dt.date(2026, 11, 19), birth=dt.date(1958, 6, 21),
    title="Dr Véronique CHAUVIN — Médecine générale\nMaison de santé des Justices, 7 place Mendès-France, 49000 Angers — 02 41 66 23 17",
    blocks=[
        ("p", "Angers, le 19 novembre 2026"),
        ("p", "Objet : Mme GODARD Martine, née le 21/06/1958 — demande d'avis RCP métastases osseuses"),
        ("p", "Chers confrères,"),
        ("p", "Je vous adresse ma patiente Mme Godard, suivie à l'ICO pour un carcinome lobulaire infiltrant "
              "du sein droit, RE+ (90 %), RP+ (40 %), HER2 négatif (score 0), métastatique osseux d'emblée "
              "au scanner de bilan de mars 2024 (rachis, bassin, côtes)."),
        ("p", "Elle a été irradiée sur L3 en mai 2025 (20 Gy en 5 séances) avec un bon résultat. Depuis "
              "environ trois semaines elle décrit une douleur de l'épaule gauche, surtout la nuit, la "
              "réveillant, EVA 5/10, mal calmée par le tramadol. Je n'ai pas de radio récente."),
        ("table", [["Traitement en cours", "Posologie", "Depuis"],
                   ["Kisqali 200 mg", "3 cp/j, 21 j sur 28", "04/2024"],
                   ["Femara 2,5 mg", "1 cp/j", "04/2024"],
                   ["Xgeva 120 mg", "1 inj./mois", "05/2024"],
                   ["Calciprat D3", "1 cp/j", "05/2024"],
                   ["Topalgic 50 mg", "1 gél. x 3/j", "10/2026"],
                   ["Imovane 7,5 mg", "1 le soir", ""]]),
        ("table", [["Anticoagulants", "aucun"], ["Antiagrégants (aspirine…)", "non"],
                   ["Allergies", "pénicilline"], ["État général (OMS)", "1"]]),
        ("p", "Sa sœur a été traitée pour un cancer du sein à 50 ans."),
        ("p", "Je souhaiterais savoir si une nouvelle radiothérapie est possible sur l'épaule et s'il faut "
              "modifier le traitement de fond, son oncologue (Dr Pineau) étant en congé jusqu'en décembre."),
        ("p", "Bien confraternellement,\nDr V. Chauvin"),
    ],
    gold=lambda d: G(d["id"], "F", age_at(d["birth"], d["date"]),
                     ("present", "breast", "invasive_lobular_carcinoma",
                      {"ER": "positive", "PR": "positive", "HER2": "negative"}),
                     ("present", ["staging_imaging"], True),
                     ("present", ["nocturnal"], 5),
                     ("present", ["L01EF02", "L02BG04", "M05BX04", "A12AX", "N02AX02", "N05CF01"]),
                     ("present", ["radiotherapy"]), ("present", ["M05BX04"]), ("absent", []), ("absent", []),
                     ("present", "ecog", 1), ("present", None)),
    tricky="GP letter with two tables; age from birth date; ER/PR/HER2 with percentages; RT of L3 is a prior bone treatment; 'aucun'/'non' table cells as denials; sister's breast cancer",
    author="General practitioner",
))

# =========================================================================
# zzw09 — PDF, pneumology, Angers, footer block
# =========================================================================
LETTERS.append(dict(
    id="zzw09", fmt="pdf", layout="footer", date=dt.date(2026, 11, 10), birth=dt.date(1949, 5, 5),
    header=["Hôpital Saint-Aubin — Angers", "Service de Pneumologie — Unité d'hospitalisation 3B",
            "21 rue des Capucins, 49100 Angers"],
    footer=["Pneumologie : Dr Bertrand OGER (chef de service) — Dr Lucie PAPIN — Dr Yohann MÉNARD",
            "Oncologie thoracique : Dr Céline BARRÉ   •   Radiothérapie (consultations avancées) : Dr Jean-Marc FOUCHER",
            "Chirurgie thoracique : Dr Alix DELAUNAY   •   Équipe mobile Douleur / Soins palliatifs : Dr Sonia LECOQ",
            "Standard 02 41 88 40 00 — Secrétariat 02 41 88 43 12"],
    body=[
        ("right", "Angers, le 10/11/2026"),
        ("b", "Compte rendu d'hospitalisation — demande de présentation en RCP os"),
        ("p", "Patient : M. BESNARD Roger, né le 05/05/1949."),
        ("p", "Motif : hospitalisé du 02/11 au 09/11/2026 pour confusion et deshydratation sur hypercalcémie "
              "à 3,4 mmol/L (calcémie corrigée), révélatrice d'une maladie osseuse métastatique diffuse "
              "(rachis, bassin, côtes, fémurs) au scanner du 03/11/2026. Hypercalcémie corrigée par "
              "hyperhydratation et calcitonine."),
        ("p", "Le scanner montre également une masse hilaire gauche de 5 cm. La biopsie bronchique du "
              "06/11 retrouve un carcinome non à petites cellules peu différencié, sans orientation "
              "immunohistochimique franche. PD-L1 : 5 %. Recherche des altérations EGFR et ALK en cours."),
        ("p", "Le patient ne se plaint d'aucune douleur osseuse."),
        ("p", "Traitement à domicile, d'après sa fille (ordonnance non apportée) : Cardensiel 2,5 mg, "
              "Lasilix 40 mg, et probablement du Sintrom pour le cœur — à vérifier auprès du médecin "
              "traitant, l'INR d'entrée n'ayant pas été fait."),
        ("p", "Antécédents : cardiopathie ischémique, ancien tabagique (50 PA). Pas d'antécédent familial notable."),
        ("p", "Sortie a domicile, OMS 2."),
        ("p", "Le traitement oncologique sera discuté à réception des résultats de biologie moléculaire. "
              "Nous sollicitons l'avis de la RCP sur l'intérêt d'un traitement anti-résorptif (dénosumab ?) "
              "et sur le risque fracturaire fémoral."),
        ("p", "Dr Lucie Papin, pneumologue"),
    ],
    gold=lambda d: G(d["id"], "M", age_at(d["birth"], d["date"]),
                     ("present", "lung", "nsclc_nos", {"EGFR": "pending", "ALK": "pending", "PD-L1": "positive"}),
                     ("present", ["hypercalcemia"], True),
                     ("absent", [], None),
                     ("present", ["C07AB07", "C03CA01"]),
                     ("unknown", []), ("unknown", []), ("uncertain", ["B01AA07"]), ("unknown", []),
                     ("present", "ecog", 2), ("unknown", None)),
    tricky="footer with 'Radiothérapie', 'Chirurgie thoracique', 'Douleur'; hypercalcaemia as circumstance; PD-L1 5 % positive, EGFR/ALK pending; 'probablement du Sintrom… à vérifier' (uncertain, not current); treatment not yet decided (project unknown)",
    author="Pneumologist (discharge summary)",
))

# =========================================================================
# zzw10 — TXT e-mail, digestive oncology, Le Mans
# =========================================================================
LETTERS.append(dict(
    id="zzw10", fmt="txt", newline="\n", encoding="utf-8", date=dt.date(2026, 11, 20), birth=None,
    text="""Objet : RCP os - M. TESSIER Franck - ADK jonction oeso-gastrique
Date : 20/11/2026 11:05
De : Dr Solène Hamon, Oncologie digestive, CH du Maine (Le Mans)
Pour : RCP métastases osseuses

Chers collègues,

M. Tessier, 59 ans, chauffeur routier, est suivi pour un adénocarcinome de la jonction oeso-gastrique (Siewert II), HER2 négatif, PD-L1 CPS 10, métastatique ganglionnaire et hépatique depuis mars 2026.
1ere ligne FOLFOX + nivolumab (Opdivo) depuis avril, C14 le 12/11/2026, poursuite en cours.

Le scanner de réévaluation du 28/10/2026 montre une stabilité hépatique mais une nouvelle lésion lytique du corps de L4 avec recul du mur postérieur, sans épidurite. Il rapporte depuis une douleur lombaire à la marche et au port de charges, EN 4/10 dans la journée, avec 2 réveils par nuit.
Une RT antalgique de L4 a été faite le 05/11 (8 Gy en 1 fraction, Dr Pichon).

Ttt actuel : Ixprim 37,5/325 1 cp x 3/j, Eliquis 5 mg x 2 (FA depuis 2022), Inexium 20, Forlax.
Pas de Xgeva pour l'instant (soins dentaires en cours, extraction prévue décembre).
ECOG 1. Prise en charge palliative.

Question : indication d'une cimentoplastie de L4 en complément de la RT ? Avis sur le délai pour débuter le dénosumab après les soins dentaires.

Merci,
S. Hamon
""",
    gold=lambda d: G(d["id"], "M", 59,
                     ("present", "other", "adenocarcinoma", {"HER2": "negative", "PD-L1": "positive"}),
                     ("present", ["staging_imaging"], True),
                     ("present", ["mechanical", "nocturnal"], 4),
                     ("present", ["L01FF01", "N02AX02", "B01AF02", "A02BC05", "A06AD15"]),
                     ("present", ["radiotherapy"]), ("absent", []), ("present", ["B01AF02"]), ("unknown", []),
                     ("present", "ecog", 1), ("present", "palliative")),
    tricky="e-mail; oesogastric junction = site other; PD-L1 given as CPS (not a percentage); Ixprim is tramadol only per the table; 'Pas de Xgeva pour l'instant' explicit denial; prior single-fraction RT; FOLFOX drugs not in the table",
    author="Digestive oncologist (e-mail)",
))

# =========================================================================
# zzw11 — DOCX, urology, Lorient, RCP form table
# =========================================================================
LETTERS.append(dict(
    id="zzw11", fmt="docx", date=dt.date(2026, 11, 24), birth=None,
    title="Centre hospitalier du Scorff — Lorient\nUrologie et Onco-urologie — Dr Yves LE CORRE, Dr Annaïg MAHÉ",
    blocks=[
        ("h", "RCP Métastases osseuses — fiche de présentation"),
        ("table", [["Patiente", "Mme DANIEL Monique"], ["Âge", "71 ans"], ["Date", "24/11/2026"],
                   ["Primitif", "Carcinome rénal à cellules claires gauche, néphrectomie élargie 2021 (pT3a, grade 3)"],
                   ["Découverte osseuse", "Scanner de surveillance de janvier 2025 : lésion lytique de T12"],
                   ["Hypercalcémie", "Non"],
                   ["Traitement local antérieur", "Cimentoplastie T12 (03/2025)"],
                   ["Douleur", "Oui, épaule droite, à la mobilisation, EN 2/10. Pas de douleur nocturne."],
                   ["Anticoagulant", "Non"],
                   ["Antiagrégant", "Kardégic 75 mg"],
                   ["Traitement anti-résorptif", "Acide zolédronique arrêté en 06/2026 (ostéonécrose mandibulaire)"],
                   ["Indice de Karnofsky", "80 %"]]),
        ("h", "Évolution"),
        ("p", "Progression osseuse sous nivolumab en 2025, puis cabozantinib (Cabometyx 40 mg/j) depuis "
              "octobre 2025, bien toléré. Le TEP-FDG du 10/11/2026 montre une nouvelle lésion de "
              "l'humérus proximal droit (cortex aminci, 2,5 cm), le reste de la maladie étant stable."),
        ("p", "Autres traitements : Kardégic 75, Amlor 10 mg, Levothyrox 50 µg (hypothyroïdie sous "
              "cabozantinib), Doliprane à la demande."),
        ("h", "Question à la RCP"),
        ("p", "Lésion humérale : radiothérapie, cimentoplastie ou ostéosynthèse préventive ? Poursuite du "
              "cabozantinib."),
        ("p", "Dr A. Mahé"),
    ],
    gold=lambda d: G(d["id"], "F", 71,
                     ("present", "kidney", "clear_cell_carcinoma", {}),
                     ("present", ["staging_imaging"], True),
                     ("present", ["mechanical"], 2),
                     ("present", ["L01EX07", "B01AC06", "H03AA01", "N02BE01"]),
                     ("present", ["cementoplasty"]), ("absent", []), ("absent", []), ("present", ["B01AC06"]),
                     ("present", "kps", 80), ("present", None)),
    tricky="key/value form; cementoplasty in 2025; zoledronic acid stopped for osteonecrosis (absent); nivolumab past; 'Pas de douleur nocturne'; Amlor not in the table; Karnofsky only; 'Hypercalcémie : Non'",
    author="Urologist (RCP form)",
))

# =========================================================================
# zzw12 — PDF, gynaecological oncology, Brest, left sidebar
# =========================================================================
LETTERS.append(dict(
    id="zzw12", fmt="pdf", layout="sidebar", date=dt.date(2026, 12, 3), birth=dt.date(1953, 12, 9),
    header=["INSTITUT DE CANCÉROLOGIE DE L'IROISE", "Département d'Oncologie gynécologique et mammaire",
            "2 rue de Kerangoff, 29200 Brest — 02 98 33 70 40"],
    sidebar=["Oncologie médicale", "Dr Nolwenn CAROFF", "Dr Thomas ABGRALL", "Dr Élise LE MEUR", "",
             "Chirurgie gynécologique", "Dr Hervé PENNEC", "Dr Laure SALAÜN", "", "Radiothérapie",
             "Dr Isabelle MORVAN", "Dr Kévin PERON", "", "Soins de support", "Douleur : Dr J. LE DUFF",
             "Psycho-oncologie", "Mme R. BODÉNÈS", "", "Infirmière de coordination", "02 98 33 70 48"],
    body=[
        ("right", "Brest, le 3 décembre 2026"),
        ("b", "Objet : Mme KERMARREC Yvonne, née le 09/12/1953"),
        ("p", "Cher Confrère,"),
        ("p", "Je vous adresse pour avis Mme Kermarrec, suivie pour un adénocarcinome endométrioïde de "
              "l'endomètre de grade 2, opéré en 2022 (hystérectomie totale, annexectomie bilatérale), "
              "récepteurs aux œstrogènes positifs (80 %), MMR proficient."),
        ("p", "Le 22/09/2026, elle s'est fracturé l'humérus droit en soulevant un pack d'eau : fracture "
              "pathologique sur lésion lytique de la diaphyse. Enclouage centromédullaire le 24/09/2026, "
              "l'histologie du curetage confirme la métastase. Radiothérapie post-opératoire de "
              "l'humérus (30 Gy/10 fr) terminée le 20/10/2026. Le bilan d'extension retrouve deux "
              "autres lésions (L1, ischion gauche) et des nodules pulmonaires."),
        ("p", "Elle n'a plus aucune douleur (EVA 0/10) et a arrêté tout antalgique."),
        ("p", "Traitement actuel : Lévothyrox 100 µg, Tahor 20 mg, Xarelto 15 mg x 2 puis 20 mg/j "
              "(thrombose veineuse profonde en juin 2026 ; le Préviscan initial a été relayé par le "
              "Xarelto en juillet), Prolia 60 mg tous les 6 mois depuis 2021 pour ostéoporose, "
              "et acétate de mégestrol (Mégace) 160 mg/j depuis octobre."),
        ("p", "Aucun antiagrégant. OMS 1, état général conservé, vit seule à Plougastel."),
        ("p", "Une association pembrolizumab-lenvatinib est discutée en cas de progression sous "
              "hormonothérapie."),
        ("p", "Question : faut-il traiter les lésions de L1 et de l'ischion (SBRT ?) et remplacer le Prolia "
              "par un schéma à dose oncologique (Xgeva) ?"),
        ("p", "Bien à vous,\nDr Nolwenn Caroff"),
    ],
    gold=lambda d: G(d["id"], "F", age_at(d["birth"], d["date"]),
                     ("present", "other", "adenocarcinoma", {"ER": "positive"}),
                     ("present", ["pathological_fracture"], True),
                     ("absent", [], 0),
                     ("present", ["H03AA01", "C10AA05", "B01AF01", "M05BX04"]),
                     ("present", ["surgery", "radiotherapy"]), ("present", ["M05BX04"]), ("present", ["B01AF01"]),
                     ("absent", []), ("present", "ecog", 1), ("present", None)),
    tricky="sidebar with 'Chirurgie gynécologique', 'Radiothérapie', 'Douleur'; age from birth date six days before the birthday; 'n'a plus aucune douleur (EVA 0)'; Préviscan replaced by Xarelto; Prolia for osteoporosis; megestrol not in table; pembrolizumab-lenvatinib only discussed",
    author="Gynaecological oncologist",
))


# ---------------------------------------------------------------- contract check
def die(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def letter_text(L) -> str:
    if L["fmt"] == "txt":
        return L["text"]
    parts = list(L.get("header", [])) + list(L.get("sidebar", [])) + list(L.get("footer", []))
    if L["fmt"] == "pdf":
        parts += [t for _, t in L["body"]]
    else:
        parts.append(L["title"])
        for kind, content in L["blocks"]:
            if kind == "table":
                parts += [c for row in content for c in row]
            else:
                parts.append(content)
    return "\n".join(parts)


def check(L, g):
    lid = L["id"]
    ft = fold(letter_text(L))
    if g["id"] != lid:
        die(f"{lid}: id {g['id']!r}")
    keys = {"id", "patient", "gaps", *ALLOWED_STATUS}
    if set(g) != keys:
        die(f"{lid}: keys {sorted(set(g) ^ keys)}")
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        die(f"{lid}: sex")
    if not isinstance(p["age"], int) or not 18 <= p["age"] <= 110:
        die(f"{lid}: age {p['age']}")
    if L.get("birth") is not None:
        if p["age"] != age_at(L["birth"], L["date"]):
            die(f"{lid}: age {p['age']} != computed {age_at(L['birth'], L['date'])}")
        if L["birth"].strftime("%d/%m/%Y") not in letter_text(L):
            die(f"{lid}: birth date not written in the letter")
    elif f"{p['age']} ans" not in letter_text(L):
        die(f"{lid}: age neither written nor derivable from a birth date")
    for item, allowed in ALLOWED_STATUS.items():
        if g[item]["status"] not in allowed:
            die(f"{lid}: {item}.status {g[item]['status']!r} not in {sorted(allowed)}")
    t = g["primaryTumor"]
    if t["status"] == "unknown":
        if t["site"] or t["histology"] or t["biomarkers"]:
            die(f"{lid}: unknown primary tumour with values")
    else:
        if t["site"] not in SITES:
            die(f"{lid}: site {t['site']!r}")
    if t["histology"] is not None and t["histology"] not in HISTO:
        die(f"{lid}: histology {t['histology']!r}")
    for name, res in t["biomarkers"].items():
        if name not in BIOMARKERS or res not in BIORESULTS:
            die(f"{lid}: biomarker {name}={res}")
    b = g["boneDiagnosis"]
    if not set(b["circumstances"]) <= CIRC or len(set(b["circumstances"])) != len(b["circumstances"]):
        die(f"{lid}: circumstances {b['circumstances']}")
    if b["status"] == "present" and not b["circumstances"]:
        die(f"{lid}: bone diagnosis present without circumstance")
    if b["status"] == "unknown" and (b["circumstances"] or b["dated"]):
        die(f"{lid}: unknown bone diagnosis with values")
    if not isinstance(b["dated"], bool):
        die(f"{lid}: dated not bool")
    pn = g["pain"]
    if not set(pn["types"]) <= PAINTYPES:
        die(f"{lid}: pain types {pn['types']}")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        die(f"{lid}: pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or (pn["intensity"] or 0) > 0):
        die(f"{lid}: pain {pn['status']} with types/positive intensity")
    if pn["status"] == "present" and pn["intensity"] == 0:
        die(f"{lid}: pain present with intensity 0")
    for code in g["currentMedications"]["atc"]:
        if code not in ATC:
            die(f"{lid}: currentMedications ATC {code} not in atc-reference.tsv")
        if not any(fold(n) in ft for n in ATC[code]):
            die(f"{lid}: {code} ({ATC[code][0]}) not named in the letter")
    cm = g["currentMedications"]
    if cm["status"] in ("absent", "unknown") and cm["atc"]:
        die(f"{lid}: currentMedications {cm['status']} with codes")
    if len(set(cm["atc"])) != len(cm["atc"]):
        die(f"{lid}: duplicate ATC")
    lt = g["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCALTYPES:
        die(f"{lid}: local types {lt['types']}")
    if (lt["status"] == "present") != bool(lt["types"]) and lt["status"] in ("present", "absent", "unknown"):
        die(f"{lid}: local treatments status/types mismatch")
    for sec, prefixes in AGENT_PREFIX.items():
        s = g[sec]
        for code in s["atc"]:
            if code not in ATC:
                die(f"{lid}: {sec} ATC {code} not in atc-reference.tsv")
            if not code.startswith(prefixes):
                die(f"{lid}: {sec} holds {code}, outside {prefixes}")
            if not any(fold(n) in ft for n in ATC[code]):
                die(f"{lid}: {sec} {code} not named in the letter")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            die(f"{lid}: {sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(cm["atc"])
            if missing:
                die(f"{lid}: {sec} agents {sorted(missing)} not in currentMedications")
        if s["status"] == "uncertain" and set(s["atc"]) & set(cm["atc"]):
            die(f"{lid}: {sec} doubtful agent listed as current medication")
    # every current drug of an agent class must appear in its section
    for code in cm["atc"]:
        for sec, prefixes in AGENT_PREFIX.items():
            if code.startswith(prefixes) and code not in g[sec]["atc"]:
                die(f"{lid}: current {code} missing from {sec}")
    pr = g["prognosis"]
    if set(pr) - {"status", "ecog", "kps"} or ("ecog" in pr and "kps" in pr):
        die(f"{lid}: prognosis keys {sorted(pr)}")
    ec, kp = pr.get("ecog"), pr.get("kps")
    if ec is not None and ec not in range(0, 5):
        die(f"{lid}: ecog {ec}")
    if kp is not None and (kp not in range(0, 101, 10)):
        die(f"{lid}: kps {kp}")
    if pr["status"] == "unknown" and (ec is not None or kp is not None):
        die(f"{lid}: unknown prognosis with a value")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        die(f"{lid}: intent {tp['intent']!r}")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        die(f"{lid}: unknown project with intent")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support exclusifs"}
    if tp["intent"] and intent_words[tp["intent"]] not in ft:
        die(f"{lid}: intent {tp['intent']} not stated in the letter")
    if g["gaps"] != derive_gaps(g):
        die(f"{lid}: gaps differ from the gap rule")
    for item, kind in g["gaps"]:
        if item not in ITEMS9 or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            die(f"{lid}: gap {item}/{kind}")


# ---------------------------------------------------------------- PDF writer
class Font:
    def __init__(self, path, name):
        from fontTools.ttLib import TTFont
        self.data = path.read_bytes()
        tt = TTFont(str(path))
        cmap = tt.getBestCmap()
        hmtx = tt["hmtx"]
        upm = tt["head"].unitsPerEm
        self.name = name
        self.widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
            except UnicodeDecodeError:
                self.widths.append(0)
                continue
            gname = cmap.get(ord(ch))
            self.widths.append(round(hmtx[gname][0] * 1000 / upm) if gname else 0)

    def width(self, s, size):
        return sum(self.widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000


def pdf_str(s: str) -> str:
    out = []
    for b in s.encode("cp1252"):
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def wrap(font, text, size, width):
    lines = []
    for para in text.split("\n"):
        words, cur = para.split(" "), ""
        if para == "":
            lines.append("")
            continue
        for w in words:
            trial = (cur + " " + w) if cur else w
            if font.width(trial, size) <= width or not cur:
                cur = trial
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


def build_pdf(L, creation: str) -> bytes:
    reg = Font(FONT_DIR / "DejaVuSans.ttf", "DejaVuSans")
    bold = Font(FONT_DIR / "DejaVuSans-Bold.ttf", "DejaVuSans-Bold")
    W, H = 595, 842
    sidebar = L["layout"] == "sidebar"
    x0 = 175 if sidebar else 60
    x1 = 550
    bottom = 70 if sidebar else 120
    pages, ops = [], []

    def text(x, y, s, f="F1", size=10):
        ops.append(f"BT /{f} {size} Tf {x:.1f} {y:.1f} Td {pdf_str(s)} Tj ET")

    def decorate():
        y = 800
        for i, h in enumerate(L["header"]):
            text(x0, y, h, "F2" if i == 0 else "F1", 11 if i == 0 else 8.5)
            y -= 13
        ops.append(f"0.6 w {x0} {y + 4} m {x1} {y + 4} l S")
        if sidebar:
            ops.append("0.5 w 160 60 m 160 780 l S")
            sy = 760
            for s in L["sidebar"]:
                if s:
                    is_name = s.startswith(("Dr ", "Pr ", "Mme "))
                    text(28, sy, s, "F2" if is_name else "F1", 7.5)
                sy -= 11
        else:
            ops.append("0.5 w 60 95 m 550 95 l S")
            fy = 82
            for s in L["footer"]:
                text(60, fy, s, "F1", 6.5)
                fy -= 9
        return y - 14

    y = decorate()
    for kind, content in L["body"]:
        f = "F2" if kind == "b" else "F1"
        font = bold if kind == "b" else reg
        size = 10
        lines = wrap(font, content, size, x1 - x0)
        for ln in lines:
            if y < bottom:
                pages.append(ops)
                ops = []
                y = decorate()
            if kind == "right":
                text(x1 - font.width(ln, size), y, ln, f, size)
            elif ln:
                text(x0, y, ln, f, size)
            y -= 13.5
        y -= 6
    pages.append(ops)

    objs = {}
    # 1 catalog, 2 pages, 3 info, 4-5 fonts F1 F2, 6-7 descriptors, 8-9 font files, 10.. pages/contents
    def font_objs(fobj, fid, did, ffid):
        objs[fid] = (f"<< /Type /Font /Subtype /TrueType /BaseFont /{fobj.name} /FirstChar 32 /LastChar 255 "
                     f"/Widths [{' '.join(map(str, fobj.widths))}] /Encoding /WinAnsiEncoding "
                     f"/FontDescriptor {did} 0 R >>").encode()
        objs[did] = (f"<< /Type /FontDescriptor /FontName /{fobj.name} /Flags 32 "
                     f"/FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 /Ascent 928 /Descent -236 "
                     f"/CapHeight 729 /StemV 80 /FontFile2 {ffid} 0 R >>").encode()
        packed = zlib.compress(fobj.data, 9)
        objs[ffid] = (f"<< /Length {len(packed)} /Length1 {len(fobj.data)} /Filter /FlateDecode >>\nstream\n").encode() + \
            packed + b"\nendstream"
    font_objs(reg, 4, 6, 8)
    font_objs(bold, 5, 7, 9)
    kids = []
    n = 10
    for ops_ in pages:
        stream = "\n".join(ops_).encode("latin-1")
        objs[n + 1] = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream"
        objs[n] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W} {H}] "
                   f"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents {n + 1} 0 R >>").encode()
        kids.append(n)
        n += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    objs[3] = (f"<< /Producer (Hopital-Courrier 5.1) /Creator (Module courrier) "
               f"/CreationDate (D:{creation}+01'00') /ModDate (D:{creation}+01'00') >>").encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = out.tell()
        out.write(f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(f"xref\n0 {size}\n0000000000 65535 f \n".encode())
    for k in range(1, size):
        out.write(f"{offsets[k]:010d} 00000 n \n".encode() if k in offsets else b"0000000000 65535 f \n")
    out.write(f"trailer\n<< /Size {size} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


# ---------------------------------------------------------------- DOCX writer
def build_docx(L, when: dt.datetime) -> bytes:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for i, line in enumerate(L["title"].split("\n")):
        para = d.add_paragraph()
        run = para.add_run(line)
        run.bold = i == 0
    for kind, content in L["blocks"]:
        if kind == "h":
            d.add_heading(content, level=2)
        elif kind == "p":
            for chunk in content.split("\n"):
                d.add_paragraph(chunk)
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for r, row in enumerate(content):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = "secretariat"
    cp.last_modified_by = "secretariat"
    cp.created = when
    cp.modified = when
    cp.revision = 1
    cp.title = "Demande RCP"
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- main
def main():
    golds = []
    seen = set()
    for L in LETTERS:
        if L["id"] in seen:
            die(f"duplicate id {L['id']}")
        seen.add(L["id"])
        g = L["gold"](L)
        check(L, g)
        golds.append(g)
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    expected = set()
    for L, g in zip(LETTERS, golds):
        lid, fmt = L["id"], L["fmt"]
        when = dt.datetime.combine(L["date"], dt.time(9, 30))
        if fmt == "pdf":
            data = build_pdf(L, when.strftime("%Y%m%d%H%M%S"))
        elif fmt == "docx":
            data = build_docx(L, when)
        else:
            data = L["text"].replace("\n", L["newline"]).encode(L["encoding"])
        (HERE / "letters" / f"{lid}.{fmt}").write_bytes(data)
        (HERE / "gold" / f"{lid}.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        expected |= {f"letters/{lid}.{fmt}", f"gold/{lid}.json"}
    for sub in ("letters", "gold"):
        for f in (HERE / sub).iterdir():
            if f"{sub}/{f.name}" not in expected:
                f.unlink()
    print(f"ok: {len(LETTERS)} letters and golds written, contract checks passed")


if __name__ == "__main__":
    main()
