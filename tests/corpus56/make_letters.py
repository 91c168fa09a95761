#!/usr/bin/env python3
"""Build corpus56: 12 blind referral letters (Rennes, one ordinary month) and their gold.

Run from /work/main:  .venv/bin/python tests/corpus56/make_letters.py

Every letter's text and gold live below as Python data. Gold gaps are derived by
one function (derive_gaps) implementing the spec's Gaps rule; every gold is
checked against the contract before anything is written ("CONTRACT VIOLATION").
Output is byte-identical on every run (fixed dates, producer, zip timestamps,
seeded noise).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import sys
import textwrap
import time
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = Path("/work/shared/spec")
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
BIORESULTS = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
        "staging_imaging", "incidental_imaging", "other"}
PAINTYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCALTYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def load_atc() -> dict[str, str]:
    out = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if line.strip():
            cols = line.split("\t")
            out[cols[0].strip()] = line
    return out


ATC = load_atc()


def age_at(birth: str, letter: str) -> int:
    b = dt.date.fromisoformat(birth)
    d = dt.date.fromisoformat(letter)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


# --------------------------------------------------------------------------
# Gold construction and gap rule
# --------------------------------------------------------------------------

def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to the gold values (antiplatelets excluded)."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
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
            or (item == "primaryTumor" and sec["histology"] is None)
            or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
        )
        if incomplete:
            gaps.append([item, "incomplete"])
    return gaps


def gold(id_, *, sex, age, tumor, bone, pain, meds, local, btt, anticoag, antiplat,
         prog, project):
    g = {"id": id_, "patient": {"sex": sex, "age": age}}
    st, site, histo, bio = tumor
    g["primaryTumor"] = {"status": st, "site": site, "histology": histo, "biomarkers": dict(bio)}
    st, circ, dated = bone
    g["boneDiagnosis"] = {"status": st, "circumstances": sorted(circ), "dated": dated}
    st, types, inten = pain
    g["pain"] = {"status": st, "types": sorted(types), "intensity": inten}
    st, codes = meds
    g["currentMedications"] = {"status": st, "atc": sorted(set(codes))}
    st, types = local
    g["priorLocalTreatments"] = {"status": st, "types": sorted(types)}
    for name, (st, codes) in (("boneTargetedTherapy", btt), ("anticoagulation", anticoag),
                              ("antiplatelets", antiplat)):
        g[name] = {"status": st, "atc": sorted(set(codes))}
    st, scale, val = prog
    if scale == "kps":
        g["prognosis"] = {"status": st, "kps": val}
    else:
        g["prognosis"] = {"status": st, "ecog": val}
    st, intent = project
    g["therapeuticProject"] = {"status": st, "intent": intent}
    g["gaps"] = derive_gaps(g)
    return g


# --------------------------------------------------------------------------
# Contract check
# --------------------------------------------------------------------------

class Violation(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Violation(msg)


def check(letter: dict) -> None:
    g = letter["gold"]
    i = g["id"]
    text = letter_text(letter)
    low = text.lower()
    need(i == letter["stem"], f"{i}: id differs from stem")
    keys = {"id", "patient", "gaps", *ALLOWED}
    need(set(g) == keys, f"{i}: keys {sorted(set(g) ^ keys)}")
    need(g["patient"]["sex"] in ("F", "M"), f"{i}: sex")
    need(isinstance(g["patient"]["age"], int) and 18 <= g["patient"]["age"] <= 110, f"{i}: age")
    meta = letter["meta"]
    if meta.get("birth"):
        need(g["patient"]["age"] == age_at(meta["birth"], meta["date"]),
             f"{i}: age {g['patient']['age']} != computed {age_at(meta['birth'], meta['date'])}")
        b = dt.date.fromisoformat(meta["birth"])
        need(b.strftime("%d/%m/%Y") in text, f"{i}: birth date not written in letter")
    else:
        need(f"{g['patient']['age']} ans" in text, f"{i}: written age not in letter")
    need(dt.date.fromisoformat(meta["date"]).strftime("%d/%m/%Y") in text
         or meta.get("date_written", "") in text, f"{i}: letter date not in letter")
    for item, allowed in ALLOWED.items():
        need(g[item]["status"] in allowed, f"{i}: {item} status {g[item]['status']} not allowed")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], f"{i}: tumor unknown with values")
    else:
        need(pt["site"] in SITES, f"{i}: site {pt['site']}")
    need(pt["histology"] is None or pt["histology"] in HISTO, f"{i}: histology")
    for k, v in pt["biomarkers"].items():
        need(k in BIOMARKERS and v in BIORESULTS, f"{i}: biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    need(all(c in CIRC for c in bd["circumstances"]), f"{i}: circumstance")
    need(isinstance(bd["dated"], bool), f"{i}: dated not bool")
    if bd["status"] == "present":
        need(bd["circumstances"], f"{i}: bone present without circumstance")
    else:
        need(not bd["circumstances"] and not bd["dated"], f"{i}: bone unknown with values")
    p = g["pain"]
    need(all(t in PAINTYPES for t in p["types"]), f"{i}: pain type")
    need(p["intensity"] is None or (isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10), f"{i}: intensity")
    if p["status"] in ("absent", "unknown"):
        need(not p["types"] and p["intensity"] in (None, 0), f"{i}: pain {p['status']} with types/intensity")
    cm = g["currentMedications"]
    for c in cm["atc"]:
        need(c in ATC, f"{i}: ATC {c} not in atc-reference.tsv")
    if cm["status"] in ("absent", "unknown"):
        need(not cm["atc"], f"{i}: medications {cm['status']} with codes")
    loc = g["priorLocalTreatments"]
    need(all(t in LOCALTYPES for t in loc["types"]), f"{i}: local type")
    if loc["status"] in ("absent", "unknown"):
        need(not loc["types"], f"{i}: local {loc['status']} with types")
    if loc["status"] == "present":
        need(loc["types"], f"{i}: local present without type")
    for name, prefixes in AGENT_PREFIX.items():
        sec = g[name]
        for c in sec["atc"]:
            need(c in ATC, f"{i}: {name} ATC {c} not in reference")
            need(c.startswith(prefixes), f"{i}: {name} holds {c}, wrong class")
        if sec["status"] in ("absent", "unknown"):
            need(not sec["atc"], f"{i}: {name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            for c in sec["atc"]:
                need(c in cm["atc"], f"{i}: {name} agent {c} missing from currentMedications")
        if sec["status"] == "uncertain":
            for c in sec["atc"]:
                need(c not in cm["atc"], f"{i}: doubtful {name} agent {c} listed as current")
    # every current code of an agent class must appear in its section
    for c in cm["atc"]:
        for name, prefixes in AGENT_PREFIX.items():
            if c.startswith(prefixes):
                need(c in g[name]["atc"] and g[name]["status"] in ("present", "conflicting"),
                     f"{i}: current {c} not reflected in {name}")
    if cm["atc"]:
        need(cm["status"] == "present", f"{i}: codes but medications not present")
    pr = g["prognosis"]
    need(set(pr) in ({"status", "ecog"}, {"status", "kps"}), f"{i}: prognosis keys")
    if "ecog" in pr:
        need(pr["ecog"] is None or pr["ecog"] in range(0, 5), f"{i}: ecog")
    else:
        need(isinstance(pr["kps"], int) and 0 <= pr["kps"] <= 100 and pr["kps"] % 10 == 0, f"{i}: kps")
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and pr.get("kps") is None, f"{i}: prognosis unknown with value")
    tp = g["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, f"{i}: intent")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, f"{i}: project unknown with intent")
    words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"]:
        need(words[tp["intent"]] in low, f"{i}: intent {tp['intent']} not said in the letter")
    need(g["gaps"] == derive_gaps(g), f"{i}: gaps not derived by rule")
    # the letter must name each gold drug (brand, INN or French DCI)
    for c in cm["atc"] + [c for n in AGENT_PREFIX for c in g[n]["atc"]]:
        cols = ATC[c].split("\t")
        names = [cols[1], cols[2]] + [b for b in cols[4].split(",") if b]
        need(any(n.lower() in low for n in names), f"{i}: no name of {c} in letter")
    for k in letter.get("must_contain", []):
        need(k.lower() in low, f"{i}: expected wording '{k}' missing")


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------

def letter_text(letter: dict) -> str:
    return "\n".join(letter["lines"])


def _font_metrics():
    from PIL import ImageFont
    f = ImageFont.truetype(str(FONT), 1000)
    widths = []
    for b in range(32, 256):
        try:
            ch = bytes([b]).decode("cp1252")
            widths.append(int(round(f.getlength(ch))))
        except UnicodeDecodeError:
            widths.append(0)
    return widths


WIDTHS = None


def text_width(s: str, size: float) -> float:
    return sum(WIDTHS[b - 32] for b in s.encode("cp1252") if b >= 32) * size / 1000.0


def wrap_pdf(line: str, size: float, maxw: float) -> list[str]:
    if not line:
        return [""]
    indent = len(line) - len(line.lstrip(" "))
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if text_width(cand, size) <= maxw or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = " " * indent + w
    out.append(cur)
    return out


def pdf_escape(b: bytes) -> bytes:
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_text_pdf(path: Path, lines: list[str], meta: dict) -> None:
    global WIDTHS
    if WIDTHS is None:
        WIDTHS = _font_metrics()
    size, lead = 10.5, 14.2
    left, top, bottom, width = 62, 790, 60, 595 - 2 * 62
    wrapped = []
    for ln in lines:
        if ln == "\f":
            wrapped.append("\f")
        else:
            wrapped.extend(wrap_pdf(ln, size, width))
    pages, cur = [], []
    y = top
    for ln in wrapped:
        if ln == "\f" or y < bottom:
            pages.append(cur)
            cur, y = [], top
            if ln == "\f":
                continue
        cur.append(ln)
        y -= lead
    if cur:
        pages.append(cur)
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    fontdata = FONT.read_bytes()
    ff = zlib.compress(fontdata, 9)
    ff_id = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(ff), len(fontdata)) + ff + b"\nendstream")
    fd_id = add(b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff_id)
    w = " ".join(str(x) for x in WIDTHS).encode()
    font_id = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
                  b"/Widths [" + w + b"] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % fd_id)
    pages_id_placeholder = len(objs) + 1
    add(b"")  # Pages, filled later
    page_ids = []
    for n, pg in enumerate(pages, 1):
        ops = [b"BT /F1 %.1f Tf %.1f TL %d %d Td" % (size, lead, left, top)]
        for ln in pg:
            ops.append(b"(" + pdf_escape(ln.encode("cp1252")) + b") Tj T*")
        ops.append(b"ET")
        if len(pages) > 1:
            foot = f"Page {n}/{len(pages)}".encode("cp1252")
            ops.append(b"BT /F1 8 Tf 270 30 Td (" + foot + b") Tj ET")
        raw = b"\n".join(ops)
        comp = zlib.compress(raw, 9)
        c_id = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
        p_id = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                   b"/Contents %d 0 R >>" % (pages_id_placeholder, font_id, c_id))
        page_ids.append(p_id)
    objs[pages_id_placeholder - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids)
                                      + b"] /Count %d >>" % len(page_ids))
    cat_id = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)
    d = meta["pdfdate"]
    info_id = add(b"<< /Producer (" + meta["producer"].encode("cp1252") + b") /Creator (" + meta["creator"].encode("cp1252")
                  + b") /CreationDate (D:" + d.encode() + b") /ModDate (D:" + d.encode() + b") >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % n + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    fid = hashlib.md5(("\n".join(lines)).encode("utf-8")).hexdigest().encode()
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat_id, info_id, fid, fid, xref))
    path.write_bytes(out.getvalue())


def write_scan_pdf(path: Path, lines: list[str], meta: dict, seed: int) -> None:
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    W, H = 1654, 2339  # A4 at 200 dpi
    img = Image.new("L", (W, H), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 29)
    bold = ImageFont.truetype(str(FONT.with_name("DejaVuSans-Bold.ttf")), 29)
    y = 120
    # fax header band
    draw.text((110, 50), meta["faxhead"], font=ImageFont.truetype(str(FONT), 22), fill=60)
    for ln in lines:
        wrapped = textwrap.wrap(ln, 100, subsequent_indent=" " * (len(ln) - len(ln.lstrip()))) or [""]
        for wl in wrapped:
            f = bold if ln.isupper() and ln.strip() else font
            draw.text((130, y), wl, font=f, fill=0)
            y += 39
    if y > H - 80:
        raise Violation(f"{path.name}: scanned letter does not fit on one page")
    rnd = random.Random(seed)
    px = img.load()
    for _ in range(9000):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = rnd.choice((0, 40, 90, 140))
    for _ in range(3):  # faint fax streaks
        yy = rnd.randrange(200, H - 200)
        for x in range(W):
            if rnd.random() < 0.35:
                px[x, yy] = min(px[x, yy], 170)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(meta["angle"], resample=Image.BICUBIC, fillcolor=255, expand=False)
    img = img.point(lambda v: 0 if v < 150 else 255).convert("1")
    d = meta["scan_date"].timetuple()
    img.save(path, "PDF", resolution=200.0, title=meta["title"], author="", producer=meta["producer"],
             creator=meta["creator"], creationDate=d, modDate=d)


FIXED_ZIP_TIME = (2025, 3, 1, 8, 0, 0)


def write_docx(path: Path, blocks: list, meta: dict) -> None:
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = meta.get("docfont", "Calibri")
    st.font.size = Pt(11)
    for kind, content in blocks:
        if kind == "p":
            doc.add_paragraph(content)
        elif kind == "h":
            doc.add_heading(content, level=2)
        elif kind == "b":
            para = doc.add_paragraph()
            para.add_run(content).bold = True
        elif kind == "t":
            rows = content
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    cp = doc.core_properties
    cp.author = meta["docauthor"]
    cp.last_modified_by = meta["docauthor"]
    cp.title = meta["title"]
    cp.created = meta["docdate"]
    cp.modified = meta["docdate"]
    cp.last_printed = meta["docdate"]
    cp.revision = 2
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def docx_lines(blocks) -> list[str]:
    out = []
    for kind, content in blocks:
        if kind == "t":
            out.extend(" | ".join(r) for r in content)
        else:
            out.append(content)
    return out


# --------------------------------------------------------------------------
# Letters
# --------------------------------------------------------------------------
def LETTERS(gold):
    P = "present"; A = "absent"; U = "unknown"; UN = "uncertain"; C = "conflicting"
    L = []

    # zzd01 -- pneumologist, text PDF, long
    L.append(dict(stem="zzd01", fmt="pdf",
        meta=dict(date="2025-03-11", birth="1958-05-14", producer="GED Hopital Sud 4.1", creator="Courrier CHU",
                  pdfdate="20250311094500+01'00'"),
        lines=[
            "CENTRE HOSPITALIER PRIVÉ SAINT-GRÉGOIRE-DES-LANDES",
            "Service de Pneumologie - Dr Yann LE GOFF, Dr Maëlle KERBRAT",
            "Secrétariat : 02 99 41 27 63",
            "",
            "Rennes, le 11/03/2025",
            "",
            "A l'attention du Dr Le Bihan, coordinatrice RCP métastases osseuses, CHU de Rennes",
            "",
            "Objet : M. GUILLOU Hervé, né le 14/05/1958",
            "",
            "Chère consœur,",
            "",
            "Je vous remercie de bien vouloir présenter en RCP métastases osseuses le dossier de M. Guillou, "
            "que je suis pour un adénocarcinome pulmonaire du lobe supérieur droit, stade IV d'emblée (cT3N2M1c).",
            "",
            "ANTÉCÉDENTS : tabagisme sevré en 2019 (40 PA), HTA, BPCO stade 2, cholécystectomie. "
            "Père décédé d'un cancer de la vessie. Mère : cancer du sein à 70 ans.",
            "",
            "HISTOIRE : le patient consulte fin décembre 2024 pour des douleurs de la hanche droite évoluant depuis "
            "environ 6 semaines, initialement étiquetées sciatalgie par son médecin traitant. La radiographie puis le "
            "scanner retrouvent une lésion lytique du toit cotyloïdien droit. Le TEP-TDM du 08/01/2025 montre une masse "
            "lobaire supérieure droite hypermétabolique, des adénopathies médiastinales et 3 lésions osseuses "
            "(cotyle droit, L3, 6e côte gauche).",
            "Biopsie bronchique (08/01/2025) : adénocarcinome TTF1+. Biologie moléculaire : mutation KRAS G12C, "
            "EGFR non muté, pas de réarrangement ALK ni ROS1. PD-L1 5 % (22C3).",
            "En janvier, embolie pulmonaire segmentaire bilatérale : relais par Innohep, le Kardégic a été arrêté à cette occasion.",
            "",
            "TRAITEMENT ONCOLOGIQUE : chimio-immunothérapie carboplatine AUC5 - pémétrexed (Alimta) - pembrolizumab (Keytruda) "
            "débutée le 20/01/2025. C3 faite le 03/03/2025, bonne tolérance hormis une asthénie G1. Scanner d'évaluation prévu après C4.",
            "",
            "DOULEUR : douleur de hanche droite à la marche et à l'appui, avec réveils nocturnes. EVA 7/10 en janvier, "
            "actuellement 4/10 sous oxycodone. Pas de déficit neurologique. Pas de douleur rachidienne.",
            "",
            "TRAITEMENT ACTUEL :",
            "  - Oxycontin LP 20 mg matin et soir, Oxynorm 5 mg si besoin (2 à 3 prises/j)",
            "  - Doliprane 1 g x 3/j",
            "  - Innohep 14 000 UI/j en SC",
            "  - Movicol 1 sachet/j",
            "  - Inexium 20 mg/j",
            "  - Triatec 5 mg/j",
            "  - Spéciafoldine 0,4 mg/j, vitamine B12 (prémédication pémétrexed)",
            "",
            "Aucune radiothérapie osseuse n'a été réalisée à ce jour. Il n'y a pas eu de geste chirurgical. "
            "Un traitement par Xgeva est prévu dès réception du bilan dentaire (panoramique demandé).",
            "",
            "ÉTAT GÉNÉRAL : PS 1, poids stable à 74 kg. Vit avec son épouse, autonome.",
            "",
            "PROJET : poursuite de la 1ère ligne à visée palliative jusqu'à C4 puis maintenance pémétrexed-pembrolizumab si contrôle.",
            "",
            "QUESTIONS POSÉES À LA RCP :",
            "  1. Indication d'une radiothérapie antalgique du cotyle droit ?",
            "  2. Risque fracturaire (score de Mirels) : faut-il un avis orthopédique pour une éventuelle chirurgie préventive ?",
            "",
            "Je reste à votre disposition pour tout renseignement complémentaire.",
            "Bien confraternellement,",
            "",
            "Dr Yann Le Goff",
            "Pneumologue",
            "Copie : Dr Pellerin (médecin traitant, Cesson-Sévigné)",
        ],
        gold=gold("zzd01", sex="M", age=66,
            tumor=(P, "lung", "adenocarcinoma", {"KRAS": "positive", "EGFR": "negative", "ALK": "negative",
                                                 "ROS1": "negative", "PD-L1": "positive"}),
            bone=(P, ["pain"], True), pain=(P, ["mechanical", "nocturnal"], 4),
            meds=(P, ["N02AA05", "N02BE01", "B01AB10", "A06AD65", "A02BC05", "C09AA05",
                      "L01XA02", "L01BA04", "L01FF02"]),
            local=(A, []), btt=(U, []), anticoag=(P, ["B01AB10"]), antiplat=(A, []),
            prog=(P, "ecog", 1), project=(P, "palliative"))))

    # zzd02 -- urologist, DOCX
    blocks = [
        ("b", "Clinique urologique de la Vilaine - Dr Erwan TANGUY - Dr Sophie MOAL"),
        ("p", "12 boulevard de la Liberté, 35000 Rennes - Tél. 02 23 40 18 95"),
        ("p", "Rennes, le 14/03/2025"),
        ("p", "Demande de passage en RCP métastases osseuses"),
        ("p", "Patient : M. Jean-Yves PRIGENT, 71 ans"),
        ("h", "Motif"),
        ("p", "Adénocarcinome prostatique métastatique osseux d'emblée, hormonosensible, chez un patient de 71 ans. "
              "Avis sur la prise en charge des lésions osseuses."),
        ("h", "Histoire de la maladie"),
        ("p", "Découverte en janvier 2025 d'un PSA à 86 ng/ml lors d'un bilan systématique. Biopsies prostatiques le 29/01/2025 : "
              "adénocarcinome Gleason 8 (4+4), ISUP 4, 9 carottes positives sur 12. "
              "Le bilan d'extension (TEP-PSMA du 10/02/2025) retrouve 4 lésions osseuses : sacrum, branche ilio-pubienne gauche, "
              "T8 et 7e arc costal droit. Pas d'atteinte viscérale. Adénopathies iliaques internes infra-centimétriques."),
        ("p", "Le patient ne décrit pas de douleur osseuse, ni de trouble mictionnel gênant. Examen neurologique normal."),
        ("h", "Antécédents"),
        ("p", "Diabète de type 2, HTA, stent coronaire en 2017 (IVA). Frère suivi pour un cancer du côlon. "
              "Pas d'anticoagulant."),
        ("h", "Traitements"),
        ("t", [["Médicament", "Posologie", "Depuis"],
               ["Eligard 45 mg", "1 injection / 6 mois", "12/02/2025"],
               ["Erleada (apalutamide) 60 mg", "4 cp/j", "03/03/2025"],
               ["Bicalutamide 50 mg", "1 cp/j - arrêté le 26/02", "05/02/2025"],
               ["Glucophage 1000 mg", "1 cp x 2/j", "ancien"],
               ["Tahor 40 mg", "1 cp/j", "ancien"],
               ["Cardensiel 2,5 mg", "1 cp/j", "ancien"],
               ["Kardégic 75 mg", "1 sachet/j", "2017"]]),
        ("h", "État général"),
        ("p", "OMS 0, continue à faire ses randonnées. IMC 29."),
        ("h", "Question posée"),
        ("p", "Le traitement systémique (hormonothérapie par Eligard et apalutamide) est en place. Situation de faible volume métastatique : "
              "y a-t-il une indication à une radiothérapie de la prostate, et faut-il traiter localement les lésions osseuses ?"),
        ("p", "Merci pour votre avis."),
        ("p", "Dr E. Tanguy, urologue"),
    ]
    L.append(dict(stem="zzd02", fmt="docx", blocks=blocks,
        meta=dict(date="2025-03-14", docauthor="Secretariat Uro", title="RCP MO Prigent",
                  docdate=dt.datetime(2025, 3, 14, 10, 12, 0)),
        gold=gold("zzd02", sex="M", age=71,
            tumor=(P, "prostate", "adenocarcinoma", {"PSA": "positive"}),
            bone=(P, ["staging_imaging"], True), pain=(A, [], None),
            meds=(P, ["L02AE02", "L02BB05", "A10BA02", "C10AA05", "C07AB07", "B01AC06"]),
            local=(U, []), btt=(U, []), anticoag=(A, []), antiplat=(P, ["B01AC06"]),
            prog=(P, "ecog", 0), project=(P, None))))

    # zzd03 -- GP, TXT, very short
    L.append(dict(stem="zzd03", fmt="txt",
        meta=dict(date="2025-03-04"),
        lines=[
            "Dr Annick ROUXEL",
            "Médecin généraliste",
            "3 rue des Lavandières 35760 Saint-Grégoire",
            "tel 02 99 68 51 07",
            "",
            "le 04/03/2025",
            "",
            "Cher confrère,",
            "",
            "Je vous adresse Mme Odette LEMARIÉ, 78 ans, que je suis pour un cancer du sein gauche opéré en 2012 (tumorectomie + radiothérapie, puis hormonothérapie 5 ans).",
            "Elle se plaint depuis 2 mois de douleurs dorsales. Le scanner fait en ville montre plusieurs lésions lytiques vertébrales (T7, T10, L2) en rapport avec des métastases de son cancer du sein d'après le radiologue.",
            "Elle prend du Doliprane 1g jusqu'à 3 fois par jour et du Préviscan 20 mg pour une arythmie complète.",
            "",
            "Merci de votre avis sur la conduite a tenir.",
            "",
            "Bien confraternellement",
            "A. Rouxel",
        ],
        gold=gold("zzd03", sex="F", age=78,
            tumor=(P, "breast", None, {}), bone=(P, ["pain"], True), pain=(P, [], None),
            meds=(P, ["N02BE01", "B01AA12"]), local=(U, []), btt=(U, []),
            anticoag=(P, ["B01AA12"]), antiplat=(U, []), prog=(U, "ecog", None), project=(U, None))))

    # zzd04 -- breast oncologist, text PDF, 2 pages
    L.append(dict(stem="zzd04", fmt="pdf",
        meta=dict(date="2025-03-18", birth="1961-04-03", producer="Hopital.net PDF 2.7", creator="Dossier patient",
                  pdfdate="20250318161000+01'00'"),
        lines=[
            "INSTITUT BRETON DE SÉNOLOGIE - RENNES",
            "Dr Claire MADEC, oncologie médicale - Dr Pierre-Louis HAMON",
            "Consultations : 02 99 25 73 40",
            "",
            "Rennes, le 18/03/2025",
            "",
            "Dossier RCP Métastases Osseuses",
            "Patiente : Mme Nathalie BERTHELOT, née le 03/04/1961",
            "Médecin traitant : Dr Jouan, Betton",
            "",
            "Chers collègues,",
            "",
            "Je sollicite votre avis pour Mme Berthelot, que je suis pour un carcinome canalaire infiltrant (NST) du sein droit.",
            "",
            "Histoire oncologique",
            "- Juin 2018 : tumorectomie droite + ganglion sentinelle, pT1c pN0, grade II, RE 90 %, RP 30 %, HER2 score 1+ (négatif), Ki67 15 %.",
            "- Radiothérapie mammaire adjuvante 50 Gy (été 2018).",
            "- Tamoxifène adjuvant de 2018 à août 2023, arrêté à la fin des 5 ans.",
            "- Janvier 2025 : le scanner TAP de surveillance annuelle montre des lésions osseuses condensantes multiples "
            "(rachis dorsal, bassin, acétabulum gauche), confirmées au TEP-FDG du 22/01/2025. Biopsie de l'aile iliaque : "
            "métastase d'un carcinome mammaire, RE positif, RP positif, HER2 négatif.",
            "",
            "Antécédents familiaux : sœur aînée traitée pour un cancer du sein à 52 ans. Recherche BRCA1/2 négative.",
            "Antécédents personnels : hypothyroïdie, appendicectomie.",
            "",
            "\f",
            "Clinique",
            "La patiente décrit depuis février une douleur de la hanche gauche d'horaire inflammatoire, avec un dérouillage "
            "matinal d'environ 30 minutes, cotée à 3/10 (EN). Pas de douleur à la marche, pas de boiterie. "
            "Examen neurologique normal. PS 0.",
            "",
            "Traitement en cours",
            "- Ribociclib (Kisqali) 600 mg/j J1-J21, associé au létrozole (Femara) 2,5 mg/j, depuis le 10/02/2025",
            "- Dénosumab (Xgeva) 120 mg SC toutes les 4 semaines depuis le 12/02/2025 (bilan dentaire fait)",
            "- Orocal D3 1 cp x 2/j",
            "- Levothyrox 75 µg/j",
            "Aucun traitement anticoagulant ni antiagrégant plaquettaire.",
            "",
            "Traitements locaux antérieurs : aucune lésion osseuse n'a été irradiée ni opérée.",
            "",
            "Question à la RCP : la lésion acétabulaire gauche (ostéolyse partielle sur l'IRM) justifie-t-elle une radiothérapie, "
            "voire une consolidation (cimentoplastie) compte tenu du risque fracturaire ?",
            "",
            "Avec mes remerciements,",
            "Dr Claire Madec",
        ],
        gold=gold("zzd04", sex="F", age=63,
            tumor=(P, "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
            bone=(P, ["staging_imaging"], True), pain=(P, ["inflammatory"], 3),
            meds=(P, ["L01EF02", "L02BG04", "M05BX04", "A12AX", "H03AA01"]),
            local=(A, []), btt=(P, ["M05BX04"]), anticoag=(A, []), antiplat=(A, []),
            prog=(P, "ecog", 0), project=(P, None))))

    # zzd05 -- GP, scanned fax
    L.append(dict(stem="zzd05", fmt="scan",
        meta=dict(date="2025-03-06", angle=0.7, producer="FaxServer 2.3", creator="Scan SCAN-RDC-02", title="fax",
                  scan_date=dt.datetime(2025, 3, 6, 14, 22, 0),
                  faxhead="06/03/2025 14:21  DE: CABINET MEDICAL DU THABOR 0299385246   P.01/01"),
        lines=[
            "Cabinet médical du Thabor - Dr Gwenaël CORRE",
            "18 rue de Paris, 35000 Rennes - 02 99 38 52 46",
            "",
            "Rennes, le 06/03/2025",
            "",
            "A l'attention de l'équipe de la RCP métastases osseuses",
            "",
            "Cher confrère,",
            "",
            "Je me permets de vous adresser M. Daniel HERVÉ, 69 ans, suivi au CHU pour un cancer",
            "bronchique à petites cellules diagnostiqué en janvier 2025, avec des métastases osseuses",
            "connues dès le bilan d'extension (TEP de janvier : rachis lombaire, bassin).",
            "Il est actuellement en cours de chimio-immunothérapie (carboplatine, étoposide, durvalumab),",
            "3e cure faite le 28/02/2025.",
            "",
            "Depuis 3 semaines il présente une lombalgie basse irradiant dans la jambe gauche jusqu'au",
            "pied, à type de décharges électriques, majorée la nuit. EVA 6/10 ce jour malgré le traitement.",
            "Pas de trouble sphinctérien, force conservée.",
            "",
            "Traitement actuel :",
            "Skenan LP 30 mg x 2/j, Actiskenan 10 mg si besoin",
            "Lyrica 75 mg x 2/j",
            "Doliprane 1 g x 3/j",
            "Solupred 20 mg/j",
            "Forlax 2 sachets/j",
            "Le Lovenox préventif de l'hospitalisation a été arrêté à la sortie.",
            "",
            "Etat général conservé, OMS 1.",
            "",
            "Pourriez-vous discuter une radiothérapie antalgique du rachis lombaire ? Une IRM est",
            "demandée pour le 10/03.",
            "",
            "Merci d'avance, bien cordialement.",
            "Dr G. Corre",
        ],
        gold=gold("zzd05", sex="M", age=69,
            tumor=(P, "lung", "small_cell_carcinoma", {}), bone=(P, ["staging_imaging"], True),
            pain=(P, ["neuropathic", "nocturnal"], 6),
            meds=(P, ["N02AA01", "N03AX16", "N02BE01", "H02AB06", "A06AD15", "L01XA02", "L01CB01", "L01FF03"]),
            local=(U, []), btt=(U, []), anticoag=(A, []), antiplat=(U, []),
            prog=(P, "ecog", 1), project=(P, None))))

    # zzd06 -- urologist, TXT cp1252 CRLF, short
    L.append(dict(stem="zzd06", fmt="txt",
        meta=dict(date="2025-03-20", encoding="cp1252", newline="\r\n"),
        lines=[
            "Service d'Urologie - Centre Hospitalier de Vitré",
            "Dr François LE NAOUR",
            "",
            "Vitré, le 20/03/2025",
            "",
            "RCP métastases osseuses - demande d'avis",
            "",
            "M. René BOSCHER, 80 ans",
            "",
            "ADK prostatique Gleason 7 (4+3) traité en 2016 par prostatectomie radicale puis RT de loge en 2018 pour récidive biologique.",
            "Evolution vers la résistance à la castration. PSA 45 ng/ml le 10/03/2025 (12 en décembre).",
            "Scinti osseuse de contrôle (oct 2024) devant l'ascension du PSA : fixations multiples rachis + bassin.",
            "",
            "Ttt actuel : Décapeptyl 11,25 mg /3 mois, Xtandi 160 mg/j depuis nov 2024.",
            "Eliquis 5 mg x 2 pour une FA.",
            "Aurait reçu du Prolia pour une ostéoporose il y a quelques années, à vérifier avec son rhumatologue.",
            "",
            "Question : place d'un traitement anti-résorptif ? RT antalgique si symptomatique ?",
            "",
            "Dr F. Le Naour",
        ],
        gold=gold("zzd06", sex="M", age=80,
            tumor=(P, "prostate", "adenocarcinoma", {"PSA": "positive"}), bone=(P, ["staging_imaging"], True),
            pain=(U, [], None), meds=(P, ["L02AE04", "L02BB04", "B01AF02"]),
            local=(U, []), btt=(UN, ["M05BX04"]), anticoag=(P, ["B01AF02"]), antiplat=(U, []),
            prog=(U, "ecog", None), project=(P, None))))

    # zzd07 -- breast oncologist, DOCX, long
    blocks = [
        ("b", "Centre Eugène-Lemarrec - Département d'oncologie médicale"),
        ("p", "Dr Hélène QUÉMÉNER - Unité de sénologie - 02 99 25 61 18"),
        ("p", "Rennes, le 25/03/2025"),
        ("b", "FICHE DE PRÉSENTATION RCP MÉTASTASES OSSEUSES"),
        ("t", [["Patiente", "Mme Catherine JÉGOU"],
               ["Âge", "62 ans"],
               ["Médecin référent", "Dr H. Quéméner"],
               ["Médecin traitant", "Dr Y. Briand, Chartres-de-Bretagne"]]),
        ("h", "Tumeur primitive"),
        ("p", "Carcinome lobulaire infiltrant du sein gauche diagnostiqué en 2019 (pT2 pN1a), RE positifs 80 %, RP négatifs, HER2 score 0. "
              "Mastectomie gauche et curage, chimiothérapie adjuvante EC-paclitaxel, radiothérapie pariétale. "
              "Hormonothérapie adjuvante par Femara de 2019 à décembre 2024, arrêtée lors de la rechute."),
        ("h", "Circonstances de découverte des métastases osseuses"),
        ("p", "Hospitalisation en urgence le 09/12/2024 pour confusion et déshydratation : hypercalcémie à 3,1 mmol/l. "
              "Le bilan met en évidence de multiples lésions ostéolytiques (rachis, côtes, bassin, fémur droit). "
              "Une perfusion unique de Zometa 4 mg a été faite le 10/12/2024 avec normalisation de la calcémie. "
              "Relais par dénosumab (Xgeva) mensuel depuis le 14/01/2025."),
        ("p", "Cimentoplastie de T12 le 21/01/2025 pour un tassement à risque de recul du mur postérieur."),
        ("h", "Clinique actuelle"),
        ("p", "Aucune douleur osseuse depuis la cimentoplastie ; pas d'antalgique. Marche sans aide. "
              "Indice de Karnofsky 80 %."),
        ("p", "Antécédent de thrombose veineuse profonde poplitée droite en mai 2024 : Xarelto 20 mg pendant 6 mois, "
              "arrêté en novembre 2024."),
        ("h", "Traitement en cours"),
        ("t", [["Traitement", "Posologie"],
               ["Faslodex (fulvestrant) 500 mg", "IM J1, J15, J29 puis mensuel (depuis le 06/01/2025)"],
               ["Verzenios (abémaciclib) 150 mg", "1 cp x 2/j"],
               ["Xgeva 120 mg", "SC toutes les 4 semaines"],
               ["Zyma D 50 000 UI", "1 ampoule/mois"],
               ["Inipomp 20 mg", "1 cp/j"],
               ["Xanax 0,25 mg", "si anxiété, max 2/j"]]),
        ("p", "Projet : poursuite de l'association fulvestrant-abémaciclib, traitement de 1ère ligne métastatique à visée palliative, "
              "évaluation TEP prévue en avril."),
        ("h", "Question à la RCP"),
        ("p", "Lésion lytique du col fémoral droit de 28 mm, asymptomatique, corticale respectée à 50 % : "
              "indication d'une radiothérapie préventive ou d'un enclouage prophylactique ?"),
        ("p", "Dr Hélène Quéméner"),
    ]
    L.append(dict(stem="zzd07", fmt="docx", blocks=blocks,
        meta=dict(date="2025-03-25", docauthor="hquemener", title="Fiche RCP MO", docfont="Arial",
                  docdate=dt.datetime(2025, 3, 25, 17, 40, 0)),
        gold=gold("zzd07", sex="F", age=62,
            tumor=(P, "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
            bone=(P, ["hypercalcemia"], True), pain=(A, [], None),
            meds=(P, ["L02BA03", "L01EF03", "M05BX04", "A11CC05", "A02BC02", "N05BA12"]),
            local=(P, ["cementoplasty"]), btt=(P, ["M05BX04"]), anticoag=(A, []), antiplat=(U, []),
            prog=(P, "kps", 80), project=(P, "palliative"))))

    # zzd08 -- pneumologist, scanned fax
    L.append(dict(stem="zzd08", fmt="scan",
        meta=dict(date="2025-03-17", birth="1952-03-22", angle=-0.5, producer="FaxServer 2.3", creator="Scan SCAN-RDC-02",
                  title="fax", scan_date=dt.datetime(2025, 3, 17, 9, 5, 0),
                  faxhead="17/03/2025 09:04  CH FOUGERES PNEUMOLOGIE 0299174430   P.1"),
        lines=[
            "CENTRE HOSPITALIER DE FOUGÈRES - SERVICE DE PNEUMOLOGIE",
            "Dr Morgane GAUTIER - Tél 02 99 17 44 30",
            "",
            "Fougères, le 17/03/2025",
            "",
            "Objet : M. Alain PIEDERRIÈRE, né le 22/03/1952",
            "",
            "Chère collègue,",
            "",
            "Je vous adresse le dossier de M. Piederrière, 72 ans, BPCO sous Spiriva, ancien fumeur",
            "(50 PA), pour un carcinome épidermoïde du lobe inférieur gauche, PD-L1 négatif (< 1 %).",
            "",
            "Révélation le 03/02/2025 par une fracture pathologique de l'humérus droit sur",
            "lésion lytique, traitée par enclouage centromédullaire le 05/02/2025, puis",
            "radiothérapie post-opératoire de l'humérus 20 Gy en 5 fractions, terminée le 10/03.",
            "Le bilan retrouve la tumeur pulmonaire et d'autres lésions osseuses (côtes, iliaque).",
            "",
            "Douleurs résiduelles de l'épaule à la mobilisation, EVA 3/10.",
            "PS 2 (limité par la dyspnée et le bras).",
            "",
            "Traitement : Topalgic LP 100 mg x 2/j, Doliprane 1 g x 3/j, Lovenox 4000 UI/j",
            "(poursuivi en post-opératoire), Kardégic 160 mg/j, Spiriva.",
            "Pas de traitement anti-résorptif pour l'instant.",
            "",
            "Décision de la RCP thoracique du 06/03 : chimiothérapie carboplatine-paclitaxel",
            "à visée palliative, début le 24/03/2025.",
            "",
            "Questions : indication d'un traitement anti-résorptif (dénosumab ou acide",
            "zolédronique) ? Prise en charge des autres lésions osseuses ?",
            "",
            "Bien confraternellement, Dr M. Gautier",
        ],
        gold=gold("zzd08", sex="M", age=72,
            tumor=(P, "lung", "squamous_cell_carcinoma", {"PD-L1": "negative"}),
            bone=(P, ["pathological_fracture"], True), pain=(P, ["mechanical"], 3),
            meds=(P, ["N02AX02", "N02BE01", "B01AB05", "B01AC06"]),
            local=(P, ["surgery", "radiotherapy"]), btt=(A, []), anticoag=(P, ["B01AB05"]), antiplat=(P, ["B01AC06"]),
            prog=(P, "ecog", 2), project=(P, "palliative"))))

    # zzd09 -- GP, DOCX, short, suspected primary
    blocks = [
        ("p", "Docteur Loïc HUBERT - Médecine générale"),
        ("p", "Maison de santé de Pacé - 02 99 60 33 81"),
        ("p", "Pacé, le 10/03/2025"),
        ("p", "Cher Confrère,"),
        ("p", "Je vous adresse M. Thierry COLLET, né le 11/03/1958, pour avis."),
        ("p", "Lors d'un scanner abdomino-pelvien réalisé aux urgences le 20/02/2025 pour une colique néphrétique gauche, "
              "le radiologue a décrit des lésions condensantes du bassin et de L4 évocatrices de métastases osseuses. "
              "Le PSA revient à 312 ng/ml. Une origine prostatique est donc très probable, mais il n'y a pas encore eu de biopsie. "
              "Il a rendez-vous avec le Dr Tanguy (urologue) le 02/04."),
        ("p", "Il n'a aucune douleur osseuse. Le calcul a été expulsé spontanément."),
        ("p", "Antécédents : HTA, dyslipidémie, infarctus en 2020. Son père est décédé d'un cancer de la prostate."),
        ("p", "Traitement habituel : Triatec 5 mg, Tahor 20 mg, Kardégic 75 mg. Pas d'anticoagulant."),
        ("p", "Je vous remercie de me dire s'il faut faire quelque chose pour les os en attendant."),
        ("p", "Bien à vous,"),
        ("p", "Dr L. Hubert"),
    ]
    L.append(dict(stem="zzd09", fmt="docx", blocks=blocks,
        meta=dict(date="2025-03-10", birth="1958-03-11", docauthor="Dr Hubert", title="Courrier",
                  docdate=dt.datetime(2025, 3, 10, 19, 2, 0)),
        gold=gold("zzd09", sex="M", age=66,
            tumor=(UN, "prostate", None, {"PSA": "positive"}), bone=(P, ["incidental_imaging"], True),
            pain=(A, [], None), meds=(P, ["C09AA05", "C10AA05", "B01AC06"]),
            local=(U, []), btt=(U, []), anticoag=(A, []), antiplat=(P, ["B01AC06"]),
            prog=(U, "ecog", None), project=(U, None))))

    # zzd10 -- pneumologist, TXT UTF-8, telegraphic
    L.append(dict(stem="zzd10", fmt="txt",
        meta=dict(date="2025-03-13"),
        lines=[
            "De : Dr Ronan PASQUIER, pneumo-oncologie, CHU Rennes Pontchaillou (poste 84 512)",
            "Date : 13/03/2025",
            "Objet : RCP MO - Mme Sandrine LE MEUR, 54 ans",
            "",
            "Bonjour,",
            "Pour la RCP de mardi :",
            "",
            "Pte de 54 ans, non fumeuse. ADK pulmonaire LID stade IV (2023), ALK réarrangé (FISH +), EGFR sauvage, PD-L1 10 %.",
            "ATCD : migraine, hystérectomie. Mère : cancer colique.",
            "Ttt : alectinib (Alecensa) 600 mg x2/j depuis 06/2023, réponse complète pulmonaire.",
            "SBRT surrénale G en 2024 pour oligoprogression. Aucune RT osseuse antérieure.",
            "",
            "TEP de suivi 02/2025 : progression osseuse isolée T9 (SUV 8), reste stable.",
            "Clinique : dorsalgies T9 en ceinture, type décharges électriques, DN4 5/10, EN 4. Pas de déficit.",
            "PS 1.",
            "",
            "Autres ttt : Neurontin 300 mg x3, Efferalgan 1 g si besoin, Imovane 7,5 le soir.",
            "Pas d'anticoag, pas d'AAP.",
            "Zometa : reçu en 2023 ? à vérifier avec l'onco de ville (dossier incomplet).",
            "",
            "Question : SBRT T9 et poursuite alectinib (oligoprogression) ?",
            "",
            "Merci, Ronan",
        ],
        gold=gold("zzd10", sex="F", age=54,
            tumor=(P, "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}),
            bone=(P, ["staging_imaging"], True), pain=(P, ["neuropathic"], 4),
            meds=(P, ["L01ED03", "N03AX12", "N02BE01", "N05CF01"]),
            local=(A, []), btt=(UN, ["M05BA08"]), anticoag=(A, []), antiplat=(A, []),
            prog=(P, "ecog", 1), project=(P, None))))

    # zzd11 -- urologist, text PDF, 2 pages, antiplatelet contradiction
    L.append(dict(stem="zzd11", fmt="pdf",
        meta=dict(date="2025-03-27", producer="Uro-Doc export 1.9", creator="Courrier urologie",
                  pdfdate="20250327112000+01'00'"),
        lines=[
            "CHU DE RENNES - SERVICE D'UROLOGIE, ANDROLOGIE ET TRANSPLANTATION",
            "Pr Jean-Baptiste ROLLAND - Dr Aurélie GUÉGUEN - Secrétariat 02 99 28 91 56",
            "",
            "Rennes, le 27/03/2025",
            "",
            "Compte rendu de consultation - demande de présentation en RCP métastases osseuses",
            "",
            "M. Patrick LE ROUX, 59 ans",
            "",
            "Carcinome rénal à cellules claires gauche, néphrectomie élargie en mars 2021 (pT3a N0, grade ISUP 3).",
            "Rechute pulmonaire en 2023 traitée par sunitinib (Sutent), arrêté en décembre 2024 pour progression.",
            "",
            "Le 14/01/2025, apparition brutale d'un déficit moteur des membres inférieurs révélant une épidurite "
            "métastatique T11 avec compression médullaire. Laminectomie décompressive et ostéosynthèse T9-L1 en urgence "
            "(Dr Kervella, neurochirurgie), puis radiothérapie 30 Gy en 10 fractions terminée le 12/02/2025. "
            "Récupération motrice quasi complète, marche avec un déambulateur.",
            "",
            "Le patient ne se plaint plus de douleurs ; la Sophidone et la corticothérapie ont été arrêtées fin février.",
            "",
            "Antécédents : cardiopathie ischémique stentée en 2019, Kardégic 75 mg poursuivi à la demande du cardiologue. "
            "Hypothyroïdie induite par le sunitinib. Pas d'antécédent familial notable.",
            "",
            "Traitement oncologique : cabozantinib (Cabometyx) 40 mg/j depuis le 03/03/2025, 2e ligne, à visée palliative.",
            "",
            "\f",
            "RÉCAPITULATIF POUR LA RCP",
            "  Performance status (OMS) : 2",
            "  Traitements en cours : Cabometyx 40 mg/j, Levothyrox 100 µg/j, Inexium 40 mg/j, Fragmine 5000 UI/j SC",
            "  Anticoagulant : Fragmine à dose préventive, poursuivie jusqu'à reprise complète de la marche",
            "  Antiagrégant plaquettaire : non",
            "  Traitement anti-résorptif : acide zolédronique prévu après avis dentaire",
            "  Traitements locaux antérieurs : chirurgie rachidienne + radiothérapie T11 (voir ci-dessus)",
            "",
            "Question : d'autres lésions osseuses (iliaque droit, 5e côte) sont asymptomatiques. "
            "Faut-il envisager un traitement local (radiothérapie stéréotaxique) en complément du cabozantinib ?",
            "",
            "Dr Aurélie Guéguen",
        ],
        gold=gold("zzd11", sex="M", age=59,
            tumor=(P, "kidney", "clear_cell_carcinoma", {}), bone=(P, ["neurological_deficit"], True),
            pain=(A, [], None), meds=(P, ["L01EX07", "H03AA01", "A02BC05", "B01AB04", "B01AC06"]),
            local=(P, ["surgery", "radiotherapy"]), btt=(U, []), anticoag=(P, ["B01AB04"]), antiplat=(C, ["B01AC06"]),
            prog=(P, "ecog", 2), project=(P, "palliative")),
        must_contain=["Antiagrégant plaquettaire : non", "Kardégic 75 mg poursuivi"]))

    # zzd12 -- GP, DOCX, elderly, doubtful anticoagulant
    blocks = [
        ("p", "Dr Bernadette GILLET"),
        ("p", "Médecin généraliste - 7 place de l'Église - 35520 Melesse - 02 99 66 14 72"),
        ("p", "Le 24/03/2025"),
        ("p", "Madame, Monsieur, chers confrères,"),
        ("p", "Je vous adresse Mme Marie-Thérèse DELALANDE, née le 29/03/1940, que je suis depuis de nombreuses années."),
        ("p", "Elle a un cancer du sein droit diagnostiqué en 2021 (carcinome lobulaire infiltrant à la biopsie, récepteurs "
              "aux oestrogènes positifs, HER2 négatif), non opéré en raison de son âge, traité par Arimidex seul par le Dr Madec. "
              "Elle poursuit l'Arimidex."),
        ("p", "Depuis un mois elle a une douleur de la hanche gauche à la marche, qui la réveille la nuit. L'EVA était à 8 il y a 15 jours, "
              "elle est à 5 aujourd'hui sous tramadol. La radio puis le scanner du 14/03 montrent une lésion lytique du col fémoral gauche "
              "et deux lésions du bassin. Pas de chute."),
        ("p", "Elle n'a jamais reçu de biphosphonate ni de Prolia."),
        ("p", "Ses traitements : Arimidex 1 mg, Contramal 50 mg 3 fois par jour, Doliprane 1 g 3 fois par jour, Lasilix 40 mg, "
              "Cardensiel 2,5 mg, Levothyrox 50. Elle est aussi anticoagulée, je crois par Eliquis, prescrit par le cardiologue "
              "(à vérifier, elle n'a pas apporté son ordonnance)."),
        ("p", "Elle vit seule, aide ménagère 2 fois par semaine, marche avec une canne. OMS 2 à mon avis."),
        ("p", "Sa soeur a eu une radiothérapie pour un cancer du sein il y a 20 ans."),
        ("p", "Pouvez-vous me dire s'il y a un risque de fracture et ce que l'on peut proposer (radiothérapie ? chirurgie ?) "
              "pour la soulager ? La famille souhaite éviter une hospitalisation longue."),
        ("p", "Merci beaucoup, bien confraternellement."),
        ("p", "B. Gillet"),
    ]
    L.append(dict(stem="zzd12", fmt="docx", blocks=blocks,
        meta=dict(date="2025-03-24", birth="1940-03-29", docauthor="Cabinet Gillet", title="lettre RCP",
                  docdate=dt.datetime(2025, 3, 24, 12, 30, 0)),
        gold=gold("zzd12", sex="F", age=84,
            tumor=(P, "breast", "invasive_lobular_carcinoma", {"ER": "positive", "HER2": "negative"}),
            bone=(P, ["pain"], True), pain=(P, ["mechanical", "nocturnal"], 5),
            meds=(P, ["L02BG03", "N02AX02", "N02BE01", "C03CA01", "C07AB07", "H03AA01"]),
            local=(U, []), btt=(A, []), anticoag=(UN, ["B01AF02"]), antiplat=(U, []),
            prog=(P, "ecog", 2), project=(P, None))))
    return L


def main() -> int:
    letters = LETTERS(gold)
    stems = [l["stem"] for l in letters]
    try:
        need(len(stems) == len(set(stems)), "duplicate stems")
        for l in letters:
            if l["fmt"] == "docx":
                l["lines"] = docx_lines(l["blocks"])
            check(l)
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for f in list(ldir.iterdir()) + list(gdir.iterdir()):
        if f.stem not in stems:
            f.unlink()
    for n, l in enumerate(letters):
        stem, fmt, meta = l["stem"], l["fmt"], l["meta"]
        if fmt == "pdf":
            write_text_pdf(ldir / f"{stem}.pdf", l["lines"], meta)
        elif fmt == "scan":
            try:
                write_scan_pdf(ldir / f"{stem}.pdf", l["lines"], meta, seed=5600 + n)
            except Violation as e:
                print(f"CONTRACT VIOLATION: {e}")
                return 1
        elif fmt == "docx":
            write_docx(ldir / f"{stem}.docx", l["blocks"], meta)
        elif fmt == "txt":
            enc = meta.get("encoding", "utf-8")
            nl = meta.get("newline", "\n")
            (ldir / f"{stem}.txt").write_bytes((nl.join(l["lines"]) + nl).encode(enc))
        else:
            print(f"CONTRACT VIOLATION: {stem}: unknown format {fmt}")
            return 1
        (gdir / f"{stem}.json").write_text(json.dumps(l["gold"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"corpus56: {len(letters)} letters and golds written, contract checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
