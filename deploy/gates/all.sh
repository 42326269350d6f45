#!/usr/bin/env bash
# All quality gates in order; stops at the first failure with a clear message.
#   typecheck -> lint -> arch -> openapi-lint -> client-drift (TypeScript client types match the API)
#   -> package-semver -> package-semver-selftest -> release-notes -> deploy-lint (templates package and delivery)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"

for gate in typecheck lint arch openapi-lint client-drift package-semver package-semver-selftest release-notes deploy-lint; do
  log "gate $gate: start"
  start=$SECONDS
  if ! "$HERE/$gate.sh"; then
    log "gate $gate: FAILED after $((SECONDS - start))s  (re-run alone: deploy/gates/$gate.sh)"
    exit 1
  fi
  log "gate $gate: passed in $((SECONDS - start))s"
  # typecheck just built the whole solution in Release: later gates reuse it.
  [[ $gate == typecheck ]] && export RE_NO_BUILD=1
done
log "all gates passed"
