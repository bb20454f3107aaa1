"""What the trainer reports: a snapshot of a training run at one moment.

The trainer (``guinet.core.trainer``) yields these; the GUI's worker hands them to the GUI thread,
which only draws them. Everything in a snapshot is plain Python or numpy, so it can cross threads
and be kept after the model has moved on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

RUNNING, FINISHED, DIVERGED, STOPPED = "running", "finished", "diverged", "stopped"


def _empty(shape, dtype: str):
    # numpy is imported when a snapshot is made (training), not with these names (opening the window).
    import numpy as np

    return np.zeros(shape, dtype)


@dataclass
class Snapshot:
    state: str                     # RUNNING, FINISHED, DIVERGED or STOPPED
    epoch: int                     # epochs completed
    epochs: int                    # epochs planned
    step: int                      # optimizer steps taken so far
    elapsed: float                 # seconds spent training (pauses excluded)
    steps_per_second: float        # over the recent past
    # Per-step training losses (mini-batch losses) since the previous snapshot, with their step
    # numbers: only the new ones, so the GUI appends instead of redrawing a growing history.
    new_steps: np.ndarray = field(default_factory=lambda: _empty(0, "int64"))
    new_losses: np.ndarray = field(default_factory=lambda: _empty(0, "float32"))
    # With run(record_epochs=True): the end of each epoch since the previous snapshot, its step
    # number and (train loss, test loss, train accuracy, test accuracy) on the evaluation subsets,
    # NaN where there is none (no test split, regression).
    epoch_steps: np.ndarray = field(default_factory=lambda: _empty(0, "int64"))
    epoch_metrics: np.ndarray = field(default_factory=lambda: _empty((0, 4), "float64"))
    # Whole-split evaluation (eval mode) at this moment; accuracy is None for regression.
    train_loss: float | None = None
    test_loss: float | None = None
    train_accuracy: float | None = None
    test_accuracy: float | None = None
    # Layers that have parameters, input to output (graph node ids), and per-layer statistics of
    # the last step's gradients and of the weights.
    layer_names: list[str] = field(default_factory=list)
    grad_norms: dict[str, float] = field(default_factory=dict)      # L2 norm over the layer's params
    grad_mean_abs: dict[str, float] = field(default_factory=dict)   # mean |grad|
    weight_norms: dict[str, float] = field(default_factory=dict)
    # node id -> {"mean", "std", "min", "max", "dead_fraction"} of the layer's outputs on the train set
    activation_stats: dict[str, dict[str, float]] = field(default_factory=dict)
    # On request: the network's output over a grid of the 2-D input plane. Shape (G, G) for two
    # classes (probability of class 1) and regression, (G, G, K) for K classes (probabilities);
    # row i is x2 = extent[2] + ..., column j is x1 (image order: first axis is x2).
    grid: np.ndarray | None = None
    grid_extent: tuple[float, float, float, float] | None = None  # x1 min, x1 max, x2 min, x2 max
    # On request: each hidden neuron's output over the same grid, node id -> (units, G, G)
    neuron_grids: dict[str, np.ndarray] | None = None
    # On request: node id -> {"weights": (counts, edges), "activations": (counts, edges)}
    histograms: dict[str, dict[str, tuple[np.ndarray, np.ndarray]]] | None = None
    # When diverged: the first layer (input to output) whose gradient became NaN or infinite, and a
    # message for the user that explains and suggests what to do.
    diverged_layer: str | None = None
    message: str = ""
    # For small networks (see trainer.SNAPSHOT_WEIGHTS_LIMIT): each Dense/Output layer's weight matrix
    # [out, in] and bias [out] (None without bias), node id -> (W, b), so views can draw the weights
    # themselves (the perceptron's line, connection colours) while training runs.
    weights: dict[str, tuple[np.ndarray, np.ndarray | None]] | None = None
    # The gradient-flow verdict at this moment (guinet.core.diagnosis.Diagnosis), None before a step.
    diagnosis: Any = None
    # True when every sample was evaluated at a moment the model is at rest (a final snapshot, a
    # Step, a pause, ``Trainer.snapshot()``): the views show exactly this state, all at once.
    full: bool = False
    # Classification: confusion matrices (K, K) of counts, rows true and columns predicted, on the samples
    # the losses were evaluated on. Regression: the test split's (or, without one, the training split's)
    # actual and predicted targets, at most PREDICTION_SAMPLES of them.
    confusion_train: np.ndarray | None = None
    confusion_test: np.ndarray | None = None
    actual: np.ndarray | None = None
    predicted: np.ndarray | None = None
    predicted_split: str = ""

    @property
    def done(self) -> bool:
        return self.state != RUNNING
