"""The error contract: one family, each raised class also the matching builtin, no leaks.

For every public function, a bad value raises a :class:`StatementDiffError` that is
also a ``ValueError``, and a wrong type raises one that is also a ``TypeError``.
"""

from __future__ import annotations

import math
import pickle
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis.errors import InvalidArgument

import statementdiff
from _golden import FIXTURES
from statementdiff import (
    CompareError,
    CompareTypeError,
    CompareValueError,
    InputTooLargeError,
    Lexicon,
    LexiconError,
    LexiconTypeError,
    NodeNotFoundError,
    ParseError,
    ParseTypeError,
    ReportError,
    ReportTypeError,
    StatementDiffError,
    UnknownTopicError,
    UnsupportedFormatError,
    compare,
    compare_series,
    parse,
    parse_file,
)
from statementdiff import errors as errors_module
from statementdiff.align.aligner import Aligner
from statementdiff.compare import check_threshold
from statementdiff.render import render
from statementdiff.strategies import StrategyArgumentError, edited_pairs, statement_texts
from statementdiff.worddiff import word_diff, word_ops

ROOT = FIXTURES.parent
A = parse("We reaffirm our commitment to peace. We oppose war.")
D = compare(A, parse("We reaffirm our commitment to peace. We welcome talks."))
S = compare_series([A, A])
MISSING = str(FIXTURES / "no-such-file.txt")
TOO_MANY_WORDS = " ".join(f"w{i}" for i in range(140_000))  # more than the code points
BUILTINS = (ValueError, TypeError, KeyError, OSError)
ERRORS = [getattr(errors_module, name) for name in errors_module.__all__]

Call = Callable[[], object]


def _raises(call: Call) -> BaseException:
    try:
        call()
    except BaseException as exc:
        return exc
    raise AssertionError("no error raised")


# --------------------------------------------------------------------- the tree


def _tree(text: str) -> dict[str, tuple[str, ...]]:
    """Class name → base names, from a tree drawn as ``Name(Base, Base)`` lines."""
    found = re.findall(r"[├└]── (\w+)\(([^)]*)\)|^\s*(StatementDiffError)\((\w+)\)", text, re.M)
    out: dict[str, tuple[str, ...]] = {}
    for name, bases, root, root_base in found:
        if root:
            out[root] = (root_base,)
        else:
            out[name] = tuple(b.strip() for b in bases.split(","))
    return out


def _actual_tree() -> dict[str, tuple[str, ...]]:
    return {cls.__name__: tuple(b.__name__ for b in cls.__bases__) for cls in ERRORS}


@pytest.mark.parametrize(
    "text",
    [errors_module.__doc__ or "", (ROOT / "docs" / "errors.md").read_text("utf-8")],
    ids=["errors.py", "docs/errors.md"],
)
def test_the_drawn_tree_is_the_real_one(text: str) -> None:
    assert _tree(text) == _actual_tree()


def test_every_error_is_exported_and_in_the_family() -> None:
    for cls in ERRORS:
        assert issubclass(cls, StatementDiffError)
        assert getattr(statementdiff, cls.__name__) is cls


def test_every_class_that_is_raised_is_also_a_builtin() -> None:
    abstract = {StatementDiffError, CompareError}  # never raised themselves
    for cls in ERRORS:
        if cls not in abstract:
            assert issubclass(cls, BUILTINS), cls


def test_compare_error_still_catches_both_cases() -> None:
    assert issubclass(CompareTypeError, CompareError)
    assert issubclass(CompareValueError, CompareError)
    assert issubclass(CompareTypeError, TypeError)
    assert issubclass(CompareValueError, ValueError)


# ------------------------------------------------------------------ bad values

BAD_VALUES: list[tuple[str, Call, type[StatementDiffError]]] = [
    ("parse-empty", lambda: parse("   "), ParseError),
    ("parse-format", lambda: parse("We agree.", format="docx"), UnsupportedFormatError),  # type: ignore[arg-type]
    ("parse-too-large", lambda: parse("We agree.", max_chars=3), InputTooLargeError),
    ("parse-date", lambda: parse("We agree.", date="2031-13-45"), ParseError),
    ("parse-max-chars", lambda: parse("We agree.", max_chars=-1), ParseError),
    ("parse-undecodable", lambda: parse(b"We \xff agree.", encoding="utf-8"), ParseError),
    ("parse-file-missing", lambda: parse_file(MISSING), ParseError),
    ("parse-file-directory", lambda: parse_file(FIXTURES), ParseError),
    ("compare-threshold-high", lambda: compare(A, A, threshold=1.5), CompareValueError),
    ("compare-threshold-low", lambda: compare(A, A, threshold=-0.1), CompareValueError),
    ("compare-threshold-nan", lambda: compare(A, A, threshold=math.nan), CompareValueError),
    ("compare-topic", lambda: compare(A, A, topic="taiwn"), UnknownTopicError),
    ("series-empty", lambda: compare_series([]), CompareValueError),
    ("series-threshold", lambda: compare_series([A], threshold=2), CompareValueError),
    ("series-topic", lambda: compare_series([A], topic="taiwn"), UnknownTopicError),
    ("lexicon-missing", lambda: Lexicon.load(MISSING + ".toml"), LexiconError),
    ("lexicon-suffix", lambda: Lexicon.load(MISSING), LexiconError),
    ("check-threshold", lambda: check_threshold(2), CompareValueError),
    ("align-labels", lambda: Aligner().align(["a"], ["b"], a_groups=[1, 2]), CompareValueError),
    ("word-diff-size", lambda: word_diff(TOO_MANY_WORDS, "x"), CompareValueError),
    ("word-ops-size", lambda: word_ops(TOO_MANY_WORDS, 0, "x", 0), CompareValueError),
    ("statement-node", lambda: A.node("p9.s9"), NodeNotFoundError),
    ("statement-node-int", lambda: A.node(3), NodeNotFoundError),  # type: ignore[arg-type]
    ("statement-node-list", lambda: A.node([]), NodeNotFoundError),  # type: ignore[arg-type]
    ("to-text-only", lambda: D.to_text(only="some"), ReportError),  # type: ignore[arg-type]
    ("to-markdown-only", lambda: D.to_markdown(only="some"), ReportError),  # type: ignore[arg-type]
    ("to-html-only", lambda: D.to_html(only="some"), ReportError),  # type: ignore[arg-type]
    ("to-json-indent", lambda: D.to_json(indent=-1), ReportError),
    ("render-only", lambda: render(D, "text", only="bogus"), ReportError),
    ("render-format", lambda: render(D, "csv"), ReportError),
    ("render-format-unknown", lambda: render(S, "pdf"), ReportError),
    ("series-text-only", lambda: S.to_text(only="some"), ReportError),  # type: ignore[arg-type]
    ("series-markdown-matrix", lambda: S.to_markdown(matrix="x"), ReportError),  # type: ignore[arg-type]
    ("series-html-only", lambda: S.to_html(only="x"), ReportError),  # type: ignore[arg-type]
    ("series-csv-matrix", lambda: S.to_csv(matrix="x"), ReportError),  # type: ignore[arg-type]
    ("strategy-format", lambda: statement_texts(format="pdf"), StrategyArgumentError),  # type: ignore[arg-type]
    ("strategy-sizes", lambda: edited_pairs(min_paragraphs=0), StrategyArgumentError),
    ("strategy-edits", lambda: edited_pairs(edits=("shuffle",)), StrategyArgumentError),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(
    ("call", "expected"), [pytest.param(call, cls, id=name) for name, call, cls in BAD_VALUES]
)
def test_a_bad_value_raises_the_family_and_value_error(
    call: Call, expected: type[Exception]
) -> None:
    exc = _raises(call)
    assert isinstance(exc, StatementDiffError), repr(exc)
    assert isinstance(exc, expected), repr(exc)
    assert isinstance(exc, ValueError), repr(exc)
    assert str(exc), "an error says what went wrong"


def test_compare_and_series_say_the_same_about_a_threshold() -> None:
    for bad in (2, -1, math.nan, "0.3", True, None):
        one = _raises(lambda: compare(A, A, threshold=bad))  # type: ignore[arg-type]  # noqa: B023
        two = _raises(lambda: compare_series([A], threshold=bad))  # type: ignore[arg-type]  # noqa: B023
        assert type(one) is type(two)
        assert str(one) == str(two) == f"threshold must be a number between 0 and 1, not {bad!r}"


@pytest.mark.parametrize("threshold", [0, 0.0, 1, 1.0, 0.35])
def test_a_threshold_in_range_is_accepted(threshold: float) -> None:
    assert check_threshold(threshold) == float(threshold)
    assert compare(A, A, threshold=threshold).threshold == float(threshold)


# ----------------------------------------------------------------- wrong types


class _NotAStatement:
    text = "We reaffirm our commitment to peace."


WRONG_TYPES: list[tuple[str, Call]] = [
    ("compare-a-str", lambda: compare("We agree.", A)),  # type: ignore[arg-type]
    ("compare-b-none", lambda: compare(A, None)),  # type: ignore[arg-type]
    ("compare-b-duck", lambda: compare(A, _NotAStatement())),  # type: ignore[arg-type]
    ("compare-threshold-str", lambda: compare(A, A, threshold="0.3")),  # type: ignore[arg-type]
    ("compare-threshold-bool", lambda: compare(A, A, threshold=True)),
    ("compare-topic-int", lambda: compare(A, A, topic=3)),  # type: ignore[arg-type]
    ("compare-lexicon-str", lambda: compare(A, A, lexicon="x")),  # type: ignore[arg-type]
    ("series-int", lambda: compare_series(5)),  # type: ignore[arg-type]
    ("series-statement", lambda: compare_series(A)),  # type: ignore[arg-type]
    ("series-str", lambda: compare_series("We agree.")),  # type: ignore[arg-type]
    ("series-item", lambda: compare_series([A, "We agree."])),  # type: ignore[list-item]
    ("series-threshold", lambda: compare_series([A], threshold="x")),  # type: ignore[arg-type]
    ("series-topic", lambda: compare_series([A], topic=3)),  # type: ignore[arg-type]
    ("series-progress", lambda: compare_series([A], progress=3)),  # type: ignore[arg-type]
    ("check-threshold", lambda: check_threshold("0.5")),
    ("parse-int", lambda: parse(3)),  # type: ignore[arg-type]
    ("parse-title", lambda: parse("We agree.", title=3)),  # type: ignore[arg-type]
    ("parse-parties", lambda: parse("We agree.", parties="Japan")),
    ("parse-max-chars", lambda: parse("We agree.", max_chars="big")),  # type: ignore[arg-type]
    ("parse-encoding", lambda: parse(b"We agree.", encoding=3)),  # type: ignore[arg-type]
    ("parse-lexicon", lambda: parse("We agree.", lexicon="x")),  # type: ignore[arg-type]
    ("parse-file-int", lambda: parse_file(3)),  # type: ignore[arg-type]
    ("parse-file-max-chars", lambda: parse_file(MISSING, max_chars=1.5)),  # type: ignore[arg-type]
    ("lexicon-load-int", lambda: Lexicon.load(3)),  # type: ignore[arg-type]
    ("lexicon-load-base", lambda: Lexicon.load(base="x")),  # type: ignore[arg-type]
    ("to-json-indent", lambda: D.to_json(indent="x")),  # type: ignore[arg-type]
    ("statement-to-json-indent", lambda: A.to_json(indent=True)),
    ("series-to-json-indent", lambda: S.to_json(indent=2.0)),  # type: ignore[arg-type]
    ("to-text-color", lambda: D.to_text(color=1)),  # type: ignore[arg-type]
    ("to-text-only-int", lambda: D.to_text(only=3)),  # type: ignore[arg-type]
    ("to-csv-clauses", lambda: S.to_csv(clauses="yes")),  # type: ignore[arg-type]
    ("render-option", lambda: render(D, "markdown", color=True)),
    ("render-object", lambda: render(A, "text")),  # type: ignore[arg-type]
    ("strategy-int-str", lambda: edited_pairs(min_edits="1")),  # type: ignore[arg-type]
    ("strategy-edits-str", lambda: edited_pairs(edits="reorder")),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("call", [pytest.param(call, id=name) for name, call in WRONG_TYPES])
def test_a_wrong_type_raises_the_family_and_type_error(call: Call) -> None:
    exc = _raises(call)
    assert isinstance(exc, StatementDiffError), repr(exc)
    assert isinstance(exc, TypeError), repr(exc)
    assert str(exc), "an error says what went wrong"


def test_compare_error_catches_what_it_caught_before() -> None:
    for call in (
        lambda: compare(A, "We agree."),  # type: ignore[arg-type]
        lambda: compare(A, A, threshold=2),
        lambda: compare_series([]),
    ):
        with pytest.raises(CompareError):
            call()


def test_a_series_may_be_any_iterable_of_statements() -> None:
    made = (parse(f"We agree on point {k}.") for k in range(2))
    assert len(compare_series(made).statements) == 2


# ------------------------------------------------------------------ the new classes


def test_a_wrong_type_to_parse_is_still_a_parse_error() -> None:
    calls: list[Call] = [lambda: parse(3), lambda: parse_file(3)]  # type: ignore[arg-type]
    for call in calls:
        with pytest.raises(ParseError) as info:
            call()
        assert type(info.value) is ParseTypeError
        assert info.value.source


def test_the_type_errors_are_caught_by_their_parent() -> None:
    assert issubclass(ParseTypeError, ParseError)
    assert issubclass(LexiconTypeError, LexiconError)
    assert issubclass(ReportTypeError, ReportError)


def test_an_unknown_node_is_a_key_error_that_says_what_to_do() -> None:
    with pytest.raises(KeyError) as info:
        A.node("sec1.p1.s1.c3")
    assert isinstance(info.value, NodeNotFoundError)
    assert info.value.id == "sec1.p1.s1.c3"
    assert (
        str(info.value)
        == "no node 'sec1.p1.s1.c3' in this statement; did you mean 'sec1.p1.s1.c1'?"
    )
    again = pickle.loads(pickle.dumps(info.value))
    assert (type(again), str(again), again.id) == (
        NodeNotFoundError,
        str(info.value),
        info.value.id,
    )


def test_a_bad_option_names_the_allowed_values() -> None:
    with pytest.raises(ReportError, match="only must be one of 'changed', 'all', not 'bogus'"):
        D.to_text(only="bogus")  # type: ignore[arg-type]
    with pytest.raises(ReportError, match="matrix must be one of 'topics', 'entities', not 'x'"):
        S.to_text(matrix="x")  # type: ignore[arg-type]
    with pytest.raises(ReportTypeError, match="takes color, only, not matrix"):
        render(D, "text", matrix="topics")


def test_every_option_value_that_is_allowed_still_works() -> None:
    for only in ("changed", "all"):
        assert D.to_text(only=only)
        assert D.to_markdown(only=only)
        assert D.to_html(only=only)
        for matrix in ("topics", "entities"):
            assert S.to_text(only=only, matrix=matrix)
            assert S.to_markdown(only=only, matrix=matrix)
            assert S.to_html(only=only, matrix=matrix)
            assert S.to_csv(matrix=matrix, clauses=True)
    assert D.to_json(indent=0)
    assert D.to_json(indent=None) == D.to_json()


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_a_deeply_nested_lexicon_file_is_a_lexicon_error(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"deep{suffix}"
    path.write_text(("a = " if suffix == ".toml" else "") + "[" * 100_000, "utf-8")
    with pytest.raises(LexiconError, match="nested too deeply"):
        Lexicon.load(path)


def test_a_strategy_argument_error_is_what_hypothesis_users_catch() -> None:
    with pytest.raises(InvalidArgument, match="min_paragraphs"):
        statement_texts(min_paragraphs=0)
    assert issubclass(StrategyArgumentError, StatementDiffError)
    assert issubclass(StrategyArgumentError, ValueError)
