# -*- coding: utf-8 -*-
"""Letters zn07-zn12 of corpus40 (text + gold facts). Gaps are NOT written here: make_letters.py derives them."""

L = []

# ---------------------------------------------------------------- zn07
L.append(dict(
    id="zn07", fmt="pdf", letter_date="2025-10-13", birth="1949-10-27",
    text="""# Centre de Radiothérapie Saint-Exupère
Dr Bertrand HALLOUIN, oncologue radiothérapeute
22 avenue des Cèdres, 64310 Lagor-sur-Gave - Tél. 05 59 12 83 70

Le 13 octobre 2025

Monsieur le Docteur Marc ESCANDE, Oncologie médicale
Copie : Dr Fabienne Lacoste, médecin traitant

Objet : M. Henri CASTAGNET, né le 27/10/1949

Cher ami,

J'ai revu en consultation de suivi M. Castagnet, que je présente à la RCP métastases osseuses du 23 octobre.

Pour mémoire, ce patient sans antécédent urologique a eu le 12 mai 2025 un scanner abdominal aux urgences pour une colique néphrétique gauche ; le radiologue a signalé de façon fortuite des lésions condensantes du bassin et de la charnière dorso-lombaire. Le PSA était à 86 ng/ml. Les biopsies prostatiques (4 juin) ont montré un adénocarcinome Gleason 8 (4+4), ISUP 4. La scintigraphie osseuse a confirmé une maladie osseuse de haut volume (bassin, rachis, côtes, fémur gauche).

Traitement systémique : Firmagon en juin, relayé par Eligard 45 mg tous les 6 mois ; Nubeqa 300 mg 2 cp matin et soir depuis juillet ; 6 cures de docétaxel, la dernière le 29 septembre, terminées.

Je l'ai irradié en août pour des douleurs du cotyle gauche à la marche : 30 Gy en 10 fractions du 4 au 15 août 2025. Il est indolore depuis la fin de l'irradiation et ne prend plus d'antalgique. Aucune chirurgie osseuse. La radiothérapie de la prostate n'a pas été retenue à ce stade.

Sur le plan cardiovasculaire : Kardégic 75 mg/j (stent coronaire 2015). Le patient était sous Préviscan pour une phlébite en 2023 ; il me dit l'avoir arrêté il y a quelques mois, mais je n'ai pas pu le confirmer auprès de son cardiologue : à vérifier avant tout geste.
Autres : Tahor 40, Cardensiel 5, Inexium 20.

Le Xgeva est prévu dès la validation dentaire (extractions en cours).

Karnofsky 90 %.

Question posée : la lésion du col fémoral gauche (corticale intacte, non douloureuse) justifie-t-elle une radiothérapie préventive, voire une ostéosynthèse prophylactique ?

Amitiés,
Dr B. Hallouin
""",
    gold=dict(
        patient=dict(sex="M", age=75),
        primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma", biomarkers={"PSA": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["incidental_imaging"], dated=True),
        pain=dict(status="absent", types=[], intensity=None),
        currentMedications=dict(status="present", atc=["L02AE02", "L02BB06", "B01AC06", "C10AA05", "C07AB07", "A02BC05"]),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="unknown", atc=[]),
        anticoagulation=dict(status="uncertain", atc=["B01AA12"]),
        antiplatelets=dict(status="present", atc=["B01AC06"]),
        prognosis=dict(status="present", kps=90),
        therapeuticProject=dict(status="present", intent=None),
    ),
    notes="Radiation oncologist, text PDF. Incidental discovery on CT for renal colic; hip RT 30 Gy/10 fr done; prostate RT not retained; degarelix relayed and docetaxel finished (not current); Préviscan stopped per patient but unconfirmed (uncertain, kept in the agent section, out of current meds); Xgeva planned; Karnofsky only. Birthday two weeks after the letter.",
))

# ---------------------------------------------------------------- zn08
L.append(dict(
    id="zn08", fmt="txt_crlf", letter_date="2025-04-02", birth=None,
    text="""Dr Patrick LEBRETON-AUZOUX
Médecin généraliste
15 route de Fécamp - 76450 Cany-sur-Durdent
tél : 02 35 97 60 18

Cany, le 2 avril 2025

Cher Confrère,

Je vous adresse Mme Odette VAUCHELLE, 71 ans, pour la RCP "os" comme me l'a conseillé le Dr Haddad.

Pour rappel elle a eu en 2022 un adénocarcinome du rectum traité par radiochimiothérapie puis résection antérieure, KRAS muté. Surveillance normale jusqu'à l'an dernier, puis nodules pulmonaires en janvier, sous chimio par Xeloda (capécitabine) depuis le 20 mars.

Depuis le début de l'année elle se plaignait de l'épaule droite, que j'avais mise sur le compte d'une tendinite (pas d'imagerie, infiltration prévue). Le 1er mars elle s'est cassée le bras en soulevant un pack d'eau : fracture de la diaphyse humérale droite, la radio montrant une lésion lytique. Elle a été opérée à la clinique des Falaises le 4 mars (enclouage centromédullaire, Dr Santerre), la biopsie confirmant une métastase de l'adénocarcinome rectal. Le bilan ne montre pas d'autre lésion osseuse.
Une radiothérapie post-opératoire de l'humérus a été proposée par le Dr Haddad mais elle n'a pas encore été faite (rendez-vous de repérage le 14 avril).

Actuellement douleur de l'épaule à la mobilisation, EVA 3/10, elle a retrouvé une bonne autonomie.

Son traitement :
- Xeloda 1500 mg matin et soir J1-J14
- Innohep 14000 UI/j depuis une thrombose veineuse du membre supérieur droit en post-op (doppler du 12/03)
- Ixprim 1 cp x3/j
- Glucophage 850 x2
- Forlax 1 sachet/j

Je vous remercie de l'avis de la RCP sur l'intérêt de la radiothérapie post-opératoire et d'un traitement par acide zolédronique.

Bien confraternellement.
Dr Lebreton-Auzoux
""",
    gold=dict(
        patient=dict(sex="F", age=71),
        primaryTumor=dict(status="present", site="colorectal", histology="adenocarcinoma", biomarkers={"KRAS": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=3),
        currentMedications=dict(status="present", atc=["L01BC06", "B01AB10", "N02AX02", "A10BA02", "A06AD15"]),
        priorLocalTreatments=dict(status="present", types=["surgery"]),
        boneTargetedTherapy=dict(status="unknown", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AB10"]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="unknown", ecog=None),
        therapeuticProject=dict(status="present", intent=None),
    ),
    notes="GP, TXT with CRLF. Shoulder pain mislabelled tendinitis without imaging, the bone disease is found at the pathological fracture (1er mars); nailing done; post-op RT proposed but not yet done; rectal radiochemotherapy is not bone; Innohep curative; 'bonne autonomie' is no performance status.",
))

# ---------------------------------------------------------------- zn09
L.append(dict(
    id="zn09", fmt="docx", letter_date="2025-09-08", birth="1967-02-14",
    blocks=[
        ("p", "Clinique orthopédique du Parc Bellevue – Service de chirurgie orthopédique et traumatologique"),
        ("p", "Dr Karim BENSALAH-MOREAU – Chirurgie du bassin et du rachis"),
        ("p", "Secrétariat : 04 91 33 78 02"),
        ("p", "Marseille-les-Aygalades, le 8 septembre 2025"),
        ("p", "Objet : Mme Nadia FERRAGU, née le 14/02/1967 – demande d'inscription RCP métastases osseuses"),
        ("p", "Cher confrère,"),
        ("p", "Mme Ferragu est suivie pour un carcinome vésiculaire de la thyroïde opéré en 2018 (thyroïdectomie totale), suivi de deux cures d'iode 131. Elle présente depuis début 2025 des douleurs de la fesse gauche à la marche, qui ont fait réaliser en avril un scanner puis une IRM du bassin : volumineuse lésion ostéolytique hypervascularisée de l'aile iliaque gauche de 6 cm, réfractaire à l'iode à la scintigraphie. Thyroglobuline à 2400 ng/ml."),
        ("p", "En 2024 une radiothérapie externe avait été proposée pour une petite lésion costale asymptomatique, que la patiente avait refusée."),
        ("p", "Prise en charge de la lésion iliaque :"),
        ("p", "– embolisation artérielle de la lésion le 10/06/2025 (Dr Chabrol, radiologie interventionnelle) ;"),
        ("p", "– radiofréquence couplée à une cimentoplastie de l'aile iliaque le 12/06/2025 ;"),
        ("p", "– une reconstruction chirurgicale (résection + prothèse) a été discutée et non retenue, compte tenu de la morbidité."),
        ("p", "Depuis la radiofréquence, les douleurs à la marche sont passées de 7/10 à 2/10 (EVA)."),
        ("p", "Sur le plan médical : ATCD d'embolie pulmonaire en 2023, traitée 6 mois, elle n'est plus sous anticoagulant actuellement selon le courrier de son pneumologue. Lenvima débuté en juillet par son oncologue (Dr Roustan-Pelé), acide zolédronique (Zometa) 4 mg toutes les 12 semaines depuis juillet 2025. ECOG 1."),
        ("h", "Ordonnance en cours (apportée par la patiente)"),
        ("table", [["Lenvima 24 mg", "1/j"],
                   ["Levothyrox 150 µg", "1/j"],
                   ["Xarelto 20 mg", "1/j le soir"],
                   ["Zometa 4 mg", "1 perfusion / 12 semaines"],
                   ["Palexia LP 50 mg", "1 matin et soir"],
                   ["Triatec 5 mg", "1/j"]]),
        ("p", "Je vous remercie de discuter en RCP la conduite à tenir vis-à-vis de la nouvelle lésion de S1 découverte sur l'IRM de contrôle d'août (radiothérapie stéréotaxique ? nouvelle ablation ?)."),
        ("p", "Dr K. Bensalah-Moreau"),
    ],
    gold=dict(
        patient=dict(sex="F", age=58),
        primaryTumor=dict(status="present", site="thyroid", histology="other", biomarkers={}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=2),
        currentMedications=dict(status="present", atc=["L01EX08", "H03AA01", "B01AF01", "M05BA08", "N02AX06", "C09AA05"]),
        priorLocalTreatments=dict(status="present", types=["other", "ablation", "cementoplasty"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BA08"]),
        anticoagulation=dict(status="conflicting", atc=["B01AF01"]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent=None),
    ),
    notes="Orthopaedic surgeon, DOCX. Follicular thyroid carcinoma (histology other); pain at walking since early 2025; embolisation (other) + radiofrequency (ablation) + cementoplasty done; RT refused and resection discussed not retained; 'plus sous anticoagulant' vs Xarelto on the prescription (conflicting, kept in current meds); iodine-131 is systemic.",
))

# ---------------------------------------------------------------- zn10
L.append(dict(
    id="zn10", fmt="pdf", letter_date="2025-07-07", birth=None,
    text="""# Service de Pneumologie et Oncologie thoracique - Hôpital Pierre-Sabatier, Saint-Aulaire
Dr Claire VANDENBUSSCHE - Unité d'oncologie thoracique - 03 20 64 91 27

Le 07/07/2025

RCP métastases osseuses - demande d'avis

Patiente : Mme Sylvie OUDINOT, 65 ans

Antécédents : hypothyroïdie, syndrome dépressif. Père décédé d'un cancer de la vessie. Non-fumeuse.

Histoire oncologique :
- Novembre 2024 : toux persistante, découverte d'un adénocarcinome pulmonaire du LSD, mutation EGFR exon 21 (L858R), ALK négatif, PD-L1 5 %.
- TEP de bilan initial (18/11/2024) : lésions osseuses de T10, L1, de la 4e côte droite et du sternum, asymptomatiques.
- Osimertinib (Tagrisso 80 mg/j) depuis le 2 décembre 2024, réponse partielle.
- SBRT de T10 : 3 x 10 Gy en décembre 2024 (lésion avec épidurite débutante, sans déficit).
- Tassement de L1 en février : kyphoplastie de L1 le 18/02/2025.
- Xgeva 120 mg tous les 28 jours depuis janvier 2025, avec Orocal D3.

Motif : depuis trois semaines, douleurs intercostales gauches en hémiceinture, à type de décharges électriques, avec réveils nocturnes, DN4 à 6/10. EVA 6/10 actuellement malgré l'introduction de Laroxyl. Le scanner fait à J-10 de la consultation (27 juin) montre une nouvelle lésion lytique de l'arc postérieur de T6 gauche, avec extension au foramen. Le reste de la maladie est stable.

Traitement actuel : Tagrisso 80 mg/j ; Xgeva 120 mg/28 j ; Orocal D3 1 cp/j ; Laroxyl 10 gouttes le soir ; Oxycontin LP 10 mg x2 ; Levothyrox 100 µg.
Pas d'anticoagulant. Pas d'antiagrégant plaquettaire.

PS 1. Espérance de vie estimée supérieure à un an.

Projet : poursuite de l'osimertinib à visée palliative (oligoprogression).

Question : radiothérapie stéréotaxique de T6 ou radiothérapie conventionnelle 8 Gy ? La lésion est-elle accessible à un traitement percutané ?

Dr C. Vandenbussche
""",
    gold=dict(
        patient=dict(sex="F", age=65),
        primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma",
                          biomarkers={"EGFR": "positive", "ALK": "negative", "PD-L1": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["neuropathic", "nocturnal"], intensity=6),
        currentMedications=dict(status="present", atc=["L01EB04", "M05BX04", "A12AX", "N06AA09", "N02AA05", "H03AA01"]),
        priorLocalTreatments=dict(status="present", types=["radiotherapy", "cementoplasty"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    notes="Pneumologist, text PDF. Bone mets on initial staging PET (not the new T6 pain 'depuis trois semaines', not 'J-10' scan); SBRT 3x10 Gy + kyphoplasty; neuropathic + nocturnal pain EVA 6; cough led to lung cancer diagnosis, not the bone circumstance.",
))

# ---------------------------------------------------------------- zn11
L.append(dict(
    id="zn11", fmt="txt", letter_date="2025-05-12", birth="1958-05-13",
    text="""FICHE DE LIAISON - IDE coordinatrice parcours onco-dermato
CHU de Rocheblanche - poste 6-2214

Date : 12/05/25
Patient : M. Thierry GUÉDON - DDN 13/05/1958
Médecin référent : Dr Sarah Lévy-Maurin (dermato-onco)

Bonjour, je transmets pour la RCP méta osseuses de jeudi la demande du Dr Lévy-Maurin (elle est en congrès cette semaine), d'après le dossier et l'appel du patient ce matin.

Mélanome du dos opéré en 2021 (Breslow 3,2 mm), mutation BRAF V600E. En mars 25 : sciatique paralysante droite d'installation brutale, releveur du pied à 2/5, IRM du 7 mars : lésion de L5 avec envahissement foraminal droit. Bilan : métastases osseuses (L5, bassin) et hépatiques.

Opéré le 09/03/2025 par le Dr Faucheux : libération radiculaire L5 droite + arthrodèse L4-S1. Puis radiothérapie 30 Gy en 10 séances sur L4-S1, terminée le 15 avril.
Dabrafenib + trametinib (Tafinlar/Mekinist) depuis le 22 avril, tolérance correcte, un épisode de fièvre début mai.

Actuellement : releveur à 4/5, marche sans aide. Il décrit encore quelques brûlures dans le mollet droit, EN 2/10. OMS 1.

Traitements : Tafinlar 75 mg 2 gél x2, Mekinist 2 mg/j, Lyrica 150 mg x2, oxycodone LP 20 mg x2 (en diminution), Doliprane si besoin, HBPM à dose préventive (injection par l'IDE libérale tous les soirs).
Pas de bisphosphonate ni de dénosumab pour l'instant.

Le Dr Lévy-Maurin demande si on doit faire qqch pour la lésion du cotyle droit (risque fracturaire ?) et si un traitement anti-résorptif est indiqué.

Merci, bonne journée
Maryse (IDEC)
""",
    gold=dict(
        patient=dict(sex="M", age=66),
        primaryTumor=dict(status="present", site="melanoma", histology=None, biomarkers={"BRAF": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["neurological_deficit"], dated=True),
        pain=dict(status="present", types=["neuropathic"], intensity=2),
        currentMedications=dict(status="present", atc=["N03AX16", "N02AA05", "N02BE01"]),
        priorLocalTreatments=dict(status="present", types=["surgery", "radiotherapy"]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="present", atc=[]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent=None),
    ),
    notes="Nurse coordinator liaison sheet, TXT. Radicular deficit (neurological_deficit); decompression + arthrodesis and 30 Gy/10 done; birth date the day after the letter (66 not 67); 'HBPM à dose préventive' without name (present, no agent -> incomplete gap); dabrafenib/trametinib not in the ATC table; melanoma histology not given (incomplete gap).",
))

# ---------------------------------------------------------------- zn12
L.append(dict(
    id="zn12", fmt="pdf", letter_date="2025-10-27", birth="1959-01-30",
    text="""# Hôpital privé des Trois-Rivières - Oncologie médicale
Dr Frédéric AMZALLAG-ROCHE - Tél 01 64 29 55 80

Le 27/10/2025

Objet : Mme Brigitte LOISEAU, née le 30/01/1959 - RCP métastases osseuses

Cher collègue,

Mme Loiseau est suivie pour un carcinome canalaire infiltrant du sein gauche diagnostiqué en 2020 (RE 60 %, RP négatifs, HER2 3+), traité par tumorectomie, chimiothérapie adjuvante, radiothérapie mammaire et trastuzumab pendant un an. Elle a par ailleurs une prothèse totale de hanche droite posée en 2019 pour coxarthrose.

Devant une ascension des CA 15-3 sur les bilans de surveillance, une scintigraphie osseuse puis un TEP ont été demandés : ils montrent une atteinte osseuse oligométastatique (sacrum et 9e côte gauche), sans lésion viscérale. La biopsie du sacrum confirme la récidive, avec un profil identique (RE+, RP-, HER2 3+).

Elle est totalement asymptomatique, sans aucune douleur. ECOG 0. Le pronostic est bon, espérance de vie estimée à plusieurs années.

Aucun traitement local osseux à ce jour. Une radiothérapie du sacrum a été évoquée en consultation mais la patiente souhaite d'abord l'avis de la RCP.

Traitement en cours, à visée palliative : trastuzumab et pertuzumab toutes les 3 semaines, associés à l'exémestane (Aromasine 25 mg/j). Le Kardégic a été arrêté en juin par son cardiologue. Autres : Inipomp 20 mg, Imovane 7,5 mg.
Concernant l'os : elle dit avoir eu « une piqûre pour les os » chez son rhumatologue, peut-être du Prolia ? À vérifier, je n'ai pas le courrier.

Question : radiothérapie stéréotaxique des deux sites dans une optique d'oligométastases ? Indication d'un traitement anti-résorptif ?

Confraternellement,
Dr F. Amzallag-Roche
""",
    gold=dict(
        patient=dict(sex="F", age=66),
        primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                          biomarkers={"ER": "positive", "PR": "negative", "HER2": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=False),
        pain=dict(status="absent", types=[], intensity=None),
        currentMedications=dict(status="present", atc=["L01FD01", "L01FD02", "L02BG06", "A02BC02", "N05CF01"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="uncertain", atc=["M05BX04"]),
        anticoagulation=dict(status="unknown", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=0),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    notes="Medical oncologist, text PDF. Bone relapse found on follow-up imaging for rising CA 15-3, no date or duration for the bone disease (dated false -> incomplete gap); hip prosthesis for arthrosis and breast RT are not bone treatments; 'Aucun traitement local osseux'; sacrum RT only evoked; Kardégic stopped; Prolia only with doubt (uncertain, agent kept, not in current meds).",
))
