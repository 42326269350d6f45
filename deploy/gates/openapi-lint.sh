#!/usr/bin/env bash
# Gate: OpenAPI lint of the document the API generates.
#   1. up.sh postgres rabbitmq, build (unless RE_NO_BUILD=1) and start src/Api on $OPENAPI_PORT (5099),
#   2. wait up to 120 s for /openapi/v1.json, save it to artifacts/openapi/v1.json, stop the API,
#   3. lint it with @redocly/cli (pinned in deploy/tools/package.json), deploy/tools/redocly.yaml and the exceptions in
#      deploy/tools/.redocly.lint-ignore.yaml (which name that path).
# Usage: deploy/gates/openapi-lint.sh [--spec FILE]   (--spec: lint FILE, copied to that path, no API start)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
. "$HERE/../services/env.sh"
. "$HERE/../lib/openapi.sh"
TOOLS="$REPO_ROOT/deploy/tools"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true

install_redocly() {
  command -v npm >/dev/null || die "npm not found (install Node.js >= 20.19)"
  # npm ci only when node_modules is missing or older than the lock file.
  if [[ ! -x "$TOOLS/node_modules/.bin/redocly" || "$TOOLS/package-lock.json" -nt "$TOOLS/node_modules/.package-lock.json" ]]; then
    log "installing @redocly/cli into deploy/tools/node_modules"
    (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

main() {
  cd "$REPO_ROOT"
  ensure_artifacts_dir
  local spec="$ARTIFACTS_DIR/openapi/v1.json"
  if [[ "${1:-}" == --spec ]]; then
    local given
    given=$(realpath "${2:?usage: openapi-lint.sh --spec FILE}")
    mkdir -p "$(dirname "$spec")"
    [[ "$given" == "$(realpath -m "$spec")" ]] || cp "$given" "$spec"
  else
    fetch_openapi "$spec"
  fi
  install_redocly
  log "redocly lint ${spec#"$REPO_ROOT"/}"
  "$TOOLS/node_modules/.bin/redocly" lint --config "$TOOLS/redocly.yaml" "$spec"
}
main "$@"
