"""Forms: answers below their labels, and blank fields whose brackets say what to write."""
import pytest


@pytest.mark.parametrize("text, item, status", [
    # Word forms made of paragraphs: the answer stands on the line below its label
    ("Traitements locaux antérieurs (os)\nAucun\nTraitement en cours\nXeloda", "priorLocalTreatments", "absent"),
    ("Traitement ostéo-ciblé au long cours\nNon (à discuter en RCP)", "boneTargetedTherapy", "absent"),
    ("Anticoagulant\nNon\nDouleur\nOui, lombaire", "anticoagulation", "absent"),
    ("Anticoagulant\nNon\nDouleur\nOui, lombaire", "pain", "present"),
    # an answer with its comment after a dash, a label's wrapped end below it
    ("Traitement anti-résorptif osseux\nNon débuté - bilan dentaire en cours, Xgeva prévu ensuite\n(bisphosphonate / "
     "dénosumab)\nAnticoagulant\nNon", "boneTargetedTherapy", "absent"),
    # drugs in brackets under a label are still drugs
    ("Traitement :\n(Eliquis, Kardégic)", "anticoagulation", "present"),
    # a sentence above a yes is no label
    ("Elle a reçu une radiothérapie de L3 en 2024.\nOui", "priorLocalTreatments", "present"),
])
def test_fields_forms_answer_on_the_line_below_its_label(analyse, text, item, status):
    assert analyse(text)[item].status == status


@pytest.mark.parametrize("text, item, status", [
    ("Traitement ostéo-ciblé : Non", "boneTargetedTherapy", "absent"),
    ("Traitement anti-ostéoclastique : aucun", "boneTargetedTherapy", "absent"),
])
def test_fields_forms_bone_targeted_therapy_labels(analyse, text, item, status):
    assert analyse(text)[item].status == status


@pytest.mark.parametrize("text, item, status", [
    # brackets that say what to write: the field is blank, its label states nothing
    ("Douleur (type, EVA)\nTraitements en cours\nXeloda 1000 mg x 2/j", "pain", "unknown"),
    ("Anticoagulant (molécule, dose)\nAntiagrégant", "anticoagulation", "unknown"),
    # brackets that tell the patient's own words
    ("Motif\nDouleur (lombaire, dorsale)\nTraitements en cours", "pain", "present"),
])
def test_fields_forms_blank_field_whose_brackets_are_instructions(analyse, text, item, status):
    assert analyse(text)[item].status == status
