# Letters yq01-yq06: text and gold. See make_letters.py.
L = []

L.append(dict(id="yq01", fmt="txt", enc="utf-8", date="2025-06-20", age_written=64,
text="""Équipe Mobile d'Accompagnement et de Soins Palliatifs (EMASP)
Centre Hospitalier de Vaubricourt - 2 rue des Tanneurs - 58210 Vaubricourt
Dr Hélène Castagnac - tél. 03 86 41 77 20

Vaubricourt, le 20 juin 2025

Objet : demande d'avis RCP métastases osseuses - M. Gérard PELLETANT, 64 ans

Chère consœur, cher confrère,

Je vous adresse M. Pelletant, 64 ans, que nous suivons depuis avril pour des douleurs difficiles à équilibrer, dans le cadre d'un adénocarcinome pulmonaire du lobe inférieur droit (biopsie bronchique 02/2025 ; EGFR non muté, pas de réarrangement ALK, PD-L1 à 5 %).

Histoire osseuse : les douleurs de la hanche droite sont apparues début mars 2025, c'est ce qui a motivé le scanner ayant retrouvé une lyse du toit du cotyle droit et de l'aile iliaque, puis le diagnostic pulmonaire. Au TEP, autres localisations en L4 et sur deux côtes.

Douleur et traitements antalgiques (en détail car c'est la raison de notre demande) :
- Initialement paracétamol + tramadol (Topalgic LP 100 x2), inefficace, arrêté le 18/03.
- Morphine LP (Skenan) débutée à 30 mg x2 puis titrée jusqu'à 120 mg x2 fin avril, avec Actiskenan 20 mg en interdoses. Apparition d'hallucinations visuelles et de myoclonies : rotation le 02/05 vers l'oxycodone.
- Depuis le 02/05 : Oxycontin LP 60 mg matin et soir + Oxynorm 10 mg jusqu'à 6/j si besoin (il en prend 2 à 3 par jour). Skenan et Actiskenan sont donc arrêtés.
- Composante neuropathique nette : douleur irradiant à la face postérieure de la cuisse jusqu'au mollet, à type de brûlures et de décharges électriques, DN4 à 5/10. Prégabaline (Lyrica) introduite à 75 mg x2, bien tolérée.
- Dexaméthasone 8 mg/j en cure courte de 10 jours en mai, arrêtée depuis.
- La douleur est surtout mécanique : majorée à la marche et au passage assis-debout ; pas de réveils nocturnes depuis la rotation.
Évolution des scores : EN 8/10 en avril, 6/10 après la rotation, actuellement EN 4/10 à la consultation du 17/06.

Traitements locaux déjà réalisés : radiothérapie antalgique du cotyle droit, 8 Gy en une fraction le 14/04/2025 (Dr Marchais, CHU). Pas de geste chirurgical.

Traitement oncologique : pemetrexed + pembrolizumab en entretien depuis le 05/05 après 4 cycles carboplatine-pemetrexed-pembrolizumab (prochaine cure le 26/06).

Traitement actuel complet :
Oxycontin LP 60 mg x2/j
Oxynorm 10 mg si douleur (max 6/j)
Lyrica 75 mg x2/j
Doliprane 1 g x3/j
Movicol 2 sachets/j
Kardégic 75 mg/j (AOMI, stent iliaque gauche 2019)
Alimta / Keytruda toutes les 3 semaines
Pas d'anticoagulant.

Traitement osseux : le Dr Lenoir prévoit le dénosumab (Xgeva) après le bilan dentaire, non encore débuté.

ATCD : tabagisme 40 PA sevré, AOMI stentée, HTA. Père décédé d'un cancer de l'estomac.

État général : OMS 2, vit avec son épouse, marche avec une canne. Projet palliatif, poursuite du pembrolizumab.

Question posée : indication d'une réirradiation ou d'une cimentoplastie acétabulaire devant la douleur mécanique persistante ? Avis sur le risque fracturaire.

Bien confraternellement,
Dr H. Castagnac
""",
gold=dict(sex="M", age=64,
 primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma", biomarkers={"EGFR": "negative", "ALK": "negative", "PD-L1": "positive"}),
 boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
 pain=dict(status="present", types=["mechanical", "neuropathic"], intensity=4),
 currentMedications=dict(status="present", atc=["N02AA05", "N03AX16", "N02BE01", "A06AD65", "B01AC06", "L01BA04", "L01FF02"]),
 priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
 boneTargetedTherapy=dict(status="unknown", atc=[]),
 anticoagulation=dict(status="absent", atc=[]),
 antiplatelets=dict(status="present", atc=["B01AC06"]),
 prognosis=dict(status="present", ecog=2),
 therapeuticProject=dict(status="present", intent="palliative")),
ev={"N02AA05": "Oxycontin", "N03AX16": "Lyrica", "N02BE01": "Doliprane", "A06AD65": "Movicol", "B01AC06": "Kardégic", "L01BA04": "Alimta", "L01FF02": "Keytruda"},
not_current={"N02AX02": "Topalgic", "N02AA01": "Skenan", "H02AB02": "Dexaméthasone", "M05BX04": "Xgeva", "L01XA02": "carboplatine"},
pdl1=5,
))

L.append(dict(id="yq02", fmt="pdf", date="2025-06-12", dob="1958-09-17",
text="""# Institut Régional de Cancérologie du Val d'Orsanne
Département d'Oncologie Médicale - Dr Bénédicte Aurignac
12 avenue du Maréchal Juin, 37460 Saint-Orsanne - Secrétariat : 02 47 90 12 58

Saint-Orsanne, le 12 juin 2025

À l'attention du secrétariat de la RCP Métastases osseuses

# Patiente : Mme Colette VERNIÈRE, née le 17/09/1958

Madame, Monsieur, chers collègues,

Je vous serais reconnaissante de discuter en RCP le dossier de Mme Vernière, suivie pour un carcinome canalaire infiltrant du sein gauche (NST), grade 2, RE 90 %, RP 40 %, HER2 score 1+ (négatif), traité en 2016 par tumorectomie, radiothérapie mammaire et tamoxifène pendant 5 ans.

# Circonstances de découverte
Sur le scanner TAP de surveillance de janvier 2025, apparition de lésions condensantes multiples du rachis lombaire, du sacrum et du bassin, confirmées par la scintigraphie. Biopsie de l'aile iliaque : métastase du carcinome mammaire, profil RE+ HER2- conservé.

# Douleurs
La patiente décrit des lombalgies et des douleurs sacrées de rythme inflammatoire, avec un dérouillage matinal d'environ 45 minutes et des réveils nocturnes vers 3 h du matin. Pas de radiculalgie, pas de trouble sphinctérien.
Le tramadol (Contramal 50 mg x3) prescrit par son médecin traitant a été arrêté en février, inefficace et mal toléré (nausées). Un patch de fentanyl (Durogesic) a été introduit à 25 µg/h, augmenté à 50 µg/h le 10/04 ; elle utilise Abstral 100 µg en cas d'accès douloureux, environ une fois par jour, surtout le matin avant la toilette.
Évolution : EVA 7/10 en février, 5/10 en avril, EVA 3/10 à la consultation de ce jour.
Elle prend par ailleurs du Cymbalta 60 mg introduit par son psychiatre pour un épisode dépressif en 2023.

# Traitements en cours
- Létrozole (Femara) 2,5 mg/j et ribociclib (Kisqali) 600 mg/j 21 j/28 depuis le 03/02/2025
- Xgeva 120 mg SC toutes les 4 semaines depuis février 2025, avec Cacit D3 1 sachet/j
- Durogesic 50 µg/h, Abstral 100 µg si besoin
- Cymbalta 60 mg/j
- Innohep 14 000 UI/j pour une thrombose veineuse profonde fémorale gauche diagnostiquée le 20/05/2025

Aucune radiothérapie osseuse ni geste local n'a été réalisé à ce jour.

# Antécédents
Hypothyroïdie (arrêt de la Levothyrox par la patiente, TSH normale). Mère : cancer du sein à 70 ans.

# État général
Score OMS 1. Autonome, poursuit une activité de bénévolat.

# Question à la RCP
Faut-il proposer une radiothérapie antalgique du sacrum, malgré l'amélioration sous opioïdes ? Y a-t-il un risque fracturaire sur la lésion du cotyle droit ?

Je vous remercie et vous prie de croire à mes sentiments confraternels.

Dr Bénédicte Aurignac
""",
gold=dict(sex="F", age=66,
 primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma", biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
 boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
 pain=dict(status="present", types=["inflammatory", "nocturnal"], intensity=3),
 currentMedications=dict(status="present", atc=["L02BG04", "L01EF02", "M05BX04", "A12AX", "N02AB03", "N06AX21", "B01AB10"]),
 priorLocalTreatments=dict(status="absent", types=[]),
 boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
 anticoagulation=dict(status="present", atc=["B01AB10"]),
 antiplatelets=dict(status="unknown", atc=[]),
 prognosis=dict(status="present", ecog=1),
 therapeuticProject=dict(status="present", intent=None)),
ev={"L02BG04": "Femara", "L01EF02": "Kisqali", "M05BX04": "Xgeva", "A12AX": "Cacit D3", "N02AB03": "Durogesic", "N06AX21": "Cymbalta", "B01AB10": "Innohep"},
not_current={"N02AX02": "Contramal", "L02BA01": "tamoxifène", "H03AA01": "Levothyrox"},
))

L.append(dict(id="yq03", fmt="docx", date="2025-06-24", age_written=78,
blocks=[
 ("b", "Centre d'Évaluation et de Traitement de la Douleur - Hôpital Saint-Aubert de Lanvézec"),
 ("p", "Dr Yannick Le Gorrec, anesthésiste-algologue - 29 rue de Kerbrat, 29870 Lanvézec - Tél. 02 98 34 61 07"),
 ("p", "Lanvézec, le 24/06/2025"),
 ("p", "Demande de présentation en RCP métastases osseuses"),
 ("p", "Patient : M. Roger KERDONCUFF, 78 ans"),
 ("h", "Motif"),
 ("p", "Douleurs sacrées et radiculaires rebelles chez un patient porteur d'un adénocarcinome prostatique métastatique osseux résistant à la castration. Nous souhaitons l'avis de la RCP sur une prise en charge locale complémentaire."),
 ("h", "Histoire oncologique"),
 ("p", "Adénocarcinome de la prostate Gleason 8 (4+4) diagnostiqué en 2021, PSA initial 46 ng/mL. Métastases osseuses découvertes en octobre 2024 à l'occasion de lombalgies et de douleurs fessières apparues à l'été. Hormonothérapie par Décapeptyl depuis 2021, Zytiga (abiratérone) 1000 mg/j + Cortancyl 5 mg x2 ajoutés en novembre 2024. Dernier PSA à 87 ng/mL le 10/06/2025 (en progression)."),
 ("h", "Douleur"),
 ("p", "Douleur sacrée avec irradiation dans le territoire L5 gauche, à type de brûlures et de décharges électriques, DN4 à 6/10, réveillant le patient la nuit, et majorée à la marche. Hospitalisé du 26/05 au 06/06 pour crise douloureuse (EN 9/10) : PCA de morphine IV (bolus 1 mg, période réfractaire 10 min) pendant 5 jours, associée à de la kétamine IV à faible dose pendant 72 h, puis relais oral par hydromorphone. La gabapentine (Neurontin 300 mg x3), débutée en ville, a été arrêtée pendant l'hospitalisation pour somnolence et remplacée par l'amitriptyline."),
 ("p", "Radiothérapie antalgique sacrée 20 Gy en 5 fractions, terminée le 03/06/2025 (Dr Quéméner)."),
 ("p", "À notre consultation du 20/06 : EN 4/10 en moyenne sur la semaine, 2 à 3 interdoses par jour, sommeil amélioré."),
 ("h", "Traitement actuel"),
 ("table", [["Médicament", "Posologie", "Remarque"],
            ["Sophidone LP", "16 mg matin et soir", "relais de la PCA de morphine le 31/05"],
            ["Sophidone 4 mg", "si douleur, max 6/j", "interdoses"],
            ["Laroxyl", "10 gouttes le soir", "introduit le 02/06"],
            ["Doliprane", "1 g x 4/j", ""],
            ["Forlax", "2 sachets/j", ""],
            ["Eliquis", "5 mg x 2/j", "FA permanente"],
            ["Décapeptyl 22,5 mg", "1 inj./6 mois", ""],
            ["Zytiga + Cortancyl", "1000 mg/j + 5 mg x2", ""]]),
 ("p", "Le Kardégic a été arrêté lors de l'introduction de l'Eliquis en 2023."),
 ("p", "Pas de traitement anti-résorptif osseux à ce jour (soins dentaires en cours, extraction prévue en juillet)."),
 ("h", "Antécédents"),
 ("p", "FA permanente, cardiopathie ischémique stentée en 2018, diabète de type 2 sous régime seul. Frère suivi pour un myélome."),
 ("h", "Conclusion"),
 ("p", "Patient PS 2, lucide, vivant à domicile avec son épouse. Prise en charge palliative ; le Dr Cadiou envisage un docétaxel selon la tolérance. Question à la RCP : place d'une cimentoplastie sacrée ou d'une seconde irradiation ? Faut-il discuter une analgésie intrathécale si échec ?"),
 ("p", "Dr Y. Le Gorrec"),
],
gold=dict(sex="M", age=78,
 primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma", biomarkers={"PSA": "positive"}),
 boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
 pain=dict(status="present", types=["neuropathic", "nocturnal", "mechanical"], intensity=4),
 currentMedications=dict(status="present", atc=["N02AA03", "N06AA09", "N02BE01", "A06AD15", "B01AF02", "L02AE04", "L02BX03", "H02AB07"]),
 priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
 boneTargetedTherapy=dict(status="absent", atc=[]),
 anticoagulation=dict(status="present", atc=["B01AF02"]),
 antiplatelets=dict(status="absent", atc=[]),
 prognosis=dict(status="present", ecog=2),
 therapeuticProject=dict(status="present", intent="palliative")),
ev={"N02AA03": "Sophidone", "N06AA09": "Laroxyl", "N02BE01": "Doliprane", "A06AD15": "Forlax", "B01AF02": "Eliquis", "L02AE04": "Décapeptyl", "L02BX03": "Zytiga", "H02AB07": "Cortancyl"},
not_current={"N02AA01": "morphine", "N03AX12": "Neurontin", "B01AC06": "Kardégic", "L01CD02": "docétaxel"},
))

L.append(dict(id="yq04", fmt="txt", enc="utf-8", date="2025-01-28", dob="1951-02-03",
text="""Dr Patrice Ollagnier
Médecine générale
3 place de l'Église 71390 Montcharvin
tel 03 85 44 09 16

Montcharvin le 28/01/2025

Cher confrère,

je me permets de vous adresser Monsieur BERTHOLIN Jean-Claude né le 03/02/1951 pour avis de la RCP osseuse à la demande de son urologue.

Pour rappel il a eu une néphrectomie totale gauche en 2019 pour un carcinome à cellules claires du rein. Depuis 2 mois environ il se plaint de douleurs de l'épaule droite, au début mises sur le compte de son arthrose, puis l'IRM de décembre a montré une lésion lytique de la tête humérale et de la glène. Le scanner confirme d'autres lésions (côtes, D9). Le Dr Fauvel (oncologue) a débuté du Cabometyx 40 mg le 06/01/2025.

Coté douleur c'est compliqué : il a d'abord eu de l'ibuprofène que j'ai arrêté à cause de la fonction rénale (rein unique, clairance 38), puis du tramadol mal toléré (vertiges, constipation) arrété aussi. Depuis le 10/01 je l'ai mis sous morphine : Skenan 30 mg matin et soir et Actiskenan 10 mg en interdose, il en prends 3 à 4 par jour. La douleur est surtout la nuit, insomniante, il dort dans son fauteuil. EVA à 6/10 hier au cabinet, elle était à 8 avant la morphine.
Il garde aussi son Doliprane 1g x3.

Autres traitements : Triatec 5 mg, amlodipine 10 mg, Tahor 20 mg.
Pas d'anticoagulant.

Pouvez vous voir s'il relève d'une radiothérapie de l'épaule ? Il est droitier et a du mal a s'habiller seul.

Merci d'avance, bien confraternellement

Dr Ollagnier
""",
gold=dict(sex="M", age=73,
 primaryTumor=dict(status="present", site="kidney", histology="clear_cell_carcinoma", biomarkers={}),
 boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
 pain=dict(status="present", types=["nocturnal"], intensity=6),
 currentMedications=dict(status="present", atc=["L01EX07", "N02AA01", "N02BE01", "C09AA05", "C10AA05"]),
 priorLocalTreatments=dict(status="unknown", types=[]),
 boneTargetedTherapy=dict(status="unknown", atc=[]),
 anticoagulation=dict(status="absent", atc=[]),
 antiplatelets=dict(status="unknown", atc=[]),
 prognosis=dict(status="unknown", ecog=None),
 therapeuticProject=dict(status="present", intent=None)),
ev={"L01EX07": "Cabometyx", "N02AA01": "Skenan", "N02BE01": "Doliprane", "C09AA05": "Triatec", "C10AA05": "Tahor"},
not_current={"M01AE01": "ibuprofène", "N02AX02": "tramadol"},
))

L.append(dict(id="yq05", fmt="pdf", date="2025-05-27", age_written=59,
text="""# Centre de Radiothérapie et d'Oncologie des Hautes-Vignes
Dr Antoine Ferracci, oncologue radiothérapeute
Parc médical des Hautes-Vignes, 84320 Sorgues-la-Vieille - Tél. : 04 90 27 55 81

Le 27 mai 2025

# Objet : RCP métastases osseuses - M. Fabrice DELMONTE, 59 ans

Chers collègues,

M. Delmonte, 59 ans, ancien maçon, tabagique actif (45 PA), présente un carcinome épidermoïde du lobe supérieur gauche, PD-L1 < 1 %, diagnostiqué à l'occasion d'une compression médullaire.

# Histoire
Le 08/04/2025, installation en 48 h d'une paraparésie des membres inférieurs (cotée 3/5) avec niveau sensitif D10, révélant une épidurite métastatique D10. Il a été pris en charge en neurochirurgie au CHU le 09/04 : laminectomie décompressive D9-D11 et ostéosynthèse postérieure D8-L1. Radiothérapie post-opératoire 20 Gy en 5 fractions sur D8-L1 terminée le 06/05/2025. Récupération partielle, marche avec déambulateur.

# Douleurs
Douleur dorsale en ceinture, à type de brûlures, avec allodynie de la région sous-mammaire gauche ; DN4 à 7/10. Pas de composante mécanique nette depuis l'ostéosynthèse, pas de réveils nocturnes.
En neurochirurgie, PCA d'oxycodone IV puis relais per os : Oxycontin LP 20 mg x2/j et Oxynormoro 5 mg si besoin (1 à 2 prises/j). Gabapentine débutée à 300 mg x3/j, poursuivie. Dexaméthasone 16 mg/j au diagnostic de la compression, décroissance progressive : actuellement Dectancyl 4 mg le matin, arrêt prévu mi-juin.
L'EN était à 6/10 en post-opératoire, elle est actuellement à 2/10.

# Traitement actuel
Oxycontin LP 20 mg x2, Oxynormoro 5 mg si besoin, gabapentine 300 mg x3, Dectancyl 4 mg/j, Mopral 20 mg/j, Lovenox 4000 UI/j en prévention jusqu'à reprise d'une marche autonome, Forlax. Pas d'antiagrégant plaquettaire.

# Suite
Chimiothérapie par carboplatine-paclitaxel décidée en RCP thoracique, première cure prévue le 03/06/2025, dans un objectif palliatif. Le dénosumab sera à discuter avec vous.
Performance status : ECOG 3 (fauteuil-lit plus de la moitié de la journée, en amélioration avec la kinésithérapie).

# Question
Indication d'un traitement anti-résorptif ? Surveillance du montage ? Autres lésions à risque (cotyle gauche) à irradier de façon préventive ?

Cordialement,
Dr A. Ferracci
""",
gold=dict(sex="M", age=59,
 primaryTumor=dict(status="present", site="lung", histology="squamous_cell_carcinoma", biomarkers={"PD-L1": "negative"}),
 boneDiagnosis=dict(status="present", circumstances=["neurological_deficit"], dated=True),
 pain=dict(status="present", types=["neuropathic"], intensity=2),
 currentMedications=dict(status="present", atc=["N02AA05", "N03AX12", "H02AB02", "A02BC01", "B01AB05", "A06AD15"]),
 priorLocalTreatments=dict(status="present", types=["surgery", "radiotherapy"]),
 boneTargetedTherapy=dict(status="unknown", atc=[]),
 anticoagulation=dict(status="present", atc=["B01AB05"]),
 antiplatelets=dict(status="absent", atc=[]),
 prognosis=dict(status="present", ecog=3),
 therapeuticProject=dict(status="present", intent="palliative")),
ev={"N02AA05": "Oxycontin", "N03AX12": "gabapentine", "H02AB02": "Dectancyl", "A02BC01": "Mopral", "B01AB05": "Lovenox", "A06AD15": "Forlax"},
not_current={"L01XA02": "carboplatine", "L01CD02": "paclitaxel", "M05BX04": "dénosumab"},
pdl1=0,
))

L.append(dict(id="yq06", fmt="docx", date="2025-05-06", dob="1936-11-21",
blocks=[
 ("b", "Service de Médecine Gériatrique - Centre Hospitalier Intercommunal de la Haute-Lisère"),
 ("p", "Dr Mathilde Sauvagnargues - 04 76 12 48 90 - 15 route de Varces, 38560 Saint-Paul-en-Lisère"),
 ("p", "Le 6 mai 2025"),
 ("p", "Objet : Mme Germaine ROUSSILHE, née le 21/11/1936 - demande d'avis RCP métastases osseuses"),
 ("p", "Cher confrère,"),
 ("p", "Je vous adresse Mme Roussilhe, 88 ans, hospitalisée dans notre service depuis le 22/04 pour douleurs pelviennes et perte d'autonomie. Elle est suivie depuis 2019 pour un carcinome lobulaire infiltrant du sein droit, RE positif, HER2 négatif, non opéré (refus), traité par létrozole que la patiente a elle-même arrêté en mars 2025."),
 ("p", "En février 2025, chute de sa hauteur avec fracture du col fémoral gauche sur lésion lytique, traitée par prothèse intermédiaire de hanche le 14/02/2025 (Dr Peyrache). L'histologie de la pièce a confirmé la métastase du carcinome lobulaire. Aucune radiothérapie n'a été faite."),
 ("h", "Douleur"),
 ("p", "Douleur de l'aile iliaque droite et de la branche ilio-pubienne, purement mécanique : à l'appui et aux transferts, absente au repos, pas de réveil nocturne. EVA 8/10 à l'entrée, actuellement 5/10 à la mobilisation. Très mauvaise tolérance des opioïdes : sous Skenan 10 mg x2 en ville, épisode confusionnel avec chute, morphine arrêtée ; le tramadol avait déjà été arrêté pour nausées. Un essai de prégabaline (25 mg le soir) a été interrompu au bout de 4 jours pour vertiges. Nous avons repris de petites doses d'oxycodone à libération immédiate (Oxynorm 2,5 mg) avant les soins et la kinésithérapie, bien tolérées."),
 ("h", "Traitements en cours à la sortie prévue"),
 ("table", [["Traitement", "Posologie"],
            ["Doliprane 500 mg", "2 cp x 3/j"],
            ["Oxynorm 2,5 mg", "avant les soins, jusqu'à 4/j"],
            ["Préviscan 20 mg", "3/4 cp le soir, INR cible 2-3 (FA)"],
            ["Prolia 60 mg", "1 inj. SC tous les 6 mois (ostéoporose, depuis 2021, dernière inj. 03/2025)"],
            ["Lasilix 40 mg", "1/j"],
            ["Levothyrox 50 µg", "1/j"]]),
 ("h", "Autonomie et pronostic"),
 ("p", "Indice de Karnofsky à 40 %. Vit seule, aide à domicile 2 fois par jour ; retour à domicile difficile, EHPAD en discussion avec la famille. Pas de reprise de l'hormonothérapie souhaitée par la patiente : projet de soins de support exclusifs, axé sur le confort."),
 ("h", "Question"),
 ("p", "Une radiothérapie antalgique de l'aile iliaque droite en une séance serait-elle envisageable, avec un transport adapté ? Y a-t-il un risque fracturaire du cotyle droit justifiant une autre prise en charge ?"),
 ("p", "Avec mes remerciements, bien confraternellement."),
 ("p", "Dr M. Sauvagnargues"),
],
gold=dict(sex="F", age=88,
 primaryTumor=dict(status="present", site="breast", histology="invasive_lobular_carcinoma", biomarkers={"ER": "positive", "HER2": "negative"}),
 boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
 pain=dict(status="present", types=["mechanical"], intensity=5),
 currentMedications=dict(status="present", atc=["N02BE01", "N02AA05", "B01AA12", "M05BX04", "C03CA01", "H03AA01"]),
 priorLocalTreatments=dict(status="present", types=["surgery"]),
 boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
 anticoagulation=dict(status="present", atc=["B01AA12"]),
 antiplatelets=dict(status="unknown", atc=[]),
 prognosis=dict(status="present", kps=40),
 therapeuticProject=dict(status="present", intent="supportive")),
ev={"N02BE01": "Doliprane", "N02AA05": "Oxynorm", "B01AA12": "Préviscan", "M05BX04": "Prolia", "C03CA01": "Lasilix", "H03AA01": "Levothyrox"},
not_current={"L02BG04": "létrozole", "N02AA01": "Skenan", "N02AX02": "tramadol", "N03AX16": "prégabaline"},
))
