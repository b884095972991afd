"""The function words of the clause splitter, compiled once per lexicon.

The word lists are data (the ``[grammar]`` table, ``lexicon/grammar.toml``, which a user
lexicon file may add to); the sets derived from them here (the prepositions, the words after
which a noun-like verb is a verb) are rules of the splitter.
:attr:`statementdiff.lexicon.lexicon.Lexicon.clause_grammar` builds one :class:`Grammar`
per lexicon, and :mod:`statementdiff.segment.predicates` and
:mod:`statementdiff.segment.clauses` take it as an argument.
"""

from __future__ import annotations

from dataclasses import dataclass

from statementdiff.lexicon.entries import GrammarEntry

__all__ = ["CONNECTORS", "Grammar"]

CONNECTORS = frozenset({"and", "or", ",", ";", ":"})
"""Tokens that join clauses or the words of a list (a rule, not data)."""

_NOT_PREPOSITIONS = frozenset({"the", "a", "an", "our", "their", "its", "this", "these", "all"})
"""Determiners that are no preposition; every other determiner is one."""

_NOT_BEFORE_NOUN_VERB = frozenset({"continued", "remained", "to", "do", "does", "did"})
_ALSO_BEFORE_NOUN_VERB = frozenset({"jointly", "together", "each", "both", "all", "not"})


@dataclass(frozen=True, slots=True)
class Grammar:
    """The ``[grammar]`` word lists as sets, with the sets the splitter derives from them.

    Attributes:
        determiners: Determiners and prepositions: a verb form right after one is a noun.
        auxiliaries: Words that may stand between a subject and its verb ("will also").
        adverbs: Adverbs of the genre that may stand before a verb ("jointly").
        modals: Modal verbs: a modal opens a clause's predicate.
        object_start: Words that start an object: the determiners and ``objects``.
        leading: Conjunctions stripped from the start of an actor phrase.
        before_ing: Words after which an -ing form is a finite verb ("are working").
        copulas: Words after which an adjectival stance gives the predicate.
        pronouns: Pronouns: after one, a word that is also a noun is a verb ("we work").
        plural_determiners: Words before a plural noun subject ("the leaders").
        prepositions: The determiners that are prepositions ("for", "with", "to").
        before_noun_verb: Words after which a word that is also a noun is a verb.
        impersonal: Relative pronouns and demonstratives: a predicate right after one is
            not the parties' own ("a framework that will help", "This supports ...").
        possessives: Possessives of the speakers: a stance noun they govern is the
            parties' ("our support", "their intention to").
        subordinators: Conjunctions before a participle of the parties ("while opposing").
        expressing: Verbs of saying a stance: a stance noun after one is the parties'
            ("expressed support", "reaffirmed strong support").
        recalling: Participles that open a sentence on what was said or done before
            ("Recalling the Agreement of July 22, 2025, …").
        instruments: Head nouns of named instruments (dialogues, partnerships,
            initiatives): a predicate right after one is the instrument's, not the
            parties' ("the Homeland Security Dialogue will strengthen ...").
        events: Head nouns of the titles of events and documents ("Summit", "Outlook"):
            with ``instruments``, the heads that make a run of capitalised words a title.
        acts: Verbs of the parties' own acts ("cooperate", "launch"): a clause of the
            parties with one of them as its predicate and no modal reports the act itself,
            done or under way, not a stance on it.

    Examples:
        >>> from statementdiff.lexicon.lexicon import Lexicon
        >>> grammar = Lexicon.default().clause_grammar
        >>> "will" in grammar.modals, "with" in grammar.prepositions, "the" in grammar.prepositions
        (True, True, False)
    """

    determiners: frozenset[str]
    auxiliaries: frozenset[str]
    adverbs: frozenset[str]
    modals: frozenset[str]
    object_start: frozenset[str]
    leading: frozenset[str]
    before_ing: frozenset[str]
    copulas: frozenset[str]
    pronouns: frozenset[str]
    plural_determiners: frozenset[str]
    prepositions: frozenset[str]
    before_noun_verb: frozenset[str]
    impersonal: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    expressing: frozenset[str] = frozenset()
    recalling: frozenset[str] = frozenset()
    instruments: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    acts: frozenset[str] = frozenset()

    @classmethod
    def from_entry(cls, entry: GrammarEntry | None) -> Grammar:
        """Compile a ``[grammar]`` table (no table: every list empty).

        Examples:
            >>> grammar = Grammar.from_entry(GrammarEntry(modals=("ought",)))
            >>> sorted(grammar.modals), sorted(grammar.determiners)
            (['ought'], [])
        """
        g = entry or GrammarEntry()
        determiners = frozenset(g.determiners)
        auxiliaries = frozenset(g.auxiliaries)
        adverbs = frozenset(g.adverbs)
        pronouns = frozenset(g.pronouns)
        return cls(
            determiners=determiners,
            auxiliaries=auxiliaries,
            adverbs=adverbs,
            modals=frozenset(g.modals),
            object_start=determiners | frozenset(g.objects),
            leading=frozenset(g.leading),
            before_ing=frozenset(g.before_ing),
            copulas=frozenset(g.copulas),
            pronouns=pronouns,
            plural_determiners=frozenset(g.plural_determiners),
            prepositions=determiners - _NOT_PREPOSITIONS,
            before_noun_verb=(
                (auxiliaries - _NOT_BEFORE_NOUN_VERB)
                | adverbs
                | pronouns
                | CONNECTORS
                | _ALSO_BEFORE_NOUN_VERB
            ),
            impersonal=frozenset(g.impersonal),
            possessives=frozenset(g.possessives),
            subordinators=frozenset(g.subordinators),
            expressing=frozenset(g.expressing),
            recalling=frozenset(g.recalling),
            instruments=frozenset(g.instruments),
            events=frozenset(g.events),
            acts=frozenset(g.acts),
        )
