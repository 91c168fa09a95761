#!/usr/bin/env python3
"""Blind evaluation corpus 65: an ordinary month of referrals (Normandy).

Holds every letter's text and gold record as Python data, derives the gold
gaps with one function (the spec's Gaps rule), checks every gold against the
contract (shared/spec/rcp-request.md) and writes letters/ and gold/
byte-identically on every run.

    /work/main/.venv/bin/python tests/corpus65/make_letters.py   (from /work/main)
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
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED = {
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
HISTOS = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
          "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
          "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
MARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
           "PD-L1", "ER", "PR", "PSA"}
MARKER_RESULTS = {"positive", "negative", "pending"}
CIRCS = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
         "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}

# ---------------------------------------------------------------------------
# Letters.  Each entry: id, fmt (pdf/docx/txt), meta, text, gold (without gaps).
# For PDFs: "header"/"footer" (running, every page), "\f" forces a page break.
# For DOCX: lines starting with "# " are headings, lines starting with "|" are
# table rows (cells split on "|"), header/footer go in the section header/footer.
# ---------------------------------------------------------------------------

LETTERS: list[dict] = []


def letter(**kw):
    LETTERS.append(kw)


# zzm01 -- pneumologist, CHU Rouen, text PDF 2 pages, running header/footer
letter(
    id="zzm01", fmt="pdf", date=dt.date(2026, 11, 14), birth=dt.date(1958, 8, 12),
    header="CHU de Rouen – Hôpital Charles-Nicolle – Service de Pneumologie et Oncologie thoracique",
    footer="Mme LECOURTOIS Martine – née le 12/08/1958 – IPP 0048812273 – Courrier du 14/11/2026",
    text="""Pr Hervé DUCLOS-MARIVAUX – Dr Anne-Sophie VAUQUELIN
Secrétariat : 02 35 71 48 20 – Fax : 02 35 71 48 29

Rouen, le 14 novembre 2026

RCP Métastases osseuses
Dr Pierre GONFREVILLE, coordonnateur
CHU de Rouen

Objet : Mme LECOURTOIS Martine, née le 12/08/1958

Cher confrère,

Je vous adresse pour discussion en RCP « métastases osseuses » Mme Lecourtois, 68 ans, que je suis pour un adénocarcinome pulmonaire du lobe inférieur droit, stade IV d'emblée, diagnostiqué en janvier 2026.

Antécédents : HTA, embolie pulmonaire segmentaire bilatérale en février 2026 (au diagnostic), hystérectomie en 2004. Tabagisme sevré, 25 PA. Père décédé d'un cancer de la prostate.

Histoire oncologique : biopsie bronchique le 19/01/2026 : adénocarcinome TTF1+, mutation EGFR délétion de l'exon 19, pas de réarrangement ALK ni ROS1, PD-L1 à 5 %. Traitement de première ligne par osimertinib (Tagrisso) 80 mg/j depuis le 02/02/2026, avec réponse partielle sur le scanner de septembre.

Histoire osseuse : la patiente s'est plainte dès mars 2026 de lombalgies basses ; l'IRM du 24/03/2026 a montré une lésion lytique du corps vertébral de L3 avec atteinte du mur postérieur, sans épidurite. Une radiothérapie antalgique de L3 (8 Gy en une fraction) a été délivrée le 08/04/2026 au CHB. Elle reçoit du dénosumab depuis avril 2026, après bilan dentaire.

Actuellement : persistance de douleurs lombaires d'horaire mécanique, majorées à la marche et à la station debout, avec quelques réveils nocturnes. EN à 5/10 sous morphine LP. Pas de radiculalgie, pas de trouble sensitivo-moteur. Le scanner du 02/11/2026 montre un tassement de L3 d'environ 30 % sans recul du mur.
État général conservé, ECOG 1, poids stable à 61 kg.
\f
Ordonnance en cours (extraite du logiciel de prescription) :

Médicament                                   Posologie                     Durée
TAGRISSO 80 mg cp pelliculé                   1 cp le matin                 en cours
ELIQUIS 5 mg cp (apixaban)                    1 cp matin et soir            en cours
SKENAN LP 30 mg gél. (morphine sulfate)       1 gél. matin et soir          en cours
ACTISKENAN 10 mg gél.                         1 gél. si douleur, max 4/j    en cours
DOLIPRANE 1000 mg cp                          1 cp x 3/j                    en cours
MOVICOL sachet                                1 à 2 sachets/j               en cours
INEXIUM 20 mg cp gastro-résistant             1 cp le soir                  en cours
XGEVA 120 mg sol. inj. SC                     1 inj. toutes les 4 semaines  en cours
CACIT D3 1000 mg/880 UI                       1 sachet le midi              en cours
AMLOR 5 mg gél.                               1 gél. le matin               en cours

Question posée à la RCP : intérêt d'une cimentoplastie de L3 (ou d'une radiothérapie complémentaire) devant la persistance des douleurs mécaniques ? Le traitement par osimertinib est poursuivi, dans un cadre palliatif.

Je reste à votre disposition et vous prie de croire, cher confrère, en mes sentiments les meilleurs.

Dr A.-S. Vauquelin
Copie : Dr Marc HAUTOT, médecin traitant, 76000 Rouen""",
    gold=dict(
        patient={"sex": "F", "age": 68},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["mechanical", "nocturnal"], "intensity": 5},
        currentMedications={"status": "present", "atc": ["L01EB04", "B01AF02", "N02AA01", "N02BE01",
                                                        "A06AD65", "A02BC05", "M05BX04", "A12AX"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "present", "atc": ["B01AF02"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    note="Pneumologist, text PDF 2 p. with running header/footer; pasted prescription table (brand + DCI); Eliquis for PE; Xgeva current; RT 8 Gy done; PD-L1 5 % positive; age written and birth date given (consistent)",
)

# zzm02 -- urologist, CHU Caen, DOCX; dual antiplatelet therapy, no anticoagulant
letter(
    id="zzm02", fmt="docx", date=dt.date(2026, 11, 3), birth=None,
    header="CHU de Caen Normandie – Service d'Urologie – Pr J.-M. LEBRETHON",
    footer="Secrétariat consultations : 02 31 27 55 40 – urologie.consult@chu-caen-fictif.fr",
    text="""Caen, le 3 novembre 2026
Dr Fabien ROUSSELIÈRE
Urologue
À l'attention de la RCP Métastases osseuses – Centre hospitalier universitaire de Caen
# Demande d'avis RCP
Patient : M. Gérard TOUTAIN, 74 ans
Motif : adénocarcinome prostatique métastatique osseux d'emblée, hormonosensible
# Histoire de la maladie
Patient de 74 ans adressé par son médecin traitant en août 2026 pour un PSA à 87 ng/mL (contrôle annuel). Biopsies prostatiques le 28/08/2026 : adénocarcinome prostatique, score de Gleason 8 (4+4), ISUP 4, 11 biopsies positives sur 12.
Le bilan d'extension (TEP-PSMA du 14/09/2026, confirmé par l'IRM du rachis) retrouve des lésions osseuses multiples : bassin, sacrum, plusieurs vertèbres dorsales et lombaires, côtes. Pas d'atteinte viscérale. Maladie de haut volume selon CHAARTED.
Il a débuté une suppression androgénique par Eligard 45 mg (injection semestrielle, 1ère injection le 16/09/2026) associée à l'apalutamide (Erleada 240 mg/j) depuis le 01/10/2026. PSA de contrôle le 27/10 : 9,4 ng/mL.
# Antécédents
Cardiopathie ischémique : syndrome coronarien aigu en mars 2025 traité par angioplastie avec pose de 2 stents actifs sur l'IVA ; bithérapie antiagrégante maintenue jusqu'en mars 2027 selon son cardiologue (Dr Marchadier, Bayeux).
Diabète de type 2 non insulino-requérant. Dyslipidémie.
Frère traité pour un cancer du côlon.
# Traitement en cours
|Médicament|Posologie
|KARDEGIC 75 mg sachet|1 sachet le midi
|PLAVIX 75 mg cp|1 cp le matin
|TAHOR 40 mg cp|1 cp le soir
|CARDENSIEL 2,5 mg cp|1 cp le matin
|TRIATEC 5 mg cp|1 cp le matin
|GLUCOPHAGE 1000 mg cp|1 cp matin et soir
|ERLEADA 60 mg cp|4 cp en une prise le matin
|ELIGARD 45 mg|1 injection SC tous les 6 mois (prochaine mars 2027)
Pas de traitement anticoagulant.
# Examen
Le patient ne décrit aucune douleur osseuse, il continue à jardiner. Examen neurologique normal. OMS 0.
Aucune lésion osseuse n'a été irradiée ni opérée à ce jour.
# Question à la RCP
Indication d'un traitement ostéoprotecteur (dénosumab ou acide zolédronique) dans ce contexte, sachant la bithérapie antiagrégante et un état dentaire médiocre (bilan dentaire demandé) ? Faut-il discuter une radiothérapie de la lésion du cotyle gauche, jugée à risque ?
Bien confraternellement,
Dr F. Rousselière""",
    gold=dict(
        patient={"sex": "M", "age": 74},
        primaryTumor={"status": "present", "site": "prostate", "histology": "adenocarcinoma",
                      "biomarkers": {"PSA": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["B01AC06", "B01AC04", "C10AA05", "C07AB07",
                                                        "C09AA05", "A10BA02", "L02BB05", "L02AE02"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "present", "atc": ["B01AC04", "B01AC06"]},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
        ),
    note="Urologist, DOCX with header/footer and drug table; dual antiplatelet therapy (Kardégic + Plavix) beside 'Pas de traitement anticoagulant'; bone agent only asked; RT only asked; brother's cancer",
)

# zzm03 -- GP (Falaise), TXT, AVK with INR target, tamoxifen stopped
letter(
    id="zzm03", fmt="txt", encoding="utf-8", newline="\n", date=dt.date(2026, 11, 9), birth=dt.date(1947, 2, 3),
    text="""Dr Catherine LEMARCHAND
Médecine générale
12 rue du Général-Leclerc
14700 FALAISE
Tél 02 31 40 17 63

Falaise, le 09/11/2026

Cher confrère,

Je vous adresse Mme Odette GRIEU, née le 03/02/1947, que je suis depuis de nombreuses années.

ATCD :
- cancer du sein gauche en 2015 : tumorectomie + curage, carcinome canalaire infiltrant RH+, radiothérapie du sein, puis tamoxifene 5 ans (arrêté en 2020), suivi annuel sans particularité depuis
- ACFA permanente sous AVK
- hypothyroidie
- insuffisance cardiaque à FEVG préservée
- sa soeur a eu un cancer de l'ovaire

Depuis 2 mois environ, douleurs dorsales basses à type de brûlures, en ceinture, surtout la nuit (elle se réveille 2 à 3 fois par nuit), EVA 6/10 malgré le tramadol. Le scanner TAP demandé le 15/10 montre des lésions lytiques de D10, D11 et de l'aile iliaque droite. Biopsie scanno-guidée de l'aile iliaque au CH de Caen le 27/10 : métastase d'un carcinome d'origine mammaire, RE 90 %, RP 10 %, HER2 négatif (score 0).

Elle n'a pas encore revu son oncologue, le rendez-vous est prévu en décembre.

Traitement actuel :
PREVISCAN 20 mg : 3/4 cp le soir, INR cible 2-3 (dernier INR 2,6 le 05/11)
TOPALGIC LP 100 mg : 1 cp matin et soir
DOLIPRANE 1 g : 1 cp 3 fois/j
LEVOTHYROX 75 µg : 1 cp le matin à jeun
LASILIX 40 mg : 1 cp le matin
IMOVANE 7,5 mg : 1/2 cp au coucher

Je souhaiterais l'avis de la RCP sur la prise en charge de ces lésions, en particulier sur le plan antalgique, et sur l'opportunité d'une radiothérapie.
Merci de la tenir informée ainsi que moi-même.

Bien confraternellement,
Dr C. Lemarchand
""",
    gold=dict(
        patient={"sex": "F", "age": 79},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma",
                      "biomarkers": {"ER": "positive", "PR": "positive", "HER2": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["neuropathic", "nocturnal"], "intensity": 6},
        currentMedications={"status": "present", "atc": ["B01AA12", "N02AX02", "N02BE01", "H03AA01",
                                                        "C03CA01", "N05CF01"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AA12"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "unknown", "ecog": None},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
    note="GP, plain TXT; Préviscan with INR target; burning belt pain at night; tamoxifen stopped 2020 and breast RT are not current/bone treatments; sister's ovarian cancer; no PS, no project (oncology appointment only); age from birth date",
)

# zzm04 -- oncologist, Caen cancer centre, text PDF 1 page
letter(
    id="zzm04", fmt="pdf", date=dt.date(2026, 11, 5), birth=dt.date(1956, 4, 21),
    header="Institut de cancérologie Côte de Nacre – 3 avenue du Général-Harris – 14000 Caen",
    footer="Département d'oncologie médicale – Tél. 02 31 45 52 10 – Document confidentiel",
    text="""Dr Yannick BOSCHER – Oncologie médicale

Caen, le 05/11/2026

Fiche de présentation RCP Métastases osseuses

Patient : M. HAMELIN Bernard – né le 21/04/1956 – 70 ans
Médecin traitant : Dr Sylvie PORET, Ouistreham

Tumeur primitive : carcinome rénal à cellules claires du rein gauche (néphrectomie élargie en 2022, pT3a N0, grade ISUP 3).
Évolution métastatique osseuse en août 2026 : fracture pathologique du fémur droit (col et diaphyse proximale) le 11/08/2026 sur chute de sa hauteur, révélant la maladie osseuse. Enclouage centromédullaire le 13/08/2026 (Dr Quesnel, orthopédie), radiothérapie post-opératoire du fémur droit 20 Gy en 5 fractions terminée le 18/09/2026. Bilan : 2 autres lésions (côte 7 gauche, ischion gauche), pas de lésion viscérale.
Traitement systémique : cabozantinib (Cabometyx) 40 mg/j depuis le 01/09/2026, bien toléré (syndrome main-pied grade 1).

Thrombose veineuse profonde fémoro-poplitée droite post-opératoire (août 2026) : traitée par tinzaparine (Innohep) 175 UI/kg/j SC, poursuivie compte tenu du contexte néoplasique. Le Kardégic (prévention primaire) a été arrêté à l'introduction de l'HBPM.
Acide zolédronique (Zometa) 4 mg IV toutes les 12 semaines, dernière perfusion le 10/10/2026.

Douleurs : douleur de hanche droite à la mise en charge et à la marche prolongée, EN 3/10, sans douleur nocturne.
ECOG 1. Marche avec une canne.

Traitement en cours : Cabometyx 40 mg 1 cp/j – Innohep 14 000 UI/0,7 mL 1 inj SC/j (80 kg) – Zometa 4 mg/12 sem – Oxycontin LP 10 mg matin et soir – Oxynorm 5 mg si besoin – Doliprane 1 g x3/j – Mopral 20 mg/j – ZymaD 50 000 UI 1 ampoule/mois.

Question : nouvelle lésion de l'ischion gauche, asymptomatique ; faut-il une radiothérapie stéréotaxique ou une surveillance ? Poursuite du cabozantinib en 2e ligne.""",
    gold=dict(
        patient={"sex": "M", "age": 70},
        primaryTumor={"status": "present", "site": "kidney", "histology": "clear_cell_carcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["L01EX07", "B01AB10", "M05BA08", "N02AA05",
                                                        "N02BE01", "A02BC01", "A11CC05"]},
        priorLocalTreatments={"status": "present", "types": ["surgery", "radiotherapy"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BA08"]},
        anticoagulation={"status": "present", "atc": ["B01AB10"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note="Oncologist, text PDF 1 p. (RCP sheet); tinzaparin in UI/kg and brand dose; Kardégic stopped (antiplatelets absent); Zometa every 12 weeks; fracture + nailing + post-op RT; 'sans douleur nocturne' denied",
)

# zzm05 -- cardiologist, Rouen, DOCX; Xarelto, Xgeva stopped, pain without type
letter(
    id="zzm05", fmt="docx", date=dt.date(2026, 11, 20), birth=None,
    header="Cabinet de cardiologie du Mont-Riboudet – 76000 Rouen",
    footer="Dr Éric FAUVEL – Cardiologue – 02 35 98 06 44",
    text="""Rouen, le 20 novembre 2026
Dr Éric FAUVEL
Cardiologie – Rythmologie
À Monsieur le Docteur coordonnateur de la RCP Métastases osseuses, CHU de Rouen
Cher confrère,
À la demande de son oncologue, le Dr Lepicard, je vous transmets mon avis cardiologique concernant M. Roland DELAMARE, 81 ans, dont le dossier doit être présenté à votre RCP en vue d'une éventuelle cimentoplastie vertébrale.
Pour mémoire, M. Delamare est suivi pour un adénocarcinome de la prostate métastatique osseux, découvert en 2024 sur la scintigraphie osseuse du bilan initial. Il est actuellement traité par acétate d'abiratérone (Zytiga) et prednisone, associés à la triptoréline. Le dernier PSA, que m'a communiqué la famille, était à 12 ng/mL, en hausse.
Sur le plan cardiologique : fibrillation atriale permanente (CHA2DS2-VASc à 4), cardiopathie hypertensive avec FEVG à 45 % à l'échographie du 12/11/2026. Il est anticoagulé par rivaroxaban (Xarelto) 20 mg une fois par jour, au repas du soir, avec une clairance à 58 mL/min. Il ne prend aucun antiagrégant plaquettaire.
Il se plaint de douleurs lombaires importantes depuis l'été, qui motivent la demande de son oncologue.
Le dénosumab (Xgeva) a été arrêté en juin 2026 en raison d'une hypocalcémie sévère.
Traitement actuel :
XARELTO 20 mg : 1 cp le soir
CORDARONE 200 mg : 1 cp/j 5 jours sur 7
BISOPROLOL 5 mg : 1 cp le matin
FUROSEMIDE 40 mg : 1 cp le matin
ZYTIGA 500 mg : 2 cp le matin à jeun
CORTANCYL 5 mg : 1 cp le matin
DECAPEPTYL LP 11,25 mg : 1 injection IM tous les 3 mois
DOLIPRANE 1 g : si besoin, jusqu'à 3/j
En cas de geste, l'arrêt du rivaroxaban 48 heures avant suffit, sans relais par HBPM compte tenu de la fonction rénale. Reprise à 24 h si l'hémostase est satisfaisante. Il n'y a pas de contre-indication cardiologique à une anesthésie locale avec sédation légère.
Je reste à votre disposition.
Bien confraternellement,
Dr É. Fauvel""",
    gold=dict(
        patient={"sex": "M", "age": 81},
        primaryTumor={"status": "present", "site": "prostate", "histology": "adenocarcinoma",
                      "biomarkers": {"PSA": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["B01AF01", "C07AB07", "C03CA01", "L02BX03",
                                                        "H02AB07", "L02AE04", "N02BE01"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AF01"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "unknown", "ecog": None},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note="Cardiologist, DOCX; Xarelto written as DCI and brand, peri-procedure plan (stop 48 h) is not a stop; 'aucun antiagrégant'; Xgeva stopped; cementoplasty only envisaged; lumbar pain without type; FEVG is not a performance status",
)

# zzm06 -- oncologist, CHU Caen, text PDF 2 pages, HBPM in UI/kg, hypercalcaemia
letter(
    id="zzm06", fmt="pdf", date=dt.date(2026, 11, 18), birth=dt.date(1961, 6, 22),
    header="CHU de Caen Normandie – Oncologie médicale – Unité sein – Dr Claire VAUTIER",
    footer="Mme ANQUETIL Brigitte (22/06/1961) – RCP MO – Courrier du 18/11/2026",
    text="""Caen, le 18/11/2026

À l'attention de la RCP métastases osseuses

Chère consœur, cher confrère,

Je souhaite vous présenter le dossier de Mme Brigitte ANQUETIL, née le 22/06/1961, suivie pour un carcinome lobulaire infiltrant du sein droit.

Antécédents personnels :
– carcinome lobulaire infiltrant du sein droit diagnostiqué en 2019, pT2 N1 (2/12), RE 95 %, RP négatif (0 %), HER2 score 1+ (non amplifié) ; mastectomie + curage, radiothérapie pariétale et sus-claviculaire, tamoxifène de 2019 à 2024 ;
– hypothyroïdie substituée ;
– syndrome anxieux.
Mère et tante maternelle : cancer du sein (recherche BRCA négative).

Histoire récente : en février 2026, hospitalisation pour confusion et vomissements ; calcémie corrigée à 3,1 mmol/L. Le bilan étiologique a mis en évidence des lésions ostéocondensantes et lytiques diffuses du rachis, du bassin et des deux fémurs. Biopsie de l'aile iliaque : localisation osseuse du carcinome lobulaire connu, RE+, RP-, HER2 négatif.
Depuis mars 2026, traitement de première ligne par létrozole + ribociclib (Kisqali 600 mg, 3 semaines sur 4), associé à du dénosumab (Xgeva) mensuel après avis dentaire. Stabilité sur le TEP de septembre.

En juillet 2026, thrombose veineuse profonde du membre inférieur gauche, traitée par daltéparine (Fragmine) 200 UI/kg/j le premier mois, puis 150 UI/kg/j (soit 10 000 UI/j) depuis août, poursuivie tant que la maladie est active.
\f
Sur le plan fonctionnel, la patiente ne présente aucune douleur osseuse ; elle a repris la marche quotidienne. ECOG 1 (asthénie). Pas d'antiagrégant plaquettaire. Elle n'a jamais été irradiée sur le plan osseux.

Ordonnance en cours :
  KISQALI 200 mg cp pelliculé ........ 3 cp/j J1-J21, reprise J29
  LETROZOLE 2,5 mg cp ................. 1 cp/j
  XGEVA 120 mg/1,7 mL ................. 1 inj SC toutes les 4 semaines
  FRAGMINE 10 000 UI/0,4 mL ........... 1 inj SC/j
  ZYMAD 50 000 UI ampoule ............. 1 amp/mois
  PANTOPRAZOLE 20 mg cp ............... 1 cp le matin
  LEVOTHYROX 100 µg ................... 1 cp le matin
  ALPRAZOLAM 0,25 mg cp ............... 1 cp si anxiété

Le dernier scanner (04/11/2026) montre une lyse corticale de 40 % du col fémoral gauche (score de Mirels à 8), non douloureuse.

Question : radiothérapie préventive ou ostéosynthèse prophylactique du col fémoral gauche ? Poursuite du traitement systémique actuel.

Bien cordialement,

Dr Claire Vautier""",
    gold=dict(
        patient={"sex": "F", "age": 65},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_lobular_carcinoma",
                      "biomarkers": {"ER": "positive", "PR": "negative", "HER2": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["hypercalcemia"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["L01EF02", "L02BG04", "M05BX04", "B01AB04",
                                                        "A11CC05", "A02BC02", "H03AA01", "N05BA12"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "present", "atc": ["B01AB04"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note="Oncologist, text PDF 2 p. with running header/footer; hypercalcaemia as circumstance; Fragmine in UI/kg then UI/day; parietal RT and tamoxifen are not bone/current; BRCA not recorded; 'jamais irradiée sur le plan osseux'; no pain; prescription with dot leaders",
)

# zzm07 -- pneumology resident, CHU Rouen, TXT telegraphic; SCLC; Lovenox uncertain
letter(
    id="zzm07", fmt="txt", encoding="utf-8", newline="\n", date=dt.date(2026, 11, 12), birth=None,
    text="""De : Dr Thomas LE GOUIS (interne pneumo, CHU Rouen, bip 4417)
A : secrétariat RCP MO
Objet : demande RCP MO - M. PICARD Jean-Luc 62a
Date : 12/11/2026

Bonjour,
Je vous envoie pour la RCP de mardi le dossier de M. Picard, 62 ans, hospitalisé en pneumo (chambre 512).

ATCD : BPCO GOLD 2, tabac actif 45 PA, OH sevré 2019, EP bilatérale 09/2026.
Pas d'ATCD familial notable.

Onco : CBPC (carcinome bronchique à petites cellules) stade étendu, dg 08/2026 (bx bronchique LSG).
Traitement : carboplatine-étoposide + durvalumab (Imfinzi), C4 J1 faite le 10/11/2026, RP au scanner d'évaluation après C2.

Os : dorsalgies D8 depuis 3 semaines, radiculalgie en hémiceinture droite (décharges), réveils nocturnes. IRM 05/11 : lésion lytique D8 avec épidurite débutante, pas de compression médullaire. Pas de déficit moteur, pas de trouble sphinctérien.
EN 7/10 à l'entrée, EN 4/10 ce jour sous morphine.
RT D8 en cours : 20 Gy / 5 fr, 3e séance ce jour.
Pas de Xgeva pour l'instant (soins dentaires en cours).

Anticoag : a priori Lovenox à dose curative depuis l'EP de septembre mais le patient dit l'avoir arrêté il y a 15 j ?? - à vérifier avec le MT / la pharmacie. Pas prescrit pendant l'hospit pour l'instant (plaquettes 95 G/L).

TTT entrée :
- Skenan LP 30 mg x2/j
- Actiskenan 10 mg si besoin (3-4/j)
- Lyrica 75 mg x2/j
- Solupred 40 mg/j depuis le 06/11
- Inexium 40 mg/j
- Spiriva + Symbicort

PS 2.

Question : indication d'une chirurgie de décompression/stabilisation D8 ou RT seule suffisante ? Quelle suite après la RT (poursuite durvalumab en maintenance après C4 prévue) ?

Merci,
TLG
""",
    gold=dict(
        patient={"sex": "M", "age": 62},
        primaryTumor={"status": "present", "site": "lung", "histology": "small_cell_carcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["neuropathic", "nocturnal"], "intensity": 4},
        currentMedications={"status": "present", "atc": ["L01XA02", "L01CB01", "L01FF03", "N02AA01",
                                                        "N03AX16", "H02AB06", "A02BC05"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "uncertain", "atc": ["B01AB05"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note="Pneumology resident, e-mail style TXT; SCLC on carbo-etoposide-durvalumab cycles; radicular 'décharges' + nocturnal; EN 7 then 4 (current 4); RT in progress; 'Pas de Xgeva pour l'instant'; Lovenox only 'a priori … à vérifier' (uncertain, not current); epiduritis without deficit (circumstance pain)",
)

# zzm08 -- GP (Elbeuf), DOCX, ordonnance pasted with columns; Coumadine + Kardégic (mechanical valve)
letter(
    id="zzm08", fmt="docx", date=dt.date(2026, 11, 24), birth=dt.date(1949, 1, 17),
    header="Dr Jean-Baptiste OSMONT – Médecin généraliste – 4 place du Calvaire – 76500 Elbeuf",
    footer="Tél. 02 35 77 21 09 – Conventionné secteur 1 – RPPS 10009876543",
    text="""Elbeuf, le 24/11/2026
À l'équipe de la RCP métastases osseuses
Hôpital Charles-Nicolle, Rouen
Cher(e)s confrère(s),
Je me permets de vous adresser M. Maurice DUVAL, né le 17/01/1949, que je suis depuis 2003.
Il a un carcinome épidermoïde bronchique du lobe supérieur droit diagnostiqué en mars 2025 (PD-L1 à 70 %), traité depuis par immunothérapie seule (pembrolizumab / Keytruda toutes les 6 semaines) par le Dr Fleury au centre Becquerel, toujours en cours.
Le 03/07/2026 il a fait une fracture de l'humérus droit en soulevant un arrosoir : fracture pathologique sur métastase, traitée orthopédiquement (écharpe coude au corps) au vu du contexte. Il n'a été ni opéré ni irradié.
Il garde depuis des douleurs de l'épaule droite, à la mobilisation et qui le réveillent la nuit. Il refuse la morphine.
Sur le plan cardiaque il est porteur d'une valve mécanique mitrale (1998), sous AVK et aspirine faible dose.
Il vit seul, aidé par sa fille, et reste assez autonome à domicile.
Ordonnance en cours :
|Spécialité|Posologie|Remarque
|COUMADINE 5 mg cp sécable|selon INR (cible 2,5-3,5)|actuellement 1 cp le soir
|KARDEGIC 75 mg poudre|1 sachet/j|
|DAFALGAN CODEINE 500 mg/30 mg cp|2 cp x 3/j|remplace Efferalgan depuis 09/2026
|FORLAX 10 g sachet|1 sachet le matin|
|LASILIX 40 mg cp|1 cp le matin|
|CARDENSIEL 2,5 mg cp|1 cp le matin|
|TAHOR 20 mg cp|1 cp le soir|
|OMEPRAZOLE 20 mg gél|1 gél le matin|
|KEYTRUDA 400 mg|perfusion toutes les 6 semaines|hôpital de jour
L'Efferalgan seul a été arrêté car insuffisant.
Le Dr Fleury m'a dit qu'elle souhaitait un avis de votre RCP sur une éventuelle chirurgie ou radiothérapie de l'humérus, la consolidation n'étant pas obtenue. Je vous transmets les comptes rendus d'imagerie.
Merci pour lui.
Bien confraternellement,
Dr J.-B. Osmont""",
    gold=dict(
        patient={"sex": "M", "age": 77},
        primaryTumor={"status": "present", "site": "lung", "histology": "squamous_cell_carcinoma",
                      "biomarkers": {"PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical", "nocturnal"], "intensity": None},
        currentMedications={"status": "present", "atc": ["B01AA03", "B01AC06", "N02AJ06", "A06AD15",
                                                        "C03CA01", "C07AB07", "C10AA05", "A02BC01", "L01FF02"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AA03"]},
        antiplatelets={"status": "present", "atc": ["B01AC06"]},
        prognosis={"status": "unknown", "ecog": None},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note="GP, DOCX with 3-column prescription table; Coumadine with INR target + Kardégic (mechanical valve); Dafalgan codéiné = N02AJ06 only, Efferalgan stopped; 'ni opéré ni irradié'; no PS ('assez autonome'); morphine refused (not taken); age from birth date",
)

# zzm09 -- urologist, Caen private clinic, text PDF 1 page; Eliquis vs 'aucun' (conflicting); KPS only
letter(
    id="zzm09", fmt="pdf", date=dt.date(2026, 11, 27), birth=dt.date(1950, 11, 30),
    header="Clinique urologique du Val d'Orne – 21 rue de Falaise – 14000 Caen – Tél. 02 31 35 90 60",
    footer="Dr Mathilde LECHEVALLIER – Urologue – Compte rendu édité le 27/11/2026",
    text="""DEMANDE D'AVIS – RCP MÉTASTASES OSSEUSES

Patient : M. Alain BOUGAULT          Date de naissance : 30/11/1950
Adresse : 8 rue des Tanneurs, 14100 Lisieux

SYNTHÈSE
Tumeur primitive : carcinome urothélial de haut grade de la vessie (cystoprostatectomie totale + Bricker en mai 2024, pT3b N1).
Métastases : osseuses, découvertes sur le scanner de surveillance du 21/08/2026 (aile iliaque gauche, toit du cotyle gauche, L4).
Traitement anticoagulant : aucun
Traitement anti-résorptif : non
Indice de Karnofsky : 70 %

HISTOIRE
Après 4 cycles de chimiothérapie par gemcitabine-cisplatine (septembre à novembre 2026 ; le dernier cycle a été reçu le 06/11), pas de progression. Une immunothérapie de maintenance par avélumab est prévue à partir de décembre.
Le patient décrit une douleur de la hanche gauche à la marche, EN 4/10, sans irradiation.
Radiothérapie antalgique de l'aile iliaque et du cotyle gauches : 30 Gy en 10 fractions, terminée le 02/10/2026.
Fibrillation atriale paroxystique découverte en 2023.

ORDONNANCE EN COURS
ELIQUIS 2,5 mg cp            1 cp matin et soir
TOPALGIC LP 100 mg cp        1 cp matin et soir
DOLIPRANE 1 g cp             1 cp jusqu'à 3 fois par jour
LEVOTHYROX 50 µg             1 cp le matin
MOPRAL 20 mg gél.            1 gél. le soir
TAHOR 10 mg cp               1 cp le soir

CONCLUSION
Prise en charge en situation palliative. La RCP est sollicitée sur l'intérêt d'une cimentoplastie du cotyle gauche ou d'une radiothérapie stéréotaxique de L4, et sur l'indication d'un traitement par dénosumab.""",
    gold=dict(
        patient={"sex": "M", "age": 75},
        primaryTumor={"status": "present", "site": "bladder", "histology": "other", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 4},
        currentMedications={"status": "present", "atc": ["B01AF02", "N02AX02", "N02BE01", "H03AA01",
                                                        "A02BC01", "C10AA05"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "conflicting", "atc": ["B01AF02"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "kps": 70},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    note="Urologist, text PDF 1 p. form-like; 'Traitement anticoagulant : aucun' vs ELIQUIS in the prescription (conflicting); gemcitabine-cisplatin finished (not current), avelumab planned; Karnofsky only; urothelial = histology other; birthday 3 days after the letter",
)

# zzm10 -- oncologist e-mail, TXT CRLF; HER2+ breast; Lixiana; Xgeva planned only
letter(
    id="zzm10", fmt="txt", encoding="utf-8", newline="\r\n", date=dt.date(2026, 11, 16), birth=None,
    text="""Objet : RCP os du 24/11 - Mme HEBERT Nathalie
Date : lun. 16 nov. 2026 08:47
De : Dr Ludovic SAINT-CLAIR, oncologie médicale, Centre hospitalier de Dieppe

Bonjour Pierre,

Peux-tu inscrire Mme Nathalie HEBERT, 54 ans, à la prochaine RCP métastases osseuses ?

Résumé :
- carcinome canalaire infiltrant du sein gauche, RE 0 %, RP 0 %, HER2 3+ (amplifié), diagnostiqué en juin 2026, d'emblée métastatique (os).
- métastases osseuses découvertes de façon fortuite sur l'angioscanner thoracique fait le 02/08/2026 pour suspicion d'embolie pulmonaire (EP confirmée, sous-segmentaire droite) : lésions lytiques de plusieurs côtes, du sternum et de D6. Le bilan sénologique a été fait dans un second temps.
- 1re ligne : docétaxel + trastuzumab + pertuzumab (Herceptin/Perjeta) depuis le 20/06/2026 ; docétaxel arrêté après 6 cycles (neuropathie grade 2), trastuzumab + pertuzumab poursuivis toutes les 3 semaines. Très bonne réponse partielle.
- anticoagulation : Lixiana 60 mg/j depuis l'EP, bien tolérée.
- pas d'aspirine ni autre antiagrégant.
- douleurs : costales et sternales, d'horaire inflammatoire avec dérouillage matinal d'une demi-heure, EN 3/10. Traitement : Doliprane 1 g x3 + Bi-Profénid 100 mg LP le soir (sous IPP : Inexium 20).
- jamais irradiée sur l'os.
- Xgeva prévu dès que le bilan dentaire sera fait (extraction programmée le 30/11).
- OMS 0, travaille à mi-temps (professeur des écoles).
- ATCD familiaux : mère cancer du sein à 48 ans.

Question : faut-il irradier D6 (lyse du pédicule droit, pas d'épidurite, SINS 8) avant le début du dénosumab ?

Merci d'avance,
Ludovic
--
Dr L. Saint-Clair - Oncologie médicale - CH de Dieppe - poste 3382
""",
    gold=dict(
        patient={"sex": "F", "age": 54},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma",
                      "biomarkers": {"ER": "negative", "PR": "negative", "HER2": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["incidental_imaging"], "dated": True},
        pain={"status": "present", "types": ["inflammatory"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["L01FD01", "L01FD02", "B01AF03", "N02BE01",
                                                        "M01AE03", "A02BC05"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AF03"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note="Oncologist e-mail, TXT with CRLF; incidental discovery on CT for suspected PE; docetaxel stopped, trastuzumab + pertuzumab current; Lixiana; 'pas d'aspirine ni autre antiagrégant'; inflammatory pain; Xgeva only planned; mother's breast cancer",
)

# zzm11 -- pneumologist, general hospital (invented), text PDF 2 pages; AOD class only
letter(
    id="zzm11", fmt="pdf", date=dt.date(2026, 11, 24), birth=dt.date(1967, 11, 15),
    header="Centre hospitalier Eure-Seine-Lévrier – Pneumologie – Dr Sébastien HURTAUX",
    footer="M. GOSSELIN Patrice – né le 15/11/1967 – page de courrier – Réf. PN/26/1187",
    text="""Le 24 novembre 2026

Dr Sébastien HURTAUX
Service de pneumologie
Tél. secrétariat : 02 32 33 81 50

à RCP Métastases Osseuses, CHU de Rouen

Cher ami,

Je te remercie de bien vouloir discuter en RCP le dossier de M. Patrice GOSSELIN, 59 ans, ancien chaudronnier.

Diagnostic : adénocarcinome bronchique du lobe supérieur gauche, KRAS G12C muté, EGFR sauvage, ALK et ROS1 non réarrangés, PD-L1 négatif (< 1 %).

Histoire : le diagnostic a été posé en avril 2026 devant un tableau de compression médullaire : paraparésie des membres inférieurs d'installation rapide, niveau sensitif D10, en rapport avec une épidurite métastatique D10. Il a bénéficié en urgence le 12/04/2026 d'une laminectomie décompressive D9-D11 avec ostéosynthèse, suivie d'une radiothérapie post-opératoire (30 Gy en 10 fractions). Récupération motrice quasi complète, marche avec déambulateur.
Première ligne par carboplatine-pémétrexed-pembrolizumab de mai à août 2026, progression ganglionnaire et osseuse en septembre.
Depuis le 02/10/2026 : sotorasib (Lumykras) 960 mg/j.

Autres antécédents : FA paroxystique diagnostiquée en 2021, anticoagulé par AOD (je n'ai pas le nom de la molécule dans le dossier, prescrit par son cardiologue de ville). Le Kardégic 160 qu'il prenait auparavant a été arrêté en avril lors de la chirurgie et non repris.
Père décédé d'un mésothéliome.
\f
Sur le plan osseux : dénosumab (Xgeva) 120 mg toutes les 4 semaines depuis mai 2026.
Douleurs : lombalgies résiduelles à la marche, EVA 2/10. Pas de douleur neuropathique (DN4 à 2/10), la prégabaline a été diminuée puis arrêtée en octobre.
Nouvelle lésion lytique de l'aile iliaque droite au TEP du 13/11/2026, peu symptomatique.
PS 2 (limité par la marche).

Traitement habituel :
- LUMYKRAS 120 mg : 8 cp en une prise/j
- XGEVA 120 mg : 1 inj SC/4 sem
- CACIT D3 1000 mg/880 UI : 1 sachet/j
- DOLIPRANE 1 g : 1 cp x 3/j si douleur
- FORLAX 10 g : 1 sachet/j
- INEXIUM 20 mg : 1 cp/j
- AOD (cf. supra)

Projet : poursuite du sotorasib, prise en charge palliative.
Question : radiothérapie stéréotaxique de la lésion iliaque droite, dans une optique d'oligoprogression ?

Amitiés,
S. Hurtaux""",
    gold=dict(
        patient={"sex": "M", "age": 59},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"KRAS": "positive", "EGFR": "negative", "ALK": "negative",
                                     "ROS1": "negative", "PD-L1": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["neurological_deficit"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 2},
        currentMedications={"status": "present", "atc": ["L01XX73", "M05BX04", "A12AX", "N02BE01",
                                                        "A06AD15", "A02BC05"]},
        priorLocalTreatments={"status": "present", "types": ["surgery", "radiotherapy"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "present", "atc": []},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    note="Pneumologist, text PDF 2 p. with running header/footer; cord compression as circumstance; decompression + fixation + RT; 'anticoagulé par AOD' without a molecule (present, no agent: incomplete gap); Kardégic stopped; pregabalin stopped; DN4 negative (no neuropathic); first-line chemo stopped; age from birth date 9 days after the birthday",
)

# zzm12 -- GP (Lisieux), TXT cp1252; suspected prostate primary; Préviscan uncertain
letter(
    id="zzm12", fmt="txt", encoding="cp1252", newline="\r\n", date=dt.date(2026, 11, 26), birth=None,
    text="""Dr Gilles BLONDEL
Médecin généraliste
Maison de santé du Pays d'Auge
14100 LISIEUX - tel 02 31 62 04 88

Le 26/11/2026

Cher confrère,

Je vous adresse M. Raymond LEFRANCOIS, 79 ans, pour avis.

Depuis l'été il se plaint de douleurs du bassin et des cuisses, surtout la nuit, qui l'empêchent de dormir, EVA 7/10 lors de ma visite. Perte de 6 kg.
La scintigraphie osseuse du 18/11 retrouve de multiples foyers d'hyperfixation (bassin, rachis, côtes, fémurs) très évocateurs de métastases.
Le PSA est à 240 ng/ml (N < 4). Toucher rectal : prostate dure et irrégulière. Il s'agit trés probablement d'un cancer prostatique mais il n'y a pas encore eu de biopsie. Un myélome reste à éliminer (EPP en cours).
Il a rendez vous avec le Dr Vasseur (urologue) le 3 décembre.

ATCD : phlébite du mollet gauche il y a 3 ans traitée par Previscan. Je ne sais pas s'il le prend encore, il dit que oui mais je ne retrouve pas d'INR récent - à vérifier.
HTA. Cataracte opérée. Jamais irradié. Pas d'aspirine.
Son frère a eu un cancer de la prostate à 70 ans.

Ttt : Tramadol 50 mg 1 gel x3/j, Doliprane 1 g x3/j, Triatec 2,5 mg le matin.

OMS 2.

Quelle conduite à tenir ? Faut-il l'hospitaliser pour la douleur ?

Confraternellement,
Dr Blondel
""",
    gold=dict(
        patient={"sex": "M", "age": 79},
        primaryTumor={"status": "uncertain", "site": "prostate", "histology": None,
                      "biomarkers": {"PSA": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["nocturnal"], "intensity": 7},
        currentMedications={"status": "present", "atc": ["N02AX02", "N02BE01", "C09AA05"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "uncertain", "atc": ["B01AA12"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
    note="GP, TXT cp1252 + CRLF; primary only 'très probablement' prostate (uncertain, myeloma to exclude) with PSA 240; Préviscan taken or not 'à vérifier' (uncertain, kept out of current meds); 'Jamais irradié', 'Pas d'aspirine'; brother's prostate cancer; urology appointment is not a project",
)

# ---------------------------------------------------------------------------
# Gaps rule (spec "Gaps"), one function
# ---------------------------------------------------------------------------

KIND = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}


def derive_gaps(g: dict) -> list[list[str]]:
    gaps = []
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in KIND:
            gaps.append([item, KIND[st]])
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


# ---------------------------------------------------------------------------
# Contract check
# ---------------------------------------------------------------------------

def fail(msg: str):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc() -> dict[str, list[str]]:
    names = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        code, dci, inn, group = cols[0], cols[1], cols[2], cols[3]
        brands = cols[4].split(",") if len(cols) > 4 and cols[4] else []
        names[code] = [dci, inn] + brands
    return names


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def age_at(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def check(L: dict, atc: dict[str, list[str]]):
    lid, g = L["id"], L["gold"]
    text = "\n".join([L.get("header", ""), L["text"], L.get("footer", "")])
    ftext = fold(text)
    for item in ["patient"] + list(ALLOWED):
        if item not in g:
            fail(f"{lid}: missing {item}")
    if g["patient"]["sex"] not in ("F", "M"):
        fail(f"{lid}: sex")
    age = g["patient"]["age"]
    if not isinstance(age, int):
        fail(f"{lid}: age not int")
    if L.get("birth"):
        if age != age_at(L["birth"], L["date"]):
            fail(f"{lid}: age {age} != {age_at(L['birth'], L['date'])} from birth date")
        if L["birth"].strftime("%d/%m/%Y") not in text:
            fail(f"{lid}: birth date not in the letter text")
    elif f"{age} an" not in text and f"{age}a" not in text:
        fail(f"{lid}: age {age} not written and no birth date")
    if f"{age} ans" in text and L.get("birth") is None:
        pass
    for item, allowed in ALLOWED.items():
        st = g[item]["status"]
        if st not in allowed:
            fail(f"{lid}: {item}.status {st} not allowed")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail(f"{lid}: primaryTumor unknown with values")
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(f"{lid}: site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOS:
        fail(f"{lid}: histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in MARKERS or v not in MARKER_RESULTS:
            fail(f"{lid}: biomarker {k}={v}")
        if fold(k) not in ftext and not (k == "ER" and "re " in ftext) and not (k == "PR" and "rp" in ftext):
            fail(f"{lid}: biomarker {k} not named in the letter")
    bd = g["boneDiagnosis"]
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(f"{lid}: boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(f"{lid}: boneDiagnosis unknown with values")
    if not set(bd["circumstances"]) <= CIRCS or not isinstance(bd["dated"], bool):
        fail(f"{lid}: boneDiagnosis values")
    p = g["pain"]
    if not set(p["types"]) <= PAIN_TYPES:
        fail(f"{lid}: pain types")
    if p["status"] in ("absent", "unknown") and (p["types"] or p["intensity"] not in (None, 0)):
        fail(f"{lid}: pain {p['status']} with types/intensity")
    if p["intensity"] is not None and not (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10):
        fail(f"{lid}: pain intensity")
    if p["intensity"] is not None and f"{p['intensity']}/10" not in text.replace(" /", "/"):
        fail(f"{lid}: pain intensity {p['intensity']}/10 not in the text")
    lt = g["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCAL_TYPES:
        fail(f"{lid}: local types")
    if lt["status"] != "present" and lt["types"]:
        fail(f"{lid}: local treatment types with status {lt['status']}")
    if lt["status"] == "present" and not lt["types"]:
        fail(f"{lid}: local treatment present without type")
    cm = g["currentMedications"]
    if len(set(cm["atc"])) != len(cm["atc"]):
        fail(f"{lid}: duplicate current ATC")
    if cm["status"] != "present" and cm["atc"]:
        fail(f"{lid}: currentMedications {cm['status']} with codes")
    if cm["status"] == "present" and not cm["atc"]:
        fail(f"{lid}: currentMedications present without codes (allowed by spec but not intended here)")
    all_codes = list(cm["atc"])
    for sec in AGENT_PREFIXES:
        all_codes += g[sec]["atc"]
    for code in all_codes:
        if code not in atc:
            fail(f"{lid}: ATC {code} not in atc-reference.tsv")
        if not any(fold(n) in ftext for n in atc[code] if n):
            fail(f"{lid}: ATC {code} ({atc[code][0]}) named nowhere in the letter")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        if len(set(s["atc"])) != len(s["atc"]):
            fail(f"{lid}: duplicate {sec} agents")
        for code in s["atc"]:
            if not code.startswith(prefixes):
                fail(f"{lid}: {code} is not a {sec} agent")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            fail(f"{lid}: {sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            for code in s["atc"]:
                if code not in cm["atc"]:
                    fail(f"{lid}: {sec} agent {code} ({s['status']}) missing from currentMedications")
        if s["status"] == "uncertain":
            for code in s["atc"]:
                if code in cm["atc"]:
                    fail(f"{lid}: {sec} agent {code} named with doubt yet listed as current")
        # every current drug of that class must appear in its section (present/conflicting)
        for code in cm["atc"]:
            if code.startswith(prefixes) and code not in s["atc"]:
                fail(f"{lid}: current {code} missing from {sec}")
            if code.startswith(prefixes) and s["status"] not in ("present", "conflicting"):
                fail(f"{lid}: current {code} but {sec} is {s['status']}")
    pr = g["prognosis"]
    has_ecog, has_kps = "ecog" in pr and pr["ecog"] is not None, "kps" in pr and pr["kps"] is not None
    if has_ecog and has_kps:
        fail(f"{lid}: both ecog and kps")
    if has_ecog and not (isinstance(pr["ecog"], int) and 0 <= pr["ecog"] <= 5):
        fail(f"{lid}: ecog")
    if has_kps and not (isinstance(pr["kps"], int) and 0 <= pr["kps"] <= 100):
        fail(f"{lid}: kps")
    if pr["status"] == "unknown" and (has_ecog or has_kps):
        fail(f"{lid}: prognosis unknown with a score")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(f"{lid}: intent")
    if tp["status"] == "unknown" and tp["intent"]:
        fail(f"{lid}: project unknown with intent")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] and intent_words[tp["intent"]] not in ftext:
        fail(f"{lid}: intent {tp['intent']} not stated in the letter")
    itext = ftext.replace("dose curative", "").replace("dose preventive", "")  # anticoagulant doses
    if not tp["intent"] and any(w in itext for w in ("palliati", "curati", "soins de support")):
        fail(f"{lid}: an intent word is in the letter but intent is null")


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------

FIXED_PDF_DATE = "D:20261130090000+01'00'"
PRODUCER = "corpus65 make_letters.py"


def _font_widths():
    from PIL import ImageFont
    f = ImageFont.truetype(str(FONT), 1000)
    widths = []
    for b in range(32, 256):
        try:
            ch = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            ch = " "
        widths.append(int(round(f.getlength(ch))))
    return widths


_FONT_CACHE = {}


def font_data():
    if not _FONT_CACHE:
        _FONT_CACHE["widths"] = _font_widths()
        _FONT_CACHE["ttf"] = FONT.read_bytes()
    return _FONT_CACHE["widths"], _FONT_CACHE["ttf"]


def text_width(s: str, size: float) -> float:
    widths, _ = font_data()
    return sum(widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000


def wrap(line: str, size: float, maxw: float) -> list[str]:
    if text_width(line, size) <= maxw:
        return [line]
    indent = len(line) - len(line.lstrip(" "))
    words, out, cur = line.split(" "), [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if text_width(cand, size) <= maxw or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = " " * indent + w
    out.append(cur)
    return out


def pdf_escape(s: str) -> bytes:
    out = bytearray()
    for b in s.encode("cp1252"):
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b >= 0x80:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return bytes(out)


def make_pdf(L: dict) -> bytes:
    size, lead = 9.5, 13.0
    W, H, margin = 595.0, 842.0, 56.0
    top, bottom = H - 80, 70
    maxw = W - 2 * margin
    per_page = int((top - bottom) / lead)
    pages, cur = [], []
    for block in L["text"].split("\f"):
        for raw in block.strip("\n").split("\n"):
            for ln in wrap(raw, size, maxw):
                if len(cur) >= per_page:
                    pages.append(cur)
                    cur = []
                cur.append(ln)
        pages.append(cur)
        cur = []
    pages = [p for p in pages if p]
    n = len(pages)
    streams = []
    for i, lines in enumerate(pages, 1):
        ops = [b"BT", b"/F1 8 Tf", b"%.2f %.2f Td" % (margin, H - 40), b"(" + pdf_escape(L["header"]) + b") Tj", b"ET",
               b"0.5 w %.2f %.2f m %.2f %.2f l S" % (margin, H - 48, W - margin, H - 48)]
        ops += [b"BT", b"/F1 %.1f Tf" % size, b"%.2f TL" % lead, b"%.2f %.2f Td" % (margin, top)]
        for ln in lines:
            ops.append(b"(" + pdf_escape(ln) + b") Tj T*")
        ops.append(b"ET")
        ops += [b"0.5 w %.2f %.2f m %.2f %.2f l S" % (margin, 52, W - margin, 52),
                b"BT", b"/F1 7.5 Tf", b"%.2f %.2f Td" % (margin, 40), b"(" + pdf_escape(L["footer"]) + b") Tj", b"ET",
                b"BT", b"/F1 7.5 Tf", b"%.2f %.2f Td" % (W - margin - 40, 40),
                b"(" + pdf_escape(f"Page {i}/{n}") + b") Tj", b"ET"]
        streams.append(b"\n".join(ops))
    widths, ttf = font_data()
    objs = {}
    # 1 catalog, 2 pages, 3 font, 4 descriptor, 5 fontfile, 6 info, then pages/contents
    page_ids = []
    nid = 7
    for s in streams:
        pid, cid = nid, nid + 1
        nid += 2
        page_ids.append(pid)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                     b"/Contents %d 0 R >>" % cid)
        comp = zlib.compress(s, 9)
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % n
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
               + b" ".join(str(w).encode() for w in widths) + b"] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    fcomp = zlib.compress(ttf, 9)
    objs[5] = b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(fcomp), len(ttf)) + fcomp + b"\nendstream"
    objs[6] = (b"<< /Producer (" + pdf_escape(PRODUCER) + b") /Creator (" + pdf_escape("Traitement de texte") +
               b") /CreationDate (" + FIXED_PDF_DATE.encode() + b") /ModDate (" + FIXED_PDF_DATE.encode() +
               b") /Title (" + pdf_escape("Courrier " + L["id"]) + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    total = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % total
    for k in range(1, total):
        out += b"%010d 00000 n \n" % offsets[k]
    fid = ("%032x" % (zlib.crc32(L["id"].encode()) * 7919)).encode()[:32]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (total, fid, fid, xref))
    return bytes(out)


def make_docx(L: dict) -> bytes:
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = L["header"]
    sec.footer.paragraphs[0].text = L["footer"]
    rows = []

    def flush():
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        t = doc.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j in range(ncol):
                t.cell(i, j).text = r[j] if j < len(r) else ""
        rows.clear()

    for line in L["text"].split("\n"):
        if line.startswith("|"):
            rows.append([c.strip() for c in line[1:].split("|")])
            continue
        flush()
        if line.startswith("# "):
            doc.add_heading(line[2:], level=2)
        else:
            doc.add_paragraph(line)
    flush()
    cp = doc.core_properties
    fixed = dt.datetime(2026, 11, 30, 9, 0, 0)
    cp.author = "Secrétariat"
    cp.last_modified_by = "Secrétariat"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_txt(L: dict) -> bytes:
    return L["text"].replace("\n", L.get("newline", "\n")).encode(L.get("encoding", "utf-8"))


EXT = {"pdf": "pdf", "docx": "docx", "txt": "txt"}


def main():
    atc = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    for L in LETTERS:
        if L["fmt"] == "pdf":
            L["text"].encode("cp1252")  # must be WinAnsi-encodable
            L["header"].encode("cp1252")
            L["footer"].encode("cp1252")
        if L["fmt"] == "txt":
            L["text"].encode(L.get("encoding", "utf-8"))
        check(L, atc)
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for L in LETTERS:
        g = {"id": L["id"]}
        g.update(L["gold"])
        g = {k: g[k] for k in ["id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
                               "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation", "antiplatelets",
                               "prognosis", "therapeuticProject"]}
        for sec in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            g[sec] = dict(g[sec], atc=sorted(g[sec]["atc"]))
        g["pain"] = dict(g["pain"], types=sorted(g["pain"]["types"]))
        g["priorLocalTreatments"] = dict(g["priorLocalTreatments"], types=sorted(g["priorLocalTreatments"]["types"]))
        g["boneDiagnosis"] = dict(g["boneDiagnosis"], circumstances=sorted(g["boneDiagnosis"]["circumstances"]))
        g["gaps"] = derive_gaps(g)
        data = {"pdf": make_pdf, "docx": make_docx, "txt": make_txt}[L["fmt"]](L)
        (letters_dir / f"{L['id']}.{EXT[L['fmt']]}").write_bytes(data)
        (gold_dir / f"{L['id']}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(LETTERS)} letters and golds written to {letters_dir.parent}")


if __name__ == "__main__":
    main()
