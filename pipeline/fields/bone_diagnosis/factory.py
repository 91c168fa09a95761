"""Registers the bone-diagnosis matcher and extractor."""
from spacy.language import Language

from pipeline.fields.bone_diagnosis.bone_diagnosis import (
    BoneDiagnosisExtractor,
    BoneDiagnosisMatcher,
)


@Language.factory("rcp_bone_diagnosis_matcher", assigns=["doc.spans"])
def create_bone_diagnosis_matcher(nlp: Language, name: str) -> BoneDiagnosisMatcher:
    return BoneDiagnosisMatcher(nlp, name)


@Language.factory("rcp_bone_diagnosis", assigns=["doc._.rcp"])
def create_bone_diagnosis_extractor(nlp: Language, name: str) -> BoneDiagnosisExtractor:
    return BoneDiagnosisExtractor(nlp, name)
