r"""Markdown report for papers and issues: summary tables, then each row with its word diff.

Deleted words are ``~~struck~~`` and inserted words ``**bold**`` (GitHub Flavored
Markdown). Source text is escaped so that nothing in a statement turns into
markup: emphasis, links, raw HTML, table pipes, math (``$``), list markers at
the start of a line. Control characters are shown as ``\x1b``-style escapes (see
:mod:`.visible`) before the escaping, so the Markdown source shows ``\\x1b``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Literal

from statementdiff.models import Diff, OneSided, Row
from statementdiff.render._brief import brief_markdown
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
from statementdiff.render._options import ONLY, check_choice
from statementdiff.render._related import RelatedNote, related_notes
from statementdiff.render._rows import filter_rows
from statementdiff.render.visible import visible

__all__ = ["escape_markdown", "mark_words", "render_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")
_LINE_START = re.compile(r"^(\d{1,9})([.)])|^([-+#=])")


def escape_markdown(text: str) -> str:
    r"""Escape text so Markdown shows it literally, on one line.

    Whitespace runs become single spaces; control characters become ``\x1b``-style
    escapes (:func:`~statementdiff.render.visible.visible`); markup characters get a
    backslash.

    Examples:
        >>> print(escape_markdown("a *b* | <i>c</i>"))
        a \*b\* \| \<i\>c\</i\>
        >>> print(escape_markdown("\x1b[2J"))
        \\x1b\[2J
    """
    return _SPECIAL.sub(r"\\\1", visible(flat(text)))


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

    Raises:
        ReportError: ``only`` is not ``"changed"`` or ``"all"``.

    Examples:
        >>> from statementdiff import compare, parse
        >>> a = parse("We welcome the talks.")
        >>> print(compare(a, a).to_markdown().splitlines()[0])
        # statementdiff report
    """
    check_choice("only", only, ONLY)
    all_rows = diff.rows()
    rows = filter_rows(all_rows, only=only)
    out = ["# statementdiff report", "", "| Side | Statement |", "| --- | --- |"]
    out.append(f"| A | {escape_markdown(describe(diff.a.info, 'statement A'))} |")
    out.append(f"| B | {escape_markdown(describe(diff.b.info, 'statement B'))} |")
    if diff.topic:
        out += ["", f"Topic: {escape_markdown(diff.topic)}"]
    out += ["", *brief_markdown(diff.brief)]
    out += _summary(diff, all_rows)
    shown = "changed rows" if only == "changed" else "all rows"
    out += ["", f"## Clauses ({shown}: {len(rows)} of {len(all_rows)})"]
    related = related_notes(diff, all_rows)
    for row in rows:
        out += ["", *_row(diff, row, related.get(row.number, ()))]
    if not rows:
        out += ["", "No differences." if diff.is_empty else "No rows to show."]
    return visible("\n".join(out)) + "\n"  # a no-op unless some text missed the escaping


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
        for row, change, count in changes:
            text = escape_markdown(change_text(change) + times(count))
            out.append(f"- [#{row.number}] `{change.kind}`: {text}")
    whole = " (whole statements)" if diff.topic else ""  # the lens does not narrow these tables
    entities = changed_entities(diff.entities)
    if entities:
        out += ["", f"### Entities named more or less often{whole}", ""]
        out += ["| Entity | Kind | A | B |", "| --- | --- | ---: | ---: |"]
        out += [
            f"| {escape_markdown(e.name)} | {escape_markdown(e.kind)} | {e.a_count} | {e.b_count} |"
            for e in entities
        ]
    if diff.topics:
        out += [
            "",
            f"### Topics{whole}",
            "",
            "| Topic | A clauses | B clauses |",
            "| --- | ---: | ---: |",
        ]
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
    return visible(text).replace("`", "'")


def _row(diff: Diff, row: Row, related: Sequence[RelatedNote] = ()) -> list[str]:
    head = f"**[#{row.number}] {relation_label(row)}** · `{_ids(origin(row))}`"
    if row.pair is not None and row.pair.changed:
        head += f" · similarity {row.pair.similarity:.2f}"
    out = [head]
    if row.pair is not None:
        tags = [
            f"`{c.kind}` {escape_markdown(change_text(c) + times(n))}".rstrip()
            for c, n in grouped_changes(row.pair.changes)
        ]
        if tags:
            out[0] += "  "  # hard line break before the labels
            out.append(" · ".join(tags))
        segments: Sequence[Segment] = inline_segments(diff, row.pair)
    elif row.one is not None:
        op: Literal["delete", "insert"] = "delete" if row.kind == "removed" else "insert"
        segments = (Segment(op, row.one.text),)
    else:  # pragma: no cover - a Row always holds a pair or a clause
        segments = ()
    out += ["", "> " + _line_start(mark_words(segments))]
    for note in related:
        where = f" (#{note.row})" if note.row else ""
        out += ["", f"*{escape_markdown(note.describe())}*{where}"]
    return out


def mark_words(segments: Sequence[Segment]) -> str:
    """Join segments as ``~~deleted~~**inserted**``, keeping every mark parseable.

    Each mark's edge whitespace goes outside the ``~~``/``**`` markers. GFM only
    opens a mark before punctuation when whitespace or punctuation precedes it,
    and only closes one after punctuation when whitespace or punctuation follows
    (``Biden**, Jr.**`` would show its asterisks). Where that would happen, the
    word the change is glued to joins it on both sides: ``~~Biden~~**Biden, Jr.**``.

    Examples:
        >>> from statementdiff.render._common import Segment
        >>> mark_words([Segment("equal", "Biden"), Segment("insert", ", Jr.")])
        '~~Biden~~**Biden, Jr.**'
        >>> mark_words([Segment("equal", "We "), Segment("delete", "note"),
        ...             Segment("insert", "welcome"), Segment("equal", " it.")])
        'We ~~note~~**welcome** it.'
    """
    items = _runs(segments)
    for index, item in enumerate(items):
        if len(item) == 1 or not (item[0].strip(" ") or item[1].strip(" ")):
            continue
        deleted, inserted = item
        before = items[index - 1] if index else None
        after = items[index + 1] if index + 1 < len(items) else None
        first = deleted if deleted.strip(" ") else inserted
        if before and first[:1] != " " and not _can_open(before[0][-1:] or " ", first[:1]):
            word = _TRAILING_WORD.search(before[0])
            if word:
                before[0] = before[0][: word.start()]
                deleted, inserted = word.group() + deleted, word.group() + inserted
        last = inserted if inserted.strip(" ") else deleted
        if after and last[-1:] != " " and not _can_close(last[-1:], after[0][:1] or " "):
            word = _LEADING_WORD.match(after[0])
            if word:
                after[0] = after[0][word.end() :]
                deleted, inserted = deleted + word.group(), inserted + word.group()
        item[:] = [deleted, inserted]
    parts = [
        item[0] if len(item) == 1 else _mark(item[0], "~~") + _mark(item[1], "**") for item in items
    ]
    return "".join(parts).strip()


_TRAILING_WORD = re.compile(r"[^ ]+$")
_LEADING_WORD = re.compile(r"[^ ]+")


def _runs(segments: Sequence[Segment]) -> list[list[str]]:
    """Escaped text as ``[equal]`` items and ``[deleted, inserted]`` runs between them."""
    items: list[list[str]] = []
    for segment in segments:
        text = escape_markdown(segment.text)
        if segment.op == "equal":
            items.append([text])
            continue
        if not items or len(items[-1]) == 1:
            items.append(["", ""])
        items[-1][0 if segment.op == "delete" else 1] += text
    return items


def _mark(text: str, mark: str) -> str:
    core = text.strip(" ")
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip(" "))]
    trail = text[len(text.rstrip(" ")) :]
    return f"{lead}{mark}{core}{mark}{trail}"


def _punct(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _can_open(before: str, first: str) -> bool:
    """Whether a ``~~``/``**`` between ``before`` and ``first`` opens a mark (left-flanking)."""
    return not first.isspace() and (not _punct(first) or before.isspace() or _punct(before))


def _can_close(last: str, after: str) -> bool:
    """Whether a ``~~``/``**`` between ``last`` and ``after`` closes a mark (right-flanking)."""
    return not last.isspace() and (not _punct(last) or after.isspace() or _punct(after))
