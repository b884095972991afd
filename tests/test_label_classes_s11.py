"""Label rules of session 11, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from statementdiff import compare, parse

PARTIES = ["Japan", "United States"]


RESTATING = ["reaffirm", "reiterate"]
PLAIN = ["support", "emphasize", "underscore"]


def _stance_same(a: str, b: str, a_parties: list[str], b_parties: list[str]) -> list[str]:
    diff = compare(parse(a, parties=a_parties), parse(b, parties=b_parties), related=False)
    return [c.detail or "" for p in diff.pairs for c in p.changes if c.kind == "stance-same"]


@given(st.sampled_from(RESTATING), st.sampled_from(PLAIN), st.booleans())
def test_restating_between_statements_of_other_parties_is_no_change(
    restating: str, plain: str, mirrored: bool
) -> None:
    a = f"We {plain} ASEAN centrality and unity and the ASEAN Outlook on the Indo-Pacific."
    b = f"We {restating} ASEAN centrality and unity and the ASEAN Outlook on the Indo-Pacific."
    parties = (["Japan", "United States"], ["Republic of Korea", "United States"])
    if mirrored:
        a, b = b, a
    assert _stance_same(a, b, *parties) == []


@given(st.sampled_from(RESTATING), st.sampled_from(PLAIN))
def test_restating_between_statements_of_the_same_parties_marks_continuity(
    restating: str, plain: str
) -> None:
    found = _stance_same(
        f"We {plain} ASEAN centrality and unity and the ASEAN Outlook on the Indo-Pacific.",
        f"We {restating} ASEAN centrality and unity and the ASEAN Outlook on the Indo-Pacific.",
        ["Japan", "United States"],
        ["United States", "Japan"],
    )
    assert found == [f"{plain} → {restating}; now marks continuity"]


NAMES_WITH_SHORT_FORMS = [
    ("Democratic People{s} Republic of Korea{s} (DPRK{s})", "North Korea"),
    ("People{s} Republic of China{s} (PRC{s})", "China"),
]


@given(st.sampled_from(NAMES_WITH_SHORT_FORMS), st.sampled_from(["'s", "\u2019s"]))
def test_a_possessive_name_and_its_possessive_abbreviation_are_one_mention(
    form: tuple[str, str], possessive: str
) -> None:
    template, canonical = form
    name = template.format(s=possessive)
    text = f"We will address the {name} nuclear and ballistic missile programs."
    clause = next(parse(text, parties=PARTIES).clauses())
    assert [m.name for m in clause.entities].count(canonical) == 1
