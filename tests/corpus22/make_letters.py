#!/usr/bin/env python3
"""Blind evaluation corpus 22: e-mailed, dictated and telegraphic referral letters.

Holds every letter's text and gold record as Python data, derives the gold
gaps with one function implementing the spec's Gaps rule, checks each gold
against the contract (shared/spec/rcp-request.md) and writes letters/ and
gold/ deterministically (byte-identical on every run).

Run from /work/main:  .venv/bin/python tests/corpus22/make_letters.py
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = Path("/work/shared/spec")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# --------------------------------------------------------------------------
# Contract (from rcp-request.md)
# --------------------------------------------------------------------------
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
             "prognosis", "therapeuticProject"]
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder",
         "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
               "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
               "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
              "PD-L1", "ER", "PR", "PSA"}
BIORESULTS = {"positive", "negative", "pending"}
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
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        f = line.split("\t")
        code, dci, inn = f[0].strip(), f[1].strip(), f[2].strip()
        brands = [b.strip() for b in (f[4] if len(f) > 4 else "").split(",") if b.strip()]
        rows[code] = {"dci": dci, "inn": inn, "brands": brands}
    return rows


ATC = load_atc()


def fail(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def age_at(birth: str, when: str) -> int:
    b = dt.date.fromisoformat(birth)
    d = dt.date.fromisoformat(when)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


# --------------------------------------------------------------------------
# The one gap function
# --------------------------------------------------------------------------
def derive_gaps(g: dict) -> list:
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
                or (item == "primaryTumor" and not sec["histology"])
                or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
            )
            if incomplete:
                gaps.append([item, "incomplete"])
    return gaps


def G(sex, age, tumor, bone, pain, meds, local, btt, anticoag, antiplat, prog, project):
    g = {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": tumor[0], "site": tumor[1], "histology": tumor[2],
                         "biomarkers": dict(tumor[3])},
        "boneDiagnosis": {"status": bone[0], "circumstances": list(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplat[0], "atc": sorted(antiplat[1])},
        "prognosis": {"status": prog[0]},
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }
    if len(prog) > 2 and prog[1] == "kps":
        g["prognosis"]["kps"] = prog[2]
    else:
        g["prognosis"]["ecog"] = prog[1] if len(prog) > 1 else None
    return g


U = ("unknown", [])
LETTERS = []


def letter(id, fmt, date, text, gold, birth=None, not_current=(), aliases=None,
           encoding="utf-8", newline="\n", title=None):
    LETTERS.append({"id": id, "fmt": fmt, "date": date, "text": text.strip("\n") + "\n",
                    "gold": gold, "birth": birth, "not_current": list(not_current),
                    "aliases": aliases or {}, "encoding": encoding, "newline": newline,
                    "title": title or id})


# ---------------------------------------------------------------- j01
letter("j01", "txt", "2026-11-06", """
De : Secrétariat Dr Lemaire-Castan <secretariat.cabinet.tilleuls@medinet-fictif.fr>
Envoyé : lundi 9 novembre 2026 11:42
À : rcp.osseuse@chu-valmont-fictif.fr
Objet : TR: demande RCP os - M. BERTHIER Gilles

Bonjour,
Je vous transfère ci dessous le courrier du Dr Ferrand (pneumologue) pour passage de M. Berthier à votre RCP métastases osseuses. Le Dr Lemaire-Castan est en congés cette semaine, merci de me répondre directement pour la date.
Cordialement
Nadège
Secrétariat médical - Cabinet des Tilleuls
Tél 04 71 39 82 16

-----Message d'origine-----
De : Dr Ferrand Arnaud <a.ferrand@ch-saintflour-fictif.fr>
Envoyé : vendredi 6 novembre 2026 17:05
À : Secrétariat Dr Lemaire-Castan
Objet : courrier M. Berthier

Cher confrère,

Je vous adresse M. Gilles BERTHIER, 65 ans, pour avis en RCP métastases osseuses.

Il est suivi pour un adénocarcinome pulmonaire du LID stade IV diagnostiqué en mars 2026, mutation EGFR (délétion exon 19), ALK non réarrangé, PD-L1 < 1 %.
Il est sous osimertinib (Tagrisso 80 mg/j) depuis avril 2026 avec une bonne réponse pulmonaire.

Sur le plan osseux, les métastases ont été découvertes au bilan d'extension initial (TEP de mars 2026) : lésions du sacrum, de L3 et de l'aile iliaque droite. Depuis septembre il se plaint d'une douleur lombaire basse qui augmente à la marche et à la station debout prolongée, EVA 5/10, pas de radiculalgie. Le TDM de contrôle d'octobre montre une majoration de la lyse de L3 sans recul du mur postérieur.

ATCD : FA paroxystique sous eliquis, HTA, tabagisme sevré (30 PA). Père décédé d'un cancer du colon.

Traitement actuel :
- Tagrisso 80 mg 1 cp/j
- eliquis 5 mg matin et soir
- Triatec 5 mg/j
- doliprane 1 g x3/j
- Inexium 20 mg/j

Il n'a jamais été irradié. Pas de traitement anti-résorptif à ce jour, le Xgeva est à discuter.

PS 1. Il travaille encore à mi temps.

Question : indication d'une radiothérapie antalgique de L3 +/- cimentoplastie ? On poursuit le Tagrisso.

Bien confraternellement,
Dr A. Ferrand
Pneumologie – CH de Saint-Flour-la-Haute (fictif)
Tél secrétariat 04 71 60 27 45
""", G("M", 65,
       ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
       ("present", ["staging_imaging"], True),
       ("present", ["mechanical"], 5),
       ("present", ["L01EB04", "B01AF02", "C09AA05", "N02BE01", "A02BC05"]),
       ("absent", []), ("absent", []), ("present", ["B01AF02"]), U,
       ("present", 1), ("present", None)),
       not_current=["xgeva"])

# ---------------------------------------------------------------- j02
letter("j02", "txt", "2026-11-03", """
Transcription automatique - dictee n° 26-11482 - NON RELUE
Dr Helene Vasseur oncologie medicale clinique du Parc Roubaud
dicte le 3 novembre 2026

lettre au docteur Morin virgule RCP metastases osseuses point a la ligne
cher confrere virgule point a la ligne
je vous adresse madame Josiane Carre nee le 14 mars 1958 virgule que je suis pour un cancer du saint gauche point a la ligne
il s'agit d'un carcinome canalaire infiltrant grade 2 virgule recepteurs aux oestrogenes positifs a 90 pour cent virgule recepteurs a la progesterone positifs a 40 pour cent virgule her 2 negatif score 1 croix point operee en 2019 par tumorectomie et ganglion sentinelle suivi d'une radiotherapie du sein et d'une hormono therapie par tamoxifene arretee en 2024 point a la ligne
sur le TEP scanner de surveillance de septembre 2026 apparition de fixations osseuses multiples rachis dorsal bassin et col femoral gauche virgule la biopsie de l'aile iliaque confirme la rechute osseuse du cancer mammaire point
la patiente ne decrit aucune douleur osseuse virgule elle marche sans canne point a la ligne
le col femoral gauche presente une lesion lytique de 3 centimetres avec un score de mirels a 8 point
traitement actuel femara 2 virgule 5 mg par jour et kisqali 600 mg 21 jours sur 28 debute le 12 octobre virgule ainsi que previscan 20 mg le soir pour une thrombose veineuse profonde en 2022 point elle prend aussi du levothyrox 50 et du cacit d3 un sachet par jour point a la ligne
pas de traitement anti resorptif pour l'instant virgule on en discutera apres l'avis dentaire point
etat general conserve OMS 0 point a la ligne
je souhaiterais l'avis de la RCP sur l'interet d'une radiotherapie ou d'un vissage prophylactique du col femoral gauche point a la ligne
bien confraternellement point

-- fin de transcription --
""", G("F", 68,
       ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
       ("present", ["staging_imaging"], True),
       ("absent", [], None),
       ("present", ["L02BG04", "L01EF02", "B01AA12", "H03AA01", "A12AX"]),
       U, ("absent", []), ("present", ["B01AA12"]), U,
       ("present", 0), ("present", None)),
       birth="1958-03-14", not_current=["tamoxifene"])

# ---------------------------------------------------------------- j03
letter("j03", "txt", "2026-11-24", """
CENTRE HOSPITALIER DE MONTBRISE-SUR-SAONE - SERVICE D'UROLOGIE
DR P. QUENTIN - SECRETARIAT 03 85 22 41 90
LE 24/11/2026

OBJET : DEMANDE D'AVIS RCP METASTASES OSSEUSES
PATIENT : M. ROUSSEL ANDRE, NE LE 02/12/1949

CHER COLLEGUE,

JE VOUS ADRESSE M. ROUSSEL POUR DISCUSSION EN RCP.

ATCD :
- ADENOCARCINOME PROSTATIQUE GLEASON 7 (4+3) TRAITE PAR PROSTATECTOMIE TOTALE EN 2015 PUIS RADIOTHERAPIE DE LA LOGE EN 2017 POUR RECIDIVE BIOLOGIQUE
- CARDIOPATHIE ISCHEMIQUE, STENT IVA EN 2021
- OSTEOPOROSE TRAITEE PAR PROLIA DE 2021 A 2024, ARRETE
- FRERE SUIVI POUR UN MYELOME

HISTOIRE : REMONTEE DU PSA A 86 NG/ML EN AOUT 2026. LA SCINTIGRAPHIE OSSEUSE ET LE TEP PSMA DE SEPTEMBRE 2026 RETROUVENT DES LESIONS OSSEUSES MULTIPLES (BASSIN, COTYLE DROIT, RACHIS LOMBAIRE), SANS ATTEINTE VISCERALE. DEBUT DECAPEPTYL LE 15/09/2026 ET XTANDI 160 MG/J LE 01/10/2026. PSA A 12 LE 10/11.

DOULEUR DE HANCHE DROITE A LA MARCHE ET A L'APPUI, AVEC REVEILS NOCTURNES, EVA 4/10 SOUS DOLIPRANE.

TRAITEMENT EN COURS :
DECAPEPTYL 11,25 MG / 3 MOIS
XTANDI 40 MG 4 CP/J
KARDEGIC 75 MG/J
TAHOR 40 MG/J
CARDENSIEL 2,5 MG/J
DOLIPRANE 1 G 3X/J

PAS D'ANTICOAGULANT. AUCUNE RADIOTHERAPIE OSSEUSE A CE JOUR. PAS DE TRAITEMENT ANTI RESORPTIF DEPUIS L'ARRET DU PROLIA.

OMS 1, AUTONOME.
PROJET : POURSUITE DE L'HORMONOTHERAPIE, PRISE EN CHARGE PALLIATIVE.
QUESTION : RADIOTHERAPIE ANTALGIQUE DU COTYLE DROIT ? INTERET DE REPRENDRE UN DENOSUMAB A DOSE ONCOLOGIQUE ?

DR P. QUENTIN
""", G("M", 76,
       ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
       ("present", ["staging_imaging"], True),
       ("present", ["mechanical", "nocturnal"], 4),
       ("present", ["L02AE04", "L02BB04", "B01AC06", "C10AA05", "C07AB07", "N02BE01"]),
       ("absent", []), ("absent", []), ("absent", []), ("present", ["B01AC06"]),
       ("present", 1), ("present", "palliative")),
       birth="1949-12-02", not_current=["prolia", "denosumab"], newline="\r\n")

# ---------------------------------------------------------------- j04
letter("j04", "txt", "2026-11-18", """
Note IDEC - parcours RCP os - 18/11/2026
Appel du Dr Gauthier (onco, CH de Lunel-Vieux, fictif) ce matin, je résume pour la RCP du 26/11 :

Mme LEBRETON Odile, 72a
K rein G : carcinome à cellules claires, nephrectomie elargie 2022. Méta os + pulm depuis 06/2026.
Circonstances : dlr dorsales depuis juin 2026 -> IRM : lyse T8 + T11, pas d'épidurite.
RT T8 20Gy/5fr faite en juillet 2026 (CHU), bien tolérée.

Dlr actuelles : dorsalgies basses (T11) EVA 7, brulures en ceinture, DN4 5/10, majorées la nuit +++ (réveils).
ATCD : HTA, DT2, FA sous xarelto 20 1cp/j le soir, cholécystectomie. Soeur : K du sein.
ttt actuel :
- cabometyx 40 mg/j (depuis 07/2026)
- glucophage 1000 x2/j
- cardensiel 5
- oxycontin 20 mg x2/j + oxynorm 5 si besoin
- lyrica 75 x2/j
Os : zometa ?? la patiente pense avoir eu "une perfusion pour les os" à l'HDJ, à vérifier avec l'onco (rien dans le CR).
PS 2, marche avec déambulateur.
Demande : cimentoplastie T11 ? RT ?
Rappeler la fille (06 14 52 87 30) pour la date.
Sylvie B., IDEC onco - poste 4418
""", G("F", 72,
       ("present", "kidney", "clear_cell_carcinoma", {}),
       ("present", ["pain"], True),
       ("present", ["neuropathic", "nocturnal"], 7),
       ("present", ["L01EX07", "A10BA02", "C07AB07", "N02AA05", "N03AX16", "B01AF01"]),
       ("present", ["radiotherapy"]), ("uncertain", ["M05BA08"]), ("present", ["B01AF01"]), U,
       ("present", 2), ("present", None)),
       not_current=["zometa"])

# ---------------------------------------------------------------- j05
letter("j05", "docx", "2026-11-20", """
Dr Marc-Olivier Téchené – Médecine générale
12 rue des Capucines, 63800 Cournon-la-Forêt (fictif) – tél 04 73 84 19 62
Le 20/11/2026

À l'équipe de la RCP métastases osseuses, CHU
Objet : M. PONS Raymond, 69 ans

Chers collègues,
Pt de 69 ans, ATCD : BPCO, tabac 45 PA, ulcère gastrique 2010, cardiopathie ischémique (stent 2019).
K bronchique épidermoïde LSG stade IV dg 05/2026, PD-L1 70 %. Sous immuno seule (keytruda ttes les 3 sem, 8e cure le 10/11).
Fracture patho humérus D le 04/10/2026 en se levant de sa chaise = révélation de l'atteinte osseuse. Enclouage centromédullaire le 07/10/2026 (Dr Sarrazin). Pas de RT post-op faite à ce jour.
Actuellement : dlr épaule D à la mobilisation, EVA 3, dort bien.
tt :
- keytruda 200 mg / 3 sem
- lovenox 4000 UI 1 inj SC/j depuis l'op (prescrit pour 6 sem)
- acupan 20 mg x3/j
- mopral 20
- spiriva, symbicort
Kardégic arrêté par le chir en pré-op, non repris depuis.
Pas de ttt osseux type zometa/xgeva.
OMS 2 (vit seul, aide ménagère 2x/sem).
Questions : RT post-op de l'humérus ? Reprise du kardégic ? Ttt anti-résorptif ?
Bien cordialement,
Dr Téchené
""", G("M", 69,
       ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
       ("present", ["pathological_fracture"], True),
       ("present", ["mechanical"], 3),
       ("present", ["L01FF02", "B01AB05", "N02BG06", "A02BC01"]),
       ("present", ["surgery"]), ("absent", []), ("present", ["B01AB05"]), ("absent", []),
       ("present", 2), ("present", None)),
       not_current=["kardegic", "zometa", "xgeva"], title="Courrier MG - M. PONS")

# ---------------------------------------------------------------- j06
letter("j06", "txt", "2026-11-17", """
De: Dr Claire Mazet <c.mazet@institut-ligerien-fictif.fr>
Envoyé: mardi 17 novembre 2026 08:51
À: Coordination RCP Os
Cc: Dr J-P. Aubrac
Objet: RE: RE: Mme FAURE Martine - dossier RCP incomplet

Bonjour,

Voici les réponses dans le texte. Mon courrier initial est plus bas.

Bien à vous,
C. Mazet
Oncologie médicale - Institut Ligérien (fictif)
02 41 77 09 38 / DECT 4312

> -----Message d'origine-----
> De: Coordination RCP Os
> Envoyé: lundi 16 novembre 2026 16:20
> Objet: RE: Mme FAURE Martine - dossier RCP incomplet
>
> Bonjour Docteur,
> Il nous manque quelques éléments pour présenter Mme Faure :
> 1) est-elle anticoagulée ?
> 2) a-t-elle déjà reçu une radiothérapie sur l'os ?
> 3) quel est son PS ?
> Merci, la coordination.

Réponses :
1) Le Dr Aubrac (son médecin traitant, en copie) me répond : "pas d'anticoagulant à ma connaissance".
2) Non, jamais irradiée sur l'os.
3) OMS 1.

>> -----Message d'origine-----
>> De: Dr Claire Mazet
>> Envoyé: jeudi 12 novembre 2026 18:02
>> Objet: Mme FAURE Martine - RCP os
>>
>> Chers collègues,
>> Je vous propose de discuter le dossier de Mme Martine FAURE, 58 ans,
>> carcinome lobulaire infiltrant du sein droit (RE 95 %, RP 0 %, HER2 0)
>> traité en 2020 (mastectomie, curage, RT pariétale, letrozole arrêté en 2025 pour arthralgies).
>> Rechute osseuse révélée par une hypercalcémie à 3,1 mmol/L en mars 2025
>> (métastases costales, sternales et iliaques).
>> Sous fulvestrant (Faslodex) + palbociclib (Ibrance) depuis avril 2025 et dénosumab (Xgeva) mensuel depuis avril 2025.
>> Douleurs costales droites d'horaire inflammatoire avec réveils nocturnes, EVA 6/10.
>> Traitement :
>> - Faslodex 500 mg / mois
>> - Ibrance 125 mg 21j/28
>> - Xgeva 120 mg / 4 sem
>> - Cacit D3 1/j
>> - Skenan LP 30 mg x2/j, actiskenan 10 mg si besoin
>> - lixiana 60 mg 1/j
>> - Zopiclone 7,5 le soir
>> Situation palliative. Progression costale droite sur le TEP d'octobre.
>> Question : RT antalgique des côtes droites ?
>> Cordialement, CM
""", G("F", 58,
       ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
       ("present", ["hypercalcemia"], True),
       ("present", ["inflammatory", "nocturnal"], 6),
       ("present", ["L02BA03", "L01EF01", "M05BX04", "A12AX", "N02AA01", "B01AF03", "N05CF01"]),
       ("absent", []), ("present", ["M05BX04"]), ("conflicting", ["B01AF03"]), U,
       ("present", 1), ("present", "palliative")),
       not_current=["letrozole"])

# ---------------------------------------------------------------- j07
letter("j07", "pdf", "2026-11-13", """
Service d'Oncologie médicale – Hôpital Sainte-Anne-des-Marais (fictif)
Dr Yannick Le Goff – secrétariat 02 98 61 40 77
Landerneau-sur-Aulne, le 13 novembre 2026
Courrier dicté, non relu

Objet : M. DANIELOU Yves, né le 21/06/1961 – demande d'avis RCP métastases osseuses

Mon cher confrère,

J'ai revu en consultation M. Daniélou que je suis pour un carcinome urothélial de vessie infiltrant le muscle, traité en 2024 par chimiothérapie néoadjuvante (4 cures) puis cystectomie totale avec Bricker.

En août 2026, un scanner abdomino-pelvien réalisé aux urgences pour une colique néphrétique droite a découvert de façon fortuite une lyse de L4 et de l'aile iliaque gauche. Le TEP confirme des localisations osseuses multiples sans atteinte viscérale. Biopsie iliaque scanno-guidée : métastase de carcinome urothélial.

Il est traité par enfortumab védotine + pembrolizumab (Keytruda) depuis le 2 octobre 2026, 3e cycle fait, tolérance correcte hormis une toxicité cutanée grade 1.

Depuis 3 semaines apparition d'une radiculagie L5 gauche à type de décharges électriques, EN 5/10 ce jour (7/10 il y a quinze jours), améliorée par le Laroxyl 15 gouttes le soir et le Doliprane 1 g x3/j. Pas de douleur à la marche, pas de déficit moteur.

Antécédents : HTA traitée par amlodipine, appendicectomie. Mère décédée d'un cancer du sein.
Aucun traitement anticoagulant ni antiagrégant.
Pas de traitement osseux spécifique à ce jour (bilan dentaire demandé).
Indice de Karnofsky à 80 %.

Je souhaiterais l'avis de la RCP sur une radiothérapie de L4 et sur l'introduction d'un dénosumab.

Bien à vous,
Dr Y. Le Goff
""", G("M", 65,
       ("present", "bladder", "other", {}),
       ("present", ["incidental_imaging"], True),
       ("present", ["neuropathic"], 5),
       ("present", ["L01FF02", "N06AA09", "N02BE01"]),
       U, ("absent", []), ("absent", []), ("absent", []),
       ("present", "kps", 80), ("present", None)),
       birth="1961-06-21", not_current=["denosumab"], title="Courrier RCP - M. DANIELOU")

# ---------------------------------------------------------------- j08
letter("j08", "txt", "2026-11-25", """
[dictee vocale - transcription brute - cabinet d'urologie des Remparts]
date 25 novembre 2026
objet monsieur lucien marchal 81 ans rcp metastases osseuses

cher confrere virgule
je vous adresse monsieur marchal 81 ans pour un adenocarcinome de la prostate gleason 8 4 plus 4 diagnostique en octobre 2026 sur biopsies virgule le psa etait a 340 point le bilan d extension initial en octobre 2026 scintigraphie osseuse et scanner thoraco abdomino pelvien montre des metastases osseuses multiples bassin rachis et cotes sans atteinte visceral point a la ligne
le patient et asymptomatique sur le plan osseux il ne signale aucune douleur point
il a ete mis sous eligard 45 mg tous les 6 mois le 20 octobre et apalutamide erleada 240 mg par jour depuis le 3 novembre point a la ligne
antecedents deux points insuffisance cardiaque virgule fibrillation auriculaire sous coumadine selon inr virgule prothese totale de hanche gauche en 2012 pour coxarthrose point son frere a eu un cancer de la prostate point a la ligne
traitement habituel coumadine 5 mg virgule lasilix 40 mg virgule cardensiel 2 virgule 5 point a la ligne
pas de xgeva ni de zometa pour le moment virgule le bilan dentaire et en cours point
etat general conserve virgule OMS 1 point a la ligne
la question posee a la rcp est celle d un traitement anti resorptif et d une radiotherapie de la lesion de la 7e cote droite qui menace la corticale point d interrogation
merci point
docteur alain perrot
""", G("M", 81,
       ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
       ("present", ["staging_imaging"], True),
       ("absent", [], None),
       ("present", ["L02AE02", "L02BB05", "B01AA03", "C03CA01", "C07AB07"]),
       U, ("absent", []), ("present", ["B01AA03"]), U,
       ("present", 1), ("present", None)),
       not_current=["xgeva", "zometa"])

# ---------------------------------------------------------------- j09
letter("j09", "docx", "2026-11-19", """
FICHE DE LIAISON IDEC – RCP MÉTASTASES OSSEUSES
Rédigée par : L. Carpentier, infirmière de coordination – poste 5521
Date : 19/11/2026
Patiente : Mme GIRAUD Colette – 65 ans
Médecin référent : Dr Hamelin (endocrinologie / onco-thyroïde)

Tumeur primitive : K vésiculaire de la thyroïde, thyroïdectomie totale 2019 + IRAthérapie x2 (2019, 2020). Réfractaire à l'iode depuis 2023.
Découverte os : paraparésie brutale le 12/05/2026 = compression médullaire D6 (épidurite). Laminectomie décompressive D5-D7 + ostéosynthèse en urgence le 13/05, puis RT D6 30 Gy en 10 fr (juin 2026).
Récupération partielle, marche avec 1 canne.
Dlr : plus de douleur depuis la RT, aucun antalgique.
ttt en cours :
- lenvima 14 mg/j
- levothyrox 150 µg
- dectancyl 1 mg/j (décroissance en cours)
- xgeva 120 mg SC / 4 sem depuis 06/2026 + cacit D3
- HBPM préventive 1 inj/j (nom non précisé sur l'ordo IDE)
- tahor 10
PS : 3 (fauteuil la plupart du temps)
Projet : poursuite lenvatinib, palliatif.
Question RCP : nouvelle lésion lytique acétabulaire G sur TDM du 05/11 – RT ? cimentoplastie ?
""", G("F", 65,
       ("present", "thyroid", "other", {}),
       ("present", ["neurological_deficit"], True),
       ("absent", [], None),
       ("present", ["L01EX08", "H03AA01", "H02AB02", "M05BX04", "A12AX", "C10AA05"]),
       ("present", ["surgery", "radiotherapy"]), ("present", ["M05BX04"]), ("present", []), U,
       ("present", 3), ("present", "palliative")),
       title="Fiche IDEC - Mme GIRAUD")

# ---------------------------------------------------------------- j10
letter("j10", "pdf", "2026-11-16", """
Docteur Françoise Amadieu
Médecin généraliste – 4 place du Marché, 24150 Lalinde-les-Prés (fictif)
Tél. 05 53 61 08 92

Le 16/11/2026

Cher confrère,

Je me permets de vous adresser Mme Germaine TESSIER, 84 ans, hospitalisée du 2 au 12 novembre en orthopédie pour une fracture du col fémoral droit survenue le 2/11/2026 sans traumatisme notable (elle s'est tordu le pied dans sa cuisine). Elle a eu une prothèse totale de hanche le 4/11. L'anapath de la tête fémorale retrouve une métastase d'adénocarcinome TTF1+, évoquant en premier lieu une origine pulmonaire ; le scanner TAP montre une masse du lobe supérieur gauche. La fibroscopie est prévue le 24/11. Pas de traitement oncologique pour l'instant.

Elle a mal à la hanche à la marche, EVA 4, sous tramadol.

ATCD : FA, HTA, hypothyroïdie, cataracte opérée. Pas d'ATCD familial notable.

Traitement :
- eliqiuss 2,5 mg x2/j (relais du kardegic en 2023, plus d'antiagrégant depuis)
- amlor 5 mg
- levothyrox 75 µg
- tramadol 50 mg x2/j
- doliprane 1g x3/j

Le pronostic me semble réservé, elle est très fatiguée depuis l'opération.

Merci de me dire ce que vous proposez.

Confraternellement,
Dr F. Amadieu
""", G("F", 84,
       ("uncertain", "lung", "adenocarcinoma", {}),
       ("present", ["pathological_fracture"], True),
       ("present", ["mechanical"], 4),
       ("present", ["B01AF02", "H03AA01", "N02AX02", "N02BE01"]),
       ("present", ["surgery"]), U, ("present", ["B01AF02"]), ("absent", []),
       ("present", None), ("unknown", None)),
       not_current=["kardegic"], aliases={"B01AF02": ["eliqiuss"]},
       title="Courrier MG - Mme TESSIER")

# ---------------------------------------------------------------- j11
letter("j11", "txt", "2026-11-20", """
De : Sophie Renaudin <s.renaudin@ch-valdorge-fictif.fr>
Date : lun. 23 nov. 2026 à 09:14
Objet : Fwd: RCP os – M. CHEVALIER Didier
À : <rcp-meta-os@chu-valmont-fictif.fr>

Bonjour, je transmets la demande du Dr Benali pour la RCP de jeudi. Le CR du TEP suit par courrier.
Sophie Renaudin, secrétaire HDJ oncologie
04 75 90 31 64

---------- Forwarded message ---------
De : Dr Karim Benali
Date : ven. 20 nov. 2026 à 19:37
Objet : RCP os – M. CHEVALIER Didier

Bonsoir,
M. CHEVALIER Didier, 61 ans, adénocarcinome du colon sigmoïde métastatique (foie, os), RAS muté (KRAS G12D), BRAF non muté, MSS.
Colectomie 2024, FOLFOX adjuvant. Rechute hépatique 2025, FOLFIRI + bevacizumab en cours (C9 le 16/11), palliatif.
Lésion lytique de l'aile iliaque gauche + toit du cotyle découverte au TEP de réévaluation de juillet 2026.
Depuis un mois douleur fessière gauche à l'appui et à la marche, boiterie, EVA 6 malgré topalgic LP 100 x2/j. Pas de douleur nocturne.
EP en août 2026 -> innohep 14000 UI/j au long cours.
Ttt : FOLFIRI-bevacizumab /14 j, innohep 14000 UI 1 inj/j, topalgic LP 100 x2, inexium 40, movicol 1 sachet/j, imovane 1 le soir.
Jamais irradié. Pas de bisphosphonate ni dénosumab.
OMS 1.
Q : cimentoplastie du cotyle vs RT ?
Merci
KB
--
Dr Karim Benali – Oncologie digestive – CH de Valdorge (fictif) – 04 75 90 31 00 poste 2245
Envoyé de mon iPhone
""", G("M", 61,
       ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
       ("present", ["staging_imaging"], True),
       ("present", ["mechanical"], 6),
       ("present", ["B01AB10", "N02AX02", "A02BC05", "A06AD65", "N05CF01"]),
       ("absent", []), ("absent", []), ("present", ["B01AB10"]), U,
       ("present", 1), ("present", "palliative")),
       not_current=["denosumab"])

# ---------------------------------------------------------------- j12
letter("j12", "docx", "2026-11-28", """
Dr Thierry Vacheron, MG – Cabinet médical du Lac, Aix-sur-Bourget (fictif) – 04 79 35 62 11
Le 28/11/2026
Objet : M. ROCHAS Bernard, né le 30/11/1956

Cher confrère,
Pt suivi par le Dr Lenoir (pneumo) pour un CBPC (petites cellules) diag en septembre 2026, ttt par carboplatine-étoposide + imfinzi (4e cure le 13/11).
Depuis 3 sem dlr costale G à la mobilisation et à la toux, pas de dlr la nuit, EVA 5. Le scanner du 20/11 : lyse de l'arc postérieur de la 8e côte G, non vue sur le scanner initial.
tt : skenan LP 10 mg x2/j, doliprane 1g x3/j, forlax.
Il aurait eu du previscan dans le passé pour une phlébite ?? je n'arrive pas à savoir s'il le prend tjs, à vérifier avec sa femme.
Pas d'autre ATCD notable hormis tabac (40 PA, sevré).
Merci pour votre avis sur une RT antalgique.
Bien à vous
Dr Vacheron
""", G("M", 69,
       ("present", "lung", "small_cell_carcinoma", {}),
       ("present", ["pain"], True),
       ("present", ["mechanical"], 5),
       ("present", ["L01XA02", "L01CB01", "L01FF03", "N02AA01", "N02BE01", "A06AD15"]),
       U, U, ("uncertain", ["B01AA12"]), U,
       ("unknown",), ("present", None)),
       birth="1956-11-30", not_current=["previscan"], title="Courrier MG - M. ROCHAS")


# --------------------------------------------------------------------------
# Contract check
# --------------------------------------------------------------------------
def drug_terms():
    """(normalised term, code) for every DCI, INN and brand of the table."""
    out = []
    for code, r in ATC.items():
        for t in [r["dci"], r["inn"], *r["brands"]]:
            t = norm(t).strip()
            if len(t) >= 4:
                out.append((t, code))
    out.sort(key=lambda x: -len(x[0]))
    return out


TERMS = drug_terms()


def find_drugs(text: str):
    """Table drugs named in the text: {code: set(terms)}; longer names win."""
    s = norm(text)
    found = {}
    for term, code in TERMS:
        pat = r"(?<![a-z0-9])" + re.escape(term) + r"(?![a-z0-9])"
        while True:
            m = re.search(pat, s)
            if not m:
                break
            found.setdefault(code, set()).add(term)
            s = s[:m.start()] + " " * (m.end() - m.start()) + s[m.end():]
    return found


def check(L: dict):
    g, i = L["gold"], L["id"]

    def need(cond, msg):
        if not cond:
            fail(f"{i}: {msg}")

    keys = {"id", "patient", *STATUSES, "gaps"}
    need(set(g) == keys, f"keys {sorted(set(g) ^ keys)}")
    need(g["id"] == i, "id")
    p = g["patient"]
    need(p["sex"] in ("F", "M"), "sex")
    need(isinstance(p["age"], int) and 18 <= p["age"] <= 110, "age")
    if L["birth"]:
        need(age_at(L["birth"], L["date"]) == p["age"],
             f"age {p['age']} != {age_at(L['birth'], L['date'])} from birth date")
    for item, allowed in STATUSES.items():
        need(g[item]["status"] in allowed, f"{item}.status {g[item]['status']} not in {sorted(allowed)}")
    t = g["primaryTumor"]
    if t["status"] == "unknown":
        need(t["site"] is None and t["histology"] is None and not t["biomarkers"], "unknown tumour with values")
    else:
        need(t["site"] in SITES, "site code")
        need(t["histology"] is None or t["histology"] in HISTOLOGIES, "histology code")
    for k, v in t["biomarkers"].items():
        need(k in BIOMARKERS and v in BIORESULTS, f"biomarker {k}={v}")
    b = g["boneDiagnosis"]
    need(isinstance(b["dated"], bool), "dated bool")
    if b["status"] == "present":
        need(b["circumstances"] and set(b["circumstances"]) <= CIRCUMSTANCES, "circumstances")
    else:
        need(not b["circumstances"] and b["dated"] is False, "unknown boneDiagnosis with values")
    pn = g["pain"]
    need(set(pn["types"]) <= PAIN_TYPES, "pain types")
    need(pn["intensity"] is None or (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10), "intensity")
    if pn["status"] in ("absent", "unknown"):
        need(not pn["types"] and pn["intensity"] is None, "pain absent/unknown with values")
    m = g["currentMedications"]
    for c in m["atc"]:
        need(c in ATC, f"currentMedications ATC {c} not in atc-reference.tsv")
    need(m["atc"] == sorted(set(m["atc"])), "currentMedications sorted/unique")
    if m["status"] != "present":
        need(not m["atc"], "currentMedications not present but codes")
    lt = g["priorLocalTreatments"]
    need(set(lt["types"]) <= LOCAL_TYPES, "local types")
    if lt["status"] in ("absent", "unknown"):
        need(not lt["types"], "local absent/unknown with types")
    if lt["status"] == "present":
        need(lt["types"], "local present without type")
    cur = set(m["atc"])
    for sec, prefixes in AGENT_PREFIXES.items():
        a = g[sec]
        for c in a["atc"]:
            need(c in ATC, f"{sec} ATC {c} not in atc-reference.tsv")
            need(c.startswith(prefixes), f"{sec} ATC {c} outside {prefixes}")
        if a["status"] in ("absent", "unknown"):
            need(not a["atc"], f"{sec} {a['status']} with agents")
        if a["status"] in ("present", "conflicting"):
            need(set(a["atc"]) <= cur, f"{sec} agents {a['atc']} missing from currentMedications")
        if a["status"] == "uncertain":
            need(not (set(a["atc"]) & cur), f"{sec}: doubtful agent kept in currentMedications")
        for c in cur:
            if c.startswith(prefixes):
                need(a["status"] in ("present", "conflicting") and c in a["atc"],
                     f"current {c} not listed in {sec}")
    pr = g["prognosis"]
    ecog, kps = pr.get("ecog"), pr.get("kps")
    need(not ("ecog" in pr and "kps" in pr), "both ecog and kps keys")
    need(ecog is None or (isinstance(ecog, int) and 0 <= ecog <= 5), "ecog")
    need(kps is None or (isinstance(kps, int) and 0 <= kps <= 100 and kps % 10 == 0), "kps")
    if pr["status"] == "unknown":
        need(ecog is None and kps is None, "unknown prognosis with PS")
    tp = g["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, "intent code")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "unknown project with intent")
    need(g["gaps"] == derive_gaps(g), "gaps differ from the gap rule")
    # evidence: every coded drug is named in the letter
    named = find_drugs(L["text"])
    text_n = norm(L["text"])
    coded = cur | {c for s in AGENT_PREFIXES for c in g[s]["atc"]}
    for c in coded:
        ok = c in named or any(norm(a) in text_n for a in L["aliases"].get(c, []))
        need(ok, f"{c} ({ATC[c]['dci']}) not named in the letter")
    # reverse: every table drug named is either coded or deliberately left out
    nc = {norm(x) for x in L["not_current"]}
    for c, terms in named.items():
        if c in coded:
            continue
        need(terms & nc, f"letter names {sorted(terms)} ({c}) but gold neither codes it nor lists it as not current")
    for x in nc:
        hit = [c for c, terms in named.items() if x in terms]
        need(hit, f"not_current term {x!r} is not a table drug named in the letter")
        need(not (set(hit) & cur), f"not_current term {x!r} is in currentMedications")


# --------------------------------------------------------------------------
# Writers (deterministic)
# --------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 11, 1, 0, 0, 0)


def write_txt(L, path):
    text = L["text"].replace("\n", L["newline"])
    path.write_bytes(text.encode(L["encoding"]))


def write_docx(L, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for line in L["text"].rstrip("\n").split("\n"):
        d.add_paragraph(line)
    cp = d.core_properties
    when = dt.datetime.fromisoformat(L["date"] + "T09:00:00")
    cp.author = "secretariat"
    cp.last_modified_by = "secretariat"
    cp.title = L["title"]
    cp.created = when
    cp.modified = when
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def _widths():
    from PIL import ImageFont
    f = ImageFont.truetype(str(FONT), 1000)
    w = []
    for b in range(32, 256):
        try:
            ch = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            w.append(0)
            continue
        w.append(int(round(f.getlength(ch))))
    return w


def _pdf_escape(b: bytes) -> bytes:
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(L, path):
    widths = _widths()
    size, lead, left, top, bottom, maxw = 10, 13.5, 56, 790, 60, 483

    def tw(s):
        return sum(widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000

    lines = []
    for para in L["text"].rstrip("\n").split("\n"):
        words, cur = para.split(" "), ""
        if not para.strip():
            lines.append("")
            continue
        for w in words:
            cand = w if not cur else cur + " " + w
            if tw(cand) <= maxw or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = w
        lines.append(cur)
    per_page = int((top - bottom) / lead) + 1
    pages = [lines[k:k + per_page] for k in range(0, len(lines), per_page)] or [[]]
    font_data = FONT.read_bytes()
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
               + " ".join(map(str, widths)).encode() + b"] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232]"
               b" /ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    comp = zlib.compress(font_data, 9)
    objs[5] = (b"<< /Length " + str(len(comp)).encode() + b" /Length1 " + str(len(font_data)).encode()
               + b" /Filter /FlateDecode >>\nstream\n" + comp + b"\nendstream")
    d = L["date"].replace("-", "")
    objs[6] = (b"<< /Producer (corpus22 make_letters.py) /Creator (corpus22) /Title ("
               + _pdf_escape(L["title"].encode("cp1252")) + b") /CreationDate (D:" + d.encode()
               + b"090000Z) /ModDate (D:" + d.encode() + b"090000Z) >>")
    kids = []
    n = 7
    for pg in pages:
        parts = [b"BT", f"/F1 {size} Tf".encode()]
        y = top
        for ln in pg:
            if ln:
                parts.append(f"1 0 0 1 {left} {y:.1f} Tm".encode() + b" (" + _pdf_escape(ln.encode("cp1252")) + b") Tj")
            y -= lead
        parts.append(b"ET")
        content = zlib.compress(b"\n".join(parts), 9)
        objs[n + 1] = (b"<< /Length " + str(len(content)).encode() + b" /Filter /FlateDecode >>\nstream\n"
                       + content + b"\nendstream")
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                   b" /Contents " + str(n + 1).encode() + b" 0 R >>")
        kids.append(n)
        n += 2
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(f"{k} 0 R".encode() for k in kids)
               + b"] /Count " + str(len(kids)).encode() + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    size_n = max(objs) + 1
    out += f"xref\n0 {size_n}\n".encode() + b"0000000000 65535 f \n"
    for k in range(1, size_n):
        out += f"{offsets[k]:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {size_n} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(bytes(out))


def main():
    ids = [L["id"] for L in LETTERS]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")
    for L in LETTERS:
        L["gold"] = {"id": L["id"], **L["gold"]}
        L["gold"]["gaps"] = derive_gaps(L["gold"])
        check(L)
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    ext = {"txt": "txt", "docx": "docx", "pdf": "pdf"}
    for L in LETTERS:
        path = HERE / "letters" / f"{L['id']}.{ext[L['fmt']]}"
        {"txt": write_txt, "docx": write_docx, "pdf": write_pdf}[L["fmt"]](L, path)
        (HERE / "gold" / f"{L['id']}.json").write_text(
            json.dumps(L["gold"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds; all golds pass the contract check")


if __name__ == "__main__":
    main()
