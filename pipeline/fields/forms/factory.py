"""Registers the form reader."""
from spacy.language import Language

from pipeline.fields.forms.forms import FormReader


@Language.factory("rcp_forms", assigns=["doc._.rcp_forms", "span._.rcp_form_role"])
def create_form_reader(nlp: Language, name: str) -> FormReader:
    return FormReader(nlp, name)
