"""Word operations between two appearances of a thread, with spans into their statements."""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

from statementdiff.models import Span, WordOp

__all__ = ["word_ops"]

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_BASE = 0xE000  # first private-use code point


def word_ops(a_text: str, a_start: int, b_text: str, b_start: int) -> tuple[WordOp, ...]:
    """Diff two texts word by word.

    Args:
        a_text: The earlier wording.
        a_start: Where ``a_text`` starts in its statement's text.
        b_text: The later wording.
        b_start: Where ``b_text`` starts in its statement's text.

    Returns:
        Ops whose equal+delete texts join to ``a_text`` and equal+insert texts to ``b_text``.
    """
    codes: dict[str, str] = {}
    tokens: list[str] = []

    def encode(text: str) -> str:
        out = []
        for token in _TOKEN.findall(text):
            code = codes.get(token)
            if code is None:
                code = chr(_BASE + len(tokens))
                codes[token] = code
                tokens.append(token)
            out.append(code)
        return "".join(out)

    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    diffs = engine.diff_main(encode(a_text), encode(b_text), False)
    engine.diff_cleanupSemantic(diffs)
    ops: list[WordOp] = []
    a_at, b_at = a_start, b_start
    for kind, coded in diffs:
        text = "".join(tokens[ord(ch) - _BASE] for ch in coded)
        if kind == 0:
            a_span = Span(start=a_at, end=a_at + len(text))
            b_span = Span(start=b_at, end=b_at + len(text))
            ops.append(WordOp(op="equal", text=text, a=a_span, b=b_span))
            a_at, b_at = a_span.end, b_span.end
        elif kind < 0:
            ops.append(WordOp(op="delete", text=text, a=Span(start=a_at, end=a_at + len(text))))
            a_at += len(text)
        else:
            ops.append(WordOp(op="insert", text=text, b=Span(start=b_at, end=b_at + len(text))))
            b_at += len(text)
    return tuple(ops)
