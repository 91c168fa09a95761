"""The coordinator's reports: per letter a self-contained French HTML page (gaps first, record,
letter text with evidence highlighted), per batch summary.csv and a sortable index."""
from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

from pipeline.cli import main
from pipeline.convert import convert_document
from pipeline.errors import ExitCode
from pipeline.gaps import DEFAULT_RULES
from pipeline.reading import read_document
from pipeline.report.letter import render_letter_report

LETTER = ("Le 03/03/2025\nCher confrère,\nJe vous adresse Mme Louise TESTARD, 68 ans, pour avis en RCP "
          "métastases osseuses.\nAdénocarcinome pulmonaire.\nTraitement actuel : Doliprane 1 g x 3/j "
          "<b>& Tramadol</b> <script>alert(1)</script>\n")


def _letter(tmp_path, text: str = LETTER, name: str = "lettre.txt") -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def _report(path: Path):
    conversion = convert_document(read_document(path))
    return conversion, lxml.html.fromstring(render_letter_report(conversion))


def test_report_lists_gaps_by_severity_with_their_questions(nlp, tmp_path):
    conversion, page = _report(_letter(tmp_path))
    shown = [(li.get("data-item"), li.find_class("question")[0].text_content()) for li in page.find_class("gap")]
    assert shown == [(gap.item, gap.text) for gap in conversion.record.gaps]  # already by severity
    titles = [h.text_content() for h in page.xpath("//div[@class='gap-group']/h3")]
    assert titles[0].startswith("Bloquant")  # anticoagulation unknown: blocking, listed first


def test_report_highlights_each_evidence_on_the_letters_own_words(nlp, tmp_path):
    conversion, page = _report(_letter(tmp_path))
    text = conversion.record.text
    marks = {m.get("id"): m.text_content() for m in page.xpath("//mark[@id]")}
    medications = conversion.record.currentMedications.medications
    assert medications, "the letter's drugs are evidence to highlight"
    for medication in medications:
        evidence = medication.evidence
        anchor = f"ev-{evidence.page}-{evidence.start}"
        assert text[evidence.start:evidence.end].startswith(marks[anchor])
        assert page.xpath(f"//a[@href='#{anchor}']"), "each value links to its words"
    for link in page.xpath("//a[@class='ev-link']"):
        assert page.get_element_by_id(link.get("href")[1:]) is not None


def test_report_escapes_letter_text_and_needs_nothing_online(nlp, tmp_path):
    conversion, _ = _report(_letter(tmp_path))
    html = render_letter_report(conversion)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert not any(external in html for external in ("<link", "src=", "@import", "url(", "http://", "https://"))


def test_report_batch_summary_has_each_input_once_failed_ones_included(nlp, tmp_path):
    folder = _letter(tmp_path).parent
    (folder / "vide.txt").write_bytes(b"")
    (folder / "casse.pdf").write_bytes(b"%PDF-1.4 garbage")
    out = tmp_path / "out"
    main(["convert", str(folder), str(tmp_path / "absent.pdf"), "--out", str(out), "-j", "0"])
    with open(out / "summary.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(Path(row["file"]).name for row in rows) == ["absent.pdf", "casse.pdf", "lettre.txt", "vide.txt"]
    by_name = {Path(row["file"]).name: row for row in rows}
    assert by_name["vide.txt"]["outcome"] == "failed" and by_name["vide.txt"]["reason"].startswith("read:")
    converted = by_name["lettre.txt"]
    assert converted["outcome"] == "converted with gaps" and int(converted["blocking"]) == 1
    for column in ("xml", "report", "return_form"):
        assert (out / converted[column]).is_file()
    index = lxml.html.parse(str(out / "index.html")).getroot()
    assert len(index.xpath("//table[contains(@class,'sortable')]/tbody/tr")) == 4
    assert "4 courrier(s)" in index.find_class("counts")[0].text_content()
    assert index.xpath("//script")  # the sorting script, inline


def _severity_of_anticoagulation_gap(report: Path) -> str:
    page = lxml.html.parse(str(report)).getroot()
    gap = page.xpath("//li[@data-item='anticoagulation']")[0]
    return next(c.split("-", 1)[1] for c in gap.get("class").split() if c.startswith("severity-"))


def test_report_severity_from_a_rule_file_copy_changes_report_and_exit_status(nlp, tmp_path):
    letter = _letter(tmp_path)
    rules = json.loads(DEFAULT_RULES.read_text(encoding="utf-8"))
    rules["items"]["anticoagulation"]["missing"]["severity"] = "minor"
    relaxed = tmp_path / "regles-locales.json"
    relaxed.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")

    default_status = main(["convert", str(letter), "--out", str(tmp_path / "a"), "-j", "0"])
    relaxed_status = main(["convert", str(letter), "--out", str(tmp_path / "b"), "-j", "0", "--rules", str(relaxed)])

    assert (default_status, relaxed_status) == (ExitCode.BLOCKING_GAPS, ExitCode.OK)
    assert _severity_of_anticoagulation_gap(tmp_path / "a" / "lettre.html") == "blocking"
    assert _severity_of_anticoagulation_gap(tmp_path / "b" / "lettre.html") == "minor"


def _chromium_dom(page: Path, profile: Path) -> str:
    """The DOM after Chromium has rendered the page (and run its scripts), headless and offline."""
    command = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
               "--dump-dom", page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout


@pytest.mark.skipif(shutil.which("chromium") is None,
                    reason="Debian's chromium package is not installed (apt-get install chromium)")
def test_report_renders_gaps_and_highlighted_evidence_in_headless_chromium(nlp, tmp_path):
    out = tmp_path / "out"
    main(["convert", str(_letter(tmp_path)), "--out", str(out), "-j", "0"])
    rendered = lxml.html.fromstring(_chromium_dom(out / "lettre.html", tmp_path / "profile"))
    gaps = rendered.find_class("gap")
    assert gaps and all(li.find_class("question")[0].text_content().strip() for li in gaps)
    marks = rendered.xpath("//div[@class='page-text']//mark[@class='evidence']")
    assert any("Doliprane" in mark.text_content() for mark in marks)
    index = lxml.html.fromstring(_chromium_dom(out / "index.html", tmp_path / "profile"))
    assert all("sortable" in th.get("class", "") for th in index.xpath("//thead//th"))  # the script ran
