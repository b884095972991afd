"""The error contract: one family, each raised class also the matching builtin, no leaks.

For every public function, a bad value raises a :class:`StatementDiffError` that is
also a ``ValueError``, and a wrong type raises one that is also a ``TypeError``.
Known leaks in code outside the error family's files are strict xfails: remove the
entry once the function raises the family.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

import pytest

import statementdiff
from _golden import FIXTURES
from statementdiff import (
    CompareError,
    CompareTypeError,
    CompareValueError,
    InputTooLargeError,
    Lexicon,
    LexiconError,
    ParseError,
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
from statementdiff.worddiff import word_diff, word_ops

ROOT = FIXTURES.parent
A = parse("We reaffirm our commitment to peace. We oppose war.")
MISSING = str(FIXTURES / "no-such-file.txt")
TOO_MANY_WORDS = " ".join(f"w{i}" for i in range(140_000))  # more than the code points
BUILTINS = (ValueError, TypeError, KeyError, OSError)
ERRORS = [getattr(errors_module, name) for name in errors_module.__all__]

Call = Callable[[], object]


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)


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
    ("parse-format", lambda: parse("We agree.", format="pdf"), UnsupportedFormatError),  # type: ignore[arg-type]
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
]

BAD_VALUE_LEAKS: dict[str, tuple[Call, str]] = {
    "statement-node": (lambda: A.node("p9.s9"), "Statement.node raises a bare KeyError"),
    "to-text-only": (
        lambda: compare(A, A).to_text(only="some"),  # type: ignore[arg-type]
        "Diff.to_text accepts any only= value without an error",
    ),
    "to-html-only": (
        lambda: compare(A, A).to_html(only="some"),  # type: ignore[arg-type]
        "Diff.to_html accepts any only= value without an error",
    ),
}


def _bad_value_params() -> list[object]:
    params: list[object] = [pytest.param(call, cls, id=name) for name, call, cls in BAD_VALUES]
    for name, (call, reason) in BAD_VALUE_LEAKS.items():
        params.append(pytest.param(call, ValueError, id=name, marks=_xfail(reason)))
    return params


@pytest.mark.parametrize(("call", "expected"), _bad_value_params())
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
]

WRONG_TYPE_LEAKS: dict[str, tuple[Call, str]] = {
    "parse-int": (lambda: parse(3), "parse raises ParseError, a ValueError, for a wrong type"),  # type: ignore[arg-type]
    "parse-title": (
        lambda: parse("We agree.", title=3),  # type: ignore[arg-type]
        "parse raises ParseError, a ValueError, for a wrong type",
    ),
    "parse-max-chars": (
        lambda: parse("We agree.", max_chars="big"),  # type: ignore[arg-type]
        "parse raises ParseError, a ValueError, for a wrong type",
    ),
    "parse-file-int": (
        lambda: parse_file(3),  # type: ignore[arg-type]
        "parse_file raises ParseError, a ValueError, for a wrong type",
    ),
    "lexicon-load-int": (
        lambda: Lexicon.load(3),  # type: ignore[arg-type]
        "Lexicon.load lets a bare TypeError escape",
    ),
    "to-json-indent": (
        lambda: compare(A, A).to_json(indent="x"),  # type: ignore[arg-type]
        "Diff.to_json lets a bare TypeError escape",
    ),
}


def _wrong_type_params() -> list[object]:
    params: list[object] = [pytest.param(call, id=name) for name, call in WRONG_TYPES]
    for name, (call, reason) in WRONG_TYPE_LEAKS.items():
        params.append(pytest.param(call, id=name, marks=_xfail(reason)))
    return params


@pytest.mark.parametrize("call", _wrong_type_params())
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
