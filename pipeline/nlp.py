"""The spaCy + EDS-NLP pipeline, assembled in one place and built once per process."""
from __future__ import annotations

import importlib
import logging
from functools import lru_cache

import spacy
from edsnlp.pipes.qualifiers.hypothesis import patterns as hypothesis_patterns
from edsnlp.pipes.qualifiers.negation import patterns as negation_patterns
from edsnlp.pipes.terminations import termination as default_termination
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.fields.base import TEXT
from pipeline.fields.context import patterns as context_patterns
from pipeline.fields.bone_diagnosis.bone_diagnosis import DISEASE
from pipeline.fields.drugs.matcher import DRUG
from pipeline.fields.drugs.patterns import distinct_products, item_prefixes
from pipeline.fields.local_treatments.local_treatments import DENIAL, TREATMENT
from pipeline.fields.project.project import INTENT, KIND
from pipeline.fields.tumour.matcher import MARKER, SITE, SITE_HINT

# Each field folder registers its components in its factory module.
FIELDS = ("context", "dates", "forms", "drugs", "patient", "tumour", "bone_diagnosis", "pain",
          "local_treatments", "prognosis", "project")
for _field in FIELDS:
    importlib.import_module(f"pipeline.fields.{_field}.factory")

TERMINATIONS = default_termination + context_patterns.terminations
QUALIFIED = {"rcp": True}  # the qualifiers look at our mentions only
# Only these mentions' history is read (a tumour site named as past weighs less; a past course is no
# current treatment nor project): EDS-NLP's history qualifier skips the others.
HISTORY_READ = {"rcp": [DRUG, SITE, SITE_HINT, INTENT]}

# Matchers add mentions to doc.spans["rcp"]; they run before the qualifiers.
MATCHERS = ["rcp_drug_matcher", "rcp_tumour_matcher", "rcp_bone_diagnosis_matcher", "rcp_pain_matcher",
            "rcp_local_treatments_matcher", "rcp_prognosis_matcher", "rcp_project_matcher"]
# Extractors read the qualified mentions and set doc._.rcp[item].
EXTRACTORS = ["rcp_patient", "rcp_drug_items", "rcp_tumour", "rcp_bone_diagnosis", "rcp_pain",
              "rcp_local_treatments", "rcp_prognosis", "rcp_project"]


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """EDS-NLP's tokenizer, normaliser, dates and qualifiers around our matchers and extractors."""
    logging.getLogger("edsnlp").setLevel(logging.ERROR)
    nlp = spacy.blank("eds")
    nlp.add_pipe("eds.sentences", config={"use_bullet_start": True})  # a list item is a statement of its own
    nlp.add_pipe("rcp_sentence_starts")
    nlp.add_pipe("eds.normalizer", config={"pollution": False})  # no EDS report boilerplate in letters
    nlp.add_pipe("rcp_dates")  # EDS-NLP's dates, parsed where an extractor asks (see fields/dates)
    for name in MATCHERS:
        nlp.add_pipe(name)
    nlp.add_pipe("rcp_forms")
    # drugs follow one another; biomarker results read no stop, plan or doubt (only the family qualifier)
    nlp.add_pipe("rcp_context", config={"courses": [DRUG], "unread": [MARKER],
                                        "treatments": [TREATMENT, DENIAL, KIND],
                                        # an anticoagulant's end date may lie ahead of the letter (see context)
                                        # (its agents' codes, and its classes' item)
                                        "open_ended": [*item_prefixes["anticoagulation"], "anticoagulation"],
                                        "long_pauses": list(item_prefixes["boneTargetedTherapy"]),
                                        "findings": [DISEASE],
                                        # two brands of one drug that are two products ("Xgeva … (Prolia arrêté)")
                                        "products": distinct_products})
    nlp.add_pipe("eds.negation", config={
        "span_getter": QUALIFIED, "termination": TERMINATIONS,
        "pseudo": negation_patterns.pseudo + context_patterns.negation_pseudo})
    nlp.add_pipe("eds.hypothesis", config={
        "span_getter": QUALIFIED, "termination": TERMINATIONS,
        "pseudo": hypothesis_patterns.pseudo + context_patterns.hypothesis_pseudo,
        "preceding": hypothesis_patterns.preceding + context_patterns.hypothesis_preceding})
    # the patient's own labels end a relative's reach ("Antécédents familiaux : sœur cancer du sein   Traitement :
    # Lixiana", as two columns join)
    nlp.add_pipe("eds.family", config={"span_getter": QUALIFIED, "use_sections": False,
                                       "termination": TERMINATIONS + context_patterns.patient_labels,
                                       "explain": True})  # its cues, for rcp_family_as_source
    nlp.add_pipe("rcp_family_as_source")
    nlp.add_pipe("eds.history", config={"span_getter": HISTORY_READ, "termination": TERMINATIONS})
    for name in EXTRACTORS:
        nlp.add_pipe(name)
    return nlp


def analyse(text: str) -> Doc:
    """Run the pipeline on a letter's text; doc._.rcp holds the extracted items."""
    nlp = build_nlp()
    doc = nlp.make_doc(text)
    doc.user_data[TEXT] = text  # spaCy would join it again from the tokens
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
