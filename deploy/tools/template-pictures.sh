#!/usr/bin/env bash
# Draws docs/templates.md's pictures again: page 1 of every catalogue template in English, Arabic and Japanese, printed
# by the real renderer (tests/Integration.Tests/Rendering/TemplatePictureTests.cs writes the PDFs), drawn at 40 dpi
# with pdftoppm (about 30-45 KB each) and, when pngquant is installed (Debian: pngquant), cut to a palette (about a third).
#   deploy/tools/template-pictures.sh   (needs Chromium and fonts: deploy/services/up.sh; then review and commit docs/images/templates)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
cd "$REPO_ROOT"
command -v pdftoppm >/dev/null || die "pdftoppm is missing (Debian: poppler-utils)"
command -v pngquant >/dev/null || warn "pngquant is missing (Debian: pngquant): the pictures stay as pdftoppm draws them"

ensure_artifacts_dir
PDFS="$ARTIFACTS_DIR/template-pictures"
OUT="$REPO_ROOT/docs/images/templates"
rm -rf "$PDFS" && mkdir -p "$PDFS" "$OUT"

log "printing the picture samples of every template"
TEMPLATE_PICTURES_DIR="$PDFS" dotnet test tests/Integration.Tests -c Release --filter "FullyQualifiedName~TemplatePictureTests" "$@"

shopt -s nullglob
pdfs=("$PDFS"/*.pdf)
(( ${#pdfs[@]} > 0 )) || die "no PDF was written to $PDFS"
for pdf in "${pdfs[@]}"; do
  name="$(basename "$pdf" .pdf)"
  pdftoppm -r 40 -png -f 1 -l 1 -singlefile "$pdf" "$PDFS/$name"
  if command -v pngquant >/dev/null; then
    pngquant --quality 70-95 --speed 1 --strip --force --output "$OUT/$name.png" "$PDFS/$name.png"
  else
    cp "$PDFS/$name.png" "$OUT/$name.png"
  fi
  log "$name.png: $(stat -c %s "$OUT/$name.png") bytes"
done
git --no-pager diff --stat -- docs/images/templates || true
