"""The dense aligner as it was before candidate pairs: a brute-force reference for tests.

A copy of ``statementdiff.align.aligner`` and ``splits.Grower`` at the commit before the
sparse rewrite (n x m similarity arrays, one ``linear_sum_assignment`` over all of them).
tests/test_aligner_sparse.py checks that the sparse aligner gives the same matches.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import linear_sum_assignment

from statementdiff.align.chain import heaviest_chain, one_gap, pair_key
from statementdiff.align.similarity import (
    SHORT_TOKENS,
    Space,
    content_tokens,
    cosine,
    row_dots,
)
from statementdiff.align.splits import Cand, Key, SplitLimits
from statementdiff.errors import CompareValueError
from statementdiff.lexicon.aliases import AliasTable
from statementdiff.whitespace import normalize_space


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


class DenseAligner:
    """Align two sequences of clause texts, independent of their order.

    Args:
        threshold: Least clause similarity for a pair.
        group_threshold: Least paragraph similarity for a paragraph pair.
        group_bonus: Added to a clause pair's score when both paragraphs are paired.
        split_gain: How much better 2-3 adjacent clauses must match than one.
        part_min: Least similarity of each part of a split or merge to the whole.
        max_parts: Most clauses in a split or merge.
        aliases: The names folded before comparing (the built-in lexicon's when None).
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
    ) -> None:
        self.threshold = threshold
        self.group_threshold = group_threshold
        self.group_bonus = group_bonus
        self.split_gain = split_gain
        self.part_min = part_min
        self.max_parts = max_parts
        self.aliases = aliases

    # ------------------------------------------------------------------ public

    def align(
        self,
        a: Sequence[str],
        b: Sequence[str],
        *,
        a_groups: Sequence[Hashable] | None = None,
        b_groups: Sequence[Hashable] | None = None,
    ) -> Alignment:
        """Align the texts of side a with those of side b.

        Args:
            a: Clause texts of side a, in document order.
            b: Clause texts of side b, in document order.
            a_groups: One label per text of a (its paragraph); runs of equal labels
                form a group. None puts every text in its own group.
            b_groups: The same for b.

        Returns:
            The :class:`Alignment`, matches in order of side a.

        Raises:
            CompareValueError: ``a_groups`` or ``b_groups`` does not hold one label per text.
        """
        sa = _side(a, a_groups)
        sb = _side(b, b_groups)
        sa.aliases = sb.aliases = self.aliases
        cache: dict[str, list[str]] = {}
        spaces: list[Space] = []  # the clause space, built once when first needed

        def space_of_clauses() -> Space:
            if not spaces:
                spaces.append(Space(sa.tokens(cache) + sb.tokens(cache)))
            return spaces[0]

        group_pairs, moved_groups, settled = self._align_groups(
            sa, sb, space_of_clauses, cache, defer=True
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
                sa, sb, space_of_clauses, cache, defer=False
            )
        # IDF over every clause of both statements, so that the similarity of two
        # clauses does not depend on which other clauses happen to be identical
        space = space_of_clauses()
        na = len(sa.texts)
        wa = space.rows[rest_a]
        wb = space.rows[[na + j for j in rest_b]]
        sim = cosine(wa, wb)
        bonus = np.zeros_like(sim)
        if group_pairs:
            ga = np.array([sa.groups[i] for i in rest_a])
            gb = np.array([sb.groups[j] for j in rest_b])
            partner = np.full(max(sa.groups) + 1, -1)
            for x, y in group_pairs.items():
                partner[x] = y
            bonus = (partner[ga][:, None] == gb[None, :]) * self.group_bonus
        dims = (len(sa.texts), len(sb.texts))
        for r, c in self._assign(sim, bonus, rest_a, rest_b, dims, self.threshold):
            scores[(rest_a[r],), (rest_b[c],)] = float(sim[r, c])
        limits = SplitLimits(self.threshold, self.split_gain, self.part_min, self.max_parts)
        tokens = (sa.tokens(cache), sb.tokens(cache))
        grown = _DenseGrower(limits, space, tokens, rest_a, rest_b, sim).grow(scores)
        return self._finish(grown, sa, sb, group_pairs, moved_groups)

    # ----------------------------------------------------------------- helpers

    def _assign(
        self,
        sim: np.ndarray,
        bonus: np.ndarray,
        rows: Sequence[int],
        cols: Sequence[int],
        dims: tuple[int, int],
        threshold: float,
    ) -> list[tuple[int, int]]:
        if not sim.size:
            return []
        na, nb = dims
        keep = sim + bonus / 2 >= threshold  # inside paired paragraphs the bar is lower
        if not keep.any():
            return []
        pa = np.array(rows, dtype=np.float64) / max(na, 1)
        pb = np.array(cols, dtype=np.float64) / max(nb, 1)
        near = 1.0 - (pa[:, None] - pb[None, :]) ** 2
        score = np.where(keep, sim + bonus + self._EPS * near, 0.0)
        # restrict to rows/cols that have any candidate: smaller problems, same optimum
        live_r = np.flatnonzero(keep.any(axis=1))
        live_c = np.flatnonzero(keep.any(axis=0))
        sub = score[np.ix_(live_r, live_c)]
        rr, cc = linear_sum_assignment(sub, maximize=True)
        pairs = {
            int(live_r[r]): int(live_c[c])
            for r, c in zip(rr, cc, strict=True)
            if keep[live_r[r], live_c[c]]
        }
        if bonus.any():
            pairs = self._unblock(pairs, sim, keep, score, (pa, pb), threshold)
        return sorted(pairs.items())

    def _unblock(
        self,
        pairs: dict[int, int],
        sim: np.ndarray,
        keep: np.ndarray,
        score: np.ndarray,
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
        """
        n_r, n_c = keep.shape
        pa, pb = place
        for _ in range(n_r + n_c):
            row_score = np.full(n_r, -np.inf)
            col_score = np.full(n_c, -np.inf)
            weak_r = np.zeros(n_r, dtype=bool)
            weak_c = np.zeros(n_c, dtype=bool)
            for r, c in pairs.items():
                row_score[r] = col_score[c] = score[r, c]
                if sim[r, c] < threshold:
                    weak_r[r] = weak_c[c] = True
            block = keep & (score > row_score[:, None]) & (score > col_score[None, :])
            block &= weak_r[:, None] | weak_c[None, :]
            if not block.any():
                break
            rr, cc = np.nonzero(block)
            # best score first; ties by place, the same for (a, b) and (b, a)
            k = int(np.lexsort((np.abs(pa[rr] - pb[cc]), pa[rr] + pb[cc], -score[rr, cc]))[0])
            r, c = int(rr[k]), int(cc[k])
            pairs = {x: y for x, y in pairs.items() if x != r and y != c}
            pairs[r] = c
            taken = set(pairs.values())
            free_r = np.array([x for x in range(n_r) if x not in pairs], dtype=np.int64)
            free_c = np.array([y for y in range(n_c) if y not in taken], dtype=np.int64)
            sub = np.where(keep, score, 0.0)[np.ix_(free_r, free_c)]
            if sub.size and sub.any():
                for x, y in zip(*linear_sum_assignment(sub, maximize=True), strict=True):
                    if keep[free_r[x], free_c[y]]:
                        pairs[int(free_r[x])] = int(free_c[y])
        return pairs

    def _align_groups(
        self,
        sa: _Side,
        sb: _Side,
        space_of_clauses: Callable[[], Space],
        cache: dict[str, list[str]],
        *,
        defer: bool,
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
                space = Space([[t for i in m for t in docs[i]] for m in members])
            else:
                space = space_of_clauses().grouped(members)
            sim = cosine(space.rows[rest_a], space.rows[[na + j for j in rest_b]])
            zero = np.zeros_like(sim)
            for r, c in self._assign(sim, zero, rest_a, rest_b, (na, nb), self.group_threshold):
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


class _DenseGrower:
    """Turn one-to-one pairs into splits and merges where adjacent clauses fit better.

    A window of 2..max_parts adjacent clauses of one side is a candidate for a clause
    x of the other side when every part reaches ``part_min`` with x, every part is
    free or x's own partner, and the window holds x's partner if x has one. All
    candidates are found with array operations and scored at once: the cosine of x
    with the summed word counts of the window (sparse matrix products, no Python
    loop per candidate). The best candidates are then taken greedily.
    """

    def __init__(
        self,
        limits: SplitLimits,
        space: Space,
        tokens: tuple[list[list[str]], list[list[str]]],
        rest_a: list[int],
        rest_b: list[int],
        sim: np.ndarray,
    ) -> None:
        self.limits = limits
        self.space = space
        self.ta, self.tb = tokens
        self.na, self.nb = len(self.ta), len(self.tb)
        self.rest_a, self.rest_b = rest_a, rest_b
        self.sim = sim

    def grow(self, scores: dict[Key, float]) -> dict[Key, float]:
        """Return ``scores`` with the best fitting splits and merges in place of their pairs."""
        a_to_b = {ai[0]: bi[0] for ai, bi in scores}
        b_to_a = {bi[0]: ai[0] for ai, bi in scores}
        cands = self._candidates(a_to_b, b_to_a, flip=False)  # splits: x in a
        cands += self._candidates(b_to_a, a_to_b, flip=True)  # merges: x in b
        cands.sort(key=lambda c: (-c[0], c[1]))
        result = dict(scores)
        owner_a = {i: k for k in result for i in k[0]}
        owner_b = {j: k for k in result for j in k[1]}
        for score, _, ai, bi in cands:
            base = {owner_a[i] for i in ai if i in owner_a}
            base |= {owner_b[j] for j in bi if j in owner_b}
            if len(base) > 1:
                continue
            if base:
                old = base.pop()
                ka, kb = old
                if len(ka) != 1 or len(kb) != 1 or ka[0] not in ai or kb[0] not in bi:
                    continue
                del result[old]
            result[ai, bi] = score
            for i in ai:
                owner_a[i] = (ai, bi)
            for j in bi:
                owner_b[j] = (ai, bi)
        return result

    def _candidates(
        self, partner_of: dict[int, int], taken: dict[int, int], *, flip: bool
    ) -> list[Cand]:
        """Scored windows of the other side for every unanchored clause x of this side."""
        sim = self.sim.T if flip else self.sim
        xs = self.rest_b if flip else self.rest_a
        others = self.rest_a if flip else self.rest_b
        n_other = self.na if flip else self.nb
        if not xs or n_other < 2:
            return []
        elig = np.zeros((len(xs), n_other), dtype=bool)
        elig[:, others] = sim >= self.limits.part_min
        free = np.zeros(n_other, dtype=bool)
        free[others] = True
        free[list(taken)] = False
        col_of = np.full(n_other, -1)
        col_of[others] = np.arange(len(others))
        partner = np.array([partner_of.get(x, -1) for x in xs])
        has = partner >= 0
        base = np.zeros(len(xs))
        ok = elig & free[None, :]
        rows_p = np.flatnonzero(has)
        if rows_p.size:
            ok[rows_p, partner[rows_p]] = elig[rows_p, partner[rows_p]]
            base[rows_p] = sim[rows_p, col_of[partner[rows_p]]]
        found: list[tuple[np.ndarray, np.ndarray, int]] = []
        for size in range(2, min(self.limits.max_parts, n_other) + 1):
            n_start = n_other - size + 1
            win = ok[:, :n_start].copy()
            for d in range(1, size):
                win &= ok[:, d : d + n_start]
            if rows_p.size:
                start = np.arange(n_start)[None, :]
                inside = (start >= (partner - size + 1)[:, None]) & (start <= partner[:, None])
                win &= inside | ~has[:, None]
            r, t = np.nonzero(win)
            if r.size:
                found.append((r, t, size))
        if not found:
            return []
        rows = np.concatenate([f[0] for f in found])
        starts = np.concatenate([f[1] for f in found])
        sizes = np.concatenate([np.full(f[0].size, f[2]) for f in found])
        joint = self._joint(xs, rows, starts, sizes, flip=flip)
        keep = (joint >= self.limits.threshold) & (joint >= base[rows] + self.limits.split_gain)
        out: list[Cand] = []
        for k in np.flatnonzero(keep).tolist():
            x = (xs[int(rows[k])],)
            w = tuple(range(int(starts[k]), int(starts[k]) + int(sizes[k])))
            ai, bi = (w, x) if flip else (x, w)
            out.append((float(joint[k]), tuple(sorted([ai, bi])), ai, bi))
        return out

    def _joint(
        self,
        xs: list[int],
        rows: np.ndarray,
        starts: np.ndarray,
        sizes: np.ndarray,
        *,
        flip: bool,
    ) -> np.ndarray:
        """Cosine of each clause x with the summed counts of its window (batched)."""
        space = self.space
        other_tokens = self.ta if flip else self.tb
        offset_x, offset_other = (self.na, 0) if flip else (0, self.na)
        n_other = len(other_tokens)
        lengths = np.array([len(t) for t in other_tokens])
        cum = np.concatenate([[0], np.cumsum(lengths)])
        totals = cum[starts + sizes] - cum[starts]
        ones = np.repeat(np.arange(rows.size), sizes)
        members = np.concatenate([np.arange(s, s + n) for s, n in zip(starts, sizes, strict=True)])
        pick = sparse.csr_matrix(
            (np.ones(members.size), (ones, members)), shape=(rows.size, n_other)
        )
        token_counts = space.token_counts[offset_other : offset_other + n_other]
        windows = space.weigh(pick @ token_counts)
        singles = space.rows[np.asarray(xs)[rows] + offset_x]
        joint = row_dots(singles, windows)
        # a window of few words also gets character 3-grams: score those one by one
        x_tokens = self.tb if flip else self.ta
        for k in np.flatnonzero(totals < SHORT_TOKENS).tolist():
            s, n = int(starts[k]), int(sizes[k])
            joined = [tok for y in range(s, s + n) for tok in other_tokens[y]]
            joint[k] = space.dense_cosine(x_tokens[xs[int(rows[k])]], joined)
        return joint
