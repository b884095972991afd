"""Hard-wrapped text pasted out of a PDF viewer reads as the statement it was (issue 15)."""

from __future__ import annotations

import textwrap
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _pdf_cases import CORPUS, STATEMENTS, problems, reference
from _pdf_print import hard_wrap
from statementdiff import ParseTypeError, compare, parse
from statementdiff.read.text import read_text
from statementdiff.read.unwrap import (
    Line,
    is_furniture,
    join_hyphen,
    unwrap,
    unwrap_pasted,
    wrap_width,
)

PARA = (
    "The United States and the Republic of Korea have been critical allies in the pandemic "
    "and on longstanding global health challenges, and President Biden expresses his "
    "gratitude for the donation of critical medical supplies to the United States at its "
    "time of dire need. We reaffirm the long-standing U.S.-ROK Alliance."
)


# ---------------------------------------------------------------------------- rules


@pytest.mark.parametrize(
    "line",
    ["- 1 -", "\u2013 12 \u2013", "Page 2 of 5", "page 3", "1/3", "2 of 9", "17",
     "5/21/21, 3:04 PM", "12/4/2026, 15:59", "https://www.state.gov/joint-statement/",
     "file:///tmp/x.html"],
)  # fmt: skip
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line", ["1. We agree.", "- quantum computing", "May 21, 2021", "(a) holding exercises;", ""]
)
def test_text_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_hyphen_rules() -> None:
    none: Counter[str] = Counter()
    assert not join_hyphen("grat", "itude", none, none)
    assert join_hyphen("U.S.", "ROK", none, none)  # not lowercase letters
    assert join_hyphen("Indo", "Pacific", none, none)
    assert join_hyphen("long", "standing", Counter({"long-standing": 1}), none)
    assert not join_hyphen("long", "standing", Counter({"longstanding": 1}), none)
    assert join_hyphen("long", "standing", none, Counter({"long": 1, "standing": 2}))
    assert join_hyphen("self", "reliance", none, none)  # a prefix written with a hyphen
    assert join_hyphen("semi", "conductors", none, none, hyphenating=False)
    assert not join_hyphen("semi", "conductors", Counter({"semiconductors": 1}), none)


def _lines(rows: list[str], width: int) -> list[Line]:
    return [
        Line(r, gap=False, room=float(width - len(r)), lead=len(r.split()[0]) + 1.0) for r in rows
    ]


def test_unwrap_joins_keeps_real_hyphens_and_breaks_short_lines() -> None:
    rows = [
        "We reaffirm the long-standing U.S.-",
        "ROK Alliance and express our grat-",
        "itude, with gratitude, for the long-",
        "standing work.",
        "We agree to act.",
    ]
    out = unwrap(_lines(rows, 36)).text
    assert out == (
        "We reaffirm the long-standing U.S.-ROK Alliance and express our gratitude, with "
        "gratitude, for the long-standing work.\n\nWe agree to act."
    )


def test_suspended_hyphen_keeps_its_space() -> None:
    rows = [
        "support for lower- and middle-income countries, and for U.S.-",
        "and EU-funded work.",
    ]
    assert unwrap(_lines(rows, 62)).text.startswith("support for lower- and middle-income")
    assert "U.S.- and EU-funded" in unwrap(_lines(rows, 62)).text


def test_inline_enumeration_is_not_split_into_items() -> None:
    rows = [
        "- The Working Group will 1) develop a statement of principles on",
        "cyber-exploitation; 2) launch a bilateral dialogue between our",
        "governments on domestic violence and cyber-exploitation legislation;",
        "3) establish a bilateral law-enforcement dialogue.",
    ]
    assert unwrap(_lines(rows, 68)).text.count("\n") == 0


def test_list_items_after_a_lead_in_stay_items() -> None:
    rows = ["They agreed to:", "(a) hold exercises;", "(b) share information."]
    assert unwrap(_lines(rows, 60)).text.split("\n\n") == rows


# ---------------------------------------------------------------------------- detection


def test_normal_text_is_not_unwrapped() -> None:
    text = f"TITLE\n\n{PARA}\n\n{PARA}\n\n1. We agree.\n2. We act.\n"
    assert unwrap_pasted(text) is None
    assert read_text(text)[0] == text


def test_fixtures_and_corpus_are_never_taken_for_wrapped() -> None:
    files = sorted(Path(__file__).resolve().parents[1].joinpath("fixtures").glob("*.txt"))
    if CORPUS.is_dir():
        files += sorted(CORPUS.glob("*.txt"))
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert unwrap_pasted(text) is None, path.name


def test_footer_lines_go_even_from_short_texts() -> None:
    text = "We agree.\n\nWe act.\n\n- 1 -\n"
    body, blocks = read_text(text)
    assert [body[b.start : b.end] for b in blocks] == ["We agree.", "We act."]


def test_wrap_width_of_a_paste() -> None:
    assert wrap_width(textwrap.wrap(PARA * 3, 72)) == 72
    assert wrap_width([PARA, "", PARA, "", PARA] * 3) is None


def test_issue_example_gratitude_and_page_footer() -> None:
    original = f"{PARA}\n\n{PARA.replace('pandemic', 'COVID-19 pandemic')}\n"
    pasted = hard_wrap(original, 88)
    assert "- 1 -" in pasted
    a, b = parse(original), parse(pasted)
    assert problems(compare(a, b)) == []
    assert parse(pasted, unwrap=False).text == pasted.replace("\r\n", "\n")


def test_no_unwrap_keeps_the_lines() -> None:
    pasted = hard_wrap(f"{PARA}\n\n{PARA}\n", 60)
    assert parse(pasted, unwrap=False).text == pasted
    assert parse(pasted).text != pasted


def test_unwrap_must_be_bool() -> None:
    with pytest.raises(ParseTypeError, match="unwrap must be True or False"):
        parse("We agree.", unwrap="no")  # type: ignore[arg-type]


_VOCABULARY = (
    "we reaffirm our commitment to peace stability region partners and the alliance "
    "cooperation security economic development climate support"
)
_WORDS = st.sampled_from(_VOCABULARY.split())


@given(
    paragraphs=st.lists(
        st.lists(_WORDS, min_size=50, max_size=90).map(lambda w: " ".join(w).capitalize() + "."),
        min_size=3,
        max_size=6,
    ),
    width=st.integers(40, 110),
)
def test_wrapped_paragraphs_come_back(paragraphs: list[str], width: int) -> None:
    text = "\n\n".join(paragraphs)
    pasted = hard_wrap(text, width, hyphenate=False)
    out = unwrap_pasted(pasted)
    assert out is not None
    assert out == text


# ---------------------------------------------------------------------------- corpus


@pytest.mark.corpus
@pytest.mark.parametrize("width", [72, 88, 100])
@pytest.mark.parametrize("name", STATEMENTS)
def test_corpus_pastes_compare_clean(name: str, width: int) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    text = reference(name)
    pasted = hard_wrap(text, width)
    assert unwrap_pasted(pasted) is not None
    assert problems(compare(parse(text), parse(pasted))) == []


@pytest.mark.corpus
@pytest.mark.xfail(
    strict=True,
    reason="known limits: the statement spells both 'multistakeholder' and "
    "'multi-stakeholder', and an inline 'We will: i) …' broken before 'i)' reads as a list",
)
def test_corpus_paste_known_ambiguities() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    text = reference("g7-2024-06-14-apulia-communique.txt")
    assert problems(compare(parse(text), parse(hard_wrap(text, 88)))) == []
