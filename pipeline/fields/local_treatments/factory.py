"""Registers the local-treatments matcher and extractor."""
from spacy.language import Language

from pipeline.fields.local_treatments.local_treatments import (
    LocalTreatmentsExtractor,
    LocalTreatmentsMatcher,
)


@Language.factory("rcp_local_treatments_matcher", assigns=["doc.spans"])
def create_local_treatments_matcher(nlp: Language, name: str) -> LocalTreatmentsMatcher:
    return LocalTreatmentsMatcher(nlp, name)


@Language.factory("rcp_local_treatments", assigns=["doc._.rcp"])
def create_local_treatments_extractor(nlp: Language, name: str) -> LocalTreatmentsExtractor:
    return LocalTreatmentsExtractor(nlp, name)
