#!/usr/bin/env python3
"""corpus76: 12 blind referral letters (bone-disease histories) and their gold records.

Run from /work/main:  .venv/bin/python tests/corpus76/make_letters.py
Writes letters/ and gold/ byte-identically on every run.
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
SPEC = Path("/work/shared/spec")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# ---------------------------------------------------------------- contract
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
          "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
          "prognosis", "therapeuticProject"]
ALL_ITEMS = ITEMS9[:7] + ["antiplatelets"] + ITEMS9[7:]
STATUSES = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "boneTargetedTherapy": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "anticoagulation": {"present", "absent", "uncertain", "conflicting", "unknown"},
    "antiplatelets": {"present", "absent", "uncertain", "conflicting", "unknown"},
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
PAINTYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
TREATMENTS = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def load_atc() -> set[str]:
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {l.split("\t", 1)[0].strip() for l in lines if l.strip()}


ATC = load_atc()


def violation(msg: str):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to gold values (antiplatelets never gets a gap)."""
    gaps = []
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS9:
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
            or (item == "primaryTumor" and sec["histology"] is None)
            or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
        )
        if incomplete:
            gaps.append([item, "incomplete"])
    return gaps


def age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def check(lid: str, g: dict, meta: dict, text: str):
    def need(cond, msg):
        if not cond:
            violation(f"{lid}: {msg}")
    need(g["id"] == lid, "id")
    need(g["patient"]["sex"] in ("F", "M"), "sex")
    need(isinstance(g["patient"]["age"], int), "age")
    if meta.get("birth"):
        need(g["patient"]["age"] == age_at(meta["birth"], meta["date"]),
             f"age {g['patient']['age']} != computed {age_at(meta['birth'], meta['date'])}")
    for item in ALL_ITEMS:
        need(g[item]["status"] in STATUSES[item], f"{item} status {g[item]['status']}")
    pt = g["primaryTumor"]
    need(pt["site"] is None or pt["site"] in SITES, "site")
    need(pt["histology"] is None or pt["histology"] in HISTOLOGIES, "histology")
    for k, v in pt["biomarkers"].items():
        need(k in BIOMARKERS and v in BIORESULTS, f"biomarker {k}={v}")
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None, "unknown tumour with values")
    bd = g["boneDiagnosis"]
    need(all(c in CIRCUMSTANCES for c in bd["circumstances"]), "circumstance")
    need(isinstance(bd["dated"], bool), "dated")
    if bd["status"] == "present":
        need(bd["circumstances"], "bone diagnosis present without circumstance")
    pa = g["pain"]
    need(all(t in PAINTYPES for t in pa["types"]), "pain type")
    need(pa["intensity"] is None or (isinstance(pa["intensity"], int) and 0 <= pa["intensity"] <= 10), "intensity")
    if pa["status"] in ("absent", "unknown"):
        need(not pa["types"], "types on absent/unknown pain")
        need(pa["intensity"] in (None, 0), "intensity on absent pain")
    meds = g["currentMedications"]
    need(meds["atc"] == sorted(set(meds["atc"])), "medication codes not sorted/unique")
    for c in meds["atc"]:
        need(c in ATC, f"medication ATC {c} not in atc-reference.tsv")
    if meds["status"] != "present":
        need(not meds["atc"], "codes with non-present medications")
    else:
        need(meds["atc"] or meta.get("meds_without_codes"), "present medications without codes")
    plt = g["priorLocalTreatments"]
    need(all(t in TREATMENTS for t in plt["types"]), "treatment type")
    if plt["status"] == "present":
        need(plt["types"], "prior local present without type")
    else:
        need(not plt["types"], "types on non-present prior local")
    for sec, prefixes in AGENT_PREFIX.items():
        s = g[sec]
        need(s["atc"] == sorted(set(s["atc"])), f"{sec} codes not sorted")
        for c in s["atc"]:
            need(c in ATC, f"{sec} ATC {c} not in reference")
            need(c.startswith(prefixes), f"{sec} ATC {c} outside its classes")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], f"{sec} codes with status {s['status']}")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                need(c in meds["atc"], f"{sec} agent {c} missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                need(c not in meds["atc"], f"{sec} doubtful agent {c} must not be a current medication")
    # every current code of an agent class must show up in its section
    for c in meds["atc"]:
        for sec, prefixes in AGENT_PREFIX.items():
            if c.startswith(prefixes):
                need(c in g[sec]["atc"] and g[sec]["status"] in ("present", "conflicting"),
                     f"current {c} not in {sec}")
    if "aucun traitement au long cours" in text.lower():
        for sec in ("currentMedications", "anticoagulation", "antiplatelets", "boneTargetedTherapy"):
            need(g[sec]["status"] == "absent", f"'aucun traitement au long cours' but {sec} not absent")
    pr = g["prognosis"]
    need(set(pr) <= {"status", "ecog", "kps"}, "prognosis keys")
    need(not ("ecog" in pr and "kps" in pr and pr["ecog"] is not None and pr["kps"] is not None), "both ecog and kps")
    if pr.get("ecog") is not None:
        need(pr["ecog"] in range(0, 6), "ecog range")
    if pr.get("kps") is not None:
        need(pr["kps"] in range(0, 101, 10), "kps range")
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and pr.get("kps") is None, "unknown prognosis with value")
    tp = g["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, "intent")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "intent on unknown project")
    need(g["gaps"] == derive_gaps(g), "gaps do not follow the rule")
    # the letter text must contain the words the gold leans on
    for w in meta.get("must", []):
        need(w.lower() in text.lower(), f"letter lacks evidence '{w}'")
    for w in meta.get("must_not", []):
        need(w.lower() not in text.lower(), f"letter must not contain '{w}'")


def gold(lid, sex, age, *, tumor, bone, pain, meds, local, bta, ac, ap, prog, proj):
    g = {"id": lid, "patient": {"sex": sex, "age": age}}
    st, site, hist, bio = tumor
    g["primaryTumor"] = {"status": st, "site": site, "histology": hist, "biomarkers": bio}
    g["boneDiagnosis"] = {"status": bone[0], "circumstances": sorted(bone[1]), "dated": bone[2]}
    g["pain"] = {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]}
    g["currentMedications"] = {"status": meds[0], "atc": sorted(set(meds[1]))}
    g["priorLocalTreatments"] = {"status": local[0], "types": sorted(local[1])}
    for name, v in (("boneTargetedTherapy", bta), ("anticoagulation", ac), ("antiplatelets", ap)):
        g[name] = {"status": v[0], "atc": sorted(v[1])}
    pst, scale, val = prog
    g["prognosis"] = {"status": pst, ("kps" if scale == "kps" else "ecog"): val}
    g["therapeuticProject"] = {"status": proj[0], "intent": proj[1]}
    g["gaps"] = derive_gaps(g)
    return g


# ---------------------------------------------------------------- writers
FIXED_DATE = "D:20250301090000+01'00'"
PRODUCER = "corpus76 make_letters.py"


def write_txt(path: Path, text: str, *, crlf=False, encoding="utf-8"):
    body = text.replace("\n", "\r\n") if crlf else text
    path.write_bytes(body.encode(encoding))


def _font_metrics():
    from fontTools.ttLib import TTFont
    f = TTFont(str(FONT))
    upm = f["head"].unitsPerEm
    cmap = f.getBestCmap()
    hmtx = f["hmtx"].metrics
    widths = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            widths.append(0)
            continue
        gname = cmap.get(ord(ch))
        widths.append(round(hmtx[gname][0] * 1000 / upm) if gname else 0)
    return widths


def _wrap(line: str, width_pts: float, size: float, widths) -> list[str]:
    def w(s):
        return sum(widths[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000
    if not line.strip():
        return [""]
    indent = len(line) - len(line.lstrip(" "))
    words, out, cur = line.split(" "), [], ""
    for word in words:
        cand = word if not cur else cur + " " + word
        if w(cand) <= width_pts or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = " " * indent + word
    out.append(cur)
    return out


def write_pdf(path: Path, text: str, *, size=10.0, title="Courrier"):
    widths = _font_metrics()
    W, H, margin, lead = 595, 842, 56, size * 1.38
    lines = []
    for raw in text.split("\n"):
        lines.extend(_wrap(raw, W - 2 * margin, size, widths))
    per_page = int((H - 2 * margin) // lead)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]

    def esc(s):
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objs = {}
    font_data = FONT.read_bytes()
    comp = zlib.compress(font_data, 9)
    objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + b" ".join(str(x).encode() for x in widths) + b"] "
               b"/FontDescriptor 4 0 R /Encoding /WinAnsiEncoding >>")
    objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
               b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
    objs[5] = (b"<< /Length " + str(len(comp)).encode() + b" /Length1 " + str(len(font_data)).encode()
               + b" /Filter /FlateDecode >>\nstream\n" + comp + b"\nendstream")
    objs[6] = (b"<< /Producer (" + PRODUCER.encode() + b") /Creator (" + PRODUCER.encode() + b") /Title ("
               + esc(title) + b") /CreationDate (" + FIXED_DATE.encode() + b") /ModDate ("
               + FIXED_DATE.encode() + b") >>")
    kids = []
    n = 7
    for pno, plines in enumerate(pages):
        ops = [b"BT", b"/F1 %.1f Tf" % size, b"%.2f TL" % lead, b"%d %d Td" % (margin, H - margin - size)]
        for ln in plines:
            ops.append(b"(" + esc(ln) + b") Tj T*")
        ops.append(b"ET")
        if len(pages) > 1:
            foot = f"Page {pno + 1}/{len(pages)}"
            ops += [b"BT", b"/F1 8 Tf", b"%d 30 Td" % (W // 2 - 20), b"(" + esc(foot) + b") Tj", b"ET"]
        content = zlib.compress(b"\n".join(ops), 9)
        objs[n] = b"<< /Length " + str(len(content)).encode() + b" /Filter /FlateDecode >>\nstream\n" + content + b"\nendstream"
        objs[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % (W, H, n))
        kids.append(n + 1)
        n += 2
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    maxo = max(objs)
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (maxo + 1))
    for i in range(1, maxo + 1):
        out.write(b"%010d 00000 n \n" % offsets[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (maxo + 1, xref))
    path.write_bytes(out.getvalue())


def write_docx(path: Path, blocks, *, author="Secrétariat"):
    """blocks: list of ("h", text) | ("p", text) | ("b", text) bold para | ("t", rows) table."""
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            d.add_paragraph().add_run(val).bold = True
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    cp = d.core_properties
    fixed = dt.datetime(2025, 3, 1, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(name))
    path.write_bytes(out.getvalue())


def docx_text(blocks) -> str:
    parts = []
    for kind, val in blocks:
        if kind == "t":
            parts.extend(" | ".join(r) for r in val)
        else:
            parts.append(val)
    return "\n".join(parts)


# ---------------------------------------------------------------- letters
LETTERS = []  # (id, fmt, content, gold, meta)


def add(lid, fmt, content, g, meta, **kw):
    LETTERS.append((lid, fmt, content, g, meta, kw))


# zzx01 -- GP, TXT: rising PSA, bone scan in October, pain since Christmas
add("zzx01", "txt", """Dr Gérard FOUQUERAY
Médecin généraliste
3 place du Marché – 58140 Lormes-sur-Yonne
Tél 03 86 22 41 07

Lormes, le 12 février 2025

Cher confrère,

Je vous adresse M. Roland BESNIER, 68 ans, pour avis de la RCP métastases osseuses.

ATCD : HTA, dyslipidémie, infarctus inférieur stenté en 2017. Ex-fumeur (30 PA). Son frère aîné a été traité pour un cancer de la vessie.

Histoire : adénocarcinome prostatique Gleason 7 (3+4) diagnostiqué en 2019, traité par prostatectomie totale en mai 2019 (PSA indétectable ensuite) puis radiothérapie de la loge en 2020 pour une remontée biologique.
Depuis l'été le PSA remonte franchement : 0,2 en juin, 1,9 en septembre, 4,8 ng/ml le 3 octobre. Le TEP-PSMA et la scintigraphie faits dans la foulée (octobre) montrent des fixations de l'aile iliaque gauche, du cotyle gauche et de L3, sans atteinte viscérale. Le Dr Morvan (urologue) a débuté le Décapeptyl LP 11,25 mg le 14 novembre, dernier PSA à 2,1 le 28/01.

Depuis Noël il se plaint de lombalgies basses, surtout à la marche et en fin de journée, qui le réveillent rarement. EN à 4/10 à ma consultation de ce jour. Pas de déficit, pas de trouble sphinctérien.
Pas de radiothérapie osseuse à ce jour (seule la loge prostatique a été irradiée).

Traitement actuel :
- Décapeptyl LP 11,25 mg tous les 3 mois
- Doliprane 1 g 3x/j
- Kardégic 75 mg 1/j
- Tahor 20 mg le soir
- Triatec 5 mg le matin
Pas d'anticoagulant. Pas encore de traitement osseux (type Xgeva), à discuter avec vous, bilan dentaire fait en janvier.

Je souhaiterais votre avis sur l'intérêt d'une radiothérapie de L3 et/ou du cotyle et sur un traitement anti-résorptif.

Bien confraternellement,
Dr G. Fouqueray
""", gold("zzx01", "M", 68,
         tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
         bone=("present", ["staging_imaging"], True),
         pain=("present", ["mechanical"], 4),
         meds=("present", ["L02AE04", "N02BE01", "B01AC06", "C10AA05", "C09AA05"]),
         local=("absent", []),
         bta=("absent", []), ac=("absent", []), ap=("present", ["B01AC06"]),
         prog=("unknown", "ecog", None),
         proj=("present", None)),
    {"date": dt.date(2025, 2, 12), "must": ["Pas d'anticoagulant", "Pas encore de traitement osseux", "Pas de radiothérapie osseuse"]})


# zzx02 -- medical oncologist, PDF: first discovery early last year on pain, RT, later progression
add("zzx02", "pdf", """CENTRE HOSPITALIER DE VAL-DE-BRIAC
Service d'Oncologie Médicale – Hôpital de jour
12 avenue des Tilleuls, 37410 Val-de-Briac – Secrétariat : 02 47 91 30 55

Dr Hélène CARADEC                                              Val-de-Briac, le 15/01/2025

À l'attention de la RCP Métastases osseuses
Objet : Mme Josiane LEBRETON, née le 03/09/1958

Chère Consœur, Cher Confrère,

Je vous présente Mme Lebreton, que je suis pour un cancer du sein gauche métastatique osseux.

Antécédents
- Carcinome canalaire infiltrant (NST) du sein gauche, pT1c N0, grade 2, RE 90 %, RP 40 %, HER2 score 1+ (négatif), diagnostiqué en mars 2016 : tumorectomie + ganglion sentinelle, radiothérapie mammaire, tamoxifène de 2016 à 2021 (arrêté à 5 ans).
- Hypothyroïdie substituée. Mère décédée d'un cancer de l'ovaire.

Histoire de la maladie osseuse
En début d'année dernière (janvier-février 2024), apparition de dorsalgies avec réveils nocturnes et une irradiation en ceinture à droite. L'IRM du 04/03/2024 a montré des lésions de T8 (avec recul du mur postérieur, sans épidurite) et de T11. Biopsie de T8 : métastase du carcinome mammaire connu, RE+ RP+ HER2 négatif.
Radiothérapie de T7-T9, 20 Gy en 5 fractions, terminée le 29/03/2024. Traitement de 1re ligne par ribociclib (Kisqali) + létrozole (Femara) depuis le 02/04/2024, et dénosumab (Xgeva) mensuel depuis avril.
Les douleurs, cotées à 7/10 avant l'irradiation, sous oxycodone, se sont nettement améliorées : l'oxycodone a pu être arrêtée en juin 2024. Plus aucune irradiation en ceinture depuis la radiothérapie.
Le TEP-TDM de réévaluation du 10/12/2024 montre une réponse des lésions dorsales mais une nouvelle lésion lytique du col fémoral droit (SUV 7), asymptomatique, avec un score de Mirels estimé à 8.

Actuellement
EVA 3/10, douleur dorsale résiduelle surtout nocturne. La hanche droite n'est pas douloureuse, marche sans aide. ECOG 1. Poids stable.

Traitement en cours
- Kisqali 600 mg/j 21 j/28
- Femara 2,5 mg/j
- Xgeva 120 mg SC toutes les 4 semaines
- Cacit D3 1 sachet/j
- Levothyrox 75 µg
- Doliprane 1 g jusqu'à 3 fois par jour

Le contexte reste palliatif. Je souhaite l'avis de la RCP sur la prise en charge du col fémoral droit (radiothérapie seule ou ostéosynthèse préventive ?) et sur la poursuite de la 1re ligne, la progression étant limitée à ce site.

Confraternellement,
Dr H. Caradec
""", gold("zzx02", "F", 66,
         tumor=("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
         bone=("present", ["pain"], True),
         pain=("present", ["nocturnal"], 3),
         meds=("present", ["L01EF02", "L02BG04", "M05BX04", "A12AX", "H03AA01", "N02BE01"]),
         local=("present", ["radiotherapy"]),
         bta=("present", ["M05BX04"]), ac=("unknown", []), ap=("unknown", []),
         prog=("present", "ecog", 1),
         proj=("present", "palliative")),
    {"date": dt.date(2025, 1, 15), "birth": dt.date(1958, 9, 3), "must": ["arrêtée en juin 2024", "Plus aucune irradiation en ceinture"]})


# zzx03 -- spine surgeon, DOCX: cord compression after dorsalgia since summer, emergency fixation
Z03 = [
    ("b", "CHU de Saint-Aurèle – Service de Neurochirurgie (Pr A. Vasseur)"),
    ("p", "Dr Thomas NGUYEN-LAMBERT, chef de clinique – tél. 04 73 18 62 90"),
    ("p", "Saint-Aurèle, le 14/03/2025"),
    ("p", "Objet : demande d'avis RCP métastases osseuses – M. Patrick DUVIGNAUD, 61 ans"),
    ("h", "Histoire"),
    ("p", "Patient de 61 ans, tabagique actif, sans antécédent notable en dehors d'une AOMI pour laquelle il prenait du Kardégic. "
          "La maladie osseuse s'est révélée par des dorsalgies d'horaire inflammatoire depuis l'été 2024, longtemps mises sur le compte "
          "d'une arthrose et traitées par kinésithérapie, puis par une compression médullaire : paraparésie d'installation rapide "
          "en 72 h avec troubles mictionnels, admis aux urgences le 2 mars. IRM : lyse de T6 avec épidurite compressive, autres lésions T2 et L1."),
    ("p", "Laminectomie décompressive T5-T7 et arthrodèse T4-T8 en urgence le 03/03/2025. La biopsie peropératoire "
          "retrouve une métastase d'adénocarcinome TTF1+. Le TDM thoracique montre une masse lobaire supérieure droite de 4 cm "
          "avec adénopathies médiastinales : adénocarcinome pulmonaire stade IV. Recherche EGFR, ALK, ROS1 et PD-L1 en cours sur la pièce."),
    ("h", "Évolution"),
    ("p", "Récupération partielle : force 4/5 aux membres inférieurs, marche avec déambulateur, sonde retirée à J5. "
          "Les douleurs étaient cotées 8/10 avant l'intervention ; actuellement EN 3/10, à la mobilisation et aux transferts, "
          "plus de douleur en ceinture. Performance status ECOG 3."),
    ("h", "Traitement de sortie"),
    ("t", [["Médicament", "Posologie"],
           ["Lovenox 4000 UI", "1 inj SC/j (prévention)"],
           ["Dectancyl 8 mg", "décroissance sur 10 jours"],
           ["Oxycontin LP 10 mg", "matin et soir"],
           ["Inexium 20 mg", "1/j"],
           ["Movicol", "1 sachet/j"]]),
    ("p", "Le Kardégic a été suspendu en pré-opératoire et n'a pas été repris."),
    ("h", "Projet"),
    ("p", "Une radiothérapie post-opératoire T4-T8 est prévue (rendez-vous de mise en place le 24/03 avec le Dr Ferrand). "
          "La suite de la prise en charge oncologique dépendra des résultats de biologie moléculaire. "
          "Question à la RCP : faut-il traiter les lésions de T2 et L1 dans le même temps ?"),
    ("p", "Bien cordialement,  Dr T. Nguyen-Lambert"),
]
add("zzx03", "docx", Z03, gold("zzx03", "M", 61,
         tumor=("present", "lung", "adenocarcinoma", {"EGFR": "pending", "ALK": "pending", "ROS1": "pending", "PD-L1": "pending"}),
         bone=("present", ["neurological_deficit", "pain"], True),
         pain=("present", ["mechanical"], 3),
         meds=("present", ["B01AB05", "H02AB02", "N02AA05", "A02BC05", "A06AD65"]),
         local=("present", ["surgery"]),
         bta=("unknown", []), ac=("present", ["B01AB05"]), ap=("absent", []),
         prog=("present", "ecog", 3),
         proj=("present", None)),
    {"date": dt.date(2025, 3, 14), "must": ["suspendu en pré-opératoire et n'a pas été repris", "est prévue"]},
    author="Dr T. Nguyen-Lambert")


# zzx04 -- rheumatologist, TXT: hypercalcaemia at Christmas revealing kidney cancer
add("zzx04", "txt", """Service de Rhumatologie – Hôpital Saint-Ferréol, 81200 Montcabrier
Dr Anne-Sophie PELLETAN – 05 63 44 18 20

Le 03/02/2025

Objet : Mme Micheline AUGIER, née le 22/07/1951

Chers collègues,

Je vous adresse pour discussion en RCP Mme Augier, hospitalisée dans le service du 26/12/2024 au 09/01/2025.

Motif initial : adressée par SOS Médecins à Noël pour confusion et vomissements ; calcémie corrigée à 3,4 mmol/l, créatinine 142 µmol/l. Réhydratation et une perfusion unique de Zometa 4 mg le 26/12 aux urgences, normalisation de la calcémie en 5 jours.
En reprenant l'histoire, la patiente décrit une douleur de la hanche gauche depuis 3 mois environ, à l'appui et à la marche, avec une boiterie, qu'elle n'avait pas signalée.
Le TDM TAP (27/12) retrouve une masse rénale gauche de 7 cm, une lyse du cotyle gauche et de l'aile iliaque gauche, une lésion de la 7e côte droite. La biopsie de l'aile iliaque (03/01/2025) conclut à une métastase de carcinome à cellules claires d'origine rénale.

ATCD : fibrillation auriculaire sous Préviscan depuis 2019, hypothyroïdie, cholécystectomie. Pas d'antiagrégant.
Père : cancer colique à 70 ans.

Au plan oncologique le Dr Rivals a débuté le cabozantinib (Cabometyx 40 mg/j) le 15/01/2025, bien toléré à ce jour.

Traitement actuel :
 Préviscan 20 mg 3/4 cp le soir (INR cible 2-3)
 Cabometyx 40 mg/j
 Topalgic LP 100 mg matin et soir
 Doliprane 1 g x 3/j
 Levothyrox 50 µg

Pas de traitement anti-résorptif au long cours à ce jour (une seule perfusion de Zometa aux urgences) ; l'Xgeva serait à introduire après avis dentaire.
Aucun geste local (ni radiothérapie ni cimentoplastie) n'a été réalisé.

Actuellement : douleur de hanche gauche EN 6/10 à la marche, soulagée au repos, marche avec une canne. OMS 2.

Question : radiothérapie antalgique du cotyle et/ou cimentoplastie ? gestion du Préviscan en cas de geste.

Bien cordialement,
Dr A.-S. Pelletan
""", gold("zzx04", "F", 73,
         tumor=("present", "kidney", "clear_cell_carcinoma", {}),
         bone=("present", ["hypercalcemia"], True),
         pain=("present", ["mechanical"], 6),
         meds=("present", ["B01AA12", "L01EX07", "N02AX02", "N02BE01", "H03AA01"]),
         local=("absent", []),
         bta=("absent", []), ac=("present", ["B01AA12"]), ap=("absent", []),
         prog=("present", "ecog", 2),
         proj=("present", None)),
    {"date": dt.date(2025, 2, 3), "birth": dt.date(1951, 7, 22), "must": ["Pas de traitement anti-résorptif au long cours", "Pas d'antiagrégant"]})


# zzx05 -- pneumologist, PDF: incidental finding on a CT for renal colic
add("zzx05", "pdf", """Cabinet de Pneumologie et d'Oncologie Thoracique
Dr Bertrand OLLIVIER – Clinique des Hauts-Prés, 14 rue Pasteur, 62930 Wimerville
Tél : 03 21 87 40 12

Wimerville, le 28 janvier 2025

Demande d'avis – RCP Métastases osseuses
Patient : M. Jean-Claude TESSON, né le 29/01/1952

Cher confrère,

Je vous adresse M. Tesson pour un carcinome épidermoïde pulmonaire avec une lésion osseuse unique.

La lésion a été découverte de façon fortuite en septembre 2024 : lors d'un scanner abdomino-pelvien réalisé aux urgences pour une colique néphrétique droite, le radiologue a signalé une lésion ostéocondensante du corps de L2. Le bilan a retrouvé une masse hilaire gauche, biopsiée en fibroscopie : carcinome épidermoïde, PD-L1 15 %. EGFR et ALK non recherchés (histologie épidermoïde, non-fumeur depuis peu). TEP : hypermétabolisme de la masse, de ganglions médiastinaux et de L2 seule. Stade IVA (M1b).

Il a reçu 4 cures de carboplatine-paclitaxel-pembrolizumab d'octobre à décembre 2024, puis un entretien par pembrolizumab (Keytruda) seul, toutes les 3 semaines, en cours (dernière injection le 21/01).
Le TEP de janvier montre une très bonne réponse thoracique et une persistance d'un hypermétabolisme de L2 (SUV 6,2, stable).

Aucune douleur osseuse, pas d'antalgique. L2 n'a jamais été irradiée. Pas d'anticoagulant ni d'antiagrégant plaquettaire.
Le dénosumab n'a pas été introduit, des soins dentaires étant en cours.

Autres traitements : Triatec 5 mg, amlodipine 5 mg, Glucophage 850 mg x 2.
Antécédents : diabète de type 2, HTA, tabagisme sevré en 2023 (45 PA). Père décédé d'un cancer du poumon.

État général excellent, ECOG 0, il a repris le vélo.

Question : radiothérapie stéréotaxique de L2 en complément (situation oligométastatique) ?

Bien à vous,
Dr B. Ollivier
""", gold("zzx05", "M", 72,
         tumor=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
         bone=("present", ["incidental_imaging"], True),
         pain=("absent", [], None),
         meds=("present", ["L01FF02", "C09AA05", "A10BA02"]),
         local=("absent", []),
         bta=("absent", []), ac=("absent", []), ap=("absent", []),
         prog=("present", "ecog", 0),
         proj=("present", None)),
    {"date": dt.date(2025, 1, 28), "birth": dt.date(1952, 1, 29), "must": ["fortuite", "n'a jamais été irradiée"]})


# zzx06 -- orthopaedic surgeon, DOCX: pathological fracture after a trip on a rug
Z06 = [
    ("b", "Clinique orthopédique du Parc – Dr Olivier MARCHETTI, chirurgien orthopédiste"),
    ("p", "8 bd des Cordeliers, 71300 Saint-Lubin – 03 85 57 21 44"),
    ("p", "Saint-Lubin, le 27 janvier 2025"),
    ("p", "Cher confrère,"),
    ("p", "Je vous adresse Mme Odette GRANGIER, 79 ans, opérée le 07/01/2025 d'une fracture sous-trochantérienne du fémur gauche "
          "survenue le 5 janvier après une simple chute de sa hauteur (elle a trébuché sur un tapis). Elle ne se plaignait d'aucune "
          "douleur de cuisse avant la chute. La radiographie montrait un trait sur une zone lytique. Enclouage centromédullaire "
          "long (clou gamma) le 07/01, prélèvements au fraisage."),
    ("p", "Anatomopathologie : métastase d'un carcinome lobulaire infiltrant d'origine mammaire, RE positifs 80 %, RP négatifs, HER2 négatif. "
          "Elle avait été traitée en 2009 pour un cancer du sein gauche (mastectomie, chimiothérapie, radiothérapie de paroi, "
          "puis hormonothérapie pendant 5 ans) et était considérée en rémission. Le TEP post-opératoire retrouve aussi des lésions de T12, "
          "du sacrum et de plusieurs côtes."),
    ("p", "Suites simples. Appui complet autorisé, marche avec un déambulateur. Douleurs bien contrôlées : EN 2/10 au lever et à la marche, "
          "pas de douleur au repos ni la nuit."),
    ("p", "Ostéoporose connue, traitée par Actonel 35 mg une fois par semaine depuis 2018, qu'elle poursuit."),
    ("h", "Traitement actuel"),
    ("p", "Lovenox 4000 UI/j jusqu'au 11/02 ; Doliprane 1 g x 4/j ; Acupan 20 mg x 3/j ; Actonel 35 mg/semaine ; Uvedose 100 000 UI/3 mois."),
    ("p", "Une hormonothérapie par létrozole serait à discuter avec son oncologue, qu'elle revoit le 12 février. "
          "La prise en charge oncologique reste donc à définir."),
    ("p", "Je souhaite l'avis de la RCP sur l'indication d'une radiothérapie post-opératoire du fémur gauche et sur la prise en charge de T12."),
    ("p", "Confraternellement,\nDr O. Marchetti"),
]
add("zzx06", "docx", Z06, gold("zzx06", "F", 79,
         tumor=("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
         bone=("present", ["pathological_fracture"], True),
         pain=("present", ["mechanical"], 2),
         meds=("present", ["B01AB05", "N02BE01", "N02BG06", "M05BA07", "A11CC05"]),
         local=("present", ["surgery"]),
         bta=("present", ["M05BA07"]), ac=("present", ["B01AB05"]), ap=("unknown", []),
         prog=("unknown", "ecog", None),
         proj=("unknown", None)),
    {"date": dt.date(2025, 1, 27), "must": ["ne se plaignait d'aucune", "reste donc à définir"]},
    author="Dr O. Marchetti")


# zzx07 -- radiation oncologist, TXT (CRLF): de novo metastatic prostate, pain before/after RT
add("zzx07", "txt", """CENTRE DE RADIOTHERAPIE DES COTEAUX - Dr Isabelle ROUSSEL-KHALIL
25 rue des Vignes 33370 Fargues-la-Rivière    Tél. 05 56 30 72 18

Le 05/02/2025
RCP métastases osseuses - Fiche de présentation

Patient : M. Fernand CAZENAVE, 74 ans
Diagnostic : adénocarcinome prostatique Gleason 8 (4+4), diagnostiqué en mars 2023, d'emblée métastatique osseux : la scintigraphie du bilan d'extension initial (avril 2023) montrait des lésions du rachis dorso-lombaire, du bassin et de 3 côtes. PSA 86 ng/ml au diagnostic.

Evolution :
- Eligard 45 mg/6 mois depuis avril 2023 + darolutamide (Nubeqa) : nadir PSA 0,4 en janvier 2024.
- remontée du PSA depuis l'été : 2,3 (juillet) -> 6,8 (octobre) -> 12,4 ng/ml (décembre). Nubeqa arrêté le 16/12/2024 devant la progression (résistance à la castration).
- douleur sacrée apparue il y a 6 semaines avant la radiothérapie, EN 7/10, réveils nocturnes, sous Skenan LP 30 mg x2.
- RT sacrum 20 Gy/5 fr terminée le 10/01/2025.
Depuis : nette amélioration, EN 3/10, plus de réveils nocturnes, persiste une douleur à la marche prolongée. Skenan diminué puis arrêté le 20/01.

Traitements actuels : Eligard 45 mg (prochaine inj. mars 2025), Xgeva 120 mg/4 sem depuis mai 2023, Cacit D3 1/j, Doliprane 1 g x3/j, Bisoprolol 2,5 mg.
Pas d'anticoagulant.

ECOG 1. Vit avec son épouse, autonome.

Projet : docétaxel proposé par le Dr Sabatier (oncologue), 1re cure prévue le 17/02/2025.
Question RCP : faut-il irradier à visée préventive la lésion de T12 (recul du mur postérieur au scanner de janvier) avant la chimiothérapie ?
""", gold("zzx07", "M", 74,
         tumor=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
         bone=("present", ["staging_imaging"], True),
         pain=("present", ["mechanical"], 3),
         meds=("present", ["L02AE02", "M05BX04", "A12AX", "N02BE01", "C07AB07"]),
         local=("present", ["radiotherapy"]),
         bta=("present", ["M05BX04"]), ac=("absent", []), ap=("unknown", []),
         prog=("present", "ecog", 1),
         proj=("present", None)),
    {"date": dt.date(2025, 2, 5), "must": ["arrêté le 16/12/2024", "arrêté le 20/01", "plus de réveils nocturnes"]},
    crlf=True)


# zzx08 -- GP, PDF: shoulder pain since summer, follicular thyroid carcinoma
add("zzx08", "pdf", """Docteur Martine ESCOFFIER-LAHAYE
Médecine générale – 7 chemin des Écoliers, 26410 Brézolles-en-Diois
Tél. 04 75 21 09 63

Le 10 janvier 2025

Chère consœur, cher confrère,

Je me permets de vous adresser ma patiente Mme Colette VIGNAL, née le 30/11/1947, pour avis de votre RCP.

Elle a été opérée en 2015 d'une thyroïdectomie totale pour un carcinome vésiculaire de la thyroïde, suivie d'un traitement par iode radioactif, puis surveillée par l'endocrinologue (Dr Hamon) ; la thyroglobuline remontait depuis 2023.

Depuis l'été elle se plaint de douleurs de l'épaule droite que j'ai d'abord mises sur le compte d'une tendinite (infiltration en août, sans effet). La radio de l'épaule faite fin octobre a montré une lésion lytique de l'humérus proximal. Le scanner et la scintigraphie de novembre retrouvent d'autres lésions (sternum, 2 côtes, aile iliaque droite). La biopsie humérale du 02/12 confirme une métastase du carcinome vésiculaire thyroïdien.

Actuellement les douleurs sont surtout la nuit, avec des brûlures qui descendent dans le bras jusqu'au coude. EVA 5/10 malgré le traitement. L'épaule n'a pas été irradiée.

Son traitement :
Levothyrox 150 µg
Topalgic LP 100 mg x 2
Lyrica 75 mg matin et soir
Kardégic 75 mg
Xanax 0,25 mg le soir

Elle aurait eu un anticoagulant après une phlébite il y a quelques années, je ne sais pas s'il est toujours pris (elle ne s'en souvient plus, la pharmacie est fermée aujourd'hui).
L'endocrinologue envisage une nouvelle cure d'iode radioactif.

Merci de votre avis sur la conduite à tenir pour l'humérus (risque fracturaire ?).

Bien cordialement,
Dr M. Escoffier-Lahaye
""", gold("zzx08", "F", 77,
         tumor=("present", "thyroid", "other", {}),
         bone=("present", ["pain"], True),
         pain=("present", ["nocturnal", "neuropathic"], 5),
         meds=("present", ["H03AA01", "N02AX02", "N03AX16", "B01AC06", "N05BA12"]),
         local=("absent", []),
         bta=("unknown", []), ac=("uncertain", []), ap=("present", ["B01AC06"]),
         prog=("unknown", "ecog", None),
         proj=("unknown", None)),
    {"date": dt.date(2025, 1, 10), "birth": dt.date(1947, 11, 30), "must": ["n'a pas été irradiée", "je ne sais pas s'il est toujours pris", "envisage"]})


# zzx09 -- medical oncologist, DOCX: melanoma, follow-up CT 3 months ago, rib fracture at Christmas
Z09 = [
    ("b", "Institut de Cancérologie Louis-Garnier – Oncologie dermatologique"),
    ("p", "Dr Samia BENHADDOU – 02 99 64 80 31"),
    ("p", "Le 03/03/2025"),
    ("p", "Objet : M. Didier KERVELLA, 58 ans – demande d'avis RCP métastases osseuses"),
    ("p", "Cher(e)s collègues,"),
    ("p", "M. Kervella est suivi pour un mélanome nodulaire du dos, Breslow 4,2 mm, BRAF V600E muté, opéré en 2021 (stade IIIC), "
          "traité par nivolumab adjuvant pendant un an (arrêté en juin 2022)."),
    ("p", "Il y a 3 mois, le scanner de surveillance (2 décembre 2024) a mis en évidence des lésions lytiques de l'aile iliaque droite "
          "et de la 6e côte gauche, ainsi que 3 nodules pulmonaires. À Noël, fracture de la 6e côte en toussant, qui n'est plus douloureuse aujourd'hui."),
    ("p", "Une association ipilimumab-nivolumab a été débutée le 10/12/2024 (3e cure le 21/01/2025), compliquée d'une colite grade 2 "
          "traitée par Solupred 40 mg, actuellement 20 mg/j en décroissance. Embolie pulmonaire le 30/12/2024, traitée par Xarelto 20 mg/j."),
    ("p", "Actuellement : douleur de l'aile iliaque droite à la marche, EVA 4/10, sous paracétamol. Pas de bisphosphonate ni de dénosumab à ce jour. Karnofsky 80 %."),
    ("t", [["Traitement en cours", ""],
           ["Opdivo (nivolumab) + Yervoy (ipilimumab)", "toutes les 3 semaines"],
           ["Solupred", "20 mg/j, décroissance"],
           ["Xarelto", "20 mg/j"],
           ["Doliprane", "1 g x 3/j"],
           ["Inexium", "20 mg/j"]]),
    ("p", "Question : radiothérapie de l'aile iliaque droite ? Intérêt d'un traitement anti-résorptif ?"),
    ("p", "Bien confraternellement,\nDr S. Benhaddou"),
]
add("zzx09", "docx", Z09, gold("zzx09", "M", 58,
         tumor=("present", "melanoma", "other", {"BRAF": "positive"}),
         bone=("present", ["staging_imaging"], True),
         pain=("present", ["mechanical"], 4),
         meds=("present", ["L01FF01", "L01FX04", "H02AB06", "B01AF01", "N02BE01", "A02BC05"]),
         local=("unknown", []),
         bta=("absent", []), ac=("present", ["B01AF01"]), ap=("unknown", []),
         prog=("present", "kps", 80),
         proj=("present", None)),
    {"date": dt.date(2025, 3, 3), "must": ["Pas de bisphosphonate ni de dénosumab", "scanner de surveillance"]},
    author="Dr S. Benhaddou")


# zzx10 -- oncology resident, TXT e-mail: EGFR lung, bone mets at initial staging, isolated bone progression
add("zzx10", "txt", """De : interne onco thoracique (Dr Léa FAURIEL)
Objet : RCP MO du 23/01 - Mme PRADINES Sylvie, 45 ans

Bonjour,

Je vous inscris pour la RCP MO de jeudi Mme Pradines, 45 ans, suivie par le Dr Abitbol.

- ADK pulmonaire LIG, EGFR del19, ALK neg, PD-L1 < 1 %, dg en juin 2023
- stade IVB d'emblée : au bilan d'extension initial (TEP 06/2023) lésions osseuses L3, L5 et aile iliaque G, pas d'autre site
- Tagrisso 80 mg/j depuis le 04/07/2023, très bonne réponse
- RT L3 8 Gy en 1 fr en juillet 2023 (lombalgies à l'époque), plus jamais eu mal depuis
- Zometa 4 mg /12 sem, dernière le 02/12/2024
- ATCD EP en août 2023, Eliquis 6 mois, arrêté en février 2024, plus d'anticoag depuis
- pas d'antalgique, asymptomatique sur le plan osseux

TEP de réévaluation du 18/11/2024 : réponse maintenue en thoracique mais 2 nouvelles lésions hypermétaboliques T10 et sacrum (S1), IRM confirme, pas d'épidurite.
=> progression osseuse isolée sous Tagrisso

PS 1 (fatigue), trav. à mi-temps.
ttt : Tagrisso 80, Zometa, Inexium 20, ZymaD 50 000 /mois

Question : SBRT T10 + S1 et poursuite Tagrisso (oligoprogression) ?

Merci !
Léa Fauriel, interne DES oncologie, poste 4417
""", gold("zzx10", "F", 45,
         tumor=("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
         bone=("present", ["staging_imaging"], True),
         pain=("absent", [], None),
         meds=("present", ["L01EB04", "M05BA08", "A02BC05", "A11CC05"]),
         local=("present", ["radiotherapy"]),
         bta=("present", ["M05BA08"]), ac=("absent", []), ap=("unknown", []),
         prog=("present", "ecog", 1),
         proj=("present", None)),
    {"date": dt.date(2025, 1, 20), "must": ["plus d'anticoag depuis", "asymptomatique"]})


# zzx11 -- palliative care team, PDF: rectal cancer, lumbar pain since spring, RT then vertebroplasty
add("zzx11", "pdf", """Équipe Mobile de Soins Palliatifs et Douleur – CH de Roncevaux-sur-Adour
Dr Pierre-Yves LABARTHE – Tél. 05 59 38 12 77

Le 12 mars 2025

Objet : M. Alain SOUBIRAN, né le 15/03/1960 – demande d'avis RCP métastases osseuses

Chers collègues,

Nous suivons M. Soubiran pour la prise en charge de douleurs rachidiennes d'origine métastatique.

Histoire oncologique : adénocarcinome du rectum (KRAS muté G12D, BRAF sauvage, MSS) opéré en 2020 (amputation abdomino-périnéale après radiochimiothérapie), métastases hépatiques en 2022 traitées par FOLFOX puis FOLFIRI-bévacizumab.
Histoire osseuse : depuis le printemps 2024, lombalgies d'aggravation progressive ; l'IRM du 18/06/2024 a montré des métastases de L4 et L5 avec épidurite débutante. En septembre, apparition d'une radiculalgie L5 gauche. Radiothérapie L4-S1 30 Gy en 10 fractions en octobre 2024, puis vertébroplastie de L4 le 21/11/2024.

Évolution de la douleur : EN 8/10 avant la radiothérapie, 4/10 après la vertébroplastie, puis réaggravation depuis février. Actuellement EN 5/10 : brûlures et décharges électriques dans la jambe gauche (DN4 6/10), réveils nocturnes, douleur majorée à la mobilisation.

La chimiothérapie (FOLFIRI-bévacizumab) a été arrêtée en décembre devant l'altération de l'état général. En accord avec le patient et son oncologue (Dr Etcheverry), la prise en charge est désormais en soins de support exclusifs. L'Xgeva a été arrêté en janvier 2025 pour une ostéonécrose de la mâchoire. Le Solumédrol a été arrêté.

TVP fémorale gauche en décembre 2024, traitée par Innohep 14 000 UI/j. Pas d'antiagrégant.

Traitement actuel :
- Durogesic 50 µg/h (patch tous les 3 jours) et Abstral 100 µg pour les accès douloureux
- Lyrica 150 mg x 2
- Laroxyl 10 gouttes le soir
- Innohep 14 000 UI SC/j
- Movicol 2 sachets/j
- Inexium 40 mg

PS 3. Espérance de vie estimée à quelques semaines à quelques mois.

Question : une réirradiation de L5 ou une cimentoplastie complémentaire de L5 sont-elles envisageables à visée antalgique ?

Avec nos remerciements,
Dr P.-Y. Labarthe
""", gold("zzx11", "M", 64,
         tumor=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
         bone=("present", ["pain"], True),
         pain=("present", ["neuropathic", "nocturnal", "mechanical"], 5),
         meds=("present", ["N02AB03", "N03AX16", "N06AA09", "B01AB10", "A06AD65", "A02BC05"]),
         local=("present", ["radiotherapy", "cementoplasty"]),
         bta=("absent", []), ac=("present", ["B01AB10"]), ap=("absent", []),
         prog=("present", "ecog", 3),
         proj=("present", "supportive")),
    {"date": dt.date(2025, 3, 12), "birth": dt.date(1960, 3, 15), "must": ["soins de support exclusifs", "arrêté en janvier 2025", "Pas d'antiagrégant"]})


# zzx12 -- urologist, DOCX form: bladder, staging CT, conflicting anticoagulant, doubtful Xgeva
Z12 = [
    ("b", "Service d'Urologie – Hôpital Privé des Quatre-Vents, 68420 Hoenheim-le-Haut"),
    ("p", "Dr Marc-Antoine WEISS – 03 89 71 02 46"),
    ("p", "Date : 22/01/2025"),
    ("h", "Fiche de demande RCP métastases osseuses"),
    ("t", [["Patient", "M. Lucien HAEGELI, 81 ans"],
           ["Tumeur primitive", "carcinome urothélial de vessie infiltrant le muscle (pT2 sur RTUV de septembre 2024)"],
           ["Circonstances de découverte osseuse", "TDM TAP de bilan préopératoire (10/10/2024) : lésion lytique de l'aile iliaque droite ; biopsie : métastase urothéliale"],
           ["Douleur", "oui – hanche droite depuis 15 jours, à l'appui, EN 5/10"],
           ["Anticoagulant", "Non"],
           ["Antiagrégant", ""],
           ["Traitement local antérieur", "aucun (ni RT ni chirurgie osseuse)"],
           ["OMS", "2"]]),
    ("h", "Commentaire"),
    ("p", "Cystectomie récusée devant la maladie métastatique. Chimiothérapie palliative par gemcitabine-carboplatine (Dr Kuntz), "
          "C3 faite le 06/01/2025, C4 prévue le 27/01."),
    ("p", "ATCD : FA permanente, insuffisance cardiaque à FEVG préservée, insuffisance rénale chronique (DFG 42)."),
    ("p", "Traitement habituel : Eliquis 2,5 mg x 2 (FA), Bisoprolol 2,5 mg, Lasilix 40 mg, Ixprim 1 cp x 3/j, "
          "gemcitabine-carboplatine en cours."),
    ("p", "Serait sous Xgeva prescrit par l'oncologue, à vérifier (non retrouvé sur l'ordonnance que j'ai)."),
    ("p", "Question : radiothérapie antalgique de l'aile iliaque droite ?"),
]
add("zzx12", "docx", Z12, gold("zzx12", "M", 81,
         tumor=("present", "bladder", "other", {}),
         bone=("present", ["staging_imaging"], True),
         pain=("present", ["mechanical"], 5),
         meds=("present", ["B01AF02", "C07AB07", "C03CA01", "N02AX02", "L01BC05", "L01XA02"]),
         local=("absent", []),
         bta=("uncertain", ["M05BX04"]), ac=("conflicting", ["B01AF02"]), ap=("unknown", []),
         prog=("present", "ecog", 2),
         proj=("present", "palliative")),
    {"date": dt.date(2025, 1, 22), "must": ["à vérifier", "Anticoagulant | Non", "Eliquis"]},
    author="Dr M.-A. Weiss")


# ---------------------------------------------------------------- main
def main():
    ids = [l[0] for l in LETTERS]
    if len(ids) != len(set(ids)):
        violation("duplicate ids")
    texts = {}
    for lid, fmt, content, g, meta, kw in LETTERS:
        text = docx_text(content) if fmt == "docx" else content
        if fmt == "pdf":
            try:
                text.encode("cp1252")
            except UnicodeEncodeError as e:
                violation(f"{lid}: PDF text not WinAnsi-encodable: {e}")
        texts[lid] = text
        check(lid, g, meta, text)
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for lid, fmt, content, g, meta, kw in LETTERS:
        if fmt == "txt":
            write_txt(HERE / "letters" / f"{lid}.txt", content, crlf=kw.get("crlf", False))
        elif fmt == "pdf":
            write_pdf(HERE / "letters" / f"{lid}.pdf", content, title=f"Courrier {lid}")
        elif fmt == "docx":
            write_docx(HERE / "letters" / f"{lid}.docx", content, author=kw.get("author", "Secrétariat"))
        (HERE / "gold" / f"{lid}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds")


if __name__ == "__main__":
    main()
