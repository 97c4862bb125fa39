#!/usr/bin/env bash
# make-variants.sh - renders the two seed reports (sample-input/*.txt) into a matrix of forms for the golden
#   matrix benchmark: DOCX written by pandoc and by LibreOffice (plus ODT and DOC), text-layer PDFs from three
#   producers (LibreOffice from DOCX, LibreOffice from HTML, headless Chromium) in five TLWG fonts, with full /
#   horizontal-only / no borders, normal and narrow columns, portrait and landscape, cells as paragraphs, lists
#   or line breaks; and scans of some of them at 150-400 dpi, grey and bilevel, skewed and noisy, as PDF and TIFF.
#   The matrix itself is data in scripts/variantgen.py; OUT/manifest.tsv lists every variant and its properties.
# Needs (Debian 12): pandoc libreoffice-writer-nogui chromium fonts-thai-tlwg poppler-utils imagemagick img2pdf
#   python3
# Usage: scripts/make-variants.sh [OUT (default target/variants)] [--matrix tuned|fresh|fresh2|fresh3] [--only ID_SUBSTRING]
#   --matrix fresh: the held-out matrix (other fonts, Letter paper, other margins and sizes, autofit tables,
#   pandoc HTML printed by Chromium, DOCX written and exported by LibreOffice); see variantgen.py.
#   --matrix fresh2: a second held-out matrix, text layer only (Tlwg Typist/Mono/Typewriter, a bold body, Legal
#   paper, narrow autofit tables, a pandoc DOCX saved by LibreOffice before its PDF, Chromium in other fonts and
#   page sizes, wider and narrower first columns).
#   --matrix fresh3: a third held-out matrix, text and scans (Purisa, Sawasdee, Tlwg Typewriter through LibreOffice,
#   frames and boxed headers in other fonts, Chromium on Letter without borders; scans at 250 dpi and in colour).
#   Existing files are kept (delete OUT to rebuild); same seeds -> same documents (see variantgen.py).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/target/variants}"
shift || true

for tool in pandoc soffice chromium pdftoppm convert identify img2pdf python3; do
  command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done
for font in Laksaman Garuda Loma Kinnari Norasi Umpush Sawasdee "Tlwg Typo" Purisa Waree "Tlwg Typist" "Tlwg Mono" \
    "Tlwg Typewriter"; do
  [[ -n "$(fc-list "$font" family)" ]] || { echo "font $font missing (apt-get install fonts-thai-tlwg)" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# LibreOffice and Chromium profiles out of the way; fixed epoch for anything that honours it
export HOME="$WORK/home" SOURCE_DATE_EPOCH=1675933200 TZ=UTC
mkdir -p "$HOME"

python3 "$ROOT/scripts/variantgen.py" "$ROOT/sample-input" "$OUT" "$@"
