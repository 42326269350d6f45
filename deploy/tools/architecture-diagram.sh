#!/usr/bin/env bash
# Redraws the Mermaid picture between the architecture markers in ARCHITECTURE.md from the project files and the queue
# names (tests/Architecture.Tests/ArchitectureDiagram.cs); ArchitectureDiagramTests fails while it is out of date.
#   deploy/tools/architecture-diagram.sh   (then review `git diff ARCHITECTURE.md` and commit)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
cd "$REPO_ROOT"
log "drawing ARCHITECTURE.md's picture from the solution"
UPDATE_ARCHITECTURE_DIAGRAM=1 dotnet test tests/Architecture.Tests -c Release --filter "FullyQualifiedName~ArchitectureDiagramTests" "$@"
git --no-pager diff --stat -- ARCHITECTURE.md || true
