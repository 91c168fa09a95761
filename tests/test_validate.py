"""The XSD: a converted record validates; broken ones fail with a message saying what is wrong."""
from __future__ import annotations

import copy

import pytest

from pipeline.convert import convert_document
from pipeline.reading import read_document
from pipeline.validate import validation_errors
from pipeline.xml_writer import NS

LETTER = """Le 12/03/2025
Mme Claire TEST, 66 ans, suivie pour un cancer du sein.
Traitement : Eliquis 5 mg matin et soir, Xgeva 120 mg toutes les 4 semaines.
"""


@pytest.fixture(scope="module")
def record_root(nlp, tmp_path_factory):
    from lxml import etree

    path = tmp_path_factory.mktemp("letters") / "lettre.txt"
    path.write_text(LETTER, encoding="utf-8")
    return etree.fromstring(convert_document(read_document(path)).xml)


def test_validate_converted_record_is_valid(record_root):
    assert validation_errors(record_root) == []


def _broken(root, xpath, change):
    broken = copy.deepcopy(root)
    change(broken.xpath(xpath, namespaces={"r": NS})[0])
    return validation_errors(broken)


@pytest.mark.parametrize("xpath, change, message", [
    ("//r:anticoagulation", lambda e: e.set("status", "maybe"), "status"),
    ("//r:anticoagulation/r:agent", lambda e: e.set("atc", "M05BX04"), "atc"),
    ("//r:boneTargetedTherapy/r:agent", lambda e: e.set("atc", "not-atc"), "atc"),
    ("//r:boneDiagnosis", lambda e: e.set("status", "absent"), "status"),
    ("//r:patient/r:sex", lambda e: setattr(e, "text", "X"), "sex"),
    ("//r:provenance/r:sha256", lambda e: setattr(e, "text", "abc"), "sha256"),
    ("//r:pain", lambda e: e.getparent().remove(e), "pain"),
])
def test_validate_broken_record_fails_with_what_is_wrong(record_root, xpath, change, message):
    errors = _broken(record_root, xpath, change)
    assert errors and message in " ".join(errors)


def test_validate_value_without_evidence_fails(record_root):
    errors = _broken(record_root, "//r:anticoagulation/r:agent", lambda e: e.attrib.pop("quote"))
    assert errors and "quote" in " ".join(errors)
