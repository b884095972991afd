"""Protocol lines: who hosts the next meeting, who welcomes or invites whom.

"India will host the next Quad Leaders' Summit in 2024", "We look forward to the next 2+2
Ministerial Dialogue", "Prime Minister Modi welcomed President Biden to India", "…
invited President Biden to visit Japan": such a line arranges a meeting or receives a
visitor. Who speaks it (the host), whether it says "will" and whether it "welcomes" are
protocol, not acts of policy, so a pair with such a line gets no actor, stance, modality,
hedge or negation label; its names, numbers (the year of the next summit) and phrases are
still compared.
"""

from __future__ import annotations

import re

__all__ = ["is_protocol"]

_MEETING = (
    r"(?:summit|meeting|dialogue|visit|2\+2|ministerial|talks|conference|consultations"
    r"|session)"
)
"""Nouns of the meetings a protocol line arranges."""

_PROTOCOL = re.compile(
    r"\b(?:host|hosts|hosted|hosting)\b(?!\s+of\b)"
    rf"|\blook(?:s|ed|ing)? forward to\b[^.;]{{0,60}}?\b{_MEETING}"
    r"|\bwelcom\w* (?:President|Prime Minister|Secretary|Minister)\b[^;]{0,80}?\bto\b"
    r"|\binvit\w*\b[^;]{0,80}?\bto visit\b",
    re.IGNORECASE,
)
"""Hosting (not "a host of"); looking forward to a meeting; welcoming a titled visitor to
a place; inviting one to visit."""


def is_protocol(text: str) -> bool:
    """True when ``text`` arranges a meeting or receives a visitor.

    Examples:
        >>> is_protocol("India will host the next Quad Leaders' Summit in 2024.")
        True
        >>> is_protocol("We look forward to the next Ministerial Dialogue in Tokyo.")
        True
        >>> is_protocol("Prime Minister Modi welcomed President Biden to India.")
        True
        >>> is_protocol("President Yoon welcomes President Joseph R. Biden to the ROK.")
        True
        >>> is_protocol("Prime Minister Ishida invited President Whitcombe to visit Japan.")
        True
        >>> is_protocol("We look forward to deepening our cooperation on clean energy.")
        False
        >>> is_protocol("We welcome the launch of the Quad Fellowship.")
        False
        >>> is_protocol("We face a host of challenges to maritime security.")
        False
    """
    return _PROTOCOL.search(text) is not None
