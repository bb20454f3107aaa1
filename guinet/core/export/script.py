"""A standalone PyTorch training script for a project: only torch and numpy, no guinet.

``python script.py`` on the CPU reproduces ``guinet train`` of the same project and seed: the data is
drawn by the same formulas (``data_code``), the network class is built with the same parameter order
and initialization (``network``), and the loop below takes the same steps in the same order (the batch
order from a generator seeded with seed + 1, dropout from torch's global generator seeded with the
seed, fused Adam, penalties added weight by weight, clipping over all parameters). Keep it in step with
``guinet.core.trainer``; tests/core/test_export_script.py checks every example.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from ... import __version__
from ..data import task_info_for
from ..settings import GATES
from .data_code import data_constants, data_functions
from .network import CLASS_NAME, STEP_SOURCE, NetworkCode, network_code


def _optimizer_source(name: str, p: dict[str, Any], lr_name: str = "LEARNING_RATE") -> str:
    if name == "sgd":
        return f"torch.optim.SGD(model.parameters(), lr={lr_name})"
    if name == "momentum":
        return f"torch.optim.SGD(model.parameters(), lr={lr_name}, momentum={p.get('momentum', 0.9)!r})"
    if name == "nesterov":
        return (f"torch.optim.SGD(model.parameters(), lr={lr_name}, momentum={p.get('momentum', 0.9)!r}, "
                f"nesterov=True)")
    if name == "adagrad":
        return f"torch.optim.Adagrad(model.parameters(), lr={lr_name}, eps={p.get('eps', 1e-10)!r})"
    if name == "rmsprop":
        return (f"torch.optim.RMSprop(model.parameters(), lr={lr_name}, alpha={p.get('alpha', 0.99)!r}, "
                f"momentum={p.get('momentum', 0.0)!r}, eps={p.get('eps', 1e-8)!r})")
    if name == "adadelta":
        return (f"torch.optim.Adadelta(model.parameters(), lr={lr_name}, rho={p.get('rho', 0.9)!r}, "
                f"eps={p.get('eps', 1e-6)!r})")
    if name in ("adam", "adamw"):
        cls = "Adam" if name == "adam" else "AdamW"
        decay = f", weight_decay={p.get('weight_decay', 0.01)!r}" if name == "adamw" else ""
        # fused: one kernel over all parameters, as guinet trains (its rounding differs from the loop's).
        return (f"torch.optim.{cls}(model.parameters(), lr={lr_name}, betas=({p.get('beta1', 0.9)!r}, "
                f"{p.get('beta2', 0.999)!r}), eps={p.get('eps', 1e-8)!r}{decay}, fused=True)")
    raise KeyError(name)


_LOSS_SOURCE = {
    "bce": ("F.binary_cross_entropy_with_logits(out, y)", "binary cross-entropy on the logits"),
    "cross_entropy": ("F.cross_entropy(out, y)", "cross-entropy on the logits"),
    "mse": ("F.mse_loss(out, y)", "mean squared error"),
    "mse_sigmoid": ("F.mse_loss(torch.sigmoid(out), y)", "mean squared error of the probabilities"),
    "perceptron": ("((out >= 0).to(y.dtype) != y).float().mean()",
                   "the share of misclassified samples, which the perceptron rule drives to zero"),
}

_ACCURACY_SOURCE = {
    "sigmoid": "(out[:, 0] > 0).long()",
    "softmax": "out.argmax(dim=1)",
    "step": "(out[:, 0] >= 0).long()",
}


def _header(project, net: NetworkCode, file_name: str, perceptron: bool) -> str:
    title = f"{project.name}: a network built in guinet {__version__}, as a plain PyTorch training script."
    desc = "\n".join(textwrap.wrap(project.description, 100, break_on_hyphens=False)) if project.description else ""
    usage = f"""Needs only PyTorch and NumPy. On the CPU it takes the same steps as guinet and ends with the same
losses.

    python {file_name}                           train and evaluate (the last line printed is JSON)
    python {file_name} --epochs 1000 --seed 3    longer, from other initial weights
    python {file_name} --save weights.pt         keep the trained weights (a state_dict)
    python {file_name} --weights weights.pt --eval   evaluate saved weights without training"""
    if perceptron:
        dist = """The perceptron rule updates the weights one sample at a time, so it runs in one process."""
    else:
        dist = f"""Distributed training (DistributedDataParallel, gloo on the CPU, nccl on CUDA GPUs): every
process draws the same data and the same batch order and trains on its own shard of every batch;
the gradients are averaged, so each step is the step of the whole batch.

    torchrun --nproc_per_node=4 {file_name}

On several machines, start the same command on each with its own --node_rank: 0 on the machine
whose address (here 10.0.0.1) all of them can reach, 1, 2, ... on the others:

    torchrun --nnodes=2 --nproc_per_node=4 --node_rank=0 \\
             --master_addr=10.0.0.1 --master_port=29500 {file_name}
    torchrun --nnodes=2 --nproc_per_node=4 --node_rank=1 \\
             --master_addr=10.0.0.1 --master_port=29500 {file_name}"""
    parts = [title]
    if desc:
        parts.append(desc)
    parts += ["\n".join(textwrap.wrap(f"The network: {net.summary}.", 100, break_on_hyphens=False)), usage,
              dist]
    return '"""' + "\n\n".join(parts) + '\n"""\n'


def write_script(project, dataset, *, base_dir: Path | None = None, file_name: str = "train.py") -> str:
    """The script's source for ``project`` trained on ``dataset`` (``make_dataset(project.data)``).
    Raises BuildError when the network cannot be built."""
    info = task_info_for(project, dataset)
    net = network_code(project.graph, info)
    d = project.data_settings()
    t = project.training_settings()
    perceptron = t["optimizer"] == "perceptron"
    classification = dataset.task == "classification"
    from ..check import loss_name

    loss = loss_name(project.graph, info)
    if loss == "mse" and net.head == "sigmoid":
        loss = "mse_sigmoid"
    csv_path = None
    if d["dataset"] == "csv":
        path = Path(d["dataset.path"].strip()).expanduser()
        if not path.is_absolute() and base_dir is not None:
            path = Path(base_dir) / path
        csv_path = str(path.resolve())

    data_imports, data_source = data_functions(d, dataset)
    imports = sorted({"argparse", "json", "math", "os", *data_imports})
    out: list[str] = [_header(project, net, file_name, perceptron), ""]
    out += [f"import {m}" for m in imports]
    out += ["", "import numpy as np", "import torch"]
    if not perceptron:
        out += ["import torch.distributed as dist"]
    out += ["import torch.nn.functional as F", "from torch import nn"]
    if not perceptron:
        out += ["from torch.nn.parallel import DistributedDataParallel"]
    out += ["", ""] + data_constants(d, csv_path, dataset)
    out += ["", "# Training, as set in guinet's Training panel."]
    threads = _threads(net, t, len(dataset.x_train))
    out += [f"SEED = {t['seed']}  # the initial weights, the batch order" + (", dropout" if net.has_dropout else ""),
            f"EPOCHS = {t['epochs']}",
            f"BATCH_SIZE = {t['batch_size']}  # 0: the whole training set in every step",
            f"LEARNING_RATE = {t['learning_rate']!r}",
            f"THREADS = {threads}  # torch threads per process, as guinet chose: small steps run fastest on one"]
    if not perceptron:
        if t["l1"]:
            out.append(f"L1 = {t['l1']!r}  # times the sum of |w| over the weight matrices, added to the loss")
        if t["l2"]:
            out.append(f"L2 = {t['l2']!r}  # times the sum of w^2 over the weight matrices, added to the loss")
        if t["clip_norm"]:
            out.append(f"CLIP_NORM = {t['clip_norm']!r}  # the gradients' total L2 norm is kept below this")
    out += ["", ""]
    out.append(data_source)
    out += ["", ""]
    if net.uses_step:
        out += [STEP_SOURCE.strip("\n"), "", ""]
    out += [net.class_source.rstrip("\n"), "", "", net.init_source.rstrip("\n"), "", ""]

    loss_code, loss_doc = _LOSS_SOURCE[loss]
    out += [f"def loss_fn(out, y):", f'    """The loss: {loss_doc}."""', f"    return {loss_code}", "", ""]
    if classification:
        out += ["def accuracy(out, labels):", '    """The share of samples whose predicted class is right."""',
                f"    return ({_ACCURACY_SOURCE[net.head]} == labels).float().mean().item()", "", ""]
    bn = net.has_batchnorm
    out += [_BATCHES_BN if bn else _BATCHES, "", ""]
    if perceptron:
        has_bias = "output.bias" in "".join(net.key_map.values())
        out += [_perceptron_loop(has_bias), "", ""]
    else:
        out += [_gradient_loop(net, t), "", ""]
    out += [_evaluate(classification), "", ""]
    out += [_main(d, perceptron, classification, loss, net), "", ""]
    out += ['if __name__ == "__main__":', "    main()", ""]
    return "\n".join(out)


_BATCHES = '''def batch_bounds(n):
    """(start, stop) of each batch of an epoch."""
    if BATCH_SIZE == 0 or BATCH_SIZE >= n:
        return [(0, n)]
    starts = list(range(0, n, BATCH_SIZE))
    return [(s, starts[i + 1] if i + 1 < len(starts) else n) for i, s in enumerate(starts)]'''

_BATCHES_BN = '''def batch_bounds(n):
    """(start, stop) of each batch of an epoch."""
    if BATCH_SIZE == 0 or BATCH_SIZE >= n:
        return [(0, n)]
    starts = list(range(0, n, BATCH_SIZE))
    if n - starts[-1] == 1 and len(starts) > 1:
        starts.pop()  # a last batch of one sample would break batch norm: it joins the one before
    return [(s, starts[i + 1] if i + 1 < len(starts) else n) for i, s in enumerate(starts)]'''


def _gradient_loop(net: NetworkCode, t: dict[str, Any]) -> str:
    opt = _optimizer_source(t["optimizer"], {k.split(".", 1)[1]: v for k, v in t.items()
                                             if k.startswith("optimizer.")})
    lines = [
        "def train(model, net, x_train, y_train, epochs, seed, rank=0, world=1):",
        '    """Train for `epochs` passes over the training set; returns the epochs and steps taken.',
        '    `model` is `net` itself, or `net` wrapped in DistributedDataParallel when `world` processes',
        '    train together."""',
        *_wrap_call("    optimizer = ", opt),
        "    batches = torch.Generator().manual_seed(seed + 1)  # the batch order, the same in every process",
        "    n = len(x_train)",
        "    whole_set = BATCH_SIZE == 0 or BATCH_SIZE >= n",
        "    bounds = batch_bounds(n)",
    ]
    penalty = bool(t["l1"] or t["l2"])
    if penalty:
        lines.append("    # L1 and L2 act on the weight matrices (not on biases or normalization scales).")
        lines += _wrap_call("    weights = ", "[" + ", ".join(f"net.{name}" for name in net.weight_names) + "]")
    lines += [
        "    report = max(1, epochs // 10)",
        "    epochs_done = steps = 0",
        "    for epoch in range(epochs):",
        "        if whole_set:",
        "            xs, ys = x_train, y_train",
        "        else:",
        "            order = torch.randperm(n, generator=batches).to(x_train.device)",
        "            xs, ys = x_train[order], y_train[order]",
        "        for lo, hi in bounds:",
        "            x, y = xs[lo:hi], ys[lo:hi]",
        "            optimizer.zero_grad()",
        "            if world == 1:",
        "                loss = loss_fn(model(x), y)",
        "            else:",
        "                # This process's shard of the batch; scaled so that the average of the processes'",
        "                # gradients (what DistributedDataParallel computes) is the whole batch's gradient.",
        "                x, y = x.tensor_split(world)[rank], y.tensor_split(world)[rank]",
        "                loss = loss_fn(model(x), y) * (len(x) * world / (hi - lo))",
    ]
    if penalty:
        lines.append("            total = loss")
        lines.append("            for w in weights:")
        if t["l1"]:
            lines.append("                total = total + L1 * w.abs().sum()")
        if t["l2"]:
            lines.append("                total = total + L2 * (w * w).sum()")
        lines.append("            total.backward()")
    else:
        lines.append("            loss.backward()")
    if t["clip_norm"]:
        lines.append("            torch.nn.utils.clip_grad_norm_(model.parameters(), CLIP_NORM)")
    lines += [
        "            optimizer.step()",
        "            steps += 1",
        "        value = loss.item()",
        "        if not math.isfinite(value):",
        '            print(f"Training diverged in epoch {epoch + 1}: the loss is {value}. Lower the "',
        '                  "learning rate or clip the gradients.")',
        "            break",
        "        epochs_done = epoch + 1",
        "        if rank == 0 and (epochs_done % report == 0 or epochs_done == epochs):",
        '            print(f"epoch {epochs_done}/{epochs}  loss {value:.6g}", flush=True)',
        "    return epochs_done, steps",
    ]
    return "\n".join(lines)


def _threads(net: NetworkCode, t: dict[str, Any], n_train: int) -> int:
    """The torch threads guinet's trainer uses for steps of this network (before capping them at the
    machine's cores, which the script does where it runs)."""
    from ..threads import FLOPS_PER_THREAD, step_flops
    from .artifacts import network_class

    if t.get("threads"):
        return int(t["threads"])
    rows = n_train if t["batch_size"] == 0 else min(t["batch_size"], n_train)
    return max(1, int(step_flops(network_class(net)(), rows) // FLOPS_PER_THREAD))


def _wrap_call(prefix: str, call: str, width: int = 100) -> list[str]:
    """``prefix + call`` as lines of at most ``width`` characters, breaking after commas at the top level
    of the call's brackets and aligning continuation lines under its first argument."""
    if len(prefix) + len(call) <= width:
        return [prefix + call]
    opening = call.index("(") if "(" in call and (call.index("(") < call.find("[") or "[" not in call) else call.index("[")
    indent = " " * (len(prefix) + opening + 1)
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(call):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 1:
            pieces.append(call[start:i + 1])
            start = i + 1
    pieces.append(call[start:])
    lines, line = [], prefix
    for piece in pieces:
        text = piece if line in (prefix,) else piece
        if len(line) + len(text) > width and line.strip():
            lines.append(line.rstrip())
            line = indent + text.lstrip()
        else:
            line += text
    lines.append(line)
    return lines


def _perceptron_loop(has_bias: bool) -> str:
    update_b = "\n                    b += lr * delta" if has_bias else ""
    z = "float(x @ w) + float(b[0])" if has_bias else "float(x @ w)"
    bias_line = "\n    b = net.output.bias.detach().numpy()" if has_bias else ""
    return f'''def train_perceptron(net, x_train, y_train, epochs, seed):
    """Rosenblatt's perceptron rule, one sample at a time: for a misclassified sample,
    w += lr (target - output) x and b += lr (target - output). Returns the epochs and steps
    (batches) taken."""
    # numpy views that share the parameters' memory: the rule updates the network in place.
    w = net.output.weight.detach().numpy()[0]{bias_line}
    xs = x_train.numpy()
    targets = y_train.numpy().reshape(-1).astype(np.float32)
    lr = np.float32(LEARNING_RATE)
    batches = torch.Generator().manual_seed(seed + 1)  # the order of the samples
    n = len(xs)
    whole_set = BATCH_SIZE == 0 or BATCH_SIZE >= n
    bounds = batch_bounds(n)
    steps = 0
    for epoch in range(epochs):
        order = range(n) if whole_set else torch.randperm(n, generator=batches).numpy()
        errors = 0
        for lo, hi in bounds:
            for i in order[lo:hi]:
                x = xs[i]
                z = {z}
                output = 1.0 if z >= 0 else 0.0
                delta = targets[i] - output
                if delta != 0:
                    errors += 1
                    w += lr * delta * x{update_b}
            steps += 1
        print(f"epoch {{epoch + 1}}/{{epochs}}  misclassified {{errors}} of {{n}}", flush=True)
    return epochs, steps'''


def _evaluate(classification: bool) -> str:
    acc = "accuracy(out, labels)" if classification else "None"
    return f'''@torch.no_grad()
def evaluate(net, x, y, labels):
    """(loss, accuracy) over a whole split, in evaluation mode (no dropout; batch norm uses its
    running statistics); (None, None) for an empty split."""
    if len(x) == 0:
        return None, None
    net.eval()
    out = net(x)
    result = loss_fn(out, y).item(), {acc}
    net.train()
    return result'''


def _main(d, perceptron: bool, classification: bool, loss: str, net: NetworkCode) -> str:
    csv_arg = ('\n    parser.add_argument("--data", metavar="FILE", help="read this CSV file, not CSV_FILE")'
               if d["dataset"] == "csv" else "")
    load = "load_data(args.data)" if d["dataset"] == "csv" else "load_data()"
    labels = ("torch.from_numpy(y_train).to(device), torch.from_numpy(y_test).to(device)" if classification
              else "None, None")
    dropout_seed = ("\n    torch.manual_seed(args.seed + rank)  # dropout draws from torch's global generator"
                    if net.has_dropout else "")
    if perceptron:
        device_arg = ""
        setup = '''    device = torch.device("cpu")  # the rule's loop runs in numpy on the CPU
    rank = 0'''
        run = '''    epochs, steps = 0, 0
    if not args.eval:
        epochs, steps = train_perceptron(net, x_train, y_train, args.epochs, args.seed)'''
        finish = ""
    else:
        device_arg = ('\n    parser.add_argument("--device", default="auto",'
                      '\n                        help="cpu, cuda, or auto: CUDA when present (on the CPU the "'
                      '\n                             "numbers match guinet)")')
        setup = '''    if args.device == "auto":
        args.device = "cuda" if torch.cuda.is_available() else "cpu"
    device = torch.device(args.device)
    # Under torchrun every process learns its rank and the number of processes from the environment.
    world = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    if world > 1:
        dist.init_process_group("nccl" if device.type == "cuda" else "gloo")
        if device.type == "cuda":
            device = torch.device("cuda", int(os.environ["LOCAL_RANK"]))
            torch.cuda.set_device(device)'''
        run = '''    smallest = min(hi - lo for lo, hi in batch_bounds(len(x_train)))
    if world > smallest:
        raise SystemExit(f"{world} processes need batches of at least {world} samples; the "
                         f"smallest has {smallest}. Use fewer processes or a larger BATCH_SIZE.")
    model = net
    if world > 1:
        device_ids = [device.index] if device.type == "cuda" else None
        model = DistributedDataParallel(net, device_ids=device_ids)
    epochs, steps = 0, 0
    if not args.eval:
        epochs, steps = train(model, net, x_train, y_train, args.epochs, args.seed, rank, world)'''
        finish = '''
    if world > 1:
        dist.destroy_process_group()'''
    targets = ("torch.from_numpy(y).long()" if loss == "cross_entropy" else
               "torch.from_numpy(y).float().reshape(-1, 1)")
    target_doc = {"cross_entropy": "class indices", "perceptron": "a column of 0/1 floats",
                  "bce": "a column of 0/1 floats"}.get(loss, "a column of floats")
    return f'''def loss_targets(y):
    """The targets as the loss compares them: {target_doc}."""
    return {targets}


def _finite(value):
    return value if value is not None and math.isfinite(value) else None


def _text(value):
    return "-" if value is None else f"{{value:.6g}}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\\n\\n")[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--epochs", type=int, default=EPOCHS, help="passes over the training set")
    parser.add_argument("--seed", type=int, default=SEED, help="the training seed")
    parser.add_argument("--weights", metavar="FILE", help="start from saved weights (.pt)")
    parser.add_argument("--eval", action="store_true", help="only evaluate, do not train")
    parser.add_argument("--save", metavar="FILE", help="save the trained weights to FILE (.pt)")
    parser.add_argument("--threads", type=int, default=THREADS, help="torch threads per process"){device_arg}{csv_arg}
    args = parser.parse_args()
    torch.set_num_threads(max(1, min(args.threads, os.cpu_count() or 1)))
{setup}

    x_train, y_train, x_test, y_test = {load}
    net = {CLASS_NAME}()
    init_weights(net, args.seed)
    if args.weights:
        net.load_state_dict(torch.load(args.weights, map_location="cpu", weights_only=True))
    net.to(device){dropout_seed}
    labels = {labels}
    x_train, x_test = torch.from_numpy(x_train).to(device), torch.from_numpy(x_test).to(device)
    y_train, y_test = loss_targets(y_train).to(device), loss_targets(y_test).to(device)
{run}

    if rank == 0:
        train_loss, train_accuracy = evaluate(net, x_train, y_train, labels[0])
        test_loss, test_accuracy = evaluate(net, x_test, y_test, labels[1])
        print(f"train loss {{_text(train_loss)}}  accuracy {{_text(train_accuracy)}}")
        print(f"test  loss {{_text(test_loss)}}  accuracy {{_text(test_accuracy)}}")
        if args.save:
            torch.save(net.state_dict(), args.save)
            print(f"weights saved to {{args.save}}")
        print(json.dumps({{"epochs": epochs, "steps": steps,
                          "train_loss": _finite(train_loss), "test_loss": _finite(test_loss),
                          "train_accuracy": train_accuracy, "test_accuracy": test_accuracy}})){finish}'''
