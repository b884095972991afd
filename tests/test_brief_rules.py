"""The ranking rules of the brief: pledges, new threats, reframings and merges."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from statementdiff import Finding, compare, parse, parse_file
from statementdiff.brief import build_brief
from statementdiff.brief.weights import Weights
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Diff, Pair

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _brief(a: str, b: str) -> tuple[Finding, ...]:
    return compare(parse(a), parse(b)).brief


def _corpus(a: str, b: str) -> Diff:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    return compare(parse_file(CORPUS / a), parse_file(CORPUS / b))


def test_a_count_of_people_is_no_pledge() -> None:
    brief = _brief(
        "We welcome trade. Over 1.7 million students have studied in our countries since 1955.",
        "We welcome trade.",
    )
    assert [f.kind for f in brief] == ["passage-dropped"]


def test_a_newly_named_threat_is_a_position() -> None:
    brief = _brief(
        "We welcome trade.",
        "We welcome trade. We concur that the use of nuclear weapons is inadmissible.",
    )
    assert brief[0].kind == "position-added"
    assert "inadmissible" in brief[0].summary


def test_an_entity_in_the_same_phrase_with_another_term_is_a_reframing() -> None:
    brief = _brief(
        "We welcome the talks. Leaders met amid a tragic conflict raging in Ukraine and COVID.",
        "We welcome the talks. We express deep concern over the war raging in Ukraine.",
    )
    assert brief[0].kind == "framing-change"
    assert brief[0].subject == "Ukraine: 'conflict' → 'war'"
    assert brief[0].a == ("sec1.p1.s2.c1",)
    assert brief[0].b == ("sec1.p1.s2.c1",)


def test_an_adjective_that_characterizes_a_condemned_act_is_a_watched_term() -> None:
    brief = _brief(
        "We welcome trade. We condemn the brutal and unjustified aggression against the islands.",
        "We welcome trade. We condemn the further aggression against the islands.",
    )
    framings = [f for f in brief if f.kind == "framing-change"]
    assert framings, [f.summary for f in brief]
    assert "gone: 'brutal', 'unjustified'" in framings[0].subject


def test_the_terms_of_an_agreement_changed_inside_a_pair() -> None:
    brief = _brief(
        "The parties will suspend 24 points of the duty for an initial period of 90 days.",
        "The parties will suspend 24 points of the duty for an additional period of 90 days.",
    )
    changed = [f for f in brief if f.kind == "pledge-changed"]
    assert len(changed) == 1
    assert changed[0].subject == (
        "gone: 'initial period of 90 days'; new: 'additional period of 90 days'"
    )


def test_a_numbered_instrument_makes_a_one_sided_clause_a_pledge() -> None:
    brief = _brief(
        "We welcome trade. We remove the duties imposed by Executive Order 14259.",
        "We welcome trade.",
    )
    assert [f.kind for f in brief] == ["pledge-dropped"]


def test_an_announced_initiative_is_a_pledge() -> None:
    brief = _brief(
        "We welcome trade.",
        "We welcome trade. Today we announce a new Partnership for Cable Connectivity.",
    )
    assert brief[0].kind == "pledge-added"


def test_money_pledged_on_one_side_makes_one_finding() -> None:
    brief = _brief(
        "We welcome trade. We pledged USD 5 billion to COVAX. We committed $524 million to CEPI.",
        "We welcome trade.",
    )
    # the money makes one finding; COVAX and CEPI put both clauses on health, gone from B
    assert [f.kind for f in brief] == ["pledge-dropped", "topic-dropped"]
    assert brief[0].a == ("sec1.p1.s2.c1", "sec1.p1.s3.c1")
    assert "USD 5 billion" in brief[0].summary
    assert "$524 million" in brief[0].summary


@pytest.mark.parametrize(
    ("a", "b", "subject"),
    [
        (  # a bare year
            "We welcome trade. We will hold our next summit in 2023 in Sydney with the Quad.",
            "We welcome trade. We will hold our next summit in 2024 in Sydney with the Quad.",
            "2023 → 2024",
        ),
    ],
)
def test_a_date_replaced_weighs_as_a_date(a: str, b: str, subject: str) -> None:
    (date,) = [f for f in _brief(a, b) if f.kind == "pledge-changed"]
    assert date.subject == subject
    assert date.weight <= 0.5


@pytest.mark.parametrize("place", ["On", "Meeting in Seoul on", "At the summit held on"])
def test_the_day_of_a_meeting_is_no_pledge(place: str) -> None:
    said = "we discussed China's coercion against Taiwan."
    a = f"We welcome trade. {place} June 10, 2031 {said}"
    b = f"We welcome trade. {place} September 22, 2031 {said}"
    assert not [f for f in _brief(a, b) if f.kind == "pledge-changed"]


@pytest.mark.parametrize("term", ["by", "until", "before", "starting on"])
def test_a_deadline_moved_is_a_pledge_changed(term: str) -> None:
    a = f"We welcome trade. The parties will lift the tariffs {term} May 14, 2025."
    b = f"We welcome trade. The parties will lift the tariffs {term} August 12, 2025."
    (changed,) = [f for f in _brief(a, b) if f.kind == "pledge-changed"]
    assert changed.subject == "May 14, 2025 → August 12, 2025"


def test_one_sided_clauses_of_one_paragraph_on_one_subject_merge() -> None:
    brief = _brief(
        "We welcome trade.\n\nWe stress that our basic positions on Taiwan remain unchanged. "
        "We encourage the peaceful resolution of cross-Strait issues.\n\nWe note the talks.",
        "We welcome trade.\n\nWe note the talks.",
    )
    assert len(brief) == 1
    assert brief[0].a == ("sec1.p2.s1.c1", "sec1.p2.s2.c1")
    assert "cross-Strait issues" in brief[0].summary


def test_a_clause_that_names_something_new_outweighs_a_routine_one() -> None:
    def weight(added: str) -> float:
        a = "We welcome trade in the Indo-Pacific."
        (f,) = _brief(a, f"{a} {added}")
        return f.weight

    named = weight("We will support the Ocean Continent Strategy in the Indo-Pacific.")
    routine = weight("We will support the ocean continent strategy in the Indo-Pacific.")
    assert named > routine


# -- on the shared corpus ------------------------------------------------------


def test_a_clause_fragment_the_other_side_says_in_full_is_no_finding() -> None:
    d = _corpus(
        "us-china-2025-05-12-geneva-joint-statement.txt",
        "us-china-2025-08-11-stockholm-joint-statement.txt",
    )
    assert not any("'The United States will' has no counterpart" in f.summary for f in d.brief)
    top = " ".join(f.summary for f in d.brief[:12])
    assert "No. 5 of 2025" in top
    assert "since April 2, 2025" in top


def test_a_finding_lists_at_most_six_clauses_a_side() -> None:
    d = _corpus(
        "quad-2022-05-24-joint-leaders-statement.txt",
        "quad-2023-05-20-leaders-joint-statement.txt",
    )
    assert all(len(f.a) <= 6 and len(f.b) <= 6 for f in d.brief)


def test_a_number_both_statements_hold_is_no_new_term() -> None:
    d = _corpus(
        "quad-2022-05-24-joint-leaders-statement.txt",
        "quad-2023-05-20-leaders-joint-statement.txt",
    )
    assert not any("new: 'sanctions'" in f.subject for f in d.brief)


def test_the_quad_brief_holds_the_dropped_pledges_and_the_new_threat() -> None:
    d = _corpus(
        "quad-2022-05-24-joint-leaders-statement.txt",
        "quad-2023-05-20-leaders-joint-statement.txt",
    )
    top = " ".join(f.summary for f in d.brief[:12])
    for words in ("50 billion USD", "5.2 billion", "inadmissible", "'conflict' → 'war'"):
        assert words in top, words


def test_a_quotation_of_several_clauses_is_the_sources_words() -> None:
    a = parse(
        "We welcome trade.\n\nJapan and the United States will deliver cooperation on clean "
        "energy; support the ASEAN Outlook on the Indo-Pacific; and expand partnerships with "
        "Pacific Island countries."
    )
    b = parse(
        "We welcome trade.\n\nThe United States and the Republic of Korea intend to support the "
        "ASEAN Outlook on the Indo-Pacific and expand partnerships with Pacific Island countries."
    )
    diff = compare(a, b)
    quoted = [f.summary for f in diff.brief if "ASEAN Outlook" in f.summary]
    assert quoted
    for summary in quoted:
        for piece in summary.split("'")[1::2]:
            words = piece.strip("… .")
            assert words in a.text or words in b.text, words


_QUOTE = re.compile(r"sec\d+\.p\d+\.s\d+\.c\d+ '(.*?)'(?=[ ,;.)]|$)")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("us-japan-2021-04-16-joint-leaders-statement.txt",
         "us-rok-2021-05-21-leaders-joint-statement.txt"),
        ("us-china-2025-05-12-geneva-joint-statement.txt",
         "us-china-2025-08-11-stockholm-joint-statement.txt"),
    ],
)  # fmt: skip
def test_every_quotation_of_a_real_brief_is_the_sources_words(a: str, b: str) -> None:
    diff = _corpus(a, b)
    texts = (diff.a.text, diff.b.text)
    quotes = [m.group(1) for f in diff.brief for m in _QUOTE.finditer(f.summary)]
    assert quotes
    for quote in quotes:
        for piece in quote.split("…"):
            words = piece.strip()
            assert not words or any(words in text for text in texts), words


@pytest.mark.parametrize("other", ["UNSC 1267", "Resolution 1267", "UNSCR 1267"])
def test_one_numbered_instrument_by_another_name_is_no_change(other: str) -> None:
    a = (
        "We welcome trade. We call for concerted action against all terrorist groups, including "
        "groups proscribed by the UNSCR 1267 Sanctions Committee."
    )
    b = (
        "We welcome trade. We call for concerted action against all terrorist groups, including "
        f"groups proscribed by the {other} Sanctions Committee, such as ISIS."
    )
    assert not [f for f in _brief(a, b) if f.kind == "pledge-changed"]


def test_another_numbered_instrument_is_a_change() -> None:
    a = "We welcome trade. We call on all states to implement UNSCR 1718 fully."
    b = "We welcome trade. We call on all states to implement UNSCR 2397 fully."
    assert [f for f in _brief(a, b) if f.kind == "pledge-changed"]


def test_a_name_far_from_announced_is_no_initiative() -> None:
    brief = _brief(
        "We welcome trade.",
        "We welcome trade. Recalling the publicly announced position of each of our countries "
        "regarding the dangerous behavior we have recently witnessed by the People's Republic "
        "of China in the South China Sea, we strongly oppose any unilateral attempts to change "
        "the status quo.",
    )
    assert next(f.kind for f in brief if f.kind.endswith("-added")) == "position-added"


def test_an_initiative_announced_is_a_pledge() -> None:
    brief = _brief(
        "We welcome trade.",
        "We welcome trade. Today we announce a new 'Quad Partnership for Cable Connectivity'.",
    )
    assert brief[0].kind == "pledge-added"


@pytest.mark.parametrize(
    "figure",
    [
        "surpassing $113 billion in goods",
        "exceeding $191 billion in 2022",
        "reaching more than $200 billion last year",
    ],
)
def test_a_figure_of_trade_is_no_money_pledged(figure: str) -> None:
    brief = _brief(
        "We welcome trade.",
        f"We welcome trade. We welcomed the growth in bilateral trade, {figure}.",
    )
    assert not [f for f in brief if f.kind == "pledge-added"]
    assert not [f for f in brief if "$" in f.summary and "pledged" in f.summary]


def test_money_given_is_still_a_pledge() -> None:
    brief = _brief(
        "We welcome trade.",
        "We welcome trade. We will provide $500 million to expand solar power in the region.",
    )
    assert brief[0].kind == "pledge-added"


def test_a_restated_opposition_is_a_position() -> None:
    brief = _brief(
        "We welcome trade. The leaders reiterated their strong opposition to unlawful maritime "
        "claims in the South China Sea.",
        "We welcome trade.",
    )
    assert brief[0].kind == "position-dropped"


def test_a_launch_of_missiles_by_a_country_is_no_initiative() -> None:
    brief = _brief(
        "We welcome trade.",
        "We welcome trade. The leaders condemned the ballistic missile launches of the "
        "Democratic People's Republic of Korea.",
    )
    assert brief
    assert not [f for f in brief if f.kind == "pledge-added"]


def test_a_country_named_only_inside_a_title_is_not_newly_named() -> None:
    brief = _brief(
        "We welcome trade.",
        "We welcome trade. We share data from the Asian-Australian Monsoon Analysis Program.",
    )
    assert not [f for f in brief if "Australia:" in f.summary]


def test_a_country_named_in_a_title_and_outside_is_cited_outside() -> None:
    brief = _brief(
        "We welcome trade.",
        "We welcome trade. We share data from the Asian-Australian Monsoon Analysis Program."
        "\n\nWe welcome the Malabar exercise with the inclusion of Australia.",
    )
    (naming,) = [f.summary for f in brief if "Australia:" in f.summary]
    assert "Malabar" in naming
    assert "Monsoon" not in naming


@pytest.mark.parametrize("heading", ["FURTHERING OUR NUCLEAR PARTNERSHIP", "PEOPLE-TO-PEOPLE TIES"])
def test_a_run_in_heading_in_capitals_is_no_finding(heading: str) -> None:
    brief = _brief(
        "We welcome trade.",
        f"We welcome trade.\n\n{heading}: The United States welcomed the shipbuilding plan.",
    )
    assert brief
    assert not [f for f in brief if f"'{heading}" in f.summary]


@pytest.mark.parametrize(
    ("added", "said"),
    [
        (  # money reported is named, not pledged
            "Hyundai's $5.4 billion electric vehicle plant is under construction.\n\n"
            "Korean companies have announced $100 billion in new investments since 2021.",
            "Money named only in B",
        ),
        (  # money the parties commit is pledged
            "We will provide $500 million for solar power in the region.\n\n"
            "We commit $200 million to the Global Health Security Agenda.",
            "Money pledged only in B",
        ),
    ],
)
def test_money_is_pledged_only_when_the_parties_commit_it(added: str, said: str) -> None:
    brief = _brief("We welcome trade.", f"We welcome trade. {added}")
    (money,) = [f for f in brief if f.summary.startswith("Money")]
    assert money.summary.startswith(said)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("We honour the service members who served in World War II.", False),
        ("We condemn the war in Ukraine.", True),
        ("War in Ukraine must end.", True),
    ],
)
def test_a_term_inside_a_name_is_no_term(text: str, named: bool) -> None:
    assert ("war" in Weights(Lexicon.default()).terms(text)) == named


def test_two_seas_each_side_names_are_no_reframing() -> None:
    a = (
        "We welcome trade.\n\nWe express our serious concerns about the dangerous and "
        "aggressive behavior of the PRC in the South China Sea.\n\nWe oppose unilateral "
        "attempts to change the status quo in the East China Sea."
    )
    b = (
        "We welcome trade.\n\nWe express our serious concerns about the dangerous behavior of "
        "the PRC and its coercion in the East China Sea.\n\nWe reiterate our objections to "
        "unlawful maritime claims in the South China Sea."
    )
    diff = compare(parse(a), parse(b))
    assert not [c for p in diff.pairs for c in p.changes if c.detail and "→" in c.detail]
    assert not [f for f in diff.brief if "South China Sea → East China Sea" in f.summary]


def test_a_name_in_the_place_of_one_the_first_side_never_names_is_a_reframing() -> None:
    brief = _brief(
        "We welcome trade.\n\nWe remain committed to the complete denuclearization of North "
        "Korea and urge North Korea to abide by its obligations.",
        "We welcome trade.\n\nWe remain committed to the complete denuclearization of the Korean "
        "Peninsula and urge North Korea to abide by its obligations.",
    )
    assert [f for f in brief if "North Korea → Korean Peninsula" in f.summary]


@pytest.mark.parametrize(("first", "second"), [("Hong Kong", "Xinjiang"), ("Tibet", "Xinjiang")])
def test_a_reframing_an_absence_already_tells_is_told_once(first: str, second: str) -> None:
    brief = compare(
        parse(
            "We welcome trade. The two leaders expressed strong concerns regarding developments "
            f"in {first} and human rights issues in {second}.",
            parties=["Japan", "United States"],
        ),
        parse(
            "We welcome trade. Sharing strong concerns regarding human rights issues in the "
            "Indo-Pacific region, the two leaders commit to promote human rights.",
            parties=["Japan", "United States"],
        ),
    ).brief
    kinds = [f.kind for f in brief]
    assert "no-longer-named" in kinds
    assert "framing-change" not in kinds  # "Xinjiang → Indo-Pacific" is the same change
    absent = next(f for f in brief if f.kind == "no-longer-named")
    assert "says instead" in absent.summary
    assert "Indo-Pacific region" in absent.summary


_SHARED = (
    "The two leaders reaffirmed the importance of the Alliance for regional peace and "
    "stability. They also welcomed closer cooperation on cyber security and space."
)


def _passage_brief(a_clause: str, b_clause: str) -> tuple[Finding, ...]:
    parties = ["Japan", "United States"]
    a = parse(f"{_SHARED} {a_clause}\n\nWe welcome trade.", parties=parties)
    b = parse(f"{_SHARED} {b_clause}\n\nWe welcome trade.", parties=parties)
    return compare(a, b).brief


def test_a_one_sided_clause_cites_what_the_corresponding_passage_says_instead() -> None:
    brief = _passage_brief(
        "We resolved to conclude in a timely manner a meaningful and sustainable Host Nation "
        "Support arrangement.",
        "Both sides welcome the signing of the Special Measures Agreement, which enhances "
        "readiness and deepens burden sharing under the Host Nation framework.",
    )
    one_sided = [f for f in brief if f.kind.split("-")[0] in ("commitment", "position")]
    assert len(one_sided) == 1  # the two halves of one change, told once
    assert "the corresponding passage of" in one_sided[0].summary
    assert one_sided[0].a == ("sec1.p1.s3.c1",)
    assert one_sided[0].b == ("sec1.p1.s3.c1",)


def test_a_one_sided_clause_sharing_no_words_cites_nothing_instead() -> None:
    brief = _passage_brief(
        "We resolved to conclude in a timely manner a meaningful and sustainable Host Nation "
        "Support arrangement.",
        "Both sides welcome the first meeting of the trilateral fisheries working group in "
        "Honolulu next spring.",
    )
    one_sided = [f for f in brief if f.kind.split("-")[0] in ("commitment", "position")]
    assert len(one_sided) == 2
    assert not [f for f in one_sided if "corresponding passage" in f.summary]


def test_the_two_halves_of_a_change_fold_the_same_way_in_both_directions() -> None:
    parties = ["Japan", "United States"]
    first = (
        "We resolved to conclude in a timely manner a sustainable Host Nation Support arrangement."
    )
    second = (
        "Both sides resolved to welcome the signing of the Special Measures Agreement, which "
        "deepens burden sharing under the Host Nation framework."
    )
    a = parse(f"{_SHARED} {first}\n\nWe welcome trade.", parties=parties)
    b = parse(f"{_SHARED} {second}\n\nWe welcome trade.", parties=parties)
    forward = [f for f in compare(a, b).brief if f.kind.startswith("commitment-")]
    backward = [f for f in compare(b, a).brief if f.kind.startswith("commitment-")]
    assert len(forward) == len(backward) == 1
    mirror = {"commitment-added": "commitment-dropped", "commitment-dropped": "commitment-added"}
    assert backward[0].kind == mirror[forward[0].kind]
    # the same clause's finding stays both ways: its quotation opens the summary
    quoted = forward[0].summary.split("'")[1]
    assert backward[0].summary.split("'")[1] == quoted


@pytest.mark.parametrize(
    ("term", "kin"),
    [("democracy", "democratic"), ("coercion", "coercive"), ("sanctions", "sanctioned")],
)
def test_a_watched_term_said_in_another_form_of_its_word_is_not_gone(term: str, kin: str) -> None:
    a = f"We welcome the talks. We call for a swift return to {term} and the release in Myanmar."
    b = (
        "We welcome the talks. "
        f"We call for constructive dialogue and the {kin} transition in Myanmar."
    )
    for x, y in ((a, b), (b, a)):
        reframed = [f for f in _brief(x, y) if f.kind == "framing-change"]
        assert not [f for f in reframed if term in f.subject or kin in f.subject], reframed


def test_a_watched_term_replaced_by_another_word_is_still_a_reframing() -> None:
    a = "We welcome the talks. We call for a swift return to democracy and the release in Myanmar."
    b = "We welcome the talks. We call for constructive dialogue and the release in Myanmar."
    reframed = [f.subject for f in _brief(a, b) if f.kind == "framing-change"]
    assert reframed
    assert "'democracy'" in reframed[0], reframed


@pytest.mark.parametrize(
    ("a_words", "b_words", "opening"),
    [
        ("stress the", "note the", "Stance weaker ("),
        ("underline the indispensable", "underline the essential", "Stance weaker ("),
        ("will strengthen the", "seek to strengthen the", "Hedge added ("),
    ],
)
def test_a_stance_shift_says_its_label_once(a_words: str, b_words: str, opening: str) -> None:
    a = f"We {a_words} importance of maritime security cooperation in the Mekong region."
    b = f"We {b_words} importance of maritime security cooperation in the Mekong region."
    shifts = [f for f in _brief(a, b) if f.kind == "stance-shift"]
    assert [f.summary[: len(opening)] for f in shifts] == [opening]


def test_a_degree_of_importance_weighs_less_than_the_verb_of_the_stance() -> None:
    text = "We {} importance of maritime security cooperation in the Mekong region."
    verb = _brief(text.format("stress the"), text.format("note the"))
    degree = _brief(text.format("stress the indispensable"), text.format("stress the essential"))
    (by_verb,) = [f for f in verb if f.kind == "stance-shift"]
    (by_degree,) = [f for f in degree if f.kind == "stance-shift"]
    assert by_degree.weight < by_verb.weight


def test_money_heading_a_passage_joins_the_sides_other_money() -> None:
    # Quad 2021-09 → 2022-05: A's "$219 million" heads a passage finding whose first id in
    # text order names no money; it is still one of A's amounts, listed with the others in
    # the one finding on the health money of both sides
    diff = _corpus(
        "quad-2021-09-24-joint-statement.txt", "quad-2022-05-24-joint-leaders-statement.txt"
    )
    paying = [f for f in diff.brief if f.summary.startswith("Money")]
    assert len(paying) == 1, [f.summary for f in paying]
    (found,) = paying
    assert found.kind == "pledge-changed"
    for amount in ("$219 million", "$212 million", "5.2 billion"):
        assert amount in found.summary
    # a sum the passage's context reports ("galvanized $3.2 billion") is no pledge of B's
    assert "3.2 billion" not in found.summary


def test_a_term_said_next_to_the_pair_is_no_term_changed() -> None:
    # A cites the resolution a sentence before the pair's clause; B cites it in the clause
    a = (
        "We will deepen our counter-terrorism cooperation on Ruritania in accordance with "
        "UNSCR 4242. We reaffirm that Ruritanian territory should not be used to shelter "
        "terrorists."
    )
    b = (
        "We reaffirm that Ruritanian territory should not be used to shelter terrorists, as "
        "Resolution 4242 demands."
    )
    assert not [f for f in _brief(a, b) if f.summary.startswith("Terms changed")]
    # guard: a resolution neither side's paragraph cites before is still new
    c = b.replace("4242", "4343")
    assert [f for f in _brief(a, c) if f.summary.startswith("Terms changed")]


def test_money_of_both_sides_on_one_topic_is_one_finding() -> None:
    brief = _brief(
        "We welcome trade. We pledged USD 5 billion for vaccines against the pandemic.",
        "We welcome trade. We committed $524 million to CEPI for health security research.",
    )
    (money_found,) = [f for f in brief if "Money" in f.summary]
    assert money_found.kind == "pledge-changed"
    assert "USD 5 billion" in money_found.summary
    assert "$524 million" in money_found.summary


def test_money_on_different_topics_stays_on_its_side() -> None:
    brief = _brief(
        "We welcome trade. We pledged USD 5 billion for vaccines against the pandemic.",
        "We welcome trade. We committed $524 million to new ports and railways.",
    )
    kinds = sorted(f.kind for f in brief if f.kind.startswith("pledge"))
    assert kinds == ["pledge-added", "pledge-dropped"]


def test_money_beside_the_shared_topic_stays_on_its_side() -> None:
    # both sides pledge health money; B's infrastructure money is no part of that change
    brief = _brief(
        "We welcome trade. We pledged USD 5 billion for vaccines against the pandemic.",
        "We welcome trade. We committed $524 million to CEPI for health security research."
        " We will extend $50 billion of assistance for new ports and railways.",
    )
    money_found = {f.kind: f for f in brief if "Money" in f.summary or "$50" in f.summary}
    assert sorted(money_found) == ["pledge-added", "pledge-changed"]
    assert "$50 billion" not in money_found["pledge-changed"].summary
    assert "$50 billion" in money_found["pledge-added"].summary


def test_the_parties_own_format_is_no_topic_their_money_shares() -> None:
    # "the Quad" is who speaks in a Quad statement: vaccines and ports share no topic
    quad = "Australia, India, Japan and the United States met as the Quad.\n\nWe welcome trade."
    health = "The Quad pledged USD 5 billion for vaccines against the pandemic."
    ports = "The Quad will extend $50 billion of assistance for new ports and railways."
    brief = _brief(
        f"{quad}\n\n{health}\n\nWe support ASEAN.", f"{quad}\n\nWe support ASEAN.\n\n{ports}"
    )
    kinds = sorted(f.kind for f in brief if f.kind.startswith("pledge"))
    assert kinds == ["pledge-added", "pledge-dropped"]


def test_money_a_side_only_names_stays_on_its_side() -> None:
    # A reports firms' money (no pledge of its makers): no "Money pledged changed"
    brief = _brief(
        "We welcome trade.\n\nDrug makers have announced $5 billion for new vaccine plants.",
        "We welcome trade.\n\nWe committed $524 million to CEPI for pandemic preparedness.",
    )
    assert sorted(f.kind for f in brief) == ["pledge-added", "pledge-dropped"]


def test_a_name_only_said_beside_another_absent_name_joins_its_finding() -> None:
    a = "We support the people of the region. We welcome trade across the region."
    b = (
        "We support the people of the region. We condemn Russia's war against Ukraine. "
        "We impose sanctions on Russia. We welcome trade across the region."
    )
    absences = [f for f in _brief(a, b) if f.kind == "newly-named"]
    assert [f.subject for f in absences] == ["Russia, Ukraine"]


def test_names_said_apart_stay_apart() -> None:
    # guard: Ukraine is also named where Russia is not
    a = "We support the people of the region. We welcome trade across the region."
    b = (
        "We support the people of the region. We condemn Russia's war against Ukraine. "
        "We will rebuild Ukraine. We impose sanctions on Russia."
    )
    subjects = sorted(f.subject for f in _brief(a, b) if f.kind == "newly-named")
    assert subjects == ["Russia", "Ukraine"]


_DETERRENCE_A = (
    "We welcome trade.\n\n"
    "President Walker affirms the commitment to provide extended deterrence using its full "
    "range of capabilities."
)
_DETERRENCE_B = (
    "We welcome trade.\n\n"
    "President Walker affirms the commitment to provide extended deterrence using its full "
    "range of capabilities, including nuclear. {added}"
)


def test_a_one_sided_clause_joins_the_rewording_of_its_paragraph_on_its_subject() -> None:
    added = (
        "The two Presidents also agree to reactivate the Extended Deterrence Consultation Group."
    )
    brief = _brief(_DETERRENCE_A, _DETERRENCE_B.format(added=added))
    (found,) = [f for f in brief if "reactivate" in f.summary]
    assert found.kind == "framing-change"
    assert found.summary.startswith("Reworded (new: 'including nuclear')")
    assert "in the same passage also sec1.p2.s2.c1" in found.summary
    assert found.b == ("sec1.p2.s1.c1", "sec1.p2.s2.c1")
    assert not [f for f in brief if f.kind == "commitment-added"]


def test_a_one_sided_clause_on_another_subject_stays_a_finding_of_its_own() -> None:
    added = "We also condemn Russia's war of aggression against Ukraine."
    brief = _brief(_DETERRENCE_A, _DETERRENCE_B.format(added=added))
    (reworded,) = [f for f in brief if f.kind == "framing-change"]
    assert "in the same passage also" not in reworded.summary
    assert reworded.b == ("sec1.p2.s1.c1",)
    assert [f for f in brief if f.kind == "position-added" and f.b == ("sec1.p2.s2.c1",)]


def test_a_one_sided_clause_of_another_paragraph_stays_a_finding_of_its_own() -> None:
    added = "\n\nThe two Presidents also agree to reactivate the Extended Deterrence Group."
    brief = _brief(_DETERRENCE_A, _DETERRENCE_B.format(added=added))
    assert [f for f in brief if f.kind.endswith("-added") and f.b == ("sec1.p3.s1.c1",)]


def _framings(a: str, b: str) -> list[Finding]:
    return [f for f in _brief(a, b) if f.kind == "framing-change"]


def test_a_qualifier_added_to_a_central_clause_is_a_reframing() -> None:
    strait = "We welcome trade. We stress the importance of peace and stability across the Taiwan"
    found = _framings(
        f"{strait} Strait.",
        f"{strait} Strait as an indispensable element of security in the region.",
    )
    assert len(found) == 1
    assert "'as an indispensable element of security in the region' added" in found[0].subject
    assert found[0].a == ("sec1.p1.s2.c1",)
    assert found[0].b == ("sec1.p1.s2.c1",)
    # it weighs as the clause's subject does (Taiwan), not as the phrase's words
    assert found[0].weight >= 0.7


def test_a_qualifier_dropped_mirrors_the_one_added() -> None:
    said = "We welcome trade. We condemn terrorism and violent extremism in all its forms"
    a = said + " including cross-border terrorism."
    b = said + "."
    added = compare(parse(b), parse(a)).brief
    dropped = compare(parse(a), parse(b)).brief
    assert [f.kind for f in added] == [f.kind for f in dropped] == ["framing-change"]
    assert "'including cross-border terrorism' dropped" in dropped[0].subject
    assert added[0].weight == dropped[0].weight


def test_a_qualifier_holding_a_watched_term_is_reported_once() -> None:
    pledge = (
        "We welcome trade. The United States reaffirms its commitment to the defense of Japan"
        " using its full range of capabilities"
    )
    found = _framings(f"{pledge}, including nuclear.", f"{pledge}.")
    assert len(found) == 1
    assert found[0].subject == "gone: 'including nuclear'"


def test_a_qualifier_the_counterparts_paragraph_says_is_no_reframing() -> None:
    said = "We welcome trade. We condemn terrorism and violent extremism in all its forms"
    brief = _brief(
        said + ". We denounce the use of proxies and cross-border terrorism in the region.",
        said + " including cross-border terrorism. We denounce the use of proxies in the region.",
    )
    assert not [f for f in brief if "cross-border" in f.subject]


def test_a_clause_a_rewording_rests_on_has_its_counterpart() -> None:
    # B's clause is found on one side only, but the reframing gives it A's clause: it is
    # neither a finding of its own nor cited again "in the same passage"
    brief = _brief(
        "We welcome the talks. Leaders met amid a tragic conflict raging in Ukraine and COVID.",
        "We welcome the talks. We express deep concern over the war raging in Ukraine.",
    )
    assert [f.kind for f in brief] == ["framing-change", "topic-dropped"]
    assert brief[0].summary.count("sec1.p1.s2.c1") == 2


def test_a_launch_of_an_earlier_year_is_reported_not_pledged() -> None:
    a = "We welcome trade.\n\nWe support students."
    b = (
        "We welcome trade.\n\nWe support students.\n\nAt the 2029 Summit in Lima, we launched"
        " the Ruritania Fellowship."
    )
    statements = [parse(a, date="2031-06-10"), parse(b, date="2031-06-10")]
    found = compare(*statements).brief
    assert [f.kind for f in found if f.b] == ["passage-added"]
    # guard: launched this year, or with no year, it is an initiative of the statement
    for launch in ("At the 2031 Summit in Lima, we launched", "Today we launched"):
        now = parse(b.replace("At the 2029 Summit in Lima, we launched", launch), date="2031-06-10")
        assert compare(statements[0], now).brief[0].kind == "pledge-added"


def test_money_a_preamble_recalls_is_not_pledged() -> None:
    a = "We welcome trade.\n\nWe support students."
    recalled = (
        "Recalling the Agreement of July 22, 2031, followed by Executive Order 14345, the two"
        " leaders noted with satisfaction the efforts of both countries."
    )
    found = compare(parse(a), parse(f"{a}\n\n{recalled}")).brief
    assert [f.kind for f in found] == ["position-added"]
    # guard: an order the leaders issue after the preamble is still a measure they take
    issued = recalled.replace("noted with satisfaction", "will issue Executive Order 14400 on")
    assert compare(parse(a), parse(f"{a}\n\n{issued}")).brief[0].kind == "pledge-added"


_GAVI = (
    "We welcome trade.\n\nWe support ASEAN.\n\nThe United States will provide $200 million to"
    " Gavi for childhood immunization."
)
_COVAX = (
    "We welcome trade.\n\nTo date, over $2 billion has been provided to COVAX for last-mile"
    " delivery of vaccines.\n\nWe support ASEAN."
)


def test_money_reported_as_given_so_far_is_told_apart_from_a_pledge() -> None:
    (money_found,) = [f for f in _brief(_GAVI, _COVAX) if f.kind == "pledge-changed"]
    assert money_found.summary.startswith("Money changed, none of it on both sides: A pledges")
    assert "→ B reports as given so far" in money_found.summary
    # guard: pledges on both sides are still "Money pledged changed"
    pledged = _COVAX.replace(
        "To date, over $2 billion has been provided", "We will give $2 billion"
    )
    summaries = [f.summary for f in _brief(_GAVI, pledged) if f.kind == "pledge-changed"]
    assert [s.split(",")[0] for s in summaries] == ["Money pledged changed"]


def test_tallies_on_both_sides_make_no_change_of_pledges() -> None:
    # the parties' own money, given so far on both sides: no pledge changed
    tally = _GAVI.replace(
        "The United States will provide", "To date, the United States has provided"
    )
    ours = _COVAX.replace("over $2 billion has been provided", "we have provided over $2 billion")
    assert not [f for f in _brief(tally, ours) if f.kind == "pledge-changed"]


def test_money_is_told_by_what_each_part_of_it_does() -> None:
    # B pledges health money and reports infrastructure money given so far: the health
    # change compares pledges with pledges
    pledged = _COVAX.replace(
        "To date, over $2 billion has been provided", "We will give $2 billion"
    )
    ports = "\n\nTo date, $50 billion of assistance has been provided for new ports and railways."
    (changed,) = [f for f in _brief(_GAVI, pledged + ports) if f.kind == "pledge-changed"]
    assert changed.summary.startswith("Money pledged changed")
    assert "$50 billion" not in changed.summary


def test_a_name_after_a_preposition_is_no_shared_phrase_of_a_reframing() -> None:
    # "interference by Russia" and "nuclear weapons by Russia" share only "by Russia": no
    # reframing of Russia, nor of Ukraine, which both clauses also name
    brief = _brief(
        "We welcome the talks. We condemn the interference by Russia to gain support for its"
        " war against Ukraine.",
        "We welcome the talks. Any use of nuclear weapons by Russia in its war against Ukraine"
        " would be inadmissible.",
    )
    reframed_names = [f.subject for f in brief if re.match(r"[A-Z][^:']*: '", f.subject)]
    assert reframed_names == []


def test_two_names_reframed_in_the_same_phrase_make_one_finding() -> None:
    brief = _brief(
        "We welcome the talks. Leaders met amid a tragic conflict raging in Ukraine, started"
        " by Russia.",
        "We welcome the talks. We express deep concern over the war raging in Ukraine, started"
        " by Russia.",
    )
    # one reframing of both names, and the pair's own "gone: 'conflict'; new: 'war'" joins it
    assert [(f.kind, f.subject) for f in brief] == [
        ("framing-change", "Russia, Ukraine: 'conflict' → 'war'")
    ]


def test_a_count_of_people_in_a_plight_is_no_pledge() -> None:
    brief = _brief(
        "We welcome trade.",
        "We welcome trade. We highlight the reality of 3.4 million internally displaced people"
        " and the importance of their return.",
    )
    assert [f.kind for f in brief] == ["position-added"]


def test_money_that_measures_a_loss_is_no_money_of_the_parties() -> None:
    brief = _brief(
        "We welcome trade.",
        "We welcome trade. We note that the damages now exceed USD 486 billion.",
    )
    assert [f.kind for f in brief if f.kind.startswith("pledge")] == []


def test_money_the_parties_give_stays_a_pledge() -> None:
    # guard: the figures of a loss or a plight leave money given alone
    brief = _brief(
        "We welcome trade.",
        "We welcome trade. We will provide USD 4 billion to help 3 million refugees.",
    )
    assert brief[0].kind == "pledge-added"


def _with_pair_at(similarity: float) -> tuple[Finding, ...]:
    """The brief of two statements whose second paragraphs are paired at ``similarity``.

    The two clauses share only words every sentence of both statements says ("Russia's war
    of aggression against Ukraine") and no other pair ties their paragraphs.
    """
    base = (
        "We condemn Russia's war of aggression against Ukraine. We support Ukraine against"
        " Russia's war of aggression. We will hold Russia to account for its war of"
        " aggression against Ukraine.\n\n"
    )
    diff = compare(
        parse(base + "Iran must stop supporting Russia's war of aggression against Ukraine."),
        parse(
            base + "Any use of nuclear weapons by Russia in its war of aggression against"
            " Ukraine would be inadmissible."
        ),
    )
    x, y = diff.a.node("sec1.p2.s1.c1"), diff.b.node("sec1.p2.s1.c1")
    pair = Pair(
        a=(x.id,), b=(y.id,), relation="modified", similarity=similarity, a_span=x.span,
        b_span=y.span,
    )  # fmt: skip
    return build_brief(
        diff.a,
        diff.b,
        pairs=(*diff.pairs, pair),
        only_a=(),
        only_b=(),
        related=(),
        entities=diff.entities,
        topics=diff.topics,
    )


def test_a_pair_nothing_but_common_words_ties_is_no_rewording_of_terms() -> None:
    assert [f.kind for f in _with_pair_at(0.44)] == ["no-longer-named"]


def test_a_pair_that_stands_on_its_score_is_a_rewording_of_terms() -> None:
    # guard: the same two clauses at a score that needs no support
    kinds = [f.kind for f in _with_pair_at(0.7)]
    assert kinds == ["framing-change", "no-longer-named"]


@pytest.mark.parametrize(
    "tally",
    [
        "We have mobilized over $2 billion for COVAX for last-mile delivery of vaccines.",
        "We highlight our financial contributions totaling more than $2 billion to COVAX.",
    ],
)
def test_money_told_in_the_perfect_or_as_a_total_is_reported_as_given(tally: str) -> None:
    reported = _COVAX.replace(
        "To date, over $2 billion has been provided to COVAX for last-mile delivery of vaccines.",
        tally,
    )
    (money_found,) = [f for f in _brief(_GAVI, reported) if f.kind == "pledge-changed"]
    assert "→ B reports as given so far" in money_found.summary


def test_names_of_one_absence_said_unequally_often_each_give_their_count() -> None:
    a = (
        "We welcome trade. We oppose China's actions in the South China Sea. We urge China"
        " to stop. We call on China to act."
    )
    (found,) = [f for f in _brief(a, "We welcome trade.") if f.kind == "no-longer-named"]
    assert found.summary.startswith(
        "China, South China Sea: named in A (China 3 times, South China Sea once; sec1.p1.s2.c1"
    )


def test_names_of_one_absence_said_equally_often_share_their_count() -> None:
    # guard: "Hong Kong, Xinjiang: named twice in A"
    a = (
        "We welcome trade. We are concerned about Hong Kong and Xinjiang. We urge respect"
        " for rights in Hong Kong and Xinjiang."
    )
    (found,) = [f for f in _brief(a, "We welcome trade.") if f.kind == "no-longer-named"]
    assert found.summary.startswith("Hong Kong, Xinjiang: named twice in A (sec1.p1.s2.c1")


def test_the_meeting_each_statement_opens_on_is_no_finding() -> None:
    parties = ["Japan", "United States"]
    a = parse(
        "Today, we, the leaders of our two countries, met at the Akasaka Palace in Tokyo.\n\n"
        "We welcome trade.",
        parties=parties,
    )
    b = parse(
        "The two leaders convened at the White House for a working visit.\n\nWe welcome trade.",
        parties=parties,
    )
    assert compare(a, b).brief == ()
    # guard: a meeting the other statement reports nowhere is still a passage of its own
    alone = parse("We welcome trade.", parties=parties)
    assert [f.kind for f in compare(a, alone).brief] == ["passage-dropped"]


def test_an_opening_clause_that_meets_a_need_is_no_meeting() -> None:
    parties = ["Japan", "United States"]
    a = parse(
        "Today, we, the leaders of our two countries, met at the Akasaka Palace in Tokyo. We"
        " will work to help our partners meet their energy needs.\n\nWe welcome trade.",
        parties=parties,
    )
    b = parse(
        "The two leaders convened at the White House for a working visit.\n\nWe welcome trade.",
        parties=parties,
    )
    # the meeting lines are the setting; the pledge to help partners is a finding of its own
    assert [f.kind for f in compare(a, b).brief] == ["commitment-dropped"]
