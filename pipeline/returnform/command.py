"""`rcp-intake merge FORM --record XML`: complete a record with a return form named explicitly
(`convert` does the same when it finds the record in its output folder)."""
from __future__ import annotations

import sys
from pathlib import Path

from pipeline.convert import conclude, write_atomically
from pipeline.errors import ExitCode, LetterError
from pipeline.gaps import GapRules
from pipeline.reading import read_document
from pipeline.report import write_letter_report
from pipeline.returnform.merge import merged_record


def run_merge(form: Path, record_xml: Path, out_dir: Path | None, rules: GapRules, stream=None) -> ExitCode:
    """Write OUT/<form>.xml (OUT defaults to the record's folder) and its report; one line, no letter text."""
    stream = stream or sys.stdout
    out_dir = out_dir or record_xml.parent
    try:
        document = read_document(form)
        conversion = conclude(merged_record(document, record_xml), document, rules)
        conversion.output = out_dir / f"{form.stem}.xml"
        write_atomically(conversion.output, conversion.xml)
        write_letter_report(conversion, out_dir)
    except LetterError as exc:
        print(f"failed     {form.name}: {exc.stage}: {exc.reason}", file=stream)
        return ExitCode.FAILED_LETTERS
    gaps = ", ".join(f"{n} {s}" for s, n in conversion.gaps_by_severity.items()) or "no gap"
    print(f"merged     {form.name} + {record_xml.name} -> {conversion.output} ({gaps})", file=stream)
    return ExitCode.BLOCKING_GAPS if conversion.blocking else ExitCode.OK
