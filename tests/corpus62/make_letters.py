#!/usr/bin/env python3
"""Build corpus62 (12 blind breast-cancer referral letters + gold) deterministically.

Run from /work/main:  .venv/bin/python tests/corpus62/make_letters.py
"""
import datetime as dt
import io
import json
import logging
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
logging.disable(logging.WARNING)  # fontTools subsetter chatter

import pdfkit  # noqa: E402
from letters_data import L  # noqa: E402

SPEC = Path("/work/shared/spec/atc-reference.tsv")
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
          "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ALL5 = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED = {"primaryTumor": {"present", "uncertain", "unknown"}, "boneDiagnosis": {"present", "unknown"},
           "pain": ALL5, "currentMedications": {"present", "absent", "unknown"}, "priorLocalTreatments": ALL5,
           "boneTargetedTherapy": ALL5, "anticoagulation": ALL5, "antiplatelets": ALL5,
           "prognosis": {"present", "unknown"}, "therapeuticProject": {"present", "unknown"}}
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOM = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BRES = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PTYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
TTYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENT = {"curative", "palliative", "supportive"}
GROUP_PREFIX = {"boneTargetedTherapy": ("M05BA", "M05BX04"),
                "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
                "antiplatelets": ("B01AC",)}


def die(msg):
    print("CONTRACT VIOLATION: " + msg)
    sys.exit(1)


def load_ref():
    ref = {}
    for line in SPEC.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            c = line.split("\t")
            ref[c[0]] = [c[1], c[2]] + [b for b in c[4].split(",") if b] if len(c) > 4 else [c[1], c[2]]
    return ref


def gaps_for(g):
    """The spec's Gaps rule, applied to gold values (nine items, antiplatelets excluded)."""
    out = []
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st == "unknown":
            out.append([item, "missing"])
        elif st in ("uncertain", "conflicting"):
            out.append([item, st])
        elif st == "present":
            inc = ((item == "pain" and not sec["types"])
                   or (item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"])
                   or (item == "boneDiagnosis" and not sec["dated"])
                   or (item == "primaryTumor" and not sec["histology"])
                   or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None))
            if inc:
                out.append([item, "incomplete"])
    return out


def age_at(birth, date):
    b, d = dt.date.fromisoformat(birth), dt.date.fromisoformat(date)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def letter_text(spec):
    if spec["fmt"] == "txt":
        return spec["text"]
    if spec["fmt"] == "pdf":
        return "\n".join([spec["header"], spec.get("header_right", "")] + [t for _, _, t in spec["top"] + spec["body"]])
    parts = []
    for kind, val in spec["paras"]:
        parts.append("\n".join(" ".join(r) for r in val) if kind == "table" else val)
    return "\n".join(parts)


def make_gold(lid, spec):
    g = spec["gold"]
    rec = {"id": lid, "patient": {"sex": g["sex"], "age": g["age"]}}
    for item in ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
                 "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject"]:
        sec = dict(g[item])
        if "atc" in sec:
            sec["atc"] = sorted(sec["atc"])
        if item == "prognosis" and "kps" not in sec:
            sec.setdefault("ecog", None)
        rec[item] = sec
    rec["gaps"] = gaps_for(rec)
    return rec


def check(lid, spec, rec, ref):
    def bad(m):
        die(f"{lid}: {m}")
    text = fold(letter_text(spec))
    p = rec["patient"]
    if p["sex"] not in ("F", "M"):
        bad("sex")
    if not isinstance(p["age"], int) or not 18 <= p["age"] <= 110:
        bad("age")
    if spec.get("birth"):
        if age_at(spec["birth"], spec["date"]) != p["age"]:
            bad(f"age {p['age']} != computed {age_at(spec['birth'], spec['date'])}")
        d = dt.date.fromisoformat(spec["birth"]).strftime("%d/%m/%Y")
        if d not in letter_text(spec):
            bad("birth date not written in letter")
    elif f"{p['age']} a" not in letter_text(spec):
        bad("age not written in letter and no birth date")
    for item, allowed in ALLOWED.items():
        if rec[item]["status"] not in allowed:
            bad(f"{item} status {rec[item]['status']} not allowed")
    pt = rec["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        bad("site")
    if pt["histology"] is not None and pt["histology"] not in HISTO:
        bad("histology")
    for k, v in pt["biomarkers"].items():
        if k not in BIOM or v not in BRES:
            bad(f"biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        bad("unknown primary with values")
    bd = rec["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRC or not isinstance(bd["dated"], bool):
        bad("boneDiagnosis values")
    if bd["status"] == "present" and not bd["circumstances"]:
        bad("present boneDiagnosis without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        bad("unknown boneDiagnosis with values")
    pn = rec["pain"]
    if not set(pn["types"]) <= PTYPES:
        bad("pain types")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        bad("pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"]):
        bad("absent/unknown pain with values")
    pl = rec["priorLocalTreatments"]
    if not set(pl["types"]) <= TTYPES:
        bad("treatment types")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        bad("absent/unknown prior local treatment with types")
    if pl["status"] == "present" and not pl["types"]:
        bad("present prior local treatment without type")
    meds = rec["currentMedications"]
    for c in meds["atc"]:
        if c not in ref:
            bad(f"ATC {c} not in atc-reference.tsv")
        if not any(fold(n) in text for n in ref[c]):
            bad(f"ATC {c} ({ref[c]}) not named in letter text")
    if len(set(meds["atc"])) != len(meds["atc"]):
        bad("duplicate ATC")
    if meds["status"] == "present" and not meds["atc"]:
        bad("present meds without ATC")
    if meds["status"] != "present" and meds["atc"]:
        bad("non-present meds with ATC")
    for sec, prefixes in GROUP_PREFIX.items():
        s = rec[sec]
        for c in s["atc"]:
            if c not in ref or not c.startswith(prefixes):
                bad(f"{sec} agent {c} not allowed")
            if not any(fold(n) in text for n in ref[c]):
                bad(f"{sec} agent {c} not named in letter")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            bad(f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            missing = set(s["atc"]) - set(meds["atc"])
            if missing:
                bad(f"{sec} agents {missing} missing from currentMedications")
        if s["status"] == "uncertain" and set(s["atc"]) & set(meds["atc"]):
            bad(f"{sec} doubtful agent listed as current medication")
    for c in meds["atc"]:
        for sec, prefixes in GROUP_PREFIX.items():
            if c.startswith(prefixes) and rec[sec]["status"] not in ("present", "conflicting"):
                bad(f"current {c} but {sec} is {rec[sec]['status']}")
    pr = rec["prognosis"]
    if "ecog" in pr and "kps" in pr:
        bad("both ecog and kps")
    if pr.get("ecog") is not None and pr["ecog"] not in range(6):
        bad("ecog")
    if pr.get("kps") is not None and pr["kps"] not in range(0, 101, 10):
        bad("kps")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        bad("unknown prognosis with value")
    tp = rec["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENT:
        bad("intent")
    if tp["status"] == "unknown" and tp["intent"]:
        bad("unknown project with intent")
    words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] and words[tp["intent"]] not in text:
        bad("intent word not in letter")
    if rec["gaps"] != gaps_for(rec):
        bad("gaps")
    for k in ["id", "patient"] + list(ALLOWED) + ["gaps"]:
        if k not in rec:
            bad(f"missing key {k}")


FIXED = dt.datetime(2025, 3, 28, 9, 0, 0)


def write_docx(spec, path):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for kind, val in spec["paras"]:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "b":
            para = d.add_paragraph()
            para.add_run(val).bold = True
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            d.add_paragraph(val)
    cp = d.core_properties
    cp.author = spec["author"].split(" (")[0]
    cp.last_modified_by = "secretariat"
    cp.title = "Demande RCP métastases osseuses"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    cp.identifier = ""
    cp.version = ""
    cp.language = "fr-FR"
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 28, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def write_pdf(spec, path, lid):
    y, m, dd = spec["date"].split("-")
    doc = dict(header=spec["header"], header_right=spec.get("header_right", ""), footer_lines=spec["footer"],
               top=spec["top"], body=[(t, sz * spec.get("scale", 1.0), x) for t, sz, x in spec["body"]], title=f"Courrier {lid}", author=spec["author"].split(" (")[0],
               date=f"{y}{m}{dd}170000+01'00'", page_fmt=spec.get("page_fmt", "Page {i}/{n}"))
    data, n = pdfkit.build(doc)
    path.write_bytes(data)
    return n


def main():
    ref = load_ref()
    if len(L) != 12:
        die("expected 12 letters")
    letters, gold = HERE / "letters", HERE / "gold"
    letters.mkdir(exist_ok=True)
    gold.mkdir(exist_ok=True)
    recs = {}
    for lid, spec in L.items():
        rec = make_gold(lid, spec)
        check(lid, spec, rec, ref)
        recs[lid] = rec
    for lid, spec in L.items():
        if spec["fmt"] == "txt":
            txt = spec["text"].replace("\n", spec["newline"])
            (letters / f"{lid}.txt").write_bytes(txt.encode(spec["encoding"]))
        elif spec["fmt"] == "docx":
            write_docx(spec, letters / f"{lid}.docx")
        else:
            write_pdf(spec, letters / f"{lid}.pdf", lid)
        (gold / f"{lid}.json").write_text(json.dumps(recs[lid], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(L)} letters and gold files")


if __name__ == "__main__":
    main()
