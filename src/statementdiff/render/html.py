r"""Self-contained HTML redline: header, summary, then A and B side by side.

The page makes no request of any kind: the style sheet is inline, there are no
images, fonts or scripts, and a Content-Security-Policy ``<meta>`` forbids them
anyway (``default-src 'none'; style-src 'unsafe-inline'``). Filtering rows by
relation or topic is done with radio buttons and CSS, so it works with
JavaScript off. Every piece of text that comes from a statement goes through
:func:`html.escape` with ``quote=True``, after its control characters (invalid in HTML)
are written as ``\x1b``-style escapes (see :mod:`.visible`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from statementdiff._version import __version__
from statementdiff.models import Change, Diff, EntityRow, OneSided, Row, StatementInfo
from statementdiff.render._brief import brief_html
from statementdiff.render._common import (
    Segment,
    change_counts,
    change_text,
    display_name,
    grouped_changes,
    key_changes,
    relation_counts,
    short_source,
    shown_relation,
    side_segments,
    times,
)
from statementdiff.render._css import BASE_CSS, CJK_CSS, filter_css, relation_filters
from statementdiff.render._html_nav import (
    Block,
    Filters,
    contents,
    filter_bar,
    filter_inputs,
    has_relation,
    row_blocks,
)
from statementdiff.render._options import ONLY, check_choice
from statementdiff.render._related import RelatedNote, related_notes
from statementdiff.render._rows import clause_sections, filter_rows
from statementdiff.render.visible import visible

__all__ = ["CSP", "render_html", "shown_source"]

CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
"""The page's Content-Security-Policy: nothing but its own inline style may load or run."""

ONE_SIDED_LINKS = 24
"""Above this many clauses, a cell of the "found on one side only" table folds its links."""

_TAG_CLASS = {
    "negation-changed": "neg",
    "stance-weaker": "neg",
    "stance-stronger": "neg",
    "stance-dropped": "neg",
    "stance-added": "neg",
    "entity-added": "ent",
    "entity-dropped": "ent",
    "actor-changed": "ent",
    "hedge-added": "hedge",
    "hedge-removed": "hedge",
    "modality-changed": "hedge",
}


def _e(text: str) -> str:
    return html.escape(visible(text), quote=True)


def render_html(diff: Diff, *, only: Literal["changed", "all"] = "all") -> str:
    """Render a diff as one self-contained HTML page.

    Args:
        diff: The comparison to show.
        only: ``"all"`` (the default) keeps unchanged pairs, which the page can hide
            with its "changed" filter; ``"changed"`` leaves them out of the file.

    Returns:
        An HTML5 document.

    Raises:
        ReportError: ``only`` is not ``"changed"`` or ``"all"``.

    Examples:
        >>> from statementdiff import compare, parse
        >>> a = parse("We welcome the <b>talks</b>.", format="text")
        >>> page = compare(a, a).to_html()
        >>> "&lt;b&gt;talks&lt;/b&gt;" in page and "<b>talks" not in page
        True
    """
    check_choice("only", only, ONLY)
    all_rows = diff.rows()
    rows = filter_rows(all_rows, only=only)
    topics = sorted({t for row in rows for t in row.topics})
    relations = [r for r in relation_filters() if any(has_relation(row, r) for row in rows)]
    filters = Filters(tuple(relations), tuple(topics))
    topic_index = {name: n for n, name in enumerate(topics)}
    blocks = row_blocks(rows, clause_sections(diff.a))
    title = f"statementdiff: {_name(diff.a, 'A')} vs {_name(diff.b, 'B')}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f'<meta name="generator" content="statementdiff {_e(__version__)}">',
        f"<title>{_e(title)}</title>",
        f"<style>{BASE_CSS}{filter_css(len(topics), relations)}{_cjk_css(diff)}\n</style>",
        "</head>",
        "<body>",
        *filter_inputs(filters),
        '<header class="wrap">',
        "<h1>Statement comparison</h1>",
        '<div class="sides">',
        _side("A", diff.a),
        _side("B", diff.b),
        "</div>",
    ]
    if diff.topic:
        parts.append(f'<p class="legend">Topic lens: <b>{_e(diff.topic)}</b></p>')
    parts.append("</header>")
    parts += brief_html(diff.brief)
    parts += _summary(diff, all_rows, rows)
    parts += contents(blocks)
    shown = "changed rows" if len(rows) < len(all_rows) else "all rows"
    parts.append(
        f'<h2 class="wrap" id="clauses">Clauses <small>({shown}: {len(rows)} of '
        f"{len(all_rows)})</small></h2>"
    )
    parts += filter_bar(filters, rows, _colhead(diff))
    parts += _main(diff, blocks, topic_index)
    parts += [
        f'<footer class="wrap">Made by statementdiff {_e(__version__)}; '
        f"similarity threshold {diff.threshold:.2f}.</footer>",
        "</body>",
        "</html>",
    ]
    return visible("\n".join(parts)) + "\n"  # a no-op unless some text missed _e


_ABSOLUTE = re.compile(r"[/\\~]|[A-Za-z]:[/\\]")
"""A path from the root, a drive (``C:\\``), a share (``\\\\server``) or a home (``~``)."""


def shown_source(source: str) -> str:
    """How a report names an input: what the user gave, nothing more of their machine.

    A relative path stays as typed (``drafts/a.txt``); an absolute path, a home path
    (``~/…``) or a ``file:`` URL is shown by its file name alone; an ``http(s)`` URL in full
    but without a user name or password. Other names (``<stdin>``, a ``source=`` given to
    :func:`~statementdiff.parse`) are shown as given.

    Examples:
        >>> shown_source("/home/alice/drafts/us-rok-2021-05-21.txt")
        'us-rok-2021-05-21.txt'
        >>> shown_source("drafts/us-rok-2021-05-21.txt")
        'drafts/us-rok-2021-05-21.txt'
        >>> shown_source("https://alice:pw@example.org/statement.html")
        'https://example.org/statement.html'
    """
    text = source.strip()
    if "://" in text:
        try:
            parts = urlsplit(text)
        except ValueError:  # a malformed URL ("http://[::1"): its last part only
            return re.split(r"[\\/]", text.rstrip("/\\"))[-1] or text
        if parts.scheme.lower() not in ("http", "https"):
            return short_source(parts.path or text)
        return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[-1]))
    if _ABSOLUTE.match(text):
        return short_source(text)
    return text


def _name(info: StatementInfo, side: str) -> str:
    return display_name(info, f"statement {side}")


def _side(side: str, info: StatementInfo) -> str:
    rows = [("Date", info.date), ("Parties", ", ".join(info.parties) or None)]
    source = shown_source(info.source) if info.source else None
    rows += [("Source", source), ("Format", info.format)]
    body = "".join(f"<dt>{label}</dt><dd>{_e(value)}</dd>" for label, value in rows if value)
    return (
        f'<section class="side {side.lower()}"><h2><span class="badge">{side}</span>'
        f"{_e(_name(info, side))}</h2><dl>{body}</dl></section>"
    )


def _summary(diff: Diff, all_rows: Sequence[Row], rows: Sequence[Row]) -> list[str]:
    out = ['<section class="summary wrap" aria-labelledby="summary-h">']
    out.append('<h2 id="summary-h">Summary</h2>')
    out.append('<ul class="counts">')
    out += [
        f'<li class="rel-{name}"><b>{count}</b>{name}</li>' for name, count in relation_counts(diff)
    ]
    out.append("</ul>")
    if diff.notes:
        out += [f'<p class="notes">{_e(note)}</p>' for note in diff.notes]
    out.append('<div class="grid">')
    out.append("<div>")
    out += _key_changes(all_rows, {row.number for row in rows})
    out.append("</div><div>")
    out += _label_table(all_rows)
    whole = ", whole statements" if diff.topic else ""
    out += _topic_table(diff, whole)
    out += _one_sided_table(diff, all_rows)
    out.append("</div><div>")
    out += _entity_table(diff, whole)
    out.append("</div>")
    out.append("</div>")
    out.append(
        '<p class="legend">Rows follow A\'s reading order; clauses found only in B sit after '
        "the A clause they follow. <del>Struck</del> words are in A only, "
        "<ins>underlined</ins> words in B only.</p>"
    )
    out.append("</section>")
    return out


def _key_changes(rows: Sequence[Row], shown: set[int]) -> list[str]:
    changes = key_changes(rows)
    if not changes:
        return ["<h3>Key changes</h3>", '<p class="notes">No labelled changes.</p>']
    out = ["<h3>Key changes</h3>", '<ol class="keys">']
    for row, change, count in changes:
        number = (
            f'<a href="#r{row.number}">#{row.number}</a>'
            if row.number in shown
            else f"#{row.number}"
        )
        out.append(f"<li>{number} {_tag(change)} {_e(change_text(change) + times(count))}</li>")
    out.append("</ol>")
    return out


def _label_table(rows: Sequence[Row]) -> list[str]:
    labels = change_counts(rows)
    if not labels:
        return []
    out = ['<h3>Change labels</h3><table><thead><tr><th>Label</th><th class="n">Count</th>']
    out.append("</tr></thead><tbody>")
    out += [
        f'<tr><td>{_tag_kind(kind)}</td><td class="n">{count}</td></tr>' for kind, count in labels
    ]
    out.append("</tbody></table>")
    return out


def _topic_table(diff: Diff, whole: str = "") -> list[str]:
    if not diff.topics:
        return []
    top = max(max(t.a_count, t.b_count) for t in diff.topics) or 1
    out = [f"<h3>Topic coverage (clauses{whole})</h3>"]
    out.append('<table><thead><tr><th>Topic</th><th class="n">A</th><th class="n">B</th>')
    out.append("</tr></thead><tbody>")
    for topic in diff.topics:
        cls = ' class="differs"' if topic.a_count != topic.b_count else ""
        out.append(
            f"<tr{cls}><td>{_e(topic.name)}</td>"
            f'<td class="n">{topic.a_count}{_bar("a", topic.a_count, top)}</td>'
            f'<td class="n">{topic.b_count}{_bar("b", topic.b_count, top)}</td></tr>'
        )
    out.append("</tbody></table>")
    return out


def _one_sided_table(diff: Diff, rows: Sequence[Row]) -> list[str]:
    groups = diff.one_sided_by_topic()
    if not groups:
        return []
    number: dict[tuple[str, str], int] = {
        (row.kind, row.one.id): row.number for row in rows if row.one is not None
    }

    def links(kind: str, clauses: Sequence[OneSided]) -> str:
        found = [number[(kind, c.id)] for c in clauses if (kind, c.id) in number]
        if not found:
            return "—"
        anchors = " ".join(f'<a href="#r{n}">#{n}</a>' for n in found)
        if len(found) <= ONE_SIDED_LINKS:
            return anchors
        return f"<details><summary>{len(found)} clauses</summary>{anchors}</details>"

    out = ["<h3>Found on one side only, by topic</h3>"]
    out.append("<table><thead><tr><th>Topic</th><th>Only in A</th><th>Only in B</th>")
    out.append("</tr></thead><tbody>")
    for name, (only_a, only_b) in groups.items():
        out.append(
            f"<tr><td>{_e(name)}</td><td>{links('removed', only_a)}</td>"
            f"<td>{links('added', only_b)}</td></tr>"
        )
    out.append("</tbody></table>")
    return out


def _entity_table(diff: Diff, whole: str = "") -> list[str]:
    if not diff.entities:
        return []
    differ = [e for e in diff.entities if e.a_count != e.b_count]
    same = [e for e in diff.entities if e.a_count == e.b_count]
    head = (
        '<table><thead><tr><th>Entity</th><th>Kind</th><th class="n">A</th>'
        '<th class="n">B</th></tr></thead><tbody>'
    )
    out = [f"<h3>Entities named more or less often ({len(differ)}{whole})</h3>", head]
    out += [_entity_row(e) for e in differ]
    out.append("</tbody></table>")
    if same:
        out.append(f"<details><summary>{len(same)} named equally often</summary>{head}")
        out += [_entity_row(e) for e in same]
        out.append("</tbody></table></details>")
    return out


def _entity_row(entity: EntityRow) -> str:
    return (
        f"<tr><td>{_e(entity.name)}</td><td>{_e(entity.kind)}</td>"
        f'<td class="n">{entity.a_count}</td><td class="n">{entity.b_count}</td></tr>'
    )


def _bar(side: str, count: int, top: int) -> str:
    width = round(60 * count / top, 1)
    return f'<span class="bar {side}" style="width:{width}px"></span>' if count else ""


def _tag_kind(kind: str) -> str:
    classes = " ".join(("tag", _TAG_CLASS[kind])) if kind in _TAG_CLASS else "tag"
    return f'<span class="{classes}">{_e(kind)}</span>'


def _tag(change: Change) -> str:
    return _tag_kind(change.kind)


def _colhead(diff: Diff) -> str:
    """The A/B column heads, kept in view with the filter bar."""
    return (
        f'<div class="colhead wrap" aria-hidden="true"><div>A · {_e(_name(diff.a, "A"))}</div>'
        f"<div>B · {_e(_name(diff.b, 'B'))}</div></div>"
    )


def _main(diff: Diff, blocks: Sequence[Block], topic_index: dict[str, int]) -> list[str]:
    out = ['<main class="wrap">']
    related = related_notes(diff, diff.rows())
    for block in blocks:
        # each A section is a block, so a filter can hide a heading left without rows
        anchor = f' id="{_e(block.anchor)}"' if block.anchor else ""
        out.append(f'<section class="block"{anchor}>')
        if block.section is not None and block.section.heading:
            out.append(f'<h3 class="sec">{_e(block.section.heading)}</h3>')
        out += [_row(diff, row, topic_index, related.get(row.number, ())) for row in block.rows]
        out.append("</section>")
    if not blocks:
        message = "No differences." if diff.is_empty else "No rows to show."
        out.append(f'<p class="empty">{message}</p>')
    out.append("</main>")
    return out


def _classes(row: Row, topic_index: dict[str, int]) -> str:
    classes = ["row", f"rel-{shown_relation(row)}"]
    if row.moved:
        classes.append("moved")
    if not row.changed:
        classes.append("same")
    classes += [f"t{topic_index[t]}" for t in row.topics if t in topic_index]
    return " ".join(classes)


def _flag(row: Row) -> str:
    """Where a moved, split or merged pair comes from, in words."""
    a_ids = " + ".join(row.a_ids)
    b_ids = " + ".join(row.b_ids)
    if row.pair is None:
        if row.kind == "added" and row.one is not None:
            after = f"after A {row.one.after}" if row.one.after else "at the start"
            return f"only in B ({b_ids}), {after}"
        return f"only in A ({a_ids})"
    relation = row.pair.relation
    if relation == "split":
        text = f"split: A {a_ids} became B {b_ids}"
    elif relation == "merged":
        text = f"merged: A {a_ids} became B {b_ids}"
    else:
        text = f"A {a_ids} → B {b_ids}"
    if row.pair.moved:
        text += " · moved: B has it elsewhere in its order"
    return text


def _row(
    diff: Diff, row: Row, topic_index: dict[str, int], related: Sequence[RelatedNote] = ()
) -> str:
    meta = [f'<a class="num" href="#r{row.number}">#{row.number}</a>']
    meta.append(f'<span class="rel">{_e(shown_relation(row))}</span>')
    meta.append(f'<span class="ids">{_e(_flag(row))}</span>')
    if row.pair is not None and row.pair.changed:
        meta.append(f" · similarity {row.pair.similarity:.2f}")
    meta += [f' <span class="tag topic">{_e(topic)}</span>' for topic in row.topics]
    cells: list[str]
    la, lb = _lang(diff.a.language), _lang(diff.b.language)
    if row.pair is not None:
        a_side, b_side = side_segments(diff, row.pair)
        cells = [
            f'<div class="a"{la}>{_words(a_side)}</div>',
            f'<div class="b"{lb}>{_words(b_side)}</div>',
        ]
    elif row.one is not None and row.kind == "removed":
        cells = [
            f'<div class="a"{la}><del>{_e(row.one.text)}</del></div>',
            '<div class="b empty">not in B</div>',
        ]
    elif row.one is not None:
        cells = [
            '<div class="a empty">not in A</div>',
            f'<div class="b"{lb}><ins>{_e(row.one.text)}</ins></div>',
        ]
    else:  # pragma: no cover - a Row always holds a pair or a clause
        cells = []
    changes = ""
    if row.pair is not None and row.pair.changes:
        items = [
            f'{_tag(c)}<span class="detail">{_e(change_text(c) + times(n))}</span>'
            for c, n in grouped_changes(row.pair.changes)
        ]
        changes = f'<div class="changes">{"".join(items)}</div>'
    links = "".join(_related(note) for note in related)
    return (
        f'<article class="{_classes(row, topic_index)}" id="r{row.number}">'
        f'<div class="meta">{"".join(meta)}</div>{"".join(cells)}{changes}{links}</article>'
    )


def _cjk_css(diff: Diff) -> str:
    return CJK_CSS if {diff.a.language, diff.b.language} & {"ja", "ko"} else ""


def _lang(language: str) -> str:
    """A ``lang`` attribute for a clause cell not in English (the page is ``lang="en"``)."""
    return f' lang="{language}"' if language != "en" else ""


def _related(note: RelatedNote) -> str:
    """A related link, one click away from the row that holds the other side."""
    target = f' <a href="#r{note.row}">#{note.row}</a>' if note.row else ""
    return f'<div class="related">{_e(note.describe())}{target}</div>'


def _words(segments: Sequence[Segment]) -> str:
    out: list[str] = []
    for segment in segments:
        text = _e(segment.text)
        if segment.op == "delete":
            out.append(f"<del>{text}</del>")
        elif segment.op == "insert":
            out.append(f"<ins>{text}</ins>")
        else:
            out.append(text)
    return "".join(out)
