"""URL input against a local HTTP server on 127.0.0.1 (no other network access)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from statementdiff import FetchError, parse_file
from statementdiff.cli import load_statement
from statementdiff.read.fetch import cache_dir, fetch, is_url

BIG = 200_000


class _Server:
    def __init__(self, corpus: Path | None) -> None:
        self.corpus = corpus
        self.hits: Counter[str] = Counter()
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # quiet
                return

            def do_GET(self) -> None:
                server.hits[self.path] += 1
                server.route(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def send(self, h: BaseHTTPRequestHandler, body: bytes, kind: str, length: bool = True) -> None:
        h.send_response(200)
        h.send_header("Content-Type", kind)
        if length:
            h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def route(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path
        if path.startswith("/corpus/") and self.corpus is not None:
            file = self.corpus / path.removeprefix("/corpus/")
            if file.is_file() and file.parent == self.corpus:
                kind = "text/html; charset=utf-8" if file.suffix == ".html" else "text/plain"
                self.send(h, file.read_bytes(), kind)
                return
        if path == "/hello.txt":
            self.send(h, b"We reaffirm our commitment to peace.\n", "text/plain; charset=utf-8")
        elif path == "/latin1.txt":
            self.send(
                h, "We welcome the café talks.".encode("latin-1"), "text/plain; charset=latin-1"
            )
        elif path == "/slow":
            self.release.wait(5)  # bounded: the fixture releases it at teardown
            self.send(h, b"We welcome the talks.", "text/plain")
        elif path == "/big":
            self.send(h, b"We welcome the talks. " * (BIG // 22 + 1), "text/plain")
        elif path == "/big-stream":
            h.protocol_version = "HTTP/1.0"
            self.send(h, b"We welcome the talks. " * (BIG // 22 + 1), "text/plain", length=False)
        elif path == "/data.json":
            self.send(h, b'{"a": 1}', "application/json")
        elif path == "/to-file":
            h.send_response(302)
            h.send_header("Location", "file:///etc/passwd")
            h.send_header("Content-Length", "0")
            h.end_headers()
        else:
            h.send_error(404, "Not Found")

    def __enter__(self) -> _Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A private cache folder and no proxy for loopback."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("STATEMENTDIFF_CACHE_DIR", str(cache))
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "*")
    return cache


@pytest.fixture
def server(isolated: Path) -> Iterator[_Server]:
    with _Server(None) as running:
        yield running


@pytest.fixture
def corpus_server(isolated: Path, corpus_dir: Path) -> Iterator[_Server]:
    with _Server(corpus_dir) as running:
        yield running


SLUG = "us-rok-2021-05-21-leaders-joint-statement"


@pytest.mark.corpus
def test_fetches_a_corpus_statement(corpus_server: _Server, corpus_dir: Path) -> None:
    url = f"{corpus_server.base}/corpus/{SLUG}.txt"
    statement = load_statement(url, allow_private=True)
    local = parse_file(corpus_dir / f"{SLUG}.txt")
    assert statement.text == local.text
    assert statement.source == url
    assert [c.id for c in statement.clauses()] == [c.id for c in local.clauses()]


@pytest.mark.corpus
def test_html_content_type_is_read_as_html(corpus_server: _Server, corpus_dir: Path) -> None:
    name = next(p.name for p in sorted(corpus_dir.glob("*.html")))
    fetched = fetch(f"{corpus_server.base}/corpus/{name}", allow_private=True)
    assert fetched.format == "html"
    assert fetched.charset == "utf-8"
    assert fetched.data == (corpus_dir / name).read_bytes()


@pytest.mark.corpus
def test_second_fetch_is_a_cache_hit(
    corpus_server: _Server, corpus_dir: Path, isolated: Path
) -> None:
    path = f"/corpus/{SLUG}.txt"
    first = fetch(corpus_server.base + path, allow_private=True)
    second = fetch(corpus_server.base + path, allow_private=True)
    assert corpus_server.hits[path] == 1
    assert not first.from_cache
    assert second.from_cache
    assert second.data == first.data == (corpus_dir / f"{SLUG}.txt").read_bytes()
    assert len(list(isolated.glob("*.body"))) == 1


def test_no_cache_fetches_again_and_writes_nothing(server: _Server, isolated: Path) -> None:
    url = server.base + "/hello.txt"
    for _ in range(2):
        assert not fetch(url, use_cache=False, allow_private=True).from_cache
    assert server.hits["/hello.txt"] == 2
    assert not isolated.exists()


def test_corrupt_cache_entry_is_refetched(server: _Server, isolated: Path) -> None:
    url = server.base + "/hello.txt"
    fetch(url, allow_private=True)
    for meta in isolated.glob("*.json"):
        meta.write_text("{not json", "utf-8")
    assert not fetch(url, allow_private=True).from_cache
    assert server.hits["/hello.txt"] == 2


def test_declared_charset_is_used(server: _Server) -> None:
    statement = load_statement(server.base + "/latin1.txt", allow_private=True)
    assert "café" in statement.text


def test_timeout(server: _Server) -> None:
    with pytest.raises(FetchError, match=r"timed out after 0\.3 s") as info:
        fetch(server.base + "/slow", timeout=0.3, allow_private=True)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("path", ["/big", "/big-stream"])
def test_oversized_body(server: _Server, path: str) -> None:
    with pytest.raises(FetchError, match="over the limit of 1,000") as info:
        fetch(server.base + path, max_bytes=1_000, allow_private=True)
    assert "\n" not in str(info.value)


def test_wrong_content_type(server: _Server) -> None:
    with pytest.raises(FetchError, match="is application/json, not HTML, plain text or PDF"):
        fetch(server.base + "/data.json", allow_private=True)


def test_not_found(server: _Server, isolated: Path) -> None:
    with pytest.raises(FetchError, match="HTTP 404") as info:
        fetch(server.base + "/missing.txt", allow_private=True)
    assert "\n" not in str(info.value)
    assert not list(isolated.glob("*.body")) if isolated.exists() else True


def test_redirect_to_another_scheme_is_refused(server: _Server) -> None:
    with pytest.raises(FetchError, match="file:///etc/passwd"):
        fetch(server.base + "/to-file", allow_private=True)


def test_connection_refused(isolated: Path) -> None:
    with _Server(None) as stopped:
        url = stopped.base + "/hello.txt"
    with pytest.raises(FetchError, match="cannot fetch"):
        fetch(url, timeout=2, allow_private=True)


@pytest.mark.parametrize(
    "url", ["ftp://example.org/a.txt", "file:///etc/passwd", "http://", "http://a b/"]
)
def test_bad_urls(url: str) -> None:
    with pytest.raises(FetchError):
        fetch(url)


def test_fetch_error_is_an_oserror() -> None:
    with pytest.raises(OSError, match="not an http"):
        fetch("gopher://example.org/")


def test_is_url() -> None:
    assert is_url("HTTPS://example.org/x")
    assert is_url("http://127.0.0.1/")
    assert not is_url("fixtures/leaders-2031-a.txt")
    assert not is_url("httpx.txt")


def test_cache_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STATEMENTDIFF_CACHE_DIR", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("STATEMENTDIFF_CACHE_DIR")
    assert cache_dir() == tmp_path / "xdg" / "statementdiff"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "statementdiff"
