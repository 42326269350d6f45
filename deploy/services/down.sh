#!/usr/bin/env bash
# Stop the local services cleanly. Usage: deploy/services/down.sh [postgres] [rabbitmq] [s3]   (no argument = all three)
# ("chromium" is accepted and ignored: it is not a daemon.)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
. "$HERE/env.sh"
PG_VERSION="${PG_VERSION:-15}"
PG_CLUSTER="${PG_CLUSTER:-main}"

down_postgres() {
  if command -v pg_ctlcluster >/dev/null && pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null 2>&1; then
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" stop -m fast
  fi
  echo "postgres stopped"
}
down_rabbitmq() {
  if command -v rabbitmqctl >/dev/null && rabbitmq-diagnostics -q ping >/dev/null 2>&1; then
    rabbitmqctl -q shutdown >/dev/null   # stops the node and waits for the OS process to exit
  fi
  echo "rabbitmq stopped"
}
down_chromium() { :; }
down_smtp() {   # maildev runs in its own session started by up.sh
  stop_bg "$SMTP_PID_FILE" maildev
  echo "smtp stopped"
}

down_s3() {   # s3rver runs in its own session started by up.sh: TERM its process group (KILL after 20 s)
  stop_bg "$S3_PID_FILE" s3rver
  echo "s3 stopped"
}

services=("$@")
(( ${#services[@]} )) || services=(postgres rabbitmq s3 smtp)
for s in "${services[@]}"; do
  case "$s" in
    postgres|rabbitmq|chromium|s3|smtp) "down_$s" ;;
    *) die "unknown service '$s' (expected: postgres rabbitmq s3 smtp)" ;;
  esac
done
