# -*- coding: utf-8 -*-
"""Letters of corpus43 (text + gold, gaps are derived in make_letters.py)."""

LETTERS = []


def add(**kw):
    LETTERS.append(kw)


# ---------------------------------------------------------------- zq01
add(id="zq01", fmt="pdf", date="14/03/2025", birth="22/07/1961", age_written=None,
    author="Oncologue médical (sein)", tricky="2 pages; 4 lignes successives; Xeloda arrêté pour toxicité, Taxol en cours; Zometa relayé par Xgeva; Lovenox relayé par Eliquis; réveils nocturnes niés",
    text="""## Institut de Cancérologie des Trois Vallées - Oncologie médicale
Dr Hélène Vasseur-Marty - Tél. 04 71 88 21 40
Le 14/03/2025

## Demande d'avis - RCP Métastases osseuses
Patiente : Mme Corinne BOUDAREL, née le 22/07/1961
Adressée par : Dr H. Vasseur-Marty (oncologue référente)

Chère consoeur, cher confrère,

Je vous soumets le dossier de Mme Boudarel, suivie pour un carcinome canalaire infiltrant du sein gauche, grade II, RE 90 %, RP 40 %, HER2 score 1+ (non amplifié, HER2 négatif), dans un contexte de rechute osseuse exclusive.

## Antécédents
- HTA, hypothyroïdie substituée, RGO.
- Familiaux : mère décédée d'un cancer de l'ovaire à 70 ans, soeur traitée pour un cancer du sein (irradiée en 2012).

## Histoire oncologique
- 05/2016 : tumorectomie + ganglion sentinelle (pT1c N0), radiothérapie mammaire 50 Gy, puis tamoxifène 5 ans, arrêté en 06/2021.
- 09/2022 : lombalgies d'aggravation progressive depuis 2 mois ; IRM : lésions secondaires de L3 et de l'aile iliaque droite, biopsie de L3 confirmant la rechute (RE+, HER2-). Radiothérapie antalgique L3 8 Gy en fraction unique le 04/10/2022.
- 10/2022 - 03/2024 : 1re ligne létrozole (Femara) + palbociclib (Ibrance), avec acide zolédronique (Zometa) toutes les 4 semaines puis toutes les 12 semaines.
- 03/2024 : progression osseuse (lésions costales et du cotyle droit). Arrêt Femara/Ibrance.
- 04/2024 - 11/2024 : 2e ligne capécitabine (Xeloda) 1000 mg/m2 J1-J14. Embolie pulmonaire segmentaire en 05/2024 traitée par Lovenox à dose curative pendant 1 mois, puis relais par apixaban. Xeloda arrêté en 11/2024 pour syndrome main-pied grade 3.
- Le Zometa a été arrêté en 07/2023 (insuffisance rénale modérée, clairance 42 mL/min) et remplacé par dénosumab (Xgeva) 120 mg SC toutes les 4 semaines, poursuivi depuis.
- Depuis le 05/12/2024 : 3e ligne paclitaxel hebdomadaire (Taxol 80 mg/m2 J1-J8-J15), 4e cycle en cours, bonne tolérance hormis une neuropathie grade 1 des orteils.
\f
## Situation actuelle
Douleur de la hanche droite apparue il y a 3 semaines, à l'appui et à la marche, EVA 5/10 malgré l'oxycodone. Pas de réveil nocturne. Pas de signe neurologique. Le scanner du 03/03/2025 montre une lyse du toit du cotyle droit avec atteinte corticale ; l'hypothèse d'une fracture débutante n'est pas retenue par le radiologue. Lésion L3 stable, non douloureuse.
Etat général conservé, OMS 1, poids stable. Calcémie corrigée 2,38 mmol/L.

## Traitement actuel
- Taxol hebdomadaire (J1-J8-J15 / 28 j)
- Xgeva 120 mg SC / 4 semaines (dernière injection le 21/02/2025) + Cacit D3 1 sachet/j
- Eliquis 5 mg x 2/j
- Oxycontin LP 10 mg matin et soir, Oxynorm 5 mg si besoin
- Doliprane 1 g x 3/j
- Levothyrox 75 µg, Inexium 20 mg, amlodipine 5 mg

## Question posée
Radiothérapie du cotyle droit seule ou avis chirurgical (cimentoplastie / chirurgie) compte tenu de l'atteinte de l'appui ? La poursuite du paclitaxel est prévue, dans un cadre palliatif.

Je reste disponible pour toute information complémentaire.
Bien confraternellement,
Dr H. Vasseur-Marty
""",
    gold=dict(
        patient={"sex": "F"},
        primaryTumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        boneDiagnosis=("present", ["pain"], True),
        pain=("present", ["mechanical"], 5),
        currentMedications=("present", ["L01CD01", "M05BX04", "A12AX", "B01AF02", "N02AA05", "N02BE01", "H03AA01", "A02BC05"]),
        priorLocalTreatments=("present", ["radiotherapy"]),
        boneTargetedTherapy=("present", ["M05BX04"]),
        anticoagulation=("present", ["B01AF02"]),
        antiplatelets=("unknown", []),
        prognosis=("present", {"ecog": 1}),
        therapeuticProject=("present", "palliative"),
    ))

# ---------------------------------------------------------------- zq02
add(id="zq02", fmt="docx", date="06/02/2025", birth=None, age_written=78,
    author="Oncologue médical (uro-oncologie)", tricky="tableau chronologique de 7 lignes; seul le Décapeptyl et le Lynparza sont en cours; Zytiga + Cortancyl arrêtés; Xgeva arrêté pour ostéonécrose (absent); cabazitaxel et Pluvicto hors table ATC; Kardégic antiagrégant + 'pas d'anticoagulant'",
    blocks=[
        ("p", "Centre Hospitalier de Saint-Aubin-sur-Lère — Service d'Oncologie médicale"),
        ("p", "Dr Olivier Kermarrec — secrétariat 02 98 41 77 06"),
        ("p", "Saint-Aubin, le 06/02/2025"),
        ("h", "Fiche de présentation RCP métastases osseuses"),
        ("p", "Patient : M. Jean-Yves LE GOFF, 78 ans. Médecin traitant : Dr Anne Priol (Plouzévet)."),
        ("p", "Diagnostic : adénocarcinome prostatique, Gleason 8 (4+4), métastatique osseux d'emblée, résistant à la castration depuis 2020. Mutation BRCA2 somatique identifiée en 2024. Dernier PSA le 20/01/2025 : 87 ng/mL (en ascension, 41 ng/mL en novembre)."),
        ("p", "ATCD : cardiopathie ischémique stentée en 2017 (IVA), HTA, dyslipidémie. Père décédé d'un cancer colique."),
        ("h", "Historique des traitements"),
        ("table", [
            ["Période", "Traitement", "Motif d'arrêt / commentaire"],
            ["03/2018", "Bilan initial : scintigraphie osseuse → lésions rachidiennes et costales multiples (découvertes au bilan d'extension, asymptomatiques)", "—"],
            ["03/2018 → en cours", "Suppression androgénique par triptoréline (Décapeptyl LP 11,25 mg /3 mois)", "poursuivie"],
            ["05/2018 → 09/2018", "Docétaxel 6 cures (Taxotère)", "fin de programme"],
            ["06/2020 → 04/2022", "Abiratérone (Zytiga) 1000 mg + prednisone (Cortancyl) 10 mg", "progression PSA et osseuse ; Zytiga et Cortancyl arrêtés"],
            ["06/2020 → 09/2023", "Dénosumab (Xgeva) mensuel", "arrêté : ostéonécrose mandibulaire stade 2, non repris"],
            ["11/2021", "Radiothérapie T10 (30 Gy / 10 fr) pour douleur", "—"],
            ["05/2022 → 01/2023", "Cabazitaxel (Jevtana) 8 cures", "neutropénie fébrile, arrêt"],
            ["03/2023", "Cimentoplastie L2 (tassement douloureux)", "bon résultat antalgique"],
            ["06/2023 → 01/2024", "Lutétium-PSMA (Pluvicto) 6 cycles", "fin de programme, réponse PSA transitoire"],
            ["depuis 10/01/2025", "Olaparib (Lynparza) 300 mg x 2/j", "en cours, tolérance correcte (anémie grade 1)"],
        ]),
        ("h", "Motif de la demande"),
        ("p", "Depuis début janvier, douleurs de la hanche droite à la marche et au lever du fauteuil, EN 6/10, soulagées au repos. Pas de douleur la nuit. Pas de déficit. Scanner du 28/01 : lésion lytique du col fémoral droit de 25 mm, corticale interne amincie."),
        ("p", "Etat général : ECOG 2 (périmètre de marche limité par la hanche). Autonome à domicile avec son épouse."),
        ("h", "Traitement habituel"),
        ("table", [
            ["Médicament", "Posologie"],
            ["Décapeptyl LP 11,25 mg", "1 inj. / 3 mois (dernière 02/12/2024)"],
            ["Lynparza 150 mg", "2 cp x 2/j"],
            ["Kardégic 75 mg", "1/j (stent 2017)"],
            ["Tahor 40 mg", "1/j"],
            ["Triatec 5 mg", "1/j"],
            ["Doliprane 1 g", "jusqu'à 3/j"],
            ["Actiskenan 5 mg", "si douleur, 2 à 3/j actuellement"],
        ]),
        ("p", "Pas de traitement anticoagulant. Pas de traitement anti-résorptif depuis l'ostéonécrose (avis stomatologique défavorable à une reprise)."),
        ("h", "Question à la RCP"),
        ("p", "Indication d'une ostéosynthèse préventive du col fémoral droit versus radiothérapie seule ? L'olaparib serait poursuivi."),
        ("p", "Dr O. Kermarrec"),
    ],
    gold=dict(
        patient={"sex": "M", "age": 78},
        primaryTumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 6),
        currentMedications=("present", ["L02AE04", "L01XK01", "B01AC06", "C10AA05", "C09AA05", "N02BE01", "N02AA01"]),
        priorLocalTreatments=("present", ["radiotherapy", "cementoplasty"]),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("absent", []),
        antiplatelets=("present", ["B01AC06"]),
        prognosis=("present", {"ecog": 2}),
        therapeuticProject=("present", None),
    ))

# ---------------------------------------------------------------- zq03
add(id="zq03", fmt="txt", encoding="utf-8", newline="\n", date="20/01/2025", birth=None, age_written=71,
    author="Oncologue médical (rein), courriel au secrétariat RCP", tricky="style courriel; pembrolizumab arrêté à 2 ans, axitinib en maintenance puis switch cabozantinib (dose réduite); Xarelto ancien arrêté (anticoagulation absente); 'jamais irradié sur l'os'; douleur inflammatoire + nocturne",
    text="""Objet : RCP os du 30/01 - M. FERRAND Gilles
De : Dr Mathieu Roux-Bellec, oncologie médicale, Clinique du Parc Valmont (04 67 30 55 12)
Date : 20/01/2025

Bonjour,
Merci d'inscrire M. Ferrand Gilles, 71 ans, à la prochaine RCP métastases osseuses.

Résumé :
Carcinome à cellules claires du rein gauche, néphrectomie élargie en 03/2019 (pT3a N0, ISUP 3).
Récidive pulmonaire et osseuse (humérus G, côtes) découverte sur le scanner TAP de surveillance de juin 2021, groupe pronostique IMDC intermédiaire.
 - 07/2021 -> 07/2023 : pembrolizumab (Keytruda) + axitinib (Inlyta). Pembro arrêté après 35 cycles (fin des 2 ans), réponse partielle.
 - 07/2023 -> 10/2024 : axitinib seul en maintenance.
 - 10/2024 : progression osseuse (humérus G, T11) -> arrêt Inlyta.
 - depuis 11/2024 : cabozantinib (Cabometyx) 60 mg, diminué à 40 mg le 02/12 pour diarrhées grade 2. Poursuite prévue.
Zometa 4 mg toutes les 12 semaines depuis 2021, poursuivi (dernière perfusion 09/01/2025, bilan dentaire ok).
ATCD de TVP surale droite en 2022 traitée 6 mois par Xarelto, arrêté depuis, plus d'anticoagulant actuellement.
Autres ATCD : HTA, BPCO stade 2, ancien tabagique 40 PA. Frère opéré d'un cancer de vessie.

Clinique : douleur de l'épaule gauche depuis novembre, à horaire inflammatoire avec réveils nocturnes, EVA 4/10 sous tramadol. Mobilité de l'épaule conservée. PS 1.
Aucun traitement local osseux à ce jour : jamais irradié, pas de chirurgie ni de cimentoplastie.

TTT actuel : Cabometyx 40 mg/j, Zometa /12 sem, Topalgic LP 100 mg x2, Doliprane 1g x3, amlodipine 10 mg, Spiriva, Lopéramide si besoin.

Imagerie : IRM épaule 08/01/25 : lésion de la métaphyse humérale proximale G, 4 cm, lyse corticale externe < 50 %.

Question : RT antalgique de l'humérus proximal gauche ? Intérêt d'un enclouage préventif ? Situation palliative.

Cordialement,
M. Roux-Bellec
""",
    gold=dict(
        patient={"sex": "M", "age": 71},
        primaryTumor=("present", "kidney", "clear_cell_carcinoma", {}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("present", ["inflammatory", "nocturnal"], 4),
        currentMedications=("present", ["L01EX07", "M05BA08", "N02AX02", "N02BE01"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("present", ["M05BA08"]),
        anticoagulation=("absent", []),
        antiplatelets=("unknown", []),
        prognosis=("present", {"ecog": 1}),
        therapeuticProject=("present", "palliative"),
    ))

# ---------------------------------------------------------------- zq04
add(id="zq04", fmt="pdf", date="27/01/2025", birth="09/11/1966", age_written=None,
    author="Pneumologue (oncologie thoracique)", tricky="2 pages; EGFR del19, osimertinib puis carbo-pémétrexed puis maintenance; pause thérapeutique actuelle (aucun anticancéreux en cours); Innohep relayé par Eliquis; douleur niée; fracture pathologique initiale opérée et irradiée",
    text="""## Centre Hospitalier Régional de Montclar - Pneumologie et oncologie thoracique
Dr Sandrine Aubérive - Tél. secrétariat 03 84 52 19 63

Montclar, le 27/01/2025

Objet : présentation en RCP Métastases osseuses
Mme Isabelle CHAMPEAUX, née le 09/11/1966

Cher collègue,

Je vous adresse le dossier de Mme Champeaux, 58 ans, non fumeuse, suivie depuis 2020 pour un adénocarcinome pulmonaire du lobe inférieur droit, TTF1+, EGFR muté (délétion exon 19), ALK négatif, PD-L1 < 1 %.

## Circonstances de découverte
En 08/2020, fracture pathologique de la diaphyse humérale gauche survenue en portant un sac de courses, révélant la maladie. Enclouage centromédullaire le 14/08/2020 (Dr Pellerin, CHR Montclar), complété par une radiothérapie de l'humérus gauche (20 Gy en 5 fractions) en 09/2020. Le bilan a retrouvé la tumeur pulmonaire et d'autres lésions osseuses (bassin, L1).

## Traitements systémiques successifs
1) 09/2020 - 05/2023 : osimertinib (Tagrisso) 80 mg/j. Très bonne réponse, puis progression pulmonaire et surrénalienne en 05/2023 (pas de mutation de résistance identifiée sur la rebiopsie).
2) 06/2023 - 09/2023 : carboplatine + pémétrexed (Alimta), 4 cures.
3) 10/2023 - 12/2024 : maintenance par pémétrexed seul toutes les 3 semaines. Arrêt en 12/2024 devant une asthénie grade 2 et une dégradation de la fonction rénale (DFG 48).
Depuis le 20/12/2024 : pause thérapeutique, décidée en RCP thoracique du 19/12/2024, avec scanner de réévaluation tous les 2 mois ; reprise d'un traitement systémique seulement en cas de progression.

## Traitement osseux et anticoagulation
Dénosumab (Xgeva) 120 mg mensuel depuis 10/2020, espacé toutes les 12 semaines depuis 2023, poursuivi pendant la pause (dernière injection 06/01/2025).
Embolie pulmonaire en 07/2023 sous chimiothérapie : tinzaparine (Innohep) pendant 6 mois, puis relais par apixaban (Eliquis) en 01/2024, toujours en cours.
Aucun antiagrégant plaquettaire.
\f
## Situation actuelle
La patiente ne se plaint d'aucune douleur osseuse, y compris à la marche. Examen neurologique normal. OMS 1 (asthénie résiduelle). Poids stable à 61 kg.
Le scanner du 15/01/2025 montre une maladie pulmonaire stable mais une majoration de la lésion du corps vertébral de L1 (ostéolyse de 60 % du corps, mur postérieur respecté), sans autre nouvelle lésion. IRM rachidienne demandée.

## Traitement en cours
Eliquis 5 mg matin et soir
Xgeva 120 mg toutes les 12 semaines
Cacit D3 1 sachet/j
Levothyrox 50 µg
Imovane 7,5 mg le soir si besoin

## Antécédents
Thyroïdectomie totale pour goitre (2011). Père : cancer du poumon (fumeur). Pas d'allergie connue.

## Question à la RCP
Faut-il proposer un traitement local de L1 (radiothérapie stéréotaxique, cimentoplastie préventive) dans ce contexte d'oligoprogression, en maintenant la pause thérapeutique ? Une reprise de l'osimertinib pourrait être discutée secondairement en RCP thoracique.

Je vous remercie de votre avis.
Dr S. Aubérive
""",
    gold=dict(
        patient={"sex": "F"},
        primaryTumor=("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
        boneDiagnosis=("present", ["pathological_fracture"], True),
        pain=("absent", [], None),
        currentMedications=("present", ["B01AF02", "M05BX04", "A12AX", "H03AA01", "N05CF01"]),
        priorLocalTreatments=("present", ["surgery", "radiotherapy"]),
        boneTargetedTherapy=("present", ["M05BX04"]),
        anticoagulation=("present", ["B01AF02"]),
        antiplatelets=("absent", []),
        prognosis=("present", {"ecog": 1}),
        therapeuticProject=("present", None),
    ))

# ---------------------------------------------------------------- zq05
add(id="zq05", fmt="docx", date="28/01/2025", birth="03/11/1959", age_written=None,
    author="Oncologue médical (digestif)", tricky="tableau chronologique; chimiothérapies hors table (FOLFOX, FOLFIRI, bévacizumab, Lonsurf) -> aucun anticancéreux codé en cours; Xeloda arrêté; Lovenox curatif pour thrombose de PAC; RT sacrée en cours; douleur 7 puis 3/10; 'pas de traitement anti-résorptif à ce jour'",
    blocks=[
        ("p", "Hôpital Privé des Cèdres — Oncologie digestive — 05 56 20 14 98"),
        ("p", "Dr Nadia Benslimane"),
        ("p", "Le 28/01/2025"),
        ("h", "Demande d'inscription RCP Métastases osseuses"),
        ("p", "M. Patrick DELMOTTE, né le 03/11/1959."),
        ("p", "Adénocarcinome du sigmoïde, KRAS muté (G12D), BRAF non muté, MSS (pMMR). Pas d'antécédent familial notable."),
        ("p", "Antécédents : diabète de type 2 (metformine), obésité, SAOS appareillé."),
        ("h", "Chronologie"),
        ("table", [
            ["Date", "Evénement / traitement", "Commentaire"],
            ["02/2021", "Sigmoïdectomie (pT3 N1b)", "—"],
            ["03/2021 - 09/2021", "FOLFOX adjuvant 12 cures", "neuropathie résiduelle grade 1"],
            ["04/2023", "Métastases hépatiques (3 lésions)", "non résécables d'emblée"],
            ["05/2023 - 12/2023", "FOLFIRI + bévacizumab (Avastin) 12 cures", "réponse partielle"],
            ["01/2024 - 10/2024", "Maintenance capécitabine (Xeloda) + bévacizumab", "arrêt pour progression osseuse"],
            ["10/2024", "Douleurs sacrées depuis fin septembre → IRM 18/10/2024 : lésion lytique S1-S2 avec épidurite", "découverte de l'atteinte osseuse"],
            ["depuis 12/11/2024", "Trifluridine-tipiracil (Lonsurf) + bévacizumab, 3e ligne palliative", "en cours (C3 le 13/01)"],
            ["12/2024", "Thrombose du cathéter (PAC) jugulaire", "énoxaparine curative, poursuivie"],
            ["depuis 20/01/2025", "Radiothérapie sacrée 30 Gy / 10 fractions", "en cours, 5 séances faites"],
        ]),
        ("h", "Douleur"),
        ("p", "Douleurs sacrées à type de brûlures avec radiculalgie S1 gauche, réveils nocturnes. EN 7/10 en décembre, actuellement 3/10 depuis l'introduction du fentanyl et le début de l'irradiation. DN4 à 5/10."),
        ("h", "Traitement actuel"),
        ("p", "Lonsurf 35 mg/m2 x2/j J1-J5 et J8-J12 ; Avastin 5 mg/kg J1 et J15 ; Lovenox 8000 UI x 2/j ; Durogesic 25 µg/h (patch /72 h) ; Abstral 100 µg si accès douloureux ; Lyrica 75 mg x 2 ; Movicol 2 sachets/j ; Glucophage 1000 mg x 2 ; Doliprane 1 g x 3."),
        ("p", "Pas de traitement anti-résorptif à ce jour ; l'introduction d'un dénosumab est à discuter après soins dentaires."),
        ("h", "Etat général / pronostic"),
        ("p", "ECOG 2. Albumine 31 g/L. CEA 148 ng/mL. Survie estimée de l'ordre de 6 à 12 mois."),
        ("h", "Question"),
        ("p", "Indication d'une cimentoplastie sacrée (sacroplastie) après la fin de la radiothérapie ? Avis sur le choix d'un traitement anti-résorptif."),
        ("p", "Dr N. Benslimane"),
    ],
    gold=dict(
        patient={"sex": "M"},
        primaryTumor=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
        boneDiagnosis=("present", ["pain"], True),
        pain=("present", ["neuropathic", "nocturnal"], 3),
        currentMedications=("present", ["B01AB05", "N02AB03", "N03AX16", "A06AD65", "A10BA02", "N02BE01"]),
        priorLocalTreatments=("present", ["radiotherapy"]),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("present", ["B01AB05"]),
        antiplatelets=("unknown", []),
        prognosis=("present", {"ecog": 2}),
        therapeuticProject=("present", "palliative"),
    ))

# ---------------------------------------------------------------- zq06
add(id="zq06", fmt="pdf", date="05/02/2025", birth=None, age_written=69,
    author="Oncologue thoracique", tricky="2 pages; pembrolizumab terminé (2 ans) puis surveillance; chimiothérapie carboplatine-paclitaxel seulement programmée; Eliquis arrêté après hémorragie, relais Kardégic; rien sur traitement osseux ni traitement local osseux; Ixprim = tramadol",
    text="""## Groupe Hospitalier Nord-Ardèche - Unité d'oncologie thoracique
Dr Benoît Séverac, praticien hospitalier - 04 75 60 32 88

Le 05/02/2025

Madame, Monsieur les membres de la RCP Métastases osseuses,

Je sollicite votre avis pour M. Raymond TESTUD, 69 ans, ancien fumeur (50 PA, sevré en 2019), retraité du BTP.

## Diagnostic
Carcinome épidermoïde bronchique du lobe supérieur gauche, diagnostiqué en 03/2022, stade IVA d'emblée (nodule controlatéral), PD-L1 70 %. Pas de recherche d'altération moléculaire au-delà du panel standard (EGFR, ALK non pertinents en histologie épidermoïde ; non réalisés).

## Traitements antérieurs
- 04/2022 - 04/2024 : pembrolizumab (Keytruda) 200 mg toutes les 3 semaines en monothérapie, 35 cycles, arrêté à 2 ans comme prévu, réponse partielle prolongée. Une thyroïdite immuno-induite (2022) a laissé une hypothyroïdie substituée.
- 06/2022 : radiothérapie thoracique de consolidation sur la masse hilaire (pas d'irradiation osseuse).
- depuis 04/2024 : surveillance simple, sans traitement oncologique.

## Découverte de l'atteinte osseuse
Le TEP-scanner de réévaluation systématique du 14/01/2025 a mis en évidence trois fixations osseuses nouvelles (7e côte gauche, sacrum, ischion droit), sans autre localisation. Biopsie de l'ischion le 24/01 : carcinome épidermoïde compatible avec la primitif.
\f
## Clinique
Douleur costale gauche depuis une dizaine de jours, majorée à la toux et à la mobilisation du tronc, EVA 5/10 ; pas de douleur du bassin. L'hypothèse d'une fracture costale pathologique a été évoquée mais non retenue au scanner. ECOG 1.

## Antécédents cardio-vasculaires
Fibrillation atriale paroxystique. Il était sous Eliquis jusqu'en 09/2023 ; arrêt définitif après une hémorragie digestive grave (angiodysplasies), décision cardiologique de ne pas reprendre d'anticoagulant. Il reste sous Kardégic 75 mg seul. Diabète de type 2.

## Traitements actuels
Kardégic 75 mg/j
Cardensiel 2,5 mg/j
Glucophage 850 mg x 2/j
Levothyrox 100 µg/j
Ixprim 1 cp x 3/j
Inexium 40 mg/j

## Projet
Reprise d'un traitement systémique par carboplatine-paclitaxel : la première cure est programmée le 17/02/2025 (décision RCP thoracique du 30/01/2025). Un rechallenge par immunothérapie sera discuté ensuite.

## Question
Radiothérapie antalgique de la côte gauche ? Quelle attitude pour les lésions du bassin, asymptomatiques ? Indication d'un traitement anti-résorptif ?

Confraternellement,
Dr B. Séverac
""",
    gold=dict(
        patient={"sex": "M", "age": 69},
        primaryTumor=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 5),
        currentMedications=("present", ["B01AC06", "C07AB07", "A10BA02", "H03AA01", "N02AX02", "A02BC05"]),
        priorLocalTreatments=("unknown", []),
        boneTargetedTherapy=("unknown", []),
        anticoagulation=("absent", []),
        antiplatelets=("present", ["B01AC06"]),
        prognosis=("present", {"ecog": 1}),
        therapeuticProject=("present", None),
    ))

# ---------------------------------------------------------------- zq07
add(id="zq07", fmt="txt", encoding="utf-8", newline="\r\n", date="11/02/2025", birth=None, age_written=61,
    author="Interne d'oncologie, note télégraphique (CRLF)", tricky="HER2+ avec 4 lignes (TCH-P, maintenance, T-DM1, tucatinib-capécitabine-trastuzumab); Xeloda et Herceptin en cours; Zometa ancien 'à vérifier' mais 'pas de ttt osseux actuel' (absent); 'Sintrom ? à vérifier' (incertain, non courant); pas de douleur",
    text="""RCP METASTASES OSSEUSES - fiche de synthèse
Service d'oncologie médicale, CHU de Beaulieu-les-Pins
Rédigée par : Léa Fournival, interne (DES oncologie), pour le Dr C. Lambertin
Date : 11/02/2025

Pte : Mme MONTAGNAC Sylvie, 61 ans
Dg : carcinome canalaire infiltrant sein D, RE 80% RP 0% HER2 3+ (FISH non nécessaire)

Histoire :
- 2015 : tumorectomie + GS, RT mammaire, chimio adj + trastuzumab 1 an. Letrozole 5 ans (arrêté 2020).
- 03/2019 : hypercalcémie à 3,05 mmol/L (bilan d'une asthénie par le MT) -> TDM : lyses osseuses multiples (rachis, bassin), biopsie iliaque = récidive RH+ HER2+.
- 04/2019 : cimentoplastie T12 (tassement à 40 %).
- 04/2019 - 09/2019 : docetaxel + Herceptin + Perjeta x6, puis maintenance Herceptin + Perjeta jusqu'en 06/2022 (progression hépatique).
- 07/2022 - 05/2023 : T-DM1 (Kadcyla), arrêt pour thrombopénie grade 3 persistante.
- depuis 06/2023 : tucatinib (Tukysa) 300 mg x2 + capécitabine (Xeloda) 1000 mg/m2 J1-14 + trastuzumab SC /3 sem. Réponse partielle hépatique, stabilité osseuse.
- Aurait reçu du Zometa en 2019-2020 à la clinique de Pontvieux (pas de courrier, à vérifier). Pas de ttt osseux actuellement.

ATCD : FA découverte en 2022, "anticoagulée par Sintrom ?" d'après le courrier du MT, non retrouvé dans l'ordonnance apportée par la pte -> à vérifier avec son cardiologue (Dr Hamadi). Asthme. Mère : cancer du sein à 55 ans.

Clinique : pas de douleur osseuse. PS 1. Pas de signe neuro.
Imagerie : TDM TAP 30/01/25 : lésion lytique du col fémoral G de 18 mm, nouvelle, corticale respectée. Reste stable.

TTT en cours : Tukysa 150 mg 2cp x2/j, Xeloda 1500 mg x2/j (J1-J14), Herceptin SC 600 mg /21 j, Ventoline si besoin, Symbicort, Cardensiel 1,25 mg, Inexium 20 mg.

Question : lésion nouvelle isolée du col fémoral G asymptomatique : RT stéréotaxique ? surveillance ? Place d'une reprise d'un anti-résorptif (Xgeva ?).
Poursuite de la ligne actuelle.
""",
    gold=dict(
        patient={"sex": "F", "age": 61},
        primaryTumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "positive"}),
        boneDiagnosis=("present", ["hypercalcemia"], True),
        pain=("absent", [], None),
        currentMedications=("present", ["L01BC06", "L01FD01", "C07AB07", "A02BC05"]),
        priorLocalTreatments=("present", ["cementoplasty"]),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("uncertain", ["B01AA07"]),
        antiplatelets=("unknown", []),
        prognosis=("present", {"ecog": 1}),
        therapeuticProject=("present", None),
    ))

# ---------------------------------------------------------------- zq08
add(id="zq08", fmt="docx", date="17/02/2025", birth="25/02/1972", age_written=None,
    author="Oncologue thoracique", tricky="ALK+: crizotinib -> alectinib -> lorlatinib en cours; Zometa relayé par Xgeva; Fragmine dans l'ordonnance mais 'Anticoagulant : non' dans la fiche (conflicting); anniversaire 8 jours après la lettre; compression révélatrice",
    blocks=[
        ("p", "CHU de Valrose-sur-Mer — Pôle Thorax — Oncologie thoracique"),
        ("p", "Dr Claire Hautecoeur — tél. 04 93 71 58 20"),
        ("p", "Le 17/02/2025"),
        ("h", "RCP Métastases osseuses — fiche de demande"),
        ("table", [
            ["Rubrique", "Renseignement"],
            ["Patient", "M. Karim OUARDI, né le 25/02/1972"],
            ["Primitif", "Adénocarcinome pulmonaire LSD, réarrangement ALK (IHC + FISH), EGFR non muté, PD-L1 5 %"],
            ["Découverte osseuse", "03/2018 : paraparésie sur épidurite T8 révélatrice (compression médullaire)"],
            ["Traitements locaux osseux", "Laminectomie décompressive T7-T9 (03/2018) puis radiothérapie T6-T10 30 Gy"],
            ["Traitement osseux", "Xgeva 120 mg / 4 sem"],
            ["Anticoagulant", "non"],
            ["Antiagrégant", "non"],
            ["OMS", "1"],
        ]),
        ("h", "Chronologie des traitements systémiques"),
        ("table", [
            ["Période", "Ligne", "Evolution"],
            ["04/2018 - 06/2019", "Crizotinib (Xalkori) 250 mg x2", "progression cérébrale (3 métastases)"],
            ["07/2019 - 09/2022", "Alectinib (Alecensa) 600 mg x2 + radiochirurgie cérébrale", "progression osseuse et ganglionnaire"],
            ["depuis 10/2022", "Lorlatinib (Lorviqua) 100 mg/j", "en cours ; hypercholestérolémie sous statine"],
            ["05/2018 - 02/2021", "Acide zolédronique (Zometa) /4 sem puis /12 sem", "relais par dénosumab (Xgeva) en 03/2021 pour insuffisance rénale"],
        ]),
        ("h", "Motif"),
        ("p", "Depuis 5 semaines, lombosciatalgie gauche L5 avec décharges électriques dans le mollet, DN4 6/10, EN 6/10 ; pas de déficit moteur. IRM 06/02/2025 : lésion du pédicule gauche de L5 avec épidurite débutante, pas de compression radiculaire franche. Le reste de la maladie est stable sous lorlatinib."),
        ("p", "Par ailleurs, thrombose veineuse profonde poplitée gauche diagnostiquée le 22/01/2025 : le patient est sous Fragmine 15 000 UI/j depuis cette date (cf. ordonnance)."),
        ("h", "Traitement en cours"),
        ("p", "Lorviqua 100 mg/j ; Xgeva 120 mg SC /4 semaines ; Fragmine 15 000 UI SC/j ; Tahor 80 mg ; Lyrica 75 mg x2 (introduit le 10/02) ; Skenan LP 30 mg x2 + Actiskenan 10 mg si besoin ; Doliprane 1 g x3 ; Forlax."),
        ("h", "Question"),
        ("p", "Radiothérapie (stéréotaxique ?) de L5 avec poursuite du lorlatinib ? Avis neurochirurgical ?"),
        ("p", "Dr C. Hautecoeur"),
    ],
    gold=dict(
        patient={"sex": "M"},
        primaryTumor=("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}),
        boneDiagnosis=("present", ["neurological_deficit"], True),
        pain=("present", ["neuropathic"], 6),
        currentMedications=("present", ["L01ED05", "M05BX04", "B01AB04", "C10AA05", "N03AX16", "N02AA01", "N02BE01", "A06AD15"]),
        priorLocalTreatments=("present", ["surgery", "radiotherapy"]),
        boneTargetedTherapy=("present", ["M05BX04"]),
        anticoagulation=("conflicting", ["B01AB04"]),
        antiplatelets=("absent", []),
        prognosis=("present", {"ecog": 1}),
        therapeuticProject=("present", None),
    ))

# ---------------------------------------------------------------- zq09
add(id="zq09", fmt="pdf", date="03/03/2025", birth=None, age_written=74,
    author="Urologue-oncologue", tricky="1 page; triplet ARASENS: docétaxel terminé, Erleada arrêté pour toxicité cutanée -> Nubeqa, Eligard en cours; Prolia pour ostéoporose (présent); Xarelto pour FA; PSA indétectable (négatif); 'pas d'irradiation osseuse antérieure'",
    text="""## Clinique Urologique Saint-Jacques-de-Marne
Dr François Lemarquis, urologue - onco-urologie - 01 64 37 90 12

Le 03/03/2025
Objet : M. Bernard VAILLANCOURT, 74 ans - demande d'avis RCP métastases osseuses

Cher confrère,
M. Vaillancourt présente un adénocarcinome de la prostate Gleason 9 (4+5), métastatique osseux d'emblée et hormonosensible, découvert en 02/2023 : PSA initial à 212 ng/mL, scintigraphie osseuse du bilan d'extension montrant des lésions du bassin et du rachis lombaire (volume tumoral élevé).

Traitements : leuproréline (Eligard 45 mg / 6 mois) depuis le 03/2023, associée à 6 cures de docétaxel (03/2023 à 07/2023). L'apalutamide (Erleada) débuté en 08/2023 a été arrêté en 02/2024 pour une toxidermie grade 3, et remplacé par darolutamide (Nubeqa 600 mg x 2/j) depuis 03/2024, bien toléré. Le PSA est indétectable (< 0,05 ng/mL) depuis 10/2023.
Il reçoit du dénosumab 60 mg (Prolia) tous les 6 mois depuis 2022 pour une ostéoporose fracturaire (tassement T8 ostéoporotique en 2021), prescrit par son rhumatologue et poursuivi.
ATCD : fibrillation atriale sous Xarelto 20 mg, HTA, gonarthrose. Aucun antiagrégant.

Motif : douleurs de la hanche gauche depuis 6 semaines, d'horaire mécanique, à la marche prolongée, sans réveil nocturne ; le bilan (IRM du 18/02/2025) retrouve une coxarthrose évoluée et une lésion condensante ancienne du toit du cotyle, inchangée par rapport à 2023. Pas d'irradiation osseuse antérieure. OMS 0.

Traitement actuel : Eligard 45 mg/6 mois (dernière injection 09/2024), Nubeqa 300 mg 2 cp x 2/j, Prolia 60 mg/6 mois, Xarelto 20 mg/j, Cacit D3, Triatec 5 mg, Doliprane 1 g si besoin.

Question : la douleur est-elle liée à la métastase cotyloïdienne (radiothérapie antalgique ?) ou à la coxarthrose (avis orthopédique pour prothèse) ? Le traitement hormonal sera poursuivi sans changement.

Bien cordialement,
Dr F. Lemarquis
""",
    gold=dict(
        patient={"sex": "M", "age": 74},
        primaryTumor=("present", "prostate", "adenocarcinoma", {"PSA": "negative"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], None),
        currentMedications=("present", ["L02AE02", "L02BB06", "M05BX04", "B01AF01", "A12AX", "C09AA05", "N02BE01"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("present", ["M05BX04"]),
        anticoagulation=("present", ["B01AF01"]),
        antiplatelets=("absent", []),
        prognosis=("present", {"ecog": 0}),
        therapeuticProject=("present", None),
    ))

# ---------------------------------------------------------------- zq10
add(id="zq10", fmt="txt", encoding="utf-8", newline="\n", date="24/02/2025", birth="30/06/1955", age_written=None,
    author="Oncologue médical (digestif), courrier court", tricky="RAS/BRAF sauvages; 3 lignes avec anti-EGFR et aflibercept (hors table); pause thérapeutique; régorafénib prévu (pas courant); 'Eliquis ? ne sait plus' (incertain); 'ni bisphosphonate ni dénosumab'; Karnofsky seul; dérouillage matinal + réveils nocturnes",
    text="""Dr Thomas Garnier-Valat
Oncologie médicale - Centre Hospitalier de Lunéville-la-Forêt
Tél 03 83 72 40 16

Lunéville-la-Forêt, le 24/02/2025

A l'attention de la RCP métastases osseuses

Cher ami,

Je te demande l'avis de la RCP pour M. Alain PERRICHON (né le 30/06/1955), que je suis pour un adénocarcinome du haut rectum métastatique (foie, poumons), RAS sauvage (KRAS et NRAS non mutés), BRAF non muté, MSS.

Pour mémoire : radiochimiothérapie + résection antérieure en 2020. Récidive hépatique et pulmonaire en 2022.
 - 1re ligne 03/2022 - 01/2023 : FOLFOX + panitumumab (Vectibix), arrêt pour progression.
 - 2e ligne 02/2023 - 08/2024 : FOLFIRI + aflibercept (Zaltrap), arrêtée pour neutropénies répétées et HTA difficile.
 - Depuis 09/2024 : pause thérapeutique à la demande du patient, pas de traitement oncologique.

Depuis 6 semaines, lombalgies basses avec dérouillage matinal d'une heure et réveils nocturnes, EVA 6/10. L'IRM du 12/02/2025 retrouve des métastases de L4 et de l'aile iliaque gauche, sans épidurite. C'est la première localisation osseuse. Pas de trouble neurologique.
Le patient n'a jamais reçu de bisphosphonate ni de dénosumab.

Pour l'anticoagulation : il a eu une EP en 2023, traitée par Eliquis ; il ne sait plus s'il le prend toujours et n'a pas son ordonnance (Eliquis ?), je n'ai pas pu joindre son médecin traitant. A vérifier avant tout geste.

TTT : Oxycontin LP 20 mg x 2, Oxynorm 10 mg si besoin, Doliprane 1 g x 4, Forlax, Mopral 20 mg.

Etat général : Karnofsky 70 %. Il est d'accord pour reprendre un traitement : régorafénib (Stivarga) à débuter après la RCP, décision prise avec lui en consultation le 20/02.

Merci de discuter la radiothérapie de L4 et du bassin.
Amitiés,
Thomas
""",
    gold=dict(
        patient={"sex": "M"},
        primaryTumor=("present", "colorectal", "adenocarcinoma", {"KRAS": "negative", "BRAF": "negative"}),
        boneDiagnosis=("present", ["pain"], True),
        pain=("present", ["inflammatory", "nocturnal"], 6),
        currentMedications=("present", ["N02AA05", "N02BE01", "A06AD15", "A02BC01"]),
        priorLocalTreatments=("unknown", []),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("uncertain", ["B01AF02"]),
        antiplatelets=("unknown", []),
        prognosis=("present", {"kps": 70}),
        therapeuticProject=("present", None),
    ))

# ---------------------------------------------------------------- zq11
add(id="zq11", fmt="pdf", date="10/03/2025", birth="15/03/1958", age_written=None,
    author="Oncologue médical (rein)", tricky="2 pages; nivolumab-ipilimumab, colite immuno -> corticoïdes en décroissance (courants), cabozantinib en cours; Arixtra; zolédronate seulement prévu (unknown); découverte fortuite sur radio de hanche; radiofréquence; pronostic sans PS; anniversaire 5 jours après la lettre",
    text="""## Hôpital Européen de Saint-Rambert - Oncologie médicale
Pr Agnès Delorme-Cazals - Secrétariat : 04 77 19 62 03

Saint-Rambert, le 10/03/2025

Objet : Mme Marie-Thérèse GUILLAUMOT, née le 15/03/1958
Demande d'avis RCP Métastases osseuses

Chère collègue,

Je vous présente Mme Guillaumot, suivie pour un carcinome rénal à cellules claires du rein droit (néphrectomie en 2017, pT2 N0, ISUP 2), en rechute métastatique depuis 2023 (poumons, ganglions médiastinaux).

## Historique des traitements systémiques
- 02/2023 - 04/2023 : nivolumab + ipilimumab (Opdivo + Yervoy), 4 cycles d'induction.
- 05/2023 - 06/2024 : nivolumab (Opdivo) en entretien. Arrêt définitif en 06/2024 pour colite immuno-induite grade 3, traitée par Solumédrol IV puis prednisone.
- 06/2024 - 11/2024 : surveillance sans traitement oncologique, la colite récidivant à chaque tentative de décroissance de la corticothérapie.
- Depuis le 02/12/2024 : cabozantinib (Cabometyx) 40 mg/j devant une progression ganglionnaire et l'apparition d'une lésion osseuse. Tolérance acceptable (hypertension équilibrée, syndrome main-pied grade 1).

## Atteinte osseuse
Découverte fortuite en 10/2024 sur une radiographie du bassin demandée par son rhumatologue pour une suspicion de coxarthrose : ostéolyse de l'aile iliaque droite, confirmée au scanner (45 mm). Traitement par radiofréquence percutanée de la lésion le 19/11/2024 en radiologie interventionnelle.
\f
## Situation actuelle
Depuis 3 semaines, douleur de la fesse droite avec des décharges électriques dans la face postérieure de la cuisse, aggravée à la marche ; EN 5/10. IRM du 28/02/2025 : récidive en bordure de la zone traitée, extension vers le toit du cotyle et contact avec le plexus sacré.
Thrombose veineuse profonde fémorale droite en 11/2024 : fondaparinux (Arixtra) 7,5 mg/j depuis, poursuivi.
Etat général : amaigrissement de 4 kg, reste active. Pronostic estimé à plus d'un an par l'équipe (maladie lentement évolutive).

## Traitement actuel
- Cabometyx 40 mg/j
- Cortancyl 10 mg/j (en décroissance de 2,5 mg toutes les 3 semaines)
- Arixtra 7,5 mg SC/j
- Inexium 40 mg/j
- Topalgic 50 mg x 3/j, Doliprane 1 g x 3/j
- Laroxyl 10 gouttes le soir (introduit pour les douleurs neuropathiques)
- Lercan 10 mg/j

Un traitement par acide zolédronique est prévu après le bilan dentaire (rendez-vous le 20/03).

## Question
Radiothérapie de l'aile iliaque et du cotyle droits, ou nouvelle ablation / cimentoplastie ? Le cabozantinib sera poursuivi, dans une optique palliative.

Bien à vous,
Pr A. Delorme-Cazals
""",
    gold=dict(
        patient={"sex": "F"},
        primaryTumor=("present", "kidney", "clear_cell_carcinoma", {}),
        boneDiagnosis=("present", ["incidental_imaging"], True),
        pain=("present", ["neuropathic", "mechanical"], 5),
        currentMedications=("present", ["L01EX07", "H02AB07", "B01AX05", "A02BC05", "N02AX02", "N02BE01", "N06AA09"]),
        priorLocalTreatments=("present", ["ablation"]),
        boneTargetedTherapy=("unknown", []),
        anticoagulation=("present", ["B01AX05"]),
        antiplatelets=("unknown", []),
        prognosis=("present", {}),
        therapeuticProject=("present", "palliative"),
    ))

# ---------------------------------------------------------------- zq12
add(id="zq12", fmt="docx", date="19/02/2025", birth="04/01/1976", age_written=None,
    author="Oncologue médical (sein), lettre + tableau", tricky="lobulaire RH+; Kisqali, Faslodex, Xeloda puis sacituzumab (hors table) en cours; Xgeva relayé par Zometa; Neurontin arrêté; 'ni anticoagulant ni antiagrégant'; compression médullaire révélatrice opérée et irradiée; nocturne",
    blocks=[
        ("p", "Centre de Lutte contre le Cancer Jean-Vallières — Département d'oncologie médicale"),
        ("p", "Dr Pauline Ermenault — 03 20 48 66 91"),
        ("p", "Le 19/02/2025"),
        ("p", "Objet : Mme Nathalie COURTADE, née le 04/01/1976 — présentation en RCP métastases osseuses"),
        ("p", "Cher confrère,"),
        ("p", "Mme Courtade est suivie pour un carcinome lobulaire infiltrant du sein droit, RE 95 %, RP 10 %, HER2 0, diagnostiqué d'emblée métastatique en 01/2021 à l'occasion d'une compression médullaire T6 (paraparésie), opérée en urgence (laminectomie et arthrodèse T5-T7 le 12/01/2021) puis irradiée (20 Gy en 5 fractions). Sa mère a eu un cancer du sein à 60 ans ; recherche BRCA négative."),
        ("p", "Vous trouverez ci-dessous la chronologie des traitements :"),
        ("table", [
            ["Début", "Fin", "Traitement", "Motif d'arrêt"],
            ["02/2021", "06/2023", "Létrozole (Femara) + ribociclib (Kisqali) + goséréline (Zoladex)", "progression osseuse et hépatique"],
            ["02/2021", "08/2024", "Dénosumab (Xgeva) 120 mg /4 sem", "hypocalcémies répétées, relais bisphosphonate"],
            ["07/2023", "02/2024", "Fulvestrant (Faslodex) + Zoladex", "progression hépatique"],
            ["03/2024", "10/2024", "Capécitabine (Xeloda)", "progression"],
            ["09/2024", "en cours", "Acide zolédronique (Zometa) 4 mg /12 semaines", "—"],
            ["11/2024", "en cours", "Sacituzumab govitecan (Trodelvy) J1-J8 /21 j", "—"],
        ]),
        ("p", "La gabapentine (Neurontin), prescrite pour des dysesthésies séquellaires, a été arrêtée en 2023. Le Zoladex a été arrêté en 02/2024 avec la ménopause confirmée."),
        ("p", "Actuellement, douleurs dorsales et des côtes, surtout la nuit, la réveillant 2 à 3 fois, EN 4/10 sous morphine. La marche est possible avec une canne. Le scanner du 10/02/2025 montre une stabilité hépatique mais une nouvelle lésion lytique de T9 avec recul du mur postérieur, sans signe neurologique."),
        ("p", "Elle ne prend ni anticoagulant ni antiagrégant plaquettaire."),
        ("p", "Traitement actuel : Trodelvy (cycle 5 le 12/02), Zometa 4 mg toutes les 12 semaines (dernière perfusion le 06/01/2025), Skenan LP 30 mg x 2/j, Actiskenan 10 mg si besoin, Doliprane 1 g x 3/j, Zyma D 1 ampoule/mois, Xanax 0,25 mg le soir, Movicol."),
        ("p", "ECOG 2. Projet : poursuite du sacituzumab, en situation palliative."),
        ("p", "Question : radiothérapie de T9 et/ou reprise chirurgicale (extension de l'arthrodèse) ? Avis sur la cimentoplastie."),
        ("p", "Bien confraternellement,"),
        ("p", "Dr P. Ermenault"),
    ],
    gold=dict(
        patient={"sex": "F"},
        primaryTumor=("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        boneDiagnosis=("present", ["neurological_deficit"], True),
        pain=("present", ["nocturnal"], 4),
        currentMedications=("present", ["M05BA08", "N02AA01", "N02BE01", "A11CC05", "N05BA12", "A06AD65"]),
        priorLocalTreatments=("present", ["surgery", "radiotherapy"]),
        boneTargetedTherapy=("present", ["M05BA08"]),
        anticoagulation=("absent", []),
        antiplatelets=("absent", []),
        prognosis=("present", {"ecog": 2}),
        therapeuticProject=("present", "palliative"),
    ))
