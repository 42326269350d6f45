# shellcheck shell=bash
# Helpers shared by the deploy/ scripts. Source it; it sets REPO_ROOT and the .NET CLI quiet variables.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export REPO_ROOT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive

log()  { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }

# artifacts/ at the repo root holds logs, pids, test results and the OpenAPI document.
# It carries its own .gitignore ("*"), so nothing in it is ever committed.
ARTIFACTS_DIR="${ARTIFACTS_DIR:-$REPO_ROOT/artifacts}"
ensure_artifacts_dir() {
  mkdir -p "$ARTIFACTS_DIR"
  [[ -f "$ARTIFACTS_DIR/.gitignore" ]] || printf '*\n' > "$ARTIFACTS_DIR/.gitignore"
}

# wait_http URL TIMEOUT_S [PID] [CURL_ARGS...]: poll until URL answers 2xx; fail early if PID dies.
wait_http() {
  local url=$1 timeout=$2 pid=${3:-} ; shift 3 || shift $#
  local deadline=$((SECONDS + timeout))
  until curl -fsS -o /dev/null --max-time 5 "$@" "$url" 2>/dev/null; do
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      warn "process $pid exited while waiting for $url"; return 1
    fi
    (( SECONDS < deadline )) || { warn "timed out after ${timeout}s waiting for $url"; return 1; }
    sleep 1
  done
}

# Start a command in its own process group (so the whole tree can be stopped), logging to a file.
# start_bg NAME LOGFILE PIDFILE CMD...   (the pid written is also the process group id)
start_bg() {
  local name=$1 logfile=$2 pidfile=$3; shift 3
  mkdir -p "$(dirname "$logfile")" "$(dirname "$pidfile")"
  setsid "$@" >"$logfile" 2>&1 < /dev/null &
  echo $! > "$pidfile"
  log "started $name (pid $!, log $logfile)"
}

# stop_bg PIDFILE [NAME]: TERM the process group, wait up to 20 s, then KILL. Removes the pid file.
stop_bg() {
  local pidfile=$1 name=${2:-$(basename "$1" .pid)} pid
  [[ -f "$pidfile" ]] || return 0
  pid=$(cat "$pidfile")
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      warn "$name (pid $pid) did not stop in 20 s, killing"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    log "stopped $name (pid $pid)"
  fi
  rm -f "$pidfile"
}
