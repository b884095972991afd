"""Paragraph recovery from PDF: pdfminer.six vs pypdf (and statementdiff's own reader).

Run: .venv/bin/python benchmarks/pdf/measure.py [N]

Prints N (default 10) corpus statements (../shared/corpus/*.txt, every k-th in name order) to
PDF on the fly, with headless Chromium when one is installed (its default date/title header
and URL/"n/N" footer kept) and with fpdf2 (title header, print date, "- n -" footer), then
extracts the text with each library and scores its paragraphs against the ``.txt``
paragraphs: a paragraph counts as recovered when its text, with all whitespace removed, is
exactly a reference paragraph's. Precision, recall and F1 are over all paragraphs of all
statements (page furniture left in by a library counts as extra paragraphs). The
"statementdiff" column is ``statementdiff.parse_file`` on the same PDFs, its paragraphs
being its blocks and headings. Nothing is written outside a temporary folder.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT / "tests"))

from _pdf_print import chromium, fpdf_text, paragraphs, print_chromium, print_fpdf  # noqa: E402


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdfminer_paragraphs(path: Path) -> list[str]:
    from pdfminer.high_level import extract_text

    text = extract_text(str(path))
    return [p for p in re.split(r"\n\s*\n|\f", text) if p.strip()]


def pypdf_paragraphs(path: Path) -> list[str]:
    import pypdf

    pages = [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]
    return [p for p in re.split(r"\n\s*\n", "\n\n".join(pages)) if p.strip()]


def statementdiff_paragraphs(path: Path) -> list[str]:
    from statementdiff import parse_file

    statement = parse_file(path)
    out: list[str] = []
    for section in statement.sections:
        if section.heading:
            out.append(section.heading)
        out.extend(block.text for block in section.blocks)
    return out


EXTRACTORS: dict[str, Callable[[Path], list[str]]] = {
    "pdfminer.six": pdfminer_paragraphs,
    "pypdf": pypdf_paragraphs,
    "statementdiff": statementdiff_paragraphs,
}


def score(found: list[str], truth: list[str]) -> tuple[int, int, int]:
    """True positives, found count, truth count (multiset match on whitespace-free text)."""
    f, t = Counter(map(_key, found)), Counter(map(_key, truth))
    return sum((f & t).values()), sum(f.values()), sum(t.values())


def chosen(n: int) -> list[Path]:
    files = sorted(CORPUS.glob("*.txt"))
    step = max(1, len(files) // n)
    return files[::step][:n]


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}; nothing to measure")
        return 0
    printers: dict[str, Callable[[str, str, Path], None]] = {"fpdf2": print_fpdf}
    if chromium():
        printers = {"chromium": print_chromium, **printers}
    totals: dict[tuple[str, str], list[int]] = {}
    seconds: dict[str, float] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for path in chosen(n):
            text = path.read_text(encoding="utf-8")
            title = path.stem.replace("-", " ")
            for printer, make in printers.items():
                pdf = Path(tmp) / f"{path.stem}.{printer}.pdf"
                make(text, title, pdf)
                truth = paragraphs(fpdf_text(text) if printer == "fpdf2" else text)
                for name, extract in EXTRACTORS.items():
                    start = time.perf_counter()
                    try:
                        found = extract(pdf)
                    except Exception as exc:  # report, keep measuring the others
                        print(f"{name} failed on {pdf.name}: {exc}", file=sys.stderr)
                        found = []
                    seconds[name] += time.perf_counter() - start
                    tp, nf, nt = score(found, truth)
                    row = totals.setdefault((printer, name), [0, 0, 0])
                    row[0] += tp
                    row[1] += nf
                    row[2] += nt
    print(f"{n} statements; paragraph recovery (exact text, whitespace ignored)\n")
    print("| printer | extractor | precision | recall | F1 |")
    print("| --- | --- | ---: | ---: | ---: |")
    for (printer, name), (tp, nf, nt) in totals.items():
        p = tp / nf if nf else 0.0
        r = tp / nt if nt else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"| {printer} | {name} | {p:.2f} | {r:.2f} | {f1:.2f} |")
    print(
        "\nextraction time (all PDFs): " + ", ".join(f"{k} {v:.1f} s" for k, v in seconds.items())
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
