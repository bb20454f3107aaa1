"""Reading a file a user named, safely: only regular files, never more than a limit.

A path in a project file or on the command line can name a FIFO (reading it blocks forever, and in
the GUI the whole window with it), a device such as ``/dev/zero`` (endless bytes until memory runs
out) or a file far too large to be what it claims. ``read_regular_file`` opens without blocking,
looks at what it opened, and reads at most ``limit`` bytes, so every one of those ends in a message.
The project reader uses it, and so can the CSV reader.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class UnreadableFileError(ValueError):
    """The file cannot be read; the message names it and says why, in a user's words."""


def _size_text(n: int) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} bytes"


def read_regular_file(path: str | os.PathLike, limit: int, *, what: str = "file") -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes.

    Raises UnreadableFileError (missing, a folder, a FIFO or device, too large, no permission, an
    I/O error). ``what`` names the file in messages ("project file", "CSV file")."""
    p = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(p, flags)
    except FileNotFoundError:
        raise UnreadableFileError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise UnreadableFileError(f"{p} is a folder, not a {what}") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UnreadableFileError(f"{p}: cannot open the {what} ({reason})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFileError(f"{p} is a folder, not a {what}")
        if not stat.S_ISREG(info.st_mode):
            kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(info.st_mode) else
                    "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else
                    "a socket" if stat.S_ISSOCK(info.st_mode) else "not a regular file")
            raise UnreadableFileError(f"{p} is {kind}, not a {what}; guinet reads only ordinary files")
        if info.st_size > limit:
            raise UnreadableFileError(f"{p} is {_size_text(info.st_size)}; a {what} may be at most "
                                      f"{_size_text(limit)}")
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        chunks = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew while being read
                raise UnreadableFileError(f"{p} is larger than {_size_text(limit)}, the most a {what} may be")
        return b"".join(chunks)
    except OSError as exc:
        raise UnreadableFileError(f"{p}: cannot read the {what} ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
