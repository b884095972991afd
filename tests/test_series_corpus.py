"""compare_series on real series: the fixture U.S.-ROK series (fixtures/series/truth.md) and
the corpus series named in issue 6 (U.S.-Japan, U.S.-ROK, U.S.-Japan-ROK, G7).

Every expectation here was checked by hand against the texts; how is said next to it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from statementdiff import compare_series, parse_file
from statementdiff.models import Series, Statement, Thread

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "series"

Loader = Callable[[list[str]], Series]


def statuses(thread: Thread) -> list[str]:
    return [s.status for s in thread.steps]


def only_thread(series: Series, needle: str) -> Thread:
    """The one thread whose first appearance contains ``needle``."""
    hits = [t for t in series.threads if needle in next(s.text for s in t.steps if s.clauses)]
    assert len(hits) == 1, [t.id for t in hits]
    return hits[0]


def kinds(thread: Thread, index: int) -> set[str]:
    return {c.kind for c in thread.steps[index].changes}


def stance_change(thread: Thread, index: int) -> tuple[str, str]:
    found = [c for c in thread.steps[index].changes if c.kind.startswith("stance-")]
    assert len(found) == 1, found
    return (found[0].a_text or "").lower(), (found[0].b_text or "").lower()


# ---------------------------------------------------------------------------
# fixtures/series: the intended evolution is written down in truth.md


@pytest.fixture(scope="module")
def fixture_series() -> Series:
    files = sorted(FIXTURES.glob("us-rok-20*.txt"))
    assert [f.stem for f in files] == [f"us-rok-{y}" for y in range(2029, 2034)]
    return compare_series([parse_file(f) for f in files])


def test_fixture_taiwan_thread(fixture_series: Series) -> None:
    taiwan = only_thread(fixture_series, "Taiwan Strait")
    assert statuses(taiwan) == ["absent", "new", "unchanged", "modified", "dropped"]
    assert stance_change(taiwan, 3) == ("emphasize", "reaffirm")
    assert "entity-added" in kinds(taiwan, 3)  # "... in the Indo-Pacific region" added
    inserted = "".join(o.text for o in taiwan.steps[3].ops if o.op == "insert")
    assert "as an essential element of security and prosperity" in inserted
    assert "taiwan" in taiwan.topics


def test_fixture_taiwan_verb_swap_is_wording(fixture_series: Series) -> None:
    taiwan = only_thread(fixture_series, "Taiwan Strait")
    # "preserving" → "maintaining peace and stability": another verb for the same act, shown
    # by the word diff; no qualifier label claims a change of framing (session 12)
    assert "qualifier-changed" not in kinds(taiwan, 3)
    deleted = [o.text.strip() for o in taiwan.steps[3].ops if o.op == "delete"]
    inserted = [o.text.strip() for o in taiwan.steps[3].ops if o.op == "insert"]
    assert "preserving" in deleted
    assert "maintaining" in inserted


def test_fixture_companion_sentence_has_the_same_life_span(fixture_series: Series) -> None:
    companion = only_thread(fixture_series, "unilateral attempt to change the status quo")
    assert statuses(companion) == ["absent", "new", "unchanged", "unchanged", "dropped"]


def test_fixture_dprk_thread(fixture_series: Series) -> None:
    dprk = only_thread(fixture_series, "return to dialogue")
    assert statuses(dprk) == ["new", "unchanged", "modified", "unchanged", "unchanged"]
    deleted = [o.text.strip() for o in dprk.steps[2].ops if o.op == "delete"]
    inserted = [o.text.strip() for o in dprk.steps[2].ops if o.op == "insert"]
    assert (deleted, inserted) == (["call on"], ["urge"])
    # "call on" → "urge": a demand in other words, of the same strength: the ops show it,
    # no stance label claims more
    assert not [c for c in dprk.steps[2].changes if c.kind.startswith("stance-")]


def test_fixture_supply_chains_thread(fixture_series: Series) -> None:
    chains = only_thread(fixture_series, "resilience of supply chains")
    assert statuses(chains) == ["absent", "absent", "new", "unchanged", "unchanged"]
    assert "supply-chains" in chains.topics


def test_fixture_topic_lens(fixture_series: Series) -> None:
    files = sorted(FIXTURES.glob("us-rok-20*.txt"))
    lens = compare_series([parse_file(f) for f in files], topic="taiwan")
    assert {t.id for t in lens.threads} == {
        t.id for t in fixture_series.threads if "taiwan" in t.topics
    }
    assert lens.coverage == fixture_series.coverage


# ---------------------------------------------------------------------------
# the corpus series of issue 6


@pytest.fixture(scope="module")
def load(corpus_dir: Path, manifest: list[dict[str, Any]]) -> Loader:
    by_slug = {d["slug"]: d for d in manifest}
    cache: dict[tuple[str, ...], Series] = {}

    def statement(slug: str) -> Statement:
        d = by_slug[slug]
        return parse_file(
            corpus_dir / f"{slug}.txt", date=d["date"], title=d["title"], parties=d["parties"]
        )

    def run(slugs: list[str]) -> Series:
        key = tuple(slugs)
        if key not in cache:
            # given newest first on purpose: compare_series must put them in date order
            cache[key] = compare_series([statement(s) for s in reversed(slugs)])
        return cache[key]

    return run


US_JAPAN = [
    "us-japan-2021-04-16-joint-leaders-statement",
    "us-japan-2022-05-23-joint-leaders-statement",
    "us-japan-2023-01-13-joint-statement",
    "us-japan-2025-02-07-joint-leaders-statement",
]


def test_us_japan_taiwan_thread(load: Loader) -> None:
    series = load(US_JAPAN)
    assert [s.date for s in series.statements] == [
        "2021-04-16",
        "2022-05-23",
        "2023-01-13",
        "2025-02-07",
    ]
    taiwan = only_thread(series, "peace and stability across the Taiwan Strait")
    # 2021 "We underscore the importance of peace and stability across the Taiwan Strait";
    # 2022 "... stated that their basic positions on Taiwan remain unchanged, and reiterated the
    # importance of peace and stability across ..."; 2023 "We emphasize that our basic positions
    # ..., and reiterate the importance of maintaining peace and stability across ...";
    # 2025 "The two leaders emphasized the importance of maintaining peace and stability ...".
    # "We", the two leaders by name and "The two leaders" all stand for the same parties, so no
    # step is an actor change.
    assert statuses(taiwan) == ["new", "modified", "modified", "modified"]
    assert taiwan.steps[0].text.startswith("We underscore the importance")
    assert stance_change(taiwan, 1) == ("underscore", "reiterated")
    # 2022 adds the global framing "as an indispensable element in security and prosperity in
    # the international community": a role phrase added whole (session 13)
    assert kinds(taiwan, 1) == {"stance-same", "scope-added"}
    added = next(c for c in taiwan.steps[1].changes if c.kind == "scope-added")
    assert (added.b_text or "").startswith("as an indispensable element")
    # "maintaining" peace and stability added alone is the standard formula, not a framing
    # (judged useless twice in the label samples): the step is modified, with no label
    assert kinds(taiwan, 2) == set()
    # 2023 "reiterate" → 2025 "emphasized": the later statement says the line as firmly without
    # marking it as said before; a restating verb given up later is no change (session 9)
    assert not [c for c in taiwan.steps[3].changes if c.kind.startswith("stance-")]
    assert "actor-changed" not in kinds(taiwan, 3)
    # the "basic positions on Taiwan" line is its own clause: new in 2022, gains a stance verb in
    # 2023 ("stated that" → "We emphasize that"), gone in 2025
    basic = only_thread(series, "basic positions on Taiwan")
    assert statuses(basic) == ["absent", "new", "modified", "dropped"]
    assert kinds(basic, 2) == {"stance-added"}
    # 2025 adds a new line: support for Taiwan's participation in international organizations
    participation = only_thread(series, "meaningful participation")
    assert statuses(participation) == ["absent", "absent", "absent", "new"]


def test_us_rok_taiwan_thread(load: Loader) -> None:
    series = load(
        ["us-rok-2021-05-21-leaders-joint-statement", "us-rok-2022-05-21-leaders-joint-statement"]
    )
    taiwan = only_thread(series, "Taiwan Strait")
    # 2021 "President Biden and President Moon emphasize ..." → 2022 "The two Presidents
    # reiterate ... as an essential element in security and prosperity in the Indo-Pacific region"
    assert statuses(taiwan) == ["new", "modified"]
    assert stance_change(taiwan, 1) == ("emphasize", "reiterate")
    assert "entity-added" in kinds(taiwan, 1)  # "... in the Indo-Pacific region"
    # both actors stand for the same two parties: a different wording, not a different actor
    assert "actor-changed" not in kinds(taiwan, 1)


def test_us_japan_rok_taiwan_thread(load: Loader) -> None:
    series = load(
        [
            "us-japan-rok-2022-11-13-phnom-penh-statement",
            "us-japan-rok-2023-08-18-spirit-of-camp-david",
        ]
    )
    taiwan = only_thread(series, "peace and stability across the Taiwan Strait")
    # Phnom Penh "... and reiterate the importance of maintaining peace ..." → Camp David
    # "We reaffirm the importance of peace and stability across the Taiwan Strait ..."
    assert statuses(taiwan) == ["new", "modified"]
    # "reiterate" → "reaffirm": the same restatement in other words, no stance label
    assert not [c for c in taiwan.steps[1].changes if c.kind.startswith("stance-")]
    assert [o.text.strip() for o in taiwan.steps[1].ops if o.op == "insert"][:1] == ["We reaffirm"]


def test_g7_taiwan_thread(load: Loader) -> None:
    series = load(
        [
            "g7-2021-06-13-carbis-bay-communique",
            "g7-2023-05-20-hiroshima-communique",
            "g7-2024-06-14-apulia-communique",
        ]
    )
    taiwan = only_thread(series, "peace and stability across the Taiwan Strait")
    # 2021 "We underscore ..."; 2023 "We reaffirm ... as indispensable to security and
    # prosperity in the international community"; 2024 "We reaffirm that maintaining ... is
    # indispensable to international security and prosperity"
    assert statuses(taiwan) == ["new", "modified", "modified"]
    assert stance_change(taiwan, 1) == ("underscore", "reaffirm")
    # 2023 → 2024 rewords the frame ("the importance of" → "that maintaining", "as" →
    # "is"): no stance, entity or qualifier changed ("as" → "is" is grammar, not a qualifier)
    assert kinds(taiwan, 2) == set()
    positions = only_thread(series, "basic positions of the G7 members on Taiwan")
    assert statuses(positions) == ["absent", "new", "unchanged"]


# Sentences mentioning each topic in the four U.S.-Japan statements, counted by hand:
# `grep -o` for the topic's terms and entity aliases in topics.toml / entities.toml
# (taiwan: "Taiwan", "cross-Strait"; myanmar: "Myanmar", "Burm"; ukraine: "Ukrain", "Kyiv",
# "war of aggression"; south-china-sea: "South China Sea"; supply-chains: "supply chain",
# "supply-chain", "critical minerals", "semiconductor", "chips"), then reading each hit and
# counting the sentences it falls in (two hits in one sentence count once; note 2021's
# "semi-conductors" is not a term, its sentence counts through "supply chains").
HAND_SENTENCES = {
    "taiwan": (1, 2, 2, 3),
    "myanmar": (1, 1, 0, 0),
    "ukraine": (0, 6, 4, 0),
    "south-china-sea": (1, 1, 0, 1),
    "supply-chains": (1, 6, 2, 5),
}


def test_us_japan_coverage_matches_hand_counts(load: Loader) -> None:
    series = load(US_JAPAN)
    for topic, expected in HAND_SENTENCES.items():
        row = series.coverage_row(topic)
        assert row is not None, topic
        sentences = tuple(len({c.rsplit(".", 1)[0] for c in per}) for per in row.clauses)
        assert sentences == expected, topic
        assert row.counts == tuple(len(per) for per in row.clauses)
        # a sentence whose mentions fall in two clauses counts twice in the clause matrix
        assert all(c >= s for c, s in zip(row.counts, expected, strict=True))
