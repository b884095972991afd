"""Blocks → sections → sentences → clauses, with path ids and spans (first cut)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from statementdiff._blocks import RawBlock
from statementdiff.models import Block, Clause, Sentence, Section, Span

__all__ = ["build_sections"]

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def build_sections(text: str, blocks: Sequence[RawBlock]) -> tuple[Section, ...]:
    """Group blocks under headings and segment each block into sentences and clauses."""
    sections: list[Section] = []
    current: list[Block] = []
    heading: RawBlock | None = None

    def close() -> None:
        if heading is None and not current:
            return
        sid = f"sec{len(sections) + 1}"
        start = heading.start if heading else current[0].span.start
        end = current[-1].span.end if current else heading.end  # type: ignore[union-attr]
        sections.append(
            Section(
                id=sid,
                text=text[start:end],
                span=Span(start=start, end=end),
                heading=text[heading.start : heading.end] if heading else None,
                heading_span=Span(start=heading.start, end=heading.end) if heading else None,
                blocks=tuple(b.model_copy(update={"id": f"{sid}.{b.id}"}) for b in current),
            )
        )

    for raw in blocks:
        if raw.kind == "heading":
            close()
            current, heading = [], raw
            continue
        current.append(_block(text, raw, f"p{len(current) + 1}"))
    close()
    return tuple(_reid(s) for s in sections)


def _block(text: str, raw: RawBlock, bid: str) -> Block:
    sentences = []
    for m in _SENTENCE.finditer(text, raw.body_start, raw.end):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            span = Span(start=start, end=end)
            clause = Clause(id="c1", text=text[start:end], span=span)
            sentences.append(Sentence(id=f"s{len(sentences) + 1}", text=clause.text, span=span,
                                      clauses=(clause,)))
    return Block(
        id=bid,
        kind="item" if raw.kind == "item" else "paragraph",
        text=text[raw.start : raw.end],
        span=Span(start=raw.start, end=raw.end),
        label=raw.label,
        level=raw.level,
        sentences=tuple(sentences),
    )


def _reid(section: Section) -> Section:
    blocks = []
    for b in section.blocks:
        sentences = tuple(
            s.model_copy(
                update={
                    "id": f"{b.id}.{s.id}",
                    "clauses": tuple(
                        c.model_copy(update={"id": f"{b.id}.{s.id}.{c.id}"}) for c in s.clauses
                    ),
                }
            )
            for s in b.sentences
        )
        blocks.append(b.model_copy(update={"sentences": sentences}))
    return section.model_copy(update={"blocks": tuple(blocks)})
