"""Marks each of our mentions as stopped, planned, doubtful or someone else's from the words around it,
in its clause (EDS-NLP's family qualifier knows relatives by blood, not spouses)."""
from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Span

from pipeline.fields.base import all_mentions, cue_regex, field_starts, lower_case_paragraph_starts, text_of, unwrapped
from pipeline.fields.context import patterns

AFTER_WINDOW, BEFORE_WINDOW, PLAN_AFTER_WINDOW = 80, 60, 40
SOURCE_REACH = 30  # characters before a relative's name where the words making it a source may stand
RELAY_REACH = 150  # characters between a relay asked about ("un avis … sur le relais de") and its drugs
BRIDGE_REACH = 40  # characters between a drug and the one bridging it ("… a été relayé par Lovenox")
_WORD_END = re.compile(r"\S*")
TITLE_MAX_LENGTH = 50
_JOINED = ("(", "-", "+", "/", "–", "ou")  # between a name and its synonym, the drugs of a combination, or options
# A word that says something of the mention before it: a stop, a resumption, a plan ("repris à demi-dose").
_PREDICATE = re.compile(r"\b(?:arret\w*|stopp\w*|interromp\w*|suspendu\w*|repris\w*|reintrodui\w*|poursuivi\w*|maintenu\w*"
                        r"|continue\w*|debute\w*|introdui\w*|prevu\w*|remplace\w*|relaye\w*|termine\w*)\b")
# A dose or a posology of its own makes a drug an item of its own ("xarelto vingt milligrammes le soir kardegic arrete").
_OWN_POSOLOGY = re.compile(r"\d|\b(?:mg|g|ui|µg|mcg|ml|milligrammes?|grammes?|microgrammes?|unites|cp|comprimes?|gelules?"
                           r"|sachets?|injections?|matin|midi|soir|coucher)\b")
RESUMPTION_REACH = 40  # characters after "repris(e)" that may tell it is still to come ("reprise uniquement après avis")
_COMBINED_WITH_NEXT = re.compile(r"\+[^\S\n]*$")
_PLURAL_PREDICATE = re.compile(r"\b(?:arrete|stoppe|suspendu|interrompu|poursuivi|maintenu|relaye|termine|debute"
                               r"|introduit|prevu|remplace)e?s\b")
# "puis" right before the next course (not inside a posology: "1 cp matin puis 1 cp le soir, Kardégic")
_FOLLOWED_BY = re.compile(r"[^.;\n]*\bpuis\b\s*(?:(?:par|relais|sous|passage|maintenance|entretien)\s+)?"
                          r"(?:(?:par|au|du|de la|de l'|le|la|l'|a|aux)\s*)?$")
FOLLOWED_GAP_MAX_LENGTH = 60
# An aside right after a mention: "RT (20 Gy en 5 fractions) envisagée" (the plan follows it).
_ASIDE_AFTER = re.compile(r"[^\S\n]*\([^()\n]*\)")
_SENTENCE_PART = re.compile(r"[.;\n]")
_PLAN_WINDOW_END = re.compile(r"[,(]")  # a plan cue after the mention stands before the next comma or bracket


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0] if char.isalpha() else char
    return base.lower() if len(base.lower()) == 1 else char


# The Latin, Greek and Cyrillic characters that folding changes (others are left as they are).
_FOLDED_RANGES = (range(0x41, 0x530), range(0x1E00, 0x1F00))
_FOLD_TABLE = {code: _fold_char(chr(code)) for block in _FOLDED_RANGES for code in block
               if _fold_char(chr(code)) != chr(code)}
_FOLD_TABLE[ord("’")] = "'"


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case, accents removed, one output character per input character (offsets kept)."""
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=1)
def _compiled():
    return {
        "stopped_after": cue_regex(patterns.stopped_after),
        "stopped_right_after": cue_regex(cue for cue in patterns.stopped_after if cue.startswith("^")),
        "stopped_later": cue_regex(cue for cue in patterns.stopped_after if not cue.startswith("^")),
        "stopped_before": cue_regex(patterns.stopped_before),
        "planned_after": cue_regex(patterns.planned_after),
        "planned_before": cue_regex(patterns.planned_before),
        "planned_after_comma": re.compile(patterns.planned_after_comma),
        "doubt_after": cue_regex(patterns.doubt_after),
        "doubt_clause": cue_regex(patterns.doubt_clause),
        "other_person": cue_regex(patterns.other_person_before),
        "conditional_before": re.compile(patterns.conditional_before),
        "current_before": cue_regex(patterns.current_before),
        "follows_before": re.compile(patterns.follows_before),
        "stop_ahead_after": cue_regex(patterns.stop_ahead_after),
        "stop_ahead_before": cue_regex(patterns.stop_ahead_before),
        "resumed_after": cue_regex(patterns.resumed_after),
        "never_started": re.compile(patterns.never_started_after), "refused": re.compile(patterns.refused_after),
        "relay_of_before": re.compile(patterns.relay_of_before),
        "asked_relay_of_before": re.compile(patterns.asked_relay_of_before),
        "asked_relay_by_before": re.compile(patterns.asked_relay_by_before),
        "procedure_window_after": cue_regex(patterns.procedure_window_after),
        "not_resumed": re.compile(patterns.not_resumed),
        "patient_named": re.compile(patterns.patient_named),
        "taken_under": re.compile(patterns.taken_under_before),
        "said_in_next_clause": re.compile(patterns.said_in_next_clause),
        "stopping_line_label": re.compile(patterns.stopping_line_label),
        "condition_of_denial": re.compile(patterns.condition_of_denial_before),
        "denied_stop": re.compile(patterns.denied_stop_before),
        "exception_after": re.compile(patterns.exception_after),
        "resumed_next_sentence": re.compile(patterns.resumed_next_sentence),
        "doubted_next_sentence": re.compile(patterns.doubted_next_sentence),
        "stop_denied_after": re.compile(patterns.stop_denied_after),
        "course_dates_after": re.compile(patterns.course_dates_after),
        "course_cycles_dates_after": re.compile(patterns.course_cycles_dates_after),
        "course_table_dates_after": re.compile(patterns.course_table_dates_after),
        "cell_period": re.compile(patterns.cell_period),
        "course_dates_before": re.compile(patterns.course_dates_before),
        "course_dates_line": re.compile(patterns.course_dates_line),
        "course_in_year_after": re.compile(patterns.course_in_year_after),
        "course_until_after": re.compile(patterns.course_until_after),
        "once_before": cue_regex(patterns.once_before),
        "once_after": cue_regex(patterns.once_after),
        "rhythm_after": re.compile(patterns.rhythm_after),
        "maintenance_after": re.compile(patterns.maintenance_after),
        "since_after": re.compile(patterns.since_after), "since_date_after": re.compile(patterns.since_date_after),
        "one_dated_dose_before": re.compile(patterns.one_dated_dose_before),
        "dated_right_after": re.compile(patterns.dated_right_after),
        "denied_right_before": re.compile(patterns.denied_right_before),
        "now_after": re.compile(patterns.now_after),
        "not_yet_before": re.compile(patterns.not_yet_before),
        "put_off_resuming": re.compile(patterns.put_off_resuming),
        "stop_told_right_after": re.compile(patterns.stop_told_right_after),
        "resume_before": re.compile(patterns.resume_before),
        "option_after": re.compile(patterns.option_after),
        "option_before": re.compile(patterns.option_before),
        "decision_quote": re.compile(patterns.decision_quote),
        "dated": re.compile(patterns.dated),
        "line": re.compile(patterns.line_of_treatment),
        "line_before": re.compile(f"(?:{patterns.line_of_treatment}){patterns.line_heads_drug}"),
        "line_opening": re.compile(rf"[^\S\n]*(?:(?:[-•*–]|\d{{1,2}}[.)])[^\S\n]*)?(?:{patterns.line_of_treatment})"),
        "line_lead": re.compile(patterns.line_lead, re.MULTILINE),
        "finished_course": re.compile(patterns.finished_course_before),
        "then_after": re.compile(patterns.then_after),
        "finished_then_after": re.compile(patterns.finished_then_after),
        "resumption_to_come": re.compile(patterns.resumption_to_come),
        "project_label": re.compile(patterns.project_label_before), "ongoing_after": re.compile(patterns.ongoing_after),
        "break": re.compile(patterns.clause_break), "own_stop_aside": re.compile(patterns.own_stop_aside),
        "list_item": re.compile(patterns.list_item_start),
        "denying_list": re.compile(patterns.denying_list_header),
        "stopping_list": re.compile(patterns.stopping_list_header),
        "current_list": re.compile(patterns.current_list_header, re.MULTILINE),
        "current_table_title": re.compile(patterns.current_table_title),
        "conditional_line": re.compile(patterns.conditional_line_before),
        "continued_right_after": re.compile(patterns.continued_right_after),
        "needed_after": re.compile(patterns.needed_after),
        "relayed_by": re.compile(patterns.relayed_by_before), "bridge_over": re.compile(patterns.bridge_over_after),
        "family_as_source": re.compile(patterns.family_as_source),
        "question_line": re.compile(patterns.question_line_label),
        "family_line": re.compile(patterns.family_line_label),
        "family_line_end": re.compile(patterns.family_line_end),
        "continued_after": re.compile(patterns.continued_after),
        "patient_again": re.compile(patterns.patient_again),
        "continued_plan_after": re.compile(patterns.continued_plan_after),
    }


class ListHeader(NamedTuple):
    """The line a list hangs from, folded: one ending with ':' (it may deny or stop its items: "Pas de :",
    "Traitements arrêtés :"), or a short title, which only names the list ("Traitement de sortie")."""

    text: str = ""  # a title gets " :" appended, so that the same header regexes read it
    title: bool = False


@lru_cache(maxsize=16)
def _list_headers(text: str) -> tuple[list[int], list[ListHeader]]:
    """For every list item line of a letter: where it starts, and the header its list hangs from."""
    item = _compiled()["list_item"]
    starts, headers, header, offset = [], [], ListHeader(), 0
    in_table = False  # the rows of a table hang from its header row ("Traitement en cours | Posologie")
    under_title = just_titled = False  # so do the dosed rows under a title (a PDF table), its column names aside
    just_headed = False  # and the line right under a header listing drugs and doses between semicolons
    for line in text.split("\n"):
        if (item.match(line) or (in_table and "|" in line) or (under_title and _DOSED_ROW.fullmatch(line))
                or (just_headed and _DOSED_LIST.fullmatch(line))):
            starts.append(offset)
            headers.append(header)
            just_titled = just_headed = False
        elif just_titled and _COLUMN_NAMES.fullmatch(line):
            just_titled = False  # "Traitement actuel⏎Traitement Posologie⏎Herceptin SC 600 mg…": the title heads the rows
        elif line.strip():
            header = _header_of(line)
            in_table = "|" in line and header.text != ""
            under_title = just_titled = header.title
            just_headed = header.text != ""
        else:
            in_table = under_title = just_titled = just_headed = False
        offset += len(line) + 1
    return starts, headers


_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)$")
# A table row: short, a name then a dose ("Herceptin SC 600 mg / 21 jours"), not a wrapped paragraph's line.
_DOSED_ROW = re.compile(r"[^\S\n]*[A-ZÀ-Ý][^\n:;]{0,40}\d[^\n:;]{0,30}")
# A line of drugs with their doses between semicolons ("Lorviqua 100 mg/j ; Xgeva 120 mg SC /4 semaines ; Tahor 80 mg").
_DOSED_LIST = re.compile(r"[^\S\n]*[A-ZÀ-Ý][^\n:;]{0,40}\d[^\n:;]*(?:;[^\n:;]+){1,}")
_COLUMN_NAMES = re.compile(r"[^\S\n]*[^\W\d_][\w'-]*(?:[^\S\n]+[^\W\d_][\w'-]*){0,3}[^\S\n]*")


# A header's last clause governs its list ("Pas de courrier, je résume ce qu'il m'a dit :" denies nothing listed).
_LAST_CLAUSE = re.compile(r"[.;,]\s")
_ASIDE = re.compile(r"\([^()\n]*\)")
# A cause or an exception opens a proposition of its own: a plan cue before it does not reach past it.
_NEW_PROPOSITION = re.compile(rf"\b(?:car|parce que?|puisque|etant donne|du fait)\b|{patterns.exception_words}")


def _header_of(line: str) -> ListHeader:
    line = line.strip()
    if line.endswith(":"):
        return ListHeader(fold(line))
    core = _TRAILING_BRACKETS.sub("", line)  # "Traitement actuel (ordonnance du 15/07/2025)" is a title
    if len(line) <= TITLE_MAX_LENGTH and core and not core.endswith((".", ";", ",", ")")):
        return ListHeader(fold(core) + " :", title=True)
    return ListHeader()


def list_header(text: str, start: int) -> ListHeader:
    """The header of the list item holding `start` (empty when it is not in a list hung from a header)."""
    starts, headers = _list_headers(text)
    line_start = text.rfind("\n", 0, start) + 1
    at = bisect.bisect_left(starts, line_start)
    return headers[at] if at < len(starts) and starts[at] == line_start else ListHeader()


@lru_cache(maxsize=16)
def _breaks(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of every clause break of a text, found once per letter (with the line ends
    before a lower-case line that still end a paragraph or a list item, and the starts of form fields)."""
    bounds = sorted([(m.start(), m.end()) for m in _compiled()["break"].finditer(text)]
                    + [(start - 1, start) for start in (*lower_case_paragraph_starts(text), *field_starts(text))])
    return [start for start, _ in bounds], [end for _, end in bounds]


@lru_cache(maxsize=64)
def _cues(name: str, folded: str) -> tuple[list[int], list[int]]:
    """Starts and ends of a cue family's matches over a whole letter, found once."""
    matches = list(_compiled()[name].finditer(folded))
    return [m.start() for m in matches], [m.end() for m in matches]


def _cue_within(name: str, folded: str, start: int, end: int) -> bool:
    """Whether a cue of the family lies wholly in folded[start:end] (looked up, not searched again
    for each mention: the windows of a letter's mentions overlap)."""
    starts, ends = _cues(name, folded)
    first = bisect.bisect_left(starts, start)
    return first < len(starts) and ends[first] <= end


def _doubt_in_clause(folded: str, left: int, right: int, start: int, end: int) -> bool:
    """A doubt cue of the clause [left, right) around the mention [start, end); one in brackets speaks only of
    what it stands in or right after, up to a comma ("Plavix, Eupantol, et un AOD (je n'ai pas le nom)")."""
    starts, ends = _cues("doubt_clause", folded)
    for at in range(bisect.bisect_left(starts, left), len(starts)):
        if ends[at] > right:
            break
        opening = folded.rfind("(", left, starts[at])
        if opening < 0 or folded.rfind(")", opening, starts[at]) >= 0:
            return True  # not in brackets
        if opening < start < ends[at] or (end <= opening and "," not in folded[end:opening]):
            return True
    return False


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end) of the original text: from the previous break to the next one."""
    starts, ends = _breaks(text)
    before = bisect.bisect_right(ends, start) - 1
    after = bisect.bisect_left(starts, end)
    return (ends[before] if before >= 0 else 0), (starts[after] if after < len(starts) else len(text))


class MentionContext:
    """Sets Span._.rcp_stopped / rcp_planned / rcp_doubt / rcp_other_person / rcp_current / rcp_denied /
    rcp_latest / rcp_condition / rcp_quoted / rcp_once on every span of doc.spans['rcp']."""

    def __init__(self, nlp, name: str, courses: list[str], unread: list[str], treatments: list[str],
                 open_ended: list[str], long_pauses: list[str], findings: list[str], products: list[str]):
        self.name = name
        # names of products of their own: two of them under one code are two things, not one named twice
        # (the brands Xgeva and Prolia), while a brand and its INN are one ("darolutamide (Nubeqa)")
        self.products = frozenset(fold(name) for name in products)
        # labels of what examinations find (the bone disease): no plan cue makes them planned ("métastases
        # découvertes sur la TEP demandée devant l'ascension du PSA")
        self.findings = set(findings)
        self.courses = set(courses)  # labels of treatments given as courses, one after another
        # codes (kb_id prefixes) of courses that "jusqu'au <date>" does not end: the date may lie ahead of the letter
        # (the latest date a letter names may be an appointment), and a taken anticoagulant must never be missed; nor
        # does a question about taking them up again hide them (the anticoagulant classes' kb_id is among these)
        self.open_ended = tuple(open_ended)
        # codes of drugs whose stop around a procedure is no short window: bone-targeted drugs are paused for weeks
        # or months around dental care ("Xgeva suspendu pour extraction dentaire" is not taken now)
        self.long_pauses = tuple(long_pauses)
        # labels of local treatments and projects: a question line asks about them (not drugs: "Q : arrêt du
        # Xarelto avant le geste ?" tells an anticoagulant taken)
        self.treatments = set(treatments)
        self.unread = set(unread)  # labels whose extractors read none of these flags (left at their default)
        for attr in ("rcp_stopped", "rcp_planned", "rcp_doubt", "rcp_other_person", "rcp_current", "rcp_denied",
                     "rcp_latest", "rcp_condition", "rcp_quoted", "rcp_once"):
            if not Span.has_extension(attr):
                Span.set_extension(attr, default=False)

    def __call__(self, doc: Doc) -> Doc:
        rx = _compiled()
        text = text_of(doc)
        folded = fold(unwrapped(text))  # a cue written across a wrapped line still reads
        flags_at: dict[tuple[int, int], tuple[bool, ...]] = {}  # mentions over the same words share them
        next_of_its_kind = _next_of_its_kind(all_mentions(doc), len(text), self.products)
        course_starts = sorted(s.start_char for s in all_mentions(doc) if s.label_ in self.courses)
        quotes = "«" in text
        own_stops = [m.span() for m in rx["own_stop_aside"].finditer(folded)]
        beside_own_stops = _blanked(folded, own_stops)
        for span in all_mentions(doc):
            if span.label_ in self.unread:
                continue
            where = (span.start_char, span.end_char)
            if where not in flags_at:
                course = span.label_ in self.courses
                anticoagulant = span.kb_id_.startswith(self.open_ended)
                read = folded if any(start <= span.start_char < end for start, end in own_stops) else beside_own_stops
                read = read if course else _without_agents_aside(read, span.end_char, course_starts)
                flags_at[where] = _flags(rx, text, read, *where, *next_of_its_kind[where], course,
                                         course and not anticoagulant, span.kb_id_.startswith(self.long_pauses),
                                         not anticoagulant)
            ext = span._  # one accessor per mention: spaCy makes a new one at each `span._`
            (ext.rcp_denied, ext.rcp_latest, ext.rcp_current, ext.rcp_stopped, ext.rcp_planned, ext.rcp_doubt,
             ext.rcp_other_person, ext.rcp_condition, ext.rcp_once) = flags_at[where]
            if span.label_ in self.treatments and on_question_line(text, span.start_char):
                ext.rcp_planned = True
            if span.label_ in self.findings:
                ext.rcp_planned = False
            if quotes:
                ext.rcp_quoted = _in_quoted_decision(text, span.start_char)
        runs = _joined_runs(doc)
        _share_within_runs(runs)  # first: a combination's plan is its first drug's too
        _stop_courses_followed_by_others(folded, runs, self.courses, self.open_ended)
        _share_current_within_runs(runs)
        return doc


def _blanked(folded: str, spans: list[tuple[int, int]]) -> str:
    """The text with these spans turned to spaces (offsets kept)."""
    for start, end in spans:
        folded = folded[:start] + " " * (end - start) + folded[end:]
    return folded


def _in_quoted_decision(text: str, start: int) -> bool:
    """Whether `start` lies in words quoted from an earlier decision (see patterns.decision_quote)."""
    return bool(_compiled()["decision_quote"].search(fold(text[max(0, start - patterns.quote_reach):start])))


_CLASS_ASIDE = re.compile(r"(?:[^\S\n]+[\w'-]+){0,2}[^\S\n]*\([^()\n]*\)")  # ("anticoagulation orale (…)")


def _without_agents_aside(folded: str, end: int, course_starts: list[int]) -> str:
    """The letter with the bracketed aside right after a class blanked when it tells of the agents it names: its
    words are theirs ("sous anticoagulation orale (Marcoumar remplacé par Sintrom en 2022)" stops no anticoagulation)."""
    aside = _CLASS_ASIDE.match(folded, end)
    if not aside:
        return folded
    at = bisect.bisect_left(course_starts, aside.start())
    if at == len(course_starts) or course_starts[at] >= aside.end():
        return folded
    return _blanked(folded, [aside.span()])


def on_question_line(text: str, start: int) -> bool:
    """A treatment named on the line of the question put to the board is asked about ("DEMANDE : avis RT
    urgente vs chirurgie de décompression"); the facts told there stand ("Question : progression au TEP du 27/02")."""
    return bool(_compiled()["question_line"].match(fold(text), text.rfind("\n", 0, start) + 1, start))


def followed_by_exception(folded: str, end: int) -> bool:
    """Whether a denial ending at `end` of the folded text is followed by its exception ("aucun traitement
    hormis …"): then it denies nothing."""
    return bool(_compiled()["exception_after"].match(folded, end))


def _next_of_its_kind(spans: list[Span], end: int, products: frozenset[str]) -> dict[tuple[int, int], tuple[int, bool]]:
    """For each mention's place, where the next mention with its label starts (`end` for the last), and whether it
    names the same thing ("darolutamide (Nubeqa)"; not two `products` of one code)."""
    following: dict[tuple[int, int], tuple[int, bool]] = {}
    last: dict[str, tuple[int, str, str]] = {}
    for span in sorted(spans, key=lambda s: s.start_char, reverse=True):
        where = (span.start_char, span.end_char)
        name = fold(span.text)
        start, kb_id, next_name = last.get(span.label_, (end, "", ""))
        if start < following.get(where, (end, False))[0]:
            same = kb_id == span.kb_id_ and not (name != next_name and name in products and next_name in products)
            following[where] = (start, same)
        following.setdefault(where, (end, False))
        last[span.label_] = (span.start_char, span.kb_id_, name)
    return following


def _flags(rx: dict, text: str, folded: str, start: int, end: int, next_start: int, next_same: bool,
           course: bool, ends_until: bool, long_pause: bool, resumable: bool) -> tuple[bool, ...]:
    """Denied, latest, current, stopped, planned, doubtful, someone else's, the condition of a denied event, a
    one-off past dose:
    what the words around the mention over text[start:end] say of it (`next_start`: where the next mention of
    its kind starts, `next_same`: whether it names the same thing; `course`: a treatment given as a course, which
    a dated period ends; `ends_until`: one that "jusqu'au <date>" ends too; `resumable`: not an anticoagulant, which a
    question about taking it up again must not hide)."""
    left, right = clause_bounds(text, start, end)
    if next_start > right and rx["said_in_next_clause"].match(folded, right):
        right = min(clause_bounds(text, right + 1, right + 1)[1], next_start)  # "…depuis 2022 ; suspendu depuis…"
    if next_start < right and (_PREDICATE.search(folded, end, next_start) or (
            not next_same and _OWN_POSOLOGY.search(folded, end, next_start)
            and not _PLURAL_PREDICATE.search(folded, next_start, right)
            and not (_COMBINED_WITH_NEXT.search(folded, end, next_start) and not _PREDICATE.search(folded, next_start, right)))):
        # "Triatec repris, Lasilix non repris", "Eliquis 5 mg, Tahor arrêté": each its own ("Eliquis, Xarelto
        # arrêtés", "Tahor 20 mg et Lasilix 40 mg arrêtés": both; and a combination told as a whole: "Carboplatine
        # AUC5 + étoposide : 4 cures de 12/2024 à 02/2025")
        right = next_start
    before = folded[max(left, start - BEFORE_WINDOW):start]
    aside = _ASIDE_AFTER.match(folded, end)  # an aside right after the mention does not use up the reach
    after = folded[end:min(right, end + AFTER_WINDOW + (aside.end() - end if aside else 0))]
    past_aside = aside.end() - end if aside and aside.end() - end <= len(after) else 0
    plan_after = _PLAN_WINDOW_END.split(after[past_aside:past_aside + PLAN_AFTER_WINDOW], 1)[0]
    header = list_header(text, start)
    # its last clause, bracketed asides left out ("Traitement habituel (pas de changement récent) :")
    governing = _LAST_CLAUSE.split(_ASIDE.sub("", header.text))[-1] if header.text and not header.title else ""
    denied = bool(governing and rx["denying_list"].search(governing))
    line_start = text.rfind("\n", 0, start) + 1
    # named as the latest state: listed as taken now, or what followed ("…, puis pémétrexed seul")
    latest = bool(rx["current_list"].match(folded, line_start, start)
                  or (header.text and rx["current_list"].match(header.text)) or rx["follows_before"].search(before)
                  or _in_current_table(folded, line_start, rx))
    stop_ahead = bool(rx["stop_ahead_after"].search(after) or rx["stop_ahead_before"].search(before)
                      # a relay still to be discussed: "Relais du Prolia par Xgeva à discuter" (the Prolia goes on)
                      # ... or organised for a procedure to come: "Le relais de la Coumadine en cas de geste devra
                      # être organisé avec son cardiologue"
                      or (rx["relay_of_before"].search(before) and (rx["planned_after"].search(after)
                                                                     or rx["needed_after"].match(after)
                                                                     or rx["conditional_before"].search(after)))
                      or rx["asked_relay_of_before"].search(folded, max(left, start - RELAY_REACH), start))
    # a bridge told over: the first drug is taken again, the bridging one is over
    bridging = bool(rx["relayed_by"].search(before) and rx["bridge_over"].match(after))
    bridged = (next_start - end < BRIDGE_REACH and rx["relayed_by"].search(folded, end, next_start)
               and rx["bridge_over"].match(folded, _WORD_END.match(folded, next_start).end()))
    resumed = None if bridging else (rx["resumed_after"].search(after) or bridged)
    window = rx["procedure_window_after"].search(after)
    # a pause whose end is still to come leaves the drug not taken now: "Xgeva en pause, reprise prévue en juin",
    # "Verzenios interrompu depuis le 15/04 pour une diarrhée ; il sera repris à dose réduite" (not an anticoagulant,
    # nor a stop around a procedure)
    paused = long_pause or (resumable and not window)
    if resumed and paused and ("reprendre" in resumed.group() or rx["planned_after"].search(after, resumed.end())
                               or rx["resumption_to_come"].search(after)):
        resumed = None
    if resumed and resumable and rx["put_off_resuming"].search(after):
        resumed = None
    resumed_next = next_start >= right and rx["resumed_next_sentence"].match(folded, right, next_start)
    if resumed_next and paused and rx["resumption_to_come"].search(folded, resumed_next.start(),
                                                                  resumed_next.end() + RESUMPTION_REACH):
        resumed_next = None
    temporary_stop = bool(resumed or (not long_pause and window) or resumed_next) and not rx["not_resumed"].search(after)
    finished_course = bool(rx["finished_course"].search(before) and rx["then_after"].search(after)
                           or rx["finished_then_after"].search(after))
    # dated from begin to end, over ("entretien par trastuzumab jusqu'en 03/2023", whatever introduced it)
    line_end = folded.find("\n", end)
    row_after = folded[end:line_end if line_end >= 0 else len(folded)]  # a table row's columns, past any full stop
    ended = bridging or (_course_ended(rx, folded, before, after, row_after, start if course else -1, ends_until)
             and not rx["continued_after"].search(after) and not rx["since_date_after"].match(after))
    # a stop told of it in its own clause, before the next drug ("puis maintenance par Keytruda seul, arrêtée en
    # septembre"): what named it as taken no longer stands (not for an anticoagulant, as for "jusqu'au")
    stop_told = ends_until and _cue_within("stopped_later", folded, end, min(right, next_start, end + AFTER_WINDOW))
    earlier_line = _earlier_line(rx, folded, before, line_start if course else -1, start)  # (its maintenance too)
    current = stop_ahead or temporary_stop or (
        not (finished_course or ended or stop_told or earlier_line or rx["never_started"].search(after)
             or rx["stop_told_right_after"].match(after)) and bool(
            rx["current_before"].search(before) or rx["maintenance_after"].match(after)
            or rx["continued_right_after"].match(after)
            or (rx["since_after"].match(after) and not rx["denied_right_before"].search(before))))
    # a course told before the drug ("traitée 3 mois par", "4 cures de") may be said carried on after it
    told_course = bool(rx["stopped_before"].search(before) or finished_course)
    once = not current and not rx["stop_denied_after"].search(after) and bool(
        rx["once_before"].search(before) or rx["once_after"].search(after)
        or rx["one_dated_dose_before"].search(before) and rx["dated_right_after"].match(after)
    ) and not rx["rhythm_after"].search(after)
    stopped = not current and not rx["stop_denied_after"].search(after) and bool(
        ended or earlier_line or
        rx["stopped_right_after"].match(after) or (told_course and not rx["continued_after"].search(after))
        or _cue_within("stopped_later", folded, end, min(right, end + AFTER_WINDOW))
        or bool(governing and rx["stopping_list"].search(governing))
        or bool(rx["stopping_line_label"].match(folded, line_start, start))
        or _stopped_in_row(text, folded, end, rx, long_pause))
    # a one-off dose told not carried on, anywhere in its clause, is stopped: "une injection unique en 2022 lors d'une
    # hypercalcémie, pas de traitement d'entretien"
    stopped = stopped or (once and bool(rx["stopped_after"].search(folded, end, min(right, next_start))))
    once = once and not stopped
    # (denied now, whatever comes later: "Pas de bisphosphonate pour l'instant : Prolia prévu après l'avis dentaire")
    denied_now = bool(rx["denied_right_before"].search(before) and rx["now_after"].match(after)
                      or rx["not_yet_before"].search(before))
    planned = not stop_ahead and not denied_now and not rx["refused"].search(after) and bool(
        rx["planned_after"].search(plan_after) or rx["planned_after_comma"].match(after)
        or _planned_in_row(text, folded, end, rx)
        or rx["asked_relay_by_before"].search(folded, max(left, start - RELAY_REACH), start)
        or (resumable and folded[end:right + 1].rstrip().endswith("?") and (
            rx["resume_before"].search(before) or rx["option_after"].match(after) or rx["option_before"].search(before)))
        # not across a bracket, a cause or an exception ("contre-indication aux AINS car anticoagulé", "pas de
        # contre-indication à la biopsie en dehors de l'Eliquis")
        or (rx["planned_before"].search(_NEW_PROPOSITION.split(before[before.rfind("(") + 1:])[-1])
            and not rx["continued_plan_after"].search(after) and not rx["taken_under"].search(before))
        or (rx["project_label"].search(before) and not rx["ongoing_after"].search(after)))
    doubt = bool(rx["doubt_after"].search(folded[end:end + 12]) or _doubt_in_clause(folded, left, right, start, end)
                 or rx["conditional_before"].search(folded, left, start)
                 or (next_start >= right and rx["doubted_next_sentence"].match(folded, right, next_start)))
    # (a line going on in lower case continues the family line above it: "sa sœur, suivie pour un⏎cancer mammaire")
    family_start = text.rfind("\n", 0, line_start - 1) + 1 if text[line_start:line_start + 1].islower() else line_start
    family_line = rx["family_line"].match(folded, family_start, start)
    relatives = list(rx["other_person"].finditer(folded, left, start))
    other_person = bool((relatives and not _patient_again(rx, folded, relatives[-1].end(), start))
                        or (family_line and not rx["family_line_end"].search(folded, family_line.end(), start))
                        or (header.text and not header.title and rx["family_line"].fullmatch(header.text)))
    condition = bool(rx["condition_of_denial"].search(before) or rx["denied_stop"].search(before))
    return denied, latest, current, stopped, planned, doubt, other_person, condition, once


def _patient_again(rx: dict, folded: str, after_relative: int, start: int) -> bool:
    """Whether the patient is named again between a relative and the mention; a pronoun in an aside opened after the
    relative is the relative's ("Père décédé d'un infarctus à 70 ans (il était sous Kardégic)")."""
    again = rx["patient_again"].search(folded, after_relative, start)
    return bool(again) and not (again.group() in ("il", "elle")
                                and folded.rfind("(", after_relative, again.start()) > folded.rfind(")", after_relative,
                                                                                                 again.start()))


def _course_ended(rx: dict, folded: str, before: str, after: str, row_after: str, start: int, until: bool) -> bool:
    """A course dated from begin to end (or, for a course starting at `start` >= 0, on a line telling such a period;
    or, when `until`, given until a date), which ended before the latest date the letter names."""
    dates = (rx["course_dates_after"].match(after) or rx["course_cycles_dates_after"].match(after)
             or rx["course_table_dates_after"].match(row_after)
             or rx["course_in_year_after"].match(after)
             or (until and rx["course_until_after"].match(after))
             or rx["course_dates_before"].search(before)
             or (start >= 0 and rx["course_dates_line"].match(folded, folded.rfind("\n", 0, start) + 1, start)))
    return bool(dates) and _month(rx, dates.group("end")) < _latest_month(folded)


def _line_number(match: re.Match) -> int:
    groups = match.groupdict()
    number = groups.get("number") or groups.get("short") or groups.get("lead")
    return int(number) if number else patterns.line_words[match.group("word")]


def _earlier_line(rx: dict, folded: str, before: str, line_start: int, start: int) -> bool:
    """Introduced by a line of treatment ("1re ligne : sunitinib"), or, for a course (`line_start` >= 0), on a
    history line opening on one ("- 1L carboplatine-paclitaxel-pembrolizumab x 4 puis pembro maintenance"), when
    the letter tells a later one."""
    line = rx["line_before"].search(before) or (line_start >= 0 and (rx["line_opening"].match(folded, line_start, start)
                                                                    or rx["line_lead"].match(folded, line_start)))
    return bool(line) and _line_number(line) < _latest_line(folded)


@lru_cache(maxsize=16)
def _latest_line(folded: str) -> int:
    """The latest line of treatment the letter tells as given (not one only planned: "une 2e ligne est proposée")."""
    rx = _compiled()
    def planned(line: re.Match) -> bool:
        after = _SENTENCE_PART.split(folded[line.end():line.end() + PLAN_AFTER_WINDOW], 1)[0]
        before = _SENTENCE_PART.split(folded[max(0, line.start() - BEFORE_WINDOW):line.start()])[-1]
        # (or told before it: "en cas de progression, le sotorasib pourra être discuté en deuxième ligne")
        return bool(rx["planned_after"].search(after) or rx["planned_before"].search(before)
                    or rx["planned_after"].search(before) or rx["conditional_line"].search(before))

    lines = [*rx["line"].finditer(folded), *rx["line_lead"].finditer(folded)]
    return max((_line_number(m) for m in lines if not planned(m)), default=0)


def _month(rx: dict, written: str) -> tuple[int, int]:
    """(year, month) of "06/2022", "12/03/2024", "juillet 2026" or "2022" (December: the year's end)."""
    match = rx["dated"].search(written)
    if match.group("month_name"):
        name = match.group("month_name").rstrip(".")  # an abbreviation names the first month it begins
        return int(match.group("year")), next(i for i, month in enumerate(patterns.month_names) if month.startswith(name)) + 1
    return int(match.group("year")), int(match.group("month") or 12)


@lru_cache(maxsize=16)
def _latest_month(folded: str) -> tuple[int, int]:
    """The latest (year, month) the letter names: the letter's date, or a later one."""
    rx = _compiled()
    months = [_month(rx, m.group(0)) for m in rx["dated"].finditer(folded)
              if m.group("month") or m.group("month_name")]  # a bare year may be a postcode
    return max(months, default=(0, 0))


_END_COLUMN = re.compile(r"fin|arret|date (?:de fin|d'arret)|stop|jusqu'au|termine(?: le)?")
_DATED_LINE = re.compile(rf"[^\S\n]*(?:[-•*–][^\S\n]*)?(?:en |le |depuis )?(?P<date>(?:\d{{1,2}}/)?(?:\d{{1,2}}/)?\d{{4}}"
                         rf"|(?:\d{{1,2}}(?:er)? )?(?:{'|'.join(patterns.month_names)}) \d{{4}})[^\S\n]*[:–|,-]")


def on_earlier_dated_line(folded: str, start: int) -> bool:
    """Whether `start` lies on a history line opening on a date earlier than the latest the letter names
    ("- 07/2023 : dorsalgies d'horaire inflammatoire…", "Septembre 2022 - TEP…, sans douleur", "06/2022 | Douleur…",
    "Le 3 mars 2025, il a présenté…" in a letter of 2026)."""
    line = _DATED_LINE.match(folded, folded.rfind("\n", 0, start) + 1, start)
    return bool(line) and _month(_compiled(), line.group("date")) < _latest_month(folded)


def _stopped_in_row(text: str, folded: str, end: int, rx: dict, long_pause: bool) -> bool:
    """In a table row ("Paclitaxel | 07/2024 | arrêté 01/2025"), a stop in a later cell stops the row's drugs (not a
    stop denied, to come, or of a phase: "| 1 cp x2 (dose de charge terminée le 12/10)"), and so do a period in a cell
    and a date under an end column ("Médicament | Début | Fin" then "Prolia 60 mg | 2020 | 03/2025") ended before the
    letter's latest date."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if "|" not in text[end:line_end]:
        return False
    cells = folded[end:line_end].split("|")[1:]
    if any(rx["stopped_after"].search(cell.strip()) and not rx["stop_denied_after"].search(cell)
           and not _stop_to_come(rx, cell, long_pause) for cell in cells):
        return True
    if any((period := rx["cell_period"].match(cell)) and _month(rx, period.group("end")) < _latest_month(folded)
           for cell in cells):
        return True
    line_start = text.rfind("\n", 0, end) + 1
    column = _end_column(folded, line_start)
    cells = folded[line_start:line_end].split("|")
    ended = rx["dated"].search(cells[column]) if column is not None and column < len(cells) else None
    return bool(ended) and _month(rx, ended.group(0)) < _latest_month(folded)


def _planned_in_row(text: str, folded: str, end: int, rx: dict) -> bool:
    """In a table row, a later cell opening on a plan makes the row's drugs planned ("Traitement à visée osseuse
    (BP / dénosumab) | À discuter")."""
    line_end = text.find("\n", end)
    cells = folded[end:line_end if line_end >= 0 else len(text)].split("|")[1:]
    return any(rx["planned_after"].match(cell.strip()) and not rx["stopped_after"].search(cell)
               and not _stop_to_come(rx, cell, False) for cell in cells)  # not "| prévu : arrêt 48 h avant"


def _stop_to_come(rx: dict, words: str, long_pause: bool) -> bool:
    """A stop still to come, or for the short window of a procedure ("arrêt 48 h avant le geste")."""
    return bool(rx["stop_ahead_after"].search(words) or (not long_pause and rx["procedure_window_after"].search(words)))


def _table_start(folded: str, line_start: int) -> int:
    """Where the table holding the line starting at `line_start` begins (its first line with cells)."""
    header_start = line_start
    while header_start > 0:
        previous_start = folded.rfind("\n", 0, header_start - 1) + 1
        if "|" not in folded[previous_start:header_start - 1]:
            break
        header_start = previous_start
    return header_start


def _in_current_table(folded: str, line_start: int, rx: dict) -> bool:
    """Whether the line is a row of a table titled as what is taken now ("Ordonnance en cours" above "Médicament |
    Posologie")."""
    if "|" not in folded[line_start:folded.find("\n", line_start)]:
        return False
    table_start = _table_start(folded, line_start)
    title_start = folded.rfind("\n", 0, max(0, table_start - 1)) + 1
    return table_start > 0 and bool(rx["current_table_title"].fullmatch(folded, title_start, table_start - 1))


def _end_column(folded: str, line_start: int) -> int | None:
    """The index of the end column ("Fin", "Arrêt", "Date d'arrêt") in the header of the table holding the line
    starting at `line_start` (its first line with cells)."""
    header_start = _table_start(folded, line_start)
    if header_start == line_start:
        return None
    header = folded[header_start:folded.find("\n", header_start)]
    return next((index for index, cell in enumerate(header.split("|")) if _END_COLUMN.fullmatch(cell.strip())), None)


def _joined_runs(doc: Doc) -> list[list[Span]]:
    """Same-label mentions with only a joiner between them: a name and its synonym in brackets
    ("dénosumab (Xgeva)"), or the drugs of a combination ("carboplatine-paclitaxel-pembrolizumab")."""
    text = text_of(doc)
    spans = sorted(all_mentions(doc), key=lambda s: s.start_char)
    runs = [spans[:1]] if spans else []
    for first, second in zip(spans, spans[1:]):
        # (a synonym's closing bracket before the joiner: "pémétrexed (Alimta) + pembrolizumab")
        if text[first.end_char:second.start_char].replace(")", " ").strip() in _JOINED and first.label_ == second.label_:
            runs[-1].append(second)
        else:
            runs.append([second])
    return runs


def _stop_courses_followed_by_others(folded: str, runs: list[list[Span]], labels: set[str],
                                     open_ended: tuple[str, ...]) -> None:
    """A course followed by another in the same clause is over: "EC puis paclitaxel", "carboplatine-paclitaxel
    hebdomadaire, puis durvalumab de consolidation" (unless the next one is only planned, or its stop ahead; and
    not an anticoagulant followed by another kind of drug: "Eliquis 5 mg x2 puis Kardégic" may be a list)."""
    for run, following in zip(runs, runs[1:]):
        nxt = following[0]
        if run[-1].label_ not in labels or nxt.label_ != run[-1].label_ or nxt._.rcp_planned:
            continue
        if run[-1].kb_id_.startswith(open_ended) and not nxt.kb_id_.startswith(open_ended):
            continue
        gap = folded[run[-1].end_char:nxt.start_char]
        if len(gap) <= FOLLOWED_GAP_MAX_LENGTH and _FOLLOWED_BY.match(gap):
            for span in run:
                span._.rcp_stopped = span._.rcp_stopped or not span._.rcp_current


def _share_within_runs(runs: list[list[Span]]) -> None:
    """The mentions of a run say the same thing: they share stop and plan (a drug of the combination named
    again after it, "puis pémétrexed seul", is current)."""
    for run in runs:
        if len(run) == 1:
            continue
        for attr in ("rcp_stopped", "rcp_planned"):
            if any(getattr(span._, attr) for span in run):
                for span in run:
                    setattr(span._, attr, True)


def _share_current_within_runs(runs: list[list[Span]]) -> None:
    """... and being taken now, when none of them is stopped ("maintenance par pémétrexed (Alimta) + pembrolizumab
    (Keytruda)"; not "relais par énoxaparine (Lovenox) du 11/05 au 13/05, puis par apixaban")."""
    for run in runs:
        if any(span._.rcp_current for span in run) and not any(span._.rcp_stopped for span in run):
            for span in run:
                span._.rcp_current = True


_DICTATED_STOP = re.compile(patterns.dictated_stop)
_HYPHENATED_START = re.compile(patterns.hyphenated_sentence_start)


class SentenceStarts:
    """Starts a sentence where EDS-NLP's sentences run on although the letter starts a new statement, so that
    its qualifiers' reach stops there: at each line that begins in lower case yet follows a paragraph or a list
    item (EDS-NLP takes it for a wrapped line): a letter typed in lower case, or dictated paragraphs; after each
    full stop dictated as a word ("… point sur le plan familial …"); after a full stop before a hyphenated word
    ("Elle-même"); and at each form field's label in the middle of a line ("Anticoagulant : Préviscan
    Antiagrégant : non")."""

    def __init__(self, nlp, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        stops = [match.end() + 1 for match in _DICTATED_STOP.finditer(text)]
        stops += [match.start() for match in _HYPHENATED_START.finditer(text)]
        for start in [*lower_case_paragraph_starts(text), *stops, *field_starts(text)]:
            first = doc.char_span(start, start + 1, alignment_mode="expand")
            if first is not None:
                doc[first.start].is_sent_start = True
        return doc


class FamilyAsSource:
    """Unsets Span._.family where every family cue EDS-NLP found tells who reports, not whose history ("la
    famille rapporte des réveils nocturnes"), or where the patient is named again after the last cue ("père
    décédé d'une EP. Le patient est lui-même sous Eliquis") (needs eds.family with explain=True)."""

    def __init__(self, nlp, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        folded = fold(text_of(doc))
        source, patient = _compiled()["family_as_source"], _compiled()["patient_named"]
        for span in all_mentions(doc):
            cues = span._.family_cues
            if span._.family and cues and (
                    all(source.search(folded, max(0, cue.start_char - SOURCE_REACH), cue.end_char + 12) for cue in cues)
                    or patient.search(folded, max(cue.end_char for cue in cues), span.start_char)):
                span._.family = False
        return doc
