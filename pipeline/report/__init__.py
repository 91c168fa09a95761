"""Reports for the coordinator: per letter an HTML report (and a return form when the record has
gaps to ask about), per batch summary.csv and index.html. All in OUT, next to the XML records."""
from __future__ import annotations

from pathlib import Path

from pipeline.convert import write_atomically
from pipeline.report.letter import render_letter_report
from pipeline.report.summary import index_html, rows_of, summary_csv
from pipeline.returnform import form_path, return_form_bytes
from pipeline.returnform.questions import questions_for


def write_letter_report(conversion, out_dir: Path) -> Path:
    """Write OUT/<record>.html, and OUT/<record>-formulaire-retour.docx when a gap has questions to
    put to the referring physician (a form left from an earlier run is removed otherwise)."""
    record_xml = conversion.output or Path(out_dir) / f"{conversion.document.path.stem}.xml"
    form = form_path(record_xml)
    if any(questions_for(gap.item) for gap in conversion.record.gaps):
        write_atomically(form, return_form_bytes(conversion.record, record_xml.name))
    else:
        form.unlink(missing_ok=True)
    report = record_xml.with_suffix(".html")
    html = render_letter_report(conversion, form.name if form.exists() else None)
    write_atomically(report, html.encode("utf-8"))
    return report


def write_batch_reports(summary, out_dir: Path) -> None:
    """Write OUT/summary.csv and OUT/index.html: one row per input, failed ones included."""
    rows = rows_of(summary, Path(out_dir))
    write_atomically(Path(out_dir) / "summary.csv", summary_csv(rows))
    write_atomically(Path(out_dir) / "index.html", index_html(rows).encode("utf-8"))
