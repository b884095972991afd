"""The brief reads the other side's clauses once per side, not once per one-sided clause.

Checking whether a one-sided clause is said in full by the other side tokenized every
clause of the other side for every one-sided clause: quadratic, 3.0 of 4.6 s of a G7
compare. The count of tokenizer calls is what is checked (no timing).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import statementdiff
from statementdiff.brief import common
from statementdiff.brief import one_sided as one_sided_findings


class _Counting:
    """A pattern that counts its ``findall`` calls."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def findall(self, text: str) -> Any:
        self.calls += 1
        return self.pattern.findall(text)


def _statement(first: str, second: str, n: int) -> statementdiff.Statement:
    """``n`` sentences whose content words occur nowhere else (so none of them pairs)."""
    return statementdiff.parse(" ".join(f"We fund {first}{i} and {second}{i}." for i in range(n)))


def test_one_sided_clauses_are_checked_against_words_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = _statement("kelbor", "vandrel", 30), _statement("mistral", "quenby", 30)
    counting = _Counting(common.WORDS)
    monkeypatch.setattr(one_sided_findings, "WORDS", counting)
    diff = statementdiff.compare(a, b)
    clauses = len(list(a.clauses())) + len(list(b.clauses()))
    one_sided = len(diff.only_a) + len(diff.only_b)
    assert one_sided >= 10  # the case has many one-sided clauses
    # linear: each clause of each side once, each one-sided clause once, a few others;
    # reading the other side per one-sided clause would take one_sided x clauses / 2
    assert counting.calls <= 3 * clauses + one_sided
