"""What every collector of brief findings shares: limits, side names and weight rounding."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["MAX_CLAUSES", "SIDE", "WORDS", "capped", "clamp_weight"]

MAX_CLAUSES = 6
"""Most clause ids a finding lists on one side."""

SIDE = ("A", "B")
"""How a finding's summary names the two sides."""

WORDS = re.compile(r"[\w'\u2019-]+")
"""A word of a clause, apostrophes and hyphens inside it."""


def clamp_weight(x: float) -> float:
    """A finding's weight: ``x`` clamped to [0, 1] and rounded to 4 decimals.

    >>> clamp_weight(1.23456), clamp_weight(0.123456)
    (1.0, 0.1235)
    """
    return round(min(1.0, max(0.0, x)), 4)


def capped(ids: Sequence[str]) -> tuple[str, ...]:
    """The first :data:`MAX_CLAUSES` clause ids of ``ids``."""
    return tuple(ids[:MAX_CLAUSES])
