"""The HTML report's navigation: filters with counts that follow them, A/B heads, contents.

Everything works without a script. The filters are radio buttons placed before the filter
bar and ``<main>``, so that CSS can react to them (:func:`~._css.filter_css`). The counts
are written into the page for every filter and shown by CSS: the bar's total holds one
number per relation and topic, nested (``.kr-<relation>`` around ``.kt-<topic>``), so two
rules per filter value show the one that applies, whatever the other filter is; each relation
button carries one number per topic and each topic button one per relation, shown by the
same rules.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from statementdiff.models import Row, Section
from statementdiff.render._common import flat, shown_relation
from statementdiff.render.visible import visible

__all__ = [
    "ALL",
    "Block",
    "Filters",
    "contents",
    "counts",
    "filter_bar",
    "filter_inputs",
    "has_relation",
    "row_blocks",
]

ALL = "all"
"""The value of either filter that lets every row through."""

CHANGED = "changed"
"""The relation filter that hides rows with the same words in the same place."""


def _e(text: str) -> str:
    return html.escape(visible(text), quote=True)


def has_relation(row: Row, relation: str) -> bool:
    """Whether the row shows under a relation button (a moved pair also counts as "moved")."""
    return shown_relation(row) == relation or (relation == "moved" and row.moved)


@dataclass(frozen=True, slots=True)
class Filters:
    """The filter buttons of a page: relations (after "all" and "changed") and topics."""

    relations: tuple[str, ...]
    topics: tuple[str, ...]

    def relation_values(self) -> tuple[str, ...]:
        """Every value of the relation filter: ``all``, ``changed``, then the relations."""
        return (ALL, CHANGED, *self.relations)

    def topic_values(self) -> tuple[str, ...]:
        """Every value of the topic filter as used in ids: ``all``, then ``0`` … ``N-1``."""
        return (ALL, *(str(n) for n in range(len(self.topics))))

    def passes(self, row: Row, relation: str, topic: str) -> bool:
        """Whether ``row`` shows when these two values are chosen."""
        if relation == CHANGED and not row.changed:
            return False
        if relation not in (ALL, CHANGED) and not has_relation(row, relation):
            return False
        return topic == ALL or self.topics[int(topic)] in row.topics


def filter_inputs(filters: Filters) -> list[str]:
    """Radio buttons, placed before the filter bar and main so CSS can react to them."""
    out = [
        f'<input class="f" type="radio" name="fr" id="fr-{value}"{_checked(value)}>'
        for value in filters.relation_values()
    ]
    out += [
        f'<input class="f" type="radio" name="ft" id="ft-{value}"{_checked(value)}>'
        for value in filters.topic_values()
    ]
    return out


def _checked(value: str) -> str:
    return " checked" if value == ALL else ""


def counts(filters: Filters, rows: Sequence[Row]) -> dict[tuple[str, str], int]:
    """How many rows :meth:`Filters.passes` lets through for each pair of filter values.

    One pass over the rows: a row counts under each relation value and each topic value it
    passes, and so under every pair of them (the two filters are independent).
    """
    count = dict.fromkeys(
        ((r, t) for r in filters.relation_values() for t in filters.topic_values()), 0
    )
    topic_values = filters.topic_values()[1:]
    for row in rows:
        relations = [r for r in filters.relation_values() if filters.passes(row, r, ALL)]
        topics = [ALL, *(t for t in topic_values if filters.topics[int(t)] in row.topics)]
        for r in relations:
            for t in topics:
                count[(r, t)] += 1
    return count


def filter_bar(filters: Filters, rows: Sequence[Row], colhead: str) -> list[str]:
    """The sticky bar: filter buttons with counts, how many rows show, the A/B column heads.

    Args:
        filters: The buttons.
        rows: The rows in the page.
        colhead: The markup of the A/B column heads, kept in view with the bar.
    """
    count = counts(filters, rows)
    out = ['<nav class="filters" aria-label="Filter rows"><div class="wrap">']
    buttons = []
    for r in filters.relation_values():
        numbers = "".join(
            f'<span class="k kt-{t} n">{count[(r, t)]}</span>' for t in filters.topic_values()
        )
        buttons.append(f'<label for="fr-{r}">{r}{numbers}</label>')
    out.append(f'<div class="group"><span>Show</span>{"".join(buttons)}</div>')
    if filters.topics:
        labels = []
        for t, name in zip(filters.topic_values(), (ALL, *filters.topics), strict=True):
            numbers = "".join(
                f'<span class="k kr-{r} n">{count[(r, t)]}</span>'
                for r in filters.relation_values()
            )
            text = "any topic" if t == ALL else _e(name)
            labels.append(f'<label for="ft-{t}">{text}{numbers}</label>')
        out.append(f'<div class="group topics"><span>Topic</span>{"".join(labels)}</div>')
    total = "".join(
        f'<span class="k kr-{r}">'
        + "".join(f'<span class="k kt-{t}">{count[(r, t)]}</span>' for t in filters.topic_values())
        + "</span>"
        for r in filters.relation_values()
    )
    out.append(
        f'<p class="shown" role="status">Showing <b>{total}</b> of {len(rows)} '
        f"row{'' if len(rows) == 1 else 's'}</p>"
    )
    out.append(f"</div>{colhead}</nav>")
    return out


@dataclass(frozen=True, slots=True)
class Block:
    """Rows under one heading of A (``section`` is None for rows before any heading)."""

    section: Section | None
    rows: tuple[Row, ...]

    @property
    def anchor(self) -> str | None:
        """The block's id in the page (``s-sec2``), None without a heading."""
        return f"s-{self.section.id}" if self.section is not None else None


def row_blocks(rows: Sequence[Row], sections: dict[str, Section]) -> list[Block]:
    """The rows grouped by A's headed sections, in reading order.

    A row goes under the section of its first A clause; rows of a section without a
    heading, and clauses found only in B, stay in the block they follow.

    Args:
        rows: The rows in reading order.
        sections: Each A clause id's section (see :func:`~._rows.clause_sections`).
    """
    groups: list[tuple[Section | None, list[Row]]] = []
    current: str | None = None
    for row in rows:
        section = sections.get(row.a_ids[0]) if row.a_ids else None
        if section is not None and section.id != current:
            current = section.id
            if section.heading:
                groups.append((section, []))
        if not groups:
            groups.append((None, []))
        groups[-1][1].append(row)
    return [Block(section, tuple(found)) for section, found in groups]


CONTENTS_OPEN = 20
"""Up to this many sections, the contents list is open when the page loads."""


def contents(blocks: Sequence[Block]) -> list[str]:
    """A list of A's sections linking to their rows, when there are two or more.

    Each entry gives the section's id (to cite), its heading and how many rows it holds.
    """
    headed = [b for b in blocks if b.section is not None and b.section.heading]
    if len(headed) < 2:
        return []
    state = " open" if len(headed) <= CONTENTS_OPEN else ""
    out = [
        '<nav class="toc wrap" aria-label="Contents">',
        f"<details{state}><summary>Contents: {len(headed)} sections of A</summary><ol>",
    ]
    for block in headed:
        section = block.section
        if section is None or not section.heading:  # pragma: no cover - filtered above
            continue
        changed = sum(1 for row in block.rows if row.changed)
        n = len(block.rows)
        out.append(
            f'<li><a href="#{_e(block.anchor or "")}"><span class="ids">{_e(section.id)}'
            f"</span> {_e(flat(section.heading).strip())}</a> "
            f'<span class="n">{n} row{"" if n == 1 else "s"}, {changed} changed</span></li>'
        )
    out.append("</ol></details></nav>")
    return out
