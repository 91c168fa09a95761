"""Corpus 6: held-out referral letters for rcp-intake (written blind to the converter).

Run from /work/main:  .venv/bin/python tests/corpus6/make_letters.py
Regenerates tests/corpus6/letters/ (txt, docx, pdf) and tests/corpus6/gold/.
Gold gaps are derived from the gold statuses by the contract's Gaps rule (gaps_for).
"""
from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ATC_TSV = ROOT.parent / "shared" / "spec" / "atc-reference.tsv"
if not ATC_TSV.exists():
    ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------- contract lists
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
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
             "prognosis", "therapeuticProject"]
STATUS_GAP = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}


def load_atc() -> dict[str, list[str]]:
    """ATC code -> names (dci, inn, brands) from the contract's table."""
    table = {}
    with open(ATC_TSV, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            names = [row["dci_fr"], row["inn_en"]] + [b for b in row["brands_fr"].split(",") if b]
            table[row["atc"]] = names
    return table


def gaps_for(g: dict) -> list[list[str]]:
    """The contract's Gaps rule, applied to a gold record (antiplatelets excluded)."""
    out = []
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st in STATUS_GAP:
            out.append([item, STATUS_GAP[st]])
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
            out.append([item, "incomplete"])
    return out


def age_at(birth: str, on: str) -> int:
    b, d = date.fromisoformat(birth), date.fromisoformat(on)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


# ---------------------------------------------------------------- gold helpers
def G(id, sex, age, primary, bone, pain, meds, local, btt, anticoag, antiplat, prog, project):
    return {
        "id": id,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": dict(zip(("status", "site", "histology", "biomarkers"), primary)),
        "boneDiagnosis": dict(zip(("status", "circumstances", "dated"), bone)),
        "pain": dict(zip(("status", "types", "intensity"), pain)),
        "currentMedications": dict(zip(("status", "atc"), meds)),
        "priorLocalTreatments": dict(zip(("status", "types"), local)),
        "boneTargetedTherapy": dict(zip(("status", "atc"), btt)),
        "anticoagulation": dict(zip(("status", "atc"), anticoag)),
        "antiplatelets": dict(zip(("status", "atc"), antiplat)),
        "prognosis": prog,
        "therapeuticProject": dict(zip(("status", "intent"), project)),
    }


LETTERS: list[dict] = []

# ============================================================== r01 (txt, UTF-8)
LETTERS.append(dict(
    id="r01", fmt="txt", encoding="utf-8", newline="\n",
    birth="1958-05-14", letter_date="2024-03-12",
    text="""\
Centre hospitalier de Villefranche-sur-Loire
Service de pneumologie - Oncologie thoracique
Dr Bertrand Aumont

Villefranche, le 12 mars 2024

À l'attention de la RCP métastases osseuses
Institut de cancérologie de Roanne-Est

Objet : Mme Hélène MARCHETTI, née le 14/05/1958

Chère consœur, cher confrère,

Je vous soumets le dossier de Mme Marchetti, que je suis pour un adénocarcinome
pulmonaire du lobe inférieur droit diagnostiqué fin 2021 (biopsie bronchique du
9/12/21), d'emblée métastatique sur le plan pleural, avec délétion de l'exon 19 de
l'EGFR, ALK non réarrangé, PD-L1 à 5 %.

Historique des traitements systémiques :
- osimertinib (Tagrisso) 80 mg/j de janvier 2022 jusqu'à l'été dernier, arrêté pour
  progression pleurale et ganglionnaire (TDM du 18/07/23) ; pas de mécanisme de
  résistance identifié sur la biopsie liquide ;
- carboplatine-pémétrexed à partir du 3/8/23, 4 cures, puis maintenance par
  pémétrexed seul, interrompue début janvier devant une progression hépatique ;
- docétaxel 75 mg/m² toutes les 3 semaines depuis le 16 janvier : elle est
  actuellement à J15 de C3, avec une bonne tolérance.

Depuis six semaines environ, elle se plaint d'une douleur de la hanche droite,
mécanique, déclenchée par l'appui et la marche, avec des réveils nocturnes. L'EVA
était à 8/10 il y a quinze jours ; elle est à 6/10 ce jour sous morphine. Le
scanner du 2 mars montre une lésion ostéolytique du toit du cotyle droit de 35 mm
avec rupture corticale, et une lésion de L2 sans recul du mur postérieur.
Aucun traitement local (radiothérapie, chirurgie, cimentoplastie) n'a été réalisé
sur ces lésions osseuses.

Traitement actuel : docétaxel (cf. ci-dessus) ; Skenan LP 30 mg matin et soir ;
Actiskenan 10 mg jusqu'à 4 fois par jour ; Doliprane 1 g x 3/j ; Movicol 1 sachet/j ;
Inexium 20 mg/j ; Fosamax 70 mg une fois par semaine depuis 2019 pour une
ostéoporose post-ménopausique.

PS 1, autonome, poids stable. Le traitement reste à visée palliative ; la poursuite
du docétaxel est prévue jusqu'à 4 à 6 cures selon la tolérance.

Question posée : quelle prise en charge locale proposer pour la lésion du cotyle à
risque fracturaire : radiothérapie antalgique, cimentoplastie ou avis chirurgical ?
Faut-il remplacer le Fosamax par un anti-résorptif à dose oncologique (acide
zolédronique ou dénosumab) ?

Bien confraternellement,
Dr B. Aumont
""",
    gold=G("r01", "F", 65,
           ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "positive"}),
           ("present", ["pain"], True),
           ("present", ["mechanical", "nocturnal"], 6),
           ("present", ["L01CD02", "N02AA01", "N02BE01", "A06AD65", "A02BC05", "M05BA04"]),
           ("absent", []),
           ("present", ["M05BA04"]),
           ("unknown", []),
           ("unknown", []),
           {"status": "present", "ecog": 1},
           ("present", "palliative")),
))

# ============================================================== r02 (pdf)
LETTERS.append(dict(
    id="r02", fmt="pdf",
    text="""\
Hôpital privé des Tilleuls - Oncologie médicale
Dr Claire Vasseur-Nguyen
Saint-Aubin-des-Prés, le 5 avril 2024

Demande d'avis - RCP métastases osseuses
Patiente : Mme Sylvie LE GUENNEC, 58 ans

Antécédents : hypothyroïdie substituée ; angor stable, stent coronaire en 2019.

Histoire oncologique
2015 : carcinome canalaire infiltrant (NST) du sein gauche, pT1c N0, grade II, RE 90 %, RP 40 %, HER2 négatif (score 1+). Tumorectomie, radiothérapie du sein (50 Gy), puis tamoxifène pendant 5 ans (arrêt en 2020).
Mai 2021 : rechute osseuse découverte sur le TEP-scanner de surveillance demandé pour une ascension du CA 15-3 (lésions de T8 à T10, de L1 et du bassin).
De juin 2021 à fin 2022 : létrozole + palbociclib, arrêtés pour progression osseuse.
Janvier 2023 : capécitabine, poursuivie jusqu'il y a deux mois (progression hépatique débutante).
Depuis le 12/2/24 : paclitaxel hebdomadaire, 3 semaines sur 4 ; elle est à J15 de C2.

Traitements locaux osseux
- radiothérapie de T8-T10, 20 Gy en 5 fractions, juin 2021 ;
- vertébroplastie de L1 le 14/3/23 pour un tassement douloureux.

Traitement osseux : dénosumab (Xgeva) 120 mg mensuel de juillet 2021 à décembre 2023, arrêté définitivement en janvier 2024 après le diagnostic d'une ostéonécrose de la mâchoire (stade 2).

Traitement en cours : paclitaxel (cf. supra), Kardégic 75 mg/j, Levothyrox 100 µg/j, Orocal D3 1 cp/j. Pas de traitement anticoagulant.

Clinique : elle ne décrit actuellement aucune douleur osseuse. Indice de Karnofsky à 80 %.

Le TEP du 25 mars montre une nouvelle lésion lytique du col fémoral droit de 28 mm, asymptomatique, intéressant plus de la moitié de la corticale.

Questions
1) Indication d'un geste de consolidation préventive du col fémoral droit (vissage, cimentoplastie) ou d'une radiothérapie ?
2) Peut-on envisager la reprise d'un traitement anti-résorptif malgré l'ostéonécrose ?

Dr C. Vasseur-Nguyen
""",
    gold=G("r02", "F", 58,
           ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
           ("present", ["staging_imaging"], True),
           ("absent", [], None),
           ("present", ["L01CD01", "B01AC06", "H03AA01", "A12AX"]),
           ("present", ["radiotherapy", "cementoplasty"]),
           ("absent", []),
           ("absent", []),
           ("present", ["B01AC06"]),
           {"status": "present", "kps": 80},
           ("present", None)),
))

# ============================================================== r03 (docx)
LETTERS.append(dict(
    id="r03", fmt="docx",
    birth="1949-11-02", letter_date="2024-01-18",
    text="""\
Centre hospitalier de Montbrison-les-Vignes - Service d'urologie
Dr Paul-Henri Castaing, urologue
Le 18 janvier 2024
Objet : demande d'avis RCP métastases osseuses - M. Gérard FONTANILLE, né le 02/11/1949
Cher confrère,
Je vous adresse M. Fontanille pour avis sur la prise en charge de ses métastases osseuses.
Antécédents : fibrillation atriale paroxystique sous apixaban 5 mg x 2/j ; HTA ; ostéoporose densitométrique traitée par Prolia 60 mg tous les 6 mois depuis 2020 (dernière injection en novembre).
Histoire de la maladie : adénocarcinome prostatique Gleason 8 (4+4), diagnostiqué en avril 2016 (PSA 14 ng/ml), traité par prostatectomie totale en juin 2016. Récidive biologique en 2018, traitée par radiothérapie de la loge prostatique (66 Gy), puis surveillance.
Fin 2022, remontée du PSA à 9 ng/ml ; le TEP-PSMA du 30/11/22 montre des fixations osseuses multiples (rachis lombaire, sacrum, côtes), sans atteinte viscérale.
Traitements systémiques successifs :
- Décapeptyl 11,25 mg tous les 3 mois depuis décembre 2022, poursuivi ;
- apalutamide (Erleada) de janvier 2023 à septembre dernier, arrêté pour progression biologique et radiologique ;
- docétaxel 75 mg/m² + prednisone à partir du 10 octobre ; le patient a demandé l'arrêt après la 4e cure, fin décembre, en raison d'une asthénie majeure. La prednisone a été arrêtée en même temps.
Après discussion avec le patient et son épouse, il a été décidé de ne plus proposer de nouvelle ligne de traitement systémique : prise en charge en soins de support exclusifs, en maintenant la castration par Décapeptyl.
Actuellement, il présente des douleurs lombaires basses depuis début décembre, sans caractère particulier, cotées à 4/10, partiellement soulagées par le paracétamol et le tramadol. PSA à 48 ng/ml le 8/1/24. État général conservé, ECOG 1.
Traitement actuel : Décapeptyl LP 11,25 mg/3 mois ; apixaban 5 mg x 2/j ; bisoprolol 5 mg/j ; Doliprane 1 g x 3/j ; Topalgic LP 100 mg x 2/j ; Cacit D3 1 sachet/j ; Prolia (cf. antécédents).
Question posée : une radiothérapie antalgique du rachis lombaire vous paraît-elle indiquée ?
Avec mes remerciements, bien confraternellement.
Dr P.-H. Castaing
""",
    gold=G("r03", "M", 74,
           ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           ("present", ["staging_imaging"], True),
           ("present", [], 4),
           ("present", ["L02AE04", "B01AF02", "C07AB07", "N02BE01", "N02AX02", "A12AX", "M05BX04"]),
           ("unknown", []),
           ("present", ["M05BX04"]),
           ("present", ["B01AF02"]),
           ("unknown", []),
           {"status": "present", "ecog": 1},
           ("present", "supportive")),
))

# ============================================================== r04 (txt, cp1252, CRLF)
LETTERS.append(dict(
    id="r04", fmt="txt", encoding="cp1252", newline="\r\n",
    text="""\
Clinique du Val de Sèvre - Oncologie médicale
Dr Isabelle Combaret
Saint-Florent-sur-Sèvre, le 22 février 2024

Madame, Monsieur, chers collègues,

Je souhaite soumettre à la RCP métastases osseuses le dossier de M. Roland BESSIÈRE,
71 ans, suivi pour un carcinome rénal à cellules claires gauche (néphrectomie élargie
en mars 2019, pT3a N0, grade ISUP 3).

Les métastases osseuses ont été révélées le 12/9/23 par une fracture pathologique de
la diaphyse humérale droite survenue après un effort minime. Enclouage centromédullaire
le 14/9/23 ; l'histologie confirme une métastase de carcinome à cellules claires.
Radiothérapie post-opératoire de l'humérus, 20 Gy en 5 fractions, terminée le 16/10/23.
Le bilan d'extension montrait aussi une lésion de l'arc postérieur de la 7e côte droite
et deux nodules pulmonaires infracentimétriques.

Traitement systémique : nivolumab + cabozantinib depuis le 25/10/23 ; cabozantinib réduit
de 40 à 20 mg/j en janvier pour diarrhée et syndrome main-pied.

Anticoagulation : ACFA connue depuis 2015, traitée initialement par Préviscan. Devant des
INR très instables, relais par Eliquis 5 mg matin et soir en 2020. L'Eliquis a été
suspendu 48 heures avant l'enclouage puis repris à J2 post-opératoire. La posologie a été
réduite à 2,5 mg x 2 en décembre (poids 58 kg, créatininémie à 178 µmol/l).
Pas d'antiagrégant plaquettaire.

Traitement osseux : Xgeva 120 mg SC toutes les 4 semaines depuis octobre 2023, avec une
supplémentation en vitamine D.

Actuellement : douleur costale droite d'horaire inflammatoire, avec réveils nocturnes,
EN 5/10 malgré l'oxycodone. L'épaule droite est indolore.

Traitement habituel : Opdivo 480 mg toutes les 4 semaines, Cabometyx 20 mg/j, Eliquis
2,5 mg x 2, Xgeva 120 mg/4 semaines, Zyma D 50 000 UI/mois, Oxycontin LP 10 mg x 2,
Oxynorm 5 mg si besoin, Lasilix 40 mg/j, Imodium si besoin.

OMS 2 (fatigue, reste au fauteuil une partie de la journée).

Le projet est la poursuite du traitement actuel, à visée palliative.
Questions : radiothérapie antalgique de la 7e côte ? Intérêt d'une technique stéréotaxique
compte tenu de la radiorésistance relative du cancer du rein ?

Dr I. Combaret
""",
    gold=G("r04", "M", 71,
           ("present", "kidney", "clear_cell_carcinoma", {}),
           ("present", ["pathological_fracture"], True),
           ("present", ["inflammatory", "nocturnal"], 5),
           ("present", ["L01FF01", "L01EX07", "B01AF02", "M05BX04", "A11CC05", "N02AA05", "C03CA01"]),
           ("present", ["surgery", "radiotherapy"]),
           ("present", ["M05BX04"]),
           ("present", ["B01AF02"]),
           ("absent", []),
           {"status": "present", "ecog": 2},
           ("present", "palliative")),
))

# ============================================================== r05 (pdf)
LETTERS.append(dict(
    id="r05", fmt="pdf",
    birth="1966-09-30", letter_date="2024-05-07",
    text="""\
Institut de cancérologie des Trois Vallées - Département d'oncologie digestive
Dr Marc Oudinot
Le 7 mai 2024

Objet : Mme Odile RANCUREL, née le 30/09/1966 - demande d'avis RCP métastases osseuses

Chers collègues,

Mme Rancurel est suivie depuis 2021 pour un adénocarcinome du côlon sigmoïde métastatique (foie, poumons), KRAS muté (G12C), BRAF non muté, MSS. Elle a reçu successivement FOLFOX-bévacizumab (2021-2022), FOLFIRI-aflibercept (2023), puis sotorasib (Lumykras) 960 mg/j depuis le 4 mars 2024, qu'elle poursuit actuellement.

Histoire thromboembolique : embolie pulmonaire sur chambre implantable en mars 2023, traitée par Innohep 14 000 UI/j pendant 6 mois, avec relais en septembre 2023 par Lixiana 60 mg/j. Devant des épistaxis répétées et des ecchymoses, le Lixiana a été arrêté en janvier 2024 à la demande de la patiente, après avis du médecin vasculaire. Le traitement anticoagulant est interrompu définitivement ; la chambre implantable a été retirée.

Atteinte osseuse : découverte en janvier 2024 devant une hypercalcémie à 3,1 mmol/l (confusion, polyurie) ; le scanner retrouvait des lésions ostéolytiques de T9 à T11 et de l'aile iliaque droite. L'hypercalcémie a été corrigée par hydratation et une perfusion unique de Zometa 4 mg le 16/1/24.

Depuis trois semaines, dorsalgies en ceinture à type de brûlures, DN4 à 5/10, EN 7/10. L'IRM du 26/4 montre une épidurite en T10 sans compression médullaire. Radiothérapie de T9-T11 en cours (30 Gy en 10 fractions, débutée le 29/4/24, 6e séance ce jour).

Traitement actuel : Lumykras 960 mg/j, Lyrica 75 mg x 2, Oxynorm 10 mg x 4/j, Doliprane 1 g x 3, Glucophage 1000 mg x 2, Forlax 1 sachet/j, Solupred 20 mg/j pendant la durée de la radiothérapie.

PS 2. Espérance de vie estimée à quelques mois.
Projet : poursuite du sotorasib, dans le cadre d'une prise en charge palliative.

Questions :
- indication d'une cimentoplastie de T10 à distance de la radiothérapie ?
- faut-il introduire un traitement anti-résorptif au long cours (dénosumab) ?

Dr M. Oudinot
""",
    gold=G("r05", "F", 57,
           ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
           ("present", ["hypercalcemia"], True),
           ("present", ["neuropathic"], 7),
           ("present", ["L01XX73", "N03AX16", "N02AA05", "N02BE01", "A10BA02", "A06AD15", "H02AB06"]),
           ("present", ["radiotherapy"]),
           ("unknown", []),
           ("absent", []),
           ("unknown", []),
           {"status": "present", "ecog": 2},
           ("present", "palliative")),
))

# ============================================================== r06 (docx)
LETTERS.append(dict(
    id="r06", fmt="docx",
    text="""\
Centre hospitalier de Saint-Quentin-des-Landes - Oncologie médicale
FICHE DE DEMANDE D'AVIS - RCP MÉTASTASES OSSEUSES
Date de la demande : 14/02/2024
Médecin demandeur : Dr Anne-Laure Féval
Patient : M. Daniel ROUSSELOT, âgé de 67 ans
Primitif : carcinome urothélial de vessie
Anticoagulant : non
Antiagrégant : oui (Plavix 75 mg, stent coronaire en 2019)
Histoire de la maladie
Carcinome urothélial de haut grade de la vessie, infiltrant le muscle, traité par cystectomie totale en 2021 ; PD-L1 < 1 %. Rechute ganglionnaire rétropéritonéale en 2022 traitée par gemcitabine-cisplatine (6 cures) puis avélumab en maintenance, arrêté pour progression.
Des lésions lytiques du bassin et de L4 ont été mises en évidence sur un scanner de réévaluation. La biopsie de l'aile iliaque gauche a confirmé une métastase de carcinome urothélial. Il est depuis traité par enfortumab vedotin (Padcev) à J1, J8 et J15 tous les 28 jours, qu'il poursuit.
La lésion de l'aile iliaque gauche a été traitée par radiofréquence.
Histoire thromboembolique
Thrombose veineuse profonde fémorale gauche en juin 2023 : Lovenox 1 mg/kg x 2/j pendant 10 jours, puis relais par Xarelto 20 mg/j. Le Xarelto a été suspendu 48 heures avant la biopsie osseuse, puis à nouveau pour la radiofréquence, et repris à chaque fois le lendemain du geste. La dose a ensuite été diminuée à 15 mg/j en raison d'une clairance de la créatinine à 42 ml/min.
Clinique
Douleur de la hanche gauche à la marche, modérée, sans autre plainte. OMS 1.
Un traitement par Xgeva est envisagé après les soins dentaires en cours.
Autres traitements : Plavix 75 mg/j, Tahor 40 mg/j, Triatec 5 mg/j, Doliprane 1 g x 3/j.
Question posée
Indication d'une radiothérapie de L4 (lésion de 3 cm sans épidurite) ? Avis sur la conduite à tenir vis-à-vis des traitements antithrombotiques en cas de geste.
Dr A.-L. Féval
""",
    gold=G("r06", "M", 67,
           ("present", "bladder", "other", {"PD-L1": "negative"}),
           ("present", ["staging_imaging"], False),
           ("present", ["mechanical"], None),
           ("present", ["B01AF01", "B01AC04", "C10AA05", "C09AA05", "N02BE01"]),
           ("present", ["ablation"]),
           ("unknown", []),
           ("conflicting", ["B01AF01"]),
           ("present", ["B01AC04"]),
           {"status": "present", "ecog": 1},
           ("present", None)),
))

# ============================================================== r07 (docx with table)
LETTERS.append(dict(
    id="r07", fmt="docx",
    table=[["Site irradié", "Indication", "Dose / fractionnement", "Date"],
           ["Sein droit + complément du lit tumoral", "adjuvante", "50 Gy / 25 fr + 16 Gy / 8 fr", "sept.-nov. 2017"],
           ["Rachis D6-D8", "métastase douloureuse", "30 Gy / 10 fr", "mars 2022"],
           ["Métastase cérébelleuse gauche", "stéréotaxie", "27 Gy / 3 fr", "02/2023"],
           ["Cotyle gauche", "antalgique", "8 Gy / 1 fr", "11/2023"]],
    text="""\
Centre de radiothérapie de l'Aber-Ildut
Dr Yann Le Floc'h, oncologue radiothérapeute
Le 11 juin 2024
À l'attention de la RCP métastases osseuses
Objet : Mme Josiane KERBRAT, 63 ans
Chers collègues,
Je revois en consultation Mme Kerbrat, suivie pour un carcinome lobulaire infiltrant du sein droit diagnostiqué en 2017 (RE positifs à 95 %, RP négatifs, HER2 score 0), en rechute osseuse et cérébrale. Les métastases osseuses ont été découvertes en mars 2022 devant des dorsalgies persistantes.
Elle a déjà été irradiée à plusieurs reprises dans notre service :
[[TABLE]]
Traitement systémique en cours : fulvestrant (Faslodex) 500 mg/mois et abémaciclib (Verzenios) 150 mg x 2/j depuis juillet 2023, en 2e ligne après létrozole-ribociclib (2022-2023). Acide zolédronique (Zometa) 4 mg tous les 3 mois, poursuivi.
Elle consulte pour une douleur de la hanche droite apparue il y a un mois, à l'appui et à la marche, sans réveil nocturne, cotée à 6/10 ce jour (8/10 il y a quinze jours), soulagée en partie par Ixprim 2 cp x 3/j. Le scanner du 3 juin montre une lésion lytique du cotyle droit, controlatérale à la zone déjà irradiée.
Pas d'anticoagulant ni d'antiagrégant plaquettaire.
Autres traitements : Lévothyrox 50 µg/j, lopéramide si besoin.
Son pronostic me paraît supérieur à un an compte tenu de la réponse viscérale et cérébrale.
Je propose une radiothérapie du cotyle droit de 20 Gy en 5 fractions ; je souhaiterais l'avis de la RCP sur l'intérêt d'une cimentoplastie associée (acétabuloplastie).
Bien confraternellement,
Dr Y. Le Floc'h
""",
    gold=G("r07", "F", 63,
           ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
           ("present", ["pain"], True),
           ("present", ["mechanical"], 6),
           ("present", ["L02BA03", "L01EF03", "M05BA08", "N02AX02", "H03AA01"]),
           ("present", ["radiotherapy"]),
           ("present", ["M05BA08"]),
           ("absent", []),
           ("absent", []),
           {"status": "present", "ecog": None},
           ("present", None)),
))

# ============================================================== r08 (pdf with table)
LETTERS.append(dict(
    id="r08", fmt="pdf",
    birth="1952-07-17", letter_date="2024-06-03",
    table=[["Site", "Technique", "Dose / fractions", "Date"],
           ["Loge prostatique", "RCMI", "66 Gy / 33 fr", "mars-mai 2015"],
           ["Aires ganglionnaires pelviennes", "RCMI", "46 Gy / 23 fr", "mars-mai 2015"],
           ["Sacrum (S1 droit)", "stéréotaxie", "27 Gy / 3 fr", "février 2021"],
           ["8e côte droite", "conformationnelle", "8 Gy / 1 fr", "octobre 2022"],
           ["L3", "conformationnelle", "20 Gy / 5 fr", "janvier 2024"]],
    text="""\
Centre d'oncologie et de radiothérapie du Haut-Vivarais
Dr Sophie Marcillac, oncologue radiothérapeute
Le 3 juin 2024

Demande d'avis RCP métastases osseuses
M. Alain PERRICHON, né le 17/07/1952

Cher confrère,

M. Perrichon est suivi pour un adénocarcinome prostatique (Gleason 4+3) traité en 2015 par prostatectomie puis radiothérapie adjuvante de la loge et des aires ganglionnaires pelviennes. La rechute osseuse a été découverte en janvier 2021 sur un TEP-PSMA réalisé pour une remontée du PSA. Il est traité depuis février 2021 par Eligard 45 mg/6 mois et darolutamide (Nubeqa) 600 mg x 2/j.

Récapitulatif des irradiations :
[[TABLE]]
La lésion de L3 avait fait l'objet d'une cimentoplastie le 11/12/23, avant l'irradiation.

Situation actuelle : PSA à 6,3 ng/ml le 21/5/24 (0,2 ng/ml en janvier). Douleur de l'épaule droite depuis un mois, avec réveils nocturnes et décharges électriques irradiant dans le bras, EN 7/10. Le TEP-PSMA du 28/5 montre une lésion de la tête humérale droite et de la glène.

Il n'a jamais reçu de bisphosphonate ni de dénosumab.
Concernant l'anticoagulation : il serait sous Préviscan d'après un ancien courrier du cardiologue (valvulopathie), à vérifier auprès du médecin traitant ; ce médicament ne figure pas sur l'ordonnance qu'il m'a apportée.
Ordonnance : Eligard 45 mg/6 mois, Nubeqa 300 mg 2 cp x 2/j, Oxycontin LP 20 mg x 2/j, Oxynormoro 10 mg si besoin, Solupred 20 mg/j depuis 10 jours, Inexium 40 mg/j, Tahor 20 mg/j.

ECOG 1.

Devant cette oligoprogression, la prise en charge reste palliative ; je propose une radiothérapie de l'humérus et de la glène (20 Gy en 5 fractions).
Questions : indication d'une stabilisation chirurgicale préalable de l'humérus ? Intérêt d'introduire un traitement anti-résorptif ?

Dr S. Marcillac
""",
    gold=G("r08", "M", 71,
           ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           ("present", ["staging_imaging"], True),
           ("present", ["nocturnal", "neuropathic"], 7),
           ("present", ["L02AE02", "L02BB06", "N02AA05", "H02AB06", "A02BC05", "C10AA05"]),
           ("present", ["radiotherapy", "cementoplasty"]),
           ("absent", []),
           ("uncertain", ["B01AA12"]),
           ("unknown", []),
           {"status": "present", "ecog": 1},
           ("present", "palliative")),
))

# ============================================================== r09 (txt, UTF-8)
LETTERS.append(dict(
    id="r09", fmt="txt", encoding="utf-8", newline="\n",
    text="""\
Dr Fabienne Hourcade - Pneumologie
Centre hospitalier de Lannemezan-les-Bains

Le 16 avril 2024

Demande d'avis - RCP métastases osseuses
Patiente : Mme Monique DARRIGADE, 69 ans

Antécédents :
- carcinome canalaire infiltrant du sein droit en 2008 (RE+, RP+, HER2 négatif), traité
  par tumorectomie, radiothérapie et tamoxifène pendant 5 ans ; en rémission complète
  depuis, considérée comme guérie (mammographie normale en 2023) ;
- tabagisme sevré (30 paquets-années) ;
- diabète de type 2.

Histoire actuelle :
Lombalgies depuis décembre 2023, d'abord attribuées à l'arthrose. Devant leur persistance,
IRM en février 2024 : lésions multiples du rachis lombaire et du bassin. Le TEP-scanner
retrouve une masse du lobe supérieur gauche de 4 cm. La biopsie de l'aile iliaque gauche
(28/2/24) conclut à une métastase d'adénocarcinome d'origine pulmonaire (TTF1 positif,
GATA3 négatif), ce qui élimine une rechute du cancer du sein.
Biologie moléculaire : pas de mutation de l'EGFR, pas de réarrangement d'ALK ni de ROS1 ;
PD-L1 exprimé par 60 % des cellules tumorales.

Traitement : carboplatine-pémétrexed-pembrolizumab, 1re cure le 12/3/24, 2e cure le 2/4/24.
Dénosumab (Xgeva) 120 mg mensuel débuté le 12/3, 2e injection le 9/4.
Thrombose veineuse profonde poplitée droite le 20/3/24, traitée par Fragmine
15 000 UI/j, poursuivie.

Douleurs lombo-sacrées aggravées par la marche, avec un dérouillage matinal d'une
demi-heure ; EVA 5/10 sous tramadol.
Aucun traitement local osseux n'a été réalisé à ce jour.

Traitement actuel : chimio-immunothérapie (cf. ci-dessus), Fragmine 15 000 UI/j, Xgeva,
Cacit D3 1 sachet/j, Glucophage 850 mg x 2, Contramal LP 100 mg x 2, Doliprane 1 g x 3,
Spéciafoldine 0,4 mg/j.

OMS 1. Le projet est la poursuite de la chimio-immunothérapie à visée palliative,
4 cures puis maintenance par pémétrexed-pembrolizumab.
Question : indication d'une radiothérapie antalgique de L4-L5 ou d'une cimentoplastie ?

Dr F. Hourcade
""",
    gold=G("r09", "F", 69,
           ("present", "lung", "adenocarcinoma",
            {"EGFR": "negative", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
           ("present", ["pain"], True),
           ("present", ["mechanical", "inflammatory"], 5),
           ("present", ["L01XA02", "L01BA04", "L01FF02", "M05BX04", "B01AB04", "A12AX",
                        "A10BA02", "N02AX02", "N02BE01"]),
           ("absent", []),
           ("present", ["M05BX04"]),
           ("present", ["B01AB04"]),
           ("unknown", []),
           {"status": "present", "ecog": 1},
           ("present", "palliative")),
))

# ============================================================== r10 (pdf)
LETTERS.append(dict(
    id="r10", fmt="pdf",
    birth="1955-03-08", letter_date="2024-03-25",
    text="""\
Hôpital Saint-Luc de Valfleury - Oncologie thoracique
Dr Étienne Brossard

Valfleury, le 25/03/2024

Objet : M. Jean-Pierre LACOMBE, né le 08/03/1955 - RCP métastases osseuses

Cher confrère,

Je vous adresse M. Lacombe, qui présente deux cancers :
1. un adénocarcinome prostatique de bas risque (Gleason 3+3, PSA 5,8 ng/ml), diagnostiqué en 2020, en surveillance active, sans traitement ; la dernière IRM prostatique, en novembre 2023, était stable ;
2. un carcinome bronchique à petites cellules, diagnostiqué en janvier 2024, responsable de l'atteinte osseuse.

L'atteinte osseuse a été révélée le 28/1/24 par une paraparésie d'installation rapide liée à une compression médullaire sur une métastase de T6. Il a été opéré en urgence le 29/1/24 (laminectomie décompressive et ostéosynthèse de T4 à T8), puis a reçu une radiothérapie post-opératoire de 20 Gy en 5 fractions. L'histologie de la pièce opératoire montre une métastase de carcinome neuroendocrine à petites cellules, TTF1 positif, chromogranine positive, d'origine pulmonaire (masse hilaire droite au scanner).

Traitement oncologique : carboplatine-étoposide-atézolizumab depuis le 14/2/24 ; C3 J1 le 20/3/24.
Il reçoit depuis février un bisphosphonate IV toutes les 4 semaines en hôpital de jour.
Il est sous HBPM à dose préventive depuis l'intervention, du fait de la mobilité réduite. Le Kardégic (prévention primaire) a été arrêté avant la chirurgie et n'a pas été repris.

Évolution neurologique : récupération partielle, marche avec un déambulateur. ECOG 3.

Traitement actuel : Tecentriq, carboplatine et étoposide (cf. supra), Dectancyl 4 mg/j en décroissance, Mopral 20 mg/j, HBPM préventive, Forlax 1 sachet/j.

Projet : poursuite de la chimio-immunothérapie pour 4 cycles puis maintenance par atézolizumab, à visée palliative.
Question : indication d'une radiothérapie des autres lésions osseuses (L2, aile iliaque droite) vues sur le TEP de bilan ?

Bien à vous,
Dr É. Brossard
""",
    gold=G("r10", "M", 69,
           ("present", "lung", "small_cell_carcinoma", {}),
           ("present", ["neurological_deficit"], True),
           ("unknown", [], None),
           ("present", ["L01FF05", "L01XA02", "L01CB01", "H02AB02", "A02BC01", "A06AD15"]),
           ("present", ["surgery", "radiotherapy"]),
           ("present", []),
           ("present", []),
           ("absent", []),
           {"status": "present", "ecog": 3},
           ("present", "palliative")),
))

# ============================================================== r11 (docx)
LETTERS.append(dict(
    id="r11", fmt="docx",
    text="""\
Centre hospitalier de Saint-Martin-en-Vercors - Service de pneumologie
Dr Léa Bonnefoy, interne, sous la responsabilité du Dr Hugues Marland
Le 28 mars 2024
Objet : M. Thierry GALLAND, 61 ans - présentation en RCP métastases osseuses
Bonjour,
Je suis interne dans le service et je vous écris au sujet de M. Galland, hospitalisé chez nous depuis le 22 mars pour une douleur de l'épaule gauche. Le Dr Marland m'a demandé de vous présenter son dossier pour la prochaine RCP.
M. Galland a un carcinome épidermoïde bronchique du lobe supérieur gauche, diagnostiqué en novembre 2023, PD-L1 à 80 %. Le bilan initial ne montrait pas de lésion osseuse. Il a débuté une immunothérapie par pembrolizumab en monothérapie ; la première cure a eu lieu le 12 mars, il me semble, et la suivante est prévue le 2 avril.
Les douleurs de l'épaule ont commencé début janvier. Le scanner fait à l'entrée montre une lyse de la tête humérale gauche et de l'arc postérieur de la 1re côte gauche. Il décrit une douleur à type de décharges électriques irradiant jusqu'à la main, avec des réveils nocturnes, EN 8/10 malgré l'oxycodone.
Il n'a jamais été irradié et n'a pas eu de chirurgie osseuse. Il ne reçoit ni bisphosphonate ni dénosumab.
Pour les anticoagulants, je crois qu'il est sous Eliquis depuis une phlébite l'an dernier, mais je n'ai pas retrouvé l'ordonnance : à confirmer avec son médecin traitant. Il me semble aussi qu'il prend du Kardégic, sauf erreur de ma part.
Traitement actuel : Oxycontin LP 20 mg x 2/j, Oxynormoro 10 mg jusqu'à 6 fois par jour, Neurontin 300 mg x 3/j, Doliprane 1 g x 4/j, Inipomp 40 mg/j, Imovane 7,5 mg le soir ; pembrolizumab (cf. ci-dessus).
Il est OMS 2. D'après la famille, il aurait perdu 8 kg depuis l'automne.
Ma question pour la RCP : faut-il proposer une radiothérapie antalgique de l'épaule et de la 1re côte, et le risque fracturaire de l'humérus justifie-t-il un avis orthopédique ?
Merci d'avance pour votre aide.
L. Bonnefoy
""",
    gold=G("r11", "M", 61,
           ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
           ("present", ["pain"], True),
           ("present", ["neuropathic", "nocturnal"], 8),
           ("present", ["L01FF02", "N02AA05", "N03AX12", "N02BE01", "A02BC02", "N05CF01"]),
           ("absent", []),
           ("absent", []),
           ("uncertain", ["B01AF02"]),
           ("uncertain", ["B01AC06"]),
           {"status": "present", "ecog": 2},
           ("present", None)),
))

# ============================================================== r12 (txt, UTF-8)
LETTERS.append(dict(
    id="r12", fmt="txt", encoding="utf-8", newline="\n",
    birth="1946-12-21", letter_date="2024-02-09",
    text="""\
Hôpital de Pont-Sainte-Marie - Service de médecine interne
Dr Julien Ferrand, interne

Le 9 février 2024

À : secrétariat de la RCP métastases osseuses

Chers collègues,

Je me permets de vous adresser Mme Lucienne BAUDRY, née le 21/12/1946, que je suis
en médecine interne.

Elle a été admise il y a trois semaines aux urgences pour une colique néphrétique gauche.
Le scanner abdomino-pelvien fait à cette occasion a montré une masse rénale gauche de
7 cm, probablement un cancer du rein, et, de façon fortuite, une lésion lytique de 4 cm
de l'aile iliaque droite. La biopsie rénale a été faite le 5/2 ; je n'ai pas encore le
résultat, l'anatomopathologiste attend l'immunohistochimie.

Elle ne décrit aucune douleur, ni de la hanche ni ailleurs, et la marche est normale.

Antécédents : FA permanente, sous Xarelto 15 mg/j ; insuffisance cardiaque à fraction
d'éjection préservée ; hypothyroïdie ; ostéoporose fracturaire (tassement de L1 en 2019).
D'après la famille, elle aurait reçu des injections de Prolia pour son ostéoporose ; je
n'en ai pas trouvé trace dans le dossier, c'est à vérifier avec son rhumatologue.

Traitement actuel : Xarelto 15 mg le soir, Lasilix 40 mg/j, Cardensiel 2,5 mg/j,
Levothyrox 75 µg/j, Imovane 3,75 mg au coucher.

Indice de Karnofsky à 80 % ; elle vit seule et reste autonome. Il me semble qu'elle a un
peu maigri, mais elle n'a pas été pesée récemment.

Le projet thérapeutique n'est pas encore défini : nous attendons la biopsie, et une
consultation d'urologie est prévue.

Mes questions : faut-il biopsier la lésion iliaque plutôt que le rein ? Y a-t-il une
indication à un traitement local préventif de cette lésion ?

Merci par avance,
J. Ferrand
""",
    gold=G("r12", "F", 77,
           ("uncertain", "kidney", None, {}),
           ("present", ["incidental_imaging"], True),
           ("absent", [], None),
           ("present", ["B01AF01", "C03CA01", "C07AB07", "H03AA01", "N05CF01"]),
           ("unknown", []),
           ("uncertain", ["M05BX04"]),
           ("present", ["B01AF01"]),
           ("unknown", []),
           {"status": "present", "kps": 80},
           ("unknown", None)),
))


# ---------------------------------------------------------------- checks
def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def check(letter: dict, atc: dict[str, list[str]]) -> list[str]:
    g, errs = letter["gold"], []
    lid = letter["id"]
    full_text = letter["text"] + "\n".join(" ".join(r) for r in letter.get("table", []))
    ftext = fold(full_text)
    n_lines = sum(1 for ln in letter["text"].splitlines() if ln.strip())
    if not 15 <= n_lines <= 50 and letter["fmt"] != "pdf":
        errs.append(f"{n_lines} non-empty lines")
    for item, allowed in STATUSES.items():
        if g[item]["status"] not in allowed:
            errs.append(f"{item}: status {g[item]['status']}")
    p = g["patient"]
    if p["sex"] not in ("F", "M") or not isinstance(p["age"], int):
        errs.append("patient")
    if "birth" in letter and age_at(letter["birth"], letter["letter_date"]) != p["age"]:
        errs.append("age does not match birth date")
    if "birth" not in letter and f"{p['age']} ans" not in full_text:
        errs.append("age not written in letter")
    pt = g["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        errs.append("site")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        errs.append("histology")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            errs.append(f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCUMSTANCES or not isinstance(bd["dated"], bool):
        errs.append("boneDiagnosis")
    pn = g["pain"]
    if not set(pn["types"]) <= PAIN_TYPES:
        errs.append("pain types")
    if pn["status"] != "present" and (pn["types"] or pn["intensity"] is not None):
        errs.append("pain values without present")
    if pn["intensity"] is not None and not 0 <= pn["intensity"] <= 10:
        errs.append("pain intensity")
    if not set(g["priorLocalTreatments"]["types"]) <= LOCAL_TYPES:
        errs.append("local types")
    pr = g["therapeuticProject"]
    if pr["intent"] is not None and pr["intent"] not in INTENTS:
        errs.append("intent")
    prog = g["prognosis"]
    if "kps" in prog and "ecog" in prog:
        errs.append("prognosis has both ecog and kps")
    meds = g["currentMedications"]["atc"]
    if len(set(meds)) != len(meds):
        errs.append("duplicate meds")
    groups = {"anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
              "antiplatelets": ("B01AC",),
              "boneTargetedTherapy": ("M05BA", "M05BX04")}
    for sec, prefixes in groups.items():
        s = g[sec]
        for code in s["atc"]:
            if not code.startswith(prefixes):
                errs.append(f"{sec}: {code} outside group")
            # current agents are in the medication list; doubtful ones are not
            if s["status"] in ("present", "conflicting") and code not in meds:
                errs.append(f"{sec}: {code} missing from currentMedications")
            if s["status"] == "uncertain" and code in meds:
                errs.append(f"{sec}: doubtful {code} in currentMedications")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            errs.append(f"{sec}: agents with status {s['status']}")
    for code in meds + [c for s in groups for c in g[s]["atc"]]:
        if code not in atc:
            errs.append(f"ATC {code} not in atc-reference.tsv")
        elif not any(fold(n) in ftext for n in atc[code]):
            errs.append(f"ATC {code}: no name of it in the letter")
    # every table drug named in the letter is either in gold meds or explicitly excused
    named = {c for c, names in atc.items()
             if any(re.search(r"\b" + re.escape(fold(n)) + r"\b", ftext) for n in names if len(n) > 3)}
    excused = set(letter.get("not_current", [])) | {c for s in groups for c in g[s]["atc"]}
    unexplained = named - set(meds) - excused
    if unexplained:
        errs.append(f"named but neither current nor excused: {sorted(unexplained)}")
    return [f"{lid}: {e}" for e in errs]


# drugs of the table named in a letter but not current (stopped, planned, past, doubtful,
# or another tumour's treatment); listed so that the check above catches forgotten ones.
NOT_CURRENT = {
    "r01": ["L01EB04", "L01XA02", "L01BA04",           # osimertinib, carbo-pemetrexed: stopped
            "M05BA08", "M05BX04"],                      # named in the question only
    "r02": ["L02BA01", "L02BG04", "L01EF01", "L01BC06", "M05BX04"],  # stopped lines, Xgeva stopped
    "r03": ["L02BB05", "L01CD02", "H02AB07",           # Erleada, docetaxel+prednisone stopped
            "A12AA04"],                                 # "Cacit" matched inside "Cacit D3" (A12AX)
    "r04": ["B01AA12"],                                 # Préviscan (2015-2020)
    "r05": ["B01AB10", "B01AF03", "M05BA08", "M05BX04"],  # Innohep, Lixiana stopped; Zometa once; Xgeva asked
    "r06": ["B01AB05", "L01BC05", "L01XA01", "M05BX04"],  # Lovenox 10 days; gem-cis stopped; Xgeva planned
    "r07": ["L01EF02", "L02BG04"],                      # letrozole-ribociclib stopped
    "r08": ["M05BX04"],                                 # "jamais reçu ... de dénosumab"
    "r09": ["L02BA01", "A12AA04"],                      # tamoxifen 2008; "Cacit" inside "Cacit D3"
    "r10": ["B01AC06"],                                 # Kardégic stopped
    "r11": ["M05BX04"],                                 # "ni bisphosphonate ni dénosumab"
    "r12": [],
}
for _l in LETTERS:
    _l["not_current"] = NOT_CURRENT[_l["id"]]


# ---------------------------------------------------------------- writers
def write_txt(letter: dict, path: Path) -> None:
    data = letter["text"].replace("\n", letter["newline"]).encode(letter["encoding"])
    path.write_bytes(data)


def write_docx(letter: dict, path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.author = "corpus6"
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for line in letter["text"].splitlines():
        if line.strip() == "[[TABLE]]":
            rows = letter["table"]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            continue
        if not line.strip():
            continue
        if line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        else:
            para = doc.add_paragraph(line)
            if line.isupper() or line in ("Histoire de la maladie", "Histoire thromboembolique",
                                         "Clinique", "Question posée"):
                for run in para.runs:
                    run.bold = True
    # fixed metadata for reproducible files
    from datetime import datetime
    doc.core_properties.created = datetime(2024, 1, 1)
    doc.core_properties.modified = datetime(2024, 1, 1)
    doc.save(path)


def write_pdf(letter: dict, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1))
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    for line in letter["text"].splitlines():
        if line.strip() == "[[TABLE]]":
            pdf.set_font("DejaVu", size=9)
            with pdf.table(col_widths=(60, 35, 40, 35), text_align="LEFT",
                           headings_style=__import__("fpdf").FontFace(emphasis="BOLD")) as table:
                for row in letter["table"]:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.set_font("DejaVu", size=10)
            pdf.ln(2)
            continue
        if not line.strip():
            pdf.ln(3)
            continue
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def main() -> int:
    atc = load_atc()
    errors = [e for letter in LETTERS for e in check(letter, atc)]
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for letter in LETTERS:
        ext = {"txt": "txt", "docx": "docx", "pdf": "pdf"}[letter["fmt"]]
        out = HERE / "letters" / f"{letter['id']}.{ext}"
        {"txt": write_txt, "docx": write_docx, "pdf": write_pdf}[letter["fmt"]](letter, out)
        gold = dict(letter["gold"])
        gold["gaps"] = gaps_for(gold)
        (HERE / "gold" / f"{letter['id']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and gold records in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
