"""Clause annotation, change labels and the entity/topic tables (statementdiff.semantics)."""

from __future__ import annotations

from pathlib import Path

import pytest

from statementdiff import UnknownTopicError, compare, parse, parse_file
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Change, Clause, Pair, Statement
from statementdiff.semantics.annotate import (
    annotate_statement,
    check_topic,
    entity_table,
    label_pair,
    topic_table,
)
from statementdiff.worddiff import word_ops

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
US_JAPAN = ("United States", "Japan")
US_ROK = ("United States", "Republic of Korea")


def _clause(text: str, parties: tuple[str, ...] = US_JAPAN) -> tuple[Statement, Clause]:
    statement = parse(text, parties=parties)
    return statement, next(statement.clauses())


def _first(statement: Statement, needle: str) -> Clause:
    return next(c for c in statement.clauses() if needle in c.text)


def _pair(a: Statement, ca: Clause, b: Statement, cb: Clause, similarity: float = 0.5) -> Pair:
    return Pair(
        a=(ca.id,),
        b=(cb.id,),
        relation="modified",
        similarity=similarity,
        a_span=ca.span,
        b_span=cb.span,
        ops=word_ops(ca.text, ca.span.start, cb.text, cb.span.start),
    )


def _label(
    a_text: str, b_text: str, parties_b: tuple[str, ...] = US_JAPAN, similarity: float = 0.5
) -> tuple[Change, ...]:
    a, ca = _clause(a_text)
    b, cb = _clause(b_text, parties_b)
    return label_pair(_pair(a, ca, b, cb, similarity), [ca], [cb])


def _kinds(changes: tuple[Change, ...]) -> list[str]:
    return [c.kind for c in changes]


@pytest.fixture(scope="module")
def leaders() -> tuple[Statement, Statement]:
    a = parse_file(FIXTURES / "leaders-2031-a.txt", parties=US_JAPAN)
    b = parse_file(FIXTURES / "leaders-2031-b.txt", parties=US_ROK)
    return a, b


# -- annotation -------------------------------------------------------------------


def test_annotation_spans_point_into_the_text(leaders: tuple[Statement, Statement]) -> None:
    for statement in leaders:
        count = 0
        for clause in statement.clauses():
            assert list(clause.topics) == sorted(set(clause.topics))
            for mention in clause.entities:
                count += 1
                assert statement.text[mention.span.start : mention.span.end] == mention.text
                assert clause.span.start <= mention.span.start < mention.span.end <= clause.span.end
        assert count > 20


def test_stance_modality_negation() -> None:
    _, clause = _clause("We strongly opposed any unilateral attempt to change the status quo.")
    assert clause.stance is not None
    assert (clause.stance.verb, clause.stance.text, clause.stance.polarity) == (
        "strongly oppose",
        "strongly opposed",
        "negative",
    )
    _, clause = _clause("We reiterate that we will not accept coercion.")
    assert clause.stance is not None
    assert clause.stance.continuity
    assert clause.modality == ("will",)
    assert clause.negated
    _, clause = _clause("We seek to expand not only trade but also investment.")
    assert clause.modality == ("seek to",)
    assert not clause.negated
    _, clause = _clause("We remain gravely concerned about the crisis in Myanmar.")
    assert clause.stance is not None
    assert clause.stance.verb == "grave concern"
    assert clause.topics == ("myanmar",)


def test_denouncing_is_a_condemnation() -> None:
    _, clause = _clause("We denounced the attacks on civilians.")
    assert clause.stance is not None
    assert (clause.stance.verb, clause.stance.polarity, clause.stance.strength) == (
        "denounce",
        "negative",
        Lexicon.default().stance["condemn"].strength,
    )


@pytest.mark.parametrize(
    ("text", "verb", "strength"),
    [
        ("We are concerned about the situation in Sudan.", "concern", 2),
        ("We are deeply concerned by the attacks.", "serious concern", 3),
        ("We remain seriously concerned about the attacks.", "serious concern", 3),
        ("The leaders remain gravely concerned about the crisis.", "grave concern", 4),
    ],
)
def test_adjectival_concern_gives_predicate_and_stance(text: str, verb: str, strength: int) -> None:
    _, clause = _clause(text)
    assert clause.predicate == "concern"
    assert clause.stance is not None
    assert (clause.stance.verb, clause.stance.polarity, clause.stance.strength) == (
        verb,
        "negative",
        strength,
    )


def test_topics_from_entities_and_terms() -> None:
    _, clause = _clause("We oppose China's unlawful maritime claims in the South China Sea.")
    assert clause.topics == ("china", "south-china-sea")
    assert [e.name for e in clause.entities] == ["China", "South China Sea"]
    _, clause = _clause("We support freedom of navigation in the South China Sea.")
    assert "china" not in clause.topics
    _, clause = _clause("We commit to the complete denuclearization of the region.")
    assert clause.topics == ("dprk",)
    _, clause = _clause("We will build resilient supply chains for semiconductors.")
    assert clause.topics == ("supply-chains",)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("We reaffirm our Alliance.", US_JAPAN),
        ("The two leaders reaffirm our Alliance.", US_JAPAN),
        ("The United States and Japan reaffirm their Alliance.", US_JAPAN),
        ("President Biden and Prime Minister Suga reaffirm the Alliance.", US_JAPAN),
        ("Japan resolved to bolster its defense.", ("Japan",)),
        ("Together with Australia, the United States and Japan will act.", US_JAPAN),
        ("President Han welcomed the plan.", ("President Han",)),
        ("The U.S.-Japan Alliance remains the cornerstone.", ()),
    ],
)
def test_actor_normalized_to_parties(text: str, parties: tuple[str, ...]) -> None:
    _, clause = _clause(text)
    assert clause.parties == parties


def test_collective_actor_without_metadata() -> None:
    statement = parse("We reaffirm our Alliance.")
    assert next(statement.clauses()).parties == ("the parties",)


def test_annotate_is_repeatable_and_takes_a_lexicon(tmp_path: Path) -> None:
    statement, _ = _clause("We welcome Freedonia's new role in the Indo-Pacific.")
    again = annotate_statement(statement)
    assert again == statement
    path = tmp_path / "mine.toml"
    path.write_text(
        '[entity.Freedonia]\nkind = "country"\n[topic.freedonia]\nentities = ["Freedonia"]\n',
        encoding="utf-8",
    )
    mine = annotate_statement(statement, lexicon=Lexicon.load(path))
    clause = next(mine.clauses())
    assert clause.topics == ("freedonia", "indo-pacific")
    assert clause.id == next(statement.clauses()).id
    assert clause.span == next(statement.clauses()).span


# -- change labels ------------------------------------------------------------------


def test_stance_labels() -> None:
    # one act in other words, of the same strength: no label (the word diff shows it)
    same = _label("We underscore the importance of peace.", "We emphasize the importance of peace.")
    assert _kinds(same) == []
    stronger = _label("We welcome the agreement.", "We strongly support the agreement.")
    assert _kinds(stronger) == ["stance-stronger"]
    weaker = _label("We strongly condemn the launch.", "We condemn the launch.")
    assert _kinds(weaker) == ["stance-weaker"]
    tense = _label("We reaffirmed the Alliance.", "We reaffirm the Alliance.")
    assert "stance-same" not in _kinds(tense)


def test_entity_replacement_names_both() -> None:
    changes = _label(
        "We reaffirm our commitment to the complete denuclearization of North Korea.",
        "We reaffirm our commitment to the complete denuclearization of the Korean Peninsula.",
    )
    assert _kinds(changes) == ["entity-dropped", "entity-added"]
    dropped, added = changes
    assert (dropped.a_text, added.b_text) == ("North Korea", "Korean Peninsula")
    assert "North Korea" in added.detail
    assert "Korean Peninsula" in dropped.detail
    assert dropped.a_span is not None
    assert added.b_span is not None


def test_entity_dropped_alone() -> None:
    changes = _label(
        "We also oppose China's unlawful maritime claims in the South China Sea.",
        "We also oppose unlawful maritime claims in the South China Sea.",
    )
    assert _kinds(changes) == ["entity-dropped"]
    assert changes[0].a_text == "China"
    assert changes[0].b_text is None


def test_qualifier_and_stance_in_text_order() -> None:
    a, ca = _clause("We underscore the importance of peace and stability across the Taiwan Strait.")
    b, cb = _clause("We note the importance of peace and stability in the Taiwan Strait.")
    changes = label_pair(_pair(a, ca, b, cb), [ca], [cb])
    assert _kinds(changes) == ["stance-weaker", "qualifier-changed"]
    qualifier = changes[1]
    assert (qualifier.a_text, qualifier.b_text) == (
        "across the Taiwan Strait",
        "in the Taiwan Strait",
    )
    assert qualifier.a_span is not None
    assert qualifier.b_span is not None
    assert a.text[qualifier.a_span.start : qualifier.a_span.end] == qualifier.a_text
    assert b.text[qualifier.b_span.start : qualifier.b_span.end] == qualifier.b_text


def test_hedge_and_modality_labels() -> None:
    assert _kinds(_label("We will expand joint work.", "We seek to expand joint work.")) == [
        "hedge-added"
    ]
    assert _kinds(_label("We aim to expand joint work.", "We will expand joint work.")) == [
        "hedge-removed"
    ]
    assert _kinds(_label("We will expand joint work.", "We shall expand joint work.")) == [
        "modality-changed"
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # QA: the noun "intent" of a document is not a hedge (us-india-2023-09-08 revision)
        (
            "The funds exchanged letters of interest to each provide up to $500 million.",
            "The funds exchanged letters of intent to each provide up to $500 million.",
            [],
        ),
        (
            "We signed a statement on cooperation.",
            "We signed a statement of intent to cooperate.",
            [],
        ),
        # the noun of a party's intention stays a hedge (against "shall": against "will" or
        # a commitment it is the usual form of a planned act, no hedge)
        (
            "They shall work together.",
            "They affirmed their intent to work together.",
            ["hedge-added"],
        ),
        (
            "We shall join the partnership.",
            "We welcome Korea\u2019s intent to join the partnership.",
            ["hedge-added"],
        ),
    ],
)
def test_intent_is_a_hedge_only_as_a_party_intention(a: str, b: str, expected: list[str]) -> None:
    kinds = _kinds(_label(a, b))
    assert [k for k in kinds if k.startswith(("hedge", "modality"))] == expected


def test_negation_and_number_labels() -> None:
    negation = _label("We will accept this outcome.", "We will not accept this outcome.")
    assert _kinds(negation) == ["negation-changed"]
    assert negation[0].b_text == "not"
    numbers = _label(
        "We will provide $4.5 billion by June 10, 2031.",
        "We will provide $3.2 billion by September 22, 2031.",
    )
    assert _kinds(numbers) == ["number-changed", "number-changed"]
    assert [(c.a_text, c.b_text) for c in numbers] == [
        ("$4.5 billion", "$3.2 billion"),
        ("June 10, 2031", "September 22, 2031"),
    ]


def test_actor_changed_only_when_parties_change() -> None:
    changes = _label(
        "The United States and Japan will support the WHO.",
        "The United States and the Republic of Korea will support the WHO.",
        US_ROK,
    )
    assert _kinds(changes) == ["actor-changed"]
    assert changes[0].a_text == "The United States and Japan"
    assert "Republic of Korea" in changes[0].detail
    same = _label("We remain gravely concerned.", "The two leaders remain gravely concerned.")
    assert "actor-changed" not in _kinds(same)


def test_unknown_collective_actor_is_not_an_actor_change() -> None:
    # compare_series(us-rok-2021, us-rok-2022) without --parties said
    # "actor-changed: United States, Republic of Korea → the parties".
    a, ca = _clause("President Biden and President Moon emphasize peace in the Taiwan Strait.", ())
    b, cb = _clause("The two Presidents reiterate peace in the Taiwan Strait.", ())
    assert cb.parties == ("the parties",)
    assert "actor-changed" not in _kinds(label_pair(_pair(a, ca, b, cb), [ca], [cb]))
    assert "actor-changed" not in _kinds(label_pair(_pair(b, cb, a, ca), [cb], [ca]))
    # A single named party still differs from the joint "We".
    c, cc = _clause("The United States will expand trade.", ())
    d, cd = _clause("We will expand trade.", ())
    assert "actor-changed" in _kinds(label_pair(_pair(c, cc, d, cd), [cc], [cd]))


def test_unchanged_pair_has_no_labels() -> None:
    a, ca = _clause("We reaffirm the Alliance.")
    assert label_pair(_pair(a, ca, a, ca), [ca], [ca]) == ()
    bare = _pair(a, ca, a, ca).model_copy(update={"ops": ()})
    assert label_pair(bare, [ca], [ca]) == ()


def test_labels_on_the_fixture_pairs(leaders: tuple[Statement, Statement]) -> None:
    a, b = leaders
    cases = [
        (
            "denuclearization of North Korea",
            "denuclearization of the Korean Peninsula",
            "entity-added",
        ),
        ("We will expand joint work", "We seek to expand joint work", "hedge-added"),
        ("$4.5 billion", "$3.2 billion", "number-changed"),
        ("We remain gravely", "President Whitcombe and President Han remain", "actor-changed"),
    ]
    for needle_a, needle_b, kind in cases:
        ca, cb = _first(a, needle_a), _first(b, needle_b)
        changes = label_pair(_pair(a, ca, b, cb), [ca], [cb])
        assert kind in _kinds(changes), (needle_a, changes)
        assert changes == label_pair(_pair(a, ca, b, cb), [ca], [cb])  # deterministic


def _details(changes: tuple[Change, ...], kind: str) -> list[str]:
    return [c.detail for c in changes if c.kind == kind]


# -- entity rules ---------------------------------------------------------------------


def test_replacement_needs_the_same_kind_group() -> None:
    changes = _label("We will work with the Quad on this.", "We will work with Japan on this.")
    assert _kinds(changes) == ["entity-dropped", "entity-added"]
    assert (changes[0].detail, changes[1].detail) == ("Quad dropped", "Japan added")


def test_replacement_needs_the_same_stretch() -> None:
    changes = _label(
        "We thank Japan for its support of the new plan.",
        "We thank the partners for their support of the new plan with India.",
    )
    assert _details(changes, "entity-dropped") == ["Japan dropped"]
    assert _details(changes, "entity-added") == ["India added"]


def test_no_positional_pairing_inside_a_rewritten_clause() -> None:
    # compare(us-japan-2021, us-rok-2021) once said "North Korea → United States" and
    # "UN Security Council → Singapore" for a pair like this one
    changes = _label(
        "We urge North Korea to abide by its obligations under UN Security Council resolutions.",
        "We believe that U.S.-DPRK commitments such as the 2018 Singapore Joint Statement "
        "are essential to achieve peace on the Korean Peninsula.",
    )
    assert not [c for c in changes if c.kind.startswith("entity-") and "→" in c.detail]
    assert "UN Security Council dropped" in _details(changes, "entity-dropped")
    assert "Korean Peninsula added" in _details(changes, "entity-added")
    assert "number-changed" not in _kinds(changes)


def test_replacement_in_the_same_phrase_slot_of_a_long_rewrite() -> None:
    changes = _label(
        "We reaffirm the complete denuclearization of North Korea, urging it to abide by "
        "its obligations.",
        "We reaffirm the complete denuclearization of the Korean Peninsula and our intent "
        "to address the DPRK's missile programs.",
    )
    replaced = [c for c in changes if c.kind.startswith("entity-") and "→" in c.detail]
    assert [c.detail for c in replaced] == ["North Korea → Korean Peninsula"] * 2


def test_entities_that_trade_places_or_stay_coordinated_are_not_changes() -> None:
    swapped = _label(
        "We welcome cooperation with Japan and India.",
        "We welcome cooperation with India and Japan.",
    )
    assert not [c for c in swapped if c.kind.startswith("entity-")]
    kept = _label(
        "We support cooperation with the Pacific Island Countries.",
        "We support cooperation with Southeast Asia and the Pacific Island Countries.",
    )
    assert [c.detail for c in kept if c.kind.startswith("entity-")] == ["Southeast Asia added"]


# -- number rules ---------------------------------------------------------------------


def test_number_in_a_wholly_inserted_stretch_is_not_a_change() -> None:
    changes = _label(
        "We support dialogue.",
        "We support dialogue based on commitments such as the 2018 declaration and the "
        "joint statement signed by both leaders.",
    )
    assert "number-changed" not in _kinds(changes)


def test_number_inserted_into_equal_text_or_moved() -> None:
    inserted = _label("We will double exchanges by the end of the decade.",
                      "We will double exchanges by 2033, the end of the decade.")  # fmt: skip
    assert _details(inserted, "number-changed") == ["2033 added"]
    moved = _label(
        "By 2030 we will cut emissions in half.",
        "We will cut emissions in half by 2030.",
    )
    assert "number-changed" not in _kinds(moved)


# -- stance on one side only ----------------------------------------------------------


def test_stance_added_and_dropped() -> None:
    a = "We work together to improve the human rights situation in the DPRK."
    b = "We express grave concern over the human rights situation in the DPRK."
    added = _label(a, b, similarity=0.8)
    assert _kinds(added) == ["stance-added"]
    assert (added[0].a_text, added[0].b_text) == (None, "grave concern")
    assert added[0].detail.startswith("grave concern added (negative, strength 4)")
    dropped = _label(b, a, similarity=0.8)
    assert _kinds(dropped) == ["stance-dropped"]
    assert dropped[0].a_text == "grave concern"
    one = _label(
        "We reaffirm support for cooperation with Pacific Island Countries.",
        "Cooperation with Pacific Island Countries keeps increasing.",
        similarity=0.8,
    )
    # "reaffirm support": the stance dropped is the support; "reaffirm" only marked it again
    assert _details(one, "stance-dropped") == ["support dropped (positive, strength 3)"]
    # a commitment in its place, a verb or a firm modal, is no stance dropped: the position
    # is stronger, not gone
    for commits in ("We commit to increase", "We will increase"):
        committed = _label(
            "We reaffirm support for cooperation with Pacific Island Countries.",
            commits + " cooperation with Pacific Island Countries.",
            similarity=0.8,
        )
        assert _details(committed, "stance-dropped") == []


def test_stance_kept_elsewhere_or_paired_is_not_added() -> None:
    weaker = _label("We strongly condemn the launch.", "We condemn the launch.")
    assert _kinds(weaker) == ["stance-weaker"]
    same_key = _label(
        "President Biden also expresses his support for dialogue and cooperation.",
        "President Biden outlined a plan and expresses his support for cooperation.",
    )
    assert not [k for k in _kinds(same_key) if k.startswith("stance-")]


def test_adjunct_stance_is_not_paired_with_another_kind() -> None:
    changes = _label(
        "Recognizing its value, we agree to expand the plan.",
        "We agree to expand the plan to support growth.",
    )
    assert not [k for k in _kinds(changes) if k.startswith("stance-")]


# -- qualifier rules ------------------------------------------------------------------


def test_governing_modifier_is_a_qualifier_change() -> None:
    # another -ing verb for the same act is wording, not framing (session 12)
    swapped = _label(
        "The two leaders reaffirm the importance of preserving peace and stability in the "
        "Taiwan Strait.",
        "The two leaders reaffirm the importance of maintaining peace and stability in the "
        "Taiwan Strait.",
    )
    assert _kinds(swapped) == []
    changes = _label(
        "The two leaders reaffirm the importance of a peaceful resolution of issues in the "
        "Taiwan Strait.",
        "The two leaders reaffirm the importance of a lasting resolution of issues in the "
        "Taiwan Strait.",
    )
    assert _kinds(changes) == ["qualifier-changed"]
    assert (changes[0].a_text, changes[0].b_text) == (
        "peaceful resolution of issues in the Taiwan Strait",
        "lasting resolution of issues in the Taiwan Strait",
    )
    complete = _label(
        "We seek the complete denuclearization of North Korea.",
        "We seek the denuclearization of North Korea.",
    )
    assert [(c.kind, c.a_text, c.b_text) for c in complete] == [
        ("qualifier-changed", "complete denuclearization of North Korea",
         "denuclearization of North Korea"),
    ]  # fmt: skip


def test_an_inserted_ing_verb_leaves_the_adjacent_qualifier_alone() -> None:
    # "preserving" inserted alone is style (the standard formula); "across" → "in" frames
    changes = _label(
        "We underscore the importance of peace and stability across the Taiwan Strait.",
        "We underscore the importance of preserving peace and stability in the Taiwan Strait.",
    )
    assert [(c.kind, c.a_text, c.b_text) for c in changes] == [
        ("qualifier-changed", "across the Taiwan Strait", "in the Taiwan Strait"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # the modifier is far from the entity
            "We will keep preserving close ties with business leaders from across the "
            "Indo-Pacific.",
            "We will keep maintaining close ties with business leaders from across the "
            "Indo-Pacific.",
        ),
        (  # a clause boundary stands between
            "We are preserving the view that cooperation in the Indo-Pacific matters.",
            "We are maintaining the view that cooperation in the Indo-Pacific matters.",
        ),
        (  # a name suffix on a person
            "President Joseph R. Biden is honored to welcome the delegation.",
            "President Joseph R. Biden, Jr. is honored to welcome the delegation.",
        ),
        (  # the entity modifies the noun the change is about
            "We condemn violence committed by the Myanmar military against civilians.",
            "We condemn violence by the Myanmar military against civilians.",
        ),
        (  # only the names were reordered
            "We underscore U.S.-ROK-Japan trilateral cooperation.",
            "We underscore ROK-U.S.-Japan trilateral cooperation.",
        ),
        (  # a person's name respelled (Phnom Penh statement revision): not a qualifier
            "We welcome the visit of President Yoon SukYeol of the Republic of Korea to Tokyo.",
            "We welcome the visit of President Yoon Suk Yeol of the Republic of Korea to Tokyo.",
        ),
        (  # the same with the full name only on side A
            "We welcome the visit of Prime Minister Kishida Fumio of Japan to Seoul.",
            "We welcome the visit of Prime Minister Kishida Fumi of Japan to Seoul.",
        ),
    ],
)
def test_not_a_qualifier_change(a: str, b: str) -> None:
    assert "qualifier-changed" not in _kinds(_label(a, b))


# -- compare with a lexicon -----------------------------------------------------------


def test_compare_with_a_lexicon(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        '[entity.Freedonia]\nkind = "country"\n[entity.Sylvania]\nkind = "country"\n'
        '[stance.hail]\npolarity = "positive"\nstrength = 5\n'
        '[topic.freedonia]\nentities = ["Freedonia", "Sylvania"]\n',
        encoding="utf-8",
    )
    lexicon = Lexicon.load(path)
    a = parse("We welcome the new role of Freedonia. We oppose war.")
    b = parse("We hail the new role of Sylvania. We oppose war.")
    plain = compare(a, b)
    assert not [c for p in plain.pairs for c in p.changes if c.kind.startswith("entity-")]
    diff = compare(a, b, lexicon=lexicon, topic="freedonia")
    (pair,) = diff.pairs
    assert [(c.kind, c.detail.split(",")[0]) for c in pair.changes] == [
        ("stance-stronger", "welcome → hail"),
        ("entity-dropped", "Freedonia → Sylvania"),
        ("entity-added", "Freedonia → Sylvania"),
    ]
    assert {r.name for r in diff.entities} == {"Freedonia", "Sylvania"}
    assert next(diff.a.clauses()).topics == ("freedonia",)


def test_every_change_kind_has_a_place_in_reports() -> None:
    from typing import get_args

    from statementdiff.models import ChangeKind
    from statementdiff.render._common import IMPORTANCE

    assert sorted(IMPORTANCE) == sorted(get_args(ChangeKind))


# -- tables and topics ---------------------------------------------------------------


def test_entity_table(leaders: tuple[Statement, Statement]) -> None:
    a, b = leaders
    rows = {r.name: r for r in entity_table(a, b)}
    china = rows["China"]
    assert china.a_count == len(china.a_spans) >= 4
    assert china.b_count == 0
    assert rows["South China Sea"].a_count >= 1
    assert rows["South China Sea"].b_count >= 1
    assert rows["Japan"].a_count > rows["Japan"].b_count
    for span in china.a_spans:
        assert a.text[span.start : span.end].startswith("China")
    table = entity_table(a, b)
    totals = [r.a_count + r.b_count for r in table]
    assert totals == sorted(totals, reverse=True)
    assert table == entity_table(a, b)


def test_topic_table(leaders: tuple[Statement, Statement]) -> None:
    a, b = leaders
    rows = {r.name: r for r in topic_table(a, b)}
    assert rows["china"].a_count >= 3
    assert rows["china"].b_count == 0
    assert rows["taiwan"].a_count == 2
    assert rows["taiwan"].b_count == 1
    for clause_id in rows["taiwan"].a_clauses:
        assert "taiwan" in a.node(clause_id).topics  # type: ignore[attr-defined]


def test_check_topic() -> None:
    check_topic("taiwan")
    with pytest.raises(UnknownTopicError, match="did you mean 'south-china-sea'"):
        check_topic("south-china")
    with pytest.raises(KeyError):
        check_topic("nothing-like-it-at-all")


def test_unknown_topic_without_a_close_match_reads_cleanly() -> None:
    from statementdiff.semantics.annotate import check_topic

    with pytest.raises(UnknownTopicError) as caught:
        check_topic("zzzz")
    message = str(caught.value)
    assert message.startswith("unknown topic 'zzzz' (run `statementdiff topics`")
    assert "did you mean" not in message


def test_entity_details_show_a_capital_standing_for_its_country() -> None:
    changes = _label(
        "The leaders welcomed the talks in Tokyo to review the Alliance.",
        "The leaders welcomed the talks in Washington to review the Alliance.",
    )
    details = {(c.kind, c.detail) for c in changes if c.kind.startswith("entity-")}
    replaced = "Tokyo (Japan) → Washington (United States)"
    assert details == {("entity-dropped", replaced), ("entity-added", replaced)}


def test_entity_details_do_not_repeat_abbreviations_or_adjectives() -> None:
    changes = _label(
        "We oppose coercion by the PRC in the region.",
        "We oppose coercion by the DPRK in the region.",
    )
    details = {c.detail for c in changes if c.kind.startswith("entity-")}
    assert details == {"China → North Korea"}


def _actor_changes(
    a_text: str, b_text: str, *, a_parties: tuple[str, ...], b_parties: tuple[str, ...]
) -> list[Change]:
    a, ca = _clause(a_text, a_parties)
    b, cb = _clause(b_text, b_parties)
    changes = label_pair(_pair(a, ca, b, cb), [ca], [cb], a_parties=a.parties, b_parties=b.parties)
    return [c for c in changes if c.kind == "actor-changed"]


def test_actors_speaking_for_all_their_parties_are_not_an_actor_change() -> None:
    found = _actor_changes(
        "We underscore the importance of peace and stability across the Taiwan Strait.",
        "President Biden and President Moon emphasize the importance of peace and stability "
        "in the Taiwan Strait.",
        a_parties=US_JAPAN,
        b_parties=US_ROK,
    )
    assert found == []


def test_one_party_instead_of_all_is_an_actor_change() -> None:
    found = _actor_changes(
        "We reaffirm our commitment to the rules-based order.",
        "Japan reaffirms its commitment to the rules-based order.",
        a_parties=US_JAPAN,
        b_parties=US_JAPAN,
    )
    assert len(found) == 1
    assert found[0].detail == "United States, Japan → Japan"


def test_without_statement_parties_the_actor_rule_compares_party_sets() -> None:
    a, ca = _clause("We reaffirm our commitment to the rules-based order.", US_JAPAN)
    b, cb = _clause(
        "President Biden and President Moon reaffirm their commitment to the rules-based order.",
        US_ROK,
    )
    changes = label_pair(_pair(a, ca, b, cb), [ca], [cb])  # no statement parties given
    assert [c.kind for c in changes if c.kind == "actor-changed"] == ["actor-changed"]


def test_a_continuing_clause_keeps_its_sentence_topic_by_its_context_words() -> None:
    statement = parse(
        "The ministers stressed peace and stability across the Taiwan Strait and opposed any "
        "attempts to change the status quo by force or coercion. "
        "The ministers stressed peace and stability across the Taiwan Strait and welcomed "
        "the new fellowship program. "
        "The ministers stressed peace and stability across the Taiwan Strait, and we oppose "
        "any change to the status quo."
    )
    topics = [c.topics for c in statement.clauses()]
    # continues the first clause and uses the topic's context words: keeps "taiwan"
    assert topics[:2] == [("taiwan",), ("taiwan",)]
    # continues it, but about something else: no topic
    assert topics[2:4] == [("taiwan",), ()]
    # a clause with a subject of its own is its own matter
    assert topics[4:] == [("taiwan",), ()]


def test_the_topic_lens_follows_a_continuing_clause() -> None:
    a = parse(
        "We stress peace and stability across the Taiwan Strait and oppose any unilateral "
        "attempts to change the status quo."
    )
    b = parse("We stress peace and stability across the Taiwan Strait.")
    diff = compare(a, b, topic="taiwan")
    removed = [o.text for o in diff.only_a]
    assert any("status quo" in text for text in removed)


def test_an_abbreviation_in_brackets_after_its_name_is_one_mention() -> None:
    statement = parse(
        "We are concerned about the People's Republic of China (PRC) and its actions, and "
        "the PRC's claims in the South China Sea."
    )
    named = [e.text for c in statement.clauses() for e in c.entities if e.name == "China"]
    assert named == ["People's Republic of China", "PRC"]  # the later "PRC" still counts


def test_unscrs_name_the_security_council() -> None:
    a = parse("We call for the full implementation of United Nations Security Council resolutions.")
    b = parse("We call for the full implementation of relevant UNSCRs.")
    for statement in (a, b):
        names = {e.name for c in statement.clauses() for e in c.entities}
        assert "UN Security Council" in names
    assert [c.kind for p in compare(a, b).pairs for c in p.changes if "entity" in c.kind] == []


def test_an_abbreviation_of_a_phrase_that_holds_the_name_is_one_mention_everywhere() -> None:
    a = parse("We call on all states to implement these resolutions and their sanctions.")
    b = parse(
        "We urge all states to implement all relevant UN Security Council resolutions (UNSCRs)."
    )
    named = [e.text for c in b.clauses() for e in c.entities if e.name == "UN Security Council"]
    assert named == ["UN Security Council"]
    added = [
        c.detail
        for p in compare(a, b, threshold=0.1).pairs
        for c in p.changes
        if c.kind == "entity-added"
    ]
    assert added == ["UN Security Council added"]  # one label for one mention


def test_the_year_that_dates_a_numbered_resolution_is_no_number_change() -> None:
    a = parse("We call on all parties to abide by UNSC Resolution 2593 (2021) in full.")
    b = parse("We call on all parties to abide by UNSC Resolution 2593 in full.")
    for x, y in ((a, b), (b, a)):
        kinds = [c.kind for p in compare(x, y).pairs for c in p.changes]
        assert "number-changed" not in kinds, kinds
    c = parse("We call on all parties to abide by UNSC Resolution 2594 in full.")
    details = [ch.detail for p in compare(b, c).pairs for ch in p.changes]
    assert "2593 → 2594" in details  # another resolution is still a change
