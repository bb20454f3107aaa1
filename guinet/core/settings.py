"""The data settings and the training settings: tables of ParamSpecs, like the layer catalog.

The Data and Training panels build their widgets from these tables, the project reader validates
against them and the data module and the trainer read their values through ``resolve``.
"""

from __future__ import annotations

from .choices import LOSSES, OPTIMIZERS
from .params import Choice, ParamSpec, resolve, table

GATES = ("and", "or", "nand", "nor", "xor", "xnor")
GATE_TABLES = {
    # inputs (0,0), (0,1), (1,0), (1,1) -> output, as in the truth tables of the lessons
    "and": (0, 0, 0, 1),
    "or": (0, 1, 1, 1),
    "nand": (1, 1, 1, 0),
    "nor": (1, 0, 0, 0),
    "xor": (0, 1, 1, 0),
    "xnor": (1, 0, 0, 1),
}

_REPEATS = ParamSpec("repeats", "Repeats", "int", 1, "How many copies of the four rows of the truth table "
                     "to train on (useful with noise).", minimum=1, maximum=10_000)


def _gate(name: str, label: str, help: str) -> Choice:
    return Choice(name, label, help, params=(_REPEATS,), extra={"group": "gate", "task": "classification"})


# Drawn points: at most this many (a few minutes of clicking is a few hundred; every change is an undo step
# that keeps a copy), and at most this many classes (the colours the plots have).
MAX_DRAWN_POINTS = 2000
MAX_DRAWN_CLASSES = 10


def _drawn_points(classes: int) -> ParamSpec:
    return ParamSpec("points", "Points", "points", [], "The points drawn on the plane: [x1, x2, class] for "
                     "classes, [x1, x2, target] for regression. Draw them on the Decision boundary plot "
                     "(Draw mode).", maximum=MAX_DRAWN_POINTS, classes=classes)


DATASETS = table("dataset", [
    _gate("and", "AND gate", "Output 1 only when both inputs are 1. One line separates the classes, so a "
          "single perceptron learns it."),
    _gate("or", "OR gate", "Output 1 when either input is 1. Linearly separable: one perceptron suffices."),
    _gate("nand", "NAND gate", "NOT AND: output 0 only when both inputs are 1. Linearly separable."),
    _gate("nor", "NOR gate", "NOT OR: output 1 only when both inputs are 0. Linearly separable."),
    _gate("xor", "XOR gate", "Output 1 when the inputs differ. No single line separates the classes, so one "
          "perceptron fails; XOR = AND(OR, NAND) needs a hidden layer."),
    _gate("xnor", "XNOR gate", "Output 1 when the inputs are equal; like XOR it needs a hidden layer."),
    Choice("circle", "Circle", "Class 1 inside a circle, class 0 in a ring around it. A line cannot split "
           "them; x1² and x2² features or a hidden layer can.", extra={"group": "toy", "task": "classification"}),
    Choice("quadrants", "XOR quadrants", "Points labelled by the sign of x1·x2: the XOR pattern on a plane.",
           extra={"group": "toy", "task": "classification"}),
    Choice("gaussians", "Two Gaussians", "Two blobs of points; linearly separable when the noise is low.",
           extra={"group": "toy", "task": "classification"}),
    Choice("moons", "Moons", "Two interleaving half circles.", extra={"group": "toy", "task": "classification"}),
    Choice("spiral", "Spiral", "Arms of points winding around the centre, one class per arm: hard for "
           "shallow networks.",
           params=(ParamSpec("arms", "Arms (classes)", "int", 2, "Number of spiral arms; each is a class.",
                             minimum=2, maximum=10),),
           extra={"group": "toy", "task": "classification"}),
    Choice("regression_plane", "Regression: plane", "The target is a tilted plane over (x1, x2).",
           extra={"group": "toy", "task": "regression"}),
    Choice("regression_gaussian", "Regression: Gaussians", "The target is a sum of Gaussian bumps over the "
           "plane.", extra={"group": "toy", "task": "regression"}),
    Choice("drawn", "Drawn points", "Your own points, drawn with the mouse on the Decision boundary plot: "
           "click adds a point of the chosen class, drag erases.", params=(_drawn_points(MAX_DRAWN_CLASSES),),
           extra={"group": "drawn", "task": "classification"}),
    Choice("drawn_regression", "Drawn points: regression", "Your own points, drawn with the mouse on the "
           "Decision boundary plot, each with a target value to predict.", params=(_drawn_points(0),),
           extra={"group": "drawn", "task": "regression"}),
    Choice("csv", "CSV file", "Columns from a CSV file (commas, semicolons or tabs); one column is the "
           "target. Text columns become one input per category; text targets are class names.",
           params=(ParamSpec("path", "File", "str", "", "The CSV file to read."),
                   ParamSpec("target", "Target column", "str", "", "Name (with a header) or 1-based number of "
                             "the column to predict; empty means the last column."),
                   ParamSpec("header", "Header row", "choice", "auto", "Whether the first row holds column "
                             "names.", choices=table("header", [
                                 Choice("auto", "Detect", "Column names when the first row holds text over "
                                        "columns of numbers."),
                                 Choice("yes", "Yes", "The first row holds column names."),
                                 Choice("no", "No", "The first row is data."),
                             ]), aliases=((True, "yes"), (False, "no"))),
                   ParamSpec("skip_rows", "Skip rows", "int", 0, "Rows to skip at the top of the file (a "
                             "title or counts before the data). A first row of counts or of another width "
                             "is skipped on its own.", minimum=0, maximum=1_000_000),
                   ParamSpec("drop_missing", "Drop rows with missing values", "bool", False, "Drop rows with "
                             "an empty, NA, NaN, null or ? cell instead of stopping at the first one."),
                   ParamSpec("task", "Task", "choice", "auto", "Predict classes or numbers.",
                             choices=table("task", [
                                 Choice("auto", "Detect", "Classes when the target holds text or a few "
                                        "different whole numbers, else regression."),
                                 Choice("classification", "Classification", "The target holds class labels."),
                                 Choice("regression", "Regression", "The target is a number to predict."),
                             ]))),
           extra={"group": "csv", "task": None}),
])

DRAWN_SETS = tuple(d.name for d in DATASETS if d.extra.get("group") == "drawn")


def drawn_classes(points: list) -> int:
    """How many classes drawn points make: up to the highest class drawn, and at least two (a network
    that tells one class from nothing still has two outputs to learn). Plain Python: the window asks
    before numpy is imported."""
    return max(2, max((int(p[2]) for p in points), default=0) + 1)


FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
_NOT_CSV = tuple(d.name for d in DATASETS if d.name != "csv")
# Noise would move drawn points away from where they were drawn (and where the eraser looks for them).
_NOISY = tuple(d.name for d in DATASETS if d.extra.get("group") in ("gate", "toy"))

DATA_PARAMS: tuple[ParamSpec, ...] = (
    ParamSpec("dataset", "Dataset", "choice", "xor", "What the network learns from.", choices=DATASETS),
    ParamSpec("samples", "Samples", "int", 400, "How many points to draw (toy sets; gates use their truth "
              "table times Repeats).", minimum=4, maximum=200_000,
              visible_when={"dataset": tuple(d.name for d in DATASETS if d.extra.get("group") == "toy")}),
    ParamSpec("noise", "Noise", "float", 0.0, "Standard deviation of Gaussian noise added to the inputs "
              "(toy sets: relative to their scale).", minimum=0.0, maximum=2.0, step=0.05,
              visible_when={"dataset": _NOISY}),
    ParamSpec("train_share", "Training share", "float", 0.8, "Fraction of samples used for training; the rest "
              "tests how well the network generalizes. Gates train and test on the whole truth table.",
              minimum=0.0, maximum=1.0, minimum_exclusive=True, step=0.05),
    ParamSpec("features", "Input features", "flags", ["x1", "x2"], "What the Input layer sees, made from "
              "the two coordinates (as in TensorFlow Playground).", minimum=1, options=FEATURES,
              visible_when={"dataset": _NOT_CSV}),
    ParamSpec("standardize", "Standardize", "bool", False, "Shift and scale each input feature to mean 0 and "
              "variance 1, using statistics of the training split only."),
    ParamSpec("seed", "Data seed", "int", 0, "The same seed draws the same points.", minimum=0,
              maximum=2**31 - 1),
)

DEVICES = table("device", [
    Choice("auto", "Automatic", "The fastest device present: CUDA, then Apple's MPS, then the CPU."),
    Choice("cpu", "CPU", "The processor: always present; fastest for tiny networks."),
    Choice("cuda", "CUDA GPU", "An NVIDIA graphics card through CUDA and cuDNN."),
    Choice("mps", "Apple GPU (MPS)", "The GPU of an Apple silicon Mac through Metal."),
])

TRAINING_PARAMS: tuple[ParamSpec, ...] = (
    ParamSpec("optimizer", "Optimizer", "choice", "adam", "How the gradients turn into weight updates.",
              choices=OPTIMIZERS),
    ParamSpec("learning_rate", "Learning rate", "float", 0.01, "Step size of each update. Too large and "
              "the loss jumps around or explodes; too small and learning crawls. 0.1 to 0.001 is typical.",
              minimum=0.0, maximum=10.0, minimum_exclusive=True, log=True, decimals=6),
    ParamSpec("batch_size", "Batch size", "int", 0, "Samples per update. 0 uses the whole training set "
              "(batch gradient descent); 1 is stochastic gradient descent; in between, mini-batch.",
              minimum=0, maximum=1_000_000),
    ParamSpec("epochs", "Epochs", "int", 500, "Passes over the training set.", minimum=1, maximum=10_000_000),
    ParamSpec("loss", "Loss", "choice", "auto", "What training minimizes.", choices=LOSSES),
    ParamSpec("l1", "L1 penalty", "float", 0.0, "Adds this times the sum of |w| to the loss: pushes weights "
              "to exactly zero.", minimum=0.0, maximum=1.0, step=0.0001, decimals=6),
    ParamSpec("l2", "L2 penalty", "float", 0.0, "Adds this times the sum of w² to the loss: keeps weights "
              "small.", minimum=0.0, maximum=1.0, step=0.0001, decimals=6),
    ParamSpec("clip_norm", "Gradient clipping", "float", 0.0, "Rescale the gradient when its total L2 norm "
              "exceeds this (0: off). A guard against exploding gradients.", minimum=0.0, maximum=1e6,
              step=0.5),
    ParamSpec("stop_accuracy", "Stop at test accuracy", "float", 0.0, "Stop training once the test accuracy "
              "reaches this (checked after every epoch; 0: off).", minimum=0.0, maximum=1.0, step=0.01,
              decimals=3),
    ParamSpec("stop_loss", "Stop below loss", "float", 0.0, "Stop training once the training loss falls "
              "below this (checked after every epoch; 0: off).", minimum=0.0, maximum=1e6, step=0.001,
              decimals=6),
    ParamSpec("stop_patience", "Stop after epochs without improvement", "int", 0, "Stop when the test loss "
              "(the training loss without a test split) has not improved for this many epochs (0: off).",
              minimum=0, maximum=1_000_000),
    ParamSpec("keep_best", "Keep the best weights", "bool", False, "When training ends, go back to the "
              "weights of the epoch with the lowest test loss (checked after every epoch)."),
    ParamSpec("seed", "Seed", "int", 0, "Seeds the initial weights, the batch order and dropout: the same "
              "seed on the same device gives the same numbers.", minimum=0, maximum=2**31 - 1),
    ParamSpec("device", "Device", "choice", "auto", "Where the arithmetic runs.", choices=DEVICES),
    ParamSpec("threads", "CPU threads", "int", 0, "How many threads PyTorch uses for each step on the CPU. "
              "Automatic (0) chooses from the size of one step: one thread for small networks, where more "
              "would only wait for each other (and slow training badly while another program is busy), "
              "more for large layers and batches.", minimum=0, maximum=256),
)


def resolve_data(values: dict) -> dict:
    return resolve(DATA_PARAMS, values)


def resolve_training(values: dict) -> dict:
    return resolve(TRAINING_PARAMS, values)
