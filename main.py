"""Start FlevoDesk from a source checkout (and the entry script of the frozen build)."""

import sys

from flevodesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
