#!/usr/bin/env bash
# Runs Porta's whole test suite against real services (PostgreSQL, Postfix,
# Dovecot, Chromium; see scripts/services.sh).
#
# Usage: scripts/test.sh [extra `dotnet test` arguments, e.g. --filter Name~Smtp]
#
# The last line of output is always exactly "N passed, N failed", summed from
# the .trx files; the exit status is non-zero unless tests ran and none failed.
# No `set -e`: every failure has to reach that totals line.
set -uo pipefail

# Work from the repository root whatever the caller's current directory.
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
ROOT=$PWD
RESULTS="$ROOT/artifacts/test-results"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

services_up=""
stop_services() {
  [ -n "$services_up" ] || return 0
  # Cleared only on success, so the EXIT trap retries a stop that was cut short.
  if bash "$ROOT/scripts/services.sh" stop >&2; then
    services_up=""
  else
    echo "test.sh: services.sh stop failed" >&2
  fi
}
# Safety net for early exits and Ctrl-C; the normal path stops the services
# itself before printing the totals, so nothing is printed after that line.
trap stop_services EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# finish PASSED FAILED: prints the totals line last and exits accordingly.
finish() {
  stop_services
  echo "$1 passed, $2 failed"
  if [ "$2" -eq 0 ] && [ "$1" -gt 0 ]; then exit 0; fi
  exit 1
}

# A step that fails before any test could run counts as one failed test.
abort() {
  echo "test.sh: $*" >&2
  finish 0 1
}

bash "$ROOT/scripts/prerequisites.sh" || abort "npm is missing and could not be installed"
services_up=1
bash "$ROOT/scripts/services.sh" start || abort "could not start the test services"
env_lines=$(bash "$ROOT/scripts/services.sh" env) || abort "services.sh env failed"
eval "$env_lines"

# Front-end assets, once the web project has them.
if [ -f "$ROOT/src/Porta/package.json" ]; then
  (cd "$ROOT/src/Porta" && npm ci --no-audit --no-fund) || abort "npm ci failed in src/Porta"
fi

solution=""
for candidate in Porta.slnx Porta.sln; do
  if [ -f "$ROOT/$candidate" ]; then solution=$candidate; break; fi
done
[ -n "$solution" ] || abort "no Porta.slnx or Porta.sln at the repository root"

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

# `dotnet test` has two modes, chosen the way the SDK chooses: global.json's
# "test": {"runner": "Microsoft.Testing.Platform"} opts into MTP (needed by
# xunit.v3 on the .NET 10 SDK); otherwise it is VSTest. They take different
# arguments for the same thing: a .trx per test project in $RESULTS.
dotnet_rc=0
if [ -f "$ROOT/global.json" ] &&
  grep -Eq '"runner"[[:space:]]*:[[:space:]]*"Microsoft\.Testing\.Platform"' "$ROOT/global.json"; then
  # --report-xunit-trx is xunit.v3's own TRX writer. Its default file name is
  # the user, machine and second, so two projects started together by
  # `dotnet test --solution` wrote one file and the totals lost a project: build
  # once, then run every test project at the same time, each naming its report.
  # Exit code 8 ("zero tests ran", e.g. under a --filter) is judged by the
  # totals below.
  dotnet build "$ROOT/$solution" -c Release || dotnet_rc=$?
  if [ "$dotnet_rc" -eq 0 ]; then
    pids=()
    for project in "$ROOT"/tests/*/*.csproj; do
      name=$(basename "$project" .csproj)
      dotnet test --project "$project" -c Release --no-build \
        --results-directory "$RESULTS" \
        --report-xunit-trx --report-xunit-trx-filename "$name.trx" \
        --ignore-exit-code 8 \
        "$@" &
      pids+=("$!")
    done
    for pid in "${pids[@]}"; do
      wait "$pid" || dotnet_rc=$?
    done
  fi
else
  dotnet test "$ROOT/$solution" -c Release \
    --logger "trx;LogFilePrefix=results" \
    --results-directory "$RESULTS" \
    "$@" || dotnet_rc=$?
fi

stop_services

# Sum <Counters .../> over every .trx. Errors, timeouts and aborts count as
# failures too; a .trx without counters means a broken run, so one failure.
# The leading space in ' passed="' keeps passedButRunAborted out.
passed=0
failed=0
trx_count=0
# counter NAME COUNTERS_ELEMENT -> the attribute's number, 0 if absent
counter() {
  local n
  n=$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2" | head -n 1)
  echo "${n:-0}"
}
while IFS= read -r -d '' trx; do
  trx_count=$((trx_count + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  if [ -z "$counters" ]; then
    echo "test.sh: no <Counters> in $trx" >&2
    failed=$((failed + 1))
    continue
  fi
  passed=$((passed + $(counter passed "$counters")))
  failed=$((failed + $(counter failed "$counters") + $(counter error "$counters") \
    + $(counter timeout "$counters") + $(counter aborted "$counters")))
done < <(find "$RESULTS" -type f -name '*.trx' -print0)

echo "test.sh: $trx_count .trx file(s) in ${RESULTS#"$ROOT"/}, dotnet test exit code $dotnet_rc" >&2
# Never report success for a run that failed or ran nothing: a build failure
# or crashed test host (non-zero exit, no failed test recorded) and a run
# without any .trx or executed test each count as one failure.
if [ "$dotnet_rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$trx_count" -eq 0 ] || [ $((passed + failed)) -eq 0 ]; then
  [ "$failed" -gt 0 ] || failed=1
fi
finish "$passed" "$failed"
