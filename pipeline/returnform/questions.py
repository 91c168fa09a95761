"""The questions of the return form, one table used both to write the form and to read it back.

Each question is one line of the form, "Label : answer", where the answer is ticked boxes
(☒/☐, Word checkbox content controls) or words written over a blank. Labels are unique,
so a line is recognised by its label wherever the physician's editor moved it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.wording import (
    CIRCUMSTANCE_CODES,
    CODE_LABELS,
    HISTOLOGY_CODES,
    INTENT_CODES,
    PAIN_TYPE_CODES,
    SITE_CODES,
    TREATMENT_CODES,
)

FORM_ID = "RCP-RETOUR/1"
# The last line of every form: the letter's checksum and the record's file name (as text: a name that is
# not UTF-8 is found again by the checksum alone) find the record again.
MARKER = re.compile(rf"{re.escape(FORM_ID)} (?P<sha256>[0-9a-f]{{64}}) (?P<record>[^\n]+?\.xml)$", re.MULTILINE)
BLANK = "_" * 40


@dataclass(frozen=True)
class Question:
    item: str
    target: str  # "status", the item's attribute the answer fills, or "note" (kept as evidence only)
    label: str
    kind: str  # choice (one box), choices (boxes), drugs, text, texts, score, note
    options: tuple[tuple[str, str], ...] = ()  # (code, French label)
    scale: str | None = None
    maximum: int = 0

    @property
    def is_box(self) -> bool:
        return self.kind in ("choice", "choices")


def _coded(codes: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((code, CODE_LABELS[code]) for code in codes)


YES_NO = (("present", "oui"), ("absent", "non"))

QUESTIONS = (
    Question("primaryTumor", "site", "Localisation de la tumeur primitive", "choice", _coded(SITE_CODES)),
    Question("primaryTumor", "histology", "Type histologique", "choice", _coded(HISTOLOGY_CODES)),
    Question("boneDiagnosis", "circumstances", "Circonstances de découverte de l'atteinte osseuse", "choices",
             _coded(CIRCUMSTANCE_CODES)),
    Question("boneDiagnosis", "evolution", "Date de découverte ou durée d'évolution", "texts"),
    Question("pain", "status", "Le patient est-il douloureux actuellement", "choice", YES_NO),
    Question("pain", "types", "Type de douleur", "choices", _coded(PAIN_TYPE_CODES)),
    Question("pain", "intensity", "Intensité actuelle sur l'échelle numérique (0 à 10)", "score", scale="NRS",
             maximum=10),
    Question("currentMedications", "status", "Traitement au long cours", "choice", (("absent", "aucun"),)),
    Question("currentMedications", "medications",
             "Traitements en cours (molécules et doses, séparées par des virgules)", "drugs"),
    Question("priorLocalTreatments", "status", "Traitement local osseux déjà reçu", "choice", YES_NO),
    Question("priorLocalTreatments", "treatments", "Traitements locaux reçus", "choices", _coded(TREATMENT_CODES)),
    Question("priorLocalTreatments", "note", "Site, date et dose des traitements locaux", "note"),
    Question("boneTargetedTherapy", "status", "Traitement à visée osseuse en cours", "choice", YES_NO),
    Question("boneTargetedTherapy", "agents", "Molécule du traitement à visée osseuse et rythme", "drugs"),
    Question("anticoagulation", "status", "Traitement anticoagulant en cours", "choice", YES_NO),
    Question("anticoagulation", "agents", "Molécule et dose de l'anticoagulant", "drugs"),
    Question("prognosis", "performance", "État général OMS/ECOG (0 à 4)", "score", scale="ECOG", maximum=4),
    Question("prognosis", "performance", "ou indice de Karnofsky (0 à 100 %)", "score", scale="KPS", maximum=100),
    Question("prognosis", "life_expectancy", "Pronostic global estimé", "text"),
    Question("therapeuticProject", "current_treatment", "Traitement oncologique en cours", "drugs"),
    Question("therapeuticProject", "intent", "Visée du projet thérapeutique", "choice", _coded(INTENT_CODES)),
)


def questions_for(item: str) -> list[Question]:
    return [question for question in QUESTIONS if question.item == item]


def box_tag(question: Question, code: str) -> str:
    """The tag of a checkbox content control: names the question and the option it ticks."""
    return f"{question.item}.{question.target}={code}"
