"""``python -m statementdiff``."""

from statementdiff.cli import main

raise SystemExit(main())
