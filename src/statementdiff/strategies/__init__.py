"""Hypothesis strategies for generated statements and edits with known answers.

Use them to test your own pipeline against statementdiff's guarantees::

    from hypothesis import given
    from statementdiff import compare
    from statementdiff.strategies import edited_pairs

    @given(edited_pairs(edits=("reorder", "reword"), max_edits=2))
    def test_alignment_recovers_edits(case):
        a, b, truth = case
        precision, recall = truth.score(compare(a, b))
        assert recall > 0.5

Statements are built from a small vocabulary of diplomatic phrases written for
this module (subjects, stance verbs with synonyms, commitments with place and
country slots). Needs hypothesis: ``pip install "statementdiff[strategies]"``.

A bad argument (a wrong value or type) raises :class:`StrategyArgumentError` when the
strategy is built. It is hypothesis' own ``InvalidArgument``, which is what hypothesis users
expect from a strategy's arguments and what ``st.integers(5, 1)`` raises, and also a
:class:`~statementdiff.errors.StatementDiffError` and a ``ValueError`` (as these errors
were before), so ``except InvalidArgument``, ``except StatementDiffError`` and
``except ValueError`` all catch it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as exc:  # pragma: no cover - exercised only without hypothesis
    raise ImportError(
        "statementdiff.strategies needs hypothesis; "
        'install it with: pip install "statementdiff[strategies]"'
    ) from exc

from statementdiff.errors import StatementDiffError
from statementdiff.models import Diff, Statement
from statementdiff.parse import parse
from statementdiff.strategies._vocabulary import ADVERBS as _ADVERBS
from statementdiff.strategies._vocabulary import COUNTRIES as _COUNTRIES
from statementdiff.strategies._vocabulary import OBJECTS as _OBJECTS
from statementdiff.strategies._vocabulary import PLACES as _PLACES
from statementdiff.strategies._vocabulary import VERBS as _VERBS
from statementdiff.strategies._vocabulary import Doc as _Doc
from statementdiff.strategies._vocabulary import Pred as _Pred
from statementdiff.strategies._vocabulary import Unit as _Unit

__all__ = [
    "EDIT_KINDS",
    "EditKind",
    "EditTruth",
    "StrategyArgumentError",
    "clause_texts",
    "edited_pairs",
    "statement_texts",
    "statements",
]

EditKind = Literal["reorder", "insert", "delete", "reword", "split", "merge", "entity"]
"""The kinds of edit :func:`edited_pairs` can apply."""

EDIT_KINDS: tuple[EditKind, ...] = (
    "reorder",
    "insert",
    "delete",
    "reword",
    "split",
    "merge",
    "entity",
)
"""All edit kinds, the default of :func:`edited_pairs`."""

# ---------------------------------------------------------------------------
# Drawing documents


@st.composite
def _preds(draw: Any, objects: Sequence[int]) -> tuple[_Pred, ...]:
    return tuple(
        _Pred(
            verb=draw(st.integers(0, len(_VERBS) - 1)),
            form=draw(st.integers(0, 2)),
            obj=obj,
            place=draw(st.integers(0, len(_PLACES) - 1)),
            country=draw(st.integers(0, len(_COUNTRIES) - 1)),
        )
        for obj in objects
    )


@st.composite
def _docs(draw: Any, min_paragraphs: int, max_paragraphs: int, max_sentences: int) -> _Doc:
    shape = draw(
        st.lists(
            st.lists(st.integers(1, 2), min_size=1, max_size=max_sentences),
            min_size=min_paragraphs,
            max_size=max_paragraphs,
        )
    )
    need = sum(n for para in shape for n in para)
    if need > len(_OBJECTS):
        raise StrategyArgumentError(
            f"at most {len(_OBJECTS)} clauses can be generated; lower the sizes"
        )
    objects = draw(st.permutations(range(len(_OBJECTS))))
    doc = _Doc(paragraphs=[])
    k = 0
    for para in shape:
        units = []
        for n in para:
            preds = draw(_preds(objects[k : k + n]))
            k += n
            units.append(_Unit(uid=doc.next_uid, subject=draw(st.integers(0, 2)), preds=preds))
            doc.next_uid += 1
        doc.paragraphs.append(units)
    return doc


class StrategyArgumentError(InvalidArgument, StatementDiffError, ValueError):
    """A strategy was given a bad argument (see the module docstring for why this class).

    Examples:
        >>> try:
        ...     statement_texts(min_paragraphs=0)
        ... except InvalidArgument as exc:
        ...     print(exc)
        need 1 <= min_paragraphs <= max_paragraphs, not min_paragraphs=0, max_paragraphs=5
    """


def _check_ints(**values: object) -> None:
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise StrategyArgumentError(f"{name} must be an int, not {value!r:.80}")


def _check_sizes(min_paragraphs: int, max_paragraphs: int, max_sentences: int) -> None:
    _check_ints(
        min_paragraphs=min_paragraphs, max_paragraphs=max_paragraphs, max_sentences=max_sentences
    )
    if not 1 <= min_paragraphs <= max_paragraphs:
        raise StrategyArgumentError(
            "need 1 <= min_paragraphs <= max_paragraphs, not "
            f"min_paragraphs={min_paragraphs}, max_paragraphs={max_paragraphs}"
        )
    if max_sentences < 1 or max_paragraphs * max_sentences * 2 > len(_OBJECTS) - 6:
        raise StrategyArgumentError(
            f"max_paragraphs * max_sentences must stay under {(len(_OBJECTS) - 6) // 2} "
            "(the vocabulary has a fixed number of distinct commitments)"
        )


def clause_texts() -> st.SearchStrategy[str]:
    """Generate one sentence of diplomatic prose: a subject and one or two commitments.

    >>> isinstance(clause_texts().example(), str)  # doctest: +SKIP
    True
    """
    return _docs(1, 1, 1).map(lambda d: d.paragraphs[0][0].render())


def statement_texts(
    *,
    format: Literal["text", "html"] = "text",
    min_paragraphs: int = 1,
    max_paragraphs: int = 5,
    max_sentences: int = 3,
) -> st.SearchStrategy[str]:
    """Generate the text of a statement: paragraphs of generated sentences.

    Args:
        format: ``"text"`` (paragraphs separated by blank lines) or ``"html"``
            (``<p>`` elements under a heading, text escaped).
        min_paragraphs: Fewest paragraphs.
        max_paragraphs: Most paragraphs.
        max_sentences: Most sentences per paragraph.

    Raises:
        StrategyArgumentError: An argument has a bad value or type.
    """
    if not isinstance(format, str) or format not in ("text", "html"):
        raise StrategyArgumentError(f"format must be 'text' or 'html', not {format!r:.80}")
    _check_sizes(min_paragraphs, max_paragraphs, max_sentences)
    return _docs(min_paragraphs, max_paragraphs, max_sentences).map(lambda d: d.render(format)[0])


def statements(
    *,
    format: Literal["text", "html"] = "text",
    min_paragraphs: int = 1,
    max_paragraphs: int = 5,
    max_sentences: int = 3,
) -> st.SearchStrategy[Statement]:
    """Generate parsed :class:`~statementdiff.models.Statement` objects.

    Takes the options of :func:`statement_texts`.
    """
    return statement_texts(
        format=format,
        min_paragraphs=min_paragraphs,
        max_paragraphs=max_paragraphs,
        max_sentences=max_sentences,
    ).map(lambda text: parse(text, format=format))


# ---------------------------------------------------------------------------
# Edits with known answers


@dataclass(frozen=True)
class EditTruth:
    """The known alignment between the two statements of an edited pair.

    Attributes:
        pairs: True groups: A clause ids matched with B clause ids (a sentence split
            in two or merged from two gives one group).
        moved: A clause ids whose paragraph was moved.
        only_a: A clause ids that were deleted.
        only_b: B clause ids that were inserted.
        edits: The edits applied, in order ("reorder p3->p1", "reword u4", ...).
    """

    pairs: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    moved: tuple[str, ...]
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    edits: tuple[str, ...]

    def links(self) -> frozenset[tuple[str, str]]:
        """Every (A clause id, B clause id) link the truth allows."""
        return frozenset((x, y) for xs, ys in self.pairs for x in xs for y in ys)

    def score(self, diff: Diff) -> tuple[float, float]:
        """Pair precision and recall of a diff against this truth.

        Precision is the share of the diff's clause links (every A clause of a pair
        with every B clause of it) that the truth allows; recall is the share of
        clauses in true groups that the diff links inside their group.
        """
        allowed = self.links()
        predicted = {(x, y) for p in diff.pairs for x in p.a for y in p.b}
        good = predicted & allowed
        precision = len(good) / len(predicted) if predicted else 1.0
        linked_a = {x for x, _ in good}
        linked_b = {y for _, y in good}
        total = sum(len(xs) + len(ys) for xs, ys in self.pairs)
        hit = sum(
            sum(x in linked_a for x in xs) + sum(y in linked_b for y in ys) for xs, ys in self.pairs
        )
        return precision, (hit / total if total else 1.0)


def _apply(draw: Any, doc: _Doc, kind: EditKind) -> bool:
    """Apply one edit in place; False when it does not apply to this document."""
    paras = doc.paragraphs
    flat = [(k, n) for k, p in enumerate(paras) for n in range(len(p))]
    if kind == "reorder":
        if len(paras) < 3:
            return False
        src = draw(st.integers(0, len(paras) - 1))
        dst = draw(st.integers(0, len(paras) - 1))
        lo, hi = min(src, dst), max(src, dst)
        jumped = [u for k in range(lo, hi + 1) if k != src for u in paras[k]]
        weight = sum(len(u.render().split()) for u in paras[src])
        if abs(src - dst) < 1 or 2 * weight >= sum(len(u.render().split()) for u in jumped):
            return False  # the move must be the lighter side, or it is ambiguous
        para = paras.pop(src)
        paras.insert(dst, para)
        doc.moved.update(o for u in para for o in u.origin)
        doc.edits.append(f"reorder p{src + 1}->p{dst + 1}")
        return True
    if kind == "insert":
        # every object a unit ever said, deleted ones too, is spent (only inserts add one)
        free = [i for i in range(len(_OBJECTS)) if i not in doc.spent]
        if not free:
            return False
        k = draw(st.integers(0, len(paras) - 1))
        n = draw(st.integers(0, len(paras[k])))
        preds = draw(_preds([draw(st.sampled_from(free))]))
        unit = _Unit(uid=doc.next_uid, subject=0, preds=preds, origin=())
        doc.next_uid += 1
        paras[k].insert(n, unit)
        doc.spent.update(p.obj for p in preds)
        doc.edits.append(f"insert p{k + 1}.{n + 1}")
        return True
    if kind == "delete":
        if len(flat) < 2:
            return False
        k, n = draw(st.sampled_from(flat))
        paras[k].pop(n)
        if not paras[k]:
            paras.pop(k)
        doc.edits.append(f"delete p{k + 1}.{n + 1}")
        return True
    candidates = [(k, n) for k, n in flat if paras[k][n].origin]
    if kind == "merge":
        spots = [
            (k, n)
            for k, n in candidates
            if n + 1 < len(paras[k])
            and len(paras[k][n].preds) == len(paras[k][n + 1].preds) == 1
            and paras[k][n + 1].origin
        ]
        if not spots:
            return False
        k, n = draw(st.sampled_from(spots))
        first, second = paras[k][n], paras[k][n + 1]
        merged = replace(
            first, preds=first.preds + second.preds, origin=first.origin + second.origin
        )
        paras[k][n : n + 2] = [merged]
        doc.edits.append(f"merge p{k + 1}.{n + 1}+{n + 2}")
        return True
    if not candidates:
        return False
    k, n = draw(st.sampled_from(candidates))
    unit = paras[k][n]
    if kind == "split":
        if len(unit.preds) != 2:
            return False
        one = replace(unit, preds=unit.preds[:1])
        two = replace(unit, uid=doc.next_uid, preds=unit.preds[1:])
        doc.next_uid += 1
        paras[k][n : n + 1] = [one, two]
        doc.edits.append(f"split p{k + 1}.{n + 1}")
        return True
    m = draw(st.integers(0, len(unit.preds) - 1))
    pred = unit.preds[m]
    if kind == "reword":
        if draw(st.booleans()):
            pred = replace(pred, form=pred.form + 1)
        else:
            pred = replace(pred, adverb=(pred.adverb + 1) % len(_ADVERBS))
    else:  # entity
        template = _OBJECTS[pred.obj]
        if "{P}" in template:
            pred = replace(pred, place=(pred.place + 1 + draw(st.integers(0, 7))) % len(_PLACES))
        elif "{C}" in template:
            shift = 1 + draw(st.integers(0, 7))
            pred = replace(pred, country=(pred.country + shift) % len(_COUNTRIES))
        else:
            return False
    preds = (*unit.preds[:m], pred, *unit.preds[m + 1 :])
    paras[k][n] = replace(unit, preds=preds)
    doc.edits.append(f"{kind} p{k + 1}.{n + 1}")
    return True


def _clause_units(statement: Statement, where: list[tuple[int, int, int]]) -> dict[int, list[str]]:
    """Clause ids of each generated unit (by where each clause starts)."""
    out: dict[int, list[str]] = {uid: [] for _, _, uid in where}
    for clause in statement.clauses():
        for start, end, uid in where:
            if start <= clause.span.start < end:
                out[uid].append(clause.id)
                break
    return out


@st.composite
def _edited(
    draw: Any,
    edits: tuple[EditKind, ...],
    min_edits: int,
    max_edits: int,
    min_paragraphs: int,
    max_paragraphs: int,
    max_sentences: int,
) -> tuple[Statement, Statement, EditTruth]:
    base = draw(_docs(min_paragraphs, max_paragraphs, max_sentences))
    doc = _Doc(
        paragraphs=[[replace(u, origin=(u.uid,)) for u in p] for p in base.paragraphs],
        next_uid=1000,
        spent={p.obj for u in base.units() for p in u.preds},
    )
    wanted = draw(st.lists(st.sampled_from(edits), min_size=min_edits, max_size=max_edits))
    # a reorder goes last, so that later edits cannot change which side is lighter
    for kind in sorted(wanted, key=lambda k: k == "reorder"):
        _apply(draw, doc, kind)
    text_a, where_a = base.render()
    text_b, where_b = doc.render()
    a, b = parse(text_a, format="text"), parse(text_b, format="text")
    ca, cb = _clause_units(a, where_a), _clause_units(b, where_b)
    # union the unit links into groups
    groups: dict[int, tuple[set[int], set[int]]] = {}
    owner: dict[int, int] = {}
    for unit in doc.units():
        if not unit.origin:
            continue
        keys = {owner[o] for o in unit.origin if o in owner}
        target = min(keys) if keys else unit.origin[0]
        ga, gb = groups.setdefault(target, (set(), set()))
        for key in keys - {target}:
            xa, xb = groups.pop(key)
            ga |= xa
            gb |= xb
        ga.update(unit.origin)
        gb.add(unit.uid)
        for o in ga:
            owner[o] = target
    pairs = []
    for target in sorted(groups):
        ga, gb = groups[target]
        xs = tuple(i for u in sorted(ga) for i in ca[u])
        ys = tuple(
            i for u in sorted(gb, key=lambda v: [w[2] for w in where_b].index(v)) for i in cb[u]
        )
        if xs and ys:
            pairs.append((xs, ys))
    kept = {o for u in doc.units() for o in u.origin}
    truth = EditTruth(
        pairs=tuple(sorted(pairs)),
        moved=tuple(sorted(i for u in doc.moved for i in ca[u])),
        only_a=tuple(i for _, _, u in where_a if u not in kept for i in ca[u]),
        only_b=tuple(i for _, _, u in where_b if not _origin(doc, u) for i in cb[u]),
        edits=tuple(doc.edits),
    )
    return a, b, truth


def _origin(doc: _Doc, uid: int) -> tuple[int, ...]:
    return next(u.origin for u in doc.units() if u.uid == uid)


def edited_pairs(
    *,
    edits: Sequence[EditKind] = EDIT_KINDS,
    min_edits: int = 1,
    max_edits: int = 3,
    min_paragraphs: int = 3,
    max_paragraphs: int = 5,
    max_sentences: int = 3,
) -> st.SearchStrategy[tuple[Statement, Statement, EditTruth]]:
    """Generate ``(a, b, truth)``: a statement, an edited copy, and the known alignment.

    Edits are drawn from ``edits``: ``reorder`` (move a paragraph past heavier ones),
    ``insert`` / ``delete`` a sentence, ``reword`` (a stance-verb synonym or an
    added adverb), ``split`` a two-part sentence in two, ``merge`` two adjacent
    one-part sentences, and ``entity`` (another place or country). An edit that
    does not apply to the drawn statement is skipped and not recorded.

    Args:
        edits: The edit kinds to draw from.
        min_edits: Fewest edits to attempt.
        max_edits: Most edits to attempt.
        min_paragraphs: Fewest paragraphs in ``a``.
        max_paragraphs: Most paragraphs in ``a``.
        max_sentences: Most sentences per paragraph in ``a``.

    Raises:
        StrategyArgumentError: An argument has a bad value or type.
    """
    if isinstance(edits, str) or not isinstance(edits, Sequence | set | frozenset):
        raise StrategyArgumentError(
            f"edits must be a sequence of edit kinds such as ('reorder', 'reword'), "
            f"not {edits!r:.80}"
        )
    kinds = tuple(edits)
    unknown = [k for k in kinds if not isinstance(k, str) or k not in EDIT_KINDS]
    if unknown or not kinds:
        raise StrategyArgumentError(
            f"edits must be a non-empty selection of {EDIT_KINDS}, not {kinds!r:.200}"
        )
    _check_ints(min_edits=min_edits, max_edits=max_edits)
    if not 0 <= min_edits <= max_edits:
        raise StrategyArgumentError(
            f"need 0 <= min_edits <= max_edits, not min_edits={min_edits}, max_edits={max_edits}"
        )
    _check_sizes(min_paragraphs, max_paragraphs, max_sentences)
    return _edited(kinds, min_edits, max_edits, min_paragraphs, max_paragraphs, max_sentences)
