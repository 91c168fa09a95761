#!/usr/bin/env python3
"""corpus93: 12 blind referral letters (private-practice oncologists, urologists,
radiotherapists of Ile-de-France clinics) with their gold records.

Run from /work/main:  .venv/bin/python tests/corpus93/make_letters.py

Every letter's text and gold live here as Python data.  Gold gaps are derived
by one function (spec "Gaps" rule).  Each gold is checked against the contract
(shared/spec/rcp-request.md) before anything is written; any failure exits with
"CONTRACT VIOLATION: ...".  Output (letters/, gold/) is byte-identical on every
run: fixed PDF dates/producer, fixed DOCX core properties and zip timestamps.
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
ROOT = HERE.parent.parent
SPEC_ATC = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# --------------------------------------------------------------------------
# Letters.  Each entry: id, fmt (pdf | docx | txt | txt-cp1252-crlf), date of
# the letter, birth (when the letter gives only a birth date), text, gold,
# and `not_current`: every drug of atc-reference.tsv the letter names that is
# NOT in gold currentMedications, with the reason (checked automatically).
# --------------------------------------------------------------------------

LETTERS = []


def letter(**kw):
    LETTERS.append(kw)


# yr01 -- private oncologist, e-mail pasted as plain text (UTF-8)
letter(
    id="yr01", fmt="txt", date="2025-05-12", birth=None,
    text="""De : Dr Hélène Varenne-Lotz <secretariat.varenne@onco-vincennes-libéral.fr>
Envoyé : lundi 12 mai 2025 18:42
À : RCP Métastases osseuses
Objet : demande RCP - Mme GRANDVILLIERS Odile

Chers confrères,

Je vous adresse Mme GRANDVILLIERS Odile, 58 ans, suivie au cabinet (Clinique Saint-Aubin-des-Prés, Vincennes) pour un K du sein G.
Histo : carcinome canalaire infiltrant (NST) grade II, RE+ 90 %, RP+ 40 %, HER2 score 1+ (négatif).
Tumorectomie + RT mammaire en 2019, HT adjuvante par Arimidex arrêtée en 2024 (arthralgies).

Méta os découvertes sur le TEP-TDM de bilan fait en mars 2025 pour remontée du CA 15-3 : L3, sacrum, plusieurs côtes.
Pas de méta viscérale.

Depuis : 1ère ligne méta par Kisqali 600 mg (J1-J21) + Femara 2,5 mg, débutée le 01/04/2025. Xgeva 120 mg SC / 4 sem depuis avril, avis dentaire OK.

Clinique : lombalgie basse, à la marche et à la station debout prolongée, EVA 3/10, bien calmée par le Doliprane 1 g x3/j. Pas de réveil nocturne. Pas de déficit.
Pas de RT antérieure sur l'os. Pas d'anticoag.

ATCD : HTA sous Triatec 5 mg. Appendicectomie. Mère K ovaire à 62 ans.
PS 0, travaille à mi-temps.

ttt en cours : Kisqali, Femara, Xgeva, Doliprane, Triatec.

Question : RT antalgique/consolidation L3 ? intérêt d'une IRM rachis complète avant ?
Le ttt reste palliatif, objectif contrôle de la maladie osseuse.

Merci de me dire la date de passage.
Bien confraternellement,
Dr H. Varenne-Lotz
Oncologie médicale - 01 43 98 12 07
Envoyé depuis mon iPhone
""",
    gold=dict(
        patient={"sex": "F", "age": 58},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma",
                      "biomarkers": {"ER": "positive", "PR": "positive", "HER2": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["L01EF02", "L02BG04", "M05BX04", "N02BE01", "C09AA05"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    not_current={"L02BG03": "Arimidex stopped in 2024"},
    tricky="e-mail from iPhone; breast RT is not bone RT ('Pas de RT antérieure sur l'os' = absent); Arimidex stopped; 'Pas d'anticoag'; nocturnal pain denied; antiplatelets never mentioned",
)

# yr02 -- urologist, private clinic, text PDF
letter(
    id="yr02", fmt="pdf", date="2025-06-03", birth="1949-09-14",
    text="""CLINIQUE UROLOGIQUE DU PARC DE SCEAUX
Dr Bertrand QUINCAMPOIX - Urologue - Chirurgie urologique et andrologie
12 bis allée des Marronniers, 92330 Sceaux - Tél. 01 46 61 38 90

Sceaux, le 03/06/2025

A l'attention de la RCP métastases osseuses

Objet : M. LEFRANÇOIS-DUBREUIL Gérard, né le 14/09/1949

Cher confrère,

Je vous adresse M. Lefrançois-Dubreuil pour avis en RCP.

ATCD : FA sous Eliquis 5 mg x2 (Kardégic arrêté lors de l'introduction de l'Eliquis en 2022), HTA, dyslipidémie. Ex-tabagique. Frère suivi pour un K du poumon.

Histoire : adénocarcinome prostatique diagnostiqué en janvier 2025 sur biopsies (Gleason 4+4 = 8, ISUP 4, 10/12 biopsies +). PSA initial 48 ng/ml.
La scintigraphie osseuse et le TDM TAP de bilan d'extension (janvier 2025) ont montré des méta os multiples : bassin, cotyle D, L4, côtes. Pas d'atteinte viscérale. Forme métastatique hormonosensible de haut volume.

Traitement : Eligard 45 mg tous les 6 mois depuis le 10/02/2025 (flare couvert par bicalutamide 1 mois), Xtandi 160 mg/j depuis le 15/04/2025.
PSA 3,1 ng/ml le 20/05/2025.

Sur le plan osseux : pas de douleur osseuse, marche normale. Prolia / Xgeva à discuter : soins dentaires en cours.
État général conservé, OMS 1.

Ttt habituel : Eliquis 5 mg matin et soir, Tahor 20 mg, Cardensiel 2,5 mg, Eligard, Xtandi.

Question posée : intérêt d'une RT de la lésion cotyloïdienne D (risque fracturaire ?) et avis sur le ttt ostéoprotecteur.

Bien confraternellement.

Dr B. Quincampoix
""",
    gold=dict(
        patient={"sex": "M", "age": 75},
        primaryTumor={"status": "present", "site": "prostate", "histology": "adenocarcinoma",
                      "biomarkers": {"PSA": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["B01AF02", "C10AA05", "C07AB07", "L02AE02", "L02BB04"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AF02"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    not_current={"B01AC06": "Kardégic stopped 2022", "M05BX04": "Prolia/Xgeva only 'à discuter'"},
    tricky="age from birth date; Kardégic stopped (antiplatelets absent); denosumab only to be discussed (unknown); bicalutamide one month past (not in table); brother's lung cancer",
)

# yr03 -- radiotherapist, private radiotherapy centre, DOCX
letter(
    id="yr03", fmt="docx", date="2025-03-20", birth=None,
    text="""CENTRE DE RADIOTHÉRAPIE DE LA VALLÉE DE CHEVREUSE
Dr Anne-Laure MONTCHAUVET - Oncologue radiothérapeute
4 rue du Moulin-Vert, 78470 Saint-Rémy-lès-Chevreuse - 01 30 47 62 15

Le 20 mars 2025

Objet : Mme PERRIGAULT Michèle, 67 ans - demande d'avis RCP os

Chère consœur, cher confrère,

Je vous présente Mme Perrigault, 67 ans, que je connais bien.

Tumeur primitive : adénoK pulmonaire LID, EGFR muté (délétion exon 19), ALK négatif, PD-L1 < 1 %. Diagnostic 11/2024.

Circonstances : le diagnostic a été fait à l'occasion d'une compression médullaire D8 en novembre 2024 (paraparésie, troubles sphinctériens), opérée en urgence (laminectomie + ostéosynthèse D7-D9, Dr Kergonan, Clinique des Ormes) puis RT post-op 30 Gy en 10 fr terminée le 20/12/2024. Récup motrice complète.

Depuis 12/2024 : Tagrisso 80 mg/j, bonne réponse pulmonaire. Zometa 4 mg toutes les 12 semaines (dernière injection 28/02). Dectancyl arrêté fin janvier.

Motif actuel : douleur de l'aile iliaque G depuis 3 sem, à la marche et à l'appui, EVA 5/10, pas de brûlures, pas de douleur nocturne. TDM : lésion lytique iliaque G de 4 cm, sans atteinte du cotyle.

Ttt actuel : Tagrisso 80 mg, Lovenox 4000 UI/j (thromboprophylaxie, reprise depuis la chirurgie, ATCD EP en 2024), Skenan LP 30 mg x2, Actiskenan 10 mg si besoin, Zometa, Forlax.
Pas d'antiagrégant.

PS 1. Patiente en situation palliative, projet : poursuite osimertinib.

Question : RT antalgique iliaque G (8 Gy ou 20 Gy/5) vs cimentoplastie ? Avis ortho sur le risque fracturaire.

Confraternellement,
Dr A.-L. Montchauvet
""",
    gold=dict(
        patient={"sex": "F", "age": 67},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["neurological_deficit"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 5},
        currentMedications={"status": "present", "atc": ["L01EB04", "B01AB05", "N02AA01", "M05BA08", "A06AD15"]},
        priorLocalTreatments={"status": "present", "types": ["surgery", "radiotherapy"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BA08"]},
        anticoagulation={"status": "present", "atc": ["B01AB05"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    not_current={"H02AB02": "Dectancyl stopped end of January"},
    tricky="cord compression as circumstance; decompression+fixation and post-op RT are prior bone treatments; Dectancyl stopped; preventive Lovenox; cementoplasty only asked; no burning / no nocturnal pain denied",
)

# yr04 -- private oncologist, forwarded e-mail (TR:) pasted into a .txt
letter(
    id="yr04", fmt="txt", date="2025-04-07", birth=None,
    text="""-----Message d'origine-----
De : Dr Jean-Marc Aubrac-Delmas
Envoyé : lundi 7 avril 2025 08:15
À : coordination.rcp-os@hopital-nord-est-francilien.fr
Cc : secretariat Dr Aubrac
Objet : TR: RCP os M. ROUSSEAU-VALMY

Bjr,

pour la RCP de jeudi svp, M. ROUSSEAU-VALMY Alain 71 ans.

K rein cc (carcinome à cellules claires) G3, néphrectomie élargie D 2019 (Clinique de l'Yvette).
Rechute méta osseuse : fracture patho de l'humérus G en février 2025 -> enclouage centro-médullaire le 14/02 puis RT post-op 20 Gy/5 fr (terminée 10/03).
Cabometyx 40 mg/j depuis 03/2025, bien toléré (diarrhée gr 1).
Hypothyroidie sous cabo -> Levothyrox 50. Lasilix 40 pour oedèmes.

Pas de douleur actuellement, a repris la conduite.
Pas de Xgeva pour l'instant (extractions dentaires programmées).
Anticoag : a priori sous Préviscan pour une FA ancienne ?? le patient ne sait plus, à vérifier avec son cardiologue (Dr Sallanches, Palaiseau).

KPS 80 %.

TDM TAP 03/2025 : nouvelle lésion isolée D11 corporéale, sans épidurite.
Question : SBRT D11 ? ou surveillance ?

Merci
JM Aubrac-Delmas
Oncologie médicale - Clinique de l'Yvette, Longjumeau
""",
    gold=dict(
        patient={"sex": "M", "age": 71},
        primaryTumor={"status": "present", "site": "kidney", "histology": "clear_cell_carcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["L01EX07", "H03AA01", "C03CA01"]},
        priorLocalTreatments={"status": "present", "types": ["surgery", "radiotherapy"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "uncertain", "atc": ["B01AA12"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "kps": 80},
        therapeuticProject={"status": "present", "intent": None},
    ),
    not_current={"B01AA12": "Préviscan named only with doubt ('a priori ... ??', 'à vérifier')",
                 "M05BX04": "'Pas de Xgeva pour l'instant'"},
    tricky="forwarded e-mail; Préviscan with doubt (uncertain, kept as agent, not a current med); 'Pas de Xgeva pour l'instant' (absent); KPS only; nailing + post-op RT",
)

# yr05 -- urologist, text PDF, conflicting anticoagulation
letter(
    id="yr05", fmt="pdf", date="2025-01-15", birth=None,
    text="""Dr Philippe ESCOFFIER-NAUDIN
Urologue - Ancien chef de clinique
Polyclinique de la Marne, 77100 Meaux - Secrétariat : 01 64 35 77 21

Meaux, le 15 janvier 2025

Objet : M. BOISSENOT Raymond, 79 ans

Mon cher confrère,

Je vous adresse M. Boissenot, 79 ans, pour discussion en RCP métastases osseuses.

ATCD :
- K prostate traité par prostatectomie totale en 2016, puis RT de la loge en 2018 pour récidive biologique.
- TVP du membre inf. G en 2023 traitée 6 mois, plus d'anticoagulant depuis.
- HTA, diabète non insulinodépendant.

Histoire récente : remontée du PSA à 12,4 ng/ml en août 2024. Le TEP-PSMA de surveillance de septembre 2024 retrouve des fixations osseuses (ischion D, col fémoral D, L5). Aucune lésion osseuse n'a été irradiée à ce jour.
Mis sous Décapeptyl 11,25 mg/3 mois + Nubeqa 300 mg x2 depuis octobre 2024.

Actuellement : douleurs de hanche D, surtout la nuit avec réveils nocturnes, majorées à la marche, EVA 6/10 malgré Topalgic 50 mg x3 et Doliprane 1 g x3.

Ordonnance en cours (jointe) :
Décapeptyl 11,25 mg
Nubeqa 300 mg 2 cp matin et soir
Xarelto 20 mg 1 cp le soir
Topalgic 50 mg 1 cp x3/j
Doliprane 1 g x3/j
Glucophage 850 mg x2

Pas d'acide zolédronique ni de dénosumab à ce jour.

Question : RT antalgique hanche D ? Risque fracturaire du col fémoral (score de Mirels ?) -> avis chirurgical ? Puis poursuite de l'hormonothérapie.

Je reste à votre disposition.
Dr P. Escoffier-Naudin
""",
    gold=dict(
        patient={"sex": "M", "age": 79},
        primaryTumor={"status": "present", "site": "prostate", "histology": None, "biomarkers": {"PSA": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["nocturnal", "mechanical"], "intensity": 6},
        currentMedications={"status": "present", "atc": ["L02AE04", "L02BB06", "B01AF01", "N02AX02", "N02BE01", "A10BA02"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "conflicting", "atc": ["B01AF01"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "unknown"},
        therapeuticProject={"status": "present", "intent": None},
    ),
    not_current={"M05BA08": "'Pas d'acide zolédronique'", "M05BX04": "'ni de dénosumab'"},
    tricky="'plus d'anticoagulant depuis' vs Xarelto on the attached prescription (conflicting, kept); prostatectomy and prostate-bed RT not bone treatments; no histology word; follow-up PSMA PET; no performance status",
)

# yr06 -- private medical oncologist, DOCX with a medication table
letter(
    id="yr06", fmt="docx", date="2025-11-28", birth="1961-12-02",
    text="""Clinique Médico-Chirurgicale des Coteaux de Seine - Service d'oncologie
Dr Sylvie CHAMBERLAND-OUDOT - Oncologue médicale
Tél. 01 39 72 48 03 - Fax 01 39 72 48 10 - 78400 Chatou

Chatou, le 28/11/2025

Demande de présentation en RCP métastases osseuses

Patiente : Mme DELAMARCHE Françoise, née le 02/12/1961

Chère consœur, cher confrère,

Mme Delamarche est suivie depuis 2018 pour un carcinome lobulaire infiltrant du sein D, RE+ (100 %), RP négatif (0 %), HER2 négatif (score 0).
Mastectomie + curage 2018, RT pariétale, puis létrozole 5 ans (terminé en 2023).

Rechute osseuse révélée en août 2025 par une hypercalcémie à 3,1 mmol/l (asthénie, confusion), hospitalisée à Chatou, corrigée par hydratation et un bisphosphonate IV. Bilan : méta os diffuses (rachis, bassin, côtes, crâne). Biopsie iliaque : CLI RE+.
RT antalgique D12-L1 20 Gy/5 fr en septembre 2025.

Ttt depuis 09/2025 : Faslodex 500 mg + Verzenios 150 mg x2, Xgeva 120 mg mensuel.

Douleurs : rachialgies diffuses d'horaire inflammatoire, dérouillage matinal de 30 min, EN 4/10 ce jour (7/10 en août). Pas de radiculalgie.

Pas d'ATCD thromboembolique. Pas d'anticoagulant. Kardégic 75 mg (AOMI).

PS 2 (asthénie ++). Traitement à visée palliative.

Question : lésions du crâne et de l'odontoïde - faut-il une RT préventive C2 ? Avis sur la poursuite du Xgeva.

Traitements en cours (tableau) :""",
    table=[["Médicament", "Posologie", "Depuis"],
           ["Faslodex 500 mg", "1 inj. IM / mois", "09/2025"],
           ["Verzenios 150 mg", "1 cp x2/j", "09/2025"],
           ["Xgeva 120 mg", "1 inj. SC / 4 sem", "09/2025"],
           ["Cacit D3", "1 sachet/j", "09/2025"],
           ["Efferalgan codéiné", "2 cp x3/j si douleur", "08/2025"],
           ["Inexium 20 mg", "1 cp le soir", "2020"],
           ["Kardégic 75 mg", "1 sachet/j", "2019"]],
    text_after="""
Bien à vous,
Dr S. Chamberland-Oudot
""",
    gold=dict(
        patient={"sex": "F", "age": 63},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_lobular_carcinoma",
                      "biomarkers": {"ER": "positive", "PR": "negative", "HER2": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["hypercalcemia"], "dated": True},
        pain={"status": "present", "types": ["inflammatory"], "intensity": 4},
        currentMedications={"status": "present", "atc": ["L02BA03", "L01EF03", "M05BX04", "A12AX", "N02AJ06", "A02BC05", "B01AC06"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "present", "atc": ["B01AC06"]},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    not_current={"L02BG04": "létrozole finished in 2023"},
    tricky="age from birth date, birthday 4 days after the letter; hypercalcaemia; inflammatory pain, radiculalgia denied, current EN 4 vs 7 earlier; one-off IV bisphosphonate without name; parietal RT not bone; Efferalgan codéiné = N02AJ06 only; medication table",
)

# yr07 -- radiotherapist, Outlook export, cp1252 + CRLF
letter(
    id="yr07", fmt="txt-cp1252-crlf", date="2025-05-22", birth=None,
    text="""Objet : Avis RCP os - M. KERVADEC Yannick
Date : 22/05/2025 17:03
De : Dr Luc Tessandier - Radiothérapie - Institut privé de radiothérapie d'Evry-Courcouronnes
A : RCP os

Chers collègues,

M. KERVADEC Yannick, 64 ans. Tabac 45 PA sevré.
K bronchique épidermoïde LSG, stade IV d'emblée (méta os), PD-L1 70 %, EGFR/ALK non recherchés.
Dg en mars 2025 devant une douleur costale G évoluant depuis 3 mois (côte 7 lytique + masse LSG).
1ère ligne : Keytruda monothérapie depuis le 02/04/2025 (C3 faite le 14/05).

RT 8 Gy en fraction unique sur la côte 7 G le 12/05/2025, effet antalgique partiel.

Persistance d'une douleur intercostale G à type de brûlures et décharges électriques, DN4 6/10, EVA 7/10.
Ttt : Oxycontin 20 mg x2, Oxynorm 5 mg si besoin, Lyrica 75 mg x2, Movicol.
ATCD : coronaropathie stentée 2021 sous Plavix 75, poursuivi. AOD : non. HBPM : non.
Pas encore de ttt osseux spécifique (Xgeva envisagé après bilan dentaire).

OMS 1.
Question : réirradiation côte 7 ? bloc intercostal / radiofréquence ? place d'un avis algo.

Cordialement
Dr L. Tessandier
""",
    gold=dict(
        patient={"sex": "M", "age": 64},
        primaryTumor={"status": "present", "site": "lung", "histology": "squamous_cell_carcinoma",
                      "biomarkers": {"PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["neuropathic"], "intensity": 7},
        currentMedications={"status": "present", "atc": ["L01FF02", "N02AA05", "N03AX16", "A06AD65", "B01AC04"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "present", "atc": ["B01AC04"]},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    not_current={"M05BX04": "Xgeva only 'envisagé'"},
    tricky="cp1252 + CRLF Outlook export; EGFR/ALK not tested (no result); neuropathic pain (brûlures, DN4); 'AOD : non. HBPM : non.' = anticoagulation absent; Plavix present; 'Pas encore de ttt osseux' absent, Xgeva planned; radiofrequency only asked",
)

# yr08 -- private oncologist, colorectal, text PDF
letter(
    id="yr08", fmt="pdf", date="2025-02-10", birth=None,
    text="""Hôpital privé des Hauts-de-Bièvre - Oncologie digestive
Dr Marc-Antoine SOLIGNAC
3 avenue Paul-Langevin, 92160 Antony - RDV : 01 55 59 20 44

Antony, le 10 février 2025

Cher confrère,

Je vous remercie de discuter en RCP os le dossier de M. HAUTECLOCQUE Bernard, 69 ans.

Diagnostic : adénocarcinome du colon sigmoïde, KRAS muté (G12D), BRAF sauvage, MSS. Colectomie gauche en 2022, métastases hépatiques en 2023 (FOLFOX-bevacizumab).

Les lésions osseuses ont été découvertes de façon fortuite sur un scanner abdominal réalisé aux urgences pour une colique néphrétique en octobre 2024 : lésions condensantes L2 et aile iliaque D, confirmées au TEP.

Ttt actuel : maintenance Xeloda 1000 mg x2 J1-J14 (capécitabine) + bevacizumab.
Le patient est asymptomatique sur le plan osseux, aucune douleur.

Embolie pulmonaire en janvier 2025 : Lovenox 8000 UI x2/j (dose curative), poursuivi.
Zometa : 1 seule perfusion en décembre 2024, non poursuivi (clairance à 38 ml/min).

Autres ttt : Glucophage 1000 x2, Tahor 40, Mopral 20.
Mère décédée d'un K du sein.

PS 1.

Question : faut-il un ttt local des lésions osseuses (oligométastatique osseux ?) avant une éventuelle reprise de chimio ? Quel ttt anti-résorptif compte tenu de la fonction rénale ?

Bien confraternellement,
Dr M.-A. Solignac
""",
    gold=dict(
        patient={"sex": "M", "age": 69},
        primaryTumor={"status": "present", "site": "colorectal", "histology": "adenocarcinoma",
                      "biomarkers": {"KRAS": "positive", "BRAF": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["incidental_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["L01BC06", "B01AB05", "A10BA02", "C10AA05", "A02BC01"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AB05"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    not_current={"M05BA08": "single Zometa infusion in Dec 2024, 'non poursuivi'"},
    tricky="incidental discovery on CT for renal colic; single Zometa infusion not continued (absent); curative-dose Lovenox for PE; bevacizumab/FOLFOX not in table; mother's breast cancer; nothing on prior local treatment",
)

# yr09 -- urologist, short DOCX on clinic letterhead
letter(
    id="yr09", fmt="docx", date="2025-07-01", birth="1941-06-30",
    text="""SCP d'urologie de la Clinique Sainte-Bathilde-du-Vexin
Dr Olivier MAUPERTHUIS - Dr Claire N'GUESSAN-ROY
95300 Pontoise - Tél : 01 34 24 91 60

Pontoise, le 1er juillet 2025

Cher confrère,

Je t'adresse M. GUILLEMINOT Robert, né le 30/06/1941, pour la RCP os.

K prostate métastatique osseux d'emblée : adénocarcinome Gleason 4+5 (ISUP 5), PSA 320 ng/ml au dg.
Révélé par des lombalgies évoluant depuis 2 mois, scinti : méta os diffuses.

Douleurs lombaires mécaniques, EVA 5, pas de radiculalgie, pas de déficit.
Jamais irradié.

Ttt : Firmagon depuis le 02/06/2025, Zytiga 1000 mg + Cortancyl 5 mg x2 depuis le 20/06. Dafalgan 1 g x3, Xanax 0,25 le soir.
Anticoagulé par AVK pour valve mécanique aortique (suivi INR par le cardiologue).
Xgeva prévu après le panoramique dentaire.

OMS 2, vit seul, autonome.

Question : RT antalgique L3-L4 ?

Amitiés,
O. Mauperthuis
""",
    gold=dict(
        patient={"sex": "M", "age": 84},
        primaryTumor={"status": "present", "site": "prostate", "histology": "adenocarcinoma",
                      "biomarkers": {"PSA": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 5},
        currentMedications={"status": "present", "atc": ["L02BX02", "L02BX03", "H02AB07", "N02BE01", "N05BA12"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "present", "atc": []},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": None},
    ),
    not_current={"M05BX04": "Xgeva only 'prévu'"},
    tricky="age from birth date, birthday the day before the letter; 'AVK' without a name (present, incomplete); Xgeva planned (unknown); radiculalgia denied; 'Jamais irradié'",
)

# yr10 -- urologist-oncologist, bladder, plain text note (UTF-8)
letter(
    id="yr10", fmt="txt", date="2025-06-18", birth=None,
    text="""RCP OS - fiche de liaison (Clinique du Bois-d'Arcy-Lisière, uro-oncologie)
Rédigée le 18/06/25 par Dr Fabienne Lorrach-Ibarra, onco-urologue

Pat : Mme VAUDRECOURT Sylvie, 66 ans
Tél. secrétariat : 01 30 07 55 82

K : carcinome urothélial de vessie infiltrant, cystectomie + Bricker 2023.
Rechute ganglionnaire et osseuse découverte sur le TEP de suivi de janvier 2025 (aile iliaque G, D10, sternum).
1 lésion iliaque G traitée par radiofréquence (thermoablation percutanée) le 12/03/2025.

Ttt : enfortumab vedotin (Padcev) + Keytruda depuis 02/2025, 6 cycles. Tolérance : neuropathie gr 1.

Clinique : douleur fessière G à la marche, EN 3/10, Doliprane 1 g si besoin. Pas de douleur la nuit.
Pas d'anticoagulation. Pas d'antiagrégant.
Pas de biphosphonate ni de denosumab (clairance 35 ml/min, bilan dentaire non fait).
Hypothyroïdie sous Keytruda : Levothyrox 75.

PS 1.

Q : RT/SBRT D10 et sternum ? Faut-il un ttt anti-résorptif malgré l'IR ?
""",
    gold=dict(
        patient={"sex": "F", "age": 66},
        primaryTumor={"status": "present", "site": "bladder", "histology": "other", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["L01FF02", "N02BE01", "H03AA01"]},
        priorLocalTreatments={"status": "present", "types": ["ablation"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    not_current={"M05BX04": "'Pas de ... denosumab'"},
    tricky="urothelial carcinoma (histology 'other'); radiofrequency ablation; Padcev not in the ATC table; explicit denials of anticoagulant, antiplatelet and bone therapy; nocturnal pain denied",
)

# yr11 -- radiotherapist, text PDF, pathological hip fracture
letter(
    id="yr11", fmt="pdf", date="2025-04-10", birth=None,
    text="""Centre d'oncologie et de radiothérapie Paris-Est-Montreuil
Dr Nadia BELKACEMI-FOURNIER - Radiothérapeute
Tél. 01 48 58 93 36

Montreuil, le 10/04/2025

Objet : Mme TROUVELOT Aurélie, 45 ans

Cher(e)s collègues,

Mme Trouvelot, 45 ans, suivie par le Dr Ménestrel (oncologue, clinique des Lilas-Bagnolet) pour un K du sein G diagnostiqué en 2021 : carcinome canalaire infiltrant, RE - , RP -, HER2 3+.
Tumorectomie, chimio (EC puis Taxotère + Herceptin), RT du sein 2021-2022.

Le 03/03/2025 : fracture pathologique du col fémoral D en se levant de sa chaise. PTH cimentée le 05/03 (Dr Aubertin). Anapath : métastase de carcinome mammaire HER2 3+.
Bilan : 2 autres lésions (L1, cotyle G).
Reprise Herceptin + Perjeta toutes les 3 semaines depuis le 25/03.

RT post-op de la hanche D prévue (consultation de mise en place le 16/04).
Douleurs résiduelles de hanche D à l'appui, sans douleur nocturne. Marche avec 1 canne.

Lovenox 4000 UI/j jusqu'au 15/04 (prophylaxie post-op).
Aclasta reçu une fois en 2022 pour ostéopénie sous chimio ; pas de ttt anti-résorptif actuellement.

PS 1. Intention palliative.
Question : RT de L1 et du cotyle G en même temps que la hanche D ? Indication d'un anti-résorptif (Xgeva ?)

Bien confraternellement,
Dr N. Belkacemi-Fournier
""",
    gold=dict(
        patient={"sex": "F", "age": 45},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma",
                      "biomarkers": {"ER": "negative", "PR": "negative", "HER2": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": None},
        currentMedications={"status": "present", "atc": ["L01FD01", "L01FD02", "B01AB05"]},
        priorLocalTreatments={"status": "present", "types": ["surgery"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AB05"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    not_current={"L01CD02": "Taxotère 2021 (stopped)", "M05BA08": "Aclasta once in 2022",
                 "M05BX04": "Xgeva only asked about"},
    tricky="pathological fracture -> arthroplasty (surgery); post-op RT only planned (not prior); preventive Lovenox still running at the letter date; one past Aclasta + explicit 'pas de ttt anti-résorptif actuellement'; no pain score; breast RT not bone",
)

# yr12 -- private oncologist (thoracic), DOCX, uncertain bone therapy
letter(
    id="yr12", fmt="docx", date="2025-09-05", birth=None,
    text="""Cabinet d'oncologie thoracique - Clinique des Quatre-Vents, 94130 Nogent-sur-Marne
Dr Rémi ABGRALL-CASTAING
Tél. 01 48 71 06 29

Nogent, le 05/09/2025

Objet : M. FERRANDIÈRE Julien, 49 ans - oligoprogression osseuse

Chers amis,

Je vous adresse M. Ferrandière, 49 ans, non-fumeur, pour un adénoK pulmonaire LSD ALK réarrangé (FISH +), EGFR sauvage, PD-L1 5 %, diagnostiqué en juin 2023.
Méta os découvertes sur le TDM TAP de bilan initial (06/2023) : L2, D11, côtes.
Cimentoplastie L2 en juillet 2023 (tassement douloureux), à l'hôpital.
Il aurait reçu du Zometa en 2023 à l'hôpital, à vérifier ; rien depuis qu'il est suivi chez nous.

Alecensa 600 mg x2 depuis 07/2023, excellente réponse.
Pas de dlr actuellement. Autres ttt : Inexium 40.
Père décédé d'un K bronchique.

TEP 08/2025 : progression isolée D11, reste de la maladie stable.
PS 0, activité pro à temps plein.

Projet : poursuite Alecensa.
Question : SBRT D11 (oligoprogression) ?

Amicalement,
R. Abgrall-Castaing
""",
    gold=dict(
        patient={"sex": "M", "age": 49},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["L01ED03", "A02BC05"]},
        priorLocalTreatments={"status": "present", "types": ["cementoplasty"]},
        boneTargetedTherapy={"status": "uncertain", "atc": ["M05BA08"]},
        anticoagulation={"status": "unknown", "atc": []},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
    ),
    not_current={"M05BA08": "'aurait reçu du Zometa ... à vérifier'"},
    tricky="Zometa named with doubt (uncertain, kept as agent, not current); PD-L1 5 % positive; cementoplasty; father's lung cancer; nothing on anticoagulation; 'Pas de dlr'",
)

# --------------------------------------------------------------------------
# Contract
# --------------------------------------------------------------------------
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
          "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ALL_ITEMS = ITEMS9[:7] + ["antiplatelets"] + ITEMS9[7:]
FIVE = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED = {
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
               "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
                 "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
TREATMENTS = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


class Violation(Exception):
    pass


def fail(lid, msg):
    raise Violation(f"{lid}: {msg}")


def load_atc():
    rows = {}
    lines = SPEC_ATC.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        code, dci, inn = parts[0].strip(), parts[1].strip(), parts[2].strip()
        brands = [b.strip() for b in (parts[4] if len(parts) > 4 else "").split(",") if b.strip()]
        rows[code] = [dci, inn] + brands
    return rows


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("’", "'")


def drugs_named(text: str, atc_rows) -> set[str]:
    """Every ATC code whose DCI, INN or brand is written in the text (longest names first)."""
    t = norm(text)
    names = sorted(((norm(n), code) for code, ns in atc_rows.items() for n in ns if len(n) >= 4),
                   key=lambda x: -len(x[0]))
    found = set()
    for name, code in names:
        pat = re.compile(r"(?<![a-z0-9])" + re.escape(name) + r"(?![a-z0-9])")
        if pat.search(t):
            found.add(code)
            t = pat.sub(lambda m: " " * len(m.group(0)), t)
    return found


def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to gold values (nine items, no antiplatelets)."""
    gaps = []
    for item in ITEMS9:
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
                (item == "pain" and not sec.get("types"))
                or (item in ("anticoagulation", "boneTargetedTherapy") and not sec.get("atc"))
                or (item == "boneDiagnosis" and not sec.get("dated"))
                or (item == "primaryTumor" and not sec.get("histology"))
                or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
            )
            if incomplete:
                gaps.append([item, "incomplete"])
    return gaps


def full_text(L):
    parts = [L["text"]]
    for row in L.get("table") or []:
        parts.append("\t".join(row))
    parts.append(L.get("text_after", ""))
    return "\n".join(parts)


def age_at(birth: str, on: str) -> int:
    b, d = dt.date.fromisoformat(birth), dt.date.fromisoformat(on)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def check(L, gold, atc_rows):
    lid = L["id"]
    text = full_text(L)
    if not re.fullmatch(r"yr\d\d", lid):
        fail(lid, "bad id")
    if L["fmt"] not in ("pdf", "docx", "txt", "txt-cp1252-crlf"):
        fail(lid, "bad format")
    if L["fmt"] in ("pdf", "txt-cp1252-crlf"):
        try:
            text.encode("cp1252")
        except UnicodeEncodeError as e:
            fail(lid, f"text not cp1252-encodable: {e}")
    # patient
    p = gold["patient"]
    if p.get("sex") not in ("F", "M"):
        fail(lid, "sex")
    if not isinstance(p.get("age"), int):
        fail(lid, "age must be an int")
    d = dt.date.fromisoformat(L["date"])
    if L["birth"]:
        if p["age"] != age_at(L["birth"], L["date"]):
            fail(lid, f"age {p['age']} != computed {age_at(L['birth'], L['date'])}")
        b = dt.date.fromisoformat(L["birth"])
        if b.strftime("%d/%m/%Y") not in text:
            fail(lid, "birth date not written in the letter")
        if re.search(r"\b\d{2} ans\b", text):
            fail(lid, "letter with birth date also writes an age")
    else:
        if f"{p['age']} ans" not in text:
            fail(lid, "age not written in the letter")
    if not any(s in text for s in (d.strftime("%d/%m/%Y"), d.strftime("%d/%m/%y"))) and str(d.year) not in text:
        fail(lid, "letter date not in text")
    # statuses
    for item in ALL_ITEMS:
        if item not in gold:
            fail(lid, f"missing {item}")
        st = gold[item].get("status")
        if st not in ALLOWED[item]:
            fail(lid, f"{item}.status {st!r} not allowed")
    pt = gold["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(lid, "site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(lid, "histology code")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in RESULTS:
            fail(lid, f"biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail(lid, "unknown primary tumour with values")
    if pt["status"] in ("present", "uncertain") and not pt["site"]:
        fail(lid, "primary tumour without site")
    bd = gold["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCUMSTANCES or not isinstance(bd["dated"], bool):
        fail(lid, "boneDiagnosis values")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(lid, "boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(lid, "boneDiagnosis unknown with values")
    pn = gold["pain"]
    if not set(pn["types"]) <= PAIN_TYPES:
        fail(lid, "pain type code")
    if pn["intensity"] is not None and (not isinstance(pn["intensity"], int) or not 0 <= pn["intensity"] <= 10):
        fail(lid, "pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"]):
        fail(lid, "pain absent/unknown with types or positive intensity")
    if pn["intensity"] is not None and not re.search(rf"(\b{pn['intensity']}\s*/\s*10|\b(EVA|EN|ENS)\s*{pn['intensity']}\b)", text):
        fail(lid, "pain intensity not written as N/10")
    pl = gold["priorLocalTreatments"]
    if not set(pl["types"]) <= TREATMENTS:
        fail(lid, "treatment type")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        fail(lid, "prior local treatment types with absent/unknown")
    if pl["status"] == "present" and not pl["types"]:
        fail(lid, "prior local treatment present without type")
    # ATC
    meds = gold["currentMedications"]
    for sec_name in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        sec = gold[sec_name]
        if len(set(sec["atc"])) != len(sec["atc"]):
            fail(lid, f"{sec_name}: duplicate codes")
        for c in sec["atc"]:
            if c not in atc_rows:
                fail(lid, f"{sec_name}: {c} not in atc-reference.tsv")
    if meds["status"] in ("absent", "unknown") and meds["atc"]:
        fail(lid, "currentMedications absent/unknown with codes")
    for sec_name, prefixes in AGENT_PREFIX.items():
        sec = gold[sec_name]
        for c in sec["atc"]:
            if not c.startswith(prefixes):
                fail(lid, f"{sec_name}: {c} not of this section's class")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            fail(lid, f"{sec_name}: codes with status {sec['status']}")
        if sec["status"] in ("present", "conflicting"):
            missing = set(sec["atc"]) - set(meds["atc"])
            if missing:
                fail(lid, f"{sec_name}: agents {missing} not in currentMedications")
        if sec["status"] == "uncertain":
            extra = set(sec["atc"]) & set(meds["atc"])
            if extra:
                fail(lid, f"{sec_name}: doubtful agents {extra} listed as current medications")
    # every current-medication class agent must be reflected in its section
    for c in meds["atc"]:
        for sec_name, prefixes in AGENT_PREFIX.items():
            if c.startswith(prefixes) and c not in gold[sec_name]["atc"]:
                fail(lid, f"current {c} missing from {sec_name}")
    # drugs named in the text: gold meds must be written, the rest justified
    named = drugs_named(text, atc_rows)
    for c in meds["atc"]:
        if c not in named:
            fail(lid, f"current medication {c} not named in the letter")
    for sec_name in AGENT_PREFIX:
        for c in gold[sec_name]["atc"]:
            if c not in named:
                fail(lid, f"{sec_name} agent {c} not named in the letter")
    unexplained = named - set(meds["atc"]) - set(L["not_current"])
    if unexplained:
        fail(lid, f"drugs named but neither current nor justified: {sorted(unexplained)}")
    stale = set(L["not_current"]) - named
    if stale:
        fail(lid, f"not_current lists drugs not in text: {sorted(stale)}")
    if set(L["not_current"]) & set(meds["atc"]):
        fail(lid, "a drug is both current and not_current")
    # prognosis
    pg = gold["prognosis"]
    ecog, kps = pg.get("ecog"), pg.get("kps")
    if ecog is not None and kps is not None:
        fail(lid, "both ecog and kps")
    if ecog is not None and (not isinstance(ecog, int) or not 0 <= ecog <= 5):
        fail(lid, "ecog value")
    if kps is not None and (not isinstance(kps, int) or not 0 <= kps <= 100 or kps % 10):
        fail(lid, "kps value")
    if pg["status"] == "unknown" and (ecog is not None or kps is not None):
        fail(lid, "prognosis unknown with a value")
    if ecog is not None and not re.search(rf"\b(PS|OMS|ECOG)\s*{ecog}\b", text):
        fail(lid, "ECOG value not written")
    if kps is not None and f"KPS {kps}" not in text:
        fail(lid, "KPS value not written")
    tp = gold["therapeuticProject"]
    if tp["intent"] is not None and (tp["intent"] not in INTENTS or tp["status"] != "present"):
        fail(lid, "intent")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] and intent_words[tp["intent"]] not in norm(text):
        fail(lid, "intent word not in letter")
    t_int = norm(text).replace("dose curative", "")  # anticoagulant dosing, not an intent
    if tp["intent"] is None and any(w in t_int for w in ("palliati", "curati", "soins de support exclusif")):
        fail(lid, "letter states an intent but gold intent is null")
    # invented phone numbers: French fictitious-looking, all 01 numbers
    for m in re.findall(r"\b0\d(?: \d\d){4}\b", text):
        if not m.startswith("01 "):
            fail(lid, f"unexpected phone number {m}")


def build_gold(L, atc_rows):
    g = L["gold"]
    out = {"id": L["id"]}
    for k in ["patient"] + ALL_ITEMS:
        sec = dict(g[k])
        if k in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            sec["atc"] = sorted(sec["atc"])
        if k == "prognosis" and "kps" not in sec:
            sec.setdefault("ecog", None)
        out[k] = sec
    check(L, out, atc_rows)
    out["gaps"] = derive_gaps(out)
    return out


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
FIXED_PDF_DATE = "D:20250601090000+02'00'"
PRODUCER = "corpus93 make_letters.py"


def pdf_escape(b: bytes) -> bytes:
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def font_widths():
    from PIL import ImageFont
    f = ImageFont.truetype(str(FONT), 2048)
    widths = []
    for i in range(32, 256):
        try:
            ch = bytes([i]).decode("cp1252")
            widths.append(round(f.getlength(ch) * 1000 / 2048))
        except UnicodeDecodeError:
            widths.append(0)
    return widths


def wrap(text: str, widths, size: float, maxw: float):
    def w(s):
        return sum(widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000
    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        cur = ""
        for word in para.split(" "):
            cand = word if not cur else cur + " " + word
            if w(cand) <= maxw:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        lines.append(cur)
    return lines


def write_pdf(path: Path, text: str):
    widths = font_widths()
    size, lead, left, top, bottom = 10, 13.5, 56, 790, 60
    lines = wrap(text, widths, size, 595 - 2 * left)
    per_page = int((top - bottom) / lead)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    font_data = FONT.read_bytes()
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
               + b" ".join(str(x).encode() for x in widths)
               + b"] /FontDescriptor 4 0 R /Encoding /WinAnsiEncoding >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    objs[5] = (b"<< /Length " + str(len(font_data)).encode() + b" /Length1 " + str(len(font_data)).encode()
               + b" >>\nstream\n" + font_data + b"\nendstream")
    objs[6] = (b"<< /Producer (" + PRODUCER.encode() + b") /Creator (" + PRODUCER.encode()
               + b") /CreationDate (" + FIXED_PDF_DATE.encode() + b") /ModDate (" + FIXED_PDF_DATE.encode() + b") >>")
    kids = []
    n = 7
    for pl in pages:
        ops = [b"BT", f"/F1 {size} Tf".encode(), f"{lead} TL".encode(), f"{left} {top} Td".encode()]
        for ln in pl:
            ops.append(b"(" + pdf_escape(ln.encode("cp1252")) + b") Tj T*")
        ops.append(b"ET")
        content = b"\n".join(ops)
        objs[n] = b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream"
        objs[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents " + str(n).encode() + b" 0 R >>")
        kids.append(n + 1)
        n += 2
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(f"{k} 0 R".encode() for k in kids)
               + b"] /Count " + str(len(kids)).encode() + b" >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = out.tell()
        out.write(f"{i} 0 obj\n".encode() + objs[i] + b"\nendobj\n")
    xref = out.tell()
    size_ = max(objs) + 1
    out.write(f"xref\n0 {size_}\n0000000000 65535 f \n".encode())
    for i in range(1, size_):
        out.write(f"{offsets[i]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {size_} /Root 1 0 R /Info 6 0 R /ID [<{'93'*16}> <{'93'*16}>] >>\nstartxref\n{xref}\n%%EOF\n".encode())
    path.write_bytes(out.getvalue())


def write_docx(path: Path, L):
    import docx
    doc = docx.Document()
    for para in L["text"].split("\n"):
        doc.add_paragraph(para)
    if L.get("table"):
        rows = L["table"]
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        try:
            t.style = "Table Grid"
        except Exception:
            pass
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                t.cell(r, c).text = val
    for para in L.get("text_after", "").split("\n"):
        if para:
            doc.add_paragraph(para)
    fixed = dt.datetime(2025, 6, 1, 9, 0, 0)
    cp = doc.core_properties
    cp.author = "Secrétariat"
    cp.last_modified_by = "Secrétariat"
    cp.title = ""
    cp.comments = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    path.write_bytes(out.getvalue())


def write_letter(L, outdir: Path) -> Path:
    fmt = L["fmt"]
    if fmt == "pdf":
        p = outdir / f"{L['id']}.pdf"
        write_pdf(p, full_text(L))
    elif fmt == "docx":
        p = outdir / f"{L['id']}.docx"
        write_docx(p, L)
    elif fmt == "txt":
        p = outdir / f"{L['id']}.txt"
        p.write_bytes(L["text"].encode("utf-8"))
    else:
        p = outdir / f"{L['id']}.txt"
        p.write_bytes(L["text"].replace("\n", "\r\n").encode("cp1252"))
    return p


def main() -> int:
    atc_rows = load_atc()
    golds = []
    try:
        ids = [L["id"] for L in LETTERS]
        if len(set(ids)) != len(ids):
            raise Violation("duplicate ids")
        for L in LETTERS:
            golds.append(build_gold(L, atc_rows))
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for L, g in zip(LETTERS, golds):
        write_letter(L, letters_dir)
        (gold_dir / f"{L['id']}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
