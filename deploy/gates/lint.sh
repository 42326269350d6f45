#!/usr/bin/env bash
# Gate: lint = `dotnet format --verify-no-changes` (whitespace, style and analyzers per .editorconfig).
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../lib/common.sh"
cd "$REPO_ROOT"
dotnet restore ResumeExport.sln -nologo -v quiet
dotnet format ResumeExport.sln --verify-no-changes --no-restore "$@"
