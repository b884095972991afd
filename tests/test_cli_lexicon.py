"""``--lexicon FILE`` on parse, compare and series: the user's data reaches every stage."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from statementdiff.cli import main

A = "The Cmte. Chair met Freedonia officials. We toast the accord and toast the partners.\n"
B = "The Cmte. Chair met Freedonia envoys. We toast the accord and toast the partners.\n"
LEXICON = (
    '[abbreviations]\nnever = ["Cmte"]\n\n'
    "[verbs]\ntoast = {}\n\n"
    '[entity."Freedonia"]\nkind = "country"\n'
)


@pytest.fixture
def paths(tmp_path: Path) -> tuple[str, str, str]:
    (tmp_path / "a.txt").write_text(A, "utf-8")
    (tmp_path / "b.txt").write_text(B, "utf-8")
    (tmp_path / "mine.toml").write_text(LEXICON, "utf-8")
    return str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "mine.toml")


def _json(capsys: pytest.CaptureFixture[str]) -> Any:
    return json.loads(capsys.readouterr().out)


def _sentences(statement: Any) -> list[str]:
    return [
        s["text"] for sec in statement["sections"] for b in sec["blocks"] for s in b["sentences"]
    ]


def _clauses(statement: Any) -> list[Any]:
    return [c for sec in statement["sections"] for b in sec["blocks"] for s in b["sentences"]
            for c in s["clauses"]]  # fmt: skip


def test_parse_lexicon_changes_sentences_clauses_and_entities(
    paths: tuple[str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    a, _, mine = paths
    assert main(["parse", a, "--format", "json"]) == 0
    plain = _json(capsys)
    assert _sentences(plain)[0] == "The Cmte."
    assert main(["parse", a, "--format", "json", "--lexicon", mine]) == 0
    layered = _json(capsys)
    assert _sentences(layered)[0] == "The Cmte. Chair met Freedonia officials."
    clauses = _clauses(layered)
    assert [c["predicate"] for c in clauses[1:]] == ["toast", "toast"]
    assert [e["name"] for e in clauses[0]["entities"]] == ["Freedonia"]


def test_compare_lexicon_adds_an_entity_to_the_report(
    paths: tuple[str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, mine = paths
    assert main(["compare", a, b, "--format", "json"]) == 1
    assert "Freedonia" not in [e["name"] for e in _json(capsys)["entities"]]
    assert main(["compare", a, b, "--format", "json", "--lexicon", mine]) == 1
    assert "Freedonia" in [e["name"] for e in _json(capsys)["entities"]]


def test_series_lexicon_reaches_the_coverage(
    paths: tuple[str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, mine = paths
    assert main(["series", a, b, "--format", "json", "--lexicon", mine]) == 1
    series = _json(capsys)
    assert "Freedonia" in [row["name"] for row in series["entity_coverage"]]


def test_lexicon_is_repeatable_and_bad_files_exit_2(
    paths: tuple[str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, _, mine = paths
    more = tmp_path / "more.toml"
    more.write_text('[abbreviations]\nnever = ["officials"]\n', "utf-8")
    assert main(["parse", a, "--format", "json", "--lexicon", mine, "--lexicon", str(more)]) == 0
    assert _sentences(_json(capsys)) == [A.strip()]
    bad = tmp_path / "bad.toml"
    bad.write_text("[verbs]\ntoast = { colour = 1 }\n", "utf-8")
    assert main(["compare", a, a, "--lexicon", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.toml" in err
    assert "unknown field" in err


GRAMMAR_AND_ACTORS = (
    '[grammar]\nmodals = ["ought"]\nauxiliaries = ["ought"]\n\n'
    '[actors]\ntitles = ["Chancellor-designate"]\n'
)


def test_parse_lexicon_grammar_adds_a_modal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "g.txt"
    text.write_text("We reaffirm the alliance, and the envoys ought to meet annually.\n", "utf-8")
    mine = tmp_path / "mine.toml"
    mine.write_text(GRAMMAR_AND_ACTORS, "utf-8")
    assert main(["parse", str(text), "--format", "json"]) == 0
    assert [c["actor"] for c in _clauses(_json(capsys))] == ["We"]
    assert main(["parse", str(text), "--format", "json", "--lexicon", str(mine)]) == 0
    clauses = _clauses(_json(capsys))
    assert [(c["text"], c["actor"]) for c in clauses] == [
        ("We reaffirm the alliance", "We"),
        ("the envoys ought to meet annually.", "the envoys"),
    ]


def test_compare_lexicon_actors_title_labels_a_change_of_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Chancellor-designate Klee discussed trade with the allies.\n", "utf-8")
    b.write_text("Chancellor-designate Moll discussed trade with the allies.\n", "utf-8")
    mine = tmp_path / "mine.toml"
    mine.write_text(GRAMMAR_AND_ACTORS, "utf-8")

    def kinds() -> list[str]:
        return [c["kind"] for p in _json(capsys)["pairs"] for c in p["changes"]]

    assert main(["compare", str(a), str(b), "--format", "json"]) == 1
    assert "actor-changed" not in kinds()
    assert main(["compare", str(a), str(b), "--format", "json", "--lexicon", str(mine)]) == 1
    assert "actor-changed" in kinds()


def test_a_malformed_grammar_table_exits_2_naming_file_and_key(
    paths: tuple[str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, _, _ = paths
    bad = tmp_path / "bad.toml"
    bad.write_text('[grammar]\nmodals = ["Ought"]\n', "utf-8")
    assert main(["parse", a, "--lexicon", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.toml" in err
    assert "grammar.modals" in err
