"""Reading a file a user named, safely: only regular files, never more than a limit.

A path in a project file or on the command line can name a FIFO (reading it blocks forever, and in
the GUI the whole window with it), a device such as ``/dev/zero`` (endless bytes until memory runs
out) or a file far too large to be what it claims. ``read_regular_file`` opens without blocking,
looks at what it opened, and reads at most ``limit`` bytes, so every one of those ends in a message.
The project reader uses ``read_regular_file``; the CSV reader, which reads in blocks with progress,
uses ``open_regular_file``.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class UnreadableFileError(ValueError):
    """The file cannot be read; the message names it and says why, in a user's words. ``reason`` is one of
    "missing", "folder", "special", "too_large", "unreadable"."""

    def __init__(self, message: str, reason: str = "unreadable") -> None:
        super().__init__(message)
        self.reason = reason


def _size_text(n: int) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} bytes"


def open_regular_file(path: str | os.PathLike, limit: int, *,
                      what: str = "file") -> tuple[int, os.stat_result]:
    """Open ``path`` for reading if it is a regular file of at most ``limit`` bytes: (fd, stat), the fd in
    blocking mode; the caller closes it. Opening with O_NONBLOCK means a FIFO cannot make this wait for a
    writer; fstat on the open file decides what it is.

    Raises UnreadableFileError whose ``reason`` is "missing", "folder", "special" (FIFO, device,
    socket), "too_large" or "unreadable", so a caller can add its own advice to the message."""
    p = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(p, flags)
    except FileNotFoundError:
        raise UnreadableFileError(f"{p}: no such file", "missing") from None
    except IsADirectoryError:
        raise UnreadableFileError(f"{p} is a folder, not a {what}", "folder") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UnreadableFileError(f"{p}: cannot open the {what} ({reason})", "unreadable") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFileError(f"{p} is a folder, not a {what}", "folder")
        if not stat.S_ISREG(info.st_mode):
            kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(info.st_mode) else
                    "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else
                    "a socket" if stat.S_ISSOCK(info.st_mode) else "something else")
            raise UnreadableFileError(f"{p} is not a regular file (it is {kind}); guinet reads a {what} "
                                      f"only from an ordinary file", "special")
        if info.st_size > limit:
            raise UnreadableFileError(f"{p} is {_size_text(info.st_size)}; a {what} may be at most "
                                      f"{_size_text(limit)}", "too_large")
        if hasattr(os, "O_NONBLOCK"):
            # Back to blocking reads: a regular file never blocks, and O_NONBLOCK only mattered for open.
            os.set_blocking(fd, True)
    except OSError as exc:
        os.close(fd)
        raise UnreadableFileError(f"{p}: cannot read the {what} ({exc.strerror or exc})", "unreadable") from None
    except BaseException:
        os.close(fd)
        raise
    return fd, info


def read_regular_file(path: str | os.PathLike, limit: int, *, what: str = "file") -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes.

    Raises UnreadableFileError (missing, a folder, a FIFO or device, too large, no permission, an
    I/O error). ``what`` names the file in messages ("project file", "CSV file")."""
    p = Path(path)
    fd, _info = open_regular_file(p, limit, what=what)
    try:
        chunks = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew while being read
                raise UnreadableFileError(f"{p} is larger than {_size_text(limit)}, the most a {what} may be",
                                          "too_large")
        return b"".join(chunks)
    except OSError as exc:
        raise UnreadableFileError(f"{p}: cannot read the {what} ({exc.strerror or exc})", "unreadable") from None
    finally:
        os.close(fd)
