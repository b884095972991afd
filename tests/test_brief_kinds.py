"""Which one-sided clauses are commitments of their makers and which are positions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from statementdiff import Finding, compare, parse

KEPT = "Canada and Mexico met in Ottawa to review the fisheries accord."
OBJECT = "the fisheries accord with the coastal provinces"

COMMITTING = [
    f"We will implement {OBJECT}.",
    f"We commit to implementing {OBJECT}.",
    f"We support {OBJECT}.",
    f"We reaffirm our unwavering support for {OBJECT}.",
    f"We champion {OBJECT}.",
    "We reaffirm that Article 3 of the Fisheries Treaty applies to the coastal provinces.",
    "We reaffirm UN Security Council Resolution 2760 on the coastal provinces.",
]
VIEWING = [
    f"We welcome {OBJECT}.",
    f"We commend {OBJECT}.",
    f"We highlight the importance of {OBJECT}.",
    f"We reaffirm the importance of {OBJECT}.",
    f"We call on the provinces to respect {OBJECT}.",
    f"We express concern over delays to {OBJECT}.",
    f"Canada and Mexico stated that {OBJECT} remains unchanged.",
]


def _one_sided(added: str, dropped: bool) -> Finding:
    a, b = (f"{KEPT} {added}", KEPT) if dropped else (KEPT, f"{KEPT} {added}")
    brief = compare(
        parse(a, parties=["Canada", "Mexico"]), parse(b, parties=["Canada", "Mexico"])
    ).brief
    found = [f for f in brief if f.kind.split("-")[0] in ("commitment", "position")]
    assert len(found) == 1
    return found[0]


@given(st.sampled_from(COMMITTING), st.booleans())
def test_a_clause_that_binds_its_makers_is_a_commitment(clause: str, dropped: bool) -> None:
    finding = _one_sided(clause, dropped)
    assert finding.kind == ("commitment-dropped" if dropped else "commitment-added")
    assert finding.summary.startswith("Commitment only in")


@given(st.sampled_from(VIEWING), st.booleans())
def test_a_clause_that_gives_a_view_is_a_position(clause: str, dropped: bool) -> None:
    finding = _one_sided(clause, dropped)
    assert finding.kind == ("position-dropped" if dropped else "position-added")
    assert finding.summary.startswith("Position only in")


def test_commitments_and_positions_weigh_the_same() -> None:
    # the word says what the clause does; how much it matters is the weight's, not the kind's
    committing, viewing = _one_sided(COMMITTING[2], True), _one_sided(VIEWING[1], True)
    assert committing.kind != viewing.kind
    assert committing.weight == viewing.weight
