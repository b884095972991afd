"""Fetch a statement from an http(s) URL: one deadline, size cap, type and address checks, cache.

Only ``http`` and ``https`` are fetched (redirects too, at most 5). A response is accepted
when its final status is exactly 200, its ``Content-Type`` is HTML, plain text or PDF, it is not
compressed, its body is at most ``max_bytes`` long and complete (as long as its
``Content-Length`` says, or a chunked body with its last chunk), and all of it arrived within
``timeout`` seconds counted from the start: connecting, the headers and the body share one
deadline, so a server that sends a byte a second cannot stretch it.

Private, loopback, link-local and other non-public addresses are refused unless
``allow_private=True`` (``--allow-private``): the host name is resolved, every address it
resolves to is checked with :mod:`ipaddress`, and the connection is made to a checked address
(for each redirect too). Behind a proxy (``https_proxy`` …) the proxy connects, so the check
runs on the URL's host as resolved locally, and a name that does not resolve locally is
left to the proxy.

An accepted body is cached under :func:`cache_dir` keyed by the SHA-256 of the URL, so a
second run reads the disk instead of the network; partial bodies are never cached. Cache
entries do not expire; ``use_cache=False`` (``--no-cache``) neither reads nor writes the
cache, and deleting the folder clears it. Every failure raises
:class:`~statementdiff.errors.FetchError` with a one-line message.

The declared charset decodes the body only where it fits it (see :attr:`Fetched.encoding`).
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import hashlib
import http.client
import ipaddress
import json
import os
import socket
import ssl
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any, Literal

from statementdiff._version import __version__
from statementdiff.errors import FetchError
from statementdiff.whitespace import normalize_space

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "Fetched",
    "cache_dir",
    "fetch",
    "is_url",
]

DEFAULT_TIMEOUT = 20.0
"""Seconds allowed for the whole fetch: resolving, connecting, redirects, headers and body."""

DEFAULT_MAX_BYTES = 10_000_000
"""Largest body accepted, in bytes (a G7 communiqué page is well under 1 MB)."""

_CHUNK = 65_536
_MAX_REDIRECTS = 5
_TYPES: dict[str, Literal["html", "text", "pdf"]] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "application/pdf": "pdf",
}
_BOMS = (
    codecs.BOM_UTF8,
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)
_WIDE = {"utf-16": 2, "utf-16-le": 2, "utf-16-be": 2, "utf-32": 4, "utf-32-le": 4, "utf-32-be": 4}
"""Charsets whose text of mostly Latin script is full of NUL bytes, with their unit size."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched document.

    Attributes:
        url: The URL asked for.
        data: The body, undecoded.
        format: ``"html"``, ``"text"`` or ``"pdf"``, from the content type.
        charset: The charset the server declared, if any.
        from_cache: True when the body came from the disk cache.
    """

    url: str
    data: bytes
    format: Literal["html", "text", "pdf"]
    charset: str | None
    from_cache: bool = False

    @property
    def encoding(self) -> str | None:
        r"""The declared charset when it fits the body, else None (let ``parse`` detect it).

        The rule: a byte order mark in the body wins over the header (as in browsers); a
        charset Python does not know, or that is not a text encoding, is ignored; UTF-7 is
        ignored; a UTF-16 or UTF-32 charset is believed only when the body has NUL bytes
        (text in those encodings has them, an ASCII page has none), its byte order then
        taken from where they fall. Any other charset is used as declared. Ignored means
        ``parse`` decides: a BOM, ``<meta charset>`` for HTML, else UTF-8.

        Examples:
            >>> Fetched("u", b"<p>We agree.</p>", "html", "utf-16").encoding is None
            True
            >>> Fetched("u", "We agree.".encode("utf-16-le"), "text", "utf-16").encoding
            'utf-16-le'
            >>> Fetched("u", b"caf\xe9", "text", "ISO-8859-1").encoding
            'iso8859-1'
        """
        return _usable_charset(self.charset, self.data)


def _usable_charset(charset: str | None, data: bytes) -> str | None:
    if not charset or data.startswith(_BOMS):
        return None
    try:
        info = codecs.lookup(charset)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    name = info.name.replace("_", "-")
    if name == "utf-7":
        return None
    unit = _WIDE.get(name)
    if unit is None:
        return info.name
    nul = data.find(b"\x00")
    if nul < 0:
        return None
    if name in ("utf-16", "utf-32"):  # no BOM: the NUL bytes tell the byte order
        return f"{name}-{'be' if nul % unit == 0 else 'le'}"
    return name


def is_url(source: str) -> bool:
    """True when ``source`` starts with ``http://`` or ``https://`` (any case)."""
    return source[:8].lower().startswith(("http://", "https://"))


def cache_dir() -> Path:
    """The per-user cache folder.

    ``$STATEMENTDIFF_CACHE_DIR`` when set, else ``$XDG_CACHE_HOME/statementdiff``,
    else ``~/.cache/statementdiff``.
    """
    explicit = os.environ.get("STATEMENTDIFF_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "statementdiff"


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    use_cache: bool = True,
    allow_private: bool = False,
) -> Fetched:
    """Fetch an HTML or plain-text document.

    Args:
        url: An ``http://`` or ``https://`` URL.
        timeout: Seconds allowed for the whole fetch (connecting, headers and body together).
        max_bytes: Largest body accepted.
        use_cache: Read and write the disk cache (see :func:`cache_dir`).
        allow_private: Also fetch from private, loopback and link-local addresses (refused
            by default, so that a URL from someone else cannot reach your own network).

    Returns:
        The body with its format and declared charset.

    Raises:
        FetchError: Bad URL, a non-public address, network error, timeout, a status other
            than 200, a content type other than HTML or plain text, a compressed, truncated
            or oversized body.
    """
    _check_url(url)
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()
    if use_cache:
        cached = _read_cache(key, url)
        if cached is not None:
            return cached
    fetched = _download(url, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private)
    if use_cache:
        _write_cache(key, fetched)
    return fetched


def _check_url(url: str) -> None:
    if not is_url(url):
        raise FetchError(f"not an http(s) URL: {url!r}")
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError as exc:
        raise FetchError(f"invalid URL {url!r}: {exc}") from None
    if not parts.hostname:
        raise FetchError(f"invalid URL {url!r}: no host name")
    if any(ch in url for ch in "\r\n\t ") or any(ord(ch) < 32 for ch in url):
        raise FetchError(f"invalid URL {url!r}: it contains whitespace or control characters")


# ---------------------------------------------------------------------------
# addresses and sockets: one guard per fetch


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def _non_public(address: IPAddress) -> str | None:
    """What kind of non-public address this is ("loopback", "private" …), or None."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    kinds = (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("unspecified", address.is_unspecified),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("non-public", not address.is_global),
    )
    return next((kind for kind, flag in kinds if flag), None)


class _Guard:
    """Checks the addresses a fetch connects to and shuts its sockets down at the deadline."""

    def __init__(self, url: str, *, allow_private: bool) -> None:
        self.url = url
        self.allow_private = allow_private
        self.aborted = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def check(self, host: str, address: str) -> None:
        """Refuse a non-public address unless private ones are allowed."""
        if self.allow_private:
            return
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            kind: str | None = "unrecognised"
        else:
            kind = _non_public(ip)
        if kind is not None:
            raise FetchError(
                f"refusing to fetch {self.url}: {host} is {address}, a {kind} address; "
                "pass allow_private=True (--allow-private) to fetch from your own network"
            )

    def check_name(self, host: str) -> None:
        """Check every address ``host`` resolves to (a name that does not resolve passes)."""
        if self.allow_private:
            return
        try:
            infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            return
        for info in infos:
            self.check(host, str(info[4][0]))

    def connect(
        self, address: tuple[str, int], timeout: float | None, source: object = None
    ) -> socket.socket:
        """Resolve, check every address, then connect to one of them (no second lookup)."""
        host, port = address
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        for info in infos:
            self.check(host, str(info[4][0]))
        error: OSError | None = None
        for family, kind, proto, _, sockaddr in infos:
            sock = self.track(socket.socket(family, kind, proto))
            try:
                sock.settimeout(timeout)
                sock.connect(sockaddr)
            except OSError as exc:
                sock.close()
                error = exc
                continue
            return sock
        raise error or OSError(f"{host} has no address")

    def connect_to_proxy(
        self, address: tuple[str, int], timeout: float | None, source: Any = None
    ) -> socket.socket:
        """Connect to a proxy (the user's own choice: not checked), and track the socket."""
        return self.track(socket.create_connection(address, timeout, source))

    def track(self, sock: socket.socket) -> socket.socket:
        """Remember a socket, to shut it down if the deadline passes."""
        with self._lock:
            self._sockets.append(sock)
            aborted = self.aborted
        if aborted:
            sock.close()
            raise TimeoutError("the fetch has timed out")
        return sock

    def abort(self) -> None:
        """Shut every socket down, so that a blocked read returns at once."""
        with self._lock:
            self.aborted = True
            sockets = list(self._sockets)
        for sock in sockets:
            # the plain socket call: SSLSocket.shutdown would also unwrap the TLS layer
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _proxied(req: urllib.request.Request) -> bool:
    return req.has_proxy() or bool(getattr(req, "_tunnel_host", None))


def _target_host(req: urllib.request.Request) -> str:
    return urllib.parse.urlsplit(req.full_url).hostname or ""


class _GuardedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, *, guard: _Guard, proxied: bool, **kwargs: Any) -> None:
        super().__init__(host, **kwargs)
        # http.client's hook for making the socket (used by connect(), also for HTTPS).
        connect = guard.connect_to_proxy if proxied else guard.connect
        setattr(self, "_create_connection", connect)  # noqa: B010


class _GuardedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, *, guard: _Guard, proxied: bool, **kwargs: Any) -> None:
        super().__init__(host, **kwargs)
        connect = guard.connect_to_proxy if proxied else guard.connect
        setattr(self, "_create_connection", connect)  # noqa: B010


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        proxied = _proxied(req)
        if proxied:
            self.guard.check_name(_target_host(req))
        connection = functools.partial(_GuardedHTTP, guard=self.guard, proxied=proxied)
        return self.do_open(connection, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard
        self.tls = ssl.create_default_context()

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        proxied = _proxied(req)
        if proxied:
            self.guard.check_name(_target_host(req))
        connection = functools.partial(
            _GuardedHTTPS, guard=self.guard, proxied=proxied, context=self.tls
        )
        return self.do_open(connection, req)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most a few redirects, and only to http(s)."""

    max_redirections = _MAX_REDIRECTS

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        if not is_url(newurl):
            raise FetchError(f"{req.full_url} redirects to {newurl!r}, which is not http(s)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# download: a worker thread, and the caller waits for it until the deadline


def _download(url: str, *, timeout: float, max_bytes: int, allow_private: bool) -> Fetched:
    guard = _Guard(url, allow_private=allow_private)
    outcome: list[Fetched | BaseException] = []

    def work() -> None:
        try:
            outcome.append(_download_now(url, guard, timeout=timeout, max_bytes=max_bytes))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append(exc)

    worker = threading.Thread(target=work, name="statementdiff-fetch", daemon=True)
    worker.start()
    try:
        worker.join(timeout)
    finally:
        late = worker.is_alive()
        if late:  # shut the sockets down, so that the worker ends now rather than later
            guard.abort()
    if late or not outcome:  # decided by the deadline, not by what the aborted worker says
        raise FetchError(_timed_out(url, timeout))
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _download_now(url: str, guard: _Guard, *, timeout: float, max_bytes: int) -> Fetched:
    opener = urllib.request.build_opener(_HTTPHandler(guard), _HTTPSHandler(guard), _Redirects())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"statementdiff/{__version__} (+https://pypi.org/project/statementdiff/)",
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8",
            "Accept-Encoding": "identity",
        },
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            status = response.status
            if status != 200:
                raise FetchError(
                    f"{url}: HTTP {status} {response.reason}".rstrip() + "; only 200 OK is accepted"
                )
            headers: Message = response.headers
            kind = headers.get_content_type()
            if kind not in _TYPES:
                raise FetchError(
                    f"{url} is {kind}, not HTML, plain text or PDF; save the statement "
                    "as .html, .txt or .pdf and pass the file"
                )
            coding = (headers.get("Content-Encoding") or "identity").strip().lower()
            if coding != "identity":
                raise FetchError(
                    f"{url} came compressed (Content-Encoding: {coding}), which statementdiff "
                    "does not decode; save the page and pass the file"
                )
            declared = _content_length(headers, url)
            if declared is not None and declared > max_bytes:
                raise FetchError(_too_large(url, declared, max_bytes))
            data = _read_capped(response, url, max_bytes)
            if declared is not None and len(data) != declared:
                raise FetchError(_truncated(url, f"{len(data):,} of the {declared:,} bytes"))
            charset = headers.get_content_charset()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, FetchError):
            raise reason from None
        if isinstance(reason, TimeoutError):
            raise FetchError(_timed_out(url, timeout)) from None
        raise FetchError(f"cannot fetch {url}: {_one_line(reason)}") from None
    except TimeoutError:
        raise FetchError(_timed_out(url, timeout)) from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise FetchError(f"cannot fetch {url}: {_one_line(exc)}") from None
    return Fetched(url=url, data=data, format=_TYPES[kind], charset=charset)


def _content_length(headers: Message, url: str) -> int | None:
    """The one ``Content-Length``, or None; conflicting or malformed ones are an error."""
    values = {v.strip() for v in headers.get_all("Content-Length") or ()}
    if not values:
        return None
    value = values.pop()
    if values or not value.isdigit():
        raise FetchError(f"{url} sent a malformed Content-Length; nothing was read")
    return int(value)


def _read_capped(response: http.client.HTTPResponse, url: str, max_bytes: int) -> bytes:
    """Read the body, at most ``max_bytes``; a chunked body that stops early is an error."""
    chunks: list[bytes] = []
    size = 0
    while True:
        try:
            chunk = response.read(_CHUNK)
        except http.client.IncompleteRead as exc:
            got = size + len(exc.partial)
            raise FetchError(_truncated(url, f"{got:,} bytes, before its last chunk")) from None
        except ValueError:  # http.client: a chunk-size line that is missing or not hex
            raise FetchError(_truncated(url, f"{size:,} bytes, in a broken chunk")) from None
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(_too_large(url, size, max_bytes, at_least=True))
        chunks.append(chunk)


def _too_large(url: str, size: int, max_bytes: int, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return f"{url} is {more}{size:,} bytes, over the limit of {max_bytes:,}"


def _truncated(url: str, got: str) -> str:
    return f"{url} stopped after {got}: the body is incomplete (nothing was cached); try again"


def _timed_out(url: str, timeout: float) -> str:
    return (
        f"timed out after {timeout:g} s fetching {url} (the limit is for the whole fetch: "
        "connecting, headers and body)"
    )


def _one_line(reason: object) -> str:
    text = str(reason) or type(reason).__name__
    return normalize_space(text)


# ---------------------------------------------------------------------------
# cache: <key>.body holds the bytes, <key>.json the URL, format and charset


def _read_cache(key: str, url: str) -> Fetched | None:
    folder = cache_dir()
    try:
        meta = json.loads((folder / f"{key}.json").read_text("utf-8"))
        data = (folder / f"{key}.body").read_bytes()
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or meta.get("url") != url:
        return None
    kind = meta.get("format")
    charset = meta.get("charset")
    if kind not in ("html", "text", "pdf") or not (charset is None or isinstance(charset, str)):
        return None
    return Fetched(url=url, data=data, format=kind, charset=charset, from_cache=True)


def _write_cache(key: str, fetched: Fetched) -> None:
    """Store a fetch; a cache that cannot be written is skipped (it only saves time)."""
    folder = cache_dir()
    meta = {"url": fetched.url, "format": fetched.format, "charset": fetched.charset}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _atomic_write(folder / f"{key}.body", fetched.data)
        _atomic_write(folder / f"{key}.json", json.dumps(meta, sort_keys=True).encode("utf-8"))
    except OSError:
        return


def _atomic_write(path: Path, data: bytes) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
