#!/usr/bin/env python3
"""Build corpus39: 12 blind referral letters (Occitanie, one month) + gold records.

Run from /work/main:  .venv/bin/python tests/corpus39/make_letters.py

Every letter text and gold value lives in this file.  Gold gaps are derived by
one function (``derive_gaps``) implementing the spec's gap rule; every gold is
checked against the contract (``check_gold``) and the script stops with
"CONTRACT VIOLATION: ..." on the first failure.  Output is byte-identical on
every run (fixed PDF dates/producer/ID, fixed DOCX core properties and zip
timestamps, no randomness).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zlib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = Path("/work/shared")
ATC_TSV = SHARED / "spec" / "atc-reference.tsv"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def die(msg: str) -> None:
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


# --------------------------------------------------------------------------
# ATC reference
# --------------------------------------------------------------------------
def load_atc():
    ref = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        while len(cols) < 5:
            cols.append("")
        code, dci, inn, group, brands = cols[:5]
        names = [dci, inn] + [b for b in brands.split(",") if b]
        ref[code.strip()] = {"group": group, "names": [n.strip() for n in names if n.strip()]}
    return ref


ATC = load_atc()


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold().replace("œ", "oe").replace("’", "'")


def drugs_mentioned(text: str) -> set[str]:
    """ATC codes of the reference table whose name or brand occurs in text."""
    t = fold(text)
    found = set()
    for code, info in ATC.items():
        for name in info["names"]:
            pat = r"(?<![a-z0-9])" + re.escape(fold(name)) + r"(?![a-z0-9])"
            if re.search(pat, t):
                found.add(code)
                break
    return found


# --------------------------------------------------------------------------
# Contract
# --------------------------------------------------------------------------
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
ALL = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
       "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
       "antiplatelets", "prognosis", "therapeuticProject"]
FIVE = {"present", "absent", "uncertain", "conflicting", "unknown"}
STATUSES = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": FIVE,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": FIVE,
    "boneTargetedTherapy": FIVE,
    "anticoagulation": FIVE,
    "antiplatelets": FIVE,
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder",
         "melanoma", "other", "unknown_primary"}
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
         "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
         "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
              "PD-L1", "ER", "PR", "PSA"}
BIORES = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
        "staging_imaging", "incidental_imaging", "other"}
PAINTYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENT = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}
GAP_KIND = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}


def derive_gaps(g: dict) -> list:
    """The spec's gap rule, applied to a gold record (nine items, not antiplatelets)."""
    gaps = []
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in GAP_KIND:
            gaps.append([item, GAP_KIND[st]])
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


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def check_gold(L: dict, g: dict, text: str) -> None:
    lid = L["id"]

    def need(cond, msg):
        if not cond:
            die(f"{lid}: {msg}")

    need(g["id"] == lid, "id")
    need(set(g) == {"id", "patient", "gaps", *ALL}, f"keys {sorted(g)}")
    # patient
    p = g["patient"]
    need(p["sex"] in ("F", "M"), "sex")
    need(isinstance(p["age"], int) and 18 <= p["age"] <= 105, "age")
    if L.get("birth"):
        need(p["age"] == age_at(L["birth"], L["date"]), f"age {p['age']} != birth-date age")
        need(L["birth"].strftime("%d/%m/%Y") in text, "birth date not in text")
    if L.get("age_written"):
        need(f"{p['age']} ans" in text, "written age not in text")
    need(L.get("birth") or L.get("age_written"), "no source for age")
    # statuses
    for item in ALL:
        need(g[item]["status"] in STATUSES[item], f"{item} status {g[item]['status']}")
    pt = g["primaryTumor"]
    need(set(pt) == {"status", "site", "histology", "biomarkers"}, "primaryTumor keys")
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], "unknown tumour with values")
    else:
        need(pt["site"] in SITES, "site code")
    need(pt["histology"] is None or pt["histology"] in HISTO, "histology code")
    for k, v in pt["biomarkers"].items():
        need(k in BIOMARKERS and v in BIORES, f"biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    need(set(bd) == {"status", "circumstances", "dated"}, "boneDiagnosis keys")
    need(all(c in CIRC for c in bd["circumstances"]), "circumstance code")
    need(bd["circumstances"] == sorted(set(bd["circumstances"])), "circumstances sorted/unique")
    need(isinstance(bd["dated"], bool), "dated bool")
    if bd["status"] == "unknown":
        need(not bd["circumstances"] and not bd["dated"], "unknown bone diagnosis with values")
    else:
        need(bd["circumstances"], "present bone diagnosis without circumstance")
    pa = g["pain"]
    need(set(pa) == {"status", "types", "intensity"}, "pain keys")
    need(all(t in PAINTYPES for t in pa["types"]) and pa["types"] == sorted(set(pa["types"])), "pain types")
    need(pa["intensity"] is None or (isinstance(pa["intensity"], int) and 0 <= pa["intensity"] <= 10), "intensity")
    if pa["status"] in ("absent", "unknown"):
        need(not pa["types"], "types on absent/unknown pain")
        need(pa["intensity"] in (None, 0), "intensity on absent/unknown pain")
    if pa["intensity"] is not None:
        need(re.search(rf"\b(EN|EVA)\D{{0,12}}{pa['intensity']}(\s*/\s*10)?(?![0-9])", text), "intensity not in text")
    cm = g["currentMedications"]
    need(set(cm) == {"status", "atc"}, "currentMedications keys")
    for c in cm["atc"]:
        need(c in ATC, f"ATC {c} not in atc-reference.tsv")
    need(cm["atc"] == sorted(set(cm["atc"])), "currentMedications atc sorted/unique")
    if cm["status"] != "present":
        need(not cm["atc"], "meds listed with non-present status")
    plt = g["priorLocalTreatments"]
    need(set(plt) == {"status", "types"}, "priorLocal keys")
    need(all(t in LOCAL for t in plt["types"]) and plt["types"] == sorted(set(plt["types"])), "local types")
    if plt["status"] in ("absent", "unknown"):
        need(not plt["types"], "types on absent/unknown local treatment")
    if plt["status"] == "present":
        need(plt["types"], "present local treatment without type")
    for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        s = g[sec]
        need(set(s) == {"status", "atc"}, f"{sec} keys")
        need(s["atc"] == sorted(set(s["atc"])), f"{sec} atc sorted")
        for c in s["atc"]:
            need(c in ATC, f"{sec} ATC {c} not in reference")
            need(c.startswith(AGENT_PREFIX[sec]), f"{sec} ATC {c} outside the section's classes")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], f"{sec} agents with status {s['status']}")
        if s["status"] in ("present", "conflicting"):
            need(set(s["atc"]) <= set(cm["atc"]), f"{sec} agents {s['atc']} missing from currentMedications")
        if s["status"] == "uncertain":
            need(not set(s["atc"]) & set(cm["atc"]), f"{sec} doubtful agent counted as current")
        # every current drug of the class must be in the section
        cls = {c for c in cm["atc"] if c.startswith(AGENT_PREFIX[sec])}
        need(cls <= set(s["atc"]), f"current {sec} drug {sorted(cls)} not in section")
        if cls:
            need(s["status"] in ("present", "conflicting"), f"{sec} current drug but status {s['status']}")
    pr = g["prognosis"]
    need(pr["status"] in STATUSES["prognosis"], "prognosis status")
    need(set(pr) <= {"status", "ecog", "kps"} and ("ecog" in pr) != ("kps" in pr), "prognosis keys (ecog xor kps)")
    if "ecog" in pr and pr["ecog"] is not None:
        need(pr["ecog"] in range(5) and pr["status"] == "present", "ecog")
        need(re.search(rf"(OMS|PS|ECOG)\s*:?\s*{pr['ecog']}\b", text), "ECOG not in text")
    if "kps" in pr:
        need(pr["kps"] in range(0, 101, 10) and pr["status"] == "present", "kps")
        need(f"{pr['kps']} %" in text, "KPS not in text")
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and pr.get("kps") is None, "unknown prognosis with score")
    tp = g["therapeuticProject"]
    need(set(tp) == {"status", "intent"}, "therapeuticProject keys")
    need(tp["intent"] is None or tp["intent"] in INTENT, "intent code")
    if tp["intent"]:
        word = {"palliative": "palliati", "curative": "curati", "supportive": "support"}[tp["intent"]]
        need(word in fold(text), "intent word not in text")
        need(tp["status"] == "present", "intent without present project")
    # gaps
    need(g["gaps"] == derive_gaps(g), f"gaps {g['gaps']} != derived {derive_gaps(g)}")
    # evidence: every gold drug is named in the letter, every named drug is accounted for
    named = drugs_mentioned(text)
    gold_codes = set(cm["atc"])
    for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        gold_codes |= set(g[sec]["atc"])
    for c in sorted(gold_codes):
        need(c in named, f"gold drug {c} not named in the letter")
    excluded = L.get("not_current", {})
    for c in sorted(named - gold_codes):
        need(c in excluded, f"drug {c} named in letter but neither in gold nor explained in not_current")
    for c in excluded:
        need(c in named and c not in cm["atc"], f"not_current {c} inconsistent")


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
FIXED_PDF_DATE = "D:20261130090000+01'00'"
PRODUCER = "GHT Garrigues-Aude - editique 4.2"


class PdfFont:
    def __init__(self):
        from PIL import ImageFont
        self.raw = FONT.read_bytes()
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


_FONT = None


def pdf_font():
    global _FONT
    if _FONT is None:
        _FONT = PdfFont()
    return _FONT


def wrap(text: str, size: float, maxw: float) -> list[str]:
    f = pdf_font()
    if not text:
        return [""]
    lead = len(text) - len(text.lstrip(" "))
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if f.width(cand, size) <= maxw or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = " " * lead + w if lead else w
    lines.append(cur)
    return lines


def write_pdf(path: Path, L: dict) -> None:
    """Text PDF, A4, DejaVu Sans embedded (WinAnsi), letterhead + footer + page numbers."""
    f = pdf_font()
    W, H = 595.28, 841.89
    left, right, top, bottom = 62, 62, 780, 78
    maxw = W - left - right
    pages = []
    for chunk in L["body"].split("\f"):
        lines = []
        for para in chunk.strip("\n").split("\n"):
            for ln in wrap(para, 10, maxw):
                lines.append(ln)
        # overflow
        per = int((top - 120 - bottom) / 13.2)
        while lines:
            pages.append(lines[:per])
            lines = lines[per:]
    n = len(pages)

    def txt(x, y, size, s):
        return f"BT /F1 {size} Tf {x:.2f} {y:.2f} Td <{s.encode('cp1252').hex()}> Tj ET\n"

    streams = []
    for i, plines in enumerate(pages, 1):
        c = ""
        y = top
        if i == 1:
            for j, h in enumerate(L["letterhead"]):
                c += txt(left, y, 13 if j == 0 else 9, h)
                y -= 16 if j == 0 else 11.5
            c += f"0.5 w {left} {y + 2:.2f} m {W - right:.2f} {y + 2:.2f} l S\n"
            y -= 22
        else:
            c += txt(left, y, 8, L["running_head"])
            y -= 30
        for ln in plines:
            c += txt(left, y, 10, ln)
            y -= 13.2
        c += f"0.4 w {left} {bottom - 14} m {W - right:.2f} {bottom - 14} l S\n"
        c += txt(left, bottom - 28, 7.5, L["footer"])
        pn = f"Page {i}/{n}"
        c += txt(W - right - f.width(pn, 8), bottom - 42, 8, pn)
        streams.append(c.encode("latin-1"))

    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    font_obj, desc_obj, file_obj, info_obj = 3, 4, 5, 6
    first_page = 7
    kids = " ".join(f"{first_page + 2 * k} 0 R" for k in range(n))
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode()
    objs[font_obj] = (
        "<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
        f"/Widths [{' '.join(map(str, f.widths))}] /Encoding /WinAnsiEncoding "
        f"/FontDescriptor {desc_obj} 0 R >>").encode()
    objs[desc_obj] = (
        "<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
        f"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 {file_obj} 0 R >>").encode()
    comp = zlib.compress(f.raw, 9)
    objs[file_obj] = (f"<< /Length {len(comp)} /Length1 {len(f.raw)} /Filter /FlateDecode >>\nstream\n".encode()
                      + comp + b"\nendstream")
    title_hex = ("\ufeff" + L["pdf_title"]).encode("utf-16-be").hex()
    objs[info_obj] = (f"<< /Title <{title_hex}> /Author ({L['author_ascii']}) "
                      f"/Producer ({PRODUCER}) /Creator ({PRODUCER}) "
                      f"/CreationDate ({FIXED_PDF_DATE}) /ModDate ({FIXED_PDF_DATE}) >>").encode()
    for k, s in enumerate(streams):
        pid, cid = first_page + 2 * k, first_page + 2 * k + 1
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W} {H}] "
                     f"/Resources << /Font << /F1 {font_obj} 0 R >> >> /Contents {cid} 0 R >>").encode()
        cs = zlib.compress(s, 9)
        objs[cid] = f"<< /Length {len(cs)} /Filter /FlateDecode >>\nstream\n".encode() + cs + b"\nendstream"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = out.tell()
        out.write(f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(f"xref\n0 {size}\n0000000000 65535 f \n".encode())
    for k in range(1, size):
        out.write(f"{offsets[k]:010d} 00000 n \n".encode())
    fid = zlib.crc32(L["id"].encode()) & 0xFFFFFFFF
    fid_hex = f"{fid:08x}" * 4
    out.write(f"trailer\n<< /Size {size} /Root 1 0 R /Info {info_obj} 0 R /ID [<{fid_hex}> <{fid_hex}>] >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    path.write_bytes(out.getvalue())


def write_docx(path: Path, L: dict) -> None:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for kind, content in L["blocks"]:
        if kind == "h":
            d.add_heading(content, level=2)
        elif kind == "b":
            para = d.add_paragraph()
            para.add_run(content).bold = True
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for r, row in enumerate(content):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
                    if r == 0 and L.get("table_header", True):
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
    cp = d.core_properties
    fixed = dt.datetime(2026, 11, 30, 9, 0, 0)
    cp.author = L["author_ascii"]
    cp.last_modified_by = L["author_ascii"]
    cp.title = L["pdf_title"]
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.comments = ""
    cp.subject = "RCP metastases osseuses"
    cp.keywords = ""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    path.write_bytes(out.getvalue())


def docx_text(L: dict) -> str:
    parts = []
    for kind, content in L["blocks"]:
        if kind == "table":
            parts.extend(" | ".join(r) for r in content)
        else:
            parts.append(content)
    return "\n".join(parts)


def letter_text(L: dict) -> str:
    if L["format"] == "pdf":
        return "\n".join(L["letterhead"]) + "\n" + L["body"].replace("\f", "\n") + "\n" + L["footer"]
    if L["format"] == "docx":
        return docx_text(L)
    return L["text"]


# --------------------------------------------------------------------------
# Gold builder
# --------------------------------------------------------------------------
def gold(lid, sex, age, tumor, bone, pain, meds, local, btt, anticoag, antiplt, prog, project):
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": tumor[0], "site": tumor[1], "histology": tumor[2], "biomarkers": tumor[3]},
        "boneDiagnosis": {"status": bone[0], "circumstances": sorted(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplt[0], "atc": sorted(antiplt[1])},
        "prognosis": dict({"status": prog[0]}, **prog[1]),
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }
    g["gaps"] = derive_gaps(g)
    return g


# ==========================================================================
# The letters (text + gold).  Dates: November 2026.
# ==========================================================================
D = dt.date
LETTERS = []

# -- zm01: pneumologist, text PDF, 2 pages -----------------------------------
LETTERS.append(dict(
    id="zm01", format="pdf", author="Pneumologue (CH)", date=D(2026, 11, 3), birth=D(1957, 7, 14),
    author_ascii="Dr H. Marcoul", pdf_title="Demande RCP - VIDALENC Gérard",
    letterhead=[
        "Centre Hospitalier de Castelnau-des-Salins",
        "Service de Pneumologie – Oncologie thoracique",
        "12 avenue des Tamaris – 11490 Castelnau-des-Salins",
        "Secrétariat : 04 99 51 20 14 – pneumo.onco@ch-castelnau-salins.example",
        "Dr Hélène MARCOUL – Dr Julien ESTÈVE – Dr Anne-Lise FAGES",
    ],
    running_head="M. VIDALENC Gérard (14/07/1957) – courrier du 03/11/2026 – suite",
    footer="CH de Castelnau-des-Salins – GHT Garrigues-Aude – Document confidentiel, soumis au secret médical",
    body="""Castelnau-des-Salins, le 3 novembre 2026

À l'attention de la RCP Métastases osseuses – GHT Garrigues-Aude

Objet : demande d'avis RCP – M. Gérard VIDALENC, né le 14/07/1957

Chère consœur, cher confrère,

Je vous adresse M. Vidalenc, ancien viticulteur, ancien tabagique (40 PA, sevré en 2019), pour discussion de la prise en charge de métastases osseuses d'un adénocarcinome pulmonaire.

Antécédents personnels : HTA, BPCO stade 2 (GOLD), cardiopathie ischémique avec angioplastie et stent de l'IVA en 2021. Antécédents familiaux : frère décédé d'un cancer ORL à 61 ans.

Histoire de la maladie : en mars 2026, apparition de douleurs de la hanche droite à la marche, attribuées dans un premier temps à une coxarthrose par son médecin traitant. Devant la persistance des douleurs, une radiographie puis un scanner du bassin (avril 2026) ont montré une lésion lytique du cotyle droit ; le scanner thoracique retrouvait une masse du lobe supérieur gauche de 38 mm avec adénopathies médiastinales.
L'écho-endoscopie bronchique du 28/04/2026 a permis le diagnostic d'adénocarcinome pulmonaire TTF1+. Biologie moléculaire : absence de mutation EGFR, pas de réarrangement ALK ni ROS1, mutation KRAS G12C. PD-L1 exprimé à 70 %.
Le TEP-scanner de bilan d'extension a retrouvé en outre des fixations du sacrum et du corps vertébral de L3, sans autre localisation viscérale.

Traitement : pembrolizumab (Keytruda) en monothérapie depuis le 20/05/2026, 8e cure le 21/10/2026, avec une bonne réponse pulmonaire au scanner d'octobre. Une radiothérapie antalgique du cotyle droit a été délivrée en mai 2026 (8 Gy en une fraction), avec amélioration partielle.
\f
Situation actuelle : le patient décrit des douleurs du cotyle droit à l'appui et à la montée des escaliers, ainsi que des douleurs lombaires basses qui le réveillent la nuit. EN à 5/10 ce jour sous traitement. Pas de radiculalgie, pas de trouble sphinctérien. Il marche sans aide sur de courtes distances. État général conservé, OMS 1, poids stable.

Traitement en cours :
- Keytruda 200 mg IV toutes les 3 semaines
- Skenan LP 30 mg matin et soir, Actiskenan 10 mg si besoin (2 à 3 prises/j)
- Doliprane 1 g x 3/j
- Xgeva 120 mg SC toutes les 4 semaines depuis juin 2026, avec Cacit D3 1 sachet/j
- Kardégic 75 mg/j
- Triatec 5 mg/j, Inexium 20 mg/j
Pas de traitement anticoagulant.

Questions posées à la RCP :
1. Intérêt d'une cimentoplastie du cotyle droit (risque fracturaire, douleur résiduelle) ?
2. Faut-il irradier L3 et le sacrum ?

Le projet thérapeutique est la poursuite de l'immunothérapie, à visée palliative. Je reste à votre disposition et vous remercie de me tenir informée de l'avis de la RCP.

Bien confraternellement,

Dr Hélène Marcoul
Pneumologue – RPPS 10000000001

Copie : Dr Bousquet, médecin traitant, Castelnau-des-Salins""",
    not_current={"A12AA04": "only inside 'Cacit D3' (A12AX)"},
    gold=gold("zm01", "M", 69,
              ("present", "lung", "adenocarcinoma",
               {"EGFR": "negative", "ALK": "negative", "ROS1": "negative", "KRAS": "positive", "PD-L1": "positive"}),
              ("present", ["pain"], True),
              ("present", ["mechanical", "nocturnal"], 5),
              ("present", ["L01FF02", "N02AA01", "N02BE01", "M05BX04", "A12AX", "B01AC06", "C09AA05", "A02BC05"]),
              ("present", ["radiotherapy"]),
              ("present", ["M05BX04"]),
              ("absent", []),
              ("present", ["B01AC06"]),
              ("present", {"ecog": 1}),
              ("present", "palliative")),
    tricky="two pages; KRAS+ with EGFR/ALK/ROS1 negative; hip pain at walking and night-time lumbar pain; 8 Gy single fraction already given; Xgeva current; Kardégic antiplatelet next to 'Pas de traitement anticoagulant'; cementoplasty only asked",
))

# -- zm02: urologist, DOCX with a treatment table (start / stop dates) -------
LETTERS.append(dict(
    id="zm02", format="docx", author="Urologue (clinique)", date=D(2026, 11, 5), age_written=True,
    author_ascii="Dr O. Trescases", pdf_title="RCP os - FABREGUES Jean-Louis",
    blocks=[
        ("b", "Clinique du Pont-Vieux – Service d'Urologie"),
        ("p", "2 quai de l'Orb – 34840 Sérignac-le-Vieux – Tél. 04 99 73 41 00"),
        ("p", "Dr Olivier TRESCASES, chirurgien urologue"),
        ("p", "Sérignac-le-Vieux, le 05/11/2026"),
        ("p", "À l'attention des membres de la RCP métastases osseuses"),
        ("b", "Objet : M. FABREGUES Jean-Louis, 78 ans – adénocarcinome prostatique métastatique osseux"),
        ("p", "Cher confrère,"),
        ("p", "Je souhaiterais présenter en RCP le dossier de M. Fabrègues, 78 ans, retraité (ancien ostréiculteur), "
              "suivi pour un adénocarcinome de la prostate Gleason 8 (4+4), ISUP 4, diagnostiqué sur biopsies "
              "en juin 2026 devant un PSA à 87 ng/mL et un toucher rectal suspect."),
        ("p", "Le TEP-PSMA du bilan d'extension (02/07/2026) a mis en évidence des fixations osseuses multiples "
              "(rachis dorsal, bassin, 3 arcs costaux), sans atteinte viscérale. Il s'agit donc d'une forme "
              "métastatique hormonosensible de haut volume."),
        ("p", "Sur le plan clinique, le patient est asymptomatique sur le plan osseux, sans aucune douleur, et mène une "
              "vie normale (jardinage, vélo) : OMS 0. Il n'a jamais reçu de radiothérapie."),
        ("p", "ATCD : fibrillation auriculaire permanente, HTA, dyslipidémie, ostéoporose fracturaire (fracture du "
              "poignet en 2019). Pas d'antécédent familial de cancer connu."),
        ("b", "Traitements"),
        ("table", [
            ["Médicament", "Posologie", "Début", "Fin"],
            ["Casodex (bicalutamide) 50 mg", "1 cp/j", "01/07/2026", "31/07/2026"],
            ["Eligard 45 mg", "1 inj SC tous les 6 mois", "10/07/2026", "en cours"],
            ["Erleada 60 mg", "4 cp/j", "01/08/2026", "en cours"],
            ["Eliquis 5 mg", "1 cp matin et soir", "2021", "en cours"],
            ["Prolia 60 mg", "1 inj SC / 6 mois", "2020", "03/2025"],
            ["Tahor 20 mg", "1 cp le soir", "2018", "en cours"],
            ["Triatec 5 mg", "1 cp/j", "2018", "en cours"],
        ]),
        ("p", "Dernier PSA le 20/10/2026 : 6,4 ng/mL (en baisse)."),
        ("p", "Le projet est la poursuite de l'hormonothérapie (Eligard + Erleada)."),
        ("p", "Questions : faut-il reprendre un traitement anti-résorptif à dose oncologique (Xgeva) compte tenu de "
              "l'ostéoporose ? Y a-t-il une indication de radiothérapie des lésions à risque (rachis dorsal) ?"),
        ("p", "Avec mes remerciements, bien confraternellement."),
        ("p", "Dr O. Trescases"),
    ],
    not_current={"M05BX04": "Prolia stopped 03/2025; Xgeva only asked"},
    gold=gold("zm02", "M", 78,
              ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
              ("present", ["staging_imaging"], True),
              ("absent", [], None),
              ("present", ["L02AE02", "L02BB05", "B01AF02", "C10AA05", "C09AA05"]),
              ("absent", []),
              ("absent", []),
              ("present", ["B01AF02"]),
              ("unknown", []),
              ("present", {"ecog": 0}),
              ("present", None)),
    tricky="treatment table with stop dates: Casodex stopped, Prolia (osteoporosis) stopped 03/2025 -> bone therapy absent; Eliquis only in the table; 'jamais reçu de radiothérapie'; painless; no intent word",
))

# -- zm03: GP, TXT e-mail ----------------------------------------------------
LETTERS.append(dict(
    id="zm03", format="txt", author="Médecin généraliste", date=D(2026, 11, 9), age_written=True,
    text="""De : Dr Bernard Séguier <cabinet.seguier@medecins-montrabal.example>
À : secretariat.rcp-os@ght-garrigues-aude.example
Date : lun. 9 nov. 2026 18:42
Objet : demande avis RCP os - CABANEL Raymond

Bonjour,

Je me permets de vous adresser directement M. CABANEL Raymond, 74 ans, que je suis depuis longtemps au cabinet.

Il se plaint depuis environ 2 mois de douleurs de la hanche gauche, d'abord à la marche puis maintenant avec des reveils nocturnes. EVA 6/10 malgré le traitement. Pas de trouble sphinctérien, pas de déficit.
Radio du bassin puis scanner TAP fait en ville le 28/10 : lésion lytique du col fémoral gauche + toit du cotyle, et masse pulmonaire lobaire supérieure droite de 4 cm avec adénopathies médiastinales. Le radiologue évoque en premier lieu un néo bronchique métastatique. Pas encore de biopsie, il a RDV chez le pneumologue (Dr Arnaud) le 19/11.

ATCD : tabac 50 PA toujours actif, diabète type 2, AOMI stentée en 2022, cataracte opérée. Son père est décédé d'un cancer du colon.
Traitement actuel :
- Glucophage 1000 x2
- Kardégic 75
- Tahor 40
- Doliprane 1g x3
- Topalgic LP 100 x2 depuis 15 jours
Pas d'anticoagulant.

Il marche avec une canne, vit seul à Montrabal, sa fille passe tous les jours.
Je m'inquiéte du risque fracturaire au niveau du col. Que proposez vous ? faut-il l'hospitaliser en attendant ?

Bien cordialement

Dr B. Séguier
Médecin généraliste - 3 place de la Mairie, 34725 Montrabal-sur-Hérault
Tél 04 99 62 18 07
""",
    not_current={},
    gold=gold("zm03", "M", 74,
              ("uncertain", "lung", None, {}),
              ("present", ["pain"], True),
              ("present", ["mechanical", "nocturnal"], 6),
              ("present", ["A10BA02", "B01AC06", "C10AA05", "N02BE01", "N02AX02"]),
              ("unknown", []),
              ("unknown", []),
              ("absent", []),
              ("present", ["B01AC06"]),
              ("unknown", {"ecog": None}),
              ("unknown", None)),
    tricky="short GP e-mail; primary only suspected by the radiologist (no biopsy); father's colon cancer; 'Pas d'anticoagulant' but Kardégic; no PS, no project, only questions",
))

# -- zm04: gynaecologist-oncologist, text PDF, 1 page --------------------------
LETTERS.append(dict(
    id="zm04", format="pdf", author="Gynécologue-oncologue (hôpital)", date=D(2026, 11, 12), birth=D(1979, 11, 30),
    author_ascii="Dr L. Albouy", pdf_title="RCP metastases osseuses - PUJOL-BASTIDE Sandrine",
    letterhead=[
        "Hôpital Saint-Roch-des-Vignes",
        "Pôle Femme-Mère-Enfant – Unité de Sénologie et Gynécologie oncologique",
        "34 rue du Docteur Pagès – 34840 Sérignac-le-Vieux",
        "Dr Laure ALBOUY, gynécologue-oncologue – Tél. 04 99 73 40 62 – Fax 04 99 73 40 69",
    ],
    running_head="Mme PUJOL-BASTIDE Sandrine – suite",
    footer="Hôpital Saint-Roch-des-Vignes – établissement du GHT Garrigues-Aude – www.st-roch-vignes.example",
    body="""Sérignac, le 12/11/2026

Objet : Mme PUJOL-BASTIDE Sandrine, née le 30/11/1979 – RCP métastases osseuses

Chère consœur,

Je vous présente Mme Pujol-Bastide, professeure des écoles, non ménopausée, G2P2, sans antécédent notable hormis une thyroïdite d'Hashimoto substituée (Levothyrox 75 µg). Sa mère a été traitée pour un cancer de l'ovaire à 58 ans ; une recherche de mutation BRCA est en cours.

Diagnostic en septembre 2026 d'un carcinome infiltrant de type non spécifique (NST) du QSE du sein gauche, grade 2, RE 90 %, RP 20 %, HER2 score 1+ (négatif), Ki67 25 %.
Le TEP-TDM d'extension du 02/10/2026 montre trois lésions osseuses hypermétaboliques (T11, aile iliaque droite, 6e arc costal gauche), sans atteinte viscérale. La biopsie de l'aile iliaque confirme l'origine mammaire (RE+).
La patiente est totalement indolore. OMS 0.

Traitement débuté le 15/10/2026, à visée palliative : Zoladex 10,8 mg tous les 3 mois, Femara 2,5 mg/j et Kisqali 600 mg/j 3 semaines sur 4. Bonne tolérance (neutropénie grade 1).
Aucune lésion osseuse n'a été irradiée. Pas d'anticoagulant ni d'antiagrégant plaquettaire.

Questions à la RCP :
1. Indication d'un traitement anti-résorptif (acide zolédronique ou dénosumab) ? Le bilan dentaire est demandé.
2. S'agissant d'une situation oligométastatique chez une patiente jeune, quelle place pour une radiothérapie stéréotaxique des trois sites ?

Je vous remercie pour votre avis.

Dr Laure Albouy""",
    not_current={"M05BA08": "anti-resorptive only asked", "M05BX04": "anti-resorptive only asked"},
    gold=gold("zm04", "F", 46,
              ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
              ("present", ["staging_imaging"], True),
              ("absent", [], None),
              ("present", ["H03AA01", "L02AE03", "L02BG04", "L01EF02"]),
              ("absent", []),
              ("unknown", []),
              ("absent", []),
              ("absent", []),
              ("present", {"ecog": 0}),
              ("present", "palliative")),
    tricky="age only from birth date (birthday 18 days after the letter); HER2 1+ = negative; mother's ovarian cancer / BRCA not recorded; zoledronic acid or denosumab only asked (bone therapy unknown); 'Aucune lésion osseuse n'a été irradiée'",
))

# -- zm05: digestive oncologist, DOCX ------------------------------------------
LETTERS.append(dict(
    id="zm05", format="docx", author="Gastro-entérologue oncologue (HDJ)", date=D(2026, 11, 13), birth=D(1960, 11, 13),
    author_ascii="Dr N. Belkacem-Roux", pdf_title="Presentation RCP os - ESCUDIE Thierry",
    blocks=[
        ("b", "Centre Hospitalier de Castelnau-des-Salins – Hôpital de Jour d'Oncologie Digestive"),
        ("p", "Dr Nadia BELKACEM-ROUX, gastro-entérologue – oncologue digestive – poste 2231"),
        ("p", "Le 13/11/2026"),
        ("h", "Présentation en RCP métastases osseuses"),
        ("p", "Identité : M. ESCUDIE Thierry, né le 13/11/1960, chauffeur routier en invalidité."),
        ("p", "Diagnostic : adénocarcinome lieberkühnien du sigmoïde pT3N1 avec métastases hépatiques synchrones "
              "(mars 2024). Statut RAS muté (KRAS G12D), BRAF non muté, MSS."),
        ("p", "Historique : sigmoïdectomie 03/2024, 8 cures de FOLFOX, puis FOLFIRI-bévacizumab à la progression "
              "hépatique (2025). Maintenance par capécitabine (Xeloda) + bévacizumab depuis 06/2026."),
        ("p", "Découverte osseuse : sur le scanner de réévaluation du 22/09/2026, apparition d'une lésion lytique de "
              "la tête humérale droite et de l'acromion, confirmée à l'IRM de l'épaule (pas de fracture)."),
        ("p", "Douleur : épaule droite, à la mobilisation et à l'élévation du bras, avec un dérouillage matinal d'une "
              "demi-heure. EN 3/10 sous palier 1. Pas de douleur ailleurs."),
        ("p", "Embolie pulmonaire segmentaire le 02/10/2026 : Innohep 14 000 UI/j au long cours. Le Kardégic qu'il "
              "prenait en prévention primaire a été arrêté à l'introduction de l'Innohep."),
        ("p", "Autres traitements : Doliprane 1 g x 3/j, Triatec 2,5 mg/j, Movicol 1 sachet/j, Xeloda 1500 mg x 2/j "
              "J1-J14, bévacizumab 7,5 mg/kg toutes les 3 semaines."),
        ("p", "Pas de traitement osseux spécifique débuté à ce jour."),
        ("p", "État général : OMS 1, perte de 3 kg en 2 mois, albumine 33 g/L."),
        ("p", "Projet : poursuite de la maintenance à visée palliative, scanner de contrôle en décembre."),
        ("p", "Questions : radiothérapie antalgique de l'épaule ? Risque fracturaire de l'humérus ? Intérêt du Xgeva ?"),
    ],
    not_current={"B01AC06": "Kardégic stopped", "M05BX04": "Xgeva only asked"},
    gold=gold("zm05", "M", 66,
              ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
              ("present", ["staging_imaging"], True),
              ("present", ["inflammatory", "mechanical"], 3),
              ("present", ["L01BC06", "B01AB10", "N02BE01", "C09AA05", "A06AD65"]),
              ("unknown", []),
              ("absent", []),
              ("present", ["B01AB10"]),
              ("absent", []),
              ("present", {"ecog": 1}),
              ("present", "palliative")),
    tricky="birthday on the letter's date (66 today); bone disease found on follow-up CT; mechanical + inflammatory (dérouillage) pain; curative-dose Innohep for PE; Kardégic stopped -> antiplatelets absent; 'Pas de traitement osseux spécifique' -> absent; Xgeva only asked",
))

# -- zm06: rheumatologist, text PDF, 2 pages ---------------------------------
LETTERS.append(dict(
    id="zm06", format="pdf", author="Rhumatologue (hôpital)", date=D(2026, 11, 16), birth=D(1945, 2, 2), age_written=True,
    author_ascii="Dr P.-E. Combes", pdf_title="Courrier RCP - ROUQUAYROL Odette",
    letterhead=[
        "Hôpital Saint-Roch-des-Vignes",
        "Service de Rhumatologie – Pr M. Lafon-Gasc, Dr P.-E. Combes, Dr S. Ricard",
        "34 rue du Docteur Pagès – 34840 Sérignac-le-Vieux",
        "Consultations : 04 99 73 40 80 – rhumato@st-roch-vignes.example",
    ],
    running_head="Mme ROUQUAYROL Odette, née le 02/02/1945 – page suivante",
    footer="Hôpital Saint-Roch-des-Vignes – Rhumatologie – courrier dicté le 16/11/2026, frappé le 16/11/2026 (MB)",
    body="""Sérignac-le-Vieux, le 16 novembre 2026

Patiente : Mme ROUQUAYROL Odette, née le 02/02/1945
Destinataire : RCP Métastases osseuses du GHT Garrigues-Aude

Mon cher confrère,

Je vous adresse Mme Rouquayrol, 81 ans, pour avis de la RCP.

Cette patiente est suivie dans le service depuis 2021 pour une ostéoporose post-ménopausique densitométrique (T-score -3,1 au rachis) traitée par Actonel 35 mg hebdomadaire, traitement toujours en cours.

Le 04/06/2026, elle a présenté une lombalgie brutale en se baissant pour ramasser un arrosoir. L'IRM a montré un tassement de L2 d'allure suspecte (hyposignal T1 diffus, convexité du mur postérieur) et une seconde lésion de T12 en hyposignal T1, sans recul du mur ni épidurite.
Une kyphoplastie de L2 avec biopsie a été réalisée le 18/06/2026 (Dr Faure, neuroradiologie interventionnelle). L'histologie a conclu à une métastase d'un carcinome à cellules claires d'origine rénale (PAX8+, CD10+). Le scanner TAP a retrouvé une masse rénale gauche de 6 cm, sans autre localisation secondaire.

Elle a été vue par le Dr Ménard, urologue : la néphrectomie n'a pas été retenue compte tenu de l'âge et des comorbidités. Un traitement par cabozantinib est envisagé, la décision étant en attente de votre avis.

Antécédents : hypothyroïdie, HTA, cholécystectomie, prothèse totale de genou droit. Pas d'antécédent familial de cancer.
\f
Examen et situation actuelle : lombalgies mécaniques, à la marche et lors de la station debout prolongée, EVA 4/10 (elle était à 8/10 avant la kyphoplastie). Pas de radiculalgie, pas de réveil nocturne. Marche avec un déambulateur, aide ménagère 3 fois par semaine. OMS 2.
Biologie : calcémie normale, créatinine 92 µmol/L (DFG 52 mL/min).

Traitement actuel :
Actonel 35 mg 1 cp/semaine
Cacit D3 1000 mg/880 UI 1 sachet/j
Levothyrox 50 µg
Amlor 5 mg
Ixprim 1 cp x 3/j
Pas d'anticoagulant. Pas d'antiagrégant.

Questions à la RCP :
- faut-il irradier T12 ?
- faut-il remplacer l'Actonel par de l'acide zolédronique ou du dénosumab à dose oncologique ?

Je vous remercie de votre avis et vous prie de croire, mon cher confrère, à mes sentiments les meilleurs.

Dr Pierre-Emmanuel Combes""",
    not_current={"A12AA04": "only inside 'Cacit D3' (A12AX)", "L01EX07": "cabozantinib only planned",
                 "M05BA08": "only asked", "M05BX04": "only asked"},
    gold=gold("zm06", "F", 81,
              ("present", "kidney", "clear_cell_carcinoma", {}),
              ("present", ["pathological_fracture"], True),
              ("present", ["mechanical"], 4),
              ("present", ["M05BA07", "A12AX", "H03AA01", "N02AX02"]),
              ("present", ["cementoplasty"]),
              ("present", ["M05BA07"]),
              ("absent", []),
              ("absent", []),
              ("present", {"ecog": 2}),
              ("unknown", None)),
    tricky="two pages; osteoporosis bisphosphonate (Actonel) still current = bone therapy present; vertebral collapse revealing renal cancer; kyphoplasty = cementoplasty; pain 4/10 now vs 8/10 before; cabozantinib only envisaged (no project); Ixprim = tramadol",
))

# -- zm07: pain clinic, TXT (CRLF) -------------------------------------------
LETTERS.append(dict(
    id="zm07", format="txt", crlf=True, author="Médecin algologue (CETD)", date=D(2026, 11, 18), age_written=True,
    text="""CENTRE D'EVALUATION ET DE TRAITEMENT DE LA DOULEUR (CETD)
GHT Garrigues-Aude - site de Castelnau-des-Salins
Dr Claire VAISSIERE, médecin algologue - tél 04 99 51 22 90

Compte rendu de consultation du 18/11/2026, adressé à la RCP métastases osseuses
Copie : Dr Garrigou (oncologue), Dr Py (médecin traitant)

Patient : M. SABATIER André, 72 ans

Motif : douleurs rebelles sur métastases osseuses d'un cancer de prostate.

Rappel : adénocarcinome prostatique diagnostiqué en 2019, traité par prostatectomie. Récidive biologique en 2022. Métastases osseuses diagnostiquées en janvier 2024 sur la scintigraphie osseuse de bilan d'une remontée du PSA. Actuellement résistant à la castration, sous Zytiga 1000 mg + Cortancyl 10 mg depuis 03/2025, Décapeptyl 22,5 mg tous les 6 mois, Xgeva 120 mg mensuel (dernière injection le 04/11). Dernier PSA 45 ng/mL (en hausse).
Radiothérapie antalgique L4-L5 en mai 2026 (20 Gy / 5 fr), efficace environ 3 mois.

Evaluation :
Douleurs lombo-sacrées avec irradiation à la face postérieure de la jambe gauche, à type de brûlures et de décharges électriques, DN4 6/10. Composante mécanique nette (majorée à la marche et aux transferts). Réveils nocturnes 2 à 3 fois par nuit.
EN 5/10 ce jour (7/10 lors de la consultation du 21/10).
Retentissement : sommeil, humeur (HADS D 9), marche limitée à 200 m. PS 2 selon son oncologue.

Traitement antalgique actuel :
- Oxycontin LP 30 mg matin et soir
- Oxynormoro 10 mg jusqu'à 4/j
- Lyrica 75 mg x 2 (introduit le 21/10 ; le Neurontin a été arrêté pour somnolence)
- Doliprane 1 g x 4
- Movicol 2 sachets/j
Aucun anticoagulant ni antiagrégant.

Propositions :
- majoration Lyrica 150 mg x 2
- IRM lombo-sacrée : hypothèse d'une compression radiculaire L5 à confirmer
- discussion en RCP : ré-irradiation L4-L5 ? cimentoplastie de S1 (lésion lytique) ?

Dr C. Vaissière
""",
    not_current={"N03AX12": "Neurontin stopped"},
    gold=gold("zm07", "M", 72,
              ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
              ("present", ["staging_imaging"], True),
              ("present", ["mechanical", "neuropathic", "nocturnal"], 5),
              ("present", ["L02BX03", "H02AB07", "L02AE04", "M05BX04", "N02AA05", "N03AX16", "N02BE01", "A06AD65"]),
              ("present", ["radiotherapy"]),
              ("present", ["M05BX04"]),
              ("absent", []),
              ("absent", []),
              ("present", {"ecog": 2}),
              ("present", None)),
    tricky="pain-clinic report in CRLF text; current EN 5 vs previous 7; three pain types (DN4, mechanical, nocturnal); Neurontin stopped, Lyrica current; prostatectomy not a bone treatment but L4-L5 RT is; root compression only a hypothesis; no intent word",
))

# -- zm08: emergency physician, text PDF, 1 page ------------------------------
LETTERS.append(dict(
    id="zm08", format="pdf", author="Médecin urgentiste", date=D(2026, 11, 21), birth=D(1962, 11, 22),
    author_ascii="Dr S. Rieutord", pdf_title="Urgences - BENHADDOU Karim - demande avis urgent",
    letterhead=[
        "Centre Hospitalier de Castelnau-des-Salins",
        "Structure des Urgences – SMUR",
        "12 avenue des Tamaris – 11490 Castelnau-des-Salins – Standard 04 99 51 20 00",
        "Dr Sébastien RIEUTORD, médecin urgentiste – DECT 6412",
    ],
    running_head="M. BENHADDOU Karim – urgences 21/11/2026 – suite",
    footer="Urgences CH Castelnau-des-Salins – courrier de transfert – à joindre au dossier patient",
    body="""Le 21/11/2026, 23h40

Courrier de transfert / demande d'avis urgent RCP métastases osseuses et neurochirurgie

Patient : M. BENHADDOU Karim, né le 22/11/1962

Motif : déficit des deux membres inférieurs.

ATCD : tabagisme actif 35 PA, FA paroxystique sous Eliquis 5 mg x 2 (dernière prise ce soir à 20 h), HTA traitée par Cardensiel 2,5 mg et Lasilix 40 mg. Pas d'antécédent oncologique connu. Mère diabétique.

HDM : douleurs dorsales depuis 3 semaines, radiculalgie en ceinture T8, insomniantes avec réveils nocturnes, traitées par son MT par Ibuprofène et Efferalgan sans effet. Depuis 48 h, faiblesse des 2 membres inférieurs avec 2 chutes à domicile ; rétention urinaire ce jour (sondage : 800 mL).

Examen : paraparésie cotée 3/5 bilatérale, niveau sensitif T9, ROT vifs, Babinski bilatéral. EN 8/10.

IRM rachis entier : lésion lytique de T8 avec épidurite compressive, autres lésions T4, L1 et aile iliaque gauche. Scanner TAP : masse hilaire droite de 5 cm, nodules surrénaliens bilatéraux. Aspect très évocateur d'un carcinome bronchique métastatique, sans preuve histologique à ce stade.
Biologie : calcémie corrigée 2,45 mmol/L, créatinine 78 µmol/L, Hb 12,9 g/dL.

Aux urgences : Dexaméthasone 10 mg IVD puis 4 mg x 4/j (poursuivie), morphine IV titrée (9 mg) puis Oramorph 10 mg toutes les 4 h. Ibuprofène et Efferalgan arrêtés. Sondage vésical à demeure.
État général : OMS 3 ce jour (autonome il y a un mois).

Demande : avis urgent de la RCP et de la neurochirurgie du CHU : chirurgie de décompression-stabilisation ou radiothérapie en urgence ? Dernière prise d'Eliquis à prendre en compte pour un éventuel geste. Patient et épouse informés de la suspicion diagnostique.

Dr S. Rieutord""",
    not_current={"M01AE01": "Ibuprofène stopped", "N02BE01": "Efferalgan stopped"},
    gold=gold("zm08", "M", 63,
              ("uncertain", "lung", None, {}),
              ("present", ["neurological_deficit", "pain"], True),
              ("present", ["neuropathic", "nocturnal"], 8),
              ("present", ["B01AF02", "C07AB07", "C03CA01", "H02AB02", "N02AA01"]),
              ("unknown", []),
              ("unknown", []),
              ("present", ["B01AF02"]),
              ("unknown", []),
              ("present", {"ecog": 3}),
              ("unknown", None)),
    tricky="ED transfer letter at night; cord compression revealing a probable lung primary (no histology); birthday the day after the letter (63); Eliquis in history with last dose; ibuprofen/Efferalgan stopped, dexamethasone and Oramorph started; radicular belt pain; no oncological project yet",
))

# -- zm09: pneumologist, DOCX, re-presentation with answers ------------------
LETTERS.append(dict(
    id="zm09", format="docx", author="Pneumologue (clinique), re-présentation", date=D(2026, 11, 24), age_written=True,
    author_ascii="Dr F. Lacombe", pdf_title="Re-presentation RCP os - ALQUIER Josiane", table_header=False,
    blocks=[
        ("b", "Clinique du Pont-Vieux – Pneumologie et oncologie thoracique"),
        ("p", "Dr Fabrice LACOMBE – secrétariat 04 99 73 41 20"),
        ("p", "Sérignac-le-Vieux, le 24/11/2026"),
        ("h", "RE-PRÉSENTATION RCP MÉTASTASES OSSEUSES"),
        ("p", "Dossier déjà discuté en RCP le 12/05/2026."),
        ("p", "Patiente : Mme ALQUIER Josiane, 67 ans, ancienne secrétaire de mairie."),
        ("p", "Carcinome épidermoïde pulmonaire du lobe inférieur droit, stade IV d'emblée (02/2026), PD-L1 < 1 %. "
              "Lésions osseuses T10 et arcs costaux découvertes sur le TEP de bilan initial (02/2026)."),
        ("p", "Rappel de l'avis du 12/05/2026 : SBRT de T10 et introduction d'acide zolédronique. La SBRT a été "
              "réalisée (27 Gy en 3 fractions, juin 2026)."),
        ("p", "1re ligne : carboplatine-paclitaxel-pembrolizumab 4 cycles puis pembrolizumab en maintenance, arrêté "
              "en 09/2026 pour progression."),
        ("p", "Motif de la re-présentation : progression osseuse au scanner du 28/10/2026 avec lésion lytique du col "
              "fémoral gauche (score de Mirels 9) et douleurs de l'aine gauche à l'appui. 2e ligne par docétaxel "
              "(Taxotère) débutée le 05/11/2026 (C1), C2 prévue le 26/11."),
        ("b", "Réponses aux questions de la RCP"),
        ("table", [
            ["Douleur", "Oui, mécanique (à l'appui), EN 6/10. Pas de composante neuropathique."],
            ["Traitements en cours", "Taxotère 75 mg/m² J1=J21 ; Zometa 4 mg toutes les 4 semaines depuis le "
                                     "02/06/2026 ; Skenan LP 30 mg x 2 ; Actiskenan 10 mg si besoin ; "
                                     "Doliprane 1 g x 3 ; Mopral 20 mg"],
            ["Traitements locaux antérieurs", "SBRT T10 (27 Gy / 3 fr) en juin 2026"],
            ["Traitement osseux", "Zometa, cf. ci-dessus"],
            ["Anticoagulant", "Non (Lovenox préventif arrêté fin juin 2026)"],
            ["Antiagrégant", "Non"],
            ["Pronostic / état général", "OMS 1, espérance de vie estimée supérieure à 6 mois"],
            ["Projet", "Docétaxel à visée palliative"],
        ]),
        ("p", "Question : ostéosynthèse prophylactique du col fémoral gauche, ou radiothérapie seule ?"),
        ("p", "Bien confraternellement, Dr F. Lacombe"),
    ],
    not_current={"L01XA02": "1st line stopped", "L01CD01": "1st line stopped", "L01FF02": "pembrolizumab stopped 09/2026",
                 "B01AB05": "Lovenox stopped June 2026"},
    gold=gold("zm09", "F", 67,
              ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "negative"}),
              ("present", ["staging_imaging"], True),
              ("present", ["mechanical"], 6),
              ("present", ["L01CD02", "M05BA08", "N02AA01", "N02BE01", "A02BC01"]),
              ("present", ["radiotherapy"]),
              ("present", ["M05BA08"]),
              ("absent", []),
              ("absent", []),
              ("present", {"ecog": 1}),
              ("present", "palliative")),
    tricky="re-presentation after a previous board: the old advice (SBRT, zoledronic acid) was carried out; answers in a two-column table; PD-L1 < 1 % negative; first-line chemo-immunotherapy stopped, docetaxel current; Lovenox stopped -> absent; neuropathic denied",
))

# -- zm10: digestive oncologist, text PDF, 2 pages, summary sheet contradicts --
LETTERS.append(dict(
    id="zm10", format="pdf", author="Oncologue digestive (GHT)", date=D(2026, 11, 25), birth=D(1951, 4, 7), age_written=True,
    author_ascii="Dr A. Roustan-Py", pdf_title="RCP os - ORTEGA Marcel",
    letterhead=[
        "Groupe Hospitalier Garrigues-Aude – site de Sérignac-le-Vieux",
        "Unité d'Oncologie Digestive",
        "Route de Lunas-les-Pins – 34840 Sérignac-le-Vieux – Tél. 04 99 73 45 10",
        "Dr Amandine ROUSTAN-PY, oncologue digestive",
    ],
    running_head="ORTEGA Marcel – né le 07/04/1951 – fiche RCP",
    footer="GH Garrigues-Aude – Unité d'Oncologie Digestive – ne pas diffuser hors équipe de soins",
    body="""Sérignac-le-Vieux, le 25 novembre 2026

Objet : RCP métastases osseuses – M. ORTEGA Marcel, né le 07/04/1951

Cher confrère,

Je vous remercie de discuter en RCP le dossier de M. Ortega, 75 ans, retraité de la SNCF, suivi pour un adénocarcinome de la jonction œso-gastrique (Siewert II), HER2 positif (score 3+), diagnostiqué en janvier 2026 avec des métastases hépatiques d'emblée.

Il a été traité en 1re ligne par FOLFOX-trastuzumab (12 cures), puis depuis septembre 2026 par une maintenance 5-FU + Herceptin, avec une réponse partielle hépatique persistante.

En août 2026, un angioscanner thoracique réalisé aux urgences pour suspicion d'embolie pulmonaire (confirmée, segmentaire droite) a découvert de façon fortuite une lésion lytique de l'arc postérieur de la 8e côte droite et du corps vertébral de T6. L'IRM rachidienne confirme l'absence d'épidurite et de recul du mur postérieur.

Sur le plan clinique, il ne se plaint d'aucune douleur osseuse ; il reste actif et fait son potager.

Traitement habituel :
- Herceptin toutes les 3 semaines (5-FU en perfusion continue sur 46 h)
- Xarelto 20 mg/j depuis l'embolie pulmonaire
- Inipomp 40 mg le matin
- Glucophage 850 mg matin et soir
- Imovane 7,5 mg au coucher

Antécédents : diabète de type 2, RGO ancien, appendicectomie. Pas d'antécédent familial notable.
\f
FICHE RÉCAPITULATIVE RCP

Anticoagulants : non
Antiagrégants : —
Traitement anti-résorptif : non (jamais reçu)
Radiothérapie / chirurgie osseuse antérieure : —
État général : OMS 1
Intention du traitement : palliative
Question posée : radiothérapie stéréotaxique de T6 ? Intérêt d'un traitement anti-résorptif ?

Dr A. Roustan-Py""",
    not_current={},
    gold=gold("zm10", "M", 75,
              ("present", "other", "adenocarcinoma", {"HER2": "positive"}),
              ("present", ["incidental_imaging"], True),
              ("absent", [], None),
              ("present", ["L01FD01", "B01AF01", "A02BC02", "A10BA02", "N05CF01"]),
              ("unknown", []),
              ("absent", []),
              ("conflicting", ["B01AF01"]),
              ("unknown", []),
              ("present", {"ecog": 1}),
              ("present", "palliative")),
    tricky="oesophago-gastric junction (site other), HER2 3+; bone lesions found on a CT for suspected PE (incidental); Xarelto in the letter vs 'Anticoagulants : non' on the page-2 summary sheet (conflicting); dashes in the sheet = unknown; 'jamais reçu' anti-resorptive",
))

# -- zm11: urologist, short TXT e-mail -----------------------------------------
LETTERS.append(dict(
    id="zm11", format="txt", author="Urologue (clinique), e-mail court", date=D(2026, 11, 26), age_written=True,
    text="""Objet: RCP os - M. Fourcade
Date: jeu. 26/11/2026 07:58
De: Dr Yannick Peyrusse <y.peyrusse@clinique-pontvieux.example>
A: rcp.os@ght-garrigues-aude.example

Bonjour,

pouvez-vous inscrire à la prochaine RCP os M. FOURCADE Alain, 71 ans, carcinome urothélial de vessie (RTUV 02/2026, pT2 haut grade), cystectomie non faite (refus du patient), métastases ganglionnaires et osseuses (sacrum S2 et ischion droit) sur le TEP de bilan du 14/10/2026.
Actuellement sous enfortumab vedotin + pembrolizumab (Keytruda), C3 le 19/11.
Douleur fessière droite EN 4, surtout la nuit, soulagée par Dafalgan codéiné 3/j.
ATCD : coronarien stenté 2019 sous Kardégic + Tahor, BPCO.
Question : RT antalgique de l'ischion ?

Merci, bonne journée
YP

--
Dr Y. Peyrusse - Urologie - Clinique du Pont-Vieux, Sérignac-le-Vieux - tél 04 99 73 41 15
Envoyé depuis mon smartphone
""",
    not_current={"N02BE01": "only inside 'Dafalgan codéiné' (N02AJ06)"},
    gold=gold("zm11", "M", 71,
              ("present", "bladder", "other", {}),
              ("present", ["staging_imaging"], True),
              ("present", ["nocturnal"], 4),
              ("present", ["L01FF02", "N02AJ06", "B01AC06", "C10AA05"]),
              ("unknown", []),
              ("unknown", []),
              ("unknown", []),
              ("present", ["B01AC06"]),
              ("unknown", {"ecog": None}),
              ("present", None)),
    tricky="very short incomplete e-mail; urothelial carcinoma (histology other); Dafalgan codéiné = N02AJ06 only; Kardégic in the history line is current; nothing on anticoagulation, bone therapy, prior local treatment or PS",
))

# -- zm12: gynaecologist, DOCX, answers to the board's request ----------------
LETTERS.append(dict(
    id="zm12", format="docx", author="Gynécologue médicale (cabinet), réponse aux questions", date=D(2026, 11, 27),
    birth=D(1950, 12, 15), author_ascii="Dr V. Pailhes", pdf_title="Complements RCP - DELTEIL Simone",
    blocks=[
        ("b", "Dr Véronique PAILHÈS – Gynécologie médicale et oncologique"),
        ("p", "8 allée des Micocouliers – 11490 Castelnau-des-Salins – Tél. 04 99 51 77 30"),
        ("p", "Castelnau, le 27/11/2026"),
        ("p", "Objet : Mme DELTEIL Simone, née le 15/12/1950 – réponse à votre demande de compléments "
              "(RCP métastases osseuses du 20/11/2026)"),
        ("p", "Chère consœur,"),
        ("p", "Suite à votre courrier du 20/11, voici les éléments demandés pour Mme Delteil."),
        ("p", "Rappel : carcinome lobulaire infiltrant du sein droit, RH+ (RE 95 %, RP 10 %), HER2 négatif, traité en "
              "2019 par tumorectomie, radiothérapie mammaire et létrozole. Progression osseuse en avril 2024, révélée "
              "par des douleurs de la hanche droite ; le létrozole a alors été arrêté. Depuis 05/2024 : Faslodex 500 mg "
              "mensuel + Verzenios 150 mg x 2/j."),
        ("p", "1. Douleur : oui, douleurs inguinales droites à la marche, avec un dérouillage matinal d'environ "
              "20 minutes ; pas de douleur nocturne. EVA 5/10."),
        ("p", "2. Traitements en cours : Faslodex, Verzenios, Doliprane 1 g x 3, Orocal D3 1 cp/j, Prolia 60 mg tous "
              "les 6 mois pour son ostéoporose (dernière injection le 12/09/2026), Cardensiel 1,25 mg."),
        ("p", "3. Traitements locaux : aucune radiothérapie ni chirurgie osseuse à ce jour."),
        ("p", "4. Anticoagulant : la patiente pense recevoir des injections de Lovenox depuis une phlébite en octobre, "
              "je n'ai pas l'ordonnance ; à vérifier auprès de son infirmière."),
        ("p", "5. Antiagrégant : non."),
        ("p", "6. État général : indice de Karnofsky à 80 %."),
        ("p", "7. Projet : poursuite Faslodex-Verzenios tant que bien toléré."),
        ("p", "Bien amicalement,"),
        ("p", "Dr V. Pailhès"),
    ],
    not_current={"L02BG04": "létrozole stopped 2024"},
    gold=gold("zm12", "F", 75,
              ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
              ("present", ["pain"], True),
              ("present", ["inflammatory", "mechanical"], 5),
              ("present", ["L02BA03", "L01EF03", "N02BE01", "A12AX", "M05BX04", "C07AB07"]),
              ("absent", []),
              ("present", ["M05BX04"]),
              ("uncertain", ["B01AB05"]),
              ("absent", []),
              ("present", {"kps": 80}),
              ("present", None)),
    tricky="numbered answers to the board's request; age from birth date (birthday in December); breast irradiation not a bone treatment; Prolia for osteoporosis current; Lovenox only reported by the patient, 'à vérifier' (uncertain, kept out of current meds); nocturnal pain denied; Karnofsky only",
))



def main() -> int:
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    ids = [L["id"] for L in LETTERS]
    if len(ids) != len(set(ids)):
        die("duplicate ids")
    for L in LETTERS:
        g = L["gold"]
        text = letter_text(L)
        check_gold(L, g, text)
        if L["format"] == "pdf":
            for part in [*L["letterhead"], L["body"], L["footer"], L["running_head"]]:
                try:
                    part.encode("cp1252")
                except UnicodeEncodeError as e:
                    die(f"{L['id']}: character outside WinAnsi: {e}")
    for old in list(letters_dir.iterdir()) + list(gold_dir.iterdir()):
        old.unlink()
    for L in LETTERS:
        lid = L["id"]
        if L["format"] == "pdf":
            write_pdf(letters_dir / f"{lid}.pdf", L)
        elif L["format"] == "docx":
            write_docx(letters_dir / f"{lid}.docx", L)
        else:
            data = L["text"]
            if L.get("crlf"):
                data = data.replace("\n", "\r\n")
            (letters_dir / f"{lid}.txt").write_bytes(data.encode(L.get("encoding", "utf-8")))
        (gold_dir / f"{lid}.json").write_text(json.dumps(L["gold"], indent=2, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
