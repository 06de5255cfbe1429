# Shared helpers of scripts/run.sh and scripts/test.sh.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PIDS=()  # the parts this script started; each leads a process group of its own (see start_bg)
NAMES=()

# Messages never fail: after the terminal closed or the reader of a pipe died, writing is an error,
# and a cleanup must not stop at its first message.
log() { printf '\033[1;34m[anjian]\033[0m %s\n' "$*" 2>/dev/null || true; }
fail() { printf '\033[1;31m[anjian] %s\033[0m\n' "$*" >&2 2>/dev/null || true; exit 1; }

require_tools() {
  command -v java >/dev/null || fail "Java 17+ is required (java not found)"
  command -v mvn >/dev/null || fail "Maven is required (mvn not found)"
  command -v node >/dev/null || fail "Node.js 20+ is required (node not found)"
  command -v npm >/dev/null || fail "npm is required"
}

# Browser tests drive Debian's Chromium (Playwright cannot download browsers here).
require_chromium() {
  CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
  if [ ! -x "$CHROMIUM_PATH" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      log "installing Chromium for the browser tests (apt-get install chromium)"
      apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }
    else
      fail "Chromium is needed for the browser tests: install it (sudo apt-get install chromium) or set CHROMIUM_PATH"
    fi
  fi
  export CHROMIUM_PATH
}

# Fails early with a clear message when a port is taken, instead of a confusing crash later.
require_free_port() {
  local port=$1 what=$2
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "port $port ($what) is already in use; stop what uses it or choose another port (see README, Ports)"
  fi
}

# True when any file under the given paths is newer than the stamp file (or the stamp is missing).
stale() {
  local stamp=$1; shift
  [ ! -e "$stamp" ] && return 0
  [ -n "$(find "$@" -newer "$stamp" -type f -print -quit 2>/dev/null)" ]
}

build_devstack() {
  if stale "$ROOT/tools/devstack/target/anjian-devstack-0.1.0-SNAPSHOT.jar" "$ROOT/tools/devstack/src" "$ROOT/tools/devstack/pom.xml"; then
    log "building the dev stack launcher (embedded MariaDB + Keycloak from Maven Central)"
    mvn -B -q -f "$ROOT/tools/devstack/pom.xml" package
  fi
}

build_backend() {
  if stale "$ROOT/backend/target/quarkus-app/quarkus-run.jar" "$ROOT/backend/src/main" "$ROOT/backend/pom.xml"; then
    log "building the backend"
    mvn -B -q -f "$ROOT/backend/pom.xml" package -DskipTests
  fi
}

install_frontend() {
  if stale "$ROOT/frontend/node_modules/.package-lock.json" "$ROOT/frontend/package-lock.json"; then
    log "installing frontend dependencies (npm ci)"
    (cd "$ROOT/frontend" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# start_bg NAME LOGFILE COMMAND... : runs a command in the background as the leader of a process group
# (and session) of its own, so that stopping it also stops what it started (npm's vite, Keycloak's JVM),
# and remembers it. scripts/guarded.sh puts a watchdog beside it that stops the group as soon as this
# script has ended, however it ended: even kill -KILL, which runs no trap, leaves nothing behind.
start_bg() {
  local name=$1 logfile=$2; shift 2
  mkdir -p "$(dirname "$logfile")"
  setsid "$ROOT/scripts/guarded.sh" "$$" "$@" >"$logfile" 2>&1 &
  PIDS+=("$!")
  NAMES+=("$name")
  log "$name started (pid $!, log ${logfile#"$ROOT"/})"
}

wait_for_file() {
  local i file=$1 seconds=$2 what=$3 pid=$4 logfile=$5
  for ((i = 0; i < seconds * 2; i++)); do
    [ -e "$file" ] && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$logfile" >&2 || true
      fail "$what stopped while starting; see ${logfile#"$ROOT"/}"
    fi
    sleep 0.5
  done
  tail -n 40 "$logfile" >&2 || true
  fail "$what not ready after ${seconds}s; see ${logfile#"$ROOT"/}"
}

wait_for_url() {
  local i url=$1 seconds=$2 what=$3 pid=$4 logfile=$5
  for ((i = 0; i < seconds * 2; i++)); do
    curl -fsS --max-time 2 -o /dev/null "$url" 2>/dev/null && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$logfile" >&2 || true
      fail "$what stopped while starting; see ${logfile#"$ROOT"/}"
    fi
    sleep 0.5
  done
  tail -n 40 "$logfile" >&2 || true
  fail "$what not ready after ${seconds}s at $url; see ${logfile#"$ROOT"/}"
}

# ---------------------------------------------------------------- stopping

# Call first thing: whatever ends this script (the end, a failure, Ctrl-C, TERM, the terminal closing,
# the reader of its output going away) stops every part it started, completely and only once.
stop_all_on_exit() {
  trap 'exit_on_signal 130' INT
  trap 'exit_on_signal 131' QUIT
  trap 'exit_on_signal 143' TERM
  trap 'exit_on_signal 129' HUP
  trap 'exit_on_signal 141' PIPE
  trap 'stop_all_and_exit' EXIT
}

# A closing terminal (window closed, ssh connection lost) must stop the script even when the hang-up
# signal reaches only make: when make leads the terminal's session (ssh -t host make run, a terminal
# started with make run as its command) the kernel sends SIGHUP to make alone, and make then waits
# for its child forever. So a watcher sends HUP to this script once its terminal has hung up (isatty
# fails on a hung-up terminal).
TERMINAL_WATCH=''
stop_all_when_terminal_closes() {
  [ -t 0 ] || return 0
  local script=$$ born
  born=$(process_start "$script")
  (
    while [ -t 0 ] && [ "$(process_start "$script")" = "$born" ]; do sleep 1; done
    if [ "$(process_start "$script")" = "$born" ]; then kill -HUP "$script"; fi
  ) <&0 &
  TERMINAL_WATCH=$!
}

STOPPING=''
exit_on_signal() {
  # A second signal (make passes TERM on to its child, people press Ctrl-C twice) must not cut short
  # the cleanup that the first one started: exiting from inside the EXIT trap would skip the rest of it.
  [ -n "$STOPPING" ] && return 0
  exit "$1"
}

stop_all_and_exit() {
  local status=$?
  STOPPING=1
  trap '' INT QUIT TERM HUP PIPE
  set +e
  [ -z "$TERMINAL_WATCH" ] || kill "$TERMINAL_WATCH" 2>/dev/null
  if [ ${#PIDS[@]} -gt 0 ]; then
    [ "$status" = 130 ] && { echo 2>/dev/null || true; } # after the ^C that the terminal echoed
    log "stopping…"
    stop_all
    log "stopped"
  fi
  exit "$status"
}

# Stops everything this script started, newest first, each with its whole process group, and waits
# for each to finish cleanly (the database and Keycloak shut down in order), but not forever.
stop_all() {
  local i
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    stop_group "${PIDS[i]}" "${NAMES[i]}" 30
  done
  PIDS=()
  NAMES=()
}

# stop_group PGID NAME SECONDS [EXCEPT_PID]: TERM to the process group, then KILL what is left after SECONDS.
stop_group() {
  local group=$1 name=$2 seconds=$3 except=${4:-} j
  group_running "$group" "$except" || return 0
  kill -TERM -- "-$group" 2>/dev/null
  for ((j = 0; j < seconds * 2; j++)); do
    group_running "$group" "$except" || return 0
    sleep 0.5
  done
  log "$name did not stop within ${seconds}s; killing it"
  kill -KILL -- "-$group" 2>/dev/null
  for ((j = 0; j < 20; j++)); do
    group_running "$group" "$except" || return 0
    sleep 0.5
  done
  return 0
}

# True while a live process (not a zombie, which holds no port and no file) other than EXCEPT_PID is in
# the process group. kill -0 cannot tell: it also succeeds for zombies nobody has reaped yet.
group_running() {
  local group=$1 except=${2:-} stat pid
  for stat in /proc/[0-9]*/stat; do
    pid=${stat#/proc/}
    pid=${pid%/stat}
    [ "$pid" = "$except" ] && continue
    read_proc_stat "$pid" || continue
    if [ "${PROC_STAT[2]}" = "$group" ] && [ "${PROC_STAT[0]}" != Z ]; then
      return 0
    fi
  done
  return 1
}

# Prints a live process's start time (with its pid, it names one process even when pids are reused);
# fails when the process has ended (or is a zombie).
process_start() {
  read_proc_stat "$1" && [ "${PROC_STAT[0]}" != Z ] || return 1
  echo "${PROC_STAT[19]}"
}

# Reads /proc/PID/stat into PROC_STAT: the fields after the command name, which may hold spaces
# (state ppid pgrp session tty tpgid flags ... starttime at index 19).
PROC_STAT=()
read_proc_stat() {
  local line
  { read -r line <"/proc/$1/stat"; } 2>/dev/null || return 1
  read -ra PROC_STAT <<<"${line##*) }"
}

# DevStack arguments: skips the embedded database or Keycloak when real ones are configured.
devstack_cmd() {
  local home=$1 db_port=$2 kc_port=$3 kc_mgmt=$4 databases=$5; shift 5
  local cmd=(java -cp "$ROOT/tools/devstack/target/classes:$ROOT/tools/devstack/target/lib/*"
    com.anjian.devstack.DevStack --home "$home" --db-port "$db_port" --databases "$databases"
    --kc-port "$kc_port" --kc-management-port "$kc_mgmt"
    --keycloak-zip "$ROOT/tools/devstack/target/keycloak-dist.zip"
    --realm "$ROOT/keycloak/anjian-realm.json" --watch-pid $$)
  printf '%s\n' "${cmd[@]}" "$@"
}
