"""Bad input cannot hurt: no crash, no hang, no file read, no network call (issue 7).

For any text, bytes or HTML, ``parse`` and ``compare`` either return or raise a
``StatementDiffError``; nothing else escapes. Every case runs under a watchdog so a
hang fails the test instead of stalling CI. The limits are generous on purpose:
they guard against hangs, they do not measure speed.

Heavy and hostile inputs (deep nesting, megabyte inputs, entity tricks) run in a
child process, so even a hang inside C code (lxml, ``re``) is caught by the
subprocess timeout, and the child can watch its own file and socket activity.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import statementdiff
from statementdiff import Statement, StatementDiffError, compare, parse

HANG_LIMIT = 60
"""Seconds one case may run before the watchdog calls it a hang."""

SCALE = 1 if os.environ.get("STATEMENTDIFF_ROBUSTNESS_FULL") else 100
"""Divisor for most heavy inputs: 1 MB each in the full run, about 10 kB by default.

A megabyte of many short sentences or clauses takes parse + compare tens of seconds, so
the default suite runs those smaller to stay fast (the nesting, attribute, entity and
one-line-1mb-no-spaces/-dots cases always run at full size); set
``STATEMENTDIFF_ROBUSTNESS_FULL=1`` to run every heavy input at a full megabyte.
"""

SECRET = "sd-robustness-secret-7f3a9c"
"""A token written to a temporary file that external entities point at."""


# ---------------------------------------------------------------------------
# Watchdog and checks


class _Hang(BaseException):
    """Raised by the watchdog; a BaseException so ``except Exception`` cannot swallow it."""


@contextmanager
def watchdog(seconds: int = HANG_LIMIT) -> Iterator[None]:
    """Fail (rather than hang) when the block runs longer than ``seconds``."""
    if not hasattr(signal, "SIGALRM"):  # pragma: no cover - Windows
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise _Hang(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Hang as exc:
        pytest.fail(f"hang: {exc}")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_statement(statement: Statement) -> None:
    """Invariants every parsed statement keeps, whatever the input."""
    assert isinstance(statement, Statement)
    seen: set[str] = set()
    for node in statement.nodes():
        assert node.id not in seen, f"duplicate id {node.id!r}"
        seen.add(node.id)
        assert 0 <= node.span.start <= node.span.end <= len(statement.text)
        assert statement.text[node.span.start : node.span.end] == node.text, node.id


def parse_or_error(data: str | bytes | bytearray, **options: Any) -> Statement | None:
    """Parse; return None on a StatementDiffError; let anything else fail the test."""
    try:
        statement = parse(data, **options)
    except StatementDiffError:
        return None
    check_statement(statement)
    return statement


def check_diff(diff: statementdiff.Diff) -> None:
    """Invariants every diff keeps: the word operations spell out both sides of each pair."""
    for p in diff.pairs:
        a_side = "".join(o.text for o in p.ops if o.op != "insert")
        b_side = "".join(o.text for o in p.ops if o.op != "delete")
        assert a_side == diff.a.text[p.a_span.start : p.a_span.end], p.a
        assert b_side == diff.b.text[p.b_span.start : p.b_span.end], p.b
    paired_a = sum(len(p.a) for p in diff.pairs)
    assert paired_a + len(diff.only_a) == sum(1 for _ in diff.a.clauses())
    paired_b = sum(len(p.b) for p in diff.pairs)
    assert paired_b + len(diff.only_b) == sum(1 for _ in diff.b.clauses())


def compare_or_error(a: Statement, b: Statement) -> None:
    """Compare both ways; only a StatementDiffError may escape; (b, a) mirrors (a, b)."""
    try:
        ab, ba = compare(a, b), compare(b, a)
    except StatementDiffError:
        return
    check_diff(ab)
    check_diff(ba)
    assert {(p.a, p.b) for p in ab.pairs} == {(p.b, p.a) for p in ba.pairs}
    assert ab.counts.removed == ba.counts.added
    assert ab.counts.added == ba.counts.removed
    assert ab.is_empty == ba.is_empty
    if a.text == b.text:
        assert ab.is_empty


def expect_robust(data: str | bytes | bytearray, **options: Any) -> Statement | None:
    """Parse under the watchdog and compare the result with itself."""
    with watchdog():
        statement = parse_or_error(data, **options)
        if statement is not None:
            try:
                diff = compare(statement, statement)
            except StatementDiffError:
                return statement
            check_diff(diff)
            assert diff.is_empty, "a statement differs from itself"
    return statement


# ---------------------------------------------------------------------------
# Small hostile inputs, in process

_SMALL_TEXT = {
    "empty": "",
    "whitespace-only": " \t\n\r\n\u00a0\u2003\u3000\n",
    "newlines-only": "\n" * 1000,
    "control-chars": "We reaffirm\x01 our\x02 commitment\x1b[31m to peace.\x7f",
    "many-control-chars": "".join(chr(c) for c in range(1, 32)) * 50,
    "nul-in-middle": "We reaffirm our commitment.\x00 We welcome progress.",
    "lone-surrogate": "We reaffirm \ud800 our commitment \udfff to peace.",
    "only-surrogates": "\ud800\udc00\udbff" * 10,
    "bom-str": "\ufeffWe reaffirm our commitment to peace.",
    "rtl-arabic": "نحن نؤكد من جديد التزامنا بالسلام. ونرحب بالتقدم المحرز.",
    "rtl-hebrew-mixed": "We reaffirm שלום ‏and‎ welcome 和平 ‮reversed‬ text.",
    "mixed-scripts": "Мы подтверждаем; 我们重申 U.S.-ROK 동맹; नमस्ते. Ελλάδα! ¿Sí?",
    "combining-marks": "We\u0301\u0302\u0303 reaffirm" + "\u0300" * 500 + " peace.",
    "zero-width": "We\u200b re\u200caffirm\u200d our\u2060 commitment\ufeff.",
    "line-separators": "We agree.\u2028We also agree.\u2029New paragraph.\x85Next.",
    "cr-only": "1. First.\r2. Second.\r\r(a) Sub.\r",
    "emoji": "We 🤝 reaffirm 🇺🇸🇯🇵 our commitment 👨‍👩‍👧 to peace.",
    "only-punctuation": ".;,:!?-•*()[]" * 100,
    "only-markers": "1.\n2.\n(a)\n(b)\n- \n• \n",
    "abbreviations": "U.S. Jr. No. Gen. Dec. p.m. e.g. H.E. U.S.-ROK " * 50,
    "unbalanced-quotes": "We said \"that ( the [ thing { and ' it.",
    "deep-numbering": "\n".join(f"{'(' * i}{i}{')' * i} Item." for i in range(1, 60)),
    "tabs": "\t\tWe\treaffirm\t\tour commitment.\t",
    "max-codepoint": "We reaffirm \U0010ffff\U000e0001 commitment \ufffe\uffff.",
    "private-use": "We reaffirm \ue000\ue001\uf8ff our commitment.",
    "long-word": "We reaffirm " + "a" * 50_000 + ".",
}

_SMALL_HTML = {
    "only-markup": "<html><head><title></title></head><body><div><span></span></div></body></html>",
    "only-nav": "<nav><ul><li><a href='/'>Home</a></li></ul></nav><footer>© 2031</footer>",
    "only-script": "<html><body><script>var a = '<p>We agree.</p>';</script></body></html>",
    "unclosed": "<p>We reaffirm <b>our <i>commitment<p>We welcome <li>progress",
    "stray-closers": "</p></div></li></ul>We reaffirm our commitment.</body></html>",
    "comment-bomb": "<!--" * 1000 + "<p>We agree.</p>" + "-->" * 1000,
    "cdata": "<p><![CDATA[We agree.]]> <![CDATA[</p>]]></p>",
    "bad-char-refs": (
        "<p>&#0; &#xD800; &#x110000; &#99999999999; &#xFFFE; &bogus; &amp We agree.</p>"
    ),
    "surrogate-in-html": "<p>We reaffirm \ud800 our commitment.</p><p>We welcome it.</p>",
    "control-in-html": "<p>We\x0b reaffirm\x0c our\x1f commitment.</p>",
    "rtl-html": "<html dir='rtl'><body><p>نحن نؤكد من جديد التزامنا.</p></body></html>",
    "xml-decl-str": '<?xml version="1.0" encoding="latin-1"?><html><p>We agree.</p></html>',
    "processing-instructions": "<?php echo 1; ?><p>We agree.<?xml-stylesheet href='x'?></p>",
    "doctype-only": "<!DOCTYPE html>",
    "svg-math": "<svg><script>alert(1)</script><text>We agree.</text></svg><math><mi>x</mi></math>",
    "table-soup": "<table><tr><td><p>We reaffirm</td><li>our commitment.</table>" * 20,
    "headings-only": "<h1>Joint Statement</h1><h2>Security</h2><h3>Economy</h3>",
    "attr-soup": "<p a=1 a=2 b c=\"d' e=`f` =g h=>We agree.</p>",
    "br-separated": "We reaffirm.<br>We welcome.<br/><br />We oppose.",
}


_XFAIL_SMALL: dict[tuple[str, str], str] = {}
"""(format, case) → bug summary: small cases that fail today (strict xfail; remove when fixed)."""


def _small_params(cases: Mapping[str, str | bytes], formats: tuple[str, ...]) -> list[Any]:
    params = []
    for fmt in formats:
        for name in sorted(cases):
            reason = _XFAIL_SMALL.get((fmt, name))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(fmt, name, marks=marks, id=f"{fmt}-{name}"))
    return params


@pytest.mark.parametrize(("fmt", "name"), _small_params(_SMALL_TEXT, ("auto", "text", "html")))
def test_hostile_text(name: str, fmt: str) -> None:
    expect_robust(_SMALL_TEXT[name], format=fmt)


@pytest.mark.parametrize(("fmt", "name"), _small_params(_SMALL_HTML, ("auto", "html", "text")))
def test_hostile_html(name: str, fmt: str) -> None:
    expect_robust(_SMALL_HTML[name], format=fmt)


@pytest.mark.parametrize(
    "data",
    [
        "<p><nav></nav>\x1f We agree.</p>",
        "<p>We agree.<script></script>\x0b ok</p>",
        "<p>We agree.</p><nav></nav>\x1f",
    ],
    ids=["nav-tail-in-p", "script-tail-in-p", "nav-tail-after-p"],
)
def test_control_char_after_dropped_element(data: str) -> None:
    """Regression: lxml refused to move a control character in a dropped element's tail."""
    statement = expect_robust(data)
    assert statement is not None
    assert "We agree." in statement.text


def test_empty_and_whitespace_are_parse_errors() -> None:
    for data in ("", " ", "\n\n\t", b"", b"   \n"):
        with pytest.raises(statementdiff.ParseError):
            parse(data)


def test_markup_without_text_is_a_parse_error() -> None:
    with pytest.raises(statementdiff.ParseError):
        parse(_SMALL_HTML["only-markup"])


_BYTES = {
    "invalid-utf8": b"We reaffirm \xff\xfe\xc3\x28 our commitment.",
    "truncated-utf8": "We reaffirm our commitment to peace é".encode()[:-1],
    "overlong-utf8": b"We reaffirm \xc0\xaf\xe0\x80\xaf commitment.",
    "utf8-encoded-surrogate": b"We reaffirm \xed\xa0\x80 commitment.",
    "utf8-bom": b"\xef\xbb\xbfWe reaffirm our commitment.",
    "utf16-le-bom": "We reaffirm our commitment.\nWe welcome progress.".encode("utf-16"),
    "utf16-be-bom": b"\xfe\xff" + "We reaffirm our commitment.".encode("utf-16-be"),
    "utf16-odd-length": b"\xff\xfe" + "We reaffirm.".encode("utf-16-le") + b"\x00\x00\x41",
    "utf16-html": "<html><body><p>We reaffirm our commitment.</p></body></html>".encode("utf-16"),
    "utf32-bom": "We reaffirm our commitment.".encode("utf-32"),
    "nul-bytes": b"We\x00 reaffirm\x00 our\x00 commitment.",
    "leading-nul": b"\x00" * 100 + b"We reaffirm.",
    "late-nul": b"We reaffirm our commitment. " * 400 + b"\x00",
    "random-binary": bytes(range(256)) * 8,
    "png-header": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64,
    "gzip": b"\x1f\x8b\x08\x00" + bytes(range(200)),
    "latin1-as-bytes": "Déclaration commune: nous réaffirmons.".encode("latin-1"),
    "meta-charset-bogus": b'<meta charset="no-such-codec"><p>We agree.</p>',
    "meta-charset-rot13": b'<meta charset="rot13"><p>We agree.</p>',
    "meta-charset-utf16-on-ascii": b'<meta charset="utf-16"><p>We reaffirm our commitment.</p>',
    "meta-charset-utf7": b'<meta charset="utf-7"><p>We +AGEAYgBj- agree +ZZZ.</p>',
    "meta-charset-unicode-escape": b'<meta charset="unicode_escape"><p>We \\ud800 \\x00 agree.</p>',
    "meta-charset-idna": b'<meta charset="idna"><p>' + b"x" * 200 + b".We agree.</p>",
    "whitespace-bytes": b" \t\r\n" * 100,
}

_EXOTIC_CODECS = {
    "meta-charset-punycode": b'<meta charset="punycode"><p>We agree.</p>',
    "meta-charset-undefined": b'<meta charset="undefined"><p>We agree.</p>',
}


@pytest.mark.parametrize(("fmt", "name"), _small_params(_BYTES, ("auto", "text", "html")))
def test_hostile_bytes(name: str, fmt: str) -> None:
    expect_robust(_BYTES[name], format=fmt)


@pytest.mark.parametrize("name", sorted(_EXOTIC_CODECS))
def test_meta_charset_exotic_codec(name: str) -> None:
    """Regression: codecs that raise a bare UnicodeError ('punycode', 'undefined')."""
    expect_robust(_EXOTIC_CODECS[name])


@pytest.mark.parametrize("encoding", ["undefined", "punycode"])
def test_explicit_exotic_encoding(encoding: str) -> None:
    with watchdog(), pytest.raises(StatementDiffError):
        parse(b"We reaffirm our commitment \xff.", encoding=encoding)


@pytest.mark.parametrize("encoding", ["no-such-codec", "rot13", "hex", "utf-32", "utf-7", "ascii"])
def test_explicit_bad_encoding(encoding: str) -> None:
    expect_robust("Nous réaffirmons notre engagement.".encode(), encoding=encoding)


def test_invalid_utf8_is_a_parse_error_with_offset() -> None:
    with pytest.raises(statementdiff.ParseError) as info:
        parse(_BYTES["invalid-utf8"])
    assert info.value.offset == 12


def test_utf16_with_bom_is_read() -> None:
    statement = expect_robust(_BYTES["utf16-le-bom"])
    assert statement is not None
    assert "We welcome progress." in statement.text


def test_nul_bytes_are_a_parse_error() -> None:
    with pytest.raises(statementdiff.ParseError):
        parse(_BYTES["nul-bytes"])


@pytest.mark.parametrize(
    "value",
    [None, 42, 3.5, ["We agree."], {"text": "We agree."}, object(), memoryview(b"We agree.")],
    ids=["none", "int", "float", "list", "dict", "object", "memoryview"],
)
def test_parse_wrong_type(value: object) -> None:
    with watchdog(), pytest.raises(StatementDiffError):
        parse(value)  # type: ignore[arg-type]


def test_parse_bytearray() -> None:
    expect_robust(bytearray(b"We reaffirm our commitment."))


@pytest.mark.parametrize(
    "options",
    [
        {"format": "xml"},
        {"format": ""},
        {"format": None},
        {"max_chars": 0},
        {"max_chars": -1},
        {"max_chars": 5},
    ],
    ids=["format-xml", "format-empty", "format-none", "max0", "max-negative", "max5"],
)
def test_bad_options_raise_statementdiff_errors(options: dict[str, Any]) -> None:
    with watchdog(), pytest.raises(StatementDiffError):
        parse("We reaffirm our commitment to peace.", **options)


@pytest.mark.parametrize(
    "value",
    [None, "We agree.", b"We agree.", 1, object()],
    ids=["none", "str", "bytes", "int", "object"],
)
def test_compare_wrong_type(value: object) -> None:
    statement = parse("We reaffirm our commitment to peace.")
    with watchdog():
        for a, b in ((value, statement), (statement, value), (value, value)):
            with pytest.raises(StatementDiffError):
                compare(a, b)  # type: ignore[arg-type]


def test_compare_odd_pairs() -> None:
    """Statements of very different shapes compare without error."""
    inputs = [
        _SMALL_TEXT["mixed-scripts"],
        _SMALL_TEXT["rtl-arabic"],
        _SMALL_TEXT["emoji"],
        _SMALL_TEXT["abbreviations"],
        _SMALL_TEXT["long-word"],
        _SMALL_HTML["table-soup"],
        _SMALL_HTML["br-separated"],
        "We agree.",
    ]
    with watchdog():
        parsed = [s for s in (parse_or_error(x) for x in inputs) if s is not None]
        assert len(parsed) >= 4
        for a in parsed:
            for b in parsed:
                compare_or_error(a, b)


def test_lone_surrogates_never_reach_compare() -> None:
    """A str with a lone surrogate is rejected or cleaned before compare sees it.

    (compare() itself encodes clause texts to UTF-8 in _chain.pair_key, so a hand-built
    Statement holding a lone surrogate would still make it raise UnicodeEncodeError.)
    """
    for fmt in ("auto", "text", "html"):
        statement = expect_robust("We reaffirm \ud800 our commitment.\udfff", format=fmt)
        if statement is not None:
            assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in statement.text)


def test_node_lookup_keeps_equality() -> None:
    """Regression: node() used to cache in pydantic private state, breaking equality."""
    text = "We reaffirm our Alliance. We welcome new partners."
    a, b = parse(text), parse(text)
    assert a == b
    a.node("sec1.p1.s1.c1")
    assert a == b
    diff = compare(a, a)
    assert statementdiff.Diff.model_validate_json(diff.to_json()) == diff


# ---------------------------------------------------------------------------
# Heavy and hostile inputs, each in a child process

_CHILD = textwrap.dedent(
    """
    import json, os, sys, traceback

    events = []

    def audit(event, args):
        if event.startswith(("socket.", "urllib.", "http.", "ftplib.")):
            events.append(event)
        elif event == "open" and args and isinstance(args[0], (str, bytes)):
            path = os.fsdecode(args[0])
            if "secret" in path or path.startswith("/etc/"):
                events.append("open " + path)

    import statementdiff as sd

    real_parse = sd.parse
    sys.addaudithook(audit)

    def build(recipe, **names):
        scope = dict(names)
        exec(recipe, scope)
        return scope["data"]

    def run(case):
        data = build(
            case["recipe"], SECRET_PATH=case["secret_path"], PORT=case["port"],
            SCALE=case["scale"],
        )
        events.clear()
        result = {"events": events}
        try:
            statement = sd.parse(data, format=case["format"])
        except sd.StatementDiffError as exc:
            result.update(outcome="error", type=type(exc).__name__, message=str(exc)[:300])
            return result
        except BaseException as exc:
            result.update(outcome="crash", type=type(exc).__name__,
                          traceback=traceback.format_exc()[-3000:])
            return result
        try:
            problems = []
            for node in statement.nodes():
                if statement.text[node.span.start:node.span.end] != node.text:
                    problems.append("span of " + node.id + " does not slice back")
            dumped = statement.to_json()
            diff = sd.compare(statement, statement)
            result.update(
                outcome="ok",
                problems=problems[:5],
                leaked=[t for t in case["forbidden"] if t in dumped],
                chars=len(statement.text),
                clauses=sum(1 for _ in statement.clauses()),
                empty_diff=diff.is_empty,
            )
        except sd.StatementDiffError as exc:
            result.update(outcome="error", type=type(exc).__name__, message=str(exc)[:300])
        except BaseException as exc:
            result.update(outcome="crash", type=type(exc).__name__,
                          traceback=traceback.format_exc()[-3000:])
        return result

    for line in sys.stdin:
        try:
            result = run(json.loads(line))
        finally:
            sd.parse = real_parse  # a harness case may have patched it
        sys.stdout.write("RESULT " + json.dumps(result) + "\\n")
        sys.stdout.flush()
    """
)

_BILLION_LAUGHS = """
levels = ''.join(
    f'<!ENTITY lol{i} "' + ('&lol' + (str(i - 1) if i > 1 else '') + ';') * 10 + '">'
    for i in range(1, 10)
)
data = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + levels + ']>'
    '<html><body><p>&lol9; We reaffirm our commitment.</p><p>&lol9;</p></body></html>'
)
"""

_QUADRATIC_BLOWUP = """
data = (
    '<?xml version="1.0"?><!DOCTYPE b [<!ENTITY a "' + 'x' * 50_000 + '">]>'
    '<html><body><p>' + '&a;' * 5_000 + ' We agree.</p></body></html>'
)
"""

# Each recipe is Python run in the child; it must bind ``data``.
# SECRET_PATH (a file holding SECRET) and PORT (a listening socket) are in scope.
_HEAVY: dict[str, str] = {
    "nested-div-100k": "data = '<div>' * 100_000 + '<p>We agree.</p>' + '</div>' * 100_000",
    "nested-b-100k": "data = '<p>' + '<b>' * 100_000 + 'We agree.' + '</b>' * 100_000 + '</p>'",
    "nested-unclosed-100k": "data = '<html><body>' + '<div><span><b>' * 100_000 + 'We agree.'",
    "nested-li-20k": "data = '<ul><li>' * 20_000 + 'We agree.' + '</li></ul>' * 20_000",
    "nested-p-q-50k": "data = '<p>' + '<q>' * 50_000 + 'We agree.'",
    "huge-attribute-3mb": (
        "data = '<p title=\"' + 'x' * 3_000_000 + '\">We reaffirm our commitment.</p>'"
    ),
    "many-attributes": (
        "n = 100_000 if SCALE == 1 else 20_000\n"
        "data = '<p ' + ' '.join(f'a{i}=\"v\"' for i in range(n)) + '>We agree.</p>'"
    ),
    "huge-comment": "data = '<p>We agree.</p><!--' + '-' * 2_000_000 + '-->'",
    "billion-laughs": _BILLION_LAUGHS,
    "billion-laughs-bytes": _BILLION_LAUGHS + "data = data.encode()",
    "quadratic-blowup": _QUADRATIC_BLOWUP,
    "xxe-file-passwd": (
        'data = \'<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>Leak: &xxe; end.</p><p>We agree.</p></body></html>'"
    ),
    "xxe-file-secret": (
        'data = \'<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file://\' + SECRET_PATH '
        "+ '\">]><html><body><p>Leak: &xxe; end.</p><p>We agree.</p></body></html>'"
    ),
    "xxe-relative-secret": (
        "data = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"' + SECRET_PATH + '\">"
        "<!ENTITY % p SYSTEM \"' + SECRET_PATH + '\"> %p;]><p>Leak: &xxe; end.</p>'"
    ),
    "xxe-parameter-entity-http": (
        "data = '<!DOCTYPE foo [<!ENTITY % dtd SYSTEM \"http://127.0.0.1:' + str(PORT) + '/x.dtd\">"
        " %dtd;]><html><body><p>We agree.</p></body></html>'"
    ),
    "xxe-http-port-9": (
        'data = \'<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY net SYSTEM "http://127.0.0.1:9/">]>'
        "<html><body><p>Net: &net; end.</p><p>We agree.</p></body></html>'"
    ),
    "xxe-http-listener": (
        'data = \'<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY net SYSTEM "http://127.0.0.1:\' '
        "+ str(PORT) + '/\">]><html><body><p>Net: &net; end.</p></body></html>'"
    ),
    "external-dtd-http": (
        "data = '<!DOCTYPE html SYSTEM \"http://127.0.0.1:' + str(PORT) + '/x.dtd\">"
        "<html><body><p>We agree.</p></body></html>'"
    ),
    "xinclude-secret": (
        'data = \'<html xmlns:xi="http://www.w3.org/2001/XInclude"><body><p>'
        '<xi:include href="\' + SECRET_PATH + \'" parse="text"/> We agree.</p></body></html>\''
    ),
    "resources-http": (
        "u = 'http://127.0.0.1:' + str(PORT) + '/r'\n"
        "data = ('<html><head><link rel=stylesheet href=\"' + u + '\"><base href=\"' + u + '\">"
        "<script src=\"' + u + '\"></script></head><body><img src=\"' + u + '\">"
        "<iframe src=\"file://' + SECRET_PATH + '\"></iframe><object data=\"' + u + '\"></object>"
        "<p style=\"background:url(' + u + ')\">We agree.</p></body></html>')"
    ),
    "xxe-bytes-utf16": (
        'data = (\'<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM '
        "\"file://' + SECRET_PATH + '\">]><html><body><p>Leak: &xxe; end.</p></body></html>')"
        ".encode('utf-16')"
    ),
    "xxe-bytes-utf8": (
        'data = (\'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM '
        "\"file://' + SECRET_PATH + '\">]><html><body><p>Leak: &xxe; end.</p>"
        "<p>We agree.</p></body></html>').encode()"
    ),
    "one-line-1mb-words": (
        "data = 'We reaffirm our commitment and welcome progress ' * (21_000 // SCALE)"
    ),
    "one-line-1mb-sentences": "data = 'We agree. ' * (105_000 // SCALE)",
    "one-line-1mb-semicolons": "data = 'we agree; ' * (105_000 // SCALE)",
    "one-line-1mb-abbrev": "data = 'U.S. ' * (210_000 // SCALE)",
    "one-line-1mb-no-spaces": "data = 'x' * 1_000_000",
    "one-line-1mb-dots": "data = '.' * 1_000_000",
    "one-line-1mb-parens": "data = '(' * (500_000 // SCALE) + ')' * (500_000 // SCALE)",
    "one-line-1mb-quotes": "data = '\"We agree ' * (100_000 // SCALE)",
    "one-line-1mb-items": "data = '(a) ' * (250_000 // SCALE)",
    "one-line-1mb-html": "data = '<p>' + 'We agree and welcome it; ' * (40_000 // SCALE) + '</p>'",
    "one-line-1mb-rtl": "data = 'نحن نؤكد من جديد التزامنا ' * (40_000 // SCALE)",
    "many-lines-1mb": "data = 'We agree.\\n' * (100_000 // SCALE)",
    "many-paragraphs": "data = 'We reaffirm our commitment.\\n\\n' * (30_000 // SCALE)",
    "many-headings": "data = 'Heading\\n\\n' * (50_000 // SCALE) + 'We agree.'",
    "many-items": "data = ''.join(f'{i}. We agree.\\n' for i in range(50_000 // SCALE))",
    "many-html-paragraphs": "data = '<p>We agree.</p>' * (60_000 // SCALE)",
    "many-html-items": "data = '<ul>' + '<li>(a) We agree.</li>' * (60_000 // SCALE) + '</ul>'",
    "bytes-1mb-invalid-tail": "data = b'We agree. ' * (100_000 // SCALE) + b'\\xff'",
    "bytes-1mb-utf16": "data = ('We agree. ' * (100_000 // SCALE)).encode('utf-16')",
    "over-limit": "data = 'x ' * 3_000_000",
    "over-limit-bytes": "data = b'x ' * 3_000_000",
}

_HEAVY_FORMAT = {"huge-attribute-3mb": "html", "many-attributes": "html"}
"""Format to force for heavy cases whose markup ``auto`` would not sniff (a tag too long)."""

_HEAVY_XFAIL: dict[str, str] = {}
"""Heavy cases that fail today: name → bug summary (strict xfail, remove when fixed)."""


@pytest.fixture(scope="module")
def secret_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("robustness") / "secret.txt"
    path.write_text(f"{SECRET}\n", encoding="utf-8")
    return path


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local TCP socket that records whether anything tried to connect."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    try:
        yield server
    finally:
        server.close()


def _connected(server: socket.socket) -> bool:
    server.setblocking(False)
    try:
        conn, _ = server.accept()
    except BlockingIOError:
        return False
    conn.close()
    return True


class _Worker:
    """A child process that runs heavy cases one at a time, restarted after a hang.

    Importing statementdiff costs about a second, so one child serves every case; a case
    that gives no result within HANG_LIMIT seconds is a hang and its child is killed.
    """

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.buffer = b""
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed in shutdown()

    def _start(self) -> subprocess.Popen[bytes]:
        self.buffer = b""
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        return self.proc

    def run(self, case: dict[str, Any]) -> dict[str, Any]:
        proc = self.proc if self.proc is not None and self.proc.poll() is None else self._start()
        assert proc.stdin is not None
        assert proc.stdout is not None
        proc.stdin.write(json.dumps(case).encode() + b"\n")
        proc.stdin.flush()
        deadline = time.monotonic() + HANG_LIMIT
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            ready = (
                select.select([proc.stdout], [], [], max(remaining, 0))[0] if remaining > 0 else []
            )
            if not ready:
                self.close()
                pytest.fail(f"hang: no result after {HANG_LIMIT} s")
            chunk = os.read(proc.stdout.fileno(), 1 << 16)
            if not chunk:
                self.stderr.seek(0)
                stderr = self.stderr.read().decode(errors="replace")
                self.close()
                pytest.fail(f"child died (exit {proc.poll()}) without a result:\n{stderr[-3000:]}")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        assert line.startswith(b"RESULT "), line[:200]
        result: dict[str, Any] = json.loads(line[len(b"RESULT ") :])
        return result

    def close(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait()
            for stream in (self.proc.stdin, self.proc.stdout):
                if stream is not None:
                    stream.close()
            self.proc = None

    def shutdown(self) -> None:
        self.close()
        self.stderr.close()


@pytest.fixture(scope="module")
def worker() -> Iterator[_Worker]:
    if os.name != "posix":  # pragma: no cover
        pytest.skip("the heavy-case worker uses select() on pipes (POSIX only)")
    runner = _Worker()
    try:
        yield runner
    finally:
        runner.shutdown()


def _heavy_params() -> list[Any]:
    params = []
    for name in sorted(_HEAVY):
        marks = []
        if name in _HEAVY_XFAIL:
            marks.append(pytest.mark.xfail(strict=True, reason=_HEAVY_XFAIL[name]))
        params.append(pytest.param(name, marks=marks, id=name))
    return params


@pytest.mark.parametrize("name", _heavy_params())
def test_heavy_input(
    name: str, worker: _Worker, secret_file: Path, listener: socket.socket
) -> None:
    case = {
        "recipe": _HEAVY[name],
        "format": _HEAVY_FORMAT.get(name, "auto"),
        "secret_path": str(secret_file),
        "port": listener.getsockname()[1],
        "scale": SCALE,
        "forbidden": [SECRET, "root:x:0:0", "root:*:0:0"],
    }
    result = worker.run(case)
    assert result["outcome"] != "crash", result.get("traceback")
    assert not result["events"], f"file or network access: {result['events']}"
    assert not _connected(listener), "the parser connected to a local server"
    if result["outcome"] == "ok":
        assert not result["problems"], result["problems"]
        assert not result["leaked"], f"external content leaked into the statement: {result}"
        assert result["empty_diff"] is True, "a statement differs from itself"
    if name.startswith("over-limit"):
        assert result["outcome"] == "error"
        assert result["type"] == "InputTooLargeError"


def test_child_harness_reports_crashes(
    worker: _Worker, secret_file: Path, listener: socket.socket
) -> None:
    """The child really reports a non-StatementDiffError (so the heavy tests can fail)."""
    case = {
        "recipe": "import statementdiff\n"
        "def boom(*a, **k):\n    raise RuntimeError('boom')\n"
        "statementdiff.parse = boom\ndata = 'We agree.'",
        "format": "auto",
        "secret_path": str(secret_file),
        "port": listener.getsockname()[1],
        "scale": SCALE,
        "forbidden": [],
    }
    result = worker.run(case)
    assert result["outcome"] == "crash"
    assert result["type"] == "RuntimeError"


def test_child_harness_sees_file_access(
    worker: _Worker, secret_file: Path, listener: socket.socket
) -> None:
    """The audit hook in the child notices a Python-level read of the secret file."""
    case = {
        "recipe": "import statementdiff\n_p = statementdiff.parse\n"
        "def leaky(data, **k):\n    return _p(open(SECRET_PATH).read() + data, **k)\n"
        "statementdiff.parse = leaky\ndata = ' We agree.'",
        "format": "text",
        "secret_path": str(secret_file),
        "port": listener.getsockname()[1],
        "scale": SCALE,
        "forbidden": [SECRET],
    }
    result = worker.run(case)
    assert result["outcome"] == "ok"
    assert result["leaked"] == [SECRET]
    assert any(e.startswith("open ") for e in result["events"])


# ---------------------------------------------------------------------------
# parse_file on odd paths


@pytest.mark.parametrize(
    "make",
    [
        lambda tmp: tmp / "missing.txt",
        lambda tmp: tmp,
        lambda tmp: _write(tmp / "empty.txt", b""),
        lambda tmp: _write(tmp / "binary.html", bytes(range(256))),
        lambda tmp: _write(tmp / "bad.txt", b"We agree \xff."),
        lambda tmp: _write(tmp / "nul.htm", b"<p>We\x00 agree.</p>"),
    ],
    ids=["missing", "directory", "empty", "binary", "bad-utf8", "nul"],
)
def test_parse_file_errors(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    with watchdog(), pytest.raises(StatementDiffError):
        statementdiff.parse_file(make(tmp_path))


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------------
# Property tests: arbitrary text, bytes and tag soup

_TAGS = ("p", "div", "b", "i", "li", "ul", "ol", "h1", "h2", "nav", "script", "span", "br", "table")
_WORDS = st.sampled_from(
    [
        "We",
        "reaffirm",
        "welcome",
        "oppose",
        "the",
        "U.S.",
        "Jr.",
        "No.",
        "(a)",
        "1.",
        "-",
        "•",
        "Taiwan",
        "Strait",
        ";",
        ",",
        ".",
        "and",
        "التزامنا",
        "שלום",
        "和平",
        "&amp;",
        "&#0;",
        "&lol;",
        "\u200b",
        "\ud800",
        "\x0b",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "e.g.",
    ]
)


def _html_fragment() -> st.SearchStrategy[str]:
    text = st.lists(_WORDS, max_size=12).map(" ".join)

    def wrap(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        attrs = st.sampled_from(["", " class='x'", " dir=rtl", ' title="a<b"', " style"])
        return st.builds(
            lambda tag, attr, body, close: f"<{tag}{attr}>{body}" + (f"</{tag}>" if close else ""),
            st.sampled_from(_TAGS),
            attrs,
            st.lists(children, max_size=4).map("".join),
            st.booleans(),
        )

    return st.recursive(text, wrap, max_leaves=30)


_FORMATS = st.sampled_from(["auto", "text", "html"])


@given(data=st.text(max_size=2000), fmt=_FORMATS)
def test_any_text(data: str, fmt: str) -> None:
    expect_robust(data, format=fmt)


@given(data=st.lists(_WORDS, max_size=80).map(" ".join), fmt=_FORMATS)
def test_any_genre_words(data: str, fmt: str) -> None:
    expect_robust(data, format=fmt)


@given(data=st.binary(max_size=2000), fmt=_FORMATS)
def test_any_bytes(data: bytes, fmt: str) -> None:
    expect_robust(data, format=fmt)


@given(data=_html_fragment(), fmt=_FORMATS)
def test_any_tag_soup(data: str, fmt: str) -> None:
    expect_robust(data, format=fmt)


@given(data=_html_fragment(), encoding=st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_any_tag_soup_as_bytes(data: str, encoding: str) -> None:
    expect_robust(data.encode(encoding, errors="replace"))


@given(
    a=st.one_of(st.text(max_size=600), _html_fragment()),
    b=st.one_of(st.text(max_size=600), _html_fragment()),
)
def test_any_pair_compares(a: str, b: str) -> None:
    with watchdog():
        sa = parse_or_error(a)
        sb = parse_or_error(b)
        if sa is not None and sb is not None:
            compare_or_error(sa, sb)
