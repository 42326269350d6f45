#!/usr/bin/env bash
# The single "run the whole stack" command.
#   deploy/run-stack.sh [start] [--detach]   services up, Release build once, start API then workers, wait for
#                                            /health/ready; in the foreground Ctrl-C stops everything
#   deploy/run-stack.sh stop                 stop the three processes (pids in artifacts/pids/)
#   deploy/run-stack.sh status               show which of them run
# Logs: artifacts/logs/<name>.log.  The API migrates and seeds the demo data on start.
# The trace dashboard (Aspire Dashboard, http://127.0.0.1:18888) starts first and gets every process's traces, metrics
# and logs over OTLP; DASHBOARD=0 leaves it out.
# Secrets: a JWT signing key and webhook secrets made once per machine, outside git (deploy/lib/stack-secrets.sh).
# Billing: the mock provider, so plans can change; webhooks are verified with this machine's secrets.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/lib/common.sh"
. "$HERE/services/env.sh"
. "$HERE/lib/stack-secrets.sh"

API_PORT="${API_PORT:-5080}"
WORKER_PDF_PORT="${WORKER_PDF_PORT:-5081}"
WORKER_EMAIL_PORT="${WORKER_EMAIL_PORT:-5082}"
READY_TIMEOUT="${READY_TIMEOUT:-180}"
LOG_DIR="$ARTIFACTS_DIR/logs"
PID_DIR="$ARTIFACTS_DIR/pids"
NAMES=(api workers-pdf workers-email)   # start order; stopped in reverse

project_of() { case $1 in api) echo src/Api ;; workers-pdf) echo src/Workers.Pdf ;; workers-email) echo src/Workers.Email ;; esac; }
port_of()    { case $1 in api) echo "$API_PORT" ;; workers-pdf) echo "$WORKER_PDF_PORT" ;; workers-email) echo "$WORKER_EMAIL_PORT" ;; esac; }
service_of() { case $1 in api) echo resume-export-api ;; workers-pdf) echo resume-export-worker-pdf ;; workers-email) echo resume-export-worker-email ;; esac; }

# ---------------------------------------------------------------- trace dashboard
# The standalone Aspire Dashboard: a self-contained Linux executable shipped in the NuGet package
# Aspire.Dashboard.Sdk.linux-x64 (version pinned in deploy/tools/dashboard/Dashboard.Download.csproj, restored once into
# the NuGet packages folder). Loopback only and without login: for a developer's machine, never a shared host.
DASHBOARD="${DASHBOARD:-1}"
DASHBOARD_PORT="${DASHBOARD_PORT:-18888}"                 # UI, and its telemetry API under /api/telemetry
DASHBOARD_OTLP_PORT="${DASHBOARD_OTLP_PORT:-18889}"       # OTLP/gRPC: what the three processes export to
DASHBOARD_OTLP_HTTP_PORT="${DASHBOARD_OTLP_HTTP_PORT:-18890}"  # OTLP/HTTP (protobuf), for other local tools

dashboard_executable() {   # prints the dashboard's path, restoring its package first if needed
  local project="$REPO_ROOT/deploy/tools/dashboard/Dashboard.Download.csproj" version packages exe
  version=$(sed -n 's/.*"Aspire.Dashboard.Sdk.linux-x64" Version="\[\([^]]*\)\]".*/\1/p' "$project")
  packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
  exe="${packages%/}/aspire.dashboard.sdk.linux-x64/$version/tools/Aspire.Dashboard"
  if [[ ! -f "$exe" ]]; then
    log "fetching the Aspire dashboard $version from NuGet (once)" >&2
    dotnet restore "$project" -v quiet -nologo >&2
  fi
  [[ -x "$exe" ]] || chmod +x "$exe"
  echo "$exe"
}

start_dashboard() {
  (( DASHBOARD )) || return 0
  local url="http://127.0.0.1:$DASHBOARD_PORT" exe
  exe=$(dashboard_executable)
  start_bg dashboard "$LOG_DIR/dashboard.log" "$PID_DIR/dashboard.pid" \
    env ASPNETCORE_URLS="$url" \
    ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://127.0.0.1:$DASHBOARD_OTLP_PORT" \
    ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL="http://127.0.0.1:$DASHBOARD_OTLP_HTTP_PORT" \
    ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true \
    "$exe"
  if ! wait_http "$url/api/telemetry/resources" "$READY_TIMEOUT" "$(cat "$PID_DIR/dashboard.pid")"; then
    tail -n 40 "$LOG_DIR/dashboard.log" >&2 || true
    stop_bg "$PID_DIR/dashboard.pid" dashboard
    die "the dashboard did not answer at $url (log: $LOG_DIR/dashboard.log)"
  fi
  log "dashboard ready at $url"
  # Inherited by the three processes: the standard OpenTelemetry variables, nothing of ours.
  export OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$DASHBOARD_OTLP_PORT" OTEL_EXPORTER_OTLP_PROTOCOL=grpc
  export OTEL_METRIC_EXPORT_INTERVAL="${OTEL_METRIC_EXPORT_INTERVAL:-5000}"   # ms; the SDK default is a minute
}

dashboard_banner() {
  if (( DASHBOARD )); then
    echo "  Dashboard     http://127.0.0.1:$DASHBOARD_PORT (traces, metrics, logs; OTLP gRPC :$DASHBOARD_OTLP_PORT, HTTP :$DASHBOARD_OTLP_HTTP_PORT)"
  else
    echo "  Dashboard     off (DASHBOARD=0): no telemetry is exported"
  fi
}

stop_all() {
  local i
  for (( i=${#NAMES[@]}-1; i>=0; i-- )); do stop_bg "$PID_DIR/${NAMES[i]}.pid" "${NAMES[i]}"; done
  stop_bg "$PID_DIR/dashboard.pid" dashboard   # last: the processes flush their telemetry to it on the way out
}

status_all() {
  local n pid
  for n in "${NAMES[@]}"; do
    pid=$(cat "$PID_DIR/$n.pid" 2>/dev/null || true)
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      echo "$n: running (pid $pid, http://127.0.0.1:$(port_of "$n"))"
    else
      echo "$n: stopped"
    fi
  done
  pid=$(cat "$PID_DIR/dashboard.pid" 2>/dev/null || true)
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then echo "dashboard: running (pid $pid, http://127.0.0.1:$DASHBOARD_PORT)"; else echo "dashboard: stopped"; fi
}

start_one() {   # start_one NAME [ENV=VALUE...]
  local name=$1; shift
  local url
  url="http://127.0.0.1:$(port_of "$name")"
  # cd into the project so its content root (appsettings*.json) is the project folder.
  start_bg "$name" "$LOG_DIR/$name.log" "$PID_DIR/$name.pid" \
    env ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development ASPNETCORE_URLS="$url" OTEL_SERVICE_NAME="$(service_of "$name")" "$@" \
    bash -c 'cd "$1" && exec dotnet run -c Release --no-build --no-launch-profile --urls "$2"' _ \
    "$REPO_ROOT/$(project_of "$name")" "$url"
  if ! wait_http "$url/health/ready" "$READY_TIMEOUT" "$(cat "$PID_DIR/$name.pid")"; then
    tail -n 40 "$LOG_DIR/$name.log" >&2 || true
    stop_all
    die "$name did not become ready at $url/health/ready (log: $LOG_DIR/$name.log)"
  fi
  log "$name ready at $url"
}

# ---- secrets and billing (issue 12): the API signs tokens and verifies webhooks with this machine's secrets only.
export BILLING_PROVIDER="${BILLING_PROVIDER:-mock}"
start_api_with_secrets() {
  ensure_stack_secrets
  log "stack secrets: $(stack_secrets_file) (mode 600, made once per machine, never committed)"
  # Exported for the API's start only (not on a command line, where ps would show them), then dropped.
  export Jwt__SigningKey="$STACK_JWT_SIGNING_KEY"
  export Billing__Stripe__WebhookSecret="$STACK_STRIPE_WEBHOOK_SECRET"
  export Billing__Paddle__WebhookSecret="$STACK_PADDLE_WEBHOOK_SECRET"
  start_one api "$@"
  unset Jwt__SigningKey Billing__Stripe__WebhookSecret Billing__Paddle__WebhookSecret
}

print_billing_help() {
  cat <<HELP
  Billing       BILLING_PROVIDER=$BILLING_PROVIDER; upgrade a signed-in user (token from POST /api/auth/login):
                  curl -X POST http://127.0.0.1:$API_PORT/api/billing/subscription/change -H "Authorization: Bearer \$TOKEN" \\
                       -H 'Content-Type: application/json' -d '{"planCode":"pro"}'
                or send a webhook signed with this machine's secret (stripe or paddle):
                  bash deploy/tools/send-test-webhook.sh demo@resumeexport.local pro [stripe|paddle]
HELP
}

start_all() {
  local detach=$1
  cd "$REPO_ROOT"
  ensure_artifacts_dir
  mkdir -p "$LOG_DIR" "$PID_DIR"
  stop_all   # idempotent: a second start replaces the first
  "$HERE/services/up.sh"
  log "building the solution (Release)"
  dotnet build ResumeExport.sln -c Release -v quiet -nologo

  trap 'echo; log "stopping the stack"; stop_all; exit 0' INT TERM
  start_dashboard
  start_api_with_secrets Database__ApplyMigrationsOnStartup=true Database__SeedDemoData=true
  start_one workers-pdf
  start_one workers-email

  cat <<INFO

ResumeExport stack is running
  API           http://127.0.0.1:$API_PORT
  API reference http://127.0.0.1:$API_PORT/scalar/v1
  OpenAPI       http://127.0.0.1:$API_PORT/openapi/v1.json
  PDF worker    http://127.0.0.1:$WORKER_PDF_PORT/health/ready
  Email worker  http://127.0.0.1:$WORKER_EMAIL_PORT/health/ready
  Demo user     demo@resumeexport.local / Demo-password-1
  Mail catcher  SMTP $SMTP_HOST:$SMTP_PORT (maildev; web http://$SMTP_HOST:$SMTP_WEB_PORT)
  Logs          ${LOG_DIR#"$REPO_ROOT"/}/{api,workers-pdf,workers-email}.log
$(dashboard_banner)
INFO
  print_billing_help
  if (( detach )); then
    trap - INT TERM
    echo "  Stop with     deploy/run-stack.sh stop"
    return 0
  fi
  echo "  Press Ctrl-C to stop (or run deploy/run-stack.sh stop from another shell)."
  # Stay in the foreground until one process exits (or Ctrl-C), then stop the rest.
  while :; do
    local n pid
    for n in "${NAMES[@]}"; do
      if [[ ! -f "$PID_DIR/$n.pid" ]]; then   # removed by `deploy/run-stack.sh stop`
        log "stack stopped from elsewhere"; stop_all; exit 0
      fi
      pid=$(cat "$PID_DIR/$n.pid")
      if ! kill -0 "$pid" 2>/dev/null; then
        log "$n exited on its own (log: $LOG_DIR/$n.log); stopping the stack"
        stop_all; exit 1
      fi
    done
    sleep 2
  done
}

cmd=start detach=0
for arg in "$@"; do
  case $arg in
    start|stop|status) cmd=$arg ;;
    -d|--detach) detach=1 ;;
    *) die "usage: deploy/run-stack.sh [start [--detach] | stop | status]" ;;
  esac
done
case $cmd in
  start)  start_all "$detach" ;;
  stop)   stop_all; log "stack stopped" ;;
  status) status_all ;;
esac
