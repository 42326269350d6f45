#!/usr/bin/env bash
# Export benchmark (issue 11): what this machine's Chromium can print, what our renderer and the whole stack make of it,
# a Node peer in the same run, API load, outbox lag and each process's peak memory.
# Usage: bash deploy/bench/exports.sh [--count N] [--clients C] [--connections L] [--load-seconds S] [--steady-seconds S]
#                                     [--recipients R] [--printers-only] [--reuse-build] [--status-wait-only]
# Starts PostgreSQL and RabbitMQ and checks Chromium (deploy/services/up.sh postgres rabbitmq chromium), installs the
# Node peer (`npm ci` in tools/bench-peer: puppeteer-core, pinned, no browser download), then runs tools/Benchmarks
# `exports` in Release. It builds src/Api, src/Workers.Pdf and src/Workers.Email in Release into $BENCH_STACK_DIR
# (/tmp/bench-stack; --reuse-build skips that when the dlls exist) and measures, one after the other, the same one-page
# classic resume (the HTML our renderer prints) at concurrency = Chromium MaxConcurrentPages:
#   1. ceiling: PuppeteerSharp directly (none of our code) on warm pages, same flags, guards and PDF options;
#   2. peer:    Node puppeteer-core on warm pages, same binary, flags, guards and PDF options;
#   3. ours:    the production ChromiumResumePdfRenderer + LocalExportStorage (render+store);
#   3d. ours:   the production document writers (DOCX, Markdown, text, as the worker registers them) + LocalExportStorage,
#      10x as many documents at the same concurrency; rate and CPU per document beside the PDF's;
#      (ceiling and peer run twice, before and after ours, and keep their better round)
#   then the whole stack as separate processes (API, PDF worker, e-mail worker with an SMTP sink) on a throw-away
#   database bench_<random> and RabbitMQ vhost bench-<random>, L users (default 64) on the team plan:
#   4. end-to-end: after W warm-up exports (default 100; their cost is printed as the cold start), N exports (default 60)
#      POSTed by C clients (default 4), requestedAt -> completedAt;
#      Every export of a measured phase prints a resume of its own (same layout, a numbered title): an unchanged version
#      exported again is not rendered but takes the stored file (decision 35), which phase 4r measures instead;
#   4d. end-to-end per document format, each by a user of its own: 20 warm-up exports, then 5xN DOCX / Markdown / text exports
#      (render-export-document, no Chromium), documents/s and CPU per document;
#   4r. reused: one version rendered once, then N exports of it unchanged: latency and CPU per export beside a fresh render;
#   5. steady rate: exports offered at half the end-to-end maximum for ~S s (default 20), p95 POST -> completed;
#   6. e-mail: one bulk apply of R applications (default 20) waiting for a new PDF, sent through the e-mail worker;
#   6s. status wait (decision 30): N/2 exports by C clients at once, POST -> completion seen by the client over the
#      Server-Sent Events stream, then as many polling GET /api/resumes/exports/{id} once per second: latency median
#      and p95 and API CPU per export for each, and their ratio (renders mostly reused: it measures the wait);
#      --status-wait-only runs just this (N exports each way) on a stack of its own, no printers, no targets;
#      then both workers stop;
#   7. API load at L connections for S s each (default 10, after 5 s warm-up): GET /api/resumes/{id},
#      GET /api/resumes/exports/{id}, POST /api/resumes/{id}/exports, and the outbox lag of the POST run;
#   7p. both GETs again on the API restarted without prepared statements, with them, and without (decision 42).
#   Peak memory of every process is sampled throughout (the PDF worker with its Chromium tree: RSS summed and PSS).
# Prints each phase, a summary, the ratios and every target of issue 26 met or missed (render+store >= 0.9x ceiling
# and >= the Node peer, end-to-end >= 0.6x ceiling, .NET CPU per export <= 15 ms, GET resume, enqueue, memory), and for each document format
# "each >= 5x the PDF rate" (render+store and end-to-end) met or missed; the last line starts `exports:`.
# Settings of the stack: deploy/bench/stack.env; anything set in the environment wins and is passed to every process,
# e.g. `Chromium__MaxConcurrentPages=3 Outbox__PollInterval=00:00:00.100 bash deploy/bench/exports.sh`.
# Database, vhost, temp dirs and processes are removed at the end, also on failure or Ctrl-C.
# Output is also kept in artifacts/bench/exports-<date-time>.log, the processes' logs beside it ($BENCH_LOG_DIR).
# About 4-5 minutes on 2 cores (plus the build). Hold the shared lock: flock /tmp/re-heavy.lock bash deploy/bench/exports.sh
# Exit code: 0 every target met, 3 a target missed, other non-zero = the run failed.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
. "$HERE/../services/env.sh"

main() {
  cd "$REPO_ROOT"
  "$REPO_ROOT/deploy/services/up.sh" postgres rabbitmq chromium
  log "installing the Node peer (npm ci in tools/bench-peer)"
  (cd "$REPO_ROOT/tools/bench-peer" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
  ensure_artifacts_dir
  mkdir -p "$ARTIFACTS_DIR/bench"
  local log_file="$ARTIFACTS_DIR/bench/exports-$(date +%Y%m%d-%H%M%S).log"
  export BENCH_LOG_DIR="${BENCH_LOG_DIR:-$ARTIFACTS_DIR/bench}"
  log "exports benchmark (output also in $log_file); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet run -c Release --project "$REPO_ROOT/tools/Benchmarks" -- exports "$@" 2>&1 | tee "$log_file"
  return "${PIPESTATUS[0]}"
}

main "$@"
