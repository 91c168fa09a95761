#!/usr/bin/env python3
"""Blind held-out corpus 51: an ordinary month (March 2025) of referral letters
received by the RCP « métastases osseuses » of a (fictitious) Strasbourg hospital.

Holds every letter's text and its gold record, derives gold gaps with one
function (the spec's Gaps rule), checks every gold against the contract and
writes letters/ and gold/ byte-identically on every run.

Run from /work/main:  .venv/bin/python tests/corpus51/make_letters.py
"""
from __future__ import annotations

import datetime as dt
import io
import json
import random
import time
import re
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ---------------------------------------------------------------------------
# Letters
# ---------------------------------------------------------------------------
# fmt: "pdf" (text PDF), "scan" (image-only PDF, one page), "docx", "txt"
# For docx, "blocks" is a list of ("h"|"p"|"table", payload).
# meta: letter_date (and birth_date when the age is only given that way).

LETTERS = []

LETTERS.append(dict(
    id="zy01", fmt="pdf",
    meta=dict(letter_date="2025-03-04", birth_date="1958-07-14"),
    text="""CENTRE HOSPITALIER SAINTE-AURÉLIE – STRASBOURG
Service de Pneumologie – Pr A. KIEFFER
Secrétariat : 03 88 61 47 20 – Fax : 03 88 61 47 29

Dr Lucie HERTZOG
Praticien hospitalier

                                        Strasbourg, le 4 mars 2025

                                        RCP Métastases osseuses
                                        Institut de Cancérologie Rhin-Ill
                                        à l'attention du Dr coordonnateur

Objet : M. SCHNEIDER Gérard, né le 14/07/1958

Cher confrère,

Je vous adresse pour discussion en RCP métastases osseuses M. Schneider Gérard, que je suis pour un adénocarcinome pulmonaire du lobe inférieur droit , stade IV d'emblée, diagnostiqué en janvier 2025.

Antécédents : tabagisme sevré en 2010 (30 PA). HTA. Dyslipidémie. Cardiopathie ischémique avec stent actif sur l'IVA en 2019. Appendicectomie dans l'enfance. Dans la famille, un frère suivi pour un cancer de vessie.

Histoire de la maladie : toux trainante depuis l'automne, scanner thoracique le 8 janvier 2025 retrouvant une masse du LID de 42 mm. Biopsie sous fibroscopie le 15/01/2025 : adénocarcinome, TTF1 positif. Biologie moléculaire : mutation de l'EGFR (délétion exon 19), pas de réarrangement ALK ni ROS1, PD-L1 à 5 %.
Le TEP scanner de bilan d'extension du 17/01/2025 montre outre la lésion pulmonaire des fixations osseuses de T10, de l'aile iliaque gauche et du 6ème arc costal droit, lytiques au scanner. IRM rachidienne : lésion de T10 avec atteinte du mur postérieur, sans épidurite ni compression médullaire.

Sur le plan clinique le patient décrit des lombalgies basses à la marche et à la station debout prolongée, cotées à 4/10 sur l'EN, sans réveil nocturne, sans irradiation radiculaire. Pas de déficit sensitivo moteur.

Traitement oncologique : osimertinib (TAGRISSO) 80 mg/j depuis le 24/01/2025, bien toléré (diarrhées grade 1). Premier scanner d'évaluation prévu fin mars.

Traitement actuel ;
- Tagrisso 80 mg : 1 cp/j
- Doliprane 1 g : 3 fois par jour
- Topalgic LP 100 mg matin et soir
- Inexium 20 mg le soir
- Tahor 40 mg
- Cardensiel 2,5 mg

Le Kardégic 75 mg a été arrêté par son cardiologue le 10/12/2024 (stent de plus de 5 ans). Il ne prend aucun anticoagulant.

Pas de radiothérapie ni de geste local osseux à ce jour. Un traitement par dénosumab pourrait se discuter, le bilan dentaire est en cours.

Etat général : PS 1, poids stable.

Questions posées : indication d'une radiothérapie antalgique et/ou de consolidation de T10 (mur postérieur) ? Intérêt et timing d'un traitement anti-résorptif ?

Je vous remercie de l'attention que vous porterez à ce patient et vous prie de croire, cher confrère, en l'expression de mes sentiments les meilleurs.

Dr L. HERTZOG

Dicté le 03/03/2025 – frappé le 04/03/2025 – LH/SB
Copie : Dr Roesch, médecin traitant, 67200 Strasbourg
""",
    gold=dict(
        patient={"sex": "M", "age": 66},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 4},
        currentMedications={"status": "present", "atc": ["L01EB04", "N02BE01", "N02AX02", "A02BC05", "C10AA05", "C07AB07"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note=("Pneumologist, dictated and typed by a secretary; text PDF", "age from birth date; Kardégic stopped (antiplatelets absent); 'sans réveil nocturne' denies nocturnal type; denosumab only 'pourrait se discuter' (unknown)"),
))

LETTERS.append(dict(
    id="zy02", fmt="txt", encoding="utf-8", newline="\n",
    meta=dict(letter_date="2025-03-06"),
    text="""De : Dr Marc WENDLING <m.wendling@clinique-orangerie-sud.fr>
Envoyé : jeudi 6 mars 2025 18:42
À : RCP Métastases Osseuses <rcp.os@icri-strasbourg.fr>
Objet : RE: Dossier Mme KOENIG Sylvie - RCP os du 13/03

Bonsoir,

Voici les compléments demandés pour Mme Koenig :

- Anticoagulant : non, aucun. Elle a eu du Lovenox en post-op en 2019, c'est tout.
- Antiagrégant : non plus.
- Douleurs : depuis la radiothérapie de D8 elle n'a plus du tout de douleur costale, elle a arrêté l'Ixprim début février.
- Xgeva 120 mg toutes les 4 semaines depuis le 10/01/2025, dernière injection le 28/02. Cacit D3 1/j.
- OMS 0, elle a repris son travail à mi-temps.

Sinon pas de changement : Femara 2,5 mg + Kisqali 600 mg (3 sem/4) depuis le 18/12/2024, tolérance correcte (neutropénie grade 2 au C2, dose maintenue). Levothyrox 75 µg pour une hypothyroïdie ancienne.

La question reste celle de la lésion iliaque gauche (asymptomatique) : surveillance ou RT ?

Bien cordialement,

Marc Wendling
Oncologie médicale – Clinique de l'Orangerie-Sud
12 rue des Tanneurs-Neufs, 67000 Strasbourg
Tél. 03 88 45 12 90 – secrétariat 03 88 45 12 91

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.

-----Message d'origine-----
De : RCP Métastases Osseuses
Envoyé : mercredi 5 mars 2025 10:15
À : Dr Marc WENDLING
Objet : Dossier Mme KOENIG Sylvie - RCP os du 13/03

> Bonjour Docteur,
> Le dossier de Mme Koenig est inscrit pour la RCP du 13 mars. Pour compléter la fiche, pouvez-vous nous préciser : anticoagulants ? traitement osseux (dénosumab / zolédronate) ? état général (OMS) ? douleurs actuelles ?
> Merci,
> Christine, secrétariat RCP
>
>> -----Message d'origine-----
>> De : Dr Marc WENDLING
>> Envoyé : lundi 3 mars 2025 09:02
>> Objet : Demande RCP os
>>
>> Chère consœur, cher confrère,
>> je souhaite présenter Mme Sylvie KOENIG, 58 ans, suivie pour un carcinome lobulaire infiltrant du sein gauche, RE 95 %, RP 40 %, HER2 score 0, métastatique osseux d'emblée. Elle a consulté son médecin traitant en novembre 2024 pour des douleurs costales droites persistantes (EVA 6), la scintigraphie puis le TEP ont montré des lésions de D8, de l'arc postérieur de la 9e côte droite et de l'aile iliaque gauche.
>> Radiothérapie antalgique D8 + 9e côte : 20 Gy en 5 fractions, terminée le 20/12/2024.
>> Traitement : létrozole + ribociclib depuis le 18/12/2024.
>> Cordialement, M. Wendling
""",
    gold=dict(
        patient={"sex": "F", "age": 58},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_lobular_carcinoma",
                      "biomarkers": {"ER": "positive", "PR": "positive", "HER2": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["L02BG04", "L01EF02", "M05BX04", "A12AX", "H03AA01"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note=("Medical oncologist, e-mail reply pasted into TXT with two levels of quoted messages and a signature", "the clinical core is in the quoted original ('>>'); pain EVA 6 in the original but gone now (absent); Ixprim stopped; old post-op Lovenox"),
))

LETTERS.append(dict(
    id="zy03", fmt="docx",
    meta=dict(letter_date="2025-03-07", birth_date="1949-11-02"),
    blocks=[
        ("h", "Clinique urologique du Parc de la Citadelle – Strasbourg"),
        ("p", "Dr Pierre-Yves GRASSER – Chirurgie urologique – Tél. 03 88 14 60 33"),
        ("h", "Fiche de demande d'avis – RCP Métastases osseuses"),
        ("table", [
            ["Patient", "M. RIEHL Lucien"],
            ["Date de naissance", "02/11/1949"],
            ["Date de la demande", "07/03/2025"],
            ["Médecin demandeur", "Dr P.-Y. Grasser, urologue"],
            ["Médecin traitant", "Dr Kuntz, Schiltigheim"],
        ]),
        ("p", "Histoire de la maladie : adénocarcinome prostatique diagnostiqué sur biopsies du 28/01/2025 (score de Gleason 8 (4+4), ISUP 4, 10 carottes positives sur 12), PSA au diagnostic à 87 ng/ml. Bilan d'extension : la scintigraphie osseuse du 11/02/2025 et le TEP-PSMA du 18/02/2025 montrent des métastases osseuses multiples (rachis lombaire, bassin, côtes), sans atteinte viscérale ni ganglionnaire à distance."),
        ("p", "Patient totalement asymptomatique sur le plan osseux. Antécédents : fibrillation auriculaire, insuffisance cardiaque à FE préservée, HBP opérée (RTUP 2016). Père décédé d'un cancer de la prostate à 80 ans."),
        ("table", [
            ["Item", "Réponse"],
            ["Douleur osseuse", "Non"],
            ["Traitements locaux antérieurs (RT, chirurgie, cimentoplastie)", "Aucun"],
            ["Traitement osseux (bisphosphonate / dénosumab)", "Non à ce jour – dénosumab envisagé après avis dentaire"],
            ["Anticoagulant", "Oui : Préviscan 20 mg (FA), INR cible 2-3"],
            ["Antiagrégant plaquettaire", "Non"],
            ["État général", "OMS 1"],
            ["Traitement oncologique en cours", "Eligard 45 mg (1 inj./6 mois) depuis le 12/02/2025 + apalutamide (Erleada) 240 mg/j depuis le 01/03/2025"],
        ]),
        ("p", "Traitement habituel :"),
        ("table", [
            ["Médicament", "Posologie"],
            ["Préviscan 20 mg", "1 cp le soir (selon INR)"],
            ["Cardensiel 5 mg", "1 cp/j"],
            ["Lasilix 40 mg", "1 cp le matin"],
            ["Omix 0,4 mg", "1 gél/j"],
            ["Eligard 45 mg", "1 inj. SC tous les 6 mois"],
            ["Erleada 60 mg", "4 cp/j"],
        ]),
        ("p", "Question posée à la RCP : intérêt d'un traitement anti-résorptif d'emblée ? Risque fracturaire de la lésion de L3 (lyse du corps vertébral > 50 %) : faut-il un geste de consolidation ?"),
        ("p", "Dr P.-Y. Grasser"),
    ],
    gold=dict(
        patient={"sex": "M", "age": 75},
        primaryTumor={"status": "present", "site": "prostate", "histology": "adenocarcinoma",
                      "biomarkers": {"PSA": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["B01AA12", "C07AB07", "C03CA01", "L02AE02", "L02BB05"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AA12"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note=("Urologist, DOCX request form made of three tables", "age from birth date; bone therapy 'Non à ce jour – dénosumab envisagé' (explicit denial + plan = absent); Préviscan; RTUP for BPH is not a bone treatment; Omix not in ATC table"),
))

LETTERS.append(dict(
    id="zy04", fmt="scan", seed=4104, angle=0.7,
    meta=dict(letter_date="2025-03-10"),
    text="""Dr Bernard EHRHARDT - Médecine générale
4 rue du Moulin - 67400 Illkirch-Graffenstaden
Tél 03 88 67 23 14 - Fax 03 88 67 23 15

FAX du 10/03/2025 - 1 page
À : Secrétariat RCP métastases osseuses - ICRI Strasbourg

Cher confrère,

Je vous adresse Mme WEBER Marthe, 81 ans, pour avis.

ATCD : cancer du sein droit en 2012, tumorectomie + curage
+ radiothérapie, carcinome canalaire infiltrant RE+ RP+,
tamoxifène 5 ans (arrêté en 2017). Diabète type 2. HTA.

Depuis décembre (3 mois environ) douleurs dorsales qui la
réveillent la nuit, majorées à la marche, EVA 7 ce jour malgré
le traitement. Le scanner du 05/02/2025 montre des lésions
lytiques de D9, D11 et L2. Biopsie de L2 le 18/02/2025
(Dr Stoessel, radiologie) : métastase d'un carcinome
d'origine mammaire, RE+.
Pas de déficit neurologique.

Traitement : Doliprane 1 g x 3/j, Actiskenan 5 mg si besoin
(2 à 3 par jour), Glucophage 1000 x2, Triatec 5 mg, et elle
prend du Sintrom je crois (à vérifier avec sa fille qui gère
le pilulier, je n'ai pas le dernier INR).

Elle vit seule, sa fille passe tous les jours.
Merci de me dire ce que vous proposez.

Bien confraternellement,
Dr B. Ehrhardt
""",
    gold=dict(
        patient={"sex": "F", "age": 81},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma",
                      "biomarkers": {"ER": "positive", "PR": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["nocturnal", "mechanical"], "intensity": 7},
        currentMedications={"status": "present", "atc": ["N02BE01", "N02AA01", "A10BA02", "C09AA05"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "uncertain", "atc": ["B01AA07"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "unknown"},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
    note=("General practitioner, scanned fax (image-only PDF)", "OCR; Sintrom 'je crois, à vérifier' (uncertain, not a current medication); breast RT of 2012 is not a bone treatment; tamoxifen stopped; no prognosis, no project"),
))

LETTERS.append(dict(
    id="zy05", fmt="txt", encoding="utf-8", newline="\n",
    meta=dict(letter_date="2025-03-11"),
    text="""From: Julien FRITSCH <julien.fritsch@ch-sainte-aurelie.fr>
Sent: Tuesday, March 11, 2025 7:58 AM
To: rcp.os@icri-strasbourg.fr
Cc: Anne-Sophie BURGER <as.burger@ch-sainte-aurelie.fr>
Subject: demande RCP os - M. HAAS Roland

Bonjour,
ci-dessous le résumé pour M. HAAS Roland, 71 ans, à inscrire à la RCP du 20/03 svp (demande du Dr Burger).

ATCD: carcinome urothélial de vessie pT2N0, cystectomie + Bricker en avril 2023 au CH de Haguenau, pas de chimio adjuvante. BPCO. Embolie pulmonaire en décembre 2024 -> Eliquis 5mg x2.

HDM: hospitalisé le 14/01/2025 pour confusion + déshydratation, calcémie corrigée à 3,25 mmol/l. Le scanner TAP retrouve des lésions osseuses lytiques multiples (bassin, L4, fémur D) + adénopathies rétropéritonéales. Biopsie iliaque du 22/01: métastase de carcinome urothélial. Hypercalcémie corrigée par hydratation + une perfusion de Zometa 4 mg le 15/01 (pas renouvelée, fonction rénale limite, clairance 38 ml/min).
Cimentoplastie de L4 le 10/02/2025 (Dr Roth, radiologie interventionnelle).
Actuellement: douleur de hanche D à l'appui + réveils nocturnes, EN 5/10.
Chimio gemcitabine-carboplatine à visée palliative, C1 le 10/02, C2 le 03/03, C3 prévue le 24/03.
PS 2.

ttt: Eliquis 5 x2, Oxycontin 10mg x2, Oxynorm 5mg si besoin, Mopral 20, Spiriva. Kardégic arrêté à l'introduction de l'Eliquis.

Question: RT antalgique fémur D / hanche ? indication d'un enclouage prophylactique du fémur (score de Mirels à 9) ?

Merci !
Julien

--
Julien Fritsch
Interne DES oncologie - Service d'oncologie médicale
CH Sainte-Aurélie, Strasbourg - poste 4 71 62

-----Original Message-----
From: Anne-Sophie BURGER
Sent: Monday, March 10, 2025 6:31 PM
To: Julien FRITSCH
Subject: M. Haas

> Julien, peux-tu inscrire M. Haas à la RCP os de jeudi prochain ? Vois avec lui s'il est toujours d'accord pour une éventuelle radiothérapie. Je le revois le 24/03 pour la C3.
> AS
""",
    gold=dict(
        patient={"sex": "M", "age": 71},
        primaryTumor={"status": "present", "site": "bladder", "histology": "other", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["hypercalcemia"], "dated": True},
        pain={"status": "present", "types": ["mechanical", "nocturnal"], "intensity": 5},
        currentMedications={"status": "present", "atc": ["B01AF02", "N02AA05", "A02BC01", "L01BC05", "L01XA02"]},
        priorLocalTreatments={"status": "present", "types": ["cementoplasty"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AF02"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    note=("Oncology resident, Outlook e-mail in TXT with signature and quoted senior's message", "urothelial histology = other; single Zometa infusion 'pas renouvelée' (bone therapy absent, not current); Kardégic stopped; cystectomy is not a bone treatment; hypercalcaemia circumstance"),
))

LETTERS.append(dict(
    id="zy06", fmt="pdf",
    meta=dict(letter_date="2025-03-12", birth_date="1962-03-30"),
    text="""INSTITUT DE CANCÉROLOGIE RHIN-ILL (ICRI)
Département de Radiothérapie
Dr Claire OBERLÉ – Oncologue radiothérapeute
Secrétariat : 03 88 25 80 14 – Fax : 03 88 25 80 19

                                        Strasbourg, le 12 mars 2025

Réf. : CO/MN – 2025-0312-07

Objet : Mme BAUMANN Odile, née le 30/03/1962
Demande de discussion en RCP métastases osseuses

Chère Consoeur, Cher Confrère,

Je revois ce jour en consultation Mme Baumann que nous connaissons bien, suivie pour un carcinome rénal à cellules claires gauche, néphrectomie élargie en 2019 (pT3a N0, grade ISUP 3).

Rappel : en septembre 2024 , fracture pathologique de l'humerus droit sur métastase, traitée par enclouage centro-médullaire le 19/09/2024 (Pr Lienhard, chirurgie orthopédique) puis radiothérapie post opératoire de l'humérus 30 Gy en 10 fractions, terminée le 25/10/2024.
Le traitement systémique par nivolumab a été arrêté en novembre 2024 pour une colite immuno induite grade 3, relais par cabozantinib (Cabometyx) 40 mg/j depuis le 02/12/2024.
Elle reçoit par ailleurs de l'acide zolédronique 4 mg toutes les 12 semaines (dernière perfusion le 20/02/2025)

Le scanner d'évaluation du 03/03/2025 montre une réponse partielle sur les autres sites mais une nouvelle lésion lytique du toit du cotyle gauche de 28 mm, sans rupture corticale.
Cliniquement la patiente signale des douleurs résiduelles de l'épaule droite à la mobilisation, EN 3/10, pas de douleur de la hanche gauche pour l'instant.
Indice de Karnofsky : 80 %.

Traitement en cours : Cabometyx 40 mg , Zometa 4 mg / 12 sem, Doliprane 1 g si besoin, Triatec 2,5 mg, Levothyrox 50 µg (hypothyroïdie sous cabozantinib), Imodium si besoin.
Pas de traitement anticoagulant.

Antécédents familiaux : mère décédée d'un cancer du rein.

Je propose de discuter une radiothérapie stéréotaxique du cotyle gauche versus une cimentoplastie. Merci de bien vouloir inscrire son dossier a la prochaine RCP.

Bien confraternellement,

Dr C. Oberlé

(Dicté, non relu)
""",
    gold=dict(
        patient={"sex": "F", "age": 62},
        primaryTumor={"status": "present", "site": "kidney", "histology": "clear_cell_carcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["L01EX07", "M05BA08", "N02BE01", "C09AA05", "H03AA01"]},
        priorLocalTreatments={"status": "present", "types": ["surgery", "radiotherapy"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BA08"]},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "kps": 80},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note=("Radiation oncologist, dictated letter, text PDF", "age from birth date (birthday later in the month); nivolumab stopped; Karnofsky only; 'pas de douleur de la hanche' next to shoulder pain; stereotactic RT / cementoplasty only proposed"),
))

LETTERS.append(dict(
    id="zy07", fmt="docx",
    meta=dict(letter_date="2025-03-14"),
    blocks=[
        ("h", "CENTRE HOSPITALIER SAINTE-AURÉLIE – Oncologie thoracique"),
        ("p", "Dr Nadia BOUKHARI – 03 88 61 52 08 – nadia.boukhari@ch-sainte-aurelie.fr"),
        ("p", "Strasbourg, le 14 mars 2025"),
        ("p", "Objet : M. KLEIN Jean-Paul, 63 ans – RCP métastases osseuses"),
        ("p", "Chers collègues,"),
        ("p", "Antécédents : tabagisme actif à 45 PA, BPCO stade 2, AOMI des membres inférieurs. Père décédé d'un cancer du poumon à 70 ans."),
        ("p", "Histoire : le 6 janvier 2025, paraparésie d'installation rapide révélant une compression médullaire sur lésion lytique de D6. Laminectomie décompressive et ostéosynthèse D4-D8 en urgence le 07/01/2025 (neurochirurgie), suivie d'une radiothérapie de D6 20 Gy en 5 fractions terminée le 31/01/2025. Le bilan retrouve une masse hilaire gauche ; biopsie bronchique : carcinome épidermoïde, PD-L1 (TPS) 70 %. EGFR et ALK non recherchés (histologie épidermoïde chez un gros fumeur)."),
        ("p", "Depuis le C1 de carboplatine-paclitaxel-pembrolizumab (12/02/2025) la récupération motrice est quasi complète, il marche avec une canne. Il persiste des douleurs thoraciques en ceinture à type de décharges électriques, EVA 2/10 actuellement (8/10 à l'admission)."),
        ("table", [
            ["Traitement actuel", "Posologie", "Remarque"],
            ["Keytruda (pembrolizumab)", "200 mg J1=J21", "C2 le 05/03/2025"],
            ["Carboplatine AUC 5 + paclitaxel", "J1=J21", "4 cycles prévus"],
            ["Lovenox 4000 UI", "1 inj. SC/j", "prévention, mobilité réduite"],
            ["Lyrica 75 mg", "1 gél. matin et soir", ""],
            ["Skenan LP 30 mg", "matin et soir", ""],
            ["Movicol", "1 sachet/j", ""],
            ["Dexaméthasone", "–", "arrêtée le 15/02/2025"],
        ]),
        ("p", "Pas d'antiagrégant plaquettaire (aspirine arrêtée en janvier pour la chirurgie, non reprise)."),
        ("table", [
            ["Synthèse", ""],
            ["OMS", "2"],
            ["Traitement osseux", "dénosumab à discuter – avis dentaire demandé"],
            ["Intention du traitement", "palliative (1re ligne)"],
        ]),
        ("p", "Questions : faut-il compléter par une cimentoplastie de D9 (lyse de 50 % du corps vertébral, hors champ d'irradiation) ? Place du dénosumab ?"),
        ("p", "Bien cordialement,"),
        ("p", "Dr N. Boukhari"),
    ],
    gold=dict(
        patient={"sex": "M", "age": 63},
        primaryTumor={"status": "present", "site": "lung", "histology": "squamous_cell_carcinoma",
                      "biomarkers": {"PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["neurological_deficit"], "dated": True},
        pain={"status": "present", "types": ["neuropathic"], "intensity": 2},
        currentMedications={"status": "present", "atc": ["L01FF02", "L01XA02", "L01CD01", "B01AB05", "N03AX16", "N02AA01", "A06AD65"]},
        priorLocalTreatments={"status": "present", "types": ["surgery", "radiotherapy"]},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AB05"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    note=("Thoracic oncologist, DOCX letter with a medication table and a summary table", "cord compression (neurological deficit); EGFR/ALK not tested (not negative); dexamethasone and aspirin stopped; pain 8/10 then 2/10; denosumab only 'à discuter'; Movicol = A06AD65"),
))

LETTERS.append(dict(
    id="zy08", fmt="txt", encoding="utf-8", newline="\n",
    meta=dict(letter_date="2025-03-14"),
    text="""---------- Forwarded message ---------
De : Secrétariat Endocrinologie <secr.endoc@clinique-sainte-odile-rhin.fr>
Date: ven. 14 mars 2025 à 11:20
Subject: Tr : Mme FISCHER Anne-Marie - demande avis RCP os
To: <rcp.os@icri-strasbourg.fr>


Bonjour, ci-dessous le courrier du Dr Lang pour la RCP, l'original suit par la poste.
Bonne journée,
Sandrine - secrétariat endocrinologie - 03 88 39 71 50

> Cher confrère,
>
> Je souhaiterais avoir l'avis de la RCP métastases osseuses pour Mme FISCHER Anne-Marie, 67 ans, que je suis pour un carcinome vésiculaire de la thyroïde peu différencié.
> Thyroïdectomie totale en mars 2019 puis iode radioactif 100 mCi en mai 2019. Surveillance depuis, thyroglobuline indétectable jusqu'en 2023 puis remontée progressive (Tg 48 ng/ml en janvier 2025).
> Le 2 février 2025 elle a consulté aux urgences de Sainte-Odile pour une dyspnée ; l'angioscanner thoracique réalisé pour suspicion d'embolie pulmonaire n'a pas retrouvé d'EP mais une lésion ostéolytique du manubrium sternal de 35 mm avec composante des parties molles. TEP-FDG : lésion sternale unique hypermétabolique, pas d'autre localisation.
> L'anticoagulation par Lovenox débutée aux urgences a été arrêtée dès le résultat du scanner.
> Elle ne se plaint d'aucune douleur.
> Son traitement : Levothyrox 150 µg/j, Tahor 10 mg, Xanax 0,25 mg le soir si besoin.
> Une nouvelle cure d'iode n'est pas envisageable (lésion non fixante à la scintigraphie).
> Les options seraient une résection chirurgicale du manubrium ou une radiothérapie stéréotaxique : je vous laisse en débattre.
>
> Bien confraternellement,
> Dr Hélène LANG, endocrinologue
> Clinique Sainte-Odile-du-Rhin - 03 88 39 71 52
""",
    gold=dict(
        patient={"sex": "F", "age": 67},
        primaryTumor={"status": "present", "site": "thyroid", "histology": "other", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["incidental_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["H03AA01", "C10AA05", "N05BA12"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "unknown"},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
    note=("Endocrinologist's letter forwarded by a secretary (Gmail-style forward, whole letter quoted with '>')", "follicular thyroid carcinoma (histology other); incidental discovery on a CT for suspected PE; Lovenox started then stopped (anticoagulation absent); radioiodine is not a bone treatment; options only, no decided project"),
))

LETTERS.append(dict(
    id="zy09", fmt="scan", seed=4109, angle=-0.9,
    meta=dict(letter_date="2025-03-17"),
    text="""CLINIQUE DU PARC DE LA CITADELLE
Chirurgie orthopédique et traumatologique
Dr Vincent ROTHENBURGER
Tél 03 88 14 62 00 - Fax 03 88 14 62 09

Strasbourg, le 17/03/2025
Par fax au secrétariat RCP Métastases Osseuses - ICRI

Objet : M. LUTZ Sébastien, 54 ans

Cher Confrère,

Patient de 54 ans suivi pour un mélanome de la cheville gauche
opéré en 2021 (histologie : mélanome nodulaire), métastatique,
BRAF V600E muté, sous dabrafénib + tramétinib (Tafinlar /
Mekinist) depuis octobre 2024 (Dr Meyer, dermato-oncologie).

Le 22/02/2025, fracture pathologique sous-trochantérienne du
fémur droit en descendant de voiture. Enclouage
céphalomédullaire (clou gamma long) le 23/02/2025.
Suites simples.
Il garde des douleurs de cuisse à la mise en charge, EVA 4/10,
pas de douleur nocturne. Marche avec 2 cannes.

Traitement de sortie : Tafinlar 150 mg x2, Mekinist 2 mg/j,
Lovenox 4000 UI/j pendant 35 jours (jusqu'au 30/03),
Dafalgan codéiné 2 cp x3/j, Oxynorm 5 mg si besoin.
Pas de traitement anti-ostéoclastique.

Espérance de vie estimée à plus d'un an par son oncologue.

Question : radiothérapie post-opératoire de l'ensemble du fémur ?

Confraternellement,
Dr V. Rothenburger
""",
    gold=dict(
        patient={"sex": "M", "age": 54},
        primaryTumor={"status": "present", "site": "melanoma", "histology": "other", "biomarkers": {"BRAF": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 4},
        currentMedications={"status": "present", "atc": ["B01AB05", "N02AJ06", "N02AA05"]},
        priorLocalTreatments={"status": "present", "types": ["surgery"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AB05"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": None},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note=("Orthopaedic surgeon, scanned fax (image-only PDF)", "OCR; dabrafenib/trametinib not in the ATC table; time-limited post-op Lovenox is current; Dafalgan codéiné = N02AJ06 only; life expectancy without performance status (incomplete); 'pas de douleur nocturne'"),
))

LETTERS.append(dict(
    id="zy10", fmt="docx",
    meta=dict(letter_date="2025-03-18", birth_date="1971-03-05"),
    blocks=[
        ("h", "Institut de Cancérologie Rhin-Ill – Oncologie médicale"),
        ("p", "Dr Isabelle WAGNER – secrétariat 03 88 25 81 40"),
        ("p", "Strasbourg, le 18/03/2025"),
        ("p", "Patiente : Mme DIETRICH Caroline, née le 05/03/1971"),
        ("p", "Demande d'avis RCP métastases osseuses"),
        ("p", "Carcinome infiltrant de type non spécifique (NST) du sein droit, grade 2, RE 90 %, RP 10 %, HER2 2+ FISH non amplifié, Ki67 25 %, diagnostiqué en octobre 2024, d'emblée métastatique : la scintigraphie osseuse et le scanner de bilan du 22/10/2024 ont montré des lésions de L3, de D12 et du sacrum. Antécédent de thrombose veineuse profonde surale en 2023 (post-plâtre)."),
        ("p", "Pas de douleur, aucune prise d'antalgique. Aucune irradiation osseuse à ce jour."),
        ("p", "Traitement en cours : Zoladex 3,6 mg/28 j, létrozole 2,5 mg, Ibrance 125 mg 21 j/28 depuis le 05/11/2024 ; Xgeva 120 mg toutes les 4 semaines depuis le 12/11/2024 avec Cacit D3. Pas de traitement anticoagulant."),
        ("p", "Ordonnance en cours (relevé de la pharmacie du 10/03/2025) :"),
        ("table", [
            ["Spécialité", "Posologie"],
            ["Zoladex 3,6 mg", "1 implant SC / 28 j"],
            ["Létrozole 2,5 mg", "1 cp/j"],
            ["Ibrance 125 mg", "1 gél./j J1-J21"],
            ["Xgeva 120 mg", "1 inj. SC / 4 sem"],
            ["Cacit D3", "1 sachet/j"],
            ["Xarelto 10 mg", "1 cp/j"],
            ["Inexium 20 mg", "1 cp/j"],
        ]),
        ("p", "OMS 0. Réponse métabolique partielle au TEP du 24/02/2025."),
        ("p", "Question : intérêt d'une radiothérapie de consolidation de L3 (lésion asymptomatique avec atteinte du mur postérieur) ?"),
        ("p", "Dr I. Wagner"),
    ],
    gold=dict(
        patient={"sex": "F", "age": 54},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma",
                      "biomarkers": {"ER": "positive", "PR": "positive", "HER2": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["L02AE03", "L02BG04", "L01EF01", "M05BX04", "A12AX", "B01AF01", "A02BC05"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "conflicting", "atc": ["B01AF01"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note=("Medical oncologist, DOCX with a pharmacy-printout table", "'Pas de traitement anticoagulant' in the text but Xarelto 10 mg in the dispensing table (conflicting, kept in current meds); NST = ductal; HER2 2+ FISH non amplified = negative; age from birth date (birthday 13 days earlier)"),
))

LETTERS.append(dict(
    id="zy11", fmt="pdf",
    meta=dict(letter_date="2025-03-19", birth_date="1980-03-19"),
    text="""CENTRE HOSPITALIER SAINTE-AURÉLIE – STRASBOURG
Service de Pneumologie – Unité d'oncologie thoracique
Dr Mathieu SCHAEFFER – Tél : 03 88 61 47 31

                                        Strasbourg, le 19/03/2025

Objet : M. MEYER Kévin – né le 19/03/1980
RCP métastases osseuses du 27/03/2025

Mon cher confrère,

Je vous remercie de discuter le dossier de M. Meyer, non fumeur, sans antécédent notable, suivi pour un adénocarcinome pulmonaire du LSG diagnostiqué en janvier 2025 : réarrangement ALK (IHC et FISH positives), EGFR non muté, PD-L1 < 1 %.

Circonstances de découverte : sciatalgie droite depuis début décembre 2024 résistante aux AINS, IRM lombo-sacrée du 20/12/2024 : lésion lytique de l'aileron sacré droit avec extension au foramen S1. Le bilan a ensuite découvert le primitif pulmonaire.

Radiothérapie sacrée 20 Gy en 5 fractions terminée le 14/02/2025 , efficacité partielle.
Alectinib (Alecensa) 600 mg x 2/j depuis le 30/01/2025, excellente réponse pulmonaire au scanner du 10/03.

Actuellement : douleur fessière droite irradiant à la face postérieure de la cuisse à type de brûlures, à prédominance nocturne, EN 6/10 ce jour (DN4 à 5/10).

Traitement : Alecensa 150 mg 4 gél. matin et soir, Neurontin 300 mg x3, Skenan LP 20 mg x2, Actiskenan 10 mg si besoin, Movicol 1 sachet, Laroxyl 10 gouttes le soir.
Anticoagulants : non. Antiagrégants : non.
Traitement osseux : il serait sous acide zolédronique (Zometa) toutes les 4 semaines, prescrit par son rhumatologue en ville ?? pas de trace dans notre dossier, à vérifier.

OMS 1.

Questions : ré-irradiation sacrée ? sacroplastie ? infiltration radioguidée ?

Bien amicalement,

Dr M. Schaeffer
Dicté le 18/03/2025, tapé par FK
""",
    gold=dict(
        patient={"sex": "M", "age": 45},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"ALK": "positive", "EGFR": "negative", "PD-L1": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["neuropathic", "nocturnal"], "intensity": 6},
        currentMedications={"status": "present", "atc": ["L01ED03", "N03AX12", "N02AA01", "A06AD65", "N06AA09"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "uncertain", "atc": ["M05BA08"]},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note=("Thoracic oncologist, dictated letter, text PDF", "letter written on the 45th birthday (age from birth date); Zometa 'serait sous … à vérifier' (uncertain with code, not a current medication); PD-L1 < 1 % negative; radicular burning pain; NSAIDs in the past only"),
))

LETTERS.append(dict(
    id="zy12", fmt="txt", encoding="utf-8", newline="\r\n",
    meta=dict(letter_date="2025-03-24"),
    text="""SERVICE DE GERIATRIE AIGUE - Hôpital Saint-Florent, Strasbourg-Koenigshoffen
Dr Jean-Marc ZIMMER
Tel 03 88 11 52 40 / Fax 03 88 11 52 49

Strasbourg le 24.03.2025

Objet: M. HUBER Albert 88 ans

Cher confrère

Je vous adresse M. Huber Albert 88 ans pour avis RCP, hospitalisé dans notre service depuis le 17.03.2025 pour chutes à répétition.

ATCD : - cancer de la prostate découvert en 2015 (PSA 22 à l'époque, pas de biopsie vu l'âge et les comorbidités),sous Décapeptyl depuis 2016
- diabète de type 2 , - cardiopathie ischémique (stent 2012) , - insuffisance rénale chronique stade 4
- fracture du col fémoral gauche en 2020 (prothèse intermédiaire)

HDM : depuis environ deux mois douleurs du bassin et des lombes avec un dérouillage matinal d'une demi heure. PSA à 45 ng/ml le 18.03 (3,1 en 2023). Scintigraphie osseuse le 20.03.2025 : hyperfixations multiples du bassin, du rachis et des côtes compatibles avec des métastases.
Pas de déficit neurologique , pas d'hypercalcémie.
Aucun traitement local des lésions osseuses (ni radiothérapie ni chirurgie).

Traitement : Décapeptyl 11,25 mg/3 mois (dernière inj. le 06.02.2025), Kardégic 75 mg , Doliprane 1 g x3, Glucophage 500 x2 , Tahor 20, Forlax.
Pas d'anticoagulant. Pas de bisphosphonate ni de dénosumab (clairance 28 ml/min).

Patient grabataire depuis janvier, très altéré, pronostic réservé à quelques mois.
Après discussion avec le patient et sa fille, décision de soins de support exclusifs, en dehors de la poursuite du Décapeptyl.

Question : une radiothérapie antalgique en séance unique du bassin est elle raisonnable chez ce patient ?

Avec mes remerciements,
Dr JM Zimmer
""",
    gold=dict(
        patient={"sex": "M", "age": 88},
        primaryTumor={"status": "present", "site": "prostate", "histology": None, "biomarkers": {"PSA": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["inflammatory"], "intensity": None},
        currentMedications={"status": "present", "atc": ["L02AE04", "B01AC06", "N02BE01", "A10BA02", "C10AA05", "A06AD15"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "present", "atc": ["B01AC06"]},
        prognosis={"status": "present", "ecog": None},
        therapeuticProject={"status": "present", "intent": "supportive"},
    ),
    note=("Geriatrician, secretary-typed note saved as TXT with CRLF line ends", "no biopsy (no histology: incomplete); inflammatory pain (dérouillage matinal) without score; old hip prosthesis for a 2020 fracture is not a bone-metastasis treatment; 'grabataire' without ECOG (prognosis incomplete); exclusive supportive care while triptorelin continues"),
))

# ---------------------------------------------------------------------------
# Contract
# ---------------------------------------------------------------------------
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
             "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ALL_ITEMS = GAP_ITEMS[:7] + ["antiplatelets"] + GAP_ITEMS[7:]
ALLOWED_STATUS = {
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
               "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BM_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
                 "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def load_atc():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        code = parts[0].strip()
        names = [parts[1], parts[2]] + [b for b in (parts[4].split(",") if len(parts) > 4 else []) if b]
        rows[code] = [n.strip() for n in names if n.strip()]
    return rows


def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to a gold record (the one place gaps come from)."""
    gaps = []
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st in kind_of:
            gaps.append([item, kind_of[st]])
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


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def years_between(birth: str, at: str) -> int:
    b, d = dt.date.fromisoformat(birth), dt.date.fromisoformat(at)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def fail(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def letter_plain_text(L) -> str:
    if L["fmt"] == "docx":
        parts = []
        for kind, payload in L["blocks"]:
            if kind == "table":
                parts.extend(" | ".join(r) for r in payload)
            else:
                parts.append(payload)
        return "\n".join(parts)
    return L["text"]


def check(L, gold, atc):
    lid = L["id"]
    if gold["id"] != lid:
        fail(f"{lid}: id mismatch")
    keys = set(gold) - {"id", "patient", "gaps"}
    if keys != set(ALL_ITEMS):
        fail(f"{lid}: items {sorted(keys ^ set(ALL_ITEMS))}")
    text = letter_plain_text(L)
    ftext = fold(text)
    # patient
    p = gold["patient"]
    if p.get("sex") not in ("F", "M"):
        fail(f"{lid}: sex")
    meta = L["meta"]
    if "birth_date" in meta:
        want = years_between(meta["birth_date"], meta["letter_date"])
        if p["age"] != want:
            fail(f"{lid}: age {p['age']} != {want} computed from birth date")
        b = dt.date.fromisoformat(meta["birth_date"]).strftime("%d/%m/%Y")
        if b not in text:
            fail(f"{lid}: birth date {b} not in the letter")
    else:
        if not isinstance(p["age"], int) or f"{p['age']} ans" not in text:
            fail(f"{lid}: written age '{p['age']} ans' not in the letter")
    # statuses
    for item in ALL_ITEMS:
        st = gold[item].get("status")
        if st not in ALLOWED_STATUS[item]:
            fail(f"{lid}: {item} status {st!r} not allowed")
    pt = gold["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail(f"{lid}: unknown primary tumour with values")
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(f"{lid}: site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(f"{lid}: histology {pt['histology']}")
    for n, r in pt["biomarkers"].items():
        if n not in BIOMARKERS or r not in BM_RESULTS:
            fail(f"{lid}: biomarker {n}={r}")
        if fold(n) not in ftext and not (n == "ER" and "re " in ftext) and not (n == "PR" and "rp " in ftext):
            fail(f"{lid}: biomarker {n} not named in the letter")
    bd = gold["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCUMSTANCES:
        fail(f"{lid}: circumstances {bd['circumstances']}")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(f"{lid}: boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(f"{lid}: boneDiagnosis unknown with values")
    if not isinstance(bd["dated"], bool):
        fail(f"{lid}: dated must be boolean")
    pn = gold["pain"]
    if not set(pn["types"]) <= PAIN_TYPES:
        fail(f"{lid}: pain types {pn['types']}")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        fail(f"{lid}: pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"]):
        fail(f"{lid}: pain {pn['status']} with types/intensity")
    if pn["intensity"] is not None and not re.search(
            rf"(\b{pn['intensity']} ?/ ?10|\b(EVA|EN|ENS) (à )?{pn['intensity']}\b)", text):
        fail(f"{lid}: pain score {pn['intensity']}/10 not in the letter")
    lt = gold["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCAL_TYPES:
        fail(f"{lid}: local treatment types")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        fail(f"{lid}: priorLocalTreatments {lt['status']} with types")
    if lt["status"] == "present" and not lt["types"]:
        fail(f"{lid}: priorLocalTreatments present without type")
    # drugs
    cm = gold["currentMedications"]
    for code in cm["atc"]:
        if code not in atc:
            fail(f"{lid}: {code} not in atc-reference.tsv")
    if len(set(cm["atc"])) != len(cm["atc"]):
        fail(f"{lid}: duplicate ATC in currentMedications")
    if cm["status"] != "present" and cm["atc"]:
        fail(f"{lid}: currentMedications {cm['status']} with codes")
    if cm["status"] == "present" and not cm["atc"]:
        fail(f"{lid}: currentMedications present with no reference drug (check)")
    for name, prefixes in AGENT_PREFIXES.items():
        sec = gold[name]
        for code in sec["atc"]:
            if code not in atc:
                fail(f"{lid}: {name} {code} not in atc-reference.tsv")
            if not code.startswith(prefixes):
                fail(f"{lid}: {code} does not belong in {name}")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            fail(f"{lid}: {name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            missing = set(sec["atc"]) - set(cm["atc"])
            if missing:
                fail(f"{lid}: {name} agents {sorted(missing)} not in currentMedications")
        if sec["status"] == "uncertain":
            doubtful = set(sec["atc"]) & set(cm["atc"])
            if doubtful:
                fail(f"{lid}: {name} agent named with doubt {sorted(doubtful)} must not be a current medication")
        if sec["status"] == "conflicting" and not sec["atc"]:
            pass
        if name == "antiplatelets":
            continue
    # every current reference drug of an agent class must be reflected in its section
    for code in cm["atc"]:
        for name, prefixes in AGENT_PREFIXES.items():
            if code.startswith(prefixes) and code not in gold[name]["atc"]:
                fail(f"{lid}: current {code} not listed in {name}")
    # every coded drug must be named in the letter
    for code in set(cm["atc"]) | {c for n in AGENT_PREFIXES for c in gold[n]["atc"]}:
        if not any(fold(n) in ftext for n in atc[code]):
            fail(f"{lid}: no name of {code} ({atc[code]}) in the letter")
    if cm["status"] == "absent":
        for n in AGENT_PREFIXES:
            if gold[n]["status"] == "present":
                fail(f"{lid}: no current medication but {n} present")
    # prognosis
    pg = gold["prognosis"]
    if "ecog" in pg and "kps" in pg:
        fail(f"{lid}: both ecog and kps")
    if pg.get("ecog") is not None and pg["ecog"] not in range(0, 6):
        fail(f"{lid}: ecog")
    if pg.get("kps") is not None and (pg["kps"] not in range(0, 101) or pg["kps"] % 10):
        fail(f"{lid}: kps")
    if pg["status"] == "unknown" and (pg.get("ecog") is not None or pg.get("kps") is not None):
        fail(f"{lid}: prognosis unknown with a score")
    tp = gold["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(f"{lid}: intent")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        fail(f"{lid}: intent without project")
    intent_words = {"palliative": "pallia", "curative": "curati", "supportive": "soins de support exclusifs"}
    if tp["intent"] and intent_words[tp["intent"]] not in ftext:
        fail(f"{lid}: intent {tp['intent']} not stated in the letter")
    # gaps
    if gold["gaps"] != derive_gaps(gold):
        fail(f"{lid}: gaps differ from the gap rule")
    for it, kind in gold["gaps"]:
        if it == "antiplatelets" or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            fail(f"{lid}: bad gap {it}/{kind}")
    # letter dates: within March 2025
    d = dt.date.fromisoformat(meta["letter_date"])
    if (d.year, d.month) != (2025, 3):
        fail(f"{lid}: letter date outside the month")


def build_gold(L):
    g = {"id": L["id"]}
    src = L["gold"]
    g["patient"] = src["patient"]
    for item in ALL_ITEMS:
        sec = dict(src[item])
        if item in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            sec["atc"] = sorted(sec["atc"])
        if item in ("pain", "priorLocalTreatments"):
            sec["types"] = sorted(sec["types"])
        if item == "boneDiagnosis":
            sec["circumstances"] = sorted(sec["circumstances"])
        if item == "prognosis" and "ecog" not in sec and "kps" not in sec:
            sec["ecog"] = None
        g[item] = sec
    g["gaps"] = derive_gaps(g)
    return g


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
FIXED_PDF_DATE = "D:20250301090000+01'00'"
PRODUCER = "corpus51 make_letters.py"


def _pdf_str(b: bytes) -> bytes:
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


class FontMetrics:
    def __init__(self, path):
        from PIL import ImageFont
        f = ImageFont.truetype(path, 1000)
        self.widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                self.widths.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                self.widths.append(0)

    def width(self, s: str, size: float) -> float:
        return sum(self.widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000


def write_text_pdf(path: Path, text: str):
    """Text PDF, A4, DejaVu Sans embedded as a TrueType simple font (WinAnsiEncoding)."""
    fm = FontMetrics(FONT)
    size, lead, left, right, top, bottom = 10.0, 13.0, 60.0, 535.0, 790.0, 60.0
    maxw = right - left
    lines = []
    for raw in text.split("\n"):
        if not raw.strip():
            lines.append(("", 0.0))
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        x0 = left + (200.0 if indent >= 20 else 0.0)
        words = raw.strip().split(" ")
        cur = ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if fm.width(cand, size) <= (right - x0) or not cur:
                cur = cand
            else:
                lines.append((cur, x0))
                cur = w
        lines.append((cur, x0))
    pages, cur, y = [], [], top
    for s, x in lines:
        if y < bottom:
            pages.append(cur)
            cur, y = [], top
        if s:
            cur.append((x, y, s))
        y -= lead
    pages.append(cur)
    objs = {}
    font_bytes = Path(FONT).read_bytes()
    comp = zlib.compress(font_bytes, 9)
    objs[5] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(font_bytes))
               + comp + b"\nendstream")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
               + b" ".join(str(w).encode() for w in fm.widths)
               + b"] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>")
    objs[6] = (b"<< /Producer " + _pdf_str(PRODUCER.encode()) + b" /Creator " + _pdf_str(b"Secretariat - traitement de texte")
               + b" /CreationDate " + _pdf_str(FIXED_PDF_DATE.encode()) + b" /ModDate " + _pdf_str(FIXED_PDF_DATE.encode()) + b" >>")
    kids = []
    n = 7
    for pg in pages:
        ops = []
        for x, y, s in pg:
            ops.append(b"BT /F1 %.1f Tf %.2f %.2f Td " % (size, x, y) + _pdf_str(s.encode("cp1252")) + b" Tj ET")
        content = zlib.compress(b"\n".join(ops), 9)
        objs[n + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                   b"/Contents %d 0 R >>" % (n + 1))
        kids.append(n)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    size_n = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size_n)
    for i in range(1, size_n):
        out.write(b"%010d 00000 n \n" % offsets[i])
    fid = zlib.crc32(path.name.encode())
    idhex = b"%032x" % fid
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (size_n, idhex, idhex, xref))
    path.write_bytes(out.getvalue())


def write_scan_pdf(path: Path, text: str, seed: int, angle: float):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rng = random.Random(seed)
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 31)
    bold = ImageFont.truetype(FONT_BOLD, 33)
    y = 150
    for i, line in enumerate(text.split("\n")):
        f = bold if i == 0 else font
        d.text((150, y), line, fill=25, font=f)
        y += 47
    # fax header line
    d.text((150, 60), "10/03/2025 14:12  FAX  p.1/1" if "EHRHARDT" in text else "17/03/2025 16:47  FAX  p.1/1",
           fill=60, font=ImageFont.truetype(FONT, 24))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
    px = img.load()
    for _ in range(6000):
        x, yy = rng.randrange(W), rng.randrange(H)
        px[x, yy] = rng.randrange(0, 120)
    for _ in range(40):  # a few fax streaks
        yy = rng.randrange(H)
        x0 = rng.randrange(W - 200)
        for x in range(x0, x0 + rng.randrange(30, 200)):
            px[x, yy] = min(px[x, yy], 140)
    img = img.point(lambda v: 0 if v < 150 else 255).convert("1")
    buf = io.BytesIO()
    fixed = time.gmtime(1740816000)  # 2025-03-01 08:00 UTC
    img.save(buf, "PDF", resolution=200.0, producer=PRODUCER, creator="Fax server",
             creationDate=fixed, modDate=fixed, title="")
    path.write_bytes(buf.getvalue())


def write_docx(path: Path, blocks):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, payload in blocks:
        if kind == "h":
            r = doc.add_paragraph().add_run(payload)
            r.bold = True
        elif kind == "p":
            doc.add_paragraph(payload)
        else:
            t = doc.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
    cp = doc.core_properties
    fixed = dt.datetime(2025, 3, 1, 9, 0, 0)
    cp.author = "Secrétariat"
    cp.last_modified_by = "Secrétariat"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


EXT = {"pdf": "pdf", "scan": "pdf", "docx": "docx", "txt": "txt"}


def main():
    atc = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids) or len(ids) != 12:
        fail("ids must be 12 and unique")
    golds = []
    for L in LETTERS:
        g = build_gold(L)
        check(L, g, atc)
        golds.append(g)
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for L, g in zip(LETTERS, golds):
        out = ldir / f"{L['id']}.{EXT[L['fmt']]}"
        if L["fmt"] == "pdf":
            write_text_pdf(out, L["text"])
        elif L["fmt"] == "scan":
            write_scan_pdf(out, L["text"], L["seed"], L["angle"])
        elif L["fmt"] == "docx":
            write_docx(out, L["blocks"])
        else:
            data = L["text"].replace("\n", L.get("newline", "\n")).encode(L.get("encoding", "utf-8"))
            out.write_bytes(data)
        (gdir / f"{L['id']}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"ok: {len(LETTERS)} letters and golds written to {HERE}")


if __name__ == "__main__":
    main()
