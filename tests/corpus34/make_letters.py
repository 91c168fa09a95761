#!/usr/bin/env python3
"""Blind evaluation corpus 34: an ordinary month of referrals from GPs and
private specialists to the RCP « métastases osseuses ».

Holds every letter's text and gold record as Python data, derives the gold
gaps with one function implementing the spec's gap rule, checks each gold
against the contract (exits with "CONTRACT VIOLATION: ..." on any failure),
then writes letters/ and gold/ byte-identically on every run.

Run from /work/main:  .venv/bin/python tests/corpus34/make_letters.py
"""
from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
import zipfile
import zlib
from datetime import date, datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = Path("/work/shared/spec")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DT = datetime(2026, 11, 30, 9, 0, 0, tzinfo=timezone.utc)


def die(msg: str) -> None:
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


# --------------------------------------------------------------------------
# contract
# --------------------------------------------------------------------------
NINE = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
        "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
        "prognosis", "therapeuticProject"]
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
GOLD_KEYS = ["id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation", "antiplatelets",
             "prognosis", "therapeuticProject", "gaps"]


def load_atc() -> dict[str, list[str]]:
    """ATC code -> names (dci, inn, brands) from the shared table."""
    out = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        names = [cols[1], cols[2]] + [b for b in (cols[4].split(",") if len(cols) > 4 else []) if b]
        out[cols[0]] = [n.strip() for n in names if n.strip()]
    return out


ATC = load_atc()


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())


def compute_gaps(g: dict) -> list[list[str]]:
    """The spec's gap rule, applied to gold values (antiplatelets never gets a gap)."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in NINE:
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


def age_at(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def check_letter(L: dict) -> None:
    g, lid = L["gold"], L["id"]
    text = L["text"]
    ftext = fold(text)

    def bad(msg):
        die(f"{lid}: {msg}")

    if list(g.keys()) != GOLD_KEYS:
        bad(f"gold keys {list(g.keys())}")
    if g["id"] != lid:
        bad("id differs from stem")
    if L["fmt"] not in ("txt", "docx", "pdf"):
        bad("format")
    # patient
    p = g["patient"]
    if p.get("sex") not in ("F", "M"):
        bad("sex")
    if not isinstance(p.get("age"), int) or not 18 <= p["age"] <= 110:
        bad("age")
    if L.get("birth"):
        if age_at(L["birth"], L["date"]) != p["age"]:
            bad(f"age {p['age']} != recomputed {age_at(L['birth'], L['date'])}")
        if L["birth"].strftime("%d/%m/%Y") not in text:
            bad("birth date not written in the letter")
        if re.search(rf"\b{p['age']} ans\b", text):
            bad("age written although computed from birth date")
    else:
        if f"{p['age']} ans" not in text:
            bad("age neither written nor computable")
    if p["sex"] == "F" and not re.search(r"\bMme\b", text):
        bad("female patient without 'Mme'")
    if p["sex"] == "M" and not re.search(r"\bM\. ", text):
        bad("male patient without 'M.'")
    # statuses
    for item, allowed in ALLOWED_STATUS.items():
        if g[item]["status"] not in allowed:
            bad(f"{item} status {g[item]['status']} not allowed")
    # primary tumour
    pt = g["primaryTumor"]
    if list(pt) != ["status", "site", "histology", "biomarkers"]:
        bad("primaryTumor keys")
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            bad("unknown primary tumour with values")
    else:
        if pt["site"] not in SITES:
            bad("site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        bad("histology code")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            bad(f"biomarker {k}={v}")
        if k == "PSA" and pt["site"] != "prostate":
            bad("PSA outside prostate")
    # bone diagnosis
    bd = g["boneDiagnosis"]
    if list(bd) != ["status", "circumstances", "dated"]:
        bad("boneDiagnosis keys")
    if not set(bd["circumstances"]) <= CIRCUMSTANCES or bd["circumstances"] != sorted(bd["circumstances"]):
        bad("circumstances")
    if bd["status"] == "present" and not bd["circumstances"]:
        bad("bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        bad("unknown bone diagnosis with values")
    if not isinstance(bd["dated"], bool):
        bad("dated not bool")
    # pain
    pa = g["pain"]
    if list(pa) != ["status", "types", "intensity"]:
        bad("pain keys")
    if not set(pa["types"]) <= PAIN_TYPES or pa["types"] != sorted(pa["types"]):
        bad("pain types")
    if pa["intensity"] is not None and not (isinstance(pa["intensity"], int) and 0 <= pa["intensity"] <= 10):
        bad("pain intensity")
    if pa["status"] in ("absent", "unknown") and (pa["types"] or pa["intensity"]):
        bad("pain types/intensity with absent/unknown pain")
    if pa["intensity"] is not None and not re.search(rf"\b{pa['intensity']} ?/ ?10\b", text):
        bad("pain intensity not in the letter as N/10")
    # medications
    cm = g["currentMedications"]
    if list(cm) != ["status", "atc"]:
        bad("currentMedications keys")
    if cm["atc"] != sorted(set(cm["atc"])):
        bad("currentMedications atc not sorted/unique")
    for c in cm["atc"]:
        if c not in ATC:
            bad(f"ATC {c} not in atc-reference.tsv")
        if not any(fold(n) in ftext for n in ATC[c]):
            bad(f"ATC {c} ({ATC[c]}) not named in the letter")
    if cm["status"] != "present" and cm["atc"]:
        bad("medications listed while status is not present")
    if cm["status"] == "absent":
        for item in ("anticoagulation", "antiplatelets", "boneTargetedTherapy"):
            if g[item]["status"] in ("present", "conflicting"):
                bad(f"no current medication but {item} {g[item]['status']}")
    # local treatments
    lt = g["priorLocalTreatments"]
    if list(lt) != ["status", "types"]:
        bad("priorLocalTreatments keys")
    if not set(lt["types"]) <= LOCAL_TYPES or lt["types"] != sorted(lt["types"]):
        bad("local treatment types")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        bad("local types with absent/unknown")
    if lt["status"] == "present" and not lt["types"]:
        bad("local treatments present without type")
    # agent sections
    for item, prefixes in AGENT_PREFIXES.items():
        sec = g[item]
        if list(sec) != ["status", "atc"]:
            bad(f"{item} keys")
        if sec["atc"] != sorted(set(sec["atc"])):
            bad(f"{item} atc not sorted/unique")
        for c in sec["atc"]:
            if c not in ATC:
                bad(f"{item} ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                bad(f"{item} ATC {c} outside {prefixes}")
            if not any(fold(n) in ftext for n in ATC[c]):
                bad(f"{item} ATC {c} not named in the letter")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            bad(f"{item} agents with status {sec['status']}")
        if sec["status"] in ("present", "conflicting"):
            missing = set(sec["atc"]) - set(cm["atc"])
            if missing:
                bad(f"{item} agents {missing} not in currentMedications")
        if sec["status"] == "uncertain":
            if set(sec["atc"]) & set(cm["atc"]):
                bad(f"{item} uncertain agent listed as current medication")
        # reverse: a current drug of the group must show in its section
        for c in cm["atc"]:
            if c.startswith(prefixes):
                if sec["status"] not in ("present", "conflicting") or c not in sec["atc"]:
                    bad(f"current drug {c} not reflected in {item}")
    # prognosis
    pr = g["prognosis"]
    keys = list(pr)
    if keys not in (["status", "ecog"], ["status", "kps"]):
        bad("prognosis keys")
    if "ecog" in pr and pr["ecog"] is not None and pr["ecog"] not in range(0, 5):
        bad("ecog")
    if "kps" in pr and (not isinstance(pr["kps"], int) or not 0 <= pr["kps"] <= 100 or pr["kps"] % 10):
        bad("kps")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        bad("unknown prognosis with a performance status")
    # project
    tp = g["therapeuticProject"]
    if list(tp) != ["status", "intent"]:
        bad("therapeuticProject keys")
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        bad("intent code")
    if tp["status"] == "unknown" and tp["intent"]:
        bad("intent without project")
    words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] and words[tp["intent"]] not in ftext:
        bad("intent not said by the letter")
    # gaps
    if g["gaps"] != compute_gaps(g):
        bad("gaps differ from the gap rule")
    # evidence phrases that must appear in the letter
    for phrase in L.get("evidence", []):
        if fold(phrase) not in ftext:
            bad(f"evidence phrase missing: {phrase!r}")
    # phrases the letter must not contain (typical traps written by mistake)
    for phrase in L.get("absent_phrases", []):
        if fold(phrase) in ftext:
            bad(f"forbidden phrase present: {phrase!r}")
    if not re.search(r"RCP", text):
        bad("letter does not mention the RCP")
    for ch in text:
        if L["fmt"] == "pdf":
            try:
                ch.encode("cp1252")
            except UnicodeEncodeError:
                bad(f"character {ch!r} not encodable for the PDF")


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------
def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def plain_lines(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        if line.startswith("|"):
            out.append("   ".join(cells(line)))
        else:
            out.append(line.replace("**", ""))
    return out


def write_txt(L: dict, path: Path) -> None:
    body = "\n".join(plain_lines(L["text"])).rstrip("\n") + "\n"
    if L.get("crlf"):
        body = body.replace("\n", "\r\n")
    path.write_bytes(body.encode(L.get("encoding", "utf-8")))


def write_docx(L: dict, path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    lines = L["text"].split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(cells(lines[i]))
                i += 1
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
            continue
        par = d.add_paragraph()
        if line.startswith("**") and line.endswith("**") and len(line) > 4:
            par.add_run(line[2:-2]).bold = True
        elif line:
            par.add_run(line)
        i += 1
    cp = d.core_properties
    cp.author = L.get("author", "Secrétariat")
    cp.last_modified_by = L.get("author", "Secrétariat")
    cp.title = ""
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    path.write_bytes(out.getvalue())


class _Font:
    def __init__(self, file: str, name: str):
        from PIL import ImageFont
        self.path = FONT_DIR / file
        self.name = name
        f = ImageFont.truetype(str(self.path), 1000)
        self.widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                self.widths.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                self.widths.append(0)

    def width(self, s: str, size: float) -> float:
        return sum(self.widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000


def _pdf_str(s: str) -> bytes:
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def write_pdf(L: dict, path: Path) -> None:
    fonts = [_Font("DejaVuSans.ttf", "DejaVuSans"), _Font("DejaVuSans-Bold.ttf", "DejaVuSans-Bold")]
    size, lead = 10.0, 13.5
    left, right, top, bottom = 62, 533, 790, 60
    maxw = right - left
    # layout: list of pages, each a list of (font index, x, y, text)
    pages, cur, y = [], [], top

    def newline(h=lead):
        nonlocal y, cur
        y -= h
        if y < bottom:
            pages.append(cur)
            cur, y = [], top

    for raw in L["text"].split("\n"):
        fi = 0
        if raw.startswith("|"):
            cs = cells(raw)
            colw = maxw / len(cs) if len(cs) > 2 else None
            if colw is None:
                cur.append((0, left, y, cs[0]))
                cur.append((0, left + maxw * 0.45, y, cs[1] if len(cs) > 1 else ""))
            else:
                for k, c in enumerate(cs):
                    cur.append((0, left + k * colw, y, c))
            newline()
            continue
        line = raw
        if line.startswith("**") and line.endswith("**") and len(line) > 4:
            fi, line = 1, line[2:-2]
        if not line.strip():
            newline(lead * 0.8)
            continue
        indent = len(line) - len(line.lstrip(" "))
        x0 = left + fonts[fi].width(" ", size) * indent
        words = line.strip().split(" ")
        buf = ""
        for w in words:
            cand = (buf + " " + w) if buf else w
            if fonts[fi].width(cand, size) > right - x0 and buf:
                cur.append((fi, x0, y, buf))
                newline()
                buf = w
            else:
                buf = cand
        cur.append((fi, x0, y, buf))
        newline()
    if cur:
        pages.append(cur)

    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    font_ids = []
    for f in fonts:
        raw = f.path.read_bytes()
        comp = zlib.compress(raw, 9)
        ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(raw)) + comp + b"\nendstream")
        fd = add(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                  "/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>"
                  % (f.name, ff)).encode())
        fo = add(("<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 /Widths [%s] "
                  "/Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>"
                  % (f.name, " ".join(map(str, f.widths)), fd)).encode())
        font_ids.append(fo)
    pages_id_placeholder = len(objs) + 1
    add(b"")  # Pages, filled later
    page_ids = []
    for n, pg in enumerate(pages, 1):
        ops = []
        for fi, x, yy, s in pg:
            ops.append(b"BT /F%d %.1f Tf %.2f %.2f Td " % (fi + 1, size, x, yy) + _pdf_str(s) + b" Tj ET")
        if len(pages) > 1:
            foot = f"page {n}/{len(pages)}"
            ops.append(b"BT /F1 8 Tf %.2f 30 Td " % (right - fonts[0].width(foot, 8)) + _pdf_str(foot) + b" Tj ET")
        content = zlib.compress(b"\n".join(ops), 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                   % (pages_id_placeholder, font_ids[0], font_ids[1], cid)).encode())
        page_ids.append(pid)
    objs[pages_id_placeholder - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                                      % (" ".join(f"{p} 0 R" for p in page_ids), len(page_ids))).encode()
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)
    d = L["date"].strftime("%Y%m%d")
    info = add(b"<< /Producer (corpus34 make_letters.py) /Creator " + _pdf_str(L.get("author", "Cabinet")) +
               b" /CreationDate (D:" + d.encode() + b"100000Z) /ModDate (D:" + d.encode() + b"100000Z) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + b + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offsets:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat, info, xref))
    path.write_bytes(out.getvalue())


def readback(L: dict, path: Path) -> str:
    if L["fmt"] == "pdf":
        import pypdf
        return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(str(path)).pages)
    if L["fmt"] == "docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(str(path))
        parts = []
        for child in d.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append(Paragraph(child, d).text)
            elif tag == "tbl":
                for r in Table(child, d).rows:
                    parts.extend(c.text for c in r.cells)
        return "\n".join(parts)
    return path.read_bytes().decode(L.get("encoding", "utf-8"))


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s.replace("**", "").replace("|", ""))


# --------------------------------------------------------------------------
# letters and gold
# --------------------------------------------------------------------------
def G(lid, sex, age, pt, bd, pain, meds, local, bone, anticoag, antiplat, prog, proj):
    """Build a gold record in the dev gold key order; gaps are derived later."""
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": pt[3]},
        "boneDiagnosis": {"status": bd[0], "circumstances": sorted(bd[1]), "dated": bd[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": bone[0], "atc": sorted(bone[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplat[0], "atc": sorted(antiplat[1])},
        "prognosis": ({"status": prog[0], "kps": prog[2]} if prog[1] == "kps"
                      else {"status": prog[0], "ecog": prog[2]}),
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
        "gaps": None,
    }
    g["gaps"] = compute_gaps(g)
    return g


U = ("unknown", [])
LETTERS: list[dict] = []

# ---------------------------------------------------------------- zh01
LETTERS.append(dict(
    id="zh01", fmt="txt", date=date(2026, 10, 6), author="Dr A.-L. Perrigaud",
    text="""Dr Anne-Laure PERRIGAUD
Médecin généraliste
12 rue des Tanneurs, 71400 Autun-sur-Arroux
Tél 03 85 41 27 90

                                        Le 6 octobre 2026

Cher confrère,

Je vous adresse Mme Josiane VALLORY, 68 ans, pour avis en RCP métastases osseuses.

ATCD :
- cancer du sein gauche en 2017 : tumorectomie + curage + radiothérapie du sein au centre Hélios de Chalon. Carcinome canalaire infiltrant RE+ RP+ HER2 négatif. Hormonothérapie par FEMARA pendant 5 ans, elle me dit l'avoir arrêté fin 2022 comme prévu.
- ACFA depuis 2021, anticoagulée
- hypothyroïdie
- dyslipidémie
- cholécystectomie 2009

HDM : douleurs dorsales depuis début août, d'horaire mécanique, majorées à la marche et en fin de journée, EVA 5/10 ce jour. Pas de trouble sphinctérien, pas de déficit. L'IRM du rachis (cabinet d'imagerie du Morvan, 18/09/2026) montre des lésions de T8 et T11 et de l'aile iliaque droite évocatrices de localisations secondaires. Biopsie de T11 le 29/09 au CH d'Autun : métastase d'un carcinome d'origine mammaire, RE+.

Traitement actuel (copie de l'ordonnance) :
XARELTO 20MG CPR PELLIC : 1 le soir au repas
LEVOTHYROX 75µG CPR : 1 le matin à jeun
TAHOR 10MG CPR : 1 le soir
DOLIPRANE 1000MG CPR : 1 x3/j si douleur
LAMALINE GELULE : 1 x3/j max si douleur non calmée

Elle reste autonome, vit avec son mari, conduit encore.

Je vous remercie de me dire ce que vous proposez (radiothérapie ? reprise d'un traitement ?). Elle n'a pas encore de rendez-vous en oncologie, son oncologue de l'époque ayant pris sa retraite.

Bien confraternellement,

Dr Perrigaud
""",
    evidence=["XARELTO 20MG", "elle me dit l'avoir arrêté", "radiothérapie du sein", "horaire mécanique"],
    gold=G("zh01", "F", 68,
           ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
           ("present", ["pain"], True),
           ("present", ["mechanical"], 5),
           ("present", ["B01AF01", "H03AA01", "C10AA05", "N02BE01"]),
           U, U,
           ("present", ["B01AF01"]),
           U,
           ("unknown", "ecog", None),
           ("unknown", None)),
))

# ---------------------------------------------------------------- zh02
LETTERS.append(dict(
    id="zh02", fmt="docx", date=date(2026, 10, 2), birth=date(1952, 11, 3), author="Dr P.-Y. Kervadec",
    text="""**Dr Pierre-Yves KERVADEC – Urologue**
Ancien chef de clinique
Clinique Saint-Roch-des-Landes, 4 allée des Charmes, 56300 Pontivy
Secrétariat : 02 97 25 63 18

Pontivy, le 02/10/2026

**Objet : M. Gérard LE MOIGNE, né le 03/11/1952 – demande d'avis RCP métastases osseuses**

Cher collègue,

Je vous adresse M. Le Moigne que je prends en charge pour un adénocarcinome prostatique diagnostiqué en août 2026 (biopsies du 21/08/2026 : score de Gleason 8 (4+4), ISUP 4, 11 carottes positives sur 12). PSA au diagnostic à 86 ng/ml.

Le bilan d'extension retrouve à la scintigraphie osseuse du 12/09/2026 plusieurs foyers d'hyperfixation (sacrum, L2, 7e côte droite, col fémoral gauche), confirmés au TEP-PSMA. Pas d'atteinte viscérale ni ganglionnaire à distance.

Cliniquement il n'a pas de douleur osseuse. Il est totalement autonome, OMS 0, continue à jardiner et à faire du vélo.

ATCD : diabète de type 2, HTA, stent coronaire (IVA) en 2019. Pas d'antécédent de radiothérapie. Son frère a été traité pour un cancer de la vessie.

Traitement habituel :
| KARDEGIC 75MG PDR ORALE SACHET | 1 sachet le midi |
| METFORMINE 850MG CPR | 1 matin et soir |
| TRIATEC 5MG CPR | 1 le matin |
| TAHOR 40MG CPR | 1 le soir |
| ELIGARD 45MG | 1 injection tous les 6 mois (1re le 28/08/2026) |

Pas de traitement anticoagulant.

Je prévois d'associer du darolutamide (NUBEQA) dès le retour du bilan biologique. Un traitement par XGEVA pourra se discuter après avis dentaire.

Question posée : intérêt d'une radiothérapie de la lésion du col fémoral gauche (risque fracturaire ?) et place d'un traitement anti-résorptif.

Je reste à votre disposition.
Bien cordialement.

Dr P.-Y. Kervadec
""",
    evidence=["Pas d'antécédent de radiothérapie", "Pas de traitement anticoagulant", "Je prévois d'associer"],
    gold=G("zh02", "M", 73,
           ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           ("present", ["staging_imaging"], True),
           ("absent", [], None),
           ("present", ["B01AC06", "A10BA02", "C09AA05", "C10AA05", "L02AE02"]),
           ("absent", []),
           U,
           ("absent", []),
           ("present", ["B01AC06"]),
           ("present", "ecog", 0),
           ("present", None)),
))

# ---------------------------------------------------------------- zh03
LETTERS.append(dict(
    id="zh03", fmt="pdf", date=date(2026, 7, 15), author="Dr C. Fauvergue",
    text="""**Dr Christine FAUVERGUE**
Rhumatologue – ancienne assistante des hôpitaux
Cabinet de rhumatologie des Ursulines
9 place des Ursulines, 42100 Saint-Étienne
Tél. 04 77 32 18 64 – RPPS 10009876543

                                                            Le 15 juillet 2026

Chère Consœur, Cher Confrère,

Je vous adresse pour discussion en RCP métastases osseuses Mme Odile BRAQUEMOND, 61 ans, que je suis depuis 2021 pour une ostéoporose post-ménopausique (T-score rachis -3,1) traitée par alendronate.

Elle a présenté le 2 juin 2026, en soulevant un pack d'eau, une fracture-tassement de T12. Devant le caractère inhabituel des douleurs (inflammatoires, avec réveils nocturnes) j'ai fait réaliser une IRM le 10/06 qui montre un tassement d'allure pathologique de T12 et deux autres lésions suspectes en L3 et dans l'aile iliaque gauche. Le scanner TAP retrouve une masse du lobe inférieur droit de 3 cm avec des adénopathies médiastinales. La biopsie scanno-guidée de l'aile iliaque (24/06) conclut à une métastase d'adénocarcinome, TTF1+, compatible avec une origine pulmonaire ; la fibroscopie bronchique est programmée. La biologie moléculaire est en cours sur le prélèvement osseux.

Actuellement : douleur dorsolombaire EN 6/10, réveils nocturnes, dérouillage matinal d'une demi-heure. Pas de radiculalgie, pas de signe neurologique déficitaire. Elle porte un corset trois points depuis le 12/06.

Aucun geste local n'a été réalisé à ce jour (ni vertébroplastie, ni radiothérapie).

**Traitement en cours**
FOSAMAX 70MG CPR : 1 cp le lundi matin à jeun
CACIT D3 1000MG/880UI CPR EFFERV : 1/j
TOPALGIC LP 100MG CPR : 1 matin et soir
DOLIPRANE 1G CPR : 1 x 3/j
INEXIUM 20MG CPR : 1/j
XANAX 0,25MG CPR : 1 le soir si besoin

Le FOSAMAX est poursuivi pour l'instant ; je vous laisse juger de l'opportunité d'un relais par acide zolédronique ou dénosumab.

Pas d'autre antécédent personnel notable en dehors d'un tabagisme sevré (25 PA). Sa mère est décédée d'un cancer du sein à 70 ans.

Elle a rendez-vous avec le Dr Lemarchal, pneumologue au CH, le 20 juillet.

Mes questions : indication d'une cimentoplastie de T12 ? d'une radiothérapie antalgique ?

Avec mes remerciements et mes sentiments confraternels,

Dr C. Fauvergue
""",
    evidence=["compatible avec une origine pulmonaire", "Aucun geste local", "Le FOSAMAX est poursuivi", "fracture-tassement"],
    gold=G("zh03", "F", 61,
           ("uncertain", "lung", "adenocarcinoma", {}),
           ("present", ["pathological_fracture"], True),
           ("present", ["inflammatory", "nocturnal"], 6),
           ("present", ["M05BA04", "A12AX", "N02AX02", "N02BE01", "A02BC05", "N05BA12"]),
           ("absent", []),
           ("present", ["M05BA04"]),
           U, U,
           ("unknown", "ecog", None),
           ("unknown", None)),
))

# ---------------------------------------------------------------- zh04
LETTERS.append(dict(
    id="zh04", fmt="txt", date=date(2026, 11, 12), author="Dr M. Thibouville",
    text="""Docteur Marc THIBOUVILLE
Médecine générale - 3 rue du Puits-Salé, 27300 Bernay
Tel : 02 32 57 90 14

le 12/11/2026

A l'attention de l'équipe de la RCP métastases osseuses
Centre hospitalier de Evreux-Navarre

Cher confrère,

Je vous adresse M. Raymond DUCHESNAY, 79 ans, qui a été néphrectomisé à droite en 2019 pour un cancer du rein (carcinome à cellules claires d'après le compte rendu que j'ai, pT2). Il était suivi par le Dr Aubertin à la clinique des Tilleuls, dernier scanner de contrôle il y a un an d'après lui.

Depuis environ 6 semaines il se plaint d'une douleur de la hanche gauche à la marche et à l'appui, qui cède au repos. La radio du bassin faite le 05/11 montre une lésion lytique du col fémoral gauche de 3 cm, corticale amincie d'après le radiologue. Le scanner TAP est programmé le 19/11.

Traitement :
ELIQUIS 5MG CPR : 1 matin et 1 soir
CARDENSIEL 2,5MG CPR : 1 le matin
LASILIX 40MG CPR : 1 le matin
PARACETAMOL BIOGARAN 1G CPR : 1 à 3/j
FORLAX 10G PDR : 1 sachet/j

Il prenait auparavant du PLAVIX, arrêté par son cardiologue au moment de l'introduction de l'ELIQUIS (FA découverte en 2024).

Je l'ai mis au repos relatif avec deux cannes anglaises en attendant. Merci de me dire s'il faut l'adresser en urgence à l'orthopédiste.

Bien confraternellement
Dr M. Thibouville
""",
    evidence=["arrêté par son cardiologue", "à la marche et à l'appui"],
    gold=G("zh04", "M", 79,
           ("present", "kidney", "clear_cell_carcinoma", {}),
           ("present", ["pain"], True),
           ("present", ["mechanical"], None),
           ("present", ["B01AF02", "C07AB07", "C03CA01", "N02BE01", "A06AD15"]),
           U, U,
           ("present", ["B01AF02"]),
           ("absent", []),
           ("unknown", "ecog", None),
           ("unknown", None)),
))

# ---------------------------------------------------------------- zh05
LETTERS.append(dict(
    id="zh05", fmt="docx", date=date(2026, 11, 12), author="Dr H. Marcassin-Duval",
    text="""**Dr Hélène MARCASSIN-DUVAL**
Gynécologie médicale et obstétrique
Cabinet du Parc, 18 boulevard Vauban, 59000 Lille
Tél. 03 20 74 51 36

Lille, le 12 novembre 2026

Chère consœur,

Je vous adresse ma patiente Mme Sandrine OKAFOR-LEBRUN, 52 ans, pour discussion en RCP métastases osseuses.

Il s'agit d'un carcinome lobulaire infiltrant du sein droit découvert en août 2026 sur une mammographie de dépistage (biopsie du 02/09/2026 : CLI grade 2, RE 90 %, RP négatifs, HER2 négatif (score 1+), Ki67 15 %). Le TEP-scanner de bilan d'extension du 14/09/2026 retrouve de multiples localisations osseuses (rachis, bassin, côtes, sternum) sans atteinte viscérale.

Elle a été vue par le Dr Ferrandi, oncologue à la clinique du Bois-Joli, qui a débuté le 01/10/2026 le traitement suivant :
- KISQALI 200MG CPR : 3 cp/j 21 jours sur 28
- LETROZOLE 2,5MG CPR : 1/j
- DECAPEPTYL LP 11,25MG : 1 inj tous les 3 mois (1re inj le 01/10)
- XGEVA 120MG : 1 inj SC toutes les 4 semaines (injections faites le 05/10 et le 02/11, après bilan dentaire)
- OROCAL D3 500MG/400UI : 1 matin et soir
- DOLIPRANE 1000MG : si douleurs

Sur le plan clinique : douleurs costales gauches modérées, surtout à la mobilisation et à la toux, EVA 3/10. Pas de douleur nocturne. Elle travaille à mi-temps (assistante de direction), OMS 0.

Pas de traitement anticoagulant ni antiagrégant.

ATCD : appendicectomie, 2 grossesses. Sa mère a eu un cancer de l'ovaire à 60 ans, une consultation d'oncogénétique est demandée.

Ma question : faut-il envisager une radiothérapie ou un geste sur la lésion sternale et sur L1, décrite comme « à risque » par le radiologue ?

Bien amicalement,

Dr H. Marcassin-Duval
""",
    evidence=["Pas de douleur nocturne", "Pas de traitement anticoagulant ni antiagrégant", "bilan d'extension"],
    gold=G("zh05", "F", 52,
           ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
           ("present", ["staging_imaging"], True),
           ("present", ["mechanical"], 3),
           ("present", ["L01EF02", "L02BG04", "L02AE04", "M05BX04", "A12AX", "N02BE01"]),
           U,
           ("present", ["M05BX04"]),
           ("absent", []),
           ("absent", []),
           ("present", "ecog", 0),
           ("present", None)),
))

# ---------------------------------------------------------------- zh06
LETTERS.append(dict(
    id="zh06", fmt="pdf", date=date(2026, 11, 9), author="Dr X. Bellocq-Rivaud",
    text="""**Polyclinique du Val-de-Sèvre – Oncologie médicale**
Dr Xavier BELLOCQ-RIVAUD, oncologue médical
2 avenue Jean-Moulin, 79000 Niort
Tél 05 49 77 20 41 – Fax 05 49 77 20 49

                                                            Niort, le 9 novembre 2026

Chers collègues,

Je souhaite présenter à la RCP métastases osseuses M. Alain FROMENTEAU, 66 ans, suivi pour un adénocarcinome pulmonaire du lobe supérieur gauche de stade IV (os), diagnostiqué en février 2026.
Biologie moléculaire : EGFR non muté, ALK négatif, ROS1 négatif, KRAS G12V muté. PD-L1 70 %.
Les métastases osseuses (L3, aile iliaque droite, côtes) ont été découvertes sur le TEP-scanner du bilan initial le 12/02/2026.

**Histoire**
- radiothérapie antalgique de L3, 20 Gy en 5 fractions, avril 2026 (CHU de Poitiers) ;
- pembrolizumab (KEYTRUDA) en monothérapie depuis le 10/03/2026, 200 mg toutes les 3 semaines, actuellement C12, bonne tolérance ;
- embolie pulmonaire segmentaire en mars 2026 : HBPM au long cours. Le KARDEGIC qu'il prenait pour une artériopathie des membres inférieurs a été arrêté à cette occasion.

**Motif de la demande**
Douleur de la fesse droite depuis 3 semaines, à type de brûlures irradiant à la face postérieure de la cuisse, DN4 à 5/10, EN 7/10 ce jour malgré les morphiniques. Le scanner d'évaluation du 02/11/2026 montre une progression de la lésion iliaque droite avec lyse du toit du cotyle, le reste de la maladie étant stable (réponse partielle maintenue sur le plan pulmonaire).

**Ordonnance en cours**
INNOHEP 14 000 UI/0,7 ML : 1 inj SC le soir
SKENAN LP 30MG GELULE : 1 matin et soir
ACTISKENAN 10MG GELULE : 1 si douleur, max 6/j
LYRICA 75MG GELULE : 1 matin et soir
MOVICOL PDR : 1 à 2 sachets/j
KEYTRUDA 200MG : J1=J21 en hôpital de jour

ECOG 1. Situation palliative ; l'immunothérapie est poursuivie compte tenu de la réponse.
Un traitement par ZOMETA est envisagé, un bilan dentaire a été demandé.

Questions à la RCP : radiothérapie de la lésion iliaque droite ? cimentoplastie du cotyle ou avis chirurgical ?

Confraternellement,
Dr X. Bellocq-Rivaud
""",
    evidence=["a été arrêté à cette occasion", "ZOMETA est envisagé", "DN4", "Situation palliative"],
    gold=G("zh06", "M", 66,
           ("present", "lung", "adenocarcinoma",
            {"EGFR": "negative", "ALK": "negative", "ROS1": "negative", "KRAS": "positive", "PD-L1": "positive"}),
           ("present", ["staging_imaging"], True),
           ("present", ["neuropathic"], 7),
           ("present", ["B01AB10", "N02AA01", "N03AX16", "A06AD65", "L01FF02"]),
           ("present", ["radiotherapy"]),
           U,
           ("present", ["B01AB10"]),
           ("absent", []),
           ("present", "ecog", 1),
           ("present", "palliative")),
))

# ---------------------------------------------------------------- zh07
LETTERS.append(dict(
    id="zh07", fmt="txt", crlf=True, date=date(2026, 11, 16), author="Dr B. Louvrier-Coste",
    text="""Dr Bernadette LOUVRIER-COSTE
Médecin généraliste
Maison de santé des Trois-Vallées  15 route de Gap  05110 La Saulce
04 92 54 06 73

Le 16/11/26

Cher confrere,

Je vous adresse Mme Marcelle AUZIAS 84 ans, que je suis à domicile, pour avis de la RCP os.
ATCD : cancer du sein droit opéré en 1998 (mastectomie, je n'ai pas le compte rendu), HTA, hypothyroidie, troubles cognitifs débutants (MMS 22/30), GIR 4.

Bilan sanguin systématique le 02/11 : calcémie à 3,05 mmol/l, confirmée à 3,12 le 05/11. Hospitalisée 3 jours à Sisteron pour réhydratation (+ une perfusion d'AREDIA le 06/11). Le scanner fait pendant l'hospitalisation montre des lésions osseuses lytiques diffuses (rachis, bassin, crâne). L'origine mammaire parait la plus probable mais un myélome n'est pas éliminé (électrophorèse en cours). Pas de biopsie pour l'instant.

Elle ne se plaint d'aucune douleur.

Traitement :
AMLOR 5MG GELULE : 1/j
LEVOTHYROX 50 MICROGRAMMES CPR : 1/j
IMOVANE 3,75MG CPR : 1 au coucher
PREVISCAN 20MG CPR : ?? (sa fille pense qu'elle ne le prend plus depuis sa chute cet été, je n'ai pas pu vérifier avec le cardiologue)

Je vous remercie de votre avis sur la conduite à tenir, la famille souhaite éviter les examens invasifs.
Bien à vous

Dr Louvrier-Coste
""",
    evidence=["parait la plus probable", "ne se plaint d'aucune douleur", "une perfusion d'AREDIA"],
    gold=G("zh07", "F", 84,
           ("uncertain", "breast", None, {}),
           ("present", ["hypercalcemia"], True),
           ("absent", [], None),
           ("present", ["H03AA01", "N05CF01"]),
           U, U,
           ("uncertain", ["B01AA12"]),
           U,
           ("unknown", "ecog", None),
           ("unknown", None)),
))

# ---------------------------------------------------------------- zh08
LETTERS.append(dict(
    id="zh08", fmt="docx", date=date(2026, 11, 17), birth=date(1955, 11, 14), author="Dr N. Sefrioui-Mathieu",
    text="""**Clinique du Mont-Ventoux – Oncologie médicale**
Dr Nadia SEFRIOUI-MATHIEU
145 chemin de la Fontaine, 84200 Carpentras – 04 90 63 27 12

Carpentras, le 17/11/2026

**RCP métastases osseuses – demande d'avis**

Patient : M. Jean-Claude ROUVIÈRE, né le 14/11/1955
Médecin traitant : Dr Portal (Mazan)

**Histoire oncologique**
- 2015 : adénocarcinome prostatique Gleason 7 (3+4), prostatectomie radicale, puis radiothérapie de la loge en 2017 pour récidive biologique.
- 2022 : remontée du PSA à 12 ng/ml ; la scintigraphie osseuse de mars 2022 découvre des métastases osseuses multiples (bassin, rachis, épaule droite). Hormonothérapie par ELIGARD.
- 2023-2024 : résistance à la castration, 6 cures de docétaxel (dernière en juillet 2024), puis abiratérone depuis septembre 2024.
- Radiothérapie antalgique de la hanche gauche, 8 Gy en une fraction, en novembre 2024.
- XGEVA de 2023 à août 2026, suspendu pour extraction dentaire (avis stomatologique en attente avant une éventuelle reprise).

**Situation actuelle**
PSA 45 ng/ml (18 en juin) : progression biologique. Douleur de l'épaule droite d'horaire inflammatoire avec réveils nocturnes, EVA 6/10 sous oxycodone. Pas de signe de compression médullaire. Karnofsky 70 %.

**Traitement en cours**
| Médicament | Posologie |
| ZYTIGA 500MG CPR | 2 cp le matin à jeun |
| CORTANCYL 5MG CPR | 1 matin et soir |
| ELIGARD 45MG | 1 inj tous les 6 mois (dernière en mai 2026) |
| OXYCONTIN LP 20MG | 1 matin et soir |
| OXYNORMORO 10MG | si douleur, max 4/j |
| ELIQUIS 2,5MG | 1 matin et soir (FA) |
| ZYMAD 50 000 UI | 1 ampoule par mois |
| MOVICOL | 1 sachet le matin |

**Projet**
Poursuite de l'abiratérone et de l'ELIGARD en attendant l'avis sur un traitement par 177Lu-PSMA.

**Questions à la RCP** : radiothérapie de l'épaule droite ? reprise du dénosumab ?

Dr N. Sefrioui-Mathieu
""",
    evidence=["suspendu pour extraction dentaire", "radiothérapie de la loge", "Karnofsky 70", "Poursuite de l'abiratérone"],
    gold=G("zh08", "M", 71,
           ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           ("present", ["staging_imaging"], True),
           ("present", ["inflammatory", "nocturnal"], 6),
           ("present", ["L02BX03", "H02AB07", "L02AE02", "N02AA05", "B01AF02", "A11CC05", "A06AD65"]),
           ("present", ["radiotherapy"]),
           ("absent", []),
           ("present", ["B01AF02"]),
           U,
           ("present", "kps", 70),
           ("present", None)),
))

# ---------------------------------------------------------------- zh09
LETTERS.append(dict(
    id="zh09", fmt="pdf", date=date(2026, 9, 23), author="Dr T. Galmiche-Roux",
    text="""**Dr Thierry GALMICHE-ROUX**
Rhumatologue
Centre médical des Acacias, 31 avenue de la Libération, 21000 Dijon
Tél : 03 80 66 12 45

Dijon, le 23/09/2026

Cher Confrère,

Je vous adresse M. Patrice VERDELHAN, 58 ans, chauffeur routier, pour avis en RCP métastases osseuses.

Il présente depuis mars 2026 des lombalgies aggravées à la marche et en position debout prolongée, puis depuis juin une radiculalgie L5 gauche à type de décharges électriques. Pas de réveil nocturne. EN actuelle 5/10.

L'IRM lombaire du 08/09/2026 montre une lésion lytique du corps vertébral de L4 avec épidurite modérée, et deux autres lésions en L1 et dans le sacrum. Le scanner TAP du 15/09 retrouve une masse rénale gauche de 6 cm, évocatrice d'un cancer du rein, sans autre lésion à distance. Une biopsie (rein ou L4) reste à organiser : je n'ai pas de diagnostic histologique à ce jour.

Examen : pas de déficit moteur, ROT présents et symétriques, pas de trouble sphinctérien.

ATCD : HTA, SAOS appareillé, tabagisme actif 30 PA. Pas d'antécédent familial de cancer connu.

**Traitement actuel**
IXPRIM 37,5MG/325MG CPR : 2 cp x 3/j
NEURONTIN 300MG GELULE : 1 x 3/j
INEXIUM 40MG CPR : 1/j
TRIATEC 10MG CPR : 1/j
Le VOLTARENE LP 75 a été arrêté en août (épigastralgies).
Pas de traitement anticoagulant ni antiagrégant plaquettaire.

État général conservé, OMS 1, il poursuit son activité à temps partiel.

Je vous remercie de l'organisation de la biopsie et de votre avis sur la prise en charge de la lésion de L4 (radiothérapie ? chirurgie ?).

Bien confraternellement,
Dr T. Galmiche-Roux
""",
    evidence=["évocatrice d'un cancer du rein", "Pas de réveil nocturne", "VOLTARENE LP 75 a été arrêté"],
    gold=G("zh09", "M", 58,
           ("uncertain", "kidney", None, {}),
           ("present", ["pain"], True),
           ("present", ["mechanical", "neuropathic"], 5),
           ("present", ["N02AX02", "N03AX12", "A02BC05", "C09AA05"]),
           U, U,
           ("absent", []),
           ("absent", []),
           ("present", "ecog", 1),
           ("unknown", None)),
))

# ---------------------------------------------------------------- zh10
LETTERS.append(dict(
    id="zh10", fmt="txt", date=date(2026, 10, 27), author="Dr J.-M. Escudié",
    text="""Dr Jean-Marc ESCUDIÉ
Urologue - Clinique des Cordeliers, 40100 Dax
Tel 05 58 74 11 62

Dax, le 27/10/2026

Objet : M. Lucien BARRAILH, 81 ans - pour la RCP metastases osseuses

Cher ami,

Je te confie M. Barrailh, 81 ans, que j'ai vu pour des troubles mictionnels. TR : prostate pierreuse, dure, sur toute la loge. PSA a 340 ng/ml. Compte tenu de l'age et du contexte nous n'avons pas fait de biopsie : cancer de la prostate metastatique, diagnostic clinico-biologique.
La scintigraphie osseuse de bilan (08/10/2026) montre des metastases osseuses diffuses (rachis, bassin, cotes, femurs).

Il decrit des douleurs lombaires surtout la nuit, qui le reveillent. Pas de deficit. OMS 2, il marche avec une canne.

J'ai debute un traitement par FIRMAGON 240 mg le 15/10 puis 80 mg/mois. Pas de traitement anti-resorptif a ce jour (bilan dentaire a faire).

Ses traitements :
PRADAXA 110MG GELULE : 1 matin et soir
CARDENSIEL 5MG CPR : 1/j
DOLIPRANE 1000MG : 1 x 3/j
OMEPRAZOLE 20MG GELULE : 1/j
Il me dit ne plus prendre son TAHOR depuis l'ete (mal aux jambes).
Pas d'antiagregant.

Prise en charge dans une optique palliative. Je te demande ton avis pour une radiotherapie antalgique du rachis lombaire.

Amities
JM Escudié
""",
    evidence=["nous n'avons pas fait de biopsie", "Pas de traitement anti-resorptif", "ne plus prendre son TAHOR"],
    gold=G("zh10", "M", 81,
           ("present", "prostate", None, {"PSA": "positive"}),
           ("present", ["staging_imaging"], True),
           ("present", ["nocturnal"], None),
           ("present", ["B01AE07", "C07AB07", "N02BE01", "A02BC01", "L02BX02"]),
           U,
           ("absent", []),
           ("present", ["B01AE07"]),
           ("absent", []),
           ("present", "ecog", 2),
           ("present", "palliative")),
))

# ---------------------------------------------------------------- zh11
LETTERS.append(dict(
    id="zh11", fmt="docx", date=date(2026, 11, 3), author="Dr F. Nguyen-Terrasse",
    text="""**Clinique Sainte-Odile – Oncologie digestive**
Dr François NGUYEN-TERRASSE
6 rue du Maréchal-Joffre, 67000 Strasbourg – 03 88 45 70 29

Strasbourg, le 3 novembre 2026

**Demande d'avis – RCP métastases osseuses**

Mme Véronique SCHALLER-MOOG, 57 ans

**Diagnostic** : adénocarcinome du côlon sigmoïde, RAS muté (KRAS G13D), BRAF non muté, MSS, diagnostiqué en 2024 : colectomie gauche (pT3N1), chimiothérapie adjuvante par FOLFOX terminée en juin 2025.

**Récidive osseuse** : fracture pathologique du col fémoral gauche le 22/08/2026 sur une chute de sa hauteur, traitée par prothèse totale de hanche le 24/08/2026 (Dr Haller, clinique Saint-Luc). Anatomopathologie : métastase d'adénocarcinome d'origine colique. Le TEP du 10/09 montre d'autres lésions (L2, 9e côte droite, sacrum) et deux nodules hépatiques.
Radiothérapie post-opératoire du fémur, 20 Gy en 5 fractions, terminée le 09/10/2026.

**Traitement oncologique** : FOLFIRI-bévacizumab depuis le 21/09/2026, C4 le 02/11. Intention palliative.
Acide zolédronique (ZOMETA 4 mg) toutes les 4 semaines depuis le 21/09/2026 (2e perfusion le 19/10).

**Douleur** : douleur résiduelle de la hanche à la marche, EN 2/10. Pas d'autre douleur.
**État général** : ECOG 1, autonome.

**Traitements en cours**
| LOVENOX 4000 UI/0,4 ML | 1 inj SC/j (prévention post-opératoire, poursuivie) |
| DAFALGAN 1G | 1 x 3/j si besoin |
| TRANSIPEG 5,9G | 1 sachet/j |
| ZYMAD 50 000 UI | 1 ampoule/mois |
| FOLFIRI + AVASTIN | J1=J15 en hôpital de jour |
| ZOMETA 4MG | 1 perfusion toutes les 4 semaines |

**Synthèse pour la RCP**
| Anticoagulant | Non |
| Antiagrégant | Non |
| Bisphosphonate / dénosumab | Oui (Zometa) |
| Radiothérapie osseuse antérieure | Oui |
| Chirurgie osseuse | Oui (PTH gauche) |

**Question** : avis sur la lésion de L2 (risque fracturaire, cimentoplastie ?).

Dr F. Nguyen-Terrasse
""",
    evidence=["LOVENOX 4000", "Anticoagulant", "fracture pathologique", "Intention palliative"],
    gold=G("zh11", "F", 57,
           ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
           ("present", ["pathological_fracture"], True),
           ("present", ["mechanical"], 2),
           ("present", ["B01AB05", "N02BE01", "A06AD15", "A11CC05", "M05BA08"]),
           ("present", ["radiotherapy", "surgery"]),
           ("present", ["M05BA08"]),
           ("conflicting", ["B01AB05"]),
           ("absent", []),
           ("present", "ecog", 1),
           ("present", "palliative")),
))

# ---------------------------------------------------------------- zh12
LETTERS.append(dict(
    id="zh12", fmt="pdf", date=date(2026, 11, 28), birth=date(1962, 11, 29), author="Dr S. Charrier-Benaim",
    text="""**Dr Sophie CHARRIER-BENAÏM**
Médecin généraliste
22 rue Jean-Jaurès, 44600 Saint-Nazaire
Tél. 02 40 19 83 57

                                                            Saint-Nazaire, le 28 novembre 2026

Objet : M. Didier KERHERVÉ, né le 29/11/1962

Chère consœur, cher confrère,

Je me permets de vous adresser M. Kerhervé pour avis en RCP métastases osseuses, à la demande de son pneumologue le Dr Quéré (CH de Saint-Nazaire) qui est en congés cette semaine.

ATCD : BPCO post-tabagique (45 PA, fume toujours une dizaine de cigarettes par jour), éthylisme sevré depuis 2020, cardiopathie ischémique avec stent en 2018. Père décédé d'un cancer de la prostate ; son frère est sous XARELTO pour des phlébites à répétition.

Histoire : douleur de l'épaule gauche depuis septembre, mise d'abord sur le compte d'une tendinite. Radio de l'épaule le 03/10 : lyse de la tête humérale. Le bilan a retrouvé une masse pulmonaire hilaire gauche ; la fibroscopie du 16/10 a mis en évidence un carcinome épidermoïde, PD-L1 à 5 %. Au TEP, pas d'autre localisation que l'humérus et une lésion costale.
Le Dr Quéré m'a indiqué qu'une chimiothérapie carboplatine-paclitaxel associée au pembrolizumab sera débutée le 03/12 (décision de la RCP thoracique du 20/11).

Sur le plan de la douleur : douleur à la mobilisation de l'épaule et réveils nocturnes, sans brûlures ni fourmillements. EVA à 6/10 la semaine dernière, 4/10 aujourd'hui depuis l'introduction du TOPALGIC.
OMS 1 selon le pneumologue. Il n'a jamais été irradié.

Traitement actuel :
TOPALGIC LP 100MG CPR : 1 matin et soir
DOLIPRANE 1000MG CPR : 1 x 3/j
SPIRIVA 18µG : 1 inhalation/j
BISOPROLOL 2,5MG CPR : 1/j
TAHOR 80MG CPR : 1 le soir
Il me dit avoir arrêté de lui-même le KARDEGIC il y a un mois « parce qu'il saignait des gencives ». Je lui ai conseillé d'en reparler à son cardiologue.

Merci de votre avis sur une radiothérapie de l'humérus et sur le risque fracturaire (score de Mirels ?).

Bien confraternellement,
Dr S. Charrier-Benaïm
""",
    evidence=["son frère est sous XARELTO", "avoir arrêté de lui-même le KARDEGIC", "jamais été irradié", "sera débutée le 03/12"],
    gold=G("zh12", "M", 63,
           ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
           ("present", ["pain"], True),
           ("present", ["mechanical", "nocturnal"], 4),
           ("present", ["N02AX02", "N02BE01", "C07AB07", "C10AA05"]),
           ("absent", []),
           U,
           U,
           ("absent", []),
           ("present", "ecog", 1),
           ("present", None)),
))


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def main() -> int:
    ids = [L["id"] for L in LETTERS]
    if ids != [f"zh{n:02d}" for n in range(1, len(LETTERS) + 1)] or len(set(ids)) != len(ids):
        die("letter ids must be zh01..zhNN")
    for L in LETTERS:
        check_letter(L)
    # zh12: the brother's Xarelto must not make the patient's anticoagulation present
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    expected = set()
    writers = {"txt": write_txt, "docx": write_docx, "pdf": write_pdf}
    for L in LETTERS:
        path = letters_dir / f"{L['id']}.{L['fmt']}"
        writers[L["fmt"]](L, path)
        back = readback(L, path)
        if squash("\n".join(plain_lines(L["text"]))) != squash(back):
            a, b = squash("\n".join(plain_lines(L["text"]))), squash(back)
            k = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
            die(f"{L['id']}: written letter does not read back ({a[k-30:k+30]!r} vs {b[k-30:k+30]!r})")
        gpath = gold_dir / f"{L['id']}.json"
        gpath.write_text(json.dumps(L["gold"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        expected |= {path.name, gpath.name}
    for d in (letters_dir, gold_dir):
        for f in d.iterdir():
            if f.name not in expected:
                f.unlink()
    print(f"{len(LETTERS)} letters and gold records written; contract checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
