"""Structured worst cases, end to end: parse both sides and compare them within a budget.

Each case is generated at the size of a default limit (many clauses, one maximal sentence,
deep HTML, many distinct clauses, many identical clauses) and run in a child process under
a CPU-time and address-space limit (``resource.setrlimit``), so an input that would take
quadratic time or memory fails the test instead of hanging the suite. A case either gives a
``Diff`` or is refused with a ``ParseError`` naming a limit; nothing else is accepted.
Timings are printed for the worst-case table in docs/design.md, never asserted.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

resource = pytest.importorskip("resource", reason="needs POSIX resource limits")

CPU_SECONDS = 60
MEMORY_BYTES = 3 * 1024**3

_CHILD = textwrap.dedent(
    """
    import json, random, resource, sys, time
    from statementdiff import StatementDiffError, compare, parse

    def words(rng, n):
        vocab = [f"w{k}" for k in range(5000)]
        return " ".join(rng.choice(vocab) for _ in range(n))

    def case(name):
        rng = random.Random(7)
        if name == "many-identical-clauses":
            a = "We agree. " * 19_000
            return a, a.replace("agree", "concur", 500)
        if name == "many-distinct-clauses":
            sentences = [f"We {words(rng, 12)}." for _ in range(8_000)]
            b = sentences[:]
            rng.shuffle(b)
            return "\\n\\n".join(sentences), "\\n\\n".join(b[:7_000])
        if name == "one-maximal-sentence":
            tokens = words(rng, 2_900).split()
            shuffled = tokens[:]
            rng.shuffle(shuffled)
            return "We " + " ".join(tokens) + ".", "We " + " ".join(shuffled) + "."
        if name == "semicolon-chain":
            return "We agree; " * 1_900 + "done.", "We concur; " * 1_900 + "done."
        if name == "deep-html":
            a = "<html><body>" + "<div><p>We agree on item %d.</p>" * 900 + "</body></html>"
            return (a % tuple(range(900)), a % tuple(range(900, 1800)))
        raise SystemExit(f"unknown case {name}")

    name = sys.argv[1]
    a_text, b_text = case(name)
    start = time.process_time()
    try:
        a, b = parse(a_text), parse(b_text)
        diff = compare(a, b)
        outcome = f"diff: {len(diff.pairs)} pairs, {len(diff.only_a)} removed"
    except StatementDiffError as exc:
        outcome = f"refused: {type(exc).__name__}: {exc}"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"outcome": outcome, "cpu": time.process_time() - start, "peak_mb": peak}))
    """
)

CASES = (
    "many-identical-clauses",
    "many-distinct-clauses",
    "one-maximal-sentence",
    "semicolon-chain",
    "deep-html",
)


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


@pytest.mark.parametrize("name", CASES)
def test_worst_case_finishes_within_its_budget(name: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, name],
        capture_output=True,
        text=True,
        preexec_fn=_limit,
        timeout=CPU_SECONDS * 3,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{name}: {result}")
    outcome = result["outcome"]
    assert outcome.startswith("diff: ") or "LimitExceededError" in outcome, outcome
