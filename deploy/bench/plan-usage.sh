#!/usr/bin/env bash
# Plan-usage benchmark: is the daily usage query flat from 10k to 1M SystemLog rows?
# Usage: bash deploy/bench/plan-usage.sh
# Starts PostgreSQL (deploy/services/up.sh postgres), then runs tools/Benchmarks `plan-usage` in Release: it creates a
# throw-away database bench_<random>, migrates and seeds it, COPYs 10k users and 10k -> 1M system_logs rows, times the
# real PlanUsageReader (median/p95 of 200 users after a warm-up), prints EXPLAIN (ANALYZE, BUFFERS) at 1M rows and drops
# the database (also on failure). Last line: `plan-usage: 10k rows median ... | 1M rows median ... | ratio R ...`.
# Output is also kept in artifacts/bench/plan-usage-<date-time>.log. A few minutes on 2 cores.
# Exit code: non-zero when the run failed or the plan did not use ix_system_logs_user_day.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
. "$HERE/../services/env.sh"

main() {
  cd "$REPO_ROOT"
  "$REPO_ROOT/deploy/services/up.sh" postgres
  ensure_artifacts_dir
  mkdir -p "$ARTIFACTS_DIR/bench"
  local log_file="$ARTIFACTS_DIR/bench/plan-usage-$(date +%Y%m%d-%H%M%S).log"
  log "plan-usage benchmark (output also in $log_file)"
  dotnet run -c Release --project "$REPO_ROOT/tools/Benchmarks" -- plan-usage 2>&1 | tee "$log_file"
  return "${PIPESTATUS[0]}"
}

main "$@"
