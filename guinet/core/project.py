"""The ``.guinet`` project file: versioned JSON, a strict reader and an atomic writer.

A project file is one JSON object::

    {
      "format_version": 1,
      "app": "guinet",
      "name": "xor-mlp",
      "description": "What this project shows ...",
      "graph": {"nodes": [{"id": "input", "kind": "input", "pos": [0.0, 0.0], "params": {}}, ...],
                "edges": [["input", "dense_1"], ...]},
      "data": {"dataset": "xor", ...},          # sparse: only settings that differ from the defaults
      "training": {"optimizer": "adam", ...},   # likewise
      "weights": {"format": "float32-base64",   # optional: trained weights
                  "tensors": {"dense_1.weight": {"shape": [4, 2], "data": "<base64>"}, ...}}
    }

The reader trusts nothing: every key, type and value is checked against the layer catalog and the
settings tables, and every failure is a ``ProjectError`` whose message says what is wrong and where
("graph.nodes[2].params.units: Units must be at most 65,536, not 100000"). There is no pickle anywhere.
Writing goes to a temporary file beside the target, is flushed to disk and then renamed over the old
file, so a crash mid-save leaves the old file whole.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import os
import re
from pathlib import Path
from typing import Any, Mapping

from .catalog import LAYER_KINDS, SINGLETON_KINDS, layer_kind
from .files import UnreadableFileError, read_regular_file
from .graph import MAX_EDGES, MAX_NODES, Graph, GraphError
from .model import Project
from .params import ParamError, ParamSpec, validate_values
from .settings import DATA_PARAMS, TRAINING_PARAMS
from .text import excerpt, msg, quote

FORMAT_VERSION = 1
# Versions this reader understands (a later version may add readers for older ones here).
READABLE_VERSIONS = (1,)
APP_NAME = "guinet"
EXTENSION = ".guinet"
WEIGHTS_FORMAT = "float32-base64"
# dtype names in the weights section -> (numpy dtype string, bytes per element). float32 is the rule;
# int64 keeps integer buffers such as BatchNorm's num_batches_tracked exact.
_WEIGHT_DTYPES = {"float32": ("<f4", 4), "int64": ("<i8", 8)}

_TOP_KEYS = ("format_version", "app", "name", "description", "graph", "data", "training", "weights")
_REQUIRED_TOP = ("format_version", "app", "graph", "data", "training")
_NODE_KEYS = ("id", "kind", "pos", "params")
_MAX_NAME = 200
MAX_POSITION = _MAX_POS = 1e7  # beyond this a position is a typo, and would put the node where nobody can find it
# The largest project file guinet reads. Networks that fit the memory check store their weights in
# far less; a bigger file is not a project (or would take minutes and gigabytes to parse).
MAX_PROJECT_BYTES = 256 << 20

# The examples in lesson order (example_names lists any others after these, alphabetically).
EXAMPLE_ORDER = ("and-perceptron", "or-perceptron", "nand-perceptron", "xor-perceptron", "xor-mlp", "circle",
                 "spiral", "deep-sigmoid", "deep-relu-he-bn", "regression-plane")


class ProjectError(Exception):
    """A project that cannot be read or written. The only error the reader lets escape; the message says
    what is wrong and where, in a user's words."""

    def __init__(self, message: str, *, unexpected: bool = False) -> None:
        super().__init__(message)
        # True only when the reader's last-resort guard caught something its checks did not foresee.
        self.unexpected = unexpected


# --------------------------------------------------------------------------- writing

def project_to_dict(project: Project) -> dict[str, Any]:
    """The project file's JSON object. Mappings are written with sorted keys and lists in the project's
    order, so saving, loading and saving again gives the same bytes."""
    doc: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "app": APP_NAME,
        "name": project.name,
        "description": project.description,
        "graph": {
            "nodes": [{"id": n.id, "kind": n.kind, "pos": [float(n.pos[0]), float(n.pos[1])],
                       "params": _sorted(n.params)} for n in project.graph.nodes.values()],
            "edges": [[e.src, e.dst] for e in project.graph.edges],
        },
        "data": _sorted(project.data),
        "training": _sorted(project.training),
    }
    if project.weights is not None:
        doc["weights"] = project.weights
    return doc


def project_to_json(project: Project) -> str:
    """The project file's text (UTF-8 JSON, two-space indent, ending with a newline)."""
    try:
        text = json.dumps(project_to_dict(project), indent=2, ensure_ascii=False, allow_nan=False)
        return _SCALAR_LIST.sub(_one_line, text) + "\n"
    except ValueError as exc:  # a NaN or infinite position or weight would make invalid JSON
        raise ProjectError(f"cannot save: the project holds a value JSON cannot store ({exc})") from None
    except TypeError as exc:
        raise ProjectError(f"cannot save: the project holds something that is not plain data ({exc})") from None


# A list whose items are all scalars, as json.dumps(indent=2) spreads it over lines. Inside JSON strings a
# newline is always escaped, so a "[" followed by a real newline is structural; an item holding a bracket or
# brace does not match and the list simply stays spread out.
_SCALAR_LIST = re.compile(r"\[\n((?:[ ]+[^\[\]{}\n]+\n)+?)[ ]*\]")


def _one_line(match: re.Match) -> str:
    """Positions, edges and shapes on one line each: [200.0, 0.0]."""
    return "[" + " ".join(line.strip() for line in match.group(1).splitlines()) + "]"


def _sorted(mapping: Mapping[str, Any]) -> dict[str, Any]:
    return {k: mapping[k] for k in sorted(mapping)}


def save_project(project: Project, path: str | os.PathLike) -> None:
    """Write the project to ``path`` atomically: a temporary file in the same folder is written, flushed
    and synced to disk, then renamed over ``path``. If anything fails the old file stays whole and the
    temporary file is removed. Raises ProjectError."""
    text = project_to_json(project)
    try:
        payload = text.encode("utf-8")
    except UnicodeEncodeError:
        where = _unencodable_place(project_to_dict(project))
        raise ProjectError(f"cannot save: {where or 'the project'} holds a character that cannot be written "
                           f"as UTF-8 (a lone surrogate). Change that text and save again.") from None
    write_atomic(Path(path), payload)


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def write_atomic(path: Path, payload: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_temp_files(path)
    import secrets   # here, not at the top: its hashing modules cost opening the window ~8 ms

    tmp = folder / f"{_temp_prefix(path)}{secrets.token_hex(4)}.tmp"
    try:
        # 0o666 lets the umask decide the permissions, as for any new file (mkstemp would force 0o600).
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except (OSError, ValueError) as exc:
        raise ProjectError(msg("cannot save {path}: {reason}", path=str(path),
                                 reason=getattr(exc, "strerror", None) or str(exc))) from None
    # Held while the temporary file is written, and let go by the system when this process dies: a
    # later save or open removes the temporary files of saves that were killed, and only those.
    _lock_temp(fd)
    f = os.fdopen(fd, "wb")
    try:
        with f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
            try:
                os.chmod(tmp, os.stat(path).st_mode & 0o7777)  # keep the old file's permissions
            except OSError:
                pass
            if os.name != "nt":  # POSIX renames an open file; the lock is held until it is in place
                os.replace(tmp, path)
        if os.name == "nt":
            os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise ProjectError(msg("cannot save {path}: {reason}. The previous file, if any, is unchanged.",
                                   path=str(path), reason=exc.strerror or str(exc))) from None
        raise
    _sync_folder(folder)


def _lock_temp(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be removed there anyway
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def remove_stale_temp_files(path: str | os.PathLike) -> list[Path]:
    """Remove the temporary files that saves of ``path`` left behind when they were killed (kill -9,
    a crash, a power cut) before they could rename or remove them. A save still in progress holds a
    lock on its file and is left alone. Returns what was removed; never raises."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    prefix = _temp_prefix(path)
    removed: list[Path] = []
    try:
        names = [n for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(".tmp")
                 and re.fullmatch(r"[0-9a-f]{8}", n[len(prefix):-4])]
    except (OSError, ValueError):
        return removed
    for name in names:
        tmp = folder / name
        try:
            fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            if not _lock_temp(fd) and os.name != "nt":
                continue  # another save is writing it now
            os.unlink(tmp)
            removed.append(tmp)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- reading

def load_project(path: str | os.PathLike) -> Project:
    """Read a project file. Raises ProjectError (missing file, not UTF-8, bad JSON, bad content)."""
    p = Path(path)
    try:
        raw = read_regular_file(p, MAX_PROJECT_BYTES, what="project file")
    except UnreadableFileError as exc:
        raise ProjectError(exc.args[0] if exc.args else str(exc)) from None   # a Message: the window translates it
    remove_stale_temp_files(p)
    return project_from_bytes(raw, source=str(p))


def project_from_bytes(raw: bytes, *, source: str = "") -> Project:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectError(msg("{prefix}not a guinet project: byte {byte} is not UTF-8 text",
                                 prefix=_prefix(source), byte=exc.start)) from None
    return project_from_json(text, source=source)


def project_from_json(text: str, *, source: str = "") -> Project:
    """Build a Project from a project file's text. Strict: raises ProjectError, and nothing else, for
    anything that is not a valid project of a known format version."""
    prefix = _prefix(source)
    try:
        return _read(text, prefix)
    except ProjectError:
        raise
    except RecursionError:
        raise ProjectError(msg("{prefix}the document is nested too deeply to be a project", prefix=prefix)) from None
    except MemoryError:
        raise ProjectError(msg("{prefix}the document is too large to read", prefix=prefix)) from None
    except Exception as exc:  # noqa: BLE001 - the last resort: the reader must only ever raise ProjectError
        raise ProjectError(f"{prefix}cannot read this project ({type(exc).__name__}: {excerpt(str(exc), 200)})",
                           unexpected=True) from exc


def _prefix(source: str) -> str:
    return f"{source}: " if source else ""


class _Invalid(Exception):
    """Raised inside the reader with (where, message); turned into ProjectError at the top."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(where, message)
        self.where = where
        self.message = message


def _read(text: str, prefix: str) -> Project:
    if not isinstance(text, str):
        raise ProjectError(f"{prefix}a project must be given as text, not {type(text).__name__}")
    doc = _parse_json(text, prefix)
    try:
        return _project_from_doc(doc)
    except _Invalid as exc:
        where = f"{exc.where}: " if exc.where else ""
        raise ProjectError(f"{prefix}{where}{exc.message}") from None


def _parse_json(text: str, prefix: str) -> Any:
    if not text.strip():
        raise ProjectError(msg("{prefix}the file is empty; a guinet project is a JSON object", prefix=prefix))

    def no_constants(name: str) -> Any:
        raise _BadJson(f"{name} is not a number JSON allows")

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                raise _BadJson(f"the key {quote(key)} appears twice in one object")
            out[key] = value
        return out

    try:
        doc = json.loads(text, parse_constant=no_constants, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as exc:
        # json's own words ("Expecting value") stay as they are; the rest is in the window's language.
        raise ProjectError(msg("{prefix}not valid JSON: {detail} at line {line}, column {column}. A project "
                               "file may have been cut short or edited by hand.", prefix=prefix, detail=exc.msg,
                               line=exc.lineno, column=exc.colno)) from None
    except _BadJson as exc:
        raise ProjectError(f"{prefix}not a valid project: {exc}") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise ProjectError(f"{prefix}not valid JSON: {excerpt(str(exc), 200)}") from None
    # A JSON escape can spell half of a UTF-16 pair ("\ud800"): valid JSON, but not text that can be
    # written back as UTF-8, so such a project could never be saved again. Refuse it here, naming the
    # place (the text can only hold one if it has such an escape, which is quick to look for).
    if _SURROGATE_ESCAPE.search(text):
        where = _unencodable_place(doc)
        if where is not None:
            raise ProjectError(f"{prefix}{where + ': ' if where else ''}holds a \\u escape for half of a "
                               f"UTF-16 pair (a lone surrogate such as \\ud800), which is not a character "
                               f"and cannot be saved. Correct or remove it in a text editor.")
    return doc


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _unencodable_place(doc: Any) -> str | None:
    """Where in ``doc`` the first string (key or value) with a lone surrogate is, as 'graph.nodes[0].id';
    None when every string can be written as UTF-8."""
    stack: list[tuple[Any, str]] = [(doc, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            if not _encodable(value):
                return where
        elif isinstance(value, dict):
            for key, item in value.items():
                place = f"{where}.{_key(key)}" if where else _key(key)
                if not _encodable(key):
                    return place
                stack.append((item, place))
        elif isinstance(value, list):
            stack.extend((item, f"{where}[{i}]") for i, item in enumerate(value))
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class _BadJson(Exception):
    pass


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _expect(value: Any, kind: type | tuple[type, ...], where: str, what: str) -> None:
    if isinstance(value, bool) and kind in (int, float, (int, float)):
        raise _Invalid(where, f"must be {what}, not {_type_name(value)}")
    if not isinstance(value, kind):
        raise _Invalid(where, f"must be {what}, not {_type_name(value)}")


def _check_keys(obj: dict, allowed: tuple[str, ...], required: tuple[str, ...], where: str) -> None:
    for key in obj:
        if key not in allowed:
            raise _Invalid(where, f"unknown key {quote(key)}; allowed keys are {', '.join(allowed)}")
    for key in required:
        if key not in obj:
            raise _Invalid(where, f"the key {key!r} is missing")


def _project_from_doc(doc: Any) -> Project:
    if not isinstance(doc, dict):
        raise _Invalid("", f"not a guinet project: the file holds {_type_name(doc)}, not a JSON object")
    _check_version(doc)
    if doc.get("app") != APP_NAME:
        raise _Invalid("app", f"must be {APP_NAME!r}, not {quote(doc.get('app'))}: this is not a guinet project"
                       if "app" in doc else f"the key 'app' is missing; a guinet project has \"app\": "
                       f"\"{APP_NAME}\"")
    _check_keys(doc, _TOP_KEYS, _REQUIRED_TOP, "")

    name = doc.get("name", "untitled")
    _expect(name, str, "name", "text")
    if len(name) > _MAX_NAME:
        raise _Invalid("name", f"is {len(name)} characters long; at most {_MAX_NAME} are allowed")
    description = doc.get("description", "")
    _expect(description, str, "description", "text")

    graph = _read_graph(doc["graph"])
    data = _read_settings(DATA_PARAMS, doc["data"], "data")
    training = _read_settings(TRAINING_PARAMS, doc["training"], "training")
    weights = doc.get("weights")
    if weights is not None:
        _check_weights(weights, "weights")
    try:
        return Project(graph, data, training, name=name, weights=weights, description=description)
    except (ParamError, GraphError) as exc:  # already checked above; kept as a guard
        raise _Invalid("", str(exc)) from None


def _check_version(doc: dict) -> None:
    readable = ", ".join(str(v) for v in READABLE_VERSIONS)
    if "format_version" not in doc:
        raise _Invalid("format_version", f"missing: this file has no format version, so it was not written "
                       f"by guinet (this guinet reads format version {readable})")
    version = doc["format_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise _Invalid("format_version", f"must be a whole number, not {_type_name(version)} "
                       f"(this guinet reads format version {readable})")
    if version not in READABLE_VERSIONS:
        newer = version > max(READABLE_VERSIONS)
        raise _Invalid("format_version", f"this file has format version {version}, "
                       f"{'written by a newer guinet' if newer else 'which guinet never wrote'}; this guinet "
                       f"reads format version {readable}" + (". Update guinet to open it." if newer else ""))


def _read_settings(specs: tuple[ParamSpec, ...], values: Any, where: str) -> dict[str, Any]:
    _expect(values, dict, where, "an object of settings")
    return _validate_params(specs, values, where)


def _validate_params(specs: tuple[ParamSpec, ...], values: dict, where: str) -> dict[str, Any]:
    """Check settings key by key (so an error names the key), then as a whole."""
    by_name = {spec.name: spec for spec in specs}
    for key, value in values.items():
        head = key.partition(".")[0]
        if head not in by_name:
            known = ", ".join(by_name) or "none"
            raise _Invalid(f"{where}.{_key(key)}", f"unknown setting; known settings: {known}")
        if "." not in key:
            try:
                by_name[key].validate(value)
            except ParamError as exc:
                raise _Invalid(f"{where}.{_key(key)}", str(exc)) from None
    for key, value in values.items():
        if "." in key:
            head, _, sub = key.partition(".")
            spec = by_name[head]
            chosen = values.get(head, spec.default)
            entry = spec.choices[chosen] if spec.choices is not None and chosen in spec.choices else None
            if entry is None or not any(p.name == sub for p in entry.params):
                # A parameter of another entry is left over from an earlier choice: harmless, and dropped
                # by validate_values; anything else is unknown.
                if spec.choices is None or not any(p.name == sub for e in spec.choices for p in e.params):
                    raise _Invalid(f"{where}.{_key(key)}", f"unknown setting; {spec.label} has no parameter {quote(sub)}")
                continue
            try:
                entry.param(sub).validate(value)
            except ParamError as exc:
                raise _Invalid(f"{where}.{_key(key)}", str(exc)) from None
    try:
        return validate_values(specs, values, "")
    except ParamError as exc:
        raise _Invalid(where, str(exc)) from None


def graph_from_fragment(fragment: Any) -> Graph:
    """Layers from the clipboard ({"nodes": [...], "edges": [...]}, as a project's graph holds them),
    checked exactly as a project file's graph is: every node's kind, id, position and settings, and
    every edge. Raises ProjectError saying what is wrong and where ("nodes[0].pos: ...")."""
    if isinstance(fragment, dict) and "edges" not in fragment:
        fragment = {**fragment, "edges": []}
    try:
        graph = _read_graph(fragment)
    except _Invalid as exc:
        where = exc.where.removeprefix("graph.") if exc.where != "graph" else ""
        raise ProjectError(f"{where + ': ' if where else ''}{exc.message}") from None
    except (RecursionError, MemoryError, TypeError, ValueError) as exc:
        raise ProjectError(f"not guinet layers ({type(exc).__name__})") from None
    return graph


def _read_graph(graph: Any) -> Graph:
    _expect(graph, dict, "graph", "an object with 'nodes' and 'edges'")
    _check_keys(graph, ("nodes", "edges"), ("nodes", "edges"), "graph")
    nodes, edges = graph["nodes"], graph["edges"]
    _expect(nodes, list, "graph.nodes", "a list of layers")
    _expect(edges, list, "graph.edges", "a list of [from, to] pairs")
    if len(nodes) > MAX_NODES:
        raise _Invalid("graph.nodes", f"{len(nodes):,} layers; guinet opens networks of at most {MAX_NODES:,}")
    if len(edges) > MAX_EDGES:
        raise _Invalid("graph.edges", f"{len(edges):,} connections; guinet opens networks of at most "
                       f"{MAX_EDGES:,}")
    g = Graph()
    kinds = {k.name for k in LAYER_KINDS}
    for i, item in enumerate(nodes):
        where = f"graph.nodes[{i}]"
        _expect(item, dict, where, "an object with id, kind, pos and params")
        _check_keys(item, _NODE_KEYS, ("id", "kind"), where)
        node_id, kind = item["id"], item["kind"]
        _expect(node_id, str, f"{where}.id", "text")
        _expect(kind, str, f"{where}.kind", "text")
        if kind not in kinds:
            raise _Invalid(f"{where}.kind", f"unknown layer kind {quote(kind)}; known kinds: {', '.join(sorted(kinds))}")
        if node_id in g.nodes:
            raise _Invalid(f"{where}.id", f"{quote(node_id)} names two layers; every layer needs its own id")
        if kind in SINGLETON_KINDS and g.nodes_of_kind(kind):
            raise _Invalid(where, f"a second {layer_kind(kind).label} layer; a network has only one")
        pos = _read_pos(item.get("pos", [0.0, 0.0]), f"{where}.pos")
        params_doc = item.get("params", {})
        _expect(params_doc, dict, f"{where}.params", "an object of settings")
        params = _validate_params(layer_kind(kind).params, params_doc, f"{where}.params")
        try:
            g.add_node(kind, params, pos, node_id)
        except GraphError as exc:  # e.g. an id with characters a module name cannot have
            raise _Invalid(f"{where}.id" if "name a layer" in str(exc) else where, str(exc)) from None
    for i, item in enumerate(edges):
        where = f"graph.edges[{i}]"
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(v, str) for v in item)):
            raise _Invalid(where, f"must be a pair of layer ids [from, to], not {_short(item)}")
        src, dst = item
        for end, node_id in (("from", src), ("to", dst)):
            if node_id not in g.nodes:
                raise _Invalid(where, f"connects {end} {quote(node_id)}, which is not a layer of this graph")
        try:
            g.add_edge(src, dst, check_cycle=False)  # cycles: looked for once, below
        except GraphError as exc:
            raise _Invalid(where, f"cannot connect {quote(src)} to {quote(dst)}: {exc}") from None
    closing = g.first_cycle_edge()
    if closing is not None:
        src, dst = edges[closing]
        raise _Invalid(f"graph.edges[{closing}]", f"cannot connect {quote(src)} to {quote(dst)}: it would make "
                       f"a cycle; the network must flow one way")
    return g


def _read_pos(pos: Any, where: str) -> tuple[float, float]:
    if not (isinstance(pos, list) and len(pos) == 2):
        raise _Invalid(where, f"must be a pair of numbers [x, y], not {_short(pos)}")
    out = []
    for v in pos:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or abs(v) > _MAX_POS:
            raise _Invalid(where, f"must be a pair of finite numbers [x, y] within ±{_MAX_POS:g}, not {_short(pos)}")
        out.append(float(v))
    return out[0], out[1]


def _key(key: str) -> str:
    """A key as part of a place in a message: as it is when short and plain, else cut and quoted."""
    return key if len(key) <= 40 and key.isprintable() else quote(key)


def _short(value: Any) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# --------------------------------------------------------------------------- weights

def _check_weights(weights: Any, where: str) -> None:
    _expect(weights, dict, where, "an object with 'format' and 'tensors'")
    _check_keys(weights, ("format", "tensors"), ("format", "tensors"), where)
    if weights["format"] != WEIGHTS_FORMAT:
        raise _Invalid(f"{where}.format", f"must be {WEIGHTS_FORMAT!r}, not {_short(weights['format'])}")
    tensors = weights["tensors"]
    _expect(tensors, dict, f"{where}.tensors", "an object of named tensors")
    for name, entry in tensors.items():
        _decode_tensor(entry, f"{where}.tensors.{_key(name)}")


def _decode_tensor(entry: Any, where: str):
    """(numpy array, shape) from one tensor entry, checked; raises _Invalid."""
    import numpy as np

    _expect(entry, dict, where, "an object with 'shape' and 'data'")
    _check_keys(entry, ("shape", "data", "dtype"), ("shape", "data"), where)
    shape = entry["shape"]
    if not (isinstance(shape, list) and len(shape) <= 8
            and all(isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 2**31 for d in shape)):
        raise _Invalid(f"{where}.shape", f"must be a list of at most 8 sizes ≥ 0, not {_short(shape)}")
    dtype = entry.get("dtype", "float32")
    if not isinstance(dtype, str) or dtype not in _WEIGHT_DTYPES:
        raise _Invalid(f"{where}.dtype", f"must be one of {', '.join(_WEIGHT_DTYPES)}, not {_short(dtype)}")
    np_dtype, size = _WEIGHT_DTYPES[dtype]
    data = entry["data"]
    _expect(data, str, f"{where}.data", "base64 text")
    count = math.prod(shape)
    if len(data) != 4 * math.ceil(count * size / 3):
        raise _Invalid(f"{where}.data", f"holds {len(data)} base64 characters; a {dtype} tensor of shape "
                       f"{shape} needs {4 * math.ceil(count * size / 3)}")
    try:
        raw = base64.b64decode(data.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise _Invalid(f"{where}.data", "is not valid base64") from None
    if len(raw) != count * size:
        raise _Invalid(f"{where}.data", f"decodes to {len(raw)} bytes; shape {shape} needs {count * size}")
    return np.frombuffer(raw, dtype=np_dtype).reshape(shape), shape


def weights_to_json(state_dict: Mapping[str, Any]) -> dict[str, Any]:
    """A model's state dict as the weights section of a project file: each tensor as little-endian float32
    (int64 for integer buffers) in base64, with its shape."""
    import numpy as np
    import torch

    tensors: dict[str, Any] = {}
    for name in state_dict:
        t = state_dict[name]
        if not isinstance(name, str):
            raise ProjectError(f"cannot store weights: tensor name {quote(name)} is not text")
        t = t.detach().to("cpu") if isinstance(t, torch.Tensor) else torch.as_tensor(t)
        integer = not (t.is_floating_point() or t.is_complex()) and t.dtype != torch.bool
        dtype = "int64" if integer else "float32"
        arr = t.to(torch.int64 if integer else torch.float32).contiguous().numpy()
        arr = arr.astype(_WEIGHT_DTYPES[dtype][0], copy=False)
        if not integer and not np.isfinite(arr).all():
            raise ProjectError(f"cannot store weights: {name} holds NaN or infinite values (training diverged?)")
        entry: dict[str, Any] = {"shape": list(arr.shape), "data": base64.b64encode(arr.tobytes()).decode("ascii")}
        if integer:
            entry["dtype"] = dtype
        tensors[name] = entry
    return {"format": WEIGHTS_FORMAT, "tensors": tensors}


def weights_from_json(weights: Mapping[str, Any]) -> dict[str, Any]:
    """The weights section of a project file as a state dict of torch tensors. Raises ProjectError."""
    import torch

    try:
        _check_weights(weights, "weights")
        out = {}
        for name, entry in weights["tensors"].items():
            arr, _ = _decode_tensor(entry, f"weights.tensors.{_key(name)}")
            out[name] = torch.from_numpy(arr.copy())
        return out
    except _Invalid as exc:
        raise ProjectError(f"{exc.where}: {exc.message}") from None


# --------------------------------------------------------------------------- examples

def _examples_dir() -> Path:
    from ..resources import resource_path

    return resource_path("examples")


def example_names() -> list[str]:
    """The example projects, in lesson order."""
    folder = _examples_dir()
    found = {p.stem for p in folder.glob(f"*{EXTENSION}")} if folder.is_dir() else set()
    return [n for n in EXAMPLE_ORDER if n in found] + sorted(found - set(EXAMPLE_ORDER))


def load_example(name: str) -> Project:
    """The example project called ``name`` (see ``example_names``). Raises ProjectError."""
    names = example_names()
    if name not in names:
        raise ProjectError(msg("there is no example called {name}; examples: {names}", name=quote(name),
                               names=", ".join(names)))
    return load_project(_examples_dir() / f"{name}{EXTENSION}")


def changed_example(project: Project, name: str) -> Project | None:
    """The example ``name`` when ``project`` still carries its description but is no longer that
    example (another network, data or training: moving layers does not count); else None. A file
    saved from it is the user's own project, and its description should say where it started."""
    if name not in example_names():
        return None
    try:
        example = load_example(name)
    except ProjectError:
        return None
    if project.description != example.description:
        return None

    def content(p: Project) -> Any:
        graph = p.graph.to_dict()
        nodes = sorted((n["id"], n["kind"], json.dumps(n["params"], sort_keys=True)) for n in graph["nodes"])
        return nodes, sorted(map(str, graph["edges"])), p.data_settings(), p.training_settings()

    return example if content(project) != content(example) else None

