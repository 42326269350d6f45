#!/usr/bin/env bash
# The faults of the reliability suite, called by its driver (tools/Reliability) while deploy/reliability/run.sh runs:
#   ctl.sh rabbit-kill N       SIGKILL RabbitMQ node rabbit-relN@localhost (N = 1..3)
#   ctl.sh rabbit-start N      start that node again (it rejoins the cluster from its data directory)
#   ctl.sh pg-stop | pg-start  stop (fast: connections cut) / start the suite's PostgreSQL
#   ctl.sh rabbit-partition N  isolate node N from the other two (iptables, partition.sh); rabbit-heal lifts it;
#   rabbit-partition-rejected (packets the partition rejected), rabbit-running N (true/false/down),
#   rabbit-running-nodes N (JSON), rabbit-beam-pid N
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
  rabbit-partition) rel_partition "$(node_arg "${2:-}")" ;;
  rabbit-heal)   rel_partition_heal ;;
  rabbit-partition-rejected) rel_partition_rejected ;;
  rabbit-running) rel_rabbit_running "$(node_arg "${2:-}")" ;;
  rabbit-running-nodes) rel_rabbit_running_nodes "$(node_arg "${2:-}")" ;;
  rabbit-beam-pid) rel_rabbit_beam_pid "$(node_arg "${2:-}")" ;;
  *) die "usage: ctl.sh rabbit-kill N | rabbit-start N | pg-stop | pg-start | rabbit-partition N | rabbit-heal | rabbit-partition-rejected | rabbit-running N | rabbit-running-nodes N | rabbit-beam-pid N" ;;
esac
