#!/usr/bin/env python3
"""Build corpus84 (blind held-out letters + gold) deterministically.

Run from /work/main:  .venv/bin/python tests/corpus84/make_letters.py
Checks every gold against the contract (shared/spec/rcp-request.md) and exits
with "CONTRACT VIOLATION: ..." on the first failure; otherwise (re)writes
letters/ and gold/ byte-identically.
"""
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from letters_data import LETTERS  # noqa: E402
import render  # noqa: E402

SPEC = Path("/work/shared/spec")
GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
             "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other",
         "unknown_primary"}
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
MARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
RESULTS = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
        "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
TREAT = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def violation(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc():
    ref = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if line.strip():
            f = line.split("\t")
            names = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
            ref[f[0]] = names
    return ref


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def derive_gaps(g):
    """The spec's Gaps rule, applied to gold values (antiplatelets never gets a gap)."""
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
                or (item == "primaryTumor" and not sec["histology"])
                or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
            )
            if incomplete:
                gaps.append([item, "incomplete"])
    return gaps


def age_at(dob, date):
    b = dt.datetime.strptime(dob, "%d/%m/%Y").date()
    d = dt.datetime.strptime(date, "%d/%m/%Y").date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def build_gold(L):
    g = L["gold"]
    pt = dict(g["primaryTumor"])
    pt.pop("pdl1_value", None)
    prog = dict(g["prognosis"])
    if "ecog" not in prog and "kps" not in prog:
        prog["ecog"] = None
    rec = {"id": L["id"], "patient": {"sex": g["sex"], "age": g["age"]}, "primaryTumor": pt}
    for k in ["boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments", "boneTargetedTherapy",
              "anticoagulation", "antiplatelets"]:
        sec = dict(g[k])
        for lk in ("atc", "types", "circumstances"):
            if lk in sec:
                sec[lk] = sorted(sec[lk])
        rec[k] = sec
    rec["prognosis"] = prog
    rec["therapeuticProject"] = dict(g["therapeuticProject"])
    rec["gaps"] = derive_gaps(rec)
    return rec


def check(L, rec, ref):
    lid = L["id"]
    text = render.plain_text(L["text"])
    nt = norm(text)

    def need(cond, msg):
        if not cond:
            violation(f"{lid}: {msg}")

    need(re.fullmatch(r"yh\d\d", lid) is not None, "bad id")
    need(L["fmt"] in ("pdf", "docx", "txt"), "bad format")
    need(L["date"] in text, "letter date not in text")
    # patient
    need(rec["patient"]["sex"] in ("F", "M"), "sex")
    if L["dob"]:
        need(L["dob"] in text, "birth date not in text")
        need(rec["patient"]["age"] == age_at(L["dob"], L["date"]), "age not recomputed from birth date")
        need(re.search(r"\b%d ans\b" % rec["patient"]["age"], text) is None, "age both written and computed")
    else:
        need(re.search(r"\b%d ans\b" % rec["patient"]["age"], text) is not None, "written age not in text")
    fem = bool(re.search(r"\bMme\b", text))
    masc = bool(re.search(r"\bM\. [A-ZÉ]", text))
    need((rec["patient"]["sex"] == "F") == fem and (rec["patient"]["sex"] == "M") == masc, "sex vs civility")
    # statuses
    for item, allowed in ALLOWED.items():
        need(rec[item]["status"] in allowed, f"{item}.status {rec[item]['status']} not allowed")
    pt = rec["primaryTumor"]
    if pt["status"] == "unknown":
        need(pt["site"] is None and pt["histology"] is None and not pt["biomarkers"], "unknown tumour with values")
    else:
        need(pt["site"] in SITES, "site code")
    need(pt["histology"] is None or pt["histology"] in HISTO, "histology code")
    for k, v in pt["biomarkers"].items():
        need(k in MARKERS and v in RESULTS, f"biomarker {k}={v}")
    if "PD-L1" in pt["biomarkers"] and "pdl1_value" in L["gold"]["primaryTumor"]:
        val = L["gold"]["primaryTumor"]["pdl1_value"]
        need((pt["biomarkers"]["PD-L1"] == "positive") == (val >= 1), "PD-L1 threshold")
        need(f"{val} %" in text, "PD-L1 value not in text")
    bd = rec["boneDiagnosis"]
    need(set(bd["circumstances"]) <= CIRC, "circumstance code")
    need(isinstance(bd["dated"], bool), "dated bool")
    if bd["status"] == "present":
        need(len(bd["circumstances"]) >= 1, "present bone diagnosis without circumstance")
    else:
        need(not bd["circumstances"] and bd["dated"] is False, "unknown bone diagnosis with values")
    p = rec["pain"]
    need(set(p["types"]) <= PAIN_TYPES, "pain type code")
    if p["status"] in ("absent", "unknown"):
        need(not p["types"] and p["intensity"] is None, "pain values with absent/unknown")
    if p["intensity"] is not None:
        need(isinstance(p["intensity"], int) and 0 <= p["intensity"] <= 10, "pain intensity range")
        need(re.search(r"\b%d/10" % p["intensity"], text) is not None, "pain intensity not in text")
    cm = rec["currentMedications"]
    for c in cm["atc"]:
        need(c in ref, f"ATC {c} not in atc-reference.tsv")
        need(any(norm(n) in nt for n in ref[c]), f"current drug {c} not named in text")
    need(len(cm["atc"]) == len(set(cm["atc"])), "duplicate ATC")
    if cm["status"] in ("absent", "unknown"):
        need(not cm["atc"], "medications listed but status absent/unknown")
    plt = rec["priorLocalTreatments"]
    need(set(plt["types"]) <= TREAT, "treatment type code")
    if plt["status"] in ("absent", "unknown"):
        need(not plt["types"], "treatment types with absent/unknown")
    for sec, prefixes in AGENT_PREFIX.items():
        s = rec[sec]
        for c in s["atc"]:
            need(c in ref, f"{sec} ATC {c} not in reference")
            need(c.startswith(prefixes), f"{sec} ATC {c} outside its group")
            need(any(norm(n) in nt for n in ref[c]), f"{sec} agent {c} not named in text")
        if s["status"] in ("present", "conflicting"):
            need(set(s["atc"]) <= set(cm["atc"]), f"{sec} agent not in currentMedications")
        if s["status"] == "uncertain":
            need(not (set(s["atc"]) & set(cm["atc"])), f"{sec} doubtful agent listed as current")
        if s["status"] in ("absent", "unknown"):
            need(not s["atc"], f"{sec} agent with absent/unknown")
    # every current drug from an agent group must appear in the matching section
    for c in cm["atc"]:
        for sec, prefixes in AGENT_PREFIX.items():
            if c.startswith(prefixes):
                need(c in rec[sec]["atc"] and rec[sec]["status"] in ("present", "conflicting"),
                     f"current {c} missing from {sec}")
    pr = rec["prognosis"]
    need(not (pr.get("ecog") is not None and pr.get("kps") is not None), "both ecog and kps")
    if pr.get("ecog") is not None:
        need(pr["ecog"] in range(0, 6), "ecog range")
    if pr.get("kps") is not None:
        need(pr["kps"] in range(0, 101, 10), "kps range")
        need(f"{pr['kps']} %" in text, "kps not in text")
    if pr["status"] == "unknown":
        need(pr.get("ecog") is None and pr.get("kps") is None, "unknown prognosis with values")
    tp = rec["therapeuticProject"]
    need(tp["intent"] is None or tp["intent"] in INTENTS, "intent code")
    if tp["status"] == "unknown":
        need(tp["intent"] is None, "intent with unknown project")
    if tp["intent"] == "palliative":
        need("palliati" in nt, "palliative intent not written")
    if tp["intent"] == "curative":
        need("curati" in nt, "curative intent not written")
    if tp["intent"] == "supportive":
        need("soins de support" in nt, "supportive intent not written")
    need(rec["gaps"] == derive_gaps(rec), "gaps differ from rule")
    for item, kind in rec["gaps"]:
        need(item in GAP_ITEMS and kind in ("missing", "uncertain", "conflicting", "incomplete"), "gap values")
    # encodings
    try:
        text.encode(L.get("enc", "utf-8"))
        if L["fmt"] == "pdf":
            text.encode("cp1252")
    except UnicodeEncodeError as e:
        violation(f"{lid}: text not encodable ({e})")
    for tag in ("ordonnance", ):
        pass


def main():
    ref = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(ids) != len(set(ids)):
        violation("duplicate ids")
    records = []
    for L in LETTERS:
        rec = build_gold(L)
        check(L, rec, ref)
        records.append((L, rec))
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    expected = set()
    for L, rec in records:
        ext = L["fmt"]
        out = HERE / "letters" / f"{L['id']}.{ext}"
        expected.add(out.name)
        if ext == "pdf":
            render.write_pdf(out, L["text"], L["title"])
        elif ext == "docx":
            render.write_docx(out, L["text"], L["title"], L["author"])
        else:
            render.write_txt(out, L["text"], encoding=L.get("enc", "utf-8"), crlf=L.get("crlf", False))
        (HERE / "gold" / f"{L['id']}.json").write_text(
            json.dumps(rec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for f in (HERE / "letters").iterdir():
        if f.name not in expected:
            f.unlink()
    print(f"corpus84: {len(records)} letters written, contract checks passed")


if __name__ == "__main__":
    main()
