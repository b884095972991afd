"""Model behaviour that is not covered by a pipeline stage's tests."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

import statementdiff
from _render_cases import sample_diff
from statementdiff.models import NO_TOPIC, Counts, Diff, OneSided, Pair, Row, Series, Span
from statementdiff.render import render
from statementdiff.render.series_csv import render_series_csv
from statementdiff.render.series_html import render_series_html
from statementdiff.render.series_markdown import render_series_markdown
from statementdiff.render.series_text import render_series_text

A = (
    "We share serious concerns about China's actions in the East China Sea.\n\n"
    "We reaffirm our commitment to the complete denuclearization of North Korea.\n\n"
    "We will cooperate on cultural exchanges.\n"
)
B = "We will deepen semiconductor supply chains.\n\nWe welcome the new fisheries agreement.\n"


def test_one_sided_by_topic_groups_removed_and_added_clauses() -> None:
    diff = statementdiff.compare(statementdiff.parse(A), statementdiff.parse(B))
    groups = diff.one_sided_by_topic()
    assert list(groups) == sorted(groups)
    removed = {c.id for c in diff.only_a}
    added = {c.id for c in diff.only_b}
    listed_a = {c.id for only_a, _ in groups.values() for c in only_a}
    listed_b = {c.id for _, only_b in groups.values() for c in only_b}
    assert listed_a == removed
    assert listed_b == added
    for name, (only_a, only_b) in groups.items():
        for clause in (*only_a, *only_b):
            assert name in clause.topics or (name == NO_TOPIC and not clause.topics)
    assert "china" in groups
    assert {c.id for c in groups["china"][0]} <= removed
    assert groups["china"][1] == ()


def test_one_sided_by_topic_lists_a_clause_under_each_of_its_topics() -> None:
    statement = statementdiff.parse("We agree.")
    one = OneSided(id="x", text="We agree.", span=Span(start=0, end=9), topics=("dprk", "china"))
    diff = Diff(a=statement, b=statement, threshold=0.35, only_b=(one,))
    assert diff.one_sided_by_topic() == {"china": ((), (one,)), "dprk": ((), (one,))}


def test_reports_show_the_one_sided_topic_groups() -> None:
    diff = statementdiff.compare(statementdiff.parse(A), statementdiff.parse(B))
    assert "Found on one side only, by topic" in diff.to_text()
    assert "### Found on one side only, by topic" in diff.to_markdown()
    assert "<h3>Found on one side only, by topic</h3>" in diff.to_html()


def test_node_lookup_and_equality() -> None:
    a, b = statementdiff.parse(A), statementdiff.parse(A)
    first = next(a.clauses())
    assert a.node(first.id) == first
    assert a == b  # the lookup cache is not part of the model
    assert Diff.model_validate_json(statementdiff.compare(a, b).to_json()) == statementdiff.compare(
        a, b
    )


# ---------------------------------------------------------------------------
# Diff.rows(): the reading order


def _a_start(row: Row) -> int:
    """Where a pair or removed row starts in A."""
    if row.pair is not None:
        return row.pair.a_span.start
    assert row.one is not None
    return row.one.span.start


def test_rows_interleave_pairs_removed_and_added_in_reading_order() -> None:
    diff = sample_diff()
    rows = diff.rows()
    assert [r.number for r in rows] == [1, 2, 3, 4, 5]
    # every pair and one-sided clause exactly once
    assert [r.pair for r in rows if r.kind == "pair"] == sorted(
        diff.pairs, key=lambda p: p.a_span.start
    )
    assert [r.one for r in rows if r.kind == "removed"] == list(diff.only_a)
    assert [r.one for r in rows if r.kind == "added"] == list(diff.only_b)
    # pairs and removed clauses follow A's text; the added clause comes right after its anchor
    a_starts = [_a_start(r) for r in rows if r.kind != "added"]
    assert a_starts == sorted(a_starts)
    (added,) = diff.only_b
    anchor = next(k for k, r in enumerate(rows) if added.after in r.a_ids)
    assert rows[anchor + 1].kind == "added"
    assert rows[anchor + 1].b_ids == (added.id,)


def test_rows_put_added_clauses_without_anchor_first_and_unknown_anchors_last() -> None:
    a = statementdiff.parse("We agree. We differ.")
    first = OneSided(id="b1", text="x", span=Span(start=5, end=6))
    stray = OneSided(id="b2", text="y", span=Span(start=0, end=1), after="no-such-clause")
    removed = tuple(
        OneSided(id=c.id, text=c.text, span=c.span, topics=c.topics) for c in a.clauses()
    )
    diff = Diff(a=a, b=a, threshold=0.35, only_a=removed, only_b=(stray, first))
    kinds = [(r.kind, r.a_ids or r.b_ids) for r in diff.rows()]
    assert kinds == [
        ("added", ("b1",)),
        ("removed", (removed[0].id,)),
        ("removed", (removed[1].id,)),
        ("added", ("b2",)),
    ]


def test_rows_flag_changed_and_moved() -> None:
    rows = {r.number: r for r in sample_diff().rows()}
    moved = [r for r in rows.values() if r.moved]
    assert len(moved) == 1
    assert moved[0].relation == "unchanged"
    assert moved[0].changed  # a move is a change even with the same words
    unchanged = [r for r in rows.values() if not r.changed]
    assert [r.relation for r in unchanged] == ["unchanged"]
    assert not unchanged[0].moved


def test_reports_list_rows_in_the_order_of_rows() -> None:
    diff = sample_diff()
    report = diff.to_text(only="all")
    heads = re.findall(r"^#(\d+) (\S+)", report, flags=re.M)
    assert [int(n) for n, _ in heads] == [r.number for r in diff.rows()]


# ---------------------------------------------------------------------------
# one encoding of a move


def test_counts_keep_a_moved_and_reworded_pair_in_modified() -> None:
    welcome = "We welcome the talks on trade."
    oppose = "We oppose coercion in the region."
    met = "The leaders met in Tokyo to discuss the alliance {} spring."
    a = statementdiff.parse(f"{welcome}\n\n{oppose}\n\n{met.format('last')}")
    b = statementdiff.parse(f"{met.format('this')}\n\n{welcome}\n\n{oppose}")
    diff = statementdiff.compare(a, b)
    moved = [p for p in diff.pairs if p.moved]
    assert moved
    assert diff.counts.moved == len(moved)
    assert [(p.relation, p.moved) for p in diff.pairs] == [
        ("unchanged", False),
        ("unchanged", False),
        ("modified", True),
    ]
    assert diff.counts.modified == sum(p.relation == "modified" for p in diff.pairs)
    total = diff.counts.unchanged + diff.counts.modified + diff.counts.split + diff.counts.merged
    assert total == len(diff.pairs)
    assert not diff.is_empty
    assert "modified, moved" in diff.to_text()
    assert "modified, moved" in diff.to_markdown()


def test_a_move_alone_is_not_empty() -> None:
    a = statementdiff.parse("We welcome the talks.\n\nWe oppose coercion in the region.")
    b = statementdiff.parse("We oppose coercion in the region.\n\nWe welcome the talks.")
    diff = statementdiff.compare(a, b)
    assert [p.relation for p in diff.pairs] == ["unchanged", "unchanged"]
    assert any(p.moved for p in diff.pairs)
    assert not diff.is_empty
    assert diff.counts == Counts(unchanged=2, moved=diff.counts.moved)


def test_relation_moved_is_no_longer_accepted() -> None:
    span = Span(start=0, end=1)
    with pytest.raises(ValidationError):
        Pair(a=("x",), b=("y",), relation="moved", similarity=1, a_span=span, b_span=span)


# ---------------------------------------------------------------------------
# hashable, frozen, and the node index


def test_statement_diff_and_series_hash_by_value() -> None:
    a, b = statementdiff.parse(A), statementdiff.parse(A)
    assert hash(a) == hash(b)
    d1, d2 = statementdiff.compare(a, a), statementdiff.compare(b, b)
    assert hash(d1) == hash(d2)
    s1 = statementdiff.compare_series([a, statementdiff.parse(B)])
    s2 = statementdiff.compare_series([b, statementdiff.parse(B)])
    assert s1 == s2
    assert hash(s1) == hash(s2)
    assert len({a, b, statementdiff.parse(B)}) == 2
    assert s1.coverage  # the tuples hashed above are not empty
    with pytest.raises(ValidationError):
        s1.topic = "x"  # type: ignore[misc]


def test_node_index_changes_neither_equality_hash_nor_json() -> None:
    a, b = statementdiff.parse(A), statementdiff.parse(A)
    before = (a.to_json(), hash(a))
    first = next(a.clauses())
    assert a.node(first.id) is first
    assert (a.to_json(), hash(a)) == before
    assert a == b
    assert a.model_dump() == b.model_dump()
    with pytest.raises(KeyError):
        a.node("nowhere")


def test_node_index_follows_a_copy_with_other_sections() -> None:
    a = statementdiff.parse(A)
    other = statementdiff.parse(B)
    clause = next(a.clauses())
    assert a.node(clause.id) is clause  # builds the index
    copy = a.model_copy(update={"text": other.text, "sections": other.sections})
    new_first = next(other.clauses())
    assert copy.node(new_first.id) is new_first
    with pytest.raises(KeyError):
        copy.node("sec9.p9.s9.c9")
    assert all(copy.node(c.id) is c for c in other.clauses())
    plain = a.model_copy()
    assert plain.node(clause.id) is clause


def test_series_json_round_trips() -> None:
    series = statementdiff.compare_series([statementdiff.parse(A), statementdiff.parse(B)])
    assert Series.model_validate_json(series.to_json()) == series


# ---------------------------------------------------------------------------
# reports through statementdiff.render


def test_series_reports_match_the_renderers() -> None:
    series = statementdiff.compare_series([statementdiff.parse(A), statementdiff.parse(B)])
    assert series.to_text() == render_series_text(series, only="changed")
    assert series.to_text(only="all", matrix="entities") == render_series_text(
        series, only="all", matrix="entities"
    )
    assert series.to_markdown() == render_series_markdown(series, only="changed")
    assert series.to_html() == render_series_html(series, only="all")
    assert series.to_csv(clauses=True) == render_series_csv(series, clauses=True)
    assert series.to_csv(matrix="entities").startswith("entity,")
    assert str(series) == series.to_text()
    assert render(series, "json", indent=2) == series.to_json(indent=2)


def test_diff_reports_go_through_render() -> None:
    diff = sample_diff()
    assert diff.to_text(only="all") == render(diff, "text", only="all")
    assert diff.to_markdown() == render(diff, "markdown")
    assert diff.to_html(only="changed") == render(diff, "html", only="changed")
    assert diff.to_json() == render(diff, "json")
    assert str(diff) == diff.to_text()


def test_render_rejects_what_it_cannot_show() -> None:
    with pytest.raises(ValueError, match="no 'csv' report for a Diff"):
        render(sample_diff(), "csv")
    with pytest.raises(ValueError, match="no 'pdf' report"):
        render(sample_diff(), "pdf")
    with pytest.raises(TypeError, match="Diff or a Series"):
        render(statementdiff.parse(A), "text")  # type: ignore[arg-type]
