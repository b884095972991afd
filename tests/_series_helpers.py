"""Helpers for the series tests: hand-built statements and a simple word-overlap matcher.

The matcher stands in for compare's alignment so the thread logic can be tested on its own.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping, Sequence

from statementdiff.models import (
    Block,
    Clause,
    EntityMention,
    Section,
    Sentence,
    Span,
    Statement,
)

_WORD = re.compile(r"\w+")


def make_statement(
    sentences: Sequence[str],
    *,
    date: str | None = None,
    title: str | None = None,
    topics: Mapping[str, tuple[str, ...]] | None = None,
    entities: Mapping[str, tuple[str, ...]] | None = None,
) -> Statement:
    """One paragraph per sentence, one clause per sentence.

    ``topics`` maps a word to the topics of every clause containing it; ``entities`` maps a
    word to entity names (one mention each, at the word's first position in the clause).
    """
    topics = topics or {}
    entities = entities or {}
    text = "\n\n".join(sentences)
    blocks = []
    at = 0
    for k, sentence in enumerate(sentences, start=1):
        span = Span(start=at, end=at + len(sentence))
        words = set(_WORD.findall(sentence))
        clause_topics = sorted({t for w, ts in topics.items() if w in words for t in ts})
        mentions = []
        for word, names in entities.items():
            if word in words:
                pos = at + sentence.index(word)
                for name in names:
                    mentions.append(
                        EntityMention(
                            name=name,
                            kind="country",
                            text=word,
                            span=Span(start=pos, end=pos + len(word)),
                        )
                    )
        clause = Clause(
            id=f"sec1.p{k}.s1.c1",
            text=sentence,
            span=span,
            topics=tuple(clause_topics),
            entities=tuple(sorted(mentions, key=lambda m: (m.span.start, m.name))),
        )
        sent = Sentence(id=f"sec1.p{k}.s1", text=sentence, span=span, clauses=(clause,))
        blocks.append(Block(id=f"sec1.p{k}", text=sentence, span=span, sentences=(sent,)))
        at = span.end + 2
    section = Section(id="sec1", text=text, span=Span(start=0, end=len(text)), blocks=tuple(blocks))
    return Statement(text=text, date=date, title=title, sections=(section,))


def overlap_matcher(
    reps: Sequence[Clause], groups: Sequence[Hashable], statement: Statement, threshold: float
) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Greedy one-to-one pairing by word Jaccard similarity (ties broken by position)."""
    clauses = list(statement.clauses())
    scored = []
    for i, rep in enumerate(reps):
        a = set(_WORD.findall(rep.text.lower()))
        for j, clause in enumerate(clauses):
            b = set(_WORD.findall(clause.text.lower()))
            score = len(a & b) / len(a | b) if a | b else 0.0
            if score >= threshold:
                scored.append((-score, i, j))
    scored.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    found = []
    for neg, i, j in scored:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        found.append(((i,), (j,), -neg))
    return sorted(found, key=lambda m: m[1])
