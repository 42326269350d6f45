#!/usr/bin/env bash
# Gate: the templates package's release-notes generator (deploy/release/release-notes.sh) on a fixture history.
set -euo pipefail
exec "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../release/release-notes-test.sh" "$@"
