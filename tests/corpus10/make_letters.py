#!/usr/bin/env python3
"""corpus10: 12 held-out RCP "métastases osseuses" referral letters and gold.

Written blind to the converter. Run from the repository root:

    .venv/bin/python tests/corpus10/make_letters.py

It (re)writes tests/corpus10/letters/ (v01..v12, .txt / .docx / .pdf) and
tests/corpus10/gold/ (one JSON per letter, format of the spec's "Evaluation
record"). Output is byte-identical on every run (fixed PDF/DOCX metadata and
zip timestamps). Every gold record is checked against the contract
(shared/spec/rcp-request.md) before anything is written; any violation aborts.

All people, places and institutions are fictitious.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ATC_REF_CANDIDATES = [
    ROOT.parent / "shared" / "spec" / "atc-reference.tsv",
    Path("/work/shared/spec/atc-reference.tsv"),
]
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_TS = dt.datetime(2025, 12, 1, 9, 0, 0, tzinfo=dt.timezone.utc)

# --------------------------------------------------------------------------
# Contract (shared/spec/rcp-request.md, version 1)
# --------------------------------------------------------------------------
GAP_ITEMS = [
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal",
         "bladder", "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma",
               "large_cell_carcinoma", "nsclc_nos", "invasive_ductal_carcinoma",
               "invasive_lobular_carcinoma", "clear_cell_carcinoma",
               "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK",
              "HER2", "PD-L1", "ER", "PR", "PSA"}
BIO_RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit",
                 "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
}


def derive_gaps(g: dict) -> list[list[str]]:
    """The spec's Gaps rule, applied to a gold record (one function)."""
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


def load_atc() -> set[str]:
    for p in ATC_REF_CANDIDATES:
        if p.exists():
            codes = set()
            for line in p.read_text(encoding="utf-8").splitlines()[1:]:
                if line.strip():
                    codes.add(line.split("\t", 1)[0].strip())
            return codes
    raise SystemExit("atc-reference.tsv not found")


class GoldError(Exception):
    pass


def check_gold(lid: str, g: dict, meta: dict, atc: set[str]) -> None:
    errs = []

    def err(msg):
        errs.append(f"{lid}: {msg}")

    for item, allowed in ALLOWED_STATUS.items():
        st = g[item]["status"]
        if st not in allowed:
            err(f"{item}.status {st!r} not allowed ({sorted(allowed)})")
    pat = g["patient"]
    if pat["sex"] not in ("F", "M"):
        err("patient.sex")
    if not isinstance(pat["age"], int) or not 18 <= pat["age"] <= 110:
        err("patient.age")
    if meta.get("birth"):
        b, d = meta["birth"], meta["date"]
        age = d.year - b.year - ((d.month, d.day) < (b.month, b.day))
        if age != pat["age"]:
            err(f"age {pat['age']} != computed {age}")
    pt = g["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        err(f"site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        err(f"histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in BIO_RESULTS:
            err(f"biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"]):
        err("primaryTumor unknown but filled")
    bd = g["boneDiagnosis"]
    if any(c not in CIRCUMSTANCES for c in bd["circumstances"]):
        err("circumstance code")
    if bd["status"] == "present" and not bd["circumstances"]:
        err("boneDiagnosis present without circumstance")
    pn = g["pain"]
    if any(t not in PAIN_TYPES for t in pn["types"]):
        err("pain type code")
    if pn["intensity"] is not None and not 0 <= pn["intensity"] <= 10:
        err("pain intensity")
    if pn["status"] in ("absent", "unknown") and pn["types"]:
        err("pain types without pain")
    lt = g["priorLocalTreatments"]
    if any(t not in LOCAL_TYPES for t in lt["types"]):
        err("local treatment type")
    if lt["status"] != "present" and lt["types"] and lt["status"] not in ("uncertain", "conflicting"):
        err("local types with status " + lt["status"])
    if lt["status"] == "present" and not lt["types"]:
        err("local treatment present without type")
    meds = g["currentMedications"]["atc"]
    if meds != sorted(set(meds)):
        err("currentMedications.atc must be sorted and unique")
    for c in meds:
        if c not in atc:
            err(f"ATC {c} not in atc-reference.tsv")
    if g["currentMedications"]["status"] != "present" and meds:
        err("medications listed but status not present")
    for sec, prefixes in AGENT_PREFIXES.items():
        s = g[sec]
        for c in s["atc"]:
            if c not in atc:
                err(f"{sec}: ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                err(f"{sec}: ATC {c} outside {prefixes}")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            err(f"{sec}: agents with status {s['status']}")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                if c not in meds:
                    err(f"{sec}: current agent {c} missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                if c in meds:
                    err(f"{sec}: doubtful agent {c} must not be in currentMedications")
    # every current agent-class drug must be reflected in its section
    for c in meds:
        for sec, prefixes in AGENT_PREFIXES.items():
            if c.startswith(prefixes) and c not in g[sec]["atc"]:
                err(f"{c} in currentMedications but not in {sec}")
    for c in meta.get("stopped", ()):
        if c not in atc:
            err(f"stopped drug {c} not in atc-reference.tsv")
        if c in meds:
            err(f"stopped drug {c} listed as current")
        for sec in AGENT_PREFIXES:
            if c in g[sec]["atc"]:
                err(f"stopped drug {c} listed in {sec}")
    for c in list(meta.get("doubtful", ())) + list(meta.get("planned", ())):
        if c not in atc:
            err(f"doubtful/planned drug {c} not in atc-reference.tsv")
        if c in meds:
            err(f"doubtful or planned drug {c} listed as current")
    for c in meta.get("planned", ()):
        for sec in AGENT_PREFIXES:
            if c in g[sec]["atc"]:
                err(f"planned drug {c} listed in {sec}")
    pr = g["prognosis"]
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        err("prognosis unknown with a performance status")
    if pr.get("ecog") is not None and not 0 <= pr["ecog"] <= 4:
        err("ecog range")
    if pr.get("kps") is not None and not 0 <= pr["kps"] <= 100:
        err("kps range")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        err("intent code")
    if tp["status"] == "unknown" and tp["intent"]:
        err("intent without project")
    if meta.get("expected_gaps") is not None:
        exp = sorted(map(tuple, meta["expected_gaps"]))
        got = sorted(map(tuple, derive_gaps(g)))
        if exp != got:
            err(f"gaps {got} differ from the hand-expected {exp}")
    if errs:
        raise GoldError("\n".join(errs))


def build_gold(lid: str, spec: dict) -> dict:
    """Full gold record in the dev format, from the compact per-letter spec."""
    g = {"id": lid}
    g["patient"] = {"sex": spec["sex"], "age": spec["age"]}
    st, site, hist, bio = spec["primary"]
    g["primaryTumor"] = {"status": st, "site": site, "histology": hist, "biomarkers": dict(bio)}
    st, circ, dated = spec["bone"]
    g["boneDiagnosis"] = {"status": st, "circumstances": list(circ), "dated": dated}
    st, types, inten = spec["pain"]
    g["pain"] = {"status": st, "types": sorted(types), "intensity": inten}
    st, codes = spec["meds"]
    g["currentMedications"] = {"status": st, "atc": sorted(codes)}
    st, types = spec["local"]
    g["priorLocalTreatments"] = {"status": st, "types": sorted(types)}
    for key, sec in (("btt", "boneTargetedTherapy"), ("anticoag", "anticoagulation"),
                     ("antiplatelets", "antiplatelets")):
        st, codes = spec[key]
        g[sec] = {"status": st, "atc": sorted(codes)}
    st, scale, value = spec["prognosis"]
    g["prognosis"] = {"status": st, ("kps" if scale == "KPS" else "ecog"): value}
    st, intent = spec["project"]
    g["therapeuticProject"] = {"status": st, "intent": intent}
    g["gaps"] = derive_gaps(g)
    return g


# --------------------------------------------------------------------------
# Tiny markup -> blocks -> txt / docx / pdf
#   "# "  title        "## " heading      "- " bullet
#   "|a|b|" table rows (first row = header)   "<<<PAGE>>>" page break
#   other lines: paragraph (consecutive lines keep their line breaks)
# --------------------------------------------------------------------------
def parse(markup: str) -> list[tuple]:
    blocks, para, table = [], [], []

    def flush():
        nonlocal para, table
        if para:
            blocks.append(("p", "\n".join(para)))
            para = []
        if table:
            blocks.append(("table", table))
            table = []

    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("|"):
            if para:
                blocks.append(("p", "\n".join(para)))
                para = []
            table.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if table:
            blocks.append(("table", table))
            table = []
        if not line:
            flush()
        elif line == "<<<PAGE>>>":
            flush()
            blocks.append(("page",))
        elif line.startswith("## "):
            flush()
            blocks.append(("h", line[3:]))
        elif line.startswith("# "):
            flush()
            blocks.append(("title", line[2:]))
        elif line.startswith("- "):
            flush()
            blocks.append(("li", line[2:]))
        else:
            para.append(line)
    flush()
    return blocks


def render_txt(blocks) -> bytes:
    out = []
    for b in blocks:
        if b[0] == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif b[0] == "h":
            out += [b[1], ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "li":
            out.append("- " + b[1])
        elif b[0] == "table":
            widths = [max(len(r[i]) for r in b[1]) for i in range(len(b[1][0]))]
            for n, row in enumerate(b[1]):
                out.append(" | ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())
                if n == 0:
                    out.append("-+-".join("-" * w for w in widths))
            out.append("")
        elif b[0] == "page":
            out += ["", "-" * 60, ""]
    # a blank line after a list
    text, prev = [], None
    for line in out:
        if prev is not None and prev.startswith("- ") and line and not line.startswith("- "):
            text.append("")
        text.append(line)
        prev = line
    return ("\n".join(text).rstrip() + "\n").encode("utf-8")


def render_docx(blocks, title: str, author: str) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_TS.replace(tzinfo=None)
    cp.modified = FIXED_TS.replace(tzinfo=None)
    cp.last_printed = FIXED_TS.replace(tzinfo=None)
    cp.revision = 1
    for b in blocks:
        if b[0] == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(13)
        elif b[0] == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.underline = True
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = cell
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif b[0] == "page":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    raw = io.BytesIO()
    d.save(raw)
    # re-zip with fixed timestamps so that the file is byte-identical per run
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def render_pdf(blocks, title: str, author: str, footer: str) -> tuple[bytes, int]:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def footer(self):
            self.set_y(-13)
            self.set_font("DejaVu", size=7.5)
            self.cell(0, 5, f"{footer} — page {self.page_no()}/{{nb}}", align="C")

    pdf = Doc(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_TS)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("Logiciel de dossier patient")
    pdf.set_producer("Logiciel de dossier patient")
    pdf.add_page()
    pdf.set_font("DejaVu", size=9.5)
    prev = None
    for b in blocks:
        if prev == "li" and b[0] != "li":
            pdf.ln(1.8)
        prev = b[0]
        if b[0] == "title":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 12.5)
            pdf.multi_cell(0, 6.5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", size=9.5)
            pdf.ln(2)
        elif b[0] == "h":
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", size=9.5)
        elif b[0] == "p":
            pdf.multi_cell(0, 4.8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        elif b[0] == "li":
            pdf.set_x(24)
            pdf.multi_cell(0, 4.8, "•  " + b[1], new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "table":
            pdf.ln(1)
            pdf.set_font("DejaVu", size=8)
            ncol = len(b[1][0])
            with pdf.table(
                text_align="LEFT", line_height=4.2, padding=1,
                headings_style=FontFace(emphasis="BOLD"),
                col_widths=tuple([3] + [2] * (ncol - 1)) if ncol > 2 else None,
            ) as t:
                for row in b[1]:
                    r = t.row()
                    for cell in row:
                        r.cell(cell)
            pdf.set_font("DejaVu", size=9.5)
            pdf.ln(2)
        elif b[0] == "page":
            pdf.add_page()
    pages = pdf.page_no()
    return bytes(pdf.output()), pages


# --------------------------------------------------------------------------
# Letters. Each: fmt, markup, gold spec, meta (date, birth, stopped/doubtful
# drugs for the checks, hand-expected gaps, README lines).
# --------------------------------------------------------------------------
LETTERS: dict[str, dict] = {}

LETTERS["v01"] = dict(
    fmt="pdf",
    author="Dr Clémence Aubertot",
    footer="CH de Val-Saint-Aubin — CRH FONTANEL Gérard — 17/10/2025",
    markup="""
Centre hospitalier de Val-Saint-Aubin
Service de pneumologie — Unité d'oncologie thoracique
Dr Clémence AUBERTOT, praticien hospitalier — Secrétariat : 03 00 41 27 60

Val-Saint-Aubin, le 17/10/2025

Destinataires : Dr Marc VELLAS, médecin traitant, 12 rue des Tanneurs, 55910 Orvilliers
Copie : RCP Métastases osseuses, CHU de Rivemont (Dr Aline SORBIER) — Dr Paul RAVEL, oncologie thoracique

# COMPTE RENDU D'HOSPITALISATION

Patient : M. FONTANEL Gérard, né le 14/02/1958 — IPP 00418823
Hospitalisation du 06/10/2025 au 17/10/2025 (entrée par les urgences)

## Motif d'hospitalisation
Douleurs dorso-lombaires d'aggravation progressive et altération de l'état général chez un patient suivi pour un adénocarcinome pulmonaire métastatique.

## Antécédents
- Médicaux : HTA ; dyslipidémie ; BPCO stade GOLD 2 (EFR 2022).
- Chirurgicaux : cholécystectomie (1999) ; cure de hernie inguinale droite (2012).
- Pas d'antécédent thromboembolique connu.
- Allergie : pénicilline (urticaire).

## Mode de vie
Marié, deux enfants. Retraité (chauffeur routier). Tabagisme sevré en 2018, estimé à 40 PA. Pas d'alcool. Autonome à domicile avant l'épisode actuel, vit en maison avec étage.

## Traitement à l'entrée
Tagrisso 80 mg 1/j ; Xgeva 120 mg SC toutes les 4 semaines (dernière injection le 22/09) ; Triatec 5 mg 1/j ; Tahor 20 mg 1/j ; Doliprane 1 g x3/j ; Ixprim 1 cp x3/j si besoin ; Cacit D3 1 sachet/j.

## Histoire de la maladie
En mars 2023, découverte d'un adénocarcinome pulmonaire du lobe inférieur droit (biopsie per-fibroscopique du 21/03/2023), TTF1+, mutation EGFR (délétion de l'exon 19), ALK et ROS1 non réarrangés, PD-L1 < 1 %. Le TEP-TDM du bilan d'extension (avril 2023) retrouvait des lésions osseuses multiples, alors asymptomatiques (T10, L2, aile iliaque gauche, 7e arc costal gauche) : stade IVB.
Osimertinib en première ligne depuis le 02/05/2023, avec réponse partielle puis stabilité prolongée. Dénosumab (Xgeva) introduit en juin 2023 après bilan dentaire.
En février 2024, douleur localisée de T10 : radiothérapie stéréotaxique (27 Gy en 3 fractions), avec disparition de la douleur.
Depuis l'été, apparition de lombalgies basses progressivement croissantes, devenues insomniantes depuis 3 semaines malgré le palier 2, motivant la consultation aux urgences.

## Examen clinique à l'entrée
PS 2. Poids 71 kg (-4 kg en 3 mois). Apyrétique. Douleur lombaire haute à la percussion des épineuses en regard de L2, EVA 7/10, majorée à la marche et au passage assis-debout, avec réveils nocturnes. Pas de radiculalgie, pas de déficit sensitivo-moteur, ROT présents et symétriques, pas de trouble sphinctérien. Diminution du murmure vésiculaire à la base droite. Mollets souples et indolores.

## Examens complémentaires
- Biologie d'entrée : Hb 11,2 g/dl, plaquettes 245 G/l, créatinine 78 µmol/l (DFG 86 ml/min), calcémie corrigée 2,41 mmol/l, CRP 18 mg/l.
- TDM thoraco-abdomino-pelvien (07/10/2025) : stabilité de la lésion pulmonaire lobaire inférieure droite. Majoration de la lésion ostéolytique de L2, avec atteinte du mur postérieur sans recul, et tassement (perte de hauteur d'environ 30 %). Embolie pulmonaire segmentaire lobaire inférieure gauche de découverte fortuite, sans dilatation des cavités droites.
- IRM du rachis entier (09/10/2025) : tassement pathologique de L2, sans épidurite ni conflit radiculaire. Lésion de T10 stable, remaniements post-radiques.
- Écho-doppler veineux des membres inférieurs (08/10) : pas de thrombose veineuse profonde.

<<<PAGE>>>
## Évolution dans le service
Sur le plan thromboembolique : devant l'embolie pulmonaire, introduction d'une anticoagulation curative par énoxaparine (Lovenox 7 000 UI x2/j) dès le 07/10, relayée le 13/10 par apixaban (Eliquis) 10 mg x2/j pendant 7 jours puis 5 mg x2/j, après avis pharmaceutique (pas d'interaction significative avec l'osimertinib). L'énoxaparine a été arrêtée le jour du relais. Durée prévue : au moins 6 mois, et tant que la maladie cancéreuse est active.
Sur le plan antalgique : titration morphinique orale, puis relais par sulfate de morphine LP (Skenan LP 30 mg x2/j) avec Actiskenan 10 mg en interdoses. Ixprim arrêté. À la sortie, douleur résiduelle à la marche, encore quelques réveils nocturnes, EVA 2/10, 1 à 2 interdoses par jour.
Sur le plan oncologique : pas de progression extra-osseuse au scanner ; poursuite de l'osimertinib après avis du Dr Ravel. Xgeva poursuivi, prochaine injection le 20/10.
Mise en place d'un corset trois points pour la déambulation, verticalisation autorisée. Kinésithérapie débutée dans le service.

## Conclusion
Patient de 67 ans, adénocarcinome pulmonaire EGFR muté sous osimertinib en première ligne depuis 05/2023, hospitalisé pour progression douloureuse d'une métastase de L2 avec tassement, sans signe neurologique. Embolie pulmonaire de découverte fortuite, anticoagulée par apixaban.

## Traitement de sortie
- Tagrisso 80 mg : 1 cp le matin
- Eliquis 5 mg : 2 cp matin et soir jusqu'au 19/10 inclus, puis 1 cp matin et soir
- Skenan LP 30 mg : 1 gélule matin et soir
- Actiskenan 10 mg : 1 gélule si douleur, 1 h d'intervalle minimum, jusqu'à 6 par jour
- Doliprane 1 g : 1 cp x3/j
- Forlax 10 g : 1 sachet le matin
- Xgeva 120 mg : 1 injection SC toutes les 4 semaines (IDE à domicile)
- Triatec 5 mg et Tahor 20 mg : inchangés
- Cacit D3 : 1 sachet par jour

## Suivi
- Dossier adressé à la RCP métastases osseuses : indication d'une cimentoplastie de L2 (vertébroplastie ou cyphoplastie) et/ou d'une radiothérapie ? Nous attirons votre attention sur l'anticoagulation curative récente en cas de geste.
- Consultation du Dr Ravel (oncologie thoracique) le 03/11/2025 avec TDM TAP.
- Surveillance NFS, créatinine à 1 mois.

Dr Clémence AUBERTOT
""",
    gold=dict(
        sex="M", age=67,
        primary=("present", "lung", "adenocarcinoma",
                 {"EGFR": "positive", "ALK": "negative", "ROS1": "negative", "PD-L1": "negative"}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical", "nocturnal"], 2),
        meds=("present", ["L01EB04", "B01AF02", "N02AA01", "N02BE01", "A06AD15",
                          "M05BX04", "C09AA05", "C10AA05", "A12AX"]),
        local=("present", ["radiotherapy"]),
        btt=("present", ["M05BX04"]),
        anticoag=("present", ["B01AF02"]),
        antiplatelets=("unknown", []),
        prognosis=("present", "ECOG", 2),
        project=("present", None),
    ),
    meta=dict(date=dt.date(2025, 10, 17), birth=dt.date(1958, 2, 14),
              stopped=["B01AB05", "N02AX02"], expected_gaps=[],
              exercises="Discharge summary (CRH), 2 p.; age from birth date; PE found on the staging CT: Lovenox then relay by Eliquis (Lovenox stopped); Ixprim stopped; EVA 7 at entry, 2 at discharge; bone mets found on the 2023 staging TEP; SBRT of T10 in 2024; Xgeva current",
              anticoag_text="PE found on staging CT: enoxaparin (stopped at relay) then apixaban in the discharge list; nothing on antiplatelets",
              anticoag_gold="anticoagulation present [B01AF02]; antiplatelets unknown"),
)

LETTERS["v02"] = dict(
    fmt="docx",
    author="Dr Laurent Kerhervé",
    markup="""
Hôpital privé des Quatre-Vents — Département d'oncologie médicale
Dr Laurent KERHERVÉ — Dr Isaure MANDRAL (interne)
Tél. secrétariat : 02 00 58 13 40

Saint-Ygnace, le 30 septembre 2025

# Compte rendu d'hospitalisation

Patiente : Mme LEBRETON-QUÉRÉ Josiane, 71 ans
Séjour du 22/09/2025 au 30/09/2025 en oncologie médicale (lit 214)
Médecin traitant : Dr Anne-Sophie GOURVIL, Plougastel-les-Landes
Copie : RCP Métastases osseuses de l'Institut Lizière-Océan

## Motif
Sciatalgie gauche hyperalgique et fibrillation atriale rapide mal tolérée, chez une patiente traitée pour un cancer du sein métastatique (os) en 3e ligne.

## ATCD
- Cancer du sein gauche 2014 : tumorectomie + ganglion sentinelle, radiothérapie mammaire (50 Gy + boost), tamoxifène 5 ans (2014–2019).
- FA paroxystique depuis 2019, anticoagulée par fluindione (Préviscan), INR labiles.
- Hypothyroïdie substituée. Cardiopathie hypertensive.
- Cataracte bilatérale opérée.

## Mode de vie
Veuve, vit seule en appartement (2e étage avec ascenseur), une fille à proximité. Passage IDE une fois par semaine pour le pilulier. Ancienne institutrice. Non fumeuse.

## Histoire oncologique
Rechute osseuse en mars 21 révélée par des douleurs sacrées : IRM puis TEP-TDM montrant des lésions du sacrum, de l'aile iliaque droite et de L4. Biopsie sacrée : carcinome lobulaire infiltrant, RE 90 %, RP 10 %, HER2 score 1+ (négatif).
- L1 (04/2021 – 01/2023) : létrozole + palbociclib ; progression osseuse et hépatique.
- L2 (02/2023 – 06/2025) : capécitabine ; progression hépatique en juin.
- L3 depuis juillet : paclitaxel hebdomadaire (J1 J8 J15, J28) ; C3 J15 prévu le 23/09, reporté pendant le séjour puis administré le 29/09.
Radiothérapie antalgique du sacrum (20 Gy en 5 fractions) en avril 2021, efficace.
Acide zolédronique toutes les 12 semaines d'avril 2021 à novembre 2023, arrêté définitivement pour ostéonécrose de la mandibule (stade 2). Aucun anti-résorptif depuis.

## Examen clinique
OMS 2. TA 128/74, FC 138 irrégulière à l'entrée, 76 à la sortie. Radiculalgie S1 gauche à type de brûlures et de décharges électriques, DN4 à 6/10, EN 7/10 à l'entrée. Douleur sacrée à la marche. Pas de déficit moteur, réflexe achilléen gauche diminué, pas de trouble sphinctérien.

## Examens complémentaires
- ECG : FA à 140/min. ETT : FEVG 55 %, pas de valvulopathie significative.
- INR à l'entrée : 4,8 (sans saignement). Clairance de la créatinine (Cockcroft) : 42 ml/min.
- IRM lombo-sacrée (24/09) : progression de la lésion de S1 avec épidurite latérale gauche au contact de la racine S1, sans compression de la queue de cheval.

## Évolution dans le service
Cardiologie : ralentissement de la FA par majoration du bisoprolol. Devant des INR labiles et après avis cardiologique, relais de la fluindione par rivaroxaban 15 mg/j (adapté à la clairance) ; Préviscan arrêté le 24/09, Xarelto débuté le 25/09 (INR < 2). L'aspirine à faible dose (Kardégic), prise au long cours sans indication formelle, est arrêtée pour ne pas cumuler avec l'anticoagulant.
Douleur : corticothérapie courte (dexaméthasone 8 mg/j du 23 au 27/09, arrêtée), introduction d'oxycodone LP et de prégabaline. À la sortie, la radiculalgie persiste mais est nettement atténuée, EN 3/10, sommeil préservé.
Oncologie : reprise du paclitaxel à J15 de C3 le 29/09 ; bilan hépatique stable.

## Conclusion
Cancer du sein lobulaire RH+ HER2– métastatique (os, foie), 3e ligne par paclitaxel à visée palliative. Radiculalgie S1 gauche sur épidurite métastatique. FA : passage AVK → AOD.

## Traitements (état à la sortie)
|Molécule|Posologie|Début|Fin|Commentaire|
|Préviscan 20 mg|3/4 cp le soir|2019|24/09/2025|arrêt, relais AOD (INR labiles)|
|Xarelto 15 mg|1 cp le soir au repas|25/09/2025|en cours|FA, CHA2DS2-VASc 4, Cl. créat. 42 ml/min|
|Kardégic 75 mg|1 sachet/j|2016|24/09/2025|arrêté, pas d'indication en association avec l'AOD|
|Paclitaxel|80 mg/m² J1 J8 J15 / 28 j|07/2025|en cours|3e ligne, prochaine cure C4J1 le 13/10|
|Lyrica (prégabaline)|75 mg matin et soir|26/09/2025|en cours|DN4 6/10|
|Oxycontin LP|20 mg matin et soir|23/09/2025|en cours||
|Oxynormoro|5 mg si douleur, 6/j max|23/09/2025|en cours|interdoses|
|Dexaméthasone|8 mg/j|23/09/2025|27/09/2025|cure courte, arrêtée|
|Cardensiel (bisoprolol)|5 mg/j|2019|en cours|majoré de 2,5 à 5 mg le 26/09|
|Levothyrox|75 µg/j|ancien|en cours||
|Zometa 4 mg|1 perf. / 12 sem.|04/2021|11/2023|ostéonécrose mandibulaire : contre-indication définitive|
|Macrogol 4000|1 sachet x2/j|23/09/2025|en cours|sous opioïdes|

## Suivi
Consultation Dr Kerhervé le 13/10 (C4). Contrôle NFS, créatinine à J15 du relais.
Demande d'avis à la RCP métastases osseuses : radiothérapie de S1 (ré-irradiation partielle du sacrum ?) ou autre geste antalgique.

Dr I. MANDRAL, interne — Dr L. KERHERVÉ
""",
    gold=dict(
        sex="F", age=71,
        primary=("present", "breast", "invasive_lobular_carcinoma",
                 {"ER": "positive", "PR": "positive", "HER2": "negative"}),
        bone=("present", ["pain"], True),
        pain=("present", ["neuropathic", "mechanical"], 3),
        meds=("present", ["B01AF01", "L01CD01", "N03AX16", "N02AA05", "C07AB07",
                          "H03AA01", "A06AD15"]),
        local=("present", ["radiotherapy"]),
        btt=("absent", []),
        anticoag=("present", ["B01AF01"]),
        antiplatelets=("absent", []),
        prognosis=("present", "ECOG", 2),
        project=("present", "palliative"),
    ),
    meta=dict(date=dt.date(2025, 9, 30),
              stopped=["B01AA12", "B01AC06", "H02AB02", "M05BA08"], expected_gaps=[],
              exercises="CRH with a DOCX treatment table (molécule|posologie|début|fin|commentaire); L1/L2/L3; AVK (Préviscan) switched to Xarelto; Kardégic and dexamethasone stopped; Zometa stopped for ONJ (bone therapy absent); radiculalgie + DN4 6/10; EN 7 then 3; 'Macrogol 4000' by its DCI",
              anticoag_text="AVK (Préviscan) switched to Xarelto during the stay; Kardégic stopped",
              anticoag_gold="anticoagulation present [B01AF01]; antiplatelets absent"),
)

LETTERS["v03"] = dict(
    fmt="txt",
    markup="""
INSTITUT DE CANCÉROLOGIE DE LA HAUTE-LIZIÈRE
Secrétariat des RCP — RCP Métastases osseuses
Tél. 04 00 77 31 52 — rcp.os@icl-hauteliziere.example

Le 05/11/2025

Objet : transmission d'une demande de passage en RCP — M. ANDRIEUX Pierre-Yves

Chers confrères,

Veuillez trouver ci-dessous la demande du Dr Hélène CORBIÈRE (urologue, Clinique du Val d'Ossière), reçue le 03/11/2025 par messagerie sécurisée et retranscrite telle quelle. Le dossier est inscrit à la RCP du jeudi 13/11/2025 à 17 h (salle Mistral et visioconférence). Les images (IRM lombaire de juillet, TEP-PSMA d'octobre) ont été transférées sur le PACS partagé.
Merci au médecin demandeur de compléter la fiche RCP avant le 11/11 si possible.

Bien cordialement,
Nadège POULIQUEN, secrétaire RCP

------------------------------------------------------------
Message du Dr H. Corbière, 03/11/2025, 18:42
------------------------------------------------------------

Cher confrère,

Je vous adresse M. Pierre-Yves ANDRIEUX, 69 ans, pour avis concernant deux lésions osseuses d'un cancer de prostate de découverte récente.

ATCD :
- HTA, diabète de type 2 non insulinorequérant
- cardiopathie ischémique : angioplastie + stent IVA en 2017, sous Kardégic depuis
- TVP surale gauche en 2019 après prothèse totale de genou gauche, traitée par Xarelto
- appendicectomie dans l'enfance
- père décédé d'un cancer de prostate à 80 ans

Histoire :
PSA à 48 ng/ml en août 2025 sur un bilan systématique du médecin traitant (PSA à 3,1 en 2022). Toucher rectal : nodule dur du lobe gauche. Biopsies prostatiques (09/2025) : adénocarcinome acinaire de prostate, Gleason 8 (4+4), ISUP 4, 10 carottes positives sur 12.
Par ailleurs, une IRM lombaire demandée en juillet par son rhumatologue pour une lombosciatique droite (résolutive sous AINS en 3 semaines) avait montré une lésion du corps vertébral de L3 en hyposignal T1, non explorée à l'époque.
TEP-PSMA (21/10/2025) : hyperfixations de L3 et de l'aile iliaque gauche, sans autre lésion à distance, pas d'adénopathie pelvienne suspecte.
Il s'agit donc d'un cancer de prostate métastatique hormonosensible de faible volume (2 lésions osseuses).

Traitement hormonal débuté : Eligard 45 mg (1re injection le 14/10/2025, couverture par bicalutamide 3 semaines, terminée) et apalutamide (Erleada) 240 mg/j depuis le 28/10/2025.

Actuellement pas de douleur osseuse, la sciatique a complètement disparu. Examen neurologique normal.
Aucun traitement local n'a été réalisé sur ces lésions.

Traitement en cours :
Eligard 45 mg / 6 mois
Erleada 60 mg : 4 cp/j
Kardégic 75 mg : 1/j
Metformine 1000 mg : 1 matin et soir
Amlor 5 mg : 1/j
Tahor 40 mg : 1/j

Un traitement par Prolia est prévu après le bilan bucco-dentaire (panoramique demandé).

Question posée : radiothérapie stéréotaxique des deux lésions dans une optique oligométastatique, en association au traitement systémique ?

Bien confraternellement,
Dr Hélène CORBIÈRE, urologue
""",
    gold=dict(
        sex="M", age=69,
        primary=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        bone=("present", ["incidental_imaging"], True),
        pain=("absent", [], None),
        meds=("present", ["L02AE02", "L02BB05", "B01AC06", "A10BA02", "C10AA05"]),
        local=("absent", []),
        btt=("unknown", []),
        anticoag=("unknown", []),
        antiplatelets=("present", ["B01AC06"]),
        prognosis=("unknown", "ECOG", None),
        project=("present", None),
    ),
    meta=dict(date=dt.date(2025, 11, 3), stopped=["B01AF01"], planned=["M05BX04"],
              expected_gaps=[["boneTargetedTherapy", "missing"], ["anticoagulation", "missing"],
                             ["prognosis", "missing"]],
              exercises="RCP secretary's reply forwarding a urologist's e-mail; bone lesion first seen on a lumbar MRI for sciatica (incidental), then PSMA staging; 'pas de douleur osseuse'; 'aucun traitement local'; Prolia only planned; Xarelto only in the ATCD (2019 DVT), current state never stated; Kardégic current; father's prostate cancer; no performance status",
              anticoag_text="Xarelto named only in the history (DVT 2019, 'traitée par Xarelto'), absent from the current list, no statement of the current state; Kardégic in the current list",
              anticoag_gold="anticoagulation unknown (missing gap); antiplatelets present [B01AC06]"),
)

LETTERS["v04"] = dict(
    fmt="pdf",
    author="Dr Bérénice Lacombe-Vidal",
    footer="Clinique Sainte-Aurélie — CRH TARDIVEL Lucien",
    markup="""
Clinique Sainte-Aurélie — Pôle de cancérologie
Service d'oncologie médicale — Dr Bérénice LACOMBE-VIDAL
Montferrand-sur-Loue, le 09/09/2025

À l'attention du Dr Olivier BRESSAC (médecin traitant)
Copie : RCP Métastases osseuses régionale (fiche jointe) — Dr Thierry NAUDOT, gastro-entérologue

# Compte rendu d'hospitalisation du 01/09/2025 au 09/09/2025

M. TARDIVEL Lucien, 74 ans.

## Motif
Méléna et anémie aiguë à 6,8 g/dl chez un patient sous cabozantinib et apixaban.

## Antécédents
- Fibrillation atriale paroxystique (2020), anticoagulée par Eliquis 5 mg x2/j.
- HTA. Goutte (Zyloric). Insuffisance rénale chronique modérée (DFG 48 ml/min).
- Carcinome rénal à cellules claires droit, grade 3 de l'ISUP, pT3a N0 : néphrectomie élargie droite en mai 2019.

## Histoire oncologique
Novembre 2021 : fracture pathologique de la diaphyse fémorale gauche après une chute de sa hauteur, révélant la rechute osseuse (fémur, humérus droit, côtes). Enclouage centromédullaire du fémur le 18/11/2021, puis radiothérapie post-opératoire du fémur (30 Gy en 10 fractions).
- 1re ligne : sunitinib (12/2021 – 06/2022), arrêté pour syndrome main-pied de grade 3.
- 2e ligne : nivolumab (07/2022 – 08/2024), progression osseuse humérale.
- 3e ligne : cabozantinib 60 mg depuis septembre 2024, réduit à 40 mg en janvier 2025 (diarrhées).
Dénosumab (Xgeva) depuis décembre 2021, espacé toutes les 12 semaines depuis 2023 ; dernière injection le 14/08/2025.

## Examen clinique à l'entrée
Pâleur, TA 98/60, FC 104. Toucher rectal : méléna. Abdomen souple. Humérus droit : douleur bien contrôlée sous paracétamol seul, pas d'accès douloureux. Karnofsky 70 %.

## Examens complémentaires
- Hb 6,8 g/dl, plaquettes 212 G/l, créatinine 131 µmol/l, calcémie normale.
- FOGD (02/09) : ulcère bulbaire Forrest IIb, traité par injection d'adrénaline et clip.
- TDM TAP (04/09) : pas de progression viscérale. Lésion ostéolytique de la métaphyse humérale proximale droite en majoration, avec lyse corticale de plus de la moitié de la circonférence (score de Mirels estimé à 9).

## Évolution
Transfusion de 3 culots globulaires, IPP à forte dose IV puis per os. Pas de récidive hémorragique. Hb de sortie 9,9 g/dl.
Anticoagulation : l'apixaban a été interrompu à l'admission. Après discussion avec le cardiologue (CHA2DS2-VASc 2, HAS-BLED 4, hémorragie digestive grave), arrêt définitif de l'Eliquis, qui ne sera pas repris. Une fermeture de l'auricule gauche sera discutée à distance. Pas d'antiagrégant plaquettaire.
Cabozantinib suspendu à l'entrée, repris à 40 mg/j le 07/09 après avis du gastro-entérologue.

<<<PAGE>>>
## Conclusion
Carcinome rénal à cellules claires métastatique osseux, en 3e ligne palliative par cabozantinib. Hémorragie digestive sur ulcère bulbaire : arrêt définitif de l'anticoagulation. Lésion humérale droite à haut risque fracturaire.

## Traitement de sortie
|Molécule|Posologie|Début|Fin|Commentaire|
|Cabometyx 40 mg|1 cp/j à jeun|09/2024|en cours|repris le 07/09/2025|
|Eliquis 5 mg|1 cp x2/j|2020|01/09/2025|ARRÊT DÉFINITIF — hémorragie digestive|
|Inexium 40 mg|1 cp x2/j pendant 8 semaines, puis 1/j|03/09/2025|en cours|ulcère bulbaire|
|Xgeva 120 mg|1 inj. SC / 12 semaines|12/2021|en cours|prochaine le 06/11/2025|
|Doliprane 1 g|1 cp x3/j|2024|en cours||
|Cardensiel 2,5 mg|1 cp/j|2020|en cours||
|Zyloric 100 mg|1 cp/j|2018|en cours||
|Uvedose 100 000 UI|1 ampoule / 3 mois|2022|en cours||

## Question à la RCP
Lésion de l'humérus proximal droit à haut risque fracturaire : ostéosynthèse préventive (clou) suivie de radiothérapie, ou radiothérapie seule ? Le patient n'est plus anticoagulé ; Hb de sortie 9,9 g/dl.
FOGD de contrôle à 8 semaines. Consultation d'oncologie le 22/09/2025.

Dr Bérénice LACOMBE-VIDAL
""",
    gold=dict(
        sex="M", age=74,
        primary=("present", "kidney", "clear_cell_carcinoma", {}),
        bone=("present", ["pathological_fracture"], True),
        pain=("present", [], None),
        meds=("present", ["L01EX07", "A02BC05", "M05BX04", "N02BE01", "C07AB07", "A11CC05"]),
        local=("present", ["surgery", "radiotherapy"]),
        btt=("present", ["M05BX04"]),
        anticoag=("absent", []),
        antiplatelets=("absent", []),
        prognosis=("present", "KPS", 70),
        project=("present", "palliative"),
    ),
    meta=dict(date=dt.date(2025, 9, 9), stopped=["B01AF02"],
              expected_gaps=[["pain", "incomplete"]],
              exercises="CRH, PDF with a treatment table; Eliquis stopped for good after a digestive bleed (row with an end date); 'pas d'antiagrégant'; pain only 'bien contrôlée sous paracétamol, pas d'accès douloureux' (no type, no score); pathological fracture in 2021 with nailing + RT; sunitinib/nivolumab past lines; Karnofsky only",
              anticoag_text="Eliquis stopped definitively for a digestive haemorrhage ('ne sera pas repris'); 'Pas d'antiagrégant plaquettaire'",
              anticoag_gold="anticoagulation absent; antiplatelets absent"),
)

LETTERS["v05"] = dict(
    fmt="docx",
    author="Mme Carole Jaouen, IDEC",
    markup="""
Centre hospitalier de Kerlouan-Vaubrun — Pôle d'oncologie
Infirmière de coordination (IDEC) parcours métastases osseuses : Carole JAOUEN — poste 4417

# Fiche de liaison IDEC — préparation du dossier RCP Métastases osseuses

Date de la fiche : 14/10/2025
Patiente : Mme VIGUIER Colette, 63 ans
Oncologue référent : Dr Joël MALLET (pneumologie) — Médecin traitant : Dr Inès PASTOR, Lanvénec
Passage en RCP demandé pour le 21/10/2025.

## Données transmises par le Dr Mallet (CR de consultation du 06/10/2025)
Carcinome épidermoïde bronchique du lobe supérieur droit, stade IV (os). PD-L1 60 %. Recherche EGFR/ALK non réalisée (histologie épidermoïde chez une ancienne fumeuse, 30 PA sevrés).
Lésions osseuses costales droites (4e et 5e arcs) et sternale découvertes sur le TEP-TDM de bilan.
Traitement : pembrolizumab en monothérapie en première ligne, 7e cure faite le 06/10. Bonne tolérance hormis une hypothyroïdie substituée.
État général : OMS 1 selon le dernier CR de consultation.

## Appel de la patiente le 13/10 à 14 h 20 (entretien de 25 minutes)
- Douleur : douleur costale droite, cotée 4/10, qui la réveille la nuit 2 à 3 fois, soulagée en partie par le Dafalgan codéiné. Pas d'irradiation, pas de fourmillements.
- Traitements : la patiente lit ses boîtes : Dafalgan codéiné 2 cp trois fois par jour, Inexium 20 mg le matin, Levothyrox 50 µg, Xanax 0,25 mg le soir. Elle prend aussi « un médicament pour fluidifier le sang » prescrit par le cardiologue après sa phlébite de l'an dernier ; elle pense qu'il s'agit du Sintrom mais n'en est pas sûre (les comprimés sont chez sa fille) : à vérifier.
- Elle prenait de l'aspirine (Kardégic) auparavant, arrêtée par le cardiologue quand ce traitement a été introduit.
- Pas de Xgeva ni de Zometa à ce jour : cela ne lui a jamais été proposé.
- Aucune radiothérapie, aucune opération ni aucun geste sur les os.
- Vit avec son mari, autonome, conduit encore. Aidée pour le ménage.

## Récapitulatif pour la RCP
|Élément demandé|Recueilli|Commentaire|
|Histologie / biomarqueurs|☒ Oui ☐ Non|épidermoïde, PD-L1 60 %|
|Douleur|☒ Oui ☐ Non|EN 4/10, réveils nocturnes|
|Traitement local osseux antérieur|☐ Oui ☒ Non|aucun|
|Anti-résorptif (Xgeva/Zometa)|☐ Oui ☒ Non|jamais proposé|
|Anticoagulant|☐ Oui ☐ Non ☒ À vérifier|Sintrom ? ordonnance demandée au Dr Pastor le 13/10, sans réponse à ce jour|
|Antiagrégant|☐ Oui ☒ Non|Kardégic arrêté par le cardiologue|
|Performance status|☒ Oui ☐ Non|OMS 1|

## Question du Dr Mallet
Radiothérapie antalgique des lésions costales droites ? Indication d'un anti-résorptif osseux ?

## Actions IDEC
- Relance du cabinet du Dr Pastor pour l'ordonnance en cours (anticoagulant).
- Images du TEP-TDM demandées au service de médecine nucléaire.

C. JAOUEN, IDEC
""",
    gold=dict(
        sex="F", age=63,
        primary=("present", "lung", "squamous_cell_carcinoma", {"PD-L1": "positive"}),
        bone=("present", ["staging_imaging"], False),
        pain=("present", ["nocturnal"], 4),
        meds=("present", ["N02AJ06", "A02BC05", "H03AA01", "N05BA12", "L01FF02"]),
        local=("absent", []),
        btt=("absent", []),
        anticoag=("uncertain", ["B01AA07"]),
        antiplatelets=("absent", []),
        prognosis=("present", "ECOG", 1),
        project=("present", None),
    ),
    meta=dict(date=dt.date(2025, 10, 14), stopped=["B01AC06"], doubtful=["B01AA07"],
              expected_gaps=[["boneDiagnosis", "incomplete"], ["anticoagulation", "uncertain"]],
              exercises="IDEC (nurse coordinator) liaison sheet with phone-call notes and a ☒/☐ checklist table; anticoagulant 'elle pense qu'il s'agit du Sintrom… à vérifier'; Kardégic stopped; pembrolizumab cycles current; bone lesions found on staging TEP with no date or duration (dated false); EGFR/ALK not done",
              anticoag_text="Patient thinks she takes Sintrom, 'à vérifier', box '☒ À vérifier'; Kardégic stopped by the cardiologist",
              anticoag_gold="anticoagulation uncertain [B01AA07] (not in current medications); antiplatelets absent"),
)

LETTERS["v06"] = dict(
    fmt="txt",
    markup="""
CHU de Rivemont - Service de neurochirurgie (unité rachis)
Pr Frédéric ESCANDE - Dr Marion THUILLIER, cheffe de clinique
Secrétariat : 05 00 62 18 90

Rivemont, le 16/10/2025

COMPTE RENDU D'HOSPITALISATION

Patient : M. CORLAY Yannick, 52 ans
Dates du séjour : du 02/10/2025 au 16/10/2025
Médecin traitant : Dr Sébastien LAUTRU, 4 place du Marché, Ploudaniel-sur-Aff
Oncologue référent : Dr Agathe PEYRONNET (dermato-oncologie)
Copie : RCP métastases osseuses du CHU

MOTIF :
Paraparésie d'installation rapide (48 h) avec douleur thoracique en ceinture, chez un patient suivi pour un mélanome métastatique.

ATCD :
- Mélanome superficiel extensif du dos (2021), Breslow 3,2 mm, ulcéré, BRAF V600E muté. Exérèse élargie + ganglion sentinelle axillaire gauche positif (juin 2021), curage non réalisé. Nivolumab adjuvant 12 mois (07/2021 - 07/2022).
- Rechute ganglionnaire et pulmonaire en mars 23 : ipilimumab-nivolumab (4 cures), puis nivolumab d'entretien jusqu'en décembre 2024 (progression hépatique).
- Depuis janvier 2025 (L2) : dabrafénib 150 mg x2/j + tramétinib 2 mg/j, réponse partielle sur le foie.
- Pas d'autre antécédent. Pas d'allergie connue.

MODE DE VIE :
Marié, 3 enfants, ingénieur agronome, en arrêt de travail depuis 2023. Non fumeur.

TRAITEMENT À L'ENTRÉE :
Dabrafénib (Tafinlar) 75 mg 2 gél x2/j, tramétinib (Mekinist) 2 mg 1/j, paracétamol si besoin.

HISTOIRE DE LA MALADIE :
Aucune lésion osseuse n'était connue (dernier TDM TAP d'évaluation du 28/08/2025 sans lésion osseuse décrite). Depuis une dizaine de jours, douleur thoracique postérieure en ceinture, à type de brûlure, irradiant vers l'hémithorax gauche, puis le 01/10 faiblesse des deux membres inférieurs et difficultés à uriner. Admis aux urgences le 02/10.

EXAMEN CLINIQUE À L'ENTRÉE :
Paraparésie cotée 3/5 aux deux membres inférieurs, niveau sensitif T8, réflexes vifs, Babinski bilatéral, globe vésical (500 ml). Frankel C. Douleur en ceinture EVA 8/10, décharges électriques à la toux.

EXAMENS COMPLÉMENTAIRES :
- IRM médullaire (02/10) : métastase du corps et de l'arc postérieur de T7 avec épidurite circonférentielle compressive, hypersignal médullaire T2. Deux autres lésions (T11, L1) sans épidurite.
- TDM TAP : stabilité hépatique, pas de nouvelle lésion viscérale.
- Biologie : LDH 412 UI/l, calcémie normale, plaquettes 198 G/l.

ÉVOLUTION DANS LE SERVICE :
Dexaméthasone 10 mg IV dès l'admission. Chirurgie en urgence le 03/10/2025 : laminectomie décompressive T6-T8 et ostéosynthèse percutanée T5-T9 (vis pédiculaires). Analyse extemporanée : métastase de mélanome.
Suites simples : récupération motrice progressive (4+/5 à la sortie), ablation de la sonde urinaire à J5 avec mictions spontanées. Marche avec déambulateur sur 50 mètres.
Dabrafénib-tramétinib suspendus du 02/10 au 09/10 (période péri-opératoire), repris le 10/10 après accord de l'oncologue.
Douleur : introduction de la prégabaline et de l'oxycodone ; à la sortie, douleur en ceinture résiduelle à type de brûlure, EVA 2/10.
Dexaméthasone en décroissance : 4 mg/j à la sortie, diminution de 1 mg tous les 3 jours jusqu'à l'arrêt.
Prévention thromboembolique : énoxaparine 4000 UI/j débutée à J1 post-opératoire, à poursuivre 6 semaines.
Pas de traitement anti-résorptif osseux jusqu'ici ; son indication sera discutée en RCP.

CONCLUSION :
Compression médullaire T7 révélant une atteinte osseuse d'un mélanome BRAF muté en 2e ligne (dabrafénib-tramétinib), opérée en urgence (décompression + ostéosynthèse) avec bonne récupération neurologique. Projet palliatif, en accord avec le patient et son épouse. Pronostic difficile à préciser, probablement de plusieurs mois compte tenu de la réponse hépatique.

ORDONNANCE DE SORTIE :
1. Dabrafénib 75 mg : 2 gélules matin et soir
2. Tramétinib 2 mg : 1 cp le matin
3. Lovenox 4000 UI/0,4 ml : 1 injection SC par jour jusqu'au 14/11/2025 inclus (IDE à domicile)
4. Dexaméthasone 4 mg : 1 cp le matin, décroissance selon le schéma remis
5. Lyrica 75 mg : 1 gélule matin et soir
6. Oxycontin LP 10 mg : 1 cp matin et soir
7. Oxynorm 5 mg : 1 gélule si douleur (max 6/j)
8. Doliprane 1 g : 1 cp 3 fois par jour
9. Inipomp 40 mg : 1 cp le soir (pendant la corticothérapie)
10. Movicol : 1 à 2 sachets par jour

SUIVI :
- Radiothérapie post-opératoire de T7 (20 Gy en 5 fractions) envisagée : consultation de radiothérapie le 21/10/2025.
- Consultation de contrôle neurochirurgical à 6 semaines avec radiographies.
- Dossier présenté en RCP métastases osseuses le 23/10 : RT post-opératoire, prise en charge des lésions T11 et L1, anti-résorptif ?
- Plaquettes à surveiller sous HBPM (NFS hebdomadaire).

Dr Marion THUILLIER
""",
    gold=dict(
        sex="M", age=52,
        primary=("present", "melanoma", "other", {"BRAF": "positive"}),
        bone=("present", ["neurological_deficit"], True),
        pain=("present", ["neuropathic"], 2),
        meds=("present", ["B01AB05", "H02AB02", "N03AX16", "N02AA05", "N02BE01",
                          "A02BC02", "A06AD65"]),
        local=("present", ["surgery"]),
        btt=("absent", []),
        anticoag=("present", ["B01AB05"]),
        antiplatelets=("unknown", []),
        prognosis=("present", "ECOG", None),
        project=("present", "palliative"),
    ),
    meta=dict(date=dt.date(2025, 10, 16),
              expected_gaps=[["prognosis", "incomplete"]],
              exercises="Neurosurgery CRH (TXT): cord compression revealing the bone disease (neurological deficit); emergency laminectomy + fixation during the stay (surgery, done); post-op RT only 'envisagée'; preventive Lovenox for 6 weeks; dexamethasone tapering (current); BRAF V600E; melanoma (histology 'other'); life expectancy without performance status",
              anticoag_text="Preventive-dose enoxaparin (Lovenox 4000 UI/j, 6 weeks post-op) in the discharge prescription; nothing on antiplatelets",
              anticoag_gold="anticoagulation present [B01AB05]; antiplatelets unknown"),
)

LETTERS["v07"] = dict(
    fmt="pdf",
    author="Dr Étienne Rouvière",
    footer="Centre d'oncologie et de radiothérapie du Haut-Vallon",
    markup="""
Centre d'oncologie et de radiothérapie du Haut-Vallon
Dr Étienne ROUVIÈRE — Oncologie médicale / uro-oncologie
18 avenue des Platanes, 26870 Haut-Vallon — Tél. 04 00 19 64 22

Haut-Vallon, le 24/11/2025

Au Dr Aline SORBIER
Coordination RCP Métastases osseuses — CHU de Rivemont

Objet : M. MOUNIER-LAFFITTE Bernard, 78 ans — nouvelle présentation en RCP

Chère consœur,

Je vous remercie de bien vouloir rediscuter en RCP le dossier de M. Bernard MOUNIER-LAFFITTE, 78 ans, que vous connaissez.

Pour mémoire, il s'agit d'un adénocarcinome prostatique Gleason 7 (4+3) diagnostiqué en 2016, traité par prostatectomie radicale (pT3a N0, marges positives), puis radiothérapie de la loge en 2018 pour rechute biologique. Suppression androgénique par triptoréline (Décapeptyl 22,5 mg tous les 6 mois) depuis 2020. Résistance à la castration en 2023 : enzalutamide (Xtandi 160 mg/j) depuis juin 2023.
En avril dernier, ascension du PSA de 2,1 à 6,4 ng/ml. Le TEP-PSMA du 22/04/2025 a mis en évidence une lésion unique de l'aile iliaque droite et deux foyers costaux droits (8e et 9e arcs) : première localisation osseuse.

Avis RCP du 12/05/2025 : « Radiothérapie stéréotaxique de la lésion iliaque droite (35 Gy en 5 fractions). Introduction d'un dénosumab 120 mg/4 semaines après bilan dentaire. Poursuite de l'enzalutamide. Réévaluation par TEP-PSMA à 6 mois. »

Ce qui a été réalisé :
- La radiothérapie stéréotaxique iliaque droite a été délivrée du 16 au 24 juin 2025, sans toxicité.
- Le dénosumab n'a pas été débuté : le bilan dentaire a imposé trois extractions, toujours en cours de cicatrisation. Le patient ne reçoit donc actuellement aucun traitement anti-résorptif osseux.
- L'enzalutamide a été poursuivi.

Évolution : le PSA est à 12,3 ng/ml le 06/11/2025 (testostérone < 0,2 ng/ml). Le TEP-PSMA du 14/11/2025 retrouve une réponse de la lésion iliaque traitée mais de nouvelles fixations de T12 et de l'aileron sacré gauche, ainsi qu'une majoration des foyers costaux.
Sur le plan clinique, le patient décrit une douleur sacrée gauche apparue il y a environ un mois, à la marche et à la station debout prolongée, EVA 3/10, calmée par le paracétamol. Pas de douleur nocturne, pas de radiculalgie. Il reste autonome et très actif (jardinage) : ECOG 1.
Un œdème du mollet droit en début de mois a fait réaliser un écho-doppler (03/11/2025) qui était normal : pas d'indication à une anticoagulation.

Autres antécédents : artériopathie des membres inférieurs avec stent iliaque commun droit en 2021, sous clopidogrel ; HTA ; dyslipidémie ; ancien fumeur (25 PA).

Traitement actuel :
- Xtandi 40 mg : 4 capsules/j
- Décapeptyl 22,5 mg : 1 injection IM tous les 6 mois (dernière le 02/10/2025)
- Plavix 75 mg : 1 cp/j
- Tahor 40 mg : 1 cp le soir
- Cardensiel 5 mg : 1 cp le matin
- Doliprane 1 g : 1 cp trois fois par jour

Au total, progression oligométastatique osseuse sous enzalutamide, dans un contexte palliatif. J'ai évoqué avec le patient un passage au docétaxel, qu'il souhaite différer.

Questions à la RCP :
1. Intérêt d'une radiothérapie stéréotaxique des nouvelles lésions (T12, aileron sacré gauche) et poursuite de l'enzalutamide ?
2. Faut-il attendre la cicatrisation dentaire pour débuter le dénosumab ou préférer l'acide zolédronique ?

Le patient sera revu en consultation le 04/12/2025 pour lui communiquer l'avis de la RCP.

Bien confraternellement,

Dr Étienne ROUVIÈRE
""",
    gold=dict(
        sex="M", age=78,
        primary=("present", "prostate", "adenocarcinoma", {"PSA": "positive"}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["mechanical"], 3),
        meds=("present", ["L02BB04", "L02AE04", "B01AC04", "C10AA05", "C07AB07", "N02BE01"]),
        local=("present", ["radiotherapy"]),
        btt=("absent", []),
        anticoag=("absent", []),
        antiplatelets=("present", ["B01AC04"]),
        prognosis=("present", "ECOG", 1),
        project=("present", "palliative"),
    ),
    meta=dict(date=dt.date(2025, 11, 24), expected_gaps=[], planned=["M05BX04", "L01CD02"],
              exercises="Letter quoting a previous RCP decision, partly carried out (SBRT done, denosumab never started: 'aucun traitement anti-résorptif'); prostatectomy and prostate-bed RT not bone treatments; first bone lesion on PSMA PET for rising PSA; 'Pas de douleur nocturne' denied; 'pas d'indication à une anticoagulation'; Plavix; docetaxel only discussed",
              anticoag_text="Normal Doppler, 'pas d'indication à une anticoagulation', no anticoagulant in the list; Plavix for arteriopathy",
              anticoag_gold="anticoagulation absent; antiplatelets present [B01AC04]"),
)

LETTERS["v08"] = dict(
    fmt="docx",
    author="Dr Hugo Lemarié",
    markup="""
Centre hospitalier intercommunal de Brévannes-sur-Oise
Service de médecine interne — Dr Hugo LEMARIÉ, Dr Salomé ABGRALL
Secrétariat : 01 00 83 45 12

Brévannes, le 19/09/2025

# COMPTE RENDU D'HOSPITALISATION

Mme ROUSSEL-DAGORN Annick, née le 30/11/1955
Hospitalisée du 28/08/2025 au 19/09/2025
Adressée par le Dr Patrice HUCHON (médecin traitant) pour confusion.
Copie : Dr Sophie LAMBERTHOD (pneumologie) ; RCP Métastases osseuses

## Motif d'hospitalisation
Syndrome confusionnel avec polyuro-polydipsie et vomissements, évoluant depuis une semaine ; calcémie à 3,45 mmol/l au laboratoire de ville le 28/08.

## Antécédents
HTA. Hypothyroïdie substituée. BPCO non explorée. Tabagisme actif à 35 PA. Hystérectomie (1998). Aspirine au long cours en prévention primaire, à l'initiative du médecin traitant.

## Mode de vie
Veuve, vit seule en maison de plain-pied, autonome avant l'épisode. Un fils à Brévannes. Pas d'aide à domicile.

## Traitement à l'entrée
Kardégic 75 mg, Triatec 5 mg, Levothyrox 75 µg, Lasilix 20 mg, Imovane 7,5 mg.

## Examen clinique à l'entrée
Patiente désorientée, déshydratée (pli cutané), TA 104/62. Pas de déficit neurologique focal. Pas de douleur osseuse spontanée ni à la palpation, EVA 0. Œdème du membre inférieur gauche, mollet tendu.

## Examens complémentaires
- Calcémie corrigée 3,45 mmol/l, phosphorémie 0,82, PTH effondrée, PTHrp en cours. Créatinine 142 µmol/l (insuffisance rénale fonctionnelle). Électrophorèse des protéines sériques normale, chaînes légères libres normales.
- TDM thoraco-abdomino-pelvien (29/08) : masse du lobe supérieur gauche de 42 mm, adénopathies médiastinales, multiples lésions ostéolytiques (rachis dorsal et lombaire, bassin, côtes), sans fracture. Pas de lésion cérébrale au scanner.
- Écho-doppler veineux (02/09) : thrombose veineuse profonde fémoro-poplitée gauche.
- Biopsie scanno-guidée de l'aile iliaque gauche (08/09) : métastase d'un adénocarcinome TTF1+, CK7+, CK20–. L'aspect est en faveur d'une origine pulmonaire, à confirmer par la fibroscopie bronchique prévue. Biologie moléculaire (EGFR, ALK, ROS1) et PD-L1 en cours.

## Évolution dans le service
Hypercalcémie : hyperhydratation, arrêt du furosémide et de l'IEC, une perfusion d'acide zolédronique 4 mg le 29/08. Normalisation de la calcémie le 05/09 (2,48 mmol/l), régression complète de la confusion. Triatec repris à demi-dose le 10/09, Lasilix non repris.
Thrombose veineuse : anticoagulation curative par tinzaparine (Innohep) 175 UI/kg/j dès le 02/09, à poursuivre au moins 6 mois. L'aspirine, sans indication en prévention primaire, est arrêtée.
Sur le plan général : reprise de la marche, OMS 2 à la sortie.

## Conclusion
Hypercalcémie maligne révélant une maladie ostéolytique diffuse, secondaire à un adénocarcinome probablement bronchique. TVP fémoro-poplitée gauche sous tinzaparine.

## Traitement de sortie
- Innohep 14 000 UI/0,7 ml : 1 injection SC par jour le soir
- Triatec 2,5 mg : 1 cp le matin
- Levothyrox 75 µg : 1 cp le matin à jeun
- Mopral 20 mg : 1 gélule le soir
- Imovane 7,5 mg : ½ cp au coucher
- Pas de supplémentation calcique ni vitaminique D

## Suivi
- Fibroscopie bronchique le 24/09/2025 en pneumologie (Dr Lamberthod).
- La stratégie oncologique sera définie en RCP d'oncologie thoracique après la fibroscopie et la biologie moléculaire.
- Un traitement anti-résorptif au long cours (dénosumab) sera discuté.
- Demande d'avis RCP métastases osseuses : risque fracturaire des lésions de L4 et du cotyle gauche ; indication d'une radiothérapie ou d'une consolidation ?
- Calcémie et créatinine 2 fois par semaine pendant 15 jours.

Dr Salomé ABGRALL, interne — Dr Hugo LEMARIÉ
""",
    gold=dict(
        sex="F", age=69,
        primary=("uncertain", "lung", "adenocarcinoma",
                 {"EGFR": "pending", "ALK": "pending", "ROS1": "pending", "PD-L1": "pending"}),
        bone=("present", ["hypercalcemia"], True),
        pain=("absent", [], 0),
        meds=("present", ["B01AB10", "C09AA05", "H03AA01", "A02BC01", "N05CF01"]),
        local=("unknown", []),
        btt=("unknown", []),
        anticoag=("present", ["B01AB10"]),
        antiplatelets=("absent", []),
        prognosis=("present", "ECOG", 2),
        project=("unknown", None),
    ),
    meta=dict(date=dt.date(2025, 9, 19), birth=dt.date(1955, 11, 30),
              stopped=["B01AC06", "C03CA01"], planned=["M05BX04"],
              expected_gaps=[["primaryTumor", "uncertain"], ["priorLocalTreatments", "missing"],
                             ["boneTargetedTherapy", "missing"], ["therapeuticProject", "missing"]],
              exercises="Internal-medicine CRH: hypercalcaemia revealing lytic bone disease; primary only 'en faveur d'une origine pulmonaire, à confirmer' (uncertain); four biomarkers pending; single zoledronic infusion + denosumab only 'discuté' (bone therapy unknown); DVT found during the stay: curative Innohep; Kardégic and Lasilix stopped; EVA 0; no decided oncological plan; age from birth date (birthday after the letter date)",
              anticoag_text="DVT found during the stay: curative tinzaparin (Innohep) in the discharge list; aspirin (Kardégic) stopped",
              anticoag_gold="anticoagulation present [B01AB10]; antiplatelets absent"),
)

LETTERS["v09"] = dict(
    fmt="txt",
    markup="""
Dr Mathilde SERVANT-HAUCOURT
Oncologie médicale — Polyclinique du Parc Lamartine
3 allée des Cèdres, 69999 Villefranche-les-Aulnes
Tél : 04 00 55 90 31

Le 7 octobre 2025

Cher ami,

Je te remercie de bien vouloir présenter à la RCP métastases osseuses du 16/10 le dossier de Mme Sylvie PERRAUDIN, 58 ans, que je suis depuis bientôt dix ans pour un cancer du sein HER2 positif.

Rappel de l'histoire :
- 2016 : carcinome canalaire infiltrant du sein droit, pT2 N1, RE 0 %, RP 0 %, HER2 3+. Tumorectomie + curage, chimiothérapie adjuvante (EC puis paclitaxel) avec trastuzumab 1 an, radiothérapie du sein droit.
- Sept. 2020 : douleurs de la hanche gauche depuis deux mois faisant découvrir une rechute osseuse (cotyle gauche, T11, L4) et hépatique (2 nodules). 
- L1 : docétaxel-trastuzumab-pertuzumab, 6 cycles, puis entretien trastuzumab-pertuzumab jusqu'en mars 23 (progression hépatique).
- RT du cotyle gauche 30 Gy/10 fr. en octobre 2020 ; vertébroplastie de L4 en février 2021 pour tassement douloureux.
- L2 : trastuzumab emtansine d'avril 2023 à février 2024 (progression hépatique et osseuse).
- L3 : trastuzumab déruxtécan (Enhertu) depuis mars 24, toujours en réponse sur le foie ; C22 faite le 29/09.
- Dénosumab (Xgeva) depuis octobre 2020, espacé à une injection toutes les 12 semaines depuis 2022, dernière injection en août.

Depuis six semaines environ, elle se plaint d'une douleur de l'aine gauche à la marche et à la montée des escaliers, cotée 5/10 ce jour, qui l'oblige à utiliser une canne. Pas de réveil nocturne. Le scanner du 30/09 montre une progression de la lyse du toit du cotyle gauche avec une rupture de la corticale médiale, sans fracture constituée. Le reste de la maladie est stable.
Elle reste OMS 1, travaille à mi-temps.

Pas de traitement anticoagulant ni antiagrégant. Pas d'allergie.

Ma question : cimentoplastie du cotyle, chirurgie de reconstruction, ou nouvelle irradiation ? Je souhaite poursuivre l'Enhertu compte tenu de la réponse hépatique.

Je joins sa dernière ordonnance.

Amitiés,
Mathilde

------------------------------------------------------------
ORDONNANCE du 29/09/2025 — Mme PERRAUDIN Sylvie
- Enhertu : perfusion toutes les 3 semaines en hôpital de jour
- Xgeva 120 mg : 1 injection SC toutes les 12 semaines
- Fragmine 5000 UI/0,2 ml : 1 injection SC le soir, à renouveler
- Contramal LP 100 mg : 1 cp matin et soir
- Doliprane 1 g : 1 cp jusqu'à 3 fois par jour
- ZymaD 50 000 UI : 1 ampoule par mois
- Inexium 20 mg : 1 cp le matin
QSP 3 mois
""",
    gold=dict(
        sex="F", age=58,
        primary=("present", "breast", "invasive_ductal_carcinoma",
                 {"ER": "negative", "PR": "negative", "HER2": "positive"}),
        bone=("present", ["pain"], True),
        pain=("present", ["mechanical"], 5),
        meds=("present", ["B01AB04", "M05BX04", "N02AX02", "N02BE01", "A11CC05", "A02BC05"]),
        local=("present", ["radiotherapy", "cementoplasty"]),
        btt=("present", ["M05BX04"]),
        anticoag=("conflicting", ["B01AB04"]),
        antiplatelets=("absent", []),
        prognosis=("present", "ECOG", 1),
        project=("present", None),
    ),
    meta=dict(date=dt.date(2025, 10, 7),
              expected_gaps=[["anticoagulation", "conflicting"]],
              exercises="Informal oncologist-to-colleague letter with the attached prescription; 'Pas de traitement anticoagulant ni antiagrégant' in the text but Fragmine on the prescription (conflicting); HER2+ ER/PR 0 %; L1-L3 lines (Enhertu, not in the ATC table); RT + vertebroplasty (cementoplasty); Xgeva every 12 weeks; 'Pas de réveil nocturne' denied; dates as 'Sept. 2020', 'mars 23', 'depuis six semaines'",
              anticoag_text="Text: 'Pas de traitement anticoagulant ni antiagrégant'; attached prescription: Fragmine 5000 UI every evening",
              anticoag_gold="anticoagulation conflicting [B01AB04] (kept in current medications); antiplatelets absent"),
)

LETTERS["v10"] = dict(
    fmt="pdf",
    author="Dr Nicolas Vérand",
    footer="CHG de Port-Émeraude — Pneumologie — CRH OLLIVIER-BRANDT J.-M.",
    markup="""
Centre hospitalier général de Port-Émeraude
Service de pneumologie et d'oncologie thoracique
Chef de service : Dr Nicolas VÉRAND — Internes : Dr L. Mahé, Dr K. Ouvrard

Port-Émeraude, le 21/11/2025

# COMPTE RENDU D'HOSPITALISATION

Patient : M. OLLIVIER-BRANDT Jean-Marc, 61 ans
Entrée le 10/11/2025 — Sortie le 21/11/2025
Médecin traitant : Dr Gaëlle TROADEC
Copies : Dr Yves CASTEL (cardiologue) ; RCP Métastases osseuses du CHU de Rivemont

## Motif d'hospitalisation
Dyspnée d'effort d'aggravation rapide sur épanchement pleural droit récidivant.

## Antécédents
- Syndrome coronarien aigu sans sus-décalage du ST en février 2024 : angioplastie avec stent actif de la circonflexe ; double anti-agrégation ticagrélor + aspirine pendant 12 mois, ticagrélor arrêté en février 2025, aspirine poursuivie.
- Dyslipidémie. Syndrome anxieux.
- Tabagisme sevré en 2024 (45 PA).

## Histoire de la maladie
Janvier 2024 : adénocarcinome pulmonaire du lobe supérieur droit, stade IIIB, KRAS G12C muté, EGFR et ALK négatifs, ROS1 négatif, PD-L1 5 %. Radio-chimiothérapie concomitante (carboplatine-paclitaxel hebdomadaire), puis durvalumab de consolidation à partir d'avril 2024.
Mai 2024 : fracture pathologique de la diaphyse humérale droite sur une chute de sa hauteur, révélant une rechute osseuse (humérus, bassin, rachis dorsal). Traitement orthopédique par attelle et radiothérapie de l'humérus, 8 Gy en une fraction.
- L1 métastatique (06/2024) : carboplatine-pémétrexed-pembrolizumab, 4 cycles, puis maintenance pémétrexed-pembrolizumab jusqu'en 06/2025 (progression pleurale).
- L2 : sotorasib (Lumykras) 960 mg/j depuis juillet 2025.
Dénosumab introduit en juin 2024, arrêté en mars 2025 pour une hypocalcémie sévère symptomatique ; non repris depuis.

## Examen clinique à l'entrée
OMS 2. SpO2 91 % en air ambiant. Matité de la base droite. Apyrétique. Pas de signe de thrombose veineuse.

## Examens complémentaires
- Radiographie et échographie pleurale : épanchement de grande abondance à droite.
- Ponction pleurale : exsudat, cytologie positive (cellules d'adénocarcinome).
- TDM TAP (11/11/2025) : épanchement pleural droit, stabilité des lésions osseuses connues ; nouvelle lésion ostéolytique du toit du cotyle droit de 28 mm. Pas d'embolie pulmonaire.
- Biologie : Hb 12,1 g/dl, créatinine 84 µmol/l, calcémie corrigée 2,32 mmol/l, albumine 31 g/l.

<<<PAGE>>>
## Évolution dans le service
Drainage pleural droit (2,1 litres) puis talcage sous thoracoscopie médicale le 14/11, drain retiré le 18/11, sans récidive radiologique à la sortie. Oxygénothérapie arrêtée le 17/11.
Prévention de la maladie thromboembolique par énoxaparine 4000 UI/j pendant le séjour ; arrêtée à la sortie, le patient étant de nouveau mobile.
Le sotorasib a été poursuivi pendant l'hospitalisation. Bilan hépatique normal.
Anxiété : alprazolam le soir poursuivi.

## Conclusion
Adénocarcinome pulmonaire KRAS G12C métastatique (os, plèvre) en 2e ligne par sotorasib, à visée palliative. Pleurésie métastatique talquée. Nouvelle lésion cotyloïdienne droite. Espérance de vie estimée à quelques mois.

## Ordonnance de sortie
|Molécule|Posologie|Début|Fin|Commentaire|
|Lumykras 120 mg|8 cp en une prise par jour|07/2025|en cours|2e ligne|
|Kardégic 75 mg|1 sachet/j|02/2024|en cours|stent coronaire|
|Brilique 90 mg|1 cp x2/j|02/2024|02/2025|fin de la double anti-agrégation|
|Durogesic 25 µg/h|1 patch tous les 3 jours|06/2024|en cours|inchangé|
|Actiskenan 5 mg|1 gélule si besoin, max 4/j|06/2024|en cours||
|Lovenox 4000 UI|1 inj. SC/j|10/11/2025|21/11/2025|arrêt à la sortie|
|Xgeva 120 mg|1 inj. SC/4 sem.|06/2024|03/2025|hypocalcémie sévère|
|Bisoprolol 2,5 mg|1 cp/j|02/2024|en cours||
|Tahor 80 mg|1 cp/j|02/2024|en cours||
|Mopral 20 mg|1 gélule/j|2024|en cours||
|Macrogol 10 g|1 sachet/j|06/2024|en cours||
|Xanax 0,25 mg|1 cp le soir|2024|en cours||

## Suivi
- Consultation d'oncologie thoracique le 01/12/2025 avec TDM d'évaluation de la 2e ligne.
- Demande d'avis RCP métastases osseuses : prise en charge de la lésion du toit du cotyle droit (risque fracturaire ? radiothérapie, cimentoplastie ?) ; reprise d'un anti-résorptif possible ?

Dr L. MAHÉ, interne — Dr N. VÉRAND
""",
    gold=dict(
        sex="M", age=61,
        primary=("present", "lung", "adenocarcinoma",
                 {"KRAS": "positive", "EGFR": "negative", "ALK": "negative", "ROS1": "negative",
                  "PD-L1": "positive"}),
        bone=("present", ["pathological_fracture"], True),
        pain=("present", [], None),
        meds=("present", ["L01XX73", "B01AC06", "N02AB03", "N02AA01", "C07AB07", "C10AA05",
                          "A02BC01", "A06AD15", "N05BA12"]),
        local=("present", ["radiotherapy"]),
        btt=("absent", []),
        anticoag=("absent", []),
        antiplatelets=("present", ["B01AC06"]),
        prognosis=("present", "ECOG", 2),
        project=("present", "palliative"),
    ),
    meta=dict(date=dt.date(2025, 11, 21), stopped=["B01AC24", "B01AB05", "M05BX04"],
              expected_gaps=[["pain", "incomplete"]],
              exercises="Pneumology CRH with a PDF table, 2 p.; KRAS G12C, PD-L1 5 %; stage III then pathological humeral fracture (2024) with 8 Gy; L1 chemo-immuno, L2 sotorasib; Brilique stopped (end of DAPT), Kardégic continued; in-stay preventive Lovenox stopped at discharge; Xgeva stopped for hypocalcaemia; pain told only through the analgesics (Durogesic, Actiskenan)",
              anticoag_text="Preventive enoxaparin during the stay only, 'arrêtée à la sortie'; aspirin continued, ticagrelor stopped",
              anticoag_gold="anticoagulation absent; antiplatelets present [B01AC06]"),
)

LETTERS["v11"] = dict(
    fmt="docx",
    author="Dr Raphaëlle Chaumeil",
    markup="""
Institut de cancérologie digestive de Sainte-Verlaine
Dr Raphaëlle CHAUMEIL — Oncologie digestive
Tél. 03 00 26 71 88 — Fax 03 00 26 71 89

Sainte-Verlaine, le 2 décembre 2025

Madame, Monsieur les membres de la RCP Métastases osseuses,

Je sollicite votre avis pour Mme Odile FERRAND, 66 ans, suivie pour un adénocarcinome du côlon sigmoïde métastatique.

## Histoire oncologique
- Juin 2021 : adénocarcinome du sigmoïde révélé par des rectorragies ; sigmoïdectomie (pT3 N1b), RAS muté (KRAS G12D), BRAF non muté, MSS. Chimiothérapie adjuvante par FOLFOX, 6 mois.
- Mars 2022 : métastases hépatiques multiples non résécables. 1re ligne FOLFOX-bévacizumab (03/2022 – 11/2022), puis entretien LV5FU2-bévacizumab jusqu'en août 2023.
- 2e ligne FOLFIRI-aflibercept (09/2023 – 04/2025), progression hépatique.
- 3e ligne trifluridine-tipiracil + bévacizumab depuis mai 2025, stabilité hépatique au dernier scanner (10/2025).

## Situation osseuse
Depuis septembre (il y a environ 2 mois et demi), douleur de l'épaule gauche d'horaire inflammatoire, avec réveils nocturnes, initialement cotée 7/10. La scintigraphie puis le scanner (29/10/2025) ont montré une lésion ostéolytique de la glène et du col de la scapula gauche (35 mm) avec rupture corticale, et une lésion de T12 sans atteinte du mur postérieur. Pas de déficit neurologique.
Avec l'oxycodone, la douleur est actuellement cotée à 5/10.

## Antécédents et point important
Valve mécanique mitrale (2009) sous warfarine (Coumadine), INR cible 3 à 4 : l'anticoagulation ne doit pas être interrompue sans relais. En cas de geste invasif, un relais par héparine non fractionnée IV sera organisé selon le protocole du cardiologue (Dr Fabre). Insuffisance cardiaque à FEVG 45 %. HTA.
Le kétoprofène introduit en octobre par le médecin traitant a été arrêté le 18/10 (INR à 5,2).
Pas de traitement anti-résorptif osseux à ce jour : soins dentaires en cours (avulsions programmées).
Karnofsky 80 %.

## Traitements en cours
|Molécule|Posologie|Début|Fin|Commentaire|
|Lonsurf (trifluridine-tipiracil)|35 mg/m² x2/j, J1-J5 et J8-J12 / 28 j|05/2025|en cours|3e ligne|
|Bévacizumab|5 mg/kg J1 et J15|05/2025|en cours||
|Coumadine 5 mg|selon INR (cible 3–4)|2009|en cours|valve mécanique mitrale|
|Oxycontin LP 20 mg|1 cp matin et soir|20/10/2025|en cours||
|Oxynormoro 10 mg|1 cp si douleur|20/10/2025|en cours|2 à 3 prises/j|
|Profénid 100 mg|1 cp x2/j|02/10/2025|18/10/2025|arrêté : INR 5,2|
|Doliprane 1 g|1 cp x3/j|10/2025|en cours||
|Lasilix 40 mg|1 cp le matin|2019|en cours||
|Cardensiel 5 mg|1 cp/j|2019|en cours||
|Movicol|1 à 2 sachets/j|10/2025|en cours|sous opioïdes|

## Projet et question
Le projet oncologique reste palliatif : poursuite de la 3e ligne tant que la maladie hépatique est contrôlée.
Question : radiothérapie antalgique de la scapula gauche ou technique percutanée (cryoablation, cimentoplastie) compte tenu de l'anticoagulation par AVK à INR cible élevé ? Conduite à tenir pour T12 ?

Je reste à votre disposition.

Dr Raphaëlle CHAUMEIL
""",
    gold=dict(
        sex="F", age=66,
        primary=("present", "colorectal", "adenocarcinoma", {"KRAS": "positive", "BRAF": "negative"}),
        bone=("present", ["pain"], True),
        pain=("present", ["inflammatory", "nocturnal"], 5),
        meds=("present", ["B01AA03", "N02AA05", "N02BE01", "C03CA01", "C07AB07", "A06AD65"]),
        local=("unknown", []),
        btt=("absent", []),
        anticoag=("present", ["B01AA03"]),
        antiplatelets=("unknown", []),
        prognosis=("present", "KPS", 80),
        project=("present", "palliative"),
    ),
    meta=dict(date=dt.date(2025, 12, 2), stopped=["M01AE03"], planned=["B01AB01"],
              expected_gaps=[["priorLocalTreatments", "missing"]],
              exercises="Digestive oncologist's letter, DOCX table; 3 lines (FOLFOX-bev, FOLFIRI-aflibercept, Lonsurf-bev: none in the ATC table except supportive drugs); warfarin for a mechanical valve, heparin bridge only planned; ketoprofen stopped; inflammatory + nocturnal pain, EVA 7 then 5; nothing on prior local treatment; Karnofsky only; KRAS G12D, BRAF wild type",
              anticoag_text="Warfarin (Coumadine) for a mechanical mitral valve, current; unfractionated heparin only as a planned bridge; no antiplatelet mentioned",
              anticoag_gold="anticoagulation present [B01AA03]; antiplatelets unknown"),
)

LETTERS["v12"] = dict(
    fmt="txt",
    markup="""
HÔPITAL LOCAL DE SAINT-GILDAS-DES-PRÉS
Unité de soins palliatifs (USP) — 10 lits
Dr Armelle QUINTIN, Dr Jérôme FAOUËDIC
Tél. 02 00 47 18 33

Saint-Gildas, le 17/10/2025

CRH — séjour en USP du 29/09/2025 au 17/10/2025

M. GUÉZENNEC Henri, né le 08/03/1947
Médecin traitant : Dr Rozenn LE BIHAN
Sortie : retour à domicile avec HAD (HAD du Pays des Abers), épouse présente.
Copie : RCP métastases osseuses (demande d'avis jointe) ; Dr Mickaël ARZEL, oncologue

Motif d'entrée : douleur de la hanche droite non contrôlée à domicile malgré les opioïdes.

ATCD
- Carcinome urothélial de vessie infiltrant le muscle (pT2, 2022), cystectomie refusée : radio-chimiothérapie vésicale en 2022.
- Février 2024 : métastases osseuses (bassin, cotyle droit, rachis lombaire) découvertes au scanner de surveillance.
- L1 carboplatine-gemcitabine (03/2024 - 07/2024), puis avélumab en maintenance (08/2024 - 03/2025), progression osseuse.
- L2 enfortumab védotine (04/2025 - 08/2025), arrêté pour neuropathie de grade 3 et altération de l'état général.
- Depuis septembre : décision collégiale de soins de support exclusifs, acceptée par le patient.
- Insuffisance rénale chronique (clairance 24 ml/min). Diabète de type 2 (régime seul). Ancien fumeur.

Mode de vie : marié, ancien marin-pêcheur, vit en maison de plain-pied, alité ou au fauteuil depuis septembre.

Histoire récente : depuis 3 semaines, douleur de l'aine et de la hanche droites, irradiant à la face antérieure de la cuisse, à type de brûlure et d'étau, DN4 à 6/10, très majorée à la mobilisation et aux transferts, EN 8/10 à l'entrée sous Skenan 60 mg x2/j.

Évolution dans l'unité
- Douleur : PCA de morphine SC (débit continu 2 mg/h, bolus 2 mg, période réfractaire 20 min) en relais du Skenan, introduction de la prégabaline à dose adaptée à la fonction rénale, corticothérapie par prednisolone. Radiothérapie antalgique du cotyle droit, 8 Gy en une fraction, délivrée le 07/10/2025 au centre de radiothérapie de Quimperlé-sur-Aven. À la sortie, EN 3/10 au repos, douleur à la mobilisation soulagée par les bolus avant les soins (4 à 6 bolus par jour).
- Thromboprophylaxie : fondaparinux 1,5 mg/j (alitement, insuffisance rénale), poursuivie à domicile.
- Anti-résorptifs : acide zolédronique contre-indiqué (clairance 24 ml/min) ; dénosumab non retenu (hypocalcémie à l'entrée). Le patient ne reçoit aucun traitement anti-résorptif.
- Pas d'antiagrégant plaquettaire.
- Karnofsky 40 %. Pronostic estimé à quelques semaines, peut-être quelques mois. Discussion anticipée : pas de réanimation, pas de transfert aux urgences sans appel préalable de l'USP.

Traitement de sortie (prescription HAD)
- Morphine chlorhydrate, PCA SC : débit continu 2 mg/h, bolus 2 mg, période réfractaire 20 min
- Lyrica 25 mg : 1 gélule matin et soir
- Solupred 20 mg : 1 cp le matin
- Doliprane 1 g : 1 cp x3/j
- Arixtra 1,5 mg/0,3 ml : 1 injection SC par jour
- Movicol : 2 sachets par jour
- Inexium 20 mg : 1 cp le soir

Demande à la RCP métastases osseuses : une cimentoplastie du cotyle droit, à visée antalgique, est-elle envisageable pour faciliter les soins et les transferts, dans le cadre des soins de support exclusifs ?

Dr Armelle QUINTIN
""",
    gold=dict(
        sex="M", age=78,
        primary=("present", "bladder", "other", {}),
        bone=("present", ["staging_imaging"], True),
        pain=("present", ["neuropathic", "mechanical"], 3),
        meds=("present", ["N02AA01", "N03AX16", "H02AB06", "N02BE01", "B01AX05", "A06AD65",
                          "A02BC05"]),
        local=("present", ["radiotherapy"]),
        btt=("absent", []),
        anticoag=("present", ["B01AX05"]),
        antiplatelets=("absent", []),
        prognosis=("present", "KPS", 40),
        project=("present", "supportive"),
    ),
    meta=dict(date=dt.date(2025, 10, 17), birth=dt.date(1947, 3, 8), expected_gaps=[],
              exercises="Palliative-care unit CRH (TXT); bladder urothelial carcinoma (histology 'other'); bone mets found on follow-up CT; Skenan replaced by a morphine PCA; DN4 6/10 + pain on mobilisation, EN 8 then 3; single-fraction RT during the stay; fondaparinux preventive; 'aucun traitement anti-résorptif'; 'pas d'antiagrégant'; Karnofsky 40 %; best supportive care; age from birth date",
              anticoag_text="Preventive fondaparinux (Arixtra 1,5 mg) continued at home; 'Pas d'antiagrégant plaquettaire'",
              anticoag_gold="anticoagulation present [B01AX05]; antiplatelets absent"),
)


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------
def main() -> int:
    atc = load_atc()
    letters_dir, gold_dir = HERE / "letters", HERE / "gold"
    golds, errors = {}, []
    for lid, L in LETTERS.items():
        g = build_gold(lid, L["gold"])
        try:
            check_gold(lid, g, L["meta"], atc)
        except GoldError as e:
            errors.append(str(e))
        golds[lid] = g
    fmts = [L["fmt"] for L in LETTERS.values()]
    if sorted(LETTERS) != [f"v{i:02d}" for i in range(1, 13)]:
        errors.append("ids must be v01..v12")
    for f in ("txt", "docx", "pdf"):
        if fmts.count(f) < 3:
            errors.append(f"fewer than 3 {f} letters")
    if errors:
        print("GOLD CHECK FAILED:\n" + "\n".join(errors), file=sys.stderr)
        return 1
    letters_dir.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    for old in list(letters_dir.iterdir()) + list(gold_dir.iterdir()):
        if old.is_file():
            old.unlink()
    for lid, L in LETTERS.items():
        blocks = parse(L["markup"])
        title = f"RCP métastases osseuses — {lid}"
        if L["fmt"] == "txt":
            data = render_txt(blocks)
            size = f"{len(data.decode('utf-8'))} chars"
        elif L["fmt"] == "docx":
            data = render_docx(blocks, title, L["author"])
            size = f"{len(L['markup'])} chars of text"
        else:
            data, pages = render_pdf(blocks, title, L["author"], L["footer"])
            if not 1 <= pages <= 3:
                print(f"{lid}: {pages} pages", file=sys.stderr)
                return 1
            size = f"{pages} page(s)"
        (letters_dir / f"{lid}.{L['fmt']}").write_bytes(data)
        (gold_dir / f"{lid}.json").write_text(
            json.dumps(golds[lid], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{lid}.{L['fmt']:4s} {size:>22s}  gaps={golds[lid]['gaps']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
