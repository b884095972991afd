"""Whose words a stance or modal phrase is: the parties' own, or part of something else.

A stance verb or a modal in a clause is a claim about the parties only when it is their
predicate. It is not when it is

* part of a compound word ("stress-testing");
* the predicate of a relative clause or a demonstrative ("a framework *that will* help",
  "*This supports* our partners"): the antecedent acts, not the parties;
* a noun without the parties' possessive or a verb of saying ("the support of Japan",
  "comprehensive support for survivors", "direct government support for coal", "effective
  HADR support": assistance),
  or a participle after a noun ("behavior supporting its claims");
* a progressive ("we are supporting the region's development"): an activity under way,
  not a position taken;
* "welcome" with a visitor and a place ("welcomed President X to Japan"): hospitality;
* the predicate of a common-noun subject ("This global trading system *must* be",
  "the prosperity it *can* bring") or of a named instrument or event ("the renewed
  Homeland Security Dialogue *will* strengthen", "the Quad Leaders' Summit in Hiroshima
  *will* demonstrate"): a dialogue, partnership, initiative or summit does not commit the
  parties;
* the modal of a named country that is not a party ("ensuring that Iran *will* never
  develop", :func:`other_country_speaks`): what the parties ask of it.

A commitment noun is theirs past its adjectives when their possessive governs it ("our
*firm* commitment to", :data:`NOUN_COMMITMENT`).

The word lists are the ``[grammar]`` table (``lexicon/grammar.toml``): determiners,
auxiliaries, adverbs, pronouns, ``impersonal``, ``possessives``, ``subordinators`` and
``expressing``, ``instruments`` and ``events``; role
nouns ("the leaders support") come from the ``[actors]`` table.
"""

from __future__ import annotations

import re

from statementdiff.lexicon.lexicon import Lexicon

__all__ = ["GOVERNED_NOUN", "NOUN_COMMITMENT", "other_country_speaks", "own_voice"]

_HYPHENS = "-\u2010\u2011"
_BOUNDARY = re.compile(r"[^\w\s'\u2019.-]")
_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
NOUN_COMMITMENT = re.compile(r"(?i)(?:\w+(?:ment|tion|ent)s?|resolve)\b")
"""A commitment said as a noun ("commitment to", "determination to", "intent to"): the
parties' when their possessive governs it past its adjectives ("our firm commitment to")."""

GOVERNED_NOUN = re.compile(r"\s+(?:(?:our|their|its|the|a|an)\s+)?(?:[a-z]+,?\s+(?:and\s+)?){0,2}")
"""What may stand between a restating verb and the stance noun it governs ("reiterate *our
strong* condemnation of", "reaffirmed *their strong, shared* support for"); matched whole."""


def own_voice(text: str, start: int, end: int, lo: int, lex: Lexicon, *, stance: bool) -> bool:
    """True when the phrase at ``text[start:end]`` is a predicate the parties speak.

    Args:
        text: The text the phrase is in.
        start: Where the phrase starts.
        end: Where it ends.
        lo: How far back the phrase's context reaches (the start of its clause).
        lex: The lexicon (word lists).
        stance: True for a stance phrase (a noun form may be the parties' when their
            possessive or a verb of saying governs it), False for a modal.

    Examples:
        >>> lex = Lexicon.default()
        >>> t = "We support stress-testing, which will help, and comprehensive support."
        >>> [own_voice(t, t.find(w), t.find(w) + len(w), 0, lex, stance=s)
        ...  for w, s in (("support", True), ("stress", True), ("will", False))]
        [True, False, False]
        >>> at = t.rfind("support")
        >>> own_voice(t, at, at + 7, 0, lex, stance=True)
        False
    """
    if _in_compound(text, start, end) or _hospitality(text, start, end):
        return False
    words = _words_before(text, lo, start)
    if not words:
        return True
    grammar = lex.clause_grammar
    prev = words[-1]
    low = prev.lower()
    if low in grammar.impersonal or low in grammar.instruments:
        return False
    if low in grammar.leading and len(words) > 1 and words[0].lower() in grammar.impersonal:
        return False  # "which has spanned generations and will continue": "which" speaks
    if stance and low in _BE and text[start:end].lower().endswith("ing"):
        return False  # "we are supporting the region's development": an activity, not a stance
    if (
        low in grammar.possessives
        or low in grammar.expressing
        or low in grammar.subordinators
        or low in lex.actor_words.roles
    ):
        return True
    if low == "in" and text[end : end + 4].lstrip().startswith("of"):
        return True  # "in support of"
    if _possessive_role(words, lex):
        return True  # "our governments' commitment to consult": the parties' own noun
    if low == "to":
        return True  # "to support", "continue to": the infinitive of a verb before it
    if low in grammar.auxiliaries or low in grammar.adverbs or low.endswith("ly"):
        return _subject_speaks(words, lex)  # "We will support" / "this would encourage"
    if low in grammar.determiners:
        # "the support", "for support": a noun; but "reaffirm a commitment to", "share the
        # commitment to": the object of the parties' verb of saying is theirs
        return not stance and _said_object(words, len(words) - 1, text, start, lex)
    if prev[0].isupper() and stance and len(words) > 1 and _modifies(words[-2], lex):
        return False  # "timely and effective HADR support": a name inside a noun phrase
    if prev[0].isupper() and _titled(words, lex):
        return False  # "the Quad Leaders' Summit in Hiroshima will": the event's
    if prev[0].isupper() and _between_parties(words, lex):
        return False  # "The Interim Agreement between the United States and India will"
    if (
        low in grammar.pronouns
        or low in grammar.leading
        or low in grammar.copulas
        or prev[0].isupper()
    ):
        return True
    # A lower-case content word before the phrase: its subject or its modifier.
    if stance and text[start:end].lower().endswith(("ed", "ing", "s")):
        return False
    if not stance and not NOUN_COMMITMENT.match(text, start):
        return False  # "the partnership will": the partnership's
    for k in range(len(words) - 2, max(len(words) - 5, -1), -1):
        # "our unwavering support", "expressed full support", "share a firm commitment to"
        word = words[k]
        low = word.lower()
        if low in grammar.possessives or low in grammar.expressing or _possessive_name(word):
            return True
        if low in grammar.determiners:
            return not stance and _said_object(words, k, text, start, lex)
        if low in grammar.impersonal:
            return False
    return False


def _said_object(words: list[str], at: int, text: str, start: int, lex: Lexicon) -> bool:
    """True when the determiner ``words[at]`` opens the object of a verb of saying.

    "Our three nations share a firm commitment to", "we reaffirm the determination to": the
    commitment noun at ``start`` is what the parties say they hold. "the commitment of
    Japan", "for a commitment": a determiner after anything else is no one's voice.
    """
    return (
        at > 0
        and words[at - 1].lower() in lex.clause_grammar.expressing
        and NOUN_COMMITMENT.match(text, start) is not None
    )


def _modifies(word: str, lex: Lexicon) -> bool:
    """True for a lower-case content word that can only modify the name after it.

    In "effective HADR support" the adjective makes the name a modifier and "support" a
    noun (assistance); "and", "of", "our", "we", "also" before a name leave it a subject
    ("Australia and India support", "the Government of Japan supports").
    """
    grammar = lex.clause_grammar
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and not low.endswith("ly")
        and not any(
            low in words
            for words in (
                grammar.determiners,
                grammar.leading,
                grammar.pronouns,
                grammar.possessives,
                grammar.subordinators,
                grammar.expressing,
                grammar.auxiliaries,
                grammar.adverbs,
                grammar.copulas,
                grammar.modals,
                grammar.impersonal,
                lex.actor_words.roles,
            )
        )
    )


def _subject_speaks(words: list[str], lex: Lexicon) -> bool:
    """Whether the word before a run of auxiliaries and adverbs is a speaker.

    "We will also support" and "the two countries will" speak; "this would encourage",
    "which will support" and "the initiative will support" do not.
    """
    grammar = lex.clause_grammar
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        low = word.lower()
        if low == "to":
            return True
        if low in grammar.auxiliaries or low in grammar.adverbs or low.endswith("ly"):
            continue
        if low in grammar.impersonal or low in grammar.instruments:
            return False
        if word[0].isupper() and _titled(words[: k + 1], lex):
            return False
        return (
            word[0].isupper()
            or low in grammar.pronouns
            or low in grammar.possessives
            or low in grammar.leading
            or low in grammar.subordinators
            or low in grammar.expressing
            or low in lex.actor_words.roles
        )
    return True


_BE = frozenset({"am", "is", "are", "was", "were", "be", "been", "being"})
"""Forms of "be": a stance verb's "-ing" right after one is the progressive of an activity."""

TITLE_LINKS = frozenset({"of", "on", "for", "the", "and", "in", "to"})
"""Lower-case words a title's capitalised words may be joined by ("Summit in Hiroshima");
the entity rule reads titles with the same words (:mod:`.entities`)."""
_TITLE_REACH = 12
"""How many words back a title's head noun is looked for."""


def _titled(words: list[str], lex: Lexicon) -> bool:
    """True when ``words`` end in the title of an instrument, event or document.

    The run of capitalised words (and the few lower-case words that join them) before the
    predicate holds a head noun of ``[grammar] instruments`` or ``events``: "the Quad
    Leaders' Summit in Hiroshima", "the Partnership for Resilient Supply Chains". A run of
    names without such a head ("Japan and the United States") is the parties.
    """
    grammar = lex.clause_grammar
    for word in reversed(words[-_TITLE_REACH:]):
        low = word.lower()
        if word[0].isupper():
            head = low.removesuffix("\u2019s").removesuffix("'s").rstrip("'\u2019.")
            if head in grammar.instruments or head in grammar.events:
                return True
        elif low not in TITLE_LINKS:
            return False
    return False


_BETWEEN = frozenset({"between", "among", "amongst"})
"""Prepositions that name the sides of an instrument ("the Agreement between X and Y")."""


def _between_parties(words: list[str], lex: Lexicon) -> bool:
    """True when ``words`` end in an instrument and the sides it is between.

    "The Interim Agreement between the United States and India will represent a historic
    milestone": the agreement speaks, not the two countries its complement names. Only
    names and the words that join them stand between the preposition and the predicate.
    """
    grammar = lex.clause_grammar
    tail = words[-_TITLE_REACH:]
    for k in range(len(tail) - 1, 0, -1):
        low = tail[k].lower()
        if low in _BETWEEN:
            head = tail[k - 1].lower()
            return head in grammar.instruments or head in grammar.events
        if not tail[k][0].isupper() and low not in TITLE_LINKS:
            return False
    return False


_GUEST = re.compile(r"\s+(?:[A-Z][\w.'\u2019-]*,?\s+){1,10}to\s+(?:the\s+)?[A-Z]")


def _hospitality(text: str, start: int, end: int) -> bool:
    """True for "welcomed President X to Japan": receiving a visitor, not a stance."""
    return text[start:end].lower().startswith("welcom") and bool(_GUEST.match(text, end))


def _possessive_name(word: str) -> bool:
    """True for a name in the possessive ("Japan's", "the States'")."""
    return word[0].isupper() and word.endswith(("'s", "\u2019s", "s'", "s\u2019"))


_OWNERS = frozenset({"our", "their", "the", "both", "two", "three", "four", "all"})
"""Words of a collective actor before a role noun ("our", "the two"): the parties' own."""


def _possessive_role(words: list[str], lex: Lexicon) -> bool:
    """True when the words end in the parties' role noun in the possessive.

    "our governments'", "the two leaders'": the parties; "13 Security Council members'" is
    another body's members.
    """
    word = words[-1]
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if word.endswith(ending):
            role = word[: -len(ending)].lower() in lex.actor_words.roles
            return role and len(words) > 1 and words[-2].lower() in _OWNERS
    return False


def _in_compound(text: str, start: int, end: int) -> bool:
    """True when a hyphen glues the phrase to a word ("stress-testing", "well-supported")."""
    before = start > 1 and text[start - 1] in _HYPHENS and text[start - 2].isalnum()
    after = end + 1 < len(text) and text[end] in _HYPHENS and text[end + 1].isalnum()
    return before or after


def _words_before(text: str, lo: int, start: int) -> list[str]:
    """The words between the last punctuation mark (or ``lo``) and ``start``.

    The mark is sought backwards from ``start``, so a phrase deep in a long text costs the
    distance to its last mark, not the length of everything before it.
    """
    cut = start
    while cut > lo and _BOUNDARY.match(text, cut - 1) is None:
        cut -= 1
    return _WORD.findall(text, cut, start)


_SUBJECT_GAP = re.compile(r"\s+(?:(?:also|alone|itself|still|then)\s+)?")
"""What may stand between a named subject and its modal ("Iran alone will")."""


def other_country_speaks(
    text: str, start: int, names: list[tuple[str, int, int]], parties: frozenset[str], lex: Lexicon
) -> bool:
    """True when the modal at ``text[start:]`` has a named country for subject, not a party.

    "We are committed to ensuring that Iran will never develop a nuclear weapon", "Russia
    shall never use it": the modal binds the country named before it, not the parties, so
    it is no modality (and its negation no negation) of theirs. Without known parties
    nothing is decided here.

    Args:
        text: The text the modal is in.
        start: Where the modal starts.
        names: The entity names of ``text`` as (name, start, end).
        parties: The statement's parties.
        lex: The lexicon (entity kinds).

    Examples:
        >>> lex = Lexicon.default()
        >>> t = "We will ensure that Iran will never develop a nuclear weapon."
        >>> at = t.rfind("will")
        >>> other_country_speaks(t, at, [("Iran", 20, 24)], frozenset({"Japan"}), lex)
        True
        >>> other_country_speaks(t, at, [("Iran", 20, 24)], frozenset({"Iran"}), lex)
        False
    """
    if not parties:
        return False
    for name, _, end in names:
        if end > start or _SUBJECT_GAP.fullmatch(text, end, start) is None:
            continue
        entry = lex.entities.get(name)
        return entry is not None and entry.kind == "country" and name not in parties
    return False
