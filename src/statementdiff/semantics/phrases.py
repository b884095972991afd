"""Phrases analysts track: scope qualifiers and coded phrases (``[phrases]`` of the lexicon).

Two rules, each a rule of language rather than of a lexicon verb or entity:

* **Scope** (``scope-added`` / ``scope-dropped``): a qualifying phrase opened by one of the
  table's scope words (", including nuclear", "and beyond", "anywhere in the world") that a
  pair adds or drops *whole*, with nothing put in its place, widens or narrows what the clause
  covers. A phrase of more than :data:`MAX_SCOPE_WORDS` words, or one that holds a stance or
  modal word, is a new clause of its own, not a qualifier, and is left to the other rules.
  So do items added to or dropped from the list of a scope phrase both sides keep
  ("including nuclear, conventional, and missile defense capabilities" → "including
  nuclear": "'conventional, and missile defense capabilities' dropped from 'including
  nuclear …'").
* **Coded phrases** (``phrase-added`` / ``phrase-dropped``): a phrase with a settled meaning
  ("economic coercion", "no country dominates", "status quo") that a pair's changed words add
  or drop is labelled, whatever else the hunk does. It is no change when the other side of
  the pair still holds every content word of the phrase (compared as alignment compares
  words: stemmed, spelling variants, hyphens and the lexicon's paraphrases folded), in
  whatever order or form ("peaceful resolution" against "peaceful settlement"):
  "international rules-based order" against "rules-based international order", "forced
  labour" against "forced labor", "unilateral attempts to change" against "attempts to
  unilaterally change", "free, and open Indo-Pacific" against "free and open Indo Pacific".

A coded phrase in a hunk that frames an entity both sides keep ("complete denuclearization
of North Korea" → "denuclearization of North Korea") is left to the qualifier rule, whose
label shows both wordings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import partial

from statementdiff.align.tokens import content_tokens
from statementdiff.lexicon.matchers import Hit
from statementdiff.lexicon.visible import finditer
from statementdiff.models import ChangeKind
from statementdiff.semantics.context import Found, Outcome, PairContext, outcome
from statementdiff.semantics.entities import is_person
from statementdiff.semantics.hunks import Hunk, Side, fine_hunks
from statementdiff.semantics.kin import phrase_in_kin, said_in_kin
from statementdiff.semantics.qualifiers import qualifiers

__all__ = [
    "MAX_ROLE_WORDS",
    "MAX_SCOPE_WORDS",
    "MIN_REWORDED_SCOPE_SIMILARITY",
    "coded_rule",
    "scope_rule",
]

MAX_SCOPE_WORDS = 10
"""Most words an added or dropped qualifying phrase may have (more: a clause of its own)."""

MIN_REWORDED_SCOPE_SIMILARITY = 0.5
"""Least aligner score of a pair whose reworded stretches are searched for a qualifying
phrase added or dropped (:func:`scope_rule`). Below it the two clauses often make two
points that share a few words, and a phrase one of them holds says nothing of the other
(session 16: of 37 such labels on the development samples, pairs at 0.5 or more held 18
correct and 2 wrong, pairs under it 5 correct, 2 useless and 10 wrong)."""

MAX_ROLE_WORDS = 14
"""Most words of an added or dropped role phrase ("as an indispensable element of security
and prosperity in the international community", 11): a noun phrase with no verb of its own,
so its length does not make it a clause."""

_ROLE = re.compile(r"as\s+(?:an?|the)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
""""as a/an/the" and up to three words, one of which may be a noun of ``[phrases] roles``."""

_DETERMINERS = frozenset({"the", "a", "an", "all", "any", "our", "their", "its"})
"""Words after a scope word that open no phrase of their own."""

_RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})
"""Words that open a relative clause: a role phrase holding one is a clause of its own."""

_FUNCTION_WORDS = _DETERMINERS | {"of", "and", "or", "in", "on", "to", "for", "by", "as", "with",
                                   "at", "from"}  # fmt: skip
"""Words a phrase shares with any clause: they do not show that the other side says it."""

_LEAD = re.compile(r"[\s,;:(\u2013\u2014-]*")
_WORD = re.compile(r"\w+")


def scope_rule(ctx: PairContext) -> Outcome:
    """Label a qualifying phrase added or dropped whole (``scope-added`` / ``scope-dropped``).

    Inside a reworded stretch ("backed by the full range of capabilities, including
    nuclear" → "using the full range of U.S. defense capabilities, including nuclear,
    conventional, and missile defense capabilities") the words both sides keep still show
    the phrase or the list items added; such a part counts only when it ends where its
    phrase ends (punctuation or the clause's end follows) and says more than its opener.
    """
    out: list[tuple[Found, Hunk | None]] = []
    for hunk, part in _one_sided_parts(ctx):
        dropped = part.a[0] < part.a[1]
        index, (start, end) = (0, part.a) if dropped else (1, part.b)
        kind: ChangeKind = "scope-dropped" if dropped else "scope-added"
        inner = part != hunk
        if inner:
            # a part of a replacement: whole only when it ends where its phrase ends
            end = _trim_conjunction(ctx.side(index), start, end)
            if not _ends_phrase(ctx.side(index), end):
                continue
        phrase = _scope_phrase(ctx, index, start, end)
        if phrase is not None and _still_said(ctx, index, phrase.text):
            continue  # the other clause says it, a word in another form ("migratory status")
        if phrase is not None and (not inner or _beyond_opener(ctx, phrase)):
            a, b = (phrase, None) if dropped else (None, phrase)
            out.append(ctx.found(kind, a, b, f"'{phrase.text}' {kind[6:]}", hunk))
            continue
        items = _list_items(ctx, index, start, end)
        if items is not None:
            opener, item = items
            a, b = (item, None) if dropped else (None, item)
            verb = "dropped from" if dropped else "added to"
            detail = f"'{item.text}' {verb} '{opener} …'"
            out.append(ctx.found(kind, a, b, detail, hunk))
    return outcome(out)


def _still_said(ctx: PairContext, index: int, text: str) -> bool:
    """True when the other side says ``text``'s content words in order, or words of their family.

    "regardless of their migration status" dropped from a clause whose counterpart says
    "regardless of their migratory status": the phrase moved and changed a word's form; it
    was not dropped.
    """
    words = [w for w in _WORD.findall(text.lower()) if w not in _FUNCTION_WORDS]
    return phrase_in_kin(words, ctx.side(1 - index).text.lower())


_TRAILING_CONJUNCTION = re.compile(r"[\s,]*(?:,|\band|\bor)\s*$")


def _trim_conjunction(side: Side, start: int, end: int) -> int:
    """``end`` less a comma or "and"/"or" the part ends in ("including foreigners, and")."""
    text = side.slice(start, end)
    match = _TRAILING_CONJUNCTION.search(text)
    return start + match.start() if match else end


def _ends_phrase(side: Side, end: int) -> bool:
    """True when a phrase ending at ``end`` ends there: punctuation or the clause's end follows."""
    rest = side.slice(end, side.base + len(side.text)).lstrip()
    return not rest or rest[0] in ",;:.)\u2013\u2014"


def _beyond_opener(ctx: PairContext, phrase: Hit) -> bool:
    """True when ``phrase`` holds a word beyond its opener ("such as" alone says nothing)."""
    opener = next(iter(finditer(ctx.lex.matchers.scope, phrase.text)), None)
    rest = phrase.text[opener.end :] if opener is not None and opener.start == 0 else phrase.text
    return any(w.lower() not in _DETERMINERS for w in _WORD.findall(rest))


def _one_sided_parts(ctx: PairContext) -> list[tuple[Hunk, Hunk]]:
    """The parts of the pair's hunks that only add or only drop, each with its hunk.

    A hunk that only adds or drops is its own part; a replacement of a pair scored
    :data:`MIN_REWORDED_SCOPE_SIMILARITY` or more is diffed again without merging its short
    equal runs (:func:`~statementdiff.semantics.hunks.fine_hunks`).
    """
    reworded = ctx.pair.similarity >= MIN_REWORDED_SCOPE_SIMILARITY
    return [
        (hunk, part)
        for hunk in ctx.view.hunks
        for part in (fine_hunks(ctx.view, hunk) if reworded and _opens(ctx, hunk) else [hunk])
        if (part.a[0] < part.a[1]) != (part.b[0] < part.b[1])
    ]


def _opens(ctx: PairContext, hunk: Hunk) -> bool:
    """True when a scope word or a role's "as a" stands in ``hunk`` or just before it."""
    for side, (start, end) in ((ctx.view.a, hunk.a), (ctx.view.b, hunk.b)):
        text = side.slice(max(side.base, start - 60), end)
        if _ROLE.search(text) or next(iter(finditer(ctx.lex.matchers.scope, text)), None):
            return True
    return False


def _list_items(ctx: PairContext, index: int, start: int, end: int) -> tuple[str, Hit] | None:
    """Items a one-sided hunk adds to or drops from a scope phrase both sides keep.

    "including nuclear, conventional, and missile defense capabilities" → "including
    nuclear": the list after "including" lost two items; the phrase is still there, so
    this is no scope phrase dropped whole, but its scope narrowed. The scope word must open
    a list of examples (``[phrases] examples``). The hunk must start
    right after a list item (a comma or "and" opens it), within a few words of a scope word
    that stands before it on both sides, and hold only words and list punctuation.
    """
    side, other = ctx.side(index), ctx.side(1 - index)
    text = side.slice(start, end)
    body = text.strip(" .;:")
    if not body or not body.lstrip().startswith((",", "and ", "or ")):
        return None
    if not re.fullmatch(r"[\w\s,\-]+", body) or len(_WORD.findall(body)) > MAX_SCOPE_WORDS:
        return None
    before = side.slice(max(side.base, start - 60), start)
    openers = list(finditer(ctx.lex.matchers.scope, before))
    if not openers:
        return None
    opener = openers[-1]
    if opener.key.lower() not in ctx.lex.phrases.examples:
        return None  # "regardless of their status, and …": the item is the sentence's
    gap = before[opener.end :]
    if len(_WORD.findall(gap)) > 4 or re.search(r"[.;:()]", gap):
        return None
    if opener.text.lower() not in other.text.lower():
        return None
    hits = ctx.hits[index]
    for name in ("stance", "modality", "entities"):
        if any(start <= h.start and h.end <= end for h in hits[name]):
            return None
    lead = len(text) - len(text.lstrip(" ,"))
    part = body.lstrip(" ,")
    at = start + lead
    return opener.text + gap.rstrip(" ,"), Hit(opener.key, at, at + len(part), part)


def _role_opener(ctx: PairContext, body: str) -> str | None:
    """The "as a/an/the … <role>" words ``body`` opens with, if any.

    "as an indispensable element of security and prosperity": the phrase says what the
    clause's object is for (``[phrases] roles``; at most two words before the noun). One
    with a modal or a relative pronoun is a clause of its own.
    """
    match = _ROLE.match(body)
    if match is None:
        return None
    grammar = ctx.lex.clause_grammar
    if any(w.lower() in grammar.modals or w.lower() in _RELATIVES for w in _WORD.findall(body)):
        return None  # "as a pillar that will guide …": a clause of its own
    roles = ctx.lex.phrases.roles
    for noun in re.finditer(r"[\w-]+", match.group(1)):
        if noun.group(0).lower() in roles:
            return body[: match.start(1) + noun.end()]
    return None


def _scope_phrase(ctx: PairContext, index: int, start: int, end: int) -> Hit | None:
    """The qualifying phrase a one-sided hunk adds or drops, when it is one."""
    side = ctx.side(index)
    text = side.slice(start, end)
    lead = _LEAD.match(text)
    begin = start + (lead.end() if lead else 0)
    body = side.slice(begin, end).rstrip(" ,;:.)")
    if not body or "." in body:
        return None
    role = _role_opener(ctx, body)
    if len(_WORD.findall(body)) > (MAX_ROLE_WORDS if role else MAX_SCOPE_WORDS):
        return None
    opener = next(iter(finditer(ctx.lex.matchers.scope, side.text, begin - side.base,
                                begin - side.base + len(body))), None)  # fmt: skip
    if role is not None:
        opener = Hit(role, begin - side.base, begin - side.base + len(role), role)
    if opener is None or opener.start != begin - side.base:
        return None
    if len([w for w in _WORD.findall(body) if w.lower() not in _DETERMINERS]) < 2:
        # a lone "including" or "including the", the list it opens kept on both sides
        # ("rule of law, freedom of navigation" → "rule of law, including the freedom of
        # navigation"): an item nested, no phrase added
        return None
    hits = ctx.hits[index]
    for name in ("stance", "modality"):
        if any(begin <= h.start and h.end <= begin + len(body) for h in hits[name]):
            return None
    return Hit(opener.key, begin, begin + len(body), body)


def _sentence_phrases(
    ctx: PairContext, around: Callable[[int], tuple[str, ...]]
) -> tuple[Counter[str], Counter[str]]:
    """How often the sentences of the pair say each coded phrase (group key), A and B.

    The two sides may cut one sentence into clauses differently: a phrase the pair's clause
    on one side holds may stand in another clause of the same sentence on the other side.
    """
    a, b = (Counter([*(h.key for h in ctx.hits[side]["coded"]), *around(side)]) for side in (0, 1))
    return a, b


def _a_term(ctx: PairContext, index: int, hit: Hit) -> bool:
    """True when a coded phrase is a term of the entity lexicon, written at the same place.

    "cross-Strait" and "one China policy" are both: the entity rule labels them (a term
    added or dropped), so the phrase rule does not say it twice.
    """
    return any(
        h.start == hit.start and h.end == hit.end and ctx.lex.entities[h.key].kind == "term"
        for h in ctx.hits[index]["entities"]
    )


def _kept_in_paragraph(ctx: PairContext, index: int, needed: set[str]) -> bool:
    """True when the other side's paragraphs say a coded phrase as often as side ``index``'s.

    "We reaffirm our commitment to a free and open Indo-Pacific" opening a paragraph
    whose next sentence only speaks of "this vision": the line is kept a sentence away, so
    the pair moved the phrase, it did not drop it. Counted in clauses that hold all its
    content words (folded as the pair's words are). Time tells the two ways apart: the
    later statement putting a phrase into a line ("oppose unilateral changes … by force or
    coercion") sharpens that line even when the earlier paragraph said it elsewhere, so
    only a phrase of the earlier statement (or of either, when neither is later) is kept
    by the later one's paragraph.
    """
    if ctx.paragraph_words is None or ctx.later == index:
        return False
    here = sum(needed <= words for words in ctx.paragraph_words(index))
    there = sum(needed <= words for words in ctx.paragraph_words(1 - index))
    return there > 0 and there >= here


def coded_rule(ctx: PairContext) -> Outcome:
    """Label coded phrases the changed words add or drop (``phrase-added`` / ``phrase-dropped``)."""
    out: list[tuple[Found, Hunk | None]] = []
    touched = [
        [h for h in hits if ctx.side(index).touched(h.start, h.end) and not _a_term(ctx, index, h)]
        for index, hits in enumerate(ctx.side_hits("coded"))
    ]
    if not any(touched):
        return outcome(out)
    framing: set[Hunk] | None = None
    aliases, fold = ctx.lex.alias_table, ctx.lex.paraphrase_table.fold
    words = (set(content_tokens(fold(ctx.view.a.text), aliases)),
             set(content_tokens(fold(ctx.view.b.text), aliases)))  # fmt: skip
    concepts = [{h.key for h in hits} for hits in ctx.side_hits("coded")]
    in_sentences: tuple[Counter[str], Counter[str]] | None = None
    formulas = ctx.formulas[0] & ctx.formulas[1]
    for index, hits in enumerate(touched):
        for hit in hits:
            if hit.key in formulas:
                continue  # a formula both statements repeat: one more or less says nothing
            needed = set(content_tokens(fold(hit.text), aliases))
            if needed <= words[1 - index] or _said_in_kin(ctx, hit, 1 - index):
                continue  # the other side says it too, in other order or form
            if hit.key in concepts[1 - index]:
                continue  # ... or in other words of the same group ("unilaterally change")
            if in_sentences is None and ctx.around_phrases is not None:
                in_sentences = _sentence_phrases(ctx, ctx.around_phrases)
            if in_sentences is not None and (
                in_sentences[1 - index][hit.key] >= in_sentences[index][hit.key]
            ):
                continue  # ... or in another clause of its sentence, cut differently
            if _kept_in_paragraph(ctx, index, needed):
                continue  # ... or in another sentence of its paragraph, as often
            if framing is None:
                framed = qualifiers(ctx.view, ctx.side_hits("entities"), ctx.actor_spans,
                                    partial(is_person, ctx.lex))  # fmt: skip
                framing = {h for q in framed for h in q.hunks}
            kind: ChangeKind = "phrase-dropped" if index == 0 else "phrase-added"
            a, b = (hit, None) if index == 0 else (None, hit)
            hunk = ctx.hunk_of(a, b)
            if hunk in framing:
                continue
            # a clause of the other statement holds its words: said elsewhere, maybe in
            # another order ("the international rules-based order")
            clauses = ctx.clause_words(1 - index) if ctx.clause_words is not None else ()
            there = any(needed <= clause for clause in clauses)
            core = _said_core(ctx, index, hit, needed)
            if core is not None:
                # "by force" → "by force or coercion": the other side says the phrase's
                # core, so the change is what the longer phrase adds to it
                shorter, longer = core.text, hit.text
                detail = f"'{longer}' → '{shorter}'" if index == 0 else f"'{shorter}' → '{longer}'"
            else:
                detail = f"'{hit.text}' {kind[7:]}"
            out.append(ctx.found(kind, a, b, detail, hunk, elsewhere=there))
    return outcome(out)


def _said_in_kin(ctx: PairContext, hit: Hit, other: int) -> bool:
    """True when side ``other`` says every content word of ``hit`` in a word of its family.

    "by force or coercion" against "concern over coercive actions, and oppose … actions
    that seek to change the status quo by force": the coercion is still named, in another
    form (:func:`~statementdiff.semantics.kin.said_in_kin`).
    """
    aliases = ctx.lex.alias_table
    content = [w for w in re.findall(r"[\w'-]+", hit.text) if content_tokens(w, aliases)]
    low = ctx.side(other).text.lower()
    return bool(content) and all(said_in_kin(w, low) for w in content)


def _said_core(ctx: PairContext, index: int, hit: Hit, needed: set[str]) -> Hit | None:
    """The longest coded phrase of the other side whose words are a part of ``hit``'s.

    "by force" in A and "by force or coercion" in B: B widens A's phrase, it does not
    bring the phrase in.
    """
    aliases, fold = ctx.lex.alias_table, ctx.lex.paraphrase_table.fold
    cores = [
        h
        for h in ctx.side_hits("coded")[1 - index]
        if (words := set(content_tokens(fold(h.text), aliases))) and words < needed
    ]
    return max(cores, key=lambda h: (h.end - h.start, -h.start), default=None)
