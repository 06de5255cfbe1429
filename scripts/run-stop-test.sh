#!/usr/bin/env bash
# Stopping `make run` stops everything it started, whatever signal arrives and wherever it is sent.
#
# Each case starts `make run` on its own ports, waits until it says it is running, stops it one way
# (Ctrl-C, the terminal closing, TERM or KILL to make, to run.sh or to the whole process group, a part
# dying first...) and then requires, within STOP_BOUND seconds, that every port of the run is free and
# that no process of the run is left (each run carries a marker in its environment, inherited by every
# process it starts, so even processes in sessions of their own are found).
#
# The case embedded-group-term starts run.sh's embedded database and Keycloak, alongside the others,
# which run one after the other and point run.sh at an existing database and Keycloak (so it starts
# only the backend and the frontend):
#   ANJIAN_TEST_RUN_DB_URL    JDBC URL of a database for those runs (make test gives it anjian_run)
#   ANJIAN_TEST_RUN_OIDC_URL  realm URL of a running Keycloak
#   ANJIAN_TEST_RUN_KEYCLOAK_FROM  optional: an unpacked Keycloak (make test's) to copy, data aside, for
#                             the embedded case instead of unpacking the distribution again
# Ports (defaults beside make test's): ANJIAN_TEST_RUN_DB_PORT, ANJIAN_TEST_RUN_KEYCLOAK_PORT,
# ANJIAN_TEST_RUN_KEYCLOAK_MANAGEMENT_PORT, ANJIAN_TEST_RUN_BACKEND_PORT and ANJIAN_TEST_RUN_WEB_PORT
# for the embedded case; ANJIAN_TEST_RUN_OTHER_BACKEND_PORT and ANJIAN_TEST_RUN_OTHER_WEB_PORT (the next
# ones) for the others.
# Arguments: case names to run only those (default: all).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

: "${ANJIAN_TEST_RUN_DB_URL:?set ANJIAN_TEST_RUN_DB_URL to the JDBC URL of a database for the test runs}"
: "${ANJIAN_TEST_RUN_OIDC_URL:?set ANJIAN_TEST_RUN_OIDC_URL to the realm URL of a running Keycloak}"
DB_PORT=${ANJIAN_TEST_RUN_DB_PORT:-3337}
KC_PORT=${ANJIAN_TEST_RUN_KEYCLOAK_PORT:-8210}
KC_MGMT_PORT=${ANJIAN_TEST_RUN_KEYCLOAK_MANAGEMENT_PORT:-9210}
BACKEND_PORT=${ANJIAN_TEST_RUN_BACKEND_PORT:-8092}
WEB_PORT=${ANJIAN_TEST_RUN_WEB_PORT:-4184}
OTHER_BACKEND_PORT=${ANJIAN_TEST_RUN_OTHER_BACKEND_PORT:-$((BACKEND_PORT + 1))}
OTHER_WEB_PORT=${ANJIAN_TEST_RUN_OTHER_WEB_PORT:-$((WEB_PORT + 1))}
WORK="$ROOT/.run/test/run-stop"
STOP_BOUND=${STOP_BOUND:-60}
MARK_NAME=ANJIAN_RUN_STOP_TEST

ALL_CASES=(embedded-group-term pipe-ctrl-c terminal-closes group-hup make-term script-term script-kill
  group-kill frontend-dies backend-dies-then-ctrl-c)

CASE='' MARK='' LOG='' PORTS=() MAKE_PID='' GROUP='' STARTER=''
FAILED=()

# --------------------------------------------------------------------------- what a run left behind

# Pids of live processes whose environment has a line matching the regex (zombies have none, so they
# do not count).
pids_with_env() {
  grep -lz -- "$1" /proc/[0-9]*/environ 2>/dev/null | sed -e 's#^/proc/##' -e 's#/environ$##' || true
}

# Pids of the current run's processes.
marked_pids() { pids_with_env "^$MARK_NAME=$MARK\$"; }

# The marked process whose command line matches an extended regex (first one).
marked_pid_matching() {
  local pattern=$1 pid
  for pid in $(marked_pids); do
    if tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -Eq -- "$pattern"; then
      echo "$pid"
      return 0
    fi
  done
  return 1
}

listening_ports() {
  local port
  for port in "${PORTS[@]}"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; fi
  done
}

describe() { # pid...
  local pid
  for pid in "$@"; do
    read_proc_stat "$pid" || continue
    printf '      %s (group %s, session %s): %s\n' "$pid" "${PROC_STAT[2]}" "${PROC_STAT[3]}" \
      "$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | cut -c1-120)"
  done
}

# Kills whatever the current case left, so that one failing case does not spoil the next (or the machine).
kill_leftovers() {
  local pid
  # The starter first: until it has exec'd make, its environment has no marker yet.
  if [ -n "$STARTER" ]; then kill -KILL "$STARTER" 2>/dev/null || true; fi
  if [ -n "$MARK" ]; then
    for pid in $(marked_pids); do kill -KILL "$pid" 2>/dev/null || true; done
    sleep 1
  fi
  return 0
}

# --------------------------------------------------------------------------- starting a run

# start_run MODE EMBEDDED: starts `make run` in a new session. MODE plain: output to a file; pipe: output
# piped through `cat` (like `make run | tee log`), which dies with the process group; terminal: in a
# pseudo-terminal of `script`, as in a terminal window.
start_run() {
  local mode=$1 embedded=$2 home="$WORK/$CASE" begin=$SECONDS
  rm -rf "$home"
  mkdir -p "$home"
  LOG="$home/make-run.log" MARK="$$-$CASE"
  PORTS=("$BACKEND_PORT" "$WEB_PORT")
  local env=("$MARK_NAME=$MARK" "ANJIAN_RUN_HOME=$home" "ANJIAN_BACKEND_PORT=$BACKEND_PORT" "ANJIAN_WEB_PORT=$WEB_PORT"
    "ANJIAN_DB_PORT=$DB_PORT" "ANJIAN_KEYCLOAK_PORT=$KC_PORT" "ANJIAN_KEYCLOAK_MANAGEMENT_PORT=$KC_MGMT_PORT"
    "ANJIAN_DEMO_DATA=false") # not needed to test stopping; loading it would only slow the first start
  if [ "$embedded" = yes ]; then
    PORTS+=("$DB_PORT" "$KC_PORT" "$KC_MGMT_PORT")
    local from=${ANJIAN_TEST_RUN_KEYCLOAK_FROM:-} entry
    if [ -n "$from" ] && [ -x "$from/bin/kc.sh" ]; then
      mkdir -p "$home/keycloak"
      for entry in "$from"/*; do
        [ "${entry##*/}" = data ] || cp -a "$entry" "$home/keycloak/"
      done
    fi
  else
    env+=("ANJIAN_DB_URL=$ANJIAN_TEST_RUN_DB_URL" "ANJIAN_OIDC_URL=$ANJIAN_TEST_RUN_OIDC_URL")
  fi
  # As from a terminal: bash starts background commands with INT and QUIT ignored, which a trap cannot undo.
  env=(--default-signal "${env[@]}")
  # shellcheck disable=SC2016 # the pipe case's $1 is for the inner bash
  case $mode in
    plain) setsid env "${env[@]}" make --no-print-directory run </dev/null >"$LOG" 2>&1 & ;;
    pipe) setsid env "${env[@]}" bash -c 'make --no-print-directory run 2>&1 | cat >"$1"' _ "$LOG" </dev/null >/dev/null 2>&1 & ;;
    terminal)
      setsid env "${env[@]}" script -qfec "exec make --no-print-directory run" "$LOG" </dev/null >/dev/null 2>&1 &
      ;;
  esac
  STARTER=$!
  disown "$STARTER" # no "Killed" notices from bash about it
  local bound=240
  [ "$embedded" = no ] || bound=420
  for ((i = 0; i < bound; i++)); do
    MAKE_PID=$(marked_pid_matching '^make ' || true)
    [ -n "$MAKE_PID" ] && grep -q 'Anjian is running' "$LOG" 2>/dev/null && break
    if ! kill -0 "$STARTER" 2>/dev/null; then
      tail -n 30 "$LOG" >&2
      fail "$CASE: make run ended before it was running; see ${LOG#"$ROOT"/}"
    fi
    sleep 1
  done
  grep -q 'Anjian is running' "$LOG" || { tail -n 30 "$LOG" >&2; fail "$CASE: make run not running after ${bound}s"; }
  read_proc_stat "$MAKE_PID" || fail "$CASE: make ended"
  GROUP=${PROC_STAT[2]}
  # The run is really up: its ports answer and the backend's JVM and Vite's node are among its processes.
  local up
  up=$(listening_ports | wc -l)
  [ "$up" -eq "${#PORTS[@]}" ] || fail "$CASE: only $up of ${#PORTS[@]} ports (${PORTS[*]}) answer while running"
  marked_pid_matching 'quarkus-run\.jar' >/dev/null || fail "$CASE: no backend process found"
  marked_pid_matching 'node .*vite' >/dev/null || fail "$CASE: no Vite process found"
  log "$CASE: running after $((SECONDS - begin)) s ($(marked_pids | wc -l) processes, make $MAKE_PID in process group $GROUP)"
}

run_sh_pid() { marked_pid_matching 'bash .*scripts/run\.sh' || fail "$CASE: run.sh not found"; }

# --------------------------------------------------------------------------- checking a stop

# Every port free and no process of the run left, within STOP_BOUND seconds of the stop.
expect_all_stopped() {
  local begin=$SECONDS left ports
  while :; do
    left=$(marked_pids | xargs)
    ports=$(listening_ports | xargs)
    if [ -z "$left" ] && [ -z "$ports" ]; then
      log "$CASE: everything stopped in $((SECONDS - begin)) s"
      return 0
    fi
    if ((SECONDS - begin >= STOP_BOUND)); then
      printf '\033[1;31m[anjian] %s: still there after %s s: ports [%s], processes:\033[0m\n' "$CASE" "$STOP_BOUND" "$ports" >&2
      # shellcheck disable=SC2086
      describe $left >&2
      tail -n 15 "$LOG" | sed 's/^/      log: /' >&2 || true
      FAILED+=("$CASE")
      kill_leftovers
      return 0
    fi
    sleep 1
  done
}

# --------------------------------------------------------------------------- the cases

case_embedded-group-term() { # embedded database and Keycloak too; what `kill -TERM -- -<make's group>` does
  start_run plain yes
  kill -TERM -- "-$GROUP"
}

case_pipe-ctrl-c() { # Ctrl-C with the output piped (make run | tee log), the reader gone first: writing now kills by SIGPIPE
  start_run pipe no
  kill -INT "$(marked_pid_matching '^cat')"
  sleep 0.5
  kill -INT -- "-$GROUP"
}

case_terminal-closes() { # the terminal closes while make leads its session (ssh -t host make run): the
  # kernel sends SIGHUP to make alone, which then waits for run.sh; run.sh must notice the hang-up itself
  start_run terminal no
  kill -KILL "$STARTER" # the terminal window
}

case_group-hup() { # what an interactive shell does to its jobs when its terminal closes
  start_run plain no
  kill -HUP -- "-$GROUP"
}

case_make-term() { # kill <make's pid>
  start_run plain no
  kill -TERM "$MAKE_PID"
}

case_script-term() { # kill <run.sh's pid>
  start_run plain no
  kill -TERM "$(run_sh_pid)"
}

case_script-kill() { # kill -KILL <run.sh's pid>: no trap runs, the parts must notice on their own
  start_run plain no
  kill -KILL "$(run_sh_pid)"
}

case_group-kill() { # kill -KILL -- -<make's group>: make and run.sh die at once
  start_run plain no
  kill -KILL -- "-$GROUP"
}

case_frontend-dies() { # a part dies on its own: run.sh must notice, stop the rest and exit
  start_run plain no
  kill -KILL "$(marked_pid_matching 'node .*vite')"
}

case_backend-dies-then-ctrl-c() { # a part dies, and the user presses Ctrl-C twice while run.sh stops the rest
  start_run plain no
  kill -KILL "$(marked_pid_matching 'quarkus-run\.jar')"
  for ((i = 0; i < 100; i++)); do
    grep -q 'stopping' "$LOG" && break
    sleep 0.1
  done
  kill -INT -- "-$GROUP" 2>/dev/null || true
  sleep 0.3
  kill -INT -- "-$GROUP" 2>/dev/null || true
}

# --------------------------------------------------------------------------- main

# run_lane BACKEND_PORT WEB_PORT CASE...: the cases one after the other; fails when any left something.
run_lane() {
  BACKEND_PORT=$1 WEB_PORT=$2
  shift 2
  trap kill_leftovers EXIT
  for CASE in "$@"; do
    "case_$CASE"
    expect_all_stopped
    MARK=''
  done
  [ ${#FAILED[@]} -eq 0 ] || fail "make run left parts running after: ${FAILED[*]}"
}

# On an interruption of this test: its lanes, then whatever any of its runs left.
lanes=()
kill_all_leftovers() {
  local pid lane
  if [ ${#lanes[@]} -gt 0 ]; then
    for lane in "${lanes[@]}"; do kill -TERM "$lane" 2>/dev/null || true; done
    sleep 1
  fi
  for pid in $(pids_with_env "^$MARK_NAME=$$-"); do
    kill -KILL "$pid" 2>/dev/null || true
  done
}

cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=("${ALL_CASES[@]}")
embedded=() shared=()
for CASE in "${cases[@]}"; do
  declare -F "case_$CASE" >/dev/null || fail "unknown case $CASE (cases: ${ALL_CASES[*]})"
  if [ "$CASE" = embedded-group-term ]; then embedded+=("$CASE"); else shared+=("$CASE"); fi
done
for port in "$DB_PORT" "$KC_PORT" "$KC_MGMT_PORT" "$BACKEND_PORT" "$WEB_PORT" "$OTHER_BACKEND_PORT" "$OTHER_WEB_PORT"; do
  require_free_port "$port" "make run stop test"
done
command -v script >/dev/null || fail "script (util-linux) is needed for the terminal case"
rm -rf "$WORK"
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
trap 'kill_all_leftovers' EXIT

started=$SECONDS
# The embedded case spends most of its time waiting for Keycloak: the others run meanwhile.
[ ${#embedded[@]} -eq 0 ] || { run_lane "$BACKEND_PORT" "$WEB_PORT" "${embedded[@]}" & lanes+=("$!"); }
[ ${#shared[@]} -eq 0 ] || { run_lane "$OTHER_BACKEND_PORT" "$OTHER_WEB_PORT" "${shared[@]}" & lanes+=("$!"); }
failed=0
for lane in "${lanes[@]}"; do
  wait "$lane" || failed=1
done
lanes=()
[ "$failed" = 0 ] || fail "make run did not stop cleanly in every case (see above)"
log "make run stopped everything in all ${#cases[@]} cases ($((SECONDS - started)) s)"
