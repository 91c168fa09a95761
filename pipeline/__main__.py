"""`python -m pipeline` is the `rcp-intake` command."""
import sys

from pipeline.cli import main

sys.exit(main())
