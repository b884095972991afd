"""How often corpus statements define short forms, and how often later uses resolve.

Usage::

    .venv/bin/python benchmarks/abbreviations_defined.py [--list]

Reads every ``*.txt`` statement of ``../shared/corpus`` and finds the short forms each
defines ("the Strategic Clean Energy Partnership (SCEP)", :mod:`statementdiff.segment.acronyms`).
Prints: statements with a definition; definitions, and how many the lexicon's alias table
already folds (PRC, ROK, ...); uses of the other defined short forms after their definition
(the uses alignment now resolves) and before it; and, across statements, how many other statements
write a defined long name or use the short form without defining it themselves (where a
comparison gains from reading both as one name). ``--list`` prints every definition with
its count (short forms and names only, never corpus sentences).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from statementdiff.lexicon.lexicon import Lexicon
from statementdiff.segment.acronyms import defined_acronyms

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _uses(text: str, short: str) -> list[int]:
    """Offsets of the uses of ``short`` as a word, parenthesised definitions left out."""
    word = re.compile(rf"(?<![\w.]){re.escape(short)}(?!\w)")
    opening = ("(", "(\u201c", '("')
    return [
        m.start()
        for m in word.finditer(text)
        if not text[max(0, m.start() - 3) : m.start()].replace(" ", "").endswith(opening)
    ]


def main() -> int:
    """Print the figures."""
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}: nothing to measure", file=sys.stderr)
        return 2
    aliases = Lexicon.default().alias_table
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
    defined = {slug: defined_acronyms(text) for slug, text in texts.items()}
    n_def = sum(len(d) for d in defined.values())
    in_table = sum(
        1 for d in defined.values() for short in d if aliases.names(short).strip() != short
    )
    later = before = with_later = known = 0
    for slug, found in defined.items():
        text = texts[slug]
        any_later = False
        for short in found:
            if aliases.names(short).strip() != short:
                known += len(_uses(text, short))
                continue
            first = text.find(f"({short})")
            first = text.find(f"(\u201c{short}\u201d)") if first < 0 else first
            offsets = _uses(text, short)
            n_later = sum(1 for o in offsets if o > first)
            later += n_later
            before += sum(1 for o in offsets if o < first)
            any_later = any_later or n_later > 0
        with_later += any_later
    names_elsewhere = short_elsewhere = 0
    for slug, found in defined.items():
        for short, name in found.items():
            for other, text in texts.items():
                if other == slug or short in defined[other]:
                    continue
                names_elsewhere += name.casefold() in text.casefold()
                short_elsewhere += bool(_uses(text, short))
    print(f"statements: {len(texts)}")
    print(f"statements that define a short form: {sum(1 for d in defined.values() if d)}")
    print(f"definitions: {n_def} (already folded by the alias table: {in_table})")
    print(
        f"uses after the definition, newly resolved: {later} in {with_later} statements "
        f"(uses of short forms the alias table already folds: {known})"
    )
    print(f"uses before the definition: {before}")
    print(
        "other statements that write a defined long name without defining it: "
        f"{names_elsewhere} (statement, short form) pairs; that use the short form "
        f"without defining it: {short_elsewhere}"
    )
    if "--list" in sys.argv[1:]:
        counts = Counter((s, n) for d in defined.values() for s, n in d.items())
        for (short, name), count in sorted(counts.items()):
            print(f"{count:3d}  {short} = {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
