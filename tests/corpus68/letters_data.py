# -*- coding: utf-8 -*-
"""Letters of corpus68 (EHR exports) and their gold values (gaps derived in make_letters.py)."""

def H(t): return ("h", t)
def P(t): return ("p", t)
def KV(k, v): return ("kv", k, v)
def T(cols, rows, widths=None): return ("t", cols, rows, widths or [483 // len(cols)] * len(cols))
PB = ("pb",)
SP = ("sp",)

LETTERS = []

# ---------------------------------------------------------------- zzp01
LETTERS.append(dict(
    id="zzp01", fmt="pdf", date="2025-10-02", birth="1958-03-14",
    header=["CENTRE HOSPITALIER DE VAL-DE-BREME - Service de Pneumologie (Pr A. Kerlidou)",
            "M. LEMARCHAND Gérard - Né le 14/03/1958 - IPP 20045871 - Séjour 251874402"],
    footer="Document édité le 02/10/2025 par DxEdit - Confidentiel - LEMARCHAND Gérard IPP 20045871",
    blocks=[
        P("COMPTE RENDU D'HOSPITALISATION"),
        KV("Date d'entrée", "22/09/2025"), KV("Date de sortie", "01/10/2025"),
        KV("Médecin traitant", "Dr Pascale Heurtebise, 4 rue des Tanneurs, 29870 Lannilis"),
        KV("Destinataire", "Secrétariat RCP métastases osseuses, Institut Finistérien du Cancer"),
        H("Motif d'hospitalisation"),
        P("Bilan et prise en charge antalgique de lombalgies révélant un adénocarcinome pulmonaire métastatique."),
        H("Antécédents médicaux"),
        P("- Tabagisme sevré en 2010 (35 PA). - Cardiopathie ischémique, stent IVA 2017. - Dyslipidémie. "
          "- Thrombopénie induite à l'héparine en 2017 lors de l'angioplastie."),
        H("Antécédents chirurgicaux"),
        P("Appendicectomie dans l'enfance. Cure de hernie inguinale droite 2004."),
        H("Antécédents familiaux"),
        P("Père décédé d'un cancer bronchique à 71 ans. Frère traité par radiothérapie pour un cancer ORL."),
        H("Allergies"),
        P("ALLERGIE A L'HEPARINE (TIH 2017) - Héparine et HBPM contre-indiquées."),
        H("Traitement à l'entrée"),
        T(["Médicament", "Posologie", "Commentaire"],
          [["KARDEGIC 75 mg", "1/j", ""], ["TAHOR 40 mg", "1 le soir", ""],
           ["DOLIPRANE 1 g", "1 x 3/j si douleur", "automédication"]], [200, 140, 143]),
        H("Histoire de la maladie"),
        P("Patient de 67 ans adressé par son médecin traitant pour des lombalgies évoluant depuis juillet 2025, "
          "d'horaire mécanique, aggravées à la marche et à la station debout prolongée, résistantes au paracétamol. "
          "L'IRM lombaire du 12/09/2025 retrouve une lésion lytique du corps vertébral de L3 sans épidurite ni "
          "recul du mur postérieur. Le scanner TAP montre une masse lobaire supérieure droite de 34 mm avec "
          "adénopathies médiastinales, des lésions osseuses L3, de l'aile iliaque gauche et de 2 côtes."),
        P("Biopsie bronchique le 24/09/2025 : adénocarcinome pulmonaire TTF1+. Biologie moléculaire : mutation "
          "EGFR délétion exon 19, absence de réarrangement ALK ni ROS1. PD-L1 : 5 % des cellules tumorales."),
        PB,
        H("Examen clinique"),
        P("Poids 71 kg. TA 132/78. Apyrétique. Douleur à la palpation des épineuses lombaires. Pas de déficit "
          "sensitivo-moteur des membres inférieurs, ROT présents et symétriques. Etat général conservé, PS OMS 1."),
        H("Examens complémentaires"),
        T(["Examen", "Date", "Résultat"],
          [["IRM rachis lombaire", "12/09/2025", "Lyse corporéale L3, pas d'épidurite"],
           ["TDM TAP", "19/09/2025", "Masse LSD 34 mm, lésions osseuses L3, iliaque G, arcs costaux"],
           ["Calcémie corrigée", "23/09/2025", "2,41 mmol/l"],
           ["Fibroscopie bronchique", "24/09/2025", "Bourgeon LSD, biopsies"]], [150, 90, 243]),
        H("Evolution dans le service"),
        P("Douleur évaluée à EVA 5/10 à l'entrée. Introduction d'un traitement morphinique LP permettant une "
          "EVA à 3/10 à la sortie, sans réveil nocturne. Radiothérapie antalgique de L3 (20 Gy en 5 fractions) "
          "débutée le 29/09/2025, en cours, 3 séances réalisées, fin prévue le 03/10. Osimertinib (Tagrisso) "
          "débuté le 26/09/2025, bien toléré. Un traitement par dénosumab (Xgeva) sera discuté après le bilan "
          "bucco-dentaire. Pas de traitement anticoagulant (ATCD de TIH) ; aspirine poursuivie."),
        H("Traitement de sortie"),
        T(["Médicament", "Posologie", "Durée"],
          [["TAGRISSO 80 mg", "1 cp le matin", "à poursuivre"],
           ["KARDEGIC 75 mg", "1 sachet/j", "à poursuivre"],
           ["TAHOR 40 mg", "1 le soir", "à poursuivre"],
           ["SKENAN LP 30 mg", "1 matin et soir", "1 mois"],
           ["ACTISKENAN 10 mg", "1 si douleur, max 4/j", "1 mois"],
           ["DOLIPRANE 1 g", "1 x 3/j", "1 mois"],
           ["FORLAX 10 g", "1 sachet/j", "tant que morphine"]], [200, 140, 143]),
        H("Conclusion"),
        P("Adénocarcinome pulmonaire EGFR muté stade IV (os) chez un patient OMS 1. Osimertinib en 1re ligne. "
          "RT antalgique L3 en cours. Dossier présenté en RCP métastases osseuses : indication d'une "
          "cimentoplastie de L3 et d'un traitement anti-résorptif ?"),
        P("Dr Yannick Le Bihan, Chef de clinique - Pneumologie. Tél 02 98 00 41 17"),
    ],
    gold=dict(
        patient={"sex": "M", "age": 67},
        primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma",
                      "biomarkers": {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["L01EB04", "B01AC06", "C10AA05", "N02AA01", "N02BE01", "A06AD15"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "present", "atc": ["B01AC06"]},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    notes="DxCare-like 2-page hospital report; entry vs discharge drug tables; heparin allergy (TIH) must not become an anticoagulant; pain 5/10 at entry, 3/10 at discharge; RT in progress counts; Xgeva only to be discussed; 'sans réveil nocturne' denies nocturnal; father's lung cancer, brother's RT are family history",
))

# ---------------------------------------------------------------- zzp02
LETTERS.append(dict(
    id="zzp02", fmt="docx", date="2025-09-08",
    header=["Hôpital Saint-Aurélien de Mérignac-les-Pins - Rhumatologie", "Patient(e) : Mme GRANDCOLAS Odile, 72 ans - N° dossier 0788412 - UF 4120"],
    footer="Lettre de sortie - GRANDCOLAS Odile - N° dossier 0788412 - imprimé le 08/09/2025",
    blocks=[
        P("LETTRE DE SORTIE"),
        KV("Séjour", "du 18/08/2025 au 05/09/2025"), KV("Rédigée par", "Dr Sandrine Vaulabelle, rhumatologue"),
        H("Motif"),
        P("Fracture pathologique du col fémoral droit sur métastase osseuse d'un cancer du sein."),
        H("Antécédents"),
        P("Médicaux : carcinome lobulaire infiltrant du sein gauche diagnostiqué en 2014, RE 90 %, RP 40 %, HER2 "
          "négatif (score 1+), traité par tumorectomie, radiothérapie mammaire et hormonothérapie par tamoxifène "
          "5 ans. Ostéoporose traitée par Fosamax de 2016 à 2021 (arrêté). Fibrillation atriale paroxystique "
          "depuis 2019 sous AVK (Préviscan). Hypothyroïdie."),
        P("Chirurgicaux : tumorectomie + ganglion sentinelle 2014. Cholécystectomie 1998."),
        P("Familiaux : mère et tante maternelle : cancer du sein."),
        H("Allergies"), P("Aucune allergie connue."),
        H("Histoire de la maladie"),
        P("Chute de sa hauteur le 12/08/2025 avec impotence fonctionnelle. La radiographie retrouve une fracture "
          "cervicale vraie du fémur droit sur une lésion lytique. Le bilan (TEP-TDM du 21/08/2025) montre de "
          "multiples lésions osseuses (bassin, rachis dorsal, côtes) sans atteinte viscérale. La biospie "
          "peropératoire confirme une métastase d'un carcinome lobulaire, RE+, RP+, HER2 négatif."),
        P("Prise en charge chirurgicale le 19/08/2025 : prothèse totale de hanche droite cimentée (Dr Abgrall). "
          "Pendant le séjour le Préviscan a été arrêté et relayé par Lovenox, puis par Eliquis à dose curative."),
        H("Examen clinique de sortie"),
        P("Cicatrice propre. Marche avec déambulateur. Douleurs résiduelles de hanche à la mobilisation et à "
          "l'appui, EN 2/10. Pas de douleur rachidienne. OMS 2 (autonomie limitée par la chirurgie)."),
        H("Traitement à l'entrée"),
        T(["Traitement", "Posologie"], [["Préviscan 20 mg", "3/4 cp le soir (INR cible 2-3)"], ["Levothyrox 75 µg", "1/j"]]),
        H("Traitement de sortie"),
        T(["Traitement", "Posologie", "Remarque"],
          [["Eliquis 5 mg", "1 matin et soir", "remplace Préviscan (arrêté)"],
           ["Femara 2,5 mg", "1 cp/j", "débuté le 28/08/2025"],
           ["Levothyrox 75 µg", "1/j à jeun", ""],
           ["Doliprane 1 g", "1 x 3/j", ""],
           ["Cacit D3 1000 mg/880 UI", "1 sachet/j", ""],
           ["Lovenox 4000 UI", "ARRÊTÉ le 02/09", "relais Eliquis"]]),
        H("Conclusion"),
        P("Récidive osseuse multiple d'un carcinome lobulaire du sein RH+ HER2-, révélée par une fracture "
          "pathologique du col fémoral opérée par PTH. Hormonothérapie par létrozole débutée ; l'ajout d'un "
          "inhibiteur de CDK4/6 sera discuté par l'oncologue. Pas de traitement anti-résorptif en cours : "
          "acide zolédronique (Zometa) à débuter après avis dentaire."),
        P("Question à la RCP : radiothérapie post-opératoire de la hanche ? prise en charge des lésions du rachis dorsal ?"),
    ],
    gold=dict(
        patient={"sex": "F", "age": 72},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_lobular_carcinoma",
                      "biomarkers": {"ER": "positive", "PR": "positive", "HER2": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 2},
        currentMedications={"status": "present", "atc": ["B01AF02", "L02BG04", "H03AA01", "N02BE01", "A12AX"]},
        priorLocalTreatments={"status": "present", "types": ["surgery"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AF02"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": None},
    ),
    notes="Orbis-like discharge letter (DOCX); Préviscan and Lovenox stopped, Eliquis current; Fosamax stopped 2021, Zometa planned -> bone therapy absent ('Pas de traitement anti-résorptif en cours'); breast RT/tumorectomy are not bone treatments; mother's breast cancer",
))

# ---------------------------------------------------------------- zzp03
LETTERS.append(dict(
    id="zzp03", fmt="pdf", date="2025-11-21", birth="1949-11-30",
    header=["Clinique Urologique du Parc Beauséjour - Dossier Easily", "PATIENT : M. DUCLOSEL Maurice  |  Né le 30/11/1949  |  IPP 5521983  |  Consultation du 21/11/2025"],
    footer="DUCLOSEL Maurice - IPP 5521983 - Compte rendu de consultation - Dr Th. Vasseur-Mollet",
    blocks=[
        P("COMPTE RENDU DE CONSULTATION D'UROLOGIE"),
        KV("Motif", "Annonce et suite de prise en charge - cancer de prostate métastatique osseux"),
        KV("Adressé par", "Dr Lionel Fraysse (MG, Sainte-Orne)"),
        KV("Copie", "RCP Métastases osseuses - CHU de Brévannes"),
        H("Antécédents médicaux"),
        P("HTA. Diabète de type 2 non insulino-requérant. Ostéoporose densitométrique traitée par Prolia de 2019 "
          "à 2023, arrêté depuis 2 ans. AOMI stade II (Kardégic)."),
        H("Antécédents chirurgicaux"),
        P("Prothèse totale du genou gauche (2015). RTUP pour HBP en 2012."),
        H("Antécédents familiaux"),
        P("Frère : cancer de la prostate à 68 ans traité par radiothérapie. Père : diabète."),
        H("Allergies"), P("Iode (urticaire)."),
        H("Histoire de la maladie"),
        P("Découverte en août 2025 d'un PSA à 87 ng/ml lors d'un bilan systématique. Biopsies prostatiques du "
          "02/09/2025 : adénocarcinome prostatique acinaire, score de Gleason 8 (4+4), ISUP 4, 10/12 biopsies "
          "positives. Le bilan d'extension (scintigraphie osseuse du 15/09/2025 puis TEP-PSMA du 24/09/2025) "
          "montre des lésions osseuses multiples : rachis, bassin, côtes, sans atteinte viscérale. Pas de lésion "
          "menaçante sur le plan fracturaire ni neurologique."),
        P("Mise en route d'une suppression androgénique par Eligard 45 mg (1re injection le 10/10/2025, après "
          "7 jours de Casodex) et d'apalutamide (Erleada 240 mg/j) depuis le 17/10/2025."),
        H("Examen clinique"),
        P("Patient en bon état général, OMS 0, 82 kg. Pas de douleur osseuse, en particulier rachidienne ou "
          "pelvienne. Examen neurologique normal. TR : prostate dure, pierreuse."),
        PB,
        H("Examens complémentaires"),
        T(["Date", "Examen", "Résultat"],
          [["08/2025", "PSA total", "87 ng/ml"], ["19/11/2025", "PSA total", "12,4 ng/ml"],
           ["19/11/2025", "Testostérone", "0,18 ng/ml"], ["19/11/2025", "Calcémie", "2,33 mmol/l"],
           ["19/11/2025", "Créatinine / DFG", "88 µmol/l / 74 ml/min"]], [90, 150, 243]),
        H("Traitement actuel"),
        T(["Spécialité", "DCI", "Posologie"],
          [["ELIGARD 45 mg", "leuproréline", "1 inj SC / 6 mois"], ["ERLEADA 60 mg", "apalutamide", "4 cp/j"],
           ["KARDEGIC 75 mg", "aspirine", "1/j"], ["TRIATEC 5 mg", "ramipril", "1/j"],
           ["GLUCOPHAGE 1000 mg", "metformine", "1 matin et soir"]], [150, 150, 183]),
        P("Anticoagulant : aucun.   Traitement anti-résorptif osseux : aucun actuellement (Prolia arrêté en 2023)."),
        H("Conclusion"),
        P("Cancer de la prostate métastatique osseux de haut volume, hormonosensible, en bonne réponse "
          "biologique sous Eligard + Erleada. Le patient n'a jamais été irradié ni opéré sur le plan osseux. "
          "Demande d'avis RCP métastases osseuses : intérêt d'un traitement par dénosumab (Xgeva) compte tenu "
          "de l'ATCD d'ostéoporose ? Bilan dentaire demandé."),
        P("Dr Thibault Vasseur-Mollet - Urologue - 01 64 00 23 90"),
    ],
    gold=dict(
        patient={"sex": "M", "age": 75},
        primaryTumor={"status": "present", "site": "prostate", "histology": "adenocarcinoma", "biomarkers": {"PSA": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["L02AE02", "L02BB05", "B01AC06", "C09AA05", "A10BA02"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "present", "atc": ["B01AC06"]},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
    ),
    notes="Easily-like 2-page urology consultation; birth date only, birthday 9 days after the letter (75); Prolia stopped 2023 and Xgeva only asked -> absent; Casodex one-off flare cover (not in ATC table); knee arthroplasty and TURP are not bone-metastasis treatments; brother's prostate RT is family history; two PSA values (both above normal)",
))

# ---------------------------------------------------------------- zzp04
LETTERS.append(dict(
    id="zzp04", fmt="docx", date="2025-10-14",
    header=["Groupe Hospitalier Nord-Loire - Oncologie médicale - ORBIS", "M. TASSIGNY Régis - 58 ans - IEP 300912745 - Date : 14/10/2025"],
    footer="TASSIGNY Régis - IEP 300912745 - Consultation d'oncologie - page 1",
    blocks=[
        P("COMPTE-RENDU DE CONSULTATION - ONCOLOGIE MEDICALE"),
        KV("Consultant", "Dr Hélène Marchadier"), KV("Motif", "Suivi cancer du rein métastatique - douleurs fessières"),
        H("Antécédents"),
        P("Médicaux : HTA ; embolie pulmonaire en 2023 ; lithiase rénale gauche récidivante. Chirurgicaux : "
          "néphrectomie élargie droite en avril 2025. Familiaux : RAS. Allergies : aucune."),
        H("Histoire oncologique"),
        P("Carcinome rénal à cellules claires droit, grade ISUP 3, découvert en mars 2025. La lésion lytique de "
          "l'aile iliaque gauche a été découverte en mars 2025 sur le scanner abdominal réalisé pour une colique "
          "néphrétique gauche. Néphrectomie élargie droite le 10/04/2025. 1re ligne par sunitinib (Sutent) de "
          "mai à août 2025, arrêtée pour progression osseuse et toxicité cutanée. Radiothérapie stéréotaxique de "
          "l'aile iliaque gauche 3 x 9 Gy en juin 2025. Cabozantinib 40 mg/j depuis le 01/09/2025. Xgeva "
          "120 mg SC toutes les 4 semaines depuis mai 2025, dernière injection le 29/09/2025."),
        H("Traitement habituel (importé du dossier)"),
        T(["Médicament", "Posologie"],
          [["CABOMETYX 40 mg", "1 cp/j"], ["XGEVA 120 mg", "1 inj/4 sem"], ["XARELTO 20 mg", "1/j"],
           ["LYRICA 75 mg", "1 matin et soir"], ["OXYCONTIN LP 20 mg", "1 matin et soir"],
           ["OXYNORMORO 5 mg", "si besoin"], ["INEXIUM 20 mg", "1/j"], ["AMLOR 5 mg", "1/j"]]),
        H("Examen clinique"),
        P("PS 1. Poids 76 kg (-4 kg). Douleurs fessières gauches irradiant a la face postérieure de la cuisse, "
          "à type de brûlures et de décharges, DN4 à 5/10, EN 6/10 malgré l'oxycodone. Pas de déficit moteur."),
        H("Examens"),
        P("TDM TAP du 06/10/2025 : stabilité des lésions pulmonaires, majoration de l'ostéolyse iliaque gauche "
          "avec extension aux parties molles au contact du foramen sacré S1."),
        H("Conclusion"),
        P("Carcinome rénal à cellules claires métastatique (os, poumon), 2e ligne palliative par cabozantinib. "
          "Douleur neuropathique sur progression iliaque après SBRT. Pas de traitement anticoagulant. "
          "Poursuite du dénosumab."),
        P("Question RCP : ré-irradiation ? cimentoplastie / radiofréquence de l'aile iliaque ?"),
        P("Dr H. Marchadier"),
    ],
    gold=dict(
        patient={"sex": "M", "age": 58},
        primaryTumor={"status": "present", "site": "kidney", "histology": "clear_cell_carcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["incidental_imaging"], "dated": True},
        pain={"status": "present", "types": ["neuropathic"], "intensity": 6},
        currentMedications={"status": "present", "atc": ["L01EX07", "M05BX04", "B01AF01", "N03AX16", "N02AA05", "A02BC05"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "conflicting", "atc": ["B01AF01"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    notes="Orbis consultation (DOCX); Xarelto in the imported drug table vs 'Pas de traitement anticoagulant' in the conclusion (conflicting, kept in current meds); sunitinib stopped; incidental discovery on CT for renal colic; DN4 5/10 vs EN 6/10; ablation/cementoplasty only asked; Amlor not in the ATC table",
))

# ---------------------------------------------------------------- zzp05
LETTERS.append(dict(
    id="zzp05", fmt="pdf", date="2025-09-15", birth="1961-06-07",
    header=["CHU de Saint-Ferréol - Pôle Thorax - Pneumologie oncologique - DxCare", "Mme PELLETANCHE Martine  née le 07/06/1961  IPP 1100487320  NDA 25093311"],
    footer="Mme PELLETANCHE Martine - IPP 1100487320 - CRH Pneumologie - validé le 15/09/2025",
    blocks=[
        P("COMPTE RENDU D'HOSPITALISATION"),
        KV("Hospitalisation", "du 28/08/2025 au 15/09/2025 (Neurochirurgie puis Pneumologie)"),
        KV("Médecin responsable", "Dr Gaëlle Quintric"),
        H("Motif d'hospitalisation"),
        P("Paraparésie d'installation rapide révélant une compression médullaire dorsale métastatique."),
        H("Antécédents"),
        P("Médicaux : tabagisme actif 40 PA ; BPCO stade 2 ; syndrome dépressif. Chirurgicaux : hystérectomie "
          "(1999). Familiaux : mère traitée pour un cancer du sein (radiothérapie + chirurgie). "
          "Allergies : ASPIRINE (oedème de Quincke)."),
        H("Histoire de la maladie"),
        P("Le 27/08/2025, apparition brutale d'une faiblesse des "
          "membres inférieurs avec troubles sphinctériens, sans plainte douloureuse antérieure. L'IRM médullaire du 28/08/2025 montre une épidurite "
          "compressive T8 sur lyse vertébrale. Laminectomie décompressive T7-T9 avec ostéosynthèse T6-T10 le "
          "29/08/2025 (Dr Morvézen). Le scanner TAP montre une masse hilaire gauche avec adénopathies, des lésions "
          "hépatiques et osseuses multiples. Biopsie de l'épidurite : carcinome neuroendocrine à petites "
          "cellules, TTF1+, synaptophysine+, Ki67 80 %."),
        H("Evolution"),
        P("Récupération motrice partielle (marche avec aide) .. Radiothérapie post-opératoire T6-T10 (20 Gy en 5 "
          "fractions) débutée le 08/09/2025, en cours. 1re cure de carboplatine-étoposide-atézolizumab le "
          "10/09/2025. Douleurs : EVA 7/10 à l'admission, radiculalgies intercostales en ceinture avec "
          "sensations de brûlures ; à la sortie EVA 2/10 sous traitement."),
        PB,
        H("Examen clinique de sortie"),
        P("PS 2. Force 4/5 aux membres inférieurs, sondage urinaire retiré. Cicatrice dorsale propre."),
        H("Traitement de sortie"),
        T(["Médicament", "Posologie", "Commentaire"],
          [["DECTANCYL 4 mg", "1 cp/j", "décroissance sur 10 j"],
           ["LOVENOX 4000 UI", "1 inj SC/j", "prévention, 6 semaines"],
           ["NEURONTIN 300 mg", "1 x 3/j", ""],
           ["DOLIPRANE 1 g", "1 x 4/j", ""],
           ["INEXIUM 20 mg", "1/j", "tant que corticoïdes"],
           ["SERETIDE 500", "1 inh x 2/j", ""],
           ["Chimio-immunothérapie", "carboplatine AUC5 J1 + étoposide J1-J3 + atézolizumab J1", "C2 prévue le 01/10"]],
          [150, 190, 143]),
        P("Pas de traitement anti-résorptif à ce jour : Xgeva prévu après le bilan dentaire. Pas "
          "d'antiagrégant (allergie)."),
        H("Conclusion"),
        P("CBPC stade étendu (os, foie) révélé par une compression médullaire T8 opérée et en cours "
          "d'irradiation. Présentation en RCP métastases osseuses pour la stratégie sur les autres lésions "
          "osseuses (L2, aile iliaque droite) et la place du dénosumab."),
        P("Dr G. Quintric - Pneumologie - poste 4 48 21"),
    ],
    gold=dict(
        patient={"sex": "F", "age": 64},
        primaryTumor={"status": "present", "site": "lung", "histology": "small_cell_carcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["neurological_deficit"], "dated": True},
        pain={"status": "present", "types": ["neuropathic"], "intensity": 2},
        currentMedications={"status": "present", "atc": ["H02AB02", "B01AB05", "N03AX12", "N02BE01", "A02BC05",
                                                         "L01XA02", "L01CB01", "L01FF05"]},
        priorLocalTreatments={"status": "present", "types": ["surgery", "radiotherapy"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AB05"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": None},
    ),
    notes="DxCare 2-page CRH; cord compression (neurological deficit) with no prior pain; decompression + fixation and RT in progress; current chemo-immunotherapy cycle in the table; aspirin only as allergy, 'Pas d'antiagrégant'; EVA 7 then 2; Xgeva planned with explicit 'Pas de traitement anti-résorptif à ce jour'; mother's RT is family history",
))

# ---------------------------------------------------------------- zzp06
LETTERS.append(dict(
    id="zzp06", fmt="docx", date="2025-11-03",
    header=["Institut de Cancérologie Rhône-Vallée - Dossier Easily", "Mme BOUVERESSE Claire - 49 ans - IPP 7003145 - Oncologie sénologie"],
    footer="BOUVERESSE Claire - IPP 7003145 - Lettre de liaison - Dr M. Ansquer",
    blocks=[
        P("LETTRE DE LIAISON - HOPITAL DE JOUR D'ONCOLOGIE"),
        KV("Date", "03/11/2025"), KV("Médecin", "Dr Mathilde Ansquer, oncologue médicale"),
        KV("Destinataires", "Dr Bruno Caradec (MT) ; RCP métastases osseuses"),
        H("Antécédents"),
        P("Médicaux : thrombose veineuse profonde du membre inférieur gauche en 2019, traitée 6 mois par "
          "Xarelto, arrêté depuis. Migraine. Chirurgicaux : césarienne 2008. Familiaux : père, cancer colique. "
          "Allergies : pénicilline."),
        H("Histoire de la maladie"),
        P("Carcinome canalaire infiltrant (NST) du sein droit, grade 3, RE 0 %, RP 0 %, HER2 3+, découvert en "
          "mars 2025 devant un nodule. La TEP-TDM du bilan initial (20/03/2025) montre d'emblée des lésions "
          "osseuses du sternum, de T11 et du sacrum, asymptomatiques. Traitement de 1re ligne par docétaxel-"
          "trastuzumab-pertuzumab : 6 cures de docétaxel (arrêt le 15/07/2025), puis poursuite de la double "
          "anti-HER2 Herceptin + Perjeta toutes les 3 semaines (dernière le 27/10/2025). Dénosumab Xgeva "
          "120 mg toutes les 4 semaines depuis avril 2025, espacé toutes les 12 semaines depuis septembre."),
        H("Examen clinique"),
        P("OMS 0. Aucune douleur, EVA 0/10. Examen sénologique : nette régression du nodule."),
        H("Examens complémentaires"),
        P("TEP-TDM du 21/10/2025 : réponse métabolique complète mammaire et ganglionnaire ; les lésions "
          "osseuses sont condensées, non hypermétaboliques. FEVG 61 %."),
        H("Traitement en cours"),
        T(["Traitement", "Modalités"],
          [["Herceptin (trastuzumab)", "SC 600 mg / 21 j"], ["Perjeta (pertuzumab)", "420 mg IV / 21 j"],
           ["Xgeva (dénosumab)", "120 mg SC / 12 sem"], ["Calciprat D3", "1 cp/j"],
           ["Imigrane 50 mg", "si migraine"]]),
        P("Pas d'anticoagulant ni d'antiagrégant plaquettaire."),
        H("Conclusion"),
        P("Cancer du sein HER2+ métastatique osseux d'emblée, en réponse complète métabolique. La patiente "
          "n'a reçu aucune radiothérapie ni chirurgie osseuse. Question posée à la RCP : place d'un traitement "
          "local (radiothérapie stéréotaxique des 3 sites, chirurgie mammaire) dans une stratégie à visée "
          "curative de maladie oligométastatique ?"),
    ],
    gold=dict(
        patient={"sex": "F", "age": 49},
        primaryTumor={"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma",
                      "biomarkers": {"ER": "negative", "PR": "negative", "HER2": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": 0},
        currentMedications={"status": "present", "atc": ["L01FD01", "L01FD02", "M05BX04", "A12AX"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
    ),
    notes="Easily liaison letter (DOCX); docetaxel stopped, trastuzumab + pertuzumab current; old Xarelto for DVT stopped; explicit 'Pas d'anticoagulant ni d'antiagrégant'; curative intent only asked as a question (intent null); asymptomatic lesions found at initial staging; EVA 0",
))

# ---------------------------------------------------------------- zzp07
LETTERS.append(dict(
    id="zzp07", fmt="pdf", date="2025-11-10", birth="1955-01-22",
    header=["Hôpital Privé de la Côte d'Opale - Hépato-gastro-entérologie et oncologie digestive",
            "Patient : M. VANDERSTRAETEN Joël  (né le 22/01/1955)  -  IPP 00432187  -  Venue n° 2511004"],
    footer="VANDERSTRAETEN Joël - IPP 00432187 - Courrier de consultation du 10/11/2025 - Dr C. Lefebvre-Dhuicq",
    blocks=[
        P("Objet : demande d'avis RCP métastases osseuses"),
        P("Cher confrère, je vous adresse M. Vanderstraeten, 70 ans, que je suis pour un adénocarcinome du "
          "côlon sigmoïde métastatique."),
        H("Antécédents médicaux et chirurgicaux"),
        P("- HTA, insuffisance cardiaque à FEVG préservée. - Embolie pulmonaire bilatérale le 18/06/2025 "
          "(cancer-associée). - Colectomie sigmoïdienne + curage en 2022 (pT3N1), chimiothérapie adjuvante "
          "FOLFOX 6 mois. - Cholécystectomie."),
        H("Antécédents familiaux"),
        P("Père : cancer de la prostate. Soeur : polypes coliques."),
        H("Allergies"), P("Pas d'allergie connue."),
        H("Histoire de la maladie"),
        P("Récidive hépatique et pulmonaire en mars 2025 traitée par FOLFOX-bevacizumab. Hospitalisé en aout "
          "2025 pour confusion : hypercalcémie à 3,12 mmol/l révélant des lésions lytiques multiples "
          "(rachis lombaire, bassin, fémur gauche). La calcémie s'est normalisée après hydratation et une "
          "perfusion unique de Zometa 4 mg le 14/08/2025. Il n'y a pas eu de traitement anti-résorptif au long "
          "cours depuis. Progression : 2e ligne FOLFIRI-bevacizumab depuis le 01/09/2025 (C5 le 03/11/2025)."),
        P("Biologie moléculaire (2022) : mutation KRAS G12D, BRAF non muté (sauvage), statut MSS."),
        PB,
        H("Examen clinique"),
        P("OMS 1. Le patient ne décrit aucune douleur osseuse, y compris à la marche. Pas de déficit."),
        H("Traitement actuel"),
        T(["Médicament", "Posologie", "Statut"],
          [["FOLFIRI + bevacizumab", "J1 = J15", "en cours (2e ligne)"],
           ["FRAGMINE 15 000 UI", "1 inj SC/j", "depuis l'EP de juin 2025"],
           ["KARDEGIC 75 mg", "-", "ARRETE le 18/06/2025 (relais Fragmine)"],
           ["CARDENSIEL 2,5 mg", "1/j", ""],
           ["LASILIX 20 mg", "1/j", ""],
           ["MOPRAL 20 mg", "1/j", ""],
           ["ZOMETA 4 mg", "dose unique 14/08/2025", "non renouvelé"]], [160, 140, 183]),
        H("Conclusion"),
        P("Adénocarcinome colique KRAS muté en 2e ligne de chimiothérapie palliative, avec métastases osseuses "
          "lytiques découvertes sur une hypercalcémie. Lésion du col fémoral gauche à risque fracturaire "
          "(score de Mirels 9) non traitée à ce jour. Questions : ostéosynthèse préventive ? radiothérapie ? "
          "dénosumab au long cours ?"),
        P("Confraternellement, Dr Capucine Lefebvre-Dhuicq - 03 21 00 87 45"),
    ],
    gold=dict(
        patient={"sex": "M", "age": 70},
        primaryTumor={"status": "present", "site": "colorectal", "histology": "adenocarcinoma",
                      "biomarkers": {"KRAS": "positive", "BRAF": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["hypercalcemia"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["B01AB04", "C07AB07", "C03CA01", "A02BC01"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AB04"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    notes="2-page consultation letter with EHR headers; single Zometa infusion + 'pas de traitement anti-résorptif au long cours' -> absent; Kardégic stopped (antiplatelets absent); curative-dose Fragmine current; colic surgery is of the primary; FOLFIRI/bevacizumab not in the ATC table; age written and birth date agree; nothing said on prior bone local treatment ('non traitée' is about the femoral lesion only)",
))

# ---------------------------------------------------------------- zzp08
LETTERS.append(dict(
    id="zzp08", fmt="txt", date="2025-11-24",
    header=["CH DE MONTVAILLANT - ENDOCRINOLOGIE / MEDECINE NUCLEAIRE      Edition : 24/11/2025 10:42",
            "Patient : MARCELLIN-ROUX Josiane   Sexe : F   Age : 66 ans   IPP : 880341   Séjour : C-2511-0932"],
    footer="*** MARCELLIN-ROUX Josiane - IPP 880341 - Document généré automatiquement, signé électroniquement ***",
    blocks=[
        KV("TYPE DE DOCUMENT", "Courrier de consultation"),
        KV("Auteur", "Dr Rodolphe Estrabaut, endocrinologue"),
        KV("Destinataire", "RCP métastases osseuses - CRLCC Garonne-Atlantique"),
        H("Motif"),
        P("Métastase osseuse humérale d'un cancer thyroïdien réfractaire à l'iode."),
        H("Antécédents médicaux"),
        P("Carcinome vésiculaire de la thyroïde largement invasif, thyroïdectomie totale en 2019 puis "
          "2 cures d'IRAthérapie (2019, 2021). Ostéoporose : une perfusion d'Aclasta en 2022. HTA."),
        H("Antécédents chirurgicaux"),
        P("Thyroïdectomie totale 2019. Canal carpien droit 2017."),
        H("Antécédents familiaux"),
        P("Non contributifs."),
        H("Allergies"),
        P("Codéine (vomissements)."),
        H("Histoire de la maladie"),
        P("Douleurs de l'épaule gauche depuis 4 mois, d'abord étiquetées tendinite, majorées à la "
          "mobilisation et responsables de réveils nocturnes. IRM du 02/10/2025 : lésion lytique de la tête "
          "humérale gauche. Biopsie : métastase de carcinome vésiculaire thyroïdien. Scintigraphie post-"
          "thérapeutique antérieure non fixante, thyroglobuline en ascension (412 ng/ml). Lenvatinib (Lenvima) "
          "24 mg/j débuté le 03/11/2025."),
        H("Examen clinique"),
        P("Karnofsky 80 %. EVA 4/10 au repos. Mobilisation active de l'épaule limitée. Pas de déficit."),
        PB,
        H("Traitement actuel"),
        T(["Ligne", "Traitement"],
          [["1", "LEVOTHYROX 125 µg 1/j"], ["2", "LENVIMA 10 mg : 2 gél + 1 gél de 4 mg/j"],
           ["3", "TOPALGIC LP 100 mg 1 matin et soir"], ["4", "COVERSYL 5 mg 1/j"]]),
        KV("Anticoagulant", "non"),
        KV("Antiagrégant plaquettaire", "non"),
        KV("Biphosphonates / dénosumab", "à discuter"),
        KV("Radiothérapie osseuse antérieure", "non réalisée"),
        H("Conclusion"),
        P("Métastase humérale gauche symptomatique d'un carcinome vésiculaire de la thyroïde réfractaire à "
          "l'iode, sous lenvatinib depuis 3 semaines. Risque fracturaire à évaluer. Question : radiothérapie "
          "antalgique et/ou enclouage prophylactique ?"),
    ],
    gold=dict(
        patient={"sex": "F", "age": 66},
        primaryTumor={"status": "present", "site": "thyroid", "histology": "other", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["mechanical", "nocturnal"], "intensity": 4},
        currentMedications={"status": "present", "atc": ["H03AA01", "L01EX08", "N02AX02"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "kps": 80},
        therapeuticProject={"status": "present", "intent": None},
    ),
    notes="Plain-text EHR export with key: value fields; follicular thyroid carcinoma (histology other); a single old Aclasta infusion and 'à discuter' -> bone therapy unknown; radioiodine is systemic, thyroidectomy is of the primary; codeine only as allergy; Karnofsky only; 'Coversyl' not in the ATC table",
))

# ---------------------------------------------------------------- zzp09
LETTERS.append(dict(
    id="zzp09", fmt="pdf", date="2025-08-28",
    header=["CENTRE HOSPITALIER UNIVERSITAIRE DE LA HAUTE-SAÔNE - Dermatologie - Onco-dermatologie",
            "Nom : ROUSSILLAT  Prénom : Kévin  Sexe : M  Âge : 54 ans  IPP : 60219874"],
    footer="ROUSSILLAT Kévin - IPP 60219874 - CR d'hospitalisation de jour - Dr E. Ferrandou",
    blocks=[
        P("COMPTE RENDU D'HOSPITALISATION DE JOUR - 28/08/2025"),
        H("Motif"),
        P("Réévaluation d'un mélanome métastatique, découverte de lésions osseuses."),
        H("Antécédents"),
        P("Médicaux : mélanome nodulaire du dos (Breslow 4,2 mm, ulcéré) opéré en 2021, BRAF V600E muté. "
          "Récidive ganglionnaire et cérébrale en 2024 : radiochirurgie de 2 métastases cérébrales (09/2024), "
          "nivolumab + ipilimumab 4 cures puis nivolumab seul, arrêté en mars 2025 pour colite immuno-induite "
          "grade 3. Embolie pulmonaire en avril 2025. Chirurgicaux : exérèse large + ganglion sentinelle 2021. "
          "Familiaux : mère, mélanome in situ. Allergies : aucune."),
        H("Histoire de la maladie"),
        P("La TEP-TDM de surveillance du 21/07/2025 montre 4 nouvelles lésions osseuses hypermétaboliques "
          "(sacrum, ischion droit, T4, 7e côte gauche). Le patient signale depuis quelques semaines une "
          "douleur sacrée mal caractérisée, qu'il rapporte à une arthrose connue. Traitement par dabrafénib + "
          "tramétinib (Tafinlar/Mekinist) débuté le 04/08/2025."),
        PB,
        H("Traitement à l'entrée"),
        T(["Médicament", "Posologie"],
          [["TAFINLAR 75 mg", "2 gél matin et soir"], ["MEKINIST 2 mg", "1 cp/j"],
           ["ELIQUIS 5 mg", "1 x 2/j"], ["SOLUPRED 20 mg", "1/j en décroissance (colite)"],
           ["INEXIUM 40 mg", "1/j"]], [240, 243]),
        H("Déroulement"),
        P("Biopsie osseuse de l'ischion droit sous scanner le 27/08/2025, Eliquis suspendu 48 h avant le geste "
          "et repris le soir même. Pas de complication."),
        H("Traitement de sortie"),
        P("Inchangé : Tafinlar 150 mg x 2/j, Mekinist 2 mg/j, Eliquis 5 mg x 2/j, Solupred 20 mg/j (puis "
          "décroissance de 5 mg par semaine), Inexium 40 mg/j."),
        H("Conclusion"),
        P("Mélanome BRAF muté, progression osseuse sous surveillance, sous thérapie ciblée depuis 3 semaines. "
          "PS 1. Aucun traitement local osseux réalisé jusqu'ici. Dénosumab (Xgeva) prévu si la RCP le valide. "
          "Merci de discuter l'indication d'une radiothérapie du sacrum et de T4."),
        P("Dr Estelle Ferrandou - Onco-dermatologie - 03 84 00 19 66"),
    ],
    gold=dict(
        patient={"sex": "M", "age": 54},
        primaryTumor={"status": "present", "site": "melanoma", "histology": "other", "biomarkers": {"BRAF": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["B01AF02", "H02AB06", "A02BC05"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AF02"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
    notes="2-page day-hospital report; nivolumab/ipilimumab stopped; Eliquis suspended 48 h for the biopsy then resumed (current); brain radiosurgery is not a bone treatment; sacral pain present but attributed to arthrosis and without any type; nodular melanoma coded histology 'other'; Xgeva only planned; mother's melanoma",
))

# ---------------------------------------------------------------- zzp10
LETTERS.append(dict(
    id="zzp10", fmt="docx", date="2025-12-18", birth="1952-02-03",
    header=["Centre de Soins de Suite et Réadaptation Les Genévriers - Lettre de liaison de sortie",
            "M. KERAUDREN Alain - né(e) le 03/02/1952 - IPP 41005876 - Séjour du 24/11/2025 au 18/12/2025"],
    footer="KERAUDREN Alain - IPP 41005876 - Dr N. Ollivro-Pascal - Ce document comporte des données de santé",
    blocks=[
        P("LETTRE DE LIAISON A LA SORTIE"),
        KV("Mode de sortie", "domicile avec HAD"),
        KV("Médecin traitant", "Dr Yvon Le Gall, Plouvénez"),
        H("Motif d'hospitalisation"),
        P("Rééducation après enclouage d'une fracture pathologique de l'humérus gauche."),
        H("Antécédents médicaux"),
        P("Carcinome épidermoïde bronchique du lobe inférieur gauche diagnostiqué en 06/2025, stade IV "
          "(os), PD-L1 70 %. AOMI avec pontage fémoro-poplité droit (2018). Thrombopénie induite par l'héparine "
          "en 2018. Tabagisme sevré. Diabète non traité."),
        H("Allergies / intolérances"),
        P("HEPARINE : TIH (2018) - contre-indication définitive à l'héparine et aux HBPM."),
        H("Histoire de la maladie"),
        P("Fracture spontanée de la diaphyse humérale gauche le 08/10/2025 en se retournant dans son lit, sur "
          "lésion lytique révélatrice. Enclouage centromédullaire le 10/10/2025 (Clinique Saint-Ronan), suivi "
          "d'une radiothérapie post-opératoire de l'humérus 20 Gy/5 fr terminée le 07/11/2025. "
          "Immunothérapie par pembrolizumab (Keytruda) toutes les 3 semaines depuis juillet 2025, dernière "
          "cure le 09/12/2025. Acide zolédronique (Zometa) 4 mg toutes les 4 semaines depuis octobre."),
        H("Examen clinique de sortie"),
        P("ECOG 2. Douleurs du bras gauche à type de décharges électriques vers la main, majorées à la "
          "mobilisation de l'épaule, EN 4/10 (6/10 à l'entrée). Consolidation en cour."),
        H("Traitement de sortie"),
        T(["Médicament", "Posologie", "Indication"],
          [["ARIXTRA 2,5 mg", "1 inj SC/j", "prévention thrombo-embolique (TIH)"],
           ["PLAVIX 75 mg", "1/j", "AOMI"],
           ["KEYTRUDA", "200 mg / 3 sem en HDJ", "cancer bronchique"],
           ["ZOMETA 4 mg", "1 perf / 4 sem", "métastases osseuses"],
           ["OXYCONTIN LP 10 mg", "1 matin et soir", "douleur"],
           ["LAROXYL", "10 gouttes le soir", "douleur neuropathique"],
           ["MOVICOL", "1 sachet/j", ""]]),
        H("Conclusion"),
        P("Cancer bronchique épidermoïde métastatique osseux sous pembrolizumab (traitement palliatif), "
          "fracture humérale enclouée et irradiée. Présenté en RCP métastases osseuses pour la lésion "
          "acétabulaire gauche découverte sur le TDM du 02/12/2025."),
    ],
    gold=dict(
        patient={"sex": "M", "age": 73},
        primaryTumor={"status": "present", "site": "lung", "histology": "squamous_cell_carcinoma",
                      "biomarkers": {"PD-L1": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["neuropathic", "mechanical"], "intensity": 4},
        currentMedications={"status": "present", "atc": ["B01AX05", "B01AC04", "L01FF02", "M05BA08", "N02AA05", "N06AA09", "A06AD65"]},
        priorLocalTreatments={"status": "present", "types": ["surgery", "radiotherapy"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BA08"]},
        anticoagulation={"status": "present", "atc": ["B01AX05"]},
        antiplatelets={"status": "present", "atc": ["B01AC04"]},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    notes="SSR discharge liaison letter (DOCX); heparin allergy (HIT) while on fondaparinux (Arixtra, B01AX05: anticoagulant); Plavix antiplatelet; birth date only (age 73); pain 6 then 4; nailing + post-op RT; femoro-popliteal bypass is not a bone treatment",
))

# ---------------------------------------------------------------- zzp11
LETTERS.append(dict(
    id="zzp11", fmt="pdf", date="2025-12-05", birth="1947-12-12",
    header=["HÔPITAL DES QUATRE-VENTS - Urologie / Oncologie - Dossier patient informatisé",
            "Mme AUBRY-CHALAMET Simone | Née le 12/12/1947 | IPP 3390721 | Consultation du 05/12/2025"],
    footer="AUBRY-CHALAMET Simone - IPP 3390721 - Consultation oncologie - document confidentiel",
    blocks=[
        P("COMPTE RENDU DE CONSULTATION"),
        KV("Médecin", "Dr Farid Benhamida, oncologue"), KV("Motif", "Avis RCP os - carcinome urothélial métastatique"),
        H("Antécédents médicaux"),
        P("Carcinome urothélial de vessie infiltrant le muscle (pT2), cystectomie + Bricker en 2023, "
          "chimiothérapie néo-adjuvante par gemcitabine-cisplatine. ACFA ? (la patiente parle d'un 'trouble "
          "du rythme' suivi par son cardiologue à Vienne, courrier non disponible). Hypothyroïdie. "
          "Insuffisance cardiaque."),
        H("Antécédents chirurgicaux"),
        P("Cystectomie totale + dérivation de Bricker 2023. Hystérectomie 1990."),
        H("Antécédents familiaux"),
        P("Soeur : cancer de l'ovaire."),
        H("Allergies"), P("Aucune connue."),
        H("Traitement à l'entrée (déclaratif)"),
        T(["Médicament", "Posologie", "Source"],
          [["PREVISCAN 20 mg ?", "?", "patiente, à vérifier avec le MT"], ["LEVOTHYROX 100 µg", "1/j", "ordonnance"],
           ["LASILIX 40 mg", "1/j", "ordonnance"], ["DUROGESIC 25 µg/h", "1 patch / 72 h", "ordonnance"],
           ["DOLIPRANE 1 g", "1 x 3/j", "ordonnance"]], [170, 120, 193]),
        PB,
        H("Histoire de la maladie"),
        P("Lombalgies depuis juin 2025 à horaire inflammatoire, avec dérouillage matinal d'une heure et "
          "réveils en fin de nuit. IRM : lésions lytiques L2 et L4 et du sacrum ; biopsie L2 : métastase du "
          "carcinome urothélial. Cimentoplastie de L2 le 14/10/2025 (radiologie interventionnelle) avec bon "
          "résultat partiel. Enfortumab védotin + pembrolizumab (Keytruda) depuis le 07/11/2025, C2 le "
          "28/11/2025. Pas de bisphosphonate ni de dénosumab (clairance à 38 ml/min, bilan dentaire non fait)."),
        H("Examen clinique"),
        P("Patiente fatiguée, amaigrie (-6 kg en 3 mois). EN 5/10 ce jour. "
          "Pas de déficit."),
        H("Conclusion"),
        P("Carcinome urothélial métastatique osseux sous enfortumab-pembrolizumab, traitement à visée "
          "palliative. Pronostic réservé, espérance de vie estimée à quelques mois. Statut anticoagulant à "
          "préciser (Préviscan ?) avant tout geste. Question : radiothérapie antalgique L4-sacrum ?"),
    ],
    gold=dict(
        patient={"sex": "F", "age": 77},
        primaryTumor={"status": "present", "site": "bladder", "histology": "other", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["inflammatory", "nocturnal"], "intensity": 5},
        currentMedications={"status": "present", "atc": ["H03AA01", "C03CA01", "N02AB03", "N02BE01", "L01FF02"]},
        priorLocalTreatments={"status": "present", "types": ["cementoplasty"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "uncertain", "atc": ["B01AA12"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present"},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
    notes="2-page consultation; birth date one week after the letter's day (77); 'PREVISCAN 20 mg ?' in a declarative drug table -> anticoagulation uncertain with agent, not a current medication; gemcitabine-cisplatin were neo-adjuvant (stopped); cystectomy is of the primary; cementoplasty L2; inflammatory pain with end-of-night awakenings; prognosis only as life expectancy (no performance status)",
))

# ---------------------------------------------------------------- zzp12
LETTERS.append(dict(
    id="zzp12", fmt="docx", date="2025-10-27",
    header=["CH de Montrevault-sur-Dive - Court séjour gériatrique - ORBIS", "M. FOUQUERAY Lucien - 81 ans - IPP 2004577 - Hospitalisation du 13/10/2025 au 27/10/2025"],
    footer="FOUQUERAY Lucien - IPP 2004577 - Courrier de sortie - Dr A. Lestringant",
    blocks=[
        P("COURRIER DE SORTIE"),
        P("Cher confrère,"),
        P("Votre patient M. Fouqueray, 81 ans, a été hospitalisé dans le service pour chute a domicile sans "
          "traumatisme grave et bilan de l'autonomie. Nous sollicitons l'avis de la RCP métastases osseuses."),
        H("Antécédents"),
        P("Adénocarcinome prostatique (Gleason 7) traité par radiothérapie prostatique en 2016. Métastases "
          "osseuses découvertes fortuitement en novembre 2024 sur un scanner abdominal réalisé pour "
          "sigmoïdite (lésions condensantes iliaques et lombaires). Résistance à la castration depuis 05/2025. "
          "Ostéoporose fracturaire (tassement T12 ostéoporotique 2021). Cardiopathie ischémique. "
          "Hématurie sous Kardégic en septembre 2025 (Kardégic arrêté). Troubles cognitifs légers (MMS 24/30)."),
        H("Mode de vie"), P("Vit avec son épouse, GIR 4, marche avec une canne."),
        H("Traitement à l'entrée"),
        T(["Médicament", "Posologie"],
          [["ZYTIGA 500 mg", "2 cp/j"], ["CORTANCYL 5 mg", "1 matin et soir"], ["DECAPEPTYL 11,25 mg", "1 inj/3 mois"],
           ["PROLIA 60 mg", "1 inj SC/6 mois (ostéoporose), dernière 04/2025"], ["KARDEGIC 75 mg", "arrêté 09/2025"],
           ["ZYMAD 50 000 UI", "1 ampoule/mois"], ["IMOVANE 7,5 mg", "1/2 le soir"], ["XANAX 0,25 mg", "si anxiété"]]),
        H("Examen clinique"),
        P("Pas de douleur osseuse spontanée ni à la palpation. Karnofsky 60 %."),
        H("Examens complémentaires"),
        P("PSA 45 ng/ml (19 ng/ml en 06/2025). Scintigraphie osseuse du 20/10/2025 : progression des lésions "
          "iliaques, nouvelle lésion du col fémoral droit. Calcémie normale."),
        H("Traitement de sortie"),
        P("Poursuite de Zytiga 1000 mg/j + Cortancyl 10 mg/j, Décapeptyl, Prolia (prochaine injection en "
          "octobre, faite le 24/10/2025 dans le service), Zymad, Imovane. Xanax arrêté (chute). Pas "
          "d'anticoagulant. Pas de reprise du Kardégic."),
        H("Conclusion"),
        P("Cancer de la prostate résistant à la castration, progression osseuse biologique et scintigraphique "
          "sous abiratérone. Questions à la RCP : intérêt d'une radiothérapie du col fémoral droit ? relais du "
          "Prolia par Xgeva ? changement de ligne (docétaxel peu envisageable vu l'âge et les fonctions "
          "cognitives) ?"),
        P("Dr Agathe Lestringant, gériatre"),
    ],
    gold=dict(
        patient={"sex": "M", "age": 81},
        primaryTumor={"status": "present", "site": "prostate", "histology": "adenocarcinoma", "biomarkers": {"PSA": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["incidental_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["L02BX03", "H02AB07", "L02AE04", "M05BX04", "A11CC05", "N05CF01"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "kps": 60},
        therapeuticProject={"status": "present", "intent": None},
    ),
    notes="Orbis geriatric discharge letter (DOCX); Prolia for osteoporosis still current (bone therapy present); Xgeva only asked; Kardégic stopped (antiplatelets absent); Xanax in the entry table but stopped at discharge; prostate RT 2016 is of the primary; incidental discovery on CT for sigmoiditis; osteoporotic T12 fracture is not a bone-metastasis treatment or circumstance; Karnofsky only",
))

# Table drugs the letters name that are NOT current, with the reason (checked by make_letters.py)
NOT_CURRENT = {
    "zzp01": {"B01AB01": "heparin allergy (HIT 2017)", "M05BX04": "Xgeva only to be discussed"},
    "zzp02": {"B01AA12": "Préviscan stopped, relayed by Eliquis", "B01AB05": "Lovenox stopped 02/09",
              "M05BA04": "Fosamax stopped 2021", "M05BA08": "Zometa planned after dental review",
              "L02BA01": "tamoxifen 5 years, finished"},
    "zzp03": {"M05BX04": "Prolia stopped 2023; Xgeva only asked"},
    "zzp04": {"L01EX01": "sunitinib stopped August 2025"},
    "zzp05": {"B01AC06": "aspirin allergy", "M05BX04": "Xgeva planned after dental review"},
    "zzp06": {"B01AF01": "Xarelto for 2019 DVT, stopped", "L01CD02": "docetaxel stopped after 6 cycles"},
    "zzp07": {"M05BA08": "single Zometa infusion, not renewed", "M05BX04": "denosumab only asked", "B01AC06": "Kardégic stopped 18/06/2025"},
    "zzp08": {"M05BA08": "single Aclasta infusion in 2022", "M05BX04": "'Biphosphonates / dénosumab : à discuter'"},
    "zzp09": {"L01FF01": "nivolumab stopped March 2025", "L01FX04": "ipilimumab, 4 cycles in 2024",
              "M05BX04": "Xgeva planned"},
    "zzp10": {"B01AB01": "heparin allergy (HIT 2018)"},
    "zzp11": {"M05BX04": "'Pas de bisphosphonate ni de dénosumab'", "L01BC05": "neo-adjuvant gemcitabine, finished", "L01XA01": "neo-adjuvant cisplatin, finished"},
    "zzp12": {"B01AC06": "Kardégic stopped 09/2025", "N05BA12": "Xanax stopped at discharge",
              "L01CD02": "docetaxel only mentioned as unlikely"},
}
for _L in LETTERS:
    _L["not_current"] = NOT_CURRENT.get(_L["id"], {})
