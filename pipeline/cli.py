"""Command line: `rcp-intake convert` (also `python -m pipeline convert`)."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from pipeline import __version__
from pipeline.batch import collect_inputs, run_batch
from pipeline.errors import ExitCode
from pipeline.gaps import DEFAULT_RULES, RuleFileError, load_rules
from pipeline.returnform.command import run_merge
from pipeline.workers import Limits

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
  rcp-intake convert a.pdf b.docx --out out/ --workers 2
  rcp-intake merge out/a-formulaire-retour.docx --record out/a.xml

A letter whose content, the pipeline and the gap rules are unchanged since its record
was written is not converted again (state kept in OUT/.rcp-intake-state.sqlite).
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rcp-intake", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"rcp-intake {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    convert = commands.add_parser(
        "convert", help="convert letters to XML records",
        description="Convert letters (files, or folders read recursively) into OUT/<name>.xml, "
                    "one line per letter (progress), then a summary.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    convert.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="letter files or folders of letters")
    convert.add_argument("--out", "-o", type=Path, required=True, metavar="DIR", help="folder for the XML records")
    convert.add_argument("--rules", type=Path, default=DEFAULT_RULES, metavar="FILE",
                         help="gap rule file (default: schemas/gap-rules.json)")
    convert.add_argument("--workers", "-j", type=int, default=os.cpu_count() or 1, metavar="N",
                         help="worker processes (default: the number of cores); 0 converts in this process")
    convert.add_argument("--time-limit", type=float, default=Limits.seconds, metavar="SECONDS",
                         help=f"per letter; a letter taking longer is reported as failed (default {Limits.seconds:g})")
    convert.add_argument("--memory-limit", type=int, default=Limits.memory_mb, metavar="MB",
                         help=f"memory a worker may use for one letter (default {Limits.memory_mb})")
    convert.add_argument("--force", action="store_true",
                         help="convert every letter again, even those whose record is up to date")
    convert.add_argument("--verbose", "-v", action="store_true", help="log pipeline details (never letter text)")
    merge = commands.add_parser(
        "merge", help="complete a record with the answers of its return form",
        description="Merge a completed return form (OUT/<name>-formulaire-retour.docx) into the record it was "
                    "written for: writes OUT/<form name>.xml and its report, gaps recomputed.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    merge.add_argument("form", type=Path, metavar="FORM", help="the completed return form")
    merge.add_argument("--record", type=Path, required=True, metavar="XML", help="the record the form was written for")
    merge.add_argument("--out", "-o", type=Path, metavar="DIR", help="output folder (default: the record's)")
    merge.add_argument("--rules", type=Path, default=DEFAULT_RULES, metavar="FILE",
                       help="gap rule file (default: schemas/gap-rules.json)")
    merge.add_argument("--verbose", "-v", action="store_true", help="log pipeline details (never letter text)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings on broken files repeat our reasons
    try:
        rules = load_rules(args.rules)
    except RuleFileError as exc:
        print(f"rcp-intake: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    if args.command == "merge":
        return run_merge(args.form, args.record, args.out, rules)
    inputs, problems = collect_inputs(args.inputs)
    if not inputs and not problems:
        print("rcp-intake: no letter found in the inputs", file=sys.stderr)
        return ExitCode.USAGE
    try:
        summary = run_batch(inputs, args.out, rules, problems=problems, workers=max(args.workers, 0),
                            limits=Limits(args.time_limit, args.memory_limit), force=args.force)
    except KeyboardInterrupt:
        print("rcp-intake: interrupted", file=sys.stderr)
        return ExitCode.INTERNAL_ERROR
    return summary.exit_code
