"""Reads the result of each biomarker from the words around its name.

The result stands after the name ("EGFR non muté", "PD-L1 30 %", "RE+") or before it
("absence de réarrangement d'ALK"); a list of names shares one result ("EGFR, ALK et ROS1
négatifs"). A marker said not to have been tested gets no result.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.fields.base import SPELLED_NUMBER, Evidence, mentions, sentence_bounds, spelled_number, text_of, unwrapped
from pipeline.fields.context.context import fold
from pipeline.fields.forms.forms import UNTICKED
from pipeline.fields.tumour import patterns
from pipeline.fields.tumour.matcher import MARKER, TRIPLE_NEGATIVE
from pipeline.record import Biomarker

_NUMBER = rf"\d+(?:[.,]\d+)?|{SPELLED_NUMBER}"  # in figures or in words ("cinq pour cent", dictated)
_DENIAL_WORD = re.compile(r"(?:pas|absence|sans|ni|aucune?)\b")  # a denial phrase, not a result word ("négatif")
_PHRASE_END = re.compile(r"(?<!\d),|,(?!\d)|[;|]")  # markers' phrases end here; not "0,5"
_CELL_START = re.compile(r"^[^\S\n]*[|:][^\S\n]*")
_OWN_VALUE = re.compile(r"[^\S\n]*(?:[:=]|a\b|de\b)?[^\S\n]*(?:tps|cps)?[^\S\n]*[<>≤≥]?[^\S\n]*\d+(?:[.,]\d+)?[^\S\n]*%")
POSITIVE, NEGATIVE, PENDING, NOT_TESTED = "positive", "negative", "pending", "not_tested"
RANK = {POSITIVE: 0, NEGATIVE: 1, PENDING: 2}  # a result beats a pending test; a finding beats its absence


@dataclass(frozen=True)
class Reading:
    result: str
    value: str | None
    start: int  # offsets in the document of the words that gave the result
    end: int


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    def alternation(cues):
        return re.compile("|".join(f"(?:{c})" for c in cues))

    return {
        "not_tested": alternation(patterns.not_tested), "pending": alternation(patterns.pending),
        "negative": alternation(patterns.negative), "positive": alternation(patterns.positive),
        "her2_negative": alternation(patterns.her2_negative), "her2_positive": alternation(patterns.her2_positive),
        "sign_positive": re.compile(patterns.sign_positive), "sign_negative": re.compile(patterns.sign_negative),
        "percent": re.compile(patterns.percent.format(number=_NUMBER)),
        "pd_l1_score": re.compile(patterns.pd_l1_score),
        "psa_value": alternation(cue.format(number=_NUMBER) for cue in patterns.psa_values),
        "foreign": re.compile(rf"(?<![\w-])(?:{'|'.join(patterns.foreign_markers)})(?!\w)"),
        "joint": re.compile(patterns.list_joint), "her2_equivocal": re.compile(patterns.her2_equivocal),
    }


def _number(text: str) -> float:
    return float(text.replace(",", ".")) if text[0].isdigit() else spelled_number(text)


def read_result(name: str, window: str, offset: int, after: bool) -> Reading | None:
    """The result a stretch of folded text gives for marker `name` (offset: where the stretch starts)."""
    rx = _rx()

    def found(result, match, value=None):
        return Reading(result, value, offset + match.start(), offset + match.end())

    if after:
        for result, sign in ((POSITIVE, rx["sign_positive"]), (NEGATIVE, rx["sign_negative"])):
            if match := sign.search(window):
                return found(result, match)
    if match := rx["not_tested"].search(window):
        return found(NOT_TESTED, match)
    if name not in patterns.no_pending and (match := rx["pending"].search(window)):
        return found(PENDING, match)
    if name in patterns.percent_markers and (match := rx["percent"].search(window)
                                             or name == "PD-L1" and after and rx["pd_l1_score"].match(window)):
        number = _number(match.group("number"))
        result = NEGATIVE if number < 1 or (match.group("less") and number <= 1) else POSITIVE
        return found(result, match, match.group(0).strip())
    if name == "PSA" and after and (match := rx["psa_value"].search(window)):
        number = next(g for g in match.groups() if g)
        result = POSITIVE if _number(number) > patterns.psa_normal_max else NEGATIVE
        return found(result, match, number)
    if name == "HER2":
        for result, key in ((NEGATIVE, "her2_negative"), (POSITIVE, "her2_positive")):
            if match := rx[key].search(window):
                return found(result, match)
    for result in (NEGATIVE, POSITIVE):
        if match := rx[result].search(window):
            return found(result, match)
    return None


def _blank_unticked(doc: Doc, folded: str) -> str:
    """Unticked options are no statement: their words must not give a result."""
    chars = list(folded)
    for answer in doc._.rcp_forms or []:
        if answer.label_start >= 0 and not answer.checked:
            chars[answer.start:answer.end] = " " * (answer.end - answer.start)
    return "".join(chars)


_VARIANT_BEFORE = re.compile(r"\b(?:exon ?\d{1,2}|[a-z]\d{2,4}[a-z]|del ?\d{1,2})\b[^,;.]{0,12}$")


def _groups(spans: list[Span], folded: str) -> list[list[Span]]:
    """Consecutive marker names joined only by commas, slashes, 'et', 'de'... share one result; a bracket opening
    after a name starts an aside of its own ("réarrangement ALK (EGFR non muté)"), and so does a name with its own
    percentage."""
    groups: list[list[Span]] = []
    for span in spans:
        between = folded[groups[-1][-1].end_char:span.start_char] if groups else ""
        aside = "(" in between and ")" not in between and span.kb_id_ != groups[-1][-1].kb_id_  # not "PD-L1 (TPS"
        # a figure of its own starts a phrase of its own: "pas de réarrangement ALK ni ROS1, PD-L1 à 50 %"
        own_value = "," in between and _OWN_VALUE.match(folded, span.end_char)  # ("RE et RP à 90 %" share it)
        # a variant named before the previous name is its own result: "délétion de l'exon 19 d'EGFR, ALK négatif"
        own_variant = "," in between and _VARIANT_BEFORE.search(folded, max(0, groups[-1][-1].start_char - 30),
                                                                 groups[-1][-1].start_char)
        # (a line break parts a heading from the results below it: "Récepteurs / HER2⏎RE + (90 %), RP + (20 %)")
        if (groups and _rx()["joint"].match(between) and "\n" not in between and not aside and not own_value
                and not own_variant):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _after_window(doc: Doc, folded: str, group: list[Span], next_start: int) -> tuple[str, int]:
    """The words after a marker list: up to the next marker, comma, foreign marker or clause end."""
    last = group[-1]
    short = all(_is_acronym(s) for s in group)
    _, sentence_end = sentence_bounds(text_of(doc), last.start_char, last.end_char)
    end = min(sentence_end, next_start, last.end_char + (patterns.short_window if short else patterns.result_window))
    window = folded[last.end_char:end]
    if foreign := _rx()["foreign"].search(window):
        window = window[:foreign.start()]
    cell = _CELL_START.match(window)  # "EGFR | muté": the table's next cell holds the result
    window = " " * cell.end() + window[cell.end():] if cell else window
    if last.kb_id_ == "HER2" and _rx()["her2_equivocal"].match(window):
        return window, last.end_char  # "HER2 2+, FISH amplifiée": the FISH decides
    return _PHRASE_END.split(window)[0], last.end_char  # after a comma come the next marker's words


def _before_window(doc: Doc, folded: str, group: list[Span], previous_end: int) -> tuple[str, int]:
    """The words before a marker list, back to the previous marker or the clause start."""
    first = group[0]
    sentence_start, _ = sentence_bounds(text_of(doc), first.start_char, first.end_char)
    start = max(sentence_start, previous_end, first.start_char - patterns.before_window)
    phrase_start = max((m.end() for m in _PHRASE_END.finditer(folded, start, first.start_char)), default=start)
    return folded[phrase_start:first.start_char], phrase_start


def _is_acronym(span: Span) -> bool:
    """"RE", "RP", "RH": also words or codes, they count only with a result right after them."""
    return span.kb_id_ in patterns.short_markers and len(span.text) <= 3


def _names(span: Span) -> list[str]:
    return {"ER+PR": ["ER", "PR"], TRIPLE_NEGATIVE: ["ER", "PR", "HER2"]}.get(span.kb_id_, [span.kb_id_])


def _read_group(doc: Doc, folded: str, group: list[Span], previous_end: int, next_start: int) -> dict[str, Reading]:
    """The result of each marker of a list, from the words after the list, else before it."""
    if group[0].kb_id_ == TRIPLE_NEGATIVE:
        return {name: Reading(NEGATIVE, None, group[0].start_char, group[0].end_char) for name in _names(group[0])}
    after = _after_window(doc, folded, group, next_start)
    before = None
    if not any(_is_acronym(s) for s in group):
        before = _before_window(doc, folded, group, previous_end)
    readings = {}
    for span in group:
        for name in _names(span):
            reading = read_result(name, *after, after=True)
            denial = read_result(name, *before, after=False) if before is not None else None
            if reading is None:
                reading = denial
            elif reading.result == POSITIVE and reading.value is None and denial is not None \
                    and denial.result == NEGATIVE and _DENIAL_WORD.match(before[0], denial.start - before[1]):
                # "pas de mutation BRAF V600E": the variant named is the one not found (a measured value stands:
                # "absence de réarrangement ALK, PD-L1 exprimé à 10 %")
                reading = denial
            if reading is not None and reading.result != NOT_TESTED:
                readings[name] = reading
    return readings


def read_biomarkers(doc: Doc) -> list[Biomarker]:
    """One biomarker per name, the most telling result when the letter gives several."""
    spans = [s for s in mentions(doc, MARKER) if not s._.family and s._.rcp_form_role != UNTICKED]
    folded = _blank_unticked(doc, fold(unwrapped(text_of(doc))))  # "pas de\nmutation EGFR" across a PDF line
    best: dict[str, tuple[Reading, Span]] = {}
    groups = _groups(spans, folded)
    for index, group in enumerate(groups):
        next_start = groups[index + 1][0].start_char if index + 1 < len(groups) else len(folded)
        previous_end = groups[index - 1][-1].end_char if index else 0
        for name, reading in _read_group(doc, folded, group, previous_end, next_start).items():
            known = best.get(name)
            if known is None or RANK[reading.result] < RANK[known[0].result]:
                best[name] = (reading, next(s for s in group if name in _names(s)))
    markers = []
    for name, (reading, span) in best.items():
        start, end = min(span.start_char, reading.start), max(span.end_char, reading.end)
        value = reading.value if name in patterns.valued_markers else None
        markers.append(Biomarker(name, reading.result, value, Evidence(start, end, text_of(doc)[start:end])))
    return markers
