"""Every command and every option of the command line says what it does."""

from __future__ import annotations

import argparse

import pytest

from statementdiff.cli import _build_parser, main


def _parsers() -> list[tuple[str, argparse.ArgumentParser]]:
    """The top-level parser and each subcommand's parser, by name."""
    root = _build_parser()
    found = [("statementdiff", root)]
    for action in root._actions:
        if isinstance(action, argparse._SubParsersAction):
            found += [(f"statementdiff {name}", sub) for name, sub in action.choices.items()]
    return found


def _options() -> list[tuple[str, argparse.Action]]:
    return [
        (f"{name} {'/'.join(action.option_strings) or action.dest}", action)
        for name, parser in _parsers()
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction)
    ]


def test_there_are_subcommands_to_walk() -> None:
    names = {name for name, _ in _parsers()}
    assert {"statementdiff parse", "statementdiff compare", "statementdiff series"} <= names
    assert len(_options()) > 40


@pytest.mark.parametrize(("name", "action"), _options(), ids=[n for n, _ in _options()])
def test_every_option_has_help(name: str, action: argparse.Action) -> None:
    assert isinstance(action.help, str), name
    assert action.help.strip(), name
    assert action.help != argparse.SUPPRESS, name


def test_every_subcommand_has_help() -> None:
    root = _build_parser()
    sub = next(a for a in root._actions if isinstance(a, argparse._SubParsersAction))
    helped = {choice.dest: choice.help for choice in sub._choices_actions}
    assert set(helped) == set(sub.choices)
    assert all(text and text.strip() for text in helped.values()), helped


def test_help_output_names_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["series", "--help"])
    out = capsys.readouterr().out
    assert "--matrix {topics,entities}" in out
    assert "coverage matrix" in out
