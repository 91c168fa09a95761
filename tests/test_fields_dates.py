"""On-demand dates: EDS-NLP's dates pipe, parsed only in the passages an extractor asks about."""
from __future__ import annotations

import re

import pytest

from pipeline.fields.context.context import fold
from pipeline.fields.dates.dates import dates_after_cue, dates_in

LETTER = "Exempleville, le 3 mars 2025.\nDouleurs depuis 2 mois. Scanner du 12/01/2025 normal."


@pytest.mark.parametrize("passage, found", [
    ("Exempleville, le 3 mars 2025.", ["3 mars 2025"]),
    ("Douleurs depuis 2 mois.", ["depuis 2 mois"]),
    ("Scanner du 12/01/2025 normal.", ["12/01/2025"]),
    (LETTER, ["3 mars 2025", "depuis 2 mois", "12/01/2025"]),
])
def test_dates_in_finds_dates_and_durations_of_a_passage(nlp, passage, found):
    doc = nlp(LETTER)
    start = LETTER.index(passage)
    assert [span.text for span in dates_in(doc, start, start + len(passage))] == found


@pytest.mark.parametrize("passage", [
    "Douleurs apparues il y a trois semaines.", "Vu le premier décembre.", "Chute hier soir.",
    "Scanner fait aujourd'hui.", "Bilan prévu ce mois-ci.", "Traitée pendant deux ans.",
])
def test_dates_in_finds_dates_written_in_words(nlp, passage):
    """Passages without a date word are skipped: dates without a digit must still be parsed."""
    doc = nlp(passage)
    assert dates_in(doc, 0, len(passage))


def test_dates_in_skips_a_passage_without_date_words(nlp, monkeypatch):
    text = "Métastases osseuses découvertes sur le scanner thoracique."
    doc = nlp(text)
    pipe = nlp.get_pipe("rcp_dates").dates
    monkeypatch.setattr(pipe, "process", lambda passage: pytest.fail("parsed a passage without date words"))
    assert dates_in(doc, 0, len(text)) == []


def test_dates_in_parses_a_passage_once_and_nothing_unasked(nlp, monkeypatch):
    doc = nlp.make_doc(LETTER)
    for name in ("eds.sentences", "eds.normalizer"):
        doc = nlp.get_pipe(name)(doc)
    pipe = nlp.get_pipe("rcp_dates").dates
    parsed = []
    monkeypatch.setattr(pipe, "process", lambda passage: parsed.append(passage.text) or type(pipe).process(pipe, passage))
    end = LETTER.index(".") + 1
    first = dates_in(doc, 0, end)
    assert dates_in(doc, 0, end) == first
    assert parsed == ["Exempleville, le 3 mars 2025."]
    assert (first[0]._.date.year, first[0]._.date.month, first[0]._.date.day) == (2025, 3, 3)


@pytest.mark.parametrize("text, dates", [
    ("Mme Essai, née le 14/09/1956.", ["14/09/1956"]),
    ("Suivie depuis 2020. Mme Essai, née le 14/09/1956.", ["14/09/1956"]),
    ("Mme Essai, née le 14/09/1956, suivie en oncologie depuis bien des années, vue le 12/03/2025.",
     ["14/09/1956"]),
    ("Née le : non renseigné dans le dossier transmis par le service ; vue le 12/03/2025.", []),
    ("Mme Essai, vue le 12/03/2025.", []),
])
def test_dates_after_cue_keeps_the_dates_close_after_a_cue(nlp, text, dates):
    doc = nlp(text)
    found = dates_after_cue(doc, fold(text), re.compile(r"\bnee? le\b"), 40)
    assert [span.text for span in found] == dates
