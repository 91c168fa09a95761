"""Prognosis: ECOG/WHO grade in its spellings, Karnofsky, life expectancy, forms."""
from __future__ import annotations

import pytest


def performance(value):
    return (value.performance.scale, value.performance.value) if value.performance else None


@pytest.mark.parametrize("text, expected", [
    ("Etat général : OMS 1 (autonome).", ("ECOG", 1)),
    # dictated
    ("elle est en bon état général OMS un elle poursuit ses activités", ("ECOG", 1)),
    ("état général conservé OMS zéro il continue à jardiner", ("ECOG", 0)),
    ("État général un peu altéré.", None), ("Selon les critères de l'OMS trois lésions.", None),
    ("Grabataire, PS 4.", ("ECOG", 4)),
    ("PS1, poids stable.", ("ECOG", 1)),
    ("ECOG 0, activité normale.", ("ECOG", 0)),
    ("EG conservé, OMS/ECOG 2.", ("ECOG", 2)),
    ("OMS 2 avant la confusion selon l'épouse.", ("ECOG", 2)),  # the wife tells the patient's state
    ("Performance status à 2.", ("ECOG", 2)),
    ("Score OMS : 1", ("ECOG", 1)),
    ("PS (ECOG) = 1", ("ECOG", 1)),
    ("OMS 1 selon son oncologue référent.", ("ECOG", 1)),
    ("OMS 1-2 selon les jours.", ("ECOG", 2)),
    ("OMS 1 au diagnostic, OMS 3 ce jour.", ("ECOG", 3)),
    ("OMS 3 ce jour (OMS 1 au diagnostic).", ("ECOG", 3)),
    ("Karnofsky estimé à 70 %.", ("KPS", 70)),
    # a form label naming both scales
    ("OMS / Karnofsky | 2", ("ECOG", 2)), ("OMS / Karnofsky : 60 %", ("KPS", 60)),
    ("IK 60 %, vit seul.", ("KPS", 60)),
    ("KPS 80.", ("KPS", 80)),
    ("Index de Karnofski : 50 %", ("KPS", 50)),
    ("Indice de Karnofsky à la sortie : 60 %.", ("KPS", 60)),
    ("OMS ce jour : 2.", ("ECOG", 2)),
    ("Karnofsky 70 %, OMS 2.", ("ECOG", 2)),
    # forms: the ticked box only
    ("Performance status (OMS) : ☐ 0 ☒ 1 ☐ 2 ☐ 3", ("ECOG", 1)),
    ("Score ECOG ☐0 ☐1 ☐2 ☒3 ☐4", ("ECOG", 3)),
    ("ECOG ☐ 0-1 ☒ 2 ☐ 3-4", ("ECOG", 2)),
    ("ECOG ☒ 0-1 ☐ 2 ☐ 3-4", ("ECOG", 1)),
    ("Karnofsky ☐ 90 % ☒ 70 % ☐ 50 %", ("KPS", 70)),
    ("Performance status (OMS) : ☐ 0 ☐ 1 ☐ 2 ☐ 3", None),
    # a grade ending its table row, before a line starting "Mme" (no unit "mm")
    ("Performance status | OMS 0\nMme Tessier, 48 ans, sans antécédent.", ("ECOG", 0)),
    # not a performance status
    ("Classification OMS 2021 des tumeurs.", None),
    ("ps 2, autonome pour les gestes simples.", ("ECOG", 2)),
    ("Sa mère était OMS 4 en fin de vie.", None),
    ("Pas de douleur.", None),
    ("Chimiothérapie envisageable si OMS ≤ 2.", None),
])
def test_prognosis_performance(analyse, text, expected):
    value = analyse(text)["prognosis"]
    assert performance(value) == expected
    assert value.status == ("present" if expected else value.status)


@pytest.mark.parametrize("text, expected", [
    ("Bon état général, performans status 0.", ("ECOG", 0)),
    ("Performance statut 2 depuis l'été.", ("ECOG", 2)),
    ("Perf. status : 3", ("ECOG", 3)),
    ("P.S. 1, autonome.", ("ECOG", 1)),
    ("P.S 2 ce jour.", ("ECOG", 2)),
    ("PS=1, poids stable.", ("ECOG", 1)),
    ("ECOG=0.", ("ECOG", 0)),
    ("OMS : 2, se repose l'après-midi.", ("ECOG", 2)),
    ("Etat general OMS 1.", ("ECOG", 1)),
    ("Performans status de 3 chez une patiente alitée.", ("ECOG", 3)),
    ("Indice de Karnofsky (KPS) 70 %.", ("KPS", 70)),  # the names chained
])
def test_prognosis_performance_spelling_variants(analyse, text, expected):
    """Performance status as spelt in a hurry: misspelt, half-translated, dotted, glued to its value."""
    assert performance(analyse(text)["prognosis"]) == expected


@pytest.mark.parametrize("text, phrase", [
    ("L'espérance de vie est estimée à quelques mois.", "espérance de vie est estimée à quelques mois"),
    ("Pronostic jugé réservé par l'équipe.", "Pronostic jugé réservé par l'équipe"),
    ("Pronostic vital engagé à court terme.", "Pronostic vital engagé à court terme"),
    ("Survie estimée > 6 mois.", "Survie estimée > 6 mois"),
    ("Esperance de vie superieure a un an.", "Esperance de vie superieure a un an"),
    ("Maladie de très mauvais pronostic.", "très mauvais pronostic"),
    ("Pronostic difficile à préciser, probablement de plusieurs mois.",
     "Pronostic difficile à préciser, probablement de plusieurs mois"),
    ("Pronostic global engagé selon son oncologue.", "Pronostic global engagé selon son oncologue"),
])
def test_prognosis_life_expectancy(analyse, text, phrase):
    value = analyse(text)["prognosis"]
    assert (value.status, value.life_expectancy.text) == ("present", phrase)
    assert value.performance is None


def test_prognosis_blank_form_fields_state_nothing(analyse):
    assert analyse("OMS :\nEspérance de vie estimée :\nQuestion posée : fixation ?")["prognosis"].status == "unknown"


@pytest.mark.parametrize("text", [
    "Facteurs pronostiques défavorables à l'histologie.",
    "Pas de facteur de mauvais pronostic.",
    "Le pronostic fonctionnel du membre est réservé.",
    "Etat général altéré.",
    "Dosage du PSA 12 ng/mL.",
    "PSA à 4 ng/mL, PSA 3.",
    "Oxycodone 10 mg 2 fois par jour.",
])
def test_prognosis_unknown(analyse, text):
    assert analyse(text)["prognosis"].status == "unknown"


def test_prognosis_evidence_quotes_the_score(analyse):
    text = "Examen : état général conservé, ECOG 1."
    value = analyse(text)["prognosis"]
    evidence = value.performance.evidence
    assert text[evidence.start:evidence.end] == "ECOG 1"
