# -*- coding: utf-8 -*-
"""Letters zn01-zn06 of corpus40 (text + gold facts). Gaps are NOT written here: make_letters.py derives them."""

L = []

# ---------------------------------------------------------------- zn01
L.append(dict(
    id="zn01", fmt="txt", letter_date="2025-06-16", birth=None,
    text="""Dr Gérard FOUQUEROLLE
Médecine générale
7 rue des Tanneurs, 41290 Oucques-la-Joyeuse
Tél 02 54 71 38 90

Le 16/06/2025

Cher confrère,

Je vous adresse M. Roland BLANCHEMAIN, 74 ans, pour avis de la RCP métastases osseuses.

ATCD : HTA, dyslipidémie, cardiopathie ischémique stentée en 2017 (Kardégic). Son frère a été opéré d'un cancer du côlon.

Histoire : adénocarcinome prostatique Gleason 7 (3+4) diagnostiqué en 2019, traité par radiothérapie prostatique exclusive (74 Gy) associée à 6 mois d'hormonothérapie, PSA indosable ensuite. Remontée progressive du PSA sur la surveillance depuis l'automne dernier : 0,9 en octobre 2024, 3,8 en février, 11,2 ng/ml le 2 mai 2025. L'urologue a demandé un TEP-PSMA le 21 mai : fixations osseuses multiples (sacrum, aile iliaque gauche, T11, 7e côte droite), pas d'atteinte ganglionnaire ni viscérale.

Cliniquement il n'a aucune douleur, il jardine et fait ses 5 km de marche quotidiens. OMS 0.

L'urologue (Dr Vasseur) a repris un traitement par Décapeptyl 11,25 mg tous les 3 mois (première injection le 26 mai) et a débuté Xtandi 160 mg/j le 6 juin.

Traitement actuel :
- Décapeptyl LP 11,25 mg/3 mois
- Xtandi 40 mg 4 cp/j
- Kardégic 75 mg 1/j
- Tahor 20 mg 1/j
- Amlor 5 mg 1/j

Il n'a jamais eu de traitement sur l'os. Il a été irradié sur la prostate en 2019 mais pas ailleurs.
Questions : faut-il irradier la lésion du sacrum, qui est la plus volumineuse, à titre préventif ? Faut-il ajouter du Xgeva (à discuter avec son dentiste, il a des soins en cours) ?

Bien confraternellement,
Dr G. Fouquerolle
""",
    gold=dict(
        patient=dict(sex="M", age=74),
        primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma", biomarkers={"PSA": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="absent", types=[], intensity=None),
        currentMedications=dict(status="present", atc=["L02AE04", "L02BB04", "B01AC06", "C10AA05"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="unknown", atc=[]),
        anticoagulation=dict(status="unknown", atc=[]),
        antiplatelets=dict(status="present", atc=["B01AC06"]),
        prognosis=dict(status="present", ecog=0),
        therapeuticProject=dict(status="present", intent=None),
    ),
    notes="GP, TXT. Bone mets found on PSMA-PET for rising PSA on follow-up (staging_imaging). Prostate RT 2019 is not a bone treatment; 'jamais eu de traitement sur l'os' = absent. RT of sacrum and Xgeva only asked. Amlor not in ATC table.",
))

# ---------------------------------------------------------------- zn02
L.append(dict(
    id="zn02", fmt="pdf", letter_date="2025-03-24", birth="1961-09-02",
    text="""# CENTRE HOSPITALIER UNIVERSITAIRE DE VALCLAIR - SERVICE DE NEUROCHIRURGIE
Pr Anne-Laure DESMAZURES, Dr Yannick TROADEC
Secrétariat : 04 79 62 15 40

Valclair, le 24 mars 2025

Objet : Mme Josiane LE FLOCH, née le 02/09/1961
Demande d'avis RCP métastases osseuses

Chère consœur, cher confrère,

# Histoire de la maladie
Mme Le Floch, ex-tabagique (35 PA), sans antécédent notable en dehors d'une HTA, a présenté depuis la mi-janvier des dorsalgies en ceinture, traitées par son médecin traitant par AINS et kinésithérapie. Le 11 février 2025, elle est admise aux urgences pour une faiblesse des deux membres inférieurs d'apparition rapide (marche impossible, Frankel C), avec un niveau sensitif T9 et des troubles sphinctériens débutants. L'IRM médullaire réalisée en urgence montre une lésion lytique du corps vertébral et de l'arc postérieur de T8 avec épidurite compressive, et d'autres lésions en T3, L2 et sur le bassin.
Elle a été opérée le 12/02/2025 : laminectomie décompressive T7-T9 et arthrodèse postérieure percutanée T6-T10. L'anatomopathologie de la pièce opératoire conclut à une métastase d'adénocarcinome d'origine pulmonaire (TTF1+). Le scanner TAP retrouve une masse du lobe inférieur droit de 38 mm.
Une radiothérapie post-opératoire du site T6-T10 a été délivrée du 3 au 10 mars (20 Gy en 5 fractions), bien tolérée.
Biologie moléculaire : EGFR non muté, pas de réarrangement ALK ni ROS1, PD-L1 à 50 %. KRAS en cours.

# Examen actuel
Récupération motrice partielle : marche avec déambulateur, Frankel D. PS 2.
Persistance de douleurs thoraciques en ceinture à type de brûlures, EN 3/10 (8/10 à l'admission). Pas de douleur au niveau du bassin.

# Traitement en cours
Skenan LP 30 mg matin et soir, Actiskenan 10 mg si besoin
Lyrica 75 mg x 2/j
Dectancyl en décroissance, actuellement 1 mg/kg
Lovenox 4000 UI/j en préventif
Inexium 40 mg/j
Amlodipine 5 mg/j

L'oncologue thoracique (Dr Kerjean) a validé une première ligne carboplatine-pemetrexed-pembrolizumab à visée palliative, première cure prévue le 31 mars. Le dénosumab sera débuté après le bilan dentaire.

# Question posée à la RCP
La lésion lytique de L2 (corps vertébral, SINS 9) doit-elle bénéficier d'une cimentoplastie ou d'une radiothérapie avant la chimiothérapie ?

Pr A.-L. Desmazures
""",
    gold=dict(
        patient=dict(sex="F", age=63),
        primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma",
                          biomarkers={"EGFR": "negative", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive", "KRAS": "pending"}),
        boneDiagnosis=dict(status="present", circumstances=["neurological_deficit"], dated=True),
        pain=dict(status="present", types=["neuropathic"], intensity=3),
        currentMedications=dict(status="present", atc=["N02AA01", "N03AX16", "H02AB02", "B01AB05", "A02BC05"]),
        priorLocalTreatments=dict(status="present", types=["surgery", "radiotherapy"]),
        boneTargetedTherapy=dict(status="unknown", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AB05"]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=2),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    notes="Neurosurgeon, text PDF. Cord compression (neurological_deficit) preceded by a month of back pain not investigated; laminectomy + arthrodesis (surgery) and post-op 20 Gy/5 fr (radiotherapy). Chemo-immunotherapy and denosumab only planned (not current). KRAS pending. Age from birth date.",
))

# ---------------------------------------------------------------- zn03
L.append(dict(
    id="zn03", fmt="docx", letter_date="2025-11-24", birth=None,
    blocks=[
        ("p", "Cabinet de Rhumatologie des Quais – Dr Hélène MARCASSIN"),
        ("p", "12 quai Lamartine, 71310 Saint-Ozier – 03 85 40 27 61"),
        ("p", "Le 24 novembre 2025"),
        ("p", "À l'attention de la RCP Métastases osseuses, Institut de cancérologie de Bourgogne-Sud"),
        ("h", "Patiente : Mme Micheline GAUTRAND, 68 ans"),
        ("p", "Chers collègues,"),
        ("p", "Je suis depuis 2022 Mme Gautrand pour une ostéoporose densitométrique (T-score rachis -3,1) traitée par Prolia 60 mg tous les 6 mois, dernière injection faite le 12 septembre 2025. Elle a par ailleurs un antécédent de carcinome lobulaire infiltrant du sein gauche en 2016, traité par mastectomie, curage axillaire, radiothérapie pariétale puis tamoxifène pendant 5 ans, arrêté en 2021. Sa mère avait un cancer de l'ovaire."),
        ("p", "Depuis l'été, elle se plaint de lombalgies d'aggravation progressive, d'horaire mécanique, à la marche et au passage assis-debout, sans réveil nocturne et sans irradiation radiculaire. L'IRM du 7 octobre a montré une lésion infiltrante du corps vertébral de L3 avec recul du mur postérieur débutant, et deux petites lésions de l'aile iliaque droite et de T9. La biopsie scanno-guidée de L3 (16/10/2025) confirme une métastase de carcinome lobulaire, RE positifs 95 %, RP négatifs, HER2 score 0."),
        ("p", "Une vertébroplastie de L3 a été réalisée le 14/11/2025 par le Dr Ribémont (radiologie interventionnelle), avec une nette amélioration : EVA 5/10 avant le geste, 2/10 aujourd'hui, toujours à la marche prolongée."),
        ("h", "Traitement actuel"),
        ("table", [["Médicament", "Posologie"],
                   ["Doliprane 1 g", "1 cp x 3/j si douleur"],
                   ["Prolia 60 mg", "1 inj. SC / 6 mois"],
                   ["Cacit D3", "1 sachet/j"],
                   ["Levothyrox 75 µg", "1 cp le matin"]]),
        ("p", "Pas d'anticoagulant. Pas d'antécédent de phlébite."),
        ("p", "L'oncologue, le Dr Perrin, la verra le 4 décembre pour décider du traitement systémique."),
        ("p", "Je souhaiterais l'avis de la RCP sur l'intérêt d'une radiothérapie complémentaire de L3 et sur la poursuite du Prolia ou son remplacement par Xgeva à dose oncologique."),
        ("p", "Bien cordialement,"),
        ("p", "Dr H. Marcassin"),
    ],
    gold=dict(
        patient=dict(sex="F", age=68),
        primaryTumor=dict(status="present", site="breast", histology="invasive_lobular_carcinoma",
                          biomarkers={"ER": "positive", "PR": "negative", "HER2": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=2),
        currentMedications=dict(status="present", atc=["N02BE01", "M05BX04", "A12AX", "H03AA01"]),
        priorLocalTreatments=dict(status="present", types=["cementoplasty"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="unknown", ecog=None),
        therapeuticProject=dict(status="unknown", intent=None),
    ),
    notes="Rheumatologist, DOCX. 'Depuis l'été' as duration; pain-led MRI; vertebroplasty done (cementoplasty); mastectomy and chest-wall RT not bone treatments; Prolia for osteoporosis is current bone therapy; tamoxifen stopped 2021; pain 5 before / 2 now; 'sans réveil nocturne' denies nocturnal; systemic treatment not decided (project unknown); no PS.",
))

# ---------------------------------------------------------------- zn04
L.append(dict(
    id="zn04", fmt="txt", letter_date="2025-04-08", birth=None,
    text="""De : interne onco - HDJ Oncologie médicale, CH de Port-Marsac
Envoyé : mar. 08/04/2025 18:52
Objet : RCP MO - M. DUCHAUSSOY Patrice 61a

Bonjour,

Demande RCP MO pour M. Duchaussoy, 61 ans.

- K rein G à cellules claires, néphrectomie élargie G en 2021 (pT3a N0), surveillance.
- 03/01/25 : chute de sa hauteur -> fracture pertrochantérienne D sur lésion lytique du grand trochanter. Bilan : lésions osseuses aile iliaque D + L4, nodules pulm infra-cm.
- 05/01/25 : enclouage gamma long fémur D (Dr Aubertin, ortho). Histo curetage : métastase de carcinome rénal à cellules claires.
- RTE post-op fémur D 20 Gy/5 fr, terminée le 10/02.
- RF de la lésion iliaque D discutée en janvier, refusée par le patient à l'époque.
- Zometa débuté en 02/25, arrêté après 2 perfusions (clairance 38 ml/min).
- Cabometyx 40 mg/j depuis le 17/02, bien toléré (HTA gd 1, sd main-pied gd 1).

Clinique : douleur hanche D à la mise en charge, EN 4/10, le reste indolore. OMS 1.

TTT : Cabometyx 40 mg/j, Eliquis 5 mg x2 (FA), Cardensiel 2,5 mg, Topalgic LP 100 x2, Doliprane 1g x3. Pas d'antiagrégant.

Question : la lésion iliaque D progresse (scanner du 28/03, lyse du toit du cotyle débutante) -> RTE ? radiofréquence/cimentoplastie ? ou chir ? Le patient serait maintenant d'accord pour un geste percutané.

Merci
Interne HDJ, poste 4417
""",
    gold=dict(
        patient=dict(sex="M", age=61),
        primaryTumor=dict(status="present", site="kidney", histology="clear_cell_carcinoma", biomarkers={}),
        boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=4),
        currentMedications=dict(status="present", atc=["L01EX07", "B01AF02", "C07AB07", "N02AX02", "N02BE01"]),
        priorLocalTreatments=dict(status="present", types=["surgery", "radiotherapy"]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AF02"]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent=None),
    ),
    notes="Oncology resident, TXT telegraphic. Pathological fracture 03/01/25; gamma nail + post-op RT; radiofrequency refused (not counted); nephrectomy is primary surgery; Zometa stopped (absent); Eliquis for AF.",
))

# ---------------------------------------------------------------- zn05
L.append(dict(
    id="zn05", fmt="pdf_scan", letter_date="2025-09-29", birth="1952-11-20",
    text="""Docteur Martine OLLIVIER-RAYNAL
Médecin généraliste - Maison de santé des Tilleuls
3 place du Marché, 23140 Jarnages-sur-Creuse - 05 55 81 06 32

Jarnages, le 29 septembre 2025

Chère Consoeur, Cher Confrère,

Je me permets de vous adresser M. Lucien PRADEAU, né le 20/11/1952, que je suis depuis de nombreuses années (BPCO, tabagisme sevré en 2010, AOMI).

Il y a trois semaines, il a été hospitalisé en urgence à Guéret pour une confusion avec déshydratation. On a retrouvé une hypercalcémie à 3,4 mmol/l (calcémie corrigée). Le scanner réalisé pendant le séjour a montré une masse hilaire gauche, des lésions lytiques costales (5e et 8e côtes gauches), de l'aile iliaque et du sacrum. La biopsie bronchique a conclu à un carcinome épidermoïde, PD-L1 à 10 %.
La calcémie s'est normalisée après réhydratation et une perfusion unique de Zometa le 9 septembre. Pas de traitement anti-résorptif au long cours pour l'instant.

Depuis son retour il se plaint de douleurs costales gauches et du bassin, surtout la nuit, mal calmées. Il n'a jamais été irradié.
Etat général altéré : il passe plus de la moitié de la journée au lit ou au fauteuil (OMS 3). Amaigrissement de 8 kg en 3 mois.

Traitement actuel :
Doliprane 1 g x 4/j
Oxycontin LP 10 mg matin et soir
Oxynorm 5 mg si besoin
Lasilix 20 mg le matin
Xanax 0,25 mg le soir
Spiriva 1 inhalation/j

Pas d'anticoagulant ni d'antiagrégant (Kardégic arrêté à l'hôpital).

Le pneumologue de Guéret envisage une chimiothérapie si l'état général le permet, sinon des soins de support ; la décision n'est pas prise.
Je vous serais reconnaissante de me dire si une radiothérapie antalgique des côtes et du bassin est possible, et si le Zometa doit être poursuivi.

Bien confraternellement,
Dr M. Ollivier-Raynal
""",
    gold=dict(
        patient=dict(sex="M", age=72),
        primaryTumor=dict(status="present", site="lung", histology="squamous_cell_carcinoma", biomarkers={"PD-L1": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["hypercalcemia"], dated=True),
        pain=dict(status="present", types=["nocturnal"], intensity=None),
        currentMedications=dict(status="present", atc=["N02BE01", "N02AA05", "C03CA01", "N05BA12"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=3),
        therapeuticProject=dict(status="unknown", intent=None),
    ),
    notes="GP, scanned PDF. Hypercalcaemia 'il y a trois semaines' (relative date); single Zometa infusion not current, 'pas de traitement anti-résorptif au long cours' = absent; 'jamais été irradié'; Kardégic stopped; chemotherapy only envisaged (project unknown). Spiriva not in table. Birthday in November, letter in September.",
))

# ---------------------------------------------------------------- zn06
L.append(dict(
    id="zn06", fmt="docx", letter_date="2025-05-19", birth="1980-07-03",
    blocks=[
        ("p", "Institut Régional de Cancérologie du Val d'Aurore"),
        ("p", "Département d'oncologie médicale – Dr Sophie NGUYEN-BERTHIER"),
        ("p", "Tél. 02 38 97 44 10 – Fax 02 38 97 44 19"),
        ("p", "Le 19/05/2025"),
        ("h", "Fiche de présentation RCP métastases osseuses"),
        ("table", [["Patiente", "Mme Aurélie CHAMPENOIS"],
                   ["Date de naissance", "03/07/1980"],
                   ["Médecin référent", "Dr S. Nguyen-Berthier"],
                   ["Tumeur primitive", "Carcinome canalaire infiltrant (NST) du sein droit, grade 2, RE 90 %, RP 40 %, HER2 1+ (négatif), Ki67 20 %"]]),
        ("h", "Histoire de la maladie osseuse"),
        ("p", "Diagnostic en septembre 2024 d'un cancer du sein droit d'emblée métastatique : le TEP-TDM du bilan d'extension (23/09/2024) montre des lésions osseuses multiples (T12, L1, sacrum, acétabulum gauche, humérus droit) sans atteinte viscérale. Patiente alors asymptomatique sur le plan osseux."),
        ("p", "Traitements locaux osseux déjà réalisés :"),
        ("p", "- cimentoplastie de T12 et L1 le 15 octobre 2024 (tassement T12 avec risque de recul du mur) ;"),
        ("p", "- radiothérapie stéréotaxique de l'acétabulum gauche, 27 Gy en 3 fractions, en janvier 2025."),
        ("p", "Une cryothérapie de la lésion sacrée avait été discutée en RCP de novembre mais n'a pas été retenue. La radiothérapie locorégionale du sein est envisagée en cas de réponse prolongée."),
        ("h", "Traitement actuel"),
        ("p", "Kisqali 600 mg J1-J21/28 + Femara 2,5 mg/j + Décapeptyl 11,25 mg/3 mois depuis octobre 2024 ; Xgeva 120 mg/4 semaines ; Cacit D3 1/j. Pas d'antalgique actuellement. Pas de traitement anticoagulant."),
        ("h", "Situation actuelle"),
        ("p", "Patiente indolore depuis la cimentoplastie, ECOG 0, reprise du travail à mi-temps. Le TEP de réévaluation du 06/05/2025 montre une réponse métabolique partielle globale, mais une progression isolée de la lésion de l'humérus droit (lyse corticale de 60 %, score de Mirels 9), sans douleur."),
        ("h", "Question à la RCP"),
        ("p", "Ostéosynthèse préventive de l'humérus droit (enclouage) ou radiothérapie seule ? Poursuite de la même ligne systémique (oligoprogression) ?"),
    ],
    gold=dict(
        patient=dict(sex="F", age=44),
        primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                          biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="absent", types=[], intensity=None),
        currentMedications=dict(status="present", atc=["L01EF02", "L02BG04", "L02AE04", "M05BX04", "A12AX"]),
        priorLocalTreatments=dict(status="present", types=["cementoplasty", "radiotherapy"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=0),
        therapeuticProject=dict(status="present", intent=None),
    ),
    notes="Medical oncologist, DOCX form. De novo metastatic at staging PET; cementoplasty + SBRT done; cryotherapy discussed not retained; breast RT envisaged (not bone, not done); humerus nailing only asked. Age from birth date (birthday in July, letter in May).",
))
