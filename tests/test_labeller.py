"""The labeller: rules as independent functions of one pair's context, in any order."""

from __future__ import annotations

import ast
import json
import random
from pathlib import Path
from typing import Any

import pytest

from statementdiff import compare, parse, parse_file
from statementdiff.models import Clause, Diff, Statement
from statementdiff.semantics.annotate import label_pair
from statementdiff.semantics.labeller import ACT_KINDS, RULES, Labeller

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
US_JAPAN = ("United States", "Japan")
US_ROK = ("United States", "Republic of Korea")
CORPUS_PAIRS = (
    ("us-japan-2021-04-16-joint-leaders-statement", "us-rok-2021-05-21-leaders-joint-statement"),
    ("quad-2022-05-24-joint-leaders-statement", "quad-2023-05-20-leaders-joint-statement"),
)


def _fixture_pairs() -> list[tuple[Statement, Statement]]:
    return [
        (
            parse_file(FIXTURES / "leaders-2031-a.txt", parties=US_JAPAN),
            parse_file(FIXTURES / "leaders-2031-b.txt", parties=US_ROK),
        ),
        (
            parse_file(FIXTURES / "communique-2032.txt"),
            parse_file(FIXTURES / "communique-2032-revised.txt"),
        ),
    ]


def _relabel_shuffled(a: Statement, b: Statement, diff: Diff, seeds: range) -> int:
    """Label every changed pair of ``diff`` with the rules in shuffled orders; count pairs."""
    by_id_a: dict[str, Clause] = {c.id: c for c in a.clauses()}
    by_id_b: dict[str, Clause] = {c.id: c for c in b.clauses()}
    labelled = 0
    for pair in diff.pairs:
        if all(op.op == "equal" for op in pair.ops):
            continue
        xs = [by_id_a[i] for i in pair.a]
        ys = [by_id_b[i] for i in pair.b]
        every = Labeller(None, (a.parties, b.parties), statements=(a, b)).label(pair, xs, ys)
        # compare() gives them all, or (a pair nothing supports: semantics.support) no act
        assert pair.changes in (every, tuple(c for c in every if c.kind not in ACT_KINDS))
        for seed in seeds:
            rules = list(RULES)
            random.Random(seed).shuffle(rules)
            shuffled = Labeller(None, (a.parties, b.parties), rules=rules, statements=(a, b))
            assert shuffled.label(pair, xs, ys) == every, (seed, pair.a, pair.b)
        labelled += 1
    return labelled


def test_rule_order_does_not_change_labels_on_the_fixture_pairs() -> None:
    labelled = 0
    labels = 0
    for a, b in _fixture_pairs():
        diff = compare(a, b)
        labelled += _relabel_shuffled(a, b, diff, range(6))
        labels += sum(len(p.changes) for p in diff.pairs)
    assert labels > 5  # the check has labels to compare
    assert labelled > 5


def test_rule_order_does_not_change_labels_on_corpus_pairs(
    corpus_dir: Path, manifest: list[dict[str, Any]]
) -> None:
    meta = {d["slug"]: d for d in manifest}
    for slug_a, slug_b in CORPUS_PAIRS:
        a = parse_file(corpus_dir / f"{slug_a}.txt", parties=meta[slug_a]["parties"])
        b = parse_file(corpus_dir / f"{slug_b}.txt", parties=meta[slug_b]["parties"])
        diff = compare(a, b)
        assert sum(len(p.changes) for p in diff.pairs) > 10
        assert _relabel_shuffled(a, b, diff, range(3)) > 10


def test_the_qualifier_rule_leaves_the_predicate_to_the_stance_rule() -> None:
    # "support" → "oppose" stands right before a kept entity, but it is the clause's
    # predicate (a stance phrase), never a qualifier of "Japan": the stance rule labels it,
    # and the qualifier rule leaves it alone even when it runs alone.
    a = parse("We support Japan.", parties=US_JAPAN)
    b = parse("We oppose Japan.", parties=US_JAPAN)
    ca, cb = next(a.clauses()), next(b.clauses())
    (pair,) = compare(a, b, threshold=0.1).pairs
    assert [c.kind for c in pair.changes] == ["stance-same"]  # same strength, polarity flips
    only_qualifiers = Labeller(None, (US_JAPAN, US_JAPAN), rules=[RULES[-1]])
    assert only_qualifiers.label(pair, [ca], [cb]) == ()


def test_a_labeller_gives_what_label_pair_gives_and_keeps_no_state_on_models() -> None:
    a, b = _fixture_pairs()[0]
    diff = compare(a, b)
    by_id_a = {c.id: c for c in a.clauses()}
    by_id_b = {c.id: c for c in b.clauses()}
    labeller = Labeller.for_statements((a, b))
    for pair in diff.pairs:
        xs = [by_id_a[i] for i in pair.a]
        ys = [by_id_b[i] for i in pair.b]
        once = labeller.label(pair, xs, ys)
        assert once == labeller.label(pair, xs, ys)  # hits from its own cache, same labels
        assert once == label_pair(pair, xs, ys, a_parties=a.parties, b_parties=b.parties)
    fields = set(Clause.model_fields)
    for clause in (*a.clauses(), *b.clauses()):
        assert set(vars(clause)) <= fields  # nothing stashed on the models


def test_readers_do_not_import_semantics() -> None:
    for path in sorted((ROOT / "src" / "statementdiff" / "read").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                assert "semantics" not in name, (path.name, name)


def test_compare_output_is_the_same_with_a_fresh_labeller_per_call() -> None:
    a, b = _fixture_pairs()[1]
    assert json.loads(compare(a, b).to_json()) == json.loads(compare(a, b).to_json())


@pytest.mark.parametrize("rules", [RULES, tuple(reversed(RULES))])
def test_labels_of_a_small_pair_in_both_rule_orders(rules: tuple[Any, ...]) -> None:
    a = parse("We will expand cooperation with Japan.", parties=US_JAPAN)
    b = parse("We seek to expand cooperation with India.", parties=US_JAPAN)
    ca, cb = next(a.clauses()), next(b.clauses())
    diff = compare(a, b, threshold=0.1)
    (pair,) = diff.pairs
    changes = Labeller(None, (US_JAPAN, US_JAPAN), rules=rules).label(pair, [ca], [cb])
    assert [(c.kind, c.detail) for c in changes] == [
        ("hedge-added", "will (modal) → seek to (hedge)"),
        ("entity-dropped", "Japan → India"),
        ("entity-added", "Japan → India"),
    ]
