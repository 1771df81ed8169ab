"""``python -m aidlib``: the same as the ``aidlib`` command."""

import sys

from .cli import main

sys.exit(main())
