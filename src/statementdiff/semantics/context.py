"""What the labelling rules of one pair read, and what each of them returns.

:class:`PairContext` is everything a rule may look at, fixed before any rule runs: the
pair's :class:`~statementdiff.semantics.hunks.View`, the clauses of each side, the lexicon,
the lexicon hits of each side, the actor span of each side (as the segmenter recorded it),
the parties of each side's statement and the hunks other rules explain. A rule is a
function of the context alone and returns an :class:`Outcome`: the changes it found, each
with the place it sorts by (:class:`Found`), and the hunks it explains.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.matchers import Hit
from statementdiff.models import Change, ChangeKind, Clause, Pair, Span
from statementdiff.semantics.hunks import Hunk, Side, View

__all__ = ["MATCHERS", "Found", "Outcome", "PairContext", "outcome"]

MATCHERS = ("entities", "negation", "negation_ignore", "stance", "modality", "coded")
"""The lexicon matchers whose hits a :class:`PairContext` carries for each side."""


@dataclass(frozen=True, slots=True)
class Found:
    """A change and the (side A, side B) offsets it sorts by."""

    change: Change
    anchor: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one rule returns for a pair.

    Attributes:
        found: The changes, in the order the rule found them.
        explains: The hunks the rule accounts for (labelled, or matched as unchanged in
            meaning: the same stance verb on both sides); the qualifier rule leaves them alone.
    """

    found: tuple[Found, ...] = ()
    explains: frozenset[Hunk] = frozenset()


def outcome(found: list[tuple[Found, Hunk | None]], also: frozenset[Hunk] = frozenset()) -> Outcome:
    """An :class:`Outcome` from changes with their hunks; ``also`` adds hunks explained silently."""
    hunks = {hunk for _, hunk in found if hunk is not None}
    return Outcome(tuple(f for f, _ in found), frozenset(hunks) | also)


_LATER_CLAUSE = re.compile(r"\.c(?:[2-9]|\d\d+)$")
"""The id of a clause after the first of its sentence."""
_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")


def _said_nothing(clause: Clause) -> bool:
    return clause.predicate is None and clause.stance is None and not clause.modality


def _signature(clause: Clause) -> bool:
    """A run of names alone: every word capitalised, no predicate, stance or modal."""
    words = _WORD.findall(clause.text)
    return _said_nothing(clause) and bool(words) and all(w[0].isupper() for w in words)


def _list_item(clause: Clause) -> bool:
    """A clause after the first of its sentence with no predicate, stance or modal."""
    return _said_nothing(clause) and _LATER_CLAUSE.search(clause.id) is not None


def _span(hit: Hit | None) -> Span | None:
    return Span(start=hit.start, end=hit.end) if hit else None


@dataclass(frozen=True, slots=True)
class PairContext:
    """One aligned pair as the rules see it. Built by the labeller; never changed.

    Attributes:
        pair: The pair, with its word operations.
        view: Its two sides and hunks.
        a_clauses: The pair's clauses on side A, in order.
        b_clauses: The pair's clauses on side B, in order.
        lex: The lexicon.
        hits: Hits of each matcher in :data:`MATCHERS` on side A and on side B, at
            statement offsets; a modal whose subject is a named country that is not a
            party ("that Iran will never") is under ``other_modality``, not ``modality``.
        actor_spans: The actor phrase of each side's first clause
            (:attr:`~statementdiff.models.Clause.actor_span`), if written there.
        statement_parties: The parties of the statement of side A and of side B.
        sentence_neighbours: For side A and side B, the stance verbs and entity names of
            the *other* clauses of the sentences the pair's clauses belong to and of the
            lead-in of a list item: what is still said next to the pair.
        paragraph_names: For side A and side B, how often each entity is named in the
            paragraphs of the pair's clauses (empty when the labeller has no statements).
        neighbour_modality: For side A and side B, the modal phrases said next to the pair
            (the same clauses as ``sentence_neighbours``).
        setting: For side A and side B, the names its whole statement repeats so often that
            they are its setting (see :data:`~statementdiff.semantics.labeller.SETTING_SHARE`).
        said_names: For side A and side B, the entity names its whole statement names.
        formulas: For side A and side B, the coded phrases (group keys) its whole statement
            says in several clauses (see :data:`~statementdiff.semantics.labeller.FORMULA_LEAST`).
        clause_words: For side A (0) or B (1), the alignment tokens of each clause of its
            whole statement (spellings and paraphrases folded), made on first call: a label
            notes a coded phrase added or dropped here whose words a clause of the other
            statement holds (None when the labeller has no statements).
        around_phrases: For side A (0) or B (1), the coded phrases (their group keys) of
            the other clauses of the sentences the pair's clauses stand in: what a sentence
            cut differently still says next to the pair; made on call (None when the
            labeller has no statements).
        paragraph_words: For side A (0) or B (1), the alignment tokens of each clause of
            the paragraphs (or list items) the pair's clauses stand in, its own clauses
            included; made on call (None when the labeller has no statements).
        later: Which side's statement is the later one by date: 0 for A, 1 for B; None when
            a date is unknown or both are of the same day.
        explained: The hunks that rules other than the qualifier rule explain.
        elsewhere: For side A (0) or B (1), a set of words and a count: the stance and
            content words (alignment tokens) of the clauses of that side's statement
            outside the pair that take a stance and may hold that many of the words (every
            one that does, maybe others); indexed on first call (None when the labeller
            has no statements).
    """

    pair: Pair
    view: View
    a_clauses: tuple[Clause, ...]
    b_clauses: tuple[Clause, ...]
    lex: Lexicon
    hits: tuple[Mapping[str, tuple[Hit, ...]], Mapping[str, tuple[Hit, ...]]]
    actor_spans: tuple[Span | None, Span | None]
    statement_parties: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    sentence_neighbours: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    neighbour_modality: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    paragraph_names: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
    setting: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    said_names: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    formulas: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    clause_words: Callable[[int], tuple[frozenset[str], ...]] | None = None
    around_phrases: Callable[[int], tuple[str, ...]] | None = None
    paragraph_words: Callable[[int], tuple[frozenset[str], ...]] | None = None
    later: int | None = None
    explained: frozenset[Hunk] = frozenset()
    elsewhere: (
        Callable[[int, AbstractSet[str], int], Sequence[tuple[str, frozenset[str]]]] | None
    ) = None

    def found(
        self,
        kind: ChangeKind,
        a: Hit | None,
        b: Hit | None,
        detail: str,
        hunk: Hunk | None,
        anchor: tuple[int, int] | None = None,
        *,
        elsewhere: bool = False,
    ) -> tuple[Found, Hunk | None]:
        """A change and its hunk; the hunk and the hits give its place unless ``anchor``."""
        anchor_a = a.start if a else (hunk.a[0] if hunk else self.pair.a_span.start)
        anchor_b = b.start if b else (hunk.b[0] if hunk else self.pair.b_span.start)
        if anchor is not None:
            anchor_a, anchor_b = anchor
        change = Change(
            kind=kind,
            a_text=a.text if a else None,
            b_text=b.text if b else None,
            a_span=_span(a),
            b_span=_span(b),
            detail=detail,
            elsewhere=elsewhere,
        )
        return Found(change, (anchor_a, anchor_b)), hunk

    def hunk_of(self, a: Hit | None, b: Hit | None) -> Hunk | None:
        """The hunk that hit ``a`` (else ``b``) overlaps, if any."""
        if a is not None:
            return self.view.hunk_at("a", a.start, a.end)
        if b is not None:
            return self.view.hunk_at("b", b.start, b.end)
        return None

    def still_named(self, side: int, name: str) -> bool:
        """True when side ``side``'s paragraphs name ``name`` as often as the other side's.

        A name moved to another sentence of the paragraph ("... in relation to Xinjiang
        and Hong Kong" split into two sentences) is not dropped; a name the other side's
        paragraph holds more often is ("... in the Indo-Pacific region" added to a Taiwan
        line of a paragraph that named the Indo-Pacific once already).
        """
        here, there = self.paragraph_names[side], self.paragraph_names[1 - side]
        return bool(here) and here[name] >= there[name] > 0

    def side_hits(self, which: str) -> tuple[list[Hit], list[Hit]]:
        """Hits of matcher ``which`` on both sides, at statement offsets."""
        return list(self.hits[0][which]), list(self.hits[1][which])

    def verbless(self, index: int) -> bool:
        """True when every clause of side ``index`` is a signature or a list item.

        Neither has a verb of its own: a signature ("Donald J. Trump Takaichi Sanae") names
        the signers; an item of a list that its sentence's verb leads ("illegal,
        unregulated and unreported fishing" after "address issues of concern,
        including") says what its sentence says. No one acts in them, and their stance, if
        any, is the sentence's.
        """
        clauses = self.a_clauses if index == 0 else self.b_clauses
        return bool(clauses) and all(_signature(c) or _list_item(c) for c in clauses)

    def side(self, index: int) -> Side:
        """Side A (0) or side B (1) of the view."""
        return self.view.a if index == 0 else self.view.b

    def outside_actor(self, hits: list[Hit], side: int) -> list[Hit]:
        """The hits not inside the actor phrase of side ``side`` (0 for A, 1 for B)."""
        span = self.actor_spans[side]
        if span is None:
            return hits
        return [h for h in hits if not (span.start <= h.start and h.end <= span.end)]
