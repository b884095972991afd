"""Label what the word changes of aligned pairs mean: the :class:`Labeller`.

The pair's word operations are grouped into hunks (see :mod:`statementdiff.semantics.hunks`).
Lexicon phrases (stance verbs, modality, negation, entities) and numbers found on each
side are "touched" when they overlap a deleted (side A) or inserted (side B) word;
touched phrases are matched across the two sides and turned into
:class:`~statementdiff.models.Change` records by rules, each documented, with its reason,
where it is defined:

* **Actor**: :func:`statementdiff.semantics.actor.actor_rule`.
* **Stance**, **modality**, **negation**: :mod:`statementdiff.semantics.stance`.
* **Degrees of importance**: :mod:`statementdiff.semantics.degree`.
* **Entities**, **numbers**: :mod:`statementdiff.semantics.entities`.
* **Qualifiers**: :mod:`statementdiff.semantics.qualifiers`.
* **Scope** and **coded phrases**: :mod:`statementdiff.semantics.phrases`.

A pair too loose to say the same thing, a run-in heading and a protocol line
(:mod:`statementdiff.semantics.protocol`: hosting, a meeting looked forward to, a visitor
welcomed) get no act label (:data:`ACT_KINDS`).

Every rule is a function of one :class:`~statementdiff.semantics.context.PairContext`
(built before any rule runs) returning an :class:`~statementdiff.semantics.context.Outcome`.
The qualifier rule alone reads which hunks the others explain: the labeller runs the others
first (in any order), then gives it their union. Changes are sorted by place, so the order
of the rules never shows in the labels.

One :class:`Labeller` serves one :func:`~statementdiff.compare` or one series: it holds the
lexicon, the parties of each statement and the lexicon hits of each clause it has seen,
keyed by (statement index, clause id) and scanned once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import suppress
from dataclasses import dataclass, replace
from functools import partial
from typing import get_args

from statementdiff.align.tokens import content_tokens
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.matchers import Hit
from statementdiff.lexicon.visible import finditer
from statementdiff.models import (
    Block,
    Change,
    ChangeKind,
    Clause,
    Pair,
    Section,
    Statement,
)
from statementdiff.semantics.actor import actor_rule
from statementdiff.semantics.context import MATCHERS, Found, Outcome, PairContext
from statementdiff.semantics.degree import degree_rule
from statementdiff.semantics.entities import entity_rule, without_appositives
from statementdiff.semantics.headings import is_run_in_heading
from statementdiff.semantics.hunks import Hunk, Side, View, view
from statementdiff.semantics.numbers import number_rule
from statementdiff.semantics.parties import own_parties
from statementdiff.semantics.phrases import coded_rule, scope_rule
from statementdiff.semantics.protocol import is_protocol
from statementdiff.semantics.qualifiers import qualifier_rule
from statementdiff.semantics.stance import modality_rule, negation_rule, stance_rule
from statementdiff.semantics.voice import other_country_speaks, own_voice

__all__ = [
    "ACT_KINDS",
    "MIN_ACT_SIMILARITY",
    "MIN_KEPT_SHARE",
    "MIN_NAMED_ELSEWHERE_SIMILARITY",
    "MIN_ONE_SIDED_STANCE_SIMILARITY",
    "MIN_TOPICLESS_NAMED_ELSEWHERE_SIMILARITY",
    "RULES",
    "Labeller",
    "Rule",
]

_KINDS: tuple[ChangeKind, ...] = get_args(ChangeKind)
_KIND_ORDER: dict[str, float] = {kind: i for i, kind in enumerate(_KINDS)}
_KIND_ORDER["entity-dropped"] = _KIND_ORDER["entity-added"] - 0.5  # a replacement reads old → new

ACT_KINDS = frozenset(
    k for k in _KINDS if k.startswith(("stance-", "hedge-", "modality-", "negation-", "actor-"))
)
"""Labels about what the parties do (stance, hedge, modality, negation, actor): a title,
which makes no claim, gives none of them."""

_ONE_SIDED_STANCE = frozenset({"stance-added", "stance-dropped"})

MIN_ACT_SIMILARITY = 0.4
"""A pair scored below this gives no label of :data:`ACT_KINDS`, unless its word diff
keeps :data:`MIN_KEPT_SHARE` of its content words.

"Stance weaker" or "'will' removed" claims that the parties say the same thing in another
way; a pair the aligner scores this low shares some words but often makes another point
("coordinate sanctions" against "reestablish dialogue"), and its act labels were mostly
wrong in the judged samples (docs/label-precision.md, session 5). Its entity, number,
phrase and qualifier labels, which are about words present or absent, stay.
"""

MIN_ONE_SIDED_STANCE_SIMILARITY = 0.7
"""A pair scored below this gives no ``stance-added`` or ``stance-dropped``.

Such a label claims the parties took (or gave up) a stance the other side does not take.
On a pair this loose the other side mostly makes the point another way ("agreed on the
imperative for full implementation" → "called for full implementation"; "emphasized the
importance of assistance" → "concurred on the need to continue assistance"), and the
judged samples found these labels right once in ten on both the development and the
held-out pairs (docs/label-precision.md, session 6). Session 8 raised the bar from 0.5 to
0.7: judged with their sentences read, the labels of pairs scored 0.5 to 0.7 were 0
correct, 7 useless, 4 wrong (held-out and v14). Stances facing each other on the two
sides (stronger, weaker, same) are still compared.
"""

MIN_NAMED_ELSEWHERE_SIMILARITY = 0.4
"""A pair scored below this gives no ``entity-added`` or ``entity-dropped`` for a name the
other statement names in another passage.

On a pair this loose the two clauses make related but different points, and the passage
that really answers the clause is elsewhere: the name is that passage's, not a change of
this one. Judged with their sentences read and the "(said elsewhere in B)" note in view,
such labels were useless or wrong 22 times in 28 (held-out v2, v3, v5 and v14; session 8;
below 0.5 it was 31 in 44, with twice the correct ones lost). A name the other statement
never says is still labelled, and the entity table still counts every mention.
"""

MIN_TOPICLESS_NAMED_ELSEWHERE_SIMILARITY = 0.5
"""... and a pair scored below this whose two sides share no topic gives none either.

Two clauses on no common topic, loosely scored, mostly make two points; the name the other
statement says in another passage belongs to that passage. Judged (session 13), such
labels of pairs scored 0.4 to 0.5 were 7 correct, 16 useless, 1 wrong on the development
samples and 1 correct, 3 useless, 2 wrong on the held-out ones. The correct ones lost sit
where the topic table says nothing ("the ASEAN Five-Point Consensus" is on no topic).
"""

SETTING_SHARE = 0.1
"""A name that a statement repeats in this share of its clauses is its setting."""

SETTING_LEAST = 5
"""... and in at least this many clauses."""

FORMULA_LEAST = 2
"""A coded phrase a statement says in at least this many clauses is one of its formulas;
one both statements repeat is no change where a pair adds or drops it (docs/label-precision.md,
session 18)."""

COMMON_WORD_SHARE = 0.1
"""A content word in more than this share of a statement's clauses is one of its common
words ("cooperation", "security", "region" in most statements, "Quad" in a Quad one)."""

COMMON_WORD_LEAST = 3
"""... and in more than this many of them."""

MIN_KEPT_SHARE = 0.3
"""The share of content words (both sides, Dice) a loose pair's word diff must keep for act
labels: "We welcome the new role of X" → "We hail the new role of Y" visibly says the same
with two words changed, however a small statement's term weights score it."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One labelling rule.

    Attributes:
        name: A short name ("stance"); also the tie-break between changes of two rules
            that sort alike, so that the order of the rules never shows.
        apply: The rule: a function of the pair's context.
        reads_explained: True for a rule that reads
            :attr:`~statementdiff.semantics.context.PairContext.explained`; it runs once
            the other rules have said which hunks they explain.
    """

    name: str
    apply: Callable[[PairContext], Outcome]
    reads_explained: bool = False


RULES: tuple[Rule, ...] = (
    Rule("actor", actor_rule),
    Rule("stance", stance_rule),
    Rule("degree", degree_rule),
    Rule("modality", modality_rule),
    Rule("negation", negation_rule),
    Rule("numbers", number_rule),
    Rule("entities", entity_rule),
    Rule("scope", scope_rule),
    Rule("coded", coded_rule),
    Rule("qualifiers", qualifier_rule, reads_explained=True),
)
"""The rules the labeller applies, in the order their changes break sorting ties."""

_VOICED = frozenset({"stance", "modality"})
"""The matchers whose hits count only in the parties' own voice (:mod:`.voice`)."""

_TIE_BREAK = {rule.name: i for i, rule in enumerate(RULES)}

_Hits = Mapping[str, tuple[Hit, ...]]


class Labeller:
    """The labels of the aligned pairs of a set of statements (two for compare, N for a series).

    Args:
        lexicon: The lexicon (the built-in one when None).
        parties: The ``parties`` of each statement, by statement index.
        rules: The rules to apply (:data:`RULES`); their order does not change the labels.

    Examples:
        >>> from statementdiff import parse
        >>> from statementdiff.models import Pair, Span
        >>> from statementdiff.worddiff import word_ops
        >>> a, b = parse("We support the plan."), parse("We strongly oppose the plan.")
        >>> ca, cb = next(a.clauses()), next(b.clauses())
        >>> pair = Pair(a=(ca.id,), b=(cb.id,), relation="modified", similarity=0.5,
        ...     a_span=ca.span, b_span=cb.span, ops=word_ops(ca.text, 0, cb.text, 0))
        >>> [c.kind for c in Labeller.for_statements((a, b)).label(pair, [ca], [cb])]
        ['stance-stronger']
    """

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        parties: Sequence[Sequence[str]] = ((), ()),
        *,
        rules: Sequence[Rule] = RULES,
        statements: Sequence[Statement] = (),
    ) -> None:
        self.lexicon = lexicon or Lexicon.default()
        self.parties = tuple(tuple(p) for p in parties)
        self.statements = tuple(statements)
        self.rules = tuple(rules)
        self._hits: dict[tuple[int, str], tuple[str, _Hits]] = {}
        self._stances: dict[int, tuple[tuple[str, str, frozenset[str]], ...]] = {}
        self._stance_words: dict[int, dict[str, list[int]]] = {}
        self._named: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self._formulas: dict[int, frozenset[str]] = {}
        self._words_of: dict[int, tuple[frozenset[str], ...]] = {}
        self._common_of: dict[int, frozenset[str]] = {}
        self._clause_at: dict[int, dict[str, int]] = {}
        self._block_texts: dict[int, dict[str, tuple[str, ...]]] = {}
        self._block_words: dict[tuple[int, str], tuple[frozenset[str], ...]] = {}

    @classmethod
    def for_statements(
        cls, statements: Sequence[Statement], *, lexicon: Lexicon | None = None
    ) -> Labeller:
        """A labeller for pairs between ``statements``, which give the parties.

        A statement without ``parties`` gives its makers as the text shows them
        (:func:`~statementdiff.semantics.parties.own_parties`).
        """
        makers = [s.parties or tuple(sorted(own_parties(s, lexicon))) for s in statements]
        return cls(lexicon, makers, statements=statements)

    def label(
        self,
        pair: Pair,
        a: Sequence[Clause],
        b: Sequence[Clause],
        *,
        sides: tuple[int, int] = (0, 1),
        acts: bool = True,
    ) -> tuple[Change, ...]:
        """Label one pair's word changes.

        Args:
            pair: The pair, with its word operations (``pair.ops``) filled in.
            a: The pair's clauses on side A, annotated, in order.
            b: The pair's clauses on side B, annotated, in order.
            sides: The index of side A's statement and of side B's (for parties and hits).
            acts: False for a pair nothing in the alignment supports
                (:mod:`~statementdiff.semantics.support`): no act labels.

        Returns:
            Change labels in text order (empty for a pair without word changes, or whose
            sides share no content word beyond their statements' common ones).
        """
        if self._unanchored(sides, a, b):
            return ()
        ctx = self.context(pair, a, b, sides=sides)
        if not ctx.view.hunks:
            return ()
        first = [(r, r.apply(ctx)) for r in self.rules if not r.reads_explained]
        explained = frozenset().union(
            *(o.explains for _, o in first),
            *(_hunks_under(ctx.view, f.change) for _, o in first for f in o.found),
        )
        later = replace(ctx, explained=explained)
        results = first + [(r, r.apply(later)) for r in self.rules if r.reads_explained]
        tagged = [
            (found, _TIE_BREAK.get(rule.name, len(_TIE_BREAK)), rule.name, n)
            for rule, result in results
            for n, found in enumerate(result.found)
        ]
        titles = (self._titles_only(sides[0], a), self._titles_only(sides[1], b))
        if titles[0] != titles[1]:
            # a title against a sentence: the title claims nothing, so nothing it lacks or
            # adds is a change of the passage ("Promote People-to-People Ties:" against "…
            # the cornerstone of a free and open Indo-Pacific")
            return ()
        if (
            not acts
            or self._loose(pair)
            or any(titles)
            or any(is_protocol(c.text) for c in (*a, *b))
        ):
            tagged = [t for t in tagged if t[0].change.kind not in ACT_KINDS]
        if pair.similarity < MIN_ONE_SIDED_STANCE_SIMILARITY:
            tagged = [t for t in tagged if t[0].change.kind not in _ONE_SIDED_STANCE]
        if pair.similarity < MIN_NAMED_ELSEWHERE_SIMILARITY or (
            pair.similarity < MIN_TOPICLESS_NAMED_ELSEWHERE_SIMILARITY
            and not {t for c in a for t in c.topics} & {t for c in b for t in c.topics}
        ):
            tagged = [t for t in tagged if not _named_elsewhere(t[0].change)]
        if any(t[0].change.kind == "actor-changed" for t in tagged):
            # another speaker's verb is no restatement of the first one's stance
            tagged = [t for t in tagged if t[0].change.kind != "stance-same"]
        tagged.sort(key=lambda t: (*_place(t[0]), t[1], t[2], t[3]))
        return tuple(t[0].change for t in tagged)

    def _unanchored(self, sides: tuple[int, int], a: Sequence[Clause], b: Sequence[Clause]) -> bool:
        """True when the two sides share no content word but their statements' common ones.

        "We look forward to further progress in this area" and "We look forward to
        furthering trilateral cooperation with Japan and the Philippines" share "look
        forward" and "further", words both statements use everywhere: the aligner paired
        them on the frame of a sentence, not on a point they both make, so what one names
        and the other does not is no change of that point. Such pairs get no labels
        (docs/label-precision.md, session 17). Read only with both whole statements.
        """
        if not a or not b or max(sides) >= len(self.statements):
            return False
        words = [
            set().union(*(self._words_of_clause(index, c) for c in side))
            for index, side in zip(sides, (a, b), strict=True)
        ]
        shared = words[0] & words[1]
        if not shared:
            return True
        common = self._common_words(sides[0]) | self._common_words(sides[1])
        return shared <= common

    def _words_of_clause(self, index: int, clause: Clause) -> frozenset[str]:
        """The folded alignment tokens of one clause of statement ``index``."""
        at = self._clause_at.get(index)
        if at is None:
            at = self._clause_at[index] = {
                c.id: k for k, c in enumerate(self.statements[index].clauses())
            }
        k = at.get(clause.id)
        words = self._clause_words((index, index), 0)
        if k is None or k >= len(words):
            aliases, fold = self.lexicon.alias_table, self.lexicon.paraphrase_table.fold
            return frozenset(content_tokens(fold(clause.text), aliases))
        return words[k]

    def _common_words(self, index: int) -> frozenset[str]:
        """The content words common in statement ``index`` (:data:`COMMON_WORD_SHARE`)."""
        found = self._common_of.get(index)
        if found is None:
            clauses = self._clause_words((index, index), 0)
            counts = Counter(w for words in clauses for w in words)
            least = max(COMMON_WORD_LEAST, COMMON_WORD_SHARE * len(clauses))
            found = self._common_of[index] = frozenset(w for w, n in counts.items() if n > least)
        return found

    def _loose(self, pair: Pair) -> bool:
        """True for a pair too loose for act labels (see :data:`MIN_ACT_SIMILARITY`)."""
        if pair.similarity >= MIN_ACT_SIMILARITY:
            return False
        table = self.lexicon.alias_table
        counts = Counter[str]()
        for op in pair.ops:
            counts[op.op] += len(content_tokens(op.text, table))
        kept = 2 * counts["equal"]
        return kept < MIN_KEPT_SHARE * (kept + counts["delete"] + counts["insert"])

    def _titles_only(self, index: int, clauses: Sequence[Clause]) -> bool:
        """True when every clause is a run-in heading (a title makes no claim)."""
        if index >= len(self.statements) or not clauses:
            return False
        text = self.statements[index].text
        return all(is_run_in_heading(c.text, text[c.span.end : c.span.end + 8]) for c in clauses)

    def context(
        self,
        pair: Pair,
        a: Sequence[Clause],
        b: Sequence[Clause],
        *,
        sides: tuple[int, int] = (0, 1),
    ) -> PairContext:
        """The context the rules read for one pair (nothing explained yet)."""
        pair_view = view(pair, self.lexicon.spelling_table)
        said_a, said_b = self._said_next_to(sides[0], a), self._said_next_to(sides[1], b)
        return PairContext(
            pair=pair,
            view=pair_view,
            a_clauses=tuple(a),
            b_clauses=tuple(b),
            lex=self.lexicon,
            hits=(
                self._side_hits(sides[0], a, pair_view.a),
                self._side_hits(sides[1], b, pair_view.b),
            ),
            actor_spans=(a[0].actor_span if a else None, b[0].actor_span if b else None),
            statement_parties=(self._parties(sides[0]), self._parties(sides[1])),
            sentence_neighbours=(said_a[0], said_b[0]),
            paragraph_names=(
                self._paragraph_names(sides[0], a),
                self._paragraph_names(sides[1], b),
            ),
            neighbour_modality=(said_a[1], said_b[1]),
            setting=(self._names(sides[0])[1], self._names(sides[1])[1]),
            later=self._later(sides),
            said_names=(self._names(sides[0])[0], self._names(sides[1])[0]),
            formulas=(self._formulas_of(sides[0]), self._formulas_of(sides[1])),
            clause_words=partial(self._clause_words, sides) if self.statements else None,
            around_phrases=partial(self._around_phrases, sides, (a, b))
            if self.statements
            else None,
            paragraph_words=partial(self._paragraph_words, sides, (a, b))
            if self.statements
            else None,
            elsewhere=partial(self._elsewhere, sides, (a, b)) if self.statements else None,
        )

    def _later(self, sides: tuple[int, int]) -> int | None:
        """Which of the two sides' statements is dated later (0 or 1), if both are dated."""
        if max(sides) >= len(self.statements):
            return None
        dates = (self.statements[sides[0]].date, self.statements[sides[1]].date)
        if dates[0] is None or dates[1] is None or dates[0] == dates[1]:
            return None
        return 0 if dates[0] > dates[1] else 1

    def _elsewhere(
        self,
        sides: tuple[int, int],
        clauses: tuple[Sequence[Clause], Sequence[Clause]],
        side: int,
        words: AbstractSet[str],
        least: int,
    ) -> list[tuple[str, frozenset[str]]]:
        """The stances taken in side ``side``'s statement outside the pair, with their words.

        Only those that may hold ``least`` of ``words`` or more: a stance holding that many
        holds one of any ``len(words) - least + 1`` of them, so the stances holding one of
        the rarest that many are the candidates (all stances when ``least`` is 0). Every
        stance that holds ``least`` of the words is among them, in statement order.
        """
        index = sides[side]
        own = {c.id for c in clauses[side]}
        rows = self._stances_of(index)
        if least <= 0:
            chosen: Iterable[int] = range(len(rows))
        else:
            postings = self._stance_postings(index)
            empty: list[int] = []
            lists = sorted((postings.get(w, empty) for w in words), key=len)
            chosen = sorted(set().union(*lists[: len(lists) - least + 1]))
        return [(rows[k][1], rows[k][2]) for k in chosen if rows[k][0] not in own]

    def _stance_postings(self, index: int) -> dict[str, list[int]]:
        """Word → the rows of :meth:`_stances_of` that hold it, for statement ``index``."""
        found = self._stance_words.get(index)
        if found is None:
            found = self._stance_words[index] = {}
            for k, (_, _, words) in enumerate(self._stances_of(index)):
                for word in words:
                    found.setdefault(word, []).append(k)
        return found

    def _stances_of(self, index: int) -> tuple[tuple[str, str, frozenset[str]], ...]:
        """Each stance statement ``index`` takes in the parties' voice, with its clause's words.

        The words are the clause's alignment tokens less those of its stance phrases.
        """
        found = self._stances.get(index)
        if found is None:
            lex, statement = self.lexicon, self.statements[index]
            english = statement.language == "en"  # the voice rules read English grammar
            rows: list[tuple[str, str, frozenset[str]]] = []
            for clause in statement.clauses():
                start, end = clause.span.start, clause.span.end
                hits = list(finditer(lex.matchers.stance, statement.text, start, end))
                keys = {
                    h.key
                    for h in hits
                    if not english
                    or own_voice(statement.text, h.start, h.end, start, lex, stance=True)
                }
                if keys:
                    # what the clause is about: its words less those of its stance phrases
                    stance_words = {
                        w for h in hits for w in content_tokens(h.text, lex.alias_table)
                    }
                    words = frozenset(content_tokens(clause.text, lex.alias_table)) - stance_words
                    rows += [(clause.id, key, words) for key in sorted(keys)]
            found = self._stances[index] = tuple(rows)
        return found

    def _said_next_to(
        self, index: int, clauses: Sequence[Clause]
    ) -> tuple[frozenset[str], frozenset[str]]:
        """What is said next to these clauses (:meth:`_around`, :meth:`_lead_in`).

        Returns:
            The stance verbs and entity names, and the modal phrases.
        """
        names: set[str] = set()
        modality: set[str] = set()
        for clause in self._around(index, clauses):
            if clause.stance is not None:
                names.add(clause.stance.verb)
            names.update(e.name for e in clause.entities)
            modality.update(clause.modality)
        lead_in = self._lead_in(index, clauses)
        if lead_in:
            matchers, lex = self.lexicon.matchers, self.lexicon
            names.update(h.key for h in finditer(matchers.entities, lead_in))
            names.update(
                h.key
                for h in finditer(matchers.stance, lead_in)
                if own_voice(lead_in, h.start, h.end, 0, lex, stance=True)
            )
            modality.update(
                h.key
                for h in finditer(matchers.modality, lead_in)
                if own_voice(lead_in, h.start, h.end, 0, lex, stance=False)
            )
        return frozenset(names), frozenset(modality)

    def _around(self, index: int, clauses: Sequence[Clause]) -> list[Clause]:
        """The other clauses of these clauses' sentences: what a split sentence still says."""
        if index >= len(self.statements) or not clauses:
            return []
        statement = self.statements[index]
        own = {c.id for c in clauses}
        around: list[Clause] = []
        for sentence_id in sorted({c.id.rsplit(".", 1)[0] for c in clauses}):
            with suppress(KeyError):
                sentence = statement.node(sentence_id)
                around += [c for c in getattr(sentence, "clauses", ()) if c.id not in own]
        return around

    def _names(self, index: int) -> tuple[frozenset[str], frozenset[str]]:
        """What statement ``index`` names: every entity name, and its setting.

        The setting is the names it repeats in :data:`SETTING_SHARE` of its clauses.
        """
        if index >= len(self.statements):
            return frozenset(), frozenset()
        found = self._named.get(index)
        if found is None:
            clauses = list(self.statements[index].clauses())
            counts = Counter(name for c in clauses for name in {e.name for e in c.entities})
            least = max(SETTING_LEAST, SETTING_SHARE * len(clauses))
            setting = frozenset(n for n, k in counts.items() if k >= least)
            found = self._named[index] = (frozenset(counts), setting)
        return found

    def _formulas_of(self, index: int) -> frozenset[str]:
        """The coded phrases (group keys) statement ``index`` says in several clauses.

        At least :data:`FORMULA_LEAST` of them: "a free and open Indo-Pacific" in the
        opening, the maritime paragraph and the close is the statement's formula.
        """
        if index >= len(self.statements):
            return frozenset()
        found = self._formulas.get(index)
        if found is None:
            coded = self.lexicon.matchers.coded
            counts = Counter(
                key
                for c in self.statements[index].clauses()
                for key in {h.key for h in finditer(coded, c.text)}
            )
            found = self._formulas[index] = frozenset(
                k for k, n in counts.items() if n >= FORMULA_LEAST
            )
        return found

    def _clause_words(self, sides: tuple[int, int], side: int) -> tuple[frozenset[str], ...]:
        """The folded alignment tokens of each clause of side ``side``'s statement."""
        index = sides[side]
        found = self._words_of.get(index)
        if found is None:
            aliases, fold = self.lexicon.alias_table, self.lexicon.paraphrase_table.fold
            found = tuple(
                frozenset(content_tokens(fold(c.text), aliases))
                for c in self.statements[index].clauses()
            )
            self._words_of[index] = found
        return found

    def _around_phrases(
        self,
        sides: tuple[int, int],
        clauses: tuple[Sequence[Clause], Sequence[Clause]],
        side: int,
    ) -> tuple[str, ...]:
        """The coded phrases (group keys) of the other clauses of the pair's sentences."""
        coded = self.lexicon.matchers.coded
        around = self._around(sides[side], clauses[side])
        return tuple(h.key for c in around for h in finditer(coded, c.text))

    def _paragraph_words(
        self,
        sides: tuple[int, int],
        clauses: tuple[Sequence[Clause], Sequence[Clause]],
        side: int,
    ) -> tuple[frozenset[str], ...]:
        """The folded alignment tokens of each clause of the paragraphs of the pair's side."""
        index = sides[side]
        if index >= len(self.statements) or not clauses[side]:
            return ()
        texts = self._block_texts.get(index)
        if texts is None:
            grouped: dict[str, list[str]] = {}
            for clause in self.statements[index].clauses():
                grouped.setdefault(clause.id.rsplit(".", 2)[0], []).append(clause.text)
            texts = self._block_texts[index] = {k: tuple(v) for k, v in grouped.items()}
        aliases, fold = self.lexicon.alias_table, self.lexicon.paraphrase_table.fold
        out: list[frozenset[str]] = []
        for block in sorted({c.id.rsplit(".", 2)[0] for c in clauses[side]}):
            words = self._block_words.get((index, block))
            if words is None:
                words = tuple(
                    frozenset(content_tokens(fold(text), aliases)) for text in texts.get(block, ())
                )
                self._block_words[(index, block)] = words
            out.extend(words)
        return tuple(out)

    def _paragraph_names(self, index: int, clauses: Sequence[Clause]) -> Counter[str]:
        """How often each entity is named in the paragraphs (or items) of these clauses."""
        if index >= len(self.statements) or not clauses:
            return Counter()
        statement = self.statements[index]
        names: Counter[str] = Counter()
        for block_id in sorted({c.id.rsplit(".", 2)[0] for c in clauses}):
            with suppress(KeyError):
                block = statement.node(block_id)
                if isinstance(block, Block):
                    names.update(
                        e.name for s in block.sentences for c in s.clauses for e in c.entities
                    )
        return names

    def _lead_in(self, index: int, clauses: Sequence[Clause]) -> str:
        """The text that introduces the list these clauses are items of ("" if none).

        A list item continues the paragraph or heading that opens its list with a colon
        ("We are determined to work together to: ... - promote jobs and growth"): the
        lead-in's verbs govern the item too.
        """
        if index >= len(self.statements) or not clauses:
            return ""
        statement = self.statements[index]
        return " ".join(
            _lead_in(statement, block_id)
            for block_id in sorted({c.id.rsplit(".", 2)[0] for c in clauses})
        ).strip()

    def _parties(self, index: int) -> tuple[str, ...]:
        return self.parties[index] if index < len(self.parties) else ()

    def _side_hits(self, index: int, clauses: Sequence[Clause], side: Side) -> _Hits:
        """The hits of one side at statement offsets: a lone clause's from the cache."""
        parties = frozenset(self._parties(index))
        if len(clauses) == 1 and clauses[0].text == side.text:
            clause = clauses[0]
            key = (index, clause.id)
            cached = self._hits.get(key)
            if cached is None or cached[0] != clause.text:
                cached = (clause.text, self._scan(clause.text, clause.span.start, parties))
                self._hits[key] = cached
            return cached[1]
        return self._scan(side.text, side.base, parties)

    def _scan(self, text: str, base: int, parties: frozenset[str]) -> _Hits:
        matchers = self.lexicon.matchers
        lex = self.lexicon

        def found(name: str) -> list[Hit]:
            hits = list(finditer(getattr(matchers, name), text))
            # an abbreviation in brackets after its name is no second mention, as in annotate
            return without_appositives(hits, text) if name == "entities" else hits

        def shifted(hits: list[Hit]) -> tuple[Hit, ...]:
            return tuple(Hit(h.key, h.start + base, h.end + base, h.text) for h in hits)

        raw = {
            name: [
                h
                for h in found(name)
                if name not in _VOICED
                or own_voice(text, h.start, h.end, 0, lex, stance=name == "stance")
            ]
            for name in MATCHERS
        }
        # "that Iran will never develop": another country's modal, kept apart
        names = [(h.key, h.start, h.end) for h in raw["entities"]]
        others = [
            h for h in raw["modality"] if other_country_speaks(text, h.start, names, parties, lex)
        ]
        raw["modality"] = [h for h in raw["modality"] if h not in others]
        out = {name: shifted(hits) for name, hits in raw.items()}
        out["other_modality"] = shifted(others)
        return out


def _lead_in(statement: Statement, block_id: str) -> str:
    """The paragraph or heading that opens the list of item ``block_id`` with a colon."""
    section_id = block_id.split(".", 1)[0]
    try:
        section = statement.node(section_id)
    except KeyError:
        return ""
    if not isinstance(section, Section):
        return ""
    blocks = section.blocks
    at = next((k for k, block in enumerate(blocks) if block.id == block_id), None)
    if at is None or blocks[at].kind != "item":
        return ""
    own_list = _list_of(block_id)
    for block in reversed(blocks[:at]):
        if block.kind == "item" and _list_of(block.id) == own_list:
            continue  # an earlier item of the same list
        # a paragraph, or an item of another list ("30. We will work together … to
        # advance the following points:" opening a bulleted list), opens the list or not
        return block.text if block.text.rstrip().endswith(":") else ""
    heading = section.heading or ""
    return heading if heading.rstrip().endswith(":") else ""


def _list_of(block_id: str) -> str:
    """The list an item's id places it in: its parent and its kind of counter.

    "sec5.n30" is in the numbered list "sec5.n", "sec5.i2" in the bulleted list "sec5.i";
    lettered sub-items ("sec3.n1.a", "sec3.n1.b") are one list "sec3.n1.*".
    """
    parent, _, last = block_id.rpartition(".")
    counted = re.match(r"([a-z]*)\d", last)
    return f"{parent}.{counted.group(1) if counted else '*'}"


def _named_elsewhere(change: Change) -> bool:
    """True for a name added or dropped that the other statement names in another passage."""
    return change.elsewhere and change.kind in ("entity-added", "entity-dropped")


def _hunks_under(view: View, change: Change) -> frozenset[Hunk]:
    """The hunks a change's words overlap, on side A and on side B.

    A change explains the hunks of both its sides, so that which hunk it explains never
    depends on which statement is called A ("support" → "underscored" in two hunks explains
    both, whichever way the pair is read).
    """
    found: set[Hunk] = set()
    for span, side in ((change.a_span, "a"), (change.b_span, "b")):
        if span is not None:
            for hunk in view.hunks:
                start, end = hunk.a if side == "a" else hunk.b
                if span.start < end and start < span.end:
                    found.add(hunk)
    return frozenset(found)


def _place(found: Found) -> tuple[tuple[int, int], float, str, str]:
    change = found.change
    return (found.anchor, _KIND_ORDER[change.kind], change.a_text or "", change.b_text or "")
