"""One letter, end to end: read -> analyse -> record -> XML -> gaps -> validate -> write."""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline import returnform
from pipeline.errors import InvalidRecord
from pipeline.fields.base import Evidence
from pipeline.gaps import GapRules, compute_gaps, load_rules
from pipeline.nlp import analyse
from pipeline.reading import Document, read_document
from pipeline.reading.model import printable
from pipeline.record import ITEMS, Provenance, Record
from pipeline.state import pipeline_version
from pipeline.validate import validation_errors
from pipeline.xml_writer import add_gaps, serialise, to_xml


@dataclass
class Conversion:
    """What converting one letter gave: the record, its XML and where it was written."""

    record: Record
    xml: bytes
    document: Document
    output: Path | None = None
    gaps_by_severity: dict[str, int] = field(default_factory=dict)

    @property
    def blocking(self) -> bool:
        return self.gaps_by_severity.get("blocking", 0) > 0


def _paginate(value, document: Document):
    """Give every Evidence inside `value` its page number (recursively through dataclasses and lists)."""
    if isinstance(value, Evidence):
        return replace(value, page=document.page_at(value.start))
    if isinstance(value, list):
        return [_paginate(v, document) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            setattr(value, name, _paginate(getattr(value, name), document))
    return value


def build_record(document: Document) -> Record:
    doc = analyse(document.text)
    provenance = Provenance(
        file_name=printable(document.path.name),
        sha256=document.sha256,
        format=document.format,
        page_count=max(document.page_count, 1),
        pipeline_version=pipeline_version(),
        converted_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        ocr_confidences=[p.ocr_confidence for p in document.pages],
    )
    record = Record(provenance=provenance, text=document.text)
    fields = doc._.rcp or {}
    for name in ("patient", *ITEMS):
        if name in fields:
            setattr(record, name, _paginate(fields[name], document))
    return record


def convert_document(document: Document, rules: GapRules | None = None) -> Conversion:
    return conclude(build_record(document), document, rules)


def conclude(record: Record, document: Document, rules: GapRules | None = None) -> Conversion:
    """Gaps, XML and validation of a record, built from a letter or completed by a return form."""
    root = to_xml(record, with_gaps=False)
    record.gaps = compute_gaps(root, rules or load_rules())
    add_gaps(root, record.gaps)
    errors = validation_errors(root)
    if errors:
        raise InvalidRecord("record does not validate against the XSD: " + "; ".join(errors[:3]))
    counts: dict[str, int] = {}
    for gap in record.gaps:
        counts[gap.severity] = counts.get(gap.severity, 0) + 1
    return Conversion(record, serialise(root), document, gaps_by_severity=counts)


_UMASK = os.umask(0)
os.umask(_UMASK)


def write_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file and a rename: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")  # see batch._remove_leftovers
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def convert_file(path: Path, out_dir: Path, rules: GapRules | None = None, output: Path | None = None) -> Conversion:
    """Convert one letter and write OUT_DIR/<stem>.xml (or `output`); raises a LetterError on a bad letter."""
    document = read_document(path)
    reference = returnform.reference_of(document)
    if reference is None:
        conversion = convert_document(document, rules)
    else:  # a completed return form: its answers complete the record it was written for
        record = returnform.merged_record(document, returnform.find_record(reference, out_dir))
        conversion = conclude(record, document, rules)
    conversion.output = output or out_dir / f"{Path(path).stem}.xml"
    write_atomically(conversion.output, conversion.xml)
    return conversion
