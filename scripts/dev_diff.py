"""Show, letter by letter, where the records in an XML folder differ from the dev corpus gold.

    python scripts/dev_diff.py XML_DIR [ITEM ...] [--gold GOLD_DIR]   (default: the dev corpus gold)

Development aid: reads the gold through ../shared/tools/score.py so both agree on the format.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
sys.path.insert(0, str(SHARED / "tools"))
import score  # noqa: E402


def main(argv: list[str]) -> int:
    gold_dir = SHARED / "corpus" / "dev" / "gold"
    if "--gold" in argv:
        at = argv.index("--gold")
        gold_dir, argv = Path(argv[at + 1]), argv[:at] + argv[at + 2:]
    xml_dir, wanted = Path(argv[0]), set(argv[1:])
    reference = score.load_atc_reference(SHARED / "spec" / "atc-reference.tsv")
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        predicted = score.read_prediction(xml_dir / f"{gold_path.stem}.xml", reference)
        for item in ["patient", *score.ITEMS, "gaps"]:
            if wanted and item not in wanted:
                continue
            expected, got = gold.get(item), predicted.get(item)
            if item == "gaps":
                expected = sorted(tuple(g) for g in expected or [])
            elif isinstance(expected, dict):
                got = {key: got.get(key) for key in expected}
                got = {k: sorted(v) if isinstance(v, list) else v for k, v in got.items()}
                expected = {k: sorted(v) if isinstance(v, list) else v for k, v in expected.items()}
            if expected != got:
                print(f"{gold_path.stem} {item}\n   gold {expected}\n   got  {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
