#!/usr/bin/env python3
"""Build the held-out mini-corpus: 14 referral letters (h01-h14) and their gold records.

    .venv/bin/python tests/corpus/make_letters.py

Letters go to tests/corpus/letters/ (TXT, DOCX via python-docx, PDF via fpdf2
with the core Helvetica font, hence latin-1 text only); gold records to
tests/corpus/gold/hNN.json in the spec's "Evaluation record" format. The gaps
are derived from the gold values by the spec's Gaps rule (see gaps_for).
Patients, physicians and places are invented.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "letters"
GOLD = HERE / "gold"

# --------------------------------------------------------------------------
# Letter texts
# --------------------------------------------------------------------------

H01 = """Centre Hospitalier de Valmeraye - Service d'Oncologie médicale
Dr Hélène Castagnac, oncologue

Valmeraye, le 12 juin 2025

Cher confrère, chère consœur,

Je vous adresse pour avis en RCP métastases osseuses M. Gérard Pellissier, 67 ans,
suivi pour un ADK pulmonaire (CBNPC) du LSD, stade IV d'emblée.
Biologie moléculaire : EGFR WT, pas de réarrangement ALK, ROS1 négatif, PDL1 <1%.
ATCD : FA, HTA, tabagisme sevré (40 PA). Père décédé d'un K pulmonaire.

Histoire osseuse : lésions lytiques du sacrum et de l'aile iliaque gauche découvertes
sur le TEP du bilan initial, depuis mi-mars. Douleur sacrée insomniante, EN 7/10
malgré les morphiniques.
Pas d'antécédent de radiothérapie, aucun geste local osseux à ce jour.
Pas de Xgeva ni de Zometa à ce jour (bilan dentaire en cours).

Tt actuel :
- Carboplatine-pemetrexed (C3 le 02/06/2025) ; pembrolizumab arrêté pour colite grade 3
- Xareltro 20 mg 1 cp/j (FA)
- Skenan LP 30 mg matin et soir, Actiskenan 10 mg si besoin
- Doliprane 1 g x 3/j
- Triatec 5 mg

PS 1. Traitement à visée palliative.
Question : RT antalgique du sacrum ? Indication d'une cimentoplastie ?

Bien confraternellement,
Dr H. Castagnac
"""

H02 = """Dr Antoine Reboul - Radiothérapie-oncologie
Clinique des Tilleuls, Saint-Orbel
Le 18/06/2025

Objet : Mme Josiane MARCADIER, 58 ans - demande d'avis RCP MO

Chère consœur,

Je revois ce jour Mme Marcadier, 58 ans, pour un K du sein gauche (carcinome lobulaire
infiltrant) RH+, HER2 2+ FISH négative, métastatique osseux depuis 2023 (métastases
révélées par des dorsalgies).
Pas d'ATCD thromboembolique. Non anticoagulée.
Elle a reçu une RT 8 Gy en fraction unique sur T8 le 3/2/25, avec bon effet antalgique.
Depuis 3 semaines, apparition d'une douleur de la hanche droite à la mise en charge,
EVA 5/10, sans irradiation. L'IRM retrouve une lésion du col fémoral droit (Mirels 8).

Ttt en cours :
  Kisqali 600 mg/j 3 sem/4 + Femara 2,5 mg/j
  Xgeva 120 mg SC / 4 sem
  Eliquiss 5 mg x2/j
  Cacit D3 1 sachet/j
  Doliprane 1 g si besoin

OMS 2.
Je souhaiterais un avis sur une RT de la hanche vs une ostéosynthèse préventive.

Bien à vous,
A. Reboul
"""

H03_PARAS_BEFORE = [
    "Service d'Urologie - Hôpital Saint-Aurèle, Brévannes",
    "Dr Marc-Olivier Thuillier, urologue",
    "Brévannes, le 10/06/2025",
    "Objet : M. Raymond GASPARD, 74 ans - RCP métastases osseuses",
    "Cher confrère,",
    "Monsieur Gaspard, 74 ans, présente un ADK prostatique Gleason 8 (4+4), ISUP 4, "
    "diagnostiqué en 2023 sur un PSA à 87 ng/mL. La scintigraphie osseuse du bilan "
    "d'extension en octobre 2023 montrait des lésions du bassin et du rachis lombaire. "
    "Maladie hormonosensible, sous blocage androgénique.",
    "Il décrit depuis un mois une douleur lombaire irradiant à la face postérieure de la "
    "cuisse gauche, type sciatalgie, sans déficit moteur.",
    "Aucun traitement local osseux antérieur (ni RT ni chirurgie).",
    "Prolia prescrit par son rhumatologue pour ostéoporose, interrompu en 2024 (soins dentaires).",
    "Traitement actuel :",
]
H03_TABLE = [
    ("Médicament", "Posologie", "Indication"),
    ("DECAPEPTYL LP 11,25 mg", "1 inj / 3 mois", "hormonothérapie"),
    ("NUBEQA 300 mg", "2 cp x 2/j", "hormonothérapie"),
    ("LOVENOX 4000 UI", "1 inj SC/j", "préventif (post-op genou, jusqu'au 20/06)"),
    ("KARDEGIC 75 mg", "1 sachet/j", "stent coronaire 2019"),
    ("DOLIPRANE 1 g", "1 cp x 3/j", "antalgique"),
    ("TAHOR 20 mg", "1 cp le soir", "dyslipidémie"),
]
H03_PARAS_AFTER = [
    "État général conservé, OMS 1.",
    "Question : intérêt d'une RT antalgique de L4-L5 ? Poursuite du Décapeptyl et du Nubeqa.",
    "Bien cordialement,",
    "Dr M.-O. Thuillier",
]

H04 = """Service de Rhumatologie - CHU de Pontaillac
Dr Sylvie Arnoult, rhumatologue
Pontaillac, le 05/06/2025

Objet : Madame Odette BRUNEL, 71 ans

Chere consoeur, cher confrere,

Je vous adresse Mme Brunel, 71 ans, pour discussion en RCP metastases osseuses.
Elle consulte depuis mi-mars pour des lombalgies d'horaire inflammatoire avec
derouillage matinal de 45 minutes et reveils nocturnes, EVA 6/10 actuellement.
L'IRM rachidienne retrouve des lesions multiples (L2, L4, sacrum) avec tassement de L2.
La biopsie scanno-guidee de L4 conclut a une metastase d'adenocarcinome, CK7+, TTF1-,
GATA3- : primitif non retrouve a ce stade (TEP, mammographie et fibroscopie normales).
Electrophorese des proteines seriques normale.
Cimentoplastie de L2 realisee le 12/04/2025, avec amelioration partielle.

ATCD : HTA, osteoporose, cholecystectomie. Mere traitee pour un K du sein a 60 ans.
Pas de ttt anticoag.
Traitement : Acupan 20 mg x3/j, Voltarene 50 mg x2/j, Inexium 20 mg, Amlor 5 mg.
Etat general : IK 70%.

Le bilan etiologique se poursuit (coloscopie prevue).
Question : indication d'une RT antalgique sur le sacrum en attendant le diagnostic
du primitif ?

Bien confraternellement,
Dr S. Arnoult
"""

H05 = """De : Julien Ferrand, interne DES oncologie (pour le Dr Vasseur)
Date : 15/06/2025
Objet : RCP os - M. LEBRETON Alain, né le 12/09/1961

Bonjour,

Pt de 63 ans, K rein G à cellules claires, néphrectomie élargie 2021, rechute osseuse
et pulmonaire 2024. Sous Cabometyx 40 mg/j depuis 09/2024 (dose réduite pour sd main-pied).
Fracture patho du col fémoral D le 02/05/25 sur lésion lytique -> PTH le 05/05/25
(Dr Morvan). Depuis, impotence fonctionnelle partielle, douleur à la marche EN 6,
marche avec 2 cannes.
ATCD : FA, HTA, DT2.
Anticoag : sous AOD pour sa FA (molécule à préciser, cf courrier cardio).
Ttt : Cabometyx, Topalgic LP 100 x2, Doliprane 1g x4, bisoprolol 5, Glucophage 1000 x2.
Pas de bisphosphonate ni denosumab à ce jour.
PS 2. Objectif palliatif, EDV estimée > 6 mois.

Q : RT post-op du fémur D ? Début d'un tt anti-résorptif ?

Merci,
J. Ferrand
"""

H06_HEADER = [
    "FICHE DE DEMANDE - RCP MÉTASTASES OSSEUSES",
    "Unité d'Oncogériatrie - Hôpital de Lormont-sur-Vire",
]
H06_FORM = [
    ("Demandeur", "Dr Claire Dufresne, gériatre"),
    ("Date", "11/06/2025"),
    ("Patient(e)", "Mme Yvonne TESSIER, 86 ans     ☐ H   ☒ F"),
    ("Tumeur primitive", "ADK du côlon sigmoïde (colectomie en 2022), KRAS muté G12D, BRAF non muté, MSS"),
    ("Découverte osseuse", "☐ Douleur  ☐ Fracture  ☐ Déficit neurologique  ☐ Hypercalcémie  ☒ Imagerie de suivi  ☐ Autre\n"
                           "Scanner TAP de surveillance en janvier 2025 : lésions lytiques iliaque D et T11"),
    ("Douleur", "☐ Non  ☒ Oui : ☒ mécanique  ☐ neuropathique  ☐ nocturne     EVA 4/10"),
    ("Traitements locaux antérieurs", "☐ Radiothérapie  ☐ Chirurgie  ☐ Cimentoplastie  ☒ Aucun"),
    ("Traitement osseux (BP / dénosumab)", "☐ Oui  ☐ Non"),
    ("Anticoagulant", "☐ Oui  ☒ Non"),
    ("Antiagrégant", "☒ Oui  ☐ Non   Kardegic 160 mg"),
    ("Traitements en cours", "Xeloda 1000 mg x2/j J1-J14 (dose adaptée à l'âge), Kardegic 160, "
                             "Doliprane 1 g x3, Forlax 1 sachet/j, Levothyrox 50 µg"),
    ("État général", "OMS 3 - G8 = 9/17 ; espérance de vie estimée à quelques mois"),
    ("Intention", "☐ Curatif  ☒ Palliatif  ☐ Soins de support exclusifs"),
    ("Question posée", "RT antalgique de l'aile iliaque droite en séance unique ?"),
]

H07 = """Service de Chirurgie Orthopedique et Traumatologique
Hopital Prive du Val-Sarrac - Dr Thomas Kervella
Le 28/05/2025

Compte rendu de consultation post-operatoire - adresse a la RCP metastases osseuses

M. Damien FOUQUET, 52 ans, suivi pour un melanome cutane du dos, BRAF V600E mute,
metastatique (poumon, foie, os), sous dabrafenib-trametinib depuis fevrier 2025
(Dr Lenoir, oncologue).
Le 14/05/2025, chute de sa hauteur avec fracture pathologique diaphysaire du femur droit
sur metastase lytique. Enclouage centromedullaire verrouille le 15/05/2025. Suites simples.
Ce jour : cicatrice propre, appui complet autorise, douleurs post-operatoires controlees,
EVA 3.
Traitement de sortie : Lovenox 4000 UI preventif pendant 35 jours, Oxynorm 5 mg si besoin,
Doliprane 1 g x4/j.
Il me semble qu'il prend aussi du Kardegic (stent ?), a confirmer avec son cardiologue.
Une RT post-operatoire de l'ensemble du fut femoral est a programmer. La suite du
traitement oncologique sera discutee avec son oncologue ; le dabrafenib-trametinib
est poursuivi.
Merci de discuter en RCP : RT post-op et traitement anti-resorptif.

Dr T. Kervella
"""

H08 = """Dr Bernard Lacombe
Médecine générale
4 rue des Capucines, 71990 Saint-Vérand-les-Bois

Le 2 juin 2025

Chère Consœur, Cher Confrère,

Je me permets de vous adresser Mme Colette Rivière, 69 ans, que je suis depuis longtemps.
Elle a été opérée en 2019 d'un carcinome vésiculaire de la thyroïde (thyroïdectomie
totale puis irathérapie). Sa sœur a également eu un cancer de la thyroïde.
Depuis 2 mois elle se plaint de douleurs du bassin, surtout la nuit, qui la réveillent.
Le scanner demandé devant ces douleurs montre une lésion lytique de l'aile iliaque
gauche et du pubis, et la thyroglobuline est remontée à 240.
Elle prend : Levothyrox 125 µg, Doliprane 1 g jusqu'à 4 fois par jour, Contramal 50 mg
le soir, Inipomp 20 mg.
Elle n'a jamais reçu de radiothérapie sur les os.
Le Dr Jaubert (médecine nucléaire) envisage une nouvelle irathérapie, mais je
souhaiterais votre avis sur la prise en charge de ces lésions osseuses.

Bien confraternellement.
Dr B. Lacombe
"""

H09 = """SERVICE DE NEUROCHIRURGIE - CHU de Marvejac
Pr Étienne Roussel / Dr Lina Benhamou
Marvejac, le 26/05/2025

Objet : M. Henri CHASTAING, 71 ans

Cher ami,

Nous avons pris en charge en urgence M. Chastaing, 71 ans, suivi pour un carcinome
urothélial de vessie (cystectomie en 2023), jusque-là métastatique ganglionnaire seul,
admis le 18/05/2025 pour une compression médullaire T10 révélant une épidurite
métastatique : paraparésie cotée 3/5, troubles sphinctériens, douleurs radiculaires
en ceinture.
Il a bénéficié le 19/05/2025 d'une laminectomie décompressive T10-T11 avec ostéosynthèse
T8-T12 percutanée. Récupération motrice partielle (4/5), marche avec déambulateur.
Douleurs actuelles : EN 4/10 (8/10 à l'entrée), toujours à type de décharges électriques
en ceinture.
Immunothérapie (Keytruda) suspendue depuis l'hospitalisation.
Sans traitement anti-résorptif. Aucun antiagrégant.
Traitement actuel : Dectancyl 8 mg/j en décroissance, Oxycontin 20 mg x2, Lyrica 75 mg x2,
Inexium 40 mg, HBPM préventive.
Karnofsky 50 %. Pronostic vital engagé à moyen terme selon son oncologue.
Une RT post-opératoire T8-T12 est à programmer dans les 3 semaines.

Amitiés,
Dr L. Benhamou
"""

H10_PARAS_BEFORE = [
    "Institut de Cancérologie de Bellerive - Dr Nadia Ferhat, oncologue médicale",
    "Bellerive, le 20 juin 2025",
    "Objet : Mme Sandrine VIDAL, née le 30/06/1980",
    "Chers collègues,",
    "Patiente de 44 ans suivie pour un carcinome canalaire infiltrant du sein droit, RH négatifs, "
    "HER2 0 (triple négatif), diagnostiqué en 2022, traité par chimiothérapie néoadjuvante, "
    "mastectomie et RT pariétale.",
    "Rechute métastatique osseuse diagnostiquée sur le TEP de réévaluation en juin 2024 "
    "(hanche gauche, rachis, côtes). RT de la hanche gauche 20 Gy en 5 fractions en juillet 2024.",
    "TVP fémorale gauche en mars 2025.",
    "Traitements systémiques (antérieurs et en cours) :",
]
H10_TABLE = [
    ("Traitement", "Début", "Fin / statut"),
    ("Paclitaxel + pembrolizumab", "07/2024", "arrêté 01/2025 (progression)"),
    ("Capécitabine (Xeloda) 1500 mg x2 J1-J14", "02/2025", "en cours"),
    ("Acide zolédronique (Zometa) 4 mg / 12 sem", "08/2024", "en cours"),
    ("Fragmine 15000 UI/j", "03/2025", "en cours"),
    ("Laroxyl 10 gouttes le soir", "04/2025", "en cours"),
    ("Dafalgan codéiné 2 cp x3/j", "04/2025", "en cours"),
]
H10_PARAS_AFTER = [
    "Douleurs costales droites à type de brûlures, EN 5/10, DN4 6/10.",
    "PS 1. Projet : poursuite de la capécitabine à visée palliative.",
    "Question : RT d'une lésion de la 8e côte droite, douloureuse ?",
    "Bien à vous,",
    "Dr N. Ferhat",
]

H11 = """Departement de Radiotherapie - Centre Jean-Marcelin, Rochebrune
Dr Paul Ghesquiere, radiotherapeute
Rochebrune, le 04/06/2025

Objet : demande d'avis RCP metastases osseuses - M. Francis OUDIN, 60 ans

Cher collegue,

M. Oudin, 60 ans, presente un carcinome epidermoide du lobe superieur gauche, PD-L1 80 %,
traite en 2022 par radiochimiotherapie concomitante puis durvalumab (termine en 2023).
Le TEP de suivi du 10/04/2025 montre une lesion hypermetabolique unique de l'arc
posterieur de la 6e cote droite, sans autre localisation : situation oligometastatique.
Le patient est asymptomatique sur le plan osseux.
Aucune irradiation osseuse anterieure.
Depuis avril, reprise d'une immunotherapie par pembrolizumab (Keytruda) toutes les 3 semaines.
ATCD : AOMI stentee en 2021, BPCO. Ne prend pas d'anticoagulant.
Traitement habituel : Keytruda, Aspirine Protect 100 mg, Tahor 40, Spiriva.
A l'examen : douleur costale droite a la palpation et a l'inspiration profonde, EN 3/10.
OMS 0.
Nous proposons une SBRT de la lesion costale (3 x 10 Gy), a visee curative, en association
avec l'immunotherapie.

Dr P. Ghesquiere
"""

H12 = """Dr Martine Soulier - Médecin généraliste
Médecin coordonnateur, EHPAD Les Glycines, Chaumes-sur-Orne
Le 16/06/25

Chers confrères,

Mme Lucienne Herbelin, 89 ans, résidente de l'EHPAD, a fait une chute il y a 3 semaines.
La radio du bassin faite aux urgences ne montre pas de fracture mais des lésions
ostéolytiques multiples (bassin, fémurs). Le scanner TAP retrouve un nodule pulmonaire
spiculé du LIG et de multiples lésions lytiques : K pulmonaire probable. Pas de biopsie
(refusée par la patiente et sa fille). Électrophorèse normale.
Depuis, douleurs diffuses du rachis et du bassin, majorées à la mobilisation et aux
soins, EVA 8/10 malgré le patch.
ATCD : démence type Alzheimer modérée, insuffisance cardiaque, HTA.
Traitement : Durogesic 25 µg/h, Actiskenan 5 mg avant les soins, Lasilix 40, Movicol,
Imovane 3,75.
Patiente grabataire, OMS 4. Espérance de vie estimée à quelques semaines.
Il a été décidé avec la famille une prise en charge exclusivement de confort (soins de
support exclusifs, pas de traitement spécifique).
Question : une RT antalgique en séance unique est-elle envisageable ? Zometa à discuter ?

Dr M. Soulier
"""

H13 = """Dr Isabelle Maréchal - Oncologie médicale - Polyclinique du Haut-Lignon
le 9 juin 2025

RCP MÉTASTASES OSSEUSES - fiche de présentation
Patiente : Mme Martine GOURDON, 61 ans

K du sein G, carcinome canalaire infiltrant grade 2, récepteurs hormonaux positifs
(RE 90 %, RP 20 %), HER2 négatif (score 1+), diagnostic initial 2018 (tumorectomie +
RT du sein + tamoxifène 5 ans).
Rechute osseuse révélée en 2023 par des lombalgies : lésions T12, L3, aile iliaque D.
T12 irradiée (30 Gy en 10 fractions) en sept. 2023.
Tt en cours : Verzenios 150 mg x2/j + Arimidex 1 mg/j depuis 10/2023, ZymaD 1 amp/mois.
XGEVA suspendu depuis février 2025 pour ostéonécrose de la mâchoire.
EP en 2024 traitée par Eliquis, arrêté depuis décembre 2024 ; plus d'anticoagulant depuis.
Pas de douleur actuellement.
OMS 1.
TEP 05/2025 : progression isolée de la lésion iliaque D, le reste stable.
Question : SBRT de la lésion iliaque droite (oligoprogression) en poursuivant
Verzenios/Arimidex ?
"""

H14 = """CH de Kervallon - Pneumologie - Unité d'oncologie thoracique
Rédigé par Maxime Le Goff, interne, pour le Dr Anne Caradec
Date : 19/06/2025

Patient : M. Yannick LE BIHAN, 57 ans
Motif : avis RCP os, épaule D

CBNPC non épidermoïde du LSD, stade IVB, diagnostic le 28/05/25 (biopsie bronchique).
PD-L1 15 %, EGFR non muté, recherche de fusions ALK/ROS1 en cours.
Révélé par une douleur de l'épaule droite depuis fin avril, avec décharges électriques
dans le bras, EN 6/10, DN4 5/10, insomniante. Scanner : lyse de la tête humérale D et
de la glène.
RT antalgique de l'épaule D en cours (20 Gy/5 fr, J3/5).
Aucun anticoagulant, aucun antiagrégant.
Pas de ttt osseux spécifique pour l'instant (dénosumab proposé après bilan dentaire).
Ttt : Oxycontin 20 mg x2, Oxynormoro 10 mg si besoin, Lyrica 75 mg x2, Solupred 20 mg/j,
Forlax.
PS 2.
Projet : 1ère ligne carboplatine-pemetrexed-pembrolizumab à débuter après la RT, à visée
palliative.
Q : stabilisation chirurgicale de l'épaule vs RT seule ?
"""

# --------------------------------------------------------------------------
# Gold records (compact form; gaps derived by the spec's rule)
# --------------------------------------------------------------------------


def tumour(status, site, histology, **biomarkers):
    return {"status": status, "site": site, "histology": histology, "biomarkers": biomarkers}


def agents(status, *atc):
    return {"status": status, "atc": sorted(atc)}


GOLD_RECORDS = {
    "h01": dict(
        patient={"sex": "M", "age": 67},
        primaryTumor=tumour("present", "lung", "adenocarcinoma", EGFR="negative", ALK="negative",
                            ROS1="negative", **{"PD-L1": "negative"}),
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["nocturnal"], "intensity": 7},
        currentMedications=agents("present", "L01XA02", "L01BA04", "B01AF01", "N02AA01", "N02BE01", "C09AA05"),
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy=agents("absent"),
        anticoagulation=agents("present", "B01AF01"),
        antiplatelets=agents("unknown"),
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    "h02": dict(
        patient={"sex": "F", "age": 58},
        primaryTumor=tumour("present", "breast", "invasive_lobular_carcinoma", ER="positive", PR="positive",
                            HER2="negative"),
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 5},
        currentMedications=agents("present", "L01EF02", "L02BG04", "M05BX04", "B01AF02", "A12AX", "N02BE01"),
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy=agents("present", "M05BX04"),
        anticoagulation=agents("conflicting", "B01AF02"),
        antiplatelets=agents("unknown"),
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": None},
    ),
    "h03": dict(
        patient={"sex": "M", "age": 74},
        primaryTumor=tumour("present", "prostate", "adenocarcinoma", PSA="positive"),
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["neuropathic"], "intensity": None},
        currentMedications=agents("present", "L02AE04", "L02BB06", "B01AB05", "B01AC06", "N02BE01", "C10AA05"),
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy=agents("absent"),
        anticoagulation=agents("present", "B01AB05"),
        antiplatelets=agents("present", "B01AC06"),
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    "h04": dict(
        patient={"sex": "F", "age": 71},
        primaryTumor=tumour("present", "unknown_primary", "adenocarcinoma"),
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["inflammatory", "nocturnal"], "intensity": 6},
        currentMedications=agents("present", "N02BG06", "M01AB05", "A02BC05"),
        priorLocalTreatments={"status": "present", "types": ["cementoplasty"]},
        boneTargetedTherapy=agents("unknown"),
        anticoagulation=agents("absent"),
        antiplatelets=agents("unknown"),
        prognosis={"status": "present", "kps": 70},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
    "h05": dict(
        patient={"sex": "M", "age": 63},
        primaryTumor=tumour("present", "kidney", "clear_cell_carcinoma"),
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 6},
        currentMedications=agents("present", "L01EX07", "N02AX02", "N02BE01", "C07AB07", "A10BA02"),
        priorLocalTreatments={"status": "present", "types": ["surgery"]},
        boneTargetedTherapy=agents("absent"),
        anticoagulation=agents("present"),
        antiplatelets=agents("unknown"),
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    "h06": dict(
        patient={"sex": "F", "age": 86},
        primaryTumor=tumour("present", "colorectal", "adenocarcinoma", KRAS="positive", BRAF="negative"),
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 4},
        currentMedications=agents("present", "L01BC06", "B01AC06", "N02BE01", "A06AD15", "H03AA01"),
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy=agents("unknown"),
        anticoagulation=agents("absent"),
        antiplatelets=agents("present", "B01AC06"),
        prognosis={"status": "present", "ecog": 3},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    "h07": dict(
        patient={"sex": "M", "age": 52},
        primaryTumor=tumour("present", "melanoma", "other", BRAF="positive"),
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": [], "intensity": 3},
        currentMedications=agents("present", "B01AB05", "N02AA05", "N02BE01"),
        priorLocalTreatments={"status": "present", "types": ["surgery"]},
        boneTargetedTherapy=agents("unknown"),
        anticoagulation=agents("present", "B01AB05"),
        antiplatelets=agents("uncertain", "B01AC06"),
        prognosis={"status": "unknown", "ecog": None},
        therapeuticProject={"status": "present", "intent": None},
    ),
    "h08": dict(
        patient={"sex": "F", "age": 69},
        primaryTumor=tumour("present", "thyroid", "other"),
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["nocturnal"], "intensity": None},
        currentMedications=agents("present", "H03AA01", "N02BE01", "N02AX02", "A02BC02"),
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy=agents("unknown"),
        anticoagulation=agents("unknown"),
        antiplatelets=agents("unknown"),
        prognosis={"status": "unknown", "ecog": None},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
    "h09": dict(
        patient={"sex": "M", "age": 71},
        primaryTumor=tumour("present", "bladder", "other"),
        boneDiagnosis={"status": "present", "circumstances": ["neurological_deficit"], "dated": True},
        pain={"status": "present", "types": ["neuropathic"], "intensity": 4},
        currentMedications=agents("present", "H02AB02", "N02AA05", "N03AX16", "A02BC05"),
        priorLocalTreatments={"status": "present", "types": ["surgery"]},
        boneTargetedTherapy=agents("absent"),
        anticoagulation=agents("present"),
        antiplatelets=agents("absent"),
        prognosis={"status": "present", "kps": 50},
        therapeuticProject={"status": "present", "intent": None},
    ),
    "h10": dict(
        patient={"sex": "F", "age": 44},
        primaryTumor=tumour("present", "breast", "invasive_ductal_carcinoma", ER="negative", PR="negative",
                            HER2="negative"),
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["neuropathic"], "intensity": 5},
        currentMedications=agents("present", "L01BC06", "M05BA08", "B01AB04", "N06AA09", "N02AJ06"),
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy=agents("present", "M05BA08"),
        anticoagulation=agents("present", "B01AB04"),
        antiplatelets=agents("unknown"),
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    "h11": dict(
        patient={"sex": "M", "age": 60},
        primaryTumor=tumour("present", "lung", "squamous_cell_carcinoma", **{"PD-L1": "positive"}),
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "conflicting", "types": [], "intensity": 3},
        currentMedications=agents("present", "L01FF02", "B01AC06", "C10AA05"),
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy=agents("unknown"),
        anticoagulation=agents("absent"),
        antiplatelets=agents("present", "B01AC06"),
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": "curative"},
    ),
    "h12": dict(
        patient={"sex": "F", "age": 89},
        primaryTumor=tumour("uncertain", "lung", None),
        boneDiagnosis={"status": "present", "circumstances": ["incidental_imaging"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 8},
        currentMedications=agents("present", "N02AB03", "N02AA01", "C03CA01", "A06AD65", "N05CF01"),
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy=agents("unknown"),
        anticoagulation=agents("unknown"),
        antiplatelets=agents("unknown"),
        prognosis={"status": "present", "ecog": 4},
        therapeuticProject={"status": "present", "intent": "supportive"},
    ),
    "h13": dict(
        patient={"sex": "F", "age": 61},
        primaryTumor=tumour("present", "breast", "invasive_ductal_carcinoma", ER="positive", PR="positive",
                            HER2="negative"),
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications=agents("present", "L01EF03", "L02BG03", "A11CC05"),
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy=agents("absent"),
        anticoagulation=agents("absent"),
        antiplatelets=agents("unknown"),
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    "h14": dict(
        patient={"sex": "M", "age": 57},
        primaryTumor=tumour("present", "lung", "nsclc_nos", EGFR="negative", ALK="pending", ROS1="pending",
                            **{"PD-L1": "positive"}),
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["neuropathic", "nocturnal"], "intensity": 6},
        currentMedications=agents("present", "N02AA05", "N03AX16", "H02AB06", "A06AD15"),
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy=agents("absent"),
        anticoagulation=agents("absent"),
        antiplatelets=agents("absent"),
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
}

GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
             "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
KIND = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}


def gaps_for(rec: dict) -> list[list[str]]:
    """The spec's Gaps rule applied to a gold record (antiplatelets get no gap)."""
    gaps = []
    for item in GAP_ITEMS:
        sec = rec[item]
        st = sec["status"]
        if st in KIND:
            gaps.append([item, KIND[st]])
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


ORDER = ["patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
         "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject"]


def write_gold():
    GOLD.mkdir(parents=True, exist_ok=True)
    for lid, rec in GOLD_RECORDS.items():
        out = {"id": lid}
        for k in ORDER:
            out[k] = rec[k]
        out["gaps"] = gaps_for(rec)
        (GOLD / f"{lid}.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------


def write_txt(name, text):
    (LETTERS / f"{name}.txt").write_text(text, encoding="utf-8")


def write_pdf(name, text):
    from fpdf import FPDF

    text.encode("latin-1")  # core fonts: latin-1 only
    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 6, 1))
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in text.split("\n"):
        if line.strip():
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    pdf.output(str(LETTERS / f"{name}.pdf"))


def _fix_zip_times(path):
    """Rewrite a saved .docx with fixed entry times, so that reruns give identical bytes."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 6, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def _docx_core(doc):
    import datetime

    cp = doc.core_properties
    cp.author = "rcp-intake tests"
    cp.created = cp.modified = datetime.datetime(2025, 6, 1)
    cp.last_modified_by = "rcp-intake tests"
    cp.revision = 1


def write_docx_table(name, before, rows, after):
    from docx import Document

    doc = Document()
    _docx_core(doc)
    for p in before:
        doc.add_paragraph(p)
    table = doc.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for c, val in zip(cells, row):
            c.text = val
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    for p in after:
        doc.add_paragraph(p)
    doc.save(str(LETTERS / f"{name}.docx"))
    _fix_zip_times(LETTERS / f"{name}.docx")


def write_docx_form(name, header, rows):
    from docx import Document

    doc = Document()
    _docx_core(doc)
    doc.add_heading(header[0], level=1)
    for p in header[1:]:
        doc.add_paragraph(p)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, val in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = val
    doc.save(str(LETTERS / f"{name}.docx"))
    _fix_zip_times(LETTERS / f"{name}.docx")


def main():
    LETTERS.mkdir(parents=True, exist_ok=True)
    write_txt("h01", H01)
    write_txt("h02", H02)
    write_docx_table("h03", H03_PARAS_BEFORE, H03_TABLE, H03_PARAS_AFTER)
    write_pdf("h04", H04)
    write_txt("h05", H05)
    write_docx_form("h06", H06_HEADER, H06_FORM)
    write_pdf("h07", H07)
    write_txt("h08", H08)
    write_txt("h09", H09)
    write_docx_table("h10", H10_PARAS_BEFORE, H10_TABLE, H10_PARAS_AFTER)
    write_pdf("h11", H11)
    write_txt("h12", H12)
    write_txt("h13", H13)
    write_txt("h14", H14)
    write_gold()


if __name__ == "__main__":
    main()
