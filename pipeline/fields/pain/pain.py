"""Pain: whether the patient is in pain now, which types, how intense, where."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from pipeline.fields.base import (
    AFFIRMED,
    DENIED,
    DOUBTFUL,
    IGNORED,
    NOT_KNOWN_ANSWER,
    Evidence,
    FieldExtractor,
    add_mentions,
    answer_polarity,
    char_mention,
    cue_regex,
    mentions,
    on_department_line,
    polarity,
    resolve_status,
    sentence_bounds,
    spelled_number,
    text_of,
    unwrapped,
)
from pipeline.fields.context.context import clause_bounds, fold, followed_by_exception, on_earlier_dated_line
from pipeline.fields.forms.forms import LABEL, TICKED, UNTICKED, answers_for
from pipeline.fields.pain import patterns
from pipeline.record import Coded, Pain, Score, Text

PAIN, DENIAL, TYPE, SCORE = "pain", "pain_denial", "pain_type", "pain_score"
FORM_LABEL = r"^(?:douleurs?|dlrs?)(?: osseuses?| actuelles?)?$"
TYPE_ATTACHMENT = 12  # characters between a denied pain word and the type it qualifies ("plus de douleur nocturne")
SCORE_ATTACHMENT = 40  # characters between a pain word and the score that rates it ("lombalgies cotées à l'EVA 7")
_CLAUSE_BREAK = re.compile(r"[.;\n]")
TYPE_NO_MORE_REACH = 40  # characters between "plus aucune" and the type it says is over
_NO_MORE_BEFORE = re.compile(r"\bplus (?:aucune?|de|d'|jamais)\b[^.;\n]*$")


def _whole_words(cues: list[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(cues) + r")\b")


_PAIN = _whole_words(patterns.pain_words)
_TYPED_PAIN = re.compile("|".join(patterns.typed_pain_words))
_NOT_STATEMENT = re.compile(r"(?:" + "|".join(patterns.not_a_statement_before) + r")\s*$")
_DENIALS = cue_regex(patterns.denials)
_DOUBT_AFTER = re.compile(patterns.doubt_after)
_PARTIAL_DENIAL = re.compile(patterns.partial_denial_after)
_SITED_PAIN_WORD = re.compile(patterns.sited_pain_word)
_PARTIAL_DENIAL_BEFORE = re.compile(patterns.partial_denial_before)
_SITE_BEFORE_DENIAL = re.compile(patterns.site_before_denial)
_ONE_SITE_AFTER = re.compile(patterns.one_site_after)
_ZERO_SCORE_NARROWED_AFTER = re.compile(patterns.zero_score_narrowed_after)
_QUALIFYING_BEFORE = re.compile(patterns.qualifying_before)
_TOPIC_BEFORE = re.compile(patterns.topic_before)
_THING_BEFORE_NON = re.compile(patterns.thing_before_non)
_TYPE_LABEL = re.compile(patterns.type_label)
_RESOLVED_AFTER = re.compile(patterns.resolved_after)
_RESOLVED_BEFORE = re.compile(patterns.resolved_before)
_DISCOVERY = cue_regex(patterns.discovery_narrative)
_BARE_ANSWER = re.compile(patterns.bare_answer_line, re.MULTILINE)
_TYPES = {code: cue_regex(cues) for code, cues in patterns.types.items()}
_TYPE_NOT_AFTER = re.compile(r"(?:" + "|".join(patterns.type_not_after) + r")\W+(?:\w+\W+)?$")
_DN4 = re.compile(patterns.dn4)
_SCALE_NAMES = [name for names in patterns.scales.values() for name in names]
_SCALED_SCORE = re.compile(
    r"\b(?P<scale>" + "|".join(sorted(_SCALE_NAMES, key=len, reverse=True)) + r")\b[^\S\n]*"
    r"(?:(?:\(\s*0\s*(?:-|a)\s*10\s*\)|" + patterns.out_of_ten + r"[^\S\n]*\)?)[^\S\n]*)?"  # "EVA (0-10)", "(EN /10)"
    r"(?:" + patterns.score_links + r"[^\S\n]*)?"
    r"(?P<value>" + patterns.score_value + r")(?![\da-z])(?P<ten>" + patterns.out_of_ten + r")?")
_BARE_SCORE = re.compile(r"(?<![\d/,.])(?P<value>" + patterns.score_value + r")" + patterns.out_of_ten
                         + r"(?![^\S\n]*/)")
_NOT_A_SCORE_AFTER = re.compile(patterns.score_not_before)
_INTENSITY = re.compile(patterns.intensity_words)
_MILLIMETRES = re.compile(r"[^\S\n]*mm\b")
_RATED = re.compile(r"\bcotee?s? a[^\S\n]+(?P<value>" + patterns.score_value + r")(?![\d,.]|" + patterns.out_of_ten
                    + r"|[^\S\n]*/)")
_DRUG_NEUROPATHY = cue_regex(patterns.drug_neuropathy)
_OTHER_SCORE = re.compile(patterns.other_scores_before)
_DATE_BEFORE = re.compile(patterns.date_before)
_LATER_VALUE = re.compile(patterns.later_value)
_SCALE_WORD = re.compile(r"\b(?:" + "|".join(sorted(_SCALE_NAMES, key=len, reverse=True)) + r")\b")
_SCALE_AFTER = {scale: re.compile(rx) for scale, rx in patterns.scale_after.items()}
_CURRENT = cue_regex(patterns.current_markers)
_PAST = cue_regex(patterns.past_markers)
_THEN = cue_regex(patterns.then_markers)
_THEN_BEFORE = re.compile(patterns.then_before)
_SITE_STOP = re.compile(patterns.site_stop)
_SITE = re.compile(r"[^\S\n]+(?P<site>(?:de la|de l'|du|des|de|d'|au niveau d[eu]s?|aux?)\b(?P<place>[^\n]*))")
_SPEAKS_OF_PAIN = re.compile(
    r"[☒☐\d]|" + _PAIN.pattern + "|" + _DENIALS.pattern + r"|\b(?:pas|aucune?|sans|jamais|ni)\b")


def _scale_named(name: str) -> str:
    """VAS or NRS, from the scale's name as written ("EVA", "échelle numérique simple")."""
    return next(scale for scale, names in patterns.scales.items() if any(re.fullmatch(n, name) for n in names))


def _scale_words(text: str, folded: str, start: int, end: int) -> list[str]:
    """The scales named in [start, end) ("EN" only in capitals: "en" is a preposition)."""
    return [m.group() for m in _SCALE_WORD.finditer(folded, start, end)
            if text[m.start():m.end()].isupper() or not _is_capitalised_scale(m.group())]


def _is_capitalised_scale(name: str) -> bool:
    return any(re.fullmatch(n, name) for n in patterns.capitalised_scales)


def _scale_of_value(text: str, folded: str, value_start: int, value_end: int, sentence_start: int) -> str:
    """A bare "x/10" takes the scale named right after it, or the last one named before it in the sentence."""
    after = folded[value_end:value_end + 40]
    for scale, rx in _SCALE_AFTER.items():
        if rx.search(after):
            return scale
    named = _scale_words(text, folded, sentence_start, value_start)
    return _scale_named(named[-1]) if named else "NRS"


class PainMatcher:
    """Adds pain words, denials, type cues and scores to doc.spans['rcp']; a score's span carries
    its scale and value in kb_id ("VAS:6")."""

    def __init__(self, nlp, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text, folded = text_of(doc), fold(unwrapped(text_of(doc)))
        found = self._words(doc, folded) + self._types(doc, folded) + self._scores(doc, text, folded)
        found += [char_mention(doc, m.start(), m.end(), DENIAL) for m in _DENIALS.finditer(folded)]
        add_mentions(doc, [s for s in found if s is not None])
        return doc

    @staticmethod
    def _words(doc: Doc, folded: str) -> list[Span]:
        found = []
        for match in _PAIN.finditer(folded):
            line_start = folded.rfind("\n", 0, match.start()) + 1
            if _TYPED_PAIN.fullmatch(match.group()) or _NOT_STATEMENT.search(folded[line_start:match.start()]):
                continue
            found.append(char_mention(doc, match.start(), match.end(), PAIN))
        return found

    @staticmethod
    def _types(doc: Doc, folded: str) -> list[Span]:
        found = []
        for code, rx in _TYPES.items():
            for match in rx.finditer(folded):
                if _TYPE_NOT_AFTER.search(folded[max(0, match.start() - 30):match.start()]) or (
                        code == "neuropathic" and _of_a_drug_neuropathy(doc, folded, match.start(), match.end())):
                    continue
                found.append(char_mention(doc, match.start(), match.end(), TYPE, code))
        for match in _DN4.finditer(folded):
            if int(match.group("value")) >= patterns.dn4_threshold:
                found.append(char_mention(doc, match.start(), match.end(), TYPE, "neuropathic"))
        return found

    @staticmethod
    def _scores(doc: Doc, text: str, folded: str) -> list[Span]:
        found, taken = [], []
        for match in _SCALED_SCORE.finditer(folded):
            scale_name = match.group("scale")
            if (millimetres := _MILLIMETRES.match(folded, match.end())) and _score(match) <= 100 and not match.group("ten"):
                taken.append((match.start(), millimetres.end()))  # "EVA 60 mm": on the 100 mm line
                found.append(char_mention(doc, match.start(), millimetres.end(), SCORE,
                                          f"{_scale_named(scale_name)}:{int(_score(match) / 10 + 0.5)}"))
                continue
            if _NOT_A_SCORE_AFTER.match(folded, match.end()) or _score(match) > 10 or (
                    match.group("value").isalpha() and not match.group("ten")):  # "EVA à deux reprises"
                continue
            if _is_capitalised_scale(scale_name) and not (
                    match.group("ten") or text[match.start("scale"):match.end("scale")].isupper()):
                continue
            taken.append((match.start(), match.end()))
            found.append(char_mention(doc, match.start(), match.end(), SCORE,
                               f"{_scale_named(scale_name)}:{_score_text(match)}"))
            if (later := _LATER_VALUE.match(folded, match.end())) and int(later.group("value")) <= 10:
                taken.append((later.start("score"), later.end("score")))
                found.append(char_mention(doc, later.start("score"), later.end("score"), SCORE,
                                          f"{_scale_named(scale_name)}:{later.group('value')}"))
        for match in _BARE_SCORE.finditer(folded):
            if any(start <= match.start() < end for start, end in taken):
                continue
            line_start = folded.rfind("\n", 0, match.start()) + 1
            preceding = folded[max(line_start, match.start() - 25):match.start()]
            if _OTHER_SCORE.search(preceding) or _DATE_BEFORE.search(preceding):
                continue
            if _score(match) > 10:
                continue
            left, right = sentence_bounds(text, match.start(), match.end())
            if not (_PAIN.search(folded, left, right) or _scale_words(text, folded, left, right)
                    or _INTENSITY.search(folded, left, right)):
                continue
            scale = _scale_of_value(text, folded, match.start(), match.end(), left)
            found.append(char_mention(doc, match.start(), match.end(), SCORE, f"{scale}:{_score_text(match)}"))
        for match in _RATED.finditer(folded):  # "douleurs cotées à 8 à l'arrivée, à 4 après titration"
            left, right = sentence_bounds(text, match.start(), match.end())
            if _score(match) > 10 or _NOT_A_SCORE_AFTER.match(folded, match.end()) or not _PAIN.search(folded, left, right):
                continue
            scale = _scale_of_value(text, folded, match.start("value"), match.end(), left)
            found.append(char_mention(doc, match.start("value"), match.end(), SCORE, f"{scale}:{_score_text(match)}"))
            if (later := _LATER_VALUE.match(folded, match.end())) and int(later.group("value")) <= 10:
                found.append(char_mention(doc, later.start("score"), later.end("score"), SCORE,
                                          f"{scale}:{later.group('value')}"))
        return found


def _said_scores(doc: Doc) -> list[Span]:
    return [s for s in mentions(doc, SCORE) if _score_polarity(s) in (AFFIRMED, DENIED)]


SCORE_OF_THE_PAST, SCORE_UNMARKED, SCORE_OF_NOW = 0, 1, 2


def _score_time(doc: Doc, folded: str, span: Span, scores: list[Span]) -> int:
    """When a score is told: marked current, unmarked, or past (or bracketed after another score)."""
    left, right = sentence_bounds(text_of(doc), span.start_char, span.end_char)
    before = re.split(r"[,;()]|\d\s*/\s*10", folded[left:span.start_char])[-1]
    after = re.split(r"[,;()]|\d\s*/\s*10", folded[span.end_char:right], maxsplit=1)[0]
    near = before + " " + after
    opening = folded.rfind("(", left, span.start_char)
    bracketed = opening >= 0 and ")" not in folded[opening:span.start_char] and any(
        left <= other.start_char < opening for other in scores)
    if _CURRENT.search(near):
        return SCORE_OF_NOW
    return SCORE_OF_THE_PAST if _PAST.search(near) or bracketed else SCORE_UNMARKED


def _rates_past_pain(folded: str, score: Span, past_ends: list[int]) -> bool:
    """A score right after a pain told of the past, in its clause, rates that pain ("avait des lombalgies à l'EVA 7
    en janvier")."""
    return any(0 <= score.start_char - end <= SCORE_ATTACHMENT and not _CLAUSE_BREAK.search(folded, end, score.start_char)
               for end in past_ends)


def _of_a_drug_neuropathy(doc: Doc, folded: str, start: int, end: int) -> bool:
    """Whether a neuropathic cue speaks of a neuropathy a drug caused, told near it in its sentence."""
    left, right = sentence_bounds(text_of(doc), start, end)
    reach = patterns.drug_neuropathy_reach
    return bool(_DRUG_NEUROPATHY.search(folded, max(left, start - reach), min(right, end + reach)))


def _score_text(match: re.Match) -> str:
    """A score as figures ("6", "4,5"), from figures or words ("six")."""
    written = match.group("value")
    return str(spelled_number(written)) if written.isalpha() else written


def _score(match: re.Match) -> float:
    return float(_score_text(match).replace(",", "."))


SENTENCE_OPENING = 40  # characters: a type cue this near its sentence's start may speak of the pain before
CURRENT, WEAK, PAST = "current", "weak", "past"


@dataclass(frozen=True)
class Statement:
    """One thing the letter says about the patient's pain, and where. A weak denial (a pain gone, or denied
    only at rest or at night) and a past pain (the one that revealed the disease) decide only when nothing
    is said of the pain now."""

    polarity: str
    evidence: Evidence
    weight: str = CURRENT


def _status(statements: list[Statement]) -> tuple[str, list[Statement]]:
    """The item's status, and the statements that decided it."""
    current = [s for s in statements if s.weight == CURRENT and s.polarity != IGNORED]
    status = resolve_status(s.polarity for s in current)
    if status != "unknown":
        return status, current
    weak = [s for s in statements if s.weight == WEAK and s.polarity == DENIED]
    past = [s for s in statements if s.weight == PAST and s.polarity == AFFIRMED]
    if weak:
        return "absent", weak
    return ("present", past) if past else ("unknown", [])


def _score_value(span: Span) -> tuple[str, int]:
    scale, value = span.kb_id_.split(":")
    return scale, int(float(value.replace(",", ".")) + 0.5)  # half up: "6,5" is 7


def _score_polarity(span: Span) -> str:
    """A score is never a form's option: written after a box ("☐ Non   EVA : 4/10"), it is still said."""
    if span._.rcp_form_role in (LABEL, UNTICKED) and not (span._.family or span._.rcp_planned):
        return DOUBTFUL if span._.hypothesis or span._.rcp_doubt else AFFIRMED
    return polarity(span)


def _is_label(doc: Doc, span: Span) -> bool:
    """ "Douleur :" heads a line: the words after it (or the form answer) say what it means."""
    return bool(re.match(r"^[^\S\n]*[:|]", text_of(doc)[span.end_char:span.end_char + 4]))


def _is_heading(doc: Doc, span: Span) -> bool:
    """ "Douleur" (or "Douleurs", "DOULEUR") alone on its line heads the lines below: it says nothing itself."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    return (span.text[:1].isupper() and text[line_start:span.start_char].strip(" \t-•*#0-9.)") == ""
            and text[span.end_char:len(text) if line_end < 0 else line_end].strip() == ""
            and not (line_end >= 0 and answer_polarity(fold(text[line_end + 1:line_end + 40]))))  # "Douleur⏎Oui, …"


def _label_answer(folded: str, span: Span) -> str | None:
    """What a "Douleur : …" line answers: yes, no or don't know; a description ("Douleur : lombaire,
    modérée") affirms it; one that speaks of pain itself ("Douleur : pas de douleur", "Douleur : EVA 0")
    is left to its own words."""
    if _ZERO_SCORE_NARROWED_AFTER.match(folded, span.end_char):
        return None  # "Douleurs : 0/10 au repos, 4/10 à la marche": its scores say it
    line_end = folded.find("\n", span.end_char)
    after = folded[span.end_char:line_end if line_end >= 0 else len(folded)][:80].lstrip(" \t:|")
    said = answer_polarity(after)
    if said or not after.strip() or NOT_KNOWN_ANSWER.match(after) or _SPEAKS_OF_PAIN.search(after):
        return said
    return AFFIRMED


def _of_the_past(folded: str, span: Span) -> bool:
    """A denial told of the past: "sans douleur rachidienne préalable", "patiente alors asymptomatique", on a dated
    line of the history."""
    return bool(_PAST.search(folded, span.start_char, span.end_char)  # "était asymptomatique"
                or _PAST.search(re.split(r"[,;.()]", folded[span.end_char:span.end_char + 40])[0])
                or _PAST.search(re.split(r"[,;.()]", folded[max(0, span.start_char - 60):span.start_char])[-1])
                or on_earlier_dated_line(folded, span.start_char))


class PainExtractor(FieldExtractor):
    """Sets doc._.rcp['pain']."""

    def extract(self, doc: Doc) -> dict:
        folded = fold(unwrapped(text_of(doc)))
        words = mentions(doc, PAIN)
        types = mentions(doc, TYPE)
        partial = {w for w in words if polarity(w) == DENIED and not followed_by_exception(folded, w.end_char) and (
            self._qualifying_type(doc, w, types) or _SITED_PAIN_WORD.fullmatch(fold(w.text))
            or _PARTIAL_DENIAL.match(folded[w.end_char:w.end_char + 30])
            or _PARTIAL_DENIAL_BEFORE.search(folded, max(0, w.start_char - 60), w.start_char)
            or _ZERO_SCORE_NARROWED_AFTER.match(folded, w.end_char))}
        status, deciding = _status(self._statements(doc, folded, words, types, partial))
        value = Pain(status, sorted((s.evidence for s in deciding), key=lambda e: (e.start, e.end)))
        if status in ("present", "conflicting"):
            value.types = self._types(doc, folded, words, types, partial)
            value.site = self._site(doc, folded, words)
        value.intensity = self._intensity(doc, folded)
        if status in ("absent", "unknown") and value.intensity and value.intensity.value > 0:
            value.intensity = None  # the score of a pain gone ("Pas de douleur actuellement. Avait des lombalgies à
            # l'EVA 7 en janvier"): no current score
        return {"pain": value}

    @staticmethod
    def _qualifying_type(doc: Doc, word: Span, types: list[Span]) -> Span | None:
        """The type a denied pain word is qualified by: "pas de douleur nocturne" denies that type only."""
        for span in types:
            between = text_of(doc)[word.end_char:span.start_char]
            near = word.end_char <= span.start_char <= word.end_char + TYPE_ATTACHMENT
            if near and not re.search(r"[,;.:()]", between):
                return span
        return None

    def _statements(self, doc: Doc, folded: str, words: list[Span], types: list[Span],
                    partial: set[Span]) -> list[Statement]:
        statements = []
        for span in words:
            if on_department_line(text_of(doc), span.start_char) or _is_heading(doc, span):
                continue  # a department of the letterhead: "Douleur : Dr J. Le Duff"; a heading: "Douleur⏎Pas de …"
            if _is_label(doc, span):
                answer = _label_answer(folded, span)
                if answer:
                    statements.append(Statement(answer, Evidence.of(span)))
                continue
            said, weight = polarity(span), CURRENT
            if said == DENIED and followed_by_exception(folded, span.end_char):
                said = AFFIRMED  # "aucune douleur hormis à la marche": a pain, at those times
            if (said == DENIED and _QUALIFYING_BEFORE.search(folded, max(0, span.start_char - 30), span.start_char)
                    or _TOPIC_BEFORE.search(folded, max(0, span.start_char - 30), span.start_char)):
                continue
            if span in partial or span._.rcp_stopped:
                weight = WEAK
            elif said == DENIED and (_of_the_past(folded, span) or _SITE_BEFORE_DENIAL.search(
                    folded, max(0, span.start_char - 50), span.start_char)
                    or _RESOLVED_BEFORE.search(folded[max(0, span.start_char - 40):span.start_char])):
                weight = WEAK  # of the past, of one site, or a pain gone ("avec disparition de la douleur dorsale")
            elif said == AFFIRMED and _DOUBT_AFTER.match(folded[span.end_char:span.end_char + 40]):
                said = DOUBTFUL
            elif said == AFFIRMED and (_RESOLVED_AFTER.match(folded[span.end_char:span.end_char + 90]) or
                                       _RESOLVED_BEFORE.search(folded[max(0, span.start_char - 40):span.start_char])):
                said, weight = DENIED, WEAK
            elif said == AFFIRMED and (_DISCOVERY.search(folded, *sentence_bounds(text_of(doc), span.start_char,
                                                                                   span.end_char))
                                       or on_earlier_dated_line(folded, span.start_char)
                                       or _THEN.search(re.split(r"[,;.()]", folded[span.end_char:span.end_char + 50])[0])
                                       or _THEN_BEFORE.search(folded, max(0, span.start_char - 40), span.start_char)):
                weight = PAST
            statements.append(Statement(said, Evidence.of(span), weight))
        for span in types:  # "radiculalgie", a ticked "☒ Neuropathique": the patient is in pain
            if span._.rcp_form_role == TICKED or (
                    _TYPED_PAIN.fullmatch(fold(span.text)) and polarity(span) == AFFIRMED):
                statements.append(Statement(AFFIRMED, Evidence.of(span)))
        for span in mentions(doc, DENIAL):
            # (not in an earlier conclusion quoted; a stop told after it is no negation: "asymptomatique et ne prend
            # plus d'antalgique")
            said = AFFIRMED if polarity(span) == DENIED and span._.rcp_stopped and not span._.negation else polarity(span)
            if said == AFFIRMED and not span._.rcp_quoted:
                site = _SITE_BEFORE_DENIAL.search(folded, max(0, span.start_char - 50), span.start_char) or (
                    folded.startswith("non", span.start_char)  # "paresthésies non douloureuses"
                    and _THING_BEFORE_NON.search(folded, max(0, span.start_char - 30), span.start_char))
                weight = WEAK if site or _of_the_past(folded, span) else CURRENT
                statements.append(Statement(DENIED, Evidence.of(span), weight))
        past_ends = [s.evidence.end for s in statements if s.weight == PAST]
        scores = _said_scores(doc)
        for span in scores:
            value = _score_value(span)[1]
            weight = WEAK if value == 0 and (_ONE_SITE_AFTER.match(folded, span.end_char) or _PARTIAL_DENIAL_BEFORE.search(
                folded, max(0, span.start_char - 30), span.start_char)) else CURRENT  # "au repos : EN 0"
            if value > 0 and (_rates_past_pain(folded, span, past_ends)
                              or _score_time(doc, folded, span, scores) == SCORE_OF_THE_PAST):
                weight = PAST  # "(EVA 8 avant la radiothérapie)"
            statements.append(Statement(AFFIRMED if value > 0 else DENIED, Evidence.of(span), weight))
        statements += self._form_statements(doc)
        return statements

    @staticmethod
    def _form_statements(doc: Doc) -> list[Statement]:
        found = []
        for answer in answers_for(doc, FORM_LABEL):
            if answer.checked and (said := answer_polarity(answer.option_folded())):
                found.append(Statement(said, Evidence(answer.start, answer.end, answer.option)))
        for match in _BARE_ANSWER.finditer(fold(text_of(doc))):
            start, end = match.span("answer")
            found.append(Statement(answer_polarity(match.group("answer")), Evidence(start, end, text_of(doc)[start:end])))
        return found

    @staticmethod
    def _types(doc: Doc, folded: str, words: list[Span], types: list[Span], partial: set[Span]) -> list[Coded]:
        """Types the letter affirms in a sentence about pain or ticks in a form (the "☐ Non" before a ticked
        type is no negation of it), less those it says are over ("plus de douleur nocturne"); a denied
        detail ("pas de radiculalgie") does not undo an affirmed type."""
        stopped = {span.kb_id_ for span in types if span._.rcp_stopped or (span._.negation and _NO_MORE_BEFORE.search(
            folded, max(0, span.start_char - TYPE_NO_MORE_REACH), span.start_char))}  # "Plus aucune irradiation en ceinture"
        stopped |= {qualified.kb_id_ for w in partial if w._.rcp_stopped
                    and (qualified := PainExtractor._qualifying_type(doc, w, types))}
        listed: dict[str, Coded] = {}
        for span in types:
            if span.kb_id_ in stopped | set(listed):
                continue
            if span._.rcp_form_role == TICKED or (polarity(span) == AFFIRMED and (
                    _DN4.match(folded, span.start_char) or _TYPED_PAIN.fullmatch(fold(span.text))  # "radiculalgie"
                    or _in_pain_sentence(doc, folded, span, words, partial)
                    or _TYPE_LABEL.match(folded, folded.rfind("\n", 0, span.start_char) + 1))):
                listed[span.kb_id_] = Coded(span.kb_id_, Evidence.of(span))  # a DN4 score is about pain itself
        return list(listed.values())

    @staticmethod
    def _intensity(doc: Doc, folded: str) -> Score | None:
        """The current score: marked current, else unmarked, else past (or bracketed after
        another score); the last one of its kind."""
        scores = _said_scores(doc)
        ranked = [(_score_time(doc, folded, span, scores), span.start_char, span) for span in scores]
        if not ranked:
            return None
        span = max(ranked, key=lambda r: (r[0], r[1]))[2]
        scale, value = _score_value(span)
        return Score(value, scale, Evidence.of(span))

    @staticmethod
    def _site(doc: Doc, folded: str, words: list[Span]) -> Text | None:
        """Where the pain is: "douleur de la hanche gauche" -> "de la hanche gauche"."""
        for span in words:
            match = _SITE.match(folded, span.end_char)
            if not match or polarity(span) != AFFIRMED or _is_label(doc, span):
                continue
            stops = [m.start() for rx in (_SITE_STOP, *_TYPES.values())
                     if (m := rx.search(folded, match.start("place"), match.end("place")))]
            end = min(stops, default=match.end("place"))
            kept = list(re.finditer(r"\S+", text_of(doc)[match.start("site"):end]))[:patterns.site_max_words]
            if text_of(doc)[match.start("place"):end].strip(" '"):
                start, end = match.start("site"), match.start("site") + kept[-1].end()
                return Text(text_of(doc)[start:end], Evidence(start, end, text_of(doc)[start:end]))
        return None


def _in_pain_sentence(doc: Doc, folded: str, span: Span, words: list[Span], partial: set[Span]) -> bool:
    """A type cue speaks of pain when its sentence does, and its pain word there (the last before it, else the first
    after it) is not denied, or denied of one place only in a clause of its own ("pas de douleur rachidienne ;
    dysesthésies à type de brûlures"); or when it opens the sentence right after an affirmed pain ("Douleur sacrée à
    type de brûlures. Recrudescence nocturne avec réveils vers 3 h.")."""
    left, right = sentence_bounds(text_of(doc), span.start_char, span.end_char)
    if not (_PAIN.search(folded, left, right) or _TYPED_PAIN.search(folded, left, right)
            or _scale_words(text_of(doc), folded, left, right)):
        return span.start_char - left <= SENTENCE_OPENING and _follows_pain(doc, left, words)
    near = [w for w in words if left <= w.start_char < right]
    if not near:
        return True
    before = [w for w in near if w.start_char < span.start_char]  # a type mostly follows its pain word
    nearest = before[-1] if before else min(near, key=lambda w: w.start_char)
    return (polarity(nearest) != DENIED or bool(_ZERO_SCORE_NARROWED_AFTER.match(folded, nearest.end_char))
            or followed_by_exception(folded, nearest.end_char)  # "pas de douleur sauf la nuit"
            or (nearest in partial and clause_bounds(text_of(doc), span.start_char, span.end_char)[0] > nearest.end_char))


def _follows_pain(doc: Doc, left: int, words: list[Span]) -> bool:
    """Whether the sentence before the one starting at `left` (in its paragraph) affirms a pain."""
    text = text_of(doc)
    previous = text[:left].rstrip()
    if not previous or text[len(previous):left].count("\n") > 1:
        return False
    before_left = sentence_bounds(text, len(previous) - 1, len(previous))[0]
    return any(before_left <= w.start_char < left and polarity(w) == AFFIRMED for w in words)
