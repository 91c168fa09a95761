#!/usr/bin/env python3
"""corpus24: 12 blind, long chronological referral letters (tertiary centres) + gold.

Run from /work/main:  .venv/bin/python tests/corpus24/make_letters.py
Writes letters/ and gold/ beside this file, byte-identically on every run.
Each gold is checked against the contract of shared/spec/rcp-request.md first;
any failure exits with "CONTRACT VIOLATION: ...".
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ATC_REF = Path("/work/shared/spec/atc-reference.tsv")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
ALLOWED = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "boneTargetedTherapy": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "anticoagulation": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "antiplatelets": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder",
         "melanoma", "other", "unknown_primary"}
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
         "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
         "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOM = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1",
        "ER", "PR", "PSA"}
BIORES = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
        "staging_imaging", "incidental_imaging", "other"}
PAINT = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCALT = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENT = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def violation(msg: str):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_ref():
    ref = {}
    for line in ATC_REF.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            parts = line.split("\t")
            names = [parts[1], parts[2]] + [b for b in parts[4].split(",") if b] if len(parts) > 4 else [parts[1], parts[2]]
            ref[parts[0].strip()] = names
    return ref


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def age_at(birth: str, on: str) -> int:
    b = dt.date(*map(int, reversed(birth.split("/"))))
    d = dt.date(*map(int, reversed(on.split("/"))))
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


# ---------------------------------------------------------------- gold helpers

def G(sex, age, pt, bd, pain, meds, plt, btt, ac, ap, prog, tp):
    """Compact gold builder; gaps are derived later by derive_gaps()."""
    g = {"patient": {"sex": sex, "age": age}}
    g["primaryTumor"] = {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": dict(pt[3])}
    g["boneDiagnosis"] = {"status": bd[0], "circumstances": sorted(bd[1]), "dated": bd[2]}
    g["pain"] = {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]}
    g["currentMedications"] = {"status": meds[0], "atc": sorted(set(meds[1]))}
    g["priorLocalTreatments"] = {"status": plt[0], "types": sorted(plt[1])}
    g["boneTargetedTherapy"] = {"status": btt[0], "atc": sorted(btt[1])}
    g["anticoagulation"] = {"status": ac[0], "atc": sorted(ac[1])}
    g["antiplatelets"] = {"status": ap[0], "atc": sorted(ap[1])}
    st, ecog, kps = prog
    g["prognosis"] = {"status": st, "kps": kps} if kps is not None else {"status": st, "ecog": ecog}
    g["therapeuticProject"] = {"status": tp[0], "intent": tp[1]}
    return g


def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to gold values (antiplatelets excluded)."""
    gaps = []
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in kind_of:
            gaps.append([item, kind_of[st]])
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


def check_gold(lid: str, L: dict, ref: dict, text: str):
    g = L["gold"]
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        violation(f"{lid}: sex {p['sex']}")
    if L.get("birth"):
        if L["birth"] not in text:
            violation(f"{lid}: birth date {L['birth']} not written in the letter")
        if L["date"] not in text:
            violation(f"{lid}: letter date {L['date']} not written in the letter")
        a = age_at(L["birth"], L["date"])
        if a != p["age"]:
            violation(f"{lid}: age {p['age']} but birth/letter date give {a}")
    elif p["age"] is not None and f"{p['age']} ans" not in text:
        violation(f"{lid}: age {p['age']} neither written nor computable")
    for item, allowed in ALLOWED.items():
        if g[item]["status"] not in allowed:
            violation(f"{lid}: {item} status {g[item]['status']} not allowed")
    pt = g["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        violation(f"{lid}: site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTO:
        violation(f"{lid}: histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOM or v not in BIORES:
            violation(f"{lid}: biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"]):
        violation(f"{lid}: unknown primary with values")
    bd = g["boneDiagnosis"]
    if any(c not in CIRC for c in bd["circumstances"]):
        violation(f"{lid}: circumstance {bd['circumstances']}")
    if bd["status"] == "present" and not bd["circumstances"]:
        violation(f"{lid}: bone diagnosis present without circumstance")
    pn = g["pain"]
    if any(t not in PAINT for t in pn["types"]):
        violation(f"{lid}: pain type {pn['types']}")
    if pn["intensity"] is not None and not (0 <= pn["intensity"] <= 10):
        violation(f"{lid}: pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or (pn["intensity"] or 0) > 0):
        violation(f"{lid}: pain {pn['status']} with types/intensity")
    meds = g["currentMedications"]
    for c in meds["atc"]:
        if c not in ref:
            violation(f"{lid}: ATC {c} not in atc-reference.tsv")
        if not any(fold(n) in fold(text) for n in ref[c]):
            violation(f"{lid}: ATC {c} ({ref[c]}) named nowhere in the letter")
    if meds["status"] != "present" and meds["atc"]:
        violation(f"{lid}: currentMedications {meds['status']} with codes")
    if meds["status"] == "present" and not meds["atc"] and not L.get("meds_outside_table"):
        violation(f"{lid}: currentMedications present but no coded drug")
    lt = g["priorLocalTreatments"]
    if any(t not in LOCALT for t in lt["types"]):
        violation(f"{lid}: local treatment {lt['types']}")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        violation(f"{lid}: local treatments {lt['status']} with types")
    if lt["status"] == "present" and not lt["types"]:
        violation(f"{lid}: local treatments present without type")
    for sec, prefixes in AGENT_PREFIX.items():
        s = g[sec]
        for c in s["atc"]:
            if c not in ref:
                violation(f"{lid}: {sec} ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                violation(f"{lid}: {sec} agent {c} outside {prefixes}")
            if not any(fold(n) in fold(text) for n in ref[c]):
                violation(f"{lid}: {sec} agent {c} named nowhere")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            violation(f"{lid}: {sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(meds["atc"])
            if missing:
                violation(f"{lid}: {sec} agents {missing} not in currentMedications")
        if s["status"] == "uncertain":
            extra = set(s["atc"]) & set(meds["atc"])
            if extra:
                violation(f"{lid}: doubtful {sec} agent {extra} listed as current")
    # every bone/anticoag/antiplatelet drug among current medications must be in its section
    for c in meds["atc"]:
        for sec, prefixes in AGENT_PREFIX.items():
            if c.startswith(prefixes) and c not in g[sec]["atc"]:
                violation(f"{lid}: current {c} missing from {sec}")
            if c.startswith(prefixes) and g[sec]["status"] not in ("present", "conflicting"):
                violation(f"{lid}: current {c} but {sec} is {g[sec]['status']}")
    if meds["status"] == "absent":
        for sec in AGENT_PREFIX:
            if g[sec]["status"] in ("present", "conflicting"):
                violation(f"{lid}: no medication but {sec} present")
    pr = g["prognosis"]
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 5):
        violation(f"{lid}: ecog")
    if pr.get("kps") is not None and (pr["kps"] not in range(0, 101, 10)):
        violation(f"{lid}: kps")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        violation(f"{lid}: prognosis unknown with a value")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENT:
        violation(f"{lid}: intent")
    if tp["status"] == "unknown" and tp["intent"]:
        violation(f"{lid}: intent without project")
    if g["gaps"] != derive_gaps(g):
        violation(f"{lid}: gaps not derived by the rule")
    for probe in L.get("must_contain", []):
        if probe not in text:
            violation(f"{lid}: evidence {probe!r} missing from letter text")


# ---------------------------------------------------------------- markup
# Letter body markup: "# " heading line, "|" table row (cells split by "|",
# a cell "<" is merged into the cell on its left), anything else a paragraph.

def parse_blocks(body: str):
    blocks, table = [], None
    for line in body.strip("\n").split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip()[1:].split("|")]  # a trailing "|" leaves an empty cell
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if line.startswith("# "):
            blocks.append(("h", line[2:]))
        else:
            blocks.append(("p", line))
    return blocks


def plain_text(L) -> str:
    """Text used for the contract's evidence checks (all formats)."""
    parts = [L.get("letterhead", ""), L.get("footer", "")]
    for kind, val in parse_blocks(L["body"]):
        if kind == "table":
            parts += [" ".join(c for c in row if c != "<") for row in val]
        else:
            parts.append(val)
    return "\n".join(parts)


# ---------------------------------------------------------------- PDF writer

class PdfFont:
    def __init__(self, path, name):
        from PIL import ImageFont
        self.path, self.name = path, name
        f = ImageFont.truetype(path, 1000)
        self.widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                self.widths.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                self.widths.append(0)

    def width(self, s, size):
        return sum(self.widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000.0


def pdf_str(s: str) -> str:
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "\\()":
            out.append("\\" + c)
        elif b < 32 or b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(c)
    return "(" + "".join(out) + ")"


def wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if font.width(t, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def make_pdf(L) -> bytes:
    reg = PdfFont(FONT, "DejaVuSans")
    bold = reg  # one embedded font; bold = fill + stroke rendering

    def bt(f, size, x, yy, s):
        mode = "0.35 w 2 Tr " if f == "F2" else "0 Tr "
        return f"BT {mode}/F1 {size} Tf {x:.2f} {yy:.2f} Td {pdf_str(s)} Tj ET"
    W, H, M = 595, 842, 56
    top, bottom = H - 130, 70
    pages, ops, y = [], [], top

    def new_page():
        nonlocal ops, y
        ops = []
        pages.append(ops)
        y = top

    def text(x, yy, s, f="F1", size=10.5):
        ops.append(bt(f, size, x, yy, s))

    def need(h):
        if y - h < bottom:
            new_page()

    new_page()
    for kind, val in parse_blocks(L["body"]):
        if kind == "h":
            need(30)
            y -= 8
            text(M, y, val, "F2", 10.5)
            y -= 15
        elif kind == "p":
            if not val.strip():
                y -= 6
                continue
            indent = 12 if val.startswith(("- ", "• ")) else 0
            lines = wrap(val, reg, 10.5, W - 2 * M - indent)
            for i, ln in enumerate(lines):
                need(14.5)
                text(M + (indent if i else 0), y, ln)
                y -= 14.5
        else:
            ncol = max(len(r) for r in val)
            colw = (W - 2 * M) / ncol
            for ri, row in enumerate(val):
                spans, i = [], 0
                while i < len(row):
                    j = i + 1
                    while j < len(row) and row[j] == "<":
                        j += 1
                    spans.append((i, j - i, row[i]))
                    i = j
                f = bold if ri == 0 else reg
                cells = [wrap(c, f, 9, colw * n - 6) for _, n, c in spans]
                h = 11 * max(len(c) for c in cells) + 4
                need(h)
                for (ci, n, _), lines in zip(spans, cells):
                    for k, ln in enumerate(lines):
                        text(M + ci * colw + 3, y - 10 - 11 * k, ln, "F2" if ri == 0 else "F1", 9)
                ops.append(f"0.5 w {M:.2f} {y - h:.2f} m {W - M:.2f} {y - h:.2f} l S")
                y -= h
            y -= 6
    n = len(pages)
    for i, p in enumerate(pages, 1):
        hy, head = H - 50, []
        for k, ln in enumerate(L["letterhead"].split("\n")):
            head.append(bt("F2" if k == 0 else "F1", 12 if k == 0 else 8.5, M, hy, ln))
            hy -= 15 if k == 0 else 11
        p[:0] = head
        p.append(f"0.8 w {M} {H - 112} m {W - M} {H - 112} l S")
        p.append(f"0.5 w {M} 52 m {W - M} 52 l S")
        p.append(bt("F1", 7.5, M, 40, L["footer"]))
        p.append(bt("F1", 8, W - M - 40, 40, f"Page {i}/{n}"))
    objs = []

    def add(b):
        objs.append(b if isinstance(b, bytes) else b.encode("latin-1"))
        return len(objs)

    font_ids = []
    for f in (reg,):
        raw = Path(f.path).read_bytes()
        data = zlib.compress(raw, 9)
        ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(data), len(raw)) + data + b"\nendstream")
        fd = add(f"<< /Type /FontDescriptor /FontName /{f.name} /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                 f"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 {ff} 0 R >>")
        font_ids.append(add(f"<< /Type /Font /Subtype /TrueType /BaseFont /{f.name} /FirstChar 32 /LastChar 255 "
                            f"/Widths [{' '.join(map(str, f.widths))}] /Encoding /WinAnsiEncoding /FontDescriptor {fd} 0 R >>"))
    pages_id = len(objs) + 2 * n + 1
    page_ids = []
    for p in pages:
        content = "\n".join(p).encode("latin-1")
        cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {W} {H}] /Contents {cid} 0 R "
                            f"/Resources << /Font << /F1 {font_ids[0]} 0 R >> >> >>"))
    assert add(f"<< /Type /Pages /Kids [{' '.join(f'{i} 0 R' for i in page_ids)}] /Count {n} >>") == pages_id
    cat = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>")
    d = "D:" + "".join(reversed(L["date"].split("/"))) + "100000+01'00'"
    info = add(f"<< /Producer (corpus24 make_letters.py) /Creator (corpus24) /CreationDate ({d}) /ModDate ({d}) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + b + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


# ---------------------------------------------------------------- DOCX writer

def make_docx(L) -> bytes:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    when = dt.datetime(*map(int, reversed(L["date"].split("/"))), 10, 0, 0)
    cp.author = cp.last_modified_by = "secretariat"
    cp.created = cp.modified = when
    cp.revision = 1
    cp.title = "Demande RCP métastases osseuses"
    sec = d.sections[0]
    for k, ln in enumerate(L["letterhead"].split("\n")):
        para = sec.header.paragraphs[0] if k == 0 else sec.header.add_paragraph()
        r = para.add_run(ln)
        r.bold = k == 0
        r.font.size = Pt(11 if k == 0 else 8)
    sec.footer.paragraphs[0].add_run(L["footer"]).font.size = Pt(7)
    for kind, val in parse_blocks(L["body"]):
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            if val.strip():
                d.add_paragraph(val)
        else:
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for ri, row in enumerate(val):
                row = row + [""] * (ncol - len(row))
                i = 0
                while i < ncol:
                    j = i + 1
                    while j < ncol and row[j] == "<":
                        j += 1
                    cell = t.cell(ri, i)
                    if j - i > 1:
                        cell = cell.merge(t.cell(ri, j - 1))
                    cell.text = row[i]
                    if ri == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
                    i = j
            d.add_paragraph("")
    raw = io.BytesIO()
    d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    return out.getvalue()


def make_txt(L) -> bytes:
    lines = []
    for kind, val in parse_blocks(L["body"]):
        if kind == "table":
            lines += [" | ".join(c for c in row if c != "<") for row in val]
        else:
            lines.append(val)
    text = L["letterhead"] + "\n\n" + "\n".join(lines) + "\n\n" + L["footer"] + "\n"
    return text.encode("utf-8")


# ================================================================ LETTERS
LETTERS = {}

LETTERS["o01"] = dict(fmt="pdf", date="12/03/2025", birth="14/07/1958",
letterhead="""CHU de Valmont-sur-Loire - Pôle Thorax
Service d'Oncologie Thoracique - Pr Armelle DUVIGNAUD, Dr Sébastien KERGALL
Hôpital Saint-Exupère, 4 rue des Tanneurs, 41870 Valmont-sur-Loire
Secrétariat : 02 47 61 38 90 - Fax : 02 47 61 38 99 - onco.thorax@chu-valmont.example""",
footer="CHU de Valmont-sur-Loire - Oncologie thoracique - Document confidentiel soumis au secret médical",
body="""Valmont-sur-Loire, le 12/03/2025
Dr S. KERGALL, oncologue thoracique
à l'attention du Dr Hélène MARCHAIS, coordinatrice de la RCP Métastases osseuses, Institut régional du cancer de Touraine-Sud

Objet : demande d'avis RCP métastases osseuses
Patiente : Mme FAUCHERAND Josiane, née le 14/07/1958 - IPP 00418275

Chère consoeur,
Je vous adresse pour discussion en RCP Mme Faucherand, suivie dans notre service depuis mars 2021 pour un adénocarcinome pulmonaire métastatique EGFR muté, qui présente une progression osseuse isolée. Vous trouverez ci-dessous l'historique complet.

# 1. ANTÉCÉDENTS
- HTA traitée, RGO.
- Tabagisme sevré en 2005 (20 PA).
- Embolie pulmonaire segmentaire droite en janvier 2024 (cf. chronologie).
- Familiaux : père décédé d'un cancer colique à 71 ans ; une soeur traitée pour un cancer du sein (tamoxifène).

# 2. HISTOIRE DE LA MALADIE
03/2021 : toux persistante, TDM thoracique : masse LSD de 38 mm. Biopsie sous fibroscopie : adénocarcinome pulmonaire TTF1+, mutation EGFR délétion de l'exon 19, ALK négatif (IHC et FISH), ROS1 non réarrangé, PD-L1 5 %.
04/2021 : TEP-TDM de bilan d'extension : hypermétabolismes osseux de T10, de l'aile iliaque gauche et de la 6e côte droite, compatibles avec des localisations secondaires ; IRM du rachis sans épidurite. Patiente alors asymptomatique sur le plan osseux. Stade IVB.
04/2021 : début d'osimertinib (Tagrisso) 80 mg/j en 1re ligne. Très bonne réponse partielle.
05/2021 : introduction de dénosumab (Xgeva) 120 mg SC mensuel avec supplémentation vitamino-calcique, après avis dentaire.
09/2023 : progression pulmonaire et ganglionnaire médiastinale. Tagrisso arrêté. Rebiopsie : pas de transformation à petites cellules, pas de mutation de résistance ciblable.
10/2023 - 02/2024 : carboplatine AUC5 - pémétrexed (Alimta) 4 cycles, bonne tolérance hormis une asthénie G2.
11/2023 : apparition de douleurs dorsales basses mécaniques sur T10 (EVA 7/10) : radiothérapie T10 8 Gy en une fraction le 21/11/2023 avec nette amélioration.
01/2024 : embolie pulmonaire segmentaire, traitée initialement par énoxaparine (Lovenox) 1 mg/kg x2, relayée en mars 2024 par apixaban (Eliquis) 5 mg x2, poursuivi depuis au long cours compte tenu du contexte néoplasique actif.
03/2024 : début de la maintenance par pémétrexed seul (Alimta 500 mg/m2 toutes les 3 semaines), en cours, 16e cure le 03/03/2025.
02/2025 : TEP de réévaluation : stabilité pulmonaire mais majoration de la lésion de l'aile iliaque gauche avec lyse corticale et extension aux parties molles, SUV 11. Les autres lésions osseuses (T10, côte) sont stables.

# 3. SITUATION ACTUELLE
Depuis 3 semaines environ, douleur de la fesse et de la crête iliaque gauches, à l'appui et à la marche prolongée, sans irradiation radiculaire, calmée par le repos. Pas de réveils nocturnes. EVA actuelle 4/10 sous paracétamol (7/10 en novembre 2023 sur T10, douleur aujourd'hui disparue).
Pas de déficit neurologique. Marche sans aide technique. Poids stable à 61 kg.
Biologie du 28/02/2025 : calcémie corrigée 2,31 mmol/L, créatinine 68 µmol/L, Hb 11,2 g/dL.
État général conservé, ECOG 1.

# 4. TRAITEMENT ACTUEL
| Médicament | Posologie | Depuis | Remarque
| Alimta (pémétrexed) | 500 mg/m2 J1=J21 | 03/2024 | maintenance, 16 cures
| Eliquis (apixaban) | 5 mg x 2/j | 03/2024 | EP 01/2024, relais du Lovenox
| Xgeva (dénosumab) | 120 mg SC / 4 sem | 05/2021 | dernière inj. 03/03/2025
| Cacit D3 | 1 sachet/j | 05/2021 | avec Xgeva
| Doliprane | 1 g x 3/j | 02/2025 | si douleur, pris quasi tous les jours
| Inexium | 20 mg/j | ancien | RGO
| Spéciafoldine | 0,4 mg/j | 10/2023 | avec pémétrexed
Le Lovenox n'est plus administré depuis le relais par Eliquis. Le Tagrisso a été définitivement arrêté en 09/2023. Pas d'antiagrégant plaquettaire.

# 5. QUESTION POSÉE À LA RCP
Progression osseuse oligométastatique (aile iliaque gauche) sous maintenance par pémétrexed, le reste de la maladie étant contrôlé : quelle place pour une radiothérapie stéréotaxique de la lésion iliaque, ou une cimentoplastie/ablation compte tenu de la lyse corticale ? Faut-il modifier la ligne systémique ? Le Xgeva doit-il être poursuivi au même rythme après presque 4 ans ?
Le projet thérapeutique, palliatif, est de poursuivre la maintenance par Alimta tant que la maladie extra-osseuse reste contrôlée.
La patiente est informée de la présentation de son dossier. Elle reste joignable au 06 12 48 73 05.

Bien confraternellement,
Dr Sébastien KERGALL
Copie : Dr Patrick ORIEUX, médecin traitant, 12 place du Marché, 41870 Valmont-sur-Loire""",
gold=G("F", 66, ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
       ("present", ["staging_imaging"], True),
       ("present", ["mechanical"], 4),
       ("present", ["L01BA04", "B01AF02", "M05BX04", "A12AX", "N02BE01", "A02BC05"]),
       ("present", ["radiotherapy"]),
       ("present", ["M05BX04"]), ("present", ["B01AF02"]), ("absent", []),
       ("present", 1, None), ("present", "palliative")),
notes="PDF 3 p.; dated timeline; Tagrisso and Lovenox in past only; Xgeva since 2021; EVA 7 (2023) vs 4 now; 'Pas de réveils nocturnes'",
)

LETTERS["o02"] = dict(fmt="docx", date="04/03/2025", birth=None,
letterhead="""INSTITUT DE CANCÉROLOGIE DE LA CÔTE D'OPALE - Département d'Uro-oncologie
Dr Thibaut LEMAIRE-DORVAL - Dr Camille NGUYEN-VAST
210 boulevard des Capucins, 62840 Berck-Ormesson - Tél. 03 21 55 47 00""",
footer="ICCO - Uro-oncologie - 210 bd des Capucins, 62840 Berck-Ormesson - RPPS 10101234567",
body="""Berck-Ormesson, le 04/03/2025
Demande d'inscription RCP « Métastases osseuses » du 13/03/2025
| Patient | M. DELANNOY Gérard, 71 ans | < | <
| Médecin référent | Dr T. Lemaire-Dorval | Médecin traitant | Dr F. Caudron (Étaples)
| Motif | Radiculalgie L5 droite sur métastase L5 déjà irradiée | < | <
# I. RÉSUMÉ
M. Delannoy, 71 ans, est suivi pour un adénocarcinome prostatique (Gleason 4+4, ISUP 4) opéré en 2016, en rechute osseuse depuis 2022, actuellement résistant à la castration et traité par olaparib (mutation BRCA2 somatique). Il présente depuis l'été une radiculalgie L5 droite en rapport avec une progression de la métastase L5 déjà irradiée en 2023.
# II. CHRONOLOGIE
Mai 2016 - Prostatectomie totale avec curage (pT3a N0, marges positives).
Février 2019 - Récidive biologique (PSA 0,42) : radiothérapie de la loge prostatique 66 Gy, sans hormonothérapie associée.
Septembre 2022 - PSA 6,8 ng/mL. TEP-PSMA de suivi : fixations osseuses multiples (L5, sacrum, cotyle droit, 2 côtes), sans douleur. Début de Décapeptyl 11,25 mg/3 mois, puis adjonction d'enzalutamide (Xtandi) en octobre 2022. Acide zolédronique (Zometa) 4 mg toutes les 4 semaines à partir de novembre 2022.
Mars 2023 - Lombalgie : radiothérapie stéréotaxique de L5, 3 x 9 Gy. Bon contrôle antalgique.
Octobre 2023 - Zometa arrêté définitivement (insuffisance rénale, créatinine 168 µmol/L). Pas de relais par dénosumab depuis, à rediscuter.
Juin 2024 - Progression biologique et radiologique sous Xtandi : arrêt du Xtandi.
Juillet à décembre 2024 - Docétaxel (Taxotère) 75 mg/m2, 6 cycles, arrêté après la 6e cure pour neuropathie G2.
Janvier 2025 - Mise en évidence d'une mutation BRCA2 sur le tissu ; début de l'olaparib (Lynparza) 300 mg x 2/j le 14/01/2025, en cours.
Février 2025 - IRM lombaire : progression de L5 avec épidurite antérieure droite et conflit radiculaire L5, sans compression médullaire (il n'y a pas de moelle à ce niveau) ni recul du mur postérieur.
# III. CLINIQUE ACTUELLE
Radiculalgie L5 droite à type de brûlures et de décharges électriques, descendant jusqu'au dos du pied, évoluant depuis l'été 2024 et majorée depuis un mois. DN4 à 5/10. EVA 5/10 ce jour sous traitement. Pas de déficit moteur, ROT présents et symétriques, pas de trouble sphinctérien.
Karnofsky 80 %. Poids 74 kg. PSA 48 ng/mL le 20/02/2025 (9,5 en décembre).
# IV. TRAITEMENTS EN COURS
| Médicament | Posologie | Depuis | Remarque
| Lynparza (olaparib) | 300 mg x 2/j | 14/01/2025 | anémie G1
| Décapeptyl LP 11,25 mg | 1 inj./3 mois | 09/2022 | castration maintenue
| Lyrica (prégabaline) | 75 mg x 2/j | 02/2025 | augmenté récemment
| Topalgic LP | 100 mg x 2/j | 02/2025 |
| Doliprane | 1 g x 4/j | 2024 |
| Kardégic | 75 mg/j | 2019 | stent coronaire 2019
| Tahor | 20 mg/j | 2019 |
| Traitements arrêtés | < | < | <
| Xtandi | 160 mg/j | 10/2022 - 06/2024 | progression
| Zometa | 4 mg / 4 sem | 11/2022 - 10/2023 | insuffisance rénale
| Taxotère | 75 mg/m2 | 07 - 12/2024 | 6 cycles
Pas de traitement anticoagulant.
# V. QUESTIONS À LA RCP
1) Ré-irradiation de L5 (stéréotaxie) envisageable malgré la SBRT de 2023, ou geste chirurgical de libération radiculaire ?
2) Reprise d'un traitement ostéoprotecteur (dénosumab adapté à la fonction rénale ?).
Le traitement par Lynparza et Décapeptyl est poursuivi en attendant l'avis.
Dr Thibaut LEMAIRE-DORVAL""",
gold=G("M", 71, ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
       ("present", ["staging_imaging"], True),
       ("present", ["neuropathic"], 5),
       ("present", ["L01XK01", "L02AE04", "N03AX16", "N02AX02", "N02BE01", "B01AC06", "C10AA05"]),
       ("present", ["radiotherapy"]),
       ("absent", []), ("absent", []), ("present", ["B01AC06"]),
       ("present", None, 80), ("present", None)),
notes="DOCX, merged-cell identity table, medication table with a merged 'Traitements arrêtés' row; prostate-bed RT not bone; Zometa stopped; Karnofsky only",
)

LETTERS["o03"] = dict(fmt="txt", date="18/03/2025", birth=None,
letterhead="""CENTRE HOSPITALIER UNIVERSITAIRE DE BRESSAC
DEPARTEMENT D'ONCOLOGIE MEDICALE - UNITE SEIN
Dr Nadia BENSALEM - Dr Yves LE QUELLEC
Bât. C, 3e étage - 1 allée du Pr Morvan - 29610 Bressac
Tél secrétariat 02 98 40 12 77""",
footer="""-- CHU de Bressac - Oncologie médicale - courrier dicté le 17/03/2025, frappé le 18/03/2025 (MT) - non relu""",
body="""Bressac, le 18/03/2025

Dr BENSALEM
à
RCP METASTASES OSSEUSES - CHU de Bressac (Dr Le Goff, radiothérapie ; Dr Andrieux, rhumatologie)

OBJET : Mme LE BRAS Monique, 62 ans

Cher confrère, chère consoeur,

Je vous serais reconnaissante de bien vouloir discuter en RCP du dossier de Mme Le Bras, 62 ans, que je suis pour un cancer du sein gauche en rechute osseuse.

ANTECEDENTS
- Hypothyroidie sous Levothyrox.
- Appendicectomie.
- Pas d'allergie connue.
- Familiaux : mère traitée pour un cancer du sein à 55 ans, tante maternelle cancer de l'ovaire. Consultation d'oncogénétique en 2014 : pas de mutation retrouvée.

HISTOIRE ONCOLOGIQUE
- 2014 : carcinome lobulaire infiltrant du sein gauche, pT2 N1a, RE 90 %, RP 0 %, HER2 score 1+ (négatif), Ki67 15 %. Tumorectomie + curage, puis radiothérapie du sein et des aires ganglionnaires (50 Gy + boost). Hormonothérapie adjuvante par tamoxifène de 2014 à 2019, arrêtée au terme des 5 ans.
- 2019-2024 : surveillance, mammographies normales.
- depuis l'été 2024 : douleurs dorsales et de hanche droite, d'abord attribuées à de l'arthrose par son MT, traitées par AINS (Advil) sans efficacité. L'Advil a été arrêté en octobre.
- 09/2024 : IRM rachis + bassin (demandée pour les douleurs) : infiltration métastatique diffuse du rachis, du bassin et des deux fémurs proximaux, sans épidurite ni fracture.
- 10/2024 : biopsie osseuse de l'aile iliaque droite : localisation secondaire d'un carcinome lobulaire, RE+ (80 %), RP négatif, HER2 négatif. TDM TAP : pas de localisation viscérale. Marqueurs CA 15-3 : 186.
- 10/2024 : début de létrozole (Femara) 2,5 mg/j + ribociclib (Kisqali) 600 mg 3 sem/4 ; Kisqali réduit à 400 mg en décembre pour neutropénie G3.
- 11/2024 : dénosumab (Xgeva) 120 mg SC toutes les 4 semaines, après bilan dentaire, avec vitamine D.
- 02/2025 : TDM de réévaluation : réponse osseuse en cours de densification, mais aspect de lyse corticale du col fémoral droit (score de Mirels estimé à 9).

ETAT ACTUEL
Douleurs de hanche droite à la marche et à la mise en charge, avec réveils nocturnes 2 à 3 fois par nuit. EVA 4/10 actuellement sous morphine (elle était à 7/10 en septembre). Pas de douleur radiculaire. Marche avec une canne depuis 2 mois.
PS OMS 1. Poids 58 kg.
Bilan : calcémie normale, PNN 1,3 G/L, bilan hépatique normal.
Pas d'anticoagulant. Pas d'antiagrégant plaquettaire.
Aucune radiothérapie osseuse ni aucun geste chirurgical osseux à ce jour.

TRAITEMENT EN COURS
Femara 2,5 mg 1/j
Kisqali 200 mg 2 cp/j 21j/28
Xgeva 120 mg SC /4 semaines (derniere injection le 03/03)
Skenan LP 30 mg matin et soir
Actiskenan 10 mg si douleur (2 à 3/j)
Doliprane 1 g x3/j
Movicol 1 sachet/j
Uvedose 100 000 UI 1 ampoule/mois
Levothyrox 75 µg/j

QUESTION
Risque fracturaire du col fémoral droit : indication d'une ostéosynthèse préventive (clou gamma ?) et/ou d'une radiothérapie antalgique de la hanche ? Le traitement systémique de 1re ligne (Femara + Kisqali) est poursuivi sans modification.

Je reste à votre disposition,
Bien cordialement,
Dr N. BENSALEM
PJ : CR IRM 09/2024, CR anapath 10/2024, TDM 02/2025""",
gold=G("F", 62, ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
       ("present", ["pain"], True),
       ("present", ["mechanical", "nocturnal"], 4),
       ("present", ["L02BG04", "L01EF02", "M05BX04", "N02AA01", "N02BE01", "A06AD65", "A11CC05", "H03AA01"]),
       ("absent", []),
       ("present", ["M05BX04"]), ("absent", []), ("absent", []),
       ("present", 1, None), ("present", None)),
notes="TXT ALL-CAPS headings; breast RT 2014 and tamoxifen stopped; Advil stopped; 'depuis l'été'; EVA 7 then 4; explicit no anticoagulant/antiplatelet and no bone RT",
)

LETTERS["o04"] = dict(fmt="pdf", date="20/03/2025", birth="02/11/1960",
letterhead="""Hôpital Universitaire Jean-Baptiste Corvisart - Site de Lorvennes
Service d'Oncologie Médicale et Urologique - Pr Mathieu ACHARD
75 avenue des Glycines - 69780 Lorvennes - Tél. 04 72 88 16 40""",
footer="HU Corvisart Lorvennes - Oncologie urologique - Courrier généré par le DPI - Ne pas diffuser",
body="""Lorvennes, le 20/03/2025
Réf. : MA/ct/2025-0311
Madame, Monsieur les membres de la RCP métastases osseuses,

Je vous soumets le dossier de M. RABOUIN Claude, né le 02/11/1960, suivi pour un carcinome rénal à cellules claires métastatique, récemment opéré d'une fracture pathologique humérale, pour avis sur la suite de la prise en charge locale et osseuse.

# ANTÉCÉDENTS PERSONNELS
Cardiopathie ischémique avec stent en 2017 ; HTA ; dyslipidémie ; ancien tabagique (30 PA, sevré). Pas de diabète.
Pas d'antécédent thromboembolique.

# HISTOIRE DE LA MALADIE
2018 - néphrectomie élargie gauche : carcinome rénal à cellules claires, grade ISUP 3, pT3a N0. Surveillance.
06/2021 - nodules pulmonaires bilatéraux, biopsie : métastases de carcinome à cellules claires. Pronostic IMDC intermédiaire.
07/2021 - 1re ligne par sunitinib (Sutent) 50 mg 4 sem/6. Toxicité cutanée et hypertension sévère, arrêt en 03/2022.
04/2022 - 2e ligne par nivolumab (Opdivo) 480 mg/4 sem. Réponse partielle puis progression pulmonaire en juillet 2023 : nivolumab stoppé.
08/2023 - 3e ligne par cabozantinib (Cabometyx) 60 mg/j, réduit à 40 mg/j en octobre 2023 (diarrhée G2). Maladie pulmonaire stable depuis.
12/2024 - douleurs du bras droit depuis quelques semaines, non explorées.
14/01/2025 - fracture spontanée de la diaphyse humérale droite en soulevant un sac de courses : lésion lytique à la radiographie. Première localisation osseuse connue.
16/01/2025 - enclouage centromédullaire verrouillé de l'humérus droit (Dr Vasseur, orthopédie), biopsie peropératoire confirmant la métastase de carcinome rénal à cellules claires. Kardégic interrompu 5 jours en péri-opératoire puis repris.
Post-opératoire : Lovenox 4000 UI/j préventif, arrêté à J30 (mi-février).
03/2025 - radiothérapie post-opératoire de l'humérus droit 20 Gy en 5 fractions, en cours (3e séance le 19/03). Cabometyx suspendu du 09/01 au 06/02 pour la chirurgie, repris depuis.
TDM TAP + scintigraphie osseuse 02/2025 : lésion lytique de l'omoplate gauche, non symptomatique ; pas d'autre lésion. Pulmonaire stable.

# EXAMEN ET ÉTAT ACTUEL
Douleur résiduelle du bras droit à la mobilisation, EVA 2/10 sous paracétamol et oxycodone à la demande. Pas de douleur au repos ni la nuit. Pas de déficit sensitivo-moteur radial.
ECOG 1. Poids 79 kg. Calcémie normale, créatinine 112 µmol/L (DFG 61).

# TRAITEMENT ACTUEL
Cabometyx 40 mg 1/j
Kardégic 75 mg 1/j
Tahor 40 mg 1/j
Triatec 5 mg 1/j
Oxynorm 5 mg : jusqu'à 4/j si douleur (1 à 2 prises par jour)
Doliprane 1 g x 3/j
Pas de traitement anticoagulant à ce jour (Lovenox stoppé).

# PROJET ET QUESTIONS
Poursuite du cabozantinib (traitement palliatif de 3e ligne), bien toléré.
Un traitement par acide zolédronique est prévu après la consultation dentaire programmée en avril ; aucun traitement ostéoprotecteur n'a été reçu jusqu'ici.
Questions : 1) lésion scapulaire gauche asymptomatique : radiothérapie stéréotaxique préventive ou surveillance ? 2) Zometa ou Xgeva, compte tenu de la fonction rénale ? 3) Délai pour suspendre le Cabometyx en cas de nouveau geste ?

Je vous remercie et vous prie de croire en mes sentiments confraternels.
Pr Mathieu ACHARD
Copie : Dr Lucien PRADEL, médecin traitant, 4 rue Voltaire, 69780 Lorvennes""",
gold=G("M", 64, ("present", "kidney", "clear_cell_carcinoma", {}),
       ("present", ["pathological_fracture"], True),
       ("present", ["mechanical"], 2),
       ("present", ["L01EX07", "B01AC06", "C10AA05", "C09AA05", "N02AA05", "N02BE01"]),
       ("present", ["surgery", "radiotherapy"]),
       ("absent", []), ("absent", []), ("present", ["B01AC06"]),
       ("present", 1, None), ("present", "palliative")),
notes="PDF 2-3 p.; 3 lines (sunitinib, nivolumab stopped; cabozantinib current); fracture then nailing; RT in progress; Lovenox stopped at J30 (absent); zoledronic planned and 'aucun traitement ostéoprotecteur' (absent)",
)

LETTERS["o05"] = dict(fmt="docx", date="07/03/2025", birth=None,
letterhead="""CHU DE MONTREVEL - Service de Médecine Nucléaire et Oncologie Endocrinienne
Pr Agnès VILLEDIEU - Dr Karim OUSSEDIK
Hôpital Lapeyronnie-Sud, 12 chemin des Mûriers, 34990 Montrevel - Tél : 04 67 30 52 18""",
footer="CHU de Montrevel - Oncologie endocrinienne - Centre de référence TUTHYREF (fictif) - page unique de garde",
body="""Montrevel, le 07/03/2025
Demande d'avis - RCP Métastases osseuses régionale
| Identité | Mme SOULIER Hélène | Âge | 58 ans
| Pathologie | Carcinome thyroïdien folliculaire réfractaire à l'iode radioactif, métastatique osseux | < | <
| Médecin demandeur | Dr K. Oussedik | Date RCP souhaitée | 20/03/2025
# 1) Histoire de la maladie
La patiente, 58 ans, est suivie pour un carcinome folliculaire de la thyroïde (forme largement invasive, angio-invasion extensive) diagnostiqué en 2019.
| Date | Événement | <
| 03/2019 | Thyroïdectomie totale. Carcinome folliculaire pT3a. | <
| 05/2019 et 11/2020 | Iode 131 : 3,7 GBq puis 5,5 GBq. Fixation cervicale uniquement. | <
| 06/2022 | Douleur de la hanche gauche apparue à la marche, thyroglobuline à 2400 ng/mL ; TDM : lyse du cotyle gauche. Biopsie : métastase de carcinome folliculaire. | <
| 07/2022 | Radiothérapie du cotyle gauche 30 Gy/10 fr. Début de l'acide zolédronique (Zometa) 4 mg / 12 semaines. | <
| 02/2023 | Cimentoplastie (acétabuloplastie) gauche pour persistance des douleurs d'appui. | <
| 05/2023 | TEP-FDG : nouvelles lésions (D8, sacrum, poumon). Réfractaire à l'iode. Début lenvatinib (Lenvima) 24 mg/j, réduit à 14 mg/j en 09/2023. | <
| 12/2024 | Zometa arrêté : ostéonécrose de la mâchoire débutante (stade 1) ; suivi en stomatologie. | <
| 02/2025 | IRM rachis : progression de la lésion D8 avec épidurite débutante, sans signe de compression médullaire. | <
# 2) État actuel
Pas de douleur actuellement, y compris au niveau dorsal ; la hanche gauche est indolore depuis la cimentoplastie. Examen neurologique normal.
PS 0. L'espérance de vie est estimée supérieure à 1 an compte tenu de l'évolutivité lente.
Fibrillation atriale paroxystique connue depuis 2021 : anticoagulée par rivaroxaban.
# 3) Traitements en cours
| Médicament | Posologie | Depuis | Remarque
| Lenvima (lenvatinib) | 14 mg/j | 05/2023 | HTA G2 sous traitement
| Levothyrox | 150 µg/j | 2019 | TSH freinée
| Xarelto | 20 mg/j le soir | 2021 | FA
| Cardensiel | 2,5 mg/j | 2021 | FA, HTA
| Inipomp | 20 mg/j | 2023 |
| Zometa | - | 07/2022 - 12/2024 | ARRÊTÉ (ONM)
Pas d'antiagrégant plaquettaire.
# 4) Projet et question
Le lenvatinib, bien toléré à 14 mg, est poursuivi. Nous souhaitons l'avis de la RCP sur une radiothérapie stéréotaxique de D8 avant aggravation neurologique, et sur la conduite à tenir pour le Xarelto autour d'un éventuel geste. Le dénosumab est-il envisageable malgré l'ONM ?
Dr Karim OUSSEDIK""",
gold=G("F", 58, ("present", "thyroid", "other", {}),
       ("present", ["pain"], True),
       ("absent", [], None),
       ("present", ["L01EX08", "H03AA01", "B01AF01", "C07AB07", "A02BC02"]),
       ("present", ["radiotherapy", "cementoplasty"]),
       ("absent", []), ("present", ["B01AF01"]), ("absent", []),
       ("present", 0, None), ("present", None)),
notes="DOCX with merged-cell identity table and a dated timeline table (merged 2-column cells); Zometa listed in table but stopped (ONM); no pain now; follicular = histology other; life expectancy + PS",
)

LETTERS["o06"] = dict(fmt="txt", date="21/03/2025", birth="23/03/1971",
letterhead="""Centre de Lutte contre le Cancer Henri-Brassac
Département de Dermato-oncologie
Dr Élodie FERRAND-ROCHE, Dr Marc TISSERAND
18 rue de l'Observatoire - 33470 Castelbrune - tél 05 56 91 27 43""",
footer="CLCC Henri-Brassac - Dermato-oncologie - secrétariat 05 56 91 27 40",
body="""Castelbrune, le 21/03/2025

A l'attention de la RCP Métastases Osseuses

Objet : M. GARNIER-LOPES Antoine, né le 23/03/1971

Cher(e)s collègues,

Je vous adresse M. Garnier-Lopes pour discussion de la suite de prise en charge de ses métastases osseuses de mélanome, en particulier de la lésion rachidienne opérée.

1. ANTECEDENTS
- Aucun antécédent notable avant le mélanome. Pas de traitement au long cours avant 2020.
- Familiaux : grand-père paternel mélanome à 80 ans.

2. HISTORIQUE ONCOLOGIQUE
- 02/2020 : exérèse d'un mélanome nodulaire du dos, Breslow 4,1 mm, ulcéré, mutation BRAF V600E. Ganglion sentinelle positif : curage axillaire (stade IIIC).
- 04/2020 - 04/2021 : nivolumab adjuvant 1 an, terminé sans rechute.
- 05/2023 : TEP-TDM de surveillance : lésions osseuses hypermétaboliques de T6, de l'iliaque droit et du sternum, asymptomatiques. Biopsie iliaque : métastase de mélanome BRAF muté.
- 06/2023 : dabrafénib + tramétinib (Tafinlar/Mekinist). Réponse partielle.
- 02/2024 : progression osseuse et apparition de nodules hépatiques : arrêt de Tafinlar/Mekinist.
- 03/2024 - 05/2024 : ipilimumab (Yervoy) + nivolumab 4 cures, toxicité : colite G2 (corticothérapie courte).
- depuis 06/2024 : maintenance par nivolumab (Opdivo) 480 mg/4 semaines, 10e cure le 10/03/2025.
- 09/2024 : en J15 d'une cure de nivolumab, dorsalgies en ceinture puis déficit des membres inférieurs (paraparésie cotée 3/5) : IRM : compression médullaire T6 par épidurite. Laminectomie décompressive T5-T7 avec ostéosynthèse postérieure T4-T8 en urgence le 18/09/2024 (Pr Lantier, neurochirurgie), puis radiothérapie post-opératoire 20 Gy/5 fr en octobre 2024. Récupération motrice quasi complète.
- Dexaméthasone 16 mg/j en septembre, décroissance puis relais par prednisolone (Solupred), actuellement 10 mg/j, en cours de sevrage.

3. SITUATION ACTUELLE
Marche sans aide sur 500 m. Persistent des douleurs en ceinture thoraciques à type de brûlures, avec quelques décharges électriques, EVA 3/10. Pas de troubles sphinctériens.
OMS 2 (fatigue ++).
Anticoagulation : le patient était sous Lovenox à dose préventive depuis la chirurgie, probablement encore en cours, à vérifier avec son infirmière à domicile (il n'a pas apporté ses ordonnances).
Le dénosumab (Xgeva) n'a jamais été introduit : à discuter avec vous.

4. TRAITEMENTS
Opdivo 480 mg IV toutes les 4 semaines
Solupred 10 mg/j (décroissance de 2,5 mg tous les 15 jours)
Neurontin 300 mg x3/j
Oxycontin LP 10 mg x2/j
Mopral 20 mg/j

5. QUESTIONS
- Lésion iliaque droite en progression lente : radiothérapie ?
- Indication d'un traitement ostéoprotecteur (Xgeva) ?
- Poursuite de l'immunothérapie de maintenance par nivolumab, décidée en RCP mélanome du 03/2025.

Bien à vous,
Dr Élodie FERRAND-ROCHE""",
gold=G("M", 53, ("present", "melanoma", "other", {"BRAF": "positive"}),
       ("present", ["staging_imaging"], True),
       ("present", ["neuropathic"], 3),
       ("present", ["L01FF01", "H02AB06", "N03AX12", "N02AA05", "A02BC01"]),
       ("present", ["surgery", "radiotherapy"]),
       ("absent", []), ("uncertain", ["B01AB05"]), ("unknown", []),
       ("present", 2, None), ("present", None)),
notes="TXT; birth date two days after letter date (age 53); nivolumab adjuvant 2020 (past) then current; cord compression is a later event (circumstance = surveillance imaging); Lovenox 'probablement ... à vérifier' (uncertain, not current); Xgeva 'n'a jamais été introduit : à discuter' (absent); nodular melanoma = histology other",
)

LETTERS["o07"] = dict(fmt="pdf", date="10/03/2025", birth=None,
letterhead="""GROUPE HOSPITALIER UNIVERSITAIRE DE SAINTE-AURE
Service d'Oncologie Digestive - Pr Bertrand CHAMPOLLION - Dr Inès MAKHLOUF
Pavillon Laennec, 88 rue de la Convention, 51470 Sainte-Aure - Tél 03 26 78 44 10""",
footer="GHU Sainte-Aure - Oncologie digestive - Merci d'adresser toute correspondance au secrétariat (poste 4410)",
body="""Sainte-Aure, le 10/03/2025
Dr Inès MAKHLOUF
à Mesdames et Messieurs les membres de la RCP « Métastases osseuses »

Mme PERROTIN Ginette, 69 ans (dossier n° 2017-558213)

Chers collègues,
Je souhaite vous présenter le dossier de Mme Perrotin, 69 ans, suivie depuis 2021 pour un adénocarcinome du côlon sigmoïde, chez qui a été découverte une lésion osseuse unique.

# ANTÉCÉDENTS
- Diabète de type 2 non insulino-requérant, HTA, dyslipidémie.
- Accident ischémique transitoire en 2019, sous Kardégic jusqu'en 2023, arrêté par son neurologue en raison de rectorragies.
- Familiaux : frère décédé d'un cancer du pancréas.

# HISTOIRE DE LA MALADIE
Février 2021 : anémie ferriprive ; coloscopie : tumeur du sigmoïde. Sigmoïdectomie coelioscopique : adénocarcinome lieberkühnien moyennement différencié pT3 N1b (3/18), pMMR, KRAS muté (G12D), NRAS et BRAF non mutés.
Avril à septembre 2021 : chimiothérapie adjuvante par FOLFOX (oxaliplatine arrêté à la 9e cure pour neuropathie).
Mars 2023 : ACE à 38 ; TDM : 3 métastases hépatiques non résécables. FOLFIRI-bévacizumab 12 cures (mars à octobre 2023), réponse partielle.
Novembre 2023 : maintenance par capécitabine (Xeloda) 1000 mg/m2 x2 J1-J14/21 + bévacizumab, puis capécitabine seule depuis juin 2024 (protéinurie sous bévacizumab).
Novembre 2024 : consultation aux urgences pour dyspnée ; angioscanner thoracique réalisé pour suspicion d'embolie pulmonaire, qui élimine l'embolie mais découvre fortuitement une lésion ostéolytique de l'arc postérieur de la 8e côte gauche et du corps vertébral de T9 ? (la lecture de T9 est douteuse). IRM rachidienne de décembre 2024 : pas de lésion de T9, lésion costale isolée confirmée. TEP-FDG : fixation costale unique, maladie hépatique stable.
Janvier 2025 : biopsie costale sous scanner : métastase d'adénocarcinome d'origine colique (CK20+, CDX2+).

# ÉTAT ACTUEL
La patiente est asymptomatique sur le plan osseux : aucune douleur costale ni dorsale, y compris à la palpation.
Elle est en bon état général, OMS 0, autonome, poids stable 71 kg.
Pas d'anticoagulant (embolie pulmonaire éliminée) et plus d'antiagrégant depuis 2023.
Aucun traitement local osseux n'a été réalisé à ce jour.
Elle n'a jamais reçu de bisphosphonate ni de dénosumab.

# TRAITEMENT HABITUEL
| Médicament | Posologie | Depuis | Remarque
| Xeloda 500 mg | 2 000 mg matin et soir J1-J14 / 21 j | 11/2023 | cure en cours depuis le 03/03
| Glucophage | 1 000 mg x 2/j | 2015 |
| Tahor | 10 mg/j | 2016 |
| Triatec | 2,5 mg/j | 2018 |
| Kardégic | - | 2019-2023 | arrêté
Pas d'antalgique.

# QUESTION
Métastase osseuse costale unique chez une patiente en maintenance par capécitabine avec maladie hépatique contrôlée : une radiothérapie stéréotaxique ou une résection costale (avis chirurgie thoracique) se discute dans une optique d'oligométastase. Faut-il introduire un traitement anti-résorptif pour une lésion unique ?
Le traitement par capécitabine est poursuivi dans l'attente, dans un cadre palliatif.

Confraternellement,
Dr I. MAKHLOUF""",
gold=G("F", 69, ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
       ("present", ["incidental_imaging"], True),
       ("absent", [], None),
       ("present", ["L01BC06", "A10BA02", "C10AA05", "C09AA05"]),
       ("absent", []),
       ("absent", []), ("absent", []), ("absent", []),
       ("present", 0, None), ("present", "palliative")),
notes="PDF 2 p.; incidental discovery on CT angiography for suspected PE (PE ruled out, not an anticoagulation); doubtful T9 then ruled out; Kardégic stopped 2023 appears in table; bevacizumab stopped; all bone-related items explicitly denied",
)

LETTERS["o08"] = dict(fmt="docx", date="14/03/2025", birth=None,
letterhead="""CENTRE HOSPITALIER RÉGIONAL ET UNIVERSITAIRE DE PORT-ARVEL
Service de Pneumologie et Oncologie Thoracique - Unité 3B
Dr Jérôme TALBOT-GUÉRIN (PH) - Dr Lina HADDOU (CCA)
Avenue Maréchal-Lyautey, 17690 Port-Arvel - Tél. 05 46 27 90 31""",
footer="CHRU de Port-Arvel - Pneumologie - Document issu du dossier patient informatisé",
body="""Port-Arvel, le 14/03/2025
COMPTE RENDU ET DEMANDE D'AVIS RCP MÉTASTASES OSSEUSES
| Nom | M. VERDIER Patrick | < | <
| Âge | 67 ans | Sexe | M
| Oncologue référent | Dr J. Talbot-Guérin | Médecin traitant | Dr A. Roussel (Saint-Pallais)
# Antécédents
BPCO stade 2 (VEMS 62 %), tabagisme 45 PA sevré en 2023. Fibrillation atriale depuis 2022 : le Kardégic qu'il prenait depuis 2015 a alors été remplacé par de l'apixaban (Eliquis). Arthrose lombaire ancienne.
# Histoire oncologique
Septembre 2023 : carcinome épidermoïde du lobe supérieur gauche, stade IIIB (T3N2M0), PD-L1 60 %. Recherche EGFR/ALK non réalisée (histologie épidermoïde, gros fumeur).
Octobre à décembre 2023 : radio-chimiothérapie concomitante (carboplatine-paclitaxel hebdomadaire, 66 Gy sur la tumeur et le médiastin).
Janvier 2024 à janvier 2025 : consolidation par durvalumab (Imfinzi) 12 mois, terminée le 16/01/2025. Rémission partielle stable.
Fin février 2025 : apparition de lombalgies basses irradiant dans la jambe droite, d'abord mises sur le compte de son arthrose.
06/03/2025 : IRM lombaire : lésion lytique du corps de L3 avec épidurite antérolatérale droite et conflit radiculaire L3-L4, sans compression de la queue de cheval. TDM TAP le 10/03 : lésion L3 isolée, pas d'autre localisation, tumeur pulmonaire stable.
# Clinique
Douleurs lombaires depuis 3 semaines, mécaniques (à la marche et aux changements de position), avec radiculalgie crurale droite à type de décharges électriques. EVA 6/10 malgré le traitement. Pas de déficit moteur, pas de trouble sphinctérien.
PS 1.
Le patient n'a jamais été irradié sur le plan osseux (seule la radiothérapie thoracique de 2023). Aucun geste chirurgical ou percutané.
# Traitement actuel
| Médicament | Posologie | Depuis | Remarque
| Eliquis | 5 mg x 2 | 2022 | FA, CHA2DS2-VASc 3
| Skenan LP | 30 mg x 2 | 10/03/2025 |
| Actiskenan | 10 mg si besoin | 10/03/2025 | 3 à 4/j
| Dectancyl | 8 mg le matin | 10/03/2025 | épidurite
| Lyrica | 75 mg x 2 | 10/03/2025 |
| Bisoprolol | 2,5 mg | 2022 |
| Inexium | 40 mg | 10/03/2025 | sous corticoïdes
| Spiriva, Symbicort | 1 inh/j, 2 x 2 bouffées | 2019 | BPCO
| Imfinzi | terminé | 01/2024 - 01/2025 | fin de la consolidation
# Projet
Rechute métastatique osseuse unique. Il a été décidé en RCP thoracique du 12/03 de débuter une 2e ligne par carboplatine-paclitaxel-pembrolizumab à visée palliative, première cure le 31/03/2025 (non débutée à ce jour).
# Question posée
Radiothérapie de L3 (conventionnelle ou stéréotaxique) avant le début de la chimiothérapie ? Indication d'un geste de stabilisation (score SINS à 9) ? Quelle gestion de l'Eliquis si geste ? Indication d'un ostéoprotecteur ?""",
gold=G("M", 67, ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
       ("present", ["pain"], True),
       ("present", ["mechanical", "neuropathic"], 6),
       ("present", ["B01AF02", "N02AA01", "H02AB02", "N03AX16", "C07AB07", "A02BC05"]),
       ("absent", []),
       ("unknown", []), ("present", ["B01AF02"]), ("absent", []),
       ("present", 1, None), ("present", "palliative")),
notes="DOCX, merged identity table, medication table incl. finished Imfinzi row; Kardégic replaced by Eliquis (antiplatelets absent); EGFR/ALK not tested; thoracic RT is not bone; planned 2nd line (decided, not started): no current chemo",
)

LETTERS["o09"] = dict(fmt="pdf", date="15/03/2025", birth="30/09/1966",
letterhead="""INSTITUT UNIVERSITAIRE DU CANCER DE MIREVAL
Département d'Oncologie Médicale - Pôle Sein et Gynécologie
Dr Claire DESFORGES-ABADIE - Pr Olivier N'DIAYE
2 esplanade Charcot, 31760 Mireval - Tél. 05 61 44 02 90 - Fax 05 61 44 02 91""",
footer="IUC Mireval - Oncologie médicale - Ce document contient des données de santé à caractère personnel",
body="""Mireval, le 15/03/2025
Objet : RCP Métastases osseuses - Mme AUBERTIN Sylvie, née le 30/09/1966
Chère Madame, cher Monsieur,
Mme Aubertin est suivie depuis 2012 dans notre institut pour un cancer du sein droit HER2 positif, métastatique osseux depuis 2017, avec de multiples traitements locaux osseux. Une nouvelle lésion douloureuse de l'humérus gauche motive cette demande. Je résume l'histoire, longue.

# 1. ANTÉCÉDENTS
Médicaux : dépression traitée en 2015, insomnie. Chirurgicaux : cholécystectomie 2008.
Thrombose veineuse sur chambre implantable (veine jugulaire droite) en avril 2023.
Familiaux : pas d'antécédent de cancer connu.

# 2. HISTOIRE ONCOLOGIQUE
2012 : carcinome canalaire infiltrant (NST) du sein droit, grade 3, RE 60 %, RP 20 %, HER2 3+. Mastectomie + curage, chimiothérapie adjuvante (EC puis docétaxel) + trastuzumab 1 an, radiothérapie pariétale, puis tamoxifène 5 ans.
Mai 2017 : fracture pathologique du col fémoral gauche sur chute de sa hauteur, révélant la maladie osseuse (métastase confirmée sur la pièce). Prothèse totale de hanche gauche le 12/05/2017, puis radiothérapie de la hanche 30 Gy.
Juin 2017 - 2019 : 1re ligne métastatique docétaxel - trastuzumab - pertuzumab (6 cures de docétaxel), puis maintenance trastuzumab - pertuzumab + létrozole. Acide zolédronique (Zometa) 4 mg / 4 semaines de 06/2017 à 09/2019.
Septembre 2019 : Zometa remplacé par dénosumab (Xgeva) 120 mg mensuel, espacé toutes les 12 semaines depuis janvier 2022. En cours.
Mars 2021 : progression (T12, côtes). Radiothérapie T12 20 Gy/5 fr. 2e ligne par T-DM1 (Kadcyla) jusqu'en 2023.
Juillet 2022 : tassement douloureux de L2, cimentoplastie (vertébroplastie) L2 le 19/07/2022.
Avril 2023 : thrombose sur PAC : tinzaparine (Innohep) 14 000 UI/j, poursuivie au long cours depuis vu la maladie évolutive et le cathéter en place.
Septembre 2023 : progression hépatique. 3e ligne par trastuzumab déruxtécan (Enhertu) 5,4 mg/kg toutes les 3 semaines, en cours (27e cure le 05/03/2025). Réponse hépatique partielle persistante.
Février 2025 : douleur de l'épaule gauche, TDM : lésion lytique de la métaphyse humérale proximale gauche avec amincissement cortical (> 50 %). Pas d'autre lésion nouvelle.

# 3. ÉTAT CLINIQUE ACTUEL
Douleur de l'épaule gauche à la mobilisation et au port de charges, sans douleur de repos ; EVA 2/10 sous paracétamol seul. Pas de composante neuropathique, pas de réveil nocturne.
Karnofsky 70 %. Fatigue modérée, autonome à domicile.
Biologie : calcémie 2,28 mmol/L, créatinine 64 µmol/L, FEVG 58 % en janvier.

# 4. TRAITEMENT ACTUEL
| Médicament | Posologie | Depuis | Remarque
| Enhertu (trastuzumab déruxtécan) | 5,4 mg/kg / 3 sem | 09/2023 | 27 cures
| Xgeva | 120 mg / 12 semaines | 09/2019 | prochaine inj. 04/2025
| Innohep | 14 000 UI/j SC | 04/2023 | TVP sur PAC
| Orocal D3 | 1 cp x 2/j | 2017 |
| Doliprane | 1 g x 3/j | 02/2025 |
| Imovane | 7,5 mg le soir | 2015 |
Pas d'antiagrégant. Le Zometa et le létrozole ont été arrêtés de longue date.

# 5. QUESTIONS
Lésion humérale proximale gauche à haut risque fracturaire (score de Mirels 9) : enclouage prophylactique, radiothérapie seule, ou les deux ? Nécessité d'un relais de l'Innohep en cas de chirurgie ?
Le traitement palliatif de 3e ligne par Enhertu est poursuivi.

Bien cordialement,
Dr Claire DESFORGES-ABADIE""",
gold=G("F", 58, ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "positive"}),
       ("present", ["pathological_fracture"], True),
       ("present", ["mechanical"], 2),
       ("present", ["M05BX04", "B01AB10", "A12AX", "N02BE01", "N05CF01"]),
       ("present", ["surgery", "radiotherapy", "cementoplasty"]),
       ("present", ["M05BX04"]), ("present", ["B01AB10"]), ("absent", []),
       ("present", None, 70), ("present", "palliative")),
meds_outside_table=True,
notes="PDF 3 p.; 13-year history; trastuzumab/pertuzumab/docetaxel/letrozole past, Enhertu current (not in ATC table); Zometa then Xgeva (current); Innohep long-term; three kinds of prior bone treatment; Karnofsky only",
)

LETTERS["o10"] = dict(fmt="txt", date="06/03/2025", birth=None,
letterhead="""HOPITAL UNIVERSITAIRE DU VAL D'ARDRE
ONCOLOGIE MEDICALE - UROLOGIE / APPAREIL URINAIRE
Dr F. QUINTARD - Dr M. ABASSI
Rue du Pont-Levis, 59770 Ardre-sur-Scarpe
Tel : 03 27 64 19 55""",
footer="HU du Val d'Ardre - Oncologie medicale - Tel 03 27 64 19 55",
body="""le 06/03/2025

Demande de présentation en RCP Métastases osseuses

Patient : M. HOCHART René, 74 ans
Médecin traitant : Dr Vandewalle, Ardre-sur-Scarpe

Chers collègues,

Merci de discuter en RCP du dossier de M. Hochart, 74 ans, suivi pour un carcinome urothélial de vessie métastatique, actuellement en 2e ligne.

ANTECEDENTS :
- HTA, insuffisance rénale chronique modérée (DFG 48).
- Phlébite du mollet gauche il y a 2 ans environ, traitée par anticoagulant ; selon le patient il prendrait toujours du Préviscan ?? ("le petit comprimé rose") - à vérifier auprès du MT, pas d'INR récent dans le dossier.
- Pas d'allergie.

HISTOIRE :
06/2022 : hématurie. RTUV puis cystoprostatectomie totale avec Bricker (09/2022) : carcinome urothélial de haut grade pT3b N1.
11/2022 - 02/2023 : chimiothérapie adjuvante gemcitabine-cisplatine 4 cycles.
Surveillance jusqu'en 2024.
09/2024 : hospitalisation pour confusion et déshydratation, calcémie corrigée à 3,45 mmol/L : hypercalcémie maligne, révélant des métastases osseuses diffuses (rachis, bassin, côtes) sur le TDM et la scintigraphie réalisés au décours. Traitée par hydratation et une perfusion de Zometa 4 mg (dose adaptée) le 12/09/2024.
10/2024 : relais par dénosumab (Xgeva) 120 mg SC mensuel, en cours.
10/2024 : début enfortumab védotin + pembrolizumab (Keytruda), 8e cycle le 24/02/2025. Réponse osseuse mixte.
Pas de radiothérapie ni de chirurgie osseuse à ce jour.

CLINIQUE :
Douleurs osseuses diffuses, dorsales et costales, surtout la nuit, le réveillant régulièrement. Pas de radiculalgie. Pas d'évaluation chiffrée récente.
Pronostic réservé, OMS 2. Amaigrissement de 6 kg en 6 mois.
Calcémie normalisée : 2,40 le 20/02.

TRAITEMENT ACTUEL (selon la dernière ordonnance) :
- Keytruda 200 mg toutes les 3 semaines (avec enfortumab védotin J1 J8)
- Xgeva 120 mg/4 sem
- Calcium/vit D : non, interrompu (hypercalcémie) - à reprendre ?
- Oxynorm LP 10 mg x2
- Doliprane 1 g x3
- Amlor 5 mg

QUESTION :
Radiothérapie antalgique (dorsale ? hémicorps ?) ; intérêt d'un traitement par radiothérapie métabolique ? Le traitement palliatif par enfortumab-pembrolizumab est poursuivi.

Dr F. QUINTARD""",
gold=G("M", 74, ("present", "bladder", "other", {}),
       ("present", ["hypercalcemia"], True),
       ("present", ["nocturnal"], None),
       ("present", ["L01FF02", "M05BX04", "N02AA05", "N02BE01"]),
       ("absent", []),
       ("present", ["M05BX04"]), ("uncertain", ["B01AA12"]), ("unknown", []),
       ("present", 2, None), ("present", "palliative")),
notes="TXT; hypercalcaemia reveals bone disease; single Zometa infusion (past) then Xgeva current; 'Préviscan ??' uncertain; pain only nocturnal, no score; urothelial = other; calcium stopped; 'Oxynorm LP'",
)

LETTERS["o11"] = dict(fmt="docx", date="10/03/2025", birth="05/05/1985",
letterhead="""HÔPITAL UNIVERSITAIRE DE LA PITIÉ-SAINTE-CROIX (fictif) - ONCOLOGIE THORACIQUE
Dr Aurélie BRÉHAT-MONCEAU - consultations du jeudi
47 quai de la Dordogne, 24920 Sainte-Croix-sur-Vézère - Tél. 05 53 08 71 26""",
footer="HU Pitié-Sainte-Croix - Oncologie thoracique - secrétariat 05 53 08 71 26",
body="""Sainte-Croix, le 10/03/2025
Demande d'avis RCP Métastases osseuses
| Patiente | Mme KOWALCZYK Anna, née le 05/05/1985 | < | <
| Diagnostic | Adénocarcinome pulmonaire ALK réarrangé, stade IV (os) | < | <
| ECOG | 0 | Date RCP souhaitée | 27/03/2025
# Antécédents
Aucun antécédent avant 2022. Non fumeuse. Deux enfants (2014, 2017). Pas d'antécédent familial de cancer.
# Histoire de la maladie
Juin 2022 : dorsalgies pendant 2 semaines puis installation brutale d'une paraparésie avec niveau sensitif D9 : IRM en urgence : compression médullaire D9 sur lésion lytique avec épidurite. Laminectomie décompressive D8-D10 + arthrodèse postérieure le 21/06/2022, puis radiothérapie D9 (30 Gy/10 fr) en juillet 2022. Récupération motrice complète en 3 mois.
La biopsie vertébrale et le bilan d'extension ont montré un adénocarcinome pulmonaire (nodule LID 22 mm), TTF1+, ALK réarrangé (IHC D5F3 et FISH), EGFR non muté, ROS1 négatif, PD-L1 < 1 %.
Juillet 2022 : alectinib (Alecensa) 600 mg x2/j. Très bonne réponse.
Août 2022 : thrombose veineuse profonde fémorale gauche : anticoagulation par HBPM, poursuivie depuis compte tenu du contexte (nom exact du produit non précisé sur nos documents, injections par IDE).
Corticothérapie prolongée en 2022 (dexaméthasone), ostéopénie densitométrique (T-score -2,6 au rachis) : acide zolédronique (Aclasta) 5 mg une fois par an depuis janvier 2023, dernière perfusion le 13/01/2025.
Avril 2024 : progression cérébrale (3 métastases) et osseuse (cotyle droit, L1) sous Alecensa : arrêt de l'alectinib, relais par lorlatinib (Lorviqua) 100 mg/j depuis le 02/05/2024. Radiothérapie stéréotaxique des 3 lésions cérébrales en mai 2024.
Février 2025 : TEP + IRM : réponse cérébrale complète, lésions osseuses stables, mais augmentation de taille de la lésion du cotyle droit (lyse du toit) sans fixation nouvelle ailleurs.
# Clinique
Patiente totalement indolore : pas de douleur de hanche, ni à l'appui ni la nuit. Marche normale, activité professionnelle à mi-temps.
ECOG 0.
Aucun antiagrégant plaquettaire.
# Traitement actuel
| Médicament | Posologie | Depuis | Remarque
| Lorviqua (lorlatinib) | 100 mg/j | 05/2024 | hypercholestérolémie induite
| Atorvastatine | 20 mg/j | 06/2024 | sous lorlatinib
| HBPM (à préciser) | 1 injection/j | 08/2022 | TVP
| Aclasta | 5 mg IV / an | 01/2023 | ostéoporose cortisonique
| Uvedose | 50 000 UI / 15 j | 2023 |
| Alecensa | - | 07/2022 - 04/2024 | arrêté (progression)
# Question
Lésion du cotyle droit asymptomatique mais en progression sous lorlatinib (oligoprogression) : radiothérapie stéréotaxique, cimentoplastie ? Le lorlatinib est poursuivi. L'Aclasta annuel suffit-il ou faut-il passer à un schéma « métastases osseuses » (Zometa 4 mg / Xgeva) ?
Dr Aurélie BRÉHAT-MONCEAU""",
gold=G("F", 39, ("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "ROS1": "negative", "PD-L1": "negative"}),
       ("present", ["neurological_deficit"], True),
       ("absent", [], None),
       ("present", ["L01ED05", "C10AA05", "M05BA08", "A11CC05"]),
       ("present", ["surgery", "radiotherapy"]),
       ("present", ["M05BA08"]), ("present", []), ("absent", []),
       ("present", 0, None), ("present", None)),
notes="DOCX; cord compression reveals disease (preceded by 2 weeks of back pain); alectinib past, lorlatinib current; 'HBPM (à préciser)' anticoagulation present without agent; Aclasta yearly for osteoporosis counts; brain SBRT is not bone; painless",
)

LETTERS["o12"] = dict(fmt="pdf", date="11/03/2025", birth="12/12/1948",
letterhead="""CENTRE RÉGIONAL DE RADIOTHÉRAPIE ET D'ONCOLOGIE DU HAUT-VERNAY
Dr Philippe MASSONNEAU - Dr Sarah AIT-KACI - radiothérapeutes
Clinique des Tilleuls, 9 rue Saint-Vernay, 63550 Haut-Vernay - Tél. 04 73 29 60 15""",
footer="CRRO du Haut-Vernay - 9 rue Saint-Vernay, 63550 Haut-Vernay - secretariat.rt@crro-hv.example",
body="""Haut-Vernay, le 11/03/2025
RCP MÉTASTASES OSSEUSES - FICHE DE PRÉSENTATION ET COURRIER
Patient : M. BOISSONNAT Henri, né le 12/12/1948
Radiothérapeute référent : Dr Ph. Massonneau ; urologue : Dr Kemmler ; MT : Dr Faure

Chers confrères,
Je vous présente M. Boissonnat, que nous avons déjà irradié en 2023 sur une métastase ischiatique, et qui nous est réadressé pour une douleur de hanche droite.

# A. ANTÉCÉDENTS
Cardiopathie rythmique (FA) avec anticoagulation par apixaban de 2020 à janvier 2025 ; l'Eliquis a été arrêté il y a deux mois par son cardiologue (Dr Orsini) après une hématurie, avec relais par Kardégic 75 mg. HTA. Prothèse totale de genou gauche 2012.
Familiaux : frère prostate (70 ans).

# B. HISTOIRE DE LA MALADIE PROSTATIQUE
04/2023 : PSA 356 ng/mL. Biopsies : adénocarcinome prostatique Gleason 4+5 (ISUP 5). Scintigraphie osseuse et TDM de bilan : métastases osseuses multiples (bassin, ischion gauche, rachis lombaire, côtes), pas de métastase viscérale. Haut volume. Aucune douleur à l'époque.
05/2023 : Firmagon (dégarélix) 240 mg puis relais par Eligard 45 mg / 6 mois à partir de 07/2023.
06/2023 - 10/2023 : docétaxel 6 cycles associé au darolutamide (Nubeqa) 600 mg x2/j (trithérapie), darolutamide poursuivi depuis.
08/2023 : douleur ischiatique gauche : radiothérapie ischion gauche 8 Gy en 1 fraction (Dr Massonneau).
09/2023 : Xgeva 120 mg/mois débuté, arrêté en 03/2024 pour hypocalcémie sévère symptomatique ; non repris depuis.
2024 : PSA nadir 0,9 ng/mL (06/2024).
01/2025 : PSA 4,2 ng/mL (en ascension), testostérone < 0,2 ng/mL : résistance à la castration débutante.
02/2025 : TEP-PSMA : progression au niveau du cotyle droit et de l'aile iliaque droite, le reste stable.

# C. SYMPTOMATOLOGIE ACTUELLE
Douleur de hanche droite depuis 3 semaines, à l'appui et à la marche, EVA 5/10, soulagée au repos. Pas de réveil nocturne, pas de douleur neuropathique. Radio du bassin : pas de fracture.
OMS 1. Autonome, vit avec son épouse.

# D. TRAITEMENTS EN COURS
| Médicament | Posologie | Depuis | Remarque
| Eligard 45 mg | 1 inj. / 6 mois | 07/2023 | dernière inj. 01/2025
| Nubeqa 300 mg | 2 cp x 2/j | 06/2023 |
| Kardégic | 75 mg/j | 01/2025 | relais de l'Eliquis
| Cardensiel | 5 mg/j | 2020 |
| Ixprim | 1 à 2 cp x 3/j | 02/2025 |
| Calcium vitamine D | - | - | arrêté avec Xgeva

# E. DEMANDE
Irradiation antalgique du cotyle droit (8 Gy ou 20 Gy/5 fr ?) ; risque fracturaire cotyloïdien ; faut-il reprendre un ostéoprotecteur malgré l'hypocalcémie sous Xgeva ? Le traitement hormonal (Eligard + Nubeqa) est poursuivi en attendant l'avis de l'urologue pour la suite.

Je vous remercie,
Dr Philippe MASSONNEAU""",
gold=G("M", 76, ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
       ("present", ["staging_imaging"], True),
       ("present", ["mechanical"], 5),
       ("present", ["L02AE02", "L02BB06", "B01AC06", "C07AB07", "N02AX02"]),
       ("present", ["radiotherapy"]),
       ("absent", []), ("absent", []), ("present", ["B01AC06"]),
       ("present", 1, None), ("present", None)),
notes="PDF 2 p.; Eliquis stopped 'il y a deux mois' (anticoagulation absent) with Kardégic relay; Firmagon and docetaxel past, Eligard + Nubeqa current; Xgeva stopped 2024; PSA 356 then 4.2; Ixprim = tramadol",
)


# ================================================================ main

WRITERS = {"pdf": make_pdf, "docx": make_docx, "txt": make_txt}


def main() -> int:
    ref = load_ref()
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    golds = {}
    for lid, L in LETTERS.items():
        g = L["gold"]
        g["gaps"] = derive_gaps(g)
        g = {"id": lid, **g}
        L["gold"] = g
        text = plain_text(L)
        if L["fmt"] == "pdf":
            try:
                text.encode("cp1252")
            except UnicodeEncodeError as e:
                violation(f"{lid}: character outside cp1252 in a PDF letter: {e}")
        check_gold(lid, L, ref, text)
        golds[lid] = g
    if len(LETTERS) != 12:
        violation(f"expected 12 letters, got {len(LETTERS)}")
    for old in list((HERE / "letters").iterdir()) + list((HERE / "gold").iterdir()):
        if old.stem not in LETTERS:
            old.unlink()
    for lid, L in LETTERS.items():
        data = WRITERS[L["fmt"]](L)
        (HERE / "letters" / f"{lid}.{L['fmt']}").write_bytes(data)
        (HERE / "gold" / f"{lid}.json").write_text(
            json.dumps(golds[lid], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
