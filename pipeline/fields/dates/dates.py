"""EDS-NLP's dates, parsed only in the passages an extractor asks about.

Run over a whole letter, the dates pipe's regexes cost about 16 ms, three times the rest of the
analysis; the extractors only read dates next to a cue (birth, diagnosis, the bone disease, the
letter's heading). So the pipe is kept whole but called on those passages, each parsed once.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from edsnlp.pipes.misc.dates.patterns.atomic.months import letter_month_pattern
from edsnlp.pipes.misc.dates.patterns.atomic.units import unit_pattern
from edsnlp.pipes.misc.dates.patterns.current import current_pattern
from edsnlp.pipes.misc.dates.patterns.relative import specific_pattern
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.fields.base import without_group_names

_PARSED = "rcp_dates"  # doc.user_data key: {(start, end): date spans found in text[start:end]}

# Every date or duration EDS-NLP's patterns find holds a digit, a month's name, a unit ("deux semaines"),
# "hier"/"demain" or "ce jour"-like words: a passage with none of these is not parsed (the pipe's regexes
# cost about 7 µs a character).
_MAY_HOLD_DATE = re.compile(r"\d|" + without_group_names("|".join(
    (letter_month_pattern, unit_pattern, specific_pattern, current_pattern))))


class DatesOnDemand:
    """Makes `dates_in(doc, start, end)` available; parses nothing by itself."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.dates = nlp.create_pipe("eds.dates", config={"detect_time": False})  # hours are never asked for
        Doc.set_extension("rcp_dates_in", method=self.find, force=True)

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def find(self, doc: Doc, start: int, end: int) -> list[Span]:
        parsed = doc.user_data.setdefault(_PARSED, {})
        if (start, end) not in parsed:
            passage = doc.char_span(start, end, alignment_mode="expand")
            worth = passage is not None and len(passage) and _MAY_HOLD_DATE.search(passage.text.lower())
            parsed[(start, end)] = self.dates.process(passage) if worth else []
        return parsed[(start, end)]


def dates_in(doc: Doc, start: int, end: int) -> list[Span]:
    """EDS-NLP's date and duration spans written in [start, end) of the text (`span._.date`,
    `span._.duration` parsed), in text order."""
    return sorted(doc._.rcp_dates_in(start, end), key=lambda span: span.start_char)


DATE_MAX_LENGTH = 40  # "le premier décembre deux mille vingt-quatre" fits; a wider passage is parsed anyway


def dates_after_cue(doc: Doc, folded: str, cue: re.Pattern, reach: int,
                    before: re.Pattern | None = None) -> Iterator[Span]:
    """Dates written at most `reach` characters after a match of `cue` (on the folded text), whose
    `reach` characters before match `before` (default: `cue`), cue after cue. Lazy: the passage after
    a cue is parsed only when the dates of the cues before it did not do."""
    seen = set()
    for match in cue.finditer(folded):
        for span in dates_in(doc, match.start(), min(len(folded), match.end() + reach + DATE_MAX_LENGTH)):
            if span.start_char not in seen and (before or cue).search(
                    folded[max(0, span.start_char - reach):span.start_char]):
                seen.add(span.start_char)
                yield span
