"""Registers the mention-context components."""
from spacy.language import Language

from pipeline.fields.context.context import FamilyAsSource, SentenceStarts, MentionContext

ASSIGNS = ["span._.rcp_stopped", "span._.rcp_planned", "span._.rcp_doubt", "span._.rcp_other_person",
           "span._.rcp_current", "span._.rcp_denied", "span._.rcp_latest", "span._.rcp_condition"]


@Language.factory("rcp_context", assigns=ASSIGNS, default_config={"courses": [], "unread": [], "treatments": [],
                                                                       "open_ended": [], "long_pauses": [],
                                                                       "findings": [], "products": []})
def create_mention_context(nlp: Language, name: str, courses: list[str], unread: list[str],
                           treatments: list[str], open_ended: list[str], long_pauses: list[str],
                           findings: list[str], products: list[str]) -> MentionContext:
    return MentionContext(nlp, name, courses, unread, treatments, open_ended, long_pauses, findings, products)


@Language.factory("rcp_family_as_source", assigns=["span._.family"], requires=["span._.family"])
def create_family_as_source(nlp: Language, name: str) -> FamilyAsSource:
    return FamilyAsSource(nlp, name)


@Language.factory("rcp_sentence_starts", assigns=["token.is_sent_start"], requires=["token.is_sent_start"])
def create_sentence_starts(nlp: Language, name: str) -> SentenceStarts:
    return SentenceStarts(nlp, name)
