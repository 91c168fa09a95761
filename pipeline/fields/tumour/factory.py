"""Registers the tumour components (placeholder: matches nothing, leaves the item unknown)."""
from spacy.language import Language


@Language.factory("rcp_tumour_matcher")
def create_tumour_matcher(nlp: Language, name: str):
    return lambda doc: doc


@Language.factory("rcp_tumour")
def create_tumour_extractor(nlp: Language, name: str):
    return lambda doc: doc
