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
from .text import excerpt

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
        raise DataError("no CSV file chosen: choose a file in the Data panel")
    if "\x00" in text:
        raise DataError(f"the CSV path {excerpt(text)} contains a NUL character, which no file name can hold. "
                    f"Choose the file again in the Data panel.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise DataError(f"the CSV path {excerpt(text)} is not valid text (it holds a broken character). "
                    f"Choose the file again in the Data panel.") from None
    try:
        path = Path(text).expanduser()
    except RuntimeError:  # "~someone/x.csv" where there is no user "someone"
        raise DataError(f"the CSV path {excerpt(text)} starts with a user's home folder that does not exist "
                    f"on this computer. Choose the file again in the Data panel.") from None
    if not path.is_absolute() and base_dir is not None:
        path = Path(base_dir) / path
    return path


# What the CSV reader adds to files.open_regular_file's message, by its reason: what the user can do.
_OPEN_ADVICE = {
    "missing": "Check the path in the Data panel.",
    "special": "Save the data to a file and choose that.",
    "too_large": "Use a sample of the rows.",
}


def _open_regular(path: Path, limit: int) -> tuple[int, os.stat_result]:
    """Open ``path`` for reading if it is a regular file no larger than ``limit``: (fd, stat), the fd
    blocking. The check is guinet.core.files' (a FIFO never blocks, a device is refused); its refusal
    becomes a DataError with what to do added."""
    try:
        return open_regular_file(path, limit, what="CSV file")
    except UnreadableFileError as exc:
        advice = _OPEN_ADVICE.get(exc.reason)
        raise DataError(f"{exc}. {advice}" if advice else str(exc)) from None


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
                raise DataError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
            if not block:
                break
            if done + len(block) > limit:
                raise DataError(f"{path} grew past {limit / 2**20:,.0f} MB while being read; guinet reads CSV "
                            f"files of at most that size.")
            try:
                parts.append(decoder.decode(block))
            except UnicodeDecodeError as exc:
                raise DataError(f"{path}: not UTF-8 text (byte {done + exc.start} cannot be decoded). Save the "
                            f"file as UTF-8 CSV.") from None
            done += len(block)
            if progress is not None:
                progress(min(done / size, 1.0))
        try:
            parts.append(decoder.decode(b"", final=True))
        except UnicodeDecodeError as exc:
            raise DataError(f"{path}: not UTF-8 text (the file ends inside a character). Save the file as UTF-8 "
                        f"CSV.") from None
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
        raise DataError(f"unknown header setting {excerpt(header)}: choose auto, yes or no")
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
                    raise DataError(f"{self.source}, line {start}: a quote (\") opened on this line is never "
                                     f"closed, so the rest of the file would be one cell. Close the quote or "
                                     f"remove it.") from None
                raise DataError(f"{self.source}, line {reader.line_num}: not valid CSV ({reason}). Quotes "
                                 f"must enclose a whole cell: \"a, b\" or \"say \"\"hi\"\"\".") from None
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
        raise DataError(f"unknown task {excerpt(task)}: choose auto, classification or regression")
    header_mode = _header_mode(header)
    if not isinstance(skip_rows, int) or skip_rows < 0:
        raise DataError(f"skip rows must be a whole number of at least 0, not {excerpt(skip_rows)}")
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = _sniff_delimiter(text, source)
    row_source = _Rows(text, delimiter, source)
    rows = iter(row_source)
    notes: list[str] = []
    delim_name = {",": "commas", ";": "semicolons", "\t": "tabs"}[delimiter]

    skipped = 0
    for _ in range(skip_rows):
        if next(rows, None) is None:
            break
        skipped += 1
    if skip_rows and skipped < skip_rows:
        raise DataError(f"{source} has only {skipped} rows, and {skip_rows} are to be skipped. Lower 'Skip rows'.")
    sample: list[tuple[int, list[str]]] = []
    for row in rows:
        sample.append(row)
        if len(sample) >= SAMPLE_ROWS:
            break
    if not sample:
        raise DataError(f"{source} is empty{' after the skipped rows' if skip_rows else ''}: it needs rows of "
                    f"numbers, one sample per row")

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
            notes.append(f"Line {first_line} ({excerpt(delimiter.join(first))}) is not data or column names"
                         f" ({'it holds counts' if counts else f'{len(first)} values where the rows have {mode}'}"
                         f"), so it was skipped. Set 'Skip rows' if more rows should be skipped.")
            if counts and len(first) > 2 and all(_kind(c) == "text" for c in first[2:]):
                preamble_names = first[2:]
    if not sample:
        raise DataError(f"{source} has no data rows")

    width = len(sample[0][1])
    has_header = header_mode == "yes" or (header_mode == "auto" and _looks_like_header(sample))
    if has_header:
        header_line, names = sample.pop(0)
        if not sample:
            nxt = next(rows, None)
            if nxt is None:
                raise DataError(f"{source} has only a header row and no data. Add rows of numbers, or set "
                            f"'Header row' to No if the first row is data.")
            sample.append(nxt)
        names = list(names)
        seen: set[str] = set()
        for i, name in enumerate(names):
            if not name:
                names[i] = name = f"column {i + 1}"
            if name in seen:
                raise DataError(f"{source}, line {header_line}, column {i + 1}: the header names {excerpt(name)} "
                            f"twice. Column names must differ.")
            seen.add(name)
        if header_mode == "auto":
            notes.append(f"Line {header_line} holds column names ({_names_excerpt(names)}). Set 'Header row' "
                         f"to No if it is data.")
    else:
        names = [f"column {i + 1}" for i in range(width)]
        if header_mode == "auto":
            notes.append("The file has no header row (its first row holds numbers), so the columns are "
                         "numbered. Set 'Header row' to Yes if the first row holds names.")
    if width < 2:
        raise DataError(f"{source} has {width} column; it needs at least one feature column and a target "
                    f"column, separated by commas, semicolons or tabs")

    t = _target_index(target, names, has_header, source)

    def where(line_no: int, col: int) -> str:
        label = f" ({excerpt(names[col])})" if has_header else ""
        return f"{source}, line {line_no}, column {col + 1}{label}"

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
            raise DataError(f"{where(int(lines[r]), c)}: {message}")
        if first_missing is not None and not drop_missing:
            r = first_missing
            c = next(c for c in range(width) if _is_missing_value(values[c], r, columns[c]))
            cell = cols[c][r]
            shown = "an empty cell" if not cell else excerpt(cell)
            what = "missing target value" if c == t else "missing value"
            raise DataError(f"{where(int(lines[r]), c)}: {what} ({shown}). Fill it in or delete the row, or "
                        f"choose 'Drop rows with missing values' (--drop-missing).")
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
            raise DataError(f"{source}, line {line_no}: {len(cells)} values where the "
                        f"{'header' if has_header else 'first row'} has {width}. Every row needs the same "
                        f"number of columns.")
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
            raise DataError(f"{source}: every one of its {dropped:,} data rows has a missing value, so none is left "
                        f"after dropping them.")
        raise DataError(f"{source} has no data rows")

    target_col = columns[t]
    feature_cols = [col for c, col in enumerate(columns) if c != t]
    x, feature_names = _features(feature_cols, n_rows, notes, source)
    y, task, class_names = _target(target_col, task, source, preamble_names, notes)
    if dropped:
        notes.append(f"{dropped:,} row{'s' if dropped != 1 else ''} with missing values "
                     f"{'were' if dropped != 1 else 'was'} dropped; {n_rows:,} remain.")
    if delimiter != ",":
        notes.append(f"Columns are separated by {delim_name}.")
    if progress is not None:
        progress(1.0)
    layout = CsvLayout(delimiter, skip_rows + preamble, has_header, target_col.name,
                       tuple(col.name for col in columns if col.kind == "text"), task, drop_missing)
    return CsvTable(x, y, feature_names, target_col.name, task, class_names, notes, dropped, delimiter,
                    has_header, layout)


def _names_excerpt(names: list[str]) -> str:
    shown = ", ".join(excerpt(n, 20) for n in names[:4])
    return shown + (f" and {len(names) - 4} more" if len(names) > 4 else "")


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
                    bad = bad or (i, f"{excerpt(cell)} is too large to be a finite number.")
                    arr[i] = 0.0
                else:
                    arr[i] = value
            elif k == "missing":
                arr[i] = math.nan
                miss[i] = True
            elif k == "infinite":
                arr[i] = 0.0
                bad = bad or (i, f"{excerpt(cell)} is not a finite number; infinite values cannot be trained "
                                 f"on. Fill in a number or delete the row.")
            else:
                arr[i] = 0.0
                if is_target and task == "regression":
                    hint = " The regression task needs a numeric target column."
                elif is_target:
                    hint = " The other cells of this target column hold numbers."
                else:
                    hint = (" This column holds numbers in most rows; numbers are plain decimals like 1.5 or "
                            "-2e3 (a dot for decimals, no thousands separators).")
                bad = bad or (i, f"{excerpt(cell)} is not a number.{hint}")
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
            raise DataError(f"{source}: the column {excerpt(col.name)} holds text with {len(col.categories):,} "
                        f"different values; guinet one-hot encodes text columns of at most {MAX_CATEGORIES} "
                        f"categories (one input each). Remove the column, or turn it into numbers.")
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
            notes.append(f"The column {excerpt(col.name)} holds text: it is one-hot encoded as {w} input"
                         f"{'s' if w != 1 else ''} ({_names_excerpt([f'{col.name}={c}' for c in cats])}).")
        col.chunks.clear()  # free each column's chunks as soon as it is in x
        j += w
    if not names:
        raise DataError(f"{source}: no feature columns are left besides the target")
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
            notes.append(f"The target {name} holds text, so the task is classification with "
                         f"{len(classes)} classes.")
        task = "classification"
    else:
        if task == "auto":
            distinct = np.unique(values)
            whole = bool(np.all(np.floor(distinct) == distinct))
            if whole and len(distinct) <= AUTO_CLASSES:
                task = "classification"
                notes.append(f"The target {name} holds {len(distinct)} different whole numbers, so the task is "
                             f"classification. Set Task to Regression to predict it as a number.")
            else:
                task = "regression"
                notes.append(f"The target {name} holds {'numbers with fractions' if not whole else f'{len(distinct):,} different numbers'}, "
                             f"so the task is regression. Set Task to Classification if they are classes.")
        if task == "regression":
            return values.astype(np.float64), task, None
        distinct, y = np.unique(values, return_inverse=True)
        classes = [_class_name(v) for v in distinct]
        y = y.astype(np.int64)
        if (preamble_names and len(preamble_names) == len(distinct)
                and np.array_equal(distinct, np.arange(len(distinct)))):
            classes = list(preamble_names)
            notes.append(f"Classes 0 to {len(classes) - 1} are named {_names_excerpt(classes)}, as the "
                         f"skipped first line says.")
    if len(classes) < 2:
        raise DataError(f"{source}: the target column {name} holds a single class ({excerpt(classes[0])}); "
                    f"classification needs at least two. Choose another target column, or the regression "
                    f"task.")
    if len(classes) > MAX_CSV_CLASSES:
        raise DataError(f"{source}: the target column {name} has {len(classes):,} different values, more than "
                    f"{MAX_CSV_CLASSES} classes. If it holds numbers to predict, choose the regression task.")
    return y, task, classes


def _target_index(target: str, names: list[str], header: bool, source: str) -> int:
    if not isinstance(target, str):
        raise DataError(f"the target column must be a name or a number, not {excerpt(target)}")
    target = target.strip()
    if not target:
        return len(names) - 1
    if header and target in names:
        return names.index(target)
    if target.isascii() and target.isdigit():
        if len(target) > 9:
            raise DataError(f"{source}: there is no column {excerpt(target, 12)}; the file has {len(names)} "
                        f"columns (1 to {len(names)})")
        k = int(target)
        if 1 <= k <= len(names):
            return k - 1
        raise DataError(f"{source}: there is no column {k}; the file has {len(names)} columns (1 to "
                    f"{len(names)})")
    known = _names_excerpt(names) if header else "none (the file has no header row)"
    raise DataError(f"{source}: no column is called {excerpt(target)}. Column names: {known}. Give a name, a "
                f"column number from 1, or leave it empty for the last column.")


def _sorted_classes(values) -> list[str]:
    """Class names in a natural order: numerically when all are numbers (so '2' comes before '10')."""
    values = list(values)
    if all(_is_number(v) for v in values):
        return sorted(values, key=lambda v: (float(v), v))
    return sorted(values)
