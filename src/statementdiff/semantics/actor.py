"""Who speaks in a clause: find the actor phrase and normalize it to parties.

"We", "The two leaders", "Both countries" stand for the statement's own parties;
"The United States and Japan" or "President Biden and Prime Minister Suga" name
them (through the entity lexicon); an unknown titled person ("President Han") is
kept as written so that a change of speaker is still visible.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Clause, Span

__all__ = ["COLLECTIVE_PLACEHOLDER", "find_actor", "is_collective", "parties_of"]

COLLECTIVE_PLACEHOLDER = "the parties"
"""What a collective actor ("We") resolves to when the statement lists no parties."""

# The word lists are data (lexicon/actors.toml, built-in only); the patterns are rules.
_WORDS = Lexicon.default().actors
assert _WORDS is not None  # the built-in lexicon always has its [actors] table


def _alternatives(phrases: Sequence[str]) -> str:
    """Join the phrases in order into one alternation, any whitespace between their words."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)


_CONNECTORS = frozenset(_WORDS.connectors)
_ROLES = frozenset(_WORDS.roles)
_PARTY_KINDS = frozenset(_WORDS.party_kinds)
_COLLECTIVE = re.compile(
    r"^(?:we|our|us|they|their|both|"
    r"(?:the\s+)?(?:two\s+|three\s+|four\s+|five\s+|both\s+|all\s+)?"
    rf"(?:{_alternatives(_WORDS.collectives)}))\b",
    re.IGNORECASE,
)
_TITLED = re.compile(
    rf"\b(?:{_alternatives(_WORDS.titles)})"
    rf"(?:\s+(?:[A-Z][\w\u2019'.-]*|{_alternatives(_WORDS.name_particles)}))+"
)
_TOKEN = re.compile(r"[^\s,;:]+")
_QUOTES = "\"'\u201c\u201d() "
_OPENER = re.compile(
    rf"^(?:{_alternatives(_WORDS.openers)})\b[^,;:.]{{0,100}},\s+",
    re.IGNORECASE,
)
_MAX_ACTOR_TOKENS = 12


def find_actor(clause: Clause, statement_text: str, offset: int = 0) -> Span | None:
    """Where the clause's actor phrase stands, or None when the clause starts without one.

    The segmenter's ``clause.actor`` is used when it is written at the clause start;
    otherwise the leading run of capitalized words, role nouns ("leaders") and
    connectors ("and", "the") is taken ("President Biden and President Moon").

    Args:
        clause: The clause.
        statement_text: ``Statement.text`` of the clause's statement, or a slice of it
            that covers the clause.
        offset: Where ``statement_text`` starts in ``Statement.text`` (0 for the whole text).

    Returns:
        The actor's span, or None (an elided actor: "and welcome new partners").
    """
    start, end = clause.span.start, clause.span.end
    text = statement_text[start - offset : end - offset]
    if clause.actor and _plausible(clause.actor):
        pattern = r"(?<!\w)" + re.escape(clause.actor) + r"(?!\w)"
        match = re.search(pattern, text, re.IGNORECASE)
        return Span(start=start + match.start(), end=start + match.end()) if match else None
    opener = _OPENER.match(text)
    skip = opener.end() if opener else 0
    last = None
    for count, token in enumerate(_TOKEN.finditer(text, skip)):
        word = token.group().strip(_QUOTES)
        if count >= _MAX_ACTOR_TOKENS or not word:
            break
        lowered = word.lower()
        accepted = word[0].isupper() or lowered in _CONNECTORS or lowered in _ROLES
        if not accepted:
            break
        if lowered not in _CONNECTORS:
            last = token
        if text[token.end() : token.end() + 1] in {",", ";", ":"}:
            break
    if last is None:
        return None
    first = _TOKEN.search(text, skip)
    begin = first.start() if first else skip
    return Span(start=start + begin, end=start + last.end())


def _plausible(actor: str) -> bool:
    words = actor.split()
    if not words or len(words) > _MAX_ACTOR_TOKENS:
        return False
    first = words[0].strip(_QUOTES)
    return bool(first) and (
        first[0].isupper() or first.lower() in _CONNECTORS or is_collective(first)
    )


def is_collective(actor: str) -> bool:
    """True for actors that stand for the statement's own parties ("We", "The two leaders")."""
    return _COLLECTIVE.match(actor.strip()) is not None


def parties_of(
    actor: str,
    actor_span: Span,
    mentions: Sequence[tuple[str, int, int]],
    statement_parties: Sequence[str],
    lexicon: Lexicon,
) -> tuple[str, ...]:
    """Normalize an actor phrase to the parties it stands for.

    Args:
        actor: The actor phrase as written.
        actor_span: Its span.
        mentions: ``(entity name, start, end)`` of the clause's entity mentions.
        statement_parties: The statement's ``parties`` metadata.
        lexicon: The lexicon (for entity kinds and persons' parties).

    Returns:
        The parties in order of mention, without repeats (empty when unknown).
    """
    if is_collective(actor):
        return tuple(statement_parties) or (COLLECTIVE_PLACEHOLDER,)
    if not _names_a_party(actor, actor_span, mentions):
        return ()
    found: list[str] = []
    for name, start, end in mentions:
        if start < actor_span.start or end > actor_span.end:
            continue
        entry = lexicon.entities.get(name)
        if entry is None:
            continue
        if entry.party:
            found.append(entry.party)
        elif entry.kind in _PARTY_KINDS:
            found.append(name)
    if not found:
        found = [" ".join(m.group().split()) for m in _TITLED.finditer(actor)]
    return tuple(dict.fromkeys(found))


def _names_a_party(actor: str, span: Span, mentions: Sequence[tuple[str, int, int]]) -> bool:
    """False for phrases such as "The U.S.-Japan Alliance": their head is not a party."""
    words = actor.split()
    if not words:
        return False
    if words[-1].lower() in _ROLES or _TITLED.search(actor):
        return True
    return any(start < span.end and end >= span.end - 1 for _, start, end in mentions)
