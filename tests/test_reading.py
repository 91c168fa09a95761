"""Readers: golden files (input + expected text), content sniffing, and clear errors on bad input."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pipeline.errors import EmptyDocument, ScannedDocument, UnreadableDocument
from pipeline.normalize import normalize_page
from pipeline.reading import read_document, sniff_format

GOLDEN = Path(__file__).parent / "golden" / "readers"
GOLDEN_INPUTS = sorted(p for p in GOLDEN.iterdir() if not p.name.endswith(".expected.txt"))


@pytest.mark.parametrize("path", GOLDEN_INPUTS, ids=lambda p: p.name)
def test_reading_golden_files_give_expected_text(path):
    expected = (GOLDEN / f"{path.name}.expected.txt").read_text(encoding="utf-8")
    assert read_document(path).text == expected


def test_reading_pdf_reads_repeated_letterhead_once_and_drops_page_numbers():
    document = read_document(GOLDEN / "two-pages-header.pdf")
    assert document.page_count == 2
    assert document.text.count("Centre Hospitalier") == 1
    assert "Page 1" not in document.text


def test_reading_pdf_keeps_page_offsets():
    document = read_document(GOLDEN / "two-pages-header.pdf")
    offset = document.text.index("Kardégic")
    assert document.page_at(offset) == 2
    assert document.page_at(document.text.index("Xarelto")) == 1


def test_reading_docx_reads_header_merged_table_row_once_and_content_control():
    text = read_document(GOLDEN / "form-table-header.docx").text
    assert text.startswith("RCP Métastases osseuses - Fiche de demande")
    assert text.count("Renseignements cliniques") == 1
    assert "Anticoagulant | ☐ Oui ☒ Non" in text
    assert "Question posée : faut-il irradier" in text


_TEXT_BOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>
<w:p><w:r><w:t>Anticoagulant : Eliquis 5 mg x2</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>
<w:p><w:r><w:t>Anticoagulant : Eliquis 5 mg x2</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""


def test_reading_docx_reads_text_box_and_first_page_header_once(tmp_path):
    """Word writes a text box twice (a drawing, and a VML copy for older readers), and a first-page
    header may repeat the default one: each is read once."""
    import docx
    from lxml import etree

    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    for header in (section.header, section.first_page_header):
        header.paragraphs[0].text = "Centre Hospitalier d'Exempleville"
    paragraph = document.add_paragraph("Résumé :")
    paragraph._p.append(etree.fromstring(_TEXT_BOX))
    document.add_paragraph("Suite de la lettre.")
    document.save(tmp_path / "lettre.docx")
    text = read_document(tmp_path / "lettre.docx").text
    assert text.count("Eliquis") == 1 and text.count("Exempleville") == 1
    assert "Suite de la lettre." in text


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_FILLED_CONTROL = f"""<w:sdt {_W}><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>Xgeva 120 mg / 4 sem.</w:t></w:r>
</w:sdtContent></w:sdt>"""
_PLACEHOLDER_CONTROL = f"""<w:sdt {_W}><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r>
<w:t>Cliquez ou appuyez ici pour entrer du texte.</w:t></w:r></w:sdtContent></w:sdt>"""


def test_reading_docx_reads_filled_content_controls_not_placeholders(tmp_path):
    """A content control still showing Word's placeholder was left empty by the writer."""
    import docx
    from lxml import etree

    document = docx.Document()
    for label, control in (("Traitement osseux : ", _FILLED_CONTROL), ("Anticoagulant : ", _PLACEHOLDER_CONTROL)):
        paragraph = document.add_paragraph(label)
        paragraph._p.append(etree.fromstring(control))
    document.element.body.insert(-1, etree.fromstring(_PLACEHOLDER_CONTROL.replace("<w:r>", "<w:p><w:r>")
                                                      .replace("</w:r></w:sdtContent>", "</w:r></w:p></w:sdtContent>")))
    document.save(tmp_path / "formulaire.docx")
    text = read_document(tmp_path / "formulaire.docx").text
    assert "Traitement osseux : Xgeva 120 mg / 4 sem." in text
    assert "Anticoagulant :" in text and "Cliquez" not in text


def test_reading_text_decodes_cp1252_and_crlf():
    document = read_document(GOLDEN / "cp1252-crlf.txt")
    assert "Éloïse" in document.text and "Préviscan" in document.text
    assert "\r" not in document.text


@pytest.mark.parametrize("head, expected", [
    (b"%PDF-1.7\n", "pdf"),
    (b"PK\x03\x04rest", "docx"),
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"Cher confrere,", "txt"),
])
def test_reading_sniff_format_by_content(head, expected):
    assert sniff_format(head) == expected


def test_reading_pdf_renamed_docx_is_read_as_pdf(tmp_path):
    renamed = tmp_path / "lettre.docx"
    renamed.write_bytes((GOLDEN / "two-pages-header.pdf").read_bytes())
    assert read_document(renamed).format == "pdf"


@pytest.mark.parametrize("name, content, error", [
    ("vide.txt", b"", EmptyDocument),
    ("blancs.txt", b"  \n\n  ", EmptyDocument),
    ("binaire.txt", bytes(range(256)) * 4, UnreadableDocument),
    ("tronque.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog", UnreadableDocument),
])
def test_reading_bad_input_raises_a_letter_error(tmp_path, name, content, error):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error) as raised:
        read_document(path)
    assert raised.value.reason


def test_reading_zip_that_is_not_a_word_document(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "rien")
    with pytest.raises(UnreadableDocument, match="not a Word document"):
        read_document(path)


def test_reading_pdf_without_text_layer_is_reported_as_scan(tmp_path, monkeypatch):
    from fpdf import FPDF

    from pipeline.reading import ocr

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 50, 50, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(ScannedDocument, match="without a text layer"):
        read_document(path)


def test_reading_blank_page_beside_text_is_not_read_with_ocr(tmp_path, monkeypatch):
    """A blank last page is no scan: no OCR, no unreadable page reported."""
    from fpdf import FPDF

    from pipeline.reading import ocr

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 8, "Madame, je vous adresse M. Essai pour avis. Lombalgies depuis deux mois, EVA 5.")
    pdf.add_page()
    path = tmp_path / "letter.pdf"
    pdf.output(str(path))

    def no_ocr(*_):
        raise AssertionError("a blank page was read with OCR")

    monkeypatch.setattr(ocr, "read_pdf_page", no_ocr)
    document = read_document(path)
    assert "Lombalgies" in document.text
    assert [page.ocr_confidence for page in document.pages] == [None, None]


@pytest.mark.parametrize("raw, expected", [
    ("traite-\nment en cours", "traitement en cours"),
    ("traitement anti-\nrésorptif", "traitement anti-résorptif"),
    ("Saint-Jean-de-\nLuz", "Saint-Jean-de-\nLuz"),
    ("[x] Oui [ ] Non", "☒ Oui ☐ Non"),
    ("Oui [x] Non [ ]", "☒ Oui ☐ Non"),
    ("Chirurgie : Oui (x) Non ( ) — laminectomie", "Chirurgie : ☒ Oui ☐ Non — laminectomie"),
    ("Circonstances : douleur ( ) déficit neurologique (x)", "Circonstances : ☐ douleur ☒ déficit neurologique"),
    ("Anticoagulant | Oui ☐ | Non ☒", "Anticoagulant | ☐ Oui ☒ Non"),
    ("Anticoagulant : ☐ Oui ☒ Non", "Anticoagulant : ☐ Oui ☒ Non"),
    ("Douleur ☐ Oui ☒ Non", "Douleur ☐ Oui ☒ Non"),
    ("la fonction f(x) reste", "la fonction f(x) reste"),
    ("Anticoagulant : ✗ Oui ☐ Non", "Anticoagulant : ☒ Oui ☐ Non"),  # a cross ticks, as in PDF forms
    ("EVA  à\u00a06/10\r\n", "EVA à 6/10"),
    # a form's label column read before its value column: each label joined to its value
    ("Anticoagulant :\nAntiagrégant :\nOMS :\nOui - Eliquis 5 mg x 2/j\nNon\n1\nHistoire",
     "Anticoagulant : Oui - Eliquis 5 mg x 2/j\nAntiagrégant : Non\nOMS : 1\nHistoire"),
    # ... not when a value is missing or the lines below are labels too
    ("Anticoagulant :\nAntiagrégant :\nOMS :\nOui\n\nNon", "Anticoagulant :\nAntiagrégant :\nOMS :\nOui\n\nNon"),
    ("Nom :\nPrénom :", "Nom :\nPrénom :"),
])
def test_normalize_page(raw, expected):
    assert normalize_page(raw) == expected


def _two_page_pdf(path: Path, pages: list[list[str]]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


HEAD = ["CHU d'Exempleville - Oncologie", "Dr Essai - Tel 01 02 03 04 05"]


@pytest.mark.parametrize("pages, once, kept", [
    # a letterhead at the top of each page is read once (it may hold the patient's label); page numbers go
    ([HEAD + ["Eliquis 5 mg x2.", "Page 1/2"], HEAD + ["Xgeva mensuel.", "Page 2/2"]],
     ["CHU d'Exempleville", "Dr Essai"], ["Eliquis 5 mg x2.", "Xgeva mensuel."]),
    # a footer repeated at the bottom of each page is read once too
    ([["Madame Essai, 70 ans.", "Eliquis 5 mg x2.", "Patiente : ESSAI Anne, née le 01/02/1950"],
      ["Xgeva mensuel.", "Bien à vous.", "Patiente : ESSAI Anne, née le 01/02/1950"]],
     ["née le 01/02/1950"], ["Eliquis 5 mg x2.", "Bien à vous."]),
    # the same sentence at the same place on both pages, under different first lines: it is content
    ([["Madame Essai, 70 ans.", "Cancer du sein.", "Traitement : Eliquis 5 mg x2.", "EVA 6/10.", "Suite page 2."],
      ["Suite de la lettre.", "Pas de fracture.", "Traitement : Eliquis 5 mg x2.", "OMS 1.", "Bien à vous."]],
     [], ["Madame Essai", "Suite de la lettre", "Traitement : Eliquis 5 mg x2.\n"]),
    # a line that differs only by a number is no letterhead
    ([["Bilan : OMS 3.", "Douleurs."], ["Bilan : OMS 2.", "Pas de douleur."]], [], ["OMS 3", "OMS 2"]),
])
def test_reading_pdf_reads_letterheads_once_not_repeated_content(tmp_path, pages, once, kept):
    text = read_document(_two_page_pdf(tmp_path / "lettre.pdf", pages)).text
    assert [text.count(words) for words in once] == [1] * len(once)
    assert "Page" not in text
    assert [words for words in kept if words in text] == kept
    if "Traitement : Eliquis" in text:
        assert text.count("Traitement : Eliquis") == 2
