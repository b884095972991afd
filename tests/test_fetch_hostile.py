"""Hostile and odd HTTP servers (issue 11): drips, lies, partial bodies, odd statuses and
charsets, and addresses on the user's own network. A local server on 127.0.0.1 in a thread;
no other network access.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from statementdiff import FetchError
from statementdiff.cli import load_statement, main
from statementdiff.read import fetch as fetch_module
from statementdiff.read.fetch import Fetched, fetch

STATEMENT = b"We reaffirm our Alliance.\n\nWe welcome the talks.\n"

Route = Callable[[BaseHTTPRequestHandler], None]


class _Server:
    """A threaded HTTP server whose routes write raw bytes, lies included."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.stop = threading.Event()
        self.routes: dict[str, Route] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # quiet
                return

            def do_GET(self) -> None:
                server.hits[self.path] += 1
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # client gave up
                    route(self)
                self.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def raw(self, path: str, head: bytes, body: bytes = b"") -> None:
        """Answer ``path`` with exactly these bytes, then close."""

        def route(h: BaseHTTPRequestHandler) -> None:
            h.wfile.write(head + body)
            h.wfile.flush()

        self.routes[path] = route

    def drip(self, path: str, head: bytes, body: bytes, *, in_head: bool) -> None:
        """Send one byte every 0.05 s (of the headers, or of the body after quick headers)."""

        def route(h: BaseHTTPRequestHandler) -> None:
            slow = head + body if in_head else body
            if not in_head:
                h.wfile.write(head)
                h.wfile.flush()
            for byte in slow:
                if self.stop.wait(0.05):
                    return
                h.wfile.write(bytes([byte]))
                h.wfile.flush()

        self.routes[path] = route

    def __enter__(self) -> _Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


def _head(status: str = "200 OK", *headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status}", *headers, "Connection: close", "", ""]
    return "\r\n".join(lines).encode("latin-1")


def _ok(body: bytes, kind: str = "text/plain; charset=utf-8") -> bytes:
    return _head("200 OK", f"Content-Type: {kind}", f"Content-Length: {len(body)}") + body


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A private cache folder and no proxy for loopback."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("STATEMENTDIFF_CACHE_DIR", str(folder))
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "*")
    return folder


@pytest.fixture
def server(cache: Path) -> Iterator[_Server]:
    with _Server() as running:
        yield running


def _cached(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.body")) if cache.exists() else []


# ---------------------------------------------------------------------------
# one deadline for the whole fetch


@pytest.mark.parametrize("in_head", [False, True], ids=["body", "headers"])
def test_a_dripping_server_hits_the_total_deadline(
    server: _Server, cache: Path, in_head: bool
) -> None:
    # One byte every 0.05 s never trips a per-read timeout of 1 s, but 400 bytes take 20 s.
    body = b"We agree. " * 40
    head = _head("200 OK", "Content-Type: text/plain", f"Content-Length: {len(body)}")
    server.drip("/drip", head, body, in_head=in_head)
    with pytest.raises(FetchError) as info:
        fetch(server.base + "/drip", timeout=1, allow_private=True)
    message = str(info.value)
    assert message.startswith("timed out after 1 s fetching ")
    assert "the limit is for the whole fetch: connecting, headers and body" in message
    assert _cached(cache) == []


# ---------------------------------------------------------------------------
# complete bodies only, never cached when partial


def test_a_lying_content_length_is_refused_and_not_cached(server: _Server, cache: Path) -> None:
    head = _head("200 OK", "Content-Type: text/plain", "Content-Length: 1000")
    server.raw("/short", head, STATEMENT)
    with pytest.raises(FetchError, match=f"stopped after {len(STATEMENT)} of the 1,000 bytes"):
        fetch(server.base + "/short", allow_private=True)
    assert _cached(cache) == []


@pytest.mark.parametrize(
    "chunks",
    [
        b"19\r\nWe reaffirm our Alliance.\r\n",
        b"19\r\nWe reaffirm",
        b"19\r\nWe reaffirm our Alliance.\r\nzz",
    ],
    ids=["no-last-chunk", "cut-in-a-chunk", "bad-chunk-size"],
)
def test_a_chunked_body_must_end_properly(server: _Server, cache: Path, chunks: bytes) -> None:
    head = _head("200 OK", "Content-Type: text/plain", "Transfer-Encoding: chunked")
    server.raw("/chunked", head, chunks)
    with pytest.raises(FetchError, match="the body is incomplete"):
        fetch(server.base + "/chunked", allow_private=True)
    assert _cached(cache) == []


def test_a_whole_chunked_body_is_accepted(server: _Server) -> None:
    head = _head("200 OK", "Content-Type: text/plain", "Transfer-Encoding: chunked")
    server.raw("/chunked", head, b"19\r\nWe reaffirm our Alliance.\r\n0\r\n\r\n")
    assert fetch(server.base + "/chunked", allow_private=True).data == b"We reaffirm our Alliance."


def test_conflicting_content_lengths_are_refused(server: _Server) -> None:
    head = _head("200 OK", "Content-Type: text/plain", "Content-Length: 5", "Content-Length: 50")
    server.raw("/two", head, STATEMENT)
    with pytest.raises(FetchError, match="malformed Content-Length"):
        fetch(server.base + "/two", allow_private=True)


def test_a_compressed_body_is_refused(server: _Server) -> None:
    server.raw(
        "/gz",
        _head("200 OK", "Content-Type: text/plain", "Content-Encoding: gzip", "Content-Length: 4"),
        b"\x1f\x8b\x08\x00",
    )
    with pytest.raises(FetchError, match=r"compressed \(Content-Encoding: gzip\)"):
        fetch(server.base + "/gz", allow_private=True)


# ---------------------------------------------------------------------------
# status 200 only


@pytest.mark.parametrize(
    "status",
    ["201 Created", "202 Accepted", "203 Non-Authoritative Information", "206 Partial Content"],
)
def test_only_200_is_success(server: _Server, cache: Path, status: str) -> None:
    body = STATEMENT
    server.raw(
        "/odd",
        _head(status, "Content-Type: text/plain", f"Content-Length: {len(body)}"),
        body,
    )
    with pytest.raises(FetchError, match=f"HTTP {status}; only 200 OK is accepted"):
        fetch(server.base + "/odd", allow_private=True)
    assert _cached(cache) == []


def test_a_redirect_to_200_is_followed(server: _Server) -> None:
    server.raw("/moved", _head("301 Moved", "Location: /here", "Content-Length: 0"))
    server.raw("/here", _ok(STATEMENT))
    assert fetch(server.base + "/moved", allow_private=True).data == STATEMENT


# ---------------------------------------------------------------------------
# the declared charset must fit the bytes


def test_a_utf16_header_on_an_ascii_page_is_ignored(server: _Server) -> None:
    server.raw("/lie", _ok(STATEMENT, "text/plain; charset=utf-16"))
    statement = load_statement(server.base + "/lie", allow_private=True)
    assert statement.text == STATEMENT.decode()


def test_a_utf16_header_on_a_utf16_page_is_used(server: _Server) -> None:
    server.raw("/wide", _ok(STATEMENT.decode().encode("utf-16-le"), "text/plain; charset=utf-16"))
    statement = load_statement(server.base + "/wide", allow_private=True)
    assert statement.text == STATEMENT.decode()


def test_a_bom_wins_over_the_header(server: _Server) -> None:
    body = "\ufeffWe welcome the café talks.".encode()
    server.raw("/bom", _ok(body, "text/plain; charset=iso-8859-1"))
    assert load_statement(server.base + "/bom", allow_private=True).text == (
        "We welcome the café talks."
    )


@pytest.mark.parametrize(
    ("charset", "data", "expected"),
    [
        (None, b"x", None),
        ("utf-8", b"x", "utf-8"),
        ("latin-1", b"caf\xe9", "iso8859-1"),
        ("no-such-charset", b"x", None),
        ("rot13", b"x", None),
        ("utf-7", b"x", None),
        ("utf-16", STATEMENT, None),
        ("utf-32", STATEMENT, None),
        ("utf-16", "We".encode("utf-16-be"), "utf-16-be"),
        ("utf-16", "We".encode("utf-16-le"), "utf-16-le"),
        ("UTF-16LE", "We".encode("utf-16-le"), "utf-16-le"),
        ("utf-32", "We".encode("utf-32-le"), "utf-32-le"),
        ("utf-8", b"\xff\xfeW\x00", None),
    ],
)
def test_charset_rule(charset: str | None, data: bytes, expected: str | None) -> None:
    assert Fetched("u", data, "text", charset).encoding == expected


# ---------------------------------------------------------------------------
# private, loopback and link-local addresses


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost", "[::1]", "0.0.0.0", "2130706433", "[::ffff:127.0.0.1]"]
)
def test_loopback_is_refused_by_default(server: _Server, cache: Path, host: str) -> None:
    server.raw("/hello.txt", _ok(STATEMENT))
    url = f"http://{host}:{server.port}/hello.txt"
    with pytest.raises(FetchError, match="refusing to fetch") as info:
        fetch(url)
    assert "pass allow_private=True (--allow-private)" in str(info.value)
    assert server.hits["/hello.txt"] == 0
    assert _cached(cache) == []


def test_https_to_loopback_is_refused_before_the_handshake(server: _Server) -> None:
    with pytest.raises(FetchError, match=r"refusing to fetch https://127\.0\.0\.1:\d+/x"):
        fetch(f"https://127.0.0.1:{server.port}/x", use_cache=False)
    assert sum(server.hits.values()) == 0


def test_allow_private_fetches_from_loopback(server: _Server) -> None:
    server.raw("/hello.txt", _ok(STATEMENT))
    assert fetch(server.base + "/hello.txt", allow_private=True).data == STATEMENT


def test_a_redirect_to_a_private_address_is_refused(
    server: _Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend 127.0.0.1 is public, so the first hop is fetched; 127.0.0.2 stays loopback.
    def non_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
        return None if str(address) == "127.0.0.1" else "loopback"

    monkeypatch.setattr(fetch_module, "_non_public", non_public)
    target = f"http://127.0.0.2:{server.port}/hello.txt"
    server.raw("/go", _head("302 Found", f"Location: {target}", "Content-Length: 0"))
    server.raw("/hello.txt", _ok(STATEMENT))
    with pytest.raises(FetchError, match=r"127\.0\.0\.2 is 127\.0\.0\.2, a loopback address"):
        fetch(server.base + "/go")
    assert server.hits == Counter({"/go": 1})


def test_every_resolved_address_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    # A name with one public and one private address is refused, before any connection.
    def resolve(host: str, port: object, *args: object, **kwargs: object) -> list[object]:
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 80)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 80)),
        ]

    def no_connect(*args: object) -> None:
        raise AssertionError("connected before checking every address")

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    monkeypatch.setattr(socket.socket, "connect", no_connect)
    with pytest.raises(FetchError, match=r"example\.org is 10\.0\.0\.7, a private address"):
        fetch("http://example.org/s.txt", use_cache=False)


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.1", "private"),
        ("172.16.0.1", "private"),
        ("169.254.169.254", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "non-public"),
        ("224.0.0.1", "multicast"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("::ffff:10.0.0.1", "private"),
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
    ],
)
def test_address_kinds(address: str, kind: str | None) -> None:
    assert fetch_module._non_public(ipaddress.ip_address(address)) == kind


def test_cli_refuses_loopback_without_the_flag(
    server: _Server, capsys: pytest.CaptureFixture[str]
) -> None:
    server.raw("/hello.txt", _ok(STATEMENT))
    url = server.base + "/hello.txt"
    assert main(["parse", url, "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert "a loopback address" in err
    assert "--allow-private" in err
    assert main(["parse", url, "--no-cache", "--allow-private"]) == 0


def test_the_worker_thread_does_not_outlive_a_timeout(server: _Server) -> None:
    # After the deadline the sockets are shut down, so the worker ends instead of dripping on.
    body = b"We agree. " * 40
    head = _head("200 OK", "Content-Type: text/plain", f"Content-Length: {len(body)}")
    server.drip("/drip", head, body, in_head=False)
    with pytest.raises(FetchError, match="timed out"):
        fetch(server.base + "/drip", timeout=0.5, allow_private=True)
    workers = [t for t in threading.enumerate() if t.name == "statementdiff-fetch"]
    for worker in workers:
        worker.join(timeout=10)
    assert not any(t.is_alive() for t in workers)
