"""Qualifier changes: words that frame an entity both sides keep.

Two rules, both about an entity mention that is unchanged on both sides:

* **Adjacent**: a small hunk (at most :data:`MAX_QUALIFIER_WORDS` words a side) separated
  from the entity by at most :data:`MAX_QUALIFIER_GAP` function words ("across the
  Taiwan Strait" → "in the Taiwan Strait"; "UNSCRs" → "relevant UNSCRs"). A change
  *before* an attributive mention ("the Myanmar military", "U.S.-ROK-Japan trilateral")
  qualifies the noun after it, not the entity, and does not count; nor does a hunk of
  articles, coordinators and forms of "be" or "have" alone ("DPRK" → "the DPRK", "is" →
  "are"), nor one whose words are all entity names (that is entity reordering, left to
  the entity labels), nor one that touches a person's name on
  either side ("President Yoon SukYeol of the Republic of Korea" → "Yoon Suk Yeol of …":
  people are left out of qualifiers, and so are the words of their names).
* Either way, the qualifier rule (:func:`qualifier_rule`) labels a change only if its
  words qualify a name (:func:`_qualifying_only`): "human rights in Hong Kong" → "the
  human rights situation in Hong Kong" and "sanctions on Russia" → "costs on Russia"
  are rewordings, not qualifiers.
* **Governing**: a one- or two-word framing modifier holding a word of
  :data:`FRAMING_WORDS` ("complete", "peaceful"; an -ing verb added, dropped or replaced by
  another without one, "the importance of [maintaining] peace", "maintaining" →
  "preserving", is wording, not framing) — whose
  object phrase runs, without punctuation, clause boundary or another -ing verb, through
  at most :data:`MAX_GOVERNED_GAP` unchanged words and ends in a preposition before the
  entity ("the importance of preserving peace and stability in the Taiwan Strait").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from statementdiff.lexicon.matchers import Hit
from statementdiff.lexicon.visible import finditer
from statementdiff.models import Span
from statementdiff.semantics.context import Found, Outcome, PairContext, outcome
from statementdiff.semantics.entities import is_person
from statementdiff.semantics.hunks import Hunk, Side, View, words

__all__ = [
    "FRAMING_WORDS",
    "MAX_GOVERNED_GAP",
    "MAX_QUALIFIER_GAP",
    "MAX_QUALIFIER_WORDS",
    "Qualifier",
    "qualifier_rule",
    "qualifiers",
]

MAX_QUALIFIER_WORDS = 4
"""An adjacent qualifier change rewrites at most this many words on each side."""

MAX_QUALIFIER_GAP = 3
"""At most this many unchanged function words between an adjacent qualifier and its entity."""

MAX_GOVERNED_GAP = 6
"""At most this many unchanged words between a governing modifier and its entity."""

FRAMING_WORDS = frozenset(
    {
        "complete", "full", "peaceful", "lasting", "permanent", "verifiable", "irreversible",
        "unconditional", "immediate", "continued", "sustained", "durable", "genuine",
        "meaningful", "early", "swift", "total", "partial", "final",
    }
)  # fmt: skip
"""Adjectives that frame the phrase they govern ("complete denuclearization of ...")."""

_STOP = re.compile(r"[.;:!?,()\u201c\u201d\"]")
_COORDINATORS = frozenset({"and", "or", "but", "nor", "as", "well"})
_ARTICLES = frozenset({"the", "a", "an"})
_PREPOSITIONS = frozenset(
    {
        "of", "in", "on", "at", "across", "around", "to", "for", "from", "with", "by", "over",
        "toward", "towards", "into", "within", "near", "beyond", "regarding", "about",
        "concerning", "throughout", "between", "among",
    }
)  # fmt: skip
_GAP_WORDS = _ARTICLES | _PREPOSITIONS
_GRAMMATICAL = (
    _COORDINATORS
    | _ARTICLES
    | {"is", "are", "was", "were", "be", "been", "has", "have", "those", "these"}
    | {"region", "area"}
)
"""Words that carry grammar or restate what the name is, not a qualification: a hunk of
them alone ("the DPRK" for "DPRK", "the ROK are" for "the ROK is" after a plural subject,
"those in the East China Sea", "the Indo-Pacific region") qualifies nothing."""
_APPOSITIVE = re.compile(r"\(\s*[A-Z][A-Za-z0-9&.\-]*\s*\)")
"""An abbreviation in brackets after a name ("(AOIP)"): the name again, no qualification."""
_DETERMINERS = _ARTICLES | {"our", "their", "its", "his", "her", "this", "that", "these"}
_QUALIFYING = _PREPOSITIONS | _DETERMINERS | _COORDINATORS | FRAMING_WORDS | {"those"}
"""The closed classes of words that qualify a name (with ``[phrases] qualifiers``)."""
_BOUNDARIES = frozenset(
    {
        "that", "which", "who", "whom", "whose", "while", "where", "when", "whether",
        "because", "if", "than", "as", "so", "but", "or", "nor", "not",
    }
)  # fmt: skip
_NEXT_WORD = re.compile(r" ([a-z][\w-]*)")
_PREV_WORD = re.compile(r"(?:^|\s)(\w+)\s+$")


@dataclass(frozen=True, slots=True)
class Qualifier:
    """One qualifier change: the phrase on each side (qualifier to entity), hunks, detail."""

    a: Hit
    b: Hit
    detail: str
    hunks: tuple[Hunk, ...]


def _trim(start: int, end: int, side: Side, key: str) -> Hit:
    raw = side.slice(start, end)
    lead = len(raw) - len(raw.lstrip())
    tail = len(raw) - len(raw.rstrip())
    return Hit(key, start + lead, end - tail, raw.strip())


class _Rules:
    def __init__(
        self,
        view: View,
        entities: tuple[Sequence[Hit], Sequence[Hit]],
        actor_spans: tuple[Span | None, Span | None],
        skip: Callable[[Hit], bool],
    ) -> None:
        self.view, self.entities, self.actor_spans = view, entities, actor_spans
        self.skip = skip

    def only_names(self, hunk: Hunk) -> bool:
        """True when every changed word of the hunk belongs to an entity name."""
        for side, (start, end), hits in (
            (self.view.a, hunk.a, self.entities[0]),
            (self.view.b, hunk.b, self.entities[1]),
        ):
            chars = list(side.slice(start, end))
            for h in hits:
                lo, hi = max(h.start, start), min(h.end, end)
                chars[lo - start : hi - start] = " " * max(0, hi - lo)
            if {w.lower() for w in words("".join(chars))} - _COORDINATORS:
                return False
        return True

    def in_skipped(self, hunk: Hunk) -> bool:
        """True when the hunk overlaps a skipped mention (a person's name) on either side."""
        return any(
            self.skip(h) and h.start < end and start < h.end
            for (start, end), hits in zip((hunk.a, hunk.b), self.entities, strict=True)
            for h in hits
        )

    def attributive(self, entity: Hit, b_span: tuple[int, int]) -> bool:
        """True for an entity that modifies a noun on either side ("the Myanmar military")."""
        return _attributive(self.view.a, entity.start, entity.end) or _attributive(
            self.view.b, *b_span
        )

    def in_actor(self, hunk: Hunk) -> bool:
        return any(
            span is not None and start < span.end and span.start < end
            for span, (start, end) in zip(self.actor_spans, (hunk.a, hunk.b), strict=True)
        )

    def adjacent(self, hunk: Hunk, entity: Hit, b_span: tuple[int, int]) -> bool:
        a_words = self.view.hunk_words(hunk, "a")
        b_words = self.view.hunk_words(hunk, "b")
        if not 0 < max(len(a_words), len(b_words)) <= MAX_QUALIFIER_WORDS:
            return False
        if not {w.lower() for w in (*a_words, *b_words)} - _GRAMMATICAL:
            return False
        if all(
            not text.strip() or _APPOSITIVE.fullmatch(text.strip())
            for text in (self.view.a.slice(*hunk.a), self.view.b.slice(*hunk.b))
        ):
            return False  # "the ASEAN Outlook on the Indo-Pacific (AOIP)" → "… Indo-Pacific"
        if self.in_actor(hunk) or self.only_names(hunk) or self.in_skipped(hunk):
            return False
        if hunk.a[1] <= entity.start:
            if self.attributive(entity, b_span):
                return False
            gaps = ((self.view.a, hunk.a[1], entity.start), (self.view.b, hunk.b[1], b_span[0]))
        elif hunk.a[0] >= entity.end:
            gaps = ((self.view.a, entity.end, hunk.a[0]), (self.view.b, b_span[1], hunk.b[0]))
        else:
            return False
        return all(_plain_gap(side, start, end) for side, start, end in gaps)

    def governs(self, hunk: Hunk, entity: Hit, b_start: int, near: Sequence[Hunk]) -> bool:
        a_words = self.view.hunk_words(hunk, "a")
        b_words = self.view.hunk_words(hunk, "b")
        if not 0 < max(len(a_words), len(b_words)) <= 2:
            return False
        if not any(w in FRAMING_WORDS for w in (*a_words, *b_words)):
            # an -ing verb alone ("the importance of [maintaining] peace") is style, and
            # another for the same act ("maintaining" → "preserving peace") is wording
            return False
        if any(w.lower() != w for w in (*a_words, *b_words)):
            return False
        if hunk.a[1] > entity.start or hunk.b[1] > b_start or self.in_actor(hunk):
            return False
        for other in self.view.hunks:  # the object phrase itself is unchanged
            if other == hunk or other in near:
                continue
            if (hunk.a[1] < other.a[1] and other.a[0] < entity.start) or (
                hunk.b[1] < other.b[1] and other.b[0] < b_start
            ):
                return False
        return _governed_gap(self.view.a, hunk.a[1], entity.start) and _governed_gap(
            self.view.b, hunk.b[1], b_start
        )


def _attributive(side: Side, start: int, end: int) -> bool:
    """True when the name at ``[start, end)`` of ``side`` stands before the noun it modifies."""
    before = side.slice(side.base, start)
    after = side.slice(end, side.base + len(side.text))
    follows = _NEXT_WORD.match(after)
    if follows is None or follows.group(1) in _GAP_WORDS | _COORDINATORS | _BOUNDARIES:
        return False
    previous = _PREV_WORD.search(before)
    return before.endswith("-") or (
        previous is not None and previous.group(1).lower() in _DETERMINERS
    )


def _plain_gap(side: Side, start: int, end: int) -> bool:
    """True for a gap of a few unchanged function words between a qualifier and its entity."""
    if start > end or (start < end and side.touched(start, end)):
        return False
    gap = side.slice(start, end)
    gap_words = [w.lower() for w in words(gap)]
    if any(w not in _GAP_WORDS for w in gap_words):
        return False
    return not _STOP.search(gap) and len(gap_words) <= MAX_QUALIFIER_GAP


def _governed_gap(side: Side, start: int, end: int) -> bool:
    """True for the object phrase between a governing modifier and its entity on one side."""
    gap = side.slice(start, end)
    gap_words = [w.lower() for w in words(gap)]
    if not gap_words or len(gap_words) > MAX_GOVERNED_GAP or _STOP.search(gap):
        return False
    if any(w in _BOUNDARIES or (w.endswith("ing") and len(w) > 5) for w in gap_words):
        return False
    return gap_words[-1] in _GAP_WORDS and any(w in _PREPOSITIONS for w in gap_words)


def qualifiers(
    view: View,
    entities: tuple[Sequence[Hit], Sequence[Hit]],
    actor_spans: tuple[Span | None, Span | None],
    skip: Callable[[Hit], bool],
    explained: frozenset[Hunk] = frozenset(),
) -> list[Qualifier]:
    """The qualifier changes around the entities both sides of a pair keep.

    Args:
        view: The pair's hunks.
        entities: Entity hits on side A and on side B (absolute offsets).
        actor_spans: The actor phrase on each side, whose words never qualify.
        skip: Entities to leave out (people), with the hunks that touch them.
        explained: Hunks other labels explain; they are left alone.

    Returns:
        The changes in the order found; a hunk qualifies at most one entity.

    Examples:
        >>> from statementdiff.models import Pair, Span
        >>> from statementdiff.semantics.hunks import view as pair_view
        >>> from statementdiff.worddiff import word_ops
        >>> a, b = "peace across the Taiwan Strait", "peace in the Taiwan Strait"
        >>> pair = Pair(a=("a",), b=("b",), relation="modified", similarity=0.9,
        ...     a_span=Span(start=0, end=len(a)), b_span=Span(start=0, end=len(b)),
        ...     ops=word_ops(a, 0, b, 0))
        >>> strait = (Hit("Taiwan Strait", 17, 30, "Taiwan Strait"),)
        >>> moved = (Hit("Taiwan Strait", 13, 26, "Taiwan Strait"),)
        >>> found = qualifiers(pair_view(pair), (strait, moved), (None, None), lambda h: False)
        >>> [q.detail for q in found]
        ['across the Taiwan Strait → in the Taiwan Strait']
    """
    rules = _Rules(view, entities, actor_spans, skip)
    taken = set(explained)
    found: list[Qualifier] = []
    kept_b = {(h.key, h.start, h.end) for h in entities[1] if not view.b.touched(h.start, h.end)}
    for entity in entities[0]:
        if view.a.touched(entity.start, entity.end) or skip(entity):
            continue
        b_range = view.kept_in_b(entity.start, entity.end)
        if b_range is None or (entity.key, *b_range) not in kept_b:
            continue  # kept on both sides: the same name, untouched, in the same place
        b_start, b_end = b_range
        near = [
            h for h in view.hunks if h not in taken and rules.adjacent(h, entity, (b_start, b_end))
        ]
        near += [
            h
            for h in view.hunks
            if h not in taken and h not in near and rules.governs(h, entity, b_start, near)
        ]
        if not near:
            continue
        a_from = min(entity.start, *(h.a[0] for h in near))
        a_to = max(entity.end, *(h.a[1] for h in near))
        b_from = min(b_start, *(h.b[0] for h in near))
        b_to = max(b_end, *(h.b[1] for h in near))
        ha = _trim(a_from, a_to, view.a, entity.key)
        hb = _trim(b_from, b_to, view.b, entity.key)
        if _names_moved(ha.text, hb.text, entities, view):
            continue  # "Governments of Japan and the United States" → "Government of the
            # United States and the Government of Japan": a name moved, nothing changed
        found.append(Qualifier(ha, hb, f"{ha.text} → {hb.text}", tuple(near)))
        taken.update(near)
    return found


def _names_moved(a: str, b: str, entities: tuple[Sequence[Hit], Sequence[Hit]], view: View) -> bool:
    """True when two qualifier phrases differ only by a name the pair moved.

    Words are compared as sets, case-blind, a final "s" aside ("Governments" and
    "Government"). The words one phrase holds and the other lacks include a name both
    sides of the pair name, and every other such word is an article, a coordinator or a
    word the other side says elsewhere in the pair: "the Governments of Japan and the
    United States" → "the Government of the United States" (and "the Government of
    Japan" later in the clause) only moved a name, while "across the Taiwan Strait" → "in
    the Taiwan Strait" is a change, and so is "peace" → "peace and stability" however
    often the other side says "stability".
    """

    def fold(text: str) -> set[str]:
        return {w.lower().removesuffix("s") for w in words(text)}

    kept = {h.key for h in entities[0]} & {h.key for h in entities[1]}
    names = set().union(*(fold(h.text) for side in entities for h in side if h.key in kept))
    only_a, only_b = fold(a) - fold(b), fold(b) - fold(a)
    if not (only_a | only_b) & names:
        return False
    free = names | _COORDINATORS | _ARTICLES
    return only_a - free <= fold(view.b.text) and only_b - free <= fold(view.a.text)


_FUNCTION_PREPOSITIONS = frozenset({"in", "of", "for", "on", "at", "to", "with", "by", "into"})
"""Prepositions that only link a name to its clause: "contributions to the G20" → "for the
G20", "Xinjiang" → "in Xinjiang" say the same. Prepositions of extent ("across the Taiwan
Strait": both sides of it; "throughout", "beyond", "around") are not among them."""


def _reads_the_same(a: str, b: str) -> bool:
    """True when two qualifier phrases differ only in form or in a linking preposition.

    ", the leaders of Australia" → "; the Leaders of Australia", "Government of" →
    "Governments of", "Indo-Pacific Strategies" → "Indo-Pacific Strategy", "UN Security
    Council resolutions" → "UN Security Council (UNSC) resolutions", "to the G20" → "for the
    G20" say the same: case, punctuation, a plural ending, an abbreviation in brackets and
    a preposition of :data:`_FUNCTION_PREPOSITIONS` aside, the words are the same.
    """

    def fold(text: str) -> list[str]:
        return [
            _singular(w.lower())
            for w in words(_APPOSITIVE.sub(" ", text))
            if w.lower() not in _FUNCTION_PREPOSITIONS
        ]

    return fold(a) == fold(b)


def _singular(word: str) -> str:
    """A word without its plural ending ("strategies" → "strategy", "forces" → "force")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word.removesuffix("s")


def _qualifying_only(ctx: PairContext, hunks: Sequence[Hunk]) -> bool:
    """True when the hunks change only words that qualify a name, or a coded phrase.

    Prepositions, articles, determiners, framing adjectives (:data:`FRAMING_WORDS`) and
    ``[phrases] qualifiers`` ("relevant", "multiple", "including") qualify a name: "UNSCRs"
    → "relevant UNSCRs", "across" → "in the Taiwan Strait". A hunk that says a coded
    phrase ("… by force or coercion in the East China Sea") qualifies it too. Any other
    word makes the change a rewording ("war raging in Ukraine" → "conflict in Ukraine",
    "using" → "is backed by" the full range of capabilities), which the word diff shows.
    """
    allowed = {_singular(w) for w in (*_QUALIFYING, *ctx.lex.phrases.qualifiers)}
    coded = ctx.lex.matchers.coded
    for hunk in hunks:
        texts = (ctx.view.a.slice(*hunk.a), ctx.view.b.slice(*hunk.b))
        if any(True for text in texts for _ in finditer(coded, text)):
            return True
        # a word said on both sides in another number ("Strategies" → "Strategy") is kept
        a_words, b_words = ({_singular(w.lower()) for w in words(t)} for t in texts)
        if (a_words ^ b_words) - allowed:
            return False
    return True


def qualifier_rule(ctx: PairContext) -> Outcome:
    """Label qualifier changes around kept entities, in hunks no other rule explains.

    A hunk that holds a stance or modal phrase on either side is the clause's predicate
    ("The United States restated its support" → "... underscored its commitment"), never
    a qualifier of the name next to it.
    """
    entities = ctx.side_hits("entities")
    out: list[tuple[Found, Hunk | None]] = []
    skip = partial(is_person, ctx.lex)
    predicates = [[*ctx.hits[i]["stance"], *ctx.hits[i]["modality"]] for i in (0, 1)]
    busy = frozenset(
        hunk
        for hunk in ctx.view.hunks
        if any(
            h.start < end and start < h.end
            for (start, end), hits in zip((hunk.a, hunk.b), predicates, strict=True)
            for h in hits
        )
    )
    for q in qualifiers(ctx.view, entities, ctx.actor_spans, skip, ctx.explained | busy):
        if _reads_the_same(q.a.text, q.b.text):
            continue
        if not _qualifying_only(ctx, q.hunks):
            continue  # "sanctions on Russia" → "costs on Russia": a rewording, no qualifier
        out.append(ctx.found("qualifier-changed", q.a, q.b, q.detail, q.hunks[0]))
    return outcome(out)
