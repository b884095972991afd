"""Semantics on the shared corpus: the U.S.-Japan and U.S.-ROK leaders' statements of 2021-22."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from statementdiff import Statement, compare, parse_file
from statementdiff.models import Clause, Pair
from statementdiff.semantics.annotate import entity_table, label_pair
from statementdiff.worddiff import word_ops

pytestmark = pytest.mark.corpus

JAPAN_2021 = "us-japan-2021-04-16-joint-leaders-statement"
ROK_2021 = "us-rok-2021-05-21-leaders-joint-statement"
ROK_2022 = "us-rok-2022-05-21-leaders-joint-statement"
G7_2023 = "g7-2023-05-20-hiroshima-communique"


def _load(corpus_dir: Path, manifest: list[dict[str, Any]], slug: str) -> Statement:
    meta = next(m for m in manifest if m["slug"] == slug)
    return parse_file(corpus_dir / f"{slug}.txt", parties=meta["parties"], date=meta["date"])


@pytest.fixture(scope="module")
def japan(corpus_dir: Path, manifest: list[dict[str, Any]]) -> Statement:
    return _load(corpus_dir, manifest, JAPAN_2021)


@pytest.fixture(scope="module")
def rok(corpus_dir: Path, manifest: list[dict[str, Any]]) -> Statement:
    return _load(corpus_dir, manifest, ROK_2021)


def _kinds(pair: Pair) -> set[str]:
    return {c.kind for c in pair.changes}


def test_taiwan_lens_japan_vs_rok(japan: Statement, rok: Statement) -> None:
    diff = compare(japan, rok, topic="taiwan")
    changed = [p for p in diff.pairs if p.relation != "unchanged"]
    assert len(changed) == 1
    kinds = _kinds(changed[0])
    # "We underscore ... across" → "President Biden and President Moon emphasize ... in": a
    # qualifier change; the verb is another of the same strength (no label), and both
    # actors speak for all of their statement's parties, so that is not an actor change
    assert kinds == {"qualifier-changed"}
    qualifier = next(c for c in changed[0].changes if c.kind == "qualifier-changed")
    assert "Taiwan Strait" in (qualifier.a_text or "")
    assert "Taiwan Strait" in (qualifier.b_text or "")
    assert any("cross-Strait" in o.text for o in diff.only_a)
    assert not any("cross-Strait" in o.text for o in diff.only_b)


def test_china_named_only_in_japan_statement(japan: Statement, rok: Statement) -> None:
    rows = {r.name: r for r in entity_table(japan, rok)}
    assert rows["China"].a_count >= 3
    assert rows["China"].b_count == 0
    assert rows["South China Sea"].b_count >= 1  # the sea is named, China is not


def test_singapore_joint_statement_is_no_mention_of_singapore(
    japan: Statement, rok: Statement
) -> None:
    # QA: the ROK statement cites "the 2018 Panmunjom Declaration and Singapore Joint
    # Statement"; a place in a document title is not a mention, so no "Singapore" row
    rows = {r.name: r for r in entity_table(japan, rok)}
    assert "Singapore" not in rows
    clause = next(c for c in rok.clauses() if "Singapore Joint Statement" in c.text)
    assert "Singapore" not in {e.name for e in clause.entities}
    assert {"United States", "North Korea"} <= {e.name for e in clause.entities}


def test_hong_kong_and_xinjiang_on_japan_side_only(japan: Statement, rok: Statement) -> None:
    def places(statement: Statement) -> set[str]:
        return {
            e.name
            for c in statement.clauses()
            if "human-rights" in c.topics
            for e in c.entities
            if e.name in {"Hong Kong", "Xinjiang"}
        }

    assert places(japan) == {"Hong Kong", "Xinjiang"}
    assert places(rok) == set()
    assert any("human-rights" in c.topics for c in rok.clauses())  # ROK speaks of human rights too


def _clause_with(statement: Statement, needle: str) -> Clause:
    return next(c for c in statement.clauses() if needle in c.text)


def test_denuclearization_pair_labelled(japan: Statement, rok: Statement) -> None:
    ca = _clause_with(japan, "denuclearization of North Korea")
    cb = _clause_with(rok, "denuclearization of the Korean Peninsula")
    diff = compare(japan, rok, topic="dprk")
    paired = [p for p in diff.pairs if ca.id in p.a and cb.id in p.b]
    if paired:
        pair = paired[0]
        changes = pair.changes
    else:  # the aligner may leave them apart; label them as a pair directly
        pair = Pair(
            a=(ca.id,),
            b=(cb.id,),
            relation="modified",
            similarity=0.5,
            a_span=ca.span,
            b_span=cb.span,
            ops=word_ops(ca.text, ca.span.start, cb.text, cb.span.start),
        )
        changes = label_pair(pair, [ca], [cb])
    dropped = [c for c in changes if c.kind == "entity-dropped"]
    added = [c for c in changes if c.kind == "entity-added"]
    assert any(c.a_text == "North Korea" for c in dropped)
    assert any(c.b_text == "Korean Peninsula" for c in added)
    assert any("Korean Peninsula" in c.detail for c in dropped if c.a_text == "North Korea")


def test_rok_2021_vs_2022_taiwan_line(
    corpus_dir: Path, manifest: list[dict[str, Any]], rok: Statement
) -> None:
    later = _load(corpus_dir, manifest, ROK_2022)
    diff = compare(rok, later, topic="taiwan")
    changed = [p for p in diff.pairs if p.relation != "unchanged"]
    assert len(changed) == 1
    stance = [c for c in changed[0].changes if c.kind.startswith("stance-")]
    assert [(c.a_text, c.b_text) for c in stance] == [("emphasize", "reiterate")]
    assert "continuity" in stance[0].detail
    assert any(c.kind == "entity-added" and c.b_text == "Indo-Pacific" for c in changed[0].changes)
    assert not any(c.kind == "actor-changed" for c in changed[0].changes)  # same two parties


def test_large_communique_annotates_consistently(
    corpus_dir: Path, manifest: list[dict[str, Any]]
) -> None:
    g7 = _load(corpus_dir, manifest, G7_2023)
    mentions = 0
    for clause in g7.clauses():
        for mention in clause.entities:
            mentions += 1
            assert g7.text[mention.span.start : mention.span.end] == mention.text
    assert mentions > 200
    names = {e.name for c in g7.clauses() for e in c.entities}
    assert {"China", "Russia", "Ukraine", "Taiwan Strait"} <= names


def test_no_cross_kind_or_positional_entity_pairs(japan: Statement, rok: Statement) -> None:
    diff = compare(japan, rok)
    for pair in diff.pairs:
        for change in pair.changes:
            assert change.detail not in {
                "North Korea → United States",
                "UN Security Council → Singapore",
                "UNCLOS → South China Sea",
            }
            if change.kind == "number-changed":
                assert change.detail != "2018 added"
