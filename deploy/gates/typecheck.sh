#!/usr/bin/env bash
# Gate: typecheck = Release build of the whole solution with every warning an error.
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../lib/common.sh"
cd "$REPO_ROOT"
dotnet build ResumeExport.sln -c Release -warnaserror "$@"
