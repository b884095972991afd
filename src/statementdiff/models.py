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

import difflib
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import suppress
from functools import cached_property
from types import MappingProxyType
from typing import Any, Literal, Protocol, Self, cast

from pydantic import BaseModel, ConfigDict, Field, model_validator

from statementdiff.errors import NodeNotFoundError, ReportError, ReportTypeError

__all__ = [
    "FINDING_MIRRORS",
    "MIRROR_KINDS",
    "NO_TOPIC",
    "Block",
    "Change",
    "ChangeKind",
    "Clause",
    "Counts",
    "CoverageRow",
    "Diff",
    "EntityMention",
    "EntityRow",
    "Finding",
    "FindingKind",
    "Matrix",
    "Node",
    "OneSided",
    "Pair",
    "Related",
    "Relation",
    "Renderer",
    "ReportFormat",
    "Row",
    "RowKind",
    "Section",
    "Sentence",
    "Series",
    "Span",
    "Stance",
    "Statement",
    "StatementInfo",
    "StepBrief",
    "Thread",
    "ThreadStep",
    "TopicRow",
    "WordOp",
    "install_renderer",
]


_FIELDS_SETS: dict[frozenset[str], set[str]] = {}
"""One shared ``__pydantic_fields_set__`` per combination of fields set (see ``_Frozen``)."""
_MAX_FIELDS_SETS = 4096


def _share_fields_set(model: BaseModel) -> None:
    """Point the model's set of explicitly set fields at a shared, equal set.

    pydantic gives every instance its own ``set`` of the names it was given (about 1.2 kB
    for a clause, 0.2 kB for a span): the largest part of a parsed statement's memory.
    The models are frozen, and pydantic copies the set before changing it
    (``model_copy``), so instances with equal sets can share one.
    """
    own = model.__pydantic_fields_set__
    key = frozenset(own)
    shared = _FIELDS_SETS.get(key)
    if shared is None:
        if len(_FIELDS_SETS) >= _MAX_FIELDS_SETS:
            return
        shared = _FIELDS_SETS.setdefault(key, set(key))
    object.__setattr__(model, "__pydantic_fields_set__", shared)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_post_init(self, context: Any, /) -> None:
        """Share the set of explicitly set fields with equal instances (saves memory)."""
        _share_fields_set(self)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy of the model (see :meth:`pydantic.BaseModel.model_copy`)."""
        copied = super().model_copy(update=update, deep=deep)
        _share_fields_set(copied)
        return copied


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

    A restating verb takes the polarity and strength of the stance noun it governs, if any:
    "reiterated their strong opposition to" is ``verb="reiterate"``, negative, strength 4
    (strongly oppose), with continuity; "reaffirm the importance of" keeps its own.
    """

    verb: str
    text: str
    polarity: Literal["positive", "negative", "neutral"]
    strength: int
    continuity: bool = False


# ---------------------------------------------------------------------------
# The statement tree


class Node(_Frozen):
    """Fields shared by every node of the tree.

    ``page`` is the page the node starts on (1-based) for PDF input, else None (and then
    left out of the JSON).
    """

    id: str
    kind: Literal["section", "paragraph", "item", "sentence", "clause"]
    text: str
    span: Span
    page: int | None = Field(default=None, exclude_if=lambda v: v is None)


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


def _is_english(language: str) -> bool:
    return language == "en"


class StatementInfo(_Frozen):
    """A statement's metadata without its tree (used in reports and series)."""

    title: str | None = None
    date: str | None = None
    parties: tuple[str, ...] = ()
    source: str | None = None
    format: Literal["text", "html", "pdf"] = "text"
    language: Literal["en", "ja", "ko"] = Field(default="en", exclude_if=_is_english)
    """The language the statement is written in (detected from the script, or given); left
    out of JSON when English, so English reports read as they always have."""


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
            language=self.language,
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
            NodeNotFoundError: No node has this id (a ``KeyError`` and a ``ValueError``).

        Examples:
            >>> s = Statement(text="x")
            >>> try:
            ...     s.node("p9.s9")
            ... except KeyError as exc:
            ...     print(exc)
            no node 'p9.s9' in this statement; see Statement.nodes() for its ids
        """
        found: Node | None = self._node_index.get(id) if isinstance(id, str) else None
        if found is None:
            raise NodeNotFoundError(_not_found(id, self._node_index), id=id)
        return found

    @cached_property
    def _node_index(self) -> dict[str, Node]:
        # functools.cached_property stores the index beside the fields; pydantic's __eq__,
        # __hash__ and serialization look at the fields only, so it changes none of them.
        return {n.id: n for n in self.nodes()}

    def model_copy(
        self, *, update: Mapping[str, Any] | None = None, deep: bool = False
    ) -> Statement:
        """A copy of the statement (see :meth:`pydantic.BaseModel.model_copy`).

        The node index built by :meth:`node` is not carried over when ``update`` is given,
        so a copy with other sections never answers from the old tree.
        """
        copied = super().model_copy(update=update, deep=deep)
        if update:
            with suppress(AttributeError):  # never built, nothing to forget
                del copied._node_index
        return copied

    def to_json(self, *, indent: int | None = None) -> str:
        """The statement as deterministic JSON (see :meth:`Diff.to_json` for ``indent``)."""
        return _json(self, indent)


def _not_found(id: object, index: Mapping[str, Node]) -> str:
    if not isinstance(id, str):
        return f"node ids are str (such as 'sec1.p1.s1.c1'), not {type(id).__name__}"
    close = difflib.get_close_matches(id, list(index), n=1, cutoff=0.8)
    hint = f"; did you mean {close[0]!r}?" if close else "; see Statement.nodes() for its ids"
    return f"no node {id!r} in this statement{hint}"


_JSON_CONTROLS = re.compile("[\x7f-\x9f]")
"""DEL and the C1 controls, which JSON may carry raw (C0 controls are always escaped)."""
_JSON_CONTROL_CHARS = tuple(map(chr, range(0x7F, 0xA0)))


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _json(model: BaseModel, indent: object) -> str:
    """``model_dump_json`` with ``indent`` checked and no raw control character in the output.

    JSON text holds non-ASCII characters only inside strings, where an escape means the same
    character, so the output parses to the same model and cannot drive a terminal.
    """
    if indent is not None and (isinstance(indent, bool) or not isinstance(indent, int)):
        raise ReportTypeError(f"indent must be a whole number or None, not {indent!r}")
    if indent is not None and indent < 0:
        raise ReportError(f"indent must be 0 or more (or None), not {indent}")
    text = model.model_dump_json(indent=indent)
    if not any(c in text for c in _JSON_CONTROL_CHARS):  # 4x faster than the regex
        return text
    return _JSON_CONTROLS.sub(_json_escape, text)


# ---------------------------------------------------------------------------
# Comparison results

NO_TOPIC = "(no topic)"
"""The group name :meth:`Diff.one_sided_by_topic` uses for clauses without a topic."""

Relation = Literal["unchanged", "modified", "split", "merged"]
"""What happened to the content of a pair (see ``Pair.relation``; a move is ``Pair.moved``)."""

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
    "scope-added",
    "scope-dropped",
    "phrase-added",
    "phrase-dropped",
]
"""The closed set of change labels (documented in docs/semantics.md)."""

MIRROR_KINDS: Mapping[ChangeKind, ChangeKind] = MappingProxyType(
    {
        "stance-stronger": "stance-weaker",
        "stance-weaker": "stance-stronger",
        "stance-added": "stance-dropped",
        "stance-dropped": "stance-added",
        "entity-added": "entity-dropped",
        "entity-dropped": "entity-added",
        "hedge-added": "hedge-removed",
        "hedge-removed": "hedge-added",
        "scope-added": "scope-dropped",
        "scope-dropped": "scope-added",
        "phrase-added": "phrase-dropped",
        "phrase-dropped": "phrase-added",
    }
)
"""The label a change gets when the two statements swap places; a kind not listed (``stance-same``,
``qualifier-changed``, ``modality-changed`` ...) names no direction and is its own mirror."""


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
        elsewhere: For a name or coded phrase added or dropped on its own: True when the
            other statement still says it outside this pair, so the change is this
            passage's, not the statement's ("Myanmar dropped" from a pair of a text that
            names Myanmar two paragraphs on). Reports say so next to the label.
    """

    kind: ChangeKind
    a_text: str | None = None
    b_text: str | None = None
    a_span: Span | None = None
    b_span: Span | None = None
    detail: str = ""
    elsewhere: bool = False

    def mirrored(self) -> Change:
        """This change as ``compare(b, a)`` reports it: the kind mirrored, the sides swapped.

        Every label is symmetric: ``compare(b, a)`` holds, pair by pair, exactly the
        mirrors of the changes of ``compare(a, b)`` (see :data:`MIRROR_KINDS`). The prose
        ``detail`` is written from A to B and is left empty here; compare mirrors without it.

        Examples:
            >>> back = Change(kind="stance-weaker", a_text="reaffirm", b_text="note").mirrored()
            >>> back.kind, back.a_text, back.b_text
            ('stance-stronger', 'note', 'reaffirm')
        """
        return Change(
            kind=MIRROR_KINDS.get(self.kind, self.kind),
            a_text=self.b_text,
            b_text=self.a_text,
            a_span=self.b_span,
            b_span=self.a_span,
            elsewhere=self.elsewhere,
        )


class Pair(_Frozen):
    """Clauses of A matched with clauses of B.

    Two independent facts describe a pair: ``relation`` says what happened to its content,
    ``moved`` whether its place in the reading order changed. A clause that moved and was
    reworded is ``relation="modified", moved=True``.

    Attributes:
        a: Ids of the A clauses (one, or several adjacent ones for ``merged``).
        b: Ids of the B clauses (one, or several adjacent ones for ``split``).
        relation: ``"unchanged"`` (the same words, whitespace aside), ``"modified"``
            (one clause each side, reworded), ``"split"`` (one A clause became several
            B clauses) or ``"merged"`` (several A clauses became one B clause).
        similarity: Alignment score in [0, 1], rounded to 4 decimals.
        a_span: The source slice of A the pair covers (first clause start to last clause end).
        b_span: The same for B.
        ops: Word operations; equal+delete texts join to ``A.text[a_span]``,
            equal+insert texts to ``B.text[b_span]``.
        changes: Change labels, in text order.
        topics: Union of the clauses' topics, sorted.
        moved: True when B has the pair elsewhere in its order than A (out of the
            longest in-order chain of pairs), whatever its relation.
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

    @classmethod
    def of_clauses(
        cls,
        xs: Sequence[Clause],
        ys: Sequence[Clause],
        *,
        similarity: float,
        moved: bool,
        ops: tuple[WordOp, ...],
        same: bool,
        changes: tuple[Change, ...] = (),
    ) -> Pair:
        """The pair of clauses ``xs`` of A and ``ys`` of B (each adjacent, in order).

        The relation follows from them: ``merged`` for several A clauses, ``split`` for
        several B clauses, else ``unchanged`` when ``same`` and ``modified`` otherwise; the
        spans run from the first clause's start to the last one's end.
        """
        relation: Relation = (
            "merged" if len(xs) > 1 else "split" if len(ys) > 1 else
            "unchanged" if same else "modified"
        )  # fmt: skip
        return cls(
            a=tuple(c.id for c in xs),
            b=tuple(c.id for c in ys),
            relation=relation,
            similarity=round(similarity, 4),
            a_span=Span(start=xs[0].span.start, end=xs[-1].span.end),
            b_span=Span(start=ys[0].span.start, end=ys[-1].span.end),
            ops=ops,
            changes=changes,
            topics=tuple(sorted({t for c in (*xs, *ys) for t in c.topics})),
            moved=moved,
        )

    @property
    def changed(self) -> bool:
        """False only for a pair with the same words in the same place."""
        return self.relation != "unchanged" or self.moved


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


class Related(_Frozen):
    """Sentences of A and B that make the same point in other words, beyond the pairs.

    The pairs of a :class:`Diff` are one to one, as a revision needs; between two
    different statements a point is often reworded or answered by several sentences.
    A related link ties one sentence of A to one of B (a sentence may have several links,
    and a paired or one-sided clause may be related to others).

    Attributes:
        a: The ids of the clauses of the A sentence, in order.
        b: The ids of the clauses of the B sentence, in order.
        score: How sure the link is, in [0, 1] (rounded to 3 decimals).
        evidence: What ties the two, most telling first ("shared entities: COVAX",
            "semantic similarity 0.62").
    """

    a: tuple[str, ...]
    b: tuple[str, ...]
    score: float
    evidence: tuple[str, ...] = ()


class Counts(_Frozen):
    """What a diff holds, counted.

    ``unchanged + modified + split + merged`` is the number of pairs (each pair has one
    relation). ``moved`` counts the pairs whose place changed, whatever their relation, so
    it overlaps the four: a moved and reworded clause counts in ``modified`` and in ``moved``.

    Attributes:
        unchanged: Pairs with ``relation == "unchanged"`` (moved or not).
        modified: Pairs with ``relation == "modified"`` (moved or not).
        moved: Pairs with ``moved`` set.
        split: Pairs with ``relation == "split"``.
        merged: Pairs with ``relation == "merged"``.
        removed: Clauses of A only (``Diff.only_a``).
        added: Clauses of B only (``Diff.only_b``).
    """

    unchanged: int = 0
    modified: int = 0
    moved: int = 0
    split: int = 0
    merged: int = 0
    removed: int = 0
    added: int = 0

    @classmethod
    def tally(
        cls, pairs: Sequence[Pair], only_a: Sequence[OneSided], only_b: Sequence[OneSided]
    ) -> Counts:
        """Count pairs by relation, moved pairs, and one-sided clauses.

        Examples:
            >>> pair = Pair(a=("c1",), b=("c1",), relation="modified", similarity=0.9,
            ...             a_span=Span(start=0, end=1), b_span=Span(start=0, end=1), moved=True)
            >>> c = Counts.tally([pair], (), ())
            >>> (c.modified, c.moved, c.unchanged)
            (1, 1, 0)
        """
        relations: dict[str, int] = {"unchanged": 0, "modified": 0, "split": 0, "merged": 0}
        for pair in pairs:
            relations[pair.relation] += 1
        return cls(
            **relations,
            moved=sum(1 for pair in pairs if pair.moved),
            removed=len(only_a),
            added=len(only_b),
        )


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


RowKind = Literal["pair", "removed", "added"]
"""What a :class:`Row` holds: an aligned pair, a clause of A only, or a clause of B only."""


FindingKind = Literal[
    "no-longer-named",
    "newly-named",
    "usually-named",
    "commitment-dropped",
    "commitment-added",
    "position-dropped",
    "position-added",
    "pledge-dropped",
    "pledge-added",
    "pledge-changed",
    "stance-shift",
    "framing-change",
    "scope-change",
    "topic-dropped",
    "topic-added",
    "passage-dropped",
    "passage-added",
]
"""The closed set of brief findings (documented in docs/brief.md).

* ``no-longer-named`` / ``newly-named``: an entity named on one side only.
* ``usually-named``: an entity most baseline statements name, absent from both sides.
* ``commitment-dropped`` / ``-added``: a clause found on one side only that binds its
  makers: a modal or commitment phrase ("will", "commit to"), a verb of backing
  ("support", "champion"; ``backing`` in ``[stance]``), or a restating verb that governs
  a binding instrument ("reaffirm UNSC Resolution 2593"; ``[phrases] instruments``).
* ``position-dropped`` / ``-added``: such a clause that gives the makers' view instead:
  condemns, opposes, is concerned, welcomes, praises, stresses, calls on others or says
  something with a verb of saying ("stated that …"); or one that holds a heavy term the
  other statement never says.
* ``pledge-dropped`` / ``-added`` / ``-changed``: a one-sided clause, or a pair, with an
  amount of money, a number or a date; ``-changed`` also for the money both sides pledge
  on one topic, none of it on both sides.
* ``stance-shift``: a pair whose stance is stronger, weaker, hedged or negated.
* ``framing-change``: the same point in other words that matter: an entity in another's
  place, a watched term (``[brief.terms]``) gone or new, an entity spoken of elsewhere.
* ``scope-change``: an entity named on both sides, far more often on one.
* ``topic-dropped`` / ``-added``: a topic discussed on one side only.
* ``passage-dropped`` / ``-added``: other text found on one side only (in revisions).
"""

FINDING_MIRRORS: Mapping[str, str] = MappingProxyType(
    {
        "no-longer-named": "newly-named",
        "newly-named": "no-longer-named",
        "commitment-dropped": "commitment-added",
        "commitment-added": "commitment-dropped",
        "position-dropped": "position-added",
        "position-added": "position-dropped",
        "pledge-dropped": "pledge-added",
        "pledge-added": "pledge-dropped",
        "topic-dropped": "topic-added",
        "topic-added": "topic-dropped",
        "passage-dropped": "passage-added",
        "passage-added": "passage-dropped",
    }
)
"""The kind a finding gets when the two statements swap places (others are their own mirror)."""


class Finding(_Frozen):
    """One entry of a comparison's ranked brief (:attr:`Diff.brief`).

    Attributes:
        kind: One kind of :data:`FindingKind`.
        subject: What the finding is about: entity names, a topic, a term or a clause id.
        summary: One plain-English sentence quoting the words of both sides, with clause ids.
        weight: Centrality of the subject times strength of the change, in [0, 1]
            (weights in ``lexicon/brief.toml``, see docs/brief.md).
        a: The clause ids of A the finding rests on.
        b: The clause ids of B the finding rests on.

    Examples:
        >>> f = Finding(kind="no-longer-named", subject="China", summary="China: …", weight=0.9)
        >>> f.mirrored().kind
        'newly-named'
    """

    kind: FindingKind
    subject: str
    summary: str
    weight: float
    a: tuple[str, ...] = ()
    b: tuple[str, ...] = ()

    def mirrored(self) -> Finding:
        """The kind and clause ids this finding has when the statements swap places."""
        kind = cast(FindingKind, FINDING_MIRRORS.get(self.kind, self.kind))
        return Finding(
            kind=kind, subject=self.subject, summary="", weight=self.weight, a=self.b, b=self.a
        )


class StepBrief(_Frozen):
    """The brief of one step of a series: statement ``a`` against statement ``b``.

    Attributes:
        a: Index of the earlier statement in ``Series.statements``.
        b: Index of the later one (``a + 1`` for a step; the last for the whole thread).
        findings: The findings of ``compare(statements[a], statements[b])``, ranked
            (only those touching the series' topic lens when it has one); their clause
            ids are ids of those two statements.
    """

    a: int
    b: int
    findings: tuple[Finding, ...] = ()


class Row(_Frozen):
    """One row of a diff in reading order (see :meth:`Diff.rows`).

    Attributes:
        kind: ``"pair"`` for an aligned pair, ``"removed"`` for a clause of A
            only, ``"added"`` for a clause of B only.
        pair: The pair (``kind == "pair"`` only).
        one: The one-sided clause (``"removed"`` and ``"added"`` only).
        number: 1-based position in the full reading order (stable when a
            report filters rows out, so anchors stay the same).
    """

    kind: RowKind
    pair: Pair | None = None
    one: OneSided | None = None
    number: int = 0

    @property
    def a_ids(self) -> tuple[str, ...]:
        """A clause ids this row covers."""
        if self.pair is not None:
            return self.pair.a
        return (self.one.id,) if self.one is not None and self.kind == "removed" else ()

    @property
    def b_ids(self) -> tuple[str, ...]:
        """B clause ids this row covers."""
        if self.pair is not None:
            return self.pair.b
        return (self.one.id,) if self.one is not None and self.kind == "added" else ()

    @property
    def topics(self) -> tuple[str, ...]:
        """Topics of the row's clauses, sorted."""
        if self.pair is not None:
            return self.pair.topics
        return self.one.topics if self.one is not None else ()

    @property
    def relation(self) -> str:
        """The pair's relation, or ``"removed"``/``"added"``."""
        return self.pair.relation if self.pair is not None else self.kind

    @property
    def moved(self) -> bool:
        """True for a pair whose place changed (see ``Pair.moved``)."""
        return self.pair is not None and self.pair.moved

    @property
    def changed(self) -> bool:
        """False only for an unchanged pair that was not moved."""
        return self.pair is None or self.pair.changed


def _reading_order(
    pairs: Sequence[Pair], only_a: Sequence[OneSided], only_b: Sequence[OneSided]
) -> tuple[Row, ...]:
    """Interleave pairs, removed and added clauses in reading order (see :meth:`Diff.rows`)."""
    a_rows: list[tuple[int, int, int, RowKind, Pair | None, OneSided | None]] = []
    for index, pair in enumerate(pairs):
        a_rows.append((pair.a_span.start, pair.a_span.end, index, "pair", pair, None))
    offset = len(pairs)
    for index, one in enumerate(only_a):
        a_rows.append((one.span.start, one.span.end, offset + index, "removed", None, one))
    a_rows.sort(key=lambda item: item[:3])

    added = sorted(enumerate(only_b), key=lambda item: (item[1].span.start, item[0]))
    anchored: dict[str | None, list[OneSided]] = {}
    for _, one in added:
        anchored.setdefault(one.after, []).append(one)

    ordered: list[tuple[RowKind, Pair | None, OneSided | None]] = [
        ("added", None, one) for one in anchored.pop(None, [])
    ]
    for *_, kind, held_pair, held_one in a_rows:
        ordered.append((kind, held_pair, held_one))
        a_ids = held_pair.a if held_pair is not None else (held_one.id,) if held_one else ()
        for a_id in a_ids:
            ordered.extend(("added", None, o) for o in anchored.pop(a_id, []))
    for key in sorted(anchored, key=lambda k: min(o.span.start for o in anchored[k])):
        ordered.extend(("added", None, o) for o in anchored[key])  # unknown anchors: last
    return tuple(
        Row(kind=kind, pair=pair, one=one, number=n)
        for n, (kind, pair, one) in enumerate(ordered, 1)
    )


ReportFormat = Literal["text", "markdown", "html", "csv"]
"""The report formats a :class:`Renderer` produces (JSON is the models' own ``to_json``)."""

Matrix = Literal["topics", "entities"]
"""Which coverage matrix of a :class:`Series` a report shows."""


class Renderer(Protocol):
    """What :func:`install_renderer` accepts: ``renderer(obj, format, **options) -> str``."""

    def __call__(self, obj: Diff | Series, format: ReportFormat, /, **options: Any) -> str:
        """Render ``obj`` (a :class:`Diff` or :class:`Series`) as a report in ``format``."""
        ...


_renderer: Renderer | None = None


def install_renderer(renderer: Renderer) -> None:
    """Set the function that ``Diff.to_text`` and the other ``to_*`` reports call.

    The models know no renderer: :mod:`statementdiff.render` installs its
    :func:`~statementdiff.render.render` here when it is imported, and importing
    :mod:`statementdiff` imports it, so the reports always work.

    Args:
        renderer: The report function.
    """
    global _renderer
    _renderer = renderer


def _report(obj: Diff | Series, format: ReportFormat, **options: Any) -> str:
    if _renderer is None:  # only when statementdiff.models is loaded without its package
        raise RuntimeError("no renderer installed; import statementdiff.render first")
    return _renderer(obj, format, **options)


class Diff(_Frozen):
    """The result of :func:`statementdiff.compare`.

    ``pairs`` is in document order of A; ``only_a`` holds removed clauses and
    ``only_b`` added ones. :meth:`rows` interleaves all three in reading order.
    ``related`` links sentences that make the same point in other words, beyond the
    pairs (empty for revisions and when ``compare(..., related=False)``).
    ``brief`` holds every finding of the comparison, most important first (see
    :class:`Finding` and docs/brief.md).
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
    related: tuple[Related, ...] = ()
    brief: tuple[Finding, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when every pair is unchanged and in place, and no clause is one-sided."""
        return not self.only_a and not self.only_b and not any(p.changed for p in self.pairs)

    def rows(self) -> tuple[Row, ...]:
        """Every pair and one-sided clause once, in reading order, numbered from 1.

        ``pairs`` and ``only_a`` both follow A's document order, so they merge by their
        start offsets in A. An added clause (``only_b``) goes right after the row that
        holds the A clause named by its ``after`` (first when ``after`` is None; last,
        in B's order, when ``after`` names no A clause of the diff). Added clauses with
        the same anchor keep B's order. The reports list their rows in this order.

        Returns:
            The rows; ``row.number`` is the position, kept when a report leaves rows out.

        Examples:
            >>> a = Statement(text="x")
            >>> added = OneSided(id="p1.s1.c1", text="x", span=Span(start=0, end=1))
            >>> d = Diff(a=a, b=a, threshold=0.5, only_b=(added,))
            >>> [(r.kind, r.number, r.b_ids) for r in d.rows()]
            [('added', 1, ('p1.s1.c1',))]
        """
        return _reading_order(self.pairs, self.only_a, self.only_b)

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
        """The diff as deterministic JSON (round-trips through ``Diff.model_validate_json``).

        Args:
            indent: Spaces per level, or None for one line.

        Raises:
            ReportTypeError: ``indent`` is not a whole number or None.
            ReportError: ``indent`` is negative.
        """
        return _json(self, indent)

    def to_text(self, *, color: bool = False, only: Literal["changed", "all"] = "changed") -> str:
        """A plain-text report for terminals (see :func:`statementdiff.render.render`)."""
        return _report(self, "text", color=color, only=only)

    def to_markdown(self, *, only: Literal["changed", "all"] = "changed") -> str:
        """A Markdown report (summary table, then pairs with ~~deleted~~ and **inserted** words)."""
        return _report(self, "markdown", only=only)

    def to_html(self, *, only: Literal["changed", "all"] = "all") -> str:
        """A self-contained HTML redline (inline CSS, no external requests)."""
        return _report(self, "html", only=only)

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


class CoverageRow(_Frozen):
    """One row of a series' coverage matrix: a topic or an entity across the statements.

    Attributes:
        name: The topic or the entity's canonical name.
        counts: Per statement (in ``Series.statements`` order): clauses on the topic,
            or mentions of the entity.
        clauses: For a topic, the ids of those clauses per statement; empty for an entity.
    """

    name: str
    counts: tuple[int, ...]
    clauses: tuple[tuple[str, ...], ...] = ()


class Series(_Frozen):
    """The result of :func:`statementdiff.compare_series`.

    Attributes:
        statements: Metadata of the statements, in date order.
        topic: The topic lens, if any.
        threads: Threads in order of first appearance.
        coverage: One row per topic (sorted by name): clauses per statement, and their ids.
        entity_coverage: One row per entity (sorted by name): mentions per statement.
        brief: The brief of the whole thread: the first statement against the last
            (on the topic lens when there is one); None for a single statement or when
            ``compare_series(..., brief=False)``.
        step_briefs: The brief of each step, each statement against the next.
    """

    statements: tuple[StatementInfo, ...]
    topic: str | None = None
    threads: tuple[Thread, ...] = ()
    coverage: tuple[CoverageRow, ...] = ()
    entity_coverage: tuple[CoverageRow, ...] = ()
    brief: StepBrief | None = None
    step_briefs: tuple[StepBrief, ...] = ()

    def coverage_row(self, name: str, *, matrix: Matrix = "topics") -> CoverageRow | None:
        """The coverage row of a topic (or, with ``matrix="entities"``, an entity), if any."""
        rows = self.coverage if matrix == "topics" else self.entity_coverage
        return next((row for row in rows if row.name == name), None)

    def to_json(self, *, indent: int | None = None) -> str:
        """The series as deterministic JSON (round-trips through ``Series.model_validate_json``)."""
        return _json(self, indent)

    def to_text(
        self, *, only: Literal["changed", "all"] = "changed", matrix: Matrix = "topics"
    ) -> str:
        """A plain-text report: statements, a coverage matrix, then each thread's steps."""
        return _report(self, "text", only=only, matrix=matrix)

    def to_markdown(
        self, *, only: Literal["changed", "all"] = "changed", matrix: Matrix = "topics"
    ) -> str:
        """A Markdown report: statements, a coverage table, a timeline table per thread."""
        return _report(self, "markdown", only=only, matrix=matrix)

    def to_html(self, *, only: Literal["changed", "all"] = "all", matrix: Matrix = "topics") -> str:
        """A self-contained HTML page: a coverage heat map and a timeline per thread."""
        return _report(self, "html", only=only, matrix=matrix)

    def to_csv(self, *, matrix: Matrix = "topics", clauses: bool = False) -> str:
        """One coverage matrix as CSV (with ``clauses``, the topic clause ids too)."""
        return _report(self, "csv", matrix=matrix, clauses=clauses)

    def _repr_html_(self) -> str:
        return self.to_html()

    def __str__(self) -> str:
        return self.to_text()
