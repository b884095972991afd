"""Label rules of session 9, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import changes, pair_labels
from statementdiff import compare, parse

PARTIES = ["Japan", "United States"]
RESTATING = ["reaffirm", "reiterate"]
PLAIN = ["affirm", "underscore", "emphasize", "stress"]


def _stance_same(a: str, a_date: str | None, b: str, b_date: str | None) -> list[str | None]:
    diff = compare(
        parse(a, parties=PARTIES, date=a_date), parse(b, parties=PARTIES, date=b_date),
        related=False,
    )  # fmt: skip
    return [c.detail for p in diff.pairs for c in p.changes if c.kind == "stance-same"]


def _line(verb: str) -> str:
    return f"We {verb} the importance of peace and stability across the Taiwan Strait."


@given(st.sampled_from(RESTATING), st.sampled_from(PLAIN))
def test_a_restating_verb_given_up_by_the_later_statement_is_no_change(
    restating: str, plain: str
) -> None:
    earlier, later = _line(restating), _line(plain)
    assert _stance_same(earlier, "2021-04-16", later, "2023-01-13") == []
    assert _stance_same(later, "2023-01-13", earlier, "2021-04-16") == []  # either order


@given(st.sampled_from(RESTATING), st.sampled_from(PLAIN))
def test_a_restating_verb_taken_up_by_the_later_statement_is_a_change(
    restating: str, plain: str
) -> None:
    earlier, later = _line(plain), _line(restating)
    assert _stance_same(earlier, "2021-04-16", later, "2023-01-13") == [
        f"{plain} → {restating}; now marks continuity"
    ]
    assert _stance_same(later, "2023-01-13", earlier, "2021-04-16") == [
        f"{restating} → {plain}; no longer marks continuity"
    ]


@given(st.sampled_from([(None, None), ("2022-05-23", None), ("2022-05-23", "2022-05-23")]))
def test_without_an_order_in_time_a_restating_verb_given_up_is_still_a_change(
    dates: tuple[str | None, str | None],
) -> None:
    assert _stance_same(_line("reaffirm"), dates[0], _line("affirm"), dates[1]) == [
        "reaffirm → affirm; no longer marks continuity"
    ]


def _kinds(a: str, b: str) -> list[tuple[str, str | None]]:
    return changes(a, b, PARTIES)


@given(
    st.sampled_from(["the two", "our two", "both", "the three"]),
    st.sampled_from(["countries", "nations", "governments", "leaders"]),
)
def test_the_count_of_the_parties_is_no_number(determiner: str, noun: str) -> None:
    counted = f"{determiner} two {noun}" if determiner == "both" else f"{determiner} {noun}"
    changes = _kinds(
        "We will strengthen resilient supply chains for semiconductors.",
        f"We will strengthen resilient supply chains for semiconductors between {counted}.",
    )
    assert not [c for c in changes if c[0] == "number-changed"]


def test_a_count_of_things_is_still_a_number() -> None:
    changes = _kinds(
        "We will launch two new working groups on critical minerals this year.",
        "We will launch three new working groups on critical minerals this year.",
    )
    assert ("number-changed", "two → three") in changes


@given(
    st.sampled_from(
        [
            "the 1982 United Nations Convention on the Law of the Sea",
            "the 2030 Agenda for Sustainable Development",
            "its 2022 National Security Strategy",
        ]
    )
)
def test_a_year_that_opens_a_title_is_part_of_the_name(title: str) -> None:
    bare = title.replace(title.split()[1] + " ", "")
    changes = _kinds(
        f"We reaffirm the importance of {bare} in our cooperation.",
        f"We reaffirm the importance of {title} in our cooperation.",
    )
    assert not [c for c in changes if c[0] == "number-changed"]


def test_a_target_year_is_still_a_number() -> None:
    changes = _kinds(
        "We will reach net zero emissions by 2050 and review our targets in 2030.",
        "We will reach net zero emissions by 2050 and review our targets in 2035.",
    )
    assert ("number-changed", "2030 → 2035") in changes


@given(st.sampled_from([(", the leader", "\u2013 the Leader"), (", the leader", ", the Leader")]))
def test_a_qualifier_in_other_case_or_punctuation_is_no_change(old_new: tuple[str, str]) -> None:
    old, new = old_new
    changes = _kinds(
        f"We thank the Prime Minister of India{old} of the host country, for his hospitality.",
        f"We thank the Prime Minister of India{new} of the host country, for his hospitality.",
    )
    assert not [c for c in changes if c[0] == "qualifier-changed"]


def test_a_qualifier_in_the_plural_is_no_change() -> None:
    changes = _kinds(
        "This statement is issued by the Government of the United States of America and the "
        "Government of Japan.",
        "This statement is issued by the Governments of the United States of America and Japan.",
    )
    assert not [c for c in changes if c[0] == "qualifier-changed"]


def test_a_qualifier_in_other_words_is_still_a_change() -> None:
    changes = _kinds(
        "We underscore the importance of peace and stability across the Taiwan Strait.",
        "We underscore the importance of peace and stability in the Taiwan Strait.",
    )
    assert ("qualifier-changed", "across the Taiwan Strait → in the Taiwan Strait") in changes


def test_an_abbreviation_in_brackets_reads_the_same() -> None:
    from statementdiff.semantics.qualifiers import _reads_the_same

    assert _reads_the_same(
        "United Nations Security Council resolutions",
        "United Nations Security Council (UNSC)resolutions.",
    )
    assert not _reads_the_same("relevant UNSC resolutions", "all UNSC resolutions")


@given(
    st.sampled_from(
        ["the UN Charter", "the United Nations Charter", "the Charter of the United Nations"]
    )
)
def test_the_charter_is_a_document_not_a_mention_of_the_united_nations(charter: str) -> None:
    changes = _kinds(
        f"We support a just and lasting peace in Ukraine consistent with {charter}.",
        "We support a just and lasting peace in Ukraine.",
    )
    dropped = [c for c in changes if c[0] == "entity-dropped"]
    assert len(dropped) == 1
    assert "UN Charter" in (dropped[0][1] or "")
    assert "United Nations dropped" not in {c[1] for c in changes}


@given(st.sampled_from(["one China policies", "one China policy", "One China policy"]))
def test_a_policy_named_for_a_country_is_the_policy(policy: str) -> None:
    changes = _kinds(
        f"There is no change in our basic positions on Taiwan, including stated {policy}.",
        "There is no change in our basic positions on Taiwan.",
    )
    assert ("entity-dropped", "China dropped") not in changes
    assert [c for c in changes if c[0] == "entity-dropped" and "one China" in (c[1] or "")]


def test_a_term_that_is_also_a_coded_phrase_is_labelled_once() -> None:
    changes = _kinds(
        "We encourage the peaceful resolution of cross-Strait issues today.",
        "We encourage the peaceful resolution of issues today.",
    )
    assert changes == [("entity-dropped", "cross-Strait dropped")]


@given(
    st.sampled_from(
        [
            ("ASEAN, which is currently chaired by Cambodia,", "ASEAN"),
            ("Cambodia\u2019s 2022 ASEAN Chairmanship", "the ASEAN Chairmanship"),
            ("Cambodia\u2019s presidency", "the presidency"),
            ("Cambodia as the ASEAN Chair", "the ASEAN Chair"),
            ("the Philippines\u2019 ASEAN Chairmanship", "the ASEAN Chairmanship"),
        ]
    )
)
def test_a_country_named_for_the_office_it_holds_is_no_label(office: tuple[str, str]) -> None:
    held, plain = office
    changes = _kinds(
        f"We strongly support {held} and its work for regional peace and prosperity.",
        f"We strongly support {plain} and its work for regional peace and prosperity.",
    )
    assert not [c for c in changes if c[0].startswith("entity-")]


def test_a_country_named_for_itself_is_still_a_label() -> None:
    changes = _kinds(
        "We strongly support Cambodia and its work for regional peace and prosperity.",
        "We strongly support ASEAN and its work for regional peace and prosperity.",
    )
    assert [c for c in changes if c[0] == "entity-dropped" and "Cambodia" in (c[1] or "")]


@given(
    st.sampled_from(
        ["Promote People-to-People Ties", "Deepening Health Cooperation", "Energy Security"]
    ),
    st.sampled_from(
        [
            "Our relationship is the cornerstone of a free and open Indo-Pacific region.",
            "We will deepen our cooperation with the Philippines on health security.",
        ]
    ),
)
def test_a_title_against_a_sentence_claims_nothing(title: str, sentence: str) -> None:
    heading = f"- {title}: Our exchanges have long provided a strong foundation."
    assert pair_labels(sentence, heading, 0.5, PARTIES) == []
    assert pair_labels(heading, sentence, 0.5, PARTIES) == []


@given(st.sampled_from(["Australia and the United States both", "The United States", "We"]))
def test_a_pledge_reported_done_by_the_parties_named_is_no_modality_change(who: str) -> None:
    diff = compare(
        parse(
            "We will continue to impose sanctions on Russia for its war against Ukraine.",
            parties=["Australia", "United States"],
        ),
        parse(
            f"{who} imposed a further tranche of sanctions on Russia for its war against Ukraine.",
            parties=["Australia", "United States"],
        ),
        related=False,
    )
    assert not [c for p in diff.pairs for c in p.changes if c.kind == "modality-changed"]


def test_a_participle_after_a_capitalised_article_reports_nothing() -> None:
    from statementdiff.semantics.stance import _REPORTED

    assert [m.group("verb") for m in _REPORTED.finditer("The shared data will help.")] == []
    assert [m.group("verb") for m in _REPORTED.finditer("Japan shared the data.")] == ["shared"]
