"""Reading a completed return form: its reference, and each answered question with the line it
was read from (the form's text as the readers give it, ☒/☐ for every kind of checkbox)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.fields.base import Evidence
from pipeline.fields.context.context import fold
from pipeline.fields.drugs.vocabulary import load_vocabulary
from pipeline.normalize import CHECKED, UNCHECKED
from pipeline.reading import Document
from pipeline.returnform.questions import MARKER, QUESTIONS, Question

_BOX_OPTION = re.compile(rf"([{CHECKED}{UNCHECKED}])\s*([^{CHECKED}{UNCHECKED}]*)")
_TYPED_TICK = re.compile(r"(?<!\S)[xX](?=\s)")  # a box overtyped with an X, by an editor without checkboxes
_BLANK_FILLER = re.compile(r"[_…]+|\.{3,}")
_LIST_SEPARATOR = re.compile(r"[,;\n+]| et ")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Reference:
    sha256: str  # of the letter the record was made from
    record_name: str


@dataclass(frozen=True)
class WrittenDrug:
    atc: str | None
    inn: str | None
    text: str


@dataclass(frozen=True)
class Answer:
    question: Question
    values: tuple  # option codes, strings, an int, or WrittenDrugs, by the question's kind
    evidence: Evidence  # the answer's line; its page is the form's own


def reference_of(document: Document) -> Reference | None:
    """The form's reference line, or None when the document is not one of our return forms."""
    match = MARKER.search(document.text)
    return Reference(match["sha256"], match["record"]) if match else None


@lru_cache(maxsize=1)
def _drug_names() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern over every drug name of the vocabulary (longest first), and name -> ATC."""
    vocabulary = load_vocabulary()
    by_name = {fold(name): atc for atc, names in vocabulary.names.items() for name in names}
    alternatives = sorted(by_name, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, alternatives)) + r")\b"), by_name


def drugs_in(text: str) -> list[WrittenDrug]:
    """Each entry of a written list of drugs, with its ATC code when a name is recognised."""
    pattern, by_name = _drug_names()
    drugs = []
    for entry in (part.strip() for part in _LIST_SEPARATOR.split(text)):
        if not entry:
            continue
        match = pattern.search(fold(entry))
        atc = by_name[match.group(1)] if match else None
        drugs.append(WrittenDrug(atc, load_vocabulary().drugs[atc].inn if atc else None, entry))
    return drugs


def _values(question: Question, answer: str) -> tuple:
    if question.is_box:
        labels = {fold(label): code for code, label in question.options}
        boxes = _BOX_OPTION.findall(_TYPED_TICK.sub(CHECKED, answer))
        ticked = [labels.get(fold(label.strip())) for mark, label in boxes if mark == CHECKED]
        codes = tuple(code for code in ticked if code)
        return codes if question.kind == "choices" or len(codes) == 1 else ()
    written = " ".join(_BLANK_FILLER.sub(" ", answer).split())
    if not written:
        return ()
    if question.kind == "score":
        number = _NUMBER.search(written)
        return (int(number.group()),) if number and int(number.group()) <= question.maximum else ()
    if question.kind == "drugs":
        return tuple(drugs_in(written))
    return (written,)


def read_answers(document: Document) -> list[Answer]:
    """Every question answered in the form (a single-choice question with several boxes ticked is
    left unanswered: the gap stays open rather than guessing)."""
    answers, offset = [], 0
    for line in document.text.split("\n"):
        for question in QUESTIONS:
            prefix = f"{question.label} :"
            if line.startswith(prefix):
                values = _values(question, line[len(prefix):])
                if values:
                    evidence = Evidence(offset, offset + len(line), line, document.page_at(offset))
                    answers.append(Answer(question, values, evidence))
                break
        offset += len(line) + 1
    return answers
