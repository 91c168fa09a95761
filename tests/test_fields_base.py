"""What the field extractors share: cue tables, sentence bounds, unwrapped lines, mentions by label."""
from __future__ import annotations

import re

import pytest

from pipeline.fields.base import CueTable, field_starts, mentions, sentence_bounds, unpunctuated_breaks, unwrapped

TABLE = {
    "adenocarcinoma": [r"adenocarcinome", r"adk"],
    "carcinoma": [r"carcinome(?: (?P<kind>canalaire|lobulaire))?", r"k"],
    "squamous": [r"carcinome epidermoide", r"epidermoide"],
}


@pytest.mark.parametrize("text", [
    "adenocarcinome pulmonaire, carcinome canalaire du sein, carcinome epidermoide",
    "adk ou carcinome ? k du sein ; epidermoide; carcinome lobulaire",
    "rien de tout cela",
    "carcinomecarcinome adenocarcinome-k",
])
@pytest.mark.parametrize("before, after", [("", ""), (r"\b", r"\b"), (r"(?<![\w-])", r"(?![\w])")])
def test_base_cue_table_finds_what_each_code_finds(text, before, after):
    table = CueTable(TABLE, before=before, after=after)
    expected = [(code, m.span()) for code, cues in TABLE.items()
                for m in re.finditer(f"{before}(?:{'|'.join(f'(?:{c})' for c in cues)}){after}", text)]
    assert [(code, m.span()) for code, m in table.finditer(text)] == expected


def test_base_cue_table_keeps_named_groups():
    found = [(code, m.group("kind")) for code, m in CueTable(TABLE).finditer("carcinome lobulaire")
             if code == "carcinoma"]
    assert found == [("carcinoma", "lobulaire")]


WRAPPED = ("Le patient a présenté une fracture pathologique du col fémoral droit traitée par une\n"
           "ostéosynthèse en mars. Douleurs depuis.\nTraitement :\nEliquis 5 mg")


@pytest.mark.parametrize("word, sentence", [
    ("fracture", WRAPPED[:WRAPPED.index("Douleurs")].strip()),
    ("ostéosynthèse", WRAPPED[:WRAPPED.index("Douleurs")].strip()),
    ("Douleurs", "Douleurs depuis."),
    ("Traitement", "Traitement :"),
    ("Eliquis", "Eliquis 5 mg"),
])
def test_base_sentence_bounds_keep_wrapped_lines_and_stop_at_headings(word, sentence):
    start = WRAPPED.index(word)
    left, right = sentence_bounds(WRAPPED, start, start + len(word))
    assert WRAPPED[left:right].strip() == sentence


def test_base_unwrapped_joins_wrapped_lines_only():
    assert unwrapped(WRAPPED) == WRAPPED.replace("par une\n", "par une ")
    assert len(unwrapped(WRAPPED)) == len(WRAPPED)


def test_base_unwrapped_joins_long_lines_of_a_small_print_page_not_paragraphs():
    """A fax read by OCR may print 150 characters a line; a dictated paragraph of that length stands alone."""
    filler = "Mme Essai est suivie depuis 2019 pour un carcinome vésiculaire de la thyroïde, traité par chirurgie puis iode {n}"
    page = "\n".join(filler.format(n=n).ljust(146, "x") for n in range(6))
    printed = page + " et pas\nde mutation BRAF."
    assert unwrapped(printed).endswith("pas de mutation BRAF.")
    dictated = ("elle est traitee par letrozole depuis avril avec une bonne tolerance en dehors d'une neutropenie "
                "et d'une asthenie moderee signalee en juin\nau total progression osseuse")
    assert "\n" in unwrapped(dictated)


def test_base_mentions_of_several_labels_come_in_text_order(nlp):
    doc = nlp("Eliquis 5 mg. Radiothérapie de L3 en 2024. Xgeva mensuel.")
    found = mentions(doc, "local_treatment", "drug")
    assert [s.start_char for s in found] == sorted(s.start_char for s in found)
    assert {s.label_ for s in found} == {"local_treatment", "drug"} and len(found) == 3
    assert mentions(doc, "drug") == [s for s in found if s.label_ == "drug"]


@pytest.mark.parametrize("line, fields", [
    ("Anticoagulant : Préviscan         Antiagrégant : non", ["Antiagrégant"]),
    ("Nom : D.      Né le : 03/04/1952\tPoids : 60 kg", ["Né le", "Poids"]),
    ("Tabac : non Traitement en cours : Eliquis", ["Traitement en cours"]),
    # a colon ending a sentence, a time, a value after a wide gap: no field of its own
    ("Merci de discuter en RCP : radiothérapie ?", []),
    ("Pas de Xgeva ni de Zometa à ce jour : jamais proposé.", []),
    ("Anticoagulant :      non", []),
    ("RDV le 12/03      à 10:30", []),
])
def test_base_field_starts_in_the_middle_of_a_line(line, fields):
    assert [re.match(r"[^:]*?(?=\s?:)", line[start:]).group() for start in field_starts(line)] == fields


DICTATED = ("douleurs du rachis depuis novembre\nelle ne prend plus\nde morphine depuis un mois\nni d'anticoagulant\n"
            "Traitement : Doliprane.\n")


@pytest.mark.parametrize("text, word, sentence", [
    # a narrow column: a line ending on a small word goes on
    ("Rechute osseuse révélée sur le\nScanner de suivi du 16/09/2024.\nSuite", "Scanner",
     "Rechute osseuse révélée sur le\nScanner de suivi du 16/09/2024."),
    ("IHC : RE 40 %, RP\n< 1 %, HER2 3+.\nSuite", "<", "IHC : RE 40 %, RP\n< 1 %, HER2 3+."),
    ("Eliquis 5 mg\nKardégic 75", "Kardégic", "Kardégic 75"),
])
def test_base_sentence_bounds_over_narrow_columns(text, word, sentence):
    start = text.index(word)
    left, right = sentence_bounds(text, start, start + len(word))
    assert text[left:right].strip() == sentence


def test_base_unpunctuated_lines_end_statements_unless_a_word_needs_the_next():
    breaks = sorted(unpunctuated_breaks(DICTATED))
    # not after "ne prend plus", which the next line goes on
    assert [DICTATED[:at].rsplit("\n", 1)[-1] for at in breaks] == ["douleurs du rachis depuis novembre",
                                                                    "de morphine depuis un mois"]
    assert unpunctuated_breaks("Une phrase.\nDeux phrases.\nTrois.\n") == frozenset()
    # nor inside a bracket left open
    bracket = "ATCD\n- ACFA sous Eliquis 5 mg x2 (le Kardégic\na été arrêté lors de l'introduction\nen 2021).\n"
    assert [bracket[:at].rsplit("\n", 1)[-1] for at in sorted(unpunctuated_breaks(bracket))] == ["ATCD"]
