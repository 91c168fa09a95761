# -*- coding: utf-8 -*-
"""Letters of corpus77 (text) and their gold values (gaps are derived, not written here)."""

U = {"status": "unknown", "atc": []}

LETTERS = []

# ---------------------------------------------------------------- ya01
LETTERS.append(dict(
    id="ya01", fmt="pdf", date="2026-10-12",
    header=[("Hôpital Saint-Bénigne — Dijon", 14), ("Service de Pneumologie et Oncologie thoracique", 10),
            ("14 rue des Ducs-de-Valois, 21000 Dijon — Secrétariat : 03 80 47 21 90", 8.5)],
    footer="Hôpital Saint-Bénigne, Dijon — Dr Laurent Pouillot — Courrier confidentiel — page {p}/{n}",
    text="""Dijon, le 12 octobre 2026

Dr Laurent POUILLOT, pneumologue
à
Madame, Monsieur les membres de la RCP « Métastases osseuses »
CHU de Dijon-Bourgogne (fictif) — secrétariat RCP

Objet : M. GAUTHEROT Michel, né le 14/03/1958
Demande d'avis pour métastase vertébrale lombaire

Chers collègues,

Je vous adresse M. Michel Gautherot, ancien viticulteur à Nuits-Saint-Georges, que je suis pour un adénocarcinome pulmonaire du lobe supérieur droit, stade IV d'emblée, diagnostiqué en mai 2026 sur biopsie bronchique.

Antécédents :
- Fibrillation atriale paroxystique depuis 2022.
- HTA.
- Tabagisme sevré en 2015 (35 PA).
- Cholécystectomie en 2009.
Antécédents familiaux : mère décédée d'un cancer colique à 80 ans. Pas d'autre antécédent notable.

Histoire de la maladie osseuse :
Le patient se plaint depuis juin 2026 de lombalgies d'apparition progessive, ayant motivé une IRM rachidienne le 02/07/2026 qui a mis en évidence une lésion lytique du corps vertébral de L3 avec recul du mur postérieur limité, sans épidurite. Le bilan d'extension (TEP-TDM du 08/07/2026) retrouve en outre deux lésions costales droites et une lésion de l'aile iliaque gauche, infracentimétriques.

Biologie moléculaire (plateforme de Dijon) : mutation activatrice de l'EGFR (délétion de l'exon 19). Pas de réarrangement ALK ni ROS1. PD-L1 exprimé à 5 % des cellules tumorales.

Traitements déjà réalisés sur l'os :
Radiothérapie antalgique de L3, 8 Gy en une fraction, le 21/07/2026, avec une amélioration partielle.

Évaluation actuelle :
Les douleurs lombaires persistent, à type mécanique, majorées à la marche et au passage assis-debout, avec quelques réveils nocturnes. EN à 7/10 en juillet, actuellement à 4/10 sous morphine. Pas de radiculalgie, pas de trouble sphinctérien, examen neurologique normal.
État général : PS 1 (OMS), poids stable à 74 kg.

Traitement en cours :
- Tagrisso (osimertinib) 80 mg : 1 cp/j depuis le 20/05/2026
- Eliquis 5 mg : 1 cp matin et soir (FA)
- Bisoprolol 2,5 mg : 1 cp/j
- Skenan LP 30 mg : 1 gél. matin et soir
- Actiskenan 10 mg : si douleur, max 4/j
- Doliprane 1 g : 3 fois/j
- Forlax : 1 sachet/j
- Xgeva 120 mg SC toutes les 4 semaines depuis le 05/08/2026, avec Cacit D3 1 sachet/j
Le Kardégic qu'il prenait a été arrêté au moment de l'introduction de l'Eliquis en 2022 ; il n'a donc plus d'antiagrégant.

Sur le plan oncologique, la réponse au TEP d'évaluation de septembre est partielle et nous poursuivons l'osimertinib. La prise en charge est palliative.

Question posée à la RCP :
Compte tenu de la douleur mécanique résiduelle malgré l'irradiation, une cimentoplastie de L3 vous paraît-elle indiquée ? Faut-il prévoir une nouvelle irradiation ? Je vous joins l'IRM et le TEP.

Je vous remercie de votre avis et reste joignable au 03 80 47 21 93.

Bien confraternellement,

Dr L. Pouillot
Pneumologue — Oncologie thoracique
Copie : Dr Anne-Sophie Ravier, médecin traitant, Nuits-Saint-Georges""",
    gold=dict(
        patient={"sex": "M", "age": 68},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["mechanical", "nocturnal"], "intensity": 4},
        currentMedications={"status": "present", "atc": ["L01EB04", "B01AF02", "C07AB07", "N02AA01", "N02BE01", "A06AD15", "M05BX04", "A12AX"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "present", "atc": ["B01AF02"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    note="Pneumologist, text PDF 2 p. with letterhead/footer: age from birth date; Kardégic stopped (antiplatelets absent); morphine 7/10 then 4/10 now; 'pas de radiculalgie'; Xgeva + Cacit D3; cementoplasty only asked.",
))

# ---------------------------------------------------------------- ya02
LETTERS.append(dict(
    id="ya02", fmt="txt", date="2026-10-13",
    text="""Dr Hélène Vuillemot - Médecine générale - 7 place de l'Obélisque, 71100 Chalon-sur-Saône - tél 03 85 93 40 17
Chalon, le 13/10/26

Cher confrère, je vous adresse Mme BRENOT Odette, 81 ans, ATCD cancer du sein gauche opéré en 2014, qui présente des douleurs de la hanche droite depuis environ 2 mois. La scintigraphie montre des fixations multiples du bassin et du rachis, la biopsie de l'aile iliaque (clinique du Val de Saône) est en faveur d'une origine mammaire.
Elle est sous Préviscan pour une ACFA, Levothyrox 75, Cacit D3.
Merci de votre avis sur la prise en charge. Bien à vous.
Dr Vuillemot
""",
    gold=dict(
        patient={"sex": "F", "age": 81},
        primaryTumor={"status": "present", "site": "breast", "histology": None, "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["B01AA12", "H03AA01", "A12AX"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy=dict(U),
        anticoagulation={"status": "present", "atc": ["B01AA12"]},
        antiplatelets=dict(U),
        prognosis={"status": "unknown", "ecog": None},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
    note="GP, 6-line TXT: breast surgery 2014 is not a bone treatment; pain with no type; Préviscan; most items not mentioned.",
))

# ---------------------------------------------------------------- ya03
LETTERS.append(dict(
    id="ya03", fmt="docx", date="2026-10-05", author="Dr P. Chaumeil",
    blocks=[
        "**Clinique Urologique des Bords de Loire**",
        "Dr Pierre CHAUMEIL — Urologue — 22 quai Paul-Bert, 37100 Tours — Tél. 02 47 63 18 05",
        "",
        "Tours, le 5 octobre 2026",
        "",
        "À l'attention de la RCP Métastases osseuses, Centre régional de cancérologie de Touraine",
        "",
        "**Objet : Monsieur RABUSSEAU Gérard, né le 02/11/1949**",
        "",
        "Cher(e)s collègues,",
        "",
        "Je vous adresse M. Rabusseau pour avis concernant un adénocarcinome de la prostate métastatique osseux d'emblée. Le diagnostic a été porté sur biopsies prostatiques du 28/07/2026 : adénocarcinome acinaire, score de Gleason 8 (4+4), ISUP 4, 10 carottes positives sur 12. PSA au diagnostic : 86 ng/mL.",
        "",
        "**Bilan d'extension**",
        "La scintigraphie osseuse du 11/08/2026, réalisée dans le cadre du bilan d'extension, retrouve des fixations du rachis dorsal (D9, D11), du sacrum et de la branche ilio-pubienne gauche, confirmées au TEP-PSMA du 20/08/2026 (au total 6 lésions osseuses, pas d'atteinte viscérale, adénopathies iliaques).",
        "",
        "**Clinique**",
        "Le patient ne décrit aucune douleur osseuse. Pas de déficit neurologique. Il reste très actif (jardinage, vélo), OMS 0.",
        "",
        "**Antécédents**",
        "Diabète de type 2 non insulinodépendant. HTA. Dyslipidémie. Stent coronaire en 2018 (IVA). Son frère est suivi pour un myélome.",
        "",
        "**Traitement actuel**",
        [["Médicament", "Posologie", "Depuis"],
         ["Eligard 45 mg", "1 inj. SC / 6 mois", "04/09/2026"],
         ["Erleada (apalutamide) 60 mg", "4 cp/j", "15/09/2026"],
         ["Metformine 850", "1 cp matin et soir", "ancien"],
         ["Triatec 5 mg", "1 cp/j", "ancien"],
         ["Tahor 20 mg", "1 cp le soir", "ancien"],
         ["Kardégic 75 mg", "1 sachet/j", "2018"]],
        "",
        "Pas de traitement anticoagulant.",
        "Un traitement par dénosumab (Prolia ou Xgeva, à définir) est à discuter après le bilan bucco-dentaire, demandé.",
        "",
        "**Question à la RCP**",
        "Le patient étant oligométastatique selon certaines définitions, une radiothérapie des lésions osseuses (stéréotaxie ?) en plus du traitement hormonal est-elle licite ? Avis sur le traitement ostéoprotecteur.",
        "",
        "Avec mes remerciements,",
        "Dr P. Chaumeil",
    ],
    gold=dict(
        patient={"sex": "M", "age": 76},
        primaryTumor={"status": "present", "site": "prostate", "histology": "adenocarcinoma", "biomarkers": {"PSA": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["L02AE02", "L02BB05", "A10BA02", "C09AA05", "C10AA05", "B01AC06"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy=dict(U),
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "present", "atc": ["B01AC06"]},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note="Urologist, DOCX with medication table: age from birth date (birthday after letter date); brother's myeloma; denosumab only 'à discuter'; Kardégic antiplatelet with explicit 'pas de traitement anticoagulant'; SBRT only asked.",
))

# ---------------------------------------------------------------- ya04
LETTERS.append(dict(
    id="ya04", fmt="pdf", date="2026-10-20",
    header=[("Institut de Cancérologie de Franche-Comté Nord", 13), ("Département d'Oncologie Médicale — Pr Bertin / Dr Mougenot", 9.5),
            ("3 avenue du Doubs, 25000 Besançon — Tél. 03 81 52 66 40 — Fax 03 81 52 66 41", 8.5)],
    footer="ICFC Nord — Besançon — Document médical confidentiel — {p}/{n}",
    text="""Besançon, le 20/10/2026

Demande d'avis RCP « métastases osseuses » — séance du 29/10

Patiente : Mme JEANNEROD Colette, 63 ans
Médecin référent : Dr Isabelle Mougenot, oncologue médicale

Chère consœur, cher confrère,

Mme Jeannerod est suivie pour un carcinome lobulaire infiltrant du sein droit diagnostiqué en 2018 (pT2N1, RE 90 %, RP négatifs, HER2 score 0), traité par tumorectomie, curage, chimiothérapie adjuvante puis radiothérapie mammaire et hormonothérapie par anastrozole jusqu'en 2023.

Rechute osseuse découverte sur le scanner TAP de surveillance du 16/03/2026 : lésions condensantes multiples du rachis, du bassin et de l'extrémité supérieure de l'humérus gauche. Biopsie osseuse : métastase du carcinome lobulaire connu, RE+, RP-, HER2 0.

Depuis avril 2026, traitement de 1re ligne par ribociclib (Kisqali) 600 mg J1-J21 et létrozole 2,5 mg, avec Xgeva 120 mg mensuel (supplémentation Cacit D3). Bonne tolérance en dehors d'une neutropénie grade 2 .. Réponse métabolique partielle en juillet.

Elle signale depuis un mois une douleur de l'épaule gauche d'horaire inflammatoire avec dérouillage matinal d'une demi-heure, cotée EVA 3/10, soulagée par le Doliprane. Pas de fracture. Elle n'a jamais reçu de radiothérapie sur ses lésions osseuses.

Autres traitements : Inexium 20 mg, Doliprane 1 g si besoin.
ATCD d'embolie pulmonaire en 2019 traitée par Xarelto pendant 6 mois, arrêté depuis. Pas d'autre antécédent.

PS 1. Poursuite du traitement en cours.

Question : indication d'une radiothérapie antalgique de l'humérus gauche, et risque fracturaire (score de Mirels) ?

Dr I. Mougenot""",
    gold=dict(
        patient={"sex": "F", "age": 63},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_lobular_carcinoma",
                      "biomarkers": {"ER": "positive", "PR": "negative", "HER2": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["inflammatory"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["L01EF02", "L02BG04", "M05BX04", "A12AX", "A02BC05", "N02BE01"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets=dict(U),
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note="Oncologist, text PDF 1 p.: relapse found on follow-up CT; old anastrozole and breast RT not current / not bone; Xarelto stopped (anticoagulation absent); inflammatory pain; 'jamais reçu de radiothérapie sur ses lésions osseuses'.",
))

# ---------------------------------------------------------------- ya05
LETTERS.append(dict(
    id="ya05", fmt="txt", date="2026-10-14", crlf=True,
    text="""CHR Orléans-Val de Loire (fictif) - Pneumologie - interne : Dr Thomas Lefrançois (poste 4612)
Le 14/10/2026

Demande RCP os - M. DUPLESSIS Roger, 72 ans

ATCD : BPCO stade 2, tabac actif 50 PA, AOMI (pontage fémoral G 2019), DT2 sous ADO.

Hist : CBNPC épidermoïde LIG (biopsie sous fibro 09/2026), PD-L1 < 1 %, EGFR/ALK non recherchés (épidermoïde chez gros fumeur).
Révélation osseuse : tableau de compression médullaire D8 le 03/09/2026 (paraparésie 3/5, niveau sensitif D10) -> laminectomie décompressive + ostéosynthèse D7-D9 en urgence le 04/09 (neurochir Dr Guérin), puis RT post-op 20 Gy/5 fr terminée le 30/09.
Récup motrice quasi complète, marche avec déambulateur.

Dlr : dorsales résiduelles, mécaniques (à la mobilisation), EN 2/10. Pas de radiculalgie.

Ttt actuel :
Lovenox 4000 UI/j (prophylaxie, alitement prolongé)
Kardégic 160
Metformine 1000 x2
Dectancyl 4 mg/j en décroissance
Oxynorm 5 mg si besoin
Inexium 40
C1 carboplatine-paclitaxel-pembrolizumab faite le 10/10/2026, C2 prévue le 31/10.
Pas encore de ttt anti-résorptif.

PS 2. Projet palliatif.
Question : place du dénosumab / acide zolédronique ? Autre geste local nécessaire ?
Merci - T. L.
""",
    gold=dict(
        patient={"sex": "M", "age": 72},
        primaryTumor={"status": "present", "site": "lung", "histology": "squamous_cell_carcinoma", "biomarkers": {"PD-L1": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["neurological_deficit"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 2},
        currentMedications={"status": "present", "atc": ["B01AB05", "B01AC06", "A10BA02", "H02AB02", "N02AA05", "A02BC05", "L01XA02", "L01CD01", "L01FF02"]},
        priorLocalTreatments={"status": "present", "types": ["surgery", "radiotherapy"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AB05"]},
        antiplatelets={"status": "present", "atc": ["B01AC06"]},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    note="Pneumology resident, telegraphic TXT with CRLF: cord compression as circumstance; decompression + fixation and post-op RT; prophylactic Lovenox + Kardégic; chemo-immunotherapy C1 given (current); 'Pas encore de ttt anti-résorptif' (absent); EGFR/ALK not tested.",
))

# ---------------------------------------------------------------- ya06
LETTERS.append(dict(
    id="ya06", fmt="docx", date="2026-10-19", author="Cabinet de rhumatologie",
    blocks=[
        "**Dr Martine FAIVRE-PICON**",
        "Rhumatologue — Ostéodensitométrie",
        "5 boulevard de Sévigné, 21000 Dijon — 03 80 30 72 58",
        "",
        "Dijon, le 19/10/2026",
        "",
        "Chère consœur, cher confrère,",
        "",
        "Je vous adresse Mme LACROIX Yvette, née le 21/06/1955, que je suis depuis 2021 pour une ostéoporose fracturaire (fracture du poignet), traitée par Fosamax 70 mg hebdomadaire.",
        "",
        "Elle a présenté au début du mois d'août 2026 une rachialgie brutale après un simple effort de soulèvement, en rapport avec une fracture de L1 que nous avions initialemnt attribuée à l'ostéoporose. Devant l'aspect atypique à l'IRM (atteinte du pédicule, masse des parties molles), une biopsie a été réalisée lors de la kyphoplastie de L1 le 02/09/2026 : métastase d'un carcinome à cellules claires d'origine rénale. Le scanner TAP a découvert une masse rénale gauche de 6 cm et deux autres lésions osseuses (côte, sacrum).",
        "",
        "Depuis la kyphoplastie les douleurs ont nettement diminué ; persistent des rachialgies mécaniques à la station debout prolongée, EVA 4/10. Pas de douleur nocturne. Elle prend du Topalgic 50 mg deux fois par jour.",
        "",
        "Traitement : Fosamax 70 mg/semaine (poursuivi pour le moment), ZymaD 50 000 UI tous les mois, Topalgic 50 mg x2/j, amlodipine 5 mg.",
        "Elle aurait pris du Préviscan il y a quelques années pour une phlébite, je ne sais pas s'il a été arrêté : à vérifier auprès de son médecin traitant (elle ne l'a pas sur l'ordonnance que j'ai, mais elle dit « prendre un anticoagulant »).",
        "",
        "Elle n'a pas encore été vue par un oncologue ni un urologue, aucun traitement oncologique n'est débuté.",
        "",
        "Je souhaiterais l'avis de la RCP sur la prise en charge des lésions osseuses et sur le relais éventuel du Fosamax par un traitement plus adapté.",
        "",
        "Bien confraternellement,",
        "Dr M. Faivre-Picon",
    ],
    gold=dict(
        patient={"sex": "F", "age": 71},
        primaryTumor={"status": "present", "site": "kidney", "histology": "clear_cell_carcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 4},
        currentMedications={"status": "present", "atc": ["M05BA04", "A11CC05", "N02AX02"]},
        priorLocalTreatments={"status": "present", "types": ["cementoplasty"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BA04"]},
        anticoagulation={"status": "uncertain", "atc": ["B01AA12"]},
        antiplatelets=dict(U),
        prognosis={"status": "unknown", "ecog": None},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
    note="Rheumatologist, DOCX: pathological L1 fracture first taken for osteoporosis; kyphoplasty; Fosamax for osteoporosis still current (bone therapy present); Préviscan 'à vérifier' (uncertain with agent, not in current meds); 'Pas de douleur nocturne'; no oncologic treatment yet, no PS.",
))

# ---------------------------------------------------------------- ya07
LETTERS.append(dict(
    id="ya07", fmt="pdf", date="2026-10-26",
    header=[("Centre Hospitalier Universitaire Bretonneau-Loire (fictif)", 12.5), ("Pôle Cancérologie — Unité d'oncologie digestive", 9.5),
            ("2 boulevard Tonnellé, 37000 Tours — Secrétariat : 02 47 39 84 10", 8.5)],
    footer="Pôle Cancérologie — Tours — Dr Camille Renaudin — page {p} sur {n}",
    text="""Tours, le 26 octobre 2026

Dr Camille RENAUDIN
Oncologie digestive

À l'attention du Dr Fabre, coordonnateur de la RCP Métastases osseuses

Objet : demande d'avis — M. PELLETIER Jean-Claude, né le 30/01/1960 (IPP 20 884 513)

Cher ami,

Je te remercie de bien vouloir discuter en RCP le dossier de M. Pelletier, 66 ans, retraité de la SNCF, suivi pour un adénocarcinome du côlon sigmoïde.

Antécédents médicaux :
- Diabète de type 2 sous metformine.
- Insuffisance cardiaque à FEVG préservée, sous furosémide.
- Embolie pulmonaire segmentaire en juillet 2026, en cours de chimiothérapie.
Antécédents familiaux : père décédé d'un cancer de la prostate, sœur suivie pour un cancer du sein.

Histoire oncologique :
- Octobre 2024 : sigmoïdectomie pour adénocarcinome lieberkühnien pT3N2a, RAS muté (KRAS G12D), BRAF non muté, MSS.
- Chimiothérapie adjuvante FOLFOX 6 mois, oxaliplatine interrompue à la 9e cure pour neuropathie.
- Juin 2025 : récidive hépatique et pulmonaire, FOLFIRI-bevacizumab en 1re ligne métastatique, puis maintenance par capécitabine (Xeloda) et bevacizumab depuis mars 2026.
- Le scanner d'évaluation du 15/09/2026 montre une stabilité hépatique mais une nouvelle lésion lytique de l'aile iliaque droite de 4 cm avec rupture corticale, confirmée à l'IRM du bassin du 24/09/2026.

Sur le plan clinique :
Depuis fin septembre, douleur de la fesse droite à type de brûlure, irradiant à la face postérieure de la cuisse, avec DN4 à 5/10, majorée à la marche. L'EN était à 8/10 il y a trois semaines ; elle est à 6/10 ce jour sous traitement. Pas de déficit moteur. Le patient marche avec une canne. Aucune irradiation osseuse antérieure.
Performance status : ECOG 1. Le patient vit avec son épouse, autonome. L'espérance de vie est estimée à plus de 6 mois.

Traitement actuel :
- Xeloda 1000 mg/m² x2/j J1-J14 + bevacizumab 7,5 mg/kg toutes les 3 semaines
- Innohep 14 000 UI/j (EP de juillet)
- Lyrica 75 mg matin et soir
- Oxycontin LP 20 mg x2/j, Oxynormoro 5 mg si besoin
- Movicol 1 sachet/j
- Metformine 850 x2/j
- Lasilix 40 mg/j
Le Kardégic a été arrêté en juillet lors de l'introduction de l'Innohep : pas d'antiagrégant actuellement.
Un traitement par acide zolédronique est envisagé après avis dentaire (soins en cours).

La situation est palliative. Nous souhaitons poursuivre la maintenance en cours, la maladie viscérale étant contrôlée.

Questions à la RCP :
1) Radiothérapie antalgique de l'aile iliaque droite ? Schéma ?
2) Cimentoplastie associée, compte tenu de la rupture corticale et des douleurs à l'appui ?
3) Faut-il interrompre le bevacizumab autour d'un éventuel geste ?

Je reste à ta disposition.
Amitiés,

Dr Camille Renaudin
PJ : CR scanner 15/09, IRM bassin 24/09""",
    gold=dict(
        patient={"sex": "M", "age": 66},
        primaryTumor={"status": "present", "site": "colorectal", "histology": "adenocarcinoma", "biomarkers": {"KRAS": "positive", "BRAF": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["neuropathic", "mechanical"], "intensity": 6},
        currentMedications={"status": "present", "atc": ["L01BC06", "B01AB10", "N03AX16", "N02AA05", "A06AD65", "A10BA02", "C03CA01"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy=dict(U),
        anticoagulation={"status": "present", "atc": ["B01AB10"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    note="Digestive oncologist, text PDF 2 p.: colorectal KRAS G12D / BRAF wt; bone lesion on evaluation CT; burning + DN4 + walking (neuropathic + mechanical); 8/10 then 6/10; Innohep; Kardégic stopped; zoledronic acid only 'envisagé'; family history; oxaliplatin stopped.",
))

# ---------------------------------------------------------------- ya08
LETTERS.append(dict(
    id="ya08", fmt="txt", date="2026-11-02",
    text="""Docteur Bernard MOUROT
Médecin généraliste
12 rue de la Madeleine
25000 BESANCON
Tél : 03 81 81 27 64

                                        Besançon, le 2 novembre 2026

Chère Consoeur, Cher Confrère,

Je me permets de vous adresser Monsieur VERNIER Lucien, né le 08/12/1944, pour avis de la RCP os, à la demande de son urologue le Dr Sanchez qui est en congés.

Pour rappel, M. Vernier a été opéré en 2019 d'un adénocarcinome de prostate (prostatectomie totale), puis a eu une radiothérapie de la loge en 2021 pour une récidive biologique. Aucune lésion osseuse n'a jamais été irradiée.
Depuis le printemps il se plaint de douleurs de la hanche gauche et du bassin, surtout la nuit, qui l'ont conduit à consulter ; la scintigraphie de juin a montré plusieurs métastases (bassin, fémur gauche, côtes). PSA à 34 ng/ml en octobre (0,8 en janvier).

Il a été mis sous Décapeptyl puis Zytiga avec de la cortisone. Il avait commencé des injections de Xgeva mais elles ont été arrêtées en septembre à cause d'une hypocalcémie sévère.
Il n'a pas d'antiagrégant ni d'anticoagulant.

Traitement actuel (ordonnance du 15/10) :
- DECAPEPTYL LP 11,25 mg une inj. tous les 3 mois
- ZYTIGA 500 mg 2 cp le matin à jeun
- CORTANCYL 5 mg 1 cp matin et soir
- DAFALGAN CODEINE 2 cp 3 fois par jour
- KARDEGIC 75 mg 1/j
- LASILIX 40 1/j
- BISOPROLOL 5 mg 1/j
- IMOVANE 7,5 1 le soir

Il se fatigue vite, passe une bonne partie de la journée au fauteuil (OMS 2). Il vit seul, sa fille passe tous les jours.
Que pensez vous d'une radiothérapie sur la hanche ?

Avec mes remerciements et mes sentiments confraternels.

Dr B. Mourot
""",
    gold=dict(
        patient={"sex": "M", "age": 81},
        primaryTumor={"status": "present", "site": "prostate", "histology": "adenocarcinoma", "biomarkers": {"PSA": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["nocturnal"], "intensity": None},
        currentMedications={"status": "present", "atc": ["L02AE04", "L02BX03", "H02AB07", "N02AJ06", "B01AC06", "C03CA01", "C07AB07", "N05CF01"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "conflicting", "atc": ["B01AC06"]},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note="GP, TXT typed like a Word letter: age from birth date (birthday in December); prostatectomy and prostate-bed RT not bone treatments; Xgeva stopped for hypocalcaemia; 'pas d'antiagrégant' but KARDEGIC on the prescription (conflicting, kept in current meds); Dafalgan codéiné; nocturnal pain without score.",
))

# ---------------------------------------------------------------- ya09
LETTERS.append(dict(
    id="ya09", fmt="docx", date="2026-10-08", author="Gynécologie CHR",
    blocks=[
        "**Centre Hospitalier Régional de la Source — Orléans (fictif)**",
        "Service de Gynécologie et Sénologie — Dr Sophie ARNOULT-BESNIER",
        "Tél. secrétariat : 02 38 74 51 20",
        "",
        "Orléans, le 08/10/2026",
        "",
        "**FICHE DE DEMANDE D'AVIS — RCP OS**",
        "",
        [["Patiente", "Mme TESSIER Aurélie, 48 ans"],
         ["Diagnostic", "Carcinome canalaire infiltrant (NST) du sein gauche, grade 2"],
         ["Récepteurs", "RE 95 %, RP 60 %, HER2 2+ en IHC, FISH non amplifiée"],
         ["Date du diagnostic", "15/09/2026 (microbiopsies)"],
         ["Métastases", "Osseuses exclusives : rachis (D6, L2, L4), sternum, bassin"],
         ["Découverte", "TEP-TDM du bilan initial, 22/09/2026"],
         ["Performance status", "OMS 0"]],
        "",
        "Mme Tessier, 48 ans, 2 enfants, préménopausée, sans antécédent particulier. Sa mère a eu un cancer de l'ovaire à 60 ans ; une consultation d'oncogénétique est programmée.",
        "",
        "Elle consulte pour un nodule du sein gauche découvert à l'autopalpation. Le bilan d'extension systématique retrouve une atteinte osseuse multiple, asymptomatique : la patiente n'a aucune douleur. Pas de lésion à risque fracturaire au scanner selon le radiologue.",
        "",
        "Pas de traitement au long cours avant le diagnostic. Pas d'anticoagulant, pas d'antiagrégant plaquettaire.",
        "",
        "Traitement débuté le 01/10/2026 : Zoladex 3,6 mg tous les 28 jours et létrozole 2,5 mg/j. L'association au palbociclib (Ibrance) débutera après la RCP. Un traitement par dénosumab (Xgeva) sera discuté.",
        "",
        "**Questions :**",
        "- Place d'un traitement local du primitif (chirurgie) dans ce contexte de maladie osseuse exclusive ?",
        "- Indication d'une radiothérapie des lésions rachidiennes ?",
        "",
        "Dr S. Arnoult-Besnier",
    ],
    gold=dict(
        patient={"sex": "F", "age": 48},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma",
                      "biomarkers": {"ER": "positive", "PR": "positive", "HER2": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["L02AE03", "L02BG04"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy=dict(U),
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note="Gynaecologist, DOCX form (key/value table + prose): HER2 2+ FISH non amplified = negative; de novo bone-only disease on initial PET; Ibrance and Xgeva only planned; explicit no anticoagulant/antiplatelet; mother's ovarian cancer.",
))

# ---------------------------------------------------------------- ya10
LETTERS.append(dict(
    id="ya10", fmt="pdf", date="2026-11-09",
    header=[("Centre Hospitalier de Chalon — Site Saint-Cosme (fictif)", 12.5), ("Court séjour gériatrique — Dr Nadine Grosjean", 9.5),
            ("Avenue des Jardins, 71100 Chalon-sur-Saône — 03 85 44 69 02", 8.5)],
    footer="CH Chalon — Court séjour gériatrique — {p}/{n}",
    text="""Chalon-sur-Saône, le 09/11/2026

Objet : Mme MOREAU née PERRAUDIN Germaine, née le 17/04/1937

Chers collègues,

Je sollicite votre avis pour Mme Moreau, 89 ans, hospitalisée dans notre unité depuis le 28/10/2026 pour un syndrome confusionnel en rapport avec une hypercalcémie à 3,12 mmol/L (calcium corrigé), révélatrice de lésions osseuses lytiques multiples (rachis, bassin, crâne) sur le scanner réalisé le 30/10.

Le scanner thoracique montre une masse du lobe inférieur droit de 35 mm, très évocatrice d'un cancer bronchique primitif ; un myélome n'est toutefois pas formellement éliminé (électrophorèse en cours). Aucune biopsie n'a été réalisée compte tenu de l'état général et après discussion avec la famille.

L'hypercalcémie a été corrigée par hydratation et une perfusion unique de Zometa 4 mg le 29/10. Elle ne reçoit pas de traitement anti-résorptif au long cours et aucun n'est prévu à ce stade.

Douleurs : difficiles à évaluer du fait des troubles cognitifs (Algoplus 3/5), manifestes lors des mobilisations et des soins.

Antécédents : ACFA, insuffisance cardiaque, hypothyroïdie, troubles neurocognitifs majeurs (MMS 16/30). GIR 3 avant l'hospitalisation, vit en EHPAD.

Traitement actuel :
Eliquis 2,5 mg x2/j, Lasilix 20 mg/j, Levothyrox 50 µg, Doliprane 1 g x3/j, Oramorph 5 mg avant les soins, Movicol 1/j.
Le Xanax a été arrêté à l'entrée.

OMS 3. Pronostic réservé, espérance de vie estimée à quelques semaines à quelques mois.
Après discussion avec la patiente et sa fille, nous avons retenu une prise en charge en soins de support exclusifs.

Question : une radiothérapie antalgique en séance unique du rachis lombaire est-elle envisageable et raisonnable ?

Dr N. Grosjean, gériatre""",
    gold=dict(
        patient={"sex": "F", "age": 89},
        primaryTumor={"status": "uncertain", "site": "lung", "histology": None, "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["hypercalcemia"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": None},
        currentMedications={"status": "present", "atc": ["B01AF02", "C03CA01", "H03AA01", "N02BE01", "N02AA01", "A06AD65"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AF02"]},
        antiplatelets=dict(U),
        prognosis={"status": "present", "ecog": 3},
        therapeuticProject={"status": "present", "intent": "supportive"},
    ),
    note="Geriatrician, text PDF 1 p.: primary only probable (lung vs myeloma, no biopsy: uncertain); hypercalcaemia as circumstance; single Zometa infusion + 'pas de traitement osseux au long cours' (absent); Algoplus score not NRS/VAS (intensity null); Xanax stopped; best supportive care.",
))

# ---------------------------------------------------------------- ya11
LETTERS.append(dict(
    id="ya11", fmt="docx", date="2026-10-27", author="Dr F. Cuenot",
    blocks=[
        "**HÔPITAL JEAN-MINJOZ-EST (fictif) — ONCOLOGIE MÉDICALE**",
        "Dr François CUENOT — 8 rue du Tilleul, 25030 Besançon Cedex — Tél. 03 81 21 86 33",
        "",
        "Besançon, le 27 octobre 2026",
        "",
        "**Compte rendu de consultation / demande d'inscription RCP métastases osseuses**",
        "",
        "Patient : M. HUMBERT Olivier, 58 ans, chef d'entreprise, marié, 3 enfants.",
        "",
        "**Diagnostic** : carcinome rénal à cellules claires du rein droit, grade ISUP 3, métastatique osseux et ganglionnaire. Risque intermédiaire IMDC.",
        "",
        "**Histoire** : la maladie a été révélée par une fracture pathologique du col fémoral droit le 12/07/2026 lors d'une chute de sa hauteur, traitée par arthroplastie totale de hanche le 14/07/2026 (Pr Lhomme). L'anatomopathologie de la pièce a conduit au diagnostic. Néphrectomie non réalisée. Scanner de réévaluation : deux autres lésions (D12 et 7e côte gauche) et adénopathies rétropéritonéales.",
        "",
        "**Traitement oncologique** : cabozantinib (Cabometyx) 40 mg/j + nivolumab (Opdivo) 480 mg toutes les 4 semaines depuis le 10/08/2026. Tolérance correcte (syndrome mains-pieds grade 1, hypothyroïdie substituée).",
        "Dénosumab (Xgeva) 120 mg SC toutes les 4 semaines depuis août.",
        "",
        "**Autres traitements** : Triatec 5 mg, amlodipine 10 mg, Levothyrox 50, Inexium 20, Calciprat D3 1/j. Le Lovenox préventif prescrit après la prothèse a été arrêté à 5 semaines.",
        "",
        "**Clinique** : pas de douleur au repos ; douleur de hanche droite à la marche prolongée, EN 3/10. Pas de douleur dorsale. IK 80 %.",
        "",
        "**Question** : une radiothérapie de consolidation du fémur opéré et de D12 est-elle indiquée ? Le patient demande si une néphrectomie reste possible.",
        "",
        "Dr F. Cuenot",
    ],
    gold=dict(
        patient={"sex": "M", "age": 58},
        primaryTumor={"status": "present", "site": "kidney", "histology": "clear_cell_carcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["L01EX07", "L01FF01", "M05BX04", "C09AA05", "H03AA01", "A02BC05", "A12AX"]},
        priorLocalTreatments={"status": "present", "types": ["surgery"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets=dict(U),
        prognosis={"status": "present", "kps": 80},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note="Oncologist, DOCX consultation report: pathological femoral-neck fracture with arthroplasty (surgery); cabozantinib + nivolumab current; Xgeva current; preventive Lovenox stopped (anticoagulation absent); Karnofsky only; nephrectomy only asked.",
))

# ---------------------------------------------------------------- ya12
LETTERS.append(dict(
    id="ya12", fmt="pdf", date="2026-11-16",
    header=[("Centre Hospitalier de l'Orléanais — Pneumologie (fictif)", 12.5), ("Dr Xavier Delaunay — Unité d'oncologie thoracique", 9.5),
            ("1 rue Porte-Madeleine, 45000 Orléans — 02 38 61 33 75", 8.5)],
    footer="CHO Pneumologie — {p}/{n}",
    text="""Orléans, le 16/11/2026

RCP métastases osseuses — inscription

M. CHARPENTIER Daniel, né le 25/05/1961.
CBPC (carcinome bronchique à petites cellules) diagnostiqué le 30/10/2026, stade étendu : lésions osseuses multiples découvertes au bilan d'extension (TEP du 05/11/2026), rachis et bassin, sans épidurite à l'IRM.
Pas de douleur. PS 1.
Traitement personnel non communiqué (patient hospitalisé en urgence, ordonnance non disponible).
Projet : chimio-immunothérapie carboplatine-étoposide-atézolizumab, C1 le 20/11/2026.
Question : faut-il irradier préventivement les lésions rachidiennes ? Traitement anti-résorptif ?

Dr X. Delaunay""",
    gold=dict(
        patient={"sex": "M", "age": 65},
        primaryTumor={"status": "present", "site": "lung", "histology": "small_cell_carcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "unknown", "atc": []},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy=dict(U),
        anticoagulation=dict(U),
        antiplatelets=dict(U),
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    note="Pneumologist, short text PDF: medications 'non communiqué' (unknown); chemo-immunotherapy planned from 20/11 (decided plan: project present, drugs not current); age from birth date; nothing on anticoagulation or bone therapy.",
))
