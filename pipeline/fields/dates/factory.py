"""Registers the on-demand dates component."""
from spacy.language import Language

from pipeline.fields.dates.dates import DatesOnDemand


@Language.factory("rcp_dates", assigns=["span._.date", "span._.duration"])
def create_dates(nlp: Language, name: str) -> DatesOnDemand:
    return DatesOnDemand(nlp, name)
