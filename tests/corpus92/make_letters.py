"""Build the corpus92 letters and gold records (blind-written, see README.md).

Run from /work/main:  /work/main/.venv/bin/python tests/corpus92/make_letters.py
Every gold is checked against the contract (shared/spec/rcp-request.md) first;
any failure exits with "CONTRACT VIOLATION: ...". Outputs are byte-identical
on every run.
"""
import datetime
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from letters_a import L as LA  # noqa: E402
from letters_b import L as LB  # noqa: E402
from pdfdocx import write_pdf, write_docx  # noqa: E402

ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")
ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
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
INTENT = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {"boneTargetedTherapy": ("M05BA", "M05BX04"),
                "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
                "antiplatelets": ("B01AC",)}
KEYS = ["id", "patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
        "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject", "gaps"]


def die(msg):
    print("CONTRACT VIOLATION: " + msg)
    sys.exit(1)


def load_atc():
    rows = ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]
    return {r.split("\t")[0]: r.split("\t") for r in rows if r.strip()}


def derive_gaps(g):
    """The spec's gap rule, applied to the gold values (antiplatelets gets none)."""
    gaps = []
    kind = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS9:
        st = g[item]["status"]
        if st in kind:
            gaps.append([item, kind[st]])
        elif st == "present":
            s = g[item]
            inc = ((item == "pain" and not s["types"])
                   or (item in ("anticoagulation", "boneTargetedTherapy") and not s["atc"])
                   or (item == "boneDiagnosis" and not s["dated"])
                   or (item == "primaryTumor" and not s["histology"])
                   or (item == "prognosis" and s.get("ecog") is None and s.get("kps") is None))
            if inc:
                gaps.append([item, "incomplete"])
    return gaps


def age_at(dob, date):
    b = datetime.date.fromisoformat(dob)
    d = datetime.date.fromisoformat(date)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def letter_text(spec):
    if spec["fmt"] == "docx":
        out = []
        for kind, val in spec["blocks"]:
            out.append("\n".join(" | ".join(r) for r in val) if kind == "table" else val)
        return "\n".join(out)
    return spec["text"]


def check(spec, gold, atc):
    lid = spec["id"]
    text = letter_text(spec)
    low = text.lower()
    if list(gold) != KEYS:
        die(f"{lid}: keys {list(gold)}")
    if gold["id"] != lid:
        die(f"{lid}: id")
    p = gold["patient"]
    if p["sex"] not in ("F", "M"):
        die(f"{lid}: sex")
    if "dob" in spec:
        if p["age"] != age_at(spec["dob"], spec["date"]):
            die(f"{lid}: age {p['age']} != {age_at(spec['dob'], spec['date'])} from birth date")
        d = datetime.date.fromisoformat(spec["dob"]).strftime("%d/%m/%Y")
        if d not in text:
            die(f"{lid}: birth date {d} not in letter")
    elif p["age"] != spec.get("age_written") or f"{p['age']} ans" not in text:
        die(f"{lid}: written age")
    for item, allowed in STATUSES.items():
        if gold[item]["status"] not in allowed:
            die(f"{lid}: {item} status {gold[item]['status']}")
    pt = gold["primaryTumor"]
    if pt["site"] is not None and pt["site"] not in SITES:
        die(f"{lid}: site")
    if pt["histology"] is not None and pt["histology"] not in HISTO:
        die(f"{lid}: histology")
    for k, v in pt["biomarkers"].items():
        if k not in BIOM or v not in BIORES:
            die(f"{lid}: biomarker {k}={v}")
    if "pdl1" in spec:
        want = "positive" if spec["pdl1"] >= 1 else "negative"
        if pt["biomarkers"].get("PD-L1") != want:
            die(f"{lid}: PD-L1 {spec['pdl1']}% must be {want}")
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        die(f"{lid}: unknown primary with values")
    bd = gold["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRC or len(set(bd["circumstances"])) != len(bd["circumstances"]):
        die(f"{lid}: circumstances")
    if bd["status"] == "present" and not bd["circumstances"]:
        die(f"{lid}: bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        die(f"{lid}: unknown bone diagnosis with values")
    if not isinstance(bd["dated"], bool):
        die(f"{lid}: dated")
    pn = gold["pain"]
    if not set(pn["types"]) <= PAINT:
        die(f"{lid}: pain types")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        die(f"{lid}: intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"]):
        die(f"{lid}: pain {pn['status']} with types/intensity")
    if pn["intensity"] is not None and f"{pn['intensity']}/10" not in text:
        die(f"{lid}: intensity {pn['intensity']}/10 not in letter")
    cm = gold["currentMedications"]
    for c in cm["atc"]:
        if c not in atc:
            die(f"{lid}: {c} not in atc-reference.tsv")
    if len(set(cm["atc"])) != len(cm["atc"]):
        die(f"{lid}: duplicate atc")
    if cm["status"] == "present" and not cm["atc"]:
        die(f"{lid}: medications present with no table drug (check)")
    if cm["status"] != "present" and cm["atc"]:
        die(f"{lid}: medications {cm['status']} with atc")
    # evidence: each current drug named in the letter, each stopped/planned drug absent from the list
    if set(spec["ev"]) != set(cm["atc"]):
        die(f"{lid}: evidence keys {sorted(set(spec['ev']) ^ set(cm['atc']))}")
    for c, w in spec["ev"].items():
        if w.lower() not in low:
            die(f"{lid}: evidence '{w}' for {c} not in letter")
    for c, w in spec["not_current"].items():
        if c not in atc:
            die(f"{lid}: not_current {c} not in table")
        if w.lower() not in low:
            die(f"{lid}: not_current '{w}' not in letter")
        if c in cm["atc"]:
            die(f"{lid}: stopped/planned/doubtful {c} listed as current")
    pl = gold["priorLocalTreatments"]
    if not set(pl["types"]) <= LOCAL:
        die(f"{lid}: local types")
    if pl["status"] == "present" and not pl["types"]:
        die(f"{lid}: local present without type")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        die(f"{lid}: local {pl['status']} with types")
    for sec, prefixes in AGENT_PREFIX.items():
        s = gold[sec]
        for c in s["atc"]:
            if c not in atc:
                die(f"{lid}: {sec} {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                die(f"{lid}: {c} does not belong to {sec}")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            die(f"{lid}: {sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                if c not in cm["atc"]:
                    die(f"{lid}: {sec} agent {c} missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                if c in cm["atc"]:
                    die(f"{lid}: doubtful {sec} agent {c} listed as current")
        if sec == "antiplatelets" and s["status"] == "present" and not s["atc"]:
            die(f"{lid}: antiplatelets present without agent (check)")
    # every current drug of an agent group must appear in its section
    for c in cm["atc"]:
        for sec, prefixes in AGENT_PREFIX.items():
            if c.startswith(prefixes) and c not in gold[sec]["atc"]:
                die(f"{lid}: current {c} absent from {sec}")
    pr = gold["prognosis"]
    if set(pr) - {"status", "ecog", "kps"} or "ecog" not in pr and "kps" not in pr:
        die(f"{lid}: prognosis keys")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 6):
        die(f"{lid}: ecog")
    if pr.get("kps") is not None and (pr["kps"] not in range(0, 101, 10) or "ecog" in pr):
        die(f"{lid}: kps")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        die(f"{lid}: prognosis unknown with value")
    tp = gold["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENT:
        die(f"{lid}: intent")
    if tp["status"] == "unknown" and tp["intent"] is not None:
        die(f"{lid}: intent without project")
    words = {"palliative": "palliati", "curative": "curati", "supportive": "support exclusif"}
    if tp["intent"] and words[tp["intent"]] not in low:
        die(f"{lid}: intent {tp['intent']} not written in letter")
    if gold["gaps"] != derive_gaps(gold):
        die(f"{lid}: gaps")
    if spec["fmt"] in ("pdf",) or spec.get("enc") == "cp1252":
        text.encode("cp1252")


def build_gold(spec):
    g = {"id": spec["id"], "patient": {"sex": spec["gold"]["sex"], "age": spec["gold"]["age"]}}
    for k in KEYS[2:-1]:
        v = dict(spec["gold"][k])
        if "atc" in v:
            v["atc"] = sorted(v["atc"])
        if "types" in v:
            v["types"] = sorted(v["types"])
        if "circumstances" in v:
            v["circumstances"] = sorted(v["circumstances"])
        g[k] = v
    g["gaps"] = derive_gaps(g)
    return g


def main():
    atc = load_atc()
    letters = LA + LB
    ids = [s["id"] for s in letters]
    if ids != [f"yq{i:02d}" for i in range(1, len(ids) + 1)]:
        die(f"ids {ids}")
    golds = [build_gold(s) for s in letters]
    for s, g in zip(letters, golds):
        check(s, g, atc)
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for s, g in zip(letters, golds):
        stem = s["id"]
        if s["fmt"] == "txt":
            t = s["text"].replace("\n", "\r\n") if s.get("crlf") else s["text"]
            (HERE / "letters" / f"{stem}.txt").write_bytes(t.encode(s["enc"]))
        elif s["fmt"] == "pdf":
            write_pdf(str(HERE / "letters" / f"{stem}.pdf"), s["text"].rstrip("\n"), title=f"Courrier {stem}")
        else:
            write_docx(str(HERE / "letters" / f"{stem}.docx"), s["blocks"])
        (HERE / "gold" / f"{stem}.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(letters)} letters and golds")


if __name__ == "__main__":
    main()
