"""The RCP request record as typed values, each with its evidence (contract: spec/rcp-request.md)."""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.fields.base import Evidence

ITEMS = (
    "primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
    "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject",
)
STATUSES = ("present", "absent", "uncertain", "conflicting", "unknown")


@dataclass
class Coded:
    """A code from one of the contract's code lists, with the words it was read from."""

    code: str
    evidence: Evidence | None = None


@dataclass
class Text:
    text: str
    evidence: Evidence | None = None


@dataclass
class Score:
    """An integer on a scale: pain intensity (NRS/VAS), performance status (ECOG/KPS), age."""

    value: int
    scale: str | None = None
    evidence: Evidence | None = None


@dataclass
class Medication:
    atc: str | None
    inn: str | None
    text: str
    evidence: Evidence | None = None


@dataclass
class Biomarker:
    name: str
    result: str  # positive, negative, pending
    value: str | None = None
    evidence: Evidence | None = None


@dataclass
class Item:
    """Common part of the ten items: a status and the mentions that decided it."""

    status: str = "unknown"
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Patient:
    sex: Coded | None = None
    age: Score | None = None
    birth_date: Text | None = None
    letter_date: Text | None = None


@dataclass
class PrimaryTumor(Item):
    site: Coded | None = None
    histology: Coded | None = None
    biomarkers: list[Biomarker] = field(default_factory=list)
    tnm: Text | None = None
    diagnosis_date: Text | None = None


@dataclass
class BoneDiagnosis(Item):
    circumstances: list[Coded] = field(default_factory=list)
    evolution: list[Text] = field(default_factory=list)


@dataclass
class Pain(Item):
    types: list[Coded] = field(default_factory=list)
    intensity: Score | None = None
    site: Text | None = None


@dataclass
class Medications(Item):
    medications: list[Medication] = field(default_factory=list)


@dataclass
class LocalTreatments(Item):
    treatments: list[Coded] = field(default_factory=list)


@dataclass
class Agents(Item):
    agents: list[Medication] = field(default_factory=list)


@dataclass
class Prognosis(Item):
    performance: Score | None = None
    life_expectancy: Text | None = None


@dataclass
class TherapeuticProject(Item):
    intent: Coded | None = None
    current_treatment: list[Medication] = field(default_factory=list)
    question: Text | None = None


@dataclass
class Gap:
    item: str
    kind: str  # missing, uncertain, conflicting, incomplete
    severity: str  # blocking, major, minor
    text: str


@dataclass
class Provenance:
    file_name: str
    sha256: str
    format: str
    page_count: int
    pipeline_version: str
    converted_at: str
    ocr_confidences: list[float | None] = field(default_factory=list)


@dataclass
class Record:
    provenance: Provenance
    patient: Patient = field(default_factory=Patient)
    primaryTumor: PrimaryTumor = field(default_factory=PrimaryTumor)
    boneDiagnosis: BoneDiagnosis = field(default_factory=BoneDiagnosis)
    pain: Pain = field(default_factory=Pain)
    currentMedications: Medications = field(default_factory=Medications)
    priorLocalTreatments: LocalTreatments = field(default_factory=LocalTreatments)
    boneTargetedTherapy: Agents = field(default_factory=Agents)
    anticoagulation: Agents = field(default_factory=Agents)
    antiplatelets: Agents = field(default_factory=Agents)
    prognosis: Prognosis = field(default_factory=Prognosis)
    therapeuticProject: TherapeuticProject = field(default_factory=TherapeuticProject)
    gaps: list[Gap] = field(default_factory=list)
    text: str = ""  # the letter's text the offsets refer to (for reports; not written to XML)
