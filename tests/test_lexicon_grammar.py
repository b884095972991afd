"""User ``[grammar]`` and ``[actors]`` tables: layered, validated, compiled once per lexicon.

The function words of the clause splitter and the words of actor phrases reach the splitter,
the actor finder and the party resolver through the lexicon given to ``parse``; the
built-in lexicon's compiled tables are what runs without one.
"""

from __future__ import annotations

import pickle
import string
import tempfile
from functools import partial
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _stress import crowd
from statementdiff import LexiconError, parse
from statementdiff.lexicon.entries import ActorsEntry, GrammarEntry
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.models import Clause, Statement
from statementdiff.segment import actor as segment_actor
from statementdiff.segment import predicates
from statementdiff.segment.actor import is_collective, plausible
from statementdiff.segment.actor_words import ActorWords
from statementdiff.segment.clauses import clause_spans
from statementdiff.segment.grammar import Grammar

OUGHT = '[grammar]\nmodals = ["ought"]\nauxiliaries = ["ought"]\n'
ENVOYS = '[actors]\ntitles = ["Chancellor-designate"]\nroles = ["envoys"]\n'
COORDINATED = "We reaffirm the alliance, and the envoys ought to meet annually."


def _write(tmp_path: Path, content: str, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def _rows(statement: Statement) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.actor, _actor_text(statement, c)) for c in statement.clauses()]


def _actor_text(statement: Statement, clause: Clause) -> str | None:
    span = clause.actor_span
    return statement.text[span.start : span.end] if span else None


# -- [grammar] ------------------------------------------------------------------------


def test_a_user_modal_splits_a_clause_and_finds_its_actor(tmp_path: Path) -> None:
    mine = Lexicon.load(_write(tmp_path, OUGHT))
    assert _rows(parse(COORDINATED)) == [(COORDINATED, "We", "We")]
    assert _rows(parse(COORDINATED, lexicon=mine)) == [
        ("We reaffirm the alliance", "We", "We"),
        ("the envoys ought to meet annually.", "the envoys", "the envoys"),
    ]
    # the built-in lexicon, and what runs without one, are unchanged
    assert "ought" not in Lexicon.default().clause_grammar.modals
    assert "ought" not in predicates.MODALS
    assert _rows(parse(COORDINATED)) == [(COORDINATED, "We", "We")]


def test_the_splitter_takes_the_grammar_it_is_given(tmp_path: Path) -> None:
    text = "The envoys ought to meet annually."
    mine = Lexicon.load(_write(tmp_path, OUGHT))
    plain = clause_spans(text, 0, len(text))
    given_ = clause_spans(text, 0, len(text), grammar=mine.clause_grammar)
    assert [(c.actor, c.predicate) for c in plain] == [(None, None)]
    assert [(c.actor, c.predicate) for c in given_] == [("The envoys", "meet")]


def test_grammar_lists_are_added_to_the_built_in_ones(tmp_path: Path) -> None:
    builtin = Lexicon.default()
    assert builtin.grammar is not None
    mine = Lexicon.load(_write(tmp_path, OUGHT))
    assert mine.grammar is not None
    assert mine.grammar.modals == (*builtin.grammar.modals, "ought")
    assert mine.grammar.determiners == builtin.grammar.determiners
    assert mine.clause_grammar.modals == builtin.clause_grammar.modals | {"ought"}
    assert "ought" in mine.clause_grammar.before_noun_verb  # the derived sets follow
    # a second file adds to the first; a repeated word is kept once
    more = _write(tmp_path, '[grammar]\nmodals = ["ought", "need"]\n', "more.toml")
    both = Lexicon.load(_write(tmp_path, OUGHT), more)
    assert both.grammar is not None
    assert both.grammar.modals == (*builtin.grammar.modals, "ought", "need")
    # from an empty base, the file's words are all there is
    alone = Lexicon.load(_write(tmp_path, OUGHT), base=Lexicon.empty())
    assert alone.clause_grammar.modals == {"ought"}


# -- [actors] -------------------------------------------------------------------------


def test_a_user_title_names_a_party(tmp_path: Path) -> None:
    text = "Chancellor-designate Klee discussed trade."
    mine = Lexicon.load(_write(tmp_path, ENVOYS))
    assert [c.parties for c in parse(text).clauses()] == [()]
    assert [c.parties for c in parse(text, lexicon=mine).clauses()] == [
        ("Chancellor-designate Klee",)
    ]


def test_a_user_role_noun_finds_the_actor_and_its_party(tmp_path: Path) -> None:
    mine = Lexicon.load(_write(tmp_path, ENVOYS))
    text = "The envoys ought to meet annually."  # no predicate: the actor is the leading run
    assert [_actor_text(parse(text), c) for c in parse(text).clauses()] == [None]
    found = parse(text, lexicon=mine)
    assert [_actor_text(found, c) for c in found.clauses()] == ["The envoys"]
    # a role noun at the head makes the actor speak for the party it names
    named = "Japan's envoys discussed trade."
    assert [c.parties for c in parse(named).clauses()] == [()]
    assert [c.parties for c in parse(named, lexicon=mine).clauses()] == [("Japan",)]


def test_a_user_collective_stands_for_the_statement_parties(tmp_path: Path) -> None:
    text = "The two delegations reaffirm their commitment."
    mine = Lexicon.load(_write(tmp_path, '[actors]\ncollectives = ["delegations"]\n'))
    parties = ["United States", "Japan"]
    assert [c.parties for c in parse(text, parties=parties).clauses()] == [()]
    layered = parse(text, parties=parties, lexicon=mine)
    assert [c.parties for c in layered.clauses()] == [("United States", "Japan")]
    assert is_collective("The two delegations", mine.actor_words)
    assert not is_collective("The two delegations")  # the built-in words by default


def test_no_actors_table_matches_nothing() -> None:
    # an empty alternation would match everywhere: every actor would be collective
    empty = Lexicon.empty().actor_words
    assert not is_collective("This initiative", empty)
    assert is_collective("We", empty)  # the pronouns are rules, not data
    assert not plausible("energy and", empty)
    assert empty.opener.match("In addition, we agree") is None
    assert empty.titled.search("President Han said") is None


@settings(max_examples=60, deadline=None)
@given(st.text(string.ascii_letters + " ,;:.-'", max_size=60))
def test_empty_actor_patterns_never_match_more_than_the_rules(text: str) -> None:
    empty = ActorWords.from_entry(None)
    assert empty.titled.search(text) is None
    assert empty.opener.match(text) is None
    match = empty.collective.match(text.strip())
    assert match is None or match.group().lower() in {"we", "our", "us", "they", "their", "both"}


# -- validation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "needles"),
    [
        ('{"grammar": {"modals": ["Ought"]}}', ["grammar.modals", "lower-case word"]),
        ('{"actors": {"collectives": [" "]}}', ["actors.collectives", "empty phrase"]),
        ('{"actors": {"titles": "Chancellor"}}', ["actors.titles", "valid tuple"]),
    ],
)
def test_malformed_json_tables_name_file_and_key(
    tmp_path: Path, content: str, needles: list[str]
) -> None:
    path = _write(tmp_path, content, "bad.json")
    with pytest.raises(LexiconError) as info:
        Lexicon.load(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    for needle in needles:
        assert needle in message


def test_the_built_in_tables_fill_every_list() -> None:
    lex = Lexicon.default()
    assert lex.grammar is not None
    assert lex.actors is not None
    for table in (lex.grammar, lex.actors):
        empty = [name for name in type(table).model_fields if not getattr(table, name)]
        assert empty == []
    assert set(GrammarEntry.model_fields) == {
        "determiners", "auxiliaries", "adverbs", "modals", "objects", "leading",
        "before_ing", "copulas", "pronouns", "plural_determiners", "impersonal",
        "possessives", "subordinators", "expressing", "recalling", "instruments", "events",
        "acts", "intensifiers",
    }  # fmt: skip
    assert set(ActorsEntry.model_fields) == {
        "connectors", "roles", "party_kinds", "collectives", "titles", "name_particles",
        "openers", "offices", "office_modifiers",
    }  # fmt: skip


# -- compiled once per lexicon --------------------------------------------------------


def test_the_public_constants_are_the_built_in_lexicon_s() -> None:
    lex = Lexicon.default()
    assert lex.grammar is not None
    assert predicates.MODALS is lex.clause_grammar.modals
    assert frozenset(lex.grammar.modals) == predicates.MODALS
    assert predicates.DETERMINERS is lex.clause_grammar.determiners
    assert predicates.OBJECT_START is lex.clause_grammar.object_start
    assert segment_actor.ROLES is lex.actor_words.roles
    assert segment_actor.NAME_JOINERS is lex.actor_words.joiners


def test_compiled_tables_are_cached_and_shared_by_layers_that_keep_them(tmp_path: Path) -> None:
    builtin = Lexicon.default()
    assert builtin.clause_grammar is builtin.clause_grammar
    assert builtin.actor_words is builtin.actor_words
    aliases = Lexicon.load(_write(tmp_path, '[aliases]\nfreedonia = ["FRD"]\n'))
    assert aliases.clause_grammar is builtin.clause_grammar
    assert aliases.actor_words is builtin.actor_words
    mine = Lexicon.load(_write(tmp_path, OUGHT))
    assert mine.clause_grammar is not builtin.clause_grammar
    assert mine.actor_words is builtin.actor_words  # no [actors] table: shared


def test_threads_compile_a_lexicon_s_tables_once(tmp_path: Path) -> None:
    mine = Lexicon.load(_write(tmp_path, OUGHT + "\n" + ENVOYS))
    grammars = crowd([lambda: mine.clause_grammar] * 32, threads=8)
    assert all(g is grammars[0] for g in grammars)
    words = crowd([lambda: mine.actor_words] * 32, threads=8)
    assert all(w is words[0] for w in words)
    assert isinstance(grammars[0], Grammar)
    texts = [COORDINATED, "Chancellor-designate Klee discussed trade."] * 8

    def parse_json(text: str) -> str:
        return parse(text, lexicon=mine).to_json()

    parsed = crowd([partial(parse_json, t) for t in texts], threads=8)
    assert parsed == [parse_json(t) for t in texts]


def test_a_pickled_lexicon_keeps_its_grammar_and_actors(tmp_path: Path) -> None:
    mine = Lexicon.load(_write(tmp_path, OUGHT + "\n" + ENVOYS))
    mine.clause_grammar  # compiled state is rebuilt, not pickled  # noqa: B018
    copy = pickle.loads(pickle.dumps(mine))
    assert copy.grammar == mine.grammar
    assert copy.actors == mine.actors
    assert parse(COORDINATED, lexicon=copy).to_json() == parse(COORDINATED, lexicon=mine).to_json()


# -- invariants -----------------------------------------------------------------------

_WORDS = st.sampled_from(["ought", "need", "the", "and", "we", "shall", "to", "envoys", "today"])
_LISTS = st.sampled_from(["modals", "auxiliaries", "determiners", "adverbs", "leading", "pronouns"])
_TEXT = (
    "We reaffirm the alliance, and the envoys ought to meet annually. Today, the "
    "envoys need to consult; we shall and will work together to expand trade and "
    "welcome the partners (and the allies)."
)


@settings(max_examples=25, deadline=None)
@given(st.dictionaries(_LISTS, st.lists(_WORDS, max_size=4), max_size=3))
def test_any_grammar_keeps_exact_spans(lists: dict[str, list[str]]) -> None:
    body = "".join(f"{name} = {words!r}\n".replace("'", '"') for name, words in lists.items())
    with tempfile.TemporaryDirectory() as folder:
        mine = Lexicon.load(_write(Path(folder), "[grammar]\n" + body))
    statement = parse(_TEXT, lexicon=mine)
    for clause in statement.clauses():
        assert statement.text[clause.span.start : clause.span.end] == clause.text
        span = clause.actor_span
        if span is not None:
            assert clause.span.start <= span.start < span.end <= clause.span.end
