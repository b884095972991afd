"""Qualifier changes: words that frame an entity both sides keep."""

from __future__ import annotations

import pytest

from statementdiff import parse
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.matchers import Hit
from statementdiff.models import Pair, Span
from statementdiff.semantics.hunks import view
from statementdiff.semantics.labeller import RULES, Labeller
from statementdiff.semantics.qualifiers import qualifiers
from statementdiff.worddiff import word_ops

US_JAPAN = ("United States", "Japan")


def _pair(a: str, b: str) -> Pair:
    return Pair(
        a=("a",),
        b=("b",),
        relation="modified",
        similarity=0.5,
        a_span=Span(start=0, end=len(a)),
        b_span=Span(start=0, end=len(b)),
        ops=word_ops(a, 0, b, 0),
    )


def _entities(text: str) -> tuple[Hit, ...]:
    return tuple(Lexicon.default().matchers.entities.finditer(text))


def _details(a: str, b: str, **kwargs: object) -> list[str]:
    found = qualifiers(
        view(_pair(a, b)),
        (_entities(a), _entities(b)),
        kwargs.get("actors", (None, None)),  # type: ignore[arg-type]
        lambda h: False,
        kwargs.get("explained", frozenset()),  # type: ignore[arg-type]
    )
    return [q.detail for q in found]


def test_a_changed_preposition_before_a_kept_entity_is_a_qualifier() -> None:
    assert _details(
        "peace and stability across the Taiwan Strait", "peace and stability in the Taiwan Strait"
    ) == ["across the Taiwan Strait → in the Taiwan Strait"]


def test_an_inserted_word_after_the_entity_phrase_is_a_qualifier() -> None:
    # "human rights in Hong Kong" → "the human rights situation in Hong Kong": "situation" stands
    # one preposition before the entity.
    details = _details(
        "concern about human rights in Hong Kong",
        "concern about the human rights situation in Hong Kong",
    )
    assert details == ["in Hong Kong → situation in Hong Kong"]  # "the" is too far to count


def test_an_inserted_framing_word_governs_the_entity_through_a_preposition() -> None:
    # "complete" frames "denuclearization of North Korea"; the object phrase itself is kept.
    details = _details(
        "We seek denuclearization of North Korea.",
        "We seek complete denuclearization of North Korea.",
    )
    assert details == ["denuclearization of North Korea → complete denuclearization of North Korea"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("We support Japan.", "We support Japan."),  # nothing changed
        ("We talk with Japan.", "We talk with India."),  # the entity itself changed
        ("We support trade and Japan.", "We support new trade and Japan."),  # far from it: "trade"
        ("the Japan alliance grows", "the Japan alliance deepens"),  # not next to it
    ],
)
def test_not_a_qualifier(a: str, b: str) -> None:
    assert _details(a, b) == []


def test_an_explained_hunk_is_left_alone() -> None:
    a, b = "peace across the Taiwan Strait", "peace in the Taiwan Strait"
    (hunk,) = view(_pair(a, b)).hunks
    assert _details(a, b, explained=frozenset({hunk})) == []


def test_words_of_the_actor_never_qualify() -> None:
    a, b = "Japan welcomes talks", "Japan and partners welcome talks"
    actors = (Span(start=0, end=5), Span(start=0, end=18))
    assert _details(a, b) != []  # without the actor span "and partners" reads as a qualifier
    assert _details(a, b, actors=actors) == []


def test_the_qualifier_rule_through_the_labeller() -> None:
    a = parse("We underscore peace across the Taiwan Strait.", parties=US_JAPAN)
    b = parse("We underscore peace in the Taiwan Strait.", parties=US_JAPAN)
    ca, cb = next(a.clauses()), next(b.clauses())
    pair = Pair(
        a=(ca.id,),
        b=(cb.id,),
        relation="modified",
        similarity=0.9,
        a_span=ca.span,
        b_span=cb.span,
        ops=word_ops(ca.text, ca.span.start, cb.text, cb.span.start),
    )
    changes = Labeller.for_statements((a, b)).label(pair, [ca], [cb])
    assert [(c.kind, c.a_text, c.b_text) for c in changes] == [
        ("qualifier-changed", "across the Taiwan Strait", "in the Taiwan Strait")
    ]
    alone = Labeller(None, (US_JAPAN, US_JAPAN), rules=[RULES[-1]]).label(pair, [ca], [cb])
    assert alone == changes
