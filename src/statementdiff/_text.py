"""Plain-text reader: paragraphs, headings and list items (first cut; to be refined)."""

from __future__ import annotations

import re

from statementdiff._blocks import RawBlock

__all__ = ["read_text"]

_ITEM = re.compile(r"(?:[-•*]|\d{1,3}[.)]|\([a-zA-Z0-9]{1,4}\))[ \t]+")


def read_text(text: str) -> tuple[str, list[RawBlock]]:
    """Normalize line endings and split ``text`` into blocks."""
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[RawBlock] = []
    for match in re.finditer(r"[^\n]+(?:\n[^\n]+)*", body):
        start, end = match.span()
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        chunk = body[start:end]
        item = _ITEM.match(chunk)
        if item:
            blocks.append(
                RawBlock("item", start, end, start + item.end(), label=item.group().strip())
            )
        elif _is_heading(chunk):
            blocks.append(RawBlock("heading", start, end, start))
        else:
            blocks.append(RawBlock("paragraph", start, end, start))
    return body, blocks


def _is_heading(chunk: str) -> bool:
    return "\n" not in chunk and len(chunk) < 120 and not chunk.rstrip().endswith((".", ";", ","))
