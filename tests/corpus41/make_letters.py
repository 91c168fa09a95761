#!/usr/bin/env python3
"""corpus41: 12 blind referral letters (Belgium, Alsace, Lorraine) + gold records.

Run from /work/main:  .venv/bin/python tests/corpus41/make_letters.py
Checks every gold against the contract (shared/spec/rcp-request.md), exits
with "CONTRACT VIOLATION: ..." on any failure, then writes letters/ and gold/
byte-identically on every run.
"""
from __future__ import annotations

import io
import json
import sys
import unicodedata
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = Path("/work/shared/spec")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FIXED_DT = datetime(2025, 10, 31, 9, 0, 0)


# ---------------------------------------------------------------- contract
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
MARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2",
           "PD-L1", "ER", "PR", "PSA"}
RESULTS = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
        "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}
# extra name hints (used only to check that a gold code is named in the letter)
ALIASES = {
    "A12AX": ["calcium"], "B01AC06": ["asaflow", "aas", "aspirine"],
    "B01AB05": ["clexane"], "N02AX02": ["tradonal"], "A02BC02": ["pantomed"],
    "C07AB07": ["emconcor"], "C10AA05": ["lipitor"], "H03AA01": ["euthyrox"],
    "A11CC05": ["d-cure"], "N02BE01": ["perdolan"], "B01AA03": ["marevan"],
    "H02AB04": ["medrol"], "C09AA05": ["tritace"],
}


def fail(msg: str) -> None:
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc() -> dict[str, list[str]]:
    ref = {}
    for line in (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        f = line.split("\t")
        names = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
        ref[f[0]] = names
    return ref


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'")


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's gap rule, applied to a gold record (nine items, in spec order)."""
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
            or (item == "primaryTumor" and not sec["histology"])
            or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
        )
        if incomplete:
            gaps.append([item, "incomplete"])
    return gaps


def age_at(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def check(L: dict, gold: dict, text: str, ref: dict) -> None:
    lid = L["id"]
    ntext = norm(text)

    def need(cond, msg):
        if not cond:
            fail(f"{lid}: {msg}")

    need(gold["id"] == lid, "id differs from file stem")
    pat = gold["patient"]
    need(pat["sex"] in ("F", "M"), "sex")
    if L.get("birth"):
        b = date.fromisoformat(L["birth"])
        need(pat["age"] == age_at(b, date.fromisoformat(L["date"])), "age not recomputed from birth date")
        need(b.strftime("%d/%m/%Y") in text, "birth date not in letter")
    else:
        need(f"{pat['age']} ans" in text, "stated age not in letter")
    for item, allowed in ALLOWED.items():
        need(item in gold, f"missing {item}")
        need(gold[item]["status"] in allowed, f"{item} status {gold[item]['status']} not allowed")
    pt = gold["primaryTumor"]
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], "unknown tumour with values")
    need(pt["site"] is None or pt["site"] in SITES, "site code")
    need(pt["histology"] is None or pt["histology"] in HISTO, "histology code")
    for k, v in pt["biomarkers"].items():
        need(k in MARKERS and v in RESULTS, f"biomarker {k}={v}")
    bd = gold["boneDiagnosis"]
    need(set(bd["circumstances"]) <= CIRC, "circumstance code")
    need(isinstance(bd["dated"], bool), "dated must be bool")
    if bd["status"] == "present":
        need(len(bd["circumstances"]) >= 1, "boneDiagnosis present without circumstance")
    else:
        need(not bd["circumstances"] and not bd["dated"], "unknown boneDiagnosis with values")
    pn = gold["pain"]
    need(set(pn["types"]) <= PAIN_TYPES, "pain type code")
    need(pn["intensity"] is None or (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10), "intensity")
    if pn["status"] in ("absent", "unknown"):
        need(not pn["types"], "pain types without pain")
    if pn["status"] == "absent":
        need(pn["intensity"] in (None, 0), "absent pain with intensity > 0")
    if pn["intensity"] is not None:
        need(f"{pn['intensity']}/10" in text.replace(" /", "/") or f"EVA {pn['intensity']}" in text
             or f"EN {pn['intensity']}" in text, "intensity not found in letter")
    cm = gold["currentMedications"]
    for c in cm["atc"]:
        need(c in ref, f"ATC {c} not in atc-reference.tsv")
    need(len(set(cm["atc"])) == len(cm["atc"]), "duplicate ATC")
    if cm["status"] != "present":
        need(not cm["atc"], "non-present medications with codes")
    plt = gold["priorLocalTreatments"]
    need(set(plt["types"]) <= LOCAL, "local treatment type")
    if plt["status"] in ("absent", "unknown"):
        need(not plt["types"], "local types with absent/unknown")
    if plt["status"] == "present":
        need(plt["types"], "local treatment present without type")
    for sec, prefixes in AGENT_PREFIX.items():
        s = gold[sec]
        for c in s["atc"]:
            need(c in ref, f"{sec} ATC {c} not in reference")
            need(c.startswith(prefixes), f"{sec} agent {c} outside its ATC class")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            need(set(s["atc"]) <= set(cm["atc"]), f"{sec} agents not in currentMedications")
        if s["status"] == "uncertain":
            need(not (set(s["atc"]) & set(cm["atc"])), f"{sec} doubtful agent listed as current")
    # every code of the agent classes in current meds must sit in its section
    for c in cm["atc"]:
        for sec, prefixes in AGENT_PREFIX.items():
            if c.startswith(prefixes):
                need(c in gold[sec]["atc"] and gold[sec]["status"] in ("present", "conflicting"),
                     f"current {c} missing from {sec}")
    pr = gold["prognosis"]
    need(set(pr) <= {"status", "ecog", "kps"}, "prognosis keys")
    if pr.get("ecog") is not None:
        need(pr["ecog"] in range(0, 5), "ecog range")
    if pr.get("kps") is not None:
        need(pr["kps"] in range(0, 101, 10), "kps range")
        need("ecog" not in pr, "kps and ecog both (kps only if no ECOG)")
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and pr.get("kps") is None, "unknown prognosis with value")
    tp = gold["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, "intent code")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "intent without project")
    word = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"]:
        need(word[tp["intent"]] in ntext, "intent not worded in letter")
    # every gold code is named in the letter (DCI, INN, brand or alias)
    allcodes = set(cm["atc"]) | {c for s in AGENT_PREFIX for c in gold[s]["atc"]}
    for c in allcodes:
        names = ref[c] + ALIASES.get(c, [])
        need(any(norm(n) in ntext for n in names), f"drug {c} not named in letter")
    need(gold["gaps"] == derive_gaps(gold), "gaps differ from the gap rule")
    need(set(gold) == {"id", "patient", *ALLOWED, "gaps"}, "unexpected keys")


# ---------------------------------------------------------------- writers
def write_txt(path: Path, L: dict) -> None:
    text = L["text"]
    nl = L.get("newline", "\n")
    data = text.replace("\n", nl).encode(L.get("encoding", "utf-8"))
    path.write_bytes(data)


def docx_blocks_text(blocks) -> str:
    out = []
    for b in blocks:
        if b[0] == "table":
            for row in b[1]:
                out.append(" | ".join(row))
        else:
            out.append(b[1])
    return "\n".join(out)


def write_docx(path: Path, L: dict) -> None:
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for b in L["blocks"]:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=2)
        elif kind == "title":
            d.add_heading(b[1], level=1)
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
    cp = d.core_properties
    cp.author = L["author"]
    cp.last_modified_by = L["author"]
    cp.title = "Demande RCP métastases osseuses"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 31, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


_WIDTHS = None


def widths() -> list[int]:
    global _WIDTHS
    if _WIDTHS is None:
        from PIL import ImageFont
        f = ImageFont.truetype(FONT, 1000)
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
    w = widths()
    return sum(w[b - 32] if b >= 32 else 0 for b in s.encode("cp1252")) * size / 1000


def wrap(line: str, size: float, maxw: float) -> list[str]:
    if text_width(line, size) <= maxw:
        return [line]
    indent = len(line) - len(line.lstrip(" "))
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if text_width(cand, size) <= maxw or not cur.strip():
            cur = cand
        else:
            out.append(cur)
            cur = " " * (indent + 2) + w
    out.append(cur)
    return out


def pdf_escape(b: bytes) -> bytes:
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def write_pdf(path: Path, L: dict) -> None:
    """Text PDF, A4, DejaVu Sans embedded (simple TrueType, WinAnsiEncoding)."""
    W, H, M = 595, 842, 56
    pages, cur, y = [], [], H - M
    for raw in L["text"].split("\n"):
        if raw.startswith("## "):
            size, line, gap = 11.5, raw[3:], 4
        elif raw.startswith("# "):
            size, line, gap = 14, raw[2:], 6
        elif raw == "\f":
            pages.append(cur); cur, y = [], H - M
            continue
        else:
            size, line, gap = 9.8, raw, 0
        for part in wrap(line, size, W - 2 * M):
            lead = size * 1.35 + gap
            if y - lead < M:
                pages.append(cur); cur, y = [], H - M
            y -= lead
            cur.append((M, y, size, part))
    pages.append(cur)
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    font_bytes = Path(FONT).read_bytes()
    comp = zlib.compress(font_bytes, 9)
    ff = add(b"<< /Length %d /Length1 %d /Filter /FlateDecode >>\nstream\n" % (len(comp), len(font_bytes)) + comp + b"\nendstream")
    fd = add(b"<< /Type /FontDescriptor /FontName /DejaVuSans /Flags 32 /FontBBox [-1021 -463 1793 1232] "
             b"/ItalicAngle 0 /Ascent 928 /Descent -236 /CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff)
    wl = " ".join(str(x) for x in widths()).encode()
    font = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /DejaVuSans /FirstChar 32 /LastChar 255 "
               b"/Widths [" + wl + b"] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % fd)
    pages_id = len(objs) + 1 + 2 * len(pages)  # reserved later
    page_ids = []
    for pg in pages:
        ops = [b"BT"]
        for x, yy, size, s in pg:
            ops.append(b"/F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm (" % (size, x, yy) + pdf_escape(s.encode("cp1252")) + b") Tj")
        ops.append(b"ET")
        content = zlib.compress(b"\n".join(ops), 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                            % (pages_id, W, H, font, cid)))
    kids = " ".join(f"{p} 0 R" for p in page_ids).encode()
    assert add(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_ids)) == pages_id
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Producer (corpus41 make_letters.py) /Creator (" + pdf_escape(L["author"].encode("cp1252")) +
               b") /CreationDate (D:20251031090000+01'00') /ModDate (D:20251031090000+01'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    path.write_bytes(bytes(out))


# ---------------------------------------------------------------- main
def main() -> int:
    ref = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    golds = {}
    for L in LETTERS:
        g = json.loads(json.dumps(L["gold"]))
        g = {"id": L["id"], **g}
        g["gaps"] = derive_gaps(g)
        # contract check runs on the final record (gaps included)
        if L["fmt"] == "docx":
            text = docx_blocks_text(L["blocks"])
        else:
            text = L["text"]
            if L["fmt"] == "pdf":
                try:
                    text.encode("cp1252")
                except UnicodeEncodeError as e:
                    fail(f"{L['id']}: PDF text not WinAnsi-encodable: {e}")
        for k in ("primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
                  "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            for key in ("atc", "types", "circumstances"):
                if key in g[k]:
                    g[k][key] = sorted(g[k][key])
        check(L, g, text, ref)
        golds[L["id"]] = (g, L)
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for lid, (g, L) in golds.items():
        ext = {"txt": "txt", "pdf": "pdf", "docx": "docx"}[L["fmt"]]
        dest = HERE / "letters" / f"{lid}.{ext}"
        {"txt": write_txt, "pdf": write_pdf, "docx": write_docx}[L["fmt"]](dest, L)
        (HERE / "gold" / f"{lid}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"ok: {len(golds)} letters and golds written to {HERE}")
    return 0


# ================================================================ letters + gold
def G(sex, age, pt, bd, pain, meds, local, btt, ac, ap, prog, proj):
    """Compact gold builder. pt=(status, site, histology, biomarkers)."""
    st, site, hist, bm = pt
    prognosis = {"status": prog[0]}
    if prog[1] is not None:
        prognosis[prog[1]] = prog[2]
    if "ecog" not in prognosis and "kps" not in prognosis:
        prognosis["ecog"] = None
    return {
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": st, "site": site, "histology": hist, "biomarkers": bm},
        "boneDiagnosis": {"status": bd[0], "circumstances": bd[1], "dated": bd[2]},
        "pain": {"status": pain[0], "types": pain[1], "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": meds[1]},
        "priorLocalTreatments": {"status": local[0], "types": local[1]},
        "boneTargetedTherapy": {"status": btt[0], "atc": btt[1]},
        "anticoagulation": {"status": ac[0], "atc": ac[1]},
        "antiplatelets": {"status": ap[0], "atc": ap[1]},
        "prognosis": prognosis,
        "therapeuticProject": {"status": proj[0], "intent": proj[1]},
    }


LETTERS = []

# ---------------------------------------------------------------- zo01
LETTERS.append(dict(id="zo01", fmt="txt", date="2025-10-06", author="Dr T. Verhaegen", text="""\
CHU Mosan - Site de Jambes
Service de Pneumologie - Oncologie thoracique
Dr Thibault VERHAEGEN, pneumologue
Secrétariat : 081/72 43 18 - pneumo.jambes@chumosan.example.be

                                              Jambes, le 6 octobre 2025

Concerne : M. LEMAIRE Dominique, 63 ans
N° dossier : 0487-22316
Destinataire : RCP « métastases osseuses » - Dr Ch. Pirson

Cher Confrère,

Je me permets de vous adresser ce patient que nous suivons pour un adénocarcinome pulmonaire, pour discussion lors de votre prochaine concertation.

ANAMNESE
Patient de 63 ans, ex-fumeur (40 UPA, sevré en 2019), ancien carreleur. ATCD : HTA, appendicectomie dans l'enfance, hernie discale L4-L5 opérée en 2004. Père décédé d'un cancer de l'estomac.
Adénocarcinome pulmonaire du LIG cT3N2M1c, diagnostiqué en avril 2025 (EBUS-TBNA du 07/04/2025). Biologie moléculaire (NGS) : délétion de l'exon 19 de l'EGFR ; ALK négatif en IHC ; PD-L1 5 %.
Lombalgies depuis mars 2025, mises initialement sur le compte de l'arthrose par son médecin traitant ; c'est l'IRM lombaire demandée pour ces douleurs (28/03/2025) qui a montré une lésion lytique de L3 avec épidurite débutante, le bilan a ensuite retrouvé la tumeur pulmonaire.
Radiothérapie antalgique de L3, 8 Gy en une fraction le 14/05/2025 (Dr Wauters, CHR Haute-Meuse), avec bonne réponse initiale.
Osimertinib depuis le 22/04/2025, bien toléré (paronychie grade 1).

PLAINTES ACTUELLES (S)
Réapparition depuis 3 semaines de douleurs lombaires basses, majorées à la mobilisation et au passage assis-debout, avec réveils nocturnes 2 à 3 fois par nuit. EVA actuelle 6/10 (8/10 avant l'augmentation de l'oxycodone). Pas de radiculalgie, pas de troubles sphinctériens.

STATUS (O)
PS OMS 1. Poids 71 kg (-3 kg en 2 mois). Percusion douloureuse des épineuses L3-L4. Force et sensibilité conservées aux MI, ROT symétriques, pas de signe de Babinski.

MISE AU POINT
- TDM TAP du 29/09/2025 : réponse partielle maintenue sur le plan thoracique. Tassement de L3 d'environ 30 % avec recul du mur postérieur de 2 mm ; pas de progression des autres lésions (T11, aile iliaque G).
- Bio : calcémie corrigée 2,41 mmol/l, créat 0,9 mg/dl, Hb 12,8 g/dl.

TRAITEMENT ACTUEL
- Tagrisso (osimertinib) 80 mg 1-0-0
- Dafalgan (paracétamol) 1 g 1-1-1-1
- Oxycontin (oxycodone LP) 20 mg 1-0-1
- Oxynorm 5 mg en interdose, max 4x/j
- Pantomed (pantoprazole) 40 mg 1-0-0
- Steovit D3 (calcium + vitamine D3) 1 cp/j
- Xgeva (dénosumab) 120 mg SC toutes les 4 semaines - 1re injection le 15/09/2025 après feu vert dentaire
Pas d'anticoagulant, pas d'antiagrégant plaquettaire.

CONCLUSION (A)
Adénocarcinome pulmonaire EGFR muté (del19), métastatique osseux, en réponse sous osimertinib en 1re ligne, avec récidive de douleurs lombaires mécaniques en rapport avec un tassement de L3 déjà irradié.

PROPOSITION (P)
Poursuite de l'osimertinib. Question à la RCP : indication d'une cimentoplastie (vertébroplastie/cyphoplastie) de L3 ? Place d'une ré-irradiation ?

Je reste à votre disposition pour tout renseignement complémentaire.
Bien confraternellement,

Dr T. Verhaegen
""", gold=G("M", 63, ("present", "lung", "adenocarcinoma", {"EGFR": "positive", "ALK": "negative", "PD-L1": "positive"}),
           ("present", ["pain"], True), ("present", ["mechanical", "nocturnal"], 6),
           ("present", ["L01EB04", "N02BE01", "N02AA05", "A02BC02", "A12AX", "M05BX04"]),
           ("present", ["radiotherapy"]), ("present", ["M05BX04"]), ("absent", []), ("absent", []),
           ("present", "ecog", 1), ("present", None))))

# ---------------------------------------------------------------- zo02
LETTERS.append(dict(id="zo02", fmt="docx", date="2025-10-08", birth="1958-10-14", author="Dr E. Hufschmitt", blocks=[
    ("b", "Institut de cancérologie Rhin-Ill - Département d'oncologie médicale"),
    ("p", "Dr Élise HUFSCHMITT - Tél. 03 88 41 27 60 - Fax 03 88 41 27 69"),
    ("p", "Strasbourg, le 8 octobre 2025"),
    ("title", "Demande d'avis - RCP métastases osseuses"),
    ("table", [["Patiente", "Mme SCHWEITZER Marthe"],
               ["Date de naissance", "14/10/1958"],
               ["Médecin traitant", "Dr Bernard Kieffer, Obernai"],
               ["Oncologue référent", "Dr É. Hufschmitt"]]),
    ("h", "Antécédents"),
    ("li", "Fibrillation atriale paroxystique (2021), CHA2DS2-VASc 3"),
    ("li", "Hypothyroïdie substituée"),
    ("li", "Ostéoporose densitométrique (T-score rachis -2,8 en 2022), traitée par dénosumab"),
    ("li", "Familiaux : mère - cancer du sein à 70 ans ; frère - diabète"),
    ("h", "Histoire oncologique"),
    ("p", "2019 : carcinome lobulaire infiltrant du sein gauche, pT2N1(1/12), grade 2, RE 90 %, RP 10 %, HER2 score 1+ (négatif). "
          "Tumorectomie + curage axillaire, radiothérapie mammaire, puis anastrozole de 2019 à juin 2024 (arrêt après 5 ans)."),
    ("p", "Juin 2025 : élévation du CA 15-3 (78 U/ml) lors de la surveillance ; le TEP-FDG de surveillance du 12/06/2025 montre des "
          "hyperfixations du sacrum, de l'aile iliaque droite et de T9. Biopsie du sacrum le 02/07/2025 : métastase de carcinome lobulaire, "
          "profil identique (RE 80 %, RP 5 %, HER2 0)."),
    ("p", "Depuis juillet 2025 : 1re ligne métastatique par ribociclib + létrozole. CA 15-3 en baisse (41 U/ml en septembre)."),
    ("h", "Examen clinique"),
    ("p", "Patiente asymptomatique sur le plan osseux : pas de douleur, aucun antalgique. Karnofsky 90 %. Poids stable (64 kg). "
          "Examen neurologique normal."),
    ("p", "Aucune radiothérapie ni aucun geste chirurgical sur les lésions osseuses à ce jour."),
    ("h", "Traitement en cours"),
    ("table", [["DCI", "Spécialité", "Posologie", "Depuis"],
               ["ribociclib", "Kisqali 200 mg", "3 cp 1x/j, 21 j sur 28", "07/2025"],
               ["létrozole", "Femara 2,5 mg", "1-0-0", "07/2025"],
               ["dénosumab", "Prolia 60 mg", "1 inj. SC / 6 mois (dernière 04/2025)", "2022 (ostéoporose)"],
               ["édoxaban", "Lixiana 60 mg", "1-0-0", "2021 (FA)"],
               ["lévothyroxine", "L-Thyroxine 75 µg", "1-0-0", "2015"],
               ["colécalciférol", "ZymaD 50 000 UI", "1 amp. / mois", "2022"]]),
    ("p", "Relais du Prolia par Xgeva 120 mg mensuel à discuter."),
    ("h", "Questions posées à la RCP"),
    ("li", "Intérêt d'une radiothérapie stéréotaxique de T9 (lésion de 2 cm, SINS 5, pas d'épidurite) ?"),
    ("li", "Faut-il passer du Prolia à une dose oncologique (Xgeva) ?"),
    ("p", "Projet : poursuite de l'association ribociclib-létrozole en 1re ligne, réévaluation TEP en décembre."),
    ("p", "Confraternellement,"),
    ("p", "Dr Élise Hufschmitt"),
], gold=G("F", 66, ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
          ("present", ["staging_imaging"], True), ("absent", [], None),
          ("present", ["L01EF02", "L02BG04", "M05BX04", "B01AF03", "H03AA01", "A11CC05"]),
          ("absent", []), ("present", ["M05BX04"]), ("present", ["B01AF03"]), ("unknown", []),
          ("present", "kps", 90), ("present", None))))

# ---------------------------------------------------------------- zo03
LETTERS.append(dict(id="zo03", fmt="pdf", date="2025-10-13", author="Dr G. Hennequin", text="""\
# Hôpital Saint-Clément - Metz-Queuleu
Service de Pneumologie et Oncologie thoracique
Dr Grégoire HENNEQUIN - Secrétariat 03 87 55 19 42

Metz, le 13 octobre 2025

Objet : demande de discussion en RCP métastases osseuses
Patient : M. BOUR Lucien, 71 ans

Chère Consœur, cher Confrère,

Je vous adresse M. Bour, 71 ans, pour un carcinome épidermoïde bronchique révélé par une compression médullaire.

## Antécédents
- BPCO GOLD 2, tabagisme 55 PA actif jusqu'en 2024.
- Cardiopathie ischémique, stent IVA en 2018 ; Kardégic arrêté le 01/08/2025 pour la chirurgie rachidienne et non repris depuis (à rediscuter avec son cardiologue).
- Diabète de type 2 non insulino-requérant.
- Familiaux : frère traité pour un cancer de vessie.

## Histoire de la maladie
Le 02/08/2025, admission aux urgences pour une paraparésie d'installation rapide (3 jours) avec dorsalgies. L'IRM retrouve une compression médullaire en regard de D7 sur épidurite métastatique. Laminectomie décompressive D6-D8 et ostéosynthèse D5-D9 le 03/08/2025 (Dr Pierrard, neurochirurgie).
Anapath de la pièce : métastase d'un carcinome épidermoïde, p40+. TDM thoracique : masse du LSG de 5 cm. PD-L1 (22C3) 80 %. Pas de recherche EGFR/ALK (histologie épidermoïde chez un gros fumeur).
Radiothérapie post-opératoire D5-D9, 20 Gy en 5 fractions, terminée le 29/08/2025.
Traitement systémique de 1re ligne, à visée palliative : carboplatine AUC 5 - paclitaxel - pembrolizumab, C1 le 09/09/2025, C2 le 30/09/2025.

## Clinique actuelle
Récupération motrice partiele, marche avec déambulateur sur quelques mètres, sondage évacuateur sevré. Douleurs thoraciques en ceinture à hauteur de D7, à type de brûlures et de décharges électriques (DN4 6/10), EN 3/10 sous traitement. OMS 2.

## Traitement actuel
- Keytruda (pembrolizumab) 200 mg / 3 semaines + carboplatine + paclitaxel (Taxol)
- Dectancyl (dexaméthasone) 4 mg/j, en décroissance
- Lyrica (prégabaline) 75 mg 1-0-1
- Skenan LP (morphine) 30 mg x2/j, Actiskenan 10 mg si besoin
- Lovenox 4000 UI/0,4 ml, 1 inj. SC/j (prophylaxie, mobilité réduite)
- Inexium 40 mg 1/j
- Glucophage (metformine) 850 mg 1-0-1
- Spiriva Respimat 2 bouffées/j
Xgeva : à discuter après avis dentaire (soins en cours).

## Questions
1. Faut-il irradier la lésion de l'aile iliaque gauche, actuellement asymptomatique ?
2. Indication et choix d'un traitement anti-résorptif ?

Avec mes remerciements et mes sentiments confraternels,

Dr G. Hennequin
""", gold=G("M", 71, ("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
           ("present", ["neurological_deficit"], True), ("present", ["neuropathic"], 3),
           ("present", ["L01FF02", "L01XA02", "L01CD01", "H02AB02", "N03AX16", "N02AA01", "B01AB05", "A02BC05", "A10BA02"]),
           ("present", ["surgery", "radiotherapy"]), ("unknown", []), ("present", ["B01AB05"]), ("absent", []),
           ("present", "ecog", 2), ("present", "palliative"))))

# ---------------------------------------------------------------- zo04
LETTERS.append(dict(id="zo04", fmt="txt", date="2025-10-14", author="Dr A.-S. Delvaux", text="""\
De : Dr Anne-Sophie Delvaux <as.delvaux@clinique-ourthe.example.be>
À : secrétariat RCP métastases osseuses
Date : 14/10/2025 17:42
Objet : demande RCP - M. COLLIGNON Jean-Marie (°1948)

Chère Consoeur, cher Confrère,

Pourriez-vous discuter à la RCP de la semaine prochaine le dossier de M. Collignon, 77 ans, que je suis à la Clinique de l'Ourthe (Liège) pour un adénocarcinome prostatique métastatique.

Rappel : adénocarcinome prostatique Gleason 4+4=8 (ISUP 4) sur biopsies de mai 2025, PSA au diagnostic 87 ng/ml. Le PET-PSMA de bilan d'extension (20/05/2025) retrouve de multiples lésions osseuses (sacrum, deux ailes iliaques, arcs costaux) sans atteinte viscérale. Mis sous Eligard (leuproréline) 45 mg/6 mois depuis juin 2025 + Erleada (apalutamide) 240 mg 1x/j depuis juillet 2025. PSA de septembre : 6,4 ng/ml (en baisse mais pas encore normalisé).

Il se plaint de douleurs sacrées et fessières G, à l'effort et à la marche prolongée, EVA 4/10, soulagées par le paracetamol 1 g x3/j. Pas de déficit.

ATCD : remplacement valvulaire aortique mécanique (2015) => Marevan (warfarine) au long cours, INR cible 2,5-3,5. L'Asaflow a été arrêté en 2019. HTA, dyslipidémie.
Autres ttt : Emconcor (bisoprolol) 5 mg 1-0-0, Lipitor (atorvastatine) 20 mg 0-0-1, D-Cure (colécalciférol) 1 amp/mois.
Pas encore de traitement ostéoprotecteur (bilan dentaire prévu le 21/10).

Questions :
- RT antalgique sur le sacrum ?
- Choix entre acide zolédronique et dénosumab, chez un patient sous AVK ?

D'avance merci,
Bien à vous,

Dr A.-S. Delvaux
Oncologie médicale - Clinique de l'Ourthe - 04/366 28 15
""", gold=G("M", 77, ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
           ("present", ["staging_imaging"], True), ("present", ["mechanical"], 4),
           ("present", ["L02AE02", "L02BB05", "N02BE01", "B01AA03", "C07AB07", "C10AA05", "A11CC05"]),
           ("unknown", []), ("absent", []), ("present", ["B01AA03"]), ("absent", []),
           ("unknown", None, None), ("present", None))))

# ---------------------------------------------------------------- zo05
LETTERS.append(dict(id="zo05", fmt="docx", date="2025-10-01", birth="1960-10-02", author="Dr M. Schaller", blocks=[
    ("b", "Centre hospitalier du Ried - Colmar"),
    ("p", "Service d'oncologie médicale - Dr Mathieu SCHALLER - 03 89 20 64 31"),
    ("p", "Colmar, le 1er octobre 2025"),
    ("title", "Fiche de présentation RCP « métastases osseuses »"),
    ("table", [["Nom", "HUMBERT Rémy"],
               ["Né le", "02/10/1960"],
               ["Tumeur primitive", "Carcinome rénal à cellules claires (rein gauche), néphrectomie élargie 03/2021, pT3a N0, grade ISUP 3"],
               ["Sites métastatiques", "Humérus D, arcs costaux (6e et 7e D), nodules pulmonaires infracentimétriques"],
               ["Circonstances de découverte osseuse", "Fracture pathologique de la diaphyse humérale D le 14/07/2025 (en portant un arrosoir)"],
               ["Traitement local osseux", "Enclouage centromédullaire humérus D le 16/07/2025 (Dr Meyer, orthopédie). Radiothérapie post-opératoire proposée, non réalisée à ce jour."],
               ["Performance status (OMS/WHO)", "1"]]),
    ("h", "Anamnèse"),
    ("p", "Récidive pulmonaire en janvier 2024, traitée en 1re ligne par axitinib (Inlyta) + pembrolizumab de 02/2024 à 07/2025, "
          "arrêtés lors de la découverte de la progression osseuse révélée par la fracture. Depuis le 05/08/2025 : cabozantinib en 2e ligne, "
          "à visée palliative. Tolérance : syndrome main-pied grade 1, HTA équilibrée."),
    ("p", "ATCD : diabète de type 2, HTA, TVP surale G en 2023 traitée 6 mois par Xarelto, arrêté fin 2023. "
          "Pas d'anticoagulant actuellement. Tabac sevré."),
    ("h", "Status"),
    ("p", "Douleurs résiduelles de l'épaule D à la mobilisation, EN 2/10. Pas de douleur nocturne. Cicatrices propres. "
          "Mobilité de l'épaule limitée (antépulsion 90°)."),
    ("h", "Traitement habituel"),
    ("table", [["Spécialité", "DCI", "Posologie"],
               ["Cabometyx 40 mg", "cabozantinib", "1-0-0 (à jeun)"],
               ["Contramal LP 100 mg", "tramadol", "1-0-1"],
               ["Dafalgan 1 g", "paracétamol", "1-1-1 si douleur"],
               ["Glucophage 850 mg", "metformine", "1-0-1"],
               ["Triatec 5 mg", "ramipril", "1-0-0"],
               ["Zometa 4 mg", "acide zolédronique", "IV toutes les 12 semaines depuis 08/2025 (dernière le 28/08/2025)"]]),
    ("h", "Proposition / questions"),
    ("li", "Indication et modalités de la radiothérapie post-opératoire de l'humérus D ?"),
    ("li", "Prise en charge des lésions costales (asymptomatiques) ?"),
    ("p", "Poursuite du cabozantinib. Merci pour votre avis."),
    ("p", "Dr M. Schaller"),
], gold=G("M", 64, ("present", "kidney", "clear_cell_carcinoma", {}),
          ("present", ["pathological_fracture"], True), ("present", ["mechanical"], 2),
          ("present", ["L01EX07", "N02AX02", "N02BE01", "A10BA02", "C09AA05", "M05BA08"]),
          ("present", ["surgery"]), ("present", ["M05BA08"]), ("absent", []), ("unknown", []),
          ("present", "ecog", 1), ("present", "palliative"))))

# ---------------------------------------------------------------- zo06
LETTERS.append(dict(id="zo06", fmt="pdf", date="2025-10-16", author="Dr C. Mangin", text="""\
# Centre hospitalier de la Meurthe - site de Vandœuvre
Pneumologie - Oncologie thoracique
Dr Claire MANGIN, praticien hospitalier - Tél. 03 83 15 72 08

Vandœuvre-lès-Nancy, le 16 octobre 2025

Madame THIRIET Josiane, 68 ans
Demande d'avis : RCP métastases osseuses

Cher confrère,

Je vous remercie de bien vouloir discuter le dossier de Mme Thiriet, 68 ans, suivie pour un carcinome bronchique à petites cellules de stade étendu.

## Antécédents
- Coronaropathie : angioplastie + stent de la coronaire droite en 2020.
- Insuffisance cardiaque à FEVG modérément altérée (45 %).
- Tabagisme 35 PA, sevré en 2020.
- Pas d'antécédent familial notable.

## Histoire
Diagnostic en mai 2025 lors d'une hospitalisation pour confusion et déshydratation : calcémie corrigée à 3,21 mmol/l le 11/05/2025, PTH effondrée. Le bilan (TDM TAP, scintigraphie osseuse) montrait une masse hilaire droite, des adénopathies médiastinales et de multiples lésions ostéolytiques (bassin dont le cotyle G, rachis dorsal et lombaire). Correction par hydratation et une perfusion unique d'acide zolédronique 4 mg le 12/05/2025.
Biopsie bronchique : carcinome à petites cellules (TTF1+, synaptophysine+, Ki67 90 %).
Chimio-immunothérapie carboplatine-étoposide + atézolizumab, 4 cycles de juin à août 2025, réponse partielle ; atézolizumab (Tecentriq) 1680 mg toutes les 4 semaines en maintenance depuis le 04/09/2025, en situation palliative.
Complications : embolie pulmonaire segmentaire bilatérale en juin 2025 (Eliquis depuis), hypothyroïdie sous immunothérapie.

## Examen
PS = 1. Pas de douleur osseuse actuellement, aucun antalgique. Marche sans aide. Pas de déficit neurologique.
Aucune radiothérapie ni chirurgie osseuse réalisée jusqu'ici.
Pas de traitement anti-résorptif au long cours depuis la perfusion de mai.

## Bilan récent
TDM TAP du 02/10/2025 : réponse thoracique maintenue. Lésion lytique du toit du cotyle G de 35 mm avec rupture corticale, sans fracture. Calcémie normale (2,38 mmol/l).
\f
## Traitement actuel
- Tecentriq (atézolizumab) 1680 mg IV / 4 semaines
- Eliquis 5 mg 1-0-1
- Kardégic 75 mg 0-1-0 (maintenu avec l'Eliquis sur avis du cardiologue)
- Lasilix 40 mg 1-0-0
- Levothyrox 50 µg 1-0-0
- Imovane 7,5 mg 0-0-1
- Movicol 1 sachet si besoin

## Pronostic
Médiane de survie attendue de l'ordre de 10 à 12 mois ; patiente informée, très entourée.

## Questions à la RCP
1. Risque fracturaire du cotyle G : radiothérapie ? cimentoplastie ?
2. Faut-il instaurer un anti-résorptif au long cours (dénosumab ou acide zolédronique), et lequel chez cette patiente sous double traitement antithrombotique ?

Bien confraternellement,

Dr C. Mangin
""", gold=G("F", 68, ("present", "lung", "small_cell_carcinoma", {}),
           ("present", ["hypercalcemia"], True), ("absent", [], None),
           ("present", ["L01FF05", "B01AF02", "B01AC06", "C03CA01", "H03AA01", "N05CF01", "A06AD65"]),
           ("absent", []), ("absent", []), ("present", ["B01AF02"]), ("present", ["B01AC06"]),
           ("present", "ecog", 1), ("present", "palliative"))))

# ---------------------------------------------------------------- zo07
LETTERS.append(dict(id="zo07", fmt="txt", encoding="cp1252", date="2025-10-20", author="Dr N. Van den Broeck", text="""\
CLINIQUE UNIVERSITAIRE SAINTE-GUDULE - BRUXELLES
Service d'Oncologie médicale
Dr Nathalie Van den Broeck - tél. 02/541 87 30

Bruxelles, le 20/10/2025

Concerne : Mme PEETERS Sandrine, 54 ans
Demande de discussion - concertation multidisciplinaire métastases osseuses

Chère Collègue,

Anamnèse :
Patiente de 54 ans, employée de banque, suivie depuis 2017 pour un carcinome canalaire infiltrant (NST) du sein D, RE+ (95 %), RP- (0 %), HER2 2+ FISH non amplifié. Tumorectomie + ganglion sentinelle, radiothérapie mammaire, puis tamoxifène de 2017 à 2022.
Depuis mai 2025 (environ 5 mois), douleurs de la hanche G d'horaire inflammatoire avec dérouillage matinal d'une heure et réveils nocturnes. IRM du bassin le 03/07/2025 : lésions du col fémoral G et de l'aile iliaque G. Biopsie : métastase du CCI connu, RE+ RP- HER2 négatif.
Traitement depuis le 11/08/2025 : Faslodex (fulvestrant) 500 mg IM / 28 j + Verzenios (abémaciclib) 150 mg x2/j. Xgeva (dénosumab) 120 mg SC / 4 sem débuté en août.
ATCD familiaux : soeur - cancer de l'ovaire à 49 ans ; BRCA1/2 négatifs chez la patiente.

Status :
ECOG 2 (marche avec une canne depuis septembre). Douleur à la palpation du grand trochanter G, rotation interne douloureuse. EVA actuelle 7/10 malgré le traitement.

Traitement à domicile :
- Dafalgan Codéine 500/30 : 2 cp x3/j
- Brufen 600 mg 1-1-1 (en attendant la concertation)
- Pantomed 20 mg 1-0-0
- Steovit D3 (calcium + vit. D3) 1 cp/j
- Faslodex, Verzenios, Xgeva (cf. ci-dessus)
Clexane 40 mg SC/j prescrit à la sortie d'hospitalisation en juillet : la patiente ne sait plus si elle le fait encore, à vérifier avec son MT.

Pas de radiothérapie antérieure sur le squelette.

Mise au point :
Radiographie bassin + TDM du 14/10/2025 : lyse corticale du col fémoral G intéressant > 50 % de la corticale ; score de Mirels 9.

Conclusion :
Métastases osseuses d'un CCI RE+ en 1re ligne métastatique fulvestrant-abémaciclib, lésion du col fémoral G à haut risque fracturaire.

Proposition :
Avis sur une ostéosynthèse préventive du col fémoral G (vs RT seule) ?

Bien à vous,
Dr N. Van den Broeck
""", gold=G("F", 54, ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
           ("present", ["pain"], True), ("present", ["inflammatory", "nocturnal"], 7),
           ("present", ["L02BA03", "L01EF03", "M05BX04", "N02AJ06", "M01AE01", "A02BC02", "A12AX"]),
           ("absent", []), ("present", ["M05BX04"]), ("uncertain", ["B01AB05"]), ("unknown", []),
           ("present", "ecog", 2), ("present", None))))

# ---------------------------------------------------------------- zo08
LETTERS.append(dict(id="zo08", fmt="docx", date="2025-10-30", birth="1956-10-29", author="Dr P.-Y. Wendling", blocks=[
    ("b", "Clinique des Trois-Frontières - Mulhouse"),
    ("p", "Pneumologie - Dr Pierre-Yves WENDLING - Tél. 03 89 64 12 75"),
    ("p", "Mulhouse, le 30/10/2025"),
    ("title", "Demande RCP métastases osseuses"),
    ("table", [["Patient", "M. RIEDINGER Albert"],
               ["Date de naissance", "29/10/1956"],
               ["Adressé par", "Dr P.-Y. Wendling, pneumologue"]]),
    ("h", "Anamnèse"),
    ("p", "Ex-tabagique (45 PA). Découverte fortuite en mars 2025, sur un uroscanner réalisé pour une colique néphrétique (18/03/2025), "
          "d'une lésion lytique de l'aile iliaque droite de 4 cm. Le TEP a ensuite montré une masse du LSD de 3 cm et des adénopathies "
          "médiastinales. Biopsie transthoracique : adénocarcinome, TTF1+."),
    ("p", "Biologie moléculaire : KRAS G12C muté ; EGFR non muté ; ALK et ROS1 non réarrangés. PD-L1 < 1 %."),
    ("p", "Thermoablation par radiofréquence de la lésion iliaque droite le 15/04/2025 (radiologie interventionnelle, Dr Blum)."),
    ("p", "1re ligne carboplatine-pémétrexed, 4 cycles (05 à 07/2025), progression ganglionnaire en août. "
          "Sotorasib (Lumykras) 960 mg/j en 2e ligne depuis le 08/09/2025."),
    ("h", "Status"),
    ("p", "IK 70 %. Asthénie, perte de 4 kg en 3 mois. Auscultation : quelques crépitants bibasaux."),
    ("h", "Traitement"),
    ("table", [["Médicament", "DCI", "Posologie"],
               ["Lumykras 120 mg", "sotorasib", "8 cp 1x/j"],
               ["Kardégic 75 mg", "acide acétylsalicylique", "0-1-0"],
               ["Amlor 5 mg", "amlodipine", "1-0-0"],
               ["Tahor 40 mg", "atorvastatine", "0-0-1"]]),
    ("p", "Mopral arrêté en septembre (interaction avec le sotorasib). Pas de traitement anticoagulant."),
    ("p", "Dénosumab (Xgeva) : non débuté, soins dentaires en cours."),
    ("h", "Mise au point"),
    ("p", "TDM TAP du 20/10/2025 : stabilité thoracique ; nouvelle lésion lytique du corps de D11 (15 mm), sans épidurite ; "
          "aile iliaque D remaniée, sans progression."),
    ("h", "Conclusion et proposition"),
    ("p", "ADK pulmonaire KRAS G12C sous sotorasib en 2e ligne, progression osseuse oligométastatique (D11)."),
    ("li", "RT stéréotaxique de D11 ?"),
    ("li", "Faut-il reprendre l'aile iliaque ?"),
    ("p", "Bien confraternellement, Dr Wendling"),
], gold=G("M", 69, ("present", "lung", "adenocarcinoma",
                    {"KRAS": "positive", "EGFR": "negative", "ALK": "negative", "ROS1": "negative", "PD-L1": "negative"}),
          ("present", ["incidental_imaging"], True), ("unknown", [], None),
          ("present", ["L01XX73", "B01AC06", "C10AA05"]),
          ("present", ["ablation"]), ("absent", []), ("absent", []), ("present", ["B01AC06"]),
          ("present", "kps", 70), ("present", None))))

# ---------------------------------------------------------------- zo09
LETTERS.append(dict(id="zo09", fmt="pdf", date="2025-10-09", author="Dr J. Dufrasne", text="""\
# Grand Hôpital du Borinage - Mons
Oncologie médicale - Dr Julien DUFRASNE
Tél. 065/39 84 21 - oncologie@ghb.example.be

Mons, le 9 octobre 2025

Concerne : M. LEFEBVRE Patrick, 59 ans
Demande d'avis en concertation « métastases osseuses »

Cher Confrère,

## Anamnèse
Patient de 59 ans, chauffeur de bus, fumeur actif (35 PA). ATCD : AOMI (pontage fémoro-poplité G en 2021), BPCO. Père décédé d'un cancer de la prostate.
Cervicalgies depuis la mi-août (environ 7 semaines), majorées à la mobilisation du cou, avec irradiation dans le membre supérieur D à type de décharges électriques et paresthésies du pouce (territoire C6).

## Status
PS 1. Pas de déficit moteur, ROT bicipital D diminué. Minerve rigide depuis le 22/09. EVA 5/10 sous traitement.

## Mise au point
- IRM cervicale du 19/09/2025 : lésion lytique de C5 avec atteinte du corps et du pédicule D, sans compression médullaire. SINS 11.
- TDM TAP : masse du LSD de 42 mm, adénopathies hilaires D, nodule surrénalien G de 18 mm.
- Biopsie scanno-guidée de C5 le 30/09/2025 : métastase d'adénocarcinome, TTF1 positif, CK7+, en faveur d'une origine pulmonaire. Bronchoscopie prévue le 14/10 pour confirmer.
- Biologie moléculaire (EGFR, ALK, ROS1) et PD-L1 en cours.

## Traitement actuel
- Medrol (méthylprednisolone) 32 mg 1-0-0, décroissance prévue
- Tradonal Retard (tramadol) 100 mg 1-0-1
- Neurontin (gabapentine) 300 mg 1-1-1
- Asaflow (acide acétylsalicylique) 80 mg 0-1-0
- Pantomed 40 mg 1-0-0
- Lormetazepam 1 mg au coucher
Le patient n'est pas anticoagulé. Pas de geste local (ni radiothérapie ni chirurgie) à ce jour.

## Conclusion
Probable adénocarcinome pulmonaire stade IV (os, surrénale ?) en cours de bilan, avec lésion instable de C5 et névralgie cervico-brachiale.

## Proposition
Traitement systémique à définir selon la biologie moléculaire. Question à la concertation : RT antalgique de C5 d'emblée (8 Gy vs 20 Gy/5 fr) ou stabilisation chirurgicale préalable au vu du SINS à 11 ?

Bien confraternellement,
Dr J. Dufrasne
""", gold=G("M", 59, ("uncertain", "lung", "adenocarcinoma",
                     {"EGFR": "pending", "ALK": "pending", "ROS1": "pending", "PD-L1": "pending"}),
           ("present", ["pain"], True), ("present", ["mechanical", "neuropathic"], 5),
           ("present", ["H02AB04", "N02AX02", "N03AX12", "B01AC06", "A02BC02"]),
           ("absent", []), ("unknown", []), ("absent", []), ("present", ["B01AC06"]),
           ("present", "ecog", 1), ("unknown", None))))

# ---------------------------------------------------------------- zo10
LETTERS.append(dict(id="zo10", fmt="txt", newline="\r\n", date="2025-10-22", author="Dr H. Grasser", text="""\
RCP METASTASES OSSEUSES - FICHE DE DEMANDE
Clinique du Neudorf, Strasbourg - Oncologie

Patiente : Mme KLEIN Laura, 46 ans
Médecin demandeur : Dr Hélène Grasser (onco méd.) - poste 4417
Date : 22/10/2025

Diagnostic : carcinome canalaire infiltrant du sein G, grade 2, RE 100 %, RP 0 %, HER2 score 1+. Métastatique osseux d'emblée (T10, L1, bassin), découvert au bilan d'extension initial par TEP-TDM (janvier 2024).
ATCD : aucun. Tante maternelle : cancer du sein à 52 ans.

Ttt local : RT T10 30 Gy/10 fr (02/2024) pour lésion avec épidurite débutante.
Ttt systémique : Zoladex 10,8 mg / 3 mois + Femara 2,5 mg/j + Ibrance 125 mg 21 j/28, depuis 02/2024 (1re ligne). Tamoxifène jamais introduit.
Zometa 4 mg IV / 12 semaines depuis 03/2024.
Douleurs : non, EVA 0, pas d'antalgique.
OMS 0.

Evolution : TEP 10/2025 stabilité globale ; nouvelle fixation de la tête humérale D, asymptomatque. CA 15-3 stable.

Synthèse :
- Traitement anti-résorptif : non
- Anticoagulant :
- Projet : poursuite Ibrance-Femara-Zoladex

Question : RT de la tête humérale D ou surveillance ? Faut-il changer de ligne ?
""", gold=G("F", 46, ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
           ("present", ["staging_imaging"], True), ("absent", [], 0),
           ("present", ["L02AE03", "L02BG04", "L01EF01", "M05BA08"]),
           ("present", ["radiotherapy"]), ("conflicting", ["M05BA08"]), ("unknown", []), ("unknown", []),
           ("present", "ecog", 0), ("present", None))))

# ---------------------------------------------------------------- zo11
LETTERS.append(dict(id="zo11", fmt="docx", date="2025-10-15", birth="1979-03-03", author="Dr M. Schmetz", blocks=[
    ("b", "Centre hospitalier Vesdre-Hautes-Fagnes - Verviers"),
    ("p", "Service de pneumologie - Dr Marc SCHMETZ - 087/21 56 90"),
    ("p", "Verviers, le 15 octobre 2025"),
    ("title", "Concertation multidisciplinaire - métastases osseuses"),
    ("table", [["Patiente", "GILSON Véronique"],
               ["Née le", "03/03/1979"],
               ["Médecin généraliste", "Dr F. Dethier, Pepinster"]]),
    ("h", "Anamnèse"),
    ("p", "Non-fumeuse. Carcinome pulmonaire non à petites cellules, sans autre précision (NOS, cytologie pleurale - matériel insuffisant pour typage), "
          "diagnostiqué en novembre 2023. ALK réarrangé (IHC D5F3 + FISH), EGFR non muté, PD-L1 10 %. "
          "Lésions osseuses (côte 6 G, D8) découvertes sur le TEP de bilan initial du 21/11/2023."),
    ("p", "Alectinib en 1re ligne depuis le 12/12/2023, très bonne réponse. SBRT de la côte 6 G (3 x 9 Gy) en mars 2024."),
    ("p", "TVP du membre inférieur G en août 2025, sous nadroparine à dose curative depuis. Pas d'antiagrégant."),
    ("p", "Selon la patiente, son rhumatologue lui ferait des injections de Prolia (dénosumab) tous les 6 mois pour une ostéopénie - "
          "à vérifier, ce n'est pas repris dans la liste de sa pharmacie."),
    ("h", "Status"),
    ("p", "ECOG 1. Douleurs costales D à la toux et aux mouvements du tronc, EVA 3/10. Pas de douleur nocturne."),
    ("h", "Mise au point"),
    ("p", "TEP-TDM du 06/10/2025 : réponse maintenue partout, sauf une nouvelle lésion hypermétabolique du cotyle D (SUV 7,8), isolée."),
    ("h", "Médication"),
    ("table", [["Spécialité", "DCI", "Posologie"],
               ["Alecensa 150 mg", "alectinib", "4-0-4"],
               ["Palexia 50 mg", "tapentadol", "1-0-1"],
               ["Perdolan 1 g", "paracétamol", "1-1-1-1"],
               ["Fraxiparine 0,6 ml", "nadroparine", "1 inj. SC 1x/j"],
               ["Movicol", "macrogol", "1 sachet/j"],
               ["Xanax 0,5 mg", "alprazolam", "si angoisse, max 2/j"]]),
    ("h", "Conclusion"),
    ("p", "CBNPC ALK+ sous alectinib depuis près de 2 ans, oligoprogression osseuse unique (cotyle D)."),
    ("h", "Proposition"),
    ("p", "Poursuite de l'alectinib. Question à la concertation : SBRT de la lésion du cotyle D ? Intérêt d'un anti-résorptif ?"),
    ("p", "Dr M. Schmetz"),
], gold=G("F", 46, ("present", "lung", "nsclc_nos", {"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}),
          ("present", ["staging_imaging"], True), ("present", ["mechanical"], 3),
          ("present", ["L01ED03", "N02AX06", "N02BE01", "B01AB06", "A06AD65", "N05BA12"]),
          ("present", ["radiotherapy"]), ("uncertain", ["M05BX04"]), ("present", ["B01AB06"]), ("absent", []),
          ("present", "ecog", 1), ("present", None))))

# ---------------------------------------------------------------- zo12
LETTERS.append(dict(id="zo12", fmt="pdf", date="2025-10-27", author="Dr S. Kremer-Neu", text="""\
# Centre hospitalier des Trois-Vallées - Thionville
Oncologie médicale et digestive
Dr Sophie KREMER-NEU - Secrétariat 03 82 57 40 96

Thionville, le 27/10/2025

Objet : Mme ZANETTI Carla, 58 ans - demande RCP métastases osseuses

Chère Consœur,

Je vous adresse Mme Zanetti, 58 ans, pour avis sur la prise en charge d'une métastase sacrée.

## Histoire oncologique
- 2022 : adénocarcinome du moyen rectum, RAS muté (KRAS G12D), BRAF sauvage, MSS. Radiochimiothérapie puis résection antérieure du rectum.
- 03/2024 : récidive hépatique, FOLFOX-bévacizumab en 1re ligne jusqu'en 06/2025.
- Juin 2025 : apparition de lombalgies basses avec sciatalgie S1 G à type de brûlures, majorées à la marche. IRM du 12/08/2025 : lésion lytique de S1 avec extension foraminale G.
- Depuis le 21/07/2025 : 2e ligne palliative par FOLFIRI + bévacizumab (Avastin) tous les 14 jours, C7 prévue le 30/10.
- Thrombose sur PAC en août 2025.

## Situation actuelle
Radiothérapie antalgique du sacrum en cours : 20 Gy en 5 fractions, 3e séance réalisée ce jour.
EVA 5/10 ce jour (8/10 à la mi-octobre). Pas de trouble sphinctèrien, pas de déficit.
Karnofsky 60 %. Pronostic réservé, métastases hépatiques en progression lente.

## Traitement
- FOLFIRI + Avastin / 14 j
- Durogesic (fentanyl) 25 µg/h, 1 patch / 72 h
- Abstral 100 µg si accès douloureux paroxystique
- Dafalgan 1 g x4/j
- Laroxyl (amitriptyline) 10 gouttes le soir
- Forlax 10 g 1-0-1
- Innohep 14 000 UI SC 1x/j (thrombose sur PAC)
Antiagrégant : aucun.
Xgeva à discuter en RCP.

## Questions
1. Sacroplastie (cimentoplastie) après la radiothérapie ?
2. Indication d'un ostéoprotecteur, compte tenu de l'état dentaire (extractions récentes) ?

Merci pour votre avis, bien confraternellement.

Dr S. Kremer-Neu
""", gold=G("F", 58, ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
           ("present", ["pain"], True), ("present", ["mechanical", "neuropathic"], 5),
           ("present", ["N02AB03", "N02BE01", "N06AA09", "A06AD15", "B01AB10"]),
           ("present", ["radiotherapy"]), ("unknown", []), ("present", ["B01AB10"]), ("absent", []),
           ("present", "kps", 60), ("present", "palliative"))))


if __name__ == "__main__":
    sys.exit(main())
