#!/usr/bin/env bash
# make run: database, Keycloak, backend and frontend with demo data, until Ctrl-C. However it ends
# (Ctrl-C, kill, the terminal closing, a part failing) it stops every part it started; see
# scripts/run-stop-test.sh for the ways it is stopped in make test.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
stop_all_on_exit
cd "$ROOT"

DB_PORT=${ANJIAN_DB_PORT:-3307}
KC_PORT=${ANJIAN_KEYCLOAK_PORT:-8180}
KC_MGMT_PORT=${ANJIAN_KEYCLOAK_MANAGEMENT_PORT:-9180}
BACKEND_PORT=${ANJIAN_BACKEND_PORT:-8080}
WEB_PORT=${ANJIAN_WEB_PORT:-5173}
HOME_DIR=${ANJIAN_RUN_HOME:-$ROOT/.run/dev}
LOGS="$HOME_DIR/logs"

require_tools
stop_all_when_terminal_closes

# A real MySQL or Keycloak given by environment variables replaces the embedded one.
extra=()
if [ -n "${ANJIAN_DB_URL:-}" ]; then extra+=(--no-db); else require_free_port "$DB_PORT" database; fi
if [ -n "${ANJIAN_OIDC_URL:-}" ]; then extra+=(--no-keycloak); else require_free_port "$KC_PORT" Keycloak; require_free_port "$KC_MGMT_PORT" "Keycloak management"; fi
require_free_port "$BACKEND_PORT" backend
require_free_port "$WEB_PORT" frontend

[ ${#extra[@]} -lt 2 ] && build_devstack
build_backend
install_frontend

if [ ${#extra[@]} -lt 2 ]; then
  rm -f "$HOME_DIR/ready"
  mapfile -t devstack < <(devstack_cmd "$HOME_DIR" "$DB_PORT" "$KC_PORT" "$KC_MGMT_PORT" anjian \
    --web-origins "http://127.0.0.1:$WEB_PORT,http://localhost:$WEB_PORT" "${extra[@]}")
  start_bg "database and Keycloak" "$LOGS/devstack.log" "${devstack[@]}"
  wait_for_file "$HOME_DIR/ready" 300 "database and Keycloak" "${PIDS[-1]}" "$LOGS/devstack.log"
fi

export ANJIAN_DB_URL=${ANJIAN_DB_URL:-jdbc:mysql://127.0.0.1:$DB_PORT/anjian}
export ANJIAN_OIDC_URL=${ANJIAN_OIDC_URL:-http://127.0.0.1:$KC_PORT/realms/anjian}
export ANJIAN_BACKEND_PORT=$BACKEND_PORT
export ANJIAN_STORAGE_DIR=${ANJIAN_STORAGE_DIR:-$HOME_DIR/files}
start_bg backend "$LOGS/backend.log" java -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar"
wait_for_url "http://127.0.0.1:$BACKEND_PORT/q/health/ready" 120 backend "${PIDS[-1]}" "$LOGS/backend.log"

export ANJIAN_BACKEND_URL="http://127.0.0.1:$BACKEND_PORT"
export ANJIAN_KEYCLOAK_URL=${ANJIAN_KEYCLOAK_URL:-${ANJIAN_OIDC_URL%/realms/*}}
export ANJIAN_WEB_PORT=$WEB_PORT
start_bg frontend "$LOGS/frontend.log" npm --prefix "$ROOT/frontend" run dev
wait_for_url "http://127.0.0.1:$WEB_PORT/" 60 frontend "${PIDS[-1]}" "$LOGS/frontend.log"

cat <<TXT

  安监 Anjian is running.

    Web app        http://127.0.0.1:$WEB_PORT/
    API            http://127.0.0.1:$BACKEND_PORT/api/v1   (contract: /q/openapi, health: /q/health)
    Keycloak       $ANJIAN_KEYCLOAK_URL   (admin console: admin / admin)
    Database       $ANJIAN_DB_URL   (user anjian / anjian)

  Demo logins (password: demo)
    admin        王立新  应急办主任            town-admin       (镇应急办)
    leader       张卫东  副镇长                leader           (镇领导)
    officehead   刘洋    经发办主任            office-head      (经发办)
    officehead2  陈静    规划自然资源所所长    office-head      (规划自然资源所)
    officer      赵大山  村安全员              village-officer  (白云寺村)
    officer2     孙丽    社区安全员            village-officer  (一居)
  Integration client: anjian-integration / anjian-integration-demo-secret (client credentials)

  Press Ctrl-C to stop everything.
TXT

# Exit (and stop the rest) as soon as any part stops.
wait -n "${PIDS[@]}" || true
for ((i = 0; i < ${#PIDS[@]}; i++)); do
  kill -0 "${PIDS[i]}" 2>/dev/null || log "${NAMES[i]} stopped on its own; see ${LOGS#"$ROOT"/}"
done
exit 1
