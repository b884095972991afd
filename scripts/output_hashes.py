"""Hash every output statementdiff produces on the fixtures and the shared corpus.

A refactor guard: run it before and after a change that must not change output, and compare::

    .venv/bin/python scripts/output_hashes.py > /tmp/before.json
    # ... change the code ...
    .venv/bin/python scripts/output_hashes.py | diff /tmp/before.json -

``--dump DIR`` also writes every output to ``DIR`` (one file per case) so that the cases
that differ can be read side by side. The checkout's own path is replaced by ``<root>`` in
every output before hashing, so two checkouts at different paths hash alike.

It drives only the public command line (``statementdiff.cli.main``), so it keeps working
across internal moves. Covered: the parse tree of every fixture and corpus file; compare in
JSON, text, Markdown and HTML for every fixture pair, every pair of published corpus versions,
consecutive statements of each corpus series, and the cross-statement pairs the tests pin;
series in every format for the fixture series and the corpus series. Generated goldens
(``fixtures/*.expected.*``) are outputs, not inputs, and are skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import itertools
import json
import re
import sys
import tempfile
from pathlib import Path

from statementdiff.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"
DUMP: Path | None = None

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


def _run(case: str, argv: list[str], *, to_file: bool = True) -> str:
    """Run the CLI and return its exit code and the sha256 of what it wrote."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        err = io.StringIO()
        stdout = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(stdout):
            code = main([*argv, "-o", str(out)] if to_file else argv)
        data = out.read_bytes() if out.exists() else stdout.getvalue().encode()
    data = data.replace(str(ROOT).encode(), b"<root>")
    if DUMP is not None:
        (DUMP / re.sub(r"[^\w.-]+", "_", case)).write_bytes(data)
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
    parse_inputs = [
        p
        for p in sorted(FIXTURES.glob("*.txt")) + sorted(FIXTURES.glob("*.html"))
        if ".expected." not in p.name
    ]
    if CORPUS.is_dir():
        parse_inputs += sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html"))
    for path in parse_inputs:
        case = f"parse {path.parent.name}/{path.name}"
        hashes[case] = _run(case, ["parse", str(path), "--format", "json"], to_file=False)
    for name, a, b in _compare_cases():
        if not (a.is_file() and b.is_file()):
            continue
        for fmt in ("json", "text", "markdown", "html"):
            case = f"compare {fmt} {name}"
            hashes[case] = _run(case, ["compare", str(a), str(b), "--format", fmt])
        case = f"compare taiwan {name}"
        hashes[case] = _run(
            case, ["compare", str(a), str(b), "--format", "json", "--topic", "taiwan"]
        )
    series_sets = {"fixture series": sorted(str(p) for p in (FIXTURES / "series").glob("*.txt"))}
    if CORPUS.is_dir():
        series_sets["corpus us-japan"] = sorted(str(p) for p in CORPUS.glob("us-japan-20*.txt"))[:6]
        series_sets["corpus quad"] = sorted(str(p) for p in CORPUS.glob("quad-20*.txt"))
    for name, files in series_sets.items():
        for fmt in ("json", "csv", "text", "markdown", "html"):
            case = f"series {fmt} {name}"
            hashes[case] = _run(case, ["series", *files, "--format", fmt])
        case = f"series taiwan {name}"
        hashes[case] = _run(case, ["series", *files, "--format", "json", "--topic", "taiwan"])
    return hashes


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        DUMP = Path(sys.argv[2])
        DUMP.mkdir(parents=True, exist_ok=True)
    elif len(sys.argv) > 1:
        sys.exit("usage: output_hashes.py [--dump DIR] > hashes.json")
    json.dump(main_hashes(), sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
