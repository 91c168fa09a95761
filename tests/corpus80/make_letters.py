#!/usr/bin/env python3
"""Build corpus80: 12 blind referral letters and their gold records.

Run from /work/main:  .venv/bin/python tests/corpus80/make_letters.py
Checks every gold against the contract (shared/spec/rcp-request.md) first and
exits with "CONTRACT VIOLATION: ..." on any failure; then writes letters/ and
gold/ deterministically.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from letters_data import LETTERS  # noqa: E402
from pdfdocx import write_pdf, write_docx  # noqa: E402

SPEC = Path("/work/shared/spec")
ATC_TSV = SPEC / "atc-reference.tsv"

GAP_ITEMS = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
             "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ITEMS = GAP_ITEMS[:6] + ["anticoagulation", "antiplatelets", "prognosis", "therapeuticProject"]
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTOLOGIES = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
               "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOMARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
RESULTS = {"positive", "negative", "pending"}
CIRCUMSTANCES = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
                 "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL_TYPES = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIXES = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


class Violation(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Violation(msg)


def load_atc():
    rows = {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            f = line.split("\t")
            rows[f[0].strip()] = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
    return rows


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def derive_gaps(g):
    """The spec's Gaps rule, applied to a gold record (nine items, antiplatelets excluded)."""
    kinds = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in GAP_ITEMS:
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
            or (item == "primaryTumor" and not sec.get("histology"))
            or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None)
        )
        if incomplete:
            gaps.append([item, "incomplete"])
    return gaps


def age_at(birth, date):
    b, d = dt.date.fromisoformat(birth), dt.date.fromisoformat(date)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def check(letter, atc):
    lid = letter["id"]
    g = letter["gold"]
    text = letter["text"]
    ftext = fold(text)

    def need_(c, m):
        need(c, f"{lid}: {m}")

    need_(re.fullmatch(r"yd\d\d", lid), "bad id")
    need_(letter["fmt"] in ("pdf", "docx", "txt"), "bad format")
    need_(set(g) == {"patient"} | set(ITEMS), f"gold keys {sorted(set(g) ^ ({'patient'} | set(ITEMS)))}")
    # patient
    p = g["patient"]
    need_(p["sex"] in ("F", "M"), "sex")
    need_(isinstance(p["age"], int) and 0 < p["age"] < 110, "age")
    if "birth" in letter:
        need_(p["age"] == age_at(letter["birth"], letter["date"]), f"age {p['age']} != computed {age_at(letter['birth'], letter['date'])}")
        b = dt.date.fromisoformat(letter["birth"])
        need_(b.strftime("%d/%m/%Y") in text, "birth date not in text")
        need_(not re.search(r"\b\d{2,3} ans\b", text), "birth-date letter also writes an age")
    else:
        need_(letter.get("age_written") == p["age"], "written age differs")
        need_(f"{p['age']} ans" in text, "written age not in text")
    d = dt.date.fromisoformat(letter["date"])
    need_(d.strftime("%d/%m/%Y") in text or f"{d.day} " in text, "letter date not in text")
    for item in ITEMS:
        need_(g[item]["status"] in ALLOWED[item], f"{item} status {g[item]['status']} not allowed")
    # primary tumour
    t = g["primaryTumor"]
    need_(set(t) == {"status", "site", "histology", "biomarkers"}, "primaryTumor keys")
    if t["status"] == "unknown":
        need_(t["site"] is None and t["histology"] is None and not t["biomarkers"], "unknown tumour with values")
    else:
        need_(t["site"] in SITES, "site code")
    need_(t["histology"] is None or t["histology"] in HISTOLOGIES, "histology code")
    for k, v in t["biomarkers"].items():
        need_(k in BIOMARKERS and v in RESULTS, f"biomarker {k}={v}")
    # bone diagnosis
    b = g["boneDiagnosis"]
    need_(set(b) == {"status", "circumstances", "dated"}, "boneDiagnosis keys")
    need_(all(c in CIRCUMSTANCES for c in b["circumstances"]), "circumstance code")
    need_(isinstance(b["dated"], bool), "dated bool")
    if b["status"] == "unknown":
        need_(not b["circumstances"] and not b["dated"], "unknown boneDiagnosis with values")
    else:
        need_(b["circumstances"], "present boneDiagnosis without circumstance")
    # pain
    pn = g["pain"]
    need_(set(pn) == {"status", "types", "intensity"}, "pain keys")
    need_(all(c in PAIN_TYPES for c in pn["types"]) and len(set(pn["types"])) == len(pn["types"]), "pain type code")
    need_(pn["intensity"] is None or (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10), "intensity")
    if pn["status"] != "present":
        need_(not pn["types"], "pain types without present pain")
    if pn["status"] in ("unknown", "absent"):
        need_(pn["intensity"] in (None, 0), "intensity with absent/unknown pain")
    if pn["intensity"] is not None:
        need_(re.search(rf"\b{pn['intensity']}\s?/\s?10", text), "intensity not written as n/10")
    # medications
    m = g["currentMedications"]
    need_(set(m) == {"status", "atc"}, "currentMedications keys")
    cur = m["atc"]
    need_(cur == sorted(set(cur)), "currentMedications.atc must be sorted and unique")
    for c in cur:
        need_(c in atc, f"ATC {c} not in atc-reference.tsv")
        words = letter["mentions"].get(c)
        need_(words, f"no mention declared for current drug {c}")
        for w in words:
            need_(fold(w) in ftext, f"mention {w!r} of {c} not in text")
    for c in letter["mentions"]:
        need_(c in cur, f"mention declared for {c} but not in current medications")
    if m["status"] in ("absent", "unknown"):
        need_(not cur, "drugs with absent/unknown currentMedications")
    # agent sections
    for name, prefixes in AGENT_PREFIXES.items():
        s = g[name]
        need_(set(s) == {"status", "atc"}, f"{name} keys")
        need_(s["atc"] == sorted(set(s["atc"])), f"{name}.atc sorted unique")
        for c in s["atc"]:
            need_(c in atc, f"{name} ATC {c} not in reference")
            need_(c.startswith(prefixes), f"{name} ATC {c} outside its group")
            names = [fold(x) for x in atc[c]]
            need_(any(n and n in ftext for n in names), f"{name} agent {c} not named in text")
        if s["status"] in ("absent", "unknown"):
            need_(not s["atc"], f"{name} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                need_(c in cur, f"{name} agent {c} missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                need_(c not in cur, f"{name} doubtful agent {c} must not be current")
        if s["status"] == "conflicting":
            need_(s["atc"] or True, "")
        for c in cur:
            if c.startswith(prefixes):
                need_(s["status"] in ("present", "conflicting") and c in s["atc"],
                      f"current {c} but {name} is {s['status']} without it")
    if any(g[n]["status"] in ("present", "conflicting") and g[n]["atc"] for n in AGENT_PREFIXES):
        need_(m["status"] == "present", "agent taken but currentMedications not present")
    # prior local treatments
    pl = g["priorLocalTreatments"]
    need_(set(pl) == {"status", "types"}, "priorLocalTreatments keys")
    need_(all(c in LOCAL_TYPES for c in pl["types"]) and pl["types"] == sorted(set(pl["types"])), "local type code/sort")
    if pl["status"] == "present":
        need_(pl["types"], "present local treatment without type")
    if pl["status"] in ("absent", "unknown"):
        need_(not pl["types"], "absent/unknown local treatment with types")
    # prognosis
    pr = g["prognosis"]
    need_(set(pr) <= {"status", "ecog", "kps"} and "status" in pr, "prognosis keys")
    need_(not ("ecog" in pr and "kps" in pr), "prognosis with both ecog and kps")
    if "ecog" in pr:
        need_(pr["ecog"] in range(0, 6), "ecog value")
    if "kps" in pr:
        need_(pr["kps"] in range(0, 101, 10), "kps value")
    if pr["status"] == "unknown":
        need_(pr.get("ecog") is None and pr.get("kps") is None, "unknown prognosis with a value")
    # project
    tp = g["therapeuticProject"]
    need_(set(tp) == {"status", "intent"}, "therapeuticProject keys")
    need_(tp["intent"] is None or tp["intent"] in INTENTS, "intent code")
    if tp["status"] == "unknown":
        need_(tp["intent"] is None, "unknown project with intent")
    if tp["intent"] == "palliative":
        need_("palliati" in ftext, "palliative intent not written")
    if tp["intent"] is None:
        itext = ftext.replace("dose curative", "")  # anticoagulant dose, not an intent
        need_("palliati" not in itext and "curati" not in itext and "soins de support exclusifs" not in itext,
              "intent word in text but intent null")
    # encoding of txt letters
    if letter["fmt"] == "txt":
        text.encode(letter["encoding"])
    if letter["fmt"] == "pdf":
        text.encode("cp1252")


def blocks_of(text):
    out = []
    for line in text.split("\n"):
        if line.startswith("## "):
            out.append(("h", line[3:]))
        elif line.startswith("|"):
            out.append(("row", line))
        elif not line.strip():
            out.append(("blank", ""))
        else:
            out.append(("p", line))
    while out and out[-1][0] == "blank":
        out.pop()
    return out


def main():
    atc = load_atc()
    ids = [l["id"] for l in LETTERS]
    golds = {}
    try:
        need(ids == [f"yd{i:02d}" for i in range(1, len(ids) + 1)], "ids must be yd01..ydNN in order")
        for letter in LETTERS:
            check(letter, atc)
            g = {"id": letter["id"]}
            g.update(letter["gold"])
            g["gaps"] = derive_gaps(letter["gold"])
            golds[letter["id"]] = g
    except Violation as e:
        print(f"CONTRACT VIOLATION: {e}")
        sys.exit(1)
    ldir, gdir = HERE / "letters", HERE / "gold"
    ldir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for f in list(ldir.iterdir()) + list(gdir.iterdir()):
        f.unlink()
    for letter in LETTERS:
        lid, fmt, text = letter["id"], letter["fmt"], letter["text"]
        title = f"Demande RCP métastases osseuses {lid}"
        path = ldir / f"{lid}.{fmt}"
        if fmt == "txt":
            body = "\n".join(l[3:] if l.startswith("## ") else l for l in text.split("\n"))
            body = body.replace("\n", letter.get("newline", "\n"))
            path.write_bytes(body.encode(letter["encoding"]))
        elif fmt == "pdf":
            write_pdf(path, [(("pre" if s == "row" else s), t) for s, t in blocks_of(text)], title)
        else:
            write_docx(path, blocks_of(text), title, letter["author"].split(" (")[0])
        (gdir / f"{lid}.json").write_text(json.dumps(golds[lid], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds")


if __name__ == "__main__":
    main()
