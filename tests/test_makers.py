"""Who makes a statement given without ``parties``: the makers the text names, not its subjects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from statementdiff import parse, parse_file
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.semantics.parties import own_parties

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"

CONCERN = (
    " North Korea's launches violate resolutions. North Korea must abandon its programmes."
    " We call on North Korea to return to dialogue."
)


@given(st.permutations(["Japan", "the Republic of Korea", "the United States"]), st.booleans())
def test_an_opening_we_appositive_names_the_makers(names: list[str], dash: bool) -> None:
    listed = f"{names[0]}, {names[1]}, and {names[2]}"
    opened, closed = (" \u2013 ", " \u2013") if dash else (", ", ",")
    opening = f"We{opened}the leaders of {listed}{closed} met."
    makers = own_parties(parse(opening + CONCERN))
    assert makers == {"Japan", "Republic of Korea", "United States"}


def test_a_format_in_the_appositive_brings_its_members() -> None:
    text = "We, the Leaders of the Group of Seven (G7), met in Apulia." + CONCERN
    assert own_parties(parse(text)) == {
        "Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States",
        "European Union",
    }  # fmt: skip


def test_leaders_in_the_appositive_stand_for_their_countries() -> None:
    text = "We, Prime Minister Kishida Fumio and President Joseph R. Biden, Jr., affirm our vision."
    assert own_parties(parse(text + CONCERN)) == {"Japan", "United States"}


def test_the_partners_of_our_cooperation_are_the_makers() -> None:
    text = (
        "We have convened to reaffirm our commitment to quadrilateral cooperation between "
        "Australia, India, Japan, and the United States. We strive for a free region."
    )
    assert own_parties(parse(text + CONCERN)) == {
        "Australia", "India", "Japan", "United States",
    }  # fmt: skip


@pytest.mark.parametrize(("acts", "maker"), [(5, True), (1, False)])
def test_a_body_that_acts_in_many_clauses_is_a_maker(acts: int, maker: bool) -> None:
    acting = " ".join(["The United States and the European Union will cooperate on chips."] * acts)
    others = " ".join(["Supply chains matter for trade and growth."] * (12 - acts))
    found = own_parties(parse(f"{acting} {others}"))
    assert ("European Union" in found) is maker


def test_a_country_spoken_about_early_and_often_is_no_maker() -> None:
    text = (
        "The United States, the Republic of Korea, and Japan strongly condemn North Korea's "
        "launches. The United States, the Republic of Korea, and Japan express deep concern "
        "about North Korea's missiles. North Korea has increased the pace of its launches."
    )
    assert own_parties(parse(text)) == {"Japan", "Republic of Korea", "United States"}


def test_offices_introduce_the_makers() -> None:
    text = (
        "The following is the statement of the Foreign Ministers of the Governments of "
        "Japan, and the Republic of Korea, and the Secretary of State of the United States. "
        "The ministers discussed North Korea. They condemned North Korea's launches, urged "
        "North Korea to stop, and welcomed cooperation between Japan, the Republic of Korea "
        "and the United States on North Korea. Japan, the Republic of Korea and the United "
        "States will meet again."
    )
    assert own_parties(parse(text)) == {"Japan", "Republic of Korea", "United States"}


ENVOYS = (
    "Talks of the envoys of Japan and India took place in Delhi. Missiles threaten Japan and "
    "India. Storms reach Japan and India every year."
)


def test_offices_a_user_lexicon_adds_introduce_the_makers(tmp_path: Path) -> None:
    assert own_parties(parse(ENVOYS)) == frozenset()  # named early, but no office, no stance
    mine = tmp_path / "mine.toml"
    mine.write_text('[actors]\noffices = ["Envoys"]\n', encoding="utf-8")
    lex = Lexicon.load(mine)
    assert own_parties(parse(ENVOYS, lexicon=lex), lex) == {"India", "Japan"}


def test_the_corpus_makers_are_found_without_parties() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    manifest = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))
    wrong = []
    for doc in manifest:
        parties = set(doc.get("parties") or ())
        path = CORPUS / f"{doc['slug']}.txt"
        if not parties or not path.exists() or not parties <= _COUNTRIES:
            continue  # a format or "multilateral": no list of countries to compare with
        found = own_parties(parse_file(path))
        if found != parties:
            wrong.append((doc["slug"], sorted(parties - found), sorted(found - parties)))
    # no maker missed, and no subject (North Korea, Russia, Iran) taken for a maker; the
    # European Union, a body of the lexicon, makes the U.S.-EU statement by acting in it
    assert wrong == []


_COUNTRIES = {
    "United States", "Japan", "Republic of Korea", "Australia", "India", "Philippines",
    "United Kingdom", "China", "Thailand", "Vietnam", "Indonesia", "European Union",
}  # fmt: skip


@given(
    st.sampled_from(["\u2013", "\u2014"]),
    st.permutations(["Australia", "India", "Japan", "the United States"]),
)
def test_we_before_an_appositive_between_dashes_is_the_actor(dash: str, names: list[str]) -> None:
    listed = f"{', '.join(names[:-1])} and {names[-1]}"
    text = f"We {dash} the Leaders of {listed} {dash} convened to reaffirm our commitment."
    clause = next(parse(text, parties=["Australia", "India", "Japan", "United States"]).clauses())
    assert clause.actor == "We"
    assert set(clause.parties) == {"Australia", "India", "Japan", "United States"}


def test_an_opening_phrase_before_we_and_its_dashes_is_no_actor() -> None:
    text = (
        "Today, we \u2013 Prime Minister Anthony Albanese of Australia and Prime Minister "
        "Narendra Modi of India \u2013 met in Hiroshima."
    )
    clause = next(parse(text, parties=["Australia", "India"]).clauses())
    assert clause.actor == "we"
    assert set(clause.parties) == {"Australia", "India"}
