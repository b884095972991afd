"""Label rules of language (issue 13), each on sentences written for the test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from statementdiff import Lexicon, compare, parse
from statementdiff.models import Diff

PARTIES = ["United States", "Japan"]


def _changes(a: str, b: str) -> list[tuple[str, str | None]]:
    diff = compare(parse(a, parties=PARTIES), parse(b, parties=PARTIES), related=False)
    return [(c.kind, c.detail) for p in diff.pairs for c in p.changes]


def _kinds(diff: Diff) -> set[str]:
    return {c.kind for p in diff.pairs for c in p.changes}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a pronoun or demonstrative is no speaker of its own: it resolves to no party
        (
            "The United States reaffirmed its commitment to the defense of Japan.",
            "It reaffirmed its commitment to the defense of Japan.",
        ),
        (
            "We will expand cooperation on critical minerals.",
            "This will expand cooperation on critical minerals.",
        ),
        # a fronted participle taken for a name resolves to no party either
        (
            "We will strengthen supply chains of semiconductors.",
            "Developing supply chains of semiconductors will strengthen the region.",
        ),
    ],
)
def test_an_actor_resolved_to_no_party_is_no_actor_change(a: str, b: str) -> None:
    assert "actor-changed" not in {kind for kind, _ in _changes(a, b)}
    assert "actor-changed" not in {kind for kind, _ in _changes(b, a)}


def test_a_change_of_named_speakers_is_still_an_actor_change() -> None:
    changes = _changes(
        "President Whitcombe reaffirmed the commitment to the alliance.",
        "Prime Minister Ishida reaffirmed the commitment to the alliance.",
    )
    assert ("actor-changed", "President Whitcombe → Prime Minister Ishida") in changes


def test_reaffirming_the_same_support_is_continuity_not_strength() -> None:
    changes = _changes("We support the plan.", "We reaffirm our support for the plan.")
    kinds = {kind for kind, _ in changes}
    assert "stance-stronger" not in kinds
    assert ("stance-same", "support → reaffirm; now marks continuity") in changes
    back = _changes("We reaffirm our support for the plan.", "We support the plan.")
    assert ("stance-same", "reaffirm → support; no longer marks continuity") in back


_LEX = Lexicon.default()
_CONTINUITY = sorted(k for k, e in _LEX.stance.items() if e.continuity and " " not in k)
_PLAIN = sorted(k for k, e in _LEX.stance.items() if not e.continuity and " " not in k)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_CONTINUITY), st.sampled_from(_PLAIN), st.booleans())
def test_no_strength_is_claimed_between_a_continuity_verb_and_a_plain_one(
    again: str, plain: str, forward: bool
) -> None:
    first = f"We {plain} the new maritime security initiative in the region."
    second = f"We {again} the new maritime security initiative in the region."
    a, b = (first, second) if forward else (second, first)
    diff = compare(parse(a), parse(b), related=False)
    assert not _kinds(diff) & {"stance-stronger", "stance-weaker"}


def test_the_statements_own_parties_are_no_entity_change() -> None:
    a = parse(
        "We will deepen the U.S.-Japan Alliance and oppose China's coercion.",
        parties=["United States", "Japan"],
    )
    b = parse(
        "We will deepen the U.S.-ROK Alliance and oppose coercion.",
        parties=["United States", "Republic of Korea"],
    )
    changes = [(c.kind, c.detail) for p in compare(a, b, related=False).pairs for c in p.changes]
    named = {detail for kind, detail in changes if kind.startswith("entity-")}
    assert named == {"China dropped"}
    # without parties nobody is known to make the statements: the swap is reported
    bare = compare(parse(a.text), parse(b.text), related=False)
    assert any(
        c.kind == "entity-dropped" and "Japan" in (c.detail or "")
        for p in bare.pairs
        for c in p.changes
    )


def test_a_hedge_deleted_with_its_action_is_content_dropped_not_a_hedge_removed() -> None:
    a = "We welcome the new fund, and we intend to address unsustainable debt in the region."
    b = "We welcome the new fund in the region."
    assert not {kind for kind, _ in _changes(a, b)} & {"hedge-removed", "hedge-added"}
    assert not {kind for kind, _ in _changes(b, a)} & {"hedge-removed", "hedge-added"}


def test_a_hedge_on_the_same_action_is_still_labelled() -> None:
    changes = _changes(
        "We will expand joint work on lunar exploration.",
        "We seek to expand joint work on lunar exploration.",
    )
    assert "hedge-added" in {kind for kind, _ in changes}


def test_an_entity_the_other_side_names_in_the_same_sentence_was_split_off_not_dropped() -> None:
    a = parse("We strongly support the clean energy partnership with Southeast Asia.")
    b = parse(
        "We welcome the new initiative in Southeast Asia, and we strongly support the clean "
        "energy partnership."
    )
    for x, y in ((a, b), (b, a)):
        diff = compare(x, y, related=False)
        assert not _kinds(diff) & {"entity-dropped", "entity-added"}


def test_a_continuity_verb_added_alone_is_no_new_stance() -> None:
    a = "We are committed to strengthening education exchanges between our two peoples."
    b = "We reaffirm that we are committed to strengthening education exchanges between us."
    for x, y in ((a, b), (b, a)):
        kinds = {kind for kind, _ in _changes(x, y)}
        assert not kinds & {"stance-added", "stance-dropped"}, kinds
