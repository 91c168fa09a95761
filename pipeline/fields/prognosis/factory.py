"""Registers the prognosis matcher and extractor."""
from spacy.language import Language

from pipeline.fields.prognosis.prognosis import PrognosisExtractor, PrognosisMatcher


@Language.factory("rcp_prognosis_matcher", assigns=["doc.spans"])
def create_prognosis_matcher(nlp: Language, name: str) -> PrognosisMatcher:
    return PrognosisMatcher(nlp, name)


@Language.factory("rcp_prognosis", assigns=["doc._.rcp"])
def create_prognosis_extractor(nlp: Language, name: str) -> PrognosisExtractor:
    return PrognosisExtractor(nlp, name)
