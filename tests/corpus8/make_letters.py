#!/usr/bin/env python3
"""Build corpus8: 12 fictitious French referral letters for the RCP
"métastases osseuses" and their hand-made gold records.

Run from the repository root:

    .venv/bin/python tests/corpus8/make_letters.py

It (re)writes tests/corpus8/letters/ and tests/corpus8/gold/, byte-identical
on every run. Every gold record is checked against the contract
(shared/spec/rcp-request.md) and the script stops on the first violation.
All people, places and institutions are fictitious.

The letters were written blind to the converter: nothing here was tuned
against its output.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "letters"
GOLD = HERE / "gold"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# --------------------------------------------------------------------------
# The contract (shared/spec/rcp-request.md, version 1) and the ATC table
# --------------------------------------------------------------------------

ITEMS9 = [
    "primaryTumor", "boneDiagnosis", "pain", "currentMedications",
    "priorLocalTreatments", "boneTargetedTherapy", "anticoagulation",
    "prognosis", "therapeuticProject",
]
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
BIORESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia",
                 "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
}


def find_atc_reference() -> Path:
    for base in [HERE, *HERE.parents]:
        for cand in (base / "shared" / "spec" / "atc-reference.tsv",
                     base.parent / "shared" / "spec" / "atc-reference.tsv"):
            if cand.exists():
                return cand
    return Path("/work/shared/spec/atc-reference.tsv")


def load_atc() -> set[str]:
    path = find_atc_reference()
    codes = set()
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            codes.add(line.split("\t", 1)[0].strip())
    return codes


# --------------------------------------------------------------------------
# Gold records: one builder, one gap function, one checker
# --------------------------------------------------------------------------

def gold(id, sex, age, tumor, bone, pain, meds, local, btt, anticoag, antiplat, prog, project,
         stopped=(), doubtful=(), planned=(), evidence=(), birth=None):
    """Build a gold record. Extra lists (not written to JSON) feed the checks:
    stopped/doubtful/planned drugs must not be current; evidence strings must
    appear in the letter text."""
    st, site, hist, bio = tumor
    g = {
        "id": id,
        "patient": {"sex": sex, "age": age},
        "primaryTumor": {"status": st, "site": site, "histology": hist, "biomarkers": dict(bio)},
        "boneDiagnosis": {"status": bone[0], "circumstances": sorted(bone[1]), "dated": bone[2]},
        "pain": {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]},
        "currentMedications": {"status": meds[0], "atc": sorted(meds[1])},
        "priorLocalTreatments": {"status": local[0], "types": sorted(local[1])},
        "boneTargetedTherapy": {"status": btt[0], "atc": sorted(btt[1])},
        "anticoagulation": {"status": anticoag[0], "atc": sorted(anticoag[1])},
        "antiplatelets": {"status": antiplat[0], "atc": sorted(antiplat[1])},
    }
    pst, scale, val = prog
    if scale == "kps":
        g["prognosis"] = {"status": pst, "kps": val}
    else:
        g["prognosis"] = {"status": pst, "ecog": val}
    g["therapeuticProject"] = {"status": project[0], "intent": project[1]}
    g["gaps"] = derive_gaps(g)
    meta = {"stopped": set(stopped), "doubtful": set(doubtful), "planned": set(planned),
            "evidence": list(evidence), "birth": birth}
    return g, meta


def derive_gaps(g: dict) -> list[list[str]]:
    """The contract's Gaps rule applied to the gold values (nine items, in order)."""
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


def in_reference(code: str, ref: set[str]) -> bool:
    return any(code == c or (len(c) < 7 and code.startswith(c)) for c in ref)


def check(g: dict, meta: dict, text: str, ref: set[str], when=None) -> list[str]:
    errs = []
    gid = g["id"]

    def err(msg):
        errs.append(f"{gid}: {msg}")

    if meta.get("birth") and when is not None:
        y, m, d = meta["birth"]
        age = when.year - y - ((when.month, when.day) < (m, d))
        if age != g["patient"]["age"]:
            err(f"age {g['patient']['age']} but birth date gives {age}")

    if g["patient"]["sex"] not in ("F", "M"):
        err("sex")
    if not isinstance(g["patient"]["age"], int) or not 18 <= g["patient"]["age"] <= 110:
        err("age")
    for item, allowed in ALLOWED_STATUS.items():
        if g[item]["status"] not in allowed:
            err(f"{item}: status {g[item]['status']!r} not allowed")
    pt = g["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        err("site code")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        err("histology code")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIORESULTS:
            err(f"biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        err("primaryTumor unknown but filled")
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCUMSTANCES:
        err("circumstance code")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        err("boneDiagnosis unknown but filled")
    if not isinstance(bd["dated"], bool):
        err("dated must be a bool")
    pain = g["pain"]
    if not set(pain["types"]) <= PAIN_TYPES:
        err("pain type code")
    if pain["intensity"] is not None and not (isinstance(pain["intensity"], int) and 0 <= pain["intensity"] <= 10):
        err("pain intensity")
    if pain["status"] not in ("present", "conflicting") and (pain["types"] or pain["intensity"]):
        err("pain types/intensity without present pain")
    loc = g["priorLocalTreatments"]
    if not set(loc["types"]) <= LOCAL_TYPES:
        err("local treatment type")
    if loc["status"] in ("absent", "unknown") and loc["types"]:
        err("local treatment types with absent/unknown status")
    meds = set(g["currentMedications"]["atc"])
    for c in meds:
        if not in_reference(c, ref):
            err(f"currentMedications: {c} not in atc-reference.tsv")
    if g["currentMedications"]["status"] != "present" and meds:
        err("current medication codes without present status")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        for c in s["atc"]:
            if not c.startswith(prefixes):
                err(f"{sec}: {c} is not an allowed agent code")
            if not in_reference(c, ref):
                err(f"{sec}: {c} not in atc-reference.tsv")
            if s["status"] in ("present", "conflicting") and c not in meds:
                err(f"{sec}: {c} ({s['status']}) missing from currentMedications")
            if s["status"] == "uncertain" and c in meds:
                err(f"{sec}: doubtful {c} must not be in currentMedications")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            err(f"{sec}: agent codes with status {s['status']}")
        # reverse: a current drug of that class must be reported in its section
        for c in meds:
            if c.startswith(prefixes) and c not in s["atc"]:
                err(f"{sec}: current {c} not reported in the section")
    for c in meta["stopped"] | meta["doubtful"] | meta["planned"]:
        if c in meds:
            err(f"stopped/doubtful/planned drug {c} listed as current")
        if not in_reference(c, ref):
            err(f"meta drug {c} not in atc-reference.tsv")
    prog = g["prognosis"]
    if "ecog" in prog and prog["ecog"] is not None and prog["ecog"] not in range(0, 6):
        err("ecog")
    if "kps" in prog and (prog["kps"] not in range(0, 101, 10)):
        err("kps")
    if prog["status"] == "unknown" and (prog.get("ecog") is not None or prog.get("kps") is not None):
        err("prognosis unknown but PS given")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        err("intent code")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        err("intent without a therapeutic project")
    if g["gaps"] != derive_gaps(g):
        err("gaps do not follow the rule")
    low = text.lower()
    for ev in meta["evidence"]:
        if ev.lower() not in low:
            err(f"evidence {ev!r} not found in the letter text")
    return errs


# --------------------------------------------------------------------------
# Writers (deterministic)
# --------------------------------------------------------------------------
# A letter is a list of blocks: ("p", text) paragraph, ("b", text) bold line,
# ("table", [rows]) first row = header, ("page",) page break, ("blank",).

FIXED_ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def blocks_text(blocks) -> str:
    out = []
    for b in blocks:
        if b[0] in ("p", "b"):
            out.append(b[1])
        elif b[0] == "table":
            for row in b[1]:
                out.append(" | ".join(row))
        elif b[0] == "blank":
            out.append("")
    return "\n".join(out)


def write_txt(path: Path, text: str):
    path.write_bytes(text.encode("utf-8"))


def write_docx(path: Path, blocks, when: dt.datetime, author: str, title: str):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for b in blocks:
        if b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "b":
            d.add_paragraph().add_run(b[1]).bold = True
        elif b[0] == "blank":
            d.add_paragraph("")
        elif b[0] == "page":
            d.add_page_break()
        elif b[0] == "table":
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
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def write_pdf(path: Path, blocks, when: dt.datetime, author: str, title: str, col_widths=None):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(when)
    pdf.set_author(author)
    pdf.set_title(title)
    pdf.set_creator("Logiciel de courrier")
    pdf.set_producer("Logiciel de courrier")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    for b in blocks:
        if b[0] == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "b":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "blank":
            pdf.ln(3)
        elif b[0] == "page":
            pdf.add_page()
        elif b[0] == "table":
            pdf.set_font("DejaVu", "", 8.5)
            rows = b[1]
            widths = col_widths or tuple([1] * len(rows[0]))
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.5) as table:
                for row in rows:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(2)
    path.write_bytes(bytes(pdf.output()))


def D(y, m, d):
    return dt.datetime(y, m, d, 9, 0, 0, tzinfo=dt.timezone.utc)


# --------------------------------------------------------------------------
# The letters
# --------------------------------------------------------------------------

L = []  # (id, fmt, content, when, author, title, gold, meta)


def add(id, fmt, content, when, author, title, gm, col_widths=None):
    g, meta = gm
    L.append(dict(id=id, fmt=fmt, content=content, when=when, author=author, title=title,
                  gold=g, meta=meta, col_widths=col_widths))

# ---- t01: emergency physician, telegraphic note, "sous AOD" (class only) ----
T01 = """CENTRE HOSPITALIER DE SAINT-AURÈLE – Service d'accueil des urgences
Tél. 04 00 00 00 00 – Fax 04 00 00 00 01

Saint-Aurèle, le 04/11/2026
Dr Malo TERRASSIN, urgentiste
À l'attention de la coordination RCP métastases osseuses – CHU de Valmorin

M. Gérard PASQUIER, 78 ans. Atcd : ACFA sous AOD, HTA, K prostate connu depuis 2019 sous Décapeptyl (cs onco Dr Ferrand).
Cs SAU pour lombalgies d'aggravation progressive depuis 10 j, majorées à la mobilisation, EVA 8. Pas de déficit, pas de tb sphinctériens.
IRM rachis : tassement L3 récent + multiples lésions secondaires rachis et bassin, pas d'épidurite. PSA 48 ng/mL.
Ttt : Décapeptyl 22,5 mg/6 mois, Doliprane 1 g x4/j, Amlor 5 mg 1-0-0, tramadol LP 100 mg 1-0-1 introduit ce jour.
PS 2. RAD ce soir avec son épouse.
Merci de discuter en RCP : cimentoplastie L3 ? RTE antalgique ?
Bien confraternellement. Dr M. Terrassin
"""
add("t01", "txt", T01, D(2026, 11, 4), "Dr M. Terrassin", "Urgences – demande RCP", gold(
    "t01", "M", 78,
    ("present", "prostate", None, {"PSA": "positive"}),
    ("present", ["pain"], True),
    ("present", ["mechanical"], 8),
    ("present", ["L02AE04", "N02BE01", "N02AX02"]),
    ("unknown", []),
    ("unknown", []),
    ("present", []),
    ("unknown", []),
    ("present", "ecog", 2),
    ("present", None),
    evidence=["sous AOD", "Décapeptyl", "PSA 48", "EVA 8", "PS 2", "à la mobilisation", "depuis 10 j"]))

# ---- t02: radiation oncologist, dictated by speech recognition (DOCX) ----
T02 = [
    ("b", "INSTITUT DE RADIOTHÉRAPIE DES TILLEULS"),
    ("p", "Dr Anne-Laure VÉRICOURT – Oncologue radiothérapeute\n8 avenue des Tilleuls – 38999 Bressanges – Secrétariat 04 00 00 10 10"),
    ("blank",),
    ("p", "Bressanges, le 12 octobre 2026"),
    ("p", "Dr Karim HADDOU\nOncologie médicale – Clinique du Parc, Bressanges\nCopie : RCP métastases osseuses, CHU de Valmorin"),
    ("p", "Objet : Mme Solange DURIVAL – consultation du 12/10/2026"),
    ("blank",),
    ("p", "cher ami"),
    ("p", "je revois ce jour en consultation madame Solange DURIVAL âgée de soixante-trois ans que tu connais bien pour un carcinome lobulaire infiltrant du sein gauche RE positif à quatre-vingt-dix pour cent RP positif à vingt pour cent HER2 négatif score un plus diagnostiqué en février deux mille vingt-trois d'emblée métastatique au niveau osseux les métastases osseuses ayant été découvertes sur le TEP-FDG du bilan d'extension initial en mars deux mille vingt-trois"),
    ("p", "la patiente et traitée par létrozole deux virgule cinq milligrammes par jour et Kisqali six cents milligrammes trois semaines sur quatre depuis avril deux mille vingt-trois avec une bonne tolérance en dehors d'une neutropénie grade deux"),
    ("p", "sur le plan osseux elle a déjà été traitée par radiothérapie externe trente gray en dix fractions sur D7 D9 en mars deux mille vingt-quatre pour une épidurite sang déficit et elle reçoit du Xgeva cent vingt milligrammes toutes les quatre semaines associé à Orocal D3 un comprimé matin et soir"),
    ("p", "elle se plaint depuis environ six semaines d'une douleur de la fesse droite à la marche qui la réveille la nuit cotée à six sur dix à l'EVA ce jour malgré le Doliprane un gramme trois fois par jour le scanner du dix-huit septembre montre une lésion lytique du toit du cotyle droit de vingt-huit millimètres sans rupture corticale le reste de la maladie étant stable"),
    ("p", "pour mémoire elle a présenté une embolie pulmonaire en janvier deux mille vingt-six et elle est anticoagulée par Lixiana soixante milligrammes une fois par jour que nous ne modifierons pas"),
    ("p", "elle est en bon état général OMS un elle poursuit ses activités et garde ses petits-enfants"),
    ("p", "au total il s'agit d'une progression osseuse unique sous létrozole Kisqali chez une patiente en situation métastatique traitée à visée palliative je pense qu'une radiothérapie stéréotaxique du cotyle droit trente-cinq gray en cinq fractions pourrait être proposée et je souhaite avoir l'avis de la RCP sur ce point et sur l'intérêt d'une cimentoplastie associée compte tenu de la localisation en zone portante"),
    ("p", "je te remercie de ta confiance et ne manquerai pas de te tenir informé"),
    ("p", "bien amicalement"),
    ("p", "Dr A.-L. Véricourt"),
    ("blank",),
    ("p", "Document dicté le 12/10/2026 – transcription par reconnaissance vocale, non relu."),
]
add("t02", "docx", T02, D(2026, 10, 12), "Dr A.-L. Véricourt", "Consultation radiothérapie", gold(
    "t02", "F", 63,
    ("present", "breast", "invasive_lobular_carcinoma", {"ER": "positive", "PR": "positive", "HER2": "negative"}),
    ("present", ["staging_imaging"], True),
    ("present", ["mechanical", "nocturnal"], 6),
    ("present", ["L02BG04", "L01EF02", "M05BX04", "A12AX", "N02BE01", "B01AF03"]),
    ("present", ["radiotherapy"]),
    ("present", ["M05BX04"]),
    ("present", ["B01AF03"]),
    ("unknown", []),
    ("present", "ecog", 1),
    ("present", "palliative"),
    evidence=["Lixiana", "Xgeva", "Kisqali", "létrozole", "Orocal D3", "six sur dix", "OMS un",
              "trente gray en dix fractions", "la réveille la nuit", "à la marche", "visée palliative"]))

# ---- t03: spine surgeon, decompression + fixation, warfarin with heparin overlap (PDF) ----
T03 = [
    ("b", "HÔPITAL SAINT-CLAIR DE MONTBRAC"),
    ("p", "Service de chirurgie orthopédique et rachidienne\nPr Hugues DELAVEYNE – Dr Clément ARGOUD\n14 rue de l'Abbaye – 71999 Montbrac – Tél. 03 00 00 20 20"),
    ("blank",),
    ("p", "Montbrac, le 2 octobre 2026"),
    ("p", "Dr Nadia BELKHIR\nOncologie médicale – Centre Les Acacias\nCopie : secrétariat de la RCP métastases osseuses, CHU de Valmorin"),
    ("blank",),
    ("b", "Objet : M. Roland VASSEUR, né le 03/11/1957 – demande d'avis RCP après décompression et ostéosynthèse D8-D12"),
    ("blank",),
    ("p", "Chère consœur,"),
    ("p", "Je vous adresse le compte rendu de la prise en charge de M. Vasseur, que vous suivez pour un carcinome rénal à cellules claires (néphrectomie élargie gauche en juin 2019, pT3a N0, grade ISUP 3), métastatique au poumon depuis 2024 et traité jusqu'ici par cabozantinib (Cabometyx 40 mg/j)."),
    ("b", "Histoire de la maladie osseuse"),
    ("p", "Le patient a été admis le 12 septembre 2026 par les urgences pour une faiblesse des deux membres inférieurs d'installation rapide sur 48 heures (Frankel C), sans douleur rachidienne préalable notable. L'IRM du rachis entier a retrouvé une lésion lytique du corps et de l'arc postérieur de D10 avec épidurite compressive. Il s'agit de la première localisation osseuse : le TEP-FDG de juillet 2026 ne montrait pas d'atteinte osseuse."),
    ("p", "Il a bénéficié en urgence, le 14/09/2026, d'une laminectomie décompressive D9-D11 avec ostéosynthèse postérieure percutanée D8-D12. L'examen anatomopathologique confirme une métastase de carcinome à cellules claires d'origine rénale."),
    ("p", "Les suites sont marquées par une récupération motrice partielle (Frankel D) ; il marche avec un déambulateur. Il persiste des douleurs à type de décharges électriques en ceinture à hauteur de D10 et des brûlures de la face antérieure des cuisses, EN 3/10 ce jour sous traitement (7/10 en post-opératoire immédiat)."),
    ("b", "Antithrombotiques"),
    ("p", "M. Vasseur est porteur d'une valve aortique mécanique (2015) et traité au long cours par Coumadine (warfarine). La Coumadine a été interrompue le 12/09 avec relais par héparine non fractionnée IV, puis Calciparine sous-cutanée 7 500 UI trois fois par jour depuis le 18/09. La Coumadine a été réintroduite le 28/09 ; à ce jour (INR 1,9) le chevauchement Calciparine-Coumadine se poursuit jusqu'à obtention de deux INR dans la cible (2,5 à 3,5)."),
    ("p", "Le Kardégic 75 mg qu'il prenait a été arrêté avant l'intervention et ne sera pas repris (décision conjointe avec son cardiologue, Dr Lhermitte)."),
    ("p", "Le cabozantinib a été suspendu le 12/09 ; sa reprise reste à discuter avec vous, idéalement pas avant cicatrisation complète."),
    ("p", "Aucun traitement anti-résorptif osseux n'a été administré à ce jour."),
    ("page",),
    ("b", "Traitement de sortie (02/10/2026)"),
    ("table", [
        ["Médicament", "Posologie", "Remarque"],
        ["COUMADINE 5 mg cp", "1 cp le soir", "dose adaptée à l'INR (cible 2,5-3,5)"],
        ["CALCIPARINE 7 500 UI/0,3 mL", "1 inj. SC à 8 h, 16 h et 24 h", "jusqu'à 2 INR dans la cible"],
        ["OXYCONTIN LP 20 mg", "1-0-1", ""],
        ["OXYNORM 5 mg gél.", "1 gél. si douleur, max 6/j", ""],
        ["NEURONTIN 300 mg gél.", "1-1-1", "douleurs neuropathiques"],
        ["DECTANCYL 0,5 mg cp", "8 cp le matin", "décroissance sur 10 jours"],
        ["EUPANTOL 40 mg", "0-0-1", ""],
        ["FORLAX 10 g", "2 sachets/j", ""],
        ["TRIATEC 5 mg", "1-0-0", ""],
    ]),
    ("p", "État général : indice de Karnofsky à 60 %. Il est transféré ce jour en soins de suite et réadaptation (centre Les Genêts)."),
    ("b", "Projet"),
    ("p", "Une radiothérapie post-opératoire du foyer D10 est programmée dans le service du Dr Royer (20 Gy en 5 fractions, début prévu le 26/10/2026)."),
    ("p", "Je souhaite l'avis de la RCP sur la place d'une radiothérapie stéréotaxique plutôt que conventionnelle, et sur l'introduction d'un traitement par dénosumab ou acide zolédronique."),
    ("p", "Je vous prie de croire, chère consœur, à l'assurance de mes sentiments confraternels."),
    ("p", "Dr Clément ARGOUD\nChirurgien orthopédiste – Unité rachis"),
]
add("t03", "pdf", T03, D(2026, 10, 2), "Dr C. Argoud", "Compte rendu chirurgie rachis", gold(
    "t03", "M", 68,
    ("present", "kidney", "clear_cell_carcinoma", {}),
    ("present", ["neurological_deficit"], True),
    ("present", ["neuropathic"], 3),
    ("present", ["B01AA03", "B01AB01", "N02AA05", "N03AX12", "H02AB02", "A02BC02", "A06AD15", "C09AA05"]),
    ("present", ["surgery"]),
    ("absent", []),
    ("present", ["B01AA03", "B01AB01"]),
    ("absent", []),
    ("present", "kps", 60),
    ("present", None),
    stopped=["B01AC06", "L01EX07"], planned=["M05BX04", "M05BA08"],
    evidence=["Coumadine", "Calciparine", "Kardégic 75 mg qu'il prenait a été arrêté", "Karnofsky à 60",
              "EN 3/10", "décharges électriques", "Aucun traitement anti-résorptif", "laminectomie",
              "radiothérapie post-opératoire du foyer D10 est programmée", "12 septembre 2026", "03/11/1957"],
    birth=(1957, 11, 3)), col_widths=(55, 50, 65))

# ---- t04: rheumatologist, osteoporosis on Prolia, kyphoplasty, primary probable (TXT) ----
T04 = """Dr Isabelle CHAMPRÉAL
Rhumatologie – Ostéoporose – Pathologie rachidienne
Cabinet du Parc, 12 allée des Cèdres, 21999 Lormes-la-Vallée
Tél. 03 00 00 30 30 – RPPS 10000000000

                                        Lormes-la-Vallée, le 9 octobre 2026

                                        Dr Paul-Henri MÉNARD
                                        Coordination RCP métastases osseuses
                                        Institut Henri-Vallet

Objet : Mme Odette LAMBERTIN, 72 ans

Cher confrère,

Je vous adresse Mme Lambertin, 72 ans, que je suis depuis 2019 pour une ostéoporose post-ménopausique fracturaire, afin que son dossier soit discuté à votre prochaine RCP.

Antécédents
- Ostéoporose (fracture du poignet droit en 2018), traitée par alendronate de 2019 à 2021, relayé depuis janvier 2022 par Prolia 60 mg, une injection sous-cutanée tous les 6 mois ; dernière injection le 15 mai 2026, la suivante est prévue fin novembre.
- Coronaropathie stentée en 2020, HTA, dyslipidémie.
- Tabagisme sevré en 2015 (35 PA).

Histoire
En juin 2026, en soulevant un pack d'eau, apparition d'une douleur dorsale brutale. La radiographie retrouvait un tassement de D12, rapporté dans un premier temps à l'ostéoporose. Devant la persistance des douleurs, l'IRM de juillet 2026 a montré un aspect infiltratif de D12 et deux autres lésions (L4 et aile iliaque gauche). Une cyphoplastie D12 avec biopsie a été réalisée le 24 juillet 2026 (Dr Sarrazin) : métastase d'un adénocarcinome TTF1+, CK7+, d'origine pulmonaire probable. Le scanner thoracique retrouve une masse lobaire supérieure droite de 32 mm, non biopsiée à ce jour. Les recherches de mutation EGFR et de réarrangement ALK sur le prélèvement osseux sont en cours.

Actuellement, douleurs dorsolombaires persistantes avec un dérouillage matinal d'environ 30 minutes et des réveils nocturnes vers 3-4 h, EN 5/10. Pas de radiculalgie, pas de déficit. Calcémie normale.

Traitement actuel
- Prolia 60 mg : 1 injection SC tous les 6 mois
- Kardégic 75 mg : 1 sachet le midi
- Tahor 20 mg : 0-0-1
- Cardensiel 2,5 mg : 1-0-0
- Uvedose 100 000 UI : 1 ampoule tous les 3 mois
- Topalgic LP 100 mg : 1 cp matin et soir
- Doliprane 1 g : si besoin, jusqu'à 3/j
Pas de traitement anticoagulant.

Elle reste autonome, marche sans aide ; je l'estime OMS 1. Elle a rendez-vous le 20 octobre avec le Dr Nguyen (oncologie thoracique) ; aucune décision de traitement oncologique n'a encore été prise.

Mes questions :
1) Faut-il irradier les lésions L4 et iliaque, ou attendre le traitement systémique ?
2) Faut-il remplacer le Prolia par du Xgeva à dose oncologique ?

Je vous remercie de votre aide et vous prie de croire, cher confrère, en mes sentiments les meilleurs.

Dr I. Champréal
"""
add("t04", "txt", T04, D(2026, 10, 9), "Dr I. Champréal", "Demande RCP", gold(
    "t04", "F", 72,
    ("uncertain", "lung", "adenocarcinoma", {"EGFR": "pending", "ALK": "pending"}),
    ("present", ["pathological_fracture"], True),
    ("present", ["inflammatory", "nocturnal"], 5),
    ("present", ["M05BX04", "B01AC06", "C10AA05", "C07AB07", "A11CC05", "N02AX02", "N02BE01"]),
    ("present", ["cementoplasty"]),
    ("present", ["M05BX04"]),
    ("absent", []),
    ("present", ["B01AC06"]),
    ("present", "ecog", 1),
    ("unknown", None),
    stopped=["M05BA04"],
    evidence=["Pas de traitement anticoagulant", "Prolia 60 mg", "Kardégic", "cyphoplastie D12",
              "pulmonaire probable", "dérouillage matinal", "réveils nocturnes", "EN 5/10", "OMS 1",
              "Pas de radiculalgie", "aucune décision de traitement oncologique"]))

# ---- t05: palliative-care mobile team, supportive care only, fondaparinux (DOCX) ----
T05 = [
    ("b", "CENTRE HOSPITALIER DE RIVEMONT – ÉQUIPE MOBILE DE SOINS PALLIATIFS"),
    ("p", "Dr Hélène GAUTHEROT, médecin – Mme Laure PIC, infirmière – M. Yanis FERHAT, psychologue\nPoste 5521 – emsp@ch-rivemont.example"),
    ("blank",),
    ("p", "Rivemont, le 16 octobre 2026"),
    ("p", "À l'attention du Dr Paul-Henri Ménard\nRCP métastases osseuses – CHU de Valmorin"),
    ("p", "Objet : M. Thierry BOSQUET, 58 ans, hospitalisé en médecine polyvalente (chambre 214)"),
    ("blank",),
    ("p", "Cher confrère,"),
    ("p", "Notre équipe intervient depuis le 7 octobre auprès de M. Bosquet, à la demande du service, pour des douleurs difficiles à équilibrer. Avec l'accord du patient, nous sollicitons l'avis de la RCP."),
    ("b", "Histoire oncologique"),
    ("p", "Carcinome urothélial de vessie infiltrant le muscle, diagnostiqué en mars 2026 (RTUV), métastatique d'emblée : ganglions rétropéritonéaux et os (bassin, fémur gauche, rachis lombaire) sur le TEP-FDG du bilan d'extension d'avril 2026. Quatre cures de gemcitabine-carboplatine d'avril à juillet 2026, avec progression. Après discussion avec le patient et son épouse, le Dr Roussel (oncologue) a arrêté tout traitement spécifique le 1er octobre : la prise en charge est désormais en soins de support exclusifs."),
    ("p", "Traitement local : radiothérapie antalgique du col fémoral gauche, 8 Gy en une fraction, le 2 septembre 2026."),
    ("p", "Il a reçu une perfusion unique de Zometa 4 mg le 15 juillet 2026, non renouvelée en raison d'une insuffisance rénale (clairance 32 mL/min)."),
    ("b", "Évaluation de la douleur par l'équipe"),
    ("p", "– douleur de la cuisse gauche à type de brûlures et de décharges, DN4 à 6/10 ;"),
    ("p", "– douleur du bassin à la mobilisation et lors des transferts lit-fauteuil ;"),
    ("p", "– EN ce jour 4/10 au repos (8/10 le 7 octobre) ; le sommeil est préservé depuis l'adaptation du traitement."),
    ("b", "Traitement en cours (prescription du 14/10/2026)"),
    ("table", [
        ["Médicament", "Posologie", "Commentaire"],
        ["Durogesic 37 µg/h", "1 patch tous les 3 jours", "augmenté le 14/10"],
        ["Actiskenan 10 mg", "1 gélule si douleur (max 6/j) et 30 min avant les soins", ""],
        ["Lyrica 75 mg", "matin et soir", ""],
        ["Laroxyl 40 mg/mL solution buvable", "10 gouttes au coucher", ""],
        ["Movicol", "2 sachets/j", ""],
        ["Arixtra 7,5 mg", "1 injection SC/j", "TVP fémorale gauche du 28/08/2026 ; Fragmine initiale arrêtée le 20/09 (thrombopénie à 62 G/L), remplacée par fondaparinux"],
        ["Zopiclone 7,5 mg", "1 cp si insomnie", ""],
    ]),
    ("p", "Pas d'antiagrégant plaquettaire."),
    ("b", "État général et pronostic"),
    ("p", "OMS 3 : alité plus de la moitié de la journée, transferts avec aide. Le pronostic est estimé à quelques semaines à quelques mois. M. Bosquet souhaite rentrer à domicile (HAD en cours d'organisation)."),
    ("b", "Question à la RCP"),
    ("p", "La lésion lytique sous-trochantérienne gauche (score de Mirels à 10) justifie-t-elle une fixation prophylactique dans ce contexte, ou une ré-irradiation serait-elle plus raisonnable ? Un geste court, compatible avec un retour à domicile, aurait notre préférence."),
    ("p", "Avec nos remerciements et nos salutations confraternelles,"),
    ("p", "Dr Hélène Gautherot, pour l'EMSP"),
]
add("t05", "docx", T05, D(2026, 10, 16), "EMSP Rivemont", "Demande d'avis RCP – EMSP", gold(
    "t05", "M", 58,
    ("present", "bladder", "other", {}),
    ("present", ["staging_imaging"], True),
    ("present", ["neuropathic", "mechanical"], 4),
    ("present", ["N02AB03", "N02AA01", "N03AX16", "N06AA09", "A06AD65", "B01AX05", "N05CF01"]),
    ("present", ["radiotherapy"]),
    ("absent", []),
    ("present", ["B01AX05"]),
    ("absent", []),
    ("present", "ecog", 3),
    ("present", "supportive"),
    stopped=["B01AB04", "M05BA08", "L01BC05", "L01XA02"],
    evidence=["Arixtra", "Fragmine initiale arrêtée", "perfusion unique de Zometa", "Pas d'antiagrégant",
              "soins de support exclusifs", "OMS 3", "EN ce jour 4/10", "brûlures", "à la mobilisation",
              "8 Gy en une fraction", "bilan d'extension d'avril 2026"]), )

# ---- t06: geriatrician + pharmacist's medication reconciliation, Préviscan contradiction (PDF) ----
T06 = [
    ("b", "CENTRE HOSPITALIER GÉRIATRIQUE LES HAUTES-FEUILLES"),
    ("p", "Unité de gériatrie aiguë – Dr Bénédicte ROCHEVAL, gériatre\n3 chemin des Hautes-Feuilles – 42999 Saint-Aurèle – Tél. 04 00 00 40 40"),
    ("blank",),
    ("p", "Saint-Aurèle, le 19 novembre 2026"),
    ("p", "Dr Paul-Henri MÉNARD\nRCP métastases osseuses – CHU de Valmorin"),
    ("blank",),
    ("b", "Objet : Mme Germaine FOUQUERAY, née le 21/11/1937"),
    ("blank",),
    ("p", "Cher confrère,"),
    ("p", "Je me permets de vous adresser Mme Fouqueray, hospitalisée dans notre unité depuis le 12 novembre 2026 au décours d'une chute à domicile."),
    ("b", "Antécédents"),
    ("p", "– Carcinome canalaire infiltrant du sein droit, RE+ (90 %), RP−, HER2−, traité en 2009 par tumorectomie, curage axillaire et radiothérapie mammaire, puis tamoxifène pendant 5 ans. Rechute ganglionnaire axillaire droite en mars 2025 : anastrozole 1 mg/j depuis.\n– HTA, insuffisance cardiaque à FEVG préservée, hypothyroïdie.\n– Ostéoporose : Actonel arrêté par la patiente en 2023."),
    ("b", "Histoire récente"),
    ("p", "Le 12/11/2026, chute mécanique dans sa cuisine, sans perte de connaissance. La radiographie du bassin, réalisée pour éliminer une fracture du col fémoral, n'a pas montré de fracture mais a découvert de façon fortuite une lésion ostéolytique du toit du cotyle droit. Le scanner thoraco-abdomino-pelvien du 14/11/2026 retrouve en outre deux lésions lytiques vertébrales (L1, L5) et des adénopathies axillaires droites. Pas de biopsie (refus de la patiente)."),
    ("p", "Depuis la chute, elle décrit une douleur de la hanche droite à la mise en charge, qui limite la marche. Hétéro-évaluation par l'équipe soignante : Algoplus 2/5, Doloplus 9/30."),
    ("p", "Elle n'a jamais reçu de radiothérapie ni de chirurgie sur le squelette. Pas de bisphosphonate ni de dénosumab actuellement. Elle ne prend pas d'anticoagulant."),
    ("b", "Évaluation gériatrique"),
    ("p", "MMSE 24/30, ADL 4/6, IADL 3/8, mini-GDS 1/4, albuminémie 31 g/L, DFG 38 mL/min (CKD-EPI). Elle vit seule, avec passage infirmier quotidien et aide-ménagère. Au terme de l'évaluation gériatrique, nous estimons son espérance de vie supérieure à un an."),
    ("b", "Projet"),
    ("p", "Poursuite de l'anastrozole. Après discussion avec la patiente et sa fille, pas de chimiothérapie."),
    ("b", "Questions à la RCP"),
    ("p", "Radiothérapie antalgique du cotyle ? Indication chirurgicale (risque fracturaire) ? Introduction d'un traitement anti-résorptif compte tenu de la fonction rénale ?"),
    ("p", "Vous trouverez ci-joint la conciliation médicamenteuse d'entrée réalisée par la pharmacie."),
    ("p", "Bien confraternellement,"),
    ("p", "Dr B. Rocheval"),
    ("page",),
    ("b", "CONCILIATION MÉDICAMENTEUSE D'ENTRÉE – Pharmacie à usage intérieur"),
    ("p", "Patiente : FOUQUERAY Germaine, née le 21/11/1937 – UF gériatrie aiguë – entrée le 12/11/2026\nRéalisée le 17/11/2026 par M. Antoine LESPINASSE, pharmacien\nSources : entretien avec la patiente, pilulier préparé par l'infirmière libérale, ordonnance du médecin traitant (Dr Cazal, 02/09/2026), dossier pharmaceutique (DP)"),
    ("table", [
        ["Médicament (domicile)", "Posologie", "Décision à l'entrée", "Commentaire"],
        ["ANASTROZOLE 1 mg cp", "1-0-0", "Poursuivi", ""],
        ["PRÉVISCAN 20 mg cp sécable", "¾ cp le soir", "Poursuivi", "Divergence non documentée : absent du courrier d'entrée. Présent dans le pilulier et au DP. Indication : ACFA (courrier cardiologue 2021). INR 2,6 le 17/11. Médecin informé."],
        ["KARDÉGIC 75 mg sachet", "0-1-0", "Arrêté", "Association AVK + antiagrégant sans indication retrouvée ; arrêt validé par le Dr Rocheval le 17/11"],
        ["LASILIX 40 mg cp", "1-0-0", "Poursuivi", ""],
        ["LEVOTHYROX 75 µg cp", "1 cp à jeun", "Poursuivi", ""],
        ["INEXIUM 20 mg cp", "0-0-1", "Poursuivi", ""],
        ["CALCIPRAT D3 1000 mg/880 UI", "0-1-0", "Poursuivi", ""],
        ["DOLIPRANE 1 g", "1-1-1", "Poursuivi", ""],
        ["IMOVANE 7,5 mg", "½ cp au coucher si besoin", "Poursuivi", ""],
        ["ACTONEL 35 mg", "1 cp/semaine", "Non repris", "Arrêté par la patiente en 2023 (DP : dernière délivrance 03/2023)"],
    ]),
    ("p", "Divergences : 2 (1 non documentée, 1 documentée). Pharmacien : A. Lespinasse – poste 4090"),
]
add("t06", "pdf", T06, D(2026, 11, 19), "Dr B. Rocheval", "Courrier gériatrie + conciliation", gold(
    "t06", "F", 88,
    ("present", "breast", "invasive_ductal_carcinoma", {"ER": "positive", "PR": "negative", "HER2": "negative"}),
    ("present", ["incidental_imaging"], True),
    ("present", ["mechanical"], None),
    ("present", ["L02BG03", "B01AA12", "C03CA01", "H03AA01", "A02BC05", "A12AX", "N02BE01", "N05CF01"]),
    ("absent", []),
    ("absent", []),
    ("conflicting", ["B01AA12"]),
    ("absent", []),
    ("present", "ecog", None),
    ("present", None),
    stopped=["B01AC06", "M05BA07", "L02BA01"],
    evidence=["ne prend pas d'anticoagulant", "PRÉVISCAN 20 mg", "KARDÉGIC 75 mg sachet", "Arrêté",
              "de façon fortuite", "à la mise en charge", "espérance de vie supérieure à un an",
              "jamais reçu de radiothérapie", "Pas de bisphosphonate ni de dénosumab", "Poursuite de l'anastrozole",
              "21/11/1937"], birth=(1937, 11, 21)),
    col_widths=(42, 28, 25, 75))

# ---- t07: very short emergency note, explicit denials (TXT) ----
T07 = """CH de Vallorgues – Urgences adultes                03/11/2026 – 02h40
Fax : secrétariat RCP métastases osseuses, CHU Valmorin

H 66 a, M. Jean-Luc RIBEYRE. Tabac 40 PA, BPCO. ADK pulmonaire LIG stade IV (EGFR-, ALK-, PD-L1 70 %) sous pembrolizumab (Keytruda, C5 le 21/10).
Cs pour dorsalgies depuis 3 sem, en ceinture, décharges électriques, EVA 7 à l'arrivée -> 3 après titration morphine. Pas de déficit S/M, pas de tb sphinctériens.
IRM rachis : lyse D6 + épidurite D6 sans compression médullaire (1ère localisation osseuse).
Ttt : Keytruda /3 sem, Skenan LP 30 mg 1-0-1, Actiskenan 10 mg si besoin, Solupred 60 mg/j débuté ce jour, Inexium 40 mg le soir.
Pas d'anticoag (ni AOD ni HBPM), pas d'AAP. Jamais de ttt local osseux (ni RTE ni chir).
PS 1. Hospitalisé en pneumo (Dr Kessab).
=> RCP urgente svp : RTE D6 ? avis chir rachis ?
Dr Samia OUARDI, urgentiste – poste 4471
"""
add("t07", "txt", T07, D(2026, 11, 3), "Dr S. Ouardi", "Urgences", gold(
    "t07", "M", 66,
    ("present", "lung", "adenocarcinoma", {"EGFR": "negative", "ALK": "negative", "PD-L1": "positive"}),
    ("present", ["pain"], True),
    ("present", ["neuropathic"], 3),
    ("present", ["L01FF02", "N02AA01", "H02AB06", "A02BC05"]),
    ("absent", []),
    ("unknown", []),
    ("absent", []),
    ("absent", []),
    ("present", "ecog", 1),
    ("present", None),
    evidence=["Pas d'anticoag", "pas d'AAP", "Keytruda", "Skenan", "Solupred", "décharges électriques",
              "-> 3", "PS 1", "Jamais de ttt local osseux", "depuis 3 sem"]))

# ---- t08: orthopaedic surgeon, prophylactic nailing, Pradaxa paused pre-op, Plavix kept (DOCX) ----
T08 = [
    ("b", "CLINIQUE DU VAL D'ARGENS"),
    ("p", "Chirurgie orthopédique et traumatologique – Dr Olivier MARCELLIN\n2 boulevard des Platanes – 83999 Fréjac – Tél. 04 00 00 50 50"),
    ("blank",),
    ("p", "Fréjac, le 13 novembre 2026"),
    ("p", "RCP métastases osseuses – CHU de Valmorin\nCopie : Dr Sophie LENOIR (endocrinologue), Dr Marc TISSIER (médecin traitant)"),
    ("p", "Objet : Mme Éliane CORBIÈRE, 71 ans – enclouage prophylactique du fémur gauche programmé le 21/11/2026"),
    ("blank",),
    ("p", "Chers collègues,"),
    ("p", "J'ai vu en consultation Mme Corbière, 71 ans, suivie pour un carcinome vésiculaire de la thyroïde (thyroïdectomie totale en mars 2024, deux administrations d'iode 131 en 2024 et 2025, maladie devenue réfractaire à l'iode), métastatique au poumon et à l'os, traitée par lenvatinib depuis janvier 2026."),
    ("p", "La maladie osseuse a été découverte en mai 2025 sur la scintigraphie post-thérapeutique à l'iode 131 (fixation iliaque droite) ; cette métastase iliaque a été traitée par radiofréquence en juin 2025 au CHU (Dr Aubertin)."),
    ("p", "Elle présente depuis août 2026 des douleurs de la cuisse gauche, à la marche et à l'appui monopodal, soulagées au repos, sans douleur nocturne, EN 6/10. La radiographie puis le scanner montrent une lésion lytique sous-trochantérienne gauche, avec une corticale latérale amincie de plus de 50 % ; score de Mirels à 9."),
    ("p", "Indication retenue : enclouage centromédullaire prophylactique du fémur gauche, programmé le 21 novembre 2026."),
    ("b", "Traitement habituel (ordonnance apportée par la patiente)"),
    ("p", "LEVOTHYROX 150 µg : 1 cp le matin à jeun\nLENVIMA 10 mg + 4 mg gél. : 14 mg/j le matin – à interrompre à partir du 14/11 (7 jours avant le geste), reprise selon la cicatrisation\nPRADAXA 110 mg gél. : 1 matin et 1 soir (ACFA, CHA2DS2-VASc 4)\nPLAVIX 75 mg cp : 1 cp le midi (AOMI, pontage fémoro-poplité droit en 2019)\nTAHOR 40 mg : 0-0-1\nIXPRIM 37,5 mg/325 mg : 1 cp x 3/j\nACLASTA 5 mg : une perfusion par an pour l'ostéoporose, la dernière en mars 2026\nUVEDOSE 100 000 UI : 1 ampoule tous les 3 mois"),
    ("b", "Gestion péri-opératoire des antithrombotiques (consultation d'anesthésie du Dr Pélissier, 12/11/2026)"),
    ("p", "– Pradaxa : dernière prise le 17/11 au soir (arrêt 72 h avant, clairance de la créatinine à 48 mL/min), sans relais par héparine ; reprise à J2 post-opératoire selon le saignement.\n– Plavix : poursuivi sans interruption compte tenu de l'indication artérielle."),
    ("b", "Question à la RCP"),
    ("p", "Je sollicite votre avis sur l'indication d'une radiothérapie post-opératoire du fémur, et sur la poursuite de l'Aclasta ou son remplacement par un anti-résorptif à dose oncologique."),
    ("p", "Avec mes remerciements, bien confraternellement,"),
    ("p", "Dr O. Marcellin"),
]
add("t08", "docx", T08, D(2026, 11, 13), "Dr O. Marcellin", "Consultation orthopédie", gold(
    "t08", "F", 71,
    ("present", "thyroid", "other", {}),
    ("present", ["staging_imaging"], True),
    ("present", ["mechanical"], 6),
    ("present", ["H03AA01", "L01EX08", "B01AE07", "B01AC04", "C10AA05", "N02AX02", "M05BA08", "A11CC05"]),
    ("present", ["ablation"]),
    ("present", ["M05BA08"]),
    ("present", ["B01AE07"]),
    ("present", ["B01AC04"]),
    ("unknown", None, None),
    ("present", None),
    evidence=["PRADAXA 110 mg", "PLAVIX 75 mg", "ACLASTA 5 mg", "LENVIMA", "radiofréquence", "EN 6/10",
              "sans douleur nocturne", "à la marche", "dernière prise le 17/11", "mai 2025"]))

# ---- t09: radiation oncologist, speech recognition, rivaroxaban stopped long ago, DAPT (PDF) ----
T09 = [
    ("b", "CENTRE DE RADIOTHÉRAPIE BEAUSÉJOUR"),
    ("p", "Dr Franck LEMERCIER – Oncologue radiothérapeute\n27 rue Beauséjour – 56999 Kerlouan-sur-Mer – Tél. 02 00 00 60 60"),
    ("blank",),
    ("p", "Compte rendu de consultation du 23/10/2026\nDestinataire : Dr Marion AUBRY, urologue – copie RCP métastases osseuses"),
    ("p", "Patient : M. Bernard QUÉLEN"),
    ("blank",),
    ("p", "chère consœur"),
    ("p", "j'ai revu ce jour en consultation monsieur Bernard QUÉLEN soixante-quatorze ans pour un adénocarcinome de prostate Gleason quatre plus quatre traité en deux mille dix-neuf par prostatectomie radicale puis radiothérapie de la loge en deux mille vingt et un pour une récidive biologique actuellement au stade de résistance à la castration"),
    ("p", "pour rappel les métastases osseuses ont été découvertes en février deux mille vingt-cinq sur le TEP PSMA de réévaluation réalisé devant la remontée du PSA avec une atteinte du sacrum et de plusieurs côtes il a reçu une radiothérapie externe de trente gray en dix fractions sur le sacrum en mars deux mille vingt-cinq avec un bon résultat antalgique la douleur sacrée ces complètement amendée"),
    ("p", "il est traité par Décapeptyl onze virgule vingt-cinq milligrammes tous les trois mois et Xtandi cent soixante milligrammes par jour depuis mai deux mille vingt-cinq le PSA est remonté à vingt-trois nanogrammes par millilitre contre quatre en juin et le TEP PSMA du dix octobre montre une lésion nouvelle de l'arc postérieur de la huitième côte droite et de l'aile iliaque gauche le reste étant stable"),
    ("p", "sur le plan clinique il décrit une douleur de la hanche gauche à la mise en charge soulagée au repos cotée à quatre sur dix à l'EVA sans réveil nocturne il prend du Doliprane un gramme matin midi et soir"),
    ("p", "sur le plan cardiovasculaire il a été stenté en juin deux mille vingt-six pour un syndrome coronarien aigu et il est sous Brilique quatre-vingt-dix milligrammes matin et soir et Kardégic soixante-quinze milligrammes le midi pour douze mois ainsi que bisoprolol deux virgule cinq milligrammes et atorvastatine quatre-vingts milligrammes il avait été mis sous Xarelto vingt milligrammes en deux mille vingt-deux pour une phlébite du mollet gauche qui a été arrêté au bout de six mois il n'a donc pas d'anticoagulant actuellement"),
    ("p", "état général conservé OMS zéro il continue à jardiner"),
    ("p", "au total progression oligométastatique sous Xtandi je propose de discuter en RCP une radiothérapie stéréotaxique des deux lésions trente gray en trois fractions versus un changement de ligne vers le docétaxel la question d'un traitement par dénosumab se pose également"),
    ("p", "je te prie de croire chère consœur en mes sentiments les meilleurs"),
    ("p", "Dr F. Lemercier"),
    ("blank",),
    ("p", "Dicté le 23/10/2026 – transcrit par reconnaissance vocale, non relu par le médecin."),
]
add("t09", "pdf", T09, D(2026, 10, 23), "Dr F. Lemercier", "Consultation radiothérapie", gold(
    "t09", "M", 74,
    ("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
    ("present", ["staging_imaging"], True),
    ("present", ["mechanical"], 4),
    ("present", ["L02AE04", "L02BB04", "N02BE01", "B01AC24", "B01AC06", "C07AB07", "C10AA05"]),
    ("present", ["radiotherapy"]),
    ("unknown", []),
    ("absent", []),
    ("present", ["B01AC24", "B01AC06"]),
    ("present", "ecog", 0),
    ("present", None),
    stopped=["B01AF01"], planned=["L01CD02", "M05BX04"],
    evidence=["Xarelto", "arrêté au bout de six mois", "pas d'anticoagulant actuellement", "Brilique",
              "Kardégic", "Xtandi", "Décapeptyl", "quatre sur dix", "OMS zéro", "sans réveil nocturne",
              "trente gray en dix fractions sur le sacrum", "février deux mille vingt-cinq"]))

# ---- t10: emergency physician, pathological fracture, anticoagulation never mentioned (TXT) ----
T10 = """SAU – CH Pierre-Lasnier, Bressanges
Courrier de transfert / demande d'avis – 06/11/2026 21h15

Patient : M. Karim DJELLOUL, 55 ans
Motif : chute de sa hauteur ce jour vers 18 h en se relevant du canapé, impotence fonctionnelle MSD.
Atcd : ADK du côlon sigmoïde KRAS muté (colectomie 2024), métastases hépatiques, ttt par FOLFIRI-bevacizumab (C6 le 28/10, Dr Vial). DT2.
Ttt habituel : Glucophage 1000 1-0-1, Inexium 20 le soir, Dafalgan 1 g si besoin.
Clinique : déformation bras D, douleur à la moindre mobilisation, pas de déficit radial. EVA 8 à l'arrivée, 2 après immobilisation coude au corps et morphine IV.
Radio : fracture diaphysaire humérus D sur lésion lytique = fracture pathologique, 1ère lésion osseuse connue.
Bio : Hb 10,9 g/dL, Ca corrigée 2,41 mmol/L, créat 78 µmol/L.
État général avant l'épisode : PS 1.
Pris en charge en ortho demain (Dr Lachaume). Merci de programmer en RCP : ostéosynthèse puis RTE ? bilan d'extension osseux ?
Dr Vincent HALLÉ, SAU
"""
add("t10", "txt", T10, D(2026, 11, 6), "Dr V. Hallé", "Urgences", gold(
    "t10", "M", 55,
    ("present", "colorectal", "adenocarcinoma", {"KRAS": "positive"}),
    ("present", ["pathological_fracture"], True),
    ("present", ["mechanical"], 2),
    ("present", ["A10BA02", "A02BC05", "N02BE01"]),
    ("unknown", []),
    ("unknown", []),
    ("unknown", []),
    ("unknown", []),
    ("present", "ecog", 1),
    ("present", None),
    evidence=["fracture pathologique", "KRAS muté", "FOLFIRI", "Glucophage", "Dafalgan", "2 après", "PS 1",
              "ce jour vers 18 h", "mobilisation"]))

# ---- t11: spine surgeon, vertebroplasty planned, fluindione with planned enoxaparin bridge (PDF) ----
T11 = [
    ("b", "CHU DE VALMORIN – SERVICE DE NEUROCHIRURGIE – UNITÉ RACHIS"),
    ("p", "Dr Emma FONTCLAIR, neurochirurgien\nSecrétariat 04 00 00 70 70"),
    ("blank",),
    ("p", "Valmorin, le 25 novembre 2026"),
    ("p", "Dr Nadia BELKHIR, oncologie médicale\nSecrétariat de la RCP métastases osseuses"),
    ("blank",),
    ("b", "Objet : M. Serge ALBARÈDE, né le 25/11/1964 – vertébroplastie L2 programmée le 08/12/2026"),
    ("blank",),
    ("p", "Chère consœur, chers collègues,"),
    ("p", "Je vous remercie de m'avoir adressé M. Albarède, suivi par le Dr Belkhir pour un carcinome hépatocellulaire multifocal sur cirrhose alcoolique sevrée (Child-Pugh A6), traité à visée palliative par atézolizumab et bévacizumab (Tecentriq 1 200 mg + Avastin toutes les 3 semaines) depuis mars 2026."),
    ("p", "Les lésions osseuses (L2, ischion droit) ont été découvertes sur le scanner thoraco-abdomino-pelvien de réévaluation du 15 septembre 2026. Il décrit des douleurs lombaires à la mise en charge et lors des changements de position, avec réveils nocturnes, EVA 7/10 ce jour malgré le Palexia. Pas de radiculalgie ; examen neurologique normal. L'IRM du 02/10 montre un envahissement du corps de L2 sans recul du mur postérieur, score SINS à 9."),
    ("p", "Aucun traitement local osseux n'a été réalisé jusqu'ici. Un traitement par Xgeva 120 mg SC toutes les 4 semaines a été débuté le 02/10/2026, avec Cacit D3 1 sachet par jour."),
    ("p", "Traitement actuel : Tecentriq-Avastin, Xgeva, Cacit D3, Palexia LP 100 mg 1-0-1, Doliprane 1 g x 3/j, Avlocardyl LP 160 mg 1/j, Aldactone 50 mg 1/j, Préviscan 20 mg 1 cp le soir."),
    ("b", "Indication"),
    ("p", "Vertébroplastie L2 sous anesthésie locale et sédation, programmée le 8 décembre 2026."),
    ("b", "Anticoagulation"),
    ("p", "Le patient prend du Préviscan 20 mg, 1 comprimé le soir (INR cible 2-3), pour une thrombose portale diagnostiquée en mai 2026. En accord avec son hépatologue, le schéma péri-procédural sera le suivant :\n– arrêt du Préviscan le 03/12 au soir (J-5) ;\n– relais par énoxaparine (Lovenox) 6 000 UI x 2/j SC à débuter le 05/12 (J-3), dernière injection le 07/12 au matin ;\n– INR de contrôle la veille du geste (objectif < 1,5) ;\n– reprise du Lovenox à J+1 puis du Préviscan selon l'avis de l'hépatologue."),
    ("p", "Le bévacizumab sera décalé (dernière cure le 17/11, la suivante après le geste)."),
    ("p", "État général : OMS 1. Espérance de vie estimée par son oncologue à plus de 6 mois."),
    ("b", "Questions à la RCP"),
    ("p", "Faut-il associer une radiothérapie de l'ischion droit, et dans quel délai par rapport à la vertébroplastie ? Le schéma d'anticoagulation proposé vous paraît-il adapté ?"),
    ("p", "Je vous prie d'agréer, chère consœur, chers collègues, l'expression de mes salutations distinguées."),
    ("p", "Dr E. Fontclair"),
]
add("t11", "pdf", T11, D(2026, 11, 25), "Dr E. Fontclair", "Consultation neurochirurgie", gold(
    "t11", "M", 62,
    ("present", "other", "other", {}),
    ("present", ["staging_imaging"], True),
    ("present", ["mechanical", "nocturnal"], 7),
    ("present", ["L01FF05", "M05BX04", "A12AX", "N02AX06", "N02BE01", "B01AA12"]),
    ("absent", []),
    ("present", ["M05BX04"]),
    ("present", ["B01AA12"]),
    ("unknown", []),
    ("present", "ecog", 1),
    ("present", "palliative"),
    planned=["B01AB05"],
    evidence=["Préviscan 20 mg", "relais par énoxaparine (Lovenox)", "Xgeva 120 mg", "Tecentriq",
              "EVA 7/10", "réveils nocturnes", "à la mise en charge", "Aucun traitement local osseux",
              "OMS 1", "visée palliative", "Pas de radiculalgie", "15 septembre 2026", "25/11/1964"],
    birth=(1964, 11, 25)))

# ---- t12: RCP request form with checkboxes, apixaban doubtful (DOCX) ----
T12 = [
    ("b", "FICHE DE DEMANDE DE PASSAGE EN RCP MÉTASTASES OSSEUSES"),
    ("p", "CHU de Valmorin – 3C – À renvoyer au secrétariat de la RCP au plus tard le lundi précédant la séance"),
    ("blank",),
    ("table", [
        ["Rubrique", "Renseignements"],
        ["Date de la demande", "27/10/2026"],
        ["Médecin demandeur", "Dr Lucas BRÉMONT, rhumatologue – CH de Rivemont – poste 3318"],
        ["Patient", "Mme Colette VIDALENC – Sexe : ☐ M ☒ F – Âge : 67 ans"],
        ["Médecin traitant", "Dr Anne Soubiran, 4 place du Marché, Rivemont"],
        ["Tumeur primitive", "Poumon – adénocarcinome (biopsie bronchique 05/2025)"],
        ["Biologie moléculaire", "ALK réarrangé (IHC + FISH) ; EGFR non muté ; PD-L1 5 %"],
        ["Maladie osseuse – circonstances de découverte", "☐ Douleur ☐ Fracture ☐ Déficit neurologique ☐ Hypercalcémie ☒ Bilan d'extension ☐ Découverte fortuite"],
        ["Date de découverte des lésions osseuses", "05/2025"],
        ["Douleur", "☒ Oui ☐ Non – Type : ☐ Neuropathique ☐ Nocturne ☐ Mécanique ☐ Inflammatoire – Intensité (EN) : 5/10\nDouleur de l'épaule gauche depuis septembre."],
        ["Traitements locaux antérieurs", "☐ Radiothérapie ☐ Chirurgie ☐ Cimentoplastie ☐ Ablation"],
        ["Traitement anti-résorptif (bisphosphonate / dénosumab)", "☐ Oui ☒ Non"],
        ["Anticoagulant", "☐ Oui ☐ Non ☒ Ne sait pas – Précisez : Eliquis ? (d'après la fille de la patiente), à vérifier auprès du médecin traitant"],
        ["Antiagrégant plaquettaire", "☐ Oui ☒ Non"],
        ["Traitements en cours", "Alecensa 150 mg : 4 gél. matin et soir\nCymbalta 60 mg : 1/j\nDoliprane 1 g : 1-1-1\nLamaline : 1 gél. si besoin\nLevothyrox 50 µg : 1/j"],
        ["Performance status (OMS)", "☐ 0 ☐ 1 ☒ 2 ☐ 3 ☐ 4"],
        ["Projet thérapeutique – intention", "☐ Curatif ☒ Palliatif ☐ Soins de support exclusifs"],
        ["Traitement oncologique en cours", "Alectinib 600 mg x 2/j depuis 06/2025 (Dr Nguyen, oncologie thoracique)"],
        ["Question posée à la RCP", "Lésion lytique de la glène scapulaire gauche (TEP-FDG du 15/10/2026), progression osseuse isolée sous alectinib : radiothérapie ? poursuite de l'alectinib ?"],
    ]),
    ("blank",),
    ("p", "Signature : Dr L. Brémont"),
]
add("t12", "docx", T12, D(2026, 10, 27), "Dr L. Brémont", "Fiche RCP", gold(
    "t12", "F", 67,
    ("present", "lung", "adenocarcinoma", {"ALK": "positive", "EGFR": "negative", "PD-L1": "positive"}),
    ("present", ["staging_imaging"], True),
    ("present", [], 5),
    ("present", ["L01ED03", "N06AX21", "N02BE01", "H03AA01"]),
    ("unknown", []),
    ("absent", []),
    ("uncertain", ["B01AF02"]),
    ("absent", []),
    ("present", "ecog", 2),
    ("present", "palliative"),
    doubtful=["B01AF02"],
    evidence=["Eliquis ?", "à vérifier", "☒ Ne sait pas", "Alecensa", "Cymbalta", "☒ 2", "☒ Palliatif",
              "☒ Bilan d'extension", "ALK réarrangé", "PD-L1 5 %"]))


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def main() -> int:
    ref = load_atc()
    errors = []
    ids = [x["id"] for x in L]
    if ids != [f"t{i:02d}" for i in range(1, 13)]:
        errors.append(f"ids: {ids}")
    fmts = [x["fmt"] for x in L]
    for f in ("txt", "docx", "pdf"):
        if fmts.count(f) < 3:
            errors.append(f"fewer than 3 {f} letters")
    for x in L:
        text = x["content"] if x["fmt"] == "txt" else blocks_text(x["content"])
        errors += check(x["gold"], x["meta"], text, ref, x["when"])
    if errors:
        for e in errors:
            print("CONTRACT VIOLATION:", e, file=sys.stderr)
        return 1
    LETTERS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for old in list(LETTERS.iterdir()) + list(GOLD.iterdir()):
        old.unlink()
    for x in L:
        path = LETTERS / f"{x['id']}.{x['fmt']}"
        if x["fmt"] == "txt":
            write_txt(path, x["content"])
        elif x["fmt"] == "docx":
            write_docx(path, x["content"], x["when"], x["author"], x["title"])
        else:
            write_pdf(path, x["content"], x["when"], x["author"], x["title"], x["col_widths"])
        (GOLD / f"{x['id']}.json").write_text(
            json.dumps(x["gold"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(L)} letters and gold records to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
