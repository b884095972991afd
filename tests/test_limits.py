"""Parsing is bounded in time and memory, not only in characters (issue 11).

The quadratic defects are checked in a child process under a CPU budget (RLIMIT_CPU):
each input is large enough that the old quadratic code needs minutes, while the linear
code needs a second or two. No test here times anything in the test process itself.
"""

from __future__ import annotations

import gc
import pickle
import resource
import subprocess
import sys
import textwrap
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import statementdiff
from statementdiff import LimitExceededError, Limits, ParseError, parse
from statementdiff.limits import HTML_PARSER_MAX_DEPTH
from statementdiff.strategies import statement_texts

CPU_SECONDS = 20
"""CPU budget of one child: generous for linear work, far too little for quadratic work."""
MEMORY_BYTES = 2 * 1024**3


def _limit_child() -> None:  # pragma: no cover - runs in the child before exec
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def run_bounded(code: str) -> str:
    """Run ``code`` in a child under the CPU and memory budget; return its stdout."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=10 * CPU_SECONDS,
        preexec_fn=_limit_child,
        check=False,
    )
    assert done.returncode == 0, (
        f"child failed (exit {done.returncode}: a negative code is a signal, SIGXCPU=-24 "
        f"means over the {CPU_SECONDS} s CPU budget): {done.stderr[-2000:]}"
    )
    return done.stdout.strip()


# ---------------------------------------------------------------------------
# Defects: quadratic loops in the segmenter

_CLAUSES = "from statementdiff.segment.clauses import clause_spans\n"
_SENTENCES = "from statementdiff.segment.sentences import sentence_spans\n"

QUADRATIC = {
    # _words_follow sliced the token list from every ";": "a; " * 40_000 took 9.3 s
    "semicolons": (_CLAUSES, "'a; ' * 200_000", "clause_spans(t, 0, len(t))", 200_000),
    # _clause_follows scanned to the next ";" (here: the end) from every ":"
    "colons": (_CLAUSES, "'a: ' * 100_000", "clause_spans(t, 0, len(t))", 1),
    # the connectors after a cut were skipped again from every cut in a run of ";"
    "connector-run": (_CLAUSES, "'a' + '; ' * 200_000 + 'b'", "clause_spans(t, 0, len(t))", 2),
    # _inside tested every bracket pair at every sentence candidate
    "brackets": (_SENTENCES, "'(A) We agree. ' * 100_000", "sentence_spans(t, 0, len(t))", 0),
    # the bare-number rule sliced the sentence so far at every candidate
    "abbreviations": (_SENTENCES, "'Gen. ' * 500_000", "sentence_spans(t, 0, len(t))", 1),
    # _name_opens split the rest of the block at every "the U.S."
    "names": (
        _SENTENCES,
        "'in the U.S. Japan x ' * 300_000",
        "sentence_spans(t, 0, len(t))",
        1,
    ),
}


@pytest.mark.parametrize("case", sorted(QUADRATIC))
def test_segmenting_is_not_quadratic(case: str) -> None:
    module, text, call, expected = QUADRATIC[case]
    out = run_bounded(f"{module}t = {text}\nprint(len({call}))")
    if expected:
        assert out == str(expected)


def test_fronted_phrases_need_no_recursion() -> None:
    # Each fronted phrase was one level of recursion: 5,000 of them raised RecursionError.
    text = "As agreed, " * 5_000 + "we agree."
    raised = Limits(max_sentence_chars=10**6, max_sentence_words=10**6)
    clauses = list(parse(text, limits=raised).clauses())
    assert clauses[-1].predicate == "agree"


def test_semicolon_statement_parses_linearly_with_raised_limits() -> None:
    out = run_bounded(
        """
        from statementdiff import Limits, parse
        raised = Limits(max_sentence_chars=10**7, max_sentence_words=10**7, max_clauses=10**7)
        print(sum(1 for _ in parse("a; " * 40_000, limits=raised).clauses()))
        """
    )
    assert out == "40000"


# ---------------------------------------------------------------------------
# Defects: HTML


def test_many_attributes_are_refused_before_libxml2_parses_them() -> None:
    # libxml2 compares every attribute with all the others: 400,000 took over 300 s.
    out = run_bounded(
        """
        from statementdiff import ParseError, parse
        page = "<p " + " ".join(f"a{i}=x" for i in range(400_000)) + ">We agree.</p>"
        try:
            parse(page, format="html")
        except ParseError as exc:
            print(type(exc).__name__, getattr(exc, "limit", None))
        """
    )
    assert out == "LimitExceededError max_html_attributes"


def _unclosed_divs(n: int) -> str:
    return "<html><body>" + "".join(f"<div><p>Paragraph {i}: we agree.</p>" for i in range(n))


def test_html_deeper_than_256_keeps_every_paragraph() -> None:
    # libxml2's default depth limit dropped everything below level 256: 252 of 400 came out.
    statement = parse(_unclosed_divs(400))
    texts = [b.text for b in statement.blocks()]
    assert len(texts) == 400
    assert texts[0] == "Paragraph 0: we agree."
    assert texts[-1] == "Paragraph 399: we agree."


def test_html_deeper_than_the_parser_can_read_is_refused_not_cut() -> None:
    with pytest.raises(LimitExceededError, match="deeper than 2048") as caught:
        parse(_unclosed_divs(3_000), limits=Limits(max_html_depth=HTML_PARSER_MAX_DEPTH))
    assert caught.value.limit == "max_html_depth"


def test_html_over_the_depth_limit_is_refused() -> None:
    with pytest.raises(LimitExceededError, match="max_html_depth=100") as caught:
        parse(_unclosed_divs(200), limits=Limits(max_html_depth=100))
    assert caught.value.value > 100


def test_quoted_markup_cannot_hide_attributes_from_the_scan() -> None:
    attributes = " ".join(f'a{i}=">"' for i in range(300))
    for page in (f"<p {attributes}>We agree.</p>", f"<SCRIPT>'<b c=\"'</script><p {attributes}>"):
        with pytest.raises(LimitExceededError, match="max_html_attributes"):
            parse(page, format="html")


def test_repeated_attributes_are_counted_once() -> None:
    page = "<p " + " ".join("class=x" for _ in range(1_000)) + ">We agree.</p>"
    assert [c.text for c in parse(page, format="html").clauses()] == ["We agree."]


# ---------------------------------------------------------------------------
# Defect: memory per clause


def test_memory_per_clause_is_small() -> None:
    # Every model instance had its own set of field names (1.2 kB a clause) and each
    # one-clause sentence its own copies of text and span: 4.9 kB a clause, now 2.0 kB.
    text = "\n\n".join(
        "We reaffirm our Alliance and welcome new partners; we condemn the attack."
        for _ in range(700)
    )
    parse(text)
    gc.collect()
    tracemalloc.start()
    try:
        statement = parse(text)
        gc.collect()
        retained, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    clauses = sum(1 for _ in statement.clauses())
    assert clauses == 2_100
    assert retained / clauses < 3_000


def test_shared_field_sets_keep_copies_apart() -> None:
    statement = parse("We agree; we act.")
    clause = next(statement.clauses())
    copy = clause.model_copy(update={"negated": True})
    assert copy.negated
    assert not clause.negated
    fresh = statementdiff.Clause(id="x", text="x", span=statementdiff.Span(start=0, end=1))
    assert fresh.model_fields_set == {"id", "text", "span"}
    assert statementdiff.Statement.model_validate_json(statement.to_json()) == statement


# ---------------------------------------------------------------------------
# Each limit raises LimitExceededError naming it

_WORDS = "We agree and welcome partners; we act together. "

LIMITED = {
    "max_text_chars": (_WORDS * 10, "text", 100),
    "max_blocks": ("\n\n".join(["We agree."] * 10), "text", 5),
    "max_clauses": (_WORDS * 3, "text", 4),
    "max_sentence_chars": ("We agree " * 50 + ".", "text", 100),
    "max_sentence_words": ("We agree " * 50 + ".", "text", 40),
    "max_html_depth": ("<div>" * 20 + "<p>We agree.</p>", "html", 10),
    "max_html_elements": ("<p>We agree.</p>" * 20, "html", 10),
    "max_html_attributes": ('<p a="1" b="2" c="3" d="4">We agree.</p>', "html", 2),
}


@pytest.mark.parametrize("name", sorted(LIMITED))
def test_each_limit_raises_an_error_naming_it(name: str) -> None:
    text, format, maximum = LIMITED[name]
    parse(text, format="html" if format == "html" else "text")  # fine by default
    with pytest.raises(LimitExceededError) as caught:
        parse(text, format="html" if format == "html" else "text", limits=Limits(**{name: maximum}))
    error = caught.value
    assert isinstance(error, ParseError)
    assert isinstance(error, ValueError)
    assert (error.limit, error.maximum) == (name, maximum)
    assert error.value > maximum
    message = str(error)
    assert f"{name}={maximum:,}" in message
    assert f"limits=Limits({name}=...)" in message
    assert error.source == "<text>"


PDF_LIMITS = {"max_pdf_pages", "max_pdf_inflated_bytes"}
"""Limits on PDF input, whose cases are in tests/test_pdf_hostile.py (they need PDF bytes)."""


def test_every_limit_has_a_case() -> None:
    assert set(LIMITED) | PDF_LIMITS == {f for f in Limits.__dataclass_fields__}


def test_limit_error_pickles_with_its_fields() -> None:
    with pytest.raises(LimitExceededError) as caught:
        parse(_WORDS * 3, limits=Limits(max_clauses=2))
    again = pickle.loads(pickle.dumps(caught.value))
    assert (again.limit, again.value, again.maximum, str(again)) == (
        "max_clauses",
        caught.value.value,
        2,
        str(caught.value),
    )


def test_parse_file_passes_limits(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "s.txt"  # type: ignore[operator]
    path.write_text(_WORDS * 3, encoding="utf-8")
    with pytest.raises(LimitExceededError, match="max_clauses"):
        statementdiff.parse_file(path, limits=Limits(max_clauses=2))


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "10", None])
def test_a_limit_must_be_a_positive_whole_number(bad: object) -> None:
    with pytest.raises(ParseError, match=r"Limits\.max_clauses must be a whole number"):
        Limits(max_clauses=bad)  # type: ignore[arg-type]


def test_html_depth_cannot_pass_the_parser_limit() -> None:
    with pytest.raises(ParseError, match="at most 2048"):
        Limits(max_html_depth=HTML_PARSER_MAX_DEPTH + 1)


def test_limits_must_be_limits() -> None:
    with pytest.raises(ParseError, match=r"limits must be a statementdiff\.Limits"):
        parse("We agree.", limits={"max_clauses": 3})  # type: ignore[arg-type]


def test_limits_are_frozen_and_exported() -> None:
    assert "Limits" in statementdiff.__all__
    assert "LimitExceededError" in statementdiff.__all__
    with pytest.raises(AttributeError):
        Limits().max_clauses = 3  # type: ignore[misc]


# ---------------------------------------------------------------------------
# Under the limits, nothing but ParseError

_MARKUP = st.sampled_from(
    ["<p>", "</p>", "<div>", "<li>", "<ol start=3>", "<b>", "<br>", "; ", ": ", ", and ", "("]
)


@settings(max_examples=60, deadline=None)
@given(
    parts=st.lists(st.one_of(statement_texts(), _MARKUP, st.text(max_size=40)), max_size=12),
    small=st.integers(min_value=1, max_value=6),
    format=st.sampled_from(["auto", "text", "html"]),
)
def test_inputs_raise_nothing_but_parse_error(parts: list[str], small: int, format: str) -> None:
    text = "".join(parts)
    for limits in (None, Limits(max_clauses=small, max_blocks=small, max_html_depth=small)):
        try:
            statement = parse(text, format=format, limits=limits)  # type: ignore[arg-type]
        except ParseError:
            continue
        for clause in statement.clauses():
            assert statement.text[clause.span.start : clause.span.end] == clause.text
        if limits is not None:
            assert sum(1 for _ in statement.clauses()) <= small
