#!/usr/bin/env python3
"""Build corpus43: blind letters + gold records, checked against the contract.

Run from /work/main:  .venv/bin/python tests/corpus43/make_letters.py
Exits with "CONTRACT VIOLATION: ..." if any gold breaks the spec
(/work/shared/spec/rcp-request.md). Output is byte-identical on every run.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib43 import write_pdf, write_docx, docx_text  # noqa: E402
from letters_data import LETTERS  # noqa: E402

ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")

NINE = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
        "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOM = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIORES = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PAINT = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENT = {"curative", "palliative", "supportive", None}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def fail(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def load_atc():
    ref = {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            cols = line.split("\t")
            names = [cols[1], cols[2]] + [b for b in (cols[4].split(",") if len(cols) > 4 else []) if b]
            ref[cols[0]] = [fold(n) for n in names if n]
    return ref


def parse_date(s):
    d, m, y = map(int, s.split("/"))
    return date(y, m, d)


def age_at(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def derive_gaps(g):
    """The spec's Gaps rule, applied to a gold record (nine items, not antiplatelets)."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in NINE:
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


def build_gold(L):
    g = L["gold"]
    rec = {"id": L["id"]}
    pat = dict(g["patient"])
    when = parse_date(L["date"])
    if L.get("birth"):
        age = age_at(parse_date(L["birth"]), when)
        if L.get("age_written") is not None and L["age_written"] != age:
            fail(f"{L['id']}: written age {L['age_written']} != age from birth date {age}")
    else:
        age = L.get("age_written")
    if "age" in pat and pat["age"] != age:
        fail(f"{L['id']}: gold age {pat['age']} != computed {age}")
    rec["patient"] = {"sex": pat["sex"], "age": age}
    st, site, hist, bm = g["primaryTumor"]
    rec["primaryTumor"] = {"status": st, "site": site, "histology": hist, "biomarkers": dict(bm)}
    st, circ, dated = g["boneDiagnosis"]
    rec["boneDiagnosis"] = {"status": st, "circumstances": sorted(circ), "dated": dated}
    st, types, inten = g["pain"]
    rec["pain"] = {"status": st, "types": sorted(types), "intensity": inten}
    st, atc = g["currentMedications"]
    rec["currentMedications"] = {"status": st, "atc": sorted(set(atc))}
    if len(set(atc)) != len(atc):
        fail(f"{L['id']}: duplicate code in currentMedications")
    st, types = g["priorLocalTreatments"]
    rec["priorLocalTreatments"] = {"status": st, "types": sorted(types)}
    for name in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        st, atc = g[name]
        rec[name] = {"status": st, "atc": sorted(atc)}
    st, ps = g["prognosis"]
    pr = {"status": st}
    if "kps" in ps:
        pr["kps"] = ps["kps"]
    else:
        pr["ecog"] = ps.get("ecog")
    rec["prognosis"] = pr
    st, intent = g["therapeuticProject"]
    rec["therapeuticProject"] = {"status": st, "intent": intent}
    rec["gaps"] = derive_gaps(rec)
    return rec


def check(L, rec, text, ref):
    i = L["id"]
    ft = fold(text)
    if rec["patient"]["sex"] not in ("F", "M"):
        fail(f"{i}: sex")
    if not isinstance(rec["patient"]["age"], int):
        fail(f"{i}: age missing")
    if L["date"] not in text:
        fail(f"{i}: letter date {L['date']} not in the letter text")
    if L.get("birth") and L["birth"] not in text:
        fail(f"{i}: birth date not in the letter text")
    if L.get("age_written") is not None and f"{L['age_written']} ans" not in text:
        fail(f"{i}: written age not in the letter text")
    for item, allowed in STATUSES.items():
        if rec[item]["status"] not in allowed:
            fail(f"{i}: {item} status {rec[item]['status']!r} not allowed")
    pt = rec["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail(f"{i}: unknown primary tumour with values")
    if pt["status"] != "unknown" and pt["site"] not in SITES:
        fail(f"{i}: site {pt['site']}")
    if pt["histology"] not in HISTO | {None}:
        fail(f"{i}: histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOM or v not in BIORES:
            fail(f"{i}: biomarker {k}={v}")
    bd = rec["boneDiagnosis"]
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(f"{i}: bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(f"{i}: bone diagnosis unknown with values")
    if not set(bd["circumstances"]) <= CIRC or not isinstance(bd["dated"], bool):
        fail(f"{i}: circumstances {bd}")
    pn = rec["pain"]
    if not set(pn["types"]) <= PAINT:
        fail(f"{i}: pain types {pn['types']}")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        fail(f"{i}: pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"] not in (None, 0)):
        fail(f"{i}: pain {pn['status']} with types/intensity")
    if pn["intensity"] is not None and f"{pn['intensity']}/10" not in text:
        fail(f"{i}: pain score {pn['intensity']}/10 not written in the letter")
    cm = rec["currentMedications"]
    for c in cm["atc"]:
        if c not in ref:
            fail(f"{i}: currentMedications code {c} not in atc-reference.tsv")
        if not any(n in ft for n in ref[c]):
            fail(f"{i}: no name of {c} ({ref[c]}) in the letter text")
    if cm["status"] in ("absent", "unknown") and cm["atc"]:
        fail(f"{i}: currentMedications {cm['status']} with codes")
    pl = rec["priorLocalTreatments"]
    if not set(pl["types"]) <= LOCAL:
        fail(f"{i}: local treatment types")
    if pl["status"] == "present" and not pl["types"]:
        fail(f"{i}: prior local present without type")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        fail(f"{i}: prior local {pl['status']} with types")
    for name, prefixes in AGENT_PREFIX.items():
        sec = rec[name]
        for c in sec["atc"]:
            if c not in ref:
                fail(f"{i}: {name} code {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                fail(f"{i}: {c} is not a {name} agent")
            if not any(n in ft for n in ref[c]):
                fail(f"{i}: no name of {c} in the letter text")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            fail(f"{i}: {name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            missing = set(sec["atc"]) - set(cm["atc"])
            if missing:
                fail(f"{i}: {name} agents {missing} not in currentMedications")
        if sec["status"] == "uncertain" and set(sec["atc"]) & set(cm["atc"]):
            fail(f"{i}: {name} agent named with doubt also counted as current")
        # a current drug of the section's class makes the section present/conflicting with that agent
        cur = {c for c in cm["atc"] if c.startswith(prefixes)}
        if cur and (sec["status"] not in ("present", "conflicting") or not cur <= set(sec["atc"])):
            fail(f"{i}: current drugs {cur} but {name} is {sec['status']} {sec['atc']}")
        if name == "antiplatelets" and sec["status"] == "present" and not sec["atc"]:
            pass  # allowed (class only); no gap for antiplatelets
    pg = rec["prognosis"]
    if "ecog" in pg and pg["ecog"] is not None and pg["ecog"] not in range(6):
        fail(f"{i}: ecog")
    if "kps" in pg and (pg["kps"] not in range(0, 101, 10)):
        fail(f"{i}: kps")
    if pg["status"] == "unknown" and (pg.get("ecog") is not None or pg.get("kps") is not None):
        fail(f"{i}: prognosis unknown with value")
    tp = rec["therapeuticProject"]
    if tp["intent"] not in INTENT:
        fail(f"{i}: intent")
    if tp["status"] == "unknown" and tp["intent"]:
        fail(f"{i}: project unknown with intent")
    words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] and words[tp["intent"]] not in ft:
        fail(f"{i}: intent {tp['intent']} not stated in the letter")
    for gi, kind in rec["gaps"]:
        if gi not in NINE or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            fail(f"{i}: gap {gi}/{kind}")


def main():
    ref = load_atc()
    letters, gold = HERE / "letters", HERE / "gold"
    letters.mkdir(exist_ok=True)
    gold.mkdir(exist_ok=True)
    seen = set()
    built = []
    for L in LETTERS:
        if L["id"] in seen:
            fail(f"duplicate id {L['id']}")
        seen.add(L["id"])
        text = docx_text(L["blocks"]) if L["fmt"] == "docx" else L["text"]
        rec = build_gold(L)
        check(L, rec, text.replace("\f", ""), ref)
        built.append((L, rec))
    for old in list(letters.iterdir()) + list(gold.iterdir()):
        if old.stem not in seen:
            old.unlink()
    for L, rec in built:
        i = L["id"]
        if L["fmt"] == "pdf":
            write_pdf(letters / f"{i}.pdf", L["text"].rstrip("\n"), title=f"Demande RCP {i}")
        elif L["fmt"] == "docx":
            write_docx(letters / f"{i}.docx", L["blocks"], author="Secrétariat oncologie")
        else:
            data = L["text"].replace("\n", L.get("newline", "\n")).encode(L.get("encoding", "utf-8"))
            (letters / f"{i}.txt").write_bytes(data)
        (gold / f"{i}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"corpus43: {len(built)} letters and golds written, contract checks passed")


if __name__ == "__main__":
    main()
