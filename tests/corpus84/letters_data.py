# -*- coding: utf-8 -*-
"""Letters of corpus84 (texts + gold values, gaps derived elsewhere). All people and places invented."""

LETTERS = []


def L(**kw):
    LETTERS.append(kw)


# ---------------------------------------------------------------- yh01
L(id="yh01", fmt="pdf", date="14/10/2025", dob=None, author="Dr Anne-Laure Guéridon",
  title="Demande RCP métastases osseuses - Mme Marchadier",
  text="""Centre d'Oncologie du Val d'Orge - 12 avenue des Peupliers - 91780 Saint-Yon-le-Vieux
Service d'oncologie médicale - Dr Anne-Laure GUÉRIDON - Tél. 01 64 58 21 90

Saint-Yon-le-Vieux, le 14/10/2025

À l'attention des membres de la RCP « métastases osseuses »
Hôpital Lariboisière-Nord (fictif) - secrétariat RCP

Objet : Mme Hélène MARCHADIER, 58 ans - récidive osseuse d'un carcinome mammaire

Chers collègues,

Je vous soumets le dossier de Mme Marchadier, 58 ans, que je suis pour un carcinome canalaire infiltrant du sein droit diagnostiqué en avril 2019 (pT2 N1a, SBR II, RE 90 %, RP 40 %, HER2 score 1+ non amplifié). Elle a été traitée par tumorectomie et curage axillaire, chimiothérapie adjuvante (EC puis paclitaxel), radiothérapie du sein et des aires ganglionnaires, puis hormonothérapie adjuvante par létrozole (Femara) depuis octobre 2019.

Antécédents : hypothyroïdie substituée, reflux gastro-oesophagien. Pas d'antécédent thromboembolique.
Antécédents familiaux : mère décédée d'un cancer de l'ovaire à 62 ans ; BRCA non recherché à l'époque.

Histoire récente : ascension du CA 15-3 sur les deux derniers dosages (31 puis 58 U/mL). Un TEP-scanner de surveillance a été demandé :

TEP-TDM au 18F-FDG du 22/09/2025 (Dr R. Lemerle, médecine nucléaire, Clinique des Sablons)
Indication : surveillance d'un carcinome mammaire traité en 2019, ascension des marqueurs.
Résultats : foyers hypermétaboliques osseux correspondant à des lésions mixtes au scanner couplé : corps vertébral de T7 (SUVmax 7,2), aile iliaque gauche (SUVmax 5,8), arc antérieur du 6e arc costal droit (SUVmax 4,1). Mur postérieur de T7 respecté, pas d'épidurite visible. Fixation thyroïdienne modérée et diffuse, d'allure inflammatoire (thyroïdite). Pas d'anomalie hépatique, pulmonaire ni ganglionnaire. Pas de récidive locale mammaire.
Conclusion : lésions osseuses hypermétaboliques multiples (T7, iliaque gauche, côte droite) évocatrices de localisations secondaires. Pas d'autre site métastatique.

Biopsie scannoguidée de l'aile iliaque gauche le 01/10/2025 : métastase d'un carcinome d'origine mammaire, RE 85 %, RP 20 %, HER2 score 0. Profil superposable à la tumeur initiale.

Sur le plan clinique, la patiente est asymptomatique sur le plan osseux : pas de douleur, aucune prise d'antalgique. État général conservé, OMS 0, poids stable.

Conduite thérapeutique : le létrozole a été arrêté fin septembre. Traitement de première ligne métastatique débuté le 06/10/2025 : fulvestrant (Faslodex) 500 mg IM J1, J15, J29 puis mensuel, associé au palbociclib (Ibrance) 125 mg/j 21 jours sur 28.
Un traitement par dénosumab (Xgeva) est prévu, après avis dentaire (panoramique demandé, RDV le 28/10).

Traitement actuel :
- Faslodex 500 mg (fulvestrant)
- Ibrance 125 mg (palbociclib)
- Levothyrox 75 µg/j
- Inexium 20 mg/j
- Cacit D3 1 sachet/j
Pas de traitement anticoagulant ni antiagrégant plaquettaire.

Questions posées à la RCP :
1. Faut-il proposer une radiothérapie de T7 (lésion à risque ? SINS à évaluer) alors que la patiente est indolore ?
2. Risque fracturaire de la lésion iliaque gauche : avis chirurgical utile ?

Je reste à votre disposition. Bien confraternellement,

Dr A.-L. Guéridon
Oncologue médicale
""",
  gold=dict(sex="F", age=58,
            primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                              biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
            boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
            pain=dict(status="absent", types=[], intensity=None),
            currentMedications=dict(status="present", atc=["L02BA03", "L01EF01", "H03AA01", "A02BC05", "A12AX"]),
            priorLocalTreatments=dict(status="unknown", types=[]),
            boneTargetedTherapy=dict(status="unknown", atc=[]),
            anticoagulation=dict(status="absent", atc=[]),
            antiplatelets=dict(status="absent", atc=[]),
            prognosis=dict(status="present", ecog=0),
            therapeuticProject=dict(status="present", intent=None)),
  tricky="follow-up TEP-FDG pasted with incidental thyroiditis; breast RT is not a bone treatment; Xgeva only planned; letrozole stopped")

# ---------------------------------------------------------------- yh02
L(id="yh02", fmt="docx", date="05/11/2025", dob="14/03/1957", author="Dr Bertrand Olivari",
  title="Courrier médecin traitant - M. Pelissou",
  text="""# Cabinet médical des Prés - Dr Bertrand OLIVARI
Médecine générale - 3 rue du Lavoir - 41320 Saint-Aubin-des-Prés - Tél. 02 54 71 36 08

Saint-Aubin, le 05/11/2025

Chère Consœur, cher Confrère,

Je vous adresse M. Gérard PELISSOU, né le 14/03/1957, retraité (ancien chauffeur routier), pour discussion de son dossier en RCP métastases osseuses.

# Histoire
M. Pelissou a consulté le 17/09/2025 pour une colique néphrétique gauche typique. L'uroscanner réalisé le lendemain a confirmé la lithiase mais a surtout montré une lésion osseuse du bassin. Je vous recopie la conclusion :

TDM abdomino-pelvienne sans puis avec injection du 18/09/2025 (Cabinet de radiologie des Mûriers, Dr P. Vautrin)
Résultats : calcul de 4 mm de l'uretère lombaire gauche avec discrète dilatation pyélocalicielle d'amont. Reins de taille normale. Découverte d'une lésion ostéolytique de l'aile iliaque droite de 35 mm, à bords mal limités, avec rupture de la corticale interne. Petite lésion lytique du corps vertébral de L4 (12 mm). Pas de tassement.
Conclusion : lithiase urétérale gauche de 4 mm. Lésions ostéolytiques iliaque droite et L4, d'allure secondaire en premier lieu : un bilan est nécessaire.

Le scanner thoraco-abdomino-pelvien du 26/09/2025 a retrouvé une masse lobaire supérieure droite de 42 mm avec adénopathies médiastinales. La biopsie scannoguidée de la lésion iliaque (08/10/2025) a montré une métastase d'adénocarcinome TTF1+, CK7+. Le Dr Anne Saïdi, pneumologue, retient le diagnostic d'adénocarcinome pulmonaire stade IV. La biologie moléculaire (EGFR, ALK, ROS1) et le PD-L1 sont en cours.

Il me dit qu'il ressent depuis l'été une gêne de la fesse droite à la marche prolongée, cotée à 3/10, qu'il mettait sur le compte de sa sciatique. Pas de réveil nocturne.

# Antécédents
- Tabagisme 40 PA, sevré en 2016
- Cardiopathie ischémique : stent coronaire en 2016
- HTA, dyslipidémie
- Sciatique L5 droite en 2012
- Père décédé d'un cancer de la vessie

# Traitement en cours
| Médicament | Posologie |
| Kardégic 75 mg | 1 sachet le midi |
| Tahor 40 mg | 1 cp le soir |
| Triatec 5 mg | 1 cp le matin |
| Doliprane 1 g | 1 cp 3 fois par jour depuis 15 jours |

Sur le plan général, il reste actif, jardine, OMS 1. Poids stable.

Une consultation d'annonce est prévue le 12/11 avec le Dr Saïdi ; le traitement sera défini à réception de la biologie moléculaire.

Je souhaiterais l'avis de la RCP sur la lésion iliaque droite (risque de fracture ? geste local ?) avant le début du traitement.

Bien cordialement,
Dr B. Olivari
""",
  gold=dict(sex="M", age=68,
            primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma",
                              biomarkers={"EGFR": "pending", "ALK": "pending", "ROS1": "pending", "PD-L1": "pending"}),
            boneDiagnosis=dict(status="present", circumstances=["incidental_imaging"], dated=True),
            pain=dict(status="present", types=["mechanical"], intensity=3),
            currentMedications=dict(status="present", atc=["B01AC06", "C10AA05", "C09AA05", "N02BE01"]),
            priorLocalTreatments=dict(status="unknown", types=[]),
            boneTargetedTherapy=dict(status="unknown", atc=[]),
            anticoagulation=dict(status="unknown", atc=[]),
            antiplatelets=dict(status="present", atc=["B01AC06"]),
            prognosis=dict(status="present", ecog=1),
            therapeuticProject=dict(status="unknown", intent=None)),
  tricky="incidental discovery on a CT for renal colic; age from birth date; molecular tests pending; Kardégic antiplatelet, nothing on anticoagulation; treatment not yet decided")

# ---------------------------------------------------------------- yh03
L(id="yh03", fmt="txt", date="30/09/2025", dob=None, author="Dr Sophie Karadec",
  title="Rhumatologie - M. Ferrandou",
  text="""CENTRE HOSPITALIER DE MONTVALON - Service de Rhumatologie
Dr Sophie KARADEC - secrétariat 04 73 52 18 40

Montvalon, le 30/09/2025

Objet : demande d'avis RCP métastases osseuses
Patient : M. Lucien FERRANDOU, 74 ans

Cher confrère,

Je vous adresse M. Ferrandou, 74 ans, hospitalisé dans le service pour des lombalgies inflammatoires.

Histoire : lombalgies depuis juin 2025, d'horaire inflammatoire, avec réveils nocturnes vers 3 h du matin et dérouillage matinal d'environ 45 min. Pas de radiculalgie, pas de trouble sphinctérien. Les radiographies du rachis lombaire de juillet (médecin traitant) concluaient à une discarthrose L4-L5 sans lésion lytique. Devant la persistance des douleurs une IRM a été réalisée :

IRM du rachis entier du 02/09/2025 (Imagerie du Puy-Vert)
Multiples lésions en hyposignal T1, hypersignal STIR, rehaussées après injection, des corps vertébraux de T10, L1, L3 et du sacrum (S1-S2). Pas d'épidurite, pas de recul du mur postérieur. Tassement cunéiforme ancien de T12 sans oedème, d'allure ostéoporotique. Discopathie L4-L5.
CONCLUSION : lésions vertébrales et sacrée multiples d'allure secondaire. Tassement T12 ancien d'allure bénigne.

Bilan : PSA total 86 ng/mL (N < 4). Calcémie corrigée normale. EPP sans pic.

TEP-PSMA (68Ga-PSMA-11) du 12/09/2025 : fixation focale intense du lobe prostatique gauche (SUVmax 18), fixations osseuses multiples (T10, L1, L3, sacrum, aile iliaque droite, 4e côte gauche). Pas de fixation ganglionnaire ni viscérale.
Conclusion : cancer prostatique avec métastases osseuses multiples (> 5 lésions), sans atteinte ganglionnaire ni viscérale.

Biopsies prostatiques (19/09/2025, Dr Nguyen-Leroux) : adénocarcinome acinaire, score de Gleason 8 (4+4), ISUP 4, 9 carottes sur 12 envahies.

ATCD : FA permanente, HTA, cataracte opérée. Pas d'ATCD familial de cancer connu.

Douleur actuelle : EVA 6/10 ce jour (8/10 en août), toujours à prédominance nocturne.

Traitement actuel :
- Eliquis 5 mg x2/j (FA)
- Cardensiel 2,5 mg/j
- Topalgic LP 100 mg matin et soir
- Doliprane 1 g x3/j
- Firmagon : dose de charge 240 mg le 23/09/2025, puis 80 mg/mois
Pas d'antiagrégant. Pas encore de traitement anti-résorptif (à discuter, bilan dentaire fait : RAS).
Aucune radiothérapie ni geste local osseux à ce jour.

OMS 1. Autonome, vit avec son épouse.

L'urologue (Dr Pasquet) envisage une intensification par Zytiga + prednisone ou docétaxel selon l'avis de la RCP d'uro-oncologie.

Questions : 1) radiothérapie antalgique du sacrum / L3 ? 2) introduction du dénosumab ou de l'acide zolédronique ?

Confraternellement,
Dr S. Karadec
""",
  gold=dict(sex="M", age=74,
            primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma",
                              biomarkers={"PSA": "positive"}),
            boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
            pain=dict(status="present", types=["inflammatory", "nocturnal"], intensity=6),
            currentMedications=dict(status="present", atc=["B01AF02", "C07AB07", "N02AX02", "N02BE01", "L02BX02"]),
            priorLocalTreatments=dict(status="absent", types=[]),
            boneTargetedTherapy=dict(status="absent", atc=[]),
            anticoagulation=dict(status="present", atc=["B01AF02"]),
            antiplatelets=dict(status="absent", atc=[]),
            prognosis=dict(status="present", ecog=1),
            therapeuticProject=dict(status="present", intent=None)),
  tricky="pain led to spine MRI then PSMA PET; benign old T12 fracture in the report; radiculalgia denied; degarelix (Firmagon) vs abiraterone (planned, not current); 'pas encore' of bone therapy")

# ---------------------------------------------------------------- yh04
L(id="yh04", fmt="pdf", date="16/10/2025", dob=None, author="Dr Marc-Antoine Bellocq",
  title="Chirurgie orthopédique - M. Tessier",
  text="""HÔPITAL SAINT-LAZARE DE CORMERY - Chirurgie orthopédique et traumatologique
Dr Marc-Antoine BELLOCQ - Tél. secrétariat 02 47 80 63 15

Cormery, le 16/10/2025

Compte rendu adressé à la RCP « métastases osseuses » - copie au Dr Fabre (oncologue) et au Dr Lemaître (médecin traitant)

Patient : M. Roland TESSIER, 71 ans

Cher Confrère,

J'ai pris en charge M. Tessier, 71 ans, aux urgences le 29/09/2025 après une chute de sa hauteur à domicile, avec impotence fonctionnelle totale du membre inférieur droit.

ATCD :
- Carcinome rénal à cellules claires gauche (ISUP 3, pT3a), néphrectomie élargie en mars 2019
- Métastases pulmonaires en 2024, traitées par cabozantinib (Cabometyx 40 mg/j) depuis juin 2024
- HTA ; cardiopathie ischémique stentée en 2015

Radiographie du fémur droit et du bassin du 29/09/2025 (urgences) :
Fracture sous-trochantérienne du fémur droit, déplacée, survenant sur une plage ostéolytique mal limitée d'environ 4 cm, à bords flous, avec amincissement cortical et réaction périostée. Coxarthrose bilatérale modérée.
Conclusion : fracture sur os pathologique (lésion lytique sous-trochantérienne), à confronter aux antécédents néoplasiques.

TDM TAP du 30/09/2025 : lyse de l'aile iliaque gauche (25 mm) et de l'arc postérieur de la 8e côte droite ; nodules pulmonaires stables par rapport à juin ; pas de récidive dans la loge de néphrectomie.

Intervention le 01/10/2025 : enclouage centromédullaire long du fémur droit (clou gamma long) avec curetage de la lésion. Anatomopathologie : métastase d'un carcinome rénal à cellules claires.

Suites : simples. Mise en charge autorisée. Le patient décrit des douleurs de cuisse à la mobilisation et lors de la mise en charge, EVA 4/10 ce jour (9/10 à l'admission).

Traitement de sortie :
- Lovenox 4000 UI/j SC pendant 35 jours
- Oxycontin LP 10 mg matin et soir
- Doliprane 1 g x4/j
- Triatec 5 mg/j
- Inexium 40 mg/j
Le Kardégic a été arrêté le 29/09 et n'a pas été repris (à réévaluer avec le cardiologue).
Le Cabometyx est suspendu depuis le 29/09 ; son oncologue, le Dr Fabre, a prévu de le reprendre à J21 post-opératoire.
Il n'a jamais reçu de bisphosphonate ni de dénosumab.

État général : OMS 2, marche avec déambulateur.

Une radiothérapie post-opératoire du fémur est envisagée. Je sollicite l'avis de la RCP :
- radiothérapie du foyer fémoral opéré ;
- prise en charge de la lésion iliaque gauche (risque fracturaire, cimentoplastie ?) ;
- indication d'un traitement anti-résorptif.

Bien confraternellement,

Dr M.-A. Bellocq
""",
  gold=dict(sex="M", age=71,
            primaryTumor=dict(status="present", site="kidney", histology="clear_cell_carcinoma", biomarkers={}),
            boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
            pain=dict(status="present", types=["mechanical"], intensity=4),
            currentMedications=dict(status="present", atc=["B01AB05", "N02AA05", "N02BE01", "C09AA05", "A02BC05"]),
            priorLocalTreatments=dict(status="present", types=["surgery"]),
            boneTargetedTherapy=dict(status="absent", atc=[]),
            anticoagulation=dict(status="present", atc=["B01AB05"]),
            antiplatelets=dict(status="absent", atc=[]),
            prognosis=dict(status="present", ecog=2),
            therapeuticProject=dict(status="present", intent=None)),
  tricky="pathological fracture on an emergency X-ray (report pasted); cabozantinib suspended (not current) with decided restart; Kardégic stopped; preventive Lovenox; post-op RT only envisaged")

# ---------------------------------------------------------------- yh05
L(id="yh05", fmt="docx", date="03/11/2025", dob="02/11/1960", author="Dr Yasmina Ould-Ferhat",
  title="Pneumologie - M. Lechaudel - demande RCP",
  text="""# CENTRE HOSPITALIER INTERCOMMUNAL DE VERNOUX-SUR-LOIRE
Service de pneumologie et oncologie thoracique - Dr Yasmina OULD-FERHAT - Tél. 02 41 39 77 02

Vernoux, le 03/11/2025

# Demande de discussion en RCP métastases osseuses
Patient : M. Patrick LECHAUDEL, né le 02/11/1960
Médecin traitant : Dr Corinne Ballanger, Vernoux

# Diagnostic
Carcinome épidermoïde bronchique du lobe supérieur droit, diagnostiqué sur biopsie endobronchique le 16/09/2025. PD-L1 (22C3) : 70 %. Pas de recherche d'altération moléculaire (histologie épidermoïde, gros fumeur).

# Bilan d'extension - imagerie
TEP-TDM au FDG du 24/09/2025 (Service de médecine nucléaire, Dr F. Henrion) :
Masse lobaire supérieure droite hypermétabolique (SUVmax 14,2). Adénopathies hypermétaboliques 4R et 7. Foyers hypermétaboliques du 5e arc costal droit (SUVmax 6,3), de l'aile sacrée gauche (SUVmax 5,1) et du corps vertébral de L2 (SUVmax 4,8), avec ostéolyse au scanner. Fixation de la tête humérale droite d'allure inflammatoire (capsulite ?). Surrénales normales.
Conclusion : processus néoplasique pulmonaire lobaire supérieur droit avec atteinte ganglionnaire médiastinale et localisations osseuses secondaires multiples (costale, sacrée, L2). Stade IVB.

IRM du bassin et du rachis lombaire du 06/10/2025 : lésion de l'aileron sacré gauche de 3 cm sans extension canalaire ni foraminale ; lésion de L2 intéressant 40 % du corps vertébral, pédicules respectés, pas d'épidurite.

# Traitement oncologique
Chimio-immunothérapie à visée palliative : carboplatine AUC 5 + paclitaxel + pembrolizumab (Keytruda), C1 le 08/10/2025, C2 le 29/10/2025, bien tolérées. C3 prévue le 19/11.

# Clinique
Douleur basithoracique droite à la toux et aux mouvements du tronc, EN 5/10 sous traitement. Pas de douleur nocturne. Sacrum et région lombaire indolores.
PS (OMS) : 1.

# Antécédents
Tabagisme actif 45 PA. Diabète de type 2. Coronaropathie stentée en 2019 : Plavix arrêté en 2023 sur avis cardiologique. BPCO stade 2.

# Traitement habituel
| Traitement | Posologie |
| Skenan LP 30 mg | matin et soir |
| Actiskenan 10 mg | si douleur, max 4/j |
| Doliprane 1 g | 3 fois par jour |
| Forlax 10 g | 2 sachets/j |
| Metformine 850 mg | matin et soir |
| Cardensiel 5 mg | le matin |

Traitement anticoagulant : aucun.
Pas de radiothérapie antérieure.
Dénosumab (Xgeva) à discuter, bilan dentaire demandé.

# Questions à la RCP
1. Radiothérapie antalgique de la lésion costale droite ?
2. Conduite à tenir pour L2 (SINS 8) : surveillance, radiothérapie ou cimentoplastie ?
3. Indication et choix d'un traitement ostéoclastique.

Dr Y. Ould-Ferhat
""",
  gold=dict(sex="M", age=65,
            primaryTumor=dict(status="present", site="lung", histology="squamous_cell_carcinoma",
                              biomarkers={"PD-L1": "positive"}, pdl1_value=70),
            boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
            pain=dict(status="present", types=["mechanical"], intensity=5),
            currentMedications=dict(status="present", atc=["L01XA02", "L01CD01", "L01FF02", "N02AA01", "N02BE01",
                                                           "A06AD15", "A10BA02", "C07AB07"]),
            priorLocalTreatments=dict(status="absent", types=[]),
            boneTargetedTherapy=dict(status="unknown", atc=[]),
            anticoagulation=dict(status="absent", atc=[]),
            antiplatelets=dict(status="absent", atc=[]),
            prognosis=dict(status="present", ecog=1),
            therapeuticProject=dict(status="present", intent="palliative")),
  tricky="staging TEP-FDG at diagnosis with inflammatory shoulder uptake; age from birth date (birthday the day before); Plavix stopped; nocturnal pain denied; Xgeva only to be discussed")

# ---------------------------------------------------------------- yh06
L(id="yh06", fmt="txt", date="18/09/2025", dob=None, author="Dr Étienne Vasseur-Lagarde",
  title="Radiothérapie - M. Rimbert",
  text="""Institut de Cancérologie de Brévannes - Département de radiothérapie
Dr Étienne VASSEUR-LAGARDE
Tél : 01 45 90 32 61

Brévannes, le 18/09/2025

Objet : RCP métastases osseuses - M. Jean-Claude RIMBERT, 66 ans

Chers collègues,

Je vous présente M. Rimbert, 66 ans, suivi pour un adénocarcinome prostatique.

Historique :
- 2018 : prostatectomie totale (pT3a N0, Gleason 7 = 4+3, marges saines)
- 2020 : récidive biochimique (PSA 0,4 ng/mL), radiothérapie du lit prostatique 66 Gy sans hormonothérapie
- Scintigraphie osseuse de contrôle en mars 2023 : pas de lésion osseuse suspecte
- PSA : 0,9 (janvier 2025) -> 1,6 (mai 2025) -> 2,4 ng/mL (août 2025), temps de doublement 5 mois

Imagerie :
TEP-PSMA au 68Ga du 21/08/2025 (Dr M. Achour, médecine nucléaire)
Fixation intense focale de l'aile iliaque droite (SUVmax 12,4) et du pédicule droit de T9 (SUVmax 8,7), sans traduction morphologique franche au scanner. Pas de fixation ganglionnaire pelvienne ni rétropéritonéale. Loge de prostatectomie sans anomalie. Fixations physiologiques des glandes salivaires, des reins et du grêle.
CONCLUSION : deux lésions osseuses fixantes (iliaque droite, T9) en faveur de localisations secondaires. Maladie oligométastatique osseuse.

IRM dorsale du 04/09/2025 : lésion du pédicule droit de T9 de 14 mm, pas d'épidurite, pas de fracture.

Clinique : patient totalement asymptomatique, aucune douleur. OMS 0.

ATCD : HTA, hypercholestérolémie. Frère suivi pour un cancer de prostate, irradié en 2021.

Traitements : Tahor 20 mg, Cardensiel 2,5 mg. Ni anticoagulant, ni antiagrégant plaquettaire.
Décapeptyl LP 11,25 mg : 1re injection le 10/09/2025.

Le lit prostatique a été irradié en 2020 ; aucune lésion osseuse n'a jamais été irradiée ni opérée.

Stratégie retenue avec le patient et son urologue (Dr Kerbrat) : hormonothérapie courte de 6 mois (Décapeptyl débuté) et radiothérapie stéréotaxique des deux lésions, dans une intention curative (maladie oligométastatique).

Question à la RCP : validation de la SBRT iliaque droite et T9 (schéma proposé 3 x 9 Gy) ; faut-il associer un traitement ostéoclastique ?

Bien à vous,
Dr E. Vasseur-Lagarde
""",
  gold=dict(sex="M", age=66,
            primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma",
                              biomarkers={"PSA": "positive"}),
            boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
            pain=dict(status="absent", types=[], intensity=None),
            currentMedications=dict(status="present", atc=["C10AA05", "C07AB07", "L02AE04"]),
            priorLocalTreatments=dict(status="absent", types=[]),
            boneTargetedTherapy=dict(status="unknown", atc=[]),
            anticoagulation=dict(status="absent", atc=[]),
            antiplatelets=dict(status="absent", atc=[]),
            prognosis=dict(status="present", ecog=0),
            therapeuticProject=dict(status="present", intent="curative")),
  tricky="PSMA PET in biochemical relapse (follow-up imaging); earlier normal bone scan; prostate-bed RT and brother's RT are not bone treatments; curative intent; SBRT only proposed")

# ---------------------------------------------------------------- yh07
L(id="yh07", fmt="pdf", date="19/09/2025", dob="22/09/1961", author="Dr Hugues Mandrin",
  title="Oncologie thoracique - Mme Chassagnol",
  text="""HÔPITAL PRIVÉ DES TILLEULS - Pneumologie et oncologie thoracique
8 boulevard Marcel-Vernet - 42190 Roanville - Dr Hugues MANDRIN - 04 77 31 52 96

Roanville, le 19/09/2025

Dossier pour la RCP métastases osseuses

Mme Odile CHASSAGNOL, née le 22/09/1961

Chers collègues,

Mme Chassagnol est suivie depuis mars 2023 pour un adénocarcinome bronchique du lobe inférieur gauche, d'emblée métastatique (pleural), avec délétion de l'exon 19 de l'EGFR. ALK négatif, PD-L1 < 1 %. Elle est traitée par osimertinib (Tagrisso 80 mg/j) depuis le 20/03/2023 avec une réponse partielle prolongée.
Embolie pulmonaire segmentaire en novembre 2024, anticoagulée depuis par rivaroxaban.

Le scanner d'évaluation systématique a montré une progression osseuse isolée :

TDM thoraco-abdomino-pelvienne du 04/08/2025 (Dr S. Ferlay)
Stabilité de la masse lobaire inférieure gauche (24 mm) et du discret épanchement pleural gauche. Pas de nodule nouveau. Foie, surrénales sans anomalie. Apparition d'une lésion ostéolytique du corps vertébral de L2 de 22 mm, sans fracture. Pas d'autre lésion osseuse.
Conclusion : stabilité thoracique. Apparition d'une lésion lytique de L2 suspecte de localisation secondaire.

IRM du rachis lombaire du 12/08/2025
Lésion de L2 en hyposignal T1 envahissant le pédicule gauche, épidurite antéro-latérale gauche sans compression (cône terminal en T12-L1), rétrécissement du foramen L2-L3 gauche. Pas d'autre lésion rachidienne.
Conclusion : métastase de L2 avec épidurite débutante, sans compression nerveuse significative.

Depuis fin août, la patiente décrit des lombalgies à la marche et une cruralgie gauche à type de brûlures, EN 6/10, DN4 à 5/10. Pas de déficit moteur, pas de trouble sphinctérien. OMS 1.

Traitement actuel :
- Tagrisso 80 mg/j
- Xarelto 20 mg/j
- Lyrica 75 mg matin et soir (introduit le 02/09)
- Dafalgan codéiné 2 cp x3/j
- Mopral 20 mg/j
Elle n'a jamais reçu d'acide zolédronique ni de dénosumab.

Le projet est de poursuivre l'osimertinib (progression oligométastatique) avec un traitement local de L2.

Questions : radiothérapie stéréotaxique de L2 ou radiothérapie conformationnelle compte tenu de l'épidurite ? Avis neurochirurgical ? Introduction d'un traitement ostéoclastique ?

Bien cordialement,
Dr H. Mandrin
""",
  gold=dict(sex="F", age=63,
            primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma",
                              biomarkers={"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
            boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
            pain=dict(status="present", types=["mechanical", "neuropathic"], intensity=6),
            currentMedications=dict(status="present", atc=["L01EB04", "B01AF01", "N03AX16", "N02AJ06", "A02BC01"]),
            priorLocalTreatments=dict(status="unknown", types=[]),
            boneTargetedTherapy=dict(status="absent", atc=[]),
            anticoagulation=dict(status="present", atc=["B01AF01"]),
            antiplatelets=dict(status="unknown", atc=[]),
            prognosis=dict(status="present", ecog=1),
            therapeuticProject=dict(status="present", intent=None)),
  tricky="new lesion on scheduled evaluation CT then spine MRI with epidural extension but no compression; age from birth date three days before the birthday; PD-L1 <1 % negative; Dafalgan codéiné combination")

# ---------------------------------------------------------------- yh08
L(id="yh08", fmt="docx", date="27/10/2025", dob=None, author="Dr Camille Renaudie",
  title="Médecine interne - Mme Boissonnat",
  text="""# CH de Lormes-la-Vallée - Service de médecine interne
Dr Camille RENAUDIE - Secrétariat : 03 86 22 49 75

Lormes, le 27/10/2025

Chère consœur, cher confrère,

Je vous adresse pour avis en RCP métastases osseuses Mme Nadège BOISSONNAT, 61 ans, hospitalisée dans notre service du 02/10 au 17/10/2025.

# Circonstances de découverte
Admission le 02/10/2025 pour dyspnée d'effort d'aggravation récente avec D-dimères à 2400 µg/L. Une anticoagulation curative par énoxaparine a été débutée dans l'attente de l'imagerie puis arrêtée le jour même, l'angioscanner ayant éliminé une embolie pulmonaire (dyspnée finalement rattachée à une anémie à 8,9 g/dL).

Angioscanner thoracique du 02/10/2025 (Dr J. Meunier-Baudry) :
Absence d'embolie pulmonaire jusqu'en sous-segmentaire. Pas de condensation parenchymateuse, pas d'épanchement. Découverte de lésions osseuses mixtes, ostéocondensantes et lytiques, des corps vertébraux de T5 et T8 et de l'arc antérieur de la 4e côte gauche.
Conclusion : pas d'EP. Lésions osseuses suspectes à explorer (localisations secondaires ? myélome ?).

Électrophorèse et immunofixation des protéines sériques : pas de composant monoclonal. Calcémie normale.
TEP-TDM FDG du 09/10/2025 : hypermétabolisme des lésions de T5, T8, 4e côte gauche, ainsi que de l'ischion droit et du col fémoral gauche (non vus au scanner). Fixation focale modérée de la tête du pancréas, sans lésion visible au scanner couplé.
IRM pancréatique du 13/10/2025 : pas de lésion pancréatique individualisable.
Biopsie de T8 (14/10/2025) : métastase d'un adénocarcinome, CK7+, CK20-, TTF1-, GATA3-, RE négatif. Origine bilio-pancréatique évoquée, non démontrée. Primitif non retrouvé à ce stade (endoscopies digestives et mammographie normales).

# Clinique
Aucune douleur osseuse, y compris à la palpation rachidienne. Indice de Karnofsky à 80 %.

# Antécédents
Diabète de type 2, HTA, hypothyroïdie. Mère : cancer du côlon à 70 ans.

# Traitement à la sortie
| Médicament | Posologie |
| Glucophage 1000 mg | matin et soir |
| Triatec 2,5 mg | le matin |
| Levothyrox 75 µg | le matin |
| Imovane 7,5 mg | au coucher |
Le Lovenox n'a pas été poursuivi.

# Demande
Aucun traitement oncologique n'a été débuté. Nous sollicitons l'avis de la RCP sur la prise en charge de ce carcinome de primitif inconnu à localisation osseuse prédominante : place d'un traitement local du col fémoral gauche (risque fracturaire), traitement ostéoclastique, et orientation vers l'oncologie pour une chimiothérapie.

Bien confraternellement,
Dr C. Renaudie
""",
  gold=dict(sex="F", age=61,
            primaryTumor=dict(status="present", site="unknown_primary", histology="adenocarcinoma",
                              biomarkers={"ER": "negative"}),
            boneDiagnosis=dict(status="present", circumstances=["incidental_imaging"], dated=True),
            pain=dict(status="absent", types=[], intensity=None),
            currentMedications=dict(status="present", atc=["A10BA02", "C09AA05", "H03AA01", "N05CF01"]),
            priorLocalTreatments=dict(status="unknown", types=[]),
            boneTargetedTherapy=dict(status="unknown", atc=[]),
            anticoagulation=dict(status="absent", atc=[]),
            antiplatelets=dict(status="unknown", atc=[]),
            prognosis=dict(status="present", kps=80),
            therapeuticProject=dict(status="unknown", intent=None)),
  tricky="incidental finding on a CT angiogram for suspected PE (no PE); enoxaparin started and stopped the same day; myeloma hypothesis; unknown primary with pancreatic hypothesis; Karnofsky only; no treatment started")

# ---------------------------------------------------------------- yh09
L(id="yh09", fmt="txt", enc="cp1252", date="21/10/2025", dob=None, author="Dr Françoise Arnaud-Dupuich",
  title="Médecin traitant - Mme Gaudry",
  text="""Dr Françoise ARNAUD-DUPUICH
Médecin généraliste
5 place de l'Église - 71460 Bourg-Sainte-Marthe
Tél 03 85 44 17 29

le 21/10/2025

Cher confrère,

Je vous adresse Mme Lucienne GAUDRY, 79 ans, pour des douleures de hanche gauche et une scintigaphie anormale.

ATCD : cancer du sein gauche en 2015 (carcinome lobulaire infiltrant, RE+ RP-), mastectomie + curage, tamoxifène 5 ans arrêté en 2020. Ostéoporose densitométrique (2021). FA connue suivie par le Dr Gimbert, cardiologue. HTA.

Depuis 2 mois douleurs de la hanche gauche à la marche, qui la réveillent aussi la nuit. EN 7/10 malgré l'Ixprim. Pas de chute.
Radio du bassin 25/09/2025 : pas de fracture, coxarthrose modérée bilatérale.
J'ai donc demandé une scinti :

Scintigraphie osseuse aux diphosphonates marqués du 10/10/2025 (Centre de médecine nucléaire de la Saône, Dr L. Brossard)
Hyperfixations intenses du cotyle gauche, de l'ischion gauche, de L3 et de plusieurs arcs costaux (6e droit, 9e gauche). Hyperfixations modérées des genoux et des poignets d'allure dégénérative.
Conclusion : aspect évocateur de localisations secondaires osseuses multiples. A confronter à un scanner.

Le scanner TAP est programmé le 29/10. Pas de biopsie pour l'instant. Il s'agit très probablement d'une récidive osseuse de son cancer du sein.

Traitement :
Ixprim 1 cp x3/j
Bonviva 150 mg 1 cp par mois (ostéoporose, depuis 2021)
Uvedose 1 ampoule tous les 3 mois
Amlodipine 5 mg
Anticoagulant : je crois qu'elle prend du Préviscan pour sa FA mais je n'ai pas l'ordonnance du cardiologue, à vérifier.

Merci de votre avis et de sa prise en charge.
Bien confraternellement
Dr Arnaud-Dupuich
""",
  gold=dict(sex="F", age=79,
            primaryTumor=dict(status="present", site="breast", histology="invasive_lobular_carcinoma",
                              biomarkers={"ER": "positive", "PR": "negative"}),
            boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
            pain=dict(status="present", types=["mechanical", "nocturnal"], intensity=7),
            currentMedications=dict(status="present", atc=["N02AX02", "M05BA06", "A11CC05"]),
            priorLocalTreatments=dict(status="unknown", types=[]),
            boneTargetedTherapy=dict(status="present", atc=["M05BA06"]),
            anticoagulation=dict(status="uncertain", atc=["B01AA12"]),
            antiplatelets=dict(status="unknown", atc=[]),
            prognosis=dict(status="unknown"),
            therapeuticProject=dict(status="unknown", intent=None)),
  tricky="short cp1252 GP note with typos; bone scan pasted; Ixprim (tramadol+paracetamol, N02AX02 per table); Bonviva for osteoporosis counts; Préviscan only believed (uncertain, out of current meds); tamoxifen stopped")

# ---------------------------------------------------------------- yh10
L(id="yh10", fmt="pdf", date="08/10/2025", dob="30/04/1952", author="Dr Gaëlle Tournemine",
  title="Médecine nucléaire - Mme Périgault",
  text="""CHU DE VALCOURT - Service de médecine nucléaire et d'endocrinologie oncologique
Dr Gaëlle TOURNEMINE - Tél. 03 26 15 84 40

Valcourt, le 08/10/2025

À l'attention du Dr Lhermitte, coordonnateur de la RCP métastases osseuses

Objet : Mme Simone PÉRIGAULT, née le 30/04/1952 - progression osseuse d'un carcinome thyroïdien

Cher ami,

Mme Périgault est suivie pour un carcinome vésiculaire (folliculaire) de la thyroïde, largement invasif, traité par thyroïdectomie totale en janvier 2023. Elle a reçu une irathérapie (3,7 GBq d'iode 131) en mars 2023, dont voici la scintigraphie post-thérapeutique :

Scintigraphie corps entier post-thérapeutique à l'iode 131 du 17/03/2023
Fixation cervicale médiane correspondant au reliquat thyroïdien. Fixations focales intenses de l'aile iliaque droite et de l'arc postérieur de la 7e côte gauche. Pas de fixation pulmonaire.
Conclusion : métastases osseuses iodo-fixantes (aile iliaque droite, 7e côte gauche).

Elle a eu une radiothérapie externe de l'aile iliaque droite (30 Gy en 10 fractions) en juin 2023, et reçoit de l'acide zolédronique (Zometa 4 mg) toutes les 12 semaines depuis juillet 2023, dernière perfusion le 15/09/2025. La maladie étant devenue réfractaire à l'iode, elle est traitée par lenvatinib (Lenvima 14 mg/j) depuis février 2024.

Le scanner de réévaluation montre une progression :

TDM TAP du 22/09/2025
Lésion iliaque droite stable, en voie de recondensation. Nouvelle lésion ostéolytique du corps et du pédicule droit de T8 avec épidurite. Micronodules pulmonaires infracentimétriques stables.
Conclusion : progression osseuse en T8. Stabilité par ailleurs.

IRM dorsale du 29/09/2025 : épidurite postéro-latérale droite en T8, au contact de la moelle, sans hypersignal médullaire.

Cliniquement, douleurs dorsales en hémi-ceinture droite à type de décharges électriques, EN 5/10, sans déficit neurologique. ECOG 1. Espérance de vie estimée supérieure à un an. Thyroglobuline en ascension (212 ng/mL).

Traitement actuel : Lenvima 14 mg/j, Levothyrox 125 µg/j, Zometa 4 mg/12 semaines, Kardégic 75 mg/j, Lyrica 50 mg x2/j, Doliprane 1 g si besoin jusqu'à 3/j. Aucun anticoagulant.

Projet : poursuite du lenvatinib, bien toléré.

Question : prise en charge de la lésion T8 avec épidurite (radiothérapie stéréotaxique, séparation chirurgicale ?).

Amitiés,
Dr G. Tournemine
""",
  gold=dict(sex="F", age=73,
            primaryTumor=dict(status="present", site="thyroid", histology="other", biomarkers={}),
            boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
            pain=dict(status="present", types=["neuropathic"], intensity=5),
            currentMedications=dict(status="present", atc=["L01EX08", "H03AA01", "M05BA08", "B01AC06", "N03AX16",
                                                           "N02BE01"]),
            priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
            boneTargetedTherapy=dict(status="present", atc=["M05BA08"]),
            anticoagulation=dict(status="absent", atc=[]),
            antiplatelets=dict(status="present", atc=["B01AC06"]),
            prognosis=dict(status="present", ecog=1),
            therapeuticProject=dict(status="present", intent=None)),
  tricky="post-therapeutic iodine-131 scan (2023) as first finding, then progression CT/MRI; follicular thyroid (histology other); age from birth date; zoledronic acid ongoing; radiotherapy 2023 of the bone; thyroglobulin not a listed marker")

# ---------------------------------------------------------------- yh11
L(id="yh11", fmt="docx", date="12/11/2025", dob=None, author="Dr Adrien Costerousse",
  title="Dermatologie - M. Danjou",
  text="""# Hôpital Sainte-Blandine de Mireval - Dermatologie et onco-dermatologie
Dr Adrien COSTEROUSSE - Tél. 04 67 93 28 51

Mireval, le 12/11/2025

# Fiche de présentation RCP métastases osseuses
Patient : M. Thierry DANJOU, 52 ans
Tumeur primitive : mélanome à extension superficielle du dos, Breslow 3,1 mm, ulcéré (exérèse le 11/03/2024), ganglion sentinelle axillaire gauche positif, stade IIIC. Mutation BRAF V600E.

# Histoire
Immunothérapie adjuvante par nivolumab (Opdivo) d'avril 2024 à mars 2025 (1 an), puis surveillance.

TEP-TDM au FDG de surveillance du 14/10/2025 (Dr C. Aubanel) :
Foyer hypermétabolique de la diaphyse humérale gauche (SUVmax 9,8) correspondant à une lésion ostéolytique corticale de 28 mm. Foyer hypermétabolique de l'aile iliaque droite (SUVmax 6,0) sans traduction scanographique nette. Pas de récidive ganglionnaire axillaire. Fixation colique d'allure physiologique. IRM cérébrale du 16/10 : normale.
Conclusion : récidive métastatique osseuse (humérus gauche, aile iliaque droite).

Radiographie de l'humérus gauche du 20/10/2025 : lyse corticale intéressant environ 50 % de la circonférence, sans fracture. Score de Mirels à 9.
Biopsie iliaque (23/10/2025) : métastase de mélanome, BRAF V600E.

# Clinique
Pas de douleur au repos ; gêne du bras gauche au port de charges, EN 2/10. OMS 0.

# Traitement
Depuis le 05/11/2025 : encorafénib (Braftovi) 450 mg/j + binimétinib (Mektovi) 45 mg x2/j.
Autres : Inexium 20 mg/j, Xanax 0,25 mg le soir.
Anticoagulant : non.
Pas de traitement anti-résorptif actuellement ; dénosumab envisagé, bilan dentaire en cours.
Aucun traitement local osseux à ce jour.

# Questions
1. Ostéosynthèse préventive de l'humérus gauche (Mirels 9) avant ou après radiothérapie ?
2. Radiothérapie de l'aile iliaque droite ?

Dr A. Costerousse
""",
  gold=dict(sex="M", age=52,
            primaryTumor=dict(status="present", site="melanoma", histology="other", biomarkers={"BRAF": "positive"}),
            boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
            pain=dict(status="present", types=["mechanical"], intensity=2),
            currentMedications=dict(status="present", atc=["A02BC05", "N05BA12"]),
            priorLocalTreatments=dict(status="absent", types=[]),
            boneTargetedTherapy=dict(status="absent", atc=[]),
            anticoagulation=dict(status="absent", atc=[]),
            antiplatelets=dict(status="unknown", atc=[]),
            prognosis=dict(status="present", ecog=0),
            therapeuticProject=dict(status="present", intent=None)),
  tricky="melanoma relapse on surveillance PET; nivolumab finished (not current); encorafenib/binimetinib not in the ATC table; 'pas de douleur au repos' but load pain; denosumab envisaged with explicit 'pas de traitement anti-résorptif'")

# ---------------------------------------------------------------- yh12
L(id="yh12", fmt="txt", crlf=True, date="24/10/2025", dob="09/01/1950", author="Dr Hervé Lamontagne",
  title="Neurochirurgie - M. Guérineau",
  text="""CHU DE VALCOURT - SERVICE DE NEUROCHIRURGIE
Pr H. LAMONTAGNE - Dr L. PICHARD (interne)
Secrétariat : 03 26 15 90 12

Valcourt, le 24/10/2025

RCP METASTASES OSSEUSES - demande de passage

M. GUÉRINEAU Alain, né le 09/01/1950

Motif : compression médullaire T6 opérée, avis pour la suite de la prise en charge.

ATCD :
- carcinome urothélial de vessie, cystoprostatectomie + Bricker en 03/2023 (pT3 N1), chimiothérapie adjuvante (gemcitabine-cisplatine, 4 cycles, terminée en 07/2023)
- cardiopathie ischémique (stent 2017)
- pas d'ATCD thrombo-embolique

HDM : paraparésie d'installation rapide sur 48 h avec niveau sensitif T7, dorsalgies en barre depuis 3 semaines.
IRM du rachis entier en urgence du 11/10/2025 :
Lésion tissulaire du corps vertébral et de l'arc postérieur de T6 avec épidurite circonférentielle compressive, hypersignal T2 médullaire en regard. Autres lésions vertébrales sans épidurite : T11, L4, S1.
CONCLUSION : compression médullaire T6 sur lésion probablement secondaire. Lésions vertébrales multiples.
TDM TAP du 12/10/2025 : nodules pulmonaires bilatéraux (< 1 cm) suspects, pas de récidive pelvienne, lésions osseuses T6, T11, L4, S1.

Prise en charge : dexaméthasone IV à l'admission puis laminectomie décompressive T5-T7 et arthrodèse postérieure T4-T8 le 12/10/2025. Anapath : métastase de carcinome urothélial.
Évolution : récupération motrice partielle (3+/5 aux membres inférieurs), marche avec aide, OMS 3.
Douleur : radiculalgies en ceinture T6 et douleurs dorsales à la mobilisation, EN 3/10 ce jour (8/10 à l'entrée).

Ttt actuel :
Dectancyl 8 mg/j en décroissance
Lovenox 4000 UI/j SC
Oxycontin LP 10 mg x2/j, Oxynormoro 5 mg si besoin
Doliprane 1 g x4/j
Inexium 40 mg/j
Forlax 1 sachet/j
Kardégic suspendu depuis l'intervention.

Radiothérapie post-opératoire T4-T8 à discuter en RCP.
Projet oncologique : à définir en RCP (2e ligne ? immunothérapie ?).

Dr L. Pichard, pour le Pr Lamontagne
""",
  gold=dict(sex="M", age=75,
            primaryTumor=dict(status="present", site="bladder", histology="other", biomarkers={}),
            boneDiagnosis=dict(status="present", circumstances=["neurological_deficit"], dated=True),
            pain=dict(status="present", types=["neuropathic", "mechanical"], intensity=3),
            currentMedications=dict(status="present", atc=["H02AB02", "B01AB05", "N02AA05", "N02BE01", "A02BC05",
                                                           "A06AD15"]),
            priorLocalTreatments=dict(status="present", types=["surgery"]),
            boneTargetedTherapy=dict(status="unknown", atc=[]),
            anticoagulation=dict(status="present", atc=["B01AB05"]),
            antiplatelets=dict(status="absent", atc=[]),
            prognosis=dict(status="present", ecog=3),
            therapeuticProject=dict(status="unknown", intent=None)),
  tricky="CRLF telegraphic note; emergency spine MRI for cord compression (neurological deficit); decompression + fixation = surgery; post-op RT only planned; adjuvant gem-cis finished; Kardégic suspended; two pain scores")
