"""``python -m flevodesk`` and the ``flevodesk`` entry point."""

import sys

from flevodesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
