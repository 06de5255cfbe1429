#!/usr/bin/env bash
# make bench: seeds a throw-away MariaDB at BENCH_SCALE=town (default, about 50,000 hazards) or
# district (30 towns, about 1,000,000 hazards) and measures lists, detail, ledger board, export and
# import through the API beside their plain baselines (hand-written SQL, raw POI), against a real
# Keycloak (a throw-away stack like make test's). Prints the table; also in backend/target/bench-results.md
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
stop_all_on_exit
cd "$ROOT"

DB_PORT=${ANJIAN_BENCH_DB_PORT:-3327}
KC_PORT=${ANJIAN_BENCH_KEYCLOAK_PORT:-8200}
KC_MGMT_PORT=${ANJIAN_BENCH_KEYCLOAK_MANAGEMENT_PORT:-9200}
HOME_DIR="$ROOT/.run/bench"

require_tools
for port in "$DB_PORT" "$KC_PORT" "$KC_MGMT_PORT"; do require_free_port "$port" "bench stack"; done

build_devstack
rm -rf "$HOME_DIR"
mapfile -t devstack < <(devstack_cmd "$HOME_DIR" "$DB_PORT" "$KC_PORT" "$KC_MGMT_PORT" anjian_test)
start_bg "bench database and Keycloak" "$HOME_DIR/logs/devstack.log" "${devstack[@]}"
wait_for_file "$HOME_DIR/ready" 300 "bench database and Keycloak" "${PIDS[-1]}" "$HOME_DIR/logs/devstack.log"

ANJIAN_TEST_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/anjian_test" \
ANJIAN_TEST_OIDC_URL="http://127.0.0.1:$KC_PORT/realms/anjian" \
ANJIAN_TEST_KEYCLOAK_URL="http://127.0.0.1:$KC_PORT" \
BENCH_SCALE="${BENCH_SCALE:-town}" \
  mvn -B -q -f "$ROOT/backend/pom.xml" verify -Pbench -Dquarkus.http.test-timeout=300s ${BENCH_ARGS:-}
echo
cat "$ROOT/backend/target/bench-results.md"
log "results in backend/target/bench-results.md (scale ${BENCH_SCALE:-town})"
