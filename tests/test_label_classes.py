"""Label rules of language from the sixth judged sample (issue 13), on sentences written for
the test: each class of wrong label the sample showed, and the right label next to it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _label_helpers import labelled
from statementdiff import compare, parse

PARTIES = ["United States", "Japan"]


def _changes(a: str, b: str) -> list[tuple[str, str | None]]:
    diff = compare(parse(a, parties=PARTIES), parse(b, parties=PARTIES), related=False)
    return [(c.kind, c.detail) for p in diff.pairs for c in p.changes]


def _both_ways(a: str, b: str) -> list[tuple[str, str | None]]:
    return _changes(a, b) + _changes(b, a)


def test_an_entity_named_on_both_sides_is_neither_dropped_nor_added() -> None:
    changes = _both_ways(
        "We stand with Ukraine against Russia's brutal war of aggression against Ukraine.",
        "We stand with Ukraine against Russia's brutal war of aggression.",
    )
    assert not [c for c in changes if c[0].startswith("entity-")]


def test_a_hunk_edge_is_no_replacement_of_a_name_the_other_side_keeps() -> None:
    changes = _changes(
        "They called for full implementation of the resolutions by all states, including "
        "North Korea, and for lasting peace on the Korean Peninsula.",
        "They called for full implementation of the resolutions relating to the DPRK.",
    )
    assert not [c for c in changes if c[0] == "entity-added"]
    assert ("entity-dropped", "Korean Peninsula dropped") in changes


def test_a_replacement_in_the_same_slot_stands_when_the_name_is_said_elsewhere() -> None:
    changes = _changes(
        "We reaffirm our commitment to the complete denuclearization of North Korea.",
        "We reaffirm our commitment to the complete denuclearization of the Korean Peninsula "
        "and condemn North Korea's launches.",
    )
    assert ("entity-added", "North Korea → Korean Peninsula") in changes


def test_the_number_of_a_list_item_is_no_number_change() -> None:
    changes = _both_ways(
        "China will continue to (i) suspend the additional duties for 90 days, and (ii) "
        "remove the countermeasures taken since April 2, 2025.",
        "China will continue to (1) suspend the additional duties for 90 days, and (2) "
        "remove the countermeasures taken since April 2, 2025.",
    )
    assert not [c for c in changes if c[0] == "number-changed"]


def test_a_number_in_a_list_item_still_counts() -> None:
    changes = _changes(
        "China will continue to (1) suspend the duties for 90 days, and (2) remove the "
        "countermeasures.",
        "China will continue to (1) suspend the duties for 60 days, and (2) remove the "
        "countermeasures.",
    )
    assert ("number-changed", "90 → 60") in changes


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")
_ITEMS = ("suspend the duties", "remove the measures", "hold talks", "review the tariffs")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_ITEMS), min_size=1, max_size=len(_ROMAN)))
def test_list_numbering_style_never_reads_as_a_number(items: list[str]) -> None:
    def listed(marks: list[str]) -> str:
        return (
            "China will "
            + ", and ".join(f"({m}) {i}" for m, i in zip(marks, items, strict=True))
            + "."
        )

    roman = listed(list(_ROMAN[: len(items)]))
    arabic = listed([str(n) for n in range(1, len(items) + 1)])
    assert not [c for c in _both_ways(roman, arabic) if c[0] == "number-changed"]


_ITEMS_A = "We will expand cooperation on clean energy and decarbonization.\n"


def test_a_run_in_heading_has_no_modality_to_lose() -> None:
    b = (
        "- Expanding Cooperation on Clean Energy and Decarbonization: The United States "
        "and Japan held a ministerial meeting in June.\n"
    )
    changes = _both_ways(_ITEMS_A, b)
    assert not [c for c in changes if c[0] == "modality-changed"]


def test_a_sentence_after_a_colon_that_is_no_title_keeps_its_modality_label() -> None:
    # "we expand cooperation" would report the act itself (session 12: no modality change);
    # speaking of it only keeps the promise's loss a change
    b = "- On clean energy: we discussed cooperation on clean energy and decarbonization.\n"
    assert ("modality-changed", "'will' removed") in _changes(_ITEMS_A, b)


def test_a_serial_subject_with_a_missing_space_is_the_whole_subject() -> None:
    changes = _both_ways(
        "Japan, the ROK,and the United States will coordinate sanctions against the DPRK.",
        "Japan, the ROK, and the United States will coordinate sanctions against the DPRK.",
    )
    assert not [c for c in changes if c[0] == "actor-changed"]


def test_a_modal_of_a_named_instrument_is_not_the_parties_commitment() -> None:
    changes = _both_ways(
        "They welcomed that the renewed Homeland Security Dialogue will further strengthen "
        "counterterrorism cooperation.",
        "They welcomed that the renewed Homeland Security Dialogue further strengthens "
        "counterterrorism cooperation.",
    )
    assert not [c for c in changes if c[0] == "modality-changed"]


def test_a_modal_of_the_parties_named_is_still_their_commitment() -> None:
    changes = _changes(
        "The United States and Japan will further strengthen counterterrorism cooperation.",
        "The United States and Japan discussed counterterrorism cooperation.",
    )
    assert ("modality-changed", "'will' removed") in changes


def _labelled(a_text: str, b_text: str, similarity: float) -> set[str]:
    return labelled(a_text, b_text, similarity, PARTIES)


def test_a_loose_pair_claims_no_act_but_keeps_its_words() -> None:
    from statementdiff.semantics.labeller import ACT_KINDS, MIN_ACT_SIMILARITY

    a_text = "We support the plan for the Mekong region."
    b_text = "We strongly oppose the plan for the South China Sea."
    firm = _labelled(a_text, b_text, MIN_ACT_SIMILARITY)
    loose = _labelled(a_text, b_text, MIN_ACT_SIMILARITY - 0.01)
    assert firm & ACT_KINDS
    assert not loose & ACT_KINDS
    assert {"entity-added", "entity-dropped"} <= loose


def test_a_loose_score_keeps_act_labels_when_the_words_are_mostly_kept() -> None:
    labels = _labelled(
        "We support the new plan for regional maritime security.",
        "We strongly support the new plan for regional maritime security.",
        0.2,
    )
    assert "stance-stronger" in labels


QUAD = ["Australia", "India", "Japan", "United States"]


def _changes_of(a: str, b: str, parties: list[str]) -> list[tuple[str, str | None]]:
    diff = compare(parse(a, parties=parties), parse(b, parties=parties), related=False)
    return [(c.kind, c.detail) for p in diff.pairs for c in p.changes]


def test_the_format_the_parties_make_up_is_their_own_name() -> None:
    a = "We reaffirm the Quad's commitment to a free and open Indo-Pacific."
    b = "We reaffirm our commitment to a free and open Indo-Pacific."
    changes = _changes_of(a, b, QUAD) + _changes_of(b, a, QUAD)
    assert not [c for c in changes if c[0].startswith("entity-")]


def test_a_format_of_other_members_is_still_named() -> None:
    changes = _changes_of(
        "We welcome cooperation through the Quad on maritime security.",
        "We welcome cooperation on maritime security.",
        ["United States", "Japan"],
    )
    assert ("entity-dropped", "Quad dropped") in changes


def test_a_place_inside_a_title_is_no_mention_of_the_place() -> None:
    changes = (
        _both_ways(
            "We reaffirm our support for the implementation of the ASEAN Outlook on the "
            "Indo-Pacific and for ASEAN centrality.",
            "We reaffirm our support for ASEAN centrality.",
        )
        + _both_ways(
            "We welcome the Indo-Pacific Partnership for Maritime Domain Awareness.",
            "We welcome the partnership for maritime domain awareness.",
        )
        + _both_ways(
            "We support the conventions of the Council of Europe against cybercrime.",
            "We support the conventions against cybercrime.",
        )
    )
    assert not [c for c in changes if c[0].startswith("entity-") and "Europe" in (c[1] or "")]
    assert not [c for c in changes if c[0].startswith("entity-") and "Indo-Pacific" in (c[1] or "")]


def test_a_place_named_in_its_own_right_is_still_a_mention() -> None:
    changes = _changes(
        "We reaffirm our commitment to a free and open Indo-Pacific region.",
        "We reaffirm our commitment to a free and open region.",
    )
    assert ("entity-dropped", "Indo-Pacific dropped") in changes


_SETTING = (
    "We are committed to a free and open Indo-Pacific.\n\n"
    "We will expand vaccine production for the Indo-Pacific.\n\n"
    "We will build quality infrastructure across the Indo-Pacific.\n\n"
    "We will strengthen maritime domain awareness in the Indo-Pacific.\n\n"
    "We will deepen cooperation on critical technologies for the Indo-Pacific.\n\n"
)


def test_a_region_both_statements_keep_naming_is_their_setting() -> None:
    a = _SETTING + "We support partners across the Indo-Pacific in fighting illegal fishing.\n"
    b = _SETTING + "We support partners in fighting illegal fishing.\n"
    changes = _changes_of(a, b, QUAD) + _changes_of(b, a, QUAD)
    assert not [c for c in changes if c[0].startswith("entity-")]


def test_a_list_item_under_a_commitment_keeps_the_position() -> None:
    a = "We stand for freedom of navigation and overflight in the South China Sea.\n"
    b = (
        "We are determined to deepen engagement with regional partners; combat illegal "
        "fishing; and ensure freedom of navigation and overflight in the South China Sea.\n"
    )
    assert not [c for c in _changes(a, b) if c[0] == "stance-dropped"]


TRILATERAL = ["Japan", "Republic of Korea", "United States"]


def test_a_serial_list_of_titled_names_with_a_suffix_is_the_whole_subject() -> None:
    text = (
        "Prime Minister Kishida Fumio of Japan, President Yoon Suk Yeol of the Republic of "
        "Korea (ROK), and President Joseph R. Biden, Jr. of the United States reaffirmed our "
        "trilateral partnership."
    )
    (clause,) = parse(text, parties=TRILATERAL).clauses()
    assert set(clause.parties) == set(TRILATERAL)
    changes = _changes_of(text, "We reaffirmed our trilateral partnership.", TRILATERAL)
    assert not [c for c in changes if c[0] == "actor-changed"]


def _labels(a: str, b: str) -> list[tuple[str, str | None, bool]]:
    diff = compare(parse(a, parties=PARTIES), parse(b, parties=PARTIES), related=False)
    return [(c.kind, c.detail, c.elsewhere) for p in diff.pairs for c in p.changes]


def test_a_name_dropped_here_but_said_elsewhere_says_so() -> None:
    a = (
        "We support ASEAN efforts to seek a solution in Myanmar.\n\n"
        "We call for the release of all those arbitrarily detained in Myanmar."
    )
    b = (
        "We support ASEAN-led efforts.\n\n"
        "We call for the release of all those arbitrarily detained in Myanmar."
    )
    assert ("entity-dropped", "Myanmar dropped", True) in _labels(a, b)
    assert ("entity-added", "Myanmar added", True) in _labels(b, a)
    gone = "We call for the release of all those arbitrarily detained."
    assert ("entity-dropped", "Myanmar dropped", False) in _labels(
        "We support ASEAN efforts to seek a solution in Myanmar.\n\n" + gone,
        "We support ASEAN-led efforts.\n\n" + gone,
    )


def test_a_coded_phrase_dropped_here_but_said_elsewhere_says_so() -> None:
    rest = "\n\nWe are committed to a free and open Indo-Pacific that is inclusive."
    labels = _labels(
        "We will deepen cooperation with partners who share the vision of a free and open "
        "Indo-Pacific through joint exercises." + rest,
        "We will deepen cooperation with partners through joint exercises." + rest,
    )
    assert ("phrase-dropped", "'free and open Indo-Pacific' dropped", True) in labels
    alone = _labels(
        "We will deepen cooperation with partners who share the vision of a free and open "
        "Indo-Pacific through joint exercises.",
        "We will deepen cooperation with partners through joint exercises.",
    )
    assert ("phrase-dropped", "'free and open Indo-Pacific' dropped", False) in alone


def test_the_report_says_a_change_is_the_passage_s() -> None:
    from statementdiff.models import Change
    from statementdiff.render._common import change_text

    dropped = Change(kind="entity-dropped", a_text="Myanmar", detail="Myanmar dropped")
    assert change_text(dropped) == "Myanmar dropped"
    there = dropped.model_copy(update={"elsewhere": True})
    assert change_text(there) == "Myanmar dropped (said elsewhere in B)"
    assert change_text(there.mirrored()) == "Myanmar (said elsewhere in A)"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # an article or a verb form next to a name
        (
            "We strongly condemn DPRK's ballistic missile launches this year.",
            "We strongly condemn the DPRK's ballistic missile launches this year.",
        ),
        (
            "The commitment to the defense of the ROK is ironclad.",
            "The commitments to the defense of the ROK are ironclad.",
        ),
        # an -ing verb added alone before a framed place is style
        (
            "We reiterate the importance of peace and stability across the Taiwan Strait.",
            "We reiterate the importance of maintaining peace and stability across the Taiwan "
            "Strait.",
        ),
    ],
)
def test_grammar_and_style_next_to_a_name_are_no_qualifier(a: str, b: str) -> None:
    assert not [c for c in _both_ways(a, b) if c[0] == "qualifier-changed"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "We call on all states to implement all UNSC resolutions.",
            "We call on all states to implement all relevant UNSC resolutions.",
        ),
        (  # an -ing verb replaced by another with a framing word still frames
            "We reiterate the importance of preserving peace and stability across the Taiwan "
            "Strait.",
            "We reiterate the importance of preserving lasting peace and stability across the "
            "Taiwan Strait.",
        ),
    ],
)
def test_a_word_that_frames_a_name_is_still_a_qualifier(a: str, b: str) -> None:
    assert [c for c in _changes(a, b) if c[0] == "qualifier-changed"]


def test_their_determination_to_act_is_a_commitment() -> None:
    changes = _changes(
        "Our governments will continue to cooperate to realize a free and open Indo-Pacific.",
        "They expressed their determination to continuously cooperate to realize a free and "
        "open Indo-Pacific.",
    )
    assert not [c for c in changes if c[0] == "modality-changed" and "removed" in (c[1] or "")]


def test_welcoming_a_visitor_with_a_long_title_is_hospitality() -> None:
    text = (
        "Prime Minister Narendra Modi welcomed United States President Joseph R. Biden, Jr., "
        "to India today."
    )
    (clause,) = parse(text, parties=["United States", "India"]).clauses()
    assert clause.stance is None


def test_objections_are_opposition() -> None:
    changes = _changes(
        "We reiterated our objections to unlawful maritime claims in the South China Sea.",
        "We reiterated our strong opposition to unlawful maritime claims in the South China Sea.",
    )
    assert ("stance-stronger", "oppose → strongly oppose, stronger (3 → 4)") in changes


def test_a_coded_phrase_said_elsewhere_in_another_order_says_so() -> None:
    rest = "\n\nWe will uphold the international rules-based order."
    labels = _labels(
        "We strongly support the principles of freedom and the rule of law." + rest,
        "We strongly support the principles of freedom, the rule of law and the rules-based "
        "international order." + rest,
    )
    assert ("phrase-added", "'rules-based international order' added", True) in labels


def test_another_speaker_s_verb_is_no_restatement_of_the_stance() -> None:
    changes = _changes(
        "President Whitcombe reaffirmed the commitment to the immediate resolution of the "
        "abductions issue.",
        "Japan reiterated the commitment to the immediate resolution of the abductions issue.",
    )
    assert [c for c in changes if c[0] == "actor-changed"]
    assert not [c for c in changes if c[0] == "stance-same"]
