"""Frozen pydantic models: the statement tree and the result of a comparison.

The tree has a fixed shape::

    Statement > Section > Block (paragraph or list item) > Sentence > Clause

Every node has a path ``id`` taken from the document's own structure
(``sec2.p3.s1.c2``; a printed number is used where the text has one:
``sec1.n5.s1``, ``sec1.n5.a.s2``), its ``kind``, its ``text`` and a half-open
``span`` into :attr:`Statement.text`, so that
``statement.text[node.span.start:node.span.end] == node.text`` always holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

__all__ = [
    "NO_TOPIC",
    "Block",
    "Change",
    "ChangeKind",
    "Clause",
    "Counts",
    "Diff",
    "EntityMention",
    "EntityRow",
    "Node",
    "OneSided",
    "Pair",
    "Relation",
    "Section",
    "Sentence",
    "Series",
    "Span",
    "Stance",
    "Statement",
    "StatementInfo",
    "Thread",
    "ThreadStep",
    "TopicRow",
    "WordOp",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """A half-open character range ``[start, end)`` into ``Statement.text``."""

    start: int
    end: int

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")
        return self

    def __len__(self) -> int:
        return self.end - self.start


# ---------------------------------------------------------------------------
# Clause annotations (filled in by statementdiff.semantics.annotate)


class EntityMention(_Frozen):
    """One mention of a known entity inside a clause.

    Attributes:
        name: Canonical name from the lexicon ("China", "Taiwan Strait").
        kind: Entity kind from the lexicon ("country", "place", "organization", ...).
        text: The words as written ("PRC", "Beijing").
        span: Where they stand in ``Statement.text``.
    """

    name: str
    kind: str
    text: str
    span: Span


class Stance(_Frozen):
    """The stance a clause takes: its stance verb or phrase, polarity and strength.

    Attributes:
        verb: Canonical stance verb or phrase ("reaffirm", "grave concern").
        text: The words as written ("reaffirmed").
        polarity: "positive", "negative" or "neutral".
        strength: Ordinal strength on the lexicon's scale (higher is stronger).
        continuity: True for verbs that mark continuity ("reaffirm", "reiterate").
    """

    verb: str
    text: str
    polarity: Literal["positive", "negative", "neutral"]
    strength: int
    continuity: bool = False


# ---------------------------------------------------------------------------
# The statement tree


class Node(_Frozen):
    """Fields shared by every node of the tree."""

    id: str
    kind: Literal["section", "paragraph", "item", "sentence", "clause"]
    text: str
    span: Span


class Clause(Node):
    """The smallest unit statementdiff aligns: one predicate with its actor.

    Attributes:
        actor: The subject phrase as written, inherited from the previous clause
            where the text elides it ("We reaffirm X and welcome Y": both "We").
        actor_span: Where the segmenter found ``actor`` written in this clause; None when
            the actor is inherited from the previous clause or there is none. Annotation
            and change labels read the actor from here.
        predicate: The main verb in base form ("reaffirm", "welcome").
        parties: The actor normalized to parties ("We" → the statement's parties).
        entities: Known entities named in the clause, in text order.
        topics: Topic names the clause belongs to, sorted.
        stance: The clause's stance verb or phrase, if any.
        modality: Modal and hedge markers in text order ("will", "seek to").
        negated: True when the predicate is negated.
    """

    kind: Literal["clause"] = "clause"
    actor: str | None = None
    actor_span: Span | None = None
    predicate: str | None = None
    parties: tuple[str, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    topics: tuple[str, ...] = ()
    stance: Stance | None = None
    modality: tuple[str, ...] = ()
    negated: bool = False


class Sentence(Node):
    """A sentence and its clauses."""

    kind: Literal["sentence"] = "sentence"
    clauses: tuple[Clause, ...] = ()


class Block(Node):
    """A paragraph or a list item.

    Attributes:
        label: The printed marker ("3.", "(a)", "-", "•"), or None.
        level: Nesting depth for list items (0 for paragraphs and top items).
    """

    kind: Literal["paragraph", "item"] = "paragraph"
    label: str | None = None
    level: int = 0
    sentences: tuple[Sentence, ...] = ()


class Section(Node):
    """A section: an optional heading and the blocks under it.

    ``text``/``span`` cover the whole section (heading included);
    ``heading``/``heading_span`` cover the heading line alone.
    """

    kind: Literal["section"] = "section"
    heading: str | None = None
    heading_span: Span | None = None
    blocks: tuple[Block, ...] = ()


class StatementInfo(_Frozen):
    """A statement's metadata without its tree (used in reports and series)."""

    title: str | None = None
    date: str | None = None
    parties: tuple[str, ...] = ()
    source: str | None = None
    format: Literal["text", "html"] = "text"


class Statement(StatementInfo):
    r"""A parsed statement: metadata, its plain ``text`` and its tree of sections.

    For plain-text input ``text`` is the input with line endings normalized to
    ``"\\n"``; for HTML it is the extracted text, blocks separated by blank lines.
    """

    text: str
    sections: tuple[Section, ...] = ()

    @property
    def info(self) -> StatementInfo:
        """The metadata alone."""
        return StatementInfo(
            title=self.title,
            date=self.date,
            parties=self.parties,
            source=self.source,
            format=self.format,
        )

    def nodes(self) -> Iterator[Node]:
        """Yield every node in document order (a parent before its children)."""
        for section in self.sections:
            yield section
            for block in section.blocks:
                yield block
                for sentence in block.sentences:
                    yield sentence
                    yield from sentence.clauses

    def blocks(self) -> Iterator[Block]:
        """Yield the paragraphs and list items in document order."""
        for section in self.sections:
            yield from section.blocks

    def sentences(self) -> Iterator[Sentence]:
        """Yield the sentences in document order."""
        for block in self.blocks():
            yield from block.sentences

    def clauses(self) -> Iterator[Clause]:
        """Yield the clauses in document order."""
        for sentence in self.sentences():
            yield from sentence.clauses

    def node(self, id: str) -> Node:
        """Return the node with this id.

        Raises:
            KeyError: No node has this id.
        """
        # The index is cached in the instance __dict__ (pydantic's __eq__ and serialization
        # ignore non-field keys) and keyed by the sections tuple it was built from, so a
        # model_copy(update={"sections": ...}) never reuses a stale index.
        cached = self.__dict__.get("_node_index")
        if cached is None or cached[0] is not self.sections:
            cached = (self.sections, {n.id: n for n in self.nodes()})
            self.__dict__["_node_index"] = cached
        found: Node | None = cached[1].get(id)
        if found is None:
            raise KeyError(id)
        return found

    def to_json(self) -> str:
        """The statement as deterministic JSON."""
        return self.model_dump_json()


# ---------------------------------------------------------------------------
# Comparison results

NO_TOPIC = "(no topic)"
"""The group name :meth:`Diff.one_sided_by_topic` uses for clauses without a topic."""

Relation = Literal["unchanged", "modified", "moved", "split", "merged"]
"""How the clauses of a pair relate (see ``Pair.relation``)."""

ChangeKind = Literal[
    "stance-stronger",
    "stance-weaker",
    "stance-same",
    "stance-added",
    "stance-dropped",
    "entity-added",
    "entity-dropped",
    "qualifier-changed",
    "hedge-added",
    "hedge-removed",
    "modality-changed",
    "negation-changed",
    "actor-changed",
    "number-changed",
]
"""The closed set of change labels (documented in docs/semantics.md)."""


class WordOp(_Frozen):
    """One word-level operation inside a pair.

    ``equal`` ops have both spans, ``delete`` only ``a``, ``insert`` only ``b``.
    Spans index the two statements' texts.
    """

    op: Literal["equal", "insert", "delete"]
    text: str
    a: Span | None = None
    b: Span | None = None


class Change(_Frozen):
    """A labelled change inside a pair: what the word diff means.

    Attributes:
        kind: One label of :data:`ChangeKind`.
        a_text: The words on side A (None when the change adds something).
        b_text: The words on side B (None when the change drops something).
        a_span: Where ``a_text`` stands in A's text.
        b_span: Where ``b_text`` stands in B's text.
        detail: A short human explanation ("underscore → emphasize, same strength").
    """

    kind: ChangeKind
    a_text: str | None = None
    b_text: str | None = None
    a_span: Span | None = None
    b_span: Span | None = None
    detail: str = ""


class Pair(_Frozen):
    """Clauses of A matched with clauses of B.

    Attributes:
        a: Ids of the A clauses (one, or several adjacent ones for ``merged``).
        b: Ids of the B clauses (one, or several adjacent ones for ``split``).
        relation: unchanged, modified, moved, split or merged.
        similarity: Alignment score in [0, 1], rounded to 4 decimals.
        a_span: The source slice of A the pair covers (first clause start to last clause end).
        b_span: The same for B.
        ops: Word operations; equal+delete texts join to ``A.text[a_span]``,
            equal+insert texts to ``B.text[b_span]``.
        changes: Change labels, in text order.
        topics: Union of the clauses' topics, sorted.
    """

    a: tuple[str, ...]
    b: tuple[str, ...]
    relation: Relation
    similarity: float
    a_span: Span
    b_span: Span
    ops: tuple[WordOp, ...] = ()
    changes: tuple[Change, ...] = ()
    topics: tuple[str, ...] = ()
    moved: bool = False


class OneSided(_Frozen):
    """A clause found on one side only.

    Attributes:
        id: The clause id on its own side.
        text: The clause text.
        span: Its span on its own side.
        topics: Its topics.
        after: For an added clause, the id of the A clause it follows in reading
            order (None when it comes first); for a removed clause, the id of the
            B clause it would follow.
    """

    id: str
    text: str
    span: Span
    topics: tuple[str, ...] = ()
    after: str | None = None


class Counts(_Frozen):
    """How many pairs of each relation, and how many one-sided clauses."""

    unchanged: int = 0
    modified: int = 0
    moved: int = 0
    split: int = 0
    merged: int = 0
    removed: int = 0
    added: int = 0


class EntityRow(_Frozen):
    """One row of the entity table: how often each side names an entity."""

    name: str
    kind: str
    a_count: int
    b_count: int
    a_spans: tuple[Span, ...] = ()
    b_spans: tuple[Span, ...] = ()


class TopicRow(_Frozen):
    """One row of topic coverage: clauses of each side on the topic."""

    name: str
    a_count: int
    b_count: int
    a_clauses: tuple[str, ...] = ()
    b_clauses: tuple[str, ...] = ()


class Diff(_Frozen):
    """The result of :func:`statementdiff.compare`.

    ``pairs`` is in document order of A; ``only_a`` holds removed clauses and
    ``only_b`` added ones. ``rows()`` interleaves all three in reading order.
    """

    a: Statement
    b: Statement
    topic: str | None = None
    threshold: float
    pairs: tuple[Pair, ...] = ()
    only_a: tuple[OneSided, ...] = ()
    only_b: tuple[OneSided, ...] = ()
    counts: Counts = Counts()
    entities: tuple[EntityRow, ...] = ()
    topics: tuple[TopicRow, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when every pair is unchanged and no clause is one-sided."""
        return (
            not self.only_a
            and not self.only_b
            and all(p.relation == "unchanged" for p in self.pairs)
        )

    def one_sided_by_topic(self) -> dict[str, tuple[tuple[OneSided, ...], tuple[OneSided, ...]]]:
        """Clauses found on one side only, grouped by topic.

        Returns:
            Topic name → (clauses only in A, clauses only in B), topics in name order;
            a clause with several topics is listed under each, one without a topic
            under ``"(no topic)"``.
        """
        groups: dict[str, tuple[list[OneSided], list[OneSided]]] = {}
        for side, clauses in ((0, self.only_a), (1, self.only_b)):
            for clause in clauses:
                for topic in clause.topics or (NO_TOPIC,):
                    groups.setdefault(topic, ([], []))[side].append(clause)
        return {name: (tuple(a), tuple(b)) for name, (a, b) in sorted(groups.items())}

    def to_json(self, *, indent: int | None = None) -> str:
        """The diff as deterministic JSON (round-trips through ``Diff.model_validate_json``)."""
        return self.model_dump_json(indent=indent)

    def to_text(self, *, color: bool = False, only: Literal["changed", "all"] = "changed") -> str:
        """A plain-text report for terminals."""
        from statementdiff.render.text import render_text

        return render_text(self, color=color, only=only)

    def to_markdown(self, *, only: Literal["changed", "all"] = "changed") -> str:
        """A Markdown report (summary table, then pairs with ~~deleted~~ and **inserted** words)."""
        from statementdiff.render.markdown import render_markdown

        return render_markdown(self, only=only)

    def to_html(self, *, only: Literal["changed", "all"] = "all") -> str:
        """A self-contained HTML redline (inline CSS, no external requests)."""
        from statementdiff.render.html import render_html

        return render_html(self, only=only)

    def _repr_html_(self) -> str:
        return self.to_html()

    def __str__(self) -> str:
        return self.to_text()


# ---------------------------------------------------------------------------
# Series


class ThreadStep(_Frozen):
    """One statement's place in a thread.

    Attributes:
        index: Index of the statement in ``Series.statements``.
        clauses: Clause ids in that statement (empty when absent).
        status: absent, new, unchanged, modified or dropped.
        text: The clause text(s) in that statement.
        ops: Word diff against the previous appearance (for "modified").
        changes: Change labels against the previous appearance (for "modified").
    """

    index: int
    clauses: tuple[str, ...] = ()
    status: Literal["absent", "new", "unchanged", "modified", "dropped"]
    text: str = ""
    ops: tuple[WordOp, ...] = ()
    changes: tuple[Change, ...] = ()


class Thread(_Frozen):
    """The same commitment followed across a series of statements."""

    id: str
    topics: tuple[str, ...] = ()
    steps: tuple[ThreadStep, ...]

    @property
    def first(self) -> int | None:
        """Index of the first statement the thread appears in."""
        return next((s.index for s in self.steps if s.clauses), None)

    @property
    def last(self) -> int | None:
        """Index of the last statement the thread appears in."""
        return next((s.index for s in reversed(self.steps) if s.clauses), None)


class Series(_Frozen):
    """The result of :func:`statementdiff.compare_series`.

    Attributes:
        statements: Metadata of the statements, in date order.
        topic: The topic lens, if any.
        threads: Threads in order of first appearance.
        coverage: Topic name → mention count per statement.
        coverage_clauses: Topic name → clause ids per statement.
        entity_coverage: Entity name → mention count per statement.
    """

    statements: tuple[StatementInfo, ...]
    topic: str | None = None
    threads: tuple[Thread, ...] = ()
    coverage: dict[str, tuple[int, ...]] = {}
    coverage_clauses: dict[str, tuple[tuple[str, ...], ...]] = {}
    entity_coverage: dict[str, tuple[int, ...]] = {}

    def to_json(self, *, indent: int | None = None) -> str:
        """The series as deterministic JSON."""
        return self.model_dump_json(indent=indent)
