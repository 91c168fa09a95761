"""The return form: a DOCX addressed to the referring physician, pre-filled with what the letter
said, with a checkbox or a blank for every answer each gap needs."""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

from pipeline.reading.model import printable
from pipeline.record import ITEMS, Record
from pipeline.returnform.questions import (
    BLANK,
    FORM_ID,
    Question,
    box_tag,
    questions_for,
)
from pipeline.wording import ITEM_LABELS, SEVERITY_LABELS, STATUS_LABELS, entries

FORM_SUFFIX = "-formulaire-retour.docx"
_BOX_FONT = 'w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"'


def form_path(record_xml: Path) -> Path:
    """Where the return form of a record is written: beside it, named after it."""
    return record_xml.with_name(record_xml.stem + FORM_SUFFIX)


def _checkbox(paragraph, tag: str) -> None:
    """A Word checkbox content control (w14:checkbox): a click ticks it in Word and LibreOffice;
    elsewhere the ☐ can be replaced by ☒ or X."""
    paragraph._p.append(parse_xml(
        f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox>'
        '<w14:checked w14:val="0"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f"<w:sdtContent><w:r><w:rPr><w:rFonts {_BOX_FONT}/></w:rPr><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>"))


def _question(document, question: Question) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{question.label} : ").bold = True
    if question.is_box:
        for code, label in question.options:
            _checkbox(paragraph, box_tag(question, code))
            paragraph.add_run(f" {label}   ")
    else:
        paragraph.add_run(BLANK)


def _found(section) -> str:
    values = "; ".join(f"{entry.field.lower()} : {entry.text}" for entry in entries(section))
    status = STATUS_LABELS[section.status]
    return f"{status} ({values})" if values else status


def _patient_phrase(record: Record) -> str:
    words = {entry.field: entry.text for entry in entries(record.patient)}
    who = "votre patient(e)"
    if "Sexe" in words:
        who = "votre patiente" if words["Sexe"] == "femme" else "votre patient"
    return who + (f" de {words['Âge']} ans" if "Âge" in words else "")


@lru_cache(maxsize=1)
def _reused_document() -> docx.Document:
    """python-docx's default template, parsed once per process (10 ms a form otherwise)."""
    return docx.Document()


def _heading(document, text: str, level: int) -> None:
    """document.add_heading, with the style given by its id: python-docx looks a style name up
    through the whole styles part at every use."""
    document.add_paragraph(text)._p.style = f"Heading{level}"


def build_return_form(record: Record, record_name: str) -> docx.Document:
    """The form for one record with gaps; `record_name` is the XML file the answers will complete.
    The returned document is reused by the next call: save it first."""
    document = _reused_document()
    document.element.body.clear_content()
    document.core_properties.title = "Demande d'avis RCP métastases osseuses : informations complémentaires"
    document.core_properties.subject = FORM_ID
    _heading(document, "RCP métastases osseuses : informations complémentaires", 1)
    document.add_paragraph("À l'attention du médecin adressant")
    document.add_paragraph(
        f"Chère consœur, cher confrère, votre demande d'avis concernant {_patient_phrase(record)} "
        f"(courrier « {record.provenance.file_name} ») sera présentée à la RCP métastases osseuses. "
        "Pour que le dossier puisse être discuté, merci de compléter les points ci-dessous (cocher les cases, "
        "écrire sur les pointillés) et de nous renvoyer ce document au format Word, sans modifier la "
        "référence en bas de page.")
    _heading(document, "Ce que nous avons retenu de votre courrier", 2)
    table = document.add_table(rows=0, cols=2)
    table._tbl.tblStyle_val = "TableGrid"  # "Table Grid", by id (see _heading)
    for name in ITEMS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = ITEM_LABELS[name], _found(getattr(record, name))
    _heading(document, "Informations à compléter", 2)
    asked = list(dict.fromkeys(gap.item for gap in record.gaps if questions_for(gap.item)))
    for number, item in enumerate(asked, start=1):
        gaps = [gap for gap in record.gaps if gap.item == item]
        _heading(document, f"{number}. {ITEM_LABELS[item]} ({SEVERITY_LABELS[gaps[0].severity].lower()})", 3)
        for gap in gaps:
            document.add_paragraph().add_run(gap.text).italic = True
        for question in questions_for(item):
            _question(document, question)
    marker = document.add_paragraph().add_run(
        f"Référence du dossier, ne pas modifier : {FORM_ID} {record.provenance.sha256} {printable(record_name)}")
    marker.font.size = Pt(7)
    marker.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return document


def return_form_bytes(record: Record, record_name: str) -> bytes:
    buffer = io.BytesIO()
    build_return_form(record, record_name).save(buffer)
    return buffer.getvalue()
