#!/usr/bin/env python3
"""Blind evaluation corpus 12: re-presentations and follow-up letters to the
RCP « métastases osseuses » (x01 ... x12).

Every letter's text and its gold record live in this file as Python data.
The gold ``gaps`` are never written by hand: ``derive_gaps`` applies the
spec's Gaps rule to the gold values.  ``check_contract`` checks every gold
against the contract (shared/spec/rcp-request.md) and against the letter's
own text, and the script stops with ``CONTRACT VIOLATION: ...`` on the first
failure.  Output (letters/ and gold/) is byte-identical on every run.

Run from the repository root:
    /work/main/.venv/bin/python tests/corpus12/make_letters.py
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATC_TSV_CANDIDATES = [
    Path("/work/shared/spec/atc-reference.tsv"),
    HERE.parents[2] / "shared" / "spec" / "atc-reference.tsv",
]
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# Contract constants (shared/spec/rcp-request.md, version 1)
# ---------------------------------------------------------------------------
ITEMS = [
    "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
    "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
    "antiplatelets", "prognosis", "therapeuticProject",
]
GAP_ITEMS = [i for i in ITEMS if i != "antiplatelets"]
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal",
         "bladder", "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
               "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
               "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine",
               "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
              "PD-L1", "ER", "PR", "PSA"}
BIOMARKER_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit",
                 "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_SECTIONS = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}
GAP_KIND = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to a gold record (nine items, no antiplatelets)."""
    gaps = []
    for item in GAP_ITEMS:
        sec = g[item]
        status = sec["status"]
        if status in GAP_KIND:
            gaps.append([item, GAP_KIND[status]])
            continue
        if status != "present":
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


# ---------------------------------------------------------------------------
# Gold builder
# ---------------------------------------------------------------------------
def gold(*, sex, age, tumor, bone, pain, meds, local, btt, anticoag, antiplt, prog, project):
    """Assemble a gold record in the dev gold key order.  Arguments are tuples:
    tumor=(status, site, histology, biomarkers) ; bone=(status, circumstances, dated)
    pain=(status, types, intensity) ; meds=(status, atc) ; local=(status, types)
    btt/anticoag/antiplt=(status, atc) ; prog=(status, ecog, kps) ; project=(status, intent)
    """
    g = {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": tumor[0], "site": tumor[1], "histology": tumor[2],
                         "biomarkers": dict(tumor[3])},
        "boneDiagnosis": {"status": bone[0], "circumstances": sorted(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplt[0], "atc": sorted(antiplt[1])},
    }
    status, ecog, kps = prog
    if kps is not None:
        g["prognosis"] = {"status": status, "kps": kps}
    else:
        g["prognosis"] = {"status": status, "ecog": ecog}
    g["therapeuticProject"] = {"status": project[0], "intent": project[1]}
    return g


LETTERS: list[dict] = []


def letter(**kw):
    LETTERS.append(kw)


# ===========================================================================
# x01 — PDF, 2 pages, header + footer "Page n/2" — radiation oncologist,
# re-irradiation request after in-field progression, quotes the 2023 RCP.
# ===========================================================================
letter(
    id="x01", fmt="pdf",
    author="Radiation oncologist",
    letter_date="2025-06-02", birth_date="1958-09-14", age_written=False,
    pdf_header=["Centre de Radiothérapie des Trois-Rivières",
                "Service de radiothérapie oncologique — 8 allée des Cordiers — 49990 Villeneuve-sur-Orbe"],
    pdf_footer="Dr Hélène VASSEUR-KLEIN — Secrétariat 02 61 91 04 27 — M. DURAND-FAUCHER Gérard — Page {page}/{nb}",
    pages=[
"""Villeneuve-sur-Orbe, le 2 juin 2025

À l'attention du Dr Marc LE GOFF
Coordonnateur de la RCP Métastases osseuses
Centre Hospitalier Régional de Saint-Aubin-des-Landes

## Objet : Nouvel avis RCP — M. DURAND-FAUCHER Gérard, né le 14/09/1958 — reprise évolutive de L1 en territoire irradié

Cher confrère,

Je vous remercie de bien vouloir rediscuter en RCP le dossier de M. Gérard Durand-Faucher, que nous vous avions présenté une première fois le 16 mai 2023.

## Rappel de l'histoire

M. Durand-Faucher, ancien chaudronnier, ex-fumeur (30 PA, sevré en 2015), a présenté à partir de février 2023 des dorsalgies basses d'aggravation progressive qui ont conduit à une IRM rachidienne (mars 2023) montrant des lésions lytiques de D11, D12 et L1 avec une épidurite antérieure, sans compression médullaire. Le scanner TAP retrouvait une masse lobaire supérieure gauche de 38 mm. La biopsie sous scanner de L1 a conclu à un adénocarcinome d'origine pulmonaire (TTF1+). Biologie moléculaire : délétion de l'exon 19 de l'EGFR ; pas de réarrangement ALK ni ROS1 ; PD-L1 < 1 %.

Décision de la RCP du 16/05/2023 (je cite) : « Radiothérapie antalgique D11-L1, 30 Gy en 10 fractions. Instauration d'un traitement par acide zolédronique après bilan dentaire. Vertébroplastie de L1 à discuter en cas de persistance douloureuse. Réévaluation à 3 mois. »

La radiothérapie a été délivrée du 05/06 au 16/06/2023 (30 Gy/10 fr., faisceaux postérieurs D10-L2), avec une très bonne réponse antalgique (EVA 2/10 fin 2023). La vertébroplastie n'a finalement pas été réalisée. Le Zometa a été débuté en juillet 2023 ; il est actuellement administré toutes les 12 semaines (dernière perfusion le 22/04/2025), fonction rénale normale.
Sur le plan systémique : Tagrisso (osimertinib) 80 mg/j depuis avril 2023, réponse partielle pulmonaire maintenue sur le scanner de mars 2025.

## Motif de la nouvelle demande

Depuis environ 6 semaines, réapparition de douleurs dorso-lombaires de la charnière, mécaniques (majorées à la marche et aux changements de position, soulagées par le décubitus), avec depuis 15 jours une douleur en ceinture à type de décharges électriques dans le territoire L1 droit. Pas de trouble sphinctérien, pas de déficit moteur (examen neurologique normal le 28/05). EVA actuelle à 6/10 malgré la majoration des morphiniques.

IRM du 26/05/2025 : majoration de la composante tissulaire de L1 avec recul du mur postérieur de 3 mm, épidurite antérieure grade 1b de Bilsky, tassement de 30 % ; D11 et D12 stables. Pas de nouvelle lésion.
TEP-TDM du 20/05/2025 : hypermétabolisme isolé de L1 (SUVmax 9,4), pas de progression extra-osseuse.
""",
"""## Antécédents

- Artériopathie oblitérante des membres inférieurs, pontage fémoro-poplité droit en 2019.
- HTA, dyslipidémie.
- Reflux gastro-oesophagien.
Familiaux : frère aîné traité pour un cancer de prostate (prostatectomie puis radiothérapie) ; père décédé d'un infarctus à 64 ans.

## Traitement actuel

- Tagrisso 80 mg : 1 cp/j
- Zometa 4 mg IV toutes les 12 semaines
- Kardégic 75 mg : 1 sachet/j (AOMI)
- Tahor 40 mg : 1 cp le soir
- Skenan LP 30 mg matin et soir (augmenté le 20/05)
- Actiskenan 10 mg si douleur, 3 à 4 prises/j actuellement
- Lyrica 75 mg matin et soir depuis le 15/05
- Inexium 20 mg : 1 cp/j
- Cacit D3 : 1 sachet/j
- Forlax 10 g : 1 à 2 sachets/j
Pas de traitement anticoagulant.

## État général

OMS 1, poids stable (74 kg), autonome, continue à jardiner. Le pronostic est jugé favorable à moyen terme compte tenu de la réponse prolongée sous osimertinib.

## Questions posées à la RCP

Il s'agit d'une progression isolée en territoire irradié (30 Gy/10 fr en juin 2023, soit un intervalle de 2 ans). Je propose une ré-irradiation en conditions stéréotaxiques de L1 (par exemple 24 Gy en 3 fractions, avec contrainte sur la moelle), éventuellement précédée d'une cimentoplastie de L1 compte tenu du tassement. Le patient est demandeur.
Merci de discuter :
1) la faisabilité d'une ré-irradiation stéréotaxique versus une chirurgie de décompression/stabilisation ;
2) l'intérêt d'une cimentoplastie préalable (avis de radiologie interventionnelle) ;
3) la poursuite de l'osimertinib, traitement à visée palliative maintenu en l'absence d'autre progression (progression oligométastatique).

Je reste à votre disposition pour tout renseignement complémentaire.
Bien confraternellement,

Dr Hélène VASSEUR-KLEIN
Oncologue radiothérapeute

Copie : Dr Paul ANDRIEUX (pneumologue) ; Dr Sylvie MARC (médecin traitant)
""",
    ],
    not_current={},
    gold=gold(
        sex="M", age=66,
        tumor=("present", "lung", "adenocarcinoma",
               {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "negative"}),
        bone=("present", ["pain"], True),
        pain=("present", ["mechanical", "neuropathic"], 6),
        meds=("present", ["L01EB04", "M05BA08", "B01AC06", "C10AA05", "N02AA01", "N03AX16",
                          "A02BC05", "A12AX", "A06AD15"]),
        local=("present", ["radiotherapy"]),
        btt=("present", ["M05BA08"]),
        anticoag=("absent", []),
        antiplt=("present", ["B01AC06"]),
        prog=("present", 1, None),
        project=("present", "palliative"),
    ),
    tricky="age only from birth date; quoted 2023 RCP decision with a vertebroplasty 'à discuter' that was never done; "
           "past EVA 2/10 vs current 6/10; brother's radiotherapy is family history; re-irradiation and cementoplasty only proposed",
)

# ===========================================================================
# x02 — DOCX with a medication table — geriatrician, 91-year-old woman,
# polypharmacy (15 lines), Eliquis, late breast-cancer relapse on a fracture.
# ===========================================================================
letter(
    id="x02", fmt="docx",
    author="Geriatrician",
    letter_date="2025-05-20", birth_date="1933-11-02", age_written=True,
    docx_header="Hôpital Saint-Roch de Belval-sur-Orne — Pôle de Gériatrie — Unité de Soins de Suite et Réadaptation gériatrique",
    body=[
"""Dr Martine GAUTHIER-OUMAROU
Praticien hospitalier, gériatre
Tél. : 03 53 01 62 18

Belval-sur-Orne, le 20/05/2025

À l'attention de la RCP « Métastases osseuses »
Centre Hospitalier Régional — Saint-Aubin-des-Landes""",
"## Objet : demande d'avis — Mme Odette BRUNEAU née LACAZE, née le 02/11/1933 (91 ans)",
"""Chère consœur, cher confrère,

Je me permets de vous adresser pour avis Mme Bruneau, 91 ans, hospitalisée dans notre unité de soins de suite gériatriques depuis le 04/04/2025 au décours d'une fracture du col fémoral gauche.

Mode de vie : veuve, vivait seule à domicile avec passage d'une aide à domicile deux fois par jour et portage des repas ; GIR 4 avant la chute. Marchait avec une canne à l'intérieur. Sa fille, Mme Catherine Bruneau, est très présente (06 39 98 12 40).""",
"## Antécédents",
"""- Cancer du sein droit en 2009 : tumorectomie et curage axillaire, carcinome lobulaire infiltrant pT1cN0, RE+ ; radiothérapie mammaire ; létrozole pendant 5 ans (arrêté en 2014).
- Ostéoporose fracturaire (tassement de L2 en 2010), traitée par Fosamax 70 mg hebdomadaire de 2010 à 2016, arrêté depuis.
- Fibrillation atriale permanente (CHA2DS2-VASc 5), anticoagulée.
- Insuffisance cardiaque à FEVG préservée ; HTA.
- Hypothyroïdie.
- Troubles neurocognitifs majeurs d'intensité modérée (MMSE 16/30 en janvier 2025), probable maladie d'Alzheimer à expression mixte.
- Cataracte opérée des deux côtés ; surdité appareillée.
- Pas d'allergie connue.""",
"## Histoire récente",
"""Le 28/03/2025, chute de sa hauteur au domicile (trébuchement sur un tapis) avec impotence fonctionnelle du membre inférieur gauche. Les radiographies ont montré une fracture cervicale vraie du fémur gauche survenue sur une plage d'ostéolyse du col. Elle a été opérée le 31/03/2025 au CH de Belval (Dr Raynaud, orthopédie) : prothèse intermédiaire cimentée de hanche gauche. L'analyse anatomopathologique de la tête fémorale retrouve une métastase d'un carcinome lobulaire, RE 80 %, RP négatif, HER2 score 0, compatible avec une rechute tardive de son cancer du sein.

Le scanner TAP et la scintigraphie osseuse d'avril 2025 montrent d'autres lésions osseuses : cotyle gauche, branche ilio-pubienne droite, L4, plusieurs arcs costaux ; pas de lésion viscérale. Calcémie corrigée normale.
Le Dr Fontaine (oncologue) a réintroduit le létrozole le 14/04/2025. Une radiothérapie post-opératoire du fémur avait été évoquée par le chirurgien mais n'a pas été réalisée (pneumopathie d'inhalation mi-avril, guérie).

Sur le plan douloureux : la patiente ne se plaint pas spontanément. Au repos, pas de signe de douleur ; à la mobilisation de la hanche gauche et lors des transferts, grimaces et cris (Algoplus 3/5). L'auto-évaluation par une échelle numérique n'est pas fiable du fait des troubles cognitifs. La douleur est contrôlée par le paracétamol systématique et l'Oxynorm avant les soins. Le tramadol a été arrêté en avril pour une confusion.

Évaluation gériatrique : ADL 2/6, IADL 0/8, MNA 16,5 (risque de dénutrition), albumine 31 g/L. Verticalisation avec l'aide de deux personnes, quelques pas au déambulateur. Indice de Karnofsky estimé à 50 %. Le projet de sortie est une entrée en EHPAD (dossier déposé) ; je n'attends pas de récupération de la marche antérieure.""",
"## Traitement actuel (au 20/05/2025)",
("table", [
    ["Médicament", "Posologie", "Indication"],
    ["Eliquis 2,5 mg", "1 cp matin et soir", "FA permanente"],
    ["Cardensiel 2,5 mg", "1 cp le matin", "FA / insuffisance cardiaque"],
    ["Lasilix 40 mg", "1 cp le matin", "insuffisance cardiaque"],
    ["Levothyrox 75 µg", "1 cp à jeun", "hypothyroïdie"],
    ["Tahor 10 mg", "1 cp le soir", "dyslipidémie"],
    ["Femara 2,5 mg (létrozole)", "1 cp/j", "cancer du sein"],
    ["Doliprane 1 g", "1 g x 3/j", "douleur"],
    ["Oxynorm 5 mg", "1 gél. 30 min avant les soins, max 3/j", "douleur à la mobilisation"],
    ["Inexium 20 mg", "1 cp le soir", "RGO"],
    ["Forlax 10 g", "1 sachet/j", "constipation"],
    ["Uvedose 100 000 UI", "1 ampoule tous les 3 mois", "carence en vitamine D"],
    ["Ebixa 10 mg", "1 cp/j", "troubles cognitifs"],
    ["Imovane 3,75 mg", "1/2 cp au coucher si besoin", "insomnie"],
    ["Diffu-K 600 mg", "1 gél./j", "hypokaliémie"],
    ["Larmes artificielles", "1 goutte x 4/j", "sécheresse oculaire"],
]),
"""Le Kardégic 75 mg a été arrêté en 2019 lors de l'introduction de l'anticoagulant. Pas de traitement anti-résorptif en cours.""",
"## Questions à la RCP",
"""1. Indication d'une radiothérapie (fémur opéré, cotyle gauche) chez cette patiente très âgée, sachant que les transports sont difficiles ?
2. Introduction d'un traitement anti-résorptif (dénosumab ou acide zolédronique) : état dentaire médiocre (prothèse partielle, plusieurs racines résiduelles), clairance de la créatinine à 34 mL/min (Cockcroft).
3. Place éventuelle d'une autre option ?

En accord avec la patiente, dans la mesure de sa compréhension, et avec sa fille, le projet global est palliatif, centré sur le confort et l'autonomie ; pas de chimiothérapie. Un transfert en réanimation ne serait pas souhaité.

Je vous remercie de votre avis et reste joignable au 03 53 01 62 18.
Bien confraternellement,

Dr M. Gauthier-Oumarou""",
    ],
    not_current={
        "M05BA04": "Fosamax 2010-2016, arrêté",
        "N02AX02": "tramadol arrêté en avril (confusion)",
        "B01AC06": "Kardégic arrêté en 2019",
        "M05BX04": "dénosumab only asked to the board",
        "M05BA08": "acide zolédronique only asked to the board",
    },
    gold=gold(
        sex="F", age=91,
        tumor=("present", "breast", "invasive_lobular_carcinoma",
               {"ER": "positive", "PR": "negative", "HER2": "negative"}),
        bone=("present", ["pathological_fracture"], True),
        pain=("present", ["mechanical"], None),
        meds=("present", ["B01AF02", "C07AB07", "C03CA01", "H03AA01", "C10AA05", "L02BG04",
                          "N02BE01", "N02AA05", "A02BC05", "A06AD15", "A11CC05", "N05CF01"]),
        local=("present", ["surgery"]),
        btt=("absent", []),
        anticoag=("present", ["B01AF02"]),
        antiplt=("absent", []),
        prog=("present", None, 50),
        project=("present", "palliative"),
    ),
    tricky="15-line medication table (12 in the ATC table, Eliquis under its brand); Fosamax, tramadol and Kardégic stopped; "
           "pain only on Algoplus (no 0-10 score); breast irradiation 2009 is not a bone treatment; post-op femur RT never done; Karnofsky only",
)

# ===========================================================================
# x03 — TXT — interventional radiologist, kidney, asks validation of a
# cryoablation + acetabular cementoplasty; prior RF + cementoplasty L3.
# ===========================================================================
letter(
    id="x03", fmt="txt",
    author="Interventional radiologist",
    letter_date="2025-06-11", birth_date=None, age_written=True,
    text="""Service d'Imagerie Interventionnelle
Hôpital privé des Quatre-Vents - 21 rue du Moulin-Brûlé - 42990 Montcalm-sur-Loire
Dr Julien TESSIER-MBAYE, radiologue interventionnel
Tél : 04 65 71 22 08

Le 11/06/2025

A l'attention de la RCP métastases osseuses du CHR de Saint-Aubin-des-Landes

Objet : M. RAMIREZ Antoine, 71 ans - demande de validation d'une cryoablation + cimentoplastie acétabulaire gauche

Chers collègues,

Je vous présente à nouveau M. Ramirez, 71 ans, patient déjà discuté en RCP le 14/01/2025 (décision : "radiofréquence + cimentoplastie de L3 par la radiologie interventionnelle, poursuite du cabozantinib").

Histoire oncologique :
- 09/2023 : néphrectomie élargie droite pour carcinome rénal à cellules claires, grade ISUP 3, pT3a N0.
- 10/2023 : TEP-TDM du bilan post-opératoire -> lésions osseuses de L3 et de l'aile iliaque gauche, micronodules pulmonaires.
- 11/2023 - 06/2024 : pembrolizumab + axitinib, arrêtés pour hépatite immuno-induite grade 3.
- depuis 08/2024 : Cabometyx (cabozantinib) 40 mg/j, bonne tolérance (HTA, syndrome main-pied grade 1).
- 05/02/2025 : radiofréquence + cimentoplastie de L3 (par mes soins), bon résultat antalgique (EN 1/10 à 1 mois).

Situation actuelle :
Depuis mi-avril, douleur inguinale gauche d'aggravation progressive, à l'appui et à la marche (périmètre de marche 200 m, boiterie), avec des réveils nocturnes. EN 5/10 ce jour sous Oxycontin. Pas de radiculalgie.
Scanner du 30/05/2025 : progression de la lésion iliaque gauche qui s'étend au toit du cotyle, ostéolyse de 45 mm, rupture corticale antérieure partielle. Pas de fracture. Le reste de la maladie est stable (poumons, L3 cimentée sans récidive).
Vu en consultation le 10/06/2025.

ATCD :
- EP bilatérale en 02/2024 (sous pembrolizumab) -> Xarelto 20 mg/j au long cours
- HTA (aggravée sous cabozantinib), diabète de type 2
- Cholécystectomie
Pas de bisphosphonate ni de dénosumab à ce jour : soins dentaires en cours (extractions prévues en juillet), à rediscuter ensuite.

Traitement en cours :
Cabometyx 40 mg/j
Xarelto 20 mg/j
Oxycontin LP 20 mg x 2/j, Oxynormoro 5 mg si besoin (2 à 3/j)
Paracétamol 1 g x 3/j
Glucophage 850 mg x 2/j
Amlor 10 mg/j

Pronostic : d'après son oncologue (Dr Kessler), espérance de vie estimée supérieure à 12 mois. Le patient reste actif, vit avec son épouse.

Proposition / question :
Cryoablation de la lésion iliaque gauche / toit du cotyle (2 à 3 cryosondes) suivie dans le même temps d'une cimentoplastie du toit du cotyle, sous AG. Alternative : radiothérapie, mais le patient préfèrerait éviter les déplacements quotidiens (45 min de trajet).
Le cabozantinib devra être suspendu 7 j avant et repris 14 j aprés le geste. Le Xarelto sera arrêté 48 h avant (clairance 72 mL/min), sans relais ; un Lovenox préventif post-geste est à discuter.
Merci de valider l'indication.

Cordialement,
Dr J. Tessier-Mbaye
""",
    not_current={
        "L01FF02": "pembrolizumab stopped 06/2024",
        "L01EK01": "axitinib stopped 06/2024",
        "B01AB05": "Lovenox only planned after the procedure",
        "M05BX04": "dénosumab explicitly not received",
    },
    gold=gold(
        sex="M", age=71,
        tumor=("present", "kidney", "clear_cell_carcinoma", {}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical", "nocturnal"], 5),
        meds=("present", ["L01EX07", "B01AF01", "N02AA05", "N02BE01", "A10BA02"]),
        local=("present", ["ablation", "cementoplasty"]),
        btt=("absent", []),
        anticoag=("present", ["B01AF01"]),
        antiplt=("unknown", []),
        prog=("present", None, None),
        project=("present", None),
        ),
    tricky="prior RF ablation + cementoplasty of L3 (two types); Xarelto current even though a stop before the procedure is planned; "
           "Lovenox only planned; pembrolizumab/axitinib stopped; 'pas de bisphosphonate ni de dénosumab'; life expectancy without a performance status",
)

# ===========================================================================
# x04 — PDF, 1 page — rheumatologist, prostate, new T12 fracture,
# osteoporosis history, denosumab switched from Prolia to Xgeva.
# ===========================================================================
letter(
    id="x04", fmt="pdf",
    author="Rheumatologist",
    letter_date="2025-04-23", birth_date=None, age_written=True,
    pdf_header=["Dr Anne-Laure FERRAND — Rhumatologie",
                "Cabinet de rhumatologie des Lavandières — 14 rue des Lavandières — 21990 Sainte-Colombe-en-Auxois — Tél. 03 53 01 48 92"],
    pdf_footer=None,
    pages=[
"""Sainte-Colombe, le 23 avril 2025

RCP Métastases osseuses — CHR de Saint-Aubin-des-Landes

## Objet : M. Lucien PEYRAC, 78 ans — fracture-tassement de T12, nouvel avis

Madame, Monsieur, chers confrères,

Je vous adresse à nouveau M. Lucien Peyrac, 78 ans, que je suis depuis 2019 pour une polyarthrite rhumatoïde séropositive et une ostéoporose cortico-induite, et qui présente un adénocarcinome prostatique métastatique osseux connu depuis 2022. Son dossier a été présenté à votre RCP le 07/03/2023 (avis : « dénosumab 120 mg mensuel en remplacement du Prolia ; pas d'indication de radiothérapie sur les lésions asymptomatiques »).

Rappel :
- 2019 : PR ; méthotrexate arrêté en 2022, Cortancyl 5 mg/j au long cours ; Prolia 60 mg/6 mois pour l'ostéoporose (T-score -3,1 au rachis) à partir de 2021.
- 01/2022 : adénocarcinome prostatique Gleason 8 (4+4), PSA 64 ng/mL ; la scintigraphie osseuse du bilan d'extension montre des fixations multiples (rachis, bassin, côtes). Suivi par le Dr Morvan (urologue) : Décapeptyl + Xtandi depuis 02/2022.
- 2023 : il aurait bénéficié d'une radiothérapie sur L4 pour une douleur, à Dijon ; je n'ai pas le compte rendu et le patient ne s'en souvient pas avec précision.
- depuis 04/2023 : Xgeva 120 mg toutes les 4 semaines (dernière injection le 03/04/2025), avec supplémentation vitamino-calcique.

Motif : le 29/03/2025, en soulevant un sac de terreau, douleur brutale dorsolombaire. Radiographies puis IRM (09/04/2025) : fracture-tassement récente de T12 (perte de hauteur antérieure de 40 %), sans recul du mur postérieur ; signal hétérogène du corps vertébral en T1 avec prise de contraste, pouvant correspondre à une fracture sur métastase, un tassemnt ostéoporotique n'étant pas exclu. Les autres lésions connues sont stables. PSA 38 ng/mL (19 en décembre).
Douleur mécanique franche, à la station debout et à la mobilisation, calmée par le décubitus ; pas de radiculalgie, pas de signe neurologique. EVA 7/10 le 09/04, 5/10 aujourd'hui sous tramadol.
État général conservé, OMS 2 (limité par la douleur), autonome pour les actes de la vie quotidienne.

Traitement actuel : Décapeptyl LP 22,5 mg/3 mois — Xtandi 160 mg/j — Xgeva 120 mg/4 sem. — Orocal D3 2/j — Cortancyl 5 mg/j — Topalgic LP 100 mg matin et soir — Doliprane 1 g x 3/j — Mopral 20 mg/j — Triatec 2,5 mg/j.

Question : indication d'une cyphoplastie de T12, avec biopsie dans le même temps pour trancher entre fracture ostéoporotique et métastatique, ± radiothérapie ? Faut-il poursuivre le dénosumab à la même dose ?

Je vous remercie de votre avis. Confraternellement,

Dr A.-L. Ferrand
""",
    ],
    not_current={},
    gold=gold(
        sex="M", age=78,
        tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 5),
        meds=("present", ["L02AE04", "L02BB04", "M05BX04", "A12AX", "H02AB07", "N02AX02",
                          "N02BE01", "A02BC01", "C09AA05"]),
        local=("uncertain", ["radiotherapy"]),
        btt=("present", ["M05BX04"]),
        anticoag=("unknown", []),
        antiplt=("unknown", []),
        prog=("present", 2, None),
        project=("present", None),
    ),
    tricky="new fracture is not how the bone disease was found (staging scintigraphy 2022); prior L4 RT only 'aurait bénéficié' (uncertain); "
           "Prolia for osteoporosis replaced by Xgeva (same code); EVA 7 then 5 today; nothing on anticoagulants",
)

# ===========================================================================
# x05 — DOCX — medical oncologist, breast NST, long dated timeline,
# Xgeva stopped for osteonecrosis, Lovenox curative dose, 4th line.
# ===========================================================================
letter(
    id="x05", fmt="docx",
    author="Medical oncologist",
    letter_date="2025-06-10", birth_date="1961-02-21", age_written=True,
    docx_header="Centre de Cancérologie de la Presqu'île — Saint-Brévin-des-Dunes — Oncologie médicale — Tél. 02 61 91 33 70",
    body=[
"""Dr Yannick ABGRALL
Oncologie médicale

Saint-Brévin-des-Dunes, le 10/06/2025

À l'attention des membres de la RCP Métastases osseuses""",
"## OBJET : Nouvel avis RCP métastases osseuses — Mme Sandrine KERVELLA épouse DUPRÉ, née le 21/02/1961 — lésion du col fémoral gauche à risque fracturaire",
"""Chère consœur, cher confrère,

Je souhaite représenter à la RCP le dossier de Mme Kervella-Dupré, 64 ans, suivie pour un cancer du sein métastatique à l'os, déjà discutée en RCP métastases osseuses le 18/10/2022.""",
"## ANTÉCÉDENTS",
"""Personnels : HTA, syndrome anxio-dépressif, appendicectomie. Pas de tabac.
Familiaux : mère décédée d'un cancer de l'ovaire à 58 ans ; recherche de mutation BRCA1/2 négative chez la patiente (2016).""",
"## HISTOIRE DE LA MALADIE",
"""03/2016 : tumorectomie gauche + ganglion sentinelle — carcinome canalaire infiltrant (NST), grade SBR II, pT2 (28 mm) pN1a (2/9), RE 90 %, RP 60 %, HER2 2+ avec FISH non amplifiée, Ki67 20 %.
05/2016 – 09/2016 : chimiothérapie adjuvante 3 FEC 100 puis 3 docétaxel.
10/2016 – 11/2016 : radiothérapie du sein et des aires ganglionnaires gauches, 50 Gy + complément.
12/2016 – 12/2021 : hormonothérapie adjuvante (tamoxifène 2 ans puis létrozole).
09/2022 : douleurs sacrées et fessières gauches, à l'origine d'une IRM du bassin montrant une lésion sacrée S1-S2 gauche ; TEP-TDM : lésions osseuses multiples (sacrum, L3, côtes, sternum), sans atteinte viscérale. Biopsie sacrée : métastase du carcinome mammaire, RE 80 %, RP 10 %, HER2 score 0.
18/10/2022 : RCP métastases osseuses : « radiothérapie S1-S2 20 Gy/5 fr ; dénosumab après avis dentaire ; reprise du létrozole associé au palbociclib ».
10/2022 – 11/2022 : radiothérapie sacrée 20 Gy en 5 fractions (Dr Le Bihan), excellente réponse antalgique.
11/2022 : début du Xgeva 120 mg toutes les 4 semaines.
11/2022 – 06/2024 : létrozole + palbociclib (Ibrance 125 mg) ; réponse métabolique partielle, puis progression osseuse (L5, aile iliaque gauche) en 06/2024.
07/2024 – 02/2025 : fulvestrant (Faslodex) + alpelisib (mutation PIK3CA H1047R sur l'ADN tumoral circulant).
01/2025 : ostéonécrose de la mâchoire stade 1 (secteur 36-37) → arrêt définitif du Xgeva (dernière injection le 12/12/2024).
02/2025 : progression hépatique (2 lésions) et osseuse.
03/2025 : thrombose veineuse profonde du membre supérieur gauche sur PAC → Lovenox à dose curative, poursuivi.
Depuis 03/2025 : capécitabine (Xeloda) 1000 mg/m² matin et soir J1-J14 tous les 21 jours, C4 le 02/06/2025.""",
"## SITUATION ACTUELLE",
"""Depuis 3 semaines, douleur de l'aine gauche à l'appui et à la marche, sans douleur de repos ni réveil nocturne. EN 6/10, partiellement soulagée par le Palexia. Pas de boiterie marquée.
IRM du bassin (03/06/2025) : lésion lytique du col fémoral gauche de 32 mm, atteinte corticale supérieure intéressant plus de la moitié de la largeur du col ; score de Mirels calculé à 9. Pas de trait de fracture. Lésion sacrée irradiée stable.
Biologie : calcémie corrigée 2,41 mmol/L, créatinine 62 µmol/L, CA 15-3 à 148 U/mL (en hausse).
PS 1. Patiente active, travaille à mi-temps (secrétaire de mairie). Espérance de vie estimée supérieure à un an.""",
"## TRAITEMENT ACTUEL",
"""- Xeloda 1500 mg matin et soir J1-J14
- Lovenox 6000 UI/0,6 mL : 1 injection sous-cutanée par jour
- Palexia LP 50 mg matin et soir
- Doliprane 1 g jusqu'à 3 fois par jour
- Xanax 0,25 mg le soir
- Uvedose 100 000 UI tous les 2 mois
- Coversyl 5 mg le matin
Pas d'antiagrégant plaquettaire.""",
"## QUESTIONS",
"""Compte tenu du risque fracturaire (Mirels 9), nous souhaiterions l'avis de la RCP sur :
- une ostéosynthèse prophylactique (enclouage) suivie d'une radiothérapie, versus une radiothérapie seule ;
- la possibilité de reprendre un traitement anti-résorptif malgré l'ostéonécrose (avis du chirurgien maxillo-facial en attente).
Le traitement systémique par capécitabine (4e ligne, palliative) serait poursuivi.

Bien confraternellement,

Dr Y. Abgrall""",
    ],
    not_current={
        "L01CD02": "docétaxel adjuvant 2016",
        "L02BA01": "tamoxifène adjuvant, stopped",
        "L02BG04": "létrozole stopped 06/2024",
        "L01EF01": "palbociclib stopped 06/2024",
        "L02BA03": "fulvestrant stopped 02/2025",
        "M05BX04": "Xgeva stopped for osteonecrosis",
    },
    intent_exempt=["dose curative"],
    gold=gold(
        sex="F", age=64,
        tumor=("present", "breast", "invasive_ductal_carcinoma",
               {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        bone=("present", ["pain"], True),
        pain=("present", ["mechanical"], 6),
        meds=("present", ["L01BC06", "B01AB05", "N02AX06", "N02BE01", "N05BA12", "A11CC05"]),
        local=("present", ["radiotherapy"]),
        btt=("absent", []),
        anticoag=("present", ["B01AB05"]),
        antiplt=("absent", []),
        prog=("present", 1, None),
        project=("present", "palliative"),
    ),
    tricky="ten dated timeline lines; HER2 2+ FISH non amplified then 0 (negative); PIK3CA and BRCA not listed markers; "
           "Xgeva stopped for osteonecrosis (bone therapy absent); 'Lovenox à dose curative' is not a curative intent; "
           "breast irradiation not counted; night pain denied",
)

# ===========================================================================
# x06 — TXT (CRLF) — radiation oncologist, e-mail style note, squamous
# lung, re-irradiation, HBPM without a name, single Zometa infusion.
# ===========================================================================
letter(
    id="x06", fmt="txt", crlf=True,
    author="Radiation oncologist (e-mail note)",
    letter_date="2025-06-17", birth_date=None, age_written=True,
    text="""De : Dr Mathieu ROUSSEL-DIALLO, radiothérapie, CH de Port-Lanvern
À : secrétariat RCP MO
Date : 17/06/2025
Objet : RCP MO - M. LEBRETON Patrice - re-irradiation iliaque D ?

Bonjour,

Merci d'inscrire à la prochaine RCP MO M. Patrice LEBRETON, 59 ans, dossier déjà passé (K bronchique épidermoïde, PD-L1 80 %, métas osseuses multiples connues - rachis, bassin - découvertes sur le TEP de bilan initial).
Sous Keytruda en monothérapie (maintenance), en réponse sur le plan thoracique.
A déjà reçu 8 Gy en fraction unique sur l'aile iliaque D / cotyle (antalgique), bonne réponse initiale.

Actuellement : recrudescence douloureuse iliaque D et inguinale, douleur à type de brûlure irradiant à la face antérieure de la cuisse, surtout la nuit, EVA 7 malgré Skenan LP 60 x 2/j + Actiskenan 20 (4 à 5 interdoses/j). Laroxyl 10 gttes le soir introduit par l'EMSP. Solupred 20 mg/j depuis une semaine, peu efficace.
TDM : majoration de l'ostéolyse iliaque D avec extension aux parties molles en regard du psoas, pas de fracture.
Anticoag : sous HBPM à dose curative pour une TVP surale D (post-alitement).
Zometa : 1 seule perfusion faite, non poursuivi (IRC, clairance 38).
PS 2.

Question : ré-irradiation iliaque D (ex. 20 Gy/5 fr ou SBRT) vs cimentoplastie/cryo ? Avis RI souhaité.

Merci
MRD
""",
    not_current={"M05BA08": "single Zometa infusion, not continued"},
    intent_exempt=["dose curative"],
    gold=gold(
        sex="M", age=59,
        tumor=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
        bone=("present", ["staging_imaging"], False),
        pain=("present", ["neuropathic", "nocturnal"], 7),
        meds=("present", ["L01FF02", "N02AA01", "N06AA09", "H02AB06"]),
        local=("present", ["radiotherapy"]),
        btt=("absent", []),
        anticoag=("present", []),
        antiplt=("unknown", []),
        prog=("present", 2, None),
        project=("present", None),
    ),
    tricky="CRLF e-mail note without any date for the bone disease (dated false); 'HBPM à dose curative' without a name "
           "(anticoagulation present, incomplete; not a curative intent); a single Zometa infusion not continued; no intent word",
)

# ===========================================================================
# x07 — PDF, 2 pages, header + footer — interventional radiologist,
# thyroid follicular carcinoma, Coumadine, Xgeva, prior embolization + RT.
# ===========================================================================
letter(
    id="x07", fmt="pdf",
    author="Interventional radiologist",
    letter_date="2025-06-27", birth_date="1956-06-30", age_written=False,
    pdf_header=["CHU de Rocheval — Pôle Imagerie",
                "Unité de Radiologie Interventionnelle Oncologique — Secrétariat 05 36 49 10 62"],
    pdf_footer="Mme ALLARD épouse NGUYEN Françoise — née le 30/06/1956 — Consultation du 26/06/2025 — Page {page}/{nb}",
    pages=[
"""## Compte rendu de consultation de radiologie interventionnelle — demande d'avis RCP métastases osseuses

Patiente : Mme ALLARD Françoise, épouse NGUYEN, née le 30/06/1956
Médecin adresseur : Dr Pierre-Yves LAMBERT (oncologie médicale / médecine nucléaire)
Consultation du 26/06/2025 — courrier du 27/06/2025

Chers collègues,

J'ai vu en consultation Mme Allard-Nguyen, qui m'est adressée par le Dr Lambert à la suite de la RCP du 05/06/2025, dont je rappelle la conclusion : « Progression osseuse sacrée symptomatique sous lenvatinib. Avis de radiologie interventionnelle pour cryoablation ± cimentoplastie de S1 avant nouvelle présentation. Poursuite du lenvatinib. »

## Histoire

Carcinome vésiculaire peu différencié de la thyroïde : thyroïdectomie totale en 2018 (pT3N0, emboles vasculaires), mutation NRAS Q61R. Trois administrations d'iode 131 (2018, 2019, 2020). Les métastases osseuses (aile iliaque droite, S1, 7e côte gauche) ont été mises en évidence sur la scintigraphie corps entier post-thérapeutique de 2019, puis confirmées en TEP-FDG. Maladie réfractaire à l'iode depuis 2021. Thyroglobuline en ascension continue (1840 ng/mL en mai 2025).
Lésion iliaque droite : embolisation artérielle en 03/2022 puis radiothérapie 30 Gy/10 fr en 04/2022 ; stable depuis.
Lenvima (lenvatinib) depuis 02/2023, actuellement 14 mg/j après deux réductions de dose (HTA, protéinurie).
Dénosumab (Xgeva) 120 mg toutes les 4 semaines depuis 2022, espacé toutes les 12 semaines depuis 01/2025 ; dernière injection le 17/04/2025.

## Symptomatologie

Douleur sacrée basse d'horaire inflammatoire, avec réveils nocturnes vers 3 h du matin et dérouillage matinal d'une heure ; irradiation fessière gauche sans topographie radiculaire, pas de paresthésies, DN4 à 1/10. EN moyenne à 5/10 sur la dernière semaine. Pas de trouble sphinctérien. Marche sans aide. OMS 1.

## Imagerie (TDM et IRM du 02/06/2025)

Lésion lytique de l'aileron sacré gauche et du corps de S1 de 52 x 38 mm, hypervascularisée, avec extension au foramen S1 gauche sans envahissement canalaire. Corticale antérieure de S1 rompue. Pas de fracture de l'aileron.
""",
"""## Antécédents et comorbidités

- Fibrillation atriale paroxystique : Coumadine (warfarine) 5 mg/j, INR cible 2-3 (dernier INR 2,6). Pas d'antiagrégant plaquettaire.
- HTA secondaire au lenvatinib.
- Hypothyroïdie post-chirurgicale, traitement freinateur.
- Pas d'allergie aux produits de contraste iodés.

## Traitement habituel

Lenvima 14 mg/j — Levothyrox 150 µg/j — Coumadine 5 mg/j (adaptée à l'INR) — Triatec 10 mg/j — Amlor 5 mg/j — Xgeva 120 mg toutes les 12 semaines — Cacit D3 1 sachet/j — Acupan 20 mg 3 fois/j — Doliprane 1 g si besoin.

## Proposition

Le geste est techniquement faisable : cryoablation de S1 (3 à 4 cryosondes, protection des racines sacrées par hydrodissection et monitoring neurophysiologique) suivie d'une cimentoplastie de S1 au décours, sous anesthésie générale. Une embolisation préalable de la lésion, très vascularisée, pourrait être réalisée la veille.
Gestion des traitements : arrêt du lenvatinib 7 jours avant le geste ; arrêt de la Coumadine 5 jours avant avec relais par héparine calcique (Calciparine) selon l'INR.
Alternative : radiothérapie stéréotaxique du sacrum (le sacrum n'a jamais été irradié ; seule l'aile iliaque droite l'a été).

Je vous remercie de valider cette proposition lors de la RCP du 10/07/2025. La patiente a reçu une information orale et écrite et souhaite le geste.

Dr Nathalie ESCOFFIER
Radiologie interventionnelle

Copie : Dr P.-Y. Lambert ; Dr Gisèle Morand (médecin traitant)
""",
    ],
    not_current={"B01AB01": "Calciparine only planned as a bridge"},
    gold=gold(
        sex="F", age=68,
        tumor=("present", "thyroid", "other", {}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["inflammatory", "nocturnal"], 5),
        meds=("present", ["L01EX08", "H03AA01", "B01AA03", "C09AA05", "M05BX04", "A12AX",
                          "N02BG06", "N02BE01"]),
        local=("present", ["other", "radiotherapy"]),
        btt=("present", ["M05BX04"]),
        anticoag=("present", ["B01AA03"]),
        antiplt=("absent", []),
        prog=("present", 1, None),
        project=("present", None),
    ),
    tricky="age only from birth date (birthday three days after the letter); follicular thyroid carcinoma (histology other); "
           "NRAS and thyroglobulin are not listed markers; radioiodine is systemic, embolization + RT are local (other + radiotherapy); "
           "Calciparine bridge only planned; neuropathic pain denied (DN4 1/10); no intent word",
)

# ===========================================================================
# x08 — DOCX — medical oncologist, bladder urothelial, hypercalcaemia as
# the way the bone disease was found, quoted RCP, Kardégic conflict.
# ===========================================================================
letter(
    id="x08", fmt="docx",
    author="Medical oncologist",
    letter_date="2025-05-05", birth_date=None, age_written=True,
    docx_header="Clinique Sainte-Marthe de Lorvignac — Service d'Oncologie Médicale — 04 65 71 39 15",
    body=[
"""Dr Inès HADDAD-FOURNIER
Oncologie médicale

Lorvignac, le 05/05/2025

Au Dr Aïcha BENSALEM, coordinatrice de la RCP Métastases osseuses""",
"## Objet : nouvelle présentation — M. Bernard OLLIVIER, 73 ans — épidurite C7-D1 après radiothérapie cervicale",
"""Cher confrére,

Je souhaite rediscuter à la RCP du 12/05 le dossier de M. Ollivier, 73 ans, déjà présenté le 20/02/2025.""",
"## Rappel oncologique",
"""Carcinome urothélial de vessie de haut grade, traité en 2022 par chimiothérapie néoadjuvante (dd-MVAC) puis cystoprostatectomie totale avec dérivation de Bricker (ypT2N0). Surveillance jusqu'en janvier 2025.
En janvier 2025, bilan d'une hypercalcémie à 3,05 mmol/L (asthénie, confusion, polyurie) : le scanner TAP montre des lésions lytiques multiples (C6, D4, sacrum, côtes) et des adénopathies rétropéritonéales. Biopsie ganglionnaire : récidive du carcinome urothélial. Hypercalcémie corrigée par hydratation et Zometa.

Conclusion de la RCP métastases osseuses du 20/02/2025 : « Radiothérapie C5-C7 20 Gy en 5 fractions. Acide zolédronique 4 mg toutes les 4 semaines. Traitement systémique de 1re ligne par enfortumab vedotin + pembrolizumab. Réévaluation à 3 mois. »
Mise en œuvre : radiothérapie C5-C7 du 03 au 07/03/2025. Padcev (enfortumab vedotin) + Keytruda débutés le 14/03/2025 (C4 le 28/04). Zometa poursuivi toutes les 4 semaines (dernière perfusion le 22/04/2025).""",
"## Événement actuel",
"""Depuis 10 jours, paresthésies de la main droite (territoire C7-C8) et décharges électriques dans le bras droit à la flexion du cou, sans déficit moteur (testing 5/5), réflexes présents et symétriques, pas de signe de Babinski. Cervicalgies à la mobilisation. EVA à 8/10 à l'entrée, 4/10 depuis l'introduction de la dexaméthasone et la majoration des antalgiques.
IRM du rachis entier du 30/04/2025 : atteinte de C7 et D1 (hors du champ irradié, en limite inférieure) avec épidurite antérieure latéralisée à droite, Bilsky 2, envahissement du foramen C7-D1 droit. C6 irradiée stable. Score SINS 9.""",
"## Antécédents",
"""Coronaropathie stentée (2019), HTA, diabète de type 2 non insulinorequérant, BPCO stade 2, ancien tabagique (40 PA).
Pas de traitement anticoagulant ni antiagrégant plaquettaire.""",
"## Traitement au 05/05/2025",
"""- Padcev + Keytruda (J1 J8 / J1 tous les 21 jours)
- Zometa 4 mg IV toutes les 4 semaines
- Dectancyl (dexaméthasone) 8 mg/j depuis le 30/04, décroissance prévue
- Inexium 40 mg/j
- Oxycontin LP 20 mg x 2/j, Oxynorm 10 mg si besoin
- Lyrica 75 mg x 2/j
- Kardégic 75 mg : 1 sachet/j
- Calciprat D3 : 1 cp/j
- Glucophage 1000 mg x 2/j
- Bisoprolol 2,5 mg/j
- Spiriva 2 inhalations/j""",
"## État général",
"""PS 1, poids 68 kg (-3 kg en 2 mois). Réponse partielle ganglionnaire sur le scanner d'évaluation du 25/04/2025. Espérance de vie estimée à plus de 6 mois.""",
"## Questions",
"""- Indication chirurgicale (décompression / fixation C7-D1) versus radiothérapie de C7-D1 en jonction avec le champ précédent (chevauchement à évaluer) ?
- Poursuite du traitement systémique en cours, qui est efficace.

Merci de votre aide. Bien à vous,

Dr I. Haddad-Fournier""",
    ],
    not_current={},
    gold=gold(
        sex="M", age=73,
        tumor=("present", "bladder", "other", {}),
        bone=("present", ["hypercalcemia"], True),
        pain=("present", ["mechanical", "neuropathic"], 4),
        meds=("present", ["L01FF02", "M05BA08", "H02AB02", "A02BC05", "N02AA05", "N03AX16",
                          "B01AC06", "A12AX", "A10BA02", "C07AB07"]),
        local=("present", ["radiotherapy"]),
        btt=("present", ["M05BA08"]),
        anticoag=("absent", []),
        antiplt=("conflicting", ["B01AC06"]),
        prog=("present", 1, None),
        project=("present", None),
    ),
    tricky="hypercalcaemia revealed the bone disease (current paresthesias are not the circumstance); quoted RCP decision; "
           "'pas de traitement anticoagulant ni antiagrégant' while Kardégic is in the list (antiplatelets conflicting, kept in meds); "
           "urothelial carcinoma = histology other; cystoprostatectomy is not a bone treatment; EVA 8 then 4",
)

# ===========================================================================
# x09 — TXT — pneumologist, short 'nouvel avis', asymptomatic femoral
# lesion, Lixiana with doubt, no performance status.
# ===========================================================================
letter(
    id="x09", fmt="txt",
    author="Pneumologist (short note)",
    letter_date="2025-07-03", birth_date=None, age_written=True,
    text="""CH de Lestrade-sur-Aure - Service de Pneumologie
Dr Olivier PRADEL-BAH - secrétariat 03 53 01 75 40

Lestrade, le 03/07/2025

Objet : demande de nouvel avis RCP métastases osseuses - Mme CAZENAVE-ROUX Sylvie

Cher confrère,

Je vous réadresse Mme Cazenave-Roux, 62 ans, ADK pulmonaire LIG stade IV (os, surrénale G) diagnostiqué en juin 2024, KRAS G12C, EGFR/ALK/ROS1 négatifs, PD-L1 10 %. Lésions osseuses (D9, sacrum) découvertes sur le TEP de bilan initial en juin 2024.
Dossier déjà vu en RCP MO le 21/11/2024 : surveillance simple des lésions osseuses, pas d'indication de RT (asymptomatiques).
1re ligne carboplatine-pémétrexed-pembrolizumab de 07/2024 à 02/2025, progression -> Lumykras (sotorasib) 960 mg/j depuis le 10/03/2025.

Scanner d'évaluation du 24/06/2025 : réponse dissociée, stabilité thoracique mais apparition d'une lésion lytique du col fémoral droit de 25 mm avec amincissement de la corticale interne ; les autres lésions osseuses sont stables.
La patiente n'a aucune douleur, marche normalement, ne prend pas d'antalgique. Jamais irradiée.
Anticoagulation : sous Lixiana je crois (ACFA), à confirmer auprès de son cardiologue.
Autres ttt : Levothyrox 50, Mopral 20.

Question : traitement préventif de la lésion du col (RT ? enclouage prophylactique ?), et place d'un traitement anti-résorptif ?

Bien cordialement,
Dr O. Pradel-Bah
""",
    not_current={
        "L01XA02": "carboplatine, first line stopped 02/2025",
        "L01BA04": "pémétrexed, first line stopped 02/2025",
        "L01FF02": "pembrolizumab, first line stopped 02/2025",
        "B01AF03": "Lixiana named only with doubt ('je crois', à confirmer)",
    },
    gold=gold(
        sex="F", age=62,
        tumor=("present", "lung", "adenocarcinoma",
               {"KRAS": "positive", "EGFR": "negative", "ALK": "negative", "ROS1": "negative",
                "PD-L1": "positive"}),
        bone=("present", ["staging_imaging"], True),
        pain=("absent", [], None),
        meds=("present", ["L01XX73", "H03AA01", "A02BC01"]),
        local=("absent", []),
        btt=("unknown", []),
        anticoag=("uncertain", ["B01AF03"]),
        antiplt=("unknown", []),
        prog=("unknown", None, None),
        project=("present", None),
    ),
    tricky="half-page note; 'sous Lixiana je crois… à confirmer' (uncertain with agent, not a current drug); "
           "asymptomatic new lesion ('aucune douleur', pain absent); 'Jamais irradiée'; first-line drugs stopped; "
           "anti-resorptive only a question; no performance status",
)

# ===========================================================================
# x10 — DOCX — rheumatologist, sigmoid adenocarcinoma, incidental sacral
# discovery, Aclasta for osteoporosis still current, mixed-rhythm pain.
# ===========================================================================
letter(
    id="x10", fmt="docx",
    author="Rheumatologist",
    letter_date="2025-05-12", birth_date="1952-01-05", age_written=False,
    docx_header=None,
    body=[
"""Hôpital de la Croix-Verte — Service de Rhumatologie
Dr Bertrand DELAUNAY-OKAFOR
Tél. 04 65 71 58 31

Saint-Julien-des-Causses, le 12 mai 2025

Chère Consœur,""",
"## Objet : Mme Josiane MARCHETTI, née le 05/01/1952 — nouvelles lésions rachidiennes L2 et D8",
"""Je vous adresse pour une nouvelle discussion en RCP métastases osseuses Mme Josiane Marchetti, que je suis pour une polyarthrite rhumatoïde depuis 2008, et qui est par ailleurs suivie par le Dr Roche (oncologie, même établissement) pour un adénocarcinome du sigmoïde métastatique.""",
"## Résumé oncologique (d'après le dossier)",
"""- 03/2023 : adénocarcinome lieberkühnien du sigmoïde ; sigmoïdectomie, pT3N1b ; mutation KRAS G12D, BRAF non muté, MSS.
- 2023 : chimiothérapie adjuvante FOLFOX 6 mois.
- 08/2024 : lésion sacrée découverte fortuitement sur une IRM du bassin demandée par mes soins pour une coxalgie droite (coxarthrose) ; biopsie : métastase de l'adénocarcinome colique. Scanner : 3 nodules pulmonaires.
- RCP métastases osseuses du 26/09/2024 : radiothérapie sacrée 8 Gy en 1 fraction, réalisée le 08/10/2024.
- depuis 10/2024 : FOLFIRI-bevacizumab 6 mois, puis maintenance Xeloda + Avastin depuis 04/2025 ; traitement palliatif selon le Dr Roche.""",
"## Motif",
"""Depuis février, lombalgies d'horaire mixte : mécaniques à la marche et au port de charges, mais aussi réveils nocturnes vers 4 h et dérouillage matinal d'une demi-heure. Pas de sciatalgie, pas de déficit. EVA 5/10.
La patiente a pris d'elle-même de l'ibuprofène (Advil) en mars, arrêté par son oncologue ; je lui ai ensuite prescrit du Bi-Profénid 100 mg x 2 pendant 10 jours, cure qu'elle a terminée le 02/05, avec un bénéfice partiel.
IRM du rachis (28/04/2025) : lésions de L2 (envahissement du pédicule gauche, mur postérieur respecté) et de D8, nouvelles par rapport au TEP de 09/2024. Pas d'épidurite. La lésion sacrée irradiée est stable.""",
"## Sur le plan osseux et rhumatologique",
"""Ostéoporose cortisonique (T-score -2,8 au col fémoral), traitée par Aclasta 5 mg une fois par an depuis 2021 ; traitement poursuivi, dernière perfusion le 18/11/2024. Supplémentation vitamino-calcique.
Polyarthrite : méthotrexate arrêté au diagnostic du cancer en 2023 ; corticothérapie à faible dose (Cortancyl 5 mg/j) ; PR peu active.
Autres antécédents : HTA, pas d'antécédent thrombo-embolique. Pas de traitement anticoagulant ou antiagrégant.""",
"## Traitement actuel",
"""Xeloda 1000 mg x 2/j (J1-J14) + Avastin toutes les 3 semaines ; Cortancyl 5 mg/j ; Aclasta 5 mg/an ; Cacit 500 mg x 2/j ; ZymaD 50 000 UI 1 ampoule/mois ; Dafalgan 1 g x 3/j ; Inipomp 20 mg/j ; Coaprovel 150/12,5 mg/j.""",
"## État général",
"""Karnofsky 80 %, autonome, vit avec son mari.""",
"## Questions",
"""1. Radiothérapie des lésions de L2 et D8 ?
2. Faut-il remplacer l'Aclasta (dose « ostéoporose ») par un traitement anti-résorptif à dose oncologique (acide zolédronique 4 mg ou dénosumab 120 mg) ?

Avec mes remerciements, bien amicalement,

Dr B. Delaunay-Okafor""",
    ],
    not_current={
        "M01AE01": "ibuprofène stopped in March",
        "M01AE03": "Bi-Profénid course finished 02/05",
        "M05BX04": "dénosumab only asked",
    },
    gold=gold(
        sex="F", age=73,
        tumor=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
        bone=("present", ["incidental_imaging"], True),
        pain=("present", ["mechanical", "nocturnal", "inflammatory"], 5),
        meds=("present", ["L01BC06", "H02AB07", "M05BA08", "A12AA04", "A11CC05", "N02BE01", "A02BC02"]),
        local=("present", ["radiotherapy"]),
        btt=("present", ["M05BA08"]),
        anticoag=("absent", []),
        antiplt=("absent", []),
        prog=("present", None, 80),
        project=("present", "palliative"),
    ),
    tricky="incidental discovery on a hip MRI for coxarthrosis; annual Aclasta for osteoporosis still ongoing counts as bone therapy; "
           "ibuprofen and Bi-Profénid finished; mixed-rhythm pain (three types); Cacit alone vs Cacit D3; Karnofsky only; age from birth date",
)

# ===========================================================================
# x11 — PDF, 1 page, footer without page numbers — urologist, prostate,
# new femoral pathological fracture nailed, history started with cord compression.
# ===========================================================================
letter(
    id="x11", fmt="pdf",
    author="Urologist",
    letter_date="2025-05-30", birth_date=None, age_written=True,
    pdf_header=["Centre Hospitalier de Valmorin — Service d'Urologie",
                "Dr François-Xavier NDIAYE-LECLERC — Tél. 03 53 01 27 66"],
    pdf_footer="CH de Valmorin — 2 rue de l'Hôtel-Dieu — 89990 Valmorin — www.ch-valmorin.example",
    pages=[
"""Valmorin, le 30/05/2025

## Objet : RCP métastases osseuses — nouvelle fracture pathologique — M. Henri GUILLEMOT, 81 ans

Cher confrère,

Je vous adresse à nouveau M. Guillemot, 81 ans, pour avis concernant une radiothérapie post-opératoire du fémur droit.

Rappel :
- 06/2021 : paraparésie d'installation rapide révélant une compression médullaire D8 sur métastase ; laminectomie décompressive et ostéosynthèse D6-D10 en urgence (Pr Aubertin, neurochirurgie), puis radiothérapie D7-D9 20 Gy/5 fr. Le bilan retrouve un adénocarcinome prostatique (biopsies : Gleason 4+5 = 9), PSA 286 ng/mL, et des métastases osseuses multiples. Récupération neurologique complète.
- Depuis 07/2021 : Eligard 45 mg/6 mois ; docétaxel 6 cures en 2021, arrêté.
- 03/2024 : résistance à la castration (PSA 24 ng/mL) ; Zytiga 1000 mg/j + prednisone 10 mg/j depuis 04/2024.
- 09/2024 : RCP MO : radiothérapie antalgique de L5, 8 Gy (réalisée le 01/10/2024).
- 10/05/2025 : chute dans son jardin, fracture pertrochantérienne droite sur lésion lytique ; enclouage gamma long le 12/05/2025 (Dr Vial). Histologie du curetage : métastase d'adénocarcinome prostatique.

Actuellement (J18 post-opératoire) : appui complet autorisé, marche avec un déambulateur ; douleur de cuisse à la marche et lors des transferts, EN 3/10 (8/10 à l'admission), pas de douleur la nuit. PSA 112 ng/mL (05/2025) en progression. OMS 2. Hb 10,4 g/dL.

Traitements en cours : Eligard 45 mg (dernière injection en 02/2025), Zytiga 1000 mg/j, Cortancyl 5 mg matin et soir, Lovenox 4000 UI/j jusqu'au 16/06/2025 (prévention post-opératoire), Kardégic 75 mg (suspendu du 08 au 19/05 pour la chirurgie, repris depuis), Tahor 20 mg, Triatec 5 mg, Doliprane 1 g x 4/j, Oxynorm 5 mg avant la kinésithérapie, Forlax 1 sachet/j.
Pas de traitement anti-résorptif à ce jour : Xgeva prévu, en attente de l'avis dentaire (panoramique demandé).

Question : radiothérapie post-opératoire de l'ensemble du fémur droit (par ex. 20 Gy/5 fr) ; faut-il y associer une radiothérapie de la lésion du cotyle droit, asymptomatique ? Le projet reste palliatif ; le passage à une 2e ligne (cabazitaxel ou 177Lu-PSMA) sera discuté en RCP d'urologie.

Bien confraternellement,

Dr F.-X. Ndiaye-Leclerc
""",
    ],
    not_current={
        "L01CD02": "docétaxel 2021, stopped",
        "M05BX04": "Xgeva only planned ('pas de traitement anti-résorptif à ce jour')",
    },
    gold=gold(
        sex="M", age=81,
        tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        bone=("present", ["neurological_deficit"], True),
        pain=("present", ["mechanical"], 3),
        meds=("present", ["L02AE02", "L02BX03", "H02AB07", "B01AB05", "B01AC06", "C10AA05",
                          "C09AA05", "N02BE01", "N02AA05", "A06AD15"]),
        local=("present", ["radiotherapy", "surgery"]),
        btt=("absent", []),
        anticoag=("present", ["B01AB05"]),
        antiplt=("present", ["B01AC06"]),
        prog=("present", 2, None),
        project=("present", "palliative"),
    ),
    tricky="disease revealed in 2021 by cord compression (circumstance), the 2025 fracture is a new event; time-limited "
           "post-operative Lovenox is current; Kardégic suspended then resumed; Xgeva only planned with 'pas de traitement "
           "anti-résorptif à ce jour'; EN 8 at admission vs 3 now; night pain denied",
)

# ===========================================================================
# x12 — PDF, 3 pages, header + footer "Page n/3" — onco-dermatologist,
# melanoma BRAF V600E, long timeline, progression after SBRT, Eliquis
# stopped in the history yet still on the prescription (conflicting).
# ===========================================================================
letter(
    id="x12", fmt="pdf",
    author="Medical oncologist (onco-dermatology)",
    letter_date="2025-08-01", birth_date="1969-08-03", age_written=False,
    pdf_header=["Hôpital Universitaire de Bréval-la-Forêt — Département de Dermatologie",
                "Unité d'Onco-dermatologie — Secrétariat 01 99 00 45 17"],
    pdf_footer="M. VANDEWALLE Thierry — né le 03/08/1969 — IPP 40027718 — Page {page}/{nb}",
    pages=[
"""Bréval-la-Forêt, le 1er août 2025

À l'attention du Dr Samia OUERDANE, coordinatrice de la RCP Métastases osseuses, et des membres de la RCP

## Objet : demande de nouvel avis — progression iliaque droite en territoire irradié (SBRT 04/2025) — M. Thierry VANDEWALLE

Chère consœur, chers collègues,

Je vous remercie de discuter à nouveau le dossier de M. Thierry Vandewalle, né le 03/08/1969, suivi dans notre unité pour un mélanome métastatique BRAF muté, et dont la lésion iliaque droite a été discutée en RCP le 10/04/2025.

## Mode de vie

Marié, deux enfants, professeur d'EPS, très sportif jusqu'en 2024 (trail). Non fumeur, alcool occasionnel.

## Antécédents personnels

- Embolie pulmonaire segmentaire droite en octobre 2024 (contexte néoplasique), traitée par apixaban (Eliquis) pendant 6 mois, arrêté fin avril 2025 après avis du médecin vasculaire.
- Hypothyroïdie post-immunothérapie (2022), substituée.
- Colite immuno-induite grade 3 (2022), résolue.
- Appendicectomie dans l'enfance.
- Allergie à la pénicilline (urticaire).

## Antécédents familiaux

Père : mélanome de jambe à 70 ans, traité chirurgicalement. Mère : cancer du sein à 66 ans.

## Histoire oncologique

04/2019 : mélanome à extension superficielle du dos (Breslow 2,1 mm, ulcéré, pT3b) ; exérèse élargie et ganglion sentinelle axillaire droit positif (1/2) : stade IIIB. Mutation BRAF V600E.
06/2019 – 06/2020 : nivolumab adjuvant pendant 1 an.
02/2022 : TEP-TDM de surveillance : récidive ganglionnaire médiastinale, nodules pulmonaires, lésions osseuses de T6 et de l'aile iliaque droite, asymptomatiques. LDH normales.
03/2022 – 07/2022 : ipilimumab + nivolumab (4 cures), puis nivolumab d'entretien, arrêté en 09/2022 pour une colite grade 3 (corticothérapie puis infliximab).
10/2022 : radiothérapie de T6, 20 Gy en 5 fractions (douleurs dorsales apparues en septembre).
11/2022 – 12/2024 : dabrafenib + trametinib (Tafinlar + Mekinist) ; réponse métabolique complète extra-osseuse, stabilité osseuse.
01/2025 : progression pulmonaire et iliaque droite ; relais par encorafenib + binimetinib (Braftovi + Mektovi) depuis le 20/01/2025.
""",
"""RCP métastases osseuses du 10/04/2025 (conclusion) : « Lésion iliaque droite (toit du cotyle) symptomatique en progression : radiothérapie stéréotaxique 27 Gy en 3 fractions. Dénosumab 120 mg toutes les 4 semaines après bilan dentaire. Pas d'indication chirurgicale en l'absence de risque fracturaire immédiat. »
22 – 28/04/2025 : SBRT iliaque droite 27 Gy en 3 fractions (Dr Poirier).
02/05/2025 : première injection de Xgeva, poursuivi toutes les 4 semaines (dernière injection le 24/07/2025).

## Situation actuelle

Après une nette amélioration en mai (EN 2/10), réapparition depuis début juillet d'une douleur inguinale et fessière droite, à l'appui et à la marche, avec boiterie ; périmètre de marche réduit à 300 m, utilisation d'une canne. Pas de douleur au repos ni de réveil nocturne. Pas de composante neuropathique (DN4 2/10). EN 6/10 ce jour.
Examen : mobilisation de la hanche droite douloureuse en rotation interne, pas de déficit sensitivo-moteur.

TEP-TDM du 22/07/2025 : progression métabolique de la lésion iliaque droite (SUVmax 11,2 contre 6,4) dans le volume traité, avec extension au toit du cotyle et au pilier antérieur ; stabilité des lésions pulmonaires ; T6 stable ; pas de nouvelle lésion.
TDM du bassin (25/07/2025) : ostéolyse du toit du cotyle de 48 mm avec rupture de la corticale acétabulaire médiale, sans fracture. Le risque fracturaire est jugé élevé par le Dr Fabre (chirurgie orthopédique).
Biologie : LDH 312 UI/L (N < 250), calcémie normale, créatinine 81 µmol/L, NFS normale.

## État général et pronostic

ECOG 1, poids stable, continue à travailler à temps partiel. Espérance de vie estimée entre 6 et 12 mois. Situation palliative, dont le patient est informé.

## Traitement actuel (ordonnance du 15/07/2025)

- Braftovi 75 mg : 6 gélules/j
- Mektovi 15 mg : 3 cp matin et soir
- Xgeva 120 mg SC toutes les 4 semaines
- Cacit D3 1000 mg/880 UI : 1 sachet/j
- Eliquis 5 mg : 1 cp matin et soir
- Levothyrox 100 µg/j
- Skenan LP 30 mg matin et soir
- Actiskenan 10 mg : jusqu'à 4 fois/j si douleur
- Doliprane 1 g x 3/j
- Imovane 7,5 mg au coucher
- Movicol 1 sachet/j
""",
"""## Questions à la RCP

1. Progression en territoire irradié trois mois après une SBRT : une ré-irradiation est-elle envisageable (dose cumulée, proximité du tube digestif) ?
2. Alternatives : cryoablation + cimentoplastie acétabulaire (avis de radiologie interventionnelle), ou chirurgie de reconstruction acétabulaire (type Harrington) chez ce patient jeune et actif ?
3. Maintien du dénosumab au même rythme ?
4. Le traitement systémique (encorafenib + binimetinib) est poursuivi en l'absence de progression extra-osseuse ; en cas de progression ultérieure, une inclusion dans un essai de phase I sera discutée.

Je joins les comptes rendus du TEP du 22/07 et du scanner du 25/07, ainsi que la dosimétrie de la SBRT. Je serai présente à la RCP pour présenter le dossier.

Bien confraternellement,

Dr Émilie CARRASCO-LEGRAND
Onco-dermatologie

Copies : Dr Poirier (radiothérapie) ; Dr Fabre (orthopédie) ; Dr Jean-Luc Hennequin (médecin traitant)
""",
    ],
    not_current={
        "L01FF01": "nivolumab stopped 09/2022",
        "L01FX04": "ipilimumab stopped 2022",
    },
    gold=gold(
        sex="M", age=55,
        tumor=("present", "melanoma", "other", {"BRAF": "positive"}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 6),
        meds=("present", ["M05BX04", "A12AX", "B01AF02", "H03AA01", "N02AA01", "N02BE01",
                          "N05CF01", "A06AD65"]),
        local=("present", ["radiotherapy"]),
        btt=("present", ["M05BX04"]),
        anticoag=("conflicting", ["B01AF02"]),
        antiplt=("unknown", []),
        prog=("present", 1, None),
        project=("present", "palliative"),
    ),
    tricky="3 pages with repeated header/footer; age from birth date two days before the birthday; Eliquis 'arrêté fin avril' in the "
           "history but on the current prescription (conflicting, kept in meds); father's melanoma; BRAF inhibitors not in the ATC table; "
           "bone lesions found on surveillance PET; neuropathic and nocturnal pain denied",
)


# ===========================================================================
# Contract and text checks
# ===========================================================================
class Violation(Exception):
    pass


def fail(lid, msg):
    raise Violation(f"{lid}: {msg}")


def load_atc():
    for p in ATC_TSV_CANDIDATES:
        if p.exists():
            rows = []
            lines = p.read_text(encoding="utf-8").splitlines()
            for line in lines[1:]:
                if not line.strip():
                    continue
                cols = line.split("\t")
                while len(cols) < 5:
                    cols.append("")
                atc, dci, inn, group, brands = cols[:5]
                names = [dci, inn] + [b for b in brands.split(",") if b.strip()]
                rows.append((atc.strip(), [n.strip() for n in names if n.strip()]))
            return rows
    raise Violation("atc-reference.tsv not found")


def norm(s: str) -> str:
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("’", "'").replace("\u00a0", " ")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


class DrugScanner:
    """Finds every ATC-table drug named in a text (longest name first, masking matches)."""

    def __init__(self, atc_rows):
        pairs = []
        for atc, names in atc_rows:
            for n in names:
                pairs.append((norm(n), atc))
        pairs.sort(key=lambda p: (-len(p[0]), p[0]))
        self.patterns = [
            (re.compile(r"(?<![a-z0-9])" + r"\s+".join(map(re.escape, name.split())) + r"(?![a-z0-9])"), atc, name)
            for name, atc in pairs
        ]

    def scan(self, text: str) -> dict[str, set[str]]:
        t = norm(text)
        found: dict[str, set[str]] = {}
        for rx, atc, name in self.patterns:
            def repl(m):
                found.setdefault(atc, set()).add(name)
                return "#" * len(m.group(0))
            t = rx.sub(repl, t)
        return found


def age_at(birth: str, when: str) -> int:
    b = dt.date.fromisoformat(birth)
    w = dt.date.fromisoformat(when)
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def letter_text(L: dict) -> str:
    if L["fmt"] == "txt":
        return L["text"]
    parts = []
    if L["fmt"] == "pdf":
        parts += L["pdf_header"]
        parts += [p.replace("## ", "") for p in L["pages"]]
        if L.get("pdf_footer"):
            parts.append(L["pdf_footer"])
    else:
        if L.get("docx_header"):
            parts.append(L["docx_header"])
        for b in L["body"]:
            if isinstance(b, tuple):
                parts += [" | ".join(r) for r in b[1]]
            else:
                parts.append(b.replace("## ", ""))
    return "\n".join(parts)


HISTO_WORDS = {
    "adenocarcinoma": r"adenocarcinome|\badk\b",
    "squamous_cell_carcinoma": r"epidermoide",
    "invasive_ductal_carcinoma": r"canalaire|\bnst\b",
    "invasive_lobular_carcinoma": r"lobulaire",
    "clear_cell_carcinoma": r"cellules claires",
    "other": r".",
}
SITE_WORDS = {
    "lung": r"pulmonaire|bronchique|poumon", "breast": r"sein|mammaire", "prostate": r"prostat",
    "kidney": r"renal|rein", "thyroid": r"thyroid", "colorectal": r"sigmoide|colique|colon|rect",
    "bladder": r"vessie|urothelial", "melanoma": r"melanome",
}
MARKER_WORDS = {
    "ER": r"\bre\b|\brh\b|oestrogen", "PR": r"\brp\b|progesteron", "HER2": r"her2", "PD-L1": r"pd-l1",
    "PSA": r"\bpsa\b", "EGFR": r"egfr", "ALK": r"\balk\b", "ROS1": r"ros1", "KRAS": r"kras", "BRAF": r"braf",
}
INTENT_WORDS = {"palliative": r"palliati", "curative": r"curati", "supportive": r"soins de support exclusifs"}


def check_contract(L: dict, scanner: DrugScanner, atc_codes: set[str]):
    lid, g = L["id"], L["gold"]
    text = letter_text(L)
    nt = norm(text)

    # --- patient ---------------------------------------------------------
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        fail(lid, f"patient.sex {p['sex']!r}")
    if not isinstance(p["age"], int) or not 0 < p["age"] < 120:
        fail(lid, f"patient.age {p['age']!r}")
    if L["birth_date"]:
        want = age_at(L["birth_date"], L["letter_date"])
        if p["age"] != want:
            fail(lid, f"age {p['age']} but birth date {L['birth_date']} at {L['letter_date']} gives {want}")
        b = dt.date.fromisoformat(L["birth_date"]).strftime("%d/%m/%Y")
        if b not in text:
            fail(lid, f"birth date {b} not written in the letter")
    if L["age_written"]:
        if not re.search(rf"\b{p['age']} ans\b", text):
            fail(lid, f"age_written but '{p['age']} ans' not in the letter")
    elif not L["birth_date"]:
        fail(lid, "age neither written nor derivable from a birth date")
    if not re.search(r"\bM\.|\bMme\b", text):
        fail(lid, "no civility in the letter for the sex")
    if (p["sex"] == "F") != bool(re.search(r"\bMme\b", text)):
        fail(lid, "sex does not match the civility")

    # --- statuses ----------------------------------------------------------
    for item in ITEMS:
        st = g[item]["status"]
        if st not in ALLOWED_STATUS[item]:
            fail(lid, f"{item}.status {st!r} not allowed (allowed {sorted(ALLOWED_STATUS[item])})")

    # --- primary tumour -----------------------------------------------------
    t = g["primaryTumor"]
    if t["status"] == "unknown":
        if t["site"] or t["histology"] or t["biomarkers"]:
            fail(lid, "primaryTumor unknown with values")
    else:
        if t["site"] not in SITES:
            fail(lid, f"site {t['site']!r}")
        if t["site"] in SITE_WORDS and not re.search(SITE_WORDS[t["site"]], nt):
            fail(lid, f"site {t['site']} without a matching word in the letter")
    if t["histology"] is not None:
        if t["histology"] not in HISTOLOGIES:
            fail(lid, f"histology {t['histology']!r}")
        if t["histology"] in HISTO_WORDS and not re.search(HISTO_WORDS[t["histology"]], nt):
            fail(lid, f"histology {t['histology']} without a matching word")
    for name, res in t["biomarkers"].items():
        if name not in BIOMARKERS or res not in BIOMARKER_RESULTS:
            fail(lid, f"biomarker {name}={res}")
        if name in MARKER_WORDS and not re.search(MARKER_WORDS[name], nt):
            fail(lid, f"biomarker {name} not named in the letter")

    # --- bone diagnosis -------------------------------------------------------
    b = g["boneDiagnosis"]
    if not isinstance(b["dated"], bool):
        fail(lid, "dated must be a boolean")
    if b["status"] == "present":
        if not b["circumstances"] or not set(b["circumstances"]) <= CIRCUMSTANCES:
            fail(lid, f"circumstances {b['circumstances']}")
    elif b["circumstances"] or b["dated"]:
        fail(lid, "boneDiagnosis unknown with values")

    # --- pain ----------------------------------------------------------------
    pn = g["pain"]
    if not set(pn["types"]) <= PAIN_TYPES:
        fail(lid, f"pain types {pn['types']}")
    if pn["intensity"] is not None:
        if not isinstance(pn["intensity"], int) or not 0 <= pn["intensity"] <= 10:
            fail(lid, f"pain intensity {pn['intensity']}")
        n = pn["intensity"]
        if not re.search(rf"\b(eva|en|ens|nrs)\s*(a|:|=|de|moyenne a)?\s*{n}\b|\b{n}/10\b", nt):
            fail(lid, f"pain intensity {n} not written in the letter")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"] not in (None, 0)):
        fail(lid, "pain absent/unknown with types or a non-zero intensity")

    # --- medications -----------------------------------------------------------
    cm = g["currentMedications"]
    cur = set(cm["atc"])
    if len(cur) != len(cm["atc"]):
        fail(lid, "duplicate ATC in currentMedications")
    for c in cur:
        if c not in atc_codes:
            fail(lid, f"currentMedications ATC {c} not in atc-reference.tsv")
    if cm["status"] in ("absent", "unknown") and cur:
        fail(lid, "currentMedications absent/unknown with drugs")
    if cm["status"] == "present" and not cur:
        fail(lid, "currentMedications present but no table drug (check)")

    # --- local treatments --------------------------------------------------------
    lt = g["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCAL_TYPES:
        fail(lid, f"local treatment types {lt['types']}")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        fail(lid, "priorLocalTreatments absent/unknown with types")
    if lt["status"] == "present" and not lt["types"]:
        fail(lid, "priorLocalTreatments present without a type")

    # --- agent sections ------------------------------------------------------------
    for sec, prefixes in AGENT_SECTIONS.items():
        s = g[sec]
        for c in s["atc"]:
            if c not in atc_codes:
                fail(lid, f"{sec} ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                fail(lid, f"{sec} ATC {c} outside {prefixes}")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            fail(lid, f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - cur
            if missing:
                fail(lid, f"{sec} agents {sorted(missing)} not in currentMedications")
        if s["status"] == "uncertain" and set(s["atc"]) & cur:
            fail(lid, f"{sec} uncertain agent listed as a current medication")
        if s["status"] == "conflicting" and not s["atc"] and sec != "boneTargetedTherapy":
            pass
        group_cur = {c for c in cur if c.startswith(prefixes)}
        if group_cur and s["status"] not in ("present", "conflicting"):
            fail(lid, f"current {sorted(group_cur)} but {sec} is {s['status']}")
        if not group_cur <= set(s["atc"]):
            fail(lid, f"current {sorted(group_cur - set(s['atc']))} missing from {sec}.atc")
        if cm["status"] == "absent" and s["status"] in ("present", "conflicting"):
            fail(lid, f"no current medication but {sec} {s['status']}")

    # --- prognosis -------------------------------------------------------------------
    pr = g["prognosis"]
    ecog, kps = pr.get("ecog"), pr.get("kps")
    if "ecog" in pr and "kps" in pr:
        fail(lid, "prognosis carries both ecog and kps keys")
    if ecog is not None and ecog not in range(0, 5):
        fail(lid, f"ecog {ecog}")
    if kps is not None and (kps not in range(0, 101) or kps % 10):
        fail(lid, f"kps {kps}")
    if pr["status"] == "unknown" and (ecog is not None or kps is not None):
        fail(lid, "prognosis unknown with a score")
    ps_rx = r"\b(oms|ecog|ps|who)\s*:?\s*([0-4])\b"
    ps_found = {int(m.group(2)) for m in re.finditer(ps_rx, nt)}
    kps_found = {int(m.group(1)) for m in re.finditer(r"karnofsky[^0-9]{0,12}(\d{2,3})", nt)}
    if ecog is not None and ps_found != {ecog}:
        fail(lid, f"ecog {ecog} but the letter states {sorted(ps_found)}")
    if ecog is None and ps_found:
        fail(lid, f"letter states a performance status {sorted(ps_found)} but gold ecog is null")
    if kps is not None and kps_found != {kps}:
        fail(lid, f"kps {kps} but the letter states {sorted(kps_found)}")
    if kps is None and kps_found:
        fail(lid, "letter states a Karnofsky index but gold kps is null")
    if pr["status"] == "present" and ecog is None and kps is None and "esperance de vie" not in nt:
        fail(lid, "prognosis present without a score nor a life expectancy")

    # --- therapeutic project ------------------------------------------------------------
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(lid, f"intent {tp['intent']!r}")
    if tp["status"] == "unknown" and tp["intent"]:
        fail(lid, "therapeuticProject unknown with an intent")
    stripped = nt
    for ex in L.get("intent_exempt", []):
        stripped = stripped.replace(norm(ex), " ")
    said = {k for k, rx in INTENT_WORDS.items() if re.search(rx, stripped)}
    if tp["intent"] is None and said:
        fail(lid, f"intent null but the letter says {sorted(said)}")
    if tp["intent"] is not None and said != {tp["intent"]}:
        fail(lid, f"intent {tp['intent']} but the letter's intent words are {sorted(said)}")

    # --- drugs named in the letter vs gold ------------------------------------------------
    named = scanner.scan(text)
    named_codes = set(named)
    declared = set(L["not_current"])
    if not cur <= named_codes:
        fail(lid, f"current ATC {sorted(cur - named_codes)} not named in the letter")
    if declared & cur:
        fail(lid, f"declared not-current but in currentMedications: {sorted(declared & cur)}")
    if not declared <= named_codes:
        fail(lid, f"declared not-current drugs not named in the letter: {sorted(declared - named_codes)}")
    unexplained = named_codes - cur - declared
    if unexplained:
        fail(lid, "drugs named but neither current nor declared: "
                  + ", ".join(f"{c} {sorted(named[c])}" for c in sorted(unexplained)))
    for sec in AGENT_SECTIONS:
        if not set(g[sec]["atc"]) <= named_codes:
            fail(lid, f"{sec} agent not named in the letter")

    # --- gaps --------------------------------------------------------------------------------
    gaps = derive_gaps(g)
    if any(item == "antiplatelets" for item, _ in gaps):
        fail(lid, "antiplatelets gap")
    if g.get("gaps") is not None and g["gaps"] != gaps:
        fail(lid, "stored gaps differ from the gap rule")


# ===========================================================================
# Writers (deterministic)
# ===========================================================================
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def write_txt(L, path: Path):
    text = L["text"]
    if L.get("crlf"):
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))


def write_pdf(L, path: Path):
    from fpdf import FPDF

    header_lines = L["pdf_header"]
    footer_tpl = L.get("pdf_footer")

    class LetterPDF(FPDF):
        def header(self):
            self.set_font("DejaVu", "B", 10)
            self.cell(0, 5, header_lines[0], new_x="LMARGIN", new_y="NEXT")
            self.set_font("DejaVu", "", 8)
            for line in header_lines[1:]:
                self.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 1.5
            self.line(self.l_margin, y, self.w - self.r_margin, y)
            self.set_y(y + 4)

        def footer(self):
            if not footer_tpl:
                return
            self.set_y(-14)
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 4, footer_tpl.format(page=self.page_no(), nb="{nb}"), align="C")

    pdf = LetterPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=18)
    d = dt.date.fromisoformat(L["letter_date"])
    pdf.set_creation_date(dt.datetime(d.year, d.month, d.day, 9, 30, 0, tzinfo=dt.timezone.utc))
    pdf.set_producer("Courrier médical 4.2")
    pdf.set_creator("Courrier médical 4.2")
    pdf.set_author("Secrétariat médical")
    pdf.set_title(f"Courrier RCP {L['id']}")
    for i, page in enumerate(L["pages"], start=1):
        pdf.add_page()
        for para in page.strip("\n").split("\n\n"):
            if para.startswith("## "):
                pdf.set_font("DejaVu", "B", 10)
                pdf.ln(1)
                pdf.multi_cell(0, 5, para[3:], align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.5)
            else:
                pdf.set_font("DejaVu", "", 9.5)
                pdf.multi_cell(0, 4.6, para, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        if pdf.page_no() != i:
            raise Violation(f"{L['id']}: page {i} overflows onto page {pdf.page_no()}")
    pdf.output(str(path))


def write_docx(L, path: Path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    if L.get("docx_header"):
        d.sections[0].header.paragraphs[0].text = L["docx_header"]
        d.sections[0].footer.paragraphs[0].text = "Document confidentiel — couvert par le secret médical"
    for b in L["body"]:
        if isinstance(b, tuple):
            rows = b[1]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = val
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif b.startswith("## "):
            para = d.add_paragraph()
            run = para.add_run(b[3:])
            run.bold = True
        else:
            for chunk in b.split("\n\n"):
                d.add_paragraph(chunk)
    cp = d.core_properties
    ld = dt.date.fromisoformat(L["letter_date"])
    stamp = dt.datetime(ld.year, ld.month, ld.day, 9, 0, 0, tzinfo=dt.timezone.utc)
    cp.author = "Secrétariat médical"
    cp.last_modified_by = "Secrétariat médical"
    cp.title = f"Courrier RCP {L['id']}"
    cp.subject = "RCP métastases osseuses"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def extracted_text(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        r = PdfReader(str(path))
        return "\n".join(p.extract_text() or "" for p in r.pages), len(r.pages)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
        return "\n".join(parts), None
    return path.read_bytes().decode("utf-8"), None


def main() -> int:
    try:
        atc_rows = load_atc()
        atc_codes = {a for a, _ in atc_rows}
        scanner = DrugScanner(atc_rows)
        ids = [L["id"] for L in LETTERS]
        if ids != [f"x{i:02d}" for i in range(1, len(LETTERS) + 1)] or len(ids) != 12:
            raise Violation(f"letter ids {ids}")
        fmts = [L["fmt"] for L in LETTERS]
        if (fmts.count("pdf"), fmts.count("docx"), fmts.count("txt")) != (5, 4, 3):
            raise Violation(f"format mix {fmts}")
        if sum(1 for L in LETTERS if L["fmt"] == "docx" and any(isinstance(b, tuple) for b in L["body"])) < 1:
            raise Violation("no DOCX with a medication table")
        for L in LETTERS:
            check_contract(L, scanner, atc_codes)
            L["gold"]["gaps"] = derive_gaps(L["gold"])
            check_contract(L, scanner, atc_codes)

        letters_dir, gold_dir = HERE / "letters", HERE / "gold"
        letters_dir.mkdir(exist_ok=True)
        gold_dir.mkdir(exist_ok=True)
        for L in LETTERS:
            path = letters_dir / f"{L['id']}.{L['fmt']}"
            {"txt": write_txt, "pdf": write_pdf, "docx": write_docx}[L["fmt"]](L, path)
            # read back: the written file must name the same drugs as the source text
            got, npages = extracted_text(path)
            if L["fmt"] == "pdf":
                if npages != len(L["pages"]):
                    raise Violation(f"{L['id']}: {npages} PDF pages, expected {len(L['pages'])}")
                if L.get("pdf_footer") and "{page}" in L["pdf_footer"]:
                    for i in range(1, npages + 1):
                        if f"Page {i}/{npages}" not in got:
                            raise Violation(f"{L['id']}: 'Page {i}/{npages}' missing from the PDF text")
            if set(scanner.scan(got)) != set(scanner.scan(letter_text(L))):
                raise Violation(f"{L['id']}: drugs read back from {path.name} differ from the source text")
            g = {"id": L["id"], **L["gold"]}
            (gold_dir / f"{L['id']}.json").write_text(
                json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        expected = {f"{L['id']}.{L['fmt']}" for L in LETTERS}
        extra = {p.name for p in letters_dir.iterdir()} - expected
        extra |= {p.name for p in gold_dir.iterdir()} - {f"{L['id']}.json" for L in LETTERS}
        if extra:
            raise Violation(f"stray files in letters/ or gold/: {sorted(extra)}")
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    print(f"wrote {len(LETTERS)} letters and golds to {HERE}")
    for L in LETTERS:
        print(f"  {L['id']}.{L['fmt']:4s} gaps={L['gold']['gaps']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
