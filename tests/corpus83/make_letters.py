#!/usr/bin/env python3
"""corpus83: 8 blind long referral letters (cancer-centre text PDFs, 2-3 pages)
for the RCP « métastases osseuses », with their gold records.

Run from /work/main:  .venv/bin/python tests/corpus83/make_letters.py
Writes letters/ and gold/ beside this file, byte-identically on every run.
Every gold is checked against the contract (shared/spec/rcp-request.md) first;
any failure exits with "CONTRACT VIOLATION: ...".
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
ALL_ITEMS = ITEMS9[:7] + ["antiplatelets"] + ITEMS9[7:]
STATUSES = {
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
BIO_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
                 "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}


def violation(msg: str) -> None:
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc() -> dict[str, list[str]]:
    """code -> names (dci, inn, brands), lower-cased, for the text check."""
    out = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        code = cols[0].strip()
        names = [cols[1], cols[2]] + [b for b in (cols[4].split(",") if len(cols) > 4 else []) if b]
        out[code] = [n.strip().lower() for n in names if n.strip()]
    return out


def group_ok(section: str, code: str) -> bool:
    if section == "boneTargetedTherapy":
        return code.startswith("M05BA") or code == "M05BX04"
    if section == "anticoagulation":
        return code[:5] in {"B01AA", "B01AB", "B01AE", "B01AF"} or code == "B01AX05"
    if section == "antiplatelets":
        return code.startswith("B01AC")
    return True


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's gap rule, applied to a gold record (one function for all letters)."""
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


def age_at(birth: str, on: str) -> int:
    b = dt.date.fromisoformat(birth)
    d = dt.date.fromisoformat(on)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def gold(id_, sex, age, tumor, bone, pain, meds, local, btt, anticoag, antiplat, prog, project):
    g = {
        "id": id_,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": tumor[0], "site": tumor[1], "histology": tumor[2],
                         "biomarkers": dict(tumor[3])},
        "boneDiagnosis": {"status": bone[0], "circumstances": list(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplat[0], "atc": sorted(antiplat[1])},
    }
    p = {"status": prog[0]}
    if prog[1] is not None:
        p[prog[1]] = prog[2]
    else:
        p["ecog"] = None
    g["prognosis"] = p
    g["therapeuticProject"] = {"status": project[0], "intent": project[1]}
    g["gaps"] = derive_gaps(g)
    return g


# --------------------------------------------------------------------------------------
# Letters. Each: meta + blocks. Block kinds: ("h", text) heading, ("p", text) paragraph,
# ("t", [header], [[row], ...], [widths]) table, ("br",) forced page break, ("sig", text).
# --------------------------------------------------------------------------------------

LETTERS = []

# ---------------------------------------------------------------- yg01
LETTERS.append(dict(
    id="yg01", date="2025-05-12", birth="1958-06-23", sex="F", age_written=False,
    hospital="INSTITUT RÉGIONAL DE CANCÉROLOGIE DU VAL-DE-LOIRE",
    dept="Département d'Oncologie Thoracique",
    patient="Mme BERTHELOT Annick", born_word="Née le",
    footer="IRCVL – 14 boulevard Aristide-Guéret – 45912 Orléans-la-Source Cedex – Tél. 02 38 77 41 00 – Fax 02 38 77 41 09",
    left_col=["Chef de département", "Pr Hélène MARCHADIER", "", "Oncologues thoraciques",
              "Dr Bastien LOUVEL", "Dr Claire ESPINASSE", "Dr Youssef HADDAOUI", "Dr Ophélie RIGAUD",
              "", "Assistants", "Dr Mathis DELCOURT", "Dr Inès VALBONNE", "", "Infirmière de coordination",
              "Mme Sandrine PETIOT", "02 38 77 41 36", "", "Secrétariat", "02 38 77 41 30",
              "oncothorax@ircvl-exemple.fr"],
    blocks=[
        ("p", "Orléans, le 12 mai 2025"),
        ("p", "Dr Bastien LOUVEL\nà l'attention des membres de la RCP Métastases osseuses\nCHR d'Orléans-Beaugency – Service de Radiothérapie"),
        ("p", "Objet : demande d'avis RCP métastases osseuses – Mme BERTHELOT Annick"),
        ("p", "Chers confrères,\nJe vous adresse pour discussion en RCP Mme Annick BERTHELOT que nous suivons depuis janvier 2025 pour un adénocarcinome pulmonaire du lobe inférieur droit, stade IVB d'emblée, avec atteinte osseuse multiple."),
        ("h", "Antécédents"),
        ("p", "- HTA traitée.\n- Reflux gastro-oesophagien.\n- Cholécystectomie en 2009.\n- Pas d'antécédent thrombo-embolique.\n- Tabagisme sevré en 2012, 25 PA.\nAntécédents familiaux : père décédé d'un cancer colique à 74 ans ; soeur traitée pour un cancer du sein (radiothérapie et hormonothérapie)."),
        ("h", "Histoire de la maladie"),
        ("p", "Scanner thoracique réalisé en décembre 2024 pour une toux traînante, montrant une masse LID de 38 mm avec adénopathies médiastinales. Biopsie sous fibroscopie le 08/01/2025 : adénocarcinome pulmonaire, TTF1+. Biologie moléculaire (NGS) : délétion de l'exon 19 de l'EGFR ; pas de réarrangement ALK ni ROS1 ; KRAS non muté. PD-L1 à 5 % des cellules tumorales."),
        ("p", "Le TEP-scanner de bilan d'extension du 14/01/2025 retrouve plusieurs lésions osseuses hypermétaboliques : T12 avec lyse du mur postérieur sans épidurite, aile iliaque gauche, 7e côte droite. IRM rachidienne du 20/01/2025 : pas de compression médullaire. A noter que la patiente ne se plaignait d'aucune douleur à ce moment-là ; c'est donc le bilan d'extension qui a fait le diagnostic de l'atteinte osseuse."),
        ("h", "Traitements reçus"),
        ("t", ["Ligne / traitement", "Début", "Fin", "Commentaire"],
         [["Radiothérapie T12 (20 Gy / 5 fr)", "03/02/2025", "07/02/2025", "à visée antalgique et de consolidation"],
          ["L1 osimertinib (Tagrisso) 80 mg/j", "10/02/2025", "en cours", "bonne tolérance, xérose cutanée G1"],
          ["Dénosumab (Xgeva) 120 mg SC / 4 sem.", "03/03/2025", "en cours", "bilan dentaire fait le 21/02/2025"]],
         [50, 30, 30, 70]),
        ("p", "Le TEP d'évaluation du 28/04/2025 montre une très bonne réponse pulmonaire et ganglionnaire. Sur le plan osseux, les lésions iliaque et costale sont en réponse métabolique, mais la lésion de T12 reste fixante (SUV 6,2 contre 9,8) avec apparition d'une plage ostéolytique du pédicule droit, sans recul du mur. La question d'une progression osseuse isolée versus remaniement post-radique se pose."),
        ("h", "Clinique actuelle"),
        ("p", "Mme BERTHELOT décrit des douleurs lombaires basses à la station debout prolongée et à la marche, cédant au repos, évaluées à 3/10 (EN). Pas de réveil nocturne. Pas de radiculalgie ni de trouble sphinctérien, examen neurologique normal. L'état général est conservé, poids stable à 61 kg, ECOG 1 (elle a repris le jardinage)."),
        ("h", "Traitement habituel"),
        ("p", "- TAGRISSO 80 mg : 1 cp le matin\n- XGEVA 120 mg SC toutes les 4 semaines (dernière injection le 28/04/2025)\n- CACIT D3 1000 mg/880 UI : 1 sachet le soir\n- DOLIPRANE 1 g si douleur, maximum 3/j\n- INEXIUM 20 mg : 1 cp le soir\n- AMLOR 5 mg : 1 cp le matin\nPas de traitement anticoagulant."),
        ("h", "Synthèse et question posée"),
        ("p", "Patiente de 66 ans, adénocarcinome pulmonaire EGFR muté (del19), métastatique osseux, en réponse sous osimertinib en 1re ligne, traitement à visée palliative poursuivi. Persistance d'une fixation de T12 déjà irradiée. Nous souhaiterions l'avis de la RCP sur :\n1) l'indication d'une ré-irradiation stéréotaxique de T12 ou d'une cimentoplastie, au vu du risque fracturaire (score SINS à 9 selon notre radiologue) ;\n2) la poursuite du dénosumab au même rythme.\nLa patiente sera disponible pour toute consultation ; son dossier d'imagerie est accessible sur la plateforme régionale."),
        ("sig", "Bien confraternellement,\nDr Bastien LOUVEL\nOncologue thoracique\nCopie : Dr Martine FOUGERAY (médecin traitant, 45160 Olivet)"),
    ],
    gold=lambda: gold(
        "yg01", "F", 66,
        ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "KRAS": "negative", "PD-L1": "positive"}),
        ("present", ["staging_imaging"], True),
        ("present", ["mechanical"], 3),
        ("present", ["L01EB04", "M05BX04", "A12AX", "N02BE01", "A02BC05"]),
        ("present", ["radiotherapy"]),
        ("present", ["M05BX04"]),
        ("absent", []),
        ("unknown", []),
        ("present", "ecog", 1),
        ("present", "palliative")),
))

# ---------------------------------------------------------------- yg02
LETTERS.append(dict(
    id="yg02", date="2025-03-18", birth="1953-09-02", sex="F", age_written=True,
    hospital="CENTRE ANTICANCÉREUX JEAN-BAPTISTE VERNIOLLE",
    dept="Pôle de Sénologie et Oncologie Médicale",
    patient="Mme ROUSSILHE née CASTAGNÉ Josiane", born_word="Née le",
    footer="Centre Jean-Baptiste Verniolle – 220 avenue des Tilleuls-Argentés – 31488 Toulouse Cedex 9 – Standard 05 61 40 88 00",
    left_col=None,
    blocks=[
        ("p", "Toulouse, le 18/03/2025\nConsultation du 17/03/2025 – Dr Pauline ARCIZET, oncologue médicale"),
        ("p", "Destinataires : RCP Métastases osseuses du Centre Verniolle ; Dr Gérard LAFFONT (médecin traitant, Colomiers) ; Dr Nadia BERREBI (rhumatologue)"),
        ("p", "Madame ROUSSILHE, 71 ans, est suivie dans notre centre depuis 2014 pour un carcinome lobulaire infiltrant du sein gauche. Je la présente en RCP os en raison d'une nouvelle lésion lombaire douloureuse."),
        ("h", "ANTÉCÉDENTS"),
        ("p", "Médicaux : hypothyroïdie (Hashimoto), thrombose veineuse profonde poplitée droite en juillet 2024 (sous Verzenios), gonarthrose bilatérale.\nChirurgicaux : tumorectomie gauche + ganglion sentinnelle en 2014, PTH droite en avril 2023 (cf. infra), appendicectomie dans l'enfance.\nFamiliaux : mère décédée d'un cancer de l'ovaire à 62 ans ; pas de recherche BRCA faite chez la patiente à ce jour.\nAllergie : pénicilline (urticaire)."),
        ("h", "HISTOIRE ONCOLOGIQUE"),
        ("p", "2014 : CLI du sein gauche pT2 N1a (1/3) M0, grade II, RE 90 %, RP 20 %, HER2 0, Ki67 15 %. Tumorectomie, radiothérapie mammaire 50 Gy + boost, puis tamoxifène 5 ans (arrêt en 2019).\nMars 2023 : apparition de douleurs de la hanche droite d'allure mécanique, d'aggravation progressive, motivant une radiographie puis un scanner qui retrouvent une lyse du col fémoral droit menaçante, avec de multiples autres localisations osseuses (rachis, bassin, côtes) au TEP-FDG. Biopsie du col lors de la chirurgie : métastase de carcinome lobulaire, RE+ RP faible, HER2 0. Pas de localisation viscérale."),
        ("p", "Avril 2023 : prothèse totale de hanche droite (Pr DUCASSOU, orthopédie) suivie d'une radiothérapie du fémur proximal droit 20 Gy en 5 fractions en mai 2023."),
        ("t", ["Ligne", "Traitement", "Période", "Motif d'arrêt"],
         [["1re ligne métastatique", "létrozole (Femara) + palbociclib (Ibrance)", "05/2023 – 10/2024", "progression osseuse"],
          ["2e ligne", "fulvestrant (Faslodex) 500 mg + abémaciclib (Verzenios) 150 mg x2", "depuis 11/2024", "en cours"],
          ["Traitement osseux", "dénosumab (Xgeva) 120 mg/4 sem.", "04/2023 – 09/2024", "ostéonécrose mandibulaire stade 2"]],
         [38, 72, 34, 36]),
        ("p", "Sur le plan osseux le dénosumab a donc été interrompu en septembre 2024 devant une ostéonécrose de la mandibule, toujours suivie en stomatologie (Dr KHALFI). Il n'a pas été repris et aucun autre anti-résorptif n'a été introduit ; la question d'une reprise ne se pose pas à ce stade selon la stomatologue."),
        ("h", "CLINIQUE"),
        ("p", "Depuis environ 6 semaines, douleurs lombaires basses irradiant vers la fesse gauche, à la marche et aux changements de position, avec des réveils nocturnes 2 à 3 fois par semaine. EN 5/10 ce jour malgré l'oxycodone. Pas de déficit moteur, ROT présents et symétriques, pas de trouble sphinctérien. La douleur de hanche droite a disparu depuis la prothèse. Appétit conservé, poids 58 kg (-2 kg en 3 mois). OMS 1."),
        ("h", "EXAMENS COMPLÉMENTAIRES"),
        ("t", ["Biologie", "13/11/2024", "10/03/2025"],
         [["Hémoglobine (g/dl)", "11,9", "11,2"], ["Polynucléaires (G/l)", "1,8", "1,6"], ["Plaquettes (G/l)", "198", "174"], ["Créatinine (µmol/l)", "72", "79"], ["Calcémie corrigée (mmol/l)", "2,38", "2,44"], ["Phosphatases alcalines (UI/l)", "112", "164"], ["CA 15-3 (U/ml)", "62", "88"]],
         [80, 50, 50]),
        ("p", "Bilan dentaire (Dr KHALFI, 03/03/2025) : exposition osseuse mandibulaire postérieure gauche de 6 mm, stable, sans surinfection, bains de bouche poursuivis. Densitométrie non refaite depuis 2022."),
        ("p", "IRM du rachis lombaire du 06/03/2025 : lésion tissulaire du corps vertébral de L3 avec extension à l'arc postérieur gauche et épidurite antérieure minime, sans compression radiculaire nette ; tassement de 20 % du plateau supérieur. Les autres lésions connues (T7, sacrum, ailes iliaques) sont stables par rapport au TEP de novembre 2024. Marqueurs : CA 15-3 à 88 U/ml (62 en novembre)."),
        ("h", "TRAITEMENT ACTUEL"),
        ("p", "FASLODEX 500 mg IM 1 fois par mois (prochaine injection le 25/03)\nVERZENIOS 150 mg matin et soir\nELIQUIS 5 mg matin et soir (depuis la TVP de juillet 2024, poursuivi au long cours compte tenu du contexte néoplasique)\nOXYCONTIN LP 10 mg matin et soir, OXYNORMORO 5 mg si besoin (2 à 3 prises par jour)\nDOLIPRANE 1 g x 3/j\nLEVOTHYROX 75 µg le matin\nCACIT D3 1 sachet/j\nMOVICOL 1 sachet/j\nLa patiente ne prend pas d'aspirine ni d'autre antiagrégant."),
        ("h", "RAPPEL DES DÉCISIONS ANTÉRIEURES"),
        ("p", "RCP sénologie du 12/11/2024 : progression osseuse (sacrum, T7) sous létrozole + palbociclib, sans atteinte viscérale ; recherche de mutation ESR1 sur ADN circulant : non détectée ; PIK3CA non muté. Décision : fulvestrant + abémaciclib, réévaluation à 3 mois. Pas d'indication de radiothérapie à cette date (lésions peu symptomatiques). Réévaluation par TEP prévue en février mais reportée à la demande de la patiente (hospitalisation de son mari)."),
        ("p", "Tolérance de l'abémaciclib : diarrhées de grade 1 les deux premiers mois, contrôlées par lopéramide à la demande, neutropénie de grade 2 n'ayant pas nécessité de réduction de dose. Fatigue modérée. La patiente conduit encore et garde ses petits-enfants le mercredi, ce qu'elle tient à préserver."),
        ("p", "Sur le plan psychologique, elle se dit inquiète de l'apparition de cette nouvelle douleur, qui lui rappelle l'épisode de la hanche en 2023. Elle a rencontré la psychologue du service en février et souhaite poursuivre ce suivi. Son mari, lui-même fragile (insuffisance cardiaque), ne peut plus l'accompagner ; c'est sa fille qui l'amène aux rendez-vous. Une demande d'aide à domicile est en cours auprès de l'assistante sociale du centre."),
        ("h", "CONCLUSION – QUESTION À LA RCP"),
        ("p", "Progression osseuse probable en L3, douloureuse, sans compression, chez une patiente en 2e ligne hormonale (fulvestrant + abémaciclib) dont la maladie reste par ailleurs stable. Le traitement systémique est poursuivi, dans une optique palliative. Je souhaiterais l'avis de la RCP sur une radiothérapie de L3 (conventionnelle ou stéréotaxique ?) et l'intérêt éventuel d'une cimentoplastie compte tenu du tassement débutant. L'anticoagulation par apixaban devra être gérée en cas de geste. La reprise d'un traitement anti-résorptif est à rediscuter ultérieurement avec la stomatologie."),
        ("sig", "Dr Pauline ARCIZET\nOncologie médicale – poste 88 214\nDocument dicté, relu et validé"),
    ],
    gold=lambda: gold(
        "yg02", "F", 71,
        ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        ("present", ["pain"], True),
        ("present", ["mechanical", "nocturnal"], 5),
        ("present", ["L02BA03", "L01EF03", "B01AF02", "N02AA05", "N02BE01", "H03AA01", "A12AX", "A06AD65"]),
        ("present", ["surgery", "radiotherapy"]),
        ("absent", []),
        ("present", ["B01AF02"]),
        ("absent", []),
        ("present", "ecog", 1),
        ("present", "palliative")),
))

# ---------------------------------------------------------------- yg03
LETTERS.append(dict(
    id="yg03", date="2025-02-04", birth="1950-11-19", sex="M", age_written=False,
    hospital="INSTITUT DE CANCÉROLOGIE DE L'ESTUAIRE – SITE SAINT-NAZAIRE",
    dept="Unité d'Onco-Urologie",
    patient="M. LE GOFF Yannick", born_word="Né le",
    footer="ICE – 3 rue du Commandant-Pelletan – 44612 Saint-Nazaire – Tél. 02 40 91 63 00 – www.ice-estuaire-exemple.fr",
    left_col=["Onco-urologie", "", "Dr Armelle QUÉRÉ", "Responsable d'unité", "", "Dr Thibaut LAOUÉNAN",
              "Dr Maëlle GUILLOUX", "Dr Franck DESBOIS", "", "Urologues associés", "Dr Pierre-Yves CARIOU",
              "Dr Soizic LE BRAS", "", "IDE de coordination", "Gaëlle MORVAN", "02 40 91 63 27", "",
              "RDV consultations", "02 40 91 63 20"],
    blocks=[
        ("p", "Saint-Nazaire, le 4 février 2025"),
        ("p", "Compte rendu de consultation d'oncologie – Dr Thibaut LAOUÉNAN\nà l'attention de la RCP régionale Métastases osseuses (CHU de Nantes)"),
        ("p", "Motif : avis sur la prise en charge d'une lésion osseuse unique en progression chez un patient suivi pour un cancer de prostate métastatique hormonosensible."),
        ("h", "Antécédents"),
        ("p", "Cardiovasculaires : cardiopathie ischémique, stent sur l'IVA en 2018 ; fibrillation atriale paroxystique découverte en 2023 (suivie par le Dr ORHAN, cardiologue à La Baule).\nDiabète de type 2 sous ADO. Dyslipidémie.\nFamiliaux : père opéré d'un cancer de la prostate à 70 ans, frère aîné suivi pour un adénome.\nMode de vie : ancien chaudronnier aux Chantiers, marié, vit à Pornichet, autonome."),
        ("h", "Histoire de la maladie"),
        ("p", "En mai 2024, PSA à 86 ng/ml sur un bilan systématique du médecin traitant. Biopsies prostatiques le 03/06/2024 : adénocarcinome prostatique, score de Gleason 8 (4+4), ISUP 4, 10/12 carottes positives. Le bilan d'extension (scintigraphie osseuse du 12/06/2024 puis TEP-PSMA du 20/06/2024) met en évidence une atteinte osseuse de faible volume : aile iliaque droite, L2 et 9e arc costal gauche. Pas d'atteinte viscérale. Le patient était alors totalement asymptomatique sur le plan osseux."),
        ("t", ["Traitement", "Dates", "Commentaire"],
         [["Triptoréline (Décapeptyl LP 22,5 mg / 6 mois)", "depuis 07/2024", "en cours"],
          ["Docétaxel 75 mg/m² – 6 cures", "08/2024 – 12/2024", "terminé, neuropathie G1"],
          ["Darolutamide (Nubeqa) 600 mg x2/j", "depuis 08/2024", "en cours"]],
         [82, 40, 58]),
        ("p", "Le PSA a bien répondu (nadir 0,9 ng/ml en décembre 2024) mais remonte à 3,4 ng/ml le 22/01/2025, testostérone < 0,2 ng/ml. Le TEP-PSMA de contrôle du 28/01/2025 montre une majoration de la lésion iliaque droite (SUVmax 14 contre 8) sans nouvelle lésion ; les autres sites sont en réponse."),
        ("h", "Examen clinique"),
        ("p", "Patient en bon état général, OMS 0, 82 kg. Il ne décrit aucune douleur osseuse, y compris à la palpation du bassin et à la marche prolongée ; pas d'antalgique. Neuropathie sensitive des extrémités résiduelle de grade 1, non douloureuse. Examen neurologique par ailleurs normal."),
        ("h", "Traitement en cours"),
        ("p", "Décapeptyl LP 22,5 mg (dernière injection le 10/01/2025), Nubeqa 300 mg 2 cp matin et soir, Kardégic 75 mg/j, Triatec 5 mg/j, Tahor 40 mg/j, Glucophage 1000 mg x2/j, Cardensiel 2,5 mg/j."),
        ("p", "Concernant l'anticoagulation, le dossier n'est pas clair : le patient dit prendre « un fluidifiant pour le coeur » et son épouse évoque du Préviscan introduit par le cardiologue lors de la découverte de la FA, qui ne figure pas sur la dernière ordonnance en notre possession. À vérifier auprès du cardiologue avant tout geste invasif."),
        ("p", "Pas de traitement anti-résorptif à ce jour (pas d'indication retenue en situation hormonosensible) ; un bilan dentaire est néanmoins programmé en vue d'une éventuelle introduction ultérieure.\nAucune radiothérapie ni chirurgie osseuse antérieure."),
        ("h", "Conclusion"),
        ("p", "Cancer de la prostate métastatique osseux de faible volume, hormonosensible, traité par triptoréline + darolutamide après 6 cures de docétaxel, avec oligoprogression iliaque droite isolée, biologique et métabolique. Le traitement hormonal est maintenu. Question à la RCP : place d'une radiothérapie stéréotaxique de l'aile iliaque droite en situation d'oligoprogression, et timing par rapport à un éventuel changement de ligne ? Le patient est demandeur d'une prise en charge active."),
        ("sig", "Dr Thibaut LAOUÉNAN\nOncologue médical"),
    ],
    gold=lambda: gold(
        "yg03", "M", 74,
        ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        ("present", ["staging_imaging"], True),
        ("absent", [], None),
        ("present", ["L02AE04", "L02BB06", "B01AC06", "C09AA05", "C10AA05", "A10BA02", "C07AB07"]),
        ("absent", []),
        ("absent", []),
        ("uncertain", ["B01AA12"]),
        ("present", ["B01AC06"]),
        ("present", "ecog", 0),
        ("present", None)),
))

# ---------------------------------------------------------------- yg04
LETTERS.append(dict(
    id="yg04", date="2025-04-02", birth="1961-04-05", sex="M", age_written=False,
    hospital="CENTRE RÉGIONAL DE LUTTE CONTRE LE CANCER PAUL-ÉMILE CORBIÈRE",
    dept="Département d'Oncologie Médicale – Tumeurs urologiques",
    patient="M. VASSEUR Didier", born_word="Né le",
    footer="CRLCC Paul-Émile Corbière – 61 rue du Docteur-Lemerle – 59045 Lille Cedex – Tél. 03 20 16 72 00",
    left_col=None,
    blocks=[
        ("p", "Lille, le 02/04/2025\nFICHE DE PRÉSENTATION RCP – MÉTASTASES OSSEUSES\nMédecin demandeur : Dr Romain DECOSTER (oncologie médicale)\nDate de RCP souhaitée : 10/04/2025"),
        ("h", "Résumé (saisi par l'interne)"),
        ("t", ["Rubrique", "Réponse"],
         [["Primitif", "rein droit – carcinome à cellules claires"],
          ["Douleur", "oui"],
          ["Anticoagulant", "non"],
          ["Antiagrégant", "non"],
          ["Traitement anti-résorptif", "acide zolédronique"],
          ["Indice de Karnofsky", "70 %"]],
         [60, 120]),
        ("h", "Histoire oncologique"),
        ("p", "Carcinome rénal à cellules claires du rein droit, grade ISUP 3, découvert en 2019 (hématurie). Néphrectomie élargie droite le 14/05/2019, pT3a N0. Surveillance jusqu'en 2021."),
        ("t", ["Ligne", "Molécule", "Début", "Fin", "Raison"],
         [["L1", "sunitinib (Sutent)", "03/2021", "06/2022", "progression pulmonaire"],
          ["L2", "nivolumab (Opdivo)", "07/2022", "02/2024", "colite immuno-induite G3"],
          ["L3", "cabozantinib (Cabometyx) 40 mg", "06/2024", "", "en cours, bonne réponse"]],
         [14, 58, 24, 24, 60]),
        ("p", "Le 21/09/2023, fracture pathologique de la diaphyse humérale gauche en portant un carton, révélant l'atteinte osseuse (lésion lytique unique à ce moment). Enclouage centromédullaire le 23/09/2023 (CHU, Dr PLANCKE), puis radiothérapie post-opératoire de l'humérus 30 Gy/10 fr en octobre 2023. En juin 2024, découverte d'une lésion de l'aile iliaque gauche traitée par cryoablation percutanée (radiologie interventionnelle, 18/06/2024)."),
        ("h", "Évolution récente"),
        ("p", "Depuis janvier 2025, apparition de douleurs du membre inférieur gauche à type de brûlures et de décharges électriques dans le territoire L5, DN4 à 6/10, avec lombalgies. IRM du 20/03/2025 : lésion lytique de L5 avec extension foraminale gauche, conflit radiculaire L5, pas de compression du cône ni de la queue de cheval. Les lésions humérale et iliaque sont stables. Scanner TAP : maladie pulmonaire stable sous cabozantinib.\nEN actuelle 4/10 sous Lyrica et morphine (7/10 avant ajustement du traitement début mars). Force motrice conservée (releveurs 5/5), pas de trouble sphinctérien. Karnofsky 70 %. Le patient vit seul à Armentières avec passage d'une IDE."),
        ("h", "Imagerie"),
        ("p", "IRM lombaire du 20/03/2025 (Dr SAINT-MAXENT) : lésion lytique du corps vertébral de L5 étendue au pédicule et au foramen gauches, avec composante épidurale antéro-latérale gauche au contact de la racine L5 ; pas de tassement, mur postérieur respecté ; SINS estimé à 8. Remaniements post-cryoablation de l'aile iliaque gauche sans récidive. Humérus gauche : clou en place, pas de descellement, consolidation acquise. Scanner TAP du 18/03/2025 : nodules pulmonaires stables (le plus gros 11 mm au LIG), loge de néphrectomie libre, surrénales normales. Pas d'autre lésion osseuse nouvelle."),
        ("h", "Biologie du 31/03/2025"),
        ("p", "Hb 12,4 g/dl, PNN 2,9 G/l, plaquettes 161 G/l. Créatinine 104 µmol/l (DFG CKD-EPI 68 ml/min), calcémie corrigée 2,31 mmol/l, albumine 36 g/l. TSH 3,2 mUI/l sous Levothyrox. Protéinurie 0,4 g/24 h. Bilan hépatique normal. Pas de contre-indication biologique à un geste."),
        ("h", "Contexte social et souhaits du patient"),
        ("p", "Ancien conducteur de bus, divorcé, deux enfants à Lille. Vit seul au 2e étage sans ascenseur, ce qui devient difficile du fait de la douleur. Aide-ménagère 2 h/semaine. Le patient souhaite poursuivre le traitement oral et privilégier si possible un traitement local en ambulatoire ; il est informé de la présentation de son dossier en RCP et de la possibilité d'une hospitalisation courte."),
        ("h", "Traitements en cours (ordonnance du 28/03/2025)"),
        ("p", "- CABOMETYX 40 mg 1 cp/j\n- LYRICA 75 mg matin et soir\n- SKENAN LP 30 mg matin et soir ; ACTISKENAN 10 mg jusqu'à 4/j\n- PARACETAMOL 1 g x4/j\n- XARELTO 20 mg 1 cp le soir (embolie pulmonaire segmentaire en décembre 2024)\n- ZOMETA 4 mg IV toutes les 12 semaines (dernière perfusion le 05/03/2025) avec CALCIPRAT D3\n- LEVOTHYROX 50 µg (hypothyroïdie sous sunitinib)\n- FORLAX 2 sachets/j"),
        ("p", "NB : la fiche résumé indique « anticoagulant : non », ce qui semble contredire l'ordonnance (rivaroxaban) ; le patient n'a pas pu confirmer lors de l'appel de l'interne. Pas d'antiagrégant."),
        ("p", "Historique de la douleur : les lombalgies sont apparues fin décembre 2024, initialement mises sur le compte d'un faux mouvement et traitées par le médecin traitant par kétoprofène pendant 10 jours (arrêté, inefficace), puis tramadol, remplacé le 04/03/2025 par la morphine. La prégabaline a été débutée à 25 mg x2 puis majorée à 75 mg x2 avec un net bénéfice sur les décharges. Le patient dort mieux depuis l'ajustement."),
        ("h", "Question posée"),
        ("p", "Radiculalgie L5 gauche neuropathique sur métastase de L5 avec atteinte foraminale chez un patient en 3e ligne (cabozantinb), maladie par ailleurs contrôlée, prise en charge palliative. Indication d'une radiothérapie (stéréotaxique ?) de L5, voire d'une chirurgie de décompression foraminale ? Le cabozantinib serait suspendu autour d'un éventuel geste."),
        ("sig", "Dr Romain DECOSTER – Dr Jeanne FLAMENT (interne)\nOncologie médicale"),
    ],
    gold=lambda: gold(
        "yg04", "M", 63,
        ("present", "kidney", "clear_cell_carcinoma", {}),
        ("present", ["pathological_fracture"], True),
        ("present", ["neuropathic"], 4),
        ("present", ["L01EX07", "N03AX16", "N02AA01", "N02BE01", "B01AF01", "M05BA08", "A12AX", "H03AA01", "A06AD15"]),
        ("present", ["surgery", "radiotherapy", "ablation"]),
        ("present", ["M05BA08"]),
        ("conflicting", ["B01AF01"]),
        ("absent", []),
        ("present", "kps", 70),
        ("present", "palliative")),
))

# ---------------------------------------------------------------- yg05
LETTERS.append(dict(
    id="yg05", date="2025-06-26", birth="1958-01-30", sex="F", age_written=True,
    hospital="HÔPITAL UNIVERSITAIRE DE CANCÉROLOGIE DE FRANCHE-MONTAGNE",
    dept="Service d'Oncologie Médicale et Endocrinologie Oncologique",
    patient="Mme PERRENOUD Martine", born_word="Née le",
    footer="HUCFM – 9 chemin des Combes-Rousses – 25032 Besançon Cedex – Secrétariat 03 81 47 55 10",
    left_col=["Oncologie médicale", "", "Pr Éric VUILLEMIN", "Chef de service", "", "Dr Aurore MAIRE-GIRARD",
              "Dr Stéphane BOICHARD", "Dr Lina OUAHBI", "", "Endocrinologie oncologique", "Dr Cécile DROZ",
              "Dr Marc-Antoine JEANNIN", "", "Médecine nucléaire", "Dr Hugo CUENOT", "", "Infirmière d'annonce",
              "Mme Virginie ROY"],
    blocks=[
        ("p", "Besançon, le 26 juin 2025"),
        ("p", "Dr Cécile DROZ\nà Madame le Dr Agnès MOUGIN, coordinatrice de la RCP Métastases osseuses\nHôpital Jean-Minjoz bis – 25000 Besançon"),
        ("p", "Chère consoeur,\nJe vous remercie de bien vouloir discuter en RCP le dossier de Mme Martine PERRENOUD, 67 ans, suivie pour un carcinome folliculaire de la thyroïde réfractaire à l'iode radioactif, métastatique osseux."),
        ("h", "Antécédents"),
        ("p", "- Ostéoporose post-ménopausique densitométrique (T-score -3,1 au rachis en 2020), suivie par le Dr JACQUOT, rhumatologue\n- Hypertension artérielle depuis l'introduction du lenvatinib\n- Lithiase rénale gauche (colique néphrétique en 2022)\n- Pas d'antécédent cardio-vasculaire ni thrombo-embolique\nFamiliaux : deux tantes maternelles opérées d'un goitre ; pas de cancer connu dans la fratrie."),
        ("h", "Histoire de la maladie"),
        ("p", "Thyroïdectomie totale en mars 2016 pour un carcinome folliculaire largement invasif de 45 mm (pT3a), suivie de deux administrations d'iode 131 (2016 et 2017). Thyroglobuline restée détectable. Recherche de mutation BRAF négative sur la pièce opératoire (BRAF non muté) ; RAS non testé."),
        ("p", "En octobre 2022, lors d'un scanner abdomino-pelvien réalisé aux urgences pour une colique néphrétique gauche, découverte fortuite d'une lésion lytique soufflante du sacrum et d'une lésion de T8. Le TEP-FDG confirme 4 lésions osseuses (sacrum, T8, 5e côte droite, ischion gauche), sans captation de l'iode à la scintigraphie post-thérapeutique. Biopsie sacrée : métastase de carcinome folliculaire thyroïdien."),
        ("t", ["Date", "Traitement", "Indication"],
         [["11/2022", "Vertébroplastie T8", "tassement de 30 %, douleur"],
          ["01/2023", "Radiothérapie stéréotaxique du sacrum 3 x 9 Gy", "lésion volumineuse, douleur"],
          ["03/2023 – ", "Lenvatinib (Lenvima) 24 mg puis 14 mg/j", "maladie réfractaire à l'iode"]],
         [28, 90, 62]),
        ("h", "Situation actuelle"),
        ("p", "Sous lenvatinib (réduit à 14 mg depuis 09/2023 pour protéinurie), la maladie est stable au scanner du 10/06/2025, hormis une majoration de la lésion ischiatique gauche (32 mm contre 24 mm en décembre), sans fracture. Thyroglobuline 212 ng/ml (168 en décembre)."),
        ("p", "Sur le plan douloureux, Mme PERRENOUD décrivait en janvier des douleurs sacrées d'horaire inflammatoire avec dérouillage matinal d'une demi-heure, EVA 6/10 ; depuis l'adaptation des antalgiques elle cote sa douleur à 2/10 et ne se réveille plus la nuit. Pas de douleur de l'ischion à la marche, pas de sciatalgie.\nElle reste très active (randonnée dans le Haut-Doubs), mais nous n'avons pas coté formellement l'état général lors de la dernière consultation. Le pronostic apparaît globalement favorable, avec une espérance de vie estimée à plusieurs années compte tenu de l'évolutivité lente."),
        ("h", "Traitements"),
        ("p", "Lenvima 10 mg + 4 mg le matin ; Levothyrox 150 µg ; Triatec 10 mg ; Dafalgan codéiné 2 cp x 3/j ; Forlax 1 sachet/j ; Prolia 60 mg SC tous les 6 mois, prescrit par son rhumatologue pour l'ostéoporose depuis 2021 et poursuivi depuis (dernière injection le 02/05/2025) ; Uvedose 100 000 UI tous les 3 mois.\nAucun traitement anticoagulant ni antiagrégant plaquettaire."),
        ("h", "Question à la RCP"),
        ("p", "Nous poursuivons le lenvatinib. Faut-il proposer un traitement local de la lésion ischiatique gauche en progression (radiothérapie stéréotaxique ou thermoablation), afin de préserver le traitement systémique ? Par ailleurs, le dénosumab à la posologie ostéoporotique vous paraît-il suffisant ou faut-il passer au schéma oncologique ?"),
        ("sig", "Avec mes remerciements et mes sentiments confraternels,\nDr Cécile DROZ"),
    ],
    gold=lambda: gold(
        "yg05", "F", 67,
        ("present", "thyroid", "other", {"BRAF": "negative"}),
        ("present", ["incidental_imaging"], True),
        ("present", ["inflammatory"], 2),
        ("present", ["L01EX08", "H03AA01", "C09AA05", "N02AJ06", "A06AD15", "M05BX04", "A11CC05"]),
        ("present", ["cementoplasty", "radiotherapy"]),
        ("present", ["M05BX04"]),
        ("absent", []),
        ("absent", []),
        ("present", None, None),
        ("present", None)),
))

# ---------------------------------------------------------------- yg06
LETTERS.append(dict(
    id="yg06", date="2025-02-27", birth="1955-07-14", sex="M", age_written=False,
    hospital="CENTRE DE CANCÉROLOGIE ARMORIQUE-OUEST",
    dept="Service d'Oncologie Médicale – Tumeurs uro-génitales",
    patient="M. KERBRAT Jean-Luc", born_word="Né le",
    footer="CCAO – 5 allée Théodore-Botrel – 29612 Brest Cedex – Tél. 02 98 33 20 00 – Fax 02 98 33 20 01",
    left_col=["Service d'oncologie", "médicale", "", "Dr Goulven TANGUY", "chef de service", "",
              "Dr Élodie PRIGENT", "Dr Rozenn CALVEZ", "Dr Samir BELKACEMI", "", "Praticiens attachés",
              "Dr Loïc MADEC", "Dr Anne-Sophie ROLLAND", "", "Soins de support", "Dr Yvonne LE DUFF",
              "(douleur)", "", "Hôpital de jour", "02 98 33 20 45"],
    blocks=[
        ("p", "Brest, le 27/02/2025\nDr Rozenn CALVEZ\nà l'attention de la RCP Métastases osseuses / Neuro-oncologie rachidienne"),
        ("p", "Objet : M. KERBRAT Jean-Luc – carcinome urothélial vésical métastatique, compression médullaire opérée"),
        ("p", "Chers collègues,\nJe vous soumets le dossier de M. KERBRAT, ancien marin-pêcheur, que nous suivons pour un carcinome urothélial de vessie, et dont la prise en charge osseuse mérite une discussion pluridisciplinaire."),
        ("h", "Antécédents"),
        ("p", "BPCO stade 2 (tabagisme 50 PA, sevré en 2020). Gastrite à H. pylori traitée en 2017. Pas de diabète. Pas d'antécédent de phlébite.\nFamille : frère décédé d'un cancer du poumon ; mère : démence vasculaire."),
        ("h", "Histoire de la maladie"),
        ("t", ["Date", "Événement / traitement"],
         [["03/2022", "Hématurie. RTUV : carcinome urothélial infiltrant le muscle (pT2), de haut grade"],
          ["06/2022", "Cystoprostatectomie + Bricker après chimiothérapie néo-adjuvante (non détaillée dans le courrier du CHU)"],
          ["09/2022 – 09/2023", "Nivolumab adjuvant (Opdivo) 1 an, terminé"],
          ["12/2024", "Compression médullaire T10 : laminectomie + ostéosynthèse T9-T11"],
          ["01/2025", "Radiothérapie post-opératoire T9-T11, 20 Gy en 5 fractions"],
          ["depuis 02/2025", "Enfortumab védotine + pembrolizumab (Keytruda), C1 le 04/02/2025"]],
         [34, 146]),
        ("p", "Le 11/12/2024, M. KERBRAT a présenté une paraparésie d'installation rapide (marche impossible en 48 heures) avec niveau sensitif T10, révélant l'atteinte osseuse : l'IRM en urgence montrait une épidurite compressive en regard d'une lyse de T10. Il a été opéré le soir même au CHU (Dr GUÉGUEN, neurochirurgie) puis irradié. Le bilan d'extension (TEP-FDG du 19/12/2024) retrouve d'autres lésions osseuses (T4, L3, branche ilio-pubienne droite) et deux adénopathies rétropéritonéales. Pas de marqueur d'intérêt sur la biologie moléculaire (FGFR3 non muté)."),
        ("h", "État actuel"),
        ("p", "Récupération motrice quasi complète (marche avec une canne anglaise sur 200 m). Persistance de douleurs dorsales en regard de la cicatrice, EN 3/10, bien contrôlées. Pas de trouble sphinctérien en dehors du Bricker. Performance status OMS 2. Poids 68 kg (-6 kg depuis décembre). Tolérance de C1-C2 correcte hormis une éruption cutanée de grade 1."),
        ("h", "Traitement en cours"),
        ("p", "Pembrolizumab 200 mg toutes les 3 semaines et enfortumab védotine J1-J8, en hôpital de jour\nLovenox 4000 UI SC 1 fois par jour (prophylaxie depuis la chirurgie, poursuivie du fait de la mobilité réduite)\nOxynorm 5 mg si besoin (environ 1 prise/j), Doliprane 1 g x3\nInexium 40 mg le soir, Imovane 7,5 mg au coucher\nSpiriva, Symbicort\nLa dexaméthasone (Dectancyl) introduite lors de la compression a été arrêtée le 10/01/2025 après décroissance."),
        ("h", "Question"),
        ("p", "Compte tenu des autres lésions osseuses, dont L3 qui présente un envahissement du mur postérieur sans épidurite, faut-il proposer une radiothérapie préventive de L3, voire une cimentoplastie, avant qu'une nouvelle complication neurologique ne survienne ? Nous vous demandons également votre avis sur l'intérêt d'un traitement anti-résorptif osseux dans ce contexte ; la fonction rénale est correcte (clairance 64 ml/min).\nLe patient et son épouse sont informés de la présentation de son dossier."),
        ("sig", "Confraternellement,\nDr Rozenn CALVEZ, oncologue médicale"),
    ],
    gold=lambda: gold(
        "yg06", "M", 69,
        ("present", "bladder", "other", {}),
        ("present", ["neurological_deficit"], True),
        ("present", [], 3),
        ("present", ["L01FF02", "B01AB05", "N02AA05", "N02BE01", "A02BC05", "N05CF01"]),
        ("present", ["surgery", "radiotherapy"]),
        ("unknown", []),
        ("present", ["B01AB05"]),
        ("unknown", []),
        ("present", "ecog", 2),
        ("present", None)),
))

# ---------------------------------------------------------------- yg07
LETTERS.append(dict(
    id="yg07", date="2025-01-21", birth="1956-05-08", sex="M", age_written=True,
    hospital="INSTITUT DE CANCÉROLOGIE LORRAINE-SUD – CLINIQUE DES PINS NOIRS",
    dept="Service de Pneumologie et Oncologie Thoracique",
    patient="M. SCHWEITZER Gilbert", born_word="Né le",
    footer="ICLS – 16 rue des Forges-Anciennes – 54519 Vandoeuvre-lès-Nancy Cedex – Tél. 03 83 59 84 00",
    left_col=None,
    blocks=[
        ("p", "Vandoeuvre, le 21 janvier 2025"),
        ("p", "Dr Lucie HOLTZMANN, pneumologue\nà Monsieur le Dr François MULLER, radiothérapeute, coordonnateur RCP os\ncopie : Dr Patrick ZINS, médecin traitant, 54500 Vandoeuvre"),
        ("p", "Cher confrère,\nJe souhaite présenter à la prochaine RCP métastases osseuses M. Gilbert SCHWEITZER, 68 ans, porteur d'un carcinome épidermoïde pulmonaire métastatique."),
        ("h", "Antécédents"),
        ("p", "- Cardiopathie ischémique : syndrome coronarien aigu en 2019, deux stents actifs sur la coronaire droite ; double antiagrégation (Kardégic + Plavix) pendant un an, le Plavix a été arrêté en 2020 et seul le Kardégic est poursuivi.\n- BPCO post-tabagique (60 PA, sevré depuis le diagnostic)\n- Hypercholestérolémie\n- Radiothérapie thoracique en 2023 (cf. infra)\n- Antécédents familiaux : frère décédé d'un cancer bronchique, père d'un infarctus."),
        ("h", "Histoire oncologique"),
        ("p", "Carcinome épidermoïde du lobe supérieur gauche, stade IIIA, diagnostiqué en février 2023. PD-L1 à 70 %. EGFR et ALK non recherchés (histologie épidermoïde chez un gros fumeur). Radio-chimiothérapie concomitante (carboplatine-paclitaxel hebdomadaire, 66 Gy sur la tumeur et le médiastin) de mars à mai 2023, puis durvalumab de consolidation jusqu'en juin 2024."),
        ("p", "Le 18/11/2024, il est hospitalisé pour confusion et déshydratation : calcémie corrigée à 3,4 mmol/l. Le bilan étiologique retrouve de multiples lésions osseuses lytiques (côtes gauches, T6, bassin, humérus droit) et une récidive ganglionnaire médiastinale ; pas de lésion osseuse sur le scanner de surveillance d'août 2024. L'hypercalcémie a été corrigée par hydratation et une perfusion unique d'acide zolédronique (Zometa 4 mg) le 19/11/2024. Biopsie costale : métastase de carcinome épidermoïde, PD-L1 80 %."),
        ("t", ["Période", "Traitement", "Réponse / arrêt"],
         [["03–05/2023", "Carboplatine + paclitaxel hebdomadaire + RT thoracique 66 Gy", "réponse partielle"],
          ["06/2023–06/2024", "Durvalumab (Imfinzi) consolidation", "fin de traitement"],
          ["12/2024 –", "Carboplatine + paclitaxel + pembrolizumab (Keytruda), 4 cycles prévus", "en cours, C3 le 14/01/2025"],
          ["depuis 03/01/2025", "Dénosumab (Xgeva) 120 mg mensuel", "en cours"]],
         [36, 100, 44]),
        ("p", "Scanner TAP du 08/01/2025 (après C2) : diminution des adénopathies médiastinales, lésions osseuses costales gauches (arcs postérieurs 5 à 7) stables, ostéolyse de la métaphyse humérale droite de 28 mm intéressant 60 % de la corticale, lésion de T6 sans recul du mur postérieur ; pas de lésion cérébrale à l'IRM du 20/11/2024. Biologie du 14/01/2025 : créatinine 88 µmol/l, calcémie corrigée 2,41 mmol/l, phosphatases alcalines 190 UI/l, TSH normale, pas de cytopénie limitante."),
        ("p", "Sur le plan social, M. SCHWEITZER est retraité de la sidérurgie, marié, vit en maison de plain-pied à Laxou. Son épouse l'accompagne à toutes les consultations. Il conduit encore pour de courts trajets. Il a été informé de la gravité de la situation et souhaite poursuivre les traitements tant qu'ils sont bien tolérés. Un contact a été pris avec l'équipe mobile de soins de support pour l'accompagnement, sans que la prise en charge ne se limite à ce stade aux soins de confort."),
        ("p", "Sur le plan respiratoire, EFR de décembre 2024 : VEMS 1,42 l (52 % de la théorique), DLCO 48 %. Pas d'oxygénothérapie. Dyspnée stade mMRC 2. Il a bénéficié d'un vaccin antigrippal et anti-pneumococcique. Le scanner ne montre pas de pneumopathie radique évolutive ni de pneumopathie immuno-induite. La kinésithérapie respiratoire à domicile a été reprise en janvier."),
        ("h", "Examen du 16/01/2025"),
        ("p", "Douleurs costales gauches majorées à la toux, à la mobilisation et aux transferts, EVA 5/10 ce jour sous oxycodone, sans composante neuropathique (DN4 à 1/10) et sans réveil nocturne. Pas de douleur de l'humérus droit au repos mais appréhension au port de charges. Calcémie normalisée (2,41 mmol/l). ECOG 1. Marche autonome. Pas de déficit neurologique."),
        ("p", "Aucune lésion osseuse n'a été irradiée à ce jour ; la radiothérapie de 2023 portait uniquement sur la tumeur pulmonaire et le médiastin. Pas de chirurgie orthopédique."),
        ("p", "Toxicités : alopécie, neuropathie sensitive de grade 1 sous paclitaxel, asthénie de grade 2 après chaque cure ; pas d'événement immunologique à ce jour (TSH, cortisol, bilan hépatique normaux). Pas de transfusion. Une réduction de dose du paclitaxel n'a pas été nécessaire."),
        ("h", "Traitement habituel"),
        ("p", "Keytruda 200 mg / carboplatine AUC5 / paclitaxel 175 mg/m² J1=J21 (hôpital de jour)\nXgeva 120 mg SC/mois + Cacit D3 1 sachet/j\nOxycontin LP 20 mg x2/j, Oxynormoro 10 mg si besoin\nDoliprane 1 g x3/j\nKardégic 160 mg/j\nCardensiel 2,5 mg, Tahor 80 mg, Inexium 20 mg\nSpiriva Respimat\nPas d'anticoagulant."),
        ("h", "Question"),
        ("p", "Le patient poursuit la chimio-immunothérapie à visée palliative, avec l'objectif d'une maintenance par pembrolizumab après le 4e cycle. Nous souhaitons votre avis sur : (1) une radiothérapie antalgique des lésions costales gauches ; (2) le risque fracturaire de la lésion humérale droite (score de Mirels à 8 d'après notre radiologue) et l'indication d'un enclouage prophylactique."),
        ("sig", "Bien cordialement,\nDr Lucie HOLTZMANN"),
    ],
    gold=lambda: gold(
        "yg07", "M", 68,
        ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
        ("present", ["hypercalcemia"], True),
        ("present", ["mechanical"], 5),
        ("present", ["L01FF02", "L01XA02", "L01CD01", "M05BX04", "A12AX", "N02AA05", "N02BE01",
                     "B01AC06", "C07AB07", "C10AA05", "A02BC05"]),
        ("absent", []),
        ("present", ["M05BX04"]),
        ("absent", []),
        ("present", ["B01AC06"]),
        ("present", "ecog", 1),
        ("present", "palliative")),
))

# ---------------------------------------------------------------- yg08
LETTERS.append(dict(
    id="yg08", date="2025-01-08", birth="1949-12-30", sex="F", age_written=False,
    hospital="CENTRE DE CANCÉROLOGIE DU GRAND-PLATEAU",
    dept="Département d'Oncologie Digestive",
    patient="Mme FAUCHERAND Lucienne", born_word="Née le",
    footer="CCGP – 41 route de Vernaison – 69495 Pierre-Bénite Cedex – Tél. 04 72 66 31 00 – Document à usage médical",
    left_col=["Oncologie digestive", "", "Pr Marc-Olivier BRUNET", "", "Dr Solène CHAPUIS", "Dr Kévin N'DIAYE",
              "Dr Catherine VIAL", "Dr Julien ROCHETTE", "", "Assistante spécialiste", "Dr Amel FERHAT", "",
              "Coordination parcours", "Mme Noémie GIRAUD", "04 72 66 31 58", "", "Radiothérapie",
              "Dr Philippe MOLLARD", "04 72 66 32 10"],
    blocks=[
        ("p", "Pierre-Bénite, le 08/01/2025\nDr Kévin N'DIAYE\nÀ l'attention de la RCP Métastases osseuses – Centre du Grand-Plateau"),
        ("p", "Objet : Mme FAUCHERAND, adénocarcinome colique métastatique, atteinte osseuse lombaire en cours d'irradiation"),
        ("p", "Cher(e)s collègues,\nJe vous présente Mme Lucienne FAUCHERAND, retraitée (ancienne institutrice), veuve, vivant seule à Oullins avec l'aide de sa fille, suivie pour un adénocarcinome du côlon sigmoïde métastatique."),
        ("h", "Antécédents"),
        ("p", "- Fibrillation atriale permanente, anticoagulée de longue date (cf. traitement)\n- Diabète de type 2 non insulino-requérant\n- Insuffisance rénale chronique modérée (DFG 48 ml/min)\n- Prothèse totale de genou gauche en 2015\n- Mère : cancer du sein à 80 ans"),
        ("h", "Histoire oncologique"),
        ("p", "Mars 2023 : sigmoïdectomie pour un adénocarcinome lieberkühnien pT4a N2a, avec métastases hépatiques synchrones. Biologie moléculaire : mutation KRAS G12D, BRAF sauvage, statut MMR proficient (pMMR)."),
        ("t", ["Ligne", "Protocole", "Dates", "Résultat"],
         [["L1", "FOLFOX + bévacizumab", "04/2023 – 11/2023", "réponse partielle"],
          ["", "Maintenance capécitabine (Xeloda) + bévacizumab", "12/2023 – 06/2024", "stabilité"],
          ["L2", "FOLFIRI + bévacizumab", "07/2024 – 10/2024", "progression hépatique et osseuse"],
          ["L3", "Capécitabine (Xeloda) seule, 1000 mg/m² x2 J1-J14", "depuis 11/2024", "en cours"]],
         [14, 86, 40, 40]),
        ("p", "L'atteinte osseuse a été découverte sur le scanner TAP de réévaluation du 22/10/2024, qui montrait une lyse du corps vertébral de L4 et une lésion de l'aile iliaque droite ; la patiente n'avait alors pas de plainte rachidienne. Depuis fin novembre 2024, elle décrit des lombalgies avec radiculalgie L4 gauche, des brûlures de la face antérieure de cuisse, surtout la nuit, l'obligeant à se lever. L'IRM du 12/12/2024 confirme une épidurite L4 sans compression de la queue de cheval."),
        ("p", "Une radiothérapie de L4 (20 Gy en 5 fractions) a débuté le 06/01/2025 ; elle est en cours au moment de ce courrier (2e séance sur 5 aujourd'hui). Pas d'autre traitement local antérieur."),
        ("h", "Clinique"),
        ("p", "EN à 7/10 à l'entrée à l'hôpital de jour le 02/01, 4/10 ce jour après introduction de la gabapentine et majoration de la morphine. Force segmentaire normale, ROT rotulien gauche diminué. PS 2 (OMS) : elle passe plus de la moitié de la journée au fauteuil depuis décembre. Albumine 31 g/l. CEA 58 ng/ml."),
        ("h", "Traitement en cours"),
        ("p", "Xeloda 1500 mg matin et soir J1-J14 tous les 21 jours\nSkenan LP 20 mg x2/j, Actiskenan 5 mg si besoin\nNeurontin 300 mg x3/j\nParacétamol 1 g x3/j\nInnohep 10 000 UI/j SC (le Sintrom a été arrêté en juin 2023 au profit de l'HBPM du fait des interactions avec la chimiothérapie)\nGlucophage 500 mg x2/j\nForlax 1 à 2 sachets/j\nLa patiente ne reçoit pas d'antiagrégant plaquettaire."),
        ("h", "Synthèse et questions"),
        ("p", "Adénocarcinome colique KRAS muté en 3e ligne palliative par capécitabine, avec atteinte osseuse L4 symptomatique en cours d'irradiation. Un traitement par acide zolédronique sera discuté selon la fonction rénale ; rien n'a encore été prescrit. Nous souhaitons l'avis de la RCP sur :\n- la place d'une cimentoplastie de L4 à distance de la radiothérapie ;\n- l'indication d'un traitement anti-résorptif (acide zolédronique à dose adaptée ou dénosumab) chez cette patiente à la fonction rénale altérée ;\n- la conduite à tenir pour l'HBPM en cas de geste percutané."),
        ("sig", "Bien confraternellement,\nDr Kévin N'DIAYE, oncologue digestif\nSecrétariat : 04 72 66 31 52"),
    ],
    gold=lambda: gold(
        "yg08", "F", 75,
        ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
        ("present", ["staging_imaging"], True),
        ("present", ["neuropathic", "nocturnal"], 4),
        ("present", ["L01BC06", "N02AA01", "N03AX12", "N02BE01", "B01AB10", "A10BA02", "A06AD15"]),
        ("present", ["radiotherapy"]),
        ("unknown", []),
        ("present", ["B01AB10"]),
        ("absent", []),
        ("present", "ecog", 2),
        ("present", "palliative")),
))


# --------------------------------------------------------------------------------------
# Contract check
# --------------------------------------------------------------------------------------

def letter_plain_text(L: dict) -> str:
    parts = [L["hospital"], L["dept"], L["patient"], L["footer"]] + list(L["left_col"] or [])
    for b in L["blocks"]:
        if b[0] == "t":
            parts += b[1] + [c for row in b[2] for c in row]
        elif b[0] != "br":
            parts.append(b[1])
    return "\n".join(parts)


def check(L: dict, g: dict, atc: dict) -> None:
    lid = L["id"]
    def need(cond, msg):
        if not cond:
            violation(f"{lid}: {msg}")
    need(g["id"] == lid, "id mismatch")
    need(list(g.keys()) == ["id", "patient"] + ALL_ITEMS + ["gaps"], "keys/order")
    need(g["patient"]["sex"] in ("F", "M"), "sex")
    need(g["patient"]["age"] == age_at(L["birth"], L["date"]), "age differs from birth date at letter date")
    text = letter_plain_text(L)
    if L["age_written"]:
        need(f"{g['patient']['age']} ans" in text, "written age not in text")
    for item in ALL_ITEMS:
        need(g[item]["status"] in STATUSES[item], f"{item} status {g[item]['status']} not allowed")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], "unknown tumour with values")
    else:
        need(pt["site"] in SITES, "site code")
        need(pt["histology"] is None or pt["histology"] in HISTOLOGIES, "histology code")
    for k, v in pt["biomarkers"].items():
        need(k in BIOMARKERS and v in BIO_RESULTS, f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    need(all(c in CIRCUMSTANCES for c in bd["circumstances"]), "circumstance code")
    need(isinstance(bd["dated"], bool), "dated bool")
    if bd["status"] == "present":
        need(bd["circumstances"], "bone present without circumstance")
    else:
        need(not bd["circumstances"] and not bd["dated"], "bone unknown with values")
    pn = g["pain"]
    need(all(t in PAIN_TYPES for t in pn["types"]), "pain type code")
    need(pn["intensity"] is None or (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10), "intensity")
    if pn["status"] in ("absent", "unknown"):
        need(not pn["types"], "types on absent/unknown pain")
        need(pn["intensity"] in (None, 0), "intensity on absent/unknown pain")
    lt = g["priorLocalTreatments"]
    need(all(t in LOCAL_TYPES for t in lt["types"]), "local treatment code")
    need(bool(lt["types"]) == (lt["status"] in ("present",)) or lt["status"] in ("uncertain", "conflicting"),
         "local types vs status")
    cm = g["currentMedications"]
    for code in cm["atc"]:
        need(code in atc, f"ATC {code} not in atc-reference.tsv")
        need(any(n in text.lower() for n in atc[code]), f"ATC {code}: no name of it in the letter text")
    need(len(set(cm["atc"])) == len(cm["atc"]), "duplicate ATC")
    if cm["status"] in ("absent", "unknown"):
        need(not cm["atc"], "medications listed while absent/unknown")
    else:
        need(cm["atc"], "currentMedications present without codes (all letters here list table drugs)")
    if "N02AJ06" in cm["atc"]:
        need("N02BE01" not in cm["atc"] or "paracétamol" in text.lower() or "doliprane" in text.lower(),
             "codeine+paracetamol combination double-coded")
    for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        s = g[sec]
        for code in s["atc"]:
            need(code in atc, f"{sec} ATC {code} not in table")
            need(group_ok(sec, code), f"{sec} ATC {code} of wrong group")
            need(any(n in text.lower() for n in atc[code]), f"{sec} ATC {code}: not named in letter")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            need(set(s["atc"]) <= set(cm["atc"]), f"{sec} agents not in currentMedications")
        if s["status"] == "uncertain":
            need(not (set(s["atc"]) & set(cm["atc"])), f"{sec} doubtful agent counted as current")
        # every current drug of this group must be in the section
        grp = {c for c in cm["atc"] if group_ok(sec, c) and c[:3] in ("B01", "M05")}
        need(grp <= set(s["atc"]), f"current {sec} drug {grp - set(s['atc'])} missing from its section")
        if grp:
            need(s["status"] in ("present", "conflicting"), f"{sec}: current agent but status {s['status']}")
    pr = g["prognosis"]
    ecog, kps = pr.get("ecog"), pr.get("kps")
    need(ecog is None or ecog in range(0, 6), "ecog value")
    need(kps is None or (kps in range(0, 101) and kps % 10 == 0), "kps value")
    need(not (ecog is not None and kps is not None), "both ecog and kps")
    if pr["status"] == "unknown":
        need(ecog is None and kps is None, "prognosis unknown with values")
    tp = g["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, "intent code")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "intent on unknown project")
    if tp["intent"]:
        word = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}[tp["intent"]]
        need(word in text.lower(), "intent word not in letter")
    need(g["gaps"] == derive_gaps(g), "gaps differ from the gap rule")
    for item, kind in g["gaps"]:
        need(item in ITEMS9 and kind in ("missing", "uncertain", "conflicting", "incomplete"), "gap item/kind")
    need(dt.date.fromisoformat(L["birth"]).strftime("%d/%m/%Y") in render_header_text(L), "birth date not in header")


def render_header_text(L: dict) -> str:
    b = dt.date.fromisoformat(L["birth"]).strftime("%d/%m/%Y")
    return f"{L['patient']} – {L['born_word']} {b}"


# --------------------------------------------------------------------------------------
# PDF rendering
# --------------------------------------------------------------------------------------

class LetterPDF(FPDF):
    def __init__(self, L):
        super().__init__(format="A4", unit="mm")
        self.L = L
        self.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("DV", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.set_auto_page_break(True, margin=24)
        self.set_margins(18, 30, 18)

    def header(self):
        L = self.L
        self.set_text_color(0, 0, 0)
        self.set_xy(18, 9)
        self.set_font("DV", "B", 10)
        self.cell(120, 5, L["hospital"])
        self.set_font("DV", "", 8)
        self.set_xy(150, 9)
        self.cell(42, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_xy(18, 14)
        self.set_font("DV", "", 8)
        self.cell(120, 4, L["dept"])
        self.set_xy(18, 18.5)
        self.cell(174, 4, render_header_text(L))
        self.line(18, 24, 192, 24)
        if self.page_no() == 1 and L["left_col"]:
            self.set_left_margin(62)
            self.set_xy(18, 30)
            self.set_font("DV", "", 7.5)
            for line in L["left_col"]:
                self.set_x(18)
                self.cell(40, 3.6, line, new_x="LMARGIN", new_y="NEXT")
            self.line(59, 30, 59, 265)
            self.set_xy(62, 30)
        else:
            self.set_left_margin(18)
            self.set_xy(18, 30)
        self.set_font("DV", "", 9.5)

    def footer(self):
        self.set_y(-20)
        self.line(18, self.get_y(), 192, self.get_y())
        self.set_font("DV", "", 6.8)
        self.set_x(18)
        self.cell(174, 3.5, self.L["footer"], align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_x(18)
        self.cell(174, 3.5, "Document validé électroniquement – Ne pas reproduire sans l'accord du patient", align="C")


def render(L: dict, path: Path) -> None:
    pdf = LetterPDF(L)
    pdf.set_creation_date(dt.datetime(2025, 1, 1, 8, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_producer("ExportDPI Cancérologie 4.2 (PDF)")
    pdf.set_creator("DPI Oncologie")
    pdf.set_title(f"Courrier RCP {L['patient']}")
    pdf.set_author("Secrétariat médical")
    pdf.alias_nb_pages()
    pdf.add_page()
    for b in L["blocks"]:
        kind = b[0]
        w = (192 - pdf.l_margin)
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(w, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 9.5)
        elif kind in ("p", "sig"):
            pdf.set_font("DV", "I" if kind == "sig" else "", 10.5)
            pdf.multi_cell(w, 5.3, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            pdf.set_font("DV", "", 9.5)
        elif kind == "t":
            header, rows, widths = b[1], b[2], b[3]
            scale = w / sum(widths)
            widths = [x * scale for x in widths]
            pdf.set_font("DV", "", 9)
            with pdf.table(col_widths=widths, width=w, line_height=4.8, text_align="LEFT",
                           headings_style=FontFace(emphasis="BOLD")) as table:
                r = table.row()
                for c in header:
                    r.cell(c)
                for row in rows:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(2)
            pdf.set_font("DV", "", 9.5)
        elif kind == "br":
            pdf.add_page()
    path.write_bytes(bytes(pdf.output()))


def main() -> int:
    atc = load_atc()
    golds = []
    seen = set()
    for L in LETTERS:
        if L["id"] in seen:
            violation(f"duplicate id {L['id']}")
        seen.add(L["id"])
        g = L["gold"]()
        check(L, g, atc)
        golds.append(g)
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for L, g in zip(LETTERS, golds):
        render(L, ldir / f"{L['id']}.pdf")
        (gdir / f"{L['id']}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
