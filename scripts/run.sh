#!/usr/bin/env bash
# Runs Porta as the README's first command: SQLite under src/Porta/data/, the fictional demo organisation,
# on http://localhost:5080 (pass --urls to choose another). Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/prerequisites.sh
exec dotnet run --project src/Porta "$@"
