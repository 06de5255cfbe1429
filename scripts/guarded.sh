#!/usr/bin/env bash
# guarded.sh PARENT_PID COMMAND...: runs COMMAND in place (same pid, so its parent can wait for it) with a
# watchdog beside it, in its process group, that stops the whole group as soon as PARENT_PID has ended,
# however it ended. scripts/lib.sh (start_bg) starts every part of make run and make test this way, so
# that even `kill -KILL` of the script, which runs no trap, leaves no backend, Vite, database or Keycloak
# behind. A normal stop sends TERM to the group, which ends the watchdog with the part.
set -uo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"

parent=$1
shift

watch_parent() {
  local born group
  born=$(process_start "$parent") || born=''
  read_proc_stat "$BASHPID"
  group=${PROC_STAT[2]}
  trap 'exit 0' TERM
  while [ -n "$born" ] && [ "$(process_start "$parent")" = "$born" ]; do
    sleep 1
  done
  trap '' TERM # the TERM below is for the part, not for us
  printf '[watchdog] process %s that started this part has ended; stopping process group %s\n' "$parent" "$group"
  stop_group "$group" "the part" 20 "$BASHPID"
}

watch_parent </dev/null &
exec "$@"
