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

from .text import msg


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
    return msg("{n} bytes", n=n)


# What a file is, in words the window can translate (a caller's own word is shown as it is).
_WHAT = {"file": msg("file"), "CSV file": msg("CSV file"), "project file": msg("project file")}


def open_regular_file(path: str | os.PathLike, limit: int, *,
                      what: str = "file") -> tuple[int, os.stat_result]:
    """Open ``path`` for reading if it is a regular file of at most ``limit`` bytes: (fd, stat), the fd in
    blocking mode; the caller closes it. Opening with O_NONBLOCK means a FIFO cannot make this wait for a
    writer; fstat on the open file decides what it is.

    Raises UnreadableFileError whose ``reason`` is "missing", "folder", "special" (FIFO, device,
    socket), "too_large" or "unreadable", so a caller can add its own advice to the message."""
    p = Path(path)
    what = _WHAT.get(what, what)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(p, flags)
    except FileNotFoundError:
        raise UnreadableFileError(msg("{path}: no such file", path=str(p)), "missing") from None
    except IsADirectoryError:
        raise UnreadableFileError(msg("{path} is a folder, not a {what}", path=str(p), what=what), "folder") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UnreadableFileError(msg("{path}: cannot open the {what} ({reason})", path=str(p), what=what,
                                      reason=str(reason)), "unreadable") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFileError(msg("{path} is a folder, not a {what}", path=str(p), what=what), "folder")
        if not stat.S_ISREG(info.st_mode):
            kind = (msg("a named pipe (FIFO)") if stat.S_ISFIFO(info.st_mode) else
                    msg("a device") if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else
                    msg("a socket") if stat.S_ISSOCK(info.st_mode) else msg("something else"))
            raise UnreadableFileError(msg("{path} is not a regular file (it is {kind}); guinet reads a {what} "
                                          "only from an ordinary file", path=str(p), kind=kind, what=what),
                                      "special")
        if info.st_size > limit:
            raise UnreadableFileError(msg("{path} is {size}; a {what} may be at most {limit}", path=str(p),
                                          size=_size_text(info.st_size), what=what, limit=_size_text(limit)),
                                      "too_large")
        if hasattr(os, "O_NONBLOCK"):
            # Back to blocking reads: a regular file never blocks, and O_NONBLOCK only mattered for open.
            os.set_blocking(fd, True)
    except OSError as exc:
        os.close(fd)
        raise UnreadableFileError(msg("{path}: cannot read the {what} ({reason})", path=str(p), what=what,
                                      reason=str(exc.strerror or exc)), "unreadable") from None
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
    what = _WHAT.get(what, what)
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
                raise UnreadableFileError(msg("{path} is larger than {limit}, the most a {what} may be",
                                              path=str(p), limit=_size_text(limit), what=what), "too_large")
        return b"".join(chunks)
    except OSError as exc:
        raise UnreadableFileError(msg("{path}: cannot read the {what} ({reason})", path=str(p), what=what,
                                      reason=str(exc.strerror or exc)), "unreadable") from None
    finally:
        os.close(fd)
