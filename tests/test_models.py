"""Model behaviour that is not covered by a pipeline stage's tests."""

from __future__ import annotations

import statementdiff
from statementdiff.models import NO_TOPIC, Diff, OneSided, Span

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
