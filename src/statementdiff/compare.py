"""compare(a, b) → Diff: align clauses, diff words, label changes."""

from __future__ import annotations

from collections.abc import Sequence

from statementdiff._defaults import DEFAULT_THRESHOLD as _DEFAULT_THRESHOLD
from statementdiff.across import annotate_across, crosses_languages, pair_across
from statementdiff.align import related as relating
from statementdiff.align.aligner import Aligner, Alignment, Match
from statementdiff.align.embedding import default_encoder
from statementdiff.align.tokens import with_definitions
from statementdiff.brief import build_brief
from statementdiff.errors import CompareTypeError, CompareValueError
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import (
    Clause,
    Counts,
    Diff,
    OneSided,
    Pair,
    Related,
    Span,
    Statement,
)
from statementdiff.semantics import annotate as semantics
from statementdiff.semantics.labeller import Labeller
from statementdiff.semantics.support import unsupported
from statementdiff.whitespace import same_words
from statementdiff.worddiff import word_ops

__all__ = ["DEFAULT_THRESHOLD", "check_threshold", "compare"]

DEFAULT_THRESHOLD = _DEFAULT_THRESHOLD
"""Default similarity below which two clauses are not paired."""


def compare(
    a: Statement,
    b: Statement,
    *,
    topic: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    lexicon: Lexicon | None = None,
    related: bool | None = None,
    baseline: Sequence[Statement] = (),
) -> Diff:
    """Compare two statements clause by clause, wherever each clause stands.

    Clauses are paired across the two statements regardless of order (see
    :mod:`statementdiff.align.aligner`), each pair gets a word diff and change labels,
    and clauses found on one side only are listed in ``only_a``/``only_b``. Statements in
    two languages (English and Japanese or Korean), or in Japanese or Korean, are compared
    by meaning instead (:mod:`statementdiff.across`): no word diff, translation-drift labels.
    ``compare(b, a)`` is the mirror of ``compare(a, b)``.

    Args:
        a: The earlier or reference statement.
        b: The statement to compare with it.
        topic: Keep only pairs and clauses on this topic (on either side).
        threshold: Least similarity in [0, 1] for two clauses to be paired.
        lexicon: Annotate both statements with this lexicon (built-in data plus your
            files, see :meth:`Lexicon.load`), fold its aliases when aligning and label
            changes with it; by default the annotations :func:`~statementdiff.parse` made
            are used. Sentences and clauses are those ``parse`` found: pass the same
            lexicon to ``parse`` for its abbreviations and reporting verbs to count.
        related: Find sentences that make the same point in other words beyond the pairs
            (``Diff.related``). ``None`` (the default) finds them for different
            statements and skips revisions (most clauses of both sides paired almost
            word for word); ``True`` always, ``False`` never.
        baseline: Comparable statements to read absences against: an entity most of
            them name that B (or A) leaves out becomes a finding of ``Diff.brief`` with
            that context ("Xinjiang: named in 4 of 5 comparable statements, not in B").

    Returns:
        The :class:`~statementdiff.models.Diff`.

    Raises:
        CompareTypeError: ``a`` or ``b`` is not a Statement, ``threshold`` is not a
            number, ``topic`` is not a str, ``lexicon`` is not a Lexicon,
            ``related`` is not a bool or None, or ``baseline`` is not a sequence of
            Statements.
        CompareValueError: ``threshold`` is not in [0, 1].
        UnknownTopicError: ``topic`` names no known topic.

    Examples:
        >>> from statementdiff import parse
        >>> a = parse("We welcome peace. We oppose war.")
        >>> b = parse("We strongly oppose war. We welcome peace.")
        >>> d = compare(a, b)
        >>> [(p.relation, p.moved) for p in d.pairs]
        [('unchanged', True), ('modified', False)]
    """
    for side, value in (("a", a), ("b", b)):
        if not isinstance(value, Statement):
            raise CompareTypeError(
                f"compare() needs two Statement objects; {side} is {type(value).__name__} "
                "(parse it first with statementdiff.parse or parse_file)"
            )
    least = check_threshold(threshold)
    if related is not None and not isinstance(related, bool):
        raise CompareTypeError(f"related must be True, False or None, not {related!r}")
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise CompareTypeError(
            f"lexicon must be a Lexicon (see Lexicon.load), not {type(lexicon).__name__}"
        )
    others = _check_baseline(baseline)
    across = crosses_languages(a, b)
    if across:
        a, b, others = annotate_across(a, b, others, lexicon)
    elif lexicon is not None:
        a = semantics.annotate_statement(a, lexicon=lexicon)
        b = semantics.annotate_statement(b, lexicon=lexicon)
        others = tuple(semantics.annotate_statement(s, lexicon=lexicon) for s in others)
    if topic is not None:
        if not isinstance(topic, str):
            raise CompareTypeError(f"topic must be a str, not {type(topic).__name__}")
        semantics.check_topic(topic, lexicon=lexicon)
    ca, ga = _clauses(a)
    cb, gb = _clauses(b)
    links: tuple[Related, ...] = ()
    if across:  # by meaning: no shared words (statementdiff.across)
        alignment, pairs, notes = pair_across(a, b, ca, cb, least=least, lexicon=lexicon)
        if related:
            notes.append("related links are not looked for across languages")
    else:
        alignment, pairs, notes = _by_words(a, b, ca, cb, (ga, gb), least, lexicon)
        if related or (related is None and not _is_revision(alignment.matches, len(ca), len(cb))):
            links, found_notes = _links(a, b, ca, cb, alignment, lexicon or Lexicon.default())
            notes.extend(found_notes)
    only_a, only_b = _one_sided(ca, cb, alignment)
    if topic is not None:
        pairs, only_a, only_b, lens_notes = _lens(topic, pairs, only_a, only_b, ca, cb)
        notes.extend(lens_notes)
        links = _related_on_topic(topic, links, a, b)
    entities = semantics.entity_table(a, b)
    topics = semantics.topic_table(a, b)
    brief = build_brief(
        a,
        b,
        pairs=pairs,
        only_a=only_a,
        only_b=only_b,
        related=links,
        entities=entities,
        topics=topics,
        lexicon=lexicon,
        baseline=others,
    )
    if across:  # a "framing change" reads shared words, which two languages do not have
        brief = tuple(f for f in brief if f.kind != "framing-change")
    return Diff(
        a=a,
        b=b,
        topic=topic,
        threshold=least,
        pairs=pairs,
        only_a=only_a,
        only_b=only_b,
        counts=Counts.tally(pairs, only_a, only_b),
        entities=entities,
        topics=topics,
        notes=tuple(notes),
        related=links,
        brief=brief,
    )


def _by_words(
    a: Statement,
    b: Statement,
    ca: list[Clause],
    cb: list[Clause],
    groups: tuple[list[str], list[str]],
    least: float,
    lexicon: Lexicon | None,
) -> tuple[Alignment, tuple[Pair, ...], list[str]]:
    """Align, word-diff and label two statements in English.

    A short form either statement defines ("... Partnership (SCEP)") and its long name
    are the same words to the aligner on both sides (``align.tokens.with_definitions``);
    the related-links model keeps the plain alias table it was trained with.
    """
    aliases = with_definitions((lexicon or Lexicon.default()).alias_table, (a.text, b.text))
    tokens: dict[str, list[str]] = {}
    alignment = Aligner(threshold=least, aliases=aliases).align(
        [c.text for c in ca],
        [c.text for c in cb],
        a_groups=groups[0],
        b_groups=groups[1],
        token_cache=tokens,
    )
    labeller = Labeller.for_statements((a, b), lexicon=lexicon)
    coarse: list[str] = []  # word diffs too large to show word by word
    loose = _loose_fragments(ca, cb, alignment)
    alone = unsupported(ca, cb, alignment.matches, aliases, tokens)
    pairs = tuple(
        _pair(a, b, ca, cb, m, labeller if k not in loose else None, coarse, acts=k not in alone)
        for k, m in enumerate(alignment.matches)
    )
    notes: list[str] = coarse
    notes.extend(_gate_notes(pairs, loose))
    return alignment, pairs, notes


def _links(
    a: Statement,
    b: Statement,
    ca: list[Clause],
    cb: list[Clause],
    alignment: Alignment,
    lexicon: Lexicon,
) -> tuple[tuple[Related, ...], list[str]]:
    """Related sentence links beyond the aligned pairs, and notes for the reader."""
    ids = [(tuple(ca[i].id for i in m.a), tuple(cb[j].id for j in m.b)) for m in alignment.matches]
    aligned = relating.aligned_sentences(a, b, ids)
    model = relating.RelatedModel.default()
    links: tuple[Related, ...] = ()
    notes: list[str] = []
    n_a, n_b = sum(1 for _ in a.sentences()), sum(1 for _ in b.sentences())
    if len(aligned) < n_a * n_b:  # else every sentence pair is aligned: no link beyond them
        scored, notes = _score(a, b, aligned, model, lexicon)
        if scored is not None:
            links = _related(a, b, scored, aligned, model, lexicon)
    if model.semantic and default_encoder() is None:
        notes.append("related links use the lexical signals only: no sentence encoder is installed")
    return links, notes


def _check_baseline(baseline: object) -> tuple[Statement, ...]:
    """The baseline statements as a tuple; raise when it is not a sequence of Statements."""
    if isinstance(baseline, str | bytes) or not isinstance(baseline, Sequence):
        raise CompareTypeError(
            f"baseline must be a list of Statement objects, not {type(baseline).__name__}"
        )
    for index, value in enumerate(baseline):
        if not isinstance(value, Statement):
            raise CompareTypeError(
                f"baseline[{index}] is {type(value).__name__}, not a Statement "
                "(parse it first with statementdiff.parse or parse_file)"
            )
    return tuple(baseline)


REVISION_SHARE = 0.5
"""A pair of statements is a revision when at least this share of the clauses of each side
is paired with similarity 0.9 or more: related links are then not looked for by default."""


def _is_revision(matches: Sequence[Match], n_a: int, n_b: int) -> bool:
    close = [m for m in matches if round(m.similarity, 4) >= 0.9]
    in_a = sum(len(m.a) for m in close)
    in_b = sum(len(m.b) for m in close)
    return in_a >= REVISION_SHARE * n_a and in_b >= REVISION_SHARE * n_b


def _score(
    a: Statement,
    b: Statement,
    aligned: set[tuple[int, int]],
    model: relating.RelatedModel,
    lexicon: Lexicon,
) -> tuple[relating.Scored | None, list[str]]:
    """Every sentence pair scored by the correspondence model, once per comparison."""
    encoder = default_encoder() if model.semantic else None
    return relating.score_sentences(
        a,
        b,
        aligned,
        model=model,
        encoder=encoder,
        aliases=lexicon.alias_table,
        paraphrases=lexicon.paraphrase_table,
    )


def _gate_notes(pairs: Sequence[Pair], fragments: frozenset[int]) -> list[str]:
    """Say how many changed pairs are shown without labels, and why."""
    n_fragments = sum(1 for k in fragments if pairs[k].relation != "unchanged")
    if not n_fragments:
        return []
    return [
        f"{n_fragments} pair(s) of sentence fragments whose sentences do not correspond "
        "are shown without labels: a clause that continues a sentence means what it "
        "says only with the sentence's subject and verb"
    ]


def _related(
    a: Statement,
    b: Statement,
    scored: relating.Scored,
    aligned: set[tuple[int, int]],
    model: relating.RelatedModel,
    lexicon: Lexicon,
) -> tuple[Related, ...]:
    """Related sentence links beyond the pairs, as clause ids."""
    links = relating.links_of(scored, a, aligned, model=model, aliases=lexicon.alias_table)
    sa, sb = list(a.sentences()), list(b.sentences())
    return tuple(
        Related(
            a=tuple(c.id for c in sa[link.a].clauses),
            b=tuple(c.id for c in sb[link.b].clauses),
            score=link.score,
            evidence=link.evidence,
        )
        for link in links
    )


def _related_on_topic(
    topic: str, links: tuple[Related, ...], a: Statement, b: Statement
) -> tuple[Related, ...]:
    on_a = {c.id for c in a.clauses() if topic in c.topics}
    on_b = {c.id for c in b.clauses() if topic in c.topics}
    return tuple(r for r in links if on_a.intersection(r.a) or on_b.intersection(r.b))


def check_threshold(threshold: object) -> float:
    """Return the similarity threshold as a float; raise when it is not a number in [0, 1].

    :func:`compare` and :func:`~statementdiff.compare_series` both check with this
    function, so both say the same thing.

    Args:
        threshold: The value given for ``threshold``.

    Returns:
        ``float(threshold)``.

    Raises:
        CompareTypeError: ``threshold`` is not an int or a float (a bool is not a number here).
        CompareValueError: ``threshold`` is outside [0, 1] (or NaN).

    Examples:
        >>> check_threshold(1)
        1.0
        >>> check_threshold(1.5)
        Traceback (most recent call last):
        ...
        statementdiff.errors.CompareValueError: threshold must be a number between 0 and 1, not 1.5
    """
    if isinstance(threshold, bool) or not isinstance(threshold, int | float):
        raise CompareTypeError(_THRESHOLD_MESSAGE.format(threshold))
    value = float(threshold)
    if not 0.0 <= value <= 1.0:
        raise CompareValueError(_THRESHOLD_MESSAGE.format(threshold))
    return value


_THRESHOLD_MESSAGE = "threshold must be a number between 0 and 1, not {!r}"


def _clauses(statement: Statement) -> tuple[list[Clause], list[str]]:
    """The clauses in document order, and the id of the block each stands in."""
    clauses: list[Clause] = []
    groups: list[str] = []
    for block in statement.blocks():
        for sentence in block.sentences:
            for clause in sentence.clauses:
                clauses.append(clause)
                groups.append(block.id)
    return clauses, groups


def _pair(
    a: Statement,
    b: Statement,
    ca: list[Clause],
    cb: list[Clause],
    m: Match,
    labeller: Labeller | None,
    coarse: list[str],
    *,
    acts: bool = True,
) -> Pair:
    xs = [ca[i] for i in m.a]
    ys = [cb[j] for j in m.b]
    a_span = Span(start=xs[0].span.start, end=xs[-1].span.end)
    b_span = Span(start=ys[0].span.start, end=ys[-1].span.end)
    a_text = a.text[a_span.start : a_span.end]
    b_text = b.text[b_span.start : b_span.end]
    stretches: list[str] = []
    ops = word_ops(a_text, a_span.start, b_text, b_span.start, stretches)
    ids = f"{'+'.join(c.id for c in xs)} / {'+'.join(c.id for c in ys)}"
    coarse.extend(f"word diff of {ids}: {note}" for note in stretches)
    pair = Pair.of_clauses(
        xs, ys, similarity=m.similarity, moved=m.moved, ops=ops, same=same_words(a_text, b_text)
    )
    if labeller is None or all(op.op == "equal" for op in pair.ops):
        return pair  # no word changes, so no labels (label_pair's contract): skip the work
    changes = labeller.label(pair, xs, ys, acts=acts)
    return pair.model_copy(update={"changes": tuple(changes)}) if changes else pair


def _loose_fragments(ca: list[Clause], cb: list[Clause], alignment: Alignment) -> frozenset[int]:
    """The matches of two sentence fragments whose sentences do not correspond.

    A clause after the first of its sentence ("..., and call for its full implementation")
    leaves its subject and its topic to the sentence's first clause. Two such fragments
    say the same thing only when their sentences do: when the first clauses of the two
    sentences are paired with each other. Otherwise the pair rests on generic words and
    its labels would compare unrelated statements.
    """
    paired = {(ca[i].id, cb[j].id) for m in alignment.matches for i in m.a for j in m.b}
    loose: set[int] = set()
    for k, m in enumerate(alignment.matches):
        xs = [ca[i] for i in m.a]
        ys = [cb[j] for j in m.b]
        if any(_opens_sentence(c) for c in (*xs, *ys)):
            continue
        a_heads = {c.id.rsplit(".", 1)[0] + ".c1" for c in xs}
        b_heads = {c.id.rsplit(".", 1)[0] + ".c1" for c in ys}
        if not any((x, y) in paired for x in a_heads for y in b_heads):
            loose.add(k)
    return frozenset(loose)


def _opens_sentence(clause: Clause) -> bool:
    return clause.id.rsplit(".", 1)[1] == "c1"


def _one_sided(
    ca: list[Clause], cb: list[Clause], alignment: Alignment
) -> tuple[tuple[OneSided, ...], tuple[OneSided, ...]]:
    """Clauses left on one side, each with the clause of the other side it would follow."""
    a_to_b: dict[int, int] = {}
    b_to_a: dict[int, int] = {}
    for m in alignment.matches:
        if m.moved:
            continue
        for i in m.a:
            a_to_b[i] = m.b[-1]
        for j in m.b:
            b_to_a[j] = m.a[-1]

    def one_sided(
        mine: list[Clause], left: Sequence[int], partner: dict[int, int], other: list[Clause]
    ) -> tuple[OneSided, ...]:
        # the partner of the nearest paired clause before each clause, in one pass
        last: str | None = None
        follows: list[str | None] = []
        for k in range(len(mine)):
            follows.append(last)
            if k in partner:
                last = other[partner[k]].id
        return tuple(
            OneSided(
                id=mine[k].id,
                text=mine[k].text,
                span=mine[k].span,
                topics=mine[k].topics,
                after=follows[k],
            )
            for k in left
        )

    only_a = one_sided(ca, alignment.only_a, a_to_b, cb)
    only_b = one_sided(cb, alignment.only_b, b_to_a, ca)
    return only_a, only_b


def _lens(
    topic: str,
    pairs: Sequence[Pair],
    only_a: Sequence[OneSided],
    only_b: Sequence[OneSided],
    ca: list[Clause],
    cb: list[Clause],
) -> tuple[tuple[Pair, ...], tuple[OneSided, ...], tuple[OneSided, ...], list[str]]:
    """Keep what touches ``topic`` on either side; note a side that never mentions it."""
    notes = []
    in_a = any(topic in c.topics for c in ca)
    in_b = any(topic in c.topics for c in cb)
    if not in_a and not in_b:
        notes.append(f"topic {topic!r} is not mentioned in either statement")
    elif not in_a:
        notes.append(f"topic {topic!r} is not mentioned in statement A")
    elif not in_b:
        notes.append(f"topic {topic!r} is not mentioned in statement B")
    return (
        tuple(p for p in pairs if topic in p.topics),
        tuple(o for o in only_a if topic in o.topics),
        tuple(o for o in only_b if topic in o.topics),
        notes,
    )
