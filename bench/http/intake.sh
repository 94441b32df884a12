#!/usr/bin/env bash
# Public question intake under load: `bench/http/intake.sh sqlite|postgres`.
# Builds Porta in Release, starts it on a loopback port with a fresh database and rate limiting off, creates
# an organisation, runs wrk (8 connections, 2 threads, DURATION seconds after a WARMUP) with bench/http/intake.lua,
# then counts the questions stored and compares with what wrk saw accepted. The outbox sender is off by
# default (OUTBOX=1 turns it on, sending to the SMTP server of scripts/services.sh): the acknowledgements are
# still written to the outbox in the same transaction, and counted.
set -euo pipefail
KIND="${1:?usage: intake.sh sqlite|postgres}"
DURATION="${DURATION:-30}"
# The JIT needs about 60-90 s of this load on two cores to finish tiering up (methods run instrumented for PGO
# until then, up to a fifth of the server's CPU): a shorter warm-up measures the compiler, not the steady state.
WARMUP="${WARMUP:-90}"
CONNECTIONS="${CONNECTIONS:-8}"
source "$(dirname "$0")/server.sh"

NAME=porta_bench_intake
[ "${SKIP_BUILD:-0}" = 1 ] || build_release
database_settings "$KIND" "$NAME"
if [ "${OUTBOX:-0}" = 1 ]; then
  export Porta__Outbox__Enabled=true Porta__Smtp__Host=127.0.0.1 Porta__Smtp__Port="${PORTA_TEST_SMTP_PORT:?}" Porta__Smtp__Security=None \
    Porta__Smtp__AcknowledgementsPerAddressPerHour=5
else
  export Porta__Outbox__Enabled=false
fi
trap stop_server EXIT
start_server
SLUG=bench
create_organisation "$SLUG" >/dev/null
URL="$BENCH_URL/api/v1/public/$SLUG/questions"
export BENCH_ACCEPTED="$BENCH_DIR/accepted"
rm -f "$BENCH_ACCEPTED".*

echo "warm-up: ${WARMUP}s"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$(dirname "$0")/intake.lua" "$URL" >"$BENCH_DIR/warmup.txt"
echo "run: ${DURATION}s, $CONNECTIONS connections"
cpu_before=$(server_cpu_ms)
db_cpu_before=0; [ "$KIND" = sqlite ] || db_cpu_before=$(postgres_cpu_ms)
with_rss_sampling wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$(dirname "$0")/intake.lua" "$URL" >"$BENCH_DIR/run.txt"
cpu_used=$(( $(server_cpu_ms) - cpu_before ))
db_cpu_used=0; [ "$KIND" = sqlite ] || db_cpu_used=$(( $(postgres_cpu_ms) - db_cpu_before ))
cat "$BENCH_DIR/run.txt"
errors=$(sed -n 's/^errors=//p' "$BENCH_DIR/run.txt")
sleep 1
if [ "$KIND" = sqlite ]; then
  sql() { sqlite3 "$BENCH_DIR/$NAME.db" "$1"; }
else
  sql() { psql_db "$NAME" -c "$1"; }
fi
sql 'select "RegistrationNumber" from "Questions"' | sort >"$BENCH_DIR/stored"
cat "$BENCH_ACCEPTED".* | sort >"$BENCH_DIR/accepted"
accepted=$(wc -l <"$BENCH_DIR/accepted")
stored=$(wc -l <"$BENCH_DIR/stored")
missing=$(comm -23 "$BENCH_DIR/accepted" "$BENCH_DIR/stored" | wc -l)
outbox=$(sql "select count(*) from \"OutboxMessages\" where \"Purpose\"='acknowledgement'")
echo "---"
printf '%s: %s questions/s, p99 %s ms, errors %s, max RSS %s MB\n' "$KIND" \
  "$(sed -n 's/^rps=//p' "$BENCH_DIR/run.txt")" "$(sed -n 's/^p99_ms=//p' "$BENCH_DIR/run.txt")" "$errors" "$RSS_MAX_MB"
# wrk stops with requests in flight: the server may store a few more than wrk saw answered, never fewer.
run_requests=$(sed -n 's/^created=//p' "$BENCH_DIR/run.txt")
printf 'server CPU: %s ms per question (%s ms over the run)\n' "$(awk -v c="$cpu_used" -v n="$run_requests" 'BEGIN { printf "%.2f", c / (n > 0 ? n : 1) }')" "$cpu_used"
[ "$KIND" = postgres ] && printf 'PostgreSQL CPU: %s ms per question\n' "$(awk -v c="$db_cpu_used" -v n="$run_requests" 'BEGIN { printf "%.2f", c / (n > 0 ? n : 1) }')"
printf 'accepted (201 seen by wrk, warm-up + run): %s; stored: %s; accepted but not stored: %s; acknowledgements queued: %s\n' \
  "$accepted" "$stored" "$missing" "$outbox"
[ "$missing" = 0 ] && [ "$errors" = 0 ] && echo "OK: no errors, every accepted question is stored" || { echo "FAILED"; exit 1; }
