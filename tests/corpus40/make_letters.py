#!/usr/bin/env python3
"""Build corpus40: 12 blind referral letters (bone-disease history and prior local bone treatments) + gold.

Run from /work/main:  .venv/bin/python tests/corpus40/make_letters.py
Checks every gold against the contract (shared/spec/rcp-request.md) and exits with
"CONTRACT VIOLATION: ..." on the first failure; otherwise (re)writes letters/ and gold/ byte-identically.
"""
import datetime, json, re, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import writers  # noqa: E402
from letters_a import L as LA  # noqa: E402
from letters_b import L as LB  # noqa: E402

LETTERS = LA + LB
SPEC = Path("/work/shared/spec")

# Drugs of atc-reference.tsv that a letter names but that are NOT current (stopped, planned, one-off,
# named only with doubt). Every table drug named in a letter must be either current or listed here.
NOT_CURRENT = {
    "zn01": {"M05BX04": "Xgeva only asked"},
    "zn02": {"L01XA02": "planned", "L01BA04": "planned", "L01FF02": "planned", "M05BX04": "denosumab planned"},
    "zn03": {"L02BA01": "tamoxifen stopped 2021"},
    "zn04": {"M05BA08": "Zometa stopped"},
    "zn05": {"M05BA08": "single infusion", "B01AC06": "Kardégic stopped"},
    "zn06": {},
    "zn07": {"L02BX02": "Firmagon relayed", "L01CD02": "docetaxel finished", "B01AA12": "Préviscan doubtful",
             "M05BX04": "Xgeva planned"},
    "zn08": {"M05BA08": "zoledronic acid only asked"},
    "zn09": {},
    "zn10": {},
    "zn11": {"M05BX04": "denosumab denied"},
    "zn12": {"B01AC06": "Kardégic stopped", "M05BX04": "Prolia doubtful"},
}

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
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
SITES = {"lung", "breast", "prostate", "kidney", "thyroid", "colorectal", "bladder", "melanoma", "other", "unknown_primary"}
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
MARKERS = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
RESULTS = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging", "incidental_imaging", "other"}
PAIN_TYPES = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
TREAT = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENTS = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {"boneTargetedTherapy": ("M05BA", "M05BX04"),
                "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
                "antiplatelets": ("B01AC",)}


def fail(msg):
    print(f"CONTRACT VIOLATION: {msg}")
    sys.exit(1)


def load_atc():
    rows = {}
    lines = (SPEC / "atc-reference.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        f = line.split("\t")
        names = [f[1]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b.strip()]
        rows[f[0]] = [n.strip() for n in names if n.strip()]
    return rows


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("œ", "oe"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def drugs_named(text, atc):
    """ATC codes of table drugs named in the text (longest names first, matched spans masked)."""
    t = fold(text)
    names = sorted(((fold(n), code) for code, ns in atc.items() for n in ns), key=lambda x: -len(x[0]))
    found = set()
    for name, code in names:
        pat = re.compile(r"(?<![a-z0-9])" + re.escape(name) + r"(?![a-z0-9])")
        while True:
            m = pat.search(t)
            if not m:
                break
            found.add(code)
            t = t[:m.start()] + "#" * (m.end() - m.start()) + t[m.end():]
    return found


def derive_gaps(g):
    """The spec's Gaps rule, applied to gold values: one function for every letter."""
    kind = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    gaps = []
    for item in ITEMS9:
        st = g[item]["status"]
        if st in kind:
            gaps.append([item, kind[st]])
        elif st == "present":
            s = g[item]
            incomplete = (
                (item == "pain" and not s["types"])
                or (item in ("anticoagulation", "boneTargetedTherapy") and not s["atc"])
                or (item == "boneDiagnosis" and not s["dated"])
                or (item == "primaryTumor" and not s["histology"])
                or (item == "prognosis" and s.get("ecog") is None and s.get("kps") is None)
            )
            if incomplete:
                gaps.append([item, "incomplete"])
    return gaps


def age_at(birth, date):
    b = datetime.date.fromisoformat(birth)
    d = datetime.date.fromisoformat(date)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def letter_text(L):
    return writers.docx_text(L["blocks"]) if L["fmt"] == "docx" else L["text"]


def check(L, atc):
    lid, g, text = L["id"], L["gold"], letter_text(L)
    where = lambda m: fail(f"{lid}: {m}")  # noqa: E731
    if not re.fullmatch(r"zn\d\d", lid):
        where("bad id")
    for item, allowed in ALLOWED.items():
        if item not in g:
            where(f"{item} missing")
        if g[item]["status"] not in allowed:
            where(f"{item} status {g[item]['status']} not allowed")
    # patient
    p = g["patient"]
    if p["sex"] not in ("F", "M") or not isinstance(p["age"], int):
        where("patient sex/age")
    if L["birth"]:
        if age_at(L["birth"], L["letter_date"]) != p["age"]:
            where(f"age {p['age']} != computed {age_at(L['birth'], L['letter_date'])}")
        y, m, d = L["birth"].split("-")
        if f"{d}/{m}/{y}" not in text:
            where("birth date not in text")
        if re.search(r"\b%d ans\b" % p["age"], text):
            where("age written although birth date is the source (keep one source)")
    elif not re.search(r"\b%d ?(ans|a)\b" % p["age"], text):
        where("age not written in text")
    # letter date present in text in some form
    ld = datetime.date.fromisoformat(L["letter_date"])
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    forms = [ld.strftime("%d/%m/%Y"), ld.strftime("%d/%m/%y"), f"{ld.day} {mois[ld.month-1]} {ld.year}",
             f"{ld.day}er {mois[ld.month-1]} {ld.year}"]
    if not any(f in text for f in forms):
        where("letter date not found in text")
    # primary tumour
    pt = g["primaryTumor"]
    if pt["status"] == "unknown":
        if pt["site"] or pt["histology"] or pt["biomarkers"]:
            where("unknown primary with values")
    else:
        if pt["site"] not in SITES:
            where("site code")
        if pt["histology"] is not None and pt["histology"] not in HISTO:
            where("histology code")
        for k, v in pt["biomarkers"].items():
            if k not in MARKERS or v not in RESULTS:
                where(f"biomarker {k}={v}")
    # bone diagnosis
    bd = g["boneDiagnosis"]
    if bd["status"] == "present":
        if not bd["circumstances"] or not set(bd["circumstances"]) <= CIRC:
            where("circumstances")
        if not isinstance(bd["dated"], bool):
            where("dated")
    elif bd["circumstances"] or bd["dated"]:
        where("unknown bone diagnosis with values")
    # pain
    pn = g["pain"]
    if not set(pn["types"]) <= PAIN_TYPES:
        where("pain type code")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        where("pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"]):
        where("absent/unknown pain with types or intensity > 0")
    # medications
    cm = g["currentMedications"]
    for c in cm["atc"]:
        if c not in atc:
            where(f"ATC {c} not in atc-reference.tsv")
    if len(set(cm["atc"])) != len(cm["atc"]):
        where("duplicate ATC")
    if cm["status"] != "present" and cm["atc"]:
        where("non-present medications with codes")
    if cm["status"] == "present" and not cm["atc"]:
        where("present medications without any table drug (allowed by spec, but not intended here)")
    # text <-> gold drug accounting
    named = drugs_named(text, atc)
    nc = NOT_CURRENT[lid]
    for c in cm["atc"]:
        if c not in named:
            where(f"current drug {c} not named in the letter")
    for c in nc:
        if c not in named:
            where(f"not-current drug {c} not named in the letter")
        if c in cm["atc"]:
            where(f"{c} both current and not current")
    extra = named - set(cm["atc"]) - set(nc)
    if extra:
        where(f"table drugs named but unaccounted for: {sorted(extra)}")
    # agent sections
    for sec, prefixes in AGENT_PREFIX.items():
        s = g[sec]
        for c in s["atc"]:
            if c not in atc:
                where(f"{sec} ATC {c} not in table")
            if not c.startswith(prefixes):
                where(f"{sec} holds {c} outside its ATC groups")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            where(f"{sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            for c in s["atc"]:
                if c not in cm["atc"]:
                    where(f"{sec} agent {c} ({s['status']}) missing from currentMedications")
        if s["status"] == "uncertain":
            for c in s["atc"]:
                if c in cm["atc"]:
                    where(f"{sec} uncertain agent {c} must not be a current medication")
        if s["status"] == "conflicting" and not s["atc"]:
            where(f"{sec} conflicting without agent (not intended here)")
        # every current drug of that group must sit in the section
        for c in cm["atc"]:
            if c.startswith(prefixes) and c not in s["atc"]:
                where(f"current {c} missing from {sec}")
            if c.startswith(prefixes) and s["status"] not in ("present", "conflicting"):
                where(f"current {c} but {sec} is {s['status']}")
    # prior local treatments
    pl = g["priorLocalTreatments"]
    if not set(pl["types"]) <= TREAT or len(set(pl["types"])) != len(pl["types"]):
        where("treatment type code")
    if pl["status"] == "present" and not pl["types"]:
        where("present prior local treatment without type (not intended here)")
    if pl["status"] in ("absent", "unknown") and pl["types"]:
        where("absent/unknown prior local treatment with types")
    # prognosis
    pr = g["prognosis"]
    if "ecog" in pr and "kps" in pr:
        where("both ecog and kps")
    if pr.get("ecog") is not None and pr["ecog"] not in range(0, 6):
        where("ecog range")
    if pr.get("kps") is not None and (pr["kps"] not in range(0, 101, 10)):
        where("kps range")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        where("unknown prognosis with a score")
    if pr.get("ecog") is not None and not re.search(r"(OMS|ECOG|PS)\s*(à\s*)?%d\b" % pr["ecog"], text):
        where("ecog value not written in text")
    if pr.get("kps") is not None and f"Karnofsky {pr['kps']}" not in text:
        where("kps not written in text")
    # project
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and (tp["intent"] not in INTENTS or tp["status"] != "present"):
        where("intent")
    if tp["intent"] == "palliative" and "palliati" not in text:
        where("palliative intent not written")
    if tp["intent"] is None and tp["status"] == "present" and re.search(r"palliati|curati|soins de support exclusifs", text):
        where("intent word present in text but gold intent null: decide explicitly")
    # pain intensity written
    if pn["intensity"] is not None and not re.search(r"\b%d/10" % pn["intensity"], text):
        where("pain intensity not in text")


def build_gold(L):
    g = L["gold"]
    out = {"id": L["id"], "patient": g["patient"]}
    for item in ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
                 "boneTargetedTherapy", "anticoagulation", "antiplatelets", "prognosis", "therapeuticProject"]:
        s = dict(g[item])
        for k in ("atc", "types", "circumstances"):
            if k in s:
                s[k] = sorted(s[k])
        out[item] = s
    out["gaps"] = derive_gaps(g)
    return out


def main():
    atc = load_atc()
    ids = [L["id"] for L in LETTERS]
    if ids != [f"zn{i:02d}" for i in range(1, len(LETTERS) + 1)] or set(ids) != set(NOT_CURRENT):
        fail("ids not zn01..znNN in order or NOT_CURRENT mismatch")
    for L in LETTERS:
        check(L, atc)
    ld, gd = HERE / "letters", HERE / "gold"
    ld.mkdir(exist_ok=True); gd.mkdir(exist_ok=True)
    for d in (ld, gd):
        for f in d.iterdir():
            f.unlink()
    for i, L in enumerate(LETTERS):
        lid, fmt = L["id"], L["fmt"]
        if fmt == "txt":
            (ld / f"{lid}.txt").write_bytes(L["text"].encode("utf-8"))
        elif fmt == "txt_crlf":
            (ld / f"{lid}.txt").write_bytes(L["text"].replace("\n", "\r\n").encode("utf-8"))
        elif fmt == "pdf":
            writers.write_text_pdf(ld / f"{lid}.pdf", L["text"], title=f"Courrier {lid}")
        elif fmt == "pdf_scan":
            writers.write_image_pdf(ld / f"{lid}.pdf", L["text"], seed=4000 + i)
        elif fmt == "docx":
            writers.write_docx(ld / f"{lid}.docx", L["blocks"])
        else:
            fail(f"{lid}: unknown format {fmt}")
        gold = build_gold(L)
        (gd / f"{lid}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"ok: {len(LETTERS)} letters and gold written")


if __name__ == "__main__":
    main()
