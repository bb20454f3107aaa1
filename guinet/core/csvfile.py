"""Reading a user's CSV file into numbers: the file itself, its layout, and its columns.

The reader is strict about what it accepts and explains what it refuses, naming the line and column:

- Only regular files are read (a FIFO or a device is refused without blocking), up to MAX_CSV_BYTES.
- The delimiter (``,`` ``;`` or tab) is detected; fields may be quoted; a UTF-8 BOM and CRLF are fine.
  A quote that is never closed is an error naming the line it opened on.
- A first row that is not data or column names (a "preamble": a different width from the data rows, or
  counts such as scikit-learn's ``150,4,setosa,versicolor,virginica``) is detected and skipped with a
  note; ``skip_rows`` skips any number of rows first. A header row is detected, with an override.
- Numbers are plain ASCII decimals (``-1.5``, ``2e3``): no ``1_000``, no full-width or Arabic-Indic
  digits, no ``inf``. Empty, ``NA``, ``N/A``, ``NaN``, ``null``, ``None``, ``?``, ``.`` and ``-`` are
  missing values: an error naming the first one, or (``drop_missing``) the rows holding them are dropped
  and counted.
- A feature column of text is one-hot encoded (one input per category, ``column=value``) up to
  MAX_CATEGORIES categories. A target of text is class names; a numeric target is classification when it
  holds few distinct whole numbers, else regression (``task`` overrides).

The file is parsed in chunks of rows straight into numpy columns, so peak memory stays a small multiple
of the file, and a parsed table is cached by path, size, modification time and options
(``read_csv_cached``) so the window parses a file once, not on every edit.
"""

from __future__ import annotations

import codecs
import csv
import math
import os
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from .files import UnreadableFileError, open_regular_file
from .text import excerpt, msg

# Files larger than this are refused (peak memory while parsing is a few times the file).
MAX_CSV_BYTES = 512 * 1024 * 1024
# A text feature column may have at most this many categories (each becomes one input).
MAX_CATEGORIES = 50
# More distinct target values than this in a classification CSV is almost surely a regression target.
MAX_CSV_CLASSES = 256
# A numeric target of whole numbers with at most this many distinct values is taken as class labels.
AUTO_CLASSES = 20
# Rows are converted to numbers this many at a time.
CHUNK_ROWS = 20_000
# The layout (delimiter, preamble, header, column types) is decided from this many first rows.
SAMPLE_ROWS = 200

MISSING_TOKENS = frozenset({"", "na", "n/a", "nan", "null", "none", "?", ".", "-"})
_INFINITIES = frozenset({"inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"})
# A plain ASCII decimal number. re.ASCII keeps \d to 0-9 (no full-width or Arabic-Indic digits).
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
# A chunk of a column whose joined cells contain none of these can go straight to numpy's float parser
# (which would otherwise accept "1_000", " 1", "inf" and non-ASCII digits).
_NOT_PLAIN = re.compile(r"[^0-9eE.+\-\n]")
_DELIMITERS = (",", ";", "\t")


class DataError(ValueError):
    """Data that cannot be made or read; the message says what is wrong and what to do. For a CSV file it
    names the line and column: "line 7, column 3 ('age'): ...". (guinet.core.data exports it.)"""


@dataclass(frozen=True)
class CsvLayout:
    """How a file was read, with every detected choice settled: what an exported script needs to read the
    same file (or another with the same columns) the same way without detecting anything."""

    delimiter: str
    skip_rows: int                 # non-blank rows before the header or data: 'Skip rows', or a preamble
    header: bool
    target: str                    # the target column's name (its header name, or "column N")
    text_columns: tuple[str, ...]  # columns read as text: one-hot features, or a target of class names
    task: str                      # "classification" or "regression"
    drop_missing: bool


@dataclass
class CsvTable:
    """A CSV file read into numbers: features (n, d) float64, targets (class indices or values)."""

    x: np.ndarray
    y: np.ndarray
    feature_names: list[str]
    target_name: str
    task: str
    class_names: list[str] | None
    # What the reader decided on its own, in a user's words ("The first row ... was skipped").
    notes: list[str] = field(default_factory=list)
    dropped_rows: int = 0
    delimiter: str = ","
    header: bool = True
    layout: CsvLayout | None = None


# --------------------------------------------------------------------------- the file itself

def resolve_csv_path(path_text: str, base_dir: Path | str | None) -> Path:
    """The file a project's ``dataset.path`` names: ``~`` expanded, relative paths against ``base_dir``.
    Raises DataError for a path no file can have (a NUL byte, an unpaired surrogate, an unknown user)."""
    text = path_text.strip()
    if not text:
        raise DataError(msg("no CSV file chosen: choose a file in the Data panel"))
    if "\x00" in text:
        raise DataError(msg("the CSV path {path} contains a NUL character, which no file name can hold. "
                            "Choose the file again in the Data panel.", path=excerpt(text)))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise DataError(msg("the CSV path {path} is not valid text (it holds a broken character). "
                            "Choose the file again in the Data panel.", path=excerpt(text))) from None
    try:
        path = Path(text).expanduser()
    except RuntimeError:  # "~someone/x.csv" where there is no user "someone"
        raise DataError(msg("the CSV path {path} starts with a user's home folder that does not exist "
                            "on this computer. Choose the file again in the Data panel.", path=excerpt(text))) from None
    if not path.is_absolute() and base_dir is not None:
        path = Path(base_dir) / path
    return path


# What the CSV reader adds to files.open_regular_file's message, by its reason: what the user can do.
_OPEN_ADVICE = {
    "missing": msg("Check the path in the Data panel."),
    "special": msg("Save the data to a file and choose that."),
    "too_large": msg("Use a sample of the rows."),
}


def _open_regular(path: Path, limit: int) -> tuple[int, os.stat_result]:
    """Open ``path`` for reading if it is a regular file no larger than ``limit``: (fd, stat), the fd
    blocking. The check is guinet.core.files' (a FIFO never blocks, a device is refused); its refusal
    becomes a DataError with what to do added."""
    try:
        return open_regular_file(path, limit, what="CSV file")
    except UnreadableFileError as exc:
        advice = _OPEN_ADVICE.get(exc.reason)
        reason = getattr(exc, "text", None) or str(exc)
        raise DataError(msg("{reason}. {advice}", reason=reason, advice=advice) if advice else reason) from None


def read_text(path: Path, limit: int = MAX_CSV_BYTES,
              progress: Callable[[float], None] | None = None) -> str:
    """The file's text (UTF-8, a BOM dropped). Reads in blocks, reporting the share read to ``progress``."""
    fd, st = _open_regular(path, limit)
    try:
        decoder = codecs.getincrementaldecoder("utf-8-sig")()  # drops a BOM
        parts: list[str] = []
        done = 0
        size = max(st.st_size, 1)
        while True:
            try:
                block = os.read(fd, 1 << 20)  # os.read allocates all it may read: small blocks
            except OSError as exc:
                raise DataError(msg("{path}: cannot read the file ({reason})", path=str(path),
                                    reason=str(exc.strerror or exc))) from None
            if not block:
                break
            if done + len(block) > limit:
                raise DataError(msg("{path} grew past {mb:,.0f} MB while being read; guinet reads CSV "
                                    "files of at most that size.", path=str(path), mb=limit / 2**20))
            try:
                parts.append(decoder.decode(block))
            except UnicodeDecodeError as exc:
                raise DataError(msg("{path}: not UTF-8 text (byte {byte} cannot be decoded). Save the "
                                    "file as UTF-8 CSV.", path=str(path), byte=done + exc.start)) from None
            done += len(block)
            if progress is not None:
                progress(min(done / size, 1.0))
        try:
            parts.append(decoder.decode(b"", final=True))
        except UnicodeDecodeError as exc:
            raise DataError(msg("{path}: not UTF-8 text (the file ends inside a character). Save the file as UTF-8 "
                                "CSV.", path=str(path))) from None
    finally:
        os.close(fd)
    if len(parts) == 1:
        return parts.pop()
    text = "".join(parts)
    del parts
    return text


# --------------------------------------------------------------------------- cache

_CACHE: "OrderedDict[tuple, CsvTable]" = OrderedDict()
_CACHE_LOCK = threading.Lock()
_CACHE_SIZE = 4


def _cache_key(path: Path, options: dict) -> tuple | None:
    try:
        st = os.stat(path)
        return (str(Path(path).resolve()), st.st_size, st.st_mtime_ns, st.st_ino,
                tuple(sorted(options.items())))
    except (OSError, ValueError, RuntimeError):
        return None  # read_csv says what is wrong with the path


def is_cached(path: Path, **options) -> bool:
    """Whether ``read_csv_cached`` would answer from the cache (the file unchanged since it was parsed)."""
    key = _cache_key(path, options)
    with _CACHE_LOCK:
        return key is not None and key in _CACHE


def read_csv_cached(path: Path, progress: Callable[[float], None] | None = None,
                    **options) -> CsvTable:
    """``read_csv`` once per file and options: the table is kept (for the last few files) and returned again
    while the file's size and modification time are unchanged. Callers must not modify the table."""
    key = _cache_key(path, options)
    if key is not None:
        with _CACHE_LOCK:
            table = _CACHE.get(key)
            if table is not None:
                _CACHE.move_to_end(key)
                return table
    table = read_csv(path, progress=progress, **options)
    if key is not None:
        with _CACHE_LOCK:
            _CACHE[key] = table
            while len(_CACHE) > _CACHE_SIZE:
                _CACHE.popitem(last=False)
    return table


def clear_cache() -> None:
    with _CACHE_LOCK:
        _CACHE.clear()


def read_csv(path: Path | str, *, target: str = "", header: str | bool = "auto", task: str = "auto",
             skip_rows: int = 0, drop_missing: bool = False,
             progress: Callable[[float], None] | None = None) -> CsvTable:
    """Read a CSV file of feature columns and one target column. ``target`` is a header name, a 1-based
    column number, or empty for the last column. ``header`` is "auto", "yes"/True or "no"/False; ``task``
    "auto", "classification" or "regression". ``progress`` gets the share done (0..1), from any thread.
    Raises ``error`` (a DataError) naming the line and column of the first problem."""
    path = Path(path)
    read_progress = (lambda share: progress(0.3 * share)) if progress is not None else None
    holder = [read_text(path, progress=read_progress)]
    parse_progress = (lambda share: progress(0.3 + 0.7 * share)) if progress is not None else None
    # The text goes in a list the parser empties once every row is converted, so it is freed before the
    # columns are put together (peak memory).
    return _parse(holder, target=target, header=header, task=task, skip_rows=skip_rows,
                  drop_missing=drop_missing, source=str(path), progress=parse_progress)


# --------------------------------------------------------------------------- parsing

def _header_mode(header: str | bool) -> str:
    if header is True:
        return "yes"
    if header is False:
        return "no"
    if header not in ("auto", "yes", "no"):
        raise DataError(msg("unknown header setting {value}: choose auto, yes or no", value=excerpt(header)))
    return header


def _is_number(cell: str) -> bool:
    return _NUMBER.fullmatch(cell) is not None


def _kind(cell: str) -> str:
    """'missing', 'number', 'infinite' or 'text' for a stripped cell."""
    low = cell.lower()
    if low in MISSING_TOKENS:
        return "missing"
    if _NUMBER.fullmatch(cell) is not None:
        return "number"
    if low in _INFINITIES:
        return "infinite"
    return "text"


class _Rows:
    """The non-blank rows of the text as (line where the row starts, stripped cells)."""

    def __init__(self, text: str, delimiter: str, source: str) -> None:
        self.text, self.delimiter, self.source = text, delimiter, source

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        lines = _line_iter(self.text)
        reader = csv.reader(lines, delimiter=self.delimiter, quotechar='"', doublequote=True, strict=True)
        start = 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                reason = str(exc)
                if "unexpected end of data" in reason or "EOF" in reason:
                    raise DataError(msg("{source}, line {line}: a quote (\") opened on this line is never "
                                        "closed, so the rest of the file would be one cell. Close the quote or "
                                        "remove it.", source=self.source, line=start)) from None
                raise DataError(msg("{source}, line {line}: not valid CSV ({reason}). Quotes "
                                    "must enclose a whole cell: \"a, b\" or \"say \"\"hi\"\"\".",
                                    source=self.source, line=reader.line_num, reason=reason)) from None
            line = start
            start = reader.line_num + 1
            if not cells or (len(cells) == 1 and not cells[0].strip()):
                continue
            stripped = [c.strip() for c in cells]
            if not any(stripped) and len(cells) > 1:
                continue  # a row of empty cells ",,," is a blank line too
            yield line, stripped


def _line_iter(text: str) -> Iterator[str]:
    """The text's lines with their endings, one at a time. (io.StringIO would hold a copy of the text at
    four bytes a character, and splitlines a list of every line: both several times the file.)"""
    sep = "\n" if "\n" in text or "\r" not in text else "\r"  # old Mac files end lines with \r alone
    find = text.find
    pos, n = 0, len(text)
    while pos < n:
        end = find(sep, pos)
        if end < 0:
            yield text[pos:]
            return
        yield text[pos:end + 1]
        pos = end + 1


def _sniff_delimiter(text: str, source: str) -> str:
    """The delimiter that splits the first rows into the same, largest number of columns."""
    sample_lines: list[str] = []
    for line in _line_iter(text[:65536]):
        if line.strip():
            sample_lines.append(line)
        if len(sample_lines) >= 30:
            break
    best, best_score = ",", (-1, 0)
    for delim in _DELIMITERS:
        widths = []
        try:
            for cells in csv.reader(sample_lines, delimiter=delim, quotechar='"'):
                widths.append(len(cells))
        except csv.Error:
            continue
        if not widths:
            continue
        body = widths[1:] or widths
        mode = max(set(body), key=body.count)
        agree = sum(1 for w in body if w == mode)
        score = (agree if mode > 1 else 0, mode)
        if score > best_score:
            best, best_score = delim, score
    return best


@dataclass
class _Column:
    name: str
    kind: str                   # "number" or "text"
    chunks: list = field(default_factory=list)   # float64 arrays (numbers) or int32 code arrays (text)
    categories: dict = field(default_factory=dict)   # text value -> code, in order of appearance


def parse_csv(text: str, *, target: str = "", header: str | bool = "auto", task: str = "auto",
              skip_rows: int = 0, drop_missing: bool = False, source: str = "CSV",
              progress: Callable[[float], None] | None = None) -> CsvTable:
    """``read_csv`` on text already in memory (``source`` names it in messages)."""
    return _parse([text], target=target, header=header, task=task, skip_rows=skip_rows,
                  drop_missing=drop_missing, source=source, progress=progress)


def _parse(holder: list[str], *, target: str, header: str | bool, task: str, skip_rows: int,
           drop_missing: bool, source: str, progress: Callable[[float], None] | None) -> CsvTable:
    text = holder.pop()
    if task not in ("auto", "classification", "regression"):
        raise DataError(msg("unknown task {value}: choose auto, classification or regression", value=excerpt(task)))
    header_mode = _header_mode(header)
    if not isinstance(skip_rows, int) or skip_rows < 0:
        raise DataError(msg("skip rows must be a whole number of at least 0, not {value}", value=excerpt(skip_rows)))
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = _sniff_delimiter(text, source)
    row_source = _Rows(text, delimiter, source)
    rows = iter(row_source)
    notes: list[str] = []
    delim_name = {",": msg("commas"), ";": msg("semicolons"), "\t": msg("tabs")}[delimiter]

    skipped = 0
    for _ in range(skip_rows):
        if next(rows, None) is None:
            break
        skipped += 1
    if skip_rows and skipped < skip_rows:
        raise DataError(msg("{source} has only {rows} rows, and {skip} are to be skipped. Lower 'Skip rows'.",
                            source=source, rows=skipped, skip=skip_rows))
    sample: list[tuple[int, list[str]]] = []
    for row in rows:
        sample.append(row)
        if len(sample) >= SAMPLE_ROWS:
            break
    if not sample:
        raise DataError(msg("{source} is empty after the skipped rows: it needs rows of numbers, one sample per row"
                            if skip_rows else
                            "{source} is empty: it needs rows of numbers, one sample per row", source=source))

    # A preamble row: not the data's width, or counts the way scikit-learn's bundled files start.
    preamble_names: list[str] | None = None
    preamble = False
    if skip_rows == 0 and len(sample) >= 3:
        first_line, first = sample[0]
        widths = [len(c) for _, c in sample[1:]]
        mode = max(set(widths), key=widths.count)
        agree = widths.count(mode) / len(widths)
        counts = (len(first) >= 2 and first[0].isascii() and first[0].isdigit() and first[1].isascii()
                  and first[1].isdigit() and int(first[0]) >= len(sample) - 1 and int(first[1]) == mode - 1)
        if agree >= 0.9 and mode > 1 and (len(first) != mode or counts):
            sample.pop(0)
            preamble = True
            why = msg("it holds counts") if counts else \
                msg("{n} values where the rows have {mode}", n=len(first), mode=mode)
            notes.append(msg("Line {line} ({cells}) is not data or column names ({why}), so it was skipped. "
                             "Set 'Skip rows' if more rows should be skipped.",
                             line=first_line, cells=excerpt(delimiter.join(first)), why=why))
            if counts and len(first) > 2 and all(_kind(c) == "text" for c in first[2:]):
                preamble_names = first[2:]
    if not sample:
        raise DataError(msg("{source} has no data rows", source=source))

    width = len(sample[0][1])
    has_header = header_mode == "yes" or (header_mode == "auto" and _looks_like_header(sample))
    if has_header:
        header_line, names = sample.pop(0)
        if not sample:
            nxt = next(rows, None)
            if nxt is None:
                raise DataError(msg("{source} has only a header row and no data. Add rows of numbers, or set "
                                    "'Header row' to No if the first row is data.", source=source))
            sample.append(nxt)
        names = list(names)
        seen: set[str] = set()
        for i, name in enumerate(names):
            if not name:
                names[i] = name = f"column {i + 1}"
            if name in seen:
                raise DataError(msg("{source}, line {line}, column {column}: the header names {name} "
                                    "twice. Column names must differ.", source=source, line=header_line,
                                    column=i + 1, name=excerpt(name)))
            seen.add(name)
        if header_mode == "auto":
            notes.append(msg("Line {line} holds column names ({names}). Set 'Header row' to No if it is data.",
                             line=header_line, names=_names_excerpt(names)))
    else:
        names = [f"column {i + 1}" for i in range(width)]
        if header_mode == "auto":
            notes.append(msg("The file has no header row (its first row holds numbers), so the columns are "
                             "numbered. Set 'Header row' to Yes if the first row holds names."))
    if width < 2:
        raise DataError(msg("{source} has {width} column; it needs at least one feature column and a target "
                            "column, separated by commas, semicolons or tabs", source=source, width=width))

    t = _target_index(target, names, has_header, source)

    def where(line_no: int, col: int) -> str:
        if has_header:
            return msg("{source}, line {line}, column {column} ({name})", source=source, line=line_no,
                       column=col + 1, name=excerpt(names[col]))
        return msg("{source}, line {line}, column {column}", source=source, line=line_no, column=col + 1)

    # Column kinds from the sample: a column is text when most of its filled cells are not numbers.
    kinds: list[str] = []
    for c in range(width):
        n_num = n_text = 0
        for _, cells in sample:
            if c < len(cells):
                k = _kind(cells[c])
                n_num += k in ("number", "infinite")
                n_text += k == "text"
        kinds.append("text" if n_text > n_num else "number")
    if task == "regression":
        kinds[t] = "number"
    columns = [_Column(names[c], kinds[c]) for c in range(width)]

    dropped = 0
    n_rows = 0
    chunk: list[tuple[int, list[str]]] = []

    def flush() -> None:
        nonlocal dropped, n_rows
        if not chunk:
            return
        lines = np.fromiter((ln for ln, _ in chunk), np.int64, len(chunk))
        cols = list(zip(*(cells for _, cells in chunk)))
        values: list[np.ndarray] = []
        missing = np.zeros(len(chunk), bool)
        first_bad: tuple[int, int, str] | None = None  # (row in chunk, column, message)
        for c, col in enumerate(columns):
            arr, miss, bad = _convert(cols[c], col, c == t, task)
            values.append(arr)
            missing |= miss
            if bad is not None and (first_bad is None or (bad[0], c) < first_bad[:2]):
                first_bad = (bad[0], c, bad[1])
        first_missing = int(np.argmax(missing)) if missing.any() else None
        if first_bad is not None and (drop_missing or first_missing is None or first_bad[0] <= first_missing):
            r, c, message = first_bad
            raise DataError(msg("{where}: {message}", where=where(int(lines[r]), c), message=message))
        if first_missing is not None and not drop_missing:
            r = first_missing
            c = next(c for c in range(width) if _is_missing_value(values[c], r, columns[c]))
            cell = cols[c][r]
            shown = msg("an empty cell") if not cell else excerpt(cell)
            raise DataError(msg("{where}: missing target value ({shown}). Fill it in or delete the row, or "
                                "choose 'Drop rows with missing values' (--drop-missing)." if c == t else
                                "{where}: missing value ({shown}). Fill it in or delete the row, or "
                                "choose 'Drop rows with missing values' (--drop-missing).",
                                where=where(int(lines[r]), c), shown=shown))
        keep = ~missing
        if not keep.all():
            dropped += int(missing.sum())
            values = [v[keep] for v in values]
        for col, v in zip(columns, values):
            col.chunks.append(v)
        n_rows += int(keep.sum())
        chunk.clear()

    def take(line_no: int, cells: list[str]) -> None:
        if len(cells) != width:
            raise DataError(msg("{source}, line {line}: {n} values where the header has {width}. Every row "
                                "needs the same number of columns." if has_header else
                                "{source}, line {line}: {n} values where the first row has {width}. Every row "
                                "needs the same number of columns.",
                                source=source, line=line_no, n=len(cells), width=width))
        chunk.append((line_no, cells))
        if len(chunk) >= chunk_rows:
            flush()

    total_lines = text.count("\n") + 1
    # Cells waiting as Python strings take ten times their text: convert a small share of the file at once.
    chunk_rows = int(min(CHUNK_ROWS, max(256, total_lines // 32)))
    # The row iterator keeps the text until its last row; nothing else does.
    del text
    row_source.text = ""
    for line_no, cells in sample:
        take(line_no, cells)
    for line_no, cells in rows:
        take(line_no, cells)
        if progress is not None and not chunk:  # a chunk was just converted
            progress(min(0.99, line_no / total_lines))
    flush()
    if n_rows == 0:
        if dropped:
            raise DataError(msg("{source}: every one of its {rows:,} data rows has a missing value, so none is "
                                "left after dropping them.", source=source, rows=dropped))
        raise DataError(msg("{source} has no data rows", source=source))

    target_col = columns[t]
    feature_cols = [col for c, col in enumerate(columns) if c != t]
    x, feature_names = _features(feature_cols, n_rows, notes, source)
    y, task, class_names = _target(target_col, task, source, preamble_names, notes)
    if dropped:
        notes.append(msg("{dropped:,} rows with missing values were dropped; {rows:,} remain." if dropped != 1
                         else "{dropped:,} row with missing values was dropped; {rows:,} remain.",
                         dropped=dropped, rows=n_rows))
    if delimiter != ",":
        notes.append(msg("Columns are separated by {delimiters}.", delimiters=delim_name))
    if progress is not None:
        progress(1.0)
    layout = CsvLayout(delimiter, skip_rows + preamble, has_header, target_col.name,
                       tuple(col.name for col in columns if col.kind == "text"), task, drop_missing)
    return CsvTable(x, y, feature_names, target_col.name, task, class_names, notes, dropped, delimiter,
                    has_header, layout)


def _names_excerpt(names: list[str]) -> str:
    shown = ", ".join(excerpt(n, 20) for n in names[:4])
    return msg("{shown} and {more} more", shown=shown, more=len(names) - 4) if len(names) > 4 else shown


def _looks_like_header(sample: list[tuple[int, list[str]]]) -> bool:
    """The first row names the columns when none of its cells is a number or missing, and either some
    column below it holds numbers or none of its names reappears in its column below."""
    first = sample[0][1]
    kinds = [_kind(c) for c in first]
    # An empty first name is common (an index column written by pandas); NA or numbers are data.
    if any(k in ("number", "infinite") for k in kinds) or not any(k == "text" for k in kinds):
        return False
    if any(k == "missing" and c for k, c in zip(kinds, first)):
        return False
    below = sample[1:]
    if not below:
        return True
    for c, name in enumerate(first):
        cells = [r[c] for _, r in below if c < len(r)]
        kinds = [_kind(v) for v in cells]
        if kinds and kinds.count("number") > len(kinds) / 2:
            return True
    return not any(name in {r[c] for _, r in below if c < len(r)} for c, name in enumerate(first))


def _is_missing_value(values: np.ndarray, r: int, col: _Column) -> bool:
    v = values[r]
    return bool(np.isnan(v)) if col.kind == "number" else int(v) < 0


def _convert(cells: tuple[str, ...], col: _Column, is_target: bool, task: str
             ) -> tuple[np.ndarray, np.ndarray, tuple[int, str] | None]:
    """One chunk of one column: (values, missing mask, first bad cell (row, message) or None). Numbers come
    as float64 with NaN where missing; text as int32 codes with -1 where missing."""
    n = len(cells)
    if col.kind == "number":
        joined = "\n".join(cells)
        if _NOT_PLAIN.search(joined) is None:
            try:
                arr = np.array(cells, dtype=np.float64)
            except ValueError:
                arr = None
            if arr is not None:
                if np.isfinite(arr).all():
                    return arr, np.zeros(n, bool), None
        arr = np.empty(n, np.float64)
        miss = np.zeros(n, bool)
        bad = None
        what = "target" if is_target else "feature"
        for i, cell in enumerate(cells):
            k = _kind(cell)
            if k == "number":
                value = float(cell)
                if not math.isfinite(value):
                    bad = bad or (i, msg("{cell} is too large to be a finite number.", cell=excerpt(cell)))
                    arr[i] = 0.0
                else:
                    arr[i] = value
            elif k == "missing":
                arr[i] = math.nan
                miss[i] = True
            elif k == "infinite":
                arr[i] = 0.0
                bad = bad or (i, msg("{cell} is not a finite number; infinite values cannot be trained "
                                     "on. Fill in a number or delete the row.", cell=excerpt(cell)))
            else:
                arr[i] = 0.0
                if is_target and task == "regression":
                    hint = msg("The regression task needs a numeric target column.")
                elif is_target:
                    hint = msg("The other cells of this target column hold numbers.")
                else:
                    hint = msg("This column holds numbers in most rows; numbers are plain decimals like 1.5 or "
                               "-2e3 (a dot for decimals, no thousands separators).")
                bad = bad or (i, msg("{cell} is not a number. {hint}", cell=excerpt(cell), hint=hint))
        return arr, miss, bad
    codes = np.empty(n, np.int32)
    cats = col.categories
    for i, cell in enumerate(cells):
        if cell.lower() in MISSING_TOKENS:
            codes[i] = -1
            continue
        code = cats.get(cell)
        if code is None:
            code = cats[cell] = len(cats)
        codes[i] = code
    return codes, codes < 0, None


def _features(cols: list[_Column], n: int, notes: list[str], source: str
              ) -> tuple[np.ndarray, list[str]]:
    widths = [1 if col.kind == "number" else len(col.categories) for col in cols]
    for col in cols:
        if col.kind == "text" and len(col.categories) > MAX_CATEGORIES:
            raise DataError(msg("{source}: the column {name} holds text with {n:,} different values; guinet "
                                "one-hot encodes text columns of at most {most} categories (one input each). "
                                "Remove the column, or turn it into numbers.", source=source,
                                name=excerpt(col.name), n=len(col.categories), most=MAX_CATEGORIES))
    x = np.zeros((n, sum(widths)), np.float64)
    names: list[str] = []
    j = 0
    for col, w in zip(cols, widths):
        if col.kind == "number":
            start = 0
            for part in col.chunks:
                x[start:start + len(part), j] = part
                start += len(part)
            names.append(col.name)
        else:
            start = 0
            for part in col.chunks:
                rows = np.arange(start, start + len(part))
                x[rows, j + part] = 1.0
                start += len(part)
            cats = list(col.categories)
            names += [f"{col.name}={c}" for c in cats]
            notes.append(msg("The column {name} holds text: it is one-hot encoded as {n} inputs ({names})."
                             if w != 1 else
                             "The column {name} holds text: it is one-hot encoded as {n} input ({names}).",
                             name=excerpt(col.name), n=w,
                             names=_names_excerpt([f'{col.name}={c}' for c in cats])))
        col.chunks.clear()  # free each column's chunks as soon as it is in x
        j += w
    if not names:
        raise DataError(msg("{source}: no feature columns are left besides the target", source=source))
    return x, names


def _class_name(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _target(col: _Column, task: str, source: str, preamble_names: list[str] | None,
            notes: list[str]) -> tuple[np.ndarray, str, list[str] | None]:
    values = np.concatenate(col.chunks) if col.chunks else np.zeros(0)
    col.chunks.clear()
    name = excerpt(col.name)
    if col.kind == "text":
        # Text labels are classes, named by their text (sorted numerically when all are numbers).
        cats = list(col.categories)
        order = _sorted_classes(cats)
        remap = np.empty(len(cats), np.int64)
        for k, c in enumerate(order):
            remap[col.categories[c]] = k
        y = remap[values.astype(np.int64)]
        classes = order
        if task == "auto":
            notes.append(msg("The target {name} holds text, so the task is classification with "
                             "{n} classes.", name=name, n=len(classes)))
        task = "classification"
    else:
        if task == "auto":
            distinct = np.unique(values)
            whole = bool(np.all(np.floor(distinct) == distinct))
            if whole and len(distinct) <= AUTO_CLASSES:
                task = "classification"
                notes.append(msg("The target {name} holds {n} different whole numbers, so the task is "
                                 "classification. Set Task to Regression to predict it as a number.",
                                 name=name, n=len(distinct)))
            else:
                task = "regression"
                notes.append(msg("The target {name} holds numbers with fractions, so the task is regression. "
                                 "Set Task to Classification if they are classes." if not whole else
                                 "The target {name} holds {n:,} different numbers, so the task is regression. "
                                 "Set Task to Classification if they are classes.", name=name, n=len(distinct)))
        if task == "regression":
            return values.astype(np.float64), task, None
        distinct, y = np.unique(values, return_inverse=True)
        classes = [_class_name(v) for v in distinct]
        y = y.astype(np.int64)
        if (preamble_names and len(preamble_names) == len(distinct)
                and np.array_equal(distinct, np.arange(len(distinct)))):
            classes = list(preamble_names)
            notes.append(msg("Classes 0 to {last} are named {names}, as the skipped first line says.",
                             last=len(classes) - 1, names=_names_excerpt(classes)))
    if len(classes) < 2:
        raise DataError(msg("{source}: the target column {name} holds a single class ({value}); "
                            "classification needs at least two. Choose another target column, or the regression "
                            "task.", source=source, name=name, value=excerpt(classes[0])))
    if len(classes) > MAX_CSV_CLASSES:
        raise DataError(msg("{source}: the target column {name} has {n:,} different values, more than "
                            "{most} classes. If it holds numbers to predict, choose the regression task.",
                            source=source, name=name, n=len(classes), most=MAX_CSV_CLASSES))
    return y, task, classes


def _target_index(target: str, names: list[str], header: bool, source: str) -> int:
    if not isinstance(target, str):
        raise DataError(msg("the target column must be a name or a number, not {value}", value=excerpt(target)))
    target = target.strip()
    if not target:
        return len(names) - 1
    if header and target in names:
        return names.index(target)
    if target.isascii() and target.isdigit():
        if len(target) > 9:
            raise DataError(msg("{source}: there is no column {column}; the file has {n} columns (1 to {n})",
                                source=source, column=excerpt(target, 12), n=len(names)))
        k = int(target)
        if 1 <= k <= len(names):
            return k - 1
        raise DataError(msg("{source}: there is no column {column}; the file has {n} columns (1 to {n})",
                            source=source, column=k, n=len(names)))
    known = _names_excerpt(names) if header else msg("none (the file has no header row)")
    raise DataError(msg("{source}: no column is called {name}. Column names: {known}. Give a name, a "
                        "column number from 1, or leave it empty for the last column.",
                        source=source, name=excerpt(target), known=known))


def _sorted_classes(values) -> list[str]:
    """Class names in a natural order: numerically when all are numbers (so '2' comes before '10')."""
    values = list(values)
    if all(_is_number(v) for v in values):
        return sorted(values, key=lambda v: (float(v), v))
    return sorted(values)
