"""``python -m aidlib.evaluate [--data DIR]``: print the scores (see :mod:`.report`)."""

import sys

from .report import main

sys.exit(main())
