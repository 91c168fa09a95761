#!/usr/bin/env python3
"""Blind evaluation corpus 42: twelve referral letters to the RCP « métastases
osseuses » of an invented Paris university hospital group, with their gold
records (format: shared/spec/rcp-request.md, "Evaluation record").

Run from /work/main:  .venv/bin/python tests/corpus42/make_letters.py

Every letter's text and gold live in this file.  Gaps are derived from the
gold values by one function (``derive_gaps``); every gold is checked against
the contract before anything is written ("CONTRACT VIOLATION: ..." and exit 1
on failure).  Output is byte-identical on every run: fixed PDF dates and
producer, fixed DOCX core properties and zip timestamps, no randomness.
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC = Path("/work/shared/spec")
ATC_TSV = SPEC / "atc-reference.tsv"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# --------------------------------------------------------------------------
# contract
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
BIO_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
                 "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def load_atc() -> dict[str, list[str]]:
    """code -> names (dci, inn, brands), lower case."""
    out = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        names = [cols[1], cols[2]] + [b for b in (cols[4] if len(cols) > 4 else "").split(",") if b]
        out[cols[0].strip()] = [n.strip().lower() for n in names if n.strip()]
    return out


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to a gold record (one function, no hand-made gaps)."""
    gaps = []
    for item in GAP_ITEMS:
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
                or (item == "primaryTumor" and not sec["histology"])
                or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
            )
            if incomplete:
                gaps.append([item, "incomplete"])
    return gaps


def age_at(birth: str, on: str) -> int:
    b = dt.datetime.strptime(birth, "%d/%m/%Y").date()
    d = dt.datetime.strptime(on, "%d/%m/%Y").date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def build_gold(lid, sex, age, pt, bd, pain, meds, plt, btt, ac, ap, prog, proj):
    g = {"id": lid, "patient": {"sex": sex, "age": age}}
    g["primaryTumor"] = {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": dict(pt[3])}
    g["boneDiagnosis"] = {"status": bd[0], "circumstances": list(bd[1]), "dated": bd[2]}
    g["pain"] = {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]}
    g["currentMedications"] = {"status": meds[0], "atc": sorted(meds[1])}
    g["priorLocalTreatments"] = {"status": plt[0], "types": sorted(plt[1])}
    for name, v in (("boneTargetedTherapy", btt), ("anticoagulation", ac), ("antiplatelets", ap)):
        g[name] = {"status": v[0], "atc": sorted(v[1])}
    if prog[1] == "kps":
        g["prognosis"] = {"status": prog[0], "kps": prog[2]}
    else:
        g["prognosis"] = {"status": prog[0], "ecog": prog[2]}
    g["therapeuticProject"] = {"status": proj[0], "intent": proj[1]}
    g["gaps"] = derive_gaps(g)
    return g


def fold(s: str) -> str:
    """Lower case without accents, for matching drug names as a secretary types them."""
    import unicodedata
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


class Violation(Exception):
    pass


def check(cond, lid, msg):
    if not cond:
        raise Violation(f"{lid}: {msg}")


def check_gold(L: dict, g: dict, atc: dict, text: str):
    lid = L["id"]
    check(g["id"] == lid, lid, "id differs from stem")
    check(set(g) == {"id", "patient", *STATUSES, "gaps"}, lid, f"unexpected keys {sorted(g)}")
    # patient
    check(g["patient"]["sex"] in ("F", "M"), lid, "sex")
    age = g["patient"]["age"]
    check(isinstance(age, int) and 18 <= age <= 110, lid, "age")
    if L.get("birth"):
        check(age == age_at(L["birth"], L["date"]), lid,
              f"age {age} != {age_at(L['birth'], L['date'])} from birth {L['birth']} at {L['date']}")
        check(L["birth"] in text, lid, "birth date not written in letter")
    if L.get("age_written"):
        check(f"{age} ans" in text, lid, "written age not found in letter")
    check(L.get("birth") or L.get("age_written"), lid, "age has no source in letter")
    check(L["date_text"] in text, lid, "letter date not in letter")
    for item, allowed in STATUSES.items():
        check(g[item]["status"] in allowed, lid, f"{item}.status {g[item]['status']} not allowed")
    # tumour
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        check(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], lid, "unknown tumour with values")
    else:
        check(pt["site"] in SITES, lid, "site code")
    check(pt["histology"] is None or pt["histology"] in HISTOLOGIES, lid, "histology code")
    for k, v in pt["biomarkers"].items():
        check(k in BIOMARKERS and v in BIO_RESULTS, lid, f"biomarker {k}={v}")
    # bone diagnosis
    bd = g["boneDiagnosis"]
    check(all(c in CIRCUMSTANCES for c in bd["circumstances"]), lid, "circumstance code")
    check(isinstance(bd["dated"], bool), lid, "dated must be bool")
    if bd["status"] == "unknown":
        check(not bd["circumstances"] and not bd["dated"], lid, "unknown bone diagnosis with values")
    else:
        check(bd["circumstances"], lid, "present bone diagnosis without circumstance")
    # pain
    p = g["pain"]
    check(all(t in PAIN_TYPES for t in p["types"]), lid, "pain type code")
    check(len(set(p["types"])) == len(p["types"]), lid, "duplicate pain type")
    check(p["intensity"] is None or (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10), lid, "intensity")
    if p["status"] in ("absent", "unknown"):
        check(not p["types"], lid, "pain types on absent/unknown pain")
        check(p["intensity"] in (None, 0), lid, "pain intensity on absent/unknown pain")
    # ATC everywhere
    for name in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        codes = g[name]["atc"]
        check(len(set(codes)) == len(codes), lid, f"duplicate ATC in {name}")
        for c in codes:
            check(c in atc, lid, f"{name}: ATC {c} not in atc-reference.tsv")
    cm = g["currentMedications"]
    if cm["status"] in ("absent", "unknown"):
        check(not cm["atc"], lid, "codes on absent/unknown currentMedications")
    for name, prefixes in AGENT_PREFIX.items():
        sec = g[name]
        for c in sec["atc"]:
            check(c.startswith(prefixes), lid, f"{name}: {c} is not of this section's class")
        if sec["status"] in ("absent", "unknown"):
            check(not sec["atc"], lid, f"{name}: agents on {sec['status']} section")
        if sec["status"] in ("present", "conflicting"):
            for c in sec["atc"]:
                check(c in cm["atc"], lid, f"{name}: affirmed agent {c} missing from currentMedications")
        if sec["status"] == "uncertain":
            for c in sec["atc"]:
                check(c not in cm["atc"], lid, f"{name}: doubtful agent {c} must not be a current medication")
        # reverse: every current drug of this class is in the section
        for c in cm["atc"]:
            if c.startswith(prefixes):
                check(c in sec["atc"] and sec["status"] in ("present", "conflicting"), lid,
                      f"current drug {c} not reflected in {name}")
        if cm["status"] == "absent":
            check(sec["status"] != "present", lid, f"{name} present while no current medication")
    # local treatments
    lt = g["priorLocalTreatments"]
    check(all(t in LOCAL_TYPES for t in lt["types"]), lid, "local treatment type code")
    if lt["status"] == "present":
        check(lt["types"], lid, "present local treatment without type")
    if lt["status"] in ("absent", "unknown"):
        check(not lt["types"], lid, "types on absent/unknown local treatments")
    # prognosis
    pr = g["prognosis"]
    check(not ("ecog" in pr and "kps" in pr), lid, "both ecog and kps")
    if "ecog" in pr and pr["ecog"] is not None:
        check(pr["ecog"] in range(0, 6), lid, "ecog range")
    if "kps" in pr:
        check(pr["kps"] in range(0, 101, 10), lid, "kps range")
    if pr["status"] == "unknown":
        check(pr.get("ecog") is None and pr.get("kps") is None, lid, "PS on unknown prognosis")
    # project
    tp = g["therapeuticProject"]
    check(tp["intent"] is None or tp["intent"] in INTENTS, lid, "intent code")
    if tp["status"] == "unknown":
        check(tp["intent"] is None, lid, "intent on unknown project")
    # gaps
    check(g["gaps"] == derive_gaps(g), lid, "gaps differ from the derived gaps")
    check(all(x[0] != "antiplatelets" for x in g["gaps"]), lid, "antiplatelets gap")
    # evidence: each gold code must be backed by words of the letter
    low = fold(text)
    for ev in L["evidence"]:
        check(ev.lower() in text.lower(), lid, f"evidence {ev!r} not in letter text")
    aliases = L.get("aliases", {})
    names = {c: [fold(n) for n in atc[c]] + [fold(a) for a in aliases.get(c, [])] for c in atc}
    for c in cm["atc"]:
        check(any(n in low for n in names[c]), lid, f"current drug {c} named nowhere in the letter")
    # reverse: every drug of the table the letter names is either current, declared not current,
    # or a doubtful agent of its section
    doubtful = {c for s in ("boneTargetedTherapy", "anticoagulation", "antiplatelets")
                if g[s]["status"] == "uncertain" for c in g[s]["atc"]}
    pairs = sorted(((n, c) for c, ns in names.items() for n in ns), key=lambda p: -len(p[0]))
    rest, named = low, set()
    for n, c in pairs:  # longest names first: "cacit d3" is not "cacit", "dafalgan codeine" not "dafalgan"
        pat = r"(?<![a-z0-9])" + re.escape(n) + r"(?![a-z0-9])"
        if re.search(pat, rest):
            named.add(c)
            rest = re.sub(pat, " # ", rest)
    for c in sorted(named):
        if True:
            check(c in cm["atc"] or c in L.get("not_current", []) or c in doubtful, lid,
                  f"letter names {c} ({atc[c][0]}) but the gold neither lists it as current nor declares it not current")
    for name in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        for c in g[name]["atc"]:
            check(any(n in low for n in names[c]), lid, f"{name} agent {c} named nowhere in the letter")
    for c in L.get("not_current", []):
        check(c in atc and c not in cm["atc"], lid, f"not_current {c} is in currentMedications")
        check(any(n in low for n in names[c]), lid, f"not_current {c} not named in the letter")


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------
PDF_DATE = "D:20250331120000+01'00'"
PRODUCER = "ORBIS DPI - Module Courrier 8.4 (export PDF)"


class Pdf:
    """Minimal text PDF writer: DejaVu Sans embedded as a WinAnsi TrueType font."""

    W, H = 595.28, 841.89

    def __init__(self):
        from PIL import ImageFont
        self.font_bytes = FONT.read_bytes()
        f = ImageFont.truetype(str(FONT), 1000)
        self.widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
                self.widths.append(int(round(f.getlength(ch))))
            except UnicodeDecodeError:
                self.widths.append(0)

    def tw(self, s, size):
        return sum(self.widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000.0

    def wrap(self, text, size, width):
        out = []
        for para in text.split("\n"):
            if not para.strip():
                out.append("")
                continue
            indent = len(para) - len(para.lstrip(" "))
            words = para.split(" ")[indent:] if indent else para.split(" ")
            line = " " * indent
            for w in words:
                cand = (line + " " + w) if line.strip() else (line + w)
                if self.tw(cand, size) <= width or not line.strip():
                    line = cand
                else:
                    out.append(line)
                    line = " " * indent + "  " * bool(indent) + w
            out.append(line)
        return out

    @staticmethod
    def esc(s):
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    def build(self, header, body, footer, size=10.0, lead=13.2, title="Courrier"):
        left, right, top, bottom = 56, 56, 118, 70
        width = self.W - left - right
        lines = self.wrap(body, size, width)
        per_page = int((self.H - top - bottom) // lead)
        pages, cur = [], []
        for ln in lines:
            if ln == "\f":
                pages.append(cur)
                cur = []
                continue
            cur.append(ln)
            if len(cur) >= per_page:
                pages.append(cur)
                cur = []
        if cur:
            pages.append(cur)
        n = len(pages)
        streams = []
        for i, pl in enumerate(pages, 1):
            ops = [b"BT"]
            y = self.H - 40
            for j, h in enumerate(header):
                sz = 11.5 if j == 0 else 8.5
                ops.append(b"/F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm (" % (sz, left, y) + self.esc(h) + b") Tj")
                y -= 13 if j == 0 else 11
            ops.append(b"ET")
            ops.append(b"0.5 w %.2f %.2f m %.2f %.2f l S" % (left, self.H - top + 18, self.W - right, self.H - top + 18))
            ops.append(b"BT")
            y = self.H - top
            for ln in pl:
                if ln:
                    ops.append(b"/F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm (" % (size, left, y) + self.esc(ln) + b") Tj")
                y -= lead
            fy = 48
            for k, fl in enumerate(footer):
                fl = fl.replace("{p}", str(i)).replace("{n}", str(n))
                ops.append(b"/F1 7.5 Tf 1 0 0 1 %.2f %.2f Tm (" % (left, fy - 10 * k) + self.esc(fl) + b") Tj")
            ops.append(b"ET")
            streams.append(b"\n".join(ops))
        objs = {}
        objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
        font_data = zlib.compress(self.font_bytes, 9)
        objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
                   b"/Widths [" + b" ".join(str(w).encode() for w in self.widths) + b"] "
                   b"/FontDescriptor 4 0 R /Encoding /WinAnsiEncoding >>")
        objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                   b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
        objs[5] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(font_data), len(self.font_bytes))
                   + font_data + b"\nendstream")
        objs[6] = (b"<< /Producer (" + self.esc(PRODUCER) + b") /Creator (ORBIS) /Title (" + self.esc(title)
                   + b") /CreationDate (" + PDF_DATE.encode() + b") /ModDate (" + PDF_DATE.encode() + b") >>")
        kids = []
        num = 7
        for s in streams:
            data = zlib.compress(s, 9)
            objs[num] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
                         b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (num + 1))
            objs[num + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
            kids.append(b"%d 0 R" % num)
            num += 2
        objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(kids)
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for k in sorted(objs):
            offsets[k] = out.tell()
            out.write(b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n")
        xref = out.tell()
        total = max(objs) + 1
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % total)
        for k in range(1, total):
            out.write(b"%010d 00000 n \n" % offsets[k])
        out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total, xref))
        return out.getvalue(), n


FIXED_ZIP_TIME = (2025, 3, 31, 12, 0, 0)


def normalise_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(blocks, author) -> bytes:
    """blocks: list of ("h", text) heading, ("p", text) paragraph, ("t", rows) table."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "b":
            para = d.add_paragraph()
            para.add_run(val).bold = True
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    cp = d.core_properties
    fixed = dt.datetime(2025, 3, 1, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = "Courrier RCP"
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


def docx_text(blocks) -> str:
    parts = []
    for kind, val in blocks:
        if kind == "t":
            parts.extend(" | ".join(r) for r in val)
        else:
            parts.append(val)
    return "\n".join(parts)


# --------------------------------------------------------------------------
# letters
# --------------------------------------------------------------------------
SAB_HEADER = [
    "GHU PARIS-EST-SEINE — Hôpital Saint-Ambroise",
    "184, boulevard de Charonne – 75020 Paris – Standard 01 43 72 40 00",
]


def sab_footer(service, patient):
    return [
        f"{service} – {patient}",
        "Document issu du DPI ORBIS – imprimé le {date} – Page {p}/{n}",
    ]


LETTERS = []

# ---------------------------------------------------------------- zp01
LETTERS.append(dict(
    id="zp01", format="pdf", pages=2, date="11/03/2025", date_text="11/03/2025", birth="14/04/1958",
    title="Demande RCP MO - BERTHIER Alain",
    header=SAB_HEADER + ["Service d'Oncologie Thoracique – Pr H. Valadier – Secrétariat : 01 43 72 41 18 – onco.thorax@ghu-pes.fr"],
    footer=[l.replace("{date}", "11/03/2025") for l in sab_footer(
        "Oncologie Thoracique", "BERTHIER Alain, né le 14/04/1958, IPP 4402187")],
    body="""Paris, le 11/03/2025

Objet : demande d'avis – RCP métastases osseuses du 18/03/2025
Patient : M. BERTHIER Alain, né le 14/04/1958 – IPP 4402187
Médecin traitant : Dr F. Gallois, 75020 Paris

SYNTHÈSE (extraite du DPI)
Tumeur primitive : adénocarcinome pulmonaire du lobe inférieur droit, cT3N2M1c (os)
Biologie moléculaire : EGFR muté (exon 21, L858R) ; ALK négatif (IHC) ; ROS1 négatif ; PD-L1 5 %
Traitement oncologique en cours : osimertinib (TAGRISSO) 80 mg/j depuis le 27/01/2025
Allergies : aucune connue
Anticoagulant : Non        Antiagrégant plaquettaire : Non

Cher confrère,

Je vous remercie de discuter en RCP métastases osseuses le dossier de M. Berthier, que je suis pour un adénocarcinome pulmonaire métastatique osseux.

Antécédents : HTA traitée ; dyslipidémie ; ancien tabagisme sevré en 2015 (35 PA) ; appendicectomie. Pas d'antécédent thrombo-embolique.
Antécédents familiaux : mère décédée d'un cancer du sein, traitée par chirurgie et radiothérapie ; père coronarien.
Mode de vie : retraité (conducteur de bus RATP), vit avec son épouse au 3e étage avec ascenseur.

Histoire de la maladie :
Toux persistante depuis novembre 2024 motivant un scanner thoracique (03/01/2025) : masse du LID de 52 mm avec adénopathies médiastinales. Fibroscopie bronchique avec biopsies le 07/01/2025 : adénocarcinome, TTF1+.
Le TEP-TDM de bilan d'extension du 09/01/2025 retrouve deux hyperfixations osseuses lytiques (corps vertébral de L3, aile iliaque droite), sans autre localisation à distance. IRM cérébrale normale.
Mise sous osimertinib le 27/01/2025 après réception de la biologie moléculaire.

Sur le plan osseux, le patient décrit des lombalgies basses apparues mi-janvier, d'horaire mécanique, majorées à la marche et en position debout prolongée, sans réveil nocturne et sans irradiation radiculaire. EN 4/10 ce jour. Examen neurologique normal, pas de trouble sphinctérien.
IRM du rachis (20/02/2025) : lésion lytique du corps vertébral de L3 avec atteinte du mur postérieur, sans épidurite ni compression radiculaire. Score SINS calculé à 9. Pas de tassement.
Bilan biologique du 04/03/2025 : calcémie corrigée 2,41 mmol/L, créatinine 84 µmol/L, Hb 12,9 g/dL, plaquettes 231 G/L.

Aucun traitement local des lésions osseuses n'a été réalisé à ce jour (ni radiothérapie, ni cimentoplastie).

Traitement actuel :
- TAGRISSO 80 mg : 1 cp le matin
- XGEVA 120 mg SC toutes les 4 semaines (1re injection le 13/02/2025 après bilan dentaire)
- CACIT D3 1000 mg/880 UI : 1 sachet/j
- DOLIPRANE 1 g : 1 cp x 3/j
- INEXIUM 20 mg : 1 cp le soir
- AMLOR 5 mg : 1 cp/j
Le tramadol introduit en janvier a été arrêté (nausées, vertiges).
Pas de traitement anticoagulant ni antiagrégant plaquettaire.

État général : OMS 1, poids stable (78 kg), autonome.

Projet : poursuite de l'osimertinib ; premier scanner de réévaluation prévu fin avril 2025.

Question posée à la RCP : indication d'une radiothérapie antalgique de L3 et/ou d'une cimentoplastie compte tenu de l'atteinte du mur postérieur ? Conduite à tenir pour la lésion iliaque, asymptomatique ?

Je reste à votre disposition pour tout renseignement complémentaire.
Bien confraternellement,

Dr Hélène Marchetti
Praticien hospitalier – Oncologie thoracique
Copie : Dr F. Gallois (médecin traitant)""",
    evidence=["EGFR muté", "ALK négatif", "ROS1 négatif", "PD-L1 5 %", "TEP-TDM de bilan d'extension du 09/01/2025",
              "majorées à la marche", "sans réveil nocturne", "EN 4/10", "TAGRISSO 80 mg", "XGEVA 120 mg",
              "ni radiothérapie, ni cimentoplastie", "Pas de traitement anticoagulant ni antiagrégant", "OMS 1",
              "poursuite de l'osimertinib", "Le tramadol introduit en janvier a été arrêté"],
    not_current=["N02AX02"],
    gold=("M", 66,
          ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
          ("present", ["staging_imaging"], True),
          ("present", ["mechanical"], 4),
          ("present", ["L01EB04", "M05BX04", "A12AX", "N02BE01", "A02BC05"]),
          ("absent", []),
          ("present", ["M05BX04"]),
          ("absent", []),
          ("absent", []),
          ("present", "ecog", 1),
          ("present", None)),
))

# ---------------------------------------------------------------- zp02
LETTERS.append(dict(
    id="zp02", format="docx", date="05/03/2025", date_text="5 mars 2025", age_written=True,
    author="Dr Isabelle Carrère",
    blocks=[
        ("b", "GHU Paris Rive Gauche – Hôpital Sainte-Clotilde"),
        ("p", "Centre des Pathologies Mammaires – Dr Isabelle CARRÈRE, oncologue médicale\nTél. secrétariat : 01 58 41 26 73 – Fax : 01 58 41 26 70"),
        ("p", "Paris, le 5 mars 2025"),
        ("p", "À l'attention des membres de la RCP Métastases Osseuses"),
        ("b", "Objet : Mme LEFEUVRE Nathalie, 52 ans – rechute osseuse d'un carcinome lobulaire"),
        ("p", "Chers collègues,"),
        ("p", "Je vous présente Mme Lefeuvre, 52 ans, secrétaire médicale, que je suis depuis 2016."),
        ("h", "Antécédents"),
        ("p", "Carcinome lobulaire infiltrant du sein gauche pT2 N1a (2/14), grade 2, RE 90 %, RP 0 %, HER2 négatif (score 1+), diagnostiqué en mars 2016. "
              "Tumorectomie + curage axillaire, chimiothérapie adjuvante (3 FEC 100 – 3 docétaxel), radiothérapie du sein gauche et des aires ganglionnaires, "
              "puis tamoxifène pendant 5 ans (arrêté en juin 2021). Pas d'autre antécédent notable. G1P2.\n"
              "Famille : mère traitée pour un cancer de l'ovaire à 60 ans ; recherche de mutation BRCA1/2 négative chez la patiente."),
        ("h", "Histoire récente"),
        ("p", "Depuis début décembre 2024, douleurs inguinales droites à l'appui ayant motivé une radiographie puis une IRM du bassin (18/12/2024) : "
              "lésion lytique du toit du cotyle droit de 35 mm. Biopsie scanno-guidée (13/01/2025) : métastase d'un carcinome lobulaire, "
              "profil inchangé (RE 80 %, RP 0 %, HER2 négatif). TEP-TDM : pas d'autre lésion que quelques foyers costaux infracentimétriques ; pas d'atteinte viscérale."),
        ("p", "La douleur est de type mécanique, à la marche et à la montée des escaliers, cotée 6/10 en décembre, actuellement 3/10 sous Topalgic. "
              "Pas de douleur nocturne. Marche sans aide technique sur de courtes distances."),
        ("p", "Elle a reçu une radiothérapie antalgique du cotyle droit, 8 Gy en fraction unique, le 20/01/2025, avec un bon bénéfice."),
        ("h", "Traitement actuel"),
        ("t", [["Médicament", "Posologie", "Depuis"],
               ["KISQALI (ribociclib) 200 mg", "3 cp/j, 21 j sur 28", "03/02/2025"],
               ["Létrozole 2,5 mg", "1 cp/j", "03/02/2025"],
               ["TOPALGIC LP 100 mg", "1 cp matin et soir", "12/2024"],
               ["DOLIPRANE 1 g", "si besoin, max 3/j", "12/2024"],
               ["UVEDOSE 100 000 UI", "1 ampoule / 3 mois", "2022"]]),
        ("p", "Pas de traitement anticoagulant. Un traitement par ZOMETA est prévu après l'avis dentaire (rendez-vous le 17/03)."),
        ("h", "État général et projet"),
        ("p", "OMS 1. Patiente active, en activité à mi-temps thérapeutique. Première ligne métastatique par ribociclib + létrozole débutée le 03/02/2025, bien tolérée (neutropénie grade 2 au C1)."),
        ("h", "Question posée"),
        ("p", "Compte tenu de la lyse du toit du cotyle, faut-il proposer une consolidation (cimentoplastie acétabulaire ou avis orthopédique) ? Peut-on autoriser l'appui complet ?"),
        ("p", "Avec mes remerciements, bien confraternellement.\nDr I. Carrère"),
    ],
    evidence=["Carcinome lobulaire infiltrant", "RE 90 %", "RP 0 %", "HER2 négatif", "douleurs inguinales droites à l'appui",
              "actuellement 3/10", "Pas de douleur nocturne", "8 Gy en fraction unique", "KISQALI", "Pas de traitement anticoagulant",
              "ZOMETA est prévu", "OMS 1", "ribociclib + létrozole débutée", "tamoxifène pendant 5 ans (arrêté en juin 2021)"],
    not_current=["L02BA01", "M05BA08", "L01CD02"],
    gold=("F", 52,
          ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
          ("present", ["pain"], True),
          ("present", ["mechanical"], 3),
          ("present", ["L01EF02", "L02BG04", "N02AX02", "N02BE01", "A11CC05"]),
          ("present", ["radiotherapy"]),
          ("unknown", []),
          ("absent", []),
          ("unknown", []),
          ("present", "ecog", 1),
          ("present", None)),
))

# ---------------------------------------------------------------- zp03
LETTERS.append(dict(
    id="zp03", format="pdf", pages=1, date="18/03/2025", date_text="18/03/2025", age_written=True,
    title="RCP MO - DA SILVA Joaquim",
    header=["GHU PARIS-EST-SEINE — Hôpital Ambroise-Vernet",
            "12, rue du Général-Malleret – 75013 Paris – Standard 01 44 23 90 00",
            "Service d'Urologie – Unité d'Onco-urologie – Dr P.-Y. Kerguelen – Tél. 01 44 23 91 52"],
    footer=["Urologie – DA SILVA Joaquim, 72 ans, IPP 5530981",
            "Document issu du DPI ORBIS – imprimé le 18/03/2025 – Page {p}/{n}"],
    body="""Paris, le 18/03/2025

Demande d'inscription – RCP métastases osseuses
M. DA SILVA Joaquim, 72 ans

Cher confrère,

Je vous adresse M. Da Silva, 72 ans, pour un cancer de prostate métastatique osseux d'emblée.

ATCD : cardiopathie ischémique avec stent actif sur l'IVA (2019) ; diabète de type 2 ; HTA ; dyslipidémie. Pas d'antécédent de radiothérapie prostatique ni de chirurgie pelvienne.

Histoire : PSA à 87 ng/mL en janvier 2025 sur un contrôle demandé par son médecin traitant. Biopsies prostatiques du 29/01/2025 : adénocarcinome prostatique ISUP 4 (Gleason 4+4), 10 carottes positives sur 12. TEP-PSMA de bilan du 10/02/2025 : multiples lésions osseuses (bassin, rachis lombaire, 3 côtes), pas d'atteinte viscérale. Maladie hormono-sensible de haut volume.

Sur le plan osseux le patient est asymptomatique : aucune douleur, pas de trouble neurologique.

Traitement oncologique : ELIGARD 45 mg (1re injection le 14/02/2025) et NUBEQA 300 mg 2 cp matin et soir depuis le 28/02/2025. L'adjonction de docétaxel a été discutée en RCP d'uro-oncologie le 12/03 et n'a pas été retenue (âge, comorbidités).

Traitements habituels : KARDEGIC 75 mg/j, TAHOR 40 mg, TRIATEC 5 mg, GLUCOPHAGE 1000 mg matin et soir, CARDENSIEL 2,5 mg.
Pas d'anticoagulant. Pas de traitement anti-résorptif osseux à ce jour.

PS 0, vit avec son épouse, jardine.

Questions : faut-il introduire un traitement par acide zolédronique ou dénosumab en situation hormono-sensible ? Intérêt d'une radiothérapie de la lésion de l'aile iliaque gauche, la plus volumineuse (4 cm) ?

Bien confraternellement,
Dr Pierre-Yves Kerguelen, urologue""",
    evidence=["PSA à 87 ng/mL", "adénocarcinome prostatique", "TEP-PSMA de bilan du 10/02/2025", "aucune douleur",
              "ELIGARD 45 mg", "NUBEQA", "KARDEGIC 75", "Pas d'anticoagulant", "Pas de traitement anti-résorptif osseux à ce jour", "PS 0",
              "Pas d'antécédent de radiothérapie prostatique"],
    not_current=["L01CD02", "M05BA08", "M05BX04"],
    gold=("M", 72,
          ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
          ("present", ["staging_imaging"], True),
          ("absent", [], None),
          ("present", ["L02AE02", "L02BB06", "B01AC06", "C10AA05", "C09AA05", "A10BA02", "C07AB07"]),
          ("unknown", []),
          ("absent", []),
          ("absent", []),
          ("present", ["B01AC06"]),
          ("present", "ecog", 0),
          ("present", None)),
))

# ---------------------------------------------------------------- zp04
LETTERS.append(dict(
    id="zp04", format="docx", date="07/03/2025", date_text="07/03/2025", age_written=True,
    author="Dr Mathieu Rocheteau",
    blocks=[
        ("b", "Hôpital Saint-Ambroise – Service d'Oncologie Digestive"),
        ("p", "Dr Mathieu ROCHETEAU – Chef de clinique\nHDJ : 01 43 72 44 60 – Courriel : onco.dig@ghu-pes.fr"),
        ("p", "Le 07/03/2025"),
        ("p", "Objet : demande de RCP métastases osseuses – Mme GIRAUDEAU Sylvie, 61 ans"),
        ("p", "Cher(e) collègue,"),
        ("p", "Je sollicite l'avis de la RCP pour Mme Giraudeau, 61 ans, suivie pour un adénocarcinome du haut rectum métastatique."),
        ("h", "Antécédents"),
        ("p", "HTA sous ramipril (TRIATEC 5 mg). Cholécystectomie en 2010. Pas d'antécédent thrombo-embolique avant 2024.\nFamille : père opéré d'un cancer du côlon à 70 ans."),
        ("h", "Histoire oncologique"),
        ("p", "Adénocarcinome du haut rectum diagnostiqué en avril 2023, KRAS muté (G12D), BRAF sauvage, pMMR/MSS. "
              "Radiochimiothérapie néoadjuvante puis résection antérieure du rectum (07/2023), ypT3N1, puis FOLFOX adjuvant (6 mois). "
              "Le scanner TAP de surveillance du 06/01/2025 a montré l'apparition de nodules hépatiques et de lésions lytiques de T7 et T8. "
              "Deuxième ligne par FOLFIRI-bévacizumab depuis le 20/01/2025 (C4 le 03/03/2025), à visée palliative."),
        ("h", "Symptomatologie osseuse"),
        ("p", "Depuis 3 semaines, douleurs dorsales en ceinture, à type de brûlures, irradiant vers l'hémithorax gauche, DN4 à 5/10, avec des réveils nocturnes. "
              "EN 5/10 malgré le traitement. IRM médullaire du 24/02/2025 : épidurite T7 sans compression médullaire. "
              "Pas de déficit moteur, pas de trouble sphinctérien."),
        ("p", "Aucun traitement local osseux n'a été réalisé à ce jour."),
        ("h", "Traitements en cours (hors chimiothérapie)"),
        ("t", [["Traitement", "Posologie"],
               ["SKENAN LP 30 mg", "1 gél. matin et soir"],
               ["ACTISKENAN 10 mg", "interdoses, max 4/j"],
               ["LYRICA 75 mg", "1 gél. x 2/j"],
               ["MOVICOL", "1 sachet/j"],
               ["LOVENOX 6000 UI", "1 inj. SC x 2/j (dose curative)"]]),
        ("p", "Thrombose veineuse sur chambre implantable le 12/12/2024 : ELIQUIS 5 mg x 2 initialement, remplacé le 15/01/2025 par LOVENOX à dose curative (vomissements sous chimiothérapie)."),
        ("h", "Pronostic"),
        ("p", "OMS 2. Perte de 6 kg en 3 mois. Espérance de vie estimée à quelques mois."),
        ("h", "Question"),
        ("p", "Radiothérapie de T7-T8 compte tenu de l'épidurite : radiothérapie stéréotaxique ou conformationnelle ? Faut-il arrêter le bévacizumab avant une irradiation ?"),
        ("p", "Merci pour votre avis.\nDr M. Rocheteau"),
    ],
    evidence=["KRAS muté (G12D)", "BRAF sauvage", "scanner TAP de surveillance du 06/01/2025", "à type de brûlures", "réveils nocturnes",
              "EN 5/10", "Aucun traitement local osseux", "LOVENOX 6000 UI", "remplacé le 15/01/2025 par LOVENOX", "OMS 2", "à visée palliative"],
    not_current=["B01AF02"],
    gold=("F", 61,
          ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
          ("present", ["staging_imaging"], True),
          ("present", ["neuropathic", "nocturnal"], 5),
          ("present", ["N02AA01", "N03AX16", "A06AD65", "B01AB05", "C09AA05"]),
          ("absent", []),
          ("unknown", []),
          ("present", ["B01AB05"]),
          ("unknown", []),
          ("present", "ecog", 2),
          ("present", "palliative")),
))

# ---------------------------------------------------------------- zp05
LETTERS.append(dict(
    id="zp05", format="txt", date="12/03/2025", date_text="12 mars 2025", age_written=True,
    body="""De : Dr Claire MÉNÉTRIER <claire.menetrier@ghu-pes.fr>
À : RCP Métastases Osseuses <rcp.os@ghu-pes.fr>
Cc : Dr Romain Fabre <romain.fabre@ghu-pes.fr>
Date : mer. 12 mars 2025 09:47
Objet : RCP os - M. OUAZZANI Karim (myélome) - lésion humérale droite

Bonjour,

Je souhaiterais présenter à la prochaine RCP M. Ouazzani Karim, 58 ans, suivi dans le service pour un myélome multiple IgG kappa, ISS 2, diagnostiqué en septembre 2024 à l'occasion d'une fracture pathologique (tassement) de L1 survenue après une chute de sa hauteur.
Il a eu une kyphoplastie L1 le 02/10/2024.

Actuellement en induction par Dara-VRd (daratumumab, bortézomib, lénalidomide, dexaméthasone 40 mg/semaine), C5 débuté le 03/03/2025, TBRP après C4. Autogreffe programmée en mai.

Traitements associés :
- Zometa 4 mg IV toutes les 4 semaines depuis octobre 2024
- Kardégic 75 mg/j (prophylaxie thrombotique sous lénalidomide)
- Zelitrex 500 mg x2, Bactrim forte 1 cp lun/mer/ven
- Inexium 20 mg
- Doliprane 1 g si besoin
Pas d'anticoagulant (Kardégic seul).

Douleurs : rachialgies résiduelles modérées, mécaniques, EVA 2/10. Depuis 15 jours, douleur du bras droit à la mobilisation de l'épaule, sans déficit.
Radio + TDM de l'humérus droit (07/03) : lésion lytique métaphyso-diaphysaire proximale, amincissement cortical estimé à 60 %, score de Mirels à 9.

PS 1, autonome, poursuit une activité professionnelle réduite.

Question : ostéosynthèse préventive (enclouage) versus radiothérapie de l'humérus droit, et à quel moment par rapport à l'autogreffe ?

Je peux présenter le dossier moi-même si besoin.
Merci et bonne journée,

Dr Claire Ménétrier
Hématologie clinique – Hôpital Saint-Ambroise
Tél. 01 43 72 45 31 / DECT 45 312
""",
    evidence=["myélome multiple", "fracture pathologique", "septembre 2024", "kyphoplastie L1", "Zometa 4 mg IV toutes les 4 semaines",
              "Kardégic 75 mg/j", "Pas d'anticoagulant", "mécaniques, EVA 2/10", "PS 1", "dexaméthasone 40 mg/semaine", "Autogreffe programmée"],
    gold=("M", 58,
          ("present", "other", "other", {}),
          ("present", ["pathological_fracture"], True),
          ("present", ["mechanical"], 2),
          ("present", ["H02AB02", "M05BA08", "B01AC06", "A02BC05", "N02BE01"]),
          ("present", ["cementoplasty"]),
          ("present", ["M05BA08"]),
          ("absent", []),
          ("present", ["B01AC06"]),
          ("present", "ecog", 1),
          ("present", None)),
))

# ---------------------------------------------------------------- zp06
LETTERS.append(dict(
    id="zp06", format="pdf", pages=2, date="19/03/2025", date_text="19/03/2025", birth="19/03/1957",
    title="CRH Chirurgie du rachis - ROUSSEL Martine",
    header=SAB_HEADER + ["Service de Chirurgie Orthopédique et du Rachis – Pr J.-M. Delorme – Secrétariat : 01 43 72 47 05"],
    footer=[l.replace("{date}", "19/03/2025") for l in sab_footer(
        "Chirurgie du Rachis", "ROUSSEL Martine, née le 19/03/1957, IPP 3307715")],
    body="""Paris, le 19/03/2025

COMPTE RENDU D'HOSPITALISATION – Chirurgie du rachis
Séjour du 02/03/2025 au 14/03/2025
Patiente : Mme ROUSSEL Martine, née le 19/03/1957

Destinataires : RCP métastases osseuses ; Dr A. Perrault (oncologie médicale, Hôpital Saint-Ambroise) ; Dr C. Nguyen (médecin traitant, 75011 Paris)

Chers confrères,

Votre patiente Mme Roussel a été hospitalisée en urgence dans notre service pour une compression médullaire.

Antécédents :
- Carcinome rénal à cellules claires gauche, néphrectomie élargie en 2019 (pT3a N0, ISUP 3). Récidive pulmonaire en 2023 traitée par cabozantinib (CABOMETYX 40 mg/j). Aucune localisation osseuse connue jusqu'à cet épisode.
- Hypothyroïdie sous TKI, substituée.
- Cardiopathie ischémique ancienne ; le KARDEGIC a été arrêté en 2022 par son cardiologue.
- Pas d'allergie connue.

Histoire :
Le 02/03/2025, installation en quelques heures d'une faiblesse des deux membres inférieurs (force 3/5 aux deux membres inférieurs) avec rétention urinaire, précédée de dorsalgies depuis une dizaine de jours. IRM en urgence : lésion lytique de T10 avec épidurite compressive (Bilsky 3), lésion lytique de l'aile iliaque gauche au TDM d'extension.

Prise en charge :
Décompression par laminectomie T9-T11 et ostéosynthèse percutanée T8-T12 le 03/03/2025. Corticothérapie par dexaméthasone débutée à l'admission. Histologie peropératoire : métastase d'un carcinome rénal à cellules claires.

Évolution :
Récupération neurologique partielle : force 4/5, marche avec déambulateur sur 30 mètres, sonde urinaire retirée à J7 avec reprise mictionnelle. Cicatrice propre.
Douleurs dorsales en nette amélioration, EN 2/10, uniquement à la verticalisation et lors des transferts, sans radiculalgie.

Le CABOMETYX est suspendu depuis le 01/03/2025 (chirurgie, cicatrisation) ; sa reprise sera à discuter avec le Dr Perrault.
Il n'y a pas eu de traitement par bisphosphonate ni dénosumab à ce jour.

Traitement de sortie :
- LOVENOX 4000 UI SC 1 fois/j pendant 6 semaines
- OXYNORM 5 mg si douleur, max 6/j
- DOLIPRANE 1 g x 4/j
- DECTANCYL : 8 mg/j jusqu'au 21/03 puis décroissance de 2 mg tous les 3 jours
- INIPOMP 40 mg/j pendant la corticothérapie
- LEVOTHYROX 100 µg/j

Autonomie : indice de Karnofsky 60 %. Retour à domicile avec kinésithérapie et IDE. Transfert en SMR refusé par la patiente.

Suite : une radiothérapie post-opératoire du site T8-T12 est programmée à partir du 31/03/2025 (Dr Lemaître, radiothérapie, Hôpital Saint-Ambroise).

Questions pour la RCP métastases osseuses :
1) conduite à tenir pour la lésion lytique de l'aile iliaque gauche, asymptomatique (radiothérapie ? surveillance ?)
2) intérêt d'un traitement anti-résorptif (dénosumab ou acide zolédronique) ;
3) délai souhaitable avant la reprise du cabozantinib après la chirurgie et la radiothérapie.

Veuillez agréer, chers confrères, l'expression de mes sentiments les meilleurs.

Dr Julien Castagné
Chef de clinique – Chirurgie du rachis
Relu et validé par le Pr J.-M. Delorme""",
    evidence=["carcinome rénal à cellules claires", "épidurite compressive", "force 3/5", "laminectomie T9-T11", "ostéosynthèse percutanée T8-T12",
              "EN 2/10", "sans radiculalgie", "CABOMETYX est suspendu", "pas eu de traitement par bisphosphonate ni dénosumab",
              "LOVENOX 4000 UI", "Karnofsky 60 %", "radiothérapie post-opératoire du site T8-T12 est programmée", "KARDEGIC a été arrêté"],
    not_current=["L01EX07", "B01AC06", "M05BA08", "M05BX04"],
    gold=("F", 68,
          ("present", "kidney", "clear_cell_carcinoma", {}),
          ("present", ["neurological_deficit"], True),
          ("present", ["mechanical"], 2),
          ("present", ["B01AB05", "N02AA05", "N02BE01", "H02AB02", "A02BC02", "H03AA01"]),
          ("present", ["surgery"]),
          ("absent", []),
          ("present", ["B01AB05"]),
          ("absent", []),
          ("present", "kps", 60),
          ("present", None)),
))

# ---------------------------------------------------------------- zp07
LETTERS.append(dict(
    id="zp07", format="docx", date="24/03/2025", date_text="24 mars 2025", age_written=True,
    author="Dr Sophie Lambrecht",
    blocks=[
        ("b", "GHU Paris-Est-Seine – Hôpital Émile-Roux-Belleville"),
        ("p", "Unité de Soins Palliatifs (USP) – 6e étage\nDr Sophie LAMBRECHT – Tél. 01 40 03 27 88"),
        ("p", "Paris, le 24 mars 2025"),
        ("p", "Objet : demande d'avis RCP Métastases Osseuses – M. THÉVENET Roger, 79 ans"),
        ("p", "Chère consœur, cher confrère,"),
        ("p", "M. Thévenet, 79 ans, est hospitalisé dans notre unité depuis le 03/03/2025 pour la prise en charge de douleurs rebelles dans le cadre d'un carcinome urothélial de vessie métastatique."),
        ("h", "Histoire de la maladie"),
        ("p", "Carcinome urothélial infiltrant de vessie (RTUV 2022), cystoprostatectomie avec Bricker en 2022. "
              "Rechute osseuse (sacrum, bassin, rachis) et ganglionnaire découverte en novembre 2024 devant des douleurs sacrées, il y a donc environ 4 mois. "
              "Traité par enfortumab védotin + pembrolizumab de décembre 2024 à février 2025, arrêté pour altération de l'état général et toxicité cutanée. "
              "Hypercalcémie à 3,1 mmol/L en janvier 2025 traitée par hydratation et une perfusion unique de ZOMETA ; pas de traitement anti-résorptif au long cours depuis. "
              "Radiothérapie antalgique du sacrum 20 Gy en 5 fractions du 13 au 17/01/2025, bénéfice partiel et transitoire."),
        ("h", "Douleurs"),
        ("p", "Douleurs sacrées et de la fesse gauche, permanentes, majorées à la mobilisation et lors des transferts, avec réveils nocturnes. "
              "Composante neuropathique : décharges électriques dans le membre inférieur gauche, DN4 6/10. "
              "EN 9/10 à l'entrée, 7/10 ce jour après titration morphinique."),
        ("h", "Traitement actuel"),
        ("p", "DUROGESIC 50 µg/h, 1 patch tous les 3 jours\nABSTRAL 100 µg en interdoses (3 à 4/j)\nLAROXYL 10 gouttes le soir\nSOLUPRED 20 mg le matin\nFORLAX 2 sachets/j\nXANAX 0,25 mg si anxiété\nIMOVANE 7,5 mg au coucher"),
        ("p", "Le PRÉVISCAN (ACFA) a été arrêté le 10/03/2025 devant un INR à 6,2 avec hématurie, et n'a pas été repris après discussion collégiale avec le patient et sa fille (balance bénéfice-risque)."),
        ("h", "Pronostic et projet"),
        ("p", "PPS 30 %. Alité la majeure partie de la journée. Pronostic estimé à quelques semaines. "
              "Le projet est celui de soins de support exclusifs, sans reprise de traitement oncologique spécifique, en accord avec le patient."),
        ("h", "Question à la RCP"),
        ("p", "Une réirradiation du sacrum ou une cimentoplastie sacrée (sacroplastie) à visée antalgique sont-elles envisageables chez ce patient ? Un transport allongé est possible."),
        ("p", "Bien confraternellement,\nDr S. Lambrecht, USP"),
    ],
    evidence=["carcinome urothélial", "devant des douleurs sacrées", "environ 4 mois", "perfusion unique de ZOMETA",
              "pas de traitement anti-résorptif au long cours", "Radiothérapie antalgique du sacrum 20 Gy", "majorées à la mobilisation",
              "réveils nocturnes", "décharges électriques", "7/10 ce jour", "DUROGESIC 50", "PRÉVISCAN (ACFA) a été arrêté", "PPS 30 %",
              "soins de support exclusifs"],
    not_current=["B01AA12", "M05BA08", "L01FF02"],
    gold=("M", 79,
          ("present", "bladder", "other", {}),
          ("present", ["pain"], True),
          ("present", ["mechanical", "nocturnal", "neuropathic"], 7),
          ("present", ["N02AB03", "N06AA09", "H02AB06", "A06AD15", "N05BA12", "N05CF01"]),
          ("present", ["radiotherapy"]),
          ("absent", []),
          ("absent", []),
          ("unknown", []),
          ("present", "ecog", None),
          ("present", "supportive")),
))

# ---------------------------------------------------------------- zp08
LETTERS.append(dict(
    id="zp08", format="txt", crlf=True, date="26/03/2025", date_text="26 mars 2025", age_written=True,
    body="""Dr Bernard QUÉMÉNER
Médecin généraliste - 14 rue des Cordiers, 75013 Paris - Tél 01 45 35 20 68

Paris le 26 mars 2025

Chère Consoeur,

Je vous adresse Mme PRÉVOST Jeannine, 81 ans, pour avis. Elle a été opérée d'un cancer du sein droit en 2012 (tumorectomie + rayons puis hormonothérapie 5 ans) et se plaint depuis 2 mois de douleurs lombaires qui la réveillent la nuit. La scintigraphie osseuse du 18/03 montre plusieurs hyperfixations rachidiennes et costales évocatrices de métastases, probablement de son cancer du sein mais rien n'est prouvé (pas de biopsie, marqueurs en cours).
Elle a pris du Fosamax pendant des années pour son ostéoporose, arrété en 2023.
Traitement actuel : Doliprane 1g x3, Kardegic 75, Levothyrox 50, Cacit D3.

Merci de votre avis. Bien confraternellement.
Dr Quéméner
""",
    evidence=["probablement de son cancer du sein", "depuis 2 mois", "la réveillent la nuit", "scintigraphie osseuse du 18/03",
              "Fosamax", "arrété en 2023", "Kardegic 75"],
    not_current=["M05BA04"],
    gold=("F", 81,
          ("uncertain", "breast", None, {}),
          ("present", ["pain"], True),
          ("present", ["nocturnal"], None),
          ("present", ["N02BE01", "B01AC06", "H03AA01", "A12AX"]),
          ("unknown", []),
          ("absent", []),
          ("unknown", []),
          ("present", ["B01AC06"]),
          ("unknown", "ecog", None),
          ("unknown", None)),
))

# ---------------------------------------------------------------- zp09
LETTERS.append(dict(
    id="zp09", format="docx", date="24/03/2025", date_text="24/03/2025", birth="02/11/1954",
    author="Dr Anne-Sophie Karam",
    blocks=[
        ("p", "Docteur Anne-Sophie KARAM\nMédecine générale – Maison de santé des Lilas-Village\n27 avenue Pasteur, 93260 Les Lilas – Tél. 01 48 46 19 02"),
        ("p", "Les Lilas, le 24/03/2025"),
        ("p", "Service d'Oncologie – RCP Métastases osseuses\nHôpital Saint-Ambroise"),
        ("p", "Objet : M. COLLIN Jean-Pierre, né le 02/11/1954"),
        ("p", "Cher confrère,"),
        ("p", "Je vous adresse M. Collin que je suis pour un adénocarcinome de la prostate diagnostiqué en 2019, traité par radiothérapie prostatique et hormonothérapie de 18 mois, "
              "puis par Décapeptyl en continu depuis la rechute biologique de 2022. Il est suivi par le Dr Hamadi en urologie, actuellement en congé, d'où mon courrier directement à votre RCP."),
        ("p", "Depuis début février il se plaint de douleurs de la hanche gauche à la marche, qui le limitent (périmètre de marche d'environ 300 m), cotées à 6/10. "
              "Le PSA est remonté à 45 ng/ml (12 en octobre 2024). J'ai demandé une scintigraphie devant ces douleurs : celle du 14/03/2025 montre des fixations du cotyle gauche, du col fémoral gauche et de L4."),
        ("p", "Il n'a jamais été opéré ni irradié au niveau des os. Il n'est pas sous anticoagulant et ne prend pas d'aspirine."),
        ("p", "ATCD : HTA, ACFA paroxystique depuis 2021, cataracte opérée. Ancien fumeur. Son frère a eu un cancer du poumon."),
        ("p", "Son traitement :"),
        ("p", "- Décapeptyl LP 11,25 mg tous les 3 mois (dernière injection le 06/01)\n- Eliquis 5 mg matin et soir\n- Cardensiel 2,5 mg le matin\n- Tramadol 50 mg 1 à 3 par jour\n- Doliprane 1 g si besoin"),
        ("p", "Pourriez-vous me dire s'il faut une radiothérapie, un avis orthopédique pour le col du fémur, ou un changement de traitement ?"),
        ("p", "Merci d'avance, bien confraternellement,\nDr A.-S. Karam"),
    ],
    evidence=["adénocarcinome de la prostate", "PSA est remonté à 45 ng/ml", "à la marche", "cotées à 6/10",
              "J'ai demandé une scintigraphie devant ces douleurs", "jamais été opéré ni irradié au niveau des os",
              "Il n'est pas sous anticoagulant", "ne prend pas d'aspirine", "Eliquis 5 mg", "Décapeptyl LP 11,25 mg"],
    not_current=["B01AC06"],
    gold=("M", 70,
          ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
          ("present", ["pain"], True),
          ("present", ["mechanical"], 6),
          ("present", ["L02AE04", "B01AF02", "C07AB07", "N02AX02", "N02BE01"]),
          ("absent", []),
          ("unknown", []),
          ("conflicting", ["B01AF02"]),
          ("absent", []),
          ("unknown", "ecog", None),
          ("present", None)),
))

# ---------------------------------------------------------------- zp10
LETTERS.append(dict(
    id="zp10", format="txt", date="06/03/2025", date_text="6 mars 2025", age_written=True,
    body="""De : Quentin LE GOFF (interne) <quentin.legoff@ghu-pes.fr>
Envoyé : jeudi 6 mars 2025 08:12
À : secretariat.rcp.os@ghu-pes.fr
Objet : TR: Inscription RCP MO - Mme FAURE Hélène (CBPC)

Bonjour,

Pourriez-vous inscrire Mme FAURE Hélène, 62 ans, à la RCP MO du 13/03 svp ?

- CBPC stade étendu dgc 12/2024 (biopsie bronchique : carcinome à petites cellules)
- Mets osseuses découvertes sur le TEP de bilan du 19/12/2024 (côtes, sacrum, T11) + hépatiques
- Ttt : carbo-VP16-atézolizumab depuis le 02/01/2025, C4 faite le 27/02, maintenance atezo prévue ensuite
- Douleur costale D, EVA 3, plutôt inflammatoire avec réveils nocturnes, pas de composante neuropathique
- Xarelto 20 mg/j pour EP bilat du 28/12/2024
- Xgeva débuté le 30/01, mensuel (bilan dentaire OK)
- Autres : Dafalgan codéiné 2 cp x3/j, Mopral 20
- Pas de RT antérieure
- PS 1

Question : RT de T11 (lésion avec début d'épidurite, sans signe neuro, IRM du 25/02) avant la maintenance ?

Merci !
Quentin Le Goff
Interne HDJ Oncologie thoracique - poste 41 482

-----Message d'origine-----
De : Dr Yann MORVAN
Envoyé : lundi 3 mars 2025 18:40
À : Quentin LE GOFF
Objet : Inscription RCP MO - Mme FAURE

> Quentin, peux-tu inscrire Mme Faure à la RCP os de la semaine prochaine ?
> Lésion T11 avec épidurite débutante, je voudrais un avis RT avant la maintenance.
> Attention elle est sous Xarelto, à signaler si geste.
> Yann
""",
    aliases={"L01CB01": ["VP16"], "L01XA02": ["carbo-VP16"]},
    evidence=["carcinome à petites cellules", "TEP de bilan du 19/12/2024", "plutôt inflammatoire avec réveils nocturnes",
              "pas de composante neuropathique", "EVA 3", "Xarelto 20 mg/j", "Xgeva débuté le 30/01", "Dafalgan codéiné",
              "Pas de RT antérieure", "PS 1", "carbo-VP16-atézolizumab"],
    gold=("F", 62,
          ("present", "lung", "small_cell_carcinoma", {}),
          ("present", ["staging_imaging"], True),
          ("present", ["inflammatory", "nocturnal"], 3),
          ("present", ["L01XA02", "L01CB01", "L01FF05", "B01AF01", "M05BX04", "N02AJ06", "A02BC01"]),
          ("absent", []),
          ("present", ["M05BX04"]),
          ("present", ["B01AF01"]),
          ("unknown", []),
          ("present", "ecog", 1),
          ("present", None)),
))

# ---------------------------------------------------------------- zp11
LETTERS.append(dict(
    id="zp11", format="pdf", pages=2, date="14/03/2025", date_text="14/03/2025", birth="08/07/1979", age_written=True,
    title="RCP MO - N'DIAYE Aminata",
    header=["GHU PARIS RIVE GAUCHE — Hôpital Sainte-Clotilde",
            "20, rue Leblanc – 75015 Paris – Standard 01 58 41 20 00",
            "Centre des Pathologies Mammaires – Oncologie médicale – Secrétariat : 01 58 41 26 73"],
    footer=["Sein – N'DIAYE Aminata, née le 08/07/1979, IPP 6120448",
            "Document issu du DPI – édité le 14/03/2025 – Page {p}/{n} – Confidentiel, secret médical"],
    body="""Paris, le 14/03/2025

Objet : nouvelle présentation en RCP métastases osseuses
Mme N'DIAYE Aminata, 45 ans, née le 08/07/1979

Chers collègues,

Je vous représente le dossier de Mme N'Diaye, 45 ans, déjà discutée dans votre RCP le 10/12/2024.

Rappel :
Carcinome canalaire infiltrant (NST) du sein droit, grade 3, RE 0 %, RP 0 %, HER2 3+, Ki67 40 %, diagnostiqué en mai 2024 (cT2N1).
Le TEP-TDM de bilan d'extension initial du 22/05/2024 a montré une lésion osseuse unique de T12, biopsiée : métastase du carcinome mammaire, HER2 3+. Pas d'autre site métastatique.
Traitement : 6 cycles de docétaxel-trastuzumab-pertuzumab de juin à octobre 2024, puis entretien par trastuzumab (HERCEPTIN) et pertuzumab (PERJETA) IV toutes les 3 semaines, en cours (dernière cure le 07/03/2025). Excellente réponse métabolique mammaire et osseuse.

Conclusion de la RCP métastases osseuses du 10/12/2024 (copie) :
« Patiente de 45 ans, cancer du sein HER2+ oligométastatique osseux (T12), excellente réponse métabolique. Proposition : radiothérapie stéréotaxique de T12 (27 Gy en 3 fractions) ; introduction d'un traitement anti-résorptif par dénosumab après bilan bucco-dentaire ; pas d'indication chirurgicale. Réévaluation par TEP-TDM à 3 mois. »

Depuis :
- La radiothérapie stéréotaxique de T12 a été réalisée du 06/01 au 10/01/2025 (27 Gy en 3 fractions), bien tolérée.
- En revanche le dénosumab n'a pas été débuté : extractions dentaires multiples en cours, avis du stomatologue défavorable pour l'instant.
- TEP-TDM du 04/03/2025 : réponse métabolique complète en T12 et au niveau mammaire ; apparition d'une hyperfixation isolée du col fémoral gauche (SUVmax 7,2), lytique sur le TDM, avec respect de la corticale interne.

Cliniquement, la patiente ne décrit aucune douleur, en particulier pas de douleur inguinale à la marche. Examen normal.

Antécédents familiaux : sœur traitée à 41 ans pour un cancer du sein (mastectomie et radiothérapie) ; recherche BRCA en cours chez notre patiente.
Antécédents personnels : drépanocytose hétérozygote AS, sans complication.

Traitement en cours : HERCEPTIN et PERJETA toutes les 3 semaines. Aucun autre traitement au long cours. Pas d'anticoagulant, pas d'antiagrégant plaquettaire.
ECOG 0, activité professionnelle maintenue (professeure des écoles).

Projet : poursuite du double blocage anti-HER2, dans une optique toujours curative (maladie oligométastatique) ; chirurgie mammaire à discuter en RCP sénologie.

Questions :
1) radiothérapie stéréotaxique de la lésion du col fémoral gauche ou chirurgie préventive (score de Mirels à 7) ?
2) quel traitement anti-résorptif, et quand, compte tenu du contexte dentaire ?

Bien confraternellement,

Dr Louise Arnaud-Sembène
Oncologue médicale – Centre des Pathologies Mammaires""",
    evidence=["Carcinome canalaire infiltrant (NST)", "RE 0 %", "RP 0 %", "HER2 3+", "TEP-TDM de bilan d'extension initial du 22/05/2024",
              "a été réalisée du 06/01 au 10/01/2025", "le dénosumab n'a pas été débuté", "ne décrit aucune douleur",
              "Pas d'anticoagulant, pas d'antiagrégant", "ECOG 0", "optique toujours curative", "HERCEPTIN et PERJETA toutes les 3 semaines"],
    not_current=["L01CD02", "M05BX04"],
    gold=("F", 45,
          ("present", "breast", "invasive_ductal_carcinoma", {"ER": "negative", "PR": "negative", "HER2": "positive"}),
          ("present", ["staging_imaging"], True),
          ("absent", [], None),
          ("present", ["L01FD01", "L01FD02"]),
          ("present", ["radiotherapy"]),
          ("absent", []),
          ("absent", []),
          ("absent", []),
          ("present", "ecog", 0),
          ("present", "curative")),
))

# ---------------------------------------------------------------- zp12
LETTERS.append(dict(
    id="zp12", format="pdf", pages=1, date="27/03/2025", date_text="27/03/2025", birth="30/05/1950",
    title="RCP MO - LAMBERT Georges",
    header=SAB_HEADER + ["Service d'Oncologie Médicale – Uro-oncologie – Dr A. Perrault – Tél. 01 43 72 42 20"],
    footer=[l.replace("{date}", "27/03/2025") for l in sab_footer(
        "Oncologie Médicale", "LAMBERT Georges, né le 30/05/1950, IPP 2209874")],
    body="""SYNTHÈSE DU DOSSIER (DPI)
Diagnostic principal : carcinome rénal à cellules claires droit, métastatique (C64)
Date du diagnostic : 09/2021
Traitement en cours : nivolumab + cabozantinib (depuis 06/2024)
Score IMDC : intermédiaire
Anticoagulant : non renseigné
Allergies : pénicilline

Paris, le 27/03/2025

Cher confrère,

Je souhaite présenter à la RCP métastases osseuses M. Lambert Georges, né le 30/05/1950, suivi pour un carcinome rénal à cellules claires droit (néphrectomie en 2021, pT3a, ISUP 3), en rechute pulmonaire et osseuse depuis juin 2024.
La lésion osseuse initiale (aile iliaque droite) a été découverte fortuitement sur un scanner abdominal réalisé aux urgences pour une colique néphrétique gauche le 11/06/2024.
Il est traité par nivolumab (OPDIVO 480 mg toutes les 4 semaines) et cabozantinib (CABOMETYX 40 mg/j) depuis le 28/06/2024, à visée palliative. Bonne tolérance hormis un syndrome main-pied de grade 1.
La lésion iliaque droite a été traitée par radiofréquence percutanée le 17/12/2024 pour une progression locale isolée.
Il reçoit par ailleurs du PROLIA 60 mg tous les 6 mois depuis 2022 pour une ostéoporose fracturaire (prescrit par son rhumatologue).
Concernant l'anticoagulation : il serait sous PRÉVISCAN pour une phlébite ancienne, à vérifier auprès de son cardiologue (ordonnance non disponible ce jour).
Autres traitements : TRIATEC 2,5 mg, LASILIX 40 mg, TAHOR 20 mg.
OMS 1.

Le TDM de réévaluation du 10/03/2025 montre une stabilité pulmonaire mais une nouvelle lésion lytique de la diaphyse humérale gauche (25 mm, corticale amincie).

Questions : prise en charge de la lésion humérale gauche (radiothérapie ? ablation ? avis orthopédique) ; faut-il poursuivre le Prolia ou passer au Xgeva à dose oncologique ?

Bien à vous,
Dr Antoine Perrault, oncologue médical""",
    evidence=["carcinome rénal à cellules claires", "découverte fortuitement sur un scanner abdominal", "11/06/2024",
              "OPDIVO 480 mg", "CABOMETYX 40 mg/j", "à visée palliative", "radiofréquence percutanée le 17/12/2024",
              "PROLIA 60 mg tous les 6 mois", "il serait sous PRÉVISCAN", "à vérifier", "OMS 1", "Anticoagulant : non renseigné"],
    gold=("M", 74,
          ("present", "kidney", "clear_cell_carcinoma", {}),
          ("present", ["incidental_imaging"], True),
          ("unknown", [], None),
          ("present", ["L01FF01", "L01EX07", "M05BX04", "C09AA05", "C03CA01", "C10AA05"]),
          ("present", ["ablation"]),
          ("present", ["M05BX04"]),
          ("uncertain", ["B01AA12"]),
          ("unknown", []),
          ("present", "ecog", 1),
          ("present", "palliative")),
))


def main() -> int:
    atc = load_atc()
    pdf = Pdf()
    outputs = {}
    golds = {}
    try:
        for L in LETTERS:
            lid = L["id"]
            fmt = L["format"]
            if fmt == "pdf":
                text = "\n".join(L["header"]) + "\n" + L["body"] + "\n" + "\n".join(L["footer"])
                data, npages = pdf.build(L["header"], L["body"], L["footer"], title=L.get("title", "Courrier"))
                check(npages == L["pages"], lid, f"PDF has {npages} pages, expected {L['pages']}")
                from pypdf import PdfReader
                extracted = "\n".join(pg.extract_text() for pg in PdfReader(io.BytesIO(data)).pages)
                norm = lambda s: re.sub(r"\s+", " ", s).lower()  # noqa: E731
                for ev in L["evidence"]:
                    check(norm(ev) in norm(extracted), lid, f"evidence {ev!r} lost in PDF text layer")
                ext = "pdf"
            elif fmt == "docx":
                text = docx_text(L["blocks"])
                data = make_docx(L["blocks"], L["author"])
                ext = "docx"
            else:
                text = L["body"]
                enc = L.get("encoding", "utf-8")
                body = text.replace("\n", "\r\n") if L.get("crlf") else text
                data = body.encode(enc)
                ext = "txt"
            g = build_gold(lid, *L["gold"])
            check_gold(L, g, atc, text)
            outputs[f"letters/{lid}.{ext}"] = data
            golds[f"gold/{lid}.json"] = (json.dumps(g, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        ids = [L["id"] for L in LETTERS]
        if len(set(ids)) != len(ids):
            raise Violation("duplicate letter id")
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    for sub in ("letters", "gold"):
        (HERE / sub).mkdir(exist_ok=True)
        for old in (HERE / sub).iterdir():
            old.unlink()
    for rel, data in {**outputs, **golds}.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {len(outputs)} letters and {len(golds)} gold records to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
