"""Segmentation: accuracy of two sentence splitters, and throughput.

Run: ``.venv/bin/python benchmarks/bench_segment.py``

1. Accuracy on the hand-written cases of tests/test_sentences.py (exact boundaries) and over the
   corpus (sentences that start lowercase mid-paragraph or end on an abbreviation), for
   (a) statementdiff's rule-based splitter and (b) nupunkt 0.8 plus the same abbreviation list
   as a merge rule (if nupunkt is installed).
2. Throughput of ``build_sections`` (sentences and clauses) in words per second, on the whole
   corpus and on a 20,000-word text built from the G7 communiqués, reported as a ratio to a
   naive regex splitter (``[^.!?]+[.!?]``) run in the same process.
3. Clauses over the corpus: how many, the share with a predicate, and the most frequent first
   verb-like words of clauses without one (after a subject pronoun, a modal or at the clause
   start): the candidates for ``lexicon/reporting_verbs.toml``.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from statementdiff.read.blocks import RawBlock
from statementdiff.read.text import read_text
from statementdiff.segment.sections import build_sections
from statementdiff.segment.sentences import (
    _CANDIDATE,
    _protected_pairs,
    _should_split,
    _trim,
    load_abbreviations,
    sentence_spans,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT / "tests"))

Splitter = Callable[[str, int, int], list[tuple[int, int]]]


def nupunkt_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """nupunkt's boundaries, minus those the abbreviation list and merge rule reject."""
    import nupunkt

    abbr = load_abbreviations()
    pairs = _protected_pairs(text, start, end)
    chunk = text[start:end]
    bounds = [start + b for _, b in nupunkt.sent_spans(chunk)][:-1]
    spans: list[tuple[int, int]] = []
    sent_start = start
    for b in bounds:
        a, _ = _trim(text, b, b)
        left = b
        while left > sent_start and text[left - 1].isspace():
            left -= 1
        match = None
        for m in _CANDIDATE.finditer(text, max(sent_start, left - 8), left):
            if m.end() == left:
                match = m
        nxt = a
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if match is None or nxt >= end:
            keep = match is None and nxt < end and not text[nxt].islower()
        else:
            keep = _should_split(text, match, sent_start, nxt, end, pairs, abbr)
        if keep:
            spans.append((sent_start, left))
            sent_start = nxt
    spans.append((sent_start, end))
    return [s for s in (_trim(text, x, y) for x, y in spans) if s[0] < s[1]]


def naive_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The baseline: every run of non-terminators up to a terminator."""
    return [m.span() for m in re.finditer(r"[^.!?]+(?:[.!?]+|$)", text[start:end])]


def hand_accuracy(split: Splitter) -> tuple[int, int]:
    from test_sentences import CASES

    good = 0
    for text, expected in CASES:
        if [text[a:b] for a, b in split(text, 0, len(text))] == expected:
            good += 1
    return good, len(CASES)


def corpus_errors(split: Splitter) -> tuple[int, int, int]:
    abbr = load_abbreviations()
    lower = on_abbr = total = 0
    for path in sorted(CORPUS.glob("*.txt")):
        body, blocks = read_text(path.read_text("utf-8"))
        for raw in blocks:
            if raw.kind == "heading":
                continue
            sents = [body[a:b] for a, b in split(body, raw.body_start, raw.end)]
            total += len(sents)
            for k, s in enumerate(sents):
                first = next((c for c in s if c.isalpha()), "")
                if k and first.islower():
                    lower += 1
                if k + 1 < len(sents) and s.endswith("."):
                    word = s.rsplit(None, 1)[-1].lstrip('("\u201c').rsplit("-", 1)[-1]
                    kind = abbr.kind(word)
                    nxt = sents[k + 1].split()[0].strip('("\u201c')
                    if kind == "never" or (kind == "ambiguous" and nxt not in abbr.starters):
                        on_abbr += 1
    return total, lower, on_abbr


def _time(fn: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _g7_20k() -> str:
    paragraphs: list[str] = []
    words = 0
    for path in sorted(CORPUS.glob("g7-*.txt")):
        for para in path.read_text("utf-8").split("\n\n"):
            paragraphs.append(para)
            words += len(para.split())
            if words >= 20_000:
                return "\n\n".join(paragraphs)
    return "\n\n".join(paragraphs)


def _segment_all(texts: list[tuple[str, list[RawBlock]]]) -> None:
    for body, blocks in texts:
        build_sections(body, blocks)


def _naive_all(texts: list[tuple[str, list[RawBlock]]]) -> None:
    for body, blocks in texts:
        for raw in blocks:
            naive_spans(body, raw.body_start, raw.end)


_WORD = re.compile(r"[A-Za-z][\w\u2019'-]*")
_SUBJECTS = {"we", "they", "he", "she", "it", "leaders", "ministers", "sides", "partners"}
_MODALS = {"will", "shall", "would", "can", "must", "should", "could", "may"}
_SKIP = {"also", "further", "to", "not", "jointly", "together", "again", "closely", "now"}
_FUNCTION = {"the", "a", "an", "of", "for", "to", "in", "on", "and", "our", "their", "its"}


def _first_verb(text: str) -> str | None:
    """The first verb-like word of a clause: after a modal or subject pronoun, or its start."""
    low = [w.lower() for w in _WORD.findall(text)]
    for i, w in enumerate(low[:10]):
        if w in _MODALS or w in _SUBJECTS:
            j = i + 1
            while j < len(low) and (low[j] in _SKIP or low[j] in _MODALS):
                j += 1
            return low[j] if j < len(low) else None
    if low and text[:1].islower() and low[0] not in _FUNCTION:
        return low[0]
    return None


def clause_coverage(top: int = 25) -> tuple[int, int, list[tuple[str, int]]]:
    """Clauses in the corpus, those with a predicate, and the most frequent missed verbs."""
    total = with_predicate = 0
    missed: Counter[str] = Counter()
    for path in sorted(CORPUS.glob("*.txt")):
        body, blocks = read_text(path.read_text("utf-8"))
        for section in build_sections(body, blocks):
            for block in section.blocks:
                for sentence in block.sentences:
                    for clause in sentence.clauses:
                        total += 1
                        if clause.predicate is not None:
                            with_predicate += 1
                        elif (verb := _first_verb(clause.text)) is not None:
                            missed[verb] += 1
    return total, with_predicate, missed.most_common(top)


def main() -> None:
    if not CORPUS.is_dir():
        sys.exit(f"corpus not found at {CORPUS}")
    splitters: dict[str, Splitter] = {"rule-based": sentence_spans}
    try:
        import nupunkt  # noqa: F401

        splitters["nupunkt+merge"] = nupunkt_spans
    except ImportError:
        print("nupunkt not installed: only the rule-based splitter is measured")
    print("splitter        hand-exact  corpus-sents  lowercase-starts  abbrev-ends  sents/s")
    for name, split in splitters.items():
        good, n = hand_accuracy(split)
        total, lower, on_abbr = corpus_errors(split)
        secs = _time(lambda split=split: corpus_errors(split), repeat=2)  # type: ignore[misc]
        print(f"{name:15} {good:>4}/{n:<5}  {total:>12}  {lower:>16}  {on_abbr:>11}  "
              f"{total / secs:>7,.0f}")  # fmt: skip

    texts = [read_text(p.read_text("utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    words = sum(len(body.split()) for body, _ in texts)
    base = _time(lambda: _naive_all(texts))
    full = _time(lambda: _segment_all(texts), repeat=3)
    print(f"\ncorpus: {len(texts)} texts, {words:,} words")
    print(f"  build_sections: {words / full:,.0f} words/s ({full * 1000:.0f} ms); "
          f"{full / base:.1f}x the naive regex splitter")  # fmt: skip
    g7 = [read_text(_g7_20k())]
    g7_words = len(g7[0][0].split())
    g7_base = _time(lambda: _naive_all(g7))
    g7_time = _time(lambda: _segment_all(g7), repeat=3)
    print(f"G7 text of {g7_words:,} words: {g7_time * 1000:.0f} ms, {g7_words / g7_time:,.0f} "
          f"words/s; {g7_time / g7_base:.1f}x the naive regex splitter")  # fmt: skip
    total, with_predicate, missed = clause_coverage()
    print(f"\nclauses: {total:,}, with a predicate: {with_predicate:,} "
          f"({with_predicate / total:.1%})")  # fmt: skip
    print("most frequent first words of clauses without a predicate:")
    print("  " + ", ".join(f"{verb} {n}" for verb, n in missed))


if __name__ == "__main__":
    main()
