"""segment/acronyms.py and its use in alignment: short forms a statement defines."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from statementdiff import compare, parse
from statementdiff.align.tokens import (
    DefinedAliases,
    content_tokens,
    shared_definitions,
    with_definitions,
)
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Span, Statement
from statementdiff.segment.acronyms import FUNCTION_WORDS, defined_acronyms, long_form

# ---------------------------------------------------------------- finding definitions


@pytest.mark.parametrize(
    ("text", "short", "name"),
    [
        ("We launched the Strategic Clean Energy Partnership (SCEP) in May.", "SCEP",
         "Strategic Clean Energy Partnership"),
        ("We raised concerns with the People\u2019s Republic of China (PRC).", "PRC",
         "People\u2019s Republic of China"),
        ("the U.S.-Japan Competitiveness and Resilience (CoRe) Partnership", "CoRe",
         "Competitiveness and Resilience"),
        ("with the Department of Defense (DoD) and others", "DoD", "Department of Defense"),
        ("under the Convention on the Law of Rivers (CLOR)", "CLOR",
         "Convention on the Law of Rivers"),
        ("the new Regional Finance Hubs (RFHs) will open", "RFHs", "Regional Finance Hubs"),
        ("the initiative on Quantum and Advanced Sensing (iQAS) began", "iQAS",
         "initiative on Quantum and Advanced Sensing"),
        ("the Indo-Pacific Maritime Forum (IPMF) met", "IPMF", "Indo-Pacific Maritime Forum"),
        ("the Indo-Pacific Maritime Forum (\u201cIPMF\u201d) met", "IPMF",
         "Indo-Pacific Maritime Forum"),
        ("the Resilient Supply-chain Initiative (RSI) met", "RSI",
         "Resilient Supply-chain Initiative"),
        ("the UN Office for River Basins (UNORB) met", "UNORB", "UN Office for River Basins"),
        ("the Republic of Korea\u2019s (ROK) forces", "ROK", "Republic of Korea"),
        ("weapons of mass destruction (WMD) remain a threat", "WMD",
         "weapons of mass destruction"),
        ("the U.S. Agency for Rural Growth (USARG) will fund it", "USARG",
         "U.S. Agency for Rural Growth"),
    ],
)  # fmt: skip
def test_a_definition_is_found_with_its_long_name(text: str, short: str, name: str) -> None:
    assert defined_acronyms(text) == {short: name}


@pytest.mark.parametrize(
    "text",
    [
        "We met in Washington (2021) and agreed.",
        "the Economic Policy Consultative Committee (the Economic \u201c2+2\u201d)",
        "the Economic Policy Consultative Committee (\u201c2+2\u201d)",
        "the United States of America (U.S.) and Japan",
        "the Quadrilateral Security Dialogue (Quad) met",
        "all medical countermeasures (including vaccines) are welcome",
        "the Strategic Clean Energy Partnership (SCP)",  # a letter missing
        "the Strategic Clean Energy Partnership (CSEP)",  # letters out of order
        "the Strategic Clean Energy Partnership (SCEPX)",  # a letter too many
        "Women, Peace and Security (WPS)",  # a comma ends the long name
        "We welcome the Partnership. Clean Energy (PCE) is next.",  # so does a sentence end
        "the Global Health Security Agenda (GHSA-2) met",  # digits: not a short form
        "(SCEP) opens the text",
        "the Strategic Clean Energy Partnership (scep)",  # lower case
        "the Strategic Clean Energy Partnership (Scep)",  # one capital only
        "the Clean Energy Partnership of the (CEP)",  # a long name ends with a content word
        "the Strategic Clean Energy Partnership (SCEp)",  # "p" does not continue "Energy"
    ],
)
def test_not_a_definition(text: str) -> None:
    assert defined_acronyms(text) == {}


def test_the_first_definition_of_a_short_form_wins() -> None:
    text = "the Ocean Data Network (ODN) and later the Open Data Network (ODN)"
    assert defined_acronyms(text) == {"ODN": "Ocean Data Network"}


def test_several_definitions_in_order() -> None:
    text = "The Republic of Korea (ROK) and the Pacific Islands Forum (PIF) met. The ROK spoke."
    assert defined_acronyms(text) == {"ROK": "Republic of Korea", "PIF": "Pacific Islands Forum"}


def test_long_form_takes_the_nearest_run_of_words() -> None:
    assert long_form("In 2023 the Japan Clean Energy Partnership ", "CEP") == (
        "Clean Energy Partnership"
    )
    assert long_form("", "CEP") is None


_CONTENT_WORD = st.from_regex(r"[A-Z][a-z]{4,9}", fullmatch=True).filter(
    lambda w: w.lower() not in FUNCTION_WORDS
)
_FUNCTION_WORD = st.sampled_from(["of", "and", "the", "for", "on"])


@st.composite
def _names(draw: st.DrawFn) -> tuple[str, str]:
    """A long name (content words, some function words between them) and its initials.

    Each content word gives its first letter or, at random, its first two ("CoRe").
    """
    words = draw(st.lists(_CONTENT_WORD, min_size=2, max_size=6))
    parts: list[str] = []
    short = ""
    for k, word in enumerate(words):
        if k and draw(st.booleans()):
            parts.append(draw(_FUNCTION_WORD))
        parts.append(word)
        short += word[: draw(st.integers(1, 2))] if len(short) < 10 else word[0]
    return " ".join(parts), short


@given(_names(), st.sampled_from(["We welcome the", "They launched a", "In 2024, the"]))
def test_a_long_name_with_its_initials_is_found(named: tuple[str, str], lead: str) -> None:
    name, short = named
    assume(len(short) <= 12)
    text = f"{lead} {name} ({short}) this year. The {short} will meet."
    assert defined_acronyms(text) == {short: name}


@given(st.lists(_CONTENT_WORD, min_size=2, max_size=6), st.data())
def test_letters_that_are_not_the_initials_are_never_a_definition(
    words: list[str], data: st.DataObject
) -> None:
    initials = "".join(w[0] for w in words)
    k = data.draw(st.integers(0, len(initials) - 1))
    other = data.draw(
        st.sampled_from([c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != initials[k]])
    )
    short = initials[:k] + other + initials[k + 1 :]
    assert defined_acronyms(f"We welcome the {' '.join(words)} ({short}).") == {}


@given(st.text(max_size=80))
def test_any_text_gives_short_forms_that_are_parenthesised_in_it(text: str) -> None:
    for short, name in defined_acronyms(text).items():
        assert f"({short})" in text or f"(\u201c{short}\u201d)" in text or f'("{short}")' in text
        assert name in text


# ---------------------------------------------------------------- comparison tokens

_SCEP = {"SCEP": "Strategic Clean Energy Partnership"}


def _table(definitions: dict[str, str]) -> DefinedAliases:
    return DefinedAliases(Lexicon.default().alias_table, definitions)


def test_a_defined_short_form_and_its_long_name_are_the_same_words() -> None:
    table = _table(_SCEP)
    words = ["acrscep", "strateg", "clean", "energi", "partnership", "met"]
    assert content_tokens("The SCEP met.", table) == words
    assert content_tokens("The Strategic Clean Energy Partnership met.", table) == words
    assert content_tokens("The strategic clean\nenergy  partnership met.", table) == words
    assert content_tokens("the SCEP\u2019s work", table) == content_tokens(
        "the Strategic Clean Energy Partnership's work", table
    )


def test_the_definition_counts_its_name_once() -> None:
    table = _table(_SCEP)
    assert content_tokens("We launched the Strategic Clean Energy Partnership (SCEP).", table) == (
        content_tokens("We launched the SCEP.", table)
    )
    assert content_tokens("the Strategic Clean Energy Partnership (\u201cSCEP\u201d)", table) == (
        content_tokens("the SCEP", table)
    )


def test_short_forms_match_whole_words_as_written() -> None:
    table = _table({"CoRe": "Competitiveness and Resilience"})
    assert content_tokens("our core values", table) == ["core", "valu"]
    assert "acrcor" not in content_tokens("the CoRes and CoRed of CORE", table)
    assert content_tokens("the CoRe", table) == ["acrcor", "competit", "resili"]


def test_a_long_name_holding_another_defined_name_reads_the_same_both_ways() -> None:
    table = _table({"AOP": "Atlantic Outlook on Ports", "AAA": "Atlantic Alliance Agency"})
    assert content_tokens("the AOP", table) == content_tokens(
        "the Atlantic Outlook on Ports", table
    )
    table = _table({"ROAP": "SCEP Outlook on Ports", **_SCEP})
    assert content_tokens("the ROAP", table) == content_tokens("the SCEP Outlook on Ports", table)


def test_the_lexicon_aliases_still_fold_in_a_long_name() -> None:
    table = _table({"ASPA": "Alliance of United States"})
    assert content_tokens("The ASPA met.", table) == ["acraspa", "allianc", "unitedst", "met"]
    # a variant of the long name is not the name, but it still shares the name's words
    variant = content_tokens("The Alliance of the U.S. met.", table)
    assert variant == ["allianc", "unitedst", "met"]
    assert set(variant) < set(content_tokens("The ASPA met.", table))


def test_a_short_form_the_lexicon_already_folds_is_left_to_it() -> None:
    table = _table({"PRC": "People's Republic of China", **_SCEP})
    assert table.definitions == _SCEP
    assert content_tokens("the PRC", table) == content_tokens("China") == ["china"]


def test_shared_definitions_leave_out_a_conflict_whatever_the_order() -> None:
    a = "the Ocean Data Network (ODN) and the Pacific Islands Forum (PIF)"
    b = "the Open Data Network (ODN) and the pacific islands forum (PIF)"
    assert shared_definitions([a, b]) == {"PIF": "Pacific Islands Forum"}
    assert shared_definitions([b, a]) == shared_definitions([a, b])


def test_with_definitions_keeps_the_base_table_when_nothing_is_defined() -> None:
    base = Lexicon.default().alias_table
    assert with_definitions(base, ["We oppose war.", "We welcome peace."]) is base
    table = with_definitions(base, ["the Strategic Clean Energy Partnership (SCEP)"])
    assert isinstance(table, DefinedAliases)
    assert table.definitions == _SCEP


# ---------------------------------------------------------------- compare


_A = (
    "We launched the Strategic Clean Energy Partnership (SCEP) last year.\n\n"
    "The SCEP advances hydrogen trade.\n\nWe oppose war."
)
_B = "We oppose war.\n\nThe Strategic Clean Energy Partnership advances hydrogen trade."


def _text(statement: Statement, span: Span) -> str:
    return statement.text[span.start : span.end]


def test_a_short_form_and_its_long_name_are_paired_as_the_same_words() -> None:
    a, b = parse(_A), parse(_B)
    for diff in (compare(a, b), compare(b, a)):
        pair = next(p for p in diff.pairs if "hydrogen" in _text(diff.a, p.a_span))
        assert pair.similarity == 1.0
        assert pair.relation == "modified"  # the words still differ, and the diff shows it
        assert {op.op for op in pair.ops} == {"equal", "delete", "insert"}


def test_spans_and_texts_are_untouched() -> None:
    a, b = parse(_A), parse(_B)
    diff = compare(a, b)
    pair = next(p for p in diff.pairs if "hydrogen" in _text(a, p.a_span))
    assert "".join(op.text for op in pair.ops if op.op != "insert") == _text(a, pair.a_span)
    assert "SCEP" in _text(a, pair.a_span)
