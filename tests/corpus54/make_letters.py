#!/usr/bin/env python3
"""corpus54: a month (March 2025) of referrals on a regional RCP template.

Holds every letter's text and its gold record as Python data, derives the
gold gaps with one function (the spec's Gaps rule), checks every gold
against the contract and writes letters/ and gold/ byte-identically.

Run from /work/main:  .venv/bin/python tests/corpus54/make_letters.py
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import render  # noqa: E402

ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")

X, O = "☒", "☐"


def cb(flag: bool) -> str:
    return X if flag else O


# --------------------------------------------------------------------------
# The regional template (Réseau ONCOLIGÉRIA, fictitious)
# --------------------------------------------------------------------------
CIRC_LABELS = [
    ("pain", "Douleur"),
    ("pathological_fracture", "Fracture pathologique"),
    ("neurological_deficit", "Déficit neurologique / compression médullaire"),
    ("hypercalcemia", "Hypercalcémie"),
    ("staging_imaging", "Bilan d'extension / surveillance"),
    ("incidental_imaging", "Découverte fortuite (imagerie pour un autre motif)"),
    ("other", "Autre"),
]
PAIN_LABELS = [("mechanical", "mécanique"), ("nocturnal", "nocturne"),
               ("neuropathic", "neuropathique"), ("inflammatory", "inflammatoire")]
INTENT_LABELS = [("curative", "curative"), ("palliative", "palliative"),
                 ("supportive", "soins de support exclusifs")]


def yn(v):
    """v: 'O' (Oui ticked), 'N' (Non ticked), None (nothing ticked)."""
    return cb(v == "O"), cb(v == "N")


def form(f: dict) -> list:
    """Render the regional form from the answers dict f."""
    sx = f["sex"]
    b = [
        ("h", "RÉSEAU RÉGIONAL DE CANCÉROLOGIE ONCOLIGÉRIA"),
        ("h", "FICHE DE DEMANDE D'AVIS – RCP RÉGIONALE « MÉTASTASES OSSEUSES »"),
        ("p", "RCP le jeudi 14 h – CHU de Vérandes, salle Lavoisier – secrétariat : 02 47 90 13 58 – "
              "fiche à retourner au plus tard le mardi midi (rcp.os@oncoligeria.example)"),
        ("t", [["Patient(e) (NOM, prénom)", f["name"]],
               ["Date de naissance", f.get("dob", "")],
               ["Sexe", f"{cb(sx == 'F')} F    {cb(sx == 'M')} M"],
               ["Médecin demandeur / établissement", f["doctor"]],
               ["Date de la demande", f["date"]]], [0.35, 0.65]),
        ("h", "1. Tumeur primitive"),
        ("t", [["Localisation", f.get("site", "")],
               ["Histologie", f.get("histo", "")],
               ["Biomarqueurs / biologie moléculaire", f.get("bio", "")],
               ["Date du diagnostic", f.get("dxdate", "")]], [0.35, 0.65]),
        ("h", "2. Circonstances de découverte des lésions osseuses"),
        ("p", "   ".join(f"{cb(code in f.get('circ', []))} {lab}" for code, lab in CIRC_LABELS)),
        ("p", "Date de découverte / durée d'évolution : " + f.get("circdate", "")),
        ("h", "3. Questionnaire"),
    ]
    rows = [["", "Oui", "Non", "Précisions"]]
    for key, lab in [("pain", "Douleur osseuse"),
                     ("local", "Traitement local antérieur des lésions osseuses (radiothérapie, chirurgie, cimentoplastie, ablation)"),
                     ("btt", "Traitement anti-résorptif osseux (bisphosphonate, dénosumab)"),
                     ("ac", "Traitement anticoagulant"),
                     ("ap", "Traitement antiagrégant plaquettaire")]:
        o, n = yn(f.get(key))
        rows.append([lab, o, n, f.get(key + "_txt", "")])
    b.append(("t", rows, [0.42, 0.07, 0.07, 0.44]))
    b.append(("p", "Type de douleur : " + "   ".join(f"{cb(c in f.get('ptypes', []))} {lab}" for c, lab in PAIN_LABELS)
              + "      EN / EVA : " + f.get("score", "…… /10")))
    b += [
        ("h", "4. Traitements médicamenteux en cours (joindre l'ordonnance)"),
        ("p", f.get("meds", "")),
        ("h", "5. État général / pronostic"),
        ("p", f"OMS : {f.get('oms', '……')}      Karnofsky : {f.get('kps', '……')} %      "
              f"Espérance de vie estimée : {f.get('ev', '……')}"),
        ("h", "6. Projet thérapeutique"),
        ("p", "Traitement oncologique en cours : " + f.get("onco", "")),
        ("p", "Intention : " + "   ".join(f"{cb(f.get('intent') == c)} {lab}" for c, lab in INTENT_LABELS)),
        ("p", "Question posée à la RCP : " + f.get("question", "")),
        ("p", "Imagerie disponible sur le PACS régional : " + f.get("pacs", f"{O} Oui  {O} Non")),
    ]
    return b


def para(text: str) -> list:
    return [("p", p.strip("\n")) for p in text.strip("\n").split("\n\n")]


# --------------------------------------------------------------------------
# Letters
# --------------------------------------------------------------------------
LETTERS: list[dict] = []


def letter(**kw):
    LETTERS.append(kw)


# ---- zzb01 -----------------------------------------------------------------
letter(
    id="zzb01", fmt="docx", date=dt.date(2025, 3, 4), birth=dt.date(1958, 6, 14),
    author="Dr Hélène Carrouget", title="Demande RCP MO – M. Le Bihan",
    author_type="Pneumologist (CH de Saint-Aubrac)",
    tricky="form ticks 'Non' for anticoagulant, covering letter lists Eliquis (conflicting); meds box 'cf. courrier'; age only from birth date; PD-L1 <1 %",
    blocks=lambda: form(dict(
        name="LE BIHAN Yannick", dob="14/06/1958", sex="M",
        doctor="Dr H. Carrouget, pneumologie, CH de Saint-Aubrac – 02 96 41 77 20",
        date="04/03/2025", site="Poumon (LSD)", histo="Adénocarcinome",
        bio="EGFR muté (délétion exon 19), ALK négatif, PD-L1 < 1 %", dxdate="janvier 2025",
        circ=["pain"], circdate="janvier 2025 (lombalgies depuis novembre 2024)",
        pain="O", pain_txt="lombalgie L3", local="N", btt="N", ac="N", ap="N",
        ptypes=["mechanical"], score="5/10",
        meds="cf. courrier", oms="1", ev="> 1 an",
        onco="Tagrisso depuis le 27/01/2025", intent="palliative",
        question="Indication d'une radiothérapie antalgique de L3 ? Traitement anti-résorptif ?",
        pacs=f"{X} Oui  {O} Non")) + [("pb",)] + para("""
Saint-Aubrac, le 4 mars 2025

Chère Consœur, cher Confrère,

Je vous adresse avec la fiche ci-jointe M. Yannick LE BIHAN, né le 14/06/1958, ancien tabagique (30 PA, sevré en 2010), retraité de la marine marchande, pour avis sur la prise en charge de métastases osseuses d'un adénocarcinome pulmonaire.

Histoire : lombalgies d'horaire mécanique depuis novembre 2024, rattachées initialement à de l'arthrose par son médecin traitant. IRM lombaire en janvier 2025 : lésion lytique du corps vertébral de L3 sans recul du mur postérieur. Le TEP-TDM retrouve une masse du lobe supérieur droit de 32 mm, des adénopathies médiastinales et plusieurs fixations osseuses (L3, aile iliaque gauche, 6e côte droite). La biopsie bronchique conclut à un adénocarcinome TTF1+, EGFR muté (délétion de l'exon 19), ALK négatif, PD-L1 < 1 %.

Il a débuté l'osimertinib (Tagrisso 80 mg/j) le 27/01/2025, bien toléré. Une embolie pulmonaire segmentaire a été diagnostiquée sur le scanner de bilan le 15/01 ; il est depuis sous apixaban.

Traitement actuel :
- Tagrisso 80 mg 1 cp le matin
- Eliquis 5 mg matin et soir
- Doliprane 1 g 3 fois par jour
- Skenan LP 30 mg matin et soir, Actiskenan 10 mg si besoin (2 à 3 par jour)
- Inexium 20 mg le soir

Cliniquement, douleur lombaire à la marche et au passage assis-debout, EN 5/10 sous morphine, pas de signe neurologique. OMS 1. Pas d'antécédent de radiothérapie ni de chirurgie osseuse. Il n'a pas reçu de traitement anti-résorptif jusqu'ici.

Antécédents : HTA, cholécystectomie. Son frère a été traité pour un cancer ORL.

Merci de discuter l'intérêt d'une radiothérapie antalgique de L3 et l'introduction d'un traitement osseux (acide zolédronique ou dénosumab).

Bien confraternellement,

Dr Hélène CARROUGET
Pneumologie – CH de Saint-Aubrac
"""),
    gold=dict(
        sex="M",
        primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma",
                          biomarkers={"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=5),
        currentMedications=dict(status="present", atc=["L01EB04", "B01AF02", "N02BE01", "N02AA01", "A02BC05"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="conflicting", atc=["B01AF02"]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    evidence=["Eliquis", "Tagrisso", "Doliprane", "Skenan", "Inexium"],
)

# ---- zzb02 -----------------------------------------------------------------
letter(
    id="zzb02", fmt="pdf", date=dt.date(2025, 3, 5), birth=None,
    author="Dr Marc Estienne", title="RCP MO - Mme Vasseur",
    author_type="Medical oncologist (uro-oncology, Clinique du Val-Fleuri)",
    tricky="covering letter before the form; pain row left unticked with 'cf. courrier' (pain described in the letter); Karnofsky only; bone-therapy and antiplatelet rows blank; urothelial histology = other; cystectomy is not a bone treatment",
    blocks=lambda: para("""
Clinique du Val-Fleuri – Oncologie médicale
Dr Marc ESTIENNE – 02 43 18 62 09

Le 5 mars 2025

Objet : Mme VASSEUR Danièle, 71 ans – demande d'avis RCP métastases osseuses

Cher confrère,

Je vous adresse Mme Vasseur, 71 ans, suivie pour un carcinome urothélial infiltrant de la vessie traité par cystectomie totale avec dérivation de type Bricker en juin 2023 (pT3N1), sans traitement adjuvant.

Le scanner thoraco-abdomino-pelvien de surveillance du 11/02/2025 a mis en évidence des lésions lytiques du cotyle gauche et de l'ischion gauche, associées à des nodules pulmonaires. Biopsie scanno-guidée de l'ischion : métastase de carcinome urothélial. FGFR3 non muté.

Elle décrit des douleurs de hanche gauche à la marche et à l'appui, avec des réveils nocturnes, cotées à 6/10 malgré l'oxycodone. Pas de radiothérapie ni de geste osseux antérieur.

Une thrombose veineuse profonde fémorale gauche a été diagnostiquée fin janvier, traitée par tinzaparine.

Première ligne métastatique débutée le 24/02/2025 par enfortumab védotin + pembrolizumab (Padcev + Keytruda), C1J8 faite le 03/03.

Traitement actuel : Keytruda 200 mg J1=J21, Padcev J1-J8 (cycles de 21 j), Innohep 14 000 UI/j en sous-cutané, Oxycontin LP 10 mg x 2/j, Oxynorm 5 mg si besoin, Doliprane 1 g x 3/j, Movicol 1 sachet/j.

État général conservé, Karnofsky 70 %. Elle vit avec son mari, autonome pour les gestes de la vie courante.

Merci de discuter l'indication d'une radiothérapie antalgique du cotyle et le risque fracturaire (score de Mirels). Je vous joins la fiche régionale.

Bien cordialement,
Dr M. Estienne
""") + [("pb",)] + form(dict(
        name="VASSEUR Danièle", dob="", sex="F",
        doctor="Dr M. Estienne, oncologie médicale, Clinique du Val-Fleuri",
        date="05/03/2025", site="Vessie", histo="Carcinome urothélial infiltrant",
        bio="FGFR3 non muté", dxdate="06/2023 (cystectomie)",
        circ=["staging_imaging"], circdate="TDM du 11/02/2025",
        pain=None, pain_txt="cf. courrier", local="N", btt=None, btt_txt="à discuter en RCP",
        ac="O", ac_txt="Innohep 14000 UI/j (TVP 01/2025)", ap=None,
        ptypes=[], score="…… /10",
        meds="Keytruda, Padcev, Innohep, Oxycontin, Oxynorm, Doliprane, Movicol",
        kps="70", onco="enfortumab védotin + pembrolizumab (C1 le 24/02/2025)",
        question="RT antalgique cotyle G ? risque fracturaire ?")),
    gold=dict(
        sex="F", age=71,
        primaryTumor=dict(status="present", site="bladder", histology="other", biomarkers={}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["mechanical", "nocturnal"], intensity=6),
        currentMedications=dict(status="present", atc=["L01FF02", "B01AB10", "N02AA05", "N02BE01", "A06AD65"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="unknown", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AB10"]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", kps=70),
        therapeuticProject=dict(status="present", intent=None),
    ),
    evidence=["Keytruda", "Innohep", "Oxycontin", "Doliprane", "Movicol"],
)

# ---- zzb03 -----------------------------------------------------------------
letter(
    id="zzb03", fmt="docx", date=dt.date(2025, 3, 7), birth=dt.date(1961, 11, 2),
    author="Dr Arnaud Penhoat", title="Fiche RCP os - M. Kerjean",
    author_type="ENT / head-and-neck surgeon (CHU de Vérandes)",
    tricky="oropharynx SCC (site other); cervical chemoradiation is not a bone treatment; meds box 'cf. courrier'; Kardégic antiplatelet; anticoagulant row left blank (unknown); father's laryngeal cancer; no intent word",
    blocks=lambda: para("""
CHU de Vérandes – Service d'ORL et chirurgie cervico-faciale
Dr Arnaud PENHOAT – secrétariat 02 47 90 22 41

Vérandes, le 07/03/2025

Chers collègues,

Je vous présente M. Gwénaël KERJEAN, né le 02/11/1961, suivi pour un carcinome épidermoïde de l'oropharynx (amygdale droite), p16 positif, cT2N2M0, traité par radiochimiothérapie exclusive (70 Gy + cisplatine) de février à avril 2023, en réponse complète depuis.

Sur le TEP-TDM de surveillance du 12/02/2025, apparition d'une fixation isolée de l'aile iliaque droite (SUVmax 9), sans autre anomalie. La biopsie osseuse du 24/02 confirme une localisation secondaire de carcinome épidermoïde p16+. Pas de douleur, le patient est totalement asymptomatique et travaille toujours (ébéniste).

En RCP ORL du 03/03/2025, il a été décidé d'une immunothérapie par pembrolizumab ; la 1re cure de Keytruda a été faite le 05/03.

Traitement habituel : Kardégic 75 mg/j (stent coronaire 2019), Tahor 20 mg, Triatec 5 mg, Levothyrox 75 µg (hypothyroïdie post-radique).

Antécédents : tabagisme sevré (25 PA), coronaropathie stentée. Père décédé d'un cancer du larynx.

Question : s'agissant d'une lésion osseuse unique, quelle est la place d'une radiothérapie stéréotaxique de l'aile iliaque ? Faut-il associer un traitement anti-résorptif ?

Fiche régionale ci-dessous.

Confraternellement,
Dr A. Penhoat
""") + form(dict(
        name="KERJEAN Gwénaël", dob="02/11/1961", sex="M",
        doctor="Dr A. Penhoat, ORL, CHU de Vérandes",
        date="07/03/2025", site="Oropharynx (amygdale D)", histo="Carcinome épidermoïde p16+",
        bio="", dxdate="01/2023",
        circ=["staging_imaging"], circdate="TEP du 12/02/2025",
        pain="N", local="N", local_txt="RT cervicale 2023 (sur le primitif)", btt="N", ac=None, ap="O", ap_txt="Kardégic 75",
        ptypes=[], score="…… /10",
        meds="cf. courrier", oms="0", ev="",
        onco="pembrolizumab (C1 le 05/03/2025)",
        question="SBRT aile iliaque D (lésion unique) ?")),
    gold=dict(
        sex="M",
        primaryTumor=dict(status="present", site="other", histology="squamous_cell_carcinoma", biomarkers={}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="absent", types=[], intensity=None),
        currentMedications=dict(status="present", atc=["L01FF02", "B01AC06", "C10AA05", "C09AA05", "H03AA01"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="unknown", atc=[]),
        antiplatelets=dict(status="present", atc=["B01AC06"]),
        prognosis=dict(status="present", ecog=0),
        therapeuticProject=dict(status="present", intent=None),
    ),
    evidence=["Keytruda", "Kardégic", "Tahor", "Triatec", "Levothyrox"],
)

# ---- zzb04 -----------------------------------------------------------------
letter(
    id="zzb04", fmt="pdf", date=dt.date(2025, 3, 10), birth=None,
    author="Dr Claire Maubourguet", title="Demande d'avis RCP MO",
    author_type="Medical oncologist (breast, Centre de cancérologie de l'Estuaire)",
    tricky="form ticks 'Non' for anti-resorptive but covering letter says Prolia every 6 months for osteoporosis (conflicting, denosumab kept as current); inflammatory pain (dérouillage matinal); 'si besoin' paracetamol still current",
    blocks=lambda: form(dict(
        name="GUILLERMIC Annick", dob="", sex="F",
        doctor="Dr C. Maubourguet, oncologie médicale, Centre de cancérologie de l'Estuaire",
        date="10/03/2025", site="Sein gauche", histo="Carcinome canalaire infiltrant (NST), grade 2",
        bio="RE 90 %, RP 40 %, HER2 1+ (négatif)", dxdate="décembre 2024",
        circ=["pain"], circdate="décembre 2024",
        pain="O", pain_txt="dorsalgies D7-D9", local="N", btt="N", ac="N", ap="N",
        ptypes=["inflammatory"], score="3/10",
        meds="Kisqali 600 mg 3 sem/4, Femara 2,5 mg, Zyma D, Doliprane si besoin", oms="0", ev="plusieurs années",
        onco="létrozole + ribociclib depuis le 06/01/2025", intent="palliative",
        question="Avis sur la prise en charge osseuse (traitement anti-résorptif ? surveillance ?)")) + para("""
Centre de cancérologie de l'Estuaire – Dr Claire MAUBOURGUET
Tél. 02 40 66 35 12

Le 10 mars 2025

Chère collègue,

Je complète la fiche ci-dessus concernant Mme Annick GUILLERMIC, 68 ans, chez qui a été diagnostiqué en décembre 2024 un carcinome canalaire infiltrant du sein gauche RH+ HER2 négatif, d'emblée métastatique à l'os.

Les lésions osseuses (D7, D9, sacrum) ont été découvertes sur une scintigraphie demandée par son rhumatologue devant des dorsalgies avec un dérouillage matinal d'une demi-heure, évoluant depuis octobre. Actuellement douleurs à 3/10, bien contrôlées.

Elle est sous létrozole et ribociclib depuis le 06/01/2025 avec une bonne tolérance (neutropénie de grade 2). Elle reçoit par ailleurs du Prolia tous les 6 mois depuis 2021 pour une ostéoporose fracturaire (tassement L2 en 2020), prescrit par son rhumatologue, dernière injection en janvier 2025.

Pas d'anticoagulant, pas d'antiagrégant. Aucune irradiation osseuse ; pas d'antécédent de chirurgie du rachis.

Mère traitée pour un cancer du sein à 70 ans.

La question est de savoir s'il faut passer au dénosumab à dose oncologique (Xgeva) ou poursuivre le schéma actuel.

Bien à vous,
Dr C. Maubourguet
"""),
    gold=dict(
        sex="F", age=68,
        primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                          biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["inflammatory"], intensity=3),
        currentMedications=dict(status="present", atc=["L01EF02", "L02BG04", "M05BX04", "A11CC05", "N02BE01"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="conflicting", atc=["M05BX04"]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=0),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    evidence=["Kisqali", "Femara", "Prolia", "Zyma D", "Doliprane"],
)

# ---- zzb05 -----------------------------------------------------------------
letter(
    id="zzb05", fmt="pdf", date=dt.date(2025, 3, 27), birth=dt.date(1946, 3, 29),
    author="Dr Yves Castagnède", title="RCP métastases osseuses - M. Dufresnoy",
    author_type="Urologist (Hôpital privé des Tilleuls)",
    tricky="form says Préviscan, covering letter says Préviscan was switched to Eliquis in February (only apixaban current); age from birth date two days before the birthday; Karnofsky only; neuropathic ticked on the form, nocturnal added in the letter; prior RT 8 Gy",
    blocks=lambda: form(dict(
        name="DUFRESNOY Bernard", dob="29/03/1946", sex="M",
        doctor="Dr Y. Castagnède, urologie, Hôpital privé des Tilleuls – 02 41 53 80 64",
        date="27/03/2025", site="Prostate", histo="Adénocarcinome, Gleason 8 (4+4), ISUP 4",
        bio="PSA 48 ng/mL (03/2025)", dxdate="2019",
        circ=["staging_imaging"], circdate="2022 (ascension du PSA)",
        pain="O", pain_txt="lombo-cruralgie D", local="O", local_txt="RT antalgique L4 8 Gy (05/2023)",
        btt="O", btt_txt="Xgeva 120 mg / 4 sem", ac="O", ac_txt="Préviscan 20 mg", ap="N",
        ptypes=["neuropathic"], score="6/10",
        meds="Décapeptyl LP 11,25 mg/3 mois, Xtandi 160 mg/j, Xgeva, Préviscan, Topalgic LP 100 x2, Lyrica 75 x2, Cacit D3",
        kps="60", ev="1 an environ",
        onco="Décapeptyl + Xtandi (depuis 09/2022)", intent="palliative",
        question="Réirradiation L4 ? Radiothérapie L5-S1 ? Avis neurochirurgical ?")) + para("""
Hôpital privé des Tilleuls – Service d'urologie
Dr Yves CASTAGNÈDE

Le 27/03/2025

Cher ami,

Je te confie M. Bernard DUFRESNOY, né le 29/03/1946, que je suis pour un adénocarcinome prostatique Gleason 8 diagnostiqué en 2019, traité par hormonothérapie. Les métastases osseuses sont connues depuis 2022, découvertes sur la scintigraphie faite devant l'ascension du PSA. Passage à la résistance à la castration en septembre 2022 : Xtandi introduit, poursuivi à ce jour avec le Décapeptyl. Le PSA remonte (22 en décembre, 48 ng/mL en mars).

Il a été irradié sur L4 en mai 2023 (8 Gy, fraction unique) avec un bon résultat. Depuis trois semaines, douleurs lombaires basses irradiant dans la jambe droite en décharges électriques, qui le réveillent la nuit ; EN 6/10 sous Topalgic et Lyrica. Pas de déficit moteur, pas de trouble sphinctérien. L'IRM montre une progression en L5 et S1 avec épidurite débutante.

Petite mise à jour par rapport à la fiche remplie par ma secrétaire : le Préviscan (ACFA) a été relayé par Eliquis 2,5 mg x 2 par le cardiologue en février, l'INR étant instable. Il poursuit le Xgeva mensuel.

Karnofsky 60 %. Vit avec son épouse.

Amitiés,
Yves Castagnède
"""),
    gold=dict(
        sex="M",
        primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma",
                          biomarkers={"PSA": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["neuropathic", "nocturnal"], intensity=6),
        currentMedications=dict(status="present", atc=["L02AE04", "L02BB04", "M05BX04", "B01AF02", "N02AX02", "N03AX16", "A12AX"]),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
        anticoagulation=dict(status="present", atc=["B01AF02"]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", kps=60),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    evidence=["Décapeptyl", "Xtandi", "Xgeva", "Eliquis", "Topalgic", "Lyrica", "Cacit D3"],
)

# ---- zzb06 (TXT e-mail) -----------------------------------------------------
ZZB06_TEXT = """De : Pauline Rochereau <p.rochereau@ch-montargelles.example>
Envoyé : mercredi 12 mars 2025 18:47
À : RCP Métastases osseuses ONCOLIGÉRIA <rcp.os@oncoligeria.example>
Cc : Dr Th. Vallantin
Objet : URGENT - fiche RCP MO Mme FOURCADE Sylvie - compression médullaire

Bonjour,

Je vous transmets la fiche RCP de Mme Fourcade pour la séance de demain si possible (dossier vu avec le Dr Vallantin). La fiche a été remplie aux urgences, elle est incomplète, je complète en dessous.

----- FICHE (copie) -----
Patiente : FOURCADE Sylvie   Sexe : [ ] M  [X] F   Âge : 62 ans
Tumeur primitive : poumon – carcinome à petites cellules (biopsie ganglionnaire sous EBUS du 07/03/2025)
Circonstances : [ ] douleur  [ ] fracture  [X] déficit neuro / compression médullaire  [ ] hypercalcémie  [ ] bilan d'extension  [ ] fortuite
Douleur : [X] oui  [ ] non   type : [ ] mécanique [ ] nocturne [X] neuropathique   EN : 7
Ttt local antérieur : [X] oui  [ ] non   -> RT en cours
Anti-résorptif : [ ] oui  [X] non
Anticoagulant : [ ] oui  [ ] non   -> cf. mail
Antiagrégant : (non renseigné)
OMS : 3
Projet : chimio-immunothérapie
----- FIN FICHE -----

Compléments :
- Mme Fourcade, 62 ans, tabagisme actif 40 PA. Admise le 10/03/2025 aux urgences pour paraparésie d'installation rapide (marche impossible depuis 48 h) précédée de dorsalgies en ceinture, à type de décharges, évoluant depuis environ 3 semaines. IRM : épidurite métastatique D8 avec compression médullaire, autres lésions D11, L2 et bassin.
- Scanner TAP : masse hilaire gauche + adénopathies médiastinales, foie indemne. Biopsie EBUS : carcinome neuroendocrine à petites cellules.
- Corticothérapie forte dose débutée le 10/03 (dexaméthasone 16 mg/j). Avis neurochir : pas d'indication chirurgicale. Radiothérapie décompressive D7-D9 débutée le 11/03 (20 Gy en 5 fractions), 2e séance faite ce jour.
- Douleurs : EN 7 à l'admission, EN 4 ce soir sous morphine.
- Ttt actuel : Dexaméthasone 16 mg/j, Skenan LP 20 mg x 2 + Actiskenan 5 mg si besoin, Doliprane 1 g x 4, Inexium 40 mg. Lovenox préventif ? -> je n'ai pas la pancarte, à vérifier avec l'équipe de neuro.
- Pas de Zometa / Xgeva pour le moment (calcémie normale).
- Chimio-immunothérapie carboplatine-étoposide-atézolizumab : C1 prévue le 18/03 en hospitalisation dans notre service.
- PS 3 (alitée depuis l'admission).

Question pour la RCP : poursuite de l'irradiation en cours et champ à élargir (D11 ?), place d'un traitement anti-résorptif, ordre des traitements par rapport à la C1.

Merci d'avance,
Pauline Rochereau
Interne de pneumologie – CH de Montargelles
Poste 4 18 27
"""

letter(
    id="zzb06", fmt="txt", date=dt.date(2025, 3, 12), birth=None,
    author="Pauline Rochereau", title="", author_type="Pneumology resident (e-mail with pasted form)",
    tricky="e-mail with ASCII checkboxes; cord compression; radiotherapy in progress counts; 'Lovenox préventif ? à vérifier' (uncertain, not current); chemo-immunotherapy only planned (C1 on 18/03) yet a decided plan; pain EN 7 then 4",
    blocks=None, text=ZZB06_TEXT,
    gold=dict(
        sex="F", age=62,
        primaryTumor=dict(status="present", site="lung", histology="small_cell_carcinoma", biomarkers={}),
        boneDiagnosis=dict(status="present", circumstances=["neurological_deficit"], dated=True),
        pain=dict(status="present", types=["neuropathic"], intensity=4),
        currentMedications=dict(status="present", atc=["H02AB02", "N02AA01", "N02BE01", "A02BC05"]),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="uncertain", atc=["B01AB05"]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=3),
        therapeuticProject=dict(status="present", intent=None),
    ),
    evidence=["Dexaméthasone", "Skenan", "Doliprane", "Inexium"],
)

# ---- zzb07 -----------------------------------------------------------------
letter(
    id="zzb07", fmt="docx", date=dt.date(2025, 3, 11), birth=dt.date(1950, 9, 8),
    author="Dr Sophie Lantenois", title="Courrier RCP MO - M. Poirel",
    author_type="Medical oncologist (uro-oncology, CH de Brézolles)",
    tricky="meds box and local-treatment row answered 'cf. courrier'; anticoagulant row left blank but 'pas d'anticoagulant' in the letter; Kardégic stopped (absent); gemcitabine-cisplatin stopped, avelumab not in the ATC table; hypercalcaemia as circumstance; pain without type or score (incomplete)",
    blocks=lambda: para("""
CH de Brézolles – Oncologie médicale
Dr Sophie LANTENOIS – 02 37 51 09 86

Brézolles, le 11 mars 2025

Madame, Monsieur,

Je souhaiterais présenter à la RCP régionale le dossier de M. Jean-Claude POIREL, né le 08/09/1950, atteint d'un carcinome urothélial de haut grade de la vessie, métastatique osseux.

Histoire de la maladie : résection endoscopique en mai 2024 (carcinome urothélial infiltrant le muscle). Le bilan d'extension a été réalisé dans les suites d'une hypercalcémie à 3,1 mmol/L (octobre 2024) révélée par une confusion : lésions ostéolytiques du sacrum et de l'aile iliaque droite, pas de lésion viscérale.

Traitements reçus :
- 6 cures de gemcitabine-cisplatine d'octobre 2024 à février 2025, terminées le 10/02/2025, réponse partielle ;
- radiothérapie de la lésion sacrée (20 Gy en 5 fractions) en décembre 2024 ;
- avélumab (Bavencio) en maintenance depuis le 03/03/2025 ;
- acide zolédronique (Zometa 4 mg) toutes les 4 semaines depuis novembre 2024.

Traitement actuel : Bavencio 800 mg toutes les 2 semaines, Zometa 4 mg/4 sem., Doliprane 1 g x 3/j, Cardensiel 2,5 mg, Glucophage 1000 mg x 2, Uvedose 1 ampoule/mois.
Le Kardégic a été arrêté en juin 2024 après un épisode d'hématurie caillotante. Pas d'anticoagulant.

Il garde des douleurs sacrées, bien contrôlées par le paracétamol. OMS 1.

Question : faut-il proposer une cimentoplastie de l'aile iliaque droite (lyse étendue au toit du cotyle sur le dernier scanner) ?

Vous trouverez ci-après la fiche régionale.

Dr S. Lantenois
""") + form(dict(
        name="POIREL Jean-Claude", dob="08/09/1950", sex="M",
        doctor="Dr S. Lantenois, oncologie, CH de Brézolles",
        date="11/03/2025", site="Vessie", histo="Carcinome urothélial de haut grade",
        bio="", dxdate="05/2024",
        circ=["hypercalcemia"], circdate="octobre 2024",
        pain="O", pain_txt="", local="O", local_txt="cf. courrier", btt="O", btt_txt="Zometa",
        ac=None, ac_txt="", ap=None, ap_txt="",
        ptypes=[], score="…… /10",
        meds="cf. courrier", oms="1", ev="",
        onco="avélumab maintenance", intent="palliative",
        question="Cimentoplastie iliaque D ?")),
    gold=dict(
        sex="M",
        primaryTumor=dict(status="present", site="bladder", histology="other", biomarkers={}),
        boneDiagnosis=dict(status="present", circumstances=["hypercalcemia"], dated=True),
        pain=dict(status="present", types=[], intensity=None),
        currentMedications=dict(status="present", atc=["M05BA08", "N02BE01", "C07AB07", "A10BA02", "A11CC05"]),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BA08"]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    evidence=["Zometa", "Doliprane", "Cardensiel", "Glucophage", "Uvedose"],
)

# ---- zzb08 -----------------------------------------------------------------
letter(
    id="zzb08", fmt="pdf", date=dt.date(2025, 3, 13), birth=None,
    author="Dr Mathilde Quéré", title="Fiche RCP MO",
    author_type="Radiation oncologist (Institut Guillaume-Ferrand)",
    tricky="laryngeal SCC (site other); incidental discovery on a CT for suspected pulmonary embolism ('EP écartée, pas d'anticoagulation'); Plavix in the drug list with the antiplatelet row blank (present); local-treatment and anti-resorptive rows blank, bisphosphonate only 'à discuter'; neuropathic pain denied",
    blocks=lambda: para("""
Institut Guillaume-Ferrand – Radiothérapie
Dr Mathilde QUÉRÉ

Le 13/03/2025

Chers collègues,

Je vous adresse la fiche de M. Serge ALBARET, 59 ans, laryngectomisé en 2022 pour un carcinome épidermoïde sus-glottique pT4aN1, irradié en post-opératoire (66 Gy), suivi depuis sans récidive locale.

Le 20/01/2025, un angioscanner thoracique réalisé aux urgences pour dyspnée (suspicion d'embolie pulmonaire) a écarté l'EP mais découvert fortuitement une lyse de l'arc postérieur de la 4e côte gauche et de la scapula gauche. Biopsie : métastase de carcinome épidermoïde, PD-L1 TPS 20 %, CPS 30. Pas d'autre localisation au TEP.

Il a débuté le pembrolizumab (Keytruda) le 10/02/2025.

Douleur de l'épaule gauche à la mobilisation du bras, EN 6/10, sans brûlure ni décharge électrique ; pas de douleur nocturne.

Traitements : Keytruda 400 mg toutes les 6 semaines, Plavix 75 mg (AOMI), Tahor 40 mg, Dafalgan codéiné 2 cp x 3/j, Actiskenan 5 mg si besoin.
Pas d'anticoagulation (EP écartée).

OMS 2 (dyspnée d'effort, perte de 6 kg). Espérance de vie estimée supérieure à 6 mois.

Je m'interroge sur une radiothérapie antalgique de la scapula ; un traitement par bisphosphonate est à discuter.

Confraternellement,
Dr M. Quéré
""") + form(dict(
        name="ALBARET Serge", dob="", sex="M",
        doctor="Dr M. Quéré, radiothérapie, Institut Guillaume-Ferrand – 05 63 27 14 90",
        date="13/03/2025", site="Larynx (sus-glottique)", histo="Carcinome épidermoïde",
        bio="PD-L1 TPS 20 % / CPS 30", dxdate="2022",
        circ=["incidental_imaging"], circdate="20/01/2025",
        pain="O", pain_txt="épaule G", local=None, btt=None, ac="N", ap=None,
        ptypes=["mechanical"], score="6/10",
        meds="cf. ordonnance jointe", oms="2", ev="> 6 mois",
        onco="Keytruda depuis 02/2025", intent="palliative",
        question="RT antalgique scapula G ?")),
    gold=dict(
        sex="M", age=59,
        primaryTumor=dict(status="present", site="other", histology="squamous_cell_carcinoma",
                          biomarkers={"PD-L1": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["incidental_imaging"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=6),
        currentMedications=dict(status="present", atc=["L01FF02", "B01AC04", "C10AA05", "N02AJ06", "N02AA01"]),
        priorLocalTreatments=dict(status="unknown", types=[]),
        boneTargetedTherapy=dict(status="unknown", atc=[]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="present", atc=["B01AC04"]),
        prognosis=dict(status="present", ecog=2),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    evidence=["Keytruda", "Plavix", "Tahor", "Dafalgan codéiné", "Actiskenan"],
)

# ---- zzb09 -----------------------------------------------------------------
letter(
    id="zzb09", fmt="docx", date=dt.date(2025, 3, 14), birth=None,
    author="Dr Isabelle Fontanarava", title="RCP MO – Mme Lemaréchal",
    author_type="Medical oncologist (breast, Clinique Sainte-Ysolde)",
    tricky="lobular carcinoma; Ibrance and Faslodex stopped on 28/02 and capecitabine decided (not current); breast irradiation 2019 is not a bone treatment, L1 vertebroplasty is; Xgeva current; vertebral fracture as circumstance; RE+ RP- HER2 0",
    blocks=lambda: form(dict(
        name="LEMARÉCHAL Nathalie", dob="", sex="F",
        doctor="Dr I. Fontanarava, oncologie, Clinique Sainte-Ysolde – 02 99 84 31 75",
        date="14/03/2025", site="Sein droit", histo="Carcinome lobulaire infiltrant",
        bio="RE 80 %, RP 0 %, HER2 score 0", dxdate="2019 ; rechute osseuse 06/2024",
        circ=["pathological_fracture"], circdate="juin 2024 (tassement L1)",
        pain="O", pain_txt="lombalgies à l'effort", local="O", local_txt="vertébroplastie L1 (07/2024)",
        btt="O", btt_txt="Xgeva 120 mg/mois", ac="N", ap="N",
        ptypes=["mechanical"], score="2/10",
        meds="Xgeva, Doliprane, Laroxyl, Mopral", oms="1", ev="> 1 an",
        onco="aucun depuis le 28/02/2025 (cf. courrier)", intent="palliative",
        question="Progression osseuse D12 et sacrum : radiothérapie ?")) + para("""
Rennes-sur-Orme, le 14 mars 2025

Cher Confrère,

Mme Nathalie LEMARÉCHAL, 57 ans, est suivie pour un carcinome lobulaire infiltrant du sein droit traité en 2019 par tumorectomie, curage et radiothérapie mammaire, puis hormonothérapie par anastrozole, arrêtée en 2024 lors de la rechute.

En juin 2024, tassement vertébral de L1 survenu en soulevant un carton, révélant la rechute osseuse ; vertebroplastie de L1 en juillet 2024. Elle a ensuite reçu palbociclib (Ibrance) et fulvestrant (Faslodex).

Le TEP de février montre une progression osseuse (D12, sacrum). Ibrance et Faslodex ont donc été arrêtés le 28/02/2025 ; il a été décidé de débuter la capécitabine (Xeloda) le 17/03. Le Xgeva mensuel est poursuivi.

Douleurs lombaires à la marche prolongée, EN 2/10. Pas de traitement anticoagulant ni antiagrégant.

Traitement : Xgeva 120 mg/4 sem., Doliprane 1 g si besoin, Laroxyl 10 gouttes le soir, Mopral 20 mg.

OMS 1.

Merci de votre avis sur une radiothérapie de D12 et du sacrum avant le début de la capécitabine.

Dr I. Fontanarava
"""),
    gold=dict(
        sex="F", age=57,
        primaryTumor=dict(status="present", site="breast", histology="invasive_lobular_carcinoma",
                          biomarkers={"ER": "positive", "PR": "negative", "HER2": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=2),
        currentMedications=dict(status="present", atc=["M05BX04", "N02BE01", "N06AA09", "A02BC01"]),
        priorLocalTreatments=dict(status="present", types=["cementoplasty"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    evidence=["Xgeva", "Doliprane", "Laroxyl", "Mopral"],
)

# ---- zzb10 -----------------------------------------------------------------
letter(
    id="zzb10", fmt="pdf", date=dt.date(2025, 3, 14), birth=dt.date(1939, 3, 15),
    author="Dr Gérard Mouchotte", title="fiche rcp",
    author_type="General practitioner (cabinet médical, Saint-Hilaire-des-Landes)",
    tricky="GP fills the form sparsely (many rows blank, 'cf. courrier'); age from birth date the day before the 86th birthday; Coumadine in the letter while the anticoagulant row is blank (present); 'jamais irradié'; no performance status; no histology; Eligard started by the urologist",
    blocks=lambda: form(dict(
        name="BOISRAMÉ Lucien", dob="15/03/1939", sex="M",
        doctor="Dr G. Mouchotte, médecine générale, Saint-Hilaire-des-Landes – 02 43 07 58 21",
        date="14/03/2025", site="prostate", histo="", bio="PSA 312", dxdate="02/2025",
        circ=[], circdate="cf. courrier",
        pain="O", pain_txt="cf. courrier", local="N", btt=None, ac=None, ap=None,
        ptypes=[], score="",
        meds="cf. courrier", oms="", ev="",
        onco="cf. urologue", intent=None,
        question="avis pour prise en charge des douleurs osseuses")) + para("""
Dr Gérard MOUCHOTTE – Médecine générale
3 place du Marché – Saint-Hilaire-des-Landes

le 14/03/2025

Cher confrère,

Je vous adresse M. Lucien BOISRAMÉ, né le 15/03/1939, veuf, vit seul, autonome avec passage d'une aide ménagère, pour des douleures du bassin depuis 2 mois, surtout la nuit, qui ont fait découvrir sur la scintigraphie (fev 2025) de multiples métastases osseuses (bassin, fémur droit, rachis). PSA à 312 ng/ml. Pas de biopsie prostatique faite vu l'âge, l'urologue (Dr Hannequin) retient le diagnostic de cancer de la prostate métastatique et a débuté une hormonothérapie : il est sous Eligard depuis le 05/03/2025.

Il n'a jamais été irradié.

Traitement : Coumadine 5 mg (ACFA, INR cible 2-3), Doliprane 1g x 3, Lasilix 40 mg, Levothyrox 50.

Je vous remercie de votre avis, en particulier sur l'intérêt d'une radiothérapie du bassin.

Bien confraternellement
G. Mouchotte
"""),
    gold=dict(
        sex="M",
        primaryTumor=dict(status="present", site="prostate", histology=None, biomarkers={"PSA": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["nocturnal"], intensity=None),
        currentMedications=dict(status="present", atc=["L02AE02", "B01AA03", "N02BE01", "C03CA01", "H03AA01"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="unknown", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AA03"]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="unknown"),
        therapeuticProject=dict(status="present", intent=None),
    ),
    evidence=["Eligard", "Coumadine", "Doliprane", "Lasilix", "Levothyrox"],
)

# ---- zzb11 -----------------------------------------------------------------
letter(
    id="zzb11", fmt="docx", date=dt.date(2025, 3, 20), birth=None,
    author="Dr Olivier Barthélémy-Roux", title="Demande avis RCP MO - M. Tessandier",
    author_type="Pneumologist (thoracic oncology, CH de Montargelles)",
    tricky="form ticks pain 'Non' but the covering letter describes rib pain at mobilisation EN 4 (conflicting); current carboplatin-paclitaxel-pembrolizumab cycles; Xarelto; PD-L1 <1 % negative; staging PET discovery",
    blocks=lambda: para("""
CH de Montargelles – Pneumologie, oncologie thoracique
Dr Olivier BARTHÉLÉMY-ROUX – 02 38 64 90 12

Le 20 mars 2025

Chers collègues,

Je vous adresse M. René TESSANDIER, 69 ans, pour un carcinome épidermoïde bronchique du lobe inférieur droit, stade IV, diagnostiqué en janvier 2025. PD-L1 négatif (< 1 %). Le TEP-TDM du bilan initial (16/01/2025) a montré des fixations costales droites (7e et 8e arcs) et de l'aile iliaque gauche.

Il est traité par carboplatine-paclitaxel-pembrolizumab depuis le 30/01/2025, 3e cure faite le 05/03, la 4e est prévue le 26/03.

Depuis trois semaines il se plaint de douleurs costales droites majorées à la mobilisation et à la toux, EN 4/10, soulagées par le Doliprane.

Traitements : Xarelto 20 mg (FA), Doliprane 1 g x 3, Mopral 20, Tahor 10. Pas d'antiagrégant.
Aucun traitement local antérieur. Pas de traitement anti-résorptif à ce jour, calcémie normale.

PS 1.

Je vous sollicite sur l'indication d'un traitement par acide zolédronique ou dénosumab et d'une radiothérapie costale.

Cordialement,
Dr O. Barthélémy-Roux
""") + [("pb",)] + form(dict(
        name="TESSANDIER René", dob="", sex="M",
        doctor="Dr O. Barthélémy-Roux, pneumologie, CH de Montargelles",
        date="20/03/2025", site="Poumon (LID)", histo="Carcinome épidermoïde",
        bio="PD-L1 < 1 %", dxdate="01/2025",
        circ=["staging_imaging"], circdate="TEP du 16/01/2025",
        pain="N", local="N", btt="N", ac="O", ac_txt="Xarelto 20 mg", ap="N",
        ptypes=[], score="…… /10",
        meds="Carboplatine/paclitaxel/pembrolizumab, Xarelto, Mopral, Tahor", oms="1", ev="",
        onco="carboplatine-paclitaxel-pembrolizumab (C3 le 05/03/2025)", intent="palliative",
        question="Traitement anti-résorptif ? RT costale ?")),
    gold=dict(
        sex="M", age=69,
        primaryTumor=dict(status="present", site="lung", histology="squamous_cell_carcinoma",
                          biomarkers={"PD-L1": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="conflicting", types=["mechanical"], intensity=4),
        currentMedications=dict(status="present", atc=["L01XA02", "L01CD01", "L01FF02", "B01AF01", "N02BE01", "A02BC01", "C10AA05"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AF01"]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    evidence=["carboplatine", "paclitaxel", "pembrolizumab", "Xarelto", "Doliprane", "Mopral", "Tahor"],
)

# ---- zzb12 -----------------------------------------------------------------
letter(
    id="zzb12", fmt="pdf", date=dt.date(2025, 3, 24), birth=None,
    author="Dr Laure Cazenave-Pic", title="RCP MO - Mme Ollivaux",
    author_type="Palliative-care physician (EMSP, CHU de Vérandes)",
    tricky="floor-of-mouth SCC (site other); best supportive care only (intent supportive); burning back pain (neuropathic); Fraxiparine behind 'HBPM' on the form; bisphosphonate explicitly excluded (mandibular osteoradionecrosis); RT 8 Gy in February counts",
    blocks=lambda: para("""
CHU de Vérandes – Équipe mobile de soins palliatifs
Dr Laure CAZENAVE-PIC – 02 47 90 35 60

Le 24 mars 2025

Chère collègue,

À la demande du Dr Penhoat (ORL), je vous transmets la fiche de Mme Odette OLLIVAUX, 77 ans, atteinte d'un carcinome épidermoïde du plancher buccal en rechute locorégionale et métastatique, après pelviglossectomie et radiothérapie en 2023.

Les lésions osseuses (D6, D10, côtes) ont été mises en évidence sur le scanner cervico-thoracique de réévaluation de décembre 2024.

La patiente présente des douleurs dorsales en regard de D6, à type de brûlures, avec irradiation en hémi-ceinture, EN 5/10 sous Durogesic. Une radiothérapie antalgique de D6 (8 Gy en une fraction) a été réalisée le 20/02/2025 avec un bénéfice partiel.

En RCP ORL, il a été décidé de ne pas proposer de nouveau traitement spécifique : prise en charge en soins de support exclusifs, en accord avec la patiente et sa fille.

Traitement : Durogesic 25 µg/h, Abstral 100 µg si besoin, Solupred 20 mg/j, Neurontin 300 mg x 3, Fraxiparine 0,4 mL/j (alitement prolongé), Forlax.
Pas de bisphosphonate ni de dénosumab, compte tenu d'une ostéoradionécrose mandibulaire.

OMS 3. Espérance de vie estimée à quelques semaines.

La question posée : une réirradiation de D6 ou une cimentoplastie peuvent-elles être envisagées pour améliorer le confort ?

Bien confraternellement,
Dr L. Cazenave-Pic
""") + form(dict(
        name="OLLIVAUX Odette", dob="", sex="F",
        doctor="Dr L. Cazenave-Pic, EMSP, CHU de Vérandes",
        date="24/03/2025", site="Plancher buccal", histo="Carcinome épidermoïde",
        bio="", dxdate="2023",
        circ=["staging_imaging"], circdate="12/2024",
        pain="O", pain_txt="D6", local="O", local_txt="RT D6 8 Gy 20/02/2025",
        btt="N", btt_txt="ostéoradionécrose", ac="O", ac_txt="HBPM préventive", ap=None,
        ptypes=["neuropathic"], score="5/10",
        meds="cf. courrier", oms="3", ev="quelques semaines",
        onco="aucun", intent="supportive",
        question="Réirradiation D6 ? cimentoplastie ?")),
    gold=dict(
        sex="F", age=77,
        primaryTumor=dict(status="present", site="other", histology="squamous_cell_carcinoma", biomarkers={}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["neuropathic"], intensity=5),
        currentMedications=dict(status="present", atc=["N02AB03", "H02AB06", "N03AX12", "B01AB06", "A06AD15"]),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AB06"]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=3),
        therapeuticProject=dict(status="present", intent="supportive"),
    ),
    evidence=["Durogesic", "Solupred", "Neurontin", "Fraxiparine", "Forlax"],
)


# --------------------------------------------------------------------------
# Gold construction, gap rule and contract check
# --------------------------------------------------------------------------
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
             "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
KIND = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}


def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to a gold record."""
    out = []
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st in KIND:
            out.append([item, KIND[st]])
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


def age_at(birth: dt.date, when: dt.date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def build_gold(L: dict) -> dict:
    g = L["gold"]
    rec = {"id": L["id"]}
    age = g.get("age")
    if L["birth"] is not None:
        computed = age_at(L["birth"], L["date"])
        if age is not None and age != computed:
            fail(L["id"], f"age {age} != computed {computed}")
        age = computed
    rec["patient"] = {"sex": g["sex"], "age": age}
    pt = g["primaryTumor"]
    rec["primaryTumor"] = {"status": pt["status"], "site": pt.get("site"), "histology": pt.get("histology"),
                           "biomarkers": dict(pt.get("biomarkers", {}))}
    bd = g["boneDiagnosis"]
    rec["boneDiagnosis"] = {"status": bd["status"], "circumstances": sorted(bd.get("circumstances", [])),
                            "dated": bool(bd.get("dated", False))}
    p = g["pain"]
    rec["pain"] = {"status": p["status"], "types": sorted(p.get("types", [])), "intensity": p.get("intensity")}
    rec["currentMedications"] = {"status": g["currentMedications"]["status"],
                                 "atc": sorted(g["currentMedications"]["atc"])}
    rec["priorLocalTreatments"] = {"status": g["priorLocalTreatments"]["status"],
                                   "types": sorted(g["priorLocalTreatments"]["types"])}
    for k in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        rec[k] = {"status": g[k]["status"], "atc": sorted(g[k]["atc"])}
    pr = g["prognosis"]
    if "kps" in pr:
        rec["prognosis"] = {"status": pr["status"], "kps": pr["kps"]}
    else:
        rec["prognosis"] = {"status": pr["status"], "ecog": pr.get("ecog")}
    tp = g["therapeuticProject"]
    rec["therapeuticProject"] = {"status": tp["status"], "intent": tp.get("intent")}
    rec["gaps"] = derive_gaps(rec)
    return rec


class ContractViolation(Exception):
    pass


def fail(lid, msg):
    raise ContractViolation(f"{lid}: {msg}")


ALLOWED = {
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
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIO_NAMES = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIO_RESULTS = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
        "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}
TOP_KEYS = ["id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
            "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject", "gaps"]


def load_atc() -> dict:
    ref = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        names = [cols[1], cols[2]] + [b for b in (cols[4].split(",") if len(cols) > 4 else []) if b]
        ref[cols[0]] = names
    return ref


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def check(rec: dict, L: dict, text: str, ref: dict):
    lid = rec["id"]
    if list(rec.keys()) != TOP_KEYS:
        fail(lid, f"keys {list(rec.keys())}")
    if rec["id"] != L["id"]:
        fail(lid, "id mismatch")
    pat = rec["patient"]
    if pat["sex"] not in ("F", "M"):
        fail(lid, "sex")
    if not isinstance(pat["age"], int) or not 18 <= pat["age"] <= 110:
        fail(lid, f"age {pat['age']}")
    if L["birth"] is None and f"{pat['age']} ans" not in text:
        fail(lid, "age written nowhere and no birth date")
    if L["birth"] is not None and L["birth"].strftime("%d/%m/%Y") not in text:
        fail(lid, "birth date not in the letter text")
    for item, allowed in ALLOWED.items():
        if rec[item]["status"] not in allowed:
            fail(lid, f"{item} status {rec[item]['status']} not allowed")
    pt = rec["primaryTumor"]
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            fail(lid, "unknown primary tumour with values")
    else:
        if pt["site"] not in SITES:
            fail(lid, f"site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTO:
        fail(lid, f"histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIO_NAMES or v not in BIO_RESULTS:
            fail(lid, f"biomarker {k}={v}")
    bd = rec["boneDiagnosis"]
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(lid, "bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(lid, "unknown bone diagnosis with values")
    if not set(bd["circumstances"]) <= CIRC:
        fail(lid, f"circumstances {bd['circumstances']}")
    p = rec["pain"]
    if not set(p["types"]) <= PAIN_TYPES:
        fail(lid, f"pain types {p['types']}")
    if p["intensity"] is not None and not (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10):
        fail(lid, "pain intensity")
    if p["status"] in ("absent", "unknown") and (p["types"] or p["intensity"]):
        fail(lid, "pain absent/unknown with types or intensity")
    cm = rec["currentMedications"]
    for c in cm["atc"]:
        if c not in ref:
            fail(lid, f"ATC {c} not in atc-reference.tsv")
    if len(set(cm["atc"])) != len(cm["atc"]):
        fail(lid, "duplicate ATC")
    if cm["status"] != "present" and cm["atc"]:
        fail(lid, "currentMedications not present but codes listed")
    if "N02AJ06" in cm["atc"] and "N02BE01" in cm["atc"] and "doliprane" not in fold(text) and "paracetamol" not in fold(text):
        fail(lid, "paracetamol counted twice from a codeine combination")
    pl = rec["priorLocalTreatments"]
    if not set(pl["types"]) <= LOCAL_TYPES:
        fail(lid, "local treatment types")
    if pl["status"] == "present" and not pl["types"]:
        fail(lid, "local treatment present without type")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        fail(lid, "local treatment absent/unknown with types")
    for sec, prefixes in AGENT_PREFIX.items():
        s = rec[sec]
        for c in s["atc"]:
            if c not in ref:
                fail(lid, f"{sec} ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                fail(lid, f"{sec} ATC {c} outside {prefixes}")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            fail(lid, f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(cm["atc"])
            if missing:
                fail(lid, f"{sec} agents {missing} not in currentMedications")
        if s["status"] == "uncertain":
            doubtful = set(s["atc"]) & set(cm["atc"])
            if doubtful:
                fail(lid, f"{sec} doubtful agents {doubtful} listed as current")
        if s["status"] == "absent":
            wrong = {c for c in cm["atc"] if c.startswith(prefixes)}
            if wrong:
                fail(lid, f"{sec} absent but {wrong} current")
    # every agent-class code in currentMedications must appear in its section
    for c in cm["atc"]:
        for sec, prefixes in AGENT_PREFIX.items():
            if c.startswith(prefixes) and c not in rec[sec]["atc"]:
                fail(lid, f"current {c} missing from {sec}")
    pr = rec["prognosis"]
    ecog, kps = pr.get("ecog"), pr.get("kps")
    if ecog is not None and kps is not None:
        fail(lid, "both ecog and kps")
    if ecog is not None and ecog not in range(0, 6):
        fail(lid, "ecog range")
    if kps is not None and (kps not in range(0, 101) or kps % 10):
        fail(lid, "kps range")
    if pr["status"] == "unknown" and (ecog is not None or kps is not None):
        fail(lid, "prognosis unknown with a value")
    tp = rec["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(lid, "intent")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        fail(lid, "project unknown with intent")
    if rec["gaps"] != derive_gaps(rec):
        fail(lid, "gaps differ from the rule")
    for g in rec["gaps"]:
        if g[0] == "antiplatelets":
            fail(lid, "antiplatelets gap")
    # text sanity: every current drug is named in the letter
    ft = fold(text)
    for c in cm["atc"]:
        if not any(fold(n) in ft for n in ref[c]):
            fail(lid, f"current drug {c} ({ref[c][0]}) not named in the letter")
    for ev in L.get("evidence", []):
        if fold(ev) not in ft:
            fail(lid, f"evidence '{ev}' not found in text")
    if L["date"].strftime("%d/%m/%Y") not in text and L["date"].strftime("%-d") not in text:
        fail(lid, "letter date not in the text")
    # the intent, when filled, must be ticked or written
    if tp["intent"] == "palliative" and f"{X} palliative" not in text and "palliati" not in ft:
        fail(lid, "palliative intent not stated")
    if tp["intent"] == "supportive" and "soins de support exclusifs" not in ft:
        fail(lid, "supportive intent not stated")
    if tp["intent"] is None and f"{X} palliative" in text:
        fail(lid, "intent ticked but null in gold")


def letter_text(L) -> str:
    if L["fmt"] == "txt":
        return L["text"]
    return render.blocks_to_text(L["blocks"]())


def main() -> int:
    ref = load_atc()
    ids = [L["id"] for L in LETTERS]
    if ids != [f"zzb{i:02d}" for i in range(1, len(LETTERS) + 1)]:
        print(f"CONTRACT VIOLATION: ids {ids}")
        return 1
    texts = {L["id"]: letter_text(L) for L in LETTERS}
    golds = {}
    try:
        for L in LETTERS:
            rec = build_gold(L)
            check(rec, L, texts[L["id"]], ref)
            golds[L["id"]] = rec
    except ContractViolation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for old in list(ldir.iterdir()) + list(gdir.iterdir()):
        old.unlink()
    chars = set()
    for L in LETTERS:
        if L["fmt"] == "pdf":
            chars |= set(texts[L["id"]])
    chars |= set("0123456789 ")
    for L in LETTERS:
        lid = L["id"]
        if L["fmt"] == "txt":
            (ldir / f"{lid}.txt").write_bytes(L["text"].encode("utf-8"))
        elif L["fmt"] == "pdf":
            d = L["date"]
            render.write_pdf(ldir / f"{lid}.pdf", L["blocks"](), L["title"], L["author"], chars,
                             created=f"D:{d:%Y%m%d}101500+01'00'")
        elif L["fmt"] == "docx":
            d = L["date"]
            render.write_docx(ldir / f"{lid}.docx", L["blocks"](), L["title"], L["author"],
                              dt.datetime(d.year, d.month, d.day, 10, 15, 0))
        (gdir / f"{lid}.json").write_text(json.dumps(golds[lid], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
