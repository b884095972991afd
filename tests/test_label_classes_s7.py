"""Label rules of session 7, each a class of language, on sentences written for the tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from _label_helpers import changes as _all_changes

PARTIES = ("Japan", "United States")


def _changes(a: str, b: str) -> list[tuple[str, str | None]]:
    return _all_changes(a, b, PARTIES)


_ACTS = st.sampled_from(
    [
        ("cooperate on", "cooperating on", "cooperated on"),
        ("invest in", "investing in", "invested in"),
        ("expand", "expanding", "expanded"),
        ("launch", "launching", "launched"),
    ]
)


@given(_ACTS, st.booleans())
def test_a_pledge_reported_as_done_or_under_way_is_no_modality_change(
    act: tuple[str, str, str], done: bool
) -> None:
    base, progressive, past = act
    report = f"We {past}" if done else f"We are now {progressive}"
    changes = _changes(
        f"We will {base} clean hydrogen supply chains across the region.",
        f"{report} clean hydrogen supply chains across the region.",
    )
    assert not [c for c in changes if c[0] == "modality-changed"]


def test_a_pledge_turned_into_a_call_on_others_is_still_a_change() -> None:
    changes = _changes(
        "We will implement the Compact on Maritime Safety.",
        "We call for the full implementation of the Compact on Maritime Safety.",
    )
    assert ("modality-changed", "'will' removed") in changes


@given(st.sampled_from(["to mobilize", "to start mobilizing"]))
def test_an_act_urged_on_others_is_no_report_of_the_parties_act(urged: str) -> None:
    changes = _changes(
        "We will mobilize private finance for clean energy.",
        f"We call on the development banks {urged} private finance for clean energy.",
    )
    assert ("modality-changed", "'will' removed") in changes


@given(st.sampled_from(["commit ourselves to", "commit our governments to"]))
def test_a_commitment_with_the_parties_as_its_object_is_a_commitment(form: str) -> None:
    changes = _changes(
        f"We {form} consult each other on regional threats.",
        "We stand by our commitment to consult each other on regional threats.",
    )
    assert not [c for c in changes if c[0] == "modality-changed"]


def test_a_commitment_given_up_is_still_a_change() -> None:
    changes = _changes(
        "We commit ourselves to consult each other on regional threats.",
        "We note the value of consultations on regional threats.",
    )
    assert ("modality-changed", "'commit to' removed") in changes


@given(st.sampled_from(["by peaceful means", "through peaceful means"]))
def test_a_peaceful_resolution_said_as_resolving_by_peaceful_means_is_kept(means: str) -> None:
    changes = _changes(
        "We call for a peaceful resolution of cross-Strait issues.",
        f"We call on both sides to resolve cross-Strait differences {means}.",
    )
    assert ("phrase-dropped", "'peaceful resolution' dropped") not in changes


def test_a_peaceful_resolution_given_up_is_still_labelled() -> None:
    changes = _changes(
        "We call for a peaceful resolution of cross-Strait issues.",
        "We call for a swift resolution of cross-Strait issues.",
    )
    assert any("peaceful resolution" in (detail or "") for _, detail in changes)
