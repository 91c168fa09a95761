"""Reads checkbox forms and "Label : oui/non" lines (or "Douleur ? Non") into answers that field extractors
look up by label."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from pipeline.fields.base import all_mentions, answer_polarity, text_of
from pipeline.fields.context.context import fold
from pipeline.fields.forms import patterns
from pipeline.normalize import CHECKED, UNCHECKED

_GLYPH = re.compile(f"[{CHECKED}{UNCHECKED}]")
_LABEL_GOES_ON = ("/", "-", " et", " ou", ",")  # a label ending so goes on, below its boxes when wrapped
_LABEL_END_LINE = re.compile(r"[^\S\n]*[^\W\d][\w'’-]*(?: [\w'’-]+){0,2}[^\S\n]*")
# A questionnaire with a yes and a no column ("Oui Non Précisions"): each row's two boxes stand either side of its label
# as the text layer reads them ("☒ Traitement anticoagulant ☐ Innohep 14000 UI/j"), or alone below a wrapped label.
_COLUMNS_HEADER = re.compile(r"[^\S\n]*(?:\|[^\S\n]*)?oui[^\S\n]*\|?[^\S\n]*non\b[^\n]*")
_COLUMNS_END = re.compile(r"[^\S\n]*(?:\d{1,2}[.)][^\S\n]|$)")
_COLUMN_ROWS = [
    re.compile(rf"[^\S\n]*(?P<yes>{_GLYPH.pattern})[^\S\n]*(?P<label>[^{CHECKED}{UNCHECKED}\n]*?)[^\S\n]*"
               rf"(?P<no>{_GLYPH.pattern})(?P<rest>[^{CHECKED}{UNCHECKED}\n]*)"),
    # ... or in cells after the label: "Traitement anticoagulant | ☐ | ☒"
    re.compile(rf"[^\S\n]*(?P<label>[^{CHECKED}{UNCHECKED}\n|]+?)[^\S\n]*\|[^\S\n]*(?P<yes>{_GLYPH.pattern})[^\S\n]*\|"
               rf"[^\S\n]*(?P<no>{_GLYPH.pattern})(?P<rest>[^{CHECKED}{UNCHECKED}\n]*)"),
]


def _column_row(line: str) -> re.Match | None:
    return next((row for rx in _COLUMN_ROWS if (row := rx.fullmatch(line))), None)
_ASIDE = re.compile(r"\([^()]*\)")
_DOUBT_AFTER_ANSWER = re.compile(patterns.doubt_after_answer)
# A form's row whose columns the text layer joined with a single space: "Anticoagulant non", "Douleur oui",
# "Traitement anti-ostéoclastique oui – dénosumab" (a short label starting with a capital, then the answer ending
# the line or followed by a dash; not an alternative: "Sous Eliquis ou non").
_UNSEPARATED_ROW = re.compile(r"^(?P<label>[^\W\d_][\w'’/()-]*(?: [\w'’/()-]+){0,3})(?<! ou)(?<! et)(?<! ni)(?<! si) "
                             rf"(?P<answer>{patterns.row_answers})(?=[^\S\n]*(?:$|[–—-][^\S\n]))", re.MULTILINE)
# A yes or no stands alone ("non sauf…" is no answer); not knowing may say more ("à vérifier avec le MT").
_ANSWER_LINE = re.compile(
    # (a second pair may follow on the line, as two form columns join: "Anticoagulant : Non Antiagrégant : Non",
    # "Eliquis 5 mg      Kardégic : non", "Anticoagulant : non. Antiagrégant : non", "Anticoagulant : non | Antiagrégant :
    # non"; a label holds no wide gap and no sentence end)
    r"(?:^|(?<=\b(?:oui|non) )|(?<=[.;] )|(?<=\| )(?=[^\W\d_])|(?:(?<=[^\S\n]{{3}})|(?<=\t))(?=\S))(?P<label>(?:(?![^\S\n]{{3}}|\t|[.;] (?![^\S\n]*:))[^:?\n|]){{2,80}}?)\s*(?::|\||\?)\s*"
    r"(?P<answer>(?:{yes}|{no})(?=\s*(?:[.;,(←]|<-|$)|(?<=[a-z])[^\S\n]*\||\s+(?:{so_far})\b|(?<=[a-z])\s*[–—-]\s|[^\S\n]+[\w'-]+(?: [\w'-]+){{0,2}} ?:)|(?:{unknown})(?:[^\S\n]*[,;–—-][^\S\n]*(?:{doubt}))?(?!\w))".format(
        yes="|".join(patterns.yes_answers), no="|".join(patterns.no_answers), so_far="|".join(patterns.so_far),
        unknown="|".join(patterns.not_known_answers + patterns.doubt_answers), doubt="|".join(patterns.doubt_answers)),
    re.MULTILINE,
)

# A form whose answers stand on the line below their label, as Word forms made of paragraphs or table cells read
# ("Traitements locaux antérieurs (os)⏎Aucun", "Traitement ostéo-ciblé au long cours⏎Non (à discuter en RCP)"):
# a label line without punctuation, then the answer alone (or with its aside).
_ANSWER_BELOW = re.compile(
    r"^(?P<label>[^\W\d_][^\n:|?.;]{{2,80}}?)[^\S\n]*\n[^\S\n]*(?P<answer>(?:{yes}|{no})(?:[^\S\n]+(?:{so_far}))?"
    r"(?=[^\S\n]*(?:[.;(]|[–—-][^\S\n]|$)))".format(yes="|".join(patterns.yes_answers), no="|".join(patterns.no_answers),
                                       so_far="|".join(patterns.so_far)), re.MULTILINE)


# A field left empty whose label lists what to write: "Traitements locaux antérieurs (RT, chirurgie, cimentoplastie)".
# (options: two or more, no figures: not "Radiothérapie (20 Gy en 5 fractions)"), between rows of a form.
# (or alone on its line, a label's wrapped end: "Traitement anti-résorptif osseux⏎Non débuté⏎(bisphosphonate / dénosumab)")
_EMPTY_FIELD_WITH_OPTIONS = re.compile(r"^[^\S\n]*(?:[A-ZÀ-Ý][^:|\n()\d]{2,60})?(?P<options>\((?:[^()\n\d,/]+(?:,|/| ou ))+"
                                       r"[^()\n\d,/]+\))[^\S\n]*[:|]?[^\S\n]*$", re.MULTILINE)
_FORM_ROW = re.compile(r"[^\n:|]{2,60}(?:\||:)[^\S\n]*\S")
_INSTRUCTIONS = re.compile(r"\([^\S\n]*(?:(?:{words})[^\S\n]*(?:,|/| ou |\)$)[^\S\n]*)+".format(
    words="|".join(patterns.field_instructions)))


# The last option of a line ends where another label, an arrow or a dash starts: "☐ Non   EVA : 4/10",
# "☒ Oui | Préciser : …", "☐ Non -> Prolia 60 mg", "☒ Oui — laminectomie D8".
_NEXT_LABEL = re.compile(r"\s(?:\|\s*)?[A-ZÀ-Ý][\w'’/()-]*(?: [\w'’/()-]+){0,3} ?:|\s\||\s(?:->|→|=>|[–—])\s")


@dataclass(frozen=True)
class FormAnswer:
    """One option of a form item: its label (folded), its text, whether it is ticked, where it is."""

    label: str
    option: str
    checked: bool
    start: int
    end: int
    label_start: int = -1  # where the label stands in the text (-1: not known)
    label_end: int = -1
    column: str = ""  # the column of a ticked box in a yes/no questionnaire ("oui", "non"): what the box says

    def option_folded(self) -> str:
        return self.column or fold(self.option).strip(" :")


def _label_before(text: str, folded: str, line_start: int, glyph_start: int) -> tuple[str, int]:
    """Text before the first box of a line (its last table cell: "Nom | Odile R. | Sexe | ☐ M ☒ F"), and where it
    starts; when empty, the label lines just above (a label wrapped over two lines goes on in lower case or with an
    aside; a line starting with a capital or a number, "2. Circonstances de découverte", is where it starts)."""
    cell_start = line_start + folded[line_start:glyph_start].rstrip(" |:\t").rfind("|") + 1
    label = folded[cell_start:glyph_start].strip(" |:\t")
    if label:
        return label, cell_start
    previous = text[:line_start].rstrip("\n").split("\n")
    taken, start = [], line_start
    for line in reversed(previous[-3:]):
        if not line.strip() or _GLYPH.search(line):
            break
        taken.insert(0, fold(line).strip(" |:"))
        start -= len(line) + 1
        if ":" in line or "|" in line or line.strip()[0].isupper() or line.strip()[0].isdigit():
            break
    return " ".join(taken), start


def _column_answers(text: str, folded: str, line: str, offset: int, label_lines: list[tuple[int, str]]) -> list[FormAnswer]:
    """The answer of a yes/no questionnaire's row (the label between its boxes, or the lines above a row of boxes)."""
    row = _column_row(line)
    if not row:
        return []
    label_start, label_end = offset + row.start("label"), offset + row.end("label")
    if not row.group("label").strip() and label_lines:
        label_start, label_end = label_lines[0][0], label_lines[-1][0] + len(label_lines[-1][1])
    label = " ".join(folded[label_start:label_end].split())
    ticked = [name for name in ("yes", "no") if row.group(name) == CHECKED]
    if len(ticked) != 1:  # no answer (or both): the label states nothing
        box = offset + row.start("no")
        return [FormAnswer(label, row.group("no"), False, box, box + 1, label_start, label_end)]
    box = offset + row.start(ticked[0])
    return [FormAnswer(label, row.group(ticked[0]), True, box, box + 1, label_start, label_end,
                       column="oui" if ticked[0] == "yes" else "non")]


def read_checkboxes(text: str) -> list[FormAnswer]:
    folded = fold(text)
    answers, offset = [], 0
    previous_label, previous_start = "", -1
    in_columns, label_lines = False, []
    for line in text.split("\n"):
        if _COLUMNS_HEADER.fullmatch(fold(line)):
            in_columns, label_lines = True, []
        elif in_columns and _COLUMNS_END.match(line):
            in_columns = False
        if in_columns and _column_row(line):
            answers += _column_answers(text, folded, line, offset, label_lines)
            label_lines, previous_label = [], ""
            offset += len(line) + 1
            continue
        if in_columns:
            label_lines = [] if _GLYPH.search(line) else [*label_lines, (offset, line)]
        first = _GLYPH.search(line)
        if not first and previous_label.endswith(_LABEL_GOES_ON) and _LABEL_END_LINE.fullmatch(line):
            # the label's end wrapped below its boxes: "Bisphosphonate / ☐ Oui ☒ Non⏎dénosumab"
            answers += [replace(answer, label_start=offset, label_end=offset + len(line))
                        for answer in answers if answer.label_start == previous_start]
        if first:
            label, label_start = _label_before(text, folded, offset, offset + first.start())
            label_end = offset + first.start()
            if previous_label and (not label or line[:1].islower()):
                label, label_start = previous_label, previous_start  # options wrapped onto the next line
            glyphs = list(_GLYPH.finditer(line))
            for index, glyph in enumerate(glyphs):
                stop = glyphs[index + 1].start() if index + 1 < len(glyphs) else len(line)
                next_label = _NEXT_LABEL.search(line, glyph.end() + 2, stop)
                option = line[glyph.end():next_label.start() if next_label else stop]
                stripped = option.strip()
                if not stripped:
                    continue
                start = offset + glyph.end() + option.index(stripped)
                answers.append(FormAnswer(label, stripped, glyph.group() == CHECKED, start, start + len(stripped),
                                          label_start, label_end))
            previous_label, previous_start = label, label_start
        elif line.strip():
            previous_label = ""
        offset += len(line) + 1
    return answers


def read_empty_fields(text: str) -> list[FormAnswer]:
    """Fields of a form left empty whose label names options in brackets: the options are no statement (as an
    unticked answer); what stands before the bracket is read as usual ("Sous Eliquis (FA, TVP)" tells Eliquis),
    unless the brackets say what to write: then the whole line is a blank field's label ("Douleur (type, EVA)")."""
    found = []
    for match in _EMPTY_FIELD_WITH_OPTIONS.finditer(text):
        previous = text[:match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        following = text[match.end() + 1:].split("\n", 1)[0]
        instructions = _INSTRUCTIONS.fullmatch(fold(match.group("options")))
        # (alone on its line below an answer: the end of the label above that answer)
        alone = (match.start("options") == match.start() + len(match.group()) - len(match.group().lstrip())
                 and answer_polarity(fold(previous)))
        if instructions or alone or _FORM_ROW.match(previous) or _FORM_ROW.match(following):
            found.append(FormAnswer(fold(match.group().strip()), "", False, match.end(), match.end(),
                                    match.start() if instructions else match.start("options"), match.end("options")))
    return found


def _matched_answer(text: str, match: re.Match, end: int | None = None) -> FormAnswer:
    """The answer a label-and-answer match gives (its end moved past a doubt that goes with it)."""
    end = match.end("answer") if end is None else end
    return FormAnswer(match.group("label").strip(), text[match.start("answer"):end], True, match.start("answer"), end,
                      match.start("label"), match.end("label"))


def _short_label(label: str) -> bool:
    """A label is short: "Anticoagulant (AVK / AOD / HBPM)" counts without its aside."""
    return len(_ASIDE.sub("", label).split()) <= patterns.max_label_words


def read_answer_lines(text: str) -> list[FormAnswer]:
    folded = fold(text)
    answers = [_matched_answer(text, match) for match in _UNSEPARATED_ROW.finditer(folded) if text[match.start()].isupper()]
    answers += [_matched_answer(text, match) for match in _ANSWER_BELOW.finditer(folded)
                if text[match.start()].isupper() and _short_label(match.group("label"))]
    for match in _ANSWER_LINE.finditer(folded):
        if not _short_label(match.group("label")):
            continue
        doubt = _DOUBT_AFTER_ANSWER.match(folded, match.end("answer"))  # "non, à vérifier": the answer holds its doubt
        answers.append(_matched_answer(text, match, doubt.end() if doubt else None))
    return answers


LABEL, TICKED, UNTICKED = "label", "ticked", "unticked"


def form_role(answers: list[FormAnswer], start: int, end: int) -> str | None:
    """Whether [start, end) lies in a checkbox item's label, or in a ticked or unticked option."""
    for answer in answers:
        if answer.start <= start and end <= answer.end:
            return TICKED if answer.checked else UNTICKED
        if answer.label_start <= start and end <= answer.label_end:
            return LABEL
    return None


class FormReader:
    """Sets doc._.rcp_forms (every option, ticked or not, and every "Label : oui/non" answer)
    and span._.rcp_form_role on our mentions: a drug named in a label ("Dénosumab : ☐ Oui ☒ Non",
    "Bisphosphonate / dénosumab : NON") or an unticked box is no statement."""

    def __init__(self, nlp, name: str):
        self.name = name
        if not Doc.has_extension("rcp_forms"):
            Doc.set_extension("rcp_forms", default=None)
        if not Span.has_extension("rcp_form_role"):
            Span.set_extension("rcp_form_role", default=None)

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        doc._.rcp_forms = read_checkboxes(text) + read_answer_lines(text) + read_empty_fields(text)
        if doc._.rcp_forms:
            for span in all_mentions(doc):
                span._.rcp_form_role = form_role(doc._.rcp_forms, span.start_char, span.end_char)
        return doc


def answer_to_label(doc: Doc, span: Span) -> str | None:
    """What the form answers to the label `span` stands in ("Chirurgie : ☒ Oui ☐ Non",
    "Radiothérapie : non"): the polarity of its ticked option, None when none is ticked or says yes/no."""
    for answer in doc._.rcp_forms or []:
        if answer.checked and answer.label_start <= span.start_char and span.end_char <= answer.label_end:
            said = answer_polarity(answer.option_folded())
            if said:
                return said
    return None


def answers_for(doc: Doc, label_pattern: str) -> list[FormAnswer]:
    """The form answers whose label matches `label_pattern` (a regex on folded text)."""
    rx = re.compile(label_pattern)
    return [a for a in doc._.rcp_forms or [] if rx.search(a.label)]
