"""The correspondence scorer (benchmarks/correspondence/score.py) and the gold files it reads."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from statementdiff import compare, parse

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT / "benchmarks" / "correspondence" / "score.py"
GOLD = ROOT / "benchmarks" / "correspondence" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("correspondence_score", SCORER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


score = _scorer()


def _gold(tmp_path: Path, links: list[dict[str, object]]) -> object:
    path = tmp_path / "toy.json"
    path.write_text(
        json.dumps(
            {
                "pair": "toy",
                "split": "dev",
                "a": "a.txt",
                "b": "b.txt",
                "units": {"a": [[0, 10, ""], [11, 20, ""]], "b": [[0, 5, ""], [6, 30, ""]]},
                "links": links,
            }
        ),
        encoding="utf-8",
    )
    return score.load_gold(path)


def test_precision_counts_sure_and_possible_recall_counts_sure_only(tmp_path: Path) -> None:
    gold = _gold(
        tmp_path,
        [
            {"a": 0, "b": 0, "kind": "S"},
            {"a": 1, "b": 1, "kind": "P"},
            {"a": 1, "b": 0, "kind": "S"},
        ],
    )
    s = score.score({(0, 0), (1, 1), (0, 1)}, gold)
    assert (s.predicted, s.correct, s.sure, s.found_sure) == (3, 2, 2, 1)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(1 / 2)


def test_a_link_out_of_range_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="out of range"):
        _gold(tmp_path, [{"a": 2, "b": 0, "kind": "S"}])


def test_units_are_found_by_offset() -> None:
    units = ((0, 10), (11, 20), (25, 30))
    assert [score.unit_of(units, k) for k in (0, 9, 10, 11, 19, 22, 25, 30)] == [
        0, 0, None, 1, 1, None, 2, None,
    ]  # fmt: skip


def test_pairs_link_the_sentences_that_hold_their_clauses(tmp_path: Path) -> None:
    a = parse("We reaffirm the Alliance. We oppose coercion.")
    b = parse("We oppose coercion. We reaffirm the Alliance.")
    units_a = [[s.span.start, s.span.end, ""] for s in a.sentences()]
    units_b = [[s.span.start, s.span.end, ""] for s in b.sentences()]
    path = tmp_path / "g.json"
    path.write_text(
        json.dumps(
            {
                "pair": "g",
                "split": "dev",
                "a": "",
                "b": "",
                "units": {"a": units_a, "b": units_b},
                "links": [{"a": 0, "b": 1, "kind": "S"}, {"a": 1, "b": 0, "kind": "S"}],
            }
        ),
        encoding="utf-8",
    )
    gold = score.load_gold(path)
    links = score.predicted_links(compare(a, b), gold)
    assert links == {(0, 1), (1, 0)}
    assert score.score(links, gold).recall == 1.0


GOLD_FILES = sorted(GOLD.glob("*.json"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus beside the repository")
@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_units_still_slice_their_sentences(path: Path) -> None:
    # A gold file records each sentence's span and first characters; if the corpus text or
    # the reader changes under it, the gold no longer means what its annotator meant.
    from statementdiff import parse_file

    raw = json.loads(path.read_text(encoding="utf-8"))
    for side in ("a", "b"):
        text = parse_file(CORPUS / raw[side]).text
        for start, end, head in raw["units"][side]:
            assert " ".join(text[start:end].split()).startswith(" ".join(head.split()))
    links = {(link["a"], link["b"]) for link in raw["links"]}
    assert len(links) == len(raw["links"]), "duplicate links"
    assert {link["kind"] for link in raw["links"]} <= {"S", "P"}
