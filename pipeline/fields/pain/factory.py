"""Registers the pain components (placeholder: matches nothing, leaves the item unknown)."""
from spacy.language import Language


@Language.factory("rcp_pain_matcher")
def create_pain_matcher(nlp: Language, name: str):
    return lambda doc: doc


@Language.factory("rcp_pain")
def create_pain_extractor(nlp: Language, name: str):
    return lambda doc: doc
