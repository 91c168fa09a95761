#!/usr/bin/env python3
"""Blind evaluation corpus 47: 12 French referral letters to a bone-metastasis
tumour board (RCP « métastases osseuses »), focused on complex anticoagulant /
antiplatelet situations around an interventional procedure.

Written without reading the converter. Holds every letter's text and gold
record, derives gold gaps from the spec's gap rule, checks each gold against
the contract (spec/rcp-request.md) and writes letters/ and gold/
deterministically.

Run from /work/main:  .venv/bin/python tests/corpus47/make_letters.py
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
SHARED = Path("/work/shared")
ATC_TSV = SHARED / "spec" / "atc-reference.tsv"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# --------------------------------------------------------------------------
# contract
# --------------------------------------------------------------------------
NINE = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications",
        "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
        "prognosis", "therapeuticProject"]
ITEMS = NINE[:7] + ["antiplatelets"] + NINE[7:]
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


def load_atc():
    rows = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        parts = line.split("\t")
        while len(parts) < 5:
            parts.append("")
        code, dci, inn, group, brands = parts[:5]
        names = [dci, inn] + [b for b in brands.split(",") if b]
        rows[code] = [n for n in names if n]
    return rows


ATC = load_atc()


def compute_gaps(g: dict) -> list:
    """The spec's gap rule, applied to a gold record (nine items, no antiplatelets)."""
    kind_of = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in NINE:
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
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


class ContractViolation(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise ContractViolation(msg)


def age_at(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def check(letter: dict, gold: dict, text: str) -> None:
    lid = letter["id"]
    p = f"{lid}: "
    need(gold["id"] == lid, p + "id mismatch")
    need(set(gold) == {"id", "patient", "gaps", *ITEMS}, p + f"keys {sorted(gold)}")
    need(letter["fmt"] in ("pdf", "docx", "txt"), p + "format")
    # patient
    pat = gold["patient"]
    need(pat["sex"] in ("F", "M"), p + "sex")
    need(isinstance(pat["age"], int), p + "age int")
    if letter.get("birth"):
        need(pat["age"] == age_at(letter["birth"], letter["date"]),
             p + f"age {pat['age']} != computed {age_at(letter['birth'], letter['date'])}")
        need(letter["birth"].strftime("%d/%m/%Y") in text, p + "birth date not in text")
    else:
        need(f"{pat['age']} ans" in text, p + "written age not in text")
    for item in ITEMS:
        need(gold[item]["status"] in STATUSES[item], p + f"{item} status {gold[item]['status']}")
    # primary tumour
    t = gold["primaryTumor"]
    need(set(t) == {"status", "site", "histology", "biomarkers"}, p + "primaryTumor keys")
    need(t["site"] is None or t["site"] in SITES, p + "site code")
    need(t["histology"] is None or t["histology"] in HISTO, p + "histology code")
    for k, v in t["biomarkers"].items():
        need(k in BIOMARKERS and v in BIORESULTS, p + f"biomarker {k}={v}")
    if t["status"] == "unknown":
        need(t["site"] is None and t["histology"] is None and not t["biomarkers"], p + "unknown tumour with values")
    else:
        need(t["site"] is not None, p + "tumour without site")
    # bone diagnosis
    b = gold["boneDiagnosis"]
    need(set(b) == {"status", "circumstances", "dated"}, p + "boneDiagnosis keys")
    need(set(b["circumstances"]) <= CIRC and isinstance(b["dated"], bool), p + "circumstance code")
    if b["status"] == "unknown":
        need(not b["circumstances"] and not b["dated"], p + "unknown boneDiagnosis with values")
    else:
        need(b["circumstances"], p + "present boneDiagnosis without circumstance")
    # pain
    pn = gold["pain"]
    need(set(pn) == {"status", "types", "intensity"}, p + "pain keys")
    need(set(pn["types"]) <= PAINTYPES, p + "pain type code")
    need(pn["intensity"] is None or (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10), p + "intensity")
    if pn["status"] in ("absent", "unknown"):
        need(not pn["types"] and pn["intensity"] in (None, 0), p + "absent/unknown pain with values")
    # medications
    cm = gold["currentMedications"]
    need(set(cm) == {"status", "atc"}, p + "currentMedications keys")
    for c in cm["atc"]:
        need(c in ATC, p + f"ATC {c} not in atc-reference.tsv")
    need(cm["atc"] == sorted(set(cm["atc"])), p + "currentMedications atc not sorted/unique")
    if cm["status"] != "present":
        need(not cm["atc"], p + "non-present currentMedications with codes")
    if cm["atc"]:
        need(cm["status"] == "present", p + "codes but currentMedications not present")
    if "N02AJ06" in cm["atc"] and letter.get("only_combo_paracetamol"):
        need("N02BE01" not in cm["atc"], p + "Dafalgan codéiné must be N02AJ06 only")
    # local treatments
    lt = gold["priorLocalTreatments"]
    need(set(lt) == {"status", "types"} and set(lt["types"]) <= LOCALTYPES, p + "local treatment codes")
    if lt["status"] == "present":
        need(lt["types"], p + "present local treatments without type")
    if lt["status"] in ("absent", "unknown"):
        need(not lt["types"], p + "absent/unknown local treatments with types")
    # agent sections
    for sec, prefixes in AGENT_PREFIX.items():
        s = gold[sec]
        need(set(s) == {"status", "atc"}, p + f"{sec} keys")
        need(s["atc"] == sorted(set(s["atc"])), p + f"{sec} atc not sorted")
        for c in s["atc"]:
            need(c in ATC, p + f"{sec} ATC {c} not in reference")
            need(c.startswith(prefixes), p + f"{sec} ATC {c} outside the section's classes")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], p + f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            need(set(s["atc"]) <= set(cm["atc"]), p + f"{sec} agents {s['atc']} missing from currentMedications")
        if s["status"] == "uncertain":
            need(not set(s["atc"]) & set(cm["atc"]), p + f"{sec} doubtful agent listed as current")
        if sec == "antiplatelets" and s["status"] == "present":
            need(s["atc"], p + "antiplatelets present without agent (check letter)")
        # reverse: every current drug of the section's class is in the section
        for c in cm["atc"]:
            if c.startswith(prefixes):
                need(s["status"] in ("present", "conflicting") and c in s["atc"],
                     p + f"current {c} not reflected in {sec}")
    if cm["status"] == "absent":
        for sec in AGENT_PREFIX:
            need(gold[sec]["status"] == "absent", p + f"no long-term drugs but {sec} not absent")
    # prognosis
    pr = gold["prognosis"]
    need(set(pr) in ({"status", "ecog"}, {"status", "kps"}), p + "prognosis keys")
    if "ecog" in pr and pr["ecog"] is not None:
        need(pr["ecog"] in range(0, 5), p + "ecog range")
    if "kps" in pr:
        need(pr["kps"] in range(0, 101, 10), p + "kps range")
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and pr.get("kps") is None, p + "unknown prognosis with PS")
    # project
    tp = gold["therapeuticProject"]
    need(set(tp) == {"status", "intent"}, p + "therapeuticProject keys")
    need(tp["intent"] is None or tp["intent"] in INTENTS, p + "intent code")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, p + "unknown project with intent")
    # gaps
    need(gold["gaps"] == compute_gaps(gold), p + "gaps differ from the gap rule")
    need(all(g[0] != "antiplatelets" for g in gold["gaps"]), p + "antiplatelets gap")
    # evidence: every coded drug is named in the letter (brand, DCI or INN)
    ftext = fold(text)
    for sec in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        for c in gold[sec]["atc"]:
            need(any(fold(n) in ftext for n in ATC[c]), p + f"{sec} {c} named nowhere in the letter")
    # declared traps: words that must appear in the letter text
    for w in letter.get("must_contain", []):
        need(fold(w) in ftext, p + f"expected phrase missing: {w!r}")


def make_gold(lid, sex, age, tumor, bone, pain, meds, local, btt, ac, ap, prog, proj):
    g = {
        "id": lid,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": tumor[0], "site": tumor[1], "histology": tumor[2],
                         "biomarkers": dict(tumor[3])},
        "boneDiagnosis": {"status": bone[0], "circumstances": list(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": ac[0], "atc": sorted(ac[1])},
        "antiplatelets": {"status": ap[0], "atc": sorted(ap[1])},
        "prognosis": ({"status": prog[0], "kps": prog[2]} if prog[1] == "kps"
                      else {"status": prog[0], "ecog": prog[2]}),
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }
    g["gaps"] = compute_gaps(g)
    return g


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------
def block_text(blocks) -> str:
    out = []
    for kind, content in blocks:
        if kind == "table":
            for row in content:
                out.append(" : ".join(c for c in row if c != "") if len(row) == 2 else " | ".join(row))
        else:
            out.append(content)
    return "\n".join(out)


class PdfWriter:
    """Minimal text PDF with embedded DejaVu Sans (WinAnsi simple TrueType font)."""

    def __init__(self):
        from PIL import ImageFont
        self.font = ImageFont.truetype(str(FONT), 1000)
        self.widths = []
        for b in range(32, 256):
            try:
                ch = bytes([b]).decode("cp1252")
                self.widths.append(int(round(self.font.getlength(ch))))
            except UnicodeDecodeError:
                self.widths.append(0)
        self.fontdata = FONT.read_bytes()

    def width(self, s, size):
        return self.font.getlength(s) * size / 1000.0

    def wrap(self, text, size, maxw):
        lines = []
        for para in text.split("\n"):
            words = para.split(" ")
            cur = ""
            for w in words:
                cand = w if not cur else cur + " " + w
                if self.width(cand, size) <= maxw or not cur:
                    cur = cand
                else:
                    lines.append(cur)
                    cur = w
            lines.append(cur)
        return lines

    @staticmethod
    def esc(s):
        raw = s.encode("cp1252")
        out = bytearray()
        for ch in raw:
            if ch in (0x28, 0x29, 0x5C):
                out += b"\\" + bytes([ch])
            else:
                out.append(ch)
        return bytes(out)

    def build(self, blocks, creation: str, title: str) -> bytes:
        size, lead, left, top, bottom, maxw = 10, 13.5, 56, 800, 60, 595 - 112
        rendered = []  # (size, text)
        for kind, content in blocks:
            if kind == "h":
                rendered.append((None, ""))
                for ln in self.wrap(content, 12, maxw):
                    rendered.append((12, ln))
            elif kind == "p":
                for ln in self.wrap(content, size, maxw):
                    rendered.append((size, ln))
            elif kind == "table":
                for row in content:
                    line = (row[0] + " : " + row[1]) if len(row) == 2 else "   ".join(row)
                    for ln in self.wrap(line, size, maxw):
                        rendered.append((size, ln))
            elif kind == "blank":
                rendered.append((None, ""))
        pages, cur, y = [], [], top
        for sz, ln in rendered:
            step = lead if sz != 12 else lead + 3
            if y - step < bottom:
                pages.append(cur)
                cur, y = [], top
            y -= step
            if sz is not None and ln:
                cur.append((sz, y, ln))
        pages.append(cur)
        objs = {}
        n_pages = len(pages)
        # 1 catalog, 2 pages, 3 font, 4 descriptor, 5 fontfile, 6 info, then page/content pairs
        fontz = zlib.compress(self.fontdata, 9)
        objs[5] = (b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(fontz), len(self.fontdata))
                   + fontz + b"\nendstream")
        objs[4] = (b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
                   b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 5 0 R >>")
        objs[3] = (b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 /Widths ["
                   + b" ".join(str(w).encode() for w in self.widths)
                   + b"] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>")
        objs[6] = (b"<< /Producer (corpus47 make_letters.py) /Creator (corpus47) /Title (" + self.esc(title)
                   + b") /CreationDate (" + creation.encode() + b") /ModDate (" + creation.encode() + b") >>")
        kids = []
        for i, page in enumerate(pages):
            pnum, cnum = 7 + 2 * i, 8 + 2 * i
            kids.append(pnum)
            ops = [b"BT"]
            for sz, y, ln in page:
                ops.append(b"/F1 %d Tf 1 0 0 1 %d %.1f Tm (" % (sz, left, y) + self.esc(ln) + b") Tj")
            ops.append(b"/F1 8 Tf 1 0 0 1 %d 30 Tm (Page %d/%d) Tj" % (270, i + 1, n_pages))
            ops.append(b"ET")
            stream = zlib.compress(b"\n".join(ops), 9)
            objs[cnum] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
            objs[pnum] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                          b"/Contents %d 0 R >>" % cnum)
        objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages
        objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for num in sorted(objs):
            offsets[num] = out.tell()
            out.write(b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n")
        xref = out.tell()
        n = max(objs) + 1
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % n)
        for num in range(1, n):
            out.write(b"%010d 00000 n \n" % offsets[num])
        out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref))
        return out.getvalue()


def build_docx(blocks, when: dt.datetime, author: str, title: str) -> bytes:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "blank":
            d.add_paragraph("")
        elif kind == "table":
            ncol = max(len(r) for r in content)
            tb = d.add_table(rows=0, cols=ncol)
            tb.style = "Table Grid"
            for row in content:
                cells = tb.add_row().cells
                for i, val in enumerate(row):
                    cells[i].text = val
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    buf = io.BytesIO()
    d.save(buf)
    # normalise the zip: fixed timestamps, fixed order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------
# letters
# --------------------------------------------------------------------------
D = dt.date
H, P, T, B = "h", "p", "table", "blank"
LETTERS = []


def add(lid, fmt, date, gold, blocks, birth=None, **kw):
    L = dict(id=lid, fmt=fmt, date=date, birth=birth, gold=gold, blocks=blocks,
             title=kw.pop("title", f"Demande RCP métastases osseuses {lid}"),
             author=kw.pop("author", "Secrétariat"), **kw)
    LETTERS.append(L)


# zu01 — PDF — pneumologue, cémentoplastie, fenêtre apixaban, Kardégic arrêté définitivement
add("zu01", "pdf", D(2025, 4, 2), birth=D(1953, 9, 14), title="Courrier RCP MO - Mme Vasseur-Ribot",
    must_contain=["Eliquis", "arrêté définitivement", "Préviscan"],
    gold=make_gold("zu01", "F", 71,
                   ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "negative"}),
                   ("present", ["pain"], True),
                   ("present", ["mechanical"], 7),
                   ("present", ["L01EB04", "B01AF02", "C07AB07", "N02BE01", "N02AA05", "A02BC05", "M05BX04"]),
                   ("absent", []),
                   ("present", ["M05BX04"]),
                   ("present", ["B01AF02"]),
                   ("absent", []),
                   ("present", "ecog", 1),
                   ("present", "palliative")),
    blocks=[
        (P, "Centre Hospitalier de Saint-Aubin-les-Forges — Service de Pneumologie et Oncologie thoracique"),
        (P, "Dr Hélène Marchadier — Tél. secrétariat 03 87 41 22 90"),
        (P, "Saint-Aubin, le 02/04/2025"),
        (P, "À l'attention du Dr Ostermann, coordonnateur de la RCP Métastases osseuses, CHU de Valmont"),
        (H, "Objet : Mme Josiane VASSEUR-RIBOT, née le 14/09/1953"),
        (P, "Cher confrère,"),
        (P, "Je vous adresse pour discussion en RCP métastases osseuses Mme Vasseur-Ribot, que je suis pour un "
            "adénocarcinome pulmonaire du lobe inférieur droit, stade IV d'emblée, avec mutation de l'EGFR "
            "(délétion de l'exon 19). ALK négatif en IHC, PD-L1 < 1 %."),
        (H, "Histoire de la maladie osseuse"),
        (P, "Les premiers symptômes remontent à octobre 2024 : douleurs dorso-lombaires d'horaire mécanique, "
            "à la marche et au changement de position, ayant motivé une IRM rachidienne le 18/11/2024 qui a montré "
            "des lésions lytiques de T12 (mur postérieur respecté, pas d'épidurite) et de L2. La TEP-TDM de "
            "bilan a ensuite retrouvé la lésion pulmonaire et des adénopathies médiastinales. Diagnostic "
            "histologique sur biopsie bronchique du 05/12/2024."),
        (P, "Actuellement la patiente décrit toujours une douleur lombaire basse à la marche, cotée à 7/10 ce "
            "jour malgré l'oxycodone, sans radiculalgie, et sans réveil nocturne. Pas de déficit neurologique."),
        (P, "Aucune radiothérapie ni aucun geste n'a été réalisé à ce jour sur les lésions osseuses."),
        (H, "Antécédents"),
        (P, "ACFA permanente connue depuis 2019. Hémorragie digestive haute sur ulcère bulbaire en juin 2023 alors "
            "qu'elle était sous Kardégic + apixaban : le Kardégic a été arrêté définitivement à cette occasion sur avis "
            "du cardiologue (Dr Penven). HTA. Cholécystectomie. Ancienne fumeuse (30 PA, sevrée en 2010)."),
        (P, "Antécédents familiaux : mère décédée d'un AVC à 79 ans alors qu'elle était sous Préviscan ; "
            "frère traité pour un cancer de la vessie."),
        (H, "Traitement actuel (ordonnance du 28/03/2025)"),
        (T, [["Tagrisso (osimertinib) 80 mg", "1 cp le matin, depuis le 20/12/2024"],
             ["Eliquis 5 mg", "1 cp matin et soir (ACFA)"],
             ["Bisoprolol 2,5 mg", "1 cp le matin"],
             ["Doliprane 1 g", "1 cp x 3/j"],
             ["Oxycontin LP 20 mg", "1 cp x 2/j"],
             ["Inexium 20 mg", "1 cp le soir"],
             ["Xgeva 120 mg", "1 inj. SC toutes les 4 semaines depuis le 03/02/2025 (bilan dentaire fait)"]]),
        (P, "Pas d'autre antiagrégant. Nous n'avons pas introduit de supplémentation vitamino-calcique, "
            "la calcémie corrigée étant à 2,55 mmol/L."),
        (H, "Évaluation"),
        (P, "État général conservé, OMS 1, 58 kg. Scanner de réévaluation du 20/03/2025 : réponse partielle "
            "pulmonaire et ganglionnaire, lésions osseuses stables, pas de nouvelle lésion."),
        (H, "Question posée à la RCP"),
        (P, "Compte tenu de la douleur persistante, une cimentoplastie de T12 ± L2 est-elle indiquée, ou "
            "faut-il privilégier une radiothérapie antalgique ? En cas de geste, nous proposons une fenêtre "
            "thérapeutique de l'apixaban de 48 heures avant la procédure (clairance de la créatinine à 62 mL/min), "
            "sans relais par HBPM, avec reprise à 24 h si pas de complication hémorragique ; le Tagrisso ne serait "
            "pas interrompu. Merci de nous indiquer si cela vous convient."),
        (P, "La prise en charge reste palliative ; l'osimertinib est poursuivi compte tenu de la réponse."),
        (P, "Bien confraternellement,"),
        (P, "Dr H. Marchadier"),
    ])

# zu02 — DOCX — fiche RCP à cocher (urologue) : AVK + Kardégic dans la liste mais "antiagrégant : Non"
add("zu02", "docx", D(2025, 3, 12), title="Fiche RCP MO - M. Kerbrat", author="Dr Y. Le Floch",
    must_contain=["☒ Non", "Kardégic 75", "Lovenox"],
    gold=make_gold("zu02", "M", 78,
                   ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
                   ("present", ["staging_imaging"], True),
                   ("present", ["mechanical"], 5),
                   ("present", ["L02AE04", "L02BB06", "B01AA12", "B01AC06", "C10AA05", "A10BA02", "N02BE01"]),
                   ("absent", []),
                   ("absent", []),
                   ("present", ["B01AA12"]),
                   ("conflicting", ["B01AC06"]),
                   ("present", "ecog", 1),
                   ("present", "palliative")),
    blocks=[
        (H, "FICHE DE DEMANDE D'AVIS — RCP MÉTASTASES OSSEUSES"),
        (P, "Clinique urologique du Val-d'Orne — Dr Yann Le Floch, urologue — 02 33 18 64 07"),
        (T, [["Date de la demande", "12/03/2025"],
             ["Patient", "M. KERBRAT Alain"],
             ["Âge", "78 ans"],
             ["Sexe", "☐ F   ☒ M"],
             ["Tumeur primitive", "Adénocarcinome prostatique, Gleason 8 (4+4), ISUP 4, biopsies du 09/01/2025"],
             ["PSA", "86 ng/mL au diagnostic (janvier 2025), 31 ng/mL le 04/03/2025"],
             ["Circonstances de découverte des métastases osseuses",
              "☐ Douleur  ☐ Fracture  ☐ Compression  ☐ Hypercalcémie  ☒ Bilan d'extension  ☐ Découverte fortuite"],
             ["Date", "Scintigraphie osseuse du 21/01/2025 : lésions iliaque gauche, sacrée et de T9"],
             ["Douleur", "☒ Oui  ☐ Non"],
             ["Si oui", "EN 5/10, hanche gauche, à la marche et à l'appui ; pas de composante neuropathique"],
             ["Traitement local osseux antérieur", "☐ Oui  ☒ Non"],
             ["Traitement osseux (biphosphonate / dénosumab)", "☐ Oui  ☒ Non   — Xgeva prévu après avis dentaire"],
             ["Anticoagulant", "☒ Oui  ☐ Non   Lequel : Préviscan 20 mg (3/4 cp le soir), INR cible 2–3"],
             ["Antiagrégant plaquettaire", "☐ Oui  ☒ Non"],
             ["État général", "OMS 1"],
             ["Intention", "☐ Curative  ☒ Palliative  ☐ Soins de support exclusifs"]]),
        (H, "Traitements en cours (recopiés de l'ordonnance du médecin traitant)"),
        (T, [["Médicament", "Posologie"],
             ["Décapeptyl LP 11,25 mg", "1 inj. / 3 mois (dernière le 15/01/2025)"],
             ["Nubeqa 300 mg", "2 cp matin et soir depuis le 03/02/2025"],
             ["Préviscan 20 mg", "3/4 cp le soir selon INR"],
             ["Kardégic 75 mg", "1 sachet le midi"],
             ["Tahor 20 mg", "1 cp le soir"],
             ["Metformine 850 mg", "1 cp matin et soir"],
             ["Doliprane 1 g", "si douleur, max 3/j"]]),
        (H, "Commentaire"),
        (P, "Patient de 78 ans, diabétique de type 2, porteur d'une ACFA sous fluindione. Stent coronaire en 2016. "
            "Hormonothérapie par triptoréline + darolutamide depuis février avec baisse du PSA. Se plaint "
            "d'une douleur de hanche gauche mécanique. Pas de lésion à risque fracturaire sur le scanner "
            "(corticale respectée)."),
        (P, "Question : radiothérapie antalgique de l'aile iliaque gauche ? Si une chirurgie était finalement "
            "proposée, un relais du Préviscan par Lovenox serait organisé avec le cardiologue."),
        (P, "Dr Y. Le Floch"),
    ])

# zu03 — TXT — médecin généraliste, traitement rapporté par la patiente "à vérifier", conjoint sous Plavix
add("zu03", "txt", D(2025, 5, 6),
    must_contain=["à vérifier", "Plavix", "tamoxifène"],
    gold=make_gold("zu03", "F", 64,
                   ("present", "breast", None, {}),
                   ("present", ["pain"], True),
                   ("present", ["nocturnal"], 6),
                   ("present", ["N02BE01", "N02AX02", "H03AA01"]),
                   ("unknown", []),
                   ("unknown", []),
                   ("uncertain", ["B01AF01"]),
                   ("unknown", []),
                   ("unknown", None, None),
                   ("unknown", None)),
    blocks=[
        (P, "Dr Bernard Quéméneur\nMédecine générale\n4 rue des Tanneurs, 29770 Plouzévet\nTél 02 98 70 13 52"),
        (P, "Plouzévet, le 6 mai 2025"),
        (P, "Cher Confrère,"),
        (P, "Je me permets de vous adresser Mme Monique LE GALL, 64 ans, que je suis depuis de nombreuses années, "
            "pour avis de votre RCP métastases osseuses."),
        (P, "Dans ses antécédents : cancer du sein gauche opéré en 2015 à la clinique de Kervénan (tumorectomie + "
            "ganglion sentinelle), suivi d'une radiothérapie du sein puis de 5 ans de tamoxifène, arrêté en 2020. "
            "Je n'ai malheureusement pas le compte-rendu anatomopathologique dans mon dossier. Hypothyroïdie "
            "substituée. Pas d'autre antécédent notable. Sa mère a eu un cancer du côlon."),
        (P, "Depuis environ deux mois, elle se plaint de douleurs lombaires et de la hanche droite, qui la réveillent "
            "la nuit, EVA à 6/10 lors de ma consultation. Le scanner TAP du 29/04/2025 (Dr Rivoal, cabinet de "
            "radiologie de l'Odet) retrouve de multiples lésions ostéocondensantes et lytiques du rachis lombaire, "
            "du bassin et du fémur droit, très évocatrices de localisations secondaires de son cancer du sein. "
            "Pas de lésion viscérale. Les CA 15-3 sont à 94."),
        (P, "Traitement actuel : Doliprane 1 g x 3/j, Tramadol 50 mg jusqu'à 3/j (qu'elle tolère moyennement), "
            "Levothyrox 75 µg."),
        (P, "Elle me dit par ailleurs prendre un « fluidifiant » prescrit par le cardiologue après une phlébite "
            "l'an dernier, elle pense que c'est du Xarelto mais n'avait pas son ordonnance : à vérifier avec la "
            "pharmacie avant tout geste. (Attention, son mari, lui, est sous Plavix et il est possible qu'elle "
            "confonde les boîtes.)"),
        (P, "Elle est autonome et vit avec son mari. Je souhaiterais votre avis sur la conduite à tenir : faut-il "
            "une biopsie osseuse, une radiothérapie ? Je l'ai également adressée à son oncologue de l'époque."),
        (P, "Bien confraternellement,\nDr B. Quéméneur"),
    ])

# zu04 — PDF — chirurgien orthopédiste : enclouage prophylactique, Xarelto J-3, Kardégic arrêté
add("zu04", "pdf", D(2025, 2, 24), title="Consultation orthopédie - M. Dautrême",
    must_contain=["J-3", "Kardégic a été arrêté", "Lovenox"],
    gold=make_gold("zu04", "M", 58,
                   ("present", "kidney", "clear_cell_carcinoma", {}),
                   ("present", ["staging_imaging"], True),
                   ("present", ["mechanical"], 6),
                   ("present", ["L01EX07", "B01AF01", "M05BA08", "N02AA01", "C09AA05", "N02BE01"]),
                   ("present", ["radiotherapy"]),
                   ("present", ["M05BA08"]),
                   ("present", ["B01AF01"]),
                   ("absent", []),
                   ("present", "ecog", 1),
                   ("present", None)),
    blocks=[
        (P, "Hôpital Privé des Trois-Rivières — Chirurgie orthopédique et traumatologique"),
        (P, "Dr Frédéric Aubanel — consultations : 04 75 62 30 11"),
        (P, "Le 24/02/2025"),
        (H, "Compte rendu de consultation — M. DAUTRÊME Patrick, 58 ans"),
        (P, "Motif : avis chirurgical pour une lésion lytique du fémur proximal droit, demande de passage en RCP "
            "métastases osseuses avant geste."),
        (P, "Histoire : carcinome rénal à cellules claires gauche, néphrectomie élargie en 2019 (pT3a N0, grade "
            "ISUP 3). Récidive métastatique découverte sur le scanner de surveillance de septembre 2024 : lésions "
            "osseuses de L3, du fémur droit et de la 6e côte gauche, nodules pulmonaires infra-centimétriques. "
            "L3 a été irradiée en octobre 2024 (8 Gy en une séance) pour douleur. Traitement systémique par "
            "cabozantinib depuis octobre 2024."),
        (P, "Le 12/11/2024, thrombose veineuse profonde fémoro-poplitée gauche : mise sous rivaroxaban (Xarelto 15 mg "
            "x2 puis 20 mg/j). Le Kardégic a été arrêté à ce moment-là (prévention primaire, pas d'indication "
            "formelle)."),
        (P, "Clinique : douleur inguinale droite à l'appui et à la marche, EN 6/10, boiterie, pas de douleur nocturne. "
            "Score de Mirels à 9. Scanner du 14/02/2025 : lyse de 60 % de la corticale médiale sous-trochantérienne."),
        (H, "Traitement habituel"),
        (T, [["Cabometyx 40 mg", "1/j"],
             ["Xarelto 20 mg", "1/j le soir"],
             ["Zometa 4 mg", "IV toutes les 12 semaines (dernière perfusion le 03/02/2025)"],
             ["Skenan LP 30 mg", "matin et soir, Actiskenan 10 mg si besoin"],
             ["Triatec 5 mg", "1/j"],
             ["Paracétamol 1 g", "x 3/j"]]),
        (P, "État général : OMS 1, poursuit une activité professionnelle à temps partiel."),
        (H, "Proposition"),
        (P, "Enclouage centromédullaire prophylactique du fémur droit, à programmer dans les 3 semaines. "
            "Organisation proposée pour l'hémostase : arrêt du Xarelto à J-3 (dernière prise le soir de J-4), "
            "sans relais ; Lovenox 4000 UI/j en postopératoire à partir de J+1 puis reprise du rivaroxaban à dose "
            "curative à J+3 si la cicatrice le permet. Le Cabometyx devra être suspendu 3 semaines avant "
            "l'intervention (cicatrisation) en accord avec le Dr Gautreau, son oncologue, puis repris à J+15."),
        (P, "Questions pour la RCP : validation de l'indication chirurgicale ; radiothérapie postopératoire du fémur ? "
            "La côte gauche ne nécessite pas de geste."),
        (P, "Dr F. Aubanel"),
    ])

# zu05 — DOCX — oncologue sein : relais apixaban -> tinzaparine après saignement ; en-tête "Anticoagulant : non"
add("zu05", "docx", D(2025, 4, 15), birth=D(1972, 11, 3), title="RCP MO - Mme Ferrand-Oudot",
    author="Dr C. Baillargeat", must_contain=["Anticoagulant : non", "Innohep", "Xgeva suspendu"],
    gold=make_gold("zu05", "F", 52,
                   ("present", "breast", "invasive_ductal_carcinoma",
                    {"ER": "positive", "PR": "positive", "HER2": "negative"}),
                   ("present", ["staging_imaging"], True),
                   ("present", ["neuropathic", "nocturnal"], 5),
                   ("present", ["L01EF02", "L02BG04", "B01AB10", "N03AX16", "N02AA05", "L02AE03"]),
                   ("absent", []),
                   ("absent", []),
                   ("conflicting", ["B01AB10"]),
                   ("unknown", []),
                   ("present", "ecog", 1),
                   ("present", None)),
    blocks=[
        (P, "Institut de Cancérologie Rhône-Saône — Département d'oncologie médicale"),
        (P, "Dr Clémence Baillargeat — secrétariat 04 72 90 45 18"),
        (H, "Demande de présentation en RCP métastases osseuses du 22/04/2025"),
        (T, [["Patiente", "Mme FERRAND-OUDOT Sandrine, née le 03/11/1972"],
             ["Date du courrier", "15/04/2025"],
             ["Anticoagulant", "non"],
             ["Allergies", "pénicilline (urticaire)"]]),
        (P, "Chère consœur, cher confrère,"),
        (P, "Mme Ferrand-Oudot présente un carcinome canalaire infiltrant (NST) du sein droit, RE 90 %, RP 40 %, "
            "HER2 score 1+ (négatif), Ki67 25 %, métastatique osseux d'emblée : le TEP-TDM de bilan du 14/06/2023 "
            "montrait des fixations de T8, T11, de l'aile iliaque droite et du sternum. Elle est traitée en "
            "première ligne par ribociclib (Kisqali 600 mg, 3 semaines sur 4) + létrozole + Zoladex, avec une "
            "bonne réponse jusqu'en février 2025."),
        (P, "Sur le plan thromboembolique : embolie pulmonaire bilatérale en septembre 2024, traitée par apixaban. "
            "Le 02/03/2025, ménométrorragies abondantes avec anémie à 8,1 g/dL ; avis gynécologique et "
            "hématologique : l'apixaban a été arrêté et remplacé le 10/03/2025 par de la tinzaparine (Innohep "
            "14 000 UI/j) à poursuivre tant que la maladie est évolutive. Pas d'antécédent de thrombopénie "
            "sous héparine."),
        (P, "Elle décrit depuis février une douleur dorsale en ceinture, à type de décharges électriques "
            "irradiant vers l'hémithorax gauche, DN4 à 5/10, avec des douleurs surtout la nuit. EVA à 8/10 en "
            "mars, 5/10 ce jour sous prégabaline et oxycodone. Pas de déficit moteur, pas de troubles "
            "sphinctériens."),
        (P, "L'IRM du 28/03/2025 montre une progression de T8 avec épidurite antérieure gauche sans compression "
            "médullaire, et une nouvelle lésion de T10. Aucun traitement local n'a jamais été réalisé sur "
            "le squelette."),
        (P, "Traitement osseux : Xgeva suspendu depuis janvier 2025 en raison d'une extraction dentaire "
            "(suivi stomatologique), sa reprise sera rediscutée en mai."),
        (H, "Traitement actuel"),
        (P, "Kisqali 600 mg J1-J21 ; Femara 2,5 mg/j ; Zoladex 3,6 mg/28 j ; Innohep 14 000 UI SC/j ; "
            "Lyrica 75 mg x2 ; Oxycontin 10 mg x2 ; Oxynorm 5 mg si besoin."),
        (P, "ECOG 1. Mère : cancer du sein à 61 ans ; sœur sous anticoagulant au long cours pour une « maladie du sang » "
            "(la patiente ne sait pas préciser)."),
        (H, "Question"),
        (P, "Radiothérapie de T8-T10 (stéréotaxique ou conformationnelle) et/ou cimentoplastie de T8 ? Quelle "
            "gestion de l'Innohep en cas de geste percutané ? La ligne systémique sera probablement changée "
            "(fulvestrant + alpelisib envisagés, recherche de mutation PIK3CA en cours)."),
        (P, "Dr C. Baillargeat"),
    ])

# zu06 — TXT cp1252 — pneumologue télégraphique, biopsie : ordonnance recopiée avec Pradaxa arrêté
add("zu06", "txt", D(2025, 5, 20), encoding="cp1252",
    must_contain=["Pradaxa", "arrêté par le cardiologue", "Kardégic"],
    only_combo_paracetamol=True,
    gold=make_gold("zu06", "M", 69,
                   ("uncertain", "lung", None, {}),
                   ("present", ["incidental_imaging"], True),
                   ("present", ["mechanical"], 4),
                   ("present", ["B01AC06", "C10AA05", "C07AB07", "A02BC02", "N02AJ06"]),
                   ("absent", []),
                   ("absent", []),
                   ("absent", []),
                   ("present", ["B01AC06"]),
                   ("present", "ecog", 1),
                   ("unknown", None)),
    blocks=[
        (P, "CH de Vernoux-sur-Drôme - Pneumologie - Dr G. Sabatier - poste 4417"),
        (P, "Le 20/05/25"),
        (P, "Objet : M. PELLEGRIN Roger, 69 ans - demande RCP MO pour avis biopsie"),
        (P, "Cher ami,"),
        (P, "Pt de 69 ans, ex-tabagique 45 PA, BPCO stade 2, cardiopathie ischémique (stent IVA 2018), "
            "FA paroxystique. Découverte fortuite de lésions osseuses lytiques (aile iliaque D, L4, 7e côte) sur "
            "un TDM abdo fait aux urgences le 02/05/25 pour colique néphrétique. TDM thoracique complémentaire : "
            "masse LSD de 38 mm spiculée + ADP médiastinales. Primitif pulmonaire très probable mais pas de "
            "preuve histologique : fibro bronchique non contributive (biopsies négatives). Un myélome n'est pas "
            "formellement exclu (EPP en cours)."),
        (P, "Dlr : hanche D à la marche, EVA 4, pas de dlr nocturne, pas de radiculalgie."),
        (P, "Jamais irradié, pas de ttt osseux (ni biphosphonate ni Xgeva)."),
        (P, "Ttt (ordonnance de mars jointe au dossier) :\n- Kardégic 75 mg 1/j\n- Pradaxa 110 mg x2\n"
            "- Tahor 40\n- Cardensiel 2,5\n- Inipomp 40\n- Dafalgan codéiné 2 cp x3/j\n- Seretide 250 2 bouffées x2"),
        (P, "NB : l'ordonnance jointe date de mars. Le Pradaxa a été arrêté par le cardiologue (Dr Moulin) "
            "le 14/04/25, FA paroxystique avec un seul épisode, CHA2DS2-VASc jugé insuffisant ; il reste "
            "sous Kardégic seul, à poursuivre pour son stent."),
        (P, "PS 1, poids stable. Calcémie normale."),
        (P, "Question : quel site biopser ? Biopsie scanno-guidée de l'aile iliaque D sous Kardégic "
            "envisageable sans arrêt ? Le projet thérapeutique sera discuté en RCP thoracique dès l'histologie."),
        (P, "Amitiés,\nGS"),
    ])

# zu07 — PDF — radiothérapeute : DAPT après stent récent, RT en cours, hypercalcémie révélatrice
add("zu07", "pdf", D(2025, 4, 18), birth=D(1950, 4, 21), title="Demande RCP MO - M. Castagnède",
    must_contain=["Brilique", "Pas d'anticoagulant", "Sintrom"],
    gold=make_gold("zu07", "M", 74,
                   ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
                   ("present", ["hypercalcemia"], True),
                   ("present", ["nocturnal"], 3),
                   ("present", ["L02BX03", "H02AB07", "L02AE04", "B01AC24", "B01AC06", "M05BX04",
                                "N02AA01", "C10AA05", "A02BC01", "A12AX"]),
                   ("present", ["radiotherapy"]),
                   ("present", ["M05BX04"]),
                   ("absent", []),
                   ("present", ["B01AC06", "B01AC24"]),
                   ("present", "kps", 70),
                   ("present", "palliative")),
    blocks=[
        (P, "Centre de Radiothérapie Saint-Exupère — 12 allée des Cèdres, 31990 Montesquieu-Lauragais"),
        (P, "Dr Anne-Laure Vigouroux, oncologue radiothérapeute — 05 61 27 88 40"),
        (P, "Montesquieu, le 18/04/2025"),
        (H, "Demande d'avis RCP métastases osseuses"),
        (P, "Patient : M. CASTAGNÈDE Jean-Pierre, né le 21/04/1950."),
        (P, "Diagnostic : adénocarcinome prostatique Gleason 9 (4+5) diagnostiqué en janvier 2023, métastatique "
            "osseux d'emblée. Les métastases ont été révélées par une hypercalcémie à 3,1 mmol/L (confusion, "
            "déshydratation) le 08/01/2023, le bilan ayant retrouvé des lésions diffuses du rachis et du "
            "bassin. Actuellement résistant à la castration : PSA 45 ng/mL le 02/04/2025 (nadir 3,2)."),
        (P, "Traitement oncologique : Décapeptyl 22,5 mg/6 mois + Zytiga 1000 mg/j avec Cortancyl 5 mg x2 "
            "depuis septembre 2024. Xgeva 120 mg toutes les 4 semaines depuis 2023 ; Cacit D3 1 sachet/j."),
        (P, "Cardiologie : syndrome coronarien aigu ST+ le 10/02/2025, angioplastie avec 2 stents actifs sur "
            "l'IVA. Double antiagrégation plaquettaire Kardégic 75 mg + Brilique 90 mg x2 pour 12 mois ; le "
            "cardiologue (Dr Lassalle) s'oppose à tout arrêt du Brilique avant août 2025, le Kardégic ne "
            "devant jamais être interrompu. Pas d'anticoagulant. (Son frère, qui l'accompagne, est sous Sintrom.)"),
        (P, "Autres traitements : Skenan LP 20 mg x2, Tahor 80 mg, Mopral 20 mg."),
        (P, "Douleur : dorsalgie T10, surtout la nuit, EVA 3/10 ce jour sous morphine (6/10 avant la "
            "radiothérapie). Pas de signe neurologique."),
        (P, "Traitements locaux : une radiothérapie de T9-T11 est en cours depuis le 14/04/2025 (20 Gy en "
            "5 fractions, fin prévue le 22/04/2025). Pas de chirurgie ni de cimentoplastie antérieure."),
        (P, "Indice de Karnofsky 70 %."),
        (P, "Question à la RCP : l'IRM du 09/04/2025 montre un tassement de T10 de 40 % avec recul du mur "
            "postérieur. Faut-il envisager une stabilisation chirurgicale ou une cimentoplastie après la "
            "radiothérapie, et si oui comment gérer la double antiagrégation (geste sous Kardégic seul "
            "impossible avant août) ? La prise en charge reste palliative ; une chimiothérapie par docétaxel "
            "est envisagée à la progression."),
        (P, "Bien cordialement,"),
        (P, "Dr A.-L. Vigouroux"),
    ])

# zu08 — DOCX — consultation d'anesthésie / radiologie interventionnelle : valve mécanique, Coumadine, relais héparine planifié
add("zu08", "docx", D(2025, 3, 27), title="Consultation pré-cimentoplastie - Mme Brochard",
    author="Dr P. Ménétrier", must_contain=["Calciparine", "Antiagrégant : NON", "INR"],
    gold=make_gold("zu08", "F", 80,
                   ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
                   ("present", ["pathological_fracture"], True),
                   ("present", ["mechanical"], 7),
                   ("present", ["L01BC06", "B01AA03", "C03CA01", "C07AB07", "N02AA05", "N02BE01", "A06AD15"]),
                   ("present", ["radiotherapy"]),
                   ("unknown", []),
                   ("present", ["B01AA03"]),
                   ("absent", []),
                   ("present", "ecog", 2),
                   ("present", None)),
    blocks=[
        (H, "CHU de Valmont — Radiologie interventionnelle ostéo-articulaire"),
        (P, "Consultation pré-procédure du 27/03/2025 — Dr Pauline Ménétrier — 03 87 55 20 63"),
        (P, "Mme BROCHARD Odette, 80 ans, adressée par le Dr Tissandier (oncologie digestive) pour "
            "cimentoplastie de L1 ; dossier à présenter à la RCP métastases osseuses du 03/04/2025."),
        (H, "Histoire oncologique"),
        (P, "Adénocarcinome du côlon sigmoïde opéré en 2022 (pT3N1), KRAS muté G12D, BRAF non muté, MSS. "
            "Récidive hépatique et osseuse en 2024. Le 11/02/2025, tassement brutal de L1 lors d'un effort de "
            "soulèvement : fracture pathologique sur métastase lytique (scanner du 12/02/2025). Une radiothérapie "
            "de L1 (20 Gy en 5 fractions) a été terminée le 14/03/2025. Chimiothérapie actuelle par capécitabine "
            "(Xeloda) en monothérapie, en raison de l'âge."),
        (H, "Douleur"),
        (P, "Lombalgie haute mécanique, majorée à la mobilisation et à la station debout, EVA 7/10, non soulagée "
            "par la radiothérapie. Pas de radiculalgie, pas de déficit."),
        (H, "Questionnaire hémostase (rempli avec la patiente et sa fille)"),
        (T, [["Anticoagulant", "OUI — Coumadine (warfarine) 5 mg/j, valve mitrale mécanique (2009), INR cible 3–3,5"],
             ["Antiagrégant", "NON"],
             ["Trouble connu de l'hémostase", "NON"],
             ["Dernier INR", "2,8 le 25/03/2025"]]),
        (P, "Antiagrégant : NON. Sa fille précise qu'elle prenait de l'Aspirine « pour le cœur » il y a "
            "plusieurs années, arrêtée à la pose de la valve."),
        (H, "Ordonnance en cours"),
        (T, [["Xeloda 500 mg", "1500 mg matin et soir J1-J14 / 21 j"],
             ["Coumadine 5 mg", "1 cp le soir"],
             ["Lasilix 40 mg", "1 cp le matin"],
             ["Cardensiel 1,25 mg", "1 cp le matin"],
             ["Oxynorm 5 mg", "jusqu'à 4/j"],
             ["Doliprane 1 g", "x 3/j"],
             ["Forlax", "1 sachet/j"]]),
        (H, "Conduite à tenir proposée"),
        (P, "Valve mécanique mitrale = haut risque thrombotique : arrêt de la Coumadine à J-5, relais par "
            "héparine calcique (Calciparine) SC dès que l'INR < 2, dernière injection à H-12 ; contrôle INR "
            "et plaquettes la veille. Reprise de la Coumadine le soir du geste, héparine jusqu'à INR cible. "
            "Le Xeloda sera poursuivi."),
        (P, "OMS 2 (alitée une partie de la journée du fait de la douleur). Espérance de vie estimée à plus "
            "de 6 mois par son oncologue."),
        (P, "Question RCP : cimentoplastie de L1 après radiothérapie — indication validée ? Intérêt d'une "
            "ablation associée ? (Traitement osseux de fond non renseigné dans le dossier transmis.)"),
        (P, "Dr P. Ménétrier"),
    ])

# zu09 — TXT CRLF — interne d'oncologie, e-mail : récidive thrombotique sous Eliquis -> Fragmine, fenêtre 24 h
add("zu09", "txt", D(2025, 4, 9), crlf=True,
    must_contain=["Fragmine", "Eliquis arrêté", "pas d'AAP"],
    gold=make_gold("zu09", "M", 63,
                   ("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}),
                   ("present", ["pain"], True),
                   ("present", ["mechanical", "nocturnal"], 3),
                   ("present", ["L01ED03", "B01AB04", "N02AA01", "N02BE01", "A06AD65", "N05CF01"]),
                   ("present", ["radiotherapy"]),
                   ("absent", []),
                   ("present", ["B01AB04"]),
                   ("absent", []),
                   ("present", "ecog", 1),
                   ("present", None)),
    blocks=[
        (P, "De : Thomas Renaudin (interne DES oncologie, HDJ onco thoracique, CH Aurignac-Lévézou)\n"
            "À : rcp.metastases-osseuses@chu-valmont.fr\nDate : mer. 9 avr. 2025 16:42\n"
            "Objet : Demande RCP MO - M. DUCHAMP Éric"),
        (P, "Bonjour,"),
        (P, "Je vous envoie la demande pour M. DUCHAMP Éric, 63 ans, pour la RCP du 16/04 si possible "
            "(de la part du Dr Albertini)."),
        (P, "- ADK pulmonaire LIG stade IV, ALK réarrangé (IHC + FISH), EGFR sauvage, PD-L1 10 %. Diag en "
            "2022.\n- Alecensa 600 mg x2/j depuis 09/2022, réponse maintenue sur le TEP du 20/03/25 sauf au "
            "niveau osseux.\n- Osseux : T5 traité par SBRT 3x9 Gy en 2023 (oligoprogression). Nouvelle "
            "dlr de la fesse D depuis début février 2025 -> IRM bassin le 25/02 : lésion lytique du toit "
            "du cotyle D de 4 cm, rupture corticale partielle."),
        (P, "- Dlr : fesse/aine D à la marche + réveils nocturnes. EN 6/10 à l'entrée en HDJ, 3/10 ce jour "
            "sous Skenan LP 30 x2. Pas de brûlures ni de décharges."),
        (P, "- Thrombose : EP segmentaire le 06/01/25 -> Eliquis 10 x2 puis 5 x2. Récidive (TVP surale D) "
            "sous Eliquis bien pris le 18/03/25 -> Eliquis arrêté, passage à Fragmine 200 UI/kg/j (15 000 UI/j) "
            "depuis le 19/03, au long cours.\n- pas d'AAP.\n- pas d'anti-résorptif pour l'instant (Xgeva à "
            "discuter selon avis dentaire)."),
        (P, "- Ttt : Alecensa 150 mg 4 gél x2/j, Fragmine 15 000 UI SC/j, Skenan LP 30 mg x2, "
            "Actiskenan 10 si besoin, Doliprane 1 g x4, Movicol 1/j, Imovane 7,5 le soir."),
        (P, "- PS 1, vit seul, autonome."),
        (P, "Question : RF ou cryo + cimentoplastie du cotyle D vs RT seule ? Si geste percutané : on propose "
            "dernière injection de Fragmine 24 h avant, reprise 24 h après (avis de l'hémato, Dr Nakache). "
            "L'alectinib sera poursuivi."),
        (P, "Merci beaucoup,\nThomas Renaudin\nInterne, poste 6620"),
    ])

# zu10 — PDF — gériatre : Lovenox post-opératoire en cours, "une aspirine le matin" rapportée, à vérifier
add("zu10", "pdf", D(2025, 4, 8), birth=D(1938, 12, 30), title="Courrier gériatrie - Mme Pouzadoux",
    must_contain=["à vérifier", "non renouvelée", "Lovenox 4000"],
    gold=make_gold("zu10", "F", 86,
                   ("present", "breast", "invasive_lobular_carcinoma",
                    {"ER": "positive", "PR": "negative", "HER2": "negative"}),
                   ("present", ["pathological_fracture"], True),
                   ("present", ["mechanical"], 4),
                   ("present", ["L02BG04", "B01AB05", "N02BE01", "N02AX02", "A11CC05", "C03CA01"]),
                   ("present", ["surgery"]),
                   ("absent", []),
                   ("present", ["B01AB05"]),
                   ("uncertain", ["B01AC06"]),
                   ("present", "kps", 50),
                   ("present", "palliative")),
    blocks=[
        (P, "Hôpital gériatrique Les Tilleuls — Court séjour gériatrique — Dr Martine Lacombe-Ferrières"),
        (P, "Tél. 05 55 34 71 26 — Fax 05 55 34 71 27"),
        (P, "Le 8 avril 2025"),
        (H, "Mme POUZADOUX Germaine, née le 30/12/1938"),
        (P, "Chère collègue,"),
        (P, "J'ai pris en charge dans le service Mme Pouzadoux, 86 ans, hospitalisée depuis le 17/03/2025 "
            "après une fracture de l'humérus droit sur traumatisme minime (chute de sa hauteur) : la radiographie "
            "a montré une fracture sur lésion lytique. Elle a été opérée le 19/03/2025 (enclouage centromédullaire, "
            "Dr Sarrazin) ; l'analyse du curetage a confirmé une métastase d'un carcinome lobulaire infiltrant "
            "mammaire, RE positif (80 %), RP négatif, HER2 score 0. Le scanner d'extension a retrouvé une masse "
            "du sein gauche de 3 cm et deux autres lésions osseuses (bassin, L2), asymptomatiques."),
        (P, "Une hormonothérapie par létrozole (Femara 2,5 mg/j) a été débutée le 28/03/2025 après avis "
            "oncologique, la prise en charge étant d'emblée palliative compte tenu de l'âge et des "
            "comorbidités."),
        (P, "Antécédents : ostéoporose fracturaire (tassement de L1 en 2018) traitée par Fosamax de 2018 à 2019 "
            "puis une perfusion unique d'Aclasta en 2021, non renouvelée ; plus aucun traitement de "
            "l'ostéoporose depuis. Insuffisance cardiaque à FEVG préservée. Troubles cognitifs légers (MMSE 23/30)."),
        (P, "Douleur : épaule droite, EVA 4/10, majorée à la mobilisation, bien contrôlée au repos."),
        (H, "Traitement à la sortie"),
        (T, [["Femara 2,5 mg", "1 cp/j"],
             ["Lovenox 4000 UI", "1 inj. SC/j jusqu'au 20/04/2025 inclus (prévention post-opératoire)"],
             ["Doliprane 1 g", "x 3/j"],
             ["Topalgic 50 mg", "si douleur, max 2/j"],
             ["Uvedose 100 000 UI", "1 ampoule/3 mois"],
             ["Lasilix 20 mg", "1 cp le matin"]]),
        (P, "Par ailleurs, Mme Pouzadoux dit prendre « une aspirine le matin » à domicile ; ce traitement ne "
            "figure sur aucune ordonnance et son fils ne sait pas si elle le prend réellement : à vérifier "
            "(automédication ?). Nous ne l'avons pas donnée pendant l'hospitalisation."),
        (P, "Autonomie : Karnofsky 50 %, marche avec déambulateur, retour à domicile avec aides prévu."),
        (P, "Je souhaiterais l'avis de la RCP métastases osseuses sur l'intérêt d'une radiothérapie "
            "post-opératoire de l'humérus et sur la mise en route d'un traitement osseux (dénosumab ?) "
            "après bilan dentaire. Aucune radiothérapie n'a été réalisée à ce jour."),
        (P, "Avec mes remerciements,"),
        (P, "Dr M. Lacombe-Ferrières"),
    ])

# zu11 — DOCX — oncologue (mélanome) : anticoagulation arrêtée définitivement après hémorragie, filtre cave
add("zu11", "docx", D(2025, 5, 14), title="RCP MO - M. Lestringant", author="Dr S. Ouaknine",
    must_contain=["arrêt définitif", "Opdivo", "Préviscan"],
    gold=make_gold("zu11", "M", 55,
                   ("present", "melanoma", "other", {"BRAF": "positive"}),
                   ("present", ["neurological_deficit"], True),
                   ("absent", [], None),
                   ("present", ["M05BX04", "H02AB02", "A02BC05", "A12AX"]),
                   ("present", ["radiotherapy", "surgery"]),
                   ("present", ["M05BX04"]),
                   ("absent", []),
                   ("absent", []),
                   ("present", "ecog", 2),
                   ("present", None)),
    blocks=[
        (P, "Centre Hospitalier Universitaire de Valmont — Dermato-oncologie"),
        (P, "Dr Samuel Ouaknine — 03 87 55 31 09"),
        (P, "Valmont, le 14 mai 2025"),
        (H, "Demande d'avis — RCP métastases osseuses"),
        (P, "M. LESTRINGANT Didier, 55 ans."),
        (P, "Mélanome du dos (SSM, Breslow 3,2 mm) opéré en 2021, BRAF V600E muté. Récidive ganglionnaire puis "
            "métastatique en 2023 traitée par nivolumab (Opdivo) arrêté en avril 2024 pour colite immuno-induite "
            "de grade 3. Depuis mai 2024 : dabrafénib + tramétinib (Tafinlar 150 mg x2 + Mekinist 2 mg/j)."),
        (P, "Le 03/02/2025, paraparésie d'installation rapide révélant une compression médullaire sur "
            "métastase de T6 (première localisation osseuse connue). Laminectomie décompressive et ostéosynthèse "
            "T4-T8 en urgence le 04/02/2025 (Dr Fabre-Lucchini), puis radiothérapie post-opératoire 30 Gy en 10 "
            "fractions terminée le 07/03/2025. Récupération partielle, marche avec une canne."),
        (P, "Thrombose : embolie pulmonaire en août 2024 sous rivaroxaban. Le 20/02/2025, hématome intracérébral "
            "sur métastase pariétale droite (radiochirurgie le 10/03/2025) : arrêt définitif de toute "
            "anticoagulation décidé avec les neurologues, pose d'un filtre cave le 21/02/2025. Ni anticoagulant "
            "ni antiagrégant depuis, y compris en prévention."),
        (P, "Il ne se plaint plus d'aucune douleur depuis la chirurgie, pas de douleur neuropathique."),
        (H, "Traitements en cours"),
        (T, [["Tafinlar 75 mg", "2 gél. matin et soir"],
             ["Mekinist 2 mg", "1 cp/j"],
             ["Xgeva 120 mg", "1 inj. SC/4 semaines depuis le 10/03/2025"],
             ["Dexaméthasone 2 mg", "1/j (décroissance en cours)"],
             ["Keppra 500 mg", "x 2/j"],
             ["Inexium 40 mg", "1/j"],
             ["Cacit D3", "1 sachet/j"]]),
        (P, "OMS 2. Antécédents familiaux : père sous Préviscan pour une ACFA, frère traité pour un mélanome "
            "in situ."),
        (P, "Question : le scanner du 30/04/2025 montre une nouvelle lésion lytique de l'acétabulum gauche, "
            "à risque fracturaire modéré, chez un patient chez qui tout anticoagulant est contre-indiqué. "
            "Radiothérapie seule ou cimentoplastie/vissage percutané ? Quelle prophylaxie thromboembolique "
            "mécanique proposer en cas de geste ? La thérapie ciblée BRAF/MEK est poursuivie."),
        (P, "Bien à vous,"),
        (P, "Dr S. Ouaknine"),
    ])

# zu12 — TXT — médecin traitant, courrier court : « AVK » sans nom, douleur sans type, scintigraphie non datée
add("zu12", "txt", D(2025, 6, 3),
    must_contain=["sous AVK", "Pas d'aspirine", "Eliquis"],
    gold=make_gold("zu12", "M", 81,
                   ("present", "prostate", None, {"PSA": "positive"}),
                   ("present", ["staging_imaging"], False),
                   ("present", [], None),
                   ("present", ["L02AE02", "N02BE01"]),
                   ("unknown", []),
                   ("unknown", []),
                   ("present", []),
                   ("absent", []),
                   ("present", None, None),
                   ("present", None)),
    blocks=[
        (P, "Dr Jacqueline Vernhes\nMédecin généraliste\nMaison de santé de Saint-Geniez-des-Causses\n"
            "05 65 47 90 31"),
        (P, "St-Geniez le 03/06/2025"),
        (P, "Cher confrère,"),
        (P, "Je vous adresse M. ALBOUY Marcel, 81 ans, suivi pour un cancer de la prostate depuis 2019 par le "
            "Dr Carrère (urologue), sous Eligard tous les 6 mois. Sur la dernière scintigraphie de suivi, "
            "apparition de plusieurs fixations costales et vertébrales, et le PSA remonte (12 ng/ml, il était "
            "à 2)."),
        (P, "Il se plaint de douleurs costales, calmées par le Doliprane 1 g 3 fois/j."),
        (P, "Il est sous AVK pour une FA, avec un INR instable (je n'ai pas la dose exacte, c'est sa femme "
            "qui gère le carnet ; elle-même est sous Eliquis). Pas d'aspirine."),
        (P, "Je le trouve fatigué, il a maigri de 4 kg ; je pense que son espérance de vie est de l'ordre de "
            "quelques mois à un an. Il souhaite rester à domicile."),
        (P, "Merci de me dire si une radiothérapie ou un autre traitement des os est utile, et ce qu'il faudrait "
            "faire de l'AVK le cas échéant."),
        (P, "Bien cordialement,\nDr Vernhes"),
    ])


def main() -> int:
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    built = []
    try:
        ids = [L["id"] for L in LETTERS]
        need(len(ids) == len(set(ids)), "duplicate ids")
        for L in LETTERS:
            text = block_text(L["blocks"])
            check(L, L["gold"], text)
            built.append((L, text))
    except ContractViolation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    letters_dir.mkdir(exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    for old in list(letters_dir.iterdir()) + list(gold_dir.iterdir()):
        old.unlink()
    pdfw = None
    for L, text in built:
        stem, fmt = L["id"], L["fmt"]
        path = letters_dir / f"{stem}.{fmt}"
        when = dt.datetime.combine(L["date"], dt.time(9, 30))
        if fmt == "txt":
            data = text + "\n"
            if L.get("crlf"):
                data = data.replace("\n", "\r\n")
            path.write_bytes(data.encode(L.get("encoding", "utf-8")))
        elif fmt == "pdf":
            pdfw = pdfw or PdfWriter()
            creation = when.strftime("D:%Y%m%d%H%M%S+02'00'")
            path.write_bytes(pdfw.build(L["blocks"], creation, L["title"]))
        else:
            path.write_bytes(build_docx(L["blocks"], when, L["author"], L["title"]))
        (gold_dir / f"{stem}.json").write_text(
            json.dumps(L["gold"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(built)} letters and golds; contract checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
