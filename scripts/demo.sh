#!/usr/bin/env bash
# Install statementdiff in ./.venv and compare two of the project's own fixture statements.
# Usage: bash scripts/demo.sh [extra arguments for `statementdiff compare`]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
status=0
.venv/bin/statementdiff compare fixtures/leaders-2031-a.txt fixtures/leaders-2031-b.txt \
    --a-title "U.S.-Japan Leaders' Joint Statement (fictional, 2031)" --a-parties "United States,Japan" \
    --b-title "U.S.-ROK Leaders' Joint Statement (fictional, 2031)" --b-parties "United States,Republic of Korea" \
    "$@" || status=$?
# exit 1 means "the statements differ", which is the expected outcome of the demo
if [ "$status" -gt 1 ]; then exit "$status"; fi
