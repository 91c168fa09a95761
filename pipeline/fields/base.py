"""What every field extractor shares: evidence, the polarity of a mention, and the status it implies."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from pipeline.fields.forms import patterns as form_patterns

RCP_SPANS = "rcp"  # doc.spans key holding every term our matchers find


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


def polarity(span: Span) -> str:
    """How a mention speaks of the patient now: affirmed, denied (or stopped), doubtful, or ignored.

    Family history, plans, form labels and unticked boxes say nothing of the patient's present state.
    """
    if (span._.family or span._.rcp_other_person or span._.rcp_planned
            or span._.rcp_form_role in ("label", "unticked")):
        return IGNORED
    if span._.negation or span._.rcp_stopped:
        return DENIED
    if span._.hypothesis or span._.rcp_doubt:
        return DOUBTFUL
    return AFFIRMED


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


def mentions(doc: Doc, *labels: str) -> list[Span]:
    """Our matched spans with one of `labels`, in text order."""
    wanted = set(labels)
    return sorted((s for s in doc.spans.get(RCP_SPANS, []) if s.label_ in wanted), key=lambda s: s.start)


def text_of(doc: Doc) -> str:
    """text_of(doc), joined once per document: spaCy rebuilds it from every token at each access,
    which costs milliseconds per letter when read once per mention."""
    text = doc.user_data.get("rcp_text")
    if text is None:
        text = doc.user_data["rcp_text"] = doc.text
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


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?](?=\s)|\n[^\S\n]*\n")  # not after an initial ("Dr P. Martin")
_LINE_STARTS_ITEM = re.compile(r"[^\S\n]*(?:[-•*–☒☐]|[A-ZÀ-Ý][^:\n|]{0,40}[:|])")
WRAPPED_LINE_MIN_LENGTH = 60  # a longer line ending without punctuation was wrapped by the layout


def _newline_breaks(text: str, at: int) -> bool:
    """Whether the line break at `at` ends a sentence: it does unless the line was wrapped by the layout
    (a long line going on in lower case, or one not ending in punctuation that the next line continues)."""
    line = text[text.rfind("\n", 0, at) + 1:at].rstrip()
    following = text[at + 1:]
    if _LINE_STARTS_ITEM.match(following):
        return True
    if following[:1].islower() or following[:1] == "(":
        return False
    return not (len(line) >= WRAPPED_LINE_MIN_LENGTH and line[-1:] not in ".:;!?|")


def unwrapped(text: str) -> str:
    """The text with the line breaks of wrapped lines made spaces (same length: offsets kept), so that a
    cue written across a PDF line break still matches."""
    chars = list(text)
    for index, char in enumerate(chars):
        if char == "\n" and not _newline_breaks(text, index):
            chars[index] = " "
    return "".join(chars)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): EDS-NLP splits at every capitalised line, which cuts the
    wrapped lines of PDF letters; this keeps them, and still stops at headings, form lines and table rows."""
    left = 0
    for match in _SENTENCE_END.finditer(text, max(0, start - 1500), start):
        left = match.end()
    for index in range(start - 1, left - 1, -1):
        if text[index] == "\n" and _newline_breaks(text, index):
            left = index + 1
            break
    right = len(text)
    match = _SENTENCE_END.search(text, end)
    if match:
        right = match.end()
    for index in range(end, right):
        if text[index] == "\n" and _newline_breaks(text, index):
            right = index
            break
    return left, right


def add_mentions(doc: Doc, spans: Iterable[Span]) -> None:
    """Add spans to doc.spans['rcp'], keeping the whole group in text order: EDS-NLP's
    qualifiers walk it sentence by sentence and skip the spans that come out of order."""
    merged = list(doc.spans.get(RCP_SPANS, [])) + list(spans)
    doc.spans[RCP_SPANS] = sorted(merged, key=lambda s: (s.start, s.end))


def char_mention(doc: Doc, start: int, end: int, label: str, kb_id: str = "") -> Span | None:
    """A mention over [start, end) of text_of(doc) (a regex match on folded text), widened to whole tokens."""
    return doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")


_ANSWER_MEANINGS = (
    (re.compile(r"^(?:" + "|".join(form_patterns.unknown_answers) + r")"), DOUBTFUL),
    (re.compile(r"^(?:" + "|".join(form_patterns.no_answers) + r")\b"), DENIED),
    (re.compile(r"^(?:" + "|".join(form_patterns.yes_answers) + r")\b"), AFFIRMED),
)


def answer_polarity(answer: str) -> str | None:
    """What a form answer (folded) says: "oui" affirms, "non"/"aucun" denies, "ne sait pas"/"?" doubts;
    None for any other answer (an option naming something)."""
    for rx, meaning in _ANSWER_MEANINGS:
        if rx.match(answer):
            return meaning
    return None


def cue_regex(cues: Iterable[str]) -> re.Pattern:
    """One regex matching any of a cue list (each entry a regex, as written in a patterns.py)."""
    return re.compile("|".join(f"(?:{cue})" for cue in cues))
