"""Which devices torch can train on here, named for people, and what to do when the asked one is missing.

torch is imported inside the functions so that importing this module (for the settings panel's list,
say) costs nothing until the list is actually needed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text import msg


@dataclass(frozen=True)
class DeviceInfo:
    name: str   # what torch.device takes: "cpu", "cuda:0", "mps"
    label: str  # for people: "NVIDIA H100 (CUDA 12.4, cuDNN 9.1)"
    kind: str   # "cpu", "cuda" or "mps"


def _cuda_available() -> bool:
    import torch

    try:
        return bool(torch.cuda.is_available())
    except Exception:  # a broken driver install raises instead of answering False
        return False


def _mps_available() -> bool:
    import torch

    backend = getattr(torch.backends, "mps", None)
    try:
        return bool(backend is not None and backend.is_available())
    except Exception:
        return False


def _cudnn_text() -> str:
    import torch

    try:
        version = torch.backends.cudnn.version()
    except Exception:
        version = None
    if not version:
        return ""
    # torch reports cuDNN as one integer: 90100 -> 9.1.0 (8.x used 8xyz: 8902 -> 8.9.2)
    if version >= 10000:
        major, minor = version // 10000, (version // 100) % 100
    else:
        major, minor = version // 1000, (version // 100) % 10
    return f", cuDNN {major}.{minor}"


def _cpu_label() -> str:
    import platform

    import torch

    from .threads import cpu_cores

    machine = platform.processor() or platform.machine() or msg("processor")
    cores = cpu_cores()
    # Cores, not torch's thread count: that is chosen per training run (guinet.core.threads).
    return msg("CPU ({machine}, 1 core)" if cores == 1 else "CPU ({machine}, {cores} cores)", machine=machine,
               cores=cores)


def available_devices() -> list[DeviceInfo]:
    """The devices present, CPU first, then each CUDA GPU, then Apple's MPS."""
    import torch

    devices = [DeviceInfo("cpu", _cpu_label(), "cpu")]
    if _cuda_available():
        cuda_version = torch.version.cuda or "?"
        cudnn = _cudnn_text()
        for index in range(torch.cuda.device_count()):
            name = torch.cuda.get_device_name(index)
            devices.append(DeviceInfo(f"cuda:{index}", f"{name} (CUDA {cuda_version}{cudnn})", "cuda"))
    if _mps_available():
        devices.append(DeviceInfo("mps", msg("Apple GPU (MPS)"), "mps"))
    return devices


def device_label(device) -> str:
    """A person's name for a torch.device (the label of ``available_devices`` when it is there)."""
    name = str(device)
    if name == "cuda":
        name = "cuda:0"
    for info in available_devices():
        if info.name == name:
            return info.label
    return name


def resolve_device(name: str | None) -> tuple["torch.device", str]:  # noqa: F821 - torch is lazy
    """The torch.device for a Device setting ('auto', 'cpu', 'cuda', 'cuda:1', 'mps'), and a note for
    the user when the asked device is not here and the CPU is used instead ('' otherwise)."""
    import torch

    name = (name or "auto").strip().lower()
    if name == "auto":
        if _cuda_available():
            return torch.device("cuda:0"), ""
        if _mps_available():
            return torch.device("mps"), ""
        return torch.device("cpu"), ""
    if name == "cpu":
        return torch.device("cpu"), ""
    if name.startswith("cuda"):
        if not _cuda_available():
            why = (msg("this PyTorch was built without CUDA") if torch.version.cuda is None
                   else msg("no NVIDIA GPU or driver was found"))
            return torch.device("cpu"), msg("CUDA was asked for but {why}; training on the CPU instead. Choose "
                                            "Device: CPU or Automatic to silence this note.", why=why)
        index = 0
        if ":" in name:
            try:
                index = int(name.split(":", 1)[1])
            except ValueError:
                return torch.device("cpu"), msg("{name} is not a device name; training on the CPU instead.",
                                                name=repr(name))
        count = torch.cuda.device_count()
        if index >= count:
            return torch.device("cuda:0"), msg("There is no GPU cuda:{index} (this machine has {count}); "
                                               "training on cuda:0 instead.", index=index, count=count)
        return torch.device(f"cuda:{index}"), ""
    if name == "mps":
        if not _mps_available():
            return torch.device("cpu"), msg("Apple's MPS GPU was asked for but is not available here (it needs "
                                            "an Apple silicon Mac and a PyTorch built with MPS); training on "
                                            "the CPU instead.")
        return torch.device("mps"), ""
    return torch.device("cpu"), msg("Unknown device {name}; training on the CPU instead.", name=repr(name))
