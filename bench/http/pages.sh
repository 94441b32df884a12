#!/usr/bin/env bash
# The workspace's pages with 100,000 questions: `bench/http/pages.sh sqlite|postgres`.
# Like reads.sh (same database, KEEP_DATABASE=1 reuses it), but through the pages an agent uses: signs in a
# front-office agent of the generated organisation with the sign-in form, then measures one request at a
# time for each scenario of bench/http/pages.lua: the six queues in turn, and a question's page.
set -euo pipefail
KIND="${1:?usage: pages.sh sqlite|postgres}"
QUESTIONS="${QUESTIONS:-100000}"
DURATION="${DURATION:-15}"
SCENARIOS="${SCENARIOS:-queue question}"
source "$(dirname "$0")/server.sh"

NAME=porta_bench_reads
AGENT="front-fr-1@bench.bench.test"
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
    --questions "$QUESTIONS" --numbers "$BENCH_DIR/numbers"
  [ "$KIND" = postgres ] && psql_db "$NAME" -c "ANALYZE"
fi

# Sign in as a person does: the form's antiforgery token, then the post; keep the session cookie.
JAR="$BENCH_DIR/cookies"
rm -f "$JAR"
FORM_TOKEN=$(curl -fsS -c "$JAR" -b "$JAR" "$BENCH_URL/workspace/en/sign-in" | sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" "$BENCH_URL/workspace/en/sign-in" --data-urlencode "__RequestVerificationToken=$FORM_TOKEN" \
  --data-urlencode "_handler=sign-in" --data-urlencode "Input.Email=$AGENT" --data-urlencode "Input.Password=Bench-Porta-2026!"
COOKIE=$(awk '$6 == "porta.session" { print "porta.session=" $7 }' "$JAR")
[ -n "$COOKIE" ] || { echo "sign-in failed" >&2; exit 1; }

export COOKIE NUMBERS="$BENCH_DIR/numbers"
for scenario in $SCENARIOS; do
  SCENARIO=$scenario wrk -t1 -c1 -d5s -s "$(dirname "$0")/pages.lua" "$BENCH_URL" >/dev/null
  SCENARIO=$scenario wrk -t1 -c1 -d"${DURATION}s" -s "$(dirname "$0")/pages.lua" "$BENCH_URL" | grep -E "^$scenario:"
done
