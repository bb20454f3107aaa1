"""Finding guinet's resource files (icons, examples, translations) with importlib.resources."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path


@lru_cache(maxsize=None)   # asked for every icon; from a checkout each failed import searches sys.path
def resource_dir() -> Path:
    """The folder holding resources/: ``guinet._resources`` when installed (setuptools maps the
    repository's top-level resources/ there), the checkout's resources/ when run from source."""
    try:
        root = resources.files("guinet._resources")
        path = Path(str(root))
        if path.is_dir():
            return path
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
