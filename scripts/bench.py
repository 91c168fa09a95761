"""`make bench`: speed and memory of the converter on generated letters.

    python scripts/bench.py [--letters N] [--workers W]

Generates N realistic letters (PDF, DOCX and text, 1 to 3 pages; invented patients),
then prints: cold start of `convert` on one letter (the median of three, once the letters
are flushed to disk); warm ms/letter (p50, p95) in one process, and where it goes (reading,
EDS-NLP's pipes, ours, the record); the floor on the same letters (text extraction + spaCy's
French tokenizer) and the ratio to it; the whole batch with W workers (letters/s); the peak
RSS of a process; and, when Tesseract is installed, seconds per scanned page.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# "{a|b}" picks one; letters rarely say the same thing twice, and a line repeated at the same place on
# two pages would be taken for a letterhead.
SENTENCES = [
    "Je vous adresse {title} {name}, {age} ans, pour avis de la RCP métastases osseuses.",
    "Adénocarcinome pulmonaire du lobe {supérieur|inférieur|moyen} {droit|gauche}, stade IV, EGFR {non muté|muté}, "
    "ALK {négatif|non réarrangé}, PD-L1 à {1|30|80} %.",
    "Carcinome {canalaire|lobulaire} infiltrant du sein {gauche|droit}, RE {90|60} %, RP {20|5} %, HER2 {négatif|0}, "
    "diagnostiqué en {2019|2021|2023}.",
    "Adénocarcinome prostatique Gleason {7|8|9}, PSA à {45|120|8} ng/mL, {hormonosensible|résistant à la castration}.",
    "Les métastases osseuses ont été découvertes sur {le TEP-TDM|la scintigraphie|l'IRM} du bilan {d'extension|initial}.",
    "Douleurs {lombaires|dorsales|de hanche} depuis {deux|trois|six} {semaines|mois}, {mécaniques|nocturnes|insomniantes}, "
    "{avec réveils nocturnes|soulagées par le repos|à type de brûlure}.",
    "Pas de douleur osseuse à ce jour, la marche est {normale|conservée|possible sans aide}.",
    "Radiothérapie {de L3|du sacrum|de la hanche droite|de D12}, {8 Gy en une fraction|20 Gy en cinq fractions}, "
    "avec un {bon|faible|net} effet antalgique.",
    "{Jamais irradié|Aucune radiothérapie} sur le plan osseux ; pas de {cimentoplastie|chirurgie osseuse}.",
    "Traitement en cours : {Eliquis 5 mg matin et soir|Xarelto 20 mg le soir|Lovenox 6000 UI par jour}, "
    "{Doliprane 1 g trois fois par jour|Skenan 30 mg matin et soir}, {Inexium 20 mg|Lyrica 75 mg}.",
    "Sous {Xgeva 120 mg toutes les 4 semaines|acide zolédronique tous les 3 mois} depuis {mai|juin|janvier}, "
    "avec {Cacit D3|Calciprat D3}.",
    "Pas de traitement {anticoagulant|anticoagulant au long cours} ni antiagrégant {plaquettaire|}.",
    "{Kardégic 75 mg|Plavix 75 mg} pour {un stent coronaire|une artériopathie} ; {Préviscan|Sintrom} arrêté {en 2023|l'an dernier}.",
    "État général {conservé|altéré}, OMS {0|1|2|3}, vit à domicile avec {son épouse|sa fille|son mari}.",
    "Traitement systémique par {pembrolizumab|osimertinib|enzalutamide|palbociclib} à visée {palliative|de contrôle}.",
    "Question posée : {radiothérapie antalgique|cimentoplastie|chirurgie de stabilisation} "
    "{de la hanche gauche|du rachis lombaire|de l'épaule droite} ? {Avis orthopédique ?|Indication de Xgeva ?}",
]
_CHOICE = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def _written(rng: random.Random, template: str) -> str:
    return _CHOICE.sub(lambda match: rng.choice(match.group(1).split("|")), template)


def _letter_text(rng: random.Random, paragraphs: int) -> list[str]:
    title, name = rng.choice([("M.", "Jean BANC"), ("Mme", "Anne ESSAI"), ("M.", "Luc MODELE")])
    lines = ["Exempleville, le 01/07/2025", SENTENCES[0].format(title=title, name=name, age=rng.randint(40, 90))]
    lines += [_written(rng, rng.choice(SENTENCES[1:])) for _ in range(paragraphs)]
    return lines


def generate(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        pages = rng.randint(1, 3)
        lines = _letter_text(rng, 14 * pages)
        kind = ("pdf", "docx", "txt")[index % 3]
        path = folder / f"lettre{index:05d}.{kind}"
        if kind == "pdf":
            pdf = FPDF()
            pdf.set_font("Helvetica", size=11)
            for page in range(pages):
                pdf.add_page()
                pdf.cell(0, 6, "Centre Hospitalier d'Exempleville - Oncologie", new_x="LMARGIN", new_y="NEXT")
                for line in lines[:2] * (page == 0) + lines[2 + page * 14:2 + (page + 1) * 14]:
                    pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.output(str(path))
        elif kind == "docx":
            document = docx.Document()
            for line in lines:
                document.add_paragraph(line)
            document.save(str(path))
        else:
            path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


FLOOR = """
import sys, time, docx, pypdf, spacy
from pathlib import Path
tokenizer = spacy.blank("fr")
for name in sys.argv[1:]:
    path = Path(name)
    start = time.perf_counter()
    if path.suffix == ".pdf":
        text = "\\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    elif path.suffix == ".docx":
        text = "\\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    else:
        text = path.read_text(encoding="utf-8")
    tokenizer(text)
    print((time.perf_counter() - start) * 1000)
"""


def floor_ms(paths: list[Path]) -> list[float]:
    """Text extraction with pypdf/python-docx and spaCy's blank French tokenizer: the least any reader
    does. Run in a fresh interpreter, where spaCy's French tokenizer is complete (see pipeline/startup.py)."""
    result = subprocess.run([sys.executable, "-c", FLOOR, *map(str, paths)], capture_output=True, text=True, check=True)
    return [float(line) for line in result.stdout.split()]


def warm_ms(paths: list[Path]) -> list[float]:
    from pipeline.convert import convert_document
    from pipeline.nlp import build_nlp
    from pipeline.reading import read_document

    build_nlp()
    times = []
    for path in paths:
        start = time.perf_counter()
        convert_document(read_document(path))
        times.append((time.perf_counter() - start) * 1000)
    return times


def stage_ms(paths: list[Path]) -> dict[str, list[float]]:
    """Where a warm letter's time goes, stage by stage (the pipeline run component by component, as
    pipeline.nlp.analyse runs it)."""
    from pipeline.convert import build_record, conclude
    from pipeline.fields.base import TEXT
    from pipeline.nlp import build_nlp
    from pipeline.reading import read_document

    nlp = build_nlp()
    stages: dict[str, list[float]] = {name: [] for name in STAGES}
    for path in paths:
        start = time.perf_counter()
        document = read_document(path)
        stages["reading"].append(time.perf_counter() - start)
        spent = {"eds": 0.0, "ours": 0.0}
        start = time.perf_counter()
        doc = nlp.make_doc(document.text)
        doc.user_data[TEXT] = document.text
        spent["eds"] += time.perf_counter() - start
        for name, component in nlp.pipeline:
            start = time.perf_counter()
            doc = component(doc)
            spent["eds" if name.startswith("eds.") else "ours"] += time.perf_counter() - start
        stages["EDS-NLP pipes"].append(spent["eds"])
        stages["our pipes"].append(spent["ours"])
        record = build_record(document)
        start = time.perf_counter()
        conclude(record, document)
        stages["record"].append(time.perf_counter() - start)
    return {name: [t * 1000 for t in times] for name, times in stages.items()}


STAGES = {
    "reading": "reading (pypdf, DOCX XML, text)",
    "EDS-NLP pipes": "EDS-NLP: tokenizer, sentences, normaliser, qualifiers",
    "our pipes": "ours: matchers, context, extractors (and EDS dates)",
    "record": "record, XML, gaps, XSD validation",
}


def cli(args: list[str], out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "convert", *args, "--out", str(out)], cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--sample", type=int, default=150, help="letters timed one by one (warm and floor)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rcp-bench-") as tmp:
        tmp_path = Path(tmp)
        print(f"generating {args.letters} letters (PDF, DOCX, text; 1-3 pages)...", flush=True)
        paths = generate(tmp_path / "letters", args.letters)
        os.sync()  # the letters just written are flushed first: their disk writes are no part of a cold start
        colds = sorted(cli(["-j", "0", str(path)], tmp_path / f"cold{index}") for index, path in enumerate(paths[:3]))
        cold = colds[1]  # the median of three cold starts (each a new process) on three letters
        sample = paths[:args.sample]
        floor = floor_ms(sample)
        warm = warm_ms(sample)
        stages = stage_ms(sample)
        batch_seconds = cli(["-j", str(args.workers), str(tmp_path / "letters")], tmp_path / "out")
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        rows = [
            ("cold start, convert on one letter (median of 3)", f"{cold:.2f} s", "target <= 4 s"),
            ("warm ms/letter, p50 / p95", f"{percentile(warm, .5):.1f} / {percentile(warm, .95):.1f} ms", ""),
            *((f"  {label}, p50", f"{percentile(stages[name], .5):.1f} ms", "") for name, label in STAGES.items()),
            ("floor ms/letter (pypdf/docx + spaCy fr tokenizer), p50",
             f"{percentile(floor, .5):.1f} ms", ""),
            ("ratio warm / floor (p50)", f"{percentile(warm, .5) / percentile(floor, .5):.1f} x", "target <= 2 x"),
            ("  ratio reading + EDS-NLP pipes / floor (p50)",
             f"{percentile([r + e for r, e in zip(stages['reading'], stages['EDS-NLP pipes'])], .5) / percentile(floor, .5):.1f} x",
             ""),
            (f"batch of {args.letters} letters, {args.workers} workers",
             f"{batch_seconds:.1f} s ({args.letters / batch_seconds:.1f} letters/s)", "target <= 120 s"),
            ("peak RSS of a process (main or worker)", f"{peak_mb:.0f} MB", "target <= 600 MB"),
        ]
        ocr_bench = ROOT / "scripts" / "bench_ocr.py"
        for label, value, target in rows:
            print(f"{label:62s} {value:>24s}  {target}")
        if ocr_bench.exists():
            subprocess.run([sys.executable, str(ocr_bench)], cwd=ROOT, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
