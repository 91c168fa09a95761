#!/usr/bin/env python3
"""Blind held-out corpus 21: 12 French referral letters to an RCP « métastases
osseuses » with their gold records (spec: shared/spec/rcp-request.md).

Run from /work/main:  /work/main/.venv/bin/python tests/corpus21/make_letters.py

Every letter's text and gold are Python data below.  Gold gaps are derived by
one function (derive_gaps) implementing the spec's Gaps rule; every gold is
checked against the contract before anything is written (exit with
"CONTRACT VIOLATION: ..." on failure).  Outputs are byte-identical on every
run (fixed PDF dates/producer, fixed DOCX core properties and zip timestamps,
fixed random seed for scan noise).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = Path("/work/shared")
ATC_TSV = SHARED / "spec" / "atc-reference.tsv"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIXED_PDF_DATE = "D:20250101120000+00'00'"
FIXED_DT = dt.datetime(2025, 1, 1, 12, 0, 0)

# --------------------------------------------------------------------------
# contract constants (from rcp-request.md)
# --------------------------------------------------------------------------
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
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
        while len(parts) < 5:
            parts.append("")
        atc, dci, inn, group, brands = parts[:5]
        names = {dci, inn} | {b for b in brands.split(",") if b}
        rows[atc.strip()] = {n.strip() for n in names if n.strip()}
    return rows


ATC = load_atc()

# --------------------------------------------------------------------------
# gold construction and gap rule
# --------------------------------------------------------------------------


def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to gold values (antiplatelets excluded)."""
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in ITEMS9:
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


def gold(id, sex, age, tumor, bone, pain, meds, local, btt, anticoag, antiplat, prog, project):
    g = {"id": id, "patient": {"sex": sex, "age": age}}
    st, site, hist, bio = tumor
    g["primaryTumor"] = {"status": st, "site": site, "histology": hist, "biomarkers": dict(bio)}
    st, circ, dated = bone
    g["boneDiagnosis"] = {"status": st, "circumstances": sorted(circ), "dated": dated}
    st, types, inten = pain
    g["pain"] = {"status": st, "types": sorted(types), "intensity": inten}
    st, codes = meds
    g["currentMedications"] = {"status": st, "atc": sorted(codes)}
    st, types = local
    g["priorLocalTreatments"] = {"status": st, "types": sorted(types)}
    for name, (st, codes) in (("boneTargetedTherapy", btt), ("anticoagulation", anticoag),
                              ("antiplatelets", antiplat)):
        g[name] = {"status": st, "atc": sorted(codes)}
    st, scale, val = prog
    g["prognosis"] = {"status": st}
    if scale == "kps":
        g["prognosis"]["kps"] = val
    else:
        g["prognosis"]["ecog"] = val
    st, intent = project
    g["therapeuticProject"] = {"status": st, "intent": intent}
    g["gaps"] = derive_gaps(g)
    return g


def age_at(birth: str, on: str) -> int:
    b = dt.datetime.strptime(birth, "%d/%m/%Y").date()
    d = dt.datetime.strptime(on, "%d/%m/%Y").date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


# --------------------------------------------------------------------------
# the letters
# --------------------------------------------------------------------------
LETTERS = []


def letter(id, fmt, author, tricky, text, g, letter_date, birth=None, **opts):
    LETTERS.append(dict(id=id, fmt=fmt, author=author, tricky=tricky, text=text, gold=g,
                        letter_date=letter_date, birth=birth, opts=opts))


# e01 ----------------------------------------------------------------------
letter("e01", "docx", "Oncologue médicale",
       "Mother's Préviscan and father's history right above the patient's drug list; breast "
       "irradiation 2016 is not a bone treatment ('aucune irradiation osseuse'); RT only "
       "'à discuter'; 'pas de réveil nocturne' denies the nocturnal type; explicit "
       "'pas d'anticoagulant'; age from birth date",
       """Centre d'Oncologie des Trois Vallées — Service d'Oncologie Médicale
Dr Hélène Marchadier — Tél. secrétariat 04 71 58 22 90
# Demande d'avis RCP Métastases osseuses
Le Puy-Sainte-Réparade, le 03/06/2025
Chers confrères,
Je vous adresse pour avis Mme Odile FERRANDON, née le 14/09/1958, que je suis pour un cancer du sein gauche métastatique.
# Histoire oncologique
En 2016 : carcinome lobulaire infiltrant du QSE gauche, pT2 N1, RE 90 %, RP 40 %, HER2 score 1+ (négatif). Tumorectomie + curage, chimiothérapie adjuvante puis radiothérapie mammaire et ganglionnaire (50 Gy), puis hormonothérapie par anastrozole arrêtée en 2021 après 5 ans.
En mars 2025, la scintigraphie osseuse de surveillance (demandée devant une élévation du CA 15-3, la patiente n'avait alors aucune plainte) a mis en évidence des fixations multiples : L3, aile iliaque droite, 6e côte gauche, confirmées au TEP-TDM du 28/03/2025. Biopsie de l'aile iliaque : métastase d'un carcinome lobulaire, RE+ RP+ HER2 négatif.
# Antécédents
Personnels : HTA, hypothyroïdie. Pas d'antécédent thrombo-embolique.
Familiaux : mère 86 ans, en FA, sous Préviscan, suivie pour un cancer du côlon opéré. Père décédé d'un infarctus. Pas d'autre cancer connu dans la famille.
# Traitement actuel
| Médicament | Posologie | Depuis
| Kisqali 200 mg | 3 cp/j, 21 j/28 | 04/2025
| Femara 2,5 mg | 1 cp/j | 04/2025
| Xgeva 120 mg SC | 1 inj/4 semaines | 04/2025
| Uvedose 100 000 UI | 1 amp/3 mois |
| Levothyrox 75 µg | 1 cp/j |
| Doliprane 1 g | si douleur, max 3/j |
Pas d'anticoagulant, la patiente ne prend pas non plus d'AINS.
# Examen / clinique
Douleurs lombaires basses à la marche prolongée et à la station debout, EN 4/10, sans irradiation radiculaire, pas de réveil nocturne. OMS 1. Pas de déficit neurologique.
À ce jour aucune irradiation osseuse n'a été réalisée.
# Question posée
Intérêt d'une radiothérapie antalgique de L3, à discuter en RCP compte tenu de la bonne réponse biologique sous ribociclib-létrozole ? Faut-il faire une IRM du rachis au préalable ?
Je vous remercie de votre avis.
Dr H. Marchadier""",
       gold("e01", "F", age_at("14/09/1958", "03/06/2025"),
            ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
            ("present", ["staging_imaging"], True),
            ("present", ["mechanical"], 4),
            ("present", ["L01EF02", "L02BG04", "M05BX04", "A11CC05", "H03AA01", "N02BE01"]),
            ("absent", []),
            ("present", ["M05BX04"]),
            ("absent", []),
            ("unknown", []),
            ("present", "ecog", 1),
            ("present", None)),
       "03/06/2025", birth="14/09/1958")

# e02 ----------------------------------------------------------------------
letter("e02", "txt", "Médecin généraliste",
       "GP letter; prostatectomy 'il y a 10 ans' and prostate-bed RT are not bone treatments "
       "(nothing else said: prior local unknown); Kardégic 'à l'époque', stopped in 2019; "
       "Eliquis current; 'pas de traitement anti-résorptif pour l'instant, Xgeva à discuter' "
       "(absent, plan not counted); pain without score",
       """Dr Bernard Escoffier
Médecine générale
12 rue des Tanneurs, 63450 Saint-Amant-Tallende
Tél 04 73 39 12 48

                                           Saint-Amant, le 17 septembre 2025

Objet : M. Roland CHAPUIS, 74 ans — demande d'avis RCP os

Cher confrère,

Je me permet de vous adresser M. Chapuis, 74 ans, que je suis depuis longtemps.

Il a été opéré il y a 10 ans d'un adénocarcinome de prostate (prostatectomie radicale en 2015, Gleason 7 (3+4) à l'époque), puis il a eu une radiothérapie de la loge en 2017 pour une remontée du PSA. Ensuite simple surveillance par l'urologue, le Dr Vasseur.

Depuis environ 3 mois il se plaint de lombalgies, d'horaire plutôt inflammatoire avec réveils nocturnes vers 4h du matin, et un dérouillage le matin d'une demi-heure. Il n'y a pas de sciatalgie. J'ai demandé un PSA qui est à 48 ng/ml (il était indosable en 2023 !) et une scintigraphie qui montre des fixations multiples du rachis lombaire et du bassin. Le TEP-PSMA fait le 29/08/2025 confirme des métastases osseuses multiples, sans atteinte viscérale.

Le Dr Vasseur a débuté un Décapeptyl 22,5 mg il y a 15 jours.

ATCD :
- FA paroxystique, sous anticoagulant depuis 2019
- Coronaropathie stentée en 2012 : à l'époque il avait du Kardégic, arrêté en 2019 quand le cardiologue a mis l'Eliquis (pas de double traitement)
- Cholécystectomie
- Son frère a un myélome, traité à Clermont

Traitement actuel :
Eliquis 5 mg 1 cp matin et soir
Cardensiel 2,5 mg 1 cp/j
Topalgic LP 100 mg matin et soir
Décapeptyl 22,5 mg 1 injection / 3 mois (1ère inj le 02/09/2025)

Pas de traitement anti-résorptif pour l'instant, le Xgeva est à discuter (il a de mauvaises dents, un bilan dentaire est demandé).

Il reste autonome, il jardine encore un peu, je dirais PS 1.

Je souhaiterais votre avis sur la prise en charge des lésions osseuses (radiothérapie ? autre ?) et sur l'indication du Xgeva.

Bien confraternellement,

Dr B. Escoffier
""",
       gold("e02", "M", 74,
            ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
            ("present", ["pain"], True),
            ("present", ["inflammatory", "nocturnal"], None),
            ("present", ["B01AF02", "C07AB07", "N02AX02", "L02AE04"]),
            ("unknown", []),
            ("absent", []),
            ("present", ["B01AF02"]),
            ("absent", []),
            ("present", "ecog", 1),
            ("present", None)),
       "17/09/2025")

# e03 ----------------------------------------------------------------------
letter("e03", "docx", "Pneumologue",
       "Summary box says 'Anticoagulant : Non' while the body says Lixiana since the PE "
       "(conflicting, kept in current drugs); sotorasib only 'envisagé en 2e ligne'; "
       "Zometa 'non débuté' (absent); KRAS G12C positive with EGFR/ALK/ROS1 negative, "
       "PD-L1 5 %; age from birth date (birthday a few days after the letter)",
       """Hôpital Saint-Joseph de Montrevel — Service de Pneumologie
Dr Arnaud Kerbrat, praticien hospitalier — 02 98 41 63 07
Montrevel, le 28/10/2025
# Fiche de demande RCP — Métastases osseuses
| Patient | M. Didier LE GUENNEC, né le 02/11/1961
| Primitif | Adénocarcinome pulmonaire LSD, stade IV
| Biologie moléculaire | EGFR non muté, ALK négatif, ROS1 négatif, KRAS G12C muté, PD-L1 5 %
| Métastases osseuses | Oui — rachis dorsal, côtes, bassin
| Douleur | Oui
| Anticoagulant | Non
| Antiagrégant |
| Traitement osseux | Non
| OMS | 1
# Courrier
Cher confrère,
Je vous présente M. Le Guennec, 63 ans, ancien fumeur (40 PA, sevré en 2018), ancien chaudronnier, chez qui a été diagnostiqué en juillet 2025 un adénocarcinome bronchique du lobe supérieur droit. Le TEP-TDM de bilan initial du 15/07/2025 retrouvait d'emblée des lésions osseuses hypermétaboliques (T6, T9, 7e arc costal droit, cotyle gauche).
Il a présenté le 22/08/2025 une embolie pulmonaire segmentaire droite, et il est depuis sous Lixiana 60 mg/j, bien toléré.
Il a débuté une chimio-immunothérapie de 1re ligne palliative par carboplatine-pémétrexed-pembrolizumab (C1 le 01/09/2025), il a reçu le C3 le 13/10/2025. Le sotorasib est envisagé en 2e ligne en cas de progression.
Sur le plan osseux : douleur costale droite, EVA 3/10, surtout la nuit, calmée par le paracétamol. Pas de douleur du cotyle à la marche. Un traitement par acide zolédronique (Zometa) a été proposé mais n'est pas encore débuté, dans l'attente du bilan dentaire.
Il n'a jamais eu de radiothérapie ni de geste sur les lésions osseuses.
Traitement en cours : Lixiana 60 mg/j, Dafalgan 1 g x3/j, Inexium 20 mg/j, Spéciafoldine et vitamine B12 (prémédication pémétrexed).
Question : faut-il proposer une radiothérapie de T6 (mur postérieur au contact, pas de signe neurologique) et/ou une consolidation du cotyle ?
Bien cordialement,
Dr A. Kerbrat""",
       gold("e03", "M", age_at("02/11/1961", "28/10/2025"),
            ("present", "lung", "adenocarcinoma",
             {"EGFR": "negative", "ALK": "negative", "ROS1": "negative", "KRAS": "positive", "PD-L1": "positive"}),
            ("present", ["staging_imaging"], True),
            ("present", ["nocturnal"], 3),
            ("present", ["B01AF03", "L01XA02", "L01BA04", "L01FF02", "N02BE01", "A02BC05"]),
            ("absent", []),
            ("absent", []),
            ("conflicting", ["B01AF03"]),
            ("unknown", []),
            ("present", "ecog", 1),
            ("present", "palliative")),
       "28/10/2025", birth="02/11/1961")

# e04 ----------------------------------------------------------------------
letter("e04", "txt", "Rhumatologue",
       "Xarelto appears only in the question about cementoplasty, not in the drug list "
       "(present, current); Prolia for osteoporosis stopped in 2023 (absent); brother's "
       "myeloma; nephrectomy is not a bone treatment but humerus nailing and T11 SBRT are; "
       "Karnofsky only",
       """SERVICE DE RHUMATOLOGIE - CH de Villefranche-sur-Orne
Dr Sylvie Aubertot
Tel : 02 33 71 40 16

Villefranche, le 09/07/2025

A l'attention des membres de la RCP métastases osseuses

Concerne : M. Gérard POUILLOT, 69 ans

Chère consoeur, cher confrère,

Je vois M. Pouillot en consultation pour des douleurs de la hanche droite.
Pour rappel il est suivi pour un carcinome rénal à cellules claires gauche (néphrectomie élargie en 2021). Découverte des métastases osseuses en février 2024 sur une fracture pathologique de l'humérus droit après une chute minime, traitée par enclouage (Dr Lemaitre). Radiothérapie stéréotaxique d'une lésion de T11 en mars 2024.
Il est actuellement sous cabozantinib (Cabometyx) en 2e ligne depuis mai 2024, après sunitinib arrêté pour progression.

Sur le plan rhumatologique, il avait une ostéoporose fracturaire traitée par Prolia de 2019 à 2023 ; le Prolia a été arrêté en 2023 par l'oncologue et rien n'a été repris depuis.

Actuellement douleur de hanche droite à la marche et à la montée des escaliers, EN 5/10, pas de composante neuropathique, pas de douleur la nuit. Le scanner du 01/07/2025 montre une lyse du toit du cotyle droit (Mirels non applicable), sans fracture.
Etat général correcte, Karnofsky 70 %.

ATCD familiaux : frère suivi pour un myélome.

Traitement : Cabometyx 40 mg/j, Triatec 5 mg, Tahor 20 mg, Doliprane 1 g si besoin.

Question : une cimentoplastie du cotyle est-elle envisageable ? Le patient est sous Xarelto 20 mg (phlébite en 2023, maintenu depuis) : faut-il un relais et combien de jours d'arrêt ?

Confraternellement
Dr S. Aubertot
""",
       gold("e04", "M", 69,
            ("present", "kidney", "clear_cell_carcinoma", {}),
            ("present", ["pathological_fracture"], True),
            ("present", ["mechanical"], 5),
            ("present", ["L01EX07", "C09AA05", "C10AA05", "N02BE01", "B01AF01"]),
            ("present", ["surgery", "radiotherapy"]),
            ("absent", []),
            ("present", ["B01AF01"]),
            ("unknown", []),
            ("present", "kps", 70),
            ("present", None)),
       "09/07/2025")

# e05 ----------------------------------------------------------------------
letter("e05", "pdf", "Radiothérapeute",
       "Quotes an old letter ('sous Kardégic 75 et Plavix') then says Plavix stopped: only "
       "aspirin current; preventive HBPM during hospitalisation stopped at discharge "
       "(anticoagulation absent); pain 6/10 at admission then 2/10 now; burning L5 "
       "radicular pain (neuropathic); RT on L5 completed",
       """Institut de Radiothérapie du Val de Loire
Dr Mathilde Quéméner — Oncologue radiothérapeute
Tél. 02 47 63 18 55 — Fax 02 47 63 18 56

Tours-Nord, le 22 avril 2025

Objet : M. Jean-Claude BOISSONNADE, 71 ans
Présentation en RCP métastases osseuses du 29/04/2025

Cher confrère,

Je vous présente M. Boissonnade, 71 ans, suivi pour un carcinome épidermoïde pulmonaire du lobe inférieur gauche, stade IV (os), PD-L1 70 %.

Circonstances : la maladie osseuse a été révélée en janvier 2025 par une radiculalgie L5 droite à type de brûlures, sans déficit moteur, en rapport avec une lyse du pédicule droit de L5 à l'IRM du 21/01/2025. Le bilan a retrouvé le primitif pulmonaire.

Antécédents : cardiopathie ischémique. Je vous rappelle les termes du courrier du Dr Pellerin, cardiologue, du 12/01/2024 : « patient sous Kardégic 75 et Plavix 75 après angioplastie avec stent actif de l'IVA ». Depuis, le Plavix a été arrêté en juin 2024 à la fin des 12 mois de double anti-agrégation ; il reste sous Kardégic 75 seul.
Lors de son hospitalisation de janvier 2025 il a reçu une HBPM à dose préventive, arrêtée à la sortie. Pas d'anticoagulation au long cours.

Traitement local : radiothérapie de L5, 30 Gy en 10 fractions, terminée le 14/03/2025, bien tolérée.
Traitement systémique : pembrolizumab (Keytruda) en 1re ligne depuis le 10/02/2025, 4 cures à ce jour, à visée palliative.

Douleur : EN 6/10 à l'entrée en janvier, elle est actuellement à 2/10 sous Lyrica. DN4 à 5/10 initialement. Persistance de quelques décharges dans le pied droit.

Traitement habituel :
- Keytruda 200 mg toutes les 3 semaines
- Kardégic 75 mg/j
- Lyrica 75 mg matin et soir
- Oxycontin LP 10 mg x2/j, Oxynorm 5 mg si besoin
- Inipomp 40 mg/j
- Tahor 40 mg/j

Pas de bisphosphonate ni de dénosumab à ce jour.
Etat général : OMS 2 (fatigue, marche avec une canne).

Question posée : le scanner d'évaluation du 15/04/2025 montre une nouvelle lésion de l'aile iliaque gauche, peu symptomatique. Faut-il l'irradier d'emblée ? Y a-t-il une indication à débuter un traitement anti-résorptif ?

Bien confraternellement,

Dr M. Quéméner""",
       gold("e05", "M", 71,
            ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
            ("present", ["pain"], True),
            ("present", ["neuropathic"], 2),
            ("present", ["L01FF02", "B01AC06", "N03AX16", "N02AA05", "A02BC02", "C10AA05"]),
            ("present", ["radiotherapy"]),
            ("absent", []),
            ("absent", []),
            ("present", ["B01AC06"]),
            ("present", "ecog", 2),
            ("present", "palliative")),
       "22/04/2025")

# e06 ----------------------------------------------------------------------
letter("e06", "docx", "Médecin généraliste",
       "'serait sous Xarelto … à vérifier' (uncertain, code kept, not a current drug); "
       "husband on Préviscan; anastrozole stopped in 2017; histology unknown to the GP; "
       "'pas de brûlures' denies neuropathic; Efferalgan codéiné; breast RT is not a bone "
       "treatment ('jamais eu de rayons sur les os'); no prognosis, no project",
       """Docteur Claire Vandamme
Médecin généraliste — Maison de santé des Tilleuls
5 place du Marché, 59730 Solesmes-sur-Selle — 03 27 37 84 21
Le 15/06/2025
Madame, Monsieur, chers confrères,
Je vous adresse Mme Jeannine DELCOURT, née le 30/06/1950, pour avis de votre RCP.
Elle a été traitée en 2012 pour un cancer du sein droit (tumorectomie, radiothérapie du sein, puis anastrozole pendant 5 ans, arrêté en 2017). Je n'ai pas le compte rendu anatomopathologique, je ne connais donc pas le type histologique exact ; elle n'est plus suivie en oncologie depuis 2022.
Depuis 2 mois elle se plaint de douleurs du bassin et de la fesse gauche, surtout nocturnes, insomniantes, EN 7/10, pas de brûlures ni de fourmilements. Le scanner que j'ai demandé (12/06/2025) montre des lésions lytiques de l'aile iliaque gauche et du sacrum, évocatrices de métastases. Pas de fracture.
Antécédents : hypothyroïdie, anxiété, constipation chronique. Elle n'a jamais eu de rayons sur les os.
Traitement :
Efferalgan codéiné 2 cp x 3/j
Levothyrox 100
Xanax 0,25 le soir
Forlax 1 sachet/j
Sur le plan des anticoagulants : elle serait sous Xarelto, prescrit par le cardiologue de Valenciennes pour un trouble du rythme, mais elle ne l'a pas sur son ordonnance que j'ai sous les yeux — à vérifier. Son mari, que je suis aussi, est sous Préviscan et il est possible qu'elle confonde.
Elle vit avec son mari, à domicile, au 2ème étage sans ascenceur.
Merci de bien vouloir me dire ce que vous proposez (biopsie ? radiothérapie ?), et de la revoir rapidement, elle est très algique.
Bien confraternellement,
Dr C. Vandamme""",
       gold("e06", "F", age_at("30/06/1950", "15/06/2025"),
            ("present", "breast", None, {}),
            ("present", ["pain"], True),
            ("present", ["nocturnal"], 7),
            ("present", ["N02AJ06", "H03AA01", "N05BA12", "A06AD15"]),
            ("absent", []),
            ("unknown", []),
            ("uncertain", ["B01AF01"]),
            ("unknown", []),
            ("unknown", None, None),
            ("unknown", None)),
       "15/06/2025", birth="30/06/1950")

# e07 ----------------------------------------------------------------------
letter("e07", "txt", "Interne d'oncologie",
       "Resident's note with a drug table carrying start/stop dates: alectinib stopped, Xgeva "
       "stopped for osteonecrosis (bone therapy absent), Lovenox and lorlatinib ongoing; "
       "RT only 'pourrait être discutée' if progression; past cementoplasty; 'pas "
       "d'antiagrégant'",
       """De : Interne Onco — HDJ thoracique, CHU de Marsanne
Pour : RCP MO — Dr Thibaut Lesage (interne), sous couvert du Dr F. Abiven
Date : 04/07/2025

Pte : Mme Nadia BENSALEM, 58 ans

Dg : ADK pulm LIG stade IV, ALK réarrangé (IHC + FISH), EGFR sauvage. PD-L1 nég.
Méta osseuses d'emblée (bilan initial, TEP du 14/02/2023 : L2, sacrum, omoplate G).
ATCD : cimentoplastie L2 en 04/2023 (fracture-tassement menaçante). Pas d'autre geste local. TVP surale D 05/2025 sous traitement.
Non fumeuse. Mère : K sein.

Historique ttt :
Médicament            Posologie        Début     Fin
Alecensa 150 mg       4 gél x2/j       03/2023   11/2024 (progression)
Lorviqua 100 mg       1 cp/j           12/2024   en cours
Xgeva 120 mg          1 inj/4 sem      04/2023   09/2024 (ONM mandibule)
Lovenox 6000 UI       1 inj/j          05/2025   en cours
Atorvastatine 20 mg   1 cp/j           -         en cours
Skenan LP 30 mg       1 gél x2/j       06/2025   en cours
Actiskenan 10 mg      si besoin        06/2025   en cours

Pas d'antiagrégant. Xgeva non repris (ONM toujours en cours de cicatrisation).

Clinique : doul épaule G à la mobilisation, EN 5/10 (8/10 avant Skenan), pas de douleur de repos. PS 1.
TEP 25/06/2025 : progression osseuse isolée omoplate G + apparition lésion acétabulaire G, reste de la maladie contrôlé.

Q RCP : RT omoplate G ? Intérêt d'une RT de l'acétabulum (asymptomatique) ? Si progression ultérieure, une radiothérapie stéréotaxique des autres sites pourrait être discutée. On poursuit le lorlatinib.

Merci
T. Lesage
""",
       gold("e07", "F", 58,
            ("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "negative"}),
            ("present", ["staging_imaging"], True),
            ("present", ["mechanical"], 5),
            ("present", ["L01ED05", "B01AB05", "C10AA05", "N02AA01"]),
            ("present", ["cementoplasty"]),
            ("absent", []),
            ("present", ["B01AB05"]),
            ("absent", []),
            ("present", "ecog", 1),
            ("present", None)),
       "04/07/2025")

# e08 ----------------------------------------------------------------------
letter("e08", "docx", "Chirurgien orthopédiste",
       "Anticoagulant named only in the operative paragraph (Pradaxa suspended, Lovenox "
       "bridge, Pradaxa resumed at D2: dabigatran current, enoxaparin not); father on "
       "Sintrom; follicular thyroid carcinoma (histology other), radio-iodine is not a local "
       "bone treatment; zoledronic acid 'à discuter'; post-op RT decided; no prognosis; age "
       "from birth date five days after the birthday",
       """Clinique Orthopédique du Parc — Dr Vincent Ollagnier, chirurgien orthopédiste
04 78 92 55 10 — secretariat.ollagnier@clinique-du-parc-exemple.fr
Lyon-Monplaisir, le 22/09/2025
# Compte rendu de consultation post-opératoire et demande de RCP
Patient : M. Fernand ROUCHON, né le 17/09/1955
Cher confrère,
J'ai revu en consultation M. Rouchon, que j'ai opéré le 12/09/2025.
# Histoire
Il est suivi depuis 2015 pour un carcinome vésiculaire de la thyroïde (thyroïdectomie totale et irathérapie en 2015, deuxième cure d'iode en 2019 pour des métastases pulmonaires micronodulaires). Le 28/08/2025, en descendant de sa voiture, il a présenté une fracture pathologique sous-trochantérienne du fémur droit sur une lésion lytique, révélatrice de la localisation osseuse (il n'avait pas de douleur auparavant).
# Intervention
Enclouage centromédullaire long du fémur droit le 12/09/2025. Biopsie per-opératoire : métastase d'un carcinome vésiculaire thyroïdien (thyroglobuline +). Le patient étant sous Pradaxa 110 mg x2 pour une FA, celui-ci a été suspendu 72 h avant l'intervention avec relais par Lovenox à dose préventive, puis le Pradaxa a été repris à J2 et le Lovenox arrêté. Suites simples.
# Antécédents
FA, HTA. Son père, décédé à 88 ans, était sous Sintrom.
# Traitement de sortie
Levothyrox 150 µg/j, Doliprane 1 g x3/j si douleur, Bisoprolol 5 mg/j, Pradaxa 110 mg x2/j.
# Ce jour
Marche avec un déambulateur, appui complet autorisé. Douleur de cuisse à l'appui EVA 2/10, en nette amélioration. Cicatrice propre.
# Suite
Une radiothérapie post-opératoire du fémur est prévue : rendez-vous fixé le 06/10/2025 avec le Dr Saint-Clair. Un traitement par acide zolédronique est à discuter avec son endocrinologue.
Je souhaiterais l'avis de la RCP sur la nécessité d'explorer le reste du squelette (TEP ? scintigraphie à l'iode ?) et sur l'indication d'un traitement anti-résorptif.
Bien confraternellement,
Dr V. Ollagnier""",
       gold("e08", "M", age_at("17/09/1955", "22/09/2025"),
            ("present", "thyroid", "other", {}),
            ("present", ["pathological_fracture"], True),
            ("present", ["mechanical"], 2),
            ("present", ["H03AA01", "N02BE01", "C07AB07", "B01AE07"]),
            ("present", ["surgery"]),
            ("unknown", []),
            ("present", ["B01AE07"]),
            ("unknown", []),
            ("unknown", None, None),
            ("present", None)),
       "22/09/2025", birth="17/09/1955")

# e09 ----------------------------------------------------------------------
letter("e09", "txt", "Oncologue radiothérapeute",
       "CRLF note; 'probablement sous Kardégic … à vérifier' (antiplatelets uncertain with "
       "code, not current); Nubeqa only 'envisagé'; Xgeva 'à discuter'; prostatectomy and "
       "prostate-bed RT not bone treatments ('aucune lésion osseuse irradiée'); 'pas de "
       "douleur'; curative intent stated for oligometastatic SBRT",
       """Centre de radiothérapie Pasteur-Lamartine
Dr Yannick Terrasson
05 56 12 09 87

Bordeaux-Caudéran, le 12/08/2025

RCP métastases osseuses - demande d'inscription

Patient : M. Alain DUPEYRON, 68 ans

ATCD oncologique : adénocarcinome prostatique, Gleason 8 (4+4), prostatectomie totale en 2014, radiothérapie de la loge en 2016 pour récidive biochimique.
Remontée du PSA à 12 ng/ml en avril 2025 ; le TEP-PSMA de réévaluation du 06/05/2025 montre 3 lésions osseuses (T10, aile iliaque droite, 5e côte gauche), pas d'atteinte ganglionaire ni viscérale.
Aucune lésion osseuse n'a été irradiée à ce jour.

Clinique : pas de douleur, patient asymptomatique. OMS 0. Pas de déficit.

Ttt : Eligard 45 mg (1ère inj le 02/06/2025), Cacit D3 1/j, Tamsulosine 0,4. Le Nubeqa est envisagé par l'urologue, pas débuté.
Anticoagulant : aucun.
Antiagrégant : probablement sous Kardégic (le patient ne sait plus s'il le prend toujours depuis sa coronarographie de 2020), à vérifier auprès de son cardiologue.
Xgeva : à discuter.

ATCD familiaux : père et oncle paternel, cancers de la prostate.

Projet : maladie oligométastatique ; nous proposons en association à l'hormonothérapie une radiothérapie stéréotaxique des 3 lésions, dans une intention curative.

Question : validation de la SBRT des 3 sites (T10 : 35 Gy/5 fr ?) ; faut-il associer le darolutamide ?

Dr Y. Terrasson
""",
       gold("e09", "M", 68,
            ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
            ("present", ["staging_imaging"], True),
            ("absent", [], None),
            ("present", ["L02AE02", "A12AX"]),
            ("absent", []),
            ("unknown", []),
            ("absent", []),
            ("uncertain", ["B01AC06"]),
            ("present", "ecog", 0),
            ("present", "curative")),
       "12/08/2025", crlf=True)

# e10 ----------------------------------------------------------------------
letter("e10", "pdf-scan", "Médecin généraliste",
       "Scanned GP letter (OCR); hypercalcaemia as circumstance; capecitabine stopped; "
       "'(pas d'anticoagulant)' in brackets; Aspirine Protect; Zometa every 4 weeks ongoing; "
       "daughter's breast cancer; decided best supportive care",
       """Dr Paul-Henri Grosjean
Médecin généraliste
3 chemin des Aulnes
71290 Cuisery-les-Bois
Tél. 03 85 40 27 63

Cuisery, le 24/09/2025

Chers confrères,

Je vous adresse M. Marcel TISSERAND, 81 ans, pour
avis de la RCP os.

Il a été opéré en 2021 d'un adénocarcinome du côlon
sigmoïde (KRAS muté, BRAF non muté), avec récidive
hépatique et pulmonaire en 2024 traitée par
capécitabine (Xeloda), arrêtée en juillet 2025 devant
une mauvaise tolérance (syndrome main-pied, diarrhées).

Le 12/08/2025, bilan pour asthénie et confusion :
calcémie corrigée à 3,1 mmol/l. Le scanner montre des
lésions lytiques diffuses du rachis et du bassin.
Hospitalisé à Louhans : hydratation et Zometa, qui est
depuis poursuivi toutes les 4 semaines (2e perfusion
le 10/09/2025).

Il ne se plaint d'aucune douleur.

Traitement : Glucophage 850 x2, Lasilix 40 mg,
Aspirine Protect 100 mg, Zometa 4 mg/4 semaines.
(pas d'anticoagulant)

Sa fille a été traitée pour un cancer du sein.

Etat général altéré, OMS 2, il reste à domicile avec
sa femme et une IDE passe tous les jours.

Lors de la RCP digestive du 02/09/2025 et en accord
avec le patient, il a été décidé de ne plus faire de
chimiothérapie : soins de support exclusifs.

Ma question : faut-il poursuivre le Zometa, et un
traitement local est-il utile en l'absence de douleur ?

Bien confraternellement,
Dr P.-H. Grosjean
""",
       gold("e10", "M", 81,
            ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
            ("present", ["hypercalcemia"], True),
            ("absent", [], None),
            ("present", ["A10BA02", "C03CA01", "B01AC06", "M05BA08"]),
            ("unknown", []),
            ("present", ["M05BA08"]),
            ("absent", []),
            ("present", ["B01AC06"]),
            ("present", "ecog", 2),
            ("present", "supportive")),
       "24/09/2025")

# e11 ----------------------------------------------------------------------
letter("e11", "docx", "Oncologue médical",
       "Summary table 'Douleur : Non' contradicts the body (sacral pain EN 4 with night "
       "waking: conflicting); Kardégic stopped when Innohep was started; 'pas de traitement "
       "ostéo-protecteur', 'aucun geste local osseux'; urothelial carcinoma (histology "
       "other); born on 29 February",
       """Centre Hospitalier Régional de Sainte-Aurore — Oncologie médicale
Dr Karim Benhaddou — Tél. 05 61 77 30 42
Sainte-Aurore, le 10/11/2025
# Demande d'avis — RCP métastases osseuses
| Nom | Mme Simone BARRAQUÉ
| Date de naissance | 29/02/1956
| Tumeur primitive | Carcinome urothélial de vessie
| Douleur | Non
| Anticoagulant | Oui (Innohep)
| OMS | 1
Chère consœur, cher confrère,
Mme Barraqué a été traitée en 2023 pour un carcinome urothélial infiltrant de vessie (cystectomie après chimiothérapie néoadjuvante). Le scanner d'évaluation du 16/09/2025 a retrouvé une récidive ganglionnaire rétropéritonéale et des lésions osseuses lytiques du sacrum et de l'ischion gauche.
Elle a débuté en octobre 2025 un traitement de 1re ligne métastatique par enfortumab védotine + pembrolizumab (Keytruda), à visée palliative ; 2 cures reçues.
Une thrombose veineuse profonde iliaque gauche a été diagnostiquée le 20/09/2025 : traitement par Innohep 14 000 UI/j. Le Kardégic qu'elle prenait en prévention primaire a été arrêté à l'introduction de l'Innohep.
Depuis 3 semaines, elle décrit des douleurs sacrées, EN 4/10, qui la réveillent la nuit, soulagées par le Doliprane.
Pas de traitement ostéo-protecteur à ce jour. Aucun geste local osseux n'a été réalisé.
Antécédents : tabagisme sevré, diabète de type 2, HTA. Sa sœur a eu un cancer de vessie également.
Traitement actuel : Innohep 14 000 UI/j, Glucophage 1000 mg x2, Triatec 2,5 mg, Doliprane 1 g jusqu'à 3/j, Keytruda et enfortumab toutes les 3 semaines.
Questions : indication d'une radiothérapie antalgique du sacrum ? Faut-il débuter du dénosumab ou de l'acide zolédronique (clairance à 48 ml/min) ?
Bien confraternellement,
Dr K. Benhaddou""",
       gold("e11", "F", age_at("29/02/1956", "10/11/2025"),
            ("present", "bladder", "other", {}),
            ("present", ["staging_imaging"], True),
            ("conflicting", ["nocturnal"], 4),
            ("present", ["L01FF02", "B01AB10", "A10BA02", "C09AA05", "N02BE01"]),
            ("absent", []),
            ("absent", []),
            ("present", ["B01AB10"]),
            ("absent", []),
            ("present", "ecog", 1),
            ("present", "palliative")),
       "10/11/2025", birth="29/02/1956")

# e12 ----------------------------------------------------------------------
letter("e12", "pdf", "Pneumologue",
       "Two-page letter; Eliquis for a 2022 DVT stopped after 6 months (in brackets) while "
       "preventive Lovenox is current (in brackets elsewhere); dexamethasone stopped; "
       "mother's Kardégic; cord compression as circumstance with decompression-fixation "
       "and post-op RT; neuropathic belt pain; Xgeva ongoing; PD-L1 < 1 %",
       """Centre Hospitalier de Pontbriand — Service de Pneumologie et Oncologie thoracique
Dr Isabelle Kervella — Tél. 02 96 58 71 20

Pontbriand, le 20/06/2025

Objet : Mme Martine LE ROUX, née le 05/05/1960 — RCP métastases osseuses du 26/06/2025

Chère consœur, cher confrère,

Je vous présente Mme Le Roux, suivie pour un adénocarcinome pulmonaire du lobe supérieur gauche, stade IV, EGFR muté (L858R), ALK négatif, PD-L1 < 1 %.

Histoire de la maladie osseuse
Elle a été hospitalisée en urgence le 11/04/2025 pour une paraparésie d'installation rapide en rapport avec une compression médullaire sur une épidurite métastatique de T8. Elle a bénéficié le 12/04/2025 d'une laminectomie décompressive avec ostéosynthèse T6-T10 (Dr Gaultier, neurochirurgie), puis d'une radiothérapie post-opératoire de 20 Gy en 5 fractions terminée le 16/05/2025. C'est à cette occasion qu'a été fait le diagnostic du cancer bronchique.
La corticothérapie (Dectancyl) a été arrêtée le 10/05/2025 après décroissance.

Antécédents
- Thrombose veineuse profonde du membre inférieur gauche en 2022 (traitée 6 mois par Eliquis, arrêté en janvier 2023).
- Hypercholestérolémie.
- Non fumeuse, exposition au radon ?
- Familiaux : père décédé d'un cancer de la prostate ; sa mère, 89 ans, est sous Kardégic et Tahor.

Traitement actuel
Osimertinib (Tagrisso) 80 mg/j depuis le 02/05/2025, bien toléré.
Xgeva 120 mg une injection toutes les 4 semaines depuis le 02/06/2025, avec Cacit D3.
Lyrica 50 mg matin et soir.
Paracétamol 1 g x3/j.
Atorvastatine 10 mg/j.
(Elle reste sous Lovenox 4000 UI/j préventif tant que la marche n'est pas complètement récupérée.)

Examen
Récupération motrice partielle, marche avec deux cannes. Douleurs dorsales en ceinture à type de décharges électriques, EN 3/10. OMS 2. Espérance de vie estimée supérieure à 6 mois compte tenu de la mutation EGFR.

Question à la RCP
Le TEP du 10/06/2025 montre une lésion de l'aile iliaque droite (non douloureuse) et un tassement de L1 sans recul du mur postérieur. Faut-il proposer une cimentoplastie de L1 ? Une irradiation de l'aile iliaque est-elle utile ?
Nous poursuivons l'osimertinib.

Bien confraternellement,

Dr I. Kervella""",
       gold("e12", "F", age_at("05/05/1960", "20/06/2025"),
            ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
            ("present", ["neurological_deficit"], True),
            ("present", ["neuropathic"], 3),
            ("present", ["L01EB04", "M05BX04", "A12AX", "N03AX16", "N02BE01", "C10AA05", "B01AB05"]),
            ("present", ["surgery", "radiotherapy"]),
            ("present", ["M05BX04"]),
            ("present", ["B01AB05"]),
            ("unknown", []),
            ("present", "ecog", 2),
            ("present", None)),
       "20/06/2025", birth="05/05/1960", pages=2)


# --------------------------------------------------------------------------
# contract check
# --------------------------------------------------------------------------


class Violation(Exception):
    pass


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def mentions(text: str, atc: str) -> bool:
    t = fold(text)
    return any(fold(n) in t for n in ATC[atc])


def check(L: dict) -> None:
    g, text, lid = L["gold"], L["text"], L["id"]

    def need(cond, msg):
        if not cond:
            raise Violation(f"{lid}: {msg}")

    need(g["id"] == lid, "id differs from stem")
    need(set(g) == {"id", "patient", "gaps", *ALLOWED_STATUS}, f"bad keys {sorted(g)}")
    need(g["patient"]["sex"] in ("F", "M"), "sex")
    age = g["patient"]["age"]
    need(isinstance(age, int) and 18 <= age <= 110, "age")
    if L["birth"]:
        need(L["birth"] in text, "birth date not in letter text")
        need(age == age_at(L["birth"], L["letter_date"]), "age not recomputed from birth date")
    else:
        need(f"{age} ans" in text, "age not written in letter")
    # letter date appears (numeric or long form)
    d = dt.datetime.strptime(L["letter_date"], "%d/%m/%Y").date()
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
    long_form = f"{d.day} {months[d.month - 1]} {d.year}"
    need(L["letter_date"] in text or long_form in text, "letter date not in text")
    for item, allowed in ALLOWED_STATUS.items():
        need(g[item]["status"] in allowed, f"{item} status {g[item]['status']} not allowed")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], "primaryTumor unknown with values")
    need(pt["site"] is None or pt["site"] in SITES, "site code")
    need(pt["histology"] is None or pt["histology"] in HISTOLOGIES, "histology code")
    for k, v in pt["biomarkers"].items():
        need(k in BIOMARKERS and v in BIO_RESULTS, f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    need(all(c in CIRCUMSTANCES for c in bd["circumstances"]), "circumstance code")
    need(isinstance(bd["dated"], bool), "dated bool")
    if bd["status"] == "present":
        need(bd["circumstances"], "boneDiagnosis present without circumstance")
    else:
        need(not bd["circumstances"] and not bd["dated"], "boneDiagnosis unknown with values")
    p = g["pain"]
    need(all(t in PAIN_TYPES for t in p["types"]), "pain type code")
    need(p["intensity"] is None or (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10), "intensity")
    if p["status"] in ("absent", "unknown"):
        need(not p["types"] and p["intensity"] is None, "pain absent/unknown with values")
    if p["intensity"] is not None:
        need(re.search(rf"\b{p['intensity']}\s*/\s*10", text), "intensity not written as N/10")
    m = g["currentMedications"]
    need(all(c in ATC for c in m["atc"]), f"medication ATC not in reference {m['atc']}")
    need(len(set(m["atc"])) == len(m["atc"]), "duplicate ATC")
    if m["status"] != "present":
        need(not m["atc"], "medications not present but codes listed")
    else:
        need(m["atc"], "medications present without any reference drug")
    for c in m["atc"]:
        need(mentions(text, c), f"current drug {c} not named in the letter")
    need(not ("N02AJ06" in m["atc"] and "N02BE01" in m["atc"] and "doliprane" not in fold(text)
              and "paracetamol" not in fold(text)), "Dafalgan codéiné must be N02AJ06 only")
    lt = g["priorLocalTreatments"]
    need(all(t in LOCAL_TYPES for t in lt["types"]), "local treatment type")
    if lt["status"] == "present":
        need(lt["types"], "local present without type")
    if lt["status"] in ("absent", "unknown"):
        need(not lt["types"], "local absent/unknown with types")
    for name, prefixes in AGENT_PREFIXES.items():
        s = g[name]
        for c in s["atc"]:
            need(c in ATC, f"{name} agent {c} not in reference")
            need(c.startswith(prefixes), f"{name} agent {c} outside the section's ATC groups")
            need(mentions(text, c), f"{name} agent {c} not named in letter")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], f"{name} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            need(set(s["atc"]) <= set(m["atc"]), f"{name} agents {s['atc']} not in currentMedications")
        if s["status"] == "uncertain":
            need(not set(s["atc"]) & set(m["atc"]), f"{name} doubtful agent listed as current")
        if m["status"] == "absent":
            need(s["status"] != "present", f"{name} present while no current drug")
        # every current drug of the section's groups must appear in the section
        in_group = {c for c in m["atc"] if c.startswith(prefixes)}
        if s["status"] in ("present", "conflicting"):
            need(in_group == set(s["atc"]), f"{name}: current {sorted(in_group)} vs agents {s['atc']}")
        else:
            need(not in_group, f"{name} {s['status']} but current drugs {sorted(in_group)} of its group")
    pr = g["prognosis"]
    need(set(pr) <= {"status", "ecog", "kps"} and not ("ecog" in pr and "kps" in pr), "prognosis keys")
    if pr.get("ecog") is not None:
        need(pr["ecog"] in range(6), "ecog range")
        need(re.search(rf"(OMS|PS|ECOG)[\s:|]*{pr['ecog']}\b", text), "ecog not written")
    if pr.get("kps") is not None:
        need(pr["kps"] in range(0, 101, 10), "kps range")
        need(re.search(rf"Karnofsky\s*:?\s*{pr['kps']}", text), "kps not written")
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and pr.get("kps") is None, "prognosis unknown with values")
    tp = g["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, "intent code")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "project unknown with intent")
    if tp["intent"]:
        word = {"curative": "curati", "palliative": "palliati", "supportive": "soins de support exclusifs"}[tp["intent"]]
        need(word in fold(text), f"intent {tp['intent']} not stated in letter")
    need(g["gaps"] == derive_gaps(g), "gaps not derived by the rule")
    for item, kind in g["gaps"]:
        need(item in ITEMS9 and kind in {"missing", "uncertain", "conflicting", "incomplete"}, "gap")


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------


def write_txt(L, path):
    text = L["text"]
    if not text.endswith("\n"):
        text += "\n"
    if L["opts"].get("crlf"):
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))


def write_docx(L, path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    rows = []

    def flush():
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        t = d.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j in range(ncol):
                t.cell(i, j).text = r[j] if j < len(r) else ""
        rows.clear()

    for line in L["text"].split("\n"):
        if line.startswith("| "):
            rows.append([c.strip() for c in line[2:].split("|")])
            continue
        flush()
        if line.startswith("# "):
            d.add_heading(line[2:], level=2)
        else:
            d.add_paragraph(line)
    flush()
    cp = d.core_properties
    cp.author = "Secrétariat"
    cp.last_modified_by = "Secrétariat"
    cp.title = "Demande RCP"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    path.write_bytes(out.getvalue())


def wrap(text, width):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return out


def write_text_pdf(L, path):
    """Text PDF with DejaVu Sans embedded as a simple TrueType font (WinAnsi)."""
    from PIL import ImageFont

    font = ImageFont.truetype(str(FONT), 1000)
    widths = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
            widths.append(int(round(font.getlength(ch))))
        except UnicodeDecodeError:
            widths.append(0)
    lines = wrap(L["text"], 92)
    npages = L["opts"].get("pages", 1)
    per = max(1, -(-len(lines) // npages))
    per = max(per, 1)
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] if npages > 1 else [lines]
    size, lead = 9.5 if npages == 1 else 10, 12.5 if npages == 1 else 14
    objs = {}
    ttf = FONT.read_bytes()
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + b" ".join(str(w).encode() for w in widths) + b"] /Encoding /WinAnsiEncoding "
               b"/FontDescriptor 4 0 R >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    objs[5] = b"<< /Length " + str(len(ttf)).encode() + b" /Length1 " + str(len(ttf)).encode() + b" >>\nstream\n" + ttf + b"\nendstream"
    kids = []
    nxt = 6
    for pno, plines in enumerate(pages):
        ops = [b"BT", f"/F1 {size} Tf".encode(), f"{lead} TL".encode(), b"56 800 Td"]
        for ln in plines:
            s = ln.encode("cp1252")
            s = s.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + s + b") '")
        if len(pages) > 1:
            ops += [b"ET", b"BT", f"/F1 8 Tf 280 30 Td (Page {pno + 1}/{len(pages)}) Tj".encode()]
        ops.append(b"ET")
        content = b"\n".join(ops)
        cid, pid = nxt, nxt + 1
        nxt += 2
        objs[cid] = b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream"
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                     f"/Contents {cid} 0 R >>").encode()
        kids.append(pid)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {len(kids)} >>").encode()
    info = nxt
    objs[info] = (f"<< /Producer (corpus21 make_letters) /Creator (Traitement de texte) "
                  f"/CreationDate ({FIXED_PDF_DATE}) /ModDate ({FIXED_PDF_DATE}) >>").encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += f"{n} 0 obj\n".encode() + objs[n] + b"\nendobj\n"
    xref = len(out)
    size_n = max(objs) + 1
    out += f"xref\n0 {size_n}\n0000000000 65535 f \n".encode()
    for n in range(1, size_n):
        out += f"{offsets[n]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {size_n} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))


def write_scan_pdf(L, path):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter

    rng = random.Random(21)
    W, H = 1240, 1754
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(str(FONT), 23)
    y = 80
    for ln in L["text"].split("\n"):
        dr.text((120 + rng.randint(-2, 2), y), ln, fill=25, font=f)
        y += 29
    for _ in range(2500):
        x, yy = rng.randrange(W), rng.randrange(H)
        img.putpixel((x, yy), rng.choice((120, 160, 200)))
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=250).filter(ImageFilter.GaussianBlur(0.6))
    img.save(path, "PDF", resolution=150.0, title="scan", producer="Scanner MFP-4420",
             creator="Scanner MFP-4420", creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())


EXT = {"txt": "txt", "docx": "docx", "pdf": "pdf", "pdf-scan": "pdf"}


def main() -> int:
    try:
        ids = [L["id"] for L in LETTERS]
        if len(set(ids)) != len(ids):
            raise Violation("duplicate ids")
        for L in LETTERS:
            check(L)
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for L in LETTERS:
        path = HERE / "letters" / f"{L['id']}.{EXT[L['fmt']]}"
        {"txt": write_txt, "docx": write_docx, "pdf": write_text_pdf, "pdf-scan": write_scan_pdf}[L["fmt"]](L, path)
        (HERE / "gold" / f"{L['id']}.json").write_text(
            json.dumps(L["gold"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds; all golds pass the contract check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
