"""Write every user-visible string of guinet as a Python file that Qt's lupdate reads exactly.

Why not run lupdate on guinet/ directly: it misses the strings that go through the modules' small
wrappers (``_tr("...")`` calling ``QCoreApplication.translate("NetworkView", text)``), it guesses wrong
contexts for ``self.form.tr(...)`` and ``window.tr(...)``, and it cannot see the engine's tables
(``guinet.core.catalog``, ``choices``, ``settings``), whose labels and help texts the GUI translates in
the contexts "layers", "params" and "choices" (core stays Qt-free, so they carry no marker). This
script reads the sources with ``ast``, resolves each call's context the way it resolves at run time,
adds the tables' texts, and writes one ``QT_TRANSLATE_NOOP("context", "text")`` line per string (a
``QCoreApplication.translate(..., n)`` call for plurals), which lupdate turns into the .ts file.

    python packaging/translation_sources.py OUT.py      (packaging/update_translations.sh runs it)
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "guinet" / "gui"
# ``X.tr(...)`` where X is not ``self``: the class of X, by its name in guinet's code.
RECEIVER_CLASSES = {"window": "MainWindow", "form": "ParamForm"}
# Contexts in which the GUI translates the engine's table texts (see the modules that call
# QCoreApplication.translate("layers" | "params" | "choices", ...)).
TABLE_CONTEXTS = ("layers", "params", "choices")


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _is_translate(func: ast.AST) -> bool:
    return isinstance(func, ast.Attribute) and func.attr == "translate" and \
        isinstance(func.value, ast.Name) and func.value.id in ("QCoreApplication", "QApplication")


def _wrapped_context(node: ast.FunctionDef) -> str | None:
    """The context when ``node`` returns QCoreApplication.translate("CTX", its text argument)."""
    args = [a.arg for a in node.args.args]
    if args and args[0] == "self":
        args = args[1:]
    if not args:
        return None
    first = args[0]
    for call in ast.walk(node):
        if isinstance(call, ast.Call) and _is_translate(call.func) and len(call.args) >= 2:
            ctx = _literal(call.args[0])
            arg = call.args[1]
            if ctx and isinstance(arg, ast.Name) and arg.id == first:
                return ctx
    return None


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level functions that wrap QCoreApplication.translate("CTX", their first argument)."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        ctx = _wrapped_context(node)
        if ctx is not None:
            found[node.name] = ctx
    return found


class _Collector(ast.NodeVisitor):
    def __init__(self, path: Path, wrappers: dict[str, str], shared: dict[str, str]) -> None:
        self.path = path
        self.wrappers = wrappers
        self.shared = shared
        self.classes: list[str] = []
        self.messages: list[tuple[str, str, str, bool]] = []   # context, text, disambiguation, plural
        self.unresolved: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast's name
        # A class may define its own tr() over a fixed context (LiveTraining, StepThrough).
        own = next((_wrapped_context(f) for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "tr"), None)
        self.classes.append(own or node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, ctx: str, call: ast.Call, text_index: int) -> None:
        text = _literal(call.args[text_index]) if len(call.args) > text_index else None
        if text is None:
            return
        rest = call.args[text_index + 1:]
        disambiguation = _literal(rest[0]) if rest else ""
        plural = len(rest) >= 2
        self.messages.append((ctx, text, disambiguation or "", plural))

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast's name
        func = node.func
        if isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2:
            ctx = _literal(node.args[0])
            if ctx is not None:
                self._add(ctx, node, 1)
        elif _is_translate(func) and node.args:
            ctx = _literal(node.args[0])
            if ctx is not None:
                self._add(ctx, node, 1)
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and node.args and _literal(node.args[0]):
            receiver = func.value
            ctx = None
            if isinstance(receiver, ast.Name) and receiver.id == "self" and self.classes:
                ctx = self.classes[-1]
            elif isinstance(receiver, ast.Name):
                ctx = RECEIVER_CLASSES.get(receiver.id)
            elif isinstance(receiver, ast.Attribute):
                ctx = RECEIVER_CLASSES.get(receiver.attr)
            if ctx is None:
                self.unresolved.append(f"{self.path.name}:{node.lineno}: {ast.unparse(func)}")
            else:
                self._add(ctx, node, 0)
        elif isinstance(func, ast.Name) and node.args:
            ctx = self.wrappers.get(func.id) or self.shared.get(func.id)
            if ctx is not None:
                self._add(ctx, node, 0)
        self.generic_visit(node)


def gui_messages() -> tuple[list[tuple[str, str, str, bool]], list[str]]:
    files = sorted(GUI.rglob("*.py"))
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in files}
    per_module = {path: _wrappers(tree) for path, tree in trees.items()}
    # Wrappers with public names (tr_param) are imported by other modules; private ones (_tr) are not.
    shared = {name: ctx for wrappers in per_module.values() for name, ctx in wrappers.items()
              if not name.startswith("_")}
    messages, unresolved = [], []
    for path, tree in trees.items():
        collector = _Collector(path, per_module[path], shared)
        collector.visit(tree)
        messages += collector.messages
        unresolved += collector.unresolved
    return messages, unresolved


def _alternatives(node: ast.AST) -> list[str]:
    """Every string an expression of literals, + and if/else can make."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [a + b for a in _alternatives(node.left) for b in _alternatives(node.right)]
    if isinstance(node, ast.IfExp):
        return _alternatives(node.body) + _alternatives(node.orelse)
    return []


def problem_templates() -> list[str]:
    """The message templates of guinet.core.check (``add(node, "template", **values)``, and a template
    assigned to ``template`` for a Problem made directly), which the GUI translates in the context
    "problems" (guinet.gui.i18n.problem_text)."""
    tree = ast.parse((ROOT / "guinet" / "core" / "check.py").read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        texts: list[str] = []
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "add" \
                and len(node.args) >= 2:
            texts = _alternatives(node.args[1])
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "template"
                                                  for t in node.targets):
            texts = _alternatives(node.value)
        for text in texts:
            if text not in found:
                found.append(text)
    return found


def engine_messages() -> list[tuple[str, str]]:
    """(context, template) of every ``msg("template", ..., context=...)`` in guinet.core (see
    guinet.core.text.msg), which the GUI translates with guinet.gui.i18n.engine_text."""
    found: list[tuple[str, str]] = []
    for path in sorted((ROOT / "guinet" / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args and (
                    (isinstance(node.func, ast.Name) and node.func.id == "msg") or
                    (isinstance(node.func, ast.Attribute) and node.func.attr == "msg"))):
                continue
            ctx = next((_literal(k.value) for k in node.keywords if k.arg == "context"), None) or "engine"
            for text in _alternatives(node.args[0]):
                if text and (ctx, text) not in found:
                    found.append((ctx, text))
    return found


def table_texts() -> list[str]:
    """Labels and help texts of the engine's tables, in table order."""
    sys.path.insert(0, str(ROOT))
    from guinet.core import catalog, choices, settings
    from guinet.core.params import ChoiceTable, ParamSpec

    texts: list[str] = []

    def add(text: str) -> None:
        if text and text not in texts:
            texts.append(text)

    def spec(s: ParamSpec) -> None:
        add(s.label)
        add(s.help)
        if s.choices is not None:
            table(s.choices)

    def table(t: ChoiceTable) -> None:
        for entry in t:
            add(entry.label)
            add(entry.help)
            for p in entry.params:
                spec(p)

    for kind in catalog.LAYER_KINDS:
        add(kind.label)
        add(kind.help)
        for p in kind.params:
            spec(p)
    for specs in (settings.DATA_PARAMS, settings.TRAINING_PARAMS):
        for p in specs:
            spec(p)
    for name in dir(choices):
        value = getattr(choices, name)
        if isinstance(value, ChoiceTable):
            table(value)
    return texts


def _py(text: str) -> str:
    return repr(text)


def write(out: Path) -> int:
    messages, unresolved = gui_messages()
    for line in unresolved:
        print(f"translation_sources: cannot tell the context of {line}", file=sys.stderr)
    lines = ['"""Generated by packaging/translation_sources.py for lupdate; not imported by guinet."""',
             "# flake8: noqa", "QT_TRANSLATE_NOOP = QT_TRANSLATE_NOOP3 = QCoreApplication = n = None", ""]
    seen = set()
    for ctx, text, disambiguation, plural in messages:
        key = (ctx, text, disambiguation)
        if key in seen:
            continue
        seen.add(key)
        if plural:
            lines.append(f"QCoreApplication.translate({_py(ctx)}, {_py(text)}, {_py(disambiguation)}, n)")
        elif disambiguation:
            lines.append(f"QT_TRANSLATE_NOOP3({_py(ctx)}, {_py(text)}, {_py(disambiguation)})")
        else:
            lines.append(f"QT_TRANSLATE_NOOP({_py(ctx)}, {_py(text)})")
    for text in problem_templates():
        if ("problems", text, "") not in seen:
            seen.add(("problems", text, ""))
            lines.append(f"QT_TRANSLATE_NOOP('problems', {_py(text)})")
    for ctx, text in engine_messages():
        if (ctx, text, "") not in seen:
            seen.add((ctx, text, ""))
            lines.append(f"QT_TRANSLATE_NOOP({_py(ctx)}, {_py(text)})")
    for text in table_texts():
        for ctx in TABLE_CONTEXTS:
            if (ctx, text, "") not in seen:
                seen.add((ctx, text, ""))
                lines.append(f"QT_TRANSLATE_NOOP({_py(ctx)}, {_py(text)})")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(seen)


def missing_from(ts: Path) -> list[tuple[str, str]]:
    """(context, text) of the strings the sources use that ``ts`` lacks or leaves unfinished."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
    done = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")
            if m.find("translation").get("type") is None and (m.findtext("translation") or "").strip()}
    messages, _ = gui_messages()
    wanted = {(ctx, text) for ctx, text, _d, _p in messages}
    wanted |= {(ctx, text) for text in table_texts() for ctx in TABLE_CONTEXTS}
    wanted |= {("problems", text) for text in problem_templates()}
    wanted |= set(engine_messages())
    return sorted(wanted - done)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        missing = missing_from(Path(sys.argv[2]))
        for ctx, text in missing:
            print(f"untranslated [{ctx}] {text!r}")
        sys.exit(1 if missing else 0)
    if len(sys.argv) != 2:
        sys.exit("usage: translation_sources.py OUT.py | --check FILE.ts")
    print(f"{write(Path(sys.argv[1]))} strings")
