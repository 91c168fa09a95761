#!/usr/bin/env python3
"""Build the corpus90 letters and gold records, after checking every gold against the contract.

Run from the repository root:  .venv/bin/python tests/corpus90/make_letters.py
"""
import datetime
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from letters_data import LETTERS  # noqa: E402
import render  # noqa: E402

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
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
               "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
RESULTS = {"positive", "negative", "pending"}
CIRCS = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
TREATMENTS = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
SECTION_PREFIXES = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


class Violation(Exception):
    pass


def fail(lid, msg):
    raise Violation(f"{lid}: {msg}")


def load_atc():
    ref = {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            cols = line.split("\t")
            names = [cols[1], cols[2]] + [b for b in (cols[4] if len(cols) > 4 else "").split(",") if b]
            ref[cols[0].strip()] = names
    return ref


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'")


def age_at(birth, letter):
    b = datetime.date.fromisoformat(birth)
    d = datetime.date.fromisoformat(letter)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def derive_gaps(g):
    """The spec's gap rule applied to a gold record: list of [item, kind] in the nine items' order."""
    gaps = []
    for item in NINE:
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
                or (item == "primaryTumor" and sec["histology"] is None)
                or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
            )
            if incomplete:
                gaps.append([item, "incomplete"])
    return gaps


def build_gold(lt):
    v = lt["gold"]
    pt, bd, pain, meds = v["primaryTumor"], v["boneDiagnosis"], v["pain"], v["currentMedications"]
    plt, prog, tp = v["priorLocalTreatments"], v["prognosis"], v["therapeuticProject"]
    g = {"id": lt["id"], "patient": {"sex": v["sex"], "age": v["age"]}}
    g["primaryTumor"] = {"status": pt[0], "site": pt[1], "histology": pt[2], "biomarkers": dict(pt[3])}
    g["boneDiagnosis"] = {"status": bd[0], "circumstances": sorted(bd[1]), "dated": bd[2]}
    g["pain"] = {"status": pain[0], "types": sorted(pain[1]), "intensity": pain[2]}
    g["currentMedications"] = {"status": meds[0], "atc": sorted(meds[1])}
    g["priorLocalTreatments"] = {"status": plt[0], "types": sorted(plt[1])}
    for name in ("boneTargetedTherapy", "anticoagulation", "antiplatelets"):
        g[name] = {"status": v[name][0], "atc": sorted(v[name][1])}
    g["prognosis"] = {"status": prog[0]}
    if prog[2] is not None:
        g["prognosis"]["kps"] = prog[2]
    else:
        g["prognosis"]["ecog"] = prog[1]
    g["therapeuticProject"] = {"status": tp[0], "intent": tp[1]}
    g["gaps"] = derive_gaps(g)
    return g


def letter_text(lt):
    if "text" in lt:
        return lt["text"]
    parts = []
    for b in lt["blocks"]:
        if isinstance(b, tuple):
            parts.extend(" ".join(r) for r in b[1])
        else:
            parts.append(b)
    return "\n".join(parts)


def check(lt, g, atc):
    lid = lt["id"]
    text = norm(letter_text(lt))
    if g["id"] != lid:
        fail(lid, "id mismatch")
    if lt["fmt"] not in ("pdf", "docx", "txt"):
        fail(lid, f"format {lt['fmt']}")
    # patient
    if g["patient"]["sex"] not in ("F", "M"):
        fail(lid, "sex")
    age = g["patient"]["age"]
    if not isinstance(age, int) or not 18 <= age <= 105:
        fail(lid, f"age {age}")
    if lt.get("birth_date"):
        exp = age_at(lt["birth_date"], lt["letter_date"])
        if exp != age:
            fail(lid, f"age {age} but birth date gives {exp}")
        b = datetime.date.fromisoformat(lt["birth_date"]).strftime("%d/%m/%Y")
        if b not in letter_text(lt):
            fail(lid, f"birth date {b} not written in the letter")
    elif f"{age} ans" not in letter_text(lt):
        fail(lid, f"no birth date and '{age} ans' not in the letter")
    # statuses
    for item, allowed in STATUSES.items():
        if g[item]["status"] not in allowed:
            fail(lid, f"{item}.status {g[item]['status']} not allowed")
    # primary tumour
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            fail(lid, "unknown primary tumour with values")
    else:
        if pt["site"] not in SITES:
            fail(lid, f"site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTOLOGIES:
        fail(lid, f"histology {pt['histology']}")
    for k, r in pt["biomarkers"].items():
        if k not in BIOMARKERS or r not in RESULTS:
            fail(lid, f"biomarker {k}={r}")
    # bone diagnosis
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRCS:
        fail(lid, f"circumstances {bd['circumstances']}")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(lid, "bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(lid, "bone diagnosis unknown with values")
    if not isinstance(bd["dated"], bool):
        fail(lid, "dated must be bool")
    # pain
    pain = g["pain"]
    if not set(pain["types"]) <= PAIN_TYPES:
        fail(lid, f"pain types {pain['types']}")
    if pain["status"] in ("absent", "unknown") and (pain["types"] or pain["intensity"] is not None):
        fail(lid, "pain types/intensity on a pain not present")
    if pain["intensity"] is not None:
        if not (isinstance(pain["intensity"], int) and 0 <= pain["intensity"] <= 10):
            fail(lid, "pain intensity")
        if f"{pain['intensity']}/10" not in text.replace(" /", "/"):
            fail(lid, f"pain intensity {pain['intensity']}/10 not written")
    # prior local treatments
    plt = g["priorLocalTreatments"]
    if not set(plt["types"]) <= TREATMENTS:
        fail(lid, f"treatment types {plt['types']}")
    if plt["status"] in ("absent", "unknown") and plt["types"]:
        fail(lid, "treatment types on absent/unknown")
    if plt["status"] == "present" and not plt["types"]:
        fail(lid, "prior local treatment present without type")
    # drugs
    meds = g["currentMedications"]
    for c in meds["atc"]:
        if c not in atc:
            fail(lid, f"ATC {c} not in atc-reference.tsv")
    if meds["status"] != "present" and meds["atc"]:
        fail(lid, "current medications not present but codes listed")
    if meds["status"] == "present" and not meds["atc"]:
        fail(lid, "current medications present without any coded drug")
    if len(set(meds["atc"])) != len(meds["atc"]):
        fail(lid, "duplicate ATC")
    for c in meds["atc"]:
        if not any(norm(n) in text for n in atc[c]):
            fail(lid, f"current drug {c} ({atc[c][0]}) named nowhere in the letter")
    for name, prefixes in SECTION_PREFIXES.items():
        sec = g[name]
        for c in sec["atc"]:
            if c not in atc:
                fail(lid, f"{name} ATC {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                fail(lid, f"{name} ATC {c} outside its class {prefixes}")
            if not any(norm(n) in text for n in atc[c]):
                fail(lid, f"{name} agent {c} named nowhere in the letter")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            fail(lid, f"{name} {sec['status']} with agents")
        if sec["status"] in ("present", "conflicting"):
            missing = set(sec["atc"]) - set(meds["atc"])
            if missing:
                fail(lid, f"{name} agents {sorted(missing)} not in currentMedications")
        if sec["status"] == "uncertain":
            doubtful = set(sec["atc"]) & set(meds["atc"])
            if doubtful:
                fail(lid, f"{name} agent named with doubt {sorted(doubtful)} must not be a current medication")
        # every current drug of the section's class must be an agent of the section
        cls = {c for c in meds["atc"] if c.startswith(prefixes)}
        if sec["status"] in ("present", "conflicting") and not cls <= set(sec["atc"]):
            fail(lid, f"{name}: current drugs {sorted(cls)} not all listed as agents")
        if sec["status"] in ("absent", "unknown") and cls:
            fail(lid, f"{name} {sec['status']} while current medications hold {sorted(cls)}")
    # prognosis
    prog = g["prognosis"]
    keys = {"ecog", "kps"} & set(prog)
    if len(keys) != 1:
        fail(lid, "prognosis must hold exactly one of ecog / kps")
    if prog.get("ecog") is not None and prog["ecog"] not in range(0, 5):
        fail(lid, "ecog range")
    if prog.get("kps") is not None and (prog["kps"] % 10 or not 0 <= prog["kps"] <= 100):
        fail(lid, "kps value")
    if prog["status"] == "unknown" and (prog.get("ecog") is not None or prog.get("kps") is not None):
        fail(lid, "prognosis unknown with a performance status")
    # project
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENTS:
        fail(lid, f"intent {tp['intent']}")
    if tp["intent"] is not None:
        word = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}[tp["intent"]]
        if word not in text:
            fail(lid, f"intent {tp['intent']} but the letter never says '{word}'")
        if tp["status"] != "present":
            fail(lid, "intent without a present project")
    # gaps
    if g["gaps"] != derive_gaps(g):
        fail(lid, "gaps differ from the spec rule")
    for item, kind in g["gaps"]:
        if item not in NINE or kind not in ("missing", "uncertain", "conflicting", "incomplete"):
            fail(lid, f"gap {item}/{kind}")
    # txt encodability
    if lt["fmt"] == "txt":
        lt["text"].encode(lt.get("encoding", "utf-8"))


def main():
    atc = load_atc()
    ids = [lt["id"] for lt in LETTERS]
    if len(set(ids)) != len(ids):
        print("CONTRACT VIOLATION: duplicate ids")
        return 1
    golds = []
    try:
        for lt in LETTERS:
            g = build_gold(lt)
            check(lt, g, atc)
            golds.append(g)
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        return 1
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for f in list(ldir.iterdir()) + list(gdir.iterdir()):
        f.unlink()
    for lt, g in zip(LETTERS, golds):
        out = ldir / f"{lt['id']}.{lt['fmt']}"
        if lt["fmt"] == "txt":
            render.write_txt(out, lt["text"], lt.get("encoding", "utf-8"), lt.get("newline", "\n"))
        elif lt["fmt"] == "pdf":
            render.write_pdf(out, lt["blocks"], title=f"Courrier RCP {lt['id']}", author=lt["author"])
        else:
            render.write_docx(out, lt["blocks"], author=lt["author"], title=f"Courrier RCP {lt['id']}")
        (gdir / f"{lt['id']}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(LETTERS)} letters and gold records written to {HERE.relative_to(Path.cwd()) if HERE.is_relative_to(Path.cwd()) else HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
