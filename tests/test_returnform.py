"""The return form: written for a record with gaps, filled in as a physician would in Word, and
read back by `convert` or `merge` so that its answers close the gaps they answer, and only those."""
from __future__ import annotations

import re

import docx
from docx.oxml.ns import qn
from lxml import etree

from pipeline.cli import main
from pipeline.convert import convert_document, conclude
from pipeline.errors import ExitCode
from pipeline.reading import read_document
from pipeline.returnform import form_path
from pipeline.returnform.xml_record import record_from_xml
from pipeline.validate import validation_errors
from pipeline.xml_writer import NS, serialise, to_xml

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
LETTER = ("Le 03/03/2025\nCher confrère,\nJe vous adresse Mme Louise TESTARD, 68 ans, pour avis en RCP "
          "métastases osseuses.\nAdénocarcinome pulmonaire diagnostiqué en 2024.\n"
          "Traitement actuel : Doliprane 1 g trois fois par jour.\nBien confraternellement.\n")
OTHER_LETTER = "Le 04/04/2025\nM. Marc AUTRE, 75 ans.\nTraitement : Kardégic 75 mg.\n"


def _convert(tmp_path, text: str = LETTER, name: str = "lettre.txt"):
    """Convert a letter written into tmp_path/in with the CLI; returns (out folder, XML path)."""
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    main(["convert", str(folder / name), "--out", str(out), "-j", "0"])
    return out, out / (name.rsplit(".", 1)[0] + ".xml")


def _gaps(xml_path) -> set[tuple[str, str, str]]:
    root = etree.parse(str(xml_path)).getroot()
    return {(g.get("item"), g.get("kind"), g.get("severity")) for g in root.iterfind(f"{{{NS}}}gaps/{{{NS}}}gap")}


def _tick(document, tag: str) -> None:
    """What Word does when a checkbox content control is clicked: the flag, then the glyph."""
    for sdt in document.element.body.iter(qn("w:sdt")):
        if sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}").get(qn("w:val")) == tag:
            sdt.find(f".//{{{W14}}}checked").set(f"{{{W14}}}val", "1")
            sdt.find(f".//{qn('w:t')}").text = "☒"
            return
    raise AssertionError(f"no checkbox {tag} in the form")


def _write_on_blank(document, label: str, answer: str) -> None:
    for paragraph in document.paragraphs:
        if paragraph.text.startswith(f"{label} :"):
            paragraph.runs[-1].text = answer
            return
    raise AssertionError(f"no line {label!r} in the form")


def _fill(form, target, ticks=(), blanks=()):
    document = docx.Document(str(form))
    for tag in ticks:
        _tick(document, tag)
    for label, answer in blanks:
        _write_on_blank(document, label, answer)
    document.save(str(target))
    return target


def _answered(form, target):
    return _fill(form, target, ticks=["anticoagulation.status=present"],
                 blanks=[("Molécule et dose de l'anticoagulant", "Eliquis 5 mg matin et soir"),
                         ("État général OMS/ECOG (0 à 4)", "1")])


def test_returnform_round_trip_closes_the_answered_gaps_and_leaves_the_others(nlp, tmp_path, capsys):
    out, record_xml = _convert(tmp_path)
    before = _gaps(record_xml)
    assert {("anticoagulation", "missing", "blocking"), ("prognosis", "missing", "major")} <= before
    completed = _answered(form_path(record_xml), tmp_path / "retour-complete.docx")

    status = main(["convert", str(completed), "--out", str(out), "-j", "0"])

    merged = out / "retour-complete.xml"
    root = etree.parse(str(merged)).getroot()
    assert validation_errors(root) == []
    after = _gaps(merged)
    assert {item for item, _, _ in before - after} == {"anticoagulation", "prognosis"}
    assert after == {gap for gap in before if gap[0] not in ("anticoagulation", "prognosis")}
    assert status == ExitCode.OK  # the only blocking gap was the anticoagulant
    agent = root.find(f"{{{NS}}}anticoagulation/{{{NS}}}agent")
    assert (root.find(f"{{{NS}}}anticoagulation").get("status"), agent.get("atc")) == ("present", "B01AF02")
    letter_pages = int(root.findtext(f"{{{NS}}}provenance/{{{NS}}}pageCount"))
    assert agent.get("page") == str(letter_pages + 1) and "Eliquis" in agent.get("quote")
    performance = root.find(f"{{{NS}}}prognosis/{{{NS}}}performanceStatus")
    assert (performance.text, performance.get("scale")) == ("1", "ECOG")
    assert "Eliquis" not in capsys.readouterr().out  # answers never reach the terminal


def test_returnform_merge_command_completes_the_named_record(nlp, tmp_path):
    _, record_xml = _convert(tmp_path)
    completed = _answered(form_path(record_xml), tmp_path / "rempli.docx")
    elsewhere = tmp_path / "merged"
    status = main(["merge", str(completed), "--record", str(record_xml), "--out", str(elsewhere)])
    assert status == ExitCode.OK
    assert "anticoagulation" not in {item for item, _, _ in _gaps(elsewhere / "rempli.xml")}
    assert (elsewhere / "rempli.html").is_file()


def test_returnform_untouched_form_changes_no_gap(nlp, tmp_path):
    out, record_xml = _convert(tmp_path)
    blank = _fill(form_path(record_xml), tmp_path / "vierge.docx")
    main(["convert", str(blank), "--out", str(out), "-j", "0"])
    assert _gaps(out / "vierge.xml") == _gaps(record_xml)


def test_returnform_two_boxes_ticked_for_one_choice_leave_the_gap_open(nlp, tmp_path):
    out, record_xml = _convert(tmp_path)
    both = _fill(form_path(record_xml), tmp_path / "ambigu.docx",
                 ticks=["anticoagulation.status=present", "anticoagulation.status=absent"])
    status = main(["convert", str(both), "--out", str(out), "-j", "0"])
    assert ("anticoagulation", "missing", "blocking") in _gaps(out / "ambigu.xml")
    assert status == ExitCode.BLOCKING_GAPS


def test_returnform_answer_no_makes_the_item_absent(nlp, tmp_path):
    out, record_xml = _convert(tmp_path)
    denied = _fill(form_path(record_xml), tmp_path / "non.docx", ticks=["anticoagulation.status=absent"])
    main(["convert", str(denied), "--out", str(out), "-j", "0"])
    root = etree.parse(str(out / "non.xml")).getroot()
    assert root.find(f"{{{NS}}}anticoagulation").get("status") == "absent"


def test_returnform_form_for_another_letter_is_refused(nlp, tmp_path, capsys):
    _, record_xml = _convert(tmp_path)
    _, other_xml = _convert(tmp_path, OTHER_LETTER, "autre.txt")
    completed = _answered(form_path(record_xml), tmp_path / "rempli.docx")
    status = main(["merge", str(completed), "--record", str(other_xml), "--out", str(tmp_path / "m")])
    assert status == ExitCode.FAILED_LETTERS
    assert "merge: the form was written for another letter" in capsys.readouterr().out


def test_returnform_convert_without_the_record_fails_with_a_reason(nlp, tmp_path, capsys):
    _, record_xml = _convert(tmp_path)
    completed = _answered(form_path(record_xml), tmp_path / "rempli.docx")
    status = main(["convert", str(completed), "--out", str(tmp_path / "empty-out"), "-j", "0"])
    assert status == ExitCode.FAILED_LETTERS
    assert "merge: return form whose record (lettre.xml) is not in the output folder" in capsys.readouterr().out


def test_returnform_form_asks_every_gap_question_and_carries_the_reference(nlp, tmp_path):
    _, record_xml = _convert(tmp_path)
    text = read_document(form_path(record_xml)).text
    root = etree.parse(str(record_xml)).getroot()
    for gap in root.iterfind(f"{{{NS}}}gaps/{{{NS}}}gap"):
        assert gap.text in text
    sha256 = root.findtext(f"{{{NS}}}provenance/{{{NS}}}sha256")
    assert f"RCP-RETOUR/1 {sha256} lettre.xml" in text
    assert re.search(r"Traitement anticoagulant en cours : ☐ oui\s+☐ non", text)  # (the options' gap is kept)


def test_returnform_record_read_back_from_xml_is_the_same_record(nlp, tmp_path):
    letter = tmp_path / "lettre.txt"
    letter.write_text(LETTER, encoding="utf-8")
    document = read_document(letter)
    conversion = convert_document(document)
    again = conclude(record_from_xml(etree.fromstring(conversion.xml)), document)
    assert again.xml == conversion.xml
    assert serialise(to_xml(again.record)) == conversion.xml


def test_returnform_record_whose_name_has_spaces_is_found_again(nlp, tmp_path):
    out, record_xml = _convert(tmp_path, name="lettre du 3 mars (copie).txt")
    completed = _answered(form_path(record_xml), tmp_path / "retour.docx")
    assert main(["convert", str(completed), "--out", str(out), "-j", "0"]) == ExitCode.OK
    assert "anticoagulation" not in {item for item, _, _ in _gaps(out / "retour.xml")}


def test_returnform_box_overtyped_with_an_x_counts_as_ticked(nlp, tmp_path):
    out, record_xml = _convert(tmp_path)
    document = docx.Document(str(form_path(record_xml)))
    for sdt in document.element.body.iter(qn("w:sdt")):
        if sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}").get(qn("w:val")) == "anticoagulation.status=absent":
            sdt.getparent().replace(sdt, sdt.find(f"{qn('w:sdtContent')}/{qn('w:r')}"))  # control removed
    for run in document.element.body.iter(qn("w:r")):
        text = run.find(qn("w:t"))
        if text is not None and text.text == "☐" and run.getparent().tag == qn("w:p"):
            text.text = "X"  # the box left as plain text, overtyped
    document.save(str(tmp_path / "x.docx"))
    main(["convert", str(tmp_path / "x.docx"), "--out", str(out), "-j", "0"])
    root = etree.parse(str(out / "x.xml")).getroot()
    assert root.find(f"{{{NS}}}anticoagulation").get("status") == "absent"


def test_returnform_form_beside_its_letter_in_one_parallel_batch(nlp, tmp_path, capsys):
    _, record_xml = _convert(tmp_path)
    batch_in = tmp_path / "batch"
    batch_in.mkdir()
    (batch_in / "lettre.txt").write_text(LETTER, encoding="utf-8")
    _answered(form_path(record_xml), batch_in / "a-rempli.docx")
    status = main(["convert", str(batch_in), "--out", str(tmp_path / "fresh"), "-j", "2"])
    out = capsys.readouterr().out
    assert "converted  a-rempli.docx" in out and "converted  lettre.txt" in out
    assert status != ExitCode.FAILED_LETTERS


def test_returnform_forms_of_a_batch_are_styled_and_keep_apart(tmp_path):
    out, _ = _convert(tmp_path)
    _convert(tmp_path, OTHER_LETTER, "autre.txt")
    first = docx.Document(str(form_path(out / "lettre.xml")))
    second = docx.Document(str(form_path(out / "autre.xml")))
    headings = [p.style.name for p in first.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:3] == ["Heading 1", "Heading 2", "Heading 2"] and "Heading 3" in headings
    assert first.tables[0].style.name == "Table Grid"
    assert "lettre.txt" in first.paragraphs[2].text and "lettre.txt" not in "\n".join(p.text for p in second.paragraphs)
    assert sum(p.style.name == "Heading 1" for p in second.paragraphs) == 1
