"""Bone diagnosis: how the bone disease was first found, and what the letter says of its dates."""
from __future__ import annotations

import pytest


def codes(value) -> list[str]:
    return sorted({c.code for c in value.circumstances})


@pytest.mark.parametrize("text, expected", [
    ("Métastases osseuses révélées par des lombalgies.", ["pain"]),
    ("Carcinome urothélial de vessie, métastatique d'emblée : ganglions rétropéritonéaux et os (bassin, fémur gauche) "
     "sur le TEP-FDG du bilan d'extension.", ["staging_imaging"]),
    ("- ADK prostatique dgc janv 2025.\n- 18/01/2025 : déficit moteur MIG coté 4/5 -> IRM : épidurite L1 sans "
     "compression médullaire. RT L1 30 Gy/10 fr.", ["neurological_deficit"]),
    ("Découverte : hyperCa sévère + AEG 12/2024 → bilan → mets os diffuses.", ["hypercalcemia"]),
    ("Mets os multiples (rachis, bassin) vues au TEP de bilan initial 10/2024.", ["staging_imaging"]),
    ("Mets os : sacrum, fémur D.\nDécouverte fortuite 09/2024 sur IRM lombaire faite pour lombosciatique.",
     ["incidental_imaging"]),
    ("Le TEP-TDM de surveillance, demandé devant une ascension du CA 15-3, a montré une récidive osseuse.",
     ["staging_imaging"]),
    ("Métastases révélées par des douleurs en 2022, aujourd'hui disparues.", ["pain"]),
    ("En 2021, bilan d'extension négatif. En 2024, douleurs lombaires ; l'IRM montre des métastases vertébrales.",
     ["pain"]),
    ("TEP-TDM du bilan d'extension : hypermétabolisme pulmonaire, ganglionnaire et osseux.", ["staging_imaging"]),
    ("Des douleurs de l'épaule ont fait découvrir une lésion lytique de l'humérus.", ["pain"]),
    ("Lombalgies depuis trois mois. L'IRM montre des métastases vertébrales.", ["pain"]),
    ("Circonstances : douleurs de hanche ayant motivé une radiographie.", ["pain"]),
    ("Fracture pathologique du col fémoral révélant une métastase osseuse.", ["pathological_fracture"]),
    ("Découverte sur une fracture du fémur sur métastase.", ["pathological_fracture"]),
    ("Tassement vertébral de T11 ayant conduit au diagnostic de métastases osseuses.", ["pathological_fracture"]),
    ("Compression médullaire D7 révélant la maladie osseuse, avec paraparésie.", ["neurological_deficit"]),
    ("Syndrome de la queue de cheval inaugural ; IRM : lésion lytique de L4.", ["neurological_deficit"]),
    ("Paraparésie brutale ; l'IRM retrouve une épidurite compressive sur métastase de D9.",
     ["neurological_deficit"]),
    ("Admis pour une faiblesse des deux membres inférieurs, sans douleur rachidienne préalable. L'IRM retrouve une "
     "lésion lytique de D10 avec épidurite compressive.", ["neurological_deficit"]),
    ("Hypercalcémie révélatrice ; la scintigraphie retrouve des métastases osseuses.", ["hypercalcemia"]),
    ("Chute de sa hauteur. Radiographie : fracture pathologique du col fémoral.", ["pathological_fracture"]),
    # a metastasis found in a bone specimen
    ("Chute dans l'escalier avec fracture de la diaphyse humérale ; le curetage de l'humérus retrouve une "
     "localisation secondaire de carcinome rénal.", ["pathological_fracture"]),
    ("Ponction-biopsie du sacrum sous scanner, réalisée pour une lombalgie rebelle : métastase de carcinome "
     "mammaire.", ["pain"]),
    ("Dorsalgies depuis deux mois. IRM : tassement de T8 d'allure pathologique et lésions lytiques multiples.",
     ["pain"]),
    ("L'examen retrouve un déficit moteur des jambes ; l'IRM montre une épidurite compressive sur métastase de D8.",
     ["neurological_deficit"]),
    # the symptom, then what was ruled out, then the imaging that found the disease
    ("Consulte pour dorsalgies depuis 10 j. Pas de déficit, pas de troubles sphinctériens. IRM : lésions "
     "secondaires du rachis.", ["pain"]),
    ("Lésions osseuses découvertes sur le TEP-TDM du bilan d'extension initial.", ["staging_imaging"]),
    ("Le PSA est remonté progressivement depuis janvier. Le TEP-PSMA a montré trois lésions osseuses.",
     ["staging_imaging"]),
    ("Devant une remontée de la thyroglobuline, un TEP-FDG a été réalisé : lésion lytique de l'ischion.",
     ["staging_imaging"]),
    ("Le scanner de surveillance a mis en évidence des lésions osseuses lytiques.", ["staging_imaging"]),
    ("Mets osseuses decouvertes sur un TDM TAP de suivi.", ["staging_imaging"]),
    ("Découverte de métastases osseuses au TEP de réévaluation.", ["staging_imaging"]),
    ("Une réascension du PSA a conduit à une scintigraphie montrant des métastases osseuses.", ["staging_imaging"]),
    ("Métastases osseuses de découverte fortuite.", ["incidental_imaging"]),
    ("Un scanner réalisé pour une colique néphrétique a montré des lésions osseuses lytiques.",
     ["incidental_imaging"]),
    ("Lesions osseuses decouvertes fortuitement sur une IRM lombaire.", ["incidental_imaging"]),
    ("Circonstances de découverte : ☐ Douleur ☒ Fracture ☐ Compression médullaire ☐ Hypercalcémie",
     ["pathological_fracture"]),
    ("Circonstances de découverte : ☐ Douleur ☐ Fracture ☒ Autre", ["other"]),
    ("Mode de découverte : ☐ Symptômes douloureux ☒ Signes neurologiques ☐ Imagerie systématique",
     ["neurological_deficit"]),
    ("Mode de découverte : ☐ Symptômes douloureux ☐ Signes neurologiques ☒ Imagerie systématique",
     ["staging_imaging"]),
    ("Mode de découverte : bilan d'extension.", ["staging_imaging"]),
    ("Lésion hypermétabolique isolée de l'arc postérieur de la 9e côte gauche au TEP de suivi.",
     ["staging_imaging"]),
    ("Rechute métastatique osseuse diagnostiquée sur la scintigraphie de surveillance.", ["staging_imaging"]),
    ("Foyers osseux fixants découverts sur la scintigraphie post-thérapeutique de mars.", ["staging_imaging"]),
    ("Lesions osseuses decouvertes sur le balayage corps entier apres la seconde irathérapie.",
     ["staging_imaging"]),  # no accents
    ("Des métastases osseuses ont été découvertes sur le TEP-TDM de fin de traitement.", ["staging_imaging"]),
    ("Localisations costales révélées par la scintigraphie après iode 131.", ["staging_imaging"]),
    ("Cancer révélé par une douleur de hanche depuis janvier. Scanner : lyse du cotyle gauche.", ["pain"]),
    ("Compression médullaire révélatrice avec paraparésie et douleurs en ceinture.", ["neurological_deficit"]),
    ("Chute dans l'escalier ; la radiographie ne montre pas de fracture mais des lésions lytiques du bassin.",
     ["incidental_imaging"]),
    ("Fracture pathologique du fémur après une chute de sa hauteur.", ["pathological_fracture"]),
    ("RX + TDM : fracture sous-trochantérienne D sur lésion lytique.", ["pathological_fracture"]),
    ("PSA qui remonte à 27 ng/ml. Scintigraphie : fixations multiples du rachis.", ["staging_imaging"]),
    ("CA 15-3 en hausse. TEP : lésions osseuses du bassin.", ["staging_imaging"]),
    ("Bio : Ca corrigé 3,52 mmol/l. TDM : lésions lytiques multiples du rachis.", ["hypercalcemia"]),
    ("Bio : Ca corrigé 2,45 mmol/l. TDM : lésions lytiques multiples du rachis.", []),
    ("Adénocarcinome prostatique métastatique osseux d'emblée (scintigraphie : bassin).", ["staging_imaging"]),
    ("Carcinome épidermoïde, mets osseuses au TEP initial (côtes, D6).", ["staging_imaging"]),
    ("Récidive osseuse mise en évidence au PET-CT de contrôle de novembre 2024.", ["staging_imaging"]),
    ("Métastases costales vues sur un TEP-FDG de surveillance en mars.", ["staging_imaging"]),
    # a pain growing worse is of a disease already known
    ("Majoration de lombalgies chez une patiente métastatique osseuse d'emblée.", ["staging_imaging"]),
    ("La scintigraphie du bilan de récidive biologique a montré des foyers d'hyperfixation, confirmés en IRM.",
     ["staging_imaging"]),
    ("Découverte fortuite de lésions condensantes du bassin sur un scanner fait pour des douleurs abdominales.",
     ["incidental_imaging"]),
    # a story: a pain that began, then, paragraphs later, the imaging that showed the disease
    ("Il se plaint depuis février de douleurs de l'épaule gauche. Il poursuit son activité de menuisier. "
     "Examen : mobilité conservée. Pas de déficit.\n\nL'IRM du 02/04 montre une lésion lytique de la glène.",
     ["pain"]),
    # a form's heading; an apostrophe lost in dictation
    ("Découverte os : paraparésie brutale le 12/05/2026 = compression médullaire D6.", ["neurological_deficit"]),
    ("Métastases osseuses révélées par une cruralgie paralysante gauche en mai.", ["neurological_deficit"]),
    # the discovery told outweighs the one inferred from "d'emblée"
    ("Carcinome rénal métastatique osseux d'emblée. Les lésions osseuses ont été révélées par une fracture "
     "pathologique de l'humérus.", ["pathological_fracture"]),
    ("le bilan d extension initial en octobre montre des metastases osseuses multiples", ["staging_imaging"]),
    ("Hospitalisée pour une fracture sous-trochantérienne pathologique du fémur droit le 12/09.",
     ["pathological_fracture"]),
    ("En novembre, radiographies du bassin pour une coxalgie : elles ont montré, de façon inattendue, une lacune de "
     "l'ischion gauche.", ["incidental_imaging"]),
    ("Juillet 2025 : faiblesse progressive des membres inférieurs révélant des métastases osseuses (D8).",
     ["neurological_deficit"]),
    ("Fracture du col du fémur G le 3 mars 2026 : métastase sur l'anapath, prothèse de hanche.",
     ["pathological_fracture"]),
    ("Le TEP-TDM de surveillance du 21/01/2025 a montré des lésions hépatiques, ganglionnaires médiastinales et "
     "osseuses (cotyle gauche, D9).", ["staging_imaging"]),
    # the pain came with the fracture that revealed it
    ("Je vous adresse Mme M., hospitalisée depuis le 28/04 pour des dorsalgies aiguës en rapport avec un tassement "
     "vertébral de T8 survenu le 22/04.\nBilan : IRM : autres lésions de T4, L2 et du sacrum.", ["pathological_fracture"]),
    ("Mtx osseuses découvertes sur TEP-PSMA en mars 2023 (bilan d'une remontée du PSA).", ["staging_imaging"]),
    ("Métastases : osseuses, découvertes sur le scanner de surveillance du 21/08/2026.", ["staging_imaging"]),
    # the section the bone disease heads tells its story, not the line before it
    ("Traitement : carboplatine-étoposide, RP au scanner d'évaluation après C2.\n\nOs : dorsalgies D8 depuis 3 "
     "semaines, réveils nocturnes. IRM 05/11 : lésion lytique D8.", ["pain"]),
    ("En janvier, fracture de l'humérus droit en portant un seau. Le scanner a montré une lyse sur métastase.",
     ["pathological_fracture"]),
])
def test_bone_diagnosis_circumstances(analyse, text, expected):
    assert codes(analyse(text)["boneDiagnosis"]) == expected


@pytest.mark.parametrize("text", [
    "Une compression médullaire est redoutée. Métastases osseuses connues.",
    "Risque fracturaire élevé. Lésion lytique du fémur droit.",
    "Sa sœur a eu une fracture pathologique. Métastases osseuses connues.",
    "L'IRM montre une lésion du corps vertébral de L2 avec un tassement et une épidurite sans compression.",
    "L'hypothèse d'une fracture pathologique a été évoquée. Lésion lytique du cotyle.",
    "IRM du rachis : tassement de T8 et lésions lytiques multiples.",
    "Une scintigraphie de bilan d'extension est prévue. Lésion lytique du sacrum.",
])
def test_bone_diagnosis_circumstances_not_from_hypotheses_plans_or_findings(analyse, text):
    assert codes(analyse(text)["boneDiagnosis"]) == []


@pytest.mark.parametrize("text, expected", [
    ("Le 03/05/2025, un tassement de L1 est survenu en portant une charge. "
     "Le bilan par TEP-TDM a retrouvé d'autres lésions osseuses. "
     "Les métastases osseuses ont été découvertes à l'occasion de ce tassement.", ["pathological_fracture"]),
    ("Douleurs du bassin en janvier. IRM : lésion lytique iliaque droite. "
     "Le bilan d'extension retrouve une masse pulmonaire.", ["pain"]),
    ("Douleurs de hanche, EVA 6. Des métastases osseuses ont été découvertes au scanner de suivi en 2023.",
     ["staging_imaging"]),
    ("Motif : douleurs lombaires. Histoire : cancer du sein en 2015, métastases osseuses découvertes en 2022 "
     "au TEP de bilan.", ["staging_imaging"]),
    ("Cancer du poumon avec métastases osseuses synchrones.", ["staging_imaging"]),
    ("Douleurs de la lésion iliaque, EVA 5. Le TEP du bilan initial montrait des métastases osseuses.",
     ["staging_imaging"]),
])
def test_bone_diagnosis_first_discovery_not_later_events(analyse, text, expected):
    assert codes(analyse(text)["boneDiagnosis"]) == expected


@pytest.mark.parametrize("text, dated", [
    ("Métastases osseuses découvertes en mars 2024.", True),
    ("Lésions osseuses lytiques découvertes le 12/05/2025.", True),
    ("Lombalgies révélatrices depuis 3 mois.", True),
    ("Métastases osseuses découvertes il y a 6 semaines.", True),
    ("Atteinte osseuse connue depuis 03/2024.", True),
    ("Date / durée d'évolution | fracture du 04/04/2025", True),
    ("Date de découverte : 15/03/2025", True),
    ("Lombalgies révélatrices depuis 10 j.", True), ("Douleur de hanche révélatrice depuis 3 sem.", True),
    ("PSA à 8 ng/mL en juin 2024. La scintigraphie de bilan montre des métastases osseuses.", False),
    ("Les lésions osseuses ont été découvertes sur un scanner de surveillance.", False),
    ("Lésions osseuses lytiques, EVA 6/10 ce jour.", False),
])
def test_bone_diagnosis_evolution(analyse, text, dated):
    assert bool(analyse(text)["boneDiagnosis"].evolution) is dated


@pytest.mark.parametrize("text, status", [
    ("Métastases osseuses multiples.", "present"),
    ("Fracture pathologique de l'humérus.", "present"),
    ("Pas de lésion osseuse sur le scanner de bilan.", "unknown"),
    ("Demande d'avis RCP métastases osseuses du 12/03/2025.", "unknown"),
    ("Je vous adresse M. Essai pour avis en RCP.\nMétastases osseuses découvertes en mars devant des lombalgies.",
     "present"),
    ("La scintigraphie a mis en évidence des fixations multiples : L3, aile iliaque droite.", "present"),
    ("Lésions multiples : foie, poumon.", "unknown"),
    ("Adénocarcinome pulmonaire métastatique (foie, os).", "present"),
    ("Adénocarcinome avec métastases multiples (os, foie).", "present"),
    ("Adénocarcinome prostatique métastatique d'emblée (os).", "present"),
    ("IRM : lésions multiples (D7, L1, sacrum).", "present"),
    ("Épidurite métastatique en regard de D6.", "present"),
    ("Métastase hépatique sans atteinte osseuse.", "unknown"),
    ("Biopsie vertébrale (D12) du 04/02 : métastase d'un carcinome canalaire.", "present"),
    ("Biopsie osseuse de la crête iliaque : absence de métastase.", "unknown"),
    ("Fracture de la diaphyse fémorale d'origine métastatique.", "present"),
    ("Scintigraphie osseuse de contrôle : hyperfixations multiples du rachis et du bassin.", "present"),
    ("Scintigraphie osseuse normale hormis une fixation arthrosique des genoux.", "unknown"),
    # findings are no plans; a cord compressed at a vertebra; "MO"
    ("Métastases osseuses (L2, bassin) découvertes sur la TEP demandée devant la remontée du PSA.", "present"),
    ("Paraparésie brutale en mai : compression médullaire D10, laminectomie en urgence.", "present"),
    ("TEP-PSMA : MO multiples (bassin, rachis), pas de méta viscérale.", "present"),
    ("Métastases pulmonaires, hépatiques et osseuses.", "present"),
    ("Scintigraphie : atteinte diffuse du squelette axial.", "present"),
    ("Circonstances de découverte des lésions osseuses | cf. courrier joint\nDouleur | NR", "unknown"),
])
def test_bone_diagnosis_status(analyse, text, status):
    assert analyse(text)["boneDiagnosis"].status == status


def test_bone_diagnosis_evidence_points_at_the_words(nlp):
    doc = nlp("Métastases osseuses révélées par des lombalgies en mars 2024.")
    value = doc._.rcp["boneDiagnosis"]
    assert [doc.text[c.evidence.start:c.evidence.end] for c in value.circumstances] == ["lombalgies"]
    assert [e.text for e in value.evolution] == ["mars 2024"]


@pytest.mark.parametrize("text, expected", [
    # a pain, then the imaging it led to shows a lesion of a named vertebra or bone
    ("Elle signale depuis un mois une cruralgie droite ; l'exploration par scanner a objectivé une lésion "
     "lytique de L2.", ["pain"]),
    ("Apparition il y a près de deux mois de lombalgies dont l'exploration par IRM a révélé une métastase de L5.",
     ["pain"]),
    ("Douleur thoracique dont le bilan scanographique retrouve une lésion secondaire de la 6e côte.", ["pain"]),
    # "révélé(e) [le <date>] par <X>"
    ("Myélome écarté ; néoplasie rénale révélée le 3 février par une fracture de l'humérus.",
     ["pathological_fracture"]),
    ("Cancer bronchique révélé en mars dernier par une hypercalcémie sévère.", ["hypercalcemia"]),
    ("Cancer du sein révele le 14/09/2025 par un deficit moteur des membres inférieurs.", ["neurological_deficit"]),
    # "osseux depuis <date> (découverte devant / à l'occasion de <X>)"
    ("Cancer de la vessie, métastatique ganglionnaire puis osseux depuis juin 2025 (découverte à l'occasion "
     "de dorsalgies).", ["pain"]),
    ("Mélanome métastatique osseux depuis 2024, découvert devant des cervicalgies.", ["pain"]),
    # "d'emblée métastatique osseux sur <staging imaging>"
    ("Carcinome rénal d'emblée métastatique osseux sur le TEP-TDM de bilan initial en mai 2025.",
     ["staging_imaging"]),
    # the imaging was done because of a symptom: the symptom is the circumstance
    ("Le bilan d'extension, fait parce qu'il se plaignait de douleurs de l'épaule, a montré des lésions osseuses.",
     ["pain"]),
    ("Une scintigraphie de bilan demandée devant des douleurs costales retrouve des métastases osseuses.", ["pain"]),
    ("TEP de réévaluation réalisé pour une douleur de hanche : lésion lytique du cotyle.", ["pain"]),
    # metastatic "d'emblée" tells when, an imaging done for a symptom in the next sentence tells how
    ("Adénocarcinome du rein d'emblée métastatique (os, poumon) au diagnostic en mai. C'est un scanner demandé pour "
     "une hématurie avec douleurs costales qui a tout découvert.", ["pain"]),
    ("Cancer de la prostate d'emblée métastatique osseux, diagnostiqué en 2024.", ["staging_imaging"]),
    # a discovery told by the diagnosis; an imaging done for something else; low blood counts explored
    ("Le diagnostic a été porté devant une paraplégie brutale : compression médullaire T6 sur métastase.",
     ["neurological_deficit"]),
    ("Scanner abdominal pour une colique néphrétique : lésion lytique de l'aile iliaque droite.",
     ["incidental_imaging"]),
    ("Bicytopénie inexpliquée explorée par une biopsie ostéomédullaire : envahissement par un carcinome.", ["other"]),
    # a heading alone on its line tells what follows it
    ("Adénocarcinome prostatique d'emblée métastatique.\nMode de découverte\nChute de sa hauteur avec fracture du col "
     "fémoral ; la radiographie montre une lésion lytique.", ["pathological_fracture"]),
    ("Adénocarcinome pulmonaire opéré en 2022, TEP de surveillance normal en 2023.\nDécouverte de l'atteinte osseuse\n"
     "Elle se plaignait depuis juillet de douleurs de hanche. Le scanner de bilan a montré une lésion lytique du col "
     "fémoral.", ["pain"]),
    ("Circonstance   Scintigraphie de bilan initial 03/2025\nDouleur   oui, mécanique, EN 4", ["staging_imaging"]),
    ("Cancer prostatique diagnostiqué en 2022 à l'occasion d'une compression médullaire dorsale (D10) avec "
     "paraparésie, opérée en urgence.", ["neurological_deficit"]),
    # the specimen of an operation on the bone
    ("Chute avec fracture de la diaphyse fémorale ; l'analyse de la pièce opératoire a retrouvé une métastase d'un "
     "carcinome rénal.", ["pathological_fracture"]),
    # the referral names the disease first; the story of its finding follows
    ("Je vous adresse M. B. pour ses métastases osseuses. Il se plaint depuis l'été de douleurs de la hanche droite. "
     "Après plusieurs infiltrations, une radiographie a été faite. Elle a montré une lésion lytique du cotyle.",
     ["pain"]),
])
def test_bone_diagnosis_circumstances_of_narrated_discoveries(analyse, text, expected):
    assert codes(analyse(text)["boneDiagnosis"]) == expected


@pytest.mark.parametrize("text", [
    "Cancer du côlon métastatique hépatique, sans atteinte osseuse.",
    "Cancer du poumon métastatique cérébral, pas osseux.",
    "L'IRM met en évidence une lésion secondaire de L3 ? à confirmer.",
    "Une exploration par IRM est prévue pour rechercher une lésion de L4.",
])
def test_bone_diagnosis_status_unknown_for_denied_or_unsure_narrations(analyse, text):
    assert analyse(text)["boneDiagnosis"].status == "unknown"


@pytest.mark.parametrize("text, dated", [
    ("Dorsalgies apparues il y a environ trois semaines ; l'IRM montre une lésion secondaire de T9.", True),
    ("Douleur depuis près de deux mois, l'IRM a révélé une métastase de L1.", True),
    ("Cancer du sein métastatique osseux depuis janvier 2025.", True),
    ("Néoplasie pulmonaire révélée le 05/06/2025 par une compression médullaire.", True),
    ("Lombalgies dont l'exploration par IRM a mis en évidence une lésion secondaire de L3.", False),
])
def test_bone_diagnosis_evolution_of_narrated_discoveries(analyse, text, dated):
    assert bool(analyse(text)["boneDiagnosis"].evolution) is dated
