#!/usr/bin/env python3
"""corpus64: 12 blind referral letters and their gold records (see README.md).

Run from /work/main: /work/main/.venv/bin/python tests/corpus64/make_letters.py
"""

L = []


def letter(**kw):
    L.append(kw)


# ---------------------------------------------------------------- zzl01
letter(
    id="zzl01", fmt="txt", encoding="utf-8", newline="\n", date="2025-05-12", birth=None,
    author="Digestive oncologist (Dijon)",
    tricky="Colorectal, KRAS G12D mutated / BRAF wild type (MSS not a listed marker); bone lesions on follow-up CT; bevacizumab and FOLFIRI not in the ATC table; Xarelto for a 2024 PE is current; 'pas de douleur nocturne' denies the nocturnal type; denosumab only 'à discuter' but 'pas encore de traitement anti-résorptif' is an explicit denial; father's colon cancer",
    text="""Service d'Oncologie Digestive - Hôpital Saint-Bénigne
12 rue du Docteur-Lavalle, 21000 Dijon
Secrétariat : 03 80 41 27 96

Dijon, le 12/05/2025

Dr Hélène MARCHAIS
Oncologue digestive

A l'attention de la RCP Métastases osseuses

Objet : M. Roger VAUDREY, 64 ans - adénocarcinome colique métastatique, lésions osseuses

Chère consœur, cher confrère,

Je vous adresse M. Vaudrey, 64 ans, pour avis de la RCP métastases osseuses.

ATCD : HTA, ulcère gastrique en 2015, embolie pulmonaire bilatérale en novembre 2024 (survenue sous chimiothérapie). Tabagisme sevré (25 PA). Pas d'allergie connue.
Familiaux : père décédé d'un cancer du côlon à 70 ans.

Histoire oncologique : adénocarcinome du côlon sigmoïde pT3N1b, colectomie gauche en 2022 puis chimiothérapie adjuvante par FOLFOX pendant 6 mois. Biologie moléculaire : KRAS muté (G12D), BRAF non muté, statut MSS. Récidive hépatique et pulmonaire en 2024 traitée en 1ère ligne par FOLFOX-bévacizumab, puis depuis janvier 2025 FOLFIRI + bévacizumab (C9 le 05/05/2025) en situation palliative.

Le scanner d'évaluation du 18/03/2025 a montré l'apparition de lésions ostéolytiques de L3 et de l'aile iliaque droite, confirmées à l'IRM (pas d'épidurite, mur postérieur respecté).

Sur le plan clinique : lombalgies basses depuis environ 6 semaines, majorées à la marche et à la station debout prolongée, soulagées par le repos, EN 5/10 ce jour. Pas de douleur nocturne. Pas de déficit sensitivo-moteur, pas de troubles sphinctériens.

Traitements en cours :
- FOLFIRI-bévacizumab tous les 14 jours
- Xarelto 20 mg 1/j (EP 11/2024)
- Inexium 40 mg 1/j
- Doliprane 1 g x3/j
- Topalgic LP 100 mg matin et soir
- Amlodipine 5 mg 1/j

Pas d'antiagrégant plaquettaire. Pas encore de traitement anti-résorptif osseux (bilan dentaire en cours, dénosumab à discuter selon votre avis).
Aucun geste local osseux réalisé jusqu'ici.

Etat général : OMS 1, poids stable, albumine 36 g/L.

Questions posées :
- indication d'une radiothérapie antalgique de L3 et/ou de l'aile iliaque droite ?
- place d'une cimentoplastie de L3 ?
- faut-il suspendre le bévacizumab en cas de geste ?

Bien confraternellement,

Dr H. Marchais
""",
    gold=dict(
        patient={"sex": "M", "age": 64},
        primaryTumor={"status": "present", "site": "colorectal", "histology": "adenocarcinoma",
                      "biomarkers": {"KRAS": "positive", "BRAF": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 5},
        currentMedications={"status": "present", "atc": ["B01AF01", "A02BC05", "N02BE01", "N02AX02"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AF01"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
)

# ---------------------------------------------------------------- zzl02
letter(
    id="zzl02", fmt="docx", date="2025-05-20", birth="1958-11-03",
    author="Hepato-gastroenterologist (Besançon)",
    tricky="Hepatocellular carcinoma on cirrhosis (site and histology 'other'); age only as birth date (birthday later in the year); chemoembolisation is a liver, not bone, local treatment; atezolizumab-bevacizumab stopped; Xgeva only planned (bone therapy unknown); pain 7 then 3 under morphine, mechanical + still nocturnal; single-fraction humerus RT; no anticoagulant/antiplatelet because of thrombocytopenia",
    blocks=[
        ("h", "Centre hospitalier des Prés-de-Vaux"),
        ("p", "Service d'Hépato-gastro-entérologie et Oncologie digestive\n4 chemin des Prés-de-Vaux, 25000 Besançon - Tél. 03 81 52 38 14"),
        ("p", "Besançon, le 20 mai 2025"),
        ("p", "Dr Julien FAIVRE-PIERRET\nHépato-gastro-entérologue"),
        ("b", "Objet : demande d'avis RCP métastases osseuses - M. Gérard OUDOT, né le 03/11/1958"),
        ("p", "Cher Confrère,"),
        ("p", "Je vous remercie de bien vouloir discuter en RCP le dossier de M. Oudot, que je suis pour un carcinome hépatocellulaire sur cirrhose d'origine alcoolique (sevrage depuis 2019), Child-Pugh A6."),
        ("b", "Antécédents"),
        ("p", "Cirrhose alcoolique avec varices oesophagiennes grade 2 ligaturées (2022). Diabète de type 2. HTA. Pas d'antécédent thrombo-embolique."),
        ("b", "Histoire de la maladie"),
        ("p", "CHC multifocal découvert en 2023 sur l'échographie de dépistage ; biopsie hépatique : carcinome hépatocellulaire moyennement différencié. Deux chimio-embolisations intra-artérielles en 2023. Progression en 2024 : atézolizumab-bévacizumab (Tecentriq-Avastin) de mars 2024 à mars 2025, arrêté pour progression hépatique. Lenvatinib (Lenvima 8 mg/j) depuis le 07/04/2025, bien toléré."),
        ("p", "En février 2025, apparition de douleurs de l'épaule droite d'aggravation progressive ayant conduit à une radiographie puis un scanner : lésion lytique de l'extrémité supérieure de l'humérus droit avec rupture corticale externe, sans fracture. Le TEP-FDG ne retrouve pas d'autre localisation osseuse. Radiothérapie antalgique de l'humérus droit, 8 Gy en fraction unique, le 14/03/2025."),
        ("p", "Douleurs : EVA 7/10 en février avec réveils nocturnes ; actuellement EVA 3/10 sous morphine, douleur surtout à la mobilisation de l'épaule (antépulsion, abduction), persistance de réveils nocturnes une à deux fois par nuit."),
        ("b", "Traitement actuel"),
        ("table", [["Médicament", "Posologie"],
                   ["Lenvima (lenvatinib)", "8 mg 1/j"],
                   ["Skenan LP", "30 mg matin et soir"],
                   ["Actiskenan", "10 mg si douleur, max 4/j"],
                   ["Propranolol", "40 mg x2/j"],
                   ["Lasilix", "40 mg 1/j"],
                   ["Aldactone", "75 mg 1/j"],
                   ["Metformine", "1000 mg x2/j"]]),
        ("p", "Pas de traitement anticoagulant ni antiagrégant (thrombopénie à 68 G/L). Un traitement par Xgeva est prévu après validation du bilan bucco-dentaire (panoramique demandé)."),
        ("p", "Etat général conservé, OMS 1. Espérance de vie estimée supérieure à 6 mois."),
        ("p", "Projet : poursuite du lenvatinib, réévaluation scanographique prévue fin juin."),
        ("b", "Questions à la RCP"),
        ("p", "Risque fracturaire de l'humérus (score de Mirels à 9) : enclouage prophylactique ? Complément de radiothérapie ? Délai pour débuter le dénosumab ?"),
        ("p", "Avec mes remerciements et mes sentiments confraternels.\nDr J. Faivre-Pierret"),
    ],
    gold=dict(
        patient={"sex": "M", "age": 66},
        primaryTumor={"status": "present", "site": "other", "histology": "other", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["mechanical", "nocturnal"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["L01EX08", "N02AA01", "C03CA01", "A10BA02"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
)

# ---------------------------------------------------------------- zzl03
letter(
    id="zzl03", fmt="pdf", date="2025-05-06", birth="1971-05-07",
    author="Endocrinologist (Dijon)",
    tricky="Follicular thyroid carcinoma treated with radioactive iodine (systemic, not a local bone treatment); bone lesions found on post-therapeutic whole-body scan; age only as birth date, the day before the birthday; 'aucune douleur osseuse'; Zometa every 12 weeks is current; sternal external RT; BRAF negative; next I-131 course programmed (decided plan); mother's goitre",
    pages=[[
        ("H", "Hôpital des Grésilles - Service d'Endocrinologie, Diabétologie et Maladies métaboliques"),
        ("s", "7 boulevard des Grésilles, 21000 Dijon - Secrétariat : 03 80 65 19 42"),
        ("p", ""),
        ("p", "Dijon, le 6 mai 2025"),
        ("p", "Dr Claire ROUSSEL-MONIOT, endocrinologue"),
        ("p", "à Madame, Monsieur les membres de la RCP Métastases osseuses"),
        ("p", ""),
        ("b", "Objet : Mme Nathalie GRANDJEAN, née le 07/05/1971 - carcinome vésiculaire de la thyroïde avec métastases osseuses"),
        ("p", ""),
        ("p", "Chère Consœur, Cher Confrère,"),
        ("p", "Je souhaite vous présenter le dossier de Mme Grandjean, suivie dans le service depuis 2019."),
        ("p", "Antécédents : hypothyroïdie post-chirurgicale substituée, migraine, appendicectomie. Sa mère a été opérée d'un goitre multinodulaire. Pas d'antécédent familial de cancer."),
        ("p", "Histoire : thyroïdectomie totale en septembre 2019 pour un carcinome vésiculaire largement invasif de 4,5 cm (pT3a), avec emboles vasculaires. Recherche de mutation BRAF V600E négative. Première administration d'iode 131 (100 mCi) en décembre 2019 ; thyroglobuline restée détectable et lentement ascendante."),
        ("p", "La scintigraphie corps entier post-thérapeutique réalisée après la 2ème cure d'iode radioactif (juin 2024) a montré des fixations du sternum et de l'aile iliaque gauche, confirmées au TEP-scanner et à l'IRM (lésions lytiques, sans atteinte du cotyle). Une radiothérapie externe du sternum (30 Gy en 10 séances) a été réalisée en octobre 2024. Une 3ème cure d'iode 131 (100 mCi) a été administrée en janvier 2025, avec baisse de la thyroglobuline sous stimulation."),
        ("p", "Sur le plan clinique, la patiente ne rapporte aucune douleur osseuse, y compris à la palpation sternale. Activité professionnelle (enseignante) conservée, OMS 0."),
        ("b", "Traitement actuel :"),
        ("p", "- Levothyrox 150 µg/j (TSH freinée)"),
        ("p", "- Zometa 4 mg IV toutes les 12 semaines depuis septembre 2024, après bilan dentaire (dernière injection le 10/04/2025)"),
        ("p", "- Uvedose 100 000 UI, 1 ampoule tous les 3 mois"),
        ("p", "- Almogran si crise migraineuse"),
        ("p", "Pas de traitement anticoagulant ni antiagrégant plaquettaire."),
        ("p", "Projet : une 4ème administration d'iode 131 est programmée en septembre 2025, après stimulation par Thyrogen."),
        ("b", "Questions à la RCP :"),
        ("p", "La lésion iliaque gauche, fixante mais volumineuse (42 mm), relève-t-elle d'un traitement local complémentaire (radiothérapie stéréotaxique, cimentoplastie) avant la prochaine cure ? Faut-il poursuivre le Zometa au même rythme ?"),
        ("p", ""),
        ("p", "Je vous remercie de votre avis et vous prie de croire à mes sentiments les meilleurs."),
        ("p", "Dr C. Roussel-Moniot"),
    ]],
    gold=dict(
        patient={"sex": "F", "age": 53},
        primaryTumor={"status": "present", "site": "thyroid", "histology": "other", "biomarkers": {"BRAF": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["H03AA01", "M05BA08", "A11CC05"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BA08"]},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
    ),
)

# ---------------------------------------------------------------- zzl04
letter(
    id="zzl04", fmt="docx", date="2025-04-15", birth=None,
    author="Dermatologist (Besançon)",
    tricky="Melanoma BRAF V600E; ipilimumab-nivolumab stopped after immune colitis (not current); dabrafenib + trametinib (not in ATC table); Solupred tapering is current; Prolia for osteoporosis stopped (bone therapy absent); hip pain at walking 'sans réveil nocturne'; sister's melanoma; 'aucune radiothérapie ni chirurgie osseuse'",
    blocks=[
        ("h", "Polyclinique de Planoise - Dermatologie et Onco-dermatologie"),
        ("p", "18 rue de Cologne, 25000 Besançon - Tél. 03 81 41 73 05 - Fax 03 81 41 73 09"),
        ("p", "Besançon, le 15/04/2025"),
        ("b", "Demande de discussion en RCP métastases osseuses"),
        ("p", "Patiente : Mme Sophie LAMBOLEY, 47 ans\nMédecin référent : Dr Mathilde CUENOT, dermatologue"),
        ("p", "Chers collègues,"),
        ("p", "Mme Lamboley, 47 ans, est suivie pour un mélanome à extension superficielle du dos (Breslow 3,2 mm, ulcéré), excisé en mai 2022 avec ganglion sentinelle axillaire positif puis curage axillaire gauche. Mutation BRAF V600E. Sa sœur a été opérée d'un mélanome in situ en 2018."),
        ("p", "Récidive métastatique en janvier 2025 : le TEP-TDM de surveillance du 21/01/2025 a montré des lésions hépatiques, ganglionnaires médiastinales et osseuses (cotyle gauche, D9, arcs costaux). Une association ipilimumab + nivolumab a été débutée le 03/02/2025 et arrêtée après 2 cures pour une colite immuno-induite de grade 3 ayant nécessité une corticothérapie IV. Depuis le 17/03/2025, thérapie ciblée par dabrafénib (Tafinlar) 150 mg x2/j + tramétinib (Mekinist) 2 mg/j, avec bonne tolérance en dehors d'épisodes fébriles."),
        ("p", "Sur le plan osseux : douleur de la hanche gauche à la marche et à l'appui prolongé, EN 4/10, sans réveil nocturne ni irradiation. Marche sans canne. Aucune radiothérapie ni chirurgie osseuse à ce jour."),
        ("p", "Elle avait reçu du Prolia de 2019 à 2023 pour une ostéoporose post-ménopausique précoce ; il a été arrêté à la découverte de la récidive et n'a pas été repris."),
        ("b", "Traitements en cours"),
        ("p", "Tafinlar 75 mg : 2 gél. matin et soir\nMekinist 2 mg : 1 cp/j\nSolupred 20 mg/j (décroissance de 5 mg tous les 10 jours)\nInexium 20 mg/j\nBactrim Forte 1 cp 3 fois par semaine\nCacit D3 1 sachet/j\nDoliprane 1 g jusqu'à 3 fois par jour"),
        ("p", "Pas de traitement anticoagulant."),
        ("p", "OMS 1."),
        ("p", "Projet : poursuite de la thérapie ciblée, TEP d'évaluation prévu en mai."),
        ("b", "Questions"),
        ("p", "Risque fracturaire du cotyle gauche : indication de radiothérapie ou de cimentoplastie ? Faut-il reprendre un traitement anti-résorptif (dénosumab à dose oncologique ?) compte tenu de l'arrêt du Prolia ?"),
        ("p", "Bien cordialement,\nDr M. Cuenot"),
    ],
    gold=dict(
        patient={"sex": "F", "age": 47},
        primaryTumor={"status": "present", "site": "melanoma", "histology": "other", "biomarkers": {"BRAF": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 4},
        currentMedications={"status": "present", "atc": ["H02AB06", "A02BC05", "A12AX", "N02BE01"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
)

# ---------------------------------------------------------------- zzl05
letter(
    id="zzl05", fmt="txt", encoding="utf-8", newline="\n", date="2025-05-16", birth=None,
    author="Internist (Dijon)",
    tricky="Cancer of unknown primary revealed by hypercalcaemia, bone biopsy result pending (primary uncertain, site unknown_primary, no histology); normal PSA is a negative marker; one single Zometa infusion for hypercalcaemia is not a current bone therapy and the letter denies a long-term one; preventive Lovenox during the stay; Kardégic for a stent; inflammatory + nocturnal pain, 8 at admission then 5; no therapeutic project yet; brother's lung cancer",
    text="""Hôpital Champmol - Service de Médecine Interne
3 allée de la Chartreuse, 21000 Dijon
Tél : 03 80 58 44 10

Dijon, le 16/05/2025

Objet : demande d'avis RCP MO - M. Daniel PERRENOT, 71 ans

Cher confrère,

Je vous adresse M. Perrenot, 71 ans, hospitalisé dans notre service depuis le 07/05/2025 pour une hypercalcémie à 3,4 mmol/L révélant des lésions osseuses lytiques multiples.

ATCD : cardiopathie ischémique stentée (IVA, 2019), BPCO post-tabagique (40 PA), adénome de prostate. Pas d'allergie.
Frère : cancer du poumon à 65 ans.

Histoire : AEG depuis 2 mois (-7 kg), rachialgies dorsales depuis 3 semaines. Bilan de l'hypercalcémie : PTH effondrée, lésions lytiques du rachis dorsal (D7, D11), du bassin et de plusieurs arcs costaux au scanner TAP. Pas de pic monoclonal à l'électrophorèse, chaînes légères libres normales : myélome peu probable. Pas de lésion primitive évidente au scanner (nodule pulmonaire de 6 mm, aspécifique). PSA 1,8 ng/mL (normal). TEP-TDM prévu le 20/05.
Biopsie osseuse scanno-guidée de l'aile iliaque droite réalisée le 13/05/2025 : résultats anapath en attente (IHC demandée).

Hypercalcémie corrigée par hydratation et une perfusion unique de Zometa 4 mg le 08/05. Pas de traitement anti-résorptif au long cours pour l'instant.

Douleurs : rachialgies dorsales d'horaire inflammatoire avec réveils nocturnes vers 3h et dérouillage matinal d'une heure. EVA 8 à l'admission, 5/10 ce matin sous oxycodone. Pas de radiculalgie, examen neurologique normal.

Traitement actuel :
- OxyContin LP 20 mg x2/j + OxyNorm 5 mg si besoin
- Paracétamol 1 g x4/j
- Forlax 2 sachets/j
- Kardégic 75 mg 1/j (stent)
- Bisoprolol 2,5 mg 1/j
- Tahor 40 mg le soir
- Lovenox 4000 UI/j SC (préventif pendant l'hospitalisation)
- Spiriva 2 inhalations/j

OMS 2 (alité une partie de la journée).

Questions :
1) indication d'une radiothérapie antalgique du rachis dorsal en attendant le diagnostic histologique ?
2) risque fracturaire de D11 (SINS à calculer) ?
3) intérêt d'une biopsie vertébrale si la biopsie iliaque n'est pas contributive ?

Je reste joignable au 03 80 58 44 12.
Bien confraternellement,

Dr Antoine BOILLOT
Praticien hospitalier, médecine interne
""",
    gold=dict(
        patient={"sex": "M", "age": 71},
        primaryTumor={"status": "uncertain", "site": "unknown_primary", "histology": None, "biomarkers": {"PSA": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["hypercalcemia"], "dated": True},
        pain={"status": "present", "types": ["inflammatory", "nocturnal"], "intensity": 5},
        currentMedications={"status": "present", "atc": ["N02AA05", "N02BE01", "A06AD15", "B01AC06", "C07AB07", "C10AA05", "B01AB05"]},
        priorLocalTreatments={"status": "unknown", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AB05"]},
        antiplatelets={"status": "present", "atc": ["B01AC06"]},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
)

# ---------------------------------------------------------------- zzl06
letter(
    id="zzl06", fmt="scan", date="2025-06-02", birth="1950-02-14",
    author="Medical oncologist (Besançon), faxed",
    tricky="Scanned fax, one page, image only (OCR needed); urothelial bladder carcinoma (histology 'other'); cystectomy is not a bone treatment; revealing pathological femoral-neck fracture then hip hemiarthroplasty (surgery); age only as birth date; enfortumab vedotin (not in table) + Keytruda; Xgeva monthly; Innohep long-term for PE; 'Pas d'antiagrégant'",
    lines=[
        "02/06/2025 14:32    DE: 03 81 47 62 10    CLINIQUE CHAPELLE-DES-BUIS    P. 1/1",
        "",
        "Clinique de la Chapelle-des-Buis - Oncologie médicale",
        "21 chemin de la Chapelle, 25000 Besançon - Tél 03 81 47 62 00",
        "",
        "A l'attention du secrétariat de la RCP métastases osseuses",
        "Besançon, le 02/06/2025",
        "",
        "Patient : M. Bernard JOUFFROY, né le 14/02/1950",
        "Dr Paul-Henri DEMOUGEOT, oncologue médical",
        "",
        "Cher confrère,",
        "Merci de discuter le dossier de M. Jouffroy en RCP.",
        "",
        "Carcinome urothélial infiltrant de vessie (pT2 N0), cystectomie totale",
        "avec Bricker en 2022. Récidive ganglionnaire rétropéritonéale et osseuse en 2025.",
        "",
        "Révélation osseuse : fracture pathologique du col fémoral gauche le",
        "11/02/2025 (chute de sa hauteur), prothèse intermédiaire de hanche le",
        "13/02/2025 ; histologie : métastase de carcinome urothélial.",
        "",
        "Ttt actuel : enfortumab védotin + pembrolizumab (Keytruda) depuis le",
        "10/03/2025, C5 le 26/05. Xgeva 120 mg SC toutes les 4 semaines depuis",
        "avril 2025 + Cacit D3 1/j. EP segmentaire en mars 2025 : Innohep",
        "14 000 UI/j au long cours. Pas d'antiagrégant.",
        "Autres : Doliprane 1 g si besoin, Lasilix 20 mg/j.",
        "",
        "Douleur résiduelle de la hanche gauche à la marche, EVA 2/10.",
        "OMS 1. Projet palliatif : poursuite EV-pembrolizumab.",
        "",
        "Question : lésions du cotyle droit et de L4 vues sur le scanner",
        "d'évaluation du 20/05 (asymptomatiques) : radiothérapie ? surveillance ?",
        "",
        "Cordialement,",
        "Dr PH Demougeot",
    ],
    gold=dict(
        patient={"sex": "M", "age": 75},
        primaryTumor={"status": "present", "site": "bladder", "histology": "other", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 2},
        currentMedications={"status": "present", "atc": ["L01FF02", "M05BX04", "A12AX", "B01AB10", "N02BE01", "C03CA01"]},
        priorLocalTreatments={"status": "present", "types": ["surgery"]},
        boneTargetedTherapy={"status": "present", "atc": ["M05BX04"]},
        anticoagulation={"status": "present", "atc": ["B01AB10"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
)

# ---------------------------------------------------------------- zzl07
letter(
    id="zzl07", fmt="pdf", date="2025-04-28", birth="1961-04-28",
    author="Medical oncologist (Besançon)",
    tricky="Clear-cell renal carcinoma; age only as birth date, letter written on the birthday; sacral lesion revealed by S1 radiculalgia with motor deficit (pain + neurological deficit); decompressive RT; steroids and nivolumab stopped; neuropathic pain (décharges électriques, brûlures, DN4); Préviscan reported by the patient 'à vérifier' (uncertain, not current); explicit no bisphosphonate/denosumab; Karnofsky only",
    pages=[[
        ("H", "Hôpital des Prés-de-Vaux - Département d'Oncologie médicale"),
        ("s", "4 chemin des Prés-de-Vaux, 25000 Besançon - Tél. 03 81 52 38 60"),
        ("p", ""),
        ("p", "Besançon, le 28/04/2025"),
        ("p", "Dr Isabelle TISSOT, oncologue médicale"),
        ("p", ""),
        ("b", "Objet : M. Alain BOURGEOIS-RENAUD, né le 28/04/1961 - carcinome rénal à cellules claires, métastase sacrée"),
        ("p", ""),
        ("p", "Cher confrère,"),
        ("p", "Je vous remercie de discuter en RCP métastases osseuses le dossier de M. Bourgeois-Renaud."),
        ("p", "Antécédents : diabète de type 2, HTA, fibrillation atriale paroxystique (suivi cardiologique à Pontarlier), lithiase vésiculaire."),
        ("p", "Histoire oncologique : néphrectomie élargie gauche en 2021 pour un carcinome rénal à cellules claires, grade ISUP 3, pT3a N0. Métastases pulmonaires en 2023 traitées par nivolumab-ipilimumab puis nivolumab seul jusqu'en septembre 2024, arrêté pour progression."),
        ("p", "En janvier 2025, installation en quelques jours d'une radiculalgie S1 gauche puis d'un déficit de la flexion plantaire gauche coté 3/5, révélant une lésion lytique sacrée avec épidurite. Radiothérapie décompressive sacrée de 20 Gy en 5 fractions (janvier 2025) ; corticothérapie arrêtée fin février. Cabozantinib (Cabometyx 40 mg/j) depuis le 03/02/2025."),
        ("p", "Actuellement : persistance de douleurs radiculaires S1 à type de décharges électriques et de brûlures plantaires, DN4 à 6/10, EN 6/10 malgré le traitement. Récupération motrice partielle (4/5), marche avec une canne."),
        ("b", "Traitement actuel :"),
        ("p", "Cabometyx 40 mg 1/j - Lyrica 75 mg matin et soir - Skenan LP 20 mg x2/j - Glucophage 850 mg x2/j - Triatec 5 mg 1/j"),
        ("p", "Le patient dit prendre du Préviscan pour sa FA, mais il ne figure pas sur la dernière ordonnance de son cardiologue : à vérifier."),
        ("p", "Pas de bisphosphonate ni de dénosumab (mauvais état dentaire, extractions en attente)."),
        ("p", "Indice de Karnofsky 70 %."),
        ("p", "Projet : poursuite du cabozantinib à visée palliative."),
        ("b", "Questions :"),
        ("p", "Réirradiation en conditions stéréotaxiques du sacrum ? Place d'une sacroplastie ? Avis neurochirurgical ?"),
        ("p", ""),
        ("p", "Bien confraternellement,"),
        ("p", "Dr I. Tissot"),
    ]],
    gold=dict(
        patient={"sex": "M", "age": 64},
        primaryTumor={"status": "present", "site": "kidney", "histology": "clear_cell_carcinoma", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pain", "neurological_deficit"], "dated": True},
        pain={"status": "present", "types": ["neuropathic"], "intensity": 6},
        currentMedications={"status": "present", "atc": ["L01EX07", "N03AX16", "N02AA01", "A10BA02", "C09AA05"]},
        priorLocalTreatments={"status": "present", "types": ["radiotherapy"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "uncertain", "atc": ["B01AA12"]},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "kps": 70},
        therapeuticProject={"status": "present", "intent": "palliative"},
    ),
)

# ---------------------------------------------------------------- zzl08
letter(
    id="zzl08", fmt="docx", date="2025-05-09", birth=None,
    author="Medical oncologist, sarcoma (Dijon)",
    tricky="Uterine leiomyosarcoma (site and histology 'other'); request form says 'Douleur osseuse : Oui - EVA 3' while the letter says asymptomatic without analgesics (conflicting); vertebroplasty with biopsy; pelvic adjuvant RT is not a bone treatment; doxorubicin not in table; Xanax/Zophren as needed; nothing on bone therapy or antiplatelets; mother's breast cancer",
    blocks=[
        ("h", "Institut de Cancérologie Bourgogne-Est - Oncologie médicale / Sarcomes"),
        ("p", "9 avenue du Lac Kir, 21000 Dijon - Tél. 03 80 77 15 20"),
        ("b", "FICHE DE DEMANDE - RCP MÉTASTASES OSSEUSES"),
        ("table", [["Patient(e)", "Mme Véronique PARIZOT - 58 ans"],
                   ["Médecin demandeur", "Dr Laurent GUYOT, oncologie médicale"],
                   ["Date", "09/05/2025"],
                   ["Tumeur primitive", "Léiomyosarcome utérin de haut grade (FNCLCC 3)"],
                   ["Sites métastatiques", "poumons, vertèbre T10, aile iliaque droite"],
                   ["Douleur osseuse", "Oui - EVA 3"],
                   ["Traitement anticoagulant", "Non"],
                   ["Performance status", "OMS 0"],
                   ["Question", "RT stéréotaxique de consolidation T10 et iliaque ?"]]),
        ("p", ""),
        ("p", "Cher confrère,"),
        ("p", "Mme Parizot, 58 ans, a eu une hystérectomie totale avec annexectomie bilatérale en mars 2022 pour un léiomyosarcome utérin de haut grade, suivie d'une radiothérapie pelvienne adjuvante. Sa mère a eu un cancer du sein à 62 ans."),
        ("p", "Le scanner thoraco-abdomino-pelvien de surveillance de novembre 2024 a mis en évidence des nodules pulmonaires bilatéraux, une lyse du corps vertébral de T10 avec minime recul du mur postérieur et une lésion de l'aile iliaque droite. Une vertébroplastie de T10 a été réalisée le 12/12/2024 (biopsie per-opératoire : métastase de léiomyosarcome)."),
        ("p", "Chimiothérapie de 1ère ligne par doxorubicine depuis le 06/01/2025 (C5 le 28/04), bien tolérée, maladie stable au scanner d'avril. Sur le plan osseux, la patiente est actuellement asymptomatique et ne prend plus d'antalgique depuis la vertébroplastie."),
        ("p", "Traitements : doxorubicine 75 mg/m² J1=J21 ; Inexium 20 mg/j ; Zophren 8 mg si nausées ; Imovane 7,5 mg au coucher ; Xanax 0,25 mg si besoin. Pas de traitement anticoagulant."),
        ("p", "Nous souhaiterions votre avis sur une radiothérapie stéréotaxique de consolidation de T10 et de l'aile iliaque, la maladie osseuse étant oligométastatique."),
        ("p", "Bien à vous,\nDr L. Guyot"),
    ],
    gold=dict(
        patient={"sex": "F", "age": 58},
        primaryTumor={"status": "present", "site": "other", "histology": "other", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "conflicting", "types": [], "intensity": 3},
        currentMedications={"status": "present", "atc": ["A02BC05", "N05CF01", "N05BA12"]},
        priorLocalTreatments={"status": "present", "types": ["cementoplasty"]},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "unknown", "atc": []},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
    ),
)

# ---------------------------------------------------------------- zzl09
letter(
    id="zzl09", fmt="txt", encoding="cp1252", newline="\r\n", date="2025-04-22", birth="1959-12-30",
    author="Digestive oncologist / gastroenterologist (Besançon)",
    tricky="cp1252 + CRLF telegraphic note; pancreatic neuroendocrine tumour G2 (Ki67 not a listed marker); bone lesions on DOTATOC PET; lanreotide and Créon not in table; everolimus and Plavix stopped (antiplatelets absent); Fosamax for osteoporosis counts as current bone therapy; 'jamais irradiée'; Lutathera decided; age only as birth date (birthday in December)",
    text="""Hôpital de Bregille - Hépato-gastro-entérologie / Oncologie digestive
Dr Franck MOUGIN - tél secrétariat 03 81 83 24 51

Besançon le 22/04/25

RCP métastases osseuses - demande d'avis

Pte : Mme Monique CHOPARD, née le 30/12/1959

TNE pancréatique bien différenciée G2 (Ki67 8 %), découverte en 2021 (tumeur corporéale 3 cm + métastases hépatiques multiples), non opérable. Fixation intense au TEP-DOTATOC.

ATCD : diabète type 2, ostéoporose (fracture du poignet 2018), dyslipidémie, cholécystectomie. Père : cancer de l'estomac.

Ttt onco : Somatuline 120 mg / 28 j depuis 2021. Afinitor (évérolimus) 2023-2024, arrêté (stomatites, pneumopathie).

Os : lésions osseuses multiples (rachis dorsal et lombaire, bassin, arcs costaux) sur le TEP-DOTATOC de réévaluation du 16/09/2024, condensantes au TDM. Pas de lésion menaçante selon le radiologue.

Dlr : gêne costale droite à l'effort et aux changements de position, cotée 3/10, pas de dlr nocturne.

Ttt actuel :
Somatuline 120 mg 1 inj / 28 j
Créon 25000 : 1 gél x3/j aux repas
Glucophage 1000 mg x2
Tahor 20 mg
Fosamax 70 mg 1 cp/semaine (ostéoporose, depuis 2018)
Orocal D3 1 cp x2/j
Doliprane 1 g si besoin

Anticoagulant : aucun. Plavix arrêté en 2022 (avis cardio).
Jamais irradiée.

OMS 0, autonome, poids stable.

Projet : RIV par Lutathera validée en RCP TNE du 10/04 : 4 cures de 177Lu-DOTATATE à partir de juin, Somatuline poursuivie.

Question : intérêt d'un ttt osseux spécifique (passage à l'acide zolédronique ou au dénosumab à dose oncologique à la place du Fosamax) ? RT antalgique costale ?

Cdt,
Dr F. Mougin
""",
    gold=dict(
        patient={"sex": "F", "age": 65},
        primaryTumor={"status": "present", "site": "other", "histology": "neuroendocrine", "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["staging_imaging"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["A10BA02", "C10AA05", "M05BA04", "A12AX", "N02BE01"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "present", "atc": ["M05BA04"]},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
    ),
)

# ---------------------------------------------------------------- zzl10
letter(
    id="zzl10", fmt="pdf", date="2025-06-11", birth=None,
    author="Dermatologist / dermato-oncologist (Dijon)",
    tricky="Two-page text PDF; nodular melanoma BRAF wild type (NRAS mutated, not a listed marker); bone lesion found incidentally on a CT for renal colic; 'aucune douleur osseuse'; Opdivo current; immune hypothyroidism on Levothyrox; Kardégic antiplatelet with 'Pas d'anticoagulant'; Xgeva only 'à discuter' (bone therapy unknown); neck dissection is not a bone treatment",
    pages=[[
        ("H", "Hôpital Champmol - Service de Dermatologie"),
        ("s", "Unité d'onco-dermatologie - 3 allée de la Chartreuse, 21000 Dijon - Tél. 03 80 58 47 71"),
        ("p", ""),
        ("p", "Dijon, le 11 juin 2025"),
        ("p", "Dr Anne-Laure VUILLEMIN, dermato-oncologue"),
        ("p", ""),
        ("b", "Objet : M. Thierry COLLOT, 52 ans - mélanome métastatique, lésion osseuse iliaque gauche"),
        ("p", ""),
        ("p", "Cher Confrère,"),
        ("p", "Je vous adresse M. Collot, 52 ans, pour discussion en RCP métastases osseuses."),
        ("p", "Antécédents : infarctus du myocarde en 2020 (stent sur la coronaire droite), dyslipidémie, hypothyroïdie auto-immune induite par l'immunothérapie (2024). Pas d'antécédent familial de mélanome."),
        ("p", "Histoire : mélanome nodulaire du cuir chevelu, Breslow 5 mm, excisé en 2021 avec curage cervical gauche (2N+/14). Statut BRAF non muté, NRAS muté (Q61R). Récidive ganglionnaire et pulmonaire en février 2024 : nivolumab (Opdivo 480 mg toutes les 4 semaines) depuis mars 2024, avec réponse partielle."),
        ("p", "Lésion osseuse : découverte fortuite sur un uroscanner réalisé aux urgences le 02/03/2025 pour une colique néphrétique : lésion lytique de 25 mm de l'aile iliaque gauche, hypermétabolique au TEP (SUVmax 9), seule lésion en progression, le reste de la maladie restant en réponse. Biopsie scanno-guidée : métastase de mélanome (PS100+, Melan-A+)."),
        ("p", "Le patient ne décrit aucune douleur osseuse, la marche est normale et il ne prend aucun antalgique."),
    ], [
        ("b", "Traitement actuel :"),
        ("p", "- Opdivo 480 mg IV toutes les 4 semaines (dernière cure le 28/05/2025)"),
        ("p", "- Levothyrox 75 µg le matin"),
        ("p", "- Kardégic 75 mg 1/j"),
        ("p", "- Cardensiel 2,5 mg 1/j"),
        ("p", "- Tahor 80 mg 1/j"),
        ("p", "Pas d'anticoagulant."),
        ("p", "Aucun traitement local osseux n'a été réalisé à ce jour. Un traitement par Xgeva est à discuter selon votre avis."),
        ("p", "Etat général excellent, OMS 0, poursuite de son activité de menuisier."),
        ("p", "Projet : poursuite du nivolumab dans l'objectif d'un contrôle prolongé de la maladie."),
        ("b", "Question posée :"),
        ("p", "Dans ce contexte d'oligoprogression osseuse isolée, quelle est votre indication : radiothérapie stéréotaxique de l'aile iliaque gauche ou thermoablation ? Intérêt d'un traitement anti-résorptif ?"),
        ("p", ""),
        ("p", "Avec mes remerciements,"),
        ("p", "Dr A.-L. Vuillemin"),
    ]],
    gold=dict(
        patient={"sex": "M", "age": 52},
        primaryTumor={"status": "present", "site": "melanoma", "histology": "other", "biomarkers": {"BRAF": "negative"}},
        boneDiagnosis={"status": "present", "circumstances": ["incidental_imaging"], "dated": True},
        pain={"status": "absent", "types": [], "intensity": None},
        currentMedications={"status": "present", "atc": ["L01FF01", "H03AA01", "B01AC06", "C07AB07", "C10AA05"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "unknown", "atc": []},
        anticoagulation={"status": "absent", "atc": []},
        antiplatelets={"status": "present", "atc": ["B01AC06"]},
        prognosis={"status": "present", "ecog": 0},
        therapeuticProject={"status": "present", "intent": None},
    ),
)

# ---------------------------------------------------------------- zzl11
letter(
    id="zzl11", fmt="docx", date="2025-05-26", birth="1944-06-01",
    author="Internist (Besançon)",
    tricky="Unknown primary with a non-contributive vertebral biopsy; lung primary only 'probable' (uncertain, no histology); T8 collapse as revealing pathological fracture; burning belt pain aggravated by mobilisation (neuropathic + mechanical), 7 then 4; Fragmine in the discharge list but 'Pas de traitement anticoagulant' in the text (conflicting); no oncologic treatment before diagnosis (project unknown); ECOG 1 before, 2 now; age only as birth date, a few days before the birthday; sister's breast cancer",
    blocks=[
        ("h", "Hôpital de la Butte - Service de Médecine interne et Maladies systémiques"),
        ("p", "2 rue de la Butte, 25000 Besançon - Tél. 03 81 65 90 33"),
        ("p", "Besançon, le 26/05/2025"),
        ("b", "Objet : Mme Jeanne MAGNIN, née le 01/06/1944 - lésions osseuses secondaires, primitif non identifié"),
        ("p", "Cher collègue,"),
        ("p", "Je vous adresse Mme Magnin, hospitalisée dans notre service du 28/04 au 16/05/2025 pour des dorsalgies aiguës en rapport avec un tassement vertébral de T8 survenu le 22/04/2025 lors d'un effort de soulèvement, sans traumatisme notable."),
        ("p", "ATCD : HTA, gonarthrose bilatérale, cataracte opérée. Tabagisme 30 PA sevré en 2000. Sœur : cancer du sein à 70 ans."),
        ("p", "Bilan : IRM rachidienne : tassement de T8 d'allure pathologique (infiltration du corps et du pédicule droit, épidurite débutante sans compression médullaire), autres lésions de T4, L2 et du sacrum. TEP-TDM : hypermétabolismes osseux multiples et nodule lobaire supérieur droit de 14 mm (SUVmax 6) faisant évoquer un primitif pulmonaire probable. Electrophorèse des protéines normale."),
        ("p", "Biopsie vertébrale de T8 le 30/04/2025 : tissu osseux remanié, fibrose médullaire, absence de cellule tumorale identifiée - non contributive. Une biopsie du nodule pulmonaire sous scanner est programmée le 03/06/2025."),
        ("p", "Douleurs : dorsalgies en ceinture à type de brûlures, majorées à la mobilisation et en position assise prolongée ; EVA 7 à l'admission, 4/10 actuellement sous traitement."),
        ("p", "Aucun traitement local (pas de vertébroplastie en raison de l'épidurite) ni traitement anti-résorptif à ce jour. Pas de traitement anticoagulant ni antiagrégant."),
        ("b", "Ordonnance de sortie"),
        ("table", [["Traitement", "Posologie"],
                   ["Topalgic LP 100 mg", "1 cp matin et soir"],
                   ["Doliprane 1 g", "1 cp x3/j"],
                   ["Neurontin 300 mg", "1 gél x3/j"],
                   ["Fragmine 5000 UI", "1 inj SC/j"],
                   ["Coversyl 5 mg", "1 cp/j"],
                   ["Forlax 10 g", "1 sachet/j"]]),
        ("p", "OMS 1 avant l'épisode, actuellement OMS 2 (marche avec déambulateur). Pas de traitement oncologique à ce stade en l'absence de diagnostic histologique."),
        ("b", "Questions à la RCP"),
        ("p", "Indication d'une radiothérapie de T8 avant le diagnostic histologique ? Surveillance de l'épidurite ? Une stabilisation chirurgicale est-elle à envisager ?"),
        ("p", "Bien confraternellement,\nDr Nicolas VERNEREY, médecine interne"),
    ],
    gold=dict(
        patient={"sex": "F", "age": 80},
        primaryTumor={"status": "uncertain", "site": "lung", "histology": None, "biomarkers": {}},
        boneDiagnosis={"status": "present", "circumstances": ["pathological_fracture"], "dated": True},
        pain={"status": "present", "types": ["neuropathic", "mechanical"], "intensity": 4},
        currentMedications={"status": "present", "atc": ["N02AX02", "N02BE01", "N03AX12", "B01AB04", "A06AD15"]},
        priorLocalTreatments={"status": "absent", "types": []},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "conflicting", "atc": ["B01AB04"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 2},
        therapeuticProject={"status": "unknown", "intent": None},
    ),
)

# ---------------------------------------------------------------- zzl12
letter(
    id="zzl12", fmt="pdf", date="2025-06-03", birth="1958-01-15",
    author="Endocrinologist (Besançon)",
    tricky="Radioiodine-refractory papillary thyroid carcinoma, BRAF V600E; three I-131 courses are not local bone treatments; acetabular cementoplasty then RT (two prior local types); lenvatinib current; Xgeva suspended for two months, resumption not decided (bone therapy absent); Eliquis current, Kardégic stopped (antiplatelets absent); age only as birth date",
    pages=[[
        ("H", "Hôpital de Bregille - Service d'Endocrinologie et Oncologie thyroïdienne"),
        ("s", "11 montée de Bregille, 25000 Besançon - Tél. 03 81 83 26 70"),
        ("p", ""),
        ("p", "Besançon, le 3 juin 2025"),
        ("p", "Dr Marie-Pierre GIRARDOT, endocrinologue"),
        ("p", ""),
        ("b", "Objet : Mme Odile PETITJEAN, née le 15/01/1958 - cancer papillaire de la thyroïde réfractaire à l'iode, métastases osseuses"),
        ("p", ""),
        ("p", "Chère consœur, cher confrère,"),
        ("p", "Mme Petitjean a eu en 2016 une thyroïdectomie totale avec curage central et latéral droit pour un carcinome papillaire, variante à cellules hautes, pT3b N1b, avec mutation BRAF V600E. Elle a reçu trois cures d'iode 131 (2016, 2017 et 2019 ; activité cumulée 300 mCi), puis la maladie a été déclarée réfractaire à l'iode radioactif en 2020 (lésions non fixantes)."),
        ("p", "Sur le plan osseux : douleurs de la hanche droite en novembre 2023 ayant fait découvrir une lésion lytique du toit du cotyle droit. Cimentoplastie acétabulaire le 19/01/2024, puis radiothérapie de 30 Gy en 10 fractions en février 2024. Lenvatinib (Lenvima) depuis mars 2024, actuellement 14 mg/j (dose réduite pour HTA et protéinurie), maladie stable jusqu'au scanner de mai 2025 qui montre une nouvelle lésion de T12, asymptomatique."),
        ("p", "Actuellement : douleurs modérées de la hanche droite à la marche prolongée, EN 3/10, pas de douleur au repos."),
        ("p", "Elle a reçu Xgeva 120 mg mensuel d'avril 2024 à mars 2025 ; il est suspendu depuis 2 mois pour une extraction dentaire, sa reprise n'est pas décidée."),
        ("b", "Traitement habituel :"),
        ("p", "Lenvima 14 mg/j ; Levothyrox 175 µg/j ; Triatec 10 mg/j ; Amlor 10 mg/j ; Eliquis 5 mg x2/j (FA depuis 2024) ; Movicol 1 sachet/j ; Orocal D3 1 cp/j ; Doliprane 1 g x3/j si besoin."),
        ("p", "Le Kardégic a été arrêté lors de l'introduction de l'Eliquis."),
        ("p", "OMS 1."),
        ("p", "Projet : poursuite du lenvatinib."),
        ("b", "Questions :"),
        ("p", "Radiothérapie stéréotaxique de T12 ? Faut-il reprendre le dénosumab et à quel délai après l'extraction ?"),
        ("p", ""),
        ("p", "Bien confraternellement,"),
        ("p", "Dr M.-P. Girardot"),
    ]],
    gold=dict(
        patient={"sex": "F", "age": 67},
        primaryTumor={"status": "present", "site": "thyroid", "histology": "other", "biomarkers": {"BRAF": "positive"}},
        boneDiagnosis={"status": "present", "circumstances": ["pain"], "dated": True},
        pain={"status": "present", "types": ["mechanical"], "intensity": 3},
        currentMedications={"status": "present", "atc": ["L01EX08", "H03AA01", "C09AA05", "B01AF02", "A06AD65", "A12AX", "N02BE01"]},
        priorLocalTreatments={"status": "present", "types": ["cementoplasty", "radiotherapy"]},
        boneTargetedTherapy={"status": "absent", "atc": []},
        anticoagulation={"status": "present", "atc": ["B01AF02"]},
        antiplatelets={"status": "absent", "atc": []},
        prognosis={"status": "present", "ecog": 1},
        therapeuticProject={"status": "present", "intent": None},
    ),
)


# ====================================================================== code
import datetime as _dt
import io
import json
import random
import re
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = Path("/work/shared/spec")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
          "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ALL_ITEMS = ITEMS9[:7] + ["antiplatelets"] + ITEMS9[7:]
STATUSES = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "currentMedications": {"present", "absent", "unknown"},
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTOS = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
          "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOM = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIORES = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PAINT = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENT = {"curative", "palliative", "supportive"}
GROUP_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


class Violation(Exception):
    pass


def fail(msg):
    raise Violation(msg)


def load_atc():
    rows = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        names = [cols[1], cols[2]] + [b for b in (cols[4].split(",") if len(cols) > 4 else []) if b]
        rows[cols[0]] = names
    return rows


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def age_at(birth, date):
    b = _dt.date.fromisoformat(birth)
    d = _dt.date.fromisoformat(date)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def derive_gaps(g):
    """The spec's Gaps rule, applied to gold values (nine items; antiplatelets never)."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in kinds:
            gaps.append([item, kinds[st]])
            continue
        if st != "present":
            continue
        incomplete = (
            (item == "pain" and not sec.get("types"))
            or (item in ("anticoagulation", "boneTargetedTherapy") and not sec.get("atc"))
            or (item == "boneDiagnosis" and not sec.get("dated"))
            or (item == "primaryTumor" and not sec.get("histology"))
            or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
        )
        if incomplete:
            gaps.append([item, "incomplete"])
    return gaps


def letter_text(L):
    if L["fmt"] == "txt":
        return L["text"]
    if L["fmt"] == "scan":
        return "\n".join(L["lines"])
    if L["fmt"] == "pdf":
        return "\n".join(t for page in L["pages"] for _, t in page)
    out = []
    for kind, val in L["blocks"]:
        if kind == "table":
            out.extend(" ".join(r) for r in val)
        else:
            out.append(val)
    return "\n".join(out)


def check(L, atc):
    lid = L["id"]
    g = L["gold"]
    w = lambda m: fail(f"{lid}: {m}")
    if not re.fullmatch(r"zzl\d\d", lid):
        w("bad id")
    for item in ALL_ITEMS:
        if item not in g:
            w(f"missing item {item}")
        st = g[item]["status"]
        if st not in STATUSES.get(item, ALL5):
            w(f"{item} status {st} not allowed")
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        w("sex")
    if not isinstance(p["age"], int) or not 18 <= p["age"] <= 110:
        w("age")
    if L.get("birth"):
        a = age_at(L["birth"], L["date"])
        if a != p["age"]:
            w(f"age {p['age']} != {a} recomputed from birth date")
    text = letter_text(L)
    ntext = norm(text)
    # primary tumour
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            w("unknown primary tumour with values")
    else:
        if pt["site"] not in SITES:
            w(f"site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOS:
        w(f"histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOM or v not in BIORES:
            w(f"biomarker {k}={v}")
    # bone diagnosis
    bd = g["boneDiagnosis"]
    if bd["status"] == "present":
        if not bd["circumstances"]:
            w("boneDiagnosis present without circumstance")
    elif bd["circumstances"] or bd["dated"]:
        w("boneDiagnosis unknown with values")
    if not set(bd["circumstances"]) <= CIRC or len(set(bd["circumstances"])) != len(bd["circumstances"]):
        w("circumstance codes")
    if not isinstance(bd["dated"], bool):
        w("dated must be bool")
    # pain
    pn = g["pain"]
    if not set(pn["types"]) <= PAINT:
        w("pain types")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"] is not None):
        w("absent/unknown pain with values")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        w("pain intensity")
    # medications
    cm = g["currentMedications"]
    for c in cm["atc"]:
        if c not in atc:
            w(f"ATC {c} not in atc-reference.tsv")
        if not any(norm(n) in ntext for n in atc[c]):
            w(f"ATC {c} ({atc[c][0]}) named nowhere in the letter")
    if len(set(cm["atc"])) != len(cm["atc"]):
        w("duplicate ATC")
    if cm["status"] != "present" and cm["atc"]:
        w("currentMedications not present but atc listed")
    if cm["status"] == "present" and not cm["atc"]:
        pass  # allowed: drugs outside the table
    # local treatments
    lt = g["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCAL:
        w("local treatment types")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        w("absent/unknown local treatment with types")
    if lt["status"] == "present" and not lt["types"]:
        w("local treatment present without a type")
    # agent sections
    for sec, prefixes in GROUP_PREFIX.items():
        s = g[sec]
        for c in s["atc"]:
            if c not in atc:
                w(f"{sec} ATC {c} not in reference")
            if not c.startswith(prefixes):
                w(f"{sec} ATC {c} outside the section's classes")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            w(f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(cm["atc"])
            if missing:
                w(f"{sec} agents {missing} not in currentMedications")
        if s["status"] == "uncertain":
            if set(s["atc"]) & set(cm["atc"]):
                w(f"{sec}: doubtful agent must not be a current medication")
        # every current drug of the class must show in its section
        cur = {c for c in cm["atc"] if c.startswith(prefixes)}
        if cur - set(s["atc"]):
            w(f"{sec}: current drug(s) {cur - set(s['atc'])} missing from the section")
        if cur and s["status"] not in ("present", "conflicting"):
            w(f"{sec}: current drug but status {s['status']}")
    # prognosis
    pr = g["prognosis"]
    keys = set(pr) - {"status"}
    if not keys <= {"ecog", "kps"}:
        w("prognosis keys")
    if "ecog" in pr and "kps" in pr:
        w("prognosis: ecog and kps both given")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 6):
        w("ecog")
    if pr.get("kps") is not None and (pr["kps"] not in range(0, 101, 10)):
        w("kps")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        w("prognosis unknown with value")
    # project
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENT:
        w("intent")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        w("intent without project")
    if tp["intent"] == "palliative" and "palliati" not in ntext:
        w("palliative intent not written in the letter")
    if tp["intent"] == "curative" and "curati" not in ntext:
        w("curative intent not written")
    # light text checks
    if p["sex"] == "F" and not re.search(r"\bmme\b|madame", ntext):
        w("female patient without Mme")
    if p["sex"] == "M" and not re.search(r"\bm\. |monsieur", ntext):
        w("male patient without M.")
    if not L.get("birth") and f"{p['age']} ans" not in ntext:
        w("age neither written nor computable")
    if L["fmt"] in ("pdf", "scan"):
        try:
            text.encode("cp1252")
        except UnicodeEncodeError as e:
            w(f"character not in cp1252: {e}")
    if L["fmt"] == "txt":
        text.encode(L["encoding"])


def gold_record(L):
    g = L["gold"]
    rec = {"id": L["id"], "patient": g["patient"]}
    for item in ALL_ITEMS:
        sec = dict(g[item])
        for k in ("atc", "types", "circumstances"):
            if k in sec:
                sec[k] = sorted(sec[k])
        rec[item] = sec
    rec["gaps"] = derive_gaps(g)
    return rec


# ------------------------------------------------------------------ writers
PDF_DATE = "D:20250601090000+02'00'"
PRODUCER = "corpus64 make_letters.py"


class TextPdf:
    def __init__(self):
        from PIL import ImageFont
        self.f = ImageFont.truetype(FONT, 1000)
        self.widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                self.widths.append(int(round(self.f.getlength(ch))))
            except UnicodeDecodeError:
                self.widths.append(0)

    def width(self, s, size):
        return sum(self.widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000.0

    def wrap(self, text, size, maxw):
        out = []
        for para in text.split("\n"):
            words = para.split(" ")
            line = ""
            for wd in words:
                cand = wd if not line else line + " " + wd
                if self.width(cand, size) <= maxw or not line:
                    line = cand
                else:
                    out.append(line)
                    line = wd
            out.append(line)
        return out

    def build(self, pages):
        styles = {"H": (12.5, 16, 2), "s": (8.5, 11, 0), "b": (10.5, 14, 3), "p": (10, 13.2, 3)}
        left, top, maxw, bottom = 62, 790, 471, 60
        streams = []
        for page in pages:
            ops = ["BT"]
            y = top
            for style, text in page:
                size, lead, after = styles[style]
                if text == "":
                    y -= lead * 0.6
                    continue
                for ln in self.wrap(text, size, maxw):
                    if y < bottom:
                        raise Violation("PDF page overflow")
                    esc = ln.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
                    mode = "2 Tr 0.35 w" if style in ("H", "b") else "0 Tr"  # bold by fill+stroke
                    ops.append(f"{mode} /F1 {size} Tf 1 0 0 1 {left} {y:.1f} Tm (" + esc.decode("latin-1") + ") Tj")
                    y -= lead
                y -= after
            ops.append("ET")
            streams.append("\n".join(ops).encode("latin-1"))
        font_bytes = Path(FONT).read_bytes()
        objs = {}
        n_pages = len(pages)
        # 1 catalog, 2 pages, 3 font, 4 descriptor, 5 fontfile, 6 info, then page/content pairs
        kids = [7 + 2 * i for i in range(n_pages)]
        objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
        objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {n_pages} >>".encode()
        objs[3] = (f"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
                   f"/Widths [{' '.join(map(str, self.widths))}] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>").encode()
        objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                   b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
        comp = zlib.compress(font_bytes, 9)
        objs[5] = f"<< /Length {len(comp)} /Length1 {len(font_bytes)} /Filter /FlateDecode >>\nstream\n".encode() + comp + b"\nendstream"
        objs[6] = f"<< /Producer ({PRODUCER}) /Creator (corpus64) /CreationDate ({PDF_DATE}) /ModDate ({PDF_DATE}) >>".encode()
        for i, s in enumerate(streams):
            pn, cn = 7 + 2 * i, 8 + 2 * i
            objs[pn] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                        f"/Contents {cn} 0 R >>").encode()
            c = zlib.compress(s, 9)
            objs[cn] = f"<< /Length {len(c)} /Filter /FlateDecode >>\nstream\n".encode() + c + b"\nendstream"
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for n in sorted(objs):
            offsets[n] = out.tell()
            out.write(f"{n} 0 obj\n".encode() + objs[n] + b"\nendobj\n")
        xref = out.tell()
        size = max(objs) + 1
        out.write(f"xref\n0 {size}\n0000000000 65535 f \n".encode())
        for n in range(1, size):
            out.write(f"{offsets[n]:010d} 00000 n \n".encode())
        out.write(f"trailer\n<< /Size {size} /Root 1 0 R /Info 6 0 R /ID [<c0de64c0de64c0de64c0de64c0de6400> <c0de64c0de64c0de64c0de64c0de6400>] >>\nstartxref\n{xref}\n%%EOF\n".encode())
        return out.getvalue()


def make_docx(blocks, title):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "h":
            r = d.add_paragraph().add_run(val)
            r.bold = True
            r.font.size = Pt(13)
        elif kind == "b":
            d.add_paragraph().add_run(val).bold = True
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    cp = d.core_properties
    fixed = _dt.datetime(2025, 6, 1, 9, 0, 0)
    cp.author = "Secrétariat"
    cp.last_modified_by = "Secrétariat"
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def make_scan(lines, seed):
    from PIL import Image, ImageDraw, ImageFont
    rng = random.Random(seed)
    W, H = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 22)
    fh = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 17)
    y = 60
    for i, ln in enumerate(lines):
        font = fh if i == 0 else f
        if ln:
            dr.text((95 + rng.randint(-1, 1), y), ln, fill=rng.randint(15, 45), font=font)
        y += 34 if ln else 20
    if y > H - 60:
        raise Violation("scan page overflow")
    # fax noise: speckles, a few streaks
    for _ in range(2500):
        x, yy = rng.randrange(W), rng.randrange(H)
        img.putpixel((x, yy), rng.randint(0, 120))
    for _ in range(3):
        yy = rng.randrange(H)
        dr.line([(0, yy), (W, yy)], fill=rng.randint(170, 215), width=1)
    img = img.rotate(0.5, resample=Image.BICUBIC, fillcolor=255)
    img = img.point(lambda v: 0 if v < 150 else 255).convert("1").convert("L")
    buf = io.BytesIO()
    fixed = _dt.datetime(2025, 6, 1, 9, 0, 0)
    img.save(buf, "PDF", resolution=150, creationDate=fixed.timetuple(), modDate=fixed.timetuple(), producer=PRODUCER, title="fax")
    return buf.getvalue()


def main():
    atc = load_atc()
    try:
        ids = [x["id"] for x in L]
        if len(set(ids)) != len(ids):
            fail("duplicate ids")
        for x in L:
            check(x, atc)
            rec = gold_record(x)
            if rec["gaps"] != derive_gaps(x["gold"]):
                fail("gap derivation unstable")
        if sum(x["fmt"] == "scan" for x in L) != 1:
            fail("exactly one scanned fax expected")
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        sys.exit(1)
    letters, gold = HERE / "letters", HERE / "gold"
    letters.mkdir(exist_ok=True)
    gold.mkdir(exist_ok=True)
    pdf = TextPdf()
    for x in L:
        if x["fmt"] == "txt":
            data = x["text"].replace("\n", x["newline"]).encode(x["encoding"])
            name = x["id"] + ".txt"
        elif x["fmt"] == "pdf":
            data = pdf.build(x["pages"])
            name = x["id"] + ".pdf"
        elif x["fmt"] == "scan":
            data = make_scan(x["lines"], seed=6400 + int(x["id"][3:]))
            name = x["id"] + ".pdf"
        else:
            data = make_docx(x["blocks"], "Demande RCP métastases osseuses")
            name = x["id"] + ".docx"
        (letters / name).write_bytes(data)
        (gold / (x["id"] + ".json")).write_text(
            json.dumps(gold_record(x), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(L)} letters and golds")


if __name__ == "__main__":
    main()
