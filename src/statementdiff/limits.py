"""Per-statement limits on the work :func:`statementdiff.parse` may do.

``max_chars`` bounds the size of the input; :class:`Limits` bounds what the input may ask
the parser to build: how many blocks and clauses, how long a sentence, how deep and how
large the HTML markup. Any input inside the default limits parses in a few seconds and a
few hundred megabytes (docs/design.md, "Worst cases: parsing", has the measurements);
input over a limit raises :class:`~statementdiff.errors.LimitExceededError`, whose message
names the limit, the value found and how to raise it.

Examples:
    >>> from statementdiff import Limits, parse
    >>> parse("We agree; we act.", limits=Limits(max_clauses=1))
    Traceback (most recent call last):
    ...
    statementdiff.errors.LimitExceededError: <text> has more than 1 clauses, over the limit
    max_clauses=1; pass limits=Limits(max_clauses=...) with a larger value to read it
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from statementdiff.errors import LimitExceededError, ParseError

__all__ = ["HTML_PARSER_MAX_DEPTH", "Limits"]

HTML_PARSER_MAX_DEPTH = 2048
"""libxml2's own nesting limit (with ``huge_tree``); ``max_html_depth`` cannot exceed it."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Limits on the work one statement may cause, each raising ``LimitExceededError``.

    The defaults are far above real statements (the largest G7 communiqué has about 130,000
    characters, 233 blocks, 765 clauses and a longest sentence of 1,278 characters and 178
    words) and low enough that any input within them parses, and any two such inputs
    compare, in a few seconds (the worst cases are in docs/design.md).

    Attributes:
        max_text_chars: Characters of statement text to segment: the whole plain-text
            input, or the text extracted from HTML.
        max_blocks: Paragraphs, list items and headings.
        max_clauses: Clauses in the whole statement.
        max_sentence_chars: Characters in one sentence.
        max_sentence_words: Words in one sentence (runs of letters and digits).
        max_html_depth: Nesting depth of HTML elements (``<html>`` is depth 1); at most
            :data:`HTML_PARSER_MAX_DEPTH`, the HTML parser's own limit.
        max_html_elements: Start tags in the HTML markup.
        max_html_attributes: Distinct attributes on one HTML element.
        max_pdf_pages: Pages of a PDF (the longest G7 communiqué prints on about 40).
        max_pdf_inflated_bytes: Bytes all the compressed streams of a PDF inflate to, checked
            before any is decoded (a decompression bomb is refused, not inflated; a
            40-page text PDF inflates to about 1 MB).

    Examples:
        >>> Limits().max_clauses
        10000
        >>> Limits(max_clauses=50_000).max_clauses
        50000
    """

    max_text_chars: int = 500_000
    max_blocks: int = 20_000
    max_clauses: int = 10_000
    max_sentence_chars: int = 20_000
    max_sentence_words: int = 3_000
    max_html_depth: int = 1_000
    max_html_elements: int = 100_000
    max_html_attributes: int = 200
    max_pdf_pages: int = 1_000
    max_pdf_inflated_bytes: int = 100_000_000

    def __post_init__(self) -> None:
        """Reject a limit that is not a positive whole number.

        Raises:
            ParseError: A limit is not an ``int`` of at least 1, or ``max_html_depth``
                is over :data:`HTML_PARSER_MAX_DEPTH`.
        """
        for field in fields(self):
            value = getattr(self, field.name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ParseError(
                    f"Limits.{field.name} must be a whole number of at least 1, not {value!r}",
                    source="<limits>",
                )
        if self.max_html_depth > HTML_PARSER_MAX_DEPTH:
            raise ParseError(
                f"Limits.max_html_depth can be at most {HTML_PARSER_MAX_DEPTH} (the HTML "
                f"parser's own limit), not {self.max_html_depth}",
                source="<limits>",
            )

    def exceeded(
        self,
        name: str,
        found: int,
        source: str,
        *,
        at_least: bool = False,
        line: int | None = None,
        offset: int | None = None,
    ) -> LimitExceededError:
        """The error for limit ``name``, over which the input went with ``found``.

        Args:
            name: The field name ("max_clauses").
            found: The count found.
            source: Name of the input, for the message.
            at_least: True when counting stopped early, so ``found`` is a lower bound.
            line: 1-based line of the problem, where known.
            offset: 0-based offset of the problem, where known.

        Returns:
            The error to raise; its message names the limit, the value and the remedy.
        """
        maximum: int = getattr(self, name)
        count = f"more than {maximum:,}" if at_least else f"{found:,}"
        return LimitExceededError(
            f"{source} has {count} {_WHAT[name]}, over the limit {name}={maximum:,}; "
            f"pass limits=Limits({name}=...) with a larger value to read it",
            source=source,
            line=line,
            offset=offset,
            limit=name,
            value=found,
            maximum=maximum,
        )


_WHAT = {
    "max_text_chars": "characters of statement text",
    "max_blocks": "blocks (paragraphs, items and headings)",
    "max_clauses": "clauses",
    "max_sentence_chars": "characters in one sentence",
    "max_sentence_words": "words in one sentence",
    "max_html_depth": "levels of nested HTML elements",
    "max_html_elements": "HTML elements",
    "max_html_attributes": "distinct attributes on one HTML element",
    "max_pdf_pages": "PDF pages",
    "max_pdf_inflated_bytes": "bytes in the inflated streams of the PDF",
}
