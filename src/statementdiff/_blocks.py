"""The hand-over format between the readers and the segmenter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["RawBlock"]


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A heading, paragraph or list item found by a reader.

    ``start``/``end`` is the half-open span of the whole block (marker included)
    in the reader's output text; ``body_start`` is where the prose starts, after
    any printed marker such as ``"3. "`` or ``"(a) "``.
    """

    kind: Literal["heading", "paragraph", "item"]
    start: int
    end: int
    body_start: int
    label: str | None = None
    level: int = 0
