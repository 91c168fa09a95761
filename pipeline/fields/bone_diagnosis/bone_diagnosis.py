"""Bone diagnosis: how the bone disease was first found (circumstances) and when (evolution)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.fields.base import (
    AFFIRMED,
    CueTable,
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
from pipeline.fields.bone_diagnosis import patterns
from pipeline.fields.context.context import clause_bounds, fold
from pipeline.fields.dates.dates import dates_in
from pipeline.fields.forms.forms import answers_for
from pipeline.record import BoneDiagnosis, Coded, Text

DISEASE, DISCOVERY, CIRCUMSTANCE, REASON = "bone_disease", "bone_discovery", "bone_circumstance", "bone_other_reason"


_DISEASE = cue_regex(patterns.bone_disease)
_DISEASE_TOLD = cue_regex(patterns.bone_disease_told)
_BOARD = re.compile(patterns.board_name_before)
_DISCOVERY = cue_regex(patterns.discovery)
_HEADING = cue_regex(patterns.discovery_headings)
_CIRCUMSTANCES = CueTable(patterns.circumstances)
_NOT_INCIDENTAL = cue_regex(patterns.not_incidental_reasons)
_FEARED_BEFORE = cue_regex(patterns.feared_before)
_FEARED_AFTER = cue_regex(patterns.feared_after)
_IMAGING_SHOWS = cue_regex(patterns.imaging_shows_before)
_PATHOLOGICAL_AFTER = re.compile(patterns.pathological_after)
_EXTENSION = cue_regex(patterns.extension_words)
_NOT_A_DATE = cue_regex(patterns.not_a_bone_date)
_DATE_LINE = re.compile(patterns.date_line_labels)
_OTHER_OPTION = re.compile(patterns.other_option)
_FORTUITOUS = re.compile(patterns.FORTUITOUS)
_INITIAL_STAGING = re.compile(patterns.INITIAL_STAGING)
_OTHER_REASON = cue_regex(patterns.other_reasons)
_OTHER_SIGN = cue_regex(patterns.other_signs)
_BECAUSE_OF = cue_regex(patterns.because_of)
_APPROXIMATE = cue_regex(patterns.approximate_durations)
_ONLY_DENIES = re.compile(patterns.ruling_out_sentence)
_WORSENING_BEFORE = re.compile(patterns.worsening_before)
_PAIN_ONSET = re.compile(patterns.pain_onset)
_UP_FRONT = re.compile(r"\bd'emblee\b")
_BONE_HEADING = re.compile(r"\s*os\s*[:|]")
EPISODE_SENTENCES_BACK = 2  # the sentence before the finding, or the one before a sentence ruling things out
HEADING_MAX_WORDS = 6
SYMPTOMS = ("pain", "pathological_fracture", "neurological_deficit", "hypercalcemia")
FINDINGS = ("pathological_fracture", "neurological_deficit")  # what an examination may show
IMAGING = ("staging_imaging", "incidental_imaging")


class BoneDiagnosisMatcher:
    """Adds bone-disease mentions, discovery words and circumstance cues (kb_id = code) to doc.spans['rcp']."""

    def __init__(self, nlp, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        folded = fold(unwrapped(text_of(doc)))
        named = [m for m in _DISEASE.finditer(folded) if not _BOARD.search(folded[max(0, m.start() - 30):m.start()])]
        told = [m for m in _DISEASE_TOLD.finditer(folded)
                if not any(m.start() <= other.start() < m.end() for other in named)]
        found = [char_mention(doc, m.start(), m.end(), DISEASE) for m in named + told]
        found += [char_mention(doc, m.start(), m.end(), DISCOVERY) for m in _DISCOVERY.finditer(folded)]
        found += [char_mention(doc, m.start(), m.end(), REASON, "incidental_imaging")
                  for m in _OTHER_REASON.finditer(folded)]
        found += [char_mention(doc, m.start(), m.end(), REASON, "other") for m in _OTHER_SIGN.finditer(folded)]
        for code, match in _CIRCUMSTANCES.finditer(folded):
            reason = match.groupdict().get("reason")
            if reason is not None and _NOT_INCIDENTAL.search(reason):
                continue
            found.append(char_mention(doc, match.start(), match.end(), CIRCUMSTANCE, code))
        add_mentions(doc, [s for s in found if s is not None])
        return doc


def _beside_finding(doc: Doc, pain: Span, found: list[Span]) -> bool:
    """Whether a fracture or a deficit is told in the pain's sentence (the pain is then one of its signs)."""
    left, right = sentence_bounds(text_of(doc), pain.start_char, pain.end_char)
    return any(c.kb_id_ in FINDINGS and left <= c.start_char < right for c in found)


def _episode_start(doc: Doc, cues: list[Span], left: int) -> int:
    """Where the story that led to the sentence starting at `left` begins: the sentence before it, or
    further back over sentences that only rule things out ("Lombalgies depuis 10 j. Pas de déficit.
    IRM : lésions secondaires")."""
    text = text_of(doc)
    start = left
    for _ in range(EPISODE_SENTENCES_BACK):
        previous = text[:start].rstrip()
        if not previous:
            break
        start = sentence_bounds(text, len(previous) - 1, len(previous))[0]
        if any(start <= c.start_char < left for c in cues) or not _ONLY_DENIES.match(fold(text[start:left])):
            break
    return start


def _feared(folded: str, span: Span) -> bool:
    """ "Compression médullaire redoutée", "risque de fracture": a complication feared, not one that happened."""
    before = folded[max(0, span.start_char - 30):span.start_char]
    return bool(_FEARED_BEFORE.search(before) or _FEARED_AFTER.search(folded[span.end_char:span.end_char + 50]))


def _motivated(folded: str, cue: Span) -> bool:
    """ "Scanner fait devant des douleurs", "bilan réalisé parce qu'elle se plaignait d'une douleur": a symptom
    that motivated the examination (it then revealed the disease, not the imaging)."""
    if cue.kb_id_ not in SYMPTOMS:
        return False
    before = folded[max(0, cue.start_char - patterns.because_reach):cue.start_char]
    return any(not re.search(r"[.;:]", before[m.end():]) for m in _BECAUSE_OF.finditer(before))


def _motivated_next(doc: Doc, folded: str, cues: list[Span], end: int) -> list[Span]:
    """The symptoms of the sentence after `end` that motivated an examination: metastatic "d'emblée" tells when the
    disease was found, and such a sentence how ("… d'emblée métastatique osseux. C'est l'IRM demandée pour ces
    douleurs qui a montré l'infiltration de L3.")."""
    left, right = _next_sentence(doc, end)
    return [c for c in cues if left <= c.start_char < right and _motivated(folded, c)]


def _heading_alone(folded: str, left: int, right: int, anchor: Span) -> bool:
    """Whether the anchor's sentence is a short heading line ("Circonstances de découverte", "Découverte de l'atteinte
    osseuse"): what it heads follows it."""
    line = folded[left:right].strip(" :\t\n")
    return anchor.label_ == DISCOVERY and len(line.split()) <= HEADING_MAX_WORDS and not line.endswith((".", ";", ","))


def _next_sentence(doc: Doc, end: int) -> tuple[int, int]:
    """The bounds of the sentence after `end` (empty at the letter's end)."""
    text = text_of(doc)
    following = len(text) - len(text[end:].lstrip(" .;:\n\t"))
    if following >= len(text):
        return len(text), len(text)
    return sentence_bounds(text, following, following + 1)


def _discovery_anchors(doc: Doc, folded: str, spans: list[Span], diseases: list[Span],
                       strict: bool = False) -> list[Span]:
    """The affirmed discovery words that speak of the bone disease: a heading ("Découverte os :"), or in a sentence
    naming it (or, unless `strict`, for a discovery word, the sentence before: "Mets os : sacrum.\nDécouverte
    fortuite sur une IRM")."""
    anchors = []
    for span in sorted(spans, key=lambda s: s.start_char):
        if polarity(span) != AFFIRMED:
            continue
        left, right = sentence_bounds(text_of(doc), span.start_char, span.end_char)
        previous = text_of(doc)[:left].rstrip()
        if previous and span.label_ == DISCOVERY and not strict:
            left = sentence_bounds(text_of(doc), len(previous) - 1, len(previous))[0]
        if _HEADING.fullmatch(folded[span.start_char:span.end_char]) or any(
                left <= d.start_char < right for d in diseases):
            anchors.append(span)
    return anchors


class BoneDiagnosisExtractor(FieldExtractor):
    """Sets doc._.rcp['boneDiagnosis']."""

    def extract(self, doc: Doc) -> dict:
        folded = fold(unwrapped(text_of(doc)))
        diseases = [s for s in mentions(doc, DISEASE) if polarity(s) == AFFIRMED]
        cues = [s for s in mentions(doc, CIRCUMSTANCE) if self._revealing(doc, folded, s)]
        reasons = [s for s in mentions(doc, REASON) if polarity(s) == AFFIRMED]
        found = (self._from_form(doc) or self._first_episode(doc, folded, diseases, cues, reasons)
                 or self._pain_story(doc, folded, diseases, cues))
        first_of_code: dict[str, Coded] = {}
        for circumstance in found:  # each code at its first words ("hypercalcémie", not the value told after)
            first_of_code.setdefault(circumstance.code, circumstance)
        circumstances = list(first_of_code.values())
        codes = {c.code for c in circumstances}
        evolution = self._evolution(doc, folded, diseases + [c for c in cues if c.kb_id_ in codes], circumstances)
        status = "present" if diseases or circumstances or evolution else "unknown"
        evidence = [c.evidence for c in circumstances] + [Evidence.of(s) for s in diseases[:1]]
        return {"boneDiagnosis": BoneDiagnosis(status, evidence, circumstances, evolution)}

    @staticmethod
    def _revealing(doc: Doc, folded: str, span: Span) -> bool:
        """A circumstance cue that can tell how the disease came to light: affirmed, not feared, and
        (for a fracture or a deficit) not a finding of the imaging named before it in its clause."""
        if polarity(span) != AFFIRMED or _feared(folded, span):
            return False
        if span.kb_id_ == "pain" and _WORSENING_BEFORE.search(folded, max(0, span.start_char - 30), span.start_char):
            return False
        left, right = clause_bounds(text_of(doc), span.start_char, span.end_char)
        clause_diseases = [s for s in mentions(doc, DISEASE) if left <= s.start_char < right]
        if clause_diseases and all(polarity(s) != AFFIRMED for s in clause_diseases):
            return False  # "le scanner de bilan ne montrait pas de lésion osseuse"
        if span.kb_id_ in FINDINGS and _IMAGING_SHOWS.search(folded, left, span.start_char) and not \
                _PATHOLOGICAL_AFTER.match(folded[span.end_char:span.end_char + 40]):
            return False
        if span.kb_id_ == "staging_imaging" and _EXTENSION.search(folded, left, right):
            return False
        return True

    @staticmethod
    def _from_form(doc: Doc) -> list[Coded]:
        """The ticked options of a form's "Circonstances de découverte" item."""
        found = []
        for answer in answers_for(doc, patterns.form_label):
            if not answer.checked:
                continue
            option = answer.option_folded()
            evidence = Evidence(answer.start, answer.end, answer.option)
            codes = [code for code, rx in _CIRCUMSTANCES.patterns.items() if rx.search(option)]
            if not codes and _OTHER_OPTION.search(option):
                codes = ["other"]
            found += [Coded(code, evidence) for code in codes]
        return found

    @staticmethod
    def _first_episode(doc: Doc, folded: str, diseases: list[Span], cues: list[Span],
                       reasons: list[Span]) -> list[Coded]:
        """The circumstances of the first discovery the letter tells: first where it says so ("découvertes
        sur", "révélées par", "Circonstances :", in or right after a sentence naming the disease), else around
        the first mention of the disease. An episode is
        the sentence, and the one before it (the pain, then the MRI that showed the lesion) unless the
        sentence names the imaging that found it ("découvertes sur le scanner de suivi"). The pain that comes
        with a fracture or a deficit is part of it; a fall tells the circumstance only when nothing else does."""
        staging = [c for c in cues if _INITIAL_STAGING.fullmatch(folded[c.start_char:c.end_char])]
        # a discovery told in a sentence naming the disease ("lésions osseuses révélées en mai par une douleur de
        # l'épaule") outweighs one inferred ("métastatique osseux d'emblée")
        discoveries = (_discovery_anchors(doc, folded, mentions(doc, DISCOVERY), diseases, strict=True)
                       or _discovery_anchors(doc, folded, [*staging, *mentions(doc, DISCOVERY)], diseases))
        for anchors in (discoveries, diseases):
            for anchor in anchors:
                left, right = sentence_bounds(text_of(doc), anchor.start_char, anchor.end_char)
                found = [c for c in cues if left <= c.start_char < right]
                if not found and _heading_alone(folded, left, right, anchor):
                    left, right = _next_sentence(doc, right)  # a heading alone on its line: what follows it
                    found = [c for c in cues if left <= c.start_char < right]
                # (a discovery told with its circumstance stands alone: "révélées par une douleur scapulaire"; so does
                # a section the bone disease heads: "Os : dorsalgies D8 depuis 3 semaines… IRM : lésion lytique D8")
                if not any(c.kb_id_ in IMAGING for c in found) and not (
                        found and (anchor.label_ == DISCOVERY or _BONE_HEADING.fullmatch(folded, anchor.start_char,
                                                                                           anchor.end_char))):
                    left = _episode_start(doc, cues, left)
                    found = [c for c in cues if left <= c.start_char < right]
                if any(_FORTUITOUS.fullmatch(folded[c.start_char:c.end_char]) for c in found):
                    found = [c for c in found if c.kb_id_ == "incidental_imaging"]
                found = [c for c in found if not (c.kb_id_ == "pain" and _beside_finding(doc, c, found))]
                if any(_motivated(folded, c) for c in found):
                    found = [c for c in found if c.kb_id_ not in IMAGING]
                found = found or [r for r in reasons if left <= r.start_char < right]
                if found and all(_UP_FRONT.search(folded, c.start_char, c.end_char) for c in found):
                    found = _motivated_next(doc, folded, cues, right) or found
                if found:
                    return [Coded(c.kb_id_, Evidence.of(c)) for c in found]
        return []

    @staticmethod
    def _pain_story(doc: Doc, folded: str, diseases: list[Span], cues: list[Span]) -> list[Coded]:
        """A pain that began before the letter names the disease, when nothing says how it was found (the first
        naming may be the referral's own: "je vous adresse Mme F. pour des métastases osseuses. Depuis décembre, elle
        se plaint de douleurs dorsales… L'IRM a montré des lésions de T11")."""
        for disease in diseases:
            for cue in cues:
                if cue.kb_id_ == "pain" and disease.start_char - patterns.pain_story_reach <= cue.start_char < \
                        disease.start_char:
                    left, right = sentence_bounds(text_of(doc), cue.start_char, cue.end_char)
                    if _PAIN_ONSET.search(folded, left, right):
                        # (the fracture or deficit it came with is what revealed it: "hospitalisée pour des dorsalgies
                        # aiguës en rapport avec un tassement vertébral de T8")
                        findings = [c for c in cues if c.kb_id_ in FINDINGS and left <= c.start_char < right]
                        return [Coded(c.kb_id_, Evidence.of(c)) for c in findings or [cue]]
        return []

    @staticmethod
    def _evolution(doc: Doc, folded: str, about: list[Span], circumstances: list[Coded]) -> list[Text]:
        """Dates and durations written in the sentences about the bone disease or the event that revealed it
        (wherever the letter tells of it again), and on a form's date or duration line."""
        places = [sentence_bounds(text_of(doc), s.start_char, s.end_char) for s in about]
        places += [sentence_bounds(text_of(doc), c.evidence.start, c.evidence.end) for c in circumstances]
        offset = 0
        for line in folded.split("\n"):
            if _DATE_LINE.search(re.split(r"[:|]", line, maxsplit=1)[0][:60]):
                places.append((offset, offset + len(line)))
            offset += len(line) + 1
        seen, evolution = set(), []
        approximate = [char_mention(doc, m.start(), m.end(), "bone_duration") for m in _APPROXIMATE.finditer(folded)]
        dates = [date for place in set(places) for date in dates_in(doc, *place)] + list(filter(None, approximate))
        for date in sorted(dates, key=lambda s: s.start_char):
            if _NOT_A_DATE.search(fold(date.text)) or date.start_char in seen:
                continue
            if any(left <= date.start_char < right for left, right in places):
                seen.add(date.start_char)
                evolution.append(Text(date.text, Evidence.of(date)))
        return evolution
