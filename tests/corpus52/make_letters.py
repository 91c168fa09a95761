#!/usr/bin/env python3
"""corpus52: 12 blind referral letters (Toulouse cancer centre, one month) and their gold.

Run from /work/main:  .venv/bin/python tests/corpus52/make_letters.py
Writes letters/ and gold/ byte-identically on every run, after checking every
gold record against the contract (shared/spec/rcp-request.md).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import unicodedata
import zlib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC = Path("/work/shared/spec")
if not SPEC.exists():
    SPEC = ROOT.parent / "shared" / "spec"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED = {
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
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
         "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
         "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
              "PD-L1", "ER", "PR", "PSA"}
BIO_RESULTS = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
        "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}
FIXED_PDF_DATE = "D:20250331120000+01'00'"
FIXED_ZIP_TIME = (2025, 3, 31, 12, 0, 0)


class ContractViolation(Exception):
    pass


def fail(msg):
    raise ContractViolation(msg)


def load_atc():
    rows = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        code, dci, inn = parts[0].strip(), parts[1].strip(), parts[2].strip()
        brands = [b.strip() for b in (parts[4].split(",") if len(parts) > 4 else []) if b.strip()]
        rows[code] = [dci, inn] + brands
    return rows


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def age_at(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


# ---------------------------------------------------------------- gap rule
def derive_gaps(g):
    """The spec's Gaps rule, applied to a gold record (nine items, no antiplatelets)."""
    gaps = []
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS9:
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


# ---------------------------------------------------------------- contract check
def check_gold(letter, atc):
    g = letter["gold"]
    lid = letter["id"]
    text = fold(letter_plain_text(letter))

    def need(cond, msg):
        if not cond:
            fail(f"{lid}: {msg}")

    expected_keys = {"id", "patient", "gaps", *ALLOWED}
    need(set(g) == expected_keys, f"keys {sorted(set(g) ^ expected_keys)}")
    need(g["id"] == lid, "id differs from stem")
    need(g["patient"]["sex"] in ("F", "M"), "sex")
    need(isinstance(g["patient"]["age"], int) and 18 <= g["patient"]["age"] <= 100, "age")
    if letter.get("birth"):
        need(age_at(letter["birth"], letter["date"]) == g["patient"]["age"],
             f"age {g['patient']['age']} != computed {age_at(letter['birth'], letter['date'])}")
        need(letter["birth"].strftime("%d/%m/%Y") in letter_plain_text(letter), "birth date not in letter")
    else:
        need(f"{g['patient']['age']} ans" in letter_plain_text(letter), "written age not in letter")
    need(letter["date"].strftime("%d/%m/%Y") in letter_plain_text(letter)
         or letter.get("date_text", "@@") in letter_plain_text(letter), "letter date not in letter")
    for item, allowed in ALLOWED.items():
        need(g[item]["status"] in allowed, f"{item}.status {g[item]['status']} not allowed")
    pt = g["primaryTumor"]
    need(set(pt) == {"status", "site", "histology", "biomarkers"}, "primaryTumor keys")
    need(pt["site"] in SITES | {None}, "site code")
    need(pt["histology"] in HISTO | {None}, "histology code")
    for k, v in pt["biomarkers"].items():
        need(k in BIOMARKERS and v in BIO_RESULTS, f"biomarker {k}={v}")
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], "unknown primary with values")
    else:
        need(pt["site"] is not None, "primary without site")
    bd = g["boneDiagnosis"]
    need(set(bd) == {"status", "circumstances", "dated"}, "boneDiagnosis keys")
    need(all(c in CIRC for c in bd["circumstances"]), "circumstance code")
    need(bd["circumstances"] == sorted(set(bd["circumstances"])), "circumstances not sorted/unique")
    need(isinstance(bd["dated"], bool), "dated bool")
    if bd["status"] == "unknown":
        need(not bd["circumstances"] and bd["dated"] is False, "unknown boneDiagnosis with values")
    else:
        need(bd["circumstances"], "present boneDiagnosis without circumstance")
    pn = g["pain"]
    need(set(pn) == {"status", "types", "intensity"}, "pain keys")
    need(all(t in PAIN_TYPES for t in pn["types"]) and pn["types"] == sorted(set(pn["types"])), "pain types")
    if pn["status"] in ("absent", "unknown"):
        need(not pn["types"] and pn["intensity"] is None, "pain absent/unknown with values")
    if pn["intensity"] is not None:
        need(isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10, "intensity range")
        need(f"{pn['intensity']}/10" in letter_plain_text(letter), "intensity not written as N/10")
    cm = g["currentMedications"]
    need(set(cm) == {"status", "atc"}, "currentMedications keys")
    need(cm["atc"] == sorted(set(cm["atc"])), "currentMedications atc not sorted/unique")
    if cm["status"] != "present":
        need(not cm["atc"], "currentMedications not present but has codes")
    for code in cm["atc"]:
        need(code in atc, f"ATC {code} not in atc-reference.tsv")
        names = atc[code]
        need(any(fold(n) in text for n in names), f"no name of {code} ({names[0]}) in letter text")
    lt = g["priorLocalTreatments"]
    need(set(lt) == {"status", "types"}, "priorLocalTreatments keys")
    need(all(t in LOCAL_TYPES for t in lt["types"]) and lt["types"] == sorted(set(lt["types"])), "local types")
    if lt["status"] != "present":
        need(not lt["types"], "local treatments not present but typed")
    else:
        need(lt["types"], "local treatments present without type")
    for sec, prefixes in AGENT_PREFIX.items():
        s = g[sec]
        need(set(s) == {"status", "atc"}, f"{sec} keys")
        need(s["atc"] == sorted(set(s["atc"])), f"{sec} atc not sorted/unique")
        for code in s["atc"]:
            need(code in atc, f"{sec} ATC {code} not in reference")
            need(code.startswith(prefixes), f"{sec} ATC {code} not in the section's classes")
            need(any(fold(n) in text for n in atc[code]), f"{sec}: no name of {code} in letter")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            need(set(s["atc"]) <= set(cm["atc"]), f"{sec} agents {s['atc']} missing from currentMedications")
            need(cm["status"] == "present", f"{sec} present but currentMedications not present")
        if s["status"] == "uncertain":
            need(not set(s["atc"]) & set(cm["atc"]), f"{sec}: doubtful agent listed as current medication")
    # every current drug of an agent class must be reflected in its section
    for code in cm["atc"]:
        for sec, prefixes in AGENT_PREFIX.items():
            if code.startswith(prefixes):
                need(g[sec]["status"] in ("present", "conflicting") and code in g[sec]["atc"],
                     f"current {code} not in {sec}")
    pr = g["prognosis"]
    need(pr["status"] in ("present", "unknown"), "prognosis status")
    need(set(pr) in ({"status", "ecog"}, {"status", "kps"}), "prognosis keys (ecog xor kps)")
    if "ecog" in pr and pr["ecog"] is not None:
        need(pr["ecog"] in range(5), "ecog range")
    if "kps" in pr:
        need(pr["kps"] in range(0, 101, 10), "kps range")
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and pr.get("kps") is None, "unknown prognosis with PS")
    tp = g["therapeuticProject"]
    need(set(tp) == {"status", "intent"}, "therapeuticProject keys")
    need(tp["intent"] in INTENTS | {None}, "intent code")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "unknown project with intent")
    if tp["intent"]:
        word = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support exclusifs"}[tp["intent"]]
        need(word in text, f"intent {tp['intent']} not worded in letter")
    need(g["gaps"] == derive_gaps(g), "gaps differ from the spec's rule")


# ---------------------------------------------------------------- document model
def H(t):
    return ("h", t)


def P(t):
    return ("p", t)


def T(rows, widths=None):
    return ("t", rows, widths)


def B():
    return ("b",)


def letter_plain_text(letter):
    return render_txt(letter["blocks"])


def render_txt(blocks, table_style="pipe"):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append(b[1])
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "b":
            out.append("")
        elif b[0] == "t":
            rows = b[1]
            if table_style == "pipe":
                for r in rows:
                    out.append(" | ".join(r))
            else:
                ncol = len(rows[0])
                w = [max(len(r[i]) for r in rows) for i in range(ncol)]
                for r in rows:
                    out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- PDF (text layer, embedded DejaVu Sans)
_WIDTHS = None


def widths():
    global _WIDTHS
    if _WIDTHS is None:
        from PIL import ImageFont
        f = ImageFont.truetype(str(FONT), 1000)
        w = {}
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
            except UnicodeDecodeError:
                w[code] = 600
                continue
            w[code] = int(round(f.getlength(ch)))
        _WIDTHS = w
    return _WIDTHS


def text_w(s, size):
    w = widths()
    return sum(w[b] for b in s.encode("cp1252")) * size / 1000.0


def wrap(s, size, maxw):
    words, lines, cur = s.split(" "), [], ""
    for word in words:
        cand = word if not cur else cur + " " + word
        if text_w(cand, size) <= maxw or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = word
    lines.append(cur)
    return lines


def render_pdf(blocks, title):
    W, Hh, M = 595, 842, 56
    size = 9.5
    lead = 12.5
    pages, ops = [], []
    y = [Hh - M]

    def newpage():
        pages.append(ops[:])
        ops.clear()
        y[0] = Hh - M

    def line(x, s, sz=size, bold=False):
        if y[0] < M + 20:
            newpage()
        data = s.encode("cp1252").hex().upper()
        if bold:
            ops.append(f"BT /F1 {sz} Tf 2 Tr 0.25 w {x:.1f} {y[0]:.1f} Td <{data}> Tj 0 Tr ET")
        else:
            ops.append(f"BT /F1 {sz} Tf {x:.1f} {y[0]:.1f} Td <{data}> Tj ET")

    usable = W - 2 * M
    for b in blocks:
        if b[0] == "b":
            y[0] -= lead * 0.6
        elif b[0] == "h":
            y[0] -= 3
            for l in wrap(b[1], size + 1, usable):
                line(M, l, size + 1, bold=True)
                y[0] -= lead + 1
        elif b[0] == "p":
            text = b[1]
            indent = 0
            for raw in text.split("\n"):
                if raw.startswith("- ") or raw.startswith("• "):
                    indent = 10
                else:
                    indent = 0
                for i, l in enumerate(wrap(raw, size, usable - indent)):
                    line(M + (indent if i else 0), l)
                    y[0] -= lead
            y[0] -= 2
        elif b[0] == "t":
            rows, wd = b[1], b[2]
            ncol = len(rows[0])
            wd = wd or [1] * ncol
            tot = sum(wd)
            colw = [usable * x / tot for x in wd]
            for ri, r in enumerate(rows):
                cells = [wrap(c, size - 0.5, colw[i] - 6) for i, c in enumerate(r)]
                nl = max(len(c) for c in cells)
                if y[0] - nl * lead < M + 20:
                    newpage()
                top = y[0] + lead - 3
                for k in range(nl):
                    x = M
                    for i, c in enumerate(cells):
                        if k < len(c):
                            line(x + 3, c[k], size - 0.5, bold=(ri == 0))
                        x += colw[i]
                    y[0] -= lead
                bottom = y[0] + lead - 3
                ops.append(f"0.5 w {M:.1f} {bottom:.1f} m {M + usable:.1f} {bottom:.1f} l S")
                if ri == 0:
                    ops.append(f"0.5 w {M:.1f} {top:.1f} m {M + usable:.1f} {top:.1f} l S")
            y[0] -= 4
    pages.append(ops[:])

    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    font_bytes = FONT.read_bytes()
    ff = add(("stream", f"/Length1 {len(font_bytes)} /Filter /FlateDecode", zlib.compress(font_bytes, 9)))
    fd = add(f"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
             f"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 {ff} 0 R >>")
    wl = " ".join(str(widths()[c]) for c in range(32, 256))
    font = add(f"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               f"/Widths [{wl}] /Encoding /WinAnsiEncoding /FontDescriptor {fd} 0 R >>")
    pages_id = len(objs) + 1 + 2 * len(pages)
    page_ids = []
    for i, p in enumerate(pages):
        foot = f"{i + 1}/{len(pages)}"
        p = p + [f"BT /F1 8 Tf {W - M - 20:.1f} 30 Td <{foot.encode('cp1252').hex().upper()}> Tj ET"]
        content = "\n".join(p).encode("latin-1")
        c = add(("stream", "/Filter /FlateDecode", zlib.compress(content, 9)))
        pid = add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {W} {Hh}] "
                  f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {c} 0 R >>")
        page_ids.append(pid)
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>") == pages_id
    cat = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>")
    t_hex = ("FEFF" + title.encode("utf-16-be").hex()).upper()
    info = add(f"<< /Title <{t_hex}> /Producer (corpus52 make_letters.py) /Creator (Traitement de texte) "
               f"/CreationDate ({FIXED_PDF_DATE}) /ModDate ({FIXED_PDF_DATE}) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode())
        if isinstance(o, tuple):
            _, dct, data = o
            out.write(f"<< /Length {len(data)} {dct} >>\nstream\n".encode())
            out.write(data)
            out.write(b"\nendstream")
        else:
            out.write(o.encode("latin-1"))
        out.write(b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


# ---------------------------------------------------------------- DOCX
def render_docx(blocks, title, author):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for b in blocks:
        if b[0] == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif b[0] == "p":
            for raw in b[1].split("\n"):
                d.add_paragraph(raw)
        elif b[0] == "b":
            d.add_paragraph("")
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = c
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
    cp = d.core_properties
    fixed = dt.datetime(2025, 3, 31, 12, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    return out.getvalue()


def render_letter(letter):
    fmt = letter["format"]
    if fmt == "pdf":
        return render_pdf(letter["blocks"], letter["title"])
    if fmt == "docx":
        return render_docx(letter["blocks"], letter["title"], letter["author"])
    text = render_txt(letter["blocks"], letter.get("table_style", "cols"))
    if letter.get("crlf"):
        text = text.replace("\n", "\r\n")
    return text.encode(letter.get("encoding", "utf-8"))


def main():
    atc = load_atc()
    ids = [l["id"] for l in LETTERS]
    try:
        if len(set(ids)) != len(ids):
            fail("duplicate ids")
        for letter in LETTERS:
            letter["gold"]["gaps"] = derive_gaps(letter["gold"])
            # the text check runs on the text renderer; PDF needs cp1252-encodable text
            if letter["format"] == "pdf":
                try:
                    render_txt(letter["blocks"]).encode("cp1252")
                except UnicodeEncodeError as e:
                    fail(f"{letter['id']}: character not encodable in the PDF font encoding: {e}")
            check_gold(letter, atc)
    except ContractViolation as e:
        print(f"CONTRACT VIOLATION: {e}")
        sys.exit(1)
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for letter in LETTERS:
        data = render_letter(letter)
        (HERE / "letters" / f"{letter['id']}.{letter['format']}").write_bytes(data)
        gold = {"id": letter["id"], **{k: v for k, v in letter["gold"].items() if k != "id"}}
        (HERE / "gold" / f"{letter['id']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(LETTERS)} letters and gold records written to {HERE}")


def gold(lid, sex, age, pt, bd, pain, meds, local, bone, anticoag, antiplat, prog, project):
    """Compact gold builder; lists are sorted, gaps derived later by derive_gaps."""
    site, histo, bio, pst = pt
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": pst, "site": site, "histology": histo, "biomarkers": bio},
        "boneDiagnosis": {"status": bd[0], "circumstances": sorted(bd[1]), "dated": bd[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": bone[0], "atc": sorted(bone[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplat[0], "atc": sorted(antiplat[1])},
        "prognosis": dict(prog),
        "therapeuticProject": {"status": project[0], "intent": project[1]},
        "gaps": [],
    }
    return g


# ================================================================= letters
D = dt.date
HDR = ("Institut de Cancérologie des Coteaux de Garonne (ICCG)\n"
       "Département d'Oncologie Médicale – 27 chemin de Lasbordettes – 31300 Toulouse\n"
       "Secrétariat : 05 34 48 72 10 – Fax : 05 34 48 72 19")
RCP = "À l'attention du Dr Sylvie Marchadour-Fenouil, coordinatrice de la RCP Métastases osseuses"

LETTERS = []

# ---------------------------------------------------------------- zz01
LETTERS.append(dict(
    id="zz01", format="pdf", title="Demande RCP os - Mme Cazalbou", author="Dr Anne-Laure Vignaux",
    date=D(2025, 3, 4), birth=D(1961, 6, 14),
    blocks=[
        P(HDR), B(),
        P("Toulouse, le 04/03/2025"), P(RCP), B(),
        H("Objet : Mme CAZALBOU Régine, née le 14/06/1961 – demande d'avis RCP métastases osseuses"), B(),
        P("Chère consœur,"),
        P("Je vous remercie de bien vouloir discuter en RCP le dossier de Mme Régine Cazalbou, que je suis pour un "
          "carcinome canalaire infiltrant (NST) du sein gauche, grade II, RE 90 % RP 60 % HER2 score 1+ (négatif), "
          "en rechute osseuse et hépatique."),
        H("Antécédents"),
        P("- HTA sous simple régime hyposodé.\n"
          "- Cholécystectomie en 2002.\n"
          "- Thrombose veineuse profonde surale gauche en janvier 2024 sous capécitabine.\n"
          "- Familiaux : mère traitée pour un cancer du sein à 70 ans ; recherche de mutation BRCA négative."),
        H("Histoire oncologique"),
        P("Le diagnostic initial remonte à mai 2014 : tumorectomie gauche avec ganglion sentinelle (pT1c N0), "
          "radiothérapie mammaire 50 Gy + complément, puis tamoxifène 5 ans. En septembre 2021 elle consulte pour des "
          "rachialgies dorsales d'horaire mécanique, EVA 7/10 à l'époque ; l'IRM du rachis objective des lésions "
          "secondaires de T9 et L2, la biopsie de L2 confirme la rechute (profil RH+ HER2 négatif conservé). "
          "Une radiothérapie antalgique de T9 (8 Gy en une séance) a été réalisée en novembre 2021 avec une "
          "disparition complète des douleurs dorsales."),
        P("Les traitements systémiques successifs sont résumés ci-dessous :"),
        T([["Ligne", "Traitement", "Début", "Fin", "Motif d'arrêt"],
           ["Adjuvant", "Tamoxifène (Nolvadex) 20 mg", "07/2014", "07/2019", "fin du traitement prévu"],
           ["L1 métastatique", "Létrozole + palbociclib (Ibrance)", "10/2021", "06/2023", "progression osseuse et ganglionnaire"],
           ["L2", "Capécitabine (Xeloda)", "07/2023", "08/2024", "progression hépatique"],
           ["L3", "Paclitaxel hebdomadaire 80 mg/m²", "09/2024", "en cours", "–"],
           ["Anti-résorptif", "Acide zolédronique (Zometa) 4 mg / 4 puis / 12 semaines", "10/2021", "11/2023",
            "ostéonécrose de la mâchoire stade 1"]],
          [2, 4, 1.3, 1.3, 3]),
        P("L'acide zolédronique a donc été définitivement arrêté en novembre 2023 après la découverte d'une "
          "ostéonécrose mandibulaire ; il n'y a pas eu de reprise d'anti-résorptif depuis. "
          "La TVP de janvier 2024 a été traitée par Innohep 14 000 UI/j pendant 6 mois, anticoagulation arrêtée fin "
          "juillet 2024 ; pas d'anticoagulant actuellement."),
        H("Évolution récente"),
        P("Sous paclitaxel (cycle 6 en cours), bonne réponse hépatique sur le scanner de février 2025. En revanche, "
          "apparition depuis janvier d'une douleur de la hanche gauche, à la marche et à l'appui, avec des réveils "
          "nocturnes ; pas de radiculalgie. EVA 5/10 ce jour sous Topalgic. Le scanner montre une lyse du col fémoral "
          "gauche intéressant environ 50 % de la corticale (score de Mirels estimé à 8)."),
        H("Traitement actuel"),
        P("- Paclitaxel hebdomadaire J1 J8 J15 (hôpital de jour)\n"
          "- Topalgic LP 100 mg matin et soir\n"
          "- Doliprane 1 g trois fois par jour\n"
          "- Inexium 20 mg le soir\n"
          "- Uvedose 100 000 UI une ampoule tous les 3 mois"),
        H("État général"),
        P("ECOG 1, poids stable (61 kg). Traitement à visée palliative, patiente bien informée."),
        H("Questions posées à la RCP"),
        P("1. Indication d'une radiothérapie antalgique de la hanche gauche ?\n"
          "2. Faut-il proposer un enclouage prophylactique du fémur gauche au vu du score de Mirels ?\n"
          "3. Une reprise d'un traitement anti-résorptif (dénosumab) est-elle envisageable malgré l'antécédent "
          "d'ostéonécrose ? Un avis stomatologique est demandé."),
        B(),
        P("Bien confraternellement,"),
        P("Dr Anne-Laure Vignaux – Oncologie médicale, ICCG"),
    ],
    gold=gold("zz01", "F", 63,
              ("breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}, "present"),
              ("present", ["pain"], True),
              ("present", ["mechanical", "nocturnal"], 5),
              ("present", ["L01CD01", "N02AX02", "N02BE01", "A02BC05", "A11CC05"]),
              ("present", ["radiotherapy"]),
              ("absent", []), ("absent", []), ("unknown", []),
              {"status": "present", "ecog": 1},
              ("present", "palliative")),
))

# ---------------------------------------------------------------- zz02
LETTERS.append(dict(
    id="zz02", format="docx", title="RCP MO - M. Lafforgue", author="Dr Hélène Marcou-Astruc",
    date=D(2025, 3, 5),
    blocks=[
        P(HDR), B(),
        P("Toulouse, le 05/03/2025"), P(RCP), B(),
        H("Patient : M. LAFFORGUE Jean-Pierre, 71 ans"),
        H("Motif : avis RCP métastases osseuses – douleurs sacrées, cancer de prostate métastatique résistant à la castration"),
        B(),
        P("Cher confrère,"),
        P("Je vous adresse M. Lafforgue, âgé de 71 ans, ancien chef de chantier, suivi depuis 2018 pour un "
          "adénocarcinome prostatique Gleason 8 (4+4), ISUP 4, d'emblée métastatique. Les métastases osseuses "
          "(bassin, rachis lombaire, côtes) ont été découvertes sur la scintigraphie osseuse du bilan d'extension "
          "initial en mars 2018 ; le patient était alors asymptomatique. Une mutation somatique BRCA2 a été "
          "mise en évidence en 2024."),
        H("Antécédents"),
        P("HTA, fibrillation atriale paroxystique découverte en 2023 (Eliquis depuis, le Kardégic a été arrêté à "
          "l'introduction de l'anticoagulant). Pas d'antécédent familial notable hormis un frère suivi pour un "
          "adénome prostatique."),
        H("Traitements oncologiques antérieurs"),
        T([["Période", "Traitement", "Réponse / motif d'arrêt"],
           ["03/2018 – en cours", "Triptoréline (Décapeptyl LP 22,5 mg / 6 mois)", "castration maintenue (testostérone < 0,2 ng/mL)"],
           ["04/2018 – 08/2018", "Docétaxel 75 mg/m², 6 cures", "réponse partielle, PSA nadir 1,2"],
           ["05/2020 – 06/2022", "Enzalutamide (Xtandi) 160 mg/j", "progression biologique puis osseuse"],
           ["09/2022 – 05/2023", "Cabazitaxel, 8 cures", "progression"],
           ["02/2024 – 07/2024", "Lutétium-177 PSMA, 6 cycles", "stabilisation puis progression"],
           ["12/2024 – en cours", "Olaparib (Lynparza) 300 mg x 2/j", "en cours d'évaluation"]]),
        B(),
        P("Traitement osseux : dénosumab (Xgeva 120 mg toutes les 4 semaines) d'avril 2018 à mars 2021, "
          "interrompu pour une hypocalcémie sévère et des soins dentaires ; repris en septembre 2023 au rythme "
          "d'une injection toutes les 12 semaines, toujours poursuivi (dernière injection le 10/02/2025)."),
        P("Traitements locaux osseux : radiothérapie de L3 (20 Gy en 5 fractions) en 2019, radiothérapie "
          "antalgique du col fémoral droit (8 Gy) en 2022, vertébroplastie L1 en juin 2023 pour un tassement "
          "douloureux."),
        H("Situation actuelle"),
        P("Depuis décembre 2024 il présente des douleurs sacrées d'horaire inflammatoire, avec un dérouillage "
          "matinal d'environ une heure ; pas de réveil nocturne, pas de radiculalgie. L'EN était à 6/10 en décembre, "
          "elle est aujourd'hui à 4/10 sous paracétamol. PSA 48 ng/mL (19 en novembre). Le TEP-PSMA de février "
          "montre une lésion sacrée S1-S2 hyperfixante avec atteinte du foramen gauche, sans épidurite."),
        P("PS 1. Vit avec son épouse, autonome."),
        H("Ordonnance en cours"),
        T([["Médicament", "Posologie"],
           ["Lynparza 150 mg", "2 cp matin et soir"],
           ["Décapeptyl LP 22,5 mg", "1 injection / 6 mois (dernière 01/2025)"],
           ["Xgeva 120 mg", "1 injection SC / 12 semaines"],
           ["Eliquis 5 mg", "1 cp matin et soir"],
           ["Cardensiel 2,5 mg", "1 cp le matin"],
           ["Cacit D3", "1 sachet par jour"],
           ["Doliprane 1 g", "matin et soir"],
           ["Mopral 20 mg", "1 gélule le soir"]]),
        B(),
        H("Questions à la RCP"),
        P("- Radiothérapie stéréotaxique de la lésion sacrée ?\n"
          "- Le montage de vertébroplastie L1 reste-t-il satisfaisant (scanner joint) ?\n"
          "- Faut-il maintenir le Xgeva toutes les 12 semaines ou revenir à un rythme mensuel ?"),
        B(),
        P("Merci pour votre avis. Bien cordialement,"),
        P("Dr Hélène Marcou-Astruc, oncologue médical"),
    ],
    gold=gold("zz02", "M", 71,
              ("prostate", "adenocarcinoma", {"PSA": "positive"}, "present"),
              ("present", ["staging_imaging"], True),
              ("present", ["inflammatory"], 4),
              ("present", ["L01XK01", "L02AE04", "M05BX04", "B01AF02", "C07AB07", "A12AX", "N02BE01", "A02BC01"]),
              ("present", ["radiotherapy", "cementoplasty"]),
              ("present", ["M05BX04"]), ("present", ["B01AF02"]), ("absent", []),
              {"status": "present", "ecog": 1},
              ("present", None)),
))

# ---------------------------------------------------------------- zz03
LETTERS.append(dict(
    id="zz03", format="txt", title="", author="Dr Mathieu Estrade", date=D(2025, 3, 6), birth=D(1958, 11, 2),
    blocks=[
        P("ICCG Toulouse - Oncologie médicale - Dr Mathieu ESTRADE"),
        P("Tél 05 34 48 72 31"),
        P("Toulouse, le 06/03/2025"),
        B(),
        P("Objet : demande de passage en RCP métastases osseuses"),
        P("Patient : M. BOUSQUET-MALAVAL Francis, né le 02/11/1958"),
        B(),
        P("Chers collègues,"),
        B(),
        P("Je souhaiterais avoir l'avis de la RCP pour M. Bousquet-Malaval, suivi pour un carcinome rénal à "
          "cellules claires gauche (néphrectomie élargie en 2016, pT3a N0, grade ISUP 3), groupe pronostique "
          "IMDC intermédiaire."),
        B(),
        P("ATCD : diabète de type 2, cardiopathie ischémique stentée en 2015, dyslipidémie. Pas d'antécédent de "
          "maladie thromboembolique. Ancien fumeur (30 PA, sevré)."),
        B(),
        P("HISTOIRE DE LA MALADIE OSSEUSE"),
        P("La maladie osseuse s'est révélée en mai 2021 par une fracture pathologique de la diaphyse humérale "
          "droite survenue en soulevant un carton. Il a bénéficié d'un enclouage centromédullaire (Dr Pujol, "
          "clinique des Argelès) puis d'une radiothérapie post-opératoire de l'humérus (20 Gy / 5 fr) en juin 2021. "
          "Le bilan montrait par ailleurs des lésions costales et une lésion de l'aile iliaque droite."),
        B(),
        P("TRAITEMENTS SYSTEMIQUES"),
        T([["Ligne", "Molécule", "Dates", "Arrêt"],
           ["L1", "sunitinib (Sutent) 50 mg 4/2", "06/2021 - 02/2022", "syndrome main-pied grade 3"],
           ["L2", "nivolumab (Opdivo)", "03/2022 - 08/2024", "progression osseuse"],
           ["L3", "cabozantinib (Cabometyx) 40 mg/j", "depuis 09/2024", "en cours"]]),
        B(),
        P("Traitement anti-résorptif : acide zolédronique (Zometa) 07/2021 - 03/2023, relayé par dénosumab "
          "(Xgeva 120 mg / 4 semaines) depuis avril 2023, toujours en cours. Bilan dentaire annuel OK."),
        B(),
        P("ACTUELLEMENT"),
        P("Pas de douleur, l'épaule opérée est indolore, aucun antalgique. Karnofsky 80 %. "
          "Le scanner de réévaluation de février 2025 montre une stabilité viscérale mais une nouvelle lésion "
          "lytique du toit du cotyle droit de 28 mm, avec une corticale amincie, asymptomatique."),
        B(),
        P("Traitement en cours :"),
        P("- Cabometyx 40 mg 1/j"),
        P("- Xgeva 120 mg SC toutes les 4 semaines"),
        P("- Kardégic 75 mg 1/j"),
        P("- Triatec 5 mg 1/j"),
        P("- Tahor 20 mg 1/j"),
        P("- Glucophage 850 mg x2/j"),
        P("- Cacit D3 1 sachet/j"),
        B(),
        P("Questions :"),
        P("1) faut-il un traitement local préventif du cotyle droit : radiothérapie stéréotaxique, "
          "cimentoplastie (acétabuloplastie) ou thermoablation ?"),
        P("2) poursuite du cabozantinib en l'état (progression osseuse isolée) ?"),
        B(),
        P("Merci d'avance, bien confraternellement"),
        P("M. Estrade"),
    ],
    gold=gold("zz03", "M", 66,
              ("kidney", "clear_cell_carcinoma", {}, "present"),
              ("present", ["pathological_fracture"], True),
              ("absent", [], None),
              ("present", ["L01EX07", "M05BX04", "B01AC06", "C09AA05", "C10AA05", "A10BA02", "A12AX"]),
              ("present", ["surgery", "radiotherapy"]),
              ("present", ["M05BX04"]), ("unknown", []), ("present", ["B01AC06"]),
              {"status": "present", "kps": 80},
              ("present", None)),
))

# ---------------------------------------------------------------- zz04
LETTERS.append(dict(
    id="zz04", format="pdf", title="Demande RCP - Mme Ribes-Daunac", author="Dr Cyril Ayrolles",
    date=D(2025, 3, 11),
    blocks=[
        P(HDR.replace("Département d'Oncologie Médicale", "Oncologie thoracique")), B(),
        P("Toulouse, le 11/03/2025"), P(RCP), B(),
        H("Mme RIBES-DAUNAC Patricia, 58 ans – adénocarcinome pulmonaire EGFR muté, métastases osseuses"), B(),
        P("Chère Madame, cher confrère,"),
        P("Mme Ribes-Daunac, 58 ans, non fumeuse, professeur des écoles, est suivie depuis janvier 2022 pour un "
          "adénocarcinome du lobe supérieur droit, stade IVB d'emblée. Biologie moléculaire : délétion de l'exon 19 "
          "d'EGFR ; ALK négatif en IHC, ROS1 négatif ; PD-L1 < 1 %. TTF1 positif."),
        P("Les lésions osseuses (scapula gauche, L4, aile iliaque droite) ont été mises en évidence sur le TEP-TDM "
          "du bilan d'extension initial en janvier 2022, sans symptôme à l'époque."),
        H("Lignes thérapeutiques"),
        T([["Traitement", "Dates", "Meilleure réponse", "Motif d'arrêt"],
           ["Osimertinib (Tagrisso) 80 mg", "02/2022 – 10/2024", "réponse partielle", "progression (mutation C797S)"],
           ["Carboplatine AUC5 + pémétrexed, 4 cycles", "11/2024 – 01/2025", "stabilité", "fin de l'induction"],
           ["Pémétrexed (Alimta) maintenance / 3 semaines", "depuis 02/2025", "–", "en cours"],
           ["Dénosumab (Xgeva) 120 mg / 4 sem.", "03/2022 – 12/2024", "–", "suspendu : extractions dentaires à prévoir"]],
          [4, 2.3, 2, 3.5]),
        P("Le Xgeva est donc suspendu depuis décembre ; sa reprise sera à discuter après les soins dentaires."),
        H("Événements intercurrents"),
        P("Embolie pulmonaire segmentaire en novembre 2024, traitée par Lovenox à dose curative puis relais par "
          "Eliquis 5 mg x 2 depuis janvier 2025, à poursuivre tant que la maladie est active. Pas d'antiagrégant "
          "plaquettaire."),
        H("Douleur"),
        P("Apparition fin novembre d'une douleur de l'épaule gauche à la mobilisation, EVA 6/10, avec des "
          "décharges électriques irradiant dans le bras gauche (DN4 à 5/10). Radiothérapie de la scapula gauche "
          "(20 Gy en 5 fractions) en janvier 2025 : amélioration nette, EVA 3/10 ce jour, persistance de "
          "quelques décharges."),
        H("Traitement à ce jour"),
        P("Alimta 500 mg/m² toutes les 3 semaines (supplémentation Speciafoldine et vitamine B12) ; Eliquis 5 mg "
          "matin et soir ; Skenan LP 30 mg matin et soir, Actiskenan 10 mg si besoin ; Lyrica 75 mg x 2 ; "
          "Doliprane 1 g x 3 ; Inexium 40 mg ; Forlax 1 sachet/j."),
        P("Performance status ECOG 1. Projet : poursuite de la maintenance par pémétrexed, à visée palliative."),
        H("Questions"),
        P("1) La reprise du dénosumab est-elle licite après les extractions, et dans quel délai ?\n"
          "2) Lésion de L4 grossissante (SINS 7) : radiothérapie stéréotaxique ?\n"
          "3) Intérêt d'une biopsie osseuse pour rechercher un mécanisme de résistance ?"),
        B(),
        P("Avec mes remerciements,"),
        P("Dr Cyril Ayrolles, oncologue thoracique – ICCG"),
    ],
    gold=gold("zz04", "F", 58,
              ("lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "negative"}, "present"),
              ("present", ["staging_imaging"], True),
              ("present", ["mechanical", "neuropathic"], 3),
              ("present", ["L01BA04", "B01AF02", "N02AA01", "N03AX16", "N02BE01", "A02BC05", "A06AD15"]),
              ("present", ["radiotherapy"]),
              ("absent", []), ("present", ["B01AF02"]), ("absent", []),
              {"status": "present", "ecog": 1},
              ("present", "palliative")),
))

# ---------------------------------------------------------------- zz05
LETTERS.append(dict(
    id="zz05", format="docx", title="Demande avis RCP osseuse", author="Dr Florence Thuriès",
    date=D(2025, 3, 10), birth=D(1950, 3, 23),
    blocks=[
        P(HDR), B(),
        P("Toulouse, le 10/03/2025"), P(RCP), B(),
        H("Mme SABATHIÉ Odette, née le 23/03/1950"),
        H("Carcinome lobulaire infiltrant du sein droit – métastases osseuses"), B(),
        P("Chère amie,"),
        P("Je te remercie de discuter en RCP le dossier de Mme Sabathié, que nous suivons depuis 2020 pour un "
          "carcinome lobulaire infiltrant du sein droit, RE 90 %, RP 0 %, HER2 0, d'emblée métastatique à l'os."),
        H("Circonstances de découverte"),
        P("En juillet 2020, hospitalisation aux urgences pour confusion : hypercalcémie à 3,1 mmol/L. Le bilan "
          "(scanner TAP, scintigraphie) retrouve des métastases osseuses diffuses (rachis, bassin, côtes) et une "
          "masse mammaire droite, biopsiée. Elle avait reçu une perfusion d'acide zolédronique en urgence."),
        H("Traitements"),
        T([["Dates", "Traitement", "Commentaire"],
           ["08/2020 – 01/2022", "Anastrozole + ribociclib (Kisqali)", "progression osseuse"],
           ["02/2022 – 04/2024", "Fulvestrant (Faslodex)", "progression osseuse et pleurale"],
           ["05/2024 – en cours", "Capécitabine (Xeloda) 1000 mg/m² x 2, J1-J14", "stabilité au dernier bilan"],
           ["09/2020 – en cours", "Dénosumab (Xgeva) 120 mg, mensuel puis / 12 semaines depuis 2022", "bonne tolérance, calcémie normale"]]),
        B(),
        P("Aucune irradiation ni geste chirurgical osseux à ce jour."),
        H("Clinique"),
        P("Elle ne décrit aucune douleur osseuse. OMS 2 (fatigue, marche avec une canne pour une gonarthrose). "
          "L'IRM rachidienne de février 2025 montre une lésion de L1 avec atteinte du mur postérieur, sans "
          "recul, SINS 9, sans épidurite."),
        H("Traitement habituel (ordonnance transmise par l'infirmière)"),
        P("Xeloda 500 mg : 3 cp matin et soir 14 jours sur 21\nXgeva 120 mg toutes les 12 semaines\n"
          "Cacit D3 1 sachet/j\nLevothyrox 75 µg\nTahor 10 mg"),
        P("Elle serait également sous Préviscan, prescrit par son cardiologue pour une fibrillation auriculaire, "
          "mais il n'est pas retrouvé sur l'ordonnance transmise : à vérifier auprès du médecin traitant avant "
          "tout geste."),
        H("Projet"),
        P("Poursuite de la capécitabine, traitement palliatif."),
        H("Question"),
        P("Compte tenu de la lésion de L1 à risque, faut-il proposer une cimentoplastie préventive, une "
          "radiothérapie, ou une simple surveillance ?"),
        B(),
        P("Amitiés,"),
        P("Dr Florence Thuriès"),
    ],
    gold=gold("zz05", "F", 74,
              ("breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}, "present"),
              ("present", ["hypercalcemia"], True),
              ("absent", [], None),
              ("present", ["L01BC06", "M05BX04", "A12AX", "H03AA01", "C10AA05"]),
              ("absent", []),
              ("present", ["M05BX04"]), ("uncertain", ["B01AA12"]), ("unknown", []),
              {"status": "present", "ecog": 2},
              ("present", "palliative")),
))

# ---------------------------------------------------------------- zz06
LETTERS.append(dict(
    id="zz06", format="txt", title="", author="Dr Bernard Cassagnes", date=D(2025, 3, 13),
    blocks=[
        P("Dr Bernard CASSAGNES - Oncologie médicale - ICCG Toulouse"),
        P("Toulouse, le 13/03/2025"),
        B(),
        P("RCP métastases osseuses - demande d'avis"),
        P("M. DEDIEU Marcel, 79 ans"),
        B(),
        P("Cher confrère,"),
        B(),
        P("M. Dedieu, 79 ans, porteur d'une valve mitrale mécanique (sous AVK, INR cible 3) et d'une "
          "ostéoporose fracturaire (tassement L2 en 2018), est suivi pour un adénocarcinome prostatique Gleason 7 "
          "(4+3). Les méthastases osseuses ont été découvertes de façon fortuite en mai 2023 sur un uroscanner "
          "réalisé pour une colique néphrétique (lésions condensantes du bassin et du rachis), PSA alors à 64."),
        B(),
        P("Il a été traité par Eligard 45 mg tous les 6 mois (toujours en cours) associé à l'apalutamide "
          "(Erleada 240 mg/j) de juin 2023 à février 2025, arrêté pour progression : PSA 4 en septembre, "
          "31 ng/mL en février. Une chimiothérapie par docétaxel a été décidée, première cure prévue le 24 mars."),
        P("Il reçoit du Prolia 60 mg tous les 6 mois depuis 2019 pour l'ostéoporose, dernière injection en "
          "décembre 2024."),
        B(),
        P("Douleurs du bassin à la marche depuis janvier, EN 3/10, pas de réveil nocturne. Karnofsky 70 %."),
        B(),
        P("Traitement : Eligard 45 mg / 6 mois, Prolia 60 mg / 6 mois, Doliprane 1 g x 3/j, Lasilix 40 mg, "
          "Cardensiel 5 mg, AVK selon INR."),
        B(),
        P("Questions : intérêt d'une radiothérapie antalgique du bassin avant la chimiothérapie ? Faut-il "
          "remplacer le Prolia par du Xgeva à dose oncologique ?"),
        B(),
        P("Bien à vous,"),
        P("B. Cassagnes"),
    ],
    gold=gold("zz06", "M", 79,
              ("prostate", "adenocarcinoma", {"PSA": "positive"}, "present"),
              ("present", ["incidental_imaging"], True),
              ("present", ["mechanical"], 3),
              ("present", ["L02AE02", "M05BX04", "N02BE01", "C03CA01", "C07AB07"]),
              ("unknown", []),
              ("present", ["M05BX04"]), ("present", []), ("unknown", []),
              {"status": "present", "kps": 70},
              ("present", None)),
))

# ---------------------------------------------------------------- zz07
LETTERS.append(dict(
    id="zz07", format="pdf", title="RCP os - Mme Carrère", author="Dr Isabelle Montagut",
    date=D(2025, 3, 12), birth=D(1966, 9, 30),
    blocks=[
        P(HDR), B(),
        P("Toulouse, le 12/03/2025"), P(RCP), B(),
        H("Mme CARRÈRE Nathalie, née le 30/09/1966 – Carcinome rénal à cellules claires"), B(),
        P("Chers collègues,"),
        P("Je vous présente le dossier de Mme Carrère, suivie pour un carcinome rénal à cellules claires gauche "
          "opéré en 2019 (néphrectomie élargie, pT3a N0, ISUP 3), avec une insuffisance rénale chronique "
          "modérée depuis (clairance 32 mL/min)."),
        H("Histoire de la maladie osseuse"),
        P("En janvier 2023, installation en quelques jours d'une paraparésie révélant une compression médullaire "
          "sur une métastase de T6. Elle a été opérée en urgence le 14/01/2023 (laminectomie décompressive et "
          "ostéosynthèse T4-T8) puis irradiée (30 Gy en 10 fractions). Récupération motrice complète. "
          "Dexaméthasone (Dectancyl) en péri-opératoire, arrêtée en mars 2023. Lovenox préventif pendant "
          "l'hospitalisation, arrêté à la sortie."),
        H("Traitements systémiques"),
        T([["Ligne", "Traitement", "Début", "Fin", "Évolution"],
           ["1", "Pembrolizumab + axitinib (Keytruda + Inlyta)", "02/2023", "08/2024", "réponse partielle puis progression"],
           ["2", "Cabozantinib (Cabometyx)", "09/2024", "12/2024", "arrêt pour toxicité (mucite, HTA)"],
           ["3", "Tivozanib (Fotivda) 1340 µg", "01/2025", "–", "en cours"]],
          [0.8, 4, 1.2, 1.2, 3]),
        P("Aucun traitement anti-résorptif n'a été instauré en raison de l'insuffisance rénale et d'une "
          "hypocalcémie. Pas d'anticoagulant."),
        H("Douleurs"),
        P("Depuis décembre, douleurs dorsales basses en hémi-ceinture droite, à type de brûlures, majorées la nuit. "
          "EN 8/10 en janvier, 4/10 ce jour après adaptation de l'oxycodone et introduction de la gabapentine. "
          "L'IRM de février montre une lésion de T11 avec épidurite antérieure sans compression."),
        H("Traitement actuel"),
        P("- Fotivda 1340 µg 1 gélule/j 21 j sur 28\n"
          "- Oxycontin LP 20 mg matin et soir, Oxynorm 5 mg si besoin\n"
          "- Neurontin 300 mg x 3/j\n"
          "- Doliprane 1 g x 3/j\n"
          "- Movicol 1 sachet/j\n"
          "- Imovane 7,5 mg au coucher"),
        P("État général : ECOG 2. Prise en charge palliative, bonne compliance."),
        H("Questions à la RCP"),
        P("- Radiothérapie stéréotaxique de T11 (proximité du champ d'irradiation de T6) ?\n"
          "- Indication chirurgicale en cas d'aggravation neurologique ?\n"
          "- Un traitement anti-résorptif par dénosumab est-il envisageable malgré la fonction rénale ?"),
        B(),
        P("Confraternellement,"),
        P("Dr Isabelle Montagut"),
    ],
    gold=gold("zz07", "F", 58,
              ("kidney", "clear_cell_carcinoma", {}, "present"),
              ("present", ["neurological_deficit"], True),
              ("present", ["neuropathic", "nocturnal"], 4),
              ("present", ["N02AA05", "N03AX12", "N02BE01", "A06AD65", "N05CF01"]),
              ("present", ["surgery", "radiotherapy"]),
              ("absent", []), ("absent", []), ("unknown", []),
              {"status": "present", "ecog": 2},
              ("present", "palliative")),
))

# ---------------------------------------------------------------- zz08
LETTERS.append(dict(
    id="zz08", format="docx", title="Courrier RCP - M. Fourcade", author="Dr Julien Sarrailh",
    date=D(2025, 3, 14),
    blocks=[
        P(HDR.replace("Département d'Oncologie Médicale", "Oncologie thoracique")), B(),
        P("Toulouse, le 14/03/2025"), B(),
        H("Demande d'avis – RCP métastases osseuses"),
        P("Patient : M. FOURCADE Serge, 66 ans"), B(),
        P("Cher confrère,"),
        P("M. Fourcade, 66 ans, retraité (ancien couvreur), fumeur actif à 40 PA, est suivi pour un carcinome "
          "épidermoïde du lobe inférieur gauche, PD-L1 70 %. EGFR et ALK non recherchés. Son frère est décédé d'un "
          "cancer bronchique."),
        H("Antécédents"),
        P("Pas de traitement anticoagulant. HTA. Artériopathie des membres inférieurs stentée en 2021. "
          "Hypothyroïdie sous immunothérapie depuis novembre 2024."),
        H("Histoire"),
        P("Le diagnostic a été porté en juin 2024 devant une douleur costale droite persistante : le scanner a "
          "montré une lyse de l'arc postérieur de la 7e côte droite et la masse pulmonaire gauche. Bilan "
          "d'extension : pas d'autre site métastatique (oligométastatique osseux)."),
        T([["Traitement", "Période", "Résultat"],
           ["Carboplatine + paclitaxel + pembrolizumab, 4 cycles", "07/2024 – 10/2024", "réponse partielle"],
           ["Pembrolizumab (Keytruda) 200 mg / 3 sem. en maintenance", "depuis 11/2024", "en cours, cycle 9 le 03/03/2025"]]),
        B(),
        P("Pas d'irradiation antérieure des lésions osseuses. L'introduction d'acide zolédronique reste à discuter."),
        H("Examen"),
        P("PS 0. Douleur costale droite résiduelle, EVA 2/10, bien calmée par le paracétamol."),
        H("Traitement en cours"),
        T([["Médicament", "Posologie", "Indication"],
           ["Keytruda 200 mg", "IV toutes les 3 semaines", "cancer"],
           ["Xarelto 20 mg", "1 cp le soir", "FA"],
           ["Kardégic 75 mg", "1 sachet/j", "artériopathie"],
           ["Doliprane 1 g", "3 fois par jour", "douleur"],
           ["Tahor 40 mg", "1 cp/j", ""],
           ["Triatec 5 mg", "1 cp/j", "HTA"],
           ["Levothyrox 50 µg", "1 cp/j", "hypothyroïdie"]]),
        B(),
        H("Questions"),
        P("1. Radiothérapie stéréotaxique de la lésion costale (maladie oligométastatique répondeuse) ?\n"
          "2. Intérêt de l'acide zolédronique dans ce contexte ?"),
        B(),
        P("Dr Julien Sarrailh, oncologie thoracique"),
    ],
    gold=gold("zz08", "M", 66,
              ("lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}, "present"),
              ("present", ["pain"], True),
              ("present", [], 2),
              ("present", ["L01FF02", "B01AF01", "B01AC06", "N02BE01", "C10AA05", "C09AA05", "H03AA01"]),
              ("absent", []),
              ("unknown", []), ("conflicting", ["B01AF01"]), ("present", ["B01AC06"]),
              {"status": "present", "ecog": 0},
              ("present", None)),
))

# ---------------------------------------------------------------- zz09
LETTERS.append(dict(
    id="zz09", format="txt", title="", author="Dr Claire Bonnecarrère", date=D(2025, 3, 18),
    blocks=[
        P("INSTITUT DE CANCEROLOGIE DES COTEAUX DE GARONNE"),
        P("Oncologie médicale - Sénologie"),
        P("Dr Claire BONNECARRERE - 05 34 48 72 44"),
        B(),
        P("Toulouse, le 18/03/2025"),
        B(),
        P("A l'attention de la RCP Métastases osseuses"),
        B(),
        P("Madame MONTEIL Sandrine, 47 ans"),
        B(),
        P("Cher(e)s collègues,"),
        B(),
        P("Je vous adresse Mme Monteil, 47 ans, aide-soignante, 2 enfants, pour un avis concernant une lésion "
          "du cotyle droit."),
        B(),
        P("Diagnostic initial en 2018 : carcinome canalaire infiltrant (NST) du sein gauche grade 3, RE 10 % "
          "(faiblement positif), RP 0 %, HER2 3+. Chimiothérapie néoadjuvante (EC puis paclitaxel-trastuzumab), "
          "mastectomie, radiothérapie pariétale et trastuzumab adjuvant 1 an."),
        P("Rechute osseuse (rachis dorsal, bassin, sternum) découverte sur le TEP-TDM de suivi en octobre 2022, "
          "asymptomatique."),
        B(),
        P("TRAITEMENTS DEPUIS LA RECHUTE"),
        T([["Periode", "Traitement", "Commentaire"],
           ["11/2022-02/2023", "docetaxel + trastuzumab + pertuzumab", "6 cures de docetaxel"],
           ["03/2023-06/2024", "trastuzumab + pertuzumab (entretien)", "progression osseuse"],
           ["03/2023-en cours", "Zoladex 10,8 mg/3 mois + Femara 2,5 mg", "hormonotherapie"],
           ["depuis 07/2024", "trastuzumab deruxtecan (Enhertu) / 3 sem.", "en cours, stabilité"],
           ["11/2022-01/2023", "Xgeva 120 mg (3 injections)", "arrêté (hypocalcémie), jamais repris"]]),
        B(),
        P("Aucun geste local osseux à ce jour (ni radiothérapie ni chirurgie sur l'os)."),
        P("Ni anticoagulant ni antiagrégant."),
        B(),
        P("Depuis 3 semaines, douleur de la hanche droite à la marche avec réveils nocturnes, EVA 6/10 "
          "malgré Ixprim. Le scanner du 11/03 montre une lyse du toit du cotyle droit de 35 mm avec rupture "
          "corticale. ECOG 1."),
        B(),
        P("Traitement actuel : Enhertu toutes les 3 semaines, Zoladex 10,8 mg, Femara 2,5 mg/j, Ixprim 1 cp x 3/j, "
          "Doliprane 1 g si Ixprim insuffisant."),
        B(),
        P("QUESTIONS"),
        P("- radiothérapie antalgique du cotyle droit ?"),
        P("- avis orthopédique : risque fracturaire, indication d'une cimentoplastie ou d'une reconstruction ?"),
        P("- faut-il réintroduire un traitement anti-résorptif (acide zolédronique plutôt que dénosumab ?)"),
        B(),
        P("Merci pour votre avis,"),
        P("C. Bonnecarrère"),
    ],
    gold=gold("zz09", "F", 47,
              ("breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "positive"}, "present"),
              ("present", ["staging_imaging"], True),
              ("present", ["mechanical", "nocturnal"], 6),
              ("present", ["L02AE03", "L02BG04", "N02AX02", "N02BE01"]),
              ("absent", []),
              ("absent", []), ("absent", []), ("absent", []),
              {"status": "present", "ecog": 1},
              ("present", None)),
))

# ---------------------------------------------------------------- zz10
LETTERS.append(dict(
    id="zz10", format="pdf", title="RCP os - Mme Pradère", author="Dr Olivier Lagarrigue",
    date=D(2025, 3, 17), birth=D(1955, 3, 5),
    blocks=[
        P(HDR.replace("Département d'Oncologie Médicale", "Oncologie médicale – tumeurs endocrines")), B(),
        P("Toulouse, le 17/03/2025"), P(RCP), B(),
        H("Mme PRADÈRE Monique, née le 05/03/1955"),
        H("Carcinome vésiculaire de la thyroïde réfractaire à l'iode, métastases osseuses"), B(),
        P("Chère consœur,"),
        P("Je vous adresse Mme Pradère pour discussion d'une lésion vertébrale. Elle est suivie pour un carcinome "
          "vésiculaire largement invasif de la thyroïde, opéré par thyroïdectomie totale en mars 2017. Sa sœur "
          "est suivie pour un goitre multinodulaire bénin."),
        H("Histoire de la maladie osseuse"),
        P("En septembre 2019, la patiente a palpé elle-même une tuméfaction pariétale gauche indolore. L'IRM a "
          "montré une métastase de la voûte crânienne, réséquée chirurgicalement en novembre 2019 (crâniectomie "
          "et cranioplastie). D'autres lésions (aile iliaque gauche, T12, côtes) sont apparues en 2020-2021. "
          "L'aile iliaque gauche a été irradiée (30 Gy en 10 fractions) en mars 2021."),
        H("Traitements"),
        T([["Date", "Traitement", "Résultat"],
           ["04/2017", "Iode 131, 3,7 GBq", "fixation cervicale"],
           ["12/2019", "Iode 131, 5,5 GBq", "fixation faible des lésions osseuses"],
           ["10/2020", "Iode 131, 5,5 GBq", "réfractaire (progression des lésions non fixantes)"],
           ["06/2021 – en cours", "Lenvatinib (Lenvima) 24 mg, réduit à 14 mg depuis 2022", "stabilité prolongée"],
           ["07/2021 – en cours", "Acide zolédronique (Zometa) 4 mg / 12 semaines", "dernière perfusion 02/2025"]]),
        B(),
        H("Situation actuelle"),
        P("Elle n'a aucune douleur. ECOG 1. HTA équilibrée sous traitement. Thyroglobuline en ascension lente "
          "(412 ng/mL). L'IRM de février 2025 montre une progression de la lésion de T12 avec une extension "
          "épidurale postérieure, sans compression médullaire ni signe neurologique. Une compression à court "
          "terme est redoutée."),
        H("Traitement en cours"),
        P("Lenvima 14 mg/j ; Levothyrox 150 µg/j ; Zometa 4 mg toutes les 12 semaines ; amlodipine 5 mg/j ; "
          "Triatec 2,5 mg/j ; Uvedose 1 ampoule par mois."),
        H("Questions à la RCP"),
        P("1) Radiothérapie stéréotaxique de T12, ou chirurgie de décompression première ?\n"
          "2) Poursuite du lenvatinib en cas de traitement local (pause péri-opératoire ?)"),
        B(),
        P("Bien amicalement,"),
        P("Dr Olivier Lagarrigue"),
    ],
    gold=gold("zz10", "F", 70,
              ("thyroid", "other", {}, "present"),
              ("present", ["other"], True),
              ("absent", [], None),
              ("present", ["L01EX08", "H03AA01", "M05BA08", "C09AA05", "A11CC05"]),
              ("present", ["surgery", "radiotherapy"]),
              ("present", ["M05BA08"]), ("unknown", []), ("unknown", []),
              {"status": "present", "ecog": 1},
              ("present", None)),
))

# ---------------------------------------------------------------- zz11
LETTERS.append(dict(
    id="zz11", format="docx", title="Avis RCP - M. Authié", author="Dr Céline Rouquette",
    date=D(2025, 3, 20),
    blocks=[
        P(HDR.replace("Département d'Oncologie Médicale", "Oncologie thoracique")), B(),
        P("Toulouse, le 20/03/2025"), P(RCP), B(),
        H("M. AUTHIÉ Romain, 52 ans – Adénocarcinome pulmonaire ALK réarrangé"), B(),
        P("Chère collègue,"),
        P("M. Authié, 52 ans, non fumeur, technicien aéronautique, est suivi depuis avril 2021 pour un "
          "adénocarcinome pulmonaire du lobe moyen, ALK réarrangé (IHC D5F3 positive, confirmée en FISH), "
          "EGFR sauvage, PD-L1 15 %. ROS1 non testé."),
        P("La maladie a été révélée en avril 2021 par une sciatique gauche S1 : l'IRM lombaire a montré une "
          "lésion lytique sacrée, et le scanner thoracique la tumeur primitive. Il a bénéficié d'une radiothérapie "
          "sacrée de 30 Gy en 10 fractions en mai 2021."),
        H("Traitements"),
        P("- Alectinib (Alecensa) 600 mg x 2 de mai 2021 à juin 2023 : excellente réponse, arrêt pour "
          "progression cérébrale (2 lésions traitées par radiochirurgie en juillet 2023).\n"
          "- Lorlatinib (Lorviqua) 100 mg/j depuis juillet 2023, en cours, avec réponse cérébrale complète.\n"
          "- Il aurait reçu du Zometa à Montauban en 2021-2022 (compte rendu non disponible) ; actuellement "
          "aucun traitement anti-résorptif."),
        H("Évolution"),
        P("Les douleurs sacrées avaient disparu sous alectinib. Depuis un mois, réapparition d'une douleur "
          "fessière gauche irradiant à la face postérieure de la cuisse jusqu'au talon (radiculalgie S1), "
          "aggravée à la marche, EN 5/10. Pas de déficit moteur, pas de trouble sphinctérien. Le TEP montre une "
          "reprise évolutive de la lésion sacrée, isolée."),
        H("Traitement actuel"),
        P("Lorviqua 100 mg/j, Tahor 40 mg (hypercholestérolémie sous lorlatinib), Ixprim 1 cp x 3/j. "
          "Pas d'anticoagulant ni d'antiagrégant."),
        P("OMS 0. Poursuite du lorlatinib envisagée (oligoprogression)."),
        H("Questions"),
        P("- Ré-irradiation stéréotaxique du sacrum ?\n"
          "- Place d'une cimentoplastie (sacroplastie) ou d'une thermoablation ?\n"
          "- Faut-il débuter un anti-résorptif ?"),
        B(),
        P("Bien cordialement,"),
        P("Dr Céline Rouquette"),
    ],
    gold=gold("zz11", "M", 52,
              ("lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}, "present"),
              ("present", ["pain"], True),
              ("present", ["mechanical", "neuropathic"], 5),
              ("present", ["L01ED05", "C10AA05", "N02AX02"]),
              ("present", ["radiotherapy"]),
              ("absent", []), ("absent", []), ("absent", []),
              {"status": "present", "ecog": 0},
              ("present", None)),
))

# ---------------------------------------------------------------- zz12
LETTERS.append(dict(
    id="zz12", format="pdf", title="RCP metastases osseuses - M. Dupuy-Lanes", author="Dr Hélène Marcou-Astruc",
    date=D(2025, 3, 26), birth=D(1947, 12, 19),
    blocks=[
        P(HDR), B(),
        P("Toulouse, le 26/03/2025"), P(RCP), B(),
        H("M. DUPUY-LANES Henri, né le 19/12/1947 – cancer de la prostate résistant à la castration"), B(),
        P("Cher confrère,"),
        P("Je vous soumets le dossier de M. Dupuy-Lanes, suivi pour un cancer de la prostate diagnostiqué en 2009 "
          "(biopsies réalisées à Pau, compte rendu anatomopathologique non retrouvé), traité par prostatectomie "
          "totale en 2009 puis radiothérapie de la loge prostatique en 2012 pour récidive biologique."),
        P("Les métastases osseuses ont été découvertes en avril 2016 sur une scintigraphie osseuse réalisée pour "
          "une remontée du PSA (à 9 ng/mL)."),
        H("Résumé des traitements"),
        T([["Années", "Traitement", "Commentaire"],
           ["2016 – en cours", "Goséréline (Zoladex 10,8 mg / 3 mois)", "maintenue"],
           ["2017 – 2020", "Abiratérone (Zytiga) + prednisone", "progression"],
           ["2020", "Docétaxel, 6 cures", "réponse partielle"],
           ["2021", "Radium-223, 6 injections", "progression en 2023"],
           ["2022", "Radiothérapie épaule droite 8 Gy", "antalgique, efficace"],
           ["2023", "Radiothérapie rachis lombaire 20 Gy / 5 fr.", "antalgique, efficace"]]),
        B(),
        P("Traitement osseux : le patient reçoit une injection sous-cutanée tous les 6 mois par son médecin "
          "traitant « pour les os » : probablement du Prolia, à vérifier (pas de courrier)."),
        H("Situation actuelle"),
        P("Altération de l'état général depuis janvier, OMS 3, perte de 6 kg. PSA 27 ng/mL (en hausse). "
          "Douleurs diffuses, costales et du bassin, avec des réveils nocturnes fréquents. EN 6/10 avant la "
          "titration morphinique, 4/10 actuellement. FA permanente sous Préviscan."),
        P("Traitement en cours : Zoladex 10,8 mg / 3 mois ; Skenan LP 60 mg x 2/j et Actiskenan 20 mg si besoin ; "
          "Doliprane 1 g x 3/j ; Solupred 20 mg/j ; Forlax 2 sachets/j ; Préviscan 20 mg (INR 2,4) ; "
          "Lasilix 40 mg/j."),
        H("Projet"),
        P("Après discussion avec le patient et sa fille, il a été décidé de ne plus proposer de traitement "
          "spécifique en dehors du maintien de la castration : prise en charge en soins de support exclusifs, "
          "en lien avec l'équipe mobile de soins palliatifs."),
        H("Question à la RCP"),
        P("Une radiothérapie antalgique du bassin (ou une irradiation hémicorporelle) est-elle raisonnable dans "
          "ce contexte ? Faut-il poursuivre le traitement anti-résorptif ?"),
        B(),
        P("Bien cordialement,"),
        P("Dr Hélène Marcou-Astruc"),
    ],
    gold=gold("zz12", "M", 77,
              ("prostate", None, {"PSA": "positive"}, "present"),
              ("present", ["staging_imaging"], True),
              ("present", ["nocturnal"], 4),
              ("present", ["L02AE03", "N02AA01", "N02BE01", "H02AB06", "A06AD15", "B01AA12", "C03CA01"]),
              ("present", ["radiotherapy"]),
              ("uncertain", ["M05BX04"]), ("present", ["B01AA12"]), ("unknown", []),
              {"status": "present", "ecog": 3},
              ("present", "supportive")),
))


if __name__ == "__main__":
    main()
