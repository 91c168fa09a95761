"""Text clean-up shared by every reader, applied page by page before offsets are fixed."""
from __future__ import annotations

import re
import unicodedata

CHECKED = "☒"
UNCHECKED = "☐"

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


def normalize_page(text: str) -> str:
    """Unicode NFC, one kind of line end, unified checkboxes, single spaces, joined hyphenation."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _CHECKED_MARKS.sub(CHECKED, text)
    text = _UNCHECKED_MARKS.sub(UNCHECKED, text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = _HYPHEN_BREAK.sub(_join_hyphenated, text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")
