"""Clause boundaries, actors and predicates; the reporting-verb lexicon."""

from __future__ import annotations

import itertools

import pytest

from statementdiff.errors import LexiconError
from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.lexicon.verbs import parse_reporting_verbs
from statementdiff.segment.clauses import clause_spans

Row = tuple[str, str | None, str | None]

# Each case: one sentence and its exact clauses as (text, actor, predicate).
CASES: list[tuple[str, list[Row]]] = [
    (
        "We reaffirm our Alliance and welcome new partners.",
        [
            ("We reaffirm our Alliance", "We", "reaffirm"),
            ("welcome new partners.", "We", "welcome"),
        ],
    ),
    (
        "Japan and the United States reaffirm their commitment to peace.",
        [
            (
                "Japan and the United States reaffirm their commitment to peace.",
                "Japan and the United States",
                "reaffirm",
            )
        ],
    ),
    (
        "President Whitcombe and Prime Minister Ishida reaffirmed the Alliance and underscored "
        "their shared values.",
        [
            (
                "President Whitcombe and Prime Minister Ishida reaffirmed the Alliance",
                "President Whitcombe and Prime Minister Ishida",
                "reaffirm",
            ),
            (
                "underscored their shared values.",
                "President Whitcombe and Prime Minister Ishida",
                "underscore",
            ),
        ],
    ),
    (
        "We commit to strengthening deterrence, share the importance of readiness, and reiterate "
        "our support for the transition.",
        [
            ("We commit to strengthening deterrence", "We", "commit"),
            ("share the importance of readiness", "We", "share"),
            ("reiterate our support for the transition.", "We", "reiterate"),
        ],
    ),
    (
        "The two sides reaffirm the treaty, and the United States recognizes Korea's role.",
        [
            ("The two sides reaffirm the treaty", "The two sides", "reaffirm"),
            ("the United States recognizes Korea's role.", "the United States", "recognize"),
        ],
    ),
    (
        "We welcome the agreement, which enhances our posture and represents our dedication.",
        [
            (
                "We welcome the agreement, which enhances our posture and represents our "
                "dedication.",
                "We",
                "welcome",
            )
        ],
    ),
    (
        "We reaffirm that the Alliance is strong and that our forces are ready.",
        [
            (
                "We reaffirm that the Alliance is strong and that our forces are ready.",
                "We",
                "reaffirm",
            )
        ],
    ),
    (
        "The leaders are committed to peace; they oppose any change to the status quo by force.",
        [
            ("The leaders are committed to peace", "The leaders", "commit"),
            ("they oppose any change to the status quo by force.", "they", "oppose"),
        ],
    ),
    (
        "We share serious concerns about the situation and call on all parties to show restraint.",
        [
            ("We share serious concerns about the situation", "We", "share"),
            ("call on all parties to show restraint.", "We", "call"),
        ],
    ),
    (
        "The ministers agreed on the following: (a) to expand trade, (b) to deepen ties, and "
        "(c) to review progress.",
        [
            ("The ministers agreed on the following", "The ministers", "agree"),
            ("(a) to expand trade", "The ministers", None),
            ("(b) to deepen ties", "The ministers", None),
            ("(c) to review progress.", "The ministers", None),
        ],
    ),
    (
        "We, the Leaders of the Quad, reaffirm our commitment to a free and open Indo-Pacific.",
        [
            (
                "We, the Leaders of the Quad, reaffirm our commitment to a free and open "
                "Indo-Pacific.",
                "We",
                "reaffirm",
            )
        ],
    ),
    (
        "Following consultations, the ROK announces its decision, and the Presidents "
        "acknowledged the decision.",
        [
            ("Following consultations, the ROK announces its decision", "the ROK", "announce"),
            ("the Presidents acknowledged the decision.", "the Presidents", "acknowledge"),
        ],
    ),
    (
        "We condemn the launches and strongly urge North Korea to return to dialogue.",
        [
            ("We condemn the launches", "We", "condemn"),
            ("strongly urge North Korea to return to dialogue.", "We", "urge"),
        ],
    ),
    (
        "Our support for Ukraine remains steadfast.",
        [("Our support for Ukraine remains steadfast.", "Our support for Ukraine", "remain")],
    ),
    (
        "We will expand joint work on space, and we will strengthen cyber defense.",
        [
            ("We will expand joint work on space", "We", "expand"),
            ("we will strengthen cyber defense.", "we", "strengthen"),
        ],
    ),
    (
        "We express our support for peace and stability in the region.",
        [("We express our support for peace and stability in the region.", "We", "express")],
    ),
    (
        "We reaffirm our commitment to peace and support for reconstruction.",
        [("We reaffirm our commitment to peace and support for reconstruction.", "We", "reaffirm")],
    ),
    (
        "They reaffirmed their common and shared values.",
        [("They reaffirmed their common and shared values.", "They", "reaffirm")],
    ),
    (
        "The leaders condemned the launch at 7:12 p.m. and called on Pyongyang to stop.",
        [
            ("The leaders condemned the launch at 7:12 p.m.", "The leaders", "condemn"),
            ("called on Pyongyang to stop.", "The leaders", "call"),
        ],
    ),
    (
        "The Secretary emphasized peace (the sides welcomed dialogue and noted progress) in the "
        "region.",
        [
            (
                "The Secretary emphasized peace (the sides welcomed dialogue and noted progress) "
                "in the region.",
                "The Secretary",
                "emphasize",
            )
        ],
    ),
    (
        "We will increase manufacturing capacity; improve early warning systems; and support "
        "science.",
        [
            ("We will increase manufacturing capacity", "We", "increase"),
            ("improve early warning systems", "We", "improve"),
            ("support science.", "We", "support"),
        ],
    ),
    (
        "The President welcomes the decision and emphasises its importance.",
        [
            ("The President welcomes the decision", "The President", "welcome"),
            ("emphasises its importance.", "The President", "emphasize"),
        ],
    ),
    (
        "Minister Choi sought closer ties and called for dialogue.",
        [
            ("Minister Choi sought closer ties", "Minister Choi", "seek"),
            ("called for dialogue.", "Minister Choi", "call"),
        ],
    ),
]


# Action and commitment verbs ([actions] in reporting_verbs.toml): predicates, coordinated
# clauses where no infinitive intervenes, and no verb reading of their noun uses.
ACTION_CASES: list[tuple[str, list[Row]]] = [
    (
        "We will deepen our cooperation on technology, expand trade, and strengthen deterrence.",
        [
            ("We will deepen our cooperation on technology", "We", "deepen"),
            ("expand trade", "We", "expand"),
            ("strengthen deterrence.", "We", "strengthen"),
        ],
    ),
    (
        "The leaders agreed to expand trade and promote investment.",
        [("The leaders agreed to expand trade and promote investment.", "The leaders", "agree")],
    ),
    (
        "We are taking action to elevate ambition, accelerate the transition, and support "
        "adaptation.",
        [
            (
                "We are taking action to elevate ambition, accelerate the transition, and support "
                "adaptation.",
                None,
                None,
            )
        ],
    ),
    (
        "We will continue to support Ukraine and welcome the new fund.",
        [
            ("We will continue to support Ukraine", "We", "support"),
            ("welcome the new fund.", "We", "welcome"),
        ],
    ),
    (
        "The two countries remain committed to peace.",
        [("The two countries remain committed to peace.", "The two countries", "commit")],
    ),
    (
        "We remain deeply concerned by the situation and again call for restraint.",
        [
            ("We remain deeply concerned by the situation", "We", "concern"),
            ("again call for restraint.", "We", "call"),
        ],
    ),
    (
        "We plan to implement a suite of activities to build capacity.",
        [("We plan to implement a suite of activities to build capacity.", "We", "plan")],
    ),
    (
        "We condemn the ballistic missile launch and urge restraint.",
        [
            ("We condemn the ballistic missile launch", "We", "condemn"),
            ("urge restraint.", "We", "urge"),
        ],
    ),
    (
        "The launch of the initiative requires advance notice and joint work on standards.",
        [
            (
                "The launch of the initiative requires advance notice and joint work on standards.",
                None,
                None,
            )
        ],
    ),
    (
        "We welcome their support for the plan and work on standards.",
        [
            ("We welcome their support for the plan", "We", "welcome"),
            ("work on standards.", "We", "work"),
        ],
    ),
    (
        "We condemn and counter terrorism in all its forms.",
        [("We condemn and counter terrorism in all its forms.", "We", "condemn")],
    ),
    (
        "The Alliance will work with and support our partners.",
        [("The Alliance will work with and support our partners.", "The Alliance", "work")],
    ),
    (
        "We urge Hamas to fully and unequivocally accept the proposal.",
        [("We urge Hamas to fully and unequivocally accept the proposal.", "We", "urge")],
    ),
    (
        "enhanced cooperation on critical minerals",
        [("enhanced cooperation on critical minerals", None, None)],
    ),
    (
        "This Framework does not create rights or obligations, express or implied.",
        [
            (
                "This Framework does not create rights or obligations, express or implied.",
                "This Framework",
                "create",
            )
        ],
    ),
    (
        "The delegations, led by the Secretary, decided to convene a working group.",
        [
            (
                "The delegations, led by the Secretary, decided to convene a working group.",
                "The delegations",
                "decide",
            )
        ],
    ),
    (
        "Support the Global Health Security Agenda to improve capacity.",
        [("Support the Global Health Security Agenda to improve capacity.", None, "support")],
    ),
    (
        "The United States and the ROK are deepening cooperation on economic security.",
        [
            (
                "The United States and the ROK are deepening cooperation on economic security.",
                "The United States and the ROK",
                "deepen",
            )
        ],
    ),
    (
        "These actions will help stem the crisis, safeguard supplies, and reduce risks.",
        [
            (
                "These actions will help stem the crisis, safeguard supplies, and reduce risks.",
                "These actions",
                "help",
            )
        ],
    ),
    (
        "We affirm that strong standards will ensure benefits, protect rights, and promote "
        "transparency.",
        [
            (
                "We affirm that strong standards will ensure benefits, protect rights, and promote "
                "transparency.",
                "We",
                "affirm",
            )
        ],
    ),
    (
        "Building on the Summit that was held in Paris, we resolve to act.",
        [("Building on the Summit that was held in Paris, we resolve to act.", "we", "resolve")],
    ),
]


# "and to VERB" continues an infinitive: one clause (docs/design.md, "Clauses"). Coordinated
# reporting verbs after a "that"-complement split when their inflections match.
COMPLEMENT_CASES: list[tuple[str, list[Row]]] = [
    (
        "We call on the DPRK to respect human rights and to resolve the abductions issue.",
        [
            (
                "We call on the DPRK to respect human rights and to resolve the abductions issue.",
                "We",
                "call",
            )
        ],
    ),
    (
        "We commit to expand trade, to deepen ties, and to strengthen supply chains.",
        [
            (
                "We commit to expand trade, to deepen ties, and to strengthen supply chains.",
                "We",
                "commit",
            )
        ],
    ),
    (
        "Prime Minister Ishida and President Whitcombe stated that their basic positions on "
        "Taiwan remain unchanged, and reiterated the importance of peace.",
        [
            (
                "Prime Minister Ishida and President Whitcombe stated that their basic positions "
                "on Taiwan remain unchanged",
                "Prime Minister Ishida and President Whitcombe",
                "state",
            ),
            (
                "reiterated the importance of peace.",
                "Prime Minister Ishida and President Whitcombe",
                "reiterate",
            ),
        ],
    ),
    (
        "We emphasize that our basic positions on Taiwan remain unchanged, and reiterate the "
        "importance of peace.",
        [
            ("We emphasize that our basic positions on Taiwan remain unchanged", "We", "emphasize"),
            ("reiterate the importance of peace.", "We", "reiterate"),
        ],
    ),
    (
        "We note that the leaders met in Seoul and discussed trade.",
        [("We note that the leaders met in Seoul and discussed trade.", "We", "note")],
    ),
    (
        "The ministers said that the talks will continue and welcomed the progress.",
        [
            ("The ministers said that the talks will continue", "The ministers", "say"),
            ("welcomed the progress.", "The ministers", "welcome"),
        ],
    ),
    (
        "The United States and Japan welcome the state visit.",
        [
            (
                "The United States and Japan welcome the state visit.",
                "The United States and Japan",
                "welcome",
            )
        ],
    ),
]


# Adjectival stances after a copula ([adjectives] in reporting_verbs.toml): a predicate, no cut.
STANCE_CASES: list[tuple[str, list[Row]]] = [
    (
        "We are concerned about the situation in the region.",
        [("We are concerned about the situation in the region.", "We", "concern")],
    ),
    (
        "We are deeply concerned by the attacks on civilians.",
        [("We are deeply concerned by the attacks on civilians.", "We", "concern")],
    ),
    (
        "The leaders were determined to deepen ties and expand trade.",
        [
            (
                "The leaders were determined to deepen ties and expand trade.",
                "The leaders",
                "determine",
            )
        ],
    ),
    ("We are committed to peace.", [("We are committed to peace.", "We", "commit")]),
    (
        "We remain gravely concerned about the crisis and call for restraint.",
        [
            ("We remain gravely concerned about the crisis", "We", "concern"),
            ("call for restraint.", "We", "call"),
        ],
    ),
    ("We are resolved to end it.", [("We are resolved to end it.", "We", "resolve")]),
    (
        "We are united in our support for Ukraine.",
        [("We are united in our support for Ukraine.", "We", "unite")],
    ),
    ("Our countries are united.", [("Our countries are united.", "Our countries", "unite")]),
    (
        "We will continue to be deeply concerned.",
        [("We will continue to be deeply concerned.", "We", "concern")],
    ),
    # no copula: an adjective, no predicate; a capitalized word is a name
    ("the concerned parties met.", [("the concerned parties met.", None, None)]),
    (
        "The United Nations is concerned.",
        [("The United Nations is concerned.", "The United Nations", "concern")],
    ),
]

# A comma inside a closing quote (American style) still joins clauses; a quoted list does not.
QUOTE_CASES: list[tuple[str, list[Row]]] = [
    (
        'We welcomed the plan as "a model for the region," and the President pledged to'
        " support it.",
        [
            ('We welcomed the plan as "a model for the region,"', "We", "welcome"),
            ("the President pledged to support it.", "the President", "pledge"),
        ],
    ),
    (
        "We welcomed the plan as \u201ca model for the region,\u201d and welcomed its first"
        " projects.",
        [
            ("We welcomed the plan as \u201ca model for the region,\u201d", "We", "welcome"),
            ("welcomed its first projects.", "We", "welcome"),
        ],
    ),
    (
        'Prime Minister Ishida described the Alliance as "a bridge to come," and President'
        " Whitcombe pledged to carry that spirit.",
        [
            (
                'Prime Minister Ishida described the Alliance as "a bridge to come,"',
                "Prime Minister Ishida",
                "describe",
            ),
            ("President Whitcombe pledged to carry that spirit.", "President Whitcombe", "pledge"),
        ],
    ),
    (
        "We support the \u201cClean Energy, Jobs,\u201d and the Fund.",
        [("We support the \u201cClean Energy, Jobs,\u201d and the Fund.", "We", "support")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), QUOTE_CASES, ids=[str(i) for i in range(len(QUOTE_CASES))]
)
def test_comma_inside_a_closing_quote_case(text: str, expected: list[Row]) -> None:
    assert _clauses(text) == expected


def _clauses(text: str) -> list[Row]:
    return [(text[c.start : c.end], c.actor, c.predicate) for c in clause_spans(text, 0, len(text))]


def test_there_are_at_least_15_cases() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_hand_written_case(text: str, expected: list[Row]) -> None:
    assert _clauses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), ACTION_CASES, ids=[str(i) for i in range(len(ACTION_CASES))]
)
def test_action_verb_case(text: str, expected: list[Row]) -> None:
    assert _clauses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), COMPLEMENT_CASES, ids=[str(i) for i in range(len(COMPLEMENT_CASES))]
)
def test_complement_and_infinitive_case(text: str, expected: list[Row]) -> None:
    assert _clauses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), STANCE_CASES, ids=[str(i) for i in range(len(STANCE_CASES))]
)
def test_adjectival_stance_case(text: str, expected: list[Row]) -> None:
    assert _clauses(text) == expected


def test_adjectival_stances_never_cut() -> None:
    verbs = Lexicon.default().reporting_verbs
    assert verbs.get("concerned") is None  # not a verb form: the splitter never sees it
    concerned = verbs.adjectives["concerned"]
    assert (concerned.base, concerned.form) == ("concern", "ed")
    text = "We are concerned by X, and concerned by Y."
    assert _clauses(text) == [(text, "We", "concern")]


def test_clauses_lie_inside_the_sentence_in_order() -> None:
    text = "xx We reaffirm X and welcome Y; we oppose Z. yy"
    spans = clause_spans(text, 3, 44)
    assert [text[c.start : c.end] for c in spans] == [
        "We reaffirm X",
        "welcome Y",
        "we oppose Z.",
    ]
    assert all(3 <= c.start < c.end <= 44 for c in spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_trailing_conjunction_does_not_make_a_clause() -> None:
    assert _clauses("holding exercises twice a year; and") == [
        ("holding exercises twice a year; and", None, None)
    ]


def test_unbalanced_parenthesis_still_splits() -> None:
    rows = _clauses("We reaffirm (the Alliance and welcome partners.")
    assert [r[2] for r in rows] == ["reaffirm", "welcome"]


def test_lexicon_inflections() -> None:
    verbs = Lexicon.default().reporting_verbs
    for word, base, form in [
        ("reaffirmed", "reaffirm", "ed"),
        ("emphasizes", "emphasize", "s"),
        ("emphasised", "emphasize", "ed"),
        ("committed", "commit", "ed"),
        ("sought", "seek", "ed"),
        ("urging", "urge", "ing"),
        ("agrees", "agree", "s"),
        ("Welcome", "welcome", "base"),
    ]:
        found = verbs.get(word)
        assert found is not None, word
        assert (found.base, found.form) == (base, form)
    assert verbs.get("commitment") is None
    calls = verbs.get("calls")
    assert calls is not None
    assert "on" in calls.particles
    assert len({f.base for f in verbs.forms.values()}) >= 60


def test_lexicon_verb_classes() -> None:
    verbs = Lexicon.default().reporting_verbs
    reaffirm, deepen, work, remains, include = (
        verbs.get(w) for w in ("reaffirm", "deepens", "work", "remains", "include")
    )
    assert reaffirm is not None
    assert not reaffirm.action
    assert deepen is not None
    assert (deepen.base, deepen.form, deepen.action) == ("deepen", "s", True)
    assert work is not None
    assert work.noun
    assert remains is not None
    assert remains.light
    assert include is not None
    assert not include.coordinates
    planned = verbs.get("planned")
    assert planned is not None
    assert (planned.base, planned.form) == ("plan", "ed")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "non-empty"),
        ({"verbs": {"x": 1}}, "expected a table"),
        ({"verbs": {"x": {"colour": 1}}}, "unknown field"),
        ({"verbs": {"x": {"noun": "yes"}}}, "must be true or false"),
        ({"verbs": {"x": {}}, "actions": {"x": {}}}, "in both"),
        ({"verbs": {"x": {}}, "actions": []}, "must be a table"),
        ({"verbs": {"x": {}}, "nouns": {}}, "unknown table"),
        ({"verbs": {"x": {}}, "adjectives": {"xed": 1}}, "map words to base verbs"),
        ({"verbs": {"x": {}}, "adjectives": {"xed": "x"}}, "are verb forms too"),
    ],
)
def test_lexicon_errors(data: dict[str, object], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        parse_reporting_verbs(data)
