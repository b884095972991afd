"""Sentence boundaries: hand-written cases of the genre, the abbreviation list, the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from statementdiff.segment.sentences import (
    Abbreviations,
    load_abbreviations,
    sentence_spans,
)

# Each case: a paragraph as it would appear in a joint statement, and its exact sentences.
CASES: list[tuple[str, list[str]]] = [
    (
        "The leaders met in Washington. They reaffirmed the Alliance.",
        ["The leaders met in Washington.", "They reaffirmed the Alliance."],
    ),
    (
        "The U.S. and Japan reaffirm their Alliance. The U.K. joined the talks.",
        ["The U.S. and Japan reaffirm their Alliance.", "The U.K. joined the talks."],
    ),
    (
        "Gen. Alvarez arrived in the U.S. Talks began the next day.",
        ["Gen. Alvarez arrived in the U.S.", "Talks began the next day."],
    ),
    (
        "The delegation arrived in the U.S. The talks began on Monday.",
        ["The delegation arrived in the U.S.", "The talks began on Monday."],
    ),
    (
        "The ministers welcomed U.S. Secretary of State Reyes. They also met U.S. Navy officers.",
        [
            "The ministers welcomed U.S. Secretary of State Reyes.",
            "They also met U.S. Navy officers.",
        ],
    ),
    (
        "Both sides will strengthen the ROK-U.S. Alliance. We will meet again in 2033.",
        ["Both sides will strengthen the ROK-U.S. Alliance.", "We will meet again in 2033."],
    ),
    (
        "The Secretary honored the ROK-U.S. Alliance.",
        ["The Secretary honored the ROK-U.S. Alliance."],
    ),
    (
        "H.E. Prime Minister Sato visited Washington. He met the President.",
        ["H.E. Prime Minister Sato visited Washington.", "He met the President."],
    ),
    (
        "President Daniel R. Whitcombe Jr. welcomed the Prime Minister. The visit was historic.",
        [
            "President Daniel R. Whitcombe Jr. welcomed the Prime Minister.",
            "The visit was historic.",
        ],
    ),
    (
        "The statement was signed by Joseph Miller, Jr. The ceremony followed.",
        ["The statement was signed by Joseph Miller, Jr.", "The ceremony followed."],
    ),
    (
        "President Joseph R. Biden, Jr. is honored to welcome President Moon.",
        ["President Joseph R. Biden, Jr. is honored to welcome President Moon."],
    ),
    (
        "Under Resolution No. 2397, sanctions remain in force. We call for full implementation.",
        [
            "Under Resolution No. 2397, sanctions remain in force.",
            "We call for full implementation.",
        ],
    ),
    (
        "The launch on Dec. 18 violated resolutions. Another followed on Jan. 3, 2031.",
        ["The launch on Dec. 18 violated resolutions.", "Another followed on Jan. 3, 2031."],
    ),
    (
        "The missile was launched at 7:12 p.m. local time. It flew 900 kilometers.",
        ["The missile was launched at 7:12 p.m. local time.", "It flew 900 kilometers."],
    ),
    (
        "The meeting ended at 4 p.m. The leaders then held a press conference.",
        ["The meeting ended at 4 p.m.", "The leaders then held a press conference."],
    ),
    (
        "Talks resumed at 9 a.m. on Tuesday and ended at noon.",
        ["Talks resumed at 9 a.m. on Tuesday and ended at noon."],
    ),
    (
        "We will invest in key sectors, e.g. semiconductors and batteries. This will create jobs.",
        [
            "We will invest in key sectors, e.g. semiconductors and batteries.",
            "This will create jobs.",
        ],
    ),
    (
        "We will strengthen health security, i.e. our ability to respond to outbreaks.",
        ["We will strengthen health security, i.e. our ability to respond to outbreaks."],
    ),
    (
        "We will cooperate on vaccines, diagnostics, etc. and on surveillance.",
        ["We will cooperate on vaccines, diagnostics, etc. and on surveillance."],
    ),
    (
        "We will cooperate on vaccines, diagnostics, therapeutics, etc. The work begins now.",
        [
            "We will cooperate on vaccines, diagnostics, therapeutics, etc.",
            "The work begins now.",
        ],
    ),
    (
        "Amb. Chen and Lt. Gen. Park attended. Sec. Brooks chaired the session.",
        ["Amb. Chen and Lt. Gen. Park attended.", "Sec. Brooks chaired the session."],
    ),
    (
        "The fund will provide approx. 40 percent of the cost. Partners will cover the rest.",
        [
            "The fund will provide approx. 40 percent of the cost.",
            "Partners will cover the rest.",
        ],
    ),
    (
        "Growth reached 1.5 percent in 2031. The outlook remains uncertain.",
        ["Growth reached 1.5 percent in 2031.", "The outlook remains uncertain."],
    ),
    (
        "The partners pledged $4.5 billion for the initiative. Japan will provide $1.2 billion.",
        [
            "The partners pledged $4.5 billion for the initiative.",
            "Japan will provide $1.2 billion.",
        ],
    ),
    (
        'The Premier called the Alliance "a bridge between our peoples." The President agreed.',
        [
            'The Premier called the Alliance "a bridge between our peoples."',
            "The President agreed.",
        ],
    ),
    (
        "The Premier said, \u201cWe stand together. We will not waver.\u201d Ministers applauded.",
        [
            "The Premier said, \u201cWe stand together. We will not waver.\u201d",
            "Ministers applauded.",
        ],
    ),
    (
        "The leaders adopted the plan (see Annex I. It lists the projects.) and left the meeting.",
        [
            "The leaders adopted the plan (see Annex I. It lists the projects.) and left the "
            "meeting."
        ],
    ),
    (
        "The leaders adopted a plan. (The plan is attached to the statement.) It will be reviewed.",
        [
            "The leaders adopted a plan.",
            "(The plan is attached to the statement.)",
            "It will be reviewed.",
        ],
    ),
    (
        "Will the DPRK return to dialogue? The leaders urged it to do so.",
        ["Will the DPRK return to dialogue?", "The leaders urged it to do so."],
    ),
    (
        "The discussions continued... The leaders will reconvene in the fall.",
        ["The discussions continued...", "The leaders will reconvene in the fall."],
    ),
    (
        "The parties noted the \u2026 progress achieved and will continue.",
        ["The parties noted the \u2026 progress achieved and will continue."],
    ),
    (
        "The U.N. Security Council must act. The U.N. Charter is clear.",
        ["The U.N. Security Council must act.", "The U.N. Charter is clear."],
    ),
    (
        "We support the U.N. We support its Charter.",
        ["We support the U.N.", "We support its Charter."],
    ),
    (
        "The leaders met aboard the U.S.S. Ronald Reagan. They toured the ship.",
        ["The leaders met aboard the U.S.S. Ronald Reagan.", "They toured the ship."],
    ),
    (
        "The Secretary met Dr. Kim and Mr. Tanaka in Washington, D.C. on Monday.",
        ["The Secretary met Dr. Kim and Mr. Tanaka in Washington, D.C. on Monday."],
    ),
    (
        "The meeting took place in Washington, D.C. The next will be in Seoul.",
        ["The meeting took place in Washington, D.C.", "The next will be in Seoul."],
    ),
    (
        "Consistent with Art. 5 of the Treaty, we will act together. Our resolve is firm.",
        [
            "Consistent with Art. 5 of the Treaty, we will act together.",
            "Our resolve is firm.",
        ],
    ),
    (
        "The forum met in St. Petersburg, Florida. It agreed on a work plan.",
        ["The forum met in St. Petersburg, Florida.", "It agreed on a work plan."],
    ),
    (
        "The U.S.-Japan Alliance remains the cornerstone of peace. We reaffirm it.",
        ["The U.S.-Japan Alliance remains the cornerstone of peace.", "We reaffirm it."],
    ),
    (
        "The leaders welcomed the new U.S.-ROK Supply Chain Dialogue, which will meet in 2032.",
        ["The leaders welcomed the new U.S.-ROK Supply Chain Dialogue, which will meet in 2032."],
    ),
    (
        "We oppose coercion.\nWe support freedom of navigation.",
        ["We oppose coercion.", "We support freedom of navigation."],
    ),
    (
        "The leaders reaffirmed their commitment to the\nrules-based order. They met.",
        [
            "The leaders reaffirmed their commitment to the\nrules-based order.",
            "They met.",
        ],
    ),
    (
        "The two sides discussed trade vs. security priorities and agreed on next steps.",
        ["The two sides discussed trade vs. security priorities and agreed on next steps."],
    ),
    (
        "The fleet will include vessels of the U.S. Coast Guard. 2032 will mark its first patrol.",
        [
            "The fleet will include vessels of the U.S. Coast Guard.",
            "2032 will mark its first patrol.",
        ],
    ),
    (
        "We will host the summit in 2033. Preparations begin today!",
        ["We will host the summit in 2033.", "Preparations begin today!"],
    ),
    (
        "The initiative, launched in 2029 (with support from the U.S. Agency for International "
        "Development), now covers 14 countries.",
        [
            "The initiative, launched in 2029 (with support from the U.S. Agency for International "
            "Development), now covers 14 countries."
        ],
    ),
    (
        "The sides agreed on three goals: trade, security, and people. Each goal has a lead.",
        ["The sides agreed on three goals: trade, security, and people.", "Each goal has a lead."],
    ),
    (
        "Ministers will meet in Paris, France. Leaders will meet in Rome.",
        ["Ministers will meet in Paris, France.", "Leaders will meet in Rome."],
    ),
]

# A listed name (lexicon/abbreviations.txt [names]) opens a sentence after "the U.S." when a
# verb follows it; compounds, initials and names without a verb do not.
NAME_CASES: list[tuple[str, list[str]]] = [
    (
        "The delegation arrived in the U.S. Japan will host the next round.",
        ["The delegation arrived in the U.S.", "Japan will host the next round."],
    ),
    (
        "The ministers met in the U.S. Korea reaffirmed its commitment.",
        ["The ministers met in the U.S.", "Korea reaffirmed its commitment."],
    ),
    (
        "Japan thanked the U.K. India hosted the summit.",
        ["Japan thanked the U.K.", "India hosted the summit."],
    ),
    (
        "Funding from the U.S. Japan Fund will grow.",
        ["Funding from the U.S. Japan Fund will grow."],
    ),
    (
        "The Secretary briefed the U.S. Navy will deploy.",
        ["The Secretary briefed the U.S. Navy will deploy."],
    ),
    (
        "Talks with the U.S. China Desk were held.",
        ["Talks with the U.S. China Desk were held."],
    ),
    (
        "We thank U.S. Japan experts for their work.",
        ["We thank U.S. Japan experts for their work."],
    ),
    (
        "President Joseph R. Biden welcomed Japan. India welcomes it.",
        ["President Joseph R. Biden welcomed Japan.", "India welcomes it."],
    ),
    (
        "The envoy met Daniel Kim, Jr. Japan will respond.",
        ["The envoy met Daniel Kim, Jr. Japan will respond."],
    ),
]


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, 0, len(text))]


def test_there_are_at_least_40_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_hand_written_case(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), NAME_CASES, ids=[str(i) for i in range(len(NAME_CASES))]
)
def test_name_after_abbreviation_case(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_spans_respect_the_window() -> None:
    text = "1. We agree. We act.\n\nOther text."
    spans = sentence_spans(text, 3, 20)
    assert [text[a:b] for a, b in spans] == ["We agree.", "We act."]
    assert all(3 <= a < b <= 20 for a, b in spans)


def test_bare_number_is_not_a_sentence() -> None:
    assert _split("3. The leaders met.") == ["3. The leaders met."]


def test_whitespace_only_window_gives_no_sentence() -> None:
    assert sentence_spans("   \n ", 0, 5) == []


def test_unbalanced_quote_does_not_hide_boundaries() -> None:
    assert _split('He called it "historic. We agree. They left.') == [
        'He called it "historic.',
        "We agree.",
        "They left.",
    ]


def test_abbreviation_classes() -> None:
    abbr = load_abbreviations()
    assert abbr.kind("Gen.") == "never"
    assert abbr.kind("e.g.") == "never"
    assert abbr.kind("E.g.") == "never"
    assert abbr.kind("U.S.") == "ambiguous"
    assert abbr.kind("R.") == "ambiguous"
    assert abbr.kind("U.S.S.R.") == "ambiguous"
    assert abbr.kind("Washington.") is None
    assert "The" in abbr.starters
    assert "Japan" not in abbr.starters
    assert "Japan" in abbr.names


def test_custom_abbreviations_change_the_result() -> None:
    custom = Abbreviations(never=frozenset({"Cmte."}), ambiguous=frozenset(), starters=frozenset())
    text = "The Cmte. Chair spoke. Others listened."
    assert [text[a:b] for a, b in sentence_spans(text, 0, len(text), custom)] == [
        "The Cmte. Chair spoke.",
        "Others listened.",
    ]


def test_abbreviation_file_has_the_genre_entries() -> None:
    abbr = load_abbreviations()
    for word in ("Amb.", "Sec.", "No.", "Lt.", "approx.", "H.E.", "Art.", "vs.", "St."):
        assert abbr.kind(word) == "never", word
    for word in ("Jr.", "Dec.", "Jan.", "p.m.", "a.m.", "U.K.", "U.N."):
        assert abbr.kind(word) == "ambiguous", word


@pytest.mark.corpus
def test_corpus_sentences_start_and_end_cleanly(corpus_dir: Path) -> None:
    """Over every corpus text: no sentence starts lowercase mid-paragraph or ends on an
    abbreviation that cannot end one here (a [never] entry, or an ambiguous one not followed
    by a sentence starter)."""
    from statementdiff.models import Statement
    from statementdiff.read.text import read_text
    from statementdiff.segment.sections import build_sections

    abbr = load_abbreviations()
    lowercase: list[str] = []
    on_abbreviation: list[str] = []
    files = sorted(corpus_dir.glob("*.txt"))
    assert files
    for path in files:
        body, raw = read_text(path.read_text("utf-8"))
        statement = Statement(text=body, sections=build_sections(body, raw))
        for block in statement.blocks():
            sentences = block.sentences
            for k, sentence in enumerate(sentences):
                first = next((c for c in sentence.text if c.isalpha()), "")
                if k > 0 and first.islower():
                    lowercase.append(f"{path.name}: {sentence.text[:60]!r}")
                if k + 1 < len(sentences) and sentence.text.endswith("."):
                    word = sentence.text.rsplit(None, 1)[-1].lstrip('("\u201c')
                    word = word.rsplit("-", 1)[-1]
                    kind = abbr.kind(word)
                    following = sentences[k + 1].text.split()[0].strip('("\u201c')
                    if kind == "never" or (kind == "ambiguous" and following not in abbr.starters):
                        on_abbreviation.append(f"{path.name}: {sentence.text[-60:]!r}")
    assert lowercase == []
    assert on_abbreviation == []


_LOWER_WORDS = st.lists(st.sampled_from(["river", "talks", "ports", "trade", "grain"]), min_size=2)
_CAPITALISED = st.sampled_from(["They", "President", "Both", "Ministers", "Japan"])


@given(_LOWER_WORDS, _CAPITALISED, _LOWER_WORDS)
def test_a_period_glued_to_a_capitalised_word_ends_a_sentence(
    first: list[str], opener: str, rest: list[str]
) -> None:
    # a space lost in publishing: "... the Treaty.President Biden ..."
    one = "We discussed " + " ".join(first) + "."
    two = f"{opener} " + " ".join(rest) + " continued."
    text = one + two
    spans = sentence_spans(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == [one, two]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S.Japan Alliance endures.",
        "Some partners, e.g.The Hague group, met.",
        "Talks began at 3.5 hours past noon.",
        "The text is on whitehouse.gov today.",
        "We met at 3 p.m.Talks began.",
        "The report is at www.State.gov today.",
        "Write to press@embassy.Gov today.",
        "See https://example.org/annex.Report today.",
    ],
)
def test_a_glued_period_that_ends_no_lower_case_word_splits_nothing(text: str) -> None:
    assert sentence_spans(text, 0, len(text)) == [(0, len(text))]
