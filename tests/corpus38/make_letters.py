#!/usr/bin/env python3
"""Corpus38: 12 blind referral letters (elderly and frail patients) with gold records.

Run from /work/main:  .venv/bin/python tests/corpus38/make_letters.py

Holds every letter's text and gold as Python data, derives the gold gaps with
one function (the spec's Gaps rule), checks every gold against the contract
(exits with "CONTRACT VIOLATION: ..." on failure), then writes letters/ and
gold/ byte-identically on every run.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = Path("/work/shared/spec")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FIXED_DT = dt.datetime(2026, 11, 27, 9, 0, 0)

# ---------------------------------------------------------------------------
# Letters
# ---------------------------------------------------------------------------

ZL01 = """Centre Hospitalier de Valmont-sur-Loire
Unité de Coordination en OncoGériatrie (UCOG)
Dr Hélène MARCHETTI, gériatre — Tél. 02 47 81 36 90

Valmont, le 3 novembre 2026

À l'attention du Dr Ferrand, coordinateur de la RCP métastases osseuses
Institut de cancérologie de Touraine-Ouest

Objet : demande d'avis RCP — Mme Lucienne BERTHOLET, née le 14/12/1938

Cher confrère,

Je vous adresse Mme Bertholet, que j'ai vue en évaluation oncogériatrique le 28 octobre à la demande de son oncologue, le Dr Sabatier, pour discussion de la prise en charge de métastases osseuses d'un cancer du sein.

Antécédents :
- Carcinome lobulaire infiltrant du sein gauche diagnostiqué en 2009, pT2N1, RE 90 %, RP 10 %, HER2 négatif (score 1+). Tumorectomie et curage axillaire, radiothérapie mammaire, puis tamoxifène pendant 5 ans (arrêté en 2014).
- Fibrillation atriale permanente, insuffisance cardiaque à FEVG préservée.
- Hypothyroïdie, glaucome chronique, DMLA.
- Chute à domicile en 2023 sans fracture.
- Familiaux : une sœur décédée d'un cancer de l'ovaire.

Histoire de la maladie :
Depuis juillet 2026, douleurs de la hanche droite et de la région lombaire, ayant conduit son médecin traitant à demander une radiographie du bassin en août, qui montrait une lésion lytique du cotyle droit. Le TEP-scanner du 15/09/2026 retrouve des lésions osseuses multiples (cotyle droit, L3, arcs costaux) sans atteinte viscérale. Biopsie scanno-guidée du cotyle le 24/09 : localisation secondaire d'un carcinome lobulaire, RE positifs, HER2 négatif.

Douleurs : la patiente minimise ; ce sont surtout sa fille et l'infirmière libérale qui décrivent des douleurs à la mobilisation et lors des transferts lit-fauteuil, avec des réveils nocturnes fréquents. Elle ne décrit ni brûlures ni décharges électriques. Algoplus 2/5 lors de ma consultation.

Pas de radiothérapie osseuse antérieure, aucun geste chirurgical sur les lésions.
\f
Traitement actuel (ordonnance du 28/10/2026) :
- Létrozole (Femara) 2,5 mg : 1 cp/j, débuté le 12/10/2026
- Eliquis 2,5 mg : 1 cp matin et soir
- Cardensiel 2,5 mg : 1 cp le matin
- Lasilix 40 mg : 1 cp le matin
- Levothyrox 75 µg : 1 cp à jeun
- Inexium 20 mg : 1 cp le soir
- Doliprane 1 g : 1 cp x 3/j
- Oxynorm 5 mg : 1 gélule si douleur, max 4/j
- Forlax 10 g : 1 sachet/j
- Uvedose 100 000 UI : 1 ampoule tous les 3 mois
- Xalatan collyre : 1 goutte dans chaque oeil le soir

L'Imovane 3,75 mg a été arrêté lors de la consultation (somnolence diurne, risque de chute). Le Kardégic avait été interrompu en 2024 lors de l'introduction de l'apixaban.
Pas de traitement anti-résorptif à ce jour : un traitement par Prolia est envisagé après le bilan bucco-dentaire (panoramique demandé).

Évaluation gériatrique : vit seule à domicile, passage IDE 2 fois par jour, aide-ménagère. ADL 5/6, IADL 3/8, MMSE 26/30. MNA 19 (risque de dénutrition), poids 52 kg. Marche avec déambulateur. G8 11/17.

Pronostic : compte tenu des comorbidités, l'espérance de vie nous paraît de l'ordre de quelques années, non limitée à court terme par la maladie cancéreuse, d'évolution lente.

Projet : hormonothérapie par létrozole à visée palliative, suivie par le Dr Sabatier.

Question posée à la RCP : indication d'une radiothérapie antalgique du cotyle droit et/ou d'une cimentoplastie (risque fracturaire ?) ; modalités d'un traitement anti-résorptif chez une patiente de 87 ans.

Bien confraternellement,

Dr H. Marchetti
"""

ZL02 = """Dr Bernard LAMOTHE
Médecine générale
12 rue des Tilleuls, 36410 Saint-Aubin-les-Prés
Tél : 02 54 36 18 77

Saint-Aubin, le 14/10/2026

Cher confrère,

Je me permets de vous adresser M. Roger DUCHAUSSOY, 84 ans, que je suis depuis de nombreuses années, pour avis de votre RCP concernant ses métastases osseuses.

Pour mémoire il a un adénocarcinome de la prostate (Gleason 4+3) diagnostiqué en 2015 par biopsies, traité par hormonothérapie seule vu l'âge et les comorbidités (pas de prostatectomie). Il est sous Décapeptyl 11,25 mg tous les 3 mois, suivi par le Dr Okonkwo, urologue à la clinique du Val d'Indre.
Le PSA est remonté progressivement : 2,1 en janvier, 9,8 en avril et 48 ng/ml le 2 octobre dernier. C'est dans ce contexte que l'urologue a demandé une scintigraphie osseuse en mai 2026, qui a montré plusieurs foyers (rachis dorsal, bassin, côtes).

Depuis l'été, son épouse me dit qu'il se plaint du dos, qu'il a mal dès qu'il marche un peu et qu'il ne sort plus du jardin. Il dort mal et se relève la nuit à cause de la douleur (et de sa prostate !). Il cote lui-même sa douleur à 6/10. Le Topalgic a été augmenté il y a 15 jours avec un bénéfice partiel.
Il n'a jamais été irradié.

Autres antécédents : AVC ischémique en 2019 sans séquelle, diabète de type 2, HTA, BPCO (ancien fumeur, 40 PA), TVP en 2021. Son frère a eu un cancer du côlon.

Traitement actuel :
Previscan 20 mg : 3/4 cp le soir (INR cible 2-3, dernier INR 2,4)
Décapeptyl LP 11,25 mg : 1 inj IM tous les 3 mois (dernière le 18/09)
Topalgic LP 100 mg : 1 matin et soir
Doliprane 1000 : 1 cp 3 fois par jour
Lyrica 25 mg : 1 gél matin et soir
Tahor 10 mg : 1 cp le soir
Triatec 5 mg : 1 cp le matin
Glucophage 850 : 1 cp matin et soir
Xatral LP 10 mg : 1 cp le soir
Seretide Diskus 500/50 : 1 inhalation matin et soir
Movicol : 1 sachet le matin si besoin

Il vit avec son épouse, autonome pour les actes de la vie quotidienne, avec passage infirmier pour le pilulier. Il souhaite rester à domicile.

Merci de me dire s'il relève d'une radiothérapie antalgique ou d'un autre traitement. Je reste à votre disposition.

Bien confraternellement,

Dr B. Lamothe
"""

ZL03 = """EHPAD Les Glycines
4 allée des Peupliers, 71290 Cormoranche-sur-Saône — Tél. 03 85 40 21 63
Dr Pascale VUILLERMOZ, médecin coordonnateur

Le 17 novembre 2026

Objet : Mme Marcelle GIRODET, née le 02/05/1931
Demande d'avis RCP métastases osseuses

Chère consoeur, cher confrère,

Mme Girodet, résidente de notre EHPAD depuis 2022 (maladie d'Alzheimer, GIR 2), a présenté le 28/10/2026 une fracture du col du fémur gauche sans traumatisme notable, en se levant de son fauteuil. Elle a été opérée le 30/10 au CH de Mâcon-Nord (prothèse intermédiaire de hanche). Le scanner a montré une lésion lytique du col ainsi que d'autres lésions du bassin et du rachis lombaire.

Elle a un antécédent de cancer du sein droit opéré en 1998 (mastectomie, pas de compte rendu histologique dans le dossier). L'origine mammaire des lésions osseuses est probable mais non prouvée : l'analyse anatomopathologique de la tête fémorale est toujours en cours.

Depuis son retour le 08/11, l'équipe soignante note des douleurs lors des soins de nursing et des mobilisations (toilette, change, verticalisation). La patiente ne peut pas coter sa douleur. Algoplus 3/5 lors des soins, 0/5 au repos. Pas de réveils nocturnes rapportés par l'équipe de nuit.

Traitements en cours (feuille d'administration) :
- Durogesic 12 µg/h : 1 patch tous les 3 jours (depuis le 09/11)
- Actiskenan 5 mg : 1 gél 30 min avant les soins et si besoin
- Paracétamol 1 g x 4/j
- Lovenox 4000 UI : 1 inj SC/j, 35 jours post-op (jusqu'au 04/12)
- Kardégic 75 mg : 1 sachet/j
- Levothyrox 50 µg : 1 cp/j
- Mopral 20 mg : 1 gél/j
- Cacit D3 : 1 sachet/j
- Laroxyl : 5 gouttes le soir
- Xanax 0,25 mg : si angoisse, max 2/j
- Transipeg 5,9 g : 2 sachets/j
- Cosopt collyre : 1 goutte x 2/j oeil droit

Le donépézil a été arrêté en 2024. Elle a reçu une perfusion d'Aclasta en 2021 pour ostéoporose ; pas de traitement anti-ostéoporotique depuis.
Pas d'antécédent d'irradiation.

Après discussion avec son fils (personne de confiance), le projet est un projet de confort : pas de traitement oncologique spécifique, soins de support exclusifs.
Le pronostic global nous paraît réservé : patiente grabataire depuis la fracture, dénutrie (albumine 28 g/l).

Nous souhaiterions l'avis de la RCP sur l'intérêt d'une radiothérapie antalgique en une séance sur le bassin si les douleurs persistent.

Dr P. Vuillermoz
"""

ZL04 = """Équipe Mobile de Soins Palliatifs — Hôpital Saint-Roch de Bréval
Dr Anne-Sophie KERVELLA, médecin EMSP — Tél. 02 98 60 44 12

Bréval, le 22 octobre 2026

# Demande d'avis RCP métastases osseuses

Patient : M. Joseph LE GUENNEC, 78 ans, hospitalisé en pneumologie (secteur 3B)
Motif : douleurs rachidiennes rebelles chez un patient en soins palliatifs.

## Histoire oncologique
Adénocarcinome pulmonaire du lobe supérieur droit, stade IV d'emblée, diagnostiqué en janvier 2026 (EGFR non muté, ALK et ROS1 non réarrangés, PD-L1 5 %). Le TEP-scanner de bilan initial (janvier 2026) montrait des lésions osseuses rachidiennes (T8, L1) et costales. Carboplatine-pémétrexed-pembrolizumab de février à juin, puis maintenance par Keytruda seul, arrêtée en septembre 2026 pour progression et altération de l'état général.
En juin 2026, épidurite T8 avec paraparésie : radiothérapie T7-T9, 20 Gy en 5 fractions, récupération partielle (marche avec aide).
Décision de la RCP thoracique du 01/10/2026 : pas de nouvelle ligne, soins de support exclusifs.

## Douleur
Douleur dorsale en ceinture avec brûlures et décharges électriques en hémi-ceinture gauche (DN4 6/10), majorée à la mobilisation. EN 8/10 à l'admission, 5/10 ce jour après adaptation du traitement. Trois à quatre accès douloureux par jour, surtout lors des toilettes.

## Traitements en cours
Durogesic 50 µg/h, patch changé tous les 3 jours
Actiskenan 10 mg en interdoses (jusqu'à 6/j)
Neurontin 300 mg x 3/j
Dexaméthasone 4 mg le matin
Pantoprazole 40 mg le soir
Movicol 2 sachets/j
Innohep 10 000 UI/j en SC (embolie pulmonaire en août 2026)
Imovane 7,5 mg au coucher
Spiriva 2,5 µg 2 bouffées/j, Ventoline si besoin

Xgeva : 4 injections de mars à juin 2026, suspendu depuis juillet pour une extraction dentaire ; reprise non prévue dans le contexte.
Le Kardégic (stent coronaire en 2017) a été arrêté à l'introduction de l'Innohep.

## Pronostic
OMS 3. Pronostic estimé en semaines, au plus quelques mois. Patient informé, famille présente.

## Question à la RCP
Nouvelle lésion lytique de L1 avec risque de tassement : une cimentoplastie est-elle envisageable ? Place d'une réirradiation ?

Dr A.-S. Kervella
"""

ZL05 = """Centre de Soins de Suite et de Réadaptation « Les Coteaux » — Service de gériatrie
18 route de Morvillers, 89170 Saint-Fargeau-le-Haut — Tél. 03 86 74 52 09
Dr Mathieu OSTROWSKI, gériatre

Le 20 novembre 2026

Au Dr Claire Dumesnil, RCP métastases osseuses, CHU de Dijonville

Concerne : Mme Yvette PERRAUDIN, née le 21/11/1940

Chère consoeur,

Mme Perraudin est hospitalisée dans notre SSR depuis le 02/11/2026 pour réadaptation après une pneumopathie. Elle est suivie pour un carcinome rénal à cellules claires du rein gauche (néphrectomie élargie en 2019, pT2a), traité par sunitinib de 2022 à 2024, arrêté pour intolérance (asthénie, mucite) ; surveillance simple depuis.

Un scanner abdominal réalisé en août 2026 aux urgences pour des douleurs abdominales (suspicion de diverticulite) a découvert fortuitement une lésion lytique de l'aile iliaque droite de 35 mm ; l'IRM a retrouvé une deuxième lésion en S1. Pas de biopsie osseuse.

Sur le plan douloureux, la patiente ne se plaint de rien et l'équipe ne note aucun comportement douloureux, y compris à la mobilisation (Algoplus 0/5). Elle marche avec un rollator sur 50 m.
Aucun traitement local des lésions (jamais irradiée, pas de chirurgie osseuse).

Antécédents : HTA, diabète de type 2, hypothyroïdie, hémorragie digestive sur ulcère en 2020, ostéoporose fracturaire (tassement D12 en 2021), cataracte opérée. Mère décédée d'un cancer du sein.

Traitement à l'entrée, poursuivi :
Xarelto 15 mg : 1 cp le soir
Amlodipine 5 mg : 1 cp le matin
Lasilix 20 mg : 1 cp le matin
Levothyrox 100 µg : 1 cp à jeun
Metformine 500 mg : matin et soir
Tahor 20 mg : 1 cp le soir
Eupantol 20 mg : 1 cp le matin
Actonel 35 mg : 1 cp le lundi (depuis 2021)
Calciprat D3 : 1 cp/j
Doliprane 500 mg : si besoin
Lumigan collyre : 1 goutte le soir

Synthèse pour la fiche RCP :
- Anticoagulant : non (antécédent d'hémorragie digestive)
- Antiagrégant : non
- Bisphosphonate : oui (Actonel, ostéoporose)

État général : Karnofsky 60 %. Patiente lucide, vit seule avec aide à domicile.

Projet : en accord avec son oncologue, pas de reprise de traitement systémique ; poursuite de la surveillance.

Question : faut-il proposer une radiothérapie ou une cimentoplastie préventive de la lésion iliaque (risque fracturaire) chez cette patiente non douloureuse ?

Confraternellement,
Dr M. Ostrowski
"""

ZL06_HEAD = """Service d'Oncologie Médicale — Centre Hospitalier Intercommunal de Lauzières
Dr Karim BENYAHIA — secrétariat 04 67 93 20 58

Lauzières, le 27/10/2026

# RCP Métastases osseuses — fiche de demande

Patient : M. André FONTVIEILLE, 81 ans
Médecin référent : Dr K. Benyahia

Tumeur primitive : carcinome épidermoïde pulmonaire lobaire inférieur gauche, stade IV, diagnostiqué en mars 2026. PD-L1 (TPS) 70 %. Pas de recherche d'altération moléculaire (EGFR non recherché, histologie épidermoïde, ancien fumeur).

Traitement oncologique : pembrolizumab (Keytruda) 400 mg toutes les 6 semaines en monothérapie, à visée palliative ; 5e cure le 20/10/2026, bonne tolérance.

Atteinte osseuse : lésions costales droites (6e et 7e arcs) et de l'ischion droit découvertes sur le scanner de réévaluation, absentes du bilan initial.

Douleur : douleur costale droite à la toux, à l'inspiration profonde et à la mobilisation du tronc, EN 4/10. Pas de douleur nocturne.

Anticoagulation : le patient dit prendre de la « Coumadine » prescrite par son cardiologue, qui ne figure pas sur l'ordonnance apportée ; à vérifier (INR non disponible).

Ordonnance en cours :
"""

ZL06_TABLE = [
    ("Médicament", "Posologie", "Indication"),
    ("Keytruda 400 mg", "IV toutes les 6 semaines", "CBNPC"),
    ("Plavix 75 mg", "1 cp/j", "AOMI, stent fémoral 2022"),
    ("Bisoprolol 2,5 mg", "1 cp le matin", "cardiopathie"),
    ("Ramipril 5 mg", "1 cp le matin", "HTA"),
    ("Atorvastatine 40 mg", "1 cp le soir", ""),
    ("Oméprazole 20 mg", "1 gél le matin", ""),
    ("Oxycontin LP 10 mg", "1 cp matin et soir", "douleur"),
    ("Oxynormoro 5 mg", "si douleur, max 4/j", "douleur"),
    ("Paracétamol 1 g", "3 fois/j", "douleur"),
    ("Macrogol 4000", "1 sachet/j", "constipation"),
    ("Spiriva Respimat", "2 bouffées/j", "BPCO"),
    ("Ventoline", "si besoin", "BPCO"),
]

ZL06_TAIL = """
Acide zolédronique (Zometa) prévu à partir de la prochaine cure, après contrôle dentaire.

État général : ECOG 1, autonome, vit avec son épouse. Espérance de vie estimée supérieure à 6 mois.

Question : radiothérapie antalgique costale ? Faut-il traiter préventivement la lésion ischiatique ?

Dr K. Benyahia
"""

ZL07 = """Dr Françoise MARECHAL-DUBOST
Médecin généraliste - 3 place de l'Eglise - 24590 Sainte-Nathalène-du-Causse
tel 05 53 29 61 84

le 6/11/2026

Cher confrère,

Je vous adresse Mme Germaine LACOSTE-VIDAL, 89 ans, pour avis RCP os.

ATCD :
- ADK lieberkühnien du colon sigmoide opéré en 2021 (colectomie gauche), pT3N1, KRAS muté (G12D), BRAF non muté, MSS. Pas de chimio adjuvante (refus).
- FA sous AVK, valvulopathie mitrale
- Insuf cardiaque, IRC modérée (DFG 38)
- HTA, hypothyroidie
- Sa fille : cancer du sein à 50 ans

HDM : hospitalisée du 10 au 18/10/2026 à la clinique du Périgord Noir pour confusion. Calcémie à 3,1 mmol/l. Le bilan a retrouvé des lésions ostéolytiques multiples (rachis, bassin, humérus D) + nodules pulmonaires et hépatiques, ACE à 85. Pas de biopsie (la patiente et la famille ne souhaitent pas d'examens invasifs). A recu une perfusion unique de zometa 4 mg le 11/10 avec normalisation de la calcémie, pas de relais par anti-résorptif au long cours pour l'instant.

Actuellement : douleurs diffuses, dos et épaule droite, surtout la nuit d'après sa fille qui dort chez elle (gémissements, réveils). EVA 3 le jour.
Aucun traitement local (ni RT ni chirurgie).

Ttt actuel :
Minisintrom 1 mg : 3 cp le soir selon INR
Kardegic 75 : 1/j
Doliprane 1g : 1 x 3/j
Tramadol 50 mg : 1 gél matin et soir
Lasilix 40 : 1/j
Cardensiel 1,25 : 1/j
Levothyrox 25 : 1/j
Forlax : 2 sachets/j
Uvedose : 1 amp tous les 2 mois
Duphalac si constipation
Metformine arretée (IRC), Tahor arreté cette année.

Etat général altéré, au lit-fauteuil depuis la sortie, mange peu. Pronostic sombre à court terme selon moi.
Vu l'âge et l'état général, pas de traitement oncologique spécifique : décision prise avec la famille (pas de chimio, pas d'examens complémentaires).

Merci de votre avis sur une RT antalgique de l'épaule droite (risque fracturaire humérus ?).

Confraternellement
Dr Maréchal-Dubost
"""

ZL08 = """Hospitalisation À Domicile du Pays de Brenne
7 avenue Jean-Moulin, 36300 Le Blanc-sur-Creuse — Tél. 02 54 28 90 15
Dr Olivier CHASSAGNE, médecin coordonnateur HAD

Le 5 novembre 2026

À la RCP métastases osseuses — CHU de Poitevine

Objet : M. Marcel THIBAUDEAU, né le 30/06/1945

Cher confrère,

Je vous adresse ce patient, pris en charge en HAD depuis le 20/10/2026 pour la douleur et les soins de nursing.

Histoire : adénocarcinome prostatique diagnostiqué en 2022, d'emblée métastatique osseux (scintigraphie de bilan initial en mars 2022 : rachis, bassin, côtes). Hormonothérapie par Eligard, puis résistance à la castration en 2024 : enzalutamide (Xtandi) depuis novembre 2024. PSA 12,4 ng/ml en octobre (nadir 3,1).
Radiothérapie antalgique du bassin, 8 Gy en une séance, en mai 2024.

Actuellement : douleurs de l'épaule gauche et du bassin. Sa fille, aidante principale, rapporte qu'il ne dort plus, se réveillant plusieurs fois par nuit à cause de la douleur, et qu'il crie lors des mobilisations pour les changes. EN 7/10 le 25/10, 5/10 depuis l'augmentation du Durogesic le 30/10.

Traitement en cours :
1. Xtandi 40 mg : 4 cp/j
2. Eligard 45 mg : 1 inj SC tous les 6 mois (dernière 07/2026)
3. Durogesic 37 µg/h : 1 patch de 25 + 1 patch de 12 tous les 3 jours
4. Actiskenan 10 mg : si douleur, max 6/j
5. Paracétamol 1 g : 4 fois/j
6. Prolia 60 mg : 1 inj SC tous les 6 mois (ostéoporose sous hormonothérapie), dernière le 12/05/2026
7. Fragmine 5000 UI : 1 inj SC/j (TVP du membre inférieur gauche le 15/10/2026)
8. Inipomp 20 mg : 1 cp/j
9. Cymbalta 30 mg : 1 gél le matin
10. Zopiclone 3,75 mg : au coucher
11. Zyma D 50 000 UI : 1 ampoule/mois
12. Triatec 2,5 mg : 1 cp/j
13. Forlax : 2 sachets/j
14. Atrovent : 2 bouffées x 3/j

Traitements arrêtés : tramadol arrêté à l'entrée en HAD (confusion, hallucinations) ; Kardégic suspendu à l'introduction de la Fragmine.

État général : OMS 3, alité la majeure partie de la journée. Pronostic estimé à quelques mois.

Projet : poursuite de l'enzalutamide à visée palliative tant qu'elle est tolérée.

Question : une radiothérapie antalgique de l'épaule gauche (lésion de la glène) est-elle possible en ambulatoire, avec transport allongé ?

Bien confraternellement,
Dr O. Chassagne
"""

ZL09 = """Hôpital de jour d'oncogériatrie — CHU de Vernonville
Dr Isabelle TRANCHANT — Tél. 03 22 45 78 10

Vernonville, le 12 novembre 2026

Compte rendu de consultation d'oncogériatrie
adressé à la RCP métastases osseuses

Mme Simone AUBERTIN, 91 ans

Motif : évaluation avant décision thérapeutique.

Histoire : lombalgies apparues brutalement mi-septembre 2026, sans traumatisme. IRM : lésion lytique de L2 sans recul du mur postérieur, autres lésions de D11 et de l'aile iliaque gauche. Scanner TAP : nodule spiculé du lobe inférieur gauche de 22 mm. Biopsie de L2 réalisée pendant la cyphoplastie L2 du 02/10/2026 : métastase d'adénocarcinome, TTF1 positif, CK7 positif, en faveur d'une origine pulmonaire. Analyses moléculaires (EGFR, ALK) et PD-L1 en cours.

Douleur : lombalgies mécaniques nettement améliorées depuis la cyphoplastie, EN 2/10 ce jour (7/10 avant le geste). Pas de radiculalgie.

Antécédents : FA, HTA, insuffisance cardiaque, BPCO, glaucome, ostéoporose (Fosamax de 2015 à 2020, arrêté). Veuve, vit en résidence autonomie.

Traitement : Eliquis 2,5 mg x 2/j (le Préviscan a été remplacé par l'Eliquis en 2023) ; bisoprolol 2,5 mg ; furosémide 20 mg ; Seretide 250, 2 inhalations x 2 ; Xalatan 1 goutte OG le soir ; Doliprane 1 g x 3 ; Oxynorm 5 mg si douleur ; Movicol 1 sachet ; Orocal D3 1 cp x 2.

Evaluation : G8 10/17, ADL 5/6, IADL 4/8, MMSE 27/30, poids stable, marche sans aide technique à l'intérieur.
Pronostic : espérance de vie dépassant probablement l'année hors cancer ; le pronostic est surtout conditionné par la maladie cancéreuse et la possibilité d'une thérapie ciblée.

Conclusion : patiente robuste pour son âge, pouvant bénéficier d'un traitement oncologique adapté selon les résultats moléculaires. Décision thérapeutique en attente des résultats.

Question à la RCP : faut-il une radiothérapie complémentaire de L2 après la cyphoplastie, et un traitement anti-résorptif ?

Dr I. Tranchant
"""

ZL10 = """Dr Jean-Luc POMMEROL — Médecin généraliste
9 rue du Moulin, 51230 Fère-Champenoise-la-Vallée — 03 26 42 17 95

Le 9 novembre 2026

Cher confrère,

Je vous adresse M. Emile VAUTRIN né le 11/11/1933, veuf, vivant seul au domicile avec passage d'une aide à domicile, pour avis sur des lésions du bassin.

Il a été traité en 2023 pour une tumeur de vessie (RTUV au CH de Châlons-Est : carcinome urothélial infiltrant ; il a refusé la cystectomie). Pas de suivi urologique depuis 2024, il ne voulait plus y aller.

Depuis environ 2 mois il a des douleurs de la fesse et de l'aine gauche à la marche, il ne descend plus l'escalier de la cave. Pas de douleur la nuit, il dort bien. Le scanner du 28/10 (demandé par moi) montre une lésion lytique de la branche ilio-pubienne gauche et du cotyle, et des adénopathies iliaques. Chute dans son jardin le 15/09 sans fracture (radio faite).

Après la chute il a eu du Lovenox 4000 pendant 10 jours, terminé. Pas d'anticoagulant au long cours.

Traitement habituel :
Kardégic 75 mg 1/j
Tahor 40 1 le soir
Triatec 2,5 1 le matin
Cardensiel 5 1 le matin
Doliprane 1 g 4/j
Ixprim 1 cp 3/j depuis le scanner
Inexium 40
Forlax si besoin
Spiriva

Il reste très autonome malgré son âge et veut « savoir ce qu'il a ». Je n'ai pas rediscuté avec l'urologue. Pouvez vous me dire quelle prise en charge proposer ? Faut il une biopsie ?

Bien à vous
Dr Pommerol

PJ : compte rendu du scanner
"""

ZL11 = """Unité de Soins Palliatifs « La Roseraie » — Hôpital de Montclar-sur-Orge
Dr Nadia FERHAT — Tél. 01 69 84 33 27

Montclar, le 16/11/2026

Objet : Mme Danièle ROUSSILLON, 76 ans — demande d'avis RCP métastases osseuses (urgence relative)

Chère consoeur,

Mme Roussillon est hospitalisée dans notre unité depuis le 03/11/2026.

Rappel : carcinome canalaire infiltrant (NST) du sein gauche diagnostiqué en 2016, RE 80 %, RP 0 %, HER2 2+ FISH non amplifié. Maladie métastatique osseuse révélée en avril 2019 par une fracture pathologique du fémur droit (enclouage centromédullaire le 12/04/2019). Radiothérapie du rachis lombaire en 2021, cimentoplastie de T12 en 2023. Plusieurs lignes : létrozole-palbociclib, capécitabine, fulvestrant. Faslodex : dernière injection le 12/10/2026, arrêt décidé avec la patiente à l'entrée dans l'unité. Xgeva arrêté en 2025 (ostéonécrose mandibulaire).

Depuis 15 jours : douleur lombaire avec décharges électriques dans la jambe gauche (radiculalgie L5), majorée à la mobilisation et aux changements de position. EVA 8 hier soir, 6 ce matin après titration. Pas de déficit moteur, pas de troubles sphinctériens. IRM : épidurite L4-L5 sans compression médullaire.

Traitement actuel :
- morphine SC à la seringue électrique 30 mg/24 h, bolus de 5 mg si douleur (jusqu'à 6/24 h)
- dexaméthasone 8 mg SC le matin
- Lyrica 75 mg matin et soir
- paracétamol 1 g IV x 4/j
- oméprazole 20 mg IV
- Movicol 1 sachet x 2
- Xanax 0,25 mg si anxiété
Le Lovenox préventif et le Dafalgan codéiné ont été arrêtés à l'entrée. Pas d'antiagrégant.

Le pronostic est estimé à quelques semaines ; patiente alitée, lucide, souhaitant rentrer chez elle si la douleur est contrôlée.

Projet : soins de support exclusifs, confort, retour à domicile avec HAD si possible.

Question : une radiothérapie antalgique flash (8 Gy) sur L4-L5 est-elle réalisable rapidement ?

Confraternellement,
Dr N. Ferhat
"""

ZL12 = """Centre Hospitalier de Saint-Ambroix-en-Vivarais — Court séjour gériatrique
Dr Laurent EYMARD, praticien hospitalier — Tél. 04 75 39 62 00 (poste 4418)

Saint-Ambroix, le 23 novembre 2026

Au Dr Ferreira-Lopes, RCP métastases osseuses
Institut régional de cancérologie de Valence-Rhône

Objet : M. Gaston REYNAUD, né le 25/01/1942 — demande de discussion en RCP

Cher confrère,

M. Reynaud est hospitalisé dans notre service depuis le 14/11/2026 pour insuffisance rénale aiguë fonctionnelle et altération de l'état général.

Antécédents :
- Carcinome vésiculaire de la thyroïde : thyroïdectomie totale en 2018, deux cures d'iode 131 en 2018-2019. Thyroglobuline en ascension depuis 2024. Une lésion lytique de l'aile iliaque droite a été découverte en mars 2025 sur la scintigraphie à l'iode et le TEP de surveillance, puis d'autres lésions (sacrum, L4) en 2026. Le lenvatinib a été discuté en RCP thyroïde et récusé en raison de l'âge et de la fonction rénale.
- AVC ischémique sylvien gauche en 2022 avec aphasie séquellaire ; cardiopathie ischémique (stent en 2019) ; diabète de type 2 insulinotraité ; HTA ; BPCO.

Aucun traitement local osseux à ce jour (ni radiothérapie ni chirurgie).

Douleur : le patient, aphasique, ne peut pas coter sa douleur. L'équipe infirmière note un faciès crispé et des plaintes lors des transferts et de la mise au fauteuil, avec un apaisement au repos. Doloplus 9/30 à l'entrée, 5/30 après introduction de l'oxycodone.
\f
Traitements (à l'entrée -> décision dans le service) :
- Kardégic 75 mg 1/j -> poursuivi
- Plavix 75 mg 1/j -> arrêté (double antiagrégation non justifiée, stent ancien)
- Metformine 1000 mg x 2 -> arrêtée (IRA)
- Ramipril 5 mg -> suspendu (IRA)
- Lasilix 40 mg -> diminué à 20 mg/j
- Levothyrox 150 µg -> poursuivi (TSH freinée)
- Atorvastatine 40 mg -> poursuivie
- Bisoprolol 5 mg -> poursuivi
- Lantus 12 UI SC le soir -> poursuivie, adaptée aux glycémies
- Symbicort 200/6, 2 inhalations x 2 -> poursuivi
- Azopt collyre 1 goutte x 2 -> poursuivi
- Imovane 7,5 mg -> arrêté (chutes)
Introduits dans le service : Oxycontin LP 10 mg matin et soir ; Oxynormoro 5 mg si douleur ; paracétamol 1 g x 4/j ; Forlax 1 sachet/j ; Lovenox 4000 UI SC/j (prévention, pendant l'hospitalisation).

Anticoagulation : pas d'anticoagulation curative (pas de FA connue) ; HBPM préventive seulement.
Traitement anti-résorptif : non débuté ; acide zolédronique à discuter selon la fonction rénale.

Pronostic : Karnofsky 50 %. L'état général s'est dégradé depuis l'été ; pronostic de quelques mois.

Projet : pas de traitement systémique (lenvatinib récusé) ; prise en charge à visée palliative, retour en EHPAD prévu.

Question : radiothérapie antalgique de l'aile iliaque droite ? Intérêt d'un bisphosphonate avec un DFG à 32 ml/min ?

Bien confraternellement,
Dr L. Eymard
"""


def G(sex, tumor, bone, pain, meds_status, plt, btt, ac, ap, prog, proj):
    """Gold record without id/age/gaps (filled later)."""
    t_status, site, hist, bm = tumor
    b_status, circ, dated = bone
    p_status, ptypes, intensity = pain
    prog_status, ps = prog
    rec = {
        "patient": {"sex": sex},
        "primaryTumor": {"status": t_status, "site": site, "histology": hist, "biomarkers": bm},
        "boneDiagnosis": {"status": b_status, "circumstances": list(circ), "dated": dated},
        "pain": {"status": p_status, "types": list(ptypes), "intensity": intensity},
        "currentMedications": {"status": meds_status, "atc": []},
        "priorLocalTreatments": {"status": plt[0], "types": list(plt[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": list(btt[1])},
        "anticoagulation": {"status": ac[0], "atc": list(ac[1])},
        "antiplatelets": {"status": ap[0], "atc": list(ap[1])},
        "prognosis": {"status": prog_status},
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }
    if ps is not None and ps[0] == "kps":
        rec["prognosis"]["kps"] = ps[1]
    else:
        rec["prognosis"]["ecog"] = ps[1] if ps else None
    return rec


# Each letter: id, format, date, birth (or None), written age (or None), text,
# gold (without meds list), meds {atc: evidence in letter}, agent evidence,
# not_current {atc: reason} for every table drug named in the letter but not taken now.
LETTERS = [
    dict(
        id="zl01", fmt="pdf", date=(2026, 11, 3), birth=(1938, 12, 14), age_written=None, text=ZL01,
        author="Geriatrician (UCOG oncogeriatric assessment)",
        gold=G("F", ("present", "breast", "invasive_lobular_carcinoma",
                     {"ER": "positive", "PR": "positive", "HER2": "negative"}),
               ("present", ["pain"], True),
               ("present", ["mechanical", "nocturnal"], None),
               "present", ("absent", []), ("absent", []), ("present", ["B01AF02"]), ("absent", []),
               ("present", None), ("present", "palliative")),
        meds={"L02BG04": "Létrozole (Femara)", "B01AF02": "Eliquis 2,5 mg", "C07AB07": "Cardensiel",
              "C03CA01": "Lasilix", "H03AA01": "Levothyrox", "A02BC05": "Inexium", "N02BE01": "Doliprane",
              "N02AA05": "Oxynorm", "A06AD15": "Forlax", "A11CC05": "Uvedose"},
        not_current={"L02BA01": "tamoxifen stopped 2014", "N05CF01": "Imovane stopped",
                     "B01AC06": "Kardégic stopped 2024", "M05BX04": "Prolia planned"},
    ),
    dict(
        id="zl02", fmt="txt", date=(2026, 10, 14), birth=None, age_written=84, text=ZL02,
        author="General practitioner",
        gold=G("M", ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
               ("present", ["staging_imaging"], True),
               ("present", ["mechanical", "nocturnal"], 6),
               "present", ("absent", []), ("unknown", []), ("present", ["B01AA12"]), ("unknown", []),
               ("unknown", None), ("present", None)),
        meds={"B01AA12": "Previscan 20 mg", "L02AE04": "Décapeptyl LP", "N02AX02": "Topalgic LP",
              "N02BE01": "Doliprane 1000", "N03AX16": "Lyrica", "C10AA05": "Tahor", "C09AA05": "Triatec",
              "A10BA02": "Glucophage", "A06AD65": "Movicol"},
        not_current={},
    ),
    dict(
        id="zl03", fmt="scan", date=(2026, 11, 17), birth=(1931, 5, 2), age_written=None, text=ZL03,
        author="Nursing-home coordinating physician (EHPAD)",
        gold=G("F", ("uncertain", "breast", None, {}),
               ("present", ["pathological_fracture"], True),
               ("present", ["mechanical"], None),
               "present", ("present", ["surgery"]), ("absent", []), ("present", ["B01AB05"]),
               ("present", ["B01AC06"]),
               ("present", None), ("present", "supportive")),
        meds={"N02AB03": "Durogesic", "N02AA01": "Actiskenan", "N02BE01": "Paracétamol", "B01AB05": "Lovenox",
              "B01AC06": "Kardégic", "H03AA01": "Levothyrox", "A02BC01": "Mopral", "A12AX": "Cacit D3",
              "N06AA09": "Laroxyl", "N05BA12": "Xanax", "A06AD15": "Transipeg"},
        not_current={"M05BA08": "single Aclasta infusion 2021", "A12AA04": "substring of Cacit D3"},
    ),
    dict(
        id="zl04", fmt="docx", date=(2026, 10, 22), birth=None, age_written=78, text=ZL04,
        author="Palliative care mobile team physician (EMSP)",
        gold=G("M", ("present", "lung", "adenocarcinoma",
                     {"EGFR": "negative", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
               ("present", ["staging_imaging"], True),
               ("present", ["mechanical", "neuropathic"], 5),
               "present", ("present", ["radiotherapy"]), ("absent", []), ("present", ["B01AB10"]),
               ("absent", []),
               ("present", ("ecog", 3)), ("present", "supportive")),
        meds={"N02AB03": "Durogesic 50", "N02AA01": "Actiskenan", "N03AX12": "Neurontin",
              "H02AB02": "Dexaméthasone", "A02BC02": "Pantoprazole", "A06AD65": "Movicol",
              "B01AB10": "Innohep", "N05CF01": "Imovane"},
        not_current={"L01XA02": "carboplatin stopped", "L01BA04": "pemetrexed stopped",
                     "L01FF02": "pembrolizumab stopped 09/2026", "M05BX04": "Xgeva suspended, no resumption",
                     "B01AC06": "Kardégic stopped"},
    ),
    dict(
        id="zl05", fmt="pdf", date=(2026, 11, 20), birth=(1940, 11, 21), age_written=None, text=ZL05,
        author="Geriatrician in a rehabilitation unit (SSR)",
        gold=G("F", ("present", "kidney", "clear_cell_carcinoma", {}),
               ("present", ["incidental_imaging"], True),
               ("absent", [], None),
               "present", ("absent", []), ("present", ["M05BA07"]), ("conflicting", ["B01AF01"]),
               ("absent", []),
               ("present", ("kps", 60)), ("present", None)),
        meds={"B01AF01": "Xarelto 15 mg", "C03CA01": "Lasilix", "H03AA01": "Levothyrox", "A10BA02": "Metformine",
              "C10AA05": "Tahor", "A02BC02": "Eupantol", "M05BA07": "Actonel 35 mg", "A12AX": "Calciprat D3",
              "N02BE01": "Doliprane 500"},
        not_current={"L01EX01": "sunitinib stopped 2024", "A12AA04": "substring of Calciprat D3"},
    ),
    dict(
        id="zl06", fmt="docx", date=(2026, 10, 27), birth=None, age_written=81,
        text=ZL06_HEAD + "\n".join(" | ".join(r) for r in ZL06_TABLE) + "\n" + ZL06_TAIL,
        author="Medical oncologist (structured request with drug table)",
        gold=G("M", ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
               ("present", ["staging_imaging"], False),
               ("present", ["mechanical"], 4),
               "present", ("unknown", []), ("unknown", []), ("uncertain", ["B01AA03"]),
               ("present", ["B01AC04"]),
               ("present", ("ecog", 1)), ("present", "palliative")),
        meds={"L01FF02": "Keytruda 400 mg", "B01AC04": "Plavix 75 mg", "C07AB07": "Bisoprolol",
              "C09AA05": "Ramipril", "C10AA05": "Atorvastatine", "A02BC01": "Oméprazole",
              "N02AA05": "Oxycontin LP", "N02BE01": "Paracétamol 1 g", "A06AD15": "Macrogol 4000"},
        agent_evidence={"B01AA03": "« Coumadine »"},
        not_current={"B01AA03": "Coumadine named with doubt", "M05BA08": "Zometa planned"},
    ),
    dict(
        id="zl07", fmt="txt-cp1252", date=(2026, 11, 6), birth=None, age_written=89, text=ZL07,
        author="General practitioner (telegraphic, cp1252)",
        gold=G("F", ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
               ("present", ["hypercalcemia"], True),
               ("present", ["nocturnal"], 3),
               "present", ("absent", []), ("absent", []), ("present", ["B01AA07"]), ("present", ["B01AC06"]),
               ("present", None), ("present", None)),
        meds={"B01AA07": "Minisintrom", "B01AC06": "Kardegic 75", "N02BE01": "Doliprane 1g",
              "N02AX02": "Tramadol 50", "C03CA01": "Lasilix", "C07AB07": "Cardensiel", "H03AA01": "Levothyrox",
              "A06AD15": "Forlax", "A11CC05": "Uvedose"},
        not_current={"M05BA08": "single zometa infusion", "A10BA02": "Metformine stopped",
                     "C10AA05": "Tahor stopped"},
    ),
    dict(
        id="zl08", fmt="pdf", date=(2026, 11, 5), birth=(1945, 6, 30), age_written=None, text=ZL08,
        author="Home hospitalisation (HAD) coordinating physician",
        gold=G("M", ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
               ("present", ["staging_imaging"], True),
               ("present", ["mechanical", "nocturnal"], 5),
               "present", ("present", ["radiotherapy"]), ("present", ["M05BX04"]), ("present", ["B01AB04"]),
               ("absent", []),
               ("present", ("ecog", 3)), ("present", "palliative")),
        meds={"L02BB04": "Xtandi 40 mg", "L02AE02": "Eligard 45 mg", "N02AB03": "Durogesic 37",
              "N02AA01": "Actiskenan", "N02BE01": "Paracétamol 1 g", "M05BX04": "Prolia 60 mg",
              "B01AB04": "Fragmine", "A02BC02": "Inipomp", "N06AX21": "Cymbalta", "N05CF01": "Zopiclone",
              "A11CC05": "Zyma D", "C09AA05": "Triatec", "A06AD15": "Forlax"},
        not_current={"N02AX02": "tramadol stopped", "B01AC06": "Kardégic suspended"},
    ),
    dict(
        id="zl09", fmt="scan", date=(2026, 11, 12), birth=None, age_written=91, text=ZL09,
        author="Oncogeriatric day-hospital consultation report",
        gold=G("F", ("uncertain", "lung", "adenocarcinoma",
                     {"EGFR": "pending", "ALK": "pending", "PD-L1": "pending"}),
               ("present", ["pain"], True),
               ("present", ["mechanical"], 2),
               "present", ("present", ["cementoplasty"]), ("absent", []), ("present", ["B01AF02"]),
               ("unknown", []),
               ("present", None), ("unknown", None)),
        meds={"B01AF02": "Eliquis 2,5 mg", "C07AB07": "bisoprolol", "C03CA01": "furosémide",
              "N02BE01": "Doliprane", "N02AA05": "Oxynorm", "A06AD65": "Movicol", "A12AX": "Orocal D3"},
        not_current={"M05BA04": "Fosamax stopped 2020", "B01AA12": "Préviscan replaced 2023"},
    ),
    dict(
        id="zl10", fmt="docx", date=(2026, 11, 9), birth=(1933, 11, 11), age_written=None, text=ZL10,
        author="General practitioner (short, rural)",
        gold=G("M", ("present", "bladder", "other", {}),
               ("present", ["pain"], True),
               ("present", ["mechanical"], None),
               "present", ("unknown", []), ("unknown", []), ("absent", []), ("present", ["B01AC06"]),
               ("unknown", None), ("unknown", None)),
        meds={"B01AC06": "Kardégic 75", "C10AA05": "Tahor", "C09AA05": "Triatec", "C07AB07": "Cardensiel",
              "N02BE01": "Doliprane 1 g", "N02AX02": "Ixprim", "A02BC05": "Inexium", "A06AD15": "Forlax"},
        not_current={"B01AB05": "Lovenox 10 days, finished"},
    ),
    dict(
        id="zl11", fmt="txt-crlf", date=(2026, 11, 16), birth=None, age_written=76, text=ZL11,
        author="Palliative care unit physician (USP)",
        gold=G("F", ("present", "breast", "invasive_ductal_carcinoma",
                     {"ER": "positive", "PR": "negative", "HER2": "negative"}),
               ("present", ["pathological_fracture"], True),
               ("present", ["mechanical", "neuropathic"], 6),
               "present", ("present", ["surgery", "radiotherapy", "cementoplasty"]), ("absent", []),
               ("absent", []), ("absent", []),
               ("present", None), ("present", "supportive")),
        meds={"N02AA01": "morphine SC", "H02AB02": "dexaméthasone 8 mg", "N03AX16": "Lyrica 75",
              "N02BE01": "paracétamol 1 g IV", "A02BC01": "oméprazole", "A06AD65": "Movicol",
              "N05BA12": "Xanax"},
        not_current={"L02BG04": "letrozole past line", "L01EF01": "palbociclib past line",
                     "L01BC06": "capecitabine past line", "L02BA03": "fulvestrant stopped",
                     "M05BX04": "Xgeva stopped 2025", "B01AB05": "Lovenox stopped",
                     "N02AJ06": "Dafalgan codéiné stopped"},
    ),
    dict(
        id="zl12", fmt="pdf", date=(2026, 11, 23), birth=(1942, 1, 25), age_written=None, text=ZL12,
        author="Acute geriatric ward physician (admission drug reconciliation)",
        gold=G("M", ("present", "thyroid", "other", {}),
               ("present", ["staging_imaging"], True),
               ("present", ["mechanical"], None),
               "present", ("absent", []), ("absent", []), ("present", ["B01AB05"]), ("present", ["B01AC06"]),
               ("present", ("kps", 50)), ("present", "palliative")),
        meds={"B01AC06": "Kardégic 75", "C03CA01": "Lasilix", "H03AA01": "Levothyrox",
              "C10AA05": "Atorvastatine", "C07AB07": "Bisoprolol", "N02AA05": "Oxycontin LP",
              "N02BE01": "paracétamol 1 g", "A06AD15": "Forlax", "B01AB05": "Lovenox 4000"},
        not_current={"B01AC04": "Plavix stopped", "A10BA02": "Metformine stopped", "C09AA05": "Ramipril suspended",
                     "N05CF01": "Imovane stopped", "L01EX08": "lenvatinib declined", "M05BA08": "zoledronic planned"},
    ),
]

# ---------------------------------------------------------------------------
# Contract
# ---------------------------------------------------------------------------

NINE = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
        "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other",
         "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma",
               "nsclc_nos", "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma",
               "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BM_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
                 "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def fail(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower().replace("’", "'"))


def load_atc():
    rows = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        parts += [""] * (5 - len(parts))
        code, dci, inn, group, brands = parts[:5]
        names = {dci, inn} | {b for b in brands.split(",") if b}
        rows[code.strip()] = {norm(n) for n in names if n.strip()}
    return rows


def gaps_for(rec):
    """The spec's Gaps rule, applied to a gold record (nine items, not antiplatelets)."""
    out = []
    for item in NINE:
        sec = rec[item]
        st = sec["status"]
        if st == "unknown":
            out.append([item, "missing"])
        elif st == "uncertain":
            out.append([item, "uncertain"])
        elif st == "conflicting":
            out.append([item, "conflicting"])
        elif st == "present":
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


def age_at(birth, date):
    b, d = dt.date(*birth), dt.date(*date)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def mentions(text, atc_rows):
    """ATC codes whose name (DCI, INN or brand) occurs as a word in the text."""
    t = norm(text)
    found = {}
    for code, names in atc_rows.items():
        for n in names:
            if re.search(r"(?<![a-z0-9])" + re.escape(n) + r"(?![a-z0-9])", t):
                found.setdefault(code, set()).add(n)
    return found


def names_code(evidence, code, atc_rows):
    e = norm(evidence)
    return any(re.search(r"(?<![a-z0-9])" + re.escape(n) + r"(?![a-z0-9])", e) for n in atc_rows[code])


def build_and_check(L, atc_rows):
    lid, text, g = L["id"], L["text"], json.loads(json.dumps(L["gold"]))
    ntext = norm(text)
    rec = {"id": lid}
    # age
    if L["birth"]:
        if L["age_written"] is not None:
            fail(f"{lid}: both birth date and written age given in data")
        age = age_at(L["birth"], L["date"])
        b = "%02d/%02d/%04d" % (L["birth"][2], L["birth"][1], L["birth"][0])
        if b not in text:
            fail(f"{lid}: birth date {b} not in letter")
        if re.search(r"\b\d{2,3} ans\b", text) and f"{age} ans" not in text:
            fail(f"{lid}: a written age differs from the computed age {age}")
    else:
        age = L["age_written"]
        if f"{age} ans" not in text:
            fail(f"{lid}: written age {age} not in letter")
    # letter date must be in the text in some form
    y, m, d = L["date"]
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre"]
    forms = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} {months[m - 1]} {y}"]
    if not any(f in text for f in forms):
        fail(f"{lid}: letter date not found in text")
    rec["patient"] = {"sex": g["patient"]["sex"], "age": age}
    if rec["patient"]["sex"] not in ("F", "M"):
        fail(f"{lid}: bad sex")
    for item in ALLOWED:
        rec[item] = g[item]
        st = g[item]["status"]
        if st not in ALLOWED[item]:
            fail(f"{lid}: {item} status {st} not allowed")
    # tumour
    pt = rec["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail(f"{lid}: unknown tumour with values")
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(f"{lid}: site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(f"{lid}: histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BM_RESULTS:
            fail(f"{lid}: biomarker {k}={v}")
        if not re.search(r"(?<![a-z0-9])" + re.escape(norm(k)) + r"(?![a-z0-9])",
                         ntext.replace("re ", "er ") if k == "ER" else ntext.replace("rp ", "pr ") if k == "PR" else ntext):
            fail(f"{lid}: biomarker {k} not named in letter")
    # bone diagnosis
    bd = rec["boneDiagnosis"]
    if any(c not in CIRCUMSTANCES for c in bd["circumstances"]):
        fail(f"{lid}: circumstance")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(f"{lid}: present bone diagnosis without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(f"{lid}: unknown bone diagnosis with values")
    if not isinstance(bd["dated"], bool):
        fail(f"{lid}: dated must be bool")
    # pain
    p = rec["pain"]
    if any(t not in PAIN_TYPES for t in p["types"]):
        fail(f"{lid}: pain type")
    if p["status"] in ("absent", "unknown") and (p["types"] or p["intensity"] is not None):
        fail(f"{lid}: pain {p['status']} with types/intensity")
    if p["intensity"] is not None:
        if not (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10):
            fail(f"{lid}: intensity")
        if not re.search(r"(EN|EVA|cote)[^.\n]*?\b%d\b" % p["intensity"], text):
            fail(f"{lid}: intensity {p['intensity']} not written as EN/EVA")
    # local treatments
    lt = rec["priorLocalTreatments"]
    if any(t not in LOCAL_TYPES for t in lt["types"]):
        fail(f"{lid}: local type")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        fail(f"{lid}: local treatments {lt['status']} with types")
    if lt["status"] == "present" and not lt["types"]:
        fail(f"{lid}: local treatments present without type")
    # medications
    meds = L["meds"]
    for code, ev in meds.items():
        if code not in atc_rows:
            fail(f"{lid}: ATC {code} not in atc-reference.tsv")
        if norm(ev) not in ntext:
            fail(f"{lid}: evidence '{ev}' for {code} not in letter")
        if not names_code(ev, code, atc_rows):
            fail(f"{lid}: evidence '{ev}' does not name {code}")
    rec["currentMedications"]["atc"] = sorted(meds)
    cm = rec["currentMedications"]
    if cm["status"] != "present" and cm["atc"]:
        fail(f"{lid}: medications {cm['status']} with codes")
    if cm["status"] == "present" and not cm["atc"]:
        fail(f"{lid}: medications present without any table code (allowed by spec, but unexpected here)")
    # every table drug named in the letter is either current or explained
    named = mentions(text, atc_rows)
    for code, ns in named.items():
        if code not in meds and code not in L["not_current"]:
            fail(f"{lid}: letter names {sorted(ns)} ({code}) but it is neither current nor explained")
    for code in L["not_current"]:
        if code in atc_rows and code in meds:
            fail(f"{lid}: {code} both current and not current")
    # agent sections
    for sec, prefixes in AGENT_PREFIX.items():
        s = rec[sec]
        for c in s["atc"]:
            if c not in atc_rows:
                fail(f"{lid}: {sec} agent {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                fail(f"{lid}: {sec} agent {c} outside the section's classes")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            fail(f"{lid}: {sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                if c not in meds:
                    fail(f"{lid}: {sec} agent {c} missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                if c in meds:
                    fail(f"{lid}: doubtful {sec} agent {c} must not be a current medication")
                ev = L.get("agent_evidence", {}).get(c)
                if not ev or norm(ev) not in ntext or not names_code(ev, c, atc_rows):
                    fail(f"{lid}: doubtful agent {c} without evidence")
        if s["status"] == "conflicting" and not s["atc"] and sec != "antiplatelets":
            pass
        # every current medication of the section's classes must be in the section
        for c in meds:
            if c.startswith(prefixes) and c not in s["atc"]:
                fail(f"{lid}: current {c} not listed in {sec}")
            if c.startswith(prefixes) and s["status"] not in ("present", "conflicting"):
                fail(f"{lid}: current {c} but {sec} is {s['status']}")
    # prognosis
    pr = rec["prognosis"]
    if "ecog" in pr and "kps" in pr:
        fail(f"{lid}: both ecog and kps")
    if pr.get("ecog") is not None:
        if pr["ecog"] not in range(0, 6) or not re.search(r"(OMS|ECOG|PS)\s*%d\b" % pr["ecog"], text):
            fail(f"{lid}: ecog {pr['ecog']} not written")
    if pr.get("kps") is not None:
        if pr["kps"] not in range(0, 101, 10) or not re.search(r"Karnofsky\s*%d" % pr["kps"], text):
            fail(f"{lid}: kps {pr['kps']} not written")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        fail(f"{lid}: unknown prognosis with values")
    if pr["status"] == "present" and pr.get("ecog") is None and pr.get("kps") is None \
            and not re.search(r"pronostic|espérance de vie", text, re.I):
        fail(f"{lid}: prognosis present without any prognosis words")
    # project
    tp = rec["therapeuticProject"]
    if tp["intent"] is not None:
        if tp["intent"] not in INTENTS:
            fail(f"{lid}: intent")
        if tp["status"] != "present":
            fail(f"{lid}: intent without present project")
        word = {"palliative": r"palliati", "curative": r"curati", "supportive": r"soins de support exclusifs"}
        if not re.search(word[tp["intent"]], text, re.I):
            fail(f"{lid}: intent {tp['intent']} not written in letter")
    rec["gaps"] = gaps_for(rec)
    # shape: key order as in the spec's example
    order = ["id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis",
             "therapeuticProject", "gaps"]
    return {k: rec[k] for k in order}


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------

def write_txt(path, text, encoding="utf-8", newline="\n"):
    data = text.replace("\f", "\n").replace("\n", newline).encode(encoding)
    path.write_bytes(data)


def pdf_text(path, text, title):
    from fontTools import subset
    from fontTools.ttLib import TTFont

    base = TTFont(FONT)
    cmap = base.getBestCmap()
    upm = base["head"].unitsPerEm
    hmtx = base["hmtx"]
    size, lead, left, top, width, height = 10.0, 13.0, 56.0, 790.0, 483.0, 842.0

    def gid(ch):
        return base.getGlyphID(cmap.get(ord(ch), ".notdef"))

    def w(ch):
        return hmtx[cmap.get(ord(ch), ".notdef")][0] * 1000.0 / upm

    def tw(s):
        return sum(w(c) for c in s) * size / 1000.0

    pages = []
    for ptxt in text.split("\f"):
        lines = []
        for para in ptxt.strip("\n").split("\n"):
            if not para.strip():
                lines.append("")
                continue
            cur = ""
            for word in para.split(" "):
                cand = word if not cur else cur + " " + word
                if tw(cand) <= width or not cur:
                    cur = cand
                else:
                    lines.append(cur)
                    cur = "    " + word if para.startswith(("- ", "1", "2", "3", "4", "5", "6", "7", "8", "9")) else word
            lines.append(cur)
        # split over pages of at most 58 lines
        while lines:
            pages.append(lines[:58])
            lines = lines[58:]

    used = sorted({c for p in pages for l in p for c in l if c != "\n"} | set(" Page0123456789/"))
    opts = subset.Options()
    opts.retain_gids = True
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.recalc_timestamp = False
    opts.drop_tables = list(opts.drop_tables) + ["FFTM"]
    font = subset.load_font(FONT, opts)
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=[ord(c) for c in used])
    sub.subset(font)
    fb = io.BytesIO()
    subset.save_font(font, fb, opts)
    fontdata = fb.getvalue()

    gids = {c: gid(c) for c in used}
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    def stream(dict_extra, data):
        return b"<< /Length %d %s >>\nstream\n" % (len(data), dict_extra) + data + b"\nendstream"

    n_catalog = add(None)
    n_pages = add(None)
    n_font = add(None)
    n_cid = add(None)
    n_desc = add(None)
    n_file = add(stream(b"/Length1 %d" % len(fontdata), fontdata))
    tounicode = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                 "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
                 "<0000> <FFFF>", "endcodespacerange"]
    pairs = sorted({(gids[c], c) for c in used})
    for i in range(0, len(pairs), 100):
        chunk = pairs[i:i + 100]
        tounicode.append(f"{len(chunk)} beginbfchar")
        for g_, c in chunk:
            tounicode.append("<%04X> <%s>" % (g_, c.encode("utf-16-be").hex().upper()))
        tounicode.append("endbfchar")
    tounicode += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    n_tu = add(stream(b"", "\n".join(tounicode).encode("ascii")))
    wparts = " ".join("%d [%d]" % (g_, round(w(c))) for g_, c in pairs)
    objs[n_font - 1] = (b"<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+DejaVuSans /Encoding /Identity-H "
                        b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (n_cid, n_tu))
    objs[n_cid - 1] = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+DejaVuSans "
                       b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                       b"/FontDescriptor %d 0 R /CIDToGIDMap /Identity /DW 600 /W [%s] >>"
                       % (n_desc, wparts.encode("ascii")))
    objs[n_desc - 1] = (b"<< /Type /FontDescriptor /FontName /AAAAAA+DejaVuSans /Flags 32 "
                        b"/FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 /Ascent 928 /Descent -236 "
                        b"/CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % n_file)
    page_nums = []
    for pi, lines in enumerate(pages):
        ops = [b"BT", b"/F1 %.1f Tf" % size, b"%.1f TL" % lead, b"%.1f %.1f Td" % (left, top)]
        for l in lines:
            hexs = "".join("%04X" % gids[c] for c in l)
            ops.append(b"<%s> Tj T*" % hexs.encode("ascii"))
        ops.append(b"ET")
        if len(pages) > 1:
            foot = f"Page {pi + 1}/{len(pages)}"
            ops += [b"BT", b"/F1 8 Tf", b"%.1f 40 Td" % (left + width - tw(foot)),
                    b"<%s> Tj" % "".join("%04X" % gid(c) for c in foot).encode("ascii"), b"ET"]
        content = b"\n".join(ops)
        n_c = add(stream(b"", content))
        n_p = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 %d] /Resources << /Font << /F1 %d 0 R >> >> "
                  b"/Contents %d 0 R >>" % (n_pages, int(height), n_font, n_c))
        page_nums.append(n_p)
    objs[n_catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % n_pages
    objs[n_pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % n for n in page_nums).encode(), len(page_nums))

    def pdfstr(s):
        return ("(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")").encode("latin-1")

    n_info = add(b"<< /Title " + pdfstr(title) + b" /Producer (corpus38 make_letters.py) "
                 b"/Creator (corpus38) /CreationDate (D:20261127090000Z) /ModDate (D:20261127090000Z) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, n_catalog, n_info, hashlib.md5(title.encode()).hexdigest().encode(),
                 hashlib.md5(title.encode()).hexdigest().encode(), xref))
    path.write_bytes(out.getvalue())


def pdf_scan(path, text, seed, title):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter

    rnd = random.Random(seed)
    W, H = 1654, 2339  # A4 at 200 dpi
    font = ImageFont.truetype(FONT, 30)
    margin, lh, maxw = 140, 42, W - 280
    pages_lines = []
    for ptxt in text.split("\f"):
        lines = []
        for para in ptxt.strip("\n").split("\n"):
            if not para.strip():
                lines.append("")
                continue
            cur = ""
            for word in para.split(" "):
                cand = word if not cur else cur + " " + word
                if font.getlength(cand) <= maxw or not cur:
                    cur = cand
                else:
                    lines.append(cur)
                    cur = word
            lines.append(cur)
        per = (H - 2 * 150) // lh
        while lines:
            pages_lines.append(lines[:per])
            lines = lines[per:]
    images = []
    for lines in pages_lines:
        im = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(im)
        y = 150
        for l in lines:
            d.text((margin + rnd.randint(-2, 2), y), l, font=font, fill=rnd.randint(20, 50))
            y += lh
        im = im.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255)
        px = im.load()
        for _ in range(2500):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            px[x, yy] = rnd.randint(120, 200)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        images.append(im)
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=200.0, save_all=True, append_images=images[1:], title=title,
                   producer="corpus38 scanner", creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())
    path.write_bytes(buf.getvalue())


def docx_write(path, text, title, table=None):
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for line in text.strip("\n").split("\n"):
        if line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line == "@@TABLE@@" and table:
            t = doc.add_table(rows=len(table), cols=len(table[0]))
            t.style = "Table Grid"
            for i, row in enumerate(table):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            doc.add_paragraph(line)
    cp = doc.core_properties
    cp.author = "Secrétariat médical"
    cp.last_modified_by = "Secrétariat médical"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    raw = io.BytesIO()
    doc.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 27, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


EXT = {"pdf": ".pdf", "scan": ".pdf", "docx": ".docx", "txt": ".txt", "txt-cp1252": ".txt", "txt-crlf": ".txt"}


def main():
    atc_rows = load_atc()
    # Drop the helper key used only to document an intentional non-ATC entry
    for L in LETTERS:
        L["not_current"] = {k: v for k, v in L["not_current"].items() if k in atc_rows}
    ids = [L["id"] for L in LETTERS]
    if ids != ["zl%02d" % i for i in range(1, len(LETTERS) + 1)] or len(set(ids)) != len(ids):
        fail("ids must be zl01..zlNN")
    golds = {L["id"]: build_and_check(L, atc_rows) for L in LETTERS}
    # cp1252 letters must be encodable
    for L in LETTERS:
        if L["fmt"] == "txt-cp1252":
            try:
                L["text"].encode("cp1252")
            except UnicodeEncodeError as e:
                fail(f"{L['id']}: not cp1252-encodable: {e}")
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for old in list(ldir.iterdir()) + list(gdir.iterdir()):
        old.unlink()
    for i, L in enumerate(LETTERS):
        lid, fmt = L["id"], L["fmt"]
        path = ldir / (lid + EXT[fmt])
        if fmt == "pdf":
            pdf_text(path, L["text"], f"Courrier RCP {lid}")
        elif fmt == "scan":
            pdf_scan(path, L["text"], 3800 + i, f"Scan {lid}")
        elif fmt == "docx":
            if lid == "zl06":
                body = ZL06_HEAD + "@@TABLE@@\n" + ZL06_TAIL
                docx_write(path, body, f"Demande RCP {lid}", table=ZL06_TABLE)
            else:
                docx_write(path, L["text"], f"Demande RCP {lid}")
        elif fmt == "txt":
            write_txt(path, L["text"])
        elif fmt == "txt-cp1252":
            write_txt(path, L["text"], encoding="cp1252")
        elif fmt == "txt-crlf":
            write_txt(path, L["text"], newline="\r\n")
        (gdir / f"{lid}.json").write_text(json.dumps(golds[lid], indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds; contract checks passed")


if __name__ == "__main__":
    main()
