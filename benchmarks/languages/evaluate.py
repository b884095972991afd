"""Cross-lingual evaluation (issue #16): alignment P/R, entity agreement, drift labels, lens.

Run from the repository root: ``.venv/bin/python benchmarks/languages/evaluate.py``.
Reads the frozen translations in ``fixtures/translations/`` and the English originals in
``../shared/corpus/``; prints one line per translation and a summary, and the seconds
each step took (the encoder's first load included in the first comparison).

Alignment is scored on clause links: a predicted link (English clause, translation clause)
is correct when the gold file pairs their sentences. Precision = correct links / predicted
links; recall = clauses of the translated part (both sides) in at least one correct link /
all such clauses. English clauses outside the translated paragraphs must stay unpaired
(a link from one of them is a wrong link).
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from statementdiff import compare, parse_file
from statementdiff.models import Diff, Statement

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures" / "translations"
CORPUS = ROOT.parent / "shared" / "corpus"


def _sentence(clause_id: str) -> str:
    return clause_id.rsplit(".", 1)[0]


def alignment_scores(diff: Diff, gold: list[list[str]]) -> tuple[float, float, int]:
    pairs = {(a, b) for a, b in gold}
    en_sentences = {a for a, _ in gold}
    links = [(x, y) for p in diff.pairs for x in p.a for y in p.b]
    correct = [(x, y) for x, y in links if (_sentence(x), _sentence(y)) in pairs]
    covered = {x for x, _ in correct} | {y for _, y in correct}
    wanted = {c.id for c in diff.a.clauses() if _sentence(c.id) in en_sentences}
    wanted |= {c.id for c in diff.b.clauses()}
    precision = len(correct) / len(links) if links else 0.0
    recall = len(covered & wanted) / len(wanted) if wanted else 0.0
    return precision, recall, len(links) - len(correct)


def entity_agreement(
    en: Statement, tr: Statement, gold: list[list[str]]
) -> tuple[bool, int, int, list[str]]:
    """(every English entity found, rows with equal counts, rows, differences)."""
    sentences = {a for a, _ in gold}
    a = Counter(m.name for c in en.clauses() if _sentence(c.id) in sentences for m in c.entities)
    b = Counter(m.name for c in tr.clauses() for m in c.entities)
    names = sorted(set(a) | set(b))
    equal = sum(1 for n in names if a[n] == b[n])
    diffs = [f"{n} {a[n]}↔{b[n]}" for n in names if a[n] != b[n]]
    return set(a) <= set(b), equal, len(names), diffs


def drift_scores(diff: Diff, drifts: list[dict[str, str]]) -> tuple[int, int, list[str], list[str]]:
    """(planted drifts labelled, planted, missed, extra labels)."""
    labels = [
        (_sentence(x), c.kind, c.detail) for p in diff.pairs for c in p.changes for x in p.a[:1]
    ]
    found = 0
    missed = []
    used: set[int] = set()
    for drift in drifts:
        hit = next(
            (
                k
                for k, (s, kind, _) in enumerate(labels)
                if k not in used and s == drift["english_sentence"] and kind == drift["kind"]
            ),
            None,
        )
        if hit is None:
            missed.append(f"{drift['id']} {drift['kind']} {drift['english_sentence']}")
        else:
            used.add(hit)
            found += 1
    extra = [
        f"{s} {kind} ({detail})" for k, (s, kind, detail) in enumerate(labels) if k not in used
    ]
    return found, len(drifts), missed, extra


def main() -> int:
    if not (CORPUS / "MANIFEST.json").is_file():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    totals = Counter()
    started = time.perf_counter()
    for gold_path in sorted(FIXTURES.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        drifts = json.loads(
            gold_path.with_name(gold_path.name.replace(".gold.", ".drifts.")).read_text(
                encoding="utf-8"
            )
        )
        en = parse_file(CORPUS / gold["english"])
        tr = parse_file(FIXTURES / gold["translation"])
        drifted = parse_file(FIXTURES / drifts["drifted"])
        t0 = time.perf_counter()
        faithful = compare(en, tr)
        t1 = time.perf_counter()
        shifted = compare(en, drifted)
        p, r, wrong = alignment_scores(faithful, gold["sentences"])
        all_found, equal, rows, diffs = entity_agreement(en, tr, gold["sentences"])
        found, planted, missed, extra = drift_scores(shifted, drifts["drifts"])
        clean_extra = drift_scores(faithful, [])[3]
        print(
            f"{gold['translation']}: P {p:.3f} R {r:.3f} (wrong links {wrong}); "
            f"in order: {'in order' in faithful.notes[0]}; entities all found {all_found}, "
            f"equal counts {equal}/{rows}; drifts labelled {found}/{planted}, extra on drifted "
            f"{len(extra)}, labels on faithful {len(clean_extra)}; compare {t1 - t0:.1f} s"
        )
        for line in [*diffs, *missed, *extra, *clean_extra]:
            print("   ", line)
        totals.update(
            links_p=p,
            links_r=r,
            n=1,
            found=found,
            planted=planted,
            extra=len(extra),
            faithful=len(clean_extra),
            entity_ok=int(all_found),
        )
    n = totals["n"]
    print(
        f"mean P {totals['links_p'] / n:.3f} R {totals['links_r'] / n:.3f}; entity sets agree "
        f"{totals['entity_ok']}/{n}; drifts {totals['found']}/{totals['planted']}, extra "
        f"{totals['extra']}; labels on faithful translations {totals['faithful']}; "
        f"{time.perf_counter() - started:.0f} s in all"
    )
    lens()
    return 0


def lens() -> None:
    """U.S.-Japan 2021 (ja and en) against U.S.-ROK 2021 (en), topic taiwan."""
    rok = parse_file(CORPUS / "us-rok-2021-05-21-leaders-joint-statement.txt")
    for name in ("us-japan-2021-04-16-joint-leaders-statement.txt",):
        for side, path in (
            ("en", CORPUS / name),
            ("ja", FIXTURES / name.replace(".txt", ".ja.txt")),
            ("ko", FIXTURES / name.replace(".txt", ".ko.txt")),
        ):
            d = compare(parse_file(path), rok, topic="taiwan")
            a = parse_file(path)
            pairs = [(" + ".join(a.node(x).text for x in p.a), p.b) for p in d.pairs]
            only_a = [o.text for o in d.only_a]
            only_b = [o.id for o in d.only_b]
            head = f"lens taiwan, {side} U.S.-Japan vs en U.S.-ROK"
            print(f"{head}: pairs {pairs}; only A {only_a}; only B {only_b}")


if __name__ == "__main__":
    raise SystemExit(main())
