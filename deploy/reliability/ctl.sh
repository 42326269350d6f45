#!/usr/bin/env bash
# The faults of the reliability suite, called by its driver (tools/Reliability) while deploy/reliability/run.sh runs:
#   ctl.sh rabbit-kill N       SIGKILL RabbitMQ node rabbit-relN@localhost (N = 1..3)
#   ctl.sh rabbit-start N      start that node again (it rejoins the cluster from its data directory)
#   ctl.sh rabbit-leader QUEUE print the node number (1..3) leading quorum queue QUEUE in the suite's vhost
#   ctl.sh pg-stop | pg-start  stop (fast: connections cut) / start the suite's PostgreSQL
# Needs REL_DIR (the run directory) from run.sh. Touches only the suite's own nodes and PostgreSQL.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
. "$HERE/lib.sh"
: "${REL_DIR:?ctl.sh runs under deploy/reliability/run.sh (REL_DIR is not set)}"
cd "$REL_DIR"

node_arg() { [[ "${1:-}" =~ ^[123]$ ]] || die "expected a node number 1..3, got '${1:-}'"; echo "$1"; }

leader_of() {
  local queue=$1 n out
  for n in "${REL_NODES[@]}"; do
    out=$(rel_rabbitmqctl "$n" list_queues -p "$REL_VHOST" name leader --formatter json 2>/dev/null) || continue
    jq -r --arg q "$queue" '.[] | select(.name == $q) | .leader' <<<"$out" | sed -n 's/^rabbit-rel\([123]\)@.*/\1/p'
    return 0
  done
  die "no RabbitMQ node of the suite answered"
}

case "${1:-}" in
  rabbit-kill)   rel_rabbit_kill "$(node_arg "${2:-}")" ;;
  rabbit-start)  rel_rabbit_start "$(node_arg "${2:-}")" ;;
  rabbit-leader) leader_of "${2:?queue name}" ;;
  pg-stop)       rel_pg_stop ;;
  pg-start)      rel_pg_start ;;
  *) die "usage: ctl.sh rabbit-kill N | rabbit-start N | rabbit-leader QUEUE | pg-stop | pg-start" ;;
esac
