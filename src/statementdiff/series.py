"""compare_series(statements) → Series: follow commitments and topics across many statements."""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterable, Sequence

from statementdiff.align.aligner import Aligner
from statementdiff.align.threads import Matcher, RepMatch, ThreadDraft, block_ids, build_threads
from statementdiff.align.tokens import with_definitions
from statementdiff.brief.series import series_briefs
from statementdiff.compare import DEFAULT_THRESHOLD, check_threshold, compare
from statementdiff.errors import CompareTypeError, CompareValueError
from statementdiff.lexicon.aliases import AliasTable
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import (
    Clause,
    CoverageRow,
    Pair,
    Series,
    Span,
    Statement,
    Thread,
    ThreadStep,
)
from statementdiff.semantics.annotate import annotate_statement, check_topic
from statementdiff.semantics.labeller import Labeller
from statementdiff.whitespace import same_words
from statementdiff.worddiff import word_ops

__all__ = ["Progress", "compare_series", "ordered"]

Progress = Callable[[int, int], None]
"""A progress callback: ``progress(done, total)``."""


def compare_series(
    statements: Iterable[Statement],
    *,
    topic: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Progress | None = None,
    lexicon: Lexicon | None = None,
    brief: bool = True,
) -> Series:
    """Follow every commitment (thread) and topic across a series of statements.

    The statements are put in date order when every one has a date (statements of the same
    day by title, then source: see :func:`ordered`); otherwise the given order is kept.
    Each statement is aligned against the latest clauses of the threads seen so far, with the
    same alignment as :func:`statementdiff.compare`, so the cost grows about linearly with the
    number of statements.

    Args:
        statements: Two or more parsed statements (one is allowed: every thread is then new).
        topic: A topic lens: keep only the threads that touch this topic. Coverage
            matrices always cover every topic and entity.
        threshold: Similarity below which two clauses are not the same commitment.
        progress: Called as ``progress(done, total)`` after each statement is aligned
            (the command line draws its progress bar with it).
        lexicon: Annotate the statements with this lexicon, fold its aliases when aligning
            and label changes with it, as :func:`statementdiff.compare` does; by default
            the annotations :func:`~statementdiff.parse` made are used.
        brief: Rank what changed at each step (each statement against the next) and over
            the whole thread (the first against the last), as :attr:`Diff.brief` does;
            False leaves ``Series.brief`` and ``Series.step_briefs`` empty and saves a
            :func:`~statementdiff.compare` per step.

    Returns:
        The :class:`Series`: statement metadata, threads with one step per statement,
        topic coverage (counts and clause ids), entity coverage and the briefs.

    Raises:
        CompareTypeError: ``statements`` is not an iterable of Statements, ``threshold``
            is not a number, ``topic`` is not a str, ``progress`` is not callable or
            ``brief`` is not a bool.
        CompareValueError: ``statements`` is empty or ``threshold`` is not in [0, 1].
        UnknownTopicError: ``topic`` names no known topic.

    Examples:
        >>> from statementdiff import parse
        >>> a = parse("We reaffirm our commitment to peace.", date="2021-01-01")
        >>> s = compare_series([a, a])
        >>> [step.status for step in s.threads[0].steps]
        ['new', 'unchanged']
    """
    items = ordered(_check(statements, progress))
    value = check_threshold(threshold)
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise CompareTypeError(
            f"lexicon must be a Lexicon (see Lexicon.load), not {type(lexicon).__name__}"
        )
    # one token cache for the whole series: the representatives are aligned again with
    # every statement, and each text is tokenized once (same aliases throughout)
    tokens: dict[str, list[str]] = {}
    if lexicon is not None:
        items = [annotate_statement(s, lexicon=lexicon) for s in items]
    # the names any statement defines ("... Partnership (SCEP)") read as their long names,
    # as compare reads them between two statements
    aliases = with_definitions((lexicon or Lexicon.default()).alias_table, [s.text for s in items])
    match: Matcher = functools.partial(_align_reps, aliases=aliases, token_cache=tokens)
    if topic is not None:
        if not isinstance(topic, str):
            raise CompareTypeError(f"topic must be a str, not {type(topic).__name__}")
        check_topic(topic, lexicon=lexicon)
    if not isinstance(brief, bool):
        raise CompareTypeError(f"brief must be a bool, not {type(brief).__name__}")
    series = _build(items, match, topic=topic, threshold=value, progress=progress, lexicon=lexicon)
    if not brief:
        return series
    comparer = functools.partial(compare, topic=topic, threshold=value, lexicon=lexicon)
    whole, steps = series_briefs(items, comparer, topic)
    return series.model_copy(update={"brief": whole, "step_briefs": steps})


def _align_reps(
    reps: Sequence[Clause],
    rep_groups: Sequence[Hashable],
    statement: Statement,
    threshold: float,
    *,
    aliases: AliasTable | None = None,
    token_cache: dict[str, list[str]] | None = None,
) -> list[RepMatch]:
    """The :data:`~statementdiff.align.threads.Matcher` of a series: :func:`compare`'s aligner.

    The representatives come from different statements; each keeps its own paragraph as its
    group (labelled with the statement it comes from), so the paragraph-first pass of the
    aligner works as it does between two real statements. ``aliases`` are the names folded
    before comparing (the built-in lexicon's when None); ``token_cache`` keeps each text's
    alignment tokens from one call to the next.
    """
    blocks = block_ids(statement)
    clauses = list(statement.clauses())
    alignment = Aligner(threshold=threshold, aliases=aliases).align(
        [c.text for c in reps],
        [c.text for c in clauses],
        a_groups=list(rep_groups),
        b_groups=[blocks[c.id] for c in clauses],
        token_cache=token_cache,
    )
    return [(m.a, m.b, m.similarity) for m in alignment.matches]


def _build(
    items: Sequence[Statement],
    match: Matcher,
    *,
    topic: str | None,
    threshold: float,
    progress: Progress | None = None,
    lexicon: Lexicon | None = None,
) -> Series:
    drafts = build_threads(items, match, threshold, progress)
    # Steps are frozen, so every thread shares one "absent" and one "dropped" step per index:
    # the steps matrix (threads x statements) then costs a pointer per cell, not an object.
    shared = {
        status: tuple(ThreadStep(index=k, status=status) for k in range(len(items)))
        for status in ("absent", "dropped")
    }
    labeller = Labeller.for_statements(items, lexicon=lexicon)
    threads = tuple(_finish(d, items, shared, labeller) for d in drafts)
    if topic is not None:
        threads = tuple(t for t in threads if topic in t.topics)
    return Series(
        statements=tuple(s.info for s in items),
        topic=topic,
        threads=threads,
        coverage=_topic_coverage(items),
        entity_coverage=_entity_coverage(items),
    )


def ordered(statements: Sequence[Statement]) -> list[Statement]:
    """Return the statements in a total order when all have dates, else in the given order.

    Dated statements are sorted by date, then title, then source (the input's file name or
    URL), then text and parties, so that statements of the same day come out in the same
    order whatever order they were given in. When any statement has no date, the given order
    is kept: it is the only order the caller has stated.

    Args:
        statements: The statements.

    Returns:
        A new list.

    Examples:
        >>> from statementdiff import parse
        >>> b = parse("We agree.", date="2024-01-01", title="B")
        >>> a = parse("We agree.", date="2024-01-01", title="A")
        >>> [s.title for s in ordered([b, a])] == [s.title for s in ordered([a, b])] == ["A", "B"]
        True
    """
    if statements and all(s.date for s in statements):
        return sorted(statements, key=_order_key)
    return list(statements)


def _order_key(s: Statement) -> tuple[str, str, str, str, tuple[str, ...]]:
    return (s.date or "", s.title or "", s.source or "", s.text, s.parties)


def _check(statements: Iterable[Statement], progress: Progress | None) -> list[Statement]:
    if isinstance(statements, Statement | str | bytes) or not isinstance(statements, Iterable):
        raise CompareTypeError(
            "compare_series() takes a sequence of Statement objects, not a single "
            f"{type(statements).__name__}; pass a list such as [a, b, c]"
        )
    items = list(statements)
    if not items:
        raise CompareValueError(
            "compare_series() needs at least one statement; got an empty sequence"
        )
    for k, item in enumerate(items):
        if not isinstance(item, Statement):
            raise CompareTypeError(
                f"compare_series() needs Statement objects; item {k} is {type(item).__name__} "
                "(parse it first with statementdiff.parse or parse_file)"
            )
    if progress is not None and not callable(progress):
        raise CompareTypeError(
            f"progress must be a callable progress(done, total), not {type(progress).__name__}"
        )
    return items


def _finish(
    draft: ThreadDraft,
    statements: Sequence[Statement],
    shared: dict[str, tuple[ThreadStep, ...]],
    labeller: Labeller,
) -> Thread:
    steps: list[ThreadStep] = []
    previous: int | None = None
    last = draft.last
    absent, dropped = shared["absent"], shared["dropped"]
    # the statements without the thread are runs of shared steps: filled by slices, so a
    # thread costs its appearances in Python, not one loop turn per statement
    for index in sorted(draft.appearances):
        steps.extend(absent[len(steps) : index])
        steps.append(_step(index, draft.appearances[index], previous, draft, statements, labeller))
        previous = index
    if last + 1 < len(statements):
        steps.append(dropped[last + 1])
    steps.extend(absent[len(steps) :])
    topics = sorted(
        {t for clauses in draft.appearances.values() for c in clauses for t in c.topics}
    )
    first = draft.appearances[draft.first][0]
    return Thread(id=f"s{draft.first}:{first.id}", topics=tuple(topics), steps=tuple(steps))


def _step(
    index: int,
    clauses: tuple[Clause, ...],
    previous: int | None,
    draft: ThreadDraft,
    statements: Sequence[Statement],
    labeller: Labeller,
) -> ThreadStep:
    ids = tuple(c.id for c in clauses)
    b_span = _cover(clauses)
    text = statements[index].text[b_span.start : b_span.end]
    if previous is None:
        return ThreadStep(index=index, clauses=ids, status="new", text=text)
    before = draft.appearances[previous]
    a_span = _cover(before)
    a_text = statements[previous].text[a_span.start : a_span.end]
    if same_words(a_text, text):
        return ThreadStep(index=index, clauses=ids, status="unchanged", text=text)
    ops = word_ops(a_text, a_span.start, text, b_span.start)
    pair = Pair(
        a=tuple(c.id for c in before),
        b=ids,
        relation="modified",
        similarity=round(draft.similarity.get(index, 0.0), 4),
        a_span=a_span,
        b_span=b_span,
        ops=ops,
        topics=tuple(sorted({t for c in (*before, *clauses) for t in c.topics})),
    )
    changes = labeller.label(pair, before, clauses, sides=(previous, index))
    return ThreadStep(
        index=index, clauses=ids, status="modified", text=text, ops=ops, changes=changes
    )


def _cover(clauses: Sequence[Clause]) -> Span:
    return Span(start=min(c.span.start for c in clauses), end=max(c.span.end for c in clauses))


def _topic_coverage(statements: Sequence[Statement]) -> tuple[CoverageRow, ...]:
    found: dict[str, list[list[str]]] = {}
    for index, statement in enumerate(statements):
        for clause in statement.clauses():
            for name in clause.topics:
                row = found.setdefault(name, [[] for _ in statements])
                row[index].append(clause.id)
    return tuple(
        CoverageRow(
            name=name,
            counts=tuple(len(ids) for ids in found[name]),
            clauses=tuple(tuple(ids) for ids in found[name]),
        )
        for name in sorted(found)
    )


def _entity_coverage(statements: Sequence[Statement]) -> tuple[CoverageRow, ...]:
    found: dict[str, list[int]] = {}
    for index, statement in enumerate(statements):
        for clause in statement.clauses():
            for mention in clause.entities:
                found.setdefault(mention.name, [0] * len(statements))[index] += 1
    return tuple(CoverageRow(name=name, counts=tuple(found[name])) for name in sorted(found))
