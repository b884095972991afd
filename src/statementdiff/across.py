"""compare(a, b) across languages: English against Japanese or Korean, or two CJK texts.

:func:`statementdiff.compare` hands over here when the two statements are in different
languages, or either is Japanese or Korean (CJK words are not spaced, so the word-based
aligner cannot read them). Clauses are aligned by meaning
(:mod:`statementdiff.align.crosslingual`), pairs carry no word operations (``ops`` is
empty: there are no shared words to show; reports set the two clauses side by side) and
their labels are translation drift (:mod:`statementdiff.semantics.drift`). Entity and topic
tables are in canonical English names, so they line up across languages. When no sentence
encoder can be loaded, or it fails, clauses are paired by their annotations alone (shared
entities, topics and stance), with a note in ``Diff.notes``.
"""

from __future__ import annotations

from collections.abc import Sequence

from statementdiff.align.aligner import Alignment, Match
from statementdiff.align.crosslingual import align_across
from statementdiff.align.embedding import memo_encoder, unavailable_reason
from statementdiff.brief import build_brief
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Clause, Counts, Diff, Pair, Relation, Span, Statement
from statementdiff.semantics import annotate as semantics
from statementdiff.semantics.drift import drift_changes

__all__ = ["ANNOTATION_OVERLAP", "LANGUAGE_NAMES", "compare_across", "crosses_languages"]

LANGUAGE_NAMES = {"en": "English", "ja": "Japanese", "ko": "Korean"}
"""Language names for notes."""

ANNOTATION_OVERLAP = 0.5
"""Without an encoder: least Jaccard overlap of two clauses' annotations to pair them."""


def crosses_languages(a: Statement, b: Statement) -> bool:
    """True when ``a`` and ``b`` are compared by meaning rather than by words.

    Examples:
        >>> from statementdiff import parse
        >>> crosses_languages(parse("We agree."), parse("我々は一致する。"))
        True
    """
    return a.language != b.language or a.language != "en"


def compare_across(
    a: Statement,
    b: Statement,
    *,
    topic: str | None,
    least: float,
    lexicon: Lexicon | None,
    related: bool | None,
    baseline: Sequence[Statement],
) -> Diff:
    """The :class:`~statementdiff.models.Diff` of two statements compared by meaning.

    Arguments are those of :func:`statementdiff.compare`, checked there.
    """
    from statementdiff.compare import _clauses, _lens, _one_sided

    if lexicon is not None:
        a = semantics.annotate_statement(a, lexicon=lexicon.for_language(a.language))
        b = semantics.annotate_statement(b, lexicon=lexicon.for_language(b.language))
        baseline = tuple(
            semantics.annotate_statement(s, lexicon=lexicon.for_language(s.language))
            for s in baseline
        )
    lex = (lexicon or Lexicon.default()).for_language(
        b.language if a.language == "en" else a.language
    )
    ca, _ = _clauses(a)
    cb, _ = _clauses(b)
    a_sent = _sentence_index(ca)
    b_sent = _sentence_index(cb)
    names = f"A is {LANGUAGE_NAMES[a.language]}, B is {LANGUAGE_NAMES[b.language]}"
    notes: list[str] = []
    encoder = memo_encoder()
    alignment: Alignment | None = None
    if encoder is not None:
        try:
            found = align_across(
                [c.text for c in ca], [c.text for c in cb], a_sent, b_sent, encoder, least=least
            )
        except (ValueError, RuntimeError, MemoryError) as exc:
            notes.append(f"the sentence encoder failed ({type(exc).__name__}: {exc}); {_LEXICAL}")
        else:
            alignment = found.alignment
            how = "in order: one text translates the other" if found.in_order else "in any order"
            notes.append(
                f"{names}: clauses aligned by meaning with the multilingual sentence encoder, "
                f"{how} ({found.chain[0]} of {found.chain[1]} closest sentence pairs in "
                "order); no word diff across languages"
            )
    else:
        notes.append(f"no sentence encoder ({unavailable_reason()}); {_LEXICAL}")
    if alignment is None:
        alignment = align_by_annotations(ca, cb, least)
    by_sentence_a = _sentences(ca)
    by_sentence_b = _sentences(cb)
    pairs = tuple(
        _pair(a, b, ca, cb, m, by_sentence_a, by_sentence_b, lex) for m in alignment.matches
    )
    only_a, only_b = _one_sided(ca, cb, alignment)
    if related:
        notes.append("related links are not looked for across languages")
    if topic is not None:
        pairs, only_a, only_b, lens_notes = _lens(topic, pairs, only_a, only_b, ca, cb)
        notes.extend(lens_notes)
    entities = semantics.entity_table(a, b)
    topics = semantics.topic_table(a, b)
    brief = build_brief(
        a,
        b,
        pairs=pairs,
        only_a=only_a,
        only_b=only_b,
        related=(),
        entities=entities,
        topics=topics,
        lexicon=lexicon,
        baseline=tuple(baseline),
    )
    # a "framing change" reads shared words, which two languages do not have
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
        brief=brief,
    )


_LEXICAL = "clauses paired by their shared entities, topics and stance only (less reliable)"


def _sentence_index(clauses: Sequence[Clause]) -> list[int]:
    index: dict[str, int] = {}
    return [index.setdefault(c.id.rsplit(".", 1)[0], len(index)) for c in clauses]


def _sentences(clauses: Sequence[Clause]) -> dict[str, list[Clause]]:
    found: dict[str, list[Clause]] = {}
    for clause in clauses:
        found.setdefault(clause.id.rsplit(".", 1)[0], []).append(clause)
    return found


def _pair(
    a: Statement,
    b: Statement,
    ca: list[Clause],
    cb: list[Clause],
    m: Match,
    by_sentence_a: dict[str, list[Clause]],
    by_sentence_b: dict[str, list[Clause]],
    lex: Lexicon,
) -> Pair:
    xs = [ca[i] for i in m.a]
    ys = [cb[j] for j in m.b]
    a_ctx = [c for s in dict.fromkeys(x.id.rsplit(".", 1)[0] for x in xs) for c in by_sentence_a[s]]
    b_ctx = [c for s in dict.fromkeys(y.id.rsplit(".", 1)[0] for y in ys) for c in by_sentence_b[s]]
    changes = drift_changes(xs, ys, a_ctx, b_ctx, lex, (a.language, b.language))
    relation: Relation
    if len(xs) > 1:
        relation = "merged"
    elif len(ys) > 1:
        relation = "split"
    else:
        relation = "modified" if changes else "unchanged"
    return Pair(
        a=tuple(c.id for c in xs),
        b=tuple(c.id for c in ys),
        relation=relation,
        similarity=round(m.similarity, 4),
        a_span=Span(start=xs[0].span.start, end=xs[-1].span.end),
        b_span=Span(start=ys[0].span.start, end=ys[-1].span.end),
        changes=changes,
        topics=tuple(sorted({t for c in (*xs, *ys) for t in c.topics})),
        moved=m.moved,
    )


def _signature(clause: Clause) -> frozenset[str]:
    found = {f"entity:{m.name}" for m in clause.entities}
    found |= {f"topic:{t}" for t in clause.topics}
    if clause.stance is not None:
        found.add(f"stance:{clause.stance.verb}")
    return frozenset(found)


def align_by_annotations(ca: Sequence[Clause], cb: Sequence[Clause], least: float) -> Alignment:
    """Pair clauses one to one by the overlap of their annotations (no encoder).

    Args:
        ca: Clauses of A.
        cb: Clauses of B.
        least: A floor for the overlap (``compare``'s ``threshold``).

    Returns:
        The alignment; pairs need an overlap of at least :data:`ANNOTATION_OVERLAP`.
    """
    floor = max(ANNOTATION_OVERLAP, least)
    sa = [_signature(c) for c in ca]
    sb = [_signature(c) for c in cb]
    scored = sorted(
        (
            (-len(x & y) / len(x | y), i, j)
            for i, x in enumerate(sa)
            for j, y in enumerate(sb)
            if x and y and len(x & y) / len(x | y) >= floor
        ),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    matches = []
    for score, i, j in scored:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            matches.append(Match((i,), (j,), round(-score, 4)))
    matches.sort(key=lambda m: m.a[0])
    return Alignment(
        matches=tuple(matches),
        only_a=tuple(i for i in range(len(ca)) if i not in used_a),
        only_b=tuple(j for j in range(len(cb)) if j not in used_b),
    )
