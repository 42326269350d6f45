#!/usr/bin/env bash
# Draws the template pictures again, all from one printing: page 1 of every catalogue template in English, Arabic and
# Japanese, printed by the real renderer (tests/Integration.Tests/Rendering/TemplatePictureTests.cs writes the PDFs).
# - docs/images/templates/key-language.png: docs/templates.md's pictures, 40 dpi;
# - src/Templates/Previews/key.png and key.sha256: the preview the catalogue serves (GET /api/templates/{key}/preview),
#   the English page at 60 dpi, and the hash of the HTML it was printed from (a unit test fails when it is stale).
# Drawn with pdftoppm and, when pngquant is installed (Debian: pngquant), cut to a palette (about a third).
#   deploy/tools/template-pictures.sh   (needs Chromium and fonts: deploy/services/up.sh; then review and commit both folders)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$HERE/../lib/common.sh"
cd "$REPO_ROOT"
command -v pdftoppm >/dev/null || die "pdftoppm is missing (Debian: poppler-utils)"
command -v pngquant >/dev/null || warn "pngquant is missing (Debian: pngquant): the pictures stay as pdftoppm draws them"

ensure_artifacts_dir
PDFS="$ARTIFACTS_DIR/template-pictures"
OUT="$REPO_ROOT/docs/images/templates"
PREVIEWS="$REPO_ROOT/src/Templates/Previews"
rm -rf "$PDFS" && mkdir -p "$PDFS" "$OUT" "$PREVIEWS"

log "printing the picture samples of every template"
TEMPLATE_PICTURES_DIR="$PDFS" dotnet test tests/Integration.Tests -c Release --filter "FullyQualifiedName~TemplatePictureTests" "$@"

shopt -s nullglob
pdfs=("$PDFS"/*.pdf)
(( ${#pdfs[@]} > 0 )) || die "no PDF was written to $PDFS"
# draw <pdf> <dpi> <output.png>
draw() {
  local stem="$PDFS/$(basename "$3" .png)-$2"
  pdftoppm -r "$2" -png -f 1 -l 1 -singlefile "$1" "$stem"
  if command -v pngquant >/dev/null; then
    pngquant --quality 70-95 --speed 1 --strip --force --output "$3" "$stem.png"
  else
    cp "$stem.png" "$3"
  fi
  log "$3: $(stat -c %s "$3") bytes"
}
for pdf in "${pdfs[@]}"; do
  name="$(basename "$pdf" .pdf)"
  draw "$pdf" 40 "$OUT/$name.png"
  if [[ "$name" == *-en ]]; then
    key="${name%-en}"
    [[ -f "$PDFS/$key.sha256" ]] || die "no $key.sha256 beside $pdf"
    draw "$pdf" 60 "$PREVIEWS/$key.png"
    cp "$PDFS/$key.sha256" "$PREVIEWS/$key.sha256"
  fi
done
git --no-pager diff --stat -- docs/images/templates src/Templates/Previews || true
