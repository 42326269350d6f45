#!/usr/bin/env bash
# Gate: offline validation of the deployment files (no Docker engine or cluster needed). Installs what is missing
# (apt: yamllint, docker-compose, shellcheck; npm: deploy/gates/deploy-lint/package.json) and runs every check,
# reporting all failures at the end:
#   yaml        yamllint (deploy/gates/deploy-lint/yamllint.yaml) on deploy/compose, deploy/k8s, .github/workflows
#   dockerfile  dockerfile-utils lint (the VS Code Docker linter: syntax, arguments, flags) on deploy/docker/*.Dockerfile,
#               plus policy: multi-stage (>= 2 FROM), last USER not root, HEALTHCHECK, worker-pdf installs chromium + fonts
#   compose     `docker-compose config -q` (Debian's docker-compose 1.29: compose schema + interpolation), plus policy:
#               the expected services, each with a healthcheck (migrate excepted)
#   k8s         node validate-k8s.cjs: each document against its Kubernetes schema (kubernetes-models), plus policy:
#               every Deployment has liveness /health/live, readiness /health/ready, resource requests and limits;
#               a Job exists; the two workers have their own HorizontalPodAutoscaler
#   shell       shellcheck (warnings and errors) on deploy/docker/*.sh, deploy/release/*.sh, deploy/reliability/*.sh and the new gates
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
TOOLS="$HERE/deploy-lint"
cd "$REPO_ROOT"

failures=()
check() {   # check NAME CMD...: run, record the outcome
  local name=$1; shift
  log "deploy-lint: $name"
  if "$@"; then log "deploy-lint: $name passed"; else failures+=("$name"); log "deploy-lint: $name FAILED"; fi
}

install_apt() {   # install_apt CMD PACKAGE ...: pairs; installs only the missing ones
  local missing=()
  while (($#)); do command -v "$1" >/dev/null || missing+=("$2"); shift 2; done
  ((${#missing[@]})) || return 0
  log "installing ${missing[*]} (apt)"
  if ! apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null 2>&1; then
    apt-get update -qq -o DPkg::Lock::Timeout=600 >/dev/null
    apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
  fi
}

install_npm() {
  command -v npm >/dev/null || die "npm not found (install Node.js >= 20)"
  if [[ ! -d "$TOOLS/node_modules/kubernetes-models" || "$TOOLS/package-lock.json" -nt "$TOOLS/node_modules/.package-lock.json" ]]; then
    log "installing dockerfile-utils, kubernetes-models, yaml into deploy/gates/deploy-lint/node_modules"
    (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

lint_yaml() {
  yamllint -c "$TOOLS/yamllint.yaml" deploy/compose deploy/k8s .github/workflows
}

lint_dockerfiles() {
  local f ok=1 user
  for f in deploy/docker/*.Dockerfile; do
    "$TOOLS/node_modules/.bin/dockerfile-utils" lint "$f" || ok=0
    (( $(grep -cE '^FROM ' "$f") >= 2 )) || { echo "$f: not multi-stage (one FROM)"; ok=0; }
    user=$(grep -E '^USER ' "$f" | tail -n1 | awk '{print $2}')
    [[ -n $user && $user != root && $user != 0 && $user != 0:* && $user != root:* ]] \
      || { echo "$f: the final USER must be a non-root user (is '${user:-unset}')"; ok=0; }
    grep -qE '^HEALTHCHECK ' "$f" || { echo "$f: no HEALTHCHECK"; ok=0; }
  done
  for p in chromium fonts-noto-core fonts-noto-cjk fonts-dejavu-core fonts-lxgw-wenkai fonts-migmix fonts-nanum fonts-wqy-zenhei; do
    grep -qw -- "$p" deploy/docker/worker-pdf.Dockerfile || { echo "worker-pdf.Dockerfile: does not install $p"; ok=0; }
  done
  ((ok))
}

lint_compose() {
  local file=deploy/compose/docker-compose.yml ok=1 s cfg
  # The file has no signing key (JWT_SIGNING_KEY is required); a throw-away value lets the config check interpolate.
  local -x JWT_SIGNING_KEY=only-for-the-config-check
  docker-compose -f "$file" config -q || return 1
  cfg=$(docker-compose -f "$file" config)
  for s in postgres rabbitmq minio mailpit migrate api worker-pdf worker-email; do
    # The service's block in the normalized output: from "  <s>:" to the next two-space key.
    awk -v s="  $s:" '$0 == s { on = 1; next } on && /^  [^ ]/ { exit } on' <<<"$cfg" > /tmp/deploy-lint-svc.$$ 
    [[ -s /tmp/deploy-lint-svc.$$ ]] || { echo "$file: service '$s' is missing"; ok=0; continue; }
    [[ $s == migrate ]] || grep -q '^    healthcheck:' /tmp/deploy-lint-svc.$$ || { echo "$file: service '$s' has no healthcheck"; ok=0; }
  done
  rm -f /tmp/deploy-lint-svc.$$
  ((ok))
}

lint_k8s() {
  (cd "$TOOLS" && node validate-k8s.cjs "$REPO_ROOT"/deploy/k8s/*.yaml) || return 1
  (cd "$TOOLS" && node - "$REPO_ROOT"/deploy/k8s/*.yaml) <<'EOF'
const fs = require("fs"), YAML = require("yaml");
const docs = process.argv.slice(2).flatMap(f => YAML.parseAllDocuments(fs.readFileSync(f, "utf8")).map(d => d.toJS()).filter(Boolean));
let bad = 0; const err = m => { bad++; console.error(`  policy: ${m}`); };
const deployments = docs.filter(d => d.kind === "Deployment");
for (const want of ["api", "worker-pdf", "worker-email"]) if (!deployments.some(d => d.metadata.name === want)) err(`no Deployment '${want}'`);
for (const d of deployments) for (const c of d.spec.template.spec.containers) {
  const n = `${d.metadata.name}/${c.name}`;
  if (c.livenessProbe?.httpGet?.path !== "/health/live") err(`${n}: livenessProbe must GET /health/live`);
  if (c.readinessProbe?.httpGet?.path !== "/health/ready") err(`${n}: readinessProbe must GET /health/ready`);
  for (const k of ["requests", "limits"]) for (const r of ["cpu", "memory"]) if (!c.resources?.[k]?.[r]) err(`${n}: resources.${k}.${r} missing`);
  if (d.spec.template.spec.securityContext?.runAsNonRoot !== true) err(`${n}: pod securityContext.runAsNonRoot must be true`);
}
if (!docs.some(d => d.kind === "Job")) err("no migration Job");
for (const w of ["worker-pdf", "worker-email"])
  if (!docs.some(d => d.kind === "HorizontalPodAutoscaler" && d.spec.scaleTargetRef.name === w)) err(`no HorizontalPodAutoscaler for ${w}`);
console.log(`k8s policy: ${deployments.length} Deployment(s), ${bad} problem(s)`);
process.exit(bad ? 1 : 0);
EOF
}

lint_shell() {
  shellcheck -S warning deploy/docker/*.sh deploy/release/*.sh deploy/gates/package-semver.sh \
    deploy/gates/package-semver-selftest.sh deploy/gates/deploy-lint.sh deploy/gates/client-drift.sh deploy/lib/openapi.sh \
    deploy/reliability/*.sh
}

install_apt yamllint yamllint docker-compose docker-compose shellcheck shellcheck
install_npm
check yaml lint_yaml
check dockerfile lint_dockerfiles
check compose lint_compose
check k8s lint_k8s
check shell lint_shell

if ((${#failures[@]})); then
  die "deploy-lint: FAILED: ${failures[*]}"
fi
log "deploy-lint: all checks passed (yaml, dockerfile, compose, k8s, shell)"
