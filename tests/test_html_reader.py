"""The HTML reader: main content, boilerplate, block kinds, labels, hostile markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from _golden import fixture
from statementdiff.errors import ParseError
from statementdiff.read.html import read_html
from statementdiff.read.text import read_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def blocks_of(markup: str) -> list[tuple[str, str | None, int, str]]:
    body, blocks = read_html(markup)
    return [(b.kind, b.label, b.level, body[b.start : b.end]) for b in blocks]


def test_fragment_paragraphs_and_whitespace() -> None:
    body, blocks = read_html("<p>We  reaffirm\n the&nbsp;Alliance &amp; more.</p><p>We act.</p>")
    assert body == "We reaffirm the Alliance & more.\n\nWe act."
    assert [(b.start, b.end) for b in blocks] == [(0, 32), (34, 41)]


def test_headings_and_emphasis_headings() -> None:
    markup = (
        "<h2>Trade</h2><p><strong>Indo-Pacific Cooperation</strong></p>"
        "<p><em>North Korea</em></p><p><strong>Note:</strong> We agree.</p>"
        "<p><em>The following statement was released by the two Governments.</em></p>"
    )
    assert [k for k, *_ in blocks_of(markup)] == [
        "heading",
        "heading",
        "heading",
        "paragraph",
        "paragraph",
    ]


def test_ordered_lists_respect_start_type_value_and_nesting() -> None:
    markup = (
        "<ol start='16'><li>We seek to:<ol style='list-style-type: lower-alpha;'>"
        "<li>Welcome progress</li><li>Recognize investment</li></ol></li>"
        "<li value='20'>Twenty</li><li>Next</li></ol>"
        "<ul><li>bullet</li></ul><ol type='i'><li>one</li><li>two</li></ol>"
    )
    assert blocks_of(markup) == [
        ("item", "16.", 0, "16. We seek to:"),
        ("item", "a.", 1, "a. Welcome progress"),
        ("item", "b.", 1, "b. Recognize investment"),
        ("item", "20.", 0, "20. Twenty"),
        ("item", "21.", 0, "21. Next"),
        ("item", "•", 0, "• bullet"),
        ("item", "i.", 0, "i. one"),
        ("item", "ii.", 0, "ii. two"),
    ]


def test_item_body_start_skips_the_label() -> None:
    body, blocks = read_html("<ol start='3'><li><p>We agree.</p></li></ol>")
    assert body[blocks[0].body_start : blocks[0].end] == "We agree."


def test_printed_markers_in_paragraphs_become_items() -> None:
    markup = "<p>4. We agree to:</p><p>(a) hold exercises;</p><p>(b) share data.</p>"
    assert [(k, label, lvl) for k, label, lvl, _ in blocks_of(markup)] == [
        ("item", "4.", 0),
        ("item", "(a)", 1),
        ("item", "(b)", 1),
    ]


def test_br_br_is_a_paragraph_break_and_single_br_a_space() -> None:
    markup = "<div>We agree.<br>We act.<br/><br/>We also welcome it.</div>"
    assert [t for *_, t in blocks_of(markup)] == ["We agree. We act.", "We also welcome it."]


def test_tables_give_one_paragraph_per_row() -> None:
    markup = (
        "<table><tr><th>Country</th><th>Pledge</th></tr>"
        "<tr><td>Japan</td><td>$4 billion</td></tr></table>"
    )
    assert [t for *_, t in blocks_of(markup)] == ["Country | Pledge", "Japan | $4 billion"]


def test_end_markers_and_framing_are_dropped_but_spokesperson_kept() -> None:
    markup = (
        "<p>Office of the Spokesperson</p><p><em>Begin Text:</em></p><p>We agree.</p>"
        "<p><em>End Text</em></p><p style='text-align:center'>###</p><p>* * *</p>"
    )
    assert [(k, t) for k, _, _, t in blocks_of(markup)] == [
        ("paragraph", "Office of the Spokesperson"),
        ("paragraph", "We agree."),
    ]


def test_script_style_and_hidden_content_never_become_text() -> None:
    markup = (
        "<p>We agree.<script>alert('x')</script></p><style>p{}</style>"
        "<p hidden>secret</p><p style='display: none'>secret</p><p aria-hidden='true'>secret</p>"
        "<noscript>secret</noscript><template><p>secret</p></template><p>We act.</p>"
    )
    body, _ = read_html(markup)
    assert body == "We agree.\n\nWe act."


def test_full_page_main_content_without_boilerplate() -> None:
    page = """<!DOCTYPE html><html><head><title>T</title></head><body>
    <a class="skip-link" href="#m">Skip to content</a>
    <header><nav><ul><li>Home</li><li>Issues</li></ul></nav></header>
    <div class="breadcrumb">Home / Briefing Room</div>
    <main id="m"><div class="share-buttons"><a>Share on X</a></div>
    <article><div class="entry-content"><p>We agree.</p><h2>TRADE</h2><p>We act.</p></div></article>
    <aside><h2>Related</h2><ul><li>Other story</li></ul></aside></main>
    <footer><p>Privacy Policy</p></footer></body></html>"""
    assert [t for *_, t in blocks_of(page)] == ["We agree.", "TRADE", "We act."]


def test_densest_container_without_main_or_article() -> None:
    prose = "We reaffirm our commitment to peace and stability in the region. " * 5
    page = (
        "<body><div id='top'><p>Menu one</p><p>Menu two</p></div>"
        f"<div id='x'><p>{prose}</p><p>{prose}</p></div>"
        "<div><h3>Related stories</h3><p>Another story</p></div></body>"
    )
    texts = [t for *_, t in blocks_of(page)]
    assert texts == [prose.strip(), prose.strip()]


def test_content_class_is_preferred() -> None:
    prose = "The Ministers reaffirmed their shared vision for the region. " * 3
    page = (
        f"<body><div class='promo'><p>{'Buy now. ' * 5}</p></div>"
        f"<div class='body-content'><p>{prose}</p></div></body>"
    )
    assert [t for *_, t in blocks_of(page)] == [prose.strip()]


def test_boilerplate_rules_that_misfire_fall_back_to_everything() -> None:
    assert [t for *_, t in blocks_of("<nav><p>We agree.</p></nav>")] == ["We agree."]


def test_entity_declarations_are_never_expanded() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>a &lol2; &ext; b</p></body></html>"
    )
    body, _ = read_html(bomb)
    assert "lollol" not in body
    assert "root:" not in body
    assert "]>" not in body


def test_deep_nesting_does_not_crash() -> None:
    deep = "<div>" * 100_000 + "<p>Deep text.</p>" + "</div>" * 100_000
    with pytest.raises(ParseError, match=r"deeper than|HTML elements"):
        read_html("<div>" + deep)
    # Text above the parser's limit is no reason to drop the text below it (issue 11).
    with pytest.raises(ParseError, match=r"deeper than|HTML elements"):
        read_html("<p>We agree.</p>" + deep)


def test_huge_attribute_and_unclosed_tags() -> None:
    markup = f"<p title='{'x' * 1_000_000}'>We agree.<p>We act.<div><b>bold <i>and"
    assert [t for *_, t in blocks_of(markup)] == ["We agree.", "We act.", "bold and"]


def test_no_text_gives_no_blocks() -> None:
    assert read_html("<div><span></span><img src='x'></div>") == ("", [])


def test_fixture_page_yields_exactly_the_statement_paragraphs() -> None:
    page = fixture("leaders-2031-a.html")
    text = fixture("leaders-2031-a.txt")
    h_body, h_blocks = read_html(page.read_text("utf-8"))
    t_body, t_blocks = read_text(text.read_text("utf-8"))
    html_texts = [" ".join(h_body[b.body_start : b.end].split()) for b in h_blocks]
    text_texts = [" ".join(t_body[b.body_start : b.end].split()) for b in t_blocks]
    assert html_texts == text_texts
    assert [b.kind for b in h_blocks] == [b.kind for b in t_blocks]
    for leak in ("Skip to", "Briefing Room", "Share on", "Related articles", "Privacy", "###"):
        assert leak not in h_body


def test_ministers_fragment() -> None:
    page = fixture("ministers-2032.html")
    body, blocks = read_html(page.read_text("utf-8"))
    headings = [body[b.start : b.end] for b in blocks if b.kind == "heading"]
    assert headings == ["North Korea", "Indo-Pacific Cooperation"]
    assert blocks[0].kind == "paragraph"
    assert body.startswith("Office of the Spokesperson\n\n")
    assert "Begin Text" not in body
    assert "End Text" not in body
    assert "\u2019" in body
    assert "&amp;" not in body
    assert "\xa0" not in body
