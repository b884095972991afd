from __future__ import annotations

import json
from pathlib import Path

import pytest

from statementdiff import CompareError, Diff, Statement, compare, parse, parse_file
from statementdiff.cli import main
from statementdiff.errors import StatementDiffError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

TAIWAN = (
    "We underscore the importance of peace and stability across the Taiwan Strait. "
    "We oppose any unilateral attempts to change the status quo by force."
)

A_TEXT = f"""We reaffirm our unwavering commitment to the Alliance.

{TAIWAN}

We call for the complete denuclearization of the Korean Peninsula.
"""

B_TEXT = f"""We reaffirm our ironclad commitment to the Alliance.

We call for the complete denuclearization of the Korean Peninsula.

{TAIWAN}

We will launch a new dialogue on space security.
"""


def _check_ops(d: Diff) -> None:
    for p in d.pairs:
        a_side = "".join(o.text for o in p.ops if o.op != "insert")
        b_side = "".join(o.text for o in p.ops if o.op != "delete")
        assert a_side == d.a.text[p.a_span.start : p.a_span.end]
        assert b_side == d.b.text[p.b_span.start : p.b_span.end]


def test_same_statement_is_empty() -> None:
    a = parse(A_TEXT)
    d = compare(a, a)
    assert d.is_empty
    assert d.counts.unchanged == len(d.pairs) == len(list(a.clauses()))
    assert all(len(p.ops) == 1 and p.ops[0].op == "equal" for p in d.pairs)


def test_reworded_moved_and_added() -> None:
    d = compare(parse(A_TEXT), parse(B_TEXT))
    _check_ops(d)
    first = d.pairs[0]
    assert first.relation == "modified"
    deleted = [o.text for o in first.ops if o.op == "delete"]
    inserted = [o.text for o in first.ops if o.op == "insert"]
    assert deleted == ["unwavering"]
    assert inserted == ["ironclad"]
    # one block moved: either the Taiwan paragraph or the Korea one, never both
    moved_blocks = {p.a[0].rsplit(".", 2)[0] for p in d.pairs if p.moved}
    assert len(moved_blocks) == 1
    # a move is its own fact: the pair still says what happened to its words
    assert all(p.relation in ("unchanged", "modified") for p in d.pairs if p.moved)
    assert d.counts.unchanged + d.counts.modified == len(d.pairs)
    assert [o.text for o in d.only_b] == ["We will launch a new dialogue on space security."]
    assert d.only_a == ()
    assert d.counts.added == 1
    assert d.counts.moved == sum(p.moved for p in d.pairs)
    assert [p.a for p in d.pairs] == sorted(
        (p.a for p in d.pairs), key=lambda ids: [c.id for c in d.a.clauses()].index(ids[0])
    )


def test_mirror_on_a_small_case() -> None:
    a, b = parse(A_TEXT), parse(B_TEXT)
    ab, ba = compare(a, b), compare(b, a)
    assert sorted((p.a, p.b, p.moved, p.similarity) for p in ab.pairs) == sorted(
        (p.b, p.a, p.moved, p.similarity) for p in ba.pairs
    )
    assert [o.id for o in ab.only_b] == [o.id for o in ba.only_a]


def test_json_is_deterministic_and_round_trips() -> None:
    a, b = parse(A_TEXT), parse(B_TEXT)
    first = compare(a, b).to_json()
    assert first == compare(parse(A_TEXT), parse(B_TEXT)).to_json()
    assert Diff.model_validate_json(first).to_json() == first


@pytest.mark.parametrize("bad", [None, "text", 3, {"text": "x"}])
def test_bad_input_raises_compare_error(bad: object) -> None:
    a = parse(A_TEXT)
    with pytest.raises(CompareError, match="Statement"):
        compare(a, bad)  # type: ignore[arg-type]
    with pytest.raises(StatementDiffError):
        compare(bad, a)  # type: ignore[arg-type]


@pytest.mark.parametrize("threshold", [-0.1, 1.5, float("nan"), "0.3", True])
def test_bad_threshold(threshold: object) -> None:
    a = parse(A_TEXT)
    with pytest.raises(CompareError, match="threshold"):
        compare(a, a, threshold=threshold)  # type: ignore[arg-type]


def test_empty_bodied_statements_compare_as_empty() -> None:
    empty = Statement(text="")
    d = compare(empty, empty)
    assert d.is_empty
    assert d.pairs == ()
    assert d.counts.added == 0


def test_split_sentence_is_one_pair() -> None:
    a = parse(
        "We condemn the DPRK's ballistic missile launches, which violate multiple UN "
        "Security Council resolutions, and we urge Pyongyang to return to dialogue."
    )
    b = parse(
        "We condemn the DPRK's ballistic missile launches, which violate multiple UN "
        "Security Council resolutions. We urge Pyongyang to return to dialogue without delay."
    )
    d = compare(a, b)
    _check_ops(d)
    assert not d.only_a
    assert not d.only_b
    assert {p.relation for p in d.pairs} <= {"split", "modified", "unchanged"}


def test_fixture_pair_pairs_moved_paragraphs() -> None:
    a = parse_file(FIXTURES / "leaders-2031-a.txt")
    b = parse_file(FIXTURES / "leaders-2031-b.txt")
    d = compare(a, b)
    _check_ops(d)
    a_ids = [c.id for c in a.clauses()]
    assert [a_ids.index(p.a[0]) for p in d.pairs] == sorted(a_ids.index(p.a[0]) for p in d.pairs)
    assert d.counts.moved > 0
    assert d.counts.unchanged >= 10
    assert compare(b, a).counts.moved == d.counts.moved


def test_topic_lens_keeps_only_topic_clauses() -> None:
    a, b = parse(A_TEXT), parse(B_TEXT)
    d = compare(a, b, topic="taiwan")
    assert all("taiwan" in p.topics for p in d.pairs)
    has_topic = any("taiwan" in c.topics for c in a.clauses())
    if not has_topic:  # semantics not annotating yet: the lens reports it
        assert d.notes


def test_cli_schema_prints_the_diff_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Diff"
    assert {"pairs", "only_a", "only_b", "counts"} <= set(schema["properties"])
    assert main(["schema", "--model", "statement"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Statement"
