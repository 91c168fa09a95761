#!/usr/bin/env python3
"""Corpus 15: ten faxed / scanned referral letters to the RCP « métastases osseuses ».

Written blind (without reading the converter, its schemas, tests or the dev
letters), from the shared contract only: shared/spec/rcp-request.md and
shared/spec/atc-reference.tsv.

This file holds every letter's text and its gold record, checks each gold
against the contract (exits with "CONTRACT VIOLATION: ..." on any failure),
then writes letters/ and gold/ byte-identically on every run.

    cd /work/main && .venv/bin/python tests/corpus15/make_letters.py
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import sys
import time
import unicodedata
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR = FONT_DIR / "DejaVuSans.ttf"
BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"


def find_atc_reference() -> Path | None:
    env = os.environ.get("RCP_ATC_REFERENCE")
    if env and Path(env).is_file():
        return Path(env)
    cands = [Path("/work/shared/spec/atc-reference.tsv")]
    for parent in [HERE, *HERE.parents]:
        cands.append(parent / "shared" / "spec" / "atc-reference.tsv")
    for c in cands:
        if c.is_file():
            return c
    return None


# ---------------------------------------------------------------------------
# Contract (shared/spec/rcp-request.md, version 1)
# ---------------------------------------------------------------------------

GAP_ITEMS = [
    "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
    "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
    "prognosis", "therapeuticProject",
]
ALL_ITEMS = GAP_ITEMS[:7] + ["antiplatelets"] + GAP_ITEMS[7:]
FIVE = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED_STATUS = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": FIVE,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": FIVE,
    "boneTargetedTherapy": FIVE,
    "anticoagulation": FIVE,
    "antiplatelets": FIVE,
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
BIOMARKER_RESULTS = {"positive", "negative", "pending"}
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


def compute_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to a gold record (the only source of gold gaps)."""
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


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# ---------------------------------------------------------------------------
# Gold helpers
# ---------------------------------------------------------------------------

def tumor(status, site=None, histology=None, biomarkers=None):
    return {"status": status, "site": site, "histology": histology, "biomarkers": dict(biomarkers or {})}


def bone(status, circumstances=(), dated=False):
    return {"status": status, "circumstances": list(circumstances), "dated": dated}


def pain(status, types=(), intensity=None):
    return {"status": status, "types": list(types), "intensity": intensity}


def meds(status, *atc):
    return {"status": status, "atc": sorted(atc)}


def local(status, *types):
    return {"status": status, "types": list(types)}


def agents(status, *atc):
    return {"status": status, "atc": sorted(atc)}


def prog(status, ecog=None, kps=None):
    if kps is not None and ecog is None:
        return {"status": status, "kps": kps}   # "a letter that gives only a Karnofsky index has kps instead"
    d = {"status": status, "ecog": ecog}
    if kps is not None:
        d["kps"] = kps
    return d


def proj(status, intent=None):
    return {"status": status, "intent": intent}


def make_gold(lid, sex, age, **items):
    g = {"id": lid, "patient": {"sex": sex, "age": age}}
    for item in ALL_ITEMS:
        g[item] = items[item]
    g["gaps"] = compute_gaps(g)
    return g


# ---------------------------------------------------------------------------
# Letters
# Markup for the PDF letters: "\f" page break, "**" bold line, ">>" right
# aligned, "~~" centred bold title, "---" horizontal rule, "- " bullet.
# ---------------------------------------------------------------------------

F01 = """\
**Docteur Hélène MARCHETTI
Médecin généraliste
Maison de santé pluriprofessionnelle des Tilleuls
7 allée des Tilleuls – 26999 Montvalezan-sur-Drôme
Tél. 04 65 71 23 07 – Fax 04 65 71 23 08

>>Montvalezan, le 12 novembre 2025

RCP Métastases osseuses
Centre hospitalier de Valbonne-les-Eaux – Secrétariat d'oncologie
Fax : 04 65 71 88 40

**Objet : demande d'avis RCP – M. PONTET Gérard, né le 03/09/1947

Chère Consœur, Cher Confrère,

Je vous adresse M. Gérard PONTET, 78 ans, que je suis depuis de nombreuses années, pour avis de votre RCP concernant des métastases osseuses d'un cancer de la prostate.

**Antécédents
- Adénocarcinome de la prostate diagnostiqué en mars 2019 (biopsies : score de Gleason 7 (4+3), PSA initial 14 ng/ml, cT2b), traité par radiothérapie prostatique et hormonothérapie de 18 mois, terminée fin 2020.
- ACFA paroxystique découverte en 2023 (suivi par le Dr RABIER, cardiologue). Le Kardégic a été interrompu à cette occasion sur avis du cardiologue.
- HTA, diabète de type 2 non insulino-requérant, dyslipidémie.
- Appendicectomie dans l'enfance, cure de hernie inguinale droite en 2011.
- Allergie : pénicilline (urticaire).
Antécédents familiaux : frère aîné décédé d'un cancer bronchique à 70 ans. Pas d'autre cancer connu dans la famille.
Mode de vie : retraité (ancien menuisier), vit avec son épouse dans une maison de plain-pied, ancien fumeur sevré depuis 1995.

**Histoire récente
Remontée progressive du PSA depuis la fin de l'année 2024 : 6,2 ng/ml en décembre 2024, 21 ng/ml en juin 2025, 48 ng/ml le 02/09/2025. Le Dr VASSEUR, son urologue, a fait réaliser une scintigraphie osseuse de contrôle le 18/09/2025 qui montre de multiples foyers d'hyperfixation (rachis lombaire de L2 à L4, sacrum, aile iliaque droite, 6e arc costal gauche), confirmés par le TEP-PSMA du 01/10/2025, sans atteinte viscérale. A ce moment là le patient ne se plaignait d'aucune douleur.
Le Dr VASSEUR a repris un agoniste de la LH-RH (Décapeptyl) le 06/10/2025 et y a associé l'enzalutamide (Xtandi) à partir du 20/10/2025. Dernier PSA le 05/11/2025 : 31 ng/ml.

Depuis environ trois semaines, M. PONTET décrit des lombalgies basses, majorées à la marche et au passage assis-debout, avec quelques réveils nocturnes. EN à 5/10 ce jour sous paracétamol. Pas de sciatalgie, pas de trouble sphinctérien, examen neurologique des membres inférieurs normal.
Il n'a jamais reçu de radiothérapie sur les lésions osseuses (seule la prostate a été irradiée en 2019).
Sur le plan général : autonome, marche sans aide, poids stable à 82 kg, appétit conservé. Je l'estime OMS 1.

Le Dr VASSEUR évoque l'introduction d'un traitement par dénosumab (Xgeva) ; un bilan dentaire est en cours.

**Questions posées à la RCP
1. Une radiothérapie antalgique du rachis lombaire est-elle indiquée ?
2. Existe-t-il un risque fracturaire justifiant un geste (cimentoplastie) ?

Vous trouverez en page 2 son ordonnance en cours. Je reste à votre disposition.
Bien confraternellement,
\f**M. PONTET Gérard – né le 03/09/1947 – page 2

**ORDONNANCE EN COURS (renouvelée le 28/10/2025)
- DÉCAPEPTYL LP 11,25 mg : 1 injection IM tous les 3 mois (prochaine le 06/01/2026)
- XTANDI 40 mg : 4 comprimés en une prise par jour
- XARELTO 20 mg : 1 comprimé le soir au cours du repas
- CARDENSIEL 2,5 mg : 1 comprimé le matin
- GLUCOPHAGE 850 mg : 1 comprimé matin et soir
- TAHOR 20 mg : 1 comprimé le soir
- TAMSULOSINE LP 0,4 mg : 1 gélule le soir
- DOLIPRANE 1 g : 1 comprimé 3 fois par jour

Dernière biologie (05/11/2025) : créatinine 98 µmol/l (DFG 66 ml/min), Hb 13,1 g/dl, plaquettes 214 G/l, calcémie 2,38 mmol/l, PAL 212 UI/l, PSA 31 ng/ml.

Dr H. MARCHETTI
"""

F02 = """\
~~FICHE DE DEMANDE D'AVIS RCP
~~MÉTASTASES OSSEUSES
Centre de coordination en cancérologie (3C) Drôme-Vercors – Fax du secrétariat RCP : 04 65 71 88 40
A retourner au plus tard le mardi 12 h pour la réunion du jeudi. Joindre les comptes rendus d'imagerie et d'anatomopathologie.
---
**MÉDECIN DEMANDEUR
Nom : Dr Claire ABADIE-RENOU      Spécialité : oncologie médicale
Établissement : Clinique du Parc Saint-Ferréol, 12 avenue des Platanes, 26999 Valbonne-les-Eaux
Tél. : 04 65 71 45 10      Date de la demande : 04/11/2025
Médecin traitant : Dr Paul GUÉRIN (Saint-Amand-la-Côte)
---
**PATIENT
Nom : FERRAND      Prénom : Martine      Nom de naissance : ROCHE
Date de naissance : 27/11/1963      Sexe : ☐ M   ☒ F
---
**TUMEUR PRIMITIVE
Localisation : ☐ Poumon   ☒ Sein   ☐ Prostate   ☐ Rein   ☐ Thyroïde   ☐ Côlon-rectum   ☐ Autre : ..........
Côté, date du diagnostic initial : sein gauche, février 2018 (pT1c N0 M0)
Histologie : carcinome canalaire infiltrant de type non spécifique (NST), grade II
Biomarqueurs (biopsie osseuse du 02/09/2025) : RE ☒ positifs (80 %) ☐ négatifs – RP ☐ positifs ☒ négatifs (0 %) – HER2 : score 1+ (2+ sur la tumeur initiale, FISH non amplifiée)
Antécédents familiaux de cancer : mère, cancer du sein à 52 ans. Recherche BRCA négative (2018).
---
**HISTOIRE ONCOLOGIQUE
2018 : tumorectomie gauche + ganglion sentinelle, radiothérapie mammaire (50 Gy + boost), puis tamoxifène 5 ans, arrêté en mars 2023.
08/2025 : ascension du CA 15-3 (58 U/ml) au bilan de surveillance ; TEP-TDM du 21/08/2025 : lésions osseuses multiples (aile iliaque droite, L1, sternum, arcs costaux), pas d'atteinte viscérale.
02/09/2025 : biopsie scannoguidée de l'aile iliaque droite : métastase du carcinome mammaire connu.
---
**MALADIE OSSEUSE
Circonstances de découverte : ☐ Douleur   ☐ Fracture pathologique   ☐ Déficit neurologique / compression   ☐ Hypercalcémie   ☒ Imagerie de bilan ou de surveillance   ☐ Découverte fortuite   ☐ Autre
Date de découverte : 21/08/2025
Lésions motivant la demande : aile iliaque droite, lyse de 4 cm avec rupture de la corticale interne ; L1 (tassement < 25 %, mur postérieur respecté)
Douleur : ☒ Oui   ☐ Non      EN : 3/10
Type de douleur : ☒ Mécanique   ☐ Nocturne   ☐ Neuropathique   ☐ Inflammatoire
Commentaire : douleur de la fesse droite à la marche prolongée, bien calmée par le paracétamol.
\f**Mme FERRAND Martine – née le 27/11/1963 – page 2
---
**TRAITEMENTS LOCAUX ANTÉRIEURS SUR L'OS
☐ Radiothérapie   ☐ Chirurgie   ☐ Cimentoplastie   ☐ Ablation percutanée   ☒ Aucun
---
**TRAITEMENTS EN COURS
Traitement anti-résorptif osseux : ☒ Oui   ☐ Non      Lequel : dénosumab (Xgeva) 120 mg SC toutes les 4 semaines, 1re injection le 30/09/2025
Anticoagulant : ☐ Oui   ☒ Non      Lequel : ..........
Antiagrégant plaquettaire : ☐ Oui   ☒ Non
Traitement oncologique actuel : létrozole (Femara) 2,5 mg/j + ribociclib (Kisqali) 600 mg/j, 21 jours sur 28, depuis le 15/09/2025 (3e cycle en cours)
Autres traitements : Doliprane 1 g si douleur (maximum 3/j), Cacit D3 1 sachet/j, Levothyrox 75 µg/j, Inexium 20 mg/j
Allergies : aucune connue
---
**ÉTAT GÉNÉRAL – PRONOSTIC
OMS : ☐ 0   ☒ 1   ☐ 2   ☐ 3   ☐ 4      Poids : 64 kg
Pronostic estimé : survie attendue de plusieurs années
Intention du traitement : ☐ Curative   ☒ Palliative   ☐ Soins de support exclusifs
---
**QUESTION POSÉE À LA RCP
Indication d'une radiothérapie de l'aile iliaque droite (rupture corticale, risque fracturaire ?). Intérêt d'une cimentoplastie de L1 ?

Signature : Dr C. ABADIE-RENOU
"""

F03 = """\
**CENTRE HOSPITALIER INTERCOMMUNAL DU HAUT-DIOIS
Pôle Urgences – SAMU – SMUR – Service d'Accueil des Urgences
Dr Mehdi BENALLAL, praticien hospitalier urgentiste
Tél. urgences : 04 65 71 60 00 – Fax : 04 65 71 60 09

>>Le 09/11/2025, 03 h 30

**A l'attention de : RCP Métastases osseuses – AVIS EN URGENCE (astreinte oncologie / radiothérapie)
Copies : astreinte de neurochirurgie du CHU ; Dr LEMAIRE, médecin traitant

**Patient : M. ROUSSEL Thierry, 64 ans (né le 15/02/1961)
Admis le 08/11/2025 à 22 h 10 pour dorsalgies et faiblesse des membres inférieurs, amené par les pompiers.

**ATCD
- Tabagisme actif à 40 PA
- HTA, diabète de type 2
- BPCO stade 2
- Pas d'antécédent oncologique connu
- Familiaux : mère décédée d'un cancer du côlon à 74 ans
Traitement habituel : Triatec 5 mg 1/j, Glucophage 1000 mg matin et soir, Xanax 0,25 mg le soir, Spiriva 1 inhalation/j.
Pas d'anticoagulant ni d'antiagrégant à domicile. Pas d'allergie connue.

**HDM
Dorsalgies depuis environ 3 semaines, mises sur le compte d'un lumbago par le médecin traitant (kétoprofène pendant 5 jours, sans effet). Depuis 48 h, douleur en ceinture à hauteur de l'ombilic, à type de décharges électriques, avec réveils nocturnes. Depuis hier matin, faiblesse des deux jambes avec 2 chutes à domicile. Pas de trouble sphinctérien rapporté mais globe vésical à 600 ml à l'arrivée (sondage). Amaigrissement de 6 kg en 2 mois.

**Examen à l'arrivée
PA 162/88 mmHg, FC 96/min, T 37,2 °C, SpO2 94 % en AA. EN 8/10.
Paraparésie cotée à 3/5 en proximal des deux côtés, ROT vifs, Babinski bilatéral, niveau sensitif T10.

**Biologie
Calcémie corrigée 2,48 mmol/l, créatinine 88 µmol/l, Hb 12,1 g/dl, plaquettes 305 G/l, CRP 24 mg/l, TP 92 %. PSA 1,1 ng/ml (normal).

**Imagerie
- IRM du rachis entier (09/11/2025, 01 h) : lésion lytique du corps vertébral de T9 avec épidurite et compression médullaire, hypersignal centromédullaire en regard ; autres lésions en T4, L2 et au sacrum, sans épidurite.
- TDM TAP injectée : masse lobaire supérieure droite spiculée de 38 mm avec adénopathies médiastinales, évocatrice d'un primitif bronchique ; nodule surrénalien gauche de 15 mm indéterminé ; lésions osseuses lytiques multiples.
Pas de preuve histologique à ce jour.
\f**M. ROUSSEL Thierry – 15/02/1961 – suite

**Prise en charge aux urgences
- Dexaméthasone 10 mg IVD puis 8 mg matin et midi IV (débutée le 09/11 à 01 h 30)
- Titration morphinique IV puis relais par Skenan LP 30 mg matin et soir + Actiskenan 10 mg si besoin
- Paracétamol 1 g x 4/j IV
- Mopral 20 mg/j
- Lovenox 4000 UI SC/j en prévention (alitement)
- Glucophage suspendu (injection de produit de contraste)
- Sondage vésical à demeure, matelas à air
Ce matin : EN 4/10 au repos, mobilisation très douloureuse. Déficit inchangé.

**Etat général
OMS 1 il y a encore un mois d'après son épouse (il travaillait comme chauffeur-livreur). Actuellement OMS 3 du fait du déficit.

**Avis neurochirurgical (Dr FERRAT, CHU, le 09/11 à 02 h, par téléphone)
Pas d'indication chirurgicale retenue en urgence du fait de l'extension (lésions étagées) et de l'absence de diagnostic histologique ; propose une radiothérapie en urgence, à discuter.

**Questions
1. Radiothérapie décompressive en urgence de T9 ? Alternative chirurgicale ?
2. Organisation de la biopsie (lésion osseuse ou pulmonaire ?).
Le projet thérapeutique oncologique dépendra de l'histologie.

Patient hospitalisé en UHCD dans l'attente de votre avis.
Dr M. BENALLAL
"""

F04 = """\
**CENTRE DE RADIOTHÉRAPIE ET D'ONCOLOGIE DES HAUTS-DE-LISLE
Dr Sébastien KERGOAT – Oncologue radiothérapeute
14 rue de l'Observatoire – 38999 Lisle-sur-Romanche
Secrétariat : 04 65 71 90 60 – Fax : 04 65 71 90 69

>>Lisle-sur-Romanche, le 14 novembre 2025

A l'attention des membres de la RCP métastases osseuses

**Objet : Mme LABORIE Josiane, 67 ans – oligoprogression osseuse d'un carcinome vésiculaire de la thyroïde

Chère Consœur, cher Confrère,

Je vous présente le dossier de Mme Josiane LABORIE, 67 ans, que je suis pour un carcinome vésiculaire de la thyroïde métastatique à l'os.

**Histoire de la maladie
- 2019 : thyroïdectomie totale (Pr AUBANEL) pour un carcinome vésiculaire largement invasif, pT3 ; biologie moléculaire : mutation NRAS Q61R, pas de mutation BRAF V600E.
- Irathérapie (iode 131) à trois reprises entre 2019 et 2021 ; maladie réfractaire à l'iode depuis 2022.
- Octobre 2023 : douleurs de la hanche gauche conduisant à la découverte d'une lésion lytique du cotyle gauche ; radiothérapie externe de 30 Gy en 10 fractions dans notre centre en novembre 2023, avec disparition complète des douleurs.
- Depuis février 2024 : lenvatinib (Lenvima), actuellement 14 mg/j après deux réductions de dose (HTA, protéinurie).
- Acide zolédronique (Zometa) 4 mg toutes les 12 semaines depuis 2024, dernière perfusion le 15/09/2025.

**Motif de la demande
Le TEP-TDM au FDG de réévaluation du 28/10/2025 montre une réponse stable du cotyle irradié et l'apparition d'une lésion unique du corps vertébral de T10, confirmée par l'IRM du 05/11/2025 (pas d'épidurite, mur postérieur respecté). Thyroglobuline en ascension : 45 puis 112 ng/ml. Les micronodules pulmonaires sont stables ; pas d'autre lésion nouvelle.

**Clinique
Patiente asymptomatique sur le plan osseux : EN 0/10, pas de douleur rachidienne ni radiculaire. Indice de Karnofsky à 80 %. Elle poursuit ses activités de bénévole. Le pronostic global reste favorable à moyen terme (espérance de vie estimée supérieure à deux ans).

**Traitements en cours
Lenvima 14 mg/j, Levothyrox 150 µg/j (freinage), Zometa 4 mg toutes les 12 semaines, Triatec 5 mg/j, amlodipine 5 mg/j, Kardégic 75 mg/j (artériopathie des membres inférieurs). Pas d'anticoagulant.

**Question
Une radiothérapie stéréotaxique de T10 (par exemple 27 Gy en 3 fractions) en situation d'oligoprogression, avec poursuite du lenvatinib sans interruption prolongée, vous paraît-elle licite ?
Je vous propose de présenter le dossier lors de la RCP du 20/11/2025.

Bien confraternellement,
Dr S. KERGOAT
"""

F05 = """\
**CENTRE HOSPITALIER DE VALBONNE-LES-EAUX
Équipe Mobile de Soins Palliatifs (EMSP)
Dr Agnès VILLEMIN (médecin) – Laure PRAT (IDE) – Chloé BENOÎT (psychologue)
Tél. 04 65 71 77 20 – Fax 04 65 71 77 29

>>Valbonne-les-Eaux, le 7 novembre 2025

**Objet : Mme GAUTHIER née DELMAS Yvette, née le 19/06/1944 – demande d'avis RCP métastases osseuses

Chers collègues,

Nous suivons Mme Yvette GAUTHIER, 81 ans, hospitalisée en médecine polyvalente (Dr LACOMBE) depuis le 28/10/2025, à la demande de son oncologue, le Dr SABATIER, pour la prise en charge de douleurs d'origine osseuse dans le cadre d'un adénocarcinome du rectum métastatique.

**Rappel oncologique (d'après le dossier)
- 2022 : adénocarcinome lieberkühnien du haut rectum, KRAS muté (G12D), BRAF non muté, statut MSS. Radiochimiothérapie préopératoire puis résection antérieure du rectum.
- 2024 : récidive hépatique et pulmonaire ; chimiothérapie par FOLFIRI-bevacizumab, arrêtée en août 2025 pour progression et altération de l'état général.
- Métastases osseuses multiples (rachis, bassin, fémur proximal droit) découvertes sur un scanner de réévaluation sous chimiothérapie.
- Radiothérapie antalgique du rachis lombaire (L3-L5) au CHU, avec un bon effet à l'époque.
- Une prise en charge en soins de support exclusifs a été décidée avec la patiente et sa fille lors de la consultation du Dr SABATIER en septembre 2025. Aucune reprise de traitement spécifique n'est envisagée.

**Contexte
Veuve, vit seule à domicile (passages infirmiers deux fois par jour), fille très présente, désignée personne de confiance. Directives anticipées rédigées : pas de réanimation, pas d'acharnement.

**Evaluation de la douleur
Douleur de la hanche et de la cuisse droites, déclenchée par la mobilisation et les transferts lit-fauteuil, avec une composante neuropathique (brûlures de la face antérieure de cuisse, DN4 à 5/10). EN à 7/10 lors de notre première évaluation, 4/10 depuis l'augmentation de l'oxycodone. Il n'y a plus de réveils nocturnes depuis l'adaptation du traitement.
Radiographie du fémur : lyse corticale du petit trochanter sans fracture, score de Mirels à 9.
\f**Mme GAUTHIER Yvette – 19/06/1944 – page 2

**Traitements actuels
- Oxycontin LP 30 mg matin et soir (20 mg matin et soir jusqu'au 05/11)
- Oxynormoro 5 mg si douleur, 4 à 5 prises par jour
- Lyrica 75 mg matin et soir
- Solupred 20 mg le matin
- Paracétamol 1 g 3 fois par jour
- Movicol 2 sachets par jour
- Inexium 20 mg le soir
- Imovane 7,5 mg au coucher

**Traitements arrêtés
- Innohep 14 000 UI/j (embolie pulmonaire en 2024) : arrêté le 30/10/2025, en accord avec la patiente, devant des rectorragies et une thrombopénie à 62 G/l.
- Xgeva : arrêté par le Dr SABATIER (hypocalcémie sévère, mauvais état dentaire).

**Etat général
OMS 3, PPS à 40 %. Alitée plus de la moitié de la journée, alimentation réduite, albumine à 26 g/l. Pronostic estimé en semaines à quelques mois.

**Questions
1. Une radiothérapie antalgique en fraction unique (8 Gy) du fémur proximal droit est-elle envisageable, avec un transport allongé depuis le service ?
2. Une ostéosynthèse préventive (Mirels 9) vous paraît-elle raisonnable dans ce contexte, ou faut-il s'en tenir à la radiothérapie et à la mise en décharge ?
Notre objectif reste le confort de Mme GAUTHIER ; la patiente est informée de cette demande et y adhère.

Pour l'EMSP,
Dr A. VILLEMIN
"""

F06 = """\
Docteur Olivier FAUCHER
Médecine générale
2 rue du Lavoir – 07999 Saint-Privat-des-Combes
Tél. 04 65 71 31 12

>>Le 17/11/25

Cher confrère,

Je me permet de vous adresser Mr LAMBERT Didier, 58 ans, pour avis de la RCP "os".

Il a été opéré en 2021 d'un cancer du rein gauche (néphrectomie élargie, carcinome à cellules claires, Dr MOREAU urologue), en surveillance simple depuis, dernier scanner en avril sans particularité d'après lui.

Depuis 2 mois il se plaint d'une douleur du bras droit, surtout la nuit, insomniante, EN 6/10, mal calmée par le tramadol. Pas de fourmillements, pas de perte de force. La radio puis le scanner du 10/11/2025 montrent une lésion lytique de la diaphyse humérale droite de 3 cm avec amincissement cortical ; pas d'autre lésion vue sur le TAP.
Il n'a jamais été irradié. Je lui ai conseillé d'éviter le port de charges.

ATCD : HTA, hypercholestérolémie. Suivi cardio pour une arythmie (Dr BENHAMOU) : il prendrait du Sintrom mais je n'ai pas le dernier courrier du cardiologue, à vérifier avec le patient.
Son père est décédé d'un cancer du rein lui aussi.

Traitement actuel : Topalgic LP 100 mg matin et soir, Doliprane 1 g x3/j, amlodipine 5 mg, Tahor 10 mg (+ Sintrom ? cf. ci-dessus).

Son oncologue, le Dr CHAUMONT, doit le revoir le 24/11 pour discuter d'un éventuel traitement.

Question : faut-il opérer l'humérus en préventif (enclouage) ou faire une radiothérapie ? Faut-il une biopsie ?

Merci pour votre aide.
Bien confraternellement,
Dr O. FAUCHER
"""

F07 = """\
~~FICHE DE DEMANDE D'AVIS RCP
~~Métastases osseuses – Hôpital Saint-Vérand
Document à adresser par fax au secrétariat RCP : 04 65 71 52 39 – RCP du jeudi 13/11/2025
---
**1. DEMANDEUR
Date de la demande : 05/11/2025
Médecin demandeur : Dr Romain CASTAGNÉ – Oncologie médicale (onco-dermatologie)
Service : Oncologie médicale, Hôpital Saint-Vérand – Tél. 04 65 71 52 30
Médecin traitant : Dr Irène SALOMON, 3 place de l'Église, 38999 Ternay-les-Bois
---
**2. PATIENT
Nom : MERCIER      Prénom : Alain      Né le : 11/11/1957
Sexe : ☒ Masculin   ☐ Féminin
---
**3. TUMEUR PRIMITIVE
☐ Sein   ☐ Poumon   ☐ Prostate   ☐ Rein   ☐ Thyroïde   ☐ Côlon-rectum   ☒ Autre, préciser : mélanome cutané du dos
Histologie : mélanome à extension superficielle, Breslow 2,8 mm, ulcéré ; exérèse élargie et ganglion sentinelle négatif en 2021
Biologie moléculaire : BRAF ☐ muté   ☒ non muté (sauvage) – NRAS : mutation Q61K
---
**4. MALADIE OSSEUSE
Circonstances de découverte : ☒ Douleur   ☐ Fracture pathologique   ☐ Signes neurologiques   ☐ Hypercalcémie   ☐ Bilan d'extension / suivi   ☐ Découverte fortuite
Date / durée : douleurs sacrées depuis août 2025 ; IRM du bassin du 30/09/2025 : lésion lytique de l'aileron sacré gauche de 45 mm.
Extension (TEP-TDM du 08/10/2025) : deux autres lésions osseuses (aile iliaque droite, T7), adénopathie médiastinale.
Preuve histologique : biopsie osseuse scannoguidée du 21/10/2025 : métastase de mélanome (SOX10+, Melan-A+).
Douleur : ☒ Oui   ☐ Non      EN actuelle : 5/10 (maximum 7/10)
Type : ☒ Mécanique   ☒ Nocturne   ☐ Neuropathique   ☐ Inflammatoire
Commentaire : douleur fessière gauche en position assise et à la marche, réveils nocturnes ; pas de radiculalgie.
---
**5. TRAITEMENTS LOCAUX ANTÉRIEURS SUR L'OS
☐ Radiothérapie   ☐ Chirurgie   ☐ Cimentoplastie   ☐ Thermo-ablation   ☒ Aucun
\f**6. TRAITEMENTS EN COURS
Traitement systémique : nivolumab (Opdivo) 480 mg toutes les 4 semaines depuis le 15/10/2025 (C2 prévue le 12/11/2025)
Traitement anti-résorptif : ☐ Oui   ☒ Non      (Xgeva à discuter après avis dentaire)
Anticoagulant : ☒ Oui   ☐ Non      Lequel : apixaban (Eliquis) 5 mg x 2/j pour FA
Remarque : Eliquis suspendu 48 h avant la biopsie osseuse du 21/10/2025, repris le 23/10/2025 au soir.
Antiagrégant plaquettaire : ☐ Oui   ☒ Non
Autres traitements : Ixprim 37,5 mg/325 mg 1 cp x 3/j, Levothyrox 50 µg/j (hypothyroïdie ancienne), Cardensiel 2,5 mg/j
---
**7. ÉTAT GÉNÉRAL
OMS : ☐ 0   ☒ 1   ☐ 2   ☐ 3   ☐ 4      Poids : 74 kg (stable)
Espérance de vie estimée : ☒ > 6 mois   ☐ < 6 mois
---
**8. PROJET ET QUESTION
Intention du traitement : ☐ Curative   ☒ Palliative
Question posée : radiothérapie antalgique de l'aileron sacré gauche ? Sacroplastie ? Séquence avec l'immunothérapie ?
Pièces jointes : CR IRM, CR TEP-TDM, CR anatomopathologique.

Signature du demandeur : Dr R. CASTAGNÉ
"""

F08 = """\
**Dr Nathalie OUVRARD-PELISSIER
Rhumatologue – Ancienne cheffe de clinique
Cabinet de rhumatologie du Parc – 18 boulevard des Cèdres – 38999 Lisle-sur-Romanche
Tél. 04 65 71 90 10 – Fax 04 65 71 90 15

>>Lisle-sur-Romanche, le 3 novembre 2025

A l'attention des membres de la RCP métastases osseuses

**Objet : Mme BRUNEL Odette, née le 02/04/1951

Chers confrères,

Je vous adresse Madame Odette BRUNEL, 74 ans, que je suis depuis 2020 pour une ostéoporose post-ménopausique fracturaire (fracture du poignet en 2019, tassement de L1 en 2020), traitée par risédronate (Actonel 35 mg, 1 comprimé par semaine) depuis 2021, traitement toujours en cours et bien pris.

**Histoire récente
Le 12/09/2025, douleur dorsale brutale en se baissant pour ramasser un sac. Les radiographies montrent un tassement de T12, initialement considéré comme ostéoporotique. Devant la persistance des douleurs à 3 semaines, une IRM (26/09/2025) a montré un tassement de T12 avec infiltration du pédicule et de l'arc postérieur et bombement du mur postérieur, sans épidurite, d'aspect suspect.
Une kyphoplastie de T12 a été réalisée le 03/10/2025 par le Dr GIRAUD (radiologie interventionnelle), avec biopsie dans le même temps : métastase d'adénocarcinome, TTF1 +, CK7 +, évoquant une origine pulmonaire.
Le scanner TAP (08/10/2025) retrouve une masse lobaire supérieure droite de 32 mm, des adénopathies médiastinales et deux autres lésions osseuses (7e côte droite, aile iliaque gauche).
Au total : adénocarcinome pulmonaire de stade IV (osseux). Biologie moléculaire sur le prélèvement osseux : EGFR et ALK en cours ; PD-L1 exprimé à 10 %.

Sur le plan antalgique, nette amélioration après la kyphoplastie : EN 8/10 avant le geste, 2/10 actuellement, douleur seulement à la marche prolongée, pas de douleur nocturne ni de radiculalgie.

**Antécédents
- Ostéoporose (cf. supra)
- Coronaropathie avec stent de l'IVA en 2018 ; pas d'anticoagulant
- Hypothyroïdie
- Tabagisme sevré (30 PA) en 2005
- Famille : une soeur suivie pour un cancer du sein.

**Traitement actuel
- Actonel 35 mg : 1 cp le lundi
- Calciprat D3 : 1 cp par jour
- Kardégic 75 mg : 1 sachet par jour (suspendu 5 jours avant la kyphoplastie, repris le lendemain du geste)
- Levothyrox 88 µg : 1 cp par jour
- Tahor 40 mg : 1 cp par jour
- Doliprane 1 g : jusqu'à 3 par jour
Le Topalgic a été arrêté début octobre (nausées, vertiges).
\f**Mme BRUNEL Odette – 02/04/1951 – page 2

**Etat général
OMS 1, autonome, vit avec son mari. Pas d'amaigrissement.
Une consultation d'oncologie thoracique est prévue le 18/11/2025 (Dr TESSIER) ; aucun traitement oncologique n'a encore été débuté.

**Mes questions
1. Faut-il irradier le foyer de T12 après la kyphoplastie, ou les autres lésions ?
2. Faut-il remplacer l'Actonel par un anti-résorptif à dose oncologique (acide zolédronique ou dénosumab) ?
3. Quelle surveillance du risque fracturaire pour l'aile iliaque gauche ?

Je reste à votre disposition pour tout renseignement complémentaire.
Bien confraternellement,

Dr N. OUVRARD-PELISSIER
"""

# DOCX letters: blocks ("p", text) paragraph, ("b", text) bold paragraph,
# ("r", text) right-aligned, ("li", text) bullet, ("blank",), ("table", rows).
F09 = [
    ("b", "Docteur Isabelle ROUQUIER"),
    ("p", "Médecine générale"),
    ("p", "Cabinet médical du Pont-Vieux – 4 quai de la Gravière – 12999 Sainte-Anne-d'Olt"),
    ("p", "Tél. 05 36 49 12 40"),
    ("blank",),
    ("r", "Sainte-Anne-d'Olt, le 10/11/2025"),
    ("blank",),
    ("p", "A l'attention du coordonnateur de la RCP Métastases osseuses"),
    ("p", "Institut de cancérologie des Causses – 81 avenue du Larzac – 12999 Millau-la-Vieille"),
    ("blank",),
    ("b", "Objet : Mme CASTEX Simone, née le 14/11/1955"),
    ("blank",),
    ("p", "Cher Confrère,"),
    ("p", "Je vous adresse Madame Simone CASTEX, 69 ans, pour discution en RCP, à la demande de sa famille qui "
          "souhaite un avis sur la prise en charge de ses douleurs d'épaule."),
    ("p", "Mme Castex est suivie par le Dr PAGÈS (pneumologie, Institut de cancérologie des Causses) pour un "
          "carcinome épidermoïde bronchique du lobe inférieur gauche diagnostiqué en juin 2025, métastatique "
          "d'emblée à l'os. PD-L1 à 60 %. Le diagnostique a été fait à l'occasion d'une hypercalcémie sévère "
          "(calcémie corrigée à 3,21 mmol/l le 12/06/2025) avec confusion, qui avait nécessité une hospitalisation ; "
          "elle avait reçu à cette occasion une perfusion de Zometa. Le bilan retrouvait des lésions lytiques "
          "multiples (humérus gauche, omoplate, bassin, rachis)."),
    ("p", "Elle a reçu 4 cures de carboplatine-paclitaxel-pembrolizumab de juillet à septembre et poursuit le "
          "pembrolizumab (Keytruda) seul en entretien toutes les 3 semaines. Le Dr Pagès qualifie le traitement de "
          "palliatif. Elle reçoit aussi une injection de Xgeva tous les mois depuis juillet."),
    ("p", "Depuis un mois environ, elle se plaint de douleurs de l'épaule gauche, qu'elle décrit mal. Pas "
          "d'évaluation chiffrée. Pas de traitement antalgique régulier, elle prend « un Doliprane de temps en temps »."),
    ("p", "Antécédents : insuffisance cardiaque à FEVG conservée, arythmie complète par fibrillation auriculaire "
          "connue depuis 2020, hypothyroïdie sous immunothérapie. Appendicectomie. Ancienne fumeuse (45 PA)."),
    ("p", "Pas de traitement anticoagulant ni antiagrégant."),
    ("p", "Sa soeur a été traitée pour un cancer du sein."),
    ("p", "L'état général s'est un peu altéré depuis l'été ; son oncologue estime l'indice de Karnofsky à 70 %."),
    ("b", "Traitement actuel (ordonnance du 22/10/2025) :"),
    ("table", [
        ["Médicament", "Posologie"],
        ["Keytruda 200 mg", "perfusion toutes les 3 semaines (hôpital de jour)"],
        ["Xgeva 120 mg", "1 injection SC par mois"],
        ["Préviscan 20 mg", "¾ cp le soir selon INR"],
        ["Cacit D3 1000 mg/880 UI", "1 sachet par jour"],
        ["Levothyrox 50 µg", "1 cp le matin à jeun"],
        ["Lasilix 40 mg", "1 cp le matin"],
        ["Inexium 20 mg", "1 cp le soir"],
    ]),
    ("blank",),
    ("p", "Une radiothérapie antalgique de l'épaule est-elle possible ? Sa famille s'inquiète d'un risque de "
          "fracture de l'humérus."),
    ("p", "En vous remerciant, bien confraternellement."),
    ("blank",),
    ("p", "Dr I. ROUQUIER"),
]

F10_HEADER = [
    "Institut de cancérologie des Monts du Vivarais – Département d'oncologie médicale",
    "1 rue des Mûriers – 07999 Privas-le-Haut – Tél. 04 65 71 14 00 – Fax 04 65 71 14 09",
]
F10_FOOTER = "ICMV – Oncologie médicale – Courrier confidentiel, secret médical"
F10 = [
    ("b", "Dr Karim HADDAD"),
    ("p", "Oncologie médicale – uro-oncologie"),
    ("blank",),
    ("r", "Privas-le-Haut, le 13 novembre 2025"),
    ("blank",),
    ("b", "Objet : M. VIDAL Jean-Pierre, né le 30/12/1952 – demande d'avis RCP métastases osseuses"),
    ("blank",),
    ("p", "Chers collègues,"),
    ("p", "Je vous adresse M. Jean-Pierre VIDAL, que je suis pour un carcinome urothélial de vessie métastatique, "
          "pour avis concernant une lésion vertébrale de L2."),
    ("b", "Histoire oncologique"),
    ("li", "Mars 2023 : hématurie macroscopique ; carcinome urothélial de haut grade infiltrant le muscle. "
           "Chimiothérapie néoadjuvante (4 cycles de MVAC dose-dense), puis cystoprostatectomie totale avec "
           "dérivation de type Bricker en mai 2023 (ypT2 N0)."),
    ("li", "14/08/2025 : chute de sa hauteur avec fracture du col fémoral droit. Prothèse intermédiaire de hanche le "
           "16/08/2025 (Dr LOPEZ) ; l'analyse histologique de la tête fémorale révèle une métastase de carcinome "
           "urothélial."),
    ("li", "TEP-TDM du 05/09/2025 : lésions osseuses multiples (L2, bassin, arcs costaux), adénopathies "
           "rétropéritonéales."),
    ("li", "Radiothérapie post-opératoire du fémur droit, 20 Gy en 5 fractions, terminée le 30/09/2025."),
    ("li", "Depuis le 01/10/2025 : enfortumab vedotin + pembrolizumab (Keytruda), 3e cycle le 12/11/2025, bonne "
           "tolérance en dehors d'une neuropathie périphérique de grade 1 (paresthésies des doigts)."),
    ("li", "Dénosumab (Xgeva) 120 mg toutes les 4 semaines depuis le 15/10/2025, après bilan bucco-dentaire, avec "
           "supplémentation vitamino-calcique."),
    ("b", "Antécédents"),
    ("p", "Cardiopathie ischémique avec stent de l'IVA en 2019, HTA, dyslipidémie. Ancien fumeur (35 PA). "
          "Famille : un frère traité par radiothérapie pour un cancer de la prostate."),
    ("p", "Anticoagulation : Lovenox 4000 UI/j pendant 35 jours après la prothèse, terminé fin septembre. Il ne "
          "reçoit actuellement aucun traitement anticoagulant."),
    ("p", "Antiagrégant : Kardégic 75 mg poursuivi (stent)."),
    ("b", "Situation actuelle"),
    ("p", "Douleurs lombaires hautes depuis 3 semaines, à la mobilisation et en position debout prolongée, EN 3/10 "
          "sous Dafalgan codéiné. La hanche opérée est indolore. Pas de déficit neurologique. OMS 1. Poids stable."),
    ("p", "IRM du rachis du 06/11/2025 : lésion lytique de L2 avec atteinte du mur postérieur, sans épidurite ; "
          "score SINS à 9 (potentiellement instable)."),
    ("b", "Traitement actuel"),
    ("table", [
        ["Médicament", "Posologie", "Depuis"],
        ["Keytruda (pembrolizumab)", "200 mg IV toutes les 3 semaines", "01/10/2025"],
        ["Padcev (enfortumab vedotin)", "1,25 mg/kg J1 et J8 toutes les 3 semaines", "01/10/2025"],
        ["Xgeva (dénosumab)", "120 mg SC toutes les 4 semaines", "15/10/2025"],
        ["Cacit D3", "1 sachet par jour", "15/10/2025"],
        ["Kardégic 75 mg", "1 sachet par jour", "2019"],
        ["Dafalgan codéiné", "2 cp 3 fois par jour", "10/2025"],
        ["Cardensiel 5 mg", "1 cp par jour", "2019"],
        ["Tahor 40 mg", "1 cp par jour", "2019"],
        ["Forlax 10 g", "1 sachet par jour", "10/2025"],
    ]),
    ("blank",),
    ("b", "Projet thérapeutique"),
    ("p", "Poursuite de l'association enfortumab vedotin – pembrolizumab à visée palliative. Le pronostic est estimé "
          "à plus d'un an si la réponse se confirme."),
    ("b", "Questions à la RCP"),
    ("p", "1. Radiothérapie (stéréotaxique ?) de L2 ou cimentoplastie ?"),
    ("p", "2. Indication d'une stabilisation chirurgicale (SINS 9) ?"),
    ("blank",),
    ("p", "Bien confraternellement,"),
    ("p", "Dr K. HADDAD"),
]

# ---------------------------------------------------------------------------
# Letter registry with gold records
# ---------------------------------------------------------------------------

D = dt.date
LETTERS = [
    dict(
        id="f01", fmt="image", author="general practitioner", text=F01,
        date=D(2025, 11, 12), birth=D(1947, 9, 3), age_written=78,
        fax_from="De : 04 65 71 23 08", fax_time="12/11/2025 14:32", font_px=28, angle=0.35, seed=1501,
        anticoag_only_in_list=True,
        not_current={"M05BX04": "dénosumab only evoked by the urologist (plan)",
                     "B01AC06": "Kardégic interrupted in 2023"},
        evidence={"anticoagulation": ["XARELTO 20 mg : 1 comprimé le soir"],
                  "antiplatelets": ["Le Kardégic a été interrompu"],
                  "priorLocalTreatments": ["Il n'a jamais reçu de radiothérapie sur les lésions osseuses"],
                  "boneDiagnosis": ["scintigraphie osseuse de contrôle le 18/09/2025"],
                  "primaryTumor": ["Adénocarcinome de la prostate", "48 ng/ml"]},
        gold=make_gold(
            "f01", "M", 78,
            primaryTumor=tumor("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
            boneDiagnosis=bone("present", ["staging_imaging"], True),
            pain=pain("present", ["mechanical", "nocturnal"], 5),
            currentMedications=meds("present", "L02AE04", "L02BB04", "B01AF01", "C07AB07", "A10BA02",
                                    "C10AA05", "N02BE01"),
            priorLocalTreatments=local("absent"),
            boneTargetedTherapy=agents("unknown"),
            anticoagulation=agents("present", "B01AF01"),
            antiplatelets=agents("absent"),
            prognosis=prog("present", ecog=1),
            therapeuticProject=proj("present"),
        ),
        tricky="GP letter over two faxed pages; Xarelto appears only in the page-2 prescription (ACFA in the "
               "history, the word anticoagulant never written); Kardégic interrupted in 2023; prostate irradiation "
               "is not a bone treatment ('jamais reçu de radiothérapie sur les lésions osseuses'); Xgeva only "
               "evoked; bone lesions found on follow-up scintigraphy for a rising PSA, pain came later.",
    ),
    dict(
        id="f02", fmt="image", author="medical oncologist", text=F02, form=True,
        date=D(2025, 11, 4), birth=D(1963, 11, 27), age_written=None,
        fax_from="De : 04 65 71 45 11", fax_time="04/11/2025 11:05", font_px=27, angle=-0.3, seed=1502,
        not_current={"L02BA01": "tamoxifène arrêté en mars 2023"},
        evidence={"primaryTumor": ["carcinome canalaire infiltrant", "RE ☒ positifs", "RP ☐ positifs ☒ négatifs",
                                   "FISH non amplifiée"],
                  "boneTargetedTherapy": ["Traitement anti-résorptif osseux : ☒ Oui"],
                  "anticoagulation": ["Anticoagulant : ☐ Oui   ☒ Non"],
                  "antiplatelets": ["Antiagrégant plaquettaire : ☐ Oui   ☒ Non"],
                  "priorLocalTreatments": ["☒ Aucun"],
                  "boneDiagnosis": ["☒ Imagerie de bilan ou de surveillance", "Date de découverte : 21/08/2025"]},
        gold=make_gold(
            "f02", "F", 61,
            primaryTumor=tumor("present", "breast", "invasive_ductal_carcinoma",
                               {"ER": "positive", "PR": "negative", "HER2": "negative"}),
            boneDiagnosis=bone("present", ["staging_imaging"], True),
            pain=pain("present", ["mechanical"], 3),
            currentMedications=meds("present", "L02BG04", "L01EF02", "M05BX04", "N02BE01", "A12AX",
                                    "H03AA01", "A02BC05"),
            priorLocalTreatments=local("absent"),
            boneTargetedTherapy=agents("present", "M05BX04"),
            anticoagulation=agents("absent"),
            antiplatelets=agents("absent"),
            prognosis=prog("present", ecog=1),
            therapeuticProject=proj("present", "palliative"),
        ),
        tricky="Scanned 'Fiche de demande d'avis RCP' with ☒/☐ checkboxes (OCR); age only from a birth date whose "
               "birthday falls later in the month of the request (61, not 62); HER2 1+/2+ FISH-negative is "
               "negative; breast surgery and irradiation of 2018 are not bone treatments; tamoxifen stopped 2023; "
               "unticked options must not be read.",
    ),
    dict(
        id="f03", fmt="image", author="emergency physician", text=F03,
        date=D(2025, 11, 9), birth=D(1961, 2, 15), age_written=64,
        fax_from="De : 04 65 71 60 09", fax_time="09/11/2025 03:47", font_px=26, angle=0.45, seed=1503,
        not_current={"M01AE03": "kétoprofène 5 jours, passé",
                     "A10BA02": "Glucophage suspendu (produit de contraste)"},
        evidence={"anticoagulation": ["Lovenox 4000 UI SC/j en prévention",
                                      "Pas d'anticoagulant ni d'antiagrégant à domicile"],
                  "primaryTumor": ["évocatrice d'un primitif bronchique", "Pas de preuve histologique",
                                   "PSA 1,1 ng/ml (normal)"],
                  "boneDiagnosis": ["compression médullaire", "Dorsalgies depuis environ 3 semaines"],
                  "prognosis": ["Actuellement OMS 3"],
                  "therapeuticProject": ["Le projet thérapeutique oncologique dépendra de l'histologie"]},
        gold=make_gold(
            "f03", "M", 64,
            primaryTumor=tumor("uncertain", "lung", None, {"PSA": "negative"}),
            boneDiagnosis=bone("present", ["pain", "neurological_deficit"], True),
            pain=pain("present", ["neuropathic", "nocturnal", "mechanical"], 4),
            currentMedications=meds("present", "C09AA05", "N05BA12", "H02AB02", "N02AA01", "N02BE01",
                                    "A02BC01", "B01AB05"),
            priorLocalTreatments=local("unknown"),
            boneTargetedTherapy=agents("unknown"),
            anticoagulation=agents("present", "B01AB05"),
            antiplatelets=agents("absent"),
            prognosis=prog("present", ecog=3),
            therapeuticProject=proj("unknown"),
        ),
        tricky="Night-time emergency letter for spinal cord compression; primary only suspected (lung mass, no "
               "histology) with a normal PSA (negative); 'pas d'anticoagulant à domicile' but preventive Lovenox "
               "started in the ED (present); Glucophage suspended and a past ketoprofen course are not current; "
               "pain 8/10 then 4/10; OMS 1 a month ago, OMS 3 now; project explicitly depends on histology.",
    ),
    dict(
        id="f04", fmt="image", author="radiation oncologist", text=F04,
        date=D(2025, 11, 14), birth=None, age_written=67,
        fax_from="De : 04 65 71 90 69", fax_time="14/11/2025 10:18", font_px=28, angle=-0.2, seed=1504,
        not_current={},
        evidence={"primaryTumor": ["carcinome vésiculaire de la thyroïde", "pas de mutation BRAF V600E"],
                  "priorLocalTreatments": ["radiothérapie externe de 30 Gy en 10 fractions"],
                  "pain": ["EN 0/10"],
                  "prognosis": ["Karnofsky à 80 %"],
                  "anticoagulation": ["Pas d'anticoagulant."],
                  "antiplatelets": ["Kardégic 75 mg/j"]},
        gold=make_gold(
            "f04", "F", 67,
            primaryTumor=tumor("present", "thyroid", "other", {"BRAF": "negative"}),
            boneDiagnosis=bone("present", ["pain"], True),
            pain=pain("absent", [], 0),
            currentMedications=meds("present", "L01EX08", "H03AA01", "M05BA08", "C09AA05", "B01AC06"),
            priorLocalTreatments=local("present", "radiotherapy"),
            boneTargetedTherapy=agents("present", "M05BA08"),
            anticoagulation=agents("absent"),
            antiplatelets=agents("present", "B01AC06"),
            prognosis=prog("present", kps=80),
            therapeuticProject=proj("present"),
        ),
        tricky="Radiotherapist's oligoprogression letter for a follicular thyroid carcinoma (histology 'other'); "
               "NRAS mutated is not a listed marker, BRAF V600E absent is negative; radioiodine is systemic, the "
               "2023 external RT of the acetabulum is the prior local treatment; first bone lesion revealed by "
               "hip pain in 2023; now painless (EN 0/10); Karnofsky only; no intent word.",
    ),
    dict(
        id="f05", fmt="image", author="palliative-care team", text=F05,
        date=D(2025, 11, 7), birth=D(1944, 6, 19), age_written=81,
        fax_from="De : 04 65 71 77 29", fax_time="07/11/2025 16:05", font_px=28, angle=0.25, seed=1505,
        not_current={"B01AB10": "Innohep arrêté le 30/10/2025",
                     "M05BX04": "Xgeva arrêté"},
        evidence={"therapeuticProject": ["soins de support exclusifs"],
                  "anticoagulation": ["arrêté le 30/10/2025"],
                  "boneTargetedTherapy": ["Xgeva : arrêté"],
                  "pain": ["brûlures", "4/10 depuis l'augmentation de l'oxycodone",
                           "Il n'y a plus de réveils nocturnes"],
                  "priorLocalTreatments": ["Radiothérapie antalgique du rachis lombaire"],
                  "prognosis": ["OMS 3, PPS à 40 %"],
                  "primaryTumor": ["KRAS muté", "BRAF non muté"]},
        gold=make_gold(
            "f05", "F", 81,
            primaryTumor=tumor("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
            boneDiagnosis=bone("present", ["staging_imaging"], False),
            pain=pain("present", ["mechanical", "neuropathic"], 4),
            currentMedications=meds("present", "N02AA05", "N03AX16", "H02AB06", "N02BE01", "A06AD65",
                                    "A02BC05", "N05CF01"),
            priorLocalTreatments=local("present", "radiotherapy"),
            boneTargetedTherapy=agents("absent"),
            anticoagulation=agents("absent"),
            antiplatelets=agents("unknown"),
            prognosis=prog("present", ecog=3),
            therapeuticProject=proj("present", "supportive"),
        ),
        tricky="Palliative-care team letter; best supportive care decided (intent supportive, no current "
               "oncologic drug); Innohep and Xgeva listed under 'Traitements arrêtés'; preoperative rectal "
               "chemoradiation is not a bone treatment, the lumbar palliative RT is; bone discovery undated; "
               "DN4 5/10 is not the pain score (EN 4/10 now, 7/10 before); nocturnal pain denied now; PPS is not KPS.",
    ),
    dict(
        id="f06", fmt="image", author="general practitioner", text=F06,
        date=D(2025, 11, 17), birth=None, age_written=58,
        fax_from="De : 04 65 71 31 12", fax_time="18/11/2025 08:15", font_px=30, angle=-0.45, seed=1506,
        not_current={"B01AA07": "Sintrom named only with doubt ('il prendrait', 'Sintrom ?')"},
        evidence={"anticoagulation": ["il prendrait du Sintrom", "à vérifier avec le patient"],
                  "priorLocalTreatments": ["Il n'a jamais été irradié"],
                  "pain": ["surtout la nuit", "EN 6/10", "Pas de fourmillements"],
                  "therapeuticProject": ["discuter d'un éventuel traitement"],
                  "primaryTumor": ["carcinome à cellules claires"]},
        gold=make_gold(
            "f06", "M", 58,
            primaryTumor=tumor("present", "kidney", "clear_cell_carcinoma"),
            boneDiagnosis=bone("present", ["pain"], True),
            pain=pain("present", ["nocturnal"], 6),
            currentMedications=meds("present", "N02AX02", "N02BE01", "C10AA05"),
            priorLocalTreatments=local("absent"),
            boneTargetedTherapy=agents("unknown"),
            anticoagulation=agents("uncertain", "B01AA07"),
            antiplatelets=agents("unknown"),
            prognosis=prog("unknown"),
            therapeuticProject=proj("unknown"),
        ),
        tricky="Short GP note in the largest print with a typo ('Je me permet'); Sintrom only supposed "
               "('il prendrait… à vérifier', 'Sintrom ?'): uncertain with its code but not a current drug; "
               "renal cancer operated in 2021, now under surveillance; father's kidney cancer; pain only at "
               "night, tingling denied; no performance status, no decided treatment.",
    ),
    dict(
        id="f07", fmt="textpdf", author="medical oncologist", text=F07, form=True,
        date=D(2025, 11, 5), birth=D(1957, 11, 11), age_written=None,
        fax_header="05/11/2025 09:47   De : 04 65 71 52 30   À : Secrétariat RCP métastases osseuses",
        fax_footer="Hôpital Saint-Vérand – Fiche RCP métastases osseuses v2.3",
        not_current={"M05BX04": "Xgeva à discuter (plan), anti-résorptif ☒ Non"},
        evidence={"anticoagulation": ["Anticoagulant : ☒ Oui", "repris le 23/10/2025"],
                  "boneTargetedTherapy": ["Traitement anti-résorptif : ☐ Oui   ☒ Non"],
                  "antiplatelets": ["Antiagrégant plaquettaire : ☐ Oui   ☒ Non"],
                  "primaryTumor": ["mélanome", "☒ non muté (sauvage)"],
                  "therapeuticProject": ["☒ Palliative"]},
        gold=make_gold(
            "f07", "M", 67,
            primaryTumor=tumor("present", "melanoma", "other", {"BRAF": "negative"}),
            boneDiagnosis=bone("present", ["pain"], True),
            pain=pain("present", ["mechanical", "nocturnal"], 5),
            currentMedications=meds("present", "L01FF01", "B01AF02", "N02AX02", "H03AA01", "C07AB07"),
            priorLocalTreatments=local("absent"),
            boneTargetedTherapy=agents("absent"),
            anticoagulation=agents("present", "B01AF02"),
            antiplatelets=agents("absent"),
            prognosis=prog("present", ecog=1),
            therapeuticProject=proj("present", "palliative"),
        ),
        tricky="Text-layer PDF of a faxed RCP form (fax header and form footer on both pages, ☒/☐ boxes); "
               "melanoma with BRAF wild type (NRAS not a listed marker); Eliquis suspended 48 h before the bone "
               "biopsy and resumed (still present); Xgeva only 'à discuter' with the bone-therapy box 'Non'; Ixprim "
               "counts as tramadol only (table); age from a birth date six days after the request (67).",
    ),
    dict(
        id="f08", fmt="textpdf", author="rheumatologist", text=F08,
        date=D(2025, 11, 3), birth=D(1951, 4, 2), age_written=74,
        fax_header="03/11/2025 17:22   De : 04 65 71 90 15   Cabinet de rhumatologie du Parc",
        fax_footer="Cabinet de rhumatologie du Parc – 18 boulevard des Cèdres – 38999 Lisle-sur-Romanche",
        not_current={"N02AX02": "Topalgic arrêté début octobre",
                     "M05BA08": "acide zolédronique only asked about",
                     "M05BX04": "dénosumab only asked about"},
        evidence={"boneTargetedTherapy": ["Actonel 35 mg", "traitement toujours en cours"],
                  "antiplatelets": ["repris le lendemain du geste"],
                  "anticoagulation": ["pas d'anticoagulant"],
                  "priorLocalTreatments": ["kyphoplastie de T12 a été réalisée le 03/10/2025"],
                  "primaryTumor": ["EGFR et ALK en cours", "PD-L1 exprimé à 10 %"],
                  "therapeuticProject": ["aucun traitement oncologique n'a encore été débuté"],
                  "pain": ["2/10 actuellement", "pas de douleur nocturne ni de radiculalgie"]},
        gold=make_gold(
            "f08", "F", 74,
            primaryTumor=tumor("present", "lung", "adenocarcinoma",
                               {"EGFR": "pending", "ALK": "pending", "PD-L1": "positive"}),
            boneDiagnosis=bone("present", ["pathological_fracture"], True),
            pain=pain("present", ["mechanical"], 2),
            currentMedications=meds("present", "M05BA07", "A12AX", "B01AC06", "H03AA01", "C10AA05", "N02BE01"),
            priorLocalTreatments=local("present", "cementoplasty"),
            boneTargetedTherapy=agents("present", "M05BA07"),
            anticoagulation=agents("absent"),
            antiplatelets=agents("present", "B01AC06"),
            prognosis=prog("present", ecog=1),
            therapeuticProject=proj("unknown"),
        ),
        tricky="Rheumatologist's text PDF with fax header/footer; risedronate (Actonel) for osteoporosis still "
               "taken = bone-targeted therapy present; vertebral compression fracture first thought osteoporotic "
               "revealed the disease; kyphoplasty with biopsy (cementoplasty); Kardégic suspended before the "
               "procedure and resumed; EGFR/ALK pending, PD-L1 10 %; Topalgic stopped; zoledronic acid and "
               "denosumab only asked about; no oncologic treatment started.",
    ),
    dict(
        id="f09", fmt="docx", author="general practitioner", blocks=F09,
        date=D(2025, 11, 10), birth=D(1955, 11, 14), age_written=69,
        docx_author="Cabinet Pont-Vieux", docx_title="Courrier RCP Mme Castex",
        docx_created=dt.datetime(2025, 11, 10, 8, 41, 0), docx_modified=dt.datetime(2025, 11, 10, 9, 2, 0),
        not_current={"M05BA08": "one Zometa infusion for hypercalcaemia in June",
                     "L01XA02": "carboplatine: 4 cycles July-September, over",
                     "L01CD01": "paclitaxel: 4 cycles July-September, over"},
        evidence={"anticoagulation": ["Pas de traitement anticoagulant ni antiagrégant", "Préviscan 20 mg"],
                  "pain": ["douleurs de l'épaule gauche, qu'elle décrit mal", "Pas d'évaluation chiffrée"],
                  "boneDiagnosis": ["hypercalcémie sévère"],
                  "prognosis": ["Karnofsky à 70 %"],
                  "therapeuticProject": ["palliatif"],
                  "primaryTumor": ["carcinome épidermoïde bronchique", "PD-L1 à 60 %"]},
        gold=make_gold(
            "f09", "F", 69,
            primaryTumor=tumor("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
            boneDiagnosis=bone("present", ["hypercalcemia"], True),
            pain=pain("present", [], None),
            currentMedications=meds("present", "L01FF02", "M05BX04", "B01AA12", "A12AX", "H03AA01", "C03CA01",
                                    "A02BC05", "N02BE01"),
            priorLocalTreatments=local("unknown"),
            boneTargetedTherapy=agents("present", "M05BX04"),
            anticoagulation=agents("conflicting", "B01AA12"),
            antiplatelets=agents("absent"),
            prognosis=prog("present", kps=70),
            therapeuticProject=proj("present", "palliative"),
        ),
        tricky="GP DOCX with secretary typos ('discution', 'Le diagnostique'); 'Pas de traitement anticoagulant' "
               "in the text while the copied prescription table holds Préviscan (conflicting, kept as current); "
               "AF in the history; hypercalcaemia revealed the disease, its single Zometa infusion is not current, "
               "monthly Xgeva is; chemotherapy over, pembrolizumab maintenance ongoing; shoulder pain without type "
               "or score; occasional Doliprane counted as taken; Karnofsky reported second-hand.",
    ),
    dict(
        id="f10", fmt="docx", author="medical oncologist", blocks=F10,
        docx_header=F10_HEADER, docx_footer=F10_FOOTER,
        date=D(2025, 11, 13), birth=D(1952, 12, 30), age_written=None,
        docx_author="Secrétariat oncologie ICMV", docx_title="Demande d'avis RCP - VIDAL Jean-Pierre",
        docx_created=dt.datetime(2025, 11, 13, 10, 12, 0), docx_modified=dt.datetime(2025, 11, 13, 11, 47, 0),
        not_current={"B01AB05": "Lovenox 35 jours après la prothèse, terminé fin septembre"},
        evidence={"anticoagulation": ["Il ne reçoit actuellement aucun traitement anticoagulant"],
                  "antiplatelets": ["Kardégic 75 mg poursuivi"],
                  "priorLocalTreatments": ["Prothèse intermédiaire de hanche", "20 Gy en 5 fractions"],
                  "boneDiagnosis": ["fracture du col fémoral droit"],
                  "pain": ["à la mobilisation", "EN 3/10"],
                  "therapeuticProject": ["à visée palliative"]},
        gold=make_gold(
            "f10", "M", 72,
            primaryTumor=tumor("present", "bladder", "other"),
            boneDiagnosis=bone("present", ["pathological_fracture"], True),
            pain=pain("present", ["mechanical"], 3),
            currentMedications=meds("present", "L01FF02", "M05BX04", "A12AX", "B01AC06", "N02AJ06", "C07AB07",
                                    "C10AA05", "A06AD15"),
            priorLocalTreatments=local("present", "surgery", "radiotherapy"),
            boneTargetedTherapy=agents("present", "M05BX04"),
            anticoagulation=agents("absent"),
            antiplatelets=agents("present", "B01AC06"),
            prognosis=prog("present", ecog=1),
            therapeuticProject=proj("present", "palliative"),
        ),
        tricky="Oncologist DOCX with the letterhead in the page header and two tables; urothelial bladder "
               "carcinoma (histology 'other'); pathological femoral-neck fracture treated by hemiarthroplasty then "
               "20 Gy (surgery + radiotherapy); cystoprostatectomy and the brother's prostate RT do not count; "
               "post-operative Lovenox finished (absent); chemotherapy-induced paresthesia is not a pain type; "
               "Dafalgan codéiné is N02AJ06 only; Padcev is not in the ATC table.",
    ),
]


# ---------------------------------------------------------------------------
# Contract check
# ---------------------------------------------------------------------------

def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).lower()


def load_atc(path: Path) -> dict[str, list[str]]:
    ref = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        code = cols[0].strip()
        names = [cols[1], cols[2]] + (cols[4].split(",") if len(cols) > 4 and cols[4] else [])
        ref[code] = [n.strip() for n in names if n.strip()]
    return ref


def mentioned_codes(text: str, ref: dict[str, list[str]]) -> dict[str, set[str]]:
    """Drugs of the table named in a text, longest names first (so 'Cacit D3' is not also 'Cacit')."""
    t = norm(text)
    pairs = sorted(((norm(n), code) for code, names in ref.items() for n in names), key=lambda p: -len(p[0]))
    found: dict[str, set[str]] = {}
    for name, code in pairs:
        pat = re.compile(r"(?<![a-z0-9])" + re.escape(name) + r"(?![a-z0-9])")
        while True:
            m = pat.search(t)
            if not m:
                break
            found.setdefault(code, set()).add(name)
            t = t[:m.start()] + "#" * (m.end() - m.start()) + t[m.end():]
    return found


def plain_text(letter: dict) -> str:
    if letter["fmt"] == "docx":
        parts = list(letter.get("docx_header", []))
        for block in letter["blocks"]:
            if block[0] == "table":
                parts.extend(" | ".join(row) for row in block[1])
            elif block[0] != "blank":
                parts.append(block[1])
        if letter.get("docx_footer"):
            parts.append(letter["docx_footer"])
        return "\n".join(parts)
    out = []
    for line in letter["text"].replace("\f", "\n").split("\n"):
        for prefix in ("**", ">>", "~~"):
            if line.startswith(prefix):
                line = line[len(prefix):]
        if line.strip() == "---":
            continue
        out.append(line)
    return "\n".join(out)


def check(letters: list[dict], ref: dict[str, list[str]]) -> list[str]:
    errs: list[str] = []
    ids = [l["id"] for l in letters]
    if ids != [f"f{i:02d}" for i in range(1, len(letters) + 1)]:
        errs.append(f"letter ids not f01..: {ids}")
    fmts = [l["fmt"] for l in letters]
    if (fmts.count("image"), fmts.count("textpdf"), fmts.count("docx")) != (6, 2, 2):
        errs.append(f"format mix is not 6 image PDFs, 2 text PDFs, 2 DOCX: {fmts}")
    if sum(1 for l in letters if l.get("form")) < 2:
        errs.append("fewer than two structured referral forms")
    codes = set(ref)

    for L in letters:
        lid, g = L["id"], L["gold"]
        text = plain_text(L)
        nt = norm(text)

        def err(msg):
            errs.append(f"{lid}: {msg}")

        # shape
        expected_keys = ["id", "patient", *ALL_ITEMS, "gaps"]
        if list(g) != expected_keys:
            err(f"gold keys {list(g)} != {expected_keys}")
            continue
        if g["id"] != lid:
            err("gold id differs from the letter stem")
        # patient
        p = g["patient"]
        if p.get("sex") not in ("F", "M"):
            err(f"sex {p.get('sex')!r}")
        if not isinstance(p.get("age"), int):
            err("age is not an integer")
        if L.get("birth"):
            b = L["birth"]
            if age_at(b, L["date"]) != p["age"]:
                err(f"age {p['age']} != {age_at(b, L['date'])} computed from {b} at {L['date']}")
            if b.strftime("%d/%m/%Y") not in text:
                err(f"birth date {b:%d/%m/%Y} not written in the letter")
        if L.get("age_written") is not None:
            if L["age_written"] != p["age"]:
                err("written age differs from gold age")
            if f"{L['age_written']} ans" not in text:
                err(f"'{L['age_written']} ans' not in the letter")
        if not L.get("birth") and L.get("age_written") is None:
            err("no birth date and no written age: age not defensible")
        d = L["date"]
        if not any(s in text for s in (d.strftime("%d/%m/%Y"), d.strftime("%d/%m/%y"),
                                         f"{d.day} {['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'][d.month-1]} {d.year}")):
            err(f"letter date {d} not written in the letter")
        # statuses
        for item in ALL_ITEMS:
            st = g[item].get("status")
            if st not in ALLOWED_STATUS[item]:
                err(f"{item}.status {st!r} not allowed ({sorted(ALLOWED_STATUS[item])})")
        # primary tumour
        t = g["primaryTumor"]
        if set(t) != {"status", "site", "histology", "biomarkers"}:
            err(f"primaryTumor keys {set(t)}")
        if t["site"] is not None and t["site"] not in SITES:
            err(f"site {t['site']!r}")
        if t["histology"] is not None and t["histology"] not in HISTOLOGIES:
            err(f"histology {t['histology']!r}")
        for k, v in t["biomarkers"].items():
            if k not in BIOMARKERS or v not in BIOMARKER_RESULTS:
                err(f"biomarker {k}={v}")
        if t["status"] == "unknown" and (t["site"] or t["histology"] or t["biomarkers"]):
            err("primaryTumor unknown but with values")
        if t["status"] == "present" and not t["site"]:
            err("primaryTumor present without site")
        # bone diagnosis
        bd = g["boneDiagnosis"]
        if set(bd) != {"status", "circumstances", "dated"} or not isinstance(bd["dated"], bool):
            err("boneDiagnosis shape")
        if any(c not in CIRCUMSTANCES for c in bd["circumstances"]):
            err(f"circumstances {bd['circumstances']}")
        if bd["status"] == "present" and not bd["circumstances"]:
            err("boneDiagnosis present without circumstance")
        if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
            err("boneDiagnosis unknown but with values")
        # pain
        pn = g["pain"]
        if set(pn) != {"status", "types", "intensity"}:
            err("pain shape")
        if any(x not in PAIN_TYPES for x in pn["types"]) or len(set(pn["types"])) != len(pn["types"]):
            err(f"pain types {pn['types']}")
        if pn["status"] in ("absent", "unknown") and pn["types"]:
            err("pain types without pain")
        if pn["intensity"] is not None:
            if not isinstance(pn["intensity"], int) or not 0 <= pn["intensity"] <= 10:
                err(f"pain intensity {pn['intensity']!r}")
            elif f"{pn['intensity']}/10" not in text:
                err(f"pain intensity {pn['intensity']}/10 not written in the letter")
            if pn["status"] == "unknown":
                err("pain intensity with unknown pain")
            if pn["status"] == "absent" and pn["intensity"] != 0:
                err("absent pain with non-zero intensity")
            if pn["status"] == "present" and pn["intensity"] == 0:
                err("present pain scored 0")
        # local treatments
        lt = g["priorLocalTreatments"]
        if any(x not in LOCAL_TYPES for x in lt["types"]):
            err(f"local treatment types {lt['types']}")
        if lt["status"] in ("absent", "unknown") and lt["types"]:
            err("local treatment types with absent/unknown status")
        if lt["status"] == "present" and not lt["types"]:
            err("local treatments present without a type")
        # medications and agents
        cm = g["currentMedications"]
        cur = set(cm["atc"])
        for sec in ["currentMedications", *AGENT_GROUPS]:
            for c in g[sec]["atc"]:
                if c not in codes:
                    err(f"{sec}: ATC {c} not in atc-reference.tsv")
            if g[sec]["atc"] != sorted(set(g[sec]["atc"])):
                err(f"{sec}: ATC list not sorted/unique")
        if cm["status"] in ("absent", "unknown") and cur:
            err("current medications listed with absent/unknown status")
        if cm["status"] == "present" and not cur:
            err("current medications present but no table drug (check)")
        for sec, prefixes in AGENT_GROUPS.items():
            s = g[sec]
            for c in s["atc"]:
                if not c.startswith(prefixes):
                    err(f"{sec}: {c} is not of this group {prefixes}")
            if s["status"] in ("absent", "unknown") and s["atc"]:
                err(f"{sec}: agents with status {s['status']}")
            if s["status"] in ("present", "conflicting"):
                missing = set(s["atc"]) - cur
                if missing:
                    err(f"{sec}: {s['status']} agent(s) {sorted(missing)} not in currentMedications")
            if s["status"] == "uncertain" and set(s["atc"]) & cur:
                err(f"{sec}: doubtful agent(s) listed as current medication")
            if s["status"] == "conflicting" and not s["atc"]:
                err(f"{sec}: conflicting without agent (check)")
            group_cur = {c for c in cur if c.startswith(prefixes)}
            if group_cur - set(s["atc"]):
                err(f"{sec}: current drug(s) {sorted(group_cur - set(s['atc']))} of this group not in the section")
            if group_cur and s["status"] not in ("present", "conflicting"):
                err(f"{sec}: a current drug of this group but status {s['status']}")
        # every table drug the letter names is accounted for
        found = mentioned_codes(text, ref)
        for c in sorted(found):
            if c not in cur and c not in L["not_current"]:
                err(f"letter names {sorted(found[c])} ({c}) but it is neither current nor explained in not_current")
            if c in cur and c in L["not_current"]:
                err(f"{c} both current and not_current")
        for c in sorted(cur):
            if c not in found:
                err(f"current drug {c} is not named in the letter")
        for c in L["not_current"]:
            if c not in found:
                err(f"not_current {c} is not named in the letter")
            if c not in codes:
                err(f"not_current {c} not in atc-reference.tsv")
        for sec in AGENT_GROUPS:
            for c in g[sec]["atc"]:
                if c not in found:
                    err(f"{sec}: agent {c} not named in the letter")
        # prognosis
        pr = g["prognosis"]
        if not set(pr) <= {"status", "ecog", "kps"} or ("ecog" not in pr and "kps" not in pr):
            err("prognosis shape")
        ecog, kps = pr.get("ecog"), pr.get("kps")
        if ecog is not None:
            if ecog not in range(0, 6):
                err(f"ecog {ecog}")
            if not re.search(rf"(oms|ecog|ps)\s*:?\s*{ecog}\b|☒ {ecog}\b", nt):
                err(f"ECOG {ecog} not written in the letter")
        if kps is not None:
            if kps not in range(0, 101, 10):
                err(f"kps {kps}")
            if not re.search(rf"karnofsky[^.]*{kps}\s*%|kps[^.]*{kps}", nt):
                err(f"Karnofsky {kps} not written in the letter")
        if pr["status"] == "unknown" and (ecog is not None or kps is not None):
            err("prognosis unknown with a performance status")
        # project
        pj = g["therapeuticProject"]
        if pj["intent"] is not None:
            if pj["intent"] not in INTENTS:
                err(f"intent {pj['intent']!r}")
            word = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support exclusifs"}
            if word[pj["intent"]] not in nt:
                err(f"intent {pj['intent']} has no supporting word in the letter")
        if pj["status"] == "unknown" and pj["intent"] is not None:
            err("project unknown with an intent")
        # gaps derived by the rule, never by hand
        if g["gaps"] != compute_gaps(g):
            err("gaps differ from the spec's rule")
        for gi, kind in g["gaps"]:
            if gi not in GAP_ITEMS or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
                err(f"gap {gi}/{kind}")
        # evidence snippets must be verbatim in the letter
        for item, snippets in L.get("evidence", {}).items():
            if item not in ALL_ITEMS:
                err(f"evidence for unknown item {item}")
            for s in snippets:
                if norm(s) not in nt:
                    err(f"evidence for {item} not found verbatim: {s!r}")
        # forms and special cases
        if L.get("form"):
            if "☒" not in text or "☐" not in text or "fiche de demande d'avis rcp" not in nt:
                err("form without checkboxes or title")
        if L.get("anticoag_only_in_list"):
            if "anticoag" in nt:
                err("anticoagulant meant to appear only in the drug list, but the word is written")
            ac = g["anticoagulation"]
            if ac["status"] != "present" or not ac["atc"]:
                err("anticoag-only-in-list letter without a present anticoagulant")
        if L["fmt"] == "image" and L["text"].count("\f") > 1:
            err("image letter longer than two pages")
        if L["fmt"] == "image" and not (26 <= L["font_px"] <= 30 and abs(L["angle"]) <= 0.5):
            err("image font size or rotation outside the brief")
        if not L.get("tricky"):
            err("no description of what is tricky")
    # corpus-level requirements of the brief
    if not any(L.get("anticoag_only_in_list") for L in letters):
        errs.append("no letter with the anticoagulant only in a drug list")
    if not any("repris" in norm(plain_text(L)) and L["gold"]["anticoagulation"]["status"] == "present"
               and "suspendu" in norm(plain_text(L)) for L in letters):
        errs.append("no letter with an anticoagulant stopped before a procedure and resumed")
    if not any("osteoporose" in norm(plain_text(L)) and L["gold"]["boneTargetedTherapy"]["status"] == "present"
               for L in letters):
        errs.append("no letter with a bone-targeted drug for osteoporosis")
    return errs


# ---------------------------------------------------------------------------
# Layout shared by the image and text-PDF writers
# ---------------------------------------------------------------------------

def layout(text, width, measure, line_h, top, bottom_limit, left, rule_dy):
    """Return pages: lists of ops ('text', x, y, s, bold) / ('rule', x1, y, x2); y grows downwards."""
    pages, ops, y = [], [], top

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops, y = [], top

    for raw_page in text.split("\f"):
        if pages or ops:
            newpage()
        for line in raw_page.rstrip("\n").split("\n"):
            bold, align = False, "left"
            if line.startswith("**"):
                bold, line = True, line[2:]
            elif line.startswith(">>"):
                align, line = "right", line[2:]
            elif line.startswith("~~"):
                bold, align, line = True, "center", line[2:]
            if line.strip() == "---":
                ops.append(("rule", left, y + rule_dy, left + width))
                y += line_h * 0.6
                continue
            if not line.strip():
                y += line_h * 0.6
                continue
            indent = 0.0
            if line.startswith("- "):
                indent = measure("- ", bold)
            words = re.findall(r"[☐☒] +\S+\s*|\S+\s*", line)  # a box stays with its label
            cur, rows, first = "", [], True
            for w in words:
                avail = width - (0 if first else indent)
                if cur and measure((cur + w).rstrip(), bold) > avail:
                    rows.append((cur.rstrip(), first))
                    cur, first = w, False
                else:
                    cur += w
            rows.append((cur.rstrip(), first))
            for s, is_first in rows:
                if y > bottom_limit:
                    newpage()
                x = left + (0 if is_first else indent)
                if align == "right":
                    x = left + width - measure(s, bold)
                elif align == "center":
                    x = left + (width - measure(s, bold)) / 2
                ops.append(("text", x, y, s, bold))
                y += line_h
    pages.append(ops)
    return pages


# ---------------------------------------------------------------------------
# Image-only (scanned fax) PDFs with Pillow
# ---------------------------------------------------------------------------

def write_image_pdf(L, path: Path):
    from PIL import Image, ImageDraw, ImageFont

    W, H = 2480, 3508  # A4 at 300 dpi
    size = L["font_px"]
    reg = ImageFont.truetype(str(REGULAR), size)
    bold = ImageFont.truetype(str(BOLD), size)
    head_font = ImageFont.truetype(str(REGULAR), 26)

    def measure(s, b):
        return (bold if b else reg).getlength(s)

    left, right = 200, 200
    pages = layout(L["text"], W - left - right, measure, round(size * 1.5), 250, H - 220, left, 0.05 * round(size * 1.5))
    n = len(pages)
    images = []
    for i, ops in enumerate(pages, 1):
        img = Image.new("L", (W, H), 255)
        dr = ImageDraw.Draw(img)
        dr.text((120, 60), f"{L['fax_from']}  Page {i}/{n}  {L['fax_time']}", font=head_font, fill=0)
        for op in ops:
            if op[0] == "text":
                _, x, y, s, b = op
                dr.text((round(x), round(y)), s, font=bold if b else reg, fill=0)
            else:
                _, x1, y, x2 = op
                dr.line([(round(x1), round(y)), (round(x2), round(y))], fill=0, width=2)
        img = img.rotate(L["angle"], resample=Image.BICUBIC, expand=False, fillcolor=255)
        rng = random.Random(L["seed"] * 10 + i)
        px = img.load()
        for _ in range(9000):
            x, y = rng.randrange(W - 2), rng.randrange(H - 2)
            v = rng.randint(170, 225)
            px[x, y] = min(px[x, y], v)
            if rng.random() < 0.25:
                px[x + 1, y] = min(px[x + 1, y], v)
                px[x, y + 1] = min(px[x, y + 1], v)
        for _ in range(3):  # faint horizontal streaks of the fax scanner
            yy = rng.randrange(300, H - 300)
            for x in range(0, W, 3):
                if rng.random() < 0.6:
                    px[x, yy] = min(px[x, yy], 232)
        images.append(img)
    stamp = time.struct_time((L["date"].year, L["date"].month, L["date"].day, 15, 0, 0, 0, 1, -1))
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=300.0, save_all=True, append_images=images[1:], quality=82,
                   title=f"FAX {L['id'].upper()}", author="", creator="NetFax Gateway 4.2",
                   producer="NetFax Gateway 4.2 (scan)", creationDate=stamp, modDate=stamp)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# Text PDFs with embedded DejaVu Sans (Type0 / CIDFontType2, Identity-H, ToUnicode)
# ---------------------------------------------------------------------------

class EmbeddedFont:
    def __init__(self, path: Path, key: str):
        from fontTools.ttLib import TTFont
        self.path, self.key = path, key
        self.tt = TTFont(str(path), recalcTimestamp=False)
        self.cmap = self.tt.getBestCmap()
        self.hmtx = self.tt["hmtx"]
        self.upem = self.tt["head"].unitsPerEm
        self.used: dict[int, str] = {}

    def _glyph(self, ch):
        name = self.cmap.get(ord(ch))
        if name is None:
            raise SystemExit(f"CONTRACT VIOLATION: character {ch!r} missing from {self.path.name}")
        return name

    def width(self, s, size):
        return sum(self.hmtx[self._glyph(c)][0] for c in s) * size / self.upem

    def encode(self, s):
        out = []
        for c in s:
            gid = self.tt.getGlyphID(self._glyph(c))
            self.used.setdefault(gid, c)
            out.append(f"{gid:04X}")
        return "<" + "".join(out) + ">"

    def subset_bytes(self):
        import logging
        from fontTools import subset
        from fontTools.ttLib import TTFont
        logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
        font = TTFont(str(self.path), recalcTimestamp=False)
        opts = subset.Options()
        opts.retain_gids = True
        opts.hinting = False
        opts.layout_features = []
        opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]
        opts.notdef_outline = True
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=sorted({ord(c) for c in self.used.values()}))
        sub.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        return buf.getvalue()


def pdf_text_string(s: str) -> bytes:
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def write_text_pdf(L, path: Path):
    PW, PH = 595.28, 841.89
    size, line_h = 9.2, 12.6
    fonts = {False: EmbeddedFont(REGULAR, "F1"), True: EmbeddedFont(BOLD, "F2")}

    def measure(s, b):
        return fonts[b].width(s, size)

    left = 54.0
    pages = layout(L["text"], PW - 2 * left, measure, line_h, 70.0, PH - 60.0, left, -0.35 * line_h)
    n = len(pages)
    contents = []
    for i, ops in enumerate(pages, 1):
        cs = []
        header = f"{L['fax_header']}   Page {i}/{n}"
        footer = f"{L['fax_footer']} – page {i}/{n}"
        cs.append(f"BT /F1 7.5 Tf 1 0 0 1 {left:.2f} {PH - 28:.2f} Tm {fonts[False].encode(header)} Tj ET")
        cs.append(f"0.4 w {left:.2f} {PH - 33:.2f} m {PW - left:.2f} {PH - 33:.2f} l S")
        cs.append(f"0.4 w {left:.2f} 40.00 m {PW - left:.2f} 40.00 l S")
        for op in ops:
            if op[0] == "text":
                _, x, y, s, b = op
                f = fonts[b]
                cs.append(f"BT /{f.key} {size} Tf 1 0 0 1 {x:.2f} {PH - y:.2f} Tm {f.encode(s)} Tj ET")
            else:
                _, x1, y, x2 = op
                cs.append(f"0.6 w {x1:.2f} {PH - y:.2f} m {x2:.2f} {PH - y:.2f} l S")
        cs.append(f"BT /F1 7.5 Tf 1 0 0 1 {left:.2f} 29.00 Tm {fonts[False].encode(footer)} Tj ET")
        contents.append("\n".join(cs).encode("ascii"))

    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    def stream(data: bytes, extra: str = "") -> bytes:
        comp = zlib.compress(data, 9)
        return (f"<< /Length {len(comp)} /Filter /FlateDecode {extra}>>\nstream\n".encode()
                + comp + b"\nendstream")

    font_refs = {}
    for b, f in fonts.items():
        tt = f.tt
        scale = 1000.0 / f.upem
        tag = "".join(chr(65 + (x % 26)) for x in hashlib.sha1((L["id"] + f.key).encode()).digest()[:6])
        base = f"{tag}+{tt['name'].getDebugName(6) or 'DejaVuSans'}"
        ff = f.subset_bytes()
        ff_ref = add(stream(ff, f"/Length1 {len(ff)} "))
        head, hhea = tt["head"], tt["hhea"]
        cap = getattr(tt["OS/2"], "sCapHeight", 729) if "OS/2" in tt else 729
        desc_ref = add((
            f"<< /Type /FontDescriptor /FontName /{base} /Flags 32 /FontBBox [{round(head.xMin * scale)} "
            f"{round(head.yMin * scale)} {round(head.xMax * scale)} {round(head.yMax * scale)}] /ItalicAngle 0 "
            f"/Ascent {round(hhea.ascent * scale)} /Descent {round(hhea.descent * scale)} "
            f"/CapHeight {round(cap * scale)} /StemV {120 if b else 80} /FontFile2 {ff_ref} 0 R >>").encode())
        gids = sorted(f.used)
        w = " ".join(f"{g} [{round(f.hmtx[tt.getGlyphName(g)][0] * scale)}]" for g in gids)
        cid_ref = add((
            f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} /CIDSystemInfo << /Registry (Adobe) "
            f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {desc_ref} 0 R /CIDToGIDMap /Identity "
            f"/DW 1000 /W [{w}] >>").encode())
        cmap_lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                      "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                      "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
        for k in range(0, len(gids), 100):
            chunk = gids[k:k + 100]
            cmap_lines.append(f"{len(chunk)} beginbfchar")
            for g in chunk:
                cmap_lines.append(f"<{g:04X}> <{f.used[g].encode('utf-16-be').hex().upper()}>")
            cmap_lines.append("endbfchar")
        cmap_lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        tu_ref = add(stream("\n".join(cmap_lines).encode("ascii")))
        font_refs[f.key] = add((
            f"<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H "
            f"/DescendantFonts [{cid_ref} 0 R] /ToUnicode {tu_ref} 0 R >>").encode())

    pages_ref = len(objs) + 2 * n + 1
    page_refs = []
    for c in contents:
        c_ref = add(stream(c))
        page_refs.append(add((
            f"<< /Type /Page /Parent {pages_ref} 0 R /MediaBox [0 0 {PW} {PH}] /Resources << /Font << "
            f"/F1 {font_refs['F1']} 0 R /F2 {font_refs['F2']} 0 R >> /ProcSet [/PDF /Text] >> "
            f"/Contents {c_ref} 0 R >>").encode()))
    assert add(f"<< /Type /Pages /Kids [{' '.join(f'{r} 0 R' for r in page_refs)}] /Count {n} >>".encode()) \
        == pages_ref
    cat_ref = add(f"<< /Type /Catalog /Pages {pages_ref} 0 R >>".encode())
    d = L["date"]
    stamp = f"D:{d:%Y%m%d}{L['fax_header'][11:13]}{L['fax_header'][14:16]}00+01'00'"
    info_ref = add(b"<< /Title " + pdf_text_string(f"Fax {L['id']} - demande d'avis RCP") +
                   b" /Producer (FaxServer PDF 3.1) /Creator (FaxServer PDF 3.1) /CreationDate (" +
                   stamp.encode() + b") /ModDate (" + stamp.encode() + b") >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{k} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    fid = hashlib.md5(("corpus15" + L["id"]).encode()).hexdigest().upper()
    out.write((f"trailer\n<< /Size {len(objs) + 1} /Root {cat_ref} 0 R /Info {info_ref} 0 R "
               f"/ID [<{fid}> <{fid}>] >>\nstartxref\n{xref}\n%%EOF\n").encode())
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------

def write_docx(L, path: Path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    if L.get("docx_header"):
        hp = sec.header.paragraphs[0]
        hp.text = L["docx_header"][0]
        hp.runs[0].bold = True
        for line in L["docx_header"][1:]:
            sec.header.add_paragraph(line)
    if L.get("docx_footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = L["docx_footer"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for block in L["blocks"]:
        kind = block[0]
        if kind == "blank":
            doc.add_paragraph("")
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "b":
            doc.add_paragraph().add_run(block[1]).bold = True
        elif kind == "r":
            doc.add_paragraph(block[1]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "li":
            doc.add_paragraph(block[1], style="List Bullet")
        elif kind == "table":
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        table.cell(r, c).paragraphs[0].runs[0].bold = True
        else:
            raise SystemExit(f"CONTRACT VIOLATION: unknown DOCX block {kind}")
    cp = doc.core_properties
    cp.author = L["docx_author"]
    cp.last_modified_by = L["docx_author"]
    cp.title = L["docx_title"]
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = L["docx_created"]
    cp.modified = L["docx_modified"]
    cp.last_printed = L["docx_modified"]
    cp.revision = 3
    raw = io.BytesIO()
    doc.save(raw)
    # rewrite the zip with fixed timestamps and attributes
    stamp = L["docx_modified"].timetuple()[:6]
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------

def main() -> int:
    ref_path = find_atc_reference()
    if ref_path is None:
        print("CONTRACT VIOLATION: atc-reference.tsv not found (set RCP_ATC_REFERENCE)")
        return 1
    ref = load_atc(ref_path)
    errs = check(LETTERS, ref)
    if errs:
        for e in errs:
            print(f"CONTRACT VIOLATION: {e}")
        return 1
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for L in LETTERS:
        if L["fmt"] == "image":
            write_image_pdf(L, letters_dir / f"{L['id']}.pdf")
        elif L["fmt"] == "textpdf":
            write_text_pdf(L, letters_dir / f"{L['id']}.pdf")
        else:
            write_docx(L, letters_dir / f"{L['id']}.docx")
        (gold_dir / f"{L['id']}.json").write_text(
            json.dumps(L["gold"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"corpus15: {len(LETTERS)} letters and gold records written to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
