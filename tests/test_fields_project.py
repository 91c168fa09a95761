"""Therapeutic project: current oncologic treatment, decided plans, intent, the question to the board."""
from __future__ import annotations

import pytest


def summary(value):
    return value.status, (value.intent.code if value.intent else None), sorted(m.atc for m in value.current_treatment)


@pytest.mark.parametrize("text, status, intent, atc", [
    # current oncologic drugs (L01/L02), by name or brand
    ("Traité par olaparib 300 mg x 2/j depuis mars.", "present", None, ["L01XK01"]),
    ("Sous Xtandi 160 mg/j, bonne tolérance.", "present", None, ["L02BB04"]),
    ("Hormonothérapie par letrozole, à visée palliative.", "present", "palliative", ["L02BG04"]),
    # the treatment named by its kind
    ("Chimiothérapie de 1re ligne en cours.", "present", None, []),
    ("Chimiotherapie de 2e ligne en cours, visee palliative.", "present", "palliative", []),
    ("Ttt onco actuel : anti-PD1, objectif palliatif.", "present", "palliative", []),
    ("Conduite à tenir : poursuite de l'immunothérapie à visée palliative.", "present", "palliative", []),
    # intent alone, in every form
    ("Traitement à visée curative de la maladie oligométastatique.", "present", "curative", []),
    ("HBPM à dose curative depuis mars. Chimiothérapie à visée palliative en cours.", "present", "palliative", []),
    ("TVP : anticoagulation curative par tinzaparine dès le 02/09.", "unknown", None, []),
    ("Radiothérapie stéréotaxique de T12 à visée curative décidée, programmée à partir du 23 novembre 2026.",
     "present", "curative", []),
    ("Soins de support exclusifs décidés avec la patiente.", "present", "supportive", []),
    ("Best supportive care décidé en concertation avec la famille.", "present", "supportive", []),
    ("Pas de chimiothérapie vu l'état général : soins palliatifs exclusifs.", "present", "supportive", []),
    ("Objectif : palliatif.", "present", "palliative", []),
    ("Visée du traitement : ☐ curative ☒ palliative ☐ soins de support exclusifs", "present", "palliative", []),
    ("Visée du traitement : ☒ curative ☐ palliative ☐ soins de support exclusifs", "present", "curative", []),
    ("Chimiothérapie palliative de 2e ligne arrêtée en mars.\nProjet : soins de support exclusifs.", "present",
     "supportive", []),
    ("En accord avec la famille, prise en charge exclusivement de confort.", "present", "supportive", []),
    # a cue across a wrapped line
    ("Après discussion avec la patiente et son entourage, prise en charge en soins de\nsupport exclusifs.",
     "present", "supportive", []),
    # a decided plan
    ("Une ostéosynthèse du fémur est programmée le 3 juin.", "present", None, []),
    ("Une radiothérapie de T9 est à programmer.", "present", None, []),
    ("Projet : chimiothérapie par carboplatine après la RCP.", "present", None, []),
    # radio-iodine and other internal radiotherapies are oncologic treatments
    ("La RCP du 3 mars a décidé une troisième IRAthérapie, programmée en juin.", "present", None, []),
    ("Une nouvelle cure d'iode 131 est programmée le 2 mai.", "present", None, []),
    ("Une chimiothérapie par docétaxel doit débuter le 2 février.", "present", None, []),
    ("Une immunothérapie débutera après la radiothérapie.", "present", None, []),
    ("Le traitement par Lutetium-PSMA a ete decide, premiere injection planifiee le 10/04.", "present", None, []),
    ("Traitement par radium 223 en cours, 3e injection.", "present", None, []),
    ("Pluvicto : 2 cycles réalisés, poursuite prévue.", "present", None, []),
    ("Une irathérapie pourrait être discutée.", "unknown", None, []),
    ("Allergie à l'iode : non.", "unknown", None, []),
    # not a project
    ("La suite du projet thérapeutique reste à définir après la RCP.", "unknown", None, []),
    ("Projet : à discuter en RCP.", "unknown", None, []),
    ("Projet : TEP-TDM de réévaluation puis nouvelle consultation.", "unknown", None, []),
    ("Tamoxifène pendant 5 ans, arrêté en 2020.", "unknown", None, []),
    ("Antécédent de cancer du sein traité en 2010 par tamoxifène pendant 5 ans.", "unknown", None, []),
    ("Hormonothérapie par anastrozole de 2012 à 2017.", "unknown", None, []),
    ("Sa mère a reçu du tamoxifène.", "unknown", None, []),
    ("En accord avec la patiente et avec sa fille, le projet global est palliatif.", "present", "palliative", []),
    ("Décision prise avec la patiente et son fils : soins de confort exclusifs, sans chimiothérapie.", "present",
     "supportive", []),
    ("Ostéosynthèse (clou gamma long) prévue demain au bloc.", "present", None, []),
    ("Questions à la RCP\n1. Radiothérapie du cotyle ? Le projet reste palliatif.", "present", "palliative", []),
    ("Une hormonothérapie pourrait être discutée.", "unknown", None, []),
    ("Suivi par l'équipe mobile de soins palliatifs.", "unknown", None, []),
    ("Pas de traitement à visée curative envisageable.", "unknown", None, []),
    ("Thrombose du cathéter sous tinzaparine curative.", "unknown", None, []),
    ("Cancer du sein traité à visée curative en 2009.", "unknown", None, []),
    ("Visée du traitement : ☐ curative ☐ palliative ☐ soins de support exclusifs", "unknown", None, []),
    ("Question posée : faut-il débuter une hormonothérapie par letrozole à visée palliative ?", "unknown", None, []),
    ("Cancer prostatique résistant à la castration depuis 2021.", "unknown", None, []),
    # an aside telling the stop of another treatment stops that one only
    ("Traitement oncologique en cours : osimertinib depuis le 02/11/2025 (arrêt de l'immunothérapie pour colite).",
     "present", None, ["L01EB04"]),
])
def test_project_status_intent_treatment(analyse, text, status, intent, atc):
    assert summary(analyse(text)["therapeuticProject"]) == (status, intent, atc)


@pytest.mark.parametrize("text, question", [
    ("Traitement : abémaciclib.\nQuestion posée : radiothérapie de T10 ?\n\nDr Martin",
     "radiothérapie de T10 ?"),
    ("Questions à la RCP\n1) Cimentoplastie de L2 ?\n2) Dénosumab ?\nBien confraternellement,",
     "1) Cimentoplastie de L2 ? 2) Dénosumab ?"),
    ("Question posée SBRT de la lésion de T4 ?\nRempli par : Dr X",
     "SBRT de la lésion de T4 ?"),
    ("Nos questions : une SBRT est-elle possible ?", "une SBRT est-elle possible ?"),
    ("Merci de nous donner l'avis de la RCP sur une cimentoplastie de L5. Bien à vous.",
     "Merci de nous donner l'avis de la RCP sur une cimentoplastie de L5."),
    # quoted from an earlier e-mail
    ("Je transmets.\n> Question : SBRT du sacrum en poursuivant la même ligne ?\n> Je te laisse voir.\n> Bises",
     "SBRT du sacrum en poursuivant la même ligne ?"),
    # a denial told before a semicolon is a fact, not part of the question
    ("Pas de bisphosphonate ni de dénosumab pour l'instant ; on aimerait votre avis sur le Xgeva.",
     "on aimerait votre avis sur le Xgeva."),
    # a numbered heading with a dash
    ("Contramal | 50 mg | si besoin\n\n5 – QUESTION\nRadiothérapie de la lésion iliaque droite ?\nDr M. Martin",
     "Radiothérapie de la lésion iliaque droite ?"),
])
def test_project_question(analyse, text, question):
    value = analyse(text)["therapeuticProject"]
    assert value.question.text == question
    evidence = value.question.evidence
    assert text[evidence.start:evidence.end] == evidence.quote


def test_project_question_alone_is_no_project(analyse):
    value = analyse("Question : radiothérapie antalgique de L4 ?")["therapeuticProject"]
    assert (value.status, value.question.text) == ("unknown", "radiothérapie antalgique de L4 ?")
