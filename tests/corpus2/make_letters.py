#!/usr/bin/env python3
"""Generate corpus2 letters (k01..k16) and their gold records.

Run from the repository root:  .venv/bin/python tests/corpus2/make_letters.py
Letters are written inline below; gold values are hand-set, gaps are derived
from them by the spec's Gaps rule.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
LET = HERE / "letters"
GOLD = HERE / "gold"

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
KIND = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}


def gold(id, sex, age, pt, bd, pain, meds, plt, btt, ac, ap, prog, proj):
    rec = {
        "id": id,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": pt[3]},
        "boneDiagnosis": {"status": bd[0], "circumstances": bd[1], "dated": bd[2]},
        "pain": {"status": pain[0], "types": pain[1], "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": plt[0], "types": plt[1]},
        "boneTargetedTherapy": {"status": btt[0], "atc": btt[1]},
        "anticoagulation": {"status": ac[0], "atc": ac[1]},
        "antiplatelets": {"status": ap[0], "atc": ap[1]},
        "prognosis": dict({"status": prog[0]}, **prog[1]),
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }
    gaps = []
    for item in ITEMS9:
        st = rec[item]["status"]
        if st in KIND:
            gaps.append([item, KIND[st]])
        elif st == "present":
            r = rec[item]
            inc = ((item == "pain" and not r["types"])
                   or (item in ("anticoagulation", "boneTargetedTherapy") and not r["atc"])
                   or (item == "boneDiagnosis" and not r["dated"])
                   or (item == "primaryTumor" and not r["histology"])
                   or (item == "prognosis" and r.get("ecog") is None and r.get("kps") is None))
            if inc:
                gaps.append([item, "incomplete"])
    rec["gaps"] = gaps
    return rec


LETTERS = {}   # id -> (format, text or structure)
GOLDS = {}

# ---------------------------------------------------------------- k01 TXT
LETTERS["k01"] = ("txt", """Service de Pneumologie - Centre Hospitalier de Vaubreuil
Dr Hélène Marsac
Vaubreuil, le 9 novembre 2026

Cher confrère,

Je me permets de vous adresser, pour discussion en RCP métastases osseuses, M. Gérard Toulemonde, âgé de 77 ans, que je suis depuis le printemps 2025 pour un adénocarcinome pulmonaire du lobe inférieur droit porteur d'une délétion de l'exon 19 d'EGFR (EGFR del19), ALK - et ROS1 neg, PDL1 < 1 %, traité depuis juin 2025 par osimertinib (Tagrisso 80 mg/j) avec une bonne réponse initiale.

Le motif de ce courrier tient à l'apparition, il y a environ six semaines, d'une douleur de type radiculaire de la face postérieure de la cuisse gauche, que le patient, qui n'est pas du genre à se plaindre, cote néanmoins à EN 7 malgré le traitement antalgique, et dont l'exploration par IRM réalisée le 20 octobre 2026 a mis en évidence une lésion secondaire de L4 avec épidurite débutante, sans signe de compression ni déficit moteur à l'examen.

Sur le plan des antécédents, on retient une fibrillation atriale pour laquelle il prend de l'eliquis 5 mg matin et soir, un diabète de type 2 sous metformine et une coronaropathie stentée en 2019, raison pour laquelle il reste sous kardegic 75, ce que son cardiologue souhaite poursuivre.

Son traitement actuel, outre le Tagrisso, comporte du lyrica 75 mg deux fois par jour, introduit par son médecin traitant, et du Doliprane 1 g trois fois par jour.

Il n'y a pas d'irradiation antérieure ni aucun geste osseux, et il ne reçoit à ce jour aucun traitement anti-résorptif.

L'état général reste correct, avec un performans status 1, le patient vivant seul à domicile et restant autonome pour les actes de la vie quotidienne.

Le traitement par Tagrisso, à visée palliative, est poursuivi. Je souhaiterais l'avis de la RCP sur l'indication d'une radiothérapie de L4 et d'un traitement par dénosumab.

Bien confraternellement,
Dr H. Marsac
""")
GOLDS["k01"] = gold("k01", "M", 77,
    ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "negative"}),
    ("present", ["pain"], True),
    ("present", ["neuropathic"], 7),
    ("present", ["L01EB04", "B01AF02", "A10BA02", "B01AC06", "N03AX16", "N02BE01"]),
    ("absent", []),
    ("absent", []),
    ("present", ["B01AF02"]),
    ("present", ["B01AC06"]),
    ("present", {"ecog": 1}),
    ("present", "palliative"))

# ---------------------------------------------------------------- k02 TXT
LETTERS["k02"] = ("txt", """De : Dr Y. Kerbrat, urologie, Clinique du Val d'Orge
Date : 15/11/2026
Objet : RCP MO

M. Paul Lemarchand, né le 12/05/1946.
ADK prostate Gleason 8 (4+4), diag 2021.
Actuellement CRPC. PSA 120 ng/mL (oct. 2026).
Hypercalcémie à 3,2 mmol/L le 02/10/2026 -> bilan -> méta os multiples (bassin, rachis).
Algique, bassin surtout.
ATCD : RTE 30 Gy/10 fr sur le sacrum en mars 2025.
Ttt : Xtandi 160 mg, Décapeptyl LP 3 mois, Doliprane 1 g x3.
Anticoagulation : 0.
OMS : 2.
Q : intérêt d'un traitement osseux ? RT bassin ?
""")
GOLDS["k02"] = gold("k02", "M", 80,
    ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    ("present", ["hypercalcemia"], True),
    ("present", [], None),
    ("present", ["L02BB04", "L02AE04", "N02BE01"]),
    ("present", ["radiotherapy"]),
    ("unknown", []),
    ("absent", []),
    ("unknown", []),
    ("present", {"ecog": 2}),
    ("present", None))

# ---------------------------------------------------------------- k03 TXT (e-mail thread)
LETTERS["k03"] = ("txt", """De : Dr Claire Aubertin <c.aubertin@ch-montferrand-sud.fr>
Envoyé : mardi 17 novembre 2026 18:42
À : Secrétariat RCP Os <rcp.os@icl-ouest.fr>
Objet : RE: Dossier Mme Rouvière - compléments RCP

Bonjour,

Voici les réponses pour Mme Sandrine Rouvière (52 ans) :
- douleur : aucune, elle ne se plaint de rien ;
- traitements locaux : jamais opérée ni irradiée sur le plan osseux ;
- Xgeva mensuel depuis octobre 2026 ;
- anticoagulant : je crois qu'elle est sous Xarelto depuis une phlébite, je vérifie avec son MT et je vous redis ;
- ECOG=0.
Elle poursuit Herceptin + Perjeta toutes les 3 semaines.

Cordialement,
C. Aubertin

> De : Secrétariat RCP Os
> Envoyé : lundi 16 novembre 2026 09:10
> Objet : Dossier Mme Rouvière - compléments RCP
>
> Bonjour Docteur,
> La fiche de Mme Rouvière, carcinome canalaire infiltrant du sein gauche
> HER2 amplifié, RE 0 %, RP 0 %, métastases osseuses découvertes sur la
> scintigraphie de bilan de septembre 2026, est incomplète. Merci de préciser :
> douleur ? traitements locaux antérieurs ? traitement anti-résorptif ?
> anticoagulants ? état général (OMS) ?
> Bien cordialement,
> Le secrétariat de la RCP
""")
GOLDS["k03"] = gold("k03", "F", 52,
    ("present", "breast", "invasive_ductal_carcinoma", {"HER2": "positive", "ER": "negative", "PR": "negative"}),
    ("present", ["staging_imaging"], True),
    ("absent", [], None),
    ("present", ["M05BX04", "L01FD01", "L01FD02"]),
    ("absent", []),
    ("present", ["M05BX04"]),
    ("uncertain", ["B01AF01"]),
    ("unknown", []),
    ("present", {"ecog": 0}),
    ("present", None))

# ---------------------------------------------------------------- k04 TXT (numbered list)
LETTERS["k04"] = ("txt", """CHU de Saint-Amans - Service d'Urologie et Oncologie
Le 20/11/2026

Objet : demande d'avis RCP métastases osseuses
Patient : M. Alain Dufresnoy, DDN 03/04/1950

Carcinome rénal à cellules claires (néphrectomie gauche 2022), métastatique osseux.
Fracture du col fémoral droit sur lésion lytique le 14/09/2026, traitée par PTH sur métastase le 16/09/2026.
Depuis, douleur de la hanche gauche : il est réveillé la nuit, EN 5.
IK 70.

Traitement actuel :
1) Cabometyx 40 mg/j
2) xarelto 15 1 cp/j (depuis la PTH, embolie pulmonaire post-op)
3) Tahor 20 mg
4) Oxycontin 10 mg x2/j
5) Oxynorm 5 mg si besoin

Poursuite du cabozantinib à visée palliative.
Question : radiothérapie de la hanche gauche ? place d'un bisphosphonate ?

Dr Mathilde Orcel
""")
GOLDS["k04"] = gold("k04", "M", 76,
    ("present", "kidney", "clear_cell_carcinoma", {}),
    ("present", ["pathological_fracture"], True),
    ("present", ["nocturnal"], 5),
    ("present", ["L01EX07", "B01AF01", "C10AA05", "N02AA05"]),
    ("present", ["surgery"]),
    ("unknown", []),
    ("present", ["B01AF01"]),
    ("unknown", []),
    ("present", {"kps": 70}),
    ("present", "palliative"))

# ---------------------------------------------------------------- k05 DOCX table Rubrique|Réponse
LETTERS["k05"] = ("docx_table", ("Fiche de demande RCP métastases osseuses - Hôpital Sainte-Véronique", [
    ("Rubrique", "Réponse"),
    ("Date de la demande", "05/11/2026"),
    ("Patient", "M. Jean-Louis Berthaud, 68 ans"),
    ("Médecin demandeur", "Dr Farid Oulmane, pneumologue"),
    ("Tumeur primitive", "Carcinome épidermoïde pulmonaire lobaire supérieur gauche, PDL1 90%"),
    ("Circonstances de découverte", "Douleur dorsale apparue en juillet 2026, IRM : lyse T9"),
    ("Douleur actuelle", "OUI - EN 6, à la marche"),
    ("Radiothérapie antérieure", "OUI - 8 Gy en fraction unique sur T9 (août 2026)"),
    ("Chirurgie / cimentoplastie", "NON"),
    ("Traitement anti-résorptif", "NON"),
    ("Anticoagulant", "NON"),
    ("Antiagrégant", "NON"),
    ("Traitements en cours", "Keytruda toutes les 3 semaines, Topalgic 100 mg x2, Inipomp 40"),
    ("OMS", "1"),
    ("Projet thérapeutique", "Poursuite immunothérapie, palliatif"),
    ("Question posée", "Réirradiation T9 ? Acide zolédronique ?"),
]))
GOLDS["k05"] = gold("k05", "M", 68,
    ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
    ("present", ["pain"], True),
    ("present", ["mechanical"], 6),
    ("present", ["L01FF02", "N02AX02", "A02BC02"]),
    ("present", ["radiotherapy"]),
    ("absent", []),
    ("absent", []),
    ("absent", []),
    ("present", {"ecog": 1}),
    ("present", "palliative"))

# ---------------------------------------------------------------- k06 DOCX [X] checkboxes
LETTERS["k06"] = ("docx_lines", [
    "Centre de Cancérologie des Trois Rivières",
    "Demande de passage en RCP Métastases osseuses - 12/11/2026",
    "Patiente : Mme Odile Carvalho    Date de naissance : 21/12/1959",
    "Médecin référent : Dr Pascale Ingrand (oncologie médicale)",
    "",
    "Primitif : carcinome lobulaire infiltrant du sein droit, RE 95 %, RP 20 %, HER2 négatif",
    "Découverte osseuse : [ ] douleur  [ ] fracture  [X] imagerie de suivi (TEP de réévaluation du 02/10/2026)  [ ] hypercalcémie",
    "",
    "Douleur : [X] Oui  [ ] Non     EVA : 4/10",
    "Type : [X] mécanique  [ ] neuropathique  [X] nocturne  [ ] inflammatoire",
    "",
    "Traitement local antérieur : [ ] Radiothérapie  [ ] Chirurgie  [X] Cimentoplastie (L1, juin 2026)  [ ] Radiofréquence",
    "Traitement osseux : [X] Oui  [ ] Non   -> Prolia 60 mg / 6 mois depuis 2023 (ostéoporose)",
    "Anticoagulant : [ ] Oui  [X] Non",
    "Antiagrégant : [ ] Oui  [X] Non",
    "",
    "Traitements en cours : Kisqali 600 mg j1-j21, Femara 2,5 mg, lovenox 0,4 s/c le soir (alitement), Cacit D3.",
    "",
    "ECOG : [ ] 0  [X] 1  [ ] 2  [ ] 3  [ ] 4",
    "Intention : [X] Palliatif  [ ] Curatif  [ ] Soins de support exclusifs",
    "Question : radiothérapie de la lésion iliaque droite ?",
])
GOLDS["k06"] = gold("k06", "F", 66,
    ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
    ("present", ["staging_imaging"], True),
    ("present", ["mechanical", "nocturnal"], 4),
    ("present", ["L01EF02", "L02BG04", "B01AB05", "A12AX", "M05BX04"]),
    ("present", ["cementoplasty"]),
    ("present", ["M05BX04"]),
    ("conflicting", ["B01AB05"]),
    ("absent", []),
    ("present", {"ecog": 1}),
    ("present", "palliative"))

# ---------------------------------------------------------------- k07 PDF compte rendu
LETTERS["k07"] = ("pdf", ("COMPTE RENDU DE CONSULTATION", """Hôpital Privé de la Vallée du Lys - Oncologie médicale
Consultation du 18/11/2026 - Dr Benoît Ferrandier
Patient : M. Serge Aubazac, 71 ans

Motif
Avis RCP métastases osseuses avant biopsie d'une lésion sacrée.

Histoire de la maladie
Carcinome urothélial de vessie infiltrant, cystectomie en 2023. Progression ganglionnaire
en 2025, traitement par Keytruda toutes les 3 semaines, poursuivi à ce jour.
La TEP de réévaluation du 28/10/2026 montre une lésion sacrée hypermétabolique isolée.
Une lésion iliaque gauche avait été traitée par radiofréquence en mai 2025.
Le patient est sous Préviscan pour une fibrillation atriale ; fenêtre thérapeutique
avant biopsie depuis le 15/11/2026, reprise prévue 48 h après le geste, sans relais.
Autres traitements : Inexium 20 mg, Levothyrox 75.

Examen clinique
Patient indolore, y compris à la palpation sacrée. Examen neurologique normal.
OMS 1.

Conclusion
Lésion sacrée unique, biopsie programmée le 23/11/2026.
Question à la RCP : radiothérapie stéréotaxique ou nouvelle radiofréquence ?
"""))
GOLDS["k07"] = gold("k07", "M", 71,
    ("present", "bladder", "other", {}),
    ("present", ["staging_imaging"], True),
    ("absent", [], None),
    ("present", ["L01FF02", "A02BC05", "H03AA01"]),
    ("present", ["ablation"]),
    ("unknown", []),
    ("absent", []),
    ("unknown", []),
    ("present", {"ecog": 1}),
    ("present", None))

# ---------------------------------------------------------------- k08 PDF
LETTERS["k08"] = ("pdf", ("Unité de Soins Palliatifs - CH de Roncevaux-sur-Aude", """Roncevaux, le 10/11/2026

Objet : Mme Josiane Peyrolles, 63 ans

Chère consoeur, cher confrère,

Mme Peyrolles présente un carcinome pulmonaire à petites cellules diagnostiqué en
juillet 2026, révélé le 28/07/2026 par une compression médullaire T6 avec paraparésie.
Elle a reçu 4 cures de carboplatine-étoposide, arrêtées en octobre pour altération
de l'état général.

Elle décrit des douleurs invalidantes dorsales à type de brûlures en ceinture, EN 8.
Une radiothérapie T5-T7 est en cours (20 Gy en 5 fractions, 3 séances faites).
Traitement : Skenan LP 60 mg x2, Actiskenan 20 mg si besoin, Dectancyl 8 mg/j.
Elle n'est pas sous anticoagulant et ne prend pas d'antiagrégant.

État général : OMS 3, alitée plus de la moitié de la journée.
L'espérance de vie est estimée à quelques semaines ; projet de soins : BSC
(soins de support exclusifs), retour à domicile avec HAD.

Nous sollicitons l'avis de la RCP sur la place d'un traitement osseux à visée antalgique.

Dr Anne-Lise Cabanel
"""))
GOLDS["k08"] = gold("k08", "F", 63,
    ("present", "lung", "small_cell_carcinoma", {}),
    ("present", ["neurological_deficit"], True),
    ("present", ["neuropathic"], 8),
    ("present", ["N02AA01", "H02AB02"]),
    ("present", ["radiotherapy"]),
    ("unknown", []),
    ("absent", []),
    ("absent", []),
    ("present", {"ecog": 3}),
    ("present", "supportive"))

# ---------------------------------------------------------------- k09 PDF
LETTERS["k09"] = ("pdf", ("Service de Dermatologie - CHU de Lantenay", """Lantenay, le 03/11/2026

Cher ami,

Je t'adresse M. Thierry Vasselin, né le 14/08/1968, suivi pour un mélanome cutané du dos
BRAF V600E muté, métastatique ganglionnaire et osseux, sous Opdivo + Yervoy depuis
avril 2026.

Les lésions osseuses (L2, aile iliaque droite) ont été découvertes fortuitement en
mars 2026 sur un scanner abdominal réalisé aux urgences pour une colique néphrétique.
Il signale depuis peu des lombalgies avec dérouillage matinal d'une demi-heure, EN 3.
Jamais opéré, jamais irradié.

Anticoagulé ? Il m'a parlé d'une phlébite l'an dernier, mais je n'ai pas le courrier
de l'angiologue ; à vérifier. (Sa femme est sous Préviscan, il a pu confondre.)
Autres traitements : Doliprane 1 g x3/j, Imovane le soir.

ECOG 0. Poursuite de la bithérapie d'immunothérapie.
Merci de discuter l'intérêt d'une radiothérapie de L2 et d'un traitement anti-résorptif.

Amitiés,
Dr Romain Gauthey
"""))
GOLDS["k09"] = gold("k09", "M", 58,
    ("present", "melanoma", "other", {"BRAF": "positive"}),
    ("present", ["incidental_imaging"], True),
    ("present", ["inflammatory"], 3),
    ("present", ["L01FF01", "L01FX04", "N02BE01", "N05CF01"]),
    ("absent", []),
    ("unknown", []),
    ("uncertain", []),
    ("unknown", []),
    ("present", {"ecog": 0}),
    ("present", None))

# ---------------------------------------------------------------- k10 TXT (anticoag stopped)
LETTERS["k10"] = ("txt", """Dr Nadia Belkacem - Gastro-entérologie, Polyclinique de l'Estuaire
Le 13 novembre 2026

À l'attention de la RCP métastases osseuses

Mme Lucienne Garrigou, 74 ans, adénocarcinome du côlon sigmoïde KRAS muté, métastatique
hépatique depuis 2024 puis osseux depuis avril 2026 (découverte devant des lombalgies).
Chimiothérapie par capécitabine (Xeloda) en cours.

Dlr lombaire EN 7.

Locaux : cimentoplastie L1 (mai 2026) puis RTE 30 Gy/10 fr sur L3-L4 (juin 2026).
Zometa toutes les 4 semaines depuis mai.
Eliquis interrompu depuis l'hémorragie digestive de septembre, non repris.
Traitement : Xeloda, Inexium 40, Oxycontin 20 mg x2, Oxynorm 10 mg si besoin, Zometa.

ECOG=2. Traitement à visée palliative.
Question : nouvelle douleur L5, réirradiation possible ?
""")
GOLDS["k10"] = gold("k10", "F", 74,
    ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive"}),
    ("present", ["pain"], True),
    ("present", [], 7),
    ("present", ["L01BC06", "A02BC05", "N02AA05", "M05BA08"]),
    ("present", ["cementoplasty", "radiotherapy"]),
    ("present", ["M05BA08"]),
    ("absent", []),
    ("unknown", []),
    ("present", {"ecog": 2}),
    ("present", "palliative"))

# ---------------------------------------------------------------- k11 TXT (drugs in a sentence, lower case)
LETTERS["k11"] = ("txt", """Cabinet de Médecine Générale - Dr Luc Perrochon - 12 rue des Tanneurs, 58210 Saint-Brisson
Le 6 novembre 2026

Chère Consoeur,

Je vous adresse M. Marcel Jaouen, 81 ans, opéré en 2019 d'un carcinome vésiculaire de la thyroïde (thyroïdectomie totale puis iode radioactif), que vous connaissez.
Il a fait une fracture pathologique de l'humérus gauche le 2 septembre 2026 en portant un sac de courses, enclouée le 4 septembre à la clinique, et l'histologie a confirmé une métastase de son cancer thyroïdien.
Il garde des douleurs du bras à la mobilisation, EN 4.
Côté traitement il prend du kardegic 75 le matin, de la tinzaparine 14 000 UI par jour depuis sa phlébite d'octobre, du doliprane 1 g trois fois par jour, du laroxyl 10 gouttes le soir et du levothyrox 150.
Pas de traitement osseux.
Il est fatigué, IK 60.
Son endocrinologue propose de discuter un traitement par lenvatinib ; je souhaiterais votre avis sur une radiothérapie de l'humérus et sur la conduite à tenir.

Bien à vous,
Dr L. Perrochon
""")
GOLDS["k11"] = gold("k11", "M", 81,
    ("present", "thyroid", "other", {}),
    ("present", ["pathological_fracture"], True),
    ("present", ["mechanical"], 4),
    ("present", ["B01AC06", "B01AB10", "N02BE01", "N06AA09", "H03AA01"]),
    ("present", ["surgery"]),
    ("absent", []),
    ("present", ["B01AB10"]),
    ("present", ["B01AC06"]),
    ("present", {"kps": 60}),
    ("unknown", None))

# ---------------------------------------------------------------- k12 TXT short, nothing on anticoag
LETTERS["k12"] = ("txt", """RCP os - demande - 19/11/26
Mme Fabienne Tissandier, 47 ans
K sein G canalaire infiltrant, RE 90 %, RP 60 %, HER2 0.
Méta os (rachis lombaire, sternum) sur scintigraphie de bilan, juin 2026.
Douleur lombaire EN 4, horaire mécanique.
Ttt : Kisqali + Femara + Zoladex depuis juillet 2026. Xgeva prévu.
ECOG 1.
Q : RT antalgique L3 ?
Dr S. Vannier, oncologue, Clinique des Cèdres, Aurignac
""")
GOLDS["k12"] = gold("k12", "F", 47,
    ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
    ("present", ["staging_imaging"], True),
    ("present", ["mechanical"], 4),
    ("present", ["L01EF02", "L02BG04", "L02AE03"]),
    ("unknown", []),
    ("unknown", []),
    ("unknown", []),
    ("unknown", []),
    ("present", {"ecog": 1}),
    ("present", None))

# ---------------------------------------------------------------- k13 TXT dictated, minisintrom
LETTERS["k13"] = ("txt", """Service d'Oncologie Thoracique - Hôpital Lannec de Port-Varenne
Port-Varenne, le 10 novembre 2026
Dictée du Dr Olivier Sarrazin, relue et validée

Mon cher confrère,

Je vous remercie de bien vouloir discuter lors de votre prochaine réunion le dossier de Madame Irène Bocquillon, née le 02/02/1961, chez qui a été porté en août dernier le diagnostic d'adénocarcinome pulmonaire avec réarrangement ALK, dont le bilan d'extension, initialement réalisé parce qu'elle se plaignait depuis deux mois d'une douleur de la hanche droite qui la réveille la nuit et qui s'aggrave à la marche, a mis en évidence une lésion ostéolytique unique du cotyle droit, sans autre localisation à distance.

Compte tenu du caractère oligométastatique de la maladie, et après une réponse métabolique complète sous alectinib (Alecensa 600 mg deux fois par jour) que nous avons débuté le 1er septembre 2026 et qu'elle poursuit avec une excellente tolérance, nous envisageons une prise en charge à visée curative, incluant un traitement local de la lésion du cotyle dont nous aimerions que vous discutiez les modalités.

Je précise que cette patiente, porteuse d'une valve mitrale mécanique, est sous minisintrom au long cours, avec un INR cible entre 2,5 et 3,5, ce qui devra être pris en compte si un geste percutané était retenu, et qu'elle prend également du Bisoprolol 2,5 mg et du Lasilix 40 mg.

Son état général est parfaitement conservé, avec un IK 80, et elle poursuit une activité professionnelle à mi-temps.

Je vous prie de croire, mon cher confrère, à l'assurance de mes sentiments les meilleurs.
""")
GOLDS["k13"] = gold("k13", "F", 65,
    ("present", "lung", "adenocarcinoma", {"ALK": "positive"}),
    ("present", ["pain"], True),
    ("present", ["nocturnal", "mechanical"], None),
    ("present", ["L01ED03", "B01AA07", "C07AB07", "C03CA01"]),
    ("unknown", []),
    ("unknown", []),
    ("present", ["B01AA07"]),
    ("unknown", []),
    ("present", {"kps": 80}),
    ("present", "curative"))

# ---------------------------------------------------------------- k14 DOCX dictated, Pradaxa ?
LETTERS["k14"] = ("docx_lines", [
    "Clinique Urologique du Haut-Pré - Dr Étienne Volland",
    "Le 16 novembre 2026",
    "",
    "Objet : M. Raymond Chastagner, 73 ans - demande d'avis RCP métastases osseuses",
    "",
    "Cher confrère,",
    "",
    "M. Chastagner est suivi depuis janvier 2026 pour un adénocarcinome prostatique Gleason 9 (4+5), d'emblée métastatique osseux sur la scintigraphie de bilan initial de janvier 2026 (rachis, côtes, bassin), avec un PSA à 45 ng/mL au diagnostic.",
    "Il est traité par Eligard tous les 6 mois et Erleada 240 mg/j, avec de l'acide zolédronique toutes les 12 semaines depuis janvier 2026.",
    "Il n'a pas de douleur nocturne ; il décrit seulement des douleurs de l'épaule gauche à la mobilisation, EVA 2.",
    "Pas d'irradiation antérieure, jamais opéré.",
    "Sur le plan cardiologique, il serait probablement sous AOD (Pradaxa ?) pour un flutter ancien, ce que je n'ai pas pu vérifier, l'ordonnance n'étant pas jointe.",
    "Performance status 0.",
    "",
    "Question : la lésion de la tête humérale gauche relève-t-elle d'une radiothérapie ?",
    "",
    "Bien confraternellement,",
    "Dr É. Volland",
])
GOLDS["k14"] = gold("k14", "M", 73,
    ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    ("present", ["staging_imaging"], True),
    ("present", ["mechanical"], 2),
    ("present", ["L02AE02", "L02BB05", "M05BA08"]),
    ("absent", []),
    ("present", ["M05BA08"]),
    ("uncertain", ["B01AE07"]),
    ("unknown", []),
    ("present", {"ecog": 0}),
    ("present", None))

# ---------------------------------------------------------------- k15 DOCX, nothing on anticoag
LETTERS["k15"] = ("docx_lines", [
    "Service de Médecine Interne - CH de Belcastel-les-Pins",
    "Belcastel, le 12/11/2026",
    "",
    "Demande d'avis RCP métastases osseuses",
    "Patiente : Mme Germaine Lhéritier, 84 ans",
    "",
    "Histoire : hospitalisée le 04/10/2026 pour confusion avec hypercalcémie à 3,2 mmol/L. Le scanner TAP a montré des lésions lytiques diffuses du rachis et du bassin. La biopsie de l'aile iliaque retrouve un adénocarcinome (TTF1 négatif, CK7 positif), primitif non retrouvé à ce jour malgré TEP et endoscopies.",
    "Elle a reçu une perfusion unique d'acide zolédronique (Zometa 4 mg) le 05/10/2026, avec normalisation de la calcémie.",
    "Pas de douleur.",
    "Traitements : Mopral 20 mg, Levothyrox 50, Imovane 7,5 mg le soir.",
    "Elle est grabataire depuis plusieurs mois ; l'espérance de vie est estimée à quelques mois.",
    "Aucune décision thérapeutique n'a encore été prise, la famille souhaitant un avis collégial.",
    "",
    "Question : intérêt d'un traitement spécifique ou soins de confort ?",
    "",
    "Dr Hugues Ravelli",
])
GOLDS["k15"] = gold("k15", "F", 84,
    ("present", "unknown_primary", "adenocarcinoma", {}),
    ("present", ["hypercalcemia"], True),
    ("absent", [], None),
    ("present", ["A02BC01", "H03AA01", "N05CF01"]),
    ("unknown", []),
    ("absent", []),
    ("unknown", []),
    ("unknown", []),
    ("present", {}),
    ("unknown", None))

# ---------------------------------------------------------------- k16 TXT, preventive LMWH vs "ni AVK ni AOD"
LETTERS["k16"] = ("txt", """Service de Pneumologie - Hôpital Saint-Aubert de Mirevent
Le 21/11/2026

Madame, Monsieur,

Mme Yvette Quéméner, âgée de 78 ans, est hospitalisée dans notre service pour un adénocarcinome pulmonaire KRAS G12C muté (EGFR sauvage, ALK neg), métastatique osseux.
Un tassement vertébral T12 a été découvert en juillet 2026, bilanté au décours : il s'agissait d'une fracture pathologique, traitée par kyphoplastie T12 en août 2026.
Elle se plaint désormais de décharges électriques dans la jambe droite, EVA 5.
Elle est sous Lumykras 960 mg/j depuis septembre 2026 (2e ligne, visée palliative).
Pas d'anticoagulation au long cours, ni AVK ni AOD ; pendant l'hospitalisation elle reçoit du lovenox 0,4 en préventif, ainsi que de la prégabaline 50 mg x2.
PS OMS 2.
Question : radiothérapie L5 ? indication d'un traitement osseux ?

Dr Armelle Kerguélen
""")
GOLDS["k16"] = gold("k16", "F", 78,
    ("present", "lung", "adenocarcinoma", {"KRAS": "positive", "EGFR": "negative", "ALK": "negative"}),
    ("present", ["pathological_fracture"], True),
    ("present", ["neuropathic"], 5),
    ("present", ["L01XX73", "B01AB05", "N03AX16"]),
    ("present", ["cementoplasty"]),
    ("unknown", []),
    ("present", ["B01AB05"]),
    ("unknown", []),
    ("present", {"ecog": 2}),
    ("present", "palliative"))


# ---------------------------------------------------------------- writers
def write_txt(path, text):
    path.write_text(text, encoding="utf-8")


def write_docx_lines(path, lines):
    import docx
    d = docx.Document()
    for ln in lines:
        d.add_paragraph(ln)
    d.save(path)


def write_docx_table(path, spec):
    import docx
    title, rows = spec
    d = docx.Document()
    d.add_paragraph(title)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in rows:
        cells = t.add_row().cells
        cells[0].text = a
        cells[1].text = b
    d.save(path)


def write_pdf(path, spec):
    from fpdf import FPDF
    title, body = spec
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    headings = {"Motif", "Histoire de la maladie", "Examen clinique", "Conclusion"}
    for ln in body.splitlines():
        if ln.strip() in headings:
            pdf.set_font("Helvetica", "B", 11)
        else:
            pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, ln if ln else " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def main():
    LET.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for id, (fmt, content) in LETTERS.items():
        if fmt == "txt":
            write_txt(LET / f"{id}.txt", content)
        elif fmt == "docx_lines":
            write_docx_lines(LET / f"{id}.docx", content)
        elif fmt == "docx_table":
            write_docx_table(LET / f"{id}.docx", content)
        elif fmt == "pdf":
            write_pdf(LET / f"{id}.pdf", content)
        (GOLD / f"{id}.json").write_text(
            json.dumps(GOLDS[id], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
