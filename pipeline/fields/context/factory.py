"""Registers the mention-context component."""
from spacy.language import Language

from pipeline.fields.context.context import MentionContext


@Language.factory("rcp_context", assigns=["span._.rcp_stopped", "span._.rcp_planned", "span._.rcp_doubt", "span._.rcp_other_person"])
def create_mention_context(nlp: Language, name: str) -> MentionContext:
    return MentionContext(nlp, name)
