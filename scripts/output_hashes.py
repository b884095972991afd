"""Hash every output statementdiff produces on the fixtures and the shared corpus.

A refactor guard: run it before and after a change that must not change output, and compare::

    .venv/bin/python scripts/output_hashes.py > /tmp/before.json
    # ... change the code ...
    .venv/bin/python scripts/output_hashes.py | diff /tmp/before.json -

It drives only the public command line (``statementdiff.cli.main``), so it keeps working
across internal moves. Covered: the parse tree of every fixture and corpus file; compare in
JSON, text, Markdown and HTML for every fixture pair, every pair of published corpus versions,
consecutive statements of each corpus series, and the cross-statement pairs the tests pin;
series in every format for the fixture series and the corpus series.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import sys
import tempfile
from pathlib import Path

from statementdiff.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"

CROSS_PAIRS = (
    (
        "us-japan-2021-04-16-joint-leaders-statement.txt",
        "us-rok-2021-05-21-leaders-joint-statement.txt",
    ),
    ("quad-2022-05-24-joint-leaders-statement.txt", "quad-2023-05-20-leaders-joint-statement.txt"),
    ("g7-2023-05-20-hiroshima-communique.txt", "g7-2024-06-14-apulia-communique.txt"),
    (
        "us-rok-2022-05-21-leaders-joint-statement.txt",
        "us-rok-2023-04-26-washington-declaration.txt",
    ),
)


def _run(argv: list[str], *, to_file: bool = True) -> str:
    """Run the CLI and return its exit code and the sha256 of what it wrote."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        err = io.StringIO()
        stdout = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(stdout):
            code = main([*argv, "-o", str(out)] if to_file else argv)
        data = out.read_bytes() if out.exists() else stdout.getvalue().encode()
    return f"{code}:{hashlib.sha256(data).hexdigest()[:16]}"


def _compare_cases() -> list[tuple[str, Path, Path]]:
    cases = [
        ("fixture leaders-2031", FIXTURES / "leaders-2031-a.txt", FIXTURES / "leaders-2031-b.txt"),
        (
            "fixture communique-2032",
            FIXTURES / "communique-2032.txt",
            FIXTURES / "communique-2032-revised.txt",
        ),
    ]
    if not CORPUS.is_dir():
        return cases
    manifest = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))
    for doc in manifest:
        files = [v["file"] for v in doc.get("versions") or []]
        for x, y in itertools.pairwise(files):
            cases.append((f"versions {doc['slug']} {x}", CORPUS / x, CORPUS / y))
    by_series: dict[str, list[tuple[str, str]]] = {}
    for doc in manifest:
        by_series.setdefault(doc.get("series") or "", []).append((doc["date"], doc["slug"]))
    for series, docs in sorted(by_series.items()):
        ordered = sorted(docs)
        for (_, x), (_, y) in itertools.pairwise(ordered):
            cases.append((f"series {series} {x}", CORPUS / f"{x}.txt", CORPUS / f"{y}.txt"))
    for x, y in CROSS_PAIRS:
        cases.append((f"cross {x}", CORPUS / x, CORPUS / y))
    return cases


def main_hashes() -> dict[str, str]:
    """Every output's hash, keyed by a readable case name."""
    hashes: dict[str, str] = {}
    parse_inputs = sorted(FIXTURES.glob("*.txt")) + sorted(FIXTURES.glob("*.html"))
    if CORPUS.is_dir():
        parse_inputs += sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html"))
    for path in parse_inputs:
        hashes[f"parse {path.parent.name}/{path.name}"] = _run(
            ["parse", str(path), "--format", "json"], to_file=False
        )
    for name, a, b in _compare_cases():
        if not (a.is_file() and b.is_file()):
            continue
        for fmt in ("json", "text", "markdown", "html"):
            hashes[f"compare {fmt} {name}"] = _run(["compare", str(a), str(b), "--format", fmt])
        hashes[f"compare taiwan {name}"] = _run(
            ["compare", str(a), str(b), "--format", "json", "--topic", "taiwan"]
        )
    series_sets = {"fixture series": sorted(str(p) for p in (FIXTURES / "series").glob("*.txt"))}
    if CORPUS.is_dir():
        series_sets["corpus us-japan"] = sorted(str(p) for p in CORPUS.glob("us-japan-20*.txt"))[:6]
        series_sets["corpus quad"] = sorted(str(p) for p in CORPUS.glob("quad-20*.txt"))
    for name, files in series_sets.items():
        for fmt in ("json", "csv", "text", "markdown", "html"):
            hashes[f"series {fmt} {name}"] = _run(["series", *files, "--format", fmt])
        hashes[f"series taiwan {name}"] = _run(
            ["series", *files, "--format", "json", "--topic", "taiwan"]
        )
    return hashes


if __name__ == "__main__":
    json.dump(main_hashes(), sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
