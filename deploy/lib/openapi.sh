# shellcheck shell=bash
# fetch_openapi OUT: save the OpenAPI document the built API generates to OUT. Source after lib/common.sh and
# services/env.sh. Starts PostgreSQL and RabbitMQ (up.sh), builds src/Api unless RE_NO_BUILD=1, runs the API on
# $OPENAPI_PORT (default 5099) until it serves /openapi/v1.json (up to $OPENAPI_TIMEOUT s, default 120), then stops it.
# Used by the openapi-lint and client-drift gates, so both judge the same document.
fetch_openapi() {
  local out=$1 api_dir="$REPO_ROOT/src/Api" port="${OPENAPI_PORT:-5099}" timeout="${OPENAPI_TIMEOUT:-120}"
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
    "$api_dir" "http://127.0.0.1:$port"
  local url="http://127.0.0.1:$port/openapi/v1.json"
  if ! wait_http "$url" "$timeout" "$(cat "$pidfile")"; then
    tail -n 40 "$logfile" >&2 || true
    die "API did not serve $url (log: $logfile)"
  fi
  mkdir -p "$(dirname "$out")"
  curl -fsS "$url" -o "$out"
  log "saved $url to ${out#"$REPO_ROOT"/}"
  stop_bg "$pidfile" openapi-api
  trap - EXIT
}

# npm_ci_if_stale DIR: `npm ci` in DIR when node_modules is missing or older than package-lock.json.
npm_ci_if_stale() {
  local dir=$1
  command -v npm >/dev/null || die "npm not found (install Node.js >= 20)"
  if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    log "installing ${dir#"$REPO_ROOT"/}/node_modules (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
