"""Label rules of session 13, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import changes, pair_labels, statement_pair_labels
from statementdiff import Lexicon, LexiconError, compare, parse

PARTIES = ["Japan", "United States"]
PHRASES = Lexicon.default().phrases
DEGREE = PHRASES.degree_of()
DEGREE_WORDS = sorted(DEGREE)
HEADS = ["element", "pillar", "partner", "role", "importance"]


def _sentence(degree: str, head: str) -> str:
    if head == "importance":
        return f"We underline the {degree} importance of maritime security in the Mekong region."
    return f"We regard maritime security as a {degree} {head} of prosperity in the Mekong region."


@given(st.sampled_from(DEGREE_WORDS), st.sampled_from(DEGREE_WORDS), st.sampled_from(HEADS))
def test_a_degree_word_of_another_degree_before_the_same_noun_is_a_stance_change(
    first: str, second: str, head: str
) -> None:
    labels = changes(_sentence(first, head), _sentence(second, head), PARTIES)
    stances = [kind for kind, _ in labels if kind.startswith("stance-")]
    if DEGREE[first] == DEGREE[second]:
        assert stances == []
    else:
        assert stances == ["stance-stronger" if DEGREE[second] > DEGREE[first] else "stance-weaker"]
        detail = next(d for k, d in labels if k.startswith("stance-"))
        assert f"{first} → {second} {head}" in (detail or "")


@given(st.sampled_from(DEGREE_WORDS), st.sampled_from(DEGREE_WORDS))
def test_a_degree_word_before_a_noun_of_no_rank_is_no_stance(first: str, second: str) -> None:
    a = f"We will secure supply chains of {first} minerals for clean energy."
    b = f"We will secure supply chains of {second} minerals for clean energy."
    assert [k for k, _ in changes(a, b, PARTIES) if k.startswith("stance-")] == []


@given(st.sampled_from(DEGREE_WORDS), st.sampled_from(["element", "importance"]))
def test_a_degree_word_added_alone_is_not_compared(degree: str, head: str) -> None:
    a = _sentence("", head).replace("  ", " ").replace(" a element", " an element")
    labels = changes(a, _sentence(degree, head), PARTIES)
    assert [k for k, _ in labels if k.startswith("stance-")] == []


ROLES = [
    "as an indispensable element of security and prosperity in the wider region",
    "as a pillar of regional peace and stability",
    "as the cornerstone of our economic partnership",
]


@given(st.sampled_from(ROLES), st.booleans())
def test_a_role_phrase_added_or_dropped_whole_is_a_scope_change(role: str, mirrored: bool) -> None:
    a = f"We stress the importance of safe sea lanes {role}."
    b = "We stress the importance of safe sea lanes."
    kind = "scope-dropped"
    if mirrored:
        a, b, kind = b, a, "scope-added"
    assert (kind, f"'{role}' {kind[6:]}") in changes(a, b, PARTIES)


@pytest.mark.parametrize(
    "tail",
    [
        # no noun of role or rank: a manner, not a role
        "as a means of building trust between our coast guards",
        # a verb of its own: a clause, left to the other rules
        "as a pillar that will guide our cooperation",
        # longer than a noun phrase gets: a clause of its own
        "as a pillar of peace, stability, prosperity, openness, transparency, inclusiveness, "
        "resilience, and good governance across the region",
    ],
)
def test_what_is_no_role_phrase_is_no_scope_change(tail: str) -> None:
    a = f"We stress the importance of safe sea lanes {tail}."
    b = "We stress the importance of safe sea lanes."
    assert [k for k, _ in changes(a, b, PARTIES) if k.startswith("scope-")] == []


def test_degree_and_role_labels_mirror() -> None:
    a = parse(f"{_sentence('indispensable', 'element')} We back safe sea lanes.", parties=PARTIES)
    b = parse(
        f"{_sentence('essential', 'element')} We back safe sea lanes {ROLES[1]}.", parties=PARTIES
    )
    forward = [c.mirrored() for p in compare(a, b, related=False).pairs for c in p.changes]
    back = [c for p in compare(b, a, related=False).pairs for c in p.changes]
    assert {(c.kind, c.a_text, c.b_text) for c in forward} == {
        (c.kind, c.a_text, c.b_text) for c in back
    }
    assert sorted(c.kind for c in back) == ["scope-dropped", "stance-stronger"]


def test_a_word_in_two_degrees_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('[phrases]\nimportance = [["key"], ["key", "vital"]]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="two"):
        Lexicon.load(path)


def test_a_user_scale_replaces_the_built_in_one(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('[phrases]\nimportance = [["useful"], ["vital"]]\n', encoding="utf-8")
    mine = Lexicon.load(path)
    assert mine.phrases.degree_of() == {"useful": 0, "vital": 1}
    a = parse(_sentence("useful", "element"), parties=PARTIES, lexicon=mine)
    b = parse(_sentence("vital", "element"), parties=PARTIES, lexicon=mine)
    kinds = [c.kind for p in compare(a, b, related=False, lexicon=mine).pairs for c in p.changes]
    assert kinds == ["stance-stronger"]


BODIES = [
    ("UN Security Council resolutions", "the relevant UN Security Council resolutions"),
    ("the UN Charter", "the purposes and principles of the UN Charter"),
    ("UNCLOS", "the UN Convention on the Law of the Sea (UNCLOS)"),
]


@given(st.sampled_from(BODIES), st.booleans())
def test_a_body_the_other_paragraph_cites_is_no_entity_dropped(
    body: tuple[str, str], mirrored: bool
) -> None:
    short, long = body
    a = f"We condemn the launches of ballistic missiles by the DPRK in violation of {short}."
    b = (
        "We condemn the launches of ballistic missiles by the DPRK. "
        f"We urge the DPRK to act in line with {long}."
    )
    if mirrored:
        a, b = b, a
    labels = pair_labels(a, b, 0.8, PARTIES)
    assert [k for k, _ in labels if k.startswith(("entity-", "qualifier-"))] == []


@given(st.booleans())
def test_a_country_the_other_paragraph_names_less_often_is_still_dropped(mirrored: bool) -> None:
    a = "We oppose the coercive actions of China in the region, and China's support for them."
    b = "We oppose coercive actions in the region. We will discuss trade with China."
    kind = "entity-dropped"
    if mirrored:
        a, b, kind = b, a, "entity-added"
    labels = pair_labels(a, b, 0.8, PARTIES)
    assert (kind, "China dropped" if not mirrored else "China added") in labels


CODED = ["a free and open Indo-Pacific", "economic coercion", "the status quo"]


@given(st.sampled_from(CODED), st.booleans(), st.sampled_from([0, 1, 2]))
def test_a_coded_phrase_the_other_paragraph_says_as_often_is_not_dropped(
    phrase: str, mirrored: bool, said_there: int
) -> None:
    a = f"We will work together against {phrase} and for a resilient region. We meet again soon."
    there = " ".join([f"We speak of {phrase} here."] * said_there)
    b = f"We will work together for a resilient region. {there}".strip()
    kind = "phrase-dropped"
    if mirrored:
        a, b, kind = b, a, "phrase-added"
    labels = {k for k, _ in pair_labels(a, b, 0.8, PARTIES)}
    assert (kind in labels) is (said_there == 0)


def test_a_coded_phrase_said_less_often_in_the_other_paragraph_is_still_dropped() -> None:
    phrase = "economic coercion"
    a = f"We will work together against {phrase} in the region. We will never accept {phrase}."
    b = f"We will work together in the region. We discussed {phrase}."
    assert "phrase-dropped" in {k for k, _ in pair_labels(a, b, 0.8, PARTIES)}


def _dated_pair_kinds(a_text: str, b_text: str, a_date: str, b_date: str) -> set[str]:
    a = parse(a_text, parties=PARTIES, date=a_date)
    b = parse(b_text, parties=PARTIES, date=b_date)
    return {kind for kind, _ in statement_pair_labels(a, b, 0.8)}


@given(st.sampled_from(CODED), st.booleans())
def test_the_later_statement_putting_a_coded_phrase_into_a_line_is_still_labelled(
    phrase: str, later_adds: bool
) -> None:
    with_it = f"We will work together against {phrase} and for a resilient region."
    without = f"We will work together for a resilient region. We speak of {phrase} here."
    dates = ("2031-01-01", "2032-01-01") if later_adds else ("2032-01-01", "2031-01-01")
    kinds = _dated_pair_kinds(without, with_it, *dates)
    assert ("phrase-added" in kinds) is later_adds


@pytest.mark.parametrize(
    ("b_topic_line", "labelled"),
    [
        # the other side's clause is on no common topic: a name said elsewhere is not its own
        ("We will deepen cooperation on clean energy supply chains.", False),
        # ... on a common topic (the DPRK) it still is
        ("We will deepen cooperation on the abductions issue and on missile launches.", True),
    ],
)
def test_a_name_said_elsewhere_on_a_loose_pair_of_two_topics_is_no_label(
    b_topic_line: str, labelled: bool
) -> None:
    a = "We condemn the ballistic missile launches by North Korea."
    b = f"{b_topic_line}\n\nNorth Korea must abandon its weapons programmes."
    kinds = {k for k, _ in pair_labels(a, b, 0.45, PARTIES)}
    assert ("entity-dropped" in kinds) is labelled


@pytest.mark.parametrize("written", ["Five-Point Consensus", "Five Point Consensus"])
def test_the_five_point_consensus_is_on_the_myanmar_topic(written: str) -> None:
    clause = next(parse(f"We call for full implementation of ASEAN's {written}.").clauses())
    assert "myanmar" in clause.topics


def _kinds_between(
    a_text: str, b_text: str, a_parties: list[str], b_parties: list[str]
) -> set[str]:
    a, b = parse(a_text, parties=a_parties), parse(b_text, parties=b_parties)
    return {kind for kind, _ in statement_pair_labels(a, b, 0.8)}


@pytest.mark.parametrize(
    ("fmt", "members", "outsider"),
    [
        ("the Quad", ["United States", "Japan"], "Thailand"),
        ("the G7", ["United States", "Canada"], "Republic of Korea"),
        ("the G20", ["United States", "India"], "Vietnam"),
    ],
)
@pytest.mark.parametrize("mirrored", [False, True])
def test_a_format_only_one_side_belongs_to_is_no_entity_label(
    fmt: str, members: list[str], outsider: str, mirrored: bool
) -> None:
    a = f"We will cooperate on pandemic preparedness, including through {fmt}."
    b = "We will cooperate on pandemic preparedness."
    outsiders = ["United States", outsider]
    a_parties, b_parties = members, outsiders
    if mirrored:
        a, b, a_parties, b_parties = b, a, b_parties, a_parties
    assert not {k for k in _kinds_between(a, b, a_parties, b_parties) if k.startswith("entity-")}
    # between two statements of the same makers it is still a change
    same = _kinds_between(a, b, members, members)
    assert ("entity-added" if mirrored else "entity-dropped") in same
