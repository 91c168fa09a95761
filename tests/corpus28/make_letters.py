#!/usr/bin/env python3
"""corpus28: 10 blind letters (scanned/faxed image PDFs, text PDFs, DOCX) + gold.

Run from /work/main:  .venv/bin/python tests/corpus28/make_letters.py
Checks every gold against the contract (spec/rcp-request.md) and exits with
"CONTRACT VIOLATION: ..." on the first failure; writes letters/ and gold/
byte-identically on every run."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from render import render_docx, render_scan, render_textpdf  # noqa: E402

ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")

# ====================================================================== letters
L = {}

# ---------------------------------------------------------------- zb01 scanned fax, pneumologist, 2 pages
L["zb01"] = dict(fmt="scan", date=dt.date(2026, 10, 2), scan=dict(
    seed=101, dpi=200, fax_from="Fax de : CH VALS-SUR-LORNE Pneumologie  04 71 38 20 14   02/10/2026 14:37",
    letterhead=["Centre Hospitalier de Vals-sur-Lorne", "Service de Pneumologie – Oncologie thoracique",
                "12 avenue des Tilleuls, 43790 Vals-sur-Lorne – Secrétariat 04 71 38 20 10"],
    stamp=["Dr Hélène FAUCHER-ROUX", "Pneumologue", "RPPS 10 100 482 117"], angle=0.55, grey=True, noise=0.03),
    blocks=[
    ("p", "Vals-sur-Lorne, le 02/10/2026"),
    ("p", "À l'attention du Dr Bernardin, coordination RCP métastases osseuses, Institut de cancérologie de Sainte-Agathe"),
    ("h", "Objet : demande d'avis RCP os – M. GALLIAN Roger, né le 14/03/1956"),
    ("p", "Cher confrère,"),
    ("p", "Je vous adresse M. Gallian, 70 ans, ancien tabagique (40 PA, sevré en 2015), ancien chaudronnier, suivi pour un "
          "adénocarcinome pulmonaire du lobe supérieur droit de stade IV diagnostiqué en juillet 2026 (biopsie "
          "bronchique du 18/07/2026). Biologie moléculaire : EGFR non muté, pas de réarrangement ALK ni ROS1, "
          "PD-L1 à 40 % (22C3). ATCD : fibrillation atriale paroxystique, HTA, RGO. Son père est décédé d'un cancer du "
          "poumon à 68 ans."),
    ("p", "Sur le plan osseux, les lésions ont été révélées par des douleurs de la hanche droite apparues début juillet "
          "2026, ayant motivé un scanner qui a mis en évidence une lyse du cotyle droit et de l'aile iliaque, puis "
          "le bilan d'extension (TEP-TDM du 25/07/2026) a retrouvé d'autres localisations : L4, 7e côte gauche."),
    ("p", "Actuellement il décrit des douleurs de hanche à la marche et à l'appui prolongé, avec des réveils nocturnes "
          "2 à 3 fois par nuit. EN à 6/10 ce jour malgré le traitement. Pas de radiculalgie, pas de trouble sphinctérien."),
    ("page",),
    ("h", "Traitements en cours :"),
    ("p", "- Carboplatine AUC5 + pémétrexed (Alimta) + pembrolizumab (Keytruda) toutes les 3 semaines, C3 faite le 15/09/2026"),
    ("p", "- Eliquis 5 mg x 2/j (FA)"),
    ("p", "- Skenan LP 30 mg matin et soir, Actiskenan 10 mg si besoin (3 à 4 interdoses/j)"),
    ("p", "- Doliprane 1 g x 3/j"),
    ("p", "- Inexium 40 mg le soir"),
    ("p", "Il n'a jamais reçu de radiothérapie ni de geste sur l'os. Pas d'antiagrégant plaquettaire. Un traitement par "
          "Xgeva est à discuter selon votre avis, le bilan dentaire est en cours."),
    ("p", "État général : PS 1, poids stable. Le projet est la poursuite de la 1ère ligne à visée palliative avec "
          "maintenance pémétrexed-pembrolizumab après C4."),
    ("h", "Question posée :"),
    ("p", "Indication d'une radiothérapie antalgique du cotyle droit ? Intérêt d'un avis chirurgical / cimentoplastie "
          "(risque fracturaire cotyloïdien) ?"),
    ("p", "Je vous remercie de votre avis et vous prie de croire, cher confrère, en mes sentiments les meilleurs."),
    ("sign", "Dr H. Faucher-Roux", "HFR"),
    ])

# ---------------------------------------------------------------- zb02 scanned RCP request form with checkboxes
L["zb02"] = dict(fmt="scan", date=dt.date(2026, 9, 8), scan=dict(
    seed=202, dpi=200, fax_from="Fax de : Clinique du Parc Saint-Romain 05 57 62 11 90   08-SEP-2026 09:12",
    stamp=None, angle=-0.35, grey=False, noise=0.02),
    blocks=[
    ("title", "FICHE DE DEMANDE – RCP MÉTASTASES OSSEUSES"),
    ("p", "Réseau régional d'oncologie Garonne-Estuaire – à faxer au 05 57 62 40 41 avant le jeudi midi"),
    ("grid", [["Patient(e)", "Identité"],
              ["Nom / Prénom", "LACOMBE épouse VIDAL Martine"],
              ["Âge / sexe", "58 ans – F"],
              ["Médecin demandeur", "Dr Claire Aubrac, oncologue médicale, Clinique du Parc Saint-Romain"],
              ["Date de la demande", "08/09/2026"]], [0.32, 0.68]),
    ("h", "Tumeur primitive"),
    ("p", "Carcinome lobulaire infiltrant du sein gauche, diagnostiqué en 2019 (mastectomie gauche + curage, "
          "radiothérapie pariétale 2019). Rechute osseuse en mars 2026. Biopsie de la lésion iliaque : RE 90 %, "
          "RP 30 %, HER2 score 1+ (négatif)."),
    ("h", "Circonstances de découverte des lésions osseuses (date : 03/2026)"),
    ("checks", "", [("Douleur", False), ("Fracture", False), ("Compression / déficit", False)]),
    ("checks", "", [("Hypercalcémie", False), ("Imagerie de surveillance / bilan", True), ("Fortuite", False)]),
    ("h", "Douleur"),
    ("checks", "Douleur actuelle :", [("Oui", True), ("Non", False)]),
    ("checks", "Type :", [("mécanique", True), ("nocturne", False), ("neuropathique", False)]),
    ("p", "Intensité (EVA) : 4/10  – lombalgies basses à la station debout prolongée"),
    ("h", "Traitements locaux antérieurs de l'os"),
    ("checks", "", [("Radiothérapie", True), ("Chirurgie", False), ("Cimentoplastie", False), ("Aucun", False)]),
    ("p", "Précisez : RT D12 20 Gy en 5 fractions, avril 2026"),
    ("h", "Traitement à visée osseuse"),
    ("checks", "", [("Non", False), ("Bisphosphonate", False), ("Dénosumab", True)]),
    ("p", "Xgeva 120 mg SC toutes les 4 semaines depuis le 02/04/2026"),
    ("checks", "Anticoagulant :", [("Oui", False), ("Non", True)]),
    ("checks", "Antiagrégant plaquettaire :", [("Oui", False), ("Non", True)]),
    ("h", "Traitements en cours"),
    ("p", "Kisqali (ribociclib) 600 mg J1-J21 / 28 + Femara 2,5 mg/j depuis avril 2026 ; Zyma D 50 000 UI / mois."),
    ("checks", "OMS :", [("0", False), ("1", True), ("2", False), ("3", False), ("4", False)]),
    ("checks", "Intention :", [("Curative", False), ("Palliative", True)]),
    ("h", "Question posée à la RCP"),
    ("p", "Progression isolée douloureuse en L5 sous Kisqali-Femara (TEP 28/08/2026), le reste stable. "
          "Radiothérapie stéréotaxique de L5 ? Changement de ligne ou non ?"),
    ("sign", "Signature :", "C.A."),
    ])

# ---------------------------------------------------------------- zb03 scanned GP letter, 1 page
L["zb03"] = dict(fmt="scan", date=dt.date(2026, 11, 5), scan=dict(
    seed=303, dpi=240, fax_from=None,
    letterhead=["Docteur Yannick LE GUERN", "Médecine générale – 3 place de l'Église, 29870 Kerlouan-Plage",
                "Tél. 02 98 41 07 63 – Conventionné secteur 1"],
    stamp=["Dr Y. LE GUERN", "Médecine générale", "29 1 23456 7"], angle=0.8, grey=True, noise=0.025),
    blocks=[
    ("p", "Kerlouan-Plage, le 5 novembre 2026"),
    ("p", "Chère Consoeur, cher Confrère,"),
    ("p", "Je me permets de vous adresser M. Joseph TANGUY, né le 22/11/1948, que je suis depuis de nombreuses années, "
          "pour avis de votre RCP métastases osseuses à la demande de son urologue le Dr Morvan."),
    ("p", "Pour mémoire il a été traité en 2015 pour un cancer de la prostate par prostatectomie radicale, puis "
          "radiothérapie de la loge en 2017 pour une récidive biologique. Il est sous Décapeptyl LP 11,25 mg tous les "
          "3 mois depuis 2021. Le PSA est remonté à 48 ng/ml en septembre (0,9 en mars). Une scintigraphie osseuse "
          "demandée devant cette remontée (12/10/2026) montre des fixations multiples du rachis lombaire, du bassin "
          "et de plusieurs côtes."),
    ("p", "Depuis quelques semaines il se plaint de douleurs lombaires, il n'arrive pas bien a les décrire, il n'a "
          "pas voulu les coter. Il garde un bon appétit, il vit seul et reste autonome."),
    ("p", "Ses autres ATCD : infarctus du myocarde en 2010 (stent), dyslipidémie, HTA. Son frère a été opéré d'un "
          "cancer de la vessie."),
    ("h", "Son traitement actuel :"),
    ("p", "Kardégic 75 mg 1/j – Tahor 20 mg 1/j – Triatec 5 mg 1/j – Décapeptyl LP 11,25 mg /3 mois – "
          "Doliprane 1 g jusqu'à 3/j. Pas d'anticoagulant."),
    ("p", "Le Dr Morvan évoque l'ajout d'apalutamide, il souhaite l'avis de la RCP avant de décider."),
    ("p", "Bien confraternellement,"),
    ("sign", "Dr Y. Le Guern", "YLG"),
    ])

# ---------------------------------------------------------------- zb04 scanned fax, radiation oncologist, 2 pages
L["zb04"] = dict(fmt="scan", date=dt.date(2026, 10, 10), scan=dict(
    seed=404, dpi=200, fax_from="Fax de : CENTRE DE RADIOTHERAPIE DU VAL D'ARLE 04 90 17 55 02   10/10/26 11:05",
    letterhead=["Centre de Radiothérapie du Val d'Arle", "Drs Santoni, Mérieux, Abadie – 40 chemin des Oliviers, 13490 Arle-sur-Durance",
                "Tél 04 90 17 55 00"],
    stamp=["REÇU LE 10 OCT. 2026", "Secrétariat RCP"], angle=-0.6, grey=False, noise=0.035),
    blocks=[
    ("p", "Arle-sur-Durance, le 10/10/2026"),
    ("h", "Madame Sylvie ROCHEGUDE – 64 ans – DDN 19/02/1962"),
    ("p", "Chers collègues,"),
    ("p", "Je vous présente Mme Rochegude, 64 ans, suivie pour un carcinome rénal à cellules claires gauche "
          "(néphrectomie élargie en 2023, pT3a, grade ISUP 3), métastatique pulmonaire depuis 2025, traitée "
          "en 1ère ligne par nivolumab (Opdivo) + cabozantinib (Cabometyx 40 mg/j) depuis juin 2025 avec une "
          "réponse pulmonaire partielle."),
    ("p", "Le 06/08/2026 elle a présenté une fracture pathologique du fémur gauche (chute de sa hauteur "
          "en se levant) révélant l'atteinte osseuse, traitée par enclouage centromédullaire le 08/08/2026 (Dr Abadie), suivie d'une "
          "radiothérapie post-opératoire du fémur, 30 Gy en 10 séances, terminée le 18/09/2026."),
    ("p", "Actuellement elle garde des douleurs de cuisse à la mobilisation et à la montée des escaliers, EVA 3/10, "
          "sans douleur nocturne. Elle décrit par ailleurs depuis 3 semaines une lombalgie L3 d'allure similaire."),
    ("page",),
    ("h", "Traitement habituel"),
    ("grid", [["Médicament", "Posologie", "Remarque"],
              ["Opdivo (nivolumab)", "480 mg / 4 sem", "dernière cure 29/09"],
              ["Cabometyx", "40 mg/j", ""],
              ["Lovenox 4000 UI", "1 inj/j SC", "prévention post-op, jusqu'au 30/10"],
              ["Zometa 4 mg", "IV / 12 semaines", "dernière perfusion 21/09/2026"],
              ["Levothyrox 75 µg", "1/j", "hypothyroïdie sous immunothérapie"],
              ["Oxynorm 5 mg", "si douleur, max 4/j", ""],
              ["Doliprane 1 g", "3/j", ""]], [0.36, 0.28, 0.36]),
    ("p", "Zometa débuté fin août 2026, le dénosumab ayant été récusé en raison d'une hypocalcémie. Pas d'antécédent thrombo-embolique. "
          "Sa mère a eu un cancer du sein."),
    ("p", "OMS 1. Espérance de vie estimée supérieure à 1 an. L'immunothérapie + cabozantinib est poursuivie."),
    ("h", "Question :"),
    ("p", "Nouvelle lésion lytique de L3 (IRM du 01/10/2026) sans épidurite. Radiothérapie stéréotaxique de L3 "
          "vs radiothérapie conventionnelle ? Place d'une cimentoplastie ?"),
    ("p", "Bien cordialement,"),
    ("sign", "Dr Laure Santoni, oncologue radiothérapeute", "L. Santoni"),
    ])

# ---------------------------------------------------------------- zb05 scanned internist letter, conflicting anticoag
L["zb05"] = dict(fmt="scan", date=dt.date(2026, 10, 21), scan=dict(
    seed=505, dpi=300, fax_from="Fax de : HOPITAL SAINT-GILDAS MED INTERNE  02 40 88 31 70   21/10/2026 17:52",
    letterhead=["Hôpital Saint-Gildas", "Service de Médecine Interne – Pr Kerboul", "rue du Calvaire, 44580 Pornic-la-Rade – 02 40 88 31 00"],
    stamp=["Dr M. LEPAGE", "Médecine interne", "poste 3172"], angle=0.3, grey=True, noise=0.02),
    blocks=[
    ("p", "Le 21 octobre 2026"),
    ("p", "Objet : M. Albert DUVIVIER, 81 ans – demande d'avis RCP métastases osseuses"),
    ("p", "Chers collègues,"),
    ("p", "M. Duvivier, 81 ans, a été hospitalisé dans le sevice du 12 au 24 septembre 2026 pour un syndrome "
          "confusionnel en rapport avec une hypercalcémie à 3,1 mmol/l. Le bilan a retrouvé de multiples lésions "
          "ostéolytiques (rachis dorsal, bassin, humérus droit). La biopsie scanno-guidée de l'aile iliaque "
          "(18/09/2026) conclut à une métastase d'adénocarcinome, TTF1 négatif, CK7 +, CK20 -, PSA négatif en "
          "immunohistochimie ; le PSA sérique est à 2,1 ng/ml. Le scanner TAP et la fibroscopie n'ont pas retrouvé de "
          "primitif à ce stade ; il s'agit donc d'un adénocarcinome de primitif inconnu."),
    ("p", "Il a reçu une perfusion unique de Zometa 4 mg le 14/09/2026 pour l'hypercalcémie, normalisée depuis. Pas de "
          "traitement de fond anti-résorptif à ce jour. Absence de douleur osseuse, y compris à la mobilisation. "
          "L'IRM médullaire n'a pas montré d'épidurite. Aucune radiothérapie ni chirurgie osseuse."),
    ("p", "ATCD : FA permanente, insuffisance cardiaque à FEVG préservée, insomnie. Pas de traitement anticoagulant "
          "ni antiagrégant."),
    ("h", "Traitement de sortie :"),
    ("p", "Xarelto 15 mg 1 cp le soir ; Lasilix 40 mg le matin ; Cardensiel 2,5 mg ; Imovane 7,5 mg au coucher."),
    ("p", "Indice de Karnofsky à 60 %. Il vit avec son épouse, aidé par une IDE à domicile."),
    ("p", "Quelle prise en charge proposez-vous ? Une radiothérapie de l'humérus droit est-elle indiquée à titre "
          "préventif ? Faut-il poursuivre les explorations à la recherche du primitif ?"),
    ("p", "Avec mes remerciements,"),
    ("sign", "Dr Mathilde Lepage", "M. Lepage"),
    ])

# ---------------------------------------------------------------- zb06 text PDF, medical oncologist, 2 pages
L["zb06"] = dict(fmt="pdf", date=dt.date(2026, 9, 18), blocks=[
    ("title", "Institut Pasteur-Delmas – Département d'oncologie médicale"),
    ("p", "Dr Anaïs Rivollier – Oncologie sénologique – 18 boulevard Marceau, 69440 Saint-Laurent-des-Vignes – Tél. 04 78 90 12 34"),
    ("blank",),
    ("p", "Le 18 septembre 2026"),
    ("p", "Destinataire : RCP métastases osseuses, Dr Ménard"),
    ("h", "Patiente : Mme Céline MARCHETTI, née le 07/06/1971"),
    ("blank",),
    ("p", "Cher confrère,"),
    ("p", "Je vous adresse Mme Marchetti pour discussion de la prise en charge d'une lésion osseuse unique. Il s'agit "
          "d'une patiente suivie pour un carcinome canalaire infiltrant (NST) du sein droit, grade 3, RE 0 %, RP 0 %, "
          "HER2 3+, diagnostiqué en 2020 et traité par tumorectomie, chimiothérapie adjuvante et radiothérapie "
          "mammaire, puis trastuzumab adjuvant un an."),
    ("p", "En mai 2026, un TEP-TDM de réévaluation réalisé pour une récidive ganglionnaire axillaire montre une "
          "fixation isolée de l'ischion gauche, confirmée en IRM (16/05/2026). Elle a reçu depuis du docétaxel "
          "(Taxotère), arrêté après 6 cures en août 2026 pour neuropathie, avec trastuzumab (Herceptin) et pertuzumab "
          "(Perjeta) qui sont poursuivis toutes les 3 semaines en entretien."),
    ("p", "Sur le plan clinique la patiente ne décrit aucune douleur, y compris à la marche. Elle n'a jamais été irradiée "
          "sur le plan osseux."),
    ("p", "Ostéoporose densitométrique traitée depuis 2022 par Prolia 60 mg tous les 6 mois, relayé en juin 2026 par "
          "Xgeva 120 mg tous les mois (dernière injection le 03/09/2026) après l'avis dentaire."),
    ("page",),
    ("h", "Antécédents"),
    ("p", "Hypothyroïdie. Mère décédée d'un cancer de l'ovaire, recherche de mutation BRCA2 négative chez la patiente."),
    ("h", "Traitement actuel"),
    ("grid", [["Traitement", "Posologie"],
              ["Herceptin SC", "600 mg toutes les 3 semaines"],
              ["Perjeta", "420 mg IV toutes les 3 semaines"],
              ["Xgeva", "120 mg SC / 4 semaines"],
              ["Cacit D3", "1 sachet / jour"],
              ["Levothyrox", "100 µg / jour"]], [0.45, 0.55]),
    ("p", "Aucun anticoagulant, aucun antiagrégant plaquettaire."),
    ("p", "Examen : OMS 0, excellent état général, elle a repris son travail d'enseignante à mi-temps."),
    ("h", "Projet et question"),
    ("p", "Poursuite du double blocage anti-HER2. Compte tenu du caractère oligométastatique, nous souhaiterions "
          "l'avis de la RCP sur l'intérêt d'une radiothérapie stéréotaxique de l'ischion gauche."),
    ("p", "Bien confraternellement,"),
    ("sign", "Dr A. Rivollier"),
    ])

# ---------------------------------------------------------------- zb07 text PDF, pneumologist, cord compression
L["zb07"] = dict(fmt="pdf", date=dt.date(2026, 11, 9), blocks=[
    ("title", "CHU de Montbrison-les-Bains – Pneumologie, unité d'oncologie thoracique"),
    ("p", "Dr Karim Benslimane – interne : Dr Théo Vasseur – Tél. 04 77 96 40 00 – bip 4412"),
    ("blank",),
    ("p", "Montbrison-les-Bains, le 09/11/2026"),
    ("h", "Demande URGENTE d'avis RCP métastases osseuses"),
    ("p", "M. Patrick OLIVERO, 66 ans"),
    ("p", "Chers collègues,"),
    ("p", "M. Olivero, 66 ans, tabagique actif (50 PA), a été admis le 02/11/2026 pour une paraparésie d'installation "
          "rapide révélant une compression médullaire D7 sur lésion lytique vertébrale avec épidurite. Le bilan "
          "a retrouvé une masse hilaire gauche ; la biopsie bronchique (04/11/2026) conclut à un carcinome à petites "
          "cellules. Stade étendu (foie, os)."),
    ("p", "Il a bénéficié d'une laminectomie décompressive D6-D8 avec ostéosynthèse le 03/11/2026, puis d'une "
          "radiothérapie de D7 en cours (20 Gy en 5 fractions, 3 fractions réalisées). Récupération motrice partielle , "
          "marche avec déambulateur."),
    ("p", "Douleurs : radiculalgie en ceinture D7 à type de décharges électriques, EN 8/10 à l'admission, 2/10 "
          "actuellement sous traitement."),
    ("h", "Traitement en cours"),
    ("p", "Dectancyl 8 mg/j en décroissance ; Lovenox 4000 UI/j (préventif) ; Lyrica 75 mg x 2/j ; Oxycontin 10 mg x 2/j "
          "; Inexium 20 mg ; Movicol 1 sachet/j."),
    ("p", "Pas de traitement anti-résorptif pour l'instant. Aucun traitement oncologique systémique reçu à ce jour."),
    ("p", "PS 3 à ce jour (alité plus de la moitié de la journée)."),
    ("p", "Projet : chimio-immunothérapie à visée palliative par carboplatine-étoposide + atézolizumab, J1 décidé le "
          "16/11/2026 à la fin de la radiothérapie."),
    ("h", "Question à la RCP"),
    ("p", "Indication d'un traitement par dénosumab ou acide zolédronique ? Faut-il irradier la lésion de l'aile "
          "iliaque droite, asymptomatique ?"),
    ("p", "Cordialement,"),
    ("sign", "Dr T. Vasseur, pour le Dr K. Benslimane"),
    ])

# ---------------------------------------------------------------- zb08 text PDF, urologist
L["zb08"] = dict(fmt="pdf", date=dt.date(2026, 1, 29), blocks=[
    ("title", "Clinique urologique des Cordeliers"),
    ("p", "Dr François Jacquemin – Urologie – 7 rue des Cordeliers, 21140 Semur-la-Vallée – 03 80 97 22 41"),
    ("blank",),
    ("p", "Semur-la-Vallée, le 29 janvier 2026"),
    ("p", "Fiche de liaison pour la RCP métastases osseuses"),
    ("h", "M. Gérard BOISSONNET, né le 30/01/1952"),
    ("p", "Motif : fracture pathologique du col fémoral droit le 10/01/2026 (chute de sa hauteur), révélant un "
          "cancer de la prostate métastatique d'emblée. Prothèse totale de hanche droite le 12/01/2026 (Dr Pernot), "
          "l'analyse de la pièce montre une métastase d'adénocarcinome prostatique. Biopsies prostatiques le 20/01 : "
          "adénocarcinome Gleason 8 (4+4). PSA 312 ng/ml. Scintigrpahie : atteinte polyostotique (rachis, bassin, "
          "côtes)."),
    ("p", "Douleurs : douleur de hanche droite à l'appui et à la marche, EVA 5/10, pas de douleur nocturne."),
    ("p", "ATCD : diabète de type 2, FA traitée par ablation en 2024 ; le Préviscan a été arrêté à cette date. Son "
          "frère est suivi pour un cancer de la prostate."),
    ("h", "Traitement actuel"),
    ("p", "Firmagon (dégarélix) depuis le 15/01/2026 (dose de charge 240 mg puis 80 mg/mois) ; Kardégic 75 mg ; "
          "Glucophage 1000 mg x 2 ; Topalgic LP 100 mg x 2 ; Doliprane 1 g x 3."),
    ("p", "Anticoagulant : aucun depuis 2024."),
    ("p", "Le Nubeqa (darolutamide) sera associé à partir de février. Un traitement par Xgeva est prévu après les "
          "soins dentaires."),
    ("p", "OMS 2 (post-opératoire). Pronostic à préciser selon la réponse hormonale."),
    ("h", "Questions"),
    ("p", "Radiothérapie antalgique du bassin et du rachis ? Intérêt d'une irradiation de la hanche opérée ?"),
    ("sign", "Dr F. Jacquemin"),
    ])

# ---------------------------------------------------------------- zb09 DOCX, oncology resident, thyroid
L["zb09"] = dict(fmt="docx", date=dt.date(2026, 6, 24), author="Interne onco", blocks=[
    ("title", "Demande d'avis – RCP métastases osseuses"),
    ("p", "Service d'oncologie médicale – Hôpital Nord-Ouest de Val-Brenne – 03 26 55 80 00"),
    ("p", "Date : 24/06/2026 – Rédigé par : Dr Inès Gaudry (interne), validé par Dr P. Aumont"),
    ("h", "Patiente"),
    ("p", "Mme Nadia BELKACEM, 47 ans."),
    ("h", "Histoire oncologique"),
    ("p", "Carcinome vésiculaire de la thyroïde peu différencié, thyroïdectomie totale en 2021, trois traitements par "
          "iode radioactif (2021-2023), devenu réfractaire à l'iode. En mars 2025, un scanner abdominal réalisé aux "
          "urgences pour colique néphrétique découvre de façon fortuite une lésion lytique de l'aile iliaque gauche. "
          "Traitée en juin 2025 par radiofréquence et cimentoplastie (radiologie interventionnelle, Dr Vial). "
          "Progression osseuse (sacrum, L5) en avril 2026 : lenvatinib (Lenvima) 24 mg/j débuté le 02/05/2026."),
    ("h", "Symptômes"),
    ("p", "Douleur fessière gauche irradiant à la face postérieure de la cuisse, à type de brûlures et décharges, "
          "DN4 à 5/10, EN 4/10. Pas de déficit."),
    ("h", "Traitements"),
    ("grid", [["Médicament", "Posologie"],
              ["Lenvima", "24 mg/j"],
              ["Levothyrox", "150 µg/j (freinateur)"],
              ["Laroxyl", "10 gouttes le soir"],
              ["Doliprane", "1 g x 3/j"],
              ["Amlodipine", "5 mg/j (HTA sous Lenvima)"]]),
    ("p", "Anticoagulant : non. Antiagrégant : non."),
    ("p", "Acide zolédronique : serait sous Zometa tous les 3 mois en ville depuis fin 2025 (non retrouvé dans "
          "notre dossier), à vérifier avec le Dr Aumont."),
    ("h", "État général"),
    ("p", "OMS 1. Espérance de vie > 1 an."),
    ("h", "Question"),
    ("p", "Radiothérapie du sacrum / L5 (stéréotaxie ?) en association au lenvatinib ? Place d'un traitement "
          "anti-résorptif au long cours ?"),
    ])

# ---------------------------------------------------------------- zb10 DOCX, GP, colorectal
L["zb10"] = dict(fmt="docx", date=dt.date(2026, 5, 12), author="Cabinet medical", blocks=[
    ("p", "Cabinet médical des Quatre-Vents – Dr Sophie Ravel-Mainguy"),
    ("p", "8 allée des Quatre-Vents, 86210 Bonneuil-sur-Clain – tél 05 49 03 66 18"),
    ("p", "Bonneuil, le 12/05/2026"),
    ("p", "Cher confrère,"),
    ("p", "Je vous adresse Mme Jeanine PERROTIN, née le 03/04/1960, que vous connaissez pour un adénocarcinome "
          "du côlon sigmoïde opéré en 2023 (KRAS muté G12D, BRAF non muté, MSS), récidive hépatique en 2025, "
          "actuellement sous Xeloda (capécitabine) en monothérapie, prescrit par le Dr Haddad à l'hôpital."),
    ("p", "Depuis 2 mois environ elle souffre de l'épaule droite, douleur de type inflammatoire avec des réveils "
          "nocturnes, EVA à 7/10 ce matin malgré le patch. La radio de l'épaule faite en ville puis le scanner "
          "(28/04/2026) montrent une lésion lytique de la tête humérale droite très suspecte de métastase, avec "
          "d'autres lésions costales ."),
    ("p", "Traitement : Xeloda, Durogesic 25 µg/h tous les 3 jours, Doliprane 1 g 3 fois par jour, Mopral 20. "
          "Elle me dit prendre aussi du Sintrom depuis une phlébite l'an dernier mais elle ne sait plus très bien "
          "si elle l'a arrêté, à confirmer avec sa pharmacie."),
    ("p", "Aucun traitement local osseux jusqu'ici (ni radiothérapie, ni chirurgie)."),
    ("p", "Elle est fatiguée, amaigrie (-6 kg), le pronostic me paraît réservé. Sa soeur a eu un cancer du sein."),
    ("p", "Pourriez-vous discuter de son dossier en RCP, notamment l'indication d'une radiothérapie de l'épaule ?"),
    ("p", "Bien confraternellement,"),
    ("p", "Dr S. Ravel-Mainguy"),
    ])

# ====================================================================== gold (without gaps)
def G(sex, age, pt, bd, pain, meds, plt, btt, ac, ap, prog, proj):
    return {"patient": {"sex": sex, "age": age}, "primaryTumor": pt, "boneDiagnosis": bd, "pain": pain,
            "currentMedications": meds, "priorLocalTreatments": plt, "boneTargetedTherapy": btt,
            "anticoagulation": ac, "antiplatelets": ap, "prognosis": prog, "therapeuticProject": proj}


def PT(status, site=None, hist=None, **bm):
    return {"status": status, "site": site, "histology": hist, "biomarkers": {k.replace("PDL1", "PD-L1"): v for k, v in bm.items()}}


def BD(status, circ=(), dated=False):
    return {"status": status, "circumstances": sorted(circ), "dated": dated}


def PAIN(status, types=(), intensity=None):
    return {"status": status, "types": sorted(types), "intensity": intensity}


def ST(status, atc=()):
    return {"status": status, "atc": sorted(atc)}


def PLT(status, types=()):
    return {"status": status, "types": sorted(types)}


def PROG(status, ecog=None, kps=None):
    d = {"status": status}
    if kps is not None:
        d["kps"] = kps
    else:
        d["ecog"] = ecog
    return d


def PROJ(status, intent=None):
    return {"status": status, "intent": intent}


GOLD = {
    "zb01": G("M", 70, PT("present", "lung", "adenocarcinoma", EGFR="negative", ALK="negative", ROS1="negative", PDL1="positive"),
              BD("present", ["pain"], True), PAIN("present", ["mechanical", "nocturnal"], 6),
              ST("present", ["L01XA02", "L01BA04", "L01FF02", "B01AF02", "N02AA01", "N02BE01", "A02BC05"]),
              PLT("absent"), ST("unknown"), ST("present", ["B01AF02"]), ST("absent"),
              PROG("present", ecog=1), PROJ("present", "palliative")),
    "zb02": G("F", 58, PT("present", "breast", "invasive_lobular_carcinoma", ER="positive", PR="positive", HER2="negative"),
              BD("present", ["staging_imaging"], True), PAIN("present", ["mechanical"], 4),
              ST("present", ["L01EF02", "L02BG04", "A11CC05", "M05BX04"]),
              PLT("present", ["radiotherapy"]), ST("present", ["M05BX04"]), ST("absent"), ST("absent"),
              PROG("present", ecog=1), PROJ("present", "palliative")),
    "zb03": G("M", 77, PT("present", "prostate", None, PSA="positive"),
              BD("present", ["staging_imaging"], True), PAIN("present", [], None),
              ST("present", ["B01AC06", "C10AA05", "C09AA05", "L02AE04", "N02BE01"]),
              PLT("unknown"), ST("unknown"), ST("absent"), ST("present", ["B01AC06"]),
              PROG("unknown"), PROJ("present", None)),
    "zb04": G("F", 64, PT("present", "kidney", "clear_cell_carcinoma"),
              BD("present", ["pathological_fracture"], True), PAIN("present", ["mechanical"], 3),
              ST("present", ["L01FF01", "L01EX07", "B01AB05", "M05BA08", "H03AA01", "N02AA05", "N02BE01"]),
              PLT("present", ["surgery", "radiotherapy"]), ST("present", ["M05BA08"]), ST("present", ["B01AB05"]),
              ST("unknown"), PROG("present", ecog=1), PROJ("present", None)),
    "zb05": G("M", 81, PT("present", "unknown_primary", "adenocarcinoma", PSA="negative"),
              BD("present", ["hypercalcemia"], True), PAIN("absent"),
              ST("present", ["B01AF01", "C03CA01", "C07AB07", "N05CF01"]),
              PLT("absent"), ST("absent"), ST("conflicting", ["B01AF01"]), ST("absent"),
              PROG("present", kps=60), PROJ("unknown")),
    "zb06": G("F", 55, PT("present", "breast", "invasive_ductal_carcinoma", ER="negative", PR="negative", HER2="positive"),
              BD("present", ["staging_imaging"], True), PAIN("absent"),
              ST("present", ["L01FD01", "L01FD02", "M05BX04", "A12AX", "H03AA01"]),
              PLT("absent"), ST("present", ["M05BX04"]), ST("absent"), ST("absent"),
              PROG("present", ecog=0), PROJ("present", None)),
    "zb07": G("M", 66, PT("present", "lung", "small_cell_carcinoma"),
              BD("present", ["neurological_deficit"], True), PAIN("present", ["neuropathic"], 2),
              ST("present", ["H02AB02", "B01AB05", "N03AX16", "N02AA05", "A02BC05", "A06AD65"]),
              PLT("present", ["surgery", "radiotherapy"]), ST("absent"), ST("present", ["B01AB05"]), ST("unknown"),
              PROG("present", ecog=3), PROJ("present", "palliative")),
    "zb08": G("M", 73, PT("present", "prostate", "adenocarcinoma", PSA="positive"),
              BD("present", ["pathological_fracture"], True), PAIN("present", ["mechanical"], 5),
              ST("present", ["L02BX03", "B01AC06", "A10BA02", "N02AX02", "N02BE01"]),
              PLT("present", ["surgery"]), ST("unknown"), ST("absent"), ST("present", ["B01AC06"]),
              PROG("present", ecog=2), PROJ("present", None)),
    "zb09": G("F", 47, PT("present", "thyroid", "other"),
              BD("present", ["incidental_imaging"], True), PAIN("present", ["neuropathic"], 4),
              ST("present", ["L01EX08", "H03AA01", "N06AA09", "N02BE01"]),
              PLT("present", ["ablation", "cementoplasty"]), ST("uncertain", ["M05BA08"]), ST("absent"), ST("absent"),
              PROG("present", ecog=1), PROJ("present", None)),
    "zb10": G("F", 66, PT("present", "colorectal", "adenocarcinoma", KRAS="positive", BRAF="negative"),
              BD("present", ["pain"], True), PAIN("present", ["inflammatory", "nocturnal"], 7),
              ST("present", ["L01BC06", "N02AB03", "N02BE01", "A02BC01"]),
              PLT("absent"), ST("unknown"), ST("uncertain", ["B01AA07"]), ST("unknown"),
              PROG("present", ecog=None), PROJ("present", None)),
}

# birth dates written in the letters: the gold age must match them
BIRTH = {"zb01": dt.date(1956, 3, 14), "zb03": dt.date(1948, 11, 22), "zb04": dt.date(1962, 2, 19),
         "zb06": dt.date(1971, 6, 7), "zb08": dt.date(1952, 1, 30), "zb10": dt.date(1960, 4, 3)}

# ====================================================================== gap rule
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
             "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
KIND = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}


def derive_gaps(g):
    gaps = []
    for item in GAP_ITEMS:
        sec = g[item]
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


# ====================================================================== contract check
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
HISTS = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOM = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BRES = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PTYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LTYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {"boneTargetedTherapy": ("M05BA", "M05BX04"),
                "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
                "antiplatelets": ("B01AC",)}
TOP_KEYS = {"id", "patient", "gaps", *ALLOWED}


def fail(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc():
    rows = ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]
    return {r.split("\t")[0].strip() for r in rows if r.strip()}


def letter_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("title", "h", "p", "sign"):
            out.append(b[1])
        elif b[0] == "checks":
            out.append(b[1] + " " + " ".join(o for o, _ in b[2]))
        elif b[0] == "grid":
            out.extend(" ".join(r) for r in b[1])
    return "\n".join(out)


def check(lid, g, atc_ref, letter):
    w = lambda m: fail(f"{lid}: {m}")
    if set(g) != TOP_KEYS:
        w(f"keys {sorted(set(g) ^ TOP_KEYS)}")
    if g["id"] != lid:
        w("id")
    p = g["patient"]
    if p.get("sex") not in ("F", "M"):
        w("sex")
    if not isinstance(p.get("age"), int) or not 18 <= p["age"] <= 110:
        w("age")
    if lid in BIRTH:
        b, d = BIRTH[lid], letter["date"]
        age = d.year - b.year - ((d.month, d.day) < (b.month, b.day))
        if age != p["age"]:
            w(f"age {p['age']} != {age} computed from birth date")
        if b.strftime("%d/%m/%Y") not in letter_text(letter["blocks"]):
            w("birth date not written in the letter")
    for item, allowed in ALLOWED.items():
        if g[item]["status"] not in allowed:
            w(f"{item}.status {g[item]['status']} not allowed")
    pt = g["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        w("site")
    if pt["histology"] is not None and pt["histology"] not in HISTS:
        w("histology")
    for k, v in pt["biomarkers"].items():
        if k not in BIOM or v not in BRES:
            w(f"biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        w("primaryTumor unknown with values")
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRC or not isinstance(bd["dated"], bool):
        w("boneDiagnosis codes")
    if bd["status"] == "present" and not bd["circumstances"]:
        w("boneDiagnosis present needs a circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        w("boneDiagnosis unknown with values")
    pn = g["pain"]
    if not set(pn["types"]) <= PTYPES:
        w("pain types")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        w("pain intensity")
    if pn["status"] != "present" and pn["types"]:
        w("pain types without present pain")
    if pn["status"] == "absent" and pn["intensity"] not in (None, 0):
        w("absent pain with an intensity")
    plt = g["priorLocalTreatments"]
    if not set(plt["types"]) <= LTYPES:
        w("local treatment types")
    if plt["status"] != "present" and plt["types"]:
        w("local treatment types without present")
    if plt["status"] == "present" and not plt["types"]:
        w("local treatment present without type")
    meds = g["currentMedications"]
    for code in meds["atc"]:
        if code not in atc_ref:
            w(f"currentMedications code {code} not in atc-reference.tsv")
    if len(set(meds["atc"])) != len(meds["atc"]):
        w("duplicate meds")
    if meds["status"] != "present" and meds["atc"]:
        w("meds codes without present")
    for sec, prefixes in AGENT_PREFIX.items():
        s = g[sec]
        for code in s["atc"]:
            if code not in atc_ref:
                w(f"{sec} code {code} not in atc-reference.tsv")
            if not code.startswith(prefixes):
                w(f"{sec} code {code} outside its ATC groups")
            if s["status"] in ("present", "conflicting") and code not in meds["atc"]:
                w(f"{sec} agent {code} ({s['status']}) missing from currentMedications")
            if s["status"] == "uncertain" and code in meds["atc"]:
                w(f"{sec} agent {code} named with doubt must not be a current medication")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            w(f"{sec} {s['status']} with agents")
        # every current drug of this group must be in the section
        for code in meds["atc"]:
            if code.startswith(prefixes) and code not in s["atc"]:
                w(f"current drug {code} missing from {sec}")
    pr = g["prognosis"]
    if "ecog" in pr and pr["ecog"] is not None and pr["ecog"] not in range(0, 5):
        w("ecog")
    if "kps" in pr and not (isinstance(pr["kps"], int) and 0 <= pr["kps"] <= 100 and pr["kps"] % 10 == 0):
        w("kps")
    if "ecog" in pr and "kps" in pr:
        w("ecog and kps both given")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        w("prognosis unknown with a score")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        w("intent")
    if tp["status"] == "unknown" and tp["intent"]:
        w("intent without project")
    if g["gaps"] != derive_gaps(g):
        w("gaps differ from the rule")
    for item, kind in g["gaps"]:
        if item == "antiplatelets" or item not in GAP_ITEMS or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            w("gap item/kind")
    # text-level sanity: intent words, PS words and brand names must appear in the letter
    text = letter_text(letter["blocks"]).lower()
    if tp["intent"] == "palliative" and "palliati" not in text:
        w("palliative intent not written")
    if pr.get("ecog") is not None and not any(k in text for k in ("ps ", "oms", "ecog")):
        w("ECOG not written")
    if pr.get("kps") is not None and "karnofsky" not in text:
        w("KPS not written")
    if pn["intensity"] is not None and f"{pn['intensity']}/10" not in text.replace(" /", "/"):
        w("pain score not written")


# ====================================================================== write
def main():
    atc_ref = load_atc()
    if set(L) != set(GOLD):
        fail("letters and gold differ")
    golds = {}
    for lid in sorted(GOLD):
        g = {"id": lid, **GOLD[lid]}
        g["gaps"] = derive_gaps(g)
        check(lid, g, atc_ref, L[lid])
        golds[lid] = g
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for lid in sorted(L):
        spec = L[lid]
        if spec["fmt"] == "scan":
            render_scan(spec["blocks"], HERE / "letters" / f"{lid}.pdf", **spec["scan"])
        elif spec["fmt"] == "pdf":
            render_textpdf(spec["blocks"], HERE / "letters" / f"{lid}.pdf", title="Courrier RCP")
        else:
            render_docx(spec["blocks"], HERE / "letters" / f"{lid}.docx", author=spec["author"])
        (HERE / "gold" / f"{lid}.json").write_text(
            json.dumps(golds[lid], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"ok: {len(L)} letters and gold written to {HERE}")


if __name__ == "__main__":
    main()
