"""Command line: `rcp-intake convert` (also `python -m pipeline convert`)."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from pipeline import __version__
from pipeline.batch import collect_inputs, run_batch
from pipeline.errors import ExitCode
from pipeline.gaps import DEFAULT_RULES, RuleFileError, load_rules

DESCRIPTION = """\
Read referral letters for the bone-metastasis tumour board (RCP métastases
osseuses) -- PDF, DOCX, plain text, scans with OCR -- and write one XML record
per letter, validated against schemas/rcp-request.xsd, with the gaps the
coordinator must chase before the meeting (in French).
"""
EPILOG = """\
exit status:
  0  every letter converted, no blocking gap
  1  internal error: the batch could not run
  2  bad command line
  3  every letter converted, at least one with a blocking gap (e.g. anticoagulation unknown)
  4  at least one letter could not be converted (its reason is printed)

examples:
  rcp-intake convert letters/ --out out/
  rcp-intake convert a.pdf b.docx --out out/ --skip-up-to-date
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rcp-intake", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"rcp-intake {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    convert = commands.add_parser(
        "convert", help="convert letters to XML records",
        description="Convert letters (files, or folders read recursively) into OUT/<name>.xml, "
                    "one line per letter, then a summary.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    convert.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="letter files or folders of letters")
    convert.add_argument("--out", "-o", type=Path, required=True, metavar="DIR", help="folder for the XML records")
    convert.add_argument("--rules", type=Path, default=DEFAULT_RULES, metavar="FILE",
                         help="gap rule file (default: schemas/gap-rules.json)")
    convert.add_argument("--skip-up-to-date", action="store_true",
                         help="leave out letters whose XML is newer than the letter")
    convert.add_argument("--verbose", "-v", action="store_true", help="log pipeline details (never letter text)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        rules = load_rules(args.rules)
    except RuleFileError as exc:
        print(f"rcp-intake: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    inputs, problems = collect_inputs(args.inputs)
    if not inputs and not problems:
        print("rcp-intake: no letter found in the inputs", file=sys.stderr)
        return ExitCode.USAGE
    try:
        summary = run_batch(inputs, args.out, rules, problems=problems, skip_up_to_date=args.skip_up_to_date)
    except KeyboardInterrupt:
        print("rcp-intake: interrupted", file=sys.stderr)
        return ExitCode.INTERNAL_ERROR
    return summary.exit_code
