"""Order-free alignment of two sequences of clauses (moves, splits and merges).

The :class:`Aligner` works on plain sequences of texts, optionally grouped into
paragraphs, so it serves :func:`statementdiff.compare` (clauses of two statements)
and the series code (a statement against thread representatives) alike:

1. *Anchors*: texts identical after whitespace normalization that occur equally
   often on both sides are paired k-th with k-th.
2. *Groups* (paragraphs): paired by optimal assignment on TF-IDF cosine; the
   paragraph pairs out of the heaviest in-order chain are moved.
3. *Clauses*: optimal one-to-one assignment (``scipy.optimize.linear_sum_assignment``)
   on TF-IDF cosine, with a bonus for staying inside paired paragraphs. Only candidate
   pairs are scored (:mod:`statementdiff.align.candidates`, a sparse matrix) and the
   assignment is solved per connected component (:mod:`statementdiff.align.matching`),
   so nothing of size clauses x clauses is built.
4. *Splits and merges*: a clause matched better by 2-3 adjacent clauses of the
   other side than by one (:mod:`statementdiff.align.splits`).
5. *Moves*: clause pairs inside moved paragraph pairs, and pairs out of the
   heaviest in-order chain of the rest (:mod:`statementdiff.align.chain`). Chain
   weights are word counts plus a content-derived fraction, so the chain is
   unique and does not depend on which side is ``a``.

Every step is symmetric in ``a`` and ``b``: aligning ``(b, a)`` gives the mirror
of aligning ``(a, b)``.

>>> al = Aligner().align(["We welcome peace.", "We oppose war."],
...                      ["We strongly oppose war.", "We welcome peace."])
>>> [(m.a, m.b, m.moved) for m in al.matches]
[((0,), (1,), True), ((1,), (0,), False)]
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from statementdiff.align.candidates import similar_pairs
from statementdiff.align.chain import heaviest_chain, one_gap, pair_key
from statementdiff.align.matching import best_matching as _best_matching
from statementdiff.align.similarity import SHORT_TOKENS, Space, content_tokens
from statementdiff.align.smallcsr import SMALL_PAIRS, coo_of, is_sparse
from statementdiff.align.splits import Grower, SplitLimits
from statementdiff.errors import CompareValueError
from statementdiff.lexicon.aliases import AliasTable
from statementdiff.whitespace import normalize_space

if TYPE_CHECKING:
    from scipy import sparse

__all__ = ["Aligner", "Alignment", "Match"]

_MARGIN = 1e-12  # candidates a hair below a bar, so float rounding never loses one
_Bonus = Callable[[np.ndarray, np.ndarray], np.ndarray]
"""Paragraph bonus of candidate pairs, from their row and column indices."""


@dataclass(frozen=True)
class Match:
    """Clauses of side a matched with clauses of side b (indices into the inputs).

    Attributes:
        a: Indices on side a (several adjacent ones for a merge).
        b: Indices on side b (several adjacent ones for a split).
        similarity: Cosine similarity of the matched texts, in [0, 1].
        moved: True when the match is out of the document order of the rest.
        exact: True when the texts are identical after whitespace normalization.
    """

    a: tuple[int, ...]
    b: tuple[int, ...]
    similarity: float
    moved: bool = False
    exact: bool = False


@dataclass(frozen=True)
class Alignment:
    """The result of :meth:`Aligner.align`.

    Attributes:
        matches: Matches in order of their first index on side a.
        only_a: Indices on side a left unmatched, ascending.
        only_b: Indices on side b left unmatched, ascending.
    """

    matches: tuple[Match, ...]
    only_a: tuple[int, ...]
    only_b: tuple[int, ...]


@dataclass
class _Side:
    texts: list[str]
    keys: list[str]
    groups: list[int]
    weights: list[int]
    _tokens: list[list[str]] | None = None
    aliases: AliasTable | None = None

    def tokens(self, cache: dict[str, list[str]]) -> list[list[str]]:
        """Alignment tokens per text, each distinct text tokenized once (``cache``)."""
        if self._tokens is None:
            out = []
            for text in self.texts:
                toks = cache.get(text)
                if toks is None:
                    toks = cache[text] = content_tokens(text, self.aliases)
                out.append(toks)
            self._tokens = out
        return self._tokens


class Aligner:
    """Align two sequences of clause texts, independent of their order.

    Args:
        threshold: Least clause similarity for a pair.
        group_threshold: Least paragraph similarity for a paragraph pair.
        group_bonus: Added to a clause pair's score when both paragraphs are paired.
        split_gain: How much better 2-3 adjacent clauses must match than one.
        part_min: Least similarity of each part of a split or merge to the whole.
        max_parts: Most clauses in a split or merge.
        aliases: The names folded before comparing (the built-in lexicon's when None).
        small_pairs: Inputs of at most this many clause pairs keep their matrices in
            :class:`~statementdiff.align.smallcsr.SmallCsr` rather than ``scipy.sparse``
            (the same result; only the import and the speed differ).
    """

    THRESHOLD = 0.35
    GROUP_THRESHOLD = 0.3
    GROUP_BONUS = 0.15
    SPLIT_GAIN = 0.08
    PART_MIN = 0.1
    MAX_PARTS = 3
    _EPS = 1e-6  # weight of the position tie-break in assignments

    def __init__(
        self,
        *,
        threshold: float = THRESHOLD,
        group_threshold: float = GROUP_THRESHOLD,
        group_bonus: float = GROUP_BONUS,
        split_gain: float = SPLIT_GAIN,
        part_min: float = PART_MIN,
        max_parts: int = MAX_PARTS,
        aliases: AliasTable | None = None,
        small_pairs: int = SMALL_PAIRS,
    ) -> None:
        self.threshold = threshold
        self.group_threshold = group_threshold
        self.group_bonus = group_bonus
        self.split_gain = split_gain
        self.part_min = part_min
        self.max_parts = max_parts
        self.aliases = aliases
        self.small_pairs = small_pairs

    # ------------------------------------------------------------------ public

    def align(
        self,
        a: Sequence[str],
        b: Sequence[str],
        *,
        a_groups: Sequence[Hashable] | None = None,
        b_groups: Sequence[Hashable] | None = None,
        token_cache: dict[str, list[str]] | None = None,
    ) -> Alignment:
        """Align the texts of side a with those of side b.

        Args:
            a: Clause texts of side a, in document order.
            b: Clause texts of side b, in document order.
            a_groups: One label per text of a (its paragraph); runs of equal labels
                form a group. None puts every text in its own group.
            b_groups: The same for b.
            token_cache: Text → its alignment tokens, read and filled; pass one dict to
                many alignments with the same ``aliases`` (a series aligns the same
                representatives again and again) so each text is tokenized once.

        Returns:
            The :class:`Alignment`, matches in order of side a.

        Raises:
            CompareValueError: ``a_groups`` or ``b_groups`` does not hold one label per text.
        """
        sa = _side(a, a_groups)
        sb = _side(b, b_groups)
        sa.aliases = sb.aliases = self.aliases
        cache: dict[str, list[str]] = {} if token_cache is None else token_cache
        spaces: list[Space] = []  # the clause space, built once when first needed
        # small inputs keep their matrices out of scipy (same values, no 0.35 s import)
        small = len(sa.texts) * len(sb.texts) <= self.small_pairs

        def space_of_clauses() -> Space:
            if not spaces:
                spaces.append(Space(sa.tokens(cache) + sb.tokens(cache), small=small))
            return spaces[0]

        group_pairs, moved_groups, settled = self._align_groups(
            sa, sb, space_of_clauses, cache, defer=True, small=small
        )

        pairs: dict[int, int] = _anchor(sa.keys, sb.keys)
        scores: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {
            ((i,), (j,)): 1.0 for i, j in pairs.items()
        }
        rest_a = [i for i in range(len(sa.texts)) if i not in pairs]
        taken_b = set(pairs.values())
        rest_b = [j for j in range(len(sb.texts)) if j not in taken_b]
        if not rest_a or not rest_b:  # everything left is one-sided: no similarity needed
            return self._finish(scores, sa, sb, group_pairs, moved_groups)
        if not settled:  # the paragraph bonus below needs the deferred paragraph pair
            group_pairs, moved_groups, _ = self._align_groups(
                sa, sb, space_of_clauses, cache, defer=False, small=small
            )
        # IDF over every clause of both statements, so that the similarity of two
        # clauses does not depend on which other clauses happen to be identical
        space = space_of_clauses()
        na = len(sa.texts)
        wa = space.rows[rest_a]
        wb = space.rows[[na + j for j in rest_b]]
        bonus: _Bonus = _no_bonus
        least = min(self.threshold, self.part_min)
        if group_pairs:
            ga = np.array([sa.groups[i] for i in rest_a])
            gb = np.array([sb.groups[j] for j in rest_b])
            partner = np.full(max(sa.groups) + 1, -1)
            for x, y in group_pairs.items():
                partner[x] = y
            bonus = _paired_bonus(partner[ga], gb, self.group_bonus)
            least = min(self.threshold - self.group_bonus / 2, self.part_min)
        # only pairs some step can use: sparse, so memory grows with the candidates
        sim = similar_pairs(wa, wb, least - _MARGIN)
        dims = (len(sa.texts), len(sb.texts))
        for r, c in self._assign(sim, bonus, rest_a, rest_b, dims, self.threshold):
            scores[(rest_a[r],), (rest_b[c],)] = _value(sim, r, c)
        limits = SplitLimits(self.threshold, self.split_gain, self.part_min, self.max_parts)
        tokens = (sa.tokens(cache), sb.tokens(cache))
        grown = Grower(limits, space, tokens, rest_a, rest_b, sim).grow(scores)
        return self._finish(grown, sa, sb, group_pairs, moved_groups)

    # ----------------------------------------------------------------- helpers

    def _assign(
        self,
        sim: np.ndarray | sparse.spmatrix,
        bonus: np.ndarray | _Bonus,
        rows: Sequence[int],
        cols: Sequence[int],
        dims: tuple[int, int],
        threshold: float,
    ) -> list[tuple[int, int]]:
        """Optimal one-to-one pairs of rows and columns of ``sim`` that reach ``threshold``.

        ``sim`` is dense (every entry a candidate) or sparse (its stored entries are
        the candidates); ``bonus`` is a dense array of the same shape or a function
        of row and column indices.
        """
        r, c, s, b = _edges(sim, bonus)
        if not r.size:
            return []
        na, nb = dims
        keep = s + b / 2 >= threshold  # inside paired paragraphs the bar is lower
        if not keep.any():
            return []
        r, c, s, b = r[keep], c[keep], s[keep], b[keep]
        order = np.lexsort((c, r))  # row-major, as a dense scan would meet them
        r, c, s, b = r[order], c[order], s[order], b[order]
        pa = np.array(rows, dtype=np.float64) / max(na, 1)
        pb = np.array(cols, dtype=np.float64) / max(nb, 1)
        score = s + b + self._EPS * (1.0 - (pa[r] - pb[c]) ** 2)
        shape = (len(rows), len(cols))
        pairs = _best_matching(r, c, score, shape)
        if b.any():
            pairs = self._unblock(pairs, _Graph(r, c, s, score, shape), (pa, pb), threshold)
        return sorted(pairs.items())

    def _unblock(
        self,
        pairs: dict[int, int],
        graph: _Graph,
        place: tuple[np.ndarray, np.ndarray],
        threshold: float,
    ) -> dict[int, int]:
        """Give way where a pair admitted below the threshold is blocked.

        The paragraph bonus lowers the bar so that reworded clauses of paired
        paragraphs still pair. It must not let the assignment, which maximizes the
        *sum* of scores, give a clause a weak partner so that its better partner can
        go to a third clause: two weak pairs outweigh one good pair in a sum. So a
        candidate that shares a row or a column with a pair below the threshold, and
        that both its clauses prefer to what they have (a *blocking pair*), replaces
        what it conflicts with; the clauses this frees are assigned again among what
        is left. Best blocking pair first, until none is left.

        Works on the candidate edges only (each pass is linear in their number), so
        nothing of size rows x columns is ever built.
        """
        r, c, sim, score = graph.r, graph.c, graph.sim, graph.score
        n_r, n_c = graph.shape
        pa, pb = place
        # the edge of each row's and column's pair, -1 when unpaired
        key = r * n_c + c
        edge_r = np.full(n_r, -1, dtype=np.int64)
        edge_c = np.full(n_c, -1, dtype=np.int64)

        def settle(found: dict[int, int]) -> None:
            if not found:
                return
            xs = np.fromiter(found.keys(), dtype=np.int64, count=len(found))
            ys = np.fromiter(found.values(), dtype=np.int64, count=len(found))
            e = np.searchsorted(key, xs * n_c + ys)
            edge_r[xs] = e
            edge_c[ys] = e

        settle(pairs)
        for _ in range(n_r + n_c):
            has_r, has_c = edge_r >= 0, edge_c >= 0
            row_score = np.where(has_r, score[edge_r], -np.inf)
            col_score = np.where(has_c, score[edge_c], -np.inf)
            weak_r = has_r & (sim[edge_r] < threshold)
            weak_c = has_c & (sim[edge_c] < threshold)
            block = (score > row_score[r]) & (score > col_score[c])
            block &= weak_r[r] | weak_c[c]
            if not block.any():
                break
            ks = np.flatnonzero(block)
            rr, cc = r[ks], c[ks]
            # best score first; ties by place, the same for (a, b) and (b, a)
            k = int(ks[np.lexsort((np.abs(pa[rr] - pb[cc]), pa[rr] + pb[cc], -score[ks]))[0]])
            x, y = int(r[k]), int(c[k])
            if edge_r[x] >= 0:
                edge_c[c[edge_r[x]]] = -1
            if edge_c[y] >= 0:
                edge_r[r[edge_c[y]]] = -1
            edge_r[x] = edge_c[y] = k
            free = (edge_r[r] < 0) & (edge_c[c] < 0)
            if free.any():
                settle(_best_matching(r[free], c[free], score[free], (n_r, n_c)))
        out = np.flatnonzero(edge_r >= 0)
        return {int(x): int(c[edge_r[x]]) for x in out}

    def _align_groups(
        self,
        sa: _Side,
        sb: _Side,
        space_of_clauses: Callable[[], Space],
        cache: dict[str, list[str]],
        *,
        defer: bool,
        small: bool,
    ) -> tuple[dict[int, int], set[int], bool]:
        """Pair paragraphs; return (group a → group b, moved groups of a, settled).

        With ``defer``, a paragraph pair whose outcome cannot move anything is left
        unscored (``settled`` is then False): when the anchored paragraphs are in
        order and every unanchored one stands in the same gap between them, with a
        single one on one side, at most one pair can form and it is in order either
        way. The pair then only matters for the clause bonus, which the caller asks
        for (``defer=False``) only when some clauses are left on both sides.
        """
        na, nb = max(sa.groups, default=-1) + 1, max(sb.groups, default=-1) + 1
        if na <= 1 and nb <= 1:
            return {}, set(), True
        members_a, members_b = _members(sa, na), _members(sb, nb)
        keys_a = [normalize_space(" ".join(sa.keys[i] for i in m)) for m in members_a]
        keys_b = [normalize_space(" ".join(sb.keys[j] for j in m)) for m in members_b]
        pairs = _anchor(keys_a, keys_b)
        rest_a = [i for i in range(na) if i not in pairs]
        taken = set(pairs.values())
        rest_b = [j for j in range(nb) if j not in taken]
        settled = True
        if rest_a and rest_b and defer and one_gap(pairs, rest_a, rest_b):
            settled = False
        elif rest_a and rest_b:
            n = len(sa.texts)
            members = members_a + [[n + j for j in m] for m in members_b]
            docs = sa.tokens(cache) + sb.tokens(cache)
            if any(sum(len(docs[i]) for i in m) < SHORT_TOKENS for m in members):
                # short paragraphs need 3-grams: Space.grouped would refit from tokens
                # anyway, so do not build the clause space just for it
                space = Space([[t for i in m for t in docs[i]] for m in members], small=small)
            else:
                space = space_of_clauses().grouped(members)
            sim = similar_pairs(
                space.rows[rest_a],
                space.rows[[na + j for j in rest_b]],
                self.group_threshold - _MARGIN,
            )
            dims = (na, nb)
            for r, c in self._assign(sim, _no_bonus, rest_a, rest_b, dims, self.group_threshold):
                pairs[rest_a[r]] = rest_b[c]
        weights_a = [sum(sa.weights[i] for i in m) for m in members_a]
        weights_b = [sum(sb.weights[j] for j in m) for m in members_b]
        items = [
            (x, y, weights_a[x] + weights_b[y], pair_key([keys_a[x]], [keys_b[y]]))
            for x, y in pairs.items()
        ]
        chain = heaviest_chain(items)
        moved = {x for x, _ in pairs.items() if x not in chain}
        return pairs, moved, settled

    def _finish(
        self,
        scores: dict[tuple[tuple[int, ...], tuple[int, ...]], float],
        sa: _Side,
        sb: _Side,
        group_pairs: dict[int, int],
        moved_groups: set[int],
    ) -> Alignment:
        moved: set[tuple[int, ...]] = set()
        items = []
        for ai, bi in scores:
            ga, gb = sa.groups[ai[0]], sb.groups[bi[0]]
            if ga in moved_groups and group_pairs.get(ga) == gb:
                moved.add(ai)
                continue
            weight = sum(sa.weights[i] for i in ai) + sum(sb.weights[j] for j in bi)
            key = pair_key([sa.keys[i] for i in ai], [sb.keys[j] for j in bi])
            items.append((ai[0], bi[0], weight, key))
        chain = heaviest_chain(items)
        for ai, _ in scores:
            if ai[0] not in chain and ai not in moved:
                moved.add(ai)
        matches = []
        for (ai, bi), score in sorted(scores.items()):
            exact = len(ai) == len(bi) == 1 and sa.keys[ai[0]] == sb.keys[bi[0]]
            matches.append(Match(ai, bi, round(score, 9), ai in moved, exact))
        used_a = {i for ai, _ in scores for i in ai}
        used_b = {j for _, bi in scores for j in bi}
        return Alignment(
            matches=tuple(matches),
            only_a=tuple(i for i in range(len(sa.texts)) if i not in used_a),
            only_b=tuple(j for j in range(len(sb.texts)) if j not in used_b),
        )


# --------------------------------------------------------------------- pieces


def _side(texts: Sequence[str], labels: Sequence[Hashable] | None) -> _Side:
    groups: list[int] = []
    if labels is None:
        groups = list(range(len(texts)))
    else:
        if len(labels) != len(texts):
            raise CompareValueError(
                f"one group label per text is needed: {len(texts)} texts, {len(labels)} labels"
            )
        prev: object = object()
        for label in labels:
            if not groups or label != prev:
                groups.append(groups[-1] + 1 if groups else 0)
            else:
                groups.append(groups[-1])
            prev = label
    keys = [normalize_space(t) for t in texts]
    return _Side(
        texts=list(texts),
        keys=keys,
        groups=groups,
        weights=[k.count(" ") + 1 for k in keys],  # words: keys have single spaces
    )


def _members(side: _Side, n: int) -> list[list[int]]:
    out: list[list[int]] = [[] for _ in range(n)]
    for i, g in enumerate(side.groups):
        out[g].append(i)
    return out


def _anchor(keys_a: Sequence[str], keys_b: Sequence[str]) -> dict[int, int]:
    """Pair identical keys that occur equally often on both sides, k-th with k-th."""
    where_a: dict[str, list[int]] = {}
    where_b: dict[str, list[int]] = {}
    for i, k in enumerate(keys_a):
        if k:
            where_a.setdefault(k, []).append(i)
    for j, k in enumerate(keys_b):
        if k:
            where_b.setdefault(k, []).append(j)
    pairs: dict[int, int] = {}
    for k, xs in where_a.items():
        ys = where_b.get(k)
        if ys is not None and len(ys) == len(xs):
            pairs.update(zip(xs, ys, strict=True))
    return pairs


@dataclass(frozen=True)
class _Graph:
    """Candidate pairs of an assignment, row-major: rows, columns, similarity, score."""

    r: np.ndarray
    c: np.ndarray
    sim: np.ndarray
    score: np.ndarray
    shape: tuple[int, int]


def _no_bonus(r: np.ndarray, c: np.ndarray) -> np.ndarray:
    return np.zeros(r.size)


def _paired_bonus(partner_of_row: np.ndarray, group_of_col: np.ndarray, bonus: float) -> _Bonus:
    """The bonus of pairs whose paragraphs are paired (``partner_of_row`` by row)."""

    def of(r: np.ndarray, c: np.ndarray) -> np.ndarray:
        out: np.ndarray = (partner_of_row[r] == group_of_col[c]) * bonus
        return out

    return of


def _edges(
    sim: np.ndarray | sparse.spmatrix, bonus: np.ndarray | _Bonus
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Rows, columns, similarities and bonuses of the candidate pairs."""
    if is_sparse(sim):
        r, c, s = coo_of(sim)
    else:
        dense = np.asarray(sim)
        r, c = (x.ravel().astype(np.int64) for x in np.indices(dense.shape))
        s = dense.ravel()
    b = bonus(r, c) if callable(bonus) else np.asarray(bonus)[r, c]
    return r, c, np.asarray(s, dtype=np.float64), np.asarray(b, dtype=np.float64)


def _value(sim: sparse.csr_matrix, r: int, c: int) -> float:
    """The stored similarity of row r and column c (a candidate pair)."""
    lo, hi = sim.indptr[r], sim.indptr[r + 1]
    k = lo + int(np.searchsorted(sim.indices[lo:hi], c))
    return float(sim.data[k])
