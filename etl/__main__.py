"""`python -m etl`: the command line."""

import sys

from etl.cli import main

sys.exit(main())
