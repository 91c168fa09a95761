"""Prognosis: performance status (ECOG/WHO or Karnofsky) and life expectancy as the letter gives them."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.fields.base import (
    NUMBER_WORDS,
    Evidence,
    FieldExtractor,
    add_mentions,
    char_mention,
    cue_regex,
    mentions,
    text_of,
    unwrapped,
)
from pipeline.fields.context.context import clause_bounds, fold
from pipeline.fields.forms.forms import LABEL, UNTICKED
from pipeline.fields.prognosis import patterns
from pipeline.record import Prognosis, Score, Text

ECOG, KPS, LIFE = "prognosis_ecog", "prognosis_kps", "prognosis_life"
SCALES = {ECOG: "ECOG", KPS: "KPS"}
NEAR = 30  # characters around a score where "ce jour" or "au diagnostic" dates it


def _names(names: list[str]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


_ECOG_NAME = _names(patterns.ecog_names)
_ECOG = re.compile(
    # (a form's label may name both scales: "OMS / Karnofsky : 1" is a grade)
    rf"\b(?P<name>{_ECOG_NAME})(?![a-z])(?:[^\S\n]*[/,-]?[^\S\n]*\(?(?:{_ECOG_NAME}|{_names(patterns.kps_names)})(?![a-z])\)?)*[^\S\n]*"
    rf"(?:{patterns.moments}[^\S\n]*)?(?:{patterns.value_links}[^\S\n]*)?(?P<value>{patterns.ecog_grade})\b"
    rf"(?:[^\S\n]*(?:-|a|ou)[^\S\n]*(?P<value2>{patterns.ecog_grade})\b)?(?!{patterns.ecog_not_before})")
_KPS = re.compile(  # (its names chained as written: "Indice de Karnofsky (KPS) 70 %")
    rf"\b(?P<name>{_names(patterns.kps_names)})(?![a-z])"
    rf"(?:[^\S\n]*[/,-]?[^\S\n]*\(?(?:{_names(patterns.kps_names)})(?![a-z])\)?)*[^\S\n]*(?:{patterns.moments}[^\S\n]*)?"
    rf"(?:{patterns.value_links}[^\S\n]*)?"
    rf"(?P<value>\d{{2,3}})(?!\d|[.,]\d)(?:[^\S\n]*%)?")
_FORM_ECOG = re.compile(rf"\b(?:{_ECOG_NAME})\b")
_FORM_KPS = re.compile(rf"\b(?:{_names(patterns.kps_names)})\b")
_FORM_OPTION = re.compile(r"^(\d{1,3})\s*%?(?:\s*[-/]\s*(\d{1,3})\s*%?)?$")  # "1", "0-1", "80 %"
_LIFE = cue_regex(patterns.life_expectancy)
_PAST = re.compile("|".join(patterns.past_markers))
_CURRENT = re.compile("|".join(patterns.current_markers))
_NEAR_STOP = re.compile(r"[,;()\[\]\n]")
# A form's label left blank ("Espérance de vie estimée :" and nothing after) states nothing.
_EMPTY_FIELD = re.compile(r"[^\S\n]*(?:\w+[^\S\n]*){0,2}[:|][^\S\n]*(?=\n|$)")


def _in_range(label: str, value: int) -> bool:
    """ECOG grades 0 to 4; Karnofsky 0 to 100 in steps of ten."""
    return value <= 4 if label == ECOG else (value <= 100 and value % 10 == 0)


def _written_in_capitals(text: str, match: re.Match) -> bool:
    """ "IK", "EG", "WHO" are abbreviations only in capitals (in lower case they may be words or names)."""
    name = match.group("name")
    return name not in patterns.capital_names or text[match.start("name"):match.end("name")].isupper()


class PrognosisMatcher:
    """Adds performance scores (kb_id = value) and life-expectancy phrases to doc.spans['rcp']."""

    def __init__(self, nlp, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text, folded = text_of(doc), fold(unwrapped(text_of(doc)))
        found = []
        for match in _ECOG.finditer(folded):
            if _written_in_capitals(text, match):
                value = max(NUMBER_WORDS[v] if v.isalpha() else int(v) for v in match.group("value", "value2") if v)
                found.append(char_mention(doc, match.start(), match.end(), ECOG, str(value)))
        for match in _KPS.finditer(folded):
            value = int(match.group("value"))
            if _written_in_capitals(text, match) and _in_range(KPS, value):
                found.append(char_mention(doc, match.start(), match.end(), KPS, str(value)))
        found += [char_mention(doc, m.start(), m.end(), LIFE) for m in _LIFE.finditer(folded)
                  if not _EMPTY_FIELD.match(folded, m.end())]
        add_mentions(doc, [s for s in found if s is not None])
        return doc


def _stated(span: Span) -> bool:
    """A score is the patient's whoever assessed it ("OMS 1 selon son oncologue"); not a relative's,
    not a form label or an unticked box."""
    return not (span._.family or span._.rcp_form_role in (LABEL, UNTICKED))


def _rank(doc: Doc, span: Span) -> int:
    """2 for a score marked current ("OMS 3 ce jour"), 0 for an old one ("OMS 1 au diagnostic"), else 1:
    the words read are those of the score's own phrase, up to a comma or a bracket."""
    before = _NEAR_STOP.split(fold(text_of(doc)[max(0, span.start_char - NEAR):span.start_char]))[-1]
    after = _NEAR_STOP.split(fold(text_of(doc)[span.end_char:span.end_char + NEAR]))[0]
    near = before + " " + after
    return 2 if _CURRENT.search(near) else (0 if _PAST.search(near) else 1)


class PrognosisExtractor(FieldExtractor):
    """Sets doc._.rcp['prognosis']."""

    def extract(self, doc: Doc) -> dict:
        value = Prognosis()
        value.performance = self._performance(doc)
        value.life_expectancy = self._life_expectancy(doc)
        evidence = [v.evidence for v in (value.performance, value.life_expectancy) if v is not None]
        if evidence:
            value.status, value.evidence = "present", evidence
        return {"prognosis": value}

    @staticmethod
    def _performance(doc: Doc) -> Score | None:
        """ECOG when given (the board's scale), else Karnofsky; the one marked current, else the latest
        not marked as an old score."""
        candidates = []  # (label, rank, position, value, evidence)
        for span in mentions(doc, ECOG, KPS):
            if _stated(span):
                candidates.append((span.label_, _rank(doc, span), span.start_char, int(span.kb_id_), Evidence.of(span)))
        for answer in doc._.rcp_forms or []:
            option = _FORM_OPTION.match(answer.option_folded())
            if not (answer.checked and option):
                continue
            label = ECOG if _FORM_ECOG.search(answer.label) else (KPS if _FORM_KPS.search(answer.label) else None)
            score = max(int(v) for v in option.groups() if v)
            if label and _in_range(label, score):
                candidates.append((label, 1, answer.start, score, Evidence(answer.start, answer.end, answer.option)))
        for label in (ECOG, KPS):
            scored = [c for c in candidates if c[0] == label]
            if scored:
                _, _, _, score, evidence = max(scored, key=lambda c: (c[1], c[2]))
                return Score(score, SCALES[label], evidence)
        return None

    @staticmethod
    def _life_expectancy(doc: Doc) -> Text | None:
        """The phrase from the first life-expectancy words to the end of their clause."""
        for span in mentions(doc, LIFE):
            if not _stated(span):
                continue
            _, right = clause_bounds(text_of(doc), span.start_char, span.end_char)
            words = list(re.finditer(r"\S+", text_of(doc)[span.start_char:right]))[:patterns.life_expectancy_max_words]
            end = span.start_char + words[-1].end() if words else span.end_char
            quote = text_of(doc)[span.start_char:end]
            return Text(" ".join(quote.split()), Evidence(span.start_char, end, quote))
        return None
