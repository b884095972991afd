"""The plain-text reader: blocks, headings, list markers and levels."""

from __future__ import annotations

import pytest

from statementdiff.read.blocks import ListContext, is_framing_marker, is_separator, match_marker
from statementdiff.read.text import is_heading_line, read_text


def kinds(text: str) -> list[tuple[str, str | None, int, str]]:
    body, blocks = read_text(text)
    return [(b.kind, b.label, b.level, body[b.start : b.end]) for b in blocks]


def test_line_endings_are_normalized_and_nothing_else_changes() -> None:
    raw = "  Title Line\r\n\r\nWe agree.  \rWe act.\r\n"
    body, blocks = read_text(raw)
    assert body == "  Title Line\n\nWe agree.  \nWe act.\n"
    assert [body[b.start : b.end] for b in blocks] == ["Title Line", "We agree.  \nWe act."]
    assert [b.kind for b in blocks] == ["heading", "paragraph"]


def test_blank_line_paragraphs_and_soft_wraps() -> None:
    text = "We reaffirm the Alliance\nand welcome partners.\n\n  \nWe oppose coercion.\n"
    assert kinds(text) == [
        ("paragraph", None, 0, "We reaffirm the Alliance\nand welcome partners."),
        ("paragraph", None, 0, "We oppose coercion."),
    ]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("- support Ukraine", "-"),
        ("• support Ukraine", "•"),
        ("* support Ukraine", "*"),
        ("1. We met.", "1."),
        ("12) We met.", "12)"),
        ("(a) holding exercises", "(a)"),
        ("(iv) conducting a study", "(iv)"),
        ("(3) cooperation in third countries", "(3)"),
        ("a. Welcome the progress", "a."),
    ],
)
def test_item_markers(line: str, label: str) -> None:
    body, blocks = read_text(f"Intro paragraph.\n\n{line}\n")
    item = blocks[-1]
    assert item.kind == "item"
    assert item.label == label
    assert body[item.body_start : item.end] == line[len(label) :].lstrip()


@pytest.mark.parametrize(
    ("line", "label", "kind"),
    [
        ("- a. Project selection: we act.", "a.", "alpha"),
        ("- 1. We met.", "1.", "number"),
        ("- (a) holding exercises", "(a)", "alpha"),
        ("\u2022 (i) conducting a study", "(i)", "roman"),
        ("*  (3)\tcooperation", "(3)", "number"),
    ],
)
def test_bullet_with_a_printed_label_takes_the_label(line: str, label: str, kind: str) -> None:
    # QA: "- a. Project selection" kept "a." in the clause text and was numbered as a bullet
    marker = match_marker(line)
    assert marker is not None
    assert (marker.label, marker.kind) == (label, kind)
    body, blocks = read_text(f"Intro paragraph.\n\n  {line}\n")
    item = blocks[-1]
    assert (item.kind, item.label) == ("item", label)
    assert body[item.start : item.end] == line
    assert body[item.body_start : item.end] == line.split(label, 1)[1].lstrip()


@pytest.mark.parametrize("line", ["- a", "- a.b. is wrong", "- 2023 was a year.", "- - twice"])
def test_bullet_without_a_second_marker_stays_a_bullet(line: str) -> None:
    marker = match_marker(line)
    assert marker is not None
    assert (marker.label, marker.kind, marker.length) == (line[0], "bullet", 2)


def test_bulleted_letters_sit_under_the_numbered_item() -> None:
    text = "1. We agree.\n\n  - a. Project selection: we pick.\n\n  - b. Financing: we pay.\n"
    assert [(k, label, lvl) for k, label, lvl, _ in kinds(text)] == [
        ("item", "1.", 0),
        ("item", "a.", 1),
        ("item", "b.", 1),
    ]


@pytest.mark.parametrize("line", ["U.S. and Japan agree.", "1990s were hard.", "-5 degrees."])
def test_not_item_markers(line: str) -> None:
    assert match_marker(line) is None
    assert all(kind != "item" for kind, *_ in kinds(f"{line}\n\nWe agree."))


def test_numbered_paragraph_with_sub_items_on_single_lines() -> None:
    text = (
        "6. The sides agreed on the following:\n"
        "(a) core capabilities, including:\n"
        "(i) command systems; and\n"
        "(ii) air defense;\n"
        "(b) the ability to respond.\n"
        "\n"
        "7. The Secretary reaffirmed the commitment.\n"
    )
    assert [(k, label, lvl) for k, label, lvl, _ in kinds(text)] == [
        ("item", "6.", 0),
        ("item", "(a)", 1),
        ("item", "(i)", 2),
        ("item", "(ii)", 2),
        ("item", "(b)", 1),
        ("item", "7.", 0),
    ]


def test_letter_i_after_h_is_a_letter() -> None:
    lines = [f"({c}) item {c}" for c in "abcdefghij"]
    text = "1. We agree to:\n" + "\n".join(lines)
    levels = [lvl for _, _, lvl, _ in kinds(text)]
    assert levels == [0] + [1] * 10


def test_bullets_under_numbered_paragraph_are_nested_and_reset_by_headings() -> None:
    text = (
        "2. We will champion shared values by:\n\n- upholding the Charter;\n\n"
        "Trade\n\n- keep markets open\n"
    )
    assert [(k, lvl) for k, _, lvl, _ in kinds(text)] == [
        ("item", 0),
        ("item", 1),
        ("heading", 0),
        ("item", 0),
    ]


def test_list_separated_by_single_newlines_after_paragraph() -> None:
    text = "The Partnership will focus on:\n- quantum computing\n- trustworthy AI\n"
    assert kinds(text) == [
        ("heading", None, 0, "The Partnership will focus on:"),
        ("item", "-", 0, "- quantum computing"),
        ("item", "-", 0, "- trustworthy AI"),
    ]


def test_long_paragraph_ending_in_colon_stays_a_paragraph() -> None:
    lead = (
        "As part of our alliance, "
        + "the two countries seek closer cooperation " * 3
        + "in these areas:"
    )
    assert kinds(f"{lead}\n\n1. Trade.\n")[0][0] == "paragraph"


@pytest.mark.parametrize(
    "heading",
    [
        "AN ALLIANCE FOR A NEW ERA",
        "I. Introduction",
        "A. Digital Infrastructure and Connectivity",
        "We are taking concrete steps to:",
        "Reference documents:",
        "Hiroshima, 20 May 2023",
        "The Quad\u2019s positive, practical agenda",
        "Section II",
    ],
)
def test_heading_lines(heading: str) -> None:
    following = "- support Ukraine" if heading.endswith(":") else "We agree on this."
    result = kinds(f"{heading}\n\n{following}\n")
    assert result[0][:2] == ("heading", None)
    assert result[0][3] == heading


@pytest.mark.parametrize(
    "line",
    [
        "Office of the Spokesperson",
        "We agree.",
        "Recalling the Joint Statement of May 12, 2025; and",
        "We are working together to meet our challenges. We are:",
        "The parties recall the commitments made in Geneva and",
    ],
)
def test_not_headings(line: str) -> None:
    result = kinds(f"{line}\n\nWe agree on this.\n")
    assert result[0][0] == "paragraph"


def test_closing_signature_lines_are_not_headings() -> None:
    text = "We agree on this.\n\nDonald J. Trump\n\nPresident\n\nPrime Minister\n"
    assert [k for k, *_ in kinds(text)] == ["paragraph"] * 4


def test_heading_needs_content_after_it() -> None:
    assert [k for k, *_ in kinds("ALL CAPS ONLY")] == ["paragraph"]
    assert [k for k, *_ in kinds("We agree.\n\nCONCLUSION")] == ["paragraph", "paragraph"]


def test_all_caps_first_line_of_a_block_is_split_off() -> None:
    assert kinds("TRADE\nWe keep markets open.\n") == [
        ("heading", None, 0, "TRADE"),
        ("paragraph", None, 0, "We keep markets open."),
    ]


@pytest.mark.parametrize("separator", ["***", "* * *", "###", "*****", "---", "# # #"])
def test_separators_are_not_blocks(separator: str) -> None:
    assert is_separator(separator)
    body, blocks = read_text(f"We agree.\n\n{separator}\n\nWe act.\n")
    assert [body[b.start : b.end] for b in blocks] == ["We agree.", "We act."]


def test_separator_line_splits_a_run_of_lines() -> None:
    body, blocks = read_text("We agree.\n***\nWe act.")
    assert [body[b.start : b.end] for b in blocks] == ["We agree.", "We act."]


@pytest.mark.parametrize("marker", ["Begin text:", "Begin Text", "End text.", "END TEXT"])
def test_framing_markers_are_dropped(marker: str) -> None:
    assert is_framing_marker(marker)
    body, blocks = read_text(f"Office of the Spokesperson\n\n{marker}\n\nWe agree.")
    assert [body[b.start : b.end] for b in blocks] == ["Office of the Spokesperson", "We agree."]


def test_bom_and_indentation_are_outside_blocks() -> None:
    body, blocks = read_text("\ufeff   We agree.\n\n\t- we act\n")
    assert [body[b.start : b.end] for b in blocks] == ["We agree.", "- we act"]


def test_list_context_levels() -> None:
    context = ListContext()
    marks = ["3.", "(a)", "(i)", "-", "(b)"]
    levels = [context.level(m) for m in (match_marker(f"{x} text") for x in marks) if m]
    assert levels == [0, 1, 2, 2, 1]
    context.reset()
    first = match_marker("(a) text")
    assert first is not None
    assert context.level(first) == 0


def test_is_heading_line_limits() -> None:
    assert is_heading_line("Global and regional issues")
    assert not is_heading_line("global and regional issues")
    assert not is_heading_line("A " + "very " * 40 + "long line")
