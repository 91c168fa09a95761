#!/usr/bin/env python3
"""corpus85: 12 blind referral letters from overseas France and Corsica, with gold.

Run from /work/main:  .venv/bin/python tests/corpus85/make_letters.py
Checks every gold against the contract (shared/spec/rcp-request.md), then
writes letters/ and gold/ deterministically.
"""
from __future__ import annotations

import datetime as _dt
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pdfdocx import write_docx, write_pdf  # noqa: E402

ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
if not ATC_TSV.exists():
    ATC_TSV = HERE.parents[2] / "shared" / "spec" / "atc-reference.tsv"

LETTERS: list[dict] = []


def letter(**kw):
    LETTERS.append(kw)


def gold(sex, age, primary, bone, pain, meds, prior, btt, anticoag, antiplat, prognosis, project):
    """Compact gold builder; gaps are derived later by derive_gaps()."""
    g = {"patient": {"sex": sex, "age": age}}
    st, site, hist, bio = primary
    g["primaryTumor"] = {"status": st, "site": site, "histology": hist, "biomarkers": bio}
    st, circ, dated = bone
    g["boneDiagnosis"] = {"status": st, "circumstances": circ, "dated": dated}
    st, types, inten = pain
    g["pain"] = {"status": st, "types": types, "intensity": inten}
    g["currentMedications"] = {"status": meds[0], "atc": sorted(meds[1])}
    g["priorLocalTreatments"] = {"status": prior[0], "types": prior[1]}
    for name, val in (("boneTargetedTherapy", btt), ("anticoagulation", anticoag), ("antiplatelets", antiplat)):
        g[name] = {"status": val[0], "atc": sorted(val[1])}
    st, scale, val = prognosis
    g["prognosis"] = {"status": st}
    if scale == "kps":
        g["prognosis"]["kps"] = val
    else:
        g["prognosis"]["ecog"] = val
    g["therapeuticProject"] = {"status": project[0], "intent": project[1]}
    return g


# ---------------------------------------------------------------------------
# yi01 - pneumologist, CHU de La Réunion (Saint-Denis), text PDF
# ---------------------------------------------------------------------------
letter(id="yi01", fmt="pdf", date=(2025, 3, 12), birth=(1962, 9, 4), title="Courrier RCP - M. GRONDIN",
       text="""# CHU de La Réunion - Site Félix Guyon
Service de Pneumologie - Unité d'oncologie thoracique
Secrétariat : 02 62 71 48 30 - Fax : 02 62 71 48 39
Dr Mathilde PAYET-HOARAU, praticien hospitalier

Saint-Denis, le 12 mars 2025

À l'attention du Dr Vincent ROBERT
Coordonnateur de la RCP régionale « métastases osseuses »
GHSR - Saint-Pierre (RCP en visioconférence)

# Objet : M. GRONDIN Jean-Hugues, né le 04/09/1962 - demande d'avis RCP métastases osseuses

Cher confrère,

Je vous remercie de bien vouloir discuter en RCP le dossier de M. Grondin, que je suis pour un adénocarcinome pulmonaire métastatique. Il vit à Saint-André avec son épouse, ancien agent des espaces verts de la commune.

# Antécédents
- Tabagisme sevré en 2010 (25 PA).
- HTA, diabète de type 2 non insulino-requérant.
- Cure de hernie inguinale droite en 2015.
- Familiaux : père décédé d'un cancer de la prostate, irradié à Saint-Pierre en 1998 ; une soeur suivie pour un cancer du sein.

# Histoire de la maladie
Début décembre 2024, apparition de douleurs dorsolombaires ayant conduit son médecin traitant (Dr Nativel, Saint-André) à prescrire un scanner le 19/12/2024 : lésions ostéolytiques de T10 et L2, masse lobaire inférieure droite de 42 mm. La fibroscopie bronchique du 08/01/2025 retrouve un adénocarcinome TTF1+. Biologie moléculaire : mutation EGFR exon 21 L858R, absence de réarrangement ALK, PD-L1 exprimé à 10 %. Le TEP-scanner montre par ailleurs des fixations de l'aile iliaque gauche et de plusieurs arcs costaux ; IRM cérébrale normale.

Une radiothérapie antalgique de T10 (8 Gy en une fraction) a été délivrée le 15/01/2025 au CHU, avec un bon effet sur la douleur dorsale. L'osimertinib (Tagrisso 80 mg/j) a été débuté le 22/01/2025, bien toléré (xérose cutanée, paronychie grade 1). Le dénosumab (Xgeva 120 mg SC toutes les 4 semaines) a été introduit le 05/02/2025 après avis dentaire, avec supplémentation vitamino-calcique.

# Situation actuelle
Persistance de douleurs lombaires hautes en regard de L2, à la marche et aux changements de position, avec 2 réveils nocturnes par nuit, EVA 5/10 malgré la morphine. Pas de radiculalgie, pas de déficit sensitivo-moteur, pas de troubles sphinctériens. IRM du rachis du 28/02/2025 : tassement de L2 d'environ 30 % sans recul du mur postérieur, pas d'épidurite.
État général conservé, OMS 1, poids stable (74 kg).

# Traitement actuel
- Tagrisso (osimertinib) 80 mg : 1 cp/j
- Xgeva 120 mg SC toutes les 4 semaines (dernière injection le 05/03)
- Cacit D3 : 1 sachet/j
- Skenan LP 30 mg matin et soir, Actiskenan 10 mg si besoin (2 à 3/j)
- Doliprane 1 g x 3/j
- Inexium 40 mg le soir
- Glucophage 850 mg x 2/j ; Triatec 5 mg/j
Pas de traitement anticoagulant ni antiagrégant plaquettaire.

# Question posée
Indication d'une cimentoplastie de L2 (réalisable au CHU site Sud ou nécessité d'une évacuation sanitaire vers la métropole ?) et/ou d'une radiothérapie de L2. Sur le plan oncologique, poursuite de l'osimertinib.

Je reste à votre disposition et vous prie de croire, cher confrère, à mes sentiments les meilleurs.

Dr M. Payet-Hoarau
""",
       gold=gold("M", None,
                 ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "positive"}),
                 ("present", ["pain"], True),
                 ("present", ["mechanical", "nocturnal"], 5),
                 ("present", ["L01EB04", "M05BX04", "A12AX", "N02AA01", "N02BE01", "A02BC05", "A10BA02", "C09AA05"]),
                 ("present", ["radiotherapy"]),
                 ("present", ["M05BX04"]), ("absent", []), ("absent", []),
                 ("present", "ecog", 1), ("present", None)),
       author="Pneumologist (CHU de La Réunion, Saint-Denis)",
       tricky="age only from birth date; father's prostate irradiation is family history; RT T10 done, cementoplasty/RT L2 only asked; PD-L1 10 % positive; Xgeva + Cacit D3 current; joint 'ni anticoagulant ni antiagrégant'")

# ---------------------------------------------------------------------------
# yi02 - GP, Guadeloupe (Capesterre-Belle-Eau), plain text UTF-8
# ---------------------------------------------------------------------------
letter(id="yi02", fmt="txt", encoding="utf-8", newline="\n", date=(2025, 3, 7), birth=None,
       text="""Dr Firmin BÉLÉNUS
Médecin généraliste
8 rue des Balisiers - 97130 Capesterre-Belle-Eau
Tél : 0590 86 41 27

                                        Capesterre, le 7 mars 2025

Au Dr Sandrine LUREL-ZAMI
Service d'urologie - CHU de la Guadeloupe
RCP métastases osseuses

Chère consoeur,

Je vous adresse M. DÉSIRÉ Louis-Marcel, 71 ans, retraité (ancien ouvrier agricole en bananeraie), que vous connaissez depuis les biopsies, pour que son dossier soit présenté à la RCP métastases osseuses.

Antécédents : diabète de type 2, HTA, artériopathie des membres inférieurs avec stent iliaque en 2019 (sous Kardégic depuis). Pas d'antécédent de phlébite. Exposition probable au chlordécone (travail en bananeraie 1975-2000). Son frère aîné est décédé d'un cancer de la prostate en 2015.

Histoire : PSA à 87 ng/ml en janvier 2025 lors du bilan annuel (il était à 11 en 2022 mais il n'était pas revenu pour le contrôle...). Biopsies prostatiques le 29/01/2025 au CHU : adénocarcinome prostatique Gleason 8 (4+4), ISUP 4, 10 carottes positives sur 12. La scintigraphie osseuse de bilan du 14/02/2025 montre des fixations multiples du rachis lombaire, du bassin et de plusieurs côtes. Scanner TAP : adénopathies iliaques, pas de lésion viscérale.

Depuis quelques semaines il se plaint de douleurs lombaires à la marche, calmées par le repos. Il dort bien. Pas de trouble neurologique.

Vous avez débuté le Décapeptyl LP 11,25 mg le 03/03/2025, couvert par du Casodex 50 mg pour l'effet flare (jusqu'à fin mars).

Traitement actuel :
- Décapeptyl LP 11,25 mg tous les 3 mois
- Casodex 50 mg 1 cp/j jusqu'au 31/03
- Kardégic 75 mg 1 sachet/j
- Glucophage 1000 mg matin et soir
- Triatec 5 mg le matin
- Tahor 20 mg le soir
- Doliprane 1 g jusqu'à 3 fois par jour

Pas d'anticoagulant.
Il n'a pour l'instant aucun traitement anti-résorptif osseux : il doit voir le dentiste à Basse-Terre avant de démarrer le Xgeva que vous lui avez proposé.

Le patient se pose beaucoup de questions sur la suite (radiothérapie ? autres traitements ?) et souhaite limiter les déplacements à Pointe-à-Pitre : il vit seul, n'a pas de voiture et dépend des transports en VSL.

Merci pour votre aide, bien confraternellement.

Dr F. Bélénus
""",
       gold=gold("M", 71,
                 ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
                 ("present", ["staging_imaging"], True),
                 ("present", ["mechanical"], None),
                 ("present", ["L02AE04", "B01AC06", "A10BA02", "C09AA05", "C10AA05", "N02BE01"]),
                 ("unknown", []),
                 ("absent", []), ("absent", []), ("present", ["B01AC06"]),
                 ("unknown", None, None), ("present", None)),
       author="General practitioner (Guadeloupe)",
       tricky="brother's prostate cancer; 'pas d'antécédent de phlébite' plus explicit 'Pas d'anticoagulant'; Xgeva only planned with explicit 'aucun traitement anti-résorptif'; Kardégic for arteriopathy; bicalutamide not in ATC table; nothing on prior bone treatment or performance status")

# ---------------------------------------------------------------------------
# yi03 - breast oncologist, CHU de Martinique, DOCX
# ---------------------------------------------------------------------------
letter(id="yi03", fmt="docx", date=(2025, 3, 18), birth=(1968, 11, 22), docauthor="Dr K. Lapierre",
       title="Demande RCP métastases osseuses - Mme MONTOUT",
       blocks=[
           ("b", "CHU de Martinique - Hôpital Pierre Zobda-Quitman"),
           ("p", "Pôle cancérologie - Oncologie médicale, unité de sénologie\nDr Karine LAPIERRE - Tél. 0596 55 23 87"),
           ("p", "Fort-de-France, le 18/03/2025"),
           ("p", "À l'attention de la RCP métastases osseuses (séance commune en visioconférence)"),
           ("b", "Patiente : Mme MONTOUT ép. ÉLISABETH Sylviane, née le 22/11/1968, domiciliée au Lamentin"),
           ("h", "Antécédents"),
           ("p", "Hypothyroïdie substituée. Appendicectomie. G3P3. Pas d'antécédent cardiovasculaire. "
                 "Sa soeur est traitée par Xgeva pour un myélome à Schoelcher."),
           ("h", "Histoire oncologique"),
           ("p", "2016 : carcinome lobulaire infiltrant du sein droit, pT2N1, RE 90 %, RP 20 %, HER2 1+. "
                 "Tumorectomie et curage axillaire, chimiothérapie adjuvante (3 FEC 100 puis 3 docétaxel), "
                 "radiothérapie mammaire et sus-claviculaire, puis tamoxifène de 2016 à 2021 (arrêté à 5 ans)."),
           ("p", "Janvier 2025 : élévation du CA 15-3 (68 U/ml). Le TEP-scanner de surveillance du 14/01/2025 "
                 "retrouve des hyperfixations osseuses multiples : cotyle gauche, sacrum, D7, L4. La biopsie "
                 "scannoguidée du sacrum (28/01/2025) confirme une localisation de carcinome lobulaire, "
                 "RE 95 %, RP 5 %, HER2 0."),
           ("p", "Le 20/01/2025, découverte d'une thrombose veineuse jugulo-sous-clavière droite sur la chambre "
                 "implantable (posée pour la chimiothérapie et jamais retirée), traitée par daltéparine à dose curative."),
           ("p", "Depuis le 03/02/2025 : ribociclib (Kisqali) 600 mg J1-J21 + létrozole (Femara) 2,5 mg/j. "
                 "Acide zolédronique 4 mg IV toutes les 12 semaines, première perfusion le 10/02/2025."),
           ("h", "Situation actuelle"),
           ("p", "La patiente est asymptomatique : aucune douleur osseuse, pas d'antalgique. Examen neurologique normal. "
                 "OMS 0, elle a repris son activité de professeure des écoles à mi-temps. "
                 "Aucune lésion osseuse n'a été irradiée ni opérée. Bilan biologique : calcémie normale, "
                 "neutrophiles 1,3 G/l sous ribociclib."),
           ("h", "Traitements en cours"),
           ("table", [["Médicament", "Posologie", "Depuis"],
                      ["Kisqali (ribociclib) 200 mg", "3 cp/j J1-J21, reprise J29", "03/02/2025"],
                      ["Femara (létrozole) 2,5 mg", "1 cp/j", "03/02/2025"],
                      ["Zométa (acide zolédronique) 4 mg IV", "toutes les 12 semaines", "10/02/2025"],
                      ["Fragmine (daltéparine) 15 000 UI", "1 inj. SC/j", "20/01/2025"],
                      ["Uvedose 100 000 UI", "1 ampoule tous les 3 mois", "2024"],
                      ["Levothyrox 75 µg", "1 cp/j", "ancien"]]),
           ("h", "Question posée à la RCP"),
           ("p", "Lésion lytique du cotyle gauche de 3 cm, asymptomatique : radiothérapie préventive ou surveillance ? "
                 "Le cas échéant, la radiothérapie pourra être réalisée sur place au CHU de Martinique. "
                 "Sur le plan systémique, poursuite de l'association ribociclib-létrozole."),
           ("p", "Bien confraternellement,\nDr K. Lapierre"),
       ],
       gold=gold("F", None,
                 ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
                 ("present", ["staging_imaging"], True),
                 ("absent", [], None),
                 ("present", ["L01EF02", "L02BG04", "M05BA08", "B01AB04", "A11CC05", "H03AA01"]),
                 ("absent", []),
                 ("present", ["M05BA08"]), ("present", ["B01AB04"]), ("unknown", []),
                 ("present", "ecog", 0), ("present", None)),
       author="Medical oncologist, breast (CHU de Martinique)",
       tricky="age from birth date; sister's Xgeva is someone else's drug; tamoxifen and adjuvant docetaxel past; breast irradiation not a bone treatment ('Aucune lésion osseuse n'a été irradiée ni opérée' = absent); Fragmine for catheter thrombosis; recurrence detected on surveillance PET")

# ---------------------------------------------------------------------------
# yi04 - urologist, CHU de Martinique, text PDF (RCP presentation sheet)
# ---------------------------------------------------------------------------
letter(id="yi04", fmt="pdf", date=(2025, 3, 5), birth=None, title="Fiche RCP - M. CELESTINE",
       text="""# CHU de Martinique - Service d'urologie
Dr Thierry NARCISSE - Tél. 0596 55 31 12
Fiche de présentation - RCP métastases osseuses
Séance en visioconférence CHU de Martinique / CHU de Bordeaux du 13/03/2025

Date de la demande : 05/03/2025
Patient : M. CÉLESTINE Raymond - 78 ans - Sainte-Marie
Médecin traitant : Dr Joseph-Angélique (Le Robert)

Anticoagulant : non
Antiagrégant : non
Allergie : aucune connue

# Histoire
Adénocarcinome prostatique diagnostiqué en 2019 (Gleason 9, PSA initial 62 ng/ml), traité par hormonothérapie seule (refus de la radiothérapie à l'époque).
En août 2023, fracture pathologique du col fémoral droit en marchant, révélant les métastases osseuses : prothèse totale de hanche droite le 22/08/2023, puis radiothérapie post-opératoire du fémur droit (20 Gy en 5 fractions, septembre 2023).
Abiratérone + prednisone d'octobre 2023 à mai 2024, arrêtée pour progression biologique. Enzalutamide (Xtandi 160 mg/j) depuis juin 2024.
Dénosumab (Xgeva) de septembre 2023 à novembre 2024, arrêté définitivement pour ostéonécrose de la mandibule (suivi en stomatologie).

# Situation actuelle
PSA 45 ng/ml le 20/02/2025 (nadir 3,2 en 2024), testostérone < 0,2 ng/ml.
Douleurs du bassin et du rachis lombaire, d'horaire mécanique, avec quelques réveils nocturnes ; EN 6/10. Pas de déficit.
Scintigraphie (25/02/2025) : progression (nouvelles fixations sacrum, L3, L5, côtes).
OMS 2 : passe une partie de la journée au fauteuil.

# Traitement habituel
Xtandi 40 mg 4 cp/j - Eligard 45 mg/6 mois (dernière injection 12/2024) - Eliquis 5 mg matin et soir (FA paroxystique) - Cardensiel 2,5 mg - Lasilix 40 mg - Topalgic LP 100 mg x 2 - Doliprane 1 g x 3.

# Question posée
Cancer de prostate résistant à la castration, progression osseuse sous enzalutamide, prise en charge palliative.
- Radiothérapie antalgique du bassin / L3-L5 ?
- Le Lutétium-PSMA n'est pas disponible aux Antilles : intérêt d'une évacuation sanitaire vers Bordeaux, compte tenu de l'état général et de l'isolement (épouse malade) ?
- Place d'une chimiothérapie par docétaxel.
""",
       gold=gold("M", 78,
                 ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
                 ("present", ["pathological_fracture"], True),
                 ("present", ["mechanical", "nocturnal"], 6),
                 ("present", ["L02BB04", "L02AE02", "B01AF02", "C07AB07", "C03CA01", "N02AX02", "N02BE01"]),
                 ("present", ["surgery", "radiotherapy"]),
                 ("absent", []), ("conflicting", ["B01AF02"]), ("absent", []),
                 ("present", "ecog", 2), ("present", "palliative")),
       author="Urologist (CHU de Martinique)",
       tricky="header says 'Anticoagulant : non' while Eliquis is in the drug list (conflicting); Xgeva stopped for osteonecrosis; abiraterone/prednisone stopped; hip arthroplasty + post-op RT are bone treatments; docetaxel and Lu-PSMA only discussed; evasan question")

# ---------------------------------------------------------------------------
# yi05 - GP, Corsica (Corte), plain text cp1252 with CRLF
# ---------------------------------------------------------------------------
letter(id="yi05", fmt="txt", encoding="cp1252", newline="\r\n", date=(2025, 3, 10), birth=(1943, 6, 15),
       text="""Dr Paul-Antoine SANTONI
Médecine générale
12 cours Paoli - 20250 CORTE
Tél : 04 95 46 17 82

Corte, le 10/03/2025

Dr Hélène FILIPPI
Service d'oncologie médicale
Centre hospitalier de Bastia
RCP métastases osseuses

Cher ami,

Je te confie Mme ALBERTINI Marie-Dominique, née le 15/06/1943, veuve, qui vit seule dans un village de la vallée du Tavignano. Elle ne conduit plus et dépend de son neveu pour descendre à Bastia.

ATCD :
- remplacement valvulaire aortique mécanique en 2009 (valve mécanique), anticoagulée par Coumadine 5 mg, INR cible 2-3 (dernier INR 2,6 le 06/03)
- hypothyroïdie
- syndrome anxio-dépressif depuis son veuvage
- tabac 40 PA, sevré en 2000
- sa mère a eu un cancer du sein à 70 ans

Histoire : asthénie et polyurie depuis janvier. Le bilan du 02/03/2025 retrouve une calcémie corrigée à 3,1 mmol/l, d'où un passage aux urgences de Bastia le 03/03 : hydratation et une perfusion unique de Zometa 4 mg. Le scanner TAP fait sur place montre des lésions lytiques multiples (aile iliaque droite, T12, arcs costaux) et un nodule spiculé du LSD de 28 mm avec des adénopathies médiastinales. L'électrophorèse des protéines est normale. L'urgentiste évoque en premier lieu une origine pulmonaire, mais il n'y a pas encore de preuve histologique.

Elle ne se plaint d'aucune douleur, même à la palpation du bassin. Calcémie contrôlée hier à 2,55.
Pas de traitement anti-résorptif au long cours (seulement la perfusion des urgences). Jamais irradiée.
Elle prenait de l'ibuprofène de temps en temps pour le dos : je lui ai demandé d'arrêter vu la Coumadine.

Traitement :
Coumadine 5 mg le soir
Levothyrox 75 µg le matin
Cardensiel 1,25 mg
Xanax 0,25 mg si angoisse
Imovane 7,5 mg au coucher

Je souhaiterais ton avis sur la stratégie diagnostique (biopsie osseuse ou pulmonaire ?) et sur l'organisation : l'idée d'un transfert à Marseille pour un TEP la terrifie. Le relais de la Coumadine en cas de geste devra être organisé avec son cardiologue d'Ajaccio.

Amitiés,
PA Santoni
""",
       gold=gold("F", None,
                 ("uncertain", "lung", None, {}),
                 ("present", ["hypercalcemia"], True),
                 ("absent", [], None),
                 ("present", ["B01AA03", "H03AA01", "C07AB07", "N05BA12", "N05CF01"]),
                 ("absent", []),
                 ("absent", []), ("present", ["B01AA03"]), ("unknown", []),
                 ("unknown", None, None), ("unknown", None)),
       author="General practitioner (Corte, Corsica)",
       tricky="cp1252 + CRLF; primary only suspected (no histology yet); hypercalcaemia as circumstance; single Zometa infusion at the ER with explicit 'pas de traitement anti-résorptif au long cours'; ibuprofen stopped; mother's breast cancer; no prognosis, no therapeutic project (diagnostic question only)")

# ---------------------------------------------------------------------------
# yi06 - pneumologist, CH d'Ajaccio, DOCX
# ---------------------------------------------------------------------------
letter(id="yi06", fmt="docx", date=(2025, 3, 14), birth=(1966, 7, 30), docauthor="Secrétariat pneumologie",
       title="Courrier RCP os - M. PIETRI",
       blocks=[
           ("b", "Centre hospitalier d'Ajaccio - Service de pneumologie"),
           ("p", "Dr Jean-Baptiste CASANOVA - Tél. 04 95 29 63 14"),
           ("p", "Ajaccio, le 14 mars 2025"),
           ("p", "Objet : demande d'inscription à la RCP métastases osseuses - M. PIETRI Ange-Marie, né le 30/07/1966"),
           ("p", "Chère consoeur, cher confrère,"),
           ("p", "Je vous présente M. Pietri, pêcheur à Propriano, tabagique actif (45 PA), BPCO stade 2, "
                 "pour un carcinome bronchique à petites cellules de stade étendu révélé sur le mode neurologique."),
           ("h", "Histoire"),
           ("p", "Le 09/02/2025, installation brutale d'une paraparésie avec niveau sensitif T8. L'IRM retrouve une "
                 "compression médullaire T8 sur épidurite métastatique. Transfert par évacuation sanitaire héliportée "
                 "vers l'AP-HM (La Timone), où il a bénéficié le 10/02/2025 d'une laminectomie décompressive avec "
                 "ostéosynthèse T6-T10. Le scanner TAP montre une masse hilaire gauche, des lésions hépatiques et "
                 "osseuses (sacrum, côtes). La biopsie bronchique à Marseille conclut à un carcinome à petites cellules."),
           ("p", "Retour à Ajaccio le 17/02 ; radiothérapie du lit opératoire T8 (20 Gy en 5 fractions), terminée le 28/02/2025. "
                 "Chimio-immunothérapie carboplatine-étoposide-atézolizumab (Tecentriq) : C1 le 20/02, C2 le 13/03/2025."),
           ("p", "Récupération motrice partielle : marche avec déambulateur, pas de trouble sphinctérien. PS 2."),
           ("h", "Douleurs"),
           ("p", "Radiculalgie intercostale droite en ceinture, à type de brûlures et de décharges électriques, DN4 6/10, "
                 "EN 4/10 ce jour (8/10 à l'admission). Pas de douleur à la mobilisation du rachis."),
           ("h", "Traitement actuel"),
           ("table", [["Traitement", "Posologie"],
                      ["Carboplatine AUC 5", "J1, toutes les 3 semaines"],
                      ["Étoposide 100 mg/m²", "J1 à J3"],
                      ["Tecentriq (atézolizumab) 1200 mg", "J1"],
                      ["Dectancyl 4 mg", "1 cp/j, en décroissance"],
                      ["Lyrica 75 mg", "matin et soir"],
                      ["Oxycontin LP 20 mg", "matin et soir"],
                      ["Oxynorm 5 mg", "si douleur, max 6/j"],
                      ["Lovenox 4000 UI", "1 inj. SC/j (préventif)"],
                      ["Inexium 20 mg", "1 cp/j"],
                      ["Spiriva 2,5 µg", "2 bouffées/j"]]),
           ("p", "Le Kardégic a été arrêté lors de l'hospitalisation en neurochirurgie et n'a pas été repris."),
           ("p", "Un traitement par dénosumab est à discuter ; le bilan dentaire est programmé le 21/03."),
           ("p", "Antécédents familiaux : mère décédée d'un cancer du sein."),
           ("h", "Questions à la RCP"),
           ("p", "1) Indication et choix d'un traitement ostéoclastique. 2) Faut-il irradier le sacrum, peu symptomatique, "
                 "pendant la chimiothérapie ? Le patient refuse un nouveau séjour sur le continent."),
           ("p", "Confraternellement,\nDr J.-B. Casanova"),
       ],
       gold=gold("M", None,
                 ("present", "lung", "small_cell_carcinoma", {}),
                 ("present", ["neurological_deficit"], True),
                 ("present", ["neuropathic"], 4),
                 ("present", ["L01XA02", "L01CB01", "L01FF05", "H02AB02", "N03AX16", "N02AA05", "B01AB05", "A02BC05"]),
                 ("present", ["surgery", "radiotherapy"]),
                 ("unknown", []), ("present", ["B01AB05"]), ("absent", []),
                 ("present", "ecog", 2), ("present", None)),
       author="Pneumologist (CH d'Ajaccio)",
       tricky="cord compression with decompression/fixation done in Marseille after evasan; post-op RT done; pain 8 at admission, 4 now; neuropathic only, mechanical explicitly denied; Kardégic stopped; denosumab only 'à discuter'; tiotropium outside the ATC table; chemo-immunotherapy cycles are current drugs")

# ---------------------------------------------------------------------------
# yi07 - breast oncologist, CHU de La Réunion site Sud (Saint-Pierre), text PDF
# ---------------------------------------------------------------------------
letter(id="yi07", fmt="pdf", date=(2025, 3, 19), birth=None, title="Courrier - Mme HOAREAU",
       text="""# CHU de La Réunion - Site Sud (Saint-Pierre)
Oncologie médicale - Consultation de sénologie
Dr Aurélie TÉCHER - Tél. 02 62 35 92 46

Saint-Pierre, le 19 mars 2025

Objet : Mme HOAREAU Nathalie, 44 ans, Le Tampon - RCP métastases osseuses

Chère consoeur, cher confrère,

Je sollicite l'avis de la RCP pour Mme Hoareau, aide-soignante, 2 enfants, que je prends en charge pour un cancer du sein gauche métastatique d'emblée.

Antécédents personnels : asthme dans l'enfance, césarienne 2012. Familiaux : mère traitée pour un cancer du sein à 42 ans, tante maternelle décédée d'un cancer de l'ovaire ; analyse BRCA1/2 en cours.

Histoire : nodule du sein gauche palpé en novembre 2024. Biopsie du 02/12/2024 : carcinome canalaire infiltrant (NST) de grade 3, RE 0 %, RP 0 %, HER2 score 0 - triple négatif. Ki67 70 %.
Le 05/02/2025, elle consulte aux urgences pour une dyspnée aiguë : l'angioscanner thoracique montre une embolie pulmonaire bilatérale segmentaire et découvre de façon fortuite des lésions ostéolytiques de l'omoplate gauche, de T5 et de l'aile iliaque droite. Le TEP-scanner confirme l'atteinte osseuse et retrouve deux lésions hépatiques. Elle a reçu du Lovenox aux urgences, relayé le lendemain par Xarelto (15 mg x 2 pendant 3 semaines puis 20 mg/j).
PD-L1 : CPS 15 (positif).

Traitement de première ligne depuis le 20/02/2025 : pembrolizumab (Keytruda) 200 mg toutes les 3 semaines + paclitaxel hebdomadaire (Taxol 90 mg/m²). Bonne tolérance, neuropathie grade 1.

Actuellement : douleur de l'épaule gauche, modérée, EVA 3/10, surtout la nuit. Pas de limitation fonctionnelle majeure. PS 1.

Traitement en cours :
- Keytruda 200 mg IV / 21 j
- Taxol hebdomadaire
- Xarelto 20 mg/j
- Doliprane 1 g x 3/j
- Acupan 20 mg : 1 cp x 3/j si besoin
- Imovane 7,5 mg le soir

Un traitement par Xgeva sera débuté après le bilan bucco-dentaire (rendez-vous au CHU site Nord le 02/04).

Question : intérêt d'une radiothérapie antalgique de l'omoplate gauche ? Évaluation du risque fracturaire de la lésion iliaque droite (score de Mirels ?).

Merci de votre avis. Bien cordialement,

Dr A. Técher
""",
       gold=gold("F", 44,
                 ("present", "breast", "invasive_ductal_carcinoma",
                  {"ER": "negative", "PR": "negative", "HER2": "negative", "PD-L1": "positive"}),
                 ("present", ["incidental_imaging"], True),
                 ("present", ["nocturnal"], 3),
                 ("present", ["L01FF02", "L01CD01", "B01AF01", "N02BE01", "N02BG06", "N05CF01"]),
                 ("unknown", []),
                 ("unknown", []), ("present", ["B01AF01"]), ("unknown", []),
                 ("present", "ecog", 1), ("present", None)),
       author="Medical oncologist, breast (CHU de La Réunion, Saint-Pierre)",
       tricky="bone lesions found incidentally on a CT angiogram for pulmonary embolism; Lovenox one-off at the ER relayed by Xarelto (only Xarelto current); triple negative = ER/PR/HER2 negative; PD-L1 as CPS; BRCA not recorded; Xgeva planned only; nothing on prior bone treatment")

# ---------------------------------------------------------------------------
# yi08 - urologist, CHU de la Guadeloupe, short RCP note, plain text
# ---------------------------------------------------------------------------
letter(id="yi08", fmt="txt", encoding="utf-8", newline="\n", date=(2025, 3, 20), birth=None,
       text="""CHU de la Guadeloupe - Urologie - Dr S. ZÉBINA (poste 4412)
FICHE RCP METASTASES OSSEUSES (visio) - 20/03/2025

Pt : M. BOUCAUD Gérard, 66 a, Sainte-Anne
ATCD : HTA, FA suivie par cardiologue libéral (Dr Bambuck, Le Gosier), AVC ischémique 2021 sans séquelle.

Hist :
- ADK prostatique ISUP 5 dgc janv 2025, PSA 312 ng/ml.
- 18/01/2025 : déficit moteur MIG coté 4/5 -> IRM : épidurite L1 sans compression médullaire. RT L1 30 Gy/10 fr terminée le 07/02/2025. Récupération complète.
- Hormonothérpie : Firmagon depuis le 15/01/2025 (240 mg puis 80 mg/mois).

Actuellement : lombalgies nettement diminuées, EVA 2/10.
PS 3 (au fauteuil plus de la moitié de la journée, marche avec aide).

Trt :
Firmagon 80 mg SC/mois
Solupred 20 mg/j
Skenan LP 30 mg x2/j
Anticoagulant : AOD ? (FA) -- à vérifier avec le cardiologue, le patient ne sait pas le nom.
Pas de biphosphonate ni de dénosumab.

Question : intensification (Nubeqa + docétaxel vs apalutamide seul) compte tenu du PS ? Place d'un traitement osseux ?
""",
       gold=gold("M", 66,
                 ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
                 ("present", ["neurological_deficit"], True),
                 ("present", [], 2),
                 ("present", ["L02BX02", "H02AB06", "N02AA01"]),
                 ("present", ["radiotherapy"]),
                 ("absent", []), ("uncertain", []), ("unknown", []),
                 ("present", "ecog", 3), ("present", None)),
       author="Urologist (CHU de la Guadeloupe), telegraphic RCP sheet",
       tricky="very short note with abbreviations and a typo; motor deficit from epiduritis as circumstance; RT done; 'AOD ?' with no drug name (uncertain, no agent); pain without a type; darolutamide/docetaxel/apalutamide only discussed; old stroke and AF but no antiplatelet statement")

# ---------------------------------------------------------------------------
# yi09 - GP, La Réunion (Saint-Paul), DOCX, long narrative
# ---------------------------------------------------------------------------
letter(id="yi09", fmt="docx", date=(2025, 3, 21), birth=(1957, 1, 20), docauthor="Cabinet Dr Lauret",
       title="Lettre RCP - M. RIVIERE Daniel",
       blocks=[
           ("p", "Dr Christophe LAURET\nMédecin généraliste\n14 chemin des Goyaviers - 97460 Saint-Paul\nTél. 02 62 45 19 03"),
           ("p", "Saint-Paul, le 21 mars 2025"),
           ("p", "À l'attention des membres de la RCP métastases osseuses\nCHU de La Réunion - site Félix Guyon"),
           ("p", "Chers confrères,"),
           ("p", "Je me permets de vous adresser mon patient M. RIVIÈRE Daniel, né le 20/01/1957, retraité de la SNCF "
                 "réunionnaise... pardon, des transports Car Jaune, que je suis depuis plus de 20 ans."),
           ("p", "Ses antécédents : diabète de type 2, HTA, hernie discale L5-S1 opérée en 2004 (sans séquelle jusqu'ici). "
                 "En mars 2019, néphrectomie élargie gauche au CHU Félix Guyon pour un carcinome rénal à cellules claires "
                 "pT3a N0, grade de Fuhrman 3, suivi ensuite par scanners semestriels, sans récidive jusqu'en 2024."),
           ("p", "Depuis décembre 2024, soit environ trois mois, il présente une douleur de la fesse droite à type de brûlures, "
                 "irradiant à la face postérieure de la cuisse jusqu'au mollet, majorée à la marche. Au début j'ai pensé à une "
                 "récidive de sa sciatique, mais l'IRM du bassin du 10/01/2025 a montré une lésion lytique de l'aileron sacré "
                 "droit de 5 cm avec extension au foramen S1. Le scanner a retrouvé aussi plusieurs nodules pulmonaires. "
                 "La biopsie sacrée a confirmé une métastase du carcinome à cellules claires."),
           ("p", "Son oncologue, le Dr Maillot, a débuté une association nivolumab (Opdivo) - ipilimumab en janvier, arrêtée après "
                 "2 cures pour une colite immuno-induite traitée par Solupred (arrêté le 15/03). Depuis le 24/02/2025 il est "
                 "sous cabozantinib (Cabometyx 40 mg/j), avec un syndrome main-pied modéré."),
           ("p", "Il a reçu une perfusion de Zometa le 20/01/2025 mais il a fait une réaction fébrile importante et l'oncologue "
                 "a décidé de ne pas la renouveler. Il n'a pas eu de radiothérapie à ce jour."),
           ("p", "Pas d'anticoagulant, pas d'antiagrégant. (C'est lui qui gère le Préviscan de son épouse, d'où une certaine "
                 "confusion lors de sa dernière hospitalisation.)"),
           ("p", "Actuellement la douleur reste cotée à 7/10 en EN malgré le traitement ci-dessous. Il a perdu 6 kg depuis "
                 "novembre et sort peu de chez lui. Son oncologue estime son indice de Karnofsky à 60 %."),
           ("b", "Traitement actuel :"),
           ("p", "Cabometyx 40 mg : 1 cp/j\nDurogesic 25 µg/h : 1 patch tous les 3 jours\nDoliprane 1 g : 4 fois par jour\n"
                 "Laroxyl : 10 gouttes le soir\nForlax : 2 sachets/j\nAmlor 10 mg : 1 cp/j\nGlucophage 850 mg : matin et soir"),
           ("p", "Je souhaiterais l'avis de la RCP sur une radiothérapie antalgique du sacrum, voire un geste de cimentoplastie "
                 "ou d'ablation par radiofréquence. Le trajet jusqu'à Saint-Denis est difficile pour lui : s'il faut des séances "
                 "répétées, il préférerait être traité au CHU site Sud, plus proche."),
           ("p", "En vous remerciant, bien confraternellement,\nDr C. Lauret"),
       ],
       gold=gold("M", None,
                 ("present", "kidney", "clear_cell_carcinoma", {}),
                 ("present", ["pain"], True),
                 ("present", ["neuropathic", "mechanical"], 7),
                 ("present", ["L01EX07", "N02AB03", "N02BE01", "N06AA09", "A06AD15", "A10BA02"]),
                 ("absent", []),
                 ("absent", []), ("absent", []), ("absent", []),
                 ("present", "kps", 60), ("present", None)),
       author="General practitioner (Saint-Paul, La Réunion)",
       tricky="long GP narrative with a self-correction; burning sciatica-like pain (neuropathic) worse on walking; old disc surgery is not a bone-metastasis treatment; nivolumab/ipilimumab and Solupred stopped; single Zometa not renewed; wife's Préviscan is someone else's drug; Karnofsky only; cementoplasty/ablation only asked")

# ---------------------------------------------------------------------------
# yi10 - radiation oncologist, CHU de La Réunion (Saint-Denis), 2-page text PDF
# ---------------------------------------------------------------------------
letter(id="yi10", fmt="pdf", date=(2025, 3, 24), birth=(1951, 3, 25), title="CR consultation radiotherapie - M. LAGOURGUE",
       text="""# CHU de La Réunion - Site Nord - Service de radiothérapie
Dr Olivier FONTAINE - Secrétariat : 02 62 90 57 64

# Compte rendu de consultation de radiothérapie
# Demande d'inscription en RCP métastases osseuses (visioconférence régionale)

Date : 24/03/2025
Patient : M. LAGOURGUE Henri-Claude, né le 25/03/1951, domicilié à Sainte-Suzanne
Adressé par : Dr Clain (pneumologie, CHU site Nord)

# Motif
Avis sur une radiothérapie post-opératoire du fémur droit et discussion d'un traitement anti-résorptif.

# Antécédents
Tabagisme 50 PA, sevré depuis décembre 2024. Artériopathie oblitérante des membres inférieurs, pontage fémoro-poplité gauche en 2018. Dyslipidémie. RGO.
Pas d'antécédent de radiothérapie.

# Histoire de la maladie
Carcinome épidermoïde du lobe supérieur droit diagnostiqué en décembre 2024 (fibroscopie, CHU site Nord). PD-L1 : 0 %. Recherche EGFR/ALK non réalisée (histologie épidermoïde chez un gros fumeur).
Le 02/01/2025, fracture pathologique du col fémoral droit en se levant d'une chaise, qui a révélé l'atteinte osseuse : enclouage par clou gamma le 04/01/2025 (Dr Boyer, orthopédie). L'analyse de la pièce confirme une métastase du carcinome épidermoïde. Le bilan d'extension retrouve aussi des lésions de l'aile iliaque droite et de T11, et une surrénale gauche.
Chimio-immunothérapie carboplatine-paclitaxel-pembrolizumab depuis le 23/01/2025, 3e cure le 06/03/2025, bonne tolérance.
Thromboprophylaxie post-opératoire par Lovenox 4000 UI/j pendant 6 semaines, arrêtée le 15/02/2025.
\f
# Examen
Douleurs de la hanche droite à la mobilisation et à l'appui, EN 3/10 ce jour (7/10 en janvier). Pas de composante neuropathique. Marche avec une canne. Cicatrice propre.
OMS 1. Espérance de vie estimée supérieure à 6 mois.

# Traitement actuel
Kardégic 75 mg/j - Tahor 40 mg/j - Inipomp 40 mg/j - Doliprane 1 g x 3/j - OxyNorm 5 mg si besoin (2 prises/j en moyenne) - chimio-immunothérapie (cf. supra).
Traitement anti-résorptif : non débuté (en attente de l'avis dentaire, extraction prévue le 31/03).

# Conclusion et proposition
Patient de 73 ans, carcinome épidermoïde pulmonaire stade IV osseux, traitement à visée palliative.
Je propose une radiothérapie du fémur droit opéré (20 Gy en 5 fractions), à discuter avec la lésion iliaque homolatérale dans le même champ. Place de l'acide zolédronique ou du dénosumab après les soins dentaires ?

Dr O. Fontaine
""",
       gold=gold("M", None,
                 ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "negative"}),
                 ("present", ["pathological_fracture"], True),
                 ("present", ["mechanical"], 3),
                 ("present", ["L01XA02", "L01CD01", "L01FF02", "B01AC06", "C10AA05", "A02BC02", "N02BE01", "N02AA05"]),
                 ("present", ["surgery"]),
                 ("absent", []), ("absent", []), ("present", ["B01AC06"]),
                 ("present", "ecog", 1), ("present", "palliative")),
       author="Radiation oncologist (CHU de La Réunion, Saint-Denis), 2-page consultation report",
       tricky="birth date the day after the letter (age 73, also written once); EGFR/ALK not tested; PD-L1 0 % negative; gamma nail = surgery while the femur RT is only proposed; 'Pas d'antécédent de radiothérapie'; Lovenox stopped (anticoagulation absent); 'anti-résorptif : non débuté'; Kardégic antiplatelet; pain 7 then 3")

# ---------------------------------------------------------------------------
# yi11 - pneumologist, CH de Bastia, e-mail style plain text
# ---------------------------------------------------------------------------
letter(id="yi11", fmt="txt", encoding="utf-8", newline="\n", date=(2025, 3, 25), birth=None,
       text="""De : Dr Laetitia MATTEI <pneumo.secretariat@ch-bastia.example>
À : secrétariat RCP os
Date : mar. 25 mars 2025 11:42
Objet : inscription RCP os jeudi - Mme SUSINI Francesca

Bonjour,

Merci d'inscrire à la RCP de jeudi (visio avec Marseille) Mme SUSINI Francesca, 49 ans, non fumeuse, ADK pulmonaire stade IV ALK+ (EML4-ALK), EGFR sauvage, PD-L1 5 %, diagnostiqué en mai 2022, sous Alecensa 600 mg x2/j depuis juin 2022 avec réponse complète y compris cérébrale.

Au dernier scanner de réévaluation : apparition d'une lésion lytique unique du corps vertébral de T11 (18 mm), sans fracture ni épidurite. Le reste de la maladie est stable -> oligoprogression osseuse.

Asymptomatique, aucune douleur. PS 0, elle travaille à temps plein.

Ttt : Alecensa 600 mg x2/j ; Prolia 60 mg tous les 6 mois pour une ostéoporose (ménopause précoce après hystérectomie, densito 2023) ; ZymaD 50 000 UI/mois ; Inexium 20 mg.
Ni anticoagulant ni antiagrégant.

Question : SBRT de T11 en poursuivant l'alectinib ? Faisable à Bastia ou adressage à Marseille / Nice ? La patiente préfèrerait éviter le continent.

Bien à vous,
LM
--
Dr Laetitia Mattei, pneumologie - oncologie thoracique
Centre hospitalier de Bastia - 04 95 59 12 48
""",
       gold=gold("F", 49,
                 ("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}),
                 ("present", ["staging_imaging"], False),
                 ("absent", [], None),
                 ("present", ["L01ED03", "M05BX04", "A11CC05", "A02BC05"]),
                 ("unknown", []),
                 ("present", ["M05BX04"]), ("absent", []), ("absent", []),
                 ("present", "ecog", 0), ("present", None)),
       author="Pneumologist (CH de Bastia), e-mail",
       tricky="bone lesion found on an undated follow-up CT (dates given only for the lung cancer: dated false); Prolia for osteoporosis counts as bone-targeted therapy; EGFR 'sauvage' negative; PD-L1 5 % positive; SBRT only asked")

# ---------------------------------------------------------------------------
# yi12 - breast oncologist, CHU de la Guadeloupe, DOCX, long
# ---------------------------------------------------------------------------
letter(id="yi12", fmt="docx", date=(2025, 3, 27), birth=(1961, 12, 2), docauthor="Dr M. Palmier",
       title="Demande d'avis RCP - Mme NEREE",
       blocks=[
           ("b", "CHU de la Guadeloupe - Pointe-à-Pitre / Les Abymes"),
           ("p", "Département d'oncologie médicale\nDr Myriam PALMIER - Tél. 0590 89 27 51"),
           ("p", "Les Abymes, le 27 mars 2025"),
           ("b", "Demande d'avis - RCP métastases osseuses (visioconférence avec le CHU de Bordeaux)"),
           ("p", "Patiente : Mme NÉRÉE Josette, née le 02/12/1961, domiciliée à Grand-Bourg (Marie-Galante)"),
           ("h", "Antécédents"),
           ("p", "Diabète de type 2, HTA, cardiopathie ischémique avec stent actif sur l'IVA en juin 2023, sous double "
                 "antiagrégation plaquettaire Kardégic + Plavix (avis du cardiologue : ne pas interrompre avant juin 2025). "
                 "Trait drépanocytaire AS."),
           ("h", "Histoire oncologique"),
           ("p", "2018 : carcinome infiltrant de type non spécifique (NST) du sein gauche, RE 80 %, RP 0 %, HER2 2+ avec FISH non "
                 "amplifiée. Mastectomie gauche et curage, radiothérapie pariétale, puis anastrozole (Arimidex) de 2018 à "
                 "octobre 2024, arrêté à la rechute."),
           ("p", "Octobre 2024 : dorsalgies d'horaire inflammatoire, avec dérouillage matinal d'une heure. L'IRM rachidienne "
                 "du 22/10/2024 montre des lésions multiples du rachis avec un tassement de L1 ; biopsie de L1 : métastase du "
                 "carcinome mammaire, RE+, HER2 négatif."),
           ("p", "Depuis novembre 2024 : fulvestrant (Faslodex 500 mg IM/mois) + abémaciclib (Verzenios 150 mg x 2/j). "
                 "Dénosumab (Xgeva 120 mg SC toutes les 4 semaines) depuis décembre 2024, avec Calciprat D3. "
                 "Cimentoplastie de L1 le 12/02/2025 en radiologie interventionnelle au CHU (la patiente a fait la traversée "
                 "en bateau la veille)."),
           ("h", "Situation actuelle"),
           ("p", "Amélioration franche des douleurs de L1 après la cimentoplastie, mais persistance de douleurs lombaires basses "
                 "(L3-L4) toujours d'horaire inflammatoire, EVA actuelle 5/10 (8/10 avant la cimentoplastie). "
                 "Pas de radiculalgie. OMS 1. Espérance de vie estimée supérieure à un an. "
                 "Le TEP de mars montre une réponse partielle, avec une lésion de L4 restant hypermétabolique."),
           ("h", "Traitement actuel"),
           ("table", [["Médicament", "Posologie"],
                      ["Faslodex 250 mg", "2 inj. IM / mois"],
                      ["Verzenios 150 mg", "1 cp matin et soir"],
                      ["Xgeva 120 mg", "1 inj. SC / 4 semaines"],
                      ["Calciprat D3", "1 cp x 2/j"],
                      ["Kardégic 75 mg", "1 sachet/j"],
                      ["Plavix 75 mg", "1 cp/j"],
                      ["Ixprim 37,5 mg/325 mg", "1 cp x 3/j"],
                      ["Tahor 40 mg", "1 cp le soir"],
                      ["Cardensiel 5 mg", "1 cp/j"],
                      ["Glucophage 1000 mg", "matin et soir"],
                      ["Inexium 20 mg", "1 cp/j"]]),
           ("p", "Pas de traitement anticoagulant."),
           ("h", "Questions"),
           ("p", "Radiothérapie de L3-L4 (sans arrêt de la double antiagrégation) ou nouvelle cimentoplastie de L4 ? "
                 "Si une radiothérapie stéréotaxique est retenue, elle imposerait un transfert vers la Martinique ou la "
                 "métropole, ce que la patiente redoute (isolement à Marie-Galante, mari dialysé). Poursuite du traitement "
                 "par fulvestrant-abémaciclib."),
           ("p", "Avec mes remerciements,\nDr M. Palmier"),
       ],
       gold=gold("F", None,
                 ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
                 ("present", ["pain"], True),
                 ("present", ["inflammatory"], 5),
                 ("present", ["L02BA03", "L01EF03", "M05BX04", "A12AX", "B01AC06", "B01AC04", "N02AX02",
                              "C10AA05", "C07AB07", "A10BA02", "A02BC05"]),
                 ("present", ["cementoplasty"]),
                 ("present", ["M05BX04"]), ("absent", []), ("present", ["B01AC06", "B01AC04"]),
                 ("present", "ecog", 1), ("present", None)),
       author="Medical oncologist, breast (CHU de la Guadeloupe)",
       tricky="NST = invasive ductal; RP 0 % and HER2 2+ FISH non amplified are negative; parietal RT of the primary does not count, cementoplasty does; Arimidex stopped; dual antiplatelet therapy with explicit 'pas de traitement anticoagulant'; Ixprim (tramadol combination) coded N02AX02; pain 8 before, 5 now")


# ---------------------------------------------------------------------------
# Contract
# ---------------------------------------------------------------------------
NINE = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
        "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": ALL5,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": ALL5,
    "boneTargetedTherapy": ALL5,
    "anticoagulation": ALL5,
    "antiplatelets": ALL5,
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
               "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIO_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
                 "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
TREATMENTS = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule applied to a gold record (nine items, ITEMS order)."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in NINE:
        sec = g[item]
        st = sec["status"]
        if st in kinds:
            gaps.append([item, kinds[st]])
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
            gaps.append([item, "incomplete"])
    return gaps


def load_atc():
    ref = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if line.strip():
            parts = line.split("\t")
            names = [parts[1], parts[2]] + [b for b in (parts[4].split(",") if len(parts) > 4 else []) if b]
            ref[parts[0]] = (parts[3], names)
    return ref


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'")


def age_at(birth, date):
    b, d = _dt.date(*birth), _dt.date(*date)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def letter_text(L) -> str:
    if "text" in L:
        return L["text"]
    parts = []
    for kind, val in L["blocks"]:
        if kind == "table":
            parts.extend(" ".join(r) for r in val)
        else:
            parts.append(val)
    return "\n".join(parts)


def fail(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def check(L, ref):
    g, lid = L["gold"], L["id"]
    text = L_text = letter_text(L)
    ntext = norm(text)
    # patient
    if g["patient"]["sex"] not in ("F", "M"):
        fail(f"{lid}: sex")
    if L.get("birth"):
        bd = "%02d/%02d/%04d" % (L["birth"][2], L["birth"][1], L["birth"][0])
        if bd not in text:
            fail(f"{lid}: birth date {bd} not in letter text")
        a = age_at(L["birth"], L["date"])
        if g["patient"]["age"] is None:
            g["patient"]["age"] = a
        elif g["patient"]["age"] != a:
            fail(f"{lid}: age {g['patient']['age']} != {a} computed from birth date")
    else:
        a = g["patient"]["age"]
        if not isinstance(a, int) or f"{a} a" not in L_text:
            fail(f"{lid}: age must be written in the letter when no birth date")
    if L.get("birth") and f"{g['patient']['age']} ans" in text:
        pass  # age written as well: already checked equal
    # statuses
    for item, allowed in ALLOWED.items():
        st = g[item]["status"]
        if st not in allowed:
            fail(f"{lid}: {item} status {st!r} not allowed ({sorted(allowed)})")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail(f"{lid}: unknown primaryTumor with values")
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(f"{lid}: site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(f"{lid}: histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            fail(f"{lid}: biomarker {k}={v}")
    bd_ = g["boneDiagnosis"]
    if not set(bd_["circumstances"]) <= CIRCUMSTANCES or not isinstance(bd_["dated"], bool):
        fail(f"{lid}: boneDiagnosis values")
    if bd_["status"] == "present" and not bd_["circumstances"]:
        fail(f"{lid}: boneDiagnosis present without circumstance")
    if bd_["status"] == "unknown" and (bd_["circumstances"] or bd_["dated"]):
        fail(f"{lid}: unknown boneDiagnosis with values")
    p = g["pain"]
    if not set(p["types"]) <= PAIN_TYPES:
        fail(f"{lid}: pain types")
    if p["status"] != "present" and (p["types"] or p["intensity"] not in (None, 0)):
        fail(f"{lid}: pain {p['status']} with types/intensity")
    if p["intensity"] is not None and not (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10):
        fail(f"{lid}: pain intensity")
    if p["intensity"] is not None and f"{p['intensity']}/10" not in text.replace(" /", "/"):
        fail(f"{lid}: pain intensity {p['intensity']}/10 not written in the letter")
    pl = g["priorLocalTreatments"]
    if not set(pl["types"]) <= TREATMENTS:
        fail(f"{lid}: treatment types")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        fail(f"{lid}: priorLocalTreatments {pl['status']} with types")
    if pl["status"] == "present" and not pl["types"]:
        fail(f"{lid}: priorLocalTreatments present without a type")
    pr = g["prognosis"]
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        fail(f"{lid}: unknown prognosis with values")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 6):
        fail(f"{lid}: ecog")
    if pr.get("kps") is not None and pr["kps"] not in range(0, 101, 10):
        fail(f"{lid}: kps")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and (tp["intent"] not in INTENTS or tp["status"] != "present"):
        fail(f"{lid}: intent")
    intent_words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] and intent_words[tp["intent"]] not in ntext:
        fail(f"{lid}: intent {tp['intent']} not written in the letter")
    # "dose curative" (anticoagulant dose) is not an oncological intent
    if tp["intent"] is None and any(w in ntext.replace("dose curative", "") for w in ("palliati", "curati", "soins de support exclusifs")):
        fail(f"{lid}: letter states an intent but gold has none")
    # drugs
    meds = g["currentMedications"]
    for code in meds["atc"]:
        if code not in ref:
            fail(f"{lid}: ATC {code} not in atc-reference.tsv")
        if not any(norm(n) in ntext for n in ref[code][1]):
            fail(f"{lid}: no name of {code} ({ref[code][1]}) in the letter")
    if len(set(meds["atc"])) != len(meds["atc"]):
        fail(f"{lid}: duplicate ATC")
    if meds["status"] != "present" and meds["atc"]:
        fail(f"{lid}: currentMedications {meds['status']} with codes")
    if meds["status"] == "present" and not meds["atc"]:
        fail(f"{lid}: currentMedications present with no coded drug (check)")
    for name, prefixes in AGENT_PREFIX.items():
        sec = g[name]
        for code in sec["atc"]:
            if code not in ref:
                fail(f"{lid}: {name} ATC {code} not in atc-reference.tsv")
            if not code.startswith(prefixes):
                fail(f"{lid}: {code} does not belong to {name}")
            if not any(norm(n) in ntext for n in ref[code][1]):
                fail(f"{lid}: no name of {code} in the letter")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            fail(f"{lid}: {name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            missing = set(sec["atc"]) - set(meds["atc"])
            if missing:
                fail(f"{lid}: {name} agents {missing} not in currentMedications")
        if sec["status"] == "uncertain" and set(sec["atc"]) & set(meds["atc"]):
            fail(f"{lid}: {name} uncertain agent listed as a current medication")
        # every current drug of the section's class must appear in the section
        for code in meds["atc"]:
            if code.startswith(prefixes) and (sec["status"] not in ("present", "conflicting") or code not in sec["atc"]):
                fail(f"{lid}: current {code} but {name} is {sec['status']} {sec['atc']}")
        if meds["status"] == "absent" and sec["status"] in ("present", "conflicting"):
            fail(f"{lid}: no current medication but {name} {sec['status']}")
    # gaps
    g["gaps"] = derive_gaps(g)
    for item, kind in g["gaps"]:
        if item not in NINE or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            fail(f"{lid}: gap {item}/{kind}")


def ordered(g, lid):
    out = {"id": lid}
    for k in ["patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
              "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject", "gaps"]:
        out[k] = g[k]
    return out


def main():
    ref = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids) or ids != sorted(ids):
        fail("ids must be unique and ordered")
    for L in LETTERS:
        check(L, ref)
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for L in LETTERS:
        lid = L["id"]
        y, m, d = L["date"]
        if L["fmt"] == "txt":
            data = L["text"].replace("\n", L["newline"]).encode(L["encoding"])
            (HERE / "letters" / f"{lid}.txt").write_bytes(data)
        elif L["fmt"] == "pdf":
            write_pdf(HERE / "letters" / f"{lid}.pdf", L["text"].rstrip("\n"), title=L["title"],
                      created="D:%04d%02d%02d093000-04'00'" % (y, m, d))
        elif L["fmt"] == "docx":
            write_docx(HERE / "letters" / f"{lid}.docx", L["blocks"], author=L["docauthor"], title=L["title"],
                       when=(y, m, d, 10, 15, 0))
        (HERE / "gold" / f"{lid}.json").write_text(
            json.dumps(ordered(L["gold"], lid), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"ok: {len(LETTERS)} letters, contract checked, written to {HERE}")


if __name__ == "__main__":
    main()
