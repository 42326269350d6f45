#!/usr/bin/env bash
# Migration job for the API image: run the API once with Database__ApplyMigrationsOnStartup=true on a loopback port.
# The API migrates and seeds (plans, templates) before it starts listening, so the first answer from /health/live
# means the database is ready: stop the API and exit 0. If the API exits first (migration failed), exit with its code.
# The API has no --migrate-only mode; this wrapper gives the same effect without changing it.
#   MIGRATE_PORT (8089), MIGRATE_TIMEOUT seconds (600)
set -euo pipefail
port="${MIGRATE_PORT:-8089}"
timeout="${MIGRATE_TIMEOUT:-600}"
export Database__ApplyMigrationsOnStartup=true
export Outbox__RelayEnabled=false
export ASPNETCORE_HTTP_PORTS="$port" ASPNETCORE_URLS="http://127.0.0.1:$port"

dotnet /app/ResumeExport.Api.dll &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null || true' TERM INT
deadline=$((SECONDS + timeout))
until curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$port/health/live" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then
    rc=0; wait "$pid" || rc=$?
    echo "migrate-and-exit: the API exited with code $rc before serving: migration failed" >&2
    exit $((rc == 0 ? 1 : rc))
  fi
  if ((SECONDS >= deadline)); then
    echo "migrate-and-exit: no answer after ${timeout}s" >&2
    kill -TERM "$pid" 2>/dev/null || true
    exit 1
  fi
  sleep 1
done
echo "migrate-and-exit: database migrated and seeded; stopping the API"
kill -TERM "$pid"
wait "$pid" || true
exit 0
