"""Label rules of session 17, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import changes, pair_labels, whole_pair_labels
from statementdiff import parse
from statementdiff.models import Pair
from statementdiff.semantics.labeller import Labeller, _lead_in, _list_of
from statementdiff.semantics.qualifiers import _FUNCTION_PREPOSITIONS
from statementdiff.worddiff import word_ops

PARTIES = ["United States", "Japan"]


def _kinds(labels: list[tuple[str, str | None]], prefix: str) -> list[str]:
    return [kind for kind, _ in labels if kind.startswith(prefix)]


# -- a coded phrase whose core the other side says widens that core ---------------------------


def test_a_coded_phrase_that_widens_the_other_sides_is_a_widening() -> None:
    a = "We oppose any attempt to change the status quo by force in the region."
    b = "We oppose any attempt to change the status quo by force or coercion in the region."
    labels = pair_labels(a, b, 0.8, PARTIES)
    assert ("phrase-added", "'by force' → 'by force or coercion'") in labels
    assert ("phrase-added", "'by force or coercion' added") not in labels


def test_a_narrowed_coded_phrase_reads_the_other_way() -> None:
    a = "We oppose any attempt to change the status quo by force or coercion in the region."
    b = "We oppose any attempt to change the status quo by force in the region."
    assert ("phrase-dropped", "'by force or coercion' → 'by force'") in pair_labels(
        a, b, 0.8, PARTIES
    )


def test_a_coded_phrase_with_no_core_on_the_other_side_is_still_added() -> None:
    # guard: nothing of the phrase is said on the other side
    a = "We oppose any attempt to change the status quo in the region."
    b = "We oppose any attempt to change the status quo by force or coercion in the region."
    assert ("phrase-added", "'by force or coercion' added") in pair_labels(a, b, 0.8, PARTIES)


def test_a_coded_phrase_whose_words_the_other_side_says_in_another_form_is_kept() -> None:
    # "coercive actions" names the coercion; "by force" the force
    a = (
        "We express concern over coercive actions and oppose any attempt to change the status "
        "quo by force in the region."
    )
    b = "We oppose any attempt to change the status quo by force or coercion in the region."
    assert _kinds(whole_pair_labels(a, b, 0.7, PARTIES), "phrase-") == []


# -- a stance verb said on both sides is not weighed against another verb ---------------------


def test_a_verb_the_other_side_also_says_is_no_stance_change() -> None:
    # A's pair merges two clauses, two acts; B keeps one of them, the acknowledgment
    a = (
        "In this context, we stress the important role that deliveries of gas can play and "
        "acknowledge that investment in the sector can be appropriate in response to the crisis."
    )
    b = (
        "The United States and Japan also acknowledge the need to strengthen investment in the "
        "sector in response to the crisis."
    )
    labels = whole_pair_labels(a, b, 0.6, PARTIES)
    assert _kinds(labels, "stance-weaker") == []
    assert _kinds(labels, "stance-stronger") == []


def test_a_verb_replaced_by_a_weaker_one_is_still_weaker() -> None:
    # guard: B does not say "stress" anywhere in the pair
    a = "We stress that investment in the sector can be appropriate in response to the crisis."
    b = "We acknowledge that investment in the sector can be appropriate in response to the crisis."
    assert _kinds(pair_labels(a, b, 0.9, PARTIES), "stance-weaker") == ["stance-weaker"]


# -- a numbered paragraph that ends with a colon opens the bulleted list after it -------------

LISTED = """Trade

1. We will modernise the trading system. We will work together with all members to advance \
the following points:

- strengthens rules against unfair practices, such as forced technology transfer;
- delivers an agreement on fisheries subsidies.

2. We welcome the new agreement on services.
"""


def test_a_numbered_paragraph_opens_the_bulleted_list_after_it() -> None:
    statement = parse(LISTED, parties=PARTIES)
    items = [b for s in statement.sections for b in s.blocks if b.kind == "item"]
    bullets = [b for b in items if "strengthens" in b.text or "delivers" in b.text]
    assert bullets
    assert all(_lead_in(statement, b.id).endswith("the following points:") for b in bullets)


def test_the_next_numbered_paragraph_has_no_lead_in() -> None:
    # guard: "2." is a paragraph of its own list, not an item of "1."'s points
    statement = parse(LISTED, parties=PARTIES)
    second = next(b for s in statement.sections for b in s.blocks if "We welcome" in b.text)
    assert _lead_in(statement, second.id) == ""


def test_a_modal_in_the_lead_in_of_a_list_is_no_modal_added() -> None:
    b = (
        "We will continue to work together to address unfair practices, such as forced "
        "technology transfer."
    )
    labels = changes(LISTED, b, PARTIES)
    assert ("modality-changed", "'will' added") not in labels


def test_lists_are_told_apart_by_their_counters() -> None:
    assert _list_of("sec5.n30") == _list_of("sec5.n31") == "sec5.n"
    assert _list_of("sec5.i1") == "sec5.i"
    assert _list_of("sec3.n1.a") == _list_of("sec3.n1.b") == "sec3.n1.*"


# -- a statement made by a format is made by its members --------------------------------------


def test_the_members_of_a_format_that_makes_a_statement_are_its_own_parties() -> None:
    a = (
        "The following statement was released by the foreign ministers of Canada, France, "
        "Germany, Italy, Japan, the United Kingdom, and the United States."
    )
    b = "The following statement was released by the foreign ministers of Japan and India."
    labels = changes(a, b, ["G7"])
    assert [d for k, d in labels if k.startswith("entity-") and d and "Germany" in d] == []


def test_a_country_outside_the_format_is_still_labelled() -> None:
    # guard: India is no member of the G7
    a = "We will work with Canada and Germany on energy security."
    b = "We will work with Canada and India on energy security."
    labels = changes(a, b, ["G7"])
    assert any(k == "entity-added" and d and "India" in d for k, d in labels)


# -- a pair that shares only its statements' common words makes no comparable point -----------

_FRAME = (
    "We will deepen our cooperation on energy. We will deepen our cooperation on health. "
    "We will deepen our cooperation on trade. We will deepen our cooperation on space. "
)


def _pair_kinds(a_last: str, b_last: str, similarity: float) -> set[str]:
    a, b = parse(_FRAME + a_last, parties=PARTIES), parse(_FRAME + b_last, parties=PARTIES)
    ca, cb = list(a.clauses())[-1], list(b.clauses())[-1]
    ops = word_ops(ca.text, ca.span.start, cb.text, cb.span.start)
    pair = Pair(
        a=(ca.id,), b=(cb.id,), relation="modified", similarity=similarity,
        a_span=ca.span, b_span=cb.span, ops=ops,
    )  # fmt: skip
    return {c.kind for c in Labeller.for_statements((a, b)).label(pair, [ca], [cb])}


def test_a_pair_sharing_only_common_words_gets_no_label() -> None:
    # "deepen", "cooperation" are in every clause of both statements: the frame, no point
    kinds = _pair_kinds(
        "We will deepen our cooperation in this area.",
        "We will deepen our cooperation with Ukraine.",
        0.5,
    )
    assert kinds == set()


def test_a_pair_sharing_a_word_of_its_own_is_still_labelled() -> None:
    # guard: "fisheries" is said only here: the two clauses make one point
    kinds = _pair_kinds(
        "We will deepen our cooperation on fisheries.",
        "We will deepen our cooperation on fisheries with Ukraine.",
        0.5,
    )
    assert "entity-added" in kinds


# -- a linking preposition swapped is no qualifier change --------------------------------------


def test_a_linking_preposition_swapped_is_no_qualifier_change() -> None:
    a = "We reaffirm our support of Pacific Island countries and their priorities."
    b = "We reaffirm our support for Pacific Island countries and their priorities."
    assert _kinds(pair_labels(a, b, 0.9, PARTIES), "qualifier-") == []


@given(
    st.sampled_from(sorted(_FUNCTION_PREPOSITIONS)), st.sampled_from(sorted(_FUNCTION_PREPOSITIONS))
)
def test_no_swap_of_linking_prepositions_is_a_qualifier_change(first: str, second: str) -> None:
    a = f"We reaffirm our support {first} Pacific Island countries and their priorities."
    b = f"We reaffirm our support {second} Pacific Island countries and their priorities."
    assert _kinds(pair_labels(a, b, 0.9, PARTIES), "qualifier-") == []


def test_a_preposition_of_extent_swapped_is_still_a_qualifier_change() -> None:
    # guard: "across the Taiwan Strait" speaks of both sides of it
    a = "We emphasize the importance of peace and stability across the Taiwan Strait."
    b = "We emphasize the importance of peace and stability in the Taiwan Strait."
    assert _kinds(pair_labels(a, b, 0.9, PARTIES), "qualifier-") == ["qualifier-changed"]
