"""Registers the bone_diagnosis components (placeholder: matches nothing, leaves the item unknown)."""
from spacy.language import Language


@Language.factory("rcp_bone_diagnosis_matcher")
def create_bone_diagnosis_matcher(nlp: Language, name: str):
    return lambda doc: doc


@Language.factory("rcp_bone_diagnosis")
def create_bone_diagnosis_extractor(nlp: Language, name: str):
    return lambda doc: doc
