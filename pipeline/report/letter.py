"""The per-letter report for the coordinator: gaps first (what to ask whom), then the record as a
summary, then the letter's own text page by page with every piece of evidence highlighted."""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from pipeline.fields.base import Evidence
from pipeline.gaps import SEVERITIES
from pipeline.reading.model import printable
from pipeline.record import ITEMS, Record
from pipeline.report.layout import href, html_page
from pipeline.wording import (
    ITEM_LABELS,
    KIND_LABELS,
    SEVERITY_LABELS,
    STATUS_LABELS,
    entries,
)


@dataclass(frozen=True)
class ShownPage:
    """A page whose text the report shows: its number in the record's evidence, its span in Record.text."""

    number: int
    start: int
    end: int
    title: str


def shown_pages(conversion) -> list[ShownPage]:
    """The letter's pages; for a record completed by a return form, the form's pages, which the
    record numbers after the letter's (the letter's text is not in the XML the form was merged into)."""
    record, document = conversion.record, conversion.document
    from_letter = document.sha256 == record.provenance.sha256
    shift = 0 if from_letter else record.provenance.page_count
    title = "Page" if from_letter else "Formulaire de retour, page"
    pages = [(p.number, p.start, p.end) for p in document.pages] or [(1, 0, len(record.text))]
    return [ShownPage(number + shift, start, end, f"{title} {number}") for number, start, end in pages]


def labelled_evidence(record: Record) -> list[tuple[Evidence, str]]:
    """Every piece of evidence in the record, with the French name of what it supports."""
    found = []
    for name in ("patient", *ITEMS):
        section = getattr(record, name)
        found.extend((entry.evidence, f"{ITEM_LABELS[name]} : {entry.field}")
                     for entry in entries(section) if entry.evidence is not None)
        found.extend((evidence, ITEM_LABELS[name]) for evidence in getattr(section, "evidence", []))
    return found


def _anchor(evidence: Evidence) -> str:
    return f"ev-{evidence.page}-{evidence.start}"


def _is_shown(evidence: Evidence, page: ShownPage) -> bool:
    return evidence.page == page.number and page.start <= evidence.start < evidence.end <= page.end


def _highlighted_text(text: str, page: ShownPage, evidence: list[tuple[Evidence, str]]) -> str:
    """The page's text, escaped, with each evidence span in a <mark> (overlaps cut into pieces)."""
    spans = [(ev, label) for ev, label in evidence if _is_shown(ev, page)]
    starts = {ev.start: ev for ev, _ in spans}
    cuts = sorted({page.start, page.end, *(ev.start for ev, _ in spans), *(ev.end for ev, _ in spans)})
    pieces = []
    for left, right in zip(cuts, cuts[1:]):
        chunk = escape(text[left:right])
        covering = list(dict.fromkeys(label for ev, label in spans if ev.start <= left and right <= ev.end))
        if not covering:
            pieces.append(chunk)
            continue
        anchor = f' id="{_anchor(starts[left])}"' if left in starts else ""
        pieces.append(f'<mark class="evidence"{anchor} title="{escape(" ; ".join(covering))}">{chunk}</mark>')
    return "".join(pieces)


def _evidence_link(evidence: Evidence | None, pages: list[ShownPage], *, quoted: bool = False) -> str:
    """A link to the highlighted words on their page; the words themselves when that page is not shown
    (letter evidence in a record completed by a return form) or when `quoted`."""
    if evidence is None:
        return ""
    quote = f'<span class="quote">« {escape(evidence.quote)} »</span> '
    if any(_is_shown(evidence, page) for page in pages):
        return f' {quote if quoted else ""}<a class="ev-link" href="#{_anchor(evidence)}">p. {evidence.page}</a>'
    return f" {quote}(courrier p. {evidence.page})"


def _gaps_section(record: Record, return_form: str | None) -> str:
    parts = [f'<section id="lacunes">\n<h2>À compléter avant la RCP ({len(record.gaps)})</h2>']
    if not record.gaps:
        parts.append("<p>Aucune lacune : le dossier contient tout ce que la RCP demande.</p>")
    for severity in SEVERITIES:
        gaps = [gap for gap in record.gaps if gap.severity == severity]
        if not gaps:
            continue
        parts.append(f'<div class="gap-group"><h3 class="severity-{severity}">{SEVERITY_LABELS[severity]} '
                     f'({len(gaps)})</h3>\n<ul class="gaps">')
        parts.extend(f'<li class="gap severity-{severity}" data-item="{gap.item}"><strong>'
                     f'{escape(ITEM_LABELS.get(gap.item, gap.item))}</strong> '
                     f'<span class="badge">{KIND_LABELS.get(gap.kind, gap.kind)}</span> — '
                     f'<span class="question">{escape(gap.text)}</span></li>' for gap in gaps)
        parts.append("</ul></div>")
    if return_form:
        parts.append(f'<p class="notice">Formulaire de retour à envoyer au médecin adressant : '
                     f'<a href="{href(return_form)}">{escape(printable(return_form))}</a>. Une fois complété, '
                     f"le convertir avec <code>rcp-intake convert</code> : ses réponses comblent ces lacunes.</p>")
    parts.append("</section>")
    return "\n".join(parts)


def _values_cell(section, pages: list[ShownPage]) -> str:
    """The item's values, each linked to its words; then the other mentions that decided its status."""
    found = entries(section)
    values = [f"<li>{escape(entry.field)} : <strong>{escape(entry.text)}</strong>"
              f"{_evidence_link(entry.evidence, pages)}</li>" for entry in found]
    mentions = [_evidence_link(ev, pages, quoted=True) for ev in getattr(section, "evidence", [])
                if all(ev != entry.evidence for entry in found)]
    cell = f'<ul class="values">{"".join(values)}</ul>' if values else ""
    if mentions:
        cell += f'<div class="mentions">Mentions relevées :{",".join(mentions)}</div>'
    return cell or "—"


def _summary_section(record: Record, pages: list[ShownPage]) -> str:
    rows = [f'<tr id="item-patient"><th scope="row">{ITEM_LABELS["patient"]}</th><td></td>'
            f"<td>{_values_cell(record.patient, pages)}</td></tr>"]
    for name in ITEMS:
        item = getattr(record, name)
        rows.append(f'<tr id="item-{name}"><th scope="row">{ITEM_LABELS[name]}</th>'
                    f'<td><span class="badge status-{item.status}">{STATUS_LABELS[item.status]}</span></td>'
                    f"<td>{_values_cell(item, pages)}</td></tr>")
    return ('<section id="synthese">\n<h2>Synthèse du dossier</h2>\n<table>\n'
            "<thead><tr><th>Élément</th><th>Statut</th><th>Ce que dit le courrier</th></tr></thead>\n"
            f"<tbody>\n{chr(10).join(rows)}\n</tbody></table>\n</section>")


def _text_section(record: Record, pages: list[ShownPage]) -> str:
    evidence = labelled_evidence(record)
    articles = [f'<article class="page" id="page-{page.number}"><h3>{page.title}</h3>'
                f'<div class="page-text">{_highlighted_text(record.text, page, evidence)}</div></article>'
                for page in pages]
    return ('<section id="courrier">\n<h2>Texte lu, éléments retenus surlignés</h2>\n'
            + "\n".join(articles) + "\n</section>")


def _provenance_section(conversion) -> str:
    prov, document = conversion.record.provenance, conversion.document
    rows = [("Fichier du courrier", prov.file_name), ("Format", prov.format), ("Pages", str(prov.page_count)),
            ("Empreinte SHA-256", prov.sha256), ("Version du pipeline", prov.pipeline_version),
            ("Converti le", prov.converted_at)]
    rows += [(f"OCR page {number}", f"confiance moyenne {confidence:.0f} %")
             for number, confidence in enumerate(prov.ocr_confidences, start=1) if confidence is not None]
    if document.sha256 != prov.sha256:
        rows += [("Formulaire de retour", printable(document.path.name)),
                 ("Empreinte SHA-256 du formulaire", document.sha256)]
    items = "".join(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in rows)
    return f'<section id="provenance">\n<h2>Provenance</h2>\n<dl class="provenance">{items}</dl>\n</section>'


def render_letter_report(conversion, return_form: str | None = None) -> str:
    """The report as a self-contained HTML page (French; every letter-derived string escaped)."""
    record = conversion.record
    pages = shown_pages(conversion)
    patient = ", ".join(f"{entry.field.lower()} {entry.text}" for entry in entries(record.patient)[:2])
    header = (f"<header><h1>Demande d'avis RCP métastases osseuses</h1>"
              f'<p class="subtitle">{escape(record.provenance.file_name)}'
              f"{' — ' + escape(patient) if patient else ''}</p></header>")
    body = "\n".join([header, _gaps_section(record, return_form), _summary_section(record, pages),
                      _text_section(record, pages), _provenance_section(conversion)])
    return html_page(f"RCP — {record.provenance.file_name}", body)
