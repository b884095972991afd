"""Read the bytes of a statement file, FIFO or standard input, bounded in size and in time.

* A regular file over the limit is refused from its size, before it is read; one that grows
  while it is read stops at ``max_bytes + 1`` bytes.
* A FIFO (a named pipe, or ``/dev/fd/N`` from a shell's ``<(…)``) is opened without waiting for
  a writer and read with ``poll`` until its writer closes it, at most ``max_bytes + 1`` bytes
  and at most ``timeout`` seconds in all: a FIFO with no writer, or a writer that never
  finishes, is an error instead of a hang.
* Standard input (the command line's ``-``) follows the same rules: a redirected file is read
  as a file, a pipe or socket as a FIFO, and a terminal is refused.
* Devices (``/dev/zero``, ``/dev/tty``), sockets and directories are refused without being
  opened, since opening a device can block or have side effects.

Every failure is a :class:`~statementdiff.errors.ParseError` (its subclass
:class:`~statementdiff.errors.InputTooLargeError` for the size limit).

:func:`date_in_name` is the one rule that takes a statement's date from its file name or URL,
for :func:`~statementdiff.parse_file` and the command line alike.
"""

from __future__ import annotations

import datetime
import math
import os
import re
import select
import stat
import sys
import time

from statementdiff.errors import InputTooLargeError, ParseError

__all__ = ["DEFAULT_PIPE_TIMEOUT", "STDIN_NAME", "date_in_name", "read_path", "read_stdin"]

DEFAULT_PIPE_TIMEOUT = 30.0
"""Seconds allowed for reading a whole FIFO or piped standard input."""

STDIN_NAME = "<stdin>"
"""The name standard input goes by in messages and in ``Statement.source``."""

_CHUNK = 65_536
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
"""Non-blocking, so that opening a FIFO does not wait for a writer."""


_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def date_in_name(name: str | os.PathLike[str]) -> str | None:
    """The one ISO date (``YYYY-MM-DD``) in the last segment of a path or URL, if it has one.

    A name with two different dates, or none, gives None, and so does a date that is no real
    day (``2021-02-30``); digits that run on (``12021-05-210``) are no date. The same
    date written twice counts once.

    Args:
        name: A file path (as typed or as a :class:`~pathlib.Path`) or an ``http(s)`` URL.

    Returns:
        The date, or None.

    Examples:
        >>> date_in_name("corpus/us-rok-2021-05-21-leaders-joint-statement.txt")
        '2021-05-21'
        >>> date_in_name("https://example.org/2021/05/21/statement.html") is None
        True
        >>> date_in_name("2021-05-21-vs-2022-05-21.txt") is None
        True
    """
    text = os.fspath(name).rstrip("/\\")
    last = re.split(r"[\\/]", text)[-1]
    found = {m.group() for m in _ISO_DATE.finditer(last) if _is_real_date(m.group())}
    return found.pop() if len(found) == 1 else None


def _is_real_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def read_path(
    path: str | os.PathLike[str],
    *,
    max_bytes: int,
    timeout: float | None = None,
) -> bytes:
    """Read a regular file or a FIFO, refusing anything larger than ``max_bytes``.

    Args:
        path: The file.
        max_bytes: Largest input accepted.
        timeout: Seconds allowed for a FIFO (regular files have no time limit); None means
            :data:`DEFAULT_PIPE_TIMEOUT`, looked up when called.

    Returns:
        The bytes, at most ``max_bytes`` of them.

    Raises:
        ParseError: No such file, a directory, a device or socket, unreadable, or a FIFO
            that did not finish within ``timeout``.
        InputTooLargeError: More than ``max_bytes`` bytes.

    Examples:
        >>> import tempfile
        >>> with tempfile.NamedTemporaryFile(suffix=".txt") as f:
        ...     _ = f.write(b"We agree.") and f.flush()
        ...     read_path(f.name, max_bytes=100)
        b'We agree.'
    """
    name = str(path)
    try:
        before = os.stat(path)
        _check_kind(before.st_mode, name)
        if stat.S_ISREG(before.st_mode) and before.st_size > max_bytes:
            raise _too_large(name, f"{before.st_size:,}", max_bytes)
        fd = os.open(path, _OPEN_FLAGS)
    except ParseError:
        raise
    except FileNotFoundError:
        raise ParseError(f"no such file: {name}", source=name) from None
    except IsADirectoryError:
        raise ParseError(f"{name} is a directory, not a statement file", source=name) from None
    except OSError as exc:
        raise ParseError(f"cannot read {name}: {exc.strerror or exc}", source=name) from None
    except ValueError as exc:  # an embedded NUL byte in the path
        raise ParseError(f"invalid path {name!r}: {exc}", source=name) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_IFMT(mode) != stat.S_IFMT(before.st_mode):  # swapped after the stat
            raise ParseError(f"{name} changed while it was opened; try again", source=name)
        if stat.S_ISFIFO(mode):
            return _read_pipe(fd, name, max_bytes, timeout, "a FIFO")
        return _read_all(fd, name, max_bytes)
    finally:
        os.close(fd)


def read_stdin(*, max_bytes: int, timeout: float | None = None) -> bytes:
    """Read standard input as :func:`read_path` reads a file (a terminal is refused).

    Args:
        max_bytes: Largest input accepted.
        timeout: Seconds allowed when standard input is a pipe or socket (None: the default).

    Returns:
        The bytes, at most ``max_bytes`` of them.

    Raises:
        ParseError: Standard input is closed, a terminal or a device, or a pipe that did not
            finish within ``timeout``.
        InputTooLargeError: More than ``max_bytes`` bytes.
    """
    name = STDIN_NAME
    try:
        fd = sys.stdin.fileno() if sys.stdin is not None else -1
        mode = os.fstat(fd).st_mode if fd >= 0 else None
    except (OSError, ValueError, AttributeError):
        mode = None
    if mode is None:
        raise ParseError("standard input is closed: there is nothing to read", source=name)
    if os.isatty(fd):
        raise ParseError(
            "standard input is a terminal; pipe or redirect the statement into it "
            "(statementdiff parse - < statement.txt)",
            source=name,
        )
    try:
        if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
            return _read_pipe(fd, name, max_bytes, timeout, "a pipe")
        _check_kind(mode, "standard input")
        return _read_all(fd, name, max_bytes)
    except OSError as exc:
        raise ParseError(f"cannot read {name}: {exc.strerror or exc}", source=name) from None


def _check_kind(mode: int, name: str) -> None:
    """Refuse whatever is neither a regular file nor a FIFO, without opening it."""
    if stat.S_ISREG(mode) or stat.S_ISFIFO(mode):
        return
    if stat.S_ISDIR(mode):
        raise ParseError(f"{name} is a directory, not a statement file", source=name)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    else:
        kind = "not a regular file"
    raise ParseError(
        f"{name} is {kind}, not a statement file; save the statement to a file and pass that",
        source=name,
    )


def _read_all(fd: int, name: str, max_bytes: int) -> bytes:
    """Read a regular file to its end, stopping one byte past the limit."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise _too_large(name, f"more than {max_bytes:,}", max_bytes)
    return b"".join(chunks)


def _read_pipe(fd: int, name: str, max_bytes: int, timeout: float | None, kind: str) -> bytes:
    """Read a pipe until its writer closes it, within ``timeout`` seconds in all."""
    if timeout is None:
        timeout = DEFAULT_PIPE_TIMEOUT
    poll = getattr(select, "poll", None)
    if poll is None:  # pragma: no cover - Windows has no FIFOs and no poll() for pipes
        return _read_all(fd, name, max_bytes)
    poller = poll()
    poller.register(fd, select.POLLIN)
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        left = deadline - time.monotonic()
        if left <= 0 or not poller.poll(math.ceil(left * 1000)):
            raise ParseError(
                f"{name} is {kind} that did not send all of its input within {timeout:g} s "
                f"({size:,} bytes so far; a FIFO with no writer?); save the statement to a "
                "file and pass that",
                source=name,
            )
        try:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - size))
        except BlockingIOError:
            continue
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise _too_large(name, f"more than {max_bytes:,}", max_bytes)
    return b"".join(chunks)


def _too_large(name: str, size: str, max_bytes: int) -> InputTooLargeError:
    return InputTooLargeError(
        f"{name} is {size} bytes, over the limit of {max_bytes:,}; "
        "pass a larger max_chars to read it",
        source=name,
    )
