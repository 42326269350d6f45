#!/usr/bin/env bash
# Proof that deploy/gates/package-semver.sh catches what it should, on a scratch copy of src/Templates
# (the repository is never modified):
#   1. the copy as it is                                          -> must PASS
#   2. a public member renamed (ResumeTemplates.Keys -> TemplateKeys) and a public type removed from the surface (ResumeSectionKinds made internal)
#      at the baseline's version                              -> must FAIL (api-compat)
#   3. same break, major bumped to <baseline major + 1>.0.0 and no CHANGELOG.md entry for it -> must FAIL (changelog)
#   4. same break, major bumped and a CHANGELOG.md entry added   -> must PASS
# Prints each outcome; exits 0 only when all four behaved as expected. Scratch dir: mktemp (SELFTEST_KEEP=1 keeps it).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
GATE="$HERE/package-semver.sh"

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/package-semver-selftest.XXXXXX")
cleanup() { [[ "${SELFTEST_KEEP:-0}" == 1 ]] && log "scratch kept: $SCRATCH" || rm -rf "$SCRATCH"; }
trap cleanup EXIT

# The scratch root mirrors the repository layout that the project's build needs.
mkdir -p "$SCRATCH/src" "$SCRATCH/packages"
cp -r "$REPO_ROOT/src/Templates" "$SCRATCH/src/"
rm -rf "$SCRATCH/src/Templates/bin" "$SCRATCH/src/Templates/obj"
cp -r "$REPO_ROOT/packages/baseline" "$SCRATCH/packages/"
for f in Directory.Build.props Directory.Packages.props global.json .editorconfig NuGet.config nuget.config; do
  [[ -f "$REPO_ROOT/$f" ]] && cp "$REPO_ROOT/$f" "$SCRATCH/"
done
# Own build output: never shares obj/ with the real tree or with another build (RE_ARTIFACTS from outside is ignored).
export RE_ARTIFACTS="$SCRATCH/artifacts/build"

CSPROJ="$SCRATCH/src/Templates/Templates.csproj"
CHANGELOG="$SCRATCH/src/Templates/CHANGELOG.md"
baseline=$(dotnet msbuild "$CSPROJ" -nologo -getProperty:PackageValidationBaselineVersion)
next_major="$(( ${baseline%%.*} + 1 )).0.0"

results=() ok=1
run_case() {   # run_case NAME EXPECTED(pass|fail)
  local name=$1 expected=$2 out rc=0
  log "---- case: $name (expected: ${expected^^})"
  out=$("$GATE" --root "$SCRATCH" 2>&1) || rc=$?
  sed 's/^/    | /' <<<"$out"
  local got=pass; ((rc == 0)) || got=fail
  if [[ $got == "$expected" ]]; then
    results+=("ok        $name: ${got^^} as expected")
  else
    results+=("WRONG     $name: ${got^^}, expected ${expected^^}"); ok=0
  fi
  # A failure must name the right check.
  if [[ $expected == fail && $got == fail && -n ${3:-} ]] && ! grep -q "FAILED $3" <<<"$out"; then
    results+=("WRONG     $name: failed, but not with check '$3'"); ok=0
  fi
}

run_case "unchanged copy" pass

# Break the public API: rename a public member, and take a public type out of the surface (made internal). The copy
# is first set to the baseline's version, so the case holds whatever major the working tree is at.
sed -i -E "s#<Version>[^<]*</Version>#<Version>$baseline</Version>#" "$CSPROJ"
sed -i 's/\bKeys\b/TemplateKeys/g' "$SCRATCH/src/Templates/ResumeTemplates.cs"
sed -i 's/^public static class ResumeSectionKinds/internal static class ResumeSectionKinds/' "$SCRATCH/src/Templates/ResumeSectionKinds.cs"
grep -q '^internal static class ResumeSectionKinds' "$SCRATCH/src/Templates/ResumeSectionKinds.cs" || die "could not edit the scratch copy"
run_case "public API broken, version $baseline" fail api-compat

sed -i -E "s#<Version>[^<]*</Version>#<Version>$next_major</Version>#" "$CSPROJ"
# The working tree may already be at that major with its entry: take the entry's heading out of the copy.
sed -i "/^## \[${next_major//./\\.}\]/d" "$CHANGELOG"
run_case "public API broken, version $next_major, no changelog entry" fail changelog

awk -v v="$next_major" -v d="$(date +%F)" '
  !done && /^## \[[0-9]/ { print "## [" v "] - " d "\n\n### Breaking changes\n- ResumeTemplates.Keys renamed to TemplateKeys; ResumeSectionKinds is no longer public.\n"; done = 1 }
  { print }' "$CHANGELOG" > "$CHANGELOG.new" && mv "$CHANGELOG.new" "$CHANGELOG"
run_case "public API broken, version $next_major, changelog entry" pass

log "---- package-semver self-test"
printf '  %s\n' "${results[@]}"
if ((ok)); then log "package-semver self-test: passed"; else die "package-semver self-test: FAILED"; fi
