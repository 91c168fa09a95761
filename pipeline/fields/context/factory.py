"""Registers the mention-context component."""
from spacy.language import Language

from pipeline.fields.context.context import MentionContext


ASSIGNS = ["span._.rcp_stopped", "span._.rcp_planned", "span._.rcp_doubt", "span._.rcp_other_person",
           "span._.rcp_current"]


@Language.factory("rcp_context", assigns=ASSIGNS)
def create_mention_context(nlp: Language, name: str) -> MentionContext:
    return MentionContext(nlp, name)
