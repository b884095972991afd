"""What the labelling rules share for one pair: its view, its lexicon hits, its changes.

:class:`LabelContext` holds one aligned pair's :class:`~statementdiff.semantics.hunks.View`, the
clauses of each side and the lexicon. It gives the rules the lexicon hits of each side,
reusing those the annotation found when :func:`stash_hits` kept them, and records the
changes the rules find (:meth:`LabelContext.add`), each with the place it sorts by.
"""

from __future__ import annotations

import os
import re
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.matchers import Hit
from statementdiff.models import Change, ChangeKind, Clause, Pair, Span
from statementdiff.semantics.hunks import Hunk, Side, view

__all__ = ["Found", "LabelContext", "stash_hits"]

_WORD_CHAR = re.compile(r"\w")
_STASH = "_lexicon_hits"  # key in a Clause's __dict__ (not a field: never compared or dumped)
_TOKENS: weakref.WeakKeyDictionary[Lexicon, str] = weakref.WeakKeyDictionary()


def _token(lexicon: Lexicon) -> str:
    """A random tag for one Lexicon object (safe across processes, unlike ``id()``)."""
    token = _TOKENS.get(lexicon)
    if token is None:
        token = _TOKENS[lexicon] = os.urandom(8).hex()
    return token


def stash_hits(
    clause: Clause, text: str, lexicon: Lexicon, hits: Mapping[str, Sequence[Hit]]
) -> None:
    """Keep the matcher hits found while annotating ``clause``, for the labeller to reuse.

    Annotation scans ``text[start:end]`` of the statement; the labeller scans a pair
    side's own text. The two agree when the clause text is the slice and the character
    before it is not a word character (the matchers' only look-behind), so only then
    are the hits kept, relative to the clause start, with the clause text and a tag of
    the lexicon. A mismatch of any of these at labelling time means a fresh scan.

    Args:
        clause: The annotated clause (the hits go in its ``__dict__``, not in a field).
        text: The statement text the hits were found in.
        lexicon: The lexicon whose matchers found them.
        hits: Hits by matcher name (``"stance"``, ``"entities"`` ...), absolute offsets.
    """
    start, end = clause.span.start, clause.span.end
    if start > 0 and _WORD_CHAR.match(text, start - 1):
        return
    if text[start:end] != clause.text:
        return
    relative = {
        name: tuple(Hit(h.key, h.start - start, h.end - start, h.text) for h in found)
        for name, found in hits.items()
    }
    clause.__dict__[_STASH] = (_token(lexicon), clause.text, relative)


@dataclass(frozen=True, slots=True)
class Found:
    """A change and the (side A, side B) offsets it sorts by."""

    change: Change
    anchor: tuple[int, int]


def _span(hit: Hit | None) -> Span | None:
    return Span(start=hit.start, end=hit.end) if hit else None


class LabelContext:
    """One pair's view, clauses and lexicon, and the changes found in it so far."""

    def __init__(
        self, pair: Pair, a: Sequence[Clause], b: Sequence[Clause], lexicon: Lexicon
    ) -> None:
        self.pair, self.a_clauses, self.b_clauses, self.lex = pair, a, b, lexicon
        self.view = view(pair)
        self.found: list[Found] = []
        self.actor_spans: tuple[tuple[int, int] | None, tuple[int, int] | None] = (None, None)
        self.statement_parties: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())

    def add(
        self,
        kind: ChangeKind,
        a: Hit | None,
        b: Hit | None,
        detail: str,
        hunk: Hunk | None,
        anchor: tuple[int, int] | None = None,
    ) -> None:
        """Record a change; ``hunk`` (now used) and the hits give its place unless ``anchor``."""
        if hunk is not None:
            hunk.used = True
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
        )
        self.found.append(Found(change, (anchor_a, anchor_b)))

    def hunk_of(self, a: Hit | None, b: Hit | None) -> Hunk | None:
        """The hunk that hit ``a`` (else ``b``) overlaps, if any."""
        if a is not None:
            return self.view.hunk_at("a", a.start, a.end)
        if b is not None:
            return self.view.hunk_at("b", b.start, b.end)
        return None

    def hits(self, side: str, which: str) -> list[Hit]:
        """Hits of matcher ``which`` in side ``side``'s text, relative to that text."""
        view = self.view.a if side == "a" else self.view.b
        clauses = self.a_clauses if side == "a" else self.b_clauses
        if len(clauses) == 1:  # the annotation's hits, when it scanned this very text
            stash = clauses[0].__dict__.get(_STASH)
            if (
                stash is not None
                and which in stash[2]
                and stash[0] == _token(self.lex)
                and stash[1] == view.text
            ):
                return list(stash[2][which])
        matcher = getattr(self.lex.matchers, which)
        return list(matcher.finditer(view.text))

    def absolute(self, hits: list[Hit], side: Side) -> list[Hit]:
        """``hits`` relative to ``side``'s text moved to statement offsets."""
        return [Hit(h.key, h.start + side.base, h.end + side.base, h.text) for h in hits]

    def side_hits(self, which: str) -> tuple[list[Hit], list[Hit]]:
        """Hits of matcher ``which`` on both sides, at statement offsets."""
        return (
            self.absolute(self.hits("a", which), self.view.a),
            self.absolute(self.hits("b", which), self.view.b),
        )

    def outside_actor(self, hits: list[Hit], side: int) -> list[Hit]:
        """The hits not inside the actor phrase of side ``side`` (0 for A, 1 for B)."""
        span = self.actor_spans[side]
        if span is None:
            return hits
        return [h for h in hits if not (span[0] <= h.start and h.end <= span[1])]
