#!/usr/bin/env bash
# Gate: OpenAPI lint of the document the API generates.
#   1. up.sh postgres rabbitmq, build (unless RE_NO_BUILD=1) and start src/Api on $OPENAPI_PORT (5099),
#   2. wait up to 120 s for /openapi/v1.json, save it to artifacts/openapi/v1.json, stop the API,
#   3. lint it with @redocly/cli (pinned in deploy/tools/package.json) and deploy/tools/redocly.yaml.
# Usage: deploy/gates/openapi-lint.sh [--spec FILE]   (--spec: lint FILE only, no API start)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
. "$HERE/../services/env.sh"
TOOLS="$REPO_ROOT/deploy/tools"
OPENAPI_PORT="${OPENAPI_PORT:-5099}"
OPENAPI_TIMEOUT="${OPENAPI_TIMEOUT:-120}"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true

install_redocly() {
  command -v npm >/dev/null || die "npm not found (install Node.js >= 20.19)"
  # npm ci only when node_modules is missing or older than the lock file.
  if [[ ! -x "$TOOLS/node_modules/.bin/redocly" || "$TOOLS/package-lock.json" -nt "$TOOLS/node_modules/.package-lock.json" ]]; then
    log "installing @redocly/cli into deploy/tools/node_modules"
    (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

fetch_spec() {   # fetch_spec OUT: start the API, save its OpenAPI document to OUT, stop the API
  local out=$1 api_dir="$REPO_ROOT/src/Api"
  [[ -d "$api_dir" ]] || die "src/Api not found"
  "$REPO_ROOT/deploy/services/up.sh" postgres rabbitmq
  if [[ "${RE_NO_BUILD:-0}" != 1 ]]; then
    log "building src/Api (Release)"
    dotnet build "$api_dir" -c Release -v quiet -nologo
  fi
  local logfile="$ARTIFACTS_DIR/logs/openapi-api.log" pidfile="$ARTIFACTS_DIR/pids/openapi-api.pid"
  stop_bg "$pidfile" openapi-api   # a leftover from an interrupted run
  trap 'stop_bg "$pidfile" openapi-api' EXIT
  # cd into the project so the content root (appsettings*.json) is the project folder.
  # A throw-away signing key: the repository holds none, and this API only serves its document.
  start_bg openapi-api "$logfile" "$pidfile" env ASPNETCORE_ENVIRONMENT=Development \
    Jwt__SigningKey="$(od -An -N48 -tx1 /dev/urandom | tr -d ' \n')" \
    bash -c 'cd "$1" && exec dotnet run -c Release --no-build --no-launch-profile --urls "$2"' _ \
    "$api_dir" "http://127.0.0.1:$OPENAPI_PORT"
  local url="http://127.0.0.1:$OPENAPI_PORT/openapi/v1.json"
  if ! wait_http "$url" "$OPENAPI_TIMEOUT" "$(cat "$pidfile")"; then
    tail -n 40 "$logfile" >&2 || true
    die "API did not serve $url (log: $logfile)"
  fi
  mkdir -p "$(dirname "$out")"
  curl -fsS "$url" -o "$out"
  log "saved $url to ${out#"$REPO_ROOT"/}"
  stop_bg "$pidfile" openapi-api
  trap - EXIT
}

main() {
  cd "$REPO_ROOT"
  ensure_artifacts_dir
  local spec="$ARTIFACTS_DIR/openapi/v1.json"
  if [[ "${1:-}" == --spec ]]; then
    spec=$(realpath "${2:?usage: openapi-lint.sh --spec FILE}")
  else
    fetch_spec "$spec"
  fi
  install_redocly
  log "redocly lint ${spec#"$REPO_ROOT"/}"
  "$TOOLS/node_modules/.bin/redocly" lint --config "$TOOLS/redocly.yaml" "$spec"
}
main "$@"
