# -*- coding: utf-8 -*-
"""Letters and gold values of corpus80 (written blind to the converter).

Each entry: id, fmt (pdf/docx/txt), encoding/newline for txt, author, tricky,
date (letter date), birth (if the letter gives a birth date) or age_written,
text (markup: '## ' heading line, '| a | b |' table row, blank line = blank),
mentions (ATC code -> words of the letter that name it, used by the check),
and gold (everything but id and gaps; gaps are derived).
"""

LETTERS = []

def L(**kw):
    LETTERS.append(kw)


# ---------------------------------------------------------------- yd01
L(id="yd01", fmt="txt", encoding="utf-8", newline="\n",
  author="Oncologue thoracique (CH)", date="2025-05-12", age_written=64,
  tricky="Courriel court; erlotinib (Tarceva) arrêté pour progression, 'Tagriso' (faute) en cours; Xgeva en cours; 'pas d'anticoagulant'; jamais irradiée",
  text="""Envoyé le 12/05/2025 à 18:42
Objet : demande d'avis RCP métastases osseuses - Mme BERTHOUMIEU Josiane

Cher confrère,

Je vous adresse Mme Berthoumieu, 64 ans, suivie pour un adénocarcinome pulmonaire LID stade IV, EGFR muté (délétion exon 19), ALK négatif, PD-L1 < 1 %.

Hist. thérapeutique :
- 1ère ligne erlotinib (Tarceva 150 mg/j) de 06/2021 à 02/2023, arrêté pour progression osseuse et ganglionnaire.
- depuis le 03/03/2023 : osimertinib (Tagriso 80 mg/j), toujours en cours, bien toléré hormis une paronychie.

Les lésions osseuses (rachis lombaire, bassin) avaient été vues sur la TEP du bilan initial en mai 2021. Depuis 3 semaines, lombalgies basses à la marche et au passage assis-debout, EVA 5/10, calmées par le repos. Pas de déficit. L'IRM du 28/04/2025 retrouve une lésion lytique de L3 avec atteinte du mur postérieur, sans épidurite.

Elle n'a jamais été irradiée. Pas d'anticoagulant.

Ttt actuel : Tagriso 80 mg 1/j, Xgeva 120 mg SC toutes les 4 semaines (dernière injection le 02/05/2025), Cacit D3 1/j, Doliprane 1 g x3/j, Topalgic LP 100 mg matin et soir, Inexium 20 mg.

PS 1. Poursuite de l'osimertinib, une rebiopsie/ADN circulant sera discutée à la prochaine progression.

Question : radiothérapie antalgique de L3 ? Avis sur le risque fracturaire (SINS) et une éventuelle cimentoplastie.

Bien confraternellement,
Dr A. Ferrandou, pneumo-oncologie, CH de Saint-Aubrac - 05 63 41 27 90
""",
  mentions={"L01EB04": ["osimertinib", "Tagriso"], "M05BX04": ["Xgeva"], "A12AX": ["Cacit D3"], "N02BE01": ["Doliprane"], "N02AX02": ["Topalgic"], "A02BC05": ["Inexium"]},
  gold=dict(
    patient={"sex": "F", "age": 64},
    primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma", "biomarkers": {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}},
    boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
    pain={"status": "present", "types": ["mechanical"], "intensity": 5},
    currentMedications={"status": "present", "atc": ["A02BC05", "A12AX", "L01EB04", "M05BX04", "N02AX02", "N02BE01"]},
    priorLocalTreatments={"status": "absent", "types": []},
    boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
    anticoagulation={"status": "absent", "atc": []},
    antiplatelets={"status": "unknown", "atc": []},
    prognosis={"status": "present", "ecog": 1},
    therapeuticProject={"status": "present", "intent": None},
  ))

# ---------------------------------------------------------------- yd02
L(id="yd02", fmt="pdf",
  author="Oncologue médical (sein), centre de lutte contre le cancer", date="2025-04-28", birth="1961-09-17",
  tricky="Lignes successives: Femara + Ibrance arrêtés (progression), Faslodex en cours, Verzenios interrompu pour diarrhée (reprise prévue, donc non actuel); Lovenox curatif; RT T8 2022; 'pas de douleur osseuse'; âge par date de naissance",
  text="""## Institut de cancérologie du Val-de-Loing - Département d'oncologie médicale
Dr Hélène MARCASSIN - secrétariat 02 47 61 33 08

Montargis, le 28 avril 2025

## Fiche de présentation RCP métastases osseuses

Patiente : Mme GUILLEMOT Françoise, née le 17/09/1961
Médecin traitant : Dr Pirault (Châlette)

## Histoire oncologique
Carcinome canalaire infiltrant (NST) du sein gauche diagnostiqué en 2016, RE 90 %, RP 40 %, HER2 score 1+ (non amplifié en FISH). Tumorectomie + ganglion sentinelle, radiothérapie mammaire, puis anastrozole adjuvant 2016-2021.
Rechute osseuse en janvier 2022 (scanner TAP de surveillance : lésions de T8, T11 et de l'aile iliaque droite, confirmées en TEP-FDG). Biopsie de l'aile iliaque : même phénotype RH+ HER2-.

## Traitements systémiques de la maladie métastatique
1) létrozole (Femara) 2,5 mg + palbociclib (Ibrance) 125 mg 21j/28 : de 02/2022 à 11/2024, arrêt pour progression osseuse (nouvelles lésions costales) et marqueurs en hausse.
2) fulvestrant (Faslodex) 500 mg IM mensuel + abémaciclib (Verzenios) 150 mg x2/j depuis le 09/12/2024. Le fulvestrant est poursuivi (dernière injection le 10/04/2025). Le Verzenios est interrompu depuis le 15/04/2025 pour une diarrhée de grade 3 ; il sera repris à dose réduite (100 mg x2) après résolution.

## Traitements locaux osseux
Radiothérapie de T8 (30 Gy en 10 fractions) en mars 2022 pour risque d'épidurite. Pas de chirurgie ni de cimentoplastie.

## Clinique
Pas de douleur osseuse actuellement, pas de signe neurologique. ECOG 1 (asthénie liée à la diarrhée, en amélioration).
Thrombose veineuse profonde fémorale gauche le 20/03/2025 : Lovenox 6000 UI x2/j (dose curative), à poursuivre au moins 6 mois.
Anti-résorptif : Prolia pour ostéopénie sous anastrozole, arrêté en 2022 au profit du Xgeva 120 mg, d'abord toutes les 4 semaines, espacé toutes les 12 semaines depuis 2024 (dernière injection le 03/04/2025).

## Traitement habituel
Faslodex 500 mg/mois, Xgeva 120 mg/12 sem., Lovenox 6000 UI matin et soir, Tiorfan si besoin, Cacit D3 1 sachet/j, Levothyrox 75 µg.

## Question posée
Scanner du 22/04/2025 : majoration d'une lyse du col fémoral droit (cortex externe respecté), asymptomatique. Indication d'une radiothérapie ou d'une ostéosynthèse préventive ? Faut-il modifier le traitement anti-résorptif ?
""",
  mentions={"L02BA03": ["Faslodex", "fulvestrant"], "M05BX04": ["Xgeva"], "B01AB05": ["Lovenox"], "A12AX": ["Cacit D3"], "H03AA01": ["Levothyrox"]},
  gold=dict(
    patient={"sex": "F", "age": 63},
    primaryTumor={"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma", "biomarkers": {"ER": "positive", "PR": "positive", "HER2": "negative"}},
    boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
    pain={"status": "absent", "types": [], "intensity": None},
    currentMedications={"status": "present", "atc": ["A12AX", "B01AB05", "H03AA01", "L02BA03", "M05BX04"]},
    priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
    boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
    anticoagulation={"status": "present", "atc": ["B01AB05"]},
    antiplatelets={"status": "unknown", "atc": []},
    prognosis={"status": "present", "ecog": 1},
    therapeuticProject={"status": "present", "intent": None},
  ))

# ---------------------------------------------------------------- yd03
L(id="yd03", fmt="docx",
  author="Urologue (clinique privée)", date="2025-05-06", age_written=71,
  tricky="Triplette: docétaxel terminé (6 cycles), Eligard + Nubeqa en cours ('darolutamie' faute); Kardégic arrêté à l'introduction d'Eliquis; 'pas de traitement anti-résorptif', Prolia à discuter; PSA élevé",
  text="""## Clinique urologique des Tanneurs - Dr Olivier SAINT-GENEYS
14 rue des Tanneurs, 81100 Castres - Tél. 05 63 72 18 44

Castres, le 6 mai 2025

Chère consœur, cher confrère,

Je souhaite présenter en RCP métastases osseuses M. Raymond FAVAREL, 71 ans, pour un adénocarcinome prostatique Gleason 8 (4+4), ISUP 4, métastatique osseux d'emblée, hormono-sensible, à haut volume.

Le diagnostic a été fait en octobre 2024 devant des douleurs de la hanche droite évoluant depuis l'été, ayant conduit à une radiographie puis une scintigraphie osseuse (fixations multiples : bassin, rachis, côtes, col fémoral droit). PSA initial 156 ng/ml ; PSA du 25/04/2025 à 6,8 ng/ml, nadir non atteint.

Traitement :
- Eligard 45 mg tous les 6 mois depuis le 15/10/2024 (2e injection faite le 14/04/2025).
- docétaxel 75 mg/m² toutes les 3 semaines : 6 cycles de novembre 2024 à mars 2025, terminé (dernière cure le 11/03/2025).
- darolutamie (Nubeqa) 300 mg, 2 cp matin et soir, débuté en même temps que la chimiothérapie, poursuivi.

Sur le plan osseux, pas de traitement anti-résorptif à ce jour ; un Prolia/Xgeva est à discuter après avis dentaire.

Actuellement : douleur de la hanche droite à la marche prolongée, EN 4/10, sans douleur au repos. Pas de radiculalgie. OMS 0, autonome, golfe encore.

ATCD : ACFA sous Eliquis 5 mg x2 depuis 2019 (le Kardégic a été arrêté lors de l'introduction de l'Eliquis), HTA, dyslipidémie. Frère traité pour un cancer de la prostate localisé.

Ordonnance : Eligard 45 mg/6 mois, Nubeqa 300 mg 2-0-2, Eliquis 5 mg 1-0-1, Cardensiel 2,5 mg, Tahor 20 mg, Doliprane 1 g si besoin.

Question : la lésion du col fémoral droit (lyse mixte, corticale latérale amincie sur le scanner du 22/04) relève-t-elle d'une radiothérapie et/ou d'une fixation prophylactique ?

Bien confraternellement,

Dr O. Saint-Geneys
""",
  mentions={"L02AE02": ["Eligard"], "L02BB06": ["Nubeqa", "darolutamie"], "B01AF02": ["Eliquis"], "C07AB07": ["Cardensiel"], "C10AA05": ["Tahor"], "N02BE01": ["Doliprane"]},
  gold=dict(
    patient={"sex": "M", "age": 71},
    primaryTumor={"status": "present", "site": "prostate", "histology": "adenocarcinoma", "biomarkers": {"PSA": "positive"}},
    boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
    pain={"status": "present", "types": ["mechanical"], "intensity": 4},
    currentMedications={"status": "present", "atc": ["B01AF02", "C07AB07", "C10AA05", "L02AE02", "L02BB06", "N02BE01"]},
    priorLocalTreatments={"status": "unknown", "types": []},
    boneTargetedTherapy={"status": "absent", "atc": []},
    anticoagulation={"status": "present", "atc": ["B01AF02"]},
    antiplatelets={"status": "absent", "atc": []},
    prognosis={"status": "present", "ecog": 0},
    therapeuticProject={"status": "present", "intent": None},
  ))

# ---------------------------------------------------------------- yd04
L(id="yd04", fmt="txt", encoding="cp1252", newline="\r\n",
  author="Médecin généraliste", date="2025-04-23", birth="1942-05-02",
  tricky="Note de MG en cp1252/CRLF; Xtandi arrêté (fatigue), Zytiga + Cortancyl + Décapeptyl en cours; 'Préviscan ? à vérifier' (incertain, hors traitements actuels); RT prostatique ancienne non osseuse; pas d'histologie; âge par date de naissance (anniversaire après la lettre)",
  text="""Dr Colette VIGUIER - Médecine générale
Maison de santé de Lacaune-les-Bains - 05 63 37 02 15

Le 23/04/2025

Cher confrère,

Je me permets de vous adresser M. ESCANDE Marcel, né le 02/05/1942, pour votre RCP os.

Il est suivi pour un cancer de la prostate traité par radiothérapie en 2015. Remontée du PSA en 2020 et découverte de métastases osseuses sur la scintigraphie demandée par l'urologue en février 2021 (rachis dorsal, côtes, sacrum).
Il a eu du Xtandi de 2021 à 2022, arrêté à cause d'une grosse fatigue et de chutes. Depuis fin 2022 il est sous Zytiga 1000 mg le matin à jeun avec Cortancyl 10 mg, plus le Décapeptyl tous les 3 mois (dernière injection en mars). Le dernier PSA est à 45 (il était à 12 en décembre).

Depuis un mois, douleurs dorsales qui le réveillent la nuit, il prend Skenan LP 30 mg matin et soir et Actiskenan 10 mg 3 à 4 fois par jour. Il marche avec une canne.

Autres : diabète sous metformine 850 x2, ACFA : il me semble qu'il prend du Préviscan prescrit par le cardiologue de Castres mais je n'ai pas le courrier, à vérifier. Forlax 1 sachet/j.

L'oncologue parle d'une chimio par docétaxel si ça progresse encore.
Merci de me dire ce que vous proposez pour les douleurs (radiothérapie ?).

Bien cordialement,
Dr Viguier
""",
  mentions={"L02BX03": ["Zytiga"], "H02AB07": ["Cortancyl"], "L02AE04": ["Décapeptyl"], "N02AA01": ["Skenan", "Actiskenan"], "A10BA02": ["metformine"], "A06AD15": ["Forlax"]},
  gold=dict(
    patient={"sex": "M", "age": 82},
    primaryTumor={"status": "present", "site": "prostate", "histology": None, "biomarkers": {"PSA": "positive"}},
    boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
    pain={"status": "present", "types": ["nocturnal"], "intensity": None},
    currentMedications={"status": "present", "atc": ["A06AD15", "A10BA02", "H02AB07", "L02AE04", "L02BX03", "N02AA01"]},
    priorLocalTreatments={"status": "unknown", "types": []},
    boneTargetedTherapy={"status": "unknown", "atc": []},
    anticoagulation={"status": "uncertain", "atc": ["B01AA12"]},
    antiplatelets={"status": "unknown", "atc": []},
    prognosis={"status": "unknown"},
    therapeuticProject={"status": "present", "intent": None},
  ))

# ---------------------------------------------------------------- yd05
L(id="yd05", fmt="pdf",
  author="Pneumo-oncologue (CHU)", date="2025-05-14", age_written=52,
  tricky="ALK: alectinib (Alecensa) arrêté pour progression, lorlatinib (Lorviqua, 'lorlatinb') en cours + Tahor induit; radiculalgie/décharges (neuropathique) sous Lyrica; SBRT iliaque + vertébroplastie; Zometa /12 sem; 'ni anticoagulant ni antiagrégant'",
  text="""## CHU de Montferrand-sur-Dore - Service de pneumologie et oncologie thoracique
Pr Bertrand LACOMBE-DURIEUX - Dr Inès MOUSSAOUI
Secrétariat : 04 73 55 20 61

Le 14/05/2025

## Demande d'inscription en RCP métastases osseuses

M. Damien ROUQUETTE, 52 ans, ancien tabagique (10 PA, sevré).

Diagnostic (03/2021) : adénocarcinome pulmonaire du LSD, stade IVB d'emblée (os, surrénale). Biologie moléculaire : réarrangement ALK (IHC D5F3 positive, confirmé en FISH), EGFR sauvage, PD-L1 5 %. Lésions osseuses (iliaque gauche, L4, côtes) découvertes sur la TEP-TDM du bilan d'extension initial, asymptomatiques à l'époque.

Traitements :
- alectinib (Alecensa) 600 mg x2/j de 04/2021 à 09/2024 ; arrêté pour progression cérébrale (2 lésions) et osseuse.
- lorlatinib (Lorviqua) 100 mg/j depuis le 07/10/2024, en cours ; réponse cérébrale complète, hypercholestérolémie induite traitée par atorvastatine.
- Radiothérapie stéréotaxique de la lésion iliaque gauche (3 x 9 Gy) en juin 2022.
- Vertébroplastie L4 en 02/2024 pour tassement douloureux.
- Zometa 4 mg IV toutes les 12 semaines depuis 2021, dernière perfusion le 03/03/2025, créatinine normale.

Motif : depuis 6 semaines, douleur lombaire irradiant dans la jambe droite, trajet L5, à type de décharges électriques et de brûlures, EN 6/10 malgré Lyrica. IRM du 05/05/2025 : progression de la lésion de L5 avec extension foraminale droite, sans compression médullaire. Pas de déficit moteur.

Pas de traitement anticoagulant ni antiagrégant plaquettaire.

Traitement en cours : Lorviqua 100 mg 1/j ; Tahor 40 mg ; Lyrica 75 mg matin et soir ; Dafalgan codéiné 2 cp x3/j ; Zometa /12 sem. ; Movicol si besoin.

PS 2 (limité par la douleur).

Nous maintenons le lorlatinb (maladie extra-osseuse stable). Question : radiothérapie (SBRT ?) de L5, place d'une nouvelle cimentoplastie ?

Dr I. Moussaoui
""",
  mentions={"L01ED05": ["lorlatinib", "Lorviqua", "lorlatinb"], "C10AA05": ["Tahor", "atorvastatine"], "N03AX16": ["Lyrica"], "N02AJ06": ["Dafalgan codéiné"], "M05BA08": ["Zometa"], "A06AD65": ["Movicol"]},
  gold=dict(
    patient={"sex": "M", "age": 52},
    primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma", "biomarkers": {"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}},
    boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
    pain={"status": "present", "types": ["neuropathic"], "intensity": 6},
    currentMedications={"status": "present", "atc": ["A06AD65", "C10AA05", "L01ED05", "M05BA08", "N02AJ06", "N03AX16"]},
    priorLocalTreatments={"status": "present", "types": ["cementoplasty", "radiotherapy"]},
    boneTargetedTherapy={"status": "present", "atc": ["M05BA08"]},
    anticoagulation={"status": "absent", "atc": []},
    antiplatelets={"status": "absent", "atc": []},
    prognosis={"status": "present", "ecog": 2},
    therapeuticProject={"status": "present", "intent": None},
  ))

# ---------------------------------------------------------------- yd06
L(id="yd06", fmt="docx",
  author="Oncologue médicale (sein HER2+)", date="2025-05-05", birth="1978-05-05",
  tricky="Herceptin + Perjeta arrêtés pour progression, T-DXd (Enhertu) en cours: trastuzumab déruxtécan n'est pas le trastuzumab de la table (L01FD04 hors table); Xgeva interrompu (soins dentaires) donc absent; jamais irradiée au niveau osseux; anniversaire le jour de la lettre",
  text="""## Centre hospitalier de Vernelle - Hôpital de jour d'oncologie
Dr Sophie KERGUÉLEN - 02 98 44 71 60

Vernelle, le 05/05/2025

## Objet : RCP métastases osseuses - Mme LE BIHAN Nolwenn, née le 05/05/1978

Chère consœur,

Mme Le Bihan est suivie depuis 2021 pour un carcinome canalaire infiltrant du sein droit, grade 3, HER2 positif (score 3+), RE 60 %, RP négatifs, métastatique d'emblée (os, foie).

## Antécédents de traitement
| Ligne | Protocole | Période | Motif d'arrêt |
| L1 | Taxotère + Herceptin + Perjeta x6, puis Herceptin-Perjeta en entretien | 06/2021 - 11/2024 | progression hépatique et osseuse |
| L2 | trastuzumab déruxtécan (Enhertu, T-DXd) 5,4 mg/kg /3 sem | depuis le 10/12/2024 | en cours, C8J1 prévu le 13/05 |

Dernière cure de T-DXd (C7) le 22/04/2025, bien tolérée (nausées grade 1). Une hormonothérapie n'a pas été associée.

## Os
Lésions découvertes en mai 2021 devant des douleurs de hanche gauche (bilan d'extension fait dans la foulée). Actuellement, douleur de la hanche gauche à l'appui et à la montée des escaliers, EVA 3/10, sous Doliprane. Pas de douleur nocturne.
Aucune radiothérapie osseuse ni chirurgie à ce jour.
Xgeva mensuel de 2021 à février 2025, interrompu depuis en raison d'une avulsion dentaire programmée (stomatologue), reprise à rediscuter.

## Divers
Inexium 20 mg, Doliprane 1 g x3, Vogalène si besoin. Sa mère a eu une phlébite sous tamoxifène (ATCD familial).
PS 1. Maladie en situation palliative.

## Question
TDM du 28/04/2025 : lyse du toit du cotyle gauche étendue. Radiothérapie antalgique ? Avis orthopédique (risque fracturaire) ?

Dr S. Kerguélen
""",
  mentions={"N02BE01": ["Doliprane"], "A02BC05": ["Inexium"]},
  gold=dict(
    patient={"sex": "F", "age": 47},
    primaryTumor={"status": "present", "site": "breast", "histology": "invasive_ductal_carcinoma", "biomarkers": {"HER2": "positive", "ER": "positive", "PR": "negative"}},
    boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
    pain={"status": "present", "types": ["mechanical"], "intensity": 3},
    currentMedications={"status": "present", "atc": ["A02BC05", "N02BE01"]},
    priorLocalTreatments={"status": "absent", "types": []},
    boneTargetedTherapy={"status": "absent", "atc": []},
    anticoagulation={"status": "unknown", "atc": []},
    antiplatelets={"status": "unknown", "atc": []},
    prognosis={"status": "present", "ecog": 1},
    therapeuticProject={"status": "present", "intent": "palliative"},
  ))

# ---------------------------------------------------------------- yd07
L(id="yd07", fmt="txt", encoding="utf-8", newline="\n",
  author="Interne d'oncologie médicale", date="2025-04-30", age_written=67,
  tricky="Rein: Sutent arrêté (progression), nivolumab arrêté pour colite, cabozantinib 40 mg en cours (dose réduite); Xarelto dans le traitement mais 'Anticoagulant : non' dans la fiche (conflictuel); fracture pathologique + ostéosynthèse + RT; Karnofsky seul",
  text="""RCP MO - fiche de demande (remplie par l'interne, Dr T. Malaval, onco CHU Sainte-Vérane, bip 4417)

Patient : M. CASSAGNE Jean-Pierre, 67 ans
Date : 30/04/2025

Tumeur primitive : carcinome rénal à cellules claires G D (néphrectomie élargie 2018, pT3a, Fuhrman 3)

Circonstances découverte os : fracture pathologique du fémur D (sous-trochantérienne) en sept. 2019, ostéosynthèse par clou gamma long le 14/09/2019 ; histo du curetage = métastase de CCR à cellules claires.

Lignes :
L1 sunitinib (Sutent 50 mg 4s/6) 10/2019 -> 05/2021, arrêté : progression pulmonaire
L2 nivolumab 240 mg/15j 06/2021 -> 01/2023, stoppé pour colite immuno G3 (corticothérapie, résolue)
L3 cabozantinib (Cabometyx) 60 mg depuis 03/2023, réduit à 40 mg/j en 01/2025 pour syndrome mains-pieds G2 -> en cours, maladie stable sauf os

RT : 20 Gy/5 fr aile iliaque G en 06/2022 (antalgique, efficace)

Douleurs : bassin et sacrum, EN 7/10, composante nocturne (réveils vers 3h), pas de radiculalgie. Oxycontin 20 mg x2 + Oxynorm 5 mg si besoin (3-4/j), Doliprane 1g x4.

Ttt osseux : Xgeva 120 mg/mois depuis 2019 + Cacit D3
ATCD : EP en 11/2024 -> Xarelto 20 mg/j depuis. HTA (Triatec 5). 
Anticoagulant : non
Antiagrégant : non

Karnofsky 70 %.

Projet : poursuite cabozantinib. Question : lésion lytique S1-S2 en progression sur TDM 24/04 -> RT ? cimentoplastie/sacroplastie ?
""",
  mentions={"L01EX07": ["cabozantinib", "Cabometyx"], "N02AA05": ["Oxycontin", "Oxynorm"], "N02BE01": ["Doliprane"], "M05BX04": ["Xgeva"], "A12AX": ["Cacit D3"], "B01AF01": ["Xarelto"], "C09AA05": ["Triatec"]},
  gold=dict(
    patient={"sex": "M", "age": 67},
    primaryTumor={"status": "present", "site": "kidney", "histology": "clear_cell_carcinoma", "biomarkers": {}},
    boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
    pain={"status": "present", "types": ["nocturnal"], "intensity": 7},
    currentMedications={"status": "present", "atc": ["A12AX", "B01AF01", "C09AA05", "L01EX07", "M05BX04", "N02AA05", "N02BE01"]},
    priorLocalTreatments={"status": "present", "types": ["radiotherapy", "surgery"]},
    boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
    anticoagulation={"status": "conflicting", "atc": ["B01AF01"]},
    antiplatelets={"status": "absent", "atc": []},
    prognosis={"status": "present", "kps": 70},
    therapeuticProject={"status": "present", "intent": None},
  ))

# ---------------------------------------------------------------- yd08
L(id="yd08", fmt="pdf",
  author="Oncologue médical (consultation d'oncogénétique et sein)", date="2025-05-09", age_written=58,
  tricky="Anastrozole adjuvant, Kisqali + Femara puis Xeloda arrêtés; olaparib (Lynparza) en cours; Prolia pour ostéoporose (compte comme traitement osseux); hypercalcémie révélatrice; Kardégic; BRCA2 non codé; 'pas de douleur'",
  text="""## Hôpital privé des Coteaux - Oncologie médicale
Dr Marc-Antoine DELPÉRIÉ - 05 62 90 14 33

Le 9 mai 2025

Mon cher confrère,

Je vous remercie de discuter en RCP métastases osseuses le dossier de Mme Évelyne ROUZAUD, 58 ans.

## Antécédents
- Carcinome lobulaire infiltrant du sein gauche en 2015, RE 100 %, RP 0 %, HER2 0 ; mastectomie, anastrozole (Arimidex) adjuvant 5 ans, arrêté en 2020.
- Mutation constitutionnelle BRCA2 identifiée en 2022.
- Ostéoporose fracturaire (fracture du poignet 2019) : dénosumab 60 mg (Prolia) tous les 6 mois depuis 2020, poursuivi (dernière injection le 18/02/2025).
- Coronaropathie, stent en 2017 : Kardégic 75 mg/j. Pas de traitement anticoagulant.

## Histoire de la maladie métastatique
Rechute révélée en novembre 2021 par une hypercalcémie à 3,05 mmol/l (asthénie, confusion) ; le bilan a montré des lésions osseuses diffuses (rachis, bassin, sternum). Biopsie sternale : CLI RE+ HER2 0.
1re ligne : ribociclib (Kisqali) 600 mg 3 sem/4 + létrozole (Femara) de 12/2021 à 06/2023, arrêt pour progression osseuse et hépatique.
2e ligne : capécitabine (Xéloda) 1000 mg/m² x2 J1-J14 de 07/2023 à 04/2024, arrêtée pour progression.
3e ligne : olaparib (Lynparza) 300 mg x2/j depuis le 02/05/2024, en cours, avec une bonne réponse hépatique.
Cimentoplastie de T12 en septembre 2023 pour tassement.

## État actuel
Pas de douleur. Asthénie modérée, anémie à 10,2 g/dl sous olaparib. ECOG 1.
TEP du 29/04/2025 : progression isolée d'une lésion de l'aile iliaque droite, le reste stable.

## Traitement
Lynparza 150 mg, 2 cp matin et soir ; Prolia 60 mg/6 mois ; Kardégic 75 mg ; Bisoprolol 2,5 mg ; Atorvastatine 20 mg ; ZymaD 50 000 UI/mois.

## Proposition
Poursuite de l'olaparib ; radiothérapie de l'oligoprogression iliaque à valider en RCP. L'éventuel remplacement du Prolia par du Xgeva à dose oncologique est aussi soumis à la discussion.

Bien à vous,
Dr M.-A. Delpérié
""",
  mentions={"L01XK01": ["olaparib", "Lynparza"], "M05BX04": ["Prolia", "dénosumab"], "B01AC06": ["Kardégic"], "C07AB07": ["Bisoprolol"], "C10AA05": ["Atorvastatine"], "A11CC05": ["ZymaD"]},
  gold=dict(
    patient={"sex": "F", "age": 58},
    primaryTumor={"status": "present", "site": "breast", "histology": "invasive_lobular_carcinoma", "biomarkers": {"ER": "positive", "PR": "negative", "HER2": "negative"}},
    boneDiagnosis={"status": "present", "circumstances": ["hypercalcemia"], "dated": True},
    pain={"status": "absent", "types": [], "intensity": None},
    currentMedications={"status": "present", "atc": ["A11CC05", "B01AC06", "C07AB07", "C10AA05", "L01XK01", "M05BX04"]},
    priorLocalTreatments={"status": "present", "types": ["cementoplasty"]},
    boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
    anticoagulation={"status": "absent", "atc": []},
    antiplatelets={"status": "present", "atc": ["B01AC06"]},
    prognosis={"status": "present", "ecog": 1},
    therapeuticProject={"status": "present", "intent": None},
  ))

# ---------------------------------------------------------------- yd09
L(id="yd09", fmt="docx",
  author="Pneumologue (CH général)", date="2025-04-24", birth="1955-11-30",
  tricky="Carboplatine-pémétrexed-pembrolizumab: carboplatine terminé, maintenance pémétrexed + pembro en cours ('C4J1 le'); sotorasib envisagé (plan); Innohep; brûlures + DN4 (neuropathique) + à la mobilisation; RT 8 Gy reçue; 'pas de traitement anti-résorptif pour l'instant : Xgeva prévu' (absent); KRAS G12C, PD-L1 20 %",
  text="""## Centre hospitalier de Brivezac - Service de pneumologie
Dr Laurent CHAMBONNET - Tél. 05 55 86 40 12 - Fax 05 55 86 40 19

Brivezac, le 24/04/2025

Objet : M. PEYRAT Gilbert, né le 30/11/1955 - demande d'avis RCP os

Cher collègue,

Je vous adresse M. Peyrat pour un adénocarcinome bronchique du LIG, stade IV (os, plèvre), diagnostiqué en novembre 2024. NGS : mutation KRAS G12C, pas d'altération EGFR/ALK/ROS1 (EGFR sauvage, ALK et ROS1 non réarrangés), BRAF non muté. PD-L1 20 % (clone 22C3).

Circonstances : douleurs costales gauches depuis septembre 2024, attribuées initialement à une névralgie ; le scanner de novembre a montré une lyse de l'arc postérieur de la 8e côte gauche, biopsiée (même adénocarcinome).

## Traitement oncologique
Carboplatine AUC 5 - pémétrexed 500 mg/m² - pembrolizumab 200 mg : 4 cures, dernière cure avec carboplatine le 21/01/2025.
Maintenance pémétrexed (Alimta) + pembrolizumab (Keytruda) toutes les 3 semaines depuis le 11/02/2025 ; C4J1 le 15/04/2025, prochaine cure le 06/05.
Réponse partielle pleurale au scanner du 09/04. En seconde ligne, le sotorasib (Lumykras) est envisagé à progression.

## Os
Radiothérapie antalgique de la 8e côte gauche, 8 Gy en une fraction, le 13/02/2025.
Persistent des douleurs intercostales à type de brûlures, DN4 à 5/10, majorées à la mobilisation du tronc, EVA 4/10 ce jour.
Pas de traitement anti-résorptif pour l'instant : Xgeva prévu après la consultation dentaire du 12/05.

## Autres
Embolie pulmonaire segmentaire découverte sur le scanner de décembre 2024 : Innohep 14 000 UI/j, poursuivi.
Diabète de type 2, BPCO.

| Traitement actuel | Posologie |
| Alimta + Keytruda | J1 = J21 |
| Innohep 14 000 UI | 1 inj/j SC |
| Neurontin 300 mg | 1-1-1 |
| Paracétamol 1 g | 3/j |
| Glucophage 1000 mg | 1-0-1 |
| Spiriva Respimat | 2 bouffées/j |
| Speciafoldine 0,4 mg | 1/j (pémétrexed) |

OMS 1.

Question : nouvelle lésion de l'aile iliaque gauche (TDM du 09/04) non douloureuse : radiothérapie d'emblée ou surveillance ? Quel délai pour débuter le Xgeva ?

Dr L. Chambonnet
""",
  mentions={"L01BA04": ["pémétrexed", "Alimta"], "L01FF02": ["pembrolizumab", "Keytruda"], "B01AB10": ["Innohep"], "N03AX12": ["Neurontin"], "N02BE01": ["Paracétamol"], "A10BA02": ["Glucophage"]},
  gold=dict(
    patient={"sex": "M", "age": 69},
    primaryTumor={"status": "present", "site": "lung", "histology": "adenocarcinoma", "biomarkers": {"KRAS": "positive", "EGFR": "negative", "ALK": "negative", "ROS1": "negative", "BRAF": "negative", "PD-L1": "positive"}},
    boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
    pain={"status": "present", "types": ["mechanical", "neuropathic"], "intensity": 4},
    currentMedications={"status": "present", "atc": ["A10BA02", "B01AB10", "L01BA04", "L01FF02", "N02BE01", "N03AX12"]},
    priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
    boneTargetedTherapy={"status": "absent", "atc": []},
    anticoagulation={"status": "present", "atc": ["B01AB10"]},
    antiplatelets={"status": "unknown", "atc": []},
    prognosis={"status": "present", "ecog": 1},
    therapeuticProject={"status": "present", "intent": None},
  ))

# ---------------------------------------------------------------- yd10
L(id="yd10", fmt="txt", encoding="utf-8", newline="\n",
  author="Endocrinologue-oncologue (thyroïde)", date="2025-05-02", age_written=61,
  tricky="Thyroïde vésiculaire (histologie 'other'); lenvatinib (Lenvima) suspendu 1 semaine puis repris à 10 mg = en cours; Zometa arrêté (insuffisance rénale); compression médullaire révélatrice, laminectomie + RT; douleur sans type; 'pas d'anticoagulant'",
  text="""Service d'endocrinologie - oncologie thyroïdienne
Hôpital Saint-Roch de Valmagne
Dr Pauline ESTÈVE - 04 67 33 58 20

Valmagne, le 2 mai 2025

Chère Madame, cher Monsieur,

Je vous adresse pour discussion en RCP métastases osseuses Mme Marie-Claude VIDAL, 61 ans, suivie pour un carcinome vésiculaire (folliculaire) peu différencié de la thyroïde, réfractaire à l'iode radioactif.

Historique :
- thyroïdectomie totale en 2017 puis 2 cures d'iode 131 (2017, 2018) ;
- en août 2022, paraparésie d'installation rapide révélant une épidurite métastatique T6 : laminectomie décompressive et arthrodèse T4-T8 le 19/08/2022, suivies d'une radiothérapie externe de T6 (30 Gy en 10 séances) ;
- Zometa de 2022 à 2023, arrêté après 4 perfusions pour insuffisance rénale (clairance 38 ml/min) ;
- lenvatinib (Lenvima) 24 mg/j depuis 01/2023, réduit à 14 mg puis 10 mg. Il a été suspendu une semaine en mars 2025 pour une HTA à 180/100, et repris à 10 mg/j depuis le 24/03/2025 ; il est poursuivi.

Actuellement : douleur sternale modérée, EVA 2/10, sans réveil nocturne (pas de douleur la nuit). Marche sans aide. OMS 1.
Thyroglobuline en hausse (1450 ng/ml vs 980 en janvier).
Pas d'anticoagulant.

Traitement : Lenvima 10 mg 1/j, L-Thyroxine 150 µg, Triatec 10 mg, Amlor 10 mg, Doliprane 1 g si besoin, Cacit D3 matin.

Question : le TEP-FDG du 22/04 montre une lésion sternale en progression et une nouvelle lésion du cotyle droit. Radiothérapie des deux sites ? Une reprise d'un anti-résorptif (dénosumab, compatible avec la fonction rénale) est-elle souhaitable ?

Respectueusement,
Dr P. Estève
""",
  mentions={"L01EX08": ["lenvatinib", "Lenvima"], "H03AA01": ["L-Thyroxine"], "C09AA05": ["Triatec"], "N02BE01": ["Doliprane"], "A12AX": ["Cacit D3"]},
  gold=dict(
    patient={"sex": "F", "age": 61},
    primaryTumor={"status": "present", "site": "thyroid", "histology": "other", "biomarkers": {}},
    boneDiagnosis={"status": "present", "circumstances": ["neurological_deficit"], "dated": True},
    pain={"status": "present", "types": [], "intensity": 2},
    currentMedications={"status": "present", "atc": ["A12AX", "C09AA05", "H03AA01", "L01EX08", "N02BE01"]},
    priorLocalTreatments={"status": "present", "types": ["radiotherapy", "surgery"]},
    boneTargetedTherapy={"status": "absent", "atc": []},
    anticoagulation={"status": "absent", "atc": []},
    antiplatelets={"status": "unknown", "atc": []},
    prognosis={"status": "present", "ecog": 1},
    therapeuticProject={"status": "present", "intent": None},
  ))

# ---------------------------------------------------------------- yd11
L(id="yd11", fmt="pdf",
  author="Oncologue digestif", date="2025-04-15", birth="1950-04-14",
  tricky="Rectum: FOLFOX-bévacizumab arrêté, maintenance capécitabine (Xeloda) + bévacizumab en cours (bévacizumab hors table), FOLFIRI prévu; Arixtra (fondaparinux); Plavix suspendu puis repris (actuel); douleur inflammatoire; découverte sur scanner de réévaluation; KRAS muté BRAF sauvage; anniversaire la veille",
  text="""## Hôpital Nord-Ouest de Sarlanges - Oncologie digestive
Dr Karim BENHADDOU - 03 85 21 64 70

Sarlanges, le 15/04/2025

## RCP métastases osseuses - demande d'avis
Patient : M. Lucien MOREL-PATUREAU, né le 14/04/1950.

Adénocarcinome lieberkühnien du moyen rectum (2023), KRAS muté (G12D), NRAS sauvage, BRAF non muté, MSS. Amputation abdomino-périnéale après radiochimiothérapie en 2023. Métastases hépatiques en 03/2024.

1re ligne métastatique : FOLFOX + bévacizumab, 8 cures d'avril à août 2024, oxaliplatine arrêté pour neuropathie grade 2.
Maintenance : capécitabine (Xeloda) 1000 mg/m² x2 J1-J14 + bévacizumab 7,5 mg/kg J1, cycle de 21 jours, depuis le 09/09/2024. Dernier cycle (C11) débuté le 07/04/2025, en cours.
FOLFIRI-bévacizumab prévu en 2e ligne à la progression.

Lésions osseuses découvertes sur le scanner de réévaluation du 18/03/2025 (L2, aile iliaque droite, 2 côtes), confirmées en IRM ; biopsie vertébrale L2 le 02/04/2025 : métastase d'adénocarcinome colorectal.

Il décrit des lombalgies d'horaire inflammatoire avec dérouillage matinal d'une heure, EN 5/10, en partie calmées par le Profénid (30 jours). Pas de radiculalgie, pas de trouble sphinctérien.

ATCD : cardiopathie ischémique, stent actif en 2023 : Plavix 75 mg, suspendu 5 jours pour la biopsie et repris le 03/04. Thrombose de la veine jugulaire sur chambre implantable en 01/2025 : Arixtra 7,5 mg/j.
Aucune radiothérapie ni geste sur les os.

Traitement actuel : Xeloda 1500 mg matin et soir J1-J14, Arixtra 7,5 mg SC/j, Plavix 75 mg, Profénid LP 100 mg le soir, Mopral 20 mg, Doliprane 1 g x3.

État général conservé, PS 1. Prise en charge palliative.

Questions : radiothérapie de L2 ? Introduction d'un traitement anti-résorptif ? Compatibilité avec l'Arixtra et le Plavix en cas de geste.

Dr K. Benhaddou
""",
  mentions={"L01BC06": ["capécitabine", "Xeloda"], "B01AX05": ["Arixtra"], "B01AC04": ["Plavix"], "M01AE03": ["Profénid"], "A02BC01": ["Mopral"], "N02BE01": ["Doliprane"]},
  gold=dict(
    patient={"sex": "M", "age": 75},
    primaryTumor={"status": "present", "site": "colorectal", "histology": "adenocarcinoma", "biomarkers": {"KRAS": "positive", "BRAF": "negative"}},
    boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
    pain={"status": "present", "types": ["inflammatory"], "intensity": 5},
    currentMedications={"status": "present", "atc": ["A02BC01", "B01AC04", "B01AX05", "L01BC06", "M01AE03", "N02BE01"]},
    priorLocalTreatments={"status": "absent", "types": []},
    boneTargetedTherapy={"status": "unknown", "atc": []},
    anticoagulation={"status": "present", "atc": ["B01AX05"]},
    antiplatelets={"status": "present", "atc": ["B01AC04"]},
    prognosis={"status": "present", "ecog": 1},
    therapeuticProject={"status": "present", "intent": "palliative"},
  ))

# ---------------------------------------------------------------- yd12
L(id="yd12", fmt="docx",
  author="Oncologue thoracique (fiche RCP structurée)", date="2025-04-25", age_written=66,
  tricky="CBPC: carboplatine-étoposide-durvalumab, maintenance Imfinzi ('durvalumb') en cours; RT humérale en cours (compte); traitement osseux 'Aucun à ce jour', acide zolédronique envisagé (absent); douleur surtout la nuit; 'pas d'anticoagulant, pas d'antiagrégant'; mère sous tamoxifène (ATCD familial)",
  text="""## FICHE DE DEMANDE RCP - MÉTASTASES OSSEUSES
Centre hospitalier universitaire de Lorvilliers - Oncologie thoracique

| Date de la demande | 25/04/2025 |
| Médecin demandeur | Dr Anne-Laure TRÉGUIER (tél. 02 99 63 12 45) |
| Patient | M. Yannick GOURIOU, 66 ans |
| Sexe | M |

## Tumeur primitive
Carcinome bronchique à petites cellules, stade étendu (foie, os), diagnostiqué le 02/12/2024 (biopsie bronchique). Tabagisme actif 45 PA.

## Découverte des lésions osseuses
TEP-TDM du bilan d'extension initial (décembre 2024) : lésions de l'humérus droit, de T9 et du bassin.

## Traitement oncologique
Carboplatine AUC5 + étoposide + durvalumab (Imfinzi) 1500 mg : 4 cures de 12/2024 à 02/2025, réponse partielle.
Maintenance par durvalumab seul toutes les 4 semaines depuis le 24/03/2025 ; dernière cure le 22/04/2025. On poursuit l'Imfinzi (durvalumb) jusqu'à progression.

## Douleur
Douleur de l'épaule droite, EVA 6/10, surtout la nuit, soulagée partiellement par Oxycontin. Pas de brûlures ni de fourmillements.

## Traitements locaux
Radiothérapie de l'humérus droit en cours : 20 Gy en 5 fractions, 3e séance le 24/04/2025.
Pas de chirurgie.

## Traitement osseux
Aucun à ce jour ; acide zolédronique envisagé après la fin de la radiothérapie.

## Médicaments
| Médicament | Posologie |
| Imfinzi 1500 mg | J1 = J28 |
| Oxycontin LP 20 mg | 1-0-1 |
| Oxynorm 5 mg | si douleur, max 6/j |
| Movicol | 1 sachet/j |
| Xanax 0,25 mg | le soir |
| Pantoprazole 40 mg | 1/j |

Anticoagulant : pas d'anticoagulant. Antiagrégant : aucun.
ATCD familiaux : mère traitée par tamoxifène pour un cancer du sein.

## Pronostic
OMS 1. Espérance de vie estimée à plusieurs mois.

## Question à la RCP
Risque fracturaire de l'humérus droit (lyse corticale > 50 %) : enclouage prophylactique après la radiothérapie ?
""",
  mentions={"L01FF03": ["durvalumab", "Imfinzi", "durvalumb"], "N02AA05": ["Oxycontin", "Oxynorm"], "A06AD65": ["Movicol"], "N05BA12": ["Xanax"], "A02BC02": ["Pantoprazole"]},
  gold=dict(
    patient={"sex": "M", "age": 66},
    primaryTumor={"status": "present", "site": "lung", "histology": "small_cell_carcinoma", "biomarkers": {}},
    boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
    pain={"status": "present", "types": ["nocturnal"], "intensity": 6},
    currentMedications={"status": "present", "atc": ["A02BC02", "A06AD65", "L01FF03", "N02AA05", "N05BA12"]},
    priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
    boneTargetedTherapy={"status": "absent", "atc": []},
    anticoagulation={"status": "absent", "atc": []},
    antiplatelets={"status": "absent", "atc": []},
    prognosis={"status": "present", "ecog": 1},
    therapeuticProject={"status": "present", "intent": None},
  ))
