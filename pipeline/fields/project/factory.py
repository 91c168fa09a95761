"""Registers the project components (placeholder: matches nothing, leaves the item unknown)."""
from spacy.language import Language


@Language.factory("rcp_project_matcher")
def create_project_matcher(nlp: Language, name: str):
    return lambda doc: doc


@Language.factory("rcp_project")
def create_project_extractor(nlp: Language, name: str):
    return lambda doc: doc
