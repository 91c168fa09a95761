#!/usr/bin/env python3
"""Blind corpus 73: Québec and Swiss French referral letters to a French
bone-metastasis RCP, with their gold records.

Run from /work/main:  .venv/bin/python tests/corpus73/make_letters.py

Every letter's text and gold are Python data in this file (LETTERS).
This script derives the gold gaps from the spec's gap rule (one function),
checks every gold against the contract (exit "CONTRACT VIOLATION: ...") and
writes letters/ and gold/ byte-identically on every run.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC_ATC = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# --------------------------------------------------------------------------
# contract
# --------------------------------------------------------------------------
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
GAP_ITEMS = [
    "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
    "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
    "prognosis", "therapeuticProject",
]
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
KEY_ORDER = ["id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation", "antiplatelets",
             "prognosis", "therapeuticProject", "gaps"]


class Violation(Exception):
    pass


def load_atc():
    table = {}
    lines = SPEC_ATC.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        code, dci, inn = parts[0], parts[1], parts[2]
        brands = [b.strip() for b in (parts[4] if len(parts) > 4 else "").split(",") if b.strip()]
        table[code] = [dci, inn] + brands
    return table


def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to gold values (antiplatelets never)."""
    gaps = []
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in GAP_ITEMS:
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


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def check(letter: dict, atc: dict) -> None:
    lid = letter["id"]
    g = letter["gold"]

    def fail(msg):
        raise Violation(f"{lid}: {msg}")

    text = plain_text(letter).lower()
    # patient
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        fail("sex")
    if not isinstance(p["age"], int) or not 18 <= p["age"] <= 105:
        fail("age")
    if letter.get("birth"):
        want = age_at(letter["birth"], letter["date"])
        if want != p["age"]:
            fail(f"age {p['age']} but birth date gives {want}")
    if letter.get("age_text") and letter["age_text"].lower() not in text:
        fail(f"age text {letter['age_text']!r} not in letter")
    for item, allowed in STATUSES.items():
        if g[item]["status"] not in allowed:
            fail(f"{item} status {g[item]['status']}")
    # tumour
    t = g["primaryTumor"]
    if t["status"] == "unknown" and (t["site"] or t["histology"] or t["biomarkers"]):
        fail("unknown tumour with values")
    if t["status"] != "unknown" and t["site"] not in SITES:
        fail("site")
    if t["histology"] is not None and t["histology"] not in HISTOLOGIES:
        fail("histology")
    for k, v in t["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIORESULTS:
            fail(f"biomarker {k}={v}")
    # bone diagnosis
    b = g["boneDiagnosis"]
    if b["status"] == "present" and not b["circumstances"]:
        fail("bone diagnosis present without circumstance")
    if b["status"] == "unknown" and (b["circumstances"] or b["dated"]):
        fail("bone diagnosis unknown with values")
    if not set(b["circumstances"]) <= CIRCUMSTANCES or not isinstance(b["dated"], bool):
        fail("circumstances")
    # pain
    pa = g["pain"]
    if not set(pa["types"]) <= PAIN_TYPES:
        fail("pain types")
    if pa["status"] in ("absent", "unknown") and (pa["types"] or pa["intensity"] not in (None, 0)):
        fail("pain absent/unknown with types or intensity")
    if pa["intensity"] is not None and not (isinstance(pa["intensity"], int) and 0 <= pa["intensity"] <= 10):
        fail("pain intensity")
    # medications
    cm = g["currentMedications"]
    for c in cm["atc"]:
        if c not in atc:
            fail(f"ATC {c} not in atc-reference.tsv")
    if len(set(cm["atc"])) != len(cm["atc"]):
        fail("duplicate ATC")
    if cm["status"] != "present" and cm["atc"]:
        fail("medications not present but codes listed")
    # each current drug must be named in the letter
    for c in cm["atc"]:
        names = [n.lower() for n in atc[c]] + [a.lower() for a, code in ALIASES.items() if code == c]
        if not any(n in text for n in names):
            fail(f"{c} not named in the letter (names {names})")
    # prior local treatments
    lt = g["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCAL_TYPES:
        fail("local types")
    if lt["status"] == "present" and not lt["types"]:
        fail("local treatment present without type")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        fail("local treatment absent/unknown with types")
    # agent sections
    for name, prefixes in AGENT_PREFIXES.items():
        sec = g[name]
        for c in sec["atc"]:
            if c not in atc:
                fail(f"{name} ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                fail(f"{name} ATC {c} outside {prefixes}")
            names = [n.lower() for n in atc[c]] + [a.lower() for a, code in ALIASES.items() if code == c]
            if not any(n in text for n in names):
                fail(f"{name} {c} not named in the letter")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            fail(f"{name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            missing = set(sec["atc"]) - set(cm["atc"])
            if missing:
                fail(f"{name} agents {missing} not in currentMedications")
        if sec["status"] == "uncertain":
            extra = set(sec["atc"]) & set(cm["atc"])
            if extra:
                fail(f"{name} uncertain agents {extra} listed as current")
        # reverse: every current drug of the group is in its section
        group = {c for c in cm["atc"] if c.startswith(prefixes)}
        if group and sec["status"] not in ("present", "conflicting"):
            fail(f"{name}: current {group} but status {sec['status']}")
        if not group <= set(sec["atc"]):
            fail(f"{name}: current {group - set(sec['atc'])} missing from section")
    # prognosis
    pr = g["prognosis"]
    ecog, kps = pr.get("ecog"), pr.get("kps")
    if ecog is not None and ecog not in range(0, 5):
        fail("ecog")
    if kps is not None and (kps not in range(0, 101, 10)):
        fail("kps")
    if ecog is not None and kps is not None:
        fail("both ecog and kps")
    if pr["status"] == "unknown" and (ecog is not None or kps is not None):
        fail("prognosis unknown with PS")
    # project
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail("intent")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        fail("project unknown with intent")
    # gaps
    if g.get("gaps") is not None and g["gaps"] != derive_gaps(g):
        fail("hand-written gaps differ from derived gaps")
    # format hygiene
    if letter["fmt"] == "pdf":
        try:
            plain_text(letter).encode("cp1252")
        except UnicodeEncodeError as e:
            fail(f"PDF text not cp1252: {e}")
    if letter.get("encoding"):
        plain_text(letter).encode(letter["encoding"])
    if letter["gold_id"] != lid:
        fail("id")


def build_gold(letter: dict) -> dict:
    g = json.loads(json.dumps(letter["gold"]))
    g["id"] = letter["gold_id"]
    g["gaps"] = derive_gaps(g)
    pr = g["prognosis"]
    if pr.get("kps") is not None:
        pr.pop("ecog", None)
    else:
        pr.pop("kps", None)
        pr.setdefault("ecog", None)
    return {k: g[k] for k in KEY_ORDER}


# --------------------------------------------------------------------------
# letter text helpers: lines, "# " heading, "| a | b |" table rows
# --------------------------------------------------------------------------
def plain_text(letter: dict) -> str:
    out = []
    for line in letter["text"].split("\n"):
        if line.startswith("# "):
            out.append(line[2:])
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            out.append("    ".join(cells))
        else:
            out.append(line)
    return "\n".join(out)


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------
def write_txt(letter, path):
    text = plain_text(letter)
    if not text.endswith("\n"):
        text += "\n"
    nl = letter.get("newline", "\n")
    data = text.replace("\n", nl).encode(letter.get("encoding", "utf-8"))
    path.write_bytes(data)


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


def text_width(s, size, bold=False):
    w = widths()
    total = 0
    for ch in s.encode("cp1252"):
        total += w[ch - 32] if ch >= 32 else 0
    return total * size / 1000.0 * (1.05 if bold else 1.0)


def wrap(s, size, maxw):
    words = s.split(" ")
    lines, cur = [], ""
    for wd in words:
        trial = wd if not cur else cur + " " + wd
        if text_width(trial, size) <= maxw or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = wd
    lines.append(cur)
    return lines


def pdf_escape(b: bytes) -> bytes:
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(letter, path):
    W, H, M = 595, 842, 56
    size, lead = 10, 13.5
    pages, ops, y = [], [], H - M
    for raw in plain_text(letter).split("\n"):
        heading = letter["text"].split("\n")  # unused marker
        segs = wrap(raw.replace("\t", "    "), size, W - 2 * M) if raw.strip() else [""]
        for seg in segs:
            if y < M + lead:
                pages.append(ops)
                ops, y = [], H - M
            if seg:
                ops.append(b"BT /F1 %d Tf %.2f %.2f Td (" % (size, M, y) + pdf_escape(seg.encode("cp1252")) + b") Tj ET")
            y -= lead
    pages.append(ops)
    font = FONT.read_bytes()
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    n_pages = len(pages)
    first_page = 7
    kids = " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages)).encode()
    objs[2] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n_pages
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + " ".join(map(str, widths())).encode() + b"] /FontDescriptor 4 0 R "
               b"/Encoding /WinAnsiEncoding >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    comp = zlib.compress(font, 9)
    objs[5] = b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(font)) + comp + b"\nendstream"
    objs[6] = (b"<< /Producer (corpus73 make_letters.py) /Creator (" + pdf_escape(letter.get("creator", "Traitement de texte").encode("cp1252"))
               + b") /CreationDate (D:" + letter["date"].strftime("%Y%m%d").encode() + b"093000+01'00') /ModDate (D:"
               + letter["date"].strftime("%Y%m%d").encode() + b"093000+01'00') >>")
    for i, ops in enumerate(pages):
        content = zlib.compress(b"\n".join(ops), 9)
        pnum, cnum = first_page + 2 * i, first_page + 2 * i + 1
        objs[pnum] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> "
                      b"/Contents %d 0 R >>" % (W, H, cnum))
        objs[cnum] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n")
    xref = out.tell()
    maxn = max(objs)
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (maxn + 1))
    for num in range(1, maxn + 1):
        out.write(b"%010d 00000 n \n" % offsets[num])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (maxn + 1, xref))
    path.write_bytes(out.getvalue())


def write_docx(letter, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    rows = []

    def flush():
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        table = d.add_table(rows=len(rows), cols=ncol)
        table.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                table.cell(i, j).text = c
        rows.clear()

    for line in letter["text"].split("\n"):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush()
        if line.startswith("# "):
            d.add_heading(line[2:], level=2)
        else:
            d.add_paragraph(line)
    flush()
    cp = d.core_properties
    stamp = dt.datetime.combine(letter["date"], dt.time(9, 30))
    cp.author = letter.get("creator", "Secrétariat")
    cp.last_modified_by = letter.get("creator", "Secrétariat")
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# letters and golds
# --------------------------------------------------------------------------
D = dt.date

# Québec / Swiss / generic names not in atc-reference.tsv's brand column,
# used only by the contract check "each coded drug is named in the letter".
ALIASES = {
    "Tylenol": "N02BE01", "Dilaudid": "N02AA03", "Pantoloc": "A02BC02", "Pantozol": "A02BC02",
    "Synthroid": "H03AA01", "Euthyrox": "H03AA01", "Lipitor": "C10AA05", "Clexane": "B01AB05",
    "Lasix": "C03CA01", "Lupron": "L02AE02", "ASA ": "B01AC06", "Calcimagon": "A12AX",
    "Caltrate": "A12AX", "Tramal": "N02AX02", "Nexium": "A02BC05", "Coumadin": "B01AA03",
    "Aspirine cardio": "B01AC06", "Tecentriq": "L01FF05", "Prolia": "M05BX04",
    "Irfen": "M01AE01", "Vitamine D3": "A11CC05", "Fragmin": "B01AB04",
}


def G(sex, age, tumor, bone, pain, meds, local, btt, anticoag, antiplt, prog, project):
    """Compact gold constructor.
    tumor=(status, site, histology, biomarkers); bone=(status, [circ], dated);
    pain=(status, [types], intensity); meds=(status, [atc]); local=(status, [types]);
    btt/anticoag/antiplt=(status, [atc]); prog=(status, ecog, kps); project=(status, intent)."""
    return {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": tumor[0], "site": tumor[1], "histology": tumor[2], "biomarkers": tumor[3]},
        "boneDiagnosis": {"status": bone[0], "circumstances": bone[1], "dated": bone[2]},
        "pain": {"status": pain[0], "types": pain[1], "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": local[1]},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplt[0], "atc": sorted(antiplt[1])},
        "prognosis": {"status": prog[0], "ecog": prog[1], "kps": prog[2]},
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }


LETTERS = []

# ---------------------------------------------------------------- zzu01
LETTERS.append(dict(
    id="zzu01", gold_id="zzu01", fmt="txt", date=D(2025, 10, 14), age_text="67 ans",
    text="""CENTRE HOSPITALIER RÉGIONAL DU BAS-FLEUVE
Département d'hémato-oncologie
1450, boul. des Goélands, Rimouski-Est (Québec)  G5N 2K8
Tél. : 418 555-0192   Téléc. : 418 555-0193

Rimouski-Est, le 14 octobre 2025

Dr Philippe Lemarchand-Vidal
RCP Métastases osseuses
Institut de cancérologie du Val d'Adour
Pau, France

Objet : Mme Ginette BOUCHARD-LAVOIE, 67 ans - transfert de suivi (déménagement en France)

Cher confrère,

Je vous réfère Mme Bouchard-Lavoie, 67 ans, qui s'installe à Pau auprès de sa fille à compter de novembre. Je vous résume son dossier en vue d'une présentation à votre RCP.

Hx :
- HTA
- MPOC légère (VEMS 72 %), ex-tabagique 30 paquets-années, cessé en 2012
- FA paroxystique dx 2019 : Coumadin cessé en 2023 (INR labiles), remplacé par Eliquis
- Cholécystectomie 1998
- Hx familiale : père décédé d'un néo du côlon à 71 ans

Histoire oncologique :
Dx en janvier 2025 d'un adénocarcinome pulmonaire du LSG, stade IV d'emblée. EGFR muté (délétion exon 19), ALK négatif en IHC, PD-L1 < 1 %.
Le TEP de stadification du 22 janvier 2025 montrait de multiples lésions osseuses hypermétaboliques (L3, aile iliaque droite, 6e côte gauche), asymptomatiques à ce moment-là.
Tx : osimertinib (Tagrisso) 80 mg die depuis le 10 février 2025, très bien toléré; réponse partielle au TDM de mai puis maladie stable en septembre.
Radiothérapie 20 Gy en 5 fractions sur L3 en avril 2025 pour une douleur lombaire apparue en mars.
Xgeva 120 mg SC q4 semaines débuté en mai 2025 (bilan dentaire fait, RAS), dernière dose le 2 octobre.

Actuellement :
Douleur lombaire résiduelle de type mécanique (à la mise en charge et aux changements de position), cotée à 3/10 aujourd'hui; elle était à 8/10 avant la radiothérapie. Réveils nocturnes occasionnels à cause d'une douleur de la hanche droite, nouvelle depuis 3 semaines. Pas de déficit neurologique, pas de perte de contrôle sphinctérien.
Statut de performance : ECOG 1.

Rx actuelle :
- Tagrisso (osimertinib) 80 mg PO die
- Eliquis (apixaban) 5 mg PO BID
- Xgeva (dénosumab) 120 mg SC q4 sem.
- Tylenol extra-fort 500 mg 2 co PO QID PRN
- Dilaudid (hydromorphone) 1 mg PO q4h PRN, en prend environ 2 doses par jour
- Pantoloc 40 mg PO die
- Caltrate + vit D 1 co die
- Ventolin 2 inh. PRN, Spiriva 1 inh. die
Pas d'aspirine : l'aspirine 80 mg die a été cessée au début de l'anticoagulation en 2019.
Allergies : sulfamidés (rash).

Question à la RCP : le TDM du 18 septembre montre une lésion lytique du col fémoral droit (corticale interne amincie). Indication de radiothérapie seule ou d'une fixation prophylactique avant la RT? Le Tagrisso est poursuivi, à visée palliative.

Je demeure disponible pour toute information complémentaire. La patiente a en main une copie de son dossier et de ses imageries (CD).

Confraternellement,

Dre Marie-Josée Tremblay-Cyr, MD, FRCPC
Hémato-oncologue
""",
    gold=G("F", 67,
           ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
           ("present", ["staging_imaging"], True),
           ("present", ["mechanical", "nocturnal"], 3),
           ("present", ["L01EB04", "B01AF02", "M05BX04", "N02BE01", "N02AA03", "A02BC02", "A12AX"]),
           ("present", ["radiotherapy"]),
           ("present", ["M05BX04"]),
           ("present", ["B01AF02"]),
           ("absent", []),
           ("present", 1, None),
           ("present", "palliative")),
    style="Québec hemato-oncologist, TXT UTF-8, Hx/Rx/Tx/dx/die/BID/PRN, Tylenol/Dilaudid/Pantoloc brands, 'Coumadin cessé', aspirine 80 mg cessée",
))

# ---------------------------------------------------------------- zzu02
LETTERS.append(dict(
    id="zzu02", gold_id="zzu02", fmt="pdf", date=D(2025, 11, 3), birth=D(1951, 9, 14),
    age_text="septante-quatre ans", creator="Microsoft Word - Lettre RCP",
    text="""Hôpital du Valais romand - Site de Monthey-Les Iles
Service d'oncologie médicale
Route des Iles 14, CH-1870 Monthey
Tél. +41 24 555 31 40

Monthey, le 3 novembre 2025

Réunion de concertation pluridisciplinaire « Métastases osseuses »
Centre hospitalier du Genevois-Fier, site des Prés-Moulins
F-74370 Meythet-les-Prés

Concerne : M. Raymond FAVRE-BULLE, né le 14.09.1951, domicilié à Thonon-les-Bains (F)

Chère Collègue, cher Collègue,

Je me permets de vous adresser ce patient frontalier de septante-quatre ans, que nous suivons à Monthey depuis 2024 et qui souhaite désormais être pris en charge de votre côté de la frontière, plus proche de son domicile.

Antécédents : fibrillation auriculaire sous anticoagulation orale (Marcoumar remplacé par Sintrom en 2022 en raison d'INR instables), HTA, prothèse totale de hanche gauche 2016. Ancien agriculteur, non-fumeur. Un frère traité pour un cancer de la vessie.

Anamnèse oncologique :
Adénocarcinome de la prostate, Gleason 4+4 = 8 (ISUP 4), diagnostiqué en janvier 2024 sur un PSA à 84 ng/ml. La scintigraphie osseuse de bilan d'extension du 12.02.2024 a mis en évidence des lésions de l'aile iliaque droite, de L2 et de deux arcs costaux, sans autre site métastatique.
Traitement par Eligard 45 mg tous les 6 mois depuis février 2024, associé à Xtandi 160 mg/j depuis avril 2024. Excellente réponse biologique (PSA nadir 0.4 ng/ml en mars 2025), puis remontée à 3.9 ng/ml en octobre 2025.
Radiothérapie antalgique de l'aile iliaque droite, 8 Gy en une fraction, le 18.06.2024.
Xgeva 120 mg s.c. toutes les 4 semaines depuis mars 2024, avec Calcimagon D3 1 cp/j. Pas d'ostéonécrose de la mâchoire.

Situation actuelle :
Douleurs de la hanche droite et de la région inguinale, apparues il y a environ six semaines, à la marche et à la montée des escaliers, EVA 3/10. Pas de réveil nocturne. Le PET-PSMA du 21.10.2025 montre une progression en regard du cotyle droit avec une atteinte corticale.
Statut OMS 1, vit avec son épouse, autonome.

Médication actuelle :
Xtandi 40 mg 4 cp/j
Eligard 45 mg s.c. tous les 6 mois (dernière injection le 02.09.2025)
Xgeva 120 mg s.c. toutes les 4 semaines
Calcimagon D3 1 cp/j
Sintrom 4 mg selon INR (cible 2-3)
Dafalgan 1 g 3x/j
Pantozol 20 mg 1x/j
Lisinopril 10 mg 1x/j
L'Aspirine cardio a été stoppée lors de l'introduction de l'anticoagulation.

Questions : indication à une nouvelle radiothérapie du cotyle droit (éventuellement stéréotaxique) ? Avis orthopédique sur le risque fracturaire au vu de la PTH controlatérale ? Le traitement hormonal (Eligard et Xtandi) est pour l'instant poursuivi dans une optique palliative ; une discussion de docétaxel sera menée en cas de progression confirmée.

Je vous remercie de votre avis et vous adresse mes meilleures salutations.

Dr med. Laurent Zufferey-Gay
Médecin adjoint, oncologie médicale
""",
    gold=G("M", 74,
           ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           ("present", ["staging_imaging"], True),
           ("present", ["mechanical"], 3),
           ("present", ["L02BB04", "L02AE02", "M05BX04", "A12AX", "B01AA07", "N02BE01", "A02BC02"]),
           ("present", ["radiotherapy"]),
           ("present", ["M05BX04"]),
           ("present", ["B01AA07"]),
           ("absent", []),
           ("present", 1, None),
           ("present", "palliative")),
    style="Swiss (Valais) oncologist, text PDF, 'septante-quatre ans', Marcoumar stopped -> Sintrom, Calcimagon D3, Pantozol, Aspirine cardio stoppée, 'Pas de réveil nocturne'",
))

# ---------------------------------------------------------------- zzu03
LETTERS.append(dict(
    id="zzu03", gold_id="zzu03", fmt="docx", date=D(2025, 9, 22), age_text="58 ans",
    creator="GMF des Trois-Clochers",
    text="""# GMF des Trois-Clochers
Clinique de médecine familiale - 220, rue Principale Ouest, Magog-sur-Lac (Québec) J1X 9Z9
Tél. : 819 555-0147 | Téléc. : 819 555-0148
Le 22 septembre 2025
À : RCP métastases osseuses, Centre régional de lutte contre le cancer de la Garonne, Toulouse
# Objet : demande de prise en charge - Mme Sylvie GAGNON-ROY, 58 ans
Bonjour chère consoeur, cher confrère,
Je suis le médecin de famille de Mme Gagnon-Roy, 58 ans, qui a déménagé à Toulouse le mois dernier (son conjoint est muté). Son oncologue, la Dre Lapointe (CISSS des Cantons-de-l'Est-Nord), est en vacances et m'a demandé de vous faire parvenir un résumé afin qu'elle soit vue rapidement, vu les nouvelles lésions.
# Antécédents
Hypothyroïdie, dyslipidémie, ostéoporose densitométrique (2021). G2P2. Pas de tabac. Mère et tante maternelle : néo du sein (postménopause).
# Histoire oncologique
Néo du sein gauche dx en avril 2019 : carcinome canalaire infiltrant grade 2, RE+ (90 %), RP+ (40 %), HER2 négatif (IHC 1+). Tx : mastectomie gauche + ganglion sentinelle, puis radiothérapie de la paroi, puis anastrozole de 2019 à 2024, remplacé par létrozole (Femara) en mars 2024 pour arthralgies.
En août 2025, elle a consulté pour des douleurs dorsales hautes évoluant depuis 6 semaines. La scintigraphie osseuse (14 août 2025) puis le TDM ont montré des lésions de T6, T7 et de la 9e côte droite, compatibles avec des métastases. Pas de biopsie osseuse à ce jour.
# Symptômes actuels
Douleur dorsale à 6/10, pire la nuit (la réveille 2 à 3 fois), avec une irradiation en ceinture sous forme de brûlure. Force et sensibilité normales aux membres inférieurs.
# Rx actuelle
| Médicament | Posologie |
| Femara (létrozole) 2,5 mg | 1 co die |
| Tylenol Arthrite 650 mg | 2 co TID |
| Lyrica 75 mg | 1 co BID depuis le 25 août |
| Synthroid 100 mcg | 1 co die |
| Lipitor 20 mg | 1 co HS |
| Vitamine D3 1000 UI | 1 co die |
| ASA 80 mg | 1 co die (prévention primaire, prescrite par son cardiologue) |
| Prolia 60 mg SC | aux 6 mois pour l'ostéoporose depuis 2021, dernière dose le 10 juin 2025 |
Aucun anticoagulant.
# Plan
Le létrozole est poursuivi pour l'instant. La Dre Lapointe envisageait l'ajout de ribociclib (Kisqali) et une radiothérapie dorsale; rien n'a été débuté. Je vous laisse le soin de décider.
Merci de votre collaboration. N'hésitez pas à me joindre au besoin.
Dr François Bélanger, MD, CMFC
""",
    gold=G("F", 58,
           ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
           ("present", ["pain"], True),
           ("present", ["nocturnal", "neuropathic"], 6),
           ("present", ["L02BG04", "N02BE01", "N03AX16", "H03AA01", "C10AA05", "A11CC05", "B01AC06", "M05BX04"]),
           ("unknown", []),
           ("present", ["M05BX04"]),
           ("absent", []),
           ("present", ["B01AC06"]),
           ("unknown", None, None),
           ("present", None)),
    style="Québec family doctor (GMF), DOCX with headings and drug table, néo du sein, ASA 80 mg die, Prolia for osteoporosis, Synthroid/Lipitor/Tylenol, ribociclib and RT only envisaged",
))

# ---------------------------------------------------------------- zzu04
LETTERS.append(dict(
    id="zzu04", gold_id="zzu04", fmt="txt", date=D(2025, 10, 27), age_text="septante-deux ans",
    text="""Hôpital cantonal de Genève-Rive - Service d'oncologie
Dr S. Maillard-Nicolet, cheffe de clinique / rédigé par Dr T. Oberson, médecin assistant
Tél. +41 22 555 72 10

Genève, le 27.10.2025

A l'attention de la RCP métastases osseuses - CHI Léman-Chablais, Thonon

Concerne : M. Jean-Pierre DUCRET, septante-deux ans, domicilié à Annemasse (F)

Chers Collègues,

Nous vous adressons ce patient frontalier pour discussion en RCP, la suite de la prise en charge devant se faire en France.

Diagnostic : carcinome épidermoïde pulmonaire du lobe inférieur droit, stade IVB (os), PD-L1 (TPS) 90 %. EGFR/ALK non recherchés (histologie épidermoïde, ancien gros fumeur).

Anamnèse :
Hospitalisé le 12.08.2025 pour état confusionnel avec hypercalcémie à 3.21 mmol/l (calcium corrigé). Le bilan a mis en évidence la masse pulmonaire et des lésions ostéolytiques multiples (bassin, col fémoral G, T9). Hydratation et Zometa 4 mg iv en dose unique le 13.08.2025, normalisation de la calcémie. Pas de traitement anti-résorptif au long cours pour l'instant (avis dentaire en attente, plusieurs extractions prévues).
TVP du membre inférieur droit le 02.09.2025 : Clexane 80 mg s.c. 2x/j, poursuivie.

Chimio-immunothérapie par carboplatine-paclitaxel-pembrolizumab (Keytruda) débutée le 01.09.2025, C3 le 13.10.2025, bien tolérée. Visée palliative.

Actuellement : le patient ne décrit pas de douleurs, EVA 0/10, marche sans aide. ECOG 1. Pas de radiothérapie ni de chirurgie osseuse à ce jour.

Traitement habituel :
- carboplatine AUC 5 + paclitaxel 200 mg/m2 + Keytruda 200 mg q3 semaines (prochain cycle le 03.11.2025)
- Clexane 80 mg s.c. 2x/j
- Nexium 20 mg 1x/j
- Amlodipine 5 mg 1x/j
- Temesta 1 mg le soir si besoin

ATCD : BPCO stade GOLD 2, tabagisme actif 50 UPA, OH chronique sevré depuis 2020, cure de hernie inguinale 2011.

Question : lésion ostéolytique du col fémoral gauche (score de Mirels 8) chez un patient asymptomatique : ostéosynthèse prophylactique versus radiothérapie ? Nous proposons également de discuter le moment d'introduire un traitement par Xgeva après les soins dentaires.

Avec nos meilleures salutations.

Dr Thibault Oberson, médecin assistant
Dr Sandrine Maillard-Nicolet, cheffe de clinique
""",
    gold=G("M", 72,
           ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
           ("present", ["hypercalcemia"], True),
           ("absent", [], 0),
           ("present", ["L01XA02", "L01CD01", "L01FF02", "B01AB05", "A02BC05"]),
           ("absent", []),
           ("absent", []),
           ("present", ["B01AB05"]),
           ("unknown", []),
           ("present", 1, None),
           ("present", "palliative")),
    style="Swiss (Geneva) resident's note, TXT UTF-8, 'septante-deux ans', Clexane (Swiss brand of enoxaparin), single Zometa dose for hypercalcaemia, Xgeva only planned, EVA 0",
))

# ---------------------------------------------------------------- zzu05
LETTERS.append(dict(
    id="zzu05", gold_id="zzu05", fmt="pdf", date=D(2025, 11, 12), birth=D(1958, 11, 20),
    creator="CHU Laurentides - DSQ",
    text="""CENTRE HOSPITALIER UNIVERSITAIRE DES LAURENTIDES-NORD
Service de radio-oncologie
3100, chemin du Lac-Brûlé, Sainte-Adèle-des-Monts (Québec) J8B 4W2
Tél. : 450 555-0110  -  Téléc. : 450 555-0111

Date : 2025-11-12

Destinataire : RCP métastases osseuses, Hospices civils de Saône-Rhône, Lyon (France)

Patient : M. Yves-André CLOUTIER        DDN : 1958-11-20        No dossier : 0884512

Cher collègue,

À la demande du patient, qui retourne vivre à Lyon (il est citoyen français, établi au Québec depuis 1991), je vous transmets le résumé de son dossier pour présentation à votre RCP.

Diagnostic : carcinome rénal à cellules claires du rein droit (néphrectomie radicale en 2021, pT3a N0, grade ISUP 3).

Hx médicale : HTA, DB2 sous Glucophage, MPOC, thrombose veineuse profonde en 2023 traitée par Coumadin. Le Coumadin a été cessé en mai 2025 à la suite d'une hémorragie digestive haute (ulcère duodénal); pas d'anticoagulation depuis, selon l'avis de l'hématologue.

Évolution osseuse : le 2 juillet 2025, fracture pathologique de la diaphyse humérale droite en soulevant un sac d'épicerie. Enclouage centromédullaire le 4 juillet 2025 (Dr Ouellet, orthopédie), biopsie confirmant une métastase de carcinome rénal à cellules claires. Radiothérapie post-opératoire de l'humérus droit, 20 Gy en 5 fractions, terminée le 8 août 2025. Le TEP-TDM de restadification montre deux autres lésions osseuses (ischion gauche, T11) et des nodules pulmonaires infracentimétriques.

Tx systémique : cabozantinib (Cabometyx) 40 mg die depuis le 25 août 2025 (dose réduite de 60 à 40 mg pour syndrome main-pied grade 2). Acide zolédronique (Zometa) 4 mg IV q12 semaines depuis septembre 2025.

Rx actuelle :
  Cabometyx 40 mg PO die
  Zometa 4 mg IV q12 sem. (prochaine dose en décembre)
  Glucophage 500 mg PO BID
  Coversyl 4 mg PO die
  Lasix 20 mg PO die
  Dilaudid 1 mg PO q6h PRN (utilise environ une dose par jour)
  Nexium 40 mg PO die

Examen : douleur résiduelle à l'épaule droite, à la mobilisation seulement, 2/10. Pas de douleur au repos ni la nuit. Indice de Karnofsky (KPS) 70 %.

Plan : poursuite du cabozantinib à visée palliative. Question à la RCP : la lésion de T11 (atteinte du mur postérieur, sans épidurite) justifie-t-elle une radiothérapie stéréotaxique ou une cimentoplastie ? Le patient demeure sans anticoagulant et sans antiplaquettaire.

Veuillez agréer, cher collègue, mes salutations distinguées.

Dr Jean-Sébastien Paradis-Leblanc, MD, FRCPC
Radio-oncologue
""",
    gold=G("M", 66,
           ("present", "kidney", "clear_cell_carcinoma", {}),
           ("present", ["pathological_fracture"], True),
           ("present", ["mechanical"], 2),
           ("present", ["L01EX07", "M05BA08", "A10BA02", "C03CA01", "N02AA03", "A02BC05"]),
           ("present", ["surgery", "radiotherapy"]),
           ("present", ["M05BA08"]),
           ("absent", []),
           ("absent", []),
           ("present", None, 70),
           ("present", "palliative")),
    style="Québec radiation oncologist, text PDF, ISO dates, DDN the week after the letter date, 'Coumadin cessé', Lasix/Coversyl/Dilaudid, Karnofsky only",
))

# ---------------------------------------------------------------- zzu06
LETTERS.append(dict(
    id="zzu06", gold_id="zzu06", fmt="docx", date=D(2025, 10, 10), birth=D(1946, 5, 2),
    creator="Cabinet de rhumatologie Pérolles",
    text="""# Cabinet de rhumatologie de Pérolles
Dre Anne-Catherine Progin-Dafflon, FMH rhumatologie - Bd de Pérolles 58, 1700 Fribourg
Tél. 026 555 18 90
Fribourg, le 10 octobre 2025
RCP Métastases osseuses - Centre hospitalier des Deux-Lacs, Pontarlier
Concerne : Mme Marguerite CLERC, née le 02.05.1946, domiciliée à Morteau (F)
Chère Consoeur, cher Confrère,
Je vous adresse Mme Clerc, que je suis depuis 2015 pour une ostéoporose fracturaire, et qui souhaite être suivie en France où elle réside désormais auprès de sa fille.
# Anamnèse
Ostéoporose post-ménopausique avec fracture du poignet en 2014 : Fosamax 70 mg hebdomadaire de 2015 à 2020, puis pause thérapeutique, puis Aclasta 5 mg iv une fois par an depuis 2022 (3 perfusions, la dernière le 14.03.2025, la prochaine prévue en mars 2026).
Carcinome lobulaire invasif du sein droit en 2018 (pT2 N1), RE positif, RP négatif, HER2 négatif (score 1+), traité par tumorectomie, radiothérapie mammaire et Femara adjuvant. Suivi par le Dr Rossier (oncologie, Hôpital cantonal de la Sarine).
Le 28.08.2025, en se penchant pour arroser ses fleurs, douleur dorsale brutale : tassement vertébral de T12. L'IRM a montré un aspect suspect ; le PET-CT a révélé d'autres lésions (L1, sacrum, 5e côte droite). Kyphoplastie T12 avec biopsie le 05.09.2025 (Dr Vonlanthen, Hôpital cantonal de la Sarine) : métastase d'un carcinome lobulaire, RE positif.
Depuis, l'oncologue a introduit Ibrance 125 mg (21 j/28) en plus du Femara, poursuivi.
# Status actuel
Douleurs dorsales en nette amélioration, EVA 2/10, uniquement à la mobilisation et à l'effort ; pas d'irradiation radiculaire, pas de douleur nocturne. Marche avec une canne. OMS 2.
Sous Fragmin 5000 UI s.c. 1x/j depuis l'hospitalisation, à poursuivre jusqu'à la reprise complète de la marche selon l'orthopédiste.
Pas d'antiagrégant plaquettaire.
# Médication actuelle
| Femara 2.5 mg | 1-0-0 |
| Ibrance 125 mg | 1-0-0, 21 jours sur 28 |
| Aclasta 5 mg iv | 1x/an (dernière 14.03.2025) |
| Fragmin 5000 UI s.c. | 1x/j |
| Calcimagon D3 | 1-0-0 |
| Tramal retard 100 mg | 1-0-1 |
| Pantozol 20 mg | 1-0-0 |
| Zolpidem 10 mg | 0-0-1 si besoin |
# Question
Avis de la RCP sur l'indication d'une radiothérapie du sacrum, et sur la poursuite de l'Aclasta annuel ou un passage au Xgeva en dose oncologique.
Avec mes meilleures salutations confraternelles.
Dre A.-C. Progin-Dafflon
""",
    gold=G("F", 79,
           ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
           ("present", ["pathological_fracture"], True),
           ("present", ["mechanical"], 2),
           ("present", ["L02BG04", "L01EF01", "M05BA08", "B01AB04", "A12AX", "N02AX02", "A02BC02"]),
           ("present", ["cementoplasty"]),
           ("present", ["M05BA08"]),
           ("present", ["B01AB04"]),
           ("absent", []),
           ("present", 2, None),
           ("present", None)),
    style="Swiss (Fribourg) rheumatologist, DOCX, annual Aclasta for osteoporosis still current (Fosamax stopped), kyphoplasty, Fragmin, Tramal, 'status' (Swiss usage), no intent word",
))

# ---------------------------------------------------------------- zzu07
LETTERS.append(dict(
    id="zzu07", gold_id="zzu07", fmt="txt", date=D(2025, 11, 5), age_text="63 ans",
    text="""Résumé de dossier - Hôpital de la Haute-Chaudière, Saint-Georges-Est (QC)
Clinique d'oncologie thoracique  /  tél. 418 555-0175 poste 2231
Rédigé par : Dr Kevin Poulin, résident R2 en médecine interne, pour la Dre Nadia Rancourt (pneumo-oncologie)
Date : 5 novembre 2025
Destinataire : RCP métastases osseuses, CHU de Montpellier-Lez (France)

ID : M. Réjean LACHANCE, 63 ans, retraité (camionneur). Déménage à Sète chez sa soeur le 20 novembre.

Hx :
- MPOC modérée (Symbicort, Ventolin)
- HTA
- Tabagisme actif 45 PA
- Phlébite du mollet G en 2024, anticoagulée. Le patient croit prendre encore du Coumadin mais n'a pas apporté ses pots; pas sur la liste de la pharmacie qu'on a reçue -> à vérifier avant toute procédure.
- Pas d'ATCD chirurgicaux

Dx : néo du poumon à petites cellules, stade étendu, dx en septembre 2025 (bx transbronchique du 16/09). TEP de stadification (19/09/2025) : masse hilaire D, adénopathies médiastinales, foie (2 lésions) et métastases osseuses multiples (T8 avec composante épidurale sans compression médullaire, sacrum, côtes).

Tx : carboplatine-étoposide + atézolizumab (Tecentriq), C1 le 07/10, C2 le 28/10/2025. Bonne réponse clinique.

Actuellement : pas de douleur osseuse; pas de déficit neuro à l'examen. ECOG 1 (statut de performance).
Pas de dénosumab ni de bisphosphonate pour le moment (Xgeva à discuter).

Rx :
ASA 80 mg die
Symbicort 200 2 inh BID
Ventolin PRN
Atacand 16 mg die
pantoprazole 40 mg die
Zofran 8 mg les jours de chimio seulement

Plan : poursuite carbo-VP16-atézolizumab, 4 cycles puis entretien par atézolizumab. Tx palliatif.
Question pour la RCP : RT préventive de T8 (épidurite asymptomatique) avant le départ ou à l'arrivée en France?

Dr K. Poulin, R2  /  Dre N. Rancourt
""",
    gold=G("M", 63,
           ("present", "lung", "small_cell_carcinoma", {}),
           ("present", ["staging_imaging"], True),
           ("absent", [], None),
           ("present", ["L01XA02", "L01CB01", "L01FF05", "B01AC06", "A02BC02"]),
           ("unknown", []),
           ("absent", []),
           ("uncertain", ["B01AA03"]),
           ("present", ["B01AC06"]),
           ("present", 1, None),
           ("present", "palliative")),
    style="Québec internal-medicine resident's summary, TXT, néo du poumon à petites cellules, 'ASA 80 mg die', Coumadin only remembered with doubt, Xgeva 'à discuter', day-of-chemo dexamethasone not daily",
))

# ---------------------------------------------------------------- zzu08
LETTERS.append(dict(
    id="zzu08", gold_id="zzu08", fmt="pdf", date=D(2025, 11, 29), birth=D(1970, 11, 30),
    creator="Clinique des Tilleuls - Dossier patient informatisé",
    text="""Clinique des Tilleuls - Centre d'onco-dermatologie
Chemin des Tilleuls-Dorés 112, CH-1206 Genève  -  Tél. +41 22 555 40 04

Genève, le 29 novembre 2025

RCP Métastases osseuses
Centre hospitalier du Salève, Reignier-les-Bois (F)

Concerne : Mme Isabelle ROCHAT-MERMOUD, née le 30.11.1970

Chère Collègue, cher Collègue,

Madame Rochat-Mermoud, domiciliée à Saint-Julien-en-Genevois, souhaite poursuivre sa prise en charge en France pour des raisons d'assurance. Je vous l'adresse pour discussion de la prise en charge osseuse.

Diagnostic oncologique :
Mélanome superficiel extensif du dos (Breslow 2.8 mm, ulcéré), excisé en 2022, stade IIIB après ganglion sentinelle positif. Mutation BRAF V600E. Récidive métastatique en juin 2025.

Circonstances de découverte osseuse :
IRM lombaire demandée en juin 2025 par son médecin traitant pour une sciatalgie gauche attribuée à une hernie discale : découverte d'une lésion de L4 infiltrant le pédicule gauche. Le PET-CT a ensuite montré des adénopathies axillaires, deux nodules hépatiques et une lésion de l'aile iliaque gauche.

Traitements :
- Radiothérapie stéréotaxique de L4, 3 x 9 Gy, en juillet 2025.
- Immunothérapie par Opdivo (nivolumab) + Yervoy (ipilimumab) : 4 cures de juillet à septembre 2025, complétées; actuellement Opdivo seul en entretien, 480 mg toutes les 4 semaines (dernière dose le 17.11.2025).
- Hypothyroïdie immuno-induite depuis septembre, substituée par Euthyrox.
- Un traitement par Xgeva a été proposé ; il sera débuté après l'avis du médecin-dentiste (rendez-vous le 08.12).

Etat actuel :
Lombalgies avec sciatalgie gauche persistante, à type de décharges électriques dans le mollet, DN4 à 5/10. Intensité EVA 4/10 actuellement. Pas de déficit moteur. ECOG 0, poursuit son activité d'enseignante à 50 %.
Elle ne prend ni anticoagulant ni antiagrégant plaquettaire.

Médicaments :
Opdivo 480 mg iv toutes les 4 semaines
Euthyrox 75 µg 1x/j
Lyrica 75 mg 2x/j
Dafalgan 1 g jusqu'à 3x/j

Antécédents personnels : appendicectomie. Familiaux : mère avec un mélanome in situ à 60 ans, père diabétique.

Question : indication d'une ré-irradiation de L4 ou d'une radiofréquence de la lésion iliaque ? Le traitement par nivolumab est poursuivi.

Avec mes remerciements et mes meilleures salutations,

Prof. Dr méd. Christophe Bugnon-Pasche
Onco-dermatologie
""",
    gold=G("F", 54,
           ("present", "melanoma", "other", {"BRAF": "positive"}),
           ("present", ["incidental_imaging"], True),
           ("present", ["neuropathic"], 4),
           ("present", ["L01FF01", "H03AA01", "N03AX16", "N02BE01"]),
           ("present", ["radiotherapy"]),
           ("unknown", []),
           ("absent", []),
           ("absent", []),
           ("present", 0, None),
           ("present", None)),
    style="Swiss (Geneva) onco-dermatologist, text PDF, birth date the day after the letter, ipilimumab completed (not current), Xgeva only planned, Euthyrox/Irfen Swiss brands, DN4 score not a pain intensity",
))

# ---------------------------------------------------------------- zzu09
LETTERS.append(dict(
    id="zzu09", gold_id="zzu09", fmt="docx", date=D(2025, 10, 1), birth=D(1949, 3, 5),
    creator="Clinique d'urologie de Laval-Ouest",
    text="""# Clinique d'urologie de Laval-Ouest
4455, boul. Notre-Dame-des-Prés, Laval (Québec) H7W 2X3 - Tél. : 450 555-0163
Laval, le 2025-10-01
Aux membres de la RCP Métastases osseuses, Centre hospitalier de l'Adour-Atlantique, Bayonne
# Objet : M. Gérard ETCHEVERRY - DDN : 1949-03-05
Chers collègues,
M. Etcheverry, originaire du Pays basque, retourne s'établir à Biarritz. Je vous le réfère pour la suite de sa prise en charge et pour une discussion en RCP.
# Histoire
Néo de la prostate, adénocarcinome Gleason 4+3 = 7, dx en 2021 (APS 9,8). Prostatectomie radicale en juin 2021, puis radiothérapie de la loge en 2022 pour récidive biochimique.
Remontée de l'APS à 12,4 ng/mL en mai 2025 : la scintigraphie osseuse de suivi (mai 2025) et le TEP-PSMA ont montré deux lésions osseuses (ischion droit et L5), sans autre site.
Tx : Lupron Depot 22,5 mg IM q3 mois depuis juin 2025, et Zytiga (abiratérone) 1000 mg die avec prednisone 5 mg BID depuis juillet 2025. APS à 0,9 ng/mL en septembre.
# ATCD
FA permanente (Pradaxa 150 mg BID). L'aspirine 80 mg die a été cessée par son cardiologue au début du Pradaxa. HTA. Dyslipidémie. Ostéopénie : le patient aurait reçu une injection de Prolia en 2023 chez son médecin de famille, à vérifier (pas de trace dans nos notes).
# Examen
Asymptomatique sur le plan osseux, aucune douleur. ECOG 0. Golfe encore 2 fois par semaine.
Aucune radiothérapie osseuse à ce jour.
# Médication
| Zytiga 250 mg | 4 co die à jeun |
| Prednisone 5 mg | BID |
| Lupron Depot 22,5 mg | IM q3 mois (dernière injection le 15 septembre) |
| Pradaxa 150 mg | BID |
| Crestor 10 mg | die |
| Pantoloc 40 mg | die |
# Question
Maladie oligométastatique (2 lésions) : y a-t-il une place pour une radiothérapie stéréotaxique des deux sites en plus de l'hormonothérapie ? Le Zytiga et le Lupron sont poursuivis d'ici là.
Merci de votre collaboration.
Dr Luc Bergeron-Savard, urologue, FRCSC
""",
    gold=G("M", 76,
           ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           ("present", ["staging_imaging"], True),
           ("absent", [], None),
           ("present", ["L02BX03", "H02AB07", "L02AE02", "B01AE07", "A02BC02"]),
           ("absent", []),
           ("uncertain", ["M05BX04"]),
           ("present", ["B01AE07"]),
           ("absent", []),
           ("present", 0, None),
           ("present", None)),
    style="Québec urologist, DOCX, 'APS' for PSA, Lupron Depot, aspirine 80 mg die cessée, Prolia 'aurait reçu … à vérifier', prostate-bed RT not a bone treatment",
))

# ---------------------------------------------------------------- zzu10
LETTERS.append(dict(
    id="zzu10", gold_id="zzu10", fmt="txt", date=D(2025, 10, 24), age_text="huitante et un ans",
    encoding="cp1252", newline="\r\n",
    text="""Dr méd. Pierre-Alain Jaquier
Médecine interne générale FMH
Rue du Temple 9
1450 Sainte-Croix-du-Jura (VD)
tél. 024 555 61 22

Sainte-Croix-du-Jura, le 24 octobre 2025

RCP métastases osseuses
Centre hospitalier du Haut-Doubs-Larmont, Pontarlier

Concerne : M. Marcel JEANNERET, huitante et un ans, domicilié aux Fourgs (F)

Chers Confrères,

Je vous adresse ce patient que je suis depuis une dizaine d'années, domicilié côté français, pour avis de votre RCP en vue de la suite de la prise en charge, qu'il souhaite en France.

Le 15.10.2025, chute de sa hauteur dans sa cuisine : fracture du col fémoral droit sur lésion lytique. Ostéosynthèse par clou PFNA le 16.10.2025 à l'Hôpital d'Yverdon-Nord. L'histologie du matériel de curetage montre une métastase d'adénocarcinome, TTF1 positif, d'origine pulmonaire probable. Le CT thoracique montre une masse du lobe supérieur droit de 4 cm, non encore biopsiée. Recherche EGFR et ALK en cours sur la pièce osseuse.

Douleurs post-opératoires bien contrôlées, EVA 2/10, uniquement à la mobilisation. Se déplace au rollator en réadaptation.

Antécédents : remplacement valvulaire aortique mécanique en 2009 sous Sintrom, cardiopathie ischémique (stent IVA 2017), insuffisance rénale chronique (clairance 38 ml/min), tabagisme ancien (40 UPA, stoppé en 2009). Son frère a eu un cancer du poumon.

Médication actuelle :
- Sintrom selon INR (cible 2.5-3.5), repris à J2 post-opératoire ; relais par Fragmin terminé le 22.10
- Aspirine cardio 100 mg 1x/j
- Dafalgan 1 g 4x/j
- Oxynorm 5 mg en réserve, 1 à 2x/j
- Beloc Zok 50 mg 1x/j
- Torem 10 mg 1x/j
- Atorvastatine 20 mg 1x/j

Je n'ai pas d'autres éléments pour l'instant ; l'avis oncologique n'a pas encore eu lieu.

Meilleures salutations,

P.-A. Jaquier
""",
    gold=G("M", 81,
           ("uncertain", "lung", "adenocarcinoma", {"EGFR": "pending", "ALK": "pending"}),
           ("present", ["pathological_fracture"], True),
           ("present", ["mechanical"], 2),
           ("present", ["B01AA07", "B01AC06", "N02BE01", "N02AA05", "C10AA05"]),
           ("present", ["surgery"]),
           ("unknown", []),
           ("present", ["B01AA07"]),
           ("present", ["B01AC06"]),
           ("unknown", None, None),
           ("unknown", None)),
    style="Swiss (Vaud) GP, TXT cp1252 + CRLF, 'huitante et un ans', primary only 'probable', EGFR/ALK pending, Sintrom + Aspirine cardio (Fragmin bridge finished), Beloc Zok/Torem not in table",
))

# ---------------------------------------------------------------- zzu11
LETTERS.append(dict(
    id="zzu11", gold_id="zzu11", fmt="pdf", date=D(2025, 9, 8), age_text="49 ans",
    creator="CISSS de l'Outaouais-Sud - Oncologie",
    text="""Centre intégré de cancérologie de l'Outaouais-Sud
Clinique d'oncologie médicale - 95, rue Champlain-Est, Gatineau-Aylmer (Québec) J9H 0Z4
Tél. : 819 555-0139    Téléc. : 819 555-0140

Le 8 septembre 2025

À l'attention de l'équipe de la RCP Métastases osseuses
Institut de cancérologie Montsouris-Alésia, Paris

Objet : Mme Claire DESROSIERS-MARTIN, 49 ans

Chère consoeur, cher confrère,

Mme Desrosiers-Martin, 49 ans, de nationalité française, rentre à Paris à la fin du mois pour des raisons familiales. Je vous résume son dossier.

Dx : néo du sein droit, carcinome canalaire infiltrant grade 3, RE négatif, RP négatif, HER2 positif (IHC 3+), métastatique d'emblée au dx en janvier 2024 : le bilan d'extension initial (scintigraphie et TDM du 22 janvier 2024) montrait des métastases osseuses du sacrum, du bassin et du fémur gauche.

Tx :
- Docétaxel-trastuzumab-pertuzumab de février à juin 2024 ; docétaxel cessé après 6 cycles (neuropathie grade 2).
- Entretien trastuzumab (Herceptin) + pertuzumab (Perjeta) q3 semaines depuis juillet 2024, en cours (dernier cycle le 28 août 2025).
- RT palliative 8 Gy en 1 fraction sur le sacrum en février 2024.
- Dénosumab (Xgeva) 120 mg SC aux 12 semaines depuis février 2024.
- TVP du membre inférieur gauche en mars 2025 : Lovenox 80 mg SC die depuis, prévu pour 6 mois minimum.

Hx : migraines, anxiété. Mère : néo du sein à 45 ans ; soeur porteuse d'une mutation BRCA2 (patiente non porteuse).

Symptômes : douleur de la hanche gauche d'horaire inflammatoire, avec raideur matinale d'environ 30 minutes, cotée 4/10. Pas de douleur neuropathique. Statut de performance ECOG 2 (fatigue marquée). Espérance de vie estimée supérieure à un an.

Rx actuelle :
  Herceptin + Perjeta IV q3 sem.
  Xgeva 120 mg SC q12 sem.
  Lovenox 80 mg SC die
  Caltrate D 1 co BID
  Tylenol 1 g TID
  Ativan 0,5 mg HS PRN

ÉLÉMENTS POUR LA RCP
Douleur : oui, 4/10        Anticoagulation : non        Radiothérapie osseuse antérieure : oui (sacrum)
Traitement osseux : Xgeva

Plan : poursuite de l'entretien trastuzumab-pertuzumab à visée palliative. Question : la lésion du fémur gauche (cortex latéral aminci au TDM de juillet) relève-t-elle d'une radiothérapie ou d'un avis orthopédique ?

Confraternellement,

Dre Émilie Charbonneau-Hébert, MD, FRCPC
Oncologue médicale
""",
    gold=G("F", 49,
           ("present", "breast", "invasive_ductal_carcinoma", {"ER": "negative", "PR": "negative", "HER2": "positive"}),
           ("present", ["staging_imaging"], True),
           ("present", ["inflammatory"], 4),
           ("present", ["L01FD01", "L01FD02", "M05BX04", "B01AB05", "A12AX", "N02BE01"]),
           ("present", ["radiotherapy"]),
           ("present", ["M05BX04"]),
           ("conflicting", ["B01AB05"]),
           ("unknown", []),
           ("present", 2, None),
           ("present", "palliative")),
    style="Québec medical oncologist, text PDF, HER2+ breast, docetaxel cessé, Lovenox in Rx list vs 'Anticoagulation : non' in the summary (conflicting), inflammatory pain, Caltrate/Tylenol/Ativan",
))

# ---------------------------------------------------------------- zzu12
LETTERS.append(dict(
    id="zzu12", gold_id="zzu12", fmt="docx", date=D(2025, 10, 1), age_text="septante-sept ans",
    creator="Hôpital du Chablais valaisan",
    text="""# Hôpital du Chablais valaisan - Service de chirurgie orthopédique et traumatologie
Av. de la Gare 41, 1890 Saint-Maurice-d'Agaune - Tél. 024 555 90 20
Saint-Maurice, le 1er octobre 2025
RCP Métastases osseuses - CH du Genevois-Fier (F)
# Concerne : M. Bernard MOTTIEZ-CHABLOZ, septante-sept ans, domicilié à Évian-les-Bains
Chère Collègue, cher Collègue,
Je vous adresse M. Mottiez-Chabloz, septante-sept ans, opéré dans notre service, pour la suite de la prise en charge oncologique qu'il souhaite poursuivre en France.
# Anamnèse
Carcinome folliculaire de la thyroïde, thyroïdectomie totale en 2019 suivie d'une surveillance, thyroglobuline indosable jusqu'en 2024, puis en ascension.
Le 04.09.2025, fracture pathologique sous-trochantérienne gauche en descendant d'un trottoir. Enclouage céphalo-médullaire avec curetage de la lésion le 06.09.2025. Histologie : métastase de carcinome folliculaire de la thyroïde. Le bilan (PET-CT et scintigraphie à l'iode) ne montre pas d'autre lésion.
# Status
Cicatrice calme. Pas de douleur au repos ; douleurs à la mise en charge, EVA 3/10. Marche avec deux cannes anglaises.
# Médicaments
| Euthyrox 150 µg | 1-0-0 |
| Clexane 40 mg s.c. | 1x/j, prophylaxie jusqu'au 18.10.2025 |
| Dafalgan 1 g | 1-1-1-1 |
| Irfen 400 mg | 1-0-1 depuis le 25.09, pour 10 jours |
| Inderal 40 mg | 1-0-1 |
L'Aspirine cardio a été arrêtée 7 jours avant l'intervention et n'a pas été reprise (avis du cardiologue attendu).
Pas de traitement par bisphosphonate ni par dénosumab.
# Projet
Un traitement par iode radioactif (I-131) a été décidé avec nos collègues de médecine nucléaire et sera réalisé au Centre hospitalier du Léman vaudois le 20.10.2025, dans une optique curative au vu du caractère unique de la lésion. Une radiothérapie externe complémentaire du site opératoire pourrait être discutée.
Merci de votre avis quant à la radiothérapie complémentaire et à l'indication d'un traitement osseux.
Meilleures salutations.
Dr Nicolas Rausis-Délèze, médecin adjoint
""",
    gold=G("M", 77,
           ("present", "thyroid", "other", {}),
           ("present", ["pathological_fracture"], True),
           ("present", ["mechanical"], 3),
           ("present", ["H03AA01", "B01AB05", "N02BE01", "M01AE01"]),
           ("present", ["surgery"]),
           ("absent", []),
           ("present", ["B01AB05"]),
           ("absent", []),
           ("unknown", None, None),
           ("present", "curative")),
    style="Swiss (Valais) orthopaedic surgeon, DOCX, 'septante-sept ans', thyroid follicular carcinoma, Clexane prophylaxis, Aspirine cardio stopped, radio-iodine decided (curative), Irfen = ibuprofen",
))


WRITERS = {"txt": write_txt, "pdf": write_pdf, "docx": write_docx}


def main() -> int:
    atc = load_atc()
    ids = [l["id"] for l in LETTERS]
    try:
        if len(set(ids)) != len(ids):
            raise Violation("duplicate ids")
        for code in ALIASES.values():
            if code not in atc:
                raise Violation(f"alias code {code} not in atc-reference.tsv")
        for letter in LETTERS:
            check(letter, atc)
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for letter in LETTERS:
        WRITERS[letter["fmt"]](letter, HERE / "letters" / f"{letter['id']}.{letter['fmt']}")
        gold = build_gold(letter)
        (HERE / "gold" / f"{letter['id']}.json").write_text(
            json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(LETTERS)} letters and golds written to {HERE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
