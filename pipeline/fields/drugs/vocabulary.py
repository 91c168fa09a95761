"""The drug vocabulary: names (INN, brands) to ATC codes, merged from three sources, loaded once.

Sources, in order of precedence (a name keeps the first code that claims it):
the contract's reference table, our additions, EDS-NLP's drug resource.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pipeline.fields.context.context import fold
from pipeline.fields.drugs import patterns

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
_ADDITION_KEYS = {"atc", "inn", "group", "names"}


@dataclass(frozen=True)
class Drug:
    atc: str
    inn: str
    group: str  # the reference table's group, or "other"


@dataclass(frozen=True)
class Vocabulary:
    drugs: dict[str, Drug]  # by ATC code
    names: dict[str, list[str]]  # ATC code -> names to match
    curated: dict[str, list[str]]  # the same, from the reference table and our additions only

    def group_of(self, atc: str) -> str:
        return self.drugs[atc].group if atc in self.drugs else "other"


def _reference_rows(path: Path):
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        atc, dci_fr, inn_en, group, brands = (line.split("\t") + [""] * 5)[:5]
        names = [dci_fr, inn_en, *[b for b in brands.split(",") if b.strip()]]
        yield atc.strip(), inn_en.strip(), group.strip(), names


def _addition_rows(path: Path):
    data = json.loads(path.read_text(encoding="utf-8"))
    for index, entry in enumerate(data["drugs"]):
        unknown = set(entry) - _ADDITION_KEYS
        missing = _ADDITION_KEYS - set(entry)
        if unknown or missing:
            raise ValueError(f"{path.name}: drug #{index}: unknown keys {sorted(unknown)}, missing {sorted(missing)}")
        yield entry["atc"], entry["inn"], entry["group"], entry["names"]


def _eds_rows():
    """EDS-NLP's names, less short ones and everyday words that would match ordinary prose."""
    data = json.loads(resources.files("edsnlp.resources").joinpath("drugs.json").read_text(encoding="utf-8"))
    common = {fold(word) for word in patterns.eds_common_words}
    for atc, names in data.items():
        kept = [n for n in names if len(n) >= patterns.eds_min_length and fold(n.strip()) not in common]
        generic = [n for n in names if n.islower()]
        yield atc, (generic[0] if generic else names[0]).lower() if names else atc, "other", kept


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    drugs: dict[str, Drug] = {}
    names: dict[str, list[str]] = {}
    claimed: set[str] = set()
    curated: dict[str, list[str]] = {}
    sources = [
        (_reference_rows(RESOURCES / "atc-reference.tsv"), True),
        (_addition_rows(RESOURCES / "drug-additions.json"), True),
        (_eds_rows(), False),
    ]
    for rows, is_curated in sources:
        for atc, inn, group, terms in rows:
            drugs.setdefault(atc, Drug(atc, inn, group))
            for term in terms:
                key = fold(" ".join(term.split()))
                if key and key not in claimed:
                    claimed.add(key)
                    names.setdefault(atc, []).append(term.strip())
                    if is_curated:
                        curated.setdefault(atc, []).append(term.strip())
    return Vocabulary(drugs, names, curated)
