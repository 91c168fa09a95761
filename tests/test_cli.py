"""The command line end to end: one line per letter, XML written, exit codes a Makefile can trust."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lxml import etree

from pipeline.cli import main
from pipeline.errors import ExitCode
from pipeline.validate import validation_errors

ROOT = Path(__file__).resolve().parent.parent

GOOD = "Le 02/02/2025\nM. Paul TEST, 70 ans.\nTraitement : Xarelto 20 mg/j.\nPas de douleur.\n"
NO_ANTICOAGULANT_WORD = "Le 02/02/2025\nMme Anne TEST, 60 ans.\nTraitement : Doliprane 1 g.\n"


def _letters(tmp_path, **letters) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, content in letters.items():
        (folder / name.replace("_", ".")).write_bytes(content if isinstance(content, bytes) else content.encode())
    return folder


def test_cli_converts_a_folder_and_writes_valid_xml(nlp, tmp_path, capsys):
    folder = _letters(tmp_path, a_txt=GOOD)
    status = main(["convert", str(folder), "--out", str(tmp_path / "out"), "-j", "0"])
    out = capsys.readouterr().out
    assert "converted  a.txt" in out and "1 letter(s): 1 converted" in out
    root = etree.parse(str(tmp_path / "out" / "a.xml")).getroot()
    assert validation_errors(root) == []
    assert status in (ExitCode.OK, ExitCode.BLOCKING_GAPS)


def test_cli_failed_letter_is_reported_and_batch_goes_on(nlp, tmp_path, capsys):
    folder = _letters(tmp_path, a_txt=GOOD, empty_txt=b"", broken_pdf=b"%PDF-1.4 garbage")
    status = main(["convert", str(folder), "--out", str(tmp_path / "out")])
    out = capsys.readouterr().out
    assert status == ExitCode.FAILED_LETTERS
    assert "failed     empty.txt: read: empty file" in out
    assert "failed     broken.pdf: read:" in out
    assert "3 letter(s): 1 converted" in out and "2 failed" in out
    assert sorted(p.name for p in (tmp_path / "out").glob("*.xml")) == ["a.xml"]


def test_cli_blocking_gap_gives_its_own_exit_code(nlp, tmp_path, capsys):
    folder = _letters(tmp_path, a_txt=NO_ANTICOAGULANT_WORD)
    status = main(["convert", str(folder), "--out", str(tmp_path / "out")])
    assert status == ExitCode.BLOCKING_GAPS
    assert "1 blocking" in capsys.readouterr().out


def test_cli_missing_input_is_reported(nlp, tmp_path, capsys):
    status = main(["convert", str(tmp_path / "nowhere.pdf"), str(_letters(tmp_path, a_txt=GOOD)),
                   "--out", str(tmp_path / "out")])
    assert status == ExitCode.FAILED_LETTERS
    assert "no such file or folder" in capsys.readouterr().out


def test_cli_second_run_reports_letters_up_to_date(nlp, tmp_path, capsys):
    folder = _letters(tmp_path, a_txt=GOOD)
    out_dir = tmp_path / "out"
    main(["convert", str(folder), "--out", str(out_dir), "-j", "0"])
    main(["convert", str(folder), "--out", str(out_dir), "-j", "0"])
    assert "up to date a.txt" in capsys.readouterr().out


def test_cli_same_stem_in_two_formats_gets_two_records(nlp, tmp_path):
    folder = _letters(tmp_path, a_txt=GOOD)
    (folder / "a.text").write_text(GOOD, encoding="utf-8")
    main(["convert", str(folder), "--out", str(tmp_path / "out"), "-j", "0"])
    assert sorted(p.name for p in (tmp_path / "out").glob("*.xml")) == ["a-text.xml", "a-txt.xml"]


def test_cli_help_explains_exit_codes():
    result = subprocess.run([sys.executable, "-m", "pipeline", "convert", "--help"],
                            capture_output=True, text=True, cwd=ROOT, check=True)
    assert "blocking gap" in result.stdout and "--out" in result.stdout


def test_cli_bad_rule_file_is_a_usage_error(tmp_path, capsys):
    rules = tmp_path / "rules.json"
    rules.write_text('{"items": {"pain": {"missing": {"severity": "urgent", "question": "?"}}}}')
    status = main(["convert", str(tmp_path), "--out", str(tmp_path / "out"), "--rules", str(rules)])
    assert status == ExitCode.USAGE
    assert "severity" in capsys.readouterr().err
