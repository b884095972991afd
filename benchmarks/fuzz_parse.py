"""Long fuzz run over the parser: anything but a StatementDiffError is a crash.

Usage::

    .venv/bin/pip install atheris           # optional: coverage-guided fuzzing
    .venv/bin/python benchmarks/fuzz_parse.py --seconds 600

With atheris installed, libFuzzer drives ``parse`` with coverage feedback from the
statementdiff modules. Without it, a long hypothesis run does the same with random
structured inputs (``--engine hypothesis`` forces that). Each input is decoded by a
small grammar into one of: raw bytes, a unicode string, HTML tag soup built from
genre words, or plain text with list markers and abbreviations; the format is chosen
too. When parsing succeeds, the spans are checked and, for some inputs, the statement
is compared with a fixed one.

The report (printed and written to ``--out``/report.json) gives the number of inputs
tried, the crashes (non-StatementDiffError exceptions and broken span invariants,
deduplicated by exception type and innermost frame, with a reproducer saved for each)
and the slowest inputs. A watchdog records any input that runs past ``--hang`` seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

_TAGS = (
    "p", "div", "b", "i", "li", "ul", "ol", "h1", "h2", "h3", "nav", "header", "footer",
    "script", "style", "span", "br", "table", "td", "main", "article", "section", "q",
    "blockquote", "sup", "a", "form", "template", "svg", "math", "noscript", "iframe",
)  # fmt: skip
_WORDS = (
    "We", "reaffirm", "welcome", "oppose", "underscore", "the", "U.S.", "U.S.-ROK", "Jr.",
    "No.", "Gen.", "Dec.", "p.m.", "e.g.", "H.E.", "(a)", "(ii)", "1.", "12)", "-", "•", "*",
    "Taiwan", "Strait", "Japan", "China", "will", "seek to", "not", "and", ";", ",", ".", ":",
    "\"", "'", "(", ")", "التزامنا", "שלום", "和平", "Мы", "&amp;", "&#0;", "&#xD800;",
    "&nbsp;", "&lol;", "\u200b", "\u202e", "\ufeff", "\x0b", "\x1f", "\x00", "\ud800", "\n",
    "\n\n", "\r\n", "\r", "\t", "###", "$4.5 billion", "2031",
)  # fmt: skip
_ENCODINGS = ("utf-8", "utf-16", "utf-32", "latin-1", "cp1252", "utf-8-sig", "shift_jis")
_FORMATS = ("auto", "text", "html")


class _Hang(BaseException):
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise _Hang


class _Source:
    """Turns fuzzer bytes (atheris) or a Random (hypothesis-free fallback) into choices."""

    def __init__(self, fdp: Any = None, rng: random.Random | None = None) -> None:
        self.fdp = fdp
        self.rng = rng

    def int(self, n: int) -> int:
        if self.fdp is not None:
            return int(self.fdp.ConsumeIntInRange(0, n - 1))
        assert self.rng is not None
        return self.rng.randrange(n)

    def bytes(self, n: int) -> bytes:
        if self.fdp is not None:
            return bytes(self.fdp.ConsumeBytes(n))
        assert self.rng is not None
        return self.rng.randbytes(self.rng.randrange(n + 1))

    def text(self, n: int) -> str:
        if self.fdp is not None:
            return str(self.fdp.ConsumeUnicode(n))
        assert self.rng is not None
        size = self.rng.randrange(n + 1)
        top = self.rng.choice((0x7F, 0xFF, 0xFFFF, 0x10FFFF))
        return "".join(chr(self.rng.randrange(top + 1)) for _ in range(size))

    def pick(self, items: tuple[str, ...]) -> str:
        return items[self.int(len(items))]


def _words(src: _Source, n: int) -> str:
    return " ".join(src.pick(_WORDS) for _ in range(src.int(n) + 1))


def _soup(src: _Source, depth: int) -> str:
    parts = []
    for _ in range(src.int(4) + 1):
        if depth <= 0 or src.int(3) == 0:
            parts.append(_words(src, 12))
            continue
        tag = src.pick(_TAGS)
        attr = src.pick(("", " class=x", " dir=rtl", ' title="a<b"', " hidden", ' style="x'))
        close = f"</{tag}>" if src.int(4) else ""
        parts.append(f"<{tag}{attr}>{_soup(src, depth - 1)}{close}")
    return "".join(parts)


def _plain(src: _Source) -> str:
    lines = []
    for _ in range(src.int(12) + 1):
        marker = src.pick(("", "", "- ", "• ", "1. ", "(a) ", "(iv) ", "12) ", "HEADING "))
        lines.append(marker + _words(src, 25))
        lines.append(src.pick(("\n", "\n\n", "\r\n", "\n \n", "")))
    return "".join(lines)


def build_input(src: _Source) -> tuple[str | bytes, str]:
    """Decode one fuzz input into (data, format)."""
    kind = src.int(6)
    fmt = src.pick(_FORMATS)
    if kind == 0:
        return src.bytes(4096), fmt
    if kind == 1:
        return src.text(2048), fmt
    if kind in (2, 3):
        html = _soup(src, 6)
        if src.int(3) == 0:
            prolog = src.pick(
                (
                    "<!DOCTYPE html>",
                    '<?xml version="1.0"?>',
                    '<!DOCTYPE x [<!ENTITY lol "lol"><!ENTITY e SYSTEM "file:///etc/passwd">]>',
                    '<meta charset="utf-16">',
                    '<meta charset="punycode">',
                )
            )
            html = prolog + html
        if kind == 3:
            return html.encode(src.pick(_ENCODINGS), errors="replace"), fmt
        return html, fmt
    text = _plain(src)
    if kind == 5:
        return text.encode(src.pick(_ENCODINGS), errors="replace"), fmt
    return text, fmt


@dataclass
class Stats:
    started: float = field(default_factory=time.monotonic)
    tried: int = 0
    parsed: int = 0
    rejected: int = 0
    compared: int = 0
    crashes: dict[str, dict[str, Any]] = field(default_factory=dict)
    hangs: int = 0
    slowest: list[tuple[float, str]] = field(default_factory=list)

    def report(self, engine: str) -> dict[str, Any]:
        return {
            "engine": engine,
            "seconds": round(time.monotonic() - self.started, 1),
            "inputs_tried": self.tried,
            "parsed": self.parsed,
            "rejected_with_statementdiff_error": self.rejected,
            "compared": self.compared,
            "crash_signatures": len(self.crashes),
            "crash_inputs": sum(c["count"] for c in self.crashes.values()),
            "hangs": self.hangs,
            "slowest_seconds": [round(t, 3) for t, _ in self.slowest],
            "slowest_inputs": [r for _, r in self.slowest],
            "crashes": self.crashes,
        }


class Runner:
    def __init__(self, out: Path, hang: int, seconds: float, engine: str) -> None:
        import statementdiff

        self.sd = statementdiff
        self.reference = statementdiff.parse("We reaffirm our commitment to peace and stability.")
        self.out = out
        self.hang = hang
        self.deadline = time.monotonic() + seconds
        self.engine = engine
        self.stats = Stats()
        self.last_write = 0.0
        out.mkdir(parents=True, exist_ok=True)
        signal.signal(signal.SIGALRM, _on_alarm)

    def one(self, data: str | bytes, fmt: str) -> None:
        stats = self.stats
        stats.tried += 1
        start = time.monotonic()
        signal.alarm(self.hang)
        try:
            statement = self.sd.parse(data, format=fmt)  # type: ignore[arg-type]
            for node in statement.nodes():
                if statement.text[node.span.start : node.span.end] != node.text:
                    raise AssertionError(f"span of {node.id} does not slice back")
            stats.parsed += 1
            if stats.tried % 5 == 0:
                self.sd.compare(statement, self.reference)
                self.sd.compare(self.reference, statement)
                stats.compared += 1
        except self.sd.StatementDiffError:
            stats.rejected += 1
        except _Hang:
            stats.hangs += 1
            self._crash("Hang", f"no result after {self.hang} s", data, fmt)
        except Exception as exc:
            tb = traceback.extract_tb(exc.__traceback__)
            where = f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?"
            self._crash(f"{type(exc).__name__} at {where}", traceback.format_exc(), data, fmt)
        finally:
            signal.alarm(0)
        elapsed = time.monotonic() - start
        if len(stats.slowest) < 5 or elapsed > stats.slowest[-1][0]:
            stats.slowest.append((elapsed, _describe(data, fmt)))
            stats.slowest.sort(key=lambda x: -x[0])
            del stats.slowest[5:]
        now = time.monotonic()
        if now - self.last_write > 10:
            self.write()
            self.last_write = now

    def _crash(self, signature: str, detail: str, data: str | bytes, fmt: str) -> None:
        entry = self.stats.crashes.get(signature)
        if entry is None:
            name = f"crash-{len(self.stats.crashes) + 1}"
            raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
            (self.out / f"{name}.{'bytes' if isinstance(data, bytes) else 'str'}.bin").write_bytes(
                raw
            )
            entry = {
                "count": 0,
                "reproducer": f"{name} (format={fmt!r})",
                "input": _describe(data, fmt),
                "traceback": detail[-2500:],
            }
            self.stats.crashes[signature] = entry
        entry["count"] += 1

    def expired(self) -> bool:
        return time.monotonic() > self.deadline

    def write(self) -> dict[str, Any]:
        report = self.stats.report(self.engine)
        (self.out / "report.json").write_text(json.dumps(report, indent=2), "utf-8")
        return report


def _describe(data: str | bytes, fmt: str) -> str:
    head = data[:160]
    return f"{type(data).__name__} len={len(data)} format={fmt} head={head!r}"


def _finish(runner: Runner) -> None:
    report = runner.write()
    summary = {k: v for k, v in report.items() if k != "crashes"}
    print(json.dumps(summary, indent=2))
    for signature, entry in report["crashes"].items():
        print(f"\nCRASH x{entry['count']}: {signature}\n  {entry['input']}")
        print("  " + entry["traceback"].strip().splitlines()[-1])
    sys.stdout.flush()


def run_atheris(args: argparse.Namespace) -> None:
    import atheris

    with atheris.instrument_imports(include=["statementdiff"]):
        import statementdiff  # noqa: F401

    runner = Runner(args.out, args.hang, args.seconds, "atheris")

    def test_one_input(raw: bytes) -> None:
        if runner.expired():
            _finish(runner)
            os._exit(0)
        src = _Source(fdp=atheris.FuzzedDataProvider(raw))
        runner.one(*build_input(src))

    argv = [
        sys.argv[0],
        f"-max_len={args.max_len}",
        f"-timeout={args.hang + 30}",
        "-rss_limit_mb=4096",
    ]
    argv += [f"-seed={args.seed}", "-len_control=0"]
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


def run_random(args: argparse.Namespace) -> None:
    """Fallback without atheris: seeded random structured inputs (no coverage feedback)."""
    runner = Runner(args.out, args.hang, args.seconds, "random-structured")
    rng = random.Random(args.seed)
    while not runner.expired():
        runner.one(*build_input(_Source(rng=rng)))
    _finish(runner)


def run_hypothesis(args: argparse.Namespace) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    runner = Runner(args.out, args.hang, args.seconds, "hypothesis")

    @settings(
        max_examples=10_000_000,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(seed=st.integers(0, 2**64), raw=st.binary(max_size=4096), text=st.text(max_size=2048))
    def fuzz(seed: int, raw: bytes, text: str) -> None:
        if runner.expired():
            return
        runner.one(*build_input(_Source(rng=random.Random(seed))))
        fmt = _FORMATS[seed % 3]
        runner.one(raw, fmt)
        runner.one(text, fmt)

    fuzz()
    _finish(runner)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600.0, help="how long to fuzz")
    parser.add_argument("--hang", type=int, default=60, help="seconds before an input is a hang")
    parser.add_argument(
        "--engine", choices=("auto", "atheris", "hypothesis", "random"), default="auto"
    )
    parser.add_argument("--max-len", type=int, default=16384, help="libFuzzer -max_len")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / ".benchmarks" / "fuzz_parse")
    args = parser.parse_args()
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
        except ImportError:
            engine = "hypothesis"
        else:
            engine = "atheris"
    {"atheris": run_atheris, "hypothesis": run_hypothesis, "random": run_random}[engine](args)


if __name__ == "__main__":
    main()
