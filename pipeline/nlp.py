"""The spaCy + EDS-NLP pipeline, assembled in one place and built once per process."""
from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Registering our factories is a side effect of importing them.
import pipeline.fields.context.factory  # noqa: F401
import pipeline.fields.drugs.factory  # noqa: F401
import pipeline.fields.forms.factory  # noqa: F401
import pipeline.fields.patient.factory  # noqa: F401

QUALIFIED = {"rcp": True}  # the qualifiers look at our mentions only

# Matchers add mentions to doc.spans["rcp"]; they run before the qualifiers.
MATCHERS = ["rcp_drug_matcher"]
# Extractors read the qualified mentions and set doc._.rcp[item].
EXTRACTORS = ["rcp_patient", "rcp_drug_items"]


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """EDS-NLP's tokenizer, normaliser, dates and qualifiers around our matchers and extractors."""
    logging.getLogger("edsnlp").setLevel(logging.ERROR)
    nlp = spacy.blank("eds")
    nlp.add_pipe("eds.sentences")
    nlp.add_pipe("eds.normalizer")
    nlp.add_pipe("eds.dates")
    for name in MATCHERS:
        nlp.add_pipe(name)
    nlp.add_pipe("rcp_forms")
    nlp.add_pipe("rcp_context")
    for qualifier in ("eds.negation", "eds.hypothesis", "eds.family", "eds.history"):
        nlp.add_pipe(qualifier, config={"span_getter": QUALIFIED})
    for name in EXTRACTORS:
        nlp.add_pipe(name)
    return nlp


def analyse(text: str) -> Doc:
    """Run the pipeline on a letter's text; doc._.rcp holds the extracted items."""
    doc = build_nlp()(text)
    return doc
