"""Label rules of session 7, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import changes as _all_changes

PARTIES = ("Japan", "United States")


def _changes(a: str, b: str) -> list[tuple[str, str | None]]:
    return _all_changes(a, b, PARTIES)


_ACTS = st.sampled_from(
    [
        ("cooperate on", "cooperating on", "cooperated on"),
        ("invest in", "investing in", "invested in"),
        ("expand", "expanding", "expanded"),
        ("launch", "launching", "launched"),
    ]
)


@given(_ACTS, st.booleans())
def test_a_pledge_reported_as_done_or_under_way_is_no_modality_change(
    act: tuple[str, str, str], done: bool
) -> None:
    base, progressive, past = act
    report = f"We {past}" if done else f"We are now {progressive}"
    changes = _changes(
        f"We will {base} clean hydrogen supply chains across the region.",
        f"{report} clean hydrogen supply chains across the region.",
    )
    assert not [c for c in changes if c[0] == "modality-changed"]


def test_a_pledge_turned_into_a_call_on_others_is_still_a_change() -> None:
    changes = _changes(
        "We will implement the Compact on Maritime Safety.",
        "We call for the full implementation of the Compact on Maritime Safety.",
    )
    assert ("modality-changed", "'will' removed") in changes


@given(
    st.sampled_from(
        [
            ("We will share our data on clean energy.", "We note the shared data on clean energy."),
            (
                "We will unite our efforts on clean energy.",
                "We note the United States' efforts on clean energy.",
            ),
        ]
    )
)
def test_a_participle_or_a_name_reports_no_act(texts: tuple[str, str]) -> None:
    assert ("modality-changed", "'will' removed") in _changes(*texts)


@given(st.sampled_from(["to mobilize", "to start mobilizing"]))
def test_an_act_urged_on_others_is_no_report_of_the_parties_act(urged: str) -> None:
    changes = _changes(
        "We will mobilize private finance for clean energy.",
        f"We call on the development banks {urged} private finance for clean energy.",
    )
    assert ("modality-changed", "'will' removed") in changes


@given(st.sampled_from(["commit ourselves to", "commit our governments to"]))
def test_a_commitment_with_the_parties_as_its_object_is_a_commitment(form: str) -> None:
    changes = _changes(
        f"We {form} consult each other on regional threats.",
        "We stand by our commitment to consult each other on regional threats.",
    )
    assert not [c for c in changes if c[0] == "modality-changed"]


def test_a_commitment_given_up_is_still_a_change() -> None:
    changes = _changes(
        "We commit ourselves to consult each other on regional threats.",
        "We note the value of consultations on regional threats.",
    )
    assert ("modality-changed", "'commit to' removed") in changes


@given(st.sampled_from(["by peaceful means", "through peaceful means"]))
def test_a_peaceful_resolution_said_as_resolving_by_peaceful_means_is_kept(means: str) -> None:
    changes = _changes(
        "We call for a peaceful resolution of cross-Strait issues.",
        f"We call on both sides to resolve cross-Strait differences {means}.",
    )
    assert ("phrase-dropped", "'peaceful resolution' dropped") not in changes


def test_a_peaceful_resolution_given_up_is_still_labelled() -> None:
    changes = _changes(
        "We call for a peaceful resolution of cross-Strait issues.",
        "We call for a swift resolution of cross-Strait issues.",
    )
    assert any("peaceful resolution" in (detail or "") for _, detail in changes)


_A = """Cooperation in the region

We welcome cooperation in the region on clean energy. We support cooperation in the region
on health.

We will expand cooperation in the region on maritime security with the Solomon Islands.
"""
_B = """Partnership

We note cooperation in the region on education. We encourage cooperation in the region on
space.

We deepen cooperation in the region on fisheries with the Solomon Islands.
"""


def _alone(matches: list[tuple[int, int, float]]) -> frozenset[int]:
    from statementdiff import parse
    from statementdiff.align.aligner import Match
    from statementdiff.lexicon.lexicon import Lexicon
    from statementdiff.semantics.support import unsupported

    a, b = parse(_A, parties=list(PARTIES)), parse(_B, parties=list(PARTIES))
    found = [Match(a=(i,), b=(j,), similarity=s) for i, j, s in matches]
    aliases = Lexicon.default().alias_table
    return unsupported(list(a.clauses()), list(b.clauses()), found, aliases)


def test_a_weak_pair_sharing_only_common_words_stands_alone() -> None:
    # "cooperation" and "region" run through every clause of both statements
    assert _alone([(0, 0, 0.4)]) == {0}


def test_a_distinctive_shared_word_supports_a_weak_pair() -> None:
    assert _alone([(2, 2, 0.4)]) == frozenset()  # "Solomon Islands" on both sides only


def test_another_pair_between_the_same_paragraphs_supports_a_weak_pair() -> None:
    # clauses 0 and 1 are the first paragraph of each statement: two pairs between the
    # same two paragraphs support each other; a pair into another paragraph does not
    assert _alone([(0, 0, 0.4), (1, 1, 0.45)]) == frozenset()
    assert _alone([(0, 0, 0.4), (1, 2, 0.45)]) == {0, 1}


@given(st.floats(0.0, 1.0))
def test_only_pairs_scored_below_the_bar_can_stand_alone(score: float) -> None:
    from statementdiff.semantics.support import MIN_SUPPORTED_SIMILARITY

    assert (_alone([(0, 0, score)]) == {0}) == (score < MIN_SUPPORTED_SIMILARITY)


def test_a_pair_standing_alone_keeps_its_word_labels_and_loses_its_acts() -> None:
    from statementdiff import parse
    from statementdiff.models import Pair
    from statementdiff.semantics.labeller import ACT_KINDS, Labeller
    from statementdiff.worddiff import word_ops

    a = parse("We will support maritime security with Japan.", parties=["United States"])
    b = parse("We strongly oppose maritime security with China.", parties=["United States"])
    ca, cb = next(a.clauses()), next(b.clauses())
    pair = Pair(
        a=(ca.id,), b=(cb.id,), relation="modified", similarity=0.9,
        a_span=ca.span, b_span=cb.span, ops=word_ops(ca.text, 0, cb.text, 0),
    )  # fmt: skip
    labeller = Labeller.for_statements((a, b))
    every = {c.kind for c in labeller.label(pair, [ca], [cb])}
    alone = {c.kind for c in labeller.label(pair, [ca], [cb], acts=False)}
    assert every & ACT_KINDS
    assert not alone & ACT_KINDS
    assert alone == every - ACT_KINDS


@given(st.sampled_from(["pledged to", "committed to", "will"]))
def test_a_decision_to_act_is_as_firm_as_a_pledge(firm: str) -> None:
    changes = _changes(
        f"The Ministers {firm} continue regular trilateral consultations.",
        "The Ministers decided to continue regular trilateral consultations in Tokyo.",
    )
    assert not [c for c in changes if c[0] == "modality-changed"]


def test_a_decision_given_up_is_still_a_change() -> None:
    changes = _changes(
        "The Ministers decided to establish a working group on export controls.",
        "The Ministers noted the proposal for a working group on export controls.",
    )
    assert ("modality-changed", "'decide to' removed") in changes


def test_the_npt_spelled_without_a_hyphen_is_the_same_treaty() -> None:
    changes = _changes(
        "We reaffirm our commitment to the Nuclear Non-Proliferation Treaty as the cornerstone.",
        "We reaffirm our commitment to the Nuclear Nonproliferation Treaty as the cornerstone.",
    )
    assert not [c for c in changes if c[0].startswith("entity")]


@given(st.sampled_from(["unilaterally change", "take unilateral actions to change"]))
def test_one_coded_phrase_in_the_place_of_another_of_its_group_is_no_phrase_dropped(
    other: str,
) -> None:
    changes = _changes(
        "We strongly oppose any unilateral attempts to change the status quo by force.",
        f"We strongly oppose any effort to {other} the status quo by force.",
    )
    assert not [c for c in changes if c[0] in ("phrase-added", "phrase-dropped")]


def test_a_coded_phrase_given_up_is_still_dropped() -> None:
    changes = _changes(
        "We strongly oppose any unilateral attempts to change the status quo by force.",
        "We strongly oppose any attempts to change the status quo by force.",
    )
    assert ("phrase-dropped", "'unilateral attempts' dropped") in changes


def test_a_user_lexicon_adds_a_group_of_coded_phrases(tmp_path: Path) -> None:
    from statementdiff import compare, parse
    from statementdiff.lexicon.lexicon import Lexicon

    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[phrases]\ncoded = ["small yard, high fence"]\n'
        'same = [["small yard, high fence", "narrowly targeted controls"]]\n',
        encoding="utf-8",
    )
    lexicon = Lexicon.load(extra)
    texts = [
        f"We will protect our critical technologies {how}. We discussed trade."
        for how in ("with a small yard, high fence", "with narrowly targeted controls")
    ]
    a, b = (parse(t, lexicon=lexicon) for t in texts)
    kinds = [c.kind for p in compare(a, b, lexicon=lexicon).pairs for c in p.changes]
    assert "phrase-dropped" not in kinds
    assert lexicon.phrases.concept()["narrowly targeted controls"] == "small yard, high fence"


def test_a_group_of_one_phrase_is_refused(tmp_path: Path) -> None:
    import pytest

    from statementdiff.errors import StatementDiffError
    from statementdiff.lexicon.lexicon import Lexicon

    extra = tmp_path / "mine.toml"
    extra.write_text('[phrases]\nsame = [["small yard, high fence"]]\n', encoding="utf-8")
    with pytest.raises(StatementDiffError, match="two phrases or more"):
        Lexicon.load(extra)
