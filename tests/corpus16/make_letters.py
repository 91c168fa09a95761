#!/usr/bin/env python3
"""corpus16: 12 blind referral letters for the RCP « métastases osseuses »,
with their gold records.

Written from the shared contract only (shared/spec/rcp-request.md,
atc-reference.tsv, the dev README and the gold JSON format), without
reading the converter. Run from the repository root:

    /work/main/.venv/bin/python tests/corpus16/make_letters.py

It checks every gold record against the contract (exits with
"CONTRACT VIOLATION: ..." on the first failure), then writes
tests/corpus16/letters/ and tests/corpus16/gold/ byte-identically on
every run, and re-reads the written letters to make sure the evidence
is still in their text layer.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import sys
import unicodedata
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SPEC_CANDIDATES = [REPO.parent / "shared" / "spec", Path("/work/shared/spec")]

# ------------------------------------------------------------ contract
ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
         "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject"]
GAP_ITEMS = [i for i in ITEMS if i != "antiplatelets"]
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other",
         "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma",
               "nsclc_nos", "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma",
               "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIO_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
                 "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
SEXES = {"F", "M"}


def agent_ok(section: str, code: str) -> bool:
    if section == "boneTargetedTherapy":
        return code.startswith("M05BA") or code == "M05BX04"
    if section == "anticoagulation":
        return code[:5] in {"B01AA", "B01AB", "B01AE", "B01AF"} or code == "B01AX05"
    if section == "antiplatelets":
        return code.startswith("B01AC")
    raise KeyError(section)


def G(sex, age, *, primary, bone, pain, meds, local, btt, ac, ap, prog, proj) -> dict:
    """Build a gold record (without id and gaps) in the dev gold's shape."""
    p_status, site, hist, bio = primary
    b_status, circ, dated = bone
    pa_status, ptypes, inten = pain
    pr_status, ecog, kps = prog
    prognosis = {"status": pr_status}
    if kps is not None:
        prognosis["kps"] = kps
    if ecog is not None or kps is None:
        prognosis["ecog"] = ecog
    return {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": p_status, "site": site, "histology": hist, "biomarkers": dict(bio)},
        "boneDiagnosis": {"status": b_status, "circumstances": sorted(circ), "dated": dated},
        "pain": {"status": pa_status, "types": sorted(ptypes), "intensity": inten},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": ac[0], "atc": sorted(ac[1])},
        "antiplatelets": {"status": ap[0], "atc": sorted(ap[1])},
        "prognosis": prognosis,
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }


def derive_gaps(g: dict) -> list:
    """The spec's Gaps rule, applied to the gold values (nine items, not antiplatelets)."""
    gaps = []
    for item in GAP_ITEMS:
        sec = g[item]
        st = sec["status"]
        if st == "unknown":
            gaps.append([item, "missing"])
        elif st in ("uncertain", "conflicting"):
            gaps.append([item, st])
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


def age_at(birth: date, when: date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))

# ====================================================================
# WRITERS (deterministic TXT, DOCX, PDF)
# ====================================================================

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"F1": "DejaVuSans.ttf", "F2": "DejaVuSans-Bold.ttf"}


# ---------------------------------------------------------------- text
def write_txt(path: Path, text: str, crlf: bool = False) -> None:
    data = text.replace("\r\n", "\n")
    if crlf:
        data = data.replace("\n", "\r\n")
    path.write_bytes(data.encode("utf-8"))


# ---------------------------------------------------------------- docx
def write_docx(path: Path, blocks: list, core: dict) -> None:
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for kind, content in blocks:
        if kind == "p":
            doc.add_paragraph(content)
        elif kind == "bold":
            doc.add_paragraph().add_run(content).bold = True
        elif kind == "heading":
            run = doc.add_paragraph().add_run(content)
            run.bold = True
            run.underline = True
        elif kind == "bullets":
            for item in content:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = content
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
                    if i == 0:
                        for r in table.cell(i, j).paragraphs[0].runs:
                            r.bold = True
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = core["author"]
    cp.last_modified_by = core["author"]
    cp.title = core.get("title", "")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = core["date"]
    cp.modified = core["date"]
    cp.last_printed = core["date"]
    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps so that every run is byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    stamp = core["date"].timetuple()[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def docx_text(blocks: list) -> str:
    parts = []
    for kind, content in blocks:
        if kind == "bullets":
            parts.extend(content)
        elif kind == "table":
            parts.extend(" | ".join(r) for r in content)
        else:
            parts.append(content)
    return "\n".join(parts)


def read_docx_text(path: Path) -> str:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


# ---------------------------------------------------------------- pdf
class _Font:
    def __init__(self, key: str, filename: str, chars: set[str]):
        from fontTools.ttLib import TTFont
        from fontTools import subset

        self.key = key
        full = TTFont(str(FONT_DIR / filename), recalcTimestamp=False)
        upm = full["head"].unitsPerEm
        cmap = full.getBestCmap()
        hmtx = full["hmtx"]
        self.widths = []
        for code in range(32, 256):
            try:
                ch = bytes([code]).decode("cp1252")
            except UnicodeDecodeError:
                self.widths.append(0)
                continue
            g = cmap.get(ord(ch))
            self.widths.append(round(hmtx[g][0] * 1000 / upm) if g else 0)
        head = full["head"]
        self.bbox = [round(v * 1000 / upm) for v in (head.xMin, head.yMin, head.xMax, head.yMax)]
        hhea = full["hhea"]
        self.ascent = round(hhea.ascent * 1000 / upm)
        self.descent = round(hhea.descent * 1000 / upm)
        self.cap = round(full["OS/2"].sCapHeight * 1000 / upm) if hasattr(full["OS/2"], "sCapHeight") else 729
        opts = subset.Options()
        opts.recalc_timestamp = False
        opts.notdef_outline = True
        opts.name_IDs = ["*"]
        opts.glyph_names = True
        opts.drop_tables = list(opts.drop_tables) + ["FFTM"]
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=sorted({ord(c) for c in chars} | {32}))
        sub.subset(full)
        full.recalcTimestamp = False
        b = io.BytesIO()
        full.save(b)
        self.data = b.getvalue()
        tag = "".join(chr(65 + (x % 26)) for x in hashlib.md5(self.data).digest()[:6])
        self.name = tag + "+" + filename.rsplit(".", 1)[0]

    def width(self, text: str, size: float) -> float:
        return sum(self.widths[b - 32] if b >= 32 else 0 for b in text.encode("cp1252")) * size / 1000


def _esc(s: str) -> str:
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "".join(out)


def _wrap(font: _Font, text: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split(" "):
        trial = word if not cur else cur + " " + word
        if font.width(trial, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    lines.append(cur)
    return lines


def write_pdf(path: Path, blocks: list, meta: dict) -> None:
    """blocks: (kind, text) with kind in bold/p/small/blank/rule."""
    chars = set("".join(t for _, t in blocks))
    fonts = {k: _Font(k, f, chars) for k, f in FONTS.items()}
    W, H, M = 595.28, 841.89, 56.0
    pages, ops, y = [], [], H - M

    def newpage():
        nonlocal ops, y
        if ops:
            pages.append("\n".join(ops))
        ops, y = [], H - M

    for kind, text in blocks:
        if kind == "blank":
            y -= 8
            continue
        if kind == "rule":
            ops.append(f"0.5 w {M:.2f} {y:.2f} m {W - M:.2f} {y:.2f} l S")
            y -= 10
            continue
        fk, size, lead = {"bold": ("F2", 10.5, 14), "p": ("F1", 10, 13.2), "small": ("F1", 8, 10)}[kind]
        for line in _wrap(fonts[fk], text, size, W - 2 * M):
            if y < M + 20:
                newpage()
            ops.append(f"BT /{fk} {size} Tf {M:.2f} {y:.2f} Td ({_esc(line)}) Tj ET")
            y -= lead
        y -= 4
    newpage()

    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    def stream(dict_extra: str, raw: bytes, compress=True) -> bytes:
        data = zlib.compress(raw, 9) if compress else raw
        filt = " /Filter /FlateDecode" if compress else ""
        return (f"<< /Length {len(data)}{filt}{dict_extra} >>\nstream\n").encode() + data + b"\nendstream"

    catalog = add(b"")  # placeholder
    pages_id = add(b"")
    font_ids = {}
    for k, f in fonts.items():
        ff = add(stream(f" /Length1 {len(f.data)}", f.data))
        fd = add((f"<< /Type /FontDescriptor /FontName /{f.name} /Flags 32 /FontBBox [{' '.join(map(str, f.bbox))}] "
                  f"/ItalicAngle 0 /Ascent {f.ascent} /Descent {f.descent} /CapHeight {f.cap} /StemV 80 "
                  f"/FontFile2 {ff} 0 R >>").encode())
        font_ids[k] = add((f"<< /Type /Font /Subtype /TrueType /BaseFont /{f.name} /FirstChar 32 /LastChar 255 "
                           f"/Widths [{' '.join(map(str, f.widths))}] /Encoding /WinAnsiEncoding "
                           f"/FontDescriptor {fd} 0 R >>").encode())
    res = "<< /Font << " + " ".join(f"/{k} {v} 0 R" for k, v in font_ids.items()) + " >> >>"
    kids = []
    for content in pages:
        c = add(stream("", content.encode("ascii")))
        kids.append(add((f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {W} {H}] "
                         f"/Resources {res} /Contents {c} 0 R >>").encode()))
    objs[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>").encode()
    objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()

    def pstr(s: str) -> str:
        return "(" + _esc(s) + ")"

    info = add((f"<< /Title {pstr(meta['title'])} /Author {pstr(meta['author'])} /Creator {pstr(meta['creator'])} "
                f"/Producer {pstr(meta['producer'])} /CreationDate ({meta['date']}) /ModDate ({meta['date']}) >>").encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    fid = hashlib.md5(out.getvalue()).hexdigest()
    out.write((f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R /Info {info} 0 R /ID [<{fid}> <{fid}>] >>\n"
               f"startxref\n{xref}\n%%EOF\n").encode())
    path.write_bytes(out.getvalue())


def pdf_text(blocks: list) -> str:
    return "\n".join(t for k, t in blocks if k not in ("blank", "rule"))


def read_pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
# ====================================================================
# LETTERS
# Each letter: id, fmt (txt/docx/pdf), style, author, date (letter's
# date), birth (birth date or None), age_text (the age as written, or
# None), text or blocks, gold (built with G), evidence (drug spellings
# per ATC for every current drug), not_current (drug spellings that
# must NOT be current), quotes (phrases the statuses rest on).
# ====================================================================

L = []

# --------------------------------------------------------------- g01
L.append(dict(
    id="g01", fmt="txt", style="dictation", author="pneumologist (voice recognition, uncorrected)",
    date=date(2025, 5, 14), birth=None, age_text="soixante-huit ans",
    text=(
        "Dr T. Grandjean - pneumologie - dicté le 14/05/2025\n"
        "cher confrère je vous adresse pour discussion en RCP métastases osseuses monsieur Gérard Pellissier "
        "âgé de soixante-huit ans que je suis pour un adénocarcinome pulmonaire du lobe supérieur droit "
        "diagnostiqué en décembre deux mille vingt-quatre sur une biopsie bronchique avec une mutation de "
        "l'EGFR délétion de l'exon dix-neuf virgule ALK négatif et PD-L1 à cinq pour cent point il est traité "
        "par tag risso quatre-vingts milligrammes par jour depuis le six janvier avec une bonne réponse sur le "
        "primitif au scanner d'avril point dans ses antécédents on retient une hypertension artérielle un "
        "tabagisme sevré à trente paquets années une appendicectomie et surtout une embolie pulmonaire "
        "bilatérale découverte au moment du diagnostic pour laquelle il est sous zarelto vingt milligrammes le "
        "soir sans complication hémorragique point sur le plan familial son frère a été traité pour un cancer "
        "de la prostate et sa mère est décédée d'un AVC point sur le plan osseux il a présenté à partir de mars "
        "deux mille vingt-cinq des douleurs de l'anche droite à la marche et à l'appuie ayant conduit à une IRM "
        "du bassin qui a montré une lésion litique du col fémoral droit de vingt-huit millimètres avec atteinte "
        "corticale score de mirel à neuf virgule il n'y a pas de douleur nocturne point la douleur est évaluée "
        "à six sur dix à l'EVA malgré le doliprane un gramme trois fois par jour et il se déplace avec un "
        "déambulateur depuis trois semaines point il reçoit du x geva cent vingt milligrammes toutes les quatre "
        "semaines depuis le mois d'avril avec du cacit d trois point à la ligne son traitement actuel comprend "
        "donc tag risso quatre-vingts milligrammes zarelto vingt milligrammes doliprane un gramme trois fois "
        "par jour x geva une injection par mois cacit d trois un sachet par jour inexium vingt milligrammes le "
        "matin et amlor cinq milligrammes point performance status à un point la question posée à la RCP est "
        "celle d'une chirurgie prophylactique de la hanche droite ou d'une radiothérapie antalgique seule "
        "compte tenu du risque fracturaire point je vous remercie de votre avis et vous prie de croire cher "
        "confrère en l'expression de mes sentiments les meilleurs point docteur Thibault Grandjean pneumologie "
        "hôpital Saint-Aubrac\n"
    ),
    gold=G("M", 68,
           primary=("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "positive"}),
           bone=("present", ["pain"], True),
           pain=("present", ["mechanical"], 6),
           meds=("present", ["L01EB04", "B01AF01", "N02BE01", "M05BX04", "A12AX", "A02BC05"]),
           local=("unknown", []),
           btt=("present", ["M05BX04"]),
           ac=("present", ["B01AF01"]),
           ap=("unknown", []),
           prog=("present", 1, None),
           proj=("present", None)),
    evidence={"L01EB04": "tag risso", "B01AF01": "zarelto", "N02BE01": "doliprane", "M05BX04": "x geva",
              "A12AX": "cacit d trois", "A02BC05": "inexium"},
    not_current={},
    quotes=["pas de douleur nocturne", "à la marche et à l'appuie", "six sur dix à l'EVA",
            "performance status à un", "PD-L1 à cinq pour cent", "à partir de mars deux mille vingt-cinq",
            "chirurgie prophylactique de la hanche droite ou d'une radiothérapie"],
    tricky="uncorrected dictation, numbers in words ('six sur dix', 'cinq pour cent'), 'zarelto', 'x geva', "
           "'tag risso'; nocturnal pain denied; surgery and RT only asked (prior local unknown); brother's cancer",
))

# --------------------------------------------------------------- g02
L.append(dict(
    id="g02", fmt="txt", style="dictation", author="medical oncologist (voice recognition, uncorrected)",
    date=date(2025, 6, 3), birth=date(1956, 2, 12), age_text="soixante-neuf ans",
    text=(
        "Dr A-L Besnard - dictée du 03/06/2025 - transcription non relue\n"
        "objet RCP métastases osseuses madame Josiane Ferrand née le 12 février 1956 chère consœur je te "
        "remercie de bien vouloir discuter en RCP le dossier de madame Ferrand soixante-neuf ans que nous "
        "suivons pour un carcinome lobulaire infiltrant du sein gauche diagnostiqué en deux mille dix-huit "
        "traité par tumorectomie et ganglion sentinelle puis radiothérapie mammaire et hormonothérapie par "
        "anastrozole pendant cinq ans virgule récepteurs aux œstrogènes positifs à quatre-vingt-dix pour cent "
        "récepteurs à la progestérone positifs à vingt pour cent HER2 négatif score zéro point en septembre "
        "deux mille vingt-quatre le scanner de surveillance a mis en évidence des lésions osseuses "
        "condensantes multiples du rachis du bassin et des côtes confirmées à la TEP virgule la biopsie d'une "
        "lésion iliaque a confirmé l'origine mammaire avec le même profil hormonal point elle a reçu une "
        "radiothérapie sur L3 en octobre deux mille vingt-quatre vingt grès en cinq fractions pour une lésion "
        "menaçant le mur postérieur point elle est actuellement sous kiss qali six cents milligrammes trois "
        "semaines sur quatre et fémara deux virgule cinq milligrammes depuis novembre avec une bonne tolérance "
        "en dehors d'une neutropénie de grade deux point le zometa qui avait été débuté en novembre a été "
        "interrompu en avril en raison d'une ostéonécrose de la mâchoire stade un point sur le plan des "
        "antécédents cardiopathie ischémique avec un stent en deux mille vingt et fibrillation atriale "
        "paroxystique virgule pas de traitement anticoagulant point pas d'antécédent familial particulier "
        "point elle ne se plaint d'aucune douleur osseuse et l'examen est sans particularité OMS zéro elle a "
        "d'ailleurs repris la marche nordique point à la ligne son traitement kiss qali six cents fémara deux "
        "virgule cinq eli quis cinq milligrammes matin et soir kardé gic soixante-quinze bisoprolol deux "
        "virgule cinq et tahor quarante point à la ligne la question posée est celle de la reprise d'un "
        "traitement antirésorptif et notamment du dénosumab compte tenu de l'ostéonécrose en cours de "
        "cicatrisation virgule le chirurgien maxillo-facial ne s'y oppose pas point je te remercie bien "
        "amicalement docteur Anne-Laure Besnard oncologie médicale\n"
    ),
    gold=G("F", 69,
           primary=("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
           bone=("present", ["staging_imaging"], True),
           pain=("absent", [], None),
           meds=("present", ["L01EF02", "L02BG04", "B01AF02", "B01AC06", "C07AB07", "C10AA05"]),
           local=("present", ["radiotherapy"]),
           btt=("absent", []),
           ac=("conflicting", ["B01AF02"]),
           ap=("present", ["B01AC06"]),
           prog=("present", 0, None),
           proj=("present", None)),
    evidence={"L01EF02": "kiss qali", "L02BG04": "fémara", "B01AF02": "eli quis", "B01AC06": "kardé gic",
              "C07AB07": "bisoprolol", "C10AA05": "tahor"},
    not_current={"L02BG03": "anastrozole", "M05BA08": "zometa", "M05BX04": "dénosumab"},
    quotes=["pas de traitement anticoagulant", "eli quis cinq milligrammes matin et soir",
            "a été interrompu en avril", "ne se plaint d'aucune douleur osseuse", "OMS zéro",
            "radiothérapie sur L3", "scanner de surveillance", "septembre deux mille vingt-quatre"],
    tricky="dictation that denies anticoagulation then lists 'eli quis' (conflicting, kept as current); "
           "'kardé gic' antiplatelet; Zometa stopped for ONJ (bone therapy absent); breast RT does not count, L3 RT does; "
           "anastrozole stopped; denosumab only a question",
))

# --------------------------------------------------------------- g03
L.append(dict(
    id="g03", fmt="txt", style="dictation", author="urologist (voice recognition, uncorrected)",
    date=date(2025, 6, 11), birth=None, age_text="soixante-dix-sept ans",
    text=(
        "dicté le 11/06/2025 par Dr Y. Le Guellec - urologie - Clinique des Ajoncs\n"
        "courrier à l'attention du docteur Morvan RCP os CHU de Kerlanic cher ami je t'adresse monsieur André "
        "Lecoutre soixante-dix-sept ans pour avis en RCP osseuse point il s'agit d'un adénocarcinome de la "
        "prostate Gleason quatre plus quatre diagnostiqué en deux mille dix-neuf traité initialement par "
        "radiothérapie prostatique et hormonothérapie courte virgule rechute biologique en deux mille "
        "vingt-trois puis rechute osseuse en novembre deux mille vingt-quatre quand il a consulté pour des "
        "douleurs lombaires basses virgule la scintigraphie retrouvant des fixations de L4 de L5 du sacrum et de "
        "la sixième côte droite point il est actuellement résistant à la castration avec un PSA à quarante-deux "
        "nanogrammes par millilitre en mai contre dix-huit en février sous décapeptyl tous les six mois et zi "
        "tiga mille milligrammes par jour avec cortancyl cinq milligrammes depuis décembre point sur le plan "
        "douloureux il décrit des lombalgies avec une irradiation dans la jambe gauche jusqu'au pied à type de "
        "décharge électrique et des réveils nocturnes virgule l'EVA était à sept il y a un mois elle est "
        "actuellement à quatre sur dix sous skénan trente milligrammes matin et soir actiskénan dix "
        "milligrammes en interdose et lyrique a soixante-quinze milligrammes deux fois par jour point il n'a "
        "jamais eu de traitement local sur ses lésions osseuses ni radiothérapie ni cimentoplastie ni chirurgie "
        "point le bilan dentaire est en cours avant de débuter un traitement par dénosumab point dans les "
        "antécédents fibrillation auriculaire il était sous pré viscan vingt milligrammes qui a été arrêté en "
        "janvier à cause d'un INR très instable et relayé par lisiana soixante milligrammes une fois par jour "
        "virgule diabète de type deux sous metformine mille matin et soir point son père est décédé d'un "
        "cancer du côlon point traitement actuel décapeptyl vingt-deux virgule cinq tous les six mois zi tiga "
        "mille cortancyl cinq skénan trente matin et soir actiskénan dix lyrique a soixante-quinze matin et "
        "soir lisiana soixante metformine mille matin et soir et forlax un sachet point la question que je "
        "pose à la RCP est celle d'une radiothérapie antalgique de L4 L5 voire d'une cimentoplastie et de "
        "votre avis sur le dénosumab point amitiés Yann Le Guellec\n"
    ),
    gold=G("M", 77,
           primary=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           bone=("present", ["pain"], True),
           pain=("present", ["neuropathic", "nocturnal"], 4),
           meds=("present", ["L02AE04", "L02BX03", "H02AB07", "N02AA01", "N03AX16", "B01AF03", "A10BA02", "A06AD15"]),
           local=("absent", []),
           btt=("unknown", []),
           ac=("present", ["B01AF03"]),
           ap=("unknown", []),
           prog=("unknown", None, None),
           proj=("present", None)),
    evidence={"L02AE04": "décapeptyl", "L02BX03": "zi tiga", "H02AB07": "cortancyl", "N02AA01": "skénan",
              "N03AX16": "lyrique a", "B01AF03": "lisiana", "A10BA02": "metformine", "A06AD15": "forlax"},
    not_current={"B01AA12": "pré viscan", "M05BX04": "dénosumab"},
    quotes=["qui a été arrêté en janvier", "relayé par lisiana", "décharge électrique", "réveils nocturnes",
            "actuellement à quatre sur dix", "jamais eu de traitement local sur ses lésions osseuses",
            "bilan dentaire est en cours avant de débuter", "novembre deux mille vingt-quatre",
            "radiothérapie prostatique"],
    tricky="anticoagulant switched ('pré viscan' stopped, relayed by 'lisiana' = Lixiana); pain 7 a month ago, 4 now; "
           "'lyrique a' (Lyrica), 'zi tiga'; prostate RT is not a bone treatment; denosumab awaiting dental check (unknown); "
           "no performance status",
))

# --------------------------------------------------------------- g04
G04_BLOCKS = [
    ("bold", "CENTRE HOSPITALIER DE MIRANDOL-SUR-LÈZE"),
    ("p", "Service d'oncologie médicale - Pr J.-M. Sabatier"),
    ("small", "3 allée des Cordeliers - 31999 Mirandol-sur-Lèze - Secrétariat : 05 61 40 17 93"),
    ("rule", ""),
    ("p", "Mirandol, le 27/06/2025"),
    ("p", "Destinataire : RCP Métastases osseuses - Institut régional de cancérologie de Castelbrun"),
    ("bold", "Objet : M. Patrick DELORME, né le 30/06/1958"),
    ("blank", ""),
    ("p", "chère madame cher monsieur je vous adresse monsieur Delorme pour discussion en RCP métastases "
          "osseuses point à la ligne il s'agit d'un patient suivi pour un carcinome rénal à cellules claires du "
          "rein gauche néphrectomisé en deux mille vingt et un pT3a grade quatre de fuhrman virgule métastatique "
          "osseux et pulmonaire depuis avril deux mille vingt-cinq où il a présenté une fracture pathologique de "
          "l'humérus droit en portant un sac de courses point à la ligne il a été opéré le dix-huit avril par "
          "enclouage centromédullaire de l'humérus et la radiothérapie post-opératoire du bras est en cours "
          "trente grès en dix fractions avec une fin prévue le quatre juillet point à la ligne il a débuté du "
          "cabo métix soixante milligrammes le vingt-huit avril suspendu dix jours pour un retard de "
          "cicatrisation puis repris le deux juin à quarante milligrammes par jour point à la ligne antécédents "
          "hypothyroïdie sous lévothyrox soixante-quinze microgrammes virgule thrombose veineuse profonde "
          "fémorale droite en mai traitée par inno hep quatorze mille unités une injection sous-cutanée par jour "
          "toujours en cours virgule pas d'antiagrégant plaquettaire point il ne reçoit pas de traitement "
          "antirésorptif pour l'instant point à la ligne sur le plan douloureux douleurs de l'épaule droite à la "
          "mobilisation cotées à trois sur dix sous oxy contine dix milligrammes matin et soir et dafalgan un "
          "gramme trois fois par jour virgule pas de douleur au repos point à la ligne Karnofsky à soixante-dix "
          "pour cent virgule le traitement reste à visée palliative point à la ligne questions posées à la RCP "
          "faut-il associer un traitement antirésorptif et lequel acide zolédronique ou dénosumab et faut-il "
          "irradier la lésion de la sixième vertèbre dorsale asymptomatique découverte sur le scanner de bilan "
          "point à la ligne bien confraternellement docteur Camille Rouveyrol"),
    ("blank", ""),
    ("small", "Document issu de la reconnaissance vocale, non relu par le médecin. CR/DICT 2025-06-27"),
]
L.append(dict(
    id="g04", fmt="pdf", style="dictation", author="medical oncologist (dictation pasted in a letterhead, not proofread)",
    date=date(2025, 6, 27), birth=date(1958, 6, 30), age_text=None,
    blocks=G04_BLOCKS, pdf_meta={"title": "Courrier RCP - DELORME Patrick", "author": "secretariat.onco",
                                 "creator": "Trame courrier CH Mirandol", "date": "D:20250627101500+02'00'"},
    gold=G("M", 66,
           primary=("present", "kidney", "clear_cell_carcinoma", {}),
           bone=("present", ["pathological_fracture"], True),
           pain=("present", ["mechanical"], 3),
           meds=("present", ["L01EX07", "H03AA01", "B01AB10", "N02AA05", "N02BE01"]),
           local=("present", ["surgery", "radiotherapy"]),
           btt=("absent", []),
           ac=("present", ["B01AB10"]),
           ap=("absent", []),
           prog=("present", None, 70),
           proj=("present", "palliative")),
    evidence={"L01EX07": "cabo métix", "H03AA01": "lévothyrox", "B01AB10": "inno hep", "N02AA05": "oxy contine",
              "N02BE01": "dafalgan"},
    not_current={"M05BA08": "acide zolédronique", "M05BX04": "dénosumab"},
    quotes=["fracture pathologique de l'humérus droit", "enclouage centromédullaire", "radiothérapie post-opératoire du bras est en cours",
            "toujours en cours", "pas d'antiagrégant plaquettaire", "ne reçoit pas de traitement antirésorptif pour l'instant",
            "à la mobilisation", "trois sur dix", "Karnofsky à soixante-dix", "visée palliative", "né le 30/06/1958"],
    tricky="PDF of an unproofread dictation ('point à la ligne' left in); 'inno hep' (Innohep), 'cabo métix', 'oxy contine'; "
           "birthday three days after the letter (66, not 67); RT in progress counts; Karnofsky only, in words",
))

# --------------------------------------------------------------- g05
L.append(dict(
    id="g05", fmt="txt", style="email", author="thoracic oncologist replying from a phone over a pulmonologist's e-mail",
    date=date(2025, 6, 18), birth=None, age_text="71 ans",
    text=(
        "De : Hélène Marchetti <h.marchetti@ch-valbrune.fr>\n"
        "Envoyé : mercredi 18 juin 2025 07:52\n"
        "À : RCP Os - Secrétariat <rcp.os@ch-valbrune.fr>\n"
        "Cc : Pierre-Yves Lannoy <py.lannoy@ch-valbrune.fr>\n"
        "Objet : RE: Demande RCP os - M. CASTAGNE Roger\n"
        "\n"
        "Bonjour,\n"
        "\n"
        "Je complète la demande du Dr Lannoy ci-dessous, j'ai vu le patient hier en consultation :\n"
        "- correction importante : M. Castagné EST anticoagulé. Il a fait une TVP surale gauche le 14/05 et "
        "l'angiologue a introduit de l'eliquis 5mg x2/j, le Dr Lannoy n'en avait pas connaissance au moment "
        "de son mail. Le kardegic a été arrêté à ce moment là (avis cardio), donc plus d'antiagrégant.\n"
        "- aucune irradiation ni aucun geste sur la lésion iliaque à ce jour\n"
        "- la douleur iliaque reste modérée, EVA 3 ce jour\n"
        "- C5 de pembrolizumab faite le 12/06, C6 prévue le 03/07\n"
        "\n"
        "Pour la RCP je pose la question d'une radiothérapie stéréotaxique de la lésion iliaque gauche "
        "(seule lésion à distance) et d'un éventuel traitement par dénosumab.\n"
        "\n"
        "Bonne journée\n"
        "Hélène M.\n"
        "\n"
        "Envoyé de mon iPhone\n"
        "\n"
        "> Le 12 juin 2025 à 16:31, Pierre-Yves Lannoy <py.lannoy@ch-valbrune.fr> a écrit :\n"
        ">\n"
        "> Chers collègues,\n"
        ">\n"
        "> Merci d'inscrire à la prochaine RCP os M. Roger Castagné, 71 ans.\n"
        "> Carcinome épidermoïde du LID diagnostiqué en février 2025 (biopsie sous EBUS), PD-L1 TPS 70 %, pas "
        "d'altération moléculaire ciblable.\n"
        "> TEP-TDM de bilan initial 02/2025 : hypermétabolisme du LID, adénopathies médiastinales homolatérales "
        "et une lésion ostéolytique iliaque gauche isolée (SUVmax 9).\n"
        "> Pas de douleur à l'époque, depuis un mois douleur iliaque gauche EVA 4.\n"
        "> Traitement : Keytruda 200 mg toutes les 3 semaines depuis le 20/03, Doliprane 1 g si besoin, Tahor 40, "
        "Kardegic 75, Inexium 20.\n"
        "> Pas d'anticoagulant.\n"
        "> PS 1.\n"
        "> ATCD : BPCO stade 2, tabac 45 PA sevré en 2020, coronaropathie stentée en 2019. Père : cancer du "
        "larynx.\n"
        ">\n"
        "> Bien à vous\n"
        "> PY Lannoy\n"
        "> Pneumologie - CH de Valbrune\n"
        "> Secr. 04 71 38 52 90\n"
    ),
    gold=G("M", 71,
           primary=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
           bone=("present", ["staging_imaging"], True),
           pain=("present", [], 3),
           meds=("present", ["L01FF02", "N02BE01", "C10AA05", "A02BC05", "B01AF02"]),
           local=("absent", []),
           btt=("unknown", []),
           ac=("present", ["B01AF02"]),
           ap=("absent", []),
           prog=("present", 1, None),
           proj=("present", None)),
    evidence={"L01FF02": "Keytruda", "N02BE01": "Doliprane", "C10AA05": "Tahor", "A02BC05": "Inexium",
              "B01AF02": "eliquis"},
    not_current={"B01AC06": "Kardegic", "M05BX04": "dénosumab"},
    quotes=["> Pas d'anticoagulant.", "correction importante : M. Castagné EST anticoagulé", "Le kardegic a été arrêté",
            "aucune irradiation ni aucun geste sur la lésion iliaque", "EVA 3 ce jour", "TEP-TDM de bilan initial 02/2025",
            "PD-L1 TPS 70 %", "> PS 1.", "C6 prévue le 03/07"],
    tricky="'pas d'anticoagulant' only in the quoted earlier mail, explicitly corrected above (Eliquis since a DVT); "
           "Kardégic in the quoted list but stopped; pain EVA 4 then 3, no type; 'pas d'altération ciblable' names no marker; "
           "denosumab only asked; father's cancer",
))

# --------------------------------------------------------------- g06
L.append(dict(
    id="g06", fmt="txt", style="email", author="general practitioner answering the coordinator, oncologist's mail quoted twice",
    date=date(2025, 7, 7), birth=date(1966, 11, 4), age_text=None,
    text=(
        "De : Dr Anne-Sophie Verdier <cabinet.verdier@medecins-galmont.fr>\n"
        "Date : lun. 7 juil. 2025 à 13:05\n"
        "Pour : Coordination RCP os <coordination-rcp-os@clinique-ste-ysolde.fr>\n"
        "Objet : Re: RCP os du 10/07 - Mme LEBRETON Martine - compléments\n"
        "\n"
        "Bonjour Madame,\n"
        "\n"
        "Voici les réponses à vos questions pour Mme Lebreton :\n"
        "- anti-résorptif : oui, elle reçoit du Prolia 60 mg, une injection tous les 6 mois depuis 2022, prescrit "
        "par son rhumatologue pour une ostéoporose (dernière injection le 12 mars). Ce n'est donc pas \"à "
        "vérifier\" comme l'écrit le Dr Kessler, c'est certain : c'est moi qui le renouvelle.\n"
        "- anticoagulant : non, aucun. Pas d'antiagrégant non plus.\n"
        "- traitement complet : Ibrance 125 mg 21j/28, Faslodex 500 mg IM 1x/mois, Prolia, Uvedose 100 000 UI "
        "1 amp/3 mois, Levothyrox 88 µg, Xanax 0,25 mg le soir, Doliprane 1 g x3/j\n"
        "- elle me dit avoir mal au niveau des côtes à droite, surtout la nuit, ça la réveille, environ 4/10.\n"
        "\n"
        "Cordialement,\n"
        "\n"
        "Dr A.-S. Verdier\n"
        "Médecine générale\n"
        "12 place du Marché - 38999 Galmont\n"
        "Tél : 04 76 90 18 44\n"
        "\n"
        "Le ven. 4 juil. 2025 à 17:40, Coordination RCP os <coordination-rcp-os@clinique-ste-ysolde.fr> a écrit :\n"
        "> Bonjour Docteur,\n"
        "> Nous avons reçu la demande ci-dessous du Dr Kessler pour votre patiente. Pour compléter le dossier "
        "avant la RCP du 10/07, pourriez-vous nous préciser : traitement anticoagulant ? traitement "
        "anti-résorptif ? liste complète des traitements ?\n"
        "> Merci d'avance\n"
        "> Nadia Ferhat, IDE coordinatrice RCP os\n"
        ">\n"
        ">> Le 2 juil. 2025 à 11:12, Dr Paul Kessler <p.kessler@clinique-ste-ysolde.fr> a écrit :\n"
        ">> Bonjour,\n"
        ">> Je souhaite présenter en RCP os Mme Martine Lebreton, née le 04/11/1966.\n"
        ">> Cancer du sein droit, carcinome canalaire infiltrant (NST) grade 2, RE 90 % RP 40 % HER2 négatif, "
        "traité en 2015 par mastectomie, chimiothérapie adjuvante puis tamoxifène 5 ans.\n"
        ">> Rechute osseuse en septembre 2023 révélée par une fracture-tassement spontanée de T12, traitée par "
        "vertébroplastie T12 le 02/10/2023 ; biopsie per-opératoire : métastase d'un carcinome mammaire RE+.\n"
        ">> 1re ligne létrozole + palbociclib jusqu'en 10/2024 (progression osseuse), depuis 11/2024 "
        "fulvestrant + palbociclib.\n"
        ">> TEP de juin 2025 : nouvelles lésions costales droites (7e et 8e arcs) et iliaque droite, le reste "
        "stable.\n"
        ">> PS 1. Elle aurait reçu du Prolia ? à vérifier.\n"
        ">> Question : RT des lésions costales ? changement de ligne ?\n"
        ">> Cordialement\n"
        ">> P. Kessler, oncologie médicale\n"
    ),
    gold=G("F", 58,
           primary=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
           bone=("present", ["pathological_fracture"], True),
           pain=("present", ["nocturnal"], 4),
           meds=("present", ["L01EF01", "L02BA03", "M05BX04", "A11CC05", "H03AA01", "N05BA12", "N02BE01"]),
           local=("present", ["cementoplasty"]),
           btt=("present", ["M05BX04"]),
           ac=("absent", []),
           ap=("absent", []),
           prog=("present", 1, None),
           proj=("present", None)),
    evidence={"L01EF01": "Ibrance", "L02BA03": "Faslodex", "M05BX04": "Prolia", "A11CC05": "Uvedose",
              "H03AA01": "Levothyrox", "N05BA12": "Xanax", "N02BE01": "Doliprane"},
    not_current={"L02BG04": "létrozole", "L02BA01": "tamoxifène"},
    quotes=["Elle aurait reçu du Prolia ? à vérifier.", "c'est certain", "anticoagulant : non, aucun",
            "Pas d'antiagrégant non plus", "surtout la nuit", "environ 4/10", "vertébroplastie T12",
            "fracture-tassement spontanée de T12", ">> PS 1.", "depuis 11/2024"],
    tricky="three-level chain (GP answer, coordinator's questions, oncologist's request quoted twice); Prolia for "
           "osteoporosis confirmed by the GP after 'à vérifier' in the quoted mail (present); letrozole stopped; "
           "age only from the birth date",
))

# --------------------------------------------------------------- g07
L.append(dict(
    id="g07", fmt="txt", style="email", author="radiation oncologist replying to a medical oncologist, board in copy (Outlook, CRLF)",
    date=date(2025, 7, 1), birth=None, age_text="63 ans", crlf=True,
    text=(
        "De: Dr Mathieu Orsini\n"
        "Envoyé: mardi 1 juillet 2025 18:20\n"
        "À: Clémence Aubertin\n"
        "Cc: rcp-os@hopital-nord-ardennes.fr\n"
        "Objet: RE: Patient Vidal - lésion cotyloïdienne\n"
        "\n"
        "Clémence, je mets la RCP os en copie pour jeudi. je l'ai vu en urgence le 20/05 et lui ai fait 8 Gy en une "
        "fraction sur le cotyle gauche, bien soulagé depuis. à discuter : SBRT complémentaire ? chirurgie ?\n"
        "MO\n"
        "\n"
        "Mathieu Orsini\n"
        "Radiothérapie - Hôpital Nord-Ardennes\n"
        "Secrétariat 03 24 55 71 08\n"
        "\n"
        "-----Message d'origine-----\n"
        "De: Dr Clémence Aubertin\n"
        "Envoyé: lundi 30 juin 2025 10:02\n"
        "À: Mathieu Orsini\n"
        "Objet: Patient Vidal - lésion cotyloïdienne\n"
        "\n"
        "> Mathieu,\n"
        ">\n"
        "> je te transfère le résumé de M. Vidal (Jean-Marc, 63 ans) :\n"
        ">\n"
        "> Carcinome rénal à cellules claires droit, néphrectomie élargie 03/2019 (pT3a N0, ISUP 3). Surveillance "
        "simple jusqu'en 2025.\n"
        "> Scanner de surveillance d'avril 2025 : apparition d'une lésion lytique du cotyle gauche avec rupture "
        "corticale, et deux nodules pulmonaires infracentimétriques. Biopsie du cotyle : métastase de carcinome "
        "rénal à cellules claires.\n"
        "> Depuis début juin : pembrolizumab + axitinib (Keytruda 200 mg/3 sem, Inlyta 5 mg x2/j). Bonne "
        "tolérance, HTA grade 2.\n"
        "> Douleur de hanche gauche d'horaire mécanique, EN 5 avant la RT, EN 2 actuellement.\n"
        "> Score IMDC : risque intermédiaire (1 facteur). Pronostic plutôt favorable.\n"
        ">\n"
        "> ATCD : HTA, IDM en 2017 (stent IVA), dyslipidémie, goutte.\n"
        "> Traitements : Keytruda, Inlyta, Kardégic 75 mg, Bisoprolol 5 mg, Ramipril 5 mg, Tahor 80 mg, "
        "Allopurinol 100 mg, Tramadol 50 mg x2/j\n"
        "> Antiagrégant : aucun\n"
        "> Anti-résorptif : Xgeva à débuter après le bilan dentaire (RDV stomato le 08/07)\n"
        ">\n"
        "> Je te laisse voir pour la RT et pour la RCP.\n"
        "> Bises\n"
        "> Clémence\n"
        ">\n"
        "> Dr Clémence Aubertin\n"
        "> Oncologie médicale - Hôpital Nord-Ardennes\n"
    ),
    gold=G("M", 63,
           primary=("present", "kidney", "clear_cell_carcinoma", {}),
           bone=("present", ["staging_imaging"], True),
           pain=("present", ["mechanical"], 2),
           meds=("present", ["L01FF02", "L01EK01", "B01AC06", "C07AB07", "C09AA05", "C10AA05", "N02AX02"]),
           local=("present", ["radiotherapy"]),
           btt=("unknown", []),
           ac=("unknown", []),
           ap=("conflicting", ["B01AC06"]),
           prog=("present", None, None),
           proj=("present", None)),
    evidence={"L01FF02": "Keytruda", "L01EK01": "Inlyta", "B01AC06": "Kardégic", "C07AB07": "Bisoprolol",
              "C09AA05": "Ramipril", "C10AA05": "Tahor", "N02AX02": "Tramadol"},
    not_current={"M05BX04": "Xgeva"},
    quotes=["Antiagrégant : aucun", "Kardégic 75 mg", "8 Gy en une fraction sur le cotyle", "horaire mécanique",
            "EN 2 actuellement", "Pronostic plutôt favorable", "Scanner de surveillance d'avril 2025",
            "Xgeva à débuter après le bilan dentaire"],
    tricky="Outlook reply with CRLF, the oncologist's summary quoted; Kardégic in the list while the template line says 'Antiagrégant : aucun' "
           "(conflicting, kept as current); 8 Gy single fraction counts; Xgeva planned; prognosis without performance "
           "status (IMDC only); nothing on anticoagulation",
))

# --------------------------------------------------------------- g08
L.append(dict(
    id="g08", fmt="txt", style="secretary", author="medical oncologist's letter typed by a secretary (no accents, caps headings)",
    date=date(2025, 9, 16), birth=date(1949, 9, 17), age_text="75 ans",
    text=(
        "CENTRE HOSPITALIER DE SAINT-ALVERE\n"
        "SERVICE D'ONCOLOGIE MEDICALE\n"
        "Dr Bertrand FOUCHECOURT - Dr Ines MALAVAL\n"
        "Secretariat : 05 53 61 22 40\n"
        "\n"
        "Saint-Alvere, le 16/09/2025\n"
        "\n"
        "A l'attention de la RCP METASTASES OSSEUSES\n"
        "CHU de Montclarat\n"
        "\n"
        "OBJET : DEMANDE D'AVIS - Mr LAFARGUE Michel ne le 17/09/1949\n"
        "\n"
        "Cher confrere,\n"
        "\n"
        "Je vous adresse Mr LAFARGUE pour discussion de son dossier en RCP metastases osseuses.\n"
        "\n"
        "ANTECEDENTS :\n"
        "- HTA\n"
        "- Fibrillation auriculaire sous AVK (Minisintrom), suivi INR par le medecin traitant\n"
        "- Appendicectomie\n"
        "- Pere decede d'un cancer de la prostate a 80 ans\n"
        "\n"
        "HISTOIRE DE LA MALADIE :\n"
        "Patient de 75 ans hospitalsie en urgence le 09/01/2025 pour une paraparesie d'installation rapide avec "
        "niveau sensitif D8, revelant une compression medullaire sur une lesion osteolytique de D8. Laminectomie "
        "decompressive D7-D9 avec osteosynthese le 10/01/2025 (Dr Ranchin), puis radiotherapie post-operatoire "
        "20 Gy en 5 fractions terminee le 07/02/2025.\n"
        "Le bilan retrouve un adenocarcinome prostatique (biopsies prostatiques : Gleason 4+4 = 8, ISUP 4), PSA a "
        "87 ng/ml au diagnostic, et de multiples lesions osseuses (rachis, bassin, cotes) a la scintigraphie.\n"
        "Hormonotherapie par ELIGARD 45 mg/6 mois depuis le 15/01/2025 et ERLEADA 240 mg/j depuis fevrier 2025. "
        "PSA 12 ng/ml le 02/09/2025 (nadir 9,8 en juin).\n"
        "Recuperation motrice partielle, marche avec un deambulateur. Persistance de paresthesies et de brulures "
        "des deux membres inferieurs, EVA 3/10.\n"
        "PAS DE TRAITEMENT ANTI-RESORPTIF A CE JOUR (XGEVA A DISCUTER, soins dentaires en cours).\n"
        "\n"
        "TRAITEMENT ACTUEL :\n"
        "ELIGARD 45 mg / 6 mois\n"
        "ERLEADA 60 mg : 4 cp le matin\n"
        "MINISINTROM 1 mg : 3 cp le soir selon INR\n"
        "DAFALGAN CODEINE 1 cp x 3/j\n"
        "LYRICA 75 mg matin et soir\n"
        "AMLOR 5 mg le matin\n"
        "FORLAX 1 sachet/j\n"
        "\n"
        "EXAMEN CLINIQUE :\n"
        "OMS 2. Poids 71 kg. Deficit residuel 4/5 des releveurs a gauche, pas de trouble sphincterien. "
        "Hypoesthesie en chaussette.\n"
        "\n"
        "IMAGERIE :\n"
        "IRM du rachis du 08/09/2025 : stabilite du montage D7-D9, apparition d'une lesion lytique de D11 avec "
        "epidurite debutante sans compression.\n"
        "\n"
        "CONCLUSION :\n"
        "Cancer de la prostate metastatique osseux en echappement biologique sous ELIGARD + ERLEADA, lesion "
        "nouvelle de D11 a risque. Prise en charge a visee palliative.\n"
        "Questions posees a la RCP : radiotherapie de D11 ? cimentoplastie ? introduction du denosumab ?\n"
        "\n"
        "Je vous remercie de votre avis et vous prie de croire, cher confrere, en mes sentiments les meilleurs.\n"
        "\n"
        "Dr Ines MALAVAL\n"
        "\n"
        "DICTE LE 15/09/2025 - FRAPPE LE 16/09/2025 - IM/CB\n"
    ),
    gold=G("M", 75,
           primary=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           bone=("present", ["neurological_deficit"], True),
           pain=("present", ["neuropathic"], 3),
           meds=("present", ["L02AE02", "L02BB05", "B01AA07", "N02AJ06", "N03AX16", "A06AD15"]),
           local=("present", ["surgery", "radiotherapy"]),
           btt=("absent", []),
           ac=("present", ["B01AA07"]),
           ap=("unknown", []),
           prog=("present", 2, None),
           proj=("present", "palliative")),
    evidence={"L02AE02": "ELIGARD", "L02BB05": "ERLEADA", "B01AA07": "MINISINTROM", "N02AJ06": "DAFALGAN CODEINE",
              "N03AX16": "LYRICA", "A06AD15": "FORLAX"},
    not_current={"M05BX04": "XGEVA"},
    quotes=["compression medullaire", "Laminectomie decompressive", "radiotherapie post-operatoire",
            "brulures", "EVA 3/10", "PAS DE TRAITEMENT ANTI-RESORPTIF A CE JOUR", "OMS 2", "a visee palliative",
            "Pere decede d'un cancer de la prostate", "ne le 17/09/1949"],
    tricky="no accents anywhere, caps headings, typo ('hospitalsie'); cord compression as circumstance with decompression, "
           "fixation and post-op RT; birthday the day after the letter (75); Dafalgan codéine is N02AJ06 only; "
           "'PAS DE TRAITEMENT ANTI-RESORPTIF A CE JOUR (XGEVA A DISCUTER)' is absent; father's prostate cancer",
))

# --------------------------------------------------------------- g09
G09_BLOCKS = [
    ("bold", "CABINET D'ONCOLOGIE DU VAL D'ORBIEL"),
    ("p", "Dr Sylvie CARAMANTE - Oncologie medicale"),
    ("small", "14 boulevard des Platanes - 11999 Castelmaure-sur-Orbiel - Tel 04 68 72 19 06"),
    ("rule", ""),
    ("p", "Castelmaure, le 22 juillet 2025"),
    ("p", "A l'attention du Dr PERRIN-VALLAT, coordonnateur RCP OS, Institut de cancerologie de Narbonnais-Haut"),
    ("blank", ""),
    ("bold", "DEMANDE D'AVIS RCP METASTASES OSSEUSES"),
    ("p", "PATIENTE : Mme GARRIGUES Yvette, 64 ANS"),
    ("blank", ""),
    ("bold", "DIAGNOSTIC :"),
    ("p", "CARCINOME LOBULAIRE INFILTRANT DU SEIN GAUCHE, RE 80 %, RP negatif, HER2 0, diagnostique en 2016 : "
          "tumorectomie + curage axillaire, radiotherapie mammiare, tamoxifene 5 ans (arrete en 2021)."),
    ("bold", "CIRCONSTANCES DE DECOUVERTE :"),
    ("p", "Hospitalisation en medecine interne pour confusion et deshydratation avec hypercalcemie a 3,4 mmol/l. "
          "Le scanner TAP retrouve des lesions osseuses condensantes diffuses (rachis, bassin, femurs, cotes). "
          "Biopsie de la crete iliaque : localisation secondaire d'un carcinome lobulaire mammaire RE+."),
    ("bold", "DOULEUR :"),
    ("p", "Aucune douleur."),
    ("bold", "TRAITEMENTS LOCAUX ANTERIEURS :"),
    ("p", "Jamais irradiee sur le plan osseux, pas de chirurgie osseuse."),
    ("bold", "TRAITEMENT ACTUEL :"),
    ("p", "- FEMARA 2,5 mg/j"),
    ("p", "- VERZENIOS 150 mg x 2/j"),
    ("p", "- ZOMETA 4 mg IV toutes les 4 semaines (1ere perfusion pendant l'hospitalisation pour "
          "l'hypercalcemie, 2e perfusion faite)"),
    ("p", "- INEXIUM 20 mg le soir"),
    ("p", "- DIFFU K 1 gel/j"),
    ("bold", "ANTICOAGULATION :"),
    ("p", "a verifier : FRAXIPARINE ? prescrite a la sortie de l'hospitalisation, la patiente ne sait plus si "
          "elle la fait toujours (IDE a domicile a contacter)."),
    ("bold", "ETAT GENERAL :"),
    ("p", "Karnofsky 80 %. Calcemie normalisee (2,41 mmol/l). Vit avec son mari, autonome."),
    ("bold", "PROJET :"),
    ("p", "Poursuite FEMARA + VERZENIOS, reevaluation par TEP dans 3 mois."),
    ("bold", "QUESTION A LA RCP :"),
    ("p", "Indication d'une radiotherapie ou d'une chirurgie prophylactique du col femoral gauche (lesion "
          "condensante avec corticale amincie, score de Mirels a 8) ?"),
    ("blank", ""),
    ("p", "Confraternellement,"),
    ("p", "Dr S. CARAMANTE"),
    ("small", "Frappe par M.D. le 22/07/2025"),
]
L.append(dict(
    id="g09", fmt="pdf", style="secretary", author="medical oncologist's request typed by a secretary (no accents, caps headings)",
    date=date(2025, 7, 22), birth=None, age_text="64 ANS",
    blocks=G09_BLOCKS, pdf_meta={"title": "GARRIGUES RCP OS", "author": "MD", "creator": "Traitement de texte cabinet",
                                 "date": "D:20250722163000+02'00'"},
    gold=G("F", 64,
           primary=("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
           bone=("present", ["hypercalcemia"], False),
           pain=("absent", [], None),
           meds=("present", ["L02BG04", "L01EF03", "M05BA08", "A02BC05"]),
           local=("absent", []),
           btt=("present", ["M05BA08"]),
           ac=("uncertain", ["B01AB06"]),
           ap=("unknown", []),
           prog=("present", None, 80),
           proj=("present", None)),
    evidence={"L02BG04": "FEMARA", "L01EF03": "VERZENIOS", "M05BA08": "ZOMETA", "A02BC05": "INEXIUM"},
    not_current={"B01AB06": "FRAXIPARINE ?", "L02BA01": "tamoxifene"},
    quotes=["hypercalcemie a 3,4 mmol/l", "Aucune douleur.", "Jamais irradiee sur le plan osseux",
            "toutes les 4 semaines", "la patiente ne sait plus si", "Karnofsky 80 %", "RP negatif", "HER2 0"],
    tricky="PDF without accents; hypercalcaemia as circumstance with no date or duration (dated false); Zometa "
           "ongoing after the first infusion (present); 'FRAXIPARINE ?' to check (uncertain, not current); breast RT and "
           "tamoxifen are past; Karnofsky only",
))

# --------------------------------------------------------------- g10
G10_BLOCKS = [
    ("bold", "Hôpital privé des Tilleuls - Service de pneumologie"),
    ("p", "Dr Laurent Quéméner - Pneumologie et oncologie thoracique"),
    ("p", "12 rue du Docteur-Lemerle, 50999 Ancelles-sur-Vire - Tél. 02 33 71 46 28"),
    ("p", "Ancelles-sur-Vire, le 25 août 2025"),
    ("p", "À l'attention des membres de la RCP Métastases osseuses - CHU de Brévannes"),
    ("bold", "Objet : demande de discussion - Mme Sandrine BOUCHERON, née le 22/08/1971"),
    ("p", "Chère Consœur, Cher Confrère,"),
    ("p", "Je vous remercie de bien vouloir discuter en RCP le dossier de Mme Boucheron, que je suis pour un "
          "adénocarcinome pulmonaire ALK réarrangé, métastatique osseux d'emblée."),
    ("heading", "Antécédents"),
    ("bullets", [
        "Embolie pulmonaire segmentaire en septembre 2023, traitée 6 mois par Xarelto (arrêté en mars 2024, plus "
        "d'anticoagulant depuis)",
        "HTA",
        "Jamais fumeuse (tabagisme passif)",
        "Familiaux : mère opérée d'un cancer du côlon à 70 ans",
    ]),
    ("heading", "Histoire de la maladie"),
    ("bullets", [
        "09/2024 : toux, amaigrissement de 5 kg ; TDM : masse du LSG de 42 mm",
        "Biopsie bronchique : adénocarcinome TTF1+, ALK réarrangé (IHC D5F3 et FISH), EGFR non muté, PD-L1 < 1 %",
        "TEP-TDM de bilan initial (09/2024) : lésions osseuses de T8, du sacrum et de la 5e côte gauche ; IRM "
        "cérébrale normale",
        "Depuis le 14/10/2024 : alectinib (Alecensa) 600 mg x 2/j, réponse partielle",
        "10/2024 : radiothérapie stéréotaxique de T8 (27 Gy en 3 fractions) pour épidurite débutante",
        "Depuis 11/2024 : dénosumab (Xgeva) mensuel",
        "TEP 07/2025 : réponse maintenue, sauf une lésion de T10 nouvelle, hypermétabolqiue, isolée",
    ]),
    ("heading", "Clinique"),
    ("p", "Depuis juillet, douleurs dorsales en ceinture avec sensations de brûlures irradiant sous le sein "
          "gauche, DN4 à 4/10, EN à 6/10. Pas de déficit. PS 1, poids stable."),
    ("heading", "Traitement actuel"),
    ("table", [
        ["Médicament", "Posologie", "Remarque"],
        ["Alecensa (alectinib) 150 mg", "4 gél. matin et soir", "depuis 10/2024"],
        ["Xgeva (dénosumab) 120 mg", "1 inj. SC / 4 semaines", "dernière inj. le 05/08/2025"],
        ["Cacit D3 1000 mg/880 UI", "1 sachet/j", ""],
        ["Aspirine Protect 100 mg", "1 cp/j", "prescrit par le cardiologue"],
        ["Bisoprolol 2,5 mg", "1 cp/j", ""],
        ["Prégabaline 75 mg", "1 gél. matin et soir", "introduite le 12/08/2025"],
        ["Doliprane 1 g", "1 cp x 3/j", ""],
        ["Xarelto 20 mg", "-", "arrêté en 03/2024"],
    ]),
    ("heading", "Question posée à la RCP"),
    ("p", "Oligoprogression osseuse isolée (T10) sous alectinib : radiothérapie stéréotaxique de T10 en "
          "poursuivant l'alectinib ?"),
    ("p", "Je vous prie de croire, chère Consœur, cher Confrère, à l'assurance de mes sentiments confraternels."),
    ("p", "Dr L. Quéméner"),
]
L.append(dict(
    id="g10", fmt="docx", style="docx_specialist", author="pulmonologist (Word letter, bulleted history, drug table)",
    date=date(2025, 8, 25), birth=date(1971, 8, 22), age_text=None,
    blocks=G10_BLOCKS, core={"author": "L. Quéméner", "title": "Courrier RCP os BOUCHERON",
                             "date": datetime(2025, 8, 25, 9, 12, 0)},
    gold=G("F", 54,
           primary=("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "negative"}),
           bone=("present", ["staging_imaging"], True),
           pain=("present", ["neuropathic"], 6),
           meds=("present", ["L01ED03", "M05BX04", "A12AX", "B01AC06", "C07AB07", "N03AX16", "N02BE01"]),
           local=("present", ["radiotherapy"]),
           btt=("present", ["M05BX04"]),
           ac=("absent", []),
           ap=("present", ["B01AC06"]),
           prog=("present", 1, None),
           proj=("present", None)),
    evidence={"L01ED03": "Alecensa", "M05BX04": "Xgeva", "A12AX": "Cacit D3", "B01AC06": "Aspirine Protect",
              "C07AB07": "Bisoprolol", "N03AX16": "Prégabaline", "N02BE01": "Doliprane"},
    not_current={"B01AF01": "Xarelto"},
    quotes=["plus d'anticoagulant depuis", "arrêté en 03/2024", "brûlures", "DN4 à 4/10", "EN à 6/10", "PS 1",
            "radiothérapie stéréotaxique de T8", "TEP-TDM de bilan initial (09/2024)", "PD-L1 < 1 %", "EGFR non muté",
            "née le 22/08/1971"],
    tricky="Word bullets and a drug table whose last row is a stopped Xarelto (anticoagulation absent); DN4 4/10 vs "
           "EN 6/10; PD-L1 < 1 % negative; aspirin antiplatelet; birthday three days before the letter; "
           "SBRT of T10 only asked",
))

# --------------------------------------------------------------- g11
G11_BLOCKS = [
    ("bold", "Clinique urologique du Belvédère"),
    ("p", "Dr François-Xavier Montagnac - Urologie, chirurgie urologique"),
    ("p", "7 avenue du Belvédère, 69999 Saint-Orens-des-Monts - Secrétariat 04 78 62 30 15"),
    ("p", "Saint-Orens, le 9 octobre 2025"),
    ("bold", "Objet : RCP métastases osseuses - M. Raymond QUILLET, 78 ans"),
    ("p", "Cher Confrère,"),
    ("p", "Je vous adresse M. Quillet pour avis de la RCP sur la prise en charge de ses métastases osseuses en "
          "progression."),
    ("heading", "Antécédents"),
    ("bullets", [
        "Fibrillation atriale paroxystique, anticoagulée",
        "Diabète de type 2 non insulinorequérant",
        "Cardiopathie hypertensive",
        "Frère : cancer de vessie",
    ]),
    ("heading", "Histoire urologique"),
    ("bullets", [
        "03/2023 : PSA à 154 ng/mL ; biopsies : adénocarcinome prostatique Gleason 9 (4+5), ISUP 5",
        "Scintigraphie osseuse et TDM de bilan d'extension (03/2023) : métastases osseuses multiples (rachis "
        "lombaire, sacrum, bassin), cancer métastatique d'emblée",
        "Décapeptyl 22,5 mg / 6 mois depuis 04/2023, enzalutamide (Xtandi) 160 mg/j depuis 05/2023",
        "Acide zolédronique 4 mg toutes les 12 semaines depuis 06/2023",
        "12/2024 : radiothérapie antalgique du sacrum, 8 Gy en 1 fraction",
        "02/2025 : vertébroplastie L2 pour tassement douloureux",
        "09/2025 : PSA 23 ng/mL (nadir 0,8) ; TEP-PSMA : progression osseuse (L4, aile iliaque droite, 3 arcs "
        "costaux)",
    ]),
    ("heading", "Clinique"),
    ("p", "Douleurs lombo-sacrées d'horaire inflammatoire avec dérouillage matinal d'une demi-heure, EVA 4/10. "
          "Pas de déficit neurologique. Score OMS 1."),
    ("heading", "Traitement en cours"),
    ("table", [
        ["Traitement", "Dose", "Rythme"],
        ["Décapeptyl LP", "22,5 mg", "1 inj. / 6 mois"],
        ["Xtandi (enzalutamide)", "40 mg", "4 cp/j"],
        ["Acide zolédronique (Zometa)", "4 mg IV", "toutes les 12 semaines"],
        ["Pradaxa", "110 mg", "matin et soir"],
        ["Oxycontin LP", "10 mg", "matin et soir"],
        ["Oxynorm", "5 mg", "si douleur, max 4/j"],
        ["Metformine", "850 mg", "matin et soir"],
        ["Tahor", "20 mg", "le soir"],
        ["Cacit D3", "500 mg/440 UI", "1/j"],
        ["Movicol", "1 sachet", "le matin"],
    ]),
    ("heading", "Conclusion"),
    ("p", "Cancer de prostate métastatique osseux résistant à la castration, en progression biologique et "
          "osseuse sous enzalutamide. Un passage au docétaxel est envisagé avec son oncologue (Dr Sarrazin), à "
          "confirmer après la RCP."),
    ("p", "Question : place d'une radiothérapie de L4 et de l'aile iliaque droite, évaluation du risque "
          "fracturaire."),
    ("p", "Bien confraternellement,"),
    ("p", "Dr F.-X. Montagnac"),
]
L.append(dict(
    id="g11", fmt="docx", style="docx_specialist", author="urologist (Word letter, bulleted history, drug table)",
    date=date(2025, 10, 9), birth=None, age_text="78 ans",
    blocks=G11_BLOCKS, core={"author": "Secretariat Uro Belvedere", "title": "RCP OS QUILLET",
                             "date": datetime(2025, 10, 9, 14, 40, 0)},
    gold=G("M", 78,
           primary=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           bone=("present", ["staging_imaging"], True),
           pain=("present", ["inflammatory"], 4),
           meds=("present", ["L02AE04", "L02BB04", "M05BA08", "B01AE07", "N02AA05", "A10BA02", "C10AA05", "A12AX", "A06AD65"]),
           local=("present", ["radiotherapy", "cementoplasty"]),
           btt=("present", ["M05BA08"]),
           ac=("present", ["B01AE07"]),
           ap=("unknown", []),
           prog=("present", 1, None),
           proj=("present", None)),
    evidence={"L02AE04": "Décapeptyl", "L02BB04": "Xtandi", "M05BA08": "Acide zolédronique", "B01AE07": "Pradaxa",
              "N02AA05": "Oxycontin", "A10BA02": "Metformine", "C10AA05": "Tahor", "A12AX": "Cacit D3",
              "A06AD65": "Movicol"},
    not_current={"L01CD02": "docétaxel"},
    quotes=["anticoagulée", "Pradaxa", "horaire inflammatoire", "dérouillage matinal", "EVA 4/10", "Score OMS 1",
            "8 Gy en 1 fraction", "vertébroplastie L2", "bilan d'extension (03/2023)", "est envisagé"],
    tricky="'anticoagulée' in the history with the agent only in the table (Pradaxa); zoledronic acid every 12 weeks; "
           "inflammatory pain; RT plus vertebroplasty; docetaxel only envisaged; brother's bladder cancer",
))

# --------------------------------------------------------------- g12
L.append(dict(
    id="g12", fmt="txt", style="nurse_note", author="nurse coordinator summarising a phone call with the GP",
    date=date(2025, 9, 11), birth=None, age_text="81 ans",
    text=(
        "NOTE IDE - COORDINATION RCP OS - APPEL TELEPHONIQUE\n"
        "Date : 11/09/2025, 14h20\n"
        "Rédigé par : Sophie Garnier-Dumas, IDE coordinatrice\n"
        "Interlocuteur : Dr Olivier Fabre, médecin traitant (cabinet des Marronniers, Saint-Pons-la-Roche, "
        "tél 04 67 23 81 59)\n"
        "\n"
        "Patient : M. Lucien BARTHOLI, 81 ans\n"
        "\n"
        "Le Dr Fabre souhaite inscrire son patient à la RCP os après la découverte d'une lésion osseuse du bassin. "
        "Pas de courrier pour l'instant, je résume ce qu'il m'a dit :\n"
        "\n"
        "- ATCD : cancer de la vessie opéré en 2021 à la clinique du Parc (cystectomie + Bricker), le MT n'a pas le "
        "CR d'anapath. Suivi uro arrêté fin 2023, perdu de vue depuis.\n"
        "- HTA, hypothyroïdie. FA ?? le MT n'est pas sûr, c'est le cardiologue qui suit.\n"
        "- Chute à domicile le 28/08 (glissade dans la salle de bain) -> radio du bassin aux urgences : pas de "
        "fracture mais lésion lytique de l'aile iliaque gauche. TDM TAP le 04/09 : lésion lytique iliaque gauche "
        "de 4 cm + 2 lésions vertébrales (L1, L3). Pas de récidive locale visible. Pas de biopsie.\n"
        "- Douleur : hanche gauche depuis la chute, surtout la nuit, EVA 5 d'après le MT. Sous tramadol LP 100 "
        "x2/j depuis 10 jours + Doliprane 1 g x3/j.\n"
        "- Traitements : Levothyrox 50, amlodipine 10, tramadol, Doliprane.\n"
        "- Anticoagulant : le MT pense qu'il est sous Xarelto (prescrit par le cardio ?) mais n'en est pas sûr, "
        "il vérifie avec la pharmacie et me rappelle. Pas d'aspirine, pas de Plavix.\n"
        "- Jamais eu de radiothérapie ni de chirurgie sur les os.\n"
        "- Pas de traitement pour les os (ni Zometa ni Prolia).\n"
        "- État général : OMS estimé à 2 par le MT. Vit seul, aide ménagère 2x/semaine, marche avec une canne.\n"
        "\n"
        "Question du MT : conduite à tenir ? biopsie ? RT antalgique ? Il souhaite un avis rapide.\n"
        "\n"
        "À faire :\n"
        "☐ récupérer le CR anapath vessie (clinique du Parc)\n"
        "☐ confirmer l'anticoagulant (rappel du MT prévu demain)\n"
        "☐ récupérer les images du TDM du 04/09\n"
        "SGD\n"
    ),
    gold=G("M", 81,
           primary=("present", "bladder", None, {}),
           bone=("present", ["incidental_imaging"], True),
           pain=("present", ["nocturnal"], 5),
           meds=("present", ["H03AA01", "N02AX02", "N02BE01"]),
           local=("absent", []),
           btt=("absent", []),
           ac=("uncertain", ["B01AF01"]),
           ap=("absent", []),
           prog=("present", 2, None),
           proj=("unknown", None)),
    evidence={"H03AA01": "Levothyrox", "N02AX02": "tramadol", "N02BE01": "Doliprane"},
    not_current={"B01AF01": "Xarelto", "B01AC06": "aspirine", "B01AC04": "Plavix", "M05BA08": "Zometa",
                 "M05BX04": "Prolia"},
    quotes=["pense qu'il est sous Xarelto", "n'en est pas sûr", "Pas d'aspirine, pas de Plavix",
            "Jamais eu de radiothérapie ni de chirurgie sur les os", "Pas de traitement pour les os",
            "radio du bassin aux urgences", "surtout la nuit", "EVA 5", "OMS estimé à 2", "le MT n'a pas le"],
    tricky="second-hand information; bladder primary without histology; bone lesion found on an X-ray after a fall "
           "(incidental); Xarelto only supposed (uncertain, not current); aspirin, Plavix, Zometa and Prolia all denied; "
           "no current oncologic treatment or decided plan (therapeutic project unknown)",
))

# ====================================================================
# CHECKS
# ====================================================================
EXPECTED_FORMATS = {"txt": 8, "docx": 2, "pdf": 2}
EXPECTED_STYLES = {"dictation": 4, "email": 3, "secretary": 2, "docx_specialist": 2, "nurse_note": 1}
UNUSUAL_ANTICOAG = ["zarelto", "eli quis", "pré viscan", "lisiana", "inno hep"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
MONTHS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
NUM_WORDS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
             "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
             "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}


class Violation(Exception):
    pass


def fail(msg: str):
    raise Violation(msg)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def french_number(words: str) -> int:
    toks = [t for t in re.split(r"[-\s]+", words.lower()) if t and t != "et"]
    total, i = 0, 0
    while i < len(toks):
        t = toks[i]
        if t == "quatre" and i + 1 < len(toks) and toks[i + 1] in ("vingt", "vingts"):
            total += 80
            i += 2
            continue
        if t not in NUM_WORDS:
            raise ValueError(words)
        total += NUM_WORDS[t]
        i += 1
    return total


def date_forms(d: date) -> list[str]:
    return [d.strftime("%d/%m/%Y"), f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}", f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"]


def letter_text(L1: dict) -> str:
    if L1["fmt"] == "txt":
        return L1["text"]
    if L1["fmt"] == "docx":
        return docx_text(L1["blocks"])
    return pdf_text(L1["blocks"])


def load_atc() -> set[str]:
    for d in SPEC_CANDIDATES:
        p = d / "atc-reference.tsv"
        if p.exists():
            return {ln.split("\t", 1)[0].strip() for ln in p.read_text(encoding="utf-8").splitlines()[1:] if ln.strip()}
    fail("atc-reference.tsv not found")


def check_gold(L1: dict, atc_ref: set[str]) -> None:
    lid, g, text = L1["id"], L1["gold"], norm(letter_text(L1))

    def need(cond, msg):
        if not cond:
            fail(f"{lid}: {msg}")

    def has(phrase):
        return norm(phrase) in text

    need(set(g) == {"patient", *ITEMS}, f"gold keys {sorted(g)}")
    # patient
    need(g["patient"]["sex"] in SEXES, "sex")
    age = g["patient"]["age"]
    need(isinstance(age, int) and 18 <= age <= 110, "age")
    need(L1["birth"] is not None or L1["age_text"] is not None, "no birth date and no written age")
    if L1["birth"] is not None:
        need(age == age_at(L1["birth"], L1["date"]), f"age {age} != {age_at(L1['birth'], L1['date'])} from birth date")
        need(any(has(f) for f in date_forms(L1["birth"])), "birth date not found in the letter")
    if L1["age_text"] is not None:
        need(has(L1["age_text"]), f"age text {L1['age_text']!r} not in the letter")
        digits = re.sub(r"\D", "", L1["age_text"])
        written = int(digits) if digits else french_number(L1["age_text"].rsplit(" ", 1)[0])
        need(written == age, f"written age {written} != gold age {age}")
    need(any(has(f) for f in date_forms(L1["date"])), "letter date not found in the letter")
    # statuses
    for item in ITEMS:
        need(g[item]["status"] in STATUSES[item], f"{item}.status {g[item]['status']!r} not allowed")
    # primary tumour
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], "unknown primary with values")
    else:
        need(pt["site"] in SITES, f"site {pt['site']!r}")
    need(pt["histology"] is None or pt["histology"] in HISTOLOGIES, f"histology {pt['histology']!r}")
    for name, res in pt["biomarkers"].items():
        need(name in BIOMARKERS and res in BIO_RESULTS, f"biomarker {name}={res}")
    # bone diagnosis
    bd = g["boneDiagnosis"]
    need(isinstance(bd["dated"], bool), "dated must be boolean")
    need(set(bd["circumstances"]) <= CIRCUMSTANCES, f"circumstances {bd['circumstances']}")
    if bd["status"] == "present":
        need(bd["circumstances"], "present boneDiagnosis without circumstance")
    else:
        need(not bd["circumstances"] and bd["dated"] is False, "unknown boneDiagnosis with values")
    # pain
    pa = g["pain"]
    need(set(pa["types"]) <= PAIN_TYPES, f"pain types {pa['types']}")
    need(pa["intensity"] is None or (isinstance(pa["intensity"], int) and 0 <= pa["intensity"] <= 10), "intensity")
    if pa["status"] in ("absent", "unknown"):
        need(not pa["types"] and pa["intensity"] is None, "absent/unknown pain with values")
    # local treatments
    lt = g["priorLocalTreatments"]
    need(set(lt["types"]) <= LOCAL_TYPES, f"local types {lt['types']}")
    if lt["status"] == "present":
        need(lt["types"], "present local treatment without type")
    if lt["status"] in ("absent", "unknown"):
        need(not lt["types"], "absent/unknown local treatment with types")
    # drugs
    meds = g["currentMedications"]
    for sec in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        codes = g[sec]["atc"]
        need(len(codes) == len(set(codes)), f"{sec} duplicates")
        for c in codes:
            need(c in atc_ref, f"{sec}: ATC {c} not in atc-reference.tsv")
    if meds["status"] == "present":
        need(meds["atc"], "present currentMedications without any listed drug")
    else:
        need(not meds["atc"], "absent/unknown currentMedications with drugs")
    if meds["status"] == "absent":
        for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            need(g[sec]["status"] == "absent", f"'aucun traitement' but {sec} is {g[sec]['status']}")
    for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        s = g[sec]
        for c in s["atc"]:
            need(agent_ok(sec, c), f"{sec}: {c} is not an agent of this section")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                need(c in meds["atc"], f"{sec}: {s['status']} agent {c} missing from currentMedications")
            if s["atc"]:
                need(meds["status"] == "present", f"{sec} agent taken but currentMedications {meds['status']}")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                need(c not in meds["atc"], f"{sec}: doubtful agent {c} must not be a current medication")
    # every bone/anticoagulant/antiplatelet drug among current meds is in its section
    for c in meds["atc"]:
        for sec in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            if agent_ok(sec, c):
                need(c in g[sec]["atc"] and g[sec]["status"] in ("present", "conflicting"),
                     f"current drug {c} not recorded in {sec}")
    # evidence of every current drug, and of drugs that must not be current
    need(set(L1["evidence"]) == set(meds["atc"]), f"evidence {sorted(L1['evidence'])} != meds {meds['atc']}")
    for c, spelling in L1["evidence"].items():
        need(has(spelling), f"drug spelling {spelling!r} ({c}) not in the letter")
    if "N02AJ06" in meds["atc"] and "N02BE01" in meds["atc"]:
        need(norm(L1["evidence"]["N02BE01"]) not in norm(L1["evidence"]["N02AJ06"]),
             "paracetamol counted inside a codeine combination")
    for c, spelling in L1["not_current"].items():
        need(c in atc_ref, f"not_current ATC {c} not in the table")
        need(c not in meds["atc"], f"{c} ({spelling}) is stopped/planned/doubtful but listed as current")
        need(has(spelling), f"not_current spelling {spelling!r} not in the letter")
    for q in L1["quotes"]:
        need(has(q), f"quote {q!r} not in the letter")
    # prognosis
    pr = g["prognosis"]
    need(set(pr) <= {"status", "ecog", "kps"}, "prognosis keys")
    ecog, kps = pr.get("ecog"), pr.get("kps")
    need(ecog is None or (isinstance(ecog, int) and 0 <= ecog <= 5), "ecog")
    need(kps is None or (isinstance(kps, int) and 0 <= kps <= 100 and kps % 10 == 0), "kps")
    if pr["status"] == "unknown":
        need(ecog is None and kps is None, "unknown prognosis with a score")
    # project
    tp = g["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, f"intent {tp['intent']!r}")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "unknown project with intent")
    # gaps
    gaps = derive_gaps(g)
    kinds = {"missing", "uncertain", "conflicting", "incomplete"}
    need(all(i in GAP_ITEMS and k in kinds for i, k in gaps), "gap item/kind")
    need(len({i for i, _ in gaps}) == len(gaps), "two gaps for one item")


def check_corpus(letters: list) -> None:
    ids = [x["id"] for x in letters]
    if ids != [f"g{i:02d}" for i in range(1, len(letters) + 1)] or len(letters) != 12:
        fail(f"ids must be g01..g12, got {ids}")
    for key, expected in (("fmt", EXPECTED_FORMATS), ("style", EXPECTED_STYLES)):
        counts = {}
        for x in letters:
            counts[x[key]] = counts.get(x[key], 0) + 1
        if counts != expected:
            fail(f"{key} counts {counts} != {expected}")
    for x in letters:
        t = letter_text(x)
        if x["style"] == "secretary" and any(ord(c) > 127 for c in t):
            fail(f"{x['id']}: secretary letter must have no accents: {sorted({c for c in t if ord(c) > 127})}")
        if x["style"] == "docx_specialist" and x["fmt"] != "docx":
            fail(f"{x['id']}: specialist letters are DOCX")
        if x["style"] == "dictation" and x["fmt"] == "txt":
            body = t.strip().split("\n")
            if len(body) != 2:
                fail(f"{x['id']}: a dictation is one header line and one unparagraphed block")
        if x["style"] == "email" and not re.search(r"^>", t, re.M):
            fail(f"{x['id']}: an e-mail must quote an earlier message")
        if re.search(r"my[ée]lome", t, re.I):
            fail(f"{x['id']}: myeloma is out of scope")
    sites = {x["gold"]["primaryTumor"]["site"] for x in letters}
    if not {"breast", "prostate", "lung", "kidney"} <= sites:
        fail(f"cancer variety: {sites}")
    unusual = [x["id"] for x in letters if any(u in norm(letter_text(x)) for u in UNUSUAL_ANTICOAG)
               and x["gold"]["anticoagulation"]["status"] in ("present", "conflicting")]
    if len(unusual) < 3:
        fail(f"fewer than three anticoagulants written in unusual ways: {unusual}")
    switched = [x["id"] for x in letters if x["gold"]["anticoagulation"]["status"] == "present"
                and any(agent_ok("anticoagulation", c) for c in x["not_current"])]
    if not switched:
        fail("no switched anticoagulant")
    quoted = [x["id"] for x in letters if x["style"] == "email"
              and re.search(r"^>+ ?pas d'anticoagulant", letter_text(x), re.M | re.I)
              and not re.search(r"^[^>].*pas d'anticoagulant", letter_text(x), re.M | re.I)
              and x["gold"]["anticoagulation"]["status"] == "present"]
    if not quoted:
        fail("no 'pas d'anticoagulant' only in a quoted mail, contradicted later")


# ====================================================================
# MAIN
# ====================================================================
def gold_json(x: dict) -> str:
    rec = {"id": x["id"], **x["gold"], "gaps": derive_gaps(x["gold"])}
    return json.dumps(rec, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    atc_ref = load_atc()
    try:
        check_corpus(L)
        for x in L:
            check_gold(x, atc_ref)
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    wanted = set()
    for x in L:
        path = ldir / f"{x['id']}.{x['fmt']}"
        wanted.add(path.name)
        if x["fmt"] == "txt":
            write_txt(path, x["text"], crlf=x.get("crlf", False))
        elif x["fmt"] == "docx":
            write_docx(path, x["blocks"], x["core"])
        else:
            write_pdf(path, x["blocks"], {**x["pdf_meta"], "producer": "corpus16 make_letters.py (hand-written PDF, DejaVu Sans)"})
        (gdir / f"{x['id']}.json").write_text(gold_json(x), encoding="utf-8")
        wanted.add(f"{x['id']}.json")
    for d in (ldir, gdir):
        for f in d.iterdir():
            if f.name not in wanted:
                f.unlink()
    # re-read what was written: the evidence must be in the real text layer
    try:
        for x in L:
            path = ldir / f"{x['id']}.{x['fmt']}"
            if x["fmt"] == "txt":
                got = path.read_bytes().decode("utf-8")
                if x.get("crlf") and "\r\n" not in got:
                    fail(f"{x['id']}: CRLF expected")
            elif x["fmt"] == "docx":
                got = read_docx_text(path)
            else:
                got = read_pdf_text(path)
            t = norm(got)
            for phrase in [*x["quotes"], *x["evidence"].values(), *x["not_current"].values()]:
                if norm(phrase) not in t:
                    fail(f"{x['id']}: {phrase!r} not found in the written {x['fmt'].upper()}")
            rec = json.loads((gdir / f"{x['id']}.json").read_text(encoding="utf-8"))
            if rec["id"] != x["id"]:
                fail(f"{x['id']}: gold id")
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    print(f"corpus16: {len(L)} letters and gold records written to {HERE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
