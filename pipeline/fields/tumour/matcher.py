"""Finds the words that name the primary tumour's site, its histology and its biomarkers.

Each becomes a span of doc.spans['rcp'] so that EDS-NLP's qualifiers (family, negation,
hypothesis) and our context cues judge it; kb_id_ holds the contract's code.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.fields.base import CueTable, add_mentions, alternation, text_of
from pipeline.fields.context.context import clause_bounds, fold
from pipeline.fields.tumour import patterns
from pipeline.normalize import CHECKED, UNCHECKED

_CELL_START = re.compile(r"[^\S\n]*[|:][^\S\n]*")
SITE, SITE_HINT, HISTOLOGY, MARKER = "tumour_site", "tumour_site_hint", "tumour_histology", "tumour_marker"
TRIPLE_NEGATIVE = "ER+PR+HER2"


def _bounded(cues: list[str], flags: int = 0) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(cues)})(?![\w])", flags)


@lru_cache(maxsize=1)
def compiled() -> dict:
    def by_code(table: dict[str, list[str]]) -> CueTable:
        return CueTable(table, before=r"(?<![\w-])", after=r"(?![\w])")

    return {
        "cancer": _bounded(patterns.cancer_words),
        "cancer_abbreviation": _bounded(patterns.cancer_abbreviations),
        "origin_comma": re.compile(rf",(?=\s*(?:{alternation(patterns.origin_after_comma)})\b)"),
        "organs": {code: re.compile(rf"\b(?:{alternation(cues)})\b") for code, cues in patterns.organs.items()},
        "site_terms": by_code(patterns.site_terms),
        "site_terms_cs": by_code(patterns.site_terms_case_sensitive),
        "site_hints": by_code(patterns.site_hints),
        "histology": by_code(patterns.histology),
        "histology_cs": by_code(patterns.histology_case_sensitive),
        "markers": by_code(patterns.markers),
        "markers_cs": by_code(patterns.markers_case_sensitive),
        "triple_negative": re.compile(patterns.triple_negative),
    }


def _organ_after(flat: str, text: str, end: int, window: int) -> tuple[str, int] | None:
    """The first organ named after a cancer word, in its clause, before any comma (but the one
    before "d'origine") or checkbox
    ("Tumeur primitive : ☐ Sein ☒ Poumon" is read from the ticked box, not from the label).
    Returns the organ's code and where its name ends."""
    cell = _CELL_START.match(text, end)  # "Tumeur primitive | Poumon": the organ in the next cell
    start = cell.end() if cell else end
    _, clause_end = clause_bounds(text, start, start)
    stretch = compiled()["origin_comma"].sub(" ", flat[start:min(clause_end, start + window)])
    stretch = re.split(f"[,{CHECKED}{UNCHECKED}]", stretch)[0]
    best = None
    for code, rx in compiled()["organs"].items():
        match = rx.search(stretch)
        if match and (best is None or match.start() < best[1]):
            best = (code, match.start(), match.end())
    return (best[0], start + best[2]) if best else None


def _coded(table: CueTable, text: str) -> Iterator[tuple[str, int, int]]:
    for code, match in table.finditer(text):
        yield code, match.start(), match.end()


def find_terms(text: str) -> list[tuple[str, str, int, int]]:
    """(label, code, start, end) of every tumour term in the text."""
    rx = compiled()
    flat = fold(text).replace("\n", " ")  # a term may wrap onto the next line
    found = []
    for cue, source, window in ((rx["cancer"], flat, patterns.organ_window),
                                (rx["cancer_abbreviation"], text, patterns.abbreviation_organ_window)):
        for match in cue.finditer(source):
            organ = _organ_after(flat, text, match.end(), window)
            if organ:
                found.append((SITE, organ[0], match.start(), organ[1]))
    for table, source in (("site_terms", flat), ("site_terms_cs", text)):
        found += [(SITE, code, start, end) for code, start, end in _coded(rx[table], source)]
    found += [(SITE_HINT, code, start, end) for code, start, end in _coded(rx["site_hints"], flat)]
    for table, source in (("histology", flat), ("histology_cs", text)):
        found += [(HISTOLOGY, code, start, end) for code, start, end in _coded(rx[table], source)]
    for table, source in (("markers", flat), ("markers_cs", text)):
        found += [(MARKER, code, start, end) for code, start, end in _coded(rx[table], source)]
    found += [(MARKER, TRIPLE_NEGATIVE, m.start(), m.end()) for m in rx["triple_negative"].finditer(flat)]
    return found


def _without_nested_markers(terms: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """"HER2/neu" is one marker, not two; "récepteurs hormonaux" is not also a short acronym."""
    markers = [t for t in terms if t[0] == MARKER]
    kept = [t for t in markers if not any(o is not t and o[2] <= t[2] and t[3] <= o[3] and (o[3] - o[2]) > (t[3] - t[2])
                                          for o in markers)]
    return [t for t in terms if t[0] != MARKER] + kept


class TumourMatcher:
    """Adds site, site-hint, histology and marker spans to doc.spans['rcp']."""

    def __init__(self, nlp, name: str):
        self.name = name
        compiled()

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for label, code, start, end in _without_nested_markers(find_terms(text_of(doc))):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(Span(doc, span.start, span.end, label=label, kb_id=code))
        add_mentions(doc, spans)
        return doc
