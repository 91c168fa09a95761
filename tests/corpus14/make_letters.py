#!/usr/bin/env python3
"""Build the corpus14 evaluation set: 12 blind French referral letters + gold.

Run from the repository root:

    /work/main/.venv/bin/python tests/corpus14/make_letters.py

Every letter's text and gold record lives in this file (LETTERS, at the
end).  The gold `gaps` are never written by hand: they are derived by
derive_gaps(), which implements the Gaps rule of
shared/spec/rcp-request.md.  Before anything is written, check_contract()
checks each gold record against the contract and against the letter's own
text; any failure stops the run with "CONTRACT VIOLATION: ...".

Output (byte-identical on every run):
    tests/corpus14/letters/zNN.{pdf,docx,txt}
    tests/corpus14/gold/zNN.json

Written blind: the author read only the shared contract files
(spec, ATC table, dev README, three dev gold files, score.py), never the
converter, its schemas, its tests or the dev letters.
"""
from __future__ import annotations

import io
import json
import re
import sys
import unicodedata
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ATC_TSV_CANDIDATES = [
    Path("/work/shared/spec/atc-reference.tsv"),
    REPO.parent / "shared" / "spec" / "atc-reference.tsv",
]
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# Contract constants (shared/spec/rcp-request.md, version 1)
# ---------------------------------------------------------------------------
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
GAP_ITEMS = [
    "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
    "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
    "prognosis", "therapeuticProject",
]
ITEM_ORDER = [
    "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
    "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
    "antiplatelets", "prognosis", "therapeuticProject",
]
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal",
         "bladder", "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
               "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
               "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine",
               "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
              "PD-L1", "ER", "PR", "PSA"}
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
# words that state the intent (reading conventions: intent only when said)
INTENT_WORDS = {
    "palliative": r"palliati",
    "curative": r"curati",
    "supportive": r"soins de support exclusifs",
}


class ContractViolation(Exception):
    pass


def fail(msg: str):
    raise ContractViolation(msg)


# ---------------------------------------------------------------------------
# Gap rule (the only place gaps come from)
# ---------------------------------------------------------------------------
def derive_gaps(g: dict) -> list[list[str]]:
    """Spec "Gaps": one gap per non-antiplatelet item that is unknown
    (missing), uncertain (uncertain) or conflicting (conflicting); one
    `incomplete` gap where an item is present but lacks what the board
    needs."""
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in GAP_ITEMS:
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


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def norm(s: str) -> str:
    s = (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
         .replace("\u202f", " ").replace("œ", "oe").replace("Œ", "OE")
         .replace("\u00ad", ""))
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s).strip()


def age_at(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def load_atc() -> dict[str, list[str]]:
    for p in ATC_TSV_CANDIDATES:
        if p.exists():
            table = {}
            for line in p.read_text(encoding="utf-8").splitlines()[1:]:
                if not line.strip():
                    continue
                cols = line.split("\t")
                code, dci, inn = cols[0].strip(), cols[1].strip(), cols[2].strip()
                brands = [b.strip() for b in (cols[4] if len(cols) > 4 else "").split(",") if b.strip()]
                table[code] = [dci, inn] + brands
            return table
    fail("atc-reference.tsv not found")


def drug_mentions(text: str, atc: dict[str, list[str]]) -> dict[str, list[str]]:
    """Codes of the ATC table named in the text (brand, French DCI or INN),
    longest match wins (Dafalgan codéiné is not also Dafalgan)."""
    t = norm(text)
    hits = []  # (start, end, code, name)
    for code, names in atc.items():
        for name in names:
            n = norm(name)
            if len(n) < 4:
                continue
            for m in re.finditer(r"(?<![a-z0-9])" + re.escape(n) + r"(?![a-z0-9])", t):
                hits.append((m.start(), m.end(), code, name))
    kept = []
    for h in hits:
        if any(o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0]) for o in hits):
            continue
        kept.append(h)
    out: dict[str, list[str]] = {}
    for s, e, code, name in kept:
        out.setdefault(code, []).append(name)
    return out


# ---------------------------------------------------------------------------
# Letter markup
#   @ line      letterhead line          > line   right-hand block line
#   # title     document title           ## head  section heading
#   - item      bullet                   | a | b  table row (first = header)
#   ! line      single line (signature, identity)   %cols  start 2 columns
#   blank line  ends a paragraph; other lines join into one paragraph
# ---------------------------------------------------------------------------
def parse(markup: str) -> list[tuple]:
    blocks: list[tuple] = []
    para: list[str] = []

    def flush():
        if para:
            blocks.append(("p", " ".join(x.strip() for x in para)))
            para.clear()

    for raw in markup.strip("\n").splitlines():
        line = raw.rstrip()
        s = line.strip()
        if not s:
            flush()
            continue
        for mark, kind in (("## ", "h"), ("# ", "title"), ("@ ", "head"), ("> ", "right"),
                           ("- ", "li"), ("! ", "line")):
            if s.startswith(mark):
                flush()
                blocks.append((kind, s[len(mark):].strip()))
                break
        else:
            if s.startswith("|"):
                flush()
                cells = [c.strip() for c in s.strip("|").split("|")]
                if blocks and blocks[-1][0] == "table":
                    blocks[-1][1].append(cells)
                else:
                    blocks.append(("table", [cells]))
            elif s == "%cols":
                flush()
                blocks.append(("cols", None))
            else:
                para.append(s)
    flush()
    return blocks


def blocks_text(blocks) -> str:
    out = []
    for kind, val in blocks:
        if kind == "table":
            out.extend(" | ".join(r) for r in val)
        elif kind != "cols":
            out.append(val)
    return "\n".join(out)


def curly(s: str) -> str:
    return s.replace("'", "\u2019")


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------
def render_txt(letter) -> bytes:
    import textwrap
    width = letter.get("wrap")
    lines: list[str] = []
    prev = None
    for kind, val in letter["blocks"]:
        if kind == "cols":
            continue
        grouped = kind in ("head", "right", "li", "line") and prev == kind
        if lines and not grouped:
            lines.append("")
        if kind == "table":
            for r in val:
                lines.append(" : ".join(r))
        elif kind == "li":
            if width:
                lines.extend(textwrap.wrap(val, width, initial_indent="- ", subsequent_indent="  ",
                                           break_long_words=False, break_on_hyphens=False))
            else:
                lines.append("- " + val)
        elif kind == "p" and width:
            lines.extend(textwrap.wrap(val, width, break_long_words=False, break_on_hyphens=False))
        else:
            lines.append(val)
        prev = kind
    text = "\n".join(lines) + "\n"
    if letter.get("crlf"):
        text = text.replace("\n", "\r\n")
    return text.encode(letter.get("encoding", "utf-8"))


def render_pdf(letter) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    opts = letter.get("pdf", {})
    align = opts.get("align", "J")
    size = opts.get("size", 10)
    run_head = opts.get("running_header", "")
    foot = opts.get("footer", "")

    class Letter(FPDF):
        def header(self):
            if self.page_no() > 1 and run_head:
                self.set_font("DejaVu", "I", 8)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, run_head, align="R", new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.ln(3)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(90, 90, 90)
            if foot:
                self.cell(0, 4, foot, align="C", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Letter(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_creation_date(letter["pdf_date"])
    pdf.set_producer("Editeur de courriers DMP-Onco 4.2")
    pdf.set_creator("Editeur de courriers DMP-Onco 4.2")
    pdf.set_title(opts.get("title", "Courrier"))
    pdf.set_author(opts.get("author", ""))
    pdf.add_page()
    lh = size * 0.5

    blocks = letter["blocks"]
    col_idx = next((i for i, b in enumerate(blocks) if b[0] == "cols"), None)
    before = blocks if col_idx is None else blocks[:col_idx]
    after = [] if col_idx is None else blocks[col_idx + 1:]

    first_head = True
    prev = None
    for kind, val in before:
        if kind == "head":
            pdf.set_font("DejaVu", "B" if first_head else "", 11 if first_head else 8.5)
            pdf.multi_cell(0, 4.6, val, new_x="LMARGIN", new_y="NEXT")
            first_head = False
        elif kind == "right":
            if prev != "right":
                pdf.ln(4)
            pdf.set_font("DejaVu", "", 9.5)
            pdf.set_x(105)
            pdf.multi_cell(85, 4.8, val, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "title":
            pdf.ln(5)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 6, val, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(2.5)
            pdf.set_font("DejaVu", "B", size + 0.5)
            pdf.multi_cell(0, lh + 1, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "p":
            pdf.set_font("DejaVu", "", size)
            pdf.multi_cell(0, lh, val, align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "line":
            pdf.set_font("DejaVu", "", size)
            pdf.multi_cell(0, lh, val, align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "li":
            pdf.set_font("DejaVu", "", size)
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(4, lh, "\u2013")
            pdf.multi_cell(pdf.w - pdf.r_margin - pdf.get_x(), lh, val, align=align,
                           new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.ln(1)
            pdf.set_font("DejaVu", "", size - 1)
            ncol = len(val[0])
            widths = opts.get("col_widths", {}).get(ncol) or tuple([1] * ncol)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=lh,
                           first_row_as_headings=True,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230))) as t:
                for r in val:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
        prev = kind

    if after:
        pdf.ln(2)
        with pdf.text_columns(ncols=2, gutter=8, text_align="L", line_height=1.3) as cols:
            for kind, val in after:
                if kind == "h":
                    pdf.set_font("DejaVu", "B", size)
                    cols.write("\n" + val + "\n")
                elif kind in ("p",):
                    pdf.set_font("DejaVu", "", size)
                    cols.write(val + "\n\n")
                elif kind in ("li",):
                    pdf.set_font("DejaVu", "", size)
                    cols.write("\u2013 " + val + "\n")
                elif kind == "line":
                    pdf.set_font("DejaVu", "", size)
                    cols.write("\n" + val + "\n")
                else:
                    fail(f"{letter['id']}: block {kind} not supported in columns")
    return bytes(pdf.output())


def render_docx(letter) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    opts = letter.get("docx", {})
    fix = curly if opts.get("curly", True) else (lambda s: s)
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = opts.get("font", "Calibri")
    st.font.size = Pt(opts.get("size", 10.5))
    cp = d.core_properties
    cp.author = opts.get("author", "")
    cp.last_modified_by = opts.get("author", "")
    cp.title = opts.get("title", "")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = letter["doc_date"]
    cp.modified = letter["doc_date"]
    cp.last_printed = letter["doc_date"]

    header_mode = opts.get("letterhead_in_header", False)
    heading_style = opts.get("heading_style")  # e.g. "Heading 2" or None (bold run)
    first_head = True
    for kind, val in letter["blocks"]:
        if kind == "cols":
            continue
        if kind == "head":
            if header_mode:
                hdr = d.sections[0].header
                p = hdr.paragraphs[0] if first_head else hdr.add_paragraph()
            else:
                p = d.add_paragraph()
            r = p.add_run(fix(val))
            r.bold = first_head
            r.font.size = Pt(11 if first_head else 8.5)
            p.paragraph_format.space_after = Pt(0)
            first_head = False
        elif kind == "right":
            p = d.add_paragraph(fix(val))
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.space_after = Pt(0)
        elif kind == "title":
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            r = p.add_run(fix(val))
            r.bold = True
            r.font.size = Pt(13)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            if heading_style:
                d.add_paragraph(fix(val), style=heading_style)
            else:
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(8)
                r = p.add_run(fix(val))
                r.bold = True
                r.underline = opts.get("underline_headings", False)
        elif kind == "p":
            p = d.add_paragraph(fix(val))
            if opts.get("justify"):
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "line":
            p = d.add_paragraph(fix(val))
            p.paragraph_format.space_after = Pt(0)
        elif kind == "li":
            d.add_paragraph(fix(val), style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(fix(c))
                    run.bold = i == 0
            d.add_paragraph()
    if opts.get("footer"):
        d.sections[0].footer.paragraphs[0].text = fix(opts["footer"])
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def fixed_zip(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render(letter) -> bytes:
    return {"pdf": render_pdf, "docx": render_docx, "txt": render_txt}[letter["fmt"]](letter)


def extract_text(letter, data: bytes) -> str:
    """Read the written file back (not the converter: plain library readers),
    to make sure the evidence survives the format."""
    if letter["fmt"] == "txt":
        return data.decode(letter.get("encoding", "utf-8"))
    if letter["fmt"] == "pdf":
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        text = "\n".join(p.extract_text() or "" for p in r.pages)
        # page furniture (running header, footer, page numbers) may cut a
        # sentence at a page break; drop it before looking for the evidence
        opts = letter.get("pdf", {})
        furniture = {opts.get("running_header", ""), opts.get("footer", "")} - {""}
        kept = [ln for ln in text.splitlines()
                if ln.strip() not in furniture and not re.fullmatch(r"Page \d+/\d+", ln.strip())]
        return "\n".join(kept)
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.sections[0].header.paragraphs]
    parts += [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Contract check
# ---------------------------------------------------------------------------
GOLD_KEYS = ["id", "patient"] + ITEM_ORDER + ["gaps"]


def check_contract(letter, gold: dict, text: str, atc: dict[str, list[str]]):
    lid = letter["id"]

    def need(cond, msg):
        if not cond:
            fail(f"{lid}: {msg}")

    need(list(gold.keys()) == GOLD_KEYS, f"keys {list(gold.keys())}")
    need(gold["id"] == lid, "id")
    # patient
    pat = gold["patient"]
    need(set(pat) == {"sex", "age"}, "patient keys")
    need(pat["sex"] in ("F", "M"), "sex")
    need(isinstance(pat["age"], int) and 18 <= pat["age"] <= 110, "age")
    if letter.get("birth_date"):
        computed = age_at(letter["birth_date"], letter["letter_date"])
        need(computed == pat["age"], f"age {pat['age']} != {computed} from birth date")
        bd = letter["birth_date"].strftime("%d/%m/%Y")
        need(bd in text, f"birth date {bd} not in the letter")
    if letter.get("age_written") is not None:
        need(letter["age_written"] == pat["age"], "written age differs from gold")
        need(re.search(rf"\b{pat['age']} ans\b", text) is not None, "written age not in text")
    else:
        need(re.search(rf"\b{pat['age']} ans\b", text) is None,
             "letter meant to give only a birth date states the age")
        need(letter.get("birth_date") is not None, "no age and no birth date")
    # statuses
    for item in ITEM_ORDER:
        st = gold[item]["status"]
        need(st in ALLOWED_STATUS[item], f"{item}.status {st} not allowed")
    # primary tumour
    pt = gold["primaryTumor"]
    need(set(pt) == {"status", "site", "histology", "biomarkers"}, "primaryTumor keys")
    need(pt["site"] is None or pt["site"] in SITES, "site code")
    need(pt["histology"] is None or pt["histology"] in HISTOLOGIES, "histology code")
    for k, v in pt["biomarkers"].items():
        need(k in BIOMARKERS and v in BIOMARKER_RESULTS, f"biomarker {k}={v}")
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], "unknown tumour with data")
    else:
        need(pt["site"] is not None, "tumour without site")
    # bone diagnosis
    bd_ = gold["boneDiagnosis"]
    need(set(bd_) == {"status", "circumstances", "dated"}, "boneDiagnosis keys")
    need(all(c in CIRCUMSTANCES for c in bd_["circumstances"]), "circumstance code")
    need(bd_["circumstances"] == sorted(set(bd_["circumstances"])), "circumstances sorted/unique")
    need(isinstance(bd_["dated"], bool), "dated bool")
    if bd_["status"] == "present":
        need(len(bd_["circumstances"]) >= 1, "present bone diagnosis without circumstance")
    else:
        need(not bd_["circumstances"] and bd_["dated"] is False, "unknown bone diagnosis with data")
    # pain
    pn = gold["pain"]
    need(set(pn) == {"status", "types", "intensity"}, "pain keys")
    need(all(t in PAIN_TYPES for t in pn["types"]), "pain type code")
    need(pn["types"] == sorted(set(pn["types"])), "pain types sorted/unique")
    need(pn["intensity"] is None or (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10),
         "intensity range")
    if pn["status"] in ("absent", "unknown"):
        need(not pn["types"], "pain types on absent/unknown pain")
        need(pn["intensity"] in (None, 0), "non-zero intensity on absent/unknown pain")
    if pn["status"] == "present":
        need(pn["intensity"] != 0, "present pain at 0/10")
    if pn["intensity"] is not None:
        need(re.search(rf"(?<![0-9,]){pn['intensity']} ?/ ?10", text), "intensity not written as N/10")
    # medications
    cm = gold["currentMedications"]
    need(set(cm) == {"status", "atc"}, "currentMedications keys")
    need(cm["atc"] == sorted(set(cm["atc"])), "medication codes sorted/unique")
    for c in cm["atc"]:
        need(c in atc, f"medication code {c} not in atc-reference.tsv")
    if cm["status"] != "present":
        need(not cm["atc"], "codes on absent/unknown medications")
    else:
        need(cm["atc"], "present medications without any table code (fine in principle, "
                        "but every letter here lists one)")
    # local treatments
    lt = gold["priorLocalTreatments"]
    need(set(lt) == {"status", "types"}, "priorLocalTreatments keys")
    need(all(t in LOCAL_TYPES for t in lt["types"]), "local treatment type")
    need(lt["types"] == sorted(set(lt["types"])), "local types sorted/unique")
    if lt["status"] in ("absent", "unknown"):
        need(not lt["types"], "types on absent/unknown local treatments")
    if lt["status"] == "present":
        need(lt["types"], "present local treatments without type")
    # agent sections
    for name, prefixes in AGENT_PREFIXES.items():
        sec = gold[name]
        need(set(sec) == {"status", "atc"}, f"{name} keys")
        need(sec["atc"] == sorted(set(sec["atc"])), f"{name} codes sorted/unique")
        for c in sec["atc"]:
            need(c in atc, f"{name} code {c} not in atc-reference.tsv")
            need(c.startswith(prefixes), f"{name} code {c} outside {prefixes}")
        if sec["status"] in ("absent", "unknown"):
            need(not sec["atc"], f"{name}: codes on absent/unknown")
        if sec["status"] in ("present", "conflicting"):
            # the agent is affirmed as taken now (conflicting: affirmed in one place) -> current
            for c in sec["atc"]:
                need(c in cm["atc"], f"{name} agent {c} missing from currentMedications")
        if sec["status"] == "uncertain":
            for c in sec["atc"]:
                need(c not in cm["atc"], f"{name} agent {c} named with doubt is in currentMedications")
    # every current medication of an agent group is in its section
    for c in cm["atc"]:
        for name, prefixes in AGENT_PREFIXES.items():
            if c.startswith(prefixes):
                need(gold[name]["status"] in ("present", "conflicting") and c in gold[name]["atc"],
                     f"current {c} not reflected in {name}")
    # prognosis
    pg = gold["prognosis"]
    need(pg["status"] in ("present", "unknown"), "prognosis status")
    need(set(pg) in ({"status", "ecog"}, {"status", "kps"}), f"prognosis keys {set(pg)}")
    if "ecog" in pg and pg["ecog"] is not None:
        need(isinstance(pg["ecog"], int) and 0 <= pg["ecog"] <= 4, "ecog range")
    if "kps" in pg:
        need(isinstance(pg["kps"], int) and 0 <= pg["kps"] <= 100 and pg["kps"] % 10 == 0, "kps")
    if pg["status"] == "unknown":
        need(pg.get("ecog") is None and pg.get("kps") is None, "unknown prognosis with score")
    ps_words = re.search(r"\b(OMS|ECOG|PS|Karnofsky|KPS|WHO)\b", text)
    if pg.get("ecog") is None and pg.get("kps") is None:
        need(ps_words is None, f"no performance status in gold but '{ps_words and ps_words.group(0)}' in text")
    else:
        need(ps_words is not None, "performance status in gold but no PS word in text")
    if "kps" in pg:
        need(re.search(rf"Karnofsky\s*(à\s*)?{pg['kps']}\s*%", text), "Karnofsky value not in text")
        need(re.search(r"\b(OMS|ECOG|PS)\b", text) is None, "kps-only letter states an ECOG/OMS")
    # therapeutic project
    tp = gold["therapeuticProject"]
    need(set(tp) == {"status", "intent"}, "therapeuticProject keys")
    need(tp["intent"] is None or tp["intent"] in INTENTS, "intent code")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "intent on unknown project")
    for intent, pat_ in INTENT_WORDS.items():
        found = re.search(pat_, norm(text)) is not None
        if tp["intent"] == intent:
            need(found, f"intent {intent} but no '{pat_}' in the text")
        if tp["intent"] is None:
            need(not found, f"intent null but '{pat_}' in the text")
    # gaps
    need(gold["gaps"] == derive_gaps(gold), "gaps differ from derive_gaps()")
    # evidence: what the gold rests on must be in the letter text, verbatim
    nt = norm(text)
    for item, snippets in letter["evidence"].items():
        need(item in ITEM_ORDER or item == "patient", f"evidence item {item}")
        for snip in snippets:
            need(norm(snip) in nt, f"evidence for {item} not in text: {snip!r}")
    for item in ITEM_ORDER:
        if gold[item]["status"] != "unknown":
            need(letter["evidence"].get(item), f"{item} is {gold[item]['status']} without evidence")
    # drugs: every table drug named in the letter is either current or explained
    mentioned = drug_mentions(text, atc)
    not_current = letter.get("not_current", {})
    for c in cm["atc"]:
        need(c in mentioned, f"current {c} ({atc[c][0]}) not named in the letter")
    for name in AGENT_PREFIXES:
        for c in gold[name]["atc"]:
            need(c in mentioned, f"{name} agent {c} not named in the letter")
    for c, names in mentioned.items():
        need(c in cm["atc"] or c in not_current,
             f"{c} ({', '.join(sorted(set(names)))}) named but neither current nor explained")
    for c, why in not_current.items():
        need(c in mentioned, f"not_current {c} is not named in the letter")
        need(c not in cm["atc"], f"{c} both current and not current")
        need(isinstance(why, str) and why, f"not_current {c} without reason")


def make_gold(letter) -> dict:
    g = {"id": letter["id"]}
    src = letter["gold"]
    g["patient"] = src["patient"]
    for item in ITEM_ORDER:
        g[item] = src[item]
    g["gaps"] = derive_gaps(g)
    return g


def main() -> int:
    atc = load_atc()
    ids = [l["id"] for l in LETTERS]
    try:
        if ids != [f"z{i:02d}" for i in range(1, len(ids) + 1)]:
            fail(f"ids {ids}")
        fmts = [l["fmt"] for l in LETTERS]
        if (fmts.count("pdf"), fmts.count("docx"), fmts.count("txt")) != (6, 4, 2):
            fail(f"format mix {fmts}")
        outputs = {}
        for letter in LETTERS:
            ld = letter["letter_date"]
            stamp = datetime(ld.year, ld.month, ld.day, 17, 45, 0, tzinfo=timezone.utc)
            letter.setdefault("pdf_date", stamp)
            letter.setdefault("doc_date", stamp.replace(tzinfo=None))
            letter["blocks"] = parse(letter["markup"])
            text = blocks_text(letter["blocks"])
            gold = make_gold(letter)
            check_contract(letter, gold, text, atc)
            data = render(letter)
            if render(letter) != data:
                fail(f"{letter['id']}: rendering is not deterministic")
            back = norm(extract_text(letter, data))
            for item, snippets in letter["evidence"].items():
                for snip in snippets:
                    if norm(snip) not in back:
                        fail(f"{letter['id']}: evidence lost in the {letter['fmt']} file: {snip!r}")
            gjson = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
            outputs[letter["id"]] = (letter["fmt"], data, gjson)
    except ContractViolation as e:
        print(f"CONTRACT VIOLATION: {e}", file=sys.stderr)
        return 1
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for lid, (fmt, data, gjson) in outputs.items():
        (HERE / "letters" / f"{lid}.{fmt}").write_bytes(data)
        (HERE / "gold" / f"{lid}.json").write_text(gjson, encoding="utf-8")
    print(f"wrote {len(outputs)} letters and gold records to {HERE}")
    return 0


# ===========================================================================
# LETTERS: text (markup above) and gold of every letter.  `gaps` is derived.
# ===========================================================================
def S(*codes):
    return sorted(set(codes))


LETTERS = []

# ---------------------------------------------------------------------------
# z01 - PDF, medical oncologist, breast NST RH+ HER2 2+ FISH-negative
# ---------------------------------------------------------------------------
LETTERS.append(dict(
    id="z01", fmt="pdf",
    letter_date=date(2025, 3, 18), birth_date=date(1966, 9, 3), age_written=58,
    pdf=dict(title="CR consultation oncologie - BLANCHET-ROUX Corinne", author="Dr H. Varin-Duclos",
             running_header="Mme BLANCHET-ROUX Corinne - née le 03/09/1966 - Consultation du 18/03/2025",
             footer="Institut Armand-Lestrade - Centre de lutte contre le cancer du Val de Sèvre - 12, rue des Tanneurs, 49990 Saint-Véran-sur-Loire",
             col_widths={3: (70, 70, 30)}),
    markup="""
@ INSTITUT ARMAND-LESTRADE
@ Centre de lutte contre le cancer du Val de Sèvre
@ Département d'Oncologie Médicale - Chef de département : Pr Étienne Castaing-Morel
@ 12, rue des Tanneurs - 49990 Saint-Véran-sur-Loire
@ Secrétariat : 02 99 00 41 17 - Télécopie : 02 99 00 41 18

> Saint-Véran-sur-Loire, le 18 mars 2025
> Secrétariat de la RCP « Métastases osseuses »
> à l'attention du Dr Bruno Lemarquis
> Copie : Dr Agnès Poitevin-Sarre, médecin traitant, 7 place du Marché, 49992 Courtelay

# Compte rendu de consultation - Demande de présentation en RCP Métastases osseuses

! Patiente : Mme Corinne BLANCHET épouse ROUX, née le 03/09/1966 (58 ans) - IPP 2300418776
! Consultation du 18/03/2025 - Dr Hélène VARIN-DUCLOS, oncologue médicale

## Motif

Majoration de lombalgies chez une patiente suivie pour un carcinome mammaire gauche métastatique osseux
d'emblée, en cours de première ligne par inhibiteur de CDK4/6 et hormonothérapie. Progression isolée de la
lésion de L3 sur l'IRM du 05/03/2025 ; je souhaite l'avis de la RCP sur la prise en charge locale.

## Antécédents

Médicaux :

- Hypothyroïdie d'Hashimoto substituée depuis 2004.
- HTA traitée depuis 2015.
- Fracture bimalléolaire de la cheville gauche en janvier 2009 (chute à ski), traitée par ostéosynthèse, compliquée d'une thrombose veineuse profonde surale gauche traitée trois mois par Préviscan puis arrêt, sans récidive depuis.

Chirurgicaux : ostéosynthèse de cheville (2009, matériel retiré en 2010), cholécystectomie coelioscopique (2012).

Gynécologiques : G2P2, ménopause à 52 ans, traitement hormonal substitutif pris 3 ans, arrêté en 2020.

Allergie : pénicilline (urticaire).

Mode de vie : secrétaire comptable, en arrêt de travail depuis janvier. Non fumeuse, pas d'alcool. Vit en
couple, deux enfants majeurs.

Antécédents familiaux :

- Mère : cancer du sein à 62 ans, décédée à 74 ans.
- Tante maternelle : cancer de l'ovaire.
- Frère : embolie pulmonaire à 45 ans, sous anticoagulant au long cours.

Consultation d'oncogénétique en 2023 : pas de variant pathogène retrouvé sur le panel sein-ovaire.

## Histoire de la maladie

En février 2023, découverte par la patiente d'un nodule du quadrant supéro-externe gauche. La microbiopsie
(27/02/2023) retrouve un carcinome infiltrant de type non spécifique (NST), grade SBR II, récepteurs aux
œstrogènes positifs à 90 %, récepteurs à la progestérone positifs à 20 %, HER2 score 2+ sans amplification
en FISH (HER2 négatif), Ki67 à 25 %.

Le bilan d'extension par TEP-TDM au FDG (14/03/2023) montre des lésions osseuses multiples hypermétaboliques
(L3, sacrum, aile iliaque droite, 6e et 9e arcs costaux gauches), sans atteinte viscérale. Ces lésions
étaient alors totalement asymptomatiques. La biopsie de l'aile iliaque confirme l'origine mammaire (RE 90 %).

Première ligne métastatique débutée le 11/04/2023 : létrozole (Femara 2,5 mg/j) et ribociclib (Kisqali)
600 mg/j 21 jours sur 28, réduit à 400 mg/j dès le 3e cycle pour une neutropénie de grade 3. Dénosumab
(Xgeva 120 mg SC) débuté en avril 2023, mensuel la première année puis espacé toutes les 12 semaines depuis
mai 2024, avec supplémentation vitamino-calcique.

En mai 2023, apparition de lombalgies traitées par radiothérapie antalgique de L3 (8 Gy en une fraction,
Dr Rivière, service de radiothérapie de l'Institut), avec disparition complète de la douleur en quelques
semaines.

Évolution ensuite favorable avec réponse métabolique partielle puis stabilité sur les TEP successives
jusqu'en octobre 2024.

Depuis janvier 2025, réapparition de lombagies basses, d'horaire mécanique : douleurs à la marche et à la
station debout prolongée, soulagées par le repos et le décubitus. Pas de réveils nocturnes. Pas de
radiculalgie, pas de paresthésies des membres inférieurs. EN à 6/10 en janvier ; le tramadol introduit par
le médecin traitant a été arrêté au bout de dix jours pour nausées et vertiges, et remplacé par l'association
paracétamol + néfopam. EN actuelle à 4/10. La patiente est suivie par l'équipe de soins de support de
l'Institut pour l'adaptation des antalgiques.

## Examen clinique

Poids 64 kg (stable), taille 1,62 m. TA 132/78 mmHg. OMS 1 : activité réduite, autonome pour les gestes de
la vie quotidienne.

Douleur à la percussion de l'épineuse de L3. Pas de contracture paravertébrale marquée. Force musculaire
5/5 aux quatre membres, réflexes ostéotendineux présents et symétriques, pas de trouble sensitif, pas de
trouble sphinctérien. Examen mammaire : induration résiduelle centimétrique du QSE gauche, pas d'adénopathie
axillaire palpable. Pas d'hépatomégalie.

## Imagerie

- TEP-TDM FDG du 28/02/2025 : majoration de l'hypermétabolisme de L3 (SUVmax 8,4 contre 3,1) ; autres lésions osseuses stables ; pas de lésion viscérale.
- IRM du rachis lombaire du 05/03/2025 : progression de la lésion lytique de L3 envahissant 60 % du corps vertébral, tassement d'environ 30 % de la hauteur, discret recul du mur postérieur, sans épidurite significative ni compression radiculaire. Score SINS estimé à 9 (potentiellement instable).

## Biologie (10/03/2025)

Hb 11,8 g/dL, PNN 1,3 G/L, plaquettes 189 G/L. Calcémie corrigée 2,38 mmol/L. Créatinine 68 µmol/L (DFG 90
mL/min). Bilan hépatique normal. CA 15-3 à 48 U/mL (35 U/mL en octobre 2024).

## Traitement actuel

| Médicament | Posologie | Depuis
| Kisqali (ribociclib) 200 mg | 2 cp/j, 21 jours sur 28 | 04/2023
| Femara (létrozole) 2,5 mg | 1 cp/j | 04/2023
| Xgeva (dénosumab) 120 mg SC | toutes les 12 semaines (dernière injection le 24/02/2025) | 04/2023
| Cacit D3 1000 mg/880 UI | 1 sachet/j | 04/2023
| Levothyrox 75 µg | 1 cp/j | 2004
| Amlor 5 mg | 1 cp/j | 2015
| Doliprane 1 g | 1 cp 3 fois/j | 01/2025
| Acupan 20 mg/2 mL | 1 ampoule per os sur un sucre 3 fois/j | 01/2025

Pas de traitement anticoagulant, pas d'antiagrégant plaquettaire.

## Conclusion

Patiente de 58 ans, carcinome canalaire infiltrant du sein gauche RH+ HER2 négatif, métastatique osseux
d'emblée (mars 2023), en première ligne par ribociclib-létrozole depuis 23 mois avec contrôle de la maladie,
présentant une progression isolée de L3 (déjà irradiée à 8 Gy en 2023), douloureuse, d'horaire mécanique,
avec tassement de 30 % et score SINS à 9, sans épidurite ni déficit neurologique.

## Proposition / questions posées à la RCP

- Poursuite de ribociclib-létrozole et du dénosumab en l'absence d'autre site de progression.
- Avis sur un traitement local de L3 : cimentoplastie (vertébroplastie ou cyphoplastie), éventuellement associée à une ré-irradiation stéréotaxique ?
- En cas de progression multisite ultérieure, un passage au fulvestrant associé à une autre thérapie ciblée, selon la recherche de mutations PIK3CA/ESR1 sur ADN circulant (en cours), sera à discuter.

Je reste à votre disposition pour tout renseignement complémentaire et vous prie de croire, chère consœur,
cher confrère, à l'assurance de mes sentiments confraternels.

! Dr Hélène VARIN-DUCLOS
! Oncologue médicale - Institut Armand-Lestrade
""",
    gold=dict(
        patient=dict(sex="F", age=58),
        primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                          biomarkers={"ER": "positive", "PR": "positive", "HER2": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=4),
        currentMedications=dict(status="present", atc=S("L01EF02", "L02BG04", "M05BX04", "A12AX",
                                                         "H03AA01", "N02BE01", "N02BG06")),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent=None),
    ),
    evidence={
        "patient": ["née le 03/09/1966 (58 ans)"],
        "primaryTumor": ["carcinome infiltrant de type non spécifique (NST)",
                         "récepteurs aux œstrogènes positifs à 90 %",
                         "récepteurs à la progestérone positifs à 20 %",
                         "HER2 score 2+ sans amplification en FISH (HER2 négatif)"],
        "boneDiagnosis": ["Le bilan d'extension par TEP-TDM au FDG (14/03/2023)",
                          "étaient alors totalement asymptomatiques"],
        "pain": ["d'horaire mécanique : douleurs à la marche", "Pas de réveils nocturnes",
                 "Pas de radiculalgie", "EN actuelle à 4/10"],
        "currentMedications": ["Kisqali (ribociclib) 200 mg", "Femara (létrozole) 2,5 mg", "Cacit D3",
                               "Levothyrox 75 µg", "Doliprane 1 g", "Acupan 20 mg/2 mL"],
        "priorLocalTreatments": ["radiothérapie antalgique de L3 (8 Gy en une fraction"],
        "boneTargetedTherapy": ["Xgeva (dénosumab) 120 mg SC", "toutes les 12 semaines"],
        "anticoagulation": ["Pas de traitement anticoagulant"],
        "antiplatelets": ["pas d'antiagrégant plaquettaire"],
        "prognosis": ["OMS 1"],
        "therapeuticProject": ["Poursuite de ribociclib-létrozole et du dénosumab"],
    },
    not_current={
        "B01AA12": "Préviscan for 3 months after the 2009 DVT, stopped",
        "N02AX02": "tramadol stopped after ten days (nausea)",
        "L02BA03": "fulvestrant only a hypothesis 'en cas de progression ... à discuter'",
    },
))

# ---------------------------------------------------------------------------
# z02 - DOCX, thoracic oncologist, lung adenocarcinoma EGFR del19, conflicting
#       anticoagulant (Eliquis in the list, 'Anticoagulant : Non' in the summary)
# ---------------------------------------------------------------------------
LETTERS.append(dict(
    id="z02", fmt="docx",
    letter_date=date(2025, 5, 14), birth_date=None, age_written=52,
    docx=dict(author="Dr Thomas Leforestier", title="Consultation oncologie thoracique",
              heading_style=None, underline_headings=True, justify=True,
              footer="Centre Régional de Cancérologie Émile-Garnier - 4 allée des Cèdres - 31990 Montferrand-la-Garenne"),
    markup="""
@ CENTRE RÉGIONAL DE CANCÉROLOGIE ÉMILE-GARNIER
@ Département d'Oncologie Médicale - Unité d'oncologie thoracique
@ Dr Thomas LEFORESTIER - Dr Aurélie BASTIDE-NOËL
@ 4 allée des Cèdres, 31990 Montferrand-la-Garenne - Tél. 05 99 00 27 40

> Montferrand-la-Garenne, le 14 mai 2025
> Dr Sylvie Carbonnel, coordinatrice de la RCP Métastases osseuses
> Copie : Dr Paul Azéma (pneumologue), Dr Inès Moreau (médecin traitant)

# Consultation d'oncologie thoracique - Demande d'inscription en RCP Métastases osseuses

! Mme Nadia BENSALEM épouse GIRARD, 52 ans, vue en consultation le 14/05/2025.

## Motif

Avis sur la prise en charge de lésions rachidiennes (T7 en cours d'irradiation, L1 lytique) chez une
patiente traitée pour un adénocarcinome pulmonaire EGFR muté.

## Antécédents personnels

- Asthme dans l'enfance, Ventoline à la demande (rarement utilisée).
- Anémie ferriprive sur ménorragies en 2018, traitée par fer oral.
- Fracture du poignet droit en 2016 (chute sur verglas), traitement orthopédique.
- Pas d'antécédent thromboembolique avant 2025.
- Non fumeuse ; tabagisme passif (conjoint). Infirmière en EHPAD.

## Antécédents familiaux

- Père : carcinome bronchique (gros fumeur), décédé à 68 ans.
- Mère : phlébites à répétition, déficit en protéine S découvert à 60 ans.
- Pas d'autre cancer connu dans la famille.

## Histoire de la maladie

Début janvier 2025, dorsalgies interscapulaires attribuées à une une contracture (kinésithérapie sans effet),
puis apparition fin janvier de douleurs en hémiceinture thoracique droite, à type de décharges électriques,
avec des réveils nocturnes. L'IRM du rachis dorsal du 18/02/2025 montre une lésion lytique de T7 avec
épidurite antérieure (Bilsky 1c), sans compression médullaire ni déficit neurologique, ainsi que d'autres
lésions en L1 et dans le bassin.

Le scanner thoraco-abdomino-pelvien du 21/02/2025 retrouve une masse du lobe supérieur droit de 32 mm, des
adénopathies médiastinales, et une embolie pulmonaire segmentaire lobaire inférieure gauche de découverte
fortuite : une anticoagulation par apixaban (Eliquis) a été débutée le jour même.

Fibroscopie bronchique avec biopsies le 03/03/2025 : adénocarcinome pulmonaire, TTF1 positif. Biologie
moléculaire (NGS) : délétion de l'exon 19 d'EGFR ; pas de réarrangement ALK (immunohistochimie négative) ni
ROS1 ; PD-L1 exprimé par 5 % des cellules tumorales.

Une corticothérapie par dexaméthasone (Dectancyl 8 mg/j) a été prescrite du 18/02 au 15/04/2025 pour
l'épidurite ; elle a été arrêtée après décroissance.

Osimertinib (Tagrisso 80 mg/j) débuté le 20/03/2025, bien toléré (xérose cutanée, paronychie grade 1).
Réévaluation scanographique du 05/05/2025 : réponse partielle (masse de 19 mm, régression des adénopathies).

Radiothérapie de T7 (30 Gy en 10 fractions, Dr Bastide-Noël) débutée le 05/05/2025 en raison de la
persistance des douleurs radiculaires et de l'épidurite ; la patiente a reçu sa 8e séance ce jour, fin
prévue le 16/05/2025.

Évolution des douleurs : EN à 7/10 en mars ; ce jour EN à 3/10, décharges électriques moins fréquentes,
réveils nocturnes encore deux fois par semaine. DN4 à 5/10.

Un traitement par dénosumab (Xgeva) est envisagé ; il sera débuté après la consultation de chirurgie
dentaire prévue le 26/05/2025.

## Examen clinique

Poids 58 kg (-3 kg depuis février). PS 1. Pas de déficit moteur ni sensitif, ROT vifs et symétriques, pas de
signe de Babinski. Douleur à la percussion de T7. Radiodermite dorsale grade 1. Auscultation pulmonaire
normale. Mollets souples.

## Biologie (12/05/2025)

NFS normale. Créatinine 61 µmol/L. Calcémie 2,41 mmol/L. Bilan hépatique normal.

## Traitement actuel

| Médicament | Posologie
| Tagrisso (osimertinib) 80 mg | 1 cp le matin
| Eliquis (apixaban) 5 mg | 1 cp matin et soir
| Oxycontin LP 20 mg | 1 cp matin et soir
| Oxynormoro 5 mg | si douleur, maximum 6 par jour
| Lyrica (prégabaline) 75 mg | 1 gélule matin et soir
| Doliprane 1 g | 1 cp 3 fois par jour
| Inexium 20 mg | 1 cp le soir
| Forlax 10 g | 1 à 2 sachets par jour
| Ventoline | si besoin

## Conclusion

Patiente de 52 ans, adénocarcinome pulmonaire du lobe supérieur droit EGFR muté (délétion exon 19), ALK et
ROS1 négatifs, PD-L1 5 %, métastatique osseux (T7 avec épidurite, L1, bassin), révélé par des douleurs
rachidiennes en janvier 2025, en réponse partielle sous osimertinib. Radiothérapie de T7 en cours. Nous
poursuivons le traitement palliatif de première ligne par osimertinib.

## Fiche récapitulative RCP

| Item | Réponse
| Douleur | Oui - neuropathique, EN 3/10
| Traitement local antérieur | RT T7 en cours (30 Gy / 10 fr)
| Traitement ostéo-ciblé | Dénosumab prévu après avis dentaire
| Anticoagulant | Non
| Antiagrégant plaquettaire | Non
| État général | PS 1

## Questions à la RCP

- Faut-il envisager une chirurgie de stabilisation de T7 au décours de la radiothérapie, ou une simple surveillance ?
- La lésion de L1 (lytique, 40 % du corps vertébral, asymptomatique) justifie-t-elle une cimentoplastie préventive ou une radiothérapie ?
- Modalités de gestion de l'apixaban en cas de geste invasif.

! Bien confraternellement,
! Dr Thomas LEFORESTIER
""",
    gold=dict(
        patient=dict(sex="F", age=52),
        primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma",
                          biomarkers={"EGFR": "positive", "ALK": "negative", "ROS1": "negative",
                                      "PD-L1": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["neuropathic", "nocturnal"], intensity=3),
        currentMedications=dict(status="present", atc=S("L01EB04", "B01AF02", "N02AA05", "N03AX16",
                                                         "N02BE01", "A02BC05", "A06AD15")),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="unknown", atc=[]),
        anticoagulation=dict(status="conflicting", atc=["B01AF02"]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    evidence={
        "patient": ["52 ans"],
        "primaryTumor": ["adénocarcinome pulmonaire, TTF1 positif", "délétion de l'exon 19 d'EGFR",
                         "pas de réarrangement ALK", "ni ROS1", "PD-L1 exprimé par 5 % des cellules"],
        "boneDiagnosis": ["Début janvier 2025, dorsalgies interscapulaires",
                          "sans compression médullaire ni déficit neurologique",
                          "révélé par des douleurs rachidiennes en janvier 2025"],
        "pain": ["à type de décharges électriques", "réveils nocturnes", "ce jour EN à 3/10", "DN4 à 5/10"],
        "currentMedications": ["Tagrisso (osimertinib) 80 mg", "Oxycontin LP 20 mg", "Lyrica (prégabaline) 75 mg",
                               "Inexium 20 mg", "Forlax 10 g"],
        "priorLocalTreatments": ["Radiothérapie de T7 (30 Gy en 10 fractions", "8e séance ce jour"],
        "anticoagulation": ["Eliquis (apixaban) 5 mg", "Anticoagulant | Non"],
        "antiplatelets": ["Antiagrégant plaquettaire | Non"],
        "prognosis": ["PS 1"],
        "therapeuticProject": ["poursuivons le traitement palliatif de première ligne par osimertinib"],
    },
    not_current={
        "H02AB02": "dexaméthasone (Dectancyl) stopped on 15/04/2025",
        "M05BX04": "dénosumab (Xgeva) only planned after the dental visit",
    },
))

# ---------------------------------------------------------------------------
# z03 - PDF two-column, radiation oncologist, CRPC prostate; Karnofsky only;
#       dual antiplatelet; old DVT on Coumadine stopped; TKA is not a bone-met
#       treatment; age only as birth date
# ---------------------------------------------------------------------------
LETTERS.append(dict(
    id="z03", fmt="pdf",
    letter_date=date(2025, 2, 10), birth_date=date(1948, 2, 20), age_written=None,
    pdf=dict(title="Consultation radiothérapie - FONTVIEILLE Gérard", author="Dr P.-Y. Castagné",
             running_header="M. FONTVIEILLE Gérard (20/02/1948) - consultation du 10/02/2025",
             footer="Centre de Radiothérapie et d'Oncologie du Val-Morin - 3 boulevard Anatole-Vasseur, 76990 Val-Morin",
             align="L", size=10),
    markup="""
@ CENTRE DE RADIOTHÉRAPIE ET D'ONCOLOGIE DU VAL-MORIN
@ Dr Pierre-Yves CASTAGNÉ - Oncologue radiothérapeute
@ 3 boulevard Anatole-Vasseur, 76990 Val-Morin - Tél. 02 99 00 63 12 - Fax 02 99 00 63 13

> Consultation du 10/02/2025 - courrier frappé le 12/02/2025
> Aux membres de la RCP Métastases osseuses
> Copie : Dr Hervé Mallet (oncologue médical), Dr Claire Janvier (médecin traitant)

# Consultation de radiothérapie - demande d'avis RCP

! Patient : M. Gérard FONTVIEILLE - né le 20/02/1948 - dossier n° 18-07731

%cols

## Motif de consultation

Patient adressé par le Dr Mallet pour une douleur de hanche droite en rapport avec une métastase du toit du cotyle droit, dans le cadre d'un adénocarcinome prostatique métastatique résistant à la castration.

## Antécédents

Personnels :

- Cardiopathie ischémique : angioplastie avec stent actif de l'IVA en novembre 2024, double antiagrégation prévue pour 12 mois.
- HTA, dyslipidémie.
- Prothèse totale du genou droit en 2012 pour gonarthrose, compliquée d'une TVP fémorale droite traitée six mois par Coumadine, arrêtée depuis, sans récidive.
- Hernie inguinale droite opérée en 2005.

Familiaux :

- Frère aîné : cancer de la prostate à 70 ans.
- Père : décédé d'un AVC à 79 ans.

Mode de vie : agriculteur retraité, marié, vit à domicile avec son épouse. Ex-fumeur (20 PA, sevré en 1995).

## Histoire oncologique

- 2016 : PSA à 9,2 ng/mL ; biopsies : adénocarcinome prostatique, score de Gleason 4+3 = 7 (ISUP 3). Prostatectomie totale en juin 2016 (pT3a N0 R1).
- 2018 : récidive biochimique ; radiothérapie de la loge prostatique (66 Gy) associée à 6 mois d'hormonothérapie.
- Septembre 2021 : PSA à 6,8 ng/mL ; la TEP-PSMA de réévaluation met en évidence des métastases osseuses multiples (L4, bassin, côtes), asymptomatiques. Début d'une suppression androgénique par Decapeptyl et d'abiratérone (Zytiga) + prednisone.
- Novembre 2021 : introduction du dénosumab (Xgeva), poursuivi depuis.
- Mars 2023 : radiothérapie antalgique de L4 (20 Gy en 5 fractions) dans notre centre, avec un bon résultat antalgique durable.
- Septembre 2023 : progression biologique et radiologique ; arrêt de Zytiga et de la prednisone. Docétaxel, 6 cures de novembre 2023 à mars 2024, arrêté (neuropathie grade 2).
- Avril à décembre 2024 : lutétium-PSMA (6 cycles), réponse biochimique transitoire.
- Janvier 2025 : PSA remonté à 14,6 ng/mL (6,1 ng/mL en octobre 2024).

## Histoire actuelle - douleur

Depuis début décembre 2024, douleur de la hanche droite, inguinale et fessière, survenant à l'appui et à la marche, responsable d'une boiterie ; périmètre de marche limité à 200 m. Pas de douleur nocturne, pas de douleur au repos. Pas de composante neuropathique. EVA à 6/10 malgré la morphine.

## Examen clinique

Karnofsky 70 %. Marche avec une canne. Mobilisation passive de la hanche droite douloureuse en rotation interne, sans impotence totale. Pas de déficit neurologique des membres inférieurs. Cicatrice de PTG droite calme.

## Imagerie

- IRM du bassin (28/01/2025) : lésion lytique du toit du cotyle droit de 35 mm avec rupture de la corticale acétabulaire, sans fracture constituée ; discrète extension aux parties molles.
- Scanner TAP (30/01/2025) : pas de lésion viscérale ; lésions osseuses condensantes stables (L4, sacrum, côtes).

## Biologie (27/01/2025)

PSA 14,6 ng/mL. Hb 10,9 g/dL. Plaquettes 162 G/L. PAL 320 UI/L. Calcémie corrigée 2,31 mmol/L. Créatinine 102 µmol/L.

## Traitement actuel

- Decapeptyl 22,5 mg IM tous les 6 mois (dernière injection le 06/01/2025)
- Xgeva 120 mg SC toutes les 4 semaines
- Cacit D3 : 1 sachet par jour
- Skenan LP 30 mg matin et soir ; Actiskenan 10 mg si besoin (3 à 4 par jour)
- Doliprane 1 g 4 fois par jour
- Kardégic 75 mg par jour
- Plavix 75 mg par jour
- Tahor 40 mg, Cardensiel 2,5 mg, Triatec 5 mg
- Mopral 20 mg

Pas de traitement anticoagulant actuellement.

## Conclusion et proposition

Métastase lytique douloureuse du toit du cotyle droit avec rupture corticale, chez un patient en situation de résistance à la castration après abiratérone, docétaxel et lutétium-PSMA. La douleur est d'horaire mécanique.

Je propose une radiothérapie du cotyle droit de 20 Gy en 5 fractions, à visée palliative antalgique, qui pourrait débuter la semaine du 24/02/2025.

Questions à la RCP :

- Une cimentoplastie acétabulaire (éventuellement associée à une ablation par radiofréquence) ou un geste chirurgical de renforcement est-il indiqué avant l'irradiation, compte tenu de la rupture corticale ?
- Si un geste est retenu, quelle gestion de la double antiagrégation (stent actif de moins de 6 mois) ?

Le traitement systémique (cabazitaxel ou poursuite de la suppression androgénique seule) sera rediscuté par le Dr Mallet. Espérance de vie estimée supérieure à 6 mois.

! Dr P.-Y. CASTAGNÉ
""",
    gold=dict(
        patient=dict(sex="M", age=76),
        primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma",
                          biomarkers={"PSA": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["mechanical"], intensity=6),
        currentMedications=dict(status="present", atc=S("L02AE04", "M05BX04", "A12AX", "N02AA01", "N02BE01",
                                                         "B01AC06", "B01AC04", "C10AA05", "C07AB07",
                                                         "C09AA05", "A02BC01")),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="present", atc=S("B01AC04", "B01AC06")),
        prognosis=dict(status="present", kps=70),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    evidence={
        "patient": ["né le 20/02/1948", "Consultation du 10/02/2025"],
        "primaryTumor": ["adénocarcinome prostatique, score de Gleason 4+3 = 7",
                         "PSA remonté à 14,6 ng/mL"],
        "boneDiagnosis": ["Septembre 2021", "la TEP-PSMA de réévaluation met en évidence des métastases osseuses"],
        "pain": ["survenant à l'appui et à la marche", "Pas de douleur nocturne",
                 "Pas de composante neuropathique", "EVA à 6/10"],
        "currentMedications": ["Decapeptyl 22,5 mg", "Skenan LP 30 mg", "Tahor 40 mg", "Mopral 20 mg"],
        "priorLocalTreatments": ["radiothérapie antalgique de L4 (20 Gy en 5 fractions)"],
        "boneTargetedTherapy": ["Xgeva 120 mg SC toutes les 4 semaines"],
        "anticoagulation": ["Pas de traitement anticoagulant actuellement"],
        "antiplatelets": ["Kardégic 75 mg par jour", "Plavix 75 mg par jour"],
        "prognosis": ["Karnofsky 70 %"],
        "therapeuticProject": ["à visée palliative antalgique", "Decapeptyl 22,5 mg IM tous les 6 mois"],
    },
    not_current={
        "B01AA03": "Coumadine for six months after the 2012 DVT, stopped",
        "L02BX03": "abiratérone (Zytiga) stopped September 2023",
        "H02AB07": "prednisone given with Zytiga, stopped September 2023",
        "L01CD02": "docétaxel 6 cycles ended March 2024",
    },
))

# ---------------------------------------------------------------------------
# z04 - DOCX (Word heading styles), medical oncologist, clear-cell RCC;
#       pathological femur fracture, nailing + RT; Xarelto only reported by the
#       patient (uncertain); Kardégic stopped; pain denied 'à la marche'
# ---------------------------------------------------------------------------
LETTERS.append(dict(
    id="z04", fmt="docx",
    letter_date=date(2025, 4, 7), birth_date=date(1957, 11, 22), age_written=67,
    docx=dict(author="Dr Samia Ouazzani", title="Compte rendu de consultation", heading_style="Heading 2",
              letterhead_in_header=True, size=10.5,
              footer="Institut Jeanne-Coudray - 27 avenue du Général-Fabre - 63990 Sainte-Aurèle - www.ijc-sainte-aurele.test"),
    markup="""
@ INSTITUT JEANNE-COUDRAY
@ Département d'Oncologie Médicale - Unité des cancers urologiques
@ 27 avenue du Général-Fabre, 63990 Sainte-Aurèle - Tél. 04 99 00 15 82

> Sainte-Aurèle, le 7 avril 2025
> Dr Samia OUAZZANI, oncologue médicale
> à Madame la coordinatrice de la RCP Métastases osseuses

# Compte rendu de consultation - Demande d'avis RCP

! Patient : M. Jean-Marc DELAUNOY, né le 22/11/1957, 67 ans
! Médecin traitant : Dr Bertrand Lhuillier, 14 rue des Tilleuls, 63991 Varennes-sur-Allagnon

## Motif

Progression d'une métastase de l'aile iliaque gauche sous nivolumab-cabozantinib, chez un patient suivi pour
un carcinome rénal à cellules claires ; avis sur un traitement local.

## Antécédents personnels

- HTA depuis 2010.
- Artériopathie oblitérante des membres inférieurs stade II (2019), traitée par Kardégic 75 mg, arrêté en novembre 2024 lors de la chirurgie fémorale et non repris depuis, sur avis du chirurgien vasculaire.
- Tabagisme sevré (30 paquets-années, arrêt en 2015).
- Hypothyroïdie secondaire à l'immunothérapie (février 2025).
- Appendicetomie dans l'enfance.

## Antécédents familiaux

- Père : cancer du rein à 74 ans.
- Frère : thrombose veineuse profonde en 2020 au décours d'un voyage en avion.
- Mère : diabète de type 2.

## Histoire de la maladie

Néphrectomie élargie gauche en juin 2019 : carcinome rénal à cellules claires, grade ISUP 3, pT3a N0 R0.
Surveillance simple, sans récidive jusqu'en 2024.

Le 12/11/2024, chute de sa hauteur avec impotence fonctionnelle du membre inférieur droit : fracture
sous-trochantérienne du fémur droit sur une lésion lytique (fracture pathologique). Le patient ne rapportait
pas de douleur de cuisse avant la chute. Enclouage centromédullaire le 14/11/2024 (Dr Letellier,
orthopédie) ; l'analyse des prélèvements per-opératoires confirme une métastase de carcinome rénal à cellules
claires.

Radiothérapie post-opératoire du fémur droit : 20 Gy en 5 fractions, du 09 au 13/12/2024.

Bilan d'extension (scanner TAP du 20/11/2024) : lésion lytique de l'aile iliaque gauche de 42 mm, lésion
costale (7e arc droit), nodules pulmonaires bilatéraux infracentimétriques. Score IMDC intermédiaire (anémie).

Thromboprophylaxie post-opératoire par Lovenox 4000 UI/j pendant 35 jours, arrêtée fin décembre 2024.

Traitement de première ligne par nivolumab (Opdivo 240 mg toutes les 2 semaines puis 480 mg toutes les
4 semaines) et cabozantinib (Cabometyx 40 mg/j) débuté le 20/12/2024 ; cabozantinib réduit à 20 mg/j en
mars pour un syndrome main-pied de grade 2.

Acide zolédronique (Zometa 4 mg IV toutes les 12 semaines) depuis le 06/01/2025 ; dernière perfusion le
03/03/2025 ; bilan dentaire préalable normal.

En février 2025, épisodes de palpitations : un Holter réalisé par son cardiologue (Dr Vial) aurait mis en
évidence une fibrillation atriale paroxystique. Le patient dit qu'un anticoagulant, « du Xarelto », lui aurait
été prescrit à cette occasion, mais ce médicament ne figure pas sur l'ordonnance qu'il nous présente et il ne
sait pas s'il le prend. À vérifier auprès du cardiologue avant tout geste invasif.

## Examen clinique

ECOG 1. Poids 81 kg, TA 148/86 mmHg. Marche sans aide technique, sans boiterie. Cicatrice de la cuisse droite
propre. Palpation de la crête iliaque gauche indolore. Syndrome main-pied résiduel de grade 1.

Le patient ne se plaint d'aucune douleur osseuse : EN 0/10, à la marche comme au repos. Aucun antalgique.

## Imagerie

- Scanner TAP du 27/03/2025 : réponse partielle des nodules pulmonaires ; lésion de l'aile iliaque gauche en progression (55 mm contre 42 mm) avec composante tissulaire ; consolidation de la fracture fémorale droite ; lésion costale stable.
- IRM du bassin du 02/04/2025 : pas d'atteinte de l'articulation sacro-iliaque ni du cotyle.

## Biologie (31/03/2025)

Hb 12,9 g/dL, créatinine 98 µmol/L (DFG 68 mL/min), TSH 2,1 mUI/L sous substitution, calcémie 2,35 mmol/L,
LDH normales, protéinurie négative à la bandelette.

## Traitement actuel (ordonnance du 13/03/2025)

- Opdivo 480 mg IV toutes les 4 semaines (5e cure le 13/03/2025)
- Cabometyx 20 mg : 1 cp par jour
- Zometa 4 mg IV toutes les 12 semaines
- Levothyrox 50 µg par jour
- Triatec 10 mg par jour
- Tahor 20 mg par jour
- Cardensiel 2,5 mg par jour (introduit par le cardiologue en février 2025)
- Dexeryl crème sur les mains et les pieds

## Conclusion

Carcinome rénal à cellules claires métastatique (os, poumon) révélé en novembre 2024 par une fracture
pathologique du fémur droit (enclouage puis radiothérapie), en première ligne par nivolumab-cabozantinib
depuis décembre 2024 : réponse pulmonaire, progression isolée de la lésion iliaque gauche (dissociation de
réponse). Patient asymptomatique sur le plan osseux, ECOG 1.

## Proposition

- Poursuite de nivolumab-cabozantinib.
- Question à la RCP : traitement local de la lésion iliaque gauche - radiothérapie stéréotaxique, radiothérapie conventionnelle ou thermoablation percutanée ?
- En cas de progression ultérieure sur d'autres sites, un passage à l'axitinib (Inlyta) pourrait être envisagé.
- Statut anticoagulant à préciser avant tout geste.

! Dr Samia OUAZZANI
""",
    gold=dict(
        patient=dict(sex="M", age=67),
        primaryTumor=dict(status="present", site="kidney", histology="clear_cell_carcinoma", biomarkers={}),
        boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
        pain=dict(status="absent", types=[], intensity=0),
        currentMedications=dict(status="present", atc=S("L01FF01", "L01EX07", "M05BA08", "H03AA01",
                                                         "C09AA05", "C10AA05", "C07AB07")),
        priorLocalTreatments=dict(status="present", types=["radiotherapy", "surgery"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BA08"]),
        anticoagulation=dict(status="uncertain", atc=["B01AF01"]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent=None),
    ),
    evidence={
        "patient": ["né le 22/11/1957, 67 ans"],
        "primaryTumor": ["carcinome rénal à cellules claires, grade ISUP 3"],
        "boneDiagnosis": ["Le 12/11/2024", "(fracture pathologique)"],
        "pain": ["ne se plaint d'aucune douleur osseuse : EN 0/10"],
        "currentMedications": ["Opdivo 480 mg IV", "Cabometyx 20 mg", "Levothyrox 50 µg", "Triatec 10 mg",
                               "Tahor 20 mg", "Cardensiel 2,5 mg"],
        "priorLocalTreatments": ["Enclouage centromédullaire le 14/11/2024",
                                 "Radiothérapie post-opératoire du fémur droit : 20 Gy en 5 fractions"],
        "boneTargetedTherapy": ["Zometa 4 mg IV toutes les 12 semaines"],
        "anticoagulation": ["lui aurait été prescrit", "il ne sait pas s'il le prend"],
        "antiplatelets": ["arrêté en novembre 2024 lors de la chirurgie fémorale et non repris depuis"],
        "prognosis": ["ECOG 1"],
        "therapeuticProject": ["Poursuite de nivolumab-cabozantinib"],
    },
    not_current={
        "B01AC06": "Kardégic stopped in November 2024, not resumed",
        "B01AB05": "post-operative Lovenox for 35 days, stopped end of December 2024",
        "B01AF01": "Xarelto only reported by the patient, not on the prescription (uncertain)",
        "L01EK01": "axitinib only 'pourrait être envisagé' if progression",
    },
))

# ---------------------------------------------------------------------------
# z05 - PDF, melanoma oncologist, BRAF V600E, femoral neck lesion on follow-up
#       PET; ipi-nivo stopped; old post-partum DVT with nothing said now
#       (anticoagulation unknown); birth date only, letter on the birthday
# ---------------------------------------------------------------------------
LETTERS.append(dict(
    id="z05", fmt="pdf",
    letter_date=date(2025, 6, 30), birth_date=date(1979, 6, 30), age_written=None,
    pdf=dict(title="Consultation oncologie - LAGRANGE-PETIT Sophie", author="Dr C. Abadie-Monnier",
             running_header="LAGRANGE-PETIT Sophie - née le 30/06/1979 - CR du 30/06/2025",
             footer="Centre Anticancéreux Paul-Ravenel - Pôle mélanome - 58 quai des Augustins-Neufs, 33990 Bourg-Clavel"),
    markup="""
@ CENTRE ANTICANCÉREUX PAUL-RAVENEL
@ Oncologie médicale - Pôle mélanome et cancers cutanés
@ Dr Claire ABADIE-MONNIER - Dr Julien Faure-Lacoste
@ 58 quai des Augustins-Neufs, 33990 Bourg-Clavel - Tél. 05 99 00 88 20

> Bourg-Clavel, le 30 juin 2025
> Au Dr Jean-Baptiste Oudin, coordinateur de la RCP Métastases osseuses
> Copie : Dr Marion Sabatier (dermatologue), Dr Luc Ferrand (médecin traitant)

# Consultation d'oncologie - demande d'avis RCP Métastases osseuses

! Mme Sophie LAGRANGE épouse PETIT, née le 30/06/1979
! Consultation du 30/06/2025

## Motif

Lésion osseuse unique du col fémoral gauche, apparue sous thérapie ciblée anti-BRAF/MEK, chez une patiente
suivie pour un mélanome métastatique ; avis sur le traitement local.

## Antécédents

Personnels :

- Thrombose veineuse profonde du membre inférieur gauche en 2019, en post-partum.
- Fracture de la malléole externe droite en 2008 (entorse grave), traitement orthopédique par botte.
- Épisode dépressif caractérisé en 2023, suivi par un psychiatre, traité par duloxétine.
- Colite immuno-induite de grade 3 en juin 2024 (cf. histoire de la maladie).
- G3P2. Contraception par DIU au cuivre.

Familiaux :

- Mère : thrombophilie (mutation hétérozygote du facteur V Leiden).
- Grand-père paternel : mélanome à 70 ans.
- Père : cancer colorectal à 66 ans.

La patiente n'a jamais été testée pour la thrombophilie.

Mode de vie : professeure des écoles, en arrêt de travail. Pas de tabac. Phototype II.

## Histoire de la maladie

- Avril 2021 : exérèse d'une lésion pigmentée du dos : mélanome à extension superficielle, Breslow 2,4 mm, ulcéré, 4 mitoses/mm². Reprise chirurgicale et ganglion sentinelle axillaire gauche positif (stade IIIB). Mutation BRAF V600E mise en évidence sur la pièce.
- Juin 2021 à juin 2022 : traitement adjuvant par dabrafénib + tramétinib pendant 12 mois, bien toléré.
- Mars 2024 : récidive ganglionnaire axillaire et pulmonaire (3 nodules). Association nivolumab + ipilimumab (Opdivo + Yervoy) : 3 cycles, interrompue en juin 2024 pour une colite immuno-induite de grade 3 (hospitalisation, Solumédrol IV puis relais par prednisone per os en décroissance lente, actuellement 5 mg/j).
- Depuis juillet 2024 : encorafénib (Braftovi 450 mg/j) + binimétinib (Mektovi 45 mg 2 fois/j). Réponse complète pulmonaire et ganglionnaire dès octobre 2024, maintenue depuis.
- TEP-TDM de suivi du 10/06/2025 : maintien de la réponse complète extra-osseuse, mais apparition d'un foyer hypermétabolique isolé du col fémoral gauche (SUVmax 9,2). IRM du bassin du 17/06/2025 : lésion de 22 mm du col fémoral gauche, intéressant la corticale médiale sans rupture, sans trait de fracture. Score de Mirels à 8.

Douleur : depuis environ trois semaines, douleur inguinale gauche à la marche et à la montée des escaliers,
avec un dérouillage matinal d'une dizaine de minutes. Pas de réveil nocturne. EVA à 3/10 sous Doliprane 1 g
trois fois par jour, efficace.

## Examen clinique

ECOG 0. Poids 61 kg. Marche sans boiterie. Douleur à la rotation interne forcée de la hanche gauche. Pas
d'adénopathie palpable. Cicatrices dorsale et axillaire souples. Examen cutané complet : pas de nouvelle
lésion suspecte.

## Biologie (24/06/2025)

NFS normale, LDH 198 UI/L (N < 250), CRP 3 mg/L, créatinine 64 µmol/L, bilan hépatique normal, calcémie
2,40 mmol/L.

## Traitements en cours

- Braftovi 75 mg : 6 gélules par jour
- Mektovi 15 mg : 3 cp matin et soir
- Cortancyl 5 mg par jour (fin de décroissance prévue en juillet)
- Cymbalta 60 mg par jour
- Inexium 20 mg par jour
- Doliprane 1 g 3 fois par jour

Aucun traitement anti-résorptif (ni bisphosphonate ni dénosumab) n'a été introduit à ce jour. Aucun
antécédent d'irradiation ; pas de chirurgie osseuse.

## Conclusion

Mélanome BRAF V600E muté, métastatique (poumon, ganglions), en réponse complète extra-osseuse sous
encorafénib-binimétinib depuis 11 mois, avec une lésion osseuse unique du col fémoral gauche, douloureuse
(douleur mécanique), à risque fracturaire modéré (Mirels 8). Pronostic globalement favorable à moyen terme
compte tenu de la réponse complète des autres sites.

## Questions à la RCP

- Traitement local de la lésion fémorale : radiothérapie stéréotaxique, ostéosynthèse prophylactique (clou), ou association des deux ?
- Intérêt d'une biopsie osseuse (diagnostic différentiel, recherche d'un mécanisme de résistance) ?
- Place d'un traitement par dénosumab ?

Nous proposons de poursuivre encorafénib-binimétinib sans modification dans l'attente de l'avis de la RCP.

! Dr Claire ABADIE-MONNIER
""",
    gold=dict(
        patient=dict(sex="F", age=46),
        primaryTumor=dict(status="present", site="melanoma", histology="other", biomarkers={"BRAF": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="present", types=["inflammatory", "mechanical"], intensity=3),
        currentMedications=dict(status="present", atc=S("H02AB07", "N06AX21", "A02BC05", "N02BE01")),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="unknown", atc=[]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=0),
        therapeuticProject=dict(status="present", intent=None),
    ),
    evidence={
        "patient": ["née le 30/06/1979", "Bourg-Clavel, le 30 juin 2025"],
        "primaryTumor": ["mélanome à extension superficielle", "Mutation BRAF V600E"],
        "boneDiagnosis": ["TEP-TDM de suivi du 10/06/2025", "foyer hypermétabolique isolé du col fémoral gauche"],
        "pain": ["douleur inguinale gauche à la marche", "dérouillage matinal", "Pas de réveil nocturne",
                 "EVA à 3/10"],
        "currentMedications": ["Cortancyl 5 mg", "Cymbalta 60 mg", "Inexium 20 mg", "Doliprane 1 g 3 fois par jour"],
        "priorLocalTreatments": ["Aucun antécédent d'irradiation ; pas de chirurgie osseuse"],
        "boneTargetedTherapy": ["Aucun traitement anti-résorptif (ni bisphosphonate ni dénosumab)"],
        "prognosis": ["ECOG 0"],
        "therapeuticProject": ["poursuivre encorafénib-binimétinib"],
    },
    not_current={
        "L01FF01": "nivolumab (Opdivo) stopped June 2024",
        "L01FX04": "ipilimumab (Yervoy) stopped June 2024",
        "H02AB04": "Solumédrol IV during the 2024 hospitalisation only",
        "M05BX04": "dénosumab denied ('aucun ... n'a été introduit') and only asked about",
    },
))

# ---------------------------------------------------------------------------
# z06 - TXT, radiation oncologist, lung squamous PD-L1 <1 %, cord compression
#       (pain then deficit), laminectomy + RT; bisphosphonate named only by
#       class; Kardégic suspended; chemo-immunotherapy cycles current
# ---------------------------------------------------------------------------
LETTERS.append(dict(
    id="z06", fmt="txt",
    letter_date=date(2025, 4, 22), birth_date=None, age_written=71,
    markup="""
@ CENTRE DE CANCEROLOGIE DES HAUTS-DE-VARENNE
@ Service de Radiotherapie - Dr Luc HERMELIN
@ 11 rue du Moulin-Brûlé - 59990 Varenne-le-Haut
@ Secretariat : 03 99 00 52 64

> Varenne-le-Haut, le 22/04/2025

> A l'attention de la RCP Métastases Osseuses
> Copie : Dr F. Guérin (pneumologue), Dr M. Aubry (neurochirurgien), Dr S. Nadal (MT)

! OBJET : M. PROUST-MERCIER Alain, 71 ans - demande d'avis RCP

Cher(e)s collègues,

Je vous adresse M. Proust-Mercier, 71 ans, que j'ai revu ce jour en consultation de fin de radiothérapie et de suivi, pour discussion de la prise en charge d'une nouvelle lésion humérale droite.

## MOTIF :

Lésion lytique douloureuse de la tête humérale droite, chez un patient porteur d'un carcinome épidermoïde bronchique métastatique osseux, opéré puis irradié pour une compression médullaire T10 en mars-avril 2025.

## ANTECEDENTS :

- BPCO stade 2 (GOLD), tabagisme 45 PA sevré en 2019
- Diabète de type 2 sous metformine, HbA1c 7,1 %
- Cardiopathie ischémique : stent coronaire en 2017 ; Kardégic 75 au long cours, suspendu depuis la chirurgie rachidienne du 28/03 et non repris à ce jour (risque hémorragique, discussion avec le cardiologue prévue)
- Fractures costales droites en 2020 (chute dans l'escalier)
- Cure de hernie inguinale en 2011

ATCD familiaux : frère - cancer du larynx ; mère - phlébite ; pas d'autre ATCD notable.

Mode de vie : retraité (chauffeur routier), marié, 2 enfants. Alcool occasionnel.

## HISTOIRE DE LA MALADIE :

Dorsalgies en ceinture depuis début février 2025, traitées par le MT (AINS puis tramadol, arrêtés à l'hospitalisation) sans amélioration. Le 25/03/2025, installation rapide d'une paraparésie (Frankel C) avec rétention urinaire -> IRM en urgence : lyse de T10 avec épidurite circonférentielle et compression médullaire. Dexaméthasone fortes doses puis laminectomie décompressive T9-T11 + arthrodèse T8-T12 le 28/03/2025 (Dr Aubry).

Anapath (biopsie vertébrale per-op) : métastase de carcinome épidermoïde, p40+, TTF1-.

Bilan d'extension : scanner TAP (30/03) avec masse du lobe inférieur droit de 52 mm, adénopathies hilaires, lésions osseuses T10, L3, aile iliaque gauche et tête humérale droite. Fibroscopie : carcinome épidermoïde bronchique confirmé. PD-L1 < 1 % (clone 22C3). Pas de recherche d'altérations moléculaires (histologie épidermoïde, gros fumeur).

Radiothérapie post-opératoire T8-T12 : 20 Gy en 5 fractions du 07 au 11/04/2025, bien tolérée.

Chimio-immunothérapie de 1re ligne à visée palliative : carboplatine AUC 5 + paclitaxel 200 mg/m2 + pembrolizumab 200 mg, J1 = J21, C1 le 16/04/2025 (Dr Guérin).

Un bisphosphonate IV a été débuté par le Dr Guérin le jour de la C1 (molécule et rythme non précisés dans le courrier de liaison).

Evolution neurologique : récupération partielle, Frankel D, marche avec déambulateur sur courte distance ; sonde urinaire retirée le 10/04, mictions spontanées.

## DOULEUR :

- Douleurs résiduelles en hémiceinture droite à type de brûlures, DN4 4/10
- Depuis 10 jours, douleur de l'épaule droite, majorée à la mobilisation et à l'antépulsion, sans traumatisme
- EN globale 4/10 ce jour (8/10 à l'admission en mars)

## EXAMEN :

OMS 2. Poids 70 kg (-6 kg en 2 mois). Cicatrice dorsale propre. Force des MI cotée 4/5 à droite, 4+/5 à gauche ; hypoesthésie sous-lésionnelle T10 en régression. Epaule droite : douleur à l'abduction active et passive au-delà de 60°, pas de déformation.

## IMAGERIE :

- IRM du rachis complet post-op (09/04/2025) : décompression satisfaisante, pas de nouvelle épidurite.
- TEP-TDM (10/04/2025) : masse LID hypermétabolique ; lésions osseuses T10 (opérée), L3, aile iliaque G, tête humérale D (lyse corticale latérale de 15 mm sur la radiographie du 18/04).

## BIOLOGIE (15/04) :

Hb 11,2 g/dL ; PNN 6,8 G/L ; plaq 310 G/L ; créat 88 µmol/L ; calcémie corrigée 2,52 mmol/L ; glycémie 1,62 g/L sous corticoïdes.

## TRAITEMENT ACTUEL :

- Dectancyl (dexaméthasone) 4 mg/j, en décroissance (arrêt prévu fin avril)
- Lovenox 4000 UI SC/j (prévention, mobilité réduite)
- Neurontin 300 mg x 3/j
- Oxycontin LP 10 mg x 2/j + Oxynormoro 5 mg si besoin
- Doliprane 1 g x 3/j
- Metformine 850 mg x 2/j
- Inipomp 40 mg/j
- Spiriva Respimat 2 bouffées/j ; Symbicort 200 : 2 inhalations x 2/j
- Chimio-immunothérapie carboplatine / paclitaxel / pembrolizumab (C2 prévue le 07/05)
- Bisphosphonate IV (cf. supra)

Pas d'antiagrégant actuellement (Kardégic suspendu).

## CONCLUSION :

Patient de 71 ans, carcinome épidermoïde bronchique stade IV (os), PD-L1 < 1 %, révélé par des dorsalgies puis une compression médullaire T10, opérée (laminectomie + arthrodèse) et irradiée (20 Gy / 5 fr), en cours de chimio-immunothérapie palliative (C1 le 16/04). Nouvelle lésion lytique douloureuse de la tête humérale droite avec lyse corticale. Pronostic réservé à moyen terme (OMS 2, amaigrissement).

## PROPOSITION / QUESTIONS RCP :

1/ Radiothérapie antalgique de la tête humérale droite (8 Gy en 1 fraction ou 20 Gy en 5 fractions) : je propose de la réaliser rapidement, entre C2 et C3.

2/ Intérêt d'un enclouage prophylactique de l'humérus droit au préalable (lyse corticale, score de Mirels 8-9) ?

3/ Merci de préciser la molécule et le rythme du bisphosphonate, et de vérifier que le bilan dentaire a été fait.

Bien confraternellement,

! Dr Luc HERMELIN
! Oncologue radiothérapeute
""",
    gold=dict(
        patient=dict(sex="M", age=71),
        primaryTumor=dict(status="present", site="lung", histology="squamous_cell_carcinoma",
                          biomarkers={"PD-L1": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["neurological_deficit", "pain"], dated=True),
        pain=dict(status="present", types=["mechanical", "neuropathic"], intensity=4),
        currentMedications=dict(status="present", atc=S("H02AB02", "B01AB05", "N03AX12", "N02AA05", "N02BE01",
                                                         "A10BA02", "A02BC02", "L01XA02", "L01CD01", "L01FF02")),
        priorLocalTreatments=dict(status="present", types=["radiotherapy", "surgery"]),
        boneTargetedTherapy=dict(status="present", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AB05"]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=2),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    evidence={
        "patient": ["M. PROUST-MERCIER Alain, 71 ans"],
        "primaryTumor": ["carcinome épidermoïde bronchique confirmé", "PD-L1 < 1 %"],
        "boneDiagnosis": ["Dorsalgies en ceinture depuis début février 2025", "installation rapide d'une paraparésie",
                          "révélé par des dorsalgies puis une compression médullaire T10"],
        "pain": ["à type de brûlures", "majorée à la mobilisation", "EN globale 4/10 ce jour"],
        "currentMedications": ["Dectancyl (dexaméthasone) 4 mg/j", "Neurontin 300 mg", "Oxycontin LP 10 mg",
                               "Metformine 850 mg", "Inipomp 40 mg/j",
                               "carboplatine / paclitaxel / pembrolizumab (C2 prévue le 07/05)"],
        "priorLocalTreatments": ["laminectomie décompressive T9-T11 + arthrodèse T8-T12",
                                 "Radiothérapie post-opératoire T8-T12 : 20 Gy en 5 fractions"],
        "boneTargetedTherapy": ["Un bisphosphonate IV a été débuté", "molécule et rythme non précisés"],
        "anticoagulation": ["Lovenox 4000 UI SC/j"],
        "antiplatelets": ["Pas d'antiagrégant actuellement (Kardégic suspendu)"],
        "prognosis": ["OMS 2"],
        "therapeuticProject": ["Chimio-immunothérapie de 1re ligne à visée palliative"],
    },
    not_current={
        "B01AC06": "Kardégic suspended since the spinal surgery, not resumed",
        "N02AX02": "tramadol from the GP, stopped at admission",
    },
))

# ---------------------------------------------------------------------------
# z07 - PDF, medical oncologist (endocrine tumours), papillary thyroid
#       carcinoma RAI-refractory, sacral lesion found on a lumbar MRI for
#       sciatica (incidental); Prolia for osteoporosis (bone therapy present);
#       Aspirine Protect; pain without type; no word on anticoagulant
# ---------------------------------------------------------------------------
LETTERS.append(dict(
    id="z07", fmt="pdf",
    letter_date=date(2025, 1, 20), birth_date=date(1960, 5, 12), age_written=64,
    pdf=dict(title="CR consultation - TESSIER-LAMBERT Françoise", author="Dr M.-A. Gerbault",
             running_header="Mme TESSIER Françoise née LAMBERT (12/05/1960) - 20/01/2025",
             footer="Institut de Cancérologie Lucie-Bertrand - 140 route de Chanteloube, 87990 Rocheval - Document confidentiel"),
    markup="""
@ INSTITUT DE CANCÉROLOGIE LUCIE-BERTRAND
@ Oncologie médicale - Unité des tumeurs endocrines
@ Dr Marc-Antoine GERBAULT
@ 140 route de Chanteloube, 87990 Rocheval - Tél. 05 99 00 73 05

> Rocheval, le 20 janvier 2025
> À l'équipe de la RCP Métastases osseuses, à l'attention du Dr Nathalie Brissac
> Copie : Pr Armelle Dutilleul (endocrinologie), Dr Hugues Pradel (rhumatologie), Dr Joëlle Marchal (médecin traitant)

# Compte rendu de consultation - oncologie endocrinienne

! Patiente : Mme Françoise TESSIER, née LAMBERT, le 12/05/1960 (64 ans)

## Motif

Présentation en RCP d'une métastase sacrée d'un carcinome papillaire thyroïdien réfractaire à l'iode
radioactif, en cours de traitement par lenvatinib.

## Antécédents

Médicaux :

- Ostéoporose post-ménopausique fracturaire : fracture du poignet gauche en 2019 (chute de sa hauteur) ; densitométrie 2020 : T-score -2,9 au rachis lombaire. Dénosumab (Prolia 60 mg SC tous les 6 mois) prescrit par le Dr Pradel depuis mars 2021, dernière injection le 15/11/2024.
- Hypoparathyroidie post-thyroïdectomie, supplémentée.
- HTA depuis 2016, majorée sous lenvatinib.
- Artériopathie des membres inférieurs (sténose fémorale superficielle gauche, 2022), sous Aspirine Protect 100 mg/j.
- Aucun antécédent thromboembolique personnel.

Chirurgicaux : thyroïdectomie totale avec curage central et latéral droit (2018) ; hystérectomie pour fibromes (2005).

Familiaux :

- Sœur : embolie pulmonaire à 50 ans sous contraception orale.
- Père : adénocarcinome du côlon à 72 ans.
- Mère : goitre multinodulaire.

Mode de vie : ancienne aide-soignante, retraitée. Ni tabac ni alcool. Vit seule, autonome.

## Histoire de la maladie

- Mars 2018 : thyroïdectomie totale et curage : carcinome papillaire de la thyroïde, variante à cellules hautes, multifocal, pT3 N1b. Irathérapie (100 mCi) en mai 2018, puis nouvelle cure en 2019 pour une thyroglobuline détectable.
- 2022-2024 : thyroglobuline lentement croissante (de 2,1 à 18 ng/mL) sous TSH freinée ; échographies cervicales négatives.
- Juin 2024 : lombosciatique gauche (hernie discale L5-S1 connue) ; l'IRM lombaire prescrite par le médecin traitant découvre de façon fortuite une lésion lytique de l'aileron sacré droit (S1-S2) de 38 mm. Scanner et TEP-FDG : lésion sacrée isolée, hypermétabolique, et micronodules pulmonaires infracentimétriques.
- Juillet 2024 : biopsie scanno-guidée du sacrum : métastase de carcinome papillaire (thyroglobuline +, TTF1 +). Biologie moléculaire : pas de mutation BRAF V600E, pas de fusion RET, pas de fusion NTRK. Absence de fixation de la lésion sacrée sur la scintigraphie diagnostique à l'iode 123 (août 2024) : maladie réfractaire à l'iode.
- Septembre 2024 : radiothérapie externe de la lésion sacrée, 30 Gy en 10 fractions.
- Depuis le 02/12/2024 : lenvatinib (Lenvima) 24 mg/j, réduit à 18 mg/j le 06/01/2025 pour une HTA de grade 3 et une protéinurie.

Actuellement, la sciatique gauche a disparu après une infiltration épidurale (septembre 2024). Persiste une
pesanteur sacrée modérée, sans horaire particulier, non insomniante, cotée à 2/10 sur l'EVA. Pas
d'antalgique régulier.

## Examen clinique

OMS 1. Poids 67 kg (-3 kg depuis décembre). TA 152/94 mmHg sous traitement. Douleur modérée à la palpation
sacrée droite. Lasègue négatif, pas de déficit sensitivo-moteur, réflexes achilléens présents, pas de
trouble sphinctérien. Cicatrice de cervicotomie calme.

## Examens complémentaires

- TEP-FDG du 13/01/2025 : diminution de l'hypermétabolisme sacré (SUVmax 6,1 contre 11,4) mais extension tissulaire antérieure au contact du foramen S1 droit ; micronodules pulmonaires stables.
- IRM sacrée du 15/01/2025 : lésion de 41 mm, fracture partielle non déplacée de l'aileron sacré droit, pas de compression radiculaire.
- Biologie : thyroglobuline 11 ng/mL (anticorps négatifs), TSH 0,05 mUI/L, calcémie corrigée 2,22 mmol/L, créatinine 71 µmol/L, protéinurie 0,4 g/24 h.

## Traitement en cours

| Médicament | Posologie
| Lenvima 18 mg (1 gélule à 10 mg + 2 gélules à 4 mg) | le matin
| Levothyrox 150 µg | 1 cp par jour (TSH freinée)
| Calciprat 500 mg | 1 cp matin et soir
| Uvedose 100 000 UI | 1 ampoule tous les 3 mois
| Prolia 60 mg SC | tous les 6 mois (prochaine injection mi-mai 2025)
| Aspirine Protect 100 mg | 1 cp par jour
| Triatec 5 mg ; Amlor 10 mg | 1 cp par jour chacun

## Conclusion

Carcinome papillaire de la thyroïde, variante à cellules hautes, réfractaire à l'iode, avec une métastase
sacrée unique découverte fortuitement en juin 2024 et irradiée en septembre 2024, et des micronodules
pulmonaires ; sous lenvatinib depuis 7 semaines avec une réponse métabolique partielle. Douleur sacrée
faible (EVA 2/10). OMS 1. Espérance de vie estimée à plus d'un an. Poursuite du lenvatinib à 18 mg/j.

## Questions posées à la RCP

- Compte tenu de la fracture partielle de l'aileron sacré et de l'extension foraminale, faut-il proposer une sacroplastie (cimentoplastie), une ré-irradiation stéréotaxique, ou une simple surveillance sous lenvatinib ?
- Faut-il remplacer le Prolia (dose anti-ostéoporotique) par un traitement à dose oncologique (Xgeva 120 mg toutes les 4 semaines, ou acide zolédronique) ?
- La patiente est sous aspirine : faut-il l'interrompre en cas de geste percutané ?

Je vous remercie de votre avis.

! Dr Marc-Antoine GERBAULT
""",
    gold=dict(
        patient=dict(sex="F", age=64),
        primaryTumor=dict(status="present", site="thyroid", histology="other",
                          biomarkers={"BRAF": "negative", "RET": "negative", "NTRK": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["incidental_imaging"], dated=True),
        pain=dict(status="present", types=[], intensity=2),
        currentMedications=dict(status="present", atc=S("L01EX08", "H03AA01", "A12AA04", "A11CC05", "M05BX04",
                                                         "B01AC06", "C09AA05")),
        priorLocalTreatments=dict(status="present", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BX04"]),
        anticoagulation=dict(status="unknown", atc=[]),
        antiplatelets=dict(status="present", atc=["B01AC06"]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent=None),
    ),
    evidence={
        "patient": ["le 12/05/1960 (64 ans)"],
        "primaryTumor": ["carcinome papillaire de la thyroïde, variante à cellules hautes",
                         "pas de mutation BRAF V600E, pas de fusion RET, pas de fusion NTRK"],
        "boneDiagnosis": ["découvre de façon fortuite une lésion lytique de l'aileron sacré droit", "Juin 2024"],
        "pain": ["pesanteur sacrée modérée, sans horaire particulier, non insomniante", "2/10"],
        "currentMedications": ["Lenvima 18 mg", "Levothyrox 150 µg", "Calciprat 500 mg", "Uvedose 100 000 UI",
                               "Triatec 5 mg"],
        "priorLocalTreatments": ["radiothérapie externe de la lésion sacrée, 30 Gy en 10 fractions"],
        "boneTargetedTherapy": ["Prolia 60 mg SC", "prochaine injection mi-mai 2025"],
        "antiplatelets": ["Aspirine Protect 100 mg"],
        "prognosis": ["OMS 1", "Espérance de vie estimée à plus d'un an"],
        "therapeuticProject": ["Poursuite du lenvatinib à 18 mg/j"],
    },
    not_current={
        "M05BA08": "acide zolédronique only asked as an alternative to Prolia",
    },
))

# ---------------------------------------------------------------------------
# z08 - DOCX, medical oncologist, breast NST ER-/PR-/HER2 3+, relapse revealed
#       by hypercalcaemia; single Zometa; Xgeva stopped for ONJ in the text
#       but still in the (copied) treatment table -> conflicting; Enhertu is
#       not Herceptin; Innohep for PE; no bone pain
# ---------------------------------------------------------------------------
LETTERS.append(dict(
    id="z08", fmt="docx",
    letter_date=date(2025, 10, 6), birth_date=date(1977, 10, 2), age_written=None,
    docx=dict(author="Dr Isabelle Kergoat", title="CR consultation oncologie médicale", heading_style=None,
              underline_headings=False, font="Arial", size=10),
    markup="""
@ CENTRE DE LUTTE CONTRE LE CANCER GENEVIÈVE-ARNAUD
@ Département d'Oncologie Médicale - Comité sein
@ 9 rue du Docteur-Lessard, 35990 Kerlouan-la-Forêt - Tél. : 02 99 00 30 61

> Kerlouan-la-Forêt, le 06/10/2025
> Dr Isabelle KERGOAT
> À l'attention des membres de la RCP Métastases osseuses

# Compte rendu de consultation d'oncologie médicale

| Patiente | Mme VAUCHEL Laetitia
| Date de naissance | 02/10/1977
| Médecin traitant | Dr Yann Le Goff, Kerlouan-la-Forêt
| Oncologue référent | Dr Isabelle Kergoat

## Motif

Progression osseuse (T12) et hépatique d'un cancer du sein HER2 positif métastatique ; demande d'avis RCP sur
l'irradiation de T12.

## Antécédents personnels

- Migraine sans aura.
- Cancer du sein gauche en 2019 (cf. histoire de la maladie) : tumorectomie, curage axillaire, radiothérapie mammaire.
- Embolie pulmonaire bilatérale en décembre 2024 sur thrombose de la chambre implantable ; traitée par tinzaparine (Innohep), poursuivie compte tenu de la maladie active.
- Ostéonécrose de la mâchoire stade 2 diagnostiquée en juillet 2025 (cf. infra).
- Contraception œstroprogestative arrêtée en 2019.

## Antécédents familiaux

- Mère : thrombose veineuse profonde sous pilule à 30 ans.
- Tante maternelle : cancer du sein à 45 ans.
- Recherche de mutation BRCA1/BRCA2 en 2019 : négative.

## Histoire de la maladie

Mai 2019 : carcinome canalaire infiltrant du sein gauche, cT2 N1, HER2 positif ; chimiothérapie
néoadjuvante (EC puis paclitaxel-trastuzumab), tumorectomie et curage (ypT1b N0), radiothérapie mammaire
50 Gy + complément, trastuzumab adjuvant pour un an au total (fin en juin 2020).

Août 2024 : asthénie, confusion et syndrome polyuro-polydipsique ; hypercalcémie à 3,12 mmol/L,
hospitalisation en urgence (hydratation, une perfusion unique de Zometa 4 mg le 22/08/2024). Le scanner
montre des lésions osseuses multiples (rachis, bassin, côtes) et trois lésions hépatiques. Biopsie
hépatique : métastase de carcinome canalaire infiltrant (NST), RE 0 %, RP 0 %, HER2 3+, Ki67 40 %.

Septembre 2024 à janvier 2025 : docétaxel + trastuzumab + pertuzumab (6 cycles), puis entretien par
Herceptin + Perjeta, interrompu en août 2025 pour une progression hépatique et osseuse.

Dénosumab débuté en septembre 2024 (Xgeva 120 mg toutes les 4 semaines), définitivement arrêté en juillet
2025 du fait d'une ostéonecrose de la mâchoire (avis stomatologique, Dr Hamon).

Aucun traitement local osseux à ce jour (ni radiothérapie osseuse, ni chirurgie, ni cimentoplastie).

Depuis le 09/09/2025 : trastuzumab déruxtécan (Enhertu 5,4 mg/kg toutes les 3 semaines), 2e cycle le
30/09/2025, bonne tolérance (nausées grade 1).

La patiente ne décrit aucune douleur osseuse, y compris rachidienne, et ne prend aucun antalgique.

## Examen clinique

ECOG 1. Poids 59 kg. Pas de douleur à la percussion rachidienne. Examen neurologique normal (force,
sensibilité, réflexes). Exposition osseuse mandibulaire gauche de 5 mm. Hépatomégalie à 2 cm sous le rebord
costal.

## Imagerie

- TEP-TDM du 18/08/2025 : progression hépatique (deux nouvelles lésions) et hypermétabolisme nouveau de T12.
- IRM du rachis du 25/09/2025 : lésion de T12 envahissant le corps vertébral et le pédicule gauche, épidurite antérieure sans compression médullaire (Bilsky 1b), pas de tassement. SINS 8.

## Biologie (29/09/2025)

Calcémie 2,44 mmol/L ; créatinine 62 µmol/L ; ASAT 1,8 N ; ALAT 1,5 N ; bilirubine normale ; Hb 11,2 g/dL ;
plaquettes 178 G/L.

## Traitement habituel

| Médicament | Posologie | Indication
| Enhertu (trastuzumab déruxtécan) | 5,4 mg/kg IV toutes les 3 semaines | cancer du sein
| Xgeva 120 mg | 1 injection SC toutes les 4 semaines | métastases osseuses
| Innohep 14 000 UI anti-Xa | 1 injection SC par jour | embolie pulmonaire
| Zymad 50 000 UI | 1 ampoule par mois | carence en vitamine D
| Inipomp 20 mg | 1 cp par jour | protection gastrique
| Imovane 7,5 mg | 1 cp au coucher | insomnie
| Primpéran 10 mg | si nausées | nausées

## Conclusion

Cancer du sein HER2 positif, RH négatifs, en rechute métastatique osseuse et hépatique depuis août 2024
(révélée par une hypercalcémie), en deuxième ligne par trastuzumab déruxtécan. Lésion de T12 avec
épidurite sans compression, asymptomatique. Situation palliative ; ECOG 1.

## Proposition

- Poursuite d'Enhertu.
- Question à la RCP : radiothérapie de T12 (stéréotaxique ou conventionnelle) ? Indication chirurgicale ?
- Pas de reprise d'un traitement anti-résorptif (ostéonécrose).

! Dr Isabelle KERGOAT
""",
    gold=dict(
        patient=dict(sex="F", age=48),
        primaryTumor=dict(status="present", site="breast", histology="invasive_ductal_carcinoma",
                          biomarkers={"ER": "negative", "PR": "negative", "HER2": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["hypercalcemia"], dated=True),
        pain=dict(status="absent", types=[], intensity=None),
        currentMedications=dict(status="present", atc=S("M05BX04", "B01AB10", "A11CC05", "A02BC02", "N05CF01")),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="conflicting", atc=["M05BX04"]),
        anticoagulation=dict(status="present", atc=["B01AB10"]),
        antiplatelets=dict(status="unknown", atc=[]),
        prognosis=dict(status="present", ecog=1),
        therapeuticProject=dict(status="present", intent="palliative"),
    ),
    evidence={
        "patient": ["Date de naissance | 02/10/1977", "le 06/10/2025"],
        "primaryTumor": ["métastase de carcinome canalaire infiltrant (NST), RE 0 %, RP 0 %, HER2 3+"],
        "boneDiagnosis": ["Août 2024", "hypercalcémie à 3,12 mmol/L", "(révélée par une hypercalcémie)"],
        "pain": ["ne décrit aucune douleur osseuse"],
        "currentMedications": ["Zymad 50 000 UI", "Inipomp 20 mg", "Imovane 7,5 mg"],
        "priorLocalTreatments": ["Aucun traitement local osseux à ce jour"],
        "boneTargetedTherapy": ["Xgeva 120 mg | 1 injection SC toutes les 4 semaines",
                                "définitivement arrêté en juillet 2025",
                                "Pas de reprise d'un traitement anti-résorptif"],
        "anticoagulation": ["Innohep 14 000 UI anti-Xa", "tinzaparine (Innohep), poursuivie"],
        "prognosis": ["ECOG 1"],
        "therapeuticProject": ["Poursuite d'Enhertu", "Situation palliative"],
    },
    not_current={
        "M05BA08": "single Zometa infusion for hypercalcaemia (22/08/2024)",
        "L01CD01": "paclitaxel, neoadjuvant 2019",
        "L01CD02": "docétaxel, 6 cycles ended January 2025",
        "L01FD01": "trastuzumab / Herceptin stopped August 2025 (Enhertu is trastuzumab deruxtecan, L01FD04, not in the table)",
        "L01FD02": "pertuzumab / Perjeta stopped August 2025",
    },
))

# ---------------------------------------------------------------------------
# z09 - PDF, radiation oncologist (SBRT unit), lung adenocarcinoma ALK+,
#       single iliac metastasis on staging PET; curative intent; everything
#       explicitly denied; mother's 'AVK' is family history
# ---------------------------------------------------------------------------
LETTERS.append(dict(
    id="z09", fmt="pdf",
    letter_date=date(2025, 3, 3), birth_date=None, age_written=49,
    pdf=dict(title="Consultation radiothérapie stéréotaxique - LE DANTEC Yannick", author="Dr A.-L. Pichon-Vasseur",
             running_header="M. LE DANTEC Yannick - 49 ans - consultation du 03/03/2025",
             footer="Institut Bernard-Falcou - Département de Radiothérapie - 2 place des Ormeaux, 13990 Val-d'Ardière",
             col_widths={2: (55, 115)}),
    markup="""
@ INSTITUT BERNARD-FALCOU
@ Département de Radiothérapie - Unité de radiothérapie stéréotaxique
@ 2 place des Ormeaux, 13990 Val-d'Ardière - Tél. 04 99 00 91 44

> Val-d'Ardière, le 3 mars 2025
> Dr Anne-Laure PICHON-VASSEUR, oncologue radiothérapeute
> au Dr Rémi Castel, coordinateur de la RCP « Métastases osseuses »
> Copie : Dr Émilie Sarda (oncologie thoracique), Dr Olivier Fabre (médecin traitant)

# Consultation de radiothérapie - demande de discussion en RCP

! M. Yannick LE DANTEC, 49 ans - consultation du 03/03/2025

## Motif

Avis sur une radiothérapie stéréotaxique de consolidation d'une métastase osseuse unique de l'aile iliaque
gauche, chez un patient atteint d'un adénocarcinome pulmonaire ALK réarrangé, en réponse sous alectinib.

## Antécédents

- Fracture du scaphoïde droit en 2010 (accident de moto), vissage percutané.
- Pas d'autre antécédent médical ou chirurgical notable. Pas d'allergie connue.
- Jamais fumeur. Ingénieur, marié, deux enfants.

Familiaux : père - cancer de la prostate à 65 ans ; mère - thromboses veineuses récidivantes, sous AVK au
long cours ; sœur en bonne santé.

## Histoire de la maladie

- Novembre 2024 : toux sèche persistante. Scanner thoracique : masse du lobe supérieur gauche de 28 mm avec adénopathie hilaire homolatérale.
- Décembre 2024 : biopsie sous écho-endoscopie : adénocarcinome pulmonaire. Biologie moléculaire : réarrangement ALK (immunohistochimie positive, confirmée en FISH), pas de mutation EGFR, pas de réarrangement ROS1, KRAS non muté. PD-L1 à 40 %.
- Bilan d'extension : la TEP-TDM du 14/01/2025 montre la masse pulmonaire et l'adénopathie hilaire hypermétaboliques, et un foyer unique de l'aile iliaque gauche (SUVmax 11), lytique au scanner, de 25 mm. IRM cérébrale normale. IRM du bassin : lésion unique, sans rupture corticale. Stade IVA (cT1c N1 M1b), situation oligométastatique.
- Alectinib (Alecensa 600 mg 2 fois par jour) débuté le 01/02/2025. Tolérance excellente (myalgies grade 1).
- Scanner d'évaluation du 27/02/2025 : réponse partielle pulmonaire (17 mm), lésion iliaque stable, en cours de recalcification.

## Clinique

Le patient ne décrit aucune douleur, en particulier ni de la hanche ni de la fesse, et ne prend aucun
antalgique. OMS 0. Poids 78 kg, stable. Palpation de la crête iliaque gauche indolore, marche normale, pas
d'adénopathie périphérique.

## Traitement en cours

Alecensa 150 mg : 4 gélules matin et soir. Aucun autre traitement. Pas d'anticoagulant, pas
d'antiagrégant plaquettaire.

## Traitements locaux antérieurs

Aucune irradiation antérieure ; aucun geste chirurgical ni percutané sur la lésion iliaque.

## Proposition thérapeutique

Dans ce contexte oligométastatique, en réponse sous alectinib, nous proposons une stratégie à visée
curative : poursuite de l'alectinib, radiothérapie stéréotaxique de la lésion iliaque gauche (27 Gy en 3
fractions), et discussion d'un traitement local de la tumeur primitive (radiothérapie stéréotaxique ou
chirurgie) en RCP thoracique.

Pas d'indication à un traitement ostéo-ciblé (bisphosphonate ou dénosumab) pour une lésion unique sans
risque fracturaire.

Espérance de vie : survie prolongée attendue (plusieurs années) sous inhibiteur d'ALK.

## Éléments de planification (prévisionnels)

| Paramètre | Valeur
| Imagerie de contourage | TDM de simulation + recalage IRM bassin et TEP du 14/01/2025
| Volumes | GTV = lésion lytique et composante tissulaire ; CTV = GTV + 5 mm dans l'os ; PTV = CTV + 3 mm
| Dose | 27 Gy en 3 fractions de 9 Gy, 1 jour sur 2
| Contraintes | intestin grêle D0,5cc < 24 Gy ; côlon D0,5cc < 28 Gy ; plexus lombo-sacré D0,035cc < 30 Gy
| Contention | matelas à dépression, repositionnement par imagerie conique (CBCT)

## Questions à la RCP

- Validez-vous l'indication d'une radiothérapie stéréotaxique de la lésion iliaque (dose, fractionnement) ?
- Faut-il une biopsie osseuse de confirmation avant l'irradiation ?

Avec mes remerciements et mes sentiments confraternels,

! Dr Anne-Laure PICHON-VASSEUR
""",
    gold=dict(
        patient=dict(sex="M", age=49),
        primaryTumor=dict(status="present", site="lung", histology="adenocarcinoma",
                          biomarkers={"ALK": "positive", "EGFR": "negative", "ROS1": "negative",
                                      "KRAS": "negative", "PD-L1": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["staging_imaging"], dated=True),
        pain=dict(status="absent", types=[], intensity=None),
        currentMedications=dict(status="present", atc=["L01ED03"]),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", ecog=0),
        therapeuticProject=dict(status="present", intent="curative"),
    ),
    evidence={
        "patient": ["M. Yannick LE DANTEC, 49 ans"],
        "primaryTumor": ["adénocarcinome pulmonaire", "réarrangement ALK", "pas de mutation EGFR",
                         "pas de réarrangement ROS1", "KRAS non muté", "PD-L1 à 40 %"],
        "boneDiagnosis": ["Bilan d'extension : la TEP-TDM du 14/01/2025", "foyer unique de l'aile iliaque gauche"],
        "pain": ["Le patient ne décrit aucune douleur"],
        "currentMedications": ["Alecensa 150 mg : 4 gélules matin et soir", "Aucun autre traitement"],
        "priorLocalTreatments": ["Aucune irradiation antérieure ; aucun geste chirurgical ni percutané"],
        "boneTargetedTherapy": ["Aucun autre traitement", "Pas d'indication à un traitement ostéo-ciblé"],
        "anticoagulation": ["Pas d'anticoagulant"],
        "antiplatelets": ["pas d'antiagrégant plaquettaire"],
        "prognosis": ["OMS 0", "survie prolongée attendue"],
        "therapeuticProject": ["stratégie à visée curative", "poursuite de l'alectinib"],
    },
    not_current={
        "M05BX04": "dénosumab: 'pas d'indication'",
    },
))

# ---------------------------------------------------------------------------
# z10 - DOCX (letterhead in the Word header), medical oncologist, de novo
#       high-volume mHSPC; inflammatory + nocturnal pain; docetaxel only
#       planned; Eliquis for AF; Kardégic 'à vérifier' (uncertain); prior RT
#       only reported ('aurait été réalisée'); bone agent explicitly not yet;
#       prognosis stated without any performance status
# ---------------------------------------------------------------------------
LETTERS.append(dict(
    id="z10", fmt="docx",
    letter_date=date(2025, 1, 9), birth_date=date(1953, 12, 28), age_written=None,
    docx=dict(author="Dr François Nguyen-Bertin", title="Compte rendu de consultation", heading_style="Heading 3",
              letterhead_in_header=True, justify=True, font="Times New Roman", size=11,
              footer="IRC Marguerite-Soulié - Comité d'uro-oncologie - secrétariat 05 99 00 44 09"),
    markup="""
@ INSTITUT RÉGIONAL DE CANCÉROLOGIE MARGUERITE-SOULIÉ
@ Oncologie médicale - Comité d'uro-oncologie
@ 31 rue Sainte-Claire, 86990 Montreuil-Bonnard - Secrétariat : 05 99 00 44 09

> Le 9 janvier 2025
> Dr François NGUYEN-BERTIN
> À l'attention du Dr Mathilde Rigaud, RCP Métastases osseuses

# Compte rendu de consultation

! M. Roger CHAMPEAUX - né le 28/12/1953 - IPP 7710023
! Adressé par le Dr Pascal Morin, urologue

## Motif

Lombalgies invalidantes en rapport avec une lésion lytique de L2 avec épidurite, chez un patient porteur
d'un adénocarcinome prostatique métastatique hormonosensible de haut volume, nouvellement diagnostiqué.

## Antécédents

- Fibrillation atriale permanente depuis 2020, anticoagulée par apixaban (Eliquis 5 mg 2 fois par jour).
- Cardiopathie ischémique : triple pontage coronarien en 2015. Le patient était sous Kardegic 75 mg ; il ne sait plus s'il le prend toujours depuis l'introduction de l'Eliquis (le pilulier est préparé par son épouse). À vérifier auprès de son cardiologue, le Dr Sanchez.
- Diabète de type 2 depuis 2008 sous metformine (Glucophage 1000 mg 2 fois par jour).
- Dyslipémie.
- Fracture de la clavicule gauche dans l'enfance.
- Appendicectomie.

Antécédents familiaux : frère - cancer de la prostate à 60 ans, traité par prostatectomie ; un neveu est
porteur d'une mutation BRCA2 (consultation d'oncogénétique demandée pour le patient).

Mode de vie : menuisier retraité, vit avec son épouse, trois enfants. Ancien fumeur (15 PA, arrêt en 1990).

## Histoire de la maladie

Le patient présente depuis septembre 2024, soit environ quatre mois, des lombalgies d'aggravation
progressive, d'horaire inflammatoire, avec des réveils nocturnes vers 3-4 heures du matin et un dérouillage
matinal d'environ une heure. Une radiographie du rachis prescrite par le médecin traitant en octobre montre
une lyse du corps de L2. L'IRM du rachis du 08/11/2024 retrouve des lésions osseuses multiples (L2 avec
épidurite antérieure sans compression, L4, sacrum, bassin). PSA à 245 ng/mL. Biopsies prostatiques du
03/12/2024 : adénocarcinome prostatique, score de Gleason 4+5 = 9 (ISUP 5), 10 carottes sur 12 envahies.

Bilan : scanner TAP et scintigraphie osseuse (décembre 2024) : plus de 10 lésions osseuses (rachis, bassin,
côtes, fémur droit), adénopathies iliaques et lombo-aortiques, pas de lésion viscérale. Maladie de haut
volume selon CHAARTED.

D'après le patient, une radiothérapie antalgique de L2 aurait été réalisée en décembre à la Clinique du
Parc-Vernon (« une ou deux séances ») ; nous n'avons reçu aucun compte rendu.

Traitement : bicalutamide du 05/12/2024 au 02/01/2025 (prévention de l'effet flare), Eligard 45 mg le
12/12/2024, darolutamide (Nubeqa 300 mg, 2 cp matin et soir) depuis le 02/01/2025. Docétaxel 75 mg/m²
toutes les 3 semaines, 6 cycles, prévu à partir du 16/01/2025 (triplette) ; pose de chambre implantable
programmée le 13/01.

Antalgie : le tramadol (Topalgic LP 100 mg 2 fois par jour) prescrit par le médecin traitant a été arrêté fin
novembre pour inefficacité et remplacé par l'oxycodone. EN à 8/10 en novembre, 5/10 aujourd'hui.

## Examen clinique

Patient autonome, marche sans aide. Poids 84 kg. Douleur à la percussion de L2. Pas de déficit moteur ni
sensitif des membres inférieurs, ROT présents et symétriques, pas de trouble sphinctérien. Toucher rectal :
prostate dure, pierreuse, bilatérale.

## Biologie (06/01/2025)

PSA 198 ng/mL ; testostérone 0,3 nmol/L ; Hb 12,4 g/dL ; PAL 410 UI/L ; calcémie 2,42 mmol/L ; créatinine
89 µmol/L (DFG 74 mL/min) ; HbA1c 7,4 %.

## Traitement actuel

| Médicament | Posologie
| Eligard 45 mg | 1 injection SC tous les 6 mois (dernière le 12/12/2024)
| Nubeqa 300 mg | 2 cp matin et soir
| Eliquis 5 mg | 1 cp matin et soir
| Glucophage 1000 mg | 1 cp matin et soir
| Tahor 40 mg | 1 cp le soir
| Oxycontin LP 10 mg | 1 cp matin et soir
| Oxynormoro 5 mg | si douleur, jusqu'à 4 par jour
| Doliprane 1 g | 1 cp 3 fois par jour
| Movicol | 1 sachet par jour
| Kardegic 75 mg ? | à vérifier (cf. antécédents)

Traitement osseux : pas de dénosumab ni de bisphosphonate pour le moment ; l'introduction du dénosumab (Xgeva
120 mg toutes les 4 semaines) est prévue après le bilan bucco-dentaire (panoramique demandé).

## Conclusion

Adénocarcinome prostatique Gleason 9, métastatique osseux et ganglionnaire de haut volume, hormonosensible,
révélé par des lombalgies inflammatoires en septembre 2024, débutant une triplette suppression androgénique
+ darolutamide + docétaxel. Lésion de L2 avec épidurite, sans déficit, douloureuse (EN 5/10).

Pronostic : maladie de haut volume, mais survie médiane attendue de plusieurs années sous triplette.

## Questions à la RCP

- Indication d'une radiothérapie de L2 (si elle n'a pas déjà été faite : compte rendu demandé) ou d'un geste chirurgical ou d'une cimentoplastie compte tenu de l'épidurite ?
- Faut-il décaler la première cure de docétaxel en cas d'irradiation ?
- Gestion de l'apixaban en cas de geste.

! Dr François NGUYEN-BERTIN
""",
    gold=dict(
        patient=dict(sex="M", age=71),
        primaryTumor=dict(status="present", site="prostate", histology="adenocarcinoma",
                          biomarkers={"PSA": "positive"}),
        boneDiagnosis=dict(status="present", circumstances=["pain"], dated=True),
        pain=dict(status="present", types=["inflammatory", "nocturnal"], intensity=5),
        currentMedications=dict(status="present", atc=S("L02AE02", "L02BB06", "B01AF02", "A10BA02", "C10AA05",
                                                         "N02AA05", "N02BE01", "A06AD65")),
        priorLocalTreatments=dict(status="uncertain", types=["radiotherapy"]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="present", atc=["B01AF02"]),
        antiplatelets=dict(status="uncertain", atc=["B01AC06"]),
        prognosis=dict(status="present", ecog=None),
        therapeuticProject=dict(status="present", intent=None),
    ),
    evidence={
        "patient": ["né le 28/12/1953", "Le 9 janvier 2025"],
        "primaryTumor": ["adénocarcinome prostatique, score de Gleason 4+5 = 9", "PSA à 245 ng/mL"],
        "boneDiagnosis": ["depuis septembre 2024, soit environ quatre mois, des lombalgies",
                          "révélé par des lombalgies inflammatoires en septembre 2024"],
        "pain": ["d'horaire inflammatoire", "réveils nocturnes vers 3-4 heures du matin", "5/10 aujourd'hui"],
        "currentMedications": ["Eligard 45 mg", "Nubeqa 300 mg", "Glucophage 1000 mg", "Tahor 40 mg",
                               "Oxycontin LP 10 mg", "Doliprane 1 g", "Movicol"],
        "priorLocalTreatments": ["une radiothérapie antalgique de L2 aurait été réalisée",
                                 "nous n'avons reçu aucun compte rendu"],
        "boneTargetedTherapy": ["pas de dénosumab ni de bisphosphonate pour le moment"],
        "anticoagulation": ["anticoagulée par apixaban (Eliquis 5 mg 2 fois par jour)"],
        "antiplatelets": ["il ne sait plus s'il le prend toujours", "Kardegic 75 mg ? | à vérifier"],
        "prognosis": ["survie médiane attendue de plusieurs années"],
        "therapeuticProject": ["darolutamide (Nubeqa 300 mg, 2 cp matin et soir) depuis le 02/01/2025",
                               "débutant une triplette"],
    },
    not_current={
        "B01AC06": "Kardégic: the patient does not know whether he still takes it (uncertain)",
        "N02AX02": "tramadol (Topalgic) stopped end of November",
        "L01CD02": "docétaxel planned from 16/01/2025 (C1 not given)",
        "M05BX04": "dénosumab (Xgeva) planned after the dental work-up; 'pas de dénosumab pour le moment'",
    },
))

# ---------------------------------------------------------------------------
# z11 - PDF, radiation oncologist, lobular breast cancer; pathological T8
#       fracture -> kyphoplasty; old traumatic hip fracture with hemi-
#       arthroplasty (not a bone-metastasis treatment); Femara + Ibrance
#       stopped; best supportive care only; Fragmine only reported by the
#       daughter (uncertain); Karnofsky only
# ---------------------------------------------------------------------------
LETTERS.append(dict(
    id="z11", fmt="pdf",
    letter_date=date(2025, 5, 26), birth_date=date(1945, 7, 15), age_written=None,
    pdf=dict(title="Consultation radiothérapie - GUILLEMINOT Odette", author="Dr Y.-M. Troadec",
             running_header="Mme GUILLEMINOT Odette, née le 15/07/1945 - consultation du 26/05/2025",
             footer="Centre de Cancérologie Saint-Clément - Service d'Oncologie-Radiothérapie - 5 chemin de la Garenne-aux-Moines, 29990 Plouvenec",
             align="J", size=10),
    markup="""
@ CENTRE DE CANCÉROLOGIE SAINT-CLÉMENT
@ Service d'Oncologie-Radiothérapie - Dr Yves-Marie TROADEC
@ 5 chemin de la Garenne-aux-Moines, 29990 Plouvenec - Tél. 02 99 00 18 76

> Plouvenec, le 26 mai 2025
> À la RCP Métastases osseuses - à l'attention du Dr Gaëlle Quéré
> Copie : Dr Hélène Morvan (oncologue), Dr Paul Le Bris (médecin traitant), équipe mobile de soins palliatifs

# Consultation de radiothérapie - demande d'avis en RCP

! Patiente : Mme Odette GUILLEMINOT, née le 15/07/1945
! Date de consultation : 26/05/2025

## Motif

Sciatalgie gauche hyperalgique en rapport avec une métastase sacrée, chez une patiente atteinte d'un
carcinome lobulaire du sein métastatique, en soins de support exclusifs ; demande de radiothérapie
antalgique.

## Antécédents

Personnels :

- HTA ; insuffisance rénale chronique modérée (DFG 45 mL/min).
- Fracture du col du fémur droit en 2015 (chute à domicile), traitée par prothèse intermédiaire, compliquée d'une phlébite de la jambe droite.
- Cataracte bilatérale opérée.
- Cancer du sein droit en 2012 (cf. histoire de la maladie).

Familiaux : fille - cancer du sein à 48 ans ; sœur - diabète.

Mode de vie : veuve, vit seule dans une maison de plain-pied, passage infirmier deux fois par jour et aide
à domicile. Pas de tabac.

## Histoire de la maladie

- 2012 : carcinome lobulaire infiltrant du sein droit ; mastectomie avec curage, radiothérapie pariétale, puis anastrozole (Arimidex) pendant 5 ans (2012-2017). Le compte rendu anatomopathologique initial n'a pas été retrouvé.
- Mai 2024 : dorsalgie brutale en soulevant un sac de courses ; la radiographie puis l'IRM montrent un tassement pathologique de T8 sur une lésion lytique, et d'autres lésions du rachis et du bassin. Cyphoplastie de T8 avec biopsie le 11/06/2024 : métastase de carcinome lobulaire mammaire, RE 80 %, RP 0 %, HER2 score 0.
- Juin 2024 à avril 2025 : létrozole (Femara) + palbociclib (Ibrance 100 mg), réponse puis stabilité.
- Acide zolédronique (Zometa, dose adaptée à la fonction rénale : 3 mg) toutes les 12 semaines depuis juillet 2024 ; dernière perfusion le 14/04/2025 ; traitement maintenu.
- Avril 2025 : progression osseuse (sacrum, aile iliaque gauche) et hépatique. Hospitalisation du 14 au 25/04/2025 pour douleurs et déshydratation. Compte tenu de l'altération de l'état général et après discussion avec la patiente et sa fille, le Dr Morvan a décidé l'arrêt des traitements spécifiques : Femara et Ibrance ont été arrêtés le 22/04/2025, et la prise en charge relève désormais de soins de support exclusifs.

La patiente n'a jamais reçu de radiothérapie sur le plan osseux.

## Douleur

Depuis la mi-avril, sciatalgie gauche de trajet S1, à type de décharges électriques et de brûlures
plantaires, DN4 à 6/10, majorée la nuit avec des réveils nocturnes. EVA à 8/10 la semaine dernière, 6/10 ce
jour après majoration de la Sophidone. Pas de douleur de hanche à l'appui. La station assise prolongée est
difficile.

## Anticoagulation

D'après sa fille, la patiente recevrait des injections quotidiennes de Fragmine par l'infirmière depuis sa
sortie d'hospitalisation ; ce traitement ne figure pas sur le courrier de sortie. À vérifier avant tout
geste.

## Examen clinique

Karnofsky 50 %. Patiente fatiguée, marche quelques pas avec un déambulateur. Lasègue gauche à 30°. Réflexe
achilléen gauche aboli. Pas de déficit moteur franc, pas de trouble sphinctérien. Poids 52 kg (-6 kg en 3
mois).

## Imagerie

- IRM sacrée du 19/05/2025 : lésion lytique de l'aileron sacré gauche étendue au foramen S1 gauche, avec une composante épidurale sacrée comprimant la racine S1 gauche. Pas de fracture du sacrum.
- Scanner TAP du 15/04/2025 : lésions hépatiques multiples, progression osseuse.

## Biologie (20/05/2025)

Créatinine 108 µmol/L (DFG 42 mL/min), calcémie corrigée 2,45 mmol/L, Hb 10,1 g/dL, albumine 31 g/L.

## Traitement en cours

- Sophidone LP 8 mg matin et soir ; Sophidone 1,3 mg si besoin
- Neurontin 100 mg 3 fois par jour (dose adaptée à la fonction rénale)
- Doliprane 1 g 3 fois par jour
- Solupred 20 mg le matin
- Forlax : 1 sachet 2 fois par jour
- Zometa toutes les 12 semaines (prochaine perfusion en juillet)
- Amlor 5 mg

Pas d'antiagrégant plaquettaire. Anticoagulant : cf. supra (à vérifier).

## Conclusion

Carcinome lobulaire du sein RE+ HER2 0, métastatique osseux (révélé par un tassement pathologique de T8 en
mai 2024, traité par cyphoplastie) et hépatique, en progression, en soins de support exclusifs. Sciatalgie
S1 gauche neuropathique hyperalgique sur atteinte sacrée foraminale. Karnofsky 50 %, espérance de vie
estimée à quelques mois.

## Proposition

Je propose une radiothérapie antalgique du sacrum et du foramen S1 gauche en une fraction de 8 Gy,
réalisable dés la semaine prochaine, en décubitus avec une antalgie préalable.

Questions à la RCP : validation de l'indication ; une cimentoplastie sacrée (sacroplastie) ne me paraît pas
indiquée en raison de l'extension foraminale ; poursuite ou non du Zometa dans ce contexte ?

! Dr Yves-Marie TROADEC
""",
    gold=dict(
        patient=dict(sex="F", age=79),
        primaryTumor=dict(status="present", site="breast", histology="invasive_lobular_carcinoma",
                          biomarkers={"ER": "positive", "PR": "negative", "HER2": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["pathological_fracture"], dated=True),
        pain=dict(status="present", types=["neuropathic", "nocturnal"], intensity=6),
        currentMedications=dict(status="present", atc=S("N02AA03", "N03AX12", "N02BE01", "H02AB06", "A06AD15",
                                                         "M05BA08")),
        priorLocalTreatments=dict(status="present", types=["cementoplasty"]),
        boneTargetedTherapy=dict(status="present", atc=["M05BA08"]),
        anticoagulation=dict(status="uncertain", atc=["B01AB04"]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="present", kps=50),
        therapeuticProject=dict(status="present", intent="supportive"),
    ),
    evidence={
        "patient": ["née le 15/07/1945", "Plouvenec, le 26 mai 2025"],
        "primaryTumor": ["carcinome lobulaire infiltrant du sein droit", "RE 80 %, RP 0 %, HER2 score 0"],
        "boneDiagnosis": ["Mai 2024 : dorsalgie brutale", "tassement pathologique de T8"],
        "pain": ["à type de décharges électriques", "réveils nocturnes", "6/10 ce jour",
                 "Pas de douleur de hanche à l'appui"],
        "currentMedications": ["Sophidone LP 8 mg", "Neurontin 100 mg", "Doliprane 1 g", "Solupred 20 mg",
                               "Forlax"],
        "priorLocalTreatments": ["Cyphoplastie de T8 avec biopsie le 11/06/2024"],
        "boneTargetedTherapy": ["Zometa toutes les 12 semaines (prochaine perfusion en juillet)"],
        "anticoagulation": ["la patiente recevrait des injections quotidiennes de Fragmine", "À vérifier"],
        "antiplatelets": ["Pas d'antiagrégant plaquettaire"],
        "prognosis": ["Karnofsky 50 %"],
        "therapeuticProject": ["relève désormais de soins de support exclusifs"],
    },
    not_current={
        "L02BG03": "anastrozole (Arimidex) 2012-2017",
        "L02BG04": "létrozole (Femara) stopped 22/04/2025",
        "L01EF01": "palbociclib (Ibrance) stopped 22/04/2025",
        "B01AB04": "Fragmine only reported by the daughter, 'à vérifier' (uncertain)",
    },
))

# ---------------------------------------------------------------------------
# z12 - TXT (hard-wrapped at 72 columns), medical oncologist; probable renal
#       primary without histology (uncertain); incidental discovery on a CT
#       for flank pain, no date or duration given for the bone disease; no
#       performance status or prognosis; no treatment decided yet
# ---------------------------------------------------------------------------
LETTERS.append(dict(
    id="z12", fmt="txt", wrap=72,
    letter_date=date(2025, 5, 15), birth_date=None, age_written=58,
    markup="""
@ Centre de Cancérologie du Bocage
@ Consultation d'oncologie médicale - Dr Nicolas FERRAND-DUVAL
@ 22 route de la Forge-Neuve, 61990 Saint-Ouen-du-Bocage
@ Tél : 02 99 00 66 31 / Fax : 02 99 00 66 32

> Saint-Ouen-du-Bocage, le 15 mai 2025

! Objet : M. HADDOU-LEBRETON Karim, 58 ans
! Demande d'avis RCP Métastases osseuses

Chère consœur, cher confrère,

J'ai vu en consultation M. Karim Haddou-Lebreton, 58 ans, adressé par son médecin traitant, le Dr Sabine Orsini, pour la prise en charge de lésions osseuses multiples associées à une masse rénale gauche.

## MOTIF

Lésions osseuses lytiques multiples (aile iliaque et cotyle gauches, côtes) et masse rénale gauche, sans diagnostic histologique à ce jour.

## ANTECEDENTS

- Ancien fumeur, 20 paquets-années.
- HTA sous amlodipine.
- Hernie discale L4-L5 opérée en 2010.
- Thrombose veineuse du mollet gauche en 2017 au retour d'un vol long-courrier, traitée 3 mois par Xarelto, sans récidive.
- Syndrome anxieux.

Familiaux : père décédé d'un cancer du rein à 70 ans ; mère : thrombose veineuse profonde à 65 ans ; pas d'autre antécédent connu.

Mode de vie : cadre commercial, marié, deux enfants. Alcool occasionnel.

## HISTOIRE DE LA MALADIE

Son médecin traitant a prescrit un scanner abdomino-pelvien pour des douleurs du flanc gauche. Celui-ci montre une masse du pôle supérieur du rein gauche de 7 cm, hétérogène, évocatrice d'un carcinome rénal, sans thrombus de la veine rénale, ainsi que des lésions lytiques de l'aile iliaque gauche et du toit du cotyle gauche. Ces lésions osseuses, asymptomatiques à ce moment-là, ont donc été découvertes de façon fortuite.

Le bilan d'extension par TEP-TDM montre en outre des lésions costales (5e et 8e arcs droits) et trois nodules pulmonaires de 6 à 11 mm.

Depuis, le patient a développé une douleur de la hanche gauche, survenant à la marche et à l'appui prolongé, calmée par le repos. Pas de douleur nocturne. EVA à 4/10 sous Dafalgan codéiné. Il avait pris de l'ibuprofène (Advil) quelques jours, arrêté par son médecin traitant en raison de la masse rénale.

Le diagnostic le plus probable est celui d'un carcinome rénal métastatique ; un autre primitif, pulmonaire notamment, ne peut pas être exclu en l'absence de preuve histologique. Une biopsie percutanée (rénale ou osseuse, selon l'avis de la RCP) est à programmer.

## EXAMEN CLINIQUE

Poids 79 kg, taille 1,78 m. TA 145/88 mmHg. Boiterie d'esquive gauche. Douleur à la palpation de la crête iliaque gauche et à la rotation de la hanche gauche. Pas de déficit neurologique. Pas de masse abdominale palpable. Pas d'adénopathie périphérique. Auscultation cardio-pulmonaire normale.

## BIOLOGIE

Créatinine 96 µmol/L (DFG 78 mL/min), calcémie corrigée 2,48 mmol/L, Hb 12,1 g/dL, plaquettes 412 G/L, PNN 7,9 G/L, LDH normales, CRP 24 mg/L. PSA 0,9 ng/mL (normal).

## TRAITEMENT ACTUEL

- Amlodipine 5 mg par jour
- Dafalgan codéiné 500 mg/30 mg : 2 cp 3 fois par jour
- Xanax 0,25 mg le soir

Pas de traitement anticoagulant ni antiagrégant. Aucun traitement à visée osseuse (ni bisphosphonate ni dénosumab). Aucun traitement local (radiothérapie, chirurgie, cimentoplastie) n'a été réalisé sur les lésions osseuses.

## CONCLUSION

Patient de 58 ans présentant des lésions osseuses lytiques multiples, dont une lésion du toit du cotyle gauche douloureuse, associées à une masse rénale gauche et à des nodules pulmonaires, très évocatrices d'un carcinome rénal métastatique, sans preuve histologique. Aucun traitement spécifique n'a été débuté ; la stratégie thérapeutique sera définie à réception de l'histologie.

## QUESTIONS POSEES A LA RCP

1. Quel site biopsier en priorité (masse rénale ou lésion iliaque) ?

2. La lésion du toit du cotyle justifie-t-elle un geste de consolidation (cimentoplastie, chirurgie) ou une radiothérapie antalgique avant le résultat histologique ?

3. Faut-il débuter un traitement anti-résorptif dès maintenant ?

Je reste à votre disposition. Bien cordialement,

! Dr N. Ferrand-Duval
""",
    gold=dict(
        patient=dict(sex="M", age=58),
        primaryTumor=dict(status="uncertain", site="kidney", histology=None, biomarkers={"PSA": "negative"}),
        boneDiagnosis=dict(status="present", circumstances=["incidental_imaging"], dated=False),
        pain=dict(status="present", types=["mechanical"], intensity=4),
        currentMedications=dict(status="present", atc=S("N02AJ06", "N05BA12")),
        priorLocalTreatments=dict(status="absent", types=[]),
        boneTargetedTherapy=dict(status="absent", atc=[]),
        anticoagulation=dict(status="absent", atc=[]),
        antiplatelets=dict(status="absent", atc=[]),
        prognosis=dict(status="unknown", ecog=None),
        therapeuticProject=dict(status="unknown", intent=None),
    ),
    evidence={
        "patient": ["M. HADDOU-LEBRETON Karim, 58 ans"],
        "primaryTumor": ["Le diagnostic le plus probable est celui d'un carcinome rénal métastatique",
                         "ne peut pas être exclu en l'absence de preuve histologique", "PSA 0,9 ng/mL (normal)"],
        "boneDiagnosis": ["ont donc été découvertes de façon fortuite",
                          "scanner abdomino-pelvien pour des douleurs du flanc gauche"],
        "pain": ["survenant à la marche et à l'appui prolongé", "Pas de douleur nocturne", "EVA à 4/10"],
        "currentMedications": ["Dafalgan codéiné 500 mg/30 mg", "Xanax 0,25 mg le soir"],
        "priorLocalTreatments": ["Aucun traitement local (radiothérapie, chirurgie, cimentoplastie)"],
        "boneTargetedTherapy": ["Aucun traitement à visée osseuse (ni bisphosphonate ni dénosumab)"],
        "anticoagulation": ["Pas de traitement anticoagulant ni antiagrégant"],
        "antiplatelets": ["Pas de traitement anticoagulant ni antiagrégant"],
    },
    not_current={
        "B01AF01": "Xarelto for 3 months after the 2017 DVT",
        "M01AE01": "ibuprofène (Advil) stopped by the GP",
        "M05BX04": "dénosumab denied ('ni bisphosphonate ni dénosumab')",
    },
))


if __name__ == "__main__":
    sys.exit(main())
