#!/usr/bin/env bash
# Soak (issue 26 item 3): N exports (default 10,000) through the real stack at a fixed rate, memory of every process
# sampled throughout. Outside CI: it takes ~half an hour at the default and holds the shared lock the whole time.
# Usage: bash deploy/bench/soak.sh [--exports N] [--rate R] [--warmup W] [--sample-seconds S] [--reuse-build]
# Takes /tmp/re-heavy.lock (RE_HEAVY_LOCK to change it) itself, unless run with RE_HEAVY_LOCKED=1 by a caller holding it.
# The stack is the exports benchmark's (tools/Benchmarks: BenchStack, deploy/bench/stack.env, built into
# $BENCH_STACK_DIR, --reuse-build skips the build when the dlls exist), one user on the team plan with its limits lifted.
#   1. warm-up: W exports (default 100), then 60 exports by 4 clients: the end-to-end rate;
#   2. the soak: N exports, each of a resume of its own (a fresh render), POSTed open loop at R/s (default half the
#      end-to-end rate), while the API, PDF worker, e-mail worker and the worker's Chromium tree are sampled every S s
#      (default 5): RSS (Chromium summed over its processes, and its PSS) and the browser's pid (a recycle shows);
# then prints the curve, the least-squares slope of each process's RSS after the first fifth of the exports (MB per
# 1,000 exports ± its standard error), the failed count, p95 POST -> completed per tenth of the run, and each target:
# no growth (slope within two standard errors of zero, or adding under 5 % of the mean per 10,000 exports), 0 failed,
# p95 <= 1 s in every tenth.
# Settings of the stack: deploy/bench/stack.env, then the environment (e.g. Chromium__RecycleBrowserAfterRenders=500).
# Output is kept in artifacts/bench/soak-<date-time>.log. Exit code: 0 every target met, 3 a target missed, other = failed.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
. "$HERE/../services/env.sh"

if [[ -z "${RE_HEAVY_LOCKED:-}" ]]; then
  RE_HEAVY_LOCKED=1 exec flock "${RE_HEAVY_LOCK:-/tmp/re-heavy.lock}" bash "${BASH_SOURCE[0]}" "$@"
fi

main() {
  cd "$REPO_ROOT"
  "$REPO_ROOT/deploy/services/up.sh" postgres rabbitmq chromium
  ensure_artifacts_dir
  mkdir -p "$ARTIFACTS_DIR/bench"
  local log_file="$ARTIFACTS_DIR/bench/soak-$(date +%Y%m%d-%H%M%S).log"
  export BENCH_LOG_DIR="${BENCH_LOG_DIR:-$ARTIFACTS_DIR/bench}"
  # One access token serves the whole soak: the longest lifetime the API accepts (a soak past an hour needs shortening).
  export Jwt__AccessTokenLifetime="${Jwt__AccessTokenLifetime:-01:00:00}"
  log "soak (output also in $log_file); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet run -c Release --project "$REPO_ROOT/tools/Benchmarks" -- soak "$@" 2>&1 | tee "$log_file"
  return "${PIPESTATUS[0]}"
}

main "$@"
