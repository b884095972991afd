"""compare_series: ordering, thread statuses, word ops, coverage, lens and errors."""

from __future__ import annotations

import json

import pytest

import statementdiff
from _series_helpers import make_statement, overlap_matcher
from statementdiff.align import threads as _threads
from statementdiff.errors import CompareError, StatementDiffError, UnknownTopicError
from statementdiff.models import Series, Statement
from statementdiff.series import _build, compare_series, ordered

PEACE = "The leaders reaffirm the importance of peace and stability across the Taiwan Strait."
PEACE_2 = "The leaders underscore the importance of peace and stability across the Taiwan Strait."
DPRK = "The leaders call on the DPRK to return to dialogue without preconditions at once."
CHIPS = "The leaders commit to resilient supply chains for semiconductors and batteries."


def build(statements: list[Statement], topic: str | None = None) -> Series:
    return _build(ordered(statements), overlap_matcher, topic=topic, threshold=0.5)


def statuses(series: Series, k: int) -> list[str]:
    return [s.status for s in series.threads[k].steps]


def thread_with(series: Series, word: str) -> int:
    hits = [
        k for k, t in enumerate(series.threads) if any(word in s.text for s in t.steps if s.clauses)
    ]
    assert len(hits) == 1, (word, hits)
    return hits[0]


def test_first_appearance_change_and_drop() -> None:
    series = build(
        [
            make_statement([DPRK], date="2021-01-01"),
            make_statement([DPRK, PEACE], date="2022-01-01"),
            make_statement([PEACE_2, DPRK], date="2023-01-01"),
            make_statement([DPRK], date="2024-01-01"),
            make_statement([DPRK], date="2025-01-01"),
        ]
    )
    taiwan = thread_with(series, "Taiwan")
    assert statuses(series, taiwan) == ["absent", "new", "modified", "dropped", "absent"]
    assert statuses(series, thread_with(series, "DPRK")) == ["new"] + ["unchanged"] * 4
    thread = series.threads[taiwan]
    assert thread.first == 1
    assert thread.last == 2
    assert thread.steps[2].clauses == ("sec1.p1.s1.c1",)
    assert thread.steps[3].clauses == ()


def test_modified_step_ops_join_to_both_texts_and_spans_index_them() -> None:
    a = make_statement(["Opening words here.", PEACE], date="2021-01-01")
    b = make_statement([PEACE_2], date="2022-01-01")
    series = build([a, b])
    step = series.threads[thread_with(series, "Taiwan")].steps[1]
    assert step.status == "modified"
    assert "".join(o.text for o in step.ops if o.op != "insert") == PEACE
    assert "".join(o.text for o in step.ops if o.op != "delete") == PEACE_2
    for op in step.ops:
        if op.a is not None:
            assert a.text[op.a.start : op.a.end] == op.text
        if op.b is not None:
            assert b.text[op.b.start : op.b.end] == op.text
    deleted = [o.text.strip() for o in step.ops if o.op == "delete"]
    inserted = [o.text.strip() for o in step.ops if o.op == "insert"]
    assert deleted == ["reaffirm"]
    assert inserted == ["underscore"]


def test_statements_sorted_by_date_stably() -> None:
    late = make_statement([DPRK], date="2023-05-01", title="late")
    early = make_statement([DPRK], date="2021-05-01", title="early")
    same_day = make_statement([PEACE], date="2023-05-01", title="same day")
    series = build([late, early, same_day])
    assert [s.title for s in series.statements] == ["early", "late", "same day"]


def test_order_kept_when_a_date_is_missing() -> None:
    a = make_statement([DPRK], date="2023-05-01", title="a")
    b = make_statement([DPRK], title="b")
    c = make_statement([DPRK], date="2021-05-01", title="c")
    assert [s.title for s in build([a, b, c]).statements] == ["a", "b", "c"]


def test_thread_returns_after_a_short_gap() -> None:
    series = build(
        [
            make_statement([DPRK, PEACE]),
            make_statement([DPRK]),
            make_statement([DPRK, PEACE]),
        ]
    )
    assert statuses(series, thread_with(series, "Taiwan")) == ["new", "absent", "unchanged"]


def test_thread_after_a_long_gap_is_a_new_thread() -> None:
    gap = _threads.REVIVE_WINDOW
    texts = [[DPRK, PEACE]] + [[DPRK]] * gap + [[DPRK, PEACE]]
    series = build([make_statement(t) for t in texts])
    taiwan = [t for t in series.threads if any("Taiwan" in s.text for s in t.steps)]
    assert len(taiwan) == 2
    assert [t.first for t in taiwan] == [0, gap + 1]
    assert taiwan[0].steps[1].status == "dropped"


def test_every_clause_belongs_to_exactly_one_thread() -> None:
    statements = [
        make_statement([DPRK, PEACE, CHIPS], date="2021-01-01"),
        make_statement([CHIPS, PEACE_2], date="2022-01-01"),
        make_statement([PEACE, DPRK, "A brand new sentence about space cooperation."]),
    ]
    series = build(statements)
    for index, statement in enumerate(series.statements):
        assert statement is not None
        ids = [c for t in series.threads for c in t.steps[index].clauses]
        assert sorted(ids) == sorted(c.id for c in statements[index].clauses())


def test_thread_ids_are_stable_paths() -> None:
    series = build([make_statement([DPRK, PEACE]), make_statement([PEACE])])
    assert [t.id for t in series.threads] == ["s0:sec1.p1.s1.c1", "s0:sec1.p2.s1.c1"]


def test_topic_lens_keeps_only_threads_on_the_topic() -> None:
    topics = {"Taiwan": ("taiwan",), "DPRK": ("dprk",)}
    statements = [
        make_statement([DPRK, PEACE, CHIPS], topics=topics),
        make_statement([PEACE_2, CHIPS], topics=topics),
    ]
    series = build(statements, topic="taiwan")
    assert series.topic == "taiwan"
    assert len(series.threads) == 1
    assert series.threads[0].topics == ("taiwan",)
    full = build(statements)
    assert len(full.threads) == 3
    assert series.coverage == full.coverage


def test_coverage_counts_and_clause_ids() -> None:
    topics = {"Taiwan": ("taiwan", "security"), "DPRK": ("dprk", "security")}
    entities = {"Taiwan": ("Taiwan Strait",), "DPRK": ("DPRK",)}
    statements = [
        make_statement([DPRK, PEACE], topics=topics, entities=entities),
        make_statement([CHIPS], topics=topics, entities=entities),
        make_statement([PEACE, CHIPS, PEACE_2], topics=topics, entities=entities),
    ]
    series = build(statements)
    counts = {row.name: row.counts for row in series.coverage}
    assert counts == {"dprk": (1, 0, 0), "security": (2, 0, 2), "taiwan": (1, 0, 2)}
    taiwan = series.coverage_row("taiwan")
    assert taiwan is not None
    assert taiwan.clauses == (
        ("sec1.p2.s1.c1",),
        (),
        ("sec1.p1.s1.c1", "sec1.p3.s1.c1"),
    )
    entity_counts = {row.name: row.counts for row in series.entity_coverage}
    assert entity_counts == {"DPRK": (1, 0, 0), "Taiwan Strait": (1, 0, 2)}
    assert all(row.clauses == () for row in series.entity_coverage)
    assert series.coverage_row("Taiwan Strait", matrix="entities") == series.entity_coverage[1]
    assert series.coverage_row("nowhere") is None
    names = [row.name for row in series.coverage]
    assert names == sorted(names)


def test_json_is_deterministic_and_round_trips() -> None:
    statements = [make_statement([DPRK, PEACE]), make_statement([PEACE_2, CHIPS])]
    first = build(statements).to_json()
    assert first == build(statements).to_json()
    assert Series.model_validate_json(first) == build(statements)
    assert json.loads(first)["threads"][0]["steps"][0]["status"] == "new"


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ([], "at least one statement"),
        (["not a statement"], "item 0 is str"),
        ("text", "not a single str"),
    ],
)
def test_bad_input_raises_compare_error(value: object, fragment: str) -> None:
    with pytest.raises(CompareError, match=fragment):
        compare_series(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("threshold", [-0.1, 1.5, float("nan"), "0.5", True])
def test_bad_threshold_raises(threshold: object) -> None:
    statement = make_statement([DPRK])
    with pytest.raises(StatementDiffError, match="threshold"):
        compare_series([statement], threshold=threshold)  # type: ignore[arg-type]


def test_public_export() -> None:
    assert statementdiff.compare_series is compare_series


def test_unknown_topic_raises() -> None:
    with pytest.raises(UnknownTopicError, match="taiwn"):
        compare_series([make_statement([DPRK])], topic="taiwn")


def test_a_series_step_reads_defined_short_forms_as_compare_does() -> None:
    a = statementdiff.parse(
        "We launched the Strategic Clean Energy Partnership (SCEP) in 2030. We welcome the SCEP.",
        date="2031-01-01",
    )
    b = statementdiff.parse(
        "We launched new work on trade in 2031. We welcome the Strategic Clean Energy Partnership.",
        date="2032-01-01",
    )
    paired = {(p.a, p.b) for p in statementdiff.compare(a, b, related=False).pairs}
    series = compare_series([a, b])
    linked = {
        (t.steps[0].clauses, t.steps[1].clauses)
        for t in series.threads
        if t.steps[0].clauses and t.steps[1].clauses
    }
    assert linked == paired == {(("sec1.p1.s2.c1",), ("sec1.p1.s2.c1",))}
