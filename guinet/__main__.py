"""``python -m guinet``: the same as the ``guinet`` command."""

import sys

from .cli import main

sys.exit(main())
