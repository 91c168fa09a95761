"""Finds drug names (with one-letter misspellings, two before a dose) and drug classes; labels them for the
qualifiers."""
from __future__ import annotations

import re
from functools import lru_cache

from edsnlp.matchers.phrase import EDSPhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.fields.base import add_mentions, text_of
from pipeline.fields.context.context import fold
from pipeline.fields.drugs import patterns
from pipeline.fields.drugs.vocabulary import load_vocabulary

DRUG, DRUG_CLASS = "drug", "drug_class"
_WORD = re.compile(r"[^\W\d_]+")
# A word an OCR misread with figures for letters ("E1iquis", "Xare1to", "Lovenox" as "L0venox").
_OCR_WORD = re.compile(r"\b(?=[^\W_]*[01])(?=(?:[^\W_]*?[^\W\d_]){4})[^\W_]{5,}\b")
_OCR_FIGURES = [str.maketrans("10", "lo"), str.maketrans("10", "io")]
_LAB_VALUE_AFTER = re.compile(patterns.lab_value_after)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def edit_distance(a: str, b: str, limit: int) -> int:
    """Letters missing, extra or replaced, and neighbours swapped ("Xarelot"), between a and b (limit + 1 once
    past limit)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = [], list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            cost = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, previous2[j - 2] + 1)
            row.append(cost)
        if min(row) > limit:
            return limit + 1
        previous2, previous = previous, row
    return previous[-1]


def _with_spaced_hyphens(terms: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each hyphenated class name also written with a space, as typed or dictated ("anti résorptif")."""
    return {key: names + [name.replace("-", " ") for name in names if "-" in name] for key, names in terms.items()}


class DrugMatcher:
    """Adds to doc.spans['rcp'] a 'drug' span (kb_id_ = ATC) per drug name and a
    'drug_class' span (kb_id_ = item) per class name."""

    def __init__(self, nlp, name: str):
        self.name = name
        vocabulary = load_vocabulary()
        # (a name may wrap onto the next line: "l'acide⏎zolédronique")
        self.matcher = EDSPhraseMatcher(nlp.vocab, attr="NORM", ignore_excluded=False, ignore_space_tokens=True)
        self.matcher.build_patterns(nlp=nlp, terms=vocabulary.names)
        self.class_matcher = EDSPhraseMatcher(nlp.vocab, attr="NORM", ignore_excluded=False)
        self.class_matcher.build_patterns(nlp=nlp, terms=_with_spaced_hyphens(patterns.class_terms))
        self.fuzzy: dict[str, tuple[str, str]] = {}  # deletion variant -> (name, ATC)
        for atc, names in vocabulary.curated.items():
            for term in names:
                word = fold(term)
                if " " in word or len(word) < patterns.fuzzy_min_length or not word.isalpha():
                    continue
                for variant in _deletions(word) | {word}:
                    self.fuzzy.setdefault(variant, (word, atc))
        self.one_word_names = {fold(term): atc for atc, names in vocabulary.names.items() for term in names
                               if fold(term).isalpha() and len(term) >= patterns.split_name_min_length}

        self.misspelt_atc = lru_cache(maxsize=1 << 16)(self._misspelt_atc)  # letters share most of their words
        self.by_initial: dict[str, list[tuple[str, str]]] = {}  # first letter -> curated one-word names
        for word, atc in set(self.fuzzy.values()):
            self.by_initial.setdefault(word[0], []).append((word, atc))
        self.dose_after = re.compile(patterns.dose_after)

    def _dosed_atc(self, word: str) -> str | None:
        """The ATC code of the one curated name within two letters of `word`, a word written before a dose."""
        if len(word) < patterns.dosed_name_min_length or not word.isalpha():
            return None
        close = {atc for name, atc in self.by_initial.get(word[0], []) if edit_distance(word, name, 2) <= 2}
        return close.pop() if len(close) == 1 else None

    def _misspelt_atc(self, word: str) -> str | None:
        """The ATC code of the curated name `word` misspells by one letter, if any."""
        if len(word) < patterns.fuzzy_min_length - 1 or not word.isalpha():
            return None
        for variant in (word, *_deletions(word)):
            name, atc = self.fuzzy.get(variant, (None, None))
            if name and edit_distance(word, name, 1) <= 1:
                return atc
        if "rn" in word:  # an OCR reads "m" as "rn" ("Fragrnine")
            return self._misspelt_atc(word.replace("rn", "m"))
        return None

    def _ocr_spans(self, doc: Doc, folded: str, taken: set[int]) -> list[Span]:
        """Names an OCR misread with figures for letters, read with the letters back."""
        spans = []
        for word in _OCR_WORD.finditer(folded):
            atc = next((found for table in _OCR_FIGURES if (found := self.one_word_names.get(
                candidate := word.group().translate(table)) or self.misspelt_atc(candidate))), None)
            span = doc.char_span(word.start(), word.end(), label=DRUG, kb_id=atc) if atc else None
            if span is not None and not taken.intersection(range(span.start, span.end)):  # "E", "1", "iquis"
                spans.append(span)
        return spans

    def _fuzzy_spans(self, doc: Doc, taken: set[int]) -> list[Span]:
        """One-word misspelt names: each run of letters is looked up, and kept when it is a whole token
        (walking the tokens themselves costs a Python object each). A name that voice recognition split in
        two ("eli quis", "x geva", "tag risso") is looked up joined."""
        spans = []
        folded = fold(text_of(doc))
        words = list(_WORD.finditer(folded))
        for index, word in enumerate(words):
            atc = self.misspelt_atc(word.group())
            if not atc and self.dose_after.match(folded, word.end()):
                atc = patterns.dosed_abbreviations.get(word.group()) or self._dosed_atc(word.group())
            span = doc.char_span(word.start(), word.end(), label=DRUG, kb_id=atc) if atc else None
            if span is not None and len(span) == 1 and span.start not in taken:
                spans.append(span)
                continue
            following = words[index + 1] if index + 1 < len(words) else None
            if atc or following is None or folded[word.end():following.start()] != " ":
                continue
            joined = word.group() + following.group()
            atc = self.one_word_names.get(joined) or self.misspelt_atc(joined)
            span = doc.char_span(word.start(), following.end(), label=DRUG, kb_id=atc) if atc else None
            if span is not None and len(span) == 2 and not {span.start, span.start + 1} & taken:
                spans.append(span)
        return spans

    def __call__(self, doc: Doc) -> Doc:
        found = [Span(doc, s.start, s.end, label=DRUG, kb_id=s.label_) for s in self.matcher(doc, as_spans=True)]
        found += [Span(doc, s.start, s.end, label=DRUG_CLASS, kb_id=s.label_)
                  for s in self.class_matcher(doc, as_spans=True)]
        text = text_of(doc)
        # an acronym glued to a figure names something else: "HNF1B" is a gene, not heparin
        folded = fold(text)
        found = [s for s in filter_spans(found) if not (s.text.isupper() and len(s.text) <= 4
                                                        and text[s.end_char:s.end_char + 1].isalnum())
                 and not _LAB_VALUE_AFTER.match(folded, s.end_char)]  # "testostérone < 0,2 ng/mL" is measured
        taken = {i for span in found for i in range(span.start, span.end)}
        found += self._fuzzy_spans(doc, taken) + self._ocr_spans(doc, folded, taken)
        add_mentions(doc, found)
        return doc
