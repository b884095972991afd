#!/usr/bin/env bash
# Static checks the suite does not cover: lint, format, types (src and tests), docs build.
# Usage: bash scripts/check.sh   (after scripts/test.sh has installed ./.venv)
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check src tests scripts
.venv/bin/ruff format --check src tests scripts
.venv/bin/mypy
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
NO_MKDOCS_2_WARNING=1 .venv/bin/mkdocs build --strict --quiet --site-dir "$site"
echo "checks passed: ruff, ruff format, mypy --strict (src, tests), mkdocs build --strict"
