"""Clauses aligned by meaning across languages: sentence embeddings, in order when translated.

Words cannot be compared across scripts, so two statements in different languages (or in
Japanese or Korean, where words are not spaced) are aligned by the multilingual sentence
encoder (:mod:`statementdiff.align.embedding`) alone:

1. Every sentence of both sides is embedded and compared (cosines).
2. **Translation or not.** The mutual best sentence pairs with cosine at least
   :data:`CHAIN_COSINE` are ordered by their A sentence; when their B sentences rise in
   that order for at least :data:`CHAIN_SHARE` of them (a monotone high-cosine chain) and
   the chain covers at least :data:`CHAIN_COVER` of the shorter side, one text translates
   the other (or a part of it).
3. **In order** (a translation): a monotone alignment of sentences by dynamic programming,
   with beads 1-1, 1-2, 2-1 (one sentence split in two) and 1-0, 0-1 (untranslated), each
   bead scoring its cosine less :data:`BEAD_COSINE`. Inside a bead, each clause goes with
   the clause of the other side it is closest to; clauses linked that way form one pair
   (a merge or split where clause cuts differ between the languages).
4. **Order-free** (different statements): clauses are paired one to one, greedily by
   cosine, when at least :data:`PAIR_COSINE`; a pair out of the order of the others is
   ``moved``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from statementdiff.align.aligner import Alignment, Match
from statementdiff.align.embedding import SentenceEncoder, cosines, encode

__all__ = [
    "BEAD_COSINE",
    "CHAIN_COSINE",
    "CHAIN_COVER",
    "CHAIN_SHARE",
    "PAIR_COSINE",
    "CrossAlignment",
    "align_across",
]

CHAIN_COSINE = 0.6
"""Least cosine of a mutual best sentence pair to count in the translation chain."""
CHAIN_SHARE = 0.8
"""Least share of chain pairs in monotone order for the texts to be a translation."""
CHAIN_COVER = 0.5
"""Least share of the shorter side's sentences the monotone chain must cover."""
BEAD_COSINE = 0.45
"""A bead of the in-order alignment scores its cosine less this: a weaker bead is skipped."""
PAIR_COSINE = 0.6
"""Least cosine for two clauses of different statements to be paired (order-free)."""


@dataclass(frozen=True)
class CrossAlignment:
    """An alignment across languages and how it was made.

    Attributes:
        alignment: Matches and one-sided clauses, as the word-based aligner gives them.
        in_order: True when one text was found to translate the other.
        chain: Mutual best sentence pairs in the monotone chain, and how many there were.
    """

    alignment: Alignment
    in_order: bool
    chain: tuple[int, int]


def align_across(
    a_clauses: Sequence[str],
    b_clauses: Sequence[str],
    a_sentences: Sequence[int],
    b_sentences: Sequence[int],
    encoder: SentenceEncoder,
    *,
    least: float = 0.0,
) -> CrossAlignment:
    """Align the clauses of two statements by meaning.

    Args:
        a_clauses: Clause texts of A in document order.
        b_clauses: Clause texts of B.
        a_sentences: For each clause of A, the index of its sentence (ascending).
        b_sentences: For each clause of B, the index of its sentence.
        encoder: A multilingual sentence encoder.
        least: A floor for the pairing cosines (``compare``'s ``threshold``).

    Returns:
        The :class:`CrossAlignment`.

    Raises:
        ValueError: The encoder returned an unusable array.
    """
    sa = _group(a_clauses, a_sentences)
    sb = _group(b_clauses, b_sentences)
    ea = encode([" ".join(a_clauses[i] for i in s) for s in sa], encoder)
    eb = encode([" ".join(b_clauses[j] for j in s) for s in sb], encoder)
    sims = cosines(ea, eb) if len(sa) and len(sb) else np.zeros((len(sa), len(sb)))
    monotone, mutual = _chain(sims)
    in_order = (
        mutual > 0
        and monotone >= CHAIN_SHARE * mutual
        and monotone >= CHAIN_COVER * min(len(sa), len(sb))
    )
    if in_order:
        beads = _beads(
            sims, (ea, eb), sa, sb, a_clauses, b_clauses, encoder, max(BEAD_COSINE, least)
        )
        matches = _clause_matches(beads, sa, sb, a_clauses, b_clauses, encoder)
    else:
        matches = _order_free(a_clauses, b_clauses, encoder, max(PAIR_COSINE, least))
    used_a = {i for m in matches for i in m.a}
    used_b = {j for m in matches for j in m.b}
    alignment = Alignment(
        matches=tuple(sorted(matches, key=lambda m: (m.a[0], m.b[0]))),
        only_a=tuple(i for i in range(len(a_clauses)) if i not in used_a),
        only_b=tuple(j for j in range(len(b_clauses)) if j not in used_b),
    )
    return CrossAlignment(alignment=alignment, in_order=bool(in_order), chain=(monotone, mutual))


def _group(clauses: Sequence[str], sentences: Sequence[int]) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for index, sentence in enumerate(sentences):
        groups.setdefault(sentence, []).append(index)
    return [groups[k] for k in sorted(groups)]


def _chain(sims: np.ndarray) -> tuple[int, int]:
    """(longest monotone run of the mutual best pairs, number of mutual best pairs)."""
    if sims.size == 0:
        return 0, 0
    best_b = sims.argmax(axis=1)
    best_a = sims.argmax(axis=0)
    pairs = [
        (i, int(j)) for i, j in enumerate(best_b) if best_a[j] == i and sims[i, j] >= CHAIN_COSINE
    ]
    return _longest_rising([j for _, j in pairs]), len(pairs)


def _longest_rising(values: Sequence[int]) -> int:
    """Length of the longest strictly rising subsequence (patience sorting)."""
    tails: list[int] = []
    for value in values:
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
        else:
            tails[k] = value
    return len(tails)


_Bead = tuple[tuple[int, ...], tuple[int, ...], float]


def _beads(
    sims: np.ndarray,
    single: tuple[np.ndarray, np.ndarray],
    sa: list[list[int]],
    sb: list[list[int]],
    a_clauses: Sequence[str],
    b_clauses: Sequence[str],
    encoder: SentenceEncoder,
    floor: float,
) -> list[_Bead]:
    """The monotone sentence alignment: beads of 1-1, 1-2 and 2-1 sentences."""
    n, m = sims.shape
    joined_a = _adjacent(sa, a_clauses, encoder)  # sentence k with k + 1
    joined_b = _adjacent(sb, b_clauses, encoder)
    ea_single, eb_single = single
    two_a = cosines(joined_a, eb_single) if n > 1 and m else np.zeros((max(n - 1, 0), m))
    two_b = cosines(ea_single, joined_b) if m > 1 and n else np.zeros((n, max(m - 1, 0)))
    score = np.zeros((n + 1, m + 1))
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            options: list[tuple[float, int, int, float]] = []
            if i:
                options.append((score[i - 1, j], 1, 0, 0.0))
            if j:
                options.append((score[i, j - 1], 0, 1, 0.0))
            if i and j:
                c = float(sims[i - 1, j - 1])
                options.append((score[i - 1, j - 1] + c - floor, 1, 1, c))
            if i > 1 and j:
                c = float(two_a[i - 2, j - 1])
                options.append((score[i - 2, j - 1] + c - floor, 2, 1, c))
            if i and j > 1:
                c = float(two_b[i - 1, j - 2])
                options.append((score[i - 1, j - 2] + c - floor, 1, 2, c))
            best = max(options, key=lambda o: o[0])
            score[i, j] = best[0]
            back[(i, j)] = (best[1], best[2], best[3])
    beads: list[_Bead] = []
    i, j = n, m
    while i or j:
        di, dj, c = back[(i, j)]
        if di and dj and c >= floor:
            beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j)), c))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def _adjacent(
    groups: list[list[int]], clauses: Sequence[str], encoder: SentenceEncoder
) -> np.ndarray:
    texts = [
        " ".join(clauses[i] for i in groups[k] + groups[k + 1]) for k in range(len(groups) - 1)
    ]
    return encode(texts, encoder) if texts else np.zeros((0, 1))


def _clause_matches(
    beads: list[_Bead],
    sa: list[list[int]],
    sb: list[list[int]],
    a_clauses: Sequence[str],
    b_clauses: Sequence[str],
    encoder: SentenceEncoder,
) -> list[Match]:
    """Inside each sentence bead, clauses linked to their closest partner form one match."""
    matches: list[Match] = []
    for a_sents, b_sents, cosine in beads:
        xs = [i for k in a_sents for i in sa[k]]
        ys = [j for k in b_sents for j in sb[k]]
        if len(xs) == 1 or len(ys) == 1:
            matches.append(Match(tuple(xs), tuple(ys), round(cosine, 4)))
            continue
        sims = cosines(
            encode([a_clauses[i] for i in xs], encoder), encode([b_clauses[j] for j in ys], encoder)
        )
        matches.extend(_components(xs, ys, sims))
    return matches


def _components(xs: list[int], ys: list[int], sims: np.ndarray) -> list[Match]:
    """Clauses joined by closest-partner links, each connected group one match."""
    parent = list(range(len(xs) + len(ys)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def join(p: int, q: int) -> None:
        parent[find(p)] = find(q)

    for r in range(len(xs)):
        join(r, len(xs) + int(sims[r].argmax()))
    for c in range(len(ys)):
        join(len(xs) + c, int(sims[:, c].argmax()))
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for r in range(len(xs)):
        groups.setdefault(find(r), ([], []))[0].append(r)
    for c in range(len(ys)):
        groups.setdefault(find(len(xs) + c), ([], []))[1].append(c)
    out = []
    for rows, cols in groups.values():
        cosine = float(np.mean([sims[r, c] for r in rows for c in cols]))
        out.append(Match(tuple(xs[r] for r in rows), tuple(ys[c] for c in cols), round(cosine, 4)))
    return out


def _order_free(
    a_clauses: Sequence[str], b_clauses: Sequence[str], encoder: SentenceEncoder, floor: float
) -> list[Match]:
    """One-to-one clause pairs, greedily by cosine; pairs out of order are ``moved``."""
    if not a_clauses or not b_clauses:
        return []
    sims = cosines(encode(list(a_clauses), encoder), encode(list(b_clauses), encoder))
    order = sorted(
        ((float(sims[i, j]), i, j) for i in range(sims.shape[0]) for j in range(sims.shape[1])),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    chosen: list[tuple[int, int, float]] = []
    for cosine, i, j in order:
        if cosine < floor:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        chosen.append((i, j, cosine))
    chosen.sort()
    keep = _rising_members([j for _, j, _ in chosen])
    return [
        Match((i,), (j,), round(c, 4), moved=k not in keep) for k, (i, j, c) in enumerate(chosen)
    ]


def _rising_members(values: Sequence[int]) -> set[int]:
    """Positions of one longest strictly rising subsequence of ``values``."""
    tails: list[int] = []
    tail_at: list[int] = []
    prev: list[int] = [-1] * len(values)
    for k, value in enumerate(values):
        p = bisect.bisect_left(tails, value)
        if p == len(tails):
            tails.append(value)
            tail_at.append(k)
        else:
            tails[p] = value
            tail_at[p] = k
        prev[k] = tail_at[p - 1] if p else -1
    members: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        members.add(k)
        k = prev[k]
    return members
