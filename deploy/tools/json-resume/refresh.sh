#!/usr/bin/env bash
# Refreshes the vendored JSON Resume schema and its samples from npm @jsonresume/schema (pinned below).
#   src/Adapters.JsonResume/schema.json  - embedded in the build; the API validates imports against it
#   tests/TestData/JsonResume/                  - the package's sample and example resumes, for the round-trip tests
# Usage: bash deploy/tools/json-resume/refresh.sh [version]   (needs npm; run it, review the diff, commit)
set -euo pipefail

VERSION="${1:-1.3.1}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "@jsonresume/schema@${VERSION}" >/dev/null)
tar -xzf "$WORK"/jsonresume-schema-"${VERSION}".tgz -C "$WORK"

cp "$WORK/package/schema.json" "$ROOT/src/Adapters.JsonResume/schema.json"
cp "$WORK/package/sample.resume.json" "$ROOT/tests/TestData/JsonResume/sample.resume.json"
rm -f "$ROOT"/tests/TestData/JsonResume/examples/*.resume.json
if [ -d "$WORK/package/examples" ]; then
  cp "$WORK"/package/examples/*.resume.json "$ROOT/tests/TestData/JsonResume/examples/"
fi
echo "$VERSION" > "$ROOT/tests/TestData/JsonResume/VERSION"
echo "JSON Resume schema and samples refreshed from @jsonresume/schema@${VERSION}."
