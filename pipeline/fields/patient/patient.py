"""Sex and age of the patient; age from a birth date and the letter's date when not written."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from pipeline.fields.base import (
    SPELLED_NUMBER,
    CueTable,
    Evidence,
    FieldExtractor,
    sentence_bounds,
    spelled_number,
    text_of,
)
from pipeline.fields.context.context import fold
from pipeline.fields.dates.dates import dates_after_cue, dates_in
from pipeline.fields.forms.forms import answers_for
from pipeline.fields.patient import patterns
from pipeline.record import Coded, Patient, Score, Text

# Each cue votes with its rank in its list (0: the strongest).
_SEX_OF_CUE = {f"{sex}{rank}": (sex, rank, cue) for sex, cues in (("F", patterns.female), ("M", patterns.male))
               for rank, cue in enumerate(cues)}
_SEX_CUES = CueTable({key: [cue] for key, (_, _, cue) in _SEX_OF_CUE.items()})
_AGE = re.compile(patterns.age)
_AGE_IN_WORDS = re.compile(patterns.age_in_words.format(number=SPELLED_NUMBER))
_AGE_EXCLUDED = re.compile(patterns.age_excluded_before)
_AGE_ALLOWED = re.compile(patterns.age_allowed_before)
_BIRTH = re.compile(patterns.birth)
_RELATIVE_AGE = re.compile(patterns.relative_age_before)
_RELATIVE_SENTENCE = re.compile(patterns.relative_sentence)
_SEVERAL_AGES = re.compile(patterns.several_ages_before)
_STAFF_AFTER = re.compile(patterns.staff_after)
_STAFF_BEFORE = re.compile(patterns.staff_before)
_LETTER_DATE = re.compile(patterns.letter_date_before, re.MULTILINE)
BIRTH_DATE_REACH = 40  # characters between "né le" and the date


def full_date(span: Span) -> dt.date | None:
    """The calendar date of an EDS-NLP date span, when day, month and year are all given."""
    value = span._.date
    if getattr(value, "mode", None) is None or value.mode.value != "absolute":
        return None
    if not (value.year and value.month and value.day):
        return None
    try:
        return dt.date(value.year, value.month, value.day)
    except ValueError:
        return None


def _calendar_dates(spans: list[Span]) -> Iterator[tuple[Span, dt.date]]:
    """The full dates of EDS-NLP's spans, in text order, with a day and month its patterns leave apart from
    the year after an abbreviated month ("lun. 7 juil. 2025": "7 juil" then "2025")."""
    for index, span in enumerate(spans):
        value = full_date(span)
        if value is None and index + 1 < len(spans):
            day_month, year = span._.date, spans[index + 1]._.date
            near = spans[index + 1].start_char - span.end_char <= 3
            if near and getattr(day_month, "day", None) and getattr(day_month, "month", None) and \
                    getattr(year, "year", None) and not getattr(day_month, "year", None):
                try:
                    value = dt.date(year.year, day_month.month, day_month.day)
                except ValueError:
                    value = None
        if value is not None:
            yield span, value


def years_between(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _sex(doc: Doc, folded: str) -> Coded | None:
    for answer in answers_for(doc, r"^sexe"):
        option = answer.option_folded()
        if answer.checked and option[:1] in ("f", "m"):
            return Coded(option[0].upper(), Evidence(answer.start, answer.end, answer.option))
    first: dict[str, re.Match] = {}
    for cue, match in _SEX_CUES.finditer(folded):
        if not (_STAFF_AFTER.match(folded, match.end())
                or _STAFF_BEFORE.search(folded, max(0, match.start() - 40), match.start())):
            first.setdefault(cue, match)
    if not first:
        return None
    cue = min(first, key=lambda c: (_SEX_OF_CUE[c][1], first[c].start()))  # the strongest cue, then the first
    match = first[cue]
    return Coded(_SEX_OF_CUE[cue][0], Evidence(match.start(), match.end(), text_of(doc)[match.start():match.end()]))


def _header_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the letter's first lines, where its date is written."""
    bounds, start = [], 0
    for line in text.split("\n")[:patterns.letter_header_lines]:
        bounds.append((start, start + len(line)))
        start += len(line) + 1
    return bounds


def _dates(doc: Doc) -> tuple[Text | None, dt.date | None, Text | None, dt.date | None]:
    """(birth date, its value, letter date, its value)."""
    text = text_of(doc)
    folded = fold(text)
    birth = letter = fallback = None
    for span in dates_after_cue(doc, folded, _BIRTH, BIRTH_DATE_REACH):
        value = full_date(span)
        if value:
            birth = (span.start_char, Text(value.isoformat(), Evidence.of(span)), value)
            break
    for start, end in _header_lines(text):
        if not any(char.isdigit() for char in text[start:end]):
            continue  # a full date has digits; other lines are not parsed
        for span, value in _calendar_dates(dates_in(doc, start, end)):
            if birth and span.start_char == birth[0]:
                continue
            if _LETTER_DATE.search(folded[max(0, span.start_char - 40):span.start_char]):
                letter = (Text(value.isoformat(), Evidence.of(span)), value)
                break
            if fallback is None and (birth is None or value != birth[2]):
                fallback = (Text(value.isoformat(), Evidence.of(span)), value)  # no dated heading: the first full date
        if letter:
            break
    return (*(birth[1:] if birth else (None, None)), *(letter or fallback or (None, None)))


def _written_age(doc: Doc, folded: str) -> Score | None:
    matches = sorted([*_AGE.finditer(folded), *_AGE_IN_WORDS.finditer(folded)], key=lambda m: m.start())
    for match in matches:
        written = match.group("age")
        value = int(written) if written.isdigit() else spelled_number(written)
        before = folded[max(0, match.start() - 16):match.start()]
        if not 15 <= value <= 110 or (_AGE_EXCLUDED.search(before) and not _AGE_ALLOWED.search(before)) \
                or _RELATIVE_AGE.search(folded, max(0, match.start() - 30), match.start()) \
                or _SEVERAL_AGES.search(folded, max(0, match.start() - 8), match.start()) \
                or _RELATIVE_SENTENCE.match(folded, sentence_bounds(text_of(doc), match.start(), match.end())[0]):
            continue
        return Score(value, None, Evidence(match.start(), match.end(), text_of(doc)[match.start():match.end()]))
    return None


class PatientExtractor(FieldExtractor):
    """Sets doc._.rcp['patient']."""

    def extract(self, doc: Doc) -> dict:
        folded = fold(text_of(doc))
        birth, born, letter, written = _dates(doc)
        age = _written_age(doc, folded)
        if age is None and born and written and born < written:
            age = Score(years_between(born, written), None, birth.evidence)
        return {"patient": Patient(sex=_sex(doc, folded), age=age, birth_date=birth, letter_date=letter)}
