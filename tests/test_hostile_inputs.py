"""Broken and hostile files: each reported with a clear reason, the batch goes on, nothing
is written outside the output folder, and no patient text reaches the output or the logs."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import NameObject, StreamObject

from pipeline.batch import collect_inputs, run_batch
from pipeline.errors import ExitCode
from pipeline.gaps import load_rules

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "readers"
DOCUMENT_XML = ('<?xml version="1.0"?>{doctype}<w:document xmlns:w="http://schemas.openxmlformats.org/'
                'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>')
CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')


def _docx(path: Path, document_xml: str, compress_level: int = 6) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compress_level) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document_xml)
    return path


def _pdf(path: Path, pages: int = 1, password: str | None = None) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(200, 200)
    if password is not None:
        writer.encrypt(password, "owner-secret", algorithm="AES-256")
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def _decompression_bomb(path: Path) -> Path:
    """A one-page PDF whose content stream inflates to 1 GB of zeros."""
    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    compressor = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    data = b"".join(compressor.compress(chunk) for _ in range(1024)) + compressor.flush()
    stream = StreamObject()
    stream._data = data
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def _hostile_files(folder: Path, outside: Path) -> dict[str, str]:
    """Write every hostile input; returns file name -> words expected in its reason."""
    folder.mkdir()
    letter = GOLDEN / "two-pages-header.pdf"
    (folder / "tronque.pdf").write_bytes(letter.read_bytes()[:300])
    (folder / "corrompu.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    _pdf(folder / "chiffre.pdf", password="secret")
    _pdf(folder / "chiffre-sans-mot-de-passe.pdf", password="")
    _pdf(folder / "mille-pages.pdf", pages=250)
    _decompression_bomb(folder / "bombe.pdf")
    _docx(folder / "bombe.docx", DOCUMENT_XML.format(doctype="", text=" " * (80 * 1024 * 1024)), compress_level=9)
    secret = outside / "secret.txt"
    secret.write_text("SECRET-HORS-DOSSIER", encoding="utf-8")
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    _docx(folder / "xxe.docx", DOCUMENT_XML.format(doctype=doctype, text="Patient sous Eliquis &xxe;"))
    with zipfile.ZipFile(folder / "archive.docx", "w") as archive:
        archive.writestr("photo.txt", "pas un document Word")
    (folder / "pdf-renomme.docx").write_bytes(letter.read_bytes())
    (folder / "docx-renomme.pdf").write_bytes((GOLDEN / "form-table-header.docx").read_bytes())
    (folder / "vide.txt").write_bytes(b"")
    (folder / "binaire.txt").write_bytes(os.urandom(4096))
    with open(folder / "enorme.txt", "wb") as handle:
        handle.truncate(51 * 1024 * 1024)
    (folder / os.fsdecode(b"lettre-\xe9t\xe9 (copie).txt")).write_bytes(
        "M. Jean HOSTILE, 70 ans. Pas d'anticoagulant.".encode("cp1252"))
    (folder / "lien.txt").symlink_to(secret)
    return {
        "tronque.pdf": "PDF", "corrompu.pdf": "PDF", "chiffre.pdf": "password",
        "mille-pages.pdf": "250 pages", "bombe.pdf": "", "bombe.docx": "zip bomb",
        "archive.docx": "not a Word document", "vide.txt": "empty", "binaire.txt": "binary",
        "enorme.txt": "50 MB", "lien.txt": "link pointing outside",
    }


@pytest.fixture(scope="module")
def hostile_batch(nlp, tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    outside = base / "outside"
    outside.mkdir()
    expected = _hostile_files(base / "in", outside)
    inputs, problems = collect_inputs([base / "in"])
    stream = io.StringIO()
    summary = run_batch(inputs, base / "out", load_rules(), problems=problems, workers=1, stream=stream)
    return base, expected, summary, stream.getvalue()


def test_hostile_inputs_each_failure_has_its_reason(hostile_batch):
    _, expected, summary, _ = hostile_batch
    by_name = {o.source.name: o for o in summary.outcomes}
    for name, words in expected.items():
        assert by_name[name].status == "failed", name
        assert words in by_name[name].reason, (name, by_name[name].reason)
        assert "internal error" not in by_name[name].reason, name


def test_hostile_inputs_readable_ones_convert(hostile_batch):
    base, _, summary, _ = hostile_batch
    by_name = {os.fsencode(o.source.name): o for o in summary.outcomes}
    for name in (b"chiffre-sans-mot-de-passe.pdf", b"pdf-renomme.docx", b"docx-renomme.pdf", b"xxe.docx",
                 "lettre-\xe9t\xe9 (copie).txt".encode("latin-1")):
        assert by_name[name].status in ("converted", "failed"), name
    for name in (b"pdf-renomme.docx", b"docx-renomme.pdf", b"xxe.docx"):
        assert by_name[name].status == "converted", (name, by_name[name].reason)
    assert by_name[b"lettre-\xe9t\xe9 (copie).txt"].status == "converted"


def test_hostile_inputs_entities_are_never_resolved(hostile_batch):
    base, _, _, _ = hostile_batch
    assert b"SECRET-HORS-DOSSIER" not in (base / "out" / "xxe.xml").read_bytes()


def test_hostile_inputs_every_input_once_and_nothing_outside_out(hostile_batch):
    base, _, summary, output = hostile_batch
    assert len(summary.outcomes) == len(list((base / "in").iterdir()))
    assert summary.exit_code == ExitCode.FAILED_LETTERS
    assert sorted(p.name for p in (base / "outside").iterdir()) == ["secret.txt"]
    assert "Traceback" not in output


def test_hostile_inputs_cli_exit_status_and_no_patient_text_in_logs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Mme Amandine ZORGLUB, 60 ans, sous Eliquis. Douleur de hanche.", encoding="utf-8")
    (folder / "b.pdf").write_bytes(b"%PDF-1.4 broken")
    result = subprocess.run([sys.executable, "-m", "pipeline", "convert", str(folder), "--out", str(tmp_path / "out"),
                             "--verbose", "-j", "1"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == ExitCode.FAILED_LETTERS
    logs = result.stdout + result.stderr
    assert "b.pdf" in logs and "Traceback" not in logs
    for word in ("ZORGLUB", "Amandine", "hanche"):
        assert word not in logs
