"""compare(a, b) across languages: English against Japanese or Korean, or two CJK texts.

:func:`statementdiff.compare` pairs clauses here when the two statements are in different
languages, or either is Japanese or Korean (CJK words are not spaced, so the word-based
aligner cannot read them). Clauses are aligned by meaning
(:mod:`statementdiff.align.crosslingual`), pairs carry no word diff: their ``ops`` are one
replacement, A's text deleted and B's inserted, so that they still spell out both sides
(reports set the two clauses side by side, unmarked), and
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
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Clause, Pair, Span, Statement, WordOp
from statementdiff.semantics import annotate as semantics
from statementdiff.semantics.drift import drift_changes

__all__ = [
    "ANNOTATION_OVERLAP",
    "LANGUAGE_NAMES",
    "align_by_annotations",
    "annotate_across",
    "crosses_languages",
    "pair_across",
]

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


def annotate_across(
    a: Statement, b: Statement, baseline: Sequence[Statement], lexicon: Lexicon | None
) -> tuple[Statement, Statement, tuple[Statement, ...]]:
    """Re-annotate with ``lexicon`` layered for each statement's language (as given when None).

    Args:
        a: Statement A.
        b: Statement B.
        baseline: The baseline statements.
        lexicon: The lexicon given to ``compare``, or None.

    Returns:
        ``a``, ``b`` and the baseline, annotated.
    """
    if lexicon is None:
        return a, b, tuple(baseline)

    def again(s: Statement) -> Statement:
        return semantics.annotate_statement(s, lexicon=lexicon.for_language(s.language))

    return again(a), again(b), tuple(again(s) for s in baseline)


def pair_across(
    a: Statement,
    b: Statement,
    ca: list[Clause],
    cb: list[Clause],
    *,
    least: float,
    lexicon: Lexicon | None,
) -> tuple[Alignment, tuple[Pair, ...], list[str]]:
    """Align two statements' clauses by meaning and label their translation drift.

    Args:
        a: Statement A (annotated for its language).
        b: Statement B.
        ca: A's clauses in document order.
        cb: B's clauses.
        least: ``compare``'s threshold, a floor for the cosines.
        lexicon: The lexicon given to ``compare``, or None (the built-in one).

    Returns:
        The alignment, the pairs with their drift labels, and notes on how they were made.
    """
    lex = (lexicon or Lexicon.default()).for_language(
        b.language if a.language == "en" else a.language
    )
    names = f"A is {LANGUAGE_NAMES[a.language]}, B is {LANGUAGE_NAMES[b.language]}"
    notes: list[str] = []
    encoder = memo_encoder()
    alignment: Alignment | None = None
    if encoder is not None:
        try:
            found = align_across(
                [c.text for c in ca],
                [c.text for c in cb],
                _sentence_index(ca),
                _sentence_index(cb),
                encoder,
                least=least,
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
    by_a, by_b = _sentences(ca), _sentences(cb)
    pairs = tuple(_pair(a, b, ca, cb, m, by_a, by_b, lex) for m in alignment.matches)
    return alignment, pairs, notes


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
    a_span = Span(start=xs[0].span.start, end=xs[-1].span.end)
    b_span = Span(start=ys[0].span.start, end=ys[-1].span.end)
    ops = (
        WordOp(op="delete", text=a.text[a_span.start : a_span.end], a=a_span),
        WordOp(op="insert", text=b.text[b_span.start : b_span.end], b=b_span),
    )
    return Pair.of_clauses(
        xs, ys, similarity=m.similarity, moved=m.moved, ops=ops, same=not changes,
        changes=changes,
    )  # fmt: skip


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
