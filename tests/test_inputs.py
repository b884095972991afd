"""Odd inputs: devices, FIFOs, standard input, encodings named by the caller, controls late in
the input, and invisible characters (issue 11).

Cases that could hang or eat memory on a regression run in a child process under a time and
memory budget, so a bug fails the test instead of the machine.
"""

from __future__ import annotations

import ast
import contextlib
import os
import resource
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal, TextIO

import pytest
from hypothesis import given
from hypothesis import strategies as st

from statementdiff import InputTooLargeError, ParseError, compare, parse, parse_file
from statementdiff.cli import main
from statementdiff.invisible import INVISIBLE, INVISIBLE_TABLE, strip_invisible
from statementdiff.read import html as html_reader
from statementdiff.read.files import read_path, read_stdin
from statementdiff.strategies import statement_texts

ROOT = Path(__file__).resolve().parent.parent
FIX_A = str(ROOT / "fixtures" / "leaders-2031-a.txt")
CHILD_SECONDS = 60
"""Generous: a child that needs longer has hung."""
CHILD_MEMORY = 1 << 30
"""Address-space limit of a child (1 GiB): reading /dev/zero whole would pass it."""

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")


def _limit_child() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))


def _child(code: str, *, stdin: int | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter under the time and memory budget."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=CHILD_SECONDS,
        preexec_fn=_limit_child,
        stdin=stdin,
        check=False,
    )


# ---------------------------------------------------------------------------
# files that are not regular files


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_is_refused_not_read() -> None:
    result = _child(
        """
        from statementdiff import ParseError, parse_file
        try:
            parse_file("/dev/zero")
        except ParseError as exc:
            print(type(exc).__name__, exc)
        """
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ParseError /dev/zero is a device"), result.stdout


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_refused_before_it_is_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    real_open = os.open

    def spy(path: str, *args: int) -> int:
        opened.append(str(path))
        return real_open(path, *args)

    monkeypatch.setattr(os, "open", spy)
    with pytest.raises(ParseError, match="is a device, not a statement file"):
        parse_file("/dev/null")
    assert opened == []


@posix_only
def test_fifo_without_a_writer_times_out(tmp_path: Path) -> None:
    fifo = tmp_path / "statement.txt"
    os.mkfifo(fifo)
    result = _child(
        f"""
        import statementdiff.read.files as files
        from statementdiff import ParseError, parse_file
        files.DEFAULT_PIPE_TIMEOUT = 0.3
        try:
            parse_file({str(fifo)!r})
        except ParseError as exc:
            print(type(exc).__name__, exc)
        """
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "is a FIFO that did not send all of its input within 0.3 s" in result.stdout


@posix_only
def test_endless_fifo_stops_at_the_limit(tmp_path: Path) -> None:
    fifo = tmp_path / "endless"
    os.mkfifo(fifo)
    result = _child(
        f"""
        import threading
        from statementdiff import InputTooLargeError, parse_file

        def write():
            try:
                with open({str(fifo)!r}, "wb") as out:
                    while True:
                        out.write(b"We agree. " * 6554)
            except (BrokenPipeError, ValueError):
                pass

        threading.Thread(target=write, daemon=True).start()
        try:
            parse_file({str(fifo)!r}, max_chars=100_000)
        except InputTooLargeError as exc:
            print(type(exc).__name__, exc)
        """
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "is more than 100,000 bytes, over the limit of 100,000" in result.stdout


def _write_fifo(fifo: Path, data: bytes) -> threading.Thread:
    def write() -> None:
        try:
            with open(fifo, "wb") as out:
                out.write(data)
        except BrokenPipeError:
            pass

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


@posix_only
def test_fifo_with_a_writer_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "statement.txt"
    os.mkfifo(fifo)
    writer = _write_fifo(fifo, b"We reaffirm our Alliance.\n\nWe welcome the talks.\n")
    statement = parse_file(fifo)
    writer.join(timeout=5)
    assert [c.text for c in statement.clauses()] == [
        "We reaffirm our Alliance.",
        "We welcome the talks.",
    ]


def test_regular_file_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"We agree. " * 200)
    with pytest.raises(InputTooLargeError, match="2,000 bytes, over the limit of 1,000"):
        read_path(path, max_bytes=1_000)
    assert read_path(path, max_bytes=2_000) == b"We agree. " * 200


def test_dash_is_a_file_name_for_parse_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("-").write_text("We agree.", "utf-8")
    assert parse_file("-").text == "We agree."


# ---------------------------------------------------------------------------
# standard input


@pytest.fixture
def pipe_stdin(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """Standard input read from a pipe; yields the pipe's write end (closed afterwards)."""
    read_end, write_end = os.pipe()
    stream = os.fdopen(read_end, "r")
    monkeypatch.setattr(sys, "stdin", stream)
    try:
        yield write_end
    finally:
        stream.close()
        with contextlib.suppress(OSError):
            os.close(write_end)


def test_stdin_pipe_that_never_ends_times_out(pipe_stdin: int) -> None:
    os.write(pipe_stdin, b"We agree.")
    with pytest.raises(ParseError, match="<stdin> is a pipe that did not send all"):
        read_stdin(max_bytes=1_000, timeout=0.3)


def test_stdin_pipe_over_the_limit(pipe_stdin: int) -> None:
    os.write(pipe_stdin, b"x" * 2_000)
    with pytest.raises(InputTooLargeError, match="more than 1,000 bytes"):
        read_stdin(max_bytes=1_000, timeout=5)


def test_stdin_pipe_is_read(pipe_stdin: int) -> None:
    os.write(pipe_stdin, b"We agree.")
    os.close(pipe_stdin)
    assert read_stdin(max_bytes=1_000, timeout=5) == b"We agree."


@pytest.fixture
def feed_stdin(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[bytes], None]]:
    """Make standard input a pipe holding some bytes, its writer already closed."""
    streams: list[TextIO] = []

    def feed(data: bytes) -> None:
        read_end, write_end = os.pipe()
        os.write(write_end, data)  # small: fits the pipe buffer
        os.close(write_end)
        streams.append(os.fdopen(read_end, "r"))
        monkeypatch.setattr(sys, "stdin", streams[-1])

    yield feed
    for stream in streams:
        stream.close()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_parse_reads_stdin(
    feed_stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(b"We reaffirm our Alliance.\n")
    code, out, err = _run(capsys, "parse", "-", "--format", "json")
    assert code == 0, err
    assert '"source": "<stdin>"' in out
    assert '"text": "We reaffirm our Alliance.\\n"' in out


def test_cli_compare_reads_stdin(
    feed_stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(Path(FIX_A).read_bytes())
    assert _run(capsys, "compare", "-", FIX_A)[0] == 0


def test_cli_reads_stdin_only_once(
    feed_stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(Path(FIX_A).read_bytes())
    code, _, err = _run(capsys, "compare", "-", "-")
    assert code == 2
    assert "standard input (-) can be read only once" in err
    code, _, err = _run(capsys, "series", FIX_A, "-", "-")
    assert code == 2
    assert "standard input (-) can be read only once" in err


def test_cli_series_reads_stdin(
    feed_stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    feed_stdin(Path(FIX_A).read_bytes())
    code, _, err = _run(capsys, "series", FIX_A, "-")
    assert code == 0, err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_cli_stdin_device_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with open("/dev/zero") as zero:
        monkeypatch.setattr(sys, "stdin", zero)
        code, _, err = _run(capsys, "parse", "-")
    assert code == 2
    assert err.startswith("statementdiff: error: standard input is a device")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_cli_stdin_terminal_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    main_end, terminal = os.openpty()
    try:
        with os.fdopen(terminal, "r") as tty:
            monkeypatch.setattr(sys, "stdin", tty)
            code, _, err = _run(capsys, "parse", "-")
    finally:
        os.close(main_end)
    assert code == 2
    assert "standard input is a terminal" in err


# ---------------------------------------------------------------------------
# encodings and controls


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_named_encoding_without_bom_is_trusted(codec: str, tmp_path: Path) -> None:
    data = "We reaffirm our Alliance.".encode(codec)
    assert parse(data, encoding=codec).text == "We reaffirm our Alliance."
    path = tmp_path / "s.txt"
    path.write_bytes(data)
    assert parse_file(path, encoding=codec).text == "We reaffirm our Alliance."


def test_utf16_without_bom_and_without_encoding_is_refused_with_a_hint() -> None:
    with pytest.raises(ParseError, match=r"looks binary .*pass encoding=\.\.\. if it is UTF-16"):
        parse("We agree.".encode("utf-16-le"))


LONG = "We reaffirm our commitment to peace. " * 300  # over 8 KB


@pytest.mark.parametrize("as_bytes", [False, True])
def test_nul_after_the_first_8kb_is_binary(as_bytes: bool) -> None:
    text = LONG + "\n\x00We agree."
    data: str | bytes = text.encode() if as_bytes else text
    with pytest.raises(ParseError, match="looks binary") as info:
        parse(data)
    assert info.value.offset == len(LONG) + 1
    assert info.value.line == 2


def test_nul_is_binary_even_with_a_named_encoding() -> None:
    with pytest.raises(ParseError, match="NUL character"):
        parse((LONG + "\x00").encode(), encoding="utf-8")


def test_dense_controls_after_the_first_8kb_are_binary() -> None:
    with pytest.raises(ParseError, match="more than 81 control characters") as info:
        parse(LONG + "\x01\x02" * 50 + " We agree.")
    assert info.value.offset == len(LONG)


def test_a_few_stray_controls_are_text() -> None:
    text = LONG + "We\x0b agree\x1a. " + LONG + "\x7f"
    assert parse(text).text.startswith("We reaffirm")


# ---------------------------------------------------------------------------
# invisible characters


def test_zero_width_space_is_no_change() -> None:
    a = parse("We re\u200baffirm our Alliance.")
    b = parse("We reaffirm our Alliance.")
    assert [c.text for c in a.clauses()] == [c.text for c in b.clauses()]
    assert a.text == b.text
    assert compare(a, b).is_empty


@pytest.mark.parametrize("char", sorted(INVISIBLE), ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize("format", ["text", "html"])
def test_every_invisible_character_is_deleted(char: str, format: Literal["text", "html"]) -> None:
    clean = "We reaffirm our Alliance; we welcome the talks."
    noisy = f"{char}We re{char}affirm our{char} Alliance;{char} we welcome the talks.{char}"
    if format == "html":
        clean, noisy = f"<p>{clean}</p>", f"<p>{noisy}</p>"
    a, b = parse(noisy, format=format), parse(clean, format=format)
    assert char not in a.text
    assert [c.text for c in a.clauses()] == [c.text for c in b.clauses()]
    assert compare(a, b).is_empty


def _markup_free(text: str) -> list[int]:
    """Positions in HTML text outside tags and entities (where a character may go)."""
    allowed: list[int] = []
    depth = entity = False
    for i, ch in enumerate(text):
        if not depth and not entity:
            allowed.append(i)
        if ch == "<":
            depth = True
        elif ch == ">":
            depth = False
        elif ch == "&" and not depth:
            entity = True
        elif ch == ";" and entity:
            entity = False
    allowed.append(len(text))
    return allowed


@given(
    format=st.sampled_from(["text", "html"]),
    data=st.data(),
)
def test_invisible_characters_never_reach_the_statement(
    format: Literal["text", "html"], data: st.DataObject
) -> None:
    clean = data.draw(statement_texts(format=format))
    spots = _markup_free(clean) if format == "html" else list(range(len(clean) + 1))
    inserts = data.draw(
        st.lists(st.tuples(st.sampled_from(spots), st.sampled_from(sorted(INVISIBLE))), max_size=8)
    )
    noisy = clean
    for at, char in sorted(inserts, reverse=True):
        noisy = noisy[:at] + char + noisy[at:]
    a, b = parse(noisy, format=format), parse(clean, format=format)
    assert not INVISIBLE.intersection(a.text)
    for clause in a.clauses():
        assert a.text[clause.span.start : clause.span.end] == clause.text
    assert [c.text for c in a.clauses()] == [c.text for c in b.clauses()]
    assert compare(a, b).is_empty


def test_both_readers_share_one_table() -> None:
    assert html_reader._INVISIBLE is INVISIBLE_TABLE
    assert set(map(chr, INVISIBLE_TABLE)) == INVISIBLE
    assert strip_invisible("".join(sorted(INVISIBLE))) == ""
    # the brief's list, all in the table
    named = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD, 0x200E, 0x200F}
    named |= {*range(0x202A, 0x202F), *range(0x2066, 0x206A)}
    assert set(map(chr, named)) <= INVISIBLE


def test_invisible_is_a_leaf_module() -> None:
    source = (ROOT / "src" / "statementdiff" / "invisible.py").read_text("utf-8")
    imported = [
        node.module or ""
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom)
    ] + [
        alias.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    assert not [name for name in imported if name.startswith("statementdiff")]
