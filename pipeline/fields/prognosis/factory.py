"""Registers the prognosis components (placeholder: matches nothing, leaves the item unknown)."""
from spacy.language import Language


@Language.factory("rcp_prognosis_matcher")
def create_prognosis_matcher(nlp: Language, name: str):
    return lambda doc: doc


@Language.factory("rcp_prognosis")
def create_prognosis_extractor(nlp: Language, name: str):
    return lambda doc: doc
