"""``python -m guinet``: the same as the ``guinet`` command."""

import sys

from .launch import main

sys.exit(main())
