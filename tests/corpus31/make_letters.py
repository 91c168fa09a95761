#!/usr/bin/env python3
"""corpus31: twelve blind referral letters for the RCP « métastases osseuses »
with their gold records (spec: /work/shared/spec/rcp-request.md).

Run from /work/main:  .venv/bin/python tests/corpus31/make_letters.py

Every letter's text and gold live in this file.  The gold gaps are derived by
one function (derive_gaps) from the spec's gap rule; every gold is checked
against the contract before anything is written ("CONTRACT VIOLATION: ..." and
exit 1 on failure).  Output is byte-identical on every run: fixed PDF dates and
producer, fixed DOCX core properties and zip timestamps, no randomness.
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
ATC_TSV = SPEC / "atc-reference.tsv"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# --------------------------------------------------------------------------
# Contract (spec rcp-request.md, version 1)
# --------------------------------------------------------------------------
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
AGENT_GROUPS = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
             "prognosis", "therapeuticProject"]
ORDER = ["id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
         "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation", "antiplatelets",
         "prognosis", "therapeuticProject", "gaps"]


def load_atc():
    ref = {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        names = [cols[1], cols[2]] + [b for b in (cols[4].split(",") if len(cols) > 4 else []) if b]
        ref[cols[0].strip()] = [n.strip() for n in names if n.strip()]
    return ref


ATC = load_atc()


def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to a gold record (antiplatelets excluded)."""
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
                or (item == "primaryTumor" and not sec["histology"])
                or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
            )
            if incomplete:
                gaps.append([item, "incomplete"])
    return gaps


def age_at(birth: str, date: str) -> int:
    b, d = dt.date.fromisoformat(birth), dt.date.fromisoformat(date)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'")


def G(lid, sex, age, tumor, bone, pain, meds, prior, btt, ac, ap, prog, project):
    """Build a gold record; tuples keep the letter table compact."""
    g = {"id": lid, "patient": {"sex": sex, "age": age}}
    st, site, hist, bio = tumor
    g["primaryTumor"] = {"status": st, "site": site, "histology": hist, "biomarkers": dict(bio)}
    st, circ, dated = bone
    g["boneDiagnosis"] = {"status": st, "circumstances": list(circ), "dated": dated}
    st, types, inten = pain
    g["pain"] = {"status": st, "types": sorted(types), "intensity": inten}
    g["currentMedications"] = {"status": meds[0], "atc": sorted(meds[1])}
    g["priorLocalTreatments"] = {"status": prior[0], "types": sorted(prior[1])}
    for name, val in (("boneTargetedTherapy", btt), ("anticoagulation", ac), ("antiplatelets", ap)):
        g[name] = {"status": val[0], "atc": sorted(val[1])}
    st, ecog, kps = prog
    g["prognosis"] = {"status": st, "ecog": ecog} if kps is None else {"status": st, "kps": kps}
    g["therapeuticProject"] = {"status": project[0], "intent": project[1]}
    g["gaps"] = derive_gaps(g)
    return {k: g[k] for k in ORDER}


# --------------------------------------------------------------------------
# Letters.  Content blocks: ("head", text) letterhead line (bold),
# ("sub", text) small letterhead line, ("right", text), ("b", text) bold
# paragraph, ("p", text) paragraph, ("li", text) bullet, ("gap",) blank,
# ("page",) page break, ("table", [[cells], ...]) (DOCX; PDF renders rows).
# --------------------------------------------------------------------------
LETTERS = []


def letter(lid, fmt, date, content, gold, birth=None, age_written=None, encoding="utf-8",
           newline="\n", author="", title=""):
    LETTERS.append(dict(id=lid, fmt=fmt, date=date, content=content, gold=gold, birth=birth,
                        age_written=age_written, encoding=encoding, newline=newline,
                        author=author, title=title))


# ze01 -- medical oncologist, 2-page PDF with letterhead, re-presentation
letter("ze01", "pdf", "2025-05-12", birth="1961-03-14", author="Dr Hélène Marchetti",
       title="Demande de RCP - Mme Ferrand-Lacaze", content=[
    ("head", "CENTRE D'ONCOLOGIE DU VAL-DE-BRENNE"),
    ("sub", "Service d'oncologie médicale - Pr J.-M. Estrabaut, Dr H. Marchetti, Dr C. Nguyen-Vallat"),
    ("sub", "4, allée des Platanes - 37999 Tours-sur-Brenne - Secrétariat : 02 61 91 30 42"),
    ("rule",),
    ("right", "Tours-sur-Brenne, le 12 mai 2025"),
    ("gap",),
    ("p", "Dr Hélène MARCHETTI"),
    ("p", "à l'attention des membres de la RCP métastases osseuses"),
    ("gap",),
    ("b", "Objet : Mme Odile FERRAND-LACAZE, née le 14/03/1961 - nouvelle présentation"),
    ("gap",),
    ("p", "Chère consœur, cher confrère,"),
    ("p", "Je vous adresse pour une nouvelle discussion en RCP Mme Odile Ferrand-Lacaze, "
          "née le 14/03/1961, dont le dossier avait déjà été présenté le 21/09/2023."),
    ("b", "Antécédents"),
    ("li", "Hypothyroïdie substituée. Cholécystectomie en 2008. Pas d'antécédent thrombo-embolique."),
    ("li", "Familiaux : mère décédée d'un cancer du sein à 70 ans, une tante maternelle traitée "
           "pour un cancer de l'ovaire."),
    ("b", "Histoire oncologique"),
    ("li", "2015 : carcinome canalaire infiltrant (NST) du sein gauche, pT2 N1, grade II, RE 90 %, "
           "RP 40 %, HER2 score 1+ (négatif). Tumorectomie et curage, 3 FEC 100 puis 3 docétaxel, "
           "radiothérapie mammaire adjuvante, puis létrozole pendant 5 ans (arrêt en 2020)."),
    ("li", "Octobre 2022 : ascension du CA 15-3 (68 U/mL). Le TEP-TDM de surveillance montre des "
           "lésions hypermétaboliques de L3, de l'aile iliaque droite et du 7e arc costal gauche. "
           "Biopsie iliaque : localisation du carcinome mammaire, RE 80 %, RP 10 %, HER2 0."),
    ("li", "Novembre 2022 à février 2025 : létrozole + palbociclib (Ibrance) en 1re ligne, associés "
           "au dénosumab (Xgeva) mensuel depuis décembre 2022 après bilan dentaire."),
    ("li", "02/10/2023 : radiothérapie antalgique de L3, 8 Gy en une fraction, décidée lors de la "
           "précédente RCP, avec un bon effet antalgique."),
    ("li", "Février 2025 : progression osseuse (L2, sacrum) et apparition de deux nodules hépatiques "
           "infracentimétriques. Mutation ESR1 détectée sur ADN circulant, PIK3CA non muté. "
           "Arrêt de l'Ibrance et du létrozole."),
    ("li", "Depuis le 10/03/2025 : fulvestrant (Faslodex) 500 mg toutes les 4 semaines."),
    ("page",),
    ("b", "Situation actuelle"),
    ("p", "Mme Ferrand-Lacaze se plaint de lombalgies basses d'horaire mécanique, majorées à la marche "
          "et à la station debout prolongée, avec des réveils nocturnes depuis environ un mois. "
          "EN à 5/10 ce jour (elle était à 7/10 le mois dernier, avant la majoration du tramadol). "
          "Pas de radiculalgie, pas de trouble sphinctérien, examen neurologique normal."),
    ("p", "L'état général est conservé : OMS 1, poids stable à 61 kg. Elle continue de travailler "
          "à mi-temps comme comptable."),
    ("p", "Le scanner du rachis du 29/04/2025 montre une lyse du corps vertébral de L2 intéressant "
          "environ 40 % du corps, sans recul du mur postérieur (score SINS estimé à 9). "
          "Lésion sacrée condensante, non compliquée."),
    ("b", "Traitement actuel"),
    ("li", "Faslodex 500 mg IM toutes les 4 semaines"),
    ("li", "Xgeva 120 mg SC toutes les 4 semaines (dernière injection le 28/04/2025)"),
    ("li", "Cacit D3 1 sachet par jour"),
    ("li", "Levothyrox 75 µg le matin"),
    ("li", "Doliprane 1 g trois fois par jour"),
    ("li", "Tramadol LP 100 mg matin et soir"),
    ("p", "Pas de traitement anticoagulant. Dernier bilan dentaire en mars 2025, sans anomalie. "
          "Calcémie corrigée normale."),
    ("b", "Projet et question"),
    ("p", "Le fulvestrant est poursuivi, dans une optique palliative ; une réévaluation "
          "scanographique est prévue en juin. Je souhaiterais l'avis de la RCP sur la prise en "
          "charge locale de L2 : radiothérapie (stéréotaxique ?) ou cimentoplastie, voire les deux ?"),
    ("p", "Je vous remercie de votre aide et vous prie de croire, chère consœur, cher confrère, "
          "à l'assurance de mes sentiments confraternels."),
    ("gap",),
    ("right", "Dr Hélène Marchetti"),
], gold=G("ze01", "F", 64,
          ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
          ("present", ["staging_imaging"], True),
          ("present", ["mechanical", "nocturnal"], 5),
          ("present", ["L02BA03", "M05BX04", "A12AX", "H03AA01", "N02BE01", "N02AX02"]),
          ("present", ["radiotherapy"]),
          ("present", ["M05BX04"]), ("absent", []), ("unknown", []),
          ("present", 1, None), ("present", "palliative")))

# ze02 -- GP, very short plain text
letter("ze02", "txt", "2025-06-03", age_written=78, content=[
    ("p", "Dr P.-Y. Lannuzel - Médecine générale - 12 rue des Tanneurs 29999 Kerbastic - 02 61 91 44 07"),
    ("p", "Le 03/06/2025"),
    ("p", "Cher confrère, je vous adresse M. Raymond Quéméner, 78 ans, suivi pour un cancer de la prostate "
          "par le Dr Gourvès (urologue), sous Décapeptyl tous les 6 mois, qui présente des dorsalgies "
          "depuis 3 semaines, surtout la nuit. Radio : lésion condensante de T9 suspecte. PSA à 48 "
          "(il était à 6 en janvier)."),
    ("p", "TTT : Décapeptyl, Triatec 5, Kardegic 75, Doliprane 1g si besoin. Pas d'anticoagulant."),
    ("p", "Merci de votre avis. Bien confraternellement."),
], gold=G("ze02", "M", 78,
          ("present", "prostate", None, {"PSA": "positive"}),
          ("present", ["pain"], True),
          ("present", ["nocturnal"], None),
          ("present", ["L02AE04", "C09AA05", "B01AC06", "N02BE01"]),
          ("unknown", []),
          ("unknown", []), ("absent", []), ("present", ["B01AC06"]),
          ("unknown", None, None), ("present", None)))

# ze03 -- pneumologist, DOCX request form with tables
letter("ze03", "docx", "2025-06-18", birth="1958-09-22", author="Dr Solène Aubriot",
       title="Fiche RCP métastases osseuses", content=[
    ("head", "CH de Montferrand-sur-Lèze - Service de pneumologie"),
    ("head", "FICHE DE DEMANDE RCP MÉTASTASES OSSEUSES"),
    ("table", [["Date de la demande", "18/06/2025"],
               ["Médecin demandeur", "Dr Solène Aubriot, pneumologue - tél 05 36 49 12 80"],
               ["Patient", "M. Karim BELHADJ-ROUSSEAU"],
               ["Date de naissance", "22/09/1958"],
               ["Sexe", "M"]]),
    ("b", "Tumeur primitive"),
    ("table", [["Localisation", "Poumon (lobe inférieur droit)"],
               ["Histologie", "Adénocarcinome (biopsie bronchique du 14/02/2025)"],
               ["Biologie moléculaire", "EGFR non muté, ALK négatif (IHC), ROS1 négatif, KRAS G12C muté"],
               ["PD-L1", "5 %"]]),
    ("b", "Atteinte osseuse"),
    ("table", [["Circonstances de découverte", "TEP-TDM du bilan d'extension initial"],
               ["Date", "11/02/2025"],
               ["Sites", "T6, 5e arc costal droit, ischion droit"],
               ["Douleur", "Oui"],
               ["EVA / EN", "6/10"],
               ["Type de douleur", "Mécanique (majorée à la marche) ; douleur en hémiceinture droite "
                                   "à composante neuropathique, DN4 = 5/10. Pas de réveil nocturne."],
               ["Traitements locaux antérieurs (RT, chirurgie, cimentoplastie...)", "Aucun"],
               ["Traitement osseux (bisphosphonate / dénosumab)",
                "Non - Xgeva à discuter après avis dentaire (RDV le 25/06)"],
               ["Anticoagulant", "Oui - Innohep 14 000 UI/j (embolie pulmonaire en mars 2025)"],
               ["Antiagrégant plaquettaire", "Non"]]),
    ("b", "Traitements en cours"),
    ("table", [["Médicament", "Posologie", "Depuis"],
               ["Carboplatine AUC 5 + pémétrexed 500 mg/m² + pembrolizumab 200 mg",
                "J1 = J21 (C3 le 10/06/2025)", "03/2025"],
               ["Innohep 14 000 UI", "1 inj SC/j", "03/2025"],
               ["Skenan LP 30 mg", "matin et soir", "04/2025"],
               ["Actiskenan 10 mg", "si douleur, max 6/j", "04/2025"],
               ["Lyrica 75 mg", "x 2/j", "05/2025"],
               ["Inexium 20 mg", "1/j", "03/2025"],
               ["Spéciafoldine 0,4 mg", "1/j", "02/2025"]]),
    ("b", "Pronostic et projet"),
    ("table", [["Performance status (OMS)", "1"],
               ["Espérance de vie estimée", "> 6 mois"],
               ["Intention du traitement", "Palliative"],
               ["Projet thérapeutique", "Poursuite carboplatine-pémétrexed-pembrolizumab (4 cycles) puis "
                                        "maintenance pémétrexed-pembrolizumab"],
               ["Question posée à la RCP", "Radiothérapie antalgique de T6 et de l'arc costal ? "
                                           "Risque fracturaire de l'ischion (appui) ?"]]),
], gold=G("ze03", "M", 66,
          ("present", "lung", "adenocarcinoma",
           {"EGFR": "negative", "ALK": "negative", "ROS1": "negative", "KRAS": "positive", "PD-L1": "positive"}),
          ("present", ["staging_imaging"], True),
          ("present", ["mechanical", "neuropathic"], 6),
          ("present", ["L01XA02", "L01BA04", "L01FF02", "B01AB10", "N02AA01", "N03AX16", "A02BC05"]),
          ("absent", []),
          ("absent", []), ("present", ["B01AB10"]), ("absent", []),
          ("present", 1, None), ("present", "palliative")))

# ze04 -- radiation oncology resident on call, urgent cord compression, e-mail text
letter("ze04", "txt", "2025-04-14", age_written=71, content=[
    ("p", "Objet : URGENT - compression médullaire T8 - demande de discussion RCP MO ce jour"),
    ("p", "De : Dr Mathis Gervaise, interne de radiothérapie de garde, CHU de Saint-Aurèle (DECT 04 65 71 09 88)"),
    ("p", "Date : lundi 14/04/2025 08:52"),
    ("gap",),
    ("p", "Bonjour,"),
    ("p", "Patient M. Gilbert ROCHEFORT, 71 ans, adressé cette nuit par les urgences de Lormes-la-Vallée."),
    ("p", "ATCD : FA sous Xarelto, HTA, BPCO, tabac 45 PA sevré en 2010. Pas de cancer connu jusqu'ici. "
          "Frère traité pour un cancer ORL."),
    ("p", "HDM : dorsalgies depuis environ 2 mois étiquetées lumbago par le MT (AINS, kiné). Depuis samedi "
          "12/04, faiblesse des 2 MI avec 2 chutes, rétention urinaire sondée aux urgences. IRM faite devant "
          "le déficit. Douleur en ceinture à type de décharges électriques, EN 7/10 ce matin."),
    ("p", "Examen : paraparésie 3/5 proximale, niveau sensitif T10, ROT vifs, Babinski bilatéral."),
    ("p", "IRM rachis entier (13/04) : lésion lytique de T8 avec épidurite compressive et recul du mur "
          "postérieur ; autres lésions T2 et L1 sans compression. TDM TAP : masse du LSD de 4 cm + "
          "adénopathies médiastinales -> probable primitif pulmonaire, pas de preuve histologique pour "
          "l'instant (fibroscopie demandée cette semaine)."),
    ("p", "Ttt : Xarelto 20 mg/j (dernière prise hier soir 20h), dexaméthasone 16 mg/j IV débutée aux "
          "urgences, Oxynorm 5 mg toutes les 4 h, Amlor 5 mg, Inexium 40 mg."),
    ("p", "Aucune radiothérapie antérieure. Pas de chimiothérapie."),
    ("p", "OMS 1 il y a un mois, OMS 3 actuellement."),
    ("p", "Avis neurochirurgical (Dr Faure) : pas d'indication opératoire (lésions étagées, déficit "
          "installé depuis plus de 48 h)."),
    ("p", "Décision : radiothérapie décompressive 20 Gy en 5 fractions T7-T9, première séance "
          "programmée cet après-midi à 14h."),
    ("p", "Questions pour la RCP : validation de la stratégie, place d'une chirurgie différée ou d'une "
          "cimentoplastie de L1, indication d'un anti-résorptif une fois le diagnostic posé ?"),
    ("gap",),
    ("p", "Merci, M. Gervaise"),
], gold=G("ze04", "M", 71,
          ("uncertain", "lung", None, {}),
          ("present", ["neurological_deficit"], True),
          ("present", ["neuropathic"], 7),
          ("present", ["B01AF01", "H02AB02", "N02AA05", "A02BC05"]),
          ("absent", []),
          ("unknown", []), ("present", ["B01AF01"]), ("unknown", []),
          ("present", 3, None), ("present", None)))

# ze05 -- urologist, 1-page PDF, kidney, re-presentation
letter("ze05", "pdf", "2025-04-07", age_written=67, author="Dr Franck Oudinot",
       title="RCP métastases osseuses - M. Vidalenc", content=[
    ("head", "Clinique du Parc Saint-Véran - Urologie"),
    ("sub", "Dr Franck Oudinot - 18, boulevard Gambetta - 84999 Saint-Véran - Tél. 04 65 71 20 33"),
    ("rule",),
    ("right", "Le 07/04/2025"),
    ("p", "Mon cher confrère,"),
    ("p", "Je souhaiterais rediscuter en RCP le dossier de M. Jean-Claude VIDALENC, 67 ans, déjà "
          "présenté le 15/01/2025."),
    ("p", "Rappel : néphrectomie élargie gauche en 2019 pour un carcinome à cellules claires, pT3a N0, "
          "grade ISUP 3. Récidive métastatique révélée le 18/11/2024 par une fracture pathologique de "
          "l'humérus droit (chute de sa hauteur), traitée par enclouage (Dr Massol) puis radiothérapie "
          "de l'humérus 20 Gy en 5 fractions en décembre. Le bilan retrouvait d'autres lésions osseuses "
          "(cotyle droit, L5, arcs costaux) et des nodules pulmonaires."),
    ("p", "Traitement systémique : nivolumab + ipilimumab (4 cures) puis nivolumab seul, arrêté le "
          "20/02/2025 pour une colite immuno-induite de grade 3 (Solumédrol puis décroissance, terminée). "
          "Cabozantinib (Cabometyx) 40 mg/j depuis le 10/03/2025, bien toléré en dehors d'un syndrome "
          "main-pied de grade 1."),
    ("p", "L'acide zolédronique débuté en décembre a été arrêté après 2 perfusions (ostéonécrose "
          "mandibulaire stade 1 en février, suivie en stomatologie)."),
    ("p", "Il présente depuis 3 semaines une douleur inguinale droite à l'appui et à la marche, EVA 4/10, "
          "avec une boiterie ; il marche avec une canne. Pas de douleur au repos. Le scanner du 01/04 "
          "montre une lyse du toit du cotyle droit, sans fracture."),
    ("p", "Antécédents : embolie pulmonaire en juin 2024, diabète de type 2, dyslipidémie. Le Kardégic a "
          "été arrêté lors de l'introduction de l'anticoagulant."),
    ("p", "Traitement actuel : Cabometyx 40 mg/j, Eliquis 5 mg matin et soir, Glucophage 1000 mg x 2, "
          "Tahor 20 mg, Doliprane 1 g x 3/j."),
    ("p", "Karnofsky 80 %."),
    ("p", "Questions : prise en charge du cotyle droit (radiothérapie, cimentoplastie, avis chirurgical ?). "
          "Faut-il envisager un autre anti-résorptif (dénosumab) malgré l'ONM ?"),
    ("p", "Bien amicalement,"),
    ("right", "Dr F. Oudinot"),
], gold=G("ze05", "M", 67,
          ("present", "kidney", "clear_cell_carcinoma", {}),
          ("present", ["pathological_fracture"], True),
          ("present", ["mechanical"], 4),
          ("present", ["L01EX07", "B01AF02", "A10BA02", "C10AA05", "N02BE01"]),
          ("present", ["surgery", "radiotherapy"]),
          ("absent", []), ("present", ["B01AF02"]), ("absent", []),
          ("present", None, 80), ("present", None)))

# ze06 -- palliative care team, narrative DOCX
letter("ze06", "docx", "2025-03-03", birth="1942-11-02", author="Dr Anne-Laure Quintard",
       title="Demande d'avis RCP", content=[
    ("head", "Hôpital Sainte-Radegonde de Vauclerc"),
    ("sub", "Équipe mobile de soins palliatifs - Dr Anne-Laure Quintard - 03 53 01 66 12"),
    ("right", "Vauclerc, le 3 mars 2025"),
    ("b", "Objet : demande d'avis RCP métastases osseuses - Mme Germaine ROUSSILHE, née le 02/11/1942"),
    ("p", "Chers collègues,"),
    ("p", "Nous suivons depuis janvier, en hospitalisation dans le service de médecine polyvalente, "
          "Mme Germaine Roussilhe pour la prise en charge de douleurs osseuses dans le cadre d'un "
          "carcinome lobulaire infiltrant du sein droit, RE+, RP-, HER2 négatif, diagnostiqué en 2011 "
          "(mastectomie, puis tamoxifène et anastrozole)."),
    ("p", "La maladie osseuse a été révélée en mai 2019 par une hypercalcémie à 3,2 mmol/L avec "
          "confusion, le bilan retrouvant des lésions ostéocondensantes diffuses du squelette axial. "
          "Elle a reçu successivement exémestane + évérolimus, fulvestrant, puis capécitabine, arrêtée "
          "en décembre 2024 devant l'altération de l'état général. Après discussion avec la patiente "
          "et sa fille, une prise en charge en soins de support exclusifs a été décidée."),
    ("p", "Elle a bénéficié d'une radiothérapie antalgique du bassin (sacro-iliaque gauche) en "
          "septembre 2023, efficace. Le dénosumab (Xgeva) a été interrompu en octobre 2024 en raison "
          "d'une insuffisance rénale (clairance 24 mL/min) et d'une hypocalcémie."),
    ("p", "Actuellement, les douleurs prédominent au gril costal gauche et à l'épaule gauche, à type "
          "de brûlures avec allodynie au contact des vêtements, majorées par la mobilisation et les "
          "soins de nursing. Pas de recrudescence nocturne. EN 4/10 ce jour sous traitement "
          "(8/10 à l'admission). La scintigraphie de décembre montrait de nouvelles fixations des 5e "
          "à 8e arcs costaux gauches et de la tête humérale gauche."),
    ("p", "Elle est par ailleurs anticoagulée par HBPM à dose curative pour une thrombose veineuse "
          "sur chambre implantable (décembre 2024). Pas d'antiagrégant plaquettaire."),
    ("p", "Traitement en cours : Durogesic 37 µg/h, Actiskenan 10 mg en interdoses (3 à 4 par jour), "
          "Laroxyl 10 gouttes le soir, Solupred 20 mg/j, Movicol 2 sachets/j, Xanax 0,25 mg si "
          "anxiété, HBPM."),
    ("p", "État général : OMS 3, alitée plus de la moitié de la journée, alimentation réduite. "
          "Espérance de vie estimée de quelques semaines à deux ou trois mois."),
    ("p", "Question : une radiothérapie antalgique en fraction unique (8 Gy) sur le gril costal gauche "
          "et/ou l'épaule gauche est-elle envisageable, avec un transport allongé ? La patiente ne "
          "souhaite pas de geste invasif."),
    ("p", "Nous restons à votre disposition. Bien cordialement,"),
    ("right", "Dr A.-L. Quintard"),
], gold=G("ze06", "F", 82,
          ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
          ("present", ["hypercalcemia"], True),
          ("present", ["neuropathic", "mechanical"], 4),
          ("present", ["N02AB03", "N02AA01", "N06AA09", "H02AB06", "A06AD65", "N05BA12"]),
          ("present", ["radiotherapy"]),
          ("absent", []), ("present", []), ("absent", []),
          ("present", 3, None), ("present", "supportive")))

# ze07 -- orthopaedic surgeon, short text, pathological fracture, unknown primary
letter("ze07", "txt", "2025-04-17", age_written=59, content=[
    ("p", "CH de Brissac-les-Vignes - Service d'orthopédie-traumatologie"),
    ("p", "Dr Thibault Carrère - secrétariat 05 36 49 70 15"),
    ("p", "Le 17/04/2025"),
    ("gap",),
    ("p", "Objet : M. Serge ANDRIEUX, 59 ans"),
    ("gap",),
    ("p", "Cher confrère,"),
    ("p", "Patient opéré le 06/04/2025 d'un enclouage centromédullaire du fémur droit pour une fracture "
          "pathologique sous-trochantérienne survenue le 04/04 en descendant de voiture. L'anapath du "
          "fraisât retrouve une métastase d'adénocarcinome, CK7+, CK20-, TTF1-, primitif non retrouvé à "
          "ce stade (TDM TAP : pas de lésion primitive évidente ; autres lésions osseuses L3 et arcs "
          "costaux). Bilan étiologique en cours (TEP prévue le 24/04, avis gastro demandé)."),
    ("p", "Suites simples, remise en charge complète autorisée. Douleurs bien controlées, EN 2/10 à la marche."),
    ("p", "Traitement de sortie : Lovenox 4000 UI 1 inj/j pendant 35 jours, Doliprane 1 g x 4/j, "
          "Topalgic 50 mg si besoin."),
    ("p", "Merci de discuter l'indication d'une radiothérapie post-opératoire du fémur et la suite de la "
          "prise en charge."),
    ("p", "Cordialement,"),
    ("p", "Dr T. Carrère"),
], gold=G("ze07", "M", 59,
          ("present", "unknown_primary", "adenocarcinoma", {}),
          ("present", ["pathological_fracture"], True),
          ("present", ["mechanical"], 2),
          ("present", ["B01AB05", "N02BE01", "N02AX02"]),
          ("present", ["surgery"]),
          ("unknown", []), ("present", ["B01AB05"]), ("unknown", []),
          ("unknown", None, None), ("unknown", None)))

# ze08 -- thoracic oncologist, 1-page PDF, drug question, anticoagulant contradiction
letter("ze08", "pdf", "2025-05-22", age_written=54, author="Dr Nadia Ferhat-Lemoine",
       title="Question anti-résorptif - Mme Duboscq", content=[
    ("head", "Hôpital privé des Tilleuls"),
    ("sub", "Pneumologie - oncologie thoracique - Dr Nadia Ferhat-Lemoine"),
    ("sub", "2, rue du Lavoir - 56999 Saint-Gildas-des-Prés - Tél. 02 61 91 58 34"),
    ("rule",),
    ("right", "Saint-Gildas-des-Prés, le 22/05/2025"),
    ("b", "Objet : Mme Claire DUBOSCQ, 54 ans - question sur le traitement anti-résorptif"),
    ("p", "Chère consœur,"),
    ("p", "Je me permets de vous soumettre le dossier de Mme Duboscq, 54 ans, non fumeuse, suivie pour "
          "un adénocarcinome pulmonaire du lobe supérieur gauche de stade IV (os) diagnostiqué en juin "
          "2023 : réarrangement ALK (IHC et FISH), EGFR non muté, PD-L1 < 1 %."),
    ("p", "Les métastases osseuses (aile iliaque gauche, T11, L4) ont été découvertes sur le TEP-TDM du "
          "bilan initial en juin 2023. La lésion iliaque a été traitée par radiothérapie stéréotaxique "
          "(3 x 9 Gy) en août 2023."),
    ("p", "Elle est sous alectinib (Alecensa) 600 mg x 2/j depuis juillet 2023, avec une réponse "
          "métabolique complète maintenue sur le TEP d'avril 2025. Aucune douleur osseuse actuellement. "
          "OMS 0, elle a repris son activité professionnelle d'enseignante."),
    ("p", "Antécédents : fibrillation atriale paroxystique, HTA. Mère : cancer colique à 75 ans."),
    ("p", "Traitements : Alecensa 600 mg x 2, Eliquis 5 mg x 2, Cardensiel 2,5 mg, Uvedose 1 ampoule par mois."),
    ("p", "Elle n'a jamais reçu de traitement anti-résorptif."),
    ("p", "Ma question : compte tenu de la réponse prolongée, y a-t-il une indication à débuter un "
          "anti-résorptif (acide zolédronique ou dénosumab), et à quel rythme ? Un bilan bucco-dentaire "
          "est prévu le 05/06, son dentiste envisage deux extractions. A noter que la patiente n'a pas "
          "de traitement anticoagulant ni antiagrégant, ce qui facilite les soins dentaires."),
    ("p", "Bien confraternellement,"),
    ("right", "Dr N. Ferhat-Lemoine"),
], gold=G("ze08", "F", 54,
          ("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "negative"}),
          ("present", ["staging_imaging"], True),
          ("absent", [], None),
          ("present", ["L01ED03", "B01AF02", "C07AB07", "A11CC05"]),
          ("present", ["radiotherapy"]),
          ("absent", []), ("conflicting", ["B01AF02"]), ("absent", []),
          ("present", 0, None), ("present", None)))

# ze09 -- radiation oncologist, DOCX with headings and a treatment table
letter("ze09", "docx", "2025-07-29", birth="1950-07-30", author="Dr Emmanuel Sarrazin-Roy",
       title="RCP - M. Mauboussin", content=[
    ("head", "Institut de radiothérapie de la Côte-Vermeille"),
    ("sub", "Dr Emmanuel Sarrazin-Roy - oncologue radiothérapeute - 04 65 71 83 02"),
    ("right", "Le 29/07/2025"),
    ("b", "Patient : M. Henri MAUBOUSSIN, né le 30/07/1950"),
    ("b", "Motif"),
    ("p", "Progression osseuse après radiothérapie stéréotaxique : discussion d'une ré-irradiation et "
          "du traitement des nouvelles lésions."),
    ("b", "Antécédents"),
    ("p", "Adénocarcinome prostatique Gleason 8 (4+4), ISUP 4, cT3a, traité en 2012 par prostatectomie "
          "radicale puis radiothérapie de la loge prostatique en 2015 pour récidive biologique. "
          "Cardiopathie ischémique stentée en 2018. Père : cancer du colon."),
    ("b", "Histoire de la maladie osseuse"),
    ("p", "En mars 2024, le TEP-PSMA de surveillance réalisé pour une remontée du PSA (2,4 ng/mL) "
          "montre une fixation isolée de L4, traitée par radiothérapie stéréotaxique 3 x 9 Gy en avril "
          "2024 associée à une hormonothérapie par Eligard."),
    ("p", "Juillet 2025 : PSA à 12 ng/mL. TEP-PSMA : progression sur L4 irradiée et nouvelles fixations "
          "de l'aile iliaque droite et du 9e arc costal droit."),
    ("b", "Clinique"),
    ("p", "Patient totalement indolore, aucune gêne fonctionnelle, OMS 0. Il marche 5 km par jour."),
    ("b", "Traitement actuel"),
    ("table", [["Traitement", "Posologie", "Remarque"],
               ["Eligard 45 mg", "1 inj / 6 mois", "dernière injection 02/2025"],
               ["Nubeqa 300 mg", "2 cp matin et soir", "introduit en 06/2025 par son urologue"],
               ["Kardégic 75 mg", "1/j", ""],
               ["Bisoprolol 5 mg", "1/j", ""],
               ["Tahor 40 mg", "1/j", ""]]),
    ("p", "Traitement osseux : il serait sous Prolia, prescrit par son rhumatologue pour une "
          "ostéoporose - à vérifier avec le patient, aucune trace dans notre dossier."),
    ("b", "Proposition et question"),
    ("p", "Je ne propose pas de ré-irradier L4 à court terme. Une SBRT de l'aile iliaque et de la côte "
          "pourrait se discuter si L4 se stabilise sous darolutamide. Question : validation du principe "
          "d'une SBRT des nouvelles lésions ? Intérêt d'un anti-résorptif à dose oncologique ?"),
    ("right", "Dr E. Sarrazin-Roy"),
], gold=G("ze09", "M", 74,
          ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
          ("present", ["staging_imaging"], True),
          ("absent", [], None),
          ("present", ["L02AE02", "L02BB06", "B01AC06", "C07AB07", "C10AA05"]),
          ("present", ["radiotherapy"]),
          ("uncertain", ["M05BX04"]), ("unknown", []), ("present", ["B01AC06"]),
          ("present", 0, None), ("present", None)))

# ze10 -- digestive oncologist, 1-page PDF, pain-driven, neuropathic sacral pain
letter("ze10", "pdf", "2025-05-14", age_written=63, author="Dr Yannick Le Bihan-Sorel",
       title="Douleurs sacrées - Mme Guérandel", content=[
    ("head", "Centre hospitalier de Kerlouan-Sud - Oncologie digestive"),
    ("sub", "Dr Yannick Le Bihan-Sorel - Tél. 02 61 91 27 65"),
    ("rule",),
    ("right", "Le 14/05/2025"),
    ("b", "Objet : douleurs sacrées non contrôlées - demande de RCP métastases osseuses (si possible mardi)"),
    ("p", "Chère consœur, cher confrère,"),
    ("p", "Mme Martine GUÉRANDEL, 63 ans, est suivie pour un adénocarcinome du moyen rectum métastatique, "
          "KRAS muté (G12D), NRAS non muté, BRAF non muté, MSS. Radiochimiothérapie puis amputation "
          "abdomino-périnéale en 2022 ; récidive hépatique en 2023 traitée par FOLFOX, arrêté pour "
          "neuropathie."),
    ("p", "Elle décrit depuis environ 6 semaines des douleurs sacrées irradiant à la face postérieure de "
          "la cuisse et de la jambe gauche, à type de décharges électriques, avec des réveils nocturnes "
          "quasi quotidiens. EN 8/10 ce jour malgré l'augmentation de l'oxycodone. L'IRM du 09/05/2025 "
          "retrouve une lésion lytique de l'aileron sacré gauche étendue au foramen S1 gauche, sans "
          "épidurite. C'est sa première localisation osseuse : aucun traitement local osseux antérieur."),
    ("p", "Traitement oncologique : FOLFIRI-bévacizumab en 2e ligne palliative depuis février 2025, "
          "C7 le 06/05/2025."),
    ("p", "Traitement habituel : Oxycontin 30 mg x 2/j, Oxynormoro 10 mg jusqu'à 6/j, Neurontin 300 mg "
          "x 3/j (introduit il y a 10 jours), Dafalgan 1 g x 3, Forlax 2 sachets/j, Mopral 20 mg. "
          "Pas d'anticoagulant. Pas de bisphosphonate ni de dénosumab."),
    ("p", "OMS 2, limitée par la douleur."),
    ("p", "Questions : radiothérapie antalgique du sacrum ? Faut-il suspendre le bévacizumab ? Place "
          "d'une sacroplastie ?"),
    ("p", "Avec mes remerciements,"),
    ("right", "Dr Y. Le Bihan-Sorel"),
], gold=G("ze10", "F", 63,
          ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
          ("present", ["pain"], True),
          ("present", ["neuropathic", "nocturnal"], 8),
          ("present", ["N02AA05", "N03AX12", "N02BE01", "A06AD15", "A02BC01"]),
          ("absent", []),
          ("absent", []), ("absent", []), ("unknown", []),
          ("present", 2, None), ("present", "palliative")))

# ze11 -- neurosurgeon discharge letter, cp1252 text, operated cord compression
letter("ze11", "txt", "2025-06-20", age_written=66, encoding="cp1252", content=[
    ("p", "CHU DE VALSERINE - NEUROCHIRURGIE"),
    ("p", "Dr Raphaël Montagnac - secrétariat 04 65 71 49 26"),
    ("gap",),
    ("p", "COURRIER DE SORTIE - le 20/06/2025"),
    ("p", "Copie : RCP métastases osseuses, Dr Salvaing (oncologue), Dr Perrot (médecin traitant)"),
    ("gap",),
    ("p", "M. Didier PLANCHON, 66 ans, hospitalisé du 02/06 au 20/06/2025."),
    ("gap",),
    ("p", "ATCD : carcinome urothélial de vessie infiltrant (pT2), cystectomie et Bricker en 2023, "
          "chimiothérapie adjuvante ; récidive ganglionnaire rétropéritonéale en 01/2025 traitée par "
          "enfortumab vedotin + pembrolizumab (Dr Salvaing). Tabagisme sevré. Ulcère gastrique en 2010."),
    ("p", "Histoire : installation brutale le 02/06/2025 au réveil d'un déficit moteur des membres "
          "inférieurs (2/5 à droite, 3/5 à gauche) avec rétention d'urines. IRM : épidurite métastatique "
          "compressive T11 avec fracture-tassement de T11, première localisation osseuse connue."),
    ("p", "Intervention le 02/06/2025 : laminectomie décompressive T10-T12 et ostéosynthèse percutanée "
          "T9-L1."),
    ("p", "Suites : récupération partielle, marche avec déambulateur, sonde urinaire retirée à J5. "
          "Douleurs rachidiennes résiduelles EVA 3/10, bien soulagées."),
    ("p", "Traitement de sortie : Dectancyl 8 mg/j en décroissance (arrêt prévu le 30/06), Lovenox "
          "4000 UI/j en prévention thrombo-embolique, Skenan LP 20 mg x 2, Inexium 20 mg, Forlax 1 sachet/j."),
    ("p", "L'enfortumab vedotin et le pembrolizumab sont suspendus depuis l'hospitalisation ; leur "
          "reprise est décidée avec le Dr Salvaing à J21 post-opératoire."),
    ("p", "Pronostic fonctionnel réservé, pronostic global engagé selon son oncologue."),
    ("p", "Demande : discussion en RCP d'une radiothérapie post-opératoire de T11 et de l'indication d'un "
          "traitement anti-résorptif (aucun à ce jour)."),
    ("gap",),
    ("p", "Dr R. Montagnac"),
], gold=G("ze11", "M", 66,
          ("present", "bladder", "other", {}),
          ("present", ["neurological_deficit"], True),
          ("present", [], 3),
          ("present", ["H02AB02", "B01AB05", "N02AA01", "A02BC05", "A06AD15"]),
          ("present", ["surgery"]),
          ("absent", []), ("present", ["B01AB05"]), ("unknown", []),
          ("present", None, None), ("present", None)))

# ze12 -- oncology resident, CRLF e-mail, incidental finding, doubtful anticoagulant
letter("ze12", "txt", "2025-05-02", birth="1979-12-05", newline="\r\n", content=[
    ("p", "De : Lucie Vannier (interne, oncologie médicale, Institut Kerverne)"),
    ("p", "À : secrétariat RCP os"),
    ("p", "Date : 02/05/2025"),
    ("p", "Objet : demande RCP MO - Mme BERTHOMIEU Sandrine"),
    ("gap",),
    ("p", "Bonjour,"),
    ("p", "Pourriez-vous inscrire à la prochaine RCP la patiente suivante :"),
    ("p", "Mme Sandrine BERTHOMIEU, née le 05/12/1979, suivie par le Dr Abgrall."),
    ("p", "- K sein droit diag 09/2023 : CCI (NST) grade 3, RE 0 %, RP 0 %, HER2 3+, Ki67 40 %. Stade IV "
          "d'emblée (ggl sus-claviculaires + nodules hépatiques)."),
    ("p", "- 6 cures docétaxel-trastuzumab-pertuzumab puis maintenance Herceptin SC + Perjeta /21j depuis "
          "03/2024, RC hépatique."),
    ("p", "- 14/04/2025 : passage aux urgences pour colique néphrétique ; le scanner abdo-pelvien retrouve "
          "fortuitement une lésion lytique de 18 mm de l'aile iliaque gauche, non visible sur le TEP de "
          "12/2024. IRM bassin : aspect compatible avec une métastase, pas de risque fracturaire."),
    ("p", "- Pte asymptomatique, pas de douleur. OMS 0."),
    ("p", "- Aucun traitement local osseux antérieur."),
    ("p", "- ttt : Herceptin SC 600 mg + Perjeta IV toutes les 3 sem (C18 le 24/04), Zyma D 50 000 UI/mois, "
          "Levothyrox 50, Inexium 20."),
    ("p", "- Anticoag : Xarelto ? (traitée pour une TVP en 2024, je ne sais pas si c'est arrêté - à "
          "vérifier avec la patiente)"),
    ("p", "- Zometa envisagé selon avis RCP."),
    ("p", "Question : biopsie de la lésion iliaque (confirmation, réévaluation HER2) ? SBRT si lésion "
          "unique ?"),
    ("p", "Merci !"),
    ("p", "Lucie V."),
], gold=G("ze12", "F", 45,
          ("present", "breast", "invasive_ductal_carcinoma", {"ER": "negative", "PR": "negative", "HER2": "positive"}),
          ("present", ["incidental_imaging"], True),
          ("absent", [], None),
          ("present", ["L01FD01", "L01FD02", "A11CC05", "H03AA01", "A02BC05"]),
          ("absent", []),
          ("unknown", []), ("uncertain", ["B01AF01"]), ("unknown", []),
          ("present", 0, None), ("present", None)))


# --------------------------------------------------------------------------
# Plain text of a letter (for TXT output and for the evidence checks)
# --------------------------------------------------------------------------
def plain_lines(content):
    lines = []
    for blk in content:
        kind = blk[0]
        if kind in ("gap", "page", "rule"):
            lines.append("")
        elif kind == "li":
            lines.append("- " + blk[1])
        elif kind == "table":
            for row in blk[1]:
                lines.append(" | ".join(row))
        else:
            lines.append(blk[1])
    return lines


def plain_text(content):
    return "\n".join(plain_lines(content))


# --------------------------------------------------------------------------
# Contract check
# --------------------------------------------------------------------------
class Violation(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Violation(msg)


def mentioned(code, text):
    t = norm(text)
    return any(norm(n) in t for n in ATC[code])


def check(L):
    g, lid = L["gold"], L["id"]
    text = plain_text(L["content"])
    need(list(g.keys()) == ORDER, f"{lid}: keys out of order or missing")
    need(g["id"] == lid, f"{lid}: id mismatch")
    need(L["fmt"] in ("pdf", "docx", "txt"), f"{lid}: format")
    p = g["patient"]
    need(p["sex"] in ("F", "M"), f"{lid}: sex")
    need(isinstance(p["age"], int) and 18 <= p["age"] <= 110, f"{lid}: age")
    if L["birth"]:
        need(p["age"] == age_at(L["birth"], L["date"]), f"{lid}: age {p['age']} != computed "
             f"{age_at(L['birth'], L['date'])}")
        b = dt.date.fromisoformat(L["birth"])
        need(b.strftime("%d/%m/%Y") in text, f"{lid}: birth date not in letter")
        need(L["age_written"] is None, f"{lid}: both birth date and written age declared")
        need(f"{p['age']} ans" not in text, f"{lid}: birth-date letter also writes the age")
    else:
        need(L["age_written"] == p["age"], f"{lid}: age written differs from gold")
        need(f"{p['age']} ans" in text, f"{lid}: age '{p['age']} ans' not in letter")
    d = dt.date.fromisoformat(L["date"])
    need(d.strftime("%d/%m/%Y") in text or f"{d.day} " in text, f"{lid}: letter date not in letter")
    for item, allowed in STATUSES.items():
        need(g[item]["status"] in allowed, f"{lid}: {item} status {g[item]['status']} not allowed")
    t = g["primaryTumor"]
    if t["status"] == "unknown":
        need(t["site"] is None and t["histology"] is None and not t["biomarkers"], f"{lid}: tumour unknown yet filled")
    else:
        need(t["site"] in SITES, f"{lid}: site {t['site']}")
    need(t["histology"] is None or t["histology"] in HISTOLOGIES, f"{lid}: histology")
    for k, v in t["biomarkers"].items():
        need(k in BIOMARKERS and v in BIORESULTS, f"{lid}: biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    need(isinstance(bd["dated"], bool), f"{lid}: dated must be bool")
    need(all(c in CIRCUMSTANCES for c in bd["circumstances"]), f"{lid}: circumstance code")
    if bd["status"] == "present":
        need(bd["circumstances"], f"{lid}: bone diagnosis present without circumstance")
    else:
        need(not bd["circumstances"] and not bd["dated"], f"{lid}: bone unknown yet filled")
    pn = g["pain"]
    need(all(c in PAIN_TYPES for c in pn["types"]), f"{lid}: pain type code")
    need(pn["intensity"] is None or (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10),
         f"{lid}: pain intensity")
    if pn["status"] in ("absent", "unknown"):
        need(not pn["types"] and pn["intensity"] is None, f"{lid}: pain {pn['status']} yet typed/scored")
    if pn["intensity"] is not None:
        need(f"{pn['intensity']}/10" in text, f"{lid}: pain score not in letter")
    cm = g["currentMedications"]
    for code in cm["atc"]:
        need(code in ATC, f"{lid}: ATC {code} not in atc-reference.tsv")
        need(mentioned(code, text), f"{lid}: no name of {code} in the letter")
    need(len(set(cm["atc"])) == len(cm["atc"]), f"{lid}: duplicate ATC")
    if cm["status"] in ("absent", "unknown"):
        need(not cm["atc"], f"{lid}: medications {cm['status']} with codes")
    else:
        need(cm["atc"], f"{lid}: medications present without any table code")
    pl = g["priorLocalTreatments"]
    need(all(c in LOCAL_TYPES for c in pl["types"]), f"{lid}: local treatment type")
    if pl["status"] == "present":
        need(pl["types"], f"{lid}: prior local present without type")
    elif pl["status"] in ("absent", "unknown"):
        need(not pl["types"], f"{lid}: prior local {pl['status']} with types")
    for name, prefixes in AGENT_GROUPS.items():
        sec = g[name]
        for code in sec["atc"]:
            need(code in ATC, f"{lid}: {name} ATC {code} not in reference")
            need(code.startswith(prefixes), f"{lid}: {code} is not a {name} agent")
            need(mentioned(code, text), f"{lid}: no name of {code} in the letter")
        if sec["status"] in ("absent", "unknown"):
            need(not sec["atc"], f"{lid}: {name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            for code in sec["atc"]:
                need(code in cm["atc"], f"{lid}: {name} agent {code} missing from currentMedications")
        if sec["status"] == "uncertain":
            for code in sec["atc"]:
                need(code not in cm["atc"], f"{lid}: doubtful {name} agent {code} listed as current")
        in_meds = [c for c in cm["atc"] if c.startswith(prefixes)]
        if in_meds:
            need(sec["status"] in ("present", "conflicting"),
                 f"{lid}: current {name} drug {in_meds} but section {sec['status']}")
            need(set(in_meds) <= set(sec["atc"]), f"{lid}: {name} agents {in_meds} not in section")
    pg = g["prognosis"]
    need(("ecog" in pg) != ("kps" in pg), f"{lid}: prognosis needs exactly one of ecog/kps")
    if "ecog" in pg:
        need(pg["ecog"] is None or pg["ecog"] in range(0, 6), f"{lid}: ecog")
    else:
        need(pg["kps"] in range(0, 101, 10), f"{lid}: kps")
    if pg["status"] == "unknown":
        need(pg.get("ecog") is None and "kps" not in pg, f"{lid}: prognosis unknown yet filled")
    tp = g["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, f"{lid}: intent")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, f"{lid}: intent without project")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "support exclusif"}
    if tp["intent"]:
        need(intent_words[tp["intent"]] in norm(text), f"{lid}: intent word not in letter")
    need(g["gaps"] == derive_gaps(g), f"{lid}: gaps differ from the rule")
    for gap in g["gaps"]:
        need(gap[0] in GAP_ITEMS and gap[1] in ("missing", "uncertain", "conflicting", "incomplete"),
             f"{lid}: gap {gap}")
    # every character must survive the letter's own encoding
    try:
        text.encode(L["encoding"])
        if L["fmt"] == "pdf":
            text.encode("cp1252")
    except UnicodeEncodeError as e:
        raise Violation(f"{lid}: character not encodable: {e}")


# --------------------------------------------------------------------------
# PDF writer (DejaVu Sans subset, TrueType, WinAnsiEncoding)
# --------------------------------------------------------------------------
class PdfFont:
    def __init__(self, path, tag):
        from fontTools import subset
        from fontTools.ttLib import TTFont
        chars = []
        for b in range(32, 256):
            try:
                chars.append(ord(bytes([b]).decode("cp1252")))
            except UnicodeDecodeError:
                pass
        opts = subset.Options()
        opts.hinting = False
        opts.notdef_outline = True
        opts.recalc_timestamp = False
        opts.name_IDs = ["*"]
        opts.drop_tables += ["FFTM"]
        font = TTFont(str(path), recalcTimestamp=False)
        sub = subset.Subsetter(options=opts)
        sub.populate(unicodes=chars)
        sub.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        self.data = buf.getvalue()
        self.name = tag + "+" + font["name"].getDebugName(6)
        upm = font["head"].unitsPerEm
        cmap = font.getBestCmap()
        hmtx = font["hmtx"]
        self.widths = []
        for b in range(32, 256):
            try:
                u = ord(bytes([b]).decode("cp1252"))
                w = hmtx[cmap[u]][0] * 1000 // upm if u in cmap else 0
            except UnicodeDecodeError:
                w = 0
            self.widths.append(int(w))
        h = font["head"]
        self.bbox = [h.xMin * 1000 // upm, h.yMin * 1000 // upm, h.xMax * 1000 // upm, h.yMax * 1000 // upm]
        self.ascent = font["hhea"].ascent * 1000 // upm
        self.descent = font["hhea"].descent * 1000 // upm

    def width(self, s, size):
        return sum(self.widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000


def pdf_escape(s):
    out = []
    for b in s.encode("cp1252"):
        if b in (40, 41, 92):
            out.append("\\" + chr(b))
        elif b < 32 or b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(chr(b))
    return "".join(out)


def wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        trial = (cur + " " + w) if cur else w
        if font.width(trial, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def make_pdf(L, fonts):
    reg, bold = fonts
    W, H, M = 595, 842, 62
    pages, ops, y = [], [], H - 60

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops, y = [], H - 60

    def put(x, text, font, size, gray=False):
        nonlocal y
        fid = "F2" if font is bold else "F1"
        col = "0.35 g " if gray else "0 g "
        ops.append(f"BT {col}/{fid} {size} Tf {x:.2f} {y:.2f} Td ({pdf_escape(text)}) Tj ET")

    for blk in L["content"]:
        kind = blk[0]
        if kind == "page":
            newpage()
            continue
        if kind == "gap":
            y -= 8
            continue
        if kind == "rule":
            y += 4
            ops.append(f"0.6 w 0.2 G {M} {y:.2f} m {W - M} {y:.2f} l S")
            y -= 14
            continue
        if kind == "table":
            rows = [" | ".join(r) for r in blk[1]]
            blocks = [("p", r) for r in rows]
        else:
            blocks = [blk]
        for k, text in blocks:
            if k == "head":
                font, size, x, lead = bold, 13, M, 17
            elif k == "sub":
                font, size, x, lead = reg, 8.5, M, 11
            elif k == "b":
                font, size, x, lead = bold, 10, M, 14
            elif k == "li":
                font, size, x, lead = reg, 10, M + 14, 13.5
            else:
                font, size, x, lead = reg, 10, M, 13.5
            avail = W - M - x
            lines = wrap(text, font, size, avail)
            if k in ("b",):
                y -= 4
            for i, line in enumerate(lines):
                if y < 70:
                    newpage()
                if k == "right":
                    put(W - M - font.width(line, size), line, font, size)
                else:
                    if k == "li" and i == 0:
                        put(M + 4, "-", font, size)
                    put(x, line, font, size, gray=(k == "sub"))
                y -= lead
            if k in ("p", "li", "right"):
                y -= 3
    pages.append(ops)
    n = len(pages)
    for i, o in enumerate(pages):
        y = 40
        label = f"Page {i + 1}/{n}"
        o.append(f"BT 0.35 g /F1 8 Tf {(W - reg.width(label, 8)) / 2:.2f} 40 Td ({label}) Tj ET")

    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    def stream(data, extra=""):
        comp = zlib.compress(data, 9)
        return (f"<< /Length {len(comp)} /Filter /FlateDecode{extra} >>\nstream\n").encode() + comp + b"\nendstream"

    font_ids = []
    for f in (reg, bold):
        ff = add(stream(f.data, f" /Length1 {len(f.data)}"))
        fd = add((f"<< /Type /FontDescriptor /FontName /{f.name} /Flags 32 /FontBBox [{' '.join(map(str, f.bbox))}] "
                  f"/ItalicAngle 0 /Ascent {f.ascent} /Descent {f.descent} /CapHeight 729 /StemV 80 "
                  f"/FontFile2 {ff} 0 R >>").encode())
        fo = add((f"<< /Type /Font /Subtype /TrueType /BaseFont /{f.name} /FirstChar 32 /LastChar 255 "
                  f"/Widths [{' '.join(map(str, f.widths))}] /Encoding /WinAnsiEncoding "
                  f"/FontDescriptor {fd} 0 R >>").encode())
        font_ids.append(fo)
    pages_id = len(objs) + 2 * n + 1
    page_ids = []
    for o in pages:
        c = add(stream("\n".join(o).encode("latin-1")))
        page_ids.append(add((f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {W} {H}] "
                             f"/Resources << /Font << /F1 {font_ids[0]} 0 R /F2 {font_ids[1]} 0 R >> >> "
                             f"/Contents {c} 0 R >>").encode()))
    assert add(f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {n} >>".encode()) == pages_id
    cat = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    d = L["date"].replace("-", "")
    info = add((f"<< /Producer (corpus31 make_letters.py) /Creator (Traitement de texte) "
                f"/Title ({pdf_escape(L['title'])}) /Author ({pdf_escape(L['author'])}) "
                f"/CreationDate (D:{d}093000+02'00') /ModDate (D:{d}093000+02'00') >>").encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# --------------------------------------------------------------------------
# DOCX writer (python-docx, then zip rewritten with fixed timestamps)
# --------------------------------------------------------------------------
def make_docx(L):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = docx.Document()
    for blk in L["content"]:
        kind = blk[0]
        if kind == "gap":
            doc.add_paragraph("")
        elif kind == "page":
            doc.add_page_break()
        elif kind == "rule":
            continue
        elif kind == "table":
            rows = blk[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            doc.add_paragraph("")
        elif kind == "head":
            para = doc.add_paragraph()
            run = para.add_run(blk[1])
            run.bold = True
            run.font.size = Pt(13)
        elif kind == "sub":
            para = doc.add_paragraph()
            run = para.add_run(blk[1])
            run.font.size = Pt(8.5)
        elif kind == "b":
            para = doc.add_paragraph()
            para.add_run(blk[1]).bold = True
        elif kind == "right":
            para = doc.add_paragraph(blk[1])
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "li":
            doc.add_paragraph(blk[1], style="List Bullet")
        else:
            doc.add_paragraph(blk[1])
    cp = doc.core_properties
    when = dt.datetime.fromisoformat(L["date"] + "T09:30:00")
    cp.author = L["author"]
    cp.last_modified_by = L["author"]
    cp.title = L["title"]
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    stamp = tuple(int(x) for x in L["date"].split("-")) + (9, 30, 0)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_txt(L):
    text = L["newline"].join(plain_lines(L["content"])) + L["newline"]
    return text.encode(L["encoding"])


# --------------------------------------------------------------------------
def main():
    ids = [L["id"] for L in LETTERS]
    try:
        if len(set(ids)) != len(ids):
            raise Violation("duplicate letter id")
        if ids != [f"ze{i:02d}" for i in range(1, len(ids) + 1)]:
            raise Violation("letter ids must run ze01..zeNN")
        for L in LETTERS:
            check(L)
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        sys.exit(1)
    fonts = (PdfFont(FONT_DIR / "DejaVuSans.ttf", "AAAAAA"), PdfFont(FONT_DIR / "DejaVuSans-Bold.ttf", "AAAAAB"))
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for L in LETTERS:
        if L["fmt"] == "pdf":
            data = make_pdf(L, fonts)
        elif L["fmt"] == "docx":
            data = make_docx(L)
        else:
            data = make_txt(L)
        (HERE / "letters" / f"{L['id']}.{L['fmt']}").write_bytes(data)
        (HERE / "gold" / f"{L['id']}.json").write_text(
            json.dumps(L["gold"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(LETTERS)} letters and golds written, contract checks passed")


if __name__ == "__main__":
    main()
