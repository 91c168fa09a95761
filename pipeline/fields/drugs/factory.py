"""Registers the drug matcher and the drug-based items' extractor."""
from spacy.language import Language

from pipeline.fields.drugs.items import DrugItems
from pipeline.fields.drugs.matcher import DrugMatcher


@Language.factory("rcp_drug_matcher", assigns=["doc.spans"])
def create_drug_matcher(nlp: Language, name: str) -> DrugMatcher:
    return DrugMatcher(nlp, name)


@Language.factory("rcp_drug_items", assigns=["doc._.rcp"])
def create_drug_items(nlp: Language, name: str) -> DrugItems:
    return DrugItems(nlp, name)
