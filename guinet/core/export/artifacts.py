"""Writing an export to disk: the script (``.py``), the trained weights (``.pt``, a state_dict of the
script's class), a ``torch.export`` program (``.pt2``) and an ONNX model (``.onnx``), all with a
dynamic batch size.

The ``.pt``, ``.pt2`` and ``.onnx`` files are made from the script's own ``Network`` class (its source
compiled here), so they are exactly what the script loads and runs. Weights come from the project's
trained state (``Project.weights``) or, when asked, from training it first with guinet's trainer.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import logging
import linecache
import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..builder import BuildError
from ..data import DataError, make_dataset, task_info_for
from ..text import join, msg
from .network import CLASS_NAME, STEP_SOURCE, map_state_dict, network_code
from .script import write_script

FORMATS = {
    ".py": "a PyTorch training script",
    ".pt": "the trained weights (a state_dict)",
    ".pt2": "a torch.export program",
    ".onnx": "an ONNX model",
}
NEEDS_WEIGHTS = (".pt", ".pt2", ".onnx")
ONNX_PACKAGES = ("onnx", "onnxscript")
INSTALL_EXPORT = 'pip install "guinet[export]"'


class ExportError(ValueError):
    """The export cannot be made; the message says why and what to do."""


@dataclass
class ExportResult:
    path: Path
    kind: str          # the extension: ".py", ".pt", ".pt2", ".onnx"
    message: str       # one or two sentences for the user
    trained_epochs: int | None = None


def format_of(path: str | os.PathLike) -> str:
    """The extension that decides the format; ExportError for any other."""
    ext = Path(path).suffix.lower()
    if ext not in FORMATS:
        known = ", ".join(FORMATS)
        raise ExportError(msg("{name} has no export format: the file name must end in {known}",
                              name=repr(Path(path).name or str(path)), known=known))
    return ext


def missing_onnx_packages() -> list[str]:
    """The packages ONNX export needs that are not installed (empty when it can run)."""
    return [name for name in ONNX_PACKAGES if importlib.util.find_spec(name) is None]


def onnx_install_message(missing: list[str], separator: str = " ") -> str:
    """What ONNX export lacks and the command that installs it, the two sentences apart by ``separator``."""
    return msg("ONNX export needs {packages}, which is not installed.{sep}Install it with: {command}"
               if len(missing) == 1 else
               "ONNX export needs {packages}, which are not installed.{sep}Install them with: {command}",
               packages=", ".join(missing), sep=separator, command=INSTALL_EXPORT)


def network_class(net_code) -> type:
    """The exported class compiled from its source (registered with linecache so tracebacks and
    torch.export can read it)."""
    import torch
    import torch.nn.functional as F
    from torch import nn

    source = (STEP_SOURCE + "\n\n" if net_code.uses_step else "") + net_code.class_source
    filename = f"<guinet export {CLASS_NAME}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace: dict[str, Any] = {"torch": torch, "nn": nn, "F": F, "math": math, "__name__": "guinet_export"}
    exec(compile(source, filename, "exec"), namespace)  # our own generated source, not user input
    return namespace[CLASS_NAME]


def _dataset(project, base_dir: Path | None):
    try:
        return make_dataset(project.data, base_dir=base_dir)
    except DataError as exc:
        raise ExportError(msg("The data cannot be made: {reason}", reason=exc.args[0] if exc.args else "")) \
            from None


def _net_code(project, dataset):
    try:
        return network_code(project.graph, task_info_for(project, dataset))
    except BuildError as exc:
        raise ExportError(str(exc)) from None


def train_weights(project, dataset, *, should_stop: Callable[[], bool] | None = None,
                  progress: Callable[[Any], None] | None = None) -> dict[str, Any]:
    """Train the project headless on the CPU (its epochs and seed) and return the trained weights in the
    project file's format. ExportError when it cannot train, diverges or is stopped."""
    from ..trainer import Trainer, TrainerError

    try:
        trainer = Trainer(project, dataset, device="cpu")
    except (BuildError, TrainerError) as exc:
        raise ExportError(str(exc)) from None
    snap = None
    for snap in trainer.run(snapshot_every_s=0.2):
        if progress is not None:
            progress(snap)
        if should_stop is not None and should_stop():
            trainer.stop()
    if snap is None or snap.state == "diverged":
        raise ExportError(snap.message if snap is not None else msg("Training did not start."))
    if snap.state == "stopped":
        raise ExportError(msg("Training was stopped before it finished; nothing was exported."))
    return trainer.export_weights()


def trained_model(project, dataset, weights: dict[str, Any]):
    """An instance of the exported class holding ``weights`` (the project file's format), in eval mode."""
    from ..project import ProjectError, weights_from_json

    net_code = _net_code(project, dataset)
    model = network_class(net_code)()
    try:
        state = map_state_dict(weights_from_json(weights), net_code.key_map)
        model.load_state_dict(state)
    except (KeyError, RuntimeError, ProjectError) as exc:
        raise ExportError(msg("The saved weights do not fit this network ({reason}). Train it again, then "
                              "export.", reason=str(exc))) from None
    return model.eval(), net_code


def _write(path: Path, payload: bytes) -> None:
    from ..project import ProjectError, write_atomic

    try:
        write_atomic(path, payload)
    except ProjectError as exc:
        raise ExportError(str(exc)) from None


def _example_input(n_inputs: int):
    import torch

    # Any batch size above 1 works as the example; the exported batch dimension stays dynamic.
    return torch.zeros(3, n_inputs)


def _batch_dim():
    from torch.export import Dim

    return {"x": {0: Dim("batch")}}


def export_program(model, n_inputs: int, path: Path) -> None:
    import torch

    try:
        program = torch.export.export(model, (_example_input(n_inputs),), dynamic_shapes=_batch_dim())
    except Exception as exc:  # torch.export names what it cannot trace
        raise ExportError(msg("torch.export could not trace the network: {reason}", reason=str(exc))) from None
    buffer = io.BytesIO()
    torch.export.save(program, buffer)
    _write(path, buffer.getvalue())


def export_onnx(model, n_inputs: int, path: Path) -> None:
    import warnings

    import torch

    missing = missing_onnx_packages()
    if missing:
        raise ExportError(onnx_install_message(missing))
    # The exporter logs notes about optional packages (torchvision) that have nothing to do with this model.
    logger = logging.getLogger("torch.onnx")
    level = logger.level
    logger.setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder) / "model.onnx"
        try:
            with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
                warnings.simplefilter("ignore")
                program = torch.onnx.export(model, (_example_input(n_inputs),), dynamo=True,
                                            dynamic_shapes=_batch_dim(), input_names=["x"],
                                            output_names=["output"], verbose=False)
                program.save(str(tmp))
        except Exception as exc:
            raise ExportError(msg("The ONNX exporter failed: {reason}", reason=str(exc))) from None
        finally:
            logger.setLevel(level)
        _write(path, tmp.read_bytes())


def export(project, path: str | os.PathLike, *, base_dir: Path | None = None, train: bool = False,
           should_stop: Callable[[], bool] | None = None,
           progress: Callable[[Any], None] | None = None) -> ExportResult:
    """Write ``project`` to ``path`` in the format its extension names. Weights come from
    ``project.weights``; with ``train`` (or when the project has none and ``train`` is True) the project
    is trained first, and its new weights are stored in ``project.weights``. Raises ExportError."""
    path = Path(path)
    kind = format_of(path)
    if kind == ".onnx":
        missing = missing_onnx_packages()
        if missing:
            raise ExportError(onnx_install_message(missing))
    dataset = _dataset(project, base_dir)
    if kind == ".py":
        try:
            source = write_script(project, dataset, base_dir=base_dir, file_name=path.name)
        except BuildError as exc:
            raise ExportError(str(exc)) from None
        _write(path, source.encode("utf-8"))
        return ExportResult(path, kind, msg("Wrote the training script {name}. Run it with: python {name}",
                                            name=path.name))
    trained_epochs = None
    if train:
        project.weights = train_weights(project, dataset, should_stop=should_stop, progress=progress)
        trained_epochs = project.training_settings()["epochs"]
    elif not project.weights:
        raise ExportError(msg("The project has no trained weights to put in {name}. Train it first "
                              "(guinet export --train trains it before exporting).", name=path.name))
    model, net_code = trained_model(project, dataset, project.weights)
    if kind == ".pt":
        import torch

        buffer = io.BytesIO()
        torch.save(model.state_dict(), buffer)
        _write(path, buffer.getvalue())
        return ExportResult(path, kind, msg(
            "Wrote the trained weights to {name}: load them into the exported script's {cls} with "
            "load_state_dict(torch.load(\"{name}\", weights_only=True)).", name=path.name, cls=CLASS_NAME),
            trained_epochs)
    if kind == ".pt2":
        export_program(model, net_code.n_inputs, path)
        what = msg("Wrote the torch.export program {name}: run torch.export.load(\"{name}\").module()(x).",
                   name=path.name)
    else:
        export_onnx(model, net_code.n_inputs, path)
        what = msg("Wrote the ONNX model {name}: input 'x' of shape (batch, {inputs}), output 'output'.",
                   name=path.name, inputs=net_code.n_inputs)
    head = {"sigmoid": msg("logits (apply a sigmoid for probabilities)"),
            "softmax": msg("logits (apply a softmax for probabilities)"),
            "linear": msg("the predicted values"), "step": msg("weighted sums (>= 0 means class 1)")}[net_code.head]
    names = ", ".join(dataset.feature_names)
    io_text = (msg("Its inputs are the features ({names}, standardized as in the script); its outputs are {head}.",
                   names=names, head=head) if dataset.mean is not None else
               msg("Its inputs are the features ({names}); its outputs are {head}.", names=names, head=head))
    return ExportResult(path, kind, join([what, io_text], " "), trained_epochs)
