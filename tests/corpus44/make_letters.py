#!/usr/bin/env python3
"""corpus44: 12 blind referral letters (mid-size general hospital, no oncologist on site).

Run from /work/main:  .venv/bin/python tests/corpus44/make_letters.py
Every letter's text and gold record live below as Python data. Gold gaps are
derived by one function (derive_gaps) from the spec's Gaps rule; every gold is
checked against the contract before anything is written; outputs are
byte-identical on every run.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from writers import write_docx, write_scanned_pdf, write_text_pdf, write_txt  # noqa: E402

ROOT = HERE.parents[1]
SPEC_ATC = Path("/work/shared/spec/atc-reference.tsv")
if not SPEC_ATC.exists():
    SPEC_ATC = ROOT.parent / "shared" / "spec" / "atc-reference.tsv"

# ====================================================================== letters
LETTERS: list[dict] = []


def letter(**kw):
    LETTERS.append(kw)


def gold(sex, age, primary, bone, pain, meds, local, btt, anticoag, antiplat, prognosis, project):
    """Compact gold builder. primary=(status, site, histology, biomarkers); bone=(status, circumstances, dated);
    pain=(status, types, intensity); meds=(status, atc); local=(status, types); btt/anticoag/antiplat=(status, atc);
    prognosis=(status, {"ecog": n} | {"kps": n} | {}); project=(status, intent)."""
    g = {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": primary[0], "site": primary[1], "histology": primary[2], "biomarkers": dict(primary[3])},
        "boneDiagnosis": {"status": bone[0], "circumstances": list(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": list(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": list(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplat[0], "atc": sorted(antiplat[1])},
        "prognosis": {"status": prognosis[0]},
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }
    ps = prognosis[1]
    if "kps" in ps:
        g["prognosis"]["kps"] = ps["kps"]
    else:
        g["prognosis"]["ecog"] = ps.get("ecog")
    return g


# ---------------------------------------------------------------- zr01 GP, dictated, TXT
letter(
    id="zr01", fmt="txt", date=dt.date(2026, 11, 3), birth=None, age_written=81,
    author="General practitioner", encoding="utf-8",
    text="""Cabinet médical des Tilleuls
Dr Hervé LAMARQUE - Médecine générale
14 rue des Tilleuls 58640 Varennes-sur-Nièvre
Tél 03 86 41 27 90

le 3 novembre 2026

cher confrère
je vous adresse monsieur Roger BESNIER 81 ans que je suis depuis longtemps pour un adénocarcinome de la prostate diagnostiqué en 2021 traité par hormonothérapie il est toujours sous Eligard 45 mg une injection tous les 6 mois la derniere faite en septembre
depuis le mois de juillet il se plaint de douleurs lombaires basses qui le réveillent la nuit il dit que c'est surtout la nuit et que la journée ça va à peu près EVA à 6 ce matin au cabinet pas de sciatalgie pas de trouble sphinctérien
la scintigraphie osseuse faite le 14 octobre 2026 montre des fixations multiples rachis lombaire bassin et côtes compatibles avec des métastases le PSA est remonté à 38 ng/ml contre 2,1 l'an dernier
il n'a jamais eu de radiothérapie sur les os ni de chirurgie osseuse
ses traitements actuels doliprane 1 g trois fois par jour tramadol LP 100 matin et soir kardegic 75 un sachet par jour pour son stent coronaire de 2018 amlodipine 5 mg et atorvastatine 20 mg pas d'anticoagulant
il vit seul sa fille passe tous les jours il marche avec une canne
son frère a eu un cancer de la prostate aussi opéré il y a 10 ans
je vous remercie de discuter en RCP de l'intérêt d'une radiothérapie antalgique et d'un traitement pour les os type Xgeva ou autre
bien confraternellement
Dr Lamarque
""",
    gold=gold(
        "M", 81,
        ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        ("present", ["pain"], True),
        ("present", ["nocturnal"], 6),
        ("present", ["N02BE01", "N02AX02", "B01AC06", "C10AA05", "L02AE02"]),
        ("absent", []),
        ("unknown", []),
        ("absent", []),
        ("present", ["B01AC06"]),
        ("unknown", {}),
        ("present", None),
    ),
    tricky="dictated without punctuation; Xgeva only asked about (bone therapy unknown); brother's prostate cancer; no PS",
)

# ---------------------------------------------------------------- zr02 internal medicine, DOCX, software drug list
letter(
    id="zr02", fmt="docx", date=dt.date(2026, 11, 12), birth=dt.date(1950, 11, 21), age_written=None,
    author="Internal medicine (hospital physician)",
    blocks=[
        ("b", "CENTRE HOSPITALIER DE VAL-D'ARNOUX"),
        ("p", "Service de Médecine interne – Dr Claire VASSEUR, praticien hospitalier\nSecrétariat : 03 25 61 40 72 – Fax : 03 25 61 40 79"),
        ("p", "Val-d'Arnoux, le 12/11/2026"),
        ("b", "Objet : demande d'avis RCP métastases osseuses – Mme PERRAULT Josiane, née le 21/11/1950"),
        ("p", "Chers collègues,"),
        ("p", "Je vous adresse le dossier de Mme Perrault, hospitalisée dans notre service depuis le 02/11/2026 pour une hypercalcémie symptomatique (calcémie corrigée 3,41 mmol/L) avec confusion et déshydratation, adressée par les urgences."),
        ("p", "Le bilan étiologique a mis en évidence des lésions ostéolytiques multiples (bassin, col fémoral droit, D6, D9 et L2) au scanner TAP du 04/11/2026. Pas de lésion primitive évidente au scanner ; la mammographie et l'échographie mammaire sont normales. Électrophorèse des protéines sans pic monoclonal, PTH effondrée."),
        ("p", "Une biopsie osseuse scanno-guidée de l'aile iliaque droite (07/11/2026) retrouve une métastase d'adénocarcinome, CK7+, CK20-, TTF1-, GATA3- ; l'origine reste indéterminée à ce stade. Un TEP-scanner est programmé le 19/11/2026 et une fibroscopie digestive haute est demandée."),
        ("b", "Antécédents"),
        ("p", "HTA. Fibrillation atriale paroxystique anticoagulée. RGO. Hypothyroïdie substituée. Tabagisme sevré (20 PA). Mère décédée d'un cancer de l'ovaire."),
        ("b", "Clinique"),
        ("p", "Douleurs de la hanche droite à la marche et au lever du fauteuil, EN 5/10 sous traitement, sans douleur nocturne. Pas de déficit neurologique. La confusion a régressé après correction de la calcémie."),
        ("p", "L'hypercalcémie a été traitée par hydratation IV et une dose unique d'acide zolédronique 4 mg le 04/11, avec normalisation de la calcémie (2,48 mmol/L le 10/11). Aucun traitement local (ni radiothérapie ni chirurgie) n'a été réalisé."),
        ("b", "Traitement en cours (extrait du logiciel de prescription)"),
        ("p", "ELIQUIS 5 mg cp pellic – 1 cp matin et soir\nBISOPROLOL 2,5 mg cp – 1 cp le matin\nLEVOTHYROX 75 µg cp séc – 1 cp le matin à jeun\nINEXIUM 20 mg gél gastro-résist – 1 gél le soir\nOXYCONTIN LP 10 mg cp pellic LP – 1 cp matin et soir\nOXYNORMORO 5 mg cp orodisp – 1 cp si douleur, max 6/j\nDOLIPRANE 1000 mg cp – 1 cp x 3/j\nFORLAX 10 g pdre p sol buv sachet – 1 sachet/j\nACIDE ZOLEDRONIQUE 4 mg/5 ml sol diluer p perf – dose unique le 04/11/2026 (administré)"),
        ("b", "État général"),
        ("p", "OMS 2, autonome à domicile avec passage d'une aide-ménagère avant l'épisode. Vit avec son époux."),
        ("b", "Questions à la RCP"),
        ("p", "Risque fracturaire du col fémoral droit (indication d'une chirurgie prophylactique ?), radiothérapie antalgique, choix et rythme d'un traitement anti-résorptif. Le projet thérapeutique oncologique dépendra de l'orientation du primitif."),
        ("p", "Bien confraternellement,\nDr C. Vasseur"),
    ],
    gold=gold(
        "F", 75,
        ("present", "unknown_primary", "adenocarcinoma", {}),
        ("present", ["hypercalcemia"], True),
        ("present", ["mechanical"], 5),
        ("present", ["B01AF02", "C07AB07", "H03AA01", "A02BC05", "N02AA05", "N02BE01", "A06AD15"]),
        ("absent", []),
        ("unknown", []),
        ("present", ["B01AF02"]),
        ("unknown", []),
        ("present", {"ecog": 2}),
        ("unknown", None),
    ),
    tricky="cancer of unknown primary; drug list pasted from prescription software (caps, 'cp pellic', 'gél'); single zoledronic acid dose is not ongoing bone therapy; age from birth date (birthday 9 days after letter)",
)

# ---------------------------------------------------------------- zr03 rheumatology, two-column text PDF (letterhead sidebar)
_zr03_side = [
    ("sb", "CENTRE HOSPITALIER INTERCOMMUNAL"),
    ("sb", "MONTREVAL – LES AULNES"),
    ("s", ""),
    ("sb", "Service de Rhumatologie"),
    ("s", "Chef de service"),
    ("s", "Dr Pascal GUÉGUEN"),
    ("s", ""),
    ("s", "Praticiens hospitaliers"),
    ("s", "Dr Agnès FERRAND"),
    ("s", "Dr Mélanie LORIOT"),
    ("s", "Dr Samuel TOUSSAINT"),
    ("s", ""),
    ("s", "Assistante spécialiste"),
    ("s", "Dr Julie MOREL"),
    ("s", ""),
    ("s", "Secrétariat"),
    ("s", "02 47 55 18 30"),
    ("s", "Hôpital de jour"),
    ("s", "02 47 55 18 34"),
    ("s", "Ostéodensitométrie"),
    ("s", "02 47 55 18 36"),
]
_zr03_body = [
    ("p", "Montreval, le 18 novembre 2026"),
    ("p", "Dr Agnès FERRAND"),
    ("p", "à l'attention de la RCP Métastases osseuses"),
    ("b", "Objet : Mme Odile CHARPENTIER, 72 ans"),
    ("p", "Chère Consœur, Cher Confrère,"),
    ("p", "Je vous adresse Mme Odile Charpentier, 72 ans, que je suis pour une ostéoporose fracturaire (fracture du poignet 2019) traitée par Actonel 35 mg hebdomadaire depuis 2022, associé à Cacit D3."),
    ("p", "Dans ses antécédents : carcinome lobulaire infiltrant du sein gauche en 2015, traité par tumorectomie et radiothérapie mammaire puis anastrozole pendant 5 ans (arrêté en 2020). Sa sœur a eu un cancer du sein à 50 ans. HTA."),
    ("p", "En août 2026, elle a présenté une lombalgie brutale en se relevant d'une chaise. L'IRM du 03/09/2026 a montré un tassement de L1 d'allure suspecte avec atteinte du pédicule gauche, et deux autres lésions (D11, aile iliaque gauche). Une kyphoplastie de L1 a été réalisée le 24/09/2026 avec biopsie : métastase d'un carcinome lobulaire d'origine mammaire, RE 90 %, RP 10 %, HER2 score 1+ (négatif)."),
    ("p", "Son oncologue (Dr Benhamou, CH de Montreval) a débuté le 12/10/2026 létrozole (Femara) 2,5 mg/j et ribociclib (Kisqali) 600 mg/j 21 jours sur 28."),
    ("p", "Actuellement, elle garde des douleurs lombaires essentiellement à la station debout prolongée et à la marche, EVA 3/10 (7/10 avant la kyphoplastie), avec un dérouillage matinal d'une quinzaine de minutes. Pas de radiculalgie. Pas de déficit."),
    ("p", "Traitement actuel : Femara 2,5 mg/j, Kisqali 600 mg/j, Actonel 35 mg/semaine, Cacit D3 1 sachet/j, Doliprane 1 g si besoin (2 à 3/j), Triatec 5 mg/j. Pas de traitement anticoagulant."),
    ("p", "État général conservé, OMS 1, autonome."),
    ("p", "Je souhaiterais l'avis de la RCP sur deux points : faut-il remplacer l'Actonel par un anti-résorptif à dose oncologique (dénosumab 120 mg ou acide zolédronique) ? Y a-t-il une indication de radiothérapie sur D11 et l'aile iliaque gauche ?"),
    ("p", "Avec mes remerciements et mes sentiments confraternels,"),
    ("p", "Dr A. Ferrand"),
]
letter(
    id="zr03", fmt="pdf", date=dt.date(2026, 11, 18), birth=None, age_written=72,
    author="Rheumatologist",
    frames=[(40, 120, 800, 60, _zr03_side), (190, 365, 800, 60, _zr03_body)],
    gold=gold(
        "F", 72,
        ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        ("present", ["pathological_fracture"], True),
        ("present", ["mechanical", "inflammatory"], 3),
        ("present", ["M05BA07", "A12AX", "L02BG04", "L01EF02", "N02BE01", "C09AA05"]),
        ("present", ["cementoplasty"]),
        ("present", ["M05BA07"]),
        ("absent", []),
        ("unknown", []),
        ("present", {"ecog": 1}),
        ("present", None),
    ),
    tricky="two-column PDF (staff sidebar + letter); risedronate for osteoporosis is a current bone therapy; anastrozole stopped 2020; breast RT not a bone treatment; kyphoplasty; EVA 3 now vs 7 before; mechanical + morning stiffness",
)

# ---------------------------------------------------------------- zr04 emergency department, TXT
letter(
    id="zr04", fmt="txt", date=dt.date(2026, 11, 7), birth=None, age_written=58,
    author="Emergency physician", encoding="utf-8",
    text="""CENTRE HOSPITALIER DE SAINT-AUBRAC - SERVICE DES URGENCES
Tél. 05 65 48 20 00 (standard)

COMPTE RENDU DE PASSAGE AUX URGENCES
(transmis pour avis RCP métastases osseuses)

Date : 07/11/2026 04h10
Patient : M. LEROUX Didier, 58 ans
Médecin : Dr Sofiane AMRANI, urgentiste

Motif : chute de sa hauteur, impotence fonctionnelle MI gauche.

ATCD : HTA. Tabagisme actif 40 PA. BPCO. Coronaropathie stentée en 2020.
Ttt habituel (d'après le patient, pas d'ordonnance sur lui) : amlodipine 10 mg, Kardégic 75, Tahor 40, Spiriva.
Pas d'allergie connue.

HDM : douleur de cuisse gauche depuis environ 2 mois, à la marche, mise sur le compte d'une sciatique par son MT. Ce soir chute en se levant de son canapé avec douleur brutale et impotence totale. Perte de 6 kg en 3 mois.

Examen : EVA 9/10 à l'arrivée. MIG raccourci en rotation externe. Pas de déficit sensitivomoteur distal, pouls perçus. Auscultation : sibilants diffus.

Radio bassin + fémur G : fracture sous-trochantérienne gauche sur lésion lytique.
TDM TAP (fait cette nuit) : masse du LSD de 45 mm spiculée, ADP médiastinales, lésions lytiques fémur G, D9 et arcs costaux. => néoplasie pulmonaire probable, pas d'histologie. Pas de lésion cérébrale sur le TDM injecté.
Bio : Ca corrigé 2,61. Hb 11,8. Créat 74.

PEC :
- titration morphine IV puis relais Actiskenan 10 mg toutes les 4 h si besoin ; EVA 3/10 après titration
- Lovenox 4000 UI SC 1/j débuté aux urgences
- Kardégic suspendu en vue d'un geste chirurgical
- traction collée

Avis ortho (interne de garde) : indication chirurgicale probable, à valider par le Dr Pelletier demain matin.
Devenir : hospitalisation en orthopédie.

Merci de discuter ce patient en RCP métastases osseuses (prise en charge de la fracture, bilan du primitif, RT post-op ?).

Dr S. Amrani
""",
    gold=gold(
        "M", 58,
        ("uncertain", "lung", None, {}),
        ("present", ["pathological_fracture"], True),
        ("present", ["mechanical"], 3),
        ("present", ["N02AA01", "B01AB05", "C10AA05"]),
        ("unknown", []),
        ("unknown", []),
        ("present", ["B01AB05"]),
        ("absent", []),
        ("unknown", {}),
        ("unknown", None),
    ),
    tricky="ED note; lung primary only probable; EVA 9 on arrival vs 3 now; Kardégic suspended (antiplatelets absent, not current); surgery not yet decided; one-off IV morphine then Actiskenan",
)

# ---------------------------------------------------------------- zr05 geriatrics, DOCX
letter(
    id="zr05", fmt="docx", date=dt.date(2026, 11, 23), birth=dt.date(1937, 12, 14), age_written=None,
    author="Geriatrician",
    blocks=[
        ("b", "HÔPITAL DE BRÉVANNES-SUR-CHER – Pôle de gériatrie"),
        ("p", "Service de Gériatrie aiguë – Dr Anne-Sophie RIGAL\nTél. secrétariat : 02 54 71 09 88"),
        ("p", "Le 23 novembre 2026"),
        ("b", "Objet : Mme Marcelle DUPUIS-LAGARDE, née le 14/12/1937 – demande d'avis RCP métastases osseuses"),
        ("p", "Cher Confrère,"),
        ("p", "Je me permets de vous adresser le dossier de Mme Dupuis-Lagarde, hospitalisée dans notre service depuis le 09/11/2026 pour altération de l'état général et chutes à répétition."),
        ("h", "Antécédents"),
        ("p", "- Cancer du sein droit en 2009 : tumorectomie et radiothérapie, puis tamoxifène 5 ans (compte rendu anatomopathologique non retrouvé, suivi interrompu depuis 2016)\n- FA permanente\n- Insuffisance cardiaque à FEVG préservée\n- Hypothyroïdie\n- Troubles neurocognitifs majeurs (MMS 17/30), probable maladie d'Alzheimer\n- Fracture du poignet gauche en 2019"),
        ("p", "Vit en EHPAD depuis 2024. Une fille, personne de confiance, très présente."),
        ("h", "Histoire"),
        ("p", "Un scanner abdomino-pelvien réalisé le 12/10/2026 pour douleurs abdominales et constipation (recherche de fécalome) a découvert de façon fortuite des lésions mixtes lytiques et condensantes du bassin et du rachis lombaire. Le scanner thoracique complémentaire retrouve des lésions costales et une adénopathie axillaire droite. CA 15-3 à 210 U/mL. Le tableau évoque en premier lieu une rechute osseuse de son cancer du sein, sans preuve histologique : une biopsie n'a pas été jugée raisonnable compte tenu de l'état général et des troubles cognitifs. Un myélome a été écarté (EPP normale, chaînes légères libres normales)."),
        ("p", "Sur le plan douloureux, la patiente ne se plaint pas spontanément, mais l'échelle Algoplus est à 3/5 lors des toilettes, avec grimaces et plaintes à la mobilisation de la hanche gauche. Pas de réveil nocturne rapporté par l'équipe de nuit."),
        ("h", "Traitement actuel"),
        ("p", "- Préviscan 20 mg : ¾ cp le soir (INR cible 2-3)\n- Lasilix 40 mg : 1 cp le matin\n- Levothyrox 50 µg : 1 cp le matin\n- Doliprane 1 g : 1 cp 3 fois par jour, systématique\n- Forlax : 2 sachets par jour\n- Uvedose 100 000 UI : 1 ampoule tous les 3 mois"),
        ("p", "L'Imovane a été arrêté à l'entrée du fait des chutes. Pas de traitement anti-ostéoporotique ni anti-résorptif à ce jour. Aucun traitement local osseux (ni radiothérapie ni chirurgie)."),
        ("h", "Évaluation gériatrique"),
        ("p", "GIR 3, ADL 3/6, marche avec déambulateur et aide d'un tiers. OMS 3. Albumine 29 g/L, clairance de la créatinine (Cockcroft) 38 mL/min."),
        ("h", "Projet"),
        ("p", "Après discussion avec la patiente, dans la mesure de ses capacités, et avec sa fille, le projet est palliatif, centré sur le confort ; une chimiothérapie n'est pas envisagée."),
        ("p", "Questions : une hormonothérapie orale (inhibiteur de l'aromatase) vous paraît-elle raisonnable sans preuve histologique ? Une radiothérapie antalgique de la hanche gauche ? Un traitement anti-résorptif est-il indiqué compte tenu de la fonction rénale ?"),
        ("p", "Je vous remercie par avance, bien confraternellement.\nDr A.-S. Rigal, gériatre"),
    ],
    gold=gold(
        "F", 88,
        ("uncertain", "breast", None, {}),
        ("present", ["incidental_imaging"], True),
        ("present", ["mechanical"], None),
        ("present", ["B01AA12", "C03CA01", "H03AA01", "N02BE01", "A06AD15", "A11CC05"]),
        ("absent", []),
        ("absent", []),
        ("present", ["B01AA12"]),
        ("unknown", []),
        ("present", {"ecog": 3}),
        ("present", "palliative"),
    ),
    tricky="geriatric letter; relapse of 2009 breast cancer only presumed, no biopsy; pain only via Algoplus (no NRS/VAS value); Imovane stopped; old breast RT and tamoxifen not current; age from birth date (birthday in December)",
)

# ---------------------------------------------------------------- zr06 gastroenterology, one-column text PDF
_zr06 = [
    ("b", "CENTRE HOSPITALIER DE LORMES-VALLÉE"),
    ("p", "Service d'Hépato-Gastro-Entérologie et Oncologie digestive – Dr Nathalie KERAUDREN"),
    ("p", "Secrétariat : 03 86 22 51 40"),
    ("p", ""),
    ("p", "Lormes, le 16/11/2026"),
    ("b", "Objet : M. Alain FOURNIER, 66 ans – métastase osseuse sacrée d'un adénocarcinome rectal"),
    ("p", "Cher Confrère,"),
    ("p", "Je vous adresse M. Fournier, 66 ans, suivi pour un adénocarcinome du moyen rectum (biopsie de mars 2024), RAS muté (KRAS G12D), BRAF non muté, MSS, traité par radiochimiothérapie puis amputation abdomino-périnéale en 2024. Récidive hépatique et pulmonaire en 2025 traitée par FOLFOX-bévacizumab, arrêté en mai 2026 pour une neuropathie de grade 2, puis entretien par capécitabine (Xeloda) 1000 mg/m² deux fois par jour J1-J14, en cours."),
    ("p", "Sur le scanner d'évaluation du 21/10/2026 est apparue une lésion lytique de l'aileron sacré droit avec épidurite débutante S1-S2, confirmée en IRM le 28/10/2026. Le reste de l'évaluation est stable."),
    ("p", "Cliniquement, il décrit une douleur fessière droite irradiant à la face postérieure de la cuisse, à type de brûlures et de décharges, DN4 à 6/10, EN 5/10 actuellement sous traitement, sans déficit moteur ni troubles sphinctériens."),
    ("p", "Antécédents : embolie pulmonaire en mars 2025, anticoagulée depuis par Xarelto ; diabète de type 2 ; HTA. Sa mère a eu un cancer du côlon à 70 ans."),
    ("b", "Traitement actuel"),
    ("p", "Xeloda 500 mg : 4 cp matin et soir J1-J14 / 21 j ; Xarelto 20 mg : 1 cp le soir ; Lyrica 75 mg matin et soir ; Doliprane 1 g x 3/j ; Glucophage 1000 mg matin et soir ; Inexium 40 mg le matin ; Movicol 1 sachet/j. Pas d'antiagrégant plaquettaire."),
    ("p", "Il n'a pas de traitement osseux spécifique (ni Xgeva ni Zometa) pour l'instant, et n'a jamais été irradié sur le plan osseux."),
    ("p", "OMS 1. Le projet est la poursuite de la capécitabine en situation palliative."),
    ("p", "Je souhaite l'avis de la RCP sur l'indication d'une radiothérapie du sacrum compte tenu de l'épidurite, et sur l'introduction d'un anti-résorptif."),
    ("p", "Bien confraternellement,"),
    ("p", "Dr N. Keraudren"),
]
letter(
    id="zr06", fmt="pdf", date=dt.date(2026, 11, 16), birth=None, age_written=66,
    author="Gastroenterologist",
    frames=[(60, 475, 790, 60, _zr06)],
    gold=gold(
        "M", 66,
        ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
        ("present", ["staging_imaging"], True),
        ("present", ["neuropathic"], 5),
        ("present", ["L01BC06", "B01AF01", "N03AX16", "N02BE01", "A10BA02", "A02BC05", "A06AD65"]),
        ("absent", []),
        ("absent", []),
        ("present", ["B01AF01"]),
        ("absent", []),
        ("present", {"ecog": 1}),
        ("present", "palliative"),
    ),
    tricky="colorectal primary; FOLFOX stopped, capecitabine maintenance current; pelvic RT/surgery of the rectum are not bone treatments; epiduritis without deficit; neuropathic words; explicit 'pas d'antiagrégant' and 'pas de traitement osseux'",
)

# ---------------------------------------------------------------- zr07 pulmonology, DOCX form with table
letter(
    id="zr07", fmt="docx", date=dt.date(2026, 11, 20), birth=dt.date(1959, 3, 2), age_written=None,
    author="Pulmonologist",
    blocks=[
        ("b", "CENTRE HOSPITALIER DE VAL-D'ARNOUX – Service de Pneumologie"),
        ("p", "Dr Mathieu CARADEC – Tél. 03 25 61 43 10"),
        ("h", "FICHE DE DEMANDE RCP MÉTASTASES OSSEUSES"),
        ("table", [
            ["Nom / Prénom", "ROBIN Jean-Luc"],
            ["Date de naissance", "02/03/1959"],
            ["Sexe", "M"],
            ["Date de la demande", "20/11/2026"],
            ["Médecin demandeur", "Dr M. Caradec (pneumologie)"],
            ["Tumeur primitive", "Poumon (LSG)"],
            ["Histologie", "Adénocarcinome"],
            ["Biologie moléculaire", "EGFR non muté, ALK non réarrangé, ROS1 négatif, PD-L1 5 %"],
            ["PS (OMS)", "1"],
            ["Traitement anticoagulant", "Non"],
            ["Traitement anti-résorptif", "Xgeva depuis le 15/10/2026"],
        ]),
        ("h", "Histoire"),
        ("p", "Adénocarcinome pulmonaire du LSG cT3N2M1c diagnostiqué en août 2026 devant des douleurs de l'épaule gauche évoluant depuis juin ; le TEP-scanner d'août 2026 montrait des lésions de la tête humérale gauche, de L2 et de l'aile iliaque droite."),
        ("p", "Radiothérapie antalgique de l'humérus gauche, 20 Gy en 5 fractions, terminée le 18/09/2026."),
        ("p", "Première ligne par carboplatine-pémétrexed-pembrolizumab débutée le 01/09/2026, C4 le 10/11/2026, bonne tolérance. Scanner d'évaluation du 27/10/2026 : réponse partielle, et découverte d'une embolie pulmonaire segmentaire droite, traitée depuis par Innohep 14 000 UI/j SC."),
        ("p", "Douleurs : épaule gauche à la mobilisation, EN 4/10 (7/10 avant la radiothérapie), pas de réveil nocturne."),
        ("h", "Traitement actuel"),
        ("table", [
            ["Médicament", "Posologie"],
            ["Keytruda (pembrolizumab)", "200 mg IV J1 = J21"],
            ["Alimta (pémétrexed)", "500 mg/m² IV J1 = J21"],
            ["Carboplatine", "AUC 5 IV J1 = J21"],
            ["Innohep", "14 000 UI SC 1 fois/j"],
            ["Xgeva", "120 mg SC toutes les 4 semaines"],
            ["Cacit D3", "1 sachet/j"],
            ["Skenan LP", "20 mg matin et soir"],
            ["Actiskenan", "5 mg si douleur"],
            ["Doliprane", "1 g x 3/j"],
        ]),
        ("h", "Question posée"),
        ("p", "Indication d'une ostéosynthèse préventive de l'humérus gauche (score de Mirels à 9) ?"),
    ],
    gold=gold(
        "M", 67,
        ("present", "lung", "adenocarcinoma", {"EGFR": "negative", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
        ("present", ["pain"], True),
        ("present", ["mechanical"], 4),
        ("present", ["L01FF02", "L01BA04", "L01XA02", "B01AB10", "M05BX04", "A12AX", "N02AA01", "N02BE01"]),
        ("present", ["radiotherapy"]),
        ("present", ["M05BX04"]),
        ("conflicting", ["B01AB10"]),
        ("unknown", []),
        ("present", {"ecog": 1}),
        ("present", None),
    ),
    tricky="form table says 'Traitement anticoagulant: Non' while Innohep is in the text and drug table (conflicting); PD-L1 5 %; current chemo-immunotherapy; age from birth date; no intent word",
)

# ---------------------------------------------------------------- zr08 orthopaedics, two-column body PDF
_zr08_head = [
    ("h", "CH DE SAINT-AUBRAC – Chirurgie orthopédique et traumatologique"),
    ("p", "Dr Yann PELLETIER – Secrétariat 05 65 48 23 17"),
    ("p", "Compte rendu d'hospitalisation du 01/11/2026 au 13/11/2026 – courrier du 13/11/2026"),
    ("b", "M. Bernard GUILLOU, 71 ans – adressé à la RCP Métastases osseuses"),
]
_zr08_left = [
    ("b", "ANTÉCÉDENTS"),
    ("s", "- Carcinome rénal à cellules claires gauche, néphrectomie élargie en 2019 (Dr Marchal, urologie)"),
    ("s", "- Récidive pulmonaire 2024 : Cabometyx de 03/2024 à 01/2025, arrêté pour toxicité cutanée ; nivolumab (Opdivo) depuis 02/2025, toujours en cours (dernière perfusion le 28/10/2026)"),
    ("s", "- Cardiopathie ischémique, stent IVA 2017"),
    ("s", "- Diabète de type 2"),
    ("s", "- Père décédé d'un cancer du poumon"),
    ("b", "TRAITEMENT DE SORTIE"),
    ("s", "KARDEGIC 75 mg pdre sachet – 1/j (poursuivi en périopératoire)"),
    ("s", "LOVENOX 4000 UI/0,4 ml inj SC – 1/j pendant 35 jours"),
    ("s", "BISOPROLOL 5 mg cp – 1/j"),
    ("s", "TAHOR 20 mg cp – 1/j"),
    ("s", "METFORMINE 850 mg cp – 1 matin et soir"),
    ("s", "PARACETAMOL 1 g cp – 1 x 4/j"),
    ("s", "TRAMADOL 50 mg gél – 1 si douleur, max 4/j"),
    ("s", "OPDIVO 480 mg perf – toutes les 4 semaines (HDJ oncologie CHU)"),
    ("b", "ALLERGIES"),
    ("s", "Aucune connue"),
]
_zr08_right = [
    ("b", "HISTOIRE"),
    ("s", "Coxalgie droite d'horaire mécanique depuis juin 2026, initialement rapportée à une coxarthrose. La radiographie puis le scanner du 30/09/2026 ont montré une lésion lytique de l'acétabulum droit de 5 cm avec menace de protrusion. Biopsie : métastase de carcinome à cellules claires d'origine rénale."),
    ("b", "INTERVENTION DU 02/11/2026"),
    ("s", "Curetage de la lésion, reconstruction acétabulaire par anneau de soutien et ciment, prothèse totale de hanche droite."),
    ("b", "SUITES"),
    ("s", "Simples. Appui complet autorisé avec deux cannes. À J11 : pas de douleur au repos, douleur résiduelle à l'appui, EVA 2/10. Karnofsky 70 %."),
    ("s", "Aucun traitement anti-résorptif n'a été introduit."),
    ("b", "DEMANDE"),
    ("s", "Radiothérapie complémentaire du site opératoire ? Intérêt d'un traitement anti-résorptif osseux ? Lésion de D7 à surveiller ?"),
    ("s", "Dr Y. Pelletier"),
]
letter(
    id="zr08", fmt="pdf", date=dt.date(2026, 11, 13), birth=None, age_written=71,
    author="Orthopaedic surgeon",
    frames=[(50, 495, 800, 700, _zr08_head), (50, 235, 720, 60, _zr08_left), (310, 235, 720, 60, _zr08_right)],
    gold=gold(
        "M", 71,
        ("present", "kidney", "clear_cell_carcinoma", {}),
        ("present", ["pain"], True),
        ("present", ["mechanical"], 2),
        ("present", ["B01AC06", "B01AB05", "C07AB07", "C10AA05", "A10BA02", "N02BE01", "N02AX02", "L01FF01"]),
        ("present", ["surgery"]),
        ("absent", []),
        ("present", ["B01AB05"]),
        ("present", ["B01AC06"]),
        ("present", {"kps": 70}),
        ("present", None),
    ),
    tricky="two-column PDF (history/drugs left, surgery right); cement used within arthroplasty is surgery, not cementoplasty; Cabometyx stopped, nivolumab current; Karnofsky only; Lovenox + Kardégic",
)

# ---------------------------------------------------------------- zr09 GP, TXT cp1252, typos, doubtful anticoagulant
letter(
    id="zr09", fmt="txt", date=dt.date(2026, 11, 26), birth=None, age_written=74,
    author="General practitioner", encoding="cp1252",
    text="""Dr Sylvie MARCHAND-ESTEVE
Médecin généraliste
3 place de la Mairie - 36410 Saint-Hilaire-des-Bois
Tel : 02 54 38 61 09

                                        Saint-Hilaire, le 26/11/26

Cher confrère,

Je vous adresse M. Gérard PICHON, 74 ans, pour avis de votre RCP.

Il a été opéré d'un cancer de vessie (cystectomie totale avec Bricker au CHU en mars 2024, carcinome urothélial infiltrant d'après le courrier de l'urologue) puis surveillance.
Au TEP scanner de controle de septembre 2026 on a découvert des metastases osseuses (D10, D12 et une côte). Il a eu un avis oncologique au CHU mais je n'ai pas recu le compte-rendu et le patient ne sait pas bien me dire s'il va avoir une chimio ou pas.

Depuis 3 semaines il a des douleurs dorsales avec réveils nocturnes, partiellement soulagées par le Topalgic. Pas de signe neurologique a l'examen.

Traitement :
- Topalgic LP 100 mg matin et soir
- Doliprane 1g si besoin
- Plavix 75 mg 1/j
- Glucophage 850 x 2
- Bisoprolol 2,5 mg
- Sintrom ? (il me dit qu'il prend "un médicament pour le sang" prescrit par le cardiologue pour son arythmie, je vérifie avec la pharmacie)

Il n'a jamais eu de radiothérapie osseuse.

Je vous remercie de me dire s'il faut envisager une radiothérapie ou un traitement pour renforcer les os.

Bien confraternellement

Dr Marchand-Estève
""",
    gold=gold(
        "M", 74,
        ("present", "bladder", "other", {}),
        ("present", ["staging_imaging"], True),
        ("present", ["nocturnal"], None),
        ("present", ["N02AX02", "N02BE01", "B01AC04", "A10BA02", "C07AB07"]),
        ("absent", []),
        ("unknown", []),
        ("uncertain", ["B01AA07"]),
        ("present", ["B01AC04"]),
        ("unknown", {}),
        ("unknown", None),
    ),
    tricky="cp1252 GP letter with typos and missing accents; urothelial carcinoma (histology 'other'); 'Sintrom ?' to be checked (uncertain, not a current drug); Plavix current; no PS, no known oncologic plan",
)

# ---------------------------------------------------------------- zr10 internal medicine, scanned PDF
_zr10 = [
    "**CENTRE HOSPITALIER DE LORMES-VALLÉE",
    "Service de Médecine polyvalente – Dr Thomas NGUYEN",
    "Tél. 03 86 22 50 00 – poste 5310",
    "",
    "Lormes, le 10/11/2026",
    "**Objet : demande de passage en RCP métastases osseuses",
    "Mme MARTINEAU Hélène, née le 09/11/1961",
    "",
    "Chère Consœur, Cher Confrère,",
    "Mme Martineau est suivie pour un carcinome vésiculaire (folliculaire) de la thyroïde, thyroïdectomie totale en 2018 suivie de deux cures d'iode 131.",
    "En août 2026, elle a présenté une paraparésie d'installation rapide révélant une compression médullaire sur métastase de D8. Elle a bénéficié le 12/08/2026 d'une laminectomie décompressive avec arthrodèse D6-D10, suivie d'une radiothérapie de D8 (30 Gy en 10 fractions, terminée le 25/09/2026). Récupération motrice complète, marche sans aide.",
    "Le bilan a montré d'autres lésions osseuses (bassin, voûte crânienne) et pulmonaires, réfractaires à l'iode. Un traitement par lenvatinib (Lenvima) 14 mg/j a été débuté le 15/10/2026 par le Dr Ollivier (oncologie, CHU).",
    "Elle ne décrit plus aucune douleur depuis l'intervention.",
    "Traitement actuel : Lenvima 14 mg/j, Levothyrox 150 µg/j, Zometa 4 mg IV toutes les 12 semaines (dernière perfusion le 02/10/2026), Amlor 5 mg/j, Inexium 20 mg/j. Le Dectancyl a été arrêté fin septembre.",
    "Pas de traitement anticoagulant ni antiagrégant.",
    "État général : OMS 1.",
    "Questions : prise en charge des lésions du bassin et de la voûte (radiothérapie stéréotaxique ?) ; poursuite du Zometa au même rythme ?",
    "Bien confraternellement,",
    "Dr T. Nguyen",
]
letter(
    id="zr10", fmt="scan", date=dt.date(2026, 11, 10), birth=dt.date(1961, 11, 9), age_written=None,
    author="Internal medicine (hospital physician)",
    lines=_zr10,
    gold=gold(
        "F", 65,
        ("present", "thyroid", "other", {}),
        ("present", ["neurological_deficit"], True),
        ("absent", [], None),
        ("present", ["L01EX08", "H03AA01", "M05BA08", "A02BC05"]),
        ("present", ["surgery", "radiotherapy"]),
        ("present", ["M05BA08"]),
        ("absent", []),
        ("absent", []),
        ("present", {"ecog": 1}),
        ("present", None),
    ),
    tricky="scanned image-only PDF (OCR); follicular thyroid carcinoma (histology 'other'); cord compression as circumstance; decompression + RT; iodine 131 is not a local bone treatment; Dectancyl stopped; age from birth date (birthday the day before)",
)

# ---------------------------------------------------------------- zr11 pulmonology, dictated, TXT CRLF
letter(
    id="zr11", fmt="txt", date=dt.date(2026, 11, 5), birth=None, age_written=63,
    author="Pulmonologist", encoding="utf-8", crlf=True,
    text="""compte rendu de consultation pneumologie dictée non relue
docteur Isabelle Morvan pneumologue centre hospitalier de Saint-Aubrac tél 05 65 48 21 60
consultation du 5 novembre 2026

monsieur Patrick Gauthier 63 ans vu ce jour en consultation pour son cancer bronchique à petites cellules stade étendu diagnostiqué en juillet 2026 avec d'emblée des métastases osseuses multiples rachis et bassin découvertes sur le TEP scanner de bilan initial du 22 juillet il a reçu quatre cures de carboplatine étoposide atézolizumab et il est maintenant en maintenance par Tecentriq toutes les trois semaines dernière injection le 29 octobre
il signale depuis une quinzaine de jours des douleurs de la hanche gauche à la marche et qui le réveillent la nuit cotées à 6 sur 10 pas de douleur radiculaire
traitement actuel Tecentriq Eliquis 5 mg matin et soir pour une fibrillation atriale Cardensiel 2,5 mg Doliprane 1 g trois fois par jour Oxynorm 5 mg à la demande depuis une semaine
pas de traitement par Xgeva ou Zometa pour l'instant le bilan dentaire est demandé
pas de radiothérapie osseuse antérieure
état général conservé PS 1 il continue à bricoler
son père est décédé d'un cancer du poumon
conclusion patient en maintenance par atézolizumab avec douleur de hanche gauche je demande une IRM du bassin et je présente le dossier en RCP métastases osseuses pour discuter une radiothérapie antalgique et l'introduction d'un traitement anti résorptif
dictée par le docteur Morvan
""",
    gold=gold(
        "M", 63,
        ("present", "lung", "small_cell_carcinoma", {}),
        ("present", ["staging_imaging"], True),
        ("present", ["mechanical", "nocturnal"], 6),
        ("present", ["L01FF05", "B01AF02", "C07AB07", "N02BE01", "N02AA05"]),
        ("absent", []),
        ("absent", []),
        ("present", ["B01AF02"]),
        ("unknown", []),
        ("present", {"ecog": 1}),
        ("present", None),
    ),
    tricky="dictated consultation, no punctuation, CRLF; induction carboplatin/etoposide finished, atezolizumab maintenance current; 'pas de ... pour l'instant' bone therapy; father's lung cancer",
)

# ---------------------------------------------------------------- zr12 GP, DOCX, software drug list, contradictory pain
letter(
    id="zr12", fmt="docx", date=dt.date(2026, 11, 27), birth=dt.date(1946, 11, 30), age_written=None,
    author="General practitioner",
    blocks=[
        ("b", "Dr François-Xavier DUMONT – Médecin généraliste"),
        ("p", "Maison de santé pluriprofessionnelle des Coteaux\n7 allée des Vignes – 41300 Vernou-les-Coteaux\nTél. 02 54 97 33 12"),
        ("p", "Vernou, le 27/11/2026"),
        ("b", "Objet : M. ARNAUD Lucien, né le 30/11/1946"),
        ("p", "Cher Confrère,"),
        ("p", "Je vous adresse M. Arnaud pour discussion en RCP métastases osseuses, à la demande de la famille qui s'inquiète de la remontée du PSA."),
        ("p", "Il est suivi pour un adénocarcinome de la prostate Gleason 8 (4+4) diagnostiqué en 2019, traité initialement par radiothérapie prostatique et hormonothérapie pendant 2 ans. En 2023, devant une élévation du PSA, la scintigraphie de contrôle a découvert des métastases osseuses (rachis lombaire, bassin). Il est depuis sous Décapeptyl, et sous Zytiga avec Cortancyl depuis avril 2024, prescrits par le Dr Haddad, oncologue au CHU. Dernier PSA à 14,2 ng/mL en septembre 2026 (3,1 en mars)."),
        ("p", "Il a eu une radiothérapie antalgique de L3 en mars 2026. Son rhumatologue lui a prescrit du Prolia pour une ostéoporose cortisonique, dernière injection en mai 2026."),
        ("p", "Douleur : non, d'après le patient lors de la dernière consultation."),
        ("p", "Son épouse m'a rappelé hier : il se plaint depuis 15 jours d'une douleur de l'épaule droite qu'il cote à 4/10 et qui le gêne pour s'habiller ; il la met sur le compte de son arthrose."),
        ("p", "Anticoagulant : aucun."),
        ("p", "État général : autonome, OMS 1."),
        ("b", "Traitement en cours (copie de l'ordonnance)"),
        ("p", "DECAPEPTYL LP 11,25 mg pdre/solv p susp inj LP – 1 inj IM tous les 3 mois\nZYTIGA 500 mg cp pellic – 2 cp/j à jeun\nCORTANCYL 5 mg cp – 1 cp matin et soir\nPROLIA 60 mg sol inj ser préremplie – 1 inj SC tous les 6 mois\nKARDEGIC 75 mg pdre p sol buv sachet-dose – 1 sachet/j\nTRIATEC 5 mg cp – 1 cp/j\nCACIT VITAMINE D3 1000 mg/880 UI cp efferv – 1 cp/j\nPARACETAMOL ARROW 1 g cp – 1 cp si douleur, max 3/j"),
        ("p", "Que pensez-vous de la progression biologique sous Zytiga ? Faut-il explorer l'épaule droite ?"),
        ("p", "Bien confraternellement,\nDr F.-X. Dumont"),
    ],
    gold=gold(
        "M", 79,
        ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        ("present", ["staging_imaging"], True),
        ("conflicting", [], 4),
        ("present", ["L02AE04", "L02BX03", "H02AB07", "M05BX04", "B01AC06", "C09AA05", "A12AX", "N02BE01"]),
        ("present", ["radiotherapy"]),
        ("present", ["M05BX04"]),
        ("absent", []),
        ("present", ["B01AC06"]),
        ("present", {"ecog": 1}),
        ("present", None),
    ),
    tricky="GP letter with prescription-software list; 'Douleur : non' then shoulder pain 4/10 (conflicting); prostate RT is not bone RT but L3 RT is; Prolia for osteoporosis counts; age from birth date (birthday 3 days after letter)",
)

# ====================================================================== contract
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
          "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ALLOWED = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "boneTargetedTherapy": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "anticoagulation": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "antiplatelets": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOM = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIORES = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PAINT = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCALT = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENT = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}
# extra spellings used in the letters for a table entry (accent-insensitive match)
ALIASES = {"A12AX": ["cacit vitamine d3"], "N02BE01": ["paracetamol"]}


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule applied to a gold record (order = the nine items)."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    out = []
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in kinds:
            out.append([item, kinds[st]])
            continue
        if st != "present":
            continue
        incomplete = (
            (item == "pain" and not sec["types"])
            or (item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"])
            or (item == "boneDiagnosis" and not sec["dated"])
            or (item == "primaryTumor" and not sec["histology"])
            or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
        )
        if incomplete:
            out.append([item, "incomplete"])
    return out


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def load_atc() -> dict[str, list[str]]:
    ref = {}
    for line in SPEC_ATC.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        names = [cols[1], cols[2]] + [b for b in (cols[4].split(",") if len(cols) > 4 else []) if b]
        ref[cols[0]] = [fold(n.strip()) for n in names if n.strip()]
    return ref


def letter_text(L: dict) -> str:
    if "text" in L:
        return L["text"]
    if "blocks" in L:
        parts = []
        for kind, val in L["blocks"]:
            parts.append("\n".join(" ".join(r) for r in val) if kind == "table" else val)
        return "\n".join(parts)
    if "frames" in L:
        return "\n".join(t for fr in L["frames"] for _, t in fr[4])
    return "\n".join(l.lstrip("*") for l in L["lines"])


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def violation(msg: str):
    sys.exit(f"CONTRACT VIOLATION: {msg}")


def check(L: dict, g: dict, ref: dict[str, list[str]]) -> list[str]:
    lid = L["id"]
    notes = []
    text = fold(letter_text(L))

    def need(cond, msg):
        if not cond:
            violation(f"{lid}: {msg}")

    # patient
    need(g["patient"]["sex"] in ("F", "M"), "sex")
    if L["birth"]:
        need(g["patient"]["age"] == age_at(L["birth"], L["date"]), f"age {g['patient']['age']} != computed {age_at(L['birth'], L['date'])}")
        need(L["birth"].strftime("%d/%m/%Y") in letter_text(L), "birth date not in letter text")
    else:
        need(L["age_written"] is not None and g["patient"]["age"] == L["age_written"], "written age")
        need(f"{L['age_written']} ans" in letter_text(L), "written age not in letter text")
    for item, allowed in ALLOWED.items():
        need(g[item]["status"] in allowed, f"{item}.status {g[item]['status']} not allowed")
    # primary
    p = g["primaryTumor"]
    need(p["site"] is None or p["site"] in SITES, "site code")
    need(p["histology"] is None or p["histology"] in HISTO, "histology code")
    for k, v in p["biomarkers"].items():
        need(k in BIOM and v in BIORES, f"biomarker {k}={v}")
    if p["status"] == "unknown":
        need(p["site"] is None and p["histology"] is None and not p["biomarkers"], "unknown primary with values")
    else:
        need(p["site"] is not None, "primary without site")
    # bone diagnosis
    b = g["boneDiagnosis"]
    need(all(c in CIRC for c in b["circumstances"]), "circumstance code")
    need(isinstance(b["dated"], bool), "dated bool")
    if b["status"] == "unknown":
        need(not b["circumstances"] and b["dated"] is False, "unknown boneDiagnosis with values")
    else:
        need(len(b["circumstances"]) >= 1, "present boneDiagnosis needs a circumstance")
    # pain
    pa = g["pain"]
    need(all(t in PAINT for t in pa["types"]), "pain type code")
    need(pa["intensity"] is None or (isinstance(pa["intensity"], int) and 0 <= pa["intensity"] <= 10), "pain intensity")
    if pa["status"] in ("absent", "unknown"):
        need(not pa["types"] and pa["intensity"] is None, "pain absent/unknown with values")
    # medications
    m = g["currentMedications"]
    need(len(set(m["atc"])) == len(m["atc"]), "duplicate current ATC")
    for c in m["atc"]:
        need(c in ref, f"current ATC {c} not in atc-reference.tsv")
        names = ref[c] + ALIASES.get(c, [])
        need(any(n in text for n in names), f"current drug {c} named nowhere in the letter")
    if m["status"] != "present":
        need(not m["atc"], "currentMedications not present but has codes")
    # N02AJ06 combination rule: paracetamol code must not double it
    if "N02AJ06" in m["atc"]:
        need("N02BE01" not in m["atc"] or "doliprane" in text, "codeine-paracetamol split")
    # local treatments
    lt = g["priorLocalTreatments"]
    need(all(t in LOCALT for t in lt["types"]), "local treatment type")
    if lt["status"] in ("absent", "unknown"):
        need(not lt["types"], "local absent/unknown with types")
    if lt["status"] == "present":
        need(lt["types"], "local present without type")
    # agent sections
    for sec, prefixes in AGENT_PREFIX.items():
        s = g[sec]
        for c in s["atc"]:
            need(c in ref, f"{sec} ATC {c} not in atc-reference.tsv")
            need(any(c.startswith(px) for px in prefixes), f"{sec} ATC {c} outside the section's classes")
            need(any(n in text for n in ref[c]), f"{sec} agent {c} named nowhere in the letter")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], f"{sec} absent/unknown with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                need(c in m["atc"], f"{sec} agent {c} ({s['status']}) missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                need(c not in m["atc"], f"{sec} agent {c} named with doubt must not be a current medication")
    # every current drug of an agent class must sit in its section when that section is present
    for c in m["atc"]:
        for sec, prefixes in AGENT_PREFIX.items():
            if any(c.startswith(px) for px in prefixes):
                need(g[sec]["status"] in ("present", "conflicting") and c in g[sec]["atc"],
                     f"current {c} but {sec} is {g[sec]['status']} without it")
    if m["status"] == "absent":
        for sec in AGENT_PREFIX:
            need(g[sec]["status"] != "present", f"no medication but {sec} present")
    # prognosis
    pr = g["prognosis"]
    need(not ("ecog" in pr and "kps" in pr), "both ecog and kps keys")
    if "kps" in pr:
        need(isinstance(pr["kps"], int) and 0 <= pr["kps"] <= 100 and pr["kps"] % 10 == 0, "kps value")
        need("karnofsky" in text or "kps" in text, "kps without Karnofsky in text")
    if pr.get("ecog") is not None:
        need(isinstance(pr["ecog"], int) and 0 <= pr["ecog"] <= 5, "ecog value")
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and pr.get("kps") is None, "prognosis unknown with value")
    # project
    tp = g["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENT, "intent code")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "unknown project with intent")
    if tp["intent"] == "palliative":
        need("palliati" in text, "palliative intent without the word in the letter")
    if tp["intent"] == "curative":
        need("curati" in text, "curative intent without the word")
    if tp["intent"] == "supportive":
        need("soins de support" in text, "supportive intent without the words")
    if tp["intent"] is None:
        need(not any(w in text for w in ("palliati", "curati", "soins de support exclusifs")), "intent word present but intent null")
    # gaps
    need(g["gaps"] == derive_gaps(g), "gaps differ from derive_gaps")
    # review aid: table drugs named in the letter but not current (printed, not fatal)
    for c, names in ref.items():
        if c not in m["atc"] and any(len(n) > 4 and n in text for n in names):
            notes.append(f"{lid}: {c} ({'/'.join(n for n in names if n in text)}) named but not current")
    return notes


# ====================================================================== output
def main() -> int:
    ref = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(ids) != len(set(ids)):
        violation("duplicate ids")
    notes = []
    for L in LETTERS:
        g = {"id": L["id"], **L["gold"]}
        g["gaps"] = derive_gaps(g)
        L["gold_full"] = g
        notes += check(L, g, ref)
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for old in list(ldir.iterdir()) + list(gdir.iterdir()):
        old.unlink()
    for L in LETTERS:
        when = dt.datetime.combine(L["date"], dt.time(9, 30))
        pdfwhen = L["date"].strftime("%Y%m%d") + "093000+01'00'"
        if L["fmt"] == "txt":
            write_txt(ldir / f"{L['id']}.txt", L["text"], L.get("encoding", "utf-8"), L.get("crlf", False))
        elif L["fmt"] == "docx":
            write_docx(ldir / f"{L['id']}.docx", L["blocks"], author=L["author"], when=when)
        elif L["fmt"] == "pdf":
            write_text_pdf(ldir / f"{L['id']}.pdf", {"frames": L["frames"]}, title=f"Courrier {L['id']}", when=pdfwhen)
        elif L["fmt"] == "scan":
            write_scanned_pdf(ldir / f"{L['id']}.pdf", L["lines"], seed=int(L["id"][2:]) + 4400, when=when)
        else:
            violation(f"{L['id']}: format {L['fmt']}")
        (gdir / f"{L['id']}.json").write_text(json.dumps(L["gold_full"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for n in notes:
        print("note:", n)
    print(f"wrote {len(LETTERS)} letters and gold records; contract checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
