"""Property tests of compare(), written with the project's own public strategies."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings

from statementdiff import Diff, Statement, compare
from statementdiff.models import Pair, WordOp
from statementdiff.strategies import EditTruth, edited_pairs, statements

_MIRROR = {"split": "merged", "merged": "split"}
_OPS = {"insert": "delete", "delete": "insert", "equal": "equal"}


def _flip_op(o: WordOp) -> tuple[Any, ...]:
    return (_OPS[o.op], o.text, o.b, o.a)


def _key(p: Pair) -> tuple[Any, ...]:
    return (
        p.a,
        p.b,
        p.relation,
        p.similarity,
        p.moved,
        tuple((o.op, o.text, o.a, o.b) for o in p.ops),
    )


def _mirrored(p: Pair) -> tuple[Any, ...]:
    """The pair seen from the other side; a replacement still reads delete, then insert."""
    rel = _MIRROR.get(p.relation, p.relation)
    ops: list[tuple[Any, ...]] = []
    for o in map(_flip_op, p.ops):
        if o[0] == "delete" and ops and ops[-1][0] == "insert":
            ops.insert(len(ops) - 1, o)
        else:
            ops.append(o)
    return (p.b, p.a, rel, p.similarity, p.moved, tuple(ops))


def assert_mirror(ab: Diff, ba: Diff) -> None:
    assert sorted(_key(p) for p in ab.pairs) == sorted(_mirrored(p) for p in ba.pairs)
    assert ab.only_a == ba.only_b
    assert ab.only_b == ba.only_a
    assert ab.counts.moved == ba.counts.moved
    assert ab.counts.split == ba.counts.merged


def assert_ops_rebuild(d: Diff) -> None:
    for p in d.pairs:
        assert (
            "".join(o.text for o in p.ops if o.op != "insert")
            == d.a.text[p.a_span.start : p.a_span.end]
        )
        assert (
            "".join(o.text for o in p.ops if o.op != "delete")
            == d.b.text[p.b_span.start : p.b_span.end]
        )
        for o in p.ops:
            if o.a is not None:
                assert d.a.text[o.a.start : o.a.end] == o.text
            if o.b is not None:
                assert d.b.text[o.b.start : o.b.end] == o.text
        assert 0.0 <= p.similarity <= 1.0


@settings(max_examples=25)
@given(statements(max_paragraphs=4))
def test_same_statement_is_empty(s: Statement) -> None:
    d = compare(s, s)
    assert d.is_empty
    assert d.counts.unchanged == len(list(s.clauses()))


@settings(max_examples=40)
@given(edited_pairs(max_edits=4))
def test_mirror_and_ops(case: tuple[Statement, Statement, EditTruth]) -> None:
    a, b, _ = case
    ab, ba = compare(a, b), compare(b, a)
    assert_mirror(ab, ba)
    assert_ops_rebuild(ab)
    assert_ops_rebuild(ba)
    ids = [c.id for c in a.clauses()]
    firsts = [ids.index(p.a[0]) for p in ab.pairs]
    assert firsts == sorted(firsts)
    assert ab.to_json() == compare(a, b).to_json()


@settings(max_examples=20)
@given(edited_pairs(edits=("reword", "entity", "insert", "delete"), max_edits=3))
def test_in_place_edits_report_no_moves(case: tuple[Statement, Statement, EditTruth]) -> None:
    a, b, _ = case
    shape_a = [len(s.clauses) for s in a.sentences()]
    shape_b = [len(s.clauses) for s in b.sentences()]
    if shape_a == shape_b:
        # known weakness: when a reword changes how a sentence splits into clauses,
        # a crossed pair can be reported as moved (see docs/design.md)
        assert not any(p.moved for p in compare(a, b).pairs)


_SCORES: list[tuple[float, float, int]] = []


@settings(max_examples=200, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_pairs(max_edits=4))
def _collect(case: tuple[Statement, Statement, EditTruth]) -> None:
    a, b, truth = case
    d = compare(a, b)
    p, r = truth.score(d)
    moved = {x for q in d.pairs if q.moved for x in q.a}
    # two paragraphs that trade places can be read as either one moving: a reading that
    # moves no more clauses than the edits did is as true, so only clauses moved beyond
    # that number are false moves
    false_moves = max(0, len(moved) - len(truth.moved)) if moved - set(truth.moved) else 0
    _SCORES.append((p, r, false_moves))


def test_recovery_of_known_edits_over_several_hundred_pairs() -> None:
    _SCORES.clear()
    _collect()
    n = len(_SCORES)
    precision = sum(p for p, _, _ in _SCORES) / n
    recall = sum(r for _, r, _ in _SCORES) / n
    false_moves = sum(f for _, _, f in _SCORES)
    print(f"edited_pairs: n={n} P={precision:.4f} R={recall:.4f} false moves={false_moves}")
    assert n >= 200
    assert precision >= 0.97
    assert recall >= 0.97
    assert false_moves <= n // 50
