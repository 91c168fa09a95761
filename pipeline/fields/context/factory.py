"""Registers the mention-context components."""
from spacy.language import Language

from pipeline.fields.context.context import FamilyAsSource, MentionContext

ASSIGNS = ["span._.rcp_stopped", "span._.rcp_planned", "span._.rcp_doubt", "span._.rcp_other_person",
           "span._.rcp_current", "span._.rcp_denied", "span._.rcp_latest"]


@Language.factory("rcp_context", assigns=ASSIGNS)
def create_mention_context(nlp: Language, name: str) -> MentionContext:
    return MentionContext(nlp, name)


@Language.factory("rcp_family_as_source", assigns=["span._.family"], requires=["span._.family"])
def create_family_as_source(nlp: Language, name: str) -> FamilyAsSource:
    return FamilyAsSource(nlp, name)
