#!/usr/bin/env python3
"""Generate corpus3 letters (m01-m14) and their gold JSON records.

    .venv/bin/python tests/corpus3/make_letters.py

Letters are inline below; gaps are derived from the statuses by the spec's
Gaps rule (see gaps_for).
"""
from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
LET = HERE / "letters"
GOLD = HERE / "gold"

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
KIND = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}


def gaps_for(g: dict) -> list:
    out = []
    for item in ITEMS9:
        st = g[item]["status"]
        if st in KIND:
            out.append([item, KIND[st]])
        elif st == "present":
            s = g[item]
            if item == "pain" and not s["types"]:
                out.append([item, "incomplete"])
            if item in ("anticoagulation", "boneTargetedTherapy") and not s["atc"]:
                out.append([item, "incomplete"])
            if item == "boneDiagnosis" and not s["dated"]:
                out.append([item, "incomplete"])
            if item == "primaryTumor" and not s["histology"]:
                out.append([item, "incomplete"])
            if item == "prognosis" and s.get("ecog") is None and s.get("kps") is None:
                out.append([item, "incomplete"])
    return out


def gold(id, sex, age, pt, bd, pain, meds, plt, btt, ac, ap, prog, proj):
    g = {
        "id": id,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": pt[3]},
        "boneDiagnosis": {"status": bd[0], "circumstances": bd[1], "dated": bd[2]},
        "pain": {"status": pain[0], "types": pain[1], "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": meds[1]},
        "priorLocalTreatments": {"status": plt[0], "types": plt[1]},
        "boneTargetedTherapy": {"status": btt[0], "atc": btt[1]},
        "anticoagulation": {"status": ac[0], "atc": ac[1]},
        "antiplatelets": {"status": ap[0], "atc": ap[1]},
        "prognosis": dict(status=prog[0], **prog[1]),
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }
    g["gaps"] = gaps_for(g)
    return g


LETTERS: dict[str, tuple[str, str, dict]] = {}

# ---------------------------------------------------------------- m01 geriatrician, long list, VKA hidden
LETTERS["m01"] = ("txt", """\
Centre hospitalier de Vallon-sur-Loire - Service de gériatrie aiguë
Dr Hélène Vasseur, gériatre

Vallon, le 14 octobre 2026

Cher confrère,

Je vous adresse pour avis en RCP métastases osseuses Mme Odette FARGEAS,
âge : 86 ans, vivant seule à domicile avec passage d'une aide-ménagère.

Antécédents : fibrillation atriale permanente, HTA, diabète de type 2,
insuffisance rénale chronique (DFG 38 ml/min), insuffisance cardiaque à FEVG
préservée, hypothyroïdie, syndrome dépressif, ostéoporose fracturaire (T12, 2020).

Carcinome lobulaire infiltrant du sein gauche diagnostiqué en 2019, RH positifs
(RE 100 %, RP 40 %), HER2 négatif, traité par tumorectomie et radiothérapie
mammaire. Lésions osseuses du bassin et du fémur droit découvertes sur la
scintigraphie osseuse de surveillance en août 2026.

Douleur de hanche droite à la marche et au lever du fauteuil, EN 5/10.

Ordonnance actuelle :
- LÉTROZOLE 2,5 mg : 1 cp/j
- Metformine (GLUCOPHAGE) 500 mg matin et soir
- Cardensiel (bisoprolol) 2,5 mg le matin
- RAMIPRIL 5 mg/j
- Atorvastatine 20 mg le soir
- ESCITALOPRAM 10 mg/j
- Préviscan (fluindione) 20 mg : 3/4 cp le soir selon INR
- LASILIX (furosémide) 40 mg le matin
- L-Thyroxine 75 µg à jeun
- Inexium (ésoméprazole) 20 mg/j
- DOLIPRANE 1 g x 3/j
- Topalgic LP (tramadol) 100 mg matin et soir
- CACIT D3 1 sachet/j
- FORLAX 10 g 1 sachet/j
- Imovane (zopiclone) 3,75 mg au coucher

Le Fosamax a été arrêté en 2022. Le Kardégic a été arrêté à l'introduction
du Préviscan. Pas de radiothérapie osseuse à ce jour.
Autonomie : ADL 4/6, PS 2. L'hormonothérapie par létrozole est poursuivie.
Question : une radiothérapie antalgique du bassin est-elle raisonnable ?

Bien confraternellement,
Dr H. Vasseur
""", gold("m01", "F", 86,
          ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
          ("present", ["staging_imaging"], True),
          ("present", ["mechanical"], 5),
          ("present", ["L02BG04", "A10BA02", "C07AB07", "C09AA05", "C10AA05", "B01AA12", "C03CA01",
                       "H03AA01", "A02BC05", "N02BE01", "N02AX02", "A12AX", "A06AD15", "N05CF01"]),
          ("absent", []), ("absent", []), ("present", ["B01AA12"]), ("absent", []),
          ("present", {"ecog": 2}), ("present", None)))

# ---------------------------------------------------------------- m02 neurosurgeon post-op
LETTERS["m02"] = ("docx", """\
CHU de Montclair - Service de neurochirurgie
Pr Antoine Delcourt

Montclair, le 2 novembre 2026

Compte rendu de sortie - demande d'avis RCP métastases osseuses

M. Gérard LOUVEL, né le 17/05/1958.

Le patient a présenté le 18/10/2026 une paraparésie d'installation rapide (Frankel C)
révélant une compression médullaire sur une lésion lytique de T9 avec épidurite.
Aucun antécédent carcinologique connu jusque-là.

Intervention le 20/10/2026 : laminectomie T8-T10 de décompression et arthrodèse
T7-T11 par voie postérieure percutanée (vis pédiculaires cimentées).
Anatomopathologie de la pièce : métastase d'un carcinome épidermoïde, d'origine
pulmonaire probable (masse lobaire supérieure droite au scanner), PD-L1 exprimé à 30 %.

Suites : récupération motrice (Frankel D), marche avec déambulateur.
Douleurs rachidiennes contrôlées : EVA 2/10 à la mobilisation (EVA 8/10 en pré-opératoire).
État général : OMS 2.

Traitement de sortie :
Lovenox 4000 UI/0,4 ml, 1 injection sous-cutanée par jour pendant 4 semaines
(prévention thrombo-embolique post-opératoire) ;
Doliprane 1 g x 4/j ; Oxynorm 5 mg si douleur, max 4/j ;
Dectancyl 4 mg/j en décroissance ; Inipomp 40 mg/j.

Une radiothérapie post-opératoire du foyer T7-T11 (20 Gy en 5 fractions) est
programmée le 16/11/2026 en radiothérapie.
Question : prise en charge oncologique systémique et surveillance de la fixation.

Pr A. Delcourt
""", gold("m02", "M", 68,
          ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
          ("present", ["neurological_deficit"], True),
          ("present", ["mechanical"], 2),
          ("present", ["B01AB05", "N02BE01", "N02AA05", "H02AB02", "A02BC02"]),
          ("present", ["surgery"]), ("unknown", []), ("present", ["B01AB05"]), ("unknown", []),
          ("present", {"ecog": 2}), ("present", None)))

# ---------------------------------------------------------------- m03 nurse coordinator, Label: value
LETTERS["m03"] = ("txt", """\
FICHE DE LIAISON IDEC - RCP MO
Rédigée par : C. Marchal, IDE coordinatrice, pôle thoracique, CH de Saint-Aubrac
Date : 05/11/2026
Pat. : M. R. TESSIER
Sexe : M
DDN : 23/01/1962
Méd. réf. : Dr Kahn (pneumo)
K primitif : ADK pulm. LSD, EGFR muté (del 19), ALK nég., PD-L1 < 1 %
Dg initial : 03/2025
Circonst. MO : TEP de bilan initial (03/2025) - lésions D12 et bassin
Douleur : oui, lombaire, EN 3/10, réveils noct.
Ttt onco en cours : osimertinib (TAGRISSO) 80 mg/j depuis 04/2025
Autres ttt : Doliprane 1 g si besoin, Mopral 20 mg/j, Xgeva 120 mg SC / 4 sem.
Anticoag : NON
Antiagrég. : NON
Ttt local antérieur : RTE D12 20 Gy/5 fr (06/2025)
PS : 1
Projet : poursuite osimertinib, intention palliative
Question RCP : indication cimentoplastie D12 (tassement 30 %) ?
""", gold("m03", "M", 64,
          ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
          ("present", ["staging_imaging"], True),
          ("present", ["nocturnal"], 3),
          ("present", ["L01EB04", "N02BE01", "A02BC01", "M05BX04"]),
          ("present", ["radiotherapy"]), ("present", ["M05BX04"]), ("absent", []), ("absent", []),
          ("present", {"ecog": 1}), ("present", "palliative")))

# ---------------------------------------------------------------- m04 palliative care (text PDF, latin-1)
LETTERS["m04"] = ("pdf", """\
Equipe mobile de soins palliatifs - Hôpital Sainte-Clothilde, Rouvray
Dr Marc Itier, médecin de soins palliatifs

Rouvray, le 9 novembre 2026

Chère consoeur,

Je vous adresse Mme Lucienne BRAYARD, 79 ans, hospitalisée en unité de soins
palliatifs pour un adénocarcinome du pancréas métastatique (foie, os).
Les lésions osseuses (rachis dorsal, bassin) ont été découvertes sur le scanner
de bilan initial en juin 2026.
La chimiothérapie par FOLFIRINOX a été arrêtée en octobre devant l'altération
de l'état général. Le projet est désormais celui de soins de confort exclusifs.
Indice de Karnofsky : 30 %. Espérance de vie estimée à quelques semaines.

Douleurs dorsales diffuses avec une composante neuropathique (brûlures en
ceinture), EN 4/10 sous PCA (8/10 à l'entrée).
Une radiothérapie antalgique de D10 (8 Gy) a été réalisée en août 2026.

Traitements en cours :
- PCA de morphine : débit continu 1 mg/h, bolus 1 mg, période réfractaire 10 min
- Hypnovel (midazolam) 1 mg/h la nuit si angoisse
- Lyrica (prégabaline) 75 mg matin et soir
- Dexaméthasone 8 mg/j
- Movicol 1 sachet/j
Le Lovenox préventif a été arrêté le 02/11 (arrêt des traitements non indispensables).
Pas de Zometa ni de Xgeva.

Question : intérêt d'une radiothérapie antalgique en séance unique du bassin,
compatible avec le projet de confort ?

Dr M. Itier
""", gold("m04", "F", 79,
          ("present", "other", "adenocarcinoma", {}),
          ("present", ["staging_imaging"], True),
          ("present", ["neuropathic"], 4),
          ("present", ["N02AA01", "N03AX16", "H02AB02", "A06AD65"]),
          ("present", ["radiotherapy"]), ("absent", []), ("absent", []), ("unknown", []),
          ("present", {"kps": 30}), ("present", "supportive")))

# ---------------------------------------------------------------- m05 thyroid vesicular, RAI
LETTERS["m05"] = ("docx", """\
Institut Bellerive - Service de médecine nucléaire
Dr Pauline Garnier

Le 21/10/2026

Objet : Madame Anne-Marie QUÉMÉNER, 71 ans

Cher confrère,

Madame Quéméner est suivie pour un carcinome vésiculaire de la thyroïde, traité par
thyroïdectomie totale en février 2021. Des lésions osseuses iodofixantes (sacrum,
aile iliaque gauche, cotyle gauche) ont été découvertes sur la scintigraphie
post-thérapeutique de la première IRAthérapie (iode 131, 3,7 GBq) en avril 2021.
Elle a reçu trois IRAthérapies (2021, 2022, 2024 ; activité cumulée 16,6 GBq),
avec persistance d'une fixation et d'une thyroglobuline élevée.
Aucun traitement local osseux (ni radiothérapie externe, ni chirurgie, ni cimentoplastie).

Elle est indolore. ECOG 0.

Traitement habituel : Levothyrox 125 µg/j (freinage de la TSH),
Actonel 35 mg une fois par semaine pour ostéoporose, ZymaD 50 000 UI une ampoule par mois.

La RCP thyroïde du 12/10/2026 a décidé une quatrième IRAthérapie, programmée en décembre.
Question : indication d'une consolidation préventive (radiothérapie ou cimentoplastie)
du cotyle gauche, lésion lytique à risque fracturaire ?

Dr P. Garnier
""", gold("m05", "F", 71,
          ("present", "thyroid", "other", {}),
          ("present", ["staging_imaging"], True),
          ("absent", [], None),
          ("present", ["H03AA01", "M05BA07", "A11CC05"]),
          ("absent", []), ("present", ["M05BA07"]), ("unknown", []), ("unknown", []),
          ("present", {"ecog": 0}), ("present", None)))

# ---------------------------------------------------------------- m06 bladder, pembrolizumab (SCANNED)
LETTERS["m06"] = ("scan", """\
Clinique du Val-Fleuri - Oncologie médicale
Dr Nadia Benslimane

Le 28/10/2026

Cher confrère,

Je vous présente M. Jean-Pierre ROUSSILHE, âgé de 73 ans, suivi pour un
carcinome urothélial de la vessie traité par cystectomie totale en 2024.
En septembre 2026, confusion révélant une hypercalcémie à 3,1 mmol/L ;
le bilan a montré des métastases osseuses lytiques (côtes, sternum, L1).
L'hypercalcémie a été corrigée par hydratation et une perfusion unique de
Zometa 4 mg le 15/09/2026.

Il est anticoagulé au long cours par Xarelto 20 mg/j pour une fibrillation atriale.
Autres traitements : Tahor 40 mg, Triatec 5 mg, Doliprane 1 g x 3/j.

Douleurs costales de type inflammatoire avec réveils nocturnes, EVA 6/10.
PS OMS 1.

Une immunothérapie palliative par pembrolizumab (Keytruda) 200 mg toutes les
3 semaines a débuté le 06/10/2026.

Question : place d'une radiothérapie antalgique costale et d'un traitement
osseux au long cours ?

Dr N. Benslimane
""", gold("m06", "M", 73,
          ("present", "bladder", "other", {}),
          ("present", ["hypercalcemia"], True),
          ("present", ["inflammatory", "nocturnal"], 6),
          ("present", ["L01FF02", "B01AF01", "C10AA05", "C09AA05", "N02BE01"]),
          ("unknown", []), ("unknown", []), ("present", ["B01AF01"]), ("unknown", []),
          ("present", {"ecog": 1}), ("present", "palliative")))

# ---------------------------------------------------------------- m07 melanoma BRAF, uncertain anticoag
LETTERS["m07"] = ("txt", """\
CH de Pontgibaud-les-Bains - Dermatologie et onco-dermatologie
Dr Clémence Royer

Pontgibaud, 30/10/2026

Cher confrère,

Je vous adresse un patient de 58 ans, M. Yannick LE GUERN, suivi pour un
mélanome nodulaire du dos (Breslow 4,2 mm), BRAF V600E muté, opéré en 2024.

Le 02/09/2026, fracture pathologique du col fémoral droit sur métastase,
traitée le 04/09/2026 par prothèse intermédiaire de hanche.
Le bilan a retrouvé d'autres lésions osseuses (L2, 7e côte) et pulmonaires.

Traitement actuel : dabrafenib (Tafinlar) 150 mg x 2/j et trametinib (Mekinist)
2 mg/j depuis le 20/09/2026 ; paracétamol 1 g x 3/j ; tramadol 50 mg si besoin.
Il aurait un traitement par Eliquis prescrit par son cardiologue, à vérifier
(non retrouvé sur l'ordonnance transmise).
Un traitement par Xgeva est prévu après bilan dentaire.

Persistance de douleurs de hanche à l'appui, EN 3/10.
Indice de Karnofsky 80 %.

Question : radiothérapie de consolidation du fémur opéré et de L2 ?

Dr C. Royer
""", gold("m07", "M", 58,
          ("present", "melanoma", "other", {"BRAF": "positive"}),
          ("present", ["pathological_fracture"], True),
          ("present", ["mechanical"], 3),
          ("present", ["N02BE01", "N02AX02"]),
          ("present", ["surgery"]), ("unknown", []), ("uncertain", ["B01AF02"]), ("unknown", []),
          ("present", {"kps": 80}), ("present", None)))

# ---------------------------------------------------------------- m08 colorectal FOLFIRI-beva (text PDF)
LETTERS["m08"] = ("pdf", """\
CH de Landrecourt - Hépato-gastro-entérologie et oncologie digestive
Dr Laurent Pichon

Landrecourt, le 12/11/2026

Patiente : Mme Sandrine KOWALCZYK - DDN : 08/08/1966

Chère consoeur,

Mme Kowalczyk présente un adénocarcinome colique sigmoïdien, KRAS muté (G12D),
BRAF non muté, MSS, avec métastases hépatiques synchrones.
Une lésion osseuse iliaque droite unique a été découverte fortuitement sur un
scanner abdominal réalisé aux urgences pour une colique néphrétique en juillet 2026.

Elle reçoit une chimiothérapie par FOLFIRI-bévacizumab depuis août 2026
(7e cure le 05/11/2026).
En septembre, thrombose de la veine jugulaire interne sur PAC, traitée par
Innohep (tinzaparine) 14 000 UI/j, à poursuivre 6 mois.
Autres traitements : ondansétron les jours de cure, Inexium 40 mg/j.

Pas de douleur osseuse. Aucun traitement local des lésions osseuses.
OMS 0.

Question : radiothérapie stéréotaxique de la lésion iliaque unique dans une
stratégie oligométastatique ?

Dr L. Pichon
""", gold("m08", "F", 60,
          ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
          ("present", ["incidental_imaging"], True),
          ("absent", [], None),
          ("present", ["B01AB10", "A02BC05"]),
          ("absent", []), ("unknown", []), ("present", ["B01AB10"]), ("unknown", []),
          ("present", {"ecog": 0}), ("present", None)))

# ---------------------------------------------------------------- m09 kidney nivo+cabo, past SBRT
LETTERS["m09"] = ("txt", """\
Hôpital Saint-Roch de Merval - Oncologie urologique
Dr Frédéric Aubanel

Merval, le 3 novembre 2026

Objet : M. Alain BERTHOMIEU, né le 30/11/1955

Cher confrère,

M. Berthomieu est suivi pour un carcinome rénal à cellules claires gauche,
néphrectomie élargie en 2020.
En janvier 2025, une douleur scapulaire gauche a révélé une métastase de l'omoplate,
traitée par radiothérapie stéréotaxique (SBRT, 3 x 9 Gy) en mars 2025.
Progression osseuse (L3, aile iliaque) et pulmonaire en avril 2026 : il reçoit
depuis mai 2026 nivolumab (Opdivo) 480 mg toutes les 4 semaines associé au
cabozantinib (Cabometyx) 40 mg/j.

Lombalgies majorées à la marche, avec décharges électriques dans la cuisse droite,
EN 6/10.

Traitements : Skenan LP 30 mg matin et soir, Plavix 75 mg/j (AOMI),
Xgeva 120 mg SC mensuel depuis février 2025, Cacit D3 1/j.
Pas de traitement anticoagulant.

ECOG 1.
Question : radiothérapie ou cimentoplastie de L3 ?

Dr F. Aubanel
""", gold("m09", "M", 70,
          ("present", "kidney", "clear_cell_carcinoma", {}),
          ("present", ["pain"], True),
          ("present", ["mechanical", "neuropathic"], 6),
          ("present", ["L01FF01", "L01EX07", "N02AA01", "B01AC04", "M05BX04", "A12AX"]),
          ("present", ["radiotherapy"]), ("present", ["M05BX04"]), ("absent", []), ("present", ["B01AC04"]),
          ("present", {"ecog": 1}), ("present", None)))

# ---------------------------------------------------------------- m10 breast T-DXd + denosumab
LETTERS["m10"] = ("docx", """\
Institut Marthe-Ravel - Département d'oncologie médicale
Dr Isabelle Morand

Le 6 novembre 2026

Chère consoeur,

Je vous adresse Mme Sophie DELAUNAY-ROCHE, 52 ans, pour un carcinome canalaire
infiltrant (NST) du sein droit diagnostiqué en 2019 : RE 90 %, RP 10 %, HER2 3+.
Tumorectomie et radiothérapie du sein en 2019.
Rechute osseuse (rachis, bassin, fémur gauche) découverte sur le TEP-TDM de
bilan de rechute en mai 2023.
Aucun traitement local des métastases osseuses à ce jour.

Traitement en cours : trastuzumab deruxtecan (Enhertu) 5,4 mg/kg toutes les
3 semaines depuis juin 2026 ; Xgeva 120 mg SC toutes les 4 semaines ;
Orocal D3 1 cp/j ; Dafalgan codéiné 2 cp x 3/j.

Douleur de hanche gauche d'apparition récente, EVA 5/10.
PS 1.

Question : lésion du col fémoral gauche (score de Mirels 9) : indication
d'une fixation prophylactique ?

Dr I. Morand
""", gold("m10", "F", 52,
          ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "positive"}),
          ("present", ["staging_imaging"], True),
          ("present", [], 5),
          ("present", ["M05BX04", "A12AX", "N02AJ06"]),
          ("absent", []), ("present", ["M05BX04"]), ("unknown", []), ("unknown", []),
          ("present", {"ecog": 1}), ("present", None)))

# ---------------------------------------------------------------- m11 prostate, lutetium planned (SCANNED)
LETTERS["m11"] = ("scan", """\
Hôpital privé des Tilleuls, Ambresac - Oncologie-radiothérapie
Dr Bertrand Salvetat

Ambresac, le 10/11/2026

Cher confrère,

Je vous adresse un patient de 81 ans, M. Marcel DUPRAT-LAGARDE, suivi pour un
adénocarcinome prostatique Gleason 8 (4+4), prostatectomie en 2018 puis
radiothérapie de la loge en 2019.
Les métastases osseuses ont été découvertes sur la scintigraphie osseuse de
réévaluation en mars 2022, demandée pour une remontée du PSA.
Cancer résistant à la castration : l'enzalutamide a été arrêté en septembre 2026
pour progression. PSA à 48 µg/L (N < 4).

Il poursuit le Décapeptyl 22,5 mg tous les 6 mois et l'acide zolédronique (Zometa)
toutes les 12 semaines. Il prend du dabigatran (Pradaxa 110 mg matin et soir)
depuis son AVC cardio-embolique de 2021 ; les antiagrégants ont été arrêtés à ce
moment-là. Antalgie : Oxycontin 20 mg x 2/j.
Radiothérapie antalgique de L4 (8 Gy) en 2023.

Douleurs costales et du bassin avec réveils nocturnes, EN 7/10.
ECOG 2.

Un traitement palliatif par lutétium-177-PSMA (Pluvicto) est décidé, première
cure le 25/11/2026.
Question : radiothérapie antalgique de l'aile iliaque droite avant le lutétium ?

Dr B. Salvetat
""", gold("m11", "M", 81,
          ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
          ("present", ["staging_imaging"], True),
          ("present", ["nocturnal"], 7),
          ("present", ["L02AE04", "M05BA08", "B01AE07", "N02AA05"]),
          ("present", ["radiotherapy"]), ("present", ["M05BA08"]), ("present", ["B01AE07"]), ("absent", []),
          ("present", {"ecog": 2}), ("present", "palliative")))

# ---------------------------------------------------------------- m12 antiplatelet contradiction
LETTERS["m12"] = ("txt", """\
CH de Marcillac - Service de pneumologie
Dr Eric Fontanel

Marcillac, le 27/10/2026

Patient : M. Thierry VANNIER
Age : 66 ans

Cher confrère,

M. Vannier est suivi pour un carcinome bronchique non à petites cellules sans
autre précision (CBNPC NOS) du lobe inférieur gauche, PD-L1 60 %, sans altération
moléculaire ciblable (EGFR, ALK et ROS1 négatifs).
Une lésion lytique de la 6e côte droite a été découverte au TEP-TDM du bilan
d'extension en août 2026.
Il reçoit du pembrolizumab (Keytruda) en monothérapie depuis septembre 2026.

Douleur costale droite à la mobilisation du tronc et surtout la nuit, EVA 4/10.
OMS 1.

Traitement : Keytruda 200 mg / 3 semaines ; Kardégic 75 mg/j ; Cardensiel 2,5 mg/j ;
Tahor 20 mg/j ; Doliprane 1 g si douleur.
Le patient ne prend aucun antiagrégant plaquettaire.

Question : radiothérapie antalgique costale ?

Dr E. Fontanel
""", gold("m12", "M", 66,
          ("present", "lung", "nsclc_nos", {"PD-L1": "positive", "EGFR": "negative", "ALK": "negative", "ROS1": "negative"}),
          ("present", ["staging_imaging"], True),
          ("present", ["mechanical", "nocturnal"], 4),
          ("present", ["L01FF02", "B01AC06", "C07AB07", "C10AA05", "N02BE01"]),
          ("unknown", []), ("unknown", []), ("unknown", []), ("conflicting", ["B01AC06"]),
          ("present", {"ecog": 1}), ("present", None)))

# ---------------------------------------------------------------- m13 SCLC, negated drug families
LETTERS["m13"] = ("txt", """\
Hôpital Nord-Ouest de Brévannes - Oncologie thoracique
Dr Rachid Meziane

Brévannes, le 16 novembre 2026

Mme Josiane PERRAULT, née le 02/02/1957

Cher confrère,

Mme Perrault présente un carcinome bronchique à petites cellules de stade étendu.
Des lombalgies apparues en juin 2026 ont conduit au diagnostic (lésions L2-L4,
bassin, foie). Radiothérapie L2-L4 (20 Gy en 5 fractions) terminée le 10/08/2026.
Quatre cures de carboplatine-étoposide-durvalumab, puis maintenance par durvalumab
(Imfinzi) 1500 mg toutes les 4 semaines depuis octobre 2026, à visée palliative.

Lombalgies d'horaire inflammatoire avec dérouillage matinal, EN 5/10 initialement,
2/10 actuellement sous Skenan.

Traitement : Imfinzi ; Skenan LP 20 mg x 2/j ; Forlax 1 sachet/j ; Xanax 0,25 mg le soir.
Pas de bisphosphonate ni d'anti-RANKL à ce jour.
Aucun anticoagulant oral (ni AVK ni AOD). Les AINS sont contre-indiqués et non pris.

PS 1.
Question : faut-il débuter un traitement osseux (prévention des événements osseux) ?

Dr R. Meziane
""", gold("m13", "F", 69,
          ("present", "lung", "small_cell_carcinoma", {}),
          ("present", ["pain"], True),
          ("present", ["inflammatory"], 2),
          ("present", ["L01FF03", "N02AA01", "A06AD15", "N05BA12"]),
          ("present", ["radiotherapy"]), ("absent", []), ("absent", []), ("unknown", []),
          ("present", {"ecog": 1}), ("present", "palliative")))

# ---------------------------------------------------------------- m14 CUP, family drug mention
LETTERS["m14"] = ("txt", """\
CH de Saint-Véran - Médecine interne
Dr Agnès Lhermitte

Saint-Véran, le 19/10/2026

Patiente : Mme Colette RIBEYROLLES
Sexe : F ; âge : 63 ans

Cher confrère,

Mme Ribeyrolles se plaint depuis trois mois de douleurs costales gauches qui ont
conduit à un scanner thoraco-abdomino-pelvien : lésions lytiques costales, sternales
et vertébrales multiples, adénopathies sus-claviculaires.
La biopsie ganglionnaire conclut à un adénocarcinome d'origine indéterminée
(CK7+, CK20-, TTF1-) ; mammographie, TEP et endoscopies sans primitif retrouvé.

Douleurs costales à type de brûlures intercostales, avec réveils nocturnes, EN 6/10.
Traitement du jour : paracétamol 1 g x 4/j, Acupan 20 mg x 3/j (néfopam),
Oxynormoro 5 mg si besoin.
Aucune radiothérapie ni chirurgie osseuse.
Un traitement par acide zolédronique est envisagé.
Antécédents familiaux : mère décédée d'une embolie pulmonaire sous Préviscan.
Indice de Karnofsky : 70 %.

Aucun traitement oncologique n'est débuté, dans l'attente de l'immunohistochimie
complémentaire.
Question : radiothérapie antalgique costale et conduite à tenir ?

Dr A. Lhermitte
""", gold("m14", "F", 63,
          ("present", "unknown_primary", "adenocarcinoma", {}),
          ("present", ["pain"], True),
          ("present", ["neuropathic", "nocturnal"], 6),
          ("present", ["N02BE01", "N02BG06", "N02AA05"]),
          ("absent", []), ("unknown", []), ("unknown", []), ("unknown", []),
          ("present", {"kps": 70}), ("unknown", None)))


def write_txt(path, text):
    path.write_text(text, encoding="utf-8")


def write_docx(path, text):
    from docx import Document
    doc = Document()
    for line in text.splitlines():
        doc.add_paragraph(line)
    doc.save(str(path))


def write_pdf(path, text):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in text.splitlines():
        line.encode("latin-1")  # core fonts: fail loudly on non latin-1
        pdf.multi_cell(0, 6, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def write_scan(path, text, seed):
    from PIL import Image, ImageDraw, ImageFont
    font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    try:
        font = ImageFont.truetype(font_path, 28)
    except OSError:
        font = ImageFont.load_default(size=28)
    img = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(img)
    y = 200
    for line in text.splitlines():
        draw.text((200, y), line, fill=0, font=font)
        y += 48
    rnd = random.Random(seed)
    px = img.load()
    for _ in range(60000):
        x, yy = rnd.randrange(2480), rnd.randrange(3508)
        px[x, yy] = rnd.randrange(150, 230)
    img.save(str(path), "PDF", resolution=300)


def main():
    LET.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for i, (lid, (fmt, text, g)) in enumerate(sorted(LETTERS.items())):
        ext = {"txt": "txt", "docx": "docx", "pdf": "pdf", "scan": "pdf"}[fmt]
        path = LET / f"{lid}.{ext}"
        {"txt": write_txt, "docx": write_docx, "pdf": write_pdf}.get(fmt, lambda p, t: write_scan(p, t, i))(path, text)
        (GOLD / f"{lid}.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters")


if __name__ == "__main__":
    main()
