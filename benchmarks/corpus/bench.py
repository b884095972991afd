"""Corpus index: build time against parsing alone, index size, peak memory, query latency.

Three inputs: the shared corpus (``../shared/corpus``, 65 files); synthetic archives of
statements made from its plain-text statements with seeded edits (paragraphs dropped, words
swapped, paragraphs borrowed from another statement, a random date in the file name); and
synthetic archives of clause-sized documents (one to four sentences of the corpus, mostly
consecutive, with the same word swaps, a word dropped now and then, and a random date). All
are generated into a temporary directory at run time. Each build runs in a child process so
its peak memory (``ru_maxrss``) is its own. Figures go to docs/corpus.md.

Run: ``nice -n 19 .venv/bin/python benchmarks/corpus/bench.py [--sizes 500 2000]
[--clause-docs 100000] [--workers 2] [--no-corpus]``.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from statementdiff import parse_file
from statementdiff.corpus import Corpus
from statementdiff.corpus.ingest import expand

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
PHRASES = [
    "peace and stability across the Taiwan Strait",
    "free and open Indo-Pacific",
    "rules-based international order",
    "complete denuclearization of the Korean Peninsula",
    "critical minerals",
    "supply chains",
    "climate crisis",
    "economic coercion",
    "South China Sea",
    "we reaffirm",
    "human rights",
    "Xinjiang",
]
SWAPS = [
    ("reaffirm", "reiterate"),
    ("strongly", "firmly"),
    ("will", "intend to"),
    ("support", "welcome"),
    ("concern", "serious concern"),
]


def synthesize(folder: Path, count: int, seed: int = 18) -> None:
    """Write ``count`` edited copies of the corpus's plain-text statements into ``folder``."""
    rng = random.Random(seed)
    bases = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    paragraphs = [[x for x in b.split("\n\n") if x.strip()] for b in bases]
    start = datetime.date(2000, 1, 1).toordinal()
    for i in range(count):
        paras = list(rng.choice(paragraphs))
        paras = [p for p in paras if rng.random() > 0.1] or paras[:1]
        for _ in range(rng.randint(0, 2)):
            paras.insert(rng.randrange(len(paras) + 1), rng.choice(rng.choice(paragraphs)))
        text = "\n\n".join(paras)
        for old, new in rng.sample(SWAPS, rng.randint(0, 3)):
            text = text.replace(f" {old} ", f" {new} ")
        day = datetime.date.fromordinal(start + rng.randrange(26 * 365))
        (folder / f"syn-{day.isoformat()}-{i:05d}.txt").write_text(text, encoding="utf-8")


def synthesize_clauses(folder: Path, count: int, seed: int = 18) -> None:
    """Write ``count`` clause-sized documents (one to four corpus sentences) into ``folder``."""
    rng = random.Random(seed)
    bases = [[s.text for s in parse_file(p).sentences()] for p in sorted(CORPUS.glob("*.txt"))]
    start = datetime.date(2000, 1, 1).toordinal()
    for i in range(count):
        size = rng.choice((1, 1, 2, 2, 3, 4))
        if rng.random() < 0.7:
            base = rng.choice(bases)
            at = rng.randrange(max(1, len(base) - size + 1))
            sentences = base[at : at + size]
        else:
            sentences = [rng.choice(rng.choice(bases)) for _ in range(size)]
        text = " ".join(sentences)
        for old, new in rng.sample(SWAPS, rng.randint(0, 2)):
            text = text.replace(f" {old} ", f" {new} ")
        if rng.random() < 0.3:
            words = text.split(" ")
            if len(words) > 3:
                del words[rng.randrange(1, len(words) - 1)]
            text = " ".join(words)
        day = datetime.date.fromordinal(start + rng.randrange(26 * 365))
        (folder / f"doc-{day.isoformat()}-{i:06d}.txt").write_text(text, encoding="utf-8")


def measure(
    folder: Path, executor: str | None, parse_sample: int, workers: int
) -> dict[str, float]:
    """Build an index of ``folder`` and query it; runs in a child process."""
    files = expand([folder])
    sample = files[:parse_sample]
    t = time.perf_counter()
    for path in sample:
        parse_file(path, parties=None)
    parse_per_file = (time.perf_counter() - t) / max(1, len(sample))
    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "index.sqlite"
        t = time.perf_counter()
        manifest = CORPUS / "MANIFEST.json" if folder == CORPUS else None
        if executor == "process":
            with concurrent.futures.ProcessPoolExecutor(workers) as pool:
                corpus = Corpus.build([folder], index=index, executor=pool, manifest=manifest)
        else:
            corpus = Corpus.build([folder], index=index, executor=executor, manifest=manifest)  # type: ignore[arg-type]
        build = time.perf_counter() - t
        build_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        worker_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size = index.stat().st_size
        latencies = []
        for phrase in PHRASES:
            t = time.perf_counter()
            corpus.occurrences(phrase)
            latencies.append(time.perf_counter() - t)
        t = time.perf_counter()
        pairs = corpus.reuse(min_share=0.5, limit=100)
        reuse = time.perf_counter() - t
        t = time.perf_counter()
        corpus.coverage("Xinjiang")
        coverage = time.perf_counter() - t
        clauses = corpus._con.execute("SELECT COUNT(*) FROM clauses").fetchone()[0]
        corpus.close()
    return {
        "files": len(files),
        "clauses": clauses,
        "parse_per_file_ms": parse_per_file * 1000,
        "build_s": build,
        "build_per_file_ms": build / len(files) * 1000,
        "size_mb": size / 1e6,
        "occurrences_median_ms": statistics.median(latencies) * 1000,
        "occurrences_max_ms": max(latencies) * 1000,
        "reuse_s": reuse,
        "reuse_pairs": len(pairs),
        "coverage_ms": coverage * 1000,
        "build_rss_mb": build_rss,
        "worker_rss_mb": worker_rss,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


MEMORY_GB = 8
"""Address-space limit of each build's child process (and its workers): on a shared machine a
run that needs more fails with MemoryError instead of starving everyone else."""


def _limit_memory() -> None:
    limit = MEMORY_GB * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _child(folder: Path, executor: str, parse_sample: int, workers: int) -> dict[str, float]:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            str(folder),
            "--executor",
            executor,
            "--parse-sample",
            str(parse_sample),
            "--workers",
            str(workers),
        ],
        capture_output=True,
        text=True,
        check=True,
        preexec_fn=_limit_memory,
    ).stdout
    return dict(json.loads(out))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[500, 2000])
    parser.add_argument("--clause-docs", type=int, nargs="*", default=[])
    parser.add_argument("--workers", type=int, default=2, help="process pool size (default 2)")
    parser.add_argument("--no-corpus", action="store_true", help="skip the shared corpus runs")
    parser.add_argument("--executor", default="process", choices=("serial", "process", "dask"))
    parser.add_argument("--parse-sample", type=int, default=200)
    parser.add_argument("--child", default=None)
    args = parser.parse_args()
    if args.child:
        executor = None if args.executor == "serial" else args.executor
        print(json.dumps(measure(Path(args.child), executor, args.parse_sample, args.workers)))
        return 0
    if not CORPUS.is_dir():
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    runs = [("corpus serial", CORPUS, "serial"), ("corpus " + args.executor, CORPUS, args.executor)]
    if args.no_corpus:
        runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder = Path(tmp) / f"syn{size}"
            folder.mkdir()
            synthesize(folder, size)
            runs.append((f"synthetic {size} {args.executor}", folder, args.executor))
        for size in args.clause_docs:
            folder = Path(tmp) / f"docs{size}"
            folder.mkdir()
            t = time.perf_counter()
            synthesize_clauses(folder, size)
            print(f"wrote {size} clause documents in {time.perf_counter() - t:.0f} s", flush=True)
            runs.append((f"clause docs {size} {args.executor}", folder, args.executor))
        for name, folder, executor in runs:
            r = _child(folder, executor, args.parse_sample, args.workers)
            print(
                f"{name:<28} {r['files']:>6.0f} files {r['clauses']:>8.0f} clauses | "
                f"parse {r['parse_per_file_ms']:6.1f} ms/file, build {r['build_per_file_ms']:6.1f} "
                f"ms/file (x{r['build_per_file_ms'] / r['parse_per_file_ms']:.2f}), "
                f"{r['build_s']:6.1f} s | {r['size_mb']:6.1f} MB | occurrences median "
                f"{r['occurrences_median_ms']:6.2f} ms, max {r['occurrences_max_ms']:6.2f} ms | "
                f"reuse {r['reuse_s']:6.2f} s ({r['reuse_pairs']:.0f} pairs) | coverage "
                f"{r['coverage_ms']:6.2f} ms | RSS after build {r['build_rss_mb']:.0f} MB "
                f"(workers {r['worker_rss_mb']:.0f} MB), after queries {r['peak_rss_mb']:.0f} MB",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
