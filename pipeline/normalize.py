"""Text clean-up shared by every reader, applied page by page before offsets are fixed."""
from __future__ import annotations

import re
import unicodedata

CHECKED = "☒"
UNCHECKED = "☐"

# A cross (✗, ✘) ticks, as in PDF forms' check marks; where a checklist means "no" by it, reading a
# tick errs on the side of a false alarm, never of a missed drug.
_CHECKED_MARKS = re.compile(r"[☑☒✓✔✗✘■▣◼⊠]|\[\s*[xX✓✔]\s*\]")
_UNCHECKED_MARKS = re.compile(r"[☐□◻▢]|\[\s\]|\[\]")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u2009\u200a]+")
# A word cut at the end of a line: "traite-\nment". Compound words keep their hyphen
# when the first part is a French prefix that takes one ("anti-résorptif").
_HYPHEN_BREAK = re.compile(r"(\w+)-\n([a-zà-ÿ]\w*)")
_KEEP_HYPHEN_PREFIXES = {
    "anti", "auto", "co", "contre", "extra", "intra", "inter", "mi", "non", "para", "péri",
    "peri", "post", "pré", "pre", "semi", "sous", "sus", "supra", "sur", "ultra", "demi",
    "néo", "neo", "radio", "chimio", "immuno", "hormono", "entre", "bi", "tri", "ex",
}


def _join_hyphenated(match: re.Match) -> str:
    head, tail = match.group(1), match.group(2)
    if head.lower() in _KEEP_HYPHEN_PREFIXES or head[-1].isdigit():
        return f"{head}-{tail}"
    return head + tail


# "Oui (x) Non ( )": a box in brackets after its option (a letter's "f(x)" has no space before).
_BRACKET_BOX = re.compile(r"(?<![^\s:|])\((?:\s*[xX✓✔]\s*|\s)\)")
_BOX = re.compile(f"[{CHECKED}{UNCHECKED}]")


def _box_before_option(line: str) -> str:
    """Write every box before its option, as the readers expect: "Chirurgie : Oui ☒ Non ☐" (a box
    ticked after its option) becomes "Chirurgie : ☒ Oui ☐ Non"."""
    boxes = list(_BOX.finditer(line))
    if not boxes:
        return line
    head = line[:boxes[0].start()]
    separator = max(head.rfind(":"), head.rfind("|"))
    before_first = head[separator + 1:]
    ends_with_box = line.endswith((CHECKED, UNCHECKED)) and head.strip() != ""
    if not (before_first.strip() if separator >= 0 else ends_with_box):
        return line  # the box comes first: "Douleur : ☒ Oui ☐ Non"
    parts, start = [line[:separator + 1]], separator + 1
    for box in boxes:
        parts.append(f"{box.group()} {line[start:box.start()].strip(' |')}")
        start = box.end()
    return " ".join(part for part in parts if part) + line[start:]


WIDE_GAP = "   "  # a column or table gap kept wide: a form field's label after it starts a field of its own


def _one_space_or_a_gap(match: re.Match) -> str:
    """One space between words; a gap of three spaces or more, or with a tab, stays a gap (of three spaces)."""
    run = match.group()
    return WIDE_GAP if "\t" in run or len(run) >= len(WIDE_GAP) else " "


_EMPTY_LABEL = re.compile(r"[^:\n]{2,60}:")  # "Anticoagulant :" alone on its line
_LABELS_MIN = 3  # labels in a row that make a form's label column


def _paired_label_column(lines: list[str]) -> list[str]:
    """A form whose label column the text layer reads before its value column ("Anticoagulant :", "Antiagrégant :",
    …, then "Oui - Eliquis 5 mg x 2/j", "Non", …): each label joined to its value, in order, when as many lines
    follow the run of labels, none of them a label."""
    out, at = [], 0
    while at < len(lines):
        end = at
        while end < len(lines) and _EMPTY_LABEL.fullmatch(lines[end]):
            end += 1
        count = end - at
        values = lines[end:end + count]
        if (count >= _LABELS_MIN and len(values) == count
                and not any(not value or _EMPTY_LABEL.fullmatch(value) for value in values)):
            out += [f"{label} {value}" for label, value in zip(lines[at:end], values)]
            at = end + count
        else:
            out += lines[at:max(end, at + 1)]
            at = max(end, at + 1)
    return out


def normalize_page(text: str) -> str:
    """Unicode NFC, one kind of line end, unified checkboxes, single spaces (wide gaps kept), joined hyphenation,
    a form's label column paired with its value column."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _BRACKET_BOX.sub(lambda m: CHECKED if m.group().strip("( )") else UNCHECKED, text)
    text = _CHECKED_MARKS.sub(CHECKED, text)
    text = _UNCHECKED_MARKS.sub(UNCHECKED, text)
    lines = [_box_before_option(_SPACES.sub(_one_space_or_a_gap, line).strip()) for line in text.split("\n")]
    text = "\n".join(_paired_label_column(lines))
    text = _HYPHEN_BREAK.sub(_join_hyphenated, text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")
