"""The scope and coded-phrase labels judged correct on held-out corpus pairs are still given.

The judgments are data (``benchmarks/labels/phrases-heldout.json``, with the later judgments
of ``phrases-rejudge-s18.json``); the development pairs' judgments (``phrases-dev.json``, G7
communiqués among them) are left to the benchmark, for time.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from statementdiff import Diff, Statement, compare, parse_file
from statementdiff.lexicon.lexicon import Lexicon

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "labels"
CORPUS = ROOT.parent / "shared" / "corpus"
pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="needs ../shared/corpus beside the repository"
)


def _label(item: dict[str, Any]) -> tuple[Any, ...]:
    return (
        item["a_file"],
        tuple(item["a_ids"]),
        tuple(item["b_ids"]),
        item["kind"],
        item["detail"],
    )


def _items() -> list[dict[str, Any]]:
    """The held-out labels judged correct; a later judgment under the standard protocol
    (``phrases-rejudge-s18.json``) replaces the session-8 one of the same label."""
    data = json.loads((LABELS / "phrases-heldout.json").read_text(encoding="utf-8"))
    later = json.loads((LABELS / "phrases-rejudge-s18.json").read_text(encoding="utf-8"))
    judged = {_label(i): i["judgment"] for i in later["items"]}
    return [i for i in data["items"] if judged.get(_label(i), i["judgment"]) == "correct"]


@cache
def _diff(a_file: str, b_file: str) -> Diff:
    manifest = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))
    parties = {doc["slug"]: tuple(doc.get("parties") or ()) for doc in manifest}

    def load(name: str) -> Statement:  # as benchmarks/labels/sample.py loads a statement
        return parse_file(CORPUS / name, parties=parties.get(name.removesuffix(".txt")) or None)

    return compare(load(a_file), load(b_file), related=False)


@pytest.mark.parametrize(
    "item", _items() if CORPUS.is_dir() else [], ids=lambda i: f"{i['kind']}:{i['detail']}"
)
def test_a_label_judged_correct_is_still_given(item: dict[str, Any]) -> None:
    diff = _diff(item["a_file"], item["b_file"])
    given: set[tuple[tuple[str, ...], tuple[str, ...], str, str | None]] = {
        (p.a, p.b, c.kind, c.detail) for p in diff.pairs for c in p.changes
    }
    # a coded phrase that is also a term of the entity lexicon ("cross-Strait") is labelled
    # once, by the entity rule (session 9): that label says the same
    terms = Lexicon.default().entities
    for p in diff.pairs:
        for c in p.changes:
            words = c.a_text if c.kind == "entity-dropped" else c.b_text
            if c.kind in ("entity-added", "entity-dropped") and words is not None:
                entry = terms.get(words)
                simple = c.detail == f"{words} {c.kind[7:]}"
                if simple and entry is not None and entry.kind == "term":
                    given.add((p.a, p.b, f"phrase-{c.kind[7:]}", f"'{words}' {c.kind[7:]}"))
    assert (tuple(item["a_ids"]), tuple(item["b_ids"]), item["kind"], item["detail"]) in given
