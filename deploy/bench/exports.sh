#!/usr/bin/env bash
# Export throughput benchmark (issue 4): raw Chromium print ceiling vs. the worker's render+store vs. end-to-end POST -> completed.
# Usage: bash deploy/bench/exports.sh [--count N] [--clients C] [--reuse-build]
# Starts PostgreSQL, RabbitMQ and checks Chromium (deploy/services/up.sh postgres rabbitmq chromium), then runs
# tools/Benchmarks `exports` in Release. It builds src/Api and src/Workers.Pdf in Release into $BENCH_STACK_DIR
# (/tmp/bench-stack: api/, pdf/; --reuse-build skips that when both dlls exist) and measures, one after the other:
#   1. the production ChromiumResumePdfRenderer printing a one-page classic resume N times (default 60) after a warm-up,
#      concurrency = Chromium MaxConcurrentPages: ms per page (median, p95) and pages/s  -> the ceiling;
#   2. the same renderer + LocalExportStorage into a temp dir: renders+stores per second;
#   3. the whole stack as separate processes (API + PDF worker) on a throw-away database bench_<random> and RabbitMQ vhost
#      bench-<random>: register, team plan, one resume, 3 warm-up exports, then N exports POSTed by C clients (default 4),
#      polled until completed: exports/s, latency p50/p95 (requestedAt -> completedAt).
# Prints a summary, the ratio end-to-end / raw and PASS/FAIL against the target (>= 0.5); last line starts `exports:`.
# Database, vhost, temp dirs and processes are removed at the end, also on failure or Ctrl-C.
# Configuration overrides are passed through to every phase, e.g. `Chromium__MaxConcurrentPages=3 Outbox__PollInterval=00:00:00.100 bash deploy/bench/exports.sh`.
# Output is also kept in artifacts/bench/exports-<date-time>.log, the API and worker logs of phase 3 beside it ($BENCH_LOG_DIR). About 2-3 minutes on 2 cores (plus the build).
# Exit code: 0 target met, 3 target missed, other non-zero = the run failed.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
. "$HERE/../services/env.sh"

main() {
  cd "$REPO_ROOT"
  "$REPO_ROOT/deploy/services/up.sh" postgres rabbitmq chromium
  ensure_artifacts_dir
  mkdir -p "$ARTIFACTS_DIR/bench"
  local log_file="$ARTIFACTS_DIR/bench/exports-$(date +%Y%m%d-%H%M%S).log"
  export BENCH_LOG_DIR="${BENCH_LOG_DIR:-$ARTIFACTS_DIR/bench}"
  log "exports benchmark (output also in $log_file); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet run -c Release --project "$REPO_ROOT/tools/Benchmarks" -- exports "$@" 2>&1 | tee "$log_file"
  return "${PIPESTATUS[0]}"
}

main "$@"
