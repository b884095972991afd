"""Markdown report for papers and issues: summary tables, then each row with its word diff.

Deleted words are ``~~struck~~`` and inserted words ``**bold**`` (GitHub Flavored
Markdown). Source text is escaped so that nothing in a statement turns into
markup: emphasis, links, raw HTML, table pipes, math (``$``), list markers at
the start of a line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from statementdiff.models import Diff, OneSided
from statementdiff.render._common import (
    Segment,
    change_counts,
    change_text,
    changed_entities,
    describe,
    flat,
    inline_segments,
    key_changes,
    origin,
    relation_counts,
    relation_label,
)
from statementdiff.render._rows import Row, diff_rows, filter_rows

__all__ = ["escape_markdown", "render_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")
_LINE_START = re.compile(r"^(\d{1,9})([.)])|^([-+#=])")
_MARKS = {"delete": "~~", "insert": "**"}


def escape_markdown(text: str) -> str:
    r"""Escape text so Markdown shows it literally, on one line.

    Whitespace runs become single spaces; markup characters get a backslash.

    Examples:
        >>> print(escape_markdown("a *b* | <i>c</i>"))
        a \*b\* \| \<i\>c\</i\>
    """
    return _SPECIAL.sub(r"\\\1", flat(text))


def _line_start(text: str) -> str:
    """Keep a line from starting a list, heading or quote."""
    return _LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text, count=1)


def render_markdown(diff: Diff, *, only: Literal["changed", "all"] = "changed") -> str:
    """Render a diff as a Markdown report.

    Args:
        diff: The comparison to show.
        only: ``"changed"`` leaves unchanged pairs out; ``"all"`` shows every row.

    Returns:
        GitHub Flavored Markdown, ending with a newline.

    Examples:
        >>> from statementdiff import compare, parse
        >>> a = parse("We welcome the talks.")
        >>> print(compare(a, a).to_markdown().splitlines()[0])
        # statementdiff report
    """
    all_rows = diff_rows(diff)
    rows = filter_rows(all_rows, only=only)
    out = ["# statementdiff report", "", "| Side | Statement |", "| --- | --- |"]
    out.append(f"| A | {escape_markdown(describe(diff.a.info, 'statement A'))} |")
    out.append(f"| B | {escape_markdown(describe(diff.b.info, 'statement B'))} |")
    if diff.topic:
        out += ["", f"Topic: {escape_markdown(diff.topic)}"]
    out += _summary(diff, all_rows)
    shown = "changed rows" if only == "changed" else "all rows"
    out += ["", f"## Clauses ({shown}: {len(rows)} of {len(all_rows)})"]
    for row in rows:
        out += ["", *_row(diff, row)]
    if not rows:
        out += ["", "No differences." if diff.is_empty else "No rows to show."]
    return "\n".join(out) + "\n"


def _summary(diff: Diff, rows: Sequence[Row]) -> list[str]:
    out = ["", "## Summary", "", "| Relation | Clauses |", "| --- | ---: |"]
    out += [f"| {name} | {count} |" for name, count in relation_counts(diff)]
    labels = change_counts(rows)
    if labels:
        out += ["", "| Change label | Count |", "| --- | ---: |"]
        out += [f"| `{kind}` | {count} |" for kind, count in labels]
    if diff.notes:
        out.append("")
        out += [f"- Note: {escape_markdown(note)}" for note in diff.notes]
    changes = key_changes(rows)
    if changes:
        out += ["", "### Key changes", ""]
        for row, change in changes:
            out.append(f"- [#{row.number}] `{change.kind}`: {escape_markdown(change_text(change))}")
    entities = changed_entities(diff.entities)
    if entities:
        out += ["", "### Entities named more or less often", ""]
        out += ["| Entity | Kind | A | B |", "| --- | --- | ---: | ---: |"]
        out += [
            f"| {escape_markdown(e.name)} | {escape_markdown(e.kind)} | {e.a_count} | {e.b_count} |"
            for e in entities
        ]
    if diff.topics:
        out += ["", "### Topics", "", "| Topic | A clauses | B clauses |", "| --- | ---: | ---: |"]
        out += [f"| {escape_markdown(t.name)} | {t.a_count} | {t.b_count} |" for t in diff.topics]
    groups = diff.one_sided_by_topic()
    if groups:
        out += ["", "### Found on one side only, by topic", ""]
        out += ["| Topic | Only in A | Only in B |", "| --- | --- | --- |"]
        out += [
            f"| {escape_markdown(name)} | {_id_list(only_a)} | {_id_list(only_b)} |"
            for name, (only_a, only_b) in groups.items()
        ]
    return out


def _id_list(clauses: Sequence[OneSided]) -> str:
    return ", ".join(f"`{_ids(clause.id)}`" for clause in clauses) or "—"


def _ids(text: str) -> str:
    return text.replace("`", "'")


def _row(diff: Diff, row: Row) -> list[str]:
    head = f"**[#{row.number}] {relation_label(row)}** · `{_ids(origin(row))}`"
    if row.pair is not None and row.pair.relation != "unchanged":
        head += f" · similarity {row.pair.similarity:.2f}"
    out = [head]
    if row.pair is not None:
        tags = [f"`{c.kind}` {escape_markdown(change_text(c))}".rstrip() for c in row.pair.changes]
        if tags:
            out[0] += "  "  # hard line break before the labels
            out.append(" · ".join(tags))
        segments: Sequence[Segment] = inline_segments(diff, row.pair)
    elif row.one is not None:
        op: Literal["delete", "insert"] = "delete" if row.kind == "removed" else "insert"
        segments = (Segment(op, row.one.text),)
    else:  # pragma: no cover - a Row always holds a pair or a clause
        segments = ()
    out += ["", "> " + _line_start(_words(segments))]
    return out


def _words(segments: Sequence[Segment]) -> str:
    """Join segments, moving each mark's edge whitespace outside the ``~~``/``**`` markers."""
    parts: list[str] = []
    for segment in segments:
        text = escape_markdown(segment.text)
        mark = _MARKS.get(segment.op)
        core = text.strip(" ")
        if mark is None or not core:
            parts.append(text)
            continue
        lead = text[: len(text) - len(text.lstrip(" "))]
        trail = text[len(text.rstrip(" ")) :]
        parts.append(f"{lead}{mark}{core}{mark}{trail}")
    return "".join(parts).strip()
