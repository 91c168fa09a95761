"""The primary tumour: its site, histology, biomarkers, TNM and diagnosis date, and whether
the letter states it (present), only suspects it (uncertain) or says nothing (unknown)."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.fields.base import (
    AFFIRMED,
    DENIED,
    DOUBTFUL,
    IGNORED,
    Evidence,
    FieldExtractor,
    cue_regex,
    mentions,
    polarity,
    sentence_bounds,
    text_of,
)
from pipeline.fields.context.context import clause_bounds, fold
from pipeline.fields.dates.dates import dates_after_cue
from pipeline.fields.forms.forms import answers_for
from pipeline.fields.tumour import patterns
from pipeline.fields.tumour.biomarkers import read_biomarkers
from pipeline.fields.tumour.matcher import HISTOLOGY, SITE, SITE_HINT, compiled
from pipeline.record import Coded, PrimaryTumor, Text

HISTOLOGY_ORDER = list(patterns.histology)
UNKNOWN_PRIMARY = "unknown_primary"
DIAGNOSIS_DATE_REACH = 40  # characters between "diagnostiqué" and its date


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern]:
    return {
        "doubt_before": cue_regex(patterns.doubt_before), "doubt_after": cue_regex(patterns.doubt_after),
        "unconfirmed": cue_regex(patterns.unconfirmed), "unproven": cue_regex(patterns.unproven), "tnm": re.compile(patterns.tnm),
        "diagnosis_cue": re.compile(patterns.diagnosis_cue),
        "metastasis_origin": re.compile(patterns.metastasis_origin),
        "diagnosis_date": re.compile(patterns.diagnosis_date_before),
        "doubt_within": re.compile(patterns.doubt_within), "denial_before": re.compile(patterns.denial_before), "denial_after": re.compile(patterns.denial_after),
        "not_denials": cue_regex(patterns.not_denials), "cured": re.compile(patterns.cured),
    }


def tumour_polarity(span: Span, folded: str) -> str:
    """polarity(), with the words that make a diagnosis only suspected ("évoque", "probable"),
    and EDS-NLP's negation only where a denial word of ours confirms it.

    "Primitif non retrouvé" states an unknown primary: its negation is part of the term.
    """
    state = polarity(span)
    before, after = _around(span, folded)
    phrase = _rx()["not_denials"].sub(" ", before).split(",")[-1]
    if state == DENIED and not (_rx()["denial_before"].search(phrase)
                                or _rx()["denial_after"].search(after)):
        state = DOUBTFUL if span._.hypothesis or span._.rcp_doubt else AFFIRMED
    if state == IGNORED or (state == DENIED and span.kb_id_ != UNKNOWN_PRIMARY):
        return IGNORED
    if _suspected(span, folded):
        return DOUBTFUL
    return DOUBTFUL if state == DOUBTFUL else AFFIRMED


def _around(span: Span, folded: str) -> tuple[str, str]:
    """The words of its clause before it (within reach) and after it."""
    start, end = clause_bounds(text_of(span.doc), span.start_char, span.end_char)
    return folded[max(start, span.start_char - patterns.doubt_before_window):span.start_char], folded[span.end_char:end]


def _suspected(span: Span, folded: str) -> bool:
    """Named as only suspected by the words around it or within it ("évoque", "probable", "en faveur d'une origine")."""
    before, after = _around(span, folded)
    return bool(_rx()["doubt_before"].search(before) or _rx()["doubt_after"].search(after)
                or _rx()["doubt_within"].search(folded, span.start_char, span.end_char))


def _form_sites(doc: Doc) -> list[tuple[str, Evidence]]:
    """A ticked option naming an organ under a 'primary tumour' form item ("☒ Poumon")."""
    found = []
    for answer in answers_for(doc, patterns.form_labels):
        if not answer.checked:
            continue
        option = answer.option_folded()
        for code, rx in compiled()["organs"].items():
            if rx.search(option):
                found.append((code, Evidence(answer.start, answer.end, answer.option)))
                break
    return found


def _site(sites: list[tuple[str, Evidence, float]]) -> Coded | None:
    """The site named most (a past mention weighs less); the first named on a tie, since letters
    state the primary early. An unknown primary, once stated, wins: the others are what was sought."""
    if not sites:
        return None
    weights: Counter = Counter()
    for code, _, weight in sites:
        weights[code] += weight
    order = [code for code, _, _ in sites]
    code = UNKNOWN_PRIMARY if UNKNOWN_PRIMARY in weights else max(weights, key=lambda c: (weights[c], -order.index(c)))
    return Coded(code, next(evidence for c, evidence, _ in sites if c == code))


def _weighed(spans: list[Span], histologies: list[Span] = ()) -> list[tuple[str, Evidence, float]]:
    def weight(span: Span) -> float:
        named_with = any(h.start < span.end and span.start < h.end for h in histologies)
        if _cured(span):
            return patterns.cured_weight
        base = patterns.history_weight if span._.history else 1.0
        around = fold(text_of(span.doc)[max(0, span.start_char - 20):span.end_char])
        origin = patterns.metastasis_origin_bonus if _rx()["metastasis_origin"].search(around) else 0
        return base + (patterns.with_histology_bonus if named_with else 0) + origin

    return [(s.kb_id_, Evidence.of(s), weight(s)) for s in spans]


def _cured(span: Span) -> bool:
    """Told as cured, in the rest of its sentence."""
    text = text_of(span.doc)
    _, right = sentence_bounds(text, span.start_char, span.end_char)
    return bool(_rx()["cured"].search(fold(text[span.end_char:right])))


def _histology(spans: list[Span], site: Coded | None = None) -> Coded | None:
    """The most specific histology; those named in the chosen site's sentence first ("métastase
    d'adénocarcinome d'origine pulmonaire" beside an old "carcinome canalaire du sein")."""
    if site and spans:
        left, right = sentence_bounds(text_of(spans[0].doc), site.evidence.start, site.evidence.end)
        spans = [s for s in spans if left <= s.start_char < right] or spans
    if not spans:
        return None
    best = min(spans, key=lambda s: (HISTOLOGY_ORDER.index(s.kb_id_), s.start))
    return Coded(best.kb_id_, Evidence.of(best))


def _tnm(doc: Doc) -> Text | None:
    match = _rx()["tnm"].search(text_of(doc))
    return Text(match.group(0), Evidence(match.start(), match.end(), match.group(0))) if match else None


def _diagnosis_date(doc: Doc, folded: str) -> Text | None:
    """The first dated 'diagnostiqué en …' ("à ce jour" is no date)."""
    for span in dates_after_cue(doc, folded, _rx()["diagnosis_cue"], DIAGNOSIS_DATE_REACH, _rx()["diagnosis_date"]):
        if getattr(span._.date, "year", None):
            return Text(span.text, Evidence.of(span))
    return None


class TumourExtractor(FieldExtractor):
    """Sets doc._.rcp['primaryTumor']."""

    def extract(self, doc: Doc) -> dict:
        folded = fold(text_of(doc))
        judged = {label: [(s, tumour_polarity(s, folded)) for s in mentions(doc, label)]
                  for label in (SITE, HISTOLOGY, SITE_HINT)}
        affirmed = {label: [s for s, state in spans if state == AFFIRMED] for label, spans in judged.items()}
        doubtful = {label: [s for s, state in spans if state == DOUBTFUL] for label, spans in judged.items()}
        form_sites = _form_sites(doc)

        unconfirmed = _rx()["unproven"].search(folded)
        if not (unconfirmed or affirmed[HISTOLOGY]):
            unconfirmed = _rx()["unconfirmed"].search(folded)  # (a known histology proves what no biopsy yet has)
        if affirmed[SITE] or affirmed[HISTOLOGY] or form_sites:
            stated, status = affirmed, "present"
            # named without proof yet, or a proven histology whose origin is only suspected ("métastase
            # d'adénocarcinome TTF1+, en faveur d'une origine pulmonaire")
            if unconfirmed or (not (affirmed[SITE] or form_sites)
                               and any(_suspected(span, folded) for span in doubtful[SITE])):
                status = "uncertain"
        elif doubtful[SITE] or doubtful[HISTOLOGY]:
            stated, status = doubtful, "uncertain"
        else:
            return {"primaryTumor": PrimaryTumor(biomarkers=read_biomarkers(doc), tnm=_tnm(doc),
                                                 diagnosis_date=_diagnosis_date(doc, folded))}

        sites = _weighed(stated[SITE], stated[HISTOLOGY]) + [(code, evidence, 1.0) for code, evidence in form_sites]
        biomarkers = read_biomarkers(doc)
        if not sites:  # an affirmed histology with a suspected origin
            sites = _weighed(doubtful[SITE])
        if all(weight <= patterns.cured_weight for _, _, weight in sites):  # none, or cured cancers only
            sites += _weighed(stated[SITE_HINT] or affirmed[SITE_HINT])
        if not sites:
            sites = [(patterns.marker_site_hints[m.name], m.evidence, 1.0) for m in biomarkers
                     if m.name in patterns.marker_site_hints]
        evidence = {Evidence.of(s) for s in stated[SITE] + stated[HISTOLOGY]} | {e for _, e in form_sites}
        if status == "uncertain" and unconfirmed:
            start, end = unconfirmed.span()
            evidence.add(Evidence(start, end, text_of(doc)[start:end]))
        evidence = sorted(evidence, key=lambda e: (e.start, e.end))
        site = _site(sites)
        return {"primaryTumor": PrimaryTumor(
            status=status, evidence=evidence, site=site, histology=_histology(stated[HISTOLOGY], site),
            biomarkers=biomarkers, tnm=_tnm(doc), diagnosis_date=_diagnosis_date(doc, folded))}
