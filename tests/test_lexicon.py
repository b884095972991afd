"""The lexicon data files and their loader: validation, layering, matching rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from statementdiff import LexiconError, Statement, compare, parse
from statementdiff.align.similarity import content_tokens
from statementdiff.lexicon.inflect import surface_forms, verb_forms
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.segment.predicates import MODALS
from statementdiff.segment.sentences import load_abbreviations


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.default()


def _entities(lex: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(h.key, h.text) for h in lex.matchers.entities.finditer(text)]


# -- inflection -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("reaffirm", ("reaffirm", "reaffirms", "reaffirmed", "reaffirming")),
        ("urge", ("urge", "urges", "urged", "urging")),
        ("stress", ("stress", "stresses", "stressed", "stressing")),
        ("deny", ("deny", "denies", "denied", "denying")),
    ],
)
def test_verb_forms(word: str, expected: tuple[str, ...]) -> None:
    assert verb_forms(word) == expected


def test_surface_forms_inflect_the_head() -> None:
    assert "strongly opposed" in surface_forms("strongly oppose", "verb")
    assert "calls on" in surface_forms("call on", "verb")
    assert surface_forms("grave concern", "noun") == ("grave concern", "grave concerns")
    assert surface_forms("will", "none") == ("will",)


# -- the built-in data ------------------------------------------------------------


def test_default_is_cached_and_complete(lex: Lexicon) -> None:
    assert Lexicon.default() is lex
    required = {
        "taiwan", "south-china-sea", "east-china-sea", "dprk", "human-rights", "china", "quad",
        "trilateral", "indo-pacific", "supply-chains", "economic-security", "climate", "health",
        "nuclear-deterrence", "space-cyber", "myanmar", "ukraine",
    }  # fmt: skip
    assert required <= set(lex.topics)
    for name, topic in lex.topics.items():
        assert topic.description, name
        assert topic.entities or topic.terms, name
        for entity in topic.entities:
            assert entity in lex.entities, (name, entity)


def test_no_alias_belongs_to_two_entities(lex: Lexicon) -> None:
    # Only a coordination ("East and South China Seas") may name two entities at once.
    owner: dict[str, str] = {}
    for name, entry in lex.entities.items():
        for form in (name, *entry.aliases):
            assert owner.setdefault(form, name) == name or " and " in form, form


@pytest.mark.parametrize("seas", ["East and South China Seas", "South and East China Seas"])
def test_coordinated_china_seas_name_both_seas_not_china(seas: str) -> None:
    # The Quad and G7 write "the East and South China Seas": two seas, no mention of China.
    s = parse(f"We oppose coercion in the {seas}. We welcome China's role.")
    first, second = s.clauses()
    assert sorted(e.name for e in first.entities) == ["East China Sea", "South China Sea"]
    assert first.topics == ("east-china-sea", "south-china-sea")
    assert [e.name for e in second.entities] == ["China"]


@pytest.mark.parametrize(
    ("weaker", "stronger"),
    [
        ("note", "recognize"),
        ("recognize", "support"),
        ("welcome", "encourage"),
        ("support", "underscore"),
        ("encourage", "reaffirm"),
        ("reiterate", "urge"),
        ("emphasize", "call on"),
        ("concern", "serious concern"),
        ("serious concern", "grave concern"),
        ("oppose", "strongly oppose"),
        ("condemn", "strongly condemn"),
    ],
)
def test_stance_scale(lex: Lexicon, weaker: str, stronger: str) -> None:
    assert lex.stance[weaker].strength < lex.stance[stronger].strength


def test_stance_same_rank_and_continuity(lex: Lexicon) -> None:
    rank = {lex.stance[v].strength for v in ("underscore", "emphasize", "stress", "reaffirm")}
    assert len(rank) == 1
    assert lex.stance["reaffirm"].continuity
    assert lex.stance["reiterate"].continuity
    assert not lex.stance["emphasize"].continuity
    assert lex.stance["oppose"].polarity == "negative"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("freedom of navigation in the South China Sea", [("South China Sea", "South China Sea")]),
        ("the U.S.-Japan Alliance", [("United States", "U.S."), ("Japan", "Japan")]),
        ("the People\u2019s Republic of China", [("China", "People\u2019s Republic of China")]),
        ("work with us and with the US", [("United States", "US")]),
        ("peace across the Taiwan Strait", [("Taiwan Strait", "Taiwan Strait")]),
        ("a denuclearized Korean peninsula", [("Korean Peninsula", "Korean peninsula")]),
        ("the DPRK and Pyongyang", [("North Korea", "DPRK"), ("North Korea", "Pyongyang")]),
        ("the Washington Declaration", [("Washington Declaration", "Washington Declaration")]),
        ("the Indo-Pacific Economic Framework", [("IPEF", "Indo-Pacific Economic Framework")]),
        ("who we are; the WHO", [("WHO", "WHO")]),
    ],
)
def test_entity_longest_match(lex: Lexicon, text: str, expected: list[tuple[str, str]]) -> None:
    assert _entities(lex, text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("President Yoon Suk Yeol of the Republic of Korea", "Yoon Suk Yeol"),
        ("Prime Minister Kishida Fumio of Japan", "Kishida Fumio"),
        ("Prime Minister Suga Yoshihide of Japan", "Suga Yoshihide"),
        ("Prime Minister Ishiba Shigeru of Japan", "Ishiba Shigeru"),
        ("Prime Minister Takaichi Sanae of Japan", "Takaichi Sanae"),
        ("President Moon Jae-in of the Republic of Korea", "Moon Jae-in"),
        ("President Lee Jae Myung of the Republic of Korea", "Lee Jae Myung"),
        ("President Xi Jinping of China", "Xi Jinping"),
        ("Prime Minister Narendra Modi of India", "Narendra Modi"),
        ("Prime Minister Anthony Albanese of Australia", "Anthony Albanese"),
        ("President Joseph R. Biden, Jr. of the United States", "Joseph R. Biden"),
    ],
)
def test_titled_full_name_is_one_person_mention(lex: Lexicon, text: str, key: str) -> None:
    # QA: "President Yoon" matched first and left "Suk Yeol" outside the person, so a
    # respelled given name read as a qualifier of the Republic of Korea
    hits = list(lex.matchers.entities.finditer(text))
    name = text.split(" of ")[0]
    assert (hits[0].key, hits[0].text) == (key, name)
    assert lex.entities[key].kind == "person"
    assert all(h.start >= hits[0].end for h in hits[1:])


def test_every_person_speaks_for_a_defined_country(lex: Lexicon) -> None:
    people = {k: e for k, e in lex.entities.items() if e.kind == "person"}
    heads = {"United States", "Japan", "Republic of Korea", "Australia", "India", "China"}
    assert heads <= {e.party for e in people.values()}
    for entry in people.values():
        assert entry.party is not None
        assert lex.entities[entry.party].kind == "country"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Panmunjom Declaration and Singapore Joint Statement", []),
        (
            "the 2018 U.S.-DPRK Singapore Summit",
            [("United States", "U.S."), ("North Korea", "DPRK")],
        ),
        ("the Camp David Principles", []),
        ("the 1954 Manila Pact", []),
        ("the AI Seoul Summit", []),
        # not titles: a name joined to another by a hyphen, another word, lower case, a possessive
        ("the U.S.-Japan Summit", [("United States", "U.S."), ("Japan", "Japan")]),
        ("the Sino-British Joint Declaration", [("United Kingdom", "British")]),
        ("Japan Joint Staff", [("Japan", "Japan")]),
        ("Singapore and Japan", [("Singapore", "Singapore"), ("Japan", "Japan")]),
        ("Japan declaration", [("Japan", "Japan")]),
        ("the United States\u2019 Summit", [("United States", "United States")]),
    ],
)
def test_place_in_a_title_is_not_a_mention(
    lex: Lexicon, text: str, expected: list[tuple[str, str]]
) -> None:
    # QA: "Singapore Joint Statement" (a document) counted as a mention of Singapore
    assert _entities(lex, text) == expected


def test_title_words_layer_and_stay_within_the_scan(tmp_path: Path, lex: Lexicon) -> None:
    path = tmp_path / "mine.toml"
    path.write_text('[titles]\nwords = ["Initiative"]\n', encoding="utf-8")
    mine = Lexicon.load(path)
    assert "Joint Statement" in mine.titles.words
    assert mine.titles.words[-1] == "Initiative"
    assert _entities(lex, "the Tokyo Initiative") == [("Japan", "Tokyo")]
    assert _entities(mine, "the Tokyo Initiative") == []
    # a clause scanned alone sees what a scan of the whole text sees inside it
    text = "We met in Singapore. Summit talks follow."
    hits = list(lex.matchers.entities.finditer(text, 0, text.index(".") + 1))
    assert [h.key for h in hits] == ["Singapore"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("exchanged letters of intent to each provide funds", []),
        ("signed a statement of intent to advance cooperation", []),
        ("a declaration of intention to act", []),
        ("affirmed their intent to meet the goals", ["intent to"]),
        ("with the intent to implement this", ["intent to"]),
        ("welcome President Yoon\u2019s intent to join", ["intent to"]),
        ("it is our intention to act", ["intention to"]),
    ],
)
def test_intent_after_of_is_a_noun_not_a_hedge(lex: Lexicon, text: str, found: list[str]) -> None:
    # QA: "letters of interest" -> "letters of intent to" was labelled hedge-added
    assert [h.text for h in lex.matchers.modality.finditer(text)] == found
    assert all(h.key == "intend to" for h in lex.matchers.modality.finditer(text))


def test_modality_ignore_phrases_layer(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        '[modality."aim to"]\nkind = "hedge"\ninflect = "verb"\nignore = ["the aim to"]\n',
        encoding="utf-8",
    )
    mine = Lexicon.load(path)
    assert [h.text for h in mine.matchers.modality.finditer("we aim to act; the aim to act")] == [
        "aim to"
    ]
    path.write_text('[modality.x]\nkind = "hedge"\nignore = ["bad*form"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"modality\.x\.ignore"):
        Lexicon.load(path)


def test_modality_and_negation_rules(lex: Lexicon) -> None:
    found = [(h.key, h.text) for h in lex.matchers.modality.finditer("We sought to and will")]
    assert found == [("seek to", "sought to"), ("will", "will")]
    assert not list(lex.matchers.modality.finditer("Meeting in May 2031"))
    ignore = list(lex.matchers.negation_ignore.finditer("not only peace"))
    assert [h.text for h in ignore] == ["not only"]


# -- user files -----------------------------------------------------------------


def test_load_layers_user_toml(tmp_path: Path, lex: Lexicon) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        '[stance.welcome]\npolarity = "positive"\nstrength = 3\n\n'
        '[entity."Freedonia"]\nkind = "country"\naliases = ["Freedonian"]\n\n'
        '[topic.freedonia]\ndescription = "Freedonia"\nentities = ["Freedonia"]\n',
        encoding="utf-8",
    )
    mine = Lexicon.load(path)
    assert mine.stance["welcome"].strength == 3
    assert lex.stance["welcome"].strength == 2  # the built-in lexicon is unchanged
    assert "taiwan" in mine.topics
    assert "freedonia" in mine.topics
    assert _entities(mine, "Freedonian ships") == [("Freedonia", "Freedonian")]
    assert mine.sources[-1] == str(path)


def test_load_json_on_empty_base(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"entity": {"Atlantis": {"kind": "place"}}}), encoding="utf-8")
    mine = Lexicon.load(path, base=Lexicon.empty())
    assert list(mine.entities) == ["Atlantis"]
    assert not mine.topics


@pytest.mark.parametrize(
    ("content", "needles"),
    [
        ('[stance.hail]\npolarity = "positive"\nstrength = "high"\n', ["stance.hail.strength"]),
        ('[stance.hail]\npolarity = "glad"\nstrength = 1\n', ["stance.hail.polarity"]),
        ('[entity.X]\nkind = "place"\ncolour = "red"\n', ["entity.X.colour", "unknown key"]),
        ("[topic.Bad_Name]\nterms = ['x']\n", ["topic.Bad_Name", "bad topic name"]),
        ("[topic.t]\nentities = ['Taiwn']\n", ["topic.t.entities", "did you mean 'Taiwan'"]),
        ("[topic.t]\nterms = ['a*b']\n", ["topic.t.terms", "bad phrase"]),
        ("[stance\nbroken", ["not valid TOML"]),
    ],
)
def test_malformed_files_name_file_and_key(
    tmp_path: Path, content: str, needles: list[str]
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        Lexicon.load(path)
    message = str(info.value)
    assert "bad.toml" in message
    for needle in needles:
        assert needle in message


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="no such lexicon file"):
        Lexicon.load(tmp_path / "missing.toml")
    other = tmp_path / "words.txt"
    other.write_text("x", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"\.toml or \.json"):
        Lexicon.load(other)
    listing = tmp_path / "list.json"
    listing.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(LexiconError, match="top level"):
        Lexicon.load(listing)


# -- one lexicon for every stage: segmentation and alignment data ------------------


def _write(tmp_path: Path, content: str, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def _sentences(statement: Statement) -> list[str]:
    return [s.text for block in statement.blocks() for s in block.sentences]


def test_stage_data_comes_from_the_default_lexicon_once(lex: Lexicon) -> None:
    assert Lexicon.default().reporting_verbs is lex.reporting_verbs
    assert load_abbreviations() is lex.abbreviations
    assert lex.alias_table is Lexicon.default().alias_table
    # the word lists moved out of the code are the ones the splitter reads
    assert frozenset(lex.grammar.modals if lex.grammar else ()) == MODALS
    assert "president" in (lex.actors.roles if lex.actors else ())
    assert Lexicon.default().clause_grammar is lex.clause_grammar
    assert Lexicon.default().actor_words is lex.actor_words
    assert lex.clause_grammar.modals is MODALS


def test_reporting_verb_override_splits_clauses(tmp_path: Path) -> None:
    text = "We toast the accord and toast the partners."
    assert [c.predicate for c in parse(text).clauses()] == [None]
    mine = Lexicon.load(_write(tmp_path, "[verbs]\ntoast = {}\n"))
    clauses = parse(text, lexicon=mine).clauses()
    assert [(c.text, c.predicate) for c in clauses] == [
        ("We toast the accord", "toast"),
        ("toast the partners.", "toast"),
    ]
    assert Lexicon.default().reporting_verbs.get("toast") is None  # built-in unchanged


def test_reporting_verb_moves_between_tables(tmp_path: Path) -> None:
    mine = Lexicon.load(_write(tmp_path, "[actions]\nreaffirm = {}\n"))
    form = mine.reporting_verbs.get("reaffirmed")
    assert form is not None
    assert form.action
    assert "reaffirm" not in mine.verb_tables["verbs"]


def test_abbreviation_override_stops_a_sentence_split(tmp_path: Path) -> None:
    text = "The Cmte. Chair spoke. Others listened."
    assert _sentences(parse(text)) == ["The Cmte.", "Chair spoke.", "Others listened."]
    mine = Lexicon.load(_write(tmp_path, '[abbreviations]\nnever = ["Cmte"]\n'))
    assert mine.abbreviations.kind("Cmte.") == "never"
    assert mine.abbreviations.kind("Gen.") == "never"  # added to, not replaced
    assert _sentences(parse(text, lexicon=mine)) == ["The Cmte. Chair spoke.", "Others listened."]


def test_alias_override_folds_names_for_alignment(tmp_path: Path) -> None:
    assert content_tokens("FRD ports") == ["frd", "port"]
    mine = Lexicon.load(_write(tmp_path, '[aliases]\nfreedonia = ["Freedonia", "FRD"]\n'))
    assert content_tokens("FRD ports", mine.alias_table) == ["freedonia", "port"]
    assert content_tokens("U.S. ports", mine.alias_table) == ["unitedst", "port"]  # kept
    a = parse("FRD will expand its ports on the coast.")
    b = parse("Freedonia will expand its ports on the coast.")
    plain = compare(a, b).pairs[0].similarity
    folded = compare(a, b, lexicon=mine).pairs[0].similarity
    assert folded > plain


@pytest.mark.parametrize(
    ("content", "needles"),
    [
        ("[verbs]\ntoast = { colour = 1 }\n", ["unknown field", "toast"]),
        ("[verbs]\ntoast = { noun = 'yes' }\n", ["must be true or false"]),
        ('[adjectives]\nreaffirmed = "reaffirm"\n', ["verb forms too"]),
        ("[aliases]\nfreedonia = 'FRD'\n", ["aliases.freedonia"]),
        ('[abbreviations]\nnever = ["Cmte X"]\n', ["abbreviations.never", "one word"]),
        ('[abbreviations]\nrare = ["Cmte"]\n', ["abbreviations.rare", "unknown key"]),
        ('[grammar]\nmodals = ["Ought"]\n', ["grammar.modals", "one lower-case word"]),
        ('[grammar]\nmodals = ["ought to"]\n', ["grammar.modals", "'ought to'", "without spaces"]),
        ('[grammar]\nmodal = ["ought"]\n', ["grammar.modal", "unknown key"]),
        ("[grammar]\nmodals = 'ought'\n", ["grammar.modals", "valid tuple"]),
        ("grammar = 3\n", ["grammar", "valid dictionary"]),
        ('[actors]\nroles = ["special envoys"]\n', ["actors.roles", "one lower-case word"]),
        ('[actors]\ntitles = [""]\n', ["actors.titles", "empty phrase"]),
        ('[actors]\nopeners = ["  "]\n', ["actors.openers", "empty phrase"]),
        ('[actors]\nparty_kinds = ["Country"]\n', ["actors.party_kinds", "entity kind"]),
        ('[actors]\nrank = ["envoy"]\n', ["actors.rank", "unknown key"]),
    ],
)
def test_malformed_stage_tables_name_file_and_key(
    tmp_path: Path, content: str, needles: list[str]
) -> None:
    with pytest.raises(LexiconError) as info:
        Lexicon.load(_write(tmp_path, content, "bad.toml"))
    message = str(info.value)
    assert message.startswith(f"{tmp_path / 'bad.toml'}: ")
    for needle in needles:
        assert needle in message
