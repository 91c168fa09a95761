#!/usr/bin/env python3
"""corpus36: twelve blind referral letters to the RCP « métastases osseuses ».

Holds every letter's text and gold record as Python data, derives the gold
gaps with one function (the spec's Gaps rule), checks every gold against the
contract (spec/rcp-request.md) and exits with "CONTRACT VIOLATION: ..." on any
failure, then writes letters/ and gold/ byte-identically on every run.

Run from /work/main:  .venv/bin/python tests/corpus36/make_letters.py
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
SPEC = Path("/work/shared/spec")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
ZIP_DATE = (2025, 3, 1, 8, 0, 0)

# --------------------------------------------------------------------------
# Contract
# --------------------------------------------------------------------------
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
             "prognosis", "therapeuticProject"]
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
STATUSES = {
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
BIORESULTS = {"positive", "negative", "pending"}
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
        parts = line.split("\t")
        code, dci, inn, group = parts[:4]
        brands = parts[4].split(",") if len(parts) > 4 and parts[4] else []
        rows[code] = [n for n in [dci, inn, *brands] if n]
    return rows


ATC = load_atc()


def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to a gold record's values."""
    out = []
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st == "unknown":
            out.append([item, "missing"])
        elif st in ("uncertain", "conflicting"):
            out.append([item, st])
        elif st == "present":
            incomplete = (
                (item == "pain" and not sec["types"])
                or (item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"])
                or (item == "boneDiagnosis" and not sec["dated"])
                or (item == "primaryTumor" and sec["histology"] is None)
                or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
            )
            if incomplete:
                out.append([item, "incomplete"])
    return out


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def age_at(birth: dt.date, when: dt.date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


class Violation(Exception):
    pass


def need(cond, lid, msg):
    if not cond:
        raise Violation(f"{lid}: {msg}")


def check(L: dict, text: str) -> None:
    g = L["gold"]
    lid = L["id"]
    need(g["id"] == lid, lid, "gold id differs from file stem")
    keys = {"id", "patient", *STATUSES, "gaps"}
    need(set(g) == keys, lid, f"gold keys {sorted(set(g) ^ keys)}")
    ntext = norm(text)
    # patient
    p = g["patient"]
    need(p["sex"] in ("F", "M"), lid, "sex")
    if L.get("birth"):
        b = dt.date.fromisoformat(L["birth"])
        d = dt.date.fromisoformat(L["date"])
        need(b.strftime("%d/%m/%Y") in text, lid, "birth date not written in the letter")
        need(p["age"] == age_at(b, d), lid, f"age {p['age']} != {age_at(b, d)} recomputed")
        if L.get("age_written") is not None:
            need(L["age_written"] == p["age"], lid, "written age disagrees with birth date")
    else:
        need(L.get("age_written") == p["age"], lid, "age must be the written one")
    if p["age"] is not None:
        need(f"{p['age']} a" in text, lid, "written age not found in text") if not L.get("birth") else None
    for item, allowed in STATUSES.items():
        need(g[item]["status"] in allowed, lid, f"{item}.status {g[item]['status']} not allowed")
    # primary tumour
    t = g["primaryTumor"]
    need(set(t) == {"status", "site", "histology", "biomarkers"}, lid, "primaryTumor keys")
    if t["status"] == "unknown":
        need(t["site"] is None and t["histology"] is None and not t["biomarkers"], lid, "unknown tumour with values")
    else:
        need(t["site"] in SITES, lid, f"site {t['site']}")
    need(t["histology"] is None or t["histology"] in HISTOLOGIES, lid, "histology code")
    for k, v in t["biomarkers"].items():
        need(k in BIOMARKERS and v in BIORESULTS, lid, f"biomarker {k}={v}")
    # bone diagnosis
    b = g["boneDiagnosis"]
    need(set(b) == {"status", "circumstances", "dated"}, lid, "boneDiagnosis keys")
    need(all(c in CIRCUMSTANCES for c in b["circumstances"]), lid, "circumstance code")
    need(isinstance(b["dated"], bool), lid, "dated must be bool")
    if b["status"] == "present":
        need(b["circumstances"], lid, "bone diagnosis present without circumstance")
    else:
        need(not b["circumstances"] and not b["dated"], lid, "unknown bone diagnosis with values")
    # pain
    pa = g["pain"]
    need(set(pa) == {"status", "types", "intensity"}, lid, "pain keys")
    need(all(x in PAIN_TYPES for x in pa["types"]), lid, "pain type code")
    need(pa["types"] == sorted(set(pa["types"])), lid, "pain types sorted/unique")
    need(pa["intensity"] is None or (isinstance(pa["intensity"], int) and 0 <= pa["intensity"] <= 10), lid, "intensity")
    if pa["status"] in ("absent", "unknown"):
        need(not pa["types"] and pa["intensity"] in (None, 0), lid, "pain absent/unknown with types or score")
    if pa["intensity"] is not None:
        need(f"{pa['intensity']}/10" in text.replace(" /", "/"), lid, "pain score not in text")
    # medications
    meds = g["currentMedications"]
    need(set(meds) == {"status", "atc"}, lid, "currentMedications keys")
    need(meds["atc"] == sorted(set(meds["atc"])), lid, "meds atc sorted/unique")
    for c in meds["atc"]:
        need(c in ATC, lid, f"ATC {c} not in atc-reference.tsv")
        names = ATC[c] + L.get("aliases", {}).get(c, [])
        need(any(norm(n) in ntext for n in names), lid, f"no name of {c} in the letter text")
    if meds["status"] != "present":
        need(not meds["atc"], lid, "meds not present but codes listed")
    # local treatments
    lt = g["priorLocalTreatments"]
    need(set(lt) == {"status", "types"}, lid, "priorLocalTreatments keys")
    need(all(x in LOCAL_TYPES for x in lt["types"]), lid, "local treatment code")
    need(lt["types"] == sorted(set(lt["types"])), lid, "local types sorted")
    if lt["status"] == "present":
        need(lt["types"], lid, "local treatments present without type")
    if lt["status"] in ("absent", "unknown"):
        need(not lt["types"], lid, "absent/unknown local treatment with types")
    # agent sections
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        need(set(s) == {"status", "atc"}, lid, f"{sec} keys")
        need(s["atc"] == sorted(set(s["atc"])), lid, f"{sec} atc sorted")
        for c in s["atc"]:
            need(c in ATC, lid, f"{sec}: ATC {c} not in atc-reference.tsv")
            need(c.startswith(prefixes), lid, f"{sec}: {c} is not a {sec} agent")
            need(any(norm(n) in ntext for n in ATC[c]), lid, f"{sec}: no name of {c} in text")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], lid, f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                need(c in meds["atc"], lid, f"{sec}: current agent {c} missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                need(c not in meds["atc"], lid, f"{sec}: doubtful agent {c} must not be a current medication")
        # a current medication of the section's class must show in the section
        for c in meds["atc"]:
            if c.startswith(prefixes):
                need(s["status"] in ("present", "conflicting") and c in s["atc"], lid,
                     f"{c} is a current {sec} agent but the section does not hold it")
    # prognosis
    pr = g["prognosis"]
    need(set(pr) in ({"status", "ecog"}, {"status", "kps"}), lid, "prognosis keys (ecog or kps)")
    if "ecog" in pr and pr["ecog"] is not None:
        need(pr["ecog"] in range(6), lid, "ecog range")
    if "kps" in pr:
        need(pr["kps"] is not None and pr["kps"] in range(0, 101, 10), lid, "kps range")
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and "kps" not in pr, lid, "unknown prognosis with a value")
    # project
    tp = g["therapeuticProject"]
    need(set(tp) == {"status", "intent"}, lid, "therapeuticProject keys")
    need(tp["intent"] is None or tp["intent"] in INTENTS, lid, "intent code")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, lid, "intent without project")
    # gaps
    need(g["gaps"] == derive_gaps(g), lid, f"gaps {g['gaps']} != derived {derive_gaps(g)}")
    for item, kind in g["gaps"]:
        need(item in GAP_ITEMS and kind in {"missing", "uncertain", "conflicting", "incomplete"}, lid, "gap code")


def drug_mentions(text: str) -> set:
    """Codes of the table whose names occur in a text (for the report only)."""
    nt = norm(text)
    found = set()
    for c, names in ATC.items():
        for n in names:
            nn = norm(n)
            if len(nn) >= 4 and nn in nt:
                found.add(c)
    return found


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------
class PdfFont:
    def __init__(self, path: Path, tag: str):
        import logging
        logging.getLogger("fontTools").setLevel(logging.ERROR)
        from fontTools import subset
        from fontTools.ttLib import TTFont
        chars = []
        for i in range(32, 256):
            try:
                chars.append(bytes([i]).decode("cp1252"))
            except UnicodeDecodeError:
                chars.append(None)
        self.chars = chars
        font = TTFont(str(path), recalcTimestamp=False)
        opts = subset.Options()
        opts.recalc_timestamp = False
        opts.notdef_outline = True
        opts.glyph_names = True
        opts.name_IDs = ["*"]
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=[ord(c) for c in chars if c])
        sub.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        self.data = buf.getvalue()
        upm = font["head"].unitsPerEm
        cmap = font.getBestCmap()
        hmtx = font["hmtx"]
        self.widths = []
        for c in chars:
            if c and ord(c) in cmap:
                self.widths.append(round(hmtx[cmap[ord(c)]][0] * 1000 / upm))
            else:
                self.widths.append(0)
        head = font["head"]
        self.bbox = [round(v * 1000 / upm) for v in (head.xMin, head.yMin, head.xMax, head.yMax)]
        self.ascent = round(font["hhea"].ascent * 1000 / upm)
        self.descent = round(font["hhea"].descent * 1000 / upm)
        self.name = tag + "+" + ("DejaVuSans-Bold" if "Bold" in path.name else "DejaVuSans")

    def width(self, s: str, size: float) -> float:
        return sum(self.widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000


_FONTS = {}


def fonts():
    if not _FONTS:
        _FONTS["R"] = PdfFont(FONT_DIR / "DejaVuSans.ttf", "ICEAAA")
        _FONTS["B"] = PdfFont(FONT_DIR / "DejaVuSans-Bold.ttf", "ICEAAB")
    return _FONTS


def pdf_escape(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def layout_pdf(body: str, header: list, footer: str):
    """Markup: '# ' bold 12, '* ' bold 10, '---' rule, '> ' indented,
    '=PAGE=' page break, '| a | b' two-column key/value row, else normal 10."""
    F = fonts()
    W, H, M = 595, 842, 56
    pages, cur = [], []
    y = [0]

    def new_page():
        nonlocal cur
        cur = []
        pages.append(cur)
        yy = H - 48
        for i, (style, txt) in enumerate(header):
            size = 12 if style == "B" and i == 0 else 8.5
            cur.append(("T", F[style], size, M, yy, txt))
            yy -= size + 3
        cur.append(("L", M, yy + 2, W - M, yy + 2))
        y[0] = yy - 18

    def put(font, size, x, txt, lead):
        if y[0] < 70:
            new_page()
        cur.append(("T", font, size, x, y[0], txt))
        y[0] -= lead

    def wrap(font, size, txt, width):
        words, lines, line = txt.split(" "), [], ""
        for w in words:
            cand = (line + " " + w) if line else w
            if font.width(cand, size) <= width or not line:
                line = cand
            else:
                lines.append(line)
                line = w
        lines.append(line)
        return lines

    new_page()
    for raw in body.split("\n"):
        if raw == "=PAGE=":
            new_page()
            continue
        if raw.strip() == "":
            y[0] -= 7
            continue
        if raw == "---":
            cur.append(("L", M, y[0] + 6, W - M, y[0] + 6))
            y[0] -= 8
            continue
        if raw.startswith("# "):
            for ln in wrap(F["B"], 11.5, raw[2:], W - 2 * M):
                put(F["B"], 11.5, M, ln, 15)
            y[0] -= 3
        elif raw.startswith("* "):
            for ln in wrap(F["B"], 10, raw[2:], W - 2 * M):
                put(F["B"], 10, M, ln, 13.5)
        elif raw.startswith("| "):
            k, v = [s.strip() for s in raw[2:].split(" | ", 1)]
            vl = wrap(F["R"], 9.5, v, W - 2 * M - 170)
            if y[0] < 70 + 13 * len(vl):
                new_page()
            cur.append(("T", F["B"], 9.5, M + 4, y[0], k))
            for ln in vl:
                put(F["R"], 9.5, M + 170, ln, 13)
        elif raw.startswith("> "):
            for ln in wrap(F["R"], 10, raw[2:], W - 2 * M - 18):
                put(F["R"], 10, M + 18, ln, 13.5)
        else:
            for ln in wrap(F["R"], 10, raw, W - 2 * M):
                put(F["R"], 10, M, ln, 13.5)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        pg.append(("L", M, 52, W - M, 52))
        pg.append(("T", F["R"], 7.5, M, 40, footer))
        pg.append(("T", F["R"], 7.5, W - M - 40, 40, f"Page {i}/{n}"))
    return pages


def write_pdf(path: Path, body: str, header: list, footer: str, created: str, title: str):
    F = fonts()
    pages = layout_pdf(body, header, footer)
    objs = {}
    fid = {"R": 3, "B": 6}
    for key, base in (("R", 3), ("B", 6)):
        f = F[key]
        ff = zlib.compress(f.data, 9)
        objs[base + 2] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(ff), len(f.data))
                          + ff + b"\nendstream")
        objs[base + 1] = ("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%s] /ItalicAngle 0 "
                          "/Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>" % (
                              f.name, " ".join(map(str, f.bbox)), f.ascent, f.descent, 729,
                              120 if key == "B" else 80, base + 2)).encode()
        objs[base] = ("<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 "
                      "/Widths [%s] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % (
                          f.name, " ".join(map(str, f.widths)), base + 1)).encode()
    objs[9] = (b"<< /Producer (ICE Courrier 4.2 - moteur PDF) /Creator (ICE Courrier) /Title (" + pdf_escape(title)
               + b") /CreationDate (D:" + created.encode() + b"+01'00') /ModDate (D:" + created.encode() + b"+01'00') >>")
    kids = []
    nxt = 10
    for pg in pages:
        ops = []
        for it in pg:
            if it[0] == "L":
                ops.append("0.5 w %.1f %.1f m %.1f %.1f l S" % it[1:])
            else:
                _, font, size, x, yy, txt = it
                name = "F1" if font is F["R"] else "F2"
                ops.append("BT /%s %.1f Tf %.1f %.1f Td (" % (name, size, x, yy))
                ops.append(pdf_escape(txt))
                ops.append(") Tj ET")
        content = b""
        for o in ops:
            content += o if isinstance(o, bytes) else o.encode()
            if not isinstance(o, bytes) and not o.endswith("("):
                content += b"\n"
        cz = zlib.compress(content, 9)
        objs[nxt + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cz) + cz + b"\nendstream"
        objs[nxt] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R "
                     b"/F2 %d 0 R >> >> /Contents %d 0 R >>" % (fid["R"], fid["B"], nxt + 1))
        kids.append(nxt)
        nxt += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for n in sorted(objs):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += b"%010d 00000 n \n" % offsets[n]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 9 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    path.write_bytes(bytes(out))


def write_docx(path: Path, build, author: str, created: str, title: str):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    build(d)
    cp = d.core_properties
    when = dt.datetime.fromisoformat(created)
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 2
    cp.title = title
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
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def docx_text(build) -> str:
    """Plain text of a DOCX build (paragraphs and table cells), for the checks."""
    import docx
    d = docx.Document()
    build(d)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


# --------------------------------------------------------------------------
# Letters
# --------------------------------------------------------------------------
def G(lid, sex, age, tumour, bone, pain, meds, local, btt, ac, ap, prog, proj):
    """Build one gold record; gaps are derived afterwards by derive_gaps()."""
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": dict(zip(("status", "site", "histology", "biomarkers"), tumour)),
        "boneDiagnosis": dict(zip(("status", "circumstances", "dated"), bone)),
        "pain": dict(zip(("status", "types", "intensity"), pain)),
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": ac[0], "atc": sorted(ac[1])},
        "antiplatelets": {"status": ap[0], "atc": sorted(ap[1])},
        "prognosis": prog,
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }
    g["pain"]["types"] = sorted(g["pain"]["types"])
    g["gaps"] = derive_gaps(g)
    return g


ICE_HEADER = [
    ("B", "INSTITUT DE CANCÉROLOGIE DE L'ESTUAIRE"),
    ("R", "Site de Port-Kerlan - 14 quai des Goémoniers - 29 990 Port-Kerlan"),
]
ICE_FOOTER = "ICE - Établissement de santé privé d'intérêt collectif - Standard 02 98 71 40 00"

# ---------------------------------------------------------------- zj01
ZJ01 = """Département d'Oncologie Médicale
Dr Hélène MARZIN - Dr Yannick LE GOUILL
Secrétariat : 02 98 71 42 18 - oncomed.secretariat@ice-portkerlan.fr

Port-Kerlan, le 3 mars 2025

* Objet : demande d'inscription à la RCP Métastases osseuses du 13/03/2025
* Patiente : Mme Gaëlle TANGUY épouse RIOU, née le 14/06/1961
* IPP : 0045 812 337

Chère Consœur, Cher Confrère,

Je vous remercie de bien vouloir discuter lors de la prochaine RCP le dossier de Madame RIOU, que je suis pour un cancer du sein métastatique osseux.

# Antécédents
Hypothyroïdie substituée. Hernie hiatale. Appendicectomie dans l'enfance. Pas d'antécédent thrombo-embolique.
Familiaux : mère traitée pour un cancer du sein à 70 ans, tante maternelle cancer de l'ovaire. Consultation d'oncogénétique en 2016 : pas de mutation BRCA1/2 retrouvée.
Mode de vie : secrétaire de mairie en invalidité, mariée, 2 enfants. Non fumeuse.

# Histoire oncologique
- Avril 2016 : carcinome canalaire infiltrant (NST) du sein gauche, grade II, pT1c N0 (0/2 GS), RE 90 %, RP 40 %, HER2 score 1+ (négatif), Ki67 15 %.
- Tumorectomie + ganglion sentinelle, puis radiothérapie mammaire 50 Gy + complément, puis tamoxifène 5 ans, arrêté en mai 2021.
- Septembre 2023 : élévation du CA 15-3 sur le bilan de surveillance, le TEP-scanner retrouve des lésions osseuses hypermétaboliques de L3, du bassin (aile iliaque droite, toit du cotyle droit) et de l'arc postérieur de la 7e côte droite. Pas de lésion viscérale.
- Biopsie de l'aile iliaque droite (10/2023) : métastase d'un carcinome d'origine mammaire, RE 80 %, RP 20 %, HER2 négatif.
- Depuis octobre 2023 : létrozole (Femara) + ribociclib (Kisqali) en 1re ligne métastatique, bonne tolérance hormis une neutropénie grade 2 ayant motivé une réduction de dose à 400 mg.
- Denosumab (Xgeva) 120 mg toutes les 4 semaines depuis novembre 2023, après bilan bucco-dentaire.
- Radiothérapie antalgique de L3 : 8 Gy en une fraction le 12/12/2023, avec disparition des douleurs lombaires.

=PAGE=
# Motif de la demande
Depuis environ six semaines, Mme RIOU décrit une douleur de la hanche droite, à l'appui et à la marche, sans réveil nocturne, sans irradiation dans le membre inférieur. EN 4/10 sous paracétamol seul. Elle marche sans aide mais a réduit son périmètre.
Le scanner du 20/02/2025 retrouve une majoration de la composante lytique du toit du cotyle droit (28 mm), sans fracture, le reste des lésions étant stable et condensé. Le CA 15-3 est stable (48 U/ml).

# Traitement actuel
- Femara 2,5 mg : 1 cp/j
- Kisqali 200 mg : 2 cp/j, 21 jours sur 28
- Xgeva 120 mg SC toutes les 4 semaines (dernière injection 24/02/2025)
- Cacit D3 1000 mg/880 UI : 1 sachet/j
- Doliprane 1 g : 1 cp 3 fois par jour
- Levothyrox 75 µg : 1 cp le matin
- Inexium 20 mg : 1 cp le soir
Pas de traitement anticoagulant, pas d'antiagrégant plaquettaire.

# Examen / état général
Poids 64 kg (stable), OMS 1. Examen neurologique normal. Pas d'hypercalcémie (Ca corrigée 2,38 mmol/l), clairance 78 ml/min.

# Question posée à la RCP
Progression osseuse isolée et douloureuse du cotyle droit sous inhibiteur de CDK4/6 : indication d'une radiothérapie (stéréotaxique ?) et/ou d'une cimentoplastie du cotyle ? Nous envisageons de poursuivre le traitement systémique actuel, à visée palliative, en l'absence d'autre site de progression.

Je vous remercie de votre avis et vous prie de croire, chère Consœur, cher Confrère, en mes sentiments confraternels.

Dr Hélène MARZIN
Oncologue médicale - RPPS 10003456781
Copie : Dr Françoise Le Dantec, médecin traitant, Plouzévet
"""

# ---------------------------------------------------------------- zj02
ZJ02 = """Dr Corentin ABGRALL - Dr Nolwenn KERVELLA
Oncologues radiothérapeutes

Kervoal, le 06/03/2025

À l'attention de la RCP Métastases osseuses - ICE Port-Kerlan

Cher confrère,

Je vous adresse pour discussion M. Jean-Pierre LE BIHAN, 67 ans, retraité de la marine marchande, ancien fumeur (30 PA, sevré en 2015), BPCO stade 2.

Il est suivi par le Dr Quéméner (pneumologue, CH de Kervoal) pour un adénocarcinome pulmonaire du lobe supérieur droit, stade IV d'emblée (métastases osseuses), diagnostiqué en janvier 2025 : EGFR délétion de l'exon 19, ALK négatif, PD-L1 10 %. Il est traité par osimertinib (Tagrisso 80 mg/j) depuis le 28/01/2025.

La maladie osseuse a été révélée par des douleurs de la fesse droite apparues mi-décembre 2024, à type de brûlures, irradiant à la face postérieure de la cuisse jusqu'au creux poplité, majorées à la marche. L'IRM du bassin (08/01/2025) montre une lésion lytique de l'aile iliaque droite et de l'aileron sacré droit, avec extension vers le foramen S1, sans épidurite. Le TEP retrouve par ailleurs deux lésions costales infracentimétriques.

Au diagnostic, embolie pulmonaire bilatérale découverte sur le scanner d'évaluation, traitée par apixaban.

La douleur était cotée à EVA 7/10 lors de notre première consultation le 20/02 ; elle est aujourd'hui à EVA 3/10 sous morphine, avec persistance de quelques décharges dans la cuisse.

Nous avons débuté le 03/03/2025 une radiothérapie antalgique de l'aile iliaque et de l'aileron sacré droits, 20 Gy en 5 fractions ; il a reçu ce jour sa 3e séance.

* Traitement en cours :
Tagrisso 80 mg 1/j ; Skenan LP 30 mg matin et soir ; Actiskenan 10 mg si besoin (2 à 3 prises/j) ; Lyrica 75 mg matin et soir ; Eliquis 5 mg matin et soir ; Forlax 2 sachets/j ; Seretide 250 2 bouffées x2.
Pas d'antiagrégant plaquettaire.

Concernant un traitement à visée osseuse, l'acide zolédronique est envisagé par son pneumologue, le bilan dentaire est en attente.

PS 1, poids stable à 78 kg, vit avec son épouse.

Le projet oncologique est la poursuite de l'osimertinib.

* Question : à l'issue de la radiothérapie, quelle surveillance ? Y a-t-il une indication de cimentoplastie de l'aile iliaque (risque fracturaire) ?

Bien confraternellement,

Dr Corentin ABGRALL
Oncologue radiothérapeute
"""
ZJ02_HEADER = [
    ("B", "CENTRE DE RADIOTHÉRAPIE DU VAL D'ODET"),
    ("R", "Clinique Sainte-Anne de Kervoal - 3 rue des Genêts - 29 871 Kervoal - Tél. 02 98 66 13 40"),
]

# ---------------------------------------------------------------- zj03
ZJ03 = """Messagerie sécurisée de santé - export du message
De : Dr Maëlle GUILLOU <maelle.guillou@ch-pontaven-sud.mssante.fr>
À : secretariat.rcp-os@ice-portkerlan.mssante.fr
Date : 10/03/2025 14:32
Objet : RE: Demande RCP MO - M. QUÉRÉ Alain (né en 1943)
Pièces jointes : aucune

Bonjour,

Suite à notre échange téléphonique de ce matin, voici les éléments pour M. Alain QUÉRÉ, 81 ans, hospitalisé dans notre unité de soins palliatifs (USP, CH de Pont-Aven-Sud) depuis le 27/02.

Rappel : adénocarcinome prostatique Gleason 9 (4+5) diagnostiqué en mai 2021, métastatique osseux d'emblée (lésions découvertes sur la scintigraphie et le TDM du bilan d'extension initial : rachis, bassin, côtes, fémurs). Castration-résistant depuis 2023.
Lignes antérieures : docétaxel 6 cures en 2023, puis enzalutamide (Xtandi) arrêté en janvier 2025 pour progression clinique et biologique et asthénie majeure. Le Décapeptyl est maintenu (dernière injection le 14/02). PSA 312 ng/ml le 24/02.
Xgeva arrêté en décembre 2024 pour ostéonécrose de la mâchoire (stade 2), suivi en stomato.
Radiothérapie antalgique du bassin en 2023 (20 Gy / 5 fr), efficace à l'époque.

Actuellement : patient grabataire depuis 3 semaines, Karnofsky 40 %. Douleurs diffuses prédominant au fémur gauche et au bassin, surtout la nuit, avec des accès douloureux à la mobilisation (toilette, changes). EVA 7 à l'entrée, 4/10 ce jour après titration.
Ttt actuel :
- Durogesic 50 µg/h, patch tous les 3 jours
- Actiq 200 µg avant les soins
- dexaméthasone 8 mg le matin
- Movicol 2 sachets/j
- Lovenox 4000 UI/j SC (alitement)
- Imovane 7,5 mg au coucher
- Décapeptyl 11,25 mg /3 mois
Kardégic arrêté à l'entrée (plus d'indication).
Espérance de vie estimée à quelques semaines.

Projet : soins de support exclusifs, pas de nouvelle ligne oncologique (décision partagée avec le patient et sa fille, cf. directives anticipées).

Question pour la RCP : une radiothérapie antalgique monofraction 8 Gy du fémur gauche est-elle envisageable, transport en ambulance couchée possible ? Pas de signe de compression médullaire à ce jour.

Bien cordialement,
Dr Maëlle Guillou
Médecin - Équipe mobile et USP, CH de Pont-Aven-Sud
Tél. 02 98 10 47 52 (bip 4471)

> Le 03/03/2025 à 09:15, Secrétariat RCP Métastases osseuses a écrit :
> Bonjour Docteur,
> Pour inscrire M. QUÉRÉ à la RCP du 13/03, merci de nous transmettre : les traitements en cours (dont anticoagulant, antiagrégant, traitement osseux type bisphosphonate/dénosumab), les traitements locaux déjà reçus, la douleur (type, EVA), l'état général (OMS ou Karnofsky) et la question posée.
> Cordialement,
> Le secrétariat de la RCP MO - ICE Port-Kerlan
"""


# ---------------------------------------------------------------- zj04
def build_zj04(d):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    r = p.add_run("Centre Hospitalier de Landerneuc - Unité de Coordination en OncoGériatrie (UCOG Ouest-Armor)")
    r.bold = True
    d.add_paragraph("Hôpital de jour gériatrique - Tél. 02 98 21 77 05 - Fax 02 98 21 77 09")
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("FICHE DE DEMANDE D'AVIS - RCP MÉTASTASES OSSEUSES")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("(à retourner au secrétariat de la RCP au plus tard le mardi précédant la réunion)")
    rows = [
        ("Date de la demande", "07/03/2025"),
        ("Médecin demandeur", "Dr Soizic LE ROUX, gériatre (UCOG) - en lien avec le Dr Kerjean, oncologue"),
        ("Nom, prénom du patient", "PRIGENT Yvonne"),
        ("Date de naissance / âge", "02/01/1939 - 86 ans"),
        ("Sexe", "F"),
        ("Cancer primitif, histologie, biomarqueurs",
         "Carcinome lobulaire infiltrant du sein droit diagnostiqué en 2019, RE 100 %, RP 0 %, HER2 négatif. "
         "Chirurgie refusée par la patiente, hormonothérapie exclusive depuis."),
        ("Circonstances de découverte des lésions osseuses et date",
         "Chute mécanique à domicile le 24/01/2025 ; scanner du bassin aux urgences : pas de fracture mais lésions "
         "lytiques de l'aile iliaque gauche et de L4. TEP du 12/02 : lésions osseuses multiples (bassin, L4, L1, "
         "côtes), pas d'atteinte viscérale."),
        ("Douleur (oui/non, type, intensité)",
         "Non. Pas de douleur osseuse selon la patiente et l'IDE (troubles cognitifs légers, Algoplus 0/5)."),
        ("Traitements en cours (DCI/posologie)",
         "Arimidex 1 mg/j ; Préviscan 20 mg 3/4 cp le soir ; Cardensiel 2,5 mg/j ; Levothyrox 50 µg ; "
         "Doliprane 1 g matin et soir (gonarthrose) ; Uvedose 100 000 UI 1 amp/3 mois"),
        ("Anticoagulant / antiagrégant", "Oui : Préviscan pour ACFA (INR 2,6 le 03/03). Pas d'antiagrégant."),
        ("Traitement à visée osseuse (bisphosphonate, dénosumab)",
         "Prolia 60 mg tous les 6 mois depuis 2022 pour ostéoporose fracturaire (dernière injection en novembre 2024)"),
        ("Traitement local antérieur des lésions osseuses (RT, chirurgie, cimentoplastie)", "Aucun"),
        ("État général, OMS, évaluation gériatrique",
         "OMS 2. G8 = 11/17. ADL 5/6, IADL 4/8, MMS 22/30. Vit seule en maison de plain-pied, IDE 2 fois par jour, "
         "portage des repas. Poids 52 kg (-2 kg en 6 mois)."),
        ("Espérance de vie estimée", "non évaluée"),
        ("Traitement oncologique actuel / projet", "Poursuite de l'Arimidex dans l'attente de l'avis de la RCP"),
        ("Question posée",
         "Faut-il une radiothérapie préventive de L4 (lyse du mur postérieur ?) ? Faut-il modifier "
         "l'hormonothérapie ? Le Prolia doit-il être remplacé par du Xgeva à dose oncologique compte tenu de l'âge "
         "et de la fonction rénale (DFG 41 ml/min) ?"),
    ]
    tab = d.add_table(rows=0, cols=2)
    tab.style = "Table Grid"
    for k, v in rows:
        c = tab.add_row().cells
        c[0].text = k
        c[1].text = v
        for run in c[0].paragraphs[0].runs:
            run.bold = True
    d.add_paragraph("")
    d.add_paragraph("Signature : Dr S. Le Roux                      Pièces jointes : CR TEP, CR consultation UCOG")


# ---------------------------------------------------------------- zj05
ZJ05 = """Service de Rhumatologie
Dr Anne-Laure PENNEC, praticien hospitalier - Dr Erwan TALEC, chef de clinique

Kerhervé, le 11 mars 2025

Monsieur le Docteur, Madame le Docteur,
RCP Métastases osseuses - ICE Port-Kerlan

* Concerne : M. Ronan CADIOU, 58 ans

Cher(e)s collègues,

Je vous adresse M. CADIOU, 58 ans, menuisier, que nous avons hospitalisé du 10 au 14 février pour des rachialgies dorsales évoluant depuis novembre 2024.
Il s'agit de douleurs d'horaire inflammatoire, avec réveils nocturnes vers 3 h du matin et un dérouillage matinal d'environ 45 minutes, cotées EN 6/10. Pas de radiculalgie, examen neurologique normal. Pas d'altération marquée de l'état général (perte de 3 kg).

L'IRM rachidienne du 05/02/2025 retrouve des lésions en hyposignal T1 de T9 (tassement de 30 %, mur postérieur respecté), de T12 et de l'aile iliaque gauche, évocatrices de localisations secondaires.
Le 12/02/2025 nous avons réalisé sous scanner une biopsie de T9 couplée à une vertébroplastie de T9 (bonne tolérance, ciment bien réparti, pas de fuite).

Anatomopathologie : métastase d'adénocarcinome, TTF1+, CK7+, CK20-. Le scanner TAP montre un nodule spiculé du lobe supérieur gauche de 22 mm et des adénopathies médiastinales. Un primitif pulmonaire est donc très probable ; la fibroscopie bronchique est programmée. Les recherches moléculaires (EGFR, ALK, ROS1) et le PD-L1 sont en cours sur le prélèvement osseux.

* Antécédents
- Infarctus du myocarde en 2019, stent sur l'IVA, suivi par le Dr Morvézen (cardiologue)
- HTA, dyslipidémie
- Tabagisme actif, 35 PA
- Familiaux : père décédé d'un cancer du côlon à 66 ans ; frère diabétique.

* Traitement à la sortie
Kardégic 75 mg 1/j, Triatec 5 mg 1/j, Tahor 40 mg 1/j, Bi-Profénid 100 mg matin et soir (depuis 3 semaines, avec efficacité partielle), Inexium 40 mg 1/j, Topalgic LP 100 mg matin et soir.
Pas d'anticoagulant.

Le patient est autonome, OMS 1. Calcémie normale, créatinine 82 µmol/l.

* Questions
Nous souhaiterions l'avis de la RCP sur :
1) la prise en charge locale de T12 et de l'aile iliaque gauche (radiothérapie ? consolidation ?) ;
2) l'intérêt d'un traitement anti-résorptif (dénosumab ou acide zolédronique), non débuté à ce jour dans l'attente du bilan dentaire ;
3) la poursuite éventuelle de l'AINS au long cours chez ce patient sous Kardégic.
Il a rendez-vous en consultation d'oncologie thoracique le 19/03.

Restant à votre disposition,
Dr Anne-Laure PENNEC
Rhumatologie - Tél. secrétariat 02 98 54 60 32
"""
ZJ05_HEADER = [
    ("B", "HÔPITAL SAINT-GWENOLÉ DE KERHERVÉ"),
    ("R", "Pôle médecine - 2 avenue du Menez - 29 540 Kerhervé - Standard 02 98 54 60 00"),
]

# ---------------------------------------------------------------- zj06
ZJ06 = """Service de Neurochirurgie - Pr Yves-Marie LE STANG
Unité rachis - Dr Mathieu LOZAC'H

Ker-Avel, le 05/03/2025

# COMPTE RENDU D'HOSPITALISATION ET DEMANDE D'AVIS RCP MÉTASTASES OSSEUSES

* Patiente : Mme Chantal MOYSAN, née le 22/11/1962
* Hospitalisée du 01/03/2025 au 05/03/2025 (transfert en SSR neurologique ce jour)

Motif d'admission : paraparésie d'installation rapide.

Antécédents : HTA traitée (ramipril). Cholécystectomie 2010. Pas d'antécédent familial notable rapporté.

Histoire de la maladie : Mme MOYSAN décrivait des dorsalgies depuis environ deux mois, mises sur le compte d'une lombalgie commune par son médecin traitant, sans imagerie. Elle est admise aux urgences le 01/03/2025 pour une faiblesse des deux membres inférieurs d'installation rapide en 48 h, avec rétention urinaire. Frankel C à l'admission, niveau sensitif T7.
L'IRM médullaire réalisée en urgence montre une lyse du corps vertébral et de l'arc postérieur de T6 avec épidurite compressive et hypersignal médullaire : compression médullaire métastatique révélatrice.

Prise en charge : bolus de Solumédrol 120 mg aux urgences puis relais par dexaméthasone. Intervention dans la nuit du 01/03 au 02/03/2025 : laminectomie décompressive T5-T7 et ostéosynthèse percutanée T4-T8 (Dr Lozac'h). Suites simples.

Anatomopathologie (définitive le 04/03) : métastase de carcinome à cellules claires, PAX8+, CD10+, CK7-. Le scanner TAP retrouve une masse du rein gauche de 7 cm et des micronodules pulmonaires bilatéraux. Au total : carcinome rénal à cellules claires métastatique, révélé par une compression médullaire T6.

Évolution : récupération motrice partielle, Frankel D ce jour, marche avec déambulateur et aide d'une personne. Sondage retiré le 04/03, mictions spontanées. Douleurs cicatricielles, EVA 2/10 ce matin. Karnofsky 50 %.

* Traitement de sortie :
- Lovenox 4000 UI/0,4 ml 1 injection SC/j (prévention)
- dexaméthasone (Dectancyl) 8 mg/j, décroissance de 2 mg tous les 3 jours
- Doliprane 1 g x 4/j
- Oxynorm 5 mg si douleur, maximum 4/j
- Inexium 20 mg le soir
- Forlax 1 sachet/j
- Triatec 2,5 mg/j

Prise en charge oncologique à organiser : consultation d'oncologie médicale (Dr Hamon) le 12/03. Radiothérapie post-opératoire de T6 envisagée, à discuter en RCP.

* Question posée à la RCP : indication, délai et modalités (conformationnelle ou stéréotaxique) d'une radiothérapie post-opératoire de T6 ; bilan complémentaire nécessaire avant prise en charge du primitif ?

Dr Mathieu LOZAC'H
Neurochirurgien - poste 4 52 81
Dr Pierre-Yves CRÉAC'H, interne
"""
ZJ06_HEADER = [
    ("B", "CHU DE KER-AVEL - HÔPITAL DE LA CAVALE-ROUGE"),
    ("R", "Pôle neurosciences - 5 avenue Foch-Kerangall - 29 615 Ker-Avel Cedex - Tél. 02 98 34 71 00"),
]


# ---------------------------------------------------------------- zj07
def build_zj07(d):
    p = d.add_paragraph()
    p.add_run("Polyclinique des Abers - Oncologie thoracique").bold = True
    d.add_paragraph("Dr Gwenaëlle LE FLOC'H - 1 route de Lannilis, 29 880 Plouvenec - Tél. 02 98 04 33 90")
    d.add_paragraph("")
    d.add_paragraph("Plouvenec, le 12 mars 2025")
    d.add_paragraph("À l'attention du Dr Marzin - RCP Métastases osseuses, ICE Port-Kerlan")
    d.add_paragraph("")
    d.add_paragraph("Objet : M. Patrick JAOUEN, 64 ans")
    d.add_paragraph("Chère Hélène,")
    paras = [
        "Je te remercie de discuter en RCP le dossier de M. JAOUEN, 64 ans, ancien ouvrier de l'arsenal, "
        "tabagisme sevré depuis 2022 (40 PA), que je prends en charge pour un carcinome épidermoïde bronchique "
        "du lobe inférieur droit, cT3N2M1c, PD-L1 < 1 % (TPS 0 %), diagnostiqué en janvier 2025. Pas de recherche "
        "d'altération moléculaire (épidermoide chez un gros fumeur).",
        "Le TEP-TDM de bilan d'extension du 17/01/2025 retrouvait des fixations osseuses multiples : col fémoral "
        "droit, 5e et 8e côtes gauches, sacrum. Pas de métastase cérébrale à l'IRM.",
        "Il a débuté le 03/02/2025 une chimio-immunothérapie par carboplatine AUC 5, paclitaxel et pembrolizumab "
        "(schéma KEYNOTE-407) ; la 3e cure est prévue le 17/03. Tolérance correcte (neuropathie grade 1). "
        "Dénosumab (Xgeva 120 mg/4 sem) débuté le 03/02 après avis dentaire, avec Cacit D3.",
        "Le patient ne se plaint d'aucune douleur osseuse et ne prend pas d'antalgique. Il n'a jamais reçu de "
        "radiothérapie.",
        "Comorbiditées : diabète de type 2 (Glucophage 1000 mg matin et soir), HTA (Triatec 10 mg), dyslipidémie "
        "(Tahor 20 mg). OMS 0, 81 kg.",
        "La lésion du col fémoral droit est lytique, corticale, mesurant 35 mm sur le scanner d'évaluation, avec "
        "un score de Mirels à 8 malgré l'absence de douleur.",
        "Question : indication d'une ostéosynthèse préventive (enclouage) et/ou d'une radiothérapie du col fémoral "
        "droit ?",
        "Projet : poursuite de la chimio-immunothérapie palliative de 1re ligne (4 cycles puis maintenance par "
        "pembrolizumab).",
        "Amitiés,",
        "Gwenaëlle Le Floc'h",
    ]
    for t in paras:
        d.add_paragraph(t)


# ---------------------------------------------------------------- zj08
ZJ08 = """Message sécurisé
Expéditeur : Dr Loïc KERDRAON - HDJ oncologie, CH de Pont-Scorff-les-Landes
Destinataire : RCP Métastases osseuses (ICE Port-Kerlan)
Envoyé le : 13/03/2025 18:47
Objet : pt pour RCP MO

Bonsoir,

Pourriez-vous inscrire à la prochaine RCP M. Hervé NICOL, 62 ans, ADK colique sigmoïdien (2022) KRAS G12D muté, BRAF sauvage, MSS, mts hépatiques opérées en 2023 (hépatectomie droite).
Scanner de réévaluation du 28/02/25 : apparition d'une lésion lytique de l'aileron sacré G de 4 cm et de 2 lésions iliaques G.
Se plaint de douleurs fessières G.
Actuellement en 2e ligne FOLFIRI-bevacizumab (C6 le 10/03). Sous Xarelto 20 pour FA.
Pas d'ATCD de radiothérapie.

Question : RT du sacrum ? place d'un ttt anti-résorptif ?

Merci
Loïc K.

--
Envoyé depuis mon mobile
"""

# ---------------------------------------------------------------- zj09
ZJ09 = """Oncologie médicale - Unité Thyroïde et tumeurs endocrines
Dr Bertrand HAMON - Tél. 02 98 71 42 36

Port-Kerlan, le 14/03/2025

# FICHE DE SYNTHÈSE RCP MÉTASTASES OSSEUSES
| Patiente | Mme Josiane LE GALL, 71 ans
| Primitif | Carcinome folliculaire de la thyroïde, réfractaire à l'iode 131
| Traitement en cours | lenvatinib (Lenvima) 14 mg/j
| Anticoagulant | non
| Traitement anti-résorptif | acide zolédronique (Zometa) 4 mg toutes les 12 semaines
| OMS | 1
| Question | Lésion lytique de la tête humérale droite : RT ou chirurgie prophylactique ?
---

Chers collègues,

Je vous présente à nouveau Mme LE GALL, 71 ans, dont vous connaissez le dossier.

* Histoire
Thyroïdectomie totale en 2018 pour un carcinome folliculaire largement invasif, puis trois cures d'iode 131 (dernière en 2020), maladie devenue réfractaire.
Les métastases osseuses ont été découvertes en juin 2022 sur une fracture pathologique du col fémoral gauche, traitée par prothèse totale de hanche le 16/06/2022, suivie d'une radiothérapie post-opératoire de 30 Gy en 10 fractions. Cimentoplastie de l'acétabulum droit en mars 2023 pour une lésion douloureuse.
Lenvatinib depuis septembre 2022, initialement 24 mg, réduit à 14 mg pour HTA et protéinurie. Maladie stable pendant deux ans.
Le Zometa, administré tous les trois mois depuis 2022, a été arrêté en novembre 2024 en raison d'une dégradation de la fonction rénale (clairance 38 ml/min) ; un relais par dénosumab n'a pas encore été décidé.
Sur le plan thrombo-embolique, la patiente a présenté le 02/01/2025 une thrombose veineuse profonde surale gauche, traitée par apixaban (Eliquis) 5 mg deux fois par jour pour une durée prévue de 3 à 6 mois.

* Motif de la présentation
Depuis janvier, douleur de l'épaule droite à la mobilisation et au port de charges, EN 3/10, sans réveil nocturne. Le scanner du 04/03/2025 retrouve une lésion lytique de la tête humérale droite de 28 mm, atteignant la corticale externe, sans fracture. Le reste de la maladie (poumons, rachis, bassin) est stable. Thyroglobuline 1250 ng/ml (840 en septembre).

* Traitement habituel
Lenvima 14 mg/j, Levothyrox 150 µg/j, Eliquis 5 mg x 2/j, Amlor 5 mg/j, Doliprane 1 g x 3/j, Uvedose 1 ampoule par mois.

OMS 1, autonome, vit avec son mari.
Traitement à visée palliative : poursuite du lenvatinib, la progression étant limitée à l'humérus.

* Questions : radiothérapie de l'humérus droit ou chirurgie prophylactique (enclouage) ? Reprise d'un traitement anti-résorptif et lequel ?

Dr Bertrand HAMON
"""

# ---------------------------------------------------------------- zj10
def build_zj10(d):
    from docx.shared import Pt
    p = d.add_paragraph()
    r = p.add_run("Centre d'Oncologie et de Radiothérapie du Pays de Morvan-Retz")
    r.bold = True
    d.add_paragraph("Service de radiothérapie - 45 boulevard de l'Océan - 44 990 Morvan-Retz - Tél. 02 40 62 18 70")
    p = d.add_paragraph()
    r = p.add_run("DEMANDE D'INSCRIPTION - RCP MÉTASTASES OSSEUSES")
    r.bold = True
    r.font.size = Pt(13)
    fields = [
        ("Date de la demande : ", "11/03/2025"),
        ("Médecin demandeur : ", "Dr Solenn BESCOND, oncologue radiothérapeute"),
        ("Patient (nom, prénom) : ", "PERON Gilles"),
        ("Date de naissance : ", "11/03/1957"),
        ("Sexe : ", "M"),
        ("Cancer primitif / histologie / biomarqueurs : ",
         "mélanome nodulaire du dos opéré en 2021, Breslow 4,2 mm, ulcéré ; BRAF V600E muté"),
        ("Circonstances de découverte des métastases osseuses (date) : ",
         "TEP de bilan d'extension en novembre 2023, lors de la rechute ganglionnaire axillaire : L2, 9e côte "
         "gauche, sternum"),
        ("Traitements systémiques antérieurs : ",
         "nivolumab + ipilimumab de 11/2023 à 03/2024, arrêtés pour colite grade 3 ; puis dabrafénib + tramétinib "
         "(Tafinlar / Mekinist) depuis 04/2024"),
        ("Traitement local antérieur des lésions osseuses : ", "RT L2 20 Gy / 5 fr en octobre 2024 (CORP)"),
        ("Douleur : ", "oui, dorsolombaire, EN 5/10, réveils nocturnes, pas de caractère neuropathique (DN4 2/10)"),
        ("Traitements en cours : ",
         "Tafinlar 75 mg 2 gél. matin et soir, Mekinist 2 mg/j, Solupred 10 mg/j (sevrage en cours), "
         "Inexium 20 mg, Topalgic 50 mg x 3/j"),
        ("Anticoagulant : ", "pas à ma connaissance, à vérifier avec le médecin traitant"),
        ("Antiagrégant : ", "non"),
        ("Traitement anti-résorptif (bisphosphonate / dénosumab) : ", "non"),
        ("OMS / Karnofsky : ", "OMS 1"),
        ("Pronostic / espérance de vie : ", ""),
        ("Projet thérapeutique / intention : ", "palliatif - poursuite de la thérapie ciblée"),
        ("Question posée : ",
         "progression douloureuse de L2 en territoire irradié (IRM du 27/02/2025 : majoration de la composante "
         "épidurale, sans compression) : ré-irradiation stéréotaxique ? cimentoplastie ? avis chirurgical ?"),
    ]
    for k, v in fields:
        p = d.add_paragraph()
        p.add_run(k).bold = True
        p.add_run(v)
    d.add_paragraph("Pièces jointes : CR IRM, CR RT 2024")
    d.add_paragraph("Dr S. Bescond")


# ---------------------------------------------------------------- zj11
ZJ11 = """=== Messagerie interne DPI - export texte ===
De     : ONCO-HDJ (Dr F. TREGUER)
Pour   : Secrétariat RCP Os
Date   : 17/03/2025 08:12
Objet  : RCP MO jeudi
------------------------------------------------------------
Mme Nadine BOURHIS 71 a (IPP 0071 220 918)
CBPC stade étendu dg 02/2025 - TEP du 10/02/25 : mts osseuses multiples rachis + bassin, mts hépatiques.
ttt : carbo-étoposide-atezolizumab, C2 faite le 12/03.
EP le 20/02 -> HBPM dose curative.
PS 2.
Lésion lytique T11 avec recul du mur post. sur le TDM d'évaluation, pas de signe neuro.
=> avis RCP pour RT T11 vs chir ?
Merci
FT
------------------------------------------------------------
Ce message est confidentiel et destiné exclusivement à son destinataire.
"""

# ---------------------------------------------------------------- zj12
ZJ12 = """Onco-urologie - Dr Katell MORVAN
Secrétariat : 02 98 71 42 55

Port-Kerlan, le 18 mars 2025

* RCP Métastases osseuses - demande d'avis
* M. Bernard GOURMELEN, né le 19/03/1949
* Médecin traitant : Dr Jacques Le Moal, Plounévez-Trieux

Chers collègues,

Je vous soumets le dossier de M. GOURMELEN, retraité agricole, veuf, vivant seul avec l'aide de son fils.

# Antécédents
- Artériopathie des membres inférieurs, stent iliaque droit en 2020, sous clopidogrel
- Insuffisance cardiaque à FEVG préservée
- Diabète non insulino-dépendant sous régime seul
- Tabagisme sevré (50 PA)
- Familiaux : frère décédé d'un cancer de la vessie.

# Histoire oncologique
Carcinome urothélial de haut grade de la vessie, infiltrant le muscle (pT2 sur la RTUV de juin 2023). Cystectomie refusée par le patient ; radio-chimiothérapie vésicale (64 Gy, 5FU-mitomycine) en septembre-octobre 2023.
En décembre 2024, hospitalisation en urgence pour confusion et déshydratation : calcémie corrigée à 3,4 mmol/l. Le scanner TAP retrouve des lésions ostéolytiques multiples du bassin, du fémur droit et du rachis lombaire, et une récidive pelvienne. Correction par hyperhydratation et une perfusion unique d'acide zolédronique 4 mg le 14/12/2024 ; pas de traitement anti-résorptif au long cours depuis (bilan dentaire en cours, un traitement par dénosumab sera discuté ensuite).
Biopsie osseuse iliaque (19/12/2024) : métastase de carcinome urothélial.
Depuis le 08/01/2025 : enfortumab vedotin + pembrolizumab en 1re ligne métastatique (3 cycles reçus), tolérance acceptable (rash grade 1).

=PAGE=
# Situation actuelle
Douleurs de la hanche droite à la marche et à la montée des escaliers, EVA 4/10 sous Ixprim, pas de douleur nocturne, pas de douleur neuropathique.
Le scanner d'évaluation du 10/03/2025 retrouve une lésion lytique du col fémoral droit intéressant 50 % de la corticale, sans fracture ; réponse partielle pelvienne.
Aucun traitement local des lésions osseuses à ce jour (ni radiothérapie, ni chirurgie).
Calcémie normalisée (2,41 mmol/l), DFG 52 ml/min.

# Traitement en cours
Keytruda (pembrolizumab) 200 mg J1 et Padcev (enfortumab vedotin) J1-J8 toutes les 3 semaines ; Plavix 75 mg 1/j ; Tahor 40 mg ; Lasilix 40 mg le matin ; Ixprim 2 cp 3 fois par jour ; Movicol 1 à 2 sachets/j.
Pas d'anticoagulant.

# État général
OMS 1, perte de 4 kg depuis décembre (IMC 22). Bonne compréhension, souhaite poursuivre les traitements.

# Projet et question
Poursuite de l'association enfortumab vedotin + pembrolizumab, à visée palliative.
Question à la RCP : lésion du col fémoral droit à risque fracturaire - chirurgie prophylactique (enclouage ou prothèse) puis radiothérapie, ou radiothérapie seule ?

Bien confraternellement,

Dr Katell MORVAN
Oncologue médicale
"""

LETTERS = [
    dict(id="zj01", fmt="pdf", text=ZJ01, header=ICE_HEADER, footer=ICE_FOOTER, created="20250303101512",
         title="Courrier RCP MO - RIOU", date="2025-03-03", birth="1961-06-14",
         gold=G("zj01", "F", 63,
                ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
                ("present", ["staging_imaging"], True),
                ("present", ["mechanical"], 4),
                ("present", ["L02BG04", "L01EF02", "M05BX04", "A12AX", "N02BE01", "H03AA01", "A02BC05"]),
                ("present", ["radiotherapy"]),
                ("present", ["M05BX04"]), ("absent", []), ("absent", []),
                {"status": "present", "ecog": 1}, ("present", "palliative"))),
    dict(id="zj02", fmt="pdf", text=ZJ02, header=ZJ02_HEADER,
         footer="Centre de Radiothérapie du Val d'Odet - SELARL ARVO - N° FINESS 290 000 999",
         created="20250306173005", title="Courrier", date="2025-03-06", age_written=67,
         gold=G("zj02", "M", 67,
                ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "positive"}),
                ("present", ["pain"], True),
                ("present", ["mechanical", "neuropathic"], 3),
                ("present", ["L01EB04", "N02AA01", "N03AX16", "B01AF02", "A06AD15"]),
                ("present", ["radiotherapy"]),
                ("unknown", []), ("present", ["B01AF02"]), ("absent", []),
                {"status": "present", "ecog": 1}, ("present", None))),
    dict(id="zj03", fmt="txt", text=ZJ03, crlf=True, date="2025-03-10", age_written=81,
         gold=G("zj03", "M", 81,
                ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
                ("present", ["staging_imaging"], True),
                ("present", ["mechanical", "nocturnal"], 4),
                ("present", ["N02AB03", "H02AB02", "A06AD65", "B01AB05", "N05CF01", "L02AE04"]),
                ("present", ["radiotherapy"]),
                ("absent", []), ("present", ["B01AB05"]), ("absent", []),
                {"status": "present", "kps": 40}, ("present", "supportive"))),
    dict(id="zj04", fmt="docx", build=build_zj04, author="Dr Soizic Le Roux", created="2025-03-07T11:20:00",
         title="Fiche RCP MO", date="2025-03-07", birth="1939-01-02", age_written=86,
         gold=G("zj04", "F", 86,
                ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
                ("present", ["incidental_imaging"], True),
                ("absent", [], None),
                ("present", ["L02BG03", "B01AA12", "C07AB07", "H03AA01", "N02BE01", "A11CC05", "M05BX04"]),
                ("absent", []),
                ("present", ["M05BX04"]), ("present", ["B01AA12"]), ("absent", []),
                {"status": "present", "ecog": 2}, ("present", None))),
    dict(id="zj05", fmt="pdf", text=ZJ05, header=ZJ05_HEADER,
         footer="Hôpital Saint-Gwenolé de Kerhervé - courrier validé électroniquement",
         created="20250311162244", title="Lettre de liaison", date="2025-03-11", age_written=58,
         gold=G("zj05", "M", 58,
                ("uncertain", "lung", "adenocarcinoma",
                 {"EGFR": "pending", "ALK": "pending", "ROS1": "pending", "PD-L1": "pending"}),
                ("present", ["pain"], True),
                ("present", ["inflammatory", "nocturnal"], 6),
                ("present", ["B01AC06", "C09AA05", "C10AA05", "M01AE03", "A02BC05", "N02AX02"]),
                ("present", ["cementoplasty"]),
                ("unknown", []), ("absent", []), ("present", ["B01AC06"]),
                {"status": "present", "ecog": 1}, ("unknown", None))),
    dict(id="zj06", fmt="pdf", text=ZJ06, header=ZJ06_HEADER,
         footer="CHU de Ker-Avel - Neurochirurgie - document généré le 05/03/2025",
         created="20250305154810", title="CRH Neurochirurgie", date="2025-03-05", birth="1962-11-22",
         gold=G("zj06", "F", 62,
                ("present", "kidney", "clear_cell_carcinoma", {}),
                ("present", ["neurological_deficit"], True),
                ("present", [], 2),
                ("present", ["B01AB05", "H02AB02", "N02BE01", "N02AA05", "A02BC05", "A06AD15", "C09AA05"]),
                ("present", ["surgery"]),
                ("unknown", []), ("present", ["B01AB05"]), ("unknown", []),
                {"status": "present", "kps": 50}, ("unknown", None))),
    dict(id="zj07", fmt="docx", build=build_zj07, author="glefloch", created="2025-03-12T19:02:00",
         title="Courrier", date="2025-03-12", age_written=64,
         gold=G("zj07", "M", 64,
                ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "negative"}),
                ("present", ["staging_imaging"], True),
                ("absent", [], None),
                ("present", ["L01XA02", "L01CD01", "L01FF02", "M05BX04", "A12AX", "A10BA02", "C09AA05", "C10AA05"]),
                ("absent", []),
                ("present", ["M05BX04"]), ("unknown", []), ("unknown", []),
                {"status": "present", "ecog": 0}, ("present", "palliative"))),
    dict(id="zj08", fmt="txt", text=ZJ08, date="2025-03-13", age_written=62,
         gold=G("zj08", "M", 62,
                ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
                ("present", ["staging_imaging"], True),
                ("present", [], None),
                ("present", ["B01AF01"]),
                ("absent", []),
                ("unknown", []), ("present", ["B01AF01"]), ("unknown", []),
                {"status": "unknown", "ecog": None}, ("present", None))),
    dict(id="zj09", fmt="pdf", text=ZJ09, header=ICE_HEADER, footer=ICE_FOOTER, created="20250314090130",
         title="Synthèse RCP MO - LE GALL", date="2025-03-14", age_written=71,
         gold=G("zj09", "F", 71,
                ("present", "thyroid", "other", {}),
                ("present", ["pathological_fracture"], True),
                ("present", ["mechanical"], 3),
                ("present", ["L01EX08", "H03AA01", "B01AF02", "N02BE01", "A11CC05", "M05BA08"]),
                ("present", ["surgery", "radiotherapy", "cementoplasty"]),
                ("conflicting", ["M05BA08"]), ("conflicting", ["B01AF02"]), ("unknown", []),
                {"status": "present", "ecog": 1}, ("present", "palliative"))),
    dict(id="zj10", fmt="docx", build=build_zj10, author="Secrétariat radiothérapie", created="2025-03-11T09:45:00",
         title="Demande RCP MO", date="2025-03-11", birth="1957-03-11",
         gold=G("zj10", "M", 68,
                ("present", "melanoma", "other", {"BRAF": "positive"}),
                ("present", ["staging_imaging"], True),
                ("present", ["nocturnal"], 5),
                ("present", ["H02AB06", "A02BC05", "N02AX02"]),
                ("present", ["radiotherapy"]),
                ("absent", []), ("uncertain", []), ("absent", []),
                {"status": "present", "ecog": 1}, ("present", "palliative"))),
    dict(id="zj11", fmt="txt", text=ZJ11, encoding="cp1252", aliases={"L01XA02": ["carbo-"]}, date="2025-03-17", age_written=71,
         gold=G("zj11", "F", 71,
                ("present", "lung", "small_cell_carcinoma", {}),
                ("present", ["staging_imaging"], True),
                ("unknown", [], None),
                ("present", ["L01XA02", "L01CB01", "L01FF05"]),
                ("unknown", []),
                ("unknown", []), ("present", []), ("unknown", []),
                {"status": "present", "ecog": 2}, ("present", None))),
    dict(id="zj12", fmt="pdf", text=ZJ12, header=ICE_HEADER, footer=ICE_FOOTER, created="20250318112047",
         title="Courrier RCP MO - GOURMELEN", date="2025-03-18", birth="1949-03-19",
         gold=G("zj12", "M", 75,
                ("present", "bladder", "other", {}),
                ("present", ["hypercalcemia"], True),
                ("present", ["mechanical"], 4),
                ("present", ["L01FF02", "B01AC04", "C10AA05", "C03CA01", "N02AX02", "A06AD65"]),
                ("absent", []),
                ("absent", []), ("absent", []), ("present", ["B01AC04"]),
                {"status": "present", "ecog": 1}, ("present", "palliative"))),
]


def main() -> int:
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    texts = {}
    try:
        seen = set()
        for L in LETTERS:
            need(L["id"] not in seen, L["id"], "duplicate id")
            seen.add(L["id"])
            if L["fmt"] == "docx":
                text = docx_text(L["build"])
            else:
                text = L["text"]
            texts[L["id"]] = text
            check(L, text)
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for old in list(letters_dir.iterdir()) + list(gold_dir.iterdir()):
        old.unlink()
    for L in LETTERS:
        lid = L["id"]
        if L["fmt"] == "pdf":
            write_pdf(letters_dir / f"{lid}.pdf", L["text"], L["header"], L["footer"], L["created"], L["title"])
        elif L["fmt"] == "docx":
            write_docx(letters_dir / f"{lid}.docx", L["build"], L["author"], L["created"], L["title"])
        else:
            raw = L["text"]
            if L.get("crlf"):
                raw = raw.replace("\n", "\r\n")
            (letters_dir / f"{lid}.txt").write_bytes(raw.encode(L.get("encoding", "utf-8")))
        (gold_dir / f"{lid}.json").write_text(json.dumps(L["gold"], indent=2, ensure_ascii=False) + "\n",
                                             encoding="utf-8")
        named = drug_mentions(texts[lid])
        left = sorted(named - set(L["gold"]["currentMedications"]["atc"]))
        print(f"{lid} {L['fmt']:4s} ok  gaps={L['gold']['gaps']}  named-but-not-current={left}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
