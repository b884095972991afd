"""lxml reader: find the main content, drop navigation, yield text blocks (first cut)."""

from __future__ import annotations

from lxml import etree, html

from statementdiff._blocks import RawBlock
from statementdiff.errors import ParseError

__all__ = ["read_html"]

_BLOCK_TAGS = {"p": "paragraph", "li": "item", "h1": "heading", "h2": "heading", "h3": "heading",
               "h4": "heading", "h5": "heading", "h6": "heading"}
_DROP = ("script", "style", "nav", "header", "footer", "noscript", "form", "iframe", "template")


def read_html(text: str, *, source: str = "<text>") -> tuple[str, list[RawBlock]]:
    """Extract blocks from HTML; the returned text joins them with blank lines."""
    parser = html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, default_doctype=False
    )
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ParseError(f"cannot read {source} as HTML: {exc}", source=source) from None
    for bad in root.iter(*_DROP):
        bad.drop_tree()
    parts: list[str] = []
    blocks: list[RawBlock] = []
    offset = 0
    for element in root.iter(*_BLOCK_TAGS):
        content = " ".join(element.text_content().split())
        if not content:
            continue
        if parts:
            offset += 2
        kind = _BLOCK_TAGS[element.tag]
        blocks.append(RawBlock(kind, offset, offset + len(content), offset))  # type: ignore[arg-type]
        parts.append(content)
        offset += len(content)
    return "\n\n".join(parts), blocks
