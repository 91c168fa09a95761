"""The assembled pipeline: EDS-NLP's qualifiers reach the mentions our extractors read them on."""
from __future__ import annotations

import pytest

from pipeline.fields.base import mentions
from pipeline.nlp import analyse


@pytest.mark.parametrize("text, label", [
    ("Antécédent de cancer du sein traité en 2005 par chirurgie.", "tumour_site"),
    ("Antécédent de traitement par Xarelto en 2019.", "drug"),
])
def test_nlp_history_qualifies_the_mentions_read_for_it(text, label):
    assert [span._.history for span in mentions(analyse(text), label)] == [True]


def test_nlp_analyse_keeps_the_letter_text():
    text = "Eliquis 5 mg matin et soir.\nDouleurs nocturnes."
    doc = analyse(text)
    assert doc.user_data["rcp_text"] == doc.text == text
