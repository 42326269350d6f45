#!/usr/bin/env bash
# Gate: SemVer of the templates package (src/Templates, NuGet id ResumeExport.Templates). Two checks, both always run:
#   1. api-compat: `dotnet pack` with .NET package validation against the committed baseline
#      (packages/baseline/<id>.<PackageValidationBaselineVersion>.nupkg, offline). With the baseline's major version
#      any public API break fails; a higher major switches the baseline comparison off (breaks are allowed).
#   2. changelog: the package's version has a non-empty `## [X.Y.Z]` section in src/Templates/CHANGELOG.md
#      (so a version change without a changelog entry fails).
# Usage: deploy/gates/package-semver.sh [--root DIR]
#   --root DIR   check DIR/src/Templates instead of this repository's (used by package-semver-selftest.sh on a
#                scratch copy; DIR also needs Directory.Build.props, Directory.Packages.props, global.json and
#                packages/baseline).
# Build output goes to $RE_ARTIFACTS (default <root>/artifacts/package-semver/build, so it never touches the tree's
# bin/obj); the packed .nupkg to <root>/artifacts/package-semver/out. Needs only the .NET SDK: no feed, no network.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"

ROOT="$REPO_ROOT"
while (($#)); do
  case $1 in
    --root) ROOT=$(cd "${2:?--root needs a directory}" && pwd); shift 2 ;;
    *) die "usage: deploy/gates/package-semver.sh [--root DIR]" ;;
  esac
done

PROJECT="$ROOT/src/Templates/Templates.csproj"
CHANGELOG="$ROOT/src/Templates/CHANGELOG.md"
OUT_DIR="$ROOT/artifacts/package-semver/out"
export RE_ARTIFACTS="${RE_ARTIFACTS:-$ROOT/artifacts/package-semver/build}"
[[ -f "$PROJECT" ]] || die "$PROJECT not found"

prop() { dotnet msbuild "$PROJECT" -nologo -getProperty:"$1" -p:Configuration=Release; }
semver_re='^([0-9]+)\.([0-9]+)\.([0-9]+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$'

cd "$ROOT"
mkdir -p "$ROOT/artifacts"
[[ -f "$ROOT/artifacts/.gitignore" ]] || printf '*\n' > "$ROOT/artifacts/.gitignore"

id=$(prop PackageId)
version=$(prop Version)
baseline_version=$(prop PackageValidationBaselineVersion)
baseline_path=$(prop PackageValidationBaselinePath)
baseline_off=$(prop DisablePackageBaselineValidation)
log "package $id: version $version, baseline $baseline_version (${baseline_path#"$ROOT"/})"

failures=()

# ---- check 1: public API against the baseline (.NET package validation) -------------------------------------------
api_ok=1
if [[ ! $version =~ $semver_re ]]; then
  failures+=("api-compat: Version '$version' is not SemVer (MAJOR.MINOR.PATCH[-pre][+build])"); api_ok=0
fi
major=${BASH_REMATCH[1]:-0}
if [[ ! $baseline_version =~ $semver_re ]]; then
  failures+=("api-compat: PackageValidationBaselineVersion '$baseline_version' is not SemVer"); api_ok=0
fi
baseline_major=${BASH_REMATCH[1]:-0}
if [[ ! -f "$baseline_path" ]]; then
  failures+=("api-compat: baseline package $baseline_path is missing (commit the released .nupkg, see RELEASING.md)"); api_ok=0
fi
if ((api_ok)) && [[ $(printf '%s\n%s\n' "$baseline_version" "${version%%[-+]*}" | sort -V | head -n1) != "$baseline_version" ]]; then
  failures+=("api-compat: version $version is lower than the baseline (last release) $baseline_version"); api_ok=0
fi
if ((api_ok)); then
  if ((major > baseline_major)); then
    log "api-compat: major $major > baseline major $baseline_major: breaking changes allowed, baseline comparison off (DisablePackageBaselineValidation=$baseline_off)"
  else
    log "api-compat: same major as the baseline: the public API must stay compatible with $baseline_version"
  fi
  rm -rf "$OUT_DIR"
  pack_log="$ROOT/artifacts/package-semver/pack.log"; mkdir -p "${pack_log%/*}"
  log "dotnet pack ${PROJECT#"$ROOT"/} -c Release -o ${OUT_DIR#"$ROOT"/}  (build output: $RE_ARTIFACTS)"
  if dotnet pack "$PROJECT" -c Release -o "$OUT_DIR" -nologo -v minimal > "$pack_log" 2>&1; then
    log "api-compat: passed ($(basename "$(find "$OUT_DIR" -name "*.nupkg" -print -quit)"))"
  else
    # Package validation reports CPxxxx (API compatibility) and PKVxxxx (package) diagnostics.
    grep -E 'error (CP|PKV)[0-9]+' "$pack_log" | sed -E 's#^.*error #  error #; s# \[/[^]]*\]$##' | sort -u >&2 || true
    if grep -qE 'error CP[0-9]+' "$pack_log"; then
      failures+=("api-compat: the public API of $id $version breaks against $baseline_version without a major version bump: keep it compatible, or bump <Version> to $((baseline_major + 1)).0.0 with a CHANGELOG.md entry (RELEASING.md)")
    else
      tail -n 30 "$pack_log" >&2
      failures+=("api-compat: dotnet pack failed (log: $pack_log)")
    fi
  fi
fi

# ---- check 2: a CHANGELOG.md entry for the version -----------------------------------------------------------------
if [[ ! -f "$CHANGELOG" ]]; then
  failures+=("changelog: ${CHANGELOG#"$ROOT"/} is missing")
else
  # Lines of the `## [<version>]` section up to the next `## ` heading, blank lines dropped.
  entry=$(awk -v v="$version" '
    /^## / { insec = (index($0, "## [" v "]") == 1); if (insec) found = 1; next }
    insec && NF { print }
    END { if (!found) exit 3 }' "$CHANGELOG") && rc=0 || rc=$?
  if ((rc == 3)); then
    if [[ $version != "$baseline_version" ]]; then
      failures+=("changelog: the version changed ($baseline_version -> $version) but ${CHANGELOG#"$ROOT"/} has no '## [$version] - YYYY-MM-DD' section")
    else
      failures+=("changelog: ${CHANGELOG#"$ROOT"/} has no '## [$version] - YYYY-MM-DD' section for the current version")
    fi
  elif [[ -z $entry ]]; then
    failures+=("changelog: the '## [$version]' section of ${CHANGELOG#"$ROOT"/} is empty")
  else
    log "changelog: passed (section [$version], $(wc -l <<<"$entry") line(s))"
  fi
fi

if ((${#failures[@]})); then
  for f in "${failures[@]}"; do printf '[%s] FAILED %s\n' "$(date +%H:%M:%S)" "$f" >&2; done
  exit 1
fi
log "package-semver: $id $version passed (api-compat against $baseline_version, changelog)"
