"""Gaps from the rule file `schemas/gap-rules.json`, applied to the record's XML in one place."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree

from pipeline.record import Gap
from pipeline.xml_writer import NS

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
DEFAULT_RULES = SCHEMAS / "gap-rules.json"
GAP_ITEMS = ("primaryTumor", "boneDiagnosis", "pain", "currentMedications", "priorLocalTreatments",
             "boneTargetedTherapy", "anticoagulation", "prognosis", "therapeuticProject")
KIND_OF_STATUS = {"unknown": "missing", "uncertain": "uncertain", "conflicting": "conflicting"}
SEVERITIES = ("blocking", "major", "minor")
_RULE_KEYS = {"severity", "question", "requires"}
_ITEM_KEYS = {"label", "missing", "uncertain", "conflicting", "incomplete"}
_UNREADABLE_KEYS = {"severity", "question", "minimumConfidence"}


class RuleFileError(ValueError):
    """The gap rule file does not follow its format."""


@dataclass(frozen=True)
class Rule:
    severity: str
    question: str
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class GapRules:
    items: dict[str, dict[str, Rule]]
    labels: dict[str, str]
    unreadable: Rule
    minimum_ocr_confidence: float
    digest: str = ""  # of the rule file: records made under other rules are made again


def _rule(where: str, data: dict, allowed: set[str]) -> Rule:
    unknown = set(data) - allowed
    if unknown:
        raise RuleFileError(f"{where}: unknown keys {sorted(unknown)}")
    if data.get("severity") not in SEVERITIES:
        raise RuleFileError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    if not str(data.get("question", "")).strip():
        raise RuleFileError(f"{where}: a question is required")
    return Rule(data["severity"], data["question"].strip(), tuple(data.get("requires", ())))


@lru_cache(maxsize=8)
def load_rules(path: Path = DEFAULT_RULES) -> GapRules:
    """Read and check the rule file (unknown keys and severities are errors)."""
    try:
        raw = Path(path).read_bytes()
        data = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RuleFileError(f"{path}: cannot be read as JSON ({exc})") from exc
    unknown = set(data) - {"_comment", "items", "unreadable"}
    if unknown:
        raise RuleFileError(f"{path}: unknown keys {sorted(unknown)}")
    items, labels = {}, {}
    for item, rules in data.get("items", {}).items():
        if item not in GAP_ITEMS:
            raise RuleFileError(f"{path}: unknown item {item!r}")
        if set(rules) - _ITEM_KEYS:
            raise RuleFileError(f"{path}: {item}: unknown keys {sorted(set(rules) - _ITEM_KEYS)}")
        labels[item] = rules.get("label", item)
        items[item] = {kind: _rule(f"{path}: {item}.{kind}", rule, _RULE_KEYS)
                       for kind, rule in rules.items() if kind != "label"}
    unreadable = data.get("unreadable", {"severity": "major", "question": "Vérifier sur l'original."})
    rule = _rule(f"{path}: unreadable", unreadable, _UNREADABLE_KEYS)
    return GapRules(items, labels, rule, float(unreadable.get("minimumConfidence", 60)),
                    hashlib.sha256(raw).hexdigest())


def compute_gaps(root: etree._Element, rules: GapRules) -> list[Gap]:
    """The gaps of a record, read from its XML (before the gaps element is written)."""
    gaps = []
    for item in GAP_ITEMS:
        section = root.find(f"{{{NS}}}{item}")
        status = section.get("status", "unknown") if section is not None else "unknown"
        item_rules = rules.items.get(item, {})
        kind = KIND_OF_STATUS.get(status)
        if kind is None and status == "present" and "incomplete" in item_rules:
            wanted = item_rules["incomplete"].requires
            if not any(section.find(f"{{{NS}}}{child}") is not None for child in wanted):
                kind = "incomplete"
        if kind and kind in item_rules:
            rule = item_rules[kind]
            gaps.append(Gap(item, kind, rule.severity, rule.question))
    for page in root.iterfind(f"{{{NS}}}provenance/{{{NS}}}ocrPage"):
        if float(page.get("meanConfidence")) < rules.minimum_ocr_confidence:
            gaps.append(Gap("ocr", "unreadable", rules.unreadable.severity,
                            f"Page {page.get('number')} : {rules.unreadable.question}"))
    order = {severity: rank for rank, severity in enumerate(SEVERITIES)}
    return sorted(gaps, key=lambda gap: order[gap.severity])
