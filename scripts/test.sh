#!/usr/bin/env bash
# Install statementdiff with its development extras in ./.venv, run the whole test suite,
# then the static checks (scripts/check.sh: ruff, mypy --strict over src and tests, mkdocs).
# Usage: bash scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev]"
.venv/bin/python -m pytest "$@"
bash scripts/check.sh
