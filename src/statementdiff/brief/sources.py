"""Everything the brief's collectors read about one comparison, gathered once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from statementdiff.align.tokens import content_tokens
from statementdiff.brief.weights import Weights
from statementdiff.models import (
    Clause,
    EntityRow,
    OneSided,
    Pair,
    Related,
    Statement,
    TopicRow,
)
from statementdiff.semantics.support import unsupported

__all__ = ["Sources", "sentence_of"]


COMMON_SHARE = 0.05
"""Share of a side's clauses above which a content word is too common to tie two clauses."""

INSTEAD_SHARED_WORDS = 2
"""Content words a clause found on one side only must share with one of the other side's
corresponding passage to be cited as what that side says instead."""


def sentence_of(clause_id: str) -> str:
    """The id of the sentence a clause stands in (``sec2.p3.s1.c2`` → ``sec2.p3.s1``)."""
    return clause_id.rsplit(".", 1)[0]


@dataclass(frozen=True)
class Sources:
    """One comparison as the brief sees it.

    Attributes:
        a: Statement A.
        b: Statement B.
        pairs: The diff's pairs.
        only_a: Clauses of A only.
        only_b: Clauses of B only.
        related: Related-sentence links.
        entities: The entity table.
        topics: The topic table.
        own: The parties of both statements (never findings by name).
        weights: The brief's weights.
        clauses: Clause id → clause, for A and for B.
        named: Clause id → names of the entities it mentions, for A and for B.
        partners: Clause id → the clause ids of the other side paired or related with it
            (or with a clause of its sentence), for A and for B.
        term_counts: How many clauses of A and of B hold each watched term.
    """

    a: Statement
    b: Statement
    pairs: tuple[Pair, ...]
    only_a: tuple[OneSided, ...]
    only_b: tuple[OneSided, ...]
    related: tuple[Related, ...]
    entities: tuple[EntityRow, ...]
    topics: tuple[TopicRow, ...]
    own: frozenset[str]
    weights: Weights
    clauses: tuple[Mapping[str, Clause], Mapping[str, Clause]]
    named: tuple[Mapping[str, frozenset[str]], Mapping[str, frozenset[str]]]
    partners: tuple[Mapping[str, tuple[str, ...]], Mapping[str, tuple[str, ...]]]
    term_counts: tuple[Mapping[str, int], Mapping[str, int]]

    @classmethod
    def gather(
        cls,
        a: Statement,
        b: Statement,
        *,
        pairs: tuple[Pair, ...],
        only_a: tuple[OneSided, ...],
        only_b: tuple[OneSided, ...],
        related: tuple[Related, ...],
        entities: tuple[EntityRow, ...],
        topics: tuple[TopicRow, ...],
        own: frozenset[str],
        weights: Weights,
    ) -> Sources:
        """Index the comparison's parts for the collectors."""
        clauses = ({c.id: c for c in a.clauses()}, {c.id: c for c in b.clauses()})
        named = tuple(
            {cid: frozenset(m.name for m in c.entities) for cid, c in side.items()}
            for side in clauses
        )
        links = [(p.a, p.b) for p in pairs] + [(r.a, r.b) for r in related]
        by_sentence: tuple[dict[str, set[str]], dict[str, set[str]]] = ({}, {})
        for xs, ys in links:
            for x in xs:
                by_sentence[0].setdefault(sentence_of(x), set()).update(ys)
            for y in ys:
                by_sentence[1].setdefault(sentence_of(y), set()).update(xs)
        position = tuple({cid: i for i, cid in enumerate(side)} for side in clauses)

        def ordered(side: int, ids: set[str]) -> tuple[str, ...]:
            other = position[1 - side]
            return tuple(sorted(ids, key=lambda cid: other[cid]))

        partners = tuple(
            {
                cid: ordered(side, by_sentence[side].get(sentence_of(cid), set()))
                for cid in clauses[side]
            }
            for side in (0, 1)
        )
        return cls(
            a=a,
            b=b,
            pairs=pairs,
            only_a=only_a,
            only_b=only_b,
            related=related,
            entities=entities,
            topics=topics,
            own=own,
            weights=weights,
            clauses=clauses,
            named=(named[0], named[1]),
            partners=(partners[0], partners[1]),
            term_counts=(_term_counts(weights, a), _term_counts(weights, b)),
        )

    def text(self, side: int, clause_id: str) -> str:
        """The text of a clause of side ``side`` (0 for A, 1 for B)."""
        return self.clauses[side][clause_id].text

    def words(self, side: int, clause_ids: tuple[str, ...]) -> str:
        """The words of clauses as the statement writes them, for quoting.

        Adjacent clauses of one sentence are one run of its text, with the words between
        them ("support the ASEAN Outlook; and expand partnerships"), so that a quotation
        of a merged pair is the source's; runs of other sentences follow after a space.
        """
        statement = self.a if side == 0 else self.b
        clauses = self.clauses[side]
        runs: list[tuple[int, int]] = []
        last = ""
        for cid in clause_ids:
            span = clauses[cid].span
            if runs and sentence_of(cid) == sentence_of(last) and span.start >= runs[-1][1]:
                runs[-1] = (runs[-1][0], span.end)
            else:
                runs.append((span.start, span.end))
            last = cid
        return " ".join(statement.text[start:end] for start, end in runs)

    def block_text(self, side: int, clause_ids: tuple[str, ...]) -> str:
        """The text of the paragraphs (or items) that hold ``clause_ids`` on side ``side``."""
        index = self._blocks[side]
        blocks = {sentence_of(sentence_of(cid)) for cid in clause_ids}
        found = sorted(k for block in blocks for k in index.get(block, ()))
        texts = self._texts[side]
        return " ".join(texts[k] for k in found)

    @cached_property
    def _texts(self) -> tuple[list[str], list[str]]:
        """The clause texts of each side, in document order."""
        a, b = ([c.text for c in side.values()] for side in self.clauses)
        return a, b

    @cached_property
    def _blocks(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """Block id → the positions of its clauses in :attr:`_texts`, for A and for B.

        Built once, so that :meth:`block_text` costs its blocks' clauses, not the statement's.
        """
        out: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
        for side, index in zip(self.clauses, out, strict=True):
            for k, cid in enumerate(side):
                index.setdefault(sentence_of(sentence_of(cid)), []).append(k)
        return out

    def full_text(self, side: int) -> str:
        """The text of statement A (side 0) or B (side 1)."""
        return (self.a, self.b)[side].text

    def naming(self, side: int, name: str) -> tuple[str, ...]:
        """The clause ids of side ``side`` that name entity ``name``, in document order."""
        return self._naming[side].get(name, ())

    @cached_property
    def _naming(self) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
        """Entity name → the clause ids that name it, in document order, for A and for B.

        Built once, so that :meth:`naming` costs a look-up, not a pass over the statement.
        """
        out: list[dict[str, tuple[str, ...]]] = []
        for side in self.named:
            found: dict[str, list[str]] = {}
            for cid, names in side.items():
                for name in names:
                    found.setdefault(name, []).append(cid)
            out.append({name: tuple(ids) for name, ids in found.items()})
        return out[0], out[1]

    def says(self, side: int, snippet: str) -> bool:
        """True when the text of statement A (side 0) or B (side 1) holds ``snippet``.

        Remembered per snippet: the same names are looked for again and again.
        """
        key = (side, snippet)
        found = self._said.get(key)
        if found is None:
            found = self._said[key] = snippet in self.full_text(side)
        return found

    @cached_property
    def _said(self) -> dict[tuple[int, str], bool]:
        return {}

    def said_instead(self, side: int, clause_id: str) -> str | None:
        """The clause the other side says in its place, in the passage that corresponds.

        A clause found on side ``side`` only stands in a paragraph; the paragraphs of the
        other side that hold partners of that paragraph's other clauses correspond to it.
        Of their clauses found on their side only, the one sharing most content words with
        this clause (at least :data:`INSTEAD_SHARED_WORDS`, none of them common on that
        side) is what that side says instead:
        A's "a calibrated diplomatic approach to North Korea" and B's "the path to
        dialogue remains open", each unmatched in the two corresponding paragraphs on
        North Korea. None when no such clause shares enough words.
        """
        other = 1 - side
        blocks = self._blocks_of
        places = {
            sentence_of(sentence_of(p))
            for cid in blocks[side].get(sentence_of(sentence_of(clause_id)), ())
            if cid != clause_id
            for p in self.partners[side][cid]
        }
        common = self._common[other]
        mine = set(self._tokens(side, clause_id)) - common
        best: tuple[int, int] | None = None
        found: str | None = None
        for place in sorted(places):
            for order, cid in self._unmatched_in[other].get(place, ()):
                shared = len(mine & set(self._tokens(other, cid)))
                if shared >= INSTEAD_SHARED_WORDS and (best is None or (shared, -order) > best):
                    best, found = (shared, -order), cid
        return found

    @cached_property
    def _blocks_of(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """Per side, paragraph (or item) id → its clause ids in order."""
        out: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})
        for side in (0, 1):
            for cid in self.clauses[side]:
                out[side].setdefault(sentence_of(sentence_of(cid)), []).append(cid)
        return out

    @cached_property
    def _unmatched_in(
        self,
    ) -> tuple[dict[str, list[tuple[int, str]]], dict[str, list[tuple[int, str]]]]:
        """Per side, paragraph id → (reading order, id) of its clauses found on one side."""
        out: tuple[dict[str, list[tuple[int, str]]], dict[str, list[tuple[int, str]]]] = ({}, {})
        for side, ones in ((0, self.only_a), (1, self.only_b)):
            unmatched = {o.id for o in ones}
            for order, cid in enumerate(self.clauses[side]):
                if cid in unmatched:
                    out[side].setdefault(sentence_of(sentence_of(cid)), []).append((order, cid))
        return out

    @cached_property
    def _common(self) -> tuple[frozenset[str], frozenset[str]]:
        """Per side, the content words too frequent there to tie two clauses.

        More than :data:`COMMON_SHARE` of its clauses, and more than three, hold them.
        """
        out: list[frozenset[str]] = []
        for side in (0, 1):
            counts: dict[str, int] = {}
            for cid in self.clauses[side]:
                for token in set(self._tokens(side, cid)):
                    counts[token] = counts.get(token, 0) + 1
            limit = max(3, COMMON_SHARE * len(self.clauses[side]))
            out.append(frozenset(t for t, n in counts.items() if n > limit))
        return out[0], out[1]

    def _tokens(self, side: int, clause_id: str) -> list[str]:
        cache = self._token_cache[side]
        if clause_id not in cache:
            text = self.clauses[side][clause_id].text
            cache[clause_id] = content_tokens(text, self.weights.lexicon.alias_table)
        return cache[clause_id]

    @cached_property
    def _token_cache(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        return ({}, {})

    @cached_property
    def alone(self) -> frozenset[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The pairs (A ids, B ids) nothing but common words ties (``semantics.support``).

        Their labels compare no acts; the brief reads no rewording of terms into them.
        """
        order = tuple({cid: k for k, cid in enumerate(side)} for side in self.clauses)
        matches = [
            _Match(tuple(order[0][x] for x in p.a), tuple(order[1][y] for y in p.b), p.similarity)
            for p in self.pairs
        ]
        found = unsupported(
            list(self.clauses[0].values()),
            list(self.clauses[1].values()),
            matches,
            self.weights.lexicon.alias_table,
        )
        return frozenset((self.pairs[k].a, self.pairs[k].b) for k in found)

    def centrality(self, side: int, clause_id: str) -> float:
        """The highest weight of what a clause names, discusses or says."""
        clause = self.clauses[side][clause_id]
        w = self.weights
        scores = [w.topic(t) for t in clause.topics]
        scores += [w.entity(n) for n in self.named[side][clause_id] if n not in self.own]
        scores += list(w.terms(clause.text).values())
        return max(scores, default=0.0)


@dataclass(frozen=True, slots=True)
class _Match:
    """A pair as ``semantics.support`` reads an aligner match: clause indices, score."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    similarity: float


def _term_counts(weights: Weights, statement: Statement) -> dict[str, int]:
    counts: dict[str, int] = {}
    for clause in statement.clauses():
        for term in weights.terms(clause.text):
            counts[term] = counts.get(term, 0) + 1
    return counts
