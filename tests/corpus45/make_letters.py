#!/usr/bin/env python3
"""Blind held-out corpus 45: an ordinary month of referrals to the RCP
« métastases osseuses » of a (fictitious) Lyon university hospital.

Holds every letter's text and gold record as Python data, derives the gold
gaps with one function (the spec's Gaps rule), checks every gold against the
contract and writes letters/ and gold/ byte-identically on every run.

    /work/main/.venv/bin/python tests/corpus45/make_letters.py   (from /work/main)
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# --------------------------------------------------------------------------
# contract constants (spec/rcp-request.md, version 1)
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
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
             "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
             "prognosis", "therapeuticProject"]
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
SECTION_PREFIXES = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def load_atc():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        code, dci, inn = parts[0].strip(), parts[1], parts[2]
        brands = [b for b in (parts[4].split(",") if len(parts) > 4 else []) if b.strip()]
        rows[code] = [dci, inn] + brands
    return rows


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# --------------------------------------------------------------------------
# the gap rule (one function)
# --------------------------------------------------------------------------
def derive_gaps(g: dict) -> list:
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


# --------------------------------------------------------------------------
# gold builder
# --------------------------------------------------------------------------
def gold(lid, sex, age, tumor, bone, pain, meds, local, btt, anticoag, antiplat, prog, project):
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": tumor[0], "site": tumor[1], "histology": tumor[2],
                         "biomarkers": dict(tumor[3])},
        "boneDiagnosis": {"status": bone[0], "circumstances": list(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": list(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": list(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplat[0], "atc": sorted(antiplat[1])},
        "prognosis": {"status": prog[0]},
        "therapeuticProject": {"status": project[0], "intent": project[1]},
    }
    if prog[1] == "kps":
        g["prognosis"]["kps"] = prog[2]
    else:
        g["prognosis"]["ecog"] = prog[2] if prog[0] == "present" else None
    g["gaps"] = derive_gaps(g)
    return g


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------
FIXED_PDF_DATE = "D:20261015090000+02'00'"
PDF_PRODUCER = "corpus45 minimal PDF writer"
_WIDTHS = None


def _widths():
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


def text_width(s: str, size: float) -> float:
    w = _widths()
    return sum(w[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000.0


def pdf_escape(s: str) -> bytes:
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def wrap(s: str, size: float, maxw: float) -> list:
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if text_width(cand, size) <= maxw or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def write_pdf(path: Path, head: list, body: str, foot: str, title: str):
    """head: letterhead lines (repeated on each page); body: text with
    markup '## ' heading, '>> ' right-aligned, '\\f' page break."""
    W, H, M = 595.0, 842.0, 56.0
    pages, ops = [], []
    y = [0.0]

    def new_page():
        if ops:
            pages.append(list(ops))
            ops.clear()
        y[0] = H - 48
        for i, (txt, size) in enumerate(head):
            ops.append((M, y[0], size, txt))
            y[0] -= size + 3
        ops.append(("line", y[0] + 2))
        y[0] -= 20

    new_page()
    for raw in body.split("\n"):
        if raw == "\f":
            new_page()
            continue
        size, x_right, text = 10.0, False, raw
        if raw.startswith("## "):
            size, text = 11.5, raw[3:]
            y[0] -= 4
        elif raw.startswith(">> "):
            x_right, text = True, raw[3:]
        if not text.strip():
            y[0] -= 8
            continue
        indent = len(text) - len(text.lstrip(" "))
        text = text.strip()
        for ln in wrap(text, size, W - 2 * M - indent * 4):
            if y[0] < 70:
                new_page()
            x = W - M - text_width(ln, size) if x_right else M + indent * 4
            ops.append((x, y[0], size, ln))
            y[0] -= size + 3.5
    pages.append(list(ops))
    n = len(pages)
    streams = []
    for i, pg in enumerate(pages):
        out = [b"0.2 w"]
        for op in pg:
            if op[0] == "line":
                out.append(b"%.1f %.1f m %.1f %.1f l S" % (M, op[1], W - M, op[1]))
                continue
            x, yy, size, txt = op
            out.append(b"BT /F1 %.1f Tf %.2f %.2f Td (" % (size, x, yy) + pdf_escape(txt) + b") Tj ET")
        ft = f"{foot} — page {i + 1}/{n}"
        out.append(b"BT /F1 7.5 Tf %.2f 40 Td (" % M + pdf_escape(ft) + b") Tj ET")
        streams.append(zlib.compress(b"\n".join(out), 9))
    ttf = FONT.read_bytes()
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join(f"{7 + 2 * i} 0 R" for i in range(n))
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode()
    widths = " ".join(str(w) for w in _widths())
    objs[3] = (f"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               f"/Widths [{widths}] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>").encode()
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    comp = zlib.compress(ttf, 9)
    objs[5] = (f"<< /Length {len(comp)} /Length1 {len(ttf)} /Filter /FlateDecode >>\nstream\n".encode()
               + comp + b"\nendstream")
    objs[6] = (b"<< /Producer (" + pdf_escape(PDF_PRODUCER) + b") /Creator (" + pdf_escape("Traitement de texte") +
               b") /Title (" + pdf_escape(title) + b") /CreationDate (" + FIXED_PDF_DATE.encode() +
               b") /ModDate (" + FIXED_PDF_DATE.encode() + b") >>")
    for i, s in enumerate(streams):
        objs[7 + 2 * i] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                           f"<< /Font << /F1 3 0 R >> >> /Contents {8 + 2 * i} 0 R >>").encode()
        objs[8 + 2 * i] = f"<< /Length {len(s)} /Filter /FlateDecode >>\nstream\n".encode() + s + b"\nendstream"
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = buf.tell()
        buf.write(f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n")
    xref = buf.tell()
    size = max(objs) + 1
    buf.write(f"xref\n0 {size}\n0000000000 65535 f \n".encode())
    for k in range(1, size):
        buf.write(f"{offsets[k]:010d} 00000 n \n".encode())
    fid = zlib.crc32(path.name.encode())
    buf.write(f"trailer\n<< /Size {size} /Root 1 0 R /Info 6 0 R /ID [<{fid:032x}> <{fid:032x}>] >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    path.write_bytes(buf.getvalue())


def write_docx(path: Path, blocks: list, author: str):
    """blocks: ('p', text) | ('h', text) | ('b', text) bold paragraph |
    ('t', [[cells], ...]) table."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "p":
            d.add_paragraph(val)
        elif kind == "h":
            d.add_heading(val, level=2)
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(val).bold = True
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    cp = d.core_properties
    fixed = dt.datetime(2026, 10, 15, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    raw = io.BytesIO()
    d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def write_txt(path: Path, text: str, encoding="utf-8", crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode(encoding))


# --------------------------------------------------------------------------
# the letters
# --------------------------------------------------------------------------
LETTERS = []


def letter(**kw):
    LETTERS.append(kw)


HEAD_CHU = [("CHU Lyon-Confluence — Hôpital Saint-Irénée", 11.0),
            ("69007 LYON — Standard 04 72 90 11 00", 8.0)]

# ---- zs01 ---------------------------------------------------------------
letter(
    id="zs01", fmt="pdf", author="thoracic oncologist", date=dt.date(2026, 10, 6),
    birth=dt.date(1958, 11, 14),
    head=HEAD_CHU + [("Service de Pneumologie et Oncologie Thoracique — Pr A. Vercors-Lambert", 8.0),
                     ("Secrétariat : 04 72 90 14 32 — Fax : 04 72 90 14 39", 8.0)],
    foot="CHU Lyon-Confluence — Oncologie thoracique — Dr Mathilde Roussillon",
    title="Demande RCP métastases osseuses",
    body="""\
>> Lyon, le 6 octobre 2026
Dr Mathilde ROUSSILLON
Praticien hospitalier, oncologie thoracique

>> À l'attention de la RCP Métastases osseuses
>> CHU Lyon-Confluence

## Objet : Mme BERTHOLON Josiane, née le 14/11/1958 — demande d'avis RCP

Chère consœur, cher confrère,

Je vous adresse Mme Josiane Bertholon que je suis pour un adénocarcinome pulmonaire lobaire inférieur droit de stade IV (os), diagnostiqué en février 2025.

## Antécédents
- HTA traitée, hypothyroïdie.
- Embolie pulmonaire segmentaire en avril 2025 (contexte néoplasique).
- Tabagisme sevré en 2010 (25 PA).
- Familiaux : père décédé d'un cancer colique à 70 ans.

## Histoire oncologique
Biopsie bronchique (02/2025) : adénocarcinome TTF1+. Biologie moléculaire : délétion de l'exon 19 de l'EGFR ; pas de réarrangement ALK ni ROS1 ; PD-L1 à 5 %.
Le TEP-TDM de bilan initial (février 2025) retrouvait plusieurs lésions osseuses hypermétaboliques (L3, aile iliaque gauche, 7e côte droite), totalement asymptomatiques à l'époque.
Osimertinib (Tagrisso) 80 mg/j en 1re ligne depuis le 03/03/2025, avec bonne réponse pulmonaire.
Radiothérapie de L3 (8 Gy en une fraction) en juin 2025 pour une lésion à risque, efficace.
\f
## Situation actuelle
Depuis fin août, lombalgies basses, à la marche et au lever, sans radiculalgie, EN 3/10 sous palier 1. Le scanner du 22/09/2026 montre une nouvelle lésion lytique de L2 avec atteinte du mur postérieur (SINS 9), sans épidurite. Le reste de la maladie est stable.
État général conservé : ECOG 1, 62 kg (stable).

## Traitement actuel
- Tagrisso 80 mg : 1 cp/j
- Eliquis 5 mg : 1 cp matin et soir (depuis l'EP, poursuivi)
- Xgeva 120 mg SC toutes les 4 semaines (depuis 04/2025) + Cacit D3 1 sachet/j
- Levothyrox 75 µg
- Inexium 20 mg
- Doliprane 1 g si besoin, jusqu'à 3/j
Pas d'antiagrégant plaquettaire.

## Question posée à la RCP
Le traitement par Tagrisso est maintenu dans une optique palliative (pas de progression extra-osseuse). Quelle prise en charge locale pour la lésion de L2 : radiothérapie stéréotaxique, cimentoplastie, ou association des deux ? À noter que l'Eliquis devra être suspendu en cas de geste percutané.

Je vous remercie de votre avis et reste à votre disposition.
Bien confraternellement,

Dr M. Roussillon
Copie : Dr P. Gerland, médecin traitant, 12 rue des Remparts d'Ainay, 69002 Lyon""",
    gold=lambda: gold(
        "zs01", "F", 67,
        ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "positive"}),
        ("present", ["staging_imaging"], True),
        ("present", ["mechanical"], 3),
        ("present", ["L01EB04", "B01AF02", "M05BX04", "A12AX", "H03AA01", "A02BC05", "N02BE01"]),
        ("present", ["radiotherapy"]),
        ("present", ["M05BX04"]),
        ("present", ["B01AF02"]),
        ("absent", []),
        ("present", "ecog", 1),
        ("present", "palliative")),
)

# ---- zs02 ---------------------------------------------------------------
letter(
    id="zs02", fmt="docx", author="Dr Hélène Castagnet", date=dt.date(2026, 10, 8), birth=None,
    blocks=[
        ("b", "Institut de cancérologie Rhône-Saône — Oncologie médicale"),
        ("p", "Dr Hélène CASTAGNET — 28 quai Perrache, 69002 Lyon — Tél. 04 78 55 20 61"),
        ("p", "Lyon, le 08/10/2026"),
        ("p", "Objet : inscription RCP métastases osseuses — Mme Sylvie DUCHAMP-RIVIERE, 61 ans"),
        ("p", "Cher Confrère,"),
        ("p", "Je vous remercie de discuter en RCP le dossier de Mme Duchamp-Rivière, 61 ans, ménopausée, "
              "suivie pour un carcinome mammaire gauche métastatique d'emblée à l'os."),
        ("h", "Antécédents"),
        ("p", "Appendicectomie. Dyslipidémie non traitée. Mère et tante maternelle : cancer du sein. "
              "Pas d'antécédent thrombo-embolique connu."),
        ("h", "Histoire de la maladie"),
        ("p", "En mai 2024, douleurs de la hanche droite ayant conduit à une radiographie puis une IRM "
              "montrant une lésion du toit du cotyle ; le bilan retrouve un nodule du QSE gauche. "
              "Microbiopsie : carcinome canalaire infiltrant (NST), grade 2, RE 90 %, RP 10 %, HER2 négatif (score 1+), Ki67 20 %. "
              "Scanner TAP : lésions osseuses multiples (bassin, rachis dorsal, fémur droit), pas d'atteinte viscérale."),
        ("p", "Traitement de 1re ligne depuis juin 2024 par létrozole + ribociclib, toujours en cours, réponse "
              "osseuse partielle puis stabilité. Acide zolédronique de juin 2024 à mars 2026, interrompu en raison "
              "d'une extraction dentaire compliquée ; un relais par dénosumab est envisagé après avis du stomatologue. "
              "Elle n'a jamais reçu de radiothérapie sur le squelette."),
        ("h", "Clinique actuelle"),
        ("p", "Réapparition depuis 3 semaines de douleurs de hanche droite, majorées à la marche, avec quelques réveils "
              "nocturnes ; EVA 5/10 malgré le tramadol. Pas de boiterie franche. OMS 1."),
        ("p", "Le scanner du 29/09 montre une majoration de la lyse du cotyle droit sans fracture, le reste "
              "des lésions est stable. CA 15-3 stable."),
        ("h", "Traitement en cours"),
        ("t", [["Médicament", "Posologie"],
               ["Kisqali 200 mg", "3 cp/j, 21 j/28"],
               ["Femara 2,5 mg", "1 cp/j"],
               ["Topalgic LP 100 mg", "1 cp matin et soir"],
               ["Doliprane 1 g", "1 cp x 3/j"],
               ["Uvedose 100 000 UI", "1 ampoule tous les 3 mois"]]),
        ("h", "Question"),
        ("p", "Indication d'une radiothérapie antalgique du cotyle droit, ou d'un geste de consolidation "
              "(cimentoplastie) compte tenu de la localisation en zone portante ? Nous poursuivons l'hormonothérapie "
              "et le ribociclib."),
        ("p", "Bien confraternellement,"),
        ("p", "Dr H. Castagnet"),
    ],
    gold=lambda: gold(
        "zs02", "F", 61,
        ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        ("present", ["pain"], True),
        ("present", ["mechanical", "nocturnal"], 5),
        ("present", ["L01EF02", "L02BG04", "N02AX02", "N02BE01", "A11CC05"]),
        ("absent", []),
        ("absent", []),
        ("unknown", []),
        ("unknown", []),
        ("present", "ecog", 1),
        ("present", None)),
)

# ---- zs03 ---------------------------------------------------------------
letter(
    id="zs03", fmt="txt", author="general practitioner", date=dt.date(2026, 10, 12), birth=None,
    text="""\
De : Dr Bernard Fayolle <cabinet.fayolle@medecins-villeurbanne.example>
À : secretariat.rcp-os@chu-lyon-confluence.example
Date : lundi 12 octobre 2026 18:47
Objet : demande avis RCP - M. GIRAUDIER Raymond

Bonjour,

Je me permets de vous adresser par mail la demande pour mon patient M. Raymond GIRAUDIER, 78 ans, que je suis depuis longtemps.

Il a un cancer de la prostate connu depuis 2019, suivi par le Dr Mazet (urologue, clinique du Parc), sous Décapeptyl tous les 6 mois (derniere injection en juillet). Je n'ai pas le compte rendu anatomopathologique sous la main.

Depuis environ 3 semaines il se plaint de douleurs dorsales basses, permanentes, qui le réveillent la nuit. Le PSA est remonté à 48 ng/ml (il était a 3,2 en mars). J'ai fait faire une scintigraphie osseuse le 5/10 : fixations multiples rachis dorsal et lombaire, bassin et côtes, en faveur de métastases.

ATCD : infarctus en 2016 (stent), FA paroxystique, DT2 sous régime, cataracte opérée.
Sa femme a eu un cancer du sein.

Traitement :
Décapeptyl 22,5 mg / 6 mois
Kardegic 75 mg 1/j
Tahor 20 mg
Doliprane 1g 3x/j
Bisoprolol 2,5 mg

Pour l'anticoagulation je ne suis pas sûr : il avait du Previscan pour sa FA mais je crois que le cardiologue l'a arreté l'an dernier, je dois vérifier avec lui.

Pourriez vous discuter de son cas à votre RCP, en particulier pour les douleurs (radiothérapie ?) et la suite du traitement ? J'ai prévenu le Dr Mazet.

Bien cordialement,
Dr B. Fayolle
Médecin généraliste
14 avenue Roger-Salengro, 69100 Villeurbanne
Tél 04 78 84 33 17
""",
    gold=lambda: gold(
        "zs03", "M", 78,
        ("present", "prostate", None, {"PSA": "positive"}),
        ("present", ["pain"], True),
        ("present", ["nocturnal"], None),
        ("present", ["L02AE04", "B01AC06", "C10AA05", "N02BE01", "C07AB07"]),
        ("unknown", []),
        ("unknown", []),
        ("uncertain", ["B01AA12"]),
        ("present", ["B01AC06"]),
        ("unknown", None, None),
        ("present", None)),
)

# ---- zs04 ---------------------------------------------------------------
letter(
    id="zs04", fmt="pdf", author="urologist", date=dt.date(2026, 10, 1), birth=dt.date(1953, 10, 2),
    head=[("Clinique urologique des Brotteaux", 11.0),
          ("Dr Olivier MAZET — Dr Karim BENSAÏD — Chirurgie urologique et onco-urologie", 8.0),
          ("52 cours Vitton, 69006 Lyon — Tél. 04 78 24 61 90 — RPPS 10003456789", 8.0)],
    foot="Clinique urologique des Brotteaux",
    title="Courrier RCP",
    body="""\
>> Lyon, le 01/10/2026

Monsieur PRAT Gilles
Né le 02/10/1953
N° dossier : 26-118734

## Demande de discussion en RCP métastases osseuses

Cher confrère,

M. Prat présente un adénocarcinome prostatique Gleason 8 (4+4), ISUP 4, diagnostiqué sur biopsies en août 2026 devant un PSA à 212 ng/mL. Le bilan d'extension par TEP-PSMA (18/08/2026) a mis en évidence des métastases osseuses multiples (rachis, bassin, col fémoral gauche), sans atteinte viscérale ; maladie métastatique hormonosensible de haut volume.

Hormonothérapie débutée le 01/09/2026 : Eligard 45 mg (semestriel) et apalutamide (Erleada) 240 mg/j. PSA à 41 ng/mL le 28/09.

Sur le plan osseux, le patient est asymptomatique : aucune douleur, marche normale, pas de troubles neurologiques. Aucune radiothérapie antérieure. Pas de traitement anti-résorptif à ce jour ; le Prolia pourrait être discuté.

ATCD : FA sous Xarelto 20 mg, HTA, diabète de type 2. Pas d'antiagrégant plaquettaire.
Traitement habituel : Xarelto 20 mg 1/j, Triatec 5 mg, Glucophage 1000 mg x2.
OMS 0.

Question : la lésion du col fémoral gauche (lyse corticale médiale de 20 mm sur le scanner) justifie-t-elle une ostéosynthèse préventive ou une radiothérapie ? Quelle prévention osseuse ?

Je vous prie d'agréer, cher confrère, l'expression de mes sentiments les meilleurs.

Dr O. Mazet""",
    gold=lambda: gold(
        "zs04", "M", 72,
        ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        ("present", ["staging_imaging"], True),
        ("absent", [], None),
        ("present", ["L02AE02", "L02BB05", "B01AF01", "C09AA05", "A10BA02"]),
        ("absent", []),
        ("absent", []),
        ("present", ["B01AF01"]),
        ("absent", []),
        ("present", "ecog", 0),
        ("present", None)),
)

# ---- zs05 ---------------------------------------------------------------
letter(
    id="zs05", fmt="docx", author="Dr Thierry Mangin", date=dt.date(2026, 10, 9), birth=None,
    blocks=[
        ("b", "CHU Lyon-Confluence — Hôpital Saint-Irénée"),
        ("p", "Service de Rhumatologie — Dr Thierry MANGIN — Tél. 04 72 90 16 05"),
        ("p", "Lyon, le 9 octobre 2026"),
        ("p", "Madame le Docteur, Monsieur le Docteur,"),
        ("p", "Je vous adresse pour avis Mme Colette FAURE-JACQUIER, 71 ans, hospitalisée dans notre service "
              "du 28/09 au 07/10/2026."),
        ("b", "Motif"),
        ("p", "Fracture-tassement de T12 survenue en juillet 2026 lors du port d'une charge, chez une patiente "
              "suivie pour ostéoporose (fracture du poignet en 2019). L'IRM du 15/09 montrait un aspect "
              "suspect (convexité du mur postérieur, atteinte du pédicule) et deux autres lésions en T8 et L4."),
        ("p", "Une kyphoplastie de T12 avec biopsie a été réalisée le 01/10/2026 : métastase d'un adénocarcinome, "
              "TTF1+, CK7+, CK20-, évoquant en premier lieu une origine pulmonaire. Le scanner thoracique "
              "retrouve un nodule spiculé de 19 mm du LSG, non encore biopsié. Le primitif pulmonaire est donc "
              "probable mais non confirmé ; la biologie moléculaire est en cours sur le prélèvement osseux."),
        ("b", "Antécédents"),
        ("p", "Ostéoporose sous Fosamax 70 mg hebdomadaire depuis 2020 (toujours pris). Hypothyroïdie. "
              "Ancienne fumeuse (30 PA). Frère : cancer du poumon."),
        ("b", "Douleur"),
        ("p", "Rachialgies dorso-lombaires mécaniques, à la mobilisation et au passage assis-debout, "
              "sans radiculalgie. EVA 7/10 à l'entrée, 3/10 ce jour après la kyphoplastie."),
        ("b", "Traitement de sortie"),
        ("p", "Fosamax 70 mg 1 cp le dimanche ; Uvedose 50 000 UI/mois ; Levothyrox 50 µg ; "
              "Oxynorm 5 mg si douleur, max 4/j ; Doliprane 1 g x3/j ; Forlax 1 sachet/j. "
              "Le Kardégic, prescrit en prévention primaire, a été arrêté avant la kyphoplastie et n'a pas été repris."),
        ("b", "État général"),
        ("p", "Indice de Karnofsky 70 %. Perte de 4 kg en 3 mois."),
        ("p", "TEP-TDM prévu le 14/10 ; elle a rendez-vous en oncologie thoracique avec le Dr Roussillon."),
        ("b", "Questions à la RCP"),
        ("p", "Faut-il irradier T12 après la kyphoplastie, et les lésions de T8 et L4 ? Le Fosamax doit-il être "
              "remplacé par un traitement à dose oncologique ?"),
        ("p", "Confraternellement,"),
        ("p", "Dr T. Mangin, rhumatologue"),
    ],
    gold=lambda: gold(
        "zs05", "F", 71,
        ("uncertain", "lung", "adenocarcinoma", {}),
        ("present", ["pathological_fracture"], True),
        ("present", ["mechanical"], 3),
        ("present", ["M05BA04", "A11CC05", "H03AA01", "N02AA05", "N02BE01", "A06AD15"]),
        ("present", ["cementoplasty"]),
        ("present", ["M05BA04"]),
        ("unknown", []),
        ("absent", []),
        ("present", "kps", 70),
        ("unknown", None)),
)

# ---- zs06 ---------------------------------------------------------------
letter(
    id="zs06", fmt="pdf", author="palliative care physician", date=dt.date(2026, 10, 13), birth=None,
    head=HEAD_CHU + [("Équipe Mobile de Soins Palliatifs et d'Accompagnement (EMSPA)", 8.0),
                     ("Dr Claire Monteyremard — Dr Félix Aubanel — IDE coordinatrice : 04 72 90 18 44", 8.0)],
    foot="EMSPA — CHU Lyon-Confluence",
    title="Demande d'avis RCP",
    body="""\
>> Lyon, le 13/10/2026

## Demande d'avis — RCP métastases osseuses

Patient : M. Lucien ARNOUX, 64 ans
Hospitalisé en Pneumologie, chambre 412

Chers collègues,

Nous suivons M. Arnoux depuis septembre, à la demande de l'équipe de pneumologie, pour la prise en charge de douleurs osseuses complexes.

## Rappel
Carcinome épidermoïde pulmonaire du LID, PD-L1 0 %, diagnostiqué en novembre 2025 (stade localement avancé). En janvier 2026, découverte d'une hypercalcémie à 3,1 mmol/L (confusion, constipation) révélant des lésions osseuses lytiques multiples (bassin, cotyle gauche, côtes, rachis). L'hypercalcémie a été corrigée par hydratation et une perfusion unique de Zometa, non renouvelée par la suite.
1re ligne carboplatine-paclitaxel-pembrolizumab (janvier à juin 2026) puis progression ; docétaxel en 2e ligne, arrêté en août 2026 après 2 cures pour intolérance (neutropénie fébrile, asthénie majeure).
Radiothérapie antalgique du cotyle gauche (20 Gy en 5 fractions) en mars 2026, avec bon effet pendant plusieurs mois.
Après discussion collégiale avec le patient et son épouse, décision de soins de support exclusifs (RCP thoracique du 02/09/2026).

## Douleur
Deux composantes :
- douleur de la hanche et de la fesse gauche, à la mobilisation et aux transferts, empêchant la marche ;
- douleur de la face postérieure de la cuisse gauche à type de brûlures et de décharges électriques (DN4 6/10), en rapport probable avec une lésion sacrée S1 gauche.
EN 9/10 à notre première visite, 6/10 actuellement après titration morphinique.
\f
## Traitements en cours
- Skenan LP 60 mg matin et soir
- Actiskenan 20 mg en interdoses, 3 à 4 par jour
- Prégabaline (Lyrica) 75 mg x2/j
- Dexaméthasone 8 mg le matin
- Lovenox 4000 UI/j SC (préventif, alitement partiel)
- Movicol 2 sachets/j, Inexium 40 mg, Imovane 7,5 mg au coucher

## État général
OMS 3, alité plus de la moitié de la journée. Espérance de vie estimée à quelques semaines, au plus deux à trois mois. Le patient est lucide et souhaite rentrer à domicile.

## Question
Une radiothérapie antalgique de l'aile sacrée gauche (fraction unique) est-elle envisageable, à visée purement symptomatique, avant un retour à domicile ? Un avis sur une éventuelle cimentoplastie du cotyle est également souhaité si la RT n'est pas possible (zone déjà irradiée).

Bien cordialement,

Dr C. Monteyremard, pour l'EMSPA""",
    gold=lambda: gold(
        "zs06", "M", 64,
        ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "negative"}),
        ("present", ["hypercalcemia"], True),
        ("present", ["mechanical", "neuropathic"], 6),
        ("present", ["N02AA01", "N03AX16", "H02AB02", "B01AB05", "A06AD65", "A02BC05", "N05CF01"]),
        ("present", ["radiotherapy"]),
        ("absent", []),
        ("present", ["B01AB05"]),
        ("unknown", []),
        ("present", "ecog", 3),
        ("present", "supportive")),
)

# ---- zs07 ---------------------------------------------------------------
letter(
    id="zs07", fmt="txt", author="neurosurgery resident", date=dt.date(2026, 10, 7), birth=None,
    text="""\
Objet : URGENT - RCP os du 15/10 - Mme CHAMBON Nadia (NCH)
De : Interne neurochirurgie - Hôpital Saint-Irénée <nch.internes@chu-lyon-confluence.example>
Envoyé : mercredi 7 octobre 2026 07:52
À : rcp.metastases-osseuses@chu-lyon-confluence.example
Cc : Dr Etienne Valcourt (NCH)

Bonjour,

Merci d'inscrire à la prochaine RCP Mme CHAMBON Nadia, 55 ans, opérée cette nuit dans le service.

ATCD :
- néphrectomie élargie G en 2021 pour carcinome rénal à cellules claires (pT3a N0, Fuhrman 3), surveillance simple depuis, dernier scanner en mars 2026 normal
- HTA, hypercholestérolémie
- coronaropathie stentée 2023 (Kardégic au long cours, suspendu à l'admission et non repris pour l'instant)
- pas d'allergie

HDM : dorsalgies depuis env. 6 semaines, radiculalgie en ceinture T8 depuis 10 j, puis apparition le 04/10 d'une faiblesse des MI avec troubles de la marche. Admise aux urgences le 05/10 : paraparésie 3/5, niveau sensitif T9, pas de troubles sphinctériens. IRM : lésion lytique du corps et de l'arc post de T8 avec épidurite compressive. Pas d'autre lésion osseuse connue à ce stade (TDM TAP demandé).

Prise en charge : dexaméthasone 16 mg/j dès l'admission, puis le 06/10 laminectomie T7-T9 de décompression + ostéosynthèse percutanée T6-T10 (Dr Valcourt). Histologie extemporanée compatible avec une métastase de carcinome rénal à cellules claires, définitif en attente.

Post-op J1 : récupération partielle (4/5 à D), douleur EVA 2 sous morphine. Karnofsky 50 % actuellement.

TTT actuel :
Dexaméthasone 8 mg/j (décroissance en cours)
Lovenox 4000 UI SC 1x/j
Oxynorm 10 mg x4/j
Paracétamol 1 g x4/j
Amlodipine 5 mg
Inexium 40 mg

Projet : RT post-opératoire sur T6-T10 à organiser (RT de Lyon-Sud contactée, validée par le Dr Valcourt), puis avis onco pour un traitement systémique.
Question RCP : dose/fractionnement de la RT post-op, indication d'un traitement systémique et d'un traitement anti-résorptif ?

Merci,
Lucas B., interne NCH (DECT 6-45 12)
""",
    gold=lambda: gold(
        "zs07", "F", 55,
        ("present", "kidney", "clear_cell_carcinoma", {}),
        ("present", ["neurological_deficit"], True),
        ("present", ["neuropathic"], 2),
        ("present", ["H02AB02", "B01AB05", "N02AA05", "N02BE01", "A02BC05"]),
        ("present", ["surgery"]),
        ("unknown", []),
        ("present", ["B01AB05"]),
        ("absent", []),
        ("present", "kps", 50),
        ("present", None)),
)

# ---- zs08 ---------------------------------------------------------------
letter(
    id="zs08", fmt="docx", author="Dr Anne-Marie Rivoire", date=dt.date(2026, 10, 12), birth=dt.date(1943, 2, 28),
    blocks=[
        ("p", "Docteur Anne-Marie RIVOIRE"),
        ("p", "Médecine générale — 3 place de la Mairie, 69530 Brignais — 04 78 05 42 18"),
        ("p", "Brignais, le 12 octobre 2026"),
        ("p", "Chers confrères,"),
        ("p", "Je vous adresse Mme Odette BRUYÈRE, née le 28/02/1943, qui vit seule à domicile avec passage "
              "d'une aide ménagère."),
        ("p", "Elle a été opérée en 2012 d'un cancer du sein droit (tumorectomie et curage, carcinome canalaire "
              "infiltrant, récepteurs aux oestrogènes et à la progestérone positifs), suivi d'une radiothérapie mammaire puis de 5 ans de "
              "tamoxifène, arrêté en 2017. Plus de suivi oncologique depuis 2022."),
        ("p", "Depuis 2 mois environ, douleures lombaires et de la fesse gauche, majorées à la marche, avec des "
              "réveils nocturnes ; EN à 6/10 lors de ma visite d'hier. Le scanner lombaire du 02/10 montre des "
              "lésions lytiques de L4 et de l'aile iliaque gauche. Le radiologue évoque une rechute osseuse de son "
              "cancer du sein, mais un myélome n'est pas exclu (l'électrophorèse est en cours). Pas de biopsie "
              "pour le moment. Calcémie normale."),
        ("p", "Antécédents : ACFA sous Préviscan (INR bien équilibrés), insuffisance cardiaque à FEVG conservée, "
              "HTA. Sa soeur a eu un cancer du côlon."),
        ("p", "Traitement actuel : Préviscan 20 mg 3/4 cp le soir, Cardensiel 2,5 mg, Lasilix 40 mg, Doliprane 1 g "
              "x 3/j, Tramadol 50 mg 1 à 2 x/j depuis 15 jours, Forlax. Elle n'a jamais pris de traitement pour les os."),
        ("p", "Je souhaiterais votre avis sur la conduite à tenir : biopsie ? radiothérapie ? "
              "Elle craint beaucoup une hospitalisation."),
        ("p", "Avec mes remerciements,"),
        ("p", "Dr A.-M. Rivoire"),
    ],
    gold=lambda: gold(
        "zs08", "F", 83,
        ("uncertain", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive"}),
        ("present", ["pain"], True),
        ("present", ["mechanical", "nocturnal"], 6),
        ("present", ["B01AA12", "C07AB07", "C03CA01", "N02BE01", "N02AX02", "A06AD15"]),
        ("unknown", []),
        ("absent", []),
        ("present", ["B01AA12"]),
        ("unknown", []),
        ("unknown", None, None),
        ("unknown", None)),
)

# ---- zs09 ---------------------------------------------------------------
letter(
    id="zs09", fmt="pdf", author="digestive medical oncologist", date=dt.date(2026, 10, 14), birth=None,
    head=HEAD_CHU + [("Service d'Oncologie Médicale — Unité d'oncologie digestive", 8.0),
                     ("Consultations : 04 72 90 13 70", 8.0)],
    foot="Oncologie médicale — Dr Yann Berthelot",
    title="Demande RCP",
    body="""\
>> Lyon, le 14/10/2026
Réf. : YB/SL — Dossier 19-004512

## Demande de présentation en RCP métastases osseuses

Patient : M. Jean-Pierre LACROIX-MOULIN, 69 ans

M. Lacroix-Moulin est suivi pour un adénocarcinome du bas rectum, traité en 2023 par radiochimiothérapie puis amputation abdomino-périnéale. Récidive hépatique et pulmonaire en 2025. Statut moléculaire : KRAS muté (G12D), BRAF non muté, MSS.
Il reçoit actuellement en maintenance capécitabine (Xeloda) + bévacizumab, depuis mai 2026, avec stabilité hépatique.

En août 2026, un scanner abdominal réalisé aux urgences pour une colique néphrétique a découvert fortuitement une lésion lytique de l'aile iliaque droite de 35 mm, confirmée par IRM. Aucune douleur osseuse, marche normale. Pas de geste local osseux jusqu'ici.

ATCD : embolie pulmonaire en 2024, diabète de type 2, lithiase rénale.

Ordonnance en cours (transmise par le patient) : Xeloda 1500 mg matin et soir J1-J14, Xarelto 20 mg 1 cp/j, Stagid 700 mg x3, Mopral 20 mg, Imovane 7,5 mg.
À noter que dans la lettre de sortie de pneumologie de janvier, il est écrit « anticoagulation arrêtée, pas d'indication à la poursuivre » ; le patient affirme pourtant continuer le Xarelto. Point à éclaircir avec son médecin traitant.

PS 1. Traitement à visée palliative.

Question : faut-il traiter localement cette lésion iliaque isolée et asymptomatique (radiothérapie stéréotaxique ?) sans interrompre la maintenance ?

Dr Yann Berthelot
Oncologie médicale""",
    gold=lambda: gold(
        "zs09", "M", 69,
        ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
        ("present", ["incidental_imaging"], True),
        ("absent", [], None),
        ("present", ["L01BC06", "B01AF01", "A10BA02", "A02BC01", "N05CF01"]),
        ("absent", []),
        ("unknown", []),
        ("conflicting", ["B01AF01"]),
        ("unknown", []),
        ("present", "ecog", 1),
        ("present", "palliative")),
)

# ---- zs10 ---------------------------------------------------------------
letter(
    id="zs10", fmt="docx", author="Dr Karim Bensaïd", date=dt.date(2026, 10, 16), birth=None,
    blocks=[
        ("b", "Clinique urologique des Brotteaux — Onco-urologie"),
        ("p", "Dr Karim BENSAÏD — 52 cours Vitton, 69006 Lyon — Tél. 04 78 24 61 92"),
        ("p", "Le 16/10/2026"),
        ("h", "FICHE DE DEMANDE RCP MÉTASTASES OSSEUSES"),
        ("t", [["Patient", "M. Henri VOLLAND"],
               ["Âge / sexe", "73 ans / M"],
               ["Médecin référent", "Dr K. Bensaïd (urologue), Dr L. Pichon (oncologue)"],
               ["Primitif", "Carcinome urothélial de haut grade de la vessie, pT2, cystectomie en 2024"],
               ["Métastases", "Osseuses (branche ilio-pubienne droite, toit du cotyle droit), ganglionnaires rétropéritonéales"],
               ["Découverte des lésions osseuses", "Scanner de surveillance du 03/09/2026"],
               ["Traitement oncologique en cours", "Pembrolizumab (Keytruda) 400 mg / 6 semaines depuis 10/2025"],
               ["Anticoagulant", "Non"],
               ["Antiagrégant", "Oui : Kardégic 160 mg + Plavix 75 mg (stent actif 02/2026)"],
               ["Traitement anti-ostéoclastique", "Non, pas de Xgeva pour l'instant (avis dentaire demandé)"],
               ["Performance status (OMS)", "2"]]),
        ("h", "Commentaire"),
        ("p", "Douleur inguinale droite apparue début septembre, à l'appui et à la marche, EVA 4/10, soulagée "
              "par le paracétamol et le tramadol. Pas de douleur au repos. Marche avec une canne depuis 15 jours."),
        ("p", "Autres traitements : Bisoprolol 5 mg, Tahor 40 mg, Doliprane 1 g x3, Contramal 50 mg x2, "
              "Xatral LP 10 mg, Inexium 20 mg."),
        ("p", "Question : risque fracturaire du cotyle ? Radiothérapie ? Chirurgie ? Faut-il suspendre la double "
              "antiagrégation en cas de geste ?"),
        ("p", "Dr K. Bensaïd"),
    ],
    gold=lambda: gold(
        "zs10", "M", 73,
        ("present", "bladder", "other", {}),
        ("present", ["staging_imaging"], True),
        ("present", ["mechanical"], 4),
        ("present", ["L01FF02", "B01AC06", "B01AC04", "C07AB07", "C10AA05", "N02BE01", "N02AX02", "A02BC05"]),
        ("unknown", []),
        ("absent", []),
        ("absent", []),
        ("present", ["B01AC06", "B01AC04"]),
        ("present", "ecog", 2),
        ("present", None)),
)

# ---- zs11 ---------------------------------------------------------------
letter(
    id="zs11", fmt="pdf", author="neurosurgeon", date=dt.date(2026, 10, 9), birth=dt.date(1979, 10, 5),
    head=HEAD_CHU + [("Service de Neurochirurgie B — Chirurgie du rachis", 8.0),
                     ("Pr Étienne Valcourt — Dr Inès Marchetti — Secrétariat 04 72 90 17 21", 8.0)],
    foot="Neurochirurgie B — Hôpital Saint-Irénée",
    title="Consultation neurochirurgie",
    body="""\
>> Lyon, le 9 octobre 2026

Dr Inès MARCHETTI
Neurochirurgien

À l'attention de la RCP métastases osseuses
Copie : Dr H. Castagnet (oncologue), Dr F. Janin (médecin traitant)

## Compte rendu de consultation — Mme PONCET Laetitia, née le 05/10/1979

J'ai vu en consultation ce jour Mme Poncet, adressée par son oncologue pour des cervicalgies.

## Antécédents oncologiques
Carcinome lobulaire infiltrant du sein gauche diagnostiqué en 2021, RE+ (100 %), RP négatifs, HER2 0, traité par mastectomie, chimiothérapie adjuvante et radiothérapie pariétale, puis hormonothérapie.
Rechute osseuse découverte en mars 2023 sur un TEP-TDM de surveillance (T10, sacrum, côtes), alors asymptomatique. Radiothérapie de T10 (30 Gy en 10 fractions) en avril 2023.
Actuellement en 2e ligne métastatique : fulvestrant (Faslodex) + abémaciclib (Verzenios) depuis janvier 2025.
Le dénosumab (Xgeva), débuté en 2023, a été interrompu en mai 2025 en raison d'une ostéonécrose de la mâchoire.
Pas d'anticoagulant, pas d'antiagrégant.

## Histoire récente
Depuis 2 mois, cervicalgies hautes d'horaire mécanique, majorées par la rotation de la tête, et névralgie occipitale droite avec des décharges électriques dans le cuir chevelu. EN 5/10 en moyenne. Pas de déficit sensitivo-moteur, pas de signe médullaire, ROT normaux.

## Imagerie
Scanner et IRM du rachis cervical (28/09/2026) : ostéolyse de l'odontoïde et de la masse latérale droite de C2, sans épidurite ni compression médullaire. SINS évalué à 13 (lésion potentiellement instable).
\f
## Traitement habituel
Verzenios 150 mg x2/j, Faslodex 500 mg IM mensuel, Doliprane 1 g x3/j, Laroxyl 10 gouttes le soir (débuté par son médecin traitant pour la névralgie), Lamaline si besoin. Collier cervical rigide prescrit ce jour.

## Conclusion
Patiente de 47 ans, ECOG 1, avec une métastase de C2 potentiellement instable et douloureuse, sans déficit. La maladie est par ailleurs contrôlée et le traitement systémique actuel sera poursuivi.
Je m'interroge sur l'indication d'une fixation occipito-cervicale versus une radiothérapie (stéréotaxique) seule sous collier. Je souhaite que le dossier soit discuté à la prochaine RCP.

Dr I. Marchetti""",
    gold=lambda: gold(
        "zs11", "F", 47,
        ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
        ("present", ["staging_imaging"], True),
        ("present", ["mechanical", "neuropathic"], 5),
        ("present", ["L01EF03", "L02BA03", "N02BE01", "N06AA09"]),
        ("present", ["radiotherapy"]),
        ("absent", []),
        ("absent", []),
        ("absent", []),
        ("present", "ecog", 1),
        ("present", None)),
)

# ---- zs12 ---------------------------------------------------------------
letter(
    id="zs12", fmt="txt", author="thoracic oncology resident", date=dt.date(2026, 10, 19), birth=None,
    text="""\
Objet: inscription RCP MO 22/10
De: Dr Samia Kherbouche (interne onco thoracique)
Date: 19/10/2026 12:03

Bonjour,

Pouvez vous inscrire à la RCP métastases osseuses de jeudi M. DELORME Patrick, 58 ans.

CBNPC non épidermoïde du LSD (sous-typage IHC en cours, prélèvement pauvre), diagnostiqué en sept 2026. EGFR non muté, ALK en cours, PD-L1 40 %.
Métastases osseuses multiples découvertes sur le TEP de bilan initial (sept. 2026) : rachis, bassin, humérus G.
C1 carboplatine-pémétrexed-pembrolizumab le 02/10, C2 prévue le 23/10.
Pt algique au niveau de l'épaule G.

Question : RT antalgique de l'humérus G ? risque fracturaire ?

Je complète le dossier (imagerie, traitements) dès que possible, je n'ai pas encore vu le patient en consultation.

Merci
Samia K.
""",
    gold=lambda: gold(
        "zs12", "M", 58,
        ("present", "lung", "nsclc_nos", {"EGFR": "negative", "ALK": "pending", "PD-L1": "positive"}),
        ("present", ["staging_imaging"], True),
        ("present", [], None),
        ("present", ["L01XA02", "L01BA04", "L01FF02"]),
        ("unknown", []),
        ("unknown", []),
        ("unknown", []),
        ("unknown", []),
        ("unknown", None, None),
        ("present", None)),
)


# --------------------------------------------------------------------------
# contract check
# --------------------------------------------------------------------------
def letter_text(L) -> str:
    if L["fmt"] == "pdf":
        return "\n".join(t for t, _ in L["head"]) + "\n" + L["body"]
    if L["fmt"] == "docx":
        parts = []
        for kind, val in L["blocks"]:
            if kind == "t":
                parts.extend(" | ".join(r) for r in val)
            else:
                parts.append(val)
        return "\n".join(parts)
    return L["text"]


def violation(lid, msg):
    print(f"CONTRACT VIOLATION: {lid}: {msg}")
    sys.exit(1)


def check(L, g, atc):
    lid = L["id"]
    v = lambda m: violation(lid, m)  # noqa: E731
    expected_keys = {"id", "patient", "gaps", *STATUSES}
    if set(g) != expected_keys:
        v(f"keys {sorted(set(g) ^ expected_keys)}")
    if g["id"] != lid:
        v("id differs from file stem")
    text = letter_text(L)
    ftext = fold(text)
    # patient
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        v("sex")
    if not isinstance(p["age"], int):
        v("age must be an int")
    if L.get("birth"):
        a = age_at(L["birth"], L["date"])
        if a != p["age"]:
            v(f"age {p['age']} but birth date gives {a}")
        if L["birth"].strftime("%d/%m/%Y") not in text:
            v("birth date not written in the letter")
    elif f"{p['age']} ans" not in text:
        v("age neither written nor derivable from a birth date")
    # statuses
    for item, allowed in STATUSES.items():
        if g[item]["status"] not in allowed:
            v(f"{item}.status {g[item]['status']!r} not allowed")
    # primary tumour
    t = g["primaryTumor"]
    if t["status"] == "unknown":
        if t["site"] or t["histology"] or t["biomarkers"]:
            v("unknown primaryTumor with values")
    else:
        if t["site"] not in SITES:
            v(f"site {t['site']}")
    if t["histology"] is not None and t["histology"] not in HISTOLOGIES:
        v(f"histology {t['histology']}")
    for name, res in t["biomarkers"].items():
        if name not in BIOMARKERS or res not in BIORESULTS:
            v(f"biomarker {name}={res}")
    # bone diagnosis
    b = g["boneDiagnosis"]
    if not all(c in CIRCUMSTANCES for c in b["circumstances"]):
        v("circumstance code")
    if b["status"] == "present" and not b["circumstances"]:
        v("present boneDiagnosis without circumstance")
    if b["status"] == "unknown" and (b["circumstances"] or b["dated"]):
        v("unknown boneDiagnosis with values")
    if not isinstance(b["dated"], bool):
        v("dated must be a bool")
    # pain
    pn = g["pain"]
    if not all(x in PAIN_TYPES for x in pn["types"]):
        v("pain type code")
    if len(set(pn["types"])) != len(pn["types"]):
        v("duplicate pain type")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        v("pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"] not in (None, 0)):
        v("pain absent/unknown with types or intensity")
    if pn["intensity"] is not None and not re.search(
            rf"(\b{pn['intensity']} ?/ ?10\b)|((EVA|EN|ENS|NRS)( à)? {pn['intensity']}\b)", text):
        v("pain intensity not written as N/10")
    # ATC codes
    for sec in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        codes = g[sec]["atc"]
        if codes != sorted(set(codes)):
            v(f"{sec}.atc must be sorted and unique")
        for c in codes:
            if c not in atc:
                v(f"{sec}: {c} not in atc-reference.tsv")
            if not any(fold(n) in ftext for n in atc[c]):
                v(f"{sec}: no name or brand of {c} in the letter text")
            if sec in SECTION_PREFIXES and not c.startswith(SECTION_PREFIXES[sec]):
                v(f"{sec}: {c} does not belong to this section")
        st = g[sec]["status"]
        if st in ("absent", "unknown") and codes:
            v(f"{sec} {st} with codes")
    meds = set(g["currentMedications"]["atc"])
    if g["currentMedications"]["status"] == "present" and not meds:
        v("currentMedications present without any table drug (check letter)")
    for sec in SECTION_PREFIXES:
        st, codes = g[sec]["status"], set(g[sec]["atc"])
        if st in ("present", "conflicting") and not codes <= meds:
            v(f"{sec} {st} agents {sorted(codes - meds)} missing from currentMedications")
        if st == "uncertain" and codes & meds:
            v(f"{sec} uncertain agents must not be current medications")
        # a current drug of the section's class must be in the section
        cls = {c for c in meds if c.startswith(SECTION_PREFIXES[sec])}
        if not cls <= codes:
            v(f"current {sorted(cls - codes)} not listed in {sec}")
    # local treatments
    lt = g["priorLocalTreatments"]
    if not all(x in LOCAL_TYPES for x in lt["types"]):
        v("local treatment type")
    if lt["status"] == "present" and not lt["types"]:
        v("priorLocalTreatments present without type")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        v("priorLocalTreatments absent/unknown with types")
    # prognosis
    pr = g["prognosis"]
    ecog, kps = pr.get("ecog"), pr.get("kps")
    if ecog is not None and kps is not None:
        v("both ecog and kps")
    if ecog is not None and ecog not in range(0, 6):
        v("ecog range")
    if kps is not None and (kps not in range(0, 101) or kps % 10):
        v("kps range")
    if pr["status"] == "unknown" and (ecog is not None or kps is not None):
        v("unknown prognosis with a value")
    # project
    tp = g["therapeuticProject"]
    if tp["intent"] is not None:
        if tp["intent"] not in INTENTS:
            v("intent code")
        if tp["status"] != "present":
            v("intent without present project")
        word = {"palliative": "palliati", "curative": "curati", "supportive": "support"}[tp["intent"]]
        if word not in ftext:
            v("intent not written in the letter")
    # gaps
    if g["gaps"] != derive_gaps(g):
        v("gaps differ from the gap rule")
    for item, kind in g["gaps"]:
        if item == "antiplatelets" or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            v("bad gap")


# --------------------------------------------------------------------------
def main() -> int:
    atc = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids):
        violation("corpus", "duplicate id")
    golds = {}
    for L in LETTERS:
        g = L["gold"]()
        check(L, g, atc)
        golds[L["id"]] = g
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for L in LETTERS:
        lid = L["id"]
        if L["fmt"] == "pdf":
            write_pdf(ldir / f"{lid}.pdf", L["head"], L["body"], L["foot"], L["title"])
        elif L["fmt"] == "docx":
            write_docx(ldir / f"{lid}.docx", L["blocks"], L["author"])
        else:
            write_txt(ldir / f"{lid}.txt", L["text"], L.get("encoding", "utf-8"), L.get("crlf", False))
        (gdir / f"{lid}.json").write_text(json.dumps(golds[lid], indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds; contract check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
