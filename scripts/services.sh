#!/usr/bin/env bash
# Starts the real services the Porta test suite talks to, all on loopback and
# all state under one throwaway directory, without touching the system-wide
# instances (there is no systemd here, and the distro's default cluster /
# /etc/postfix main instance are never used):
#   PostgreSQL  127.0.0.1:55432   role porta/porta (superuser)
#   Postfix     127.0.0.1:2525    accepts any recipient, delivers to one Maildir
#   Dovecot     127.0.0.1:1143    IMAP, users catchall/catchall and intake/intake
#
# Usage: scripts/services.sh start|stop|env
# PORTA_SERVICES_DIR, PORTA_PG_PORT, PORTA_SMTP_PORT and PORTA_IMAP_PORT place a second set beside the
# first (a clean-clone run next to a developer's services, for instance).
set -euo pipefail

DIR="${PORTA_SERVICES_DIR:-/tmp/porta-services}"
PG_PORT="${PORTA_PG_PORT:-55432}"
SMTP_PORT="${PORTA_SMTP_PORT:-2525}"
IMAP_PORT="${PORTA_IMAP_PORT:-1143}"
# Mailboxes belong to a numeric uid/gid with no passwd entry, so nothing has
# to be added to /etc/passwd; Postfix (virtual_minimum_uid 100) and Dovecot
# (first_valid_uid) both accept it.
MAIL_UID="${PORTA_MAIL_UID:-5000}"
MAIL_GID="${PORTA_MAIL_GID:-5000}"
WAIT_SECONDS="${PORTA_SERVICES_WAIT:-60}"

log() { echo "services: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# rm -rf and Postfix's config parser both need a sane, absolute, space-free path.
case "$DIR" in
  /*) ;;
  *) die "PORTA_SERVICES_DIR must be an absolute path (got '$DIR')" ;;
esac
case "$DIR" in
  / | /tmp | /tmp/ | *' '* | *'..'*) die "refusing to use '$DIR' as services directory" ;;
esac
DIR="${DIR%/}"

PG_DATA="$DIR/pg/data"
PG_RUN="$DIR/pg/run"
PG_LOG="$DIR/pg/postgres.log"
PF_ETC="$DIR/postfix/etc"
PF_QUEUE="$DIR/postfix/queue"
PF_DATA="$DIR/postfix/data"
PF_LOG="$DIR/postfix/postfix.log"
DC_CONF="$DIR/dovecot/dovecot.conf"
DC_RUN="$DIR/dovecot/run"
DC_LOG="$DIR/dovecot/dovecot.log"
MAIL_BASE="$DIR/mail"

pg_bin() {
  # Newest installed major version; Debian keeps binaries off PATH.
  local d
  d=$(printf '%s\n' /usr/lib/postgresql/*/bin/postgres | grep -v '\*' | sort -V | tail -n 1 || true)
  d=${d%/postgres}
  [ -n "$d" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql"
  echo "$d"
}

as_postgres() { runuser -u postgres -- "$@"; }

# A daemon that exited stays a zombie until PID 1 reaps it, which here can
# take a second or two: count zombies as gone.
pid_alive() {
  [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
  local state
  state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1) || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

# read_pid PIDFILE COMM: the pid in the file (first line; Postfix pads it with
# spaces), but only if that process is still the expected program. A pid file
# left over from before a reboot may name some unrelated process by now.
read_pid() {
  [ -f "$1" ] || return 0
  local pid comm
  pid=$(awk 'NR==1 { gsub(/[^0-9]/, ""); print; exit }' "$1")
  [ -n "$pid" ] || return 0
  comm=$(cat "/proc/$pid/comm" 2>/dev/null) || return 0
  [ "$comm" = "$2" ] && echo "$pid"
  return 0
}

# Waits for a pid to go away, then SIGKILLs it and its direct children.
wait_or_kill() {
  local pid=$1 name=$2 i
  for ((i = 0; i < 100; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  log "$name (pid $pid) did not exit in time, killing it"
  pkill -KILL -P "$pid" 2>/dev/null || true
  kill -KILL "$pid" 2>/dev/null || true
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# True once the server's greeting line starts with $2 (an open port alone is
# not enough: Dovecot accepts connections before its auth process is ready).
greets() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    IFS= read -r -t 2 line <&3 || exit 1
    [[ $line == "$2"* ]]
  ) 2>/dev/null
}

# wait_port NAME PORT LOGFILE [GREETING]
wait_port() {
  local name=$1 port=$2 logfile=$3 greeting=${4:-} i
  for ((i = 0; i < WAIT_SECONDS * 10; i++)); do
    if [ -n "$greeting" ]; then
      greets "$port" "$greeting" && return 0
    else
      port_open "$port" && return 0
    fi
    sleep 0.1
  done
  log "$name did not answer on 127.0.0.1:$port within ${WAIT_SECONDS}s; last lines of $logfile:"
  tail -n 30 "$logfile" >&2 2>/dev/null || true
  return 1
}

# ---------------------------------------------------------------- packages --

ensure_packages() {
  local want=(postgresql postfix dovecot-imapd chromium fonts-dejavu-core fonts-liberation)
  local missing=() p
  for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  log "installing missing packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Keep Debian's postinst from writing a system-wide Postfix config we never use.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  # Keep postinst scripts from starting the system-wide daemons (Docker images
  # ship this file already; only add it, and remove it again, if absent).
  local made_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    made_policy=1
  fi
  local rc=0
  # Lock timeout: wait for another apt run instead of failing on the dpkg lock.
  # Recommends are kept: headless Chromium was verified with them (GL, fonts).
  {
    apt-get -o DPkg::Lock::Timeout=600 update -q &&
      apt-get -o DPkg::Lock::Timeout=600 install -y -q "${missing[@]}"
  } >&2 || rc=$?
  [ -n "$made_policy" ] && rm -f /usr/sbin/policy-rc.d
  [ $rc -eq 0 ] || die "apt-get failed (exit $rc)"
}

# -------------------------------------------------------------- PostgreSQL --

start_postgres() {
  local bin
  bin=$(pg_bin)
  install -d -o postgres -g postgres -m 700 "$DIR/pg"
  install -d -o postgres -g postgres -m 755 "$PG_RUN"
  # Local socket trusts everyone (it lives in our private dir); TCP needs the password.
  as_postgres "$bin/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$DIR/pg/initdb.log" 2>&1 ||
    { tail -n 30 "$DIR/pg/initdb.log" >&2; die "initdb failed"; }
  # Test speed over durability: this cluster is thrown away after the run.
  cat >>"$PG_DATA/postgresql.conf" <<EOF

# --- porta test instance ---
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_RUN'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  as_postgres "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t "$WAIT_SECONDS" start >/dev/null ||
    { tail -n 30 "$PG_LOG" >&2; die "PostgreSQL did not start"; }
  wait_port PostgreSQL "$PG_PORT" "$PG_LOG" || die "PostgreSQL did not start"
  "$bin/psql" -h "$PG_RUN" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt \
    -c "CREATE ROLE porta LOGIN SUPERUSER CREATEDB CREATEROLE PASSWORD 'porta'" >/dev/null ||
    die "could not create role porta"
}

stop_postgres() {
  [ -f "$PG_DATA/postmaster.pid" ] || return 0
  local pid bin
  pid=$(read_pid "$PG_DATA/postmaster.pid" postgres)
  pid_alive "$pid" || return 0
  bin=$(pg_bin)
  as_postgres "$bin/pg_ctl" -D "$PG_DATA" -m fast -w -t 20 stop >/dev/null 2>&1 ||
    as_postgres "$bin/pg_ctl" -D "$PG_DATA" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
  wait_or_kill "$pid" PostgreSQL
}

# ----------------------------------------------------------------- Postfix --

start_postfix() {
  install -d -m 755 "$DIR/postfix" "$PF_ETC"
  # Postfix wants its queue dir owned by root; 'postfix start' creates the
  # subdirectories (and data_directory) with the right owners itself.
  install -d -o root -g root -m 755 "$PF_QUEUE"
  install -d -m 755 "$MAIL_BASE"
  local u
  for u in catchall intake; do
    install -d -o "$MAIL_UID" -g "$MAIL_GID" -m 700 \
      "$MAIL_BASE/$u" "$MAIL_BASE/$u/Maildir" \
      "$MAIL_BASE/$u/Maildir/cur" "$MAIL_BASE/$u/Maildir/new" "$MAIL_BASE/$u/Maildir/tmp"
  done

  # Every domain is a virtual mailbox domain and every address maps to the
  # one catch-all Maildir (trailing slash = Maildir format).
  printf '/./\tOK\n' >"$PF_ETC/virtual_domains"
  printf '/^/\tcatchall/Maildir/\n' >"$PF_ETC/virtual_mailbox"

  cat >"$PF_ETC/main.cf" <<EOF
# Porta test instance: loopback only, no relaying, no DNS, everything to one Maildir.
compatibility_level = 3.6
queue_directory = $PF_QUEUE
data_directory = $PF_DATA
mail_owner = postfix
setgid_group = postdrop
maillog_file = $PF_LOG
maillog_file_prefixes = $DIR
myhostname = porta-test.localdomain
mydomain = localdomain
myorigin = \$myhostname
mydestination =
relay_domains =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
smtpd_recipient_restrictions = permit_mynetworks, reject
virtual_mailbox_domains = regexp:$PF_ETC/virtual_domains
virtual_mailbox_maps = regexp:$PF_ETC/virtual_mailbox
virtual_mailbox_base = $MAIL_BASE
virtual_uid_maps = static:$MAIL_UID
virtual_gid_maps = static:$MAIL_GID
virtual_mailbox_limit = 0
message_size_limit = 52428800
# Nothing may ever leave this machine.
local_transport = error:local delivery disabled in the Porta test instance
relay_transport = error:relaying disabled in the Porta test instance
default_transport = error:outbound mail disabled in the Porta test instance
alias_maps =
alias_database =
# No network, so no DNS: never look up MX/A records or client names.
smtp_dns_support_level = disabled
lmtp_dns_support_level = disabled
smtpd_peername_lookup = no
# Tests send bursts of mail: no throttling, no punishing delays, quick retries.
in_flow_delay = 0
smtpd_error_sleep_time = 0
queue_run_delay = 5s
minimal_backoff_time = 5s
maximal_backoff_time = 30s
biff = no
append_dot_mydomain = no
readme_directory = no
EOF

  # Only the daemons needed here, none chrooted (no chroot to populate).
  cat >"$PF_ETC/master.cf" <<EOF
# service          type       private unpriv chroot wakeup maxproc command
127.0.0.1:$SMTP_PORT inet     n       -      n      -      -       smtpd
pickup             unix       n       -      n      60     1       pickup
cleanup            unix       n       -      n      -      0       cleanup
qmgr               unix       n       -      n      300    1       qmgr
rewrite            unix       -       -      n      -      -       trivial-rewrite
bounce             unix       -       -      n      -      0       bounce
defer              unix       -       -      n      -      0       bounce
trace              unix       -       -      n      -      0       bounce
verify             unix       -       -      n      -      1       verify
flush              unix       n       -      n      1000?  0       flush
proxymap           unix       -       -      n      -      -       proxymap
proxywrite         unix       -       -      n      -      1       proxymap
showq              unix       n       -      n      -      -       showq
error              unix       -       -      n      -      -       error
retry              unix       -       -      n      -      -       error
discard            unix       -       -      n      -      -       discard
virtual            unix       -       n      n      -      -       virtual
anvil              unix       -       -      n      -      1       anvil
scache             unix       -       -      n      -      1       scache
postlog            unix-dgram n       -      n      -      1       postlogd
EOF

  # 'start' runs Postfix's own integrity check (check-fatal) and creates the
  # queue subdirectories; a separate 'postfix check' would only add ~2s.
  postfix -c "$PF_ETC" start >"$DIR/postfix/start.log" 2>&1 ||
    { postfix_diagnostics; die "Postfix did not start"; }
  wait_port Postfix "$SMTP_PORT" "$PF_LOG" "220 " || { postfix_diagnostics; die "Postfix did not start"; }
}

# Postfix commands print to stderr only when it is a terminal (otherwise they
# log to maillog_file via postlogd, which is not running when start fails),
# so run 'postfix check' under a pty to show why.
postfix_diagnostics() {
  cat "$DIR/postfix/start.log" >&2 2>/dev/null || true
  tail -n 30 "$PF_LOG" >&2 2>/dev/null || true
  script -qec "postfix -c '$PF_ETC' check" /dev/null 2>&1 | tr -d '\r' >&2 || true
}

stop_postfix() {
  local pid
  pid=$(read_pid "$PF_QUEUE/pid/master.pid" master)
  pid_alive "$pid" || return 0
  postfix -c "$PF_ETC" stop >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
  wait_or_kill "$pid" Postfix
}

# ----------------------------------------------------------------- Dovecot --

start_dovecot() {
  install -d -m 755 "$DIR/dovecot" "$DIR/dovecot/state"
  # passwd-file: user:password:uid:gid::home::  (read by the auth process,
  # which runs as the dovecot user, hence group dovecot).
  cat >"$DIR/dovecot/users" <<EOF
catchall:{PLAIN}catchall:$MAIL_UID:$MAIL_GID::$MAIL_BASE/catchall::
intake:{PLAIN}intake:$MAIL_UID:$MAIL_GID::$MAIL_BASE/intake::
EOF
  chown root:dovecot "$DIR/dovecot/users"
  chmod 640 "$DIR/dovecot/users"

  # Self-contained config: nothing from /etc/dovecot is included.
  cat >"$DC_CONF" <<EOF
instance_name = porta-test
base_dir = $DC_RUN
state_dir = $DIR/dovecot/state
log_path = $DC_LOG
protocols = imap
listen = 127.0.0.1
ssl = no
# Loopback only, so plain LOGIN/AUTHENTICATE PLAIN without TLS is fine.
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
first_valid_uid = 100
mail_location = maildir:~/Maildir
# Parallel tests may all read the catch-all box at once.
mail_max_userip_connections = 200

passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DIR/dovecot/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $DIR/dovecot/users
}
namespace inbox {
  inbox = yes
}
# The built-in defaults listen on 143 and 993: move the one and drop the other.
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
EOF
  dovecot -c "$DC_CONF" >"$DIR/dovecot/start.log" 2>&1 ||
    { cat "$DIR/dovecot/start.log" >&2; tail -n 30 "$DC_LOG" >&2 2>/dev/null || true; die "Dovecot did not start"; }
  wait_port Dovecot "$IMAP_PORT" "$DC_LOG" "* OK" || die "Dovecot did not start"
}

stop_dovecot() {
  local pid
  pid=$(read_pid "$DC_RUN/master.pid" dovecot)
  pid_alive "$pid" || return 0
  # SIGTERM is what 'dovecot stop' sends, minus its one-second polling.
  kill -TERM "$pid" 2>/dev/null || true
  wait_or_kill "$pid" Dovecot
}

# ---------------------------------------------------------------- commands --

stop_all() {
  [ -d "$DIR" ] || return 0
  # Each stop is best effort so one broken service never blocks the others.
  stop_dovecot || true
  stop_postfix || true
  stop_postgres || true
}

cmd_start() {
  [ "$(id -u)" -eq 0 ] || die "start must run as root (apt-get, postgres user, Postfix)"
  local t0=$SECONDS
  ensure_packages
  # Idempotent: whatever an earlier start left behind goes first.
  stop_all
  rm -rf "$DIR"
  local port
  for port in "$PG_PORT" "$SMTP_PORT" "$IMAP_PORT"; do
    if port_open "$port"; then
      ss -ltnp "sport = :$port" >&2 2>/dev/null || true
      die "port $port is already in use by a process this script did not start"
    fi
  done
  install -d -m 755 "$DIR"
  # If one service fails, stop the ones already running (keep the logs).
  trap 'rc=$?; [ $rc -eq 0 ] || stop_all; exit $rc' EXIT
  start_postgres
  start_postfix
  start_dovecot
  trap - EXIT
  log "started in $((SECONDS - t0))s: PostgreSQL :$PG_PORT, SMTP :$SMTP_PORT, IMAP :$IMAP_PORT (state in $DIR)"
}

cmd_stop() {
  # A timeout usually signals the whole process group: finish stopping anyway
  # (every wait in here is bounded) rather than leave daemons behind.
  trap '' INT TERM HUP
  stop_all
  rm -rf "$DIR"
}

cmd_env() {
  cat <<EOF
export PORTA_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=porta;Password=porta;Database=postgres"
export PORTA_TEST_SMTP_HOST=127.0.0.1
export PORTA_TEST_SMTP_PORT=$SMTP_PORT
export PORTA_TEST_IMAP_HOST=127.0.0.1
export PORTA_TEST_IMAP_PORT=$IMAP_PORT
export PORTA_TEST_IMAP_USER=catchall
export PORTA_TEST_IMAP_PASSWORD=catchall
export PORTA_TEST_IMAP_INTAKE_USER=intake
export PORTA_TEST_IMAP_INTAKE_PASSWORD=intake
export PORTA_TEST_CHROMIUM=/usr/bin/chromium
EOF
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  env) cmd_env ;;
  *)
    echo "usage: $0 start|stop|env" >&2
    exit 2
    ;;
esac
