"""The batch's dashboard: summary.csv and index.html, one row per input (failed ones included)."""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from html import escape
from pathlib import Path

from pipeline.gaps import SEVERITIES
from pipeline.reading.model import printable
from pipeline.report.layout import href, html_page
from pipeline.returnform.writer import form_path

COLUMNS = ("file", "outcome", "reason", *SEVERITIES, "xml", "report", "return_form")
OUTCOME_LABELS = {"converted": "converti", "converted with gaps": "converti, avec lacunes", "failed": "échec"}
UP_TO_DATE = "up to date, not converted again"
REASON_LABELS = {UP_TO_DATE: "à jour, non reconverti"}  # failure reasons stay as the converter gives them


@dataclass(frozen=True)
class Row:
    file: str
    outcome: str  # converted, converted with gaps, failed
    reason: str
    gaps: dict[str, int]
    xml: str
    report: str
    return_form: str

    def as_csv(self) -> list[str]:
        return [printable(self.file), self.outcome, self.reason, *(str(self.gaps.get(s, 0)) for s in SEVERITIES),
                printable(self.xml), printable(self.report), printable(self.return_form)]


def _relative(path: Path | None, out_dir: Path) -> str:
    """A path as seen from the output folder (where index.html links from), or as given."""
    if path is None:
        return ""
    try:
        return Path(os.path.relpath(Path(path).resolve(), out_dir.resolve())).as_posix()
    except ValueError:  # another drive
        return str(path)


def rows_of(summary, out_dir: Path) -> list[Row]:
    """One row per outcome, by file name, with the paths of its record, report and return form (when written)."""
    rows = []
    for outcome in sorted(summary.outcomes, key=lambda o: str(o.source)):
        form = form_path(Path(outcome.output)) if outcome.output else None
        if outcome.status == "failed":
            verdict, reason = "failed", outcome.reason
        else:
            verdict = "converted with gaps" if any(outcome.gaps_by_severity.values()) else "converted"
            reason = UP_TO_DATE if outcome.status == "skipped" else ""
        rows.append(Row(str(outcome.source), verdict, reason, dict(outcome.gaps_by_severity),
                        _relative(outcome.output, out_dir), _relative(outcome.report, out_dir),
                        _relative(form if form and form.exists() else None, out_dir)))
    return rows


def summary_csv(rows: list[Row]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(row.as_csv() for row in rows)
    return buffer.getvalue().encode("utf-8")


def _link(target: str, text: str) -> str:
    return f'<a href="{href(target)}">{escape(text)}</a>' if target else ""


def index_html(rows: list[Row]) -> str:
    """The same rows as summary.csv, in French, sortable by any column, with the counts above."""
    count = {verdict: sum(row.outcome == verdict for row in rows) for verdict in OUTCOME_LABELS}
    blocking = sum(row.gaps.get("blocking", 0) > 0 for row in rows if row.outcome != "failed")
    counts = (f'<p class="counts"><span><strong>{len(rows)}</strong> courrier(s)</span>'
              f'<span><strong>{count["converted"]}</strong> complet(s)</span>'
              f'<span><strong>{count["converted with gaps"]}</strong> avec lacunes</span>'
              f'<span class="severity-blocking"><strong>{blocking}</strong> avec lacune bloquante</span>'
              f'<span><strong>{count["failed"]}</strong> en échec</span></p>')
    body_rows = []
    for row in rows:
        gaps = "".join(f'<td data-sort="{row.gaps.get(s, 0)}">{row.gaps.get(s, 0) or ""}</td>' for s in SEVERITIES)
        body_rows.append(
            f'<tr class="outcome-{row.outcome.replace(" ", "-")}"><td>{escape(printable(row.file))}</td>'
            f"<td>{OUTCOME_LABELS[row.outcome]}</td><td>{escape(REASON_LABELS.get(row.reason, row.reason))}</td>{gaps}"
            f"<td>{_link(row.report, 'rapport')}</td><td>{_link(row.xml, 'XML')}</td>"
            f"<td>{_link(row.return_form, 'formulaire')}</td></tr>")
    table = ('<table class="sortable"><thead><tr><th>Fichier</th><th>Résultat</th><th>Motif</th>'
             "<th>Bloquantes</th><th>Majeures</th><th>Mineures</th><th>Rapport</th><th>XML</th>"
             f"<th>Formulaire de retour</th></tr></thead>\n<tbody>\n{chr(10).join(body_rows)}\n</tbody></table>")
    body = (f"<header><h1>Demandes d'avis RCP métastases osseuses : lot</h1></header>\n{counts}\n"
            "<p>Cliquer sur un en-tête de colonne pour trier. Les lacunes de chaque courrier, avec la question "
            f"à poser au médecin adressant, sont dans son rapport.</p>\n{table}")
    return html_page("RCP — synthèse du lot", body, sortable=True)
