#!/usr/bin/env bash
# make test: every backend and frontend test, browser tests included, against a real MariaDB and a
# real Keycloak that this script starts on their own ports with throw-away data, and stops after.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
stop_all_on_exit
cd "$ROOT"

DB_PORT=${ANJIAN_TEST_DB_PORT:-3317}
KC_PORT=${ANJIAN_TEST_KEYCLOAK_PORT:-8190}
KC_MGMT_PORT=${ANJIAN_TEST_KEYCLOAK_MANAGEMENT_PORT:-9190}
BACKEND_PORT=${ANJIAN_TEST_BACKEND_PORT:-8091}
WEB_PORT=${ANJIAN_TEST_WEB_PORT:-4183}
HOME_DIR="$ROOT/.run/test"
LOGS="$HOME_DIR/logs"

require_tools

require_chromium

for port in "$DB_PORT" "$KC_PORT" "$KC_MGMT_PORT" "$BACKEND_PORT" "$WEB_PORT"; do
  require_free_port "$port" "test stack"
done
# The ports on which scripts/run-stop-test.sh starts make run (its defaults), checked now rather than at the end.
for port in "${ANJIAN_TEST_RUN_DB_PORT:-3337}" "${ANJIAN_TEST_RUN_KEYCLOAK_PORT:-8210}" \
  "${ANJIAN_TEST_RUN_KEYCLOAK_MANAGEMENT_PORT:-9210}" "${ANJIAN_TEST_RUN_BACKEND_PORT:-8092}" "${ANJIAN_TEST_RUN_WEB_PORT:-4184}" \
  "${ANJIAN_TEST_RUN_OTHER_BACKEND_PORT:-8093}" "${ANJIAN_TEST_RUN_OTHER_WEB_PORT:-4185}"; do
  require_free_port "$port" "make run stop test"
done

build_devstack
install_frontend

log "starting a throw-away database and Keycloak for the tests"
rm -rf "$HOME_DIR"
mapfile -t devstack < <(devstack_cmd "$HOME_DIR" "$DB_PORT" "$KC_PORT" "$KC_MGMT_PORT" anjian_test,anjian_e2e,anjian_run \
  --web-origins "http://127.0.0.1:$WEB_PORT,http://localhost:$WEB_PORT")
start_bg "test database and Keycloak" "$LOGS/devstack.log" "${devstack[@]}"
wait_for_file "$HOME_DIR/ready" 300 "test database and Keycloak" "${PIDS[-1]}" "$LOGS/devstack.log"

export ANJIAN_TEST_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/anjian_test"
export ANJIAN_TEST_OIDC_URL="http://127.0.0.1:$KC_PORT/realms/anjian"
export ANJIAN_TEST_KEYCLOAK_URL="http://127.0.0.1:$KC_PORT"

log "backend: unit, API, contract and security tests (mvn verify)"
mvn -B -f "$ROOT/backend/pom.xml" verify

log "frontend: generated API types up to date, type check, unit tests, production build"
(cd frontend && npm run --silent check:api && npm run --silent typecheck && npm test && npm run --silent build)

log "browser tests: backend on its own database, built frontend, real Keycloak login"
ANJIAN_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/anjian_e2e" \
ANJIAN_OIDC_URL="$ANJIAN_TEST_OIDC_URL" \
ANJIAN_BACKEND_PORT="$BACKEND_PORT" \
ANJIAN_STORAGE_DIR="$HOME_DIR/files" \
  start_bg "backend for browser tests" "$LOGS/backend-e2e.log" java -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar"
wait_for_url "http://127.0.0.1:$BACKEND_PORT/q/health/ready" 120 "backend" "${PIDS[-1]}" "$LOGS/backend-e2e.log"

ANJIAN_BACKEND_URL="http://127.0.0.1:$BACKEND_PORT" \
ANJIAN_KEYCLOAK_URL="$ANJIAN_TEST_KEYCLOAK_URL" \
ANJIAN_WEB_PORT="$WEB_PORT" \
  start_bg "frontend (vite preview of the production build)" "$LOGS/frontend-e2e.log" npm --prefix "$ROOT/frontend" run preview
wait_for_url "http://127.0.0.1:$WEB_PORT/" 60 "frontend" "${PIDS[-1]}" "$LOGS/frontend-e2e.log"

(cd frontend && ANJIAN_WEB_URL="http://127.0.0.1:$WEB_PORT" ANJIAN_KEYCLOAK_URL="$ANJIAN_TEST_KEYCLOAK_URL" \
  ANJIAN_API_URL="http://127.0.0.1:$BACKEND_PORT" npm run e2e)

log "make run stops every part it started, however it is stopped"
ANJIAN_TEST_RUN_DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/anjian_run" \
ANJIAN_TEST_RUN_OIDC_URL="$ANJIAN_TEST_OIDC_URL" \
ANJIAN_TEST_RUN_KEYCLOAK_FROM="$HOME_DIR/keycloak" \
  scripts/run-stop-test.sh

log "all tests passed"
