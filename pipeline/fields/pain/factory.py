"""Registers the pain matcher and extractor."""
from spacy.language import Language

from pipeline.fields.pain.pain import PainExtractor, PainMatcher


@Language.factory("rcp_pain_matcher", assigns=["doc.spans"])
def create_pain_matcher(nlp: Language, name: str) -> PainMatcher:
    return PainMatcher(nlp, name)


@Language.factory("rcp_pain", assigns=["doc._.rcp"])
def create_pain_extractor(nlp: Language, name: str) -> PainExtractor:
    return PainExtractor(nlp, name)
