"""Record -> XML document of the contract (namespace urn:rcp-intake:request:1), evidence on every value."""
from __future__ import annotations

from lxml import etree

from pipeline.fields.base import Evidence
from pipeline.record import (
    Agents,
    Biomarker,
    BoneDiagnosis,
    Coded,
    Gap,
    Item,
    LocalTreatments,
    Medication,
    Medications,
    Pain,
    PrimaryTumor,
    Prognosis,
    Record,
    Score,
    Text,
    TherapeuticProject,
)

NS = "urn:rcp-intake:request:1"
SCHEMA_VERSION = "1.0"


def q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _evidence_attrs(element: etree._Element, evidence: Evidence | None) -> None:
    if evidence is not None:
        element.set("page", str(evidence.page))
        element.set("start", str(evidence.start))
        element.set("end", str(evidence.end))
        element.set("quote", evidence.quote)


def _sub(parent, tag: str, text: str | None = None, evidence: Evidence | None = None, **attrs) -> etree._Element:
    element = etree.SubElement(parent, q(tag))
    for key, value in attrs.items():
        if value is not None:
            element.set(key, str(value))
    if text is not None:
        element.text = text
    _evidence_attrs(element, evidence)
    return element


def _coded(parent, tag: str, value: Coded | None) -> None:
    if value is not None:
        _sub(parent, tag, evidence=value.evidence, code=value.code)


def _text(parent, tag: str, value: Text | None) -> None:
    if value is not None:
        _sub(parent, tag, value.text, value.evidence)


def _score(parent, tag: str, value: Score | None) -> None:
    if value is not None:
        _sub(parent, tag, str(value.value), value.evidence, scale=value.scale)


def _medication(parent, tag: str, value: Medication) -> None:
    _sub(parent, tag, value.text, value.evidence, atc=value.atc, inn=value.inn)


def _item(root, name: str, item: Item) -> etree._Element:
    element = _sub(root, name, status=item.status)
    _item_values(element, item)
    for evidence in item.evidence:
        _sub(element, "evidence", evidence.quote, page=evidence.page, start=evidence.start, end=evidence.end)
    return element


def _item_values(element, item: Item) -> None:
    if isinstance(item, PrimaryTumor):
        _coded(element, "site", item.site)
        _coded(element, "histology", item.histology)
        for marker in item.biomarkers:
            _biomarker(element, marker)
        _text(element, "tnm", item.tnm)
        _text(element, "diagnosisDate", item.diagnosis_date)
    elif isinstance(item, BoneDiagnosis):
        for value in item.circumstances:
            _coded(element, "circumstance", value)
        for value in item.evolution:
            _text(element, "evolution", value)
    elif isinstance(item, Pain):
        for value in item.types:
            _coded(element, "type", value)
        _score(element, "intensity", item.intensity)
        _text(element, "site", item.site)
    elif isinstance(item, Medications):
        for value in item.medications:
            _medication(element, "medication", value)
    elif isinstance(item, LocalTreatments):
        for value in item.treatments:
            _sub(element, "treatment", evidence=value.evidence, type=value.code)
    elif isinstance(item, Agents):
        for value in item.agents:
            _medication(element, "agent", value)
    elif isinstance(item, Prognosis):
        _score(element, "performanceStatus", item.performance)
        _text(element, "lifeExpectancy", item.life_expectancy)
    elif isinstance(item, TherapeuticProject):
        _coded(element, "intent", item.intent)
        if item.current_treatment:
            holder = _sub(element, "currentOncologicTreatment")
            for value in item.current_treatment:
                _medication(holder, "medication", value)
        _text(element, "question", item.question)


def _biomarker(parent, marker: Biomarker) -> None:
    _sub(parent, "biomarker", evidence=marker.evidence, name=marker.name, result=marker.result, value=marker.value)


def to_xml(record: Record, *, with_gaps: bool = True) -> etree._Element:
    """The record as an lxml tree (gaps included once computed)."""
    root = etree.Element(q("rcpRequest"), nsmap={None: NS})
    root.set("schemaVersion", SCHEMA_VERSION)
    prov = record.provenance
    provenance = _sub(root, "provenance")
    _sub(provenance, "sourceFile", prov.file_name)
    _sub(provenance, "sha256", prov.sha256)
    _sub(provenance, "format", prov.format)
    _sub(provenance, "pageCount", str(prov.page_count))
    _sub(provenance, "pipelineVersion", prov.pipeline_version)
    _sub(provenance, "convertedAt", prov.converted_at)
    for number, confidence in enumerate(prov.ocr_confidences, start=1):
        if confidence is not None:
            _sub(provenance, "ocrPage", number=number, meanConfidence=f"{confidence:.1f}")
    patient = _sub(root, "patient")
    _coded_text(patient, "sex", record.patient.sex)
    _score(patient, "age", record.patient.age)
    _text(patient, "birthDate", record.patient.birth_date)
    _text(patient, "letterDate", record.patient.letter_date)
    for name in ("primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
                 "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject"):
        _item(root, name, getattr(record, name))
    if with_gaps:
        add_gaps(root, record.gaps)
    return root


def add_gaps(root: etree._Element, gaps: list[Gap]) -> None:
    """The gaps element, last of the record (gaps are computed from the record's XML without it)."""
    element = _sub(root, "gaps")
    for gap in gaps:
        _sub(element, "gap", gap.text, item=gap.item, kind=gap.kind, severity=gap.severity)


def _coded_text(parent, tag: str, value: Coded | None) -> None:
    """The patient's sex is element text (F or M), as the contract says."""
    if value is not None:
        _sub(parent, tag, value.code, value.evidence)


def serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
