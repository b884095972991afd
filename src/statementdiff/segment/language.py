"""Which language a statement is written in, from its script: kana → ja, hangul → ko, else en.

Japanese is the only one of the three written with kana, Korean the only one written with
hangul; a text of Latin letters (or of anything else) is read as English. Han characters
alone decide nothing: Japanese mixes them with kana, and Chinese is not supported.

Examples:
    >>> detect_language("We reaffirm our Alliance."), detect_language("日米同盟は揺るぎない。")
    ('en', 'ja')
    >>> detect_language("우리는 동맹을 재확인한다.")
    'ko'
"""

from __future__ import annotations

import functools
import re
from typing import Literal, get_args

__all__ = ["LANGUAGES", "Language", "detect_language", "is_cjk"]

Language = Literal["en", "ja", "ko"]
"""The languages statementdiff reads: English, Japanese, Korean."""

LANGUAGES: tuple[Language, ...] = get_args(Language)
"""The language codes, in order."""


@functools.cache
def _scripts() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Kana, hangul, and any CJK character, compiled on first use.

    ``re`` compiles the ranges character by character (~4 ms), and an ASCII text needs none.
    """
    return (
        re.compile("[\u3041-\u309f\u30a0-\u30ff\uff66-\uff9f]"),
        re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),
        re.compile(
            "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
            "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"
        ),
    )


_SAMPLE = 200_000
"""Characters looked at: enough to decide, bounded for huge inputs."""
_KANA_SHARE = 0.15
"""Least share of kana among all letters (Han included) for a text to be Japanese."""
_HANGUL_SHARE = 0.3
"""Least share of hangul among all letters for a text to be Korean."""


def detect_language(text: str) -> Language:
    """The language of ``text``, by script: "ja" with kana, "ko" with hangul, else "en".

    A text is Japanese when kana are at least 15 % of its letters (Han characters count as
    letters: Japanese prose is 30-60 % kana), Korean when hangul are at least 30 %; anything
    else is English, including English that quotes a Japanese or Korean phrase.

    Args:
        text: The statement text.

    Returns:
        "ja", "ko" or "en".
    """
    sample = text[:_SAMPLE]
    if sample.isascii():  # no kana, no hangul
        return "en"
    kana_pattern, hangul_pattern, _cjk = _scripts()
    kana = len(kana_pattern.findall(sample))
    hangul = len(hangul_pattern.findall(sample))
    if not kana and not hangul:
        return "en"
    letters = sum(1 for char in sample if char.isalpha())
    if kana > hangul and kana >= _KANA_SHARE * letters:
        return "ja"
    if hangul >= kana and hangul >= _HANGUL_SHARE * letters:
        return "ko"
    return "en"


def is_cjk(char: str) -> bool:
    """True for a Han, kana or hangul character.

    Examples:
        >>> is_cjk("中"), is_cjk("한"), is_cjk("a")
        (True, True, False)
    """
    return _scripts()[2].match(char) is not None
