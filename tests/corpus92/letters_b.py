# Letters yq07-yq12: text and gold. See make_letters.py.
L = []

L.append(dict(id="yq07", fmt="txt", enc="cp1252", crlf=True, date="2025-10-02", age_written=52,
text="""De : Interne d'oncologie (Dr Inès Bouchareb) - HDJ oncologie digestive, CH de Mirecourt-sur-Ardèche
Pour : secrétariat RCP métastases osseuses
Date : 02/10/2025
Objet : Mme LACOMBE Sandrine, 52 ans - demande RCP os (urgente si possible)

Bonjour,

Pt de 52 ans, ADK colique sigmoïdien, KRAS muté (G12D), BRAF sauvage, MSS. Colectomie 2023 + FOLFOX adjuvant. Récidive hépatique et osseuse 2025.
Mets osseuses découvertes en juillet 2025 sur un scanner fait aux urgences pour colique néphrétique (lésion lytique sacrée S1-S2 + aile iliaque G). Bilan : PET confirme, pas d'autre site osseux.

Douleurs :
- dlr sacrée et fessière G depuis août, majorée à la mobilisation et en position assise prolongée, EN 7/10 fin août sous Skenan 60 x2
- DN4 2/10, pas de radiculalgie
- troubles de déglutition (mucite) -> relais Skenan par fentanyl transdermique le 05/09 : Durogesic 37 µg/h, Instanyl 50 µg pour les ADP (2-3/j)
- essai de kétamine PO en HDJ non poursuivi (dysphorie)
- EN actuelle 3/10 au repos, dort bien

Ttt actuel :
Durogesic 37 µg/h /72h
Instanyl 50 µg si ADP
Xarelto 20 mg/j (EP bilatérale 06/2025)
Zometa 4 mg / 4 sem depuis 08/2025
Inexium 40
FOLFIRI-bévacizumab C6 le 25/09 (2e ligne)

Anticoag : non   <- (fiche HDJ)
ATCD : EP 06/2025, cholécystectomie. Mère : cancer du sein.

PS 1.

Question : RT antalgique sacrée ? cimentoplastie de l'aile iliaque ? Pas de ttt local osseux fait pour l'instant je crois (à vérifier dans le dossier de Valence).

Merci !
I. Bouchareb (interne Dr Thévenon)
""",
gold=dict(sex="F", age=52,
 primaryTumor=dict(status="present", site="colorectal", histology="adenocarcinoma", biomarkers={"KRAS": "positive", "BRAF": "negative"}),
 boneDiagnosis=dict(status="present", circumstances=["incidental_imaging"], dated=True),
 pain=dict(status="present", types=["mechanical"], intensity=3),
 currentMedications=dict(status="present", atc=["N02AB03", "B01AF01", "M05BA08", "A02BC05"]),
 priorLocalTreatments=dict(status="uncertain", types=[]),
 boneTargetedTherapy=dict(status="present", atc=["M05BA08"]),
 anticoagulation=dict(status="conflicting", atc=["B01AF01"]),
 antiplatelets=dict(status="unknown", atc=[]),
 prognosis=dict(status="present", ecog=1),
 therapeuticProject=dict(status="present", intent=None)),
ev={"N02AB03": "Durogesic", "B01AF01": "Xarelto", "M05BA08": "Zometa", "A02BC05": "Inexium"},
not_current={"N02AA01": "Skenan"},
))

L.append(dict(id="yq08", fmt="pdf", date="2025-06-05", age_written=71,
text="""# Réseau de Soins Palliatifs et Douleur du Pays de Brévannes - HAD Brévannes-Sud
Dr Olivier Ravenel, médecin coordonnateur - 6 chemin des Saules, 62870 Brévannes - 03 21 58 30 74

Brévannes, le 5 juin 2025

Destinataire : RCP métastases osseuses, CHU de Lille-Est

# Patient : M. Marcel DUHAMEL, 71 ans

Chers confrères,

Je vous sollicite pour M. Duhamel, 71 ans, pris en charge en HAD depuis le 15/04/2025 pour la gestion de douleurs osseuses complexes.

# Antécédents et histoire oncologique
- Carcinome urothélial de haut grade de la vessie, infiltrant le muscle, diagnostiqué en novembre 2024 (RTUV). PD-L1 non évalué.
- Sur le scanner TAP du bilan d'extension initial (novembre 2024) : lésion lytique de l'aile iliaque gauche étendue au toit du cotyle, seule localisation osseuse.
- Chimiothérapie par gemcitabine-carboplatine 4 cycles (décembre 2024 à février 2025), puis pembrolizumab en 2e ligne depuis mars 2025, en cours (dernière perfusion le 28/05).
- Radiothérapie antalgique du cotyle gauche, 8 Gy en une fraction le 11/02/2025.
- Cardiopathie ischémique : Plavix arrêté en 2023 par le cardiologue. BPCO. Frère décédé d'un cancer du poumon.

# Histoire douloureuse
Douleur initiale de la hanche gauche de type mécanique (à l'appui et à la marche), traitée par tramadol puis morphine orale (Skenan) titrée jusqu'à 200 mg/j en mars, sans efficacité suffisante et avec somnolence. Rotation vers l'oxycodone en avril (Oxycontin 80 mg x2), également insuffisante.
Depuis fin avril s'est ajoutée une cruralgie gauche : décharges électriques et brûlures de la face antérieure de la cuisse, allodynie au frottement du drap ; DN4 à 6/10.
\f
# Histoire douloureuse (suite)
- 29/04 : arrêt de l'oxycodone, mise en place en HAD d'une PCA de morphine sous-cutanée : débit continu 3 mg/h, bolus 3 mg, période réfractaire 20 minutes ; le débit a été augmenté à 4 mg/h le 12/05.
- Prégabaline (Lyrica) 75 mg x2 le 30/04, augmentée à 150 mg x2 le 15/05.
- Solupred 20 mg/j depuis le 05/05.
- 20/05 : bloc du nerf fémoral écho-guidé réalisé par l'équipe d'anesthésie (bupivacaïne), efficace 36 heures seulement.
Scores : EN 8/10 début avril, 6/10 après la rotation, 5/10 après la PCA ; EN actuelle 3/10 au repos, environ 6 bolus par jour.

# Traitements actuels
PCA morphine SC 4 mg/h + bolus 3 mg ; Lyrica 150 mg x2 ; Solupred 20 mg/j ; paracétamol 1 g x4 ; Movicol 1 sachet x2 ; Innohep 10 000 UI/j à dose curative (thrombose de la veine iliaque externe gauche en avril 2025) ; Xgeva 120 mg toutes les 4 semaines depuis décembre 2024, avec Calciprat D3 ; Keytruda 200 mg toutes les 3 semaines.

# État général et projet
Performance status 2 ; patient lucide, vit avec son épouse, en fauteuil une bonne partie de la journée. Espérance de vie estimée à quelques mois par son oncologue (Dr Lhermitte). Projet palliatif, poursuite de l'immunothérapie tant qu'elle est tolérée.

# Question à la RCP
Devant une douleur mixte persistante malgré une antalgie lourde : cimentoplastie acétabulaire ? Ré-irradiation ? Avis sur une analgésie périmédullaire ou intrathécale.

Bien confraternellement,
Dr Olivier Ravenel
""",
gold=dict(sex="M", age=71,
 primaryTumor=dict(status="present", site="bladder", histology="other", biomarkers={}),
 boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
 pain=dict(status="present", types=["mechanical", "neuropathic"], intensity=3),
 currentMedications=dict(status="present", atc=["N02AA01", "N03AX16", "H02AB06", "N02BE01", "A06AD65", "B01AB10", "M05BX04", "A12AX", "L01FF02"]),
 priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
 boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
 anticoagulation=dict(status="present", atc=["B01AB10"]),
 antiplatelets=dict(status="absent", atc=[]),
 prognosis=dict(status="present", ecog=2),
 therapeuticProject=dict(status="present", intent="palliative")),
ev={"N02AA01": "PCA morphine", "N03AX16": "Lyrica", "H02AB06": "Solupred", "N02BE01": "paracétamol", "A06AD65": "Movicol", "B01AB10": "Innohep", "M05BX04": "Xgeva", "A12AX": "Calciprat D3", "L01FF02": "Keytruda"},
not_current={"N02AA05": "Oxycontin", "B01AC04": "Plavix", "L01BC05": "gemcitabine", "L01XA02": "carboplatine", "N02AX02": "tramadol"},
))

L.append(dict(id="yq09", fmt="docx", date="2025-04-15", age_written=69,
blocks=[
 ("b", "Cabinet de Rhumatologie - Dr Sylvie Marandet"),
 ("p", "Clinique du Parc Belvianes - 40 boulevard Carnot, 11340 Belvianes - 04 68 20 71 33"),
 ("p", "Belvianes, le 15 avril 2025"),
 ("p", "Chère consœur,"),
 ("p", "Je vous adresse Mme Odile FERRANDIÈRE, 69 ans, pour avis de la RCP métastases osseuses."),
 ("p", "Mme Ferrandière a été opérée en 2017 d'un carcinome vésiculaire (folliculaire) de la thyroïde (thyroïdectomie totale, puis irathérapie en 2017), considérée en rémission jusqu'à cette année, et substituée par Levothyrox."),
 ("p", "Elle m'a consultée en février pour des dorsalgies évoluant depuis janvier 2025, de rythme inflammatoire : réveils nocturnes en deuxième partie de nuit, dérouillage matinal d'une heure, sans radiculalgie. Je pensais à une poussée de sa spondylarthrite, mais l'IRM du 03/03/2025 a montré deux lésions de T6 et du sternum évocatrices de localisations secondaires. La biopsie scanno-guidée de T6 (18/03) a confirmé une métastase de carcinome vésiculaire thyroïdien. La thyroglobuline est à 2 450 ng/mL."),
 ("p", "Sur le plan antalgique : la codéine (Codoliprane) a été arrêtée car inefficace et constipante ; le Bi-Profénid 100 mg x2 est au contraire très efficace, poursuivi sous protection gastrique ; elle prend aussi du paracétamol 1 g x3. Elle est traitée depuis plusieurs années par duloxétine (Cymbalta 60 mg) pour une fibromyalgie. EVA 7/10 en février, 4/10 à ma consultation du 10/04."),
 ("p", "Traitement actuel : Levothyrox 125 µg, Bi-Profénid LP 100 mg x2, Eupantol 40 mg, Doliprane 1 g x3, Cymbalta 60 mg."),
 ("p", "Elle ne prend ni anticoagulant ni antiagrégant plaquettaire. Aucune radiothérapie externe ni aucun geste sur ces lésions osseuses à ce jour."),
 ("p", "Antécédents : spondylarthrite axiale HLA-B27 (sans biothérapie), fibromyalgie, cholécystectomie. Sœur traitée pour un cancer du sein."),
 ("p", "Je n'ai pas de notion de traitement oncologique programmé ; elle est adressée par ailleurs au Dr Azéma (médecine nucléaire) pour discuter une nouvelle irathérapie. Merci de me dire s'il faut une radiothérapie ou une vertébroplastie de T6, et s'il y a lieu de débuter un traitement anti-résorptif."),
 ("p", "Bien amicalement,"),
 ("p", "Dr S. Marandet"),
],
gold=dict(sex="F", age=69,
 primaryTumor=dict(status="present", site="thyroid", histology="other", biomarkers={}),
 boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
 pain=dict(status="present", types=["inflammatory", "nocturnal"], intensity=4),
 currentMedications=dict(status="present", atc=["H03AA01", "M01AE03", "A02BC02", "N02BE01", "N06AX21"]),
 priorLocalTreatments=dict(status="absent", types=[]),
 boneTargetedTherapy=dict(status="unknown", atc=[]),
 anticoagulation=dict(status="absent", atc=[]),
 antiplatelets=dict(status="absent", atc=[]),
 prognosis=dict(status="unknown", ecog=None),
 therapeuticProject=dict(status="unknown", intent=None)),
ev={"H03AA01": "Levothyrox", "M01AE03": "Bi-Profénid", "A02BC02": "Eupantol", "N02BE01": "Doliprane", "N06AX21": "Cymbalta"},
not_current={"N02AJ06": "Codoliprane"},
))

L.append(dict(id="yq10", fmt="txt", enc="utf-8", date="2025-10-29", dob="1946-10-30",
text="""UNITÉ DE SOINS PALLIATIFS - Hôpital des Augustines de Saint-Véran-du-Lot
Dr Claire Monteil-Bressac / Dr Pierre Astruc
Tél. USP : 05 65 38 44 10

COMPTE RENDU D'HOSPITALISATION (valant demande d'avis RCP métastases osseuses)

Patient : M. André FOURNIALS, né le 30/10/1946
Séjour du 13/10/2025 au 29/10/2025
Date du courrier : 29/10/2025

Motif d'hospitalisation : crise douloureuse avec hyperalgésie, suspicion d'hyperalgésie induite par les opioïdes.

Histoire de la maladie :
Adénocarcinome prostatique diagnostiqué en 2021, métastatique osseux d'emblée (lésions rachidiennes et costales découvertes sur la scintigraphie du bilan d'extension initial, mai 2021). Résistance à la castration en 2023. Ont été réalisés : radiothérapie 8 Gy sur L3 en 2023, cimentoplastie de L1 en mars 2024. Xgeva arrêté en 2024 pour ostéonécrose de la mâchoire. Docétaxel 6 cures (2023), puis enzalutamide arrêté en août 2025 pour progression. PSA 412 ng/mL le 14/10/2025.
Devant la progression et l'altération de l'état général, décision avec le patient et son oncologue (Dr Vialaret) d'arrêter les traitements spécifiques : soins de support exclusifs. L'analogue LH-RH (Zoladex) est maintenu.

Évolution de la douleur pendant le séjour :
À l'entrée, douleurs diffuses du rachis et des côtes, EN 9/10, majorées au moindre mouvement et aux soins, réveils nocturnes multiples, sous oxycodone 240 mg/j (Oxycontin 120 x2) + Oxynorm 20 mg jusqu'à 8 fois par jour. Allodynie cutanée diffuse, sans systématisation radiculaire.
- J1-J5 : kétamine IV continue 0,5 mg/kg/j, arrêtée le 18/10.
- J3 : rotation oxycodone -> hydromorphone avec réduction de dose de 30 %.
- Dexaméthasone 8 mg/j 5 jours, arrêtée.
- Introduction d'amitriptyline (Laroxyl 25 mg le soir) le 20/10.
À la sortie : EN 3/10, douleurs encore présentes lors des toilettes (interdose avant les soins) ; réveils nocturnes moins fréquents (1 par nuit).

Anticoagulation : sa fille pense qu'il prend "un anticoagulant, peut-être de l'Eliquis" prescrit par le cardiologue de Rodez ; non retrouvé sur l'ordonnance apportée, à vérifier auprès du cardiologue.

Traitement de sortie :
Sophidone LP 24 mg x2/j
Sophidone 4 mg en interdoses, max 6/j
Laroxyl 25 mg le soir
Zoladex 10,8 mg / 3 mois (prochaine inj. 12/2025)
Forlax 10 g x2
Imovane 7,5 mg le soir

État général : PS 3 (alité plus de la moitié de la journée). Espérance de vie estimée à quelques semaines à quelques mois.

Demande à la RCP : une radiothérapie antalgique hémicorporelle ou ciblée (côtes droites, D8) est-elle raisonnable dans ce contexte ? Place d'un radiopharmaceutique ?

Dr C. Monteil-Bressac
""",
gold=dict(sex="M", age=78,
 primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma", biomarkers={"PSA": "positive"}),
 boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
 pain=dict(status="present", types=["mechanical", "nocturnal"], intensity=3),
 currentMedications=dict(status="present", atc=["N02AA03", "N06AA09", "L02AE03", "A06AD15", "N05CF01"]),
 priorLocalTreatments=dict(status="present", types=["radiotherapy", "cementoplasty"]),
 boneTargetedTherapy=dict(status="absent", atc=[]),
 anticoagulation=dict(status="uncertain", atc=["B01AF02"]),
 antiplatelets=dict(status="unknown", atc=[]),
 prognosis=dict(status="present", ecog=3),
 therapeuticProject=dict(status="present", intent="supportive")),
ev={"N02AA03": "Sophidone", "N06AA09": "Laroxyl", "L02AE03": "Zoladex", "A06AD15": "Forlax", "N05CF01": "Imovane"},
not_current={"N02AA05": "Oxycontin", "M05BX04": "Xgeva", "L01CD02": "Docétaxel", "L02BB04": "enzalutamide", "H02AB02": "Dexaméthasone", "B01AF02": "Eliquis"},
))

L.append(dict(id="yq11", fmt="pdf", date="2025-09-09", age_written=47,
text="""# Clinique Oncologique Sainte-Marthe des Aubiers
Dr Julien Casabianca - Oncologie thoracique
218 rue de la Croix-Verte, 49310 Les Aubiers-sur-Layon - 02 41 66 09 35

Les Aubiers, le 9 septembre 2025

RCP métastases osseuses - demande d'avis

# Mme Amandine ROCHEREAU, 47 ans

Cher confrère,

Mme Rochereau, 47 ans, non fumeuse, est suivie pour un adénocarcinome pulmonaire avec réarrangement ALK (EGFR non muté, PD-L1 50 %), de stade IV osseux d'emblée. Les lésions osseuses ont été révélées en octobre 2024 par des douleurs costales droites et dorsales.

Elle est sous alectinib (Alecensa 600 mg x2) depuis novembre 2024, avec une excellente réponse, et sous Xgeva mensuel associé au Cacit D3. Elle a reçu une radiothérapie stéréotaxique de T7 (3 x 9 Gy) en janvier 2025.

Sur le plan douloureux, l'évolution a été très favorable : elle avait eu au diagnostic du Skenan jusqu'à 40 mg x2 et du Lyrica 50 mg x2 pour des douleurs intercostales à type de brûlures. Le Lyrica a été arrêté en février, le Skenan diminué puis arrêté en mars 2025, et elle ne prend plus aucun antalgique. Elle est désormais indolore.

Le TEP du 28/08/2025 montre une réponse maintenue partout, sauf une fixation isolée nouvelle de l'arc postérieur de la 8e côte gauche (SUV 7,2), asymptomatique.

Performance status ECOG 0, elle a repris son travail à mi-temps.

Question : s'agit-il d'une oligoprogression justifiant une radiothérapie stéréotaxique de cette côte en poursuivant l'alectinib ?

Bien cordialement,
Dr J. Casabianca
""",
gold=dict(sex="F", age=47,
 primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma", biomarkers={"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}),
 boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
 pain=dict(status="absent", types=[], intensity=None),
 currentMedications=dict(status="present", atc=["L01ED03", "M05BX04", "A12AX"]),
 priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
 boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
 anticoagulation=dict(status="unknown", atc=[]),
 antiplatelets=dict(status="unknown", atc=[]),
 prognosis=dict(status="present", ecog=0),
 therapeuticProject=dict(status="present", intent=None)),
ev={"L01ED03": "Alecensa", "M05BX04": "Xgeva", "A12AX": "Cacit D3"},
not_current={"N02AA01": "Skenan", "N03AX16": "Lyrica"},
pdl1=50,
))

L.append(dict(id="yq12", fmt="docx", date="2025-07-03", age_written=58,
blocks=[
 ("b", "Service de Neurochirurgie - CHU de Montlaurier"),
 ("p", "Pr Thierry Gaudemard / Dr Naïma Benslimane (cheffe de clinique)"),
 ("p", "Avenue du Professeur Jean Rey, 63180 Montlaurier - Secr. 04 73 75 20 64"),
 ("p", "Montlaurier, le 03/07/2025"),
 ("p", "Demande de discussion en RCP métastases osseuses - M. Lionel CHAPTAL, 58 ans"),
 ("h", "Contexte"),
 ("p", "M. Chaptal, 58 ans, ancien fumeur, présente un adénocarcinome bronchique KRAS G12C, PD-L1 20 %, diagnostiqué en 2024, traité en première ligne par carboplatine-pemetrexed-pembrolizumab puis, depuis avril 2025, par sotorasib (Lumykras 960 mg/j) en 2e ligne."),
 ("p", "Il a présenté le 02/03/2025, en portant une charge, une lombalgie brutale en rapport avec un tassement pathologique de L2, révélant l'atteinte osseuse. Cyphoplastie de L2 le 12/03/2025 dans notre service, avec biopsie confirmant la métastase."),
 ("h", "Douleur"),
 ("p", "Amélioration nette de la lombalgie mécanique après la cyphoplastie (EVA 8/10 avant, 2/10 en avril). Depuis mai, apparition d'une radiculalgie crurale droite L3 : décharges électriques et paresthésies de la face antérieure de la cuisse, sans déficit moteur. L'IRM montre une extension épidurale foraminale droite L2-L3 sans compression médullaire."),
 ("p", "Traitement antalgique : le tramadol a été remplacé par du tapentadol (Palexia LP 100 mg x2) le 15/05 ; la gabapentine (Neurontin), mal tolérée (œdèmes), a été remplacée par la prégabaline (Lyrica 100 mg x2) le 02/06. Paracétamol 1 g x3. Une infiltration foraminale L2-L3 est envisagée. Ce jour, EVA 5/10, essentiellement sur la radiculalgie ; la lombalgie mécanique persiste à un moindre degré ; pas de douleur nocturne."),
 ("h", "Traitements en cours"),
 ("table", [["Molécule", "Dose", "Depuis"],
            ["Lumykras (sotorasib)", "960 mg/j", "04/2025"],
            ["Palexia LP", "100 mg x2", "15/05/2025"],
            ["Lyrica", "100 mg x2", "02/06/2025"],
            ["Paracétamol", "1 g x3", ""],
            ["Fragmine", "5000 UI/j", "post-opératoire, poursuivie (alitement partiel)"],
            ["Resitune", "100 mg/j", "stent coronaire 2020"]]),
 ("p", "L'acide zolédronique sera discuté par son oncologue, non débuté."),
 ("h", "État général"),
 ("p", "OMS 1. Marche sans aide, autonome."),
 ("h", "Questions à la RCP"),
 ("p", "1) Radiothérapie de L2-L3 à visée antalgique et sur l'épidurite (stéréotaxie ?) ; 2) Indication d'un anti-résorptif osseux ; 3) Faut-il maintenir la Fragmine ?"),
 ("p", "Dr N. Benslimane"),
],
gold=dict(sex="M", age=58,
 primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma", biomarkers={"KRAS": "positive", "PD-L1": "positive"}),
 boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
 pain=dict(status="present", types=["neuropathic", "mechanical"], intensity=5),
 currentMedications=dict(status="present", atc=["L01XX73", "N02AX06", "N03AX16", "N02BE01", "B01AB04", "B01AC06"]),
 priorLocalTreatments=dict(status="present", types=["cementoplasty"]),
 boneTargetedTherapy=dict(status="unknown", atc=[]),
 anticoagulation=dict(status="present", atc=["B01AB04"]),
 antiplatelets=dict(status="present", atc=["B01AC06"]),
 prognosis=dict(status="present", ecog=1),
 therapeuticProject=dict(status="present", intent=None)),
ev={"L01XX73": "Lumykras", "N02AX06": "Palexia", "N03AX16": "Lyrica", "N02BE01": "Paracétamol", "B01AB04": "Fragmine", "B01AC06": "Resitune"},
not_current={"N02AX02": "tramadol", "N03AX12": "gabapentine", "M05BA08": "zolédronique", "L01FF02": "pembrolizumab", "L01BA04": "pemetrexed"},
pdl1=20,
))
