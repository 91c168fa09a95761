"""Letter texts and gold values for corpus62 (breast-cancer month). Written blind to the converter."""

HDR_SV = "Institut de cancérologie Sainte-Victoire  -  Département d'oncologie médicale"
FOOT_SV = ["Institut de cancérologie Sainte-Victoire - 14 avenue des Tilleuls - 13097 Aix-en-Provence Cedex 2 - Tél. 04 42 71 38 00",
           "Document strictement confidentiel, couvert par le secret médical. Si vous l'avez reçu par erreur, merci de le détruire."]

L = {}

# ---------------------------------------------------------------- zzj01
L["zzj01"] = dict(
    fmt="pdf", scale=1.4, author="Medical oncologist (breast unit)",
    birth=None, date="2025-03-04",
    header=HDR_SV, header_right="Mme PELLEGRIN Odile - IPP 40812277",
    footer=FOOT_SV,
    top=[("F2", 11, "Dr Anne-Laure FOURCADE - Oncologie médicale - Unité de sénologie"),
         ("F1", 9, "Secrétariat : 04 42 71 38 12 - RPPS 10101883456"),
         ("", 0, ""),
         ("F1", 9, "Aix-en-Provence, le 4 mars 2025"),
         ("F1", 9, "À l'attention du Dr Barthélémy, coordonnateur RCP Métastases osseuses, CHU Nord-Provence"),
         ("F2", 9.5, "Objet : demande d'avis RCP - Mme PELLEGRIN Odile, 63 ans")],
    body=[
        ("F1", 9, "Cher confrère,"),
        ("F1", 9, "Je vous adresse pour discussion en RCP Mme Odile PELLEGRIN, 63 ans, ancienne aide-soignante, ménopausée depuis 2012, que je suis pour un cancer du sein gauche métastatique d'emblée, à localisation exclusivement osseuse."),
        ("F2", 9, "Antécédents"),
        ("F1", 9, "HTA traitée. Cholécystectomie 2008. Pas d'antécédent thrombo-embolique. Sa soeur a été traitée pour un cancer de l'ovaire à 55 ans ; consultation d'oncogénétique faite, pas de variant pathogène identifié."),
        ("F2", 9, "Histoire oncologique"),
        ("F1", 9, "Nodule du QSE gauche palpé en octobre 2024. Microbiopsies du 28/10/2024 : carcinome infiltrant de type non spécifique (NST), grade II, RE 90 %, RP 20 %, HER2 1+ (non surexprimé), Ki67 15 %."),
        ("F1", 9, "Le TEP-TDM au 18F-FDG du bilan d'extension (08/11/2024) a mis en évidence des lésions osseuses hypermétaboliques multiples : L3, aile iliaque droite, 6e arc costal gauche, sans atteinte viscérale. La lésion de L3 a été biopsiée (concordante, RE+). Les métastases osseuses ont donc été découvertes sur l'imagerie de bilan, sans symptôme à l'époque."),
        ("F1", 9, "Traitement de 1re ligne débuté le 02/12/2024 : ribociclib (Kisqali) 600 mg/j 3 sem/4 + létrozole (Femara) 2,5 mg/j. Tolérance correcte, neutropénie grade 2 au C2, pas de réduction de dose. QTc normal."),
        ("F1", 9, "Par ailleurs radiothérapie antalgique de L3, 8 Gy en une fraction, le 12/12/2024 pour des lombalgies apparues en novembre."),
        ("F1", 9, "Dénosumab (Xgeva) 120 mg toutes les 4 semaines depuis le 06/01/2025, après bilan bucco-dentaire et panoramique sans contre-indication. Supplémentation Cacit D3 1 sachet/j."),
        ("F2", 9, "Situation actuelle"),
        ("F1", 9, "Persistance de lombalgies d'horaire mécanique, à la marche prolongée et au port de charges, EN 3/10, calmées par le Doliprane 1 g jusqu'à 3 fois par jour. Pas de radiculalgie, pas de trouble sphinctérien. Examen neurologique normal."),
        ("F1", 9, "État général conservé, ECOG 1, poids stable à 68 kg."),
        ("F1", 9, "Pas de traitement anticoagulant ni antiagrégant plaquettaire."),
        ("F2", 9, "Traitement en cours"),
        ("F1", 9, "Kisqali 200 mg 3 cp/j J1-J21 ; Femara 2,5 mg 1 cp/j ; Xgeva 120 mg SC /28 j ; Cacit D3 1 sachet/j ; Doliprane 1 g si besoin jusqu'à 3/j ; Amlor 5 mg 1 cp/j."),
        ("F2", 9, "Question posée"),
        ("F1", 9, "Le TEP d'évaluation à 3 mois (24/02/2025) montre une très bonne réponse métabolique, avec une lésion résiduelle iliaque droite. Dans ce contexte de maladie oligométastatique osseuse répondeuse, une radiothérapie stéréotaxique de consolidation de la lésion iliaque vous paraît-elle licite ? Le traitement systémique reste à visée palliative et sera poursuivi sans changement."),
        ("F1", 9, "Je vous remercie de votre avis et vous prie de croire, cher confrère, à mes sentiments les meilleurs."),
        ("F2", 9, "Dr A.-L. Fourcade"),
    ],
    gold=dict(sex="F", age=63,
              primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                                biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
              boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
              pain=dict(status="present", types=["mechanical"], intensity=3),
              currentMedications=dict(status="present", atc=["L01EF02", "L02BG04", "M05BX04", "A12AX", "N02BE01"]),
              priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
              boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
              anticoagulation=dict(status="absent", atc=[]),
              antiplatelets=dict(status="absent", atc=[]),
              prognosis=dict(status="present", ecog=1),
              therapeuticProject=dict(status="present", intent="palliative")),
    tricky="de novo bone-only disease found on staging PET; RE 90 % RP 20 % HER2 1+; Kisqali+Femara; Xgeva after dental check; single-fraction RT of L3; 'pas de traitement anticoagulant ni antiagrégant'; Doliprane 'si besoin' counted as current",
)

# ---------------------------------------------------------------- zzj02
L["zzj02"] = dict(
    fmt="docx", author="Gynaecologist (breast surgery unit)",
    birth="1977-09-21", date="2025-03-06",
    paras=[
        ("h", "Clinique Saint-Roch des Alpilles - Unité de sénologie"),
        ("p", "Dr Mathilde VERGNES - Gynécologie chirurgicale et sénologie - 2 chemin de la Tour, 13210 Saint-Rémy-de-Provence - tél. 04 90 48 22 17"),
        ("p", "Saint-Rémy, le 06/03/2025"),
        ("p", "Au Dr Barthélémy, RCP métastases osseuses"),
        ("b", "Concerne : Mme Sandrine ALARCON, née le 21/09/1977"),
        ("p", "Cher confrère,"),
        ("p", "Je me permets de vous adresser Mme Alarcon, 47 ans, non ménopausée, que j'ai opérée en 2019 d'un carcinome lobulaire infiltrant du sein droit (tumorectomie + ganglion sentinelle, pT2 N0). Profil : RH+/HER2- (RE 100 %, RP 60 %, HER2 score 0). Elle a reçu une radiothérapie mammaire puis du tamoxifène de 2019 à juin 2024, arrêté comme prévu après 5 ans."),
        ("p", "Antécédents familiaux : sa mère a eu un cancer du sein à 62 ans. Recherche BRCA1/2 négative. Antécédents personnels : hypothyroïdie sous Levothyrox 75 µg."),
        ("p", "Depuis début janvier 2025 elle se plaint de douleurs dorsales basses, d'abord mises sur le compte d'une contracture, puis à recrudescence nocturne avec réveils vers 3 h du matin. EVA à 5/10 lors de ma consultation. Pas de douleur en ceinture, pas de déficit."),
        ("p", "IRM rachidienne du 12/02/2025 : lésion ostéolytique du corps vertébral de T9 sans recul du mur postérieur, et deux petites lésions de l'aile iliaque gauche. Le scanner TAP du 19/02 ne retrouve pas de lésion viscérale. La biopsie de T9 (25/02) confirme une métastase d'un carcinome lobulaire RE+ (Ki67 10 %)."),
        ("p", "Pas de radiothérapie osseuse à ce jour. Elle est actuellement soulagée partiellement par Efferalgan codéiné 2 cp 3 fois par jour."),
        ("p", "Elle poursuit son activité professionnelle (comptable), PS 0."),
        ("p", "Le Dr Hamelin, son oncologue, a retenu une première ligne par palbociclib (Ibrance) + fulvestrant avec suppression ovarienne par Décapeptyl, qui débutera le 24/03/2025. Concernant le traitement anti-résorptif, le choix entre acide zolédronique et dénosumab reste à faire ; un bilan dentaire est demandé (panoramique le 18/03) car elle a une couronne à reprendre."),
        ("p", "Questions : indication d'une radiothérapie antalgique de T9 ? Risque fracturaire de T9 (score SINS) justifiant un avis rachis ?"),
        ("p", "Bien confraternellement,"),
        ("p", "Dr M. Vergnes"),
    ],
    gold=dict(sex="F", age=47,
              primaryTumor=dict(status="present", site="breast", histology="invasive_lobular_carcinoma",
                                biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
              boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
              pain=dict(status="present", types=["nocturnal"], intensity=5),
              currentMedications=dict(status="present", atc=["N02AJ06", "H03AA01"]),
              priorLocalTreatments=dict(status="absent", types=[]),
              boneTargetedTherapy=dict(status="unknown", atc=[]),
              anticoagulation=dict(status="unknown", atc=[]),
              antiplatelets=dict(status="unknown", atc=[]),
              prognosis=dict(status="present", ecog=0),
              therapeuticProject=dict(status="present", intent=None)),
    tricky="RH+/HER2- spelled out; tamoxifen stopped; palbociclib+fulvestrant+Décapeptyl decided but not started (not current, project present, no intent); zoledronic vs denosumab undecided (unknown); breast RT not a bone treatment; 'pas de radiothérapie osseuse'",
)

# ---------------------------------------------------------------- zzj03
L["zzj03"] = dict(
    fmt="txt", encoding="utf-8", newline="\n", author="Medical oncologist (e-mail style)",
    birth=None, date="2025-03-07",
    text="""De : Dr Karim BENSALEM <k.bensalem@ch-etang-berre.fr>
Envoyé : vendredi 7 mars 2025 11:42
À : RCP Os - secrétariat
Objet : RCP MO du 13/03 - Mme LEBRETON Nadia

Bonjour,

merci d'inscrire à la prochaine RCP métastases osseuses Mme Nadia LEBRETON, 52 ans.

Cancer du sein droit triple négatif (carcinome canalaire infiltrant grade 3, RE 0 %, RP 0 %, HER2 0), traité en 2022 par chimio néoadjuvante (EC puis paclitaxel-carboplatine + pembrolizumab), mastectomie et RT pariétale.

Rechute métastatique révélée en nov 2024 par une hypercalcémie symptomatique à 3,1 mmol/L (confusion, polyurie) ; bilan : lésions osseuses diffuses (rachis, bassin, fémur G) + 2 nodules hépatiques.
Hypercalcémie corrigée par hydratation + Zometa, poursuivi depuis à 4 mg toutes les 4 semaines (bilan dentaire fait avant, RAS).
1re ligne paclitaxel hebdo nov 2024 -> janv 2025, arrêté pour neuropathie grade 2 et progression hépatique.
Depuis le 03/02/2025 : capécitabine (Xeloda) 1000 mg/m2 x2/j J1-J14.

RT hanche G 20 Gy/5 fr en décembre 2024 pour douleur + lyse du toit cotyloïdien.

TVP du membre sup droit sur PAC le 10/01/2025 -> Lovenox 6000 UI x2/j depuis, bien toléré. Pas d'antiagrégant.

Actuellement : douleur de hanche gauche à la marche et à l'appui, EN 4/10 sous opioïdes, pas de composante neuropathique, pas de douleur nocturne.
PS 2 (passe la moitié de la journée au fauteuil).

Ttt en cours :
- Xeloda 1500 mg matin et soir J1-J14
- Zometa 4 mg IV /4 sem
- Lovenox 6000 UI/0,6 mL 2 inj/j
- Oxycontin LP 20 mg x2/j + Oxynorm 5 mg si besoin
- Inexium 20 mg
- Forlax 2 sachets/j

Situation palliative. Question : place d'une cimentoplastie ou d'une chirurgie préventive du cotyle G (Mirels à évaluer sur le fémur G) ? Le scanner est sur le PACS régional.

Bien cordialement,
K. Bensalem
Oncologie médicale - CH de l'Étang de Berre - 04 42 80 61 00
""",
    gold=dict(sex="F", age=52,
              primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                                biomarkers={"ER": "negative", "PR": "negative", "HER2": "negative"}),
              boneDiagnosis=dict(status="present", circumstances=["hypercalcemia"], dated=True),
              pain=dict(status="present", types=["mechanical"], intensity=4),
              currentMedications=dict(status="present", atc=["L01BC06", "M05BA08", "B01AB05", "N02AA05", "A02BC05", "A06AD15"]),
              priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
              boneTargetedTherapy=dict(status="present", atc=["M05BA08"]),
              anticoagulation=dict(status="present", atc=["B01AB05"]),
              antiplatelets=dict(status="absent", atc=[]),
              prognosis=dict(status="present", ecog=2),
              therapeuticProject=dict(status="present", intent="palliative")),
    tricky="e-mail headers; triple negative with explicit 0 %; hypercalcaemia as revealing circumstance; paclitaxel and pembrolizumab stopped, capecitabine current; curative Lovenox for catheter DVT; 'pas de douleur nocturne' and 'pas de composante neuropathique' denied types",
)

# ---------------------------------------------------------------- zzj04
L["zzj04"] = dict(
    fmt="pdf", author="Breast surgeon / senologist",
    birth="1950-03-30", date="2025-03-11",
    header="Centre Hospitalier Val-de-Durance  -  Pôle Femme-Mère-Enfant  -  Unité de sénologie",
    header_right="Patiente : Mme ROUQUETTE Ginette (née le 30/03/1950)",
    footer=["CH Val-de-Durance - 1 rue du Pont-Vieux - 84300 Cavaillon - Standard 04 90 78 55 00 - FINESS 840000999",
            "Ce courrier contient des informations médicales confidentielles destinées exclusivement au(x) destinataire(s)."],
    page_fmt="- {i} -",
    top=[("F2", 10.5, "Dr Philippe MAZARGUES, chirurgien sénologue"),
         ("F1", 9, "Consultation du 11/03/2025 - Courrier à l'attention de la RCP Métastases osseuses (Dr Barthélémy)"),
         ("F1", 9, "Copie : Dr Nguyen (oncologue), Dr Tessier (médecin traitant), Dr Combe (cardiologue)")],
    body=[
        ("F1", 9, "Cher ami,"),
        ("F1", 9, "Je revois ce jour Mme Ginette Rouquette pour laquelle je souhaite un avis de la RCP os."),
        ("F2", 9, "ATCD"),
        ("F1", 9, "- ACFA permanente sous Eliquis 5 mg x2 (le Kardégic a été arrêté lors de l'introduction de l'anticoagulant en 2021)."),
        ("F1", 9, "- Ostéoporose fracturaire (tassement L1 en 2019), traitée par Prolia de 2019 à 2022, arrêté à la découverte du cancer ; pas de relais."),
        ("F1", 9, "- HTA, RGO."),
        ("F2", 9, "Histoire de la maladie"),
        ("F1", 9, "Carcinome canalaire infiltrant du sein gauche diagnostiqué en avril 2022 : RE 10 % (faiblement positif), RP négatif, HER2 3+ (amplifié). Mastectomie gauche + curage, puis 12 paclitaxel-trastuzumab, trastuzumab + pertuzumab (Phesgo) adjuvant jusqu'en mai 2023."),
        ("F1", 9, "Rechute osseuse (rachis dorsal, bassin, col fémoral droit) et ganglionnaire axillaire découverte sur le TEP-TDM de surveillance du 16/09/2024, traitée par trastuzumab deruxtecan (Enhertu) depuis le 07/10/2024, toujours en cours (C8 le 03/03/2025), bonne réponse ganglionnaire."),
        ("F1", 9, "Le 02/02/2025 elle a fait une chute de sa hauteur avec fracture pathologique du col fémoral droit sur métastase lytique. Prothèse intermédiaire de hanche le 04/02/2025 (Dr Sabatier). Les suites ont été simples."),
        ("F2", 9, "Examen"),
        ("F1", 9, "Marche avec une canne. La patiente ne signale pas de douleur, ni à la hanche ni au rachis. Karnofsky 70 %."),
        ("F2", 9, "Traitement actuel"),
        ("F1", 9, "Enhertu 5,4 mg/kg IV toutes les 3 semaines ; Eliquis 5 mg matin et soir ; Cardensiel 2,5 mg ; Inexium 40 mg."),
        ("F2", 9, "Ma question"),
        ("F1", 9, "Pas de traitement anti-résorptif osseux actuellement. Faut-il introduire du Xgeva alors qu'une extraction dentaire (36-37) est prévue fin mars par son dentiste ? Délai de cicatrisation à respecter ? Par ailleurs, une radiothérapie post-opératoire du fémur droit est-elle à discuter ? L'Enhertu sera poursuivi."),
        ("F1", 9, "Amitiés,"),
        ("F2", 9, "Ph. Mazargues"),
    ],
    gold=dict(sex="F", age=74,
              primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                                biomarkers={"ER": "positive", "PR": "negative", "HER2": "positive"}),
              boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
              pain=dict(status="absent", types=[], intensity=None),
              currentMedications=dict(status="present", atc=["B01AF02", "C07AB07", "A02BC05"]),
              priorLocalTreatments=dict(status="present", types=["surgery"]),
              boneTargetedTherapy=dict(status="absent", atc=[]),
              anticoagulation=dict(status="present", atc=["B01AF02"]),
              antiplatelets=dict(status="absent", atc=[]),
              prognosis=dict(status="present", kps=70),
              therapeuticProject=dict(status="present", intent=None)),
    tricky="age only from birth date (birthday 19 days after the letter); T-DXd (Enhertu) current but not in the ATC table; Prolia for osteoporosis stopped; Kardégic stopped; Eliquis for AF; post-fracture hip prosthesis = surgery; the pathological fracture came after the bone relapse found on follow-up PET, so the circumstance is staging_imaging; Karnofsky only; Xgeva and post-op RT only asked",
)

# ---------------------------------------------------------------- zzj05
L["zzj05"] = dict(
    fmt="docx", author="Medical oncologist (structured RCP form)",
    birth=None, date="2025-03-12",
    paras=[
        ("h", "FICHE DE DEMANDE RCP - MÉTASTASES OSSEUSES"),
        ("p", "Médecin demandeur : Dr Hélène KERGUELEN, oncologie médicale, Hôpital privé du Grand Luberon - tél. 04 90 09 41 41"),
        ("p", "Date de la demande : 12/03/2025"),
        ("table", [["Patiente", "Mme DUCHÊNE Monique, 71 ans"],
                   ["Tumeur primitive", "Sein gauche - carcinome lobulaire infiltrant, RE 95 %, RP 0 %, HER2 2+ FISH négative (non amplifié)"],
                   ["Date du diagnostic", "2017 (localisé) ; métastatique depuis 2022"],
                   ["Sites métastatiques", "Os exclusivement (rachis dorsolombaire, côtes, sacrum)"],
                   ["Anticoagulation", "Non"],
                   ["Antiagrégant", ""],
                   ["OMS", "1"]]),
        ("b", "Histoire"),
        ("p", "Tumorectomie + RT mammaire en 2017, létrozole adjuvant. Métastases osseuses découvertes sur le TEP-TDM de suivi réalisé en juin 2022 devant une remontée du CA 15-3. Première ligne palbociclib + létrozole de 07/2022 à 12/2024 (arrêt pour progression osseuse). Cimentoplastie de T12 en septembre 2023 pour tassement douloureux."),
        ("p", "Depuis le 06/01/2025 : abémaciclib (Verzenios) 150 mg x2/j + fulvestrant (Faslodex) 500 mg/mois."),
        ("p", "Dénosumab (Xgeva) de 07/2022 à 01/2025, suspendu en janvier 2025 pour une ostéonécrose de la mandibule stade 1 (avis stomato : bains de bouche, surveillance). Pas de reprise à ce jour."),
        ("b", "Douleur"),
        ("p", "Douleurs costales gauches à type de brûlures et de décharges électriques, DN4 5/10, avec recrudescence nocturne. EVA 6 la nuit il y a un mois, EVA 3 actuellement depuis l'introduction de la prégabaline."),
        ("b", "Traitement habituel"),
        ("table", [["Médicament", "Posologie"],
                   ["Verzenios 150 mg", "1 cp matin et soir"],
                   ["Faslodex 250 mg", "2 inj IM / mois"],
                   ["Xarelto 20 mg", "1 cp le soir (EP en 2023)"],
                   ["Lyrica 75 mg", "1 gél x2/j"],
                   ["Doliprane 1 g", "x3/j"],
                   ["Tahor 20 mg", "1 cp/j"]]),
        ("b", "Question"),
        ("p", "Situation palliative. Progression costale douloureuse isolée (7e-8e arcs G) : radiothérapie antalgique ? Faut-il envisager un relais du Xgeva par un bisphosphonate malgré l'ONM ?"),
        ("p", "Dr H. Kerguelen"),
    ],
    gold=dict(sex="F", age=71,
              primaryTumor=dict(status="present", site="breast", histology="invasive_lobular_carcinoma",
                                biomarkers={"ER": "positive", "PR": "negative", "HER2": "negative"}),
              boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
              pain=dict(status="present", types=["neuropathic", "nocturnal"], intensity=3),
              currentMedications=dict(status="present", atc=["L01EF03", "L02BA03", "B01AF01", "N03AX16", "N02BE01", "C10AA05"]),
              priorLocalTreatments=dict(status="present", types=["cementoplasty"]),
              boneTargetedTherapy=dict(status="absent", atc=[]),
              anticoagulation=dict(status="conflicting", atc=["B01AF01"]),
              antiplatelets=dict(status="unknown", atc=[]),
              prognosis=dict(status="present", ecog=1),
              therapeuticProject=dict(status="present", intent="palliative")),
    tricky="form with tables; HER2 2+ FISH negative; 'Anticoagulation : Non' in the header table but Xarelto in the drug table (conflicting, kept in current meds); empty antiplatelet cell (unknown); Xgeva suspended for jaw osteonecrosis (absent); palbociclib/letrozole stopped; pain 6 a month ago vs 3 now",
)

# ---------------------------------------------------------------- zzj06
L["zzj06"] = dict(
    fmt="txt", encoding="utf-8", newline="\n", author="Gynaecologist in private practice",
    birth=None, date="2025-03-13",
    text="""Dr Françoise AUBANEL
Gynécologue médicale
12 bd Victor-Hugo - 30000 Nîmes
Tél : 04 66 21 47 93

Nîmes le 13 mars 2025

Cher Confrère,

Je vous adresse Madame Josiane TEISSIER, 58 ans, que je suis depuis de nombreuses années.

Elle a été traitée en 2016 à la clinique des Sources (Montpellier) pour un cancer du sein gauche dont je n'ai malheureusement pas le compte-rendu anatomopathologique sous les yeux : tumorectomie, radiothérapie, puis hormonothérapie pendant 5 ans terminée en 2021. Elle n'a plus de suivi oncologique régulier depuis.

Elle consulte depuis deux mois pour des douleurs du bassin et de la hanche droite, à la marche et à la montée des escaliers, qui la réveillent également la nuit. La scintigraphie osseuse demandée par son médecin traitant (27/02/2025) montre des hyperfixations multiples du bassin, du sacrum et de plusieurs côtes, très suspectes de métastases. Il s'agit probablement d'une rechute osseuse de son cancer du sein, mais aucune biopsie n'a été faite pour l'instant et un myélome n'a pas été formellement écarté (EPP en cours).

ATCD : hypercholestérolémie, hypothyroïdie, angor stable (stent en 2018). Ostéoporose traitée par Actonel il y a des années, arrêté depuis longtemps. Sa mère est décédée d'un cancer du colon.

Traitement : Ixprim 2 cp matin et soir, Kardégic 75 mg, Tahor 40, Levothyrox 100. Pas d'anticoagulant.

Je vous remercie de bien vouloir la voir rapidement et de me dire la conduite à tenir (biopsie ? bilan ?).

Bien confraternellement

Dr F. Aubanel
""",
    gold=dict(sex="F", age=58,
              primaryTumor=dict(status="uncertain", site="breast", histology=None, biomarkers={}),
              boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
              pain=dict(status="present", types=["mechanical", "nocturnal"], intensity=None),
              currentMedications=dict(status="present", atc=["N02AX02", "B01AC06", "C10AA05", "H03AA01"]),
              priorLocalTreatments=dict(status="unknown", types=[]),
              boneTargetedTherapy=dict(status="absent", atc=[]),
              anticoagulation=dict(status="absent", atc=[]),
              antiplatelets=dict(status="present", atc=["B01AC06"]),
              prognosis=dict(status="unknown"),
              therapeuticProject=dict(status="unknown", intent=None)),
    tricky="short GP-like letter; breast relapse only probable (no biopsy, myeloma not excluded: uncertain, no histology, no receptors); mother's colon cancer; endocrine therapy finished; Actonel stopped; Kardégic for a stent; no prognosis, only questions (project unknown); pain duration 'depuis deux mois' dates the bone disease",
)

# ---------------------------------------------------------------- zzj07
L["zzj07"] = dict(
    fmt="pdf", scale=1.4, author="Medical oncologist (comprehensive cancer centre)",
    birth="1983-11-02", date="2025-03-14",
    header="CENTRE RÉGIONAL DE LUTTE CONTRE LE CANCER DU LANGUEDOC-GARRIGUES",
    header_right="Réf. : HKL/SB 25-0314-07",
    footer=["CRLCC Languedoc-Garrigues - 208 rue des Apothicaires - 34298 Montpellier Cedex 5 - www.crlcc-garrigues.fr",
            "Confidentiel - secret médical (art. L.1110-4 CSP). Courrier généré électroniquement, validé par le médecin signataire."],
    page_fmt="Page {i} sur {n}",
    top=[("F2", 10.5, "Département d'oncologie médicale - Pr Hugues KERLEAU / Dr Sophie BRUNET-LAFON"),
         ("F1", 9, "Montpellier, le 14 mars 2025"),
         ("F1", 9, "Destinataires : RCP Métastases osseuses ; Dr Garnier (médecin traitant) ; Dr Lopez (gynécologue)"),
         ("F2", 9.5, "Mme FABRE-SOULIER Élodie, née le 02/11/1983 - demande d'avis RCP")],
    body=[
        ("F1", 9, "Madame, Monsieur, chers confrères,"),
        ("F1", 9, "Nous souhaitons discuter le dossier de Mme Élodie Fabre-Soulier, professeure des écoles, mère de deux enfants, suivie dans le service pour un carcinome mammaire métastatique osseux."),
        ("F2", 9, "Antécédents familiaux"),
        ("F1", 9, "Mère et tante maternelle traitées pour un cancer du sein (50 et 46 ans). Panel HBOC réalisé : absence de variant pathogène BRCA1/2, PALB2."),
        ("F2", 9, "Antécédents personnels"),
        ("F1", 9, "Aucun antécédent notable. Pas de tabac."),
        ("F2", 9, "Histoire de la maladie"),
        ("F1", 9, "Le 03/10/2024, apparition brutale d'une faiblesse des deux membres inférieurs avec troubles sensitifs remontant jusqu'à l'ombilic, dans un contexte de dorsalgies négligées depuis l'été. L'IRM en urgence objective une épidurite métastatique compressive en regard de T6 sur lyse vertébrale, avec compression médullaire. Prise en charge neurochirurgicale le 04/10/2024 : laminectomie décompressive T5-T7 et ostéosynthèse postérieure T4-T8, puis radiothérapie post-opératoire 30 Gy en 10 fractions (fin le 08/11/2024). Récupération motrice complète en 6 semaines."),
        ("F1", 9, "L'analyse de la pièce opératoire retrouve une métastase d'un carcinome d'origine mammaire (GATA3+). Le bilan sénologique retrouve une lésion de 14 mm du sein droit, biopsiée : carcinome infiltrant de type non spécifique, grade 2, RE 80 %, RP 5 %, HER2 négatif (score 1+, HER2-low), Ki67 20 %. Autres lésions osseuses au TEP (sacrum, côtes) ; pas d'atteinte viscérale."),
        ("F1", 9, "Une anticoagulation préventive par Lovenox 4000 UI/j a été poursuivie 6 semaines après la chirurgie puis arrêtée mi-novembre."),
        ("F2", 9, "Traitement systémique"),
        ("F1", 9, "Depuis le 18/11/2024 : ribociclib (Kisqali) 600 mg/j J1-J21, anastrozole (Arimidex) 1 mg/j, goséréline (Zoladex) 10,8 mg toutes les 12 semaines. Acide zolédronique 4 mg toutes les 12 semaines (1re perfusion le 02/12/2024, dernière le 10/02/2025), après avis stomatologique favorable. Uvedose 100 000 UI/mois."),
        ("F2", 9, "Évaluation"),
        ("F1", 9, "TEP-TDM du 24/02/2025 : réponse métabolique partielle, pas de nouvelle lésion. La patiente décrit une douleur résiduelle de la cicatrice dorsale, EN 2/10, sans caractère neuropathique (DN4 à 1/10). ECOG 1. Reprise du travail à mi-temps thérapeutique."),
        ("F2", 9, "Question à la RCP"),
        ("F1", 9, "Le matériel d'ostéosynthèse est en place ; le neurochirurgien demande s'il faut prévoir une imagerie de contrôle systématique. Faut-il proposer une irradiation des lésions sacrées asymptomatiques ? Le traitement en cours, à visée palliative, est poursuivi."),
        ("F1", 9, "Nous vous remercions de votre avis."),
        ("F2", 9, "Dr S. Brunet-Lafon, praticien spécialiste des CLCC"),
    ],
    gold=dict(sex="F", age=41,
              primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                                biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
              boneDiagnosis=dict(status="present", circumstances=["neurological_deficit"], dated=True),
              pain=dict(status="present", types=[], intensity=2),
              currentMedications=dict(status="present", atc=["L01EF02", "L02BG03", "L02AE03", "M05BA08", "A11CC05"]),
              priorLocalTreatments=dict(status="present", types=["surgery", "radiotherapy"]),
              boneTargetedTherapy=dict(status="present", atc=["M05BA08"]),
              anticoagulation=dict(status="absent", atc=[]),
              antiplatelets=dict(status="unknown", atc=[]),
              prognosis=dict(status="present", ecog=1),
              therapeuticProject=dict(status="present", intent="palliative")),
    tricky="two-column PDF, age from birth date; revealed by cord compression (neurological deficit, not pain); HER2-low written as 'HER2 négatif (score 1+, HER2-low)'; RP 5 %; laminectomy+fixation and post-op RT; preventive Lovenox stopped (absent); residual scar pain without type (incomplete gap); GATA3 not recorded; family history",
)

# ---------------------------------------------------------------- zzj08
L["zzj08"] = dict(
    fmt="docx", author="Breast unit nurse coordinator (for the senologist)",
    birth="1944-03-02", date="2025-03-17",
    paras=[
        ("h", "Réseau Sein Var-Est - Infirmière de coordination"),
        ("p", "Fiche de liaison RCP rédigée par Mme Coralie ESTIENNE, IDE de coordination, pour le Dr Olivier MARCELLIN (sénologue). Tél. 04 94 52 63 10."),
        ("p", "Fréjus, le 17/03/2025"),
        ("table", [["Nom / prénom", "GIORDANO Antoinette"],
                   ["Date de naissance", "02/03/1944"],
                   ["Médecin traitant", "Dr Pellissier, Saint-Raphaël"],
                   ["Diagnostic", "Carcinome mucineux (colloïde) du sein droit, RE+ (100 %), RP+ (70 %), HER2 0"],
                   ["Stade", "Métastatique osseux (rachis lombaire, bassin)"]]),
        ("b", "Résumé"),
        ("p", "Patiente de 81 ans, vivant seule, autonome. Cancer du sein droit traité en 2013 (tumorectomie + radiothérapie mammaire, puis tamoxifène 5 ans). Les lésions osseuses ont été découvertes fortuitement le 15/01/2025 sur un scanner abdominal réalisé aux urgences pour une diverticulite sigmoïdienne. Biopsie de L2 : métastase du carcinome mammaire connu, RE+."),
        ("p", "Jamais irradiée sur le plan osseux. Aucune douleur osseuse rapportée, pas d'antalgique."),
        ("p", "Mise sous Femara 2,5 mg/j depuis le 03/02/2025 par le Dr Marcellin (pas de chimiothérapie ni d'inhibiteur de CDK4/6 compte tenu de l'âge et du souhait de la patiente)."),
        ("b", "Traitements en cours"),
        ("p", "Femara 2,5 mg 1/j - Prolia 60 mg 1 injection tous les 6 mois (pour son ostéoporose, depuis 2021, dernière injection le 10/12/2024) - Préviscan 20 mg 3/4 cp le soir (INR stable, cible 2-3, pour ACFA) - Lasilix 40 mg 1/j - Cardensiel 5 mg 1/j - Orocal D3 1 cp x2/j."),
        ("p", "Antiagrégant : non."),
        ("b", "État général"),
        ("p", "OMS 2. Espérance de vie estimée supérieure à un an selon le Dr Marcellin."),
        ("b", "Question posée"),
        ("p", "Faut-il remplacer le Prolia par du Xgeva à dose oncologique chez cette patiente de 81 ans sous AVK ? Elle porte un appareil dentaire complet (bilan dentaire à prévoir)."),
    ],
    gold=dict(sex="F", age=81,
              primaryTumor=dict(status="present", site="breast", histology="other",
                                biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
              boneDiagnosis=dict(status="present", circumstances=["incidental_imaging"], dated=True),
              pain=dict(status="absent", types=[], intensity=None),
              currentMedications=dict(status="present", atc=["L02BG04", "M05BX04", "B01AA12", "C03CA01", "C07AB07", "A12AX"]),
              priorLocalTreatments=dict(status="absent", types=[]),
              boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
              anticoagulation=dict(status="present", atc=["B01AA12"]),
              antiplatelets=dict(status="absent", atc=[]),
              prognosis=dict(status="present", ecog=2),
              therapeuticProject=dict(status="present", intent=None)),
    tricky="nurse-written liaison sheet with key/value table; mucinous carcinoma (histology other); HER2 0; incidental discovery on CT for diverticulitis; Prolia for osteoporosis is a current bone therapy (Xgeva only asked); Préviscan; 'Jamais irradiée sur le plan osseux' despite breast RT; age from birth date (birthday two weeks before)",
)

# ---------------------------------------------------------------- zzj09
L["zzj09"] = dict(
    fmt="pdf", author="Medical oncologist (private clinic)",
    birth=None, date="2025-03-18",
    header="Polyclinique du Mont-Ventoux - Oncologie médicale et hématologie",
    header_right="Mme CASTELLANE Brigitte - dossier 2023-11873",
    footer=["Polyclinique du Mont-Ventoux - 455 route d'Orange - 84200 Carpentras - Secrétariat oncologie 04 90 67 30 45 - Fax 04 90 67 30 46",
            "Les informations contenues dans ce document sont confidentielles. Reproduction et diffusion interdites."],
    top=[("F2", 10.5, "Dr Jean-Baptiste ROSTAING - Oncologue médical"),
         ("F1", 9, "Carpentras, le 18/03/2025"),
         ("F1", 9, "Cher confrère, je vous serais reconnaissant de présenter à la RCP os le dossier suivant.")],
    body=[
        ("F2", 9, "Identité"),
        ("F1", 9, "Mme Brigitte CASTELLANE, 56 ans, secrétaire de mairie."),
        ("F2", 9, "Antécédents"),
        ("F1", 9, "Fibrillation auriculaire paroxystique découverte en 2023 ; la patiente est probablement sous anticoagulant oral prescrit par son cardiologue (Eliquis ?), à vérifier : elle n'a pas apporté son ordonnance. Diabète non insulino-dépendant sous régime seul. Appendicectomie."),
        ("F2", 9, "Histoire oncologique"),
        ("F1", 9, "Carcinome canalaire infiltrant du sein gauche, cT3N1, diagnostiqué en mai 2024. IHC : RE 40 %, RP < 1 %, HER2 3+. Le TEP-TDM du bilan d'extension initial (21/05/2024) montre une lésion osseuse unique de l'aile iliaque droite, confirmée par biopsie."),
        ("F1", 9, "Traitement : 6 cycles docétaxel-trastuzumab-pertuzumab (juin - octobre 2024), docétaxel arrêté après C6, puis maintenance trastuzumab (Herceptin SC) + pertuzumab (Perjeta) toutes les 3 semaines, toujours en cours, avec létrozole introduit en novembre 2024. Radiothérapie stéréotaxique de la lésion iliaque droite 3 x 9 Gy en septembre 2024."),
        ("F1", 9, "Dénosumab (Xgeva) mensuel depuis juin 2024 après bilan dentaire ; supplémentation Cacit D3."),
        ("F2", 9, "Évolution"),
        ("F1", 9, "Le TEP du 04/03/2025 retrouve une réponse complète iliaque mais une nouvelle fixation isolée du 9e arc costal droit, asymptomatique. Pas de douleur osseuse. PS 0."),
        ("F2", 9, "Traitement actuel"),
        ("F1", 9, "Herceptin 600 mg SC /21 j, Perjeta 420 mg IV /21 j, Femara 2,5 mg/j, Xgeva 120 mg SC /4 sem, Cacit D3 1 sachet/j."),
        ("F2", 9, "Question"),
        ("F1", 9, "Oligoprogression costale unique sous double blocage anti-HER2 : SBRT de la côte avec poursuite du même traitement systémique, ou changement de ligne (T-DXd) ? Le traitement actuel est maintenu dans l'attente de votre avis."),
        ("F1", 9, "Bien à vous."),
        ("F2", 9, "Dr J.-B. Rostaing"),
    ],
    gold=dict(sex="F", age=56,
              primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                                biomarkers={"ER": "positive", "PR": "negative", "HER2": "positive"}),
              boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
              pain=dict(status="absent", types=[], intensity=None),
              currentMedications=dict(status="present", atc=["L01FD01", "L01FD02", "L02BG04", "M05BX04", "A12AX"]),
              priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
              boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
              anticoagulation=dict(status="uncertain", atc=["B01AF02"]),
              antiplatelets=dict(status="unknown", atc=[]),
              prognosis=dict(status="present", ecog=0),
              therapeuticProject=dict(status="present", intent=None)),
    tricky="HER2 3+ with RE 40 % and RP < 1 % (negative); docetaxel stopped, trastuzumab+pertuzumab+letrozole current; 'probablement sous anticoagulant ... (Eliquis ?), à vérifier' = uncertain with agent, not a current drug; prior SBRT of the iliac lesion; T-DXd only an option",
)

# ---------------------------------------------------------------- zzj10
L["zzj10"] = dict(
    fmt="txt", encoding="cp1252", newline="\r\n", author="Medical oncologist (telegraphic note, cp1252, CRLF)",
    birth=None, date="2025-03-19",
    text="""CH Arles - HDJ oncologie - Dr Marion CLAPIER - poste 4417
19/03/25

RCP os - Mme RAYNAUD Célia, 45 a

Dg : K sein G TN (RE-, RP-, HER2 0), CCI grade 3, dg 02/2023, ttt initial chir + chimio + RT sein.
Rechute 12/2024 : dlr lombaires depuis début decembre -> IRM 20/12/24 : lyse L4 + lésions bassin + 3 nodules pulm.
L1 méta : carboplatine-gemcitabine janv-fev 2025, arrêt pour thrombopénie G3 + progression.
L2 en cours : sacituzumab govitecan (Trodelvy) depuis 03/03/25, C2 fait.

Dlr : rachis lombaire, mixte : méca (a la marche, au lever) + réveils nocturnes. EN 7 à l'entrée -> 4 ce jour sous Skenan.
Pas de déficit, pas de sd de la queue de cheval.

Ttt : Skenan LP 30 x2, Actiskenan 10 si besoin, Movicol 1/j, Dectancyl 20 mg/j (depuis 10/03), Mopral 20.
Pas d'anticoag, pas d'AAP.
Pas de ttt anti-résorptif à ce jour : Xgeva prévu après soins dentaires (2 extractions en cours de cicatrisation, dentiste le 02/04).
RT L4 prévue le 24/03 en radiothérapie (20 Gy/5 fr) - à valider en RCP.

PS 1. Intention palliative.

Q : RT L4 seule ou cimentoplastie + RT ? Risque d'ONM si Xgeva débuté avant cicatrisation complète ?

M. Clapier
""",
    gold=dict(sex="F", age=45,
              primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                                biomarkers={"ER": "negative", "PR": "negative", "HER2": "negative"}),
              boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
              pain=dict(status="present", types=["mechanical", "nocturnal"], intensity=4),
              currentMedications=dict(status="present", atc=["N02AA01", "A06AD65", "H02AB02", "A02BC01"]),
              priorLocalTreatments=dict(status="unknown", types=[]),
              boneTargetedTherapy=dict(status="absent", atc=[]),
              anticoagulation=dict(status="absent", atc=[]),
              antiplatelets=dict(status="absent", atc=[]),
              prognosis=dict(status="present", ecog=1),
              therapeuticProject=dict(status="present", intent="palliative")),
    tricky="cp1252 + CRLF telegraphic note; 'TN' and 'CCI'; carboplatin-gemcitabine stopped; sacituzumab govitecan current but not in the ATC table; 'pas d'anticoag, pas d'AAP'; 'Pas de ttt anti-résorptif à ce jour' with Xgeva only planned (absent); RT L4 only planned (prior local unknown); EN 7 then 4",
)

# ---------------------------------------------------------------- zzj11
L["zzj11"] = dict(
    fmt="docx", author="Gynaecologist-oncologist (hospital)",
    birth="1958-08-08", date="2025-03-20",
    paras=[
        ("h", "Hôpital Saint-Joseph-de-la-Durance - Service de gynécologie"),
        ("p", "Dr Raphaël ORSINI - Gynécologie oncologique - tél. 04 91 33 72 08"),
        ("p", "Marseille, le 20 mars 2025"),
        ("p", "Chère consœur, cher confrère,"),
        ("p", "Je souhaite soumettre à la RCP métastases osseuses le dossier de Mme Colette MAUREL, née le 08/08/1958, hospitalisée dans notre service d'orthopédie puis transférée chez nous."),
        ("p", "Elle est suivie depuis 2021 pour un carcinome canalaire infiltrant de type non spécifique (NST) du sein gauche, pT1c N1a, RE 90 %, RP 30 %, HER2 négatif (score 0), traité par mastectomie, chimiothérapie adjuvante, radiothérapie pariétale puis Arimidex."),
        ("p", "Le 20/02/2025, fracture de l'humérus gauche en soulevant un pack d'eau. Les radiographies montrent une fracture sur lésion lytique de la diaphyse humérale. Enclouage centromédullaire le 22/02/2025 (Dr Arnaud) ; l'analyse du fragment osseux confirme une métastase du carcinome mammaire, RE+. Le scanner TAP retrouve d'autres lésions (rachis, côtes), pas de lésion viscérale. L'Arimidex a été arrêté puisque la rechute est survenue sous ce traitement."),
        ("p", "Actuellement : douleurs de l'épaule gauche à la mobilisation, EVA 3/10, sans irradiation."),
        ("p", "Antécédents : HTA sous Triatec 5 mg ; ostéoporose densitométrique traitée depuis 2022 par Aclasta 5 mg une fois par an (3e perfusion en mai 2024) ; infarctus du myocarde en 2015, sous Kardégic 75 mg."),
        ("p", "Traitement de sortie : Lovenox 4000 UI/j pour 35 jours depuis l'intervention, Dafalgan 1 g x3/j, Tramadol LP 100 mg x2/j, Kardégic 75 mg, Triatec 5 mg."),
        ("p", "Son oncologue, le Dr Lemaire, évoque palbociclib + fulvestrant, mais la stratégie est à définir en RCP. Faut-il irradier l'humérus après enclouage, et faut-il passer de l'Aclasta à un traitement à dose oncologique (Xgeva ou Zometa) ?"),
        ("p", "Je vous prie de croire à l'assurance de mes sentiments confraternels."),
        ("p", "Dr R. Orsini"),
    ],
    gold=dict(sex="F", age=66,
              primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                                biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
              boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
              pain=dict(status="present", types=["mechanical"], intensity=3),
              currentMedications=dict(status="present", atc=["B01AB05", "N02BE01", "N02AX02", "B01AC06", "C09AA05", "M05BA08"]),
              priorLocalTreatments=dict(status="present", types=["surgery"]),
              boneTargetedTherapy=dict(status="present", atc=["M05BA08"]),
              anticoagulation=dict(status="present", atc=["B01AB05"]),
              antiplatelets=dict(status="present", atc=["B01AC06"]),
              prognosis=dict(status="unknown"),
              therapeuticProject=dict(status="unknown", intent=None)),
    tricky="pathological humerus fracture then nailing; Arimidex stopped at relapse; palbociclib+fulvestrant only 'évoqué', strategy 'à définir' (project unknown); Aclasta yearly for osteoporosis still ongoing (present, M05BA08, listed in antecedents not in the discharge list); post-op Lovenox + Kardégic; no performance status",
)

# ---------------------------------------------------------------- zzj12
L["zzj12"] = dict(
    fmt="pdf", author="Medical oncologist (university hospital), male patient",
    birth=None, date="2025-03-25",
    header="CHU de Nîmes-Costières  -  Service d'oncologie médicale  -  Hôpital de jour",
    header_right="M. VIDAL Gérard, 69 ans",
    footer=["CHU de Nîmes-Costières - place du Pr Robert-Debré - 30029 Nîmes Cedex 9 - Tél. 04 66 68 00 00",
            "Document confidentiel. Toute utilisation non autorisée est interdite. Imprimé le 25/03/2025."],
    page_fmt="{i}/{n}",
    top=[("F2", 10.5, "Dr Nathalie CHABROL-DESPLAN - Oncologie médicale"),
         ("F1", 9, "Nîmes, le 25 mars 2025"),
         ("F1", 9, "À Monsieur le Docteur Barthélémy - RCP Métastases osseuses"),
         ("F2", 9.5, "Motif : avis sur la prise en charge osseuse - M. Gérard VIDAL, 69 ans")],
    body=[
        ("F2", 9, "Synthèse"),
        ("F1", 9, "Homme de 69 ans, cancer du sein gauche métastatique osseux, hormonosensible, en 1re ligne de CDK4/6. Le patient ne se plaint d'aucune douleur."),
        ("F2", 9, "Antécédents"),
        ("F1", 9, "Cardiopathie ischémique avec stent actif en 2019, sous Plavix 75 mg au long cours. Diabète de type 2. Pas d'anticoagulant. Père décédé d'un cancer de la prostate."),
        ("F2", 9, "Histoire de la maladie"),
        ("F1", 9, "Carcinome canalaire infiltrant du sein gauche diagnostiqué en 2021 (pT2 N1), RE 95 %, RP 60 %, HER2 2+ avec FISH négative. Mastectomie, curage, radiothérapie pariétale, tamoxifène adjuvant arrêté en 12/2024 à la rechute."),
        ("F1", 9, "Le TEP-TDM de surveillance du 10/01/2025 a montré des lésions osseuses multiples (rachis dorsal, sternum, 3 côtes, bassin), sans lésion viscérale. Biopsie sternale : métastase RE+, HER2 négatif."),
        ("F1", 9, "Depuis le 03/02/2025 : palbociclib (Ibrance) 125 mg J1-J21 + létrozole 2,5 mg + triptoréline (Décapeptyl) 11,25 mg/3 mois. Pas de radiothérapie osseuse."),
        ("F2", 9, "Examen du 24/03/2025"),
        ("F1", 9, "Le patient signale des douleurs costales droites à l'inspiration profonde, cotées à 3/10, depuis 15 jours. Examen neurologique normal. ECOG 1."),
        ("F2", 9, "Traitement"),
        ("F1", 9, "Ibrance 125 mg, Femara 2,5 mg, Décapeptyl 11,25 mg, Plavix 75 mg, metformine 1000 mg x2, Tahor 20 mg."),
        ("F2", 9, "Demande"),
        ("F1", 9, "Un traitement par acide zolédronique est prévu, un bilan dentaire a été demandé (plusieurs dents délabrées). Acide zolédronique ou dénosumab chez ce patient diabétique à l'état dentaire précaire ? Une radiothérapie des côtes est-elle utile ? Le traitement à visée palliative est poursuivi."),
        ("F2", 9, "Dr N. Chabrol-Desplan"),
    ],
    gold=dict(sex="M", age=69,
              primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                                biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
              boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
              pain=dict(status="conflicting", types=[], intensity=3),
              currentMedications=dict(status="present", atc=["L01EF01", "L02BG04", "L02AE04", "B01AC04", "A10BA02", "C10AA05"]),
              priorLocalTreatments=dict(status="absent", types=[]),
              boneTargetedTherapy=dict(status="unknown", atc=[]),
              anticoagulation=dict(status="absent", atc=[]),
              antiplatelets=dict(status="present", atc=["B01AC04"]),
              prognosis=dict(status="present", ecog=1),
              therapeuticProject=dict(status="present", intent="palliative")),
    tricky="male breast cancer (sex M); summary says no pain, examination says costal pain 3/10 (conflicting); HER2 2+ FISH negative; tamoxifen stopped; Plavix with 'Pas d'anticoagulant'; father's prostate cancer; zoledronic acid only planned (unknown); 'Pas de radiothérapie osseuse'",
)
