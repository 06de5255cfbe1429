# Shared helpers of scripts/run.sh and scripts/test.sh.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PIDS=()

log() { printf '\033[1;34m[anjian]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[anjian] %s\033[0m\n' "$*" >&2; exit 1; }

require_tools() {
  command -v java >/dev/null || fail "Java 17+ is required (java not found)"
  command -v mvn >/dev/null || fail "Maven is required (mvn not found)"
  command -v node >/dev/null || fail "Node.js 20+ is required (node not found)"
  command -v npm >/dev/null || fail "npm is required"
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

# start_bg NAME LOGFILE COMMAND... : runs a command in the background, in a process group of its own
# so that stopping it also stops what it started (npm's vite, Keycloak's JVM), and remembers it.
start_bg() {
  local name=$1 logfile=$2; shift 2
  mkdir -p "$(dirname "$logfile")"
  setsid "$@" >"$logfile" 2>&1 &
  PIDS+=("$!")
  log "$name started (pid $!, log ${logfile#"$ROOT"/})"
}

wait_for_file() {
  local file=$1 seconds=$2 what=$3 pid=$4 logfile=$5
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
  local url=$1 seconds=$2 what=$3 pid=$4 logfile=$5
  for ((i = 0; i < seconds * 2; i++)); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$logfile" >&2 || true
      fail "$what stopped while starting; see ${logfile#"$ROOT"/}"
    fi
    sleep 0.5
  done
  tail -n 40 "$logfile" >&2 || true
  fail "$what not ready after ${seconds}s at $url; see ${logfile#"$ROOT"/}"
}

# Stops everything this script started, newest first, each with its whole process group, and waits
# for each to finish cleanly (the database and Keycloak shut down in order).
stop_all() {
  local pid
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    pid=${PIDS[i]}
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for ((j = 0; j < 60; j++)); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  PIDS=()
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
