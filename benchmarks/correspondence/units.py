"""List the sentence units of a corpus statement, numbered, for building correspondence gold.

Usage::

    .venv/bin/python benchmarks/correspondence/units.py us-japan-2023-01-13-joint-statement.txt

Each line is ``index  [start:end]  sentence`` where start/end are offsets into the statement's
text (for a ``.txt`` corpus file: the file's text with line endings normalized). Gold files
record these spans and the first words of each sentence, so a gold file stays valid when the
segmenter later changes: the scorer maps clauses to gold sentences by span, not by index.
"""

from __future__ import annotations

import sys
from pathlib import Path

from statementdiff import parse_file

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def units(name: str) -> list[tuple[int, int, str]]:
    """The sentences of one corpus file as ``(start, end, text)``."""
    statement = parse_file(CORPUS / name)
    return [(s.span.start, s.span.end, s.text) for s in statement.sentences()]


def main(argv: list[str]) -> int:
    """Print the numbered sentence units of each named corpus file."""
    if not argv:
        print(__doc__)
        return 2
    for name in argv:
        print(f"# {name}")
        for k, (start, end, text) in enumerate(units(name)):
            print(f"{k:3d}  [{start}:{end}]  {' '.join(text.split())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
