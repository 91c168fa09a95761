#!/usr/bin/env python3
"""Blind evaluation corpus 49: twelve referral letters from "an ordinary month
in Marseille" (March 2025) with their gold records.

Run from the repository root:
    .venv/bin/python tests/corpus49/make_letters.py

Every letter text and gold record is Python data in this file (LETTERS).
The script checks each gold against the contract of
/work/shared/spec/rcp-request.md (exits with "CONTRACT VIOLATION: ..." on the
first failure), derives the gaps with one function (gaps_for), then writes
letters/ and gold/ byte-identically on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

ATC_REF = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIXED_PDF_DATE = "D:20250401090000+01'00'"
FIXED_DOCX_DATE = dt.datetime(2025, 4, 1, 9, 0, 0)
ZIP_DATE = (2025, 4, 1, 9, 0, 0)

ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
         "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
         "antiplatelets", "prognosis", "therapeuticProject"]
GAP_ITEMS = [i for i in ITEMS if i != "antiplatelets"]
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED_STATUS = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": ALL5,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": ALL5,
    "boneTargetedTherapy": ALL5,
    "anticoagulation": ALL5,
    "antiplatelets": ALL5,
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder",
         "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
               "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
               "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
              "PD-L1", "ER", "PR", "PSA"}
BIO_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
                 "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def fail(msg: str):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


# --------------------------------------------------------------------------- ATC table
def load_atc():
    rows = {}
    lines = ATC_REF.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        while len(parts) < 5:
            parts.append("")
        atc, dci, inn, group, brands = parts[:5]
        terms = {dci.strip(), inn.strip()} | {b.strip() for b in brands.split(",")}
        rows[atc.strip()] = {t for t in terms if t}
    return rows


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower().replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c))


def drugs_mentioned(text: str, atc_rows) -> set[str]:
    """ATC codes whose brand or DCI/INN appears as a word in the text (longest terms first)."""
    t = norm(text)
    terms = sorted(((norm(term), atc) for atc, ts in atc_rows.items() for term in ts),
                   key=lambda x: -len(x[0]))
    found = set()
    for term, atc in terms:
        pat = re.compile(r"(?<![a-z0-9])" + re.escape(term) + r"(?![a-z0-9])")
        if pat.search(t):
            found.add(atc)
            t = pat.sub(lambda m: "#" * len(m.group(0)), t)
    return found


# --------------------------------------------------------------------------- gaps
def gaps_for(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to a gold record (one function for all letters)."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st in kinds:
            gaps.append([item, kinds[st]])
            continue
        if st != "present":
            continue
        incomplete = (
            (item == "pain" and not sec["types"])
            or (item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"])
            or (item == "boneDiagnosis" and not sec["dated"])
            or (item == "primaryTumor" and not sec["histology"])
            or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
        )
        if incomplete:
            gaps.append([item, "incomplete"])
    return gaps


# --------------------------------------------------------------------------- text of a letter
def plain_text(blocks) -> str:
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "h", "p"):
            out.append(b[1])
        elif kind == "table":
            for row in b[1]:
                out.append(" | ".join(row))
        elif kind == "page":
            out.append("")
    return "\n".join(out)


def age_at(birth: dt.date, when: dt.date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


# --------------------------------------------------------------------------- contract check
def check(L: dict, atc_rows):
    lid = L["id"]
    g = L["gold"]
    text = plain_text(L["blocks"])
    ntext = norm(text)

    def v(cond, msg):
        if not cond:
            fail(f"{lid}: {msg}")

    v(re.fullmatch(r"zw\d\d", lid) is not None, "bad id")
    v(g["id"] == lid, "gold id differs from stem")
    v(L["fmt"] in ("pdf", "docx", "txt"), "bad format")
    expected_keys = {"id", "patient", *ITEMS, "gaps"}
    v(set(g) == expected_keys, f"gold keys {sorted(set(g) ^ expected_keys)}")
    for item in ITEMS:
        v(g[item]["status"] in ALLOWED_STATUS[item], f"{item} status {g[item]['status']} not allowed")

    # patient
    p = g["patient"]
    v(p["sex"] in ("F", "M"), "sex")
    v(isinstance(p["age"], int), "age")
    letter_date = L["date"]
    v(letter_date.strftime("%d/%m/%Y") in text, "letter date not written in the letter")
    if L.get("birth"):
        v(L["birth"].strftime("%d/%m/%Y") in text, "birth date not in the letter")
        v(p["age"] == age_at(L["birth"], letter_date), f"age {p['age']} != computed {age_at(L['birth'], letter_date)}")
    else:
        v(re.search(rf"\b{p['age']} ans\b", text) is not None, "written age not found in text")
    if p["sex"] == "F":
        v(re.search(r"\bMme\b|\bMadame\b", text) is not None, "female patient without Mme")
    else:
        v(re.search(r"\bM\.|\bMonsieur\b", text) is not None, "male patient without M.")

    # primary tumour
    pt = g["primaryTumor"]
    v(set(pt) == {"status", "site", "histology", "biomarkers"}, "primaryTumor keys")
    if pt["status"] == "unknown":
        v(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], "unknown primary with values")
    else:
        v(pt["site"] in SITES, "site code")
    v(pt["histology"] is None or pt["histology"] in HISTOLOGIES, "histology code")
    for name, res in pt["biomarkers"].items():
        v(name in BIOMARKERS, f"biomarker {name}")
        v(res in BIO_RESULTS, f"biomarker result {res}")
    if pt["site"] != "prostate":
        v("PSA" not in pt["biomarkers"], "PSA outside prostate")

    # bone diagnosis
    bd = g["boneDiagnosis"]
    v(set(bd) == {"status", "circumstances", "dated"}, "boneDiagnosis keys")
    v(isinstance(bd["dated"], bool), "dated not bool")
    if bd["status"] == "unknown":
        v(not bd["circumstances"] and bd["dated"] is False, "unknown boneDiagnosis with values")
    else:
        v(bd["circumstances"], "present boneDiagnosis without circumstance")
    v(all(c in CIRCUMSTANCES for c in bd["circumstances"]), "circumstance code")
    v(len(set(bd["circumstances"])) == len(bd["circumstances"]), "duplicate circumstance")

    # pain
    pn = g["pain"]
    v(set(pn) == {"status", "types", "intensity"}, "pain keys")
    v(all(t in PAIN_TYPES for t in pn["types"]), "pain type code")
    if pn["status"] in ("absent", "unknown"):
        v(not pn["types"], "pain types while absent/unknown")
    if pn["status"] == "unknown":
        v(pn["intensity"] is None, "intensity while unknown")
    if pn["intensity"] is not None:
        v(isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10, "intensity range")
        v(re.search(rf"\b{pn['intensity']}\s*/\s*10\b|\b(EN|EVA|ENS|EN\s*=|EVA\s*=)\s*:?\s*{pn['intensity']}\b", text) is not None,
          "pain intensity not found in the text")

    # drugs
    ref = set(atc_rows)
    cm = g["currentMedications"]
    v(set(cm) == {"status", "atc"}, "currentMedications keys")
    for c in cm["atc"]:
        v(c in ref, f"current ATC {c} not in atc-reference.tsv")
    v(len(set(cm["atc"])) == len(cm["atc"]), "duplicate ATC")
    v(cm["atc"] == sorted(cm["atc"]), "currentMedications.atc not sorted")
    if cm["status"] in ("absent", "unknown"):
        v(not cm["atc"], "current ATC while absent/unknown")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        v(set(s) == {"status", "atc"}, f"{sec} keys")
        v(s["atc"] == sorted(s["atc"]), f"{sec}.atc not sorted")
        for c in s["atc"]:
            v(c in ref, f"{sec} ATC {c} not in reference")
            v(c.startswith(prefixes), f"{sec} ATC {c} outside the section's classes")
            if s["status"] in ("present", "conflicting"):
                v(c in cm["atc"], f"{sec} agent {c} ({s['status']}) missing from currentMedications")
            elif s["status"] == "uncertain":
                v(c not in cm["atc"], f"{sec} agent {c} named with doubt yet in currentMedications")
        if s["status"] in ("absent", "unknown"):
            v(not s["atc"], f"{sec} agents while {s['status']}")
        # every current drug of the section's classes must show up in the section
        for c in cm["atc"]:
            if c.startswith(prefixes):
                v(c in s["atc"] and s["status"] in ("present", "conflicting"),
                  f"current {c} not reported as a present/conflicting {sec} agent")

    # every drug of the table named in the letter is either current or explicitly excluded
    mentioned = drugs_mentioned(text, atc_rows)
    excluded = L.get("excluded", {})
    for c, alias in L.get("aliases", {}).items():
        v(re.search(r"(?<![a-z0-9])" + re.escape(norm(alias)) + r"(?![a-z0-9])", ntext) is not None, f"alias {alias} not in text")
        mentioned.add(c)
    for c in cm["atc"]:
        v(c in mentioned, f"current ATC {c} has no brand/DCI in the letter text")
    for sec in AGENT_PREFIXES:
        for c in g[sec]["atc"]:
            v(c in mentioned, f"{sec} ATC {c} has no brand/DCI in the letter text")
    for c in mentioned - set(cm["atc"]):
        v(c in excluded, f"letter names {c} but it is neither current nor declared excluded")
    for c in excluded:
        v(c in ref, f"excluded {c} not in reference")
        v(c not in cm["atc"], f"{c} both current and excluded")
        v(c in mentioned, f"excluded {c} not named in the letter")

    # local treatments
    lt = g["priorLocalTreatments"]
    v(set(lt) == {"status", "types"}, "priorLocalTreatments keys")
    v(all(t in LOCAL_TYPES for t in lt["types"]), "local treatment type code")
    if lt["status"] in ("absent", "unknown"):
        v(not lt["types"], "local types while absent/unknown")
    if lt["status"] == "present":
        v(lt["types"], "present local treatments without type")

    # prognosis
    pg = g["prognosis"]
    v(pg["status"] in ("present", "unknown"), "prognosis status")
    v(set(pg) <= {"status", "ecog", "kps"} and "status" in pg, "prognosis keys")
    v(("ecog" in pg) != ("kps" in pg), "prognosis holds exactly one of ecog/kps")
    if pg.get("ecog") is not None:
        v(pg["ecog"] in range(5), "ecog range")
        v(re.search(rf"\b(OMS|PS|ECOG|WHO|Performance status)\s*(:|=|à|de|\|)?\s*{pg['ecog']}\b", text, re.I) is not None,
          "ECOG value not found in the text")
    if "kps" in pg and pg["kps"] is not None:
        v(0 <= pg["kps"] <= 100 and pg["kps"] % 10 == 0, "kps range")
        v(str(pg["kps"]) in text and ("Karnofsky" in text or "KPS" in text), "KPS not in text")
    if pg["status"] == "unknown":
        v(pg.get("ecog") is None and pg.get("kps") is None, "unknown prognosis with a value")

    # therapeutic project
    tp = g["therapeuticProject"]
    v(set(tp) == {"status", "intent"}, "therapeuticProject keys")
    v(tp["intent"] is None or tp["intent"] in INTENTS, "intent code")
    if tp["status"] == "unknown":
        v(tp["intent"] is None, "intent while project unknown")
    if tp["intent"] == "palliative":
        v("palliati" in ntext, "palliative intent not written")
    if tp["intent"] == "curative":
        v("curati" in ntext, "curative intent not written")
    if tp["intent"] == "supportive":
        v("soins de support" in ntext, "supportive intent not written")

    # gaps: must be exactly the rule's output
    v(g["gaps"] == gaps_for(g), f"gaps {g['gaps']} != rule {gaps_for(g)}")

    # fictitious phone numbers only (04 91 00 .. ..) and no e-mail outside .invalid / .example
    for m in re.finditer(r"\b0\d(?:[ .]\d\d){4}\b", text):
        v(re.sub(r"[ .]", "", m.group(0)).startswith(("049100", "049200")), f"phone {m.group(0)} not in the fictitious range")
    for m in re.finditer(r"[\w.-]+@[\w.-]+", text):
        v(m.group(0).endswith((".invalid", ".example")), f"e-mail {m.group(0)} not fictitious")
    # writeable with the PDF's WinAnsi font
    if L["fmt"] == "pdf":
        try:
            text.encode("cp1252")
        except UnicodeEncodeError as e:
            fail(f"{lid}: character not in cp1252 for the PDF: {e}")


# --------------------------------------------------------------------------- PDF writer
class PdfFont:
    def __init__(self):
        from PIL import ImageFont
        self.data = FONT.read_bytes()
        f = ImageFont.truetype(str(FONT), 1000)
        self.widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                self.widths.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                self.widths.append(0)

    def width(self, s: str, size: float) -> float:
        return sum(self.widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000


def pdf_escape(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def layout_pdf(blocks, font: PdfFont):
    W, H, M = 595, 842, 60
    pages, cur = [], []
    y = H - M

    def newpage():
        nonlocal cur, y
        pages.append(cur)
        cur = []
        y = H - M

    def line(s, size, x=M, bold=False):
        nonlocal y
        if y < M + size:
            newpage()
        cur.append((x, y, size, s, bold))
        y -= size * 1.35

    def wrap(s, size, width):
        out = []
        for para in s.split("\n"):
            words, ln = para.split(" "), ""
            for w in words:
                cand = (ln + " " + w) if ln else w
                if font.width(cand, size) <= width or not ln:
                    ln = cand
                else:
                    out.append(ln)
                    ln = w
            out.append(ln)
        return out

    for b in blocks:
        kind = b[0]
        if kind == "page":
            newpage()
        elif kind == "title":
            for ln in wrap(b[1], 13, W - 2 * M):
                line(ln, 13, bold=True)
            y -= 6
        elif kind == "h":
            y -= 4
            for ln in wrap(b[1], 11, W - 2 * M):
                line(ln, 11, bold=True)
        elif kind == "p":
            for ln in wrap(b[1], 10, W - 2 * M):
                line(ln, 10)
            y -= 5
        elif kind == "table":
            ncol = max(len(r) for r in b[1])
            colw = (W - 2 * M) / ncol
            for r in b[1]:
                cells = [wrap(c, 9.5, colw - 8) for c in r]
                h = max(len(c) for c in cells)
                if y - h * 9.5 * 1.35 < M:
                    newpage()
                y0 = y
                for i, c in enumerate(cells):
                    for j, ln in enumerate(c):
                        cur.append((M + i * colw, y0 - j * 9.5 * 1.35, 9.5, ln, False))
                y = y0 - h * 9.5 * 1.35 - 2
            y -= 5
    pages.append(cur)
    return [p for p in pages if p]


def write_pdf(path: Path, blocks, title: str, font: PdfFont):
    pages = layout_pdf(blocks, font)
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    fontfile = zlib.compress(font.data, 9)
    ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(fontfile), len(font.data))
             + fontfile + b"\nendstream")
    fd = add(b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
             b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff)
    fo = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
             + b" ".join(str(w).encode() for w in font.widths)
             + b"] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % fd)
    pages_id = len(objs) + 1 + 2 * len(pages)  # reserved below
    page_ids = []
    for items in pages:
        ops = []
        for (x, y, size, s, bold) in items:
            mode = b"2 Tr 0.35 w " if bold else b"0 Tr "
            ops.append(b"BT /F1 %.1f Tf %s%.2f %.2f Td (%s) Tj ET" % (size, mode, x, y, pdf_escape(s)))
        content = zlib.compress(b"\n".join(ops), 9)
        c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                            b"/Contents %d 0 R >>" % (pages_id, fo, c)))
    assert len(objs) + 1 == pages_id
    add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in page_ids) + b"] /Count %d >>" % len(page_ids))
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title (" + pdf_escape(title) + b") /Producer (corpus49 make_letters.py) /Creator (Traitement de texte) "
               b"/CreationDate (" + FIXED_PDF_DATE.encode() + b") /ModDate (" + FIXED_PDF_DATE.encode() + b") >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat, info, xref))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- DOCX writer
def write_docx(path: Path, blocks, title: str, author: str):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.underline = True
        elif kind == "p":
            for para in b[1].split("\n"):
                d.add_paragraph(para)
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph("")
        elif kind == "page":
            d.add_page_break()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DOCX_DATE
    cp.modified = FIXED_DOCX_DATE
    cp.last_printed = FIXED_DOCX_DATE
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Letter texts and gold records (all names, places, phone numbers invented).
# Gold gaps are left to gaps_for(); everything else is written by hand.
# ---------------------------------------------------------------------------
D = dt.date


def gold(lid, sex, age, pt, bd, pain, meds, local, bone, ac, ap, prog, proj):
    """Compact constructor for one gold record (gaps derived later by gaps_for)."""
    status, site, hist, bio = pt
    bds, circ, dated = bd
    ps, ptypes, pint = pain
    ms, matc = meds
    ls, ltypes = local
    progd = {"status": prog[0]}
    progd[prog[1]] = prog[2]
    return {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": status, "site": site, "histology": hist, "biomarkers": dict(bio)},
        "boneDiagnosis": {"status": bds, "circumstances": list(circ), "dated": dated},
        "pain": {"status": ps, "types": list(ptypes), "intensity": pint},
        "currentMedications": {"status": ms, "atc": sorted(matc)},
        "priorLocalTreatments": {"status": ls, "types": list(ltypes)},
        "boneTargetedTherapy": {"status": bone[0], "atc": sorted(bone[1])},
        "anticoagulation": {"status": ac[0], "atc": sorted(ac[1])},
        "antiplatelets": {"status": ap[0], "atc": sorted(ap[1])},
        "prognosis": progd,
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
        "gaps": None,
    }


LETTERS = []

# ------------------------------------------------------------------ zw01
LETTERS.append(dict(
    id="zw01", fmt="pdf", date=D(2025, 3, 11), birth=D(1961, 6, 14),
    title="Demande d'avis RCP métastases osseuses - Mme Rouvier",
    blocks=[
        ("p", "Institut Méditerranéen de Cancérologie du Prado\nService d'Oncologie Médicale - Pôle Sein\n"
              "Dr Hélène Castagnier - Tél. secrétariat : 04 91 00 47 12"),
        ("p", "Marseille, le 11/03/2025"),
        ("p", "À l'attention du Dr Benoît Aillaud et des membres de la RCP métastases osseuses\n"
              "Hôpital Saint-Victor, Marseille 7e"),
        ("title", "Objet : Mme ROUVIER Nicole, née le 14/06/1961 - rechute osseuse d'un cancer du sein"),
        ("p", "Cher confrère,"),
        ("p", "Je vous adresse pour discussion en RCP Mme Nicole Rouvier, que je suis pour un cancer du sein "
              "gauche. Pour rappel, il s'agit d'un carcinome infiltrant de type non spécifique (NST) du QSE gauche, "
              "pT2 N1a, grade II, diagnostiqué en avril 2018, RE 90 %, RP 20 %, HER2 score 1+ en IHC (HER2-low, "
              "non amplifié), Ki67 15 %. Elle a eu une tumorectomie avec curage axillaire, 6 cures de chimiothérapie "
              "adjuvante puis une radiothérapie du sein et des aires ganglionnaires (50 Gy) terminée en décembre 2018, "
              "puis du tamoxifène, arrêté en mai 2023 après 5 ans."),
        ("h", "Histoire de la rechute"),
        ("p", "Devant une remontée du CA 15-3 à la surveillance, un TEP-TDM a été réalisé le 21/01/2025 montrant "
              "des hyperfixations osseuses multiples (L3, sacrum, cotyle droit, 7e arc costal droit) sans atteinte "
              "viscérale. La biopsie scanno-guidée de l'aile iliaque droite (04/02/2025) confirme une localisation "
              "secondaire du carcinome mammaire, RE 80 %, RP 10 %, HER2 1+."),
        ("p", "Sur le plan clinique, la patiente décrit depuis quelques semaines des lombalgies basses, présentes "
              "surtout à la marche et à la station debout prolongée, cotées à 4/10 (EN), sans irradiation, sans "
              "réveil nocturne. Pas de déficit sensitivo-moteur, pas de trouble sphinctérien."),
        ("h", "Traitement actuel"),
        ("p", "Un traitement de première ligne métastatique par létrozole (Femara 2,5 mg/j) et ribociclib "
              "(Kisqali 600 mg/j, 3 semaines sur 4) a débuté le 12/02/2025. Elle a reçu sa première injection de "
              "dénosumab (Xgeva 120 mg SC) le 14/02/2025 après avis dentaire, à poursuivre toutes les 4 semaines, "
              "avec une supplémentation vitamino-calcique."),
        ("table", [["Médicament", "Posologie"],
                   ["Femara 2,5 mg", "1 cp/j"],
                   ["Kisqali 200 mg", "3 cp/j J1-J21"],
                   ["Xgeva 120 mg", "1 inj SC / 4 sem"],
                   ["Cacit D3", "1 sachet/j"],
                   ["Levothyrox 75 µg", "1 cp le matin"],
                   ["Doliprane 1 g", "si douleur, max 3/j"]]),
        ("p", "Pas de traitement anticoagulant ni antiagrégant plaquettaire. Aucune radiothérapie osseuse ni geste "
              "orthopédique à ce jour."),
        ("h", "Antécédents"),
        ("p", "Hypothyroïdie substituée. Appendicectomie. Mère décédée d'un cancer du sein à 52 ans ; recherche de "
              "mutation BRCA négative en 2018."),
        ("h", "État général"),
        ("p", "PS 1 (ECOG), 64 kg pour 1,62 m. Vit avec son mari, retraitée (ancienne institutrice)."),
        ("h", "Question posée à la RCP"),
        ("p", "Intérêt d'une radiothérapie antalgique de L3 ? Le scanner montre une lyse du mur postérieur de L3 "
              "sans épidurite : y a-t-il une indication de cimentoplastie préventive ? Je vous remercie de votre avis."),
        ("p", "Bien confraternellement,\nDr H. Castagnier"),
    ],
    excluded={"L02BA01": "tamoxifène arrêté en 2023"},
    gold=gold("zw01", "F", 63,
              ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
              ("present", ["staging_imaging"], True),
              ("present", ["mechanical"], 4),
              ("present", ["L02BG04", "L01EF02", "M05BX04", "A12AX", "H03AA01", "N02BE01"]),
              ("absent", []),
              ("present", ["M05BX04"]),
              ("absent", []),
              ("absent", []),
              ("present", "ecog", 1),
              ("present", None)),
))

# ------------------------------------------------------------------ zw02
LETTERS.append(dict(
    id="zw02", fmt="txt", date=D(2025, 3, 4),
    title="Urgences - suspicion de compression médullaire",
    blocks=[
        ("p", "SAU - Hôpital de l'Estaque-Mourepiane, Marseille 15e\nDr Karim Benhamida, urgentiste - poste 04 91 00 62 30"),
        ("p", "Le 04/03/2025, 23h40"),
        ("p", "Objet : demande d'avis RCP os en urgence / neurochir - M. PAOLI Jean-Marc, 62 ans"),
        ("p", "Cher confrère,"),
        ("p", "Patient de 62 ans, artisan maçon, adressé par SOS médecins pour faiblesse des membres inf."),
        ("p", "ATCD : HTA, dyslipidémie, IDM stenté en 2017 (IVA). Tabac 40 PA, sevré 2017. Pas d'ATCD "
              "néoplasique connu. Père décédé d'un cancer du poumon."),
        ("p", "HDM : dorsalgies depuis env. 3 semaines, mises sur le compte d'un lumbago par son MT, traitées par "
              "Advil 400 x3/j depuis 10 j, sans effet. Depuis 48h lourdeur des 2 jambes, chutes x2 ce jour. "
              "Douleur dorsale en ceinture avec irradiation thoracique en hémiceinture D, type radiculalgie T8, "
              "recrudescence nocturne +++ (ne dort plus). EN 7/10 à l'arrivée."),
        ("p", "Examen : paraparésie 3/5 prox. aux 2 MI, ROT vifs, Babinski bilatéral, hypoesthésie sous T9. "
              "Pas de globe, pas de trouble sphinctérien pour le moment."),
        ("p", "IRM rachis total (04/03) : lésion lytique du corps vertébral et de l'arc post. de T8 avec épidurite "
              "compressive, myélopathie en regard ; autres lésions suspectes T12, L4, aile iliaque G. TDM TAP : masse "
              "LSD de 4 cm spiculée avec ADP médiastinales -> primitif pulmonaire probable, non histologiquement prouvé. "
              "Pas de pic sur l'électrophorèse faite en urgence."),
        ("p", "Calcémie corrigée 2,42. Créat 88. Hb 13,1."),
        ("p", "Aux urgences : Solumédrol 120 mg IV dose unique à 21h, titration morphine IV (total 6 mg). "
              "Advil arrêté."),
        ("p", "Ttt habituel : Kardégic 75 mg/j, Tahor 20 mg/j, Triatec 5 mg/j. Pas d'anticoagulant."),
        ("p", "Question : prise en charge de l'épidurite T8 : chirurgie de décompression/fixation vs RT en urgence ? "
              "Avis neurochirurgical (Dr Santoni) demandé en parallèle. Biopsie à organiser (rachis ou LSD)."),
        ("p", "Patient hospitalisé en UHCD dans l'attente, alité strict."),
        ("p", "Dr K. Benhamida"),
    ],
    excluded={"M01AE01": "Advil arrêté aux urgences", "H02AB04": "Solumédrol dose unique",
              "N02AA01": "titration morphine ponctuelle aux urgences"},
    gold=gold("zw02", "M", 62,
              ("uncertain", "lung", None, {}),
              ("present", ["pain", "neurological_deficit"], True),
              ("present", ["neuropathic", "nocturnal"], 7),
              ("present", ["B01AC06", "C10AA05", "C09AA05"]),
              ("unknown", []),
              ("unknown", []),
              ("absent", []),
              ("present", ["B01AC06"]),
              ("unknown", "ecog", None),
              ("unknown", None)),
))

# ------------------------------------------------------------------ zw03
LETTERS.append(dict(
    id="zw03", fmt="docx", date=D(2025, 3, 6), author="Dr Sabine Ortolan",
    title="Courrier RCP os - Mme Giraud",
    blocks=[
        ("p", "Hôpital Saint-Victor - Service de Pneumologie et Oncologie thoracique\n"
              "Dr Sabine Ortolan - 04 91 00 28 55"),
        ("p", "Marseille, le 06/03/2025"),
        ("title", "RCP Métastases osseuses - Mme GIRAUD Laetitia, 58 ans"),
        ("h", "Motif"),
        ("p", "Avis sur une lésion lytique de L2 à risque fracturaire chez une patiente suivie pour un "
              "adénocarcinome pulmonaire EGFR muté."),
        ("h", "Histoire oncologique"),
        ("p", "Mme Giraud, 58 ans, non fumeuse, a été hospitalisée en octobre 2024 pour une hypercalcémie "
              "symptomatique (calcémie corrigée 3,12 mmol/L, confusion, déshydratation). Le bilan a mis en évidence "
              "de multiples lésions osseuses lytiques (rachis, bassin, cotyle gauche) et un nodule du lobe inférieur "
              "gauche. Biopsie bronchique : adénocarcinome TTF1+."),
        ("p", "Biologie moléculaire : délétion de l'exon 19 de l'EGFR. Pas de réarrangement ALK ni ROS1 "
              "(IHC et FISH). PD-L1 < 1 %."),
        ("p", "L'hypercalcémie a été corrigée par hydratation et une perfusion unique de Zometa 4 mg le "
              "15/10/2024, avec relais par dénosumab (Xgeva 120 mg SC toutes les 4 semaines) depuis le 12/11/2024."),
        ("p", "Osimertinib (Tagrisso 80 mg/j) débuté le 28/10/2024, bien toléré (xérose, paronychie grade 1). "
              "TEP de réévaluation (février 2025) : réponse métabolique partielle, mais majoration de la lyse de L2 "
              "avec atteinte du mur postérieur (SINS 11)."),
        ("p", "Elle a par ailleurs reçu une radiothérapie antalgique du cotyle gauche, 20 Gy en 5 fractions, en "
              "novembre 2024, avec bon effet."),
        ("p", "Embolie pulmonaire segmentaire le 02/12/2024 : traitée par édoxaban (Lixiana 60 mg/j), toujours en cours."),
        ("h", "Clinique"),
        ("p", "Actuellement asymptomatique sur le plan osseux : aucune douleur, marche sans aide. Pas de déficit. "
              "PS 0."),
        ("h", "Traitements en cours"),
        ("table", [["Traitement", "Dose", "Depuis"],
                   ["Tagrisso (osimertinib)", "80 mg/j", "28/10/2024"],
                   ["Xgeva (dénosumab)", "120 mg SC / 4 sem", "12/11/2024"],
                   ["Lixiana (édoxaban)", "60 mg/j", "02/12/2024"],
                   ["Cacit D3", "1 sachet/j", "12/11/2024"],
                   ["Inexium 20 mg", "1/j", "-"],
                   ["Xanax 0,25 mg", "le soir si besoin", "-"]]),
        ("h", "Question à la RCP"),
        ("p", "Indication d'une cimentoplastie de L2 (± radiothérapie) chez une patiente en réponse sous "
              "osimertinib ? Faut-il suspendre le Lixiana pour le geste et selon quel schéma ?"),
        ("p", "Dr S. Ortolan"),
    ],
    excluded={"M05BA08": "Zometa en perfusion unique (octobre 2024)"},
    gold=gold("zw03", "F", 58,
              ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "negative"}),
              ("present", ["hypercalcemia"], True),
              ("absent", [], None),
              ("present", ["L01EB04", "M05BX04", "B01AF03", "A12AX", "A02BC05", "N05BA12"]),
              ("present", ["radiotherapy"]),
              ("present", ["M05BX04"]),
              ("present", ["B01AF03"]),
              ("unknown", []),
              ("present", "ecog", 0),
              ("present", None)),
))

# ------------------------------------------------------------------ zw04
LETTERS.append(dict(
    id="zw04", fmt="txt", date=D(2025, 3, 18), birth=D(1950, 4, 2),
    title="Lettre médecin traitant",
    blocks=[
        ("p", "Dr Michel Fabre\nMédecine générale\n14 bd de la Corderie, 13007 Marseille\nTél : 04 91 00 13 77"),
        ("p", "Marseille le 18/03/2025"),
        ("p", "Chère consoeur, cher confrère,"),
        ("p", "Je vous adresse M. Tardieu Gilbert né le 02/04/1950 pour avis en RCP métastases osseuses."),
        ("p", "Il a été opéré en 2016 d'un adénocarcinome prostatique (prostatectomie totale, Gleason 4+3) par le "
              "Dr Ferracci. Le PSA est remonté progressivement depuis 2023, 38 ng/ml en fevrier. La scintigraphie "
              "osseuse demandée par son urologue le 20/02/2025 montre plusieurs fixations (bassin, fémur droit, "
              "côtes) compatible avec des métastases."),
        ("p", "Depuis une quinzaine de jours il se plaint de douleurs de la hanche droitte, surtout la nuit, qui le réveillent vers "
              "3h du matin. Pas de douleur à la marche, il continue à jardiner."),
        ("p", "Traitement :\n- Eligard 45 mg tous les 6 mois (1ere injection en décembre 2024)\n"
              "- Dafalgan codéiné 1 cp x 3/j\n- Glucophage 850 mg matin et soir\n"
              "- Préviscan 20 mg 3/4 cp le soir pour une ACFA (INR 2,6 le 10/03)\n"
              "Il me dit que son urologue lui aurait aussi fait une piqure de Prolia, je n'ai pas le compte-rendu, "
              "à vérifier."),
        ("p", "Jamais irradié. Son frère a eu un cancer de la prostate traité par radiothérapie."),
        ("p", "L'hormonothérapie est poursuivie par le Dr Ferracci (urologue, Clinique des Goudes-Lumière)."),
        ("p", "Merci de votre avis sur la prise en charge des douleurs et des lésions osseuses.\n"
              "Bien confraternellement\nDr Fabre"),
    ],
    excluded={"M05BX04": "Prolia : aurait été injecté, à vérifier (doute)"},
    gold=gold("zw04", "M", 74,
              ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
              ("present", ["staging_imaging"], True),
              ("present", ["nocturnal"], None),
              ("present", ["L02AE02", "N02AJ06", "A10BA02", "B01AA12"]),
              ("absent", []),
              ("uncertain", ["M05BX04"]),
              ("present", ["B01AA12"]),
              ("unknown", []),
              ("unknown", "ecog", None),
              ("present", None)),
))

# ------------------------------------------------------------------ zw05
LETTERS.append(dict(
    id="zw05", fmt="pdf", date=D(2025, 3, 12),
    title="Hématologie clinique - courrier RCP os",
    blocks=[
        ("p", "Hôpital Sainte-Marthe-du-Canet - Service d'Hématologie clinique\n"
              "Pr Antoine Réquier / Dr Claire Monteil - secrétariat 04 91 00 85 40"),
        ("p", "Marseille, le 12/03/2025"),
        ("title", "Madame BARTHÉLÉMY Odette, 71 ans - Envahissement médullaire par un carcinome lobulaire mammaire"),
        ("p", "Chers collègues,"),
        ("p", "Nous avons pris en charge Mme Barthélémy, 71 ans, adressée en janvier 2025 par son médecin traitant "
              "pour une bicytopénie (Hb 8,4 g/dL, plaquettes 62 G/L) avec érythromyélémie. L'hypothèse initiale "
              "d'une hémopathie (myélome, myélodysplasie) a été écartée : électrophorèse des protéines sans pic, "
              "chaînes légères normales."),
        ("p", "La biopsie ostéo-médullaire du 16/01/2025 a mis en évidence un envahissement massif par des cellules "
              "carcinomateuses isolées, GATA3+, E-cadhérine négative, RE+. Le scanner TAP et l'IRM du rachis "
              "montrent une atteinte osseuse diffuse, essentiellement condensante (rachis, bassin, fémurs), sans "
              "fracture ni épidurite. La mammographie a retrouvé une lésion de 18 mm du sein droit dont la biopsie "
              "conclut à un carcinome lobulaire infiltrant, RE 95 %, RP 0 %, HER2 score 0."),
        ("p", "Sur le plan clinique, la patiente ne rapporte pas de douleur osseuse. Asthénie importante, "
              "OMS 2. Transfusions de 2 CGR les 17/01 et 05/02/2025."),
        ("p", "Traitement à ce jour : létrozole (Femara) 2,5 mg/j débuté le 10/02/2025 par nos collègues "
              "oncologues. L'adjonction de palbociclib (Ibrance) est prévue dès que la thrombopénie le permettra. "
              "Le Kardégic 75 qu'elle prenait en prévention primaire a été arrêté en janvier en raison de la "
              "thrombopénie. Elle ne prend pas d'anticoagulant. Autres traitements : Eupantol 40 mg/j, "
              "Uvedose 100 000 UI une ampoule tous les 3 mois."),
        ("p", "Un traitement par dénosumab est envisagé ; les soins dentaires sont en cours. Nous souhaitons votre "
              "avis sur l'indication et le calendrier d'un traitement anti-résorptif, ainsi que sur le suivi du "
              "risque fracturaire (fémurs)."),
        ("p", "Bien cordialement,\nDr C. Monteil, Hématologie"),
    ],
    excluded={"L01EF01": "palbociclib prévu", "B01AC06": "Kardégic arrêté en janvier",
              "M05BX04": "dénosumab envisagé"},
    gold=gold("zw05", "F", 71,
              ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
              ("present", ["other"], True),
              ("absent", [], None),
              ("present", ["L02BG04", "A02BC02", "A11CC05"]),
              ("unknown", []),
              ("unknown", []),
              ("absent", []),
              ("absent", []),
              ("present", "ecog", 2),
              ("present", None)),
))

# ------------------------------------------------------------------ zw06
LETTERS.append(dict(
    id="zw06", fmt="docx", date=D(2025, 3, 14), author="secretariat.oncosein",
    title="Mme Agostini - RCP métastases osseuses",
    blocks=[
        ("p", "Clinique Bonneveine-Mer - Oncologie médicale\nDr Pierre-Yves Lanfranchi\nTél 04 91 00 70 21"),
        ("p", "Le 14/03/2025"),
        ("p", "Cher ami,"),
        ("p", "Je te remercie de présenter en RCP os le dossier de Mme AGOSTINI Sandrine, 49 ans, suivie pour un "
              "carcinome canalaire infiltrant du sein droit métastatique d'emblée, RH négatifs (RE 0 %, RP 0 %), "
              "HER2 3+."),
        ("h", "Histoire"),
        ("p", "La maladie a été révélée en juillet 2023 par une fracture de l'humérus droit survenue lors d'un "
              "simple faux mouvement. Elle a été opérée en urgence (enclouage centromédullaire, 18/07/2023) ; "
              "l'analyse du foyer a montré une métastase de carcinome mammaire. Radiothérapie complémentaire de "
              "l'humérus 30 Gy en 10 fractions en septembre 2023."),
        ("p", "Traitement de 1ère ligne par docétaxel, trastuzumab et pertuzumab : 6 cycles de docétaxel, arrêté "
              "en janvier 2024, puis maintenance par Herceptin SC + Perjeta toutes les 3 semaines, toujours en cours "
              "(C24 le 07/03/2025), à visée palliative. Réponse complète métabolique prolongée jusqu'au TEP de "
              "février 2025 qui montre une nouvelle fixation isolée de T12."),
        ("p", "Dénosumab (Xgeva) mensuel depuis août 2023 : suspendu depuis le 15/01/2025 dans l'attente d'une "
              "extraction dentaire (pas d'ostéonécrose à ce stade, avis stomato pris)."),
        ("p", "Thrombose jugulaire sur chambre implantable en novembre 2024, traitée par Eliquis 5 mg x2, "
              "toujours en cours."),
        ("h", "Clinique"),
        ("p", "Douleur résiduelle de l'épaule droite à la mobilisation, EN 3/10, sans douleur nocturne. Pas de "
              "douleur dorsale. Quelques paresthésies des pieds séquellaires du docétaxel, traitées par Lyrica. "
              "PS 1."),
        ("h", "Traitements actuels"),
        ("p", "Herceptin SC 600 mg /3 sem ; Perjeta 420 mg /3 sem ; Eliquis 5 mg matin et soir ; Lyrica 75 mg x2 ; "
              "Doliprane 1 g si besoin ; Zymad 50 000 UI/mois."),
        ("h", "Antécédents"),
        ("p", "Aucun antécédent notable. Nulligeste. Pas d'antécédent familial de cancer connu."),
        ("h", "Question"),
        ("p", "Lésion oligoprogressive de T12 : radiothérapie stéréotaxique ? Poursuite de la même ligne ? "
              "Et quand reprendre le dénosumab après l'extraction ?"),
        ("p", "Amitiés,\nPierre-Yves"),
    ],
    excluded={"L01CD02": "docétaxel arrêté en janvier 2024", "M05BX04": "Xgeva suspendu depuis le 15/01/2025"},
    gold=gold("zw06", "F", 49,
              ("present", "breast", "invasive_ductal_carcinoma", {"ER": "negative", "PR": "negative", "HER2": "positive"}),
              ("present", ["pathological_fracture"], True),
              ("present", ["mechanical"], 3),
              ("present", ["L01FD01", "L01FD02", "B01AF02", "N03AX16", "N02BE01", "A11CC05"]),
              ("present", ["surgery", "radiotherapy"]),
              ("absent", []),
              ("present", ["B01AF02"]),
              ("unknown", []),
              ("present", "ecog", 1),
              ("present", "palliative")),
))

# ------------------------------------------------------------------ zw07
LETTERS.append(dict(
    id="zw07", fmt="txt", date=D(2025, 3, 10), crlf=True,
    title="Note onco thoracique",
    blocks=[
        ("p", "HDJ Oncologie thoracique - Hôpital Saint-Victor - Dr Lucie Marchetti (int. Dr Gasquet)"),
        ("p", "Date : 10/03/2025"),
        ("p", "Pt : M. ESPOSITO Raymond, 67 ans"),
        ("p", "Dg : carcinome épidermoïde pulmonaire LSG, cT3N2M1c, d'emblée métastatique osseux (côtes G, "
              "T10, bassin) au bilan d'extension de décembre 2024 (TEP 12/12/2024). PD-L1 TPS 45 %. EGFR/ALK non "
              "recherchés (épidermoïde, tabagique 50 PA)."),
        ("p", "ATCD : coronaropathie stentée 2019 (Plavix au long cours), BPCO, diabète non ID."),
        ("p", "Ttt onco : carbo-paclitaxel + pembrolizumab (Keytruda) depuis le 06/01/2025, C3 le 17/02, C4 "
              "prévue le 11/03."),
        ("p", "Clinique : dlr costale G (7e-8e arc) type brûlures / décharges, DN4 6/10, EN 5 ce jour (8 en "
              "janvier). Pas de dlr rachidienne. PS 1."),
        ("p", "Ttt : Skenan 30 mg x2, Actiskenan 10 mg si accès, Laroxyl 10 gttes le soir, Movicol 1/j, Plavix 75, "
              "Glucophage 1000 x2."),
        ("p", "Anticoag : non."),
        ("p", "Pas de bisphosphonate pour l'instant ; dénosumab à débuter après avis dentaire (panoramique "
              "demandé)."),
        ("p", "Pas d'irradiation à ce jour."),
        ("p", "Q RCP : RT antalgique arc costal G ± T10 ? Indication d'un ttt anti-résorptif (Xgeva vs Zometa) "
              "chez ce pt sous Plavix ?"),
    ],
    excluded={"M05BX04": "dénosumab à débuter (plan)", "M05BA08": "Zometa cité comme option"},
    aliases={"L01XA02": "carbo"},
    gold=gold("zw07", "M", 67,
              ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
              ("present", ["staging_imaging"], True),
              ("present", ["neuropathic"], 5),
              ("present", ["L01XA02", "L01CD01", "L01FF02", "N02AA01", "N06AA09", "A06AD65", "B01AC04", "A10BA02"]),
              ("absent", []),
              ("absent", []),
              ("absent", []),
              ("present", ["B01AC04"]),
              ("present", "ecog", 1),
              ("present", None)),
))

# ------------------------------------------------------------------ zw08
LETTERS.append(dict(
    id="zw08", fmt="pdf", date=D(2025, 3, 20), birth=D(1972, 11, 23),
    title="Courrier oncologie thoracique - M. Nguyen",
    blocks=[
        ("p", "Centre de Cancérologie des Calanques\nOncologie thoracique - Dr Mathilde Sauvan\n"
              "RDV / secrétariat : 04 92 00 31 18"),
        ("p", "Marseille, le 20/03/2025"),
        ("p", "Dr Aillaud - Coordination RCP Métastases osseuses"),
        ("title", "M. NGUYEN Thierry, né le 23/11/1972 - ADK pulmonaire ALK+, oligométastatique osseux"),
        ("p", "Cher confrère,"),
        ("p", "Je vous adresse M. Nguyen, que nous suivons pour un adénocarcinome pulmonaire du lobe supérieur "
              "droit avec réarrangement ALK (IHC D5F3 positive, FISH positive). EGFR sauvage, KRAS non muté, "
              "PD-L1 10 % (22C3)."),
        ("p", "Les lésions osseuses ont été découvertes fortuitement le 09/09/2024 sur un scanner abdominal fait "
              "aux urgences pour une colique néphrétique gauche : lyse de L1 et du sacrum. Le bilan (TEP, IRM "
              "cérébrale négative) a ensuite retrouvé le primitif pulmonaire."),
        ("h", "Traitements reçus"),
        ("p", "- Alectinib (Alecensa 600 mg x2/j) depuis le 02/10/2024, excellente réponse au TEP de janvier 2025.\n"
              "- Cimentoplastie de L1 le 14/11/2024 (lyse du coin antéro-supérieur, douleurs mécaniques "
              "invalidantes à l'époque).\n"
              "- Radiothérapie stéréotaxique du sacrum 27 Gy en 3 fractions (du 09 au 13/12/2024).\n"
              "- Acide zolédronique (Zometa 4 mg) toutes les 12 semaines depuis octobre 2024, dernière perfusion "
              "le 06/03/2025."),
        ("p", "Depuis la cimentoplastie, le patient n'a plus aucune douleur et a repris son activité de "
              "restaurateur. Karnofsky 90 %."),
        ("h", "Antécédents"),
        ("p", "Thrombose veineuse profonde poplitée droite en décembre 2024 au décours de la radiothérapie. "
              "Asthme. Pas d'antécédent familial notable (mère diabétique)."),
        ("page",),
        ("h", "Synthèse pour la fiche RCP"),
        ("table", [["Traitement anticoagulant", "Non"],
                   ["Antiagrégant", "Non"],
                   ["Traitement à visée osseuse", "Zometa / 12 sem"],
                   ["Radiothérapie osseuse antérieure", "Oui (sacrum, SBRT 12/2024)"],
                   ["Chirurgie / cimentoplastie", "Cimentoplastie L1 (11/2024)"]]),
        ("h", "Ordonnance en cours (jointe)"),
        ("p", "Alecensa 150 mg : 4 gélules matin et soir\nInnohep 14 000 UI/0,7 mL : 1 injection SC par jour\n"
              "Zometa 4 mg IV toutes les 12 semaines (HDJ)\nCalciprat D3 : 1 cp/j\nOmeprazole 20 mg : 1/j"),
        ("h", "Question"),
        ("p", "Maladie oligométastatique contrôlée sous alectinib : intérêt d'une radiothérapie de consolidation "
              "de L1 ? Durée du Zometa ?"),
        ("p", "Confraternellement,\nDr M. Sauvan"),
    ],
    excluded={},
    gold=gold("zw08", "M", 52,
              ("present", "lung", "adenocarcinoma",
               {"ALK": "positive", "EGFR": "negative", "KRAS": "negative", "PD-L1": "positive"}),
              ("present", ["incidental_imaging"], True),
              ("absent", [], None),
              ("present", ["L01ED03", "B01AB10", "M05BA08", "A12AX", "A02BC01"]),
              ("present", ["cementoplasty", "radiotherapy"]),
              ("present", ["M05BA08"]),
              ("conflicting", ["B01AB10"]),
              ("absent", []),
              ("present", "kps", 90),
              ("present", None)),
))

# ------------------------------------------------------------------ zw09
LETTERS.append(dict(
    id="zw09", fmt="docx", date=D(2025, 3, 24), birth=D(1948, 3, 30), author="Cabinet medical des Chartreux",
    title="Courrier Dr Pellegrin",
    blocks=[
        ("p", "Dr Anne Pellegrin\nMédecin généraliste\n3 rue du Bosquet, 13004 Marseille\n04 91 00 54 09"),
        ("p", "Marseille, le 24/03/2025"),
        ("p", "Cher confrère,"),
        ("p", "Je me permets de vous adresser Mme Lucienne Fabiani, née le 30/03/1948, que je suis depuis plus de "
              "vingt ans, pour avis de votre RCP concernant des métastases osseuses."),
        ("p", "Pour mémoire, Mme Fabiani a été traitée en 2012 pour un cancer du sein gauche (tumorectomie, "
              "radiothérapie, puis hormonothérapie pendant 5 ans, terminée en 2017). Elle était considérée comme "
              "guérie et n'avait plus qu'une mammographie annuelle."),
        ("p", "Depuis le mois de décembre, elle se plaint de douleurs dorsales basses qui la gênent à la marche et "
              "quand elle reste debout (elle a dû arrêter son marché du samedi), calmées par le repos. Au début, "
              "l'intensité était à 7/10 ; sous Topalgic elle est actuellement à 4/10. Les radiographies puis "
              "l'IRM (février) ont montré des lésions de T11, T12 et L2, et la biopsie vertébrale faite au CHU le "
              "07/03/2025 confirme une métastase d'un carcinome lobulaire d'origine mammaire, RH+ HER2 négatif."),
        ("p", "Sur le plan des traitements, elle prend :\n"
              "- Topalgic 50 mg, 1 gélule 3 fois par jour\n"
              "- Fosamax 70 mg, 1 comprimé par semaine depuis 2019 pour son ostéoporose (prescrit par son "
              "rhumatologue)\n"
              "- Levothyrox 50 µg\n- Cardensiel 2,5 mg\n- Imovane au coucher"),
        ("p", "Son cardiologue lui aurait prescrit du Xarelto l'an dernier pour un trouble du rythme, mais elle "
              "n'a pas apporté l'ordonnance et sa fille pense qu'il a été arrêté : je n'ai pas pu vérifier."),
        ("p", "C'est une dame très autonome, qui vit seule, je dirais OMS 0. Pas d'amaigrissement."),
        ("p", "Aucun traitement n'a encore été proposé sur le plan oncologique ; elle doit voir un oncologue "
              "à l'Institut du Prado mais le rendez-vous n'est qu'en avril. Je souhaiterais avoir votre avis sur la "
              "conduite à tenir, notamment sur le risque de tassement."),
        ("p", "Avec mes remerciements et mes sentiments confraternels,\nDr A. Pellegrin"),
    ],
    excluded={"B01AF01": "Xarelto : aurait été prescrit, peut-être arrêté, non vérifié"},
    gold=gold("zw09", "F", 76,
              ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
              ("present", ["pain"], True),
              ("present", ["mechanical"], 4),
              ("present", ["N02AX02", "M05BA04", "H03AA01", "C07AB07", "N05CF01"]),
              ("unknown", []),
              ("present", ["M05BA04"]),
              ("uncertain", ["B01AF01"]),
              ("unknown", []),
              ("present", "ecog", 0),
              ("unknown", None)),
))

# ------------------------------------------------------------------ zw10
LETTERS.append(dict(
    id="zw10", fmt="pdf", date=D(2025, 3, 17),
    title="Oncologie thoracique - M. Roux",
    blocks=[
        ("p", "Hôpital Saint-Victor - Oncologie thoracique\nDr Frédéric Imbert - tél 04 91 00 28 60"),
        ("p", "Marseille, le 17/03/2025"),
        ("title", "Fiche de présentation RCP os - M. ROUX Alain, 69 ans"),
        ("table", [["Primitif", "Adénocarcinome pulmonaire LID, stade IV (os, surrénale G)"],
                   ["Biologie moléculaire", "KRAS G12C muté ; EGFR-, ALK-, ROS1- ; PD-L1 : 0 %"],
                   ["Date du diagnostic", "juin 2024"],
                   ["Performance status", "PS 2"]]),
        ("h", "Circonstances de découverte de l'atteinte osseuse"),
        ("p", "Douleurs de la hanche gauche depuis novembre 2024, d'horaire inflammatoire avec dérouillage matinal "
              "d'une heure, ayant conduit à une IRM du bassin (29/11/2024) : lésion lytique du toit du cotyle "
              "gauche. Actuellement EVA 6/10 malgré les opioïdes."),
        ("h", "Traitements"),
        ("p", "1ère ligne carboplatine-pemetrexed-pembrolizumab (juillet à novembre 2024), arrêtée pour "
              "progression. 2e ligne palliative par sotorasib (Lumykras 960 mg/j) depuis le 10/01/2025."),
        ("p", "Radiothérapie antalgique du cotyle gauche 8 Gy en une fraction le 05/02/2025, efficacité partielle."),
        ("p", "Traitement actuel : Lumykras 960 mg/j, Oxycontin 20 mg x2/j, Oxynormoro 5 mg si besoin (3 à 4/j), "
              "Cortancyl 20 mg/j, Inexium 40 mg/j, HBPM à dose préventive depuis l'hospitalisation de février "
              "(alitement)."),
        ("p", "Traitement anti-résorptif : Xgeva prévu, en attente du bilan dentaire (panoramique le 24/03)."),
        ("h", "Question"),
        ("p", "Persistance de douleurs du cotyle malgré la RT : avis chirurgical (risque fracturaire, Mirels 9) ? "
              "Ré-irradiation ? Cimentoplastie acétabulaire ?"),
        ("p", "Dr F. Imbert"),
    ],
    excluded={"L01XA02": "carboplatine 1ère ligne arrêtée", "L01BA04": "pemetrexed arrêté",
              "L01FF02": "pembrolizumab arrêté", "M05BX04": "Xgeva prévu"},
    gold=gold("zw10", "M", 69,
              ("present", "lung", "adenocarcinoma",
               {"KRAS": "positive", "EGFR": "negative", "ALK": "negative", "ROS1": "negative", "PD-L1": "negative"}),
              ("present", ["pain"], True),
              ("present", ["inflammatory"], 6),
              ("present", ["L01XX73", "N02AA05", "H02AB07", "A02BC05"]),
              ("present", ["radiotherapy"]),
              ("unknown", []),
              ("present", []),
              ("unknown", []),
              ("present", "ecog", 2),
              ("present", "palliative")),
))

# ------------------------------------------------------------------ zw11
LETTERS.append(dict(
    id="zw11", fmt="docx", date=D(2025, 3, 5), birth=D(1980, 3, 5), author="RCP Sein",
    title="Fiche RCP métastases osseuses",
    blocks=[
        ("title", "FICHE DE DEMANDE - RCP MÉTASTASES OSSEUSES"),
        ("p", "Date de la demande : 05/03/2025\nMédecin demandeur : Dr Inès Haddad, oncologie médicale, Clinique "
              "des Îles-du-Frioul, 04 91 00 39 02"),
        ("table", [["Patiente", "Mme CHABERT Émilie"],
                   ["Date de naissance", "05/03/1980"],
                   ["Primitif", "Sein gauche - CLI (carcinome lobulaire infiltrant), cT2N1"],
                   ["RE / RP", "RE+ 100 % / RP+ 5 %"],
                   ["HER2", "2+ en IHC, FISH non amplifiée"],
                   ["Découverte de l'atteinte osseuse", "Scintigraphie du bilan d'extension initial (12/02/2025) : "
                    "3 lésions (D7, L4, ischion D)"],
                   ["Douleur", "Non"],
                   ["Traitement oncologique en cours", "Zoladex 3,6 mg/28 j + Arimidex 1 mg/j + Verzenios 150 mg x2/j "
                    "depuis le 20/02/2025"],
                   ["Autres traitements", "Néant"],
                   ["Anticoagulant", "Non"],
                   ["Antiagrégant plaquettaire", "Non"],
                   ["Traitement à visée osseuse (BP / dénosumab)", "À discuter"],
                   ["Radiothérapie / chirurgie osseuse antérieure", "Non"],
                   ["OMS", "0"],
                   ["Intention du traitement", "[ ] curative   [X] palliative"]]),
        ("h", "Question posée"),
        ("p", "Patiente oligométastatique osseuse (3 lésions) : place d'une radiothérapie stéréotaxique des 3 sites "
              "en complément du traitement systémique ? Traitement anti-résorptif d'emblée ?"),
    ],
    excluded={"M05BX04": "dénosumab : libellé du formulaire, traitement à discuter"},
    gold=gold("zw11", "F", 45,
              ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
              ("present", ["staging_imaging"], True),
              ("absent", [], None),
              ("present", ["L02AE03", "L02BG03", "L01EF03"]),
              ("absent", []),
              ("unknown", []),
              ("absent", []),
              ("absent", []),
              ("present", "ecog", 0),
              ("present", "palliative")),
))

# ------------------------------------------------------------------ zw12
LETTERS.append(dict(
    id="zw12", fmt="pdf", date=D(2025, 3, 25), birth=D(1955, 12, 12),
    title="Pneumologie - M. Lambert",
    blocks=[
        ("p", "Centre Hospitalier de l'Huveaune - Service de Pneumologie\nDr Olivier Bianco\nSecrétariat : 04 92 00 66 14"),
        ("p", "Marseille, le 25/03/2025"),
        ("title", "Concernant M. LAMBERT Serge, né le 12/12/1955"),
        ("p", "Cher collègue,"),
        ("p", "Je vous adresse M. Lambert pour discussion en RCP métastases osseuses. Ancien docker, tabagisme "
              "actif à 45 PA, insuffisance cardiaque à FEVG modérément altérée, HTA."),
        ("p", "Il est suivi pour un carcinome bronchique non à petites cellules du lobe supérieur droit, diagnostiqué "
              "sur une biopsie bronchique de petite taille ne permettant pas de préciser le sous-type (CBNPC sans "
              "autre précision, TTF1 et p40 non contributifs). Le TEP-TDM de bilan a montré, en plus de la masse "
              "pulmonaire et d'adénopathies médiastinales, des hyperfixations de la tête humérale droite, de la "
              "scapula droite et de l'aile iliaque gauche. La biologie moléculaire (EGFR, ALK, ROS1, KRAS) et le "
              "PD-L1 sont en cours sur la biopsie ostéo-médullaire iliaque qui a été réalisée pour documenter la "
              "maladie."),
        ("h", "Résumé"),
        ("p", "Le patient ne rapporte aucune douleur. État général conservé, espérance de vie estimée supérieure à "
              "six mois."),
        ("h", "Examen clinique"),
        ("p", "Douleur de l'épaule droite à la mobilisation, en abduction surtout, EN 3/10, sans douleur au repos. "
              "Pas de déficit neurologique. Auscultation : crépitants des bases."),
        ("h", "Traitements"),
        ("p", "Kardégic 75 mg arrêté pour la biopsie et non repris depuis. Bisoprolol 5 mg, "
              "ramipril 5 mg, Lasilix 40 mg le matin, Doliprane 1 g trois fois par jour. Il n'a jamais reçu de "
              "bisphosphonate ni de dénosumab. Pas de radiothérapie antérieure."),
        ("h", "Projet"),
        ("p", "Une chimiothérapie par carboplatine et pemetrexed est programmée, première cure le 31/03/2025, "
              "l'immunothérapie étant à discuter selon le PD-L1."),
        ("h", "Question"),
        ("p", "Faut-il irradier la tête humérale droite (risque fracturaire) avant le début de la chimiothérapie ? "
              "Indication d'un traitement anti-résorptif ?"),
        ("p", "Bien à vous,\nDr O. Bianco"),
    ],
    excluded={"B01AC06": "Kardégic arrêté pour la biopsie", "L01XA02": "carboplatine programmé",
              "M05BX04": "jamais reçu de dénosumab",
              "L01BA04": "pemetrexed programmé"},
    gold=gold("zw12", "M", 69,
              ("present", "lung", "nsclc_nos",
               {"EGFR": "pending", "ALK": "pending", "ROS1": "pending", "KRAS": "pending", "PD-L1": "pending"}),
              ("present", ["staging_imaging"], False),
              ("conflicting", ["mechanical"], 3),
              ("present", ["C07AB07", "C09AA05", "C03CA01", "N02BE01"]),
              ("absent", []),
              ("absent", []),
              ("unknown", []),
              ("absent", []),
              ("present", "ecog", None),
              ("present", None)),
))


# --------------------------------------------------------------------------- main
def main():
    atc_rows = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")
    for L in LETTERS:
        L["gold"]["gaps"] = gaps_for(L["gold"]) if L["gold"].get("gaps") is None else L["gold"]["gaps"]
        check(L, atc_rows)
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for old in list(letters_dir.iterdir()) + list(gold_dir.iterdir()):
        old.unlink()
    font = PdfFont()
    for L in LETTERS:
        stem = L["id"]
        if L["fmt"] == "pdf":
            write_pdf(letters_dir / f"{stem}.pdf", L["blocks"], L["title"], font)
        elif L["fmt"] == "docx":
            write_docx(letters_dir / f"{stem}.docx", L["blocks"], L["title"], L["author"])
        else:
            text = plain_text(L["blocks"]) + "\n"
            if L.get("crlf"):
                text = text.replace("\n", "\r\n")
            (letters_dir / f"{stem}.txt").write_bytes(text.encode(L.get("encoding", "utf-8")))
        g = L["gold"]
        ordered = {"id": g["id"], "patient": g["patient"], **{k: g[k] for k in ITEMS}, "gaps": g["gaps"]}
        (gold_dir / f"{stem}.json").write_text(json.dumps(ordered, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"corpus49: {len(LETTERS)} letters and golds written, contract checks passed")


if __name__ == "__main__":
    main()
