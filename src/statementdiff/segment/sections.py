r"""Blocks → sections → sentences → clauses, with stable path ids and exact spans.

Ids come from the document's own structure, so an edit inside one paragraph never renumbers
another node:

* sections ``sec1``, ``sec2``, … one per heading (text before the first heading is ``sec1`` too);
* unnumbered paragraphs ``secN.pK`` (K counts paragraphs in the section), bullets ``secN.iK``
  (K counts bullets in the section);
* numbered paragraphs and items use the printed number: "3." → ``secN.n3``, "(a)" under it →
  ``secN.n3.a``, "(ii)" under that → ``secN.n3.a.ii``. Nesting follows the reader's ``level``
  where it gives one, and otherwise the order in which label styles first appear in the section
  ("3." then "(a)" then "(i)"), as in legal numbering;
* a repeated id gets a ``~2``, ``~3``, … suffix, and the items under it keep it ("(a)" under
  the second "1." is ``secN.n1~2.a``);
* a bullet followed by a printed label ("- a.", "• (i)") is numbered by that label;
* sentences ``<block>.sK`` and clauses ``<sentence>.cK``.

Examples:
    >>> from statementdiff.read.blocks import RawBlock
    >>> text = "Trade\n\n3. We agree. We act.\n\n(a) We welcome it."
    >>> secs = build_sections(text, [RawBlock("heading", 0, 5, 0),
    ...     RawBlock("paragraph", 7, 25, 10, label="3."),
    ...     RawBlock("item", 27, 44, 31, label="(a)")])
    >>> [n.id for n in secs[0].blocks[1].sentences[0].clauses]
    ['sec1.n3.a.s1.c1']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.limits import Limits
from statementdiff.models import Block, Clause, Section, Sentence, Span
from statementdiff.read.blocks import RawBlock
from statementdiff.segment import japanese, korean
from statementdiff.segment.clauses import ClauseSpan, clause_spans
from statementdiff.segment.sentences import sentence_spans

__all__ = ["build_sections", "label_key"]

_LABEL = re.compile(r"^([(\[]?)([0-9]{1,4}|[A-Za-z]{1,6})([.)\]:]?)$")
# "(i)", "(v)", "(x)": the letter before them, the numeral before them
_AMBIGUOUS = {"i": ("h", ""), "v": ("u", "iv"), "x": ("w", "ix")}
_ROMAN = re.compile(r"^(?=[ivxlc])(?:x{0,3})(?:ix|iv|v?i{0,3})$")


def label_key(label: str | None) -> tuple[str, str] | None:
    """Split a printed list marker into (id key, style), or None for bullets and no label.

    The style tells label families apart: ``"num."``, ``"(alpha)"``, ``"(roman)"``, ...

    Examples:
        >>> label_key("3."), label_key("(ii)"), label_key("(b)"), label_key("•")
        (('3', 'num.'), ('ii', '(roman)'), ('b', '(alpha)'), None)
    """
    if not label:
        return None
    match = _LABEL.match(label.strip())
    if not match:
        return None
    opening, body, closing = match.groups()
    if not opening and not closing:
        return None
    if body.isdigit():
        family = "num"
        key = str(int(body))
    elif (_ROMAN.match(body.lower()) and len(body) > 1) or body.lower() == "i":
        family = "roman" if body.islower() else "ROMAN"
        key = body.lower()
    elif len(body) == 1:
        family = "alpha" if body.islower() else "ALPHA"
        key = body.lower()
    else:
        return None
    return key, f"{opening}{family}{closing}"


class _Numbering:
    """Assigns path ids to the blocks of one section."""

    def __init__(self) -> None:
        self.paragraphs = 0
        self.bullets = 0
        self.styles: list[str] = []  # label styles in order of first appearance
        self.stack: list[tuple[int, str]] = []  # (depth, path) of the open numbered items
        self.seen: dict[str, int] = {}
        self.last: dict[str, str] = {}  # the last key of each label style

    def block_id(self, raw: RawBlock) -> str:
        parsed = label_key(raw.label)
        if parsed is None:
            if raw.kind == "item" and raw.label:
                self.bullets += 1
                return self._unique(f"i{self.bullets}")
            self.paragraphs += 1
            return self._unique(f"p{self.paragraphs}")
        key, style = parsed
        style = self._roman_or_letter(key, style)
        if style not in self.styles:
            self.styles.append(style)
        depth = raw.level if raw.level > 0 else self.styles.index(style)
        while self.stack and self.stack[-1][0] >= depth:
            self.stack.pop()
        path = self._unique(f"{self.stack[-1][1]}.{key}" if self.stack else f"n{key}")
        self.stack.append((depth, path))  # children hang under the id as given, "~2" included
        self.last[style] = key
        return path

    def _roman_or_letter(self, key: str, style: str) -> str:
        """Decide whether "(i)", "(v)" or "(x)" continues a list of letters or of numerals."""
        if key not in _AMBIGUOUS:
            return style
        upper = "ROMAN" in style or "ALPHA" in style
        roman, alpha = ("ROMAN", "ALPHA") if upper else ("roman", "alpha")
        as_roman, as_alpha = style.replace(alpha, roman), style.replace(roman, alpha)
        letter_before, numeral_before = _AMBIGUOUS[key]
        if self.last.get(as_alpha) == letter_before:
            return as_alpha
        if key == "i" or self.last.get(as_roman) == numeral_before:
            return as_roman
        return as_alpha

    def _unique(self, path: str) -> str:
        count = self.seen.get(path, 0) + 1
        self.seen[path] = count
        return path if count == 1 else f"{path}~{count}"


def build_sections(
    text: str,
    blocks: Sequence[RawBlock],
    *,
    lexicon: Lexicon | None = None,
    limits: Limits | None = None,
    source: str = "<text>",
    language: str = "en",
) -> tuple[Section, ...]:
    """Group blocks under headings and segment each block into sentences and clauses.

    Args:
        text: The statement text the blocks index into.
        blocks: Headings, paragraphs and items from a reader, in document order.
        lexicon: Where the abbreviations, reporting verbs, function words (``[grammar]``)
            and words of actor phrases (``[actors]``) come from (the built-in lexicon when
            None).
        limits: The limits on text, blocks, clauses and sentences (``Limits()`` when None).
        source: Name of the input, for error messages.
        language: "en", or "ja"/"ko" for the rules of :mod:`~statementdiff.segment.japanese`
            and :mod:`~statementdiff.segment.korean`.

    Returns:
        The sections, in document order, with ids and spans filled in.

    Raises:
        LimitExceededError: The text, a sentence, or the number of blocks or clauses is
            over its limit. Counting stops at the first limit passed, so the work done is
            bounded by the limits, not by the input.
    """
    budget = _Budget(limits or Limits(), source)
    budget.check("max_text_chars", len(text))
    budget.check("max_blocks", len(blocks))
    groups: list[tuple[RawBlock | None, list[RawBlock]]] = []
    for raw in blocks:
        if raw.kind == "heading":
            groups.append((raw, []))
        elif not groups:
            groups.append((None, [raw]))
        else:
            groups[-1][1].append(raw)
    lex = lexicon or Lexicon.default()
    return tuple(
        _section(text, f"sec{n}", heading, members, lex, budget, language)
        for n, (heading, members) in enumerate(groups, 1)
    )


_WORD = re.compile(r"[^\W_]+")
"""A word, for ``max_sentence_words``: a run of letters and digits."""


class _Budget:
    """The limits of one statement, and the clauses spent so far."""

    def __init__(self, limits: Limits, source: str) -> None:
        self.limits = limits
        self.source = source
        self.clauses = 0

    def check(self, name: str, found: int) -> None:
        if found > getattr(self.limits, name):
            raise self.limits.exceeded(name, found, self.source)

    def sentence(self, text: str, start: int, end: int) -> None:
        limits = self.limits
        self.check("max_sentence_chars", end - start)
        if end - start >= 2 * limits.max_sentence_words:  # shorter sentences have fewer words
            self.check("max_sentence_words", len(_WORD.findall(text, start, end)))

    def spend(self, clauses: int) -> None:
        self.clauses += clauses
        if self.clauses > self.limits.max_clauses:
            raise self.limits.exceeded("max_clauses", self.clauses, self.source, at_least=True)


def _section(
    text: str,
    sid: str,
    heading: RawBlock | None,
    members: list[RawBlock],
    lex: Lexicon,
    budget: _Budget,
    language: str = "en",
) -> Section:
    numbering = _Numbering()
    built = tuple(
        _block(text, raw, f"{sid}.{numbering.block_id(raw)}", lex, budget, language)
        for raw in members
    )
    start = heading.start if heading else built[0].span.start
    end = built[-1].span.end if built else start
    if heading is not None:
        end = max(end, heading.end)
    only = built[0] if len(built) == 1 and heading is None else None
    same = only is not None and (only.span.start, only.span.end) == (start, end)
    return Section(
        id=sid,
        text=only.text if only is not None and same else text[start:end],
        span=only.span if only is not None and same else Span(start=start, end=end),
        heading=text[heading.start : heading.end] if heading else None,
        heading_span=Span(start=heading.start, end=heading.end) if heading else None,
        blocks=built,
    )


def _block(
    text: str, raw: RawBlock, bid: str, lex: Lexicon, budget: _Budget, language: str = "en"
) -> Block:
    """One block's sentences and clauses.

    A node that covers exactly what its only child covers shares the child's ``text``
    string and ``Span``: both are immutable, and a statement of one-clause sentences
    keeps one copy of each sentence's text instead of two.
    """
    sentences = []
    abbreviations, verbs = lex.abbreviations, lex.reporting_verbs
    grammar, actor_words = lex.clause_grammar, lex.actor_words
    cjk = japanese if language == "ja" else korean if language == "ko" else None
    if cjk is None:
        spans = sentence_spans(text, raw.body_start, raw.end, abbreviations)
    else:
        spans = cjk.sentence_spans(text, raw.body_start, raw.end)
    for s_no, (s_start, s_end) in enumerate(spans, 1):
        budget.sentence(text, s_start, s_end)
        if cjk is None:
            found = clause_spans(
                text, s_start, s_end, verbs, grammar=grammar, actor_words=actor_words
            )
        else:
            found = cjk.clause_spans(text, s_start, s_end, lex.matchers.stance)
        budget.spend(len(found))
        sid = f"{bid}.s{s_no}"
        s_text = text[s_start:s_end]
        s_span = Span(start=s_start, end=s_end)
        clauses = tuple(
            _clause(text, f"{sid}.c{c_no}", c, s_text, s_span) for c_no, c in enumerate(found, 1)
        )
        sentences.append(Sentence(id=sid, text=s_text, span=s_span, clauses=clauses))
    whole = len(sentences) == 1 and (raw.start, raw.end) == (spans[0][0], spans[0][1])
    return Block(
        id=bid,
        kind="item" if raw.kind == "item" else "paragraph",
        text=sentences[0].text if whole else text[raw.start : raw.end],
        span=sentences[0].span if whole else Span(start=raw.start, end=raw.end),
        label=raw.label,
        level=raw.level,
        sentences=tuple(sentences),
    )


def _clause(text: str, cid: str, found: ClauseSpan, s_text: str, s_span: Span) -> Clause:
    whole = (found.start, found.end) == (s_span.start, s_span.end)
    return Clause(
        id=cid,
        text=s_text if whole else text[found.start : found.end],
        span=s_span if whole else Span(start=found.start, end=found.end),
        actor=found.actor,
        actor_span=Span(start=found.actor_span[0], end=found.actor_span[1])
        if found.actor_span
        else None,
        predicate=found.predicate,
    )
