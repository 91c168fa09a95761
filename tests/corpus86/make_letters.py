"""corpus86 generator: letters, gold records, gap rule, contract check and rendering (one file).

Written blind: only the shared spec, the ATC table, the dev README, three dev
gold files and the scorer were read.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
import zlib
from pathlib import Path

SPEC = Path("/work/shared/spec")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
ALL_STATUSES = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED = {
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


def load_atc():
    rows = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        f = line.split("\t")
        names = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
        rows[f[0].strip()] = [n.strip() for n in names if n.strip()]
    return rows


ATC = load_atc()


def age_at(birth: str, on: str) -> int:
    b = dt.date.fromisoformat(birth)
    d = dt.date.fromisoformat(on)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


# ---------------------------------------------------------------- gaps

def derive_gaps(g: dict) -> list:
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


def build_gold(lid, L):
    """L: the letter's dict. Returns the gold record (gaps derived)."""
    G = L["gold"]
    pt_st, site, hist, bio = G["primaryTumor"]
    bd_st, circ, dated = G["boneDiagnosis"]
    pain_st, ptypes, inten = G["pain"]
    meds_st, meds = G["currentMedications"]
    plt_st, ltypes = G["priorLocalTreatments"]
    prog = G["prognosis"]
    tp_st, intent = G["therapeuticProject"]
    age = G["age"]
    if age is None and L.get("birth"):
        age = age_at(L["birth"], L["date"])
    g = {
        "id": lid,
        "patient": {"sex": G["sex"], "age": age},
        "primaryTumor": {"status": pt_st, "site": site, "histology": hist, "biomarkers": dict(bio)},
        "boneDiagnosis": {"status": bd_st, "circumstances": sorted(circ), "dated": dated},
        "pain": {"status": pain_st, "types": sorted(ptypes), "intensity": inten},
        "currentMedications": {"status": meds_st, "atc": sorted(set(meds))},
        "priorLocalTreatments": {"status": plt_st, "types": sorted(ltypes)},
    }
    for name in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        st, agents = G[name]
        g[name] = {"status": st, "atc": sorted(set(agents))}
    p = {"status": prog[0]}
    if len(prog) > 2 and prog[2] == "kps":
        p["kps"] = prog[1]
    else:
        p["ecog"] = prog[1]
    g["prognosis"] = p
    g["therapeuticProject"] = {"status": tp_st, "intent": intent}
    g["gaps"] = derive_gaps(g)
    return g


# ---------------------------------------------------------------- contract check

class Violation(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Violation(msg)


def fold(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def letter_plain_text(L) -> str:
    parts = []
    for b in L["blocks"]:
        if b[0] == "table":
            for row in b[1]:
                parts.append(" ".join(row))
        else:
            parts.append(b[1])
    return "\n".join(parts)


def check(lid, L, g):
    text = fold(letter_plain_text(L))
    need(L["fmt"] in ("pdf", "docx", "txt"), f"{lid}: format")
    need(re.fullmatch(r"\d{4}-\d{2}-\d{2}", L["date"]), f"{lid}: letter date")
    for it in ALLOWED:
        need(g[it]["status"] in ALLOWED[it], f"{lid}: {it} status {g[it]['status']} not allowed")
    need(g["patient"]["sex"] in ("F", "M"), f"{lid}: sex")
    age = g["patient"]["age"]
    need(isinstance(age, int) and 18 <= age <= 110, f"{lid}: age {age}")
    if L.get("birth"):
        need(age == age_at(L["birth"], L["date"]), f"{lid}: age {age} != computed from birth date")
        d, m, y = L["birth"][8:10], L["birth"][5:7], L["birth"][0:4]
        need(f"{d}/{m}/{y}" in text, f"{lid}: birth date not written as dd/mm/yyyy in the letter")
    else:
        need(f"{age} ans" in text, f"{lid}: age '{age} ans' not in the letter")
    # primary tumour
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], f"{lid}: unknown tumour with values")
    else:
        need(pt["site"] in SITES, f"{lid}: site {pt['site']}")
    need(pt["histology"] is None or pt["histology"] in HISTOLOGIES, f"{lid}: histology")
    for k, v in pt["biomarkers"].items():
        need(k in BIOMARKERS and v in BIO_RESULTS, f"{lid}: biomarker {k}={v}")
    # bone diagnosis
    bd = g["boneDiagnosis"]
    need(all(c in CIRCUMSTANCES for c in bd["circumstances"]), f"{lid}: circumstance code")
    need(isinstance(bd["dated"], bool), f"{lid}: dated bool")
    if bd["status"] == "present":
        need(bd["circumstances"], f"{lid}: bone diagnosis present without circumstance")
    else:
        need(not bd["circumstances"] and not bd["dated"], f"{lid}: unknown bone diagnosis with values")
    # pain
    pn = g["pain"]
    need(all(t in PAIN_TYPES for t in pn["types"]), f"{lid}: pain type")
    need(pn["intensity"] is None or (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10), f"{lid}: intensity")
    if pn["status"] == "absent":
        need(not pn["types"] and pn["intensity"] in (None, 0), f"{lid}: absent pain with type/intensity")
    if pn["status"] == "unknown":
        need(not pn["types"] and pn["intensity"] is None, f"{lid}: unknown pain with values")
    if pn["status"] == "present" and pn["intensity"] is not None:
        need(pn["intensity"] > 0, f"{lid}: present pain at 0")
    # medications
    cm = g["currentMedications"]
    for c in cm["atc"]:
        need(c in ATC, f"{lid}: ATC {c} not in atc-reference.tsv")
        need(any(fold(n) in text for n in ATC[c]), f"{lid}: no name of {c} ({ATC[c]}) in the letter")
    if cm["status"] != "present":
        need(not cm["atc"], f"{lid}: non-present medications with codes")
    else:
        need(cm["atc"], f"{lid}: present medications without a single reference code")
    # prior local treatments
    pl = g["priorLocalTreatments"]
    need(all(t in LOCAL_TYPES for t in pl["types"]), f"{lid}: local treatment type")
    if pl["status"] == "present":
        need(pl["types"], f"{lid}: prior local present without type")
    elif pl["status"] in ("absent", "unknown"):
        need(not pl["types"], f"{lid}: {pl['status']} local treatment with types")
    # agent sections
    for name, prefixes in AGENT_PREFIXES.items():
        sec = g[name]
        for c in sec["atc"]:
            need(c in ATC, f"{lid}: {name} ATC {c} not in reference")
            need(c.startswith(prefixes), f"{lid}: {c} does not belong in {name}")
            need(any(fold(n) in text for n in ATC[c]), f"{lid}: no name of {c} in the letter")
        if sec["status"] in ("absent", "unknown"):
            need(not sec["atc"], f"{lid}: {name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            missing = set(sec["atc"]) - set(cm["atc"])
            need(not missing, f"{lid}: {name} agents {missing} not in currentMedications")
        if sec["status"] == "uncertain":
            inter = set(sec["atc"]) & set(cm["atc"])
            need(not inter, f"{lid}: {name} doubtful agent {inter} listed as current medication")
        # every current drug of this class must be reported in its section
        cur = {c for c in cm["atc"] if c.startswith(prefixes)}
        need(cur <= set(sec["atc"]), f"{lid}: current {cur - set(sec['atc'])} missing from {name}")
        if cur:
            need(sec["status"] in ("present", "conflicting"), f"{lid}: current {name} drug but status {sec['status']}")
    # prognosis
    pr = g["prognosis"]
    need(set(pr) in ({"status", "ecog"}, {"status", "kps"}), f"{lid}: prognosis keys {set(pr)}")
    if "ecog" in pr and pr["ecog"] is not None:
        need(pr["ecog"] in range(0, 6), f"{lid}: ecog")
        need(pr["status"] == "present", f"{lid}: ecog with non-present prognosis")
    if "kps" in pr:
        need(pr["kps"] in range(0, 101, 10) and pr["status"] == "present", f"{lid}: kps")
    # project
    tp = g["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, f"{lid}: intent")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, f"{lid}: intent on unknown project")
    words = {"palliative": "palliati", "curative": "curati", "supportive": "support"}
    if tp["intent"]:
        need(words[tp["intent"]] in text, f"{lid}: intent {tp['intent']} not worded in letter")
    # gaps
    need(g["gaps"] == derive_gaps(g), f"{lid}: gaps not derived")
    for it, kind in g["gaps"]:
        need(it in ITEMS9 and kind in ("missing", "uncertain", "conflicting", "incomplete"), f"{lid}: gap")
    # letter facts stated by the author of the gold
    for s in L.get("must_contain", []):
        need(fold(s) in text, f"{lid}: expected wording '{s}' missing from the letter")
    if L["fmt"] == "pdf":
        try:
            letter_plain_text(L).encode("cp1252")
        except UnicodeEncodeError as e:
            raise Violation(f"{lid}: PDF text not encodable in WinAnsi: {e}")


# ---------------------------------------------------------------- TXT

def render_txt(L) -> bytes:
    out = []
    for b in L["blocks"]:
        kind = b[0]
        if kind == "h":
            out.append(b[1])
        elif kind == "p":
            out.append(b[1])
        elif kind == "table":
            rows = b[1]
            widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
            for j, r in enumerate(rows):
                out.append(" | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
                if j == 0:
                    out.append("-+-".join("-" * w for w in widths))
        out.append("")
    text = "\n".join(out).rstrip("\n") + "\n"
    if L.get("crlf"):
        text = text.replace("\n", "\r\n")
    return text.encode(L.get("encoding", "utf-8"))


# ---------------------------------------------------------------- DOCX

FIXED = dt.datetime(2025, 1, 1, 9, 0, 0)


def render_docx(L) -> bytes:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for b in L["blocks"]:
        if b[0] == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "table":
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
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = L.get("docx_author", "secretariat")
    cp.last_modified_by = L.get("docx_author", "secretariat")
    cp.title = ""
    cp.revision = 1
    when = dt.datetime.fromisoformat(L["date"] + "T10:00:00")
    cp.created = when
    cp.modified = when
    cp.last_printed = FIXED
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 3
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- PDF (text, embedded DejaVu Sans, WinAnsi)

_WIDTHS = None


def widths():
    global _WIDTHS
    if _WIDTHS is None:
        from PIL import ImageFont
        f = ImageFont.truetype(str(FONT), 1000)
        w = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                w.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                w.append(0)
        _WIDTHS = w
    return _WIDTHS


def text_width(s, size):
    w = widths()
    return sum(w[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000.0


def wrap(s, size, maxw):
    lines = []
    for para in s.split("\n"):
        words = para.split(" ")
        cur = ""
        for wd in words:
            cand = wd if not cur else cur + " " + wd
            if text_width(cand, size) <= maxw or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = wd
        lines.append(cur)
    return lines


def pdf_escape(b: bytes) -> bytes:
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def render_pdf(L) -> bytes:
    W, H, M = 595, 842, 50
    pages, ops = [], []
    y = [H - M]

    def newpage():
        pages.append(ops[:])
        ops.clear()
        y[0] = H - M

    def line(x, s, size):
        if y[0] < M + size:
            newpage()
        ops.append(b"BT /F1 %.1f Tf %.2f %.2f Td (" % (size, x, y[0]) + pdf_escape(s.encode("cp1252")) + b") Tj ET")

    for b in L["blocks"]:
        if b[0] in ("h", "p"):
            size = 11.5 if b[0] == "h" else 10
            for ln in wrap(b[1], size, W - 2 * M):
                line(M, ln, size)
                y[0] -= size * 1.35
            y[0] -= 5
        elif b[0] == "table":
            rows = b[1]
            fr = b[2] if len(b) > 2 else [1.0 / len(rows[0])] * len(rows[0])
            colw = [f * (W - 2 * M) for f in fr]
            size = 8.5
            for i, r in enumerate(rows):
                cells = [wrap(c, size, cw - 6) for c, cw in zip(r, colw)]
                n = max(len(c) for c in cells)
                if y[0] - n * size * 1.3 < M:
                    newpage()
                top = y[0] + size
                for k in range(n):
                    x = M
                    for c, cw in zip(cells, colw):
                        if k < len(c) and c[k]:
                            ops.append(b"BT /F1 %.1f Tf %.2f %.2f Td (" % (size, x + 3, y[0])
                                       + pdf_escape(c[k].encode("cp1252")) + b") Tj ET")
                        x += cw
                    y[0] -= size * 1.3
                bottom = y[0] + size * 0.6
                ops.append(b"0.5 w %.2f %.2f m %.2f %.2f l S" % (M, bottom, W - M, bottom))
                if i == 0:
                    ops.append(b"0.5 w %.2f %.2f m %.2f %.2f l S" % (M, top, W - M, top))
                y[0] -= 3
            y[0] -= 8
    pages.append(ops[:])
    pages = [p for p in pages if p]

    font = FONT.read_bytes()
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
               + b" ".join(str(x).encode() for x in widths())
               + b"] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    comp = zlib.compress(font, 9)
    objs[5] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(font))
               + comp + b"\nendstream")
    date = L["date"].replace("-", "")
    objs[6] = (b"<< /Producer (corpus86 make_letters) /Creator (Traitement de texte) /CreationDate (D:"
               + date.encode() + b"100000+02'00') /ModDate (D:" + date.encode() + b"100000+02'00') >>")
    kids = []
    n = 7
    for p in pages:
        content = zlib.compress(b"\n".join(p), 9)
        objs[n + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> "
                   b"/Contents %d 0 R >>" % (W, H, n + 1))
        kids.append(n)
        n += 2
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for i in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
    return out.getvalue()


def write_all(letters: dict, here: Path):
    golds = {}
    try:
        for lid, L in letters.items():
            g = build_gold(lid, L)
            check(lid, L, g)
            golds[lid] = g
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        sys.exit(1)
    (here / "letters").mkdir(exist_ok=True)
    (here / "gold").mkdir(exist_ok=True)
    for lid, L in letters.items():
        fmt = L["fmt"]
        data = {"txt": render_txt, "docx": render_docx, "pdf": render_pdf}[fmt](L)
        (here / "letters" / f"{lid}.{fmt}").write_bytes(data)
        (here / "gold" / f"{lid}.json").write_text(
            json.dumps(golds[lid], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(letters)} letters and golds to {here}")

# ================================================================ letters
# gold tuples: primaryTumor (status, site, histology, biomarkers),
# boneDiagnosis (status, circumstances, dated), pain (status, types, intensity),
# currentMedications (status, atc), priorLocalTreatments (status, types),
# agent sections (status, atc), prognosis (status, value[, "kps"]),
# therapeuticProject (status, intent). Gaps are derived, never written by hand.

H = ["Médicament", "Domicile", "Entrée", "Sortie", "Commentaire"]

LETTERS = {}

LETTERS["yj01"] = dict(
    fmt="pdf", date="2025-03-14", birth="1951-07-02",
    blocks=[
        ("h", "Centre Hospitalier de Vaudrey-les-Bains - Service de Pneumologie et Oncologie thoracique"),
        ("p", "Dr Hélène MARCHADIER - Secrétariat : 03 84 55 21 07"),
        ("p", "Vaudrey, le 14 mars 2025"),
        ("p", "À l'attention du Dr Castagnol, coordination RCP « Métastases osseuses », Institut de cancérologie de Franche-Vallée"),
        ("p", "Objet : M. Roland VERDIÈRE, né le 02/07/1951 - demande de passage en RCP métastases osseuses"),
        ("p", "Cher confrère,"),
        ("p", "Je vous adresse M. Verdière, que je suis pour un adénocarcinome pulmonaire du lobe supérieur droit, EGFR muté (délétion de l'exon 19), ALK négatif, PD-L1 < 1 %, diagnostiqué en septembre 2023 et traité en première ligne par osimertinib (Tagrisso 80 mg/j) avec une très bonne réponse thoracique."),
        ("p", "Il a été hospitalisé dans le service du 3 au 12 mars 2025 pour des douleurs de hanche droite apparues mi-février, d'horaire mécanique, majorées à l'appui et à la marche, cotées EN 7/10 à l'entrée. Le scanner retrouve une ostéolyse du col fémoral droit et de l'aile iliaque droite, sans trait de fracture (score de Mirels à 8). La TEP réalisée dans le même temps montre en outre deux lésions costales hypermétaboliques. Pas de progression thoracique ni cérébrale."),
        ("p", "Une radiothérapie antalgique de la hanche droite (8 Gy en une fraction) a été réalisée le 10/03/2025. À la sortie la douleur est cotée à 3/10 sous morphine LP."),
        ("p", "Sur le plan thrombotique : ACFA connue, sous Préviscan au domicile avec des INR très instables ; un relais par apixaban a été fait pendant l'hospitalisation (cf. conciliation jointe). Le Kardégic a été arrêté sur avis cardiologique."),
        ("p", "Pas de traitement anti-résorptif osseux à ce jour ; le dénosumab sera débuté après avis dentaire (panoramique demandé)."),
        ("p", "ATCD : tabagisme sevré (30 PA), HTA, ACFA, dyslipidémie. Son frère a été opéré d'un cancer du côlon."),
        ("p", "PS 2 (limité par la douleur). Prise en charge à visée palliative ; poursuite du Tagrisso à la même dose."),
        ("p", "Questions à la RCP : indication d'une consolidation prophylactique (vissage ? cimentoplastie ?) du col fémoral droit ? Intérêt d'un complément de radiothérapie ?"),
        ("p", "Bien confraternellement, Dr H. Marchadier"),
        ("h", "CONCILIATION MÉDICAMENTEUSE DE SORTIE - Pharmacie à usage intérieur"),
        ("p", "Réalisée le 12/03/2025 par Mme Inès Pavaillon, pharmacienne. Sources : entretien patient, ordonnance du médecin traitant, DMP, pharmacie d'officine (Pharmacie des Tanneurs)."),
        ("table", [
            H,
            ["Tagrisso 80 mg", "1 cp/j", "1 cp/j", "1 cp/j", "Poursuivi"],
            ["Préviscan 20 mg", "3/4 cp le soir", "Suspendu", "-", "ARRÊT (INR 4,8 à l'entrée). Relais apixaban"],
            ["Eliquis 5 mg", "-", "-", "1 cp x 2/j", "INTRODUCTION le 06/03"],
            ["Kardégic 75 mg", "1 sachet/j", "1 sachet/j", "-", "ARRÊT : pas d'indication retenue (avis cardio) + association AOD"],
            ["Doliprane 1 g", "si besoin", "1 g x 3/j", "1 g x 3/j", "Majoré : systématique"],
            ["Skenan LP 30 mg", "-", "-", "1 gél x 2/j", "INTRODUCTION"],
            ["Actiskenan 10 mg", "-", "-", "1 gél si douleur, max 4/j", "INTRODUCTION (interdoses)"],
            ["Forlax 10 g", "-", "-", "1 sachet/j", "INTRODUCTION (prévention constipation)"],
            ["Inexium 20 mg", "1 cp/j", "1 cp/j", "1 cp/j", "Poursuivi"],
            ["Cardensiel 2,5 mg", "1 cp/j", "1 cp/j", "1 cp/j", "Poursuivi"],
            ["Tahor 40 mg", "1 cp/j", "-", "-", "ARRÊT (accord MT)"],
        ], [0.2, 0.15, 0.13, 0.2, 0.32]),
    ],
    must_contain=["Relais apixaban", "ARRÊT : pas d'indication", "8 Gy en une fraction"],
    gold=dict(
        sex="M", age=None,
        primaryTumor=("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
        boneDiagnosis=("present", ["pain"], True),
        pain=("present", ["mechanical"], 3),
        currentMedications=("present", ["L01EB04", "B01AF02", "N02BE01", "N02AA01", "A06AD15", "A02BC05", "C07AB07"]),
        priorLocalTreatments=("present", ["radiotherapy"]),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("present", ["B01AF02"]),
        antiplatelets=("absent", []),
        prognosis=("present", 2),
        therapeuticProject=("present", "palliative"),
    ),
)

LETTERS["yj02"] = dict(
    fmt="docx", date="2025-05-28", docx_author="Secrétariat Oncologie 4B",
    blocks=[
        ("h", "CENTRE HOSPITALIER UNIVERSITAIRE DE SAINT-ALBRAN"),
        ("p", "Service d'Oncologie médicale - Unité 4B - Tél. 05 61 47 83 12"),
        ("h", "COMPTE RENDU D'HOSPITALISATION"),
        ("p", "Patient : M. Gérard LAFOUGÈRE, 79 ans. Séjour du 19/05/2025 au 28/05/2025. Médecin senior : Dr Yannick Orsoni ; interne : Mme Clara Betbeder."),
        ("p", "Copie : Dr Villanova (médecin traitant), RCP Métastases osseuses (demande d'inscription)."),
        ("h", "Motif d'hospitalisation"),
        ("p", "Douleurs lombaires hyperalgiques avec radiculalgie gauche."),
        ("h", "Antécédents"),
        ("p", "HTA. ACFA sous rivaroxaban depuis 2021. Hypothyroïdie. PTH gauche (2016). Familiaux : frère décédé d'un cancer du pancréas."),
        ("h", "Histoire oncologique"),
        ("p", "Adénocarcinome prostatique Gleason 8 (4+4) diagnostiqué en 2019 : prostatectomie totale puis radiothérapie de la loge en 2020. Rechute biochimique en 2022, hormonothérapie par Décapeptyl. Métastases osseuses (L4, L5, sacrum, bassin) découvertes sur la TEP-PSMA de réévaluation en janvier 2023 ; enzalutamide (Xtandi) depuis 02/2023. Radiothérapie L4-L5 20 Gy en 5 fractions en mars 2023. Acide zolédronique toutes les 12 semaines depuis 2023."),
        ("h", "Histoire de la maladie et évolution dans le service"),
        ("p", "Depuis 3 semaines, lombalgies avec radiculalgie L5 gauche à type de brûlures, réveils nocturnes. Pas de trouble sphinctérien. Pas de déficit moteur. PSA à 48 ng/ml (12 ng/ml en janvier). IRM rachidienne : progression L5 avec épidurite antérieure, sans compression médullaire. Biopsie sacrée non réalisée. Insuffisance rénale aiguë à l'entrée sur déshydratation (DFG 28 ml/min), partiellement régressive (DFG 41 à la sortie). Amélioration partielle des douleurs sous le traitement ci-dessous, pas d'évaluation chiffrée dans le dossier."),
        ("h", "Conciliation médicamenteuse (équipe pharmaceutique, 20/05/2025)"),
        ("p", "Traitement à l'entrée : Xarelto 20 mg 1/j ; Xtandi 40 mg 4 cp/j ; Décapeptyl LP 11,25 mg tous les 3 mois (dernière injection 04/2025) ; Zometa 4 mg toutes les 12 semaines (dernière perfusion le 11/03/2025) ; Levothyrox 75 µg 1/j ; Triatec 5 mg 1/j ; Doliprane 1 g x 3/j."),
        ("p", "Modifications pendant le séjour :"),
        ("p", "- Xarelto ARRÊTÉ le 20/05 (fonction rénale) ; relais par tinzaparine (Innohep) 14 000 UI 1 inj/j, à poursuivre au long cours."),
        ("p", "- Zometa SUSPENDU (insuffisance rénale) : pas de traitement anti-résorptif à la sortie, à rediscuter selon l'évolution de la créatinine."),
        ("p", "- Triatec arrêté (IRA)."),
        ("p", "- Introduction : prégabaline (Lyrica) 75 mg x 2/j, Oxycontin LP 20 mg x 2/j, Oxynorm 10 mg si besoin (max 6/j), Movicol 1 sachet/j, Dectancyl 8 mg le matin (épidurite) avec décroissance sur 3 semaines prévue."),
        ("p", "- Poursuivis : Xtandi, Décapeptyl, Levothyrox, Doliprane."),
        ("h", "Traitement de sortie"),
        ("p", "Innohep 14 000 UI/j SC ; Xtandi 40 mg 4 cp/j ; Décapeptyl LP 11,25 mg (prochaine injection 07/2025) ; Levothyrox 75 µg ; Doliprane 1 g x 3/j ; Lyrica 75 mg x 2/j ; Oxycontin LP 20 mg x 2/j ; Oxynorm 10 mg si besoin ; Movicol 1 sachet/j ; Dectancyl 8 mg/j puis décroissance."),
        ("h", "Conclusion"),
        ("p", "Progression osseuse lombaire (épidurite L5 non compressive) d'un cancer de prostate résistant à la castration sous enzalutamide. OMS 2 à la sortie. Poursuite de l'Xtandi dans l'attente de la RCP d'uro-oncologie (discussion d'un docétaxel). Nous sollicitons la RCP métastases osseuses : ré-irradiation L5 possible ? avis chirurgical ?"),
        ("p", "Dr Y. Orsoni"),
    ],
    must_contain=["Xarelto ARRÊTÉ", "Zometa SUSPENDU", "OMS 2", "TEP-PSMA de réévaluation"],
    gold=dict(
        sex="M", age=79,
        primaryTumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("present", ["neuropathic", "nocturnal"], None),
        currentMedications=("present", ["B01AB10", "L02BB04", "L02AE04", "H03AA01", "N02BE01", "N03AX16",
                                        "N02AA05", "A06AD65", "H02AB02"]),
        priorLocalTreatments=("present", ["radiotherapy"]),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("present", ["B01AB10"]),
        antiplatelets=("unknown", []),
        prognosis=("present", 2),
        therapeuticProject=("present", None),
    ),
)

LETTERS["yj03"] = dict(
    fmt="txt", date="2025-02-18",
    blocks=[
        ("p", "De : Dr Solène QUINTARD, oncologie médicale - Clinique du Val d'Orgeval (tél 02 43 61 90 18)\nA : RCP métastases osseuses - Dr Ferrandon\nDate : 18/02/2025\nObjet : Mme JAOUEN Maryvonne, 71 ans"),
        ("p", "Chère consoeur,"),
        ("p", "Je vous adresse Mme Jaouen, 71 ans, pour avis. Carcinome canalaire infiltrant du sein gauche diagnostiqué en 2019 (pT1cN0, RE 90 %, RP 40 %, HER2 0), traité par tumorectomie, radiothérapie mammaire et tamoxifène adjuvant depuis 2019."),
        ("p", "Le 03/02/2025 elle a présenté une lombalgie brutale en soulevant un pack d'eau ; le scanner montre une fracture-tassement de L2 sur lésion lytique et plusieurs autres lésions (D11, bassin). Biopsie L2 : métastase du carcinome mammaire, RE+ RP+ HER2 négatif. Hospitalisée du 06/02 au 15/02/2025 chez nous."),
        ("p", "Actuellement lombalgies mécaniques, à la marche et aux changements de position, sans irradiation radiculaire. EN 8/10 à l'entrée, 4/10 à la sortie. Pas de déficit. Corset en attente."),
        ("p", "Pas de cimentoplastie (refusée par la patiente dans un premier temps), pas de radiothérapie osseuse à ce jour."),
        ("p", "Hormonothérapie modifiée (tamoxifène arrêté, létrozole + palbociclib débutés le 13/02). Le Prolia qu'elle recevait pour ostéoporose depuis 2021 est relayé par Xgeva. Pas d'anticoagulant au long cours : Lovenox préventif pendant le séjour seulement."),
        ("p", "Bon état général, autonome, vit avec son mari. Espérance de vie estimée supérieure à 1 an."),
        ("p", "Questions : intérêt d'une cimentoplastie ou d'une radiothérapie de L2 ? Faut-il une consolidation ?"),
        ("p", "Ci-dessous la conciliation de sortie faite par la pharmacie (Mr Gaël Tournemine, interne en pharmacie) :"),
        ("table", [
            ["MEDICAMENT", "DOMICILE", "ENTREE", "SORTIE", "COMMENTAIRE"],
            ["Tamoxifène 20 mg", "1/j", "1/j", "-", "ARRET (progression), relais Femara"],
            ["Femara 2,5 mg", "-", "-", "1/j", "INTRODUCTION 13/02"],
            ["Ibrance 125 mg", "-", "-", "1/j J1-J21 / 28j", "INTRODUCTION 13/02"],
            ["Prolia 60 mg", "1 inj/6 mois", "-", "-", "ARRET (derniere inj 10/2024), relais Xgeva"],
            ["Xgeva 120 mg", "-", "1 inj le 12/02", "1 inj SC / 4 sem", "INTRODUCTION (1ere inj faite le 12/02)"],
            ["Cacit D3 1000/880", "1/j", "1/j", "1/j", "poursuivi"],
            ["Levothyrox 50 µg", "1/j", "1/j", "1/j", "poursuivi"],
            ["Xanax 0,25 mg", "1 le soir", "1 le soir", "-", "ARRET (somnolence, risque de chute)"],
            ["Imovane 7,5 mg", "1/2 si besoin", "-", "-", "arret"],
            ["Lovenox 4000 UI", "-", "1/j", "-", "arret a la sortie (patiente remobilisee)"],
            ["Topalgic LP 100 mg", "-", "1 x2/j", "1 x2/j", "INTRODUCTION"],
            ["Doliprane 1 g", "si besoin", "1 x3/j", "1 x3/j", "majore (systematique)"],
        ]),
        ("p", "Bien à vous,\nDr S. Quintard"),
    ],
    must_contain=["fracture-tassement de L2", "Pas d'anticoagulant au long cours", "Espérance de vie"],
    gold=dict(
        sex="F", age=71,
        primaryTumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        boneDiagnosis=("present", ["pathological_fracture"], True),
        pain=("present", ["mechanical"], 4),
        currentMedications=("present", ["L02BG04", "L01EF01", "M05BX04", "A12AX", "H03AA01", "N02AX02", "N02BE01"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("present", ["M05BX04"]),
        anticoagulation=("absent", []),
        antiplatelets=("unknown", []),
        prognosis=("present", None),
        therapeuticProject=("present", None),
    ),
)

LETTERS["yj04"] = dict(
    fmt="pdf", date="2025-04-16", birth="1956-04-30",
    blocks=[
        ("h", "Hôpital Saint-Roch de Merville-sur-Lande - Chirurgie orthopédique et traumatologique"),
        ("p", "Dr Arnaud DESPLANQUES, PH - Tél. 05 58 72 40 66"),
        ("p", "Merville, le 16/04/2025"),
        ("p", "Lettre de sortie et demande d'avis RCP métastases osseuses"),
        ("p", "Patiente : Mme Colette ARMANGAUD, née le 30/04/1956"),
        ("p", "Chère Consoeur, Cher Confrère,"),
        ("p", "Mme Armangaud est suivie depuis 2020 pour un carcinome rénal à cellules claires gauche (grade ISUP 3) traité par néphrectomie élargie, avec métastases pulmonaires apparues en 2023 et traitées par cabozantinib (Cabometyx 40 mg/j) depuis juin 2023 (Dr Fenouillet, oncologue)."),
        ("p", "Autres antécédents : diabète de type 2, HTA, ACFA sous Eliquis. Mère décédée d'un cancer du sein."),
        ("p", "Le 01/04/2025, chute de sa hauteur avec fracture pertrochantérienne droite sur une lésion lytique ; aucune atteinte osseuse n'était connue auparavant. Ostéosynthèse par clou gamma long le 03/04/2025 ; l'analyse des produits d'alésage confirme une métastase du carcinome rénal à cellules claires."),
        ("p", "Suites simples, appui complet autorisé. Douleur résiduelle à la mise en charge, EVA 5/10, non insomniante. Karnofsky 60 %."),
        ("p", "Pas d'antiagrégant plaquettaire. Pas de bisphosphonate ni de dénosumab jusqu'ici."),
        ("p", "Le cabozantinib a été suspendu le 28/03 en vue de la chirurgie ; sa reprise est prévue le 24/04 (J21) en accord avec le Dr Fenouillet."),
        ("h", "Conciliation médicamenteuse de sortie (Dr Pierre-Yves Lemarchal, pharmacien)"),
        ("table", [
            H,
            ["Eliquis 5 mg", "1 x 2/j", "suspendu J-2", "-", "Reprise prévue à J35 post-op, à la place du Lovenox (à valider par le MT)"],
            ["Lovenox 6000 UI", "-", "1 x 2/j", "1 inj x 2/j pendant 35 j", "INTRODUCTION (dose curative, ACFA)"],
            ["Cabometyx 40 mg", "1/j", "suspendu", "-", "Suspendu depuis le 28/03 (chirurgie) ; reprise le 24/04"],
            ["Glucophage 1000 mg", "1 x 2/j", "suspendu", "-", "Arrêt (IRA post-op) ; reprise par le MT selon créatininémie"],
            ["Cardensiel 5 mg", "1/j", "1/j", "1/j", "Poursuivi"],
            ["Tahor 20 mg", "1/j", "1/j", "1/j", "Poursuivi"],
            ["Oxycontin LP 10 mg", "-", "1 x 2/j", "1 x 2/j", "INTRODUCTION"],
            ["Oxynorm 5 mg", "-", "si douleur", "1 si douleur (max 4/j)", "INTRODUCTION"],
            ["Doliprane 1 g", "-", "1 x 3/j", "1 x 3/j", "INTRODUCTION"],
            ["Acupan 20 mg", "-", "1 x 3/j", "-", "ARRÊT (confusion)"],
            ["Uvedose 100 000 UI", "-", "1 ampoule le 05/04", "-", "Dose unique (carence)"],
        ], [0.2, 0.12, 0.15, 0.2, 0.33]),
        ("p", "Questions à la RCP : radiothérapie post-opératoire du fémur droit ? Traitement anti-résorptif ? Bilan d'extension osseuse complet à prévoir (scanner TAP à 3 mois ?)."),
        ("p", "Avec mes remerciements, Dr A. Desplanques"),
    ],
    must_contain=["aucune atteinte osseuse n'était connue auparavant", "Pas d'antiagrégant plaquettaire", "non insomniante"],
    gold=dict(
        sex="F", age=None,
        primaryTumor=("present", "kidney", "clear_cell_carcinoma", {}),
        boneDiagnosis=("present", ["pathological_fracture"], True),
        pain=("present", ["mechanical"], 5),
        currentMedications=("present", ["B01AB05", "C07AB07", "C10AA05", "N02AA05", "N02BE01"]),
        priorLocalTreatments=("present", ["surgery"]),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("present", ["B01AB05"]),
        antiplatelets=("absent", []),
        prognosis=("present", 60, "kps"),
        therapeuticProject=("present", None),
    ),
)

LETTERS["yj05"] = dict(
    fmt="docx", date="2025-06-02", docx_author="Dr Ronan Kerhervé",
    blocks=[
        ("h", "Centre Hospitalier de Lesneven-Plouvorn - Service de Pneumologie"),
        ("p", "Dr Ronan KERHERVÉ - Tél. 02 98 83 17 45"),
        ("p", "Le 02/06/2025"),
        ("p", "Objet : M. Thierry BOSCHERON, 63 ans - inscription RCP métastases osseuses"),
        ("p", "Cher confrère,"),
        ("p", "Je vous présente M. Boscheron, 63 ans, tabagique actif (45 PA), porteur d'un carcinome épidermoïde du lobe inférieur droit cT3N2M1c, PD-L1 70 %. Les métastases osseuses (arcs costaux droits 7e et 8e, D9, aile iliaque gauche) ont été mises en évidence sur la TEP du bilan initial le 12/12/2024. Il est traité par pembrolizumab en monothérapie depuis janvier 2025 (8e cure le 20/05/2025), en situation palliative."),
        ("p", "Hospitalisé du 14 au 22/05/2025 pour une hypercalcémie (calcémie corrigée 2,92 mmol/l) avec altération de l'état général, et une suspicion d'embolie pulmonaire non confirmée. Il se plaint d'une douleur intercostale droite à type de brûlure, DN4 à 5/10, EN 4/10 à la sortie."),
        ("p", "La radiothérapie antalgique costale est programmée le 10/06 au centre de radiothérapie de Brest-Kerlann."),
        ("p", "Sa mère a eu un cancer du sein à 70 ans. Stent coronaire (IVA) en 2019."),
        ("p", "ECOG 1 à la sortie."),
        ("h", "Conciliation médicamenteuse de sortie (pharmacie, Mme Laetitia Guivarc'h)"),
        ("table", [
            H,
            ["Keytruda 200 mg IV / 3 sem", "C7 le 29/04", "-", "C8 faite le 20/05, C9 le 10/06", "Poursuivi"],
            ["Kardégic 75 mg", "1/j", "1/j", "1/j", "Poursuivi"],
            ["Plavix 75 mg", "1/j", "1/j", "-", "ARRÊT (avis cardio : stent > 5 ans, monothérapie par aspirine)"],
            ["Innohep 14 000 UI", "-", "1/j du 14 au 16/05", "-", "Arrêt (angioscanner : pas d'EP)"],
            ["Zométa 4 mg", "-", "1re perf. le 19/05", "1 perfusion / 12 semaines", "INTRODUCTION (hypercalcémie, métastases osseuses)"],
            ["Durogesic 12 µg/h", "-", "-", "1 patch / 72 h", "INTRODUCTION"],
            ["Lyrica 75 mg", "-", "1 x 2/j", "1 x 2/j", "INTRODUCTION (douleur neuropathique)"],
            ["Tahor 40 mg", "1/j", "1/j", "1/j", "Poursuivi"],
            ["Inexium 20 mg", "1/j", "1/j", "1/j", "Poursuivi"],
            ["Bi-Profénid 100 mg", "1 x 2/j si douleur", "-", "-", "ARRÊT (IRA, association Kardégic)"],
            ["Doliprane 1 g", "-", "1 x 3/j", "1 x 3/j", "INTRODUCTION"],
        ]),
        ("p", "Pas d'anticoagulation au long cours à la sortie."),
        ("p", "Question : faut-il associer une radiothérapie de D9 (asymptomatique) ? Durée du Zométa ?"),
        ("p", "Bien confraternellement."),
    ],
    must_contain=["bilan initial le 12/12/2024", "programmée le 10/06", "situation palliative"],
    gold=dict(
        sex="M", age=63,
        primaryTumor=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("present", ["neuropathic"], 4),
        currentMedications=("present", ["L01FF02", "B01AC06", "M05BA08", "N02AB03", "N03AX16", "C10AA05", "A02BC05", "N02BE01"]),
        priorLocalTreatments=("unknown", []),
        boneTargetedTherapy=("present", ["M05BA08"]),
        anticoagulation=("absent", []),
        antiplatelets=("present", ["B01AC06"]),
        prognosis=("present", 1),
        therapeuticProject=("present", "palliative"),
    ),
)

LETTERS["yj06"] = dict(
    fmt="txt", date="2025-06-02", birth="1938-09-14", encoding="cp1252",
    blocks=[
        ("p", "CENTRE HOSPITALIER DE PONTCARRÉ-SUR-YSÈRE\nMédecine gériatrique aiguë - Dr Marion TEYSSANDIER\nTél. secrétariat : 04 76 88 31 20"),
        ("p", "Pontcarré, le 02/06/2025"),
        ("p", "Objet : M. Émile FOURNACHON, né le 14/09/1938\nDemande d'avis RCP métastases osseuses"),
        ("p", "Mon cher confrère,"),
        ("p", "Je vous adresse M. Fournachon, hospitalisé dans notre service du 20/05 au 30/05/2025 pour une chute à domicile avec volumineux hématome de cuisse gauche sous AVK (INR 6,2 à l'entrée). Les radiographies du bassin et du fémur n'ont pas montré de fracture."),
        ("p", "Antécédents : adénocarcinome prostatique Gleason 4+4 = 8 diagnostiqué en mars 2022, métastatique osseux d'emblée sur la scintigraphie du bilan initial (rachis, côtes, bassin) ; Eligard depuis 2022 puis enzalutamide ajouté en 2024 (Dr Abadie). ACFA. Hypothyroïdie. Troubles neurocognitifs légers (MMS 22/30). Son frère aîné est suivi pour un myélome. PSA 112 ng/ml le 26/05."),
        ("p", "Il ne décrit aucune douleur osseuse, y compris à la mobilisation ; l'hématome est résorbé et indolore à la sortie."),
        ("p", "Il n'a jamais reçu de radiothérapie sur ses lésions osseuses."),
        ("p", "Conciliation médicamenteuse (Mme Astrid Perrin-Coudray, pharmacienne) :\nÀ l'entrée, traitement habituel (ordonnance du Dr Villemagne + historique de l'officine) : Préviscan 20 mg 1/2 cp/j ; Eligard 45 mg tous les 6 mois ; Xtandi 40 mg 4 cp/j ; Xgeva 120 mg 1 inj/mois ; Levothyrox 100 µg ; Movicol 1 sachet/j ; Cacit D3 1/j ; Imovane 7,5 mg au coucher."),
        ("p", "Modifications au cours du séjour :\n- ARRÊT du Préviscan (surdosage, hématome), vitamine K ; relais par apixaban (Eliquis) 2,5 mg x 2/j à partir du 24/05 (âge > 80 ans, poids 58 kg).\n- ARRÊT de l'Xtandi (asthénie majeure, chutes à répétition), décision prise avec le Dr Abadie.\n- SUSPENSION de l'Xgeva dans l'attente d'extractions dentaires (foyer infectieux) ; reprise uniquement après avis du chirurgien-dentiste.\n- Arrêt de l'Imovane (chutes).\n- Poursuivis : Eligard, Levothyrox, Movicol, Cacit D3."),
        ("p", "Traitement de sortie : Eliquis 2,5 mg x 2/j ; Eligard 45 mg (prochaine injection en septembre 2025) ; Levothyrox 100 µg/j ; Movicol 1 sachet/j ; Cacit D3 1/j."),
        ("p", "Sur le plan général : OMS 3, GIR 3, dénutrition modérée (albumine 29 g/l). En accord avec le patient et sa famille, le projet retenu est celui de soins de support exclusifs, avec maintien de l'agoniste de la LH-RH seul."),
        ("p", "Question à la RCP : est-il licite de reprendre le dénosumab après les soins dentaires, compte tenu du projet ?"),
        ("p", "Bien amicalement,\nDr M. Teyssandier"),
    ],
    must_contain=["jamais reçu de radiothérapie", "aucune douleur osseuse", "SUSPENSION de l'Xgeva", "soins de support exclusifs"],
    gold=dict(
        sex="M", age=None,
        primaryTumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("absent", [], None),
        currentMedications=("present", ["B01AF02", "L02AE02", "H03AA01", "A06AD65", "A12AX"]),
        priorLocalTreatments=("absent", []),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("present", ["B01AF02"]),
        antiplatelets=("unknown", []),
        prognosis=("present", 3),
        therapeuticProject=("present", "supportive"),
    ),
)

LETTERS["yj07"] = dict(
    fmt="pdf", date="2025-03-18",
    blocks=[
        ("h", "Hôpital privé des Tilleuls-Ferrand - Oncologie médicale"),
        ("p", "Dr Baptiste HOURCADE - 04 73 29 56 02"),
        ("p", "Le 18/03/2025"),
        ("p", "Demande d'inscription en RCP métastases osseuses - Mme Annick PELLEGRY, 58 ans"),
        ("p", "Chère Consoeur,"),
        ("p", "Mme Pellegry, 58 ans, a été traitée en 2017 pour un carcinome lobulaire infiltrant du sein droit (mastectomie, radiothérapie pariétale, létrozole pendant 5 ans, arrêté en 2022)."),
        ("p", "Depuis début janvier 2025, douleurs de hanche gauche à la marche avec réveils nocturnes. L'IRM du 22/01/2025 montre une lésion lytique du toit du cotyle gauche et de multiples lésions rachidiennes. Biopsie iliaque : métastase du carcinome lobulaire, RE 80 %, RP négatif, HER2 négatif (score 1+)."),
        ("p", "Cimentoplastie acétabulaire gauche réalisée le 06/03/2025. La douleur, EVA 6/10 avant le geste, est à 2/10 à la sortie."),
        ("p", "Traitement de 1re ligne métastatique débuté pendant l'hospitalisation : fulvestrant (Faslodex, 1re injection le 10/03) et abémaciclib (Verzenios 150 mg x 2/j)."),
        ("p", "Le Fosamax hebdomadaire qu'elle prenait pour ostéoporose depuis 2019 a été arrêté à l'entrée (mauvaise observance) ; un dénosumab est envisagé, à discuter en RCP."),
        ("p", "Anticoagulation : statut à clarifier, voir la conciliation ci-dessous (Xarelto ?)."),
        ("p", "ECOG 1. Question : faut-il irradier les lésions rachidiennes asymptomatiques ? Quel anti-résorptif ?"),
        ("h", "Conciliation médicamenteuse d'entrée et de sortie - Pharmacie (M. Quentin Rabusseau, interne)"),
        ("table", [
            H,
            ["Xarelto 20 mg", "1/j ? (officine : dernière délivrance 11/2024)", "non pris", "? à vérifier", "La patiente ne sait plus si elle le prend encore ; indication non retrouvée (TVP 2023 ?). À vérifier auprès du médecin traitant"],
            ["Fosamax 70 mg", "1/semaine", "-", "-", "ARRÊT (mauvaise observance)"],
            ["Faslodex 250 mg", "-", "2 inj le 10/03", "2 inj J15, J29 puis /28 j", "INTRODUCTION"],
            ["Verzenios 150 mg", "-", "1 x 2/j", "1 x 2/j", "INTRODUCTION le 11/03"],
            ["Oxycontin LP 10 mg", "-", "1 x 2/j", "1 x 2/j", "INTRODUCTION"],
            ["Oxynorm 5 mg", "-", "si besoin", "si besoin, max 4/j", "INTRODUCTION"],
            ["Doliprane 1 g", "1 si besoin", "1 x 3/j", "1 x 3/j", "Majoré"],
            ["Inipomp 20 mg", "1/j", "1/j", "1/j", "Poursuivi"],
            ["Uvedose 100 000 UI", "1 amp / 3 mois", "-", "1 amp / 3 mois", "Poursuivi"],
            ["Ibuprofène 400 mg", "si besoin", "-", "-", "ARRÊT (association anticoagulant possible)"],
        ], [0.18, 0.18, 0.12, 0.17, 0.35]),
        ("p", "Bien à vous, Dr B. Hourcade"),
    ],
    must_contain=["? à vérifier", "arrêté à l'entrée", "Cimentoplastie acétabulaire"],
    gold=dict(
        sex="F", age=58,
        primaryTumor=("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
        boneDiagnosis=("present", ["pain"], True),
        pain=("present", ["mechanical", "nocturnal"], 2),
        currentMedications=("present", ["L02BA03", "L01EF03", "N02AA05", "N02BE01", "A02BC02", "A11CC05"]),
        priorLocalTreatments=("present", ["cementoplasty"]),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("uncertain", ["B01AF01"]),
        antiplatelets=("unknown", []),
        prognosis=("present", 1),
        therapeuticProject=("present", None),
    ),
)

LETTERS["yj08"] = dict(
    fmt="docx", date="2025-06-24", docx_author="Dr A. Vercoutre",
    blocks=[
        ("h", "CH de Lormont-la-Rivière - Hépato-gastro-entérologie et oncologie digestive"),
        ("p", "Dr Amandine VERCOUTRE - Tél. 05 57 80 14 93"),
        ("p", "Lormont, le 24/06/2025"),
        ("h", "Compte rendu d'hospitalisation du 16/06 au 23/06/2025 - Mme Sandrine CAZALIS-MOURET, 55 ans"),
        ("p", "Motif : douleurs sacrées non contrôlées."),
        ("p", "ATCD : adénocarcinome du côlon sigmoïde pT3N1 (2022), KRAS G12D muté, BRAF non muté, MSS ; sigmoïdectomie puis FOLFOX adjuvant. Métastases hépatiques en 2024, FOLFIRI-bévacizumab depuis (C4 de la reprise le 02/06/2025). TVP sur PAC en mai 2025. Père décédé d'un cancer colique à 60 ans."),
        ("p", "Lésion sacrée découverte fortuitement le 12/04/2025 sur un uroscanner réalisé aux urgences pour une colique néphrétique gauche, asymptomatique à l'époque. Depuis mai, douleurs sacrées d'horaire inflammatoire avec dérouillage matinal d'une demi-heure, EN 5/10 malgré le tramadol. IRM : lyse sacrée S1-S2 sans envahissement canalaire."),
        ("p", "Une radiothérapie sacrée (20 Gy en 5 fractions) a débuté le 19/06 ; 3 séances ont été faites, les 2 dernières se feront en ambulatoire (fin prévue le 25/06)."),
        ("h", "Conciliation des traitements"),
        ("p", "Traitement à l'entrée : Innohep 14 000 UI/j (TVP, prévu 6 mois), Topalgic LP 100 mg x 2/j, Lyrica 150 mg x 2/j, Doliprane 1 g x 4/j, Inexium 40 mg/j, Xanax 0,25 mg si besoin."),
        ("p", "Modifications :\n• arrêt du tramadol, relais par Skenan LP 20 mg x 2/j, majoré à 40 mg x 2/j le 20/06, Actiskenan 10 mg en interdoses ;\n• diminution de la prégabaline à 75 mg x 2/j (somnolence) ;\n• introduction de la dexaméthasone (Dectancyl) 8 mg le matin pendant la radiothérapie puis décroissance ;\n• Innohep poursuivi à la même dose ; le Lovenox 4000 prescrit aux urgences en plus, par erreur, a été arrêté dès J1 ;\n• introduction de Forlax 2 sachets/j ;\n• arrêt du Xanax."),
        ("p", "Traitement de sortie : Innohep 14 000 UI/j, Skenan LP 40 mg x 2/j, Actiskenan 10 mg si besoin, Lyrica 75 mg x 2/j, Dectancyl 8 mg/j (décroissance à partir du 26/06), Doliprane 1 g x 4/j, Inexium 40 mg/j, Forlax 2 sachets/j."),
        ("h", "Conclusion"),
        ("p", "Métastase sacrée symptomatique d'un adénocarcinome colique, situation palliative. PS 1. Reprise du FOLFIRI-bévacizumab (C5) une semaine après la fin de la radiothérapie. Nous souhaitons l'avis de la RCP sur l'indication d'une cimentoplastie sacrée complémentaire."),
        ("p", "Dr A. Vercoutre"),
    ],
    must_contain=["découverte fortuitement", "horaire inflammatoire", "arrêté dès J1", "3 séances ont été faites"],
    gold=dict(
        sex="F", age=55,
        primaryTumor=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
        boneDiagnosis=("present", ["incidental_imaging"], True),
        pain=("present", ["inflammatory"], 5),
        currentMedications=("present", ["B01AB10", "N02AA01", "N03AX16", "H02AB02", "N02BE01", "A02BC05", "A06AD15"]),
        priorLocalTreatments=("present", ["radiotherapy"]),
        boneTargetedTherapy=("unknown", []),
        anticoagulation=("present", ["B01AB10"]),
        antiplatelets=("unknown", []),
        prognosis=("present", 1),
        therapeuticProject=("present", "palliative"),
    ),
)

LETTERS["yj09"] = dict(
    fmt="txt", date="2025-05-12",
    blocks=[
        ("p", "Dr Fabrice LE MOAL\nMédecine générale\n3 rue des Ajoncs - 29870 Plouzévédec\n02 98 41 07 63"),
        ("p", "Plouzévédec le 12/05/25"),
        ("p", "Cher confrère,"),
        ("p", "je vous adresse mr TREGUIER Loïc 47 ans pour votre RCP méta osseuses à la demande de son pneumologue le Dr Gaillac (en congés).\nPour rappel : adénoK pulmonaire ALK réarrangé (EGFR sauvage), dg en 11/2024 devant une compression médullaire D8 avec paraparésie, opérée en urgence le 20/11/2024 (laminectomie + arthrodèse D7-D9) puis RT post-op 30 Gy/10 fr. Récupération complète. Sous Alecensa depuis 12/2024 avec bonne réponse."),
        ("p", "Il sort du CH des Abers (hospit du 2 au 9/05) pour une récidive de TVP du membre inférieur gauche sous Coumadine bien équilibrée. Je vous joins la conciliation faite par la pharmacie.\nActuellement aucune douleur (EN 0), il a repris le vélo. PS 1. Pas d'antiagrégant."),
        ("p", "La TEP du 05/05 montre une discrète progression isolée d'une lésion iliaque gauche, le reste stable. Le Dr Gaillac souhaite savoir si une RT stéréotaxique est indiquée ; poursuite de l'Alecensa dans tous les cas."),
        ("p", "Bien confraternellement,\nDr Le Moal"),
        ("p", "----------------------------------------------------------\nCONCILIATION MEDICAMENTEUSE DE SORTIE - PUI CH des Abers - 09/05/2025\nPharmacien : Dr Y. Kerdraon\nTtt domicile -> ttt sortie :\n- ALECENSA 150 mg 4 gel x2/j -> POURSUIVI\n- COUMADINE 5 mg 1/j (INR cible 2-3) -> ARRETE (récidive TVP sous AVK). Relais HBPM dose curative au long cours, cf ordonnance (spécialité selon disponibilité en officine)\n- XGEVA 120 mg SC /4 sem -> POURSUIVI (dernière inj 28/04/25, prochaine le 26/05)\n- CACIT D3 1/j -> POURSUIVI\n- MOPRAL 20 mg 1/j -> POURSUIVI\n- DECTANCYL 4 mg -> décroissance terminée, ARRETE le 02/05\n- FORLAX 10 g 1 sachet/j -> POURSUIVI\n- DOLIPRANE 1 g -> ARRETE (pas de douleur)\n----------------------------------------------------------"),
    ],
    must_contain=["Relais HBPM dose curative", "aucune douleur (EN 0)", "Pas d'antiagrégant", "compression médullaire D8"],
    gold=dict(
        sex="M", age=47,
        primaryTumor=("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative"}),
        boneDiagnosis=("present", ["neurological_deficit"], True),
        pain=("absent", [], 0),
        currentMedications=("present", ["L01ED03", "M05BX04", "A12AX", "A02BC01", "A06AD15"]),
        priorLocalTreatments=("present", ["surgery", "radiotherapy"]),
        boneTargetedTherapy=("present", ["M05BX04"]),
        anticoagulation=("present", []),
        antiplatelets=("absent", []),
        prognosis=("present", 1),
        therapeuticProject=("present", None),
    ),
)

LETTERS["yj10"] = dict(
    fmt="pdf", date="2025-04-07",
    blocks=[
        ("h", "Institut régional de cancérologie de Haute-Sarthe - Oncologie médicale"),
        ("p", "Dr Nadia FERRACCI - secrétariat 02 43 50 62 94"),
        ("p", "Le 07/04/2025"),
        ("p", "Objet : M. Bernard CHAPELOTTE, 72 ans - RCP métastases osseuses"),
        ("p", "Cher collègue,"),
        ("p", "M. Chapelotte, 72 ans, est suivi pour un carcinome urothélial de vessie infiltrant traité par cystectomie totale en 2023. En décembre 2024 sont apparues des douleurs de la cuisse droite à la mobilisation ; l'IRM a montré une lésion lytique diaphysaire fémorale droite et une lésion du pédicule L4. Il est traité par pembrolizumab (Keytruda) depuis janvier 2025, 8e cure le 31/03."),
        ("p", "Il a été hospitalisé du 24/03 au 02/04 pour douleurs mal contrôlées : douleur de cuisse à la mobilisation et décharges électriques descendant dans la jambe droite, EN 7/10 à l'entrée et 4/10 à la sortie."),
        ("p", "Antécédents : HTA, AOMI stentée en 2021. Pas d'anticoagulant. Kardégic arrêté pendant le séjour. Pas de traitement osseux spécifique (ni bisphosphonate, ni dénosumab)."),
        ("p", "OMS 2. Poursuite du pembrolizumab."),
        ("p", "Question : radiothérapie et/ou enclouage prophylactique du fémur droit (Mirels 9) ?"),
        ("p", "Bien cordialement, Dr N. Ferracci"),
        ("h", "Conciliation médicamenteuse - Pharmacie clinique (Mme Héloïse Darrigrand), 02/04/2025"),
        ("table", [
            H,
            ["Eliquis 5 mg", "1 x 2/j", "1 x 2/j", "1 x 2/j", "Poursuivi (ACFA découverte en 01/2025, introduit par le cardiologue, Dr Montaubin)"],
            ["Kardégic 75 mg", "1/j", "1/j", "-", "ARRÊT (association AOD, avis cardio)"],
            ["Keytruda 200 mg", "/3 sem", "-", "C8 le 31/03", "Poursuivi (HDJ)"],
            ["Palexia LP 50 mg", "-", "1 x 2/j", "1 x 2/j", "INTRODUCTION"],
            ["Neurontin 300 mg", "-", "1 x 3/j", "1 x 3/j", "INTRODUCTION"],
            ["Triatec 5 mg", "1/j", "1/j", "1/j", "Poursuivi"],
            ["Doliprane 1 g", "1 x 3/j", "1 x 3/j", "1 x 3/j", "Poursuivi"],
            ["Laroxyl 40 mg/ml", "10 gouttes le soir", "-", "-", "ARRÊT (confusion)"],
        ], [0.17, 0.15, 0.13, 0.15, 0.4]),
    ],
    must_contain=["Pas d'anticoagulant.", "Eliquis 5 mg", "Kardégic arrêté"],
    gold=dict(
        sex="M", age=72,
        primaryTumor=("present", "bladder", "other", {}),
        boneDiagnosis=("present", ["pain"], True),
        pain=("present", ["mechanical", "neuropathic"], 4),
        currentMedications=("present", ["B01AF02", "L01FF02", "N02AX06", "N03AX12", "C09AA05", "N02BE01"]),
        priorLocalTreatments=("unknown", []),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("conflicting", ["B01AF02"]),
        antiplatelets=("absent", []),
        prognosis=("present", 2),
        therapeuticProject=("present", None),
    ),
)

LETTERS["yj11"] = dict(
    fmt="docx", date="2025-06-10", birth="1959-11-23", docx_author="Pharmacie clinique",
    blocks=[
        ("h", "Centre hospitalier de Val-Morand - Endocrinologie / Pharmacie clinique"),
        ("p", "Dr Éloïse SARRAZAC, endocrinologue - Tél. 03 26 49 72 05"),
        ("p", "Val-Morand, le 10/06/2025"),
        ("p", "Patiente : Mme Odile ROUSSILHE, née le 23/11/1959"),
        ("p", "Chers collègues,"),
        ("p", "Je vous adresse Mme Roussilhe pour discussion en RCP métastases osseuses. Carcinome papillaire de la thyroïde (variant à cellules hautes) : thyroïdectomie totale et irathérapie en 2020. Les métastases osseuses (D10, aile iliaque droite) ont été découvertes sur la scintigraphie post-thérapeutique de juin 2021 ; elles se sont révélées réfractaires à l'iode. Radiothérapie externe de D10 (30 Gy) en 2022, puis cimentoplastie de D10 en février 2023. Lenvatinib (Lenvima) depuis septembre 2023."),
        ("p", "Hospitalisée du 02 au 06/06/2025 pour une HTA sévère (190/105) et une thrombose veineuse superficielle de la grande saphène droite. Pas de douleur osseuse."),
        ("p", "La TDM de mai 2025 montre une majoration de la lésion iliaque droite (ostéolyse de 4 cm, corticale respectée). Question : radiothérapie stéréotaxique, ablation ou cimentoplastie de la lésion iliaque ?"),
        ("h", "Conciliation médicamenteuse de sortie (Dr Mathis Ollivro, pharmacien)"),
        ("table", [
            H,
            ["Lenvima", "24 mg/j", "suspendu 48 h", "14 mg/j", "DIMINUTION (HTA grade 3)"],
            ["Levothyrox 150 µg", "1/j", "1/j", "1/j", "Poursuivi"],
            ["Triatec", "2,5 mg/j", "5 mg/j", "10 mg/j", "MAJORATION"],
            ["Arixtra 2,5 mg", "-", "1 inj/j", "1 inj/j SC pendant 45 jours", "INTRODUCTION le 03/06 (TVS)"],
            ["Zyma D 50 000 UI", "1 amp/mois", "-", "1 amp/mois", "Poursuivi"],
            ["Cacit 500 mg", "1 x 2/j", "1 x 2/j", "1 x 2/j", "Poursuivi (hypoparathyroïdie post-op)"],
            ["Prolia 60 mg", "? « une injection il y a quelques mois » selon la patiente", "-", "-", "Non retrouvé dans le DP ni chez le médecin traitant : à vérifier"],
            ["Ibuprofène 400 mg", "si besoin", "-", "-", "ARRÊT (HTA)"],
        ]),
        ("p", "Bien confraternellement,\nDr É. Sarrazac"),
    ],
    must_contain=["à vérifier", "Pas de douleur osseuse", "scintigraphie post-thérapeutique"],
    gold=dict(
        sex="F", age=None,
        primaryTumor=("present", "thyroid", "other", {}),
        boneDiagnosis=("present", ["staging_imaging"], True),
        pain=("absent", [], None),
        currentMedications=("present", ["L01EX08", "H03AA01", "C09AA05", "B01AX05", "A11CC05", "A12AA04"]),
        priorLocalTreatments=("present", ["radiotherapy", "cementoplasty"]),
        boneTargetedTherapy=("uncertain", ["M05BX04"]),
        anticoagulation=("present", ["B01AX05"]),
        antiplatelets=("unknown", []),
        prognosis=("unknown", None),
        therapeuticProject=("present", None),
    ),
)

LETTERS["yj12"] = dict(
    fmt="txt", date="2025-05-16", crlf=True,
    blocks=[
        ("p", "CHU de Rochemaure - Pneumologie, unité d'hospitalisation de courte durée\nDr Julien Abescat / interne : M. Théo Vasseur-Lagarde\nTel 04 75 92 33 80"),
        ("p", "COURRIER DE SORTIE - 16/05/2025\nPatient : M. Serge VAUTRIN, 66 ans\nHospitalisation du 06/05 au 16/05/2025\nDestinataires : Dr Pellissier (MT), RCP méta osseuses (inscription urgente svp)"),
        ("p", "Motif : dorsalgies + AEG."),
        ("p", "HDM : dorsalgies en ceinture depuis 3 semaines, à type de décharges électriques, majorées la nuit, EVA 6 à l'entrée. TDM TAP : masse hilaire gauche + adénopathies médiastinales, lyse de D7 avec épidurite débutante, sans signe de compression médullaire à l'examen (pas de déficit, ROT normaux). EP segmentaire LIG de découverte fortuite. Fibroscopie bronchique le 08/05 : carcinome bronchique à petites cellules (CBPC), stade étendu."),
        ("p", "ATCD : tabac 50 PA, AOMI (stent fémoral 2022) sous Plavix, HTA, BPCO GOLD 2. Pas d'ATCD familial notable."),
        ("p", "Evolution :\n- RT D7 8 Gy en 1 fraction le 12/05.\n- C1 carboplatine-étoposide-atézolizumab J1 le 13/05 (étoposide J1-J3), bien tolérée. C2 prévue le 03/06 en HDJ.\n- EP : héparine IVSE du 07/05 au 12/05 puis relais Lixiana 60 mg/j dès le 13/05.\n- Douleur : EVA 2 à la sortie sous Sophidone + Lyrica."),
        ("p", "Conciliation (pharmacie, 15/05) :\nDOMICILE : Plavix 75, Bisoprolol 5, Spiriva, Solupred 20 (cure courte donnée par le MT pour exacerbation BPCO).\nMODIFICATIONS : Plavix SUSPENDU le 06/05 pour la fibroscopie, REPRIS le 14/05 ; bisoprolol SUSPENDU (hypotension) jusqu'à réévaluation par le MT ; Solupred ARRETE (cure terminée) ; héparine ARRETEE, relais Lixiana ; INTRODUCTION Sophidone LP 4 mg x2, Lyrica 75 mg x2, Eupantol 40, Doliprane 1 g x3.\nSORTIE : Lixiana 60 mg 1/j, Plavix 75 1/j, Spiriva 2 inh/j, Sophidone LP 4 mg x2/j, Lyrica 75 x2/j, Eupantol 40 mg/j, Doliprane 1 g x3/j. Chimio-immunothérapie en cours (C2 le 03/06)."),
        ("p", "Pas de traitement anti-résorptif pour l'instant (calcémie normale), Xgeva à discuter en RCP."),
        ("p", "PS 2."),
        ("p", "Questions RCP : complément d'irradiation D7 (épidurite) ? indication chirurgicale ? denosumab ?"),
        ("p", "Dr J. Abescat"),
    ],
    must_contain=["REPRIS le 14/05", "Pas de traitement anti-résorptif", "depuis 3 semaines", "RT D7 8 Gy"],
    gold=dict(
        sex="M", age=66,
        primaryTumor=("present", "lung", "small_cell_carcinoma", {}),
        boneDiagnosis=("present", ["pain"], True),
        pain=("present", ["neuropathic", "nocturnal"], 2),
        currentMedications=("present", ["B01AF03", "B01AC04", "N02AA03", "N03AX16", "A02BC02", "N02BE01",
                                        "L01XA02", "L01CB01", "L01FF05"]),
        priorLocalTreatments=("present", ["radiotherapy"]),
        boneTargetedTherapy=("absent", []),
        anticoagulation=("present", ["B01AF03"]),
        antiplatelets=("present", ["B01AC04"]),
        prognosis=("present", 2),
        therapeuticProject=("present", None),
    ),
)


if __name__ == "__main__":
    write_all(LETTERS, Path(__file__).resolve().parent)
