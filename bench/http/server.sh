# Sourced by the HTTP benchmarks: builds Porta in Release, starts it on a loopback port with a fresh
# database (SQLite file or PostgreSQL database on the cluster of scripts/services.sh), stops it.
# Needs PORTA_TEST_POSTGRES (from `scripts/services.sh env`) for postgres.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_PORT="${BENCH_PORT:-5604}"
BENCH_DIR="${BENCH_DIR:-/tmp/porta-bench}"
BENCH_URL="http://127.0.0.1:$BENCH_PORT"
BOOTSTRAP="bench-bootstrap-token-0123456789abcdef"
SERVER_PID=""

build_release() {
  dotnet build "$REPO/src/Porta" -c Release -v quiet -nologo >/dev/null
}

# database_settings sqlite|postgres NAME: exports the settings of a database NAME, fresh unless KEEP_DATABASE=1.
database_settings() {
  local kind="$1" name="$2"
  mkdir -p "$BENCH_DIR"
  if [ "$kind" = sqlite ]; then
    [ "${KEEP_DATABASE:-0}" = 1 ] || rm -f "$BENCH_DIR/$name.db" "$BENCH_DIR/$name.db-wal" "$BENCH_DIR/$name.db-shm"
    export Porta__Database=sqlite ConnectionStrings__Porta="Data Source=$BENCH_DIR/$name.db"
  elif [ "$kind" = postgres ]; then
    : "${PORTA_TEST_POSTGRES:?run eval \"\$(bash scripts/services.sh env)\" first}"
    if [ "${KEEP_DATABASE:-0}" != 1 ]; then
      psql_admin -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name" >/dev/null
    fi
    export Porta__Database=postgres ConnectionStrings__Porta="${PORTA_TEST_POSTGRES/Database=postgres/Database=$name}"
  else
    echo "usage: sqlite|postgres" >&2; exit 2
  fi
}

# psql on the services' cluster, from the Npgsql connection string.
psql_admin() {
  local port; port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$PORTA_TEST_POSTGRES")
  PGPASSWORD=porta psql -h 127.0.0.1 -p "$port" -U porta -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

psql_db() {
  local db="$1"; shift
  local port; port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$PORTA_TEST_POSTGRES")
  PGPASSWORD=porta psql -h 127.0.0.1 -p "$port" -U porta -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"
}

start_server() {
  export ASPNETCORE_ENVIRONMENT=Production Porta__BootstrapToken="$BOOTSTRAP" Porta__DemoData=false \
    Porta__RateLimiting__Enabled=false Porta__PublicUrl="https://porta.bench.test" \
    Logging__LogLevel__Default=Warning
  (cd "$REPO/src/Porta" && exec dotnet bin/Release/net10.0/Porta.dll --urls "$BENCH_URL" "$@" >"$BENCH_DIR/server.log" 2>&1) &
  SERVER_PID=$!
  for _ in $(seq 1 120); do
    curl -fsS "$BENCH_URL/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$BENCH_DIR/server.log" >&2; echo "server died" >&2; exit 1; }
    sleep 0.5
  done
  echo "server not ready in 60 s" >&2; exit 1
}

stop_server() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

# Highest resident set size of the server while a command runs, in MB (sampled every 0.2 s).
RSS_MAX_MB=0
with_rss_sampling() {
  local file="$BENCH_DIR/rss"; echo 0 >"$file"
  ( max=0; while kill -0 "$SERVER_PID" 2>/dev/null; do
      kb=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status" 2>/dev/null || echo 0)
      [ "${kb:-0}" -gt "$max" ] && max=$kb && echo $((max / 1024)) >"$file"
      sleep 0.2; done ) &
  local sampler=$!
  "$@"
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  RSS_MAX_MB=$(cat "$file")
}

# CPU time used by the server so far, in milliseconds (user + system, from /proc).
server_cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$SERVER_PID/stat"
}

# CPU time used so far by the PostgreSQL server of PORTA_TEST_POSTGRES (its postmaster and every process it
# started: the backends serving Porta among them, not other clusters on the machine), in milliseconds.
postgres_cpu_ms() {
  local postmaster total=0 pid
  postmaster=$(head -n 1 "$(psql_admin -c 'show data_directory')/postmaster.pid")
  for pid in "$postmaster" $(pgrep -P "$postmaster" || true); do
    total=$(( total + $(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}

# sign_in EMAIL PASSWORD: signs in through the workspace's form, as a browser does (antiforgery token
# from the page, then the post); prints the session cookie ("porta.session=...") for wrk's Cookie header.
sign_in() {
  local jar="$BENCH_DIR/cookies" page token
  rm -f "$jar"
  page=$(curl -fsS -c "$jar" "$BENCH_URL/workspace/fr/sign-in")
  token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//' | head -n 1)
  curl -fsS -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "_handler=sign-in" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=$2" --data-urlencode "Input.ReturnUrl=" \
    "$BENCH_URL/workspace/fr/sign-in"
  local session; session=$(awk '$6 == "porta.session" { print $7 }' "$jar")
  [ -n "$session" ] || { echo "sign-in failed" >&2; exit 1; }
  echo "porta.session=$session"
}

api() { # api METHOD PATH TOKEN [JSON]
  curl -fsS -X "$1" "$BENCH_URL$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${4:+-d "$4"}
}

# An organisation like the tests': French and Dutch front offices, a back office, a category routed to it.
# Prints the agent token.
create_organisation() {
  local slug="$1"
  api POST /api/v1/admin/organisations "$BOOTSTRAP" \
    "{\"slug\":\"$slug\",\"names\":{\"fr\":\"Service bench\",\"nl\":\"Dienst bench\"},\"languages\":[\"fr\",\"nl\",\"de\",\"en\"]}" >/dev/null
  local admin; admin=$(api POST /api/v1/admin/tokens "$BOOTSTRAP" "{\"name\":\"admin\",\"role\":\"administrator\",\"organisation\":\"$slug\"}" | jq -r .token)
  api POST /api/v1/admin/teams "$admin" '{"slug":"front-fr","name":"Front office FR","kind":"frontOffice","language":"fr"}' >/dev/null
  api POST /api/v1/admin/teams "$admin" '{"slug":"front-nl","name":"Front office NL","kind":"frontOffice","language":"nl"}' >/dev/null
  api POST /api/v1/admin/teams "$admin" '{"slug":"experts","name":"Experts","kind":"backOffice"}' >/dev/null
  api POST /api/v1/admin/categories "$admin" '{"slug":"allowances","names":{"fr":"Allocations","nl":"Toelagen"},"defaultTeam":"experts"}' >/dev/null
  api POST /api/v1/admin/tokens "$admin" '{"name":"agent","role":"agent"}' | jq -r .token
}
