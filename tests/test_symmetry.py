"""Every label is symmetric: ``compare(b, a)`` holds the mirrors of ``compare(a, b)``'s labels.

The mirror of a change swaps its sides and its direction (``Change.mirrored``, using
``MIRROR_KINDS``): "stance-weaker x -> y" read the other way is "stance-stronger y -> x",
entity-added is entity-dropped, hedge-added is hedge-removed; a kind without a direction
(qualifier-changed, stance-same, modality-changed ...) stays itself. Pair by pair, the
labels of one direction must be exactly the mirrors of the other's (the prose ``detail``
aside), with the same spans.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any, get_args

import pytest
from hypothesis import HealthCheck, given, settings

from statementdiff import Diff, Statement, compare, parse, parse_file
from statementdiff.models import MIRROR_KINDS, Change, ChangeKind, Span
from statementdiff.strategies import EditTruth, edited_pairs

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _plain(change: Change) -> str:
    return change.model_copy(update={"detail": ""}).model_dump_json()


def mirror_mismatches(ab: Diff, ba: Diff) -> list[tuple[tuple[str, ...], list[str], list[str]]]:
    """The pairs of ``ab`` whose labels are not the mirrors of their pair's labels in ``ba``.

    Returns:
        (A clause ids, labels only in ``ab``, mirrored labels only in ``ba``) per such pair.
    """
    back = {(p.b, p.a): p for p in ba.pairs}
    assert len(back) == len(ab.pairs)
    out = []
    for pair in ab.pairs:
        other = back[(pair.a, pair.b)]
        mine = sorted(_plain(c) for c in pair.changes)
        theirs = sorted(_plain(c.mirrored()) for c in other.changes)
        if mine != theirs:
            only_mine = [c for c in mine if c not in theirs]
            only_theirs = [c for c in theirs if c not in mine]
            out.append((pair.a, only_mine, only_theirs))
    return out


def _both_ways(a: Statement, b: Statement) -> list[Any]:
    return mirror_mismatches(compare(a, b), compare(b, a))


def test_the_mirror_is_an_involution_on_every_kind() -> None:
    span_a, span_b = Span(start=1, end=4), Span(start=7, end=9)
    for kind in get_args(ChangeKind):
        change = Change(kind=kind, a_text="x", b_text="y", a_span=span_a, b_span=span_b)
        assert change.mirrored().mirrored() == change
        assert change.mirrored().a_span == span_b
        assert change.mirrored().b_text == "x"
    assert set(MIRROR_KINDS) <= set(get_args(ChangeKind))
    assert all(MIRROR_KINDS[MIRROR_KINDS[k]] == k for k in MIRROR_KINDS)
    assert Change(kind="entity-added", b_text="Japan").mirrored().kind == "entity-dropped"


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        # the entity modifies a noun on one side only ("the WTO rules"): on neither side is
        # the changed article a qualifier of the entity
        (
            "We will support local value creation in line with WTO rules and norms.",
            "We will support local value creation in line with the WTO rules and norms.",
        ),
        # a stance verb paired across two hunks explains both, whichever side is A
        (
            "The United States restated its unwavering support for Japan and the region.",
            "The United States underscored its unwavering commitment to Japan and the region.",
        ),
        # an insertion right before the entity: the entity maps after it on the other side
        (
            "The Leaders strongly condemn DPRK launches that threaten peace in the region.",
            "We strongly condemn the DPRK launches that threaten peace in the region.",
        ),
        (
            "We call for complete denuclearization of the Korean Peninsula, consistent with law.",
            "We call for complete denuclearisation of the Korean Peninsula consistent with law.",
        ),
    ],
)
def test_labels_mirror_on_small_cases(a_text: str, b_text: str) -> None:
    a, b = parse(a_text), parse(b_text)
    assert _both_ways(a, b) == []
    assert _both_ways(b, a) == []


@pytest.fixture(scope="module")
def fixture_statements() -> list[Statement]:
    paths = [
        *sorted(p for p in FIXTURES.glob("*.txt") if ".expected." not in p.name),
        *sorted(p for p in FIXTURES.glob("*.html") if ".expected." not in p.name),
        *sorted((FIXTURES / "series").glob("*.txt")),
    ]
    return [parse_file(p) for p in paths]


def test_labels_mirror_on_every_pair_of_fixtures(fixture_statements: list[Statement]) -> None:
    bad = {
        (x.source, y.source): found
        for x, y in itertools.combinations(fixture_statements, 2)
        if (found := _both_ways(x, y))
    }
    assert bad == {}


def test_labels_mirror_on_rendered_reports() -> None:
    # a report lists the same names many times over: several entities share a phrase slot
    # ("denuclearization of North Korea" ... "denuclearization of the Korean Peninsula")
    a = parse_file(FIXTURES / "leaders-2031.expected.txt")
    b = parse_file(FIXTURES / "leaders-2031.expected.html")
    assert _both_ways(a, b) == []


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(edited_pairs(max_edits=4))
def test_labels_mirror_on_edited_pairs(case: tuple[Statement, Statement, EditTruth]) -> None:
    a, b, _ = case
    assert _both_ways(a, b) == []


@pytest.mark.corpus
def test_labels_mirror_on_corpus_pairs(corpus_dir: Path, manifest: list[dict[str, Any]]) -> None:
    """Neighbours in each series and consecutive text versions, both ways round."""
    by_series: dict[str, list[dict[str, Any]]] = {}
    for doc in manifest:
        if doc.get("series"):
            by_series.setdefault(doc["series"], []).append(doc)
    jobs = [
        (f"{x['slug']}.txt", f"{y['slug']}.txt")
        for _, docs in sorted(by_series.items())
        for x, y in itertools.pairwise(sorted(docs, key=lambda d: (d["date"], d["slug"])))
    ]
    for doc in manifest:
        jobs.extend(itertools.pairwise(v["file"] for v in doc.get("versions") or ()))
    assert len(jobs) > 40
    loaded: dict[str, Statement] = {}

    def load(name: str) -> Statement:
        if name not in loaded:
            loaded[name] = parse_file(corpus_dir / name, format="text")
        return loaded[name]

    bad = {(x, y): found for x, y in jobs if (found := _both_ways(load(x), load(y)))}
    assert bad == {}
