#!/usr/bin/env bash
# The single "run every test" command.
# Usage: deploy/test.sh [extra dotnet test args, e.g. --filter "FullyQualifiedName~Resumes"]
# Starts the services (up.sh), runs `dotnet test` on the solution with a TRX logger into a fresh
# results directory, keeps going when a project fails, sums every TRX file and prints as LAST line:
#   tests: N passed, N failed, N skipped
# Exit code: non-zero if any test failed, the build/test run failed, or no test ran.
# RE_NO_BUILD=1 : a current Release build of the solution exists (e.g. .ci/run after typecheck) -> --no-build.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/lib/common.sh"
. "$HERE/services/env.sh"

SOLUTION="${SOLUTION:-$REPO_ROOT/ResumeExport.sln}"
CONFIGURATION="${CONFIGURATION:-Release}"
SKIP_SERVICES="${SKIP_SERVICES:-0}"
RUN_ID="$(date +%Y%m%d-%H%M%S)-$$"
RESULTS_DIR="${RESULTS_DIR:-$ARTIFACTS_DIR/test-results/$RUN_ID}"

# sum_trx DIR: prints "passed failed skipped total" over all *.trx under DIR (from each <Counters .../>).
sum_trx() {
  local dir=$1 f counters
  local passed=0 failed=0 skipped=0 total=0
  attr() { local v; v=$(sed -n "s/.* $1=\"\\([0-9]*\\)\".*/\\1/p" <<<"$counters"); echo "${v:-0}"; }
  while IFS= read -r -d '' f; do
    counters=$(tr '\n' ' ' < "$f" | grep -o '<Counters [^>]*>' | head -n1 || true)
    [[ -n "$counters" ]] || { warn "no <Counters> in $f"; continue; }
    # skipped = the rest: VSTest leaves notExecuted at 0 for skipped/ignored/inconclusive tests
    # and only lowers `executed`, so total - passed - failed is the reliable count.
    local p f t
    p=$(attr passed); f=$(( $(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted) )); t=$(attr total)
    passed=$((passed + p)); failed=$((failed + f)); total=$((total + t))
    skipped=$((skipped + (t - p - f > 0 ? t - p - f : 0)))
  done < <(find "$dir" -name '*.trx' -type f -print0 2>/dev/null)
  echo "$passed $failed $skipped $total"
}

main() {
  cd "$REPO_ROOT"
  ensure_artifacts_dir
  (( SKIP_SERVICES )) || "$HERE/services/up.sh"

  rm -rf "$RESULTS_DIR"; mkdir -p "$RESULTS_DIR"
  local build_args=()
  [[ "${RE_NO_BUILD:-0}" == 1 ]] && build_args=(--no-build)

  log "dotnet test $(basename "$SOLUTION") -c $CONFIGURATION ${build_args[*]} $* -> $RESULTS_DIR"
  local rc=0
  # One TRX file per test project (default TRX names are made unique per project/run).
  dotnet test "$SOLUTION" -c "$CONFIGURATION" "${build_args[@]}" \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS_DIR" "$@" || rc=$?

  local passed failed skipped total trx_count
  read -r passed failed skipped total < <(sum_trx "$RESULTS_DIR")
  trx_count=$(find "$RESULTS_DIR" -name '*.trx' -type f | wc -l)
  log "dotnet test exit code $rc; $trx_count TRX file(s) in $RESULTS_DIR; $total test(s) in total"

  local status=0
  if (( failed > 0 )); then
    status=1
  elif (( rc != 0 )); then
    warn "dotnet test failed (exit $rc) without a failing test result: build error or crashed test host"
    status=1
  elif (( passed + failed == 0 )); then
    warn "no test ran"
    status=1
  fi
  echo "tests: $passed passed, $failed failed, $skipped skipped"
  return "$status"
}

# `deploy/test.sh --sum-only DIR` only sums the TRX files in DIR (used to check the summing).
if [[ "${1:-}" == --sum-only ]]; then
  read -r passed failed skipped total < <(sum_trx "${2:?usage: test.sh --sum-only DIR}")
  echo "tests: $passed passed, $failed failed, $skipped skipped"
  exit 0
fi
main "$@"
