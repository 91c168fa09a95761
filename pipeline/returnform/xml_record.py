"""A record read back from its XML (the inverse of pipeline.xml_writer), so that a return form's
answers can complete a record converted earlier. The letter's text is not in the XML: Record.text
is left empty."""
from __future__ import annotations

from lxml import etree

from pipeline.fields.base import Evidence
from pipeline.record import (
    Agents,
    Biomarker,
    BoneDiagnosis,
    Coded,
    Gap,
    LocalTreatments,
    Medication,
    Medications,
    Pain,
    Patient,
    PrimaryTumor,
    Prognosis,
    Provenance,
    Record,
    Score,
    Text,
    TherapeuticProject,
)
from pipeline.xml_writer import NS

_Q = f"{{{NS}}}"


def _evidence(element) -> Evidence | None:
    if element.get("start") is None:
        return None
    return Evidence(int(element.get("start")), int(element.get("end")), element.get("quote", ""),
                    int(element.get("page", "1")))


def _coded(element, attribute: str = "code") -> Coded:
    return Coded(element.get(attribute), _evidence(element))


def _text(element) -> Text:
    return Text(element.text or "", _evidence(element))


def _score(element) -> Score:
    return Score(int(element.text), element.get("scale"), _evidence(element))


def _medication(element) -> Medication:
    return Medication(element.get("atc"), element.get("inn"), element.text or "", _evidence(element))


def _biomarker(element) -> Biomarker:
    return Biomarker(element.get("name"), element.get("result"), element.get("value"), _evidence(element))


# item -> (class, [(record attribute, XML path, reader, several?)])
_LAYOUT = {
    "primaryTumor": (PrimaryTumor, [("site", "site", _coded, False), ("histology", "histology", _coded, False),
                                    ("biomarkers", "biomarker", _biomarker, True), ("tnm", "tnm", _text, False),
                                    ("diagnosis_date", "diagnosisDate", _text, False)]),
    "boneDiagnosis": (BoneDiagnosis, [("circumstances", "circumstance", _coded, True),
                                      ("evolution", "evolution", _text, True)]),
    "pain": (Pain, [("types", "type", _coded, True), ("intensity", "intensity", _score, False),
                    ("site", "site", _text, False)]),
    "currentMedications": (Medications, [("medications", "medication", _medication, True)]),
    "priorLocalTreatments": (LocalTreatments, [("treatments", "treatment", lambda e: _coded(e, "type"), True)]),
    "boneTargetedTherapy": (Agents, [("agents", "agent", _medication, True)]),
    "anticoagulation": (Agents, [("agents", "agent", _medication, True)]),
    "antiplatelets": (Agents, [("agents", "agent", _medication, True)]),
    "prognosis": (Prognosis, [("performance", "performanceStatus", _score, False),
                              ("life_expectancy", "lifeExpectancy", _text, False)]),
    "therapeuticProject": (TherapeuticProject, [
        ("intent", "intent", _coded, False),
        ("current_treatment", "currentOncologicTreatment/r:medication", _medication, True),
        ("question", "question", _text, False)]),
}


def _find_all(parent, path: str) -> list:
    return parent.xpath("r:" + path, namespaces={"r": NS})


def _provenance(root) -> Provenance:
    prov = root.find(f"{_Q}provenance")
    page_count = int(prov.findtext(f"{_Q}pageCount"))
    confidences: list[float | None] = [None] * page_count
    for page in prov.iterfind(f"{_Q}ocrPage"):
        confidences[int(page.get("number")) - 1] = float(page.get("meanConfidence"))
    return Provenance(prov.findtext(f"{_Q}sourceFile"), prov.findtext(f"{_Q}sha256"), prov.findtext(f"{_Q}format"),
                      page_count, prov.findtext(f"{_Q}pipelineVersion"), prov.findtext(f"{_Q}convertedAt"),
                      confidences if any(c is not None for c in confidences) else [])


def _patient(root) -> Patient:
    element = root.find(f"{_Q}patient")
    patient = Patient()
    for attribute, tag, reader in (("sex", "sex", lambda e: Coded(e.text, _evidence(e))), ("age", "age", _score),
                                   ("birth_date", "birthDate", _text), ("letter_date", "letterDate", _text)):
        found = element.find(f"{_Q}{tag}")
        if found is not None:
            setattr(patient, attribute, reader(found))
    return patient


def record_from_xml(root: etree._Element) -> Record:
    """The typed record of a (valid) XML record."""
    record = Record(provenance=_provenance(root), patient=_patient(root))
    for name, (cls, layout) in _LAYOUT.items():
        element = root.find(f"{_Q}{name}")
        item = cls(status=element.get("status"),
                   evidence=[Evidence(int(e.get("start")), int(e.get("end")), e.text or "", int(e.get("page")))
                             for e in element.iterfind(f"{_Q}evidence")])
        for attribute, path, reader, several in layout:
            found = [reader(child) for child in _find_all(element, path)]
            setattr(item, attribute, found if several else (found[0] if found else None))
        setattr(record, name, item)
    record.gaps = [Gap(g.get("item"), g.get("kind"), g.get("severity"), g.text or "")
                   for g in root.iterfind(f"{_Q}gaps/{_Q}gap")]
    return record
