#!/usr/bin/env python3
"""corpus20: 12 blind referral letters (bone and pain specialists) with gold records.

Run from /work/main:  .venv/bin/python tests/corpus20/make_letters.py

Holds every letter's text and gold as data, derives the gaps with one
function (the spec's Gaps rule), checks each gold against the contract and
exits with "CONTRACT VIOLATION: ..." on any failure, then writes letters/
and gold/ byte-identically on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = Path("/work/shared/spec")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
         "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
         "antiplatelets", "prognosis", "therapeuticProject"]
GAP_ITEMS = [i for i in ITEMS if i != "antiplatelets"]
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
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
               "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
               "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
              "PD-L1", "ER", "PR", "PSA"}
RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
                 "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
TREATMENTS = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


class Violation(Exception):
    pass


def fail(msg):
    raise Violation(msg)


# ---------------------------------------------------------------- ATC table
def load_atc():
    rows = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        code, dci, inn = parts[0], parts[1], parts[2]
        brands = [b.strip() for b in (parts[4] if len(parts) > 4 else "").split(",") if b.strip()]
        rows[code] = [dci, inn] + brands
    return rows


ATC = load_atc()
# names a clinician reads as the table's drug though the table does not list
# them (Swiss / Belgian brands, common spellings); used only by the evidence check
EXTRA_NAMES = {
    "B01AB05": ["Clexane"],
    "A02BC02": ["Pantozol"],
    "N02AX02": ["Tramal"],
    "A12AX": ["Steovit D3"],
    "A11CC05": ["D-Cure", "cholécalciférol"],
    "H03AA01": ["L-Thyroxine"],
    "N02BE01": ["Doliprane"],
    "B01AC06": ["Aspirine cardio"],
    "A10BA02": ["Metfin"],
}


# ---------------------------------------------------------------- gap rule
def derive_gaps(g):
    """The spec's Gaps rule, applied to a gold record (one function for all)."""
    gaps = []
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
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


# ---------------------------------------------------------------- gold builder
def age_at(birth, on):
    b = dt.date.fromisoformat(birth)
    d = dt.date.fromisoformat(on)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def gold(id_, sex, age, tumor, bone, pain, meds, local, btt, anticoag, antiplt, prog, project,
         birth=None, letter_date=None):
    if birth:
        computed = age_at(birth, letter_date)
        if age is not None and age != computed:
            fail(f"{id_}: age {age} != age recomputed from birth date {computed}")
        age = computed
    st, site, hist, bio = tumor
    g = {
        "id": id_,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": st, "site": site, "histology": hist, "biomarkers": dict(sorted(bio.items()))},
        "boneDiagnosis": {"status": bone[0], "circumstances": sorted(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplt[0], "atc": sorted(antiplt[1])},
        "prognosis": {"status": prog[0]},
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }
    scale, value = prog[1], prog[2]
    if scale == "kps":
        g["prognosis"]["kps"] = value
    else:
        g["prognosis"]["ecog"] = value
    g["gaps"] = derive_gaps(g)
    return g


# ---------------------------------------------------------------- contract check
def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def check(letter):
    g, text = letter["gold"], letter["text"]
    i = g["id"]
    if i != letter["stem"]:
        fail(f"{i}: id differs from file stem {letter['stem']}")
    keys = ["id", "patient"] + ITEMS + ["gaps"]
    if list(g) != keys:
        fail(f"{i}: keys {list(g)}")
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        fail(f"{i}: sex {p['sex']}")
    if not isinstance(p["age"], int) or not 18 <= p["age"] <= 105:
        fail(f"{i}: age {p['age']}")
    if not re.search(rf"\b{p['age']} ans\b", text) and not letter.get("birth"):
        fail(f"{i}: age {p['age']} neither written nor computed from a birth date")
    if letter.get("birth"):
        if p["age"] != age_at(letter["birth"], letter["date"]):
            fail(f"{i}: age {p['age']} differs from the age at the letter's date")
        d = dt.date.fromisoformat(letter["date"])
        months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]
        if d.strftime("%d/%m/%Y") not in text and f"{d.day} {months[d.month - 1]} {d.year}" not in text:
            fail(f"{i}: letter date {d} not written in the letter")
        b = dt.date.fromisoformat(letter["birth"]).strftime("%d/%m/%Y")
        if b not in text:
            fail(f"{i}: birth date {b} not in the letter")
    for item in ITEMS:
        st = g[item]["status"]
        if st not in ALLOWED[item]:
            fail(f"{i}: {item} status {st} not allowed")
    t = g["primaryTumor"]
    if t["status"] == "unknown":
        if t["site"] or t["histology"] or t["biomarkers"]:
            fail(f"{i}: unknown primaryTumor with values")
    else:
        if t["site"] not in SITES:
            fail(f"{i}: site {t['site']}")
        if t["histology"] is not None and t["histology"] not in HISTOLOGIES:
            fail(f"{i}: histology {t['histology']}")
    for name, res in t["biomarkers"].items():
        if name not in BIOMARKERS or res not in RESULTS:
            fail(f"{i}: biomarker {name}={res}")
    b = g["boneDiagnosis"]
    if not set(b["circumstances"]) <= CIRCUMSTANCES:
        fail(f"{i}: circumstances {b['circumstances']}")
    if b["status"] == "unknown" and (b["circumstances"] or b["dated"]):
        fail(f"{i}: unknown boneDiagnosis with values")
    if b["status"] == "present" and not b["circumstances"]:
        fail(f"{i}: present boneDiagnosis without a circumstance")
    if not isinstance(b["dated"], bool):
        fail(f"{i}: dated must be a boolean")
    pa = g["pain"]
    if not set(pa["types"]) <= PAIN_TYPES:
        fail(f"{i}: pain types {pa['types']}")
    if pa["status"] in ("absent", "unknown") and pa["types"]:
        fail(f"{i}: pain {pa['status']} with types")
    if pa["intensity"] is not None:
        if not (isinstance(pa["intensity"], int) and 0 <= pa["intensity"] <= 10):
            fail(f"{i}: pain intensity {pa['intensity']}")
        if pa["status"] == "unknown":
            fail(f"{i}: unknown pain with an intensity")
        if pa["status"] == "present" and pa["intensity"] == 0:
            fail(f"{i}: present pain at 0")
    l = g["priorLocalTreatments"]
    if not set(l["types"]) <= TREATMENTS:
        fail(f"{i}: treatment types {l['types']}")
    if l["status"] == "present" and not l["types"]:
        fail(f"{i}: present local treatment without type")
    if l["status"] in ("absent", "unknown") and l["types"]:
        fail(f"{i}: local treatments {l['status']} with types")
    meds = g["currentMedications"]
    for code in meds["atc"]:
        if code not in ATC:
            fail(f"{i}: ATC {code} not in atc-reference.tsv")
    if meds["status"] != "present" and meds["atc"]:
        fail(f"{i}: currentMedications {meds['status']} with codes")
    if len(set(meds["atc"])) != len(meds["atc"]):
        fail(f"{i}: duplicate ATC")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        for code in s["atc"]:
            if code not in ATC:
                fail(f"{i}: {sec} ATC {code} not in atc-reference.tsv")
            if not code.startswith(prefixes):
                fail(f"{i}: {code} does not belong in {sec}")
            if s["status"] in ("present", "conflicting") and code not in meds["atc"]:
                fail(f"{i}: {sec} agent {code} ({s['status']}) missing from currentMedications")
            if s["status"] == "uncertain" and code in meds["atc"]:
                fail(f"{i}: {sec} agent {code} is uncertain but listed as current")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            fail(f"{i}: {sec} {s['status']} with agents")
        # a current drug of this class must appear in its section
        for code in meds["atc"]:
            if code.startswith(prefixes) and code not in s["atc"]:
                fail(f"{i}: current {code} not in {sec}")
    pr = g["prognosis"]
    e, k = pr.get("ecog"), pr.get("kps")
    if e is not None and not (isinstance(e, int) and 0 <= e <= 4):
        fail(f"{i}: ecog {e}")
    if k is not None and not (isinstance(k, int) and 0 <= k <= 100 and k % 10 == 0):
        fail(f"{i}: kps {k}")
    if "ecog" in pr and "kps" in pr:
        fail(f"{i}: both ecog and kps")
    if pr["status"] == "unknown" and (e is not None or k is not None):
        fail(f"{i}: unknown prognosis with a performance status")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(f"{i}: intent {tp['intent']}")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        fail(f"{i}: unknown project with an intent")
    if g["gaps"] != derive_gaps(g):
        fail(f"{i}: gaps differ from the gap rule")
    for item, kind in g["gaps"]:
        if item not in GAP_ITEMS or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            fail(f"{i}: gap {item}/{kind}")
    # evidence: every coded drug is named in the letter
    low = norm(text)
    for sec in ["currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"]:
        for code in g[sec]["atc"]:
            names = ATC[code] + EXTRA_NAMES.get(code, [])
            if not any(norm(n) in low for n in names):
                fail(f"{i}: {code} in {sec} but none of {names} in the letter")
    # evidence: declared key phrases
    for phrase in letter.get("evidence", []):
        if norm(phrase) not in low:
            fail(f"{i}: evidence phrase not in letter: {phrase!r}")
    if letter["fmt"] in ("pdf",) or letter.get("encoding") == "cp1252":
        try:
            text.encode("cp1252")
        except UnicodeEncodeError as exc:
            fail(f"{i}: text not encodable in cp1252 ({exc})")


# ---------------------------------------------------------------- writers
def write_txt(path, letter):
    text = letter["text"]
    if letter.get("crlf"):
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode(letter.get("encoding", "utf-8")))


FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def write_docx(path, letter):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for block in letter["docx"]:
        kind = block[0]
        if kind == "p":
            d.add_paragraph(block[1])
        elif kind == "b":
            para = d.add_paragraph()
            para.add_run(block[1]).bold = True
        elif kind == "h":
            d.add_heading(block[1], level=block[2] if len(block) > 2 else 2)
        elif kind == "li":
            d.add_paragraph(block[1], style="List Bullet")
        elif kind == "table":
            rows = block[1]
            tab = d.add_table(rows=len(rows), cols=len(rows[0]))
            tab.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    tab.cell(r, c).text = cell
    cp = d.core_properties
    when = dt.datetime(2026, 1, 1, 9, 0, 0)
    cp.author = letter.get("author", "secretariat")
    cp.last_modified_by = letter.get("author", "secretariat")
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


_FONT_CACHE = {}


def font_data():
    if "data" not in _FONT_CACHE:
        import logging

        logging.getLogger("fontTools").setLevel(logging.ERROR)
        from fontTools import subset
        from fontTools.ttLib import TTFont
        from PIL import ImageFont

        chars = "".join(bytes([c]).decode("cp1252", errors="ignore") for c in range(32, 256))
        f = TTFont(str(FONT), recalcTimestamp=False, recalcBBoxes=False)
        opts = subset.Options()
        opts.name_IDs = ["*"]
        opts.notdef_outline = True
        opts.recalc_timestamp = False
        sub = subset.Subsetter(opts)
        sub.populate(text=chars)
        sub.subset(f)
        b = io.BytesIO()
        f.save(b)
        pil = ImageFont.truetype(str(FONT), 1000)
        widths = []
        for c in range(32, 256):
            try:
                ch = bytes([c]).decode("cp1252")
                widths.append(int(round(pil.getlength(ch))))
            except UnicodeDecodeError:
                widths.append(0)
        _FONT_CACHE["data"] = (b.getvalue(), widths)
    return _FONT_CACHE["data"]


def pdf_escape(s):
    out = []
    for byte in s.encode("cp1252"):
        ch = chr(byte)
        if ch in "()\\":
            out.append("\\" + ch)
        elif byte < 32 or byte > 126:
            out.append("\\%03o" % byte)
        else:
            out.append(ch)
    return "".join(out)


def wrap(line, size, maxw, widths):
    def w(s):
        return sum(widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000

    indent = len(line) - len(line.lstrip(" "))
    words = line.split(" ")
    out, cur = [], ""
    for word in words:
        cand = word if not cur else cur + " " + word
        if w(cand) <= maxw or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = " " * (indent + (2 if line.lstrip().startswith(("- ", "-> "))
                                    else 0)) + word
    out.append(cur)
    return out


def write_pdf(path, letter):
    font, widths = font_data()
    size, lead = 10, 13.2
    left, top, bottom, pw, ph = 60, 790, 60, 595, 842
    lines = []
    for raw in letter["text"].split("\n"):
        if raw.strip() == "":
            lines.append("")
        else:
            lines.extend(wrap(raw, size, pw - 2 * left, widths))
    pages, cur, y = [], [], top
    for ln in lines:
        if y < bottom:
            pages.append(cur)
            cur, y = [], top
        cur.append((y, ln))
        y -= lead
    pages.append(cur)
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    font_file = add(None)
    descriptor = add(None)
    font_obj = add(None)
    objs[font_file - 1] = (b"<< /Length %d /Length1 %d >>\nstream\n" % (len(font), len(font))) + font + b"\nendstream"
    objs[descriptor - 1] = (
        "<< /Type /FontDescriptor /FontName /CRPAAA+DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
        "/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % font_file
    ).encode()
    objs[font_obj - 1] = (
        "<< /Type /Font /Subtype /TrueType /BaseFont /CRPAAA+DejaVuSans /FirstChar 32 /LastChar 255 "
        "/Widths [%s] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>"
        % (" ".join(map(str, widths)), descriptor)
    ).encode()
    pages_id = add(None)
    page_ids = []
    for n, page in enumerate(pages, 1):
        ops = ["BT", "/F1 %d Tf" % size]
        for y, ln in page:
            if ln:
                ops.append("1 0 0 1 %d %.1f Tm (%s) Tj" % (left, y, pdf_escape(ln)))
        if len(pages) > 1:
            ops.append("1 0 0 1 %d %d Tm (%s) Tj" % (pw // 2 - 15, 35, pdf_escape(f"{n}/{len(pages)}")))
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add((
            "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >> >> "
            "/Contents %d 0 R >>" % (pages_id, pw, ph, font_obj, content)).encode()))
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
    catalog = add(("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode())
    info = add(("<< /Producer (%s) /Creator (%s) /CreationDate (D:%s) /ModDate (D:%s) >>" % (
        "corpus20 make_letters.py", pdf_escape(letter.get("creator", "Traitement de texte")),
        letter["pdfdate"], letter["pdfdate"])).encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, xref))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- letters
def docx_text(blocks):
    out = []
    for b in blocks:
        if b[0] == "table":
            out.extend(" | ".join(r) for r in b[1])
        else:
            out.append(b[1])
    return "\n".join(out)


def build_letters():
    L = []

    # ------------------------------------------------------------ d01
    text = """Service de Chirurgie du Rachis - CHU de Montferrand-sur-Allier
Pr Arnaud KESSLER - Dr Inès BODIN - Dr Hugo PRADEL-NGUYEN
Secrétariat : 04 73 55 18 20 - rachis.secretariat@chu-montferrand.example

                                        Montferrand, le 24 avril 2026

Dr Claire AUBERTIN
Coordination RCP métastases osseuses
Institut de cancérologie du Val d'Allier

Objet : Mme VARLET-DUMAS Hélène, 58 ans - représentation en RCP après chirurgie

Chère consoeur,

Je vous remercie de bien vouloir représenter en RCP Mme Varlet-Dumas, 58 ans, que nous avions discutée en urgence lors de la RCP du 12/03/2026 pour une épidurite métastatique T10 avec paraparésie.

Rappel : adénocarcinome pulmonaire du LID diagnostiqué en mai 2024, EGFR muté (délétion exon 19), ALK non réarrangé, traité par osimertinib (Tagrisso 80 mg/j) depuis juin 2024 avec une bonne réponse thoracique. La maladie osseuse a été révélée le 05/03/2026 par une paraparésie d'installation rapide (Frankel C), précédée de dorsalgies en barre depuis 3 semaines. L'IRM retrouvait une lyse corporéale de T10 avec épidurite compressive (Bilsky 3) et des lésions de T9 et T11 ; le TDM TAP montrait en outre une lésion de l'arc postérieur de la 7e côte droite.

Décision de la RCP du 12/03/2026 : chirurgie de décompression et stabilisation, puis RT de consolidation ; poursuite du Tagrisso.

Ce qui a été fait depuis :
- 13/03/2026 : laminectomie T9-T11 et ostéosynthèse percutanée T8-T12 par vis pédiculaires cimentées. Le Tagrisso a été suspendu du 10/03 au 27/03 et repris le 28/03 à la même dose.
- Complication : désunion cicatricielle avec écoulement à J12, reprise chirurgicale pour lavage le 27/03. Prélèvements positifs à S. epidermidis, antibiothérapie pour 6 semaines (pristinamycine + rifampicine, fin prévue le 08/05/2026).
- RT post-opératoire : 20 Gy en 5 fr du 13/04 au 17/04/2026 (Dr Mercadier), CTV = corps vertébraux T9-T11 et matériel. Bonne tolérance, pas d'oesophagite.
- Anticoagulation : Eliquis 5 mg x2 (TVP fémorale G en 2025) arrêté le 11/03, relais par Lovenox 0,4 ml x2 en péri-opératoire, puis Eliquis repris le 02/04 ; Lovenox arrêté le même jour.
- Dexaméthasone 16 mg/j à l'admission, décroissance puis arrêt le 10/04.

Etat actuel : récupération motrice complète (Frankel E), marche sans aide technique. Persistance de douleurs dorsales d'horaire mécanique, à la marche prolongée et au port de charges, EVA 3/10 (8/10 en préopératoire). Pas de radiculalgie, pas de trouble sphinctérien. OMS 1 ce jour (OMS 3 à l'admission).

Traitement actuel :
- Tagrisso 80 mg 1 cp/j
- Eliquis 5 mg matin et soir
- Doliprane 1 g x3/j
- Oxynorm 5 mg si douleur (1 à 2 prises par semaine)
- Inexium 40 mg le soir
- Pristinamycine 1 g x3/j + rifampicine 600 mg x2/j jusqu'au 08/05

Pas de traitement anti-ostéoclastique pour l'instant : un traitement par Xgeva est envisagé après cicatrisation complète et bilan dentaire (panoramique demandé).

Questions posées à la RCP :
1) Validez-vous l'introduction du dénosumab et selon quel délai ?
2) Faut-il traiter la lésion costale droite, asymptomatique et hors champ (SBRT ?) ou la surveiller ?
3) Rythme de surveillance IRM du matériel.

Bien confraternellement,

Dr Inès BODIN
Chirurgien du rachis
"""
    L.append(dict(stem="d01", fmt="pdf", text=text, pdfdate="20260424101500+02'00'",
                  creator="Dictée numérique - secrétariat rachis",
                  evidence=["Pas de traitement anti-ostéoclastique pour l'instant", "OMS 1 ce jour",
                            "EVA 3/10", "Lovenox arrêté"],
                  gold=gold("d01", "F", 58,
                            ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative"}),
                            ("present", ["neurological_deficit"], True),
                            ("present", ["mechanical"], 3),
                            ("present", ["L01EB04", "B01AF02", "N02BE01", "N02AA05", "A02BC05"]),
                            ("present", ["surgery", "radiotherapy"]),
                            ("absent", []),
                            ("present", ["B01AF02"]),
                            ("unknown", []),
                            ("present", "ecog", 1),
                            ("present", None))))

    # ------------------------------------------------------------ d02
    blocks = [
        ("b", "Radiologie Interventionnelle - Hôpital privé des Tilleuls, Bordeaux-Caudéran"),
        ("p", "Dr Mathilde FERRAND-OYONO, radiologue interventionnelle - Tél. 05 57 22 41 90"),
        ("p", "Bordeaux, le 10/03/2026"),
        ("p", "À l'attention de la RCP Métastases osseuses - Dr P. Castaing"),
        ("b", "Objet : M. LEBRETON Gilles, né le 23/05/1957 - nouvelle lésion L2, suite de prise en charge"),
        ("p", "Cher confrère,"),
        ("p", "Je vous adresse de nouveau M. Lebreton, que nous avons traité après votre RCP du 18/12/2025."),
        ("h", "Antécédents", 2),
        ("p", "Carcinome rénal à cellules claires gauche, néphrectomie élargie en 2021 (pT3a, ISUP 3). "
              "Métastases osseuses découvertes sur le scanner TAP de surveillance de mai 2024 "
              "(acétabulum droit, L2, 8e côte gauche). HTA, dyslipidémie, angor stable stenté en 2019. "
              "Pas d'autre antécédent notable ; son père est décédé d'un cancer du poumon."),
        ("h", "Traitement oncologique", 2),
        ("p", "Cabozantinib (Cabometyx) 40 mg/j depuis juin 2024, suspendu 7 jours avant le geste et repris à J3 ; "
              "bien toléré hormis un syndrôme main-pied de grade 1."),
        ("h", "Geste réalisé le 14/01/2026 (décision RCP du 18/12/2025)", 2),
        ("p", "Cryoablation de la lésion acétabulaire droite (3 cryosondes, 2 cycles de 10 min) suivie d'une "
              "cimentoplastie (6 ml de PMMA). Fuite de ciment minime intra-articulaire, asymptomatique. "
              "Sortie à J1. Kardégic 75 mg suspendu 5 jours avant le geste et repris le lendemain. "
              "Pas de traitement anticoagulant."),
        ("h", "Evolution", 2),
        ("p", "Disparition des douleurs de hanche. En revanche, apparition depuis fin janvier de douleurs lombaires "
              "hautes, à l'appui et à la marche, avec des réveils nocturnes, EN 6/10 malgré le palier 2. "
              "L'IRM du 26/02/2026 montre une progression de la lésion de L2 (mur postérieur respecté, "
              "pas d'épidurite), SINS 9. Etat général conservé, indice de Karnofsky 80 %."),
        ("h", "Traitement actuel", 2),
        ("table", [["Médicament", "Posologie"],
                   ["Cabometyx 40 mg", "1 cp/j"],
                   ["Acide zolédronique (Zometa) 4 mg IV", "toutes les 12 semaines - dernière perfusion le 02/02/2026"],
                   ["Kardégic 75 mg", "1 sachet/j"],
                   ["Tahor 20 mg", "1 cp le soir"],
                   ["Triatec 5 mg", "1 cp/j"],
                   ["Doliprane 1 g", "3 fois par jour"],
                   ["Topalgic LP 100 mg", "matin et soir"]]),
        ("h", "Question", 2),
        ("p", "Pour la lésion L2 : cryoablation + cimentoplastie, ou radiothérapie stéréotaxique (SBRT) ? "
              "Nous sommes favorables au geste percutané si la RCP le valide. Le cabozantinib est poursuivi "
              "à l'identique par le Dr Castaing."),
        ("p", "Bien cordialement,"),
        ("p", "Dr M. Ferrand-Oyono"),
    ]
    L.append(dict(stem="d02", fmt="docx", docx=blocks, text=docx_text(blocks), birth="1957-05-23", date="2026-03-10",
                  author="Secrétariat RI Tilleuls",
                  evidence=["Pas de traitement anticoagulant", "Karnofsky 80", "EN 6/10"],
                  gold=gold("d02", "M", None,
                            ("present", "kidney", "clear_cell_carcinoma", {}),
                            ("present", ["staging_imaging"], True),
                            ("present", ["mechanical", "nocturnal"], 6),
                            ("present", ["L01EX07", "M05BA08", "B01AC06", "C10AA05", "C09AA05", "N02BE01", "N02AX02"]),
                            ("present", ["ablation", "cementoplasty"]),
                            ("present", ["M05BA08"]),
                            ("absent", []),
                            ("present", ["B01AC06"]),
                            ("present", "kps", 80),
                            ("present", None),
                            birth="1957-05-23", letter_date="2026-03-10")))

    # ------------------------------------------------------------ d03
    text = """Centre de radiothérapie du Parc - Annecy
Dr Yann LE GOFF, oncologue radiothérapeute - 04 50 61 27 33

CR de fin de RT / demande RCP MO - 02/03/2026

Patient : M. Fernand ROUSSILHE, 78 ans
Primitif : adénoK prostate Gleason 8 (4+4), diag 2023, HSPC puis CRPC depuis 2025. PSA 48 ng/ml le 10/02/26 (nadir 1,2).
Méta os : découvertes au TEP-PSMA de réévaluation en nov. 2025 (cotyle G, L4, arcs costaux).

RT réalisée :
 - cotyle G : 8 Gy en 1 fr le 05/02/26, à visée antalgique
 - L4 : SBRT 27 Gy en 3 fr (CTV corps vertébral L4 + pédicules, PTV 2 mm), terminée le 20/02/26
Tolérance : RAS, pas de flare.

Douleur : résiduelle hanche G, EN 2/10 (7/10 avant RT).
Pronostic global jugé favorable à moyen terme (survie estimée > 1 an selon son oncologue).

Ttt : Décapeptyl 11,25 mg / 3 mois, Xtandi 160 mg/j, Doliprane 1 g si besoin, Tahor 10.
Os : Prolia ?? (le pt ne sait plus s'il a eu des injections, à vérifier avec le MT)

Projet : poursuite Décapeptyl + Xtandi par le Dr Santoni (onco). Pas d'autre geste local prévu.
Question RCP : indication d'un ttt anti-résorptif (Xgeva) ? rythme de suivi ?

Dr Y. Le Goff
"""
    L.append(dict(stem="d03", fmt="txt", text=text,
                  evidence=["Prolia ??", "EN 2/10", "8 Gy en 1 fr"],
                  gold=gold("d03", "M", 78,
                            ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
                            ("present", ["staging_imaging"], True),
                            ("present", [], 2),
                            ("present", ["L02AE04", "L02BB04", "N02BE01", "C10AA05"]),
                            ("present", ["radiotherapy"]),
                            ("uncertain", ["M05BX04"]),
                            ("unknown", []),
                            ("unknown", []),
                            ("present", "ecog", None),
                            ("present", None))))

    # ------------------------------------------------------------ d04
    blocks = [
        ("b", "Centre d'Évaluation et de Traitement de la Douleur (CETD)"),
        ("p", "Hôpital Saint-Lazare - Vienne-sur-Rhône - Dr Sophie MARCHETTI, algologue - Tél. 04 74 31 62 08"),
        ("p", "Compte rendu de consultation du 05/11/2026"),
        ("b", "Madame BERTHOMIEU Nadine, née le 12/11/1961"),
        ("p", "Adressée par le Dr Kowalczyk (oncologie médicale) pour douleurs rebelles. Copie : RCP métastases osseuses."),
        ("h", "Histoire oncologique", 2),
        ("p", "Carcinome lobulaire infiltrant du sein gauche en 2017, RE 90 %, RP négatifs, HER2 négatif (score 1+). "
              "Mastectomie + curage axillaire, RT pariétale, puis tamoxifène de 2017 à 2022. "
              "Rechute osseuse révélée par une sciatalgie gauche en septembre 2025 : lésions sacrées S1-S2 et "
              "iliaque gauche au TDM/IRM, biopsie confirmant la métastase du carcinome lobulaire. "
              "Depuis octobre 2025 : Femara 2,5 mg/j + Kisqali 600 mg/j 3 semaines sur 4, et Xgeva 120 mg toutes les 4 semaines. "
              "Radiothérapie du sacrum 30 Gy en 10 fractions en décembre 2025, avec amélioration partielle et transitoire."),
        ("p", "Antécédents familiaux : mère décédée d'un cancer du côlon à 70 ans."),
        ("h", "Analyse de la douleur", 2),
        ("p", "Douleur sacrée et fessière gauche irradiant à la face postérieure de la cuisse jusqu'au mollet, "
              "à type de brûlures et de décharges électriques, DN4 7/10. Recrudescence nocturne avec réveils vers 2-3 h. "
              "Pas de composante mécanique nette (station assise tolérée, marche possible sur 200 m). "
              "EN 7/10 à l'entrée, 4/10 aujourd'hui après titration morphinique."),
        ("h", "Traitements antalgiques", 2),
        ("li", "Skenan LP 30 mg matin et soir (titré depuis le 20/10)"),
        ("li", "Actiskenan 10 mg en interdose, 2 à 3 par jour"),
        ("li", "Lyrica 75 mg x2/j (augmentation prévue à 150 mg x2)"),
        ("li", "Laroxyl : arrêté le 28/10 (confusion, sécheresse buccale)"),
        ("li", "Doliprane 1 g x4/j"),
        ("li", "Movicol 2 sachets/j"),
        ("p", "Pas d'anticoagulant, pas d'antiagrégant plaquettaire."),
        ("h", "Pronostic et projet", 2),
        ("p", "OMS 2. Espérance de vie estimée par l'oncologue à plusieurs mois. Situation palliative : "
              "poursuite de Femara/Kisqali et du Xgeva."),
        ("h", "Question à la RCP", 2),
        ("p", "Sacroplastie (cimentoplastie sacrée) ou ré-irradiation du sacrum ? En cas d'échec, une analgésie "
              "intrathécale sera discutée dans notre structure."),
        ("p", "Dr S. Marchetti"),
    ]
    L.append(dict(stem="d04", fmt="docx", docx=blocks, text=docx_text(blocks), birth="1961-11-12", date="2026-11-05",
                  author="CETD Saint-Lazare",
                  evidence=["Pas de composante mécanique nette", "Laroxyl : arrêté", "Pas d'anticoagulant, pas d'antiagrégant"],
                  gold=gold("d04", "F", None,
                            ("present", "breast", "invasive_lobular_carcinoma",
                             {"ER": "positive", "PR": "negative", "HER2": "negative"}),
                            ("present", ["pain"], True),
                            ("present", ["neuropathic", "nocturnal"], 4),
                            ("present", ["L02BG04", "L01EF02", "M05BX04", "N02AA01", "N03AX16", "N02BE01", "A06AD65"]),
                            ("present", ["radiotherapy"]),
                            ("present", ["M05BX04"]),
                            ("absent", []),
                            ("absent", []),
                            ("present", "ecog", 2),
                            ("present", "palliative"),
                            birth="1961-11-12", letter_date="2026-11-05")))

    # ------------------------------------------------------------ d05 (Swiss)
    text = """HÔPITAL RÉGIONAL DU HAUT-LÉMAN - Site de Vevey
Service d'orthopédie et traumatologie
Dr Luc PERRENOUD, médecin adjoint - Tél. 021 923 44 10 - Fax 021 923 44 19

                                        Vevey, le 12 février 2026

Colloque multidisciplinaire des métastases osseuses
Dr Anne-Laure ROCHAT, oncologie

Concerne : M. Jean-Marc CHAPPUIS, 76 ans, Ch. des Vignes 4, 1806 St-Légier

Monsieur et cher Collègue,

Nous vous adressons M. Chappuis, 76 ans, ancien vigneron, pour discussion au colloque des métastases osseuses.

Le 25.01.2026, le patient a fait une chute de sa hauteur dans sa cuisine, après plusieurs semaines de douleurs de l'aine droite mises sur le compte de sa coxarthrose connnue. Le bilan aux urgences a mis en évidence une fracture pathologique du col fémoral droit sur une lésion lytique.

Le 27.01.2026, nous avons posé une PTH droite cimentée à tige longue, avec prélèvements histologiques. Histologie : métastase d'un adénocarcinome, TTF-1 positif, CK7 positif, CK20 négatif, évoquant en premier lieu une origine pulmonaire. Le CT thoracique montre une masse du lobe supérieur gauche de 34 mm. La biologie moléculaire (EGFR, ALK) et le PD-L1 sont en cours.

Antécédents : cardiopathie ischémique (stent IVA en 2018), diabète de type 2, tabagisme à 40 UPA sevré en 2010. Son frère a été traité pour un cancer de la prostate.

Suites post-opératoires simples. Mobilisation avec deux cannes, charge complète autorisée. Plaie calme, pas d'écoulement. Actuellement peu de douleurs : EVA 2/10 à la mobilisation, nulle au repos.
ECOG 2 (avant la chute : ECOG 1).

Médicaments à la sortie :
- Dafalgan 1 g 4x/j
- Novalgine 500 mg 4x/j en réserve
- Tramal gouttes 50 mg en réserve
- Clexane 40 mg s.c. 1x/j pendant 6 semaines post-opératoires (jusqu'au 10.03.2026)
- Aspirine cardio 100 mg 1x/j, poursuivie en périopératoire
- Pantozol 40 mg 1x/j
- Metfin 500 mg 2x/j (metformine)

Pas de traitement de l'ostéoporose ni de bisphosphonate à ce jour.

Le bilan d'extension par PET-CT est agendé le 18.02.2026 et le patient sera vu en consultation d'oncologie thoracique par le Dr Rochat.

Question : indication à une radiothérapie post-opératoire du fémur proximal droit ? Suite de la prise en charge oncologique ?

Avec nos meilleures salutations.

Dr L. Perrenoud, médecin adjoint
Dr S. Imhof, médecin assistante
"""
    L.append(dict(stem="d05", fmt="pdf", text=text, pdfdate="20260212163000+01'00'",
                  creator="Dossier patient informatisé",
                  evidence=["évoquant en premier lieu une origine pulmonaire", "sont en cours",
                            "Pas de traitement de l'ostéoporose ni de bisphosphonate", "ECOG 2"],
                  gold=gold("d05", "M", 76,
                            ("uncertain", "lung", "adenocarcinoma",
                             {"EGFR": "pending", "ALK": "pending", "PD-L1": "pending"}),
                            ("present", ["pathological_fracture"], True),
                            ("present", ["mechanical"], 2),
                            ("present", ["N02BE01", "N02AX02", "B01AB05", "B01AC06", "A02BC02", "A10BA02"]),
                            ("present", ["surgery"]),
                            ("absent", []),
                            ("present", ["B01AB05"]),
                            ("present", ["B01AC06"]),
                            ("present", "ecog", 2),
                            ("unknown", None))))

    # ------------------------------------------------------------ d06 (Belgian, cp1252, CRLF)
    text = """Dr Geneviève DELHAYE-MOTTET
Rhumatologie - Clinique Notre-Dame des Prés, Liège
Tél. 04 342 18 77 - GSM 0476 55 21 09
INAMI 1-23456-78-901

                                        Liège, le 27 mars 2026

Concerne : Madame Josiane HENROTTE, née le 30/03/1952

Chère Consoeur, Cher Confrère,

Je me permets de vous adresser Madame Henrotte, que je suis depuis 2018 pour une ostéoporose post-ménopausique (T-score -3,1 au col fémoral), traitée par Prolia 60 mg tous les 6 mois depuis 2020 (dernière injection le 15/10/2025 ; la suivante est à faire endéans les trois semaines).

Antécédents : carcinome canalaire infiltrant du sein droit en 2014, tumorectomie + radiothérapie + tamoxifène pendant 5 ans (arrêté en 2019). HTA. Hypothyroïdie substituée. Sa mère a eu un cancer du sein à 80 ans.

Le 14/11/2025, fracture-tassement de L1 survenue lors d'un effort de soulèvement (elle portait un bac de fleurs), d'abord attribuée à l'ostéoporose. Devant la persistance des douleurs, IRM le 02/12/2025 : aspect suspect de L1 avec atteinte de l'arc postérieur, et lésions de T8 et de l'aile iliaque gauche. Vertébroplastie L1 avec biopsie le 09/12/2025 (Dr Lambotte, radiologie interventionnelle) : métastase d'un carcinome canalaire mammaire, RE+ (90 %), RP+ (30 %), HER2 négatif (score 0).

Depuis janvier 2026, elle reçoit du létrozole (Femara) 2,5 mg et du palbociclib (Ibrance) 125 mg 21j/28, prescrits par le Dr Vanderstraeten (oncologue). Bonne tolérance hormis une neutropénie de grade 2 qui a fait postposer un cycle.

Actuellement : lombalgies résiduelles d'horaire mécanique, à la station debout prolongée, EVA 3/10. Pas de dérouillage matinal, pas de douleur nocturne, pas de radiculalgie.

Traitement actuel :
- Femara 2,5 mg 1x/j
- Ibrance 125 mg 1x/j, 21 jours sur 28
- Prolia 60 mg sc tous les 6 mois
- L-Thyroxine 75 µg 1x/j
- Bisoprolol 5 mg 1x/j
- D-Cure 25.000 UI (cholécalciférol) 1 ampoule/mois
- Dafalgan 1 g max 3x/j
Pas d'anticoagulation ni d'antiagrégant.

Question : faut-il passer du Prolia 60 mg/6 mois au dénosumab 120 mg mensuel (Xgeva), sachant qu'elle est déjà sous anti-résorptif ? La lésion de T8, asymptomatique, justifie-t-elle une irradiation ?

Je reste à votre disposition pour tout renseignement complémentaire.

Bien confraternellement,

Dr G. Delhaye-Mottet
"""
    L.append(dict(stem="d06", fmt="txt", text=text, encoding="cp1252", crlf=True, birth="1952-03-30", date="2026-03-27",
                  evidence=["Pas de dérouillage matinal, pas de douleur nocturne", "Pas d'anticoagulation ni d'antiagrégant",
                            "tamoxifène pendant 5 ans (arrêté en 2019)"],
                  gold=gold("d06", "F", None,
                            ("present", "breast", "invasive_ductal_carcinoma",
                             {"ER": "positive", "PR": "positive", "HER2": "negative"}),
                            ("present", ["pathological_fracture"], True),
                            ("present", ["mechanical"], 3),
                            ("present", ["L02BG04", "L01EF01", "M05BX04", "H03AA01", "C07AB07", "A11CC05", "N02BE01"]),
                            ("present", ["cementoplasty"]),
                            ("present", ["M05BX04"]),
                            ("absent", []),
                            ("absent", []),
                            ("unknown", "ecog", None),
                            ("present", None),
                            birth="1952-03-30", letter_date="2026-03-27")))

    # ------------------------------------------------------------ d07
    blocks = [
        ("b", "Équipe Mobile de Soins Palliatifs (EMSP) - Centre Hospitalier de Saint-Amand-les-Pins"),
        ("p", "Dr Marc-Olivier TESSIER, médecin de soins palliatifs - Mme C. Jaouen, IDE coordinatrice - Tél. 02 54 60 33 12"),
        ("p", "Le 18 février 2026"),
        ("b", "Objet : M. Raymond QUÉMÉNEUR, 71 ans - demande d'avis RCP métastases osseuses (RT antalgique ?)"),
        ("p", "Cher confrère,"),
        ("p", "Nous suivons M. Quéméneur, 71 ans, à domicile et en hôpital de jour de soins palliatifs pour un "
              "adénocarcinome du côlon sigmoïde (KRAS muté G12D, BRAF non muté, MSS), métastatique hépatique et osseux."),
        ("h", "Histoire", 2),
        ("p", "Colectomie gauche en 2022 puis FOLFOX adjuvant. Rechute en juillet 2025, révélée par une hypercalcémie "
              "à 3,4 mmol/l (confusion, déshydratation) ; le bilan retrouvait des métastases osseuses multiples "
              "(rachis lombaire, sacrum, bassin) et hépatiques. L'hypercalcémie a été corrigée par hydratation et "
              "une perfusion unique de Zometa 4 mg en juillet 2025, non renouvelée depuis."),
        ("p", "RT antalgique du sacrum : 8 Gy en 1 fraction le 12/09/2025, efficace."),
        ("p", "FOLFIRI-bevacizumab d'août 2025 à janvier 2026, arrêté devant l'altération de l'état général. "
              "Décision collégiale (RCP digestive du 22/01/2026) : soins de support exclusifs."),
        ("p", "Embolie pulmonaire en novembre 2025 : Innohep 14 000 UI/j, poursuivi."),
        ("h", "Situation actuelle", 2),
        ("p", "OMS 3, alité plus de la moitié de la journée. Espérance de vie estimée à quelques semaines, "
              "deux à trois mois au plus."),
        ("p", "Douleurs : radiculalgie L5 droite, de la fesse au dos du pied, avec des décharges électriques, "
              "majorées la nuit avec des réveils nocturnes ; EN 5/10 sous traitement (8/10 il y a 10 jours). "
              "Lombalgies basses asociées. Scanner du 10/02/2026 : progression de L5 avec atteinte foraminale droite, "
              "pas d'épidurite. Pas de déficit moteur."),
        ("h", "Traitement actuel", 2),
        ("table", [["Traitement", "Posologie"],
                   ["Durogesic 50 µg/h", "1 patch toutes les 72 h"],
                   ["Abstral 100 µg", "1 cp sublingual si accès douloureux (max 4/j)"],
                   ["Neurontin 300 mg", "1 gél x3/j"],
                   ["Solupred 20 mg", "le matin"],
                   ["Innohep 14 000 UI", "1 injection sc/j"],
                   ["Movicol", "1 sachet x2/j"],
                   ["Xanax 0,25 mg", "le soir si anxiété"],
                   ["Imovane 7,5 mg", "au coucher"]]),
        ("p", "Le paracétamol a été arrêté (sans bénéfice). Pas d'antiagrégant plaquettaire."),
        ("h", "Question", 2),
        ("p", "Une RT antalgique de L5 (8 Gy en fraction unique ou 20 Gy en 5 fractions) est-elle envisageable, "
              "compte tenu de déplacements difficiles (transport couché) ? Une cimentoplastie ne nous paraît pas adaptée."),
        ("p", "Sincères salutations confraternelles,"),
        ("p", "Dr M.-O. Tessier"),
    ]
    L.append(dict(stem="d07", fmt="docx", docx=blocks, text=docx_text(blocks), author="EMSP Saint-Amand",
                  evidence=["perfusion unique de Zometa", "non renouvelée depuis", "soins de support exclusifs",
                            "Pas d'antiagrégant plaquettaire", "EN 5/10 sous traitement"],
                  gold=gold("d07", "M", 71,
                            ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
                            ("present", ["hypercalcemia"], True),
                            ("present", ["neuropathic", "nocturnal"], 5),
                            ("present", ["N02AB03", "N03AX12", "H02AB06", "B01AB10", "A06AD65", "N05BA12", "N05CF01"]),
                            ("present", ["radiotherapy"]),
                            ("absent", []),
                            ("present", ["B01AB10"]),
                            ("absent", []),
                            ("present", "ecog", 3),
                            ("present", "supportive"))))

    # ------------------------------------------------------------ d08 (very short e-mail)
    text = """De : Dr T. Nguyen-Vallet <radio.interv@ch-paysdevelay.example>
Objet : avis RCP MO - Mme GARNIER Odile 67 ans
Date : 06/03/2026 08:12

Bonjour,

Pourriez-vous inscrire à la prochaine RCP MO :
Mme Garnier, 67 ans, K sein G (CCI, RE+ RP+ HER2-) 2019, sous Femara.
Méta T12 lytique découverte sur le TEP de suivi de janvier 2026, atteinte du mur post, SINS 10, pas d'épidurite.
Douleur dorsolombaire mécanique (lever, marche), EVA 6.
Sous Xarelto 20 mg (FA) -> relais à prévoir si geste.
Question : cimentoplastie T12 +/- RT ?

Cordialement
TNV - RI, poste 4417
"""
    L.append(dict(stem="d08", fmt="txt", text=text,
                  evidence=["Sous Xarelto 20 mg", "EVA 6", "TEP de suivi de janvier 2026"],
                  gold=gold("d08", "F", 67,
                            ("present", "breast", "invasive_ductal_carcinoma",
                             {"ER": "positive", "PR": "positive", "HER2": "negative"}),
                            ("present", ["staging_imaging"], True),
                            ("present", ["mechanical"], 6),
                            ("present", ["L02BG04", "B01AF01"]),
                            ("unknown", []),
                            ("unknown", []),
                            ("present", ["B01AF01"]),
                            ("unknown", []),
                            ("unknown", "ecog", None),
                            ("present", None))))

    # ------------------------------------------------------------ d09
    text = """CHU de Sainte-Clotilde - Département de Radiothérapie
Dr Élodie RAKOTOMALALA, oncologue radiothérapeute
Secrétariat : 02 62 48 90 15

                                        Le 16/02/2026

Objet : M. PERRIN-LACOMBE Daniel, né le 04/02/1950 - représentation RCP métastases osseuses

Chers collègues,

Je vous représente M. Perrin-Lacombe, déjà discuté en RCP le 20/03/2025 et le 04/12/2025.

Carcinome épidermoïde pulmonaire du LSD, stade IV d'emblée (03/2025), PD-L1 70 %, EGFR non testé. Métastases osseuses découvertes sur le TEP-TDM du bilan d'extension initial en mars 2025 (T6, L3, aile iliaque droite). Pembrolizumab (Keytruda) 200 mg toutes les 3 semaines depuis avril 2025, dernière cure (C14) le 02/02/2026, avec réponse partielle pulmonaire.

Traitements locaux osseux :
- 04/2025 (RCP du 20/03/2025) : SBRT T6, 27 Gy en 3 fr (CTV = corps vertébral + pédicules, PTV +2 mm).
- 12/2025 : fracture-tassement de T6 post-SBRT (VCF, SINS 11) ; cyphoplastie T6 le 10/01/2026 (Dr Hamadi, RCP du 04/12/2025). Eliquis interrompu 48 h avant le geste, repris le 12/01.

Situation actuelle : radiculalgie L3 gauche (face antérieure de cuisse) à type de brûlures, DN4 5/10, EVA 5/10, sans douleur nocturne. Pas de déficit moteur ni sensitif. IRM du 06/02/2026 : progression de L3 avec épidurite antérieur gauche, sans compression médullaire (Bilsky 1b). Dectancyl 8 mg/j débuté le 06/02/2026.

Antécédents : FA (Préviscan arrêté en 2024, relais par Eliquis 5 mg x2), insuffisance cardiaque à FEVG préservée, BPCO post-tabagique. Pas d'antiagrégant plaquettaire. Xgeva non débuté en raison de soins dentaires (extractions programmées en mars).

Traitement en cours : Keytruda 200 mg/21 j ; Eliquis 5 mg x2 ; Cardensiel 2,5 mg ; Lasilix 40 mg ; Oxycontin 20 mg x2 ; Oxynorm 5 mg si besoin ; Lyrica 75 mg x2 ; Dectancyl 8 mg ; Inexium 20 mg.

IK 70 %.

Projet / question : dans un objectif palliatif, je propose une radiothérapie de L3 (20 Gy en 5 fr, ou SBRT 24 Gy en 2 fr si faisable dosimétriquement) ; le patient n'a jamais été irradié sur L3. Poursuite du Keytruda. Avis de la RCP sur la séquence et sur l'indication d'un geste chirurgical (décompression/stabilisation) ?

Confraternellement,

Dr É. Rakotomalala
"""
    L.append(dict(stem="d09", fmt="pdf", text=text, birth="1950-02-04", date="2026-02-16", pdfdate="20260216114500+04'00'",
                  creator="Logiciel de dossier RT",
                  evidence=["Xgeva non débuté", "Pas d'antiagrégant plaquettaire", "sans douleur nocturne", "IK 70"],
                  gold=gold("d09", "M", None,
                            ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
                            ("present", ["staging_imaging"], True),
                            ("present", ["neuropathic"], 5),
                            ("present", ["L01FF02", "B01AF02", "C07AB07", "C03CA01", "N02AA05", "N03AX16",
                                         "H02AB02", "A02BC05"]),
                            ("present", ["radiotherapy", "cementoplasty"]),
                            ("absent", []),
                            ("present", ["B01AF02"]),
                            ("absent", []),
                            ("present", "kps", 70),
                            ("present", "palliative"),
                            birth="1950-02-04", letter_date="2026-02-16")))

    # ------------------------------------------------------------ d10
    blocks = [
        ("b", "Clinique orthopédique du Val-de-Loire - Tours-Nord"),
        ("p", "Dr Bastien COLLARD, chirurgien orthopédiste (membre supérieur) - Tél. 02 47 88 10 54"),
        ("b", "Compte rendu de consultation post-opératoire du 03/03/2026"),
        ("p", "Mme Sandrine OLLIVIER-BREUIL, 54 ans"),
        ("p", "Motif : contrôle à 4 semaines d'un enclouage huméral pour fracture pathologique ; demande de passage en RCP métastases osseuses."),
        ("h", "Antécédents", 2),
        ("li", "Mélanome nodulaire du dos (2021), Breslow 4,2 mm, BRAF V600E muté ; exérèse élargie, ganglion sentinelle positif."),
        ("li", "Métastases pulmonaires en 2024 : nivolumab + ipilimumab, arrêtés après 3 cures pour colite immuno-induite de grade 3 "
               "(corticothérapie terminée en décembre 2024) et hypothyroïdie séquellaire."),
        ("li", "Depuis janvier 2025 : dabrafénib (Tafinlar) 150 mg x2/j + tramétinib (Mekinist) 2 mg/j, maladie pulmonaire stable."),
        ("h", "Histoire", 2),
        ("p", "Le 04/02/2026, en soulevant un pack d'eau, douleur brutale et impotence du bras droit. Radiographie : fracture "
              "pathologique diaphysaire de l'humérus droit sur lésion lytique, première localisation osseuse connue. "
              "Enclouage centromédullaire verrouillé le 06/02/2026. L'histologie du curetage confirme une métastase du mélanome."),
        ("p", "Suites : prophylaxie par Lovenox 4000 UI/j pendant 10 jours, terminée le 16/02. Tafinlar et Mekinist "
              "suspendus 5 jours en périopératoire, repris le 11/02."),
        ("h", "Examen ce jour", 2),
        ("p", "Cicatrice propre. Pas de douleur au repos ; douleur à la mobilisation de l'épaule, EVA 3/10. "
              "Pas de déficit radial. Radiographie : matériel en place, pas encore de cal. ECOG 1."),
        ("h", "Traitement en cours", 2),
        ("p", "Tafinlar 75 mg 2 gél x2/j ; Mekinist 2 mg 1/j ; Levothyrox 100 µg ; Dafalgan 1 g x3/j ; "
              "Ixprim 1 cp si douleur ; Inexium 20 mg."),
        ("p", "Pas de traitement par bisphosphonate ni dénosumab à ce jour."),
        ("h", "Questions à la RCP", 2),
        ("p", "Radiothérapie post-opératoire de l'humérus (à caler avec le Dr Massart) et indication d'un traitement "
              "anti-résorptif. Le suivi oncologique reste assuré par le Dr Perrault (CHU)."),
        ("p", "Dr B. Collard"),
    ]
    L.append(dict(stem="d10", fmt="docx", docx=blocks, text=docx_text(blocks), author="Dr B. Collard",
                  evidence=["terminée le 16/02", "Pas de traitement par bisphosphonate ni dénosumab", "EVA 3/10", "ECOG 1"],
                  gold=gold("d10", "F", 54,
                            ("present", "melanoma", "other", {"BRAF": "positive"}),
                            ("present", ["pathological_fracture"], True),
                            ("present", ["mechanical"], 3),
                            ("present", ["H03AA01", "N02BE01", "N02AX02", "A02BC05"]),
                            ("present", ["surgery"]),
                            ("absent", []),
                            ("absent", []),
                            ("unknown", []),
                            ("present", "ecog", 1),
                            ("present", None))))

    # ------------------------------------------------------------ d11 (Belgian)
    text = """CLINIQUE UNIVERSITAIRE SAINT-RÉMI - BRUXELLES
Service de Radiothérapie-Oncologie
Dr Olivier DEWAELE, radiothérapeute-oncologue - Tél. 02 555 43 21 - INAMI 1-98765-43-210

                                        Bruxelles, le 9 mars 2026

Concerne : Monsieur André DUBUISSON, né le 17/08/1951
Consultation oncologique multidisciplinaire (COM) osseuse

Chers Collègues,

Monsieur Dubuisson a déjà été discuté en COM le 26/03/2025. Pour rappel : adénocarcinome prostatique (Gleason 4+3, ISUP 3) traité par prostatectomie radicale en 2019, puis radiothérapie de la loge en 2021 pour récidive biologique. En mars 2025, la scintigraphie osseuse réalisée pour une remontée du PSA (8,4 ng/ml) montrait des lésions de l'aile iliaque gauche et de l'acétabulum gauche. Décision COM : hormonothérapie (Zoladex + Erleada) et radiothérapie de l'hémi-bassin gauche.

Réalisé :
- radiothérapie 20 Gy en 5 fractions sur l'hémi-bassin gauche du 06 au 10/10/2025, bien tolérée ;
- Zoladex 10,8 mg tous les 3 mois et Erleada 240 mg/j depuis avril 2025 ;
- Xgeva 120 mg toutes les 4 semaines débuté en mai 2025, suspendu depuis le 12/01/2026 pour extractions dentaires (reprise à rediscuter avec le stomatologue ; pas d'ostéonécrose à ce jour).

Evolution : le PSA est remonté de 0,9 ng/ml (nadir, 09/2025) à 3,8 ng/ml le 20/02/2026. Le PET-PSMA du 27/02/2026 montre deux nouvelles lésions (T7 et 6e arc costal droit), les lésions du bassin étant en réponse.

Le patient est asymptomatique sur le plan osseux, totalement indolore. Performance status OMS 0, il joue encore au golf deux fois par semaine.

Traitement : Zoladex 10,8 mg sc/3 mois ; Erleada 60 mg 4 cp/j ; Sintrom 4 mg selon INR (cible 2-3, fibrillation auriculaire) ; Steovit D3 (calcium + vitamine D3) 1 cp/j ; Amlor 5 mg.

Question : radiothérapie stéréotaxique (SBRT) des deux lésions oligoprogressives avec maintien de l'hormonothérapie, ou changement de ligne systémique ? Reprise du Xgeva ?

Confraternellement,

Dr O. Dewaele
"""
    L.append(dict(stem="d11", fmt="pdf", text=text, birth="1951-08-17", date="2026-03-09", pdfdate="20260309140000+01'00'",
                  creator="Microsoft Word",
                  evidence=["suspendu depuis le 12/01/2026", "totalement indolore", "OMS 0", "radiothérapie de la loge"],
                  gold=gold("d11", "M", None,
                            ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
                            ("present", ["staging_imaging"], True),
                            ("absent", [], None),
                            ("present", ["L02AE03", "L02BB05", "B01AA07", "A12AX"]),
                            ("present", ["radiotherapy"]),
                            ("absent", []),
                            ("present", ["B01AA07"]),
                            ("unknown", []),
                            ("present", "ecog", 0),
                            ("present", None),
                            birth="1951-08-17", letter_date="2026-03-09")))

    # ------------------------------------------------------------ d12 (spine consult note, conflicting anticoag)
    text = """CONSULTATION NEUROCHIRURGIE - RACHIS
Dr Karim BENSLIMANE - CH intercommunal de la Vallée de l'Orge - 01 69 47 20 86
Date : 20/04/2026

Patiente : Mme Aurélie MASSONNEAU, 49 ans, secrétaire comptable
Adressée par le Dr Faure (pneumo-oncologie)

ATCD :
- ADK pulmonaire LIG stade IV (06/2025), ALK réarrangé (FISH +), EGFR sauvage, PD-L1 10 %. Sous alectinib (Alecensa) depuis 07/2025, réponse partielle.
- TVP surale G 08/2025.
- Père : IDM à 60 ans. Pas d'autre ATCD familial.

HDM : cervicalgies depuis 6 semaines, puis depuis 15 jours névralgie cervico-brachiale C6 gauche à type de décharges électriques. IRM cervicale du 10/04/2026 : lyse du corps de C5 avec tassement de 30 %, atteinte des massifs articulaires G, pas d'épidurite compressive. SINS 13 (instabilité potentielle). C'est la 1ere localisation osseuse connue (TEP de 01/2026 sans fixation osseuse).

Douleur : cervicalgie mécanique (rotation, port de tête), EN 7/10, + NCB C6 G. Pas de réveil nocturne.
Examen : pas de déficit moteur, ROT symétriques, pas de signe médullaire.
OMS 1.

Ttt actuel (ordonnance apportée par la patiente) :
 Alecensa 150 mg 4 gél x2/j
 Lixiana 60 mg 1/j
 Xgeva 120 mg / mois (depuis 11/2025)
 Doliprane 1g x4/j
 Cacit D3 1 sachet/j
 Lamaline si besoin
 Kardégic 75 ? (la patiente ne sait plus si elle le prend toujours)

ATCD chirurgicaux : appendicectomie. Jamais opérée ni irradiée au niveau du rachis ni d'autre site osseux.

Bilan pré-op (fiche infirmière) : Anticoagulant : non. Antiagrégant : ?  Allergies : 0.

Proposition : arthrodèse cervicale postérieure C4-C6 +/- corporectomie C5, puis RT. A discuter en RCP MO avant programmation. Alternative : RT seule + collier rigide.
Question RCP : chir de stabilisation vs RT exclusive (SBRT ?) ; faut-il suspendre l'alectinib en périopératoire et combien de temps ?

Dr K. Benslimane
"""
    L.append(dict(stem="d12", fmt="txt", text=text,
                  evidence=["Anticoagulant : non", "Lixiana 60 mg", "Kardégic 75 ?", "Jamais opérée ni irradiée",
                            "Pas de réveil nocturne"],
                  gold=gold("d12", "F", 49,
                            ("present", "lung", "adenocarcinoma",
                             {"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}),
                            ("present", ["pain"], True),
                            ("present", ["mechanical", "neuropathic"], 7),
                            ("present", ["L01ED03", "B01AF03", "M05BX04", "N02BE01", "A12AX"]),
                            ("absent", []),
                            ("present", ["M05BX04"]),
                            ("conflicting", ["B01AF03"]),
                            ("uncertain", ["B01AC06"]),
                            ("present", "ecog", 1),
                            ("present", None))))

    return L



def main():
    try:
        LETTERS = build_letters()
        for letter in LETTERS:
            check(letter)
        stems = [l["stem"] for l in LETTERS]
        if len(set(stems)) != len(stems):
            fail("duplicate stems")
    except Violation as exc:
        print(f"CONTRACT VIOLATION: {exc}")
        sys.exit(1)
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for letter in LETTERS:
        stem, fmt = letter["stem"], letter["fmt"]
        target = ldir / f"{stem}.{fmt}"
        if fmt == "txt":
            write_txt(target, letter)
        elif fmt == "docx":
            write_docx(target, letter)
        elif fmt == "pdf":
            write_pdf(target, letter)
        else:
            fail(f"format {fmt}")
        (gdir / f"{stem}.json").write_text(
            json.dumps(letter["gold"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(LETTERS)} letters and golds written to {ldir} and {gdir}")


if __name__ == "__main__":
    main()
