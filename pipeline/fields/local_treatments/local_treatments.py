"""Prior local treatments of bone lesions: radiotherapy, surgery, cementoplasty, ablation, other."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from pipeline.fields.base import (
    AFFIRMED,
    DENIED,
    DOUBTFUL,
    IGNORED,
    CueTable,
    Evidence,
    FieldExtractor,
    add_mentions,
    alternation,
    answer_polarity,
    char_mention,
    mentions,
    polarity,
    sentence_bounds,
    text_of,
    unwrapped,
)
from pipeline.fields.context.context import clause_bounds, fold, followed_by_exception
from pipeline.fields.forms.forms import LABEL, answer_to_label, answers_for
from pipeline.fields.local_treatments import patterns
from pipeline.fields.project.sections import (
    in_regions,
    project_regions,
    question_regions,
)
from pipeline.record import Coded, LocalTreatments

TREATMENT, DENIAL = "local_treatment", "local_treatment_denial"
TARGET_AFTER, TARGET_BEFORE = 70, 120  # characters searched for what a treatment is aimed at
# How a treatment word counts: by itself unless aimed at an organ, when aimed at bone or at nothing
# named (radiotherapy only), or only when aimed at a named bone (lower-case abbreviations).
INTRINSIC, TARGETED, BONE_ONLY = "intrinsic", "targeted", "bone only"


def _capitals(abbreviations: dict[str, list[str]]) -> dict[str, re.Pattern]:
    return {t: re.compile(r"\b(?:" + "|".join(c) + rf")\b(?!{patterns.capital_not_before})")
            for t, c in abbreviations.items()}


_BONE_TREATMENTS = CueTable(patterns.bone_treatments, before=r"\b")
_PARTICIPLES = CueTable(patterns.bone_participles, before=r"\b", after=r"\b")
_PARTICIPLE_NOT_AFTER = re.compile(patterns.participle_not_after)
_INTRINSIC_PARTICIPLE = re.compile(alternation(patterns.intrinsic_participles))
_CEMENTED_HARDWARE = re.compile(patterns.cemented_hardware_before)
_TARGETED = CueTable(patterns.targeted_treatments, before=r"\b")
_CAPITALS = _capitals(patterns.capital_abbreviations)
_BONE_CAPITALS = _capitals(patterns.bone_capital_abbreviations)
_LOWERCASE = _capitals(patterns.lowercase_abbreviations)
_BONE = re.compile(rf"\b(?:{alternation(patterns.bone_targets)})\b")
_ORGAN = re.compile(rf"\b(?:{alternation(patterns.organ_targets)})\b")
_ORGAN_OR_SYSTEMIC = re.compile(rf"\b(?:{alternation(patterns.organ_targets + patterns.systemic_radiotherapy)})\b")
_ORIGIN_BEFORE = re.compile(patterns.origin_before)
_BENIGN = re.compile(rf"\b(?:{alternation(patterns.benign_reasons)})")
_RADIATING_AFTER = re.compile(patterns.radiating_pain_after)
_RADIATING_BEFORE = re.compile(patterns.radiating_pain_before)
_PAIN = re.compile(patterns.pain_words)
_NO_TREATMENT = re.compile(alternation(patterns.no_local_treatment))
_LINE_ANSWER = re.compile(patterns.line_answer)
_OPTIONS_LABEL = re.compile(patterns.options_label)
_REFUSED_AFTER = re.compile(patterns.refused_after)
_REFUSED_BEFORE = re.compile(patterns.refused_before)
_PASSIVE_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|n'a|n'ont|n'avait|n'avaient|est|sont|etait|etaient)"
                             r"(?: (?:jamais|pas|deja|bien|ensuite|aussi|egalement))* (?:ete )?$")
_LABEL_END = re.compile(r"[^\S\n]*(?:[:|☐☒□■]|\n|$)")
# (what may stand beside the treatment words of such a list: separators, and kinds named without a target)
_BARE_LIST_REST = re.compile(r"(?:[\s,/;]|\b(?:ou|et|etc|autres?|ablation|thermoablation|radiofrequence|cryotherapie"
                             r"|embolisation)\b\.?|\.\.\.|…)*")
_OPEN_BRACKET_LIST = re.compile(r"[^.;()]{0,60}\([^()]{0,200}")
_PAST_DOUBT = re.compile(alternation(patterns.past_doubt))
_INSTITUTION_BEFORE = re.compile(patterns.institution_before)
_SPECIALTY_AFTER = re.compile(patterns.specialty_after)
_HEADER_LINE = re.compile(patterns.header_line)
_LETTERHEAD_DEPARTMENT = re.compile(patterns.letterhead_department)
_DOCTOR_BEFORE = re.compile(patterns.doctor_before)
_SPECIALTY_ALONE_AFTER = re.compile(patterns.specialty_alone_after)
_PLANNED_IN_CLAUSE = re.compile(alternation(patterns.planned_in_clause))
_PLANNED_RIGHT_AFTER = re.compile(patterns.planned_right_after)
_BRACKETS = re.compile(r"\([^()\n]*\)")  # a dose in brackets does not end the treatment's words


def _blank(match: re.Match) -> str:
    return " " * len(match.group())
_DOSE = re.compile(patterns.dose)
_CHEMORADIATION_BEFORE = re.compile(patterns.chemoradiation_before)
_TOLD_AS_DONE = re.compile(patterns.told_as_done)
_PURPOSE_BEFORE = re.compile(patterns.purpose_before)
_ASKED_FOR_BEFORE = re.compile(patterns.asked_for_before)
_NO_INFORMATION_BEFORE = re.compile(patterns.no_information_before)
_OUTSIDE_FIELDS_BEFORE = re.compile(patterns.outside_fields_before)
_FUTURE_BEFORE = re.compile(patterns.future_before)
_DOUBT_BEFORE = re.compile(patterns.doubt_before)
_NOT_DONE_AFTER = re.compile(patterns.not_done_after)
_PARTIAL_DENIAL = re.compile(alternation(patterns.partial_denial))
_OTHER_DENIED_BEFORE = re.compile(r"\b(?:pas|aucune?|ni|sans) (?:d'|de |d'une )?autres?\s*$")
_TYPE_OF_OPTION = [*_BONE_TREATMENTS.patterns.items(), *_TARGETED.patterns.items()]


class LocalTreatmentsMatcher:
    """Adds treatment words (kb_id = treatment type) and denials of any local treatment to doc.spans['rcp'].
    A targeted treatment ("radiothérapie", "chirurgie") is kept only when aimed at bone, see `_aim`;
    a treatment of a primary organ or of a benign disease, and a department's name, are left out."""

    def __init__(self, nlp, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text, folded = text_of(doc), fold(unwrapped(text_of(doc)))
        candidates = [(kind, m, INTRINSIC) for kind, m in _hits(_BONE_TREATMENTS, _BONE_CAPITALS, text, folded)]
        candidates += [(kind, m, TARGETED) for kind, m in _hits(_TARGETED, _CAPITALS, text, folded)]
        candidates += [(kind, m, BONE_ONLY) for kind, rx in _LOWERCASE.items() for m in rx.finditer(text)]
        candidates += [(kind, m, INTRINSIC if _INTRINSIC_PARTICIPLE.fullmatch(m.group()) else BONE_ONLY)
                       for kind, m in _PARTICIPLES.finditer(folded)
                       if not _PARTICIPLE_NOT_AFTER.search(folded[max(0, m.start() - 40):m.start()])
                       and not (kind == "cementoplasty" and _CEMENTED_HARDWARE.search(folded[:m.start()][-60:]))]
        found: dict[tuple[int, int], Span | None] = {}
        for kind, match, rule in candidates:
            start, end = match.span()
            if _not_a_lesion_treatment(text, folded, start, end) or _radiating_pain(text, folded, start, end):
                continue
            aim = _aim(text, folded, start, end)
            if aim is None and _DOSE.search(folded, start, end) and _dose_to_the_primary(text, folded, start, end):
                continue
            unnamed_counts = rule == INTRINSIC or (rule == TARGETED and kind in patterns.counts_without_target)
            if aim == "bone" or (aim is None and unnamed_counts):
                found.setdefault((start, end), char_mention(doc, start, end, TREATMENT, kind))
        spans = [s for s in found.values() if s is not None]
        spans += [s for m in _NO_TREATMENT.finditer(folded) if (s := char_mention(doc, *m.span(), DENIAL))]
        add_mentions(doc, _without_overlaps(spans))
        return doc


def _hits(words: CueTable, capitals: dict[str, re.Pattern], text: str, folded: str) -> list[tuple[str, re.Match]]:
    """(kind, match) of each kind in turn: words matched on the folded text, then abbreviations on the text
    as written."""
    by_kind: dict[str, list[re.Match]] = {kind: [] for kind in words.patterns}
    for kind, match in words.finditer(folded):
        by_kind[kind].append(match)
    for kind, matches in by_kind.items():
        matches += capitals[kind].finditer(text) if kind in capitals else ()
    return [(kind, match) for kind, matches in by_kind.items() for match in matches]


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """One span per stretch of text: the longest wins ("radiothérapie" inside "radiothérapie stéréotaxique")."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return kept


def _not_a_lesion_treatment(text: str, folded: str, start: int, end: int) -> bool:
    """A department, a specialty, a letterhead or a signature line names no treatment; a treatment of a
    benign disease ("PTH pour coxarthrose") is no bone-lesion treatment either."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line = folded[line_start:len(folded) if line_end < 0 else line_end]
    clause_start, clause_end = clause_bounds(text, start, end)
    return bool(_INSTITUTION_BEFORE.search(folded[max(line_start, start - 30):start])
                or _LETTERHEAD_DEPARTMENT.match(folded, line_start, start)
                or _SPECIALTY_AFTER.match(folded[end:end + 30]) or _HEADER_LINE.search(line)
                or (_DOCTOR_BEFORE.search(folded[max(line_start, start - 40):start])
                    and _SPECIALTY_ALONE_AFTER.match(folded, end))
                or _BENIGN.search(folded, clause_start, clause_end))


def _dose_to_the_primary(text: str, folded: str, start: int, end: int) -> bool:
    """A dose, no bone named: a curative dose, or one a chemoradiation gives, treats the primary (see patterns)."""
    value = re.match(r"\d+", folded[start:end])
    left, _ = sentence_bounds(text, start, end)
    return bool(value and int(value.group()) >= patterns.primary_dose_min
                or _CHEMORADIATION_BEFORE.search(folded, left, start))


def _radiating_pain(text: str, folded: str, start: int, end: int) -> bool:
    """ "douleur irradiant vers la cuisse", "lombalgie irradiée dans la jambe", "douleur de hanche, EVA 5, sans
    irradiation" speak of pain, not radiotherapy."""
    word = folded[start:end]
    if not word.startswith("irradi"):
        return False
    if _RADIATING_AFTER.search(folded[end:end + 40]) or _RADIATING_BEFORE.search(folded[max(0, start - 40):start]):
        return True
    left, right = sentence_bounds(text, start, end)
    return (not word.startswith("irradie") and bool(_PAIN.search(folded, left, start))
            and not _DOSE.search(folded, left, right))


def _aim(text: str, folded: str, start: int, end: int) -> str | None:
    """What the treatment is aimed at: "bone", "organ" (the primary), or None when the letter does not say.
    The complement right after the treatment decides ("radiothérapie de T7", "RT sein"); else the nearest
    target before it in the sentence ("le bassin a été irradié en 2021"), where the organ a tumour
    comes from counts only when no bone is named ("cancer du sein traité par radiothérapie"). A passive
    participle's subject in its clause comes first ("le rachis n'a jamais été irradié (seule la loge prostatique…)")."""
    left, right = sentence_bounds(text, start, end)
    clause_start, clause_end = clause_bounds(text, start, end)
    if _PASSIVE_BEFORE.search(folded, max(0, start - 30), start):
        subjects = [(m.end(), "bone") for m in _BONE.finditer(folded, max(left, clause_start), start)]
        subjects += [(m.end(), "organ") for m in _ORGAN.finditer(folded, max(left, clause_start), start)]
        if subjects:
            return max(subjects)[1]  # the nearest before it ("seule la prostate a été irradiée")
    after_end = min(right, clause_end, end + TARGET_AFTER)
    # what follows a colon after other words is another statement ("… irradiée jusqu'ici : seule la loge…"; not a label's
    # value: "RT : sein gauche")
    colon = folded.find(":", end, after_end)
    after_end = colon if colon >= 0 and folded[end:colon].strip() else after_end
    after = [(m.start(), "bone") for m in _BONE.finditer(folded, end, after_end)]
    after += [(m.start(), "organ") for m in _ORGAN_OR_SYSTEMIC.finditer(folded, end, after_end)]
    if after:
        return min(after)[1]
    before_start = max(left, start - TARGET_BEFORE)
    before = [(m.end(), "bone") for m in _BONE.finditer(folded, before_start, start)]
    organs = list(_ORGAN.finditer(folded, before_start, start))
    before += [(m.end(), "organ") for m in organs if not _ORIGIN_BEFORE.search(folded[before_start:m.start()])]
    if not before and organs:
        return "organ"
    return max(before)[1] if before else None


@dataclass(frozen=True)
class Statement:
    """What the letter says of one treatment type (None: of any local treatment), and where."""

    polarity: str
    kind: str | None
    evidence: Evidence


def _line_answer(doc: Doc, span: Span) -> str | None:
    """A treatment word heading a table line that ends with a bare answer ("Irradiation préalable   Non")."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    if span.start_char - line_start > patterns.line_answer_max_before:
        return None
    match = _LINE_ANSWER.match(fold(text[span.start_char:line_end]))
    if not match:
        return None
    return answer_polarity(match.group("answer"))


def _told_before_question(text: str, span: Span, left: int, right: int) -> bool:
    """A dated treatment told before the colon that opens the question is a fact ("Déjà irradié sur L2 en 2022 (30 Gy) :
    une ré-irradiation est-elle possible ?"); "Radiothérapie de L2 : est-elle indiquée ?" asks about it."""
    colon = text.find(":", span.end_char, right)
    return colon >= 0 and bool(_TOLD_AS_DONE.search(fold(text), left, colon))


def _treatment_polarity(doc: Doc, span: Span, questions, plan_lines) -> str:
    """Prior treatments are past: a stop cue ("radiothérapie jusqu'au 12/03") does not deny one; a
    hypothesis is doubt only when it speaks of the past ("aurait été irradié"), else it is a plan;
    what is asked of the board or listed under a project heading is a plan; denying the other sites
    ("aucune autre lésion irradiée") says nothing."""
    if in_regions(questions, span.start_char) or in_regions(plan_lines, span.start_char):
        return IGNORED
    if _offered_in_label(doc, span) or _in_bare_list(doc, span):
        return IGNORED
    if span._.rcp_form_role == LABEL:  # "Chirurgie : ☒ Oui ☐ Non", "Radiothérapie : non": the answer speaks
        return answer_to_label(doc, span) or IGNORED
    if _listed_after_denial(doc, span) or _refused(doc, span):
        return DENIED
    if span._.rcp_planned and not span._.rcp_form_role:
        return IGNORED  # asked on a question line ("Q : RT de L3 ?"), or planned
    answered = _line_answer(doc, span)
    if answered and not span._.rcp_form_role:
        return answered
    left, right = sentence_bounds(text_of(doc), span.start_char, span.end_char)
    if (text_of(doc)[left:right].rstrip().endswith("?") and not span._.rcp_doubt
            and not _told_before_question(text_of(doc), span, left, right)):
        return IGNORED
    clause = fold(unwrapped(text_of(doc)))[slice(*clause_bounds(text_of(doc), span.start_char, span.end_char))]
    before = fold(text_of(doc)[max(0, span.start_char - 30):span.start_char])
    wider_before = fold(text_of(doc)[max(0, span.start_char - patterns.asked_for_reach):span.start_char])
    # (a treatment denied stays denied when its clause plans something: "Pas de RT antérieure, pas de dénosumab (Xgeva
    # à discuter)" tells no RT was given)
    if (_PURPOSE_BEFORE.search(before) or _FUTURE_BEFORE.search(before)
            or _ASKED_FOR_BEFORE.search(wider_before) or _NO_INFORMATION_BEFORE.search(wider_before)
            or _OUTSIDE_FIELDS_BEFORE.search(before)
            or span._.rcp_quoted
            or (_PLANNED_IN_CLAUSE.search(clause) and not span._.negation)
            or _PLANNED_RIGHT_AFTER.match(_BRACKETS.sub(_blank, fold(text_of(doc)[span.end_char:span.end_char + 120])))):
        return IGNORED
    value = polarity(span)
    if value != IGNORED and _NOT_DONE_AFTER.match(fold(unwrapped(text_of(doc)))[span.end_char:right]):
        return DENIED
    if value == AFFIRMED and _DOUBT_BEFORE.search(before):
        return DOUBTFUL
    if value == DENIED and not span._.negation:
        value = DOUBTFUL if span._.hypothesis or span._.rcp_doubt else AFFIRMED
    if (value == DENIED and _PARTIAL_DENIAL.search(clause)) or _OTHER_DENIED_BEFORE.search(before):
        return IGNORED  # (and "Pas d'autre radiothérapie ni chirurgie depuis 2015", which EDS-NLP takes for no negation)
    if value == DOUBTFUL and not span._.rcp_doubt:
        value = DOUBTFUL if _PAST_DOUBT.search(clause) else IGNORED
    return value


def _refused(doc: Doc, span: Span) -> bool:
    """A treatment refused, proposed or not: "cimentoplastie proposée, refusée par la patiente", "a finalement refusé la
    radiothérapie" (it was not done)."""
    folded = fold(unwrapped(text_of(doc)))
    _, right = sentence_bounds(text_of(doc), span.start_char, span.end_char)
    return bool(_REFUSED_AFTER.match(folded, span.end_char, right)
                or _REFUSED_BEFORE.search(folded, max(0, span.start_char - 40), span.start_char))


def _in_bare_list(doc: Doc, span: Span) -> bool:
    """A treatment in brackets that list bare kinds, as a form's label gives examples: "Traitement local antérieur des
    lésions osseuses (radiothérapie, chirurgie, cimentoplastie, ablation)" (not "(RT de L3 en 2022, cimentoplastie)")."""
    text = text_of(doc)
    opening, closing = text.rfind("(", 0, span.start_char), text.find(")", span.end_char)
    if (opening < 0 or closing < 0 or ")" in text[opening:span.start_char] or "(" in text[span.end_char:closing]
            or not _LABEL_END.match(text, closing + 1)):
        return False
    inside = [t for t in mentions(doc, TREATMENT) if opening < t.start_char and t.end_char <= closing]
    rest = list(text[opening + 1:closing])
    for treatment in inside:
        first, last = treatment.start_char - opening - 1, treatment.end_char - opening - 1
        rest[first:last] = " " * (last - first)
    return len(inside) >= 2 and bool(_BARE_LIST_REST.fullmatch(fold("".join(rest))))


def _offered_in_label(doc: Doc, span: Span) -> bool:
    """A treatment among the options a line's label lists, when the answer after the label names a treatment
    ("Chirurgie / cimentoplastie : Cimentoplastie L1 (11/2024)"): that one was given, not each option."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    label = _OPTIONS_LABEL.match(fold(text[line_start:line_end]))
    if not label or span.end_char > line_start + label.end():
        return False
    return any(line_start + label.end() <= other.start_char < line_end for other in mentions(doc, TREATMENT))


def _listed_after_denial(doc: Doc, span: Span) -> bool:
    """A treatment in the brackets that follow a denial in its sentence says what is denied: "Aucun geste local
    (radiothérapie, chirurgie, cimentoplastie) n'a été réalisé", "Aucun traitement local n'a été réalisé (ni…)"."""
    text = text_of(doc)
    return any(denial.end_char <= span.start_char and _OPEN_BRACKET_LIST.fullmatch(text, denial.end_char, span.start_char)
               for denial in mentions(doc, DENIAL))


def _form_statements(doc: Doc) -> list[Statement]:
    """Ticked options of a local-treatment form item: "☒ Aucun" denies (only the type its label names, if one:
    "Radiothérapie osseuse : aucune"), "☒ Chirurgie" names a type (the label says it is a bone treatment), a bare
    "☒ Oui" names none."""
    found = []
    for answer in answers_for(doc, patterns.form_label):
        if not answer.checked:
            continue
        option = answer.option_folded()
        meaning = answer_polarity(option)
        named = [kind for kind, rx in _TYPE_OF_OPTION if rx.search(option)]
        in_label = [kind for kind, rx in _TYPE_OF_OPTION if rx.search(answer.label)]
        if meaning == DENIED and not named and len(in_label) == 1:
            named = in_label  # "Radiothérapie osseuse : aucune" denies radiotherapy only
        if meaning or named:
            found.append(Statement(meaning or AFFIRMED, named[0] if named else None,
                                   Evidence(answer.start, answer.end, answer.option)))
    return found


def resolve(statements: list[Statement]) -> tuple[str, list[Statement]]:
    """Status, and the statements naming the listed types. Denying one type while affirming another
    ("radiofréquence d'une côte ; jamais de radiothérapie") is no contradiction; denying all, or the same
    type, is."""
    affirmed = [s for s in statements if s.polarity == AFFIRMED]
    denied = [s for s in statements if s.polarity == DENIED]
    doubtful = [s for s in statements if s.polarity == DOUBTFUL]
    denied_kinds = {s.kind for s in denied}
    if affirmed:
        clash = None in denied_kinds or any(s.kind in denied_kinds for s in affirmed)
        return ("conflicting" if clash else "present"), affirmed
    if doubtful:
        return "uncertain", doubtful
    return ("absent" if denied else "unknown"), []


class LocalTreatmentsExtractor(FieldExtractor):
    """Sets doc._.rcp['priorLocalTreatments']."""

    @staticmethod
    def _treatment_statements(doc: Doc, questions, plans) -> list[Statement]:
        """One statement per treatment word; a dose says what the radiotherapy before it says
        ("nous proposons une radiothérapie de la clavicule (30 Gy en 10 fractions)")."""
        statements, previous = [], None
        for span in mentions(doc, TREATMENT):
            value = _treatment_polarity(doc, span, questions, plans)
            if (_DOSE.search(fold(span.text)) and previous is not None and previous[0].kb_id_ == "radiotherapy"
                    and span.start_char - previous[0].end_char <= patterns.dose_attachment):
                value = previous[1]
            else:
                previous = (span, value)
            statements.append(Statement(value, span.kb_id_, Evidence.of(span)))
        return statements

    def extract(self, doc: Doc) -> dict:
        questions = question_regions(text_of(doc))
        plans = project_regions(text_of(doc))
        statements = self._treatment_statements(doc, questions, plans)
        statements += [Statement(DENIED, None, Evidence.of(s)) for s in mentions(doc, DENIAL)
                       if polarity(s) != IGNORED and not in_regions(questions, s.start_char)
                       and not followed_by_exception(fold(text_of(doc)), s.end_char)]
        statements += _form_statements(doc)
        statements = [s for s in statements if s.polarity != IGNORED]
        status, listed = resolve(statements)
        treatments: dict[str, Coded] = {}
        for statement in listed:
            if statement.kind:
                treatments.setdefault(statement.kind, Coded(statement.kind, statement.evidence))
        evidence = sorted({s.evidence for s in statements}, key=lambda e: (e.start, e.end))
        return {"priorLocalTreatments": LocalTreatments(status, evidence, list(treatments.values()))}
