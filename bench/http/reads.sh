#!/usr/bin/env bash
# The agents' reads with 100,000 questions: `bench/http/reads.sh sqlite|postgres`.
# Builds Porta and the data generator in Release, starts Porta on a fresh database, fills it with
# QUESTIONS questions of one organisation (bench/Porta.DataGenerator), then measures one request at a time
# (one wrk connection, so the latency is the server's time plus a loopback round trip) for each scenario of
# bench/http/reads.lua: the work queue by status and team, far pages, the whole file, a search.
# KEEP_DATABASE=1 reuses the database of the previous run (no generation).
set -euo pipefail
KIND="${1:?usage: reads.sh sqlite|postgres}"
QUESTIONS="${QUESTIONS:-100000}"
DURATION="${DURATION:-15}"
SCENARIOS="${SCENARIOS:-queue deep file queue-page question-page search}"
source "$(dirname "$0")/server.sh"

NAME=porta_bench_reads
TOKEN="porta_bench-agent-token-0123456789abcdefghij"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  build_release
  dotnet build "$REPO/bench/Porta.DataGenerator" -c Release -v quiet -nologo >/dev/null
fi
database_settings "$KIND" "$NAME"
export Porta__Outbox__Enabled=false
trap stop_server EXIT
start_server
if [ "${KEEP_DATABASE:-0}" != 1 ]; then
  dotnet "$REPO/bench/Porta.DataGenerator/bin/Release/net10.0/Porta.DataGenerator.dll" "$KIND" "$ConnectionStrings__Porta" \
    --questions "$QUESTIONS" --agent-token "$TOKEN" --numbers "$BENCH_DIR/numbers"
  # PostgreSQL's autovacuum would analyse the new rows within a minute or so; do it now rather than wait.
  [ "$KIND" = postgres ] && psql_db "$NAME" -c "ANALYZE"
fi
COOKIE=$(sign_in "front-fr-1@bench.bench.test" "Bench-Porta-2026!")
export TOKEN COOKIE NUMBERS="$BENCH_DIR/numbers"
for scenario in $SCENARIOS; do
  SCENARIO=$scenario wrk -t1 -c1 -d5s -s "$(dirname "$0")/reads.lua" "$BENCH_URL" >/dev/null
  SCENARIO=$scenario wrk -t1 -c1 -d"${DURATION}s" -s "$(dirname "$0")/reads.lua" "$BENCH_URL" | grep -E "^$scenario:"
done
