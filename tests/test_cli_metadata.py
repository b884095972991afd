"""CLI metadata options: titles, dates and parties for the two sides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from statementdiff.cli import main

TEXT_A = "We reaffirm our Alliance and welcome the talks.\n\nWe oppose coercion.\n"
TEXT_B = "We oppose coercion.\n\nWe reaffirm our Alliance and strongly welcome the talks.\n"


@pytest.fixture
def dated_files(tmp_path: Path) -> tuple[str, str]:
    a = tmp_path / "us-japan-2021-04-16-statement.txt"
    b = tmp_path / "us-rok-2021-05-21-statement.txt"
    a.write_text(TEXT_A, "utf-8")
    b.write_text(TEXT_B, "utf-8")
    return str(a), str(b)


def _json_report(args: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main([*args, "--format", "json"]) == 1
    report: dict[str, object] = json.loads(capsys.readouterr().out)
    return report


def test_titles_dates_and_parties_reach_the_report(
    dated_files: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = dated_files
    report = _json_report(
        [
            "compare",
            a,
            b,
            "--a-title",
            "U.S.-Japan",
            "--b-title",
            "U.S.-ROK",
            "--a-parties",
            "United States, Japan",
            "--b-parties",
            "United States,Republic of Korea,",
            "--b-date",
            "2021-06-01",
        ],
        capsys,
    )
    side_a, side_b = report["a"], report["b"]
    assert isinstance(side_a, dict)
    assert isinstance(side_b, dict)
    assert (side_a["title"], side_b["title"]) == ("U.S.-Japan", "U.S.-ROK")
    assert side_a["parties"] == ["United States", "Japan"]
    assert side_b["parties"] == ["United States", "Republic of Korea"]
    assert side_a["date"] == "2021-04-16"  # from the file name
    assert side_b["date"] == "2021-06-01"  # given explicitly, wins over the file name


def test_we_resolves_to_the_given_parties(
    dated_files: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = dated_files
    report = _json_report(["compare", a, b, "--a-parties", "United States,Japan"], capsys)
    side_a = report["a"]
    assert isinstance(side_a, dict)
    clause = side_a["sections"][0]["blocks"][0]["sentences"][0]["clauses"][0]
    assert clause["actor"] == "We"
    assert clause["parties"] == ["United States", "Japan"]


def test_an_impossible_date_is_exit_2(
    dated_files: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = dated_files
    assert main(["compare", a, b, "--a-date", "2021-02-30"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("statementdiff: error: date '2021-02-30'")
    assert err.count("\n") == 1


def test_encoding_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("We reaffirm our commitment to café diplomacy.\n".encode("cp1252"))
    assert main(["parse", str(latin)]) == 2
    err = capsys.readouterr().err
    assert "not valid utf-8" in err
    assert "--encoding" in err
    assert main(["parse", str(latin), "--encoding", "cp1252"]) == 0
    assert "café diplomacy" in capsys.readouterr().out
    assert main(["compare", str(latin), str(latin), "--encoding", "cp1252"]) == 0
    assert main(["series", str(latin), str(latin), "--encoding", "cp1252"]) == 0


def test_parse_takes_metadata_and_the_date_in_the_file_name(
    dated_files: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    a, _ = dated_files
    assert main(["parse", a, "--format", "json", "--title", "T", "--parties", "US,Japan"]) == 0
    statement = json.loads(capsys.readouterr().out)
    assert (statement["title"], statement["date"]) == ("T", "2021-04-16")
    assert statement["parties"] == ["US", "Japan"]


def test_parse_reads_a_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    monkeypatch.setenv("STATEMENTDIFF_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "s-2022-05-21.html").write_text(
        "<title>Statement | Site</title><p>We reaffirm our Alliance.</p>", "utf-8"
    )

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/s-2022-05-21.html"
        assert main(["parse", url, "--format", "json", "--no-cache", "--allow-private"]) == 0
    finally:
        server.shutdown()
        server.server_close()
    statement = json.loads(capsys.readouterr().out)
    assert statement["format"] == "html"
    assert (statement["title"], statement["date"]) == ("Statement", "2022-05-21")
    assert statement["source"] == url
