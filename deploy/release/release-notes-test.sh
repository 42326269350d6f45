#!/usr/bin/env bash
# Test of deploy/release/release-notes.sh on a fixture history: builds a throw-away git repository with known commits
# and tags, runs the generator three ways and compares its output with the expected Markdown.
# Exit 0 = all cases match; prints a diff for any that does not. Needs only git.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NOTES="$HERE/release-notes.sh"

FIXTURE=$(mktemp -d "${TMPDIR:-/tmp}/release-notes-test.XXXXXX")
trap 'rm -rf "$FIXTURE"' EXIT
g() { git -C "$FIXTURE" "$@"; }
export GIT_AUTHOR_NAME=fixture GIT_AUTHOR_EMAIL=fixture@example.com GIT_COMMITTER_NAME=fixture GIT_COMMITTER_EMAIL=fixture@example.com
export GIT_AUTHOR_DATE="2026-01-01T00:00:00Z" GIT_COMMITTER_DATE="2026-01-01T00:00:00Z"
g init -q -b main
g config commit.gpgsign false
g config tag.gpgsign false

n=0
commit() {   # commit FILE MESSAGE (MESSAGE may hold a body after a blank line)
  n=$((n + 1))
  mkdir -p "$FIXTURE/$(dirname "$1")"
  echo "change $n" >> "$FIXTURE/$1"
  g add -A
  g commit -q -m "$2"
}

commit src/Templates/ResumeTemplates.cs "feat(templates): first templates"
g tag templates-v1.0.0
commit src/Templates/Designs/Modern.cs  "feat(templates): add the modern template"
commit src/Templates/Rendering/Html.cs  "fix: escape ampersands in titles"
commit src/Api/Program.cs                "feat(api)!: drop the v1 endpoints"         # not the package: left out
commit src/Templates/ResumeTemplates.cs "refactor(templates)!: rename Keys to TemplateKeys"
commit src/Templates/ResumeSectionKinds.cs "feat: section kinds are internal

ResumeSectionKinds was only meant for the designs.

BREAKING CHANGE: ResumeSectionKinds is no longer public"
commit src/Templates/README.md          "docs: package README"
commit src/Templates/Designs/Compact.cs "Tweak compact spacing"                    # not conventional: Other
commit README.md                         "fix: typo in the root README"              # not the package: left out
commit src/Templates/Templates.csproj   "chore(release): 2.0.0"
g tag -a templates-v2.0.0 -m "ResumeExport.Templates 2.0.0"                         # annotated, like a real release
commit src/Templates/Rendering/Html.cs  "fix(templates): trim trailing spaces"
commit src/Workers.Pdf/Program.cs        "feat: unrelated worker feature"            # not the package

h() { g log -1 --format=%H --fixed-strings --grep="$1" | cut -c1-7; }   # short hash of the commit whose subject starts with $1
H_MODERN=$(h "feat(templates): add the modern"); H_AMP=$(h "fix: escape ampersands"); H_RENAME=$(h "refactor(templates)!")
H_KINDS=$(h "feat: section kinds"); H_DOCS=$(h "docs: package README"); H_TWEAK=$(h "Tweak compact"); H_REL=$(h "chore(release)")
H_TRIM=$(h "fix(templates): trim")

failures=0
check() {   # check NAME EXPECTED ARGS...
  local name=$1 expected=$2 actual; shift 2
  actual=$("$NOTES" --repo "$FIXTURE" "$@")
  if [[ $actual == "$expected" ]]; then
    echo "ok    $name"; sed 's/^/      | /' <<<"$actual"
  else
    echo "FAIL  $name"; diff <(echo "$expected") <(echo "$actual") | sed 's/^/      /' || true
    failures=$((failures + 1))
  fi
}

expected_v2="## ResumeExport.Templates 2.0.0

_Commits templates-v1.0.0..templates-v2.0.0 touching src/Templates._

### Breaking changes

- **templates:** rename Keys to TemplateKeys ($H_RENAME)
- section kinds are internal ($H_KINDS) — ResumeSectionKinds is no longer public

### Features

- **templates:** add the modern template ($H_MODERN)

### Fixes

- escape ampersands in titles ($H_AMP)

### Other

- package README ($H_DOCS)
- Tweak compact spacing ($H_TWEAK)
- **release:** 2.0.0 ($H_REL)"

check "between two tags (--from templates-v1.0.0 --to templates-v2.0.0)" "$expected_v2" --from templates-v1.0.0 --to templates-v2.0.0
check "on a release tag, from the previous tag (--to templates-v2.0.0)" "$expected_v2" --to templates-v2.0.0

check "from the last tag to HEAD (no arguments)" "## ResumeExport.Templates Unreleased

_Commits templates-v2.0.0..HEAD touching src/Templates._

### Fixes

- **templates:** trim trailing spaces ($H_TRIM)" 

check "no package commits in the range" "## ResumeExport.Templates Unreleased

_Commits HEAD~1..HEAD touching src/Templates._

No changes." --from HEAD~1

check "first release: whole history up to the first tag" "## ResumeExport.Templates 1.0.0

_Commits templates-v1.0.0 touching src/Templates._

### Features

- **templates:** first templates ($(h "feat(templates): first"))" --to templates-v1.0.0

if ((failures)); then
  echo "release-notes test: $failures case(s) FAILED"; exit 1
fi
echo "release-notes test: all cases passed"
