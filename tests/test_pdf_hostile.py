"""Hostile and broken PDFs end in a clear ParseError, in bounded time and memory (issue 15).

Each hostile file is parsed in a child process under an address-space and CPU rlimit, with
an audit hook that records every file it opens after start-up and every socket it connects:
the parse must end in a ``ParseError`` (or, for the JavaScript/attachment case, a statement)
without opening any file but pdfminer's own data and without a network connection. The
budgets are generous: they catch hangs and blow-ups, they do not measure speed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _pdf_print import print_fpdf
from statementdiff import (
    LimitExceededError,
    Limits,
    ParseError,
    Statement,
    StatementDiffError,
    parse,
)

TIME_BUDGET = 60
"""CPU seconds (and, doubled, wall seconds) a child may use."""
MEMORY_BUDGET = 1_500_000_000
"""Bytes of address space a child may map (RLIMIT_AS)."""

TEXT = "We reaffirm our commitment to peace and stability in the region."


def make_pdf(objects: Sequence[bytes], *, trailer: bytes = b"") -> bytes:
    """A PDF of ``objects`` (object 1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_page(content: bytes, *, catalog_extra: bytes = b"", more: Sequence[bytes] = ()) -> bytes:
    """A one-page PDF drawing ``content`` with Helvetica."""
    return make_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            stream(content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            *more,
        ]
    )


def show(text: str) -> bytes:
    return b"BT /F1 12 Tf 72 700 Td (" + text.encode("latin-1") + b") Tj ET"


def bomb(megabytes: int) -> bytes:
    packer = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    data = b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    return make_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            stream(data, b"/Filter /FlateDecode "),
        ]
    )


def deep_pages(depth: int) -> bytes:
    """A page tree nested ``depth`` levels deep."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (level + 3))
    objects.append(b"<< /Type /Page /MediaBox [0 0 612 792] >>")
    return make_pdf(objects)


def deep_arrays(depth: int) -> bytes:
    return text_page(b"[" * depth + b"]" * depth + b" " + show(TEXT))


CASES: dict[str, tuple[bytes, str]] = {}
"""name → (file bytes, what the error message must say; "" for a statement)."""


def _cases(tmp: Path) -> dict[str, tuple[bytes, str]]:
    if CASES:
        return CASES
    valid = tmp / "valid.pdf"
    print_fpdf(f"{TEXT}\n\n{TEXT}\n", "Title", valid)
    good = valid.read_bytes()
    CASES.update(
        {
            "encrypted": (
                text_page(show(TEXT))[:-30]
                + b"/Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >> >>\n"
                + b"startxref\n0\n%%EOF\n",
                "is encrypted; decrypt it first",
            ),
            "image-only": (text_page(b"0 0 m 100 100 l S"), "has no text layer; run OCR first"),
            "not-a-pdf": (b"%PDF-1.4\n" + bytes(range(256)) * 40, "malformed"),
            "truncated": (good[: len(good) // 2], "PDF"),
            "empty-pdf": (b"%PDF-1.4\n%%EOF\n", "PDF"),
            "bomb-1gb": (bomb(1024), "max_pdf_inflated_bytes"),
            "deep-page-tree": (deep_pages(50_000), "PDF"),
            "deep-arrays": (deep_arrays(200_000), ""),
            "javascript-and-attachment": (
                text_page(
                    show(TEXT),
                    catalog_extra=b"/OpenAction << /S /JavaScript /JS (app.launchURL"
                    b'\\("http://127.0.0.1:9/"\\);) >> /Names << /EmbeddedFiles << /Names '
                    b"[(x.txt) 6 0 R] >> >> ",
                    more=[
                        b"<< /Type /Filespec /F (x.txt) /EF << /F 7 0 R >> >>",
                        stream(b"EMBEDDED-SECRET", b"/Type /EmbeddedFile "),
                    ],
                ),
                "",
            ),
        }
    )
    return CASES


_CHILD = r"""
import json, os, resource, socket, sys, time
budget_s, budget_b, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
resource.setrlimit(resource.RLIMIT_AS, (budget_b, budget_b))
resource.setrlimit(resource.RLIMIT_CPU, (budget_s, budget_s))
data = open(path, "rb").read()
import statementdiff, pdfminer, pdfminer.high_level
# the package's own modules and data load lazily (statementdiff/__init__.py): allowed
allowed = (
    os.path.dirname(pdfminer.__file__), os.path.dirname(statementdiff.__file__),
    sys.prefix, sys.base_prefix,
)
opened, connects = [], []
def hook(event, args):
    if event == "open" and isinstance(args[0], str) and not args[0].startswith(allowed):
        opened.append(args[0])
    elif event == "socket.connect":
        connects.append(repr(args[1]))
sys.addaudithook(hook)
start = time.process_time()
result = {}
try:
    s = statementdiff.parse(data, source="hostile.pdf")
    result["statement"] = s.text[:200]
except statementdiff.StatementDiffError as exc:
    result["error"] = type(exc).__name__
    result["message"] = str(exc)
except BaseException as exc:
    result["escaped"] = f"{type(exc).__name__}: {exc}"[:500]
result["cpu"] = time.process_time() - start
result["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
result["opened"] = opened
result["connects"] = connects
print("RESULT " + json.dumps(result))
"""


def run_child(path: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(TIME_BUDGET), str(MEMORY_BUDGET), str(path)],
        capture_output=True,
        timeout=TIME_BUDGET * 2,
        check=False,
    )
    lines = [x for x in proc.stdout.decode().splitlines() if x.startswith("RESULT ")]
    assert lines, f"child died (exit {proc.returncode}): {proc.stderr.decode()[-2000:]}"
    result: dict[str, Any] = json.loads(lines[-1][len("RESULT ") :])
    return result


@pytest.mark.parametrize(
    "name",
    [
        "encrypted",
        "image-only",
        "not-a-pdf",
        "truncated",
        "empty-pdf",
        "bomb-1gb",
        "deep-page-tree",
        "deep-arrays",
        "javascript-and-attachment",
    ],
)
def test_hostile_pdf(name: str, tmp_path: Path) -> None:
    data, expected = _cases(tmp_path)[name]
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    result = run_child(path)
    assert "escaped" not in result, result["escaped"]
    assert result["opened"] == []
    assert result["connects"] == []
    if expected:
        assert result.get("error"), f"parsed instead of refused: {result}"
        assert expected in result["message"]
    else:
        assert result.get("error") is None or "PDF" in result["message"], result
    if name == "javascript-and-attachment":
        assert "We reaffirm" in result["statement"]
        assert "EMBEDDED-SECRET" not in result["statement"]
    print(f"{name}: {result['cpu']:.2f} s CPU, {result['maxrss_kb'] / 1024:.0f} MB peak")


def test_page_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    print_fpdf("\n\n".join([TEXT * 8] * 40), "Long", path)
    data = path.read_bytes()
    with pytest.raises(
        LimitExceededError, match=r"limits=Limits\(max_pdf_pages=\.\.\.\)"
    ) as caught:
        parse(data, limits=Limits(max_pdf_pages=2))
    assert (caught.value.limit, caught.value.maximum) == ("max_pdf_pages", 2)
    assert isinstance(parse(data), Statement)


def test_inflated_limit_is_checked_before_decoding() -> None:
    with pytest.raises(LimitExceededError, match="max_pdf_inflated_bytes=1,000,000") as caught:
        parse(bomb(2), limits=Limits(max_pdf_inflated_bytes=1_000_000))
    assert caught.value.value > 1_000_000
    # Under the limit, the check ends (bytes after the zlib data once made it loop forever)
    # and the file goes on to be read: its page of NUL bytes has no text.
    with pytest.raises(ParseError, match="has no text layer"):
        parse(bomb(2), limits=Limits(max_pdf_inflated_bytes=3_000_000))


_SMALL = text_page(show(TEXT))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    edits=st.lists(
        st.tuples(
            st.integers(0, len(_SMALL) - 1),
            st.sampled_from(["flip", "delete", "insert"]),
            st.binary(min_size=1, max_size=8),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_fuzzed_pdf_parses_or_raises_parse_error(edits: list[tuple[int, str, bytes]]) -> None:
    data = bytearray(_SMALL)
    for at, kind, blob in edits:
        at %= max(1, len(data))
        if kind == "flip":
            data[at] ^= blob[0] or 1
        elif kind == "delete":
            del data[at : at + len(blob)]
        else:
            data[at:at] = blob
    error: StatementDiffError | None = None
    try:
        statement = parse(bytes(data), format="pdf")
    except StatementDiffError as exc:
        error = exc
    if error is not None:
        assert isinstance(error, ParseError)
        return
    for node in statement.nodes():
        assert statement.text[node.span.start : node.span.end] == node.text
