"""French wording of the record for clinicians: item, status, code and severity names, and each
value of an item as a labelled line with its evidence (shared by the HTML report and the return form)."""
from __future__ import annotations

from dataclasses import dataclass, fields

from pipeline.fields.base import Evidence
from pipeline.record import Biomarker, Coded, Medication, Score, Text

ITEM_LABELS = {
    "patient": "Patient",
    "primaryTumor": "Tumeur primitive",
    "boneDiagnosis": "Découverte de l'atteinte osseuse",
    "pain": "Douleur",
    "currentMedications": "Traitements en cours",
    "priorLocalTreatments": "Traitements locaux osseux antérieurs",
    "boneTargetedTherapy": "Traitement à visée osseuse",
    "anticoagulation": "Anticoagulants",
    "antiplatelets": "Antiagrégants plaquettaires",
    "prognosis": "Pronostic et état général",
    "therapeuticProject": "Projet thérapeutique",
    "ocr": "Lecture du document",
}
STATUS_LABELS = {
    "present": "présent",
    "absent": "absent",
    "uncertain": "incertain",
    "conflicting": "contradictoire",
    "unknown": "non renseigné",
}
SEVERITY_LABELS = {"blocking": "Bloquant", "major": "Majeur", "minor": "Mineur"}
KIND_LABELS = {
    "missing": "manquant",
    "uncertain": "incertain",
    "conflicting": "contradictoire",
    "incomplete": "incomplet",
    "unreadable": "illisible",
}
FIELD_LABELS = {
    "sex": "Sexe", "age": "Âge", "birth_date": "Date de naissance", "letter_date": "Date du courrier",
    "site": "Localisation", "histology": "Histologie", "biomarkers": "Biomarqueur", "tnm": "TNM",
    "diagnosis_date": "Date du diagnostic", "circumstances": "Circonstance", "evolution": "Date ou durée d'évolution",
    "types": "Type", "intensity": "Intensité", "medications": "Médicament", "treatments": "Traitement",
    "agents": "Molécule", "performance": "État général", "life_expectancy": "Espérance de vie",
    "intent": "Intention", "current_treatment": "Traitement oncologique en cours", "question": "Question posée",
}
SITE_CODES = ("lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other",
              "unknown_primary")
HISTOLOGY_CODES = ("adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma",
                   "nsclc_nos", "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma",
                   "neuroendocrine", "other")
CIRCUMSTANCE_CODES = ("pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
                      "incidental_imaging", "other")
PAIN_TYPE_CODES = ("mechanical", "nocturnal", "neuropathic", "inflammatory")
TREATMENT_CODES = ("radiotherapy", "surgery", "cementoplasty", "ablation", "other")
INTENT_CODES = ("curative", "palliative", "supportive")
CODE_LABELS = {
    "F": "femme", "M": "homme",
    "lung": "poumon", "breast": "sein", "prostate": "prostate", "kidney": "rein", "thyroid": "thyroïde",
    "colorectal": "côlon-rectum", "bladder": "vessie", "melanoma": "mélanome", "other": "autre",
    "unknown_primary": "primitif inconnu",
    "adenocarcinoma": "adénocarcinome", "squamous_cell_carcinoma": "carcinome épidermoïde",
    "small_cell_carcinoma": "carcinome à petites cellules", "large_cell_carcinoma": "carcinome à grandes cellules",
    "nsclc_nos": "CBNPC sans autre précision", "invasive_ductal_carcinoma": "carcinome canalaire infiltrant",
    "invasive_lobular_carcinoma": "carcinome lobulaire infiltrant",
    "clear_cell_carcinoma": "carcinome à cellules claires", "neuroendocrine": "neuroendocrine",
    "pain": "douleur", "pathological_fracture": "fracture pathologique",
    "neurological_deficit": "déficit neurologique, compression médullaire", "hypercalcemia": "hypercalcémie",
    "staging_imaging": "imagerie de bilan ou de suivi du cancer",
    "incidental_imaging": "découverte fortuite sur imagerie",
    "mechanical": "mécanique", "nocturnal": "nocturne", "neuropathic": "neuropathique",
    "inflammatory": "inflammatoire",
    "radiotherapy": "radiothérapie", "surgery": "chirurgie", "cementoplasty": "cimentoplastie",
    "ablation": "ablation (radiofréquence, cryothérapie, micro-ondes)",
    "curative": "curative", "palliative": "palliative", "supportive": "soins de support exclusifs",
    "positive": "positif", "negative": "négatif", "pending": "en attente",
}
SCALE_LABELS = {"NRS": "EN", "VAS": "EVA", "ECOG": "OMS/ECOG", "KPS": "Karnofsky"}


@dataclass(frozen=True)
class Entry:
    """One value of an item, worded for a clinician, with the words of the letter it was read from."""

    field: str
    text: str
    evidence: Evidence | None


def describe(value) -> str:
    """A record value (code, text, score, drug, biomarker) as a clinician would write it."""
    if isinstance(value, Coded):
        return CODE_LABELS.get(value.code, value.code)
    if isinstance(value, Text):
        return value.text
    if isinstance(value, Score):
        scale = SCALE_LABELS.get(value.scale or "", value.scale or "")
        return f"{value.value}/10 ({scale})" if value.scale in ("NRS", "VAS") else f"{scale} {value.value}".strip()
    if isinstance(value, Medication):
        details = ", ".join(part for part in (value.inn, value.atc) if part)
        same_words = (value.inn or "").casefold() == value.text.casefold()
        return f"{value.text} ({details})" if details and not same_words else value.text
    if isinstance(value, Biomarker):
        result = CODE_LABELS.get(value.result, value.result)
        return f"{value.name} {result}" + (f" ({value.value})" if value.value else "")
    return str(value)


def entries(section) -> list[Entry]:
    """Every value of an item (or of the patient), in the record's field order."""
    found = []
    for spec in fields(section):
        if spec.name in ("status", "evidence"):
            continue
        value = getattr(section, spec.name)
        for one in value if isinstance(value, list) else [value]:
            if one is not None:
                text = describe(one) + (" ans" if spec.name == "age" else "")
                found.append(Entry(FIELD_LABELS.get(spec.name, spec.name), text, one.evidence))
    return found


