#!/usr/bin/env bash
# make bench: seeds a throw-away MariaDB at BENCH_SCALE=town (default, about 50,000 hazards) or
# district (30 towns, about 1,000,000 hazards) and measures lists, detail, ledger board, export and
# import through the API beside their plain baselines (hand-written SQL, raw POI), against a real
# Keycloak (a throw-away stack like make test's). Then, on the same data, the backend as deployed
# (the packaged jar in a JVM of its own): start to ready, idle memory, throughput of a mixed read
# workload from 50 clients beside /q/health/live, and the SPA's first page in a real browser.
# Prints the tables; also in backend/target/bench-results.md
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
stop_all_on_exit
cd "$ROOT"

DB_PORT=${ANJIAN_BENCH_DB_PORT:-3327}
KC_PORT=${ANJIAN_BENCH_KEYCLOAK_PORT:-8200}
KC_MGMT_PORT=${ANJIAN_BENCH_KEYCLOAK_MANAGEMENT_PORT:-9200}
BACKEND_PORT=${ANJIAN_BENCH_BACKEND_PORT:-8098}
WEB_PORT=${ANJIAN_BENCH_WEB_PORT:-4186}
HOME_DIR="$ROOT/.run/bench"
LOGS="$HOME_DIR/logs"
RESULTS="$ROOT/backend/target/bench-results.md"
TOOLS="$ROOT/.run/tools"
AUTOCANNON_VERSION=9.0.0

require_tools
require_chromium
for port in "$DB_PORT" "$KC_PORT" "$KC_MGMT_PORT" "$BACKEND_PORT" "$WEB_PORT"; do require_free_port "$port" "bench stack"; done

build_devstack
rm -rf "$HOME_DIR"
mapfile -t devstack < <(devstack_cmd "$HOME_DIR" "$DB_PORT" "$KC_PORT" "$KC_MGMT_PORT" anjian_test \
  --web-origins "http://127.0.0.1:$WEB_PORT")
start_bg "bench database and Keycloak" "$LOGS/devstack.log" "${devstack[@]}"
wait_for_file "$HOME_DIR/ready" 300 "bench database and Keycloak" "${PIDS[-1]}" "$LOGS/devstack.log"

ANJIAN_TEST_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/anjian_test" \
ANJIAN_TEST_OIDC_URL="http://127.0.0.1:$KC_PORT/realms/anjian" \
ANJIAN_TEST_KEYCLOAK_URL="http://127.0.0.1:$KC_PORT" \
BENCH_SCALE="${BENCH_SCALE:-town}" \
  mvn -B -q -f "$ROOT/backend/pom.xml" verify -Pbench -Dquarkus.http.test-timeout=300s \
  -Dquarkus.package.jar.appcds.enabled=true ${BENCH_ARGS:-}

# ---------------------------------------------------------------- the backend as deployed
# as backend/Dockerfile runs it: with the class-data archive the build made (AppCDS: about a fifth
# less start-up CPU); the archive names the jar by a relative path, so the JVM starts in its folder
APP_DIR="$ROOT/backend/target/quarkus-app"
[ -e "$APP_DIR/app-cds.jsa" ] || fail "the build made no class-data archive ($APP_DIR/app-cds.jsa)"
install_frontend
if [ ! -e "$TOOLS/node_modules/autocannon/package.json" ]; then
  log "installing autocannon $AUTOCANNON_VERSION (npm) into .run/tools"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --no-save --loglevel=error "autocannon@$AUTOCANNON_VERSION"
fi

export ANJIAN_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/anjian_test"
export ANJIAN_OIDC_URL="http://127.0.0.1:$KC_PORT/realms/anjian"
export ANJIAN_BACKEND_PORT=$BACKEND_PORT
export ANJIAN_STORAGE_DIR="$HOME_DIR/files"
export ANJIAN_DEMO_DATA=false # the bench's data is there already

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Starts the packaged backend and sets START_MS to the milliseconds from the JVM's launch to a ready
# health check (not printed: start_bg must run in this shell, which remembers what to stop).
START_MS=0
start_backend() {
  local log=$1 begun i
  begun=$(now_ms)
  start_bg "backend (packaged jar)" "$log" bash -c \
    'cd "$1" && exec java -XX:SharedArchiveFile=app-cds.jsa -Xshare:auto -jar quarkus-run.jar' backend "$APP_DIR"
  for ((i = 0; i < 1200; i++)); do
    if curl -fsS --max-time 1 -o /dev/null "http://127.0.0.1:$BACKEND_PORT/q/health/ready" 2>/dev/null; then
      START_MS=$(($(now_ms) - begun))
      return 0
    fi
    kill -0 "${PIDS[-1]}" 2>/dev/null || { tail -n 40 "$log" >&2; fail "the backend stopped while starting; see $log"; }
    sleep 0.05
  done
  fail "the backend was not ready after 60 s; see $log"
}

stop_last() {
  stop_group "${PIDS[-1]}" "${NAMES[-1]}" 30
  unset 'PIDS[-1]' 'NAMES[-1]'
}

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# three starts (the first also warms the page cache); the median counts
starts=()
for round in 1 2 3; do
  start_backend "$LOGS/backend-$round.log"
  starts+=("$START_MS")
  quarkus_says=$(grep -o 'started in [0-9.]*s' "$LOGS/backend-$round.log" | head -n 1 || true)
  log "backend start $round: ${starts[-1]} ms to ready ($quarkus_says)"
  [ "$round" = 3 ] || stop_last
done
mapfile -t sorted < <(printf '%s\n' "${starts[@]}" | sort -n)
start_median=${sorted[1]}
backend_pid=${PIDS[-1]}
sleep 10
idle_rss=$(rss_mb "$backend_pid")

token=$(curl -fsS "http://127.0.0.1:$KC_PORT/realms/anjian/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=anjian-cli -d username=admin -d password=demo -d scope=openid |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))')
hazard=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$BACKEND_PORT/api/v1/hazards?size=1" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items[0].id))')
log "throughput: 50 clients, a mixed read workload (hazard list, hazard detail, /me), then /q/health/live"
load=$(AUTOCANNON_DIR="$TOOLS" node "$ROOT/scripts/load.mjs" --url "http://127.0.0.1:$BACKEND_PORT" --token "$token" \
  --hazard "$hazard" --connections "${BENCH_LOAD_CONNECTIONS:-50}" --seconds "${BENCH_LOAD_SECONDS:-20}")
loaded_rss=$(rss_mb "$backend_pid")

log "the SPA's first page in a real browser (production build)"
if stale "$ROOT/frontend/dist/index.html" "$ROOT/frontend/src" "$ROOT/frontend/index.html" "$ROOT/frontend/vite.config.ts" "$ROOT/frontend/package-lock.json"; then
  (cd frontend && npm run --silent build)
fi
ANJIAN_BACKEND_URL="http://127.0.0.1:$BACKEND_PORT" \
ANJIAN_KEYCLOAK_URL="http://127.0.0.1:$KC_PORT" \
ANJIAN_WEB_PORT="$WEB_PORT" \
  start_bg "frontend (vite preview of the production build)" "$LOGS/frontend.log" npm --prefix "$ROOT/frontend" run preview
wait_for_url "http://127.0.0.1:$WEB_PORT/" 60 "frontend" "${PIDS[-1]}" "$LOGS/frontend.log"
first_page="$HOME_DIR/first-page.json"
(cd frontend && ANJIAN_WEB_URL="http://127.0.0.1:$WEB_PORT" ANJIAN_KEYCLOAK_URL="http://127.0.0.1:$KC_PORT" \
  ANJIAN_API_URL="http://127.0.0.1:$BACKEND_PORT" ANJIAN_FIRST_PAGE_REPORT="$first_page" \
  npx vitest run --config vitest.e2e.config.ts e2e/first-page.e2e.ts >"$LOGS/first-page.log" 2>&1) ||
  { tail -n 40 "$LOGS/first-page.log" >&2; fail "the first-page measurement failed; see $LOGS/first-page.log"; }

node "$ROOT/scripts/bench-service.mjs" --starts "${starts[*]}" --start-median "$start_median" --idle-rss "$idle_rss" \
  --loaded-rss "$loaded_rss" --load "$load" --first-page "$(cat "$first_page")" >>"$RESULTS"

echo
cat "$RESULTS"
log "results in backend/target/bench-results.md (scale ${BENCH_SCALE:-town})"
