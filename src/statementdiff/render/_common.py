"""What every report shows: word segments, change ranking, statement labels.

The renderers differ in markup only; the choices of what to show (which change
labels matter most, how a pair without word operations is shown, how a moved
or split pair says where it comes from) live here so the three formats agree.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from statementdiff.models import Change, ChangeKind, Diff, EntityRow, Pair, Row, StatementInfo

__all__ = [
    "IMPORTANCE",
    "RELATIONS",
    "Segment",
    "change_counts",
    "change_text",
    "changed_entities",
    "describe",
    "display_name",
    "elsewhere_note",
    "flat",
    "grouped_changes",
    "inline_segments",
    "key_changes",
    "origin",
    "relation_counts",
    "relation_label",
    "short_source",
    "shown_relation",
    "side_segments",
    "times",
    "widen_blank_changes",
]

IMPORTANCE: tuple[ChangeKind, ...] = (
    "negation-changed",
    "stance-weaker",
    "stance-stronger",
    "stance-dropped",
    "stance-added",
    "entity-dropped",
    "entity-added",
    "phrase-dropped",
    "phrase-added",
    "scope-dropped",
    "scope-added",
    "actor-changed",
    "hedge-added",
    "hedge-removed",
    "modality-changed",
    "qualifier-changed",
    "number-changed",
    "stance-same",
)
"""Change labels from the most to the least telling (the summary lists them in this order)."""

RELATIONS: tuple[str, ...] = (
    "modified",
    "moved",
    "split",
    "merged",
    "removed",
    "added",
    "unchanged",
)
"""Relations in the order reports list their counts."""

KEY_CHANGES_LIMIT = 12
"""How many individual changes the summary's "key changes" list shows."""

_SPACE = re.compile(r"\s+")

Op = Literal["equal", "delete", "insert"]


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of words with one word-diff operation."""

    op: Op
    text: str


def flat(text: str) -> str:
    """Collapse every whitespace run (newlines included) to one space."""
    return _SPACE.sub(" ", text)


def _fallback(diff: Diff, pair: Pair) -> tuple[str, str]:
    a_text = diff.a.text[pair.a_span.start : pair.a_span.end]
    b_text = diff.b.text[pair.b_span.start : pair.b_span.end]
    return a_text, b_text


ACROSS = " ⇄ "
"""Between the two clauses of a pair compared across languages, in one-column reports."""


def across_languages(diff: Diff) -> bool:
    """True when the diff compared by meaning (other languages): its pairs have no word diff."""
    return diff.a.language != "en" or diff.b.language != "en"


def inline_segments(diff: Diff, pair: Pair) -> tuple[Segment, ...]:
    """The pair's words in one stream: equal, deleted and inserted runs in text order.

    A pair without word operations shows A's text struck and B's inserted
    (or A's text alone when both are the same); across languages, where no words are
    shared, both texts unmarked with :data:`ACROSS` between them. A change of whitespace alone
    ("non-market" → "non- market") is widened to the words it touches, so that
    it stays visible in every format.
    """
    if across_languages(diff):
        a_text, b_text = _fallback(diff, pair)
        return (Segment("equal", a_text), Segment("equal", ACROSS), Segment("equal", b_text))
    if pair.ops:
        return widen_blank_changes([Segment(op.op, op.text) for op in pair.ops if op.text])
    a_text, b_text = _fallback(diff, pair)
    if a_text == b_text:
        return (Segment("equal", a_text),)
    return tuple(s for s in (Segment("delete", a_text), Segment("insert", b_text)) if s.text)


_LAST_WORD = re.compile(r"\S+$")
_FIRST_WORD = re.compile(r"^\S+")


def widen_blank_changes(segments: list[Segment]) -> tuple[Segment, ...]:
    """Replace each run of changes made of whitespace only by a change of the words around it.

    Examples:
        >>> segments = [Segment("equal", "address non-"), Segment("insert", " "),
        ...             Segment("equal", "market policies")]
        >>> [(s.op, s.text) for s in widen_blank_changes(segments)]
        [('equal', 'address '), ('delete', 'non-market'), ('insert', 'non- market'),
         ('equal', ' policies')]
    """
    out: list[Segment] = []
    index = 0
    while index < len(segments):
        if segments[index].op == "equal":
            out.append(segments[index])
            index += 1
            continue
        end = index
        while end < len(segments) and segments[end].op != "equal":
            end += 1
        run = segments[index:end]
        if any(s.text.strip() for s in run):
            out.extend(run)
            index = end
            continue
        deleted = "".join(s.text for s in run if s.op == "delete")
        inserted = "".join(s.text for s in run if s.op == "insert")
        before = out[-1].text if out and out[-1].op == "equal" else ""
        after = segments[end].text if end < len(segments) else ""
        head = _LAST_WORD.search(before)
        tail = _FIRST_WORD.match(after)
        left = head.group() if head else ""
        right = tail.group() if tail else ""
        if not (left or right):
            out.extend(run)
            index = end
            continue
        if left:
            out[-1] = Segment("equal", before[: -len(left)])
            if not out[-1].text:
                out.pop()
        out.extend(
            s
            for s in (
                Segment("delete", left + deleted + right),
                Segment("insert", left + inserted + right),
            )
            if s.text
        )
        if right:
            rest = after[len(right) :]
            segments = [*segments[:end], Segment("equal", rest), *segments[end + 1 :]]
            if not rest:
                del segments[end]
        index = end
    return tuple(out)


def side_segments(diff: Diff, pair: Pair) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """The pair's words split by side: A (equal and deleted), B (equal and inserted)."""
    if across_languages(diff):
        a_text, b_text = _fallback(diff, pair)
        return (Segment("equal", a_text),), (Segment("equal", b_text),)
    stream = inline_segments(diff, pair)
    a_side = tuple(s for s in stream if s.op != "insert")
    b_side = tuple(s for s in stream if s.op != "delete")
    return a_side, b_side


def relation_counts(diff: Diff) -> tuple[tuple[str, int], ...]:
    """``(relation, count)`` for every relation, in :data:`RELATIONS` order."""
    counts = diff.counts
    return tuple((name, int(getattr(counts, name))) for name in RELATIONS)


def change_counts(rows: Sequence[Row]) -> tuple[tuple[ChangeKind, int], ...]:
    """How often each change label occurs, most telling first; labels never seen are left out."""
    seen: Counter[str] = Counter(
        change.kind for row in rows if row.pair is not None for change in row.pair.changes
    )
    return tuple((kind, seen[kind]) for kind in IMPORTANCE if seen[kind])


def key_changes(
    rows: Sequence[Row], limit: int = KEY_CHANGES_LIMIT
) -> tuple[tuple[Row, Change, int], ...]:
    """The most telling individual changes: by label importance, then reading order.

    Repeats of one change in a row (see :func:`grouped_changes`) count as one entry;
    the third item is how often it occurs there.
    """
    rank = {kind: n for n, kind in enumerate(IMPORTANCE)}
    found = [
        (rank.get(change.kind, len(rank)), row.number, index, row, change, count)
        for row in rows
        if row.pair is not None
        for index, (change, count) in enumerate(grouped_changes(row.pair.changes))
        if change.kind != "stance-same"
    ]
    found.sort(key=lambda item: item[:3])
    return tuple((row, change, count) for *_, row, change, count in found[:limit])


def grouped_changes(changes: Sequence[Change]) -> tuple[tuple[Change, int], ...]:
    """Changes with the same label and phrase shown once, with how often they occur.

    A label is recorded per mention ("Japan dropped" twice when A names Japan twice);
    a report shows it once, with the count (see :func:`times`). First-occurrence order is kept.
    """
    seen: dict[tuple[str, str], int] = {}
    firsts: list[Change] = []
    for change in changes:
        key = (change.kind, change_text(change))
        if key not in seen:
            seen[key] = 0
            firsts.append(change)
        seen[key] += 1
    return tuple((c, seen[(c.kind, change_text(c))]) for c in firsts)


def times(count: int) -> str:
    """A multiplication sign and the count for a repeated change (" \u00d73"), else ``""``."""
    return f" \u00d7{count}" if count > 1 else ""


def changed_entities(entities: Sequence[EntityRow]) -> tuple[EntityRow, ...]:
    """Entity rows whose mention counts differ between the sides."""
    return tuple(row for row in entities if row.a_count != row.b_count)


def short_source(source: str) -> str:
    """The last part of a path or URL (``"/x/y/a.txt"`` → ``"a.txt"``), for headings.

    Examples:
        >>> short_source("/work/corpus/us-japan-2021-04-16.txt")
        'us-japan-2021-04-16.txt'
        >>> short_source("https://example.org/statements/2021/joint-statement/")
        'joint-statement'
        >>> short_source("https://example.org/")
        'example.org'
    """
    text = source.strip()
    if "://" in text:
        parts = urlsplit(text)
        name = parts.path.rstrip("/").rsplit("/", 1)[-1]
        return name or parts.netloc or text
    name = re.split(r"[\\/]", text.rstrip("/\\"))[-1]
    return name or text


def display_name(info: StatementInfo, fallback: str) -> str:
    """A statement's name for headings: its title, else its file or page name, else ``fallback``.

    The full source stays in the report's "Source" line; headings need only its last part.
    """
    if info.title and info.title.strip():
        return flat(info.title).strip()
    if info.source and info.source.strip():
        return flat(short_source(info.source)).strip()
    return fallback


def describe(info: StatementInfo, fallback: str) -> str:
    """A one-line label for a statement: title, date and parties where known."""
    parts = [display_name(info, fallback)]
    if info.date:
        parts.append(info.date)
    if info.parties:
        parts.append(", ".join(info.parties))
    return " · ".join(parts)


def origin(row: Row) -> str:
    """Where a row's clauses stand on each side (``"A p1.s1.c1 → B p2.s1.c1 + p2.s1.c2"``)."""
    a_ids = " + ".join(row.a_ids)
    b_ids = " + ".join(row.b_ids)
    if row.kind == "removed":
        return f"A {a_ids}"
    if row.kind == "added":
        after = row.one.after if row.one is not None else None
        return f"B {b_ids}" + (f" (after A {after})" if after else " (at the start)")
    return f"A {a_ids} → B {b_ids}"


def change_text(change: Change) -> str:
    """A short phrase for a change: its detail, else its words on each side.

    A name or phrase added or dropped here that the other statement says elsewhere says
    so ("Myanmar dropped (said elsewhere in B)"): the change is the passage's.
    """
    if change.detail:
        return flat(change.detail).strip() + elsewhere_note(change)
    a_text = flat(change.a_text).strip() if change.a_text else ""
    b_text = flat(change.b_text).strip() if change.b_text else ""
    if a_text and b_text:
        return f"{a_text} → {b_text}"
    return (a_text or b_text) + elsewhere_note(change)


def elsewhere_note(change: Change) -> str:
    """The note for a change the other statement says elsewhere ("(said elsewhere in B)")."""
    if not change.elsewhere:
        return ""
    return " (said elsewhere in A)" if change.kind.endswith("-added") else " (said elsewhere in B)"


def shown_relation(row: Row) -> str:
    """The relation a report files the row under.

    The pair's relation, ``"removed"`` or ``"added"``; a pair that only moved (same words,
    another place) is filed under ``"moved"``.
    """
    if row.pair is not None and row.pair.moved and row.pair.relation == "unchanged":
        return "moved"
    return row.relation


def relation_label(row: Row) -> str:
    """:func:`shown_relation`, with ", moved" when a modified/split/merged pair also moved."""
    if row.pair is not None and row.pair.moved and row.pair.relation != "unchanged":
        return f"{row.pair.relation}, moved"
    return shown_relation(row)
