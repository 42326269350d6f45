#!/usr/bin/env bash
# Gate: architecture rules (NetArchTest) in tests/Architecture.Tests.
# RE_NO_BUILD=1 (set by all.sh after typecheck) reuses the Release build.
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../lib/common.sh"
cd "$REPO_ROOT"
build_args=()
[[ "${RE_NO_BUILD:-0}" == 1 ]] && build_args=(--no-build)
dotnet test tests/Architecture.Tests -c Release "${build_args[@]}" "$@"
