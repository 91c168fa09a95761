"""What every field extractor shares: evidence, the polarity of a mention, and the status it implies."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.fields.forms import patterns as form_patterns
from pipeline.fields.context import patterns as context_patterns

RCP_SPANS = "rcp"  # doc.spans key holding every term our matchers find
TEXT = "rcp_text"  # doc.user_data key: the letter's text, kept once (see text_of)


@dataclass(frozen=True)
class Evidence:
    """Where a value comes from: character offsets in the document text, and the words."""

    start: int
    end: int
    quote: str
    page: int = 1  # filled in by the record builder, which knows the pages

    @classmethod
    def of(cls, span: Span) -> "Evidence":
        return cls(span.start_char, span.end_char, span.text)


AFFIRMED, DENIED, DOUBTFUL, IGNORED = "affirmed", "denied", "doubtful", "ignored"


def doubted(span: Span) -> bool:
    """Said with doubt or as a hypothesis: a stop said so ("il aurait pu être arrêté", "en cas de geste,
    arrêt du Xarelto") is no stop."""
    return bool(span._.hypothesis or span._.rcp_doubt)


_POLARITIES = "rcp_polarities"  # doc.user_data key: {(start, end, label): polarity}


def polarity(span: Span) -> str:
    """How a mention speaks of the patient now: affirmed, denied (or stopped), doubtful, or ignored.

    Family history, plans, form labels and unticked boxes say nothing of the patient's present state.
    Read by the extractors, once the qualifiers have all run: kept per mention, as several ask.
    """
    known = span.doc.user_data.setdefault(_POLARITIES, {})
    key = (span.start, span.end, span.label_)
    if key not in known:
        known[key] = _polarity(span)
    return known[key]


def _polarity(span: Span) -> str:
    ext = span._  # one accessor: spaCy makes a new one at each `span._`
    doubt = ext.hypothesis or ext.rcp_doubt
    # (a one-off past dose is no treatment taken, nor one stopped, unless told with doubt)
    if ext.family or ext.rcp_other_person or ext.rcp_planned or (ext.rcp_once and not doubt) or ext.rcp_form_role in (
            "label", "unticked"):
        return IGNORED
    if on_department_line(text_of(span.doc), span.start_char):
        return IGNORED
    if (ext.negation and not ext.rcp_condition) or ext.rcp_denied or (ext.rcp_stopped and not doubt):
        # (denied in an earlier conclusion the letter quotes: what it tells since decides)
        return IGNORED if ext.rcp_quoted else DENIED
    if doubt:
        return DOUBTFUL
    return AFFIRMED


# A letterhead's list of departments, each over its doctors: "Radiothérapie⏎Dr J.-C. Técher⏎Douleur et soins palliatifs".
_DEPARTMENT_LINE = re.compile(r"[^\S\n]*[A-ZÀ-Ý][^\W\d_]*(?:[^\S\n]+[^\W\d_]+){0,4}[^\S\n]*(?:\n[^\S\n]*"
                              r"(?:Dr|Pr|Docteur|Professeur|Dresse)\b\.?[^\S\n]+[A-ZÀ-Ý]"
                              # (or "Douleur : Dr J. Le Duff", the line holding only the name)
                              r"|:[^\S\n]*(?:Dr|Pr|Docteur|Professeur|Dresse)\b\.?(?:[^\S\n]+[A-ZÀ-Ý][\w.'-]*){1,4}[^\S\n]*(?:\n|$))")


def on_department_line(text: str, offset: int) -> bool:
    """Whether `offset` lies on a department's name in a letterhead (a short title over a doctor's name): it tells
    nothing of the patient."""
    return bool(_DEPARTMENT_LINE.match(text, text.rfind("\n", 0, offset) + 1))


_QUOTED_LINE = re.compile(r"[^\S\n]*>")


def on_quoted_line(text: str, offset: int) -> bool:
    """Whether `offset` lies on a line quoted from an earlier e-mail ("> Pas d'anticoagulant."): what the
    reply above it says is newer."""
    return bool(_QUOTED_LINE.match(text, text.rfind("\n", 0, offset) + 1))


def resolve_status(polarities: Iterable[str], *, doubt_wins_over_denial: bool = False) -> str:
    """The contract's status from the polarities of the mentions of one item."""
    seen = set(polarities) - {IGNORED}
    if AFFIRMED in seen and DENIED in seen:
        return "conflicting"
    if AFFIRMED in seen:
        return "present"
    if DOUBTFUL in seen and (doubt_wins_over_denial or DENIED not in seen):
        return "uncertain"
    if DENIED in seen:
        return "absent"
    return "unknown"


# doc.user_data keys, kept by add_mentions beside doc.spans['rcp']: walking a span group makes a new
# Span object per mention at every pass.
_ALL, _BY_LABEL = "rcp_mentions", "rcp_mentions_by_label"


def all_mentions(doc: Doc) -> list[Span]:
    """Every span of doc.spans['rcp'], in text order."""
    return doc.user_data.get(_ALL, [])


def mentions(doc: Doc, *labels: str) -> list[Span]:
    """Our matched spans with one of `labels`, in text order."""
    by_label = doc.user_data.get(_BY_LABEL, {})
    found = [span for label in dict.fromkeys(labels) for span in by_label.get(label, ())]
    return sorted(found, key=lambda s: s.start) if len(labels) > 1 else found


def text_of(doc: Doc) -> str:
    """doc.text, kept once per document (analyse() hands it over): spaCy joins it again from every
    token at each access, which costs milliseconds per letter when read once per mention."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


class FieldExtractor:
    """Base of the item extractors: `extract(doc)` returns {item name: record value}, stored in doc._.rcp."""

    def __init__(self, nlp, name: str):
        self.name = name
        if not Doc.has_extension("rcp"):
            Doc.set_extension("rcp", default=None)

    def extract(self, doc: Doc) -> dict:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        if doc._.rcp is None:
            doc._.rcp = {}
        doc._.rcp.update(self.extract(doc))
        return doc


# Not after an initial ("Dr P. Martin"), nor an abbreviation's dot before a lower-case word ("face post. cuisse").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?:[!?]|\.(?![^\S\n]+[a-zà-ÿ]))(?=\s)|\n[^\S\n]*\n|"
                           + context_patterns.dictated_stop)
_LINE_STARTS_ITEM = re.compile(r"[^\S\n]*(?:[-•*–☒☐]|[A-ZÀ-Ý][^:\n|]{0,40}[:|])")
_NEWLINE = re.compile("\n")
_NEWLINE_BEFORE_LOWER = re.compile(r"\n(?=[a-zà-ÿ(])")
WRAPPED_LINE_MIN_LENGTH = 60  # a longer line ending without punctuation was wrapped by the layout


PRINTED_LINE_MAX_LENGTH = 130  # a longer line is a whole paragraph, unless many lines share its length (_in_layout)
LAYOUT_LENGTH_SPREAD, LAYOUT_MIN_LINES, LAYOUT_MIN_SHARE = 0.08, 5, 0.4  # lines of a printed page: near one width
SHORT_LINE_RATIO = 0.5  # a line under half the letter's usual width was not wrapped: an item or a heading


@lru_cache(maxsize=16)
def _usual_line_width(text: str) -> int:
    """The length most of the letter's lines reach (its 90th percentile): a page's width for a layout."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def paragraph_ends_before_lower_case(text: str, at: int) -> bool:
    """Whether the line ending at `at` ends although the next one starts in lower case: a line longer than
    any printed line (a Word paragraph, dictated text), or one far shorter than the letter's usual
    width (a list item or heading in a letter typed in lower case: "sintrom 4 mg selon inr"; a blank line)."""
    line = text[text.rfind("\n", 0, at) + 1:at].rstrip()
    if len(line) > PRINTED_LINE_MAX_LENGTH:
        return not _in_layout(text, len(line))
    return len(line) < SHORT_LINE_RATIO * _usual_line_width(text)


@lru_cache(maxsize=64)
def _in_layout(text: str, length: int) -> bool:
    """Whether many of the letter's lines share this length: a page printed in small type (an OCR'd fax may
    hold 150 characters a line), not paragraphs of every length."""
    lengths = [len(line.rstrip()) for line in text.split("\n") if len(line.strip()) >= WRAPPED_LINE_MIN_LENGTH]
    alike = sum(1 for other in lengths if abs(other - length) <= LAYOUT_LENGTH_SPREAD * length)
    return alike >= LAYOUT_MIN_LINES and alike >= LAYOUT_MIN_SHARE * len(lengths)


# A line of text ending on a small word that needs the next one was wrapped (written in lower case: "Dr Le" ends a line).
_WORD_NEEDING_NEXT = re.compile(r"\S\s(?:de|d'|du|des|le|la|les|l'|un|une|à|au|aux|et|ou|par|pour|en|sur|sous|dans"
                                r"|avec|son|sa|ses|ce|cette|qui|que)$")
_VALUE_LINE = re.compile(r"[^\S\n]*[<>≤≥]?[^\S\n]*\d+(?:[.,]\d+)?[^\S\n]*(?:%|/10|\+)?[^\S\n]*(?:\n|$)")


def _newline_breaks(text: str, at: int) -> bool:
    """Whether the line break at `at` ends a sentence: it does unless the line was wrapped by the layout
    (a long line going on in lower case, or one not ending in punctuation that the next line continues)."""
    if text[:at].rstrip(" \t").endswith(":") and _VALUE_LINE.match(text, at + 1):
        return False  # a label's value wrapped alone onto the next line ("PD-L1 :⏎0 %")
    if _LINE_STARTS_ITEM.match(text, at + 1) or at in unpunctuated_breaks(text):
        return True
    next_end = text.find("\n", at + 1)
    if "|" in text[text.rfind("\n", 0, at) + 1:at] and "|" in text[at + 1:next_end if next_end >= 0 else len(text)]:
        return True  # rows of a table
    line = text[text.rfind("\n", 0, at) + 1:at].rstrip()
    if _WORD_NEEDING_NEXT.search(line):
        return False  # "révélée sur le⏎Scanner de suivi", in a narrow column
    following = text[at + 1:at + 2]
    if following and following in "<>≤≥=%,;)":
        return False  # no sentence starts on these: "IHC : RE 40 %, RP⏎< 1 %"
    if following.islower() or following == "(":
        return paragraph_ends_before_lower_case(text, at)
    return not (len(line) >= WRAPPED_LINE_MIN_LENGTH and line[-1:] not in ".:;!?|")


@lru_cache(maxsize=16)
def lower_case_paragraph_starts(text: str) -> list[int]:
    """Where a line starting in lower case begins a new sentence (see paragraph_ends_before_lower_case), or a line
    of dictation left without punctuation (see unpunctuated_breaks)."""
    return sorted([match.start() + 1 for match in _NEWLINE_BEFORE_LOWER.finditer(text)
                   if paragraph_ends_before_lower_case(text, match.start())]
                  + [at + 1 for at in unpunctuated_breaks(text)])


_PUNCTUATION = re.compile(r"[.,;:!?]")
_DICTATED_PUNCTUATION = re.compile(rf"\bvirgule\b|{context_patterns.dictated_stop}")
UNPUNCTUATED_RUN_MIN_LINES = 3
# A line ending on a word that needs the next one goes on ("… Prolia comme dit plus haut pas⏎d'anticoagulant").
_OPEN_LINE_END = re.compile(r"(?:^|\s)(?:pas|plus|jamais|ni|sans|de|d'|du|des|le|la|les|l'|un|une|a|à|au|aux|et|ou|par"
                            r"|pour|en|sur|sous|dans|avec|son|sa|ses|ce|cette|qui|que|est|sont|été|très|[\d,]+)$",
                            re.IGNORECASE)


@lru_cache(maxsize=16)
def unpunctuated_breaks(text: str) -> frozenset[int]:
    """The line breaks inside a run of three or more lines without any punctuation (a letter dictated to voice
    recognition and left unpunctuated, wrapped by the layout): each ends a statement, so that a denial or a
    hypothesis does not reach the whole letter, unless its line ends on a word that needs the next one (none when
    the punctuation was dictated as words)."""
    breaks, run, offset = set(), [], 0
    if _DICTATED_PUNCTUATION.search(text):
        return frozenset()  # punctuation dictated as words ("virgule", "point à la ligne") ends its statements
    for line in text.split("\n") + [""]:
        if line.strip() and not _PUNCTUATION.search(line):
            run.append((offset + len(line), line))
        else:
            if len(run) >= UNPUNCTUATED_RUN_MIN_LINES:
                breaks.update(end for end, content in run[:-1] if not _OPEN_LINE_END.search(content.rstrip())
                              and content.count("(") <= content.count(")"))  # a bracket left open goes on
            run = []
        offset += len(line) + 1
    return frozenset(breaks)


_LABEL_AFTER_GAP = re.compile(form_patterns.label_after_gap)
_LABEL_AFTER_SPACE = re.compile(form_patterns.label_after_space)


@lru_cache(maxsize=16)
def field_starts(text: str) -> list[int]:
    """Where a form field's label starts in the middle of a line ("Tabac : non      Traitement : Eliquis"): the
    cues of the field before it do not reach past it. After a single space, only on a line that already holds a
    label ("Merci de discuter en RCP : …" is a sentence)."""
    after_space = [match.end() for match in _LABEL_AFTER_SPACE.finditer(text)
                   if ":" in text[text.rfind("\n", 0, match.start()) + 1:match.start()]]
    return sorted({match.end() for match in _LABEL_AFTER_GAP.finditer(text)}.union(after_space))


@lru_cache(maxsize=16)
def _breaking_newlines(text: str) -> list[int]:
    """Where the line breaks that end a sentence are, found once per letter."""
    newlines = (match.start() for match in _NEWLINE.finditer(text))
    return [index for index in newlines if _newline_breaks(text, index)]


@lru_cache(maxsize=16)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the sentence-ending punctuation and blank lines, found once per letter."""
    matches = list(_SENTENCE_END.finditer(text))
    return [m.start() for m in matches], [m.end() for m in matches]


@lru_cache(maxsize=16)
def unwrapped(text: str) -> str:
    """The text with the line breaks of wrapped lines made spaces (same length: offsets kept), so that a
    cue written across a PDF line break still matches."""
    chars = list(text)
    breaking = set(_breaking_newlines(text))
    for match in _NEWLINE.finditer(text):
        if match.start() not in breaking:
            chars[match.start()] = " "
    return "".join(chars)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): EDS-NLP splits at every capitalised line, which cuts the
    wrapped lines of PDF letters; this keeps them, and still stops at headings, form lines and table rows."""
    starts, ends = _sentence_ends(text)
    newlines = _breaking_newlines(text)
    before = bisect.bisect_right(ends, start) - 1
    newline_before = bisect.bisect_left(newlines, start) - 1
    left = max(ends[before] if before >= 0 else 0, newlines[newline_before] + 1 if newline_before >= 0 else 0)
    after = bisect.bisect_left(starts, end)
    newline_after = bisect.bisect_left(newlines, end)
    right = min(ends[after] if after < len(ends) else len(text),
                newlines[newline_after] if newline_after < len(newlines) else len(text))
    return left, right


def add_mentions(doc: Doc, spans: Iterable[Span]) -> None:
    """Add spans to doc.spans['rcp'], keeping the whole group in text order: EDS-NLP's
    qualifiers walk it sentence by sentence and skip the spans that come out of order."""
    merged = doc.user_data[_ALL] = sorted([*all_mentions(doc), *spans], key=lambda s: (s.start, s.end))
    doc.spans[RCP_SPANS] = merged
    by_label = doc.user_data[_BY_LABEL] = {}
    for span in merged:
        by_label.setdefault(span.label_, []).append(span)


def char_mention(doc: Doc, start: int, end: int, label: str, kb_id: str = "") -> Span | None:
    """A mention over [start, end) of text_of(doc) (a regex match on folded text), widened to whole tokens."""
    return doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")


NOT_KNOWN_ANSWER = re.compile(r"^(?:" + "|".join(form_patterns.not_known_answers) + r")")
_ANSWER_MEANINGS = (
    # not known, but to be checked: a doubt ("☒ NSP – à confirmer avec le cardiologue")
    (re.compile(NOT_KNOWN_ANSWER.pattern + r"\W+(?:" + "|".join(form_patterns.doubt_answers) + r")"), DOUBTFUL),
    (NOT_KNOWN_ANSWER, None),
    (re.compile(r"^(?:" + "|".join(form_patterns.doubt_answers) + r")"), DOUBTFUL),
    (re.compile(r"^(?:" + "|".join(form_patterns.no_answers) + r")\b" + form_patterns.doubt_after_answer), DOUBTFUL),
    (re.compile(r"^(?:" + "|".join(form_patterns.no_answers) + r")\b"), DENIED),
    (re.compile(r"^(?:" + "|".join(form_patterns.yes_answers) + r")\b"), AFFIRMED),
)


def answer_polarity(answer: str) -> str | None:
    """What a form answer (folded) says: "oui" affirms, "non"/"aucun" denies, "?"/"à vérifier" doubts (also
    after "ne sait pas"); None for "ne sait pas" alone (nothing known of the patient) and any other answer
    (an option naming something)."""
    for rx, meaning in _ANSWER_MEANINGS:
        if rx.match(answer):
            return meaning
    return None


NUMBER_WORDS = {  # French numbers in words, as dictated (Belgian and Swiss tens too)
    "zero": 0,
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80,
    "nonante": 90, "cent": 100,
}


_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# A French number in words, as a regex source: "cinq", "quarante-deux", "soixante et onze", "quatre-vingt-dix".
SPELLED_NUMBER = rf"(?:quatre-vingts?|{_NUMBER_WORD})(?:[- ](?:et[- ])?(?:{_NUMBER_WORD}))*\b"


def spelled_number(words: str) -> int:
    """The value of a French number in words: "soixante-dix-sept" 77, "quatre-vingt-deux" 82, "septante et un" 71."""
    parts = [w for w in re.split(r"[- ]+", words) if w != "et"]
    if parts[:2] in (["quatre", "vingt"], ["quatre", "vingts"]):
        parts = ["huitante", *parts[2:]]
    return sum(NUMBER_WORDS[part] for part in parts)


def alternation(cues: Iterable[str]) -> str:
    """The regex source matching any of a cue list (each entry a regex, as written in a patterns.py)."""
    return "|".join(f"(?:{cue})" for cue in cues)


def cue_regex(cues: Iterable[str], flags: int = 0) -> re.Pattern:
    """One compiled regex matching any of a cue list."""
    return re.compile(alternation(cues), flags)


_GROUP_NAME = re.compile(r"\(\?P<\w+>")


def without_group_names(pattern: str) -> str:
    """A regex source with its named groups made plain, so that several can stand in one alternation."""
    return _GROUP_NAME.sub("(?:", pattern)


class CueTable:
    """Each code's cue regex, searched in one pass over a letter.

    A lookahead over every code's cues finds where any cue starts, and each code's regex is tried
    there only: the same matches as each code's own finditer (code by code, in text order), several
    times faster than scanning the letter once per code.
    """

    def __init__(self, table: dict[str, Iterable[str]], before: str = "", after: str = "", flags: int = 0):
        self.patterns = {code: re.compile(f"{before}(?:{alternation(cues)}){after}", flags)
                         for code, cues in table.items()}
        every = alternation(without_group_names(cue) for cues in table.values() for cue in cues)
        self._starts = re.compile(f"{before}(?=(?:{every}){after})", flags)

    def finditer(self, text: str) -> Iterator[tuple[str, re.Match]]:
        starts = [match.start() for match in self._starts.finditer(text)]
        for code, rx in self.patterns.items():
            resume = 0
            for start in starts:
                if start >= resume and (match := rx.match(text, start)):
                    yield code, match
                    resume = max(match.end(), start + 1)
