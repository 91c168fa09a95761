"""Sections other items read differently: the question to the board (asked, not told) and the
"Projet :" section (planned, not done)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from pipeline.fields.base import sentence_bounds, unwrapped
from pipeline.fields.context.context import fold
from pipeline.fields.project import patterns

_QUESTION_HEADING = re.compile(patterns.question_heading, re.MULTILINE)
_QUESTION_END = re.compile(patterns.question_end)
_QUESTION_NEXT_FIELD = re.compile(patterns.question_next_field)
_QUESTION_SENTENCE = re.compile("|".join(patterns.question_sentence))
_DENIAL = re.compile(r"\b(?:pas|aucune?|jamais|ni|sans)\b")
_PROJECT_HEADING = re.compile(patterns.project_heading, re.MULTILINE)


def _skip_spaces(folded: str, start: int) -> int:
    while start < len(folded) and folded[start].isspace():
        start += 1
    return start


@lru_cache(maxsize=16)
def question_regions(text: str) -> tuple[tuple[int, int, int], ...]:
    """Where the letter asks the board something: (heading start, content start, end) of each question section,
    then of each sentence asking for the board's opinion. What stands there is asked, not told."""
    folded = fold(text)
    regions = []
    for heading in _QUESTION_HEADING.finditer(folded):
        start = _skip_spaces(folded, heading.end())
        ends = [m.start() for m in (_QUESTION_END.search(folded, start), _QUESTION_NEXT_FIELD.search(text, start)) if m]
        regions.append((heading.start(), start, min(ends + [len(text), start + patterns.question_max_length])))
    for match in _QUESTION_SENTENCE.finditer(folded):
        left, right = sentence_bounds(text, match.start(), match.end())
        semicolon = text.rfind(";", left, match.start())
        if semicolon >= 0 and _DENIAL.search(folded, left, semicolon):
            left = semicolon + 1  # a denial told before it is a fact: "Pas de dénosumab ; votre avis sur le Xgeva"
        line_end = text.find("\n", right)
        line_end = len(text) if line_end < 0 else line_end
        if "?" in text[right:line_end]:  # the options asked follow on its line: "(biopsie ? radiothérapie ?)"
            right = line_end
        regions.append((left, left, right))
    return tuple(regions)  # cached per letter: read by several items


@lru_cache(maxsize=16)
def project_regions(text: str) -> tuple[tuple[int, int, int], ...]:
    """(heading start, content start, end) of each "Projet :" heading's content: the rest of its line,
    or the next line when the heading stands alone (a line wrapped by the layout goes on)."""
    folded = fold(unwrapped(text))
    regions = []
    for heading in _PROJECT_HEADING.finditer(folded):
        start = _skip_spaces(folded, heading.end())
        end = folded.find("\n", start)
        regions.append((heading.start(), start, len(text) if end < 0 else end))
    return tuple(regions)


def in_regions(regions: Iterable[tuple[int, int, int]], start: int) -> bool:
    return any(left <= start < right for left, _, right in regions)
