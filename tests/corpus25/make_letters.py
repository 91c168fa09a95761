#!/usr/bin/env python3
"""corpus25: 12 blind referral letters centred on pain and on how the bone
disease came to light, with their gold records.

Run from /work/main:  .venv/bin/python tests/corpus25/make_letters.py
Checks every gold against the contract (shared/spec/rcp-request.md) and
exits with "CONTRACT VIOLATION: ..." on any failure, then writes letters/
and gold/ deterministically.
"""
import json
import sys
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pdfdocx import write_docx, write_pdf  # noqa: E402

SPEC = Path("/work/shared/spec")
if not SPEC.exists():
    SPEC = HERE.parents[2] / "shared" / "spec"

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
          "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other",
         "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma",
               "nsclc_nos", "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma",
               "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
RESULTS = {"positive", "negative", "pending"}
CIRCS = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
         "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def fail(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc():
    ref = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        names = [cols[1], cols[2]] + [b for b in (cols[4].split(",") if len(cols) > 4 else []) if b.strip()]
        ref[cols[0]] = [n.strip() for n in names if n.strip()]
    return ref


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------------------
# The gap rule of the spec, applied to a gold record (one function).
# ---------------------------------------------------------------------------
def derive_gaps(g):
    gaps = []
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in kind_of:
            gaps.append([item, kind_of[st]])
            continue
        if st != "present":
            continue
        if item == "pain" and not sec["types"]:
            gaps.append([item, "incomplete"])
        elif item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"]:
            gaps.append([item, "incomplete"])
        elif item == "boneDiagnosis" and not sec["dated"]:
            gaps.append([item, "incomplete"])
        elif item == "primaryTumor" and not sec["histology"]:
            gaps.append([item, "incomplete"])
        elif item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None:
            gaps.append([item, "incomplete"])
    return gaps


def gold(id_, sex, age, pt, bd, pain, meds, local, btt, ac, ap, prog, tp):
    g = {"id": id_, "patient": {"sex": sex, "age": age}}
    g["primaryTumor"] = {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": dict(pt[3])}
    g["boneDiagnosis"] = {"status": bd[0], "circumstances": sorted(bd[1]), "dated": bd[2]}
    g["pain"] = {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]}
    g["currentMedications"] = {"status": meds[0], "atc": sorted(meds[1])}
    g["priorLocalTreatments"] = {"status": local[0], "types": sorted(local[1])}
    for name, v in (("boneTargetedTherapy", btt), ("anticoagulation", ac), ("antiplatelets", ap)):
        g[name] = {"status": v[0], "atc": sorted(v[1])}
    p = {"status": prog[0]}
    if prog[1] is not None or prog[2] is None:
        p["ecog"] = prog[1]
    if prog[2] is not None:
        p["kps"] = prog[2]
    g["prognosis"] = p
    g["therapeuticProject"] = {"status": tp[0], "intent": tp[1]}
    g["gaps"] = derive_gaps(g)
    return g


def age_at(birth, on):
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# ---------------------------------------------------------------------------
# Letters
# ---------------------------------------------------------------------------
L = []  # dicts: id, fmt, text (str; docx uses a light markup), gold, birth, letter_date, written_age

# i01 -- GP, TXT ------------------------------------------------------------
L.append(dict(id="i01", fmt="txt", enc="utf-8", nl="\n", letter_date=date(2025, 3, 14), written_age=71, text="""\
Dr Hélène MARQUET-DUBOIS
Médecin généraliste
12 rue des Tanneurs
71590 Saint-Aubin-des-Prés
Tél. 03 85 52 17 40

                                        Saint-Aubin, le 14 mars 2025

Cher confrère,

Je vous adresse Mme Colette VERNIER, 71 ans, que je suis depuis de nombreuses années, pour avis en RCP métastases osseuses.

ATCD :
- cancer du sein gauche en 2016 (carcinome canalaire infiltrant, RE+ RP+, HER2 négatif) : tumorectomie + curage axillaire puis radiothérapie du sein, hormonothérapie par Femara, prolongée par son oncologue (Dr Kessler) et toujours en cours
- HTA, dyslipidémie
- céphalées de tension anciennes, migraines dans la jeunesse
- ATCD familiaux : mère décédée d'un cancer du côlon, soeur traitée pour un cancer du sein en 2010

Histoire : depuis environ 3 mois (début décembre), lombalgies d'installation progressive, d'horaire inflammatoire, avec réveils nocturnes vers 4h du matin et dérouillage matinal d'une demi-heure. Pas d'irradiation dans les membres inférieurs, pas de brûlures ni de fourmillements (DN4 à 1/10). Pas de trouble sphinctérien. Douleur cotée 8/10 à Noël, actuellement EVA à 6/10 sous palier 2.
Les radios standard de janvier étaient peu contributives (arthrose étagée). L'IRM lombaire du 21/02/2025 montre des lésions en hyposignal T1 de L3, L4 et du sacrum, évocatrices de localisations secondaires, sans épidurite. Le TEP-scanner demandé par le Dr Kessler (le 6/03) confirme une atteinte osseuse multiple (rachis, bassin, 2 côtes) sans atteinte viscérale.
Elle se plaint aussi de céphalées en fin de journée, identiques à ses céphalées habituelles, sans signe de gravité.

Traitement actuel :
Femara 2,5 mg 1/j
Doliprane 1 g 3x/j
Ixprim 37,5 mg/325 mg : 1 à 2 cp x 3/j
Kardégic 75 mg 1/j
Tahor 20 mg le soir
Amlor 5 mg le matin

Pas de traitement anticoagulant. Elle n'a jamais reçu de bisphosphonate ni de dénosumab. Aucune radiothérapie ni aucun geste sur le squelette (seulement la radiothérapie mammaire de 2016).

Elle reste autonome, vit seule, conduit encore.

Je souhaiterais savoir si une radiothérapie antalgique est indiquée et s'il faut la mettre sous Xgeva. Son oncologue doit la revoir le 25 mars pour modifier l'hormonothérapie.

Bien confraternellement,

Dr H. Marquet-Dubois
""", gold=lambda: gold(
    "i01", "F", 71,
    ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
    ("present", ["pain"], True),
    ("present", ["inflammatory", "nocturnal"], 6),
    ("present", ["L02BG04", "N02BE01", "N02AX02", "B01AC06", "C10AA05"]),
    ("absent", []), ("absent", []), ("absent", []), ("present", ["B01AC06"]),
    ("unknown", None, None), ("present", None))))

# i02 -- pain physician, DOCX -----------------------------------------------
L.append(dict(id="i02", fmt="docx", author="CETD Saint-Vincent", letter_date=date(2025, 4, 7),
              birth=date(1958, 11, 19), written_age=66, text="""\
## Centre d'Évaluation et de Traitement de la Douleur
Hôpital Saint-Vincent-de-Lorval – 2 allée des Tilleuls – 45790 Lorval
Dr Armelle QUINTIN, médecin algologue – secrétariat 02 38 64 19 27
Lorval, le 7 avril 2025
## Objet : M. Bernard LESCOT, né le 19/11/1958 – demande d'avis RCP métastases osseuses
Chère consœur, cher confrère,
J'ai revu ce jour en consultation douleur M. Lescot, 66 ans, suivi pour un adénocarcinome pulmonaire du lobe inférieur gauche stade IV (EGFR non muté, ALK non réarrangé, PD-L1 5 %), diagnostiqué en septembre 2024. Le bilan d'extension initial (TEP-TDM du 24/09/2024) retrouvait d'emblée une lésion lytique de l'aileron sacré gauche et de l'ischion gauche, alors peu symptomatiques.
Traitement oncologique : 4 cures de carboplatine-pémétrexed-pembrolizumab d'octobre à décembre 2024, carboplatine arrêté après C4, maintenance pémétrexed + pembrolizumab en cours (dernière cure le 28/03/2025). Le scanner de mars montre une réponse partielle pulmonaire, lésions osseuses stables.
Radiothérapie sacrée 20 Gy en 5 fractions en novembre 2024 (Dr Ferrand), avec un bénéfice antalgique modeste et transitoire.
## Évaluation douloureuse
- douleur fessière et sacrée gauche de fond, majorée à la marche et en position assise prolongée ;
- composante neuropathique nette : brûlures et décharges électriques irradiant à la face postérieure de la cuisse jusqu'au talon (territoire S1), allodynie au frottement, DN4 à 6/10 ;
- 4 à 5 accès douloureux paroxystiques par jour, déclenchés par les transferts, d'une durée de 20 à 30 minutes ;
- pas de réveil nocturne depuis l'augmentation du traitement de fond ;
- intensité : EN à 8/10 à la première consultation (janvier), EN actuelle 5/10 en fond, 8/10 lors des accès.
Il signale aussi des douleurs abdominales diffuses liées à une constipation aux opioïdes, améliorées sous Movicol.
## Traitement actuel
| Médicament | Posologie |
| Skenan LP 60 mg | matin et soir |
| Actiskenan 20 mg | interdose, jusqu'à 6/j (il en prend 4 à 5) |
| Lyrica 75 mg | 1 matin et soir (introduit en février) |
| Paracétamol 1 g | 4 fois par jour |
| Movicol | 2 sachets/j |
| Inexium 20 mg | 1/j |
| Xgeva 120 mg SC | toutes les 4 semaines depuis décembre 2024 |
| Cacit D3 | 1 sachet/j |
| Alimta + Keytruda | J1 = J21, hôpital de jour |
Soit environ 200 mg/j d'équivalent morphine orale (palier 3).
Pas de traitement anticoagulant.
OMS 2 (limité par la douleur, passe la moitié de la journée au fauteuil).
Projet : traitement palliatif de maintenance poursuivi par son oncologue (Dr Ngo).
## Question posée à la RCP
Devant une douleur mixte mal contrôlée malgré la radiothérapie, une cimentoplastie sacrée (sacroplastie) ou une ré-irradiation sont-elles envisageables ? Une analgésie intrathécale pourra être discutée secondairement.
Bien confraternellement,
Dr A. Quintin
""", gold=lambda: gold(
    "i02", "M", 66,
    ("present", "lung", "adenocarcinoma", {"EGFR": "negative", "ALK": "negative", "PD-L1": "positive"}),
    ("present", ["staging_imaging"], True),
    ("present", ["mechanical", "neuropathic"], 5),
    ("present", ["N02AA01", "N03AX16", "N02BE01", "A06AD65", "A02BC05", "M05BX04", "A12AX", "L01BA04",
                 "L01FF02"]),
    ("present", ["radiotherapy"]), ("present", ["M05BX04"]), ("absent", []), ("unknown", []),
    ("present", 2, None), ("present", "palliative"))))

# i03 -- radiation oncologist, PDF -----------------------------------------
L.append(dict(id="i03", fmt="pdf", letter_date=date(2025, 4, 2), birth=date(1947, 6, 14), text="""\
SERVICE DE RADIOTHÉRAPIE – Centre de cancérologie du Val-de-Sorne
Dr Mathieu GALLAND, oncologue radiothérapeute
Secrétariat : 04 71 28 63 90

                                                  Le 2 avril 2025

DEMANDE DE PRÉSENTATION EN RCP « MÉTASTASES OSSEUSES »

Patient : M. Roger PERRICHON
Date de naissance : 14/06/1947
Médecin traitant : Dr Lemaire (Brives-le-Haut)

HISTOIRE ONCOLOGIQUE
Adénocarcinome prostatique Gleason 8 (4+4), PSA à 86 ng/ml au diagnostic (janvier 2025).
Le diagnostic a été fait dans un contexte inhabituel : le 12/01/2025, chute de sa hauteur dans son jardin avec fracture sous-capitale du col fémoral droit. L'analyse anatomopathologique de la tête fémorale réséquée lors de la prothèse totale de hanche (PTH le 14/01/2025, Dr Abadie) a montré une infiltration par un adénocarcinome d'origine prostatique. La scintigraphie osseuse et le TEP-PSMA de février objectivent des lésions multiples : bassin, rachis dorsal (D8, D11), côtes.

TRAITEMENT
Eligard 45 mg tous les 6 mois depuis le 03/02/2025, associé à Xtandi 160 mg/j depuis le 17/02/2025.
Radiothérapie post-opératoire du fémur droit : 30 Gy en 10 fractions, terminée le 07/03/2025.

DOULEUR
La douleur de hanche a disparu après la radiothérapie. Il persiste une douleur dorsale basse, en regard de D8, à la mobilisation du tronc et lors des efforts (port de charges), cotée EN 3/10. Pas de douleur nocturne, pas de douleur en ceinture ni de paresthésies. Doliprane 1 g à la demande, 1 à 2 prises par jour.

AUTRES TRAITEMENTS
Kardégic 75 mg (stent coronaire en 2018)
Detensiel 5 mg le matin
Eliquis 2,5 mg x2 en prévention post-opératoire, arrêté le 15/02/2025.
Un traitement par Xgeva est prévu après le bilan dentaire (panoramique demandé).

ÉTAT GÉNÉRAL
OMS 1. Vit avec son épouse, marche avec une canne.

QUESTION
Indication d'une irradiation de D8 (conformationnelle ou stéréotaxique) ? Faut-il traiter D11, asymptomatique ?

Dr M. Galland
""", gold=lambda: gold(
    "i03", "M", 77,
    ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    ("present", ["pathological_fracture"], True),
    ("present", ["mechanical"], 3),
    ("present", ["L02AE02", "L02BB04", "N02BE01", "B01AC06", "C07AB07"]),
    ("present", ["surgery", "radiotherapy"]), ("unknown", []), ("absent", []), ("present", ["B01AC06"]),
    ("present", 1, None), ("present", None))))

# i04 -- rheumatologist, DOCX ----------------------------------------------
L.append(dict(id="i04", fmt="docx", author="Dr S. Arnoult-Klein", letter_date=date(2025, 1, 28), written_age=63,
              text="""\
Dr Sophie ARNOULT-KLEIN
Rhumatologue – 4 place du Marché-aux-Grains – 68740 Ostheim-le-Bas
Tél. 03 89 47 22 06
Le 28/01/2025
Cher Confrère,
Je vous adresse M. Patrick DELAUNAY, 63 ans, ancien chauffeur routier, que j'ai vu le 9 janvier pour une « sciatique » droite rebelle.
Le tableau a débuté mi-décembre 2024 par une lombalgie basse droite irradiant rapidement à la face latérale de la jambe jusqu'au dos du pied, avec des sensations de brûlures et de décharges électriques (DN4 5/10). Les douleurs sont d'horaire inflammatoire, avec réveils nocturnes vers 3 h et un dérouillage matinal d'environ une heure ; pas de caractère mécanique franc, la marche ne les aggrave pas. Le patient les décrivait comme « atroces » au début, actuellement « fortes mais supportables » sous traitement.
Pas de déficit moteur (releveurs 5/5), ROT présents et symétriques, pas de trouble sphinctérien.
L'IRM lombaire réalisée le 08/01/2025 montre une lésion lytique du corps et du pédicule droit de L5 avec épidurite antérieure débutante et conflit foraminal L5-S1 droit. Le scanner TAP du 15/01 retrouve une masse rénale gauche de 7 cm et deux autres lésions osseuses (aile iliaque gauche, 9e côte droite). La biopsie scannoguidée de L5 (20/01) conclut à une métastase de carcinome rénal à cellules claires (PAX8+, CD10+).
Antécédents : fibrillation atriale, HTA, ulcère gastrique en 2010. Son père est décédé d'un cancer du poumon.
## Traitement actuel
- Préviscan 20 mg, 3/4 cp le soir (INR cible 2-3)
- Topalgic LP 100 mg matin et soir
- Neurontin 300 mg x 3/j (introduit le 10/01)
- Solupred 20 mg le matin depuis le 20/01
- Inipomp 40 mg
- Triatec 5 mg
Le kétoprofène qu'il prenait en automédication a été arrêté (INR déséquilibré).
Pas de traitement anti-résorptif osseux (ni bisphosphonate ni dénosumab) à ce stade, clairance de la créatinine à 45 ml/min. Aucun geste local (ni radiothérapie ni chirurgie) n'a été réalisé.
État général conservé, poids stable, OMS 1.
Il a rendez-vous avec l'urologue le 4 février ; aucun traitement oncologique n'est encore décidé.
Je souhaiterais l'avis de la RCP sur la prise en charge de la lésion de L5 (radiothérapie ? chirurgie de décompression ? embolisation préalable ?) compte tenu de l'anticoagulation.
Bien à vous,
Dr S. Arnoult-Klein
""", gold=lambda: gold(
    "i04", "M", 63,
    ("present", "kidney", "clear_cell_carcinoma", {}),
    ("present", ["pain"], True),
    ("present", ["neuropathic", "inflammatory", "nocturnal"], None),
    ("present", ["B01AA12", "N02AX02", "N03AX12", "H02AB06", "A02BC02", "C09AA05"]),
    ("absent", []), ("absent", []), ("present", ["B01AA12"]), ("unknown", []),
    ("present", 1, None), ("unknown", None))))

# i05 -- palliative care physician, TXT (CRLF) -----------------------------
L.append(dict(id="i05", fmt="txt", enc="utf-8", nl="\r\n", letter_date=date(2024, 12, 2), written_age=82, text="""\
Unité de Soins Palliatifs – Hôpital local de Marcillac-en-Forez
Dr Jean-Baptiste OURY, médecin de soins palliatifs
Tél 04 77 96 21 08

Le 02/12/2024

Demande d'avis RCP métastases osseuses – Mme Odette FAURE-PICARD, 82 ans

Chers collègues,

Mme Faure-Picard est hospitalisée dans notre USP depuis le 18 novembre pour douleurs et altération de l'état général dans le cadre d'un carcinome urothélial de vessie métastatique (os, ganglions), diagnostiqué en 2022 (RTUV puis gemcitabine-cisplatine en 2022, reprise par gemcitabine seule au printemps 2024).

Découverte de la maladie osseuse : hospitalisation en médecine le 3 octobre 2024 pour confusion et déshydratation, calcémie corrigée à 3,4 mmol/l ; le scanner fait dans ce contexte montrait des lésions lytiques du bassin (cotyle droit, branche ilio-pubienne) et de L2. Elle a reçu une perfusion de Zométa 4 mg le 4/10 pour l'hypercalcémie, sans traitement anti-résorptif d'entretien depuis.
La gemcitabine a été arrêtée fin septembre devant la progression ; pas d'autre ligne, en accord avec la patiente et sa famille : prise en charge en soins de support exclusifs.

Radiothérapie antalgique du cotyle droit, 8 Gy en une séance le 6 novembre : amélioration partielle des douleurs de hanche.

Douleurs actuelles :
Douleur de la hanche et de l'aine droites, quasi nulle au repos, déclenchée par la mobilisation (toilette, transferts, mise au fauteuil), avec des accès douloureux paroxystiques très intenses (EN 8/10) malgré les interdoses. Pas de composante neuropathique (DN4 2/10), pas de réveil nocturne lié à la douleur. EN de fond actuelle : 3/10.
Elle présentait en outre des douleurs abdominales à type de coliques, rapportées à une constipation (pas de selles depuis 5 jours à l'entrée), résolues sous laxatifs.

Traitement en cours :
- Durogesic 50 µg/h, patch changé tous les 3 jours
- Abstral 200 µg en cas d'accès douloureux et 30 min avant les soins, 3 à 4 fois/j
- Paracétamol 1 g x 3
- Forlax 2 sachets/j
- Lovenox 4000 UI/j (alitement)
- Xanax 0,25 mg le soir
Kardégic arrêté à l'entrée.

Pronostic : état général très altéré, grabataire en dehors des transferts ; nous estimons son espérance de vie à quelques semaines.

Question à la RCP : une cimentoplastie du cotyle droit pourrait-elle réduire les accès douloureux liés aux soins, ou une deuxième séance de radiothérapie est-elle préférable ? Un geste sous anesthésie locale seule serait souhaitable.

Dr J.-B. Oury
""", gold=lambda: gold(
    "i05", "F", 82,
    ("present", "bladder", "other", {}),
    ("present", ["hypercalcemia"], True),
    ("present", ["mechanical"], 3),
    ("present", ["N02AB03", "N02BE01", "A06AD15", "B01AB05", "N05BA12"]),
    ("present", ["radiotherapy"]), ("absent", []), ("present", ["B01AB05"]), ("absent", []),
    ("present", None, None), ("present", "supportive"))))

# i06 -- radiation oncologist, PDF -----------------------------------------
L.append(dict(id="i06", fmt="pdf", letter_date=date(2025, 4, 15), written_age=58, text="""\
Institut de Radiothérapie des Trois-Vallées
Dr Claire VASSEUR-MOREAU, oncologue radiothérapeute
18 boulevard Pasteur – 74610 Saint-Roch-en-Vallée – Tél. 04 50 83 12 77

                                                  Le 15 avril 2025

Objet : M. Yannick LE GUILLOU, 58 ans – carcinome épidermoïde pulmonaire – demande RCP MO

Cher confrère,

Carcinome épidermoïde du lobe supérieur droit diagnostiqué en décembre 2024 chez un tabagique actif (45 PA). PD-L1 70 % ; EGFR et ALK non recherchés (histologie épidermoïde). Le TEP-TDM de bilan d'extension du 12/12/2024 retrouvait, outre la tumeur et des adénopathies médiastinales, une fixation isolée du corps vertébral de T10, asymptomatique à l'époque.
Pembrolizumab (Keytruda) en monothérapie débuté le 08/01/2025 et poursuivi (dernière cure le 08/04/2025).

Le 3 mars 2025, il a présenté une compression médullaire lente par épidurite T10 : douleurs dorsales en ceinture depuis une dizaine de jours, puis paraparésie (marche impossible, niveau sensitif T11). Prise en charge en urgence par le Dr Hamidi (neurochirurgie, CHU de Saint-Roch) : laminectomie décompressive T9-T11 et ostéosynthèse postérieure T8-T12 le 04/03/2025, puis radiothérapie post-opératoire 20 Gy en 5 fractions, terminée le 28/03/2025.

Évolution : récupération motrice quasi complète, marche avec un déambulateur. Les douleurs en ceinture ont totalement disparu ; il ne décrit plus aucune douleur (EVA 0/10) et l'Oxynorm a été arrêté le 10/04.

Traitements en cours : Keytruda 200 mg toutes les 3 semaines ; Dectancyl en décroissance, actuellement 4 mg/j ; Lovenox 4000 UI/j jusqu'à reprise complète de la marche ; Mopral 20 mg/j.
Pas de traitement anti-résorptif osseux (ni dénosumab ni bisphosphonate) à ce jour.

OMS 2. Traitement à visée palliative.

Question : le TEP de contrôle du 09/04 montre une nouvelle fixation de l'aile iliaque gauche, asymptomatique. Indication d'une radiothérapie stéréotaxique ? Faut-il introduire un traitement par dénosumab ?

Bien confraternellement,
Dr C. Vasseur-Moreau
""", gold=lambda: gold(
    "i06", "M", 58,
    ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
    ("present", ["staging_imaging"], True),
    ("absent", [], 0),
    ("present", ["L01FF02", "H02AB02", "B01AB05", "A02BC01"]),
    ("present", ["surgery", "radiotherapy"]), ("absent", []), ("present", ["B01AB05"]), ("unknown", []),
    ("present", 2, None), ("present", "palliative"))))

# i07 -- GP, DOCX, short ---------------------------------------------------
L.append(dict(id="i07", fmt="docx", author="Dr P-A Roussel", letter_date=date(2025, 4, 24), birth=date(1956, 5, 2),
              text="""\
Dr Pierre-Alain ROUSSEL
Médecin généraliste – Maison de santé des Hauts-de-Vernay – 02 43 71 08 59
Le 24/04/2025
Objet : M. Gérard BOUCHARDEAU, né le 02/05/1956
Cher confrère,
Je me permets de vous adresser M. Bouchardeau pour avis.
Il a consulté aux urgences le 2 avril pour une colique néphrétique gauche. Le scanner abdomino-pelvien du 03/04/2025, fait pour la lithiase, a retrouvé de façon fortuite de multiples lésions ostéocondensantes du bassin, du sacrum et de L4-L5. Le PSA que j'ai demandé est à 238 ng/ml. Au toucher rectal, prostate dure et irrégulière. Une origine prostatique est très probable ; les biopsies prostatiques sont prévues le 12 mai avec le Dr Tessier (urologue). La scintigraphie est faite, je n'ai pas encore le compte rendu.
Sur le plan douloureux, il n'a aucune douleur osseuse : la douleur lombaire était celle de la colique néphrétique et a disparu après l'expulsion du calcul.
ATCD : diabète de type 2, HTA, infarctus en 2019 (stent). Père décédé d'un cancer de la prostate à 80 ans.
Traitement : Glucophage 1000 mg x2, Triatec 5 mg, Kardégic 75 mg, Tahor 40 mg. Pas d'anticoagulant.
Pouvez-vous me dire quelle est la conduite à tenir, et s'il faut débuter un traitement avant les résultats des biopsies ?
Confraternellement,
Dr Roussel
""", gold=lambda: gold(
    "i07", "M", 68,
    ("uncertain", "prostate", None, {"PSA": "positive"}),
    ("present", ["incidental_imaging"], True),
    ("absent", [], None),
    ("present", ["A10BA02", "C09AA05", "B01AC06", "C10AA05"]),
    ("unknown", []), ("unknown", []), ("absent", []), ("present", ["B01AC06"]),
    ("unknown", None, None), ("unknown", None))))

# i08 -- pain physician, PDF (long) ----------------------------------------
L.append(dict(id="i08", fmt="pdf", letter_date=date(2025, 3, 3), written_age=54, text="""\
Consultation Douleur chronique – Clinique du Parc Montrevel
Dr Nadia BELKACEM-ROUX, algologue
7 rue du Docteur-Roux – 01560 Montrevel-sur-Reyssouze – Tél. 04 74 30 58 16

                                                  Montrevel, le 3 mars 2025

Objet : Mme Isabelle CHARPENTIER, 54 ans

Madame, Monsieur, chers collègues,

Je vous adresse Mme Charpentier pour discussion en RCP métastases osseuses. Elle est suivie par le Dr Aubertin (oncologie, CH de Montrevel) pour un carcinome canalaire infiltrant du sein droit, RE 90 %, RP négatif, HER2 négatif (score 1+), traité en 2019 (mastectomie, chimiothérapie adjuvante, radiothérapie pariétale, puis tamoxifène, arrêté en 2022 au moment de la rechute).

Les métastases osseuses ont été découvertes sur le scanner de surveillance de juin 2022 (humérus droit, 5e et 6e côtes droites, D6), alors indolores. Traitement depuis juillet 2022 : Kisqali 600 mg (3 semaines sur 4) + Faslodex 500 mg mensuel, toujours en cours, maladie stable au dernier bilan (janvier 2025).
L'humérus droit, jugé à haut risque fracturaire (score de Mirels à 9), a bénéficié d'un enclouage préventif en septembre 2022 puis d'une radiothérapie 20 Gy en 5 fractions.

HISTOIRE DOULOUREUSE
Depuis l'automne 2024, douleurs de l'hémithorax droit et de l'épaule droite.
1) Épaule et bras droits : douleur à la mobilisation et au port de charges, pas de douleur au repos.
2) Thorax droit : douleur intercostale en bande (T5-T6) à type de brûlure, avec allodynie au contact des vêtements et paresthésies, DN4 à 5/10 : composante neuropathique en regard de la lésion costale.
Elle ne décrit pas de réveil nocturne ; le sommeil est bon.
EVA à 7/10 en décembre, actuellement 3/10 sous traitement.
Elle signale aussi depuis trois semaines des céphalées frontales ; l'IRM cérébrale du 20/02 est normale.

TRAITEMENT ANTALGIQUE ET CO-ANALGÉSIQUE
- Oxycontin LP 20 mg x 2/j
- Oxynormoro 5 mg en interdose (2 à 3 prises/j, surtout avant la kinésithérapie)
  soit environ 90 mg/j d'équivalent morphine orale
- Laroxyl 10 gouttes le soir
- Paracétamol 1 g x 3/j
- Prégabaline essayée en décembre, arrêtée pour vertiges et somnolence.

AUTRES TRAITEMENTS
Kisqali, Faslodex, Zométa 4 mg tous les 3 mois (dernière perfusion le 14/02/2025), Orocal D3 1 cp/j, Imovane 7,5 mg le soir.
Anticoagulant : non. Antiagrégant : non.

OMS 1 ; elle travaille à mi-temps.

QUESTIONS À LA RCP
La lésion de la 6e côte droite (seule lésion symptomatique, jamais irradiée) relève-t-elle d'une radiothérapie antalgique ou d'une cryoablation ? Faut-il envisager un bloc intercostal ?

Dr N. Belkacem-Roux
""", gold=lambda: gold(
    "i08", "F", 54,
    ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
    ("present", ["staging_imaging"], True),
    ("present", ["mechanical", "neuropathic"], 3),
    ("present", ["N02AA05", "N06AA09", "N02BE01", "L01EF02", "L02BA03", "M05BA08", "A12AX", "N05CF01"]),
    ("present", ["surgery", "radiotherapy"]), ("present", ["M05BA08"]), ("absent", []), ("absent", []),
    ("present", 1, None), ("present", None))))

# i09 -- radiation oncologist, TXT telegraphic ------------------------------
L.append(dict(id="i09", fmt="txt", enc="utf-8", nl="\n", letter_date=date(2025, 2, 18), written_age=66, text="""\
CR CONSULTATION RADIOTHERAPIE
Dr T. BENHAMOU - CH de Lanvern - Service de Radiothérapie - 02 98 41 55 70
Date : 18/02/2025

Mme KERVELLA Anne-Marie, 66 ans
Motif : avis RCP MO - nouvelle douleur cervicale

ADK pulmonaire LID stade IV, EGFR muté (del19), ALK neg, PD-L1 < 1 %. Dg 09/2024.
Découverte os : douleurs fessières G depuis août 2024, mises sur le compte d'une sciatique -> IRM bassin 17/09/2024 : lésion lytique aile iliaque G -> bilan -> primitif pulmonaire.
Ttt onco : Tagrisso 80 mg/j depuis 10/2024, bonne tolérance, RP au TDM de janvier.
RT antalgique aile iliaque G 8 Gy fraction unique le 10/10/2024 -> douleur fessière disparue depuis mi-novembre, EVA 0 sur ce site.

Ce jour : cervicalgies depuis ~3 semaines, EN 5/10, majorées à la rotation et à la flexion de la tête, calmées au repos. Pas de NCB, pas de paresthésies des MS, pas de brûlure. Pas de réveil nocturne. Examen neuro normal.
IRM cervicale 11/02 : lésion de C4 (corps + lame G), mur post respecté, pas d'épidurite. SINS 8.

ATCD : EP bilatérale 11/2024 sous Xarelto 20 mg/j (Plavix arrêté à l'introduction, pour AOMI). HTA.
Ttt : Tagrisso 80, Xarelto 20, Efferalgan 1 g x3/j, Lamaline 2 gél si besoin, Amlor 5.
Pas de ttt anti-résorptif à ce jour (Xgeva envisagé après avis dentaire).
PS 1.

Proposition : RT stéréotaxique C4 (3 x 8 Gy ?) vs RT conformationnelle 20 Gy/5 fr. Avis RCP ? Intérêt d'une minerve ?
""", gold=lambda: gold(
    "i09", "F", 66,
    ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
    ("present", ["pain"], True),
    ("present", ["mechanical"], 5),
    ("present", ["L01EB04", "B01AF01", "N02BE01"]),
    ("present", ["radiotherapy"]), ("absent", []), ("present", ["B01AF01"]), ("absent", []),
    ("present", 1, None), ("present", None))))

# i10 -- GP, PDF -----------------------------------------------------------
L.append(dict(id="i10", fmt="pdf", letter_date=date(2025, 3, 20), written_age=79, text="""\
Docteur Françoise LEMOAL-BERTIN
Médecine générale
3 impasse des Glycines – 35590 Saint-Méen-la-Forêt
Tél : 02 99 07 63 12

                                                  Le 20 mars 2025

Cher confrère,

Je vous adresse Mme Simone GUÉRIN, 79 ans, pour avis de la RCP métastases osseuses.

Le 2 février dernier, elle a fait une chute de sa hauteur dans sa cuisine (glissade) avec une douleur thoracique droite. La radiographie faite aux urgences a montré des fractures des 7e et 8e côtes droites, rapportées dans un premier temps à son ostéoporose connue. Devant la persistance des douleurs, un scanner thoracique a été réalisé le 24/02 : les fractures siègent sur des lésions lytiques, et il existe d'autres lésions lytiques vertébrales (D9, L1) et du sternum. Bilan fait en hôpital de jour (Dr Pasquier, CH de Ploërmel-Nord) : électrophorèse des protéines normale, pas de pic monoclonal, chaînes légères normales, ce qui élimine un myélome. Biopsie de D9 le 06/03 : métastase d'un adénocarcinome, CK7+, TTF1-, GATA3-. Le scanner TAP et la mammographie n'ont pas retrouvé de primitif ; un TEP est programmé.

Douleurs : thoraciques droites, qu'elle qualifie de « modérées », majorées par la toux, les mouvements et le passage couché-assis. Elle ne se réveille pas la nuit. Elle se plaint aussi de brûlures d'estomac depuis la prise de Voltarène, que j'ai donc arrêté le 10/03. Par ailleurs migraines anciennes, inchangées.

ATCD : ostéoporose fracturaire (fracture du poignet en 2018) traitée par Bonviva 150 mg, 1 comprimé par mois depuis 2019, toujours en cours ; hypothyroïdie ; cholécystectomie.
Tabac : non. Pas d'antécédent familial de cancer connu.

Traitement actuel :
Dafalgan codéiné 2 cp x 3/j
Levothyrox 75 µg
Inexium 20 mg
Cacit D3 1 sachet/j
Bonviva 150 mg mensuel
Elle ne prend ni anticoagulant ni antiagrégant.

Elle reste assez autonome, aidée par sa fille pour les courses ; je l'estime OMS 2.

Merci de me dire si un geste (radiothérapie, vertébroplastie de D9 ?) est indiqué et qui doit coordonner la suite de la prise en charge.

Bien confraternellement,
Dr F. Lemoal-Bertin
""", gold=lambda: gold(
    "i10", "F", 79,
    ("present", "unknown_primary", "adenocarcinoma", {}),
    ("present", ["pathological_fracture"], True),
    ("present", ["mechanical"], None),
    ("present", ["N02AJ06", "H03AA01", "A02BC05", "A12AX", "M05BA06"]),
    ("unknown", []), ("present", ["M05BA06"]), ("absent", []), ("absent", []),
    ("present", 2, None), ("unknown", None))))

# i11 -- rheumatologist, TXT cp1252 ---------------------------------------
L.append(dict(id="i11", fmt="txt", enc="cp1252", nl="\r\n", letter_date=date(2025, 3, 10), birth=date(1950, 9, 23),
              text="""\
Dr Marc-Olivier THÉVENET
Rhumatologie - Polyclinique des Ormeaux
21 avenue Jean-Jaurès, 58340 Saint-Pierre-les-Ormeaux
Tél. 03 86 25 48 11

Saint-Pierre, le 10 mars 2025

Objet : Mme Jacqueline MOREL, née le 23/09/1950

Cher ami,

Je suis Mme Morel depuis 2021 pour une ostéoporose post-ménopausique densitométrique (T-score -3,1 au rachis), traitée par Prolia 60 mg tous les 6 mois depuis mai 2021 (dernière injection le 04/12/2024). Elle a par ailleurs un antécédent de carcinome vésiculaire de la thyroïde : thyroïdectomie totale et IRAthérapie en 2019 au CHU (Pr Delmas), en rémission selon son endocrinologue jusqu'en 2023.

En novembre 2024, je lui ai fait faire des radiographies du bassin pour une coxalgie droite que je rapportais à sa coxarthrose : elles ont montré, de façon inattendue, une lacune de l'ischion gauche, côté asymptomatique. Le scanner puis l'IRM ont confirmé une lésion lytique ischio-pubienne gauche de 4 cm, et la thyroglobuline est remontée à 85 ng/ml. Le TEP-FDG de janvier 2025 ne montre pas d'autre lésion. La biopsie a confirmé une métastase de carcinome vésiculaire thyroïdien.

Sur le plan douloureux, la patiente ne se plaint que de sa hanche droite : douleur mécanique, à la marche prolongée et à la montée des escaliers, EVA 4/10, d'allure arthrosique, sans douleur nocturne ni brûlure. Côté gauche, aucune douleur.

Traitement :
- Prolia 60 mg / 6 mois
- Levothyrox 150 µg
- Zyma D 50 000 UI, une ampoule par mois
- Doliprane 1 g, 2 à 3 par jour
- Cardensiel 2,5 mg
Elle m'a dit être sous Eliquis depuis une FA découverte l'été dernier, mais ce traitement ne figure pas sur l'ordonnance qu'elle m'a apportée : à vérifier auprès de son cardiologue.

Aucun traitement local de la lésion osseuse n'a été réalisé (ni radiothérapie externe ni chirurgie).
Une nouvelle IRAthérapie est envisagée par l'endocrinologue.

Je souhaiterais l'avis de la RCP sur l'intérêt d'un traitement local de la lésion ischiatique (radiothérapie stéréotaxique, cryoablation, chirurgie ?) et sur la poursuite du Prolia ou le passage au Xgeva.

Amicalement,
M.-O. Thévenet
""", gold=lambda: gold(
    "i11", "F", 74,
    ("present", "thyroid", "other", {}),
    ("present", ["incidental_imaging"], True),
    ("present", ["mechanical"], 4),
    ("present", ["M05BX04", "H03AA01", "A11CC05", "N02BE01", "C07AB07"]),
    ("absent", []), ("present", ["M05BX04"]), ("uncertain", ["B01AF02"]), ("unknown", []),
    ("unknown", None, None), ("unknown", None))))

# i12 -- pain / palliative mobile team, DOCX form -------------------------
L.append(dict(id="i12", fmt="docx", author="EMDSP Beaulieu", letter_date=date(2025, 2, 11), birth=date(1963, 6, 30),
              written_age=61, text="""\
## Équipe Mobile Douleur et Soins Palliatifs – CH de Beaulieu-sur-Dordonne
Dr Karim BENSLIMANE – poste 4417 – 05 55 91 40 00
Le 11/02/2025
## RCP métastases osseuses – fiche de demande
| Patient | M. Alain ROUQUETTE, 61 ans, né le 30/06/1963 |
| Oncologue référent | Dr Pelletier-Ansart |
| Tumeur primitive | adénocarcinome du côlon sigmoïde, KRAS muté (G12D), BRAF non muté, MSS ; diagnostic en septembre 2024 |
| Circonstances de découverte de l'atteinte osseuse | révélée par une compression médullaire D7 le 16/09/2024 (paraparésie brutale, troubles sphinctériens), qui a conduit au diagnostic du cancer |
| Traitements locaux antérieurs | non opérable (état général, extension) : radiothérapie décompressive D6-D8 5 x 4 Gy du 17 au 23/09/2024 ; récupération partielle, marche avec aide |
| Traitement oncologique actuel | FOLFIRI-bévacizumab, C9 le 05/02/2025 |
## Douleur
Douleur en ceinture thoracique (D7), à type de décharges électriques et de brûlures, avec allodynie, DN4 7/10. Réveils nocturnes fréquents (2 à 3 par nuit). Pas de majoration à la mobilisation ni à la marche. EN 7/10 en décembre, 6/10 ce jour malgré l'augmentation des opioïdes. Palier 3 depuis octobre.
Accès douloureux paroxystiques : 2 à 3 par jour, spontanés, brefs.
## Traitements en cours
| Médicament | Posologie |
| Sophidone LP 8 mg | 1 matin et soir |
| Sophidone 4 mg | interdose, jusqu'à 4/j |
| Cymbalta 60 mg | 1/j le matin |
| Paracétamol 1 g | x 4/j |
| Innohep 14 000 UI | 1 injection/j (TVP surale droite en 12/2024) |
| Transipeg | 2 sachets/j |
Un relais par méthadone est envisagé en cas d'échec.
| Xgeva | arrêté en janvier 2025 (hypocalcémie sévère) |
| Anticoagulants | non |
| Antiagrégants | non renseigné |
| État général | OMS 2 |
| Objectif | traitement palliatif |
## Question
Devant une douleur neuropathique rebelle en territoire irradié, une ré-irradiation stéréotaxique de D7 est-elle possible, ou faut-il discuter une radiofréquence / alcoolisation ? Avis sur une analgésie intrathécale.
Dr K. Benslimane
""", gold=lambda: gold(
    "i12", "M", 61,
    ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
    ("present", ["neurological_deficit"], True),
    ("present", ["neuropathic", "nocturnal"], 6),
    ("present", ["N02AA03", "N06AX21", "N02BE01", "B01AB10", "A06AD15"]),
    ("present", ["radiotherapy"]), ("absent", []), ("conflicting", ["B01AB10"]), ("unknown", []),
    ("present", 2, None), ("present", "palliative"))))


# ---------------------------------------------------------------------------
# Contract check
# ---------------------------------------------------------------------------
def check(letter, g, ref):
    i = g["id"]
    flat = fold(letter["text"])

    def need(cond, msg):
        if not cond:
            fail(f"{i}: {msg}")

    need(i == letter["id"], "id mismatch")
    need(set(g) == {"id", "patient", "antiplatelets", "gaps", *ITEMS9}, "keys")
    need(g["patient"]["sex"] in ("F", "M"), "sex")
    age = g["patient"]["age"]
    need(isinstance(age, int) and 0 < age < 110, "age")
    if "birth" in letter:
        need(age == age_at(letter["birth"], letter["letter_date"]),
             f"age {age} != computed {age_at(letter['birth'], letter['letter_date'])}")
        need(letter["birth"].strftime("%d/%m/%Y") in letter["text"], "birth date not in text")
    if "written_age" in letter:
        need(age == letter["written_age"] and f"{age} ans" in letter["text"], "written age")
    need("birth" in letter or "written_age" in letter, "no age source")
    for item, allowed in STATUSES.items():
        need(g[item]["status"] in allowed, f"{item} status {g[item]['status']}")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], "unknown tumour has values")
    need(pt["site"] is None or pt["site"] in SITES, "site code")
    need(pt["histology"] is None or pt["histology"] in HISTOLOGIES, "histology code")
    for k, v in pt["biomarkers"].items():
        need(k in BIOMARKERS and v in RESULTS, f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    need(all(c in CIRCS for c in bd["circumstances"]), "circumstance code")
    need(isinstance(bd["dated"], bool), "dated bool")
    if bd["status"] == "present":
        need(bd["circumstances"], "boneDiagnosis present without circumstance")
    else:
        need(not bd["circumstances"] and not bd["dated"], "unknown boneDiagnosis has values")
    p = g["pain"]
    need(all(t in PAIN_TYPES for t in p["types"]), "pain type code")
    need(p["intensity"] is None or (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10), "intensity")
    if p["status"] in ("absent", "unknown"):
        need(not p["types"], "pain types on absent/unknown pain")
        need(p["intensity"] in (None, 0), "non-zero intensity on absent pain")
    if p["intensity"] is not None:
        need(f"{p['intensity']}/10" in letter["text"].replace(" /", "/"), "intensity not written as N/10")
    loc = g["priorLocalTreatments"]
    need(all(t in LOCAL for t in loc["types"]), "local treatment type")
    need(bool(loc["types"]) == (loc["status"] == "present"), "local types vs status")
    meds = g["currentMedications"]
    for c in meds["atc"]:
        need(c in ref, f"ATC {c} not in atc-reference.tsv")
    need(len(set(meds["atc"])) == len(meds["atc"]), "duplicate ATC")
    if meds["status"] != "present":
        need(not meds["atc"], "drugs on non-present medications")
    for name, prefixes in AGENT_PREFIX.items():
        sec = g[name]
        for c in sec["atc"]:
            need(c in ref, f"{name} ATC {c} not in reference")
            need(c.startswith(prefixes), f"{name} holds {c}, wrong group")
        if sec["status"] in ("absent", "unknown"):
            need(not sec["atc"], f"{name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            for c in sec["atc"]:
                need(c in meds["atc"], f"{name} agent {c} missing from currentMedications")
        if sec["status"] == "uncertain":
            for c in sec["atc"]:
                need(c not in meds["atc"], f"{name} doubtful agent {c} listed as current")
        if sec["status"] in ("present", "conflicting", "uncertain"):
            need(meds["status"] != "absent", f"{name} {sec['status']} with medications absent")
    # every drug of an agent group among current drugs sits in its section
    for c in meds["atc"]:
        for name, prefixes in AGENT_PREFIX.items():
            if c.startswith(prefixes):
                need(c in g[name]["atc"] and g[name]["status"] in ("present", "conflicting"),
                     f"current {c} not in {name}")
    # each code is named in the letter (dci, INN or brand)
    for c in set(meds["atc"]) | {c for n in AGENT_PREFIX for c in g[n]["atc"]}:
        need(any(fold(nm) in flat for nm in ref[c]), f"no name of {c} in letter text")
    pr = g["prognosis"]
    need(set(pr) <= {"status", "ecog", "kps"}, "prognosis keys")
    ecog, kps = pr.get("ecog"), pr.get("kps")
    need(ecog is None or ecog in range(0, 5), "ecog range")
    need(kps is None or (kps % 10 == 0 and 0 <= kps <= 100), "kps range")
    if pr["status"] == "unknown":
        need(ecog is None and kps is None, "unknown prognosis with PS")
    tp = g["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, "intent code")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "intent on unknown project")
    words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support exclusifs"}
    if tp["intent"]:
        need(words[tp["intent"]] in flat, "intent word absent from letter")
    need(g["gaps"] == derive_gaps(g), "gaps differ from the rule")
    for item, kind in g["gaps"]:
        need(item in ITEMS9 and kind in ("missing", "uncertain", "conflicting", "incomplete"), "gap code")


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def docx_blocks(text):
    blocks, table = [], None
    for line in text.splitlines():
        if line.startswith("| "):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if table is None:
                table = []
            table.append(cells)
            continue
        if table is not None:
            blocks.append(("table", table))
            table = None
        if line.startswith("## "):
            blocks.append(("h", line[3:]))
        elif line.strip():
            blocks.append(("p", line))
    if table is not None:
        blocks.append(("table", table))
    return blocks


def main():
    ref = load_atc()
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    golds = []
    seen = set()
    for letter in L:
        g = letter["gold"]()
        check(letter, g, ref)
        need_unique = letter["id"] not in seen
        if not need_unique:
            fail(f"duplicate id {letter['id']}")
        seen.add(letter["id"])
        golds.append(g)
    for old in list(letters_dir.iterdir()) + list(gold_dir.iterdir()):
        old.unlink()
    for letter, g in zip(L, golds):
        stem = letter["id"]
        if letter["fmt"] == "txt":
            data = letter["text"].replace("\n", letter["nl"]).encode(letter["enc"])
            (letters_dir / f"{stem}.txt").write_bytes(data)
        elif letter["fmt"] == "pdf":
            write_pdf(letters_dir / f"{stem}.pdf", letter["text"], title=f"Courrier {stem}")
        elif letter["fmt"] == "docx":
            write_docx(letters_dir / f"{stem}.docx", docx_blocks(letter["text"]), author=letter["author"])
        else:
            fail(f"{stem}: format")
        (gold_dir / f"{stem}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"corpus25: {len(L)} letters and golds written, contract checks passed")


if __name__ == "__main__":
    main()
