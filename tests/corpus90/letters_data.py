# -*- coding: utf-8 -*-
"""Texts and gold values of the corpus90 letters (written blind to the converter)."""

LETTERS = []


def L(**kw):
    LETTERS.append(kw)


# ---------------------------------------------------------------- yo01
L(id="yo01", fmt="txt", author="Médecin généraliste, Annecy-le-Vieux",
  letter_date="2025-11-04", birth_date=None,
  text="""Dr Pascal Vuillermoz - Médecine générale - 12 chemin des Fins, 74940 Annecy-le-Vieux - 04 50 27 61 93
Annecy, le 04/11/2025
Cher confrère, je vous adresse M. Gilbert Favre-Rochex, 71 ans, suivi pour un adénocarcinome prostatique sous Eligard depuis 2022 (Dr Caillat, uro). PSA remonté à 48 ng/ml en octobre.
Douleurs dorsolombaires depuis 3 semaines, surtout la nuit, le réveillent. Scinti osseuse du 28/10 : fixations multiples rachis et bassin.
Ttt : Triatec 5 mg, Tahor 20 mg, Doliprane 1 g x3/j. Pas d'anticoagulant.
Merci de discuter son dossier en RCP os. Bien confraternellement, P. Vuillermoz
""",
  gold=dict(sex="M", age=71,
            primaryTumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
            boneDiagnosis=("present", ["pain"], True),
            pain=("present", ["nocturnal"], None),
            currentMedications=("present", ["C09AA05", "C10AA05", "N02BE01", "L02AE02"]),
            priorLocalTreatments=("unknown", []),
            boneTargetedTherapy=("unknown", []),
            anticoagulation=("absent", []),
            antiplatelets=("unknown", []),
            prognosis=("unknown", None, None),
            therapeuticProject=("present", None)),
  notes="6-line GP note; pain circumstance with duration only; Eligard as current hormone therapy; explicit 'Pas d'anticoagulant'.")

# ---------------------------------------------------------------- yo02
L(id="yo02", fmt="pdf", author="Pneumologue, Grenoble",
  letter_date="2025-11-18", birth_date="1957-11-19",
  blocks=[
    "# Hôpital privé du Vercors-Belledonne — Service de Pneumologie et Oncologie thoracique",
    "14 avenue des Maquis du Grésivaudan, 38100 Grenoble — Secrétariat : 04 76 58 20 41",
    "Dr Hélène Brun-Gallet, pneumologue",
    "",
    "Grenoble, le 18 novembre 2025",
    "",
    "À l'attention des membres de la RCP Métastases osseuses",
    "",
    "Objet : Mme Josiane CHAPPAZ, née le 19/11/1957",
    "",
    "Chers collègues,",
    "",
    "Je vous adresse Mme Chappaz, que je suis pour un adénocarcinome pulmonaire du lobe inférieur droit, stade IV d'emblée, diagnostiqué en mars 2025 sur une biopsie bronchique (TTF1+). Biologie moléculaire : mutation EGFR exon 21 L858R ; pas de réarrangement ALK ni ROS1 ; PD-L1 à 5 %.",
    "",
    "# Antécédents",
    "Ancienne fumeuse (25 PA, sevrée en 2010). Embolie pulmonaire segmentaire en janvier 2024, anticoagulation poursuivie depuis. HTA. Reflux gastro-oesophagien. Pas d'allergie connue.",
    "Antécédents familiaux : père décédé d'un cancer bronchique à 70 ans, mère diabétique.",
    "",
    "# Histoire de la maladie osseuse",
    "Le TEP-scanner de bilan initial du 12/03/2025 a mis en évidence, outre la lésion primitive et des adénopathies médiastinales, des lésions osseuses hypermétaboliques de L1, L3 et de l'aile iliaque gauche, sans lésion épidurale à l'IRM. La patiente était alors peu symptomatique.",
    "Une radiothérapie antalgique de L3 (20 Gy en 5 fractions) a été délivrée en avril 2025 au CHU devant une lombalgie mécanique invalidante, avec bon effet.",
    "Le dénosumab (Xgeva 120 mg SC toutes les 4 semaines) a été débuté fin avril 2025, après avis dentaire, avec supplémentation vitamino-calcique ; il est bien toléré.",
    "\f",
    "# Situation actuelle",
    "Sous osimertinib depuis le 25/03/2025, avec une réponse partielle thoracique au scanner d'octobre. En revanche, l'IRM rachidienne de contrôle du 06/11/2025 montre une majoration de la lésion de L1 avec un tassement de 30 % du mur antérieur, sans recul du mur postérieur.",
    "Sur le plan douloureux, elle décrit des lombalgies hautes d'horaire mécanique, à la marche et aux changements de position, cotées à 5/10 (EN) ; pas de radiculalgie, pas de composante neuropathique, pas de trouble sphinctérien. Examen neurologique normal.",
    "État général conservé, PS 1, poids stable à 61 kg.",
    "",
    "# Traitement actuel",
    "- Tagrisso 80 mg : 1 cp le matin",
    "- Eliquis 5 mg : 1 cp matin et soir",
    "- Xgeva 120 mg SC / 4 semaines",
    "- Cacit D3 1000 mg/880 UI : 1 sachet/j",
    "- Doliprane 1 g : jusqu'à 3 fois par jour",
    "- Oxynormoro 5 mg si douleur, 2 à 3 prises par jour",
    "- Inexium 20 mg le soir",
    "",
    "# Question posée à la RCP",
    "Indication d'une cimentoplastie de L1 (vertébroplastie ou cyphoplastie) en complément, ou d'une réirradiation / radiothérapie stéréotaxique ? Le traitement systémique par osimertinib, à visée palliative, est maintenu compte tenu de la réponse thoracique. Merci de préciser la gestion de l'apixaban en cas de geste.",
    "",
    "Je reste à votre disposition et vous prie de croire, chers collègues, à l'expression de mes sentiments confraternels.",
    "",
    "Dr H. Brun-Gallet",
  ],
  gold=dict(sex="F", age=67,
            primaryTumor=("present", "lung", "adenocarcinoma",
                          {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
            boneDiagnosis=("present", ["staging_imaging"], True),
            pain=("present", ["mechanical"], 5),
            currentMedications=("present", ["L01EB04", "B01AF02", "M05BX04", "A12AX", "N02BE01", "N02AA05", "A02BC05"]),
            priorLocalTreatments=("present", ["radiotherapy"]),
            boneTargetedTherapy=("present", ["M05BX04"]),
            anticoagulation=("present", ["B01AF02"]),
            antiplatelets=("unknown", []),
            prognosis=("present", 1, None),
            therapeuticProject=("present", "palliative")),
  notes="Two-page formal letter; age from birth date (birthday the day after the letter); PD-L1 5 % positive; prior L3 RT; cementoplasty only asked; denied neuropathic component; father's lung cancer.")

# ---------------------------------------------------------------- yo03
L(id="yo03", fmt="docx", author="Oncologue médicale, Chambéry",
  letter_date="2025-11-12", birth_date=None,
  blocks=[
    "# Centre hospitalier Métropole-Savoie Lac — Unité d'oncologie médicale",
    "Place Jean-Baptiste Pélissier, 73000 Chambéry — Tél. 04 79 68 13 52",
    "Dr Anne-Laure Mollard",
    "Chambéry, le 12 novembre 2025",
    "RCP Métastases osseuses — demande d'avis",
    "## Patiente",
    "Mme Martine BOUVIER-GAZ, 63 ans.",
    "## Histoire oncologique",
    "Carcinome canalaire infiltrant du sein gauche diagnostiqué en 2017, RE 90 %, RP 60 %, HER2 score 1+ (négatif). Tumorectomie + ganglion sentinelle, radiothérapie mammaire, puis anastrozole en adjuvant.",
    "Rechute osseuse en février 2025 : fracture pathologique du col fémoral droit le 14/02/2025 après une chute de sa hauteur. Prothèse totale de hanche droite posée en urgence à Chambéry le 16/02/2025 (histologie : métastase d'un carcinome mammaire RE+, HER2 négatif). Bilan d'extension : lésions du rachis dorsal et du bassin. Radiothérapie post-opératoire de la hanche droite (8 Gy en une fraction) en mars 2025.",
    "L'Arimidex a été arrêté et remplacé en mars 2025 par létrozole + ribociclib.",
    "## Antécédents",
    "Hypothyroïdie substituée. Thrombose veineuse ? Non. Anticoagulation préventive par Lovenox 4000 UI/j pendant 5 semaines après la prothèse, terminée début avril.",
    "Familiaux : mère traitée pour un cancer du sein à 58 ans.",
    "## Clinique",
    "Marche avec une canne. Douleurs résiduelles de hanche à la marche, EVA 3/10. Pas de douleur rachidienne. OMS 1.",
    "## Traitement en cours",
    ("table", [["Médicament", "Posologie"],
               ["Femara 2,5 mg", "1 cp/j"],
               ["Kisqali 200 mg", "3 cp/j, 21 j/28"],
               ["Levothyrox 75 µg", "1 cp/j"],
               ["Cacit D3", "1 sachet/j"],
               ["Doliprane 1 g", "si besoin"]]),
    "## Projet / question",
    "Poursuite de létrozole + ribociclib (réponse métabolique partielle au TEP de septembre). Un traitement par acide zolédronique (Zometa) est prévu après le bilan dentaire en cours. Question : avis sur la lésion de T10 (lyse du pédicule droit, asymptomatique) — radiothérapie préventive ?",
    "Bien cordialement.",
    "Dr A.-L. Mollard",
  ],
  gold=dict(sex="F", age=63,
            primaryTumor=("present", "breast", "invasive_ductal_carcinoma",
                          {"ER": "positive", "PR": "positive", "HER2": "negative"}),
            boneDiagnosis=("present", ["pathological_fracture"], True),
            pain=("present", ["mechanical"], 3),
            currentMedications=("present", ["L02BG04", "L01EF02", "H03AA01", "A12AX", "N02BE01"]),
            priorLocalTreatments=("present", ["surgery", "radiotherapy"]),
            boneTargetedTherapy=("unknown", []),
            anticoagulation=("absent", []),
            antiplatelets=("unknown", []),
            prognosis=("present", 1, None),
            therapeuticProject=("present", None)),
  notes="DOCX with table; pathological hip fracture then arthroplasty + 8 Gy; breast RT not counted; Arimidex stopped; Lovenox post-op finished (anticoagulation absent); Zometa only planned (unknown).")

# ---------------------------------------------------------------- yo04
L(id="yo04", fmt="pdf", author="Urologue, Annecy",
  letter_date="2025-11-20", birth_date=None,
  blocks=[
    "# Clinique d'urologie du Semnoz — 3 rue des Marquisats, 74000 Annecy — 04 50 33 87 12",
    "Dr Thierry Ballaz, chirurgien urologue",
    "",
    "Annecy, le 20/11/2025",
    "",
    "Chère consœur, cher confrère,",
    "",
    "Je vous adresse pour avis en RCP métastases osseuses M. Bernard DUNAND, 68 ans, chez qui j'ai diagnostiqué en septembre un adénocarcinome prostatique (biopsies du 09/09/2025 : Gleason 4+4 = 8, ISUP 4, 10/12 carottes positives), avec un PSA initial à 312 ng/ml.",
    "La scintigraphie osseuse du 22/09/2025 puis le TEP-PSMA du 02/10/2025 réalisés dans le cadre du bilan d'extension montrent des métastases osseuses multiples (rachis, côtes, bassin, fémur gauche), sans atteinte viscérale. Cancer de prostate métastatique hormonosensible de haut volume.",
    "Le patient est asymptomatique sur le plan osseux : pas de douleur, pas de déficit. Il n'a jamais eu d'irradiation osseuse. OMS 0, il continue de faire du vélo.",
    "",
    "# Traitement",
    "Décapeptyl 22,5 mg tous les 6 mois (1re injection le 01/10/2025), darolutamide (Nubeqa) 300 mg 2 cp x 2/j depuis le 15/10/2025, Kardégic 75 mg (stent coronaire 2019), Cardensiel 2,5 mg, metformine 1000 mg x 2. Pas d'anticoagulant.",
    "Il signale par ailleurs une « piqûre pour les os tous les 6 mois » prescrite par son médecin traitant pour une ostéoporose : il s'agirait de Prolia, à vérifier auprès du Dr Perrillat.",
    "",
    "# Question",
    "Faut-il un traitement ostéoprotecteur à dose oncologique (dénosumab 120 mg) et une radiothérapie préventive de la lésion du col fémoral gauche (corticale amincie à l'IRM) ? Le PSA est à 41 ng/ml le 12/11.",
    "",
    "Bien confraternellement,",
    "Dr T. Ballaz",
  ],
  gold=dict(sex="M", age=68,
            primaryTumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
            boneDiagnosis=("present", ["staging_imaging"], True),
            pain=("absent", [], None),
            currentMedications=("present", ["L02AE04", "L02BB06", "B01AC06", "C07AB07", "A10BA02"]),
            priorLocalTreatments=("absent", []),
            boneTargetedTherapy=("uncertain", ["M05BX04"]),
            anticoagulation=("absent", []),
            antiplatelets=("present", ["B01AC06"]),
            prognosis=("present", 0, None),
            therapeuticProject=("present", None)),
  notes="One-page urologist letter; asymptomatic; 'jamais eu d'irradiation osseuse'; Prolia for osteoporosis only reported with doubt ('il s'agirait de … à vérifier'); Kardégic vs 'Pas d'anticoagulant'.")

# ---------------------------------------------------------------- yo05
L(id="yo05", fmt="txt", author="Radiothérapeute, Chambéry",
  letter_date="2025-11-26", birth_date=None, encoding="cp1252", newline="\r\n",
  text="""CENTRE DE RADIOTHERAPIE DU BOURGET - 41 bd de Lemenc 73000 CHAMBERY - tel 04 79 70 45 28
Dr Olivier Guichardaz - Radiothérapie-Oncologie

RCP MO du 04/12/2025 - fiche de présentation

Pt : M. Daniel REY-MERMET, 64 ans
K rein G, carcinome à cellules claires, néphrectomie élargie G 03/2021 (pT3a N0, Fuhrman 3).
Méta osseuse découverte sur TDM de surveillance 09/2023 : lésion aile iliaque D -> SBRT 3x9 Gy en 11/2023.
Puis sunitinib 2023-2024 (arrêté pour progression pulmonaire), cabozantinib depuis 06/2024.

Motif : oligoprogression osseuse T8 (TDM 10/11/2025), corps vertébral + pédicule G, pas d'épidurite à l'IRM.
Clinique : dorsalgies en ceinture type radiculaire T8 G depuis 1 mois, brûlures, EN 6/10, calmées partiellement. Pas de déficit moteur, pas de trouble sphinct.
PS 1.

ATCD : HTA. TVP mollet D 08/2025. Pas d'anticoagulant.
Xgeva 2023-2025 arrêté en 05/2025 pour ostéonécrose mandibulaire.

Ttt actuel (ordonnance apportée) :
- Cabometyx 40 mg/j
- Xarelto 20 mg/j
- Oxycontin LP 10 mg x2 + Oxynorm 5 mg si besoin
- Lyrica 75 mg x2
- Lasilix 40 mg/j

Proposition : SBRT T8 (3x9 Gy ou 5x7 Gy) en poursuivant le cabozantinib. Avis RCP souhaité sur l'indication d'une chirurgie de stabilisation (SINS 9).
Dr O. Guichardaz
""",
  gold=dict(sex="M", age=64,
            primaryTumor=("present", "kidney", "clear_cell_carcinoma", {}),
            boneDiagnosis=("present", ["staging_imaging"], True),
            pain=("present", ["neuropathic"], 6),
            currentMedications=("present", ["L01EX07", "B01AF01", "N02AA05", "N03AX16", "C03CA01"]),
            priorLocalTreatments=("present", ["radiotherapy"]),
            boneTargetedTherapy=("absent", []),
            anticoagulation=("conflicting", ["B01AF01"]),
            antiplatelets=("unknown", []),
            prognosis=("present", 1, None),
            therapeuticProject=("present", None)),
  notes="Telegraphic cp1252/CRLF fiche; 'Pas d'anticoagulation' in history vs Xarelto on the prescription (conflicting); Xgeva stopped for ONJ (absent); sunitinib stopped; prior iliac SBRT; radicular burning pain.")

# ---------------------------------------------------------------- yo06
L(id="yo06", fmt="docx", author="Rhumatologue, Annecy",
  letter_date="2025-10-30", birth_date=None,
  blocks=[
    "Dr Sylvie Montmasson — Rhumatologie",
    "Cabinet des Glières, 8 avenue de Chevêne, 74000 Annecy — 04 50 45 19 06",
    "Annecy, le 30 octobre 2025",
    "Cher confrère,",
    "Je vous adresse Mme Colette PERNOUD, 77 ans, que je suis depuis plusieurs années pour une ostéoporose fracturaire (tassement L1 en 2020), traitée par Bonviva 150 mg mensuel depuis 2021 avec supplémentation en vitamine D (ZymaD 50 000 UI / mois).",
    "Elle a des antécédents de carcinome vésiculaire de la thyroïde opéré en 2015 (thyroïdectomie totale au CH d'Annecy) puis traité par iode radioactif, suivi par le Dr Reymond en médecine nucléaire, sans récidive connue jusqu'ici.",
    "Depuis le mois de février elle se plaint d'une douleur de la hanche gauche, d'horaire inflammatoire, avec des réveils nocturnes, sans caractère radiculaire, actuellement évaluée à 5/10. La radiographie puis l'IRM du bassin (21/10/2025) montrent une lésion ostéolytique du toit du cotyle gauche de 4 cm avec rupture corticale, très évocatrice d'une métastase. La thyroglobuline est à 380 ng/ml (indétectable en 2023). La scintigraphie n'a pas encore été faite.",
    "Traitement actuel : Levothyrox 125 µg, Bonviva 150 mg/mois, ZymaD, Ixprim 1 cp x 3/j, Xanax 0,25 mg le soir. Aucun anticoagulant ni antiagrégant plaquettaire.",
    "Elle vit seule, reste autonome à domicile mais marche désormais avec une canne.",
    "Antécédents familiaux : une sœur traitée pour un cancer du sein.",
    "Je souhaiterais l'avis de la RCP sur la suite : biopsie osseuse ? nouvelle irathérapie ? radiothérapie et/ou cimentoplastie du cotyle ? Faut-il remplacer le Bonviva par un traitement à dose oncologique ?",
    "Avec mes remerciements, bien confraternellement,",
    "Dr S. Montmasson",
  ],
  gold=dict(sex="F", age=77,
            primaryTumor=("present", "thyroid", "other", {}),
            boneDiagnosis=("present", ["pain"], True),
            pain=("present", ["inflammatory", "nocturnal"], 5),
            currentMedications=("present", ["H03AA01", "M05BA06", "A11CC05", "N02AX02", "N05BA12"]),
            priorLocalTreatments=("unknown", []),
            boneTargetedTherapy=("present", ["M05BA06"]),
            anticoagulation=("absent", []),
            antiplatelets=("absent", []),
            prognosis=("unknown", None, None),
            therapeuticProject=("unknown", None)),
  notes="Rheumatologist; follicular thyroid carcinoma (histology 'other'); ibandronate for osteoporosis counts as bone therapy; Ixprim = tramadol combination (N02AX02 per table); 'sans caractère radiculaire'; only questions, no project, no PS.")

# ---------------------------------------------------------------- yo07
L(id="yo07", fmt="pdf", author="Médecin généraliste, Grenoble",
  letter_date="2025-10-08", birth_date=None,
  blocks=[
    "Docteur Jean-Marc Sappey — Médecine générale",
    "27 rue Très-Cloîtres, 38000 Grenoble — tél 04 76 44 82 30",
    "",
    "Grenoble le 8 octobre 2025",
    "",
    "Chère consoeur, cher confrère,",
    "",
    "Je me permets de vous adresser ma patiente Mme Yvonne GIROUD, 82 ans, pour discussion de son dossier en RCP os.",
    "Elle a été traitée en 2012 pour un carcinome canalaire infiltrant du sein droit (tumorectomie, radiothérapie du sein, puis tamoxifène pendant 5 ans, arrêté en 2017). Suivi normal depuis.",
    "Le 3 septembre dernier, elle a présenté une douleur lombaire brutale en soulevant un pack d'eau ; l'IRM a montré un tassement de L2 d'allure pathologique et d'autres lésions du rachis. Une cyphoplastie de L2 avec biopsie a été faite le 15/09 à la clinique des Cèdres (Dr Achard) : métastase d'un carcinome d'origine mammaire, RE positif 90%, HER2 négatif.",
    "Depuis la cyphoplastie elle est bien soulagée, persiste une douleur lombaire modérée à la mobilisation, calmée par le Dafalgan codéiné.",
    "Traitement : Dafalgan codéiné 2 cp x3/j, Previscan 20 mg 3/4 cp le soir (ACFA, INR dans la cible), Amlor 5 mg, Forlax 1 sachet/j, Imovane le soir.",
    "Elle vit seule en appartement, son fils passe tous les jours.",
    "Son oncologue, le Dr Blanc-Tardy, envisage une hormonothérapie par Femara mais souhaite l'avis de la RCP avant, notamment sur l'intérêt d'un traitement osseux et sur les autres lésions (T11, sacrum).",
    "",
    "Bien confraternellement",
    "Dr JM Sappey",
  ],
  gold=dict(sex="F", age=82,
            primaryTumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "HER2": "negative"}),
            boneDiagnosis=("present", ["pathological_fracture"], True),
            pain=("present", ["mechanical"], None),
            currentMedications=("present", ["N02AJ06", "B01AA12", "A06AD15", "N05CF01"]),
            priorLocalTreatments=("present", ["cementoplasty"]),
            boneTargetedTherapy=("unknown", []),
            anticoagulation=("present", ["B01AA12"]),
            antiplatelets=("unknown", []),
            prognosis=("unknown", None, None),
            therapeuticProject=("unknown", None)),
  notes="GP PDF; vertebral compression fracture as first sign; kyphoplasty done; breast RT and tamoxifen (stopped 2017) not counted; Previscan for AF; Femara only 'envisagée' (project unknown); no PS.")

# ---------------------------------------------------------------- yo08
L(id="yo08", fmt="docx", author="Interne de pneumologie, Chambéry",
  letter_date="2025-12-02", birth_date="1960-12-02",
  blocks=[
    "# CH Métropole-Savoie Lac — Service de Pneumologie, 3e étage",
    "Interne : Lucas Ferrand-Dupraz — Senior : Dr Nadia Berthod — poste 13 447",
    "Chambéry, le 2/12/2025",
    "Demande de passage en RCP métastases osseuses",
    "## Identité",
    "M. Raymond COLLOMB-PATTON, né le 02/12/1960.",
    "## Motif d'hospitalisation",
    "Hospitalisé depuis le 24/11/2025, adressé par les urgences pour altération de l'état général, confusion et hypercalcémie à 3,15 mmol/l (calcémie corrigée). Le bilan a retrouvé une masse lobaire supérieure gauche et des lésions ostéolytiques costales et vertébrales multiples (T6, T9, L4), ainsi qu'une lésion de l'arc postérieur de la 7e côte droite.",
    "Calcémie normalisée après hyperhydratation.",
    "## Diagnostic",
    "Biopsie bronchique du 26/11/2025 : carcinome épidermoïde bronchique, PD-L1 < 1 %. Pas de recherche moléculaire (épidermoïde, fumeur actif 45 PA).",
    "## Antécédents",
    "BPCO stade 2, AOMI stentée en 2021, HTA. Kardégic suspendu à l'entrée en vue de la biopsie. Pas d'antécédent de radiothérapie.",
    "## Clinique",
    "Douleurs costales droites à la mobilisation et à la toux, EVA 7 à l'entrée, 2/10 ce jour sous morphine. Pas de déficit neurologique.",
    "OMS 2.",
    "## Traitement actuel",
    ("table", [["Traitement", "Posologie"],
               ["Skenan LP", "30 mg x 2/j"],
               ["Actiskenan", "10 mg si douleur"],
               ["Lovenox", "4000 UI SC/j (préventif, hospitalisation)"],
               ["Movicol", "1 sachet x 2/j"],
               ["Triatec", "2,5 mg/j"],
               ["Paracétamol", "1 g x 4/j"]]),
    "## Projet",
    "Chimiothérapie palliative par carboplatine-paclitaxel + pembrolizumab : C1 prévue le 05/12/2025.",
    "## Question à la RCP",
    "Radiothérapie antalgique de la côte droite ? Risque fracturaire de L4 ? Quel traitement anti-résorptif ?",
    "L. Ferrand-Dupraz, interne, pour le Dr Berthod",
  ],
  gold=dict(sex="M", age=65,
            primaryTumor=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "negative"}),
            boneDiagnosis=("present", ["hypercalcemia"], True),
            pain=("present", ["mechanical"], 2),
            currentMedications=("present", ["N02AA01", "B01AB05", "A06AD65", "C09AA05", "N02BE01"]),
            priorLocalTreatments=("absent", []),
            boneTargetedTherapy=("unknown", []),
            anticoagulation=("present", ["B01AB05"]),
            antiplatelets=("absent", []),
            prognosis=("present", 2, None),
            therapeuticProject=("present", "palliative")),
  notes="Resident's DOCX with table; hypercalcaemia as circumstance; age from birth date on the birthday; pain 7 then 2 (current 2); Kardégic suspended (antiplatelets absent); chemo only planned (not current meds) but decided plan makes project present; 'Pas d'antécédent de radiothérapie'.")

# ---------------------------------------------------------------- yo09
L(id="yo09", fmt="pdf", author="Oncologue médical, Grenoble",
  letter_date="2025-11-07", birth_date=None,
  blocks=[
    "# Institut de cancérologie des Alpes-Dauphiné",
    "Département d'oncologie médicale — 9 quai Claude-Bernard, 38000 Grenoble",
    "Dr François Jaillet-Morand — Tél. secrétariat 04 76 12 95 60",
    "",
    "Grenoble, le 7 novembre 2025",
    "",
    "Objet : demande d'avis RCP métastases osseuses — M. Alain PERRET-GENTIL, 59 ans",
    "",
    "Chers collègues,",
    "",
    "Je vous remercie de bien vouloir discuter le dossier de M. Perret-Gentil, 59 ans, suivi dans notre département pour un carcinome rénal à cellules claires métastatique.",
    "",
    "# Antécédents",
    "- Médicaux : HTA, cardiopathie ischémique avec stent en 2018 (Kardégic au long cours), dyslipidémie.",
    "- Chirurgicaux : néphrectomie totale élargie droite en juin 2019 (pT3a N0, grade ISUP 3).",
    "- Familiaux : frère aîné traité par chirurgie et radiothérapie pour un cancer du rein en 2016.",
    "- Mode de vie : marié, 2 enfants, technicien à la retraite, ancien fumeur.",
    "",
    "# Histoire de la maladie",
    "Récidive métastatique en janvier 2024, révélée par une fracture pathologique de l'humérus gauche survenue le 11/01/2024 lors d'un effort modéré. Enclouage centromédullaire le 13/01/2024 (histologie : métastase de carcinome à cellules claires), suivi d'une radiothérapie de l'humérus (20 Gy en 5 fractions) en février 2024. Le bilan d'extension retrouvait des nodules pulmonaires bilatéraux et une lésion sacrée.",
    "Traitement de 1re ligne par pembrolizumab + axitinib depuis février 2024, avec réponse partielle pulmonaire durable.",
    "Le dénosumab (Xgeva), débuté en mars 2024, a été arrêté en mars 2025 en raison d'une hypocalcémie symptomatique récidivante. Il n'a pas été repris.",
    "\f",
    "# Motif de la demande",
    "Le scanner de réévaluation du 28/10/2025 montre une nouvelle lésion lytique du toit du cotyle droit (25 mm) avec amincissement cortical, alors que la maladie pulmonaire reste stable. Le patient est totalement indolore, ne prend aucun antalgique, et marche sans aide. Pas de traitement anticoagulant au long cours.",
    "État général : Karnofsky 80 %. Poids stable. Biologie : calcémie et fonction rénale normales.",
    "",
    "# Traitement en cours",
    "Keytruda 400 mg toutes les 6 semaines (dernière cure le 20/10/2025) ; Inlyta 5 mg matin et soir ; Triatec 5 mg/j ; Tahor 40 mg/j ; Kardégic 75 mg/j ; Uvedose 100 000 UI tous les 3 mois.",
    "",
    "# Question posée",
    "Traitement local préventif de la lésion cotyloïdienne (radiothérapie stéréotaxique, cimentoplastie, voire chirurgie) en poursuivant l'association pembrolizumab-axitinib, à visée palliative ? Faut-il reprendre un traitement anti-résorptif (acide zolédronique) malgré l'antécédent d'hypocalcémie ?",
    "",
    "Je vous prie d'agréer, chers collègues, l'expression de mes sentiments les meilleurs.",
    "",
    "Dr F. Jaillet-Morand",
  ],
  gold=dict(sex="M", age=59,
            primaryTumor=("present", "kidney", "clear_cell_carcinoma", {}),
            boneDiagnosis=("present", ["pathological_fracture"], True),
            pain=("absent", [], None),
            currentMedications=("present", ["L01FF02", "L01EK01", "C09AA05", "C10AA05", "B01AC06", "A11CC05"]),
            priorLocalTreatments=("present", ["surgery", "radiotherapy"]),
            boneTargetedTherapy=("absent", []),
            anticoagulation=("absent", []),
            antiplatelets=("present", ["B01AC06"]),
            prognosis=("present", None, 80),
            therapeuticProject=("present", "palliative")),
  notes="Two-page oncologist letter; humerus fracture → nailing + RT; brother's kidney cancer RT is family history; Xgeva stopped for hypocalcaemia; zoledronic acid only a question; Karnofsky only; 'totalement indolore'.")

# ---------------------------------------------------------------- yo10
L(id="yo10", fmt="txt", author="Médecin généraliste, Chambéry",
  letter_date="2025-11-21", birth_date=None,
  text="""Dr Claire Vulliet
Médecin généraliste
Maison de santé des Hauts de Chambéry
5 rue du Pré de l'Âne 73000 Chambéry
Tel : 04 79 33 06 71

Chambéry, le 21 novembre 2025

Objet : Mme Sandrine BRUNIER, 58 ans

Cher confrère,

Je vous adresse Mme Brunier que je connais bien, suivie au CH par le Dr Pollet (pneumologue) pour un adénocarcinome bronchique avec réarrangement ALK diagnostiqué en juin 2023, métastatique d'emblée avec des métastases osseuses vues sur le bilan initial (TEP de juin 2023 : bassin, humérus gauche, côtes). Elle est sous Alecensa depuis cette date avec une bonne réponse, elle travaille encore à mi temps.

Depuis environ un mois elle se plaint d'une douleur de l'épaule gauche avec des sensations de brûlure qui descendent dans le bras jusqu'au coude, qui la réveille la nuit. Cotée à 7/10 ce jour malgré le traitement. Pas de déficit moteur à l'examen, pas de fièvre. Radio de l'épaule faite hier : lésion lytique de la tête humérale gauche deja connue, qui me parait plus étendue mais je n'ai pas de comparatif.
Pour rappel elle a eu une radiothérapie de la hanche droite en 2023 (douleurs du cotyle).

Traitement actuel :
Alecensa 150 mg 4 gél matin et soir
Lyrica 75 mg matin et soir (débuté par moi il y a 10 jours)
Tramadol LP 100 mg x2
Doliprane 1g x3
Zymad 50000 UI 1 ampoule/mois
Pas de traitement anticoagulant, pas d'aspirine.
Elle a eu du Zometa au début de sa prise en charge, je ne sais pas si c'est toujours le cas (perfusions faites à l'hôpital de jour ?).

Je n'arrive pas à joindre son pneumologue qui est en congés, et la patiente est très gênée. Pourriez vous discuter son dossier en RCP : radiothérapie de l'humérus ? risque fracturaire ?

Merci d'avance, bien confraternellement

Dr C. Vulliet
""",
  gold=dict(sex="F", age=58,
            primaryTumor=("present", "lung", "adenocarcinoma", {"ALK": "positive"}),
            boneDiagnosis=("present", ["staging_imaging"], True),
            pain=("present", ["neuropathic", "nocturnal"], 7),
            currentMedications=("present", ["L01ED03", "N03AX16", "N02AX02", "N02BE01", "A11CC05"]),
            priorLocalTreatments=("present", ["radiotherapy"]),
            boneTargetedTherapy=("uncertain", ["M05BA08"]),
            anticoagulation=("absent", []),
            antiplatelets=("absent", []),
            prognosis=("unknown", None, None),
            therapeuticProject=("present", None)),
  notes="GP plain text with a few typos; bone mets on initial TEP (staging) with date; burning radiating pain waking her at night; Zometa 'je ne sais pas si c'est toujours le cas' (uncertain, kept out of current meds); 'pas d'aspirine' denies antiplatelets; no PS.")

# ---------------------------------------------------------------- yo11
L(id="yo11", fmt="pdf", author="Radiothérapeute, Annecy",
  letter_date="2025-11-27", birth_date=None,
  blocks=[
    "# Centre de radiothérapie Annecy-Lac — Dr Mathilde Chevallier-Rosset",
    "19 avenue de Genève, 74000 Annecy — Tél. 04 50 10 38 74",
    "",
    "Annecy, le 27/11/2025",
    "",
    "Chers collègues,",
    "",
    "Je vous présente Mme Odile TISSOT, 54 ans, suivie pour un carcinome lobulaire infiltrant du sein gauche métastatique osseux (RE+ 80 %, RP négatif, HER2 négatif), actuellement traitée par fulvestrant et abémaciclib depuis juin 2024.",
    "Le 10/11/2025 elle a présenté une compression médullaire lente sur une épidurite métastatique L5-S1 (déficit L5 gauche coté 3/5), révélant la progression osseuse. Elle a été opérée en urgence à Grenoble le 11/11/2025 : laminectomie décompressive L5 et ostéosynthèse L4-S1. Radiothérapie post-opératoire L4-S1 en cours dans notre centre (20 Gy en 5 fractions, 3e séance ce jour).",
    "La récupération motrice est partielle (releveurs à 4/5). Il persiste une radiculalgie L5 gauche, EN 4/10, sans douleur mécanique lombaire. OMS 2.",
    "Le Verzenios est suspendu pendant la radiothérapie. Pas de traitement anti-résorptif osseux à ce jour.",
    "",
    "# Traitement actuel",
    "Faslodex 500 mg IM/mois ; Dectancyl 8 mg/j en décroissance ; Lovenox 4000 UI/j (prévention post-opératoire) ; Oxynorm 5 mg si besoin ; Neurontin 300 mg x 3 ; Inipomp 40 mg.",
    "",
    "# Question",
    "Projet palliatif : reprise de l'abémaciclib après la radiothérapie ou changement de ligne ? Début de dénosumab ? Merci de votre avis.",
    "",
    "Dr M. Chevallier-Rosset",
  ],
  gold=dict(sex="F", age=54,
            primaryTumor=("present", "breast", "invasive_lobular_carcinoma",
                          {"ER": "positive", "PR": "negative", "HER2": "negative"}),
            boneDiagnosis=("present", ["neurological_deficit"], True),
            pain=("present", ["neuropathic"], 4),
            currentMedications=("present", ["L02BA03", "H02AB02", "B01AB05", "N02AA05", "N03AX12", "A02BC02"]),
            priorLocalTreatments=("present", ["surgery", "radiotherapy"]),
            boneTargetedTherapy=("absent", []),
            anticoagulation=("present", ["B01AB05"]),
            antiplatelets=("unknown", []),
            prognosis=("present", 2, None),
            therapeuticProject=("present", "palliative")),
  notes="One-page radiation oncologist letter; cord compression (neurological deficit) → decompression + fixation, RT in progress (counts); abemaciclib suspended (not current); 'Pas de traitement anti-résorptif osseux à ce jour' (absent); mechanical pain denied.")

# ---------------------------------------------------------------- yo12
L(id="yo12", fmt="docx", author="Oncologue médical, Grenoble",
  letter_date="2025-11-25", birth_date="1949-06-30",
  blocks=[
    "# Clinique mutualiste de l'Isère — Oncologie médicale",
    "Dr Pierre-Yves Gonnet — 11 rue du Docteur-Calmette, 38100 Grenoble — 04 76 70 52 18",
    "Grenoble, le 25/11/2025",
    "Fiche de demande RCP métastases osseuses",
    "# Patient : M. Marcel GUILLERMIN, né le 30/06/1949",
    "## Histoire",
    "Adénocarcinome prostatique Gleason 7 (4+3) traité par prostatectomie radicale en 2016, puis radiothérapie de la loge prostatique en 2019 pour rechute biologique. Hormonothérapie par Eligard depuis 2020.",
    "En mars 2021, devant l'ascension du PSA, la scintigraphie osseuse de réévaluation montre des métastases osseuses (bassin, rachis lombaire). Abiratérone (Zytiga) + prednisone de 2021 à septembre 2025, arrêtés pour progression (PSA 85 ng/ml en septembre, nouvelles lésions costales). Mutation BRCA2 somatique identifiée.",
    "Radiothérapie flash 8 Gy de la hanche droite en mai 2025 pour douleur.",
    "## Traitement oncologique actuel",
    "Docétaxel 75 mg/m² toutes les 3 semaines depuis le 14/10/2025 (C3 le 25/11), avec prednisone 10 mg/j ; poursuite de l'Eligard 45 mg/6 mois. Traitement à visée palliative.",
    "Dénosumab (Xgeva) 120 mg toutes les 4 semaines depuis 2021, avec Cacit D3.",
    "## Autres traitements",
    ("table", [["Médicament", "Posologie", "Indication"],
               ["Taxotère", "75 mg/m² / 3 sem", "CPRC"],
               ["Cortancyl 10 mg", "1/j", "avec docétaxel"],
               ["Eligard 45 mg", "1 inj / 6 mois", "suppression androgénique"],
               ["Xgeva 120 mg", "1 inj / 4 sem", "métastases osseuses"],
               ["Cacit D3", "1 sachet/j", "supplémentation"],
               ["AVK (INR cible 2,5-3,5)", "selon INR", "valve mécanique aortique"],
               ["Sophidone LP 4 mg", "1 x 2/j", "douleurs"],
               ["Doliprane 1 g", "x 3/j", "douleurs"]]),
    "Pas d'antiagrégant plaquettaire.",
    "## Clinique",
    "Douleurs diffuses du bassin, surtout nocturnes, et douleur de hanche droite à l'appui. EVA 6/10 il y a un mois, 4/10 actuellement sous Sophidone. ECOG 1. Pas de signe neurologique.",
    "## Question",
    "Lésion lytique de la branche ilio-pubienne droite à risque fracturaire : radiothérapie ou cimentoplastie ? Gestion de l'anticoagulation en cas de geste.",
    "Dr P.-Y. Gonnet",
  ],
  gold=dict(sex="M", age=76,
            primaryTumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
            boneDiagnosis=("present", ["staging_imaging"], True),
            pain=("present", ["nocturnal", "mechanical"], 4),
            currentMedications=("present", ["L01CD02", "H02AB07", "L02AE02", "M05BX04", "A12AX", "N02AA03", "N02BE01"]),
            priorLocalTreatments=("present", ["radiotherapy"]),
            boneTargetedTherapy=("present", ["M05BX04"]),
            anticoagulation=("present", []),
            antiplatelets=("absent", []),
            prognosis=("present", 1, None),
            therapeuticProject=("present", "palliative")),
  notes="DOCX with 3-column table; age from birth date; prostatectomy and prostate-bed RT not bone treatments; Zytiga stopped; docetaxel cycles current; anticoagulant given only as 'AVK' (present, no agent → incomplete); BRCA2 not recorded; pain 6 then 4.")
