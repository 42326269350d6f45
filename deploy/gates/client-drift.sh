#!/usr/bin/env bash
# Gate: the committed TypeScript client (clients/typescript) matches the API.
#   1. save the OpenAPI document the built API generates (deploy/lib/openapi.sh, as the openapi-lint gate does),
#   2. npm ci in clients/typescript when needed, regenerate src/generated/schema.d.ts from it with openapi-typescript,
#   3. fail when that file differs from the committed one (the API changed, the client was not regenerated),
#   4. type-check the client and its contract test against the regenerated types (tsc --noEmit).
# Usage: deploy/gates/client-drift.sh [--update]   (--update: regenerate without failing, to commit the result)
# Either way the regenerated file is left in the work tree, so `git diff` shows what changed in the API.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
. "$HERE/../services/env.sh"
. "$HERE/../lib/openapi.sh"
CLIENT="$REPO_ROOT/clients/typescript"
SCHEMA=src/generated/schema.d.ts

main() {
  local update=0
  [[ "${1:-}" == --update ]] && update=1
  cd "$REPO_ROOT"
  ensure_artifacts_dir
  local spec="$ARTIFACTS_DIR/openapi/v1.json"
  fetch_openapi "$spec"
  npm_ci_if_stale "$CLIENT"
  log "openapi-typescript ${spec#"$REPO_ROOT"/} -> clients/typescript/$SCHEMA"
  (cd "$CLIENT" && node_modules/.bin/openapi-typescript "$spec" --output "$SCHEMA")

  local changes
  changes=$(git status --porcelain -- "clients/typescript/$SCHEMA")
  if [[ -n "$changes" ]] && (( ! update )); then
    git --no-pager diff --stat -- "clients/typescript/$SCHEMA" || true
    die "clients/typescript/$SCHEMA is out of date with the API: run deploy/gates/client-drift.sh --update and commit the result"
  fi
  [[ -z "$changes" ]] || log "clients/typescript/$SCHEMA regenerated: review and commit it"

  log "tsc --noEmit (the client and its contract test against the generated types)"
  (cd "$CLIENT" && node_modules/.bin/tsc -p tsconfig.json --noEmit)
  log "client types match the API"
}
main "$@"
