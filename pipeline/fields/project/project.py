"""Therapeutic project: the current oncologic treatment or decided plan, its intent, the question to the board."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.fields.base import (
    AFFIRMED,
    Evidence,
    FieldExtractor,
    add_mentions,
    char_mention,
    cue_regex,
    mentions,
    polarity,
    sentence_bounds,
    text_of,
    unwrapped,
)
from pipeline.fields.context.context import clause_bounds, fold
from pipeline.fields.drugs.items import medications, named_drugs
from pipeline.fields.drugs.matcher import DRUG
from pipeline.fields.forms.forms import LABEL, TICKED, UNTICKED
from pipeline.fields.local_treatments.local_treatments import (
    TREATMENT as LOCAL_TREATMENT,
)
from pipeline.fields.project import patterns
from pipeline.fields.project.sections import (
    in_regions,
    project_regions,
    question_regions,
)
from pipeline.record import Coded, Text, TherapeuticProject

INTENT, KIND = "project_intent", "project_kind"

_INTENTS = {code: cue_regex(cues) for code, cues in patterns.intents.items()}
_INTENT_NOT_AFTER = re.compile(patterns.intent_not_after)
_KINDS = re.compile(r"\b(?:" + "|".join(patterns.treatment_kinds) + r")")
_CURRENT = re.compile("|".join(patterns.current_markers))
_DECIDED = re.compile("|".join(patterns.decided))
_PAST_COURSE = re.compile("|".join(patterns.past_course))
_PAST_COURSE_AFTER = re.compile(patterns.past_course_after)
_INTENT_DENIED = re.compile(patterns.intent_denied_before)
_PAST_INTENT = re.compile("|".join(patterns.past_intent))
_UNDECIDED = re.compile("|".join(patterns.undecided))
_PROJECT_TREATMENT = re.compile(patterns.project_treatment_words)


class ProjectMatcher:
    """Adds intent words (kb_id = intent code) and treatment kinds ("chimiothérapie") to doc.spans['rcp']."""

    def __init__(self, nlp, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        folded = fold(unwrapped(text_of(doc)))
        found, taken = [], []
        for code, rx in _INTENTS.items():
            for match in rx.finditer(folded):
                names_a_team = _INTENT_NOT_AFTER.search(folded[max(0, match.start() - 30):match.start()])
                if names_a_team or any(s <= match.start() < e for s, e in taken):
                    continue
                taken.append(match.span())
                found.append(char_mention(doc, match.start(), match.end(), INTENT, code))
        found += [char_mention(doc, m.start(), m.end(), KIND) for m in _KINDS.finditer(folded)]
        add_mentions(doc, [s for s in found if s is not None])
        return doc


def _intent_stated(doc: Doc, span: Span) -> bool:
    """An intent is the letter's word whether the treatment is given or planned ("hormonothérapie à visée
    palliative proposée"); not when denied right before it, someone else's, an unticked option or a label,
    nor a curative treatment of the past."""
    before = fold(text_of(doc)[max(0, span.start_char - 40):span.start_char])
    clause = fold(text_of(doc)[slice(*clause_bounds(text_of(doc), span.start_char, span.end_char))])
    if span._.family or _INTENT_DENIED.search(before) or span._.rcp_form_role in (LABEL, UNTICKED):
        return False
    if span.kb_id_ == "curative":
        return not ((span._.history or _PAST_INTENT.search(clause)) and not _CURRENT.search(clause))
    return True


def _asked(doc: Doc, span: Span) -> bool:
    """Whether the sentence holding `span` asks ("…à visée palliative ?"): a question section also tells facts
    ("Le projet reste palliatif ; merci de…")."""
    _, end = sentence_bounds(text_of(doc), span.start_char, span.end_char)
    return "?" in text_of(doc)[span.end_char:end + 1]


class ProjectExtractor(FieldExtractor):
    """Sets doc._.rcp['therapeuticProject']."""

    def extract(self, doc: Doc) -> dict:
        questions, projects = question_regions(text_of(doc)), project_regions(text_of(doc))
        intents = [s for s in mentions(doc, INTENT)
                   if _intent_stated(doc, s) and not (in_regions(questions, s.start_char) and _asked(doc, s))]
        drug_spans = {s.start_char: s for s in mentions(doc, DRUG)}
        drugs = [m for m in named_drugs(doc) if m.atc and m.atc.startswith(patterns.oncologic_atc)
                 and m.polarity == AFFIRMED and not in_regions(questions, m.evidence.start)
                 and self._taken_now(doc, drug_spans[m.evidence.start], projects)]
        kinds = [s for s in mentions(doc, KIND) if polarity(s) == AFFIRMED and self._current(doc, s)
                 and not in_regions(questions, s.start_char)]
        plans = self._decided_sections(doc, projects) + self._decided_treatments(doc, questions)
        evidence = [m.evidence for m in drugs] + [Evidence.of(s) for s in intents + kinds] + plans
        value = TherapeuticProject("present" if evidence else "unknown", sorted(set(evidence), key=lambda e: (e.start, e.end)))
        value.current_treatment = medications(drugs)
        if intents:
            value.intent = self._intent(intents, projects)
        value.question = self._question(doc, questions)
        return {"therapeuticProject": value}

    @staticmethod
    def _intent(intents: list[Span], projects) -> Coded:
        """A ticked box first, then the words of a "Projet :" section, then the last said (letters tell
        the history before the project)."""
        chosen = max(intents, key=lambda s: (s._.rcp_form_role == TICKED, in_regions(projects, s.start_char), s.start))
        return Coded(chosen.kb_id_, Evidence.of(chosen))

    @staticmethod
    def _current(doc: Doc, span: Span) -> bool:
        """Whether the clause says the treatment is the current one ("en cours", "poursuite", "depuis")."""
        left, right = clause_bounds(text_of(doc), span.start_char, span.end_char)
        return bool(_CURRENT.search(fold(text_of(doc)[left:right])))

    def _taken_now(self, doc: Doc, span: Span, projects) -> bool:
        """An affirmed drug is the current treatment unless its clause tells a finished course, an
        antecedent, or a project ("Projet : carboplatine après la RCP"), with no word saying it goes on."""
        if self._current(doc, span):
            return True
        left, right = clause_bounds(text_of(doc), span.start_char, span.end_char)
        over = _PAST_COURSE.search(fold(text_of(doc)[left:right])) or _PAST_COURSE_AFTER.match(
            fold(text_of(doc)[span.end_char:span.end_char + 20]))
        return not (over or span._.history or in_regions(projects, span.start_char))

    @staticmethod
    def _decided_treatments(doc: Doc, questions) -> list[Evidence]:
        """A treatment the letter says is decided ("ostéosynthèse programmée le 3 juin") is the project."""
        found = []
        for span in mentions(doc, KIND, LOCAL_TREATMENT, DRUG):
            if span.label_ == DRUG and not span.kb_id_.startswith(patterns.oncologic_atc):
                continue
            left, right = clause_bounds(text_of(doc), span.start_char, span.end_char)
            if (_DECIDED.search(fold(text_of(doc)[left:right])) and not (span._.family or span._.negation)
                    and not in_regions(questions, span.start_char)):
                found.append(Evidence.of(span))
        return found

    @staticmethod
    def _decided_sections(doc: Doc, projects: tuple[tuple[int, int, int], ...]) -> list[Evidence]:
        """The content of a "Projet :" section naming a treatment, unless it says the plan is still to be decided."""
        folded = fold(text_of(doc))
        return [Evidence(start, end, text_of(doc)[start:end]) for _, start, end in projects
                if _PROJECT_TREATMENT.search(folded, start, end) and not _UNDECIDED.search(folded, start, end)]

    @staticmethod
    def _question(doc: Doc, questions: tuple[tuple[int, int, int], ...]) -> Text | None:
        text = text_of(doc)
        for _, start, end in questions:
            chunk = text[start:end]
            stripped = chunk.strip()
            if stripped:
                left = start + chunk.index(stripped)
                return Text(" ".join(stripped.split()), Evidence(left, left + len(stripped), stripped))
        return None
