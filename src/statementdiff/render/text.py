r"""Plain-text report for terminals: a summary, then each row with its word diff.

Without colour, deleted words are marked ``[-like this-]`` and inserted words
``{+like this+}`` (the notation of GNU wdiff), so the report survives pipes,
e-mail and ``less``. With colour, deleted words are red and struck, inserted
words green and underlined, and the markers are left out (as ``git diff
--color-words`` does). Lines are wrapped at :data:`WIDTH` columns. Control characters
from the statements are shown as ``\x1b``-style escapes (see :mod:`.visible`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from statementdiff.models import Diff, Row
from statementdiff.render._brief import brief_text
from statementdiff.render._common import (
    Segment,
    change_counts,
    change_text,
    changed_entities,
    describe,
    flat,
    grouped_changes,
    inline_segments,
    key_changes,
    origin,
    relation_counts,
    relation_label,
    times,
)
from statementdiff.render._options import ONLY, check_choice, check_flag
from statementdiff.render._related import RelatedNote, related_notes
from statementdiff.render._rows import filter_rows
from statementdiff.render.visible import visible

__all__ = ["WIDTH", "render_text"]

WIDTH = 100
"""Column at which the report wraps clause text."""

_INDENT = "    "
_RESET = "\x1b[0m"
_STYLE = {
    "delete": "\x1b[31;9m",  # red, struck through
    "insert": "\x1b[32;4m",  # green, underlined
    "head": "\x1b[1m",
    "dim": "\x1b[2m",
}
_MARKS = {"equal": ("", ""), "delete": ("[-", "-]"), "insert": ("{+", "+}")}
_PIECE = re.compile(r"\s+|\S+")


def render_text(
    diff: Diff, *, color: bool = False, only: Literal["changed", "all"] = "changed"
) -> str:
    """Render a diff as a plain-text report.

    Args:
        diff: The comparison to show.
        color: Use ANSI colours instead of ``[-…-]``/``{+…+}`` markers.
        only: ``"changed"`` leaves unchanged pairs out; ``"all"`` shows every row.

    Returns:
        The report, ending with a newline.

    Raises:
        ReportError: ``only`` is not ``"changed"`` or ``"all"``.
        ReportTypeError: ``color`` is not a bool (or ``only`` not a str).

    Examples:
        >>> from statementdiff import compare, parse
        >>> a = parse("We welcome the talks.")
        >>> print(compare(a, a).to_text().splitlines()[0])
        statementdiff report
    """
    check_flag("color", color)
    check_choice("only", only, ONLY)
    paint = _Painter(color)
    all_rows = diff.rows()
    rows = filter_rows(all_rows, only=only)
    out: list[str] = [paint("head", "statementdiff report")]
    out.append(paint("", f"A: {describe(diff.a.info, 'statement A')}"))
    out.append(paint("", f"B: {describe(diff.b.info, 'statement B')}"))
    if diff.topic:
        out.append(paint("", f"Topic: {diff.topic}"))
    out += ["", *(paint("", line) for line in brief_text(diff.brief))]
    out.extend(_summary(diff, all_rows, paint))
    shown = "changed rows" if only == "changed" else "all rows"
    out.append("")
    out.append(paint("head", f"Clauses ({shown}: {len(rows)} of {len(all_rows)})"))
    related = related_notes(diff, all_rows)
    for row in rows:
        out.append("")
        out.extend(_row(diff, row, paint, related.get(row.number, ())))
    if not rows:
        out.append("")
        out.append("No differences." if diff.is_empty else "No rows to show.")
    return "\n".join(out if color else map(visible, out)) + "\n"


class _Painter:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, style: str, text: str) -> str:
        text = visible(text)
        if not self.color or not text or style not in _STYLE:
            return text
        return f"{_STYLE[style]}{text}{_RESET}"


def _summary(diff: Diff, rows: Sequence[Row], paint: _Painter) -> list[str]:
    out = ["", paint("head", "Summary")]
    out.append("  " + " · ".join(f"{name} {count}" for name, count in relation_counts(diff)))
    labels = change_counts(rows)
    if labels:
        out.append("  labels: " + ", ".join(f"{kind} {count}" for kind, count in labels))
    for note in diff.notes:
        out.append(paint("", f"  note: {flat(note).strip()}"))
    whole = ", whole statements" if diff.topic else ""  # the lens does not narrow these tables
    entities = changed_entities(diff.entities)
    if entities:
        out.append("")
        out.append(paint("head", f"Entities named more or less often (A → B{whole})"))
        width = max(len(e.name) for e in entities)
        for entity in entities:
            counts = f"{entity.a_count:>3} → {entity.b_count:<3}"
            out.append(paint("", f"  {entity.name:<{width}}  {counts}  {entity.kind}"))
    if diff.topics:
        out.append("")
        out.append(paint("head", f"Topics (clauses in A → B{whole})"))
        width = max(len(t.name) for t in diff.topics)
        for topic in diff.topics:
            out.append(paint("", f"  {topic.name:<{width}}  {topic.a_count:>3} → {topic.b_count}"))
    groups = diff.one_sided_by_topic()
    if groups:
        out.append("")
        out.append(paint("head", "Found on one side only, by topic (only in A · only in B)"))
        width = max(len(name) for name in groups)
        for name, (only_a, only_b) in groups.items():
            out.append(paint("", f"  {name:<{width}}  {len(only_a):>3} · {len(only_b)}"))
    changes = key_changes(rows)
    if changes:
        out.append("")
        out.append(paint("head", "Key changes"))
        for row, change, count in changes:
            text = change_text(change) + times(count)
            out.append(paint("", f"  #{row.number} {change.kind}: {text}"))
    return out


def _row(diff: Diff, row: Row, paint: _Painter, related: Sequence[RelatedNote] = ()) -> list[str]:
    head = f"#{row.number} {relation_label(row)}  {origin(row)}"
    if row.pair is not None and row.pair.changed:
        head += f"  similarity {row.pair.similarity:.2f}"
    out = [paint("head", head)]
    if row.pair is not None:
        tags = [
            f"[{c.kind}: {change_text(c)}{times(n)}]" if change_text(c) else f"[{c.kind}{times(n)}]"
            for c, n in grouped_changes(row.pair.changes)
        ]
        if tags:
            out.extend(_wrap([Segment("equal", " ".join(tags))], paint, dim=True))
        out.extend(_wrap(list(inline_segments(diff, row.pair)), paint))
    elif row.one is not None:
        op: Literal["delete", "insert"] = "delete" if row.kind == "removed" else "insert"
        out.extend(_wrap([Segment(op, row.one.text)], paint))
    for note in related:
        where = f" (#{note.row})" if note.row else ""
        out.extend(_wrap([Segment("equal", f"~ {note.describe()}{where}")], paint, dim=True))
    return out


@dataclass(slots=True)
class _Token:
    text: str
    op: str
    space: bool  # whitespace stood before it in the source


def _tokens(segments: Sequence[Segment]) -> list[_Token]:
    tokens: list[_Token] = []
    space = False
    for segment in segments:
        for piece in _PIECE.findall(segment.text):
            if piece.isspace():
                space = True
            else:
                tokens.append(_Token(visible(piece), segment.op, space and bool(tokens)))
                space = False
    return tokens


def _wrap(segments: Sequence[Segment], paint: _Painter, *, dim: bool = False) -> list[str]:
    """Lay tokens out in lines of at most WIDTH visible columns (a long word may overflow)."""
    lines: list[list[_Token]] = [[]]
    used = len(_INDENT)
    for token in _tokens(segments):
        line = lines[-1]
        cost = len(token.text) + (1 if token.space else 0)
        if not paint.color and (not line or line[-1].op != token.op) and token.op != "equal":
            cost += 4
        if token.space and line and used + cost > WIDTH:
            lines.append([])
            used = len(_INDENT)
            token = _Token(token.text, token.op, False)
            cost = len(token.text) + (4 if not paint.color and token.op != "equal" else 0)
        lines[-1].append(token)
        used += cost
    return [_INDENT + _join(line, paint, dim) for line in lines if line]


def _join(line: Sequence[_Token], paint: _Painter, dim: bool) -> str:
    parts: list[str] = []
    run: list[str] = []
    op = line[0].op

    def flush() -> None:
        if not run:
            return
        text = "".join(run)
        if paint.color:
            parts.append(paint("dim" if dim and op == "equal" else op, text))
        else:
            start, end = _MARKS.get(op, ("", ""))
            parts.append(f"{start}{text}{end}")
        run.clear()

    for token in line:
        if token.op != op:
            flush()
            op = token.op
            if token.space:
                parts.append(" ")
            run.append(token.text)
        else:
            run.append((" " if token.space else "") + token.text)
    flush()
    return "".join(parts)
