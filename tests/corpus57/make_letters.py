#!/usr/bin/env python3
"""Blind held-out corpus 57: 12 referral letters to the RCP « métastases osseuses »
of a (fictitious) Montpellier hospital, with their gold records.

Run from /work/main:  /work/main/.venv/bin/python tests/corpus57/make_letters.py

Everything (letters and gold) is in this file.  Gold gaps are derived by
derive_gaps() from the spec's gap rule; check_gold() checks every gold record
against the contract and exits with "CONTRACT VIOLATION: ..." on failure.
Output is byte-identical on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC_ATC = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# --------------------------------------------------------------------------
# contract
# --------------------------------------------------------------------------
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
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
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def load_atc():
    rows = {}
    lines = SPEC_ATC.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        code, dci, inn = parts[0].strip(), parts[1].strip(), parts[2].strip()
        brands = [b.strip() for b in (parts[4] if len(parts) > 4 else "").split(",") if b.strip()]
        rows[code] = [dci, inn] + brands
    return rows


ATC = load_atc()


def derive_gaps(g: dict) -> list:
    """The spec's gap rule, applied to a gold record (one function for all letters)."""
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


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def violation(lid, msg):
    print(f"CONTRACT VIOLATION: {lid}: {msg}")
    sys.exit(1)


def check_gold(L: dict, g: dict, text: str):
    lid = L["id"]
    ft = fold(text)
    if g["id"] != lid:
        violation(lid, "id differs from stem")
    # patient
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        violation(lid, "sex")
    if L.get("birth"):
        b = dt.date.fromisoformat(L["birth"])
        d = dt.date.fromisoformat(L["date"])
        if p["age"] != age_at(b, d):
            violation(lid, f"age {p['age']} != computed {age_at(b, d)}")
        if b.strftime("%d/%m/%Y") not in text:
            violation(lid, "birth date not written in the letter")
    else:
        if f"{p['age']} ans" not in text:
            violation(lid, "age neither from birth date nor written")
    for item, allowed in ALLOWED_STATUS.items():
        if g[item]["status"] not in allowed:
            violation(lid, f"{item}.status {g[item]['status']} not allowed")
    pt = g["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        violation(lid, "site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        violation(lid, "histology code")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            violation(lid, f"biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        violation(lid, "unknown primary tumour with values")
    bd = g["boneDiagnosis"]
    if any(c not in CIRCUMSTANCES for c in bd["circumstances"]):
        violation(lid, "circumstance code")
    if bd["status"] == "present" and not bd["circumstances"]:
        violation(lid, "bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        violation(lid, "unknown bone diagnosis with values")
    pa = g["pain"]
    if any(t not in PAIN_TYPES for t in pa["types"]):
        violation(lid, "pain type code")
    if pa["intensity"] is not None and (not isinstance(pa["intensity"], int) or not 0 <= pa["intensity"] <= 10):
        violation(lid, "pain intensity")
    if pa["status"] not in ("present", "conflicting") and (pa["types"] or pa["intensity"] not in (None, 0)):
        violation(lid, "pain types/intensity while pain not present")
    if pa["intensity"] is not None and f"{pa['intensity']}/10" not in text:
        violation(lid, "pain intensity not written as N/10")
    cm = g["currentMedications"]
    if cm["atc"] != sorted(set(cm["atc"])):
        violation(lid, "currentMedications.atc not sorted/unique")
    for c in cm["atc"]:
        if c not in ATC:
            violation(lid, f"ATC {c} not in atc-reference.tsv")
        if not any(fold(n) in ft for n in ATC[c]):
            violation(lid, f"ATC {c} ({ATC[c][0]}) named nowhere in the letter")
    if cm["status"] != "present" and cm["atc"]:
        violation(lid, "medications listed while status not present")
    if cm["status"] == "present" and not cm["atc"]:
        violation(lid, "present medications with no ATC (check)")
    pl = g["priorLocalTreatments"]
    if any(t not in LOCAL_TYPES for t in pl["types"]):
        violation(lid, "local treatment type")
    if (pl["status"] == "present") != bool(pl["types"]):
        violation(lid, "prior local treatment types vs status")
    for sec, prefixes in AGENT_PREFIX.items():
        s = g[sec]
        for c in s["atc"]:
            if c not in ATC:
                violation(lid, f"{sec} ATC {c} not in reference")
            if not c.startswith(prefixes):
                violation(lid, f"{sec} ATC {c} outside its class")
            if not any(fold(n) in ft for n in ATC[c]):
                violation(lid, f"{sec} ATC {c} named nowhere")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            violation(lid, f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                if c not in cm["atc"]:
                    violation(lid, f"{sec} agent {c} missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                if c in cm["atc"]:
                    violation(lid, f"{sec} doubtful agent {c} must not be a current medication")
        if s["status"] == "conflicting" and not s["atc"]:
            pass
    # every current drug of an agent class must be in its section
    for c in cm["atc"]:
        for sec, prefixes in AGENT_PREFIX.items():
            if c.startswith(prefixes) and c not in g[sec]["atc"]:
                violation(lid, f"current {c} not in {sec}")
    if cm["status"] == "absent":
        for sec in AGENT_PREFIX:
            if g[sec]["status"] in ("present", "conflicting") and g[sec]["atc"]:
                violation(lid, f"no medication but {sec} present")
    pr = g["prognosis"]
    if pr.get("ecog") is not None and pr.get("kps") is not None:
        violation(lid, "both ecog and kps")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 6):
        violation(lid, "ecog range")
    if pr.get("kps") is not None and (pr["kps"] not in range(0, 101, 10)):
        violation(lid, "kps range")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        violation(lid, "unknown prognosis with value")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        violation(lid, "intent code")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        violation(lid, "unknown project with intent")
    if g["gaps"] != derive_gaps(g):
        violation(lid, "gaps differ from the rule")
    for forbidden in L.get("must_not_contain", []):
        if forbidden in text:
            violation(lid, f"letter contains {forbidden!r}")
    for needed in L.get("must_contain", []):
        if needed not in text:
            violation(lid, f"letter lacks evidence {needed!r}")


def build_gold(L: dict) -> dict:
    g = L["gold"]
    out = {"id": L["id"], "patient": g["patient"]}
    pt = {"status": "present", "site": None, "histology": None, "biomarkers": {}}
    pt.update(g.get("primaryTumor", {}))
    out["primaryTumor"] = pt
    bd = {"status": "present", "circumstances": [], "dated": True}
    bd.update(g.get("boneDiagnosis", {}))
    out["boneDiagnosis"] = bd
    pa = {"status": "unknown", "types": [], "intensity": None}
    pa.update(g.get("pain", {}))
    pa["types"] = sorted(pa["types"])
    out["pain"] = pa
    cm = {"status": "present", "atc": []}
    cm.update(g.get("currentMedications", {}))
    cm["atc"] = sorted(cm["atc"])
    out["currentMedications"] = cm
    pl = {"status": "unknown", "types": []}
    pl.update(g.get("priorLocalTreatments", {}))
    pl["types"] = sorted(pl["types"])
    out["priorLocalTreatments"] = pl
    for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        s = {"status": "unknown", "atc": []}
        s.update(g.get(sec, {}))
        s["atc"] = sorted(s["atc"])
        out[sec] = s
    pr = {"status": "present", "ecog": None}
    pr.update(g.get("prognosis", {}))
    out["prognosis"] = pr
    tp = {"status": "present", "intent": None}
    tp.update(g.get("therapeuticProject", {}))
    out["therapeuticProject"] = tp
    out["gaps"] = derive_gaps(out)
    return out


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------
def write_txt(path: Path, text: str, encoding="utf-8", crlf=False):
    data = text.replace("\n", "\r\n") if crlf else text
    path.write_bytes(data.encode(encoding))


FIXED_DT = dt.datetime(2025, 3, 31, 9, 0, 0)


def write_docx(path: Path, text: str, author: str):
    """Markup: '# ' heading, '| a | b |' table rows (consecutive), '**x**' whole bold line."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("# "):
            d.add_heading(line[2:], level=2)
        elif line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
            continue
        elif line.startswith("**") and line.endswith("**"):
            para = d.add_paragraph()
            para.add_run(line[2:-2]).bold = True
        else:
            d.add_paragraph(line)
        i += 1
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = "Demande RCP métastases osseuses"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 31, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    path.write_bytes(out.getvalue())


def docx_plain(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if line.startswith("# "):
            line = line[2:]
        elif line.startswith("**") and line.endswith("**"):
            line = line[2:-2]
        elif line.startswith("|"):
            line = "  ".join(c.strip() for c in line.strip().strip("|").split("|"))
        out.append(line)
    return "\n".join(out)


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
                w[code] = 0
                continue
            w[code] = int(round(f.getlength(ch)))
        _WIDTHS = w
    return _WIDTHS


def wrap(line: str, size: float, maxw: float) -> list:
    W = widths()

    def tw(s):
        return sum(W[b] for b in s.encode("cp1252")) * size / 1000.0
    if tw(line) <= maxw:
        return [line]
    indent = len(line) - len(line.lstrip(" "))
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if tw(cand) <= maxw or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = " " * indent + w
    out.append(cur)
    return out


def pdf_escape(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path: Path, text: str, title: str):
    size, lead = 10.0, 13.0
    left, top, bottom, width = 56.0, 800.0, 56.0, 483.0
    lines = []
    for raw in text.split("\n"):
        lines.extend(wrap(raw, size, width) if raw.strip() else [""])
    per_page = int((top - bottom) / lead)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = []  # index = obj number - 1

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)
    font_bytes = FONT.read_bytes()
    ff = add(b"<< /Length %d /Length1 %d >>\nstream\n" % (len(font_bytes), len(font_bytes)) + font_bytes + b"\nendstream")
    W = widths()
    wlist = b" ".join(str(W[c]).encode() for c in range(32, 256))
    fd = add(b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
             b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff)
    font = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + wlist + b"] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % fd)
    pages_num = len(objs) + 1 + 2 * len(pages)  # placeholder computed below
    page_ids = []
    content_ids = []
    for pi, pl in enumerate(pages):
        parts = [b"BT /F1 %.1f Tf %.1f TL %.1f %.1f Td" % (size, lead, left, top)]
        for ln in pl:
            parts.append(b"(" + pdf_escape(ln) + b") '")
        parts.append(b"ET")
        footer = f"Page {pi + 1}/{len(pages)}"
        parts.append(b"BT /F1 8 Tf 500 30 Td (" + pdf_escape(footer) + b") Tj ET")
        stream = b"\n".join(parts)
        content_ids.append(add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"))
    pages_num = len(objs) + len(pages) + 1
    for cid in content_ids:
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (pages_num, font, cid)))
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    assert add(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_ids)) == pages_num
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_num)
    info = add(b"<< /Title (" + pdf_escape(title) + b") /Producer (corpus57 make_letters.py) "
               b"/Creator (corpus57) /CreationDate (D:20250331090000+02'00') /ModDate (D:20250331090000+02'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, ob in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + ob + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<c057c057c057c057c057c057c057c057> <c057c057c057c057c057c057c057c057>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, xref)
    path.write_bytes(bytes(out))


# --------------------------------------------------------------------------
# letters
# --------------------------------------------------------------------------
LETTERS = [
# ---------------------------------------------------------------- zze01
{"id": "zze01", "fmt": "pdf", "author": "Dr H. Vidalenc", "date": "2025-03-12", "birth": "1958-09-14",
 "text": """
INSTITUT D'ONCOLOGIE LEZ-GARRIGUE
Service d'oncologie médicale - 12 rue des Micocouliers - 34090 Montpellier
Secrétariat : 04 67 90 12 38 - Fax : 04 67 90 12 39

Montpellier, le 12 mars 2025

Dr Hélène VIDALENC, oncologie médicale
à l'attention du Dr Bastide-Roumanille, coordination RCP Métastases osseuses

Objet : Mme Josiane FABREGUETTE, née le 14/09/1958 - demande d'avis RCP Métastases osseuses

Cher confrère,

Je vous adresse Mme Fabreguette, que je suis pour un carcinome canalaire infiltrant du sein gauche, pour discussion de son dossier à la prochaine RCP MO.

HISTOIRE ONCOLOGIQUE
- 06/2019 : tumorectomie gauche + ganglion sentinelle. CCI (NST) grade II, pT1cN0, RE 90 %, RP 60 %, HER2 score 0. Radiothérapie mammaire 50 Gy + boost, puis hormonothérapie adjuvante par létrozole (Femara).
- 03/2024 : élévation du CA 15-3 sur le bilan de surveillance, TEP-TDM (CR ci-dessous) : atteinte osseuse secondaire. Biopsie de la lésion iliaque droite : localisation secondaire du carcinome mammaire (CR ci-dessous).
- Arrêt du létrozole (rechute sous IA). Première ligne métastatique par fulvestrant + palbociclib depuis le 15/04/2024, dénosumab (Xgeva) mensuel depuis mai 2024 après bilan dentaire.
- 06/2024 : radiothérapie antalgique de T10, 8 Gy en 1 fraction (Dr Castanier), avec bonne efficacité.

---------- copie du CR ----------
TEP-TDM au 18F-FDG du 21/03/2024 - Médecine nucléaire
Indication : surveillance d'un cancer du sein traité en 2019, élévation du CA 15-3.
Résultats : foyers hypermétaboliques osseux de T10 (SUVmax 7,8), de l'aile iliaque droite (SUVmax 6,1) et de l'arc antérieur de la 7e côte gauche. Pas de fixation ganglionnaire ni viscérale suspecte. Lit de tumorectomie sans anomalie.
Conclusion : atteinte osseuse secondaire probable, 3 sites. Pas d'atteinte viscérale.
---------------------------------

---------- copie du CR anatomopathologique ----------
Biopsie osseuse iliaque droite sous scanner du 02/04/2024
Macroscopie : 2 carottes de 12 et 9 mm, décalcifiées.
Microscopie : infiltration ostéo-médullaire par une prolifération carcinomateuse d'architecture trabéculaire et en petits massifs. Profil CK7 +, GATA3 +, CK20 -.
Immunohistochimie : récepteurs aux oestrogènes positifs (80 %, intensité forte), récepteurs à la progestérone positifs (30 %), HER2 score 0.
Conclusion : localisation osseuse d'un carcinome d'origine mammaire, de type canalaire, profil luminal.
------------------------------------------------------

Conclusion de la RCP Sein du 11/04/2024 (pour mémoire) : « Proposition de fulvestrant + palbociclib. Xgeva après avis dentaire. Radiothérapie antalgique de T10 si douleurs. TEP d'évaluation à 3 mois. »

SITUATION ACTUELLE
La TEP de février 2025 montre une réponse partielle sur T10 et sur la côte mais une majoration de la lésion iliaque droite (SUVmax 9,2) avec lyse corticale du toit du cotyle. Depuis janvier, Mme Fabreguette décrit une douleur de la hanche droite à l'appui et à la marche, cotée à 5/10 ce jour. Pas de réveils nocturnes. Les lombalgies en regard de T10 ont disparu depuis la radiothérapie.
Etat général conservé, OMS 1, poids stable (61 kg). Bilan biologique : calcémie normale, fonction rénale normale.

Traitement actuel :
- Faslodex 500 mg IM toutes les 4 semaines
- Ibrance 125 mg/j 21 jours sur 28
- Xgeva 120 mg SC toutes les 4 semaines
- Doliprane 1 g x 3/j
- Cacit D3 1 sachet/j
- Levothyrox 75 µg le matin
Pas d'anticoagulant.

Antécédents : hypothyroïdie, cholécystectomie 2010. Mère décédée d'un cancer de l'ovaire.

QUESTIONS POSÉES A LA RCP
Indication d'une radiothérapie et/ou d'une cimentoplastie du cotyle droit ? Avis chirurgical sur le risque fracturaire ? Je propose de poursuivre le traitement systémique en place, dans cette situation palliative.

Bien confraternellement,

Dr H. Vidalenc
""",
 "must_contain": ["à l'appui", "Pas de réveils nocturnes", "Pas d'anticoagulant", "OMS 1"],
 "gold": {
    "patient": {"sex": "F", "age": 66},
    "primaryTumor": {"site": "breast", "histology": "invasive_ductal_carcinoma",
                     "biomarkers": {"ER": "positive", "PR": "positive", "HER2": "negative"}},
    "boneDiagnosis": {"circumstances": ["staging_imaging"], "dated": True},
    "pain": {"status": "present", "types": ["mechanical"], "intensity": 5},
    "currentMedications": {"atc": ["L02BA03", "L01EF01", "M05BX04", "N02BE01", "A12AX", "H03AA01"]},
    "priorLocalTreatments": {"status": "present", "types": ["radiotherapy"]},
    "boneTargetedTherapy": {"status": "present", "atc": ["M05BX04"]},
    "anticoagulation": {"status": "absent"},
    "antiplatelets": {"status": "unknown"},
    "prognosis": {"ecog": 1},
    "therapeuticProject": {"intent": "palliative"},
 }},
# ---------------------------------------------------------------- zze02
{"id": "zze02", "fmt": "docx", "author": "Dr M. Roucayrol", "date": "2025-03-05",
 "text": """
**Clinique Saint-Clément-des-Oliviers – Service de Pneumologie et Oncologie thoracique**
Dr Matthieu ROUCAYROL – 04 67 41 77 20 – secretariat.pneumo@scdo-montpellier.fr
Montpellier, le 05/03/2025
À l'attention de la RCP Métastases osseuses
# Objet : M. Gérard ESTÈVE, 63 ans – adénocarcinome pulmonaire LSD stade IV osseux
Cher(e)s collègues,
Je vous remercie de discuter en RCP le dossier de M. Estève, 63 ans, retraité (ancien carreleur), que je prends en charge pour un adénocarcinome bronchique du lobe supérieur droit avec métastases osseuses.
# Antécédents
Tabagisme 40 PA sevré en 2020. HTA. BPCO GOLD 2. Coronaropathie stentée en 2017. Père décédé d'un cancer de vessie.
# Histoire de la maladie
Douleur fessière gauche depuis début décembre 2024 (environ 3 mois), initialement étiquetée sciatique par son médecin traitant et traitée par AINS sans effet. L'IRM du bassin du 08/01/2025 a montré une lésion lytique de l'aile iliaque gauche avec extension aux parties molles ; le scanner TAP retrouvait une masse du LSD de 42 mm. Le scanner a également découvert une embolie pulmonaire segmentaire droite le 16/01/2025, traitée par tinzaparine.
**Copie du CR anatomopathologique (biopsie bronchique LSD, 14/01/2025)**
Fragments de muqueuse bronchique infiltrés par une prolifération carcinomateuse d'architecture acineuse et papillaire. TTF1 +, napsine A +, p40 -.
Conclusion : adénocarcinome pulmonaire non mucineux.
Biologie moléculaire (NGS, panel 52 gènes) : EGFR non muté, KRAS muté (p.G12C), BRAF non muté. ALK négatif en IHC (clone D5F3), ROS1 négatif en IHC. PD-L1 (22C3) : 40 % des cellules tumorales.
**Copie du CR de TEP-TDM (22/01/2025)**
Masse LSD hypermétabolique (SUVmax 14,2). Adénopathies médiastinales 4R et 7 hypermétaboliques. Lésion ostéolytique hypermétabolique de l'aile iliaque gauche (SUVmax 11) avec envahissement du muscle moyen fessier ; foyer de T8 sans recul du mur postérieur ; foyer du col fémoral droit, lésion mixte de 18 mm. Pas de lésion surrénalienne ni hépatique.
Conclusion : cancer bronchique stade IV (M1c osseux).
# Évolution et état actuel
Première ligne palliative par carboplatine – pémétrexed – pembrolizumab : C1 le 06/02/2025, C2 le 27/02/2025, bonne tolérance. En cas de progression, le sotorasib pourra être discuté en deuxième ligne.
La douleur fessière a nettement régressé sous morphine : EVA 4/10 actuellement (8/10 en janvier). Elle reste majorée à la marche, avec encore 1 à 2 réveils nocturnes par nuit. Pas de composante neuropathique (DN4 à 1/10). OMS 1.
Aucune radiothérapie n'a été réalisée à ce jour. Le dénosumab sera débuté après la consultation dentaire prévue le 12/03. Le Kardégic a été arrêté lors de l'introduction de l'Innohep.
# Traitement en cours
| Médicament | Posologie |
| Skenan LP 30 mg | 1 gélule matin et soir |
| Actiskenan 10 mg | si besoin, max 4/j |
| Doliprane 1 g | 1 cp x 4/j |
| Innohep 14 000 UI | 1 injection SC/j |
| Movicol | 1 sachet/j |
| Mopral 20 mg | 1 gélule le soir |
| Spiriva Respimat | 2 inhalations/j |
| Amlor 5 mg | 1 cp/j |
| Spéciafoldine 0,4 mg | 1 cp/j (pémétrexed) |
# Question à la RCP
Radiothérapie antalgique de l'aile iliaque gauche ? Place d'une cimentoplastie ? Quel risque fracturaire pour le col fémoral droit (Mirels) et faut-il un avis orthopédique ?
Bien confraternellement,
Dr M. Roucayrol
""",
 "must_contain": ["Aucune radiothérapie n'a été réalisée", "EVA 4/10", "Le Kardégic a été arrêté"],
 "gold": {
    "patient": {"sex": "M", "age": 63},
    "primaryTumor": {"site": "lung", "histology": "adenocarcinoma",
                     "biomarkers": {"EGFR": "negative", "KRAS": "positive", "BRAF": "negative",
                                    "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}},
    "boneDiagnosis": {"circumstances": ["pain"], "dated": True},
    "pain": {"status": "present", "types": ["mechanical", "nocturnal"], "intensity": 4},
    "currentMedications": {"atc": ["N02AA01", "N02BE01", "B01AB10", "A06AD65", "A02BC01",
                                   "L01XA02", "L01BA04", "L01FF02"]},
    "priorLocalTreatments": {"status": "absent"},
    "boneTargetedTherapy": {"status": "unknown"},
    "anticoagulation": {"status": "present", "atc": ["B01AB10"]},
    "antiplatelets": {"status": "absent"},
    "prognosis": {"ecog": 1},
    "therapeuticProject": {"intent": "palliative"},
 }},
# ---------------------------------------------------------------- zze03
{"id": "zze03", "fmt": "txt", "author": "Dr A. Pagès", "date": "2025-03-10",
 "text": """
Clinique des Trois-Fontaines - Urologie
Dr Aurélien PAGÈS, urologue
115 avenue des Platanes, 34970 Lattes - Tél 04 67 22 58 10

Lattes, le 10/03/2025

A l'attention de la RCP Métastases osseuses

Objet : M. Raymond COMBESCURE, 74 ans

Cher confrère,

Je vous adresse M. Combescure, 74 ans, pour avis sur la prise en charge de deux métastases osseuses d'un adénocarcinome prostatique.

ANTÉCÉDENTS
- HTA, dyslipidémie, ostéoporose densitométrique suivie par le Dr Cabanel (rhumatologue).
- Angor stable, stent IVA 2016.
- Frère traité pour un cancer de prostate à 68 ans.

HISTORIQUE (copie de la conclusion de RCP d'uro-oncologie du 23/05/2019)
"Patient de 68 ans. Adénocarcinome prostatique Gleason 7 (4+3), ISUP 3, PSA 11,2 ng/mL, cT2b. Bilan d'extension négatif. Proposition : prostatectomie totale avec curage ilio-obturateur."
- Prostatectomie totale le 02/07/2019 : pT3a N0 (0/14), marges saines.
- Récidive biologique en 2021 (PSA 0,32) : radiothérapie de rattrapage de la loge prostatique 66 Gy, terminée en novembre 2021.

HISTOIRE RÉCENTE
Remontée du PSA sur le suivi : 6,8 ng/mL en octobre 2024 (N < 4). TEP-PSMA réalisée dans ce cadre :

>> CR TEP-TDM au 68Ga-PSMA-11 du 19/11/2024
>> Pas de récidive dans la loge de prostatectomie. Pas d'adénopathie pelvienne ni lombo-aortique fixante.
>> Deux foyers osseux intenses : branche ischio-pubienne droite (SUVmax 12,4) et aile sacrée gauche en regard de S1 (SUVmax 9,8), sans lyse corticale significative.
>> Conclusion : récidive oligométastatique osseuse (2 lésions).

Mise sous Eligard 45 mg (tous les 6 mois, 1re injection le 02/12/2024) + Nubeqa 300 mg 2 cp matin et soir depuis le 09/12/2024. Tolérance correcte, quelques bouffées de chaleur. Contrôle PSA prévu fin mars.

Sur le plan clinique le patient est asymptomatique, aucune douleur osseuse. OMS 0, il fait encore ses 5 km de marche tous les jours.
Aucune lésion osseuse n'a été irradiée à ce jour (seule la loge prostatique a été traitée en 2021).

TRAITEMENT HABITUEL
Eligard 45 mg SC / 6 mois
Nubeqa 300 mg : 2 cp x 2/j
Kardégic 75 mg : 1/j
Tahor 20 mg : 1/j
Triatec 5 mg : 1/j
Prolia 60 mg SC tous les 6 mois (prescrit par le rhumatologue pour l'ostéoporose, dernière injection le 14/01/2025)
Uvedose 100 000 UI : 1 ampoule tous les 3 mois
Pas d'anticoagulant.

QUESTION
Dans ce contexte oligométastatique, y a-t-il une place pour une radiothérapie stéréotaxique des deux lésions, en association avec l'hormonothérapie en cours ?

Bien cordialement,
Dr A. Pagès
""",
 "must_contain": ["aucune douleur osseuse", "Aucune lésion osseuse n'a été irradiée", "Pas d'anticoagulant", "OMS 0"],
 "gold": {
    "patient": {"sex": "M", "age": 74},
    "primaryTumor": {"site": "prostate", "histology": "adenocarcinoma", "biomarkers": {"PSA": "positive"}},
    "boneDiagnosis": {"circumstances": ["staging_imaging"], "dated": True},
    "pain": {"status": "absent"},
    "currentMedications": {"atc": ["L02AE02", "L02BB06", "B01AC06", "C10AA05", "C09AA05", "M05BX04", "A11CC05"]},
    "priorLocalTreatments": {"status": "absent"},
    "boneTargetedTherapy": {"status": "present", "atc": ["M05BX04"]},
    "anticoagulation": {"status": "absent"},
    "antiplatelets": {"status": "present", "atc": ["B01AC06"]},
    "prognosis": {"ecog": 0},
    "therapeuticProject": {"intent": None},
 }},
# ---------------------------------------------------------------- zze04
{"id": "zze04", "fmt": "pdf", "author": "Dr S. Maurel-Cazals", "date": "2025-03-20", "birth": "1957-06-03",
 "text": """
CENTRE DE RADIOTHÉRAPIE DES ARCEAUX
Dr Sandrine MAUREL-CAZALS - Oncologue radiothérapeute
8 boulevard des Arceaux-Sud, 34000 Montpellier - Tél. 04 67 58 31 90

Montpellier, le 20/03/2025

Demande d'avis - RCP Métastases osseuses

Patient : M. Bernard LAFFONT, né le 03/06/1957
Médecin traitant : Dr Olivier Sabatier, Saint-Jean-de-Fos

Chère consoeur, cher confrère,

Je vous présente M. Laffont, suivi pour un cancer du rein droit métastatique, que j'ai pris en charge en radiothérapie post-opératoire du fémur gauche.

ANTÉCÉDENTS : HTA, insuffisance cardiaque à FEVG conservée, RGO. Pas d'antécédent thrombo-embolique. Ancien fumeur (20 PA).

HISTOIRE ONCOLOGIQUE
- 2021 : néphrectomie élargie droite.
  >> CR anatomopathologique (pièce de néphrectomie, 09/2021) : carcinome rénal à cellules claires, grade ISUP 3, taille 7,5 cm, envahissement de la graisse péri-rénale (pT3a), marges saines, pas d'emboles veineux. Nx.
- 2023 : métastases pulmonaires bilatérales. Sunitinib (Sutent) de 03/2023 à 06/2024, arrêté pour progression pulmonaire.
- Depuis 07/2024 : nivolumab + cabozantinib (Opdivo + Cabometyx), réponse pulmonaire partielle.
- 12/01/2025 : fracture pathologique de la diaphyse fémorale gauche, survenue lors d'une chute de sa hauteur, révélant l'atteinte osseuse. Enclouage centromédullaire le 14/01/2025 (Dr Ribes, chirurgie orthopédique).
- Radiothérapie post-opératoire du fémur gauche : 20 Gy en 5 fractions, terminée le 21/02/2025.
- Lovenox 4000 UI post-opératoire, arrêté le 25/02/2025. Aucun autre anticoagulant.

>> CR TEP-TDM au FDG du 05/03/2025
>> Poumons : nodules en régression par rapport à 11/2024.
>> Os : matériel d'ostéosynthèse fémoral gauche, fixation péri-prothétique modérée post-radique. Apparition d'une lésion lytique hypermétabolique de la métaphyse humérale proximale droite (SUVmax 8,1), corticale amincie. Foyer discret de T12 sans anomalie morphologique.
>> Conclusion : nouvelle localisation osseuse humérale droite.

CLINIQUE ACTUELLE
Douleur de l'épaule droite, surtout la nuit, et gêne de la cuisse gauche à la marche ; EVA 4/10 sous Topalgic. Marche avec une canne. Karnofsky 70 %.

TRAITEMENT EN COURS
Opdivo 480 mg IV toutes les 4 semaines
Cabometyx 40 mg/j
Doliprane 1 g x 3/j
Topalgic LP 100 mg x 2/j
Lasilix 40 mg/j
Cardensiel 2,5 mg/j
Inipomp 40 mg/j
L'acide zolédronique (Zometa) n'a pas encore été introduit : à discuter en RCP.

PROJET
Poursuite de l'immunothérapie et du cabozantinib, traitement à visée palliative.

QUESTIONS
1) Radiothérapie de l'humérus droit ? 2) Indication d'un enclouage préventif huméral (score de Mirels à 9) ? 3) Introduction d'un traitement anti-résorptif ?

Confraternellement,
Dr S. Maurel-Cazals
""",
 "must_contain": ["Karnofsky 70", "arrêté le 25/02/2025", "surtout la nuit", "à la marche"],
 "gold": {
    "patient": {"sex": "M", "age": 67},
    "primaryTumor": {"site": "kidney", "histology": "clear_cell_carcinoma", "biomarkers": {}},
    "boneDiagnosis": {"circumstances": ["pathological_fracture"], "dated": True},
    "pain": {"status": "present", "types": ["mechanical", "nocturnal"], "intensity": 4},
    "currentMedications": {"atc": ["L01FF01", "L01EX07", "N02BE01", "N02AX02", "C03CA01", "C07AB07", "A02BC02"]},
    "priorLocalTreatments": {"status": "present", "types": ["surgery", "radiotherapy"]},
    "boneTargetedTherapy": {"status": "absent"},
    "anticoagulation": {"status": "absent"},
    "antiplatelets": {"status": "unknown"},
    "prognosis": {"ecog": None, "kps": 70},
    "therapeuticProject": {"intent": "palliative"},
 }},
# ---------------------------------------------------------------- zze05
{"id": "zze05", "fmt": "docx", "author": "Dr L. Peyrottes", "date": "2025-03-18", "birth": "1969-03-27",
 "text": """
**Pôle Dermatologie – Unité d'onco-dermatologie – Hôpital Clémentville-Lavérune**
Dr Laure PEYROTTES – Tél 04 67 07 63 40
Le 18 mars 2025
Dossier RCP Métastases osseuses
# Patiente : Mme Sylvie RAYNAUD-BOUSQUET, née le 27/03/1969
Chère consoeur, cher confrère,
Je sollicite l'avis de la RCP pour Mme Raynaud-Bousquet, suivie dans notre unité pour un mélanome métastatique.
# Antécédents
Fibrillation atriale paroxystique découverte en 2024 (suivie par le Dr Fontanille, cardiologue à Sète). Syndrome anxieux. Mère traitée pour un mélanome de jambe en 2010.
# Histoire
- 2020 : mélanome à extension superficielle du dos, Breslow 2,4 mm, ulcéré, pT3b N1a (1 ganglion sentinelle axillaire droit). Immunothérapie adjuvante par nivolumab 12 mois (2020-2021), terminée.
- 06/2023 : rechute ganglionnaire axillaire et hépatique. Nivolumab + ipilimumab (Opdivo + Yervoy) : 3 cures, arrêt définitif en août 2023 pour colite immuno-induite de grade 3.
- Depuis 09/2023 : dabrafenib + trametinib (Tafinlar + Mekinist), réponse complète hépatique maintenue.
**Copie du CR de biologie moléculaire (ganglion axillaire, 07/2023)**
Recherche de mutations BRAF/NRAS/KIT par NGS : mutation BRAF p.V600E détectée (VAF 31 %). NRAS : absence de mutation. KIT : absence de mutation.
**Copie du CR de TEP-TDM de surveillance (04/03/2025)**
Pas de récidive hépatique ni ganglionnaire. Apparition de deux foyers osseux hypermétaboliques : corps vertébral de L3 (SUVmax 10,3) avec lyse du pédicule droit et épidurite antérieure au scanner couplé ; aile sacrée droite (SUVmax 6,7).
Conclusion : progression osseuse isolée (L3, sacrum).
# Situation actuelle
La patiente était asymptomatique lors de la TEP. Depuis une semaine elle décrit une radiculalgie crurale droite à type de décharges électriques, EVA 6/10, DN4 5/10. Pas de déficit moteur, pas de trouble sphinctérien. Corticothérapie débutée le 10/03. OMS 1.
Aucun traitement local osseux à ce jour.
Anticoagulation : elle serait sous Eliquis pour sa FA, mais le traitement ne figure pas sur l'ordonnance apportée : à vérifier auprès de son cardiologue.
# Ordonnance en cours
| Traitement | Posologie |
| Tafinlar 75 mg | 2 gél. x 2/j |
| Mekinist 2 mg | 1 cp/j |
| Cortancyl 20 mg | 1 cp le matin depuis le 10/03 |
| Oxycontin LP 10 mg | 1 cp x 2/j |
| Oxynormoro 5 mg | si besoin |
| Neurontin 300 mg | 1 gél. x 3/j |
| Inexium 20 mg | 1 cp/j |
| Xanax 0,25 mg | 1 cp le soir |
# Demande
Radiothérapie de L3 (en urgence relative compte tenu de l'épidurite) et du sacrum ? Indication chirurgicale ? La thérapie ciblée sera poursuivie.
Bien à vous,
Dr L. Peyrottes
""",
 "must_contain": ["à vérifier", "décharges électriques", "Aucun traitement local osseux", "OMS 1"],
 "gold": {
    "patient": {"sex": "F", "age": 55},
    "primaryTumor": {"site": "melanoma", "histology": "other", "biomarkers": {"BRAF": "positive"}},
    "boneDiagnosis": {"circumstances": ["staging_imaging"], "dated": True},
    "pain": {"status": "present", "types": ["neuropathic"], "intensity": 6},
    "currentMedications": {"atc": ["H02AB07", "N02AA05", "N03AX12", "A02BC05", "N05BA12"]},
    "priorLocalTreatments": {"status": "absent"},
    "boneTargetedTherapy": {"status": "unknown"},
    "anticoagulation": {"status": "uncertain", "atc": ["B01AF02"]},
    "antiplatelets": {"status": "unknown"},
    "prognosis": {"ecog": 1},
    "therapeuticProject": {"intent": None},
 }},
# ---------------------------------------------------------------- zze06
{"id": "zze06", "fmt": "txt", "author": "Dr J.-C. Maffre", "date": "2025-03-24",
 "text": """
Dr Jean-Claude MAFFRE
Médecine générale
3 place de la Fontaine - 34570 Pignan-les-Oliviers
Tél : 04 67 47 90 02

le 24/03/2025

Cher Confrère,

Je me permets de vous adresser M. Louis GRANIER, 69 ans, que je suis depuis de nombreuses années, a la demande du Dr Ferrand (pneumologue) qui souhaite que son dossier soit vu en RCP métastases osseuses.

Pour rappel M. Granier a été hospitalisé en pneumologie du 03/03 au 10/03/2025 pour une confusion avec hypercalcémie à 3,4 mmol/L, qui a fait découvrir la maladie. Je vous recopie la conclusion du compte rendu d'hospitalisation :

"Patient de 69 ans, ancien tabagique (45 PA), ACFA sous Préviscan. Hospitalisé pour hypercalcémie sévère symptomatique (Ca corrigée 3,4 mmol/L). Scanner TAP : masse hilaire gauche de 5 cm, adénopathies médiastinales, lésions ostéolytiques multiples du rachis dorsal, du bassin et des côtes. Biopsie ganglionnaire sous écho-endoscopie (EBUS, station 7) : carcinome neuroendocrine à petites cellules, TTF1 +, synaptophysine +, Ki67 90 % (Dr Lautier, anatomopathologie). Traitement de l'hypercalcémie par hydratation IV et une perfusion unique de Zometa 4 mg le 04/03, normalisation de la calcémie en 72 h. Pas de traitement anti-résorptif au long cours à ce stade, à rediscuter en RCP. Relais du Préviscan par Eliquis 5 mg x 2/j. Pas de métastase cérébrale à l'IRM. Conclusion : CBPC stade étendu. Chimio-immunothérapie par carboplatine - étoposide - atézolizumab, C1 à J1 le 12/03/2025 en hôpital de jour."

Depuis son retour à domicile il va un peu mieux sur le plan de la confusion mais il se plaint de douleurs dorsales diffuses, surtout la nuit, qui le réveillent, cotées à 5/10. Il se déplace peu, passe une bonne partie de la journée au fauteuil (PS 2). L'appétit est médiocre, il a perdu 6 kg en 2 mois. La famille est informée du pronostic, l'oncologue parle de quelques mois.

Traitement actuel :
- Eliquis 5mg matin et soir
- Doliprane 1g 3 fois par jour
- Tramadol LP 100mg matin et soir
- Bisoprolol 2,5mg le matin
- Levothyrox 50 µg
- Forlax 2 sachets le matin
- Imovane 7,5 le soir
- chimiothérapie carboplatine / étoposide / atézolizumab (C2 prévue le 02/04)

Je vous remercie de me dire si une radiothérapie des lésions dorsales peut le soulager, et s'il faut lui faire un traitement pour les os.

Bien confraternellement,

Dr JC Maffre
""",
 "must_contain": ["perfusion unique de Zometa", "Pas de traitement anti-résorptif au long cours", "surtout la nuit", "PS 2"],
 "gold": {
    "patient": {"sex": "M", "age": 69},
    "primaryTumor": {"site": "lung", "histology": "small_cell_carcinoma", "biomarkers": {}},
    "boneDiagnosis": {"circumstances": ["hypercalcemia"], "dated": True},
    "pain": {"status": "present", "types": ["nocturnal"], "intensity": 5},
    "currentMedications": {"atc": ["B01AF02", "N02BE01", "N02AX02", "C07AB07", "H03AA01", "A06AD15",
                                   "N05CF01", "L01XA02", "L01CB01", "L01FF05"]},
    "priorLocalTreatments": {"status": "unknown"},
    "boneTargetedTherapy": {"status": "absent"},
    "anticoagulation": {"status": "present", "atc": ["B01AF02"]},
    "antiplatelets": {"status": "unknown"},
    "prognosis": {"ecog": 2},
    "therapeuticProject": {"intent": None},
 }},
# ---------------------------------------------------------------- zze07
{"id": "zze07", "fmt": "docx", "author": "Dr P. Estorc", "date": "2025-03-07",
 "text": """
**Centre de cancérologie des Hauts-de-Lez – Oncologie médicale**
Dr Pauline ESTORC – 04 67 63 15 52
Montpellier, le 7 mars 2025
Objet : demande de passage en RCP Métastases osseuses – M. André VIGUIER, 78 ans
Chers collègues,
Je vous adresse M. Viguier, 78 ans, suivi pour un adénocarcinome prostatique métastatique osseux, aujourd'hui résistant à la castration.
# Antécédents
Diabète de type 2 sous metformine. TVP récidivantes (2015, 2019) sous AVK au long cours. RGO. Pas d'antécédent familial notable.
# Historique – conclusions des RCP précédentes
**RCP d'uro-oncologie du 15/02/2022**
« Patient de 75 ans. Lombalgies révélatrices en janvier 2022. Adénocarcinome prostatique Gleason 9 (4+5), PSA 212 ng/mL. Scintigraphie osseuse : métastases osseuses multiples (rachis, bassin, côtes), maladie de haut volume. Proposition : suppression androgénique par Décapeptyl + docétaxel 6 cycles + dénosumab (Xgeva) après avis dentaire. »
Docétaxel 6 cycles de mars à juillet 2022, terminés.
**RCP Métastases osseuses du 12/09/2023**
« Douleur lombaire L4 résistante aux antalgiques de palier 2. Proposition : radiothérapie antalgique de L4, 20 Gy en 5 fractions. » Réalisée en octobre 2023 avec bon effet antalgique.
# Évolution
Résistance à la castration en avril 2024 (PSA 14 ng/mL) : Zytiga + prednisone depuis mai 2024.
Ostéonécrose de la mandibule diagnostiquée en novembre 2024 : Xgeva arrêté définitivement.
PSA du 20/01/2025 : 38 ng/mL (N < 4), en progression.
Depuis février, douleur de la fesse gauche d'horaire inflammatoire, avec un dérouillage matinal d'une demi-heure, en rapport avec une lésion lytique de l'aile iliaque gauche. Radiothérapie en cours sur l'aile iliaque gauche (30 Gy en 10 fractions, débutée le 03/03/2025, fin prévue le 14/03). EVA 4/10 ce jour.
ECOG 2 (fatigue, marche limitée à 200 m).
# Traitement actuel
| Traitement | Posologie |
| Décapeptyl 22,5 mg | IM tous les 6 mois (dernière injection 12/2024) |
| Zytiga 500 mg | 2 cp/j |
| Cortancyl 5 mg | 1 cp x 2/j |
| Coumadine 5 mg | selon INR (cible 2-3) |
| Actiskenan 5 mg | si douleur, max 4/j |
| Doliprane 1 g | x 3/j |
| Eupantol 40 mg | 1/j |
| Glucophage 850 mg | 1 cp x 2/j |
Pas d'antiagrégant plaquettaire.
# Questions
Dans cette prise en charge palliative : éligibilité à un traitement par 177Lu-PSMA ? Évaluation du risque fracturaire du cotyle gauche ? Quelle alternative au dénosumab après l'ostéonécrose ?
Très cordialement,
Dr P. Estorc
""",
 "must_contain": ["Xgeva arrêté définitivement", "Radiothérapie en cours", "Pas d'antiagrégant", "ECOG 2", "dérouillage matinal"],
 "gold": {
    "patient": {"sex": "M", "age": 78},
    "primaryTumor": {"site": "prostate", "histology": "adenocarcinoma", "biomarkers": {"PSA": "positive"}},
    "boneDiagnosis": {"circumstances": ["pain"], "dated": True},
    "pain": {"status": "present", "types": ["inflammatory"], "intensity": 4},
    "currentMedications": {"atc": ["L02AE04", "L02BX03", "H02AB07", "B01AA03", "N02AA01", "N02BE01",
                                   "A02BC02", "A10BA02"]},
    "priorLocalTreatments": {"status": "present", "types": ["radiotherapy"]},
    "boneTargetedTherapy": {"status": "absent"},
    "anticoagulation": {"status": "present", "atc": ["B01AA03"]},
    "antiplatelets": {"status": "absent"},
    "prognosis": {"ecog": 2},
    "therapeuticProject": {"intent": "palliative"},
 }},
# ---------------------------------------------------------------- zze08
{"id": "zze08", "fmt": "txt", "author": "Dr K. Benhamou-Delpech", "date": "2025-03-27",
 "text": """
SERVICE D'UROLOGIE - CENTRE HOSPITALIER DU PIC-SAINT-LOUP
Dr Karim BENHAMOU-DELPECH
Tél secrétariat : 04 67 55 21 84

Le 27 mars 2025

Objet : Mme Odette CAYZAC, 71 ans - demande RCP métastases osseuses

Cher confrère,

Je vous adresse Mme Cayzac, 71 ans, pour la prise en charge d'une lésion osseuse costale secondaire à un cancer du rein gauche.

Antécédents : diabète de type 2, cardiopathie ischémique avec stent coronaire en 2019, dyslipidémie. Sa soeur a été traitée pour un cancer du sein.

Circonstances : en janvier 2025, un scanner thoracique a été réalisé par son pneumologue pour une pneumopathie traînante ; il a découvert de façon fortuite une masse rénale gauche de 7 cm et une lésion lytique de l'arc postérieur de la 9e côte droite.

CR TEP-TDM FDG (10/02/2025) :
Masse rénale gauche hétérogène modérément hypermétabolique (SUVmax 5,2). Lésion ostéolytique soufflante de l'arc postérieur de la 9e côte droite (SUVmax 6,0) avec masse des parties molles de 25 mm. Pas d'autre lésion à distance. Condensation pulmonaire lobaire inférieure droite en voie de régression.

CR anatomopathologique (biopsie rénale percutanée du 20/02/2025, Dr Lautrec) :
Carottes de parenchyme rénal infiltrées par un carcinome à cellules rénales, de grade ISUP au moins 3. Le matériel, peu abondant et en partie nécrotique, ne permet pas de préciser le sous-type histologique (cellules claires versus papillaire). Une relecture avec biologie moléculaire est en cours.

Conclusion de la RCP d'uro-oncologie du 13/03/2025 :
"Carcinome rénal gauche avec métastase osseuse costale unique. Néphrectomie non retenue d'emblée. Traitement systémique par axitinib + pembrolizumab, première cure prévue le 02/04/2025. Adresser en RCP métastases osseuses pour le traitement de la lésion costale."

Cliniquement, la lésion costale est indolore. Etat général conservé, PS 1 (OMS).
Elle n'a jamais reçu de bisphosphonate ni de dénosumab.
Pas de traitement anticoagulant.

Traitement habituel :
Glucophage 1000 mg x 2
Cardensiel 5 mg
Tahor 40 mg
Plavix 75 mg
Mopral 20 mg

Question : radiothérapie stéréotaxique ou cryoablation de la lésion costale avant le début du traitement systémique ?

Bien confraternellement,
Dr K. Benhamou-Delpech
""",
 "must_contain": ["indolore", "jamais reçu de bisphosphonate", "Pas de traitement anticoagulant", "PS 1"],
 "gold": {
    "patient": {"sex": "F", "age": 71},
    "primaryTumor": {"site": "kidney", "histology": None, "biomarkers": {}},
    "boneDiagnosis": {"circumstances": ["incidental_imaging"], "dated": True},
    "pain": {"status": "absent"},
    "currentMedications": {"atc": ["A10BA02", "C07AB07", "C10AA05", "B01AC04", "A02BC01"]},
    "priorLocalTreatments": {"status": "unknown"},
    "boneTargetedTherapy": {"status": "absent"},
    "anticoagulation": {"status": "absent"},
    "antiplatelets": {"status": "present", "atc": ["B01AC04"]},
    "prognosis": {"ecog": 1},
    "therapeuticProject": {"intent": None},
 }},
# ---------------------------------------------------------------- zze09
{"id": "zze09", "fmt": "pdf", "author": "Dr C. Sauvaire", "date": "2025-03-14",
 "text": """
HÔPITAL PRIVÉ DU MOULIN DE L'EVÊQUE - Oncologie médicale
Dr Camille SAUVAIRE
290 chemin du Moulin, 34080 Montpellier - Tél 04 67 10 44 62

Montpellier, le 14/03/2025

Objet : M. Thierry ALQUIER, 58 ans - RCP Métastases osseuses

Chère consoeur, cher confrère,

Je vous adresse M. Alquier, 58 ans, pour discussion d'une nouvelle lésion vertébrale dans le cadre d'un mélanome métastatique.

Antécédents médicaux : hypothyroïdie immuno-induite (2023). Pas de traitement anticoagulant. Appendicectomie. Père décédé d'un cancer du côlon.

Histoire de la maladie :
- 03/2022 : mélanome nodulaire du cuir chevelu, Breslow 4,1 mm, ulcéré, pT4b N0. Traitement adjuvant par pembrolizumab (Keytruda) d'avril 2022 à mars 2023, terminé.
- 18/11/2024 : fracture de l'humérus droit pour un traumatisme minime (en ouvrant un portail), révélant une lésion lytique. Ostéosynthèse par clou centromédullaire le 23/11/2024 avec curetage biopsique.

  CR anatomopathologique (curetage huméral, 26/11/2024) : prolifération tumorale maligne de cellules épithélioïdes et fusiformes, pigmentées par endroits. SOX10 +, Melan-A +, HMB45 +, cytokératines -. Biologie moléculaire : absence de mutation BRAF V600 (BRAF sauvage) ; mutation NRAS Q61R. Conclusion : métastase osseuse de mélanome.

- Radiothérapie post-opératoire de l'humérus droit, 20 Gy en 5 fractions, terminée le 20/12/2024.
- Bilan d'extension : métastases pulmonaires (3 nodules). Depuis le 06/01/2025, nivolumab + ipilimumab (Opdivo + Yervoy) : 3 cures réalisées, C4 prévue le 21/03/2025.
- 28/12/2024 : thrombose veineuse du membre supérieur droit, traitée par Innohep à dose curative pour 6 mois.

  CR TEP-TDM (06/03/2025) : réponse partielle pulmonaire. Humérus droit : remaniements post-thérapeutiques. Apparition d'un foyer hypermétabolique du corps vertébral de T9 (SUVmax 7,4), sans épidurite, mur postérieur respecté.

Clinique : douleur de l'épaule droite à la mobilisation, EVA 3/10. Pas de douleur dorsale. ECOG 1. Le dénosumab (Xgeva) est envisagé après avis dentaire.

Traitement actuel :
Opdivo 1 mg/kg + Yervoy 3 mg/kg toutes les 3 semaines
Innohep 14 000 UI/j SC
Doliprane 1 g si besoin
Ixprim 1 cp x 3/j
Levothyrox 100 µg/j
Zyma D 50 000 UI/mois

Question : radiothérapie stéréotaxique de T9 pendant l'immunothérapie ?

Bien à vous,
Dr C. Sauvaire
""",
 "must_contain": ["Pas de traitement anticoagulant", "Innohep 14 000", "à la mobilisation", "envisagé"],
 "gold": {
    "patient": {"sex": "M", "age": 58},
    "primaryTumor": {"site": "melanoma", "histology": "other", "biomarkers": {"BRAF": "negative"}},
    "boneDiagnosis": {"circumstances": ["pathological_fracture"], "dated": True},
    "pain": {"status": "present", "types": ["mechanical"], "intensity": 3},
    "currentMedications": {"atc": ["L01FF01", "L01FX04", "B01AB10", "N02BE01", "N02AX02", "H03AA01", "A11CC05"]},
    "priorLocalTreatments": {"status": "present", "types": ["surgery", "radiotherapy"]},
    "boneTargetedTherapy": {"status": "unknown"},
    "anticoagulation": {"status": "conflicting", "atc": ["B01AB10"]},
    "antiplatelets": {"status": "unknown"},
    "prognosis": {"ecog": 1},
    "therapeuticProject": {"intent": None},
 }},
# ---------------------------------------------------------------- zze10
{"id": "zze10", "fmt": "txt", "author": "Dr F. Lacombe-Rieu", "date": "2025-03-06", "birth": "1961-01-02",
 "text": """
CENTRE DU SEIN - CLINIQUE DES OLIVIERS-NORD
Dr François LACOMBE-RIEU, gynécologue oncologue
Secrétariat : Mme Puech - 04 67 84 29 03

Montpellier le 06/03/2025

Demande de RCP métastases osseuses

Patiente : Mme Monique TEISSIER née le 02/01/1961

Cher confrere,

Je vous adresse Mme Teissier pour avis concernant une progression osseuse sacrée.

ATCD : AIT en 2018. HTA. Hypercholesterolemie. Pas d'ATCD familial de cancer.

Histoire :
2016 : carcinome lobulaire infiltrant du sein droit, mastectomie + curage, RT pariétale, puis tamoxifene 5 ans (arrêté en 2021).
Mars 2024 : tassemment brutal de L1 en portant un pack d'eau, fracture vertébrale pathologique. Vertebroplastie L1 le 11/04/2024 avec biopsie.

CR anatomo-pathologique (biopsie vertébrale L1 du 11/04/2024) :
Infiltration médullaire par des cellules carcinomateuses isolées ou en file indienne, E-cadhérine négative. Aspect d'une métastase de carcinome lobulaire d'origine mammaire. RE positifs 95 %, RP négatifs (< 1 %), HER2 score 1+ (négatif).

CR TEP-TDM du 06/05/2024 : foyers osseux hypermétaboliques du sacrum, de l'aile iliaque gauche et des 4e et 6e côtes droites, vertébroplastie L1. Pas d'atteinte viscérale.

Traitement depuis mai 2024 : Kisqali 600 mg 3 semaines sur 4 + Femara 2,5 mg/j, et Zometa 4 mg tous les 3 mois (derniere perfusion le 10/02/2025).

TEP du 24/02/2025 : réponse sur les côtes et l'iliaque, mais majoration du foyer sacré (SUV 8,9 vs 5,1) avec extension au foramen S1 gauche.

Actuellement : plus aucune douleur depuis la cimentoplastie, y compris au niveau sacré. OMS 0, elle continue à travailler à mi-temps.
Pour l'AIT, elle aurait un Kardégic ? (à vérifier, ne figure pas sur l'ordonnance).

Ordonnance :
- Kisqali 200 mg : 3 cp/j J1-J21
- Femara 2,5 mg : 1/j
- Zometa 4 mg IV / 3 mois
- Calciprat D3 : 1/j
- Tahor 10 mg : 1/j
- Inexium 20 mg : 1/j

Question : radiothérapie stéréotaxique du sacrum dans le cadre d'une oligoprogression ? Maintien du traitement par Kisqali/Femara ?

Bien cordialement,
Dr F. Lacombe-Rieu
(dicté, non relu)
""",
 "must_contain": ["plus aucune douleur", "Kardégic ?", "OMS 0"],
 "gold": {
    "patient": {"sex": "F", "age": 64},
    "primaryTumor": {"site": "breast", "histology": "invasive_lobular_carcinoma",
                     "biomarkers": {"ER": "positive", "PR": "negative", "HER2": "negative"}},
    "boneDiagnosis": {"circumstances": ["pathological_fracture"], "dated": True},
    "pain": {"status": "absent"},
    "currentMedications": {"atc": ["L01EF02", "L02BG04", "M05BA08", "A12AX", "C10AA05", "A02BC05"]},
    "priorLocalTreatments": {"status": "present", "types": ["cementoplasty"]},
    "boneTargetedTherapy": {"status": "present", "atc": ["M05BA08"]},
    "anticoagulation": {"status": "unknown"},
    "antiplatelets": {"status": "uncertain", "atc": ["B01AC06"]},
    "prognosis": {"ecog": 0},
    "therapeuticProject": {"intent": None},
 }},
# ---------------------------------------------------------------- zze11
{"id": "zze11", "fmt": "docx", "author": "Dr E. Coste-Farjon", "date": "2025-03-26",
 "text": """
**Service de Radiothérapie – Hôpital Clémentville-Lavérune**
Dr Émilie COSTE-FARJON, oncologue radiothérapeute – Tél 04 67 07 63 88
Montpellier, le 26 mars 2025
# RCP Métastases osseuses – M. Patrick MAS, 66 ans
Chers collègues,
Je vous présente M. Mas, 66 ans, que nous avons traité pour une compression médullaire révélant un carcinome bronchique.
# Antécédents
Polyarthrite rhumatoïde (contre-indiquant l'immunothérapie selon son rhumatologue). Insuffisance rénale chronique (clairance 28 mL/min). Tabagisme actif 50 PA.
# Histoire
Le 10/02/2025, installation brutale d'une paraparésie (testing 3/5 aux membres inférieurs) avec niveau sensitif T6, révélant la maladie. IRM : lyse de T6 avec épidurite compressive. Laminectomie décompressive T5-T7 et arthrodèse T4-T8 en urgence le 11/02/2025 (Dr Pujol, neurochirurgie), avec biopsie.
**CR anatomopathologique (biopsie vertébrale T6, 13/02/2025)**
Prolifération carcinomateuse peu différenciée, massifs avec ébauches de kératinisation. p40 + diffus, TTF1 -, CK5/6 +. PD-L1 (SP263) : 0 % des cellules tumorales.
Conclusion : métastase d'un carcinome épidermoïde, d'origine pulmonaire probable au vu de l'imagerie.
Scanner TAP : masse du lobe inférieur droit de 6 cm. TEP : lésions osseuses de T6 (opérée), L2 et côte 8 gauche.
Radiothérapie post-opératoire T4-T8, 30 Gy en 10 fractions, terminée le 14/03/2025. Récupération motrice partielle (4/5), marche avec déambulateur.
Chimiothérapie palliative par carboplatine-paclitaxel débutée le 11/03/2025 (C2 le 01/04).
# État actuel
Douleurs thoraciques en ceinture à type de brûlures, EVA 4/10 sous traitement. Fauteuil-lit la moitié de la journée : ECOG 3.
HBPM à dose préventive tant que la mobilité est réduite.
Pas de dénosumab ni de bisphosphonate pour l'instant en raison de l'insuffisance rénale.
# Traitement
| Médicament | Posologie |
| Dectancyl 4 mg | 2 cp le matin, décroissance en cours |
| Lyrica 75 mg | 1 gél. x 2/j |
| Oxycontin 20 mg | 1 cp x 2/j |
| Oxynormoro 10 mg | si besoin |
| HBPM préventive | 1 injection SC/j |
| Inexium 40 mg | 1/j |
| Movicol | 2 sachets/j |
| Carboplatine AUC 5 + paclitaxel 200 mg/m² | J1 = J21 |
# Question
Prise en charge de la lésion de L2 (lyse de 40 % du corps vertébral, SINS 9) : cyphoplastie ? radiothérapie ?
Bien cordialement,
Dr É. Coste-Farjon
""",
 "must_contain": ["HBPM à dose préventive", "Pas de dénosumab ni de bisphosphonate", "brûlures", "ECOG 3"],
 "gold": {
    "patient": {"sex": "M", "age": 66},
    "primaryTumor": {"site": "lung", "histology": "squamous_cell_carcinoma", "biomarkers": {"PD-L1": "negative"}},
    "boneDiagnosis": {"circumstances": ["neurological_deficit"], "dated": True},
    "pain": {"status": "present", "types": ["neuropathic"], "intensity": 4},
    "currentMedications": {"atc": ["H02AB02", "N03AX16", "N02AA05", "A02BC05", "A06AD65", "L01XA02", "L01CD01"]},
    "priorLocalTreatments": {"status": "present", "types": ["surgery", "radiotherapy"]},
    "boneTargetedTherapy": {"status": "absent"},
    "anticoagulation": {"status": "present", "atc": []},
    "antiplatelets": {"status": "unknown"},
    "prognosis": {"ecog": 3},
    "therapeuticProject": {"intent": "palliative"},
 }},
# ---------------------------------------------------------------- zze12
{"id": "zze12", "fmt": "pdf", "author": "Dr Y. Bonnafous", "date": "2025-03-31",
 "text": """
POLYCLINIQUE DU PEYROU-OUEST - Pneumologie et oncologie thoracique
Dr Yannick BONNAFOUS
45 rue de la Garrigue Haute, 34070 Montpellier - Tél. 04 67 69 30 15

Le 31/03/2025

Madame, Monsieur et chers collègues de la RCP Métastases osseuses,

Je vous soumets à nouveau le dossier de Mme Nathalie ROQUEFEUIL, 52 ans, déjà présentée en RCP MO le 14/11/2024.

Rappel : adénocarcinome pulmonaire du lobe inférieur gauche diagnostiqué en octobre 2023 chez une non-fumeuse. Réarrangement ALK (IHC positive, FISH confirmée), EGFR non muté, PD-L1 5 %. Le bilan d'extension initial (TEP d'octobre 2023) retrouvait d'emblée des lésions osseuses du bassin et du rachis, asymptomatiques. Son père est décédé d'un cancer bronchique (tabagique).
Alectinib (Alecensa) en première ligne d'octobre 2023 à février 2025. Xgeva 120 mg mensuel depuis décembre 2023.

Conclusion de la RCP MO du 14/11/2024 :
« Patiente de 51 ans, ALK+, sous alectinib. Lésion iliaque droite isolée en progression (SUV 9,4 vs 4,0), autres sites stables. Proposition : radiothérapie stéréotaxique de la lésion iliaque droite (3 x 9 Gy) et poursuite de l'alectinib. Réévaluation à 3 mois. »

Evolution : la patiente a finalement refusé la radiothérapie (crainte des effets secondaires, contexte familial). Aucun traitement local osseux n'a donc été réalisé à ce jour.

CR TEP-TDM du 17/02/2025 :
Progression ganglionnaire médiastinale et apparition de deux nodules pulmonaires controlatéraux. Majoration de la lésion iliaque droite (SUVmax 11,2), apparition de foyers de L4 et de l'arc postérieur de la 5e côte droite. Pas de lésion cérébrale à l'IRM du 20/02.
Conclusion : progression multisite.

Depuis le 03/03/2025, l'alectinib a été remplacé par le lorlatinib (Lorviqua 100 mg/j), bien toléré hormis une hypercholestérolémie traitée par atorvastatine.

Examen de ce jour : OMS 0. Sur le plan douloureux, elle évoque peut-être une gêne costale droite, mal systématisée, à préciser lors de la prochaine consultation. Pas d'antalgique.
Pas d'anticoagulant ni d'antiagrégant.

Traitement actuel :
Lorviqua 100 mg 1 cp/j
Xgeva 120 mg SC toutes les 4 semaines
Tahor 10 mg 1/j
Cacit D3 1 sachet/j

Question : compte tenu de la progression multisite désormais traitée par lorlatinib, la radiothérapie stéréotaxique iliaque garde-t-elle une indication ? La patiente est prête à la reconsidérer.

Confraternellement,
Dr Y. Bonnafous
""",
 "must_contain": ["Aucun traitement local osseux n'a donc été réalisé", "peut-être", "Pas d'anticoagulant ni d'antiagrégant", "OMS 0"],
 "gold": {
    "patient": {"sex": "F", "age": 52},
    "primaryTumor": {"site": "lung", "histology": "adenocarcinoma",
                     "biomarkers": {"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}},
    "boneDiagnosis": {"circumstances": ["staging_imaging"], "dated": True},
    "pain": {"status": "uncertain"},
    "currentMedications": {"atc": ["L01ED05", "M05BX04", "C10AA05", "A12AX"]},
    "priorLocalTreatments": {"status": "absent"},
    "boneTargetedTherapy": {"status": "present", "atc": ["M05BX04"]},
    "anticoagulation": {"status": "absent"},
    "antiplatelets": {"status": "absent"},
    "prognosis": {"ecog": 0},
    "therapeuticProject": {"intent": None},
 }},
]


def main():
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    golds = []
    for L in LETTERS:
        text = L["text"].strip("\n") + "\n"
        plain = docx_plain(text) if L["fmt"] == "docx" else text
        if L["fmt"] == "pdf":
            try:
                plain.encode("cp1252")
            except UnicodeEncodeError as e:
                violation(L["id"], f"PDF text not cp1252-encodable: {e}")
        g = build_gold(L)
        check_gold(L, g, plain)
        golds.append((L, g, text))
    ids = [L["id"] for L, _, _ in golds]
    if len(set(ids)) != len(ids):
        violation("corpus", "duplicate ids")
    for L, g, text in golds:
        stem = L["id"]
        for old in letters_dir.glob(stem + ".*"):
            old.unlink()
        if L["fmt"] == "txt":
            write_txt(letters_dir / f"{stem}.txt", text, L.get("encoding", "utf-8"), L.get("crlf", False))
        elif L["fmt"] == "docx":
            write_docx(letters_dir / f"{stem}.docx", text, L["author"])
        elif L["fmt"] == "pdf":
            write_pdf(letters_dir / f"{stem}.pdf", text, "Demande RCP métastases osseuses")
        else:
            violation(stem, "unknown format")
        (gold_dir / f"{stem}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"ok: {len(golds)} letters, golds checked against the contract")


if __name__ == "__main__":
    main()
