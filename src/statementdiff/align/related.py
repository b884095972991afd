"""Related sentences: what two different statements say about the same thing, in other words.

The aligner pairs clauses one to one, as a revision needs. Between two *different* statements
much of what corresponds is a paraphrase or a one-to-many answer, which a one-to-one alignment
cannot show. This module scores every pair of sentences (A x B) with several signals and keeps
the pairs a small learned model (:class:`RelatedModel`, trained on hand-made gold; see
``docs/correspondence-gold.md``) calls related:

- lexical: TF-IDF cosine over the alignment tokens, with each statement's own parties
  replaced by one counterpart token when the two statements come from different parties
  ("Japan" in one, "the ROK" in the other, in parallel sentences, are no difference);
- anchors: the rarest shared term, shared word pairs, shared non-party entities and topics;
  a veto-like signal when both name different entities of the same kind (East vs South
  China Sea) and share none;
- semantic: sentence-embedding cosine (:mod:`statementdiff.align.embedding`), of the whole
  sentences and of their best clause pair, when an encoder is available;
- context: each score against the best scores of its row and column (hubness correction),
  rank, relative position, how alike the neighbouring sentences of both are, and whether
  the aligner already pairs the two.

Everything is deterministic: scores are rounded before the model reads them and the model's
weights are data (``related_model.json``).
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from statementdiff.align.embedding import SentenceEncoder, cosines, encode
from statementdiff.align.smallcsr import SMALL_PAIRS, csr_from
from statementdiff.align.tokens import content_tokens
from statementdiff.lexicon.aliases import AliasTable
from statementdiff.models import Sentence, Statement
from statementdiff.semantics.parties import own_parties

if TYPE_CHECKING:
    from scipy import sparse

__all__ = [
    "FEATURES",
    "MAX_CELLS",
    "Link",
    "RelatedModel",
    "Scored",
    "SentencePairs",
    "aligned_sentences",
    "counterpart_parties",
    "links_of",
    "relate",
    "score_sentences",
    "sentence_pairs",
]

MAX_CELLS = 400_000
"""Related links are scored for at most this many sentence pairs (A sentences x B sentences);
larger statement pairs get a note instead of links."""

COUNTERPART = " counterpart "
"""What a party of one statement only is replaced by before comparing."""

_NON_CONFLICTING_KINDS = frozenset({"country", "organization", "term", "document", "person"})
"""Entity kinds whose difference is no veto (two different countries may be parallel)."""

_CSLS_K = 5
_DECIMALS = 4


@dataclass(frozen=True, slots=True)
class Link:
    """One related pair of sentences.

    Attributes:
        a: Index of the sentence in A (document order).
        b: Index of the sentence in B.
        score: The model's score in [0, 1], rounded.
        evidence: What ties them, most telling first ("shared entities: COVAX").
    """

    a: int
    b: int
    score: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class SentencePairs:
    """Every signal for every sentence pair of two statements, as ``(n, m)`` arrays.

    Attributes:
        features: One array per name in :data:`FEATURES`.
        terms: The alignment tokens of each sentence of A and of B (for evidence).
        entities: The non-party entities ``(name, kind)`` of each sentence of A and of B.
        topics: The topics of each sentence of A and of B.
        semantic: True when an encoder gave the semantic signals.
    """

    features: Mapping[str, np.ndarray]
    terms: tuple[list[set[str]], list[set[str]]] = field(repr=False)
    entities: tuple[list[set[tuple[str, str]]], list[set[tuple[str, str]]]] = field(repr=False)
    topics: tuple[list[set[str]], list[set[str]]] = field(repr=False)
    semantic: bool = False

    @property
    def shape(self) -> tuple[int, int]:
        """``(sentences of A, sentences of B)``."""
        first = next(iter(self.features.values()))
        return (int(first.shape[0]), int(first.shape[1]))


FEATURES = (
    "lexical",
    "semantic",
    "clause_semantic",
    "lexical_csls",
    "semantic_csls",
    "mixed_csls",
    "clause_semantic_csls",
    "best_of_row_or_column",
    "top3_of_row_or_column",
    "log_rank",
    "rarest_shared_term",
    "shared_word_pairs",
    "shared_entities",
    "entity_conflict",
    "shared_topics",
    "topic_conflict",
    "position_gap",
    "aligned",
    "neighbour_lexical",
)
"""Every signal :func:`sentence_pairs` computes; a model uses some of them."""

SEMANTIC_FEATURES = frozenset(
    {"semantic", "clause_semantic", "semantic_csls", "mixed_csls", "clause_semantic_csls"}
)
"""The signals that need a sentence encoder (the mixed ones average lexical and semantic)."""


@dataclass(frozen=True)
class RelatedModel:
    """A logistic model over some of :data:`FEATURES`, with its decision threshold.

    Attributes:
        features: Feature names, in weight order (a subset of :data:`FEATURES`).
        mean: Per-feature mean used to standardize.
        scale: Per-feature standard deviation used to standardize.
        weights: Per-feature weights.
        bias: Intercept.
        threshold: Scores at or above this are related.
        trained_on: The gold pairs the weights were fitted on.
    """

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    trained_on: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> RelatedModel:
        """Build a model from its JSON form, checking that it names known features."""
        model = cls(
            features=tuple(raw["features"]),
            mean=tuple(float(x) for x in raw["mean"]),
            scale=tuple(float(x) for x in raw["scale"]),
            weights=tuple(float(x) for x in raw["weights"]),
            bias=float(raw["bias"]),
            threshold=float(raw["threshold"]),
            trained_on=tuple(raw.get("trained_on", ())),
        )
        sizes = {len(model.features), len(model.mean), len(model.scale), len(model.weights)}
        if not set(model.features) <= set(FEATURES) or sizes != {len(model.features)}:
            raise ValueError("the related-links model does not match this version's features")
        return model

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the model."""
        return {
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
            "trained_on": list(self.trained_on),
        }

    @property
    def semantic(self) -> bool:
        """True when the model reads signals that need a sentence encoder."""
        return not SEMANTIC_FEATURES.isdisjoint(self.features)

    @staticmethod
    @cache
    def default() -> RelatedModel:
        """The packaged model (``related_model.json``): lexical signals only.

        The semantic signals cost a sentence encoder's load (about 2 s) and about 10 ms
        per sentence, and added little on the dev gold (see docs/design.md), so the
        default model does without them.
        """
        raw = resources.files("statementdiff.align").joinpath("related_model.json").read_text()
        return RelatedModel.from_dict(json.loads(raw))

    def score(self, pairs: SentencePairs) -> np.ndarray:
        """The model's score for every cell, rounded to 3 decimals."""
        z = np.full(pairs.shape, self.bias)
        for name, mean, scale, weight in zip(
            self.features, self.mean, self.scale, self.weights, strict=True
        ):
            z = z + weight * (pairs.features[name] - mean) / scale
        scores: np.ndarray = np.round(1.0 / (1.0 + np.exp(-z)), 3)
        return scores


def counterpart_parties(statement: Statement) -> frozenset[str]:
    """The statement's own parties (:func:`statementdiff.semantics.parties.own_parties`)."""
    return own_parties(statement)


def _role_text(sentence: Sentence, text: str, replace: frozenset[str]) -> str:
    """The sentence with mentions of ``replace`` parties written as one counterpart token."""
    if not replace:
        return sentence.text
    out: list[str] = []
    position = sentence.span.start
    mentions = sorted(
        (e.span.start, e.span.end)
        for c in sentence.clauses
        for e in c.entities
        if e.name in replace
    )
    for start, end in mentions:
        if start >= position:
            out.append(text[position:start])
            out.append(COUNTERPART)
            position = end
    out.append(text[position : sentence.span.end])
    return "".join(out)


def _tfidf(
    tokens: Sequence[Sequence[str]], *, small: bool = False
) -> tuple[sparse.csr_matrix, dict[str, float]]:
    """Unit TF-IDF rows over ``tokens`` (document frequency over all of them).

    ``small`` keeps the rows in a :class:`~statementdiff.align.smallcsr.SmallCsr` (the same
    products, without importing scipy).
    """
    df: Counter[str] = Counter()
    for t in tokens:
        df.update(set(t))
    n = len(tokens)
    idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
    vocabulary = {w: k for k, w in enumerate(sorted(idf))}
    rows, cols, values = [], [], []
    for r, t in enumerate(tokens):
        counts = Counter(t)
        norm = math.sqrt(sum((c * idf[w]) ** 2 for w, c in counts.items())) or 1.0
        for w, c in sorted(counts.items()):
            rows.append(r)
            cols.append(vocabulary[w])
            values.append(c * idf[w] / norm)
    matrix = csr_from(values, rows, cols, (n, len(vocabulary)), small=small)
    return matrix, idf


def _csls(m: np.ndarray) -> np.ndarray:
    """Each score against the mean of the best scores of its row and of its column."""
    k_row = min(_CSLS_K, m.shape[1])
    k_col = min(_CSLS_K, m.shape[0])
    row = np.sort(m, axis=1)[:, -k_row:].mean(axis=1)
    col = np.sort(m, axis=0)[-k_col:, :].mean(axis=0)
    corrected: np.ndarray = 2 * m - row[:, None] - col[None, :]
    return corrected


def _ranks(m: np.ndarray) -> np.ndarray:
    """The better of each cell's rank in its row and in its column (0 = best)."""
    by_row = _inverse(np.argsort(-m, axis=1, kind="stable"), axis=1)
    by_col = _inverse(np.argsort(-m, axis=0, kind="stable"), axis=0)
    ranks: np.ndarray = np.minimum(by_row, by_col)
    return ranks


def _inverse(order: np.ndarray, axis: int) -> np.ndarray:
    """The inverse permutations of ``order`` along ``axis``: ``argsort(order)``, without a sort.

    Each line of ``order`` is a permutation, so the position of ``k`` in it is unique and
    a stable sort of it gives the same array.
    """
    out = np.empty_like(order)
    line = np.arange(order.shape[axis], dtype=order.dtype)
    np.put_along_axis(out, order, np.expand_dims(line, 1 - axis), axis=axis)
    return out


def _entities(sentence: Sentence, parties: frozenset[str]) -> set[tuple[str, str]]:
    return {(e.name, e.kind) for c in sentence.clauses for e in c.entities if e.name not in parties}


def sentence_pairs(
    a: Statement,
    b: Statement,
    aligned: set[tuple[int, int]],
    *,
    encoder: SentenceEncoder | None = None,
    aliases: AliasTable | None = None,
    paraphrases: AliasTable | None = None,
) -> SentencePairs:
    """Compute every signal for every sentence pair of ``a`` and ``b``.

    Args:
        a: Statement A.
        b: Statement B.
        aligned: Sentence index pairs the aligner already connects.
        encoder: The sentence encoder for the semantic signals (None: lexical only; the
            semantic features then repeat the lexical ones).
        aliases: The names folded before comparing.
        paraphrases: The paraphrases folded before the lexical signals are computed.

    Returns:
        The signals as ``(sentences of a, sentences of b)`` arrays.

    Raises:
        Exception: Whatever the encoder raises; :func:`relate` turns it into a note.
    """
    sa, sb = list(a.sentences()), list(b.sentences())
    pa, pb = counterpart_parties(a), counterpart_parties(b)
    differ = pa != pb
    ta = [_role_text(s, a.text, pa - pb if differ else frozenset()) for s in sa]
    tb = [_role_text(s, b.text, pb - pa if differ else frozenset()) for s in sb]
    fold = paraphrases.fold if paraphrases is not None else str
    tokens_a = [content_tokens(fold(t), aliases) for t in ta]
    tokens_b = [content_tokens(fold(t), aliases) for t in tb]
    n, m = len(sa), len(sb)
    matrix, idf = _tfidf([*tokens_a, *tokens_b], small=n * m <= SMALL_PAIRS)
    lexical = np.round((matrix[:n] @ matrix[n:].T).toarray(), _DECIMALS)
    semantic, clause_semantic = lexical, lexical
    if encoder is not None:
        semantic = cosines(encode(ta, encoder), encode(tb, encoder))
        clause_semantic = _best_clause_pairs(sa, sb, encoder)
    mixed = (lexical + semantic) / 2
    ranks = _ranks(mixed)
    terms_a, terms_b = [set(t) for t in tokens_a], [set(t) for t in tokens_b]
    bigrams_a = [set(itertools.pairwise(t)) for t in tokens_a]
    bigrams_b = [set(itertools.pairwise(t)) for t in tokens_b]
    parties = pa | pb
    ents_a = [_entities(s, parties) for s in sa]
    ents_b = [_entities(s, parties) for s in sb]
    topics_a = [{t for c in s.clauses for t in c.topics} for s in sa]
    topics_b = [{t for c in s.clauses for t in c.topics} for s in sb]
    aligned_cells = np.zeros((n, m))
    for i, j in aligned:
        aligned_cells[i, j] = 1.0
    shared_entities = _fill(n, m, _cells(ents_a, ents_b), lambda _: 1.0)
    shared_topics = _fill(n, m, _cells(topics_a, topics_b), lambda _: 1.0)
    lexical_csls = _csls(lexical)
    if encoder is None:
        # without an encoder the semantic signals are the lexical array itself, and the mix
        # of an array with itself is that array ((x + x) / 2 == x exactly): one CSLS for all
        semantic_csls = mixed_csls = clause_semantic_csls = lexical_csls
    else:
        semantic_csls, mixed_csls = _csls(semantic), _csls(mixed)
        clause_semantic_csls = _csls(clause_semantic)
    features = {
        "lexical": lexical,
        "semantic": semantic,
        "clause_semantic": clause_semantic,
        "lexical_csls": lexical_csls,
        "semantic_csls": semantic_csls,
        "mixed_csls": mixed_csls,
        "clause_semantic_csls": clause_semantic_csls,
        "best_of_row_or_column": (ranks == 0).astype(float),
        "top3_of_row_or_column": (ranks <= 2).astype(float),
        "log_rank": np.log1p(ranks),
        "rarest_shared_term": _fill(
            n, m, _cells(terms_a, terms_b), lambda w: idf[w] / 10, combine=np.maximum
        ),
        "shared_word_pairs": _fill(
            n, m, _cells(bigrams_a, bigrams_b), lambda pair: (idf[pair[0]] + idf[pair[1]]) / 10
        ),
        "shared_entities": np.minimum(shared_entities, 3),
        "entity_conflict": _entity_conflicts(ents_a, ents_b) * (shared_entities == 0),
        "shared_topics": np.minimum(shared_topics, 2),
        "topic_conflict": np.outer([bool(t) for t in topics_a], [bool(t) for t in topics_b])
        * (shared_topics == 0),
        "position_gap": np.abs(
            np.arange(n)[:, None] / max(n, 1) - np.arange(m)[None, :] / max(m, 1)
        ),
        "aligned": aligned_cells,
        "neighbour_lexical": _neighbours(lexical),
    }
    # one rounding per array (without an encoder several features are the same array); each
    # feature still gets an array of its own
    done: dict[int, np.ndarray] = {}
    rounded = {
        k: done[id(v)].copy() if id(v) in done else done.setdefault(id(v), _rounded(v))
        for k, v in features.items()
    }
    return SentencePairs(
        features=rounded,
        terms=(terms_a, terms_b),
        entities=(ents_a, ents_b),
        topics=(topics_a, topics_b),
        semantic=encoder is not None,
    )


def _rounded(v: np.ndarray) -> np.ndarray:
    """``v`` as floats rounded to :data:`_DECIMALS` (a new array)."""
    return np.round(v.astype(float), _DECIMALS)


def _neighbours(m: np.ndarray) -> np.ndarray:
    """Each cell's best diagonal neighbour: how alike the sentences before (or after) both are.

    Two statements that make the same point tend to make the points around it in the same
    order, so a weak pair whose neighbours also correspond is likelier than an isolated one.
    """
    out = np.zeros_like(m)
    out[1:, 1:] = m[:-1, :-1]
    out[:-1, :-1] = np.maximum(out[:-1, :-1], m[1:, 1:])
    return out


def _cells(
    items_a: Sequence[Iterable[Hashable]], items_b: Sequence[Iterable[Hashable]]
) -> list[tuple[Hashable, np.ndarray, np.ndarray]]:
    """Each item found on both sides, with the sentences of A and of B that hold it."""
    where_a: dict[Hashable, list[int]] = {}
    where_b: dict[Hashable, list[int]] = {}
    for k, items in enumerate(items_a):
        for item in items:
            where_a.setdefault(item, []).append(k)
    for k, items in enumerate(items_b):
        for item in items:
            where_b.setdefault(item, []).append(k)
    both = sorted(where_a.keys() & where_b.keys(), key=repr)  # a fixed order: sums are exact
    return [(item, np.asarray(where_a[item]), np.asarray(where_b[item])) for item in both]


def _fill(
    n: int,
    m: int,
    cells: Sequence[tuple[Hashable, np.ndarray, np.ndarray]],
    weight: Callable[[Any], float],
    combine: Callable[[np.ndarray, float], np.ndarray] | None = None,
) -> np.ndarray:
    """An ``(n, m)`` array of the items' weights, summed (or combined) per sentence pair."""
    out = np.zeros((n, m))
    for item, rows, cols in cells:
        block = np.ix_(rows, cols)
        value = weight(item)
        out[block] = combine(out[block], value) if combine is not None else out[block] + value
    return out


def _entity_conflicts(
    ents_a: Sequence[set[tuple[str, str]]], ents_b: Sequence[set[tuple[str, str]]]
) -> np.ndarray:
    """1 where both sentences name an entity of a kind that makes them different points."""
    kinds = sorted({k for e in (*ents_a, *ents_b) for _, k in e} - _NON_CONFLICTING_KINDS)
    out = np.zeros((len(ents_a), len(ents_b)))
    for kind in kinds:
        has_a = np.array([any(k == kind for _, k in e) for e in ents_a], float)
        has_b = np.array([any(k == kind for _, k in e) for e in ents_b], float)
        out = np.maximum(out, np.outer(has_a, has_b))
    return out


def _best_clause_pairs(
    sa: Sequence[Sentence], sb: Sequence[Sentence], encoder: SentenceEncoder
) -> np.ndarray:
    """For each sentence pair, the best semantic cosine between one clause of each."""
    owners_a = [k for k, s in enumerate(sa) for _ in s.clauses]
    owners_b = [k for k, s in enumerate(sb) for _ in s.clauses]
    texts_a = [c.text for s in sa for c in s.clauses]
    texts_b = [c.text for s in sb for c in s.clauses]
    clause_cos = cosines(encode(texts_a, encoder), encode(texts_b, encoder))
    best = np.full((len(sa), len(sb)), -1.0)
    rows = np.asarray(owners_a)
    cols = np.asarray(owners_b)
    np.maximum.at(best, (rows[:, None], cols[None, :]), clause_cos)
    return best


_STEM_WORD = re.compile(r"[A-Za-z0-9][\w'-]*")


def _evidence(pairs: SentencePairs, i: int, j: int, idf_words: Sequence[str]) -> tuple[str, ...]:
    out: list[str] = []
    entities = sorted(name for name, _ in pairs.entities[0][i] & pairs.entities[1][j])
    if entities:
        out.append("shared entities: " + ", ".join(entities))
    topics = sorted(pairs.topics[0][i] & pairs.topics[1][j])
    if topics:
        out.append("shared topics: " + ", ".join(topics))
    if idf_words:
        out.append("key terms: " + ", ".join(idf_words))
    if pairs.semantic:
        out.append(f"semantic similarity {pairs.features['semantic'][i, j]:.2f}")
    out.append(f"lexical similarity {pairs.features['lexical'][i, j]:.2f}")
    return tuple(out)


def _key_terms(sentence: Sentence, shared: set[str], aliases: AliasTable | None) -> list[str]:
    """The words of ``sentence`` whose tokens are among ``shared``, as written, up to four."""
    found: list[str] = []
    for match in _STEM_WORD.finditer(sentence.text):
        word = match.group()
        tokens = content_tokens(word, aliases)
        if tokens and tokens[0] in shared and word not in found:
            found.append(word)
        if len(found) == 4:
            break
    return found


def aligned_sentences(
    a: Statement, b: Statement, pairs: Sequence[tuple[Sequence[str], Sequence[str]]]
) -> set[tuple[int, int]]:
    """The sentence index pairs that clause pairs ``(a ids, b ids)`` connect."""
    owner_a = {c.id: k for k, s in enumerate(a.sentences()) for c in s.clauses}
    owner_b = {c.id: k for k, s in enumerate(b.sentences()) for c in s.clauses}
    return {
        (owner_a[x], owner_b[y])
        for ids_a, ids_b in pairs
        for x in ids_a
        for y in ids_b
        if x in owner_a and y in owner_b
    }


@dataclass(frozen=True)
class Scored:
    """Every sentence pair of two statements with the model's score.

    Attributes:
        pairs: The signals of every sentence pair.
        scores: The model's score of every pair, an ``(n, m)`` array in [0, 1].
    """

    pairs: SentencePairs
    scores: np.ndarray


def score_sentences(
    a: Statement,
    b: Statement,
    aligned: set[tuple[int, int]],
    *,
    model: RelatedModel,
    encoder: SentenceEncoder | None,
    aliases: AliasTable | None = None,
    paraphrases: AliasTable | None = None,
) -> tuple[Scored | None, list[str]]:
    """Score every sentence pair of ``a`` and ``b`` (None when over the limit or empty).

    Args:
        a: Statement A.
        b: Statement B.
        aligned: Sentence index pairs the aligner already connects.
        model: The scoring model.
        encoder: The sentence encoder, or None for the lexical signals only.
        aliases: The names folded before comparing.
        paraphrases: The paraphrases folded before comparing.

    Returns:
        The scores, and notes for the reader (a fallback taken, a limit met).
    """
    notes: list[str] = []
    n = sum(1 for _ in a.sentences())
    m = sum(1 for _ in b.sentences())
    if n * m > MAX_CELLS:
        notes.append(
            f"related links were not computed: {n:,} x {m:,} sentence pairs is over the "
            f"limit of {MAX_CELLS:,}"
        )
        return None, notes
    if n == 0 or m == 0:
        return None, notes
    try:
        pairs = sentence_pairs(
            a, b, aligned, encoder=encoder, aliases=aliases, paraphrases=paraphrases
        )
    except Exception as exc:  # a failing model must never fail the comparison
        if encoder is None:
            raise
        notes.append(
            "related links use the lexical signals only: the sentence encoder failed "
            f"({type(exc).__name__})"
        )
        pairs = sentence_pairs(
            a, b, aligned, encoder=None, aliases=aliases, paraphrases=paraphrases
        )
    return Scored(pairs, model.score(pairs)), notes


def links_of(
    scored: Scored,
    a: Statement,
    aligned: set[tuple[int, int]],
    *,
    model: RelatedModel,
    aliases: AliasTable | None = None,
) -> list[Link]:
    """The related sentence pairs the model keeps, beyond ``aligned``, in A's order."""
    sa = list(a.sentences())
    links = []
    for i, j in zip(*np.nonzero(scored.scores >= model.threshold), strict=True):
        if (int(i), int(j)) in aligned:
            continue
        terms = scored.pairs.terms
        words = _key_terms(sa[i], terms[0][i] & terms[1][j], aliases)
        evidence = _evidence(scored.pairs, int(i), int(j), words)
        links.append(Link(int(i), int(j), float(scored.scores[i, j]), evidence))
    return links


def relate(
    a: Statement,
    b: Statement,
    aligned: set[tuple[int, int]],
    *,
    model: RelatedModel,
    encoder: SentenceEncoder | None,
    aliases: AliasTable | None = None,
    paraphrases: AliasTable | None = None,
) -> tuple[list[Link], list[str]]:
    """The related sentence pairs of two statements, beyond those the aligner connects.

    Args:
        a: Statement A.
        b: Statement B.
        aligned: Sentence index pairs the aligner already connects (not repeated).
        model: The scoring model.
        encoder: The sentence encoder, or None for the lexical signals only.
        aliases: The names folded before comparing.
        paraphrases: The paraphrases folded before comparing.

    Returns:
        The links in A's order (then B's), and notes for the reader (a fallback taken).
    """
    scored, notes = score_sentences(
        a, b, aligned, model=model, encoder=encoder, aliases=aliases, paraphrases=paraphrases
    )
    if scored is None:
        return [], notes
    return links_of(scored, a, aligned, model=model, aliases=aliases), notes
