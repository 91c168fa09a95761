#!/usr/bin/env python3
"""Build corpus18: 12 blind referral letters to the RCP « métastases osseuses »
and their gold records.

Run from the repository root:

    /work/main/.venv/bin/python tests/corpus18/make_letters.py

Every letter's text and gold live in this file (LETTERS, at the end). The gold
`gaps` are never written by hand: derive_gaps() applies the spec's gap rule to
the gold values. Before anything is written, check_contract() checks every gold
against the contract of shared/spec/rcp-request.md and exits with
"CONTRACT VIOLATION: ..." on the first failure. Output is byte-identical from
one run to the next (fixed PDF dates and producer, fixed DOCX core properties
and zip timestamps, no randomness).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ATC_TSV_CANDIDATES = [
    Path("/work/shared/spec/atc-reference.tsv"),
    REPO.parent / "shared" / "spec" / "atc-reference.tsv",
]
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DT = dt.datetime(2025, 6, 30, 12, 0, 0, tzinfo=dt.timezone.utc)
PRODUCER = "corpus18 make_letters.py"

# --------------------------------------------------------------------------
# Contract (shared/spec/rcp-request.md)
# --------------------------------------------------------------------------
NINE = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
        "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
        "prognosis", "therapeuticProject"]
ALL_STATUSES = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED_STATUS = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": ALL_STATUSES,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": ALL_STATUSES,
    "boneTargetedTherapy": ALL_STATUSES,
    "anticoagulation": ALL_STATUSES,
    "antiplatelets": ALL_STATUSES,
    "prognosis": {"present", "unknown"},
    "therapeuticProject": {"present", "unknown"},
}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal",
         "bladder", "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
               "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
               "invasive_lobular_carcinoma", "clear_cell_carcinoma",
               "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK",
              "HER2", "PD-L1", "ER", "PR", "PSA"}
BIOMARKER_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit",
                 "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}
GOLD_KEYS = ["id", "patient", "primaryTumor", "boneDiagnosis", "pain",
             "currentMedications", "priorLocalTreatments", "boneTargetedTherapy",
             "anticoagulation", "antiplatelets", "prognosis",
             "therapeuticProject", "gaps"]
# ARCEP numbers reserved for fiction (audiovisual works)
FICTION_PHONE_PREFIXES = ("0199 00", "0261 91", "0353 01", "0465 71", "0536 49", "0639 98")


class ContractViolation(Exception):
    pass


def fail(msg: str):
    raise ContractViolation(msg)


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's gap rule, applied to a gold record (the only source of gaps)."""
    gaps = []
    for item in NINE:
        sec = g[item]
        st = sec["status"]
        if st == "unknown":
            gaps.append([item, "missing"])
        elif st == "uncertain":
            gaps.append([item, "uncertain"])
        elif st == "conflicting":
            gaps.append([item, "conflicting"])
        elif st == "present":
            incomplete = (
                (item == "pain" and not sec["types"])
                or (item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"])
                or (item == "boneDiagnosis" and not sec["dated"])
                or (item == "primaryTumor" and sec["histology"] is None)
                or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
            )
            if incomplete:
                gaps.append([item, "incomplete"])
    return gaps


def load_atc() -> dict[str, dict]:
    for p in ATC_TSV_CANDIDATES:
        if p.exists():
            lines = p.read_text(encoding="utf-8").splitlines()
            break
    else:
        fail("atc-reference.tsv not found")
    head = lines[0].split("\t")
    ref = {}
    for line in lines[1:]:
        if not line.strip():
            continue
        row = dict(zip(head, line.split("\t")))
        ref[row["atc"].strip()] = row
    return ref


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("\u2019", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s)


# spellings the table does not hold but letters use
EXTRA_ALIASES = {
    "paracétamol codéiné": "N02AJ06",
    "zolédronate": "M05BA08",
    "oxynorm": "N02AA05",
}


def build_name_index(ref: dict) -> list[tuple[str, str]]:
    names = {}
    for code, row in ref.items():
        cands = [row.get("dci_fr", ""), row.get("inn_en", "")]
        cands += (row.get("brands_fr") or "").split(",")
        for c in cands:
            c = norm(c.strip())
            if len(c) >= 4:
                names.setdefault(c, code)
    for c, code in EXTRA_ALIASES.items():
        names[norm(c)] = code
    # longest first, so that "cacit d3" wins over "cacit", "dafalgan codeine" over "dafalgan"
    return sorted(names.items(), key=lambda kv: (-len(kv[0]), kv[0]))


def drugs_mentioned(text: str, index) -> dict[str, set[str]]:
    """ATC codes of every table drug named in the text -> the names found."""
    t = norm(text)
    found: dict[str, set[str]] = {}
    for name, code in index:
        pat = re.compile(r"(?<![a-z0-9])" + re.escape(name) + r"(?![a-z0-9])")
        while True:
            m = pat.search(t)
            if not m:
                break
            found.setdefault(code, set()).add(name)
            t = t[:m.start()] + "#" * (m.end() - m.start()) + t[m.end():]
    return found


def age_at(birth: dt.date, when: dt.date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]


def date_spellings(d: dt.date) -> list[str]:
    return [d.strftime("%d/%m/%Y"), f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}",
            ("1er" if d.day == 1 else str(d.day)) + f" {MONTHS[d.month - 1]} {d.year}"]


# --------------------------------------------------------------------------
# Gold construction
# --------------------------------------------------------------------------
def make_gold(L: dict) -> dict:
    g = L["gold"]
    rec = {"id": L["id"]}
    rec["patient"] = {"sex": g["sex"], "age": g["age"]}
    st, site, hist, bm = g["tumor"]
    rec["primaryTumor"] = {"status": st, "site": site, "histology": hist, "biomarkers": dict(bm)}
    st, circ, dated = g["bone_dx"]
    rec["boneDiagnosis"] = {"status": st, "circumstances": list(circ), "dated": dated}
    st, types, inten = g["pain"]
    rec["pain"] = {"status": st, "types": list(types), "intensity": inten}
    st, atc = g["meds"]
    rec["currentMedications"] = {"status": st, "atc": sorted(atc)}
    st, types = g["prior"]
    rec["priorLocalTreatments"] = {"status": st, "types": list(types)}
    for key, name in (("btt", "boneTargetedTherapy"), ("anticoag", "anticoagulation"),
                      ("antiplat", "antiplatelets")):
        st, atc = g[key]
        rec[name] = {"status": st, "atc": sorted(atc)}
    st, ps = g["prognosis"]
    prog = {"status": st}
    if "kps" in ps:
        prog["kps"] = ps["kps"]
    else:
        prog["ecog"] = ps.get("ecog")
    rec["prognosis"] = prog
    st, intent = g["project"]
    rec["therapeuticProject"] = {"status": st, "intent": intent}
    rec["gaps"] = derive_gaps(rec)
    return rec


# --------------------------------------------------------------------------
# Contract check
# --------------------------------------------------------------------------
def check_contract(L: dict, rec: dict, ref: dict, index) -> None:
    lid = L["id"]

    def need(cond, msg):
        if not cond:
            fail(f"{lid}: {msg}")

    need(re.fullmatch(r"b\d\d", lid), "id must be bNN")
    need(L["fmt"] in ("pdf", "docx", "txt"), f"unknown format {L['fmt']}")
    need(list(rec) == GOLD_KEYS, f"gold keys {list(rec)}")
    text = plain_text(L)

    # patient
    p = rec["patient"]
    need(p["sex"] in ("F", "M"), "sex must be F or M")
    need(isinstance(p["age"], int) and 0 < p["age"] < 120, "age must be an integer")
    letter_date = dt.date.fromisoformat(L["date"])
    need(any(s in text for s in date_spellings(letter_date)),
         f"letter date {L['date']} not written in the letter")
    if L.get("birth"):
        b = dt.date.fromisoformat(L["birth"])
        need(b.strftime("%d/%m/%Y") in text, "birth date not written in the letter")
        need(age_at(b, letter_date) == p["age"],
             f"age {p['age']} != {age_at(b, letter_date)} computed from birth date")
    if L.get("age_written") is not None:
        need(f"{L['age_written']} ans" in text, "written age not found in the letter")
        need(L["age_written"] == p["age"], "gold age differs from the written age")
    need(L.get("birth") or L.get("age_written") is not None, "no source for the age")

    # statuses
    for item, allowed in ALLOWED_STATUS.items():
        st = rec[item]["status"]
        need(st in allowed, f"{item}.status {st!r} not allowed (allowed: {sorted(allowed)})")

    # primary tumour
    t = rec["primaryTumor"]
    need(t["site"] is None or t["site"] in SITES, f"site {t['site']}")
    need(t["histology"] is None or t["histology"] in HISTOLOGIES, f"histology {t['histology']}")
    for name, res in t["biomarkers"].items():
        need(name in BIOMARKERS, f"biomarker {name} not in the code list")
        need(res in BIOMARKER_RESULTS, f"biomarker result {res}")
    if t["status"] == "unknown":
        need(t["site"] is None and t["histology"] is None and not t["biomarkers"],
             "unknown primaryTumor must be empty")
    else:
        need(t["site"] is not None, "primaryTumor present/uncertain needs a site")

    # bone diagnosis
    b = rec["boneDiagnosis"]
    need(set(b["circumstances"]) <= CIRCUMSTANCES, f"circumstances {b['circumstances']}")
    need(len(set(b["circumstances"])) == len(b["circumstances"]), "duplicate circumstance")
    need(isinstance(b["dated"], bool), "dated must be a boolean")
    if b["status"] == "unknown":
        need(not b["circumstances"] and not b["dated"], "unknown boneDiagnosis must be empty")
    else:
        need(b["circumstances"], "boneDiagnosis present without circumstance")

    # pain
    pn = rec["pain"]
    need(set(pn["types"]) <= PAIN_TYPES, f"pain types {pn['types']}")
    need(len(set(pn["types"])) == len(pn["types"]), "duplicate pain type")
    need(pn["intensity"] is None or (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10),
         "pain intensity must be 0..10 or null")
    if pn["status"] in ("absent", "unknown"):
        need(not pn["types"], f"pain {pn['status']} with types")
    if pn["status"] == "unknown":
        need(pn["intensity"] is None, "pain unknown with an intensity")
    if pn["status"] == "absent":
        need(pn["intensity"] in (None, 0), "pain absent with a non-zero intensity")
    if pn["status"] == "present":
        need(pn["intensity"] != 0, "pain present with intensity 0")

    # medications
    meds = rec["currentMedications"]
    for c in meds["atc"]:
        need(c in ref, f"currentMedications code {c} not in atc-reference.tsv")
    need(len(set(meds["atc"])) == len(meds["atc"]), "duplicate ATC code")
    if meds["status"] in ("absent", "unknown"):
        need(not meds["atc"], f"currentMedications {meds['status']} with codes")
    if meds["status"] == "absent":
        for sec in ("anticoagulation", "antiplatelets", "boneTargetedTherapy"):
            need(rec[sec]["status"] in ("absent", "conflicting"),
                 f"'aucun traitement' makes {sec} absent")
    if meds["status"] == "present":
        need(meds["atc"], "currentMedications present without any table drug")

    # prior local treatments
    pl = rec["priorLocalTreatments"]
    need(set(pl["types"]) <= LOCAL_TYPES, f"local treatment types {pl['types']}")
    if pl["status"] in ("absent", "unknown"):
        need(not pl["types"], f"priorLocalTreatments {pl['status']} with types")
    if pl["status"] == "present":
        need(pl["types"], "priorLocalTreatments present without a type")

    # agent sections
    for sec, prefixes in AGENT_PREFIXES.items():
        s = rec[sec]
        for c in s["atc"]:
            need(c in ref, f"{sec} code {c} not in atc-reference.tsv")
            need(c.startswith(prefixes), f"{sec} code {c} outside {prefixes}")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                need(c in meds["atc"], f"{sec} agent {c} ({s['status']}) missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                need(c not in meds["atc"], f"{sec} agent {c} named with doubt must not be a current drug")
        # and the other way round: a current drug of the group is an agent of the section
        for c in meds["atc"]:
            if c.startswith(prefixes):
                need(s["status"] in ("present", "conflicting") and c in s["atc"],
                     f"current drug {c} must be an agent of {sec} (present or conflicting)")

    # prognosis
    pg = rec["prognosis"]
    need(set(pg) <= {"status", "ecog", "kps"}, f"prognosis keys {set(pg)}")
    need(not (pg.get("ecog") is not None and pg.get("kps") is not None), "both ecog and kps")
    if pg.get("ecog") is not None:
        need(isinstance(pg["ecog"], int) and 0 <= pg["ecog"] <= 4, "ecog 0..4")
    if pg.get("kps") is not None:
        need(isinstance(pg["kps"], int) and 0 <= pg["kps"] <= 100 and pg["kps"] % 10 == 0, "kps 0..100 by 10")
    if pg["status"] == "unknown":
        need(pg.get("ecog") is None and pg.get("kps") is None, "prognosis unknown with a score")

    # therapeutic project
    tp = rec["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, f"intent {tp['intent']}")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "project unknown with an intent")

    # gaps
    need(rec["gaps"] == derive_gaps(rec), "gaps differ from derive_gaps")
    for item, kind in rec["gaps"]:
        need(item in NINE, f"gap on {item}")
        need(kind in ("missing", "uncertain", "conflicting", "incomplete"), f"gap kind {kind}")

    # every table drug the letter names is accounted for: current, or left out with a reason
    found = drugs_mentioned(text, index)
    noncur = L.get("noncurrent", {})
    for c, why in noncur.items():
        need(c in ref, f"noncurrent code {c} not in the table")
        need(isinstance(why, str) and len(why) > 5, f"noncurrent {c} needs a reason")
        need(c not in meds["atc"], f"{c} is both current and left out")
        need(c in found, f"noncurrent {c} not named in the letter")
    for c in meds["atc"]:
        need(c in found, f"current drug {c} not named in the letter")
    for sec in AGENT_PREFIXES:
        for c in rec[sec]["atc"]:
            need(c in found, f"{sec} agent {c} not named in the letter")
    unaccounted = set(found) - set(meds["atc"]) - set(noncur)
    need(not unaccounted,
         "drugs named but neither current nor explained: "
         + ", ".join(f"{c} ({'/'.join(sorted(found[c]))})" for c in sorted(unaccounted)))

    # invented phone numbers only
    for m in re.finditer(r"(?<!\d)0\d(?:[ .]?\d\d){4}(?!\d)", text):
        digits = re.sub(r"\D", "", m.group())
        key = digits[:4] + " " + digits[4:6]
        need(key in FICTION_PHONE_PREFIXES, f"phone number {m.group()} outside the fiction ranges")

    if L["fmt"] == "txt":
        try:
            L["text"].encode(L.get("encoding", "utf-8"))
        except UnicodeEncodeError as e:
            fail(f"{lid}: text not encodable in {L.get('encoding')}: {e}")


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------
def parse_markup(src: str) -> list[tuple]:
    """Blocks from the light markup used for PDF and DOCX letters.

    '# x' title, '## x' bold heading, '|= a | b |' header row, '| a | b |' row,
    '<<PAGE>>' page break, any other line a paragraph line, '' a blank gap.
    """
    blocks: list[tuple] = []
    table: list[tuple[bool, list[str]]] | None = None
    for raw in src.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("|"):
            header = line.startswith("|=")
            body = line[2:] if header else line[1:]
            cells = [c.strip() for c in body.rstrip("|").split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append((header, cells))
            continue
        table = None
        if line == "<<PAGE>>":
            blocks.append(("page",))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif not line.strip():
            blocks.append(("blank",))
        else:
            blocks.append(("p", line))
    return blocks


def plain_text(L: dict) -> str:
    if L["fmt"] == "txt":
        return L["text"]
    out = []
    for b in parse_markup(L["text"]):
        if b[0] == "table":
            out.extend(" | ".join(cells) for _, cells in b[1])
        elif b[0] in ("p", "h1", "h2"):
            out.append(b[1])
        elif b[0] == "blank":
            out.append("")
    return "\n".join(out)


def render_pdf(L: dict) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    footer = L.get("footer")

    class Letter(FPDF):
        def footer(self):
            if footer:
                self.set_y(-12)
                self.set_font("DejaVu", "", 7.5)
                self.cell(0, 5, f"{footer} – page {self.page_no()}/{{nb}}", align="R")

    pdf = Letter(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_producer(PRODUCER)
    pdf.set_creator(L.get("creator", "Logiciel de dossier patient"))
    pdf.set_title(L.get("title", "Courrier"))
    pdf.set_author(L.get("author", ""))
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    base = L.get("font_size", 9.5)
    lh = base * 0.5
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for b in parse_markup(L["text"]):
        kind = b[0]
        if kind == "page":
            pdf.add_page()
        elif kind == "blank":
            pdf.ln(lh * 0.8)
        elif kind == "h1":
            pdf.set_font("DejaVu", "B", base + 3)
            pdf.multi_cell(0, lh * 1.4, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.set_font("DejaVu", "B", base + 0.5)
            pdf.multi_cell(0, lh * 1.15, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DejaVu", "", base)
            pdf.multi_cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT", align=L.get("align", "L"))
        elif kind == "table":
            rows = b[1]
            ncol = max(len(c) for _, c in rows)
            lens = [max(8.5, max((len(c[i]) if i < len(c) else 0) for _, c in rows)) for i in range(ncol)]
            lens = [min(x, 34) for x in lens]
            tot = sum(lens)
            widths = tuple(width * x / tot for x in lens)
            pdf.set_font("DejaVu", "", base - 1)
            first_head = rows[0][0]
            with pdf.table(col_widths=widths, line_height=lh, text_align="LEFT",
                           first_row_as_headings=first_head,
                           headings_style=FontFace(emphasis="BOLD"),
                           padding=0.8) as table:
                for _, cells in rows:
                    r = table.row()
                    for i in range(ncol):
                        r.cell(cells[i] if i < len(cells) else "")
            pdf.ln(lh * 0.6)
    return bytes(pdf.output())


def render_docx(L: dict) -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = L.get("docx_font", "Calibri")
    style.font.size = Pt(L.get("font_size", 10.5))
    for b in parse_markup(L["text"]):
        kind = b[0]
        if kind == "page":
            d.add_page_break()
        elif kind == "blank":
            continue
        elif kind in ("h1", "h2"):
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            if kind == "h1":
                r.font.size = Pt(L.get("font_size", 10.5) + 3)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "table":
            rows = b[1]
            ncol = max(len(c) for _, c in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for ri, (head, cells) in enumerate(rows):
                for ci in range(ncol):
                    cell = t.cell(ri, ci)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(cells[ci] if ci < len(cells) else "")
                    run.bold = head
            d.add_paragraph()
    cp = d.core_properties
    cp.author = L.get("author", "")
    cp.last_modified_by = L.get("author", "")
    cp.title = L.get("title", "Courrier")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


def normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 30, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_txt(L: dict) -> bytes:
    text = L["text"].strip("\n") + "\n"
    if L.get("newline") == "\r\n":
        text = text.replace("\n", "\r\n")
    return text.encode(L.get("encoding", "utf-8"))


def render(L: dict) -> bytes:
    return {"pdf": render_pdf, "docx": render_docx, "txt": render_txt}[L["fmt"]](L)


def extract_text(L: dict, data: bytes) -> str:
    if L["fmt"] == "txt":
        return data.decode(L.get("encoding", "utf-8"))
    if L["fmt"] == "pdf":
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(p.extract_text() or "" for p in r.pages)
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------
def main() -> int:
    ref = load_atc()
    index = build_name_index(ref)
    built = []
    try:
        ids = [L["id"] for L in LETTERS]
        if len(set(ids)) != len(ids):
            fail("duplicate letter ids")
        if ids != sorted(ids):
            fail("letters out of order")
        for L in LETTERS:
            rec = make_gold(L)
            check_contract(L, rec, ref, index)
            data = render(L)
            if render(L) != data:
                fail(f"{L['id']}: rendering is not deterministic")
            # the file must still say what the source says (text layer, docx text)
            got = drugs_mentioned(extract_text(L, data), index)
            want = drugs_mentioned(plain_text(L), index)
            if set(got) != set(want):
                fail(f"{L['id']}: drugs read back from the {L['fmt']} differ: "
                     f"missing {sorted(set(want) - set(got))}, extra {sorted(set(got) - set(want))}")
            back = norm(extract_text(L, data))
            if L.get("birth") and L["birth"][8:10] + "/" + L["birth"][5:7] + "/" + L["birth"][:4] not in back:
                fail(f"{L['id']}: birth date lost in the {L['fmt']}")
            built.append((L, rec, data))
    except ContractViolation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    wanted = set()
    for L, rec, data in built:
        lp = letters_dir / f"{L['id']}.{L['fmt']}"
        gp = gold_dir / f"{L['id']}.json"
        lp.write_bytes(data)
        gp.write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        wanted |= {lp.name, gp.name}
    for d in (letters_dir, gold_dir):
        for f in d.iterdir():
            if f.name not in wanted:
                f.unlink()
    print(f"corpus18: {len(built)} letters and gold records written, contract checked")
    return 0


# ==========================================================================
# The letters
# ==========================================================================
LETTERS: list[dict] = []

# --------------------------------------------------------------------------
# b01 - discharge summary (oncology), text PDF, 2 pages.
# Entry list vs discharge table; Topalgic and enoxaparin stopped; Faslodex
# started in the ward (first injection given); palbociclib and Xgeva only
# planned; post-operative RT planned (not prior); stent -> Kardégic kept.
# --------------------------------------------------------------------------
LETTERS.append(dict(
    id="b01", fmt="pdf", date="2025-03-21", birth="1946-09-14",
    author="Dr Julien TESSIER", title="CRH Oncologie BERTHEAU-LAMY", align="J",
    footer="Mme BERTHEAU-LAMY Odile, née le 14/09/1946 – CRH Oncologie médicale, séjour du 10/03 au 20/03/2025",
    text="""
## CENTRE HOSPITALIER DE VALBREUIL
Service d'Oncologie Médicale – Pr Anne-Sophie MARCHAL
3, avenue du Docteur-Roux – 71990 Valbreuil
Secrétariat : 03 53 01 42 17 – Fax : 03 53 01 42 19

Valbreuil, le 21/03/2025

Dr Mathieu GARNIER, médecin traitant, 8 rue des Écoles, 71990 Valbreuil
Copie : Secrétariat de la RCP métastases osseuses – Institut de Cancérologie du Val de Saône

# COMPTE RENDU D'HOSPITALISATION
Patiente : Mme BERTHEAU-LAMY Odile, née le 14/09/1946
Hospitalisée du 10/03/2025 au 20/03/2025 (entrée par les urgences)

## Motif d'hospitalisation
Impotence fonctionnelle du bras droit après une chute : fracture de l'humérus droit sur lésion osseuse secondaire.

## Antécédents
- Carcinome lobulaire infiltrant du sein gauche diagnostiqué en 2016 (pT2 N1a M0), RE 95 %, RP 40 %, HER2 score 1+ : tumorectomie et curage axillaire (06/2016), radiothérapie du sein 50 Gy + complément de 16 Gy sur le lit tumoral, puis létrozole pendant 5 ans (arrêt en 07/2021). Suivi annuel sans particularité jusqu'en 2024.
- Cardiopathie ischémique : angioplastie avec stent actif de l'IVA en 2019.
- HTA. Dyslipidémie. RGO. Gonarthrose bilatérale.
- Pas d'antécédent thrombo-embolique.
- Familiaux : mère décédée d'un cancer du pancréas ; une sœur traitée pour un cancer du sein à 60 ans.
Mode de vie : veuve, vit seule au 2e étage sans ascenseur, autonome, aide ménagère 2 h par semaine.

## Traitement à l'entrée
Kardégic 75 mg 1 sachet/j, Tahor 20 mg le soir, Inexium 20 mg le matin, Bisoprolol 2,5 mg le matin, Topalgic LP 100 mg matin et soir (introduit par le médecin traitant le 24/02 pour les douleurs de gonarthrose), Doliprane 1 g si besoin.

## Histoire de la maladie
Le 08/03/2025, chute de sa hauteur dans sa cuisine (glissade), avec douleur immédiate et impotence du bras droit. La patiente n'a consulté aux urgences que le 10/03. Radiographie : fracture diaphysaire de l'humérus droit sur une lésion ostéolytique.
Bilan d'extension : TDM thoraco-abdomino-pelvienne (11/03) et scintigraphie osseuse (13/03) : lésions osseuses multiples (L1, L4, sacrum, 6e et 9e côtes droites, humérus droit), pas de lésion viscérale. CA 15-3 à 96 U/ml.
Anatomopathologie des prélèvements per-opératoires : localisation secondaire d'un carcinome lobulaire d'origine mammaire (E-cadhérine négative, GATA3 positif), RE 90 %, RP 10 %, HER2 score 0.

## Évolution dans le service
- Ostéosynthèse par enclouage centromédullaire verrouillé de l'humérus droit le 11/03/2025 (Dr FABRE, chirurgie orthopédique), sans complication. Kardégic maintenu pendant le geste.
- Thromboprophylaxie par énoxaparine 4000 UI/j SC du 11/03 au 20/03, arrêtée à la sortie (patiente déambulante).
- Antalgie : arrêt du Topalgic le 12/03 (nausées, épisode de confusion nocturne) ; relais par oxycodone LP 10 mg x 2/j avec interdoses d'oxycodone à libération immédiate 5 mg. EN 7/10 à l'admission ; à la sortie EN 3/10, douleur uniquement à la mobilisation du bras droit, pas de douleur de repos.
- Biologie : calcémie corrigée 2,48 mmol/l ; clairance de la créatinine 58 ml/min (Cockcroft).
- Hormonothérapie de 1re ligne métastatique : fulvestrant (Faslodex) 500 mg IM, première injection faite dans le service le 18/03/2025. L'adjonction d'un inhibiteur de CDK4/6 (palbociclib) sera discutée en consultation à distance de la chirurgie.
- Pas de traitement anti-résorptif osseux à ce jour : un traitement par dénosumab (Xgeva) est envisagé après bilan bucco-dentaire (panoramique dentaire demandé). Supplémentation vitamino-calcique débutée.

## Traitement de sortie
|= Médicament | Matin | Midi | Soir | Coucher | Remarques
| KARDEGIC 75 mg | 0 | 1 | 0 | 0 |
| TAHOR 20 mg | 0 | 0 | 1 | 0 |
| INEXIUM 20 mg | 1 | 0 | 0 | 0 |
| BISOPROLOL 2,5 mg | 1 | 0 | 0 | 0 |
| OXYCONTIN LP 10 mg | 1 | 0 | 1 | 0 | toutes les 12 h
| OXYNORMORO 5 mg | si douleur | | | | jusqu'à 6 par jour, espacer d'1 h
| DOLIPRANE 1 g | 1 | 1 | 1 | 0 | systématique
| FORLAX 10 g | 1 | 0 | 0 | 0 | tant que opioïde
| CACIT D3 1000 mg/880 UI | 0 | 1 | 0 | 0 |
| FASLODEX 500 mg | | | | | IM : J15 le 01/04/2025 puis tous les 28 jours (IDE à domicile)

Traitements arrêtés : Topalgic LP (intolérance), énoxaparine (fin de la thromboprophylaxie).

## Conclusion
Récidive osseuse pluri-focale d'un carcinome lobulaire du sein RH+ HER2-, révélée par une fracture pathologique de l'humérus droit le 08/03/2025, traitée par enclouage. Prise en charge à visée palliative. Performance status OMS 1 avant la chute, OMS 2 à la sortie du fait de l'immobilisation du bras.

## Demande à la RCP métastases osseuses
1. Indication et modalités d'une radiothérapie post-opératoire de l'humérus droit (20 Gy en 5 fractions envisagée avec le Dr NGUYEN).
2. Lésion lytique de L1 avec atteinte du mur postérieur, asymptomatique : radiothérapie ? cimentoplastie ?
3. Validation de l'introduction du dénosumab.

Rendez-vous : consultation du Pr MARCHAL le 01/04/2025 ; consultation d'orthopédie (Dr FABRE) à J45 avec radiographie de contrôle.

Dr Julien TESSIER, interne – Pr Anne-Sophie MARCHAL
Compte rendu dicté, validé le 21/03/2025
""",
    gold=dict(
        sex="F", age=78,
        tumor=("present", "breast", "invasive_lobular_carcinoma",
               {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        bone_dx=("present", ["pathological_fracture"], True),
        pain=("present", ["mechanical"], 3),
        meds=("present", ["B01AC06", "C10AA05", "A02BC05", "C07AB07", "N02AA05",
                          "N02BE01", "A06AD15", "A12AX", "L02BA03"]),
        prior=("present", ["surgery"]),
        btt=("absent", []),
        anticoag=("absent", []),
        antiplat=("present", ["B01AC06"]),
        prognosis=("present", {"ecog": 2}),
        project=("present", "palliative"),
    ),
    noncurrent={
        "N02AX02": "Topalgic stopped on 12/03 (intolerance)",
        "B01AB05": "enoxaparin prophylaxis stopped at discharge",
        "L02BG04": "letrozole stopped in 2021",
        "L01EF01": "palbociclib only to be discussed",
        "M05BX04": "denosumab only envisaged after dental check",
    },
))

# --------------------------------------------------------------------------
# b02 - nursing-home (EHPAD) coordinating physician, DOCX.
# Administration plan table with 14 lines; Prolia for osteoporosis is current
# (bone therapy present) while Fosamax is past and Xgeva is only asked about;
# Xarelto replaced by Préviscan; Kardégic stopped; tramadol stopped; pain
# scored with Algoplus (no 0-10 score); night pain denied; no histology.
# --------------------------------------------------------------------------
LETTERS.append(dict(
    id="b02", fmt="docx", date="2025-05-05", birth="1934-01-03", age_written=91,
    author="Dr Claire MONTEIL", title="Demande d'avis RCP - M. JOUANNEAU",
    text="""
## EHPAD « Les Tilleuls »
14, rue des Acacias – 31870 Saint-Orens-de-Vèze
Tél. 05 36 49 20 10
Médecin coordonnateur : Dr Claire MONTEIL

Saint-Orens-de-Vèze, le 5 mai 2025

À l'attention du secrétariat de la RCP métastases osseuses
Institut Régional de Cancérologie de Garonne-Sud

Objet : demande d'avis – M. JOUANNEAU Marcel, né le 03/01/1934 (91 ans), résident depuis 2022

Cher Confrère,

Je vous adresse le dossier de M. Jouanneau, 91 ans, résident de notre établissement, pour une douleur de la hanche gauche en rapport probable avec une évolution de ses métastases osseuses d'origine prostatique. Son fils, M. Alain Jouanneau, personne de confiance, est informé de cette demande et souhaite que l'on privilégie le confort de son père.

## Antécédents
- Cancer de la prostate diagnostiqué en juin 2019 (PSA à 86 ng/ml ; biopsies réalisées dans une clinique de la région, nous n'avons pas le compte rendu anatomopathologique), d'emblée métastatique à l'os : la scintigraphie du bilan d'extension (juin 2019) montrait des fixations rachidiennes, costales et du bassin. Hormonothérapie seule depuis, compte tenu de l'âge.
- Radiothérapie antalgique du rachis lombaire L3-L5 en septembre 2021 (20 Gy en 5 séances) pour des lombalgies, avec un bon résultat.
- PSA : 3,1 ng/ml en octobre 2024 ; 14,2 ng/ml le 22/04/2025.
- Fibrillation atriale permanente : Xarelto jusqu'en mars 2023, remplacé par Préviscan du fait d'une insuffisance rénale (clairance 24 ml/min). Le Kardégic avait été arrêté lors de la mise sous anticoagulant.
- Insuffisance cardiaque à FEVG préservée. Hypothyroïdie.
- Maladie d'Alzheimer évoluée (MMS 12/30 en 2024).
- Ostéoporose avec fracture du poignet droit en 2018 : alendronate (Fosamax) de 2018 à 2021, puis dénosumab 60 mg (Prolia) tous les 6 mois, prescrit par son rhumatologue, toujours en cours (dernière injection le 12/02/2025).
- Familiaux : son fils a été opéré d'un cancer du côlon.

## Histoire récente
Depuis début avril, l'équipe soignante signale des douleurs de la hanche gauche lors des transferts lit-fauteuil et de la toilette, avec grimaces et appréhension de l'appui ; Algoplus à 3/5 lors des soins. Pas de douleur au repos, pas de réveil nocturne d'après l'équipe de nuit.
Radiographie du bassin (10/04/2025) : lésion mixte du cotyle gauche et du col fémoral gauche, sans fracture visible.
Le tramadol, essayé en janvier, avait été arrêté (chutes, somnolence). Actuellement Skenan LP 10 mg matin et soir depuis le 14/04 et Actiskenan avant la toilette, avec une amélioration partielle.

## Traitement actuel (plan d'administration du 02/05/2025)
|= Médicament | Dosage | Matin | Midi | Soir | Coucher | Remarques
| ELIGARD (leuproréline) | 45 mg | | | | | 1 inj. SC / 6 mois, dernière le 18/03/2025
| PREVISCAN | 20 mg | | | 3/4 | | selon INR (cible 2-3), dernier INR 2,4 le 28/04
| FUROSEMIDE | 40 mg | 1 | | | |
| BISOPROLOL | 1,25 mg | 1 | | | |
| LEVOTHYROX | 50 µg | 1 | | | | à jeun
| EBIXA (mémantine) | 10 mg | | | 1 | |
| PARACETAMOL | 1 g | 1 | 1 | 1 | |
| SKENAN LP | 10 mg | 1 | | 1 | |
| ACTISKENAN | 5 mg | | | | | 30 min avant la toilette, max 4/j
| MOVICOL | 1 sachet | 1 | | | |
| PANTOPRAZOLE | 20 mg | 1 | | | |
| IMOVANE | 3,75 mg | | | | 1 |
| UVEDOSE | 100 000 UI | | | | | 1 ampoule tous les 3 mois
| PROLIA | 60 mg | | | | | 1 inj. SC / 6 mois (rhumatologue), prochaine en août 2025

## État général
GIR 2, au fauteuil la majeure partie de la journée, OMS 3. Poids 61 kg, stable. Alimentation correcte avec aide partielle.
Pronostic : espérance de vie que j'estime à quelques mois, surtout du fait de la démence et de la cardiopathie.

## Projet
Après discussion avec son fils et avec le Dr Sabatier (oncologue référent, par téléphone) : poursuite de l'Eligard seul, pas d'autre traitement oncologique ; prise en charge palliative centrée sur le confort.

## Questions
- Une radiothérapie antalgique de la hanche gauche en séance unique est-elle envisageable (transport en ambulance couchée possible) ?
- Faut-il remplacer le Prolia par du Xgeva au vu de l'évolution osseuse, compte tenu de la fonction rénale ?
- Risque fracturaire du col fémoral : faut-il limiter l'appui lors des transferts ?

Je reste à votre disposition. Bien confraternellement,
Dr Claire MONTEIL, médecin coordonnateur – ligne directe 05 36 49 20 14
""",
    gold=dict(
        sex="M", age=91,
        tumor=("present", "prostate", None, {"PSA": "positive"}),
        bone_dx=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], None),
        meds=("present", ["L02AE02", "B01AA12", "C03CA01", "C07AB07", "H03AA01",
                          "N02BE01", "N02AA01", "A06AD65", "A02BC02", "N05CF01",
                          "A11CC05", "M05BX04"]),
        prior=("present", ["radiotherapy"]),
        btt=("present", ["M05BX04"]),
        anticoag=("present", ["B01AA12"]),
        antiplat=("absent", []),
        prognosis=("present", {"ecog": 3}),
        project=("present", "palliative"),
    ),
    noncurrent={
        "B01AF01": "Xarelto replaced by Préviscan in 2023",
        "B01AC06": "Kardégic stopped when the anticoagulant was started",
        "M05BA04": "alendronate 2018-2021 only",
        "N02AX02": "tramadol tried in January and stopped",
    },
))

# --------------------------------------------------------------------------
# b03 - palliative-care mobile team (EMSP) report, plain text UTF-8.
# Many drugs; a "stopped" list (Skenan, Eliquis, Kardégic, Glucophage,
# atezolizumab); Eliquis replaced by curative Lovenox; one Xgeva injection
# only; cord compression as first sign; laminectomy + spinal RT with dose;
# three pain components; PPS (not ECOG/KPS) and a life expectancy.
# --------------------------------------------------------------------------
LETTERS.append(dict(
    id="b03", fmt="txt", date="2025-02-14", age_written=67,
    text="""
HOPITAL SAINT-AUBERT - EQUIPE MOBILE DE SOINS PALLIATIFS
Tél. EMSP : 04 65 71 30 22 (poste 3022)

COMPTE RENDU D'INTERVENTION EMSP

Date : 14/02/2025
Patient : M. PELLETAN Gérard - 67 ans - hospitalisé en pneumologie, chambre 412
Demandeur : Dr LEMAIRE (pneumologie)
Intervenants : Dr Sophie ARNAUD (médecin EMSP), Mme Cécile PONS (IDE EMSP)
Motif de la demande : douleurs rebelles, réflexion sur le projet de soins, accompagnement de l'épouse.

CONTEXTE
Carcinome bronchique à petites cellules, stade étendu, diagnostiqué en octobre 2024, révélé par une compression médullaire T9 (paraparésie d'installation rapide le 02/10/2024) : laminectomie décompressive T8-T10 en urgence le 03/10/2024 puis radiothérapie T7-T11 30 Gy en 10 fractions (du 21/10 au 01/11/2024). Récupération motrice partielle (marche avec aide).
Métastases osseuses multiples (rachis, bassin, côtes), hépatiques et surrénalienne gauche.
Carboplatine-étoposide-atézolizumab 4 cures (10/2024 à 01/2025) puis atézolizumab en maintenance, arrêté le 28/01/2025 (progression hépatique, altération de l'état général).
RCP thoracique du 05/02/2025 : pas de 2e ligne, soins de support exclusifs. Décision expliquée au patient et à son épouse par le Dr Lemaire le 07/02.
Une seule injection de Xgeva le 18/11/2024, non poursuivie (hypocalcémie sévère).
EP segmentaire droite le 20/12/2024 traitée par Eliquis 5 mg x2, remplacé le 06/02/2025 par énoxaparine (Lovenox) 8000 UI x2/j SC en raison de vomissements et de troubles de la déglutition. Le Kardégic (AOMI stentée en 2015) a été arrêté le même jour après avis du cardiologue.

ATCD : tabac 50 PA (sevré en 10/2024), BPCO stade 2, AOMI (stent iliaque 2015), HTA, diabète de type 2 (Glucophage arrêté en janvier pour anorexie, HbA1c 6,1 %).
Mode de vie : marié, 2 enfants (sa fille est infirmière). Frère décédé d'un cancer ORL.

EVALUATION DE LA DOULEUR
3 composantes :
- douleur lombaire basse et de la hanche gauche (L4, cotyle gauche), majorée à la mobilisation, aux transferts et à l'appui ;
- douleur en ceinture thoracique à type de brûlures et de décharges électriques, avec allodynie au frottement des draps, DN4 à 6/10 ;
- réveils nocturnes multiples par la douleur (3 à 4 par nuit selon l'épouse).
EN 8/10 à l'arrivée le 04/02 ; ce jour EN 5/10, avec 3 à 5 accès douloureux par jour, surtout lors des soins.

TRAITEMENTS EN COURS (au 14/02/2025)
- DUROGESIC 50 µg/h : 1 patch tous les 3 jours (augmenté de 25 à 50 le 10/02)
- INSTANYL 50 µg/dose : 1 pulvérisation nasale si accès douloureux, à renouveler 10 min après si besoin, max 4 accès/j
- Prégabaline (LYRICA) 75 mg matin et soir
- LAROXYL 40 mg/ml : 10 gouttes au coucher
- Dexaméthasone 8 mg le matin (depuis le 03/02)
- Paracétamol 1 g x 4/j IV
- LOVENOX 8000 UI x 2/j SC
- MOVICOL 2 sachets/j
- INEXIUM 40 mg le matin
- XANAX 0,25 mg si anxiété (max 3/j)
- Scopoderm 1 mg, 1 patch / 72 h (encombrement)
Arrêtés : Skenan LP 60 mg x2 (relais par fentanyl transdermique le 08/02 pour vomissements), Eliquis, Kardégic, Glucophage, atézolizumab.

EXAMEN / ETAT GENERAL
Patient alité la majeure partie de la journée, lever au fauteuil 1 h par jour. PPS 30 %. Asthénie majeure, anorexie, perte de 9 kg en 3 mois. Pas de confusion. Constipation depuis 3 jours, pas de globe vésical.
Pronostic estimé à quelques semaines.

SYNTHESE ET PROPOSITIONS
- Douleur mixte, nociceptive osseuse et neuropathique, partiellement contrôlée après titration.
- Poursuite du Durogesic 50, réévaluation à 72 h ; majoration de la prégabaline à 100 mg x2 si bonne tolérance.
- Demande d'avis à la RCP métastases osseuses : radiothérapie antalgique "flash" (8 Gy) sur L4 et le cotyle gauche, voire cimentoplastie de L4, sachant que le patient est sous Lovenox à dose curative. Le patient souhaite rentrer à domicile avec HAD si possible.
- Directives anticipées : ne souhaite pas de réanimation. Personne de confiance : son épouse.
- Soutien de l'épouse, rencontre proposée avec la psychologue de l'équipe.

Dr Sophie ARNAUD - EMSP
""",
    gold=dict(
        sex="M", age=67,
        tumor=("present", "lung", "small_cell_carcinoma", {}),
        bone_dx=("present", ["neurological_deficit"], True),
        pain=("present", ["mechanical", "neuropathic", "nocturnal"], 5),
        meds=("present", ["N02AB03", "N03AX16", "N06AA09", "H02AB02", "N02BE01",
                          "B01AB05", "A06AD65", "A02BC05", "N05BA12"]),
        prior=("present", ["surgery", "radiotherapy"]),
        btt=("absent", []),
        anticoag=("present", ["B01AB05"]),
        antiplat=("absent", []),
        prognosis=("present", {"ecog": None}),
        project=("present", "supportive"),
    ),
    noncurrent={
        "L01XA02": "carboplatin, 4 cycles ended 01/2025",
        "L01CB01": "etoposide, 4 cycles ended 01/2025",
        "L01FF05": "atezolizumab stopped 28/01/2025",
        "M05BX04": "a single Xgeva injection, not continued",
        "B01AF02": "Eliquis replaced by Lovenox on 06/02",
        "B01AC06": "Kardégic stopped on 06/02",
        "A10BA02": "Glucophage stopped in January",
        "N02AA01": "Skenan replaced by transdermal fentanyl on 08/02",
    },
))

# --------------------------------------------------------------------------
# b04 - radiation oncologist consultation letter, text PDF, 1-2 pages.
# Table of prior bone treatments with dates and doses (SBRT, 3D RT,
# radiofrequency, vertebroplasty); Eliquis to be suspended before a future
# procedure (still current); Karnofsky only; sunitinib and nivolumab past.
# --------------------------------------------------------------------------
LETTERS.append(dict(
    id="b04", fmt="pdf", date="2025-04-07", birth="1957-11-22",
    author="Dr Hélène VARENNE", title="Consultation radiothérapie ROUSSILLE",
    text="""
## CENTRE DE RADIOTHÉRAPIE DU VAL D'YSÈRE
Dr Hélène VARENNE – Dr Karim BOUAZIZ – Oncologues radiothérapeutes
12, boulevard Pasteur – 38890 Ysère-la-Rivière
Tél. 04 65 71 58 00 – Fax 04 65 71 58 09

Le 7 avril 2025

Dr Étienne FOUCAULT, Oncologie médicale, Clinique des Cèdres
Copie : secrétariat de la RCP métastases osseuses ; Dr LAMBERT, médecin traitant

Cher confrère, cher ami,

J'ai revu ce jour en consultation M. Alain ROUSSILLE, né le 22/11/1957, que nous connaissons bien, pour une nouvelle lésion acétabulaire gauche douloureuse.

## Rappel oncologique
Carcinome rénal à cellules claires gauche : néphrectomie élargie en mai 2018 (pT3a N0, grade ISUP 3). Métastases osseuses découvertes en juin 2021 sur le scanner de surveillance (T12, aile iliaque droite, 7e arc costal gauche), sans atteinte viscérale. Sunitinib de 07/2021 à 05/2022 (progression osseuse), nivolumab de 06/2022 à 09/2023, puis cabozantinib (Cabometyx) depuis 10/2023, dose réduite de 60 à 40 mg/j en 01/2024 pour un sydrome main-pied de grade 2. Dernier scanner TAP (20/03/2025) : maladie stable en dehors de la lésion cotyloïdienne.

## Traitements locaux osseux antérieurs
|= Date | Localisation | Traitement | Dose / modalités
| 09/2021 | T12 | Radiothérapie stéréotaxique | 27 Gy en 3 fractions
| 10/2021 | Aile iliaque droite | Radiothérapie conformationnelle 3D | 30 Gy en 10 fractions
| 03/2022 | 7e arc costal gauche | Radiofréquence percutanée (Dr SIMONIN) | 1 aiguille, 12 min
| 01/2024 | L1 (tassement douloureux) | Vertébroplastie | 4 ml de ciment, abord bipédiculaire

## Histoire actuelle
Depuis environ 6 semaines, douleur inguinale gauche d'horaire mécanique, déclenchée par la marche et l'appui prolongé, soulagée par le repos ; pas de douleur nocturne, pas de radiculalgie. EVA 6/10 malgré Contramal LP et Dafalgan. Marche avec une canne depuis 15 jours.
IRM du bassin (28/03/2025) : lésion lytique de 35 mm du toit du cotyle gauche avec rupture de la corticale médiale, sans fracture ni extension aux parties molles.

## Traitement habituel
Cabometyx 40 mg 1 cp/j ; Xgeva 120 mg SC toutes les 4 semaines depuis 07/2021 (dernière injection le 24/03/2025) avec Orocal D3 1 cp/j ; Eliquis 5 mg matin et soir (fibrillation atriale paroxystique depuis 2022) ; Triatec 5 mg ; amlodipine 10 mg ; Lévothyrox 75 µg (hypothyroïdie séquellaire du sunitinib) ; Inexium 20 mg ; Contramal LP 100 mg matin et soir ; Dafalgan 1 g x 3/j.
Pas d'allergie connue.

## Examen
IK 80 %. Poids 74 kg. Boiterie d'esquive gauche, douleur à la rotation interne de la hanche. Pas de déficit neurologique.

## Conclusion et proposition
Lésion cotyloïdienne gauche symptomatique et isolée, chez un patient dont la maladie est par ailleurs contrôlée sous cabozantinib, traitement qui sera poursuivi dans le cadre d'une prise en charge palliative.
Je souhaite que le dossier soit discuté à la RCP métastases osseuses du 15/04 : cimentoplastie acétabulaire (± vissage percutané) par l'équipe de radiologie interventionnelle versus radiothérapie stéréotaxique du cotyle (27 Gy en 3 fractions), voire association des deux.
En cas de geste percutané, l'Eliquis sera suspendu 3 jours avant (dernière prise à J-3 au soir) et repris à J+1, sans relais ; le cabozantinib devra être interrompu 3 semaines avant tout geste chirurgical.

Bien amicalement,
Dr Hélène VARENNE
""",
    gold=dict(
        sex="M", age=67,
        tumor=("present", "kidney", "clear_cell_carcinoma", {}),
        bone_dx=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 6),
        meds=("present", ["L01EX07", "M05BX04", "A12AX", "B01AF02", "C09AA05",
                          "H03AA01", "A02BC05", "N02AX02", "N02BE01"]),
        prior=("present", ["radiotherapy", "ablation", "cementoplasty"]),
        btt=("present", ["M05BX04"]),
        anticoag=("present", ["B01AF02"]),
        antiplat=("unknown", []),
        prognosis=("present", {"kps": 80}),
        project=("present", "palliative"),
    ),
    noncurrent={
        "L01EX01": "sunitinib 2021-2022",
        "L01FF01": "nivolumab 2022-2023",
    },
))

# --------------------------------------------------------------------------
# b05 - neurosurgery discharge summary, DOCX.
# Entry list vs discharge table; Xarelto stopped for surgery, bridged with
# Lovenox, then resumed (current) and Lovenox stopped; Tagrisso suspended
# then resumed; Lyrica started and stopped during the stay; dexamethasone
# tapering still running at discharge; bone disease known since initial
# staging (the cord compression is a later event); post-op RT only planned.
# --------------------------------------------------------------------------
LETTERS.append(dict(
    id="b05", fmt="docx", date="2025-04-24", birth="1963-04-30",
    author="Dr Léa MARCHETTI", title="CRH Neurochirurgie BENSALEM",
    text="""
## CHU DE MONTCLARET – PÔLE NEUROSCIENCES
Service de Neurochirurgie – Pr Olivier FERRAND
Secrétariat hospitalisation : 02 61 91 44 70

Montclaret, le 24/04/2025

# COMPTE RENDU D'HOSPITALISATION
Patiente : Mme BENSALEM Nadia, née le 30/04/1963
Séjour du 12/04/2025 au 24/04/2025
Médecin traitant : Dr Hugo PRÉVOST
Oncologue référente : Dr Isabelle CARRÉ (oncologie thoracique, CHU de Montclaret)
Destinataires : Dr PRÉVOST ; Dr CARRÉ ; secrétariat de la RCP métastases osseuses

## Motif d'hospitalisation
Compression médullaire lente T11 sur épidurite métastatique.

## Antécédents
- Adénocarcinome pulmonaire lobaire supérieur droit, stade IV d'emblée : métastases osseuses T11 et sacrum découvertes sur le TEP-TDM du bilan initial en mars 2023. Délétion de l'exon 19 d'EGFR ; ALK négatif ; PD-L1 < 1 %. Osimertinib (Tagrisso) 80 mg/j depuis 04/2023, réponse partielle prolongée.
- TVP fémorale gauche en novembre 2024, sous rivaroxaban (Xarelto) 20 mg/j depuis.
- Apendicectomie. Pas d'allergie connue. Non fumeuse.
- Familiaux : mère traitée pour un cancer du sein.

## Traitement à l'entrée
TAGRISSO 80 mg 1/j ; XARELTO 20 mg 1/j ; INEXIUM 20 mg 1/j ; DOLIPRANE 1 g x 3/j.

## Histoire de la maladie
Dorsalgies en ceinture depuis 3 semaines, puis faiblesse progressive des membres inférieurs avec deux chutes depuis le 07/04. IRM médullaire du 12/04 : épidurite métastatique T11 avec compression médullaire, sans hypersignal intramédullaire, pas d'autre lésion épidurale. Admission en neurochirurgie le jour même.

## Évolution
- Dexaméthasone 16 mg/j IV dès l'admission, relais per os le 17/04 avec décroissance progressive.
- Anticoagulation : Xarelto arrêté le 12/04 (dernière prise le 11/04 au soir), relais par Lovenox 6000 UI x 2/j SC jusqu'au 14/04 au matin. Chirurgie le 15/04/2025 : laminectomie T11 et arthrodèse percutanée T9-L1 (Pr FERRAND). Lovenox 4000 UI/j en post-opératoire, puis reprise du Xarelto 20 mg le 20/04 au soir et arrêt du Lovenox le même jour.
- Tagrisso suspendu du 13/04 au 21/04 (cicatrisation), repris le 22/04.
- Récupération motrice complète (5/5 aux membres inférieurs le 22/04) ; marche avec déambulateur puis sans aide.
- Les radiculalgies en ceinture ont disparu ; la prégabaline (Lyrica 75 mg x 2) introduite le 13/04 a été arrêtée le 22/04 (somnolence). Persistance de douleurs lombaires et cicatricielles à la mobilisation et au lever, EN 3/10 sous oxycodone.
- TEP-TDM du 14/04 : pas de progression extra-osseuse.
- Histologie de la pièce opératoire : métastase d'un adénocarcinome d'origine pulmonaire (TTF1 +).

## Traitement de sortie
|= Médicament | Matin | Midi | Soir | Coucher | Commentaires
| TAGRISSO 80 mg | 1 | 0 | 0 | 0 | repris le 22/04
| XARELTO 20 mg | 0 | 0 | 1 | 0 | au cours du repas
| DEXAMETHASONE 4 mg | 2 | 0 | 0 | 0 | 8 mg/j jusqu'au 27/04, puis 4 mg/j jusqu'au 04/05, puis arrêt
| OXYCONTIN LP 10 mg | 1 | 0 | 1 | 0 |
| OXYNORMORO 5 mg | si besoin | | | | max 4/j
| PARACETAMOL 1 g | 1 | 1 | 1 | 0 |
| INEXIUM 40 mg | 1 | 0 | 0 | 0 | pendant la corticothérapie
| FORLAX 10 g | 1 | 0 | 0 | 0 |

## Suite de la prise en charge
- Radiothérapie post-opératoire T9-L1 (20 Gy en 5 fractions) programmée : consultation de radiothérapie le 06/05/2025.
- Pas de traitement anti-résorptif osseux en cours ; l'introduction du dénosumab sera à discuter (bilan dentaire à faire).
- Ablation des agrafes à J15 par l'IDE. Consultation de contrôle avec radiographies à 6 semaines.
- Poursuite du Tagrisso sous la surveillance du Dr CARRÉ.
- Performance status : PS 1 avant l'épisode, PS 2 à la sortie.

Dossier adressé à la RCP métastases osseuses pour validation de la radiothérapie post-opératoire et de l'indication d'un traitement anti-résorptif.

Dr Léa MARCHETTI, cheffe de clinique – Pr Olivier FERRAND
""",
    gold=dict(
        sex="F", age=61,
        tumor=("present", "lung", "adenocarcinoma",
               {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
        bone_dx=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 3),
        meds=("present", ["L01EB04", "B01AF01", "H02AB02", "N02AA05", "N02BE01",
                          "A02BC05", "A06AD15"]),
        prior=("present", ["surgery"]),
        btt=("absent", []),
        anticoag=("present", ["B01AF01"]),
        antiplat=("unknown", []),
        prognosis=("present", {"ecog": 2}),
        project=("present", None),
    ),
    noncurrent={
        "B01AB05": "Lovenox bridge and post-op prophylaxis stopped on 20/04",
        "N03AX16": "pregabalin started 13/04, stopped 22/04",
        "M05BX04": "denosumab only to be discussed",
    },
))

# --------------------------------------------------------------------------
# b06 - general practitioner, plain text UTF-8, lower-case drug names.
# Age from birth date 5 days before the birthday; neuropathic + night pain;
# Sintrom long stopped ("plus d'anticoagulant"); Xgeva only with doubt
# (bone therapy uncertain); rectal RT explicitly not a bone treatment;
# nothing on performance status; chemotherapy outside the ATC table.
# --------------------------------------------------------------------------
LETTERS.append(dict(
    id="b06", fmt="txt", date="2025-06-12", birth="1955-06-17",
    text="""
Dr Jean-Luc PERRICHON
Médecine générale
4, place du Marché - 24170 Lauzac-sur-Dronne
Tél : 05 36 49 71 63

                                        Lauzac, le 12/06/2025

Cher confrère,

Je me permets de vous adresser Mr Roger FAUVEL né le 17/06/1955, que je suis depuis de nombreuses années, pour avis de la RCP métastases osseuses. Son oncologue le Dr ACHARD (clinique du Parc) est en congés jusqu'au 30/06 et je ne voulais pas attendre.

Il est suivi pour un adénocarcinome du rectum opéré en 2022 après radiochimiothérapie préopératoire (résection antérieure du rectum le 14/04/2022). KRAS muté (G12D), BRAF non muté, MSS. Récidive en 2024 avec des métastases hépatiques et pulmonaires, il est sous FOLFIRI-bévacizumab depuis septembre 2024 (dernière cure, la 14ème, le 02/06/2025). Le bilan de réévaluation de mai était plutôt stable d'après le Dr Achard.

Depuis environ 3 mois il se plaint d'une douleur de la fesse droite qui descend derrière la cuisse jusqu'au mollet "comme des décharges électriques", plus forte la nuit (il se réveille 2 à 3 fois par nuit), EVA à 7 malgrè le traitement. J'avais d'abord pensé à une sciatique banale mais devant la persistance j'ai demandé une IRM du bassin et du rachis lombaire (28/05/2025) : lésion lytique de l'aileron sacré droit avec envahissement du foramen S1, évocatrice de métastase. Le scanner de réévaluation du 20/05 ne l'avait pas décrite. C'est la première localisation osseuse connue.

Il n'a jamais eu de radiothérapie sur les os ni de chirurgie osseuse (la radiothérapie de 2022 concernait le rectum).

Antécédants :
- diabète type 2, HTA
- infarctus en 2016, stenté (IVA)
- phlébite du mollet gauche en 2010 traitée par Sintrom pendant 6 mois, plus d'anticoagulant depuis
- cholécystectomie
Son frère a été traité par radiothérapie pour un cancer de la prostate.

Son traitement actuel (mon ordonnance) :
kardegic 75 mg : 1 sachet le midi
glucophage 1000 : matin et soir
triatec 5 mg : 1 le matin
tahor 40 : 1 le soir
dafalgan codéiné : 2 cp 3 fois par jour
lyrica 75 mg matin et soir, commencé il y a 15 jours, un peu mieux la nuit
+ la chimio par la clinique.
J'ai essayé le tramadol en avril mais il l'a mal toléré (vomissements), arrêté au bout de 5 jours.

Son oncologue m'a parlé de faire des injections "pour renforcer les os", je ne sais pas si elles ont été commencées (Xgeva ?), à vérifier avec la clinique.

Que proposez vous pour ces douleurs ? radiothérapie ? autre ? Je crains une atteinte des racines.

Bien confraternellement

Dr J-L Perrichon
""",
    gold=dict(
        sex="M", age=69,
        tumor=("present", "colorectal", "adenocarcinoma",
               {"KRAS": "positive", "BRAF": "negative"}),
        bone_dx=("present", ["pain"], True),
        pain=("present", ["neuropathic", "nocturnal"], 7),
        meds=("present", ["B01AC06", "A10BA02", "C09AA05", "C10AA05", "N02AJ06",
                          "N03AX16"]),
        prior=("absent", []),
        btt=("uncertain", ["M05BX04"]),
        anticoag=("absent", []),
        antiplat=("present", ["B01AC06"]),
        prognosis=("unknown", {"ecog": None}),
        project=("present", None),
    ),
    noncurrent={
        "B01AA07": "Sintrom in 2010 for 6 months, no anticoagulant since",
        "N02AX02": "tramadol tried in April and stopped after 5 days",
        "M05BX04": "Xgeva named only with doubt ('Xgeva ?')",
    },
))

# --------------------------------------------------------------------------
# b07 - palliative-care unit discharge letter to a nursing home, text PDF.
# Opioid rotation (Oxycontin stopped, fentanyl patch + Abstral); Zometa
# stopped during the stay; Tahor and Lasilix stopped; Innohep continued;
# brain stereotactic RT is not a bone treatment, femur RT 8 Gy is; best
# supportive care decided; melanoma BRAF V600E.
# --------------------------------------------------------------------------
LETTERS.append(dict(
    id="b07", fmt="pdf", date="2025-05-26", age_written=84,
    author="Dr Bénédicte ROLLAND", title="Lettre de liaison USP KERBRAT",
    footer="USP Clinique Sainte-Mathilde – Mme KERBRAT Josiane – lettre de liaison du 26/05/2025",
    text="""
## CLINIQUE SAINTE-MATHILDE – UNITÉ DE SOINS PALLIATIFS
Dr Bénédicte ROLLAND – Dr François NAVARRO
Rue du Couvent – 29380 Kervennec
Tél. USP : 02 61 91 83 40

# Lettre de liaison à la sortie
Kervennec, le 26/05/2025

Destinataires : Dr Yannick LE ROUX, médecin coordonnateur, EHPAD Ker Avel ; Dr Marie-Anne QUÉMÉNEUR, médecin traitant ; copie à la RCP métastases osseuses du Centre Hospitalier de Cornouaille-Nord

Patiente : Mme KERBRAT Josiane, 84 ans
Séjour en USP du 13/05/2025 au 26/05/2025. Retour à l'EHPAD Ker Avel, où elle réside depuis 2023.

## Motif de l'hospitalisation
Douleurs mal contrôlées et altération de l'état général dans le cadre d'un mélanome métastatique en progression.

## Histoire oncologique
- Mélanome nodulaire du dos (2021), Breslow 4,2 mm, ulcéré, mutation BRAF V600E.
- 11/2023 : métastases cérébrales (2 lésions, traitées par radiothérapie stéréotaxique en 11/2023), hépatiques et osseuses (fémur droit, humérus gauche, rachis dorsal), découvertes sur le TEP-TDM de réévaluation.
- Nivolumab + ipilimumab de 12/2023 à 02/2024, arrêtés pour colite immuno-induite de grade 3.
- Dabrafénib + tramétinib (Tafinlar/Mekinist) de 03/2024 au 10/05/2025, arrêtés pour progression.
- Radiothérapie antalgique du fémur droit, 8 Gy en 1 fraction, le 20/02/2025.
- Acide zolédronique (Zometa) 4 mg toutes les 12 semaines depuis 01/2024, dernière perfusion le 15/04/2025 ; arrêté pendant le séjour (hypocalcémie, décision partagée avec la patiente et sa fille).
- RCP mélanome du 12/05/2025 : pas de nouvelle ligne, soins de support exclusifs.

## Autres antécédents
HTA ; hypercholestérolémie (Tahor arrêté pendant le séjour, déprescription) ; épilepsie secondaire (crise en 11/2023) sous Keppra. TVP poplitée droite en mars 2025 : tinzaparine (Innohep), à poursuivre. Pas d'antiagrégant plaquettaire.

## Au cours du séjour
- Rotation des opioïdes : arrêt de l'Oxycontin (nausées, hallucinations), relais par fentanyl transdermique (Durogesic 25 µg/h) le 15/05, et Abstral 100 µg en cas d'accès douloureux.
- Douleur résiduelle du bras gauche (lésion humérale) à la mobilisation et lors des transferts, EN 4/10 ; plus de douleur au repos ; pas de composante neuropathique (DN4 1/10).
- Anxiété et humeur triste : duloxétine (Cymbalta) 30 mg introduite le 16/05.
- Solupred 20 mg/j (asthénie, anorexie) depuis le 14/05.
- Constipation : Transipeg 2 sachets/j.

## Prescriptions de sortie
|= Médicament | Posologie | Remarques
| DUROGESIC 25 µg/h | 1 patch tous les 3 jours | prochain changement le 27/05
| ABSTRAL 100 µg, cp sublingual | si accès douloureux | max 4/j, 15 min avant les transferts si besoin
| INNOHEP 14 000 UI | 1 injection SC le soir | au moins 6 mois (TVP de 03/2025)
| SOLUPRED 20 mg | 1 le matin |
| CYMBALTA 30 mg | 1 le matin |
| KEPPRA 500 mg | 1 matin et soir |
| IMOVANE 7,5 mg | 1 au coucher |
| TRANSIPEG 5,9 g | 2 sachets/j |
| MOPRAL 20 mg | 1 le matin |

Arrêtés pendant le séjour : Oxycontin, Zometa, Tahor, Lasilix (déshydratation).

## Évaluation à la sortie
OMS 3 ; transferts avec l'aide d'une personne, marche de quelques pas. Alimentation en petit volumes. Pronostic estimé de quelques semaines à quelques mois.

## Demande à la RCP métastases osseuses
La patiente souhaite conserver ses transferts : une radiothérapie antalgique de l'humérus gauche en fraction unique (8 Gy) est-elle indiquée ? Quel est le risque fracturaire ? Transport possible depuis l'EHPAD en VSL.

Directives anticipées rédigées (pas de réanimation, pas de réhospitalisation en dehors des soins de confort). Personne de confiance : sa fille, Mme Nathalie KERBRAT-LUCAS.

Dr Bénédicte ROLLAND
""",
    gold=dict(
        sex="F", age=84,
        tumor=("present", "melanoma", "other", {"BRAF": "positive"}),
        bone_dx=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 4),
        meds=("present", ["N02AB03", "B01AB10", "H02AB06", "N06AX21", "N05CF01",
                          "A06AD15", "A02BC01"]),
        prior=("present", ["radiotherapy"]),
        btt=("absent", []),
        anticoag=("present", ["B01AB10"]),
        antiplat=("absent", []),
        prognosis=("present", {"ecog": 3}),
        project=("present", "supportive"),
    ),
    noncurrent={
        "L01FF01": "nivolumab stopped 02/2024",
        "L01FX04": "ipilimumab stopped 02/2024",
        "M05BA08": "Zometa stopped during the stay",
        "N02AA05": "Oxycontin stopped (opioid rotation)",
        "C10AA05": "Tahor stopped (deprescription)",
        "C03CA01": "Lasilix stopped (dehydration)",
    },
))

# --------------------------------------------------------------------------
# b08 - thoracic oncologist consultation report, DOCX.
# Birth date on the letter's date (birthday today); no current pain (history
# pain only); RT then vertebroplasty with dates and dose; Xgeva spaced to
# 12 weeks (current); Kardégic "?" in the table, to be checked (antiplatelet
# uncertain, not a current drug); explicit "aucun" anticoagulant.
# --------------------------------------------------------------------------
LETTERS.append(dict(
    id="b08", fmt="docx", date="2025-03-03", birth="1973-03-03",
    author="Dr Camille FOURNEL", title="Consultation oncologie thoracique LE GUEN",
    text="""
## CENTRE HOSPITALIER INTERCOMMUNAL DE BRÉVANNES-SUR-LOING
Service de Pneumologie – Oncologie thoracique
Dr Camille FOURNEL – Tél. 01 99 00 27 35

# Compte rendu de consultation du 03/03/2025
M. LE GUEN Thomas, né le 03/03/1973
Adressé à la RCP métastases osseuses ; copie au Dr BOUCHARD, médecin traitant

## Diagnostic
Adénocarcinome pulmonaire du lobe supérieur droit, stade IV (os), ALK réarrangé.

## Historique
- 07/2023 : dorsalgies basses d'horaire inflammatoire depuis 2 mois, motivant une IRM du rachis : lésion lytique de T12 sans tassement et lésion de L2. Le scanner TAP retrouve une masse du LSD de 32 mm et des adénopathies médiastinales.
- Ponction transbronchique écho-guidée : adénocarcinome TTF1 +, réarrangement ALK (immunohistochimie D5F3 positive, confirmé en FISH), EGFR non muté, ROS1 négatif, PD-L1 10 %.
- 08/2023 : alectinib (Alecensa) 600 mg x 2/j, réponse complète sur le primitif, lésions osseuses condensées.
- 09/2023 : radiothérapie T11-L3, 20 Gy en 5 fractions, puis vertébroplastie de T12 et de L2 le 05/10/2023 (douleurs résiduelles, risque de tassement).
- Dénosumab (Xgeva) 120 mg toutes les 4 semaines depuis 09/2023, espacé toutes les 12 semaines depuis 01/2025.

## Antécédents
Hypercholestérolémie. Palpitations en 2024 avec bilan cardiologique normal. Pas d'allergie. Tabagisme 10 PA, sevré en 2023. Père décédé d'un cancer du poumon.

## Motif de la consultation
TEP-TDM de suivi du 20/02/2025 : apparition d'un foyer hypermétabolique de l'arc postérieur de la 6e côte droite (SUVmax 7,2) sans lyse corticale ; le reste de la maladie reste en réponse. Patient asymptomatique.

## Examen
PS 0. Poids stable à 78 kg. Pas de douleur osseuse actuellement (EVA 0), ne prend aucun antalgique. Examen clinique normal.

## Traitement en cours
|= Spécialité | DCI | Posologie | Depuis
| ALECENSA 150 mg | alectinib | 4 gélules matin et soir | 08/2023
| XGEVA 120 mg | dénosumab | 1 inj. SC toutes les 12 semaines (dernière le 06/01/2025, prochaine le 31/03) | 09/2023
| CACIT D3 1000 mg/880 UI | calcium + vitamine D3 | 1 sachet le midi | 09/2023
| TAHOR 10 mg | atorvastatine | 1 cp le soir | 05/2024
| KARDÉGIC 75 mg ? | acide acétylsalicylique | 1 sachet/j ? | le patient ne sait plus s'il le prend encore : à vérifier auprès du cardiologue

Anticoagulant : aucun.

## Conclusion
Oligoprogression costale isolée sous alectinib, asymptomatique. Je propose la poursuite de l'alectinib et souhaite l'avis de la RCP métastases osseuses sur une radiothérapie stéréotaxique de la lésion costale (ou une simple surveillance ?). Pas de biopsie envisagée.
Prochaine consultation dans 3 mois avec TEP-TDM.

Dr Camille FOURNEL
""",
    gold=dict(
        sex="M", age=52,
        tumor=("present", "lung", "adenocarcinoma",
               {"ALK": "positive", "EGFR": "negative", "ROS1": "negative",
                "PD-L1": "positive"}),
        bone_dx=("present", ["pain"], True),
        pain=("absent", [], 0),
        meds=("present", ["L01ED03", "M05BX04", "A12AX", "C10AA05"]),
        prior=("present", ["radiotherapy", "cementoplasty"]),
        btt=("present", ["M05BX04"]),
        anticoag=("absent", []),
        antiplat=("uncertain", ["B01AC06"]),
        prognosis=("present", {"ecog": 0}),
        project=("present", None),
    ),
    noncurrent={
        "B01AC06": "Kardégic named with doubt ('?', à vérifier)",
    },
))

# --------------------------------------------------------------------------
# b09 - rheumatology day-hospital report, plain text cp1252 with CRLF.
# Lenvima suspended for toxicity (not current, resumption decided);
# Xgeva suspended pending dental extractions (bone therapy absent);
# Kardégic once suspended for the 2023 cementoplasty and resumed (current);
# Ixprim is tramadol in the table; mixed mechanical + morning stiffness;
# follicular thyroid carcinoma (histology "other"); nothing on anticoagulant.
# --------------------------------------------------------------------------
LETTERS.append(dict(
    id="b09", fmt="txt", date="2025-06-16", age_written=72,
    encoding="cp1252", newline="\r\n",
    text="""
CENTRE HOSPITALIER GENERAL D'ARGENVAL
Service de Rhumatologie - Hôpital de jour
Dr Antoine GRIMAUD
Tél : 03 53 01 66 12

Argenval, le 16/06/2025

COMPTE RENDU D'HOSPITALISATION DE JOUR DU 16/06/2025

Patient : M. DELACROIX-MAUREL Henri, 72 ans
Médecin traitant : Dr S. BENHAMOU
Oncologue : Dr MENARD (Institut de cancérologie d'Argenval)

Motif : évaluation d'une douleur de hanche droite chez un patient suivi pour des métastases osseuses d'un cancer thyroïdien ; préparation du dossier pour la RCP métastases osseuses.

ATCD :
- Carcinome vésiculaire de la thyroïde, largement invasif : thyroïdectomie totale en 02/2019, iode 131 (100 mCi) en 2019.
- Métastases osseuses (sacrum, cotyle droit, 2 côtes) découvertes en 2021 sur la scintigraphie post-thérapeutique faite après une 2ème cure d'iode 131 (thyroglobuline ascendante). Réfractaires à l'iode depuis 2023.
- Radiothérapie externe du sacrum 30 Gy en 10 fractions en 03/2022.
- Cimentoplastie du cotyle droit le 14/11/2023 (Dr OLLIVIER, radiologie interventionnelle), après embolisation ; le Kardégic avait été suspendu 5 jours avant le geste puis repris.
- Lenvima (lenvatinib) depuis 04/2024 : 24 mg puis 18 mg depuis 10/2024 ; SUSPENDU depuis le 02/06/2025 pour une HTA de grade 3 (180/105) et une protéinurie à 3,2 g/24h.
- Xgeva 120 mg toutes les 4 semaines depuis 2022 ; suspendu depuis le 10/03/2025 dans l'attente d'extractions dentaires (pas d'ostéonécrose) ; reprise à rediscuter avec le stomatologue après cicatrisation.
- AOMI (stent fémoral 2020), HTA, dyslipidémie, ancien tabagique.
- Pas d'antécédent familial notable.

Traitement actuel :
Lévothyrox 175 µg le matin
Amlodipine 10 mg le matin
Ramipril 5 mg le soir (introduit le 03/06 par l'oncologue)
Kardégic 75 mg le midi
Tahor 20 mg le soir
Doliprane 1 g x 3/j
Ixprim 1 cp matin et soir (depuis 3 semaines)

Histoire actuelle :
Depuis 2 mois, douleur inguinale droite d'horaire mixte : mécanique à la marche (périmètre réduit à 200 m) et à la montée des escaliers, avec un dérouillage matinal d'une vingtaine de minutes. EVA 4/10 ce jour sous Ixprim. Pas de douleur neuropathique.
TDM du bassin du 05/06/2025 : progression lytique péri-cimentaire du toit du cotyle droit, sans fracture, sans fuite de ciment.
Biologie du jour : calcémie 2,41 mmol/l, créatinine 88 µmol/l, protéinurie 2,1 g/24h, TSH 0,05 mUI/l.
TA ce jour 152/88.

Examen : OMS 1. Marche avec boiterie. Mobilisation de la hanche droite douloureuse en fin d'amplitude. Pas de déficit.

Conclusion / projet :
- Le Dr MENARD a décidé de reprendre le lenvatinib à 14 mg/j dès que la TA sera inférieure à 140/90 (contrôle le 23/06).
- Dossier présenté à la RCP métastases osseuses : progression péri-cimentaire acétabulaire droite. Le cotyle n'a jamais été irradié. Radiothérapie du cotyle ? Reprise de cimentoplastie ? Avis chirurgical pour une arthroplastie ?
- Reprise de l'anti-résorptif à rediscuter après les soins dentaires.

Dr Antoine GRIMAUD
""",
    gold=dict(
        sex="M", age=72,
        tumor=("present", "thyroid", "other", {}),
        bone_dx=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical", "inflammatory"], 4),
        meds=("present", ["H03AA01", "C09AA05", "B01AC06", "C10AA05", "N02BE01",
                          "N02AX02"]),
        prior=("present", ["radiotherapy", "cementoplasty"]),
        btt=("absent", []),
        anticoag=("unknown", []),
        antiplat=("present", ["B01AC06"]),
        prognosis=("present", {"ecog": 1}),
        project=("present", None),
    ),
    noncurrent={
        "L01EX08": "lenvatinib suspended since 02/06 (toxicity); resumption only decided",
        "M05BX04": "Xgeva suspended since 10/03 pending dental extractions",
    },
))

# --------------------------------------------------------------------------
# b10 - interventional radiologist, pre-procedure consultation, text PDF.
# Age from birth date the day before the birthday; posology table with 12
# lines; Lixiana to be stopped before the procedure (still current); the
# cementoplasty is planned (not prior); Acupan per os; premenopausal breast
# cancer on Kisqali + Femara + Zoladex; zoledronic acid every 12 weeks.
# --------------------------------------------------------------------------
LETTERS.append(dict(
    id="b10", fmt="pdf", date="2025-06-10", birth="1976-06-11",
    author="Dr Vincent LAFARGUE", title="Consultation pré-interventionnelle OUVRARD",
    text="""
## POLYCLINIQUE DES COTEAUX DE SARNAC
Imagerie médicale et radiologie interventionnelle
Dr Vincent LAFARGUE – Tél. 04 65 71 12 90

# Consultation pré-interventionnelle du 10/06/2025
Patiente : Mme OUVRARD Sandrine, née le 11/06/1976
Adressée par : Dr Élodie PASQUIER, oncologue médicale
Geste envisagé : cimentoplastie L1 ± L3, programmée le 18/06/2025 sous anesthésie générale

## Antécédents oncologiques
Carcinome canalaire infiltrant (NST) du sein droit, grade 2, RE 90 %, RP 0 %, HER2 score 1+ (négatif), métastatique d'emblée au bilan d'extension (TEP-TDM de 06/2023 : lésions rachidiennes L1 et L3 et du bassin, sans atteinte viscérale).
Traitement : ribociclib (Kisqali) 600 mg/j J1-J21 + létrozole (Femara) 2,5 mg/j + goséréline (Zoladex) 3,6 mg/28 j depuis 07/2023 ; acide zolédronique (Zometa) 4 mg toutes les 12 semaines, dernière perfusion le 22/05/2025.
Radiothérapie de L3, 8 Gy en 1 fraction, en 02/2024 (douleur).
Embolie pulmonaire bilatérale le 14/01/2025 : édoxaban (Lixiana) 60 mg/j depuis.

## Autres antécédents
Appendicectomie, 2 césariennes. Allergie à la pénicilline (urticaire). Pas d'antiagrégant plaquettaire. Mère : cancer de l'ovaire à 55 ans ; pas de mutation BRCA retrouvée chez la patiente.

## Histoire
Lombalgies basses et de la charnière dorso-lombaire aggravées depuis 2 mois, en barre, d'horaire mécanique (station debout au-delà de 15 min, marche) avec réveils nocturnes 2 à 3 fois par nuit ; pas d'irradiation radiculaire. EN 6/10 malgré Skenan LP 30 mg x 2.
IRM du rachis (02/06/2025) : majoration de la lésion lytique de L1 avec atteinte du mur postérieur inférieure à 20 %, sans épidurite ; L3 stable (condensée, déjà irradiée).

## Traitement actuel
|= Médicament | Posologie | Remarque
| KISQALI 200 mg | 3 cp/j de J1 à J21, 7 jours de pause | cycle en cours, J1 le 02/06
| FEMARA 2,5 mg | 1 cp/j |
| ZOLADEX 3,6 mg | 1 implant SC / 28 jours | prochain le 19/06
| ZOMETA 4 mg | perfusion IV toutes les 12 semaines | dernière le 22/05/2025
| LIXIANA 60 mg | 1 cp le soir | voir gestion péri-opératoire
| SKENAN LP 30 mg | 1 matin et soir |
| ACTISKENAN 10 mg | si douleur | max 6/j
| PARACETAMOL 1 g | 1 g x 4/j |
| ACUPAN 20 mg | 1 ampoule per os sur un sucre x 3/j |
| MOVICOL | 1 sachet/j |
| CALCIPRAT D3 | 1 cp/j |
| XANAX 0,25 mg | si anxiété |

## Examen
OMS 1. Poids 63 kg. Pas de déficit neurologique.

## Gestion péri-opératoire
- Lixiana : dernière prise le 16/06 au soir, reprise le 19/06 au soir en l'absence de complication hémorragique. Pas de relais par HBPM.
- Kisqali : pas d'interruption nécessaire.
- Bilan à faire le 17/06 : NFS, TP/TCA, créatininémie.
- Consentement éclairé remis et signé.

## Conclusion
Indication de cimentoplastie de L1 retenue sur le plan technique (SINS 10). L'intérêt d'un traitement de L3 (déjà irradiée, stable) et l'éventuelle radiothérapie complémentaire de L1 sont soumis à la RCP métastases osseuses du 12/06/2025.

Dr Vincent LAFARGUE
""",
    gold=dict(
        sex="F", age=48,
        tumor=("present", "breast", "invasive_ductal_carcinoma",
               {"ER": "positive", "PR": "negative", "HER2": "negative"}),
        bone_dx=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical", "nocturnal"], 6),
        meds=("present", ["L01EF02", "L02BG04", "L02AE03", "M05BA08", "B01AF03",
                          "N02AA01", "N02BE01", "N02BG06", "A06AD65", "A12AX",
                          "N05BA12"]),
        prior=("present", ["radiotherapy"]),
        btt=("present", ["M05BA08"]),
        anticoag=("present", ["B01AF03"]),
        antiplat=("absent", []),
        prognosis=("present", {"ecog": 1}),
        project=("present", None),
    ),
    noncurrent={},
))

# --------------------------------------------------------------------------
# b11 - geriatric short-stay discharge summary, DOCX.
# Entry list of 10 drugs, discharge table of 9, explicit "arrêtés" list:
# Coumadine replaced by Eliquis, Kardégic / Tahor / Topalgic stopped;
# bisphosphonate and denosumab explicitly not given; incidental discovery of
# the bone disease with no date; urothelial carcinoma (histology "other");
# pembrolizumab only proposed and refused; best supportive care.
# --------------------------------------------------------------------------
LETTERS.append(dict(
    id="b11", fmt="docx", date="2025-02-28", birth="1939-02-02", age_written=86,
    author="Dr Agnès ROUVIÈRE", title="CRH Court séjour gériatrique TRÉGUIER",
    text="""
## CENTRE HOSPITALIER DE VALLIÈRES-SUR-OUDON
Court séjour gériatrique – Dr Agnès ROUVIÈRE, gériatre
Tél. 02 61 91 57 30

Vallières-sur-Oudon, le 28/02/2025

# Compte rendu d'hospitalisation
Mme TRÉGUIER Lucienne, née le 02/02/1939, 86 ans
Hospitalisée du 17/02/2025 au 28/02/2025. Retour à domicile avec passage infirmier matin et soir et SSIAD.
Destinataires : Dr Jacques LEBRETON (médecin traitant) ; secrétariat de la RCP métastases osseuses

## Motif
Chute à domicile avec station au sol prolongée et syndrome confusionnel.

## Antécédents
- Carcinome urothélial de vessie infiltrant le muscle (résection transurétrale en 06/2023, pT2 de haut grade). La patiente a refusé la cystectomie et la radio-chimiothérapie. RCP d'uro-oncologie (03/2024) : pas de traitement spécifique, soins de support exclusifs ; un traitement par pembrolizumab avait été proposé et refusé par la patiente.
- Métastases osseuses (humérus droit, bassin, rachis lombaire) découvertes sur un scanner abdominal réalisé aux urgences pour des douleurs abdominales (suspicion de colique néphrétique) ; nous n'avons pas retrouvé la date de cet examen (fait dans un autre établissement, compte rendu non disponible).
- Fibrillation atriale sous AVK (Coumadine) depuis 2017.
- Hypothyroïdie. Insuffisance cardiaque. HTA. Insuffisance rénale chronique (clairance 28 ml/min selon Cockcroft).
- Pas de radiothérapie, pas de chirurgie osseuse.

## Traitement à l'entrée
Coumadine 2 mg 1 cp le soir ; Kardégic 75 mg ; Tahor 10 mg ; Topalgic 50 mg x 3/j ; Doliprane 1 g x 3/j ; Atarax 25 mg le soir ; Lasilix 20 mg ; Lévothyrox 50 µg ; zopiclone 7,5 mg ; oméprazole 20 mg.

## Au cours du séjour
- Pas de fracture après la chute (radiographies du bassin, des hanches et de l'épaule droite).
- Confusion d'origine probablement iatrogène (tramadol, hydroxyzine) favorisée par une déshydratation, résolutive après l'arrêt du Topalgic et de l'Atarax et une réhydratation.
- INR à 5,2 à l'admission (1,4 en janvier) avec hématurie macroscopique : arrêt de la Coumadine et relais par apixaban (Eliquis) 2,5 mg x 2/j le 21/02 (âge supérieur à 80 ans, créatininémie supérieure à 133 µmol/l). Arrêt du Kardégic (pas d'indication retenue en association avec l'anticoagulant).
- Déprescription : arrêt du Tahor.
- Douleur de l'épaule droite (lésion lytique de la tête humérale) à la mobilisation, EN 5/10, calmée au repos : introduction d'oxycodone LP 5 mg x 2/j et d'Oxynormoro 5 mg si besoin.
- Pas de bisphosphonate ni de dénosumab (insuffisance rénale, état bucco-dentaire très précaire).
- Calcémie corrigée 2,38 mmol/l.

## Traitement de sortie
|= Médicament | Matin | Midi | Soir | Coucher
| ELIQUIS 2,5 mg | 1 | 0 | 1 | 0
| DOLIPRANE 1 g | 1 | 1 | 1 | 0
| OXYCONTIN LP 5 mg | 1 | 0 | 1 | 0
| OXYNORMORO 5 mg | si douleur, max 4/j | | |
| LASILIX 20 mg | 1 | 0 | 0 | 0
| LEVOTHYROX 50 µg | 1 (à jeun) | 0 | 0 | 0
| ZOPICLONE 3,75 mg | 0 | 0 | 0 | 1
| OMEPRAZOLE 20 mg | 1 | 0 | 0 | 0
| FORLAX 10 g | 1 | 0 | 0 | 0

Traitements arrêtés : Coumadine, Kardégic, Tahor, Topalgic, Atarax.

## Autonomie
Marche avec déambulateur, aide pour la toilette ; OMS 3. MMS 24/30 à distance de la confusion. Vit seule, sa fille habite à proximité.

## Projet
Soins de support exclusifs, conformément à la décision de la RCP de 2024 et au souhait de la patiente.

## Question posée à la RCP métastases osseuses
Indication d'une radiothérapie antalgique de l'épaule droite en séance unique ? Risque fracturaire de la tête humérale ?

Dr Agnès ROUVIÈRE
""",
    gold=dict(
        sex="F", age=86,
        tumor=("present", "bladder", "other", {}),
        bone_dx=("present", ["incidental_imaging"], False),
        pain=("present", ["mechanical"], 5),
        meds=("present", ["B01AF02", "N02BE01", "N02AA05", "C03CA01", "H03AA01",
                          "N05CF01", "A02BC01", "A06AD15"]),
        prior=("absent", []),
        btt=("absent", []),
        anticoag=("present", ["B01AF02"]),
        antiplat=("absent", []),
        prognosis=("present", {"ecog": 3}),
        project=("present", "supportive"),
    ),
    noncurrent={
        "B01AA03": "Coumadine stopped on 21/02, replaced by Eliquis",
        "B01AC06": "Kardégic stopped during the stay",
        "C10AA05": "Tahor stopped (deprescription)",
        "N02AX02": "Topalgic stopped (confusion)",
        "L01FF02": "pembrolizumab proposed and refused",
        "M05BX04": "denosumab explicitly not given",
    },
))

# --------------------------------------------------------------------------
# b12 - internal-medicine discharge summary + urologist's RCP form, text PDF,
# 2 pages. Relay heparin -> Lovenox -> Eliquis (current), but the form says
# "Anticoagulant : Non" (conflicting, Eliquis kept); Plavix kept, aspirin
# stopped; zoledronic acid only "aurait reçu ... à vérifier" (uncertain);
# hip arthroplasty for a pathological fracture (surgery); no bone pain.
# --------------------------------------------------------------------------
LETTERS.append(dict(
    id="b12", fmt="pdf", date="2025-05-19", age_written=74,
    author="Dr Raphaël DUMONTET", title="CRH et fiche RCP CASTAING", font_size=8.8,
    footer="Clinique du Parc-Saint-Aubin – M. CASTAING Bernard",
    text="""
## CLINIQUE DU PARC-SAINT-AUBIN
Service de Médecine Polyvalente – Dr Raphaël DUMONTET
Allée des Marronniers – 33990 Saint-Aubin-de-Lande
Tél. 05 36 49 88 21

Saint-Aubin-de-Lande, le 19/05/2025

# Compte rendu d'hospitalisation
M. CASTAING Bernard, 74 ans
Séjour du 09/05/2025 au 16/05/2025
Destinataires : Dr Pierre-Yves CASTEL, urologue ; Dr Hélène ROBIN, médecin traitant

## Motif
Dyspnée aiguë : embolie pulmonaire bilatérale.

## Antécédents
- Adénocarcinome prostatique Gleason 8 (4+4), ISUP 4, diagnostiqué en janvier 2020, métastatique osseux d'emblée (scintigraphie du bilan initial en 02/2020 : rachis, bassin, côtes). Décapeptyl et docétaxel 6 cycles en 2020. Résistance à la castration en 2023 : abiratérone (Zytiga) 1000 mg/j + prednisone 10 mg/j depuis 06/2023. PSA 12 ng/ml en 01/2025, 38 ng/ml le 10/05/2025.
- Fracture pathologique du col fémoral droit en 08/2023 : prothèse totale de hanche droite (Dr MORIN).
- Aurait reçu de l'acide zolédronique en hôpital de jour d'oncologie (nombre de perfusions et date de la dernière inconnus, à vérifier auprès du Dr CASTEL).
- Cardiopathie ischémique : stent de la coronaire droite en 03/2022 ; Kardégic + Plavix, puis Plavix seul depuis 03/2023.
- HTA, dislipidémie, RGO.

## Histoire
Dyspnée d'effort d'aggravation rapide depuis 4 jours. Angioscanner thoracique (09/05) : embolie pulmonaire bilatérale proximale, sans dilatation du ventricule droit. Écho-doppler : TVP fémoro-poplitée gauche.

## Évolution
- Héparine non fractionnée IV du 09/05 au 11/05 (insuffisance rénale aiguë fonctionnelle à l'admission, créatinine 168 puis 102 µmol/l), relais par énoxaparine (Lovenox) 7000 UI x 2/j SC du 11/05 au 13/05, puis par apixaban (Eliquis) à partir du 14/05 : 10 mg x 2/j jusqu'au 20/05 inclus puis 5 mg x 2/j, pour une durée d'au moins 6 mois (thrombose sur cancer actif).
- Avis cardiologique (Dr KESSLER) : poursuite du Plavix en association avec l'Eliquis, sans aspirine, réévaluation à 6 mois.
- Pas de douleur osseuse ; examen neurologique normal.
- IRM du bassin (07/05/2025, prescrite par le Dr CASTEL avant l'hospitalisation) : lésion lytique du toit du cotyle gauche de 28 mm, sans fracture.

## Traitement de sortie
|= Médicament | Posologie | Commentaire
| ELIQUIS 5 mg | 2 cp matin et soir jusqu'au 20/05 inclus, puis 1 cp matin et soir | au moins 6 mois
| PLAVIX 75 mg | 1 cp/j |
| ZYTIGA 500 mg | 2 cp le matin à jeun |
| CORTANCYL 5 mg | 1 matin et soir |
| DECAPEPTYL LP 22,5 mg | 1 injection / 6 mois | dernière le 12/03/2025
| BISOPROLOL 5 mg | 1 cp le matin |
| ATORVASTATINE 40 mg | 1 cp le soir |
| PANTOPRAZOLE 40 mg | 1 cp le matin |

OMS 1 à la sortie. Retour à domicile.
Dr Raphaël DUMONTET
<<PAGE>>
# FICHE DE DEMANDE DE DISCUSSION – RCP MÉTASTASES OSSEUSES
Remplie par le Dr P.-Y. CASTEL, urologue, le 19/05/2025 – pièce jointe : CRH de médecine polyvalente du 16/05/2025

| Nom, prénom | CASTAING Bernard
| Âge / sexe | 74 ans / M
| Tumeur primitive | Prostate – adénocarcinome, Gleason 8 (4+4)
| Marqueurs | PSA 38 ng/ml (05/2025)
| Découverte des métastases osseuses | Bilan d'extension initial (scintigraphie 02/2020)
| Douleur | Non
| Traitements locaux osseux antérieurs | PTH droite (08/2023) pour fracture pathologique
| Traitement anti-résorptif | Acide zolédronique ? (à vérifier)
| Anticoagulant | Non
| Antiagrégant plaquettaire | Plavix 75 mg
| État général | OMS 1
| Traitement oncologique en cours | Zytiga + Cortancyl + Décapeptyl
| Intention du traitement | Palliative
| Question posée | Lésion lytique du cotyle gauche (28 mm), asymptomatique : radiothérapie préventive ? cimentoplastie ? avis orthopédique ? (passage au 177Lu-PSMA ou au cabazitaxel discuté en parallèle en RCP d'uro-oncologie)
""",
    gold=dict(
        sex="M", age=74,
        tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        bone_dx=("present", ["staging_imaging"], True),
        pain=("absent", [], None),
        meds=("present", ["B01AF02", "B01AC04", "L02BX03", "H02AB07", "L02AE04",
                          "C07AB07", "C10AA05", "A02BC02"]),
        prior=("present", ["surgery"]),
        btt=("uncertain", ["M05BA08"]),
        anticoag=("conflicting", ["B01AF02"]),
        antiplat=("present", ["B01AC04"]),
        prognosis=("present", {"ecog": 1}),
        project=("present", "palliative"),
    ),
    noncurrent={
        "B01AB01": "unfractionated heparin 09/05-11/05 only",
        "B01AB05": "Lovenox 11/05-13/05 only (relay)",
        "B01AC06": "Kardégic stopped 03/2023; 'sans aspirine'",
        "L01CD02": "docetaxel 6 cycles in 2020",
        "M05BA08": "zoledronic acid named only with doubt",
    },
))


if __name__ == "__main__":
    sys.exit(main())
