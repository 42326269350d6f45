#!/usr/bin/env bash
# Release notes for the templates package (ResumeExport.Templates), generated from the git history.
# Takes the commits between two refs that touch the package's folder (merges skipped) and groups their
# conventional-commit subjects (`type(scope)!: description`, https://www.conventionalcommits.org):
#   Breaking changes  `!` after the type/scope, or a `BREAKING CHANGE:` / `BREAKING-CHANGE:` footer (its text is used)
#   Features          feat
#   Fixes             fix
#   Other             every other type, and subjects that are not conventional
# Oldest first within a section; empty sections are left out. Markdown on stdout.
#
# Usage: deploy/release/release-notes.sh [--from REF] [--to REF] [--path PATH]... [--tag-prefix P] [--repo DIR]
#   --to REF          end of the range (default HEAD)
#   --from REF        start of the range, excluded (default: the newest tag named P* before --to; none = whole history)
#   --path PATH       only commits touching PATH (repeatable; default src/Templates)
#   --tag-prefix P    release tags of the package (default templates-v, e.g. templates-v1.2.0)
#   --repo DIR        the git repository (default: this one)
# The heading names the version when --to is a release tag (templates-v1.2.0 -> 1.2.0), else "Unreleased".
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
from="" to="HEAD" prefix="templates-v" paths=()
while (($#)); do
  case $1 in
    --from) from=${2:?}; shift 2 ;;
    --to) to=${2:?}; shift 2 ;;
    --path) paths+=("${2:?}"); shift 2 ;;
    --tag-prefix) prefix=${2:?}; shift 2 ;;
    --repo) repo=${2:?}; shift 2 ;;
    -h|--help) sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "release-notes.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
((${#paths[@]})) || paths=(src/Templates)
git_() { git -C "$repo" "$@"; }

git_ rev-parse -q --verify "$to^{commit}" >/dev/null || { echo "release-notes.sh: '$to' is not a commit" >&2; exit 2; }
if [[ -z $from ]]; then
  # The newest release tag strictly before --to (so running on a release tag gives that release's notes).
  from=$(git_ describe --tags --abbrev=0 --match "$prefix*" "$to^" 2>/dev/null || true)
fi
if [[ -n $from ]]; then
  git_ rev-parse -q --verify "$from^{commit}" >/dev/null || { echo "release-notes.sh: '$from' is not a commit" >&2; exit 2; }
  range="$from..$to"
else
  range="$to"
fi

version="Unreleased"
to_tag=$(git_ describe --tags --exact-match --match "$prefix*" "$to" 2>/dev/null || true)
[[ -n $to_tag ]] && version=${to_tag#"$prefix"}
[[ $to == "$prefix"* ]] && version=${to#"$prefix"}

breaking=() features=() fixes=() other=()
conventional='^([A-Za-z]+)(\(([^()]*)\))?(!)?: +(.+)$'
# One record per commit (\x1e), fields hash / subject / body separated by \x1f.
while IFS=$'\x1f' read -r -d $'\x1e' hash subject body; do
  hash=${hash#$'\n'}
  [[ -n $hash ]] || continue
  short=${hash:0:7}
  footer=$(grep -m1 -E '^BREAKING[ -]CHANGE: ' <<<"$body" | sed -E 's/^BREAKING[ -]CHANGE: +//' || true)
  if [[ $subject =~ $conventional ]]; then
    type=${BASH_REMATCH[1],,} scope=${BASH_REMATCH[3]} bang=${BASH_REMATCH[4]} text=${BASH_REMATCH[5]}
  else
    type="" scope="" bang="" text=$subject
  fi
  line="- $text"
  [[ -n $scope ]] && line="- **$scope:** $text"
  line+=" ($short)"
  if [[ -n $bang || -n $footer ]]; then
    [[ -n $footer && $footer != "$text" ]] && line+=" — $footer"
    breaking+=("$line")
  elif [[ $type == feat ]]; then
    features+=("$line")
  elif [[ $type == fix ]]; then
    fixes+=("$line")
  else
    other+=("$line")
  fi
done < <(git_ log --reverse --no-merges --format='%H%x1f%s%x1f%b%x1e' "$range" -- "${paths[@]}")

section() {   # section TITLE LINES...
  local title=$1; shift
  (($#)) || return 0
  printf '\n### %s\n\n' "$title"
  printf '%s\n' "$@"
}

printf '## ResumeExport.Templates %s\n\n' "$version"
printf '_Commits %s touching %s._\n' "${from:+$from..}$to" "${paths[*]}"
total=$(( ${#breaking[@]} + ${#features[@]} + ${#fixes[@]} + ${#other[@]} ))
if ((total == 0)); then
  printf '\nNo changes.\n'
  exit 0
fi
section "Breaking changes" ${breaking[@]+"${breaking[@]}"}
section "Features" ${features[@]+"${features[@]}"}
section "Fixes" ${fixes[@]+"${fixes[@]}"}
section "Other" ${other[@]+"${other[@]}"}
