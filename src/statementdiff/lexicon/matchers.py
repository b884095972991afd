"""Compiled phrase matchers: one regular expression per lexicon table.

Every printed form of every entry becomes one alternative of a single pattern,
longest first, so that a scan finds the longest phrase at each position
("South China Sea" before "China", "Taiwan Strait" before "Taiwan").
Matching is on whole words (CJK text has none: there a phrase may touch its neighbours);
a straight apostrophe also matches a curly one.
A matcher may also be told title words: a name of the ``titled`` keys written right before
one ("Singapore Joint Statement", "Camp David Principles") is part of a document's or
meeting's title and is not yielded, unless a hyphen joins it to the name before it
("U.S.-Japan Summit" still names Japan).

A matcher compiles its pattern on first use, and only the forms a text can hold: those
whose first word starts one of the text's words (see :class:`PhraseMatcher`), because
compiling every form of a table costs more than scanning a short text with it.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from string import ascii_lowercase

__all__ = ["Hit", "PhraseMatcher", "form_pattern"]

_APOSTROPHES = "['\u2019\u02bc]"
_HYPHENS = "[-\u2010\u2011\u2013]"
_HYPHEN_CHARS = "-\u2010\u2011\u2013"
_CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_RANGES = (
    ("\u1100", "\u11ff"),
    ("\u3040", "\u30ff"),
    ("\u3130", "\u318f"),
    ("\u3400", "\u4dbf"),
    ("\u4e00", "\u9fff"),
    ("\uac00", "\ud7af"),
    ("\uf900", "\ufaff"),
)
"""The ranges of :data:`_CJK`, for telling whether a text holds a CJK character at all."""
_NOT_AFTER_WORD = rf"(?<![^\W{_CJK}])"
_NOT_BEFORE_WORD = rf"(?![^\W{_CJK}])"
"""Whole words, except that CJK text has no word boundaries: a phrase may touch a Han, kana
or hangul character ("中国の", "북한은"), never a Latin letter or digit."""
_NOT_AFTER_LATIN_WORD = r"(?<!\w)"
_NOT_BEFORE_LATIN_WORD = r"(?!\w)"
"""The same boundaries for a text without CJK characters, where they mean the same thing:
compiling the CJK ranges costs ~1.5 ms a boundary (``re`` walks every character of a range
in Python), more than the rest of a short pattern."""
_ASCII_FOLD = re.compile(r"[a-z0-9]", re.IGNORECASE)  # what a case-blind ASCII form's head matches


@dataclass(frozen=True, slots=True)
class Hit:
    """One match of a lexicon phrase.

    Attributes:
        key: The canonical entry the phrase belongs to.
        start: Absolute start offset in the scanned string.
        end: Absolute end offset (exclusive).
        text: The words as written.
    """

    key: str
    start: int
    end: int
    text: str


def form_pattern(form: str) -> str:
    r"""The regular expression of one printed form.

    Words match across any run of whitespace, apostrophes and hyphens match their
    typographic variants, and a trailing ``*`` matches any word ending.

    Args:
        form: A phrase as written in a lexicon file.

    Returns:
        A regular expression (without word boundaries).

    Examples:
        >>> form_pattern("Korean Peninsula")
        'Korean\\s+Peninsula'
    """
    wildcard = form.endswith("*")
    body = form[:-1] if wildcard else form
    words = []
    for word in body.split():
        escaped = re.escape(word).replace("'", _APOSTROPHES).replace(r"\-", _HYPHENS)
        words.append(escaped)
    pattern = r"\s+".join(words)
    return pattern + r"\w*" if wildcard else pattern


@dataclass(frozen=True, slots=True)
class _Layout:
    """How :func:`_compile_forms` groups a table's forms (decided on all of them).

    Attributes:
        lookahead_only: Every form goes in a look-ahead group.
        heads: Each look-ahead group (by its lower-cased first character) → the characters
            its look-ahead admits: the first characters of all its forms, in either case
            for a case-blind form. A pattern of some of the forms keeps these heads, so
            that it admits at each place exactly what the pattern of all the forms does.
    """

    lookahead_only: bool
    heads: dict[str, frozenset[str]]


def _head_chars(first: str, flag: bool) -> set[str]:
    return {first} if flag else {first.lower(), first.upper()}


def _layout(forms: Iterable[tuple[str, bool]]) -> _Layout:
    """The grouping of ``forms`` (see :func:`_compile_forms`)."""
    forms = list(forms)
    literal = False
    heads: dict[str, set[str]] = {}
    for form, flag in forms:
        first = form[0]
        if first.isascii() and first.isalnum():
            literal = True
        else:
            heads.setdefault(first.lower(), set()).update(_head_chars(first, flag))
    # the characters themselves ("ß".upper() is "SS")
    chars = "".join(c for group in heads.values() for c in group)
    lookahead_only = literal and any(_ASCII_FOLD.fullmatch(c) for c in chars)
    if lookahead_only:
        heads = {}
        for form, flag in forms:
            heads.setdefault(form[0].lower(), set()).update(_head_chars(form[0], flag))
    return _Layout(lookahead_only, {k: frozenset(v) for k, v in heads.items()})


def _compile_forms(
    forms: list[tuple[str, bool]],
    indices: Sequence[int] | None = None,
    *,
    cjk: bool = True,
    layout: _Layout | None = None,
) -> re.Pattern[str] | None:
    """One pattern for ``(form, case_sensitive)`` pairs, longest first; None for none.

    ``indices`` numbers the forms (their place among all the forms of a matcher when the
    pattern holds only some of them; ``0, 1, ...`` when None) and ``layout`` is then the
    grouping of all of them (:func:`_layout`); ``cjk=False`` uses the word boundaries
    that are right only for text without CJK characters.

    At every position the regular expression engine tries the alternatives in order and
    keeps the first that matches, so the order (longest form first) decides which phrase
    wins. Alternatives are grouped by their first character, so that the engine skips a
    group whose first character is not the one in the text:

    * A form starting with an ASCII letter or digit goes in the group of that exact
      character, as a literal followed by the rest of the form; a case-blind form goes in
      the groups of both cases of its first character. Each alternative ends in an empty
      group named ``g<k>`` (``h<k>`` in the group of the other case), ``k`` being its place
      in ``forms``: ``Match.lastgroup`` names the form that matched. The engine skips a
      group opened by a literal in one step, and an alternative that starts with a literal
      (the group is at its end) the same way.
    * Any other form (a quote, a non-ASCII letter) goes, wrapped in its named group, in a
      group headed by a look-ahead for its first character in either case, as all groups
      were before.

    Both groupings keep the alternatives of one first character in order, and no
    character opens two groups, so the pattern matches exactly what one alternative per
    form in order would. When a look-ahead group's first characters include one that a
    case-blind ASCII letter matches (``\u212a`` Kelvin sign for ``k``, ``\u0131`` dotless
    i's capital ``I``), the groups could overlap, so every form goes in look-ahead groups.
    A look-ahead admits the first characters of all the forms of its group: a form whose
    first character's cases are odd (a case-blind Kelvin sign matches ``K``, but its
    cases are ``k`` and itself) matches at ``K`` only when another form of its group
    starts with ``K``.
    """
    numbers = range(len(forms)) if indices is None else indices
    if layout is None:
        layout = _layout(forms)
    literal: dict[str, list[str]] = {}
    lookahead: dict[str, list[str]] = {}
    for index, (form, flag) in zip(numbers, forms, strict=True):
        first = form[0]
        body = form_pattern(form)
        if not layout.lookahead_only and first.isascii() and first.isalnum():
            rest = body[1:] if flag else f"(?i:{body[1:]})"
            cases = [first] if flag else sorted({first.lower(), first.upper()}, reverse=True)
            for name, char in zip("gh", cases, strict=False):
                literal.setdefault(char, []).append(f"{rest}(?P<{name}{index}>)")
        else:
            named = f"(?P<g{index}>{body})" if flag else f"(?P<g{index}>(?i:{body}))"
            lookahead.setdefault(first.lower(), []).append(named)
    branches = [f"{re.escape(c)}(?:{'|'.join(parts)})" for c, parts in sorted(literal.items())]
    for lead, parts in sorted(lookahead.items()):
        head = "[" + "".join(re.escape(c) for c in sorted(layout.heads[lead])) + "]"
        branches.append(f"(?={head})(?:{'|'.join(parts)})")
    if not branches:
        return None
    after = _NOT_AFTER_WORD if cjk else _NOT_AFTER_LATIN_WORD
    before = _NOT_BEFORE_WORD if cjk else _NOT_BEFORE_LATIN_WORD
    return re.compile(after + "(?:" + "|".join(branches) + ")" + before)


def _case_sensitive(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


_RUN = re.compile(r"[a-z0-9]+")
_HEAD = re.compile(r"[A-Za-z0-9]+")
_FOLDED: dict[str, str] = {}
"""A non-ASCII character → the ASCII letter that a case-blind pattern letter matches it as
(Kelvin sign → ``k``, long s → ``s``, dotless i and dotted capital I → ``i``), or a space."""


@functools.cache
def _letter_patterns() -> tuple[re.Pattern[str], ...]:
    """``(?i:a)`` to ``(?i:z)``: what a case-blind pattern letter matches, asked of ``re``."""
    return tuple(re.compile(f"(?i:{a})") for a in ascii_lowercase)


def _fold_char(char: str) -> str:
    """The ASCII letter a case-blind ``re`` letter matches ``char`` as, else a space."""
    folded = _FOLDED.get(char)
    if folded is None:
        patterns = zip(ascii_lowercase, _letter_patterns(), strict=True)
        found = (a for a, pattern in patterns if pattern.match(char))
        folded = _FOLDED.setdefault(char, next(found, " "))
    return folded


def _is_cjk(char: str) -> bool:
    return any(low <= char <= high for low, high in _CJK_RANGES)


@dataclass(frozen=True, slots=True)
class _Words:
    """What a text can hold, for choosing the forms to compile.

    Attributes:
        runs: The text's runs of ASCII letters and digits, sorted and without repeats, with
            every character that a case-blind pattern letter matches folded to that letter
            in lower case and every other character a separator.
        cjk: Whether the text holds a CJK character.
        letters: The length of all runs together.
    """

    runs: list[str]
    cjk: bool
    letters: int

    def start_with(self, head: str) -> bool:
        """Whether a run starts with ``head``."""
        at = bisect.bisect_left(self.runs, head)
        return at < len(self.runs) and self.runs[at].startswith(head)


_WORDS: dict[str, _Words] = {}
_WORDS_KEPT = 8
_WORDS_LOCK = threading.Lock()


def _words(text: str) -> _Words:
    """The :class:`_Words` of ``text`` (the last few texts are remembered)."""
    found = _WORDS.get(text)
    if found is None:
        if text.isascii():
            folded, cjk = text.lower(), False
        else:
            chars = [c for c in set(text) if not c.isascii()]
            folded = text
            for char in chars:  # a few characters: faster than str.translate over the text
                folded = folded.replace(char, _fold_char(char))
            folded = folded.lower()
            cjk = any(_is_cjk(c) for c in chars)
        runs = sorted(set(_RUN.findall(folded)))
        found = _Words(runs, cjk, sum(map(len, runs)))
        with _WORDS_LOCK:  # threads share the memory: one of them trims it at a time
            while len(_WORDS) >= _WORDS_KEPT:
                del _WORDS[next(iter(_WORDS))]
            _WORDS[text] = found
    return found


@dataclass(frozen=True, slots=True)
class _Compiled:
    """The pattern a matcher scans with, and what it covers.

    Attributes:
        forms: The places of the forms in the pattern (all of them once ``full``).
        cjk: Whether the pattern has the word boundaries of CJK text (true once ``full``).
        pattern: The pattern; None when it would hold no form.
        spent: How many forms the matcher has compiled so far, over all its patterns.
        full: Whether the pattern holds every form (it serves any text from then on).
    """

    forms: frozenset[int]
    cjk: bool
    pattern: re.Pattern[str] | None
    spent: int
    full: bool


_LONG_TEXT = 8_000
"""A text of this many characters or more gets the whole table compiled at once: it holds
the first words of more than :data:`_FULL_SHARE` of nearly every table (measured on the
corpus; every statement of 20,000 characters or more does)."""

_FULL_SHARE = 0.25
"""A text whose forms (with those compiled before) are more than this share of a table's
forms gets the whole table compiled: a statement of a few thousand words holds most of a
table's first words, and one full pattern serves every later text."""

_FULL_SPENT = 1.0
"""A matcher that would compile more than this many times its table's forms in all (over
the patterns it widened) compiles the whole table instead: with the full pattern compiled
last, a matcher compiles at most about twice what the table holds, over any texts."""


class PhraseMatcher:
    """Find the phrases of one lexicon table in text, longest match first.

    The pattern is compiled on first use. Compiling a table costs more than scanning a
    short text with it (the entities table: ~20 ms), so a matcher first compiles only the
    forms whose first word (its leading ASCII letters and digits) starts one of the
    text's words: at each place of the text the pattern tries its forms in the same
    order and keeps the first that matches, so leaving out forms that match nowhere in
    the text changes no hit. Such a pattern also serves any later text that needs no other
    form; otherwise the forms are added. Once that would compile more than a quarter of
    the table (:data:`_FULL_SHARE`), or more forms in all than the table holds, the whole
    table is compiled, once; so a long-lived process compiles at most about twice what
    one full compile costs, and a short text a few forms.

    Args:
        entries: ``(key, form, case_sensitive)`` triples; ``case_sensitive=None``
            means "only when the form is written in capitals" (US, ROK, WHO).
        shared: When true, a form listed under several keys names all of them
            and yields one hit per key, in entry order ("East and South China
            Seas" names both seas); when false, a later entry wins.
        titles: Title words, matched as written ("Joint Statement", "Declaration").
        titled: The keys whose names are not yielded right before a title word.
        ignore: ``(form, case_sensitive)`` pairs that are matched like the entries but
            yield nothing, so no entry matches inside them ("of intent to" hides the
            hedge "intent to" in "letters of intent to").
    """

    __slots__ = (
        "_always",
        "_compiled",
        "_forms",
        "_heads",
        "_keys",
        "_last",
        "_layout",
        "_lock",
        "_title",
        "_title_forms",
        "_titled",
    )

    def __init__(
        self,
        entries: Iterable[tuple[str, str, bool | None]],
        *,
        shared: bool = False,
        titles: Iterable[str] = (),
        titled: Iterable[str] = (),
        ignore: Iterable[tuple[str, bool | None]] = (),
    ) -> None:
        self._title_forms = sorted(set(titles), key=lambda form: (-len(form), form))
        self._title: re.Pattern[str] | None = None
        self._titled = frozenset(titled)
        seen: dict[tuple[str, bool], tuple[str, ...]] = {}
        for key, form, sensitive in entries:
            flag = _case_sensitive(form) if sensitive is None else sensitive
            before = seen.get((form, flag), ()) if shared else ()
            seen[(form, flag)] = before if key in before else (*before, key)
        for form, sensitive in ignore:
            flag = _case_sensitive(form) if sensitive is None else sensitive
            seen.setdefault((form, flag), ())
        ordered = sorted(seen.items(), key=lambda item: (-len(item[0][0]), item[0][0], item[0][1]))
        # the k-th alternative of the pattern is named g<k> or h<k> (see _compile_forms)
        self._keys: tuple[tuple[str, ...], ...] = tuple(keys for _, keys in ordered)
        self._forms: tuple[tuple[str, bool], ...] = tuple(form for form, _ in ordered)
        heads: dict[str, list[int]] = {}
        always: list[int] = []
        for index, (form, _flag) in enumerate(self._forms):
            head = _HEAD.match(form)
            if head is None:  # a quote, a non-ASCII letter: compiled for every text
                always.append(index)
            else:
                heads.setdefault(head.group().lower(), []).append(index)
        self._heads: dict[str, tuple[int, ...]] = {
            head: tuple(indices) for head, indices in heads.items()
        }
        self._always = frozenset(always)
        self._layout: _Layout | None = None
        self._compiled = _Compiled(frozenset(), False, None, 0, full=False)
        self._last: tuple[str, re.Pattern[str] | None] | None = None
        self._lock = threading.Lock()

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        """Yield the matches in ``text[start:end]`` in text order, with absolute offsets."""
        pattern = self._pattern_for(text)
        if pattern is None:
            return
        stop = len(text) if end is None else end
        for match in pattern.finditer(text, start, stop):
            group = match.lastgroup
            if group is None:  # pragma: no cover - every alternative is a named group
                continue
            titled = self._in_title(text, match.start(), match.end(), start, stop)
            for key in self._keys[int(group[1:])]:
                if not (titled and key in self._titled):
                    yield Hit(key, match.start(), match.end(), match.group())

    def _pattern_for(self, text: str) -> re.Pattern[str] | None:
        """A pattern that holds every form that can match somewhere in ``text``."""
        compiled = self._compiled
        if compiled.full:
            return compiled.pattern
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        if len(text) >= _LONG_TEXT:
            return self._widen(None, cjk=True).pattern
        words = _words(text)
        forms = set(self._always)
        heads = self._heads
        if words.letters < len(heads):  # a short text: look its words' beginnings up
            for run in words.runs:
                for end in range(1, len(run) + 1):
                    forms.update(heads.get(run[:end], ()))
        else:
            for head, indices in heads.items():
                if words.start_with(head):
                    forms.update(indices)
        if not forms <= compiled.forms or (words.cjk and not compiled.cjk):
            compiled = self._widen(forms, cjk=words.cjk)
        self._last = (text, compiled.pattern)
        return compiled.pattern

    def _widen(self, forms: set[int] | None, *, cjk: bool) -> _Compiled:
        """Compile ``forms`` with those compiled so far (every form for None; see the class)."""
        with self._lock:
            compiled = self._compiled
            if compiled.full or (
                forms is not None and forms <= compiled.forms and (compiled.cjk or not cjk)
            ):
                return compiled
            total = len(self._forms)
            union = set(range(total)) if forms is None else compiled.forms | forms
            full = len(union) > _FULL_SHARE * total
            full = full or compiled.spent + len(union) > _FULL_SPENT * total
            indices = range(total) if full else sorted(union)
            cjk = full or compiled.cjk or cjk
            if self._layout is None:
                self._layout = _layout(self._forms)
            forms_in = [self._forms[i] for i in indices]
            pattern = _compile_forms(forms_in, indices, cjk=cjk, layout=self._layout)
            spent = compiled.spent + len(indices)
            compiled = _Compiled(frozenset(indices), cjk, pattern, spent, full=full)
            self._compiled = compiled
            return compiled

    def _in_title(self, text: str, at: int, to: int, start: int, stop: int) -> bool:
        """True when the name at ``text[at:to]`` stands right before a title word."""
        if not self._title_forms or (at > start and text[at - 1] in _HYPHEN_CHARS):
            return False
        if self._title is None:
            forms = "|".join(map(form_pattern, self._title_forms))
            self._title = re.compile(r"\s+(?:" + forms + r")(?!\w)")
        return self._title.match(text, to, stop) is not None
