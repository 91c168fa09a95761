"""Primary tumour: site, status, histology, biomarkers, TNM and diagnosis date, from short sentences."""
from __future__ import annotations

import pytest


def tumour(analyse, text: str):
    return analyse(text)["primaryTumor"]


def markers(analyse, text: str) -> dict[str, str]:
    return {m.name: m.result for m in tumour(analyse, text).biomarkers}


@pytest.mark.parametrize("text, site", [
    ("Patiente suivie pour un adénocarcinome bronchique du lobe supérieur gauche.", "lung"),
    ("Pt : CBNPC stade IV.", "lung"),
    ("Mme X, K sein droit opéré en 2016.", "breast"),
    ("Néo du sein gauche traité par chirurgie.", "breast"),
    ("Biopsie : métastase d'un carcinome d'origine mammaire.", "breast"),
    ("ADK prostatique Gleason 8 diagnostiqué en 2020.", "prostate"),
    ("Carcinome renal a cellules claires, nephrectomie en 2018.", "kidney"),  # no accents
    ("Cancer du côlon sigmoïde opéré.", "colorectal"),
    ("CCR métastatique au foie et aux os.", "colorectal"),
    ("Mélanome de l'épaule opéré en 2019.", "melanoma"),
    ("Carcinome urothélial de la vessie.", "bladder"),
    ("Cancer vésiculaire de la thyroïde traité par iode.", "thyroid"),
    ("Cancer de l'ovaire en rechute.", "other"),
    ("Métastases osseuses d'un adénocarcinome de primitif inconnu.", "unknown_primary"),
    ("Carcinome de primitif indéterminé malgré un bilan complet.", "unknown_primary"),
    ("Lésions osseuses ; aucun primitif retrouvé au TEP.", "unknown_primary"),
    ("Site primitif | Sein droit", "breast"),
    ("Tumeur primitive : poumon", "lung"),
    ("ATCD : carcinome canalaire infiltrant du sein en 2008, guéri.\nBiopsie iliaque : métastase "
     "d'adénocarcinome d'origine pulmonaire (TTF1+).", "lung"),
    # a cancer told as cured is not the primary when another is known, even by its histology only
    ("Antécédents : adénocarcinome du rectum opéré en 2012, considéré comme guéri.\nBiopsie costale : "
     "métastase d'un carcinome à petites cellules.", "lung"),
    ("Carcinome canalaire du sein traité en 2009, guéri. Rechute osseuse en 2024.", "breast"),
    ("CCR à cellules claires, néphrectomie gauche en 2020.", "kidney"),
    ("CCR opéré en 2022 (hémicolectomie droite).", "colorectal"),
    ("cci du sein droit en 2019, rh+ her2-", "breast"), ("adk pulmonaire lsg, egfr mute", "lung"),
    # what a surgery, a histology or a treatment implies when no organ is named
    ("ADK lieberkühnien moyennement différencié, pT3N1, opéré en 2022.", "colorectal"),
    ("Scanner : masse hilaire droite. Fibroscopie avec biopsies bronchiques : carcinome épidermoïde.", "lung"),
    ("Carcinome papillaire, traité par IRA-thérapie en 2024.", "thyroid"),
    ("Biopsie : métastase d'un adénocarcinome. Le scanner TAP et la mammographie n'ont pas retrouvé de primitif.",
     "unknown_primary"),
    ("Métastase d'un carcinome peu différencié dont l'origine reste indéterminée.", "unknown_primary"),
    ("Lésions lytiques du bassin. La TDM thoraco-abdominale ne retrouve pas de site primitif.", "unknown_primary"),
    ("Après coloscopie et fibroscopie normales, le primitif est toujours inconnu.", "unknown_primary"),
    ("Carcinosarcome de l'endomètre opéré en 2023.", "other"),
    ("Carcinome épidermoïde du canal anal, radiochimiothérapie en 2021.", "other"),
    ("TNE pancréatique bien différenciée G2 (Ki67 8 %).", "other"),
    ("Myélome peu probable. Pas de lésion primitive évidente au scanner.", "unknown_primary"),
    ("Biopsie iliaque : adénocarcinome, CK7+, TTF1-. Le primitif n'est pas identifié malgré la fibroscopie.",
     "unknown_primary"),
])
def test_tumour_site(analyse, text, site):
    result = tumour(analyse, text)
    assert result.site is not None and result.site.code == site
    assert result.status == "present"


@pytest.mark.parametrize("text, status", [
    ("Il est suivi pour un cancer bronchique à petites cellules.", "present"),
    ("Antécédent de cancer du sein traité en 2012, en rechute osseuse.", "present"),
    ("Le scanner évoque un cancer bronchique primitif.", "uncertain"),
    ("Masse rénale, probable cancer du rein.", "uncertain"),
    ("Suspicion de cancer de la prostate devant un PSA élevé.", "uncertain"),
    ("Cancer du poumon à confirmer par une biopsie.", "uncertain"),
    ("Cancer bronchique, pas encore de biopsie.", "uncertain"),
    ("Cancer du rein non prouvé histologiquement.", "uncertain"),
    ("Tumeur rénale droite. Une biopsie rénale percutanée est programmée le 25/03.", "uncertain"),
    ("Aspect très évocateur d'une néoplasie pulmonaire, fibroscopie prévue.", "uncertain"),
    ("Son père est décédé d'un cancer de la prostate.", "unknown"),
    ("Pas d'antécédent de cancer du sein.", "unknown"),
    ("Le bilan n'a pas retrouvé de cancer du poumon.", "unknown"),
    ("Carcinome mammaire triple négatif.", "present"),
    ("Carcinome bronchique non à petites cellules.", "present"),
    ("Douleurs lombaires depuis trois semaines.", "unknown"),
    ("Pas de lésion primitive évidente au scanner. Biopsie osseuse réalisée : résultats anapath en attente.",
     "uncertain"),
    ("Lésions osseuses secondaires, primitif non identifié. Biopsie vertébrale : non contributive.", "uncertain"),
    ("Primitif non identifié. Pas de traitement à ce stade en l'absence de diagnostic histologique.", "uncertain"),
    ("Très probablement un cancer prostatique, pas encore de biopsie. Un myélome reste à éliminer.", "uncertain"),
])
def test_tumour_status(analyse, text, status):
    assert tumour(analyse, text).status == status


@pytest.mark.parametrize("text, site", [
    ("Biopsie osseuse : localisation d'un carcinome épidermoïde, d'origine pulmonaire probable.", "lung"),
    ("Histologie : adénocarcinome, d'origine mammaire probable.", "breast"),
    ("Anapath : adenocarcinome, d'origine prostatique probable.", "prostate"),  # no accents
    ("Biopsie vertébrale : carcinome à cellules claires, probablement d'origine rénale.", "kidney"),
    ("Carcinome papillaire, d'origine thyroïdienne vraisemblable.", "thyroid"),
    ("Adénocarcinome lieberkühnien, primitif colique probable.", "colorectal"),
    # what the pathology suggests, after a comma
    ("Métastase d'un adénocarcinome TTF1+, évoquant en premier lieu une origine pulmonaire.", "lung"),
    ("Adénocarcinome, en faveur d'une origine mammaire.", "breast"),
    # however far the origin stands from the cancer word
    ("Histologie : métastase d'un adénocarcinome, TTF1 positif, CK7+, évoquant en premier lieu une origine pulmonaire.",
     "lung"),
])
def test_tumour_proven_histology_with_probable_origin_is_uncertain_with_its_site(analyse, text, site):
    result = tumour(analyse, text)
    assert (result.status, result.site and result.site.code) == ("uncertain", site)


@pytest.mark.parametrize("text, status", [
    # a relapse of a known cancer, even of known histology, not proven to be what the bones show
    ("ATCD de carcinome canalaire infiltrant du sein en 2015. Lésions lytiques de L4 évoquant une rechute osseuse, "
     "mais un myélome n'est pas éliminé (EPP en cours).", "uncertain"),
    ("Cancer du sein opéré en 2009 (carcinome lobulaire). Il s'agit probablement d'une rechute osseuse, mais rien "
     "n'est prouvé.", "uncertain"),
    ("Adénocarcinome colique opéré en 2021. L'origine colique des lésions est la plus probable, une origine "
     "pulmonaire ne peut être totalement exclue.", "uncertain"),
    ("Cancer de la prostate, adénocarcinome Gleason 7. Lésions osseuses dont l'origine reste à préciser.", "uncertain"),
    ("Masse du lobe inférieur droit très évocatrice d'un cancer bronchique primitif ; un myélome n'est toutefois pas "
     "formellement éliminé.", "uncertain"),
    ("Une récidive de son cancer du sein est le plus probable mais le radiologue n'exclut pas un myélome.", "uncertain"),
    # what is excluded, or proven, leaves the cancer stated
    ("Adénocarcinome prostatique Gleason 8, PSA 250. Myélome écarté (EPP normale).", "present"),
    ("Carcinome canalaire du sein, rechute osseuse prouvée par la biopsie de L2.", "present"),
    ("Adénocarcinome pulmonaire EGFR muté. Biopsie osseuse en attente.", "present"),
    ("Carcinome épidermoïde pulmonaire, PD-L1 60 %. Hypercalcémie d'origine tumorale probable.", "present"),
    # a cancer named in the question put is no suspected origin
    ("Avis sur une lésion lytique de L2 chez une patiente suivie pour un adénocarcinome pulmonaire EGFR muté.",
     "present"),
])
def test_tumour_unproven_relapse_is_uncertain(analyse, text, status):
    assert tumour(analyse, text).status == status


def test_tumour_myeloma_not_excluded_is_no_site(analyse):
    result = tumour(analyse, "Masse pulmonaire très évocatrice d'un cancer bronchique primitif ; un myélome n'est "
                             "toutefois pas formellement éliminé.")
    assert (result.status, result.site.code) == ("uncertain", "lung")


def test_tumour_origin_told_probable_keeps_its_site(analyse):
    result = tumour(analyse, "La tête fémorale retrouve une localisation d'adénocarcinome (TTF1+). Une origine "
                             "pulmonaire est donc très probable, sans preuve histologique sur le poumon.")
    assert (result.status, result.site.code, result.histology.code) == ("uncertain", "lung", "adenocarcinoma")


def test_tumour_family_cancer_is_not_the_primary(analyse):
    result = tumour(analyse, "Sa mère a eu un cancer du sein. Il est suivi pour un adénocarcinome pulmonaire.")
    assert result.site.code == "lung"


def test_tumour_suspected_site_is_kept(analyse):
    result = tumour(analyse, "Le radiologue évoque un cancer du rein ; un myélome n'est pas exclu.")
    assert (result.status, result.site.code) == ("uncertain", "kidney")


def test_tumour_site_named_with_its_histology_wins_a_tie(analyse):
    result = tumour(analyse, "Cancer du sein en 2010, puis métastases osseuses d'un adénocarcinome pulmonaire.")
    assert result.site.code == "lung"


def test_tumour_no_breast_in_au_sein_de(analyse):
    assert tumour(analyse, "Ce cancer sera discuté au sein de notre équipe.").site is None


def test_tumour_current_cancer_outweighs_an_old_one(analyse):
    result = tumour(analyse, "Antécédent de cancer du sein en 2005. Adénocarcinome pulmonaire EGFR muté.")
    assert result.site.code == "lung"


@pytest.mark.parametrize("text, histology", [
    ("Adénocarcinome pulmonaire.", "adenocarcinoma"),
    ("ADK bronchique.", "adenocarcinoma"),
    ("CBNPC de type adénocarcinome.", "adenocarcinoma"),
    ("Carcinome epidermoide du poumon.", "squamous_cell_carcinoma"),
    ("Carcinome malpighien bronchique.", "squamous_cell_carcinoma"),
    ("CE bronchique du lobe inférieur.", "squamous_cell_carcinoma"),
    ("Cancer bronchique à petites cellules.", "small_cell_carcinoma"),
    ("Cancer bronchique non à petites cellules, sans autre précision.", "nsclc_nos"),
    ("Carcinome à grandes cellules du poumon.", "large_cell_carcinoma"),
    ("Carcinome canalaire infiltrant du sein.", "invasive_ductal_carcinoma"),
    ("K sein (CCI, grade 2).", "invasive_ductal_carcinoma"),
    ("Carcinome infiltrant de type non spécifique du sein.", "invasive_ductal_carcinoma"),
    ("Carcinome lobulaire infiltrant du sein.", "invasive_lobular_carcinoma"),
    ("Carcinome mammaire infiltrant de type lobulaire.", "invasive_lobular_carcinoma"),
    ("Carcinome rénal à cellules claires.", "clear_cell_carcinoma"),
    ("Tumeur neuroendocrine du pancréas.", "neuroendocrine"),
    ("Carcinome rénal papillaire de type 2.", "other"),
    ("Cancer pulmonaire non à petites cellules de type épidermoïde.", "squamous_cell_carcinoma"),
    ("Carcinome urothélial de la vessie.", "other"),
    ("Tumeur primitive : K vésiculaire de la thyroïde.", "other"),
    ("Cancer papillaire de la thyroïde.", "other"),
    ("Carcinome folliculaire thyroïdien.", "other"),
    ("Carcinosarcome utérin de stade III.", "other"),
    ("Adénocarcinone de la prostate, Gleason 7.", "adenocarcinoma"),  # as typed
    ("Pour rappel : adénoK pulmonaire ALK réarrangé, dg en 11/2024.", "adenocarcinoma"),  # as written in notes
    ("Carcinome mucineux (colloïde) du sein droit, RE+.", "other"),
    ("Adénocarcinome mucineux du côlon.", "adenocarcinoma"),
    ("biopsie de la 7e côte : adéno carcinome d'origine indéterminée", "adenocarcinoma"),  # dictated
])
def test_tumour_histology(analyse, text, histology):
    result = tumour(analyse, text)
    assert result.histology is not None and result.histology.code == histology


@pytest.mark.parametrize("text", ["Cancer du sein opéré en 2010.", "Lymphome B diffus à grandes cellules."])
def test_tumour_histology_missing_when_not_written(analyse, text):
    assert tumour(analyse, text).histology is None


@pytest.mark.parametrize("text, expected", [
    ("Mutation de l'EGFR (délétion de l'exon 19).", {"EGFR": "positive"}),
    ("EGFR L858R.", {"EGFR": "positive"}),
    ("EGFR sauvage, ALK nég.", {"EGFR": "negative", "ALK": "negative"}),
    ("egfr non mute, alk negatif", {"EGFR": "negative", "ALK": "negative"}),
    ("Biologie moléculaire (EGFR, ALK, ROS1) et PD-L1 en cours.",
     {"EGFR": "pending", "ALK": "pending", "ROS1": "pending", "PD-L1": "pending"}),
    ("EGFR, ALK et ROS1 négatifs.", {"EGFR": "negative", "ALK": "negative", "ROS1": "negative"}),
    ("ALK et ROS1 : absence de réarrangement.", {"ALK": "negative", "ROS1": "negative"}),
    ("Absence de réarrangement d'ALK et de ROS1.", {"ALK": "negative", "ROS1": "negative"}),
    ("Réarrangement d'ALK en FISH.", {"ALK": "positive"}),
    # a marker with its own percentage after a list sharing a denial
    ("EGFR sauvage, pas de fusion ALK ni ROS1, PD-L1 TPS 80 %.",
     {"EGFR": "negative", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
    ("RE et RP à 90 %.", {"ER": "positive", "PR": "positive"}),
    # a bracket after a marker opens an aside: its results are its own markers'
    ("Carcinome bronchique avec translocation ALK (ROS1 négatif, KRAS sauvage).",
     {"ALK": "positive", "ROS1": "negative", "KRAS": "negative"}),
    ("KRAS G12C, BRAF non muté.", {"KRAS": "positive", "BRAF": "negative"}),
    ("BRAF V600E muté.", {"BRAF": "positive"}),
    ("Mutation de MET (saut de l'exon 14).", {"MET": "positive"}),
    ("Fusion RET retrouvée.", {"RET": "positive"}),
    ("HER2 3+.", {"HER2": "positive"}),
    ("HER2 score 1+.", {"HER2": "negative"}),
    ("HER2 2+ non amplifié en FISH.", {"HER2": "negative"}),
    ("HER2 0.", {"HER2": "negative"}),
    ("HER2 2+, FISH amplifiée.", {"HER2": "positive"}),
    ("HER2 | 2+ en immunohistochimie, SISH non amplifié", {"HER2": "negative"}),
    ("Fusion EML4-ALK.", {"ALK": "positive"}),
    ("PSA à 0,03 ng/mL sous traitement.", {"PSA": "negative"}),
    ("RE+ RP- HER2-.", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
    ("RE 95 %, RP 0 %.", {"ER": "positive", "PR": "negative"}),
    ("RH+, HER2 négatif.", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
    ("Récepteurs hormonaux positifs.", {"ER": "positive", "PR": "positive"}),
    ("Positivité des récepteurs hormonaux en immunohistochimie.", {"ER": "positive", "PR": "positive"}),
    ("Carcinome mammaire triple négatif.", {"ER": "negative", "PR": "negative", "HER2": "negative"}),
    ("PD-L1 30 %.", {"PD-L1": "positive"}),
    ("TPS 60 %.", {"PD-L1": "positive"}),
    ("PD-L1 < 1 %.", {"PD-L1": "negative"}),
    ("PD-L1 : en cours.", {"PD-L1": "pending"}),
    ("Les analyses (EGFR, BRAF, KRAS) et le PD-L1 sont toujours en cours.",
     {"EGFR": "pending", "BRAF": "pending", "KRAS": "pending", "PD-L1": "pending"}),
    # a value wrapped alone onto the line after its label
    ("Immunohistochimie PD-L1 (TPS) :\n30 %", {"PD-L1": "positive"}),
    ("PSA à 87 ng/mL au diagnostic.", {"PSA": "positive"}),
    ("PSA sérique normal à 1,2 ng/mL.", {"PSA": "negative"}),
    ("PSA négatif en immunohistochimie.", {"PSA": "negative"}),
    ("Biomarqueur | Résultat\nEGFR | Muté\nALK | Négatif", {"EGFR": "positive", "ALK": "negative"}),
    # a long line wrapped by the layout, the marker starting the next line
    ("Le profil moléculaire a été analysé sur la biopsie et ne montre pas de mutation\nEGFR, pas de réarrangement ALK.",
     {"EGFR": "negative", "ALK": "negative"}),
    ("Pas de mutation EGFR ni de réarrangement ALK.", {"EGFR": "negative", "ALK": "negative"}),
    ("ADK pulmonaire stade IV EGFR del19.", {"EGFR": "positive"}),
    ("ADK, EGFR ex19del.", {"EGFR": "positive"}),
    # a denial before the marker beats the variant named after it; a PDF line break is no gap
    ("Pas de mutation BRAF V600E, pas de fusion RET.", {"BRAF": "negative", "RET": "negative"}),
    ("Réarrangement ALK, pas de\nmutation EGFR.", {"ALK": "positive", "EGFR": "negative"}),
    ("Mélanome BRAF V600E muté.", {"BRAF": "positive"}),
    ("HER2 score 2+ sans amplification en FISH.", {"HER2": "negative"}),
    # dictated numbers
    ("ALK négatif et PD-L1 à cinq pour cent", {"ALK": "negative", "PD-L1": "positive"}),
    ("un PSA à quarante-deux nanogrammes par millilitre", {"PSA": "positive"}),
    ("Adénocarcinome prostatique, le PSA était à 340.", {"PSA": "positive"}),
    ("Carcinome urothélial. PD-L1 CPS 15. FGFR3 non muté.", {"PD-L1": "positive"}),
    ("CBNPC. PD-L1 CPS < 1.", {"PD-L1": "negative"}),
    ("Carcinome urothélial. HER2 IHC 2+, ISH en cours.", {"HER2": "pending"}),
    # a value wrapped onto the next line
    ("IHC : RE 40 %, RP\n< 1 %, HER2 3+.", {"ER": "positive", "PR": "negative", "HER2": "positive"}),
    # a variant named before the marker is its own result, not the next marker's
    ("Adénocarcinome pulmonaire, délétion de l'exon 19 d'EGFR, ALK négatif.", {"EGFR": "positive", "ALK": "negative"}),
    # a heading ending its line is no list with the results below it
    ("Récepteurs / HER2\nRE + (90 %), RP + (20 %), HER2 négatif (score 1+)",
     {"ER": "positive", "PR": "positive", "HER2": "negative"}),
    # a denial before a list does not undo a measured value after it
    ("Mutation EGFR exon 21 L858R, absence de réarrangement ALK, PD-L1 exprimé à 10 %.",
     {"EGFR": "positive", "ALK": "negative", "PD-L1": "positive"}),
])
def test_biomarkers_results(analyse, text, expected):
    assert markers(analyse, text) == expected


@pytest.mark.parametrize("text", [
    "Pas de recherche EGFR/ALK (carcinome épidermoïde).",
    "Recherche de mutation EGFR non réalisée.",
    "TTF1 positif, CK7 positif, GATA3 négatif.",
    "Recherche de mutation BRCA négative.",
    "Sa sœur : cancer du sein RH+ HER2+.",
    "RE : demande d'avis pour la RCP",
])
def test_biomarkers_without_result(analyse, text):
    assert markers(analyse, text) == {}


def test_biomarkers_pd_l1_keeps_its_value(analyse):
    (marker,) = tumour(analyse, "Expression de PD-L1 à 45 % des cellules tumorales.").biomarkers
    assert (marker.name, marker.result, marker.value) == ("PD-L1", "positive", "45 %")


def test_biomarkers_result_after_a_foreign_marker_is_not_taken(analyse):
    assert markers(analyse, "HER2, Ki67 à 30 %.") == {}


def test_tumour_form_checkbox(analyse):
    result = tumour(analyse, "Tumeur primitive : ☐ Sein ☒ Poumon ☐ Prostate\nHistologie : ☐ Épidermoïde ☒ Adénocarcinome")
    assert (result.status, result.site.code, result.histology.code) == ("present", "lung", "adenocarcinoma")


@pytest.mark.parametrize("heading", ["2. Circonstances de découverte", "Circonstances de découverte"])
def test_tumour_line_above_a_numbered_checkbox_heading_is_no_label(analyse, heading):
    """Boxes alone on their line take the heading above as their label, not the answer written above it."""
    result = tumour(analyse, f"1. Tumeur primitive\nCarcinome rénal à cellules claires, néphrectomie en 2021.\n{heading}"
                             "\n☒ Douleur ☐ Fracture pathologique ☐ Hypercalcémie")
    assert (result.status, result.site.code) == ("present", "kidney")


def test_biomarkers_unticked_options_are_not_read(analyse):
    assert markers(analyse, "EGFR : ☐ muté ☒ non muté\nALK : ☐ réarrangé ☐ non réarrangé") == {"EGFR": "negative"}


def test_tumour_tnm_and_diagnosis_date(analyse):
    result = tumour(analyse, "Adénocarcinome pulmonaire cT2bN2M1c, diagnostiqué en janvier 2024.")
    assert result.tnm.text == "cT2bN2M1c"
    assert result.diagnosis_date.text == "janvier 2024"


def test_tumour_abbreviated_diagnosis_date(analyse):
    assert tumour(analyse, "K sein dg 05/2019.").diagnosis_date.text == "05/2019"


def test_tumour_evidence_quotes_the_letter(nlp):
    text = "Patient suivi pour un adénocarcinome prostatique, PSA à 40 ng/mL."
    result = nlp(text)._.rcp["primaryTumor"]
    for evidence in [result.site.evidence, result.histology.evidence, *result.evidence,
                     *(m.evidence for m in result.biomarkers)]:
        assert text[evidence.start:evidence.end] == evidence.quote
