"""Registers the patient extractor."""
from spacy.language import Language

from pipeline.fields.patient.patient import PatientExtractor


@Language.factory("rcp_patient", assigns=["doc._.rcp"])
def create_patient_extractor(nlp: Language, name: str) -> PatientExtractor:
    return PatientExtractor(nlp, name)
