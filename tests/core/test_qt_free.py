"""The core never needs Qt: import guinet.core and train XOR with PySide6, shiboken6 and pyqtgraph blocked."""

import json
import subprocess
import sys
import textwrap

BLOCK = textwrap.dedent("""
    import sys

    BLOCKED = ("PySide6", "shiboken6", "pyqtgraph")

    class Blocker:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked for this test")
            return None

    sys.meta_path.insert(0, Blocker())
    for name in list(sys.modules):
        if name.split(".")[0] in BLOCKED:
            del sys.modules[name]
""")

SCRIPT = BLOCK + textwrap.dedent("""
    import guinet.core
    from guinet import cli
    from guinet.core import builder, probes, trainer, devices, bench, export  # noqa: F401
    from guinet.core.project import load_example
    from guinet.core.trainer import Trainer

    last = list(Trainer(load_example("xor-mlp")).run())[-1]
    code = cli.main(["train", "--example", "xor-mlp", "--epochs", "5", "--json"])
    loaded = sorted(n for n in sys.modules if n.split(".")[0] in BLOCKED)
    import json
    print(json.dumps({"accuracy": last.train_accuracy, "cli": code, "loaded": loaded}))
""")


def test_core_trains_xor_without_qt():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"accuracy": 1.0, "cli": 0, "loaded": []}


def test_blocker_really_blocks():
    probe = "\nfor name in ('PySide6.QtCore', 'pyqtgraph'):\n    try:\n        __import__(name)\n" \
            "    except ImportError:\n        print('blocked', name)\n"
    proc = subprocess.run([sys.executable, "-c", BLOCK + probe], capture_output=True, text=True, timeout=60)
    assert proc.stdout.split("\n")[:2] == ["blocked PySide6.QtCore", "blocked pyqtgraph"]
