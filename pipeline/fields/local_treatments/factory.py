"""Registers the local_treatments components (placeholder: matches nothing, leaves the item unknown)."""
from spacy.language import Language


@Language.factory("rcp_local_treatments_matcher")
def create_local_treatments_matcher(nlp: Language, name: str):
    return lambda doc: doc


@Language.factory("rcp_local_treatments")
def create_local_treatments_extractor(nlp: Language, name: str):
    return lambda doc: doc
