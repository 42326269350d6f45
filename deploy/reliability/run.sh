#!/usr/bin/env bash
# The reliability and scale-out fault suite (docs/reliability.md), one bounded, self-cleaning command:
#   bash deploy/reliability/run.sh
# Next to (never instead of) the shared services, it starts its own:
#   - a 3-node RabbitMQ cluster rabbit-rel1..3@localhost (AMQP 5701-5703, management 15701-15703), vhost "reliability";
#   - a PostgreSQL 15 instance on 5439 (max_connections 100), database resume_export_rel;
#   - through the driver (tools/Reliability): two replicas each of the API (5181-5182), PDF worker (5183-5184) and
#     e-mail worker (5185-5186), quorum queues, every node listed; an SMTP catcher on 2525; storage in the run directory.
# Then the fault cases under a steady stream of exports and bulk applies, the load, the connection budget; a summary
# table and, as the very last line:
#   reliability: faults N/N survived | lost 0 | duplicated 0 | load R req, 5xx 0, p99 X ms | failed 0
# Everything it started is stopped and its run directory removed on exit, Ctrl-C or TERM (logs are kept in
# artifacts/reliability/<run>/). It holds /tmp/re-heavy.lock for the whole run (it saturates both cores).
# Variables: REL_NO_BUILD=1 (reuse the Release build), REL_TIMEOUT (driver time limit, default 1200 s), REL_KEEP=1
# (keep the run directory), REL_STREAM_SECONDS, REL_STREAM_EXPORTS_PER_SECOND, REL_PDF_KILL_BATCH, REL_LOAD_CLIENTS,
# REL_LOAD_SECONDS, REL_LOAD_EXPORTS_PER_CLIENT, REL_DRAIN_SECONDS, REL_EXTRA_ENV ("Key=value;..." for every replica),
# REL_CASES (comma-separated case names, e.g. REL_CASES=shared-burst: only those cases, no load).
# Exit code: 0 all passed, 1 something failed, other = the run broke.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"

if [[ -z "${REL_LOCKED:-}" ]]; then
  log "waiting for /tmp/re-heavy.lock (heavy runs never overlap)"
  exec env REL_LOCKED=1 flock /tmp/re-heavy.lock bash "${BASH_SOURCE[0]}" "$@"
fi

. "$HERE/lib.sh"
[[ $(id -u) -eq 0 ]] || die "run.sh starts RabbitMQ nodes and PostgreSQL as their system users: run it as root"

LAST_RUN_FILE=/tmp/re-reliability.last
REL_TIMEOUT="${REL_TIMEOUT:-1200}"
RUN_ID="$(date +%Y%m%d-%H%M%S)"
KEEP_DIR="$ARTIFACTS_DIR/reliability/$RUN_ID"
driver=""

need_packages() {
  "$REPO_ROOT/deploy/services/up.sh" chromium   # Chromium and the templates' fonts, checked headless; no shared service is touched
  local missing=() p
  for p in rabbitmq-server "postgresql-$REL_PG_VERSION" jq curl iptables; do
    [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" == "install ok installed" ]] || missing+=("$p")
  done
  # s3rver for the s3-errors-stall case, pinned in deploy/tools/s3 as deploy/services installs it (npm ci).
  if [[ ! -f "$REPO_ROOT/deploy/tools/s3/node_modules/s3rver/bin/s3rver.js" ]]; then
    command -v npm >/dev/null || missing+=(nodejs npm)
  fi
  if (( ${#missing[@]} > 0 )); then
    log "installing from apt: ${missing[*]}"
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    LANG=C.UTF-8 LC_ALL=C.UTF-8 apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  if [[ ! -f "$REPO_ROOT/deploy/tools/s3/node_modules/s3rver/bin/s3rver.js" ]]; then
    log "installing s3rver into deploy/tools/s3/node_modules"
    (cd "$REPO_ROOT/deploy/tools/s3" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Processes of a run carry its REL_DIR in their environment (the driver passes it on to the replicas): find them by it.
kill_run_processes() {
  local dir=$1 pid
  for pid in $(grep -lsz "^REL_DIR=$dir\$" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3); do
    [[ "$pid" == "$$" ]] && continue
    kill -KILL "$pid" 2>/dev/null || true
  done
}

teardown() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$driver" ]] && kill -0 "$driver" 2>/dev/null; then
    kill -TERM "$driver" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$driver" 2>/dev/null || break; sleep 0.5; done
  fi
  if [[ -n "${REL_DIR:-}" && -d "$REL_DIR" ]]; then
    rel_teardown
    kill_run_processes "$REL_DIR"
    # The disk-full case's tmpfs storage volume, if the driver could not unmount it.
    if mountpoint -q "$REL_DIR/storage"; then umount -l "$REL_DIR/storage" || true; fi
    mkdir -p "$KEEP_DIR"
    cp -r "$REL_DIR/logs/." "$KEEP_DIR/" 2>/dev/null || true
    for n in "${REL_NODES[@]}"; do cp "$REL_DIR/rabbit$n/log/"*.log "$KEEP_DIR/" 2>/dev/null || true; done
    cp "$REL_DIR/pg/server.log" "$KEEP_DIR/postgresql.log" 2>/dev/null || true
    if [[ "${REL_KEEP:-0}" != 1 ]]; then rm -rf "$REL_DIR"; rm -f "$LAST_RUN_FILE"; fi
    log "stopped everything the suite started; logs in ${KEEP_DIR#"$REPO_ROOT"/}"
  fi
  # The very last line is the driver's verdict (or a failing one when the run never got that far).
  local verdict
  verdict=$(grep -a '^reliability: faults ' "$KEEP_DIR/summary.log" 2>/dev/null | tail -n 1 || true)
  echo "${verdict:-reliability: faults 0/7 survived | lost 0 | duplicated 0 | load 0 req, 5xx 0, p99 0 ms | failed 1}"
  if [[ -z "$verdict" && $rc -eq 0 ]]; then rc=2; fi
  exit "$rc"
}

# A run killed too hard to clean up (SIGKILL, power loss) left its directory named here: stop what it started.
clean_stale_run() {
  [[ -f "$LAST_RUN_FILE" ]] || return 0
  local stale
  stale=$(cat "$LAST_RUN_FILE")
  if [[ "$stale" == /tmp/re-reliability.* && -d "$stale" ]]; then
    log "cleaning up the previous run left in $stale"
    (REL_DIR=$stale; rel_teardown)
    kill_run_processes "$stale"
    if mountpoint -q "$stale/storage"; then umount -l "$stale/storage" || true; fi
    rm -rf "$stale"
  fi
  rm -f "$LAST_RUN_FILE"
}

main() {
  cd "$REPO_ROOT"
  ensure_artifacts_dir
  clean_stale_run
  need_packages
  command -v dotnet >/dev/null || die "dotnet is not installed"
  rel_check_ports

  if [[ "${REL_NO_BUILD:-0}" != 1 ]]; then
    local project
    for project in src/Api src/Workers.Pdf src/Workers.Email tools/Reliability; do
      log "building $project (Release)"
      dotnet build "$project" -c Release -v quiet -nologo >/dev/null
    done
  fi

  REL_DIR=$(mktemp -d /tmp/re-reliability.XXXXXX)
  chmod 755 "$REL_DIR"
  echo "$REL_DIR" > "$LAST_RUN_FILE"
  export REL_DIR
  trap teardown EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  cd "$REL_DIR"

  export REL_RABBIT_USER=resume_export
  REL_RABBIT_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  REL_JWT_KEY=$(head -c 48 /dev/urandom | base64 | tr -d '/+=')
  export REL_RABBIT_PASSWORD REL_JWT_KEY
  log "run directory $REL_DIR; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  rel_rabbit_cluster_up
  rel_pg_up

  export REL_REPO_ROOT="$REPO_ROOT" REL_CTL="$HERE/ctl.sh" REL_PG_PORT REL_DB REL_DB_USER REL_VHOST
  REL_RABBIT_PORTS="$(rel_amqp_port 1),$(rel_amqp_port 2),$(rel_amqp_port 3)"
  REL_RABBIT_MANAGEMENT_PORTS="$(rel_mgmt_port 1),$(rel_mgmt_port 2),$(rel_mgmt_port 3)"
  export REL_RABBIT_PORTS REL_RABBIT_MANAGEMENT_PORTS
  export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium-headless-shell}"

  local started=$SECONDS rc=0
  mkdir -p "$KEEP_DIR"
  timeout --signal=TERM --kill-after=30 "$REL_TIMEOUT" \
    dotnet "$REPO_ROOT/tools/Reliability/bin/Release/net10.0/ResumeExport.Reliability.dll" \
    > >(tee "$KEEP_DIR/summary.log") 2>&1 &
  driver=$!
  wait "$driver" || rc=$?
  driver=""
  log "driver finished in $((SECONDS - started)) s with exit code $rc; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  (( rc == 124 )) && warn "the driver was stopped after REL_TIMEOUT=${REL_TIMEOUT} s"
  return "$rc"
}

main "$@"
