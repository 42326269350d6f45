#!/usr/bin/env bash
# Rewrites docs/packages-per-host.md: the NuGet packages each host restores (from its obj/project.assets.json).
# tests/Architecture.Tests/PackagesPerHostTests checks the file and, with RE_WRITE_DOCS=1, writes it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
dotnet restore ResumeExport.sln >/dev/null
RE_WRITE_DOCS=1 dotnet test tests/Architecture.Tests -c "${CONFIGURATION:-Release}" --filter "FullyQualifiedName~PackagesPerHostTests" >/dev/null
sed -n '/^| host/,/^$/p' docs/packages-per-host.md
