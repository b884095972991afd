"""Absences of lesser names are told together, in one line of the brief."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from statementdiff import Finding, FindingKind, compare, parse
from statementdiff.brief.lesser import LESSER_NAME, QUOTED_NAMES, together
from statementdiff.brief.weights import Weights
from statementdiff.lexicon.lexicon import Lexicon

WEIGHTS = Weights(Lexicon.default())


def _absence(
    name: str, weight: float, clause: str, kind: FindingKind = "no-longer-named"
) -> Finding:
    return Finding(
        kind=kind,
        subject=name,
        summary=f"{name}: named once in A ({clause} '…'), not in B.",
        weight=weight,
        a=(clause,) if kind == "no-longer-named" else (),
        b=(clause,) if kind == "newly-named" else (),
    )


def test_the_built_in_weights_set_lesser_names_apart() -> None:
    # the guard of the test data below: a body or a country of its kind's weight is lesser,
    # the names the lexicon weighs as central are not
    assert WEIGHTS.entity("ASEAN") < LESSER_NAME
    assert WEIGHTS.entity("Pacific Islands Forum") < LESSER_NAME
    assert WEIGHTS.entity("China") >= LESSER_NAME
    assert WEIGHTS.entity("Myanmar") >= LESSER_NAME


def test_two_lesser_absences_become_one_line_in_the_place_of_the_heavier() -> None:
    findings = [
        _absence("China", 0.9, "sec1.p1.s1.c1"),
        _absence("Pacific Islands Forum", 0.3, "sec1.p4.s1.c1"),
        Finding(kind="position-dropped", subject="x", summary="Position only in A.", weight=0.4),
        _absence("ASEAN", 0.35, "sec1.p3.s1.c1"),
    ]
    out = together(findings, WEIGHTS)
    assert [f.subject for f in out] == ["China", "x", "ASEAN, Pacific Islands Forum"]
    line = out[2]
    assert line.kind == "no-longer-named"
    assert line.weight == 0.35
    assert line.a == ("sec1.p3.s1.c1", "sec1.p4.s1.c1")
    assert line.summary.startswith("Other names no longer named in B (2). ASEAN: named once in A")
    assert "Pacific Islands Forum: named once in A (sec1.p4.s1.c1" in line.summary


def test_a_single_lesser_absence_and_each_direction_stay_apart() -> None:
    findings = [
        _absence("ASEAN", 0.35, "sec1.p3.s1.c1"),
        _absence("Pacific Islands Forum", 0.3, "sec1.p4.s1.c1", kind="newly-named"),
    ]
    assert together(findings, WEIGHTS) == findings


def test_past_the_quoted_names_the_rest_are_listed_by_name() -> None:
    names = ["ASEAN", "Pacific Islands Forum", "WHO", "WTO", "IAEA", "APEC", "G20"]
    findings = [
        _absence(name, 0.4 - k / 100, f"sec1.p{k + 1}.s1.c1") for k, name in enumerate(names)
    ]
    (line,) = together(findings, WEIGHTS)
    assert line.summary.count("named once in A") == QUOTED_NAMES
    assert line.summary.endswith(" Also APEC; G20.")
    assert line.summary.startswith(f"Other names no longer named in B ({len(names)}).")


def test_in_a_comparison_lesser_names_share_a_line_and_china_keeps_its_own() -> None:
    # each name in two sentences: an absence of its own, not a part of one clause's finding
    a = (
        "We welcome trade. We reaffirm ASEAN centrality. We value ASEAN unity. "
        "We support the Pacific Islands Forum. We thank the Pacific Islands Forum. "
        "We oppose China's coercion of its neighbours. We urge China to respect the law."
    )
    b = "We welcome trade."
    brief = compare(parse(a), parse(b)).brief
    named = [f for f in brief if f.kind == "no-longer-named"]
    assert [f.subject for f in named] == ["China", "ASEAN, Pacific Islands Forum"]
    mirror = compare(parse(b), parse(a)).brief
    assert [f.subject for f in mirror if f.kind == "newly-named"] == [
        "China",
        "ASEAN, Pacific Islands Forum",
    ]


_LESSER = ["ASEAN", "Pacific Islands Forum", "WHO", "WTO", "IAEA", "APEC", "G20", "IPEF"]
_CENTRAL = ["China", "Taiwan", "Russia", "Myanmar"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_LESSER + _CENTRAL),
            st.integers(5, 100),
            st.sampled_from(["no-longer-named", "newly-named"]),
        ),
        unique_by=lambda t: (t[0], t[2]),
        max_size=12,
    )
)
def test_lesser_absences_lose_no_name_and_touch_no_other_finding(
    rows: list[tuple[str, int, FindingKind]],
) -> None:
    findings = [
        _absence(name, weight / 100, f"sec1.p{k + 1}.s1.c1", kind)
        for k, (name, weight, kind) in enumerate(rows)
    ]
    out = together(findings, WEIGHTS)
    lesser = [f for f in findings if f.subject in _LESSER]
    kept = [f for f in findings if f.subject in _CENTRAL]
    # the central names keep their own findings, untouched
    assert [f for f in out if f in kept] == kept
    for kind in ("no-longer-named", "newly-named"):
        group = [f for f in lesser if f.kind == kind]
        lines = [f for f in out if f.kind == kind and f not in kept]
        assert len(lines) == min(len(group), 1)  # two or more lesser names: one line
        if group:
            (line,) = lines
            # every name is told, at the weight of the heaviest
            assert set(line.subject.split(", ")) == {f.subject for f in group}
            assert line.weight == max(f.weight for f in group)
