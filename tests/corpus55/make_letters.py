#!/usr/bin/env python3
"""Build corpus55 (letters/ and gold/) deterministically, after checking every gold
against the contract of /work/shared/spec/rcp-request.md.

Run from /work/main:  .venv/bin/python tests/corpus55/make_letters.py
"""
import datetime
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from letters_data import LETTERS  # noqa: E402
import render  # noqa: E402

ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
if not ATC_TSV.exists():
    ATC_TSV = HERE.parents[2] / "shared" / "spec" / "atc-reference.tsv"

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
          "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ORDER = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
         "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject"]
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
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
               "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
RESULTS = {"positive", "negative", "pending"}
CIRCS = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def fail(msg):
    print("CONTRACT VIOLATION: " + msg)
    sys.exit(1)


def load_atc():
    ref = {}
    lines = ATC_TSV.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = line.split("\t")
        names = [cols[1], cols[2]] + [b for b in cols[4].split(",") if b] if len(cols) > 4 else [cols[1], cols[2]]
        ref[cols[0].strip()] = names
    return ref


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def derive_gaps(g):
    """The spec's Gaps rule, applied to the gold values (nine items, not antiplatelets)."""
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


def age_at(birth, date):
    b = datetime.date.fromisoformat(birth)
    d = datetime.date.fromisoformat(date)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def letter_text(L):
    return render.blocks_to_text(L["blocks"])


FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def check(L, ref):
    lid = L["id"]
    g = L["gold"]
    text = letter_text(L)
    ftext = fold(text)
    if not re.fullmatch(r"zzc\d\d", lid):
        fail(f"{lid}: bad id")
    if L["fmt"] not in ("pdf", "docx", "txt"):
        fail(f"{lid}: bad format")
    for item in ORDER:
        if item not in g:
            fail(f"{lid}: missing {item}")
        st = g[item].get("status")
        if st not in STATUSES[item]:
            fail(f"{lid}: {item}.status {st!r} not allowed")
    # patient
    p = g["patient"]
    if p.get("sex") not in ("F", "M"):
        fail(f"{lid}: sex")
    d = datetime.date.fromisoformat(L["date"])
    date_words = f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"
    if fold(date_words) not in ftext.replace("1er", "1"):
        fail(f"{lid}: letter date {date_words!r} not in text")
    if L.get("birth"):
        if L.get("age_written"):
            fail(f"{lid}: both birth date and written age")
        b = datetime.date.fromisoformat(L["birth"])
        forms = [b.strftime("%d/%m/%Y"), f"{b.day} {FR_MONTHS[b.month - 1]} {b.year}"]
        if not any(fold(f) in ftext for f in forms):
            fail(f"{lid}: birth date not in text")
        age = age_at(L["birth"], L["date"])
        if re.search(r"\b%d ans\b" % age, text):
            pass
    else:
        age = L.get("age_written")
        if not isinstance(age, int) or f"{age} ans" not in text:
            fail(f"{lid}: written age {age!r} not in text")
    if "age" in p and p["age"] != age:
        fail(f"{lid}: age {p['age']} != computed {age}")
    p["age"] = age
    # sex coherence
    if g["primaryTumor"]["site"] == "prostate" and p["sex"] != "M":
        fail(f"{lid}: prostate in a woman")
    # primary tumour
    pt = g["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(f"{lid}: site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(f"{lid}: histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOMARKERS or v not in RESULTS:
            fail(f"{lid}: biomarker {k}={v}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail(f"{lid}: unknown primary with values")
    # bone diagnosis
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCS:
        fail(f"{lid}: circumstances {bd['circumstances']}")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(f"{lid}: bone diagnosis present without circumstance")
    if not isinstance(bd["dated"], bool):
        fail(f"{lid}: dated not bool")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(f"{lid}: unknown bone diagnosis with values")
    # pain
    pa = g["pain"]
    if not set(pa["types"]) <= PAIN_TYPES:
        fail(f"{lid}: pain types")
    if pa["intensity"] is not None and not (isinstance(pa["intensity"], int) and 0 <= pa["intensity"] <= 10):
        fail(f"{lid}: pain intensity")
    if pa["status"] in ("absent", "unknown") and (pa["types"] or pa["intensity"]):
        fail(f"{lid}: pain {pa['status']} with types/intensity")
    if pa["intensity"] is not None and f"{pa['intensity']}/10" not in text:
        fail(f"{lid}: pain intensity {pa['intensity']}/10 not in text")
    # medications
    meds = g["currentMedications"]
    for c in meds["atc"]:
        if c not in ref:
            fail(f"{lid}: ATC {c} not in atc-reference.tsv")
    if len(set(meds["atc"])) != len(meds["atc"]):
        fail(f"{lid}: duplicate ATC")
    if meds["status"] in ("absent", "unknown") and meds["atc"]:
        fail(f"{lid}: medications {meds['status']} with codes")
    if meds["status"] == "absent" and "aucun traitement au long cours" in ftext:
        for item in ("anticoagulation", "antiplatelets", "boneTargetedTherapy"):
            if g[item]["status"] != "absent":
                fail(f"{lid}: 'aucun traitement au long cours' but {item} not absent")
    for c in meds["atc"]:
        names = ref[c]
        if not any(fold(n) in ftext for n in names if n):
            fail(f"{lid}: no name of {c} ({names}) in the letter")
    if "N02AJ06" in meds["atc"] and "N02BE01" in meds["atc"] and "doliprane" not in ftext and "paracetamol" not in ftext.replace("codeine et paracetamol", ""):
        fail(f"{lid}: Dafalgan codéiné coded twice")
    # local treatments
    lt = g["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCAL_TYPES:
        fail(f"{lid}: local types")
    if lt["status"] == "present" and not lt["types"]:
        fail(f"{lid}: local treatments present without type")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        fail(f"{lid}: local treatments {lt['status']} with types")
    # agent sections
    for item, prefixes in AGENT_PREFIXES.items():
        sec = g[item]
        for c in sec["atc"]:
            if c not in ref:
                fail(f"{lid}: {item} ATC {c} not in reference")
            if not c.startswith(prefixes):
                fail(f"{lid}: {item} ATC {c} outside {prefixes}")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            fail(f"{lid}: {item} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            for c in sec["atc"]:
                if c not in meds["atc"]:
                    fail(f"{lid}: {item} agent {c} missing from currentMedications")
        if sec["status"] == "uncertain":
            for c in sec["atc"]:
                if c in meds["atc"]:
                    fail(f"{lid}: doubtful {item} agent {c} listed as a current drug")
    # agents of those groups in the meds must appear in their section
    for c in meds["atc"]:
        for item, prefixes in AGENT_PREFIXES.items():
            if c.startswith(prefixes) and c not in g[item]["atc"]:
                fail(f"{lid}: current drug {c} not in {item}")
    # prognosis
    pr = g["prognosis"]
    ecog, kps = pr.get("ecog"), pr.get("kps")
    if ecog is not None and ecog not in range(0, 5):
        fail(f"{lid}: ecog")
    if kps is not None and (kps not in range(0, 101, 10) or ecog is not None):
        fail(f"{lid}: kps")
    if pr["status"] == "unknown" and (ecog is not None or kps is not None):
        fail(f"{lid}: prognosis unknown with values")
    # project
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(f"{lid}: intent")
    if tp["status"] == "unknown" and tp["intent"]:
        fail(f"{lid}: project unknown with intent")
    words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp["intent"] and words[tp["intent"]] not in ftext:
        fail(f"{lid}: intent {tp['intent']} not said in the letter")
    # text sanity: cp1252-safe for PDF
    if L["fmt"] == "pdf":
        try:
            text.encode("cp1252")
        except UnicodeEncodeError as e:
            fail(f"{lid}: PDF text not WinAnsi-encodable: {e}")
    if L["fmt"] == "txt":
        text.encode(L.get("encoding", "utf-8"))
    # gaps
    gaps = derive_gaps(g)
    if "gaps" in g and g["gaps"] != gaps:
        fail(f"{lid}: hand gaps differ from the rule")
    for gi, kind in gaps:
        if gi not in ITEMS9 or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            fail(f"{lid}: bad gap")
    return gaps


def gold_record(L, gaps):
    g = L["gold"]
    rec = {"id": L["id"], "patient": {"sex": g["patient"]["sex"], "age": g["patient"]["age"]}}
    for item in ORDER:
        sec = dict(g[item])
        if item in ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets"):
            sec["atc"] = sorted(sec["atc"])
        if item in ("pain",):
            sec["types"] = sorted(sec["types"])
        if item == "priorLocalTreatments":
            sec["types"] = sorted(sec["types"])
        if item == "boneDiagnosis":
            sec["circumstances"] = sorted(sec["circumstances"])
        if item == "prognosis":
            sec = {"status": sec["status"], "ecog": sec.get("ecog")}
            if g[item].get("kps") is not None:
                sec["kps"] = g[item]["kps"]
        rec[item] = sec
    rec["gaps"] = gaps
    return rec


def main():
    ref = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    records = []
    for L in LETTERS:
        gaps = check(L, ref)
        records.append((L, gold_record(L, gaps)))
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for old in list(ldir.iterdir()) + list(gdir.iterdir()):
        old.unlink()
    for L, rec in records:
        stem = L["id"]
        if L["fmt"] == "pdf":
            render.write_pdf(ldir / f"{stem}.pdf", L["blocks"], title="Courrier RCP")
        elif L["fmt"] == "docx":
            render.write_docx(ldir / f"{stem}.docx", L["blocks"])
        else:
            render.write_txt(ldir / f"{stem}.txt", L["blocks"], L.get("encoding", "utf-8"), L.get("newline", "\n"))
        (gdir / f"{stem}.json").write_text(json.dumps(rec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(records)} letters and gold records")


if __name__ == "__main__":
    main()
