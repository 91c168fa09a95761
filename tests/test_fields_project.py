"""Therapeutic project: current oncologic treatment, decided plans, intent, the question to the board."""
from __future__ import annotations

import pytest


def summary(value):
    return value.status, (value.intent.code if value.intent else None), sorted(m.atc for m in value.current_treatment)


@pytest.mark.parametrize("text, status, intent, atc", [
    # current oncologic drugs (L01/L02), by name or brand
    ("Traité par osimertinib 80 mg/j depuis mars.", "present", None, ["L01EB04"]),
    ("Sous Xtandi 160 mg/j, bonne tolérance.", "present", None, ["L02BB04"]),
    ("Hormonothérapie par letrozole, à visée palliative.", "present", "palliative", ["L02BG04"]),
    # the treatment named by its kind
    ("Chimiothérapie de 1re ligne en cours.", "present", None, []),
    ("Projet thérapeutique : poursuite de l'immunothérapie, visée palliative.", "present", "palliative", []),
    # intent alone, in every form
    ("Projet à visée curative : SBRT de la lésion unique.", "present", "curative", []),
    ("Prise en charge en soins de support exclusifs.", "present", "supportive", []),
    ("Best supportive care décidé en concertation avec la famille.", "present", "supportive", []),
    ("Il a été décidé de ne pas proposer de traitement spécifique : soins palliatifs exclusifs.",
     "present", "supportive", []),
    ("Objectif palliatif.", "present", "palliative", []),
    ("Projet thérapeutique ☐ Curatif ☒ Palliatif ☐ Soins de support exclusifs", "present", "palliative", []),
    ("Projet thérapeutique ☒ Curatif ☐ Palliatif ☐ Soins de support exclusifs", "present", "curative", []),
    # a decided plan
    ("Un enclouage du fémur est programmé le 14/04.", "present", None, []),
    ("Projet : chimiothérapie par carboplatine après la RCP.", "present", None, []),
    # not a project
    ("Le projet oncologique reste à définir.", "unknown", None, []),
    ("Projet : à discuter en RCP.", "unknown", None, []),
    ("Tamoxifène pendant 5 ans, arrêté en 2020.", "unknown", None, []),
    ("Antécédent de cancer du sein traité en 2010 par tamoxifène pendant 5 ans.", "unknown", None, []),
    ("Hormonothérapie par anastrozole de 2012 à 2017.", "unknown", None, []),
    ("Sa mère a reçu du tamoxifène.", "unknown", None, []),
    ("Suivi par l'équipe mobile de soins palliatifs.", "unknown", None, []),
    ("Pas de traitement à visée curative envisageable.", "unknown", None, []),
    ("Projet thérapeutique ☐ Curatif ☐ Palliatif ☐ Soins de support exclusifs", "unknown", None, []),
    ("Question posée : faut-il débuter une hormonothérapie par letrozole à visée palliative ?", "unknown", None, []),
    ("Résistant à la castration depuis 2022.", "unknown", None, []),
])
def test_project_status_intent_treatment(analyse, text, status, intent, atc):
    assert summary(analyse(text)["therapeuticProject"]) == (status, intent, atc)


@pytest.mark.parametrize("text, question", [
    ("Traitement : osimertinib.\nQuestion posée : radiothérapie de L3 ?\n\nDr Martin",
     "radiothérapie de L3 ?"),
    ("Questions à la RCP\n1) Cimentoplastie de L2 ?\n2) Dénosumab ?\nBien confraternellement,",
     "1) Cimentoplastie de L2 ? 2) Dénosumab ?"),
    ("Question posée Radiothérapie antalgique de la hanche (8 Gy ?)\nSignature : Dr X",
     "Radiothérapie antalgique de la hanche (8 Gy ?)"),
    ("Mes questions : faut-il une SBRT ?", "faut-il une SBRT ?"),
    ("Je sollicite l'avis de la RCP sur une radiothérapie du fémur. Merci.",
     "Je sollicite l'avis de la RCP sur une radiothérapie du fémur"),
])
def test_project_question(analyse, text, question):
    value = analyse(text)["therapeuticProject"]
    assert value.question.text == question
    evidence = value.question.evidence
    assert text[evidence.start:evidence.end] == evidence.quote


def test_project_question_alone_is_no_project(analyse):
    value = analyse("Question : radiothérapie antalgique de L4 ?")["therapeuticProject"]
    assert (value.status, value.question.text) == ("unknown", "radiothérapie antalgique de L4 ?")
