"""Which aligned pairs stand alone: nothing but common words ties their two clauses.

A pair of clauses from two different statements says the same thing in other words when
something ties them beyond the aligner's score: a word the two clauses share and hardly
any other clause of either statement uses (a distinctive word: "Solomon", "abductions",
"NISAR"), or other pairs between the same two paragraphs (the passage corresponds, so
its sentences do). A pair scored below :data:`MIN_SUPPORTED_SIMILARITY` with neither
shares only words that run through both statements ("cooperation", "region",
"commitment") and often makes another point ("support Cambodia as ASEAN Chair" against
"welcome the Special Envoy's role"): its act labels (a stance, modal, hedge, negation or
actor changed) would compare two different acts, so it gets none. Its entity, number,
phrase and qualifier labels, about words present or absent, stay
(docs/label-precision.md, session 7).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from statementdiff.align.tokens import content_tokens
from statementdiff.lexicon.aliases import AliasTable
from statementdiff.models import Clause

__all__ = ["DISTINCTIVE_CLAUSES", "MIN_SUPPORTED_SIMILARITY", "unsupported"]

MIN_SUPPORTED_SIMILARITY = 0.5
"""A pair scored at least this needs no other support for its act labels."""

DISTINCTIVE_CLAUSES = 3
"""A shared word used by at most this many clauses of the two statements together (the
pair's two and one more) is distinctive."""


class Matched(Protocol):
    """What this module reads of an aligner match (``align.aligner.Match`` has it).

    A protocol, not the class: the labels read alignment through ``align/tokens.py`` only
    (docs/design.md), so that module and NumPy stay out of this one's imports.
    """

    @property
    def a(self) -> tuple[int, ...]: ...

    @property
    def b(self) -> tuple[int, ...]: ...

    @property
    def similarity(self) -> float: ...


def unsupported(
    ca: Sequence[Clause],
    cb: Sequence[Clause],
    matches: Sequence[Matched],
    aliases: AliasTable,
    token_cache: dict[str, list[str]] | None = None,
) -> frozenset[int]:
    """The indices of ``matches`` that nothing supports (see the module docstring).

    Args:
        ca: The clauses of statement A, in the order the matches index them.
        cb: The clauses of statement B, likewise.
        matches: The alignment's matches.
        aliases: The alias table the aligner read the clauses with.
        token_cache: Clause text → its tokens with ``aliases``, as the aligner filled it
            (``Aligner.align(token_cache=...)``); texts missing from it are tokenized.
    """
    weak = [k for k, m in enumerate(matches) if m.similarity < MIN_SUPPORTED_SIMILARITY]
    if not weak:
        return frozenset()
    known = {} if token_cache is None else token_cache

    def words_of(clause: Clause) -> frozenset[str]:
        found = known.get(clause.text)
        if found is None:
            found = known[clause.text] = content_tokens(clause.text, aliases)
        return frozenset(found)

    words_a = [words_of(c) for c in ca]
    words_b = [words_of(c) for c in cb]
    used: Counter[str] = Counter()
    for words in (*words_a, *words_b):
        used.update(words)
    passages = Counter(_passages(ca, cb, m) for m in matches)
    out: set[int] = set()
    for k in weak:
        m = matches[k]
        shared = frozenset().union(*(words_a[i] for i in m.a)) & frozenset().union(
            *(words_b[j] for j in m.b)
        )
        if any(used[w] <= DISTINCTIVE_CLAUSES for w in shared):
            continue
        if passages[_passages(ca, cb, m)] > 1:
            continue
        out.add(k)
    return frozenset(out)


def _passages(ca: Sequence[Clause], cb: Sequence[Clause], m: Matched) -> tuple[str, str]:
    """The paragraph (or list item) of the match's first clause on each side."""
    return _block(ca[m.a[0]].id), _block(cb[m.b[0]].id)


def _block(clause_id: str) -> str:
    """``sec2.p3.s1.c2`` → ``sec2.p3``."""
    return clause_id.rsplit(".", 2)[0]
