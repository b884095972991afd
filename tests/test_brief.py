"""The ranked brief: findings from every part of a comparison, heaviest first."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings

from statementdiff import Statement, compare, parse
from statementdiff.errors import CompareTypeError, LexiconError
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import FINDING_MIRRORS, Diff, Finding
from statementdiff.strategies import EditTruth, edited_pairs, statements

REVISION_A = (
    "We welcome the progress of the talks. "
    "The Coalition will continue to provide support to the partner forces in Iraq. "
    "We note the role of regional partners. "
    "We support the work of the United Nations."
)
REVISION_B = (
    "We warmly welcome the progress of the talks. "
    "We note the role of regional partners. "
    "We support the work of the United Nations."
)


def test_a_revision_that_deletes_a_commitment_puts_it_first() -> None:
    d = compare(parse(REVISION_A), parse(REVISION_B))
    first = d.brief[0]
    assert first.kind == "commitment-dropped"
    assert first.a == ("sec1.p1.s2.c1",)
    assert "continue to provide support" in first.summary


def test_an_entity_no_longer_named_quotes_its_clause_with_its_id() -> None:
    a = parse(
        "The United States and Japan oppose China's coercion in the region. "
        "The United States and Japan will expand trade."
    )
    b = parse(
        "The United States and Japan oppose coercion in the region. "
        "The United States and Japan will expand trade."
    )
    d = compare(a, b)
    china = [f for f in d.brief if "China" in f.subject]
    assert china, d.brief
    assert china[0].kind == "no-longer-named"
    assert "sec1.p1.s1.c1 '" in china[0].summary
    assert "China's coercion" in china[0].summary
    assert china[0].a == ("sec1.p1.s1.c1",)


def test_own_parties_are_never_findings() -> None:
    a = parse(
        "The United States and Japan reaffirm their alliance. "
        "The United States and Japan will deepen cooperation on space."
    )
    b = parse(
        "The United States and the Republic of Korea reaffirm their alliance. "
        "The United States and the Republic of Korea will deepen cooperation on space."
    )
    subjects = " ".join(f.subject for f in compare(a, b).brief)
    assert "Japan" not in subjects
    assert "Republic of Korea" not in subjects


def test_entities_dropped_from_one_clause_form_one_finding() -> None:
    a = parse("We welcome the talks. We share serious concerns regarding Hong Kong and Xinjiang.")
    b = parse("We welcome the talks.")
    d = compare(a, b)
    subjects = [f.subject for f in d.brief]
    assert "Hong Kong, Xinjiang" in subjects
    assert sum("Xinjiang" in s for s in subjects) == 1


def test_a_baseline_gives_an_absence_its_context() -> None:
    a = parse("We welcome the talks. We discuss Xinjiang with partners.")
    b = parse("We welcome the talks.")
    others = [parse("We raise Xinjiang."), parse("We note Xinjiang."), parse("We note trade.")]
    d = compare(a, b, baseline=others)
    summaries = " ".join(f.summary for f in d.brief)
    assert "named in 2 of 3 comparable statements, not in B" in summaries
    # an entity the baseline usually names and neither side does is a finding of its own
    d2 = compare(b, b, baseline=others)
    assert [f.kind for f in d2.brief] == ["usually-named"]
    assert d2.brief[0].subject == "Xinjiang"


def test_a_bad_baseline_is_a_compare_type_error() -> None:
    s = parse("We welcome the talks.")
    with pytest.raises(CompareTypeError, match="baseline"):
        compare(s, s, baseline="We note.")  # type: ignore[arg-type]
    with pytest.raises(CompareTypeError, match=r"baseline\[0\]"):
        compare(s, s, baseline=["We note."])  # type: ignore[list-item]


def test_brief_weights_are_overridable_through_the_lexicon(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "mine.toml"
    path.write_text("[brief.entities]\nIraq = 0.0\n", encoding="utf-8")
    lex = Lexicon.load(path)
    a, b = parse(REVISION_A), parse(REVISION_B)
    assert any("Iraq" in f.summary for f in compare(a, b).brief)
    d = compare(a, b, lexicon=lex)
    assert all(f.subject != "Iraq" for f in d.brief)
    bad = Path(str(tmp_path)) / "bad.toml"
    bad.write_text("[brief.topics]\ntaiwan = 3\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="between 0 and 1"):
        Lexicon.load(bad)


def test_the_brief_heads_every_report() -> None:
    d = compare(parse(REVISION_A), parse(REVISION_B))
    text = d.to_text()
    assert text.index("Brief (most important first)") < text.index("Summary")
    md = d.to_markdown()
    assert md.index("## Brief") < md.index("## Summary")
    page = d.to_html()
    assert page.index('id="brief"') < page.index('class="summary')
    assert Diff.model_validate_json(d.to_json()).brief == d.brief


def test_the_brief_is_deterministic() -> None:
    a, b = parse(REVISION_A), parse(REVISION_B)
    assert compare(a, b).to_json() == compare(a, b).to_json()


def _mirror_key(f: Finding) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    return (FINDING_MIRRORS.get(f.kind, f.kind), f.b, f.a)


def _key(f: Finding) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    return (f.kind, f.a, f.b)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statements())
def test_a_statement_against_itself_has_an_empty_brief(s: Statement) -> None:
    assert compare(s, s).brief == ()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_pairs())
def test_the_brief_of_b_against_a_mirrors_the_brief_of_a_against_b(
    pair: tuple[Statement, Statement, EditTruth],
) -> None:
    a, b, _ = pair
    forth = Counter(_key(f) for f in compare(a, b).brief)
    back = Counter(_mirror_key(f) for f in compare(b, a).brief)
    assert forth == back
