"""What a change means: stance, entities, qualifiers and topics, driven by data files.

:func:`annotate_statement` fills each clause's ``entities``, ``topics``, ``stance``,
``modality``, ``negated`` and ``parties``; :func:`label_pair` says what the word
changes of an aligned pair mean (the closed set of labels is
:data:`~statementdiff.models.ChangeKind`); :func:`entity_table` and
:func:`topic_table` summarize two statements side by side. The data lives in
``statementdiff/lexicon/*.toml``; :class:`~statementdiff.lexicon.lexicon.Lexicon` loads
your own files on top (see docs/semantics.md).

Examples:
    >>> from statementdiff import parse
    >>> s = parse("We underscore the importance of peace and stability across the Taiwan Strait.")
    >>> clause = next(s.clauses())
    >>> clause.stance.verb, clause.topics, [e.name for e in clause.entities]
    ('underscore', ('taiwan',), ['Taiwan Strait'])
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from statementdiff.errors import UnknownTopicError
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.matchers import Hit
from statementdiff.lexicon.visible import finditer
from statementdiff.models import (
    Block,
    Change,
    Clause,
    EntityMention,
    EntityRow,
    Pair,
    Sentence,
    Span,
    Stance,
    Statement,
    TopicRow,
)
from statementdiff.semantics.actor import parties_of
from statementdiff.semantics.entities import without_appositives
from statementdiff.semantics.labeller import Labeller
from statementdiff.semantics.parties import own_parties
from statementdiff.semantics.voice import GOVERNED_NOUN, other_country_speaks, own_voice

__all__ = [
    "annotate_statement",
    "check_topic",
    "entity_table",
    "label_pair",
    "topic_table",
]


def annotate_statement(statement: Statement, *, lexicon: Lexicon | None = None) -> Statement:
    """Fill in each clause's entities, topics, stance, modality, negation and parties.

    Annotation replaces earlier annotations, so it can be run again with another
    lexicon. The clause tree, ids, texts and spans are kept as they are.

    Args:
        statement: A parsed statement.
        lexicon: The lexicon to use (the built-in one when None).

    Returns:
        A new statement whose clauses carry their annotations.
    """
    lex = lexicon or Lexicon.default()
    text = statement.text
    sections = tuple(
        section.model_copy(
            update={
                "blocks": tuple(_annotate_block(b, text, statement, lex) for b in section.blocks)
            }
        )
        for section in statement.sections
    )
    annotated = statement.model_copy(update={"sections": sections})
    if statement.language != "en":
        return annotated
    return _without_others_modals(annotated, lex)


def _without_others_modals(statement: Statement, lex: Lexicon) -> Statement:
    """The statement less the modals of named countries that are not its parties.

    "We are committed to ensuring that Iran will never develop a nuclear weapon": the
    "will" is Iran's, not the parties' (as the labels read it,
    :func:`~statementdiff.semantics.voice.other_country_speaks`). The parties are known
    only once every clause is annotated (:func:`own_parties`), hence this second pass,
    which reads again only the clauses that name a country that is not a party.
    """
    parties = own_parties(statement, lex)
    if not parties:
        return statement
    text = statement.text

    def mended(clause: Clause) -> Clause:
        if not clause.modality or not any(
            e.kind == "country" and e.name not in parties for e in clause.entities
        ):
            return clause
        start, end = clause.span.start, clause.span.end
        names = [(e.name, e.span.start - start, e.span.end - start) for e in clause.entities]
        piece = text[start:end]
        others = [
            h.key
            for h in finditer(lex.matchers.modality, text, start, end)
            if h.key in clause.modality
            and other_country_speaks(piece, h.start - start, names, parties, lex)
        ]
        if not others:
            return clause
        kept = list(clause.modality)
        for key in others:
            kept.remove(key)
        return clause.model_copy(update={"modality": tuple(kept)})

    def block_of(block: Block) -> Block:
        sentences = tuple(
            s.model_copy(update={"clauses": tuple(mended(c) for c in s.clauses)})
            for s in block.sentences
        )
        return block.model_copy(update={"sentences": sentences})

    sections = tuple(
        section.model_copy(update={"blocks": tuple(block_of(b) for b in section.blocks)})
        for section in statement.sections
    )
    return statement.model_copy(update={"sections": sections})


def _annotate_block(block: Block, text: str, statement: Statement, lex: Lexicon) -> Block:
    sentences = tuple(_annotate_sentence(s, text, statement, lex) for s in block.sentences)
    return block.model_copy(update={"sentences": sentences})


def _annotate_sentence(
    sentence: Sentence, text: str, statement: Statement, lex: Lexicon
) -> Sentence:
    clauses: list[Clause] = []
    inherited: tuple[str, ...] = ()
    for clause in sentence.clauses:
        annotated = _annotate_clause(clause, text, statement, lex, inherited)
        inherited = annotated.parties
        if clauses and clauses[-1].topics:
            annotated = _continued_topics(annotated, clauses[-1].topics, text, lex)
        clauses.append(annotated)
    return sentence.model_copy(update={"clauses": tuple(clauses)})


def _continued_topics(clause: Clause, before: tuple[str, ...], text: str, lex: Lexicon) -> Clause:
    """The clause with the topics it keeps from the clause before it in its sentence.

    A clause that continues its sentence (no subject, entity or topic of its own: "… across
    the Taiwan Strait, and opposed any attempts to change the status quo") keeps those of the
    earlier clause's topics whose ``context`` words it uses; other clauses are returned as
    they are.
    """
    own_subject = clause.actor_span is not None and clause.span.start <= clause.actor_span.start
    if clause.topics or clause.entities or own_subject:
        return clause
    start, end = clause.span.start, clause.span.end
    kept = {
        topic
        for hit in finditer(lex.matchers.context, text, start, end)
        for topic in lex.context_topics(hit.key)
        if topic in before
    }
    if not kept:
        return clause
    return clause.model_copy(update={"topics": tuple(sorted(kept))})


def _annotate_clause(
    clause: Clause, text: str, statement: Statement, lex: Lexicon, inherited: tuple[str, ...]
) -> Clause:
    matchers = lex.matchers
    start, end = clause.span.start, clause.span.end
    entity_hits = without_appositives(list(finditer(matchers.entities, text, start, end)), text)
    topics: set[str] = set()
    for hit in entity_hits:
        topics.update(lex.entity_topics(hit.key))
    for hit in finditer(matchers.terms, text, start, end):
        topics.update(lex.term_topics(hit.key))
    negation_hits = list(finditer(matchers.negation, text, start, end))
    english = statement.language == "en"  # the voice rules read English grammar
    stance_hits = [
        h
        for h in finditer(matchers.stance, text, start, end)
        if not english or own_voice(text, h.start, h.end, start, lex, stance=True)
    ]
    modality_hits = [
        h
        for h in finditer(matchers.modality, text, start, end)
        if not english or own_voice(text, h.start, h.end, start, lex, stance=False)
    ]
    negated = _negated(negation_hits, text, start, end, lex)
    actor = clause.actor_span
    if actor is None and clause.actor:  # inherited: "We reaffirm X and [We] welcome Y"
        written = Span(start=0, end=len(clause.actor))
        mentions = [(h.key, h.start, h.end) for h in finditer(matchers.entities, clause.actor)]
        parties = parties_of(clause.actor, written, mentions, statement.parties, lex)
    elif actor is None:
        parties = inherited
    else:
        mentions = [(h.key, h.start, h.end) for h in entity_hits]
        parties = parties_of(text[actor.start : actor.end], actor, mentions, statement.parties, lex)
    return clause.model_copy(
        update={
            "entities": tuple(
                EntityMention(
                    name=h.key,
                    kind=lex.entities[h.key].kind,
                    text=h.text,
                    span=Span(start=h.start, end=h.end),
                )
                for h in entity_hits
            ),
            "topics": tuple(sorted(topics)),
            "stance": _stance(clause, iter(stance_hits), lex),
            "modality": tuple(h.key for h in modality_hits),
            "negated": negated,
            "parties": parties,
        }
    )


def _negated(negation_hits: Sequence[Hit], text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True when a negation of ``text[start:end]`` stands outside every phrase that hides one.

    The hiding phrases ("not only", "whether or not") are looked for only when the
    clause holds a negation: most hold none.
    """
    if not negation_hits:
        return False
    ignore = [(h.start, h.end) for h in finditer(lex.matchers.negation_ignore, text, start, end)]
    return any(not any(s <= h.start and h.end <= e for s, e in ignore) for h in negation_hits)


def _stance(clause: Clause, hits: Iterator[Hit], lex: Lexicon) -> Stance | None:
    found = list(hits)
    if not found:
        return None
    chosen = found[0]
    if clause.predicate:
        predicate = clause.predicate.lower()
        chosen = next(
            (h for h in found if h.key == predicate or h.text.lower().startswith(predicate)),
            chosen,
        )
    entry = lex.stance[chosen.key]
    if entry.continuity:
        # "reiterated their strong opposition to X": what is said again is an opposition,
        # as strong as before; the verb adds only that it is said again
        governed = next(
            (
                lex.stance[h.key]
                for h in found
                if h.start > chosen.end
                and not lex.stance[h.key].continuity
                and GOVERNED_NOUN.fullmatch(_between(clause, chosen.end, h.start))
            ),
            None,
        )
        if governed is not None:
            return Stance(
                verb=chosen.key,
                text=chosen.text,
                polarity=governed.polarity,
                strength=governed.strength,
                continuity=True,
            )
    return Stance(
        verb=chosen.key,
        text=chosen.text,
        polarity=entry.polarity,
        strength=entry.strength,
        continuity=entry.continuity,
    )


def _between(clause: Clause, start: int, end: int) -> str:
    """The clause's text between two statement offsets."""
    base = clause.span.start
    return clause.text[start - base : end - base]


def label_pair(
    pair: Pair,
    a_clauses: Sequence[Clause],
    b_clauses: Sequence[Clause],
    *,
    lexicon: Lexicon | None = None,
    a_parties: Sequence[str] = (),
    b_parties: Sequence[str] = (),
) -> tuple[Change, ...]:
    """Label what the word changes of an aligned pair mean.

    Args:
        pair: The pair, with its word operations (``pair.ops``) filled in.
        a_clauses: The pair's clauses on side A, annotated, in order.
        b_clauses: The pair's clauses on side B, annotated, in order.
        lexicon: The lexicon to use (the built-in one when None).
        a_parties: The parties of statement A (``Statement.parties``), if known.
        b_parties: The parties of statement B. An actor that stands for all of its own
            statement's parties ("We", "The two leaders", both leaders by name) plays the
            same role on both sides, so it is not an actor change even when the two
            statements are made by different parties.

    Returns:
        Change labels in text order (empty for a pair without word changes).
    """
    labeller = Labeller(lexicon, (a_parties, b_parties))
    return labeller.label(pair, a_clauses, b_clauses)


def entity_table(a: Statement, b: Statement) -> tuple[EntityRow, ...]:
    """Count each entity's mentions on both sides.

    Rows are sorted by total mentions (most first), then by name.

    Args:
        a: Statement A (annotated, as :func:`statementdiff.parse` returns it).
        b: Statement B.

    Returns:
        One row per entity named on either side.
    """
    kinds: dict[str, str] = {}
    spans: dict[str, tuple[list[Span], list[Span]]] = {}
    for index, statement in enumerate((a, b)):
        for clause in statement.clauses():
            for mention in clause.entities:
                kinds.setdefault(mention.name, mention.kind)
                spans.setdefault(mention.name, ([], []))[index].append(mention.span)
    rows = [
        EntityRow(
            name=name,
            kind=kinds[name],
            a_count=len(a_spans),
            b_count=len(b_spans),
            a_spans=tuple(a_spans),
            b_spans=tuple(b_spans),
        )
        for name, (a_spans, b_spans) in spans.items()
    ]
    return tuple(sorted(rows, key=lambda r: (-(r.a_count + r.b_count), r.name)))


def topic_table(a: Statement, b: Statement) -> tuple[TopicRow, ...]:
    """Count each topic's clauses on both sides.

    Rows are sorted by total clauses (most first), then by name.

    Args:
        a: Statement A (annotated).
        b: Statement B.

    Returns:
        One row per topic present on either side.
    """
    found: dict[str, tuple[list[str], list[str]]] = {}
    for index, statement in enumerate((a, b)):
        for clause in statement.clauses():
            for topic in clause.topics:
                found.setdefault(topic, ([], []))[index].append(clause.id)
    rows = [
        TopicRow(
            name=name,
            a_count=len(a_ids),
            b_count=len(b_ids),
            a_clauses=tuple(a_ids),
            b_clauses=tuple(b_ids),
        )
        for name, (a_ids, b_ids) in found.items()
    ]
    return tuple(sorted(rows, key=lambda r: (-(r.a_count + r.b_count), r.name)))


def check_topic(name: str, *, lexicon: Lexicon | None = None) -> None:
    """Raise when no lexicon defines the topic ``name``.

    Args:
        name: A topic name ("taiwan", "south-china-sea").
        lexicon: The lexicon to check against (the built-in one when None).

    Raises:
        UnknownTopicError: The topic is unknown; the message suggests the closest name.

    Examples:
        >>> check_topic("taiwan")
        >>> check_topic("taiwn")
        Traceback (most recent call last):
        ...
        statementdiff.errors.UnknownTopicError: unknown topic 'taiwn'; did you mean 'taiwan'? ...
    """
    lex = lexicon or Lexicon.default()
    if name in lex.topics:
        return
    close = lex.suggest_topic(name) if isinstance(name, str) else None
    hint = f"; did you mean {close!r}?" if close else ""
    raise UnknownTopicError(
        f"unknown topic {name!r}{hint} (run `statementdiff topics` to list the "
        f"{len(lex.topics)} known topics)"
    )
