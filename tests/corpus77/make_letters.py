#!/usr/bin/env python3
"""Build corpus77 (letters/ and gold/) from letters_data.py, after checking every gold
against the contract of shared/spec/rcp-request.md.

Run from /work/main:  .venv/bin/python tests/corpus77/make_letters.py
Output is byte-identical on every run (fixed PDF dates/producer, fixed DOCX core
properties and zip timestamps, no randomness).
"""
import datetime as dt
import sys as _sys
_sys.dont_write_bytecode = True
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from letters_data import LETTERS  # noqa: E402
import _render  # noqa: E402

ATC_TSV = Path("/work/shared/spec/atc-reference.tsv")

ITEMS9 = ["primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
          "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject"]
ALL_ITEMS = ITEMS9[:7] + ["antiplatelets"] + ITEMS9[7:]
FIVE = {"present", "absent", "uncertain", "conflicting", "unknown"}
ALLOWED = {
    "primaryTumor": {"present", "uncertain", "unknown"},
    "boneDiagnosis": {"present", "unknown"},
    "pain": FIVE,
    "currentMedications": {"present", "absent", "unknown"},
    "priorLocalTreatments": FIVE,
    "boneTargetedTherapy": FIVE,
    "anticoagulation": FIVE,
    "antiplatelets": FIVE,
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
TREAT = {"radiotherapy", "surgery", "cementoplasty", "ablation", "other"}
INTENT = {"curative", "palliative", "supportive"}
AGENT_PREFIX = {"boneTargetedTherapy": ("M05BA", "M05BX04"),
                "anticoagulation": ("B01AA", "B01AB", "B01AE", "B01AF", "B01AX05"),
                "antiplatelets": ("B01AC",)}
ATC_LIST = ("currentMedications", "boneTargetedTherapy", "anticoagulation", "antiplatelets")


def fail(msg):
    print("CONTRACT VIOLATION: " + msg)
    sys.exit(1)


def load_atc():
    rows = {}
    for line in ATC_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            f = line.split("\t")
            names = [f[1], f[2]] + [b for b in (f[4].split(",") if len(f) > 4 else []) if b]
            rows[f[0]] = names
    return rows


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def gaps_of(g):
    """The spec's Gaps rule, applied to gold values (antiplatelets never gets a gap)."""
    out = []
    kind = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
    for item in ITEMS9:
        sec = g[item]
        st = sec["status"]
        if st in kind:
            out.append([item, kind[st]])
            continue
        if st != "present":
            continue
        if item == "pain" and not sec["types"]:
            out.append([item, "incomplete"])
        elif item in ("anticoagulation", "boneTargetedTherapy") and not sec["atc"]:
            out.append([item, "incomplete"])
        elif item == "boneDiagnosis" and not sec["dated"]:
            out.append([item, "incomplete"])
        elif item == "primaryTumor" and not sec["histology"]:
            out.append([item, "incomplete"])
        elif item == "prognosis" and sec.get("ecog") is None and sec.get("kps") is None:
            out.append([item, "incomplete"])
    return out


def letter_text(L):
    if L["fmt"] == "docx":
        parts = []
        for b in L["blocks"]:
            if isinstance(b, list):
                parts += [" | ".join(r) for r in b]
            else:
                parts.append(b.replace("**", ""))
        return "\n".join(parts)
    return L["text"]


def age_at(birth, when):
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))


def check(L, atc):
    g, lid, text = L["gold"], L["id"], letter_text(L)
    ftext = fold(text)
    for item in ALL_ITEMS + ["patient"]:
        if item not in g:
            fail(f"{lid}: missing {item}")
    p = g["patient"]
    if p["sex"] not in ("F", "M"):
        fail(f"{lid}: sex")
    if not isinstance(p["age"], int):
        fail(f"{lid}: age not int")
    when = dt.date.fromisoformat(L["date"])
    dparts = [f"{when.day:02d}/{when.month:02d}/{when.year}", f"{when.day:02d}/{when.month:02d}/{when.year % 100:02d}",
              f"{when.day} "]
    if not any(d in text for d in dparts):
        fail(f"{lid}: letter date {L['date']} not found in text")
    m = re.search(r"n[ée]e? le (\d{2})/(\d{2})/(\d{4})", text)
    if m:
        birth = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if age_at(birth, when) != p["age"]:
            fail(f"{lid}: age {p['age']} != {age_at(birth, when)} from birth date")
    for m2 in re.finditer(r"(\d{2}) ans\b", text):
        if int(m2.group(1)) != p["age"] and not re.search(r"à " + m2.group(1) + " ans", text):
            fail(f"{lid}: written age {m2.group(1)} != {p['age']}")
    if not m and not re.search(r"\b%d ans\b" % p["age"], text):
        fail(f"{lid}: age given neither as birth date nor written")
    sex_f = bool(re.search(r"\b(Mme|Madame)\b", text.split("Objet")[-1])) or " née le" in text
    sex_m = bool(re.search(r"\b(M\.|Monsieur)\s+[A-Z]", text))
    if (p["sex"] == "F") != (sex_f and not (sex_m and not sex_f)):
        fail(f"{lid}: sex {p['sex']} does not match the letter (Mme/M.)")
    for item in ALL_ITEMS:
        st = g[item]["status"]
        if st not in ALLOWED[item]:
            fail(f"{lid}: {item} status {st} not allowed")
    pt = g["primaryTumor"]
    if pt["status"] == "unknown" and (pt["site"] or pt["histology"] or pt["biomarkers"]):
        fail(f"{lid}: unknown primary tumour with values")
    if pt["site"] is not None and pt["site"] not in SITES:
        fail(f"{lid}: site {pt['site']}")
    if pt["histology"] is not None and pt["histology"] not in HISTO:
        fail(f"{lid}: histology {pt['histology']}")
    for k, v in pt["biomarkers"].items():
        if k not in BIOM or v not in BIORES:
            fail(f"{lid}: biomarker {k}={v}")
    bd = g["boneDiagnosis"]
    if not set(bd["circumstances"]) <= CIRC or not isinstance(bd["dated"], bool):
        fail(f"{lid}: boneDiagnosis values")
    if bd["status"] == "present" and not bd["circumstances"]:
        fail(f"{lid}: boneDiagnosis present without circumstance")
    if bd["status"] == "unknown" and (bd["circumstances"] or bd["dated"]):
        fail(f"{lid}: boneDiagnosis unknown with values")
    pn = g["pain"]
    if not set(pn["types"]) <= PAINT:
        fail(f"{lid}: pain types")
    if pn["intensity"] is not None and not (isinstance(pn["intensity"], int) and 0 <= pn["intensity"] <= 10):
        fail(f"{lid}: pain intensity")
    if pn["status"] in ("absent", "unknown") and (pn["types"] or pn["intensity"]):
        fail(f"{lid}: pain {pn['status']} with types or non-zero intensity")
    if pn["intensity"] is not None and not re.search(r"\b%d\s?/\s?10\b" % pn["intensity"], text):
        fail(f"{lid}: pain intensity {pn['intensity']}/10 not written in the letter")
    pl = g["priorLocalTreatments"]
    if not set(pl["types"]) <= TREAT:
        fail(f"{lid}: treatment types")
    if pl["status"] != "present" and pl["types"] and pl["status"] in ("absent", "unknown"):
        fail(f"{lid}: priorLocalTreatments {pl['status']} with types")
    for item in ATC_LIST:
        sec = g[item]
        if sec["atc"] != sorted(set(sec["atc"]), key=sec["atc"].index):
            fail(f"{lid}: duplicate ATC in {item}")
        for c in sec["atc"]:
            if c not in atc:
                fail(f"{lid}: {item} ATC {c} not in atc-reference.tsv")
            if item in AGENT_PREFIX and not c.startswith(AGENT_PREFIX[item]):
                fail(f"{lid}: {c} does not belong in {item}")
            if not any(fold(n) in ftext for n in atc[c]):
                fail(f"{lid}: {item} ATC {c} ({atc[c][0]}) not named in the letter")
        if sec["status"] in ("absent", "unknown") and sec["atc"]:
            fail(f"{lid}: {item} {sec['status']} with ATC codes")
    cm = set(g["currentMedications"]["atc"])
    if g["currentMedications"]["status"] == "present" and not cm:
        fail(f"{lid}: currentMedications present but empty")
    for item in AGENT_PREFIX:
        sec = g[item]
        if sec["status"] in ("present", "conflicting") and not set(sec["atc"]) <= cm:
            fail(f"{lid}: {item} agents {sec['atc']} missing from currentMedications")
        if sec["status"] == "uncertain" and set(sec["atc"]) & cm:
            fail(f"{lid}: {item} agent named with doubt must not be in currentMedications")
        # currentMedications codes of this class imply the section is not absent/unknown
        cls = {c for c in cm if c.startswith(AGENT_PREFIX[item])}
        if cls and sec["status"] in ("absent", "unknown"):
            fail(f"{lid}: {item} {sec['status']} but {sorted(cls)} in currentMedications")
        if cls and not cls <= set(sec["atc"]):
            fail(f"{lid}: {item} misses current agents {sorted(cls - set(sec['atc']))}")
    if "aucun traitement au long cours" in ftext:
        for item in ATC_LIST:
            if g[item]["status"] != "absent":
                fail(f"{lid}: 'aucun traitement au long cours' but {item} not absent")
    pr = g["prognosis"]
    if pr.get("ecog") is not None and pr.get("ecog") not in range(0, 6):
        fail(f"{lid}: ecog")
    if pr.get("kps") is not None and not (0 <= pr["kps"] <= 100 and pr["kps"] % 10 == 0):
        fail(f"{lid}: kps")
    if pr["status"] == "unknown" and (pr.get("ecog") is not None or pr.get("kps") is not None):
        fail(f"{lid}: prognosis unknown with a score")
    if set(pr) - {"status", "ecog", "kps"}:
        fail(f"{lid}: prognosis keys")
    tp = g["therapeuticProject"]
    if tp["intent"] is not None and tp["intent"] not in INTENT:
        fail(f"{lid}: intent")
    if tp["status"] == "unknown" and tp["intent"]:
        fail(f"{lid}: therapeuticProject unknown with intent")
    words = {"palliative": "palliati", "curative": "curati", "supportive": "soins de support exclusifs"}
    if tp["intent"] and words[tp["intent"]] not in ftext:
        fail(f"{lid}: intent {tp['intent']} not said in the letter")
    # informational: table drugs named in the letter but left out of currentMedications
    left = [c for c, names in atc.items() if c not in cm and any(re.search(r"\b" + re.escape(fold(n)) + r"\b", ftext) for n in names)]
    return left


def main():
    atc = load_atc()
    ids = [L["id"] for L in LETTERS]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    out_l, out_g = HERE / "letters", HERE / "gold"
    out_l.mkdir(exist_ok=True)
    out_g.mkdir(exist_ok=True)
    for L in LETTERS:
        left = check(L, atc)
        g = L["gold"]
        rec = {"id": L["id"]}
        for k in ["patient"] + ALL_ITEMS:
            rec[k] = g[k]
        rec["gaps"] = gaps_of(g)
        if left:
            print(f"  {L['id']}: named but not current: {', '.join(left)}")
        (out_g / f"{L['id']}.json").write_text(json.dumps(rec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        when = L["date"].replace("-", "")
        if L["fmt"] == "pdf":
            try:
                L["text"].encode("cp1252")
                for h, _ in L["header"]:
                    h.encode("cp1252")
            except UnicodeEncodeError as e:
                fail(f"{L['id']}: text not encodable in WinAnsi: {e}")
            n = _render.write_pdf(out_l / f"{L['id']}.pdf", L["header"], L["text"], L["footer"],
                                  date=f"D:{when}090000+01'00'")
            print(f"{L['id']}.pdf  {n} page(s)  gaps={rec['gaps']}")
        elif L["fmt"] == "docx":
            _render.write_docx(out_l / f"{L['id']}.docx", L["blocks"], author=L.get("author", "Secrétariat"),
                               date=f"{L['date']}T09:00:00Z")
            print(f"{L['id']}.docx gaps={rec['gaps']}")
        else:
            data = L["text"].replace("\n", "\r\n") if L.get("crlf") else L["text"]
            (out_l / f"{L['id']}.txt").write_bytes(data.encode("utf-8"))
            print(f"{L['id']}.txt  gaps={rec['gaps']}")
    print(f"{len(LETTERS)} letters written")


if __name__ == "__main__":
    main()
