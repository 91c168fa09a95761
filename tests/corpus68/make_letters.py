#!/usr/bin/env python3
"""Build corpus68 (12 blind EHR-export letters) and their gold records.

Run from the repository root:  .venv/bin/python tests/corpus68/make_letters.py
Checks every gold against the contract (shared/spec/rcp-request.md) first and
exits with "CONTRACT VIOLATION: ..." on any failure; output is byte-identical
on every run.
"""
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import render  # noqa: E402
from letters_data import LETTERS  # noqa: E402

SPEC = Path("/work/shared/spec")
if not SPEC.exists():
    SPEC = HERE.parents[2] / "shared" / "spec"
ATC_TSV = SPEC / "atc-reference.tsv"

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
          "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ORDER = ["patient", "primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
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
HISTO = {"adenocarcinoma", "squamous_cell_carcinoma", "small_cell_carcinoma", "large_cell_carcinoma", "nsclc_nos",
         "invasive_ductal_carcinoma", "invasive_lobular_carcinoma", "clear_cell_carcinoma", "neuroendocrine", "other"}
BIOM = {"EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET", "NTRK", "HER2", "PD-L1", "ER", "PR", "PSA"}
BIORES = {"positive", "negative", "pending"}
CIRC = {"pain", "pathological_fracture", "neurological_deficit", "hypercalcemia", "staging_imaging",
        "incidental_imaging", "other"}
PAINT = {"neuropathic", "nocturnal", "mechanical", "inflammatory"}
LOCAL = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENT = {"curative", "palliative", "supportive", None}
AGENT_PREFIX = {
    "boneTargetedTherapy": ("M05BA", "M05BX04"),
    "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
    "antiplatelets": ("B01AC",),
}


def fail(msg):
    print("CONTRACT VIOLATION: " + msg)
    sys.exit(1)


def load_atc():
    ref = {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            f = line.split("\t")
            names = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
            ref[f[0]] = names
    return ref


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def gaps_for(g):
    """The spec's gap rule applied to a gold record (nine items, not antiplatelets)."""
    out = []
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st == "unknown":
            out.append([item, "missing"])
        elif st in ("uncertain", "conflicting"):
            out.append([item, st])
        elif st == "present":
            if (item == "pain" and not sec.get("types")) \
                    or (item in ("anticoagulation", "boneTargetedTherapy") and not sec.get("atc")) \
                    or (item == "boneDiagnosis" and not sec.get("dated")) \
                    or (item == "primaryTumor" and not sec.get("histology")) \
                    or (item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None):
                out.append([item, "incomplete"])
    return out


def age_at(birth, date):
    b, d = dt.date.fromisoformat(birth), dt.date.fromisoformat(date)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def letter_text(L):
    parts = list(L["header"]) + [L["footer"]]
    for b in L["blocks"]:
        if b[0] in ("h", "p"):
            parts.append(b[1])
        elif b[0] == "kv":
            parts += [b[1], b[2]]
        elif b[0] == "t":
            parts += list(b[1]) + [c for r in b[2] for c in r]
    return "\n".join(parts)


def mentions(text_n, names):
    for n in names:
        nn = norm(n).strip()
        if nn and re.search(r"(?<![a-z0-9])" + re.escape(nn) + r"(?![a-z0-9])", text_n):
            return n
    return None


def check(L, ref):
    g, lid = L["gold"], L["id"]
    text = letter_text(L)
    tn = norm(text)
    for k in ORDER:
        if k not in g:
            fail(f"{lid}: missing key {k}")
    if set(g) - set(ORDER):
        fail(f"{lid}: unexpected keys {set(g) - set(ORDER)}")
    p = g["patient"]
    if p.get("sex") not in ("F", "M"):
        fail(f"{lid}: sex")
    if not isinstance(p.get("age"), int):
        fail(f"{lid}: age must be an integer")
    if L.get("birth"):
        a = age_at(L["birth"], L["date"])
        if a != p["age"]:
            fail(f"{lid}: age {p['age']} but birth {L['birth']} at {L['date']} gives {a}")
        b = dt.date.fromisoformat(L["birth"]).strftime("%d/%m/%Y")
        if b not in text:
            fail(f"{lid}: birth date {b} not written in the letter")
    for m in re.finditer(r"(\d{2,3}) ans\b", text):
        if int(m.group(1)) != p["age"] and not re.search(r"à \d+ ans", text[m.start() - 3:m.end()]):
            ctx = text[max(0, m.start() - 12):m.end()]
            if "à " + m.group(1) not in ctx:
                fail(f"{lid}: written age '{m.group(0)}' differs from gold {p['age']}")
    sex_words = {"M": ["M. ", "Sexe : M", "Monsieur"], "F": ["Mme ", "Sexe : F", "Madame"]}
    if not any(w in text for w in sex_words[p["sex"]]):
        fail(f"{lid}: sex {p['sex']} not supported by a title in the letter")
    for item, allowed in STATUSES.items():
        st = g[item].get("status")
        if st not in allowed:
            fail(f"{lid}: {item}.status {st!r} not allowed ({sorted(allowed)})")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown" and (pt.get("site") or pt.get("histology") or pt.get("biomarkers")):
        fail(f"{lid}: unknown primary tumour with values")
    if pt.get("site") not in SITES | {None}:
        fail(f"{lid}: site {pt.get('site')}")
    if pt.get("histology") not in HISTO | {None}:
        fail(f"{lid}: histology {pt.get('histology')}")
    for k, v in (pt.get("biomarkers") or {}).items():
        if k not in BIOM or v not in BIORES:
            fail(f"{lid}: biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(f"{lid}: bone diagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(f"{lid}: bone diagnosis unknown with values")
    if not set(bd["circumstances"]) <= CIRC or not isinstance(bd["dated"], bool):
        fail(f"{lid}: circumstances/dated")
    pn = g["pain"]
    if not set(pn["types"]) <= PAINT:
        fail(f"{lid}: pain types {pn['types']}")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        fail(f"{lid}: pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"] not in (None, 0)):
        fail(f"{lid}: pain {pn['status']} with types or a non-zero intensity")
    if pn["status"] == "present" and pn["intensity"] == 0:
        fail(f"{lid}: pain present with intensity 0")
    if pn["intensity"] is not None and not re.search(rf"\b{pn['intensity']}/10", text):
        fail(f"{lid}: intensity {pn['intensity']}/10 not in the letter")
    lt = g["priorLocalTreatments"]
    if not set(lt["types"]) <= LOCAL:
        fail(f"{lid}: local treatment types")
    if lt["status"] in ("absent", "unknown") and lt["types"]:
        fail(f"{lid}: local treatments {lt['status']} with types")
    if lt["status"] == "present" and not lt["types"]:
        fail(f"{lid}: local treatments present without a type")
    cm = g["currentMedications"]
    cur = set(cm["atc"])
    if len(cur) != len(cm["atc"]):
        fail(f"{lid}: duplicate current medication")
    for c in cur:
        if c not in ref:
            fail(f"{lid}: current medication {c} not in atc-reference.tsv")
    if cm["status"] in ("absent", "unknown") and cur:
        fail(f"{lid}: current medications {cm['status']} with codes")
    if cm["status"] == "present" and not cur:
        fail(f"{lid}: current medications present without any table drug (allowed by the spec, but not used here)")
    for sec, prefixes in AGENT_PREFIX.items():
        s = g[sec]
        for c in s["atc"]:
            if c not in ref:
                fail(f"{lid}: {sec} agent {c} not in atc-reference.tsv")
            if not c.startswith(prefixes):
                fail(f"{lid}: {sec} agent {c} outside {prefixes}")
        if s["status"] in ("absent", "unknown") and s["atc"]:
            fail(f"{lid}: {sec} {s['status']} with agents")
        if s["status"] in ("present", "conflicting"):
            if not set(s["atc"]) <= cur:
                fail(f"{lid}: {sec} agents {s['atc']} missing from currentMedications")
        if s["status"] == "uncertain" and set(s["atc"]) & cur:
            fail(f"{lid}: {sec} doubtful agent listed as a current medication")
        if s["status"] == "present" and cm["status"] == "absent":
            fail(f"{lid}: {sec} present while current medications absent")
        # every current drug of the section's class must be an agent of the section
        cls = {c for c in cur if c.startswith(prefixes)}
        if cls - set(s["atc"]):
            fail(f"{lid}: current {sec}-class drug {cls - set(s['atc'])} missing from {sec}")
        if s["status"] == "absent" and cls:
            fail(f"{lid}: {sec} absent while a current drug belongs to it")
    pr = g["prognosis"]
    ecog, kps = pr.get("ecog"), pr.get("kps")
    if ecog is not None and kps is not None:
        fail(f"{lid}: both ecog and kps")
    if ecog is not None and ecog not in range(0, 6):
        fail(f"{lid}: ecog {ecog}")
    if kps is not None and (kps not in range(0, 101) or kps % 10):
        fail(f"{lid}: kps {kps}")
    if pr["status"] == "unknown" and (ecog is not None or kps is not None):
        fail(f"{lid}: prognosis unknown with a score")
    if kps is not None and not re.search(rf"Karnofsky {kps}", text):
        fail(f"{lid}: Karnofsky {kps} not in letter")
    if ecog is not None and not re.search(rf"(OMS|PS|ECOG|PS OMS) {ecog}\b", text):
        fail(f"{lid}: ECOG/OMS {ecog} not in letter")
    tp = g["therapeuticProject"]
    if tp.get("intent") not in INTENT:
        fail(f"{lid}: intent {tp.get('intent')}")
    if tp["status"] == "unknown" and tp.get("intent"):
        fail(f"{lid}: project unknown with intent")
    word = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support"}
    if tp.get("intent") and word[tp["intent"]] not in tn:
        fail(f"{lid}: intent {tp['intent']} has no matching word in the letter")
    # every gold code must be named in the letter (brand, DCI or INN)
    allcodes = cur | {c for s in AGENT_PREFIX for c in g[s]["atc"]}
    for c in allcodes:
        if not mentions(tn, ref[c]):
            fail(f"{lid}: {c} ({ref[c][0]}) not named in the letter")
    # every table drug named in the letter must be accounted for: current, or explained as not current
    nc = L.get("not_current", {})
    masked = tn
    known = sorted({norm(n).strip() for c in allcodes | set(nc) for n in ref[c] if n.strip()}, key=len, reverse=True)
    for nn in known:  # longest first, so "Cacit D3" (A12AX) does not also count as "Cacit" (A12AA04)
        masked = re.sub(r"(?<![a-z0-9])" + re.escape(nn) + r"(?![a-z0-9])", " ", masked)
    for c, names in ref.items():
        n = mentions(masked, names)
        if n and c not in allcodes and c not in nc:
            fail(f"{lid}: letter names {n} ({c}) but gold neither lists it nor explains it in not_current")
    for c in nc:
        if c in cur:
            fail(f"{lid}: {c} both current and not_current")
        if not mentions(tn, ref[c]):
            fail(f"{lid}: not_current {c} not named in the letter")
    # the PDF renderer only carries WinAnsi text
    if L["fmt"] == "pdf":
        try:
            text.encode("cp1252")
        except UnicodeEncodeError as e:
            fail(f"{lid}: character outside WinAnsi in a PDF letter: {e}")


def build():
    ref = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids) or ids != [f"zzp{i:02d}" for i in range(1, len(ids) + 1)]:
        fail("letter ids must be zzp01..zzpNN, unique")
    golds = {}
    for L in LETTERS:
        check(L, ref)
        g = {"id": L["id"]}
        for k in ORDER:
            sec = dict(L["gold"][k])
            if "atc" in sec:
                sec["atc"] = sorted(sec["atc"])
            if "types" in sec:
                sec["types"] = sorted(sec["types"])
            if "circumstances" in sec:
                sec["circumstances"] = sorted(sec["circumstances"])
            if k == "prognosis" and "ecog" not in sec and "kps" not in sec:
                sec["ecog"] = None
            g[k] = sec
        g["gaps"] = gaps_for(g)
        golds[L["id"]] = g
    (HERE / "letters").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for f in list((HERE / "letters").iterdir()) + list((HERE / "gold").iterdir()):
        f.unlink()
    for L in LETTERS:
        lid, d = L["id"], dt.date.fromisoformat(L["date"])
        title = f"Courrier {lid}"
        if L["fmt"] == "pdf":
            n = render.write_pdf(HERE / "letters" / f"{lid}.pdf", L["blocks"], L["header"], L["footer"], title,
                                 d.strftime("%Y%m%d") + "103000+01'00'")
            if n != 2:
                fail(f"{lid}: PDF has {n} pages, expected 2")
        elif L["fmt"] == "docx":
            render.write_docx(HERE / "letters" / f"{lid}.docx", L["blocks"], L["header"], L["footer"], title,
                              dt.datetime(d.year, d.month, d.day, 10, 30, 0))
        else:
            (HERE / "letters" / f"{lid}.txt").write_text(render.render_txt(L["blocks"], L["header"], L["footer"]),
                                                          encoding="utf-8")
        (HERE / "gold" / f"{lid}.json").write_text(json.dumps(golds[lid], indent=2, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")
    print(f"wrote {len(LETTERS)} letters and golds")


if __name__ == "__main__":
    build()
