#!/usr/bin/env bash
# The faults of the reliability suite, called by its driver (tools/Reliability) while deploy/reliability/run.sh runs:
#   ctl.sh rabbit-kill N       SIGKILL RabbitMQ node rabbit-relN@localhost (N = 1..3)
#   ctl.sh rabbit-start N      start that node again (it rejoins the cluster from its data directory)
#   ctl.sh pg-stop | pg-start  stop (fast: connections cut) / start the suite's PostgreSQL
# Needs REL_DIR (the run directory) from run.sh. Touches only the suite's own nodes and PostgreSQL.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
. "$HERE/lib.sh"
: "${REL_DIR:?ctl.sh runs under deploy/reliability/run.sh (REL_DIR is not set)}"
cd "$REL_DIR"

node_arg() { [[ "${1:-}" =~ ^[123]$ ]] || die "expected a node number 1..3, got '${1:-}'"; echo "$1"; }

case "${1:-}" in
  rabbit-kill)   rel_rabbit_kill "$(node_arg "${2:-}")" ;;
  rabbit-start)  rel_rabbit_start "$(node_arg "${2:-}")" ;;
  pg-stop)       rel_pg_stop ;;
  pg-start)      rel_pg_start ;;
  *) die "usage: ctl.sh rabbit-kill N | rabbit-start N | pg-stop | pg-start" ;;
esac
