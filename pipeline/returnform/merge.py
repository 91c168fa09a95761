"""A completed return form merged into the record it was written for: each answer fills its item,
with the form's line as evidence. Form pages are numbered after the letter's pages, so that the
record tells letter evidence (pages 1..pageCount) from form evidence (the pages after)."""
from __future__ import annotations

import datetime as dt
from dataclasses import fields, replace
from pathlib import Path

from lxml import etree

from pipeline.errors import LetterError
from pipeline.fields.base import Evidence
from pipeline.fields.drugs.items import item_of
from pipeline.reading import Document
from pipeline.record import Coded, Medication, Record, Score, Text
from pipeline.returnform.answers import Answer, Reference, read_answers, reference_of
from pipeline.returnform.xml_record import record_from_xml
from pipeline.xml_writer import NS


class ReturnFormError(LetterError):
    """A return form that cannot be merged: its record is missing, unreadable or another letter's."""

    stage = "merge"


class RecordNotFound(ReturnFormError):
    """The form's record is not (yet) in the output folder: a batch tries again once its letters are done."""


def _value(answer: Answer, value, evidence: Evidence):
    """One answered value as the record's type for the question's target."""
    kind = answer.question.kind
    if kind in ("choice", "choices"):
        return Coded(value, evidence)
    if kind == "score":
        return Score(value, answer.question.scale, evidence)
    if kind == "drugs":
        return Medication(value.atc, value.inn, value.text, evidence)
    return Text(value, evidence)


def _fill(item, answers: list[Answer], page_shift: int) -> None:
    """Answers replace what the letter said for the attributes they fill; an explicit yes/no sets the
    status (an explicit no clears the values); values alone make the item present."""
    status, filled = None, False
    for answer in answers:
        evidence = replace(answer.evidence, page=answer.evidence.page + page_shift)
        item.evidence.append(evidence)
        target = answer.question.target
        if target == "status":
            status = answer.values[0]
            continue
        if target == "note":
            continue
        values = [_value(answer, value, evidence) for value in answer.values]
        if target == "agents":
            values = [v for v in values if v.atc and item_of(v.atc) == answer.question.item]
        current = getattr(item, target)
        setattr(item, target, values if isinstance(current, list) else values[0] if values else current)
        filled = filled or bool(values)
    if status == "absent":
        for spec in fields(item):
            if spec.name not in ("status", "evidence"):
                setattr(item, spec.name, [] if isinstance(getattr(item, spec.name), list) else None)
    item.status = status or ("present" if filled else item.status)


def apply_answers(record: Record, answers: list[Answer]) -> Record:
    page_shift = record.provenance.page_count
    for name in dict.fromkeys(answer.question.item for answer in answers):
        _fill(getattr(record, name), [a for a in answers if a.question.item == name], page_shift)
    return record


def find_record(reference: Reference, out_dir: Path) -> Path:
    """The record the form was written for: by its name in OUT, else any record of the same letter."""
    named = out_dir / reference.record_name
    candidates = [named] + sorted(p for p in out_dir.glob("*.xml") if p != named)
    for path in candidates:
        if path.is_file() and _letter_sha256(path) == reference.sha256:
            return path
    raise RecordNotFound(f"return form whose record ({reference.record_name}) is not in the output folder; "
                         "use `rcp-intake merge FORM --record XML`")


def _letter_sha256(path: Path) -> str | None:
    try:
        return etree.parse(str(path)).findtext(f"{{{NS}}}provenance/{{{NS}}}sha256")
    except (OSError, etree.XMLSyntaxError):
        return None


def merged_record(form: Document, record_xml: Path) -> Record:
    """The record of `record_xml` completed by the form's answers (its text: the form's)."""
    reference = reference_of(form)
    if reference is None:
        raise ReturnFormError("not a return form (no reference line)")
    try:
        record = record_from_xml(etree.parse(str(record_xml)).getroot())
    except (OSError, etree.XMLSyntaxError, AttributeError, TypeError, ValueError) as exc:
        raise ReturnFormError(f"the record {record_xml.name} cannot be read ({type(exc).__name__})") from exc
    if record.provenance.sha256 != reference.sha256:
        raise ReturnFormError(f"the form was written for another letter than the record {record_xml.name}")
    apply_answers(record, read_answers(form))
    record.text = form.text
    record.provenance.converted_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    return record
