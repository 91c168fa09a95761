"""Registers the tumour matcher and the primary-tumour extractor."""
from spacy.language import Language

from pipeline.fields.tumour.matcher import TumourMatcher
from pipeline.fields.tumour.tumour import TumourExtractor


@Language.factory("rcp_tumour_matcher", assigns=["doc.spans"])
def create_tumour_matcher(nlp: Language, name: str) -> TumourMatcher:
    return TumourMatcher(nlp, name)


@Language.factory("rcp_tumour", assigns=["doc._.rcp"])
def create_tumour_extractor(nlp: Language, name: str) -> TumourExtractor:
    return TumourExtractor(nlp, name)
